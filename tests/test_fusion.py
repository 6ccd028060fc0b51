"""Fusion of hand-built readings into incidents: linking, look-alikes, sources, ids, changes."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from sitroom.fusion import fuse, new_incident_id, pair_score, reports_from_reading
from sitroom.models import Claim, Document, Event, Evidence, Location, Reading

DAY = dt.date(2024, 3, 14)

TOWNS = {
    # Two real-looking towns 14 km apart in one province, and a third in another province.
    "Karsi": Location(
        name="Karsi", country="XY", admin1="North", lat=34.50, lon=69.10, geo_precision=1
    ),
    "Moldan": Location(
        name="Moldan", country="XY", admin1="North", lat=34.58, lon=69.22, geo_precision=1
    ),
    "Tavra": Location(
        name="Tavra", country="XY", admin1="South", lat=31.20, lon=65.70, geo_precision=1
    ),
    "North": Location(name="North", country="XY", admin1="North", geo_precision=3),
}


def make_reading(
    body_tag: str,
    *,
    outlet: str | None,
    published: dt.date = DAY,
    events: list[dict] | None = None,
    claims: list[dict] | None = None,
) -> Reading:
    """A reading with the given events (keyword dicts) and claims, ids ev1.. and cl1.."""
    doc_id = hashlib.sha256(body_tag.encode()).hexdigest()[:16]
    evs = []
    for i, spec in enumerate(events or [], start=1):
        spec = dict(spec)
        text = spec.pop("text", f"{outlet} heard of fighting near {spec.get('place', 'a town')}.")
        place = spec.pop("place", None)
        evs.append(
            Event(
                id=f"ev{i}",
                event_type=spec.pop("event_type", "Battles"),
                sub_event_type=spec.pop("sub_event_type", "Armed clash"),
                date=spec.pop("date", DAY),
                time_precision=spec.pop("time_precision", 1),
                location=TOWNS[place] if place else None,
                evidence=[Evidence(start=100 * i, end=100 * i + len(text), text=text)],
                **spec,
            )
        )
    cls = []
    for i, spec in enumerate(claims or [], start=1):
        spec = dict(spec)
        text = spec.pop("text")
        cls.append(
            Claim(
                id=f"cl{i}",
                cue="said",
                start=1000 + 300 * i,
                end=1000 + 300 * i + len(text),
                text=text,
                **spec,
            )
        )
    return Reading(
        document=Document(id=doc_id, published=published, outlet=outlet),
        events=evs,
        claims=cls,
    )


def test_fusion_links_one_event_from_two_outlets() -> None:
    a = make_reading(
        "a",
        outlet="Daily Courier",
        events=[
            dict(
                place="Karsi",
                actor1="Northern Front",
                actor2="Army",
                fatalities=12,
                text="Northern Front fighters clashed with the army in Karsi overnight.",
            )
        ],
    )
    b = make_reading(
        "b",
        outlet="Valley Times",
        events=[
            dict(
                place="Karsi",
                actor1="Army",
                actor2="Northern Front",
                fatalities=20,
                text="Troops fought rebels of the Northern Front near the Karsi bazaar.",
            )
        ],
    )
    result = fuse([a, b])
    assert len(result.incidents) == 1
    inc = result.incidents[0]
    assert inc.independent_sources == 2
    assert inc.status == "corroborated"
    # ACLED's conservative figure, with the range reported kept.
    assert (inc.fatalities, inc.fatalities_min, inc.fatalities_max) == (12, 12, 20)
    assert [c.kind for c in inc.contradictions] == ["fatalities"]
    assert inc.first_reported == DAY
    # The outlets name the sides in opposite order; the incident keeps both, once each.
    assert {inc.actor1, inc.actor2} == {"Northern Front", "Army"}


@pytest.mark.parametrize(
    ("place_a", "place_b", "date_b", "expected"),
    [
        ("Karsi", "Moldan", DAY, 2),  # nearby towns, same day: look-alikes stay apart
        ("Karsi", "Karsi", DAY + dt.timedelta(days=3), 2),  # same town, days apart
        ("Karsi", "Karsi", DAY + dt.timedelta(days=1), 1),  # dated either side of midnight
        ("Karsi", "Tavra", DAY, 2),  # other province
        ("Karsi", "North", DAY, 1),  # the province it lies in
    ],
)
def test_fusion_keeps_look_alikes_apart(
    place_a: str, place_b: str, date_b: dt.date, expected: int
) -> None:
    a = make_reading("a", outlet="One", events=[dict(place=place_a, actor1="Army")])
    b = make_reading("b", outlet="Two", events=[dict(place=place_b, actor1="Army", date=date_b)])
    assert len(fuse([a, b]).incidents) == expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (dict(place="Karsi"), dict(place="Moldan"), 2),  # look-alikes told side by side
        (
            dict(place="Karsi"),
            dict(place="Karsi", event_type="Protests", sub_event_type="Peaceful protest"),
            2,
        ),
        (dict(place="Karsi", status="claimed"), dict(place="Karsi", status="denied"), 1),
        (dict(place="Karsi"), dict(place="North", actor1="Army"), 1),  # told again, vaguer
    ],
)
def test_fusion_events_of_one_article(first: dict, second: dict, expected: int) -> None:
    a = make_reading("a", outlet="One", events=[dict(actor1="Army") | first, second])
    assert len(fuse([a]).incidents) == expected


@pytest.mark.parametrize(
    ("type_b", "sub_b", "linked"),
    [
        ("Battles", "Armed clash", True),
        ("Explosions/Remote violence", "Shelling/artillery/missile attack", True),
        ("Protests", "Peaceful protest", False),
    ],
)
def test_fusion_blocks_on_type_family(type_b: str, sub_b: str, linked: bool) -> None:
    a = make_reading("a", outlet="One", events=[dict(place="Karsi", actor1="Army")])
    b = make_reading(
        "b",
        outlet="Two",
        events=[dict(place="Karsi", actor1="Army", event_type=type_b, sub_event_type=sub_b)],
    )
    assert (len(fuse([a, b]).incidents) == 1) is linked


def test_fusion_counts_wire_copies_once() -> None:
    story = dict(
        place="Karsi",
        actor1="Army",
        text="Government troops retook the district centre of Karsi after two days of fighting, "
        "a provincial official told reporters on Thursday.",
    )
    wire = make_reading("wire", outlet="Global Wire", events=[story])
    reprint = make_reading("reprint", outlet="Metro Post", events=[story])
    own = make_reading(
        "own",
        outlet="Valley Times",
        events=[
            dict(place="Karsi", actor1="Army", text="Residents of Karsi said the army was back.")
        ],
    )
    inc = fuse([wire, reprint, own]).incidents[0]
    assert len(inc.reports) == 3
    assert inc.independent_sources == 2
    groups = {r.outlet: r.source_group for r in inc.reports}
    assert groups["Global Wire"] == groups["Metro Post"] != groups["Valley Times"]


@pytest.mark.parametrize(
    ("statuses", "stances", "expected"),
    [
        (["asserted"], [], "single-source"),
        (["asserted", "asserted"], [], "corroborated"),
        (["asserted", "confirmed"], [], "confirmed"),
        (["claimed", "denied"], ["asserts", "denies"], "contested"),
    ],
)
def test_fusion_aggregates_status(statuses: list[str], stances: list[str], expected: str) -> None:
    readings = []
    for i, status in enumerate(statuses):
        claims = (
            [
                dict(
                    speaker=f"Speaker {i}",
                    stance=stances[i],
                    events=["ev1"],
                    text=f"Statement number {i} about the fighting.",
                )
            ]
            if stances
            else []
        )
        readings.append(
            make_reading(
                f"doc{i}",
                outlet=f"Outlet {i}",
                events=[
                    dict(
                        place="Karsi",
                        actor1="Army",
                        status=status,
                        claims=["cl1"] if claims else [],
                    )
                ],
                claims=claims,
            )
        )
    inc = fuse(readings).incidents[0]
    assert len(inc.reports) == len(statuses)
    assert inc.status == expected
    kinds = [c.kind for c in inc.contradictions]
    assert ("claim-denial" in kinds) is (expected == "contested")


def test_fusion_lists_differing_places_and_dates() -> None:
    a = make_reading("a", outlet="One", events=[dict(place="Karsi", actor1="Army")])
    b = make_reading(
        "b",
        outlet="Two",
        events=[dict(place="Karsi", actor1="Army", date=DAY - dt.timedelta(days=1))],
    )
    inc = fuse([a, b]).incidents[0]
    date_c = next(c for c in inc.contradictions if c.kind == "date")
    assert sorted(date_c.values) == [(DAY - dt.timedelta(days=1)).isoformat(), DAY.isoformat()]


def test_fusion_ids_stable_when_reports_arrive() -> None:
    a = make_reading("a", outlet="One", events=[dict(place="Karsi", actor1="Army")])
    later = DAY + dt.timedelta(days=1)
    b = make_reading(
        "b", outlet="Two", published=later, events=[dict(place="Karsi", actor1="Army")]
    )
    c = make_reading("c", outlet="Three", published=later, events=[dict(place="Tavra")])
    first = fuse([a])
    inc_id = first.incidents[0].id
    assert [ch.kind for ch in first.changes] == ["created"]
    second = fuse([b, c], incidents=first.incidents)
    assert inc_id in second.by_id()
    assert len(second.by_id()[inc_id].reports) == 2
    kinds = sorted(ch.kind for ch in second.changes)
    assert kinds == ["created", "updated"]
    # Fusing everything from scratch gives the same incidents, ids included (arrivals in
    # publication order, as ingest sees them).
    scratch = fuse([c, b, a])
    assert [i.model_dump() for i in scratch.incidents] == [i.model_dump() for i in second.incidents]


def test_fusion_refusing_the_same_readings_changes_nothing() -> None:
    a = make_reading("a", outlet="One", events=[dict(place="Karsi", actor1="Army")])
    first = fuse([a])
    again = fuse([a], incidents=first.incidents)
    assert again.changes == []
    assert again.incidents == first.incidents


def test_fusion_records_merges_and_splits_of_given_incidents() -> None:
    a = make_reading("a", outlet="One", events=[dict(place="Karsi", actor1="Army")])
    b = make_reading("b", outlet="Two", events=[dict(place="Karsi", actor1="Army")])
    c = make_reading(
        "c",
        outlet="Three",
        published=DAY + dt.timedelta(days=1),
        events=[dict(place="Tavra", actor1="Army")],
    )
    ra, rb, rc = (reports_from_reading(r)[0] for r in (a, b, c))
    whole = fuse([a, b, c]).by_id()
    linked = next(i for i in whole.values() if len(i.reports) == 2)
    # Earlier (say, before a correction) a and b were apart and c was with a.
    stale_a = linked.model_copy(update={"id": "inc-old-a", "reports": [ra, rc]})
    stale_b = linked.model_copy(update={"id": "inc-old-b", "reports": [rb]})
    result = fuse([], incidents=[stale_a, stale_b])
    kinds = {(ch.incident_id, ch.kind) for ch in result.changes}
    assert ("inc-old-a", "merged") in kinds
    assert ("inc-old-b", "deleted") in kinds
    split = [ch for ch in result.changes if ch.kind == "split"]
    assert [ch.related for ch in split] == [["inc-old-a"]]
    assert split[0].incident_id == new_incident_id(rc.key)


@pytest.mark.parametrize(
    ("loc_a", "loc_b", "compatible"),
    [("Karsi", "Karsi", True), ("Karsi", "Moldan", False), ("North", "Tavra", False)],
)
def test_fusion_pair_score_place_constraint(loc_a: str, loc_b: str, compatible: bool) -> None:
    a = reports_from_reading(make_reading("a", outlet="One", events=[dict(place=loc_a)]))[0]
    b = reports_from_reading(make_reading("b", outlet="Two", events=[dict(place=loc_b)]))[0]
    assert (pair_score(a, b) is not None) is compatible


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("Rebels claimed a raid on the base in Karsi.", True),
        ("Rebels claimed a raid on a base in the north.", False),
    ],
)
def test_fusion_vague_report_naming_the_town_agrees_on_place(text: str, raised: bool) -> None:
    town = reports_from_reading(make_reading("a", outlet="One", events=[dict(place="Karsi")]))[0]
    vague = reports_from_reading(
        make_reading("b", outlet="Two", events=[dict(place="North", text=text)])
    )[0]
    plain = vague.model_copy(update={"evidence": []})
    assert (pair_score(town, vague) > pair_score(town, plain) + 0.1) is raised


def test_fusion_incident_actors_whatever_the_order() -> None:
    # Regression: actor1 and actor2 were each the most common in their own column, which gave
    # "Army vs Army" when outlets swap the sides.
    sides = [("Army", "Northern Front"), ("Northern Front", "Army"), ("Militia", "Army")]
    readings = [
        make_reading(
            f"d{i}", outlet=f"Outlet {i}", events=[dict(place="Karsi", actor1=a, actor2=b)]
        )
        for i, (a, b) in enumerate(sides)
    ]
    inc = fuse(readings).incidents[0]
    assert len(inc.reports) == 3
    assert (inc.actor1, inc.actor2) == ("Army", "Northern Front")
