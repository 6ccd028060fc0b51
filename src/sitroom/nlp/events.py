"""Events: find event mentions and code each with ACLED type, place, date, actors, fatalities."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from ..models import Actor, DateRef, Event, Place


def extract_events(
    doc: Doc,
    *,
    published: dt.date,
    times: list[DateRef],
    places: list[Place],
    actors: list[Actor],
) -> list[Event]:
    """Every ACLED event `doc` reports, ids "ev1", "ev2", ... in text order. (Interface stub.)"""
    return []
