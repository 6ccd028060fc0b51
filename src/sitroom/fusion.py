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
import hashlib
import logging
import re
import unicodedata
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from .fusion_models import (
    Contradiction,
    FusionResult,
    Incident,
    IncidentChange,
    IncidentReport,
    IncidentStatus,
    ReportClaim,
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
# Wire copies: articles whose extracted texts share at least this MinHash-estimated Jaccard
# similarity of word 3-shingles are one story (a reprint with a new headline or a trimmed
# paragraph keeps well above it; two outlets writing up one press release fall far below).
COPY_JACCARD = 0.5
# Too few shingles say nothing about copying (two one-line readings share most of theirs).
COPY_MIN_SHINGLES = 24
# ...or whose evidence sentences are near-identical (rapidfuzz ratio) and not short.
COPY_EVIDENCE_RATIO = 95.0
COPY_EVIDENCE_MIN_CHARS = 60
SIGNATURE_SIZE = 64
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
    ordered = sorted(reports.values(), key=_report_order)
    clusters = _cluster(ordered)
    ids, changes = _assign_ids(clusters, previous, new_keys, reports)
    fused = [_build_incident(ids[i], members, new_keys) for i, members in enumerate(clusters)]
    prev_by_id = {inc.id: inc for inc in previous}
    changes = _note_updates(changes, fused, prev_by_id, new_keys)
    fused.sort(key=lambda inc: (inc.date or inc.first_reported, inc.id))
    log.debug("fused %d reports into %d incidents", len(ordered), len(fused))
    return FusionResult(incidents=fused, changes=changes)


# --- reports ------------------------------------------------------------------------------


def reports_from_reading(reading: Reading) -> list[IncidentReport]:
    """One report per event of the reading, with its claims and the article's signature."""
    doc = reading.document
    signature = _signature(_reading_texts(reading))
    claims_by_id = {cl.id: cl for cl in reading.claims}
    out = []
    for ev in reading.events:
        linked = [claims_by_id[c] for c in ev.claims if c in claims_by_id]
        linked += [cl for cl in reading.claims if ev.id in cl.events and cl not in linked]
        out.append(
            IncidentReport(
                key=f"{doc.id}:{ev.id}",
                document_id=doc.id,
                event_id=ev.id,
                outlet=doc.outlet,
                url=doc.url,
                path=doc.path,
                published=doc.published,
                event_type=ev.event_type,
                sub_event_type=ev.sub_event_type,
                date=ev.date,
                date_end=ev.date_end,
                time_precision=ev.time_precision,
                location=ev.location,
                actor1=ev.actor1,
                actor2=ev.actor2,
                fatalities=ev.fatalities,
                status=ev.status,
                claimed_by=ev.claimed_by,
                claims=[
                    ReportClaim(
                        speaker=cl.speaker,
                        speaker_group=cl.speaker_group,
                        channel=cl.channel,
                        stance=cl.stance,
                        text=cl.text,
                    )
                    for cl in linked
                ],
                evidence=list(ev.evidence),
                signature=signature,
            )
        )
    return out


def _reading_texts(reading: Reading) -> list[str]:
    spans: dict[tuple[int, int], str] = {}
    for ev in reading.events:
        for e in ev.evidence:
            spans[(e.start, e.end)] = e.text
    for cl in reading.claims:
        spans[(cl.start, cl.end)] = cl.text
    return [spans[k] for k in sorted(spans)]


def _stable_hash(text: str) -> int:
    # CRC-32: stable across runs (signatures are stored) and cheap; 32 bits are plenty for a
    # bottom-k sketch of an article's few hundred shingles.
    return zlib.crc32(text.encode("utf-8"))


def _signature(texts: Iterable[str]) -> list[int]:
    """A bottom-k MinHash of the word 3-shingles of the texts."""
    words = [w for text in texts for w in re.findall(r"\w+", text.lower())]
    shingles = {" ".join(words[i : i + 3]) for i in range(max(0, len(words) - 2))}
    return sorted(_stable_hash(s) for s in shingles)[:SIGNATURE_SIZE]


def _signature_similarity(a: Sequence[int], b: Sequence[int]) -> float:
    if not a or not b:
        return 0.0
    sa, sb = set(a), set(b)
    union = sorted(sa | sb)[:SIGNATURE_SIZE]
    return sum(1 for h in union if h in sa and h in sb) / len(union)


def _report_order(rep: IncidentReport) -> tuple[dt.date, str, int, str]:
    digits = re.sub(r"\D", "", rep.event_id)
    return (rep.published, rep.document_id, int(digits) if digits else 0, rep.event_id)


# --- pairwise evidence ----------------------------------------------------------------------


@lru_cache(maxsize=1 << 16)
def _norm(text: str | None) -> str:
    # Cached: the same outlet, place and actor names come back in every comparison.
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"^(the)\s+", "", text.strip())
    return re.sub(r"[^\w]+", " ", text).strip()


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
    na, nb = _norm(a.name), _norm(b.name)
    distance = None
    if None not in (a.lat, a.lon, b.lat, b.lon):
        distance = haversine_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
    if na and na == nb:
        return 1.0
    a1a, a1b = _norm(a.admin1), _norm(b.admin1)
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
    if _norm(a.admin2) and _norm(a.admin2) in (_norm(b.admin2), nb):
        return 0.7
    if _norm(b.admin2) and _norm(b.admin2) == na:
        return 0.7
    if distance is not None:
        return 0.6 if distance <= NEAR_PLACE_KM else None
    return 0.4


