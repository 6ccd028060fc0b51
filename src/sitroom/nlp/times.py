"""Time expressions: find them and normalize each against the publication date (TimeML values)."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from ..models import DateRef


def extract_times(doc: Doc, published: dt.date) -> list[DateRef]:
    """Every time expression in `doc`, normalized relative to `published`. (Interface stub.)"""
    return []
