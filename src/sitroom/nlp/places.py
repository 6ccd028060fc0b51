"""Toponyms: recognize place names and resolve each to a gazetteer entry.

Recognition takes spaCy's GPE/LOC/FAC entities, then scans capitalized word sequences the model
left alone or mislabelled (ORG/PERSON) against the gazetteer, guarded against common words and
person names. Resolution ranks each mention's candidates by population and feature type, then
again with the article's context: the countries it names (directly or by demonym), the provinces
it names, and the places resolved near each other.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from ..models import Location, Place
from .actors import load_actor_lexicon
from .doctext import outlet_spans
from .gazetteer import Entry, Gazetteer, normalize_name
from .places_context import _hint, _is_name_word, _major, _plausible, _View
from .places_resolve import (
    _Context,
    _drop_countries_before_town_heads,
    _Mention,
    _place_in_stated_division,
    _place_in_stated_province,
    _place_strays,
    _place_unlisted,
    _province_named_for_town,
    _resolve,
    _score,
)
from .places_spans import _extend_names, _join_pairs, _town_of_city_offices
from .places_words import (
    _DIVISION_WORDS,
    _FACILITY_WORDS,
    _JOINERS,
    _KIND_BEFORE,
    _KIND_WORDS,
    _NOT_PLACES,
    _TRAILING_GENERIC,
)

_ENTITY_LABELS = {"GPE", "LOC", "FAC"}
_IOB = ("", "I", "O", "B")  # spaCy's ENT_IOB integer codes
_MAX_WORDS = 5  # longest name looked up (words), "Bosnia and Herzegovina" is 3


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


# The Arabic article as transliterated before a hyphen: "al-", "el-", "ash-", "ez-".
_ARABIC_ARTICLES = frozenset("al el ad ar as ash az an at ez es ed er".split())
# Generic words that open Arabic place names (valley, hill, mountain, cape, spring, well,
# monastery, gate, palace, quarter): alone they are some other country's town.
_ARABIC_FEATURES = frozenset(
    "wadi jabal jebel tal tell ras ain ayn bir deir dayr bab qasr hay haret khan tall".split()
)


# Words that open a time ("Early on Saturday", "Late last night"), and what follows them then.
_TIME_OPENERS = frozenset({"early", "late", "later"})
_TIME_FOLLOWERS = frozenset(
    "on in this last next that the morning afternoon evening night monday tuesday wednesday "
    "thursday friday saturday sunday".split()
)


def _capitalized_runs(words: list[str], names: list[bool]) -> list[tuple[int, int]]:
    """Maximal runs of capitalized words, with joiner words inside ("Bosnia and Herzegovina",
    "Pul-e-Khumri")."""
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
                continue
            # Joiners, up to three in a row ("Pul-e-Khumri", "Bosnia and Herzegovina").
            k = j
            while k < n and k - j < 3 and words[k].lower() in _JOINERS:
                k += 1
            if k == j or k == n or not names[k]:
                break
            j = k + 1
        runs.append((i, j))
        i = j
    return runs


# Words after a name that make it an administrative division: "Danmusa local government area",
# "Niono cercle", "Kajuru LGA".
_DIVISION_AFTER = frozenset(
    "district districts province county local lga cercle commune department municipality "
    "governorate oblast raion region state territory woreda zone".split()
)


def _divisions_by_spelling(
    doc: Doc,
    mentions: list[_Mention],
    words: list[str],
    names: list[bool],
    taken: list[bool],
    gazetteer: Gazetteer,
    about: dict[str, float],
) -> None:
    """A capitalized name the gazetteer lacks as spelled, followed by a division word: another
    spelling of a listed place of a country the article is about ("Danmusa local government
    area" is Dan Musa in Katsina)."""
    for i, j in _capitalized_runs(words, names):
        if any(taken[i:j]) or j >= len(words) or words[j].lower() not in _DIVISION_AFTER:
            continue
        if words[j].lower() == "local" and (j + 1 >= len(words) or words[j + 1] != "government"):
            continue
        name = " ".join(words[i:j])
        if len(name) < 5:
            continue
        cands = [
            (e, False)
            for e, _score in gazetteer.fuzzy(name)
            if e.country in about and e.kind in ("city", "district", "province")
        ]
        if cands:
            hint = "district" if words[j].lower() in ("local", "lga") else _hint(doc, i, j)
            mentions.append(_Mention(i, j, normalize_name(name), None, hint, cands, fuzzy=True))
            taken[i:j] = [True] * (j - i)


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


@cache
def _actor_pattern() -> re.Pattern[str]:
    """Multi-word names of known actors, and the Islamic State's province names built on them
    ("Islamic State Sahel Province"): a place word inside such a name is no place mention."""
    names = sorted(
        {
            name
            for entry in load_actor_lexicon().known
            for name in (entry["name"], *entry["aliases"])
            if len(name.split()) >= 2
        },
        key=len,
        reverse=True,
    )
    alternatives = "|".join(re.escape(n) for n in names)
    # An affiliate named after its region: the group's name, capitalized words, "Province"
    # (matched as written: "Islamic State attacked Nangarhar province" names no affiliate).
    province = r"(?-i:(?:\s+(?:[A-Z][\w'’-]*\s+){1,3}Province\b)?)"
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-]){province}", re.IGNORECASE)


