"""Toponym resolution: rank each mention's gazetteer candidates by population, feature type and
the article's context (countries, provinces, nearby places, names said together), and the rules
that then place a name at its province (unlisted villages, strays, a stated province)."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc

from .gazetteer import Entry, Gazetteer, normalize_name
from .places_words import _KIND_WORDS, _PEOPLE_HEADS


@dataclass
class _Mention:
    start: int  # token index
    end: int
    query: str  # the name looked up, normalized
    ner: str | None  # the spaCy label covering it, if any
    hint: str | None = None  # kind stated by a following word ("province")
    candidates: list[tuple[Entry, bool]] = field(default_factory=list)
    fuzzy: bool = False
    seat_of: set[str] = field(default_factory=set)  # admin1 codes of same-named city candidates
    seat_in: set[str] = field(default_factory=set)  # admin2 codes of same-named city candidates
    best: Entry | None = None
    confidence: float = 0.0
    chain: set[str] = field(default_factory=set)  # admin1/country codes stated after ", "
    placed_in: bool = False  # the chain was stated as "X in (central) Y", not "X, Y"
    # Ids of candidates that hold, or lie in, a county another name of the article may be
    # (see _nested).
    nested: set[int] = field(default_factory=set)
    # The hint is the kind the names around it suggest (a list's, a pair's, a chain's), not a
    # word of its own.
    derived: bool = False
    # The division stated as holding it ("Jagannathpur upazila of Sunamganj district").
    within: _Mention | None = None


# Ranking weights, in units of log10(population): set by hand and checked on the LGL and
# GeoVirus dev sets (first 150 / 100 articles), not fitted. A country or continent is named far
# more often than a namesake town; a province slightly more than a town of its size.
_KIND_PRIOR = {
    "country": 4.0,
    "continent": 3.0,
    "province": 1.0,
    "region": 1.0,
    "natural": 1.0,
    "district": 0.0,
    "city": 0.5,
}


def _score(m: _Mention, entry: Entry, primary: bool, ctx: _Context | None) -> float:
    """How likely `entry` is what mention `m` names (higher is likelier)."""
    score = math.log10(entry.population + 10) + _KIND_PRIOR.get(entry.kind, 0.0)
    score += 1.0 if primary else -1.5
    if entry.fcode == "PPLC":
        score += 2.0
    if m.hint and entry.kind == m.hint:
        # A kind word stated ("Niger's Maradi region") outweighs the context a namesake town
        # earns from the article's other places in that province.
        score += 5.0
    elif entry.kind == "province" and entry.admin1 in m.seat_of:
        # A province named like its own capital ("Kabul"): the city is meant unless the text
        # says "province".
        score -= 2.5
    elif entry.kind == "district" and entry.admin2 in m.seat_in:
        # A district holding a town of its name ("Kupiansk" read against Kupiansk Raion): the
        # town is meant unless the text says "district" (a hint, above).
        score -= 2.5
    if entry.id in m.nested:
        score += _NESTED_BONUS
    if m.chain:
        # "Paris, Texas": the stated region outweighs population and context.
        if entry.admin1 in m.chain or entry.country in m.chain:
            score += 6.0
    if ctx is None:
        return score
    if entry.country and entry.country in ctx.countries:
        score += 2.5 * min(ctx.countries[entry.country], 1.5)
    elif entry.country is None and entry.kind in ("continent", "region", "natural"):
        # Features across borders ("Middle East") cannot earn the country bonus their local
        # namesakes get: give them half of it.
        score += 1.25 * min(max(ctx.countries.values(), default=0.0), 1.5)
    if entry.admin1 and entry.kind != "province":
        score += 2.5 * min(ctx.admin1s.get(entry.admin1, 0.0), 1.0)
        if entry.admin1 in ctx.dominant:
            score += 1.0
    # Names said together lie together: as much as the 50 km proximity test below.
    score += 2.0 * min(ctx.coherence.get(entry.id, 0.0), 1.0)
    if entry.lat is not None and ctx.points:
        near = _nearest_km(entry.lat, entry.lon, ctx.points)
        if near < 50:
            score += 2.0
        elif near < 250:
            score += 1.0
    return score


# A town read in the county the article also names ("Athens" and "Henderson County": Athens,
# Texas, lies in Henderson County, Texas): as much as a kind word stated after the name, for a
# relation that is as specific. Fixed a priori, not fitted.
_NESTED_BONUS = 3.0


def _nested(mentions: list[_Mention]) -> None:
    """Mark the readings by which one name lies in a county (second-level division) that
    another name of the article may be, and those counties: names said together that nest
    are read together."""
    # Only readings by their own name: an alternate name ("Jerusalem" once for a Maryland
    # village) is too weak a reading to be confirmed this way.
    counties: dict[str, set[str]] = {}
    for m in mentions:
        for e, p in m.candidates:
            if p and e.kind == "district" and e.admin2:
                counties.setdefault(e.admin2, set()).add(m.query)
    if not counties:
        return
    towns: dict[str, set[str]] = {}
    for m in mentions:
        for e, p in m.candidates:
            if p and e.kind == "city" and e.admin2 in counties:
                towns.setdefault(e.admin2, set()).add(m.query)
    for m in mentions:
        for e, p in m.candidates:
            if not p:
                continue
            if e.kind == "city" and counties.get(e.admin2, set()) - {m.query}:
                m.nested.add(e.id)
            elif e.kind == "district" and towns.get(e.admin2, set()) - {m.query}:
                m.nested.add(e.id)


def _nearest_km(lat: float, lon: float, points: list[tuple[float, float]]) -> float:
    """Distance to the nearest point, by the equirectangular approximation (good to a few per
    cent under 500 km, which is all the ranking asks of it; far cheaper than haversine)."""
    kx = 111.2 * math.cos(math.radians(lat))
    best = math.inf
    for plat, plon in points:
        dlon = abs(lon - plon)
        dlon = min(dlon, 360 - dlon)
        d = (111.2 * (lat - plat)) ** 2 + (kx * dlon) ** 2
        best = min(best, d)
    return math.sqrt(best)


@dataclass
class _Context:
    countries: dict[str, float]
    admin1s: dict[str, float]  # admin1 code -> how strongly the article places itself there
    points: list[tuple[float, float]]
    dominant: set[str] = field(default_factory=set)  # admin1 codes the article names most
    # entry id -> how much the other names' candidates gather near it (see _coherence)
    coherence: dict[int, float] = field(default_factory=dict)


# How much a resolved mention of each kind says the article is in its province: naming the
# province says it outright; a district or town only if it was resolved right.
_ADMIN_WEIGHT = {"province": 1.0, "district": 0.7, "city": 0.5}


# Candidates per mention that pass 2 re-ranks (pass 1 orders them): a name rarely has more
# plausible readings, and the proximity test is the costly part.
_PASS2_CANDIDATES = 30


# What may stand between two items of a list of places: "A, B", "A and B", "A, and B".
_LIST_GAPS = {(",",), ("and",), ("or",), (",", "and"), (",", "or")}


def _lists(doc: Doc | None, mentions: list[_Mention]) -> list[list[_Mention]]:
    """Runs of three or more mentions joined as a list ("Ohio, Oregon and Utah")."""
    if doc is None:
        return []
    runs: list[list[_Mention]] = []
    run: list[_Mention] = []
    for m in mentions:
        gap = tuple(t.lower_ for t in doc[run[-1].end : m.start]) if run else None
        if run and gap in _LIST_GAPS:
            run.append(m)
            continue
        if len(run) >= 3:
            runs.append(run)
        run = [m]
    if len(run) >= 3:
        runs.append(run)
    return runs


def _parallel_kinds(doc: Doc | None, mentions: list[_Mention], chosen: list[Entry]) -> None:
    """Items of a list name things of one kind: in "Michigan, Oregon, Ohio and Wisconsin",
    where most items read as states, "Oregon" is the state too, not a town in Wisconsin.

    A list item with no kind word of its own takes as its hint the kind (country or province)
    that at least half of the list's items, and two at the least, read as in the first pass,
    when the item's own name is one of that kind.
    """
    reading = {id(m): e for m, e in zip(mentions, chosen, strict=True)}
    for run in _lists(doc, mentions):
        kinds: dict[str, int] = {}
        for m in run:
            kind = reading[id(m)].kind
            kinds[kind] = kinds.get(kind, 0) + 1
        for kind in ("country", "province"):
            if kinds.get(kind, 0) < max(2, len(run) / 2):
                continue
            for m in run:
                if m.hint is None and any(p and e.kind == kind for e, p in m.candidates):
                    m.hint, m.derived = kind, True


def _paired_provinces(doc: Doc | None, mentions: list[_Mention], chosen: list[Entry]) -> None:
    """Two names joined by 'and' or 'or' name things of one kind: in "Wales and England",
    where England reads as a province (a constituent country), Wales is the province too, not
    a village of England. As `_parallel_kinds` does for lists of three, for a pair: a name
    with no kind word of its own takes the hint "province" when the other reads as a
    province in the first pass and the name is a province of that country by its own name.
    """
    if doc is None:
        return
    for i, (m, nxt) in enumerate(zip(mentions, mentions[1:], strict=False)):
        gap = tuple(t.lower_ for t in doc[m.end : nxt.start])
        if gap not in (("and",), ("and", "in"), ("or",), ("or", "in")):
            continue
        for x, other in ((m, chosen[i + 1]), (nxt, chosen[i])):
            if (
                x.hint is None
                and other.kind == "province"
                and other.country
                and any(
                    p and e.kind == "province" and e.country == other.country
                    for e, p in x.candidates
                )
            ):
                x.hint, x.derived = "province", True


def _is_division(m: _Mention) -> bool:
    """The name is a country's or a first-level division's own name."""
    return any(p and e.kind in ("country", "province") for e, p in m.candidates)


# A borough or suburb named before its city ("Queens, New York") lies within this of the
# city's point (fixed a priori: the radius of the largest cities).
_CITY_KM = 50.0


def _within_city(m: _Mention, region: _Mention) -> bool:
    """Whether a reading of `m` lies within a city that `region` may name."""
    points = [
        (e.lat, e.lon) for e, _ in region.candidates if e.kind == "city" and e.lat is not None
    ]
    if not points:
        return False
    return any(
        e.lat is not None and _nearest_km(e.lat, e.lon, points) < _CITY_KM for e, _ in m.candidates
    )


_DIRECTION_WORDS = frozenset(
    "northern southern eastern western central north-eastern north-western south-eastern "
    "south-western northeastern northwestern southeastern southwestern far".split()
)


def _placed_in(doc: Doc, m: _Mention, nxt: _Mention) -> bool:
    """Whether `nxt` follows `m` as "in (central) <region>": where the place is, stated."""
    between = [t.lower_ for t in doc[m.end : nxt.start]]
    if between[:1] == [","]:
        between = between[1:]  # "the village of Sosnivka, in the Synelnykove district"
    joiners = ("in",)
    if m.hint is not None and between[:1] and _KIND_WORDS.get(between[0]) == m.hint:
        # "Jagannathpur upazila of Sunamganj district": a division of the one named after it.
        between, joiners = between[1:], ("in", "of")
    return (
        len(between) >= 1
        and between[0] in joiners
        and all(w in _DIRECTION_WORDS or w == "the" for w in between[1:])
    )


def _owning_country(doc: Doc, m: _Mention, nxt: _Mention) -> set[str]:
    """The country `m` names when `nxt` follows it as its possession ("Colombia's Catatumbo
    region", "Iraq's western Anbar province"): only for a name that is a country and no
    province (not "Georgia's"); towns of its name do not count."""
    if m.end >= len(doc) or doc[m.end].lower_ not in ("'s", "’s"):
        return set()
    between = [t.lower_ for t in doc[m.end + 1 : nxt.start]]
    if not all(w in _DIRECTION_WORDS for w in between):
        return set()
    primary = [e for e, p in m.candidates if p]
    if any(e.kind == "province" for e in primary):
        return set()
    return {e.country for e in primary if e.kind == "country" and e.country}


def _stated_chains(doc: Doc | None, mentions: list[_Mention]) -> None:
    """Mark each mention followed by ", Region" with the region's codes: "Greer, S.C.",
    "Paris, Texas", "Athens, Greece" state the admin chain of the first name.

    Not inside a list of three or more names that are themselves countries or provinces:
    "Georgia, Oklahoma, Pennsylvania and California" enumerates states, it does not place an
    Oklahoma in Pennsylvania.
    """
    if doc is None:
        return
    listed = {id(m) for run in _lists(doc, mentions) for m in run}
    for m, nxt in zip(mentions, mentions[1:], strict=False):
        owner = _owning_country(doc, m, nxt)
        if owner:
            # "Colombia's Catatumbo region": the place is in that country, stated.
            nxt.chain, nxt.placed_in = owner, True
        if _placed_in(doc, m, nxt):
            # "near Boni in central Mali": the country it is in, stated. (Not a province: "in
            # South West England" has a namesake region abroad.)
            m.chain = {
                e.country for e, primary in nxt.candidates if primary and e.kind == "country"
            }
            if nxt.hint == "district":
                # "in the Synelnykove district": the district's province and country.
                districts = [e for e, _ in nxt.candidates if e.kind == "district"]
                m.chain |= {e.admin1 for e in districts if e.admin1}
                m.chain |= {e.country for e in districts if e.country}
            m.placed_in = bool(m.chain)
            m.within = nxt
            continue
        if nxt.start != m.end + 1 or doc[m.end].text != ",":
            continue
        if id(m) in listed and id(nxt) in listed and _is_division(m) and _is_division(nxt):
            continue
        codes = {
            e.admin1 if e.kind == "province" else e.country
            for e, _ in nxt.candidates
            if e.kind in ("province", "country") and (e.admin1 or e.country)
        }
        if codes:
            m.chain = codes
            # And the region named after the comma is the region, not a town of its name
            # ("Mississauga, Ontario" is in the province, whatever Ontario, California, has),
            # unless a city of its name holds the first ("Brooklyn, New York").
            if nxt.hint is None and not _within_city(m, nxt):
                for kind in ("province", "country"):
                    if any(p and e.kind == kind for e, p in nxt.candidates):
                        nxt.hint, nxt.derived = kind, True
                        break


def _context(
    mentions: list[_Mention], chosen: list[Entry], countries: dict[str, float]
) -> tuple[
    dict[str, float],
    dict[str, float],
    dict[str, dict[str, float]],
    dict[str, dict[str, float]],
    dict[tuple[float, float], set[str]],
]:
    total_c: dict[str, float] = dict(countries)
    total_a: dict[str, float] = {}
    own_c: dict[str, dict[str, float]] = {}
    own_a: dict[str, dict[str, float]] = {}
    points: dict[tuple[float, float], set[str]] = {}
    for m, e in zip(mentions, chosen, strict=True):
        if e.country:
            total_c[e.country] = total_c.get(e.country, 0) + 0.5
            mine = own_c.setdefault(_name_key(m.query), {})
            mine[e.country] = mine.get(e.country, 0) + 0.5
        if e.admin1:
            weight = _ADMIN_WEIGHT.get(e.kind, 0.0)
            total_a[e.admin1] = total_a.get(e.admin1, 0) + weight
            mine = own_a.setdefault(_name_key(m.query), {})
            mine[e.admin1] = mine.get(e.admin1, 0) + weight
        if e.kind in ("city", "district") and e.lat is not None:
            points.setdefault((round(e.lat, 1), round(e.lon, 1)), set()).add(_name_key(m.query))
    return total_c, total_a, own_c, own_a, points


def _coherence(mentions: list[_Mention]) -> dict[str, dict[int, float]]:
    """For each name, how much each candidate lies among the other names' candidates.

    Places named together lie together ("Paris and Henry County"): a candidate earns, from each
    other name with a candidate in its or a neighbouring 1-degree cell, the inverse of the
    number of cells that name's candidates occupy (a name with one reading says more than
    "Springfield"). Unlike the proximity test, this does not depend on the readings chosen.
    """
    cells: dict[str, set[tuple[int, int]]] = {}
    for m in mentions:
        own = cells.setdefault(_name_key(m.query), set())
        for e, _ in m.candidates:
            if e.lat is not None and e.kind in ("city", "district"):
                own.add((math.floor(e.lat), math.floor(e.lon)))
    where: dict[tuple[int, int], set[str]] = {}
    for query, own in cells.items():
        for cell in own:
            where.setdefault(cell, set()).add(query)
    out: dict[str, dict[int, float]] = {}
    for m in mentions:
        if _name_key(m.query) in out:
            continue
        scores = out[_name_key(m.query)] = {}
        if any(p and e.kind in ("country", "province", "continent") for e, p in m.candidates):
            continue  # a country or province by its own name is not weighed against towns
        for e, _ in m.candidates:
            if e.lat is None or e.kind not in ("city", "district"):
                continue
            la, lo = math.floor(e.lat), math.floor(e.lon)
            near: set[str] = set()
            for dla in (-1, 0, 1):
                for dlo in (-1, 0, 1):
                    near |= where.get((la + dla, lo + dlo), set())
            near.discard(_name_key(m.query))
            if near:
                scores[e.id] = sum(1.0 / len(cells[q]) for q in near)
    return out


# Context passes after the first (population and feature type only): each re-reads the article
# with the readings the last one chose, so a mistaken first reading ("Georgia" the country in
# an article about Atlanta) does not steer the rest.
_CONTEXT_PASSES = 2


def _resolve(mentions: list[_Mention], countries: dict[str, float], doc: Doc | None = None) -> None:
    for m in mentions:
        # Only a town that bears the name as its own (Kabul), not as an alternate name
        # (Minneota, once spelled "Minnesota"), makes its province yield.
        m.seat_of = {e.admin1 for e, p in m.candidates if p and e.kind == "city" and e.admin1}
        m.seat_in = {e.admin2 for e, _ in m.candidates if e.kind == "city" and e.admin2}
    _stated_chains(doc, mentions)
    _nested(mentions)
    # Pass 1: population, feature type and the countries named in the text.
    ctx0 = _Context(dict(countries), {}, [])
    for m in mentions:
        if len(m.candidates) == 1 and m.candidates[0][0].kind == "country":
            iso = m.candidates[0][0].country
            ctx0.countries[iso] = ctx0.countries.get(iso, 0) + 1.0
    chosen: list[Entry] = []
    for m in mentions:
        ranked = sorted(m.candidates, key=lambda c: -_score(m, c[0], c[1], ctx0))
        m.candidates = ranked[:_PASS2_CANDIDATES]
        chosen.append(ranked[0][0])
    _parallel_kinds(doc, mentions, chosen)
    _paired_provinces(doc, mentions, chosen)
    # Passes 2+: add what the last pass resolved elsewhere in the article (other names than
    # this one).
    coherence = _coherence(mentions)
    for _ in range(_CONTEXT_PASSES):
        total_c, total_a, own_c, own_a, points = _context(mentions, chosen, ctx0.countries)
        contexts: dict[str, _Context] = {}
        for m in mentions:
            ctx = contexts.get(_name_key(m.query))
            if ctx is None:
                mine_c, mine_a = (
                    own_c.get(_name_key(m.query), {}),
                    own_a.get(_name_key(m.query), {}),
                )
                admin1s = {k: v - mine_a.get(k, 0) for k, v in total_a.items()}
                top = max(admin1s.values(), default=0.0)
                ctx = _Context(
                    {k: v - mine_c.get(k, 0) for k, v in total_c.items()},
                    admin1s,
                    [p for p, names in points.items() if names != {_name_key(m.query)}],
                    # The province the article is most about (local news names it most), by
                    # the other names: a name repeated does not vouch for its own reading
                    # (eleven 'Dublin' do not outweigh one 'Ohio'), though it counts towards
                    # the weight a dominant province needs.
                    dominant={k for k, v in admin1s.items() if v == top > 0 and total_a[k] >= 1.0},
                    coherence=coherence.get(_name_key(m.query), {}),
                )
                contexts[_name_key(m.query)] = ctx
            scored = sorted(
                ((_score(m, e, p, ctx), e) for e, p in m.candidates), key=lambda t: -t[0]
            )
            m.best = scored[0][1]
            m.confidence = scored[0][0] - (scored[1][0] if len(scored) > 1 else 0.0)

        # One name, one place: repeated mentions take the most confident reading. A county
        # named with and without its kind word ("Hall County" ... "retiring from Hall") is
        # one name. But a name the text calls a province, read as one ("Niger's Maradi region"
        # beside the dateline's town of Maradi), and the name's other mentions, read as its
        # namesake town inside it, keep their two senses.
        def most_confident(group: list[_Mention]) -> dict[tuple[str, bool], _Mention]:
            out: dict[tuple[str, bool], _Mention] = {}
            for m in group:
                key = _sense_key(m)
                if key not in out or m.confidence > out[key].confidence:
                    out[key] = m
            return out

        stated = [
            m
            for m in mentions
            if m.hint == "province"
            and not m.derived
            and m.best is not None
            and m.best.kind == "province"
        ]
        by_query = most_confident(mentions)
        town = most_confident([m for m in mentions if m not in stated])
        provinces = {_sense_key(m): m.best for m in stated}
        for m in mentions:
            key = _sense_key(m)
            province, seat = provinces.get(key), town.get(key)
            if (
                province is not None
                and seat is not None
                and seat.best is not None
                and seat.best.kind == "city"
                and seat.best.admin1 == province.admin1
            ):
                m.best = province if m in stated else seat.best
            else:
                m.best = by_query[key].best
        _hinted_province(mentions)
        chosen = [m.best for m in mentions]


# A town this small does not take over the name of a province the text calls a province.
_SMALL_TOWN = 5_000


def _hinted_province(mentions: list[_Mention]) -> None:
    """A name the text once calls a province ("the south-western department of Narino") is
    that province wherever it is named, when the town read for it is a small one of the same
    name inside it (Narino, 3,000 people, in Narino department): not so for a province's big
    town ("in the Gao region" ... "in Gao")."""
    hinted = {
        m.query: c
        for m in mentions
        if m.hint == "province"
        for c, _ in m.candidates
        if c.kind == "province"
    }
    for m in mentions:
        province = hinted.get(m.query)
        e = m.best
        if (
            province is not None
            and e is not None
            and e.kind == "city"
            and e.admin1 == province.admin1
            and e.population < _SMALL_TOWN
        ):
            m.best = province


_DIVISION_SUFFIXES = (" county", " parish")


def _name_key(query: str) -> str:
    """The name a mention's context is read without: its query less a division's kind word, so
    that "Harris County" and "Harris" (of "Muscogee and Harris counties") do not vouch for
    each other's reading."""
    for suffix in _DIVISION_SUFFIXES:
        if query.endswith(suffix):
            return query[: -len(suffix)]
    return query


