"""Events: find event mentions and code each with ACLED type, place, date, actors, fatalities."""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from ..models import Actor, DateRef, Event, Evidence, Location, Place
from .event_types import CUES_FILE, Cue, acled_type, classify_sentences, find_cues, load_cues
from .fatalities import read_fatalities

log = logging.getLogger("sitroom")

# Words that make what follows them not (yet) happen: modality, intention, condition, negation.
_MODAL_AUX = {"would", "could", "might", "may", "will", "shall", "should", "must", "can", "'ll"}
_INTENT_HEADS = {
    "ready", "willing", "threaten", "vow", "plan", "want", "intend", "prepare", "promise",
    "agree", "continue", "hope", "seek", "try", "aim", "unable", "fail", "refuse", "able",
    "end", "stop", "halt", "avoid", "prevent", "urge", "call", "warn", "propose", "demand",
}  # fmt: skip
_NEG = {"not", "n't", "never", "no"}
_CONDITION = re.compile(r"\b(?:if|unless|on condition|provided that|in case)\b", re.IGNORECASE)
# History: a year long before publication, or words that place the event in the past era.
_HISTORY = re.compile(
    r"\b(?:in|since|during|back in)\s+(?:the\s+)?(?:1[89]\d\d|20\d\d)s?\b|\bprevious\s+\w+\s+"
    r"government\b|\bformer(?:ly)?\b.*\bregime\b|\bhistor(?:y|ic|ically)\b",
    re.IGNORECASE,
)
# Cue words used figuratively: "fought hard for free media", "a fight against corruption".
_EXCLUDED = re.compile(
    r"(?:fought|fight(?:ing|s)?|battl\w*)\s+(?:hard\s+|long\s+)?(?:for|against\s+(?:corruption|"
    r"poverty|disease|cancer|covid|the virus|climate))\b",
    re.IGNORECASE,
)
_REFERENCE = re.compile(
    r"\b(?:adjacent to|near|close to|outside|(?:north|south|east|west)(?:east|west)? of|"
    r"miles from|km from|kilometres from|kilometers from)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$"
)
# Place kinds from the smallest to the largest (ACLED geo_precision 1, 2, 3).
_PRECISION = {
    "city": 1, "town": 1, "village": 1, "neighbourhood": 1, "neighborhood": 1, "facility": 1,
    "district": 2, "county": 2, "area": 2, "natural": 2, "valley": 2,
    "province": 3, "region": 3, "state": 3, "country": 3,
}  # fmt: skip
_FINE_KINDS = {k for k, v in _PRECISION.items() if v == 1}
_GROUP_KINDS = {"armed group", "state forces", "government", "political party", "protesters"}

