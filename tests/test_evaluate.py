"""Scoring readings against gold: the contract's event matching rule, claims, times, places."""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest

from sitroom.errors import GoldFormatError
from sitroom.evaluate import load_gold, match_events, score_reading, total
from sitroom.models import Location

GOLD = {
    "events": [
        {
            "event_type": "Explosions/Remote violence",
            "sub_event_type": "Shelling/artillery/missile attack",
            "date": "2024-05-11",
            "location": {
                "name": "Town",
                "admin1": "North Darfur",
                "lat": 13.6,
                "lon": 25.3,
                "precision": 1,
            },
            "status": "denied",
        },
        {
            "event_type": "Protests",
            "sub_event_type": "Peaceful protest",
            "optional": True,
            "date": "2024-05-12",
            "location": {"name": "City", "lat": 15.0, "lon": 32.5, "precision": 1},
            "status": "asserted",
        },
    ],
    "claims": [
        {"speaker": "Officials", "stance": "asserts", "event_index": 0},
        {"speaker": "RSF", "stance": "denies", "event_index": 0},
    ],
    "times": [{"expression": "Saturday", "value": "2024-05-11"}],
    "places": [{"name": "Town", "lat": 13.61, "lon": 25.31}],
    "actors": [{"name": "Rapid Support Forces", "aliases": ["RSF"]}],
}


def test_evaluate_perfect_event_claim_time_place(make_reading) -> None:
    score = score_reading(GOLD, make_reading())
    assert (score.events_strict.tp, score.events_strict.fp, score.events_strict.fn) == (1, 0, 0)
    assert score.status.right == 1
    assert (score.claims.tp, score.claims.fp, score.claims.fn) == (1, 0, 1)
    assert str(score.times) == "1/1" and str(score.places) == "1/1"


@pytest.mark.parametrize(
    ("change", "strict", "lenient"),
    [
        ({"date": dt.date(2024, 5, 12)}, 1, 1),  # one day off is still the same event
        ({"date": dt.date(2024, 5, 13)}, 0, 1),  # two days off: lenient only
        ({"date": dt.date(2024, 5, 20)}, 0, 0),
        ({"sub_event_type": "Air/drone strike"}, 0, 1),  # same parent type
        ({"event_type": "Battles", "sub_event_type": "Armed clash"}, 0, 0),
        ({"location": Location(name="Far", lat=14.5, lon=25.3, geo_precision=1)}, 0, 1),
        ({"location": Location(name="Very far", lat=20.0, lon=30.0, geo_precision=1)}, 0, 0),
        (  # a province-level location names the same admin1
            {
                "location": Location(
                    name="North Darfur", admin1="North Darfur", lat=15.5, lon=25.0, geo_precision=3
                )
            },
            1,
            1,
        ),
        ({"location": None}, 0, 0),
    ],
)
def test_evaluate_event_matching_rule(
    make_reading, change: dict, strict: int, lenient: int
) -> None:
    reading = make_reading()
    for key, value in change.items():
        setattr(reading.events[0], key, value)
    score = score_reading(GOLD, reading)
    assert score.events_strict.tp == strict
    assert score.events_lenient.tp == lenient


def test_evaluate_optional_gold_neither_missed_nor_wrong(make_reading) -> None:
    reading = make_reading()
    extra = reading.events[0].model_copy(
        update={
            "id": "ev2",
            "event_type": "Protests",
            "sub_event_type": "Peaceful protest",
            "date": dt.date(2024, 5, 12),
            "location": Location(name="City", lat=15.0, lon=32.5, geo_precision=1),
        }
    )
    reading.events.append(extra)
    score = score_reading(GOLD, reading)
    assert (score.events_strict.tp, score.events_strict.fp, score.events_strict.fn) == (1, 0, 0)


def test_evaluate_one_to_one_pairs(make_reading) -> None:
    reading = make_reading()
    reading.events.append(reading.events[0].model_copy(update={"id": "ev2"}))
    pairing, counts = match_events(GOLD["events"], reading.events, strict=True)
    assert pairing == {0: 0} and (counts.tp, counts.fp) == (1, 1)


