"""sitroom turns dated conflict news into a sourced event record: what, where, when, who says so."""

from __future__ import annotations

from .config import Settings
from .errors import SitroomError
from .ingest import parse_article, read_article
from .models import Actor, Article, Claim, DateRef, Event, Location, Place, Reading
from .reader import Reader, read, read_many

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "Claim",
    "DateRef",
    "Event",
    "Location",
    "Place",
    "Reader",
    "Reading",
    "Settings",
    "SitroomError",
    "parse_article",
    "read",
    "read_article",
    "read_many",
]
