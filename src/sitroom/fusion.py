"""Fusion: event reports from many articles grouped into incidents, with sources and disputes.

Fusion sees only models (no spaCy, no SQL). Reports are grouped in a fixed order (publication
day, document id, event id), so fusing the same reports gives the same incidents whether they
arrive one article at a time or all at once. Candidates come from blocking (event type family,
country, days the report's date can cover); a scored decision from type, date, place, actors,
fatalities and evidence text then links a report to the best incident or starts a new one.
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
import re
from collections import defaultdict
from functools import lru_cache

from rapidfuzz import fuzz

from .fusion_models import (
    Contradiction,
    FusionResult,
    Incident,
    IncidentChange,
    IncidentReport,
)
from .fusion_records import (
    assign_ids,
    build_incident,
    new_incident_id,
    norm,
    note_updates,
    report_order,
    reports_from_reading,
)
from .geo import haversine_km
from .models import SUB_EVENT_PARENT, Location, Reading

log = logging.getLogger("sitroom")

__all__ = [
    "Contradiction",
    "FusionResult",
    "Incident",
    "IncidentChange",
    "IncidentReport",
    "fuse",
    "new_incident_id",
    "pair_score",
    "reports_from_reading",
]

# Event types that one real event is often coded as by different outlets (a clash with shelling
# is a battle to one and remote violence to another): blocking keeps families, not types.
TYPE_FAMILY: dict[str, str] = {
    "Battles": "political violence",
    "Explosions/Remote violence": "political violence",
    "Violence against civilians": "political violence",
    "Protests": "demonstrations",
    "Riots": "demonstrations",
    "Strategic developments": "strategic developments",
}

# Weights of the pairwise evidence and the link threshold. No labelled set of multi-outlet
# conflict reports exists here to fit them; they were set by hand so that (a) one event told by
# two outlets with the same type, day and place links even when actors or text differ, and
# (b) a report that agrees only on type and day (place unknown, other actors) stays apart.
# tests/test_fusion.py pins these behaviours.
WEIGHTS: dict[str, float] = {
    "type": 0.15,
    "date": 0.25,
    "place": 0.30,
    "actors": 0.10,
    "fatalities": 0.05,
    "text": 0.15,
}
LINK_THRESHOLD = 0.62
NEUTRAL = 0.5  # the score of a feature one side does not give
# Neither report names a place: agreeing on nothing is weaker evidence than one side's silence.
UNKNOWN_PLACE = 0.3

# Towns both named precisely closer than this are taken as one place spelled two ways (GeoNames
# often has a village and its namesake district centre a few km apart).
SAME_PLACE_KM = 5.0
# A district- or area-level location and a town within this distance can be one event.
NEAR_PLACE_KM = 50.0
# Days the date windows may be apart: outlets date night events on either side of midnight.
DAY_SLACK = 1
VAGUE_SLACK = 2
# A report placed only in a province whose evidence names the other report's town ("ISWAP
# claims raid on base in Dikwa" read as Borno) agrees on the place almost as a geocoded match.
NAMED_PLACE = 0.9
# Two events of one subtype read from one article are more likely one event told twice than two
# events: coreference within a document is the common case (the claim, then the denial).
SAME_ARTICLE_BONUS = 0.1
# Members of a large incident compared with a candidate report (first and latest ones); keeps
# the cost of a decision bounded whatever the incident's size.
SAMPLE_MEMBERS = 4


def fuse(readings: list[Reading], *, incidents: list[Incident] | None = None) -> FusionResult:
    """Fuse the event reports of `readings` into incidents.

    Args:
        readings: readings of articles to add (an article already among the reports of
            `incidents` replaces its earlier reports).
        incidents: incidents fused before; their reports are fused again with the new ones, ids
            are kept where the reports stay together, and merges and splits are recorded.

    Returns:
        Every resulting incident (those given and the new ones) and the changes against
        `incidents`.
    """
    # Fusion allocates a few objects per report and frees none of them until it returns; the
    # cycle collector would rescan the growing heap again and again (measured: 100k reports took
    # 12.6x the time of 10k with it, about 10x without). Nothing here makes reference cycles.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _fuse(readings, list(incidents or []))
    finally:
        if collecting:
            gc.enable()


def _fuse(readings: list[Reading], previous: list[Incident]) -> FusionResult:
    new_docs = {reading.document.id for reading in readings}
    reports: dict[str, IncidentReport] = {}
    for inc in previous:
        for rep in inc.reports:
            if rep.document_id not in new_docs:
                reports[rep.key] = rep
    new_keys: set[str] = set()
    for reading in readings:
        for rep in reports_from_reading(reading):
            reports[rep.key] = rep
            new_keys.add(rep.key)
    ordered = sorted(reports.values(), key=report_order)
    clusters = _cluster(ordered)
    ids, changes = assign_ids(clusters, previous, new_keys, reports)
    fused = [build_incident(ids[i], members, new_keys) for i, members in enumerate(clusters)]
    prev_by_id = {inc.id: inc for inc in previous}
    changes = note_updates(changes, fused, prev_by_id, new_keys)
    fused.sort(key=lambda inc: (inc.date or inc.first_reported, inc.id))
    log.debug("fused %d reports into %d incidents", len(ordered), len(fused))
    return FusionResult(incidents=fused, changes=changes)


# --- pairwise evidence ----------------------------------------------------------------------


def _family(event_type: str) -> str:
    parent = SUB_EVENT_PARENT.get(event_type, event_type)
    return TYPE_FAMILY.get(parent, parent)


def _interval(rep: IncidentReport) -> tuple[dt.date, dt.date, bool]:
    """First and last day the report's date can be, and whether it is a known day."""
    d = rep.date
    if d is None:
        return rep.published - dt.timedelta(days=6), rep.published, False
    if rep.time_precision <= 1:
        return d, d, True
    if rep.time_precision == 2:
        if rep.date_end is not None:
            return min(d, rep.date_end), max(d, rep.date_end), False
        return d - dt.timedelta(days=6), d, False
    first = d.replace(day=1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return first, last, False


def _type_score(a: IncidentReport, b: IncidentReport) -> float | None:
    if a.sub_event_type == b.sub_event_type:
        return 1.0
    if a.event_type == b.event_type:
        return 0.6
    if _family(a.event_type) == _family(b.event_type):
        # Readers split one fight between "Armed clash" and "Attack" often: weak, not zero.
        return 0.4
    return None


def _date_score(a: IncidentReport, b: IncidentReport) -> float | None:
    a_lo, a_hi, a_day = _interval(a)
    b_lo, b_hi, b_day = _interval(b)
    gap = max((a_lo - b_hi).days, (b_lo - a_hi).days, 0)
    if a_day and b_day:
        return {0: 1.0, 1: 0.6}.get(gap) if gap <= DAY_SLACK else None
    if gap == 0:
        return 0.5
    return 0.3 if gap <= VAGUE_SLACK else None


def _place_score(a: Location | None, b: Location | None) -> float | None:
    if a is None and b is None:
        return UNKNOWN_PLACE
    if a is None or b is None:
        return NEUTRAL
    if a.country and b.country and a.country != b.country:
        return None
    if a.geonames_id is not None and a.geonames_id == b.geonames_id:
        return 1.0
    na, nb = norm(a.name), norm(b.name)
    distance = None
    if None not in (a.lat, a.lon, b.lat, b.lon):
        distance = haversine_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
    if na and na == nb:
        return 1.0
    a1a, a1b = norm(a.admin1), norm(b.admin1)
    if a1a and a1b and a1a != a1b and min(a.geo_precision, b.geo_precision) >= 2:
        return None
    if a.geo_precision == 1 and b.geo_precision == 1:
        # Two named towns: one place only when they are the same spot or one spelling.
        if distance is not None:
            return 0.9 if distance <= SAME_PLACE_KM else None
        return 0.8 if fuzz.ratio(na, nb) >= 85 else None
    if a1a and a1b and a1a != a1b:
        return None
    if max(a.geo_precision, b.geo_precision) >= 3:
        # A province (or unknown admin unit) and anything in it: compatible, weakly.
        return 0.5
    # District or "near X" against a town or another area.
    if norm(a.admin2) and norm(a.admin2) in (norm(b.admin2), nb):
        return 0.7
    if norm(b.admin2) and norm(b.admin2) == na:
        return 0.7
    if distance is not None:
        return 0.6 if distance <= NEAR_PLACE_KM else None
    return 0.4


def _actor_names(rep: IncidentReport) -> list[str]:
    return [n for n in (norm(rep.actor1), norm(rep.actor2)) if n]


@lru_cache(maxsize=1 << 16)
def _same_actor(x: str, y: str) -> bool:
    return x == y or x in y or y in x or fuzz.token_set_ratio(x, y) >= 90


def _actor_score(a: IncidentReport, b: IncidentReport) -> float:
    xa, xb = _actor_names(a), _actor_names(b)
    if not xa or not xb:
        return NEUTRAL
    matched = sum(1 for x in xa if any(_same_actor(x, y) for y in xb))
    return min(1.0, matched / min(len(xa), len(xb)))


def _fatality_score(a: IncidentReport, b: IncidentReport) -> float:
    if a.fatalities is None or b.fatalities is None:
        return NEUTRAL
    lo, hi = sorted((a.fatalities, b.fatalities))
    if lo == hi:
        return 1.0
    # Tolls differ between sides and rise over days; a differing toll is a contradiction to show,
    # not a sign of another event, so it costs little.
    return 0.7 if hi == 0 or lo / hi >= 0.5 else 0.3


def _text_score(a: IncidentReport, b: IncidentReport) -> float:
    ta, tb = a.evidence_text, b.evidence_text
    if not ta or not tb:
        return NEUTRAL
    return fuzz.token_set_ratio(ta.lower(), tb.lower()) / 100.0


def pair_score(a: IncidentReport, b: IncidentReport) -> float | None:
    """How strongly two reports tell one event: 0..1, or None when they cannot be one event."""
    if a.document_id == b.document_id and a.event_type != b.event_type:
        # One article's events of different types are different events. Of one type they can
        # still be one: readers split an event told twice (the claim, then the denial), and
        # ACLED codes one event per type, place and day; different places stay apart below.
        return None
    parts: dict[str, float | None] = {
        "type": _type_score(a, b),
        "date": _date_score(a, b),
        "place": _place_score(a.location, b.location),
    }
    if None in parts.values():
        return None
    if parts["place"] < NAMED_PLACE and (_names_place(a, b) or _names_place(b, a)):
        parts["place"] = NAMED_PLACE
    parts["actors"] = _actor_score(a, b)
    parts["fatalities"] = _fatality_score(a, b)
    parts["text"] = _text_score(a, b)
    score = sum(WEIGHTS[k] * v for k, v in parts.items())  # type: ignore[operator]
    if a.document_id == b.document_id and a.sub_event_type == b.sub_event_type:
        score += SAME_ARTICLE_BONUS
    return score


def _names_place(vague: IncidentReport, precise: IncidentReport) -> bool:
    """Whether a report located only roughly names the other report's town in its evidence."""
    if vague.location is not None and vague.location.geo_precision == 1:
        return False
    loc = precise.location
    if loc is None or loc.geo_precision != 1 or len(loc.name) < 3:
        return False
    return re.search(rf"\b{re.escape(loc.name)}\b", vague.evidence_text, re.IGNORECASE) is not None


# --- clustering -----------------------------------------------------------------------------


class _Cluster:
    __slots__ = ("members", "documents")

    def __init__(self, first: IncidentReport) -> None:
        self.members = [first]
        self.documents = {first.document_id}

    def sample(self) -> list[IncidentReport]:
        if len(self.members) <= 2 * SAMPLE_MEMBERS:
            return self.members
        return self.members[:SAMPLE_MEMBERS] + self.members[-SAMPLE_MEMBERS:]

    def score(self, rep: IncidentReport) -> float | None:
        scores = []
        for other in self.sample():
            s = pair_score(rep, other)
            if s is None:
                return None
            scores.append(s)
        return sum(scores) / len(scores)


def _block_keys(rep: IncidentReport, *, slack: int) -> list[tuple[str, str, int]]:
    lo, hi, _ = _interval(rep)
    family = _family(rep.event_type)
    country = rep.location.country if rep.location and rep.location.country else "?"
    days = range(lo.toordinal() - slack, hi.toordinal() + slack + 1)
    return [(family, country, d) for d in days]


def _cluster(ordered: list[IncidentReport]) -> list[list[IncidentReport]]:
    """Greedy linking in report order: each report joins its best incident or starts one."""
    clusters: list[_Cluster] = []
    index: dict[tuple[str, str, int], list[int]] = defaultdict(list)
    anywhere: dict[tuple[str, int], list[int]] = defaultdict(list)
    for rep in ordered:
        candidates: set[int] = set()
        for family, country, day in _block_keys(rep, slack=VAGUE_SLACK):
            if country == "?":
                candidates.update(anywhere.get((family, day), ()))
            else:
                candidates.update(index.get((family, country, day), ()))
                candidates.update(index.get((family, "?", day), ()))
        best, best_score = -1, LINK_THRESHOLD
        for ci in sorted(candidates):
            s = clusters[ci].score(rep)
            if s is not None and s >= best_score + (1e-9 if best >= 0 else 0.0):
                best, best_score = ci, s
        if best < 0:
            clusters.append(_Cluster(rep))
            best = len(clusters) - 1
        else:
            clusters[best].members.append(rep)
            clusters[best].documents.add(rep.document_id)
        for family, country, day in _block_keys(rep, slack=0):
            if best not in index[(family, country, day)]:
                index[(family, country, day)].append(best)
                anywhere[(family, day)].append(best)
    return [c.members for c in clusters]
