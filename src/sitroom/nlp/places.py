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

from ..models import Location, Place
from .gazetteer import Entry, Gazetteer, normalize_name

# Words after a name that say what kind of place it is ("Helmand province", "Swat Valley").
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
    "federal",
    "metro",
    "region",
    "coast",
    "valley",
    "gulf",
    "delta",
    "forest",
    "hills",
    "reserve",
    "free",
    "continental",
    "enterprise",
    "superior",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
}
_ENTITY_LABELS = {"GPE", "LOC", "FAC"}
_IOB = ("", "I", "O", "B")  # spaCy's ENT_IOB integer codes
_MAX_WORDS = 5  # longest name looked up (words), "Bosnia and Herzegovina" is 3


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
    chain: set[str] = field(default_factory=set)  # admin1/country codes stated after ", "


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


# Plural kind words that close a list of names ("Walton and Oconee counties").
_LIST_KINDS = {
    "counties": "district",
    "parishes": "district",
    "districts": "district",
    "provinces": "province",
    "states": "province",
    "townships": "city",
    "towns": "city",
    "villages": "city",
}


def _list_kind(doc: Doc, end: int) -> str | None:
    """The kind a plural kind word closing a list of names states ("Butler, Clark and Warren
    counties" makes each a county)."""
    for k in range(end, min(len(doc), end + 24)):
        word = doc[k].lower_
        if word in _LIST_KINDS:
            return _LIST_KINDS[word]
        if not (word in (",", "and", "or", "&") or _is_name_word(doc[k].text)):
            return None
    return None


def _hint(doc: Doc, start: int, end: int) -> str | None:
    """The kind a word next to a name states: "Helmand province", "the province of Helmand",
    "Walton and Oconee counties"."""
    if end < len(doc) and doc[end].lower_ in _KIND_WORDS:
        return _KIND_WORDS[doc[end].lower_]
    listed = _list_kind(doc, end)
    if listed:
        return listed
    if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in _KIND_WORDS:
        return _KIND_WORDS[doc[start - 2].lower_]
    return None


def _is_name_word(text: str) -> bool:
    return (text[:1].isupper() or (text[:1] in "‘’'" and text[1:2].isupper())) and any(
        c.isalpha() for c in text
    )


def _is_name_token(tok) -> bool:
    return _is_name_word(tok.text)


def _capitalized_runs(words: list[str], names: list[bool]) -> list[tuple[int, int]]:
    """Maximal runs of capitalized words, with joiner words inside ("Bosnia and Herzegovina")."""
    runs = []
    i = 0
    n = len(words)
    while i < n:
        if not names[i]:
            i += 1
            continue
        j = i + 1
        while j < n:
            if names[j]:
                j += 1
            elif words[j].lower() in _JOINERS and j + 1 < n and names[j + 1]:
                j += 2
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _abbreviations(words: list[str], gazetteer: Gazetteer, taken: list[bool]) -> list[_Mention]:
    """Abbreviations matched as written: "W.Va.", "U.S.", "D.C." (tokenized in one to three)."""
    out = []
    abbrev = gazetteer.abbreviations
    n = len(words)
    i = 0
    while i < n:
        if not words[i][:1].isupper():
            i += 1
            continue
        for k in (3, 2, 1):
            if i + k > n or any(taken[i : i + k]):
                continue
            raw = "".join(words[i : i + k])
            place_id = abbrev.get(raw)
            if place_id is None and i + k < n and words[i + k] == ".":
                # Sentence-final "Ga." comes as "Ga" + ".".
                place_id = abbrev.get(raw + ".")
            entry = gazetteer.get(place_id) if place_id is not None else None
            if entry is not None:
                query = normalize_name(entry.name)
                out.append(_Mention(i, i + k, query, "ABBR", None, [(entry, True)]))
                taken[i : i + k] = [True] * k
                i += k - 1
                break
        i += 1
    return out


