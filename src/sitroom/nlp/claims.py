"""Claims: who says what, with cue, channel and stance; and each event's status from them."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from ..models import Actor, Claim, DateRef, Event


def extract_claims(
    doc: Doc,
    *,
    published: dt.date,
    times: list[DateRef],
    actors: list[Actor],
    events: list[Event],
) -> list[Claim]:
    """Every attributed statement in `doc`, ids "cl1", ...; sets each event's status. (Stub.)"""
    return []
