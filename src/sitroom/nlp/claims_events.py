"""Claims and events: which events each statement, denial and hedge of the outlet speaks of."""

from __future__ import annotations

import functools
import re
from typing import Any

from rapidfuzz import fuzz
from spacy.tokens import Doc

from ..models import Actor, Event
from .attribution import cue_pattern, load_cues, segments
from .claims_drafts import (
    _PRONOUNS_GROUP,
    _PRONOUNS_PERSON,
    FOLLOW_UP_GAP,
    _Draft,
    _speaker_group,
    keeps_control,
)
from .event_types import event_words, load_event_nouns
from .events import TERRITORY_SUBTYPES, VIOLENT_TYPES

# Spelling similarity (rapidfuzz ratio, 0-100) at which two names are taken as one: 85 lets
# one letter of an eight-letter name differ ("helmandi"/"hilmandi" scores 87.5).
_NAME_SIMILARITY = 85

# Kinds of event a statement elsewhere can be tied to by a shared name: outcomes (a death, a
# place taken), not "fighting", which a statement mentions in passing far more often.
_OUTCOME_KINDS = ("death", "capture")
_PRONOUNS_ALL = _PRONOUNS_PERSON | _PRONOUNS_GROUP | {"his", "its", "our", "may", "but", "with"}
_STOP = {
    "the", "a", "an", "of", "about", "on", "in", "that", "this", "these", "those", "to", "by",
    "from", "and", "or", "'s", "’s", "its", "his", "her", "their", "for", "with", "at",
}  # fmt: skip


_DAY_NAMES = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}  # fmt: skip