# A place named as where the wounded are treated, where people went, or where attackers came
# from is not where the event happened: "receiving treatment in X", "taken to hospital in X",
# "withdrew towards X", "fled to X", "came from the direction of X".
_NOT_SCENE = re.compile(
    r"(?:\b(?:treat(?:ed|ment|ing)|hospitali[sz]ed|recovering|convalescing)\b"
    r"(?:\s+[\w-]+){0,3}?\s+(?:in|at|to)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:in\s+)?"
    r"|\b(?:taken|rushed|evacuated|airlifted|flown|transferred|brought|referred|admitted)"
    r"\s+to\s+"
    r"(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?:hospital|clinic|medical \w+)s?\s+(?:in|at)\s+"
    r"|\b(?:towards?|from the direction of)\s+"
    r"|\b(?:fled|flee(?:ing|s)?|escaped|withdr[ae]w\w*|withdrawing|retreat\w*|evacuated|"
    r"displaced|airlifted|flown|rushed|taken|transferred|brought)\s+(?:back\s+)?"
    r"(?:to|into|for)\s+"
    r"|\b(?:came|come|coming|arrived|arriving)\s+from\s+)(?:the\s+)?(?:[a-z-]+\s+){0,2}$",
    re.IGNORECASE,
)
# Protest verbs that are also ordinary verbs: transitive "marched the captives away", "rallied
# his supporters", "demonstrated its strength", or an armed force as subject ("troops marched
# into the town"), are not protests. ACLED's protests are public demonstrations by civilians.
_PROTEST_VERBS = ("march", "rall", "demonstrat")
_TRANSITIVE_OBJECT = re.compile(
    r"\s+(?:the|a|an|his|her|their|its|our|them|him|\d+|some|several|dozens|hundreds|scores)\b",
    re.IGNORECASE,
)
_ARMED_NOUNS = {
    "soldier", "troop", "army", "force", "fighter", "militant", "gunman", "gunmen", "rebel",
    "insurgent", "jihadist", "militia", "militiaman", "police", "policeman", "commando",
    "attacker", "assailant", "bandit", "kidnapper", "abductor", "captor", "convoy", "column",
}  # fmt: skip
# The objects a territorial seizure takes: "seized the town", "captured the base".
_TERRITORY = re.compile(
    r"\s+(?:(?:the|a|an|of|its|their|key|strategic|nearby|border|northern|southern|eastern|"
    r"western|central|main|military|army|district|provincial)\s+)*"
    r"(?:town|city|village|district|area|base|camp|post|outpost|checkpoint|province|territory|"
    r"region|positions?|hills?|control|airport|airfield|bridge|road|highway|port|barracks|"
    r"headquarters|garrison|crossing|ridge|valley|county|capital)\b",
    re.IGNORECASE,
)
_TERRITORY_GAP = re.compile(
    r"\s+(?:(?:the|of|town|city|village|district|province|region|area|strategic|key|nearby|"
    r"border|northern|southern|eastern|western|central)\s+)*$",
    re.IGNORECASE,
)
# Weapons taken and property burnt during an attack are part of that attack, not events of
# their own (ACLED codes the attack; seizures and looting in its course go into its notes).
_INCIDENTAL = {"DISR_WEAP", "PROPERTY_DISTRUCT"}
_SEPARATE = re.compile(
    r"\b(?:later|separately|in a separate|subsequently|in another|the (?:next|following) day)\b",
    re.IGNORECASE,
)
_VIOLENT_TYPES = {"Battles", "Violence against civilians", "Explosions/Remote violence"}
# Nouns that name a violent event: "the attack", "the abduction" refer back to one reported.
_EVENT_NOUNS = {
    "attack", "assault", "raid", "ambush", "abduction", "kidnapping", "bombing", "blast",
    "explosion", "shelling", "strike", "airstrike", "clash", "fighting", "battle", "killing",
    "massacre", "incursion", "offensive", "siege", "shooting", "bombardment", "violence",
}  # fmt: skip
_DEFINITE = {"the", "this", "that", "these", "those"}
_NEW_OCCASION = {
    "second", "third", "fourth", "latest", "new", "fresh", "separate", "earlier", "previous",
    "last", "first", "recent", "other", "next",
}  # fmt: skip
# ", the ... " right after a name, up to the described mention: an appositive description.
_APPOSITION = re.compile(r"(?:\s*\([^()]{1,12}\))?,\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}$")
_ACCUSES = re.compile(
    r"[\w\s'’.()-]{0,40}?\b(?:blamed|blames|accused|accuses|held)\b(?![^.]{0,30}\bby\b)"
)
_DATELINE = re.compile(r"[^\n(]{0,40}\([A-Za-z .&-]{2,30}\)\s*[-–—]")
# A generic war noun as the subject of a verb of motion or nearness ("the fighting moved closer
# to the camps", "the war spread to the north", "clashes edged toward the capital") tells where
# the front is going, background to the news, not a new dated event: ACLED codes the battles
# themselves, not the front's movement. "Fighting broke out in X", "clashes erupted" stay events.
_WAR_NOUN = re.compile(
    r"(?:fighting|war|clash(?:es)?|battles?|conflict|violence|hostilities|combat|front(?:\s?line)?)$",
    re.IGNORECASE,
)
_FRONT_MOTION = re.compile(
    r"\s+(?:(?:has|have|had|is|are|was|were|been|now|also|then|steadily|gradually|slowly|"
    r"quickly|rapidly|already|further)\s+)*"
    r"(?:mov(?:ed|es|ing|e)\b|approach(?:ed|es|ing)?\b|spread(?:s|ing)?\b|edg(?:ed|es|ing|e)\b|"
    r"cr(?:ept|eeps?|eeping)\b|inch(?:ed|es|ing)?\b|near(?:ed|s|ing)\b|clos(?:ed|es|ing|e)\s+in\b|"
    r"(?:dr[ae]w(?:s|ing|n)?|c[ao]me(?:s)?|coming|g[eo]t(?:s|ting)?)\s+(?:closer|nearer)\b|"
    r"shift(?:ed|s|ing)?\s+(?:to|towards?|closer)\b)",
    re.IGNORECASE,
)