def _sense_key(m: _Mention) -> tuple[str, bool]:
    """The name a mention's reading is shared under: its query, without a division's kind
    word when it reads as a division."""
    division = m.best is not None and m.best.kind == "district"
    query = m.query
    if division:
        for suffix in _DIVISION_SUFFIXES:
            if query.endswith(suffix):
                query = query[: -len(suffix)]
                break
    return query, division


# Words after a name that a country's demonym, not its name, would modify: "a Lebanon woman",
# "the Jordan residents", "Jordan Elementary School" name a town (a Lebanese woman, a Jordanian
# school).
_TOWN_HEADS = _PEOPLE_HEADS | {"resident", "residents", "native", "natives", "boys", "girls"}
_TOWN_SCHOOL_WORDS = {"Elementary", "Middle", "High", "Junior"}


def _drop_countries_before_town_heads(
    doc: Doc, mentions: list[_Mention], gazetteer: Gazetteer
) -> None:
    """Drop the country reading of a name that modifies a town's people or school, when the
    country has a demonym (English says "Lebanese", not "Lebanon", of its people) and the name
    has a town or province reading of its own."""
    with_demonym = set(gazetteer.demonyms.values())
    # One name, one place: the other mentions of the name go with it.
    towns = {
        m.query
        for m in mentions
        if m.end < len(doc)
        and (doc[m.end].text in _TOWN_HEADS or doc[m.end].text in _TOWN_SCHOOL_WORDS)
        and any(p and e.kind in ("city", "province") for e, p in m.candidates)
    }
    for m in mentions:
        if m.query not in towns:
            continue
        kept = [
            (e, p)
            for e, p in m.candidates
            if not (e.kind == "country" and e.country in with_demonym)
        ]
        if kept:
            m.candidates = kept


