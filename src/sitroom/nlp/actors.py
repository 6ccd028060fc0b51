"""Actors: persons, groups and outlets with kind, roles and aliases, one per real entity."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc

from ..models import Actor, Place, Role
from .doctext import dateline_end, outlet_spans
from .gazetteer import load_gazetteer, normalize_name
from .places_words import IN_DIVISION

ACTORS_FILE = "actors-v1.json"

_APOS = "'’"
_STOP_INITIALS = {"of", "the", "and", "for", "in", "de", "al", "el", "e"}
_NAME_TOKEN = r"[A-Z][\w'’-]*"
# "Long Name (ACR)": the acronym defined in text.
_ACRONYM_DEF = re.compile(
    rf"({_NAME_TOKEN}(?:\s+(?:of|the|and|for|al|de|{_NAME_TOKEN}))*)\s+\(([A-Z][A-Za-z0-9-]{{1,9}})\)"
)
# The bodies that speak for a country's armed forces ("Russia's defence ministry"): a
# statement of theirs is the military's, though its speaker keeps the body's name.
_SPEECH_BODIES = r"general staff|defen[cs]e ministry|ministry of defen[cs]e"
SPEECH_BODY = re.compile(rf"\b(?:{_SPEECH_BODIES})\b", re.IGNORECASE)
_CAPITALIZED = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")
_NATIONAL_FORCE = re.compile(
    r"\s+(?:(?:government|security|armed|special|regular|revolutionary|border|national)\s+)?"
    r"(army|military|troops|soldiers|forces|police|gendarm(?:es|erie)|guards?|units|servicemen|"
    r"(?<=border )service|"
    rf"paratroopers|marines|commandos|navy|air\s+force|{_SPEECH_BODIES}|"
    # What a state's forces field: "an Israeli armoured vehicle", "a Russian drone".
    r"(?:armou?red\s+)?(?:vehicles?|tanks?|patrols?|convoys?|drones?|jets?|warplanes?|"
    r"helicopters?|gunboats?|warships?|aircraft|artillery|missiles?)|shelling|bombardment)\b",
    re.IGNORECASE,
)
# Who writes or speaks about a force without being of it: "a Russian military blogger".
_OBSERVER = re.compile(
    r"\s+(?:bloggers?|analysts?|experts?|journalists?|correspondents?|historians?|observers?|"
    r"commentators?|reporters?|writers?|researchers?)\b",
    re.IGNORECASE,
)
# What a country does with its arms, as the subject of the verb.
_ARMS_VERBS = frozenset("launch fire strike attack shell bomb target pound".split())
# A band's name before its kind word: "the Gran Grif gang".
_NAMED_BAND = re.compile(
    r"(?<![\w'’-])((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)\s+(gang|militia|cartel)\b"
)
# A nation's weapons, which its armed forces use: "an Israeli airstrike", "Ukrainian drones".
_NATIONAL_WEAPON = re.compile(
    r"\s+(?:[A-Za-z]{1,4}-\d{1,3}[A-Za-z]?\s+)?"  # "Iraqi F-16 jets", "Russian Su-25 planes"
    r"(?:air|drone|missile|artillery|rocket|fighter|military|navy|naval)?\s*"
    r"(?:air\s?strikes?|drones?|missiles?|warplanes?|jets?|helicopters?|gunships?|shelling|"
    r"artillery|bombardments?|strikes?|shells?|warships?|(?:(?:guided|glide|aerial)\s){0,2}bombs?|"
    r"bombers?|aircraft|planes?|glide bombs?|KABs?|tanks?|bulldozers?|armou?red vehicles?)\b",
    re.IGNORECASE,
)
# A country's own forces after its name: "Burkina Faso's army", "Kenya’s police", "US soldiers".
_COUNTRY_FORCE = re.compile(r"(?:['’]s)?" + _NATIONAL_FORCE.pattern, re.IGNORECASE)
# A force named before its country: "the border troops of Tajikistan's ...".
_FORCE_OF = re.compile(
    r"\b(?:the\s+)?(?:border\s+(?:service|troops|guards?|police)|(?:(?:armed|security|national)\s+)?"
    r"(?:army|troops|forces|guards|police))\s+of\s+$",
    re.IGNORECASE,
)
_POLICE = frozenset({"police", "policemen", "police officers"})
# The police as who acts, not a building of theirs ("the police headquarters had fallen").
_POLICE_WORDS = re.compile(
    r"\b(?:police(?:men| officers)?)\b(?!\s+(?:headquarters|stations?|posts?|checkpoints?|"
    r"compounds?|buildings?|academy|barracks|offices?)\b)",
    re.IGNORECASE,
)
# What a body issues in its own name: "a military statement said" is the military speaking.
_STATEMENT_NOUNS = r"statements?|communiqu[eé]s?"
# Of the article's places, the share one country must hold for "the army" to be its army.
_ONE_COUNTRY = 0.75
# Words that may stand before a bare surname without being part of a name ("Dr Sani").
_HONORIFICS = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "gen", "general", "col", "colonel", "maj", "major",
    "capt", "captain", "lt", "lieutenant", "sgt", "sergeant", "cpl", "brig", "president",
    "minister", "governor", "commander", "sheikh", "imam", "pastor", "father", "judge",
    "brigadier", "corporal", "admiral", "marshal", "air", "vice", "rear", "field", "lt-col",
}  # fmt: skip
# Ranks and honorifics between a role title and the name: "army spokesman Major X".
_RANKS = (
    r"(?:(?:"
    + "|".join(sorted(map(re.escape, _HONORIFICS), key=len, reverse=True))
    + r")\.?\s+){0,3}"
)
_ROLE_OBJECT = re.compile(
    rf"(?:the\s+)?({_NAME_TOKEN}(?:\s+(?:of|and|for|the)?\s*{_NAME_TOKEN})*)(\s+party)?"
)


@dataclass(frozen=True)
class ActorLexicon:
    """The versioned actor data: known actors, platforms and the word lists that give kinds."""

    known: tuple[dict[str, Any], ...]
    platforms: frozenset[str]
    words: dict[str, tuple[str, ...]]
    group_heads: frozenset[str]
    titles: tuple[str, ...]
    generic_armed: tuple[str, ...] = ()
    generic_modifiers: tuple[str, ...] = ()
    generic_state: tuple[str, ...] = ()
    affiliations: tuple[str, ...] = ()
    force_names: dict[str, str] = field(default_factory=dict)
    country_short: dict[str, str] = field(default_factory=dict)


@cache
def load_actor_lexicon() -> ActorLexicon:
    """Load the actor list shipped in `sitroom/data` (once per process)."""
    raw = json.loads(
        resources.files("sitroom").joinpath("data", ACTORS_FILE).read_text(encoding="utf-8")
    )
    words = {
        kind: tuple(raw[key])
        for kind, key in (
            ("outlet", "outlet_words"),
            ("political party", "party_words"),
            ("state forces", "state_words"),
            ("armed group", "armed_words"),
            ("insurgent", "insurgent_words"),
            ("government", "government_words"),
            ("organization", "org_words"),
        )
    }
    return ActorLexicon(
        known=tuple(raw["actors"]),
        platforms=frozenset(raw["platforms"]),
        words=words,
        group_heads=frozenset(raw["group_heads"]),
        titles=tuple(sorted(raw["role_titles"], key=len, reverse=True)),
        generic_armed=tuple(raw.get("generic_armed_heads", ())),
        generic_modifiers=tuple(raw.get("generic_armed_modifiers", ())),
        generic_state=tuple(raw.get("generic_state", ())),
        affiliations=tuple(raw["affiliation_words"]),
        force_names=dict(raw["state_force_names"]),
        country_short=dict(raw["country_short_names"]),
    )


@dataclass
class _Entity:
    name: str
    kind: str
    known: bool = False
    names: set[str] = field(default_factory=set)
    aliases: list[str] = field(default_factory=list)
    mentions: set[tuple[int, int]] = field(default_factory=set)
    roles: list[tuple[str, _Entity]] = field(default_factory=list)
    merged_into: _Entity | None = None

    def root(self) -> _Entity:
        ent = self
        while ent.merged_into is not None:
            ent = ent.merged_into
        return ent

    def add_alias(self, alias: str) -> None:
        if alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)


def clean_name(text: str) -> str:
    """A mention's text without a leading "the", a possessive ending or edge punctuation."""
    name = text.strip().strip(',.;:"“”()[]')
    name = re.sub(r"^(?:the|The|THE)\s+", "", name)
    name = re.sub(rf"[{_APOS}]s$", "", name)
    # "Residents of", a parser's entity cut short at a dateline or place: no name ends so.
    name = re.sub(r"(?:\s+(?:of|the|and|in|for|from|at|to))+$", "", name)
    return name.strip()