@dataclass
class _Mention:
    code: str
    sent: Span
    trigger: tuple[int, int]
    places: list[Place] = field(default_factory=list)
    anaphoric: bool = False  # "the attack": refers to an event already reported
    dated: bool = False  # the sentence has a time expression of its own
    separate: bool = False  # "later", "separately": told as another occasion
    front: bool = False  # "the fighting moved closer": no event of its own, may restate one


@cache
def _reading_cues() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The cue file's "reading_cues": extra patterns for finding mentions in articles, kept
    apart from the classifier's cues so its trained cue features do not shift."""
    raw = json.loads(
        resources.files("sitroom").joinpath("data", CUES_FILE).read_text(encoding="utf-8")
    )
    return tuple(
        (code, re.compile(r"\b(?:" + "|".join(alts) + r")\b", re.IGNORECASE))
        for code, alts in raw.get("reading_cues", {}).items()
        if code != "about"
    )


def _find_trigger_cues(text: str) -> list[Cue]:
    """The classifier's cues in `text` plus the reading-only ones, in text order."""
    found = set(find_cues(text))
    for code, pattern in _reading_cues():
        found.update(Cue(code, m.start(), m.end()) for m in pattern.finditer(text))
    return sorted(found, key=lambda c: (c.start, c.end, c.code))