def _recognize(doc: Doc, gazetteer: Gazetteer) -> tuple[list[_Mention], dict[str, float]]:
    """Candidate toponym mentions, and the country weights given by demonyms and nationality."""
    countries: dict[str, float] = {}
    taken = [False] * len(doc)
    ner_label: list[str | None] = [None] * len(doc)
    # Token texts, offsets and entity IOB read from arrays: creating a Token per word costs
    # more than everything else in this stage.
    attrs = doc.to_array(["IDX", "ORTH", "SPACY", "ENT_IOB"]).tolist() if len(doc) else []
    strings = doc.vocab.strings
    starts = [a[0] for a in attrs]
    words = [strings[a[1]] for a in attrs]
    # The text rebuilt from the arrays (Doc.text builds a Token per word).
    doc_text = "".join(w + " " if a[2] else w for w, a in zip(words, attrs, strict=True))
    ner_iob = [_IOB[a[3]] for a in attrs]
    for ent in doc.ents:
        for t in range(ent.start, ent.end):
            ner_label[t] = ent.label_
    mentions = _abbreviations(words, gazetteer, taken)
    # Last names of the people the article names ("Michael Bell" -> "bell"): the same word alone
    # is that person again, not a town of that name.
    surnames = {
        normalize_name(words[ent.end - 1])
        for ent in doc.ents
        if ent.label_ == "PERSON" and len(ent) >= 2
    }

    # Demonyms give country context but are not places ("Afghan journalists").
    for ent in doc.ents:
        iso = gazetteer.demonyms.get(normalize_name(ent.text))
        if iso and ent.label_ in ("NORP", "GPE", "LOC", "ORG", "PERSON"):
            countries[iso] = countries.get(iso, 0) + 0.5
            taken[ent.start : ent.end] = [True] * len(ent)

    # Entities spaCy calls places.
    queries: list[tuple[int, int, str, str | None, str | None]] = []
    for ent in doc.ents:
        if ent.label_ not in _ENTITY_LABELS or any(taken[ent.start : ent.end]):
            continue
        span = _strip_the(ent)
        name, hint = _name_part(span)
        hint = hint or _hint(doc, span.start, span.end)
        if ent.label_ == "FAC":
            # A facility is a place only through the place it is named after ("Kabul
            # airport"): the mention is that name.
            if len(name) < len(span):
                queries.append((name.start, name.end, normalize_name(name.text), "FAC", hint))
            continue
        full_hint = _hint(doc, span.start, span.end)
        queries.append((span.start, span.end, normalize_name(span.text), ent.label_, full_hint))
        queries.append((span.start, span.end, normalize_name(name.text), ent.label_, hint))
    found = gazetteer.lookup_many(q[2] for q in queries)
    for start, end, query, label, hint in queries:
        cands = found.get(query)
        if not cands or any(taken[start:end]) or query in _NOT_PLACES:
            continue
        if end - start == 1 and query in surnames and not hint and not _major(cands):
            continue  # "Bell pulled a gun" after "Michael Bell": the person, not a town
        mentions.append(_Mention(start, end, query, label, hint, cands))
        taken[start:end] = [True] * (end - start)
    # Place entities with no exact entry: transliteration variants of their name.
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC") or any(taken[ent.start : ent.end]):
            continue
        span = _strip_the(ent)
        name, hint = _name_part(span)
        if len(name.text) < 5:
            continue
        fuzzy = gazetteer.fuzzy(name.text)
        if fuzzy:
            cands = [(e, False) for e, _ in fuzzy]
            mentions.append(
                _Mention(
                    span.start,
                    span.end,
                    normalize_name(name.text),
                    ent.label_,
                    hint,
                    cands,
                    fuzzy=True,
                )
            )
            taken[span.start : span.end] = [True] * len(span)

    # Demonyms outside entities ("British Columbia" was matched whole above).
    names = [_is_name_word(w) for w in words]
    for i, word in enumerate(words):
        if names[i] and not taken[i]:
            iso = gazetteer.demonyms.get(word.lower())
            if iso:
                countries[iso] = countries.get(iso, 0) + 0.5
                taken[i] = True

    # The countries the article is about so far: named countries, demonyms and the likeliest
    # reading of each place entity.
    about = dict(countries)
    about_a1: set[str] = set()
    for m in mentions:
        top = max(m.candidates, key=lambda c: (c[1], c[0].population))[0]
        if top.country:
            about[top.country] = about.get(top.country, 0) + 0.5
        if top.admin1 and top.kind in ("province", "district", "city"):
            about_a1.add(top.admin1)

    # Capitalized words the model left out or mislabelled, matched against the gazetteer.
    grams: list[tuple[int, int, str]] = []
    for start, end in _capitalized_runs(words, names):
        for i in range(start, end):
            for j in range(min(end, i + _MAX_WORDS), i, -1):
                # A name neither starts nor ends on a joiner ("Wichita Falls -" is "Wichita Falls").
                if words[j - 1].lower() in _JOINERS or words[i] == "-":
                    continue
                if not any(taken[i:j]):
                    text = doc_text[starts[i] : starts[j - 1] + len(words[j - 1])]
                    grams.append((i, j, normalize_name(text)))
    found = gazetteer.lookup_many(g[2] for g in grams)
    # Two rounds: names with their own support first, then names supported only by the
    # countries the article is about (which the first round may add to).
    for with_context in (False, True):
        view = _View(doc, ner_label, ner_iob, gazetteer, about, about_a1, surnames)
        for i, j, query in grams:
            cands = found.get(query)
            if not cands or any(taken[i:j]):
                continue
            if not _plausible(view, i, j, query, cands, with_context=with_context):
                continue
            m = _Mention(i, j, query, ner_label[i], _hint(doc, i, j), cands)
            mentions.append(m)
            taken[i:j] = [True] * (j - i)
            top = max(m.candidates, key=lambda c: (c[1], c[0].population))[0]
            if top.country and top.kind in ("country", "province"):
                about[top.country] = about.get(top.country, 0) + 0.5
            if top.admin1 and top.kind == "province":
                about_a1.add(top.admin1)
    mentions.sort(key=lambda m: m.start)
    return mentions, countries