def _initials(name: str) -> str:
    words = re.split(r"[\s-]+", name)
    return "".join(w[0] for w in words if w and w.lower() not in _STOP_INITIALS).upper()


# The word lists in the order they decide a name's kind: a rebel word outranks "Army" (the
# Kachin Independence Army), which outranks a group word ("Israel Defense Forces").
_KIND_ORDER = (
    ("outlet", "outlet"),
    ("political party", "political party"),
    ("insurgent", "armed group"),
    ("state forces", "state forces"),
    ("government", "government"),
    ("armed group", "armed group"),
    ("organization", "organization"),
)


# Head words that, alone, name a state's force.
_STATE_HEADS = frozenset({"army", "military", "police", "navy", "gendarmerie"})


def kind_of_name(name: str, *, label: str | None = None) -> str:
    """The contract kind a name's own words suggest ("... Press" outlet, "... Front" armed group).

    Args:
        name: a cleaned name.
        label: the spaCy entity label, if any ("PERSON", "ORG", ...).

    Returns:
        One of the contract's actor kinds; "person" for plain personal names.
    """
    lex = load_actor_lexicon()
    for words, kind in _KIND_ORDER:
        if any(re.search(rf"\b{re.escape(w)}\b", name) for w in lex.words[words]):
            return kind
    tokens = name.split()
    if label == "PERSON" or (
        2 <= len(tokens) <= 3 and all(re.fullmatch(r"[A-Z][a-z'’-]+", t) for t in tokens)
    ):
        return "person"
    return "organization"


class _Registry:
    def __init__(self) -> None:
        self.entities: list[_Entity] = []
        self.by_name: dict[str, _Entity] = {}

    def get(self, name: str) -> _Entity | None:
        ent = self.by_name.get(name.lower())
        return ent.root() if ent else None

    def add(self, name: str, kind: str, *, known: bool = False) -> _Entity:
        found = self.get(name)
        if found is not None:
            return found
        ent = _Entity(name=name, kind=kind, known=known, names={name})
        self.entities.append(ent)
        self.by_name[name.lower()] = ent
        return ent

    def alias(self, ent: _Entity, name: str) -> None:
        ent = ent.root()
        other = self.get(name)
        if other is not None and other is not ent:
            self.merge(ent, other)
            return
        ent.names.add(name)
        ent.add_alias(name)
        self.by_name[name.lower()] = ent

    def merge(self, keep: _Entity, gone: _Entity) -> None:
        keep, gone = keep.root(), gone.root()
        if keep is gone:
            return
        gone.merged_into = keep
        keep.names |= gone.names
        for n in [gone.name, *gone.aliases]:
            keep.add_alias(n)
            self.by_name[n.lower()] = keep
        keep.mentions |= gone.mentions
        keep.roles.extend(gone.roles)
        keep.known = keep.known or gone.known

    def live(self) -> list[_Entity]:
        return [e for e in self.entities if e.merged_into is None]


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


# Kinds whose own words ("Army", "Front", "Party") make a name that holds a place a group's.
_NAMED_GROUP_KINDS = frozenset({"armed group", "state forces", "political party", "outlet"})
# "the village of Kfar Tibnit", "residents who fled to Myawaddy": the parser may take the
# name for a person's.
_PLACE_OF = re.compile(
    r"\b(?:(?:town|village|city|district|province|region|camp|port|hamlet|settlement|"
    r"neighbourhood|neighborhood|suburb)\s+(?:of|near|close to|outside)|"
    r"(?:fled|escaped|flee|fleeing)\s+(?:to|from|into))"
    r"\s+$",
    re.IGNORECASE,
)


