"""Typed records of a reading: the article, what was found in it, and the contract JSON."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA = "sitroom.reading/1"

# Vocabularies of ../shared/CONTRACT.md, spelled as the contract spells them.
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
SUB_EVENT_PARENT: dict[str, str] = {
    sub: parent for parent, subs in EVENT_TYPES.items() for sub in subs
}

Status = Literal["asserted", "claimed", "unverified", "denied", "confirmed"]
Stance = Literal["asserts", "denies"]
Channel = Literal[
    "twitter",
    "facebook",
    "telegram",
    "statement",
    "interview",
    "press conference",
    "media report",
    "unknown",
]
ActorKind = Literal[
    "person",
    "armed group",
    "state forces",
    "government",
    "political party",
    "outlet",
    "organization",
    "civilians",
    "protesters",
    "other",
]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Article(_Record):
    """A dated article as read from a file or given by a caller."""

    body: str
    published: dt.date
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    path: str | None = None

    @property
    def id(self) -> str:
        """The first 16 hex digits of the SHA-256 of the body (the contract's document id)."""
        return hashlib.sha256(self.body.encode("utf-8")).hexdigest()[:16]


class Document(_Record):
    id: str
    published: dt.date
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    path: str | None = None


class Evidence(_Record):
    start: int
    end: int
    text: str


class DateRef(_Record):
    """A time expression in the text with its TimeML normalization.

    `value` is written as TimeML writes it (`2021-09-05`, `2021-09`, `2021-W35`, `P3D`,
    `PAST_REF`); `date` and `date_end` give the calendar days it covers when it names any. An
    anchored DURATION ("three days later") keeps the day it reaches in `date`, so an event it
    governs is dated by it although TimeML values the expression as `P3D`.
    """

    text: str
    start: int
    end: int
    value: str | None
    precision: str | None = None  # "day", "week", "month", "year", "range", "time" or None
    type: TimeType = "DATE"
    date: dt.date | None = Field(default=None, exclude=True)
    date_end: dt.date | None = Field(default=None, exclude=True)


class Place(_Record):
    """A toponym in the text resolved to a gazetteer entry (or left unresolved)."""

    text: str
    start: int
    end: int
    canonical: str | None = None
    geonames_id: int | None = None
    kind: str | None = None  # country, province, district, city, natural, ...
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None


class Location(_Record):
    name: str
    geonames_id: int | None = None
    kind: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: int = 3


class Role(_Record):
    title: str
    of: str | None = None


class Actor(_Record):
    name: str
    kind: ActorKind = "other"
    aliases: list[str] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)
    mentions: list[tuple[int, int]] = Field(default_factory=list)


class Claim(_Record):
    id: str
    speaker: str | None
    speaker_group: str | None = None
    channel: Channel = "unknown"
    date: dt.date | None = None
    stance: Stance = "asserts"
    cue: str
    start: int
    end: int
    text: str
    events: list[str] = Field(default_factory=list)


class Event(_Record):
    id: str
    event_type: str
    sub_event_type: str
    date: dt.date | None
    date_end: dt.date | None = None
    time_precision: int = 2
    location: Location | None = None
    actor1: str | None = None
    actor2: str | None = None
    fatalities: int | None = None
    status: Status = "asserted"
    claimed_by: str | None = None
    claims: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


class Reading(_Record):
    """What `sitroom read` prints for one article: the reading contract."""

    schema_: str = Field(default=SCHEMA, alias="schema", serialization_alias="schema")
    document: Document
    events: list[Event] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    times: list[DateRef] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_dict(self) -> dict[str, Any]:
        """The contract JSON as Python data (dates as ISO strings)."""
        return self.model_dump(mode="json", by_alias=True)

    def to_json(self, *, indent: int | None = 2) -> str:
        """The contract JSON as text."""
        return self.model_dump_json(by_alias=True, indent=indent)