@pytest.mark.parametrize(
    ("speaker", "group", "stance", "events", "matched"),
    [
        ("Rapid Support Forces", None, "denies", ["ev1"], True),  # alias of the gold RSF
        ("Hamid Osman", "RSF", "denies", ["ev1"], True),  # the group the speaker speaks for
        ("Rapid Support Forces", None, "asserts", ["ev1"], False),  # wrong stance
        ("Rapid Support Forces", None, "denies", [], False),  # not linked to the matched event
        ("Army", None, "denies", ["ev1"], False),
    ],
)
def test_evaluate_claim_matching(make_reading, speaker, group, stance, events, matched) -> None:
    reading = make_reading()
    reading.claims[0].speaker = speaker
    reading.claims[0].speaker_group = group
    reading.claims[0].stance = stance
    reading.claims[0].events = events
    gold = copy.deepcopy(GOLD)
    gold["claims"] = [gold["claims"][1]]
    assert score_reading(gold, reading).claims.tp == int(matched)


def test_evaluate_surname_and_acronym_name_the_speaker(make_reading) -> None:
    reading = make_reading()
    gold = copy.deepcopy(GOLD)
    gold["claims"] = [{"speaker": "Yusuf Rahimi", "stance": "asserts", "event_index": 0}]
    reading.claims[0].speaker = "Rahimi"
    assert score_reading(gold, reading).claims.tp == 1
    gold["claims"] = [{"speaker": "Arakan Liberation Front", "stance": "asserts"}]
    reading.claims[0].speaker = "ALF"
    assert score_reading(gold, reading).claims.tp == 1


def test_evaluate_wrong_time_and_far_place(make_reading) -> None:
    reading = make_reading()
    reading.times[0].value = "2024-05-04"
    reading.places[0].lat = 20.0
    score = score_reading(GOLD, reading)
    assert str(score.times) == "0/1" and str(score.places) == "0/1"
    assert any("Saturday" in n for n in score.notes)


def test_evaluate_total_micro_averages(make_reading) -> None:
    a = score_reading(GOLD, make_reading())
    b = score_reading(GOLD, make_reading())
    assert total([a, b]).events_strict.tp == 2


def test_evaluate_gold_with_unknown_subtype_rejected(tmp_path) -> None:
    path = tmp_path / "x.gold.json"
    path.write_text(json.dumps({"events": [{"sub_event_type": "Skirmish"}]}))
    with pytest.raises(GoldFormatError, match="Skirmish"):
        load_gold(path)


def test_evaluate_shared_seed_gold_loads(shared_dir) -> None:
    gold = load_gold(shared_dir / "examples" / "seed-article.gold.json")
    assert len(gold["events"]) == 6


def test_evaluate_pairing_prefers_the_prediction_telling_the_same_story(make_reading) -> None:
    reading = make_reading()
    # Two predictions fit the gold event by type, date and place; the one with the gold toll and
    # status is paired, so claims linked to it are credited.
    decoy = reading.events[0].model_copy(
        update={"id": "ev0", "fatalities": None, "status": "claimed"}
    )
    reading.events.insert(0, decoy)
    pairing, _ = match_events(GOLD["events"], reading.events, strict=True)
    assert reading.events[pairing[0]].id == "ev1"


@pytest.mark.parametrize(
    ("gold_actors", "expected"),
    [
        # An alias names the reading's actor; the order of the sides is not scored.
        ({"actor1": "Civilians", "actor2": "RSF"}, "2/2"),
        # A gold side missed, and a predicted side the gold does not name.
        ({"actor1": "RSF", "actor2": "Military Forces of Sudan"}, "1/3"),
    ],
)
def test_evaluate_actors_of_matched_events(make_reading, gold_actors, expected) -> None:
    gold = copy.deepcopy(GOLD)
    gold["events"][0].update(gold_actors)
    assert str(score_reading(gold, make_reading()).actors) == expected