# Another name of what was just named: "Kobani, also known as Ayn al-Arab", "Glushkovo, or
# Hlushkove in Ukrainian".
_ALSO_NAMED = re.compile(
    r",?\s+(?:(?:also|otherwise|locally)\s+)?(?:(?:known|spelled|spelt|called)\s+as|or|also)\s+$"
)


def _another_name_of(text: str, start: int, place_spans: list[tuple[int, int]]) -> bool:
    """Whether a name right after a place gives that place's other name."""
    m = _ALSO_NAMED.search(text, max(0, start - 40), start)
    return m is not None and any(e == m.start() for _s, e in place_spans)


def _after_place_word(text: str, start: int) -> bool:
    """Whether a name follows "the town of" or "fled to" (a place's name, whatever the parser
    read)."""
    return _PLACE_OF.search(text, max(0, start - 30), start) is not None


def _named_as_place(name: str, text: str, places: list[Place], *, called: bool = True) -> bool:
    """Whether the article reads a name as a place somewhere: the places stage found it, or
    (with `called`) the text calls it one ("the town of Mozogo")."""
    if any(p.text == name for p in places):
        return True
    return called and any(
        _after_place_word(text, m.start()) or _PLACED_AFTER.match(text, m.end()) is not None
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
    )


# A name the words after it place: "Pensa, in Sanmatenga province", "near Kanbauk in Yebyu
# township", "Hees, a farming village".
_PLACED_AFTER = re.compile(
    rf"{IN_DIVISION.replace(',', ',?', 1)}|,\s+(?:an?|another)\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:village|town|hamlet|locality|settlement)\b"
)