# A nickname quoted inside a person's name: Ismael "El Mayo" Zambada.
_NICKNAME = re.compile(
    r"\b[A-Z][\w'’-]*\s(?P<nick>[\"“][A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}[\"”])(?=\s[A-Z])"
)


def _actor_tokens(starts: list[int], words: list[str], text: str) -> list[bool]:
    """Which tokens lie inside a known actor's name ("Islamic State West Africa Province") or
    a nickname quoted inside a person's name (Ismael "El Mayo" Zambada)."""
    inside = [False] * len(words)
    if not words:
        return inside
    spans = [m.span() for m in _actor_pattern().finditer(text)]
    spans += [m.span("nick") for m in _NICKNAME.finditer(text)]
    if not spans:
        return inside
    for t, (start, word) in enumerate(zip(starts, words, strict=True)):
        end = start + len(word)
        inside[t] = any(s <= start and end <= e for s, e in spans)
    return inside


# A currency sign before a number, not qualified by a country prefix ("A$", "US$", "S$" name
# another dollar, or any dollar in international copy), and the countries whose press writes
# it bare: the dollar of North America (Australia and New Zealand left out: with them every
# American story made Australian towns such as 'Emerald' or 'Casino' plausible places). The
# euro and the yen are left out too: several countries use them.
_CURRENCY_SIGNS = re.compile(r"(?<![A-Za-z$])([$£₹₦₱])\s?\d")
_CURRENCY_COUNTRY = {
    "$": ("US", "CA"),
    "£": ("GB",),
    "₹": ("IN",),
    "₦": ("NG",),
    "₱": ("PH",),
}


# A ten-digit number grouped 3-3-4, the area code optionally in brackets: "(614) 555-0100".
_NANP_NUMBER = re.compile(r"(?<![\d-])(?:\(\d{3}\) ?|\d{3}[-.])\d{3}-\d{4}(?![\d-])")


def _currency_countries(text: str) -> set[str]:
    """The countries whose currency the text states amounts in, by sign."""
    return {iso for m in _CURRENCY_SIGNS.finditer(text) for iso in _CURRENCY_COUNTRY[m.group(1)]}