# A stray reading (fixed a priori, not fitted): a town under 20,000, 300 km or more from every
# other place of the article, in a province none of them is in, while they name another
# province of its country at least 1.5 times (three towns, or the province and a town).
_STRAY_MAX_POPULATION = 20_000
_STRAY_KM = 300.0
_STRAY_WEIGHT = 1.5


def _province_weights(mentions: list[_Mention]) -> dict[str, float]:
    """How much the mentions' readings place the article in each province."""
    weights: dict[str, float] = {}
    for m in mentions:
        e = m.best
        if e is not None and e.admin1:
            weights[e.admin1] = weights.get(e.admin1, 0.0) + _ADMIN_WEIGHT.get(e.kind, 0.0)
    return weights


def _place_strays(mentions: list[_Mention], gazetteer: Gazetteer) -> None:
    """Place at the article's own province a small town read far from all its other places.

    Local news names its own villages, many of which the gazetteer lacks: a small namesake
    hundreds of kilometres off, in a province the article never otherwise names, is likelier
    one of them ("Nelson" in a story of Minnesota roads is no Georgia town). As for an unlisted
    village, the place takes the province the other names are most in (geo_precision 3), when
    the name has no reading there and that province is in the namesake's own country.
    """
    weights = _province_weights(mentions)
    for m in mentions:
        e = m.best
        if e is None or e.kind != "city" or e.population >= _STRAY_MAX_POPULATION or m.chain:
            continue
        own = _province_weights([o for o in mentions if o.query == m.query])
        others = {k: v - own.get(k, 0.0) for k, v in weights.items()}
        code = max(others, key=others.__getitem__, default=None)
        if code is None or others[code] < _STRAY_WEIGHT or others.get(e.admin1, 0.0) > 0:
            continue
        if code.split(".")[0] != e.country or any(c.admin1 == code for c, _ in m.candidates):
            continue
        points = [
            (o.best.lat, o.best.lon)
            for o in mentions
            if o.query != m.query
            and o.best is not None
            and o.best.lat is not None
            and o.best.kind in ("city", "district")
        ]
        if e.lat is None or not points or _nearest_km(e.lat, e.lon, points) < _STRAY_KM:
            continue
        province = gazetteer.admin_entry(code)
        if province is not None:
            m.best = province


