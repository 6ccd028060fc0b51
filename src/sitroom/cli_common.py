"""What the CLI modules share: the consoles, output formats and common options."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console

from .ingest import parse_date

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


class ListFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


DbOption = Annotated[
    str | None,
    typer.Option("--db", help="SQLAlchemy URL of the store [default: sqlite:///sitroom.db]."),
]


def date_option(value: str | None, option: str) -> dt.date | None:
    """A YYYY-MM-DD option value as a date (None stays None); the error names the option."""
    return None if value is None else parse_date(value, where=option)


def sides(actor1: str | None, actor2: str | None) -> str:
    """An event's two sides for a table cell: "A vs B", "A", "? vs B" when only the second is
    known (so it is not read as the first), "-" when neither is."""
    if actor1 and actor2:
        return f"{actor1} vs {actor2}"
    if actor2:
        return f"? vs {actor2}"
    return actor1 or "-"


def status_text(status: str, claimed_by: str | None) -> str:
    """An event's status with its claimant: "claimed by X"; "denied, claimed by X" (the
    claimant is whose claim was denied, not who denied it)."""
    if claimed_by is None:
        return status
    return (
        f"claimed by {claimed_by}" if status == "claimed" else f"{status}, claimed by {claimed_by}"
    )
