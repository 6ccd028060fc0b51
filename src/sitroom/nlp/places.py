"""Toponyms: recognize place names and resolve each to a gazetteer entry.

Recognition takes spaCy's GPE/LOC/FAC entities, then scans capitalized word sequences the model
left alone or mislabelled (ORG/PERSON) against the gazetteer, guarded against common words and
person names. Resolution ranks each mention's candidates by population and feature type, then
again with the article's context: the countries it names (directly or by demonym), the provinces
it names, and the places resolved near each other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span

from ..models import Location, Place
from .actors import load_actor_lexicon
from .gazetteer import Entry, Gazetteer, normalize_name
from .places_resolve import _ADMIN_WEIGHT, _Context, _Mention, _resolve, _score
from .places_words import (
    _APPOSED_AFTER,
    _APPOSED_HEADS,
    _CITY_OFFICES,
    _COORDINATORS,
    _DIVISION_WORDS,
    _EXTEND_JOINERS,
    _FACILITY_WORDS,
    _JOINERS,
    _KIND_BEFORE,
    _KIND_WORDS,
    _LIST_KINDS,
    _MISC_LABELS,
    _NO_LEFT,
    _NOT_PLACES,
    _OF_PLACE,
    _OFFICE_WORDS,
    _PARTIES,
    _PLACE_HEADS,
    _PLACE_PREPOSITIONS,
    _SPEECH_VERBS,
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


def _actor_tokens(starts: list[int], words: list[str], text: str) -> list[bool]:
    """Which tokens lie inside a known actor's name ("Islamic State West Africa Province")."""
    inside = [False] * len(words)
    if not words:
        return inside
    spans = [m.span() for m in _actor_pattern().finditer(text)]
    if not spans:
        return inside
    for t, (start, word) in enumerate(zip(starts, words, strict=True)):
        end = start + len(word)
        inside[t] = any(s <= start and end <= e for s, e in spans)
    return inside


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
    # Names already taken as places, for "one name, one sense" in the article.
    named = {m.query for m in mentions}
    # Two rounds: names with their own support first, then names supported only by the
    # countries the article is about (which the first round may add to).
    for with_context in (False, True):
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
            if top.country and top.kind in ("country", "province"):
                about[top.country] = about.get(top.country, 0) + 0.5
            if top.admin1 and top.kind == "province":
                about_a1.add(top.admin1)
    # Again for the names found by capitalization, which the model may also have cut short.
    _extend_names(mentions, words, starts, doc_text, names, taken, gazetteer)
    _town_of_city_offices(mentions, words, starts, doc_text, gazetteer)
    mentions.sort(key=lambda m: m.start)
    return mentions, countries


# Words a mention may grow by on each side to reach a longer listed name: two before ("Sault
# Ste. Marie", "Gun Barrel City"), three after ("Rio Grande do Sul"). Joiners that link two
# names ("and", "of") are left out on the right: "Guinea and Sierra Leone" is two places.
_EXTEND_LEFT = 2
_EXTEND_RIGHT = 3