def _inside_longer_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a known name is the tail of a longer organisation's name: "Ta'ang National
    Liberation Army" is not the National Liberation Army. A leading "the" or a country's
    possessive ("Colombia's National Liberation Army") is no part of a name, nor is a
    dateline or "suspected" ("MAROUA - Suspected Boko Haram fighters")."""
    dateline = dateline_end(doc)
    for ent in doc.ents:
        if ent.label_ == "ORG" and ent.start_char < start and end <= ent.end_char:
            lead = doc.text[max(ent.start_char, dateline) : start]
            lead = re.sub(r"^\s*(?:the|The|[Ss]uspected|[Aa]lleged)\s+", "", lead).strip()
            return bool(lead) and not re.search(rf"[{_APOS}]s?$", lead)
    return False


def _known_patterns() -> list[tuple[re.Pattern[str], dict[str, Any]]]:
    pats = []
    for entry in load_actor_lexicon().known:
        for name in (entry["name"], *entry["aliases"]):
            # Short acronyms ("IS", "AA", "LeT", "JeM") only match as written ("let out" is no
            # group); names ignore case.
            acronym = len(name) <= 4 and sum(c.isupper() for c in name) >= 2
            flags = 0 if (name.isupper() and len(name) <= 4) or acronym else re.IGNORECASE
            pats.append((re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", flags), entry))
    return pats


@cache
def _compiled_known() -> list[tuple[re.Pattern[str], dict[str, Any]]]:
    return _known_patterns()


def extract_actors(doc: Doc, *, places: list[Place]) -> list[Actor]:
    """Every actor named in `doc`: persons, groups and outlets, one per real entity.

    Mentions come from spaCy's entities, the known-actor list, acronyms defined in the text and
    descriptive group phrases ("the resistance forces") whose modifier names a group found
    elsewhere. Kinds come from the known list, the name's own words and context ("X reported").

    Args:
        doc: a parsed article body (entities used if the pipeline has NER).
        places: toponyms already found, so places are not taken as actors.

    Returns:
        Actors in order of first mention, with aliases, roles and mention offsets.
    """
    lex = load_actor_lexicon()
    text = doc.text
    reg = _Registry()
    place_spans = [(p.start, p.end) for p in places]
    taken: list[tuple[int, int]] = []

    def mention(ent: _Entity, start: int, end: int) -> None:
        ent.root().mentions.add((start, end))
        taken.append((start, end))

    # 0. The article's own outlet, where it names itself ("the Levant Dispatch found").
    for start, end in outlet_spans(doc):
        name = clean_name(text[start:end])
        mention(reg.get(name) or reg.add(name, "outlet", known=True), start, end)

    # 1. Known actors and their aliases, the longest match first: "Islamic State West Africa
    # Province" is not "Islamic State" followed by a place.
    # An acronym the article defines is that name's alone: "Ambazonia Defence Forces (ADF)" in
    # Cameroon is not the Allied Democratic Forces of Congo, whose acronym it also is.
    found = [(m, entry) for pattern, entry in _compiled_known() for m in pattern.finditer(text)]
    defined = {
        d.group(2): entry["name"]
        for d in _ACRONYM_DEF.finditer(text)
        for m, entry in found
        if m.end() == d.end(1) and m.group(0) != d.group(2)
    }
    for m, entry in sorted(found, key=lambda x: (x[0].start(), -x[0].end())):
        if _overlaps(m.start(), m.end(), taken) or _inside_longer_name(doc, m.start(), m.end()):
            continue
        if defined.get(m.group(0), entry["name"]) != entry["name"]:
            continue
        ent = reg.add(entry["name"], entry["kind"], known=True)
        if m.group(0) != entry["name"]:
            ent.add_alias(m.group(0))
        mention(ent, m.start(), m.end())

    # 2. Acronyms defined in text: "National Resistance Front (NRF)".
    acronyms: dict[str, _Entity] = {}
    for m in _ACRONYM_DEF.finditer(text):
        long_name, acr = clean_name(m.group(1)), m.group(2)
        initials = _initials(long_name)
        head, _, tail = acr.partition("-")
        # "Mandalay People's Defence Force (MDY-PDF)": a place's short name, then the
        # initials of the rest.
        place_led = bool(tail) and initials.endswith(tail.upper()) and long_name[:1] == head[:1]
        # "Movement of Democratic Forces of Casamance (MFDC)": the initials in another
        # language's order.
        reordered = sorted(acr.upper()) == sorted(initials.upper())
        if not (initials.startswith(acr[:2].upper()) or place_led or reordered):
            continue
        long_start = m.start(1) + m.group(1).find(long_name)
        # A known actor's other spelling ("Defence" for "Defense") was read in 1 at its place.
        ent = reg.get(long_name) or reg.get(acr) or _entity_at(reg, long_start)
        if ent is None:
            ent = reg.add(long_name, kind_of_name(long_name))
        else:
            reg.alias(ent, long_name)
        reg.alias(ent, acr)
        acronyms[acr] = ent
        mention(ent, long_start, long_start + len(long_name))
        mention(ent, m.start(2), m.end(2))
    # Later uses of a hyphenated acronym, which the parser splits ("MDY-PDF fighters").
    for acr, ent in acronyms.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(acr)}(?![\w-])", text) if "-" in acr else ():
            if not _overlaps(m.start(), m.end(), taken):
                mention(ent, m.start(), m.end())

    # 3. A country's own forces, before the parser's entities, which may cut them short
    # ("Iran's Revolutionary Guards"): "Burkina Faso's army", "Kenya's police"; and a country
    # that fires or strikes ("Russia launched 140 drones at Ukraine"), its military.
    for place in places:
        if place.kind != "country":
            continue
        m = _COUNTRY_FORCE.match(text, place.end)
        if m is not None and not _overlaps(place.start, m.end(), taken):
            name = _force_name(place.country, m.group(1), lex)
            if name is not None:
                ent = reg.add(name, "state forces")
                ent.add_alias(text[place.start : m.end()])
                mention(ent, place.start, m.end())
                continue
        # "The border troops of Tajikistan's State Committee", "the armed forces of Ukraine".
        before = _FORCE_OF.search(text, max(0, place.start - 40), place.start)
        if before is not None and not _overlaps(before.start(), place.end, taken):
            head = "police" if "police" in before.group(0).lower() else "army"
            name = _force_name(place.country, head, lex)
            if name is not None:
                mention(reg.add(name, "state forces"), before.start(), place.end)
                continue
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None or _overlaps(place.start, place.end, taken):
            continue
        if span.root.dep_ == "nsubj" and span.root.head.lemma_.lower() in _ARMS_VERBS:
            name = _force_name(place.country, "army", lex)
            if name is not None:
                mention(reg.add(name, "state forces"), place.start, place.end)

    def national_force(name: str, iso2: str | None, start: int, end: int) -> bool:
        """A nationality's forces ("Sudanese army", "Nigerien soldiers") as state forces."""
        m = _NATIONAL_FORCE.match(text, end)
        if m is None or _OBSERVER.match(text, m.end()) or _overlaps(start, m.end(), taken):
            return False  # "a Russian military blogger" writes about the military
        # ACLED names a gendarmerie among a country's police forces.
        head = "police" if m.group(1).lower().startswith(("police", "gendarm")) else "army"
        ent = reg.add(_force_name(iso2, head, lex) or f"{name} {head}", "state forces")
        phrase = text[start : m.end()]
        if phrase.lower() != ent.name.lower():
            ent.add_alias(phrase)
        mention(ent, start, m.end())
        return True

    # 3a. A known nationality before a force's word that the parser missed ("Nigerien soldiers"
    # reads as a person, "Malian troops" as nothing); what it tagged a group or a nationality
    # is read in 3b, as tagged.
    demonyms = load_gazetteer().demonyms
    tagged = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in {"ORG", "NORP", "GPE"}]
    for m in _CAPITALIZED.finditer(text):
        iso2 = demonyms.get(normalize_name(m.group(0)))
        if iso2 is None or _after_place_word(text, m.start()):
            continue
        if not _overlaps(m.start(), m.end(), tagged):
            national_force(m.group(0), iso2, m.start(), m.end())

    # 3b. Named entities from the parser.
    singles: list[tuple[str, int, int, str]] = []
    dateline = dateline_end(doc)
    for span in doc.ents:
        if span.label_ not in {"PERSON", "ORG", "NORP", "GPE", "FAC"}:
            continue
        if span.start_char < dateline < span.end_char:
            # "MANDALAY - Resistance forces", "KHARKIV, Ukraine - Russian bombs": the dateline
            # is no part of a name.
            span = (
                doc.char_span(dateline, span.end_char, label=span.label_, alignment_mode="contract")
                or span
            )
        if _overlaps(span.start_char, span.end_char, taken):
            continue
        name = clean_name(span.text)
        kind_text = name
        if name.count("(") > name.count(")"):
            # "RED-Tabara (Resistance for the Rule of Law", a parser's entity cut inside the
            # name spelled out after it: the name is what comes before, its kind what the
            # spelled-out name says.
            name, kind_text = clean_name(name[: name.index("(")]), name
        start = span.start_char + span.text.find(name)
        end = start + len(name)
        if not name or "@" in name or "http" in name or name in lex.platforms:
            continue
        if not name[0].isupper() or _after_place_word(text, start):
            continue
        if _another_name_of(text, start, place_spans):
            continue  # "Kobani, also known as Ayn al-Arab": the town's other name
        if _overlaps(start, end, place_spans) and (
            # "Kachin Independence Army" holds a place's name, but a group's word makes it a
            # group's name.
            span.label_ != "ORG" or kind_of_name(name) not in _NAMED_GROUP_KINDS
        ):
            continue
        iso2 = load_gazetteer().demonyms.get(normalize_name(name))
        # The parser tags a nationality that opens a sentence as a place at times, a
        # nationality it does not know as a person ("Tajik troops"), and one after a dateline
        # as a group with it ("BAMAKO - Malian troops").
        if span.label_ == "NORP" or (span.label_ in ("GPE", "PERSON", "ORG") and iso2 is not None):
            # "Sudanese army", "Nigerian soldiers": the state forces of that nation.
            if (
                not national_force(name, iso2, start, end)
                and _NATIONAL_WEAPON.match(text, end)
                and not _overlaps(start, end, taken)
            ):
                # "An Israeli airstrike": the nation's military did it (the name alone is
                # the mention, so the weapon stays the event's trigger).
                force = _force_name(iso2, "army", lex)
                if force is not None:
                    mention(reg.add(force, "state forces"), start, end)
            continue
        if span.label_ in {"GPE", "FAC"}:
            continue  # nationalities and places are actors only through the known list
        if len(name.split()) == 1 and kind_text == name:
            singles.append((name, start, end, span.label_))
            continue
        ent = reg.get(name)
        if ent is None:
            ent = reg.add(name, kind_of_name(kind_text, label=span.label_))
        mention(ent, start, end)

    # 3c. Bands named by their kind word, which the parser rarely tags: "the Gran Grif gang",
    # "the Fano militia" (ACLED's "Gran Grif Gang").
    for m in _NAMED_BAND.finditer(text):
        start, words = m.start(1), m.group(1).split()
        if words[0] in ("The", "A", "An"):
            # "The Gran Grif gang" opening a sentence: the name is what follows the article.
            words = words[1:]
            start = m.start(1) + m.group(1).index(words[0]) if words else m.end(1)
        if not words or _overlaps(start, m.end(), taken):
            continue
        if _overlaps(start, m.end(1), place_spans):
            continue  # "a Kivu militia": where it is from, not its name
        name = f"{' '.join(words)} {m.group(2).title()}"
        ent = reg.get(name) or reg.add(name, "armed group")
        mention(ent, start, m.end())

    # 4. Extended names: "National Resistance Front of Afghanistan" is "National Resistance Front".
    ents = sorted(reg.live(), key=lambda e: len(e.name))
    for i, short in enumerate(ents):
        for long in ents[i + 1 :]:
            if short.root() is long.root() or short.kind == "person":
                continue
            if long.name.startswith(short.name + " of ") or long.name.startswith(
                short.name + " in "
            ):
                reg.merge(short, long)

    # 5. Single-word names: a person's surname, an acronym of a group, or a name in its own right.
    persons = [e for e in reg.live() if e.kind == "person"]
    for name, start, end, label in singles:
        ent = reg.get(name)
        if ent is None:
            ent = next((p for p in persons if p.name.split()[-1] == name), None)
            if ent is not None:
                reg.alias(ent, name)
        if ent is None and name.isupper():
            ent = next(
                (g for g in reg.live() if g.kind != "person" and _initials(g.name) == name), None
            )
            if ent is not None:
                reg.alias(ent, name)
        if ent is None:
            # "Army" after "Nigerian Army": the head word of exactly one group's name.
            # Not a rebel army's: "the Army said" beside the "New People's Army" is the state's.
            heads = [
                g
                for g in reg.live()
                if g.kind not in {"person", "outlet"}
                and len(g.name.split()) > 1
                and g.name.split()[-1] == name
                and (g.kind == "state forces" or name.lower() not in _STATE_HEADS)
            ]
            if len(heads) == 1:
                ent = heads[0]
                reg.alias(ent, name)
            elif not heads and name.lower() in _STATE_HEADS:
                continue  # "the Army said": the state's, read with "the army" below
        if ent is None:
            count = sum(1 for s in singles if s[0] == name)
            if count < 2 and not re.match(r"\s+(?:said|says|told)\b", text[end:]):
                continue
            if _named_as_place(name, text, places, called=label != "PERSON"):
                # "a doctor at the district hospital in Kolofata" after "a market near
                # Kolofata": one name, one sense, the place's.
                continue
            ent = reg.add(name, "person" if label == "PERSON" else "organization")
        mention(ent, start, end)

    # 6. Every further occurrence of a name or alias already known (the parser misses some).
    for ent in reg.live():
        for name in sorted(ent.names | {ent.name}, key=len, reverse=True):
            if len(name) < 3 or not name[0].isupper():
                continue
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
                if not _overlaps(m.start(), m.end(), taken + place_spans):
                    mention(ent, m.start(), m.end())

    # 6b. A person's surname alone ("Sani said" after "Ibrahim Sani"), also where the parser
    # did not label it: the same person, when no other person shares the surname.
    _link_surnames(text, reg, taken + place_spans, mention, titles=lex.titles)

    # 7. Descriptive phrases: "the resistance forces" -> the group whose name has "Resistance".
    groups = [e for e in reg.live() if e.kind not in {"person", "outlet"}]
    heads = "|".join(sorted(lex.group_heads, key=len, reverse=True))
    for m in re.finditer(rf"\b([A-Za-z][a-z-]+)\s+({heads})\b", text):
        if _overlaps(m.start(), m.end(), taken) and not _overlaps(m.start(2), m.end(2), taken):
            # "Taliban fighters": the known name plus a group head is a mention of that name.
            owner = next(
                (g for g in groups if any(s <= m.start() < e for s, e in g.mentions)), None
            )
            if owner is not None:
                first = min(s for s, e in owner.mentions if s <= m.start() < e)
                owner.root().add_alias(text[first : m.end()])
                mention(owner, m.start(), m.end())
            continue
        modifier = m.group(1).lower()
        if _overlaps(m.start(), m.end(), taken) or len(modifier) < 4:
            continue
        matches = [g for g in groups if modifier in {w.lower() for w in g.name.split()}]
        if len(matches) == 1:
            phrase = m.group(0)
            matches[0].root().add_alias(phrase)
            mention(matches[0], m.start(), m.end())

    # 8. Context: "X reported", "according to X" make X an outlet.
    for ent in reg.live():
        if ent.kind in {"organization", "person"} and not ent.known:
            for s, e in ent.mentions:
                after, before = text[e : e + 12], text[max(0, s - 20) : s]
                if re.match(r"\s+(?:reported|reports|quoted)\b", after) or re.search(
                    r"according to (?:the\s+)?$", before, re.IGNORECASE
                ):
                    if ent.kind == "organization" or len(ent.name.split()) > 3:
                        ent.kind = "outlet"

    _link_generic_mentions(text, reg, lex, taken, country=_article_country(places))
    _find_roles(text, reg, lex)
    return _to_actors(reg)


