"""The reader: one pipeline, many articles in order, and offsets that point at the words."""

from __future__ import annotations

import datetime as dt

import pytest

import sitroom
from sitroom.ingest import read_article
from sitroom.models import SCHEMA, SUB_EVENT_PARENT

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def readings(reader, examples_dir, shared_dir):
    paths = [shared_dir / "examples" / "seed-article.txt", *sorted(examples_dir.glob("*.txt"))]
    articles = [read_article(p) for p in paths]
    return articles, list(reader.read_many(articles))


def test_reader_keeps_order_and_documents(readings) -> None:
    articles, results = readings
    assert [r.document.id for r in results] == [a.id for a in articles]
    assert all(r.to_dict()["schema"] == SCHEMA for r in results)


def test_reader_offsets_point_at_the_words(readings) -> None:
    articles, results = readings
    for article, reading in zip(articles, results, strict=True):
        body = article.body
        for item in [*reading.times, *reading.places, *reading.claims]:
            assert body[item.start : item.end] == item.text
        for event in reading.events:
            assert event.evidence, event.id
            for ev in event.evidence:
                assert body[ev.start : ev.end] == ev.text
        for actor in reading.actors:
            for start, end in actor.mentions:
                assert 0 <= start < end <= len(body)


def test_reader_events_use_the_taxonomy_and_link_claims(readings) -> None:
    _, results = readings
    for reading in results:
        claim_ids = {c.id for c in reading.claims}
        event_ids = {e.id for e in reading.events}
        for event in reading.events:
            assert SUB_EVENT_PARENT[event.sub_event_type] == event.event_type
            assert set(event.claims) <= claim_ids
        for claim in reading.claims:
            assert set(claim.events) <= event_ids


def test_reader_every_stage_finds_something_in_every_sample(readings) -> None:
    _, results = readings
    for reading in results:
        for stage in ("events", "claims", "times", "places", "actors"):
            assert getattr(reading, stage), (reading.document.path, stage)


def test_reader_public_read_from_python() -> None:
    text = "Soldiers clashed with rebels near the border town on Sunday, the army said."
    reading = sitroom.read(text, published="2024-03-04")
    assert reading.document.published == dt.date(2024, 3, 4)
    sunday = [t for t in reading.times if t.text == "Sunday"]
    assert sunday and sunday[0].value == "2024-03-03"


def test_reader_read_many_accepts_dated_texts() -> None:
    texts = ["date 2024-03-04 Protesters marched in the capital.", "date 2024-03-05 Calm returned."]
    got = list(sitroom.read_many(texts))
    assert [r.document.published for r in got] == [dt.date(2024, 3, 4), dt.date(2024, 3, 5)]


def test_reader_thorough_setting_reaches_the_stages() -> None:
    from sitroom.config import Settings
    from sitroom.reader import Reader

    nlp = Reader(Settings.load(thorough=True)).nlp
    assert nlp.get_pipe_config("sitroom_events")["embeddings"] is True
    assert nlp.get_pipe_config("sitroom_claims")["thorough"] is True
    assert (
        Reader(Settings(thorough=False)).nlp.get_pipe_config("sitroom_claims")["thorough"] is False
    )