@dataclass
class _View:
    doc: Doc
    ner_label: list[str | None]
    ner_iob: list[str]
    gazetteer: Gazetteer
    countries: dict[str, float]
    admin1s: set[str] = field(default_factory=set)  # provinces the article's places are in
    surnames: set[str] = field(default_factory=set)  # last names of the article's people


# Words after a capitalized name that make it part of a facility or organization name.
_FACILITY_WORDS = {
    "center",
    "centre",
    "park",
    "house",
    "street",
    "road",
    "avenue",
    "hall",
    "school",
    "church",
    "hospital",
    "college",
    "university",
    "library",
    "drive",
    "lane",
    "boulevard",
    "building",
    "stadium",
    "mall",
    "club",
    "company",
    "inc",
    "corp",
    "high",
    "elementary",
    "middle",
    "bank",
    "store",
    "restaurant",
    "hotel",
}
# Prepositions that put a place after them ("in Nad Ali", "outside Maidan Shar").
_PLACE_PREPOSITIONS = {
    "in",
    "near",
    "outside",
    "into",
    "at",
    "across",
    "toward",
    "towards",
    "through",
    "inside",
    "within",
    "from",
    "around",
    "between",
}


# Verbs after a name that make it a speaker, not a place ("Nelson said").
_SPEECH_VERBS = {
    "said",
    "says",
    "told",
    "added",
    "wrote",
    "asked",
    "noted",
    "explained",
    "stated",
    "argued",
    "testified",
    "recalled",
    "declined",
}

# Lower-case nouns after a name that make it a place ("Roswell police").
_PLACE_HEADS = {
    "police",
    "officials",
    "residents",
    "resident",
    "native",
    "natives",
    "authorities",
    "voters",
    "firefighters",
    "schools",
    "area",
    "home",
    "homes",
    "streets",
    "neighborhood",
    "suburb",
    "outskirts",
    "city",
    "town",
    "village",
}

