"""Incidents in the store: fused reports of one real-world event (filled in by the fusion work)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection

from ..models import Reading

# Named migrations for the incident tables, applied after the core ones in store/migrations.py.
MIGRATIONS: list[tuple[str, Callable[[Connection], None]]] = []


def update_incidents(conn: Connection, readings: list[Reading]) -> None:
    """Fuse the event reports of newly stored readings into incidents (same transaction).

    Args:
        conn: the open connection of the ingest transaction.
        readings: readings just stored.
    """


def list_incidents(
    conn: Connection,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    country: str | None = None,
    event_type: str | None = None,
    changed_since: dt.datetime | None = None,
) -> list[dict[str, Any]]:
    """Stored incidents matching the filters."""
    return []


def get_incident(conn: Connection, incident_id: str) -> dict[str, Any] | None:
    """One incident's dossier, or None when there is no such incident."""
    return None


def timeline(
    conn: Connection,
    *,
    place: str | None = None,
    actor: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[dict[str, Any]]:
    """Incidents in date order, filtered by place, actor and date range."""
    return []
