"""Incidents in the store and on the command line: fusion at ingest, changes, queries, dossier."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.fusion import fuse
from sitroom.models import Article, Claim, Document, Event, Evidence, Location, Reading
from sitroom.store import Store
from sitroom.store.incidents import get_incident, list_incidents, timeline

runner = CliRunner()
DAY = dt.date(2024, 6, 8)
PLACES = {
    "Harbin Wells": Location(
        name="Harbin Wells", country="ZZ", admin1="Lakeside", lat=12.0, lon=14.0, geo_precision=1
    ),
    "Osker": Location(
        name="Osker", country="ZZ", admin1="Lakeside", lat=12.3, lon=13.8, geo_precision=1
    ),
    "Lakeside": Location(name="Lakeside", country="ZZ", admin1="Lakeside", geo_precision=3),
}


def _article_and_reading(
    body: str,
    *,
    outlet: str,
    place: str,
    published: dt.date = DAY + dt.timedelta(days=1),
    fatalities: int | None = None,
    status: str = "asserted",
    denial: str | None = None,
) -> tuple[Article, Reading]:
    article = Article(body=body, published=published, outlet=outlet, path=f"{outlet}.txt")
    claims = []
    if denial:
        start = body.index(denial)
        claims.append(
            Claim(
                id="cl1",
                speaker="Army spokesman",
                speaker_group="Army",
                stance="denies",
                cue="denied",
                start=start,
                end=start + len(denial),
                text=denial,
                events=["ev1"],
            )
        )
    reading = Reading(
        document=Document(id=article.id, published=published, outlet=outlet, path=article.path),
        events=[
            Event(
                id="ev1",
                event_type="Battles",
                sub_event_type="Armed clash",
                date=DAY,
                time_precision=1,
                location=PLACES[place],
                actor1="Lake Front",
                actor2="Army",
                fatalities=fatalities,
                status=status,  # type: ignore[arg-type]
                claims=["cl1"] if denial else [],
                evidence=[Evidence(start=0, end=len(body.split(".")[0]), text=body.split(".")[0])],
            )
        ],
        claims=claims,
    )
    return article, reading


def _fill(store: Store) -> None:
    items = [
        _article_and_reading(
            "Lake Front fighters stormed the barracks in Harbin Wells on Saturday night. "
            "Nine soldiers died, officers said.",
            outlet="Wire One",
            place="Harbin Wells",
            fatalities=9,
        ),
        _article_and_reading(
            "The army said it beat back an assault on Harbin Wells. The spokesman denied that "
            "any soldier was killed in the fighting.",
            outlet="Capital Daily",
            place="Harbin Wells",
            fatalities=30,
            status="denied",
            denial="The spokesman denied that any soldier was killed in the fighting.",
        ),
        _article_and_reading(
            "Gunmen hit an outpost at Osker on Saturday. Three guards were killed.",
            outlet="Wire One",
            place="Osker",
            fatalities=3,
        ),
    ]
    for article, reading in items:
        assert store.ingest(article, reading)


@pytest.fixture
def store(tmp_path: Path):
    with Store(f"sqlite:///{tmp_path / 'inc.db'}") as s:
        yield s


def test_incidents_fused_at_ingest(store: Store) -> None:
    _fill(store)
    with store.engine.connect() as conn:
        rows = list_incidents(conn)
        by_place = {r["location"]: r for r in rows}
        assert sorted(by_place) == ["Harbin Wells", "Osker"]
        main = by_place["Harbin Wells"]
        assert (main["report_count"], main["independent_sources"]) == (2, 2)
        assert main["status"] == "contested"
        assert main["fatalities"] == 9
        assert sorted(main["contradictions"]) == ["claim-denial", "fatalities"]
        dossier = get_incident(conn, main["id"])
    assert dossier is not None
    assert sorted(r["outlet"] for r in dossier["reports"]) == ["Capital Daily", "Wire One"]
    assert [c["kind"] for c in dossier["changes"]] == ["created", "updated"]


@pytest.mark.parametrize(
    ("filters", "places"),
    [
        ({}, ["Harbin Wells", "Osker"]),
        ({"country": "zz"}, ["Harbin Wells", "Osker"]),
        ({"country": "AF"}, []),
        ({"event_type": "armed clash"}, ["Harbin Wells", "Osker"]),
        ({"event_type": "Protests"}, []),
        ({"since": DAY + dt.timedelta(days=1)}, []),
        ({"until": DAY}, ["Harbin Wells", "Osker"]),
    ],
)
def test_incidents_list_filters(store: Store, filters: dict, places: list[str]) -> None:
    _fill(store)
    with store.engine.connect() as conn:
        assert sorted(r["location"] for r in list_incidents(conn, **filters)) == places


def test_incidents_changed_since(store: Store) -> None:
    _fill(store)
    later = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1)
    with store.engine.connect() as conn:
        assert len(list_incidents(conn, changed_since=dt.datetime(2000, 1, 1, tzinfo=dt.UTC))) == 2
        assert list_incidents(conn, changed_since=later) == []


@pytest.mark.parametrize(
    ("filters", "places"),
    [
        ({"place": "harbin"}, ["Harbin Wells"]),
        ({"place": "lakeside"}, ["Harbin Wells", "Osker"]),
        ({"actor": "front"}, ["Harbin Wells", "Osker"]),
        ({"actor": "nobody"}, []),
    ],
)
def test_incidents_timeline(store: Store, filters: dict, places: list[str]) -> None:
    _fill(store)
    with store.engine.connect() as conn:
        assert sorted(r["location"] for r in timeline(conn, **filters)) == places


def test_incidents_store_matches_fusion_from_scratch(store: Store) -> None:
    # Regression: articles arriving out of publication order regroup stored reports (a report
    # moves to another incident); the store must end where fusing everything at once ends.
    readings = []
    for days, place, outlet, body in (
        (3, "Lakeside", "Third", "Lake Front fighters stormed the army barracks at dawn, a "),
        (2, "Osker", "Second", "Gunfire was heard in Osker overnight"),
        (1, "Harbin Wells", "First", "Lake Front fighters stormed the army barracks at dawn"),
    ):
        article, reading = _article_and_reading(
            f"{body}. More follows.",
            outlet=outlet,
            place=place,
            published=DAY + dt.timedelta(days=days),
        )
        assert store.ingest(article, reading)
        readings.append(reading)
    with store.engine.connect() as conn:
        stored = sorted(tuple(sorted(r["outlets"])) for r in list_incidents(conn))
    scratch = sorted(tuple(sorted(inc.outlets)) for inc in fuse(readings).incidents)
    assert stored == scratch == [("First", "Third"), ("Second",)]


def test_incidents_cli_list_dossier_timeline(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    with Store(url) as s:
        _fill(s)
    listed = runner.invoke(app, ["incidents", "--db", url, "--format", "json"])
    assert listed.exit_code == 0, listed.output
    rows = json.loads(listed.output)
    assert len(rows) == 2
    main = next(r for r in rows if r["location"] == "Harbin Wells")
    as_csv = runner.invoke(app, ["incidents", "--db", url, "--format", "csv"])
    assert as_csv.output.splitlines()[0].startswith("id,date,")
    assert len(as_csv.output.splitlines()) == 3
    dossier = runner.invoke(app, ["incident", main["id"], "--db", url])
    assert dossier.exit_code == 0, dossier.output
    for text in ("Wire One", "Capital Daily", "claim-denial", "contested"):
        assert text in dossier.output
    line = runner.invoke(app, ["timeline", "--place", "Osker", "--db", url])
    assert line.exit_code == 0 and "Osker" in line.output


def test_incidents_cli_unknown_id(tmp_path: Path) -> None:
    result = runner.invoke(app, ["incident", "inc-nothing", "--db", f"sqlite:///{tmp_path}/x.db"])
    assert result.exit_code != 0
    assert "inc-nothing" in str(result.exception) + result.output


# --- the example articles through the whole pipeline ----------------------------------------

FUSION_EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "fusion"


@pytest.fixture(scope="module")
def example_incidents(tmp_path_factory: pytest.TempPathFactory, reader):
    """The fusion example articles ingested in order: (found groups, expected incidents)."""
    from sitroom.ingest import read_article

    expected = json.loads((FUSION_EXAMPLES / "expected-incidents.json").read_text("utf-8"))
    db = tmp_path_factory.mktemp("fusion") / "ex.db"
    with Store(f"sqlite:///{db}") as store:
        for path in sorted(FUSION_EXAMPLES.glob("*.txt")):
            article = read_article(path)
            store.ingest(article, reader.read(article))
        with store.engine.connect() as conn:
            found = [get_incident(conn, r["id"]) for r in list_incidents(conn)]
    groups = {frozenset(Path(r["path"]).name for r in inc["reports"]): inc for inc in found if inc}
    return groups, expected


@pytest.mark.model
def test_incidents_example_articles_give_the_expected_incidents(example_incidents) -> None:
    groups, expected = example_incidents
    wanted = {frozenset(e["articles"]) for e in expected}
    assert wanted <= set(groups), f"expected groups missing; found {sorted(map(sorted, groups))}"
    for want in expected:
        inc = groups[frozenset(want["articles"])]
        assert inc["independent_sources"] == want["independent_sources"], want["name"]
        assert inc["status"] in want["status"], want["name"]
        kinds = {c["kind"] for c in inc["contradictions"]}
        assert set(want["contradictions"]) <= kinds, want["name"]


@pytest.mark.model
def test_incidents_example_articles_give_no_other_incidents(example_incidents) -> None:
    groups, expected = example_incidents
    wanted = {frozenset(e["articles"]) for e in expected}
    extra = [
        f"{inc['sub_event_type']} at {(inc['location'] or {}).get('name')}: {sorted(g)}"
        for g, inc in groups.items()
        if g not in wanted
    ]
    assert not extra, f"incidents beyond the expected ones (events misread?): {extra}"