def _place_in_stated_province(mentions: list[_Mention], gazetteer: Gazetteer) -> None:
    """Place at the stated province a town whose province the text gives but the gazetteer
    has no town of that name in: "Greenwood, W.Va." is a West Virginia place the gazetteer
    lacks, not the Greenwood of Indiana; "Boni in central Mali", a place abroad by an old
    spelling, is placed at the one country stated "in" when no reading is there (not after a
    comma, which may be a list).

    Only for a reading in the stated province's own country (a town of that country read in
    another province), so that a list ("Kabul, Pakistan and India") moves nothing. As ACLED
    codes a location it cannot find, it takes the province (geo_precision 3).
    """
    for m in mentions:
        e = m.best
        if e is None or e.kind not in ("city", "district") or not m.chain:
            continue
        provinces = [c for c in m.chain if "." in c and c.split(".")[0] == e.country]
        if e.admin1 in m.chain or (e.country in m.chain and not provinces):
            continue
        if len(provinces) != 1:
            # "near Boni in central Mali", Boni read as Bonn by an old spelling: with no reading
            # in the one country stated, the place is there (geo_precision 3).
            (code,) = m.chain if m.placed_in and len(m.chain) == 1 else (None,)
            if code is not None and not any(c.country == code for c, _ in m.candidates):
                m.best = gazetteer.country(code) or m.best
            continue
        province = gazetteer.admin_entry(provinces[0])
        if province is not None:
            m.best = province