# Words before "of" that make the next name a place ("residents of Zaranj").
_OF_PLACE = {
    "residents",
    "outskirts",
    "city",
    "town",
    "village",
    "province",
    "district",
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "centre",
    "center",
    "people",
    "mayor",
    "governor",
    "capital",
    "suburbs",
    "parts",
    "region",
    "area",
    "streets",
    "heart",
    "edge",
    "state",
    "county",
    "citizens",
    "part",
    "outside",
    "native",
    "near",
}


def _major(cands: list[tuple[Entry, bool]]) -> bool:
    """A country, province or continent, or a city of 100,000 by its own name."""
    return any(
        e.kind in ("country", "province", "continent")
        or (e.kind == "city" and e.population >= 100_000 and primary)
        for e, primary in cands
    )


def _plausible(
    v: _View, i: int, j: int, query: str, cands: list[tuple[Entry, bool]], *, with_context: bool
) -> bool:
    """Whether a capitalized word sequence the NER did not call a place is one.

    With `with_context` False only names with support of their own pass (a major place, a kind
    word, a region after a comma); with True, also those after a place preposition with a
    candidate in a country the article is about.
    """
    doc = v.doc
    if query in _NOT_PLACES or query in v.gazetteer.demonyms:
        return False
    tokens = doc[i:j]
    if all(t.is_stop for t in tokens) or tokens[-1].text.endswith("."):
        return False
    if j - i == 1 and tokens[0].is_upper and len(tokens[0]) <= 3:
        return False  # acronyms; the abbreviations table has the ones that are places
    # A place in the article's own provinces: "Laurel County Clerk", "Mount Pleasant High
    # School" in local news name the county and the town (LGL and GeoWebNews annotate them).
    local = with_context and any(
        e.admin1 in v.admin1s and (e.kind == "district" or e.population >= 1_000)
        for e, p in cands
        if p
    )
    if j < len(doc) and doc[j].lower_ in _FACILITY_WORDS and _is_name_token(doc[j]):
        return local and v.ner_label[i] in ("ORG", "FAC", None)
    if i > 0 and doc[i - 1].lower_.rstrip(".") in ("mr", "mrs", "ms", "dr", "sen", "rep", "gov"):
        return False
    if j - i == 1 and query in v.surnames and not _major(cands):
        return False
    label = v.ner_label[i]
    if label in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"):
        return False
    major = _major(cands)
    in_context = with_context and any(e.country in v.countries for e, _ in cands)
    said_kind = _KIND_WORDS.get(doc[j].lower_) if j < len(doc) else None
    said_kind = said_kind or _list_kind(doc, j)
    kind_said = said_kind is not None and any(
        e.kind == said_kind or e.kind in ("province", "district") for e, _ in cands
    )
    # A town named as a modifier of its own people or services ("Roswell police", "a Newberry
    # home invasion", "an Augusta native") is placed like one after a preposition.
    modifies = j < len(doc) and doc[j].lower_ in _PLACE_HEADS
    after_preposition = (
        modifies
        or i > 0
        and (
            doc[i - 1].lower_ in _PLACE_PREPOSITIONS
            or (i > 1 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in _OF_PLACE)
        )
    )
    # "Greer, S.C." / "Torrington, Conn.": a town followed by its state or country.
    before_region = (
        j + 1 < len(doc) and doc[j].text == "," and v.ner_label[j + 1] in ("GPE", "ABBR")
    ) or (j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].text in v.gazetteer.abbreviations)
    # A multi-word name that is exactly a natural feature or region ("Sierra Madre", which the
    # model may split into two entities).
    if j - i >= 2 and any(p and e.kind in ("natural", "region") for e, p in cands):
        return True
    whole = (i == 0 or v.ner_iob[i] == "B") and (j == len(doc) or v.ner_iob[j] != "I")
    # The name opens the entity, or follows its opening "the" ("the Butler County Coroner").
    opens = (
        i == 0 or v.ner_iob[i] == "B" or (v.ner_iob[i - 1] == "B" and doc[i - 1].lower_ == "the")
    )
    # "Laurel County Clerk", "the Butler County Coroner": a division by its own kind word, at
    # the start of an organization or a facility's name.
    if (
        label in ("ORG", "FAC", "PERSON")
        and opens
        and doc[j - 1].lower_ in ("county", "parish", "township", "province", "district")
        and any(e.kind in ("district", "province") for e, _ in cands)
        and not (j < len(doc) and doc[j].lower_ in _SPEECH_VERBS)
    ):
        return True
    if label in ("PERSON", "ORG"):
        if whole:
            # A mislabelled place ("Helmand" as ORG, "Nad Ali" as PERSON): a country or
            # province or large town, a kind word after it, a region after a comma, or a place
            # preposition before it and a candidate in a country the article is about; never a
            # speaker ("McKinney said").
            if j < len(doc) and doc[j].lower_ in _SPEECH_VERBS:
                return False
            if major or kind_said or before_region or (after_preposition and in_context):
                return True
            # "Anderson County" read as a person: a division's own kind word ends the name.
            if doc[j - 1].lower_ in _KIND_WORDS and any(
                e.kind in ("district", "province") for e, _ in cands
            ):
                return True
            if local and (label == "ORG" or after_preposition):
                return True
            return (
                label == "ORG"
                and in_context
                and any(p and (e.kind == "district" or e.population >= 5_000) for e, p in cands)
            )
        # A place inside an organization's name ("Minnesota Department of Health",
        # "University of Texas"): a major place anywhere, a sizeable town in the article's
        # countries at its start.
        return label == "ORG" and (
            major
            or (
                opens
                and (local or in_context and any(p and e.population >= 20_000 for e, p in cands))
            )
        )
    if label in ("GPE", "LOC") and not whole:
        # Part of a place entity that has no entry as a whole ("North Texas", "Guernsey
        # County Sheriff"): the model said place, the gazetteer agrees on this part.
        return major or kind_said or local or in_context and any(p for _, p in cands)
    if label == "FAC" and opens:
        return major or local
    if label is not None:
        return False
    # No entity: sentence-initial words are capitalized anyway, and surnames outnumber towns.
    # A dateline: an upper-case name before a dash or parenthesis ("SPRINGFIELD - ...").
    dateline = (
        all(t.is_upper for t in tokens if t.is_alpha)
        and j < len(doc)
        and doc[j].text in ("-", "—", "–", "--", "(")
    )
    if dateline and any(e.population > 0 or e.kind == "district" for e, _ in cands):
        return True
    if tokens[0].is_sent_start:
        return major or local
    return major or kind_said or before_region or (after_preposition and in_context)


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
        score += 3.0
    elif entry.kind == "province" and entry.admin1 in m.seat_of:
        # A province named like its own capital ("Kabul"): the city is meant unless the text
        # says "province".
        score -= 2.5
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