def _extend_names(
    mentions: list[_Mention],
    words: list[str],
    starts: list[int],
    doc_text: str,
    names: list[bool],
    taken: list[bool],
    gazetteer: Gazetteer,
) -> None:
    """Grow a mention that is part of a longer name the gazetteer lists by its primary name.

    The model often labels only part of a multi-word name ("Barrel City" in "Gun Barrel City",
    "Guinea" in "Guinea-Bissau", "Concord" in "New Concord"); the part names another place.
    Only free capitalized words (and name-internal joiners such as "do", "-") are added.
    """
    n = len(words)
    options: list[tuple[_Mention, int, int, str]] = []
    for m in mentions:
        lefts = [m.start]
        k = m.start
        while k > 0 and len(lefts) <= _EXTEND_LEFT and not taken[k - 1]:
            if names[k - 1] and words[k - 1].lower() not in _NO_LEFT:
                k -= 1
            elif (
                # The period of an abbreviation the tokenizer split off ("Ste ." in "Sault
                # Ste. Marie").
                words[k - 1] == "."
                and k > 1
                and names[k - 2]
                and not taken[k - 2]
                and starts[k - 2] + len(words[k - 2]) == starts[k - 1]
            ):
                k -= 2
            else:
                break
            lefts.append(k)
        rights = [m.end]
        k = m.end
        while k < n and k - m.end < _EXTEND_RIGHT:
            if names[k] and not taken[k]:
                k += 1
            elif (
                words[k].lower() in _EXTEND_JOINERS
                and k + 1 < n
                and names[k + 1]
                and not taken[k]
                and not taken[k + 1]
            ):
                k += 2
            else:
                break
            rights.append(k)
        for i in lefts:
            for j in rights:
                if (i, j) != (m.start, m.end):
                    text = doc_text[starts[i] : starts[j - 1] + len(words[j - 1])]
                    options.append((m, i, j, normalize_name(text)))
    if not options:
        return
    found = gazetteer.lookup_many(q for *_, q in options)
    best: dict[int, tuple[int, int, str, list[tuple[Entry, bool]]]] = {}
    for m, i, j, query in options:
        cands = found.get(query)
        if not cands or not any(p for _, p in cands) or query in _NOT_PLACES:
            continue
        cur = best.get(id(m))
        if cur is None or j - i > cur[1] - cur[0]:
            best[id(m)] = (i, j, query, cands)
    for m in mentions:
        grown = best.get(id(m))
        if grown is None:
            continue
        i, j, query, cands = grown
        if any(taken[i : m.start]) or any(taken[m.end : j]):
            continue  # another mention grew into these words first
        taken[i:j] = [True] * (j - i)
        m.start, m.end, m.query, m.candidates, m.fuzzy = i, j, query, cands, False


def _town_of_city_offices(
    mentions: list[_Mention],
    words: list[str],
    starts: list[int],
    doc_text: str,
    gazetteer: Gazetteer,
) -> None:
    """Drop "City" from "<Town> City Council" when no city bears the longer name as its own.

    "Dublin City" alone is an Irish province's name and "San Fernando City" a Philippine city's
    alternate name; before a council or a manager, "City" is the office's word, and the town is
    the name before it. Cities named with "City" by their own name ("Kansas City", "Jersey
    City") keep it.
    """
    n = len(words)
    shrink = [
        m
        for m in mentions
        if m.end - m.start >= 2
        and words[m.end - 1].lower() == "city"
        and m.end < n
        and words[m.end].lower() in _CITY_OFFICES
        and not any(p and e.kind == "city" for e, p in m.candidates)
    ]
    if not shrink:
        return
    queries = {
        id(m): normalize_name(doc_text[starts[m.start] : starts[m.end - 2] + len(words[m.end - 2])])
        for m in shrink
    }
    found = gazetteer.lookup_many(queries.values())
    for m in shrink:
        cands = found.get(queries[id(m)])
        if cands:
            m.end -= 1
            m.query, m.candidates, m.hint = queries[id(m)], cands, None


@dataclass
class _View:
    doc: Doc
    ner_label: list[str | None]
    ner_iob: list[str]
    gazetteer: Gazetteer
    countries: dict[str, float]
    admin1s: set[str] = field(default_factory=set)  # provinces the article's places are in
    surnames: set[str] = field(default_factory=set)  # last names of the article's people
    named: set[str] = field(default_factory=set)  # names the article already uses as places
    # Token boundaries of the places found so far: a mention's start, and minus its end.
    edges: set[int] = field(default_factory=set)


def _apposed_kind(doc: Doc, j: int) -> bool:
    """Whether the name ending before token `j` is glossed as a place by an apposition: "Goma,
    the capital of North Kivu", "X, a town near the border"."""
    if j + 2 >= len(doc) or doc[j].text != "," or doc[j + 1].lower_ not in ("the", "a", "an"):
        return False
    for k in range(j + 2, min(len(doc), j + 6)):
        word = doc[k].lower_
        if word in _APPOSED_HEADS:
            # The kind word heads the phrase ("the capital of", "a town near"), not a modifier
            # ("the city council", "the town's mayor").
            # A distance may come between: "a town 25 km west of".
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            return nxt is None or nxt.is_punct or nxt.like_num or nxt.lower_ in _APPOSED_AFTER
        if doc[k].is_punct:
            return False
    return False


def _party_hometown(doc: Doc, i: int, j: int) -> bool:
    """Whether the name at [i, j) is a legislator's home after a party letter ("R-Fairfax")."""
    if i < 3 or doc[i - 1].text != "-" or doc[i - 2].text not in _PARTIES:
        return False
    if doc[i - 3].text not in (",", "("):
        return False
    return j == len(doc) or doc[j].text in (",", ")", ";", ".", "—", "–")