def _link_surnames(
    text: str,
    reg: _Registry,
    blocked: list[tuple[int, int]],
    mention: Callable[[_Entity, int, int], None],
    *,
    titles: tuple[str, ...],
) -> None:
    """Mentions of a person by surname alone, after the full name was given. A capitalized word
    next to the surname ("Musa Sani", "Sani Road") makes it part of another name, so it is
    left alone; so is a surname two persons of the article share."""
    honorifics = _HONORIFICS | {t.lower() for t in titles}
    persons = [e for e in reg.live() if e.kind == "person" and len(e.name.split()) > 1]
    surnames: dict[str, list[_Entity]] = {}
    for person in persons:
        surnames.setdefault(person.name.split()[-1], []).append(person)
    for surname, owners in surnames.items():
        if len(owners) != 1 or len(surname) < 3 or not re.fullmatch(r"[A-Z][a-z'’-]+", surname):
            continue
        other = reg.get(surname)
        if other is not None and other is not owners[0]:
            continue
        (person,) = owners
        if not person.mentions:
            continue
        first = min(s for s, _e in person.mentions)
        for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
            if m.start() <= first or _overlaps(m.start(), m.end(), blocked):
                continue
            # A capitalized word next to it makes it part of another name ("Musa Sani",
            # "Sani Road"); a title or honorific before it does not ("Colonel Sani").
            prev = re.search(r"([A-Z][\w'’.-]*)\s+$", text[max(0, m.start() - 30) : m.start()])
            if prev and prev.group(1).rstrip(".").lower() not in honorifics:
                continue
            if re.match(r"\s+[A-Z][a-z]", text[m.end() :]):
                continue
            reg.alias(person, surname)
            mention(person, m.start(), m.end())
            blocked.append((m.start(), m.end()))


