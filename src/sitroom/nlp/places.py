"""Toponyms: recognize place names and resolve each to a gazetteer entry.

Recognition takes spaCy's GPE/LOC/FAC entities, then scans capitalized word sequences the model
left alone or mislabelled (ORG/PERSON) against the gazetteer, guarded against common words and
person names. Resolution ranks each mention's candidates by population and feature type, then
again with the article's context: the countries it names (directly or by demonym), the provinces
it names, and the places resolved near each other.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ..geo import haversine_km
from ..models import Location, Place
from .gazetteer import Entry, Gazetteer, normalize_name

# Words after a name that say what kind of place it is ("Baghlan province", "Panjshir Valley").
_KIND_WORDS = {
    "province": "province",
    "provinces": "province",
    "state": "province",
    "governorate": "province",
    "region": "province",
    "oblast": "province",
    "prefecture": "province",
    "department": "province",
    "district": "district",
    "districts": "district",
    "county": "district",
    "parish": "district",
    "municipality": "district",
    "borough": "district",
    "city": "city",
    "town": "city",
    "village": "city",
    "township": "city",
    "valley": "natural",
    "mountains": "natural",
    "mountain": "natural",
    "river": "natural",
    "lake": "natural",
    "desert": "natural",
    "sea": "natural",
    "island": "natural",
    "islands": "natural",
    "gulf": "natural",
    "range": "natural",
    "peninsula": "natural",
}
# Generic words a name may carry that do not change what it names ("Kabul airport").
_TRAILING_GENERIC = set(_KIND_WORDS) | {
    "airport",
    "area",
    "capital",
    "base",
    "border",
    "centre",
    "center",
    "suburb",
    "outskirts",
    "highway",
    "road",
}
# Words that join the parts of one name ("Bosnia and Herzegovina", "Rio de Janeiro", "Al-Fashir").
_JOINERS = {
    "of",
    "de",
    "del",
    "da",
    "do",
    "dos",
    "la",
    "le",
    "al",
    "el",
    "and",
    "-",
    "upon",
    "on",
    "y",
    "des",
    "du",
    "di",
    "van",
    "von",
    "e",
}
# Capitalized words that start sentences or titles and are also place names somewhere.
_NOT_PLACES = {
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "president",
    "minister",
    "police",
    "army",
    "government",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "god",
    "allah",
    "christmas",
    "easter",
    "ramadan",
    "eid",
    "twitter",
    "facebook",
    "telegram",
    "reuters",
    "internet",
    "union",
    "republic",
    "kingdom",
    "federation",
    "university",
    "college",
    "school",
    "church",
    "hospital",
    "court",
    "street",
    "st",
    "avenue",
    "news",
    "times",
    "post",
    "press",
    "page",
    "chief",
    "general",
    "colonel",
    "captain",
    "commander",
    "governor",
    "mayor",
    "senator",
    "council",
    "congress",
    "parliament",
    "house",
    "senate",
    "party",
    "front",
    "forces",
    "force",
    "islamic",
    "national",
    "democratic",
    "unity",
    "liberty",
    "victoria",
    "hope",
    "independence",
    "mission",
    "paradise",
    "friendship",
    "ocean",
    "north",
    "south",
    "east",
    "west",
    "central",
    "northern",
    "southern",
    "eastern",
    "western",
    "day",
    "today",
    "man",
    "woman",
    "people",
    "city",
    "town",
    "state",
}
_ENTITY_LABELS = {"GPE", "LOC", "FAC"}
_LOCATIVE = {
    "in",
    "near",
    "outside",
    "around",
    "into",
    "from",
    "at",
    "across",
    "toward",
    "towards",
    "of",
    "to",
    "through",
    "between",
    "and",
    "via",
    "inside",
    "within",
}
_MAX_WORDS = 5


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
    best: Entry | None = None
    confidence: float = 0.0


def _strip_the(span: Span) -> Span:
    while (
        len(span) > 1
        and span[0].lower_ in ("the", "a", "an")
        or (len(span) > 1 and span[0].is_punct)
    ):
        span = span[1:]
    while len(span) > 1 and (span[-1].is_punct or span[-1].lower_ in ("'s", "’s")):
        span = span[:-1]
    return span


def _name_part(span: Span) -> tuple[Span, str | None]:
    """The span without a trailing generic word, and the kind that word states."""
    hint = None
    while len(span) > 1 and span[-1].lower_ in _TRAILING_GENERIC:
        hint = hint or _KIND_WORDS.get(span[-1].lower_)
        span = span[:-1]
    return span, hint


def _hint(doc: Doc, start: int, end: int) -> str | None:
    """The kind a word next to a name states: "Baghlan province", "the province of Baghlan"."""
    if end < len(doc) and doc[end].lower_ in _KIND_WORDS:
        return _KIND_WORDS[doc[end].lower_]
    if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in _KIND_WORDS:
        return _KIND_WORDS[doc[start - 2].lower_]
    return None


def _is_name_token(tok) -> bool:
    text = tok.text
    return (text[:1].isupper() or (text[:1] in "‘’'" and text[1:2].isupper())) and any(
        c.isalpha() for c in text
    )


def _capitalized_runs(doc: Doc) -> list[tuple[int, int]]:
    """Maximal runs of capitalized words, with joiner words inside ("Bosnia and Herzegovina")."""
    runs = []
    i = 0
    n = len(doc)
    while i < n:
        if not _is_name_token(doc[i]):
            i += 1
            continue
        j = i + 1
        while j < n:
            if _is_name_token(doc[j]):
                j += 1
            elif (
                doc[j].lower_ in _JOINERS
                and j + 1 < n
                and _is_name_token(doc[j + 1])
                and doc[j].whitespace_ != "\n"
            ):
                j += 2
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _recognize(doc: Doc, gazetteer: Gazetteer) -> tuple[list[_Mention], dict[str, float]]:
    """Candidate toponym mentions, and the country weights given by demonyms and nationality."""
    mentions: list[_Mention] = []
    countries: dict[str, float] = {}
    taken = [False] * len(doc)
    ner_label = [None] * len(doc)
    ner_iob = [t.ent_iob_ for t in doc]
    for ent in doc.ents:
        for t in range(ent.start, ent.end):
            ner_label[t] = ent.label_

    # Entities spaCy calls places.
    queries: list[tuple[int, int, str, str | None, str | None]] = []
    for ent in doc.ents:
        if ent.label_ == "NORP":
            iso = gazetteer.demonyms.get(normalize_name(ent.text))
            if iso:
                countries[iso] = countries.get(iso, 0) + 0.5
            continue
        if ent.label_ not in _ENTITY_LABELS:
            continue
        span = _strip_the(ent)
        name, hint = _name_part(span)
        hint = hint or _hint(doc, span.start, span.end)
        queries.append((span.start, span.end, normalize_name(name.text), ent.label_, hint))
        queries.append((span.start, span.end, normalize_name(span.text), ent.label_, hint))

    found = gazetteer.lookup_many(q[2] for q in queries)
    seen: set[tuple[int, int]] = set()
    for start, end, query, label, hint in queries:
        if (start, end) in seen:
            continue
        cands = found.get(query)
        if not cands:
            continue
        seen.add((start, end))
        mentions.append(_Mention(start, end, query, label, hint, cands))
        for t in range(start, end):
            taken[t] = True
    # Entities with no exact entry: try transliteration variants of their name.
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC") or any(taken[t] for t in range(ent.start, ent.end)):
            continue
        span = _strip_the(ent)
        name, hint = _name_part(span)
        if len(name.text) < 5:
            continue
        fuzzy = gazetteer.fuzzy(name.text)
        if fuzzy:
            m = _Mention(
                span.start,
                span.end,
                normalize_name(name.text),
                ent.label_,
                hint,
                [(e, False) for e, _ in fuzzy],
                fuzzy=True,
            )
            mentions.append(m)
            for t in range(span.start, span.end):
                taken[t] = True

    # Demonyms outside NORP entities ("Afghan journalists").
    for tok in doc:
        if _is_name_token(tok) and not taken[tok.i] and ner_label[tok.i] != "NORP":
            iso = gazetteer.demonyms.get(tok.lower_)
            if iso:
                countries[iso] = countries.get(iso, 0) + 0.5
    # The countries the article is about so far: named countries and the likeliest reading of
    # each place entity.
    countries = dict(countries)
    for m in mentions:
        top = max(m.candidates, key=lambda c: (c[1], c[0].population))[0]
        if top.country:
            countries[top.country] = countries.get(top.country, 0) + 0.5

    # Capitalized words the model left out or mislabelled, matched against the gazetteer.
    grams: list[tuple[int, int, str]] = []
    for start, end in _capitalized_runs(doc):
        for i in range(start, end):
            for j in range(min(end, i + _MAX_WORDS), i, -1):
                if any(taken[t] for t in range(i, j)):
                    continue
                grams.append((i, j, normalize_name(doc[i:j].text)))
    found = gazetteer.lookup_many(g[2] for g in grams)
    for i, j, query in grams:
        if any(taken[t] for t in range(i, j)):
            continue
        cands = found.get(query)
        if not cands or not _plausible(
            doc, i, j, query, cands, ner_label, ner_iob, gazetteer, countries
        ):
            continue
        hint = _hint(doc, i, j)
        mentions.append(_Mention(i, j, query, ner_label[i], hint, cands))
        for t in range(i, j):
            taken[t] = True

    mentions.sort(key=lambda m: m.start)
    return mentions, countries


def _plausible(doc, i, j, query, cands, ner_label, ner_iob, gazetteer, countries) -> bool:
    """Whether a capitalized word sequence the NER did not call a place is one."""
    if query in _NOT_PLACES or query in gazetteer.demonyms:
        return False
    tokens = doc[i:j]
    if all(t.is_stop for t in tokens):
        return False
    # "Jackson said": a surname mislabelled as a place is far more common than the reverse.
    label = ner_label[i]
    major = any(
        e.kind in ("country", "province", "continent")
        or (e.kind == "city" and e.population >= 100_000)
        for e, _ in cands
    )
    # A multi-word name that is exactly a natural feature or region ("Hindu Kush", which the
    # model splits into a nationality and a person).
    if j - i >= 2 and any(p and e.kind in ("natural", "region") for e, p in cands):
        return True
    if label in ("PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"):
        # A mislabelled place ("Panjshir" as ORG, "Nad Ali" as PERSON) is the whole entity and
        # has support: a major place, a kind word after it ("district"), or a locative
        # preposition before it with a candidate in a country the article is about.
        whole = (i == 0 or ner_iob[i] == "B") and (j == len(doc) or ner_iob[j] != "I")
        if not whole or label not in ("PERSON", "ORG"):
            return False
        if major:
            return True
        said_kind = _KIND_WORDS.get(doc[j].lower_) if j < len(doc) else None
        if said_kind and any(
            e.kind == said_kind or e.kind in ("province", "district") for e, _ in cands
        ):
            return True
        in_context = any(e.country in countries for e, _ in cands)
        if i > 0 and doc[i - 1].lower_ in _LOCATIVE and in_context:
            return True
        return label == "ORG" and in_context and any(e.kind == "district" for e, p in cands if p)
    if label in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"):
        return False
    if i > 0 and doc[i - 1].lower_ in ("mr", "mrs", "ms", "dr", "mr.", "mrs.", "dr."):
        return False
    # Sentence-initial words are capitalized anyway: only major places count there.
    if tokens[0].is_sent_start and not major:
        return False
    return any(
        e.kind in ("country", "province", "district", "continent", "natural", "region")
        or e.population >= 1000
        for e, _ in cands
    )


_KIND_PRIOR = {
    "country": 3.0,
    "continent": 3.0,
    "province": 1.5,
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
        score += 1.0
    if m.hint and entry.kind == m.hint:
        score += 3.0
    elif entry.kind == "province" and entry.admin1 in m.seat_of:
        # A province named like its own capital ("Kabul"): the city is meant unless the text
        # says "province".
        score -= 2.5
    if ctx is None:
        return score
    if entry.country and entry.country in ctx.countries:
        score += 2.0 * min(ctx.countries[entry.country], 2.0)
    if entry.admin1 and entry.admin1 in ctx.admin1s and entry.kind != "province":
        score += 2.5
    if entry.lat is not None and ctx.points:
        near = min(haversine_km(entry.lat, entry.lon, lat, lon) for lat, lon in ctx.points)
        if near < 50:
            score += 2.0
        elif near < 250:
            score += 1.0
    return score


@dataclass
class _Context:
    countries: dict[str, float]
    admin1s: set[str]
    points: list[tuple[float, float]]


def _resolve(mentions: list[_Mention], countries: dict[str, float]) -> None:
    for m in mentions:
        m.seat_of = {e.admin1 for e, _ in m.candidates if e.kind == "city" and e.admin1}
    # Pass 1: population, feature type and the countries named in the text.
    ctx0 = _Context(dict(countries), set(), [])
    for m in mentions:
        for e, _ in m.candidates:
            if e.kind == "country" and len(m.candidates) == 1:
                ctx0.countries[e.country] = ctx0.countries.get(e.country, 0) + 1.0
    first: dict[int, Entry] = {}
    for idx, m in enumerate(mentions):
        scored = sorted(((_score(m, e, p, ctx0), e) for e, p in m.candidates), key=lambda t: -t[0])
        first[idx] = scored[0][1]
    # Pass 2: add what pass 1 resolved elsewhere in the article.
    for idx, m in enumerate(mentions):
        others = [e for k, e in first.items() if k != idx and normalize_name(e.name) != m.query]
        ctx = _Context(dict(ctx0.countries), set(), [])
        for e in others:
            if e.country:
                ctx.countries[e.country] = ctx.countries.get(e.country, 0) + 0.5
            if e.kind == "province" and e.admin1:
                ctx.admin1s.add(e.admin1)
            if e.kind in ("city", "district") and e.lat is not None:
                ctx.points.append((e.lat, e.lon))
        scored = sorted(((_score(m, e, p, ctx), e) for e, p in m.candidates), key=lambda t: -t[0])
        m.best = scored[0][1]
        m.confidence = scored[0][0] - (scored[1][0] if len(scored) > 1 else 0.0)
    # One name, one place: repeated mentions take the most confident reading.
    by_query: dict[str, _Mention] = {}
    for m in mentions:
        if m.query not in by_query or m.confidence > by_query[m.query].confidence:
            by_query[m.query] = m
    for m in mentions:
        m.best = by_query[m.query].best


def extract_places(doc: Doc, gazetteer: Gazetteer) -> list[Place]:
    """Every toponym in `doc`, resolved against `gazetteer`, one Place per mention in text order.

    Args:
        doc: a parsed Doc (entities and sentence starts improve recognition; a blank pipeline's
            Doc is scanned by capitalization alone).
        gazetteer: from `load_gazetteer`.

    Returns:
        Places with character offsets into `doc.text`.
    """
    mentions, countries = _recognize(doc, gazetteer)
    if not mentions:
        return []
    _resolve(mentions, countries)
    return [_place(doc, m, gazetteer) for m in mentions]


def resolve_name(
    name: str, gazetteer: Gazetteer, *, context: list[Place] | None = None
) -> Entry | None:
    """The likeliest entry for a bare place name, optionally near places already resolved."""
    cands = gazetteer.lookup(name)
    if not cands:
        cands = [(e, False) for e, _ in gazetteer.fuzzy(name)]
    if not cands:
        return None
    ctx = _Context({}, set(), [])
    for p in context or []:
        if p.country:
            ctx.countries[p.country] = ctx.countries.get(p.country, 0) + 0.5
        if p.lat is not None and p.kind in ("city", "district"):
            ctx.points.append((p.lat, p.lon))
    m = _Mention(0, 0, normalize_name(name), None)
    return max(cands, key=lambda c: _score(m, c[0], c[1], ctx))[0]


def _place(doc: Doc, m: _Mention, gazetteer: Gazetteer) -> Place:
    span = doc[m.start : m.end]
    e = m.best
    if e is None:
        return Place(text=span.text, start=span.start_char, end=span.end_char)
    return Place(
        text=span.text,
        start=span.start_char,
        end=span.end_char,
        canonical=gazetteer.display_name(e),
        geonames_id=e.geonames_id,
        kind=e.kind,
        country=e.country,
        admin1=gazetteer.admin_name(e.admin1),
        admin2=gazetteer.admin_name(e.admin2),
        lat=e.lat,
        lon=e.lon,
    )


def to_location(place: Place, *, near: bool = False) -> Location:
    """The event Location of a place, with its ACLED geo_precision.

    1: the named town or village; 2: near a town, or a district or small area; 3: a province,
    country or larger region.

    Args:
        place: a resolved (or unresolved) place.
        near: the text places the event near the town rather than in it ("outside Kabul").
    """
    kind = place.kind
    if kind == "city":
        precision = 2 if near else 1
    elif kind in ("district", "site"):
        precision = 2
    else:
        precision = 3
    return Location(
        name=place.canonical or place.text,
        geonames_id=place.geonames_id,
        kind=kind,
        country=place.country,
        admin1=place.admin1,
        admin2=place.admin2,
        lat=place.lat,
        lon=place.lon,
        geo_precision=precision,
    )


def resolve_gold_spans(
    doc: Doc, spans: list[tuple[int, int]], gazetteer: Gazetteer
) -> list[Place | None]:
    """Resolve given toponym spans (character offsets) in their article, for evaluation.

    The article's own context (countries by name and demonym) is read as in `extract_places`;
    the given spans replace the recognized ones.

    Returns:
        One Place per span (None when the gazetteer has no candidate for it).
    """
    _, countries = _recognize(doc, gazetteer)
    mentions: list[_Mention | None] = []
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            mentions.append(None)
            continue
        span = _strip_the(span)
        name, hint = _name_part(span)
        hint = hint or _hint(doc, span.start, span.end)
        cands: list[tuple[Entry, bool]] = []
        fuzzy = False
        for text in (span.text, name.text):
            cands = gazetteer.lookup(text)
            if cands:
                break
        if not cands:
            cands = [(e, False) for e, _ in gazetteer.fuzzy(name.text)]
            fuzzy = True
        if not cands:
            mentions.append(None)
            continue
        mentions.append(
            _Mention(
                span.start, span.end, normalize_name(name.text), None, hint, cands, fuzzy=fuzzy
            )
        )
    live = [m for m in mentions if m is not None]
    if live:
        _resolve(live, countries)
    out: list[Place | None] = []
    for (start, end), m in zip(spans, mentions, strict=True):
        if m is None:
            out.append(None)
            continue
        place = _place(doc, m, gazetteer)
        out.append(
            place.model_copy(update={"start": start, "end": end, "text": doc.text[start:end]})
        )
    return out
