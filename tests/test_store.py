"""The SQLite store: migrations, idempotent ingest, one transaction per article, event queries."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from sitroom.errors import StoreError
from sitroom.models import Article
from sitroom.store import Store, safe_url, schema
from sitroom.store.migrations import all_migrations


def _article(body: str = "Shells hit the market in Town on Saturday, officials said.") -> Article:
    return Article(body=body, published=dt.date(2024, 5, 13), outlet="Test Wire", path="t.txt")


def test_store_migrations_recorded_once(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    first = Store(url)
    assert first.applied == [name for name, _ in all_migrations()]
    first.close()
    assert Store(url).applied == []


def test_store_ingest_is_idempotent(tmp_path, make_reading) -> None:
    with Store(f"sqlite:///{tmp_path / 's.db'}") as store:
        article = _article()
        assert store.ingest(article, make_reading(article.body)) is True
        assert store.ingest(article, make_reading(article.body)) is False
        assert store.has_article(article.id)
        with store.engine.connect() as conn:
            assert len(conn.execute(select(schema.articles)).all()) == 1
            assert len(conn.execute(select(schema.events)).all()) == 1
            assert len(conn.execute(select(schema.claims)).all()) == 1


def test_store_failed_article_leaves_nothing(tmp_path, make_reading) -> None:
    with Store(f"sqlite:///{tmp_path / 's.db'}") as store:
        article = _article()
        reading = make_reading(article.body)
        reading.events.append(reading.events[0])  # same event id twice: the insert must fail
        with pytest.raises(Exception, match="UNIQUE"):
            store.ingest(article, reading)
        assert not store.has_article(article.id)


def test_store_reading_round_trips(tmp_path, make_reading) -> None:
    with Store(f"sqlite:///{tmp_path / 's.db'}") as store:
        article = _article()
        reading = make_reading(article.body)
        store.ingest(article, reading)
        assert store.reading(article.id).to_dict() == reading.to_dict()


@pytest.mark.parametrize(
    ("filters", "count"),
    [
        ({}, 1),
        ({"since": dt.date(2024, 5, 11)}, 1),
        ({"since": dt.date(2024, 5, 12)}, 0),
        ({"until": dt.date(2024, 5, 10)}, 0),
        ({"country": "sd"}, 1),
        ({"country": "AF"}, 0),
        ({"event_type": "explosions/remote violence"}, 1),
        ({"event_type": "Shelling/artillery/missile attack"}, 1),
        ({"event_type": "Battles"}, 0),
    ],
)
def test_store_events_filters(tmp_path, make_reading, filters: dict, count: int) -> None:
    with Store(f"sqlite:///{tmp_path / 's.db'}") as store:
        article = _article()
        store.ingest(article, make_reading(article.body))
        rows = store.events(**filters)
    assert len(rows) == count
    if rows:
        assert rows[0]["outlet"] == "Test Wire" and rows[0]["evidence"].startswith("Shells hit")


def test_store_unopenable_path_says_what_to_do(tmp_path) -> None:
    with pytest.raises(StoreError, match="--db"):
        Store(f"sqlite:///{tmp_path / 'missing-dir' / 's.db'}")


def test_store_safe_url_hides_password() -> None:
    assert "secret" not in safe_url("postgresql://me:secret@db.test/sitroom")