def _home_of_person(v: _View, i: int) -> bool:
    """Whether the name at `i` follows "<person> of" or "<person>, of", the news convention
    for where someone lives ("Theresa Smith of Jeannette", "said Amstutz, of Wooster")."""
    doc = v.doc
    if i < 2 or doc[i - 1].lower_ != "of":
        return False
    k = i - 2
    if doc[k].text == "," and k > 0:
        k -= 1
    return v.ner_label[k] == "PERSON"


def _route_end(v: _View, i: int) -> bool:
    """Whether the name at `i` ends a route "from <place> to <name>" ("from Grant County to
    Nitro"): a place found just after "from", a few words back."""
    doc = v.doc
    if i < 3 or doc[i - 1].lower_ != "to":
        return False
    for k in range(i - 2, max(0, i - 9), -1):
        if doc[k].lower_ == "from":
            return (k + 1) in v.edges
    return False


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
    if _party_hometown(doc, i, j) and any(
        e.country == "US" and e.kind in ("city", "district", "province") for e, _ in cands
    ):
        return True
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
    whole = (i == 0 or v.ner_iob[i] == "B") and (j == len(doc) or v.ner_iob[j] != "I")
    # One name, one sense: a whole name the article already uses as a place ("Goma" said
    # again at a sentence start, where the model took it for a person), unless it speaks.
    alone = (i == 0 or not _is_name_token(doc[i - 1])) and (
        j == len(doc) or not _is_name_token(doc[j])
    )
    # "Residents of Goma said": the speaker is the noun the preposition hangs from.
    governed = i > 0 and (doc[i - 1].lower_ in _PLACE_PREPOSITIONS or doc[i - 1].lower_ == "of")
    if (
        query in v.named
        and alone
        and (label is None or (whole and label in ("PERSON", "ORG")))
        and (governed or not (j < len(doc) and doc[j].lower_ in _SPEECH_VERBS))
    ):
        return True
    # A name the article already uses as a place, before the title of one of its offices
    # ("Avondale Mayor Ed Rieker", "the Monroe City Council", "Charles City Sheriff"): the
    # office is that place's, as "Roswell police" is.
    if (
        query in v.named
        and (i == 0 or not _is_name_token(doc[i - 1]))
        and j < len(doc)
        and doc[j].lower_ in _OFFICE_WORDS
    ):
        return True
    # A dateline: an upper-case name before a dash or parenthesis ("SPRINGFIELD - ..."), even
    # where the model read a person in it ("CLINTON —"), if it opens the sentence.
    dateline = (
        all(t.is_upper for t in tokens if t.is_alpha)
        and j < len(doc)
        and doc[j].text in ("-", "—", "–", "--", "(")
        and (label is None or tokens[0].is_sent_start or doc[i - 1].is_punct)
    )
    if dateline and any(e.population > 0 or e.kind == "district" for e, _ in cands):
        return True
    major = _major(cands)
    in_context = with_context and any(e.country in v.countries for e, _ in cands)
    # Coordinated with a place ("Gainesville and Lindsay", "Newark, Heath and Pataskala"):
    # names listed together are of one kind, and lie together, so a reading in one of the
    # provinces the article's places are in.
    coordinated = (i >= 2 and doc[i - 1].lower_ in _COORDINATORS and -(i - 1) in v.edges) or (
        j + 1 < len(doc) and doc[j].lower_ in _COORDINATORS and (j + 1) in v.edges
    )
    if (
        coordinated
        and with_context
        and any(p and e.admin1 in v.admin1s and e.kind in ("city", "district") for e, p in cands)
        and not (j < len(doc) and doc[j].lower_ in _SPEECH_VERBS)
    ):
        return True
    said_kind = _KIND_WORDS.get(doc[j].lower_) if j < len(doc) else None
    said_kind = said_kind or _list_kind(doc, j)
    kind_said = said_kind is not None and any(
        e.kind == said_kind or e.kind in ("province", "district") for e, _ in cands
    )
    kind_said = kind_said or _apposed_kind(doc, j)
    # A kind word before the name says it too: "the town of X", "a village called X".
    kind_said = kind_said or (
        i >= 2
        and doc[i - 1].lower_ in ("of", "called", "named")
        and doc[i - 2].lower_ in _KIND_BEFORE
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
            or _home_of_person(v, i)
            or _route_end(v, i)
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
    # The name opens the entity, or follows its opening "the" ("the Butler County Coroner").
    opens = (
        i == 0 or v.ner_iob[i] == "B" or (v.ner_iob[i - 1] == "B" and doc[i - 1].lower_ == "the")
    )
    # "Laurel County Clerk", "the Butler County Coroner": a division by its own kind word, at
    # the start of an organization or a facility's name.
    if (
        label in ("ORG", "FAC", "PERSON")
        and opens
        and (
            doc[j - 1].lower_ in _DIVISION_WORDS
            # The gazetteer lists the county by its bare name ("Lancashire County Council").
            or (j < len(doc) and doc[j].lower_ in _DIVISION_WORDS)
        )
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
                and (
                    local
                    or in_context
                    and any(p and e.population >= 20_000 for e, p in cands)
                    # Its own police or camps ("the Grand Ledge Police Department").
                    or (modifies and in_context and any(p for _, p in cands))
                )
            )
        )
    if label in ("GPE", "LOC") and not whole:
        # Part of a place entity that has no entry as a whole ("North Texas", "Guernsey
        # County Sheriff"): the model said place, the gazetteer agrees on this part.
        return major or kind_said or local or in_context and any(p for _, p in cands)
    if label == "FAC" and whole:
        # A town the model took for a facility ("the town of Mbanza Congo", "at Cattai").
        return major or local or kind_said or (after_preposition and in_context)
    if label == "FAC" and opens:
        return major or local
    if label in _MISC_LABELS and whole:
        # A place the model took for a product, work, event or group ("in Winnipeg" as
        # PRODUCT): as strict as for a mislabelled person, never a speaker.
        if j < len(doc) and doc[j].lower_ in _SPEECH_VERBS:
            return False
        if label == "NORP" and not kind_said and j < len(doc) and doc[j].pos_ == "NOUN":
            return False  # a group's adjective before its noun ("Saudi clerics")
        return major or kind_said or before_region or (after_preposition and in_context)
    if label is not None:
        return False
    # No entity: sentence-initial words are capitalized anyway, and surnames outnumber towns.
    if tokens[0].is_sent_start:
        return major or local or _apposed_kind(doc, j)
    return major or kind_said or before_region or (after_preposition and in_context)


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
    _place_unlisted(mentions, gazetteer)
    return [_place(doc, m, gazetteer) for m in mentions]