def _stated_chains(doc: Doc | None, mentions: list[_Mention]) -> None:
    """Mark each mention followed by ", Region" with the region's codes: "Greer, S.C.",
    "Paris, Texas", "Athens, Greece" state the admin chain of the first name."""
    if doc is None:
        return
    for m, nxt in zip(mentions, mentions[1:], strict=False):
        if nxt.start != m.end + 1 or doc[m.end].text != ",":
            continue
        codes = {
            e.admin1 if e.kind == "province" else e.country
            for e, _ in nxt.candidates
            if e.kind in ("province", "country") and (e.admin1 or e.country)
        }
        if codes:
            m.chain = codes


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
            mine = own_c.setdefault(m.query, {})
            mine[e.country] = mine.get(e.country, 0) + 0.5
        if e.admin1:
            weight = _ADMIN_WEIGHT.get(e.kind, 0.0)
            total_a[e.admin1] = total_a.get(e.admin1, 0) + weight
            mine = own_a.setdefault(m.query, {})
            mine[e.admin1] = mine.get(e.admin1, 0) + weight
        if e.kind in ("city", "district") and e.lat is not None:
            points.setdefault((round(e.lat, 1), round(e.lon, 1)), set()).add(m.query)
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
        own = cells.setdefault(m.query, set())
        for e, _ in m.candidates:
            if e.lat is not None and e.kind in ("city", "district"):
                own.add((math.floor(e.lat), math.floor(e.lon)))
    where: dict[tuple[int, int], set[str]] = {}
    for query, own in cells.items():
        for cell in own:
            where.setdefault(cell, set()).add(query)
    out: dict[str, dict[int, float]] = {}
    for m in mentions:
        if m.query in out:
            continue
        scores = out[m.query] = {}
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
            near.discard(m.query)
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
    _stated_chains(doc, mentions)
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
    # Passes 2+: add what the last pass resolved elsewhere in the article (other names than
    # this one).
    coherence = _coherence(mentions)
    for _ in range(_CONTEXT_PASSES):
        total_c, total_a, own_c, own_a, points = _context(mentions, chosen, ctx0.countries)
        dominant = max(total_a.values(), default=0.0)
        contexts: dict[str, _Context] = {}
        for m in mentions:
            ctx = contexts.get(m.query)
            if ctx is None:
                mine_c, mine_a = own_c.get(m.query, {}), own_a.get(m.query, {})
                admin1s = {k: v - mine_a.get(k, 0) for k, v in total_a.items()}
                ctx = _Context(
                    {k: v - mine_c.get(k, 0) for k, v in total_c.items()},
                    admin1s,
                    [p for p, names in points.items() if names != {m.query}],
                    # The province the article is most about (local news names it most).
                    dominant={k for k, v in total_a.items() if v == dominant and v >= 1.0},
                    coherence=coherence.get(m.query, {}),
                )
                contexts[m.query] = ctx
            scored = sorted(
                ((_score(m, e, p, ctx), e) for e, p in m.candidates), key=lambda t: -t[0]
            )
            m.best = scored[0][1]
            m.confidence = scored[0][0] - (scored[1][0] if len(scored) > 1 else 0.0)
        # One name, one place: repeated mentions take the most confident reading.
        by_query: dict[str, _Mention] = {}
        for m in mentions:
            if m.query not in by_query or m.confidence > by_query[m.query].confidence:
                by_query[m.query] = m
        for m in mentions:
            m.best = by_query[m.query].best
        chosen = [m.best for m in mentions]


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
    _resolve(mentions, countries, doc)
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
    ctx = _Context({}, {}, [])
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
        raw = span.text.replace(" ", "")
        abbrev = gazetteer.abbreviations.get(raw) or gazetteer.abbreviations.get(raw + ".")
        iso = gazetteer.demonyms.get(normalize_name(span.text))
        if abbrev is not None:
            entry = gazetteer.get(abbrev)
            cands = [(entry, True)] if entry else []
        elif iso and gazetteer.country(iso):
            # A demonym given as a toponym ("Sudanese") stands for its country.
            cands = [(gazetteer.country(iso), True)]
        query = normalize_name(span.text)
        if not cands:
            cands = gazetteer.lookup(span.text)
            if cands:
                # The whole name matched: "Mexico City" is not "Mexico" + city.
                hint = _hint(doc, span.start, span.end)
            else:
                query = normalize_name(name.text)
                cands = gazetteer.lookup(name.text)
        if not cands:
            cands = [(e, False) for e, _ in gazetteer.fuzzy(name.text)]
            fuzzy = True
        if not cands:
            mentions.append(None)
            continue
        mentions.append(_Mention(span.start, span.end, query, None, hint, cands, fuzzy=fuzzy))
    live = [m for m in mentions if m is not None]
    if live:
        _resolve(live, countries, doc)
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