def _place_in_stated_division(mentions: list[_Mention]) -> None:
    """Place at the division the text says holds it a place the gazetteer knows only abroad:
    "Jagannathpur upazila of Sunamganj district" is in Bangladesh's Sunamganj district, not at
    India's Jagannathpur (geo_precision 2, as ACLED codes a place it cannot find)."""
    for m in mentions:
        e, parent = m.best, m.within
        if e is None or parent is None or parent.best is None or not m.placed_in:
            continue
        countries = {c for c in m.chain if "." not in c}
        if not countries or e.country in countries:
            continue
        if any(c.country in countries for c, _ in m.candidates):
            continue
        if parent.best.country in countries and parent.best.kind in ("district", "province"):
            m.best = parent.best


def _province_named_for_town(mentions: list[_Mention], gazetteer: Gazetteer) -> None:
    """A province the text names by its town's name and a kind word ("the Kursk region"),
    where the gazetteer knows the province only by an adjective of that name ("Kurskaya
    oblast'"): the province, not the town."""
    for m in mentions:
        e = m.best
        if m.hint != "province" or e is None or e.kind != "city" or e.admin1 is None:
            continue
        if any(c.kind == "province" for c, _ in m.candidates):
            continue
        province = gazetteer.admin_entry(e.admin1)
        if province is None:
            continue
        first = normalize_name(province.name).split(" ")[0]
        if len(m.query) >= 4 and first.startswith(m.query) and len(first) > len(m.query):
            m.best = province


