"""Score readings against gold files in the gold format of ../shared/CONTRACT.md.

Matching rules:
- Events, strict (the contract's rule): the sub-event type agrees (or is in the gold
  `sub_event_type_alt`), the date is within one day (or the gold date is null), and the location is
  within 50 km of the gold point, or names the same admin1 when either side has geo_precision 3.
- Events, lenient: the same event type (parent), the date within 3 days, the location within
  161 km or in the same admin1. A lenient figure shows what a type or date slip costs.
- Events are paired one to one, closest first (date, distance, then toll, status and actors);
  gold events marked `optional` are neither missed when absent nor counted wrong when a
  prediction pairs with them.
- Status accuracy: over the strictly matched pairs, the share with the gold status.
- Actors: over the strictly matched pairs, each gold actor found among the predicted event's
  two actors (same name or alias) is right; each gold actor missed and each predicted actor
  the gold does not name is wrong. Order (actor1, actor2) is not scored.
- Claims: the stance agrees, the gold speaker names the predicted speaker or speaker group (same
  name, a listed alias, a surname, or an acronym), and when the gold claim's event was matched, the
  predicted claim is linked to that event. One to one, in text order.
- Times: a gold expression is right when a predicted time overlapping its words has its value.
- Places: a gold place is right when a predicted place with its name resolves within 161 km.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import GoldFormatError
from .geo import haversine_km
from .models import SUB_EVENT_PARENT, Event, Reading

STRICT_KM = 50.0  # CONTRACT.md's event-matching radius
LENIENT_KM = 161.0  # 100 miles, the geoparsing literature's acc@161 radius
LENIENT_DAYS = 3
PLACE_KM = 161.0


@dataclass
class Counts:
    """True positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: Counts) -> Counts:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Ratio:
    """Right out of total."""

    right: int = 0
    total: int = 0

    def __iadd__(self, other: Ratio) -> Ratio:
        self.right += other.right
        self.total += other.total
        return self

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 0.0

    def __str__(self) -> str:
        return f"{self.right}/{self.total}"


@dataclass
class Score:
    """The figures of one article, or the sums over many."""

    name: str
    events_strict: Counts = field(default_factory=Counts)
    events_lenient: Counts = field(default_factory=Counts)
    status: Ratio = field(default_factory=Ratio)
    actors: Ratio = field(default_factory=Ratio)
    claims: Counts = field(default_factory=Counts)
    times: Ratio = field(default_factory=Ratio)
    places: Ratio = field(default_factory=Ratio)
    notes: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        """Add another article's counts to these (micro-averaging)."""
        self.events_strict += other.events_strict
        self.events_lenient += other.events_lenient
        self.status += other.status
        self.actors += other.actors
        self.claims += other.claims
        self.times += other.times
        self.places += other.places

    def summary(self) -> dict[str, float]:
        """The headline figures, fractions."""
        return {
            "events_strict_f1": self.events_strict.f1,
            "events_lenient_f1": self.events_lenient.f1,
            "status_acc": self.status.value,
            "actor_acc": self.actors.value,
            "claims_f1": self.claims.f1,
            "time_acc": self.times.value,
            "place_acc161": self.places.value,
        }


def load_gold(path: str | Path) -> dict[str, Any]:
    """A gold file, checked for the fields scoring needs."""
    path = Path(path)
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise GoldFormatError(f"{path}: no such gold file") from e
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise GoldFormatError(f"{path}: not a JSON gold file ({e}); see CONTRACT.md") from e
    if not isinstance(gold, dict) or not isinstance(gold.get("events"), list):
        raise GoldFormatError(f'{path}: a gold file is an object with an "events" list')
    for i, ev in enumerate(gold["events"]):
        if ev.get("sub_event_type") not in SUB_EVENT_PARENT:
            raise GoldFormatError(
                f"{path}: events[{i}] has sub_event_type {ev.get('sub_event_type')!r}, "
                f"not one of the ACLED subtypes in CONTRACT.md"
            )
    return gold


def find_gold(gold: str | Path, article: str | Path) -> Path:
    """The gold file for an article: the file itself, or `<stem>.gold.json` in a directory."""
    gold = Path(gold)
    if gold.is_file():
        return gold
    candidate = gold / f"{Path(article).stem}.gold.json"
    if not candidate.is_file():
        raise GoldFormatError(
            f"{article}: no gold file {candidate}; name gold files <article stem>.gold.json"
        )
    return candidate


def _norm(name: str | None) -> str:
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^\w\s]", " ", text)
    words = [w for w in text.split() if w not in ("the", "province", "district")]
    return " ".join(words)


