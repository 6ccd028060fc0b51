"""Incident records: reports from readings, copies and independent sources, contradictions,
status, and stable ids with the change log (the bookkeeping half of fusion; models only)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from .fusion_models import (
    Contradiction,
    Incident,
    IncidentChange,
    IncidentReport,
    IncidentStatus,
    ReportClaim,
)
from .models import SUB_EVENT_PARENT, Location, Reading

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


@lru_cache(maxsize=1 << 16)
def norm(text: str | None) -> str:
    """A name folded for comparison: no accents or case, no leading "the", no punctuation."""
    # Cached: the same outlet, place and actor names come back in every comparison.
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"^(the)\s+", "", text.strip())
    return re.sub(r"[^\w]+", " ", text).strip()


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


def report_order(rep: IncidentReport) -> tuple[dt.date, str, int, str]:
    """The order fusion reads reports in: publication day, document, event number."""
    digits = re.sub(r"\D", "", rep.event_id)
    return (rep.published, rep.document_id, int(digits) if digits else 0, rep.event_id)


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
    if a.outlet and b.outlet and norm(a.outlet) == norm(b.outlet):
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
            names.setdefault(norm(rep.location.name), rep.location.name)
            places[names[norm(rep.location.name)]].append(rep.key)
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
    name = _mode(norm(loc.name) for loc in candidates)
    return next(loc for loc in candidates if norm(loc.name) == name)


def _actors(members: list[IncidentReport]) -> tuple[str | None, str | None]:
    """The two most reported actors; outlets name the sides in either order."""
    names: dict[str, str] = {}
    counts: dict[str, int] = {}
    for rep in members:
        for name in (rep.actor1, rep.actor2):
            if name and norm(name):
                names.setdefault(norm(name), name)
                counts[norm(name)] = counts.get(norm(name), 0) + 1
    ranked = sorted(counts, key=lambda k: -counts[k])  # stable: first seen wins ties
    first = names[ranked[0]] if ranked else None
    second = names[ranked[1]] if len(ranked) > 1 else None
    return first, second


def build_incident(incident_id: str, members: list[IncidentReport], fresh: set[str]) -> Incident:
    """The incident record of a group of reports (fields aggregated ACLED-like).

    Reports whose key is in `fresh` were made by this fusion run and are updated in place.
    """
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
    actor1, actor2 = _actors(members)
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
        actor1=actor1,
        actor2=actor2,
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


def assign_ids(
    clusters: list[list[IncidentReport]],
    previous: list[Incident],
    new_keys: set[str],
    reports: dict[str, IncidentReport],
) -> tuple[list[str], list[IncidentChange]]:
    """Ids for the new groups (kept from `previous` where reports stay together) and changes."""
    owner = {rep.key: inc.id for inc in previous for rep in inc.reports}
    overlaps = [Counter(owner[r.key] for r in members if r.key in owner) for members in clusters]
    founder = {inc.id: min(inc.reports, key=report_order).key for inc in previous if inc.reports}
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


def note_updates(
    changes: list[IncidentChange],
    fused: list[Incident],
    prev_by_id: dict[str, Incident],
    new_keys: set[str],
) -> list[IncidentChange]:
    """Add an `updated` change for each kept incident whose record changed."""
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