@cache
def militia_states() -> dict[str, str]:
    """The known militias that fight beside a state's forces ("fights_for"), with that
    state's code."""
    return {k["name"]: k["fights_for"] for k in load_actor_lexicon().known if k.get("fights_for")}


def force_name(iso2: str | None, head: str) -> str | None:
    """ACLED's name for the state forces of the country `iso2` that `head` ("army",
    "police") names, or None when the country is not known."""
    return _force_name(iso2, head, load_actor_lexicon())


def _force_name(iso2: str | None, head: str, lex: ActorLexicon) -> str | None:
    """ACLED's name for a country's state forces ("Military Forces of Sudan", "Police Forces of
    Kenya"), or None when the country is not known."""
    country = lex.country_short.get(iso2 or "") or load_gazetteer().country_names.get(iso2 or "")
    if country is None:
        return None
    kind = "police" if head.lower() in _POLICE else "military"
    return lex.force_names[kind].format(country=country)


def _is_police(name: str) -> bool:
    """Whether a state force is a police force ("Police Forces of Kenya", "Nigerian police")."""
    return any(w in _POLICE for w in name.lower().split())


def _article_country(places: list[Place]) -> str | None:
    """The country (ISO code) of nearly all the article's places, if there is one."""
    codes = [p.country for p in places if p.country]
    if not codes:
        return None
    top = max(set(codes), key=codes.count)
    return top if codes.count(top) >= _ONE_COUNTRY * len(codes) else None


def _link_generic_mentions(
    text: str,
    reg: _Registry,
    lex: ActorLexicon,
    taken: list[tuple[int, int]],
    *,
    country: str | None = None,
) -> None:
    """Descriptions that refer back to a named group: "the militants", "opposition forces",
    "its fighters" to the article's one named non-state armed group, "the army", "troops" to
    its one named state force, when that group was named before. A definite or possessive
    description refers to a salient referent; with two candidates the reference is ambiguous
    and stays unlinked. Bare plurals ("militants attacked", "soldiers were killed") may
    introduce new referents and are left alone, except with a side-naming modifier
    ("opposition forces", "security forces").

    With no state force named and the article's places in one `country`, "the army" and
    "police" are that country's forces, named as ACLED names them ("Military Forces of Sudan").
    """
    # "The militants", "jihadist fighters": no militia that fights beside the state's forces.
    armed = [
        e
        for e in reg.live()
        if e.kind == "armed group" and e.mentions and e.name not in militia_states()
    ]
    state = [e for e in reg.live() if e.kind == "state forces" and e.mentions]
    police = [e for e in state if _is_police(e.name)]
    state = [e for e in state if e not in police]
    det = r"(?:the|its|their|his|her)\s+"
    armed_heads = "|".join(lex.generic_armed)
    mods = "|".join(lex.generic_modifiers)
    state_heads = "|".join(sorted(lex.generic_state, key=len, reverse=True))
    patterns: list[tuple[re.Pattern[str], list[_Entity]]] = []
    if len(armed) == 1 and armed_heads:
        patterns.append(
            (
                re.compile(
                    rf"\b(?:{det}(?:(?:{mods})\s+)?(?:{armed_heads}|forces|group)|(?:{mods})\s+"
                    rf"(?:{armed_heads}|forces))\b",
                    re.IGNORECASE,
                ),
                armed,
            )
        )
    if state_heads:
        # One word needs a determiner ("the army", "its troops") or to name whose official
        # someone is ("army spokesman"); "security forces" needs neither.
        multi = "|".join(h for h in lex.generic_state if " " in h) or "(?!)"
        titles = "|".join(re.escape(t) for t in lex.titles)
        military_words = re.compile(
            rf"\b(?:{det}(?:{state_heads})|(?:{multi})|(?:army|military|junta)"
            rf"(?=\s+(?:{titles}|{_STATEMENT_NOUNS})\b)|(?:army|military)(?=\s+(?:air\s?strikes?|jets?|aircraft|drones?|"
            rf"helicopters?|warplanes?|gunships?|artillery)\b)|{_BARE_SOLDIERS})\b",
            re.IGNORECASE,
        )
        if len(police) == 1:
            # "the Kaduna State Police Command ... Police fired tear gas": its police.
            patterns.append((_POLICE_WORDS, police))
        # A single state force named is "the army" unless it is another country's ("U.S. and
        # British strikes" in an article on Yemen): then "government forces" are Yemen's.
        home_named = country is None or any(_home_force(e, country, lex) for e in state)
        if len(state) == 1 and home_named:
            patterns.append((military_words, state))
        elif country is not None:
            # Several states' forces named ("French forces", "the Russian defence ministry"):
            # "the army" of an article on Mali is Mali's.
            own = _force_name(country, "army", lex)
            home = [e for e in state if e.name == own]
            if home:
                patterns.append((military_words, home))
        if country is not None:
            _country_forces(
                text,
                reg,
                lex,
                taken,
                country,
                military_words if not state or not home_named else None,
                not police,
            )
    # What "the group" may be: not a person, an outlet or a state's forces.
    groups = [
        e for e in reg.live() if e.kind not in ("person", "outlet", "state forces") and e.mentions
    ]
    forces = [e for e in reg.live() if e.kind in ("armed group", "state forces") and e.mentions]
    for pattern, (group,) in patterns:
        first = min(s for s, _e in group.mentions)
        # The country's own military, named only later ("A military aircraft bombed a village
        # in Myanmar's Sagaing region" before "the junta"), is who "the military" is from the
        # start; another force, or a group, only once named.
        early = group.kind == "state forces" and _home_force(group, country, lex)
        for m in pattern.finditer(text):
            if _overlaps(m.start(), m.end(), taken):
                continue
            if m.start() <= first and not (early and _ARMY_WORD.search(m.group(0))):
                continue  # bare "troops" before the force is named may be anyone's
            if m.group(0).lower().endswith("group") and _last_named(groups, m.start()) is not group:
                continue  # "the group" is the group named last ("Amnesty ... the group said")
            if _POSSESSED.match(m.group(0)):
                # "The US military's Central Command said its forces ...": "its" is the force
                # named last in the sentence, when that is another.
                start = _sentence_start(text, m.start())
                owner = _force_abroad(reg, lex, start, m.start(), country, "army")
                if owner is not None and owner != group.name:
                    # "The Russian Defence Ministry said its troops had taken the village", in
                    # an article about Ukraine: the forces of the government that speaks.
                    reg.add(owner, "state forces").mentions.add((m.start(), m.end()))
                    taken.append((m.start(), m.end()))
                    continue
                last = _last_named(forces, m.start())
                if (
                    last is not None
                    and last is not group
                    and any(start <= s < m.start() for s, _e in last.mentions)
                ):
                    continue
            group.mentions.add((m.start(), m.end()))
            taken.append((m.start(), m.end()))
    # With several groups named, "the group" is the armed group the sentence before opens
    # with, its subject ("the NRF ... said its fighters had ambushed a Taliban vehicle. In a
    # post on X, the group said"), when no group was named in its own sentence before it.
    for m in re.finditer(r"\b[Tt]he group\b", text):
        if _overlaps(m.start(), m.end(), taken):
            continue
        own = _sentence_start(text, m.start())
        before = _sentence_start(text, own - 2)
        named = sorted(
            ((s, e) for e in groups for s, _end in e.mentions if before <= s < m.start()),
            key=lambda x: x[0],
        )
        # After a rights group ("was blamed by Amnesty International. A spokesman for the
        # group") it is that group, no armed one.
        if not named or named[-1][0] >= own or {e.kind for _s, e in named} != {"armed group"}:
            continue
        named[0][1].mentions.add((m.start(), m.end()))
        taken.append((m.start(), m.end()))
    # "The group also said it had attacked an army convoy": who speaks of its own deed. With
    # several forces named, "its forces" are those of the force named last before them in
    # their sentence ("Russia's Defence Ministry said its forces had captured ...").
    heads = "|".join(
        sorted({*lex.generic_state, *lex.generic_armed, "forces"}, key=len, reverse=True)
    )
    own_forces = re.finditer(rf"\b(?:its|their)\s+(?:own\s+)?(?:{heads})\b", text, re.IGNORECASE)
    spans = [m.span("it") for m in _SAID_IT.finditer(text)] + [m.span() for m in own_forces]
    for start, end in spans:
        if _overlaps(start, end, taken):
            continue
        last = _last_named(forces, start)
        if last is None or not any(
            _sentence_start(text, start) <= s < start for s, _e in last.mentions
        ):
            continue
        last.mentions.add((start, end))
        taken.append((start, end))