def _acronym(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if value else None


class _Names:
    """Which names denote the same actor, from the alias lists of gold and reading."""

    def __init__(self, gold: dict[str, Any], reading: Reading) -> None:
        self.groups: list[set[str]] = []
        for actor in gold.get("actors", []):
            self.groups.append({_norm(n) for n in [actor.get("name"), *actor.get("aliases", [])]})
        for actor in reading.actors:
            self.groups.append({_norm(n) for n in [actor.name, *actor.aliases]})

    def same(self, a: str | None, b: str | None) -> bool:
        if not a or not b:
            return False
        na, nb = _norm(a), _norm(b)
        if na == nb:
            return True
        if any(na in g and nb in g for g in self.groups):
            return True
        ta, tb = na.split(), nb.split()
        # A surname alone names the person ("Osman" for "Hamid Osman").
        if (len(ta) == 1 and len(tb) > 1 and tb[-1] == ta[0]) or (
            len(tb) == 1 and len(ta) > 1 and ta[-1] == tb[0]
        ):
            return True
        return bool(
            (a.isupper() and a == _acronym(b)[: len(a)] and len(a) > 1)
            or (b.isupper() and b == _acronym(a)[: len(b)] and len(b) > 1)
        )


def _event_fits(gold: dict[str, Any], ev: Event, *, strict: bool) -> float | None:
    """How far apart a gold and a predicted event are (smaller is closer), or None if no match."""
    if strict:
        subs = {gold["sub_event_type"], *gold.get("sub_event_type_alt", [])}
        if ev.sub_event_type not in subs:
            return None
    elif ev.event_type != gold.get("event_type", SUB_EVENT_PARENT[gold["sub_event_type"]]):
        return None
    days = 0
    gold_date = _date(gold.get("date"))
    if gold_date is not None:
        if ev.date is None:
            return None
        days = abs((ev.date - gold_date).days)
        if days > (1 if strict else LENIENT_DAYS):
            return None
    km = 0.0
    loc = gold.get("location")
    if loc:
        pred = ev.location
        if pred is None:
            return None
        if None not in (loc.get("lat"), loc.get("lon"), pred.lat, pred.lon):
            km = haversine_km(loc["lat"], loc["lon"], pred.lat, pred.lon)
        else:
            km = float("inf")
        same_admin1 = bool(_norm(loc.get("admin1"))) and _norm(loc.get("admin1")) == _norm(
            pred.admin1 or (pred.name if pred.geo_precision == 3 else None)
        )
        coarse = loc.get("precision") == 3 or pred.geo_precision == 3
        if strict:
            if km > STRICT_KM and not (coarse and same_admin1):
                return None
        elif km > LENIENT_KM and not same_admin1:
            return None
        km = min(km, LENIENT_KM)
    return days + km / 100 + _disagreement(gold, ev)


def _disagreement(gold: dict[str, Any], ev: Event) -> float:
    """How much the fields the match rule ignores disagree: breaks ties between candidates.

    Weights are ordinal only (a different toll outweighs a different status, which outweighs
    one different actor), so a prediction telling the same story is paired first.
    """
    cost = 0.0
    if gold.get("fatalities") is not None and ev.fatalities != gold["fatalities"]:
        cost += 1.0
    if gold.get("status") and ev.status != gold["status"]:
        cost += 0.5
    gold_actors = {_norm(a) for a in (gold.get("actor1"), gold.get("actor2")) if a}
    pred_actors = {_norm(a) for a in (ev.actor1, ev.actor2) if a}
    cost += 0.25 * len(gold_actors ^ pred_actors) / 2
    return cost


def _actors_right(gold: dict[str, Any], ev: Event, names: _Names, notes: list[str]) -> Ratio:
    """The event's actors against the gold's, order aside (see the module's matching rules)."""
    wanted = [a for a in (gold.get("actor1"), gold.get("actor2")) if a]
    given = [a for a in (ev.actor1, ev.actor2) if a]
    found = [w for w in wanted if any(names.same(w, g) for g in given)]
    extra = [g for g in given if not any(names.same(w, g) for w in wanted)]
    for w in wanted:
        if w not in found:
            notes.append(f"event {ev.id}: actor {w!r} missing")
    for g in extra:
        notes.append(f"event {ev.id}: actor {g!r} not in gold")
    return Ratio(len(found), len(wanted) + len(extra))


def match_events(
    gold_events: list[dict[str, Any]], events: list[Event], *, strict: bool
) -> tuple[dict[int, int], Counts]:
    """Pair gold and predicted events one to one, closest first.

    Returns:
        gold index -> predicted index, and the counts (optional gold events excluded).
    """
    pairs = []
    for gi, gold in enumerate(gold_events):
        for pi, ev in enumerate(events):
            cost = _event_fits(gold, ev, strict=strict)
            if cost is not None:
                pairs.append((bool(gold.get("optional")), cost, gi, pi))
    pairs.sort()
    pairing: dict[int, int] = {}
    used: set[int] = set()
    for _optional, _cost, gi, pi in pairs:
        if gi not in pairing and pi not in used:
            pairing[gi] = pi
            used.add(pi)
    required = [i for i, g in enumerate(gold_events) if not g.get("optional")]
    tp = sum(1 for i in required if i in pairing)
    matched_optional = sum(1 for i in pairing if gold_events[i].get("optional"))
    counts = Counts(tp=tp, fp=len(events) - tp - matched_optional, fn=len(required) - tp)
    return pairing, counts


def score_reading(gold: dict[str, Any], reading: Reading, *, name: str = "") -> Score:
    """Score one reading against its gold."""
    score = Score(name=name or reading.document.path or reading.document.id)
    gold_events = gold["events"]
    pairing, score.events_strict = match_events(gold_events, reading.events, strict=True)
    _, score.events_lenient = match_events(gold_events, reading.events, strict=False)
    for gi, pi in pairing.items():
        if gold_events[gi].get("optional"):
            continue
        right = reading.events[pi].status == gold_events[gi].get("status")
        score.status += Ratio(int(right), 1)
        if not right:
            score.notes.append(
                f"event {reading.events[pi].id}: status {reading.events[pi].status}, "
                f"gold {gold_events[gi].get('status')}"
            )
    names = _Names(gold, reading)
    for gi, pi in pairing.items():
        if not gold_events[gi].get("optional"):
            score.actors += _actors_right(gold_events[gi], reading.events[pi], names, score.notes)
    for gi, gold_ev in enumerate(gold_events):
        if gi not in pairing and not gold_ev.get("optional"):
            where = (gold_ev.get("location") or {}).get("name")
            what = f"{gold_ev['sub_event_type']}, {gold_ev.get('date')}, {where}"
            score.notes.append(f"missed gold event {gi}: {what}")

    used: set[int] = set()
    for gold_claim in gold.get("claims", []):
        linked = pairing.get(gold_claim.get("event_index", -1))
        event_id = reading.events[linked].id if linked is not None else None
        for ci, claim in enumerate(reading.claims):
            if ci in used or claim.stance != gold_claim.get("stance"):
                continue
            if not (
                names.same(gold_claim.get("speaker"), claim.speaker)
                or names.same(gold_claim.get("speaker"), claim.speaker_group)
            ):
                continue
            if event_id is not None and event_id not in claim.events:
                continue
            used.add(ci)
            break
        else:
            score.notes.append(
                f"missed gold claim: {gold_claim.get('speaker')} {gold_claim.get('stance')} "
                f"({gold_claim.get('about', '')})"
            )
            continue
    score.claims = Counts(
        tp=len(used), fp=len(reading.claims) - len(used), fn=len(gold.get("claims", [])) - len(used)
    )

    for gold_time in gold.get("times", []):
        expr = gold_time.get("expression", "").casefold()
        right = any(
            (expr in t.text.casefold() or t.text.casefold() in expr)
            and (
                (t.value or "").startswith(gold_time.get("value", "?"))
                or (t.date is not None and t.date.isoformat() == gold_time.get("value"))
            )
            for t in reading.times
        )
        score.times += Ratio(int(right), 1)
        if not right:
            score.notes.append(
                f"time {gold_time.get('expression')!r}: not {gold_time.get('value')}"
            )

    for gold_place in gold.get("places", []):
        wanted = _norm(gold_place.get("name"))
        right = any(
            wanted in (_norm(p.text), _norm(p.canonical))
            and p.lat is not None
            and p.lon is not None
            and haversine_km(gold_place["lat"], gold_place["lon"], p.lat, p.lon) <= PLACE_KM
            for p in reading.places
        )
        score.places += Ratio(int(right), 1)
        if not right:
            score.notes.append(f"place {gold_place.get('name')!r}: not within {PLACE_KM:.0f} km")
    return score


def total(scores: Iterable[Score]) -> Score:
    """Micro-averaged sums over articles."""
    overall = Score(name="all")
    for s in scores:
        overall.add(s)
    return overall
