"""The event store: articles, readings, events and claims in SQL (SQLAlchemy Core only).

The store never imports spaCy: it takes readings made elsewhere. SQLite is the embedded default;
any SQLAlchemy URL with an installed driver works.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from typing import Any

from sqlalchemy import Engine, and_, create_engine, event, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError

from ..errors import MissingExtra, StoreError
from ..models import Article, Reading
from . import incidents, schema
from .migrations import migrate

log = logging.getLogger("sitroom")

__all__ = ["Store", "safe_url"]


def safe_url(url: str) -> str:
    """The URL with any password hidden, fit for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unparseable database URL>"


def _enable_sqlite_foreign_keys(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


class Store:
    """An open event store, migrated to the current schema.

    Args:
        url: a SQLAlchemy URL, e.g. "sqlite:///sitroom.db".

    Raises:
        StoreError: the database cannot be opened or migrated.
        MissingExtra: the URL needs a driver that is not installed.
    """

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            self.engine: Engine = create_engine(url)
        except NoSuchModuleError as e:
            raise StoreError(f"{safe_url(url)}: unknown database kind; use sqlite:///FILE") from e
        except ModuleNotFoundError as e:
            raise MissingExtra(
                f"{safe_url(url)} needs the database driver {e.name!r}: pip install {e.name}"
            ) from e
        except ArgumentError as e:
            raise StoreError(f"not a database URL: {safe_url(url)}; use sqlite:///FILE") from e
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _enable_sqlite_foreign_keys)
        try:
            self.applied = migrate(self.engine)
        except OperationalError as e:
            raise StoreError(
                f"cannot open the store at {safe_url(url)}: {e.orig}; check the path and "
                f"permissions, or pass --db"
            ) from e

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def has_article(self, article_id: str) -> bool:
        """Whether an article with this content hash is stored."""
        with self.engine.connect() as conn:
            found = conn.scalar(
                select(schema.articles.c.id).where(schema.articles.c.id == article_id)
            )
        return found is not None

    def ingest(self, article: Article, reading: Reading) -> bool:
        """Store one article with its reading, events and claims in one transaction.

        Returns:
            True when stored, False when an article with the same body was already there.
        """
        with self.engine.begin() as conn:
            exists = conn.scalar(
                select(schema.articles.c.id).where(schema.articles.c.id == article.id)
            )
            if exists is not None:
                return False
            conn.execute(
                schema.articles.insert().values(
                    id=article.id,
                    published=article.published,
                    outlet=article.outlet,
                    url=article.url,
                    title=article.title,
                    path=article.path,
                    body=article.body,
                    ingested_at=dt.datetime.now(dt.UTC),
                )
            )
            conn.execute(
                schema.readings.insert().values(
                    article_id=article.id,
                    schema=reading.schema_,
                    reading=reading.to_json(indent=None),
                )
            )
            event_rows = [_event_row(article.id, ev) for ev in reading.events]
            if event_rows:
                conn.execute(schema.events.insert(), event_rows)
            claim_rows = [_claim_row(article.id, cl) for cl in reading.claims]
            if claim_rows:
                conn.execute(schema.claims.insert(), claim_rows)
            incidents.update_incidents(conn, [reading])
        return True

    def events(
        self,
        *,
        since: dt.date | None = None,
        until: dt.date | None = None,
        country: str | None = None,
        event_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Stored events with their article's outlet, newest first.

        Args:
            since: keep events on or after this day.
            until: keep events on or before this day.
            country: ISO 3166 alpha-2 code.
            event_type: an ACLED event type or sub-event type (case-insensitive).
        """
        ev, art = schema.events, schema.articles
        conditions = schema.coded_event_filters(
            ev, since=since, until=until, country=country, event_type=event_type
        )
        query = (
            select(ev, art.c.outlet, art.c.published, art.c.path, art.c.url)
            .join(art, art.c.id == ev.c.article_id)
            .where(and_(True, *conditions))
            .order_by(ev.c.date.desc(), ev.c.article_id, ev.c.event_id)
        )
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    def reading(self, article_id: str) -> Reading | None:
        """The stored reading of an article, or None."""
        with self.engine.connect() as conn:
            raw = conn.scalar(
                select(schema.readings.c.reading).where(schema.readings.c.article_id == article_id)
            )
        return None if raw is None else Reading.model_validate(json.loads(raw))


def _event_row(article_id: str, ev: Any) -> dict[str, Any]:
    first = ev.evidence[0] if ev.evidence else None
    return {
        "article_id": article_id,
        "event_id": ev.id,
        **schema.coded_event_values(ev),
        "status": ev.status,
        "claimed_by": ev.claimed_by,
        "evidence": " … ".join(e.text for e in ev.evidence) or None,
        "evidence_start": first.start if first else None,
        "evidence_end": first.end if first else None,
    }


def _claim_row(article_id: str, cl: Any) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "claim_id": cl.id,
        "speaker": cl.speaker,
        "speaker_group": cl.speaker_group,
        "channel": cl.channel,
        "date": cl.date,
        "stance": cl.stance,
        "cue": cl.cue,
        "start": cl.start,
        "end": cl.end,
        "text": cl.text,
        "event_ids": " ".join(cl.events),
    }