_ARMY_WORD = re.compile(r"\b(?:army|military|junta|armed forces)\b", re.IGNORECASE)


def _home_force(ent: _Entity, iso2: str | None, lex: ActorLexicon) -> bool:
    """Whether a state force is the military or police of the country `iso2`: by ACLED's name
    for it, or a name or listed alias with the country's name ("Tatmadaw", the "Myanmar
    military")."""
    if iso2 is None:
        return False
    if ent.name in (_force_name(iso2, "army", lex), _force_name(iso2, "police", lex)):
        return True
    country = lex.country_short.get(iso2) or load_gazetteer().country_names.get(iso2)
    listed = next((k for k in lex.known if k["name"] == ent.name), {})
    names = {ent.name, *ent.names, *listed.get("aliases", [])}
    if country is not None and any(country.lower() in n.lower() for n in names):
        return True
    # Or its nationality: "Somali National Army", "Nigerian Air Force".
    demonyms = load_gazetteer().demonyms
    return any(demonyms.get(normalize_name(w)) == iso2 for n in names for w in n.split())


def _last_named(entities: list[_Entity], at: int) -> _Entity | None:
    """The entity with the last mention before `at`."""
    before = [(s, e) for e in entities for s, _end in e.mentions if s < at]
    return max(before, key=lambda x: x[0])[1] if before else None


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset `at` starts (after ". " or a line break)."""
    return max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1


# Soldiers or troops with no word before them that makes them anyone's ("accused soldiers of
# burning houses", "troops arrived in armoured vehicles"): in an article whose only state force
# is one country's, its. After a word ("Rwandan troops", "RSF soldiers", "child soldiers",
# "former soldiers", "the soldiers" read above) they are another's, or no force.
_BARE_SOLDIERS = (
    "(?:"
    + "|".join(
        rf"(?<=\b{w}\s)"
        for w in ("accused", "that", "when", "as", "after", "and", "while", "where", "said", "but")
    )
    + r"|(?<=^)|(?<=[,;(\"\u201c]\s)|(?<=\.\s))(?:soldiers|troops)"
)
_POSSESSED = re.compile(r"(?:its|their|his|her)\s", re.IGNORECASE)
# A speaker's own deed told after its verb of saying: "said it had attacked".
_SAID_IT = re.compile(
    r"\b(?:said|says|claimed|added|stated|announced)\s+(?:that\s+)?(?P<it>it)\s+"
    r"(?:had|has|was|would)\b"
)


def _country_forces(
    text: str,
    reg: _Registry,
    lex: ActorLexicon,
    taken: list[tuple[int, int]],
    country: str,
    military_words: re.Pattern[str] | None,
    police: bool,
) -> None:
    """The unnamed state forces of the article's country, where none of their kind is named:
    what `military_words` matches ("the army", "security forces", "army spokesman") is its
    military, and with `police`, "police" its police. A bare "soldiers" or "troops" may be
    anyone's and is left alone, and so are "its troops", "their soldiers" after an armed group
    in their sentence: they are its ("a rebel statement said its troops had seized ...")."""
    armed_words = re.compile(
        r"\b(?:" + "|".join(lex.generic_armed + lex.generic_modifiers) + r")\b", re.IGNORECASE
    )
    armed = [e for e in reg.live() if e.kind == "armed group"]
    for pattern, head in ((military_words, "army"), (_POLICE_WORDS if police else None, "police")):
        name = _force_name(country, head, lex)
        if pattern is None or name is None:
            continue
        for m in pattern.finditer(text):
            if _overlaps(m.start(), m.end(), taken):
                continue
            owner = name
            if _POSSESSED.match(m.group(0)):
                start = _sentence_start(text, m.start())
                if armed_words.search(text, start, m.start()) or any(
                    start <= s < m.start() for e in armed for s, _e in e.mentions
                ):
                    continue
                owner = _force_abroad(reg, lex, start, m.start(), country, head) or name
            ent = reg.add(owner, "state forces")
            ent.mentions.add((m.start(), m.end()))
            taken.append((m.start(), m.end()))


def _force_abroad(
    reg: _Registry, lex: ActorLexicon, lo: int, hi: int, home: str | None, head: str
) -> str | None:
    """ACLED's name for the forces (`head`: "army" or "police") of a government body of
    another country than `home`, named between `lo` and `hi` by its nationality: "its troops"
    after "The Russian Defence Ministry said", in an article about Ukraine, are Russia's."""
    demonyms = load_gazetteer().demonyms
    for ent in reg.live():
        if ent.kind != "government" or not any(lo <= s < hi for s, _e in ent.mentions):
            continue
        for word in ent.name.split():
            iso = demonyms.get(normalize_name(word))
            if iso is not None and iso != home:
                return _force_name(iso, head, lex)
    return None