# Below this population, a town reached only by an alternate spelling in a country the article
# never names is taken for an unlisted place (fixed a priori: the shipped gazetteer keeps towns
# of 500 and more, so a namesake abroad this small is as obscure as the village it hides).
_UNLISTED_MAX_POPULATION = 5_000


def _place_unlisted(mentions: list[_Mention], gazetteer: Gazetteer) -> None:
    """Place at the article's own province a name whose only readings are small towns abroad.

    A name the gazetteer has by no primary name, whose reading is a small town or district in a
    country none of the article's other places is in, is likelier a village the gazetteer lacks
    ("Tawila" in an article about North Darfur is not a Yemeni hamlet once spelled so). As ACLED
    codes a location it cannot find, it takes the province the article's other places name
    most, which `to_location` gives geo_precision 3.
    """
    for m in mentions:
        e = m.best
        if e is None or e.kind not in ("city", "district"):
            continue
        if e.population >= _UNLISTED_MAX_POPULATION or any(p for _, p in m.candidates):
            continue
        others = [o.best for o in mentions if o.query != m.query and o.best is not None]
        if not others or any(o.country == e.country for o in others):
            continue
        weights: dict[str, float] = {}
        for o in others:
            if o.admin1:
                weights[o.admin1] = weights.get(o.admin1, 0.0) + _ADMIN_WEIGHT.get(o.kind, 0.0)
        code = max(weights, key=weights.__getitem__, default=None)
        # As in the ranking, a province the article names once, or two towns of it.
        if code is None or weights[code] < 1.0:
            continue
        province = gazetteer.admin_entry(code)
        if province is not None:
            m.best = province


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
        _place_unlisted(live, gazetteer)
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