def _trigger_token(doc: Doc, cue: Cue, offset: int) -> Token | None:
    span = doc.char_span(offset + cue.start, offset + cue.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def _cue_fits(doc: Doc, cue: Cue, token: Token, offset: int, places: list[Place]) -> bool:
    """False when the cue word is used in a sense that is not its event type's.

    Protest verbs used transitively or with an armed force as subject ("marched the captives
    into the bush", "troops marched into the town") are not protests; a militant "seized" or
    "captured" something other than territory ("seized weapons and vehicles") has not taken
    territory.
    """
    text = doc.text
    word = text[offset + cue.start : offset + cue.end].lower()
    after = text[offset + cue.end : offset + cue.end + 60]
    if cue.code == "PEACE_PROTEST" and word.startswith(_PROTEST_VERBS):
        if token.pos_ == "VERB" or word.endswith("ed") or word.startswith("march"):
            if _TRANSITIVE_OBJECT.match(after) or any(c.dep_ == "dobj" for c in token.children):
                return False
            subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if any(c.lemma_.lower() in _ARMED_NOUNS or c.lower_ in _ARMED_NOUNS for c in subjects):
                return False
    if cue.code == "NON_STATE_ACTOR_OVERTAKES_TER":
        verb = re.search(r"\b(?:captured|seized|took)$", word)
        if verb is not None:
            # The generic "militants ... seized" cue: the object must be territory or a place.
            if _TERRITORY.match(after):
                return True
            end = offset + cue.end
            return any(
                0 < p.start - end <= 40 and _TERRITORY_GAP.match(text[end : p.start])
                for p in places
            )
    return True


def _front_motion(text: str, cue: Cue) -> bool:
    """True for a war noun cue that is the subject of a motion or nearness verb ("the fighting
    moved closer", "clashes spread to"): the front's movement, not an event of its own."""
    word = text[cue.start : cue.end]
    return bool(_WAR_NOUN.search(word)) and bool(_FRONT_MOTION.match(text, cue.end))


def _definite_event_noun(token: Token) -> bool:
    """True for "the attack", "this raid", "its assault": an event already reported.

    A definite with its own description ("the attack on a police station", "the second
    attack", "the raid that followed") can introduce a new event, so it does not count.
    """
    if token.pos_ not in {"NOUN", "PROPN"} or token.lemma_.lower() not in _EVENT_NOUNS:
        return False
    children = list(token.children)
    if any(
        c.dep_ in {"prep", "acl", "relcl", "nummod"}
        or (c.dep_ == "amod" and c.lower_ in _NEW_OCCASION)
        for c in children
    ):
        return False
    return any((c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in children)


def _is_anaphoric(token: Token) -> bool:
    """True when the trigger, or the object or subject of the trigger verb, is a definite event
    noun ("confirmed the abduction", "repelled the attack", "the attack killed 3", "the
    fighting"): the sentence speaks of an event the article has already reported rather than
    introducing a new one.
    """
    if _definite_event_noun(token):
        return True
    return token.pos_ == "VERB" and any(
        c.dep_ in {"dobj", "nsubj", "nsubjpass"} and _definite_event_noun(c) for c in token.children
    )


def is_realis(token: Token) -> bool:
    """True when the trigger reports something that happened (not a hypothetical or a threat).

    Walks from the trigger up to its clause head: modal auxiliaries, negation, "ready to",
    "threatened to", "end the fighting" and conditions mark the mention as not an event.
    """
    node = token
    for _ in range(6):
        for child in node.children:
            if child.dep_ in {"aux", "auxpass"} and child.lower_ in _MODAL_AUX:
                return False
            if child.dep_ == "neg" or child.lower_ in _NEG and child.dep_ in {"advmod", "det"}:
                return False
            if child.dep_ == "mark" and child.lower_ in {"if", "unless"}:
                return False
        if node.lemma_.lower() in _INTENT_HEADS and node.i != token.i:
            return False
        if node.dep_ in {"xcomp", "ccomp", "advcl", "dobj", "pobj", "prep", "acl", "nsubj", "amod"}:
            # An infinitive ("to end the fighting") governs an unrealised action.
            if (
                any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
                and node.i != token.i
            ):
                return False
        if node.head.i == node.i:
            break
        node = node.head
    return True


def _is_history(sent_text: str, published: dt.date, times: list[DateRef], sent: Span) -> bool:
    for t in times:
        if sent.start_char <= t.start < sent.end_char and t.date is not None:
            if (published - t.date).days > 31:
                return True
    return bool(_HISTORY.search(sent_text))


def _location_from_place(place: Place) -> Location:
    try:
        from .places import to_location  # written by the places stage
    except ImportError:
        to_location = None
    if to_location is not None:
        return to_location(place)
    return Location(
        name=place.canonical or place.text,
        geonames_id=place.geonames_id,
        kind=place.kind,
        country=place.country,
        admin1=place.admin1,
        admin2=place.admin2,
        lat=place.lat,
        lon=place.lon,
        geo_precision=_PRECISION.get(place.kind or "", 2),
    )


def _date_for(
    doc: Doc, sent: Span, times: list[DateRef], published: dt.date
) -> tuple[dt.date | None, dt.date | None, int]:
    try:
        from .times import date_for_span  # written by the times stage
    except ImportError:
        date_for_span = None
    if date_for_span is not None:
        return date_for_span(doc, sent.start_char, sent.end_char, times, published)
    return published, None, 2


def _is_dateline(text: str, place: Place) -> bool:
    """True for a wire dateline ("CITY, Country, June 9 (Agency) -"): where the report was
    filed, not where anything happened."""
    line_start = text.rfind("\n", 0, place.start) + 1
    if text[line_start : place.start].strip():
        return False
    return place.text.isupper() or bool(_DATELINE.match(text, place.end))


def _focal_place(doc: Doc, places: list[Place]) -> Place | None:
    """The article's main place: the most mentioned sub-national place, earliest on ties.

    Datelines and places named only as destinations, origins or where the wounded are
    treated do not count.
    """
    counts: dict[str, list[Place]] = {}
    for p in places:
        if p.kind == "country" or _is_dateline(doc.text, p) or _not_scene(doc, p):
            continue
        counts.setdefault((p.canonical or p.text).lower(), []).append(p)
    if not counts:
        countries = [p for p in places if p.kind == "country"]
        return countries[0] if countries else None
    best = max(counts.values(), key=lambda ps: (len(ps), -ps[0].start))
    return best[0]


def _without_appositions(text: str, actors: list[Actor]) -> list[Actor]:
    """The actors with mentions inside an apposition to another actor removed: in "X (XA),
    the Y affiliate active in Z, claimed the attack" Y describes X and takes no part."""
    ends = sorted(e for a in actors for _s, e in a.mentions)
    out = []
    for actor in actors:
        kept = []
        for s, e in actor.mentions:
            m = _APPOSITION.search(text, max(0, s - 40), s)
            if m is not None and any(m.start() - 12 <= end <= m.start() for end in ends):
                continue
            kept.append((s, e))
        if kept:
            out.append(actor.model_copy(update={"mentions": kept}))
    return out


def _sentence_actors(sent: Span, actors: list[Actor]) -> list[tuple[int, Actor]]:
    found: list[tuple[int, Actor]] = []
    for actor in actors:
        for s, _e in actor.mentions:
            if sent.start_char <= s < sent.end_char:
                found.append((s, actor))
                break
    return sorted(found, key=lambda x: x[0])


def _group_of(actor: Actor, by_name: dict[str, Actor]) -> Actor | None:
    if actor.kind != "person":
        return actor
    for role in actor.roles:
        if role.of in by_name and role.title != "member":
            return by_name[role.of]
    return None


def _event_actors(
    sent: Span, trigger: tuple[int, int], actors: list[Actor], code: str
) -> tuple[str | None, str | None]:
    by_name = {a.name: a for a in actors}
    groups: list[Actor] = []
    agent: Actor | None = None
    for start, actor in _sentence_actors(sent, actors):
        group = _group_of(actor, by_name)
        if group is None or group.kind not in _GROUP_KINDS | {"organization"}:
            continue
        if group.kind == "organization" and code != "AGREEMENT":
            continue
        # A speaker's own group ("Taliban spokesperson X said") is not a party to the event
        # unless it is named again in the reported clause.
        if actor.kind == "person" and start < trigger[0] and _speaks(sent, start):
            continue
        # Who blames or accuses someone of the event is not a party to it ("the army blamed
        # the RSF for the shelling": the RSF is).
        if start < trigger[0] and _ACCUSES.match(sent.doc.text, start):
            continue
        if group not in groups:
            groups.append(group)
        if re.search(
            r"\bby\s+(?:the\s+)?(?:\w+\s+){0,2}$", sent.doc.text[max(0, start - 30) : start]
        ):
            agent = group
    if agent is not None and agent in groups:
        groups.remove(agent)
        groups.insert(0, agent)
    elif groups:
        # A passive subject before the trigger is the one acted on ("X had been driven out").
        first = groups[0]
        first_pos = next(
            s for s, a in _sentence_actors(sent, actors) if _group_of(a, by_name) is first
        )
        # The trigger itself may hold the auxiliary ("was killed during the fighting").
        between = sent.doc.text[first_pos : trigger[1]]
        if first_pos < trigger[0] and re.search(r"\b(?:was|were|been|being)\b", between):
            if len(groups) == 1:
                return None, first.name
            groups = [groups[1], groups[0], *groups[2:]]
    names = [g.name for g in groups]
    return (names[0] if names else None, names[1] if len(names) > 1 else None)


def _speaks(sent: Span, start: int) -> bool:
    tail = sent.doc.text[start : min(sent.end_char, start + 60)]
    return bool(re.match(r"[\w\s'’.-]{0,40}?\b(?:said|says|told|wrote|tweeted|claimed)\b", tail))


def _main_armed_groups(actors: list[Actor], history: list[tuple[int, int]]) -> list[str]:
    """The article's armed groups, most mentioned first; a group named only in background
    history ("since X split from Y in 2016") is no side of today's events."""

    def in_history(start: int) -> bool:
        return any(lo <= start < hi for lo, hi in history)

    armed = [
        a
        for a in actors
        if a.kind in {"armed group", "state forces"}
        and any(not in_history(s) for s, _e in a.mentions)
    ]
    armed.sort(key=lambda a: -len(a.mentions))
    return [a.name for a in armed]


def extract_events(
    doc: Doc,
    *,
    published: dt.date,
    times: list[DateRef],
    places: list[Place],
    actors: list[Actor],
) -> list[Event]:
    """Every ACLED event `doc` reports, ids "ev1", "ev2", ... in text order.

    A sentence holds an event mention when an ACLED cue occurs in it as something that happened
    (not a threat, a condition, a negation or history older than a month). The sentence's type
    comes from the event classifier (cue rules plus the trained model); its place from the
    toponyms in the sentence or else the article's main place; its date from the times stage.
    Mentions of the same type, place and date are merged into one event.

    Args:
        doc: the parsed article body.
        published: the publication date.
        times: time expressions of the times stage.
        places: toponyms of the places stage.
        actors: actors of the actors stage.

    Returns:
        Events with evidence sentences; status "asserted" (the claims stage revises it).
    """
    lex = load_cues()
    actors = _without_appositions(doc.text, actors)
    mentions: list[_Mention] = []
    history: list[tuple[int, int]] = []
    for sent in doc.sents:
        text = sent.text
        if _is_history(text, published, times, sent):
            history.append((sent.start_char, sent.end_char))
            continue
        cues = [
            c
            for c in _find_trigger_cues(text)
            if c.code in lex.trigger_codes and not _EXCLUDED.match(text, c.start)
        ]
        sent_places = [p for p in places if sent.start_char <= p.start < sent.end_char]
        realis: list[tuple[Cue, Token]] = []
        for cue in cues:
            token = _trigger_token(doc, cue, sent.start_char)
            if (
                token is not None
                and is_realis(token)
                and _cue_fits(doc, cue, token, sent.start_char, sent_places)
            ):
                realis.append((cue, token))
        if not realis:
            continue
        # Front movement ("as the fighting moved closer") starts no event: with another cue
        # in the sentence that cue is the event; alone it can only restate one reported.
        events_cues = [(c, t) for c, t in realis if not _front_motion(text, c)]
        front = not events_cues
        realis = events_cues or realis
        code = classify_sentences([text], hint=[{c.code for c, _ in realis}])[0]
        if acled_type(code) is None and not find_cues(text, codes=frozenset({code})):
            # A crime or disaster reading needs a word of its own ("struck" alone is no
            # earthquake): with none, the event cue found stands, the most specific first.
            code = min((c.code for c, _ in realis), key=lex.order.index)
        if acled_type(code) is None:
            continue  # crime, disasters, diplomacy: known, but not ACLED events
        if code in _INCIDENTAL:
            # "seized weapons after overrunning a post": the violence is the event, the
            # seizure happened in its course.
            violent = [
                c.code for c, _ in realis if (acled_type(c.code) or ("",))[0] in _VIOLENT_TYPES
            ]
            if violent:
                code = min(violent, key=lex.order.index)
        trigger, token = next(((c, t) for c, t in realis if c.code == code), realis[0])
        mentions.append(
            _Mention(
                code=code,
                sent=sent,
                trigger=(sent.start_char + trigger.start, sent.start_char + trigger.end),
                places=sent_places,
                separate=bool(_SEPARATE.search(text)),
                front=front,
                anaphoric=any(_is_anaphoric(t) for c, t in realis if c.code == code),
                dated=any(
                    sent.start_char <= t.start < sent.end_char and t.date is not None for t in times
                ),
            )
        )

    focal = _focal_place(doc, places)
    armed = _main_armed_groups(actors, history)
    events: list[Event] = []
    for mention in mentions:
        pair = acled_type(mention.code)
        assert pair is not None  # filtered above
        own_place = _best_place(doc, mention.places, mention.trigger)
        place = own_place or focal
        location = _location_from_place(place) if place is not None else None
        date, date_end, precision = _date_for(doc, mention.sent, times, published)
        if not mention.dated and date is not None and (published - date).days > 31:
            # A date borrowed from a neighbouring sentence that is history ("has changed hands
            # since 2015") does not date a sentence that passed the history filter: it goes on
            # the narrative of the event before it, else it is undated (publication, week).
            prev = events[-1] if events else None
            date, date_end, precision = (
                (prev.date, prev.date_end, prev.time_precision) if prev else (published, None, 2)
            )
        actor1, actor2 = _event_actors(mention.sent, mention.trigger, actors, mention.code)
        if pair[0] == "Battles" and (actor1 is None or actor2 is None):
            # A battle has two sides: the article's other main armed group fills the gap.
            others = [a for a in armed if a not in (actor1, actor2)]
            if actor1 is None and others:
                actor1, others = others[0], others[1:]
            if actor2 is None and others:
                actor2 = others[0]
        sent = mention.sent
        evidence = Evidence(start=sent.start_char, end=sent.end_char, text=sent.text)
        ev = Event(
            id="",
            event_type=pair[0],
            sub_event_type=pair[1],
            date=date,
            date_end=date_end,
            time_precision=precision,
            location=location,
            actor1=actor1,
            actor2=actor2,
            fatalities=read_fatalities(sent.text),
            evidence=[evidence],
        )
        host = _antecedent(events, ev, mention, own_place)
        if host is not None:
            # A restatement of an event already reported, or something done in its course.
            host.evidence.append(evidence)
            if mention.anaphoric and ev.fatalities is not None:
                host.fatalities = max(host.fatalities or 0, ev.fatalities)
            host.actor1 = host.actor1 or ev.actor1
            host.actor2 = host.actor2 or ev.actor2
            continue
        if mention.front:
            continue  # the front's movement with nothing reported to restate: no event
        same = next((e for e in events if _same_event(e, ev)), None)
        if same is None:
            events.append(ev)
            continue
        same.evidence.append(evidence)
        if ev.time_precision < same.time_precision:
            # The more precise date of the two mentions dates the event.
            same.date, same.date_end = ev.date, ev.date_end
            same.time_precision = ev.time_precision
        if ev.fatalities is not None:
            # The same event restated: keep the larger toll, never the sum.
            same.fatalities = max(same.fatalities or 0, ev.fatalities)
        same.actor1 = same.actor1 or ev.actor1
        same.actor2 = same.actor2 or ev.actor2
    for i, ev in enumerate(events, start=1):
        ev.id = f"ev{i}"
    return events


def _antecedent(
    events: list[Event], ev: Event, mention: _Mention, own_place: Place | None
) -> Event | None:
    """The earlier event a mention belongs to, if it is not an event of its own.

    Two cases: an anaphoric mention ("the army said it repelled the attack") restates the
    latest earlier event of its event type; a weapons seizure or property destruction with no
    date of its own ("its men seized weapons and set fire to vehicles") happened in the course
    of the latest earlier violent event. Either way the mention must not name a different place.
    """
    if mention.anaphoric or mention.front:
        candidates = [e for e in events if e.event_type == ev.event_type]
    elif mention.code in _INCIDENTAL and not mention.dated and not mention.separate:
        candidates = [e for e in events if e.event_type in _VIOLENT_TYPES]
    else:
        return None
    for host in reversed(candidates):
        if own_place is None or _place_within(own_place, host.location):
            return host
    return None


def _place_within(place: Place, location: Location | None) -> bool:
    """True when `place` is the event's location or an area containing it ("Borno" for a town
    in Borno state)."""
    if location is None:
        return False
    names = {n.lower() for n in (place.canonical, place.text) if n}
    if location.name.lower() in names:
        return True
    containers = {n.lower() for n in (location.admin1, location.admin2, location.country) if n}
    return bool(names & containers) or (
        place.kind == "country" and place.country is not None and place.country == location.country
    )


def _tree_distance(a: Token, b: Token) -> int:
    """Edges between two tokens of one parse tree (through their lowest common ancestor)."""
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    for i, node in enumerate(up_a):
        if node in up_b:
            return i + up_b.index(node)
    return 99


def _best_place(doc: Doc, places: list[Place], trigger: tuple[int, int]) -> Place | None:
    """The sentence's toponym closest to the trigger in the parse (the place it happened)."""
    resolved = [
        p
        for p in places
        if p.kind != "country" and not _not_scene(doc, p) and not _is_dateline(doc.text, p)
    ]
    # ACLED codes the most specific place: "a base in X, in Y state" happened in X.
    resolved = [p for p in resolved if not any(_contains(p, q) for q in resolved)]
    if not resolved:
        return None
    trig = doc.char_span(*trigger, alignment_mode="expand")
    if trig is None or len(trig) == 0:
        return resolved[0]

    def distance(p: Place) -> tuple[int, int]:
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return (99, p.start)
        # A place given as a reference point ("adjacent to X", "north of X") is not the scene.
        ref = 1 if _REFERENCE.search(doc.text[max(0, p.start - 40) : p.start]) else 0
        return (_tree_distance(span.root, trig.root) + ref, p.start)

    return min(resolved, key=distance)


def _contains(area: Place, place: Place) -> bool:
    """True when `place` lies inside `area` (its admin1 or admin2 is the area's name)."""
    if area is place or area.kind in _FINE_KINDS:
        return False
    names = {n.lower() for n in (area.canonical, area.text) if n}
    if (place.canonical or place.text).lower() in names:
        return False
    return any(n and n.lower() in names for n in (place.admin1, place.admin2))


def _not_scene(doc: Doc, place: Place) -> bool:
    """True for a place named as a destination, an origin or where the wounded are treated."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    lo = max(0, place.start - 70)
    if span is not None and len(span) > 0:
        lo = max(lo, span.sent.start_char)
    return bool(_NOT_SCENE.search(doc.text[lo : place.start]))


def _same_event(a: Event, b: Event) -> bool:
    """Same subtype and place, and the same day, or a day apart when either date is only
    approximate (precision 2+: a fallback or a range, which a day's difference cannot tell apart).
    """
    loc_a = a.location.name if a.location else None
    loc_b = b.location.name if b.location else None
    if a.sub_event_type != b.sub_event_type or loc_a != loc_b:
        return False
    if a.date == b.date:
        return True
    if a.date is None or b.date is None:
        return False
    vague = max(a.time_precision, b.time_precision) >= 2
    return vague and abs((a.date - b.date).days) <= 1