# Below this population, a town reached only by an alternate spelling in a country the article
# never names is taken for an unlisted place (fixed a priori: the shipped gazetteer keeps towns
# of 500 and more, so a namesake abroad this small is as obscure as the village it hides).
_UNLISTED_MAX_POPULATION = 5_000
# How many other places make an article one country's (for the limit above, ten times as high).
_ONE_COUNTRY_PLACES = 6


_VILLAGE_WORDS = frozenset({"village", "hamlet"})


def _said_village(doc: Doc | None, m: _Mention) -> bool:
    """Whether the text calls a name a village: "Salama, a village near Mkunumbi", "the
    village of Kurakhove", "Kok-Tash village"."""
    if doc is None:
        return False
    i, j = m.start, m.end
    if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in _VILLAGE_WORDS:
        return True
    if j < len(doc) and doc[j].lower_ in _VILLAGE_WORDS:
        return True
    if j + 2 >= len(doc) or doc[j].text != "," or doc[j + 1].lower_ not in ("a", "an"):
        return False
    # "a small farming village": the kind word within three words, before any comma.
    for k in range(j + 2, min(len(doc), j + 5)):
        if doc[k].is_punct:
            return False
        if doc[k].lower_ in _VILLAGE_WORDS:
            return True
    return False


# How far from its town a part of it may lie (a reading farther off is another place).
_NEIGHBOURHOOD_KM = 30.0
# A town that big named before a part-of-town word is the town itself ("the Conakry suburb of
# Wanindara"), not a part of another.
_NEIGHBOURHOOD_TOWN = 50_000


