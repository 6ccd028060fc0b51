"""Table definitions of the event store (SQLAlchemy Core); created only through migrations."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    or_,
)

metadata = MetaData()


def coded_event_columns() -> list[Column]:
    """The ACLED-style coding shared by an article's events and fused incidents (new Columns)."""
    return [
        Column("event_type", String(100), nullable=False),
        Column("sub_event_type", String(100), nullable=False),
        Column("date", Date),
        Column("date_end", Date),
        Column("time_precision", Integer),
        Column("location", String(300)),
        Column("country", String(2)),
        Column("admin1", String(300)),
        Column("admin2", String(300)),
        Column("lat", Float),
        Column("lon", Float),
        Column("geo_precision", Integer),
        Column("actor1", String(300)),
        Column("actor2", String(300)),
        Column("fatalities", Integer),
    ]


def coded_event_filters(
    table: Table,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    country: str | None = None,
    event_type: str | None = None,
) -> list[Any]:
    """WHERE conditions on a table with `coded_event_columns`: date range, ISO2 country, and an
    ACLED event type or sub-event type (case-insensitive)."""
    conditions: list[Any] = []
    if since is not None:
        conditions.append(table.c.date >= since)
    if until is not None:
        conditions.append(table.c.date <= until)
    if country is not None:
        conditions.append(table.c.country == country.upper())
    if event_type is not None:
        wanted = event_type.lower()
        conditions.append(
            or_(table.c.event_type.ilike(wanted), table.c.sub_event_type.ilike(wanted))
        )
    return conditions


def coded_event_values(item: Any) -> dict[str, Any]:
    """Values for `coded_event_columns` from an Event or an Incident."""
    loc = item.location
    return {
        "event_type": item.event_type,
        "sub_event_type": item.sub_event_type,
        "date": item.date,
        "date_end": item.date_end,
        "time_precision": item.time_precision,
        "location": loc.name if loc else None,
        "country": loc.country if loc else None,
        "admin1": loc.admin1 if loc else None,
        "admin2": loc.admin2 if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "geo_precision": loc.geo_precision if loc else None,
        "actor1": item.actor1,
        "actor2": item.actor2,
        "fatalities": item.fatalities,
    }


# Which named migrations have run, so a database is migrated exactly once per step.
schema_migrations = Table(
    "schema_migrations",
    metadata,
    Column("name", String(200), primary_key=True),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

# One row per distinct article body: the id is the contract's document id (content hash).
articles = Table(
    "articles",
    metadata,
    Column("id", String(16), primary_key=True),
    Column("published", Date, nullable=False),
    Column("outlet", String(300)),
    Column("url", Text),
    Column("title", Text),
    Column("path", Text),
    Column("body", Text, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

# The whole reading as the contract JSON, so nothing the reader found is lost to the columns.
readings = Table(
    "readings",
    metadata,
    Column("article_id", String(16), ForeignKey("articles.id"), primary_key=True),
    Column("schema", String(50), nullable=False),
    Column("reading", Text, nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("article_id", String(16), ForeignKey("articles.id"), primary_key=True),
    Column("event_id", String(20), primary_key=True),
    *coded_event_columns(),
    Column("status", String(20), nullable=False),
    Column("claimed_by", String(300)),
    Column("evidence", Text),
    Column("evidence_start", Integer),
    Column("evidence_end", Integer),
)

claims = Table(
    "claims",
    metadata,
    Column("article_id", String(16), ForeignKey("articles.id"), primary_key=True),
    Column("claim_id", String(20), primary_key=True),
    Column("speaker", String(300)),
    Column("speaker_group", String(300)),
    Column("channel", String(30)),
    Column("date", Date),
    Column("stance", String(10), nullable=False),
    Column("cue", String(200)),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    # Space-separated event ids of this article the claim is about.
    Column("event_ids", Text, nullable=False),
)
