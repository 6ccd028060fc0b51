"""Toponym plausibility: when a capitalized or mislabelled name is taken for a place."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from .gazetteer import Entry, Gazetteer
from .places_words import (
    _APPOSED_AFTER,
    _APPOSED_HEADS,
    _COORDINATORS,
    _DIVISION_WORDS,
    _FACILITY_WORDS,
    _KIND_BEFORE,
    _KIND_WORDS,
    _LIST_KINDS,
    _MISC_LABELS,
    _NOT_PLACES,
    _OF_PLACE,
    _OFFICE_WORDS,
    _PARTIES,
    _PEOPLE_HEADS,
    _PLACE_HEADS,
    _PLACE_PREPOSITIONS,
    _SPEECH_VERBS,
)


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


# Facility words after which a town's name is often not where the facility is.
_NAMESAKE_FACILITIES = {
    "street",
    "road",
    "avenue",
    "drive",
    "lane",
    "boulevard",
    "university",
    "college",
    "mall",
    "house",
}


# Titles a person's name follows ("governor Uba Sani", "spokesman Ali Musa").
_PERSON_TITLES = frozenset(
    "governor spokesman spokeswoman spokesperson commander president minister mayor envoy "
    "ambassador chairman adviser advisor senator lawmaker gen. general".split()
)

# Nouns an outlet's name follows ("news agency SANA", "broadcaster NTV").
_MEDIA_NOUNS = frozenset(
    "agency broadcaster newspaper daily tabloid channel outlet website magazine radio".split()
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
    if i > 0 and doc[i - 1].lower_ in _PERSON_TITLES:
        return False  # "state governor Uba Sani": a person's name after a title
    if i > 0 and doc[i - 1].lower_ in _MEDIA_NOUNS:
        return False  # "the state news agency SANA": an outlet's name, not Sanaa
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
        if v.ner_label[i] not in ("ORG", "FAC", None):
            return False
        if local:
            return True
        # Or a sizeable town of the article's countries opening the name of its school,
        # hospital or hall ("Middletown High School", "Hartford Hospital"); not a street
        # ("Dublin Road") nor a university, named after places far away as often as not
        # ("Columbia University").
        return (
            with_context
            and doc[j].lower_ not in _NAMESAKE_FACILITIES
            and (i == 0 or not _is_name_token(doc[i - 1]))
            and any(p and e.country in v.countries and e.population >= 5_000 for e, p in cands)
        )
    if i > 0 and doc[i - 1].lower_.rstrip(".") in ("mr", "mrs", "ms", "dr", "sen", "rep", "gov"):
        return False
    if j - i == 1 and query in v.surnames and not _major(cands):
        return False
    label = v.ner_label[i]
    if label in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"):
        return False
    # The entity is the name, give or take a possessive it swallowed, for a country ("Sri
    # Lanka's former president" read as a person; not "McDonald's").
    ends = j == len(doc) or v.ner_iob[j] != "I"
    ends = ends or (
        doc[j].lower_ in ("'s", "’s")
        and (j + 1 == len(doc) or v.ner_iob[j + 1] != "I")
        and any(p and e.kind == "country" for e, p in cands)
    )
    whole = (i == 0 or v.ner_iob[i] == "B") and ends
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
    # A town before the title of one of its offices ("East Bank Mayor Chuck Blair", "DuPage
    # Sheriff John Zaruba") with a reading in the article's provinces or countries, as a town
    # modifying its police is.
    if (
        with_context
        and (i == 0 or not _is_name_token(doc[i - 1]))
        and j < len(doc)
        and doc[j].lower_ in _OFFICE_WORDS
        and (local or any(p and e.country in v.countries for e, p in cands))
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
    # Twin towns joined by a hyphen ("Fargo-Moorhead", "Watertown-Mayer").
    coordinated = coordinated or (
        i >= 2
        and doc[i - 1].text == "-"
        and not doc[i - 2].whitespace_
        and not doc[i - 1].whitespace_
        and -(i - 1) in v.edges
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
    modifies = j < len(doc) and (doc[j].lower_ in _PLACE_HEADS or doc[j].text in _PEOPLE_HEADS)
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
            # speaker ("McKinney said"), unless a preposition governs it ("residents of a
            # village about 15 km from Bocaranga said").
            if j < len(doc) and doc[j].lower_ in _SPEECH_VERBS and not governed:
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
            # The same reading in the article's countries and of the size asked.
            return (
                label == "ORG"
                and with_context
                and any(
                    p
                    and e.country in v.countries
                    and (e.kind == "district" or e.population >= 5_000)
                    for e, p in cands
                )
            )
        # A town closing an organization's name after "in" ("St. John's Lutheran School in
        # Lombard"): where the organization is, as after "in" outside a name. Not after "of",
        # which closes offices named after their field ("Chamber of Commerce", "Department of
        # Justice": both towns too).
        closes = (j == len(doc) or v.ner_iob[j] != "I") and doc[i - 1].lower_ == "in"
        if closes and (local or in_context and any(p for _, p in cands)):
            return True
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
        if label == "NORP" and said_kind is None and j < len(doc) and doc[j].pos_ == "NOUN":
            # A group's adjective before its noun ("Saudi clerics"), not before a kind of
            # place ("the Belgorod region").
            return False
        return major or kind_said or before_region or (after_preposition and in_context)
    if label in ("WORK_OF_ART", "PRODUCT", "EVENT", "LAW") and not whole:
        # Places run together into one such name ("the town of Macomia in Mozambique's Cabo
        # Delgado" as a work of art): each part that is a major place or says its kind.
        return major or kind_said
    if label is not None:
        return False
    # No entity: sentence-initial words are capitalized anyway, and surnames outnumber towns.
    if tokens[0].is_sent_start:
        return major or local or _apposed_kind(doc, j)
    return major or kind_said or before_region or (after_preposition and in_context)
