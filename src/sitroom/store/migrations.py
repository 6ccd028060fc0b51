"""Named schema migrations, recorded in the database and each applied in its own transaction."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from sqlalchemy import Connection, Engine, select, text

from . import incidents, schema

log = logging.getLogger("sitroom")

Migration = tuple[str, Callable[[Connection], None]]


def _create_core_tables(conn: Connection) -> None:
    for table in (schema.articles, schema.readings, schema.events, schema.claims):
        table.create(conn)


def _index_event_filters(conn: Connection) -> None:
    # `sitroom events` filters by date, country and type; these keep it fast on large stores.
    # Plain DDL: an Index object would attach itself to the shared Table and be created again
    # with the table in the next new database, before this migration runs.
    for name, column in (
        ("ix_events_date", "date"),
        ("ix_events_country", "country"),
        ("ix_events_type", "event_type"),
    ):
        conn.execute(text(f"CREATE INDEX {name} ON events ({column})"))


# Append only: a released migration is never edited or reordered.
CORE_MIGRATIONS: list[Migration] = [
    ("0001_core_tables", _create_core_tables),
    ("0002_event_filter_indexes", _index_event_filters),
]


def all_migrations() -> list[Migration]:
    """The core migrations followed by those of the incident tables."""
    return [*CORE_MIGRATIONS, *incidents.MIGRATIONS]


def migrate(engine: Engine) -> list[str]:
    """Apply every migration not yet recorded in the database.

    Returns:
        The names of the migrations applied now, in order.
    """
    schema.schema_migrations.create(engine, checkfirst=True)
    with engine.connect() as conn:
        done = set(conn.scalars(select(schema.schema_migrations.c.name)))
    applied = []
    for name, step in all_migrations():
        if name in done:
            continue
        with engine.begin() as conn:
            step(conn)
            conn.execute(
                schema.schema_migrations.insert().values(
                    name=name, applied_at=dt.datetime.now(dt.UTC)
                )
            )
        log.info("applied migration %s", name)
        applied.append(name)
    return applied