def _actor_names(rep: IncidentReport) -> list[str]:
    return [n for n in (_norm(rep.actor1), _norm(rep.actor2)) if n]


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


# --- incident records -----------------------------------------------------------------------


def _mode(values: Iterable[object]) -> object:
    """The most frequent value, ties going to the one seen first."""
    counts: dict[object, int] = {}
    for v in values:
        if v is not None:
            counts[v] = counts.get(v, 0) + 1
    if not counts:
        return None
    best = max(counts.values())
    return next(v for v, n in counts.items() if n == best)


def _is_copy(a: IncidentReport, b: IncidentReport) -> bool:
    if a.outlet and b.outlet and _norm(a.outlet) == _norm(b.outlet):
        return True  # one outlet is one source however many articles it runs
    if a.document_id == b.document_id:
        return True
    if (
        min(len(a.signature), len(b.signature)) >= COPY_MIN_SHINGLES
        and _signature_similarity(a.signature, b.signature) >= COPY_JACCARD
    ):
        return True
    ta, tb = a.evidence_text, b.evidence_text
    return (
        min(len(ta), len(tb)) >= COPY_EVIDENCE_MIN_CHARS
        and fuzz.ratio(ta, tb) >= COPY_EVIDENCE_RATIO
    )


def _source_groups(members: list[IncidentReport]) -> list[str]:
    """For each report the key of the first report of its group of copies (union-find)."""
    parent = list(range(len(members)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(members)):
        for j in range(i):
            if find(i) != find(j) and _is_copy(members[i], members[j]):
                parent[max(find(i), find(j))] = min(find(i), find(j))
    return [members[find(i)].key for i in range(len(members))]


def _claim_label(claim: ReportClaim) -> str:
    who = claim.speaker or "unnamed source"
    if claim.speaker_group and claim.speaker_group != claim.speaker:
        who = f"{who} ({claim.speaker_group})"
    return who


def _contradictions(members: list[IncidentReport]) -> list[Contradiction]:
    out: list[Contradiction] = []
    asserts: dict[str, list[str]] = defaultdict(list)
    denies: dict[str, list[str]] = defaultdict(list)
    for rep in members:
        for cl in rep.claims:
            side = denies if cl.stance == "denies" else asserts
            side[_claim_label(cl)].append(rep.key)
        if rep.status == "denied" and not any(cl.stance == "denies" for cl in rep.claims):
            denies[rep.claimed_by or rep.outlet or "unnamed source"].append(rep.key)
        if rep.status != "denied" and not any(cl.stance == "asserts" for cl in rep.claims):
            # Told as fact (or as one party's claim) with no quoted assertion: the outlet or
            # the claimant is the asserting side.
            who = rep.claimed_by if rep.status == "claimed" and rep.claimed_by else rep.outlet
            asserts[f"{who or 'unnamed source'} ({rep.status})"].append(rep.key)
    if denies and (asserts or any(r.status != "denied" for r in members)):
        values = {f"asserts: {k}": sorted(set(v)) for k, v in asserts.items()}
        values |= {f"denies: {k}": sorted(set(v)) for k, v in denies.items()}
        detail = "; ".join(values)
        out.append(Contradiction(kind="claim-denial", detail=detail, values=values))
    tolls: dict[str, list[str]] = defaultdict(list)
    for rep in members:
        if rep.fatalities is not None:
            tolls[str(rep.fatalities)].append(rep.key)
    if len(tolls) > 1:
        detail = "fatalities reported: " + ", ".join(sorted(tolls, key=int))
        out.append(Contradiction(kind="fatalities", detail=detail, values=dict(tolls)))
    places: dict[str, list[str]] = defaultdict(list)
    names: dict[str, str] = {}
    for rep in members:
        if rep.location is not None and rep.location.geo_precision == 1:
            names.setdefault(_norm(rep.location.name), rep.location.name)
            places[names[_norm(rep.location.name)]].append(rep.key)
    if len(places) > 1:
        detail = "places reported: " + ", ".join(places)
        out.append(Contradiction(kind="place", detail=detail, values=dict(places)))
    dates: dict[str, list[str]] = defaultdict(list)
    for rep in members:
        if rep.date is not None and rep.time_precision == 1:
            dates[rep.date.isoformat()].append(rep.key)
    if len(dates) > 1:
        detail = "dates reported: " + ", ".join(sorted(dates))
        out.append(Contradiction(kind="date", detail=detail, values=dict(dates)))
    return out


def _status(members: list[IncidentReport], independent: int, contested: bool) -> IncidentStatus:
    if contested:
        return "contested"
    if any(rep.status == "confirmed" for rep in members):
        return "confirmed"
    return "corroborated" if independent >= 2 else "single-source"


def _best_location(members: list[IncidentReport]) -> Location | None:
    located = [rep.location for rep in members if rep.location is not None]
    if not located:
        return None
    finest = min(loc.geo_precision for loc in located)
    candidates = [loc for loc in located if loc.geo_precision == finest]
    name = _mode(_norm(loc.name) for loc in candidates)
    return next(loc for loc in candidates if _norm(loc.name) == name)


def _build_incident(incident_id: str, members: list[IncidentReport], fresh: set[str]) -> Incident:
    groups = _source_groups(members)
    grouped = []
    for rep, group in zip(members, groups, strict=True):
        if rep.key in fresh:
            rep.source_group = group  # made in this call: nobody else holds it
        elif rep.source_group != group:
            rep = rep.model_copy(update={"source_group": group})
        grouped.append(rep)
    members = grouped
    independent = len(set(groups))
    sub = str(_mode(rep.sub_event_type for rep in members))
    etype = SUB_EVENT_PARENT.get(sub) or str(_mode(rep.event_type for rep in members))
    precisions = [rep.time_precision for rep in members if rep.date is not None]
    precise = min(precisions) if precisions else 3
    dated = [rep for rep in members if rep.date is not None and rep.time_precision == precise]
    date = _mode(rep.date for rep in dated) if dated else None
    date_end = next((rep.date_end for rep in dated if rep.date == date), None)
    tolls = [rep.fatalities for rep in members if rep.fatalities is not None]
    contradictions = _contradictions(members)
    contested = any(c.kind == "claim-denial" for c in contradictions)
    outlets: list[str] = []
    for rep in members:
        if rep.outlet and rep.outlet not in outlets:
            outlets.append(rep.outlet)
    return Incident(
        id=incident_id,
        event_type=etype,
        sub_event_type=sub,
        date=date,  # type: ignore[arg-type]
        date_end=date_end,
        time_precision=precise,
        location=_best_location(members),
        actor1=_mode(rep.actor1 for rep in members),  # type: ignore[arg-type]
        actor2=_mode(rep.actor2 for rep in members),  # type: ignore[arg-type]
        fatalities=min(tolls) if tolls else None,
        fatalities_min=min(tolls) if tolls else None,
        fatalities_max=max(tolls) if tolls else None,
        status=_status(members, independent, contested),
        independent_sources=independent,
        outlets=outlets,
        first_reported=min(rep.published for rep in members),
        reports=members,
        contradictions=contradictions,
    )


# --- stable ids and the change log ----------------------------------------------------------


def new_incident_id(first_report_key: str) -> str:
    """The id an incident gets from the key of its first report (so re-fusing gives it again)."""
    return "inc-" + hashlib.blake2b(first_report_key.encode("utf-8"), digest_size=5).hexdigest()


def _assign_ids(
    clusters: list[list[IncidentReport]],
    previous: list[Incident],
    new_keys: set[str],
    reports: dict[str, IncidentReport],
) -> tuple[list[str], list[IncidentChange]]:
    owner = {rep.key: inc.id for inc in previous for rep in inc.reports}
    overlaps = [Counter(owner[r.key] for r in members if r.key in owner) for members in clusters]
    founder = {inc.id: min(inc.reports, key=_report_order).key for inc in previous if inc.reports}
    # An old id goes to the new cluster holding most of its reports; on a tie, to the one that
    # holds its first report, then to the larger cluster.
    pairs = sorted(
        (
            -count,
            founder.get(prev_id) not in {r.key for r in clusters[ci]},
            -len(clusters[ci]),
            prev_id,
            ci,
        )
        for ci, counts in enumerate(overlaps)
        for prev_id, count in counts.items()
    )
    ids: list[str | None] = [None] * len(clusters)
    taken: set[str] = set()
    for *_rank, prev_id, ci in pairs:
        if ids[ci] is None and prev_id not in taken:
            ids[ci] = prev_id
            taken.add(prev_id)
    used = set(taken) | {inc.id for inc in previous}
    for ci, members in enumerate(clusters):
        if ids[ci] is None:
            candidate = new_incident_id(members[0].key)
            n = 1
            while candidate in used:
                n += 1
                candidate = f"{new_incident_id(members[0].key)}-{n}"
            ids[ci] = candidate
            used.add(candidate)
    final = [i for i in ids if i is not None]

    changes: list[IncidentChange] = []
    for ci, members in enumerate(clusters):
        cause = sorted(r.key for r in members if r.key in new_keys)
        others = sorted(p for p in overlaps[ci] if p != final[ci])
        if final[ci] not in taken:
            if others:
                changes.append(
                    IncidentChange(
                        incident_id=final[ci],
                        kind="split",
                        detail=f"split from {', '.join(others)}: these reports no longer fit "
                        f"with the rest" + (f" once {', '.join(cause)} arrived" if cause else ""),
                        related=others,
                        reports=cause,
                    )
                )
            else:
                changes.append(
                    IncidentChange(
                        incident_id=final[ci],
                        kind="created",
                        detail=f"new incident from {len(members)} report(s)",
                        reports=cause,
                    )
                )
        elif others:
            absorbed = [p for p in others if p not in taken]
            if absorbed:
                changes.append(
                    IncidentChange(
                        incident_id=final[ci],
                        kind="merged",
                        detail=f"merged with {', '.join(absorbed)}"
                        + (f" after {', '.join(cause)} linked them" if cause else ""),
                        related=absorbed,
                        reports=cause,
                    )
                )
    for inc in previous:
        if inc.id in taken:
            continue
        homes = Counter(final[ci] for ci, counts in enumerate(overlaps) if inc.id in counts)
        if homes:
            target = sorted(homes, key=lambda h: (-homes[h], h))[0]
            detail = f"merged into {target}"
            related = sorted(homes)
        else:
            detail = "its reports were withdrawn (the article was read again)"
            related = []
        changes.append(
            IncidentChange(incident_id=inc.id, kind="deleted", detail=detail, related=related)
        )
    del reports  # the keys carry all that the change log needs
    return final, changes


def _note_updates(
    changes: list[IncidentChange],
    fused: list[Incident],
    prev_by_id: dict[str, Incident],
    new_keys: set[str],
) -> list[IncidentChange]:
    noted = {c.incident_id for c in changes}
    for inc in fused:
        if inc.id in noted or inc.id not in prev_by_id:
            continue
        if inc.model_dump() == prev_by_id[inc.id].model_dump():
            continue
        before = {r.key for r in prev_by_id[inc.id].reports}
        added = sorted(r.key for r in inc.reports if r.key not in before)
        removed = sorted(before - {r.key for r in inc.reports})
        parts = []
        if added:
            parts.append(f"{len(added)} report(s) added")
        if removed:
            parts.append(f"{len(removed)} report(s) moved out")
        changes.append(
            IncidentChange(
                incident_id=inc.id,
                kind="updated",
                detail=", ".join(parts) or "fields re-aggregated",
                reports=sorted(k for k in added if k in new_keys) or added,
            )
        )
    return changes