# Words before a noun that make it refer back to something already told ("the shelling",
# "Saturday's attack"): a statement naming an event so speaks of one reported before.
_DEFINITE = r"(?:the|this|that|these|those|its|their|his|her|[A-Z][\w-]*['’]s)"
# A preposition before an event noun makes the event the setting of what is said ("killed
# in the attack", "wounded during the shelling"), not what is said or denied.
_SETTING = re.compile(
    r"\b(?:in|during|at|after|before|since|from|by|amid|following|throughout)\s+"
    r"(?:(?:the|this|that|its|their|an?|[A-Z][\w-]*['’]s)\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
# Words of an ACLED type name that name no kind of act ("Violence against civilians").
_TYPE_STOP = {
    "against", "civilians", "remote", "violence", "explosions", "state", "actor", "non",
    "territory", "regains", "overtakes", "government", "with", "intervention", "excessive",
    "force", "protesters", "weapon", "forced", "armed", "peaceful",
}  # fmt: skip
# Nouns for a state of conflict rather than one incident: "an end to the fighting" speaks of
# the war at large, not of the clash told before (as _OUTCOME_KINDS leaves "fighting" out).
_SITUATION_NOUNS = {
    "fighting", "fight", "combat", "conflict", "war", "hostilities", "violence", "crisis",
    "unrest", "insurgency", "offensive", "campaign", "operation", "operations", "situation",
}  # fmt: skip
# What a hedge's object may hold and still only point back at a statement ("could not verify
# the claim", "could not independently confirm it"); plural words make it point at several.
_BACK_WORDS = {"the", "this", "that", "these", "those", "it", "them", "either", "any", "both",
               "of", "independently", "such", "his", "her", "their", "its", "details",
               "neither", "none", "side", "side's", "sides", "sides'", "given", "by",
               "provided", "released", "cited", "offered"}  # fmt: skip
_PLURAL_BACK = {"these", "those", "them", "either", "any", "both", "neither", "none"}

# "the reports about X's death": a reference to a report, not a report of the event itself.
_MENTION_OF_REPORT = re.compile(
    r"\b(?:reports?|claims?|news|rumou?rs?|allegations?)\s+(?:about|of|on)\s+\S+(?:\s+\S+){0,3}"
)

# --- events ---------------------------------------------------------------------------------


def _link_events(drafts: list[_Draft], events: list[Event]) -> None:
    """Each event goes to the statement whose content covers most of the event's evidence.

    Only the first evidence counts: it is the sentence that tells the event; later ones add
    detail and may sit in someone else's statement.
    """
    say_verbs = load_cues()["say_verbs"]
    for ev in events:
        best: tuple[int, _Draft] | None = None
        for ev_span in ((e.start, e.end) for e in ev.evidence[:1]):
            for d in drafts:
                if d.att.source is None and d.speaker is None and d.unnamed is None:
                    continue  # "14 people suspected of selling fuel": no one speaks
                lo, hi = d.att.content
                overlap = min(hi, ev_span[1]) - max(lo, ev_span[0])
                if overlap > 0 and (best is None or overlap > best[0]):
                    best = (overlap, d)
        if best is None:
            continue
        # "TASS reported that the mayor, X, said a drone had hit a bus stop": the statement
        # told inside the report tells the event; the report only carries it.
        lo, hi = best[1].att.content
        ev_lo, ev_hi = ev.evidence[0].start, ev.evidence[0].end
        inner = [
            d
            for d in drafts
            if d is not best[1]
            and d.att.lemma in say_verbs  # not a deed the cue model read as speech
            and lo <= d.att.cue[0] < hi
            and min(d.att.content[1], ev_hi) - max(d.att.content[0], ev_lo) > 0
        ]
        chosen = inner[-1] if inner else best[1]
        if ev.id not in chosen.events:
            chosen.events.append(ev.id)


def _link_detail(drafts: list[_Draft], events: list[Event]) -> None:
    """A statement that speaks of no event yet, asserting the detail of one told before it (a
    later evidence sentence: "the attackers arrived on motorcycles, he said"), speaks of that
    event.

    A speaker's follow-up to a statement about another event ("he also said ...") is left to
    that statement: `_merge_carried` joins the two. A follow-up telling more of the same event
    speaks of it.
    """
    prev: _Draft | None = None
    for d in drafts:
        follow_up = (
            prev is not None
            and prev.events
            and (prev.speaker or prev.unnamed) is not None
            and (prev.speaker or prev.unnamed) == (d.speaker or d.unnamed)
            and prev.stance == d.stance
            and d.start - prev.end < FOLLOW_UP_GAP
        )
        if not d.events and d.stance == "asserts":
            found = _retold_in(d.att.content, events)
            if not (follow_up and prev is not None and set(found) - set(prev.events)):
                d.events = found
        prev = d


def _retold_in(span: tuple[int, int], events: list[Event]) -> list[str]:
    """The events a span tells more of: those with a later evidence sentence inside it (the
    first tells the event; `_link_events` gives it its statement)."""
    lo, hi = span
    return [ev.id for ev in events if any(lo < e.end and e.start < hi for e in ev.evidence[1:])]


def _link_denials(drafts: list[_Draft], events: list[Event], mentions: list, text: str) -> None:
    """Tie each denial to what it denies.

    A denial that names an event by its kind, place or actors ("denied shelling the camp")
    denies that event. A denial of statements ("denied the accusation", "denied claims made
    by X") denies the events of the earlier claims it answers: those of the claims' named
    source (X), else of the nearest earlier claim by another party. Any other actor named
    in the denial ("its soldiers", "the army's positions") is not whose claims are denied.
    """
    cues = load_cues()
    # The group each speaker spoke for anywhere in the article ("Army spokesman Ibrahim Sani
    # said ..." and later "Sani denied ...").
    groups: dict[str, str] = {}
    for e in drafts:
        group = _speaker_group(e.speaker_actor, e.att, mentions)
        if e.speaker is not None and group is not None:
            groups.setdefault(e.speaker, group)

    def side(e: _Draft) -> set[str]:
        return {x for x in (e.speaker or e.unnamed, groups.get(e.speaker or "")) if x}

    for i, d in enumerate(drafts):
        if d.stance != "denies" or d.events:
            continue
        content = text[d.att.content[0] : d.att.content[1]]
        if keeps_control(content):
            # "The town remained under government control": the capture told before it.
            d.events = [ev.id for ev in _captures_denied(content, d.att.sentence[0], events, text)]
            if d.events:
                continue
        words = {w.lower().rstrip("s") for w in re.findall(r"\w+", content)}
        # A party does not deny its own side's statements: its own earlier words are not
        # what it answers ("Sani denied reports that soldiers were killed" after the army's
        # account of the attack answers someone else, or no one named).
        own = side(d)
        earlier = [
            e for e in drafts[:i] if e.stance == "asserts" and side(e) and not (side(e) & own)
        ]
        if not words & {n.rstrip("s") for n in cues["claim_nouns"]}:
            # "The government denied that the town had fallen": the events stage read the
            # content as a restatement of an event told before, which the denial denies.
            d.events = _retold_in(d.att.content, events)
            if d.events:
                continue
            d.events = [
                ev.id
                for ev in _events_referred(
                    d.att.content, d.att.sentence[0], events, text, definite=False
                )
            ]
            if not d.events:
                # "Amnesty said two protesters were shot dead. The ministry denied that officers
                # used live ammunition": another party's statement just before, in the same
                # paragraph, is what the denial answers.
                para = text.rfind("\n\n", 0, d.att.sentence[0])
                near = [e for e in earlier if e.events and e.start > para][-1:]
                d.answers = near
                d.events = [ev for e in near for ev in e.events]
            if not d.events:
                d.events = _deed_told_before(content, d.att.sentence[0], events, text)
            continue
        if _accused_denies(d, text, mentions):
            # "... and accused the army of using the camp as a base, a claim the army denied":
            # the accused answers the accusation, not the events told before it.
            continue
        source = _claims_source(d.att.content, text, mentions, cues)
        if source is not None:
            chosen = [
                e
                for e in earlier
                if e.speaker == source.name
                or _speaker_group(e.speaker_actor, e.att, mentions) == source.name
            ]
        else:
            # The claim just made in its paragraph, if any: "The Israeli military said it had
            # struck militants inside the school. Hamas denied ..., saying the claim was a
            # pretext" answers the military, even where no event was tied to its words.
            para = text.rfind("\n\n", 0, d.att.sentence[0])
            chosen = [e for e in earlier if e.start > para][-1:]
            if chosen and not chosen[0].events:
                # "They said soldiers beat six young men ... 'They dragged boys out,' one of
                # them said. The army rejected the account": that side's account told in a
                # sentence before (not "claiming the attack and accusing the victims of ...,
                # ... rejected the accusation": a second claim of that sentence).
                last = chosen[0]
                told = [
                    e
                    for e in earlier
                    if e.start > para
                    and e.events
                    and side(e) & side(last)
                    and e.att.sentence != last.att.sentence
                ]
                chosen = told[-1:] + chosen
            chosen = chosen or [e for e in earlier if e.events][-1:]
        d.refers_to = source.name if source else None
        d.answers = chosen
        for e in chosen:
            for ev in e.events:
                if ev not in d.events:
                    d.events.append(ev)


def _deed_told_before(content: str, at: int, events: list[Event], text: str) -> list[str]:
    """The violent event a denial of a deed speaks of when it opens the paragraph after that
    event's ("mortar rounds fired from across the border landed in Basawal ... \n\n A Pakistani
    military official denied that his forces had fired towards Afghan villages"): the one event
    of that paragraph, told with a verb the denial repeats."""
    para = text.rfind("\n\n", 0, at)
    if para < 0 or text[para:at].strip():
        return []  # not the paragraph's opening sentence
    before = text.rfind("\n\n", 0, para)
    told = [
        ev
        for ev in events
        if ev.event_type in VIOLENT_TYPES and before < ev.evidence[0].start < para
    ]
    if len(told) != 1:
        return []
    verbs = {w.lower() for w in re.findall(r"\b\w+ed\b", content)}
    said = {w.lower() for w in re.findall(r"\b\w+ed\b", told[0].evidence[0].text)}
    # Or one's part in it ("denied that its fighters had been involved").
    return [told[0].id] if verbs & said or _INVOLVED.search(content) else []


# A part in a deed, denied: "had been involved", "was behind it", "had nothing to do with".
_INVOLVED = re.compile(
    r"\b(?:involved|behind (?:it|the)|responsible|nothing to do with|any (?:part|role) in)\b",
    re.IGNORECASE,
)


# An accusation's verb: "accused the army of ...", "blames the rebels for ...".
_ACCUSE = re.compile(r"\b(?:accus|blam)(?:ed|es|ing|e)\b", re.IGNORECASE)


def _accused_denies(d: _Draft, text: str, mentions: list) -> bool:
    """Whether a denial comes from who its sentence accused just before it ("accused the army
    of X, a claim the army denied")."""
    if d.speaker_actor is None:
        return False
    # Named between the accusation and the denier's own mention.
    lo, hi = d.att.sentence[0], d.att.source[0] if d.att.source else d.att.cue[0]
    accused = [m.end() for m in _ACCUSE.finditer(text, lo, hi)]
    return bool(accused) and any(
        actor is d.speaker_actor and accused[-1] <= s < hi for s, _e, actor in mentions
    )


def _captures_denied(content: str, at: int, events: list[Event], text: str) -> list[Event]:
    """The captures a statement that a place is still held denies: those told before it that
    share a name with it, else the latest one ("the town remained under government control")."""
    told = [
        ev
        for ev in events
        if ev.sub_event_type in TERRITORY_SUBTYPES and ev.evidence and ev.evidence[0].start < at
    ]
    named = _events_about(content, told, text, need_kind=False, need_name=True)
    return named or told[-1:]


def _claims_source(
    span: tuple[int, int], text: str, mentions: list, cues: dict[str, Any]
) -> Actor | None:
    """Whose claims a denial names: X in "claims made by X", "X's claims", "rebel claims"."""
    nouns = "|".join(sorted((re.escape(n) for n in cues["claim_nouns"]), key=len, reverse=True))
    lo, hi = span
    for s, e, actor in mentions:
        if not (lo <= s and e <= hi):
            continue
        before = text[lo:s]
        after = text[e:hi]
        # "claims (made|issued|...) by (the) X": a claim noun, at most two words, by/from.
        if re.search(
            r"\b(?:" + nouns + r")\s+(?:\w+\s+){0,2}?(?:by|from)\s+(?:the\s+)?$", before, re.I
        ):
            return actor
        # "X's claims", "X's latest accusation", "rebel claims".
        if re.match(r"(?:['’]s?)?\s+(?:\w+\s+)?(?:" + nouns + r")\b", after, re.I):
            return actor
    return None


def _stem(word: str) -> str:
    """A crude stem that lets "shelling", "shelled" and "Shelling" meet ("strikes"/"strike")."""
    w = word.lower()
    if w.endswith("s") and not w.endswith("ss") and len(w) > 4:
        w = w[:-1]  # a plural first: "killings" meets "killed"
    for suffix in ("ing", "ed", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    return w.rstrip("e")


@functools.cache
def _event_nouns() -> frozenset[str]:
    """Nouns that name events (the package's general event-noun list, the violent ones and
    those with a synonym of their kind: "confirmed the detentions"), less words of speech."""
    nouns = set(event_words("nouns") | event_words("violent_nouns"))
    nouns |= set(load_event_nouns()["kind_synonyms"])
    cues = load_cues()
    return frozenset(nouns - cues["claim_nouns"] - cues["report_nouns"] - _SITUATION_NOUNS)


def _events_referred(
    content: tuple[int, int], at: int, events: list[Event], text: str, *, definite: bool
) -> list[Event]:
    """The event some words (a statement's content, a hedge's object, the sentence starting at
    `at`) name by its kind ("the shelling", "denied shelling the camp").

    The kind word must share its stem with the event's ACLED type name or the sentence that
    tells it; with `definite`, it must refer back ("the", "this", "Saturday's"), so only an
    event told before the statement qualifies. Among several, the one whose place or actors
    the statement names wins, else the nearest one told before it.
    """
    words = text[content[0] : content[1]]
    nouns = _event_nouns()
    generic_nouns = event_words("generic_attack_nouns")
    found: set[str] = set()
    kinds: set[str] = set()
    generic = False
    for m in re.finditer(r"[A-Za-z][\w-]*", words):
        word = m.group().lower()
        plural = word not in nouns
        if plural and not (word.endswith("s") and word[:-1] in nouns):
            continue
        # "The protest ... ended peacefully": a sentence's capital "The" refers back too.
        lead = words[: m.start()]
        back = _DEFINITE + r"\s+(?:[\w-]+\s+){0,2}$"
        if definite and not (re.search(back, lead) or re.search(back, lead.lower())):
            continue
        setting = _SETTING.search(words[: m.start()])
        # "denied any role in the attack": a part in it, not its setting.
        part = setting and cue_pattern("part_nouns", after=r"\s*$").search(words[: setting.start()])
        if setting and setting.group().lower().startswith("since"):
            # "attacks have grown more frequent since the incursion began": a trend measured
            # from the event, not a word on it.
            continue
        if not definite and setting and not part:
            # "denied that soldiers were killed in the attack": the event is the setting of
            # what is denied (a toll, a detail), not itself denied; "denied any role in the
            # attack" speaks of the attack itself.
            continue
        found.add(_stem(word))
        # "blamed M23 for the blast" after "a bomb exploded": the same kind, in the words of
        # its ACLED type ("the detentions" looks up "detention").
        entry = word[:-1] if plural else word
        kinds |= {_stem(w) for w in load_event_nouns()["kind_synonyms"].get(entry, ())}
        # "claimed the attack": a singular word for any violent event names whichever was told
        # ("stop their attacks" names none).
        generic = generic or word in generic_nouns
    if not found:
        return []

    def type_stems(ev: Event, *, all_words: bool = False) -> set[str]:
        names = re.findall(r"[A-Za-z]+", f"{ev.event_type} {ev.sub_event_type}")
        return {_stem(w) for w in names if all_words or w.lower() not in _TYPE_STOP}

    def stems(ev: Event) -> set[str]:
        told = " ".join(text[e.start : e.end] for e in ev.evidence[:1])
        return type_stems(ev) | {_stem(w) for w in re.findall(r"[A-Za-z]+", told)}

    pool = [
        ev
        for ev in events
        if ev.evidence
        and (
            stems(ev) & found
            or type_stems(ev, all_words=True) & kinds
            or (generic and ev.event_type in VIOLENT_TYPES)
        )
    ]
    if definite:
        pool = [ev for ev in pool if ev.evidence[0].start < at]
    low = words.lower()

    def named(ev: Event) -> bool:
        names = [ev.actor1, ev.actor2, ev.location.name if ev.location else None]
        # A group by its initials too ("the NRF" for the National Resistance Front).
        names += [_initials(n) for n in (ev.actor1, ev.actor2) if n]
        return any(n and re.search(r"\b" + re.escape(n.lower()) + r"\b", low) for n in names)

    # A side the words name picks its event, whatever word they use for it ("denied that the
    # NRF had carried out any attack": the clash with the NRF, not another attack).
    by_side = [ev for ev in pool if named(ev) and ev.actor1 and _initials(ev.actor1)]
    # An event of the kind named before one whose sentence only uses the word ("the same
    # strike" is the air strike, not the protest "against the strikes").
    pool = [ev for ev in pool if type_stems(ev, all_words=True) & (found | kinds)] or pool
    # Of those, the ones whose place or sides the words name.
    pool = [ev for ev in pool if named(ev)] or by_side or pool
    if not pool:
        return []
    before = [ev for ev in pool if ev.evidence[0].start < at]
    if before:
        return [max(before, key=lambda ev: ev.evidence[0].start)]
    return [min(pool, key=lambda ev: ev.evidence[0].start)]


def _initials(name: str) -> str | None:
    """A name's initials as its acronym ("NRF"), when it has three or more capitalised words."""
    caps = [w[0] for w in name.split() if w[:1].isupper()]
    return "".join(caps) if len(caps) >= 3 else None


# "Neither account could be verified", "none of the claims has been confirmed": the negation
# sits on the subject, not on the verb the hedge phrases list.
_NEITHER_VERIFIED = re.compile(
    r"^(?P<subject>(?:neither|none of)\b[^.]*?)\s+(?:could|can|has|have|had|was|were|is|are)\s+"
    r"(?:yet\s+)?(?:be\s+|been\s+)?(?:independently\s+)?(?:verified|confirmed)\b"
)


def _hedged_object(obj: tuple[int, int], text: str) -> tuple[int, int]:
    """A hedge's object without a second verb coordinated after it: "could not verify the
    claim or establish where the footage was filmed" doubts the claim, not a filming."""
    cues = load_cues()
    claim_words = cues["claim_nouns"] | cues["report_nouns"] | cues["figure_nouns"]
    m = re.match(
        r"\s*((?:[\w’']+\s+){1,4}?)(?:or|and|nor)\s+(?P<next>[a-z]+)\b", text[obj[0] : obj[1]]
    )
    if m is None or m.group("next") in claim_words | _BACK_WORDS | {"a", "an", "any", "other"}:
        return obj  # "the claims or the casualty figures": both doubted
    words = [w.lower().replace("’", "'") for w in m.group(1).split()]
    if words[-1] not in claim_words or any(
        w not in claim_words and w not in _BACK_WORDS for w in words
    ):
        return obj
    return obj[0], obj[0] + m.end(1)


def _find_hedges(doc: Doc) -> list[tuple[str, tuple[int, int], Any]]:
    """The outlet's own hedges ("could not verify", "reportedly") with their sentence spans."""
    out: list[tuple[str, tuple[int, int], Any]] = []
    for seg in segments(doc):
        low = seg.text.lower()
        span = (seg.start_char, seg.end_char)
        for kind in ("unverified", "claimed"):
            m = cue_pattern(f"hedges.{kind}").search(low)
            if m:
                # What is hedged ends with its clause: "could not verify the claim about the
                # convoy, and the army did not respond" hedges the convoy's claim, not the army.
                end = re.search(r",\s+(?:and|but|while)\b|;", low[m.end() :])
                stop = m.end() + end.start() if end else len(low)
                obj = (seg.start_char + m.end(), seg.start_char + stop)
                if not re.search(r"\w", low[m.end() : stop]):
                    # "The claims could not be verified, and ...": what is hedged is the subject.
                    obj = (seg.start_char, seg.start_char + m.start())
                out.append((kind, span, _hedged_object(obj, doc.text)))
                break
            neither = _NEITHER_VERIFIED.search(low.strip()) if kind == "unverified" else None
            if neither:
                lead = len(low) - len(low.lstrip())
                obj = (
                    seg.start_char + lead + neither.start("subject"),
                    seg.start_char + lead + neither.end("subject"),
                )
                out.append((kind, span, obj))
                break
    return out


def _hedged_events(
    kind_span: tuple[int, int], obj: tuple[int, int] | None, events: list[Event], text: str
) -> list[Event]:
    """The events a hedge speaks of: those in its sentence, else those its object names."""
    lo, hi = kind_span
    direct = [ev for ev in events if any(e.start < hi and lo < e.end for e in ev.evidence)]
    if direct or obj is None:
        return direct
    # "could not verify the deaths in Tamar", else "was unable to confirm the shelling"; but
    # words that refer back to an event by its kind name it before any word they share with
    # others ("whether the two reports referred to the same strike", not every event told
    # "the same day").
    referred = _events_referred(obj, lo, events, text, definite=True)
    return referred or _events_about(text[obj[0] : obj[1]], events, text, need_kind=False)


_SIDE_KINDS = frozenset({"armed group", "state forces", "government"})


def _hedged_back(
    span: tuple[int, int],
    obj: tuple[int, int],
    drafts: list[_Draft],
    text: str,
    events: list[Event],
) -> list[_Draft]:
    """The statements a hedge points back at ("could not verify the claim"), of `events`.

    A hedge whose object is only a claim word or a pronoun scopes over the claim it follows:
    the nearest earlier statement in its paragraph, or all of them there when the object is
    plural ("these claims"). A hedge in a paragraph with no statement before it looks back
    over the paragraphs before: the last statement there, or every earlier one when plural;
    so does one that names both sides ("the claims of both sides"). "Neither account", "both
    accounts" speak of the last two sides' statements, wherever told.
    """
    cues = load_cues()
    words = [w.lower().replace("’", "'") for w in re.findall(r"[\w’']+", text[obj[0] : obj[1]])]
    claim_words = cues["claim_nouns"] | cues["report_nouns"] | cues["figure_nouns"]
    earlier = [d for d in drafts if d.events and d.end <= span[0]]
    owners = [w for w in words if w.endswith("'s") and w not in _BACK_WORDS]
    if len(owners) == 1 and all(
        w in claim_words or w in _BACK_WORDS for w in words if w not in owners
    ):
        # "could not verify the army's account": the latest statement of that speaker.
        owned = [d for d in earlier if _speaker_is(d, owners[0].removesuffix("'s"))]
        if owned:
            return owned[-1:]
    if not words or any(w not in claim_words and w not in _BACK_WORDS for w in words):
        return []
    # Its paragraph starts after the last blank line before it.
    para = text.rfind("\n\n", 0, span[0])
    before = [d for d in earlier if d.start > para]
    told_here = any(para < ev.evidence[0].start < span[0] for ev in events)
    if not before and not told_here and not any(d.start > para for d in drafts if d.end <= span[0]):
        # No statement in its own paragraph, nor an event told there ("..., according to videos
        # shared online. The outlet could not verify the footage"): it speaks of those before.
        before = earlier
    pair = {"both", "either", "neither"} & set(words)
    named_sides = {"side", "sides", "side's", "sides'"} & set(words)
    if pair and named_sides:
        before = earlier  # "the claims of both sides": every side's, wherever told
    if not before:
        return []
    if pair and not named_sides:
        # "Neither account could be verified": the last two sides' statements, wherever told
        # (the army's in one paragraph, the group's answer in the next); witnesses between
        # them are no side.
        sides = [
            d
            for d in earlier
            if d.speaker_actor is not None and d.speaker_actor.kind in _SIDE_KINDS
        ]
        if len({d.speaker for d in sides}) < 2:
            sides = earlier  # one side known as such: the other is whoever spoke besides it
        chosen, speakers = [], set()
        for d in reversed(sides):
            who = d.speaker
            if len(speakers) == 2 and who not in speakers:
                break
            speakers.add(who)
            chosen.append(d)
        return chosen
    plural = any(w in _PLURAL_BACK or (w in claim_words and w.endswith("s")) for w in words)
    return before if plural else before[-1:]


def _speaker_is(d: _Draft, word: str) -> bool:
    """Whether a statement's speaker is the one a word names ("the army's account"): by its
    words, or for "army" and "military" a state force."""
    named = " ".join(
        n for n in (d.speaker, d.speaker_actor.name if d.speaker_actor else None) if n
    ).lower()
    if re.search(rf"\b{re.escape(word)}\b", named):
        return True
    kind = d.speaker_actor.kind if d.speaker_actor else None
    return (word in ("army", "military") and kind == "state forces") or (
        word in ("group", "rebels", "militants") and kind == "armed group"
    )


def _has(text: str, phrases: list[str]) -> bool:
    return any(re.search(r"\b" + re.escape(p) + r"\b", text) for p in phrases)


def _events_about(
    words_text: str,
    events: list[Event],
    text: str,
    *,
    need_kind: bool,
    need_name: bool = False,
    kinds: tuple[str, ...] | None = None,
) -> list[Event]:
    """The events some words speak of: events of the same kind (a death, a capture, fighting)
    whose evidence shares a name with the words, else all events of that kind.

    With `need_kind`, words naming no kind of event speak of none; with `need_name`, only
    events sharing a capitalised name with the words qualify.
    """
    cues = load_cues()
    low = words_text.lower()
    kinds = [
        k
        for k, phrases in cues["event_words"].items()
        if (kinds is None or k in kinds) and _has(low, phrases)
    ]
    if need_kind and not kinds:
        return []
    words = [re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w’']+", low) if w not in _STOP]
    skip = cues["claim_nouns"] | cues["report_nouns"]
    names = [w for w in words if len(w) > 3 and w not in skip]
    if need_name:
        # A day's name is shared by what happened on that day, not one event's name.
        proper = re.findall(r"\b[A-Z][\w’'-]+", words_text)
        names = [w.lower() for w in proper if w.lower() not in _STOP | _PRONOUNS_ALL | _DAY_NAMES]

    def ev_text(ev: Event) -> str:
        # Words inside "reports of X's death" only mention the event: they do not report it.
        t = " ".join(text[e.start : e.end] for e in ev.evidence).lower()
        return _MENTION_OF_REPORT.sub(" ", t)

    def of_kind(ev: Event, kind: str) -> bool:
        if kind == "death" and (ev.fatalities or 0) > 0:
            return True
        if kind == "death" and ev.event_type == "Strategic developments":
            # Arrests of men "suspected of taking part in a gunfight that killed one man":
            # the deaths their account names are another event's.
            return False
        return _has(ev_text(ev), cues["event_words"][kind])

    def named(ev: Event) -> bool:
        # Transliterated names vary ("Misrata", "Misratah"): a close spelling counts.
        tokens = set(re.findall(r"[\w’'-]+", ev_text(ev)))
        return any(
            n in tokens
            or (len(n) > 4 and any(fuzz.ratio(n, t) >= _NAME_SIMILARITY for t in tokens))
            for n in names
        )

    if not kinds:
        return [ev for ev in events if named(ev)]
    pool = [ev for ev in events if all(of_kind(ev, k) for k in kinds)]
    if need_name:
        return [ev for ev in pool if named(ev)]
    return [ev for ev in pool if named(ev)] or pool