def _place_unlisted(mentions: list[_Mention], gazetteer: Gazetteer, doc: Doc | None = None) -> None:
    """Place at the article's own province a name whose only readings are small towns abroad.

    A name the gazetteer has by no primary name, whose reading is a small town or district (or
    any town, for a name matched only by a similar spelling) in a country none of the article's
    other places is in, is likelier a village the gazetteer lacks
    ("Tawila" in an article about North Darfur is not a Yemeni hamlet once spelled so). As ACLED
    codes a location it cannot find, it takes the province the article's other places name
    most, which `to_location` gives geo_precision 3; with no province named, the one country
    the article names. So for a name the text calls a village whose reading is a town
    abroad of any size ("Salama, a village near Mkunumbi", read as a Guatemalan town), unless
    the text places it in that country.
    """
    for m in mentions:
        e = m.best
        # A province matched only by its spelling is as much a guess ("Mpati, a locality in
        # Masisi territory" is not Mali's Mopti region).
        if e is None or e.kind not in ("city", "district", "province"):
            continue
        # A name matched only by its spelling is a guess whatever the town's size; so is one
        # the text calls a kind of place none of its readings is ("the Tres Rios
        # neighbourhood" of a Mexican city, whose readings are Brazilian and Costa Rican towns).
        stated = m.hint is not None and not any(c.kind == m.hint for c, _ in m.candidates)
        others = [o.best for o in mentions if o.query != m.query and o.best is not None]
        towns = Counter(o for o in others if o.kind == "city")
        if m.hint == "neighbourhood" and e.kind == "city" and towns:
            # A part of a town read as a town far off in the same country ("the Lyndiane and
            # Boucotte neighbourhoods" of Ziguinchor, read as a town 300 km away): the town
            # the article names most, unless the reading lies by it.
            top = max(towns, key=towns.__getitem__)
            far = (
                e.lat is None
                or top.lat is None
                or _nearest_km(e.lat, e.lon, [(top.lat, top.lon)]) > _NEIGHBOURHOOD_KM
            )
            if (
                top.id != e.id
                and far
                and top.country == e.country
                and e.population < _NEIGHBOURHOOD_TOWN  # not "the Conakry suburb of X"
            ):
                m.best = top
                continue
        # An article whose every other place lies in one country it names more than once
        # ("Jiga" among Ethiopian towns is no town in Benin of that other spelling).
        countries = {o.country for o in others}
        one_country = (
            len(countries) == 1
            and sum(o.kind == "country" for o in others) >= 2
            and len(others) >= _ONE_COUNTRY_PLACES
        )
        # Or a town in a country the article never names, among many places of one it names
        # ("Bagan" among a dozen Pakistani places is no Russian town).
        named = {o.country for o in others if o.kind == "country"}
        home = Counter(o.country for o in others if o.country in named).most_common(1)
        one_country = one_country or (
            e.country not in named and bool(home) and home[0][1] >= _ONE_COUNTRY_PLACES
        )
        # A province abroad is a guess only by its spelling, or in one country's article ("South
        # West State forces" in Somalia is no Cameroonian region).
        if e.kind == "province" and not (m.fuzzy or one_country):
            continue
        limit = _UNLISTED_MAX_POPULATION * (10 if one_country else 1)
        # A big town reached only by a rare other name of it ("Tori", an old name of Turin, in
        # an article about Mali) is no more likely than a small one.
        by_name = any(p for c, p in m.candidates if c.id == e.id)
        big = (
            e.population >= limit
            and not m.fuzzy
            and (by_name or not one_country)
            and e.kind != "province"  # a region's population tells nothing of its fame
        )
        # Even a town's own name ("Bambui" in an article about Cameroon's North-West is no
        # Brazilian town) when the article is one country's.
        primary = any(p for _, p in m.candidates) and not one_country
        village = e.kind == "city" and e.country not in m.chain and _said_village(doc, m)
        if not stated and not village and (big or primary):
            continue
        # A place read by its spelling alone vouches for no country ("Dogon" read as an
        # Italian village).
        firm = [o.best for o in mentions if o.query != m.query and o.best and not o.fuzzy]
        if not others or any(o.country == e.country for o in firm):
            continue
        if m.hint == "neighbourhood" and towns:
            # A part of a town: the town the article names most ("the Tres Rios neighbourhood"
            # of an article about Culiacan).
            m.best = max(towns, key=towns.__getitem__)
            continue
        weights: dict[str, float] = {}
        for o in others:
            if o.admin1:
                weights[o.admin1] = weights.get(o.admin1, 0.0) + _ADMIN_WEIGHT.get(o.kind, 0.0)
        code = max(weights, key=weights.__getitem__, default=None)
        # As in the ranking, a province the article names once, or two towns of it.
        if code is None or weights[code] < 1.0:
            # No province, but the one country the article names ("the village of Zaongo in
            # central Burkina Faso", read as a town in Angola): that country.
            named = {o.country for o in others if o.kind == "country"}
            if len(named) == 1 and all(o.country in named for o in others):
                m.best = gazetteer.country(named.pop()) or m.best
            continue
        province = gazetteer.admin_entry(code)
        if province is not None:
            m.best = province