def _entity_at(reg: _Registry, start: int, *, slack: int = 0) -> _Entity | None:
    for ent in reg.live():
        for s, _e in ent.mentions:
            if start <= s <= start + slack:
                return ent
    return None


def _entity_ending_at(reg: _Registry, end: int) -> _Entity | None:
    for ent in reg.live():
        for _s, e in ent.mentions:
            if e == end:
                return ent
    return None


def _normal_title(title: str) -> str:
    title = title.lower()
    if title in {"spokesman", "spokeswoman"}:
        return "spokesperson"
    return "member" if title == "senior member" else title


def _find_roles(text: str, reg: _Registry, lex: ActorLexicon) -> None:
    titles = "|".join(re.escape(t) for t in lex.titles)
    after_re = re.compile(
        rf"^(?:,\s+|\s+(?:is|was|has been|as)\s+)(?:the\s+|a\s+|an\s+)?(?:senior\s+|former\s+|"
        rf"top\s+|chief\s+|acting\s+)?({titles})\s+(?:of|for|at|with|in)\s+",
        re.IGNORECASE,
    )
    and_re = re.compile(
        rf"^(?:\s+party)?\s*,?\s+and\s+(?:the\s+|a\s+|an\s+)?(?:senior\s+)?({titles})\s+"
        rf"(?:of|for)\s+",
        re.IGNORECASE,
    )
    before_re = re.compile(
        rf"(?:[{_APOS}]s)?(?:^|\s+)(?:the\s+)?({titles})\s+{_RANKS}$", re.IGNORECASE
    )
    of_re = re.compile(r"\s+(?:of|for|from|with)\s+")
    # "a spokesman for the group, Lawrence Kanyuka": the title and its group before the name.
    title_of_re = re.compile(rf"\b({titles})\s+(?:of|for)\s+(.{{1,60}}?),\s*$", re.IGNORECASE)
    for person in [e for e in reg.live() if e.kind == "person"]:
        for s, e in sorted(person.mentions):
            pos, pattern = e, after_re
            while True:
                m = pattern.match(text[pos : pos + 80])
                if not m:
                    break
                org_start = pos + m.end()
                org = _role_object(text, reg, org_start)
                if org is None:
                    break
                person.roles.append((_normal_title(m.group(1)), org))
                pos = max(
                    end for st, end in org.mentions if st >= org_start and st <= org_start + 4
                )
                pattern = and_re
            window = text[max(0, s - 60) : s]
            mb = before_re.search(window)
            if mb:
                org = _entity_ending_at(reg, s - (len(window) - mb.start()))
                if org is None or org.kind == "person":
                    # "spokesman X of the army": the title before the name, the group after.
                    mo = of_re.match(text, e)
                    org = _entity_at(reg, mo.end(), slack=4) if mo else None
                if org is not None and org.kind != "person":
                    person.roles.append((_normal_title(mb.group(1)), org))
            mt = title_of_re.search(window)
            if mt and not person.roles:
                org = _entity_ending_at(reg, s - (len(window) - mt.end(2)))
                if org is not None and org.kind != "person":
                    person.roles.append((_normal_title(mt.group(1)), org))


def _role_object(text: str, reg: _Registry, start: int) -> _Entity | None:
    """The group named at `start`: a mention already found, or a new capitalized name."""
    ent = _entity_at(reg, start, slack=4)
    if ent is not None and ent.kind != "person":
        return ent
    m = _ROLE_OBJECT.match(text, start)
    if not m or len(m.group(1)) < 3:
        return None
    name = clean_name(m.group(1))
    kind = "political party" if m.group(2) else kind_of_name(name)
    if kind == "person":
        kind = "organization"
    ent = reg.get(name) or reg.add(name, kind)
    name_start = m.start(1)
    ent.mentions.add((name_start, name_start + len(m.group(1))))
    return ent


def _to_actors(reg: _Registry) -> list[Actor]:
    actors = []
    live = [e for e in reg.live() if e.mentions]
    for ent in sorted(live, key=lambda e: min(e.mentions)):
        roles: list[Role] = []
        for title, org in ent.roles:
            role = Role(title=title, of=org.root().name)
            if role not in roles:
                roles.append(role)
        actors.append(
            Actor(
                name=ent.name,
                kind=ent.kind,  # type: ignore[arg-type]
                aliases=[a for a in ent.aliases if a != ent.name],
                roles=roles,
                mentions=sorted(ent.mentions),
            )
        )
    return actors