def _recognize(doc: Doc, gazetteer: Gazetteer) -> tuple[list[_Mention], dict[str, float]]:
    """Candidate toponym mentions, and the country weights given by demonyms and nationality."""
    countries: dict[str, float] = {}
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
    # A place word inside a known actor's name is part of that name.
    taken = _actor_tokens(starts, words, doc_text)
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
        if ent.text.islower():
            continue  # "San Lorenzo canton": a kind word the model tagged alone, no name
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
        if any(taken[ent.start : ent.end]):
            continue
        # Or any entity the text calls a place by a kind word before it ("the town of Mbanza
        # Congo" read as a facility).
        stated = (
            ent.start >= 2
            and doc[ent.start - 1].lower_ in ("of", "called", "named")
            and doc[ent.start - 2].lower_ in _KIND_BEFORE
        )
        if ent.label_ not in ("GPE", "LOC") and not stated:
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

    names = [_is_name_word(w) for w in words]
    # A lower-case Arabic article opens the name it is joined to ("al-Qaryatayn", "as-Sukhnah").
    for i in range(len(words) - 2):
        if words[i] in _ARABIC_ARTICLES and words[i + 1] == "-" and names[i + 2]:
            names[i] = True
    # Before the capitalized scan takes the rest of a name the model cut ("Guinea" of
    # "Guinea-Bissau") as a second place.
    _extend_names(mentions, words, starts, doc_text, names, taken, gazetteer)

    # Demonyms outside entities ("British Columbia" was matched whole above).
    for i, word in enumerate(words):
        if names[i] and not taken[i]:
            iso = gazetteer.demonyms.get(word.lower())
            if iso:
                countries[iso] = countries.get(iso, 0) + 0.5
                taken[i] = True

    # The currency an amount is stated in, unqualified, is the writer's own ("$1,100" in a
    # local story, "£25,000" in a British one): weak country context, as a demonym is.
    for iso in _currency_countries(doc_text):
        countries[iso] = countries.get(iso, 0) + 0.5
    # So is a telephone number in the North American plan's form ("952-873-6325").
    if _NANP_NUMBER.search(doc_text):
        for iso in ("US", "CA"):
            countries[iso] = countries.get(iso, 0) + 0.5

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
                # Nor is it a generic word of an Arabic name that goes on ("Wadi" of "Wadi
                # al-Shay", a valley the gazetteer lacks, is no town in India).
                if (
                    j == i + 1
                    and words[i].lower() in _ARABIC_FEATURES
                    and j + 1 < len(words)
                    and words[j].lower() in _ARABIC_ARTICLES
                    and words[j + 1] == "-"
                ):
                    continue
                # Nor is the part after the article of a longer Arabic name ("Shaab" of "Aita
                # al-Shaab", a Lebanese village the gazetteer lacks, is no town in Israel).
                if (
                    i - 2 > start
                    and words[i - 1] == "-"
                    and words[i - 2].lower() in _ARABIC_ARTICLES
                ):
                    continue
                # Nor is the word that closes a facility's name ("Centre" of "the Machala
                # Social Rehabilitation Centre" is no region of Burkina Faso).
                if j == i + 1 and i > start and words[i].lower() in _FACILITY_WORDS:
                    continue
                # Nor is "Early" of "Early on Saturday" a town in Texas.
                if (
                    j == i + 1
                    and words[i].lower() in _TIME_OPENERS
                    and j < len(words)
                    and words[j].lower() in _TIME_FOLLOWERS
                ):
                    continue
                if not any(taken[i:j]):
                    text = doc_text[starts[i] : starts[j - 1] + len(words[j - 1])]
                    grams.append((i, j, normalize_name(text)))
    found = gazetteer.lookup_many(g[2] for g in grams)
    # Names already taken as places, for "one name, one sense" in the article.
    named = {m.query for m in mentions}
    # Two rounds: names with their own support first, then names supported only by the
    # countries the article is about (which the first round may add to).
    # The context round is repeated while it finds names that add context: a county named
    # late in the article ("... according to Alachua County deputies") places the town
    # named before it ("in Newberry").
    grew = False
    for n_round, with_context in enumerate((False, True, True)):
        if n_round == 2 and not grew:
            break
        grew = False
        view = _View(doc, ner_label, ner_iob, gazetteer, about, about_a1, surnames, named)
        view.edges = {m.start for m in mentions} | {-m.end for m in mentions}
        for i, j, query in grams:
            cands = found.get(query)
            if not cands or any(taken[i:j]):
                continue
            if not _plausible(view, i, j, query, cands, with_context=with_context):
                continue
            m = _Mention(i, j, query, ner_label[i], _hint(doc, i, j), cands)
            mentions.append(m)
            named.add(query)
            view.edges |= {i, -j}
            taken[i:j] = [True] * (j - i)
            top = max(m.candidates, key=lambda c: (c[1], c[0].population))[0]
            # A country or province, a county by its kind word ("Alachua County"), or any
            # name found on its own evidence in the first round (a dateline, "Paris, Texas")
            # says where the article is.
            county = top.kind == "district" and words[j - 1].lower() in _DIVISION_WORDS
            if top.country and (top.kind in ("country", "province") or county or not with_context):
                grew = grew or top.country not in about
                about[top.country] = about.get(top.country, 0) + 0.5
            if top.admin1 and (top.kind == "province" or county):
                grew = grew or top.admin1 not in about_a1
                about_a1.add(top.admin1)
    _divisions_by_spelling(doc, mentions, words, names, taken, gazetteer, about)
    # Again for the names found by capitalization, which the model may also have cut short.
    _extend_names(mentions, words, starts, doc_text, names, taken, gazetteer)
    _join_pairs(mentions, words, starts, doc_text, gazetteer)
    _town_of_city_offices(mentions, words, starts, doc_text, gazetteer)
    mentions.sort(key=lambda m: m.start)
    return mentions, countries


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
    _drop_countries_before_town_heads(doc, mentions, gazetteer)
    _resolve(mentions, countries, doc)
    _province_named_for_town(mentions, gazetteer)
    _place_unlisted(mentions, gazetteer, doc)
    _place_in_stated_province(mentions, gazetteer)
    _place_in_stated_division(mentions)
    _place_strays(mentions, gazetteer)
    # "the Black Sea Post found": the outlet's own name holds no place.
    outlet = outlet_spans(doc)
    places = [_place(doc, m, gazetteer) for m in mentions]
    return [p for p in places if not any(s <= p.start and p.end <= e for s, e in outlet)]


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
    if m.best is None:
        return Place(text=span.text, start=span.start_char, end=span.end_char)
    return place_of_entry(m.best, span.text, span.start_char, span.end_char, gazetteer)


def place_of_entry(e: Entry, text: str, start: int, end: int, gazetteer: Gazetteer) -> Place:
    """The Place a gazetteer entry gives the words `text` at [start, end)."""
    return Place(
        text=text,
        start=start,
        end=end,
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
        _drop_countries_before_town_heads(doc, live, gazetteer)
        _resolve(live, countries, doc)
        _province_named_for_town(live, gazetteer)
        _place_unlisted(live, gazetteer, doc)
        _place_in_stated_province(live, gazetteer)
        _place_in_stated_division(live)
        _place_strays(live, gazetteer)
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
