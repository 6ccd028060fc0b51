"""Typed records of fusion: reports of one event from many articles fused into incidents."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .models import Channel, Evidence, Location, Stance, Status

IncidentStatus = Literal["confirmed", "contested", "single-source", "corroborated"]
ContradictionKind = Literal["claim-denial", "fatalities", "place", "date"]
ChangeKind = Literal["created", "updated", "merged", "split", "deleted"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ReportClaim(_Record):
    """A claim or denial an article attributes about the reported event."""

    speaker: str | None = None
    speaker_group: str | None = None
    channel: Channel = "unknown"
    stance: Stance = "asserts"
    text: str


class IncidentReport(_Record):
    """One article's account of an event: the event as read, with where it came from.

    `key` ("<document id>:<event id>") identifies the report across fusion runs. `signature`
    is a MinHash of the article's extracted texts, kept so wire copies are recognised even when
    the reading itself is no longer at hand.
    """

    key: str
    document_id: str
    event_id: str
    outlet: str | None = None
    url: str | None = None
    path: str | None = None
    published: dt.date
    event_type: str
    sub_event_type: str
    date: dt.date | None = None
    date_end: dt.date | None = None
    time_precision: int = 2
    location: Location | None = None
    actor1: str | None = None
    actor2: str | None = None
    fatalities: int | None = None
    status: Status = "asserted"
    claimed_by: str | None = None
    claims: list[ReportClaim] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    signature: list[int] = Field(default_factory=list)
    source_group: str | None = None  # key of the first report of its group of copies

    @property
    def evidence_text(self) -> str:
        """The evidence sentences joined."""
        return " ".join(e.text for e in self.evidence)


class Contradiction(_Record):
    """Reports of one incident that disagree, and on what.

    `values` maps each differing value (as text) to the keys of the reports that give it.
    """

    kind: ContradictionKind
    detail: str
    values: dict[str, list[str]] = Field(default_factory=dict)


class Incident(_Record):
    """One real-world event as all its reports tell it, ACLED-like.

    Fields follow ACLED coding: type and sub-type as most reports give them, the most precise
    date and location reported, and the most conservative (lowest) fatality figure, with the
    range reported kept in `fatalities_min`/`fatalities_max`.
    """

    id: str
    event_type: str
    sub_event_type: str
    date: dt.date | None = None
    date_end: dt.date | None = None
    time_precision: int = 2
    location: Location | None = None
    actor1: str | None = None
    actor2: str | None = None
    fatalities: int | None = None
    fatalities_min: int | None = None
    fatalities_max: int | None = None
    status: IncidentStatus = "single-source"
    independent_sources: int = 1
    outlets: list[str] = Field(default_factory=list)
    first_reported: dt.date
    reports: list[IncidentReport] = Field(default_factory=list)
    contradictions: list[Contradiction] = Field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The incident as JSON-ready Python data."""
        return self.model_dump(mode="json")


class IncidentChange(_Record):
    """What one fusion run changed about one incident, and what caused it.

    `related` lists the other incident ids involved (merged in, split from); `reports` the keys
    of the reports whose arrival caused the change.
    """

    incident_id: str
    kind: ChangeKind
    detail: str
    related: list[str] = Field(default_factory=list)
    reports: list[str] = Field(default_factory=list)


class FusionResult(_Record):
    """Incidents after fusion, and the changes against the incidents fusion was given."""

    incidents: list[Incident] = Field(default_factory=list)
    changes: list[IncidentChange] = Field(default_factory=list)

    def by_id(self) -> dict[str, Incident]:
        """The incidents keyed by id."""
        return {inc.id: inc for inc in self.incidents}
