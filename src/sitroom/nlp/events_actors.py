"""Event actors: the sides of an event among the actors named in its sentence."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from spacy.tokens import Span, Token

from ..models import Actor
from .actors import SPEECH_BODY, force_name, load_actor_lexicon, militia_states
from .attribution import load_cues as load_attribution_cues
from .doctext import doc_text
from .event_types import acled_type, event_words

_GROUP_KINDS = {"armed group", "state forces", "government", "political party", "protesters"}
# ", the ... " right after a name, up to the described mention: an appositive description.
_APPOSITION = re.compile(r"(?:\s*\([^()]{1,12}\))?,\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}$")
_ACCORDING = re.compile(r"\baccording to\s+(?:the\s+)?(?:[\w-]+\s+){0,5}$", re.IGNORECASE)
_ACCUSES = re.compile(
    r"[\w\s'’.()-]{0,40}?(?<![\w-])(?:blamed|blames|accused|accuses|held)\b(?![^.]{0,30}\bby\b)"
)


def _without_appositions(text: str, actors: list[Actor]) -> list[Actor]:
    """The actors with mentions inside an apposition to another actor removed: in "X (XA),
    the Y affiliate active in Z, claimed the attack" Y describes X and takes no part; nor
    does it in "Al Qaeda's Sahel affiliate JNIM said"."""
    ends = sorted(e for a in actors for _s, e in a.mentions)
    affiliation = _affiliation_pattern()
    out = []
    for actor in actors:
        kept = []
        for s, e in actor.mentions:
            m = _APPOSITION.search(text, max(0, s - 40), s)
            if m is not None and any(m.start() - 12 <= end <= m.start() for end in ends):
                continue
            if affiliation.match(text, e):
                continue
            kept.append((s, e))
        if kept:
            out.append(actor.model_copy(update={"mentions": kept}))
    return out


def _sentence_actors(sent: Span, actors: list[Actor]) -> list[tuple[int, Actor]]:
    """Each actor named in `sent` at its first mention there; for a force whose first mention
    is the body that speaks for it, its next one ("Russia's Defence Ministry said its forces
    had captured ...": the forces take part, the ministry only tells)."""
    found: list[tuple[int, Actor]] = []
    for actor in actors:
        starts = sorted(s for s, _e in actor.mentions if sent.start_char <= s < sent.end_char)
        if len(starts) > 1 and _is_speech_body(sent, actor, starts[0]):
            starts = starts[1:]
        if starts:
            found.append((starts[0], actor))
    return sorted(found, key=lambda x: x[0])


def _is_speech_body(sent: Span, actor: Actor, start: int) -> bool:
    """Whether the mention at `start` names a body that speaks for an armed force ("Ukraine's
    General Staff"), or whose spokesman or officer it is ("An army spokesman in Beni said"),
    not the force that fights."""
    text = doc_text(sent.doc)
    end = _mention_end(actor, start)
    return SPEECH_BODY.search(text[start:end]) is not None or bool(_ITS_SPEAKER.match(text, end))


# A speaker's title right after the force it speaks for, and the saying: "An army spokesman in
# Beni said", "military sources told" (not "wounding the police officer escorting the team").
_ITS_SPEAKER = re.compile(
    r"\s+(?:spokes(?:man|woman|person)|officials?|officers?|sources?)"
    r"(?:\s+(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
    r"(?:\s+(?:province|district|region|state|county))?)?"
    # "A police officer in El Oro province, who asked not to be named, said"
    r"(?:,\s+(?:who|which)\s[^,;.]{0,60})?"
    r",?\s+(?:said|says|told)\b"
)


def _mention_end(actor: Actor, start: int) -> int:
    """Where the actor's mention starting at `start` ends."""
    return next((e for s, e in actor.mentions if s == start), start)


def _group_of(actor: Actor, by_name: dict[str, Actor]) -> Actor | None:
    if actor.kind != "person":
        return actor
    for role in actor.roles:
        if role.of in by_name and role.title != "member":
            return by_name[role.of]
    return None


# The cues of a change of control, and the "from" that names who lost the place.
_TAKING_CODES = frozenset({"NON_STATE_ACTOR_OVERTAKES_TER", "GOV_REGAINS_TERIT"})
_TAKEN_FROM = re.compile(r"\bfrom\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$", re.IGNORECASE)


# A force's own operation: "during an operation to arrest suspects", "in a police raid".
_OPERATION = re.compile(r"\b(?:during|in) an? (?:\w+ )?(?:operation|raid)\b", re.IGNORECASE)
# Who repelled, repulsed or fought off an attack (not who was pushed back): the side attacked.
_REPELLED = re.compile(
    r"(?:(?!\b(?:been|was|were|being)\b)[^.;]){0,40}?\b(?:had |have |has )?"
    r"(?:repelled|repulsed|fought off|beat back|beaten back|pushed back|foiled|thwarted)\b"
)
# Who holds or backs what was hit ("a position held by government forces"), not who hit it.
_HELD_BY = re.compile(
    r"\b(?:held|controlled|run|manned|occupied|backed|supported|operated|guarded|used)\s+by\s+"
    r"(?:the\s+)?(?:\w+\s+){0,2}$"
)


def _event_actors(
    sent: Span, trigger: tuple[int, int], actors: list[Actor], code: str
) -> tuple[str | None, str | None]:
    by_name = {a.name: a for a in actors}
    groups: list[Actor] = []
    agent: Actor | None = None
    patient: Actor | None = None
    in_sentence = _sentence_actors(sent, actors)
    text = doc_text(sent.doc)

    def take(group: Actor) -> Actor:
        """A group as a side of the event, once."""
        if group not in groups:
            groups.append(group)
        return group

    for start, actor in in_sentence:
        group = _group_of(actor, by_name)
        if group is None or group.kind not in _GROUP_KINDS | {"organization"}:
            continue
        if group.kind == "organization" and code != "AGREEMENT":
            continue
        if _HOLDER.match(text, _mention_end(actor, start)):
            continue  # "in KIA-held territory", "an Iran-backed militia": no side of the act
        # Police who tell of a shootout in their own operation fought it ("police said three
        # gang members were killed in a shootout ... during an operation to arrest suspects").
        if (
            (acled_type(code) or ("",))[0] == "Battles"
            and group.kind == "state forces"
            and start < trigger[0]
            and _OPERATION.search(sent.text)
            and _speaks(sent, start)
        ):
            agent = take(group)
            continue
        # Who repelled an attack is the side it was made on ("soldiers had repelled a complex
        # terrorist attack and killed 18 assailants"): ACLED names the attacker first.
        if (
            (acled_type(code) or ("",))[0] == "Battles"
            and start < trigger[1]
            and _REPELLED.match(text, _mention_end(actor, start), sent.end_char)
            and _in_subject(sent, start)
        ):
            patient = take(group)
            continue
        # A force that tells of a deed another group named after it did ("Colombian police
        # said FARC dissidents had kidnapped six soldiers") is its source, not a side.
        if (
            start < trigger[0]
            and any(
                start < s < trigger[0]
                and _group_of(a, by_name) not in (None, group)
                and _TELLS.search(text, start, s) is not None
                and _in_subject(sent, s)
                for s, a in in_sentence
            )
            and _speaks(sent, start)
        ):
            continue
        # Police who tell of arrests made them ("Israeli police said two suspects were
        # detained"): ACLED's arresting force is actor1.
        if (
            code == "ARREST"
            and group.kind == "state forces"
            and start < trigger[0]
            and _speaks(sent, start)
        ):
            agent = take(group)
            continue
        # A force that tells of a deed done to its own ("police said explosives dropped from a
        # drone struck a police station") is the side acted on, not the doer. (In a battle
        # both are sides, whoever tells it.)
        if (
            group.kind == "state forces"
            and (acled_type(code) or ("Battles",))[0] != "Battles"
            and start < trigger[0]
            and _speaks(sent, start, strict=True)
            and _own_kind(group).search(text, trigger[1], sent.end_char)
        ):
            patient = take(group)
            continue
        # A force that tells of what someone else did to others ("Police said unidentified
        # gunmen shot the man outside his house") is its source, not a side.
        if (
            group.kind == "state forces"
            and (acled_type(code) or ("Battles",))[0] != "Battles"
            and start < trigger[0]
            and _tells_anothers_deed(text, _mention_end(actor, start), sent, trigger[0], group)
        ):
            continue
        # A speaker's own group ("Taliban spokesperson X said") is not a party to the event
        # unless it is named again in the reported clause.
        # So is a party that tells what was done to its members ("the National Congress for
        # Freedom (CNL) said militiamen beat two of its officials").
        if (
            (
                actor.kind == "person"
                or group.kind == "political party"
                or _is_speech_body(sent, actor, start)
            )
            and start < trigger[0]
            and _speaks(sent, start)
        ):
            continue
        # Who tells of the event after it ("..., killing nine people, police said", "according
        # to the police") is the source of the report, not a side; so is a source set off by a
        # comma before a trailing cue (", villagers and police said, in the latest kidnapping").
        if (start >= trigger[1] or _trailing_source(sent, start)) and (
            _speaks(sent, start) or _ACCORDING.search(text, 0, start)
        ):
            if (
                start >= trigger[1]
                and agent is None
                and _OWN_STRIKE.match(text, start, sent.end_char)
            ):
                # "A drone strike hit herders at a well ..., while the army said it had
                # destroyed a terrorist position": who says it struck did it.
                agent = take(group)
            continue
        # "..., killing two of them, a hospital official said, as Iraqi forces stepped up
        # operations against Islamic State cells": the setting after the source, no side.
        if start >= trigger[1] and SAID_AS.search(text, trigger[1], start):
            continue
        # Who blames or accuses someone of the event is not a party to it ("the army blamed
        # the RSF for the shelling": the RSF is).
        if start < trigger[0] and _ACCUSES.match(text, start):
            continue
        before = text[max(0, start - 40) : start]
        if (
            (acled_type(code) or ("",))[0] == "Battles"
            and start >= trigger[1]
            and patient is None
            and _holds_the_place(text, before, _mention_end(actor, start), sent.end_char)
        ):
            # "attacked a village held by government troops", "at Hees, where soldiers of the
            # national army share positions with clan fighters": whoever holds the place
            # attacked is the side attacked.
            patient = take(group)
            continue
        take(group)
        if re.search(r"\bby\s+(?:the\s+)?(?:\w+\s+){0,2}$", before) and not _HELD_BY.search(before):
            agent = group
        if (
            code in _TAKING_CODES
            and start >= trigger[1]
            and _TAKEN_FROM.search(text, max(0, start - 30), start)
        ):
            patient = group  # "retook the town from M23 rebels": M23 lost it
    if patient is not None and patient is not agent:
        # Who a place was taken from is the side acted on.
        groups.remove(patient)
        if not groups:
            return None, patient.name
        groups.insert(1, patient)
    if agent is not None and agent in groups:
        groups.remove(agent)
        groups.insert(0, agent)
    elif groups:
        # A passive subject before the trigger is the one acted on ("X had been driven out").
        first = groups[0]
        first_pos = next(s for s, a in in_sentence if _group_of(a, by_name) is first)
        # The trigger itself may hold the auxiliary ("was killed during the fighting").
        between = text[first_pos : trigger[1]]
        # ... or opens it ("Three policemen were killed after gunmen attacked a post").
        passive = first_pos < trigger[1] and re.search(
            r"\b(?:was|were|been|being|c[oa]me under|comes under)\b", between
        )
        # So is one named in what the trigger acts on ("air defences destroyed 41 Ukrainian
        # drones").
        if passive or _in_object(sent, first_pos, trigger):
            if len(groups) == 1:
                return None, first.name
            groups = [groups[1], groups[0], *groups[2:]]
    if code == "REM_EXPLOS" and len(groups) == 1 and agent is None:
        # "a roadside bomb exploded under a Syrian army vehicle", "struck a police van": a
        # bomb's doer is seldom named but as the subject; a force named elsewhere was hit.
        first_pos = next(s for s, a in in_sentence if _group_of(a, by_name) is groups[0])
        if not _in_subject(sent, first_pos):
            return None, groups[0].name
    if len(groups) > 1 and _allied(sent, in_sentence, by_name, groups[0], groups[1]):
        # "the Congolese army and fighters of the Wazalendo militias tried to dislodge the
        # rebels": one side, not two.
        groups = [groups[0], *groups[2:]]
    names = [g.name for g in groups]
    return (names[0] if names else None, names[1] if len(names) > 1 else None)


_SAID_THAT = re.compile(r"\s+(?:said|says|told reporters)\s+(?:that\s+)?", re.IGNORECASE)
# The force itself in what it tells: "it", "its patrols", "our men".
_ITS_OWN = re.compile(r"\b(?:it|its|they|their|we|our|us)\b", re.IGNORECASE)
# The arms of a state's military: "air force aircraft had struck", "drones had struck".
_ITS_ARMS = re.compile(
    r"\b(?:air ?force|aircraft|air ?strikes?|drones?|jets?|warplanes?|planes|helicopters?|"
    r"gunships?|artillery|forces|navy|units?)\b",
    re.IGNORECASE,
)


def _tells_anothers_deed(text: str, end: int, sent: Span, trigger: int, group: Actor) -> bool:
    """Whether a force named right before "said" tells, in the clause it opens, a deed whose
    doer is no one of its own and done to no one of its own ("Police said unidentified gunmen
    shot ...", not "said its aircraft had struck" nor "said migrants had attacked one of its
    patrols")."""
    said = _SAID_THAT.match(text, end, trigger)
    if said is None or not text[said.end() : trigger].strip():
        return False
    told = text[said.end() : sent.end_char]
    return not (_ITS_OWN.search(told) or _own_kind(group).search(told) or _ITS_ARMS.search(told))


# The words between two groups named as one party: "(FARDC) and fighters of the", "and
# allied".
_ALLIED_GAP = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s*(?:\([^)]*\)\s*)?,?\s+and\s+(?:(?:allied|its|their)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:(?:of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?)?$"
)


def _allied(
    sent: Span, in_sentence: list[tuple[int, Actor]], by_name: dict[str, Actor], a: Actor, b: Actor
) -> bool:
    """Whether two groups are named joined by "and" as one party ("the army and fighters from
    the Wazalendo militias"): read from the words between them, else from the parse (a mention
    of one a conjunct of the other's phrase); not "fighting between the army and the RSF"."""
    doc = sent.doc
    text = doc_text(doc)
    starts_a = [s for s, actor in in_sentence if _group_of(actor, by_name) is a]
    starts_b = [s for s, actor in in_sentence if _group_of(actor, by_name) is b]
    for sa in starts_a:
        end = text.find(" ", sa)
        if end < 0 or "between" in text[max(0, sa - 30) : sa].lower():
            continue
        if any(sa < sb and _ALLIED_GAP.match(text, end, sb) for sb in starts_b):
            return True
    firsts = [
        [span[0] for st in starts if (span := doc.char_span(st, st + 1, alignment_mode="expand"))]
        for starts in (starts_a, starts_b)
    ]
    for ta in firsts[0]:
        for tb in firsts[1]:
            for x, y in ((ta, tb), (tb, ta)):
                node = y
                for _ in range(8):
                    if node.dep_ == "conj" and (node.head is x or node.head in x.ancestors):
                        return not any(t.lower_ == "between" for t in [x, *x.ancestors][:3])
                    if node.head.i == node.i or node.pos_ in ("VERB", "AUX"):
                        break
                    node = node.head
    return False


# A source after the act that says it struck ("the army said it had destroyed a position").
_OWN_STRIKE = re.compile(
    r"[\w\s'’.-]{0,40}?\b(?:said|says|claimed)\s+(?:that\s+)?"
    r"(?:it|its (?:forces|troops|aircraft))\s+"
    r"(?:had\s+)?(?:destroyed|struck|hit|targeted|bombed|shelled|carried out)\b"
)


def _holds_the_place(text: str, before: str, end: int, stop: int) -> bool:
    """Whether a group is named as who holds the place just told: "held by X", "where
    soldiers of X share positions"."""
    if _DEFENDED_BY.search(before):
        return True
    return bool(_WHERE.search(before)) and bool(_HOLD_POSITIONS.match(text, end, stop))


_DEFENDED_BY = re.compile(
    r"\b(?:held|controlled|manned|occupied|guarded|defended)\s+by\s+(?:the\s+)?(?:\w+\s+){0,2}$"
)
_WHERE = re.compile(r"\bwhere\s+(?:[\w'-]+\s+){0,4}$")
_HOLD_POSITIONS = re.compile(
    r"(?:\s+[\w'-]+){0,2}?\s+(?:hold|holds|held|share|shares|shared|man|mans|manned|have|has|"
    r"had|keep|keeps|kept)\s+(?:a\s+|an\s+|their\s+|its\s+)?(?:\w+\s+)?"
    r"(?:positions?|base|bases|post|posts|outpost|garrison|camp|checkpoint)\b",
    re.IGNORECASE,
)
# A group named as who holds, runs or backs something: "KIA-held territory", "Iran-backed
# militias" (not "Islamic State-linked insurgents": the group's own fighters).
_HOLDER = re.compile(r"-(?:held|controlled|run|occupied|backed|funded)\b")
# The words before a source named after the act it tells: ", villagers and ".
_TRAILING_SOURCE = re.compile(r",\s+(?:[\w'’-]+\s+){0,3}?(?:and\s+)?$")
# A verb of saying just before a mention: what follows is what was said.
_AFTER_SAYING = re.compile(r"\b(?:said|says|told|added|wrote|reported|stated)\s+$")


def _trailing_source(sent: Span, start: int) -> bool:
    """Whether the mention at `start` is set off by a comma after the act told ("Armed men
    stormed a village ..., villagers and police said"), not a speaker opening the sentence
    ("Early on Wednesday, the army said it had ...")."""
    text = doc_text(sent.doc)
    if not _TRAILING_SOURCE.search(text, sent.start_char, start) or _AFTER_SAYING.search(
        text, sent.start_char, start
    ):
        return False  # not "..., said Ukrainian artillery had shelled": what is said
    say = load_attribution_cues()["say_verbs"]
    # Not the verb of a modifier: "Separately, the Turkish-backed National Army said".
    return any(
        t.pos_ == "VERB"
        and t.lemma_.lower() not in say
        and t.dep_ != "amod"
        and sent.doc[t.i - 1].text != "-"
        for t in sent
        if t.idx < start
    )


# The setting after the source: "..., the army said, as tension rose in the city after a bomb
# exploded nearby".
SAID_AS = re.compile(r"\b(?:said|says|told \w+|reported)\s*,\s+as\s", re.IGNORECASE)
_TELLS = re.compile(r"\b(?:said|says|told|reported|stated|announced|added)\b")
# A force's own people or posts named as what an act was done to.
_OWN_MILITARY = re.compile(
    r"\b(?:army|military|soldiers?|troops|servicem[ae]n|paratroopers?)\b", re.IGNORECASE
)
_OWN_POLICE = re.compile(r"\b(?:police|policem[ae]n|police officers)\b", re.IGNORECASE)


def _own_kind(force: Actor) -> re.Pattern[str]:
    """The words for a state force's own people and posts: the police's or the military's."""
    return _OWN_POLICE if force.name.startswith("Police") else _OWN_MILITARY


def _in_subject(sent: Span, start: int) -> bool:
    """Whether the mention at `start` lies in the subject of its clause ("dissidents of the
    FARC had kidnapped ..."), not in what the clause acts on ("killed a Hezbollah commander")."""
    at = sent.doc.char_span(start, start + 1, alignment_mode="expand")
    if at is None or len(at) == 0:
        return False
    tok = at[0]
    while True:
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return True
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return False
        tok = tok.head


def _in_object(sent: Span, start: int, trigger: tuple[int, int]) -> bool:
    """Whether the mention at `start` lies in the direct object of the trigger verb, or of the
    harm it did ("attacked a checkpoint, killing three policemen")."""
    doc = sent.doc
    trig = doc.char_span(*trigger, alignment_mode="expand")
    at = doc.char_span(start, start + 1, alignment_mode="expand")
    if trig is None or at is None or len(trig) == 0 or len(at) == 0:
        return False
    # "fighters killed" is rooted in its noun when the parser hangs the verb from it.
    verb = (
        trig.root
        if trig.root.pos_ in ("VERB", "AUX")
        else next((t for t in trig if t.pos_ == "VERB"), trig.root)
    )
    verbs = [verb] + [
        c
        for c in verb.children
        if c.dep_ in ("advcl", "conj", "xcomp") and c.lemma_.lower() in HARM_VERBS
    ]
    return any(
        c.dep_ == "dobj" and c.left_edge.i <= at[0].i <= c.right_edge.i
        for v in verbs
        for c in v.children
    )


def _speaks(sent: Span, start: int, *, strict: bool = False) -> bool:
    """Whether the actor mentioned at `start` speaks ("police said"), or is the group of one
    who speaks ("X, a spokesman for the Sudanese army, said")."""
    text = doc_text(sent.doc)
    after = text[start : min(sent.end_char, start + 140)]
    if _SPEAKS_NEXT.match(after) or _SPEAKS_AFTER_APPOSITION.match(after):
        return True
    if _INVERTED_SPEAKER.search(text[max(sent.start_char, start - 120) : start]) and (
        not strict or _CLAUSE_END.match(after)
    ):
        # "..., said Ko Zaw, a member of the ..."; strictly, not "said Azerbaijani units
        # fired ...", the subject of what is said.
        return True
    head = text[max(sent.start_char, start - 40) : start]
    return bool(_SPOKESMAN_OF.search(head) and _SPEAKS_AFTER_COMMA.match(after))


_SAYING = r"(?:said|says|told|wrote|tweeted|claimed)\b"
# The words of a speaker named after the verb, up to the end of its clause.
_CLAUSE_END = re.compile(r"[\w'’.-]+(?:\s+[\w'’.-]+){0,6}?\s*(?:[,;:.]|$)")
# "police said", "Nabil Abdallah, a spokesman for the army, said", "the Sudanese army, said".
_SPEAKS_NEXT = re.compile(rf"[\w\s'’.-]{{0,40}}?(?:\s\([\w-]{{2,12}}\),?)?\s*\b{_SAYING}")
_SPEAKS_AFTER_APPOSITION = re.compile(
    rf"[\w\s'’.-]{{0,40}}?,\s+(?:a|an|the|who|which)\s[^,;.]{{0,60}},\s*{_SAYING}"
)
_SPEAKS_AFTER_COMMA = re.compile(rf"[\w\s'’.-]{{0,40}}?,\s*{_SAYING}")
# A speaker after the verb of saying, or the group in its apposition: "said ", "said Ko Zaw,
# a member of the ".
_INVERTED_SPEAKER = re.compile(
    r"\b(?:said|says|told|added|wrote)\s+"
    r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+(?:a|an|the)\s[^,;.\"“”]{0,60})?$"
)
# A speaker's role before the group it speaks for: "a spokesman for the", "an official of".
_SPOKESMAN_OF = re.compile(
    r"\b(?:spokes(?:man|woman|person)|officials?|commanders?|officers?|sources?|members?)\s+"
    r"(?:for|of|with|from|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


_FORCES_OF = re.compile(r"^(?:Military|Police) Forces of (.+)$")


def one_state(a: str | None, b: str | None) -> bool:
    """Whether two actors are forces of one state ("Military Forces of Pakistan", "Police
    Forces of Pakistan"): they are no two sides of a battle."""
    ma, mb = _FORCES_OF.match(a or ""), _FORCES_OF.match(b or "")
    return bool(ma and mb and ma.group(1) == mb.group(1))


def fights_beside(a: str | None, b: str | None) -> bool:
    """Whether one of two actors is a militia known to fight beside the other, its state's
    forces ("troops and members of the VDP" in Burkina Faso): one side of a battle."""
    return allied_militia(a, [b]) or allied_militia(b, [a])


def allied_militia(a: str | None, sides: Iterable[str | None]) -> bool:
    """Whether `a` is a militia known to fight beside one of `sides`, its state's forces."""
    state = militia_states().get(a or "")
    return state is not None and any(domestic_forces(b, state) is True for b in sides)


def domestic_forces(actor: str | None, iso2: str | None) -> bool | None:
    """Whether an actor is the state forces of the country `iso2` ("Military Forces of Mali" in
    Mali), not those of another state; None when it is no state force of a known country."""
    m = _FORCES_OF.match(actor or "")
    if m is None or not iso2:
        return None
    own = _FORCES_OF.match(force_name(iso2, "army") or "")
    return own is not None and own.group(1) == m.group(1)


def _main_armed_groups(actors: list[Actor], history: list[tuple[int, int]], text: str) -> list[str]:
    """The article's armed groups, most mentioned first. A group named only in background
    history ("since X split from Y in 2016") is no side of today's events, nor one named only
    to describe another ("the al-Qaeda affiliate")."""
    affiliation = _affiliation_pattern()

    def told(start: int, end: int) -> bool:
        return not any(lo <= start < hi for lo, hi in history) and not affiliation.match(text, end)

    armed = [
        a
        for a in actors
        if a.kind in {"armed group", "state forces"} and any(told(s, e) for s, e in a.mentions)
    ]
    armed.sort(key=lambda a: -len(a.mentions))
    return [a.name for a in armed]


@cache
def _affiliation_pattern() -> re.Pattern[str]:
    """What follows a group named as another's description: "'s affiliate", "-linked", "'s
    Sahel affiliate"."""
    words = "|".join(re.escape(w) for w in load_actor_lexicon().affiliations)
    return re.compile(rf"(?:['’]s\s+(?:[\w-]+\s+){{0,2}}?|[\s-]+)(?:{words})\b", re.I)


# ACLED's fixed sides: who protests, riots or is attacked as a civilian has no name of its own.
PROTESTERS, RIOTERS, CIVILIANS = "Protesters", "Rioters", "Civilians"
# Protest subtypes where the other side is whoever intervened (police, usually).
_INTERVENED = frozenset({"Excessive force against protesters", "Protest with intervention"})
# Verbs telling who was killed or hurt.
HARM_VERBS = frozenset({"kill", "wound", "injure", "hurt", "maim", "die"})


# Who can meet a protest: a state's forces or a body of police, soldiers or guards.
_INTERVENER = re.compile(
    r"\b(?:forces|police|army|military|gendarmerie|guards?|troops|soldiers|officers|"
    r"militia|security)\b",
    re.IGNORECASE,
)


def acled_sides(
    event_type: str, sub_event_type: str, actor1: str | None, actor2: str | None, sent: Span
) -> tuple[str | None, str | None]:
    """The event's sides with ACLED's fixed ones filled in: protesters and rioters are actor1
    of protests and riots (a force that intervened becomes actor2), civilians the actor2 of
    violence against civilians, of arrests of no named group and of a remote attack whose
    victims are all civilians ("killing a farmer and his two sons")."""
    if event_type == "Protests":
        other = actor2 or (actor1 if actor1 != PROTESTERS else None)
        if other is not None and not _INTERVENER.search(other):
            # "hours before the Defence Ministry reported shooting": a ministry that spoke of
            # something else met no protest; a force (police, army, guards) does.
            other = None
        return PROTESTERS, other if sub_event_type in _INTERVENED else actor2
    if event_type == "Riots":
        if actor1 is not None and (_FORCES_OF.match(actor1) or _INTERVENER.search(actor1)):
            # "a crowd set fire to ... a police pick-up truck", "migrants attacked a National
            # Guard patrol": a state's force is the side the rioters hit, not a rioter.
            return RIOTERS, actor2 or actor1
        return actor1 or RIOTERS, actor2
    if (
        sub_event_type == "Looting/property destruction"
        and actor2 is None
        and _CIVILIAN_PROPERTY.search(sent.text)
    ):
        # "soldiers set fire to houses", "burned the migrants' tents": their owners'.
        return actor1, CIVILIANS
    if sub_event_type == "Arrests" and actor1 is not None and actor2 is None:
        # "soldiers detained nine men": those a force arrests, no group named, are civilians.
        return actor1, CIVILIANS
    if actor2 is None and (
        event_type == "Violence against civilians"
        or (event_type == "Explosions/Remote violence" and civilian_victims(sent))
    ):
        return actor1, CIVILIANS
    if (
        actor2 is None
        and event_type == "Explosions/Remote violence"
        and _CIVILIAN_SITE.search(sent.text)
        and not armed_victims(sent)
    ):
        # "Artillery rounds crashed into a crowded vegetable market": those it fell on.
        return actor1, CIVILIANS
    if event_type == "Explosions/Remote violence" and civilian_victims(sent, named=True):
        # "Artillery fire killed a shepherd ..., as Hezbollah and the army kept up their
        # exchanges of fire": whom it killed, not a group named beside it.
        return actor1, CIVILIANS
    return actor1, actor2


# What civilians own, burned or looted: "set fire to houses", "torched the tents".
_CIVILIAN_PROPERTY = re.compile(
    r"\b(?:houses?|homes?|huts?|tents?|shops?|stalls?|granar(?:y|ies)|grain stores?|"
    r"crops|livestock|cattle|motorbikes?|farms?)\b",
    re.IGNORECASE,
)
# A place where civilians are, struck: "crashed into a crowded market", "hit a school".
_CIVILIAN_SITE = re.compile(
    r"\b(?:into|on|hit|struck|targeted|shelled|bombed|outside)\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?:market|marketplace|school|hospital|clinic|mosque|church|homes?|houses?|residential|"
    r"camp for|wedding|funeral|bakery|bus station|election office|shops?|restaurant|hotel|cafe)\b",
    re.IGNORECASE,
)


def civilian_victims(sent: Span, *, named: bool = False) -> bool:
    """Whether those the sentence tells were killed or hurt are all civilians: the objects of
    "killing", "wounding" and the subjects of "were killed", "died", with their conjuncts.
    With `named`, "people" or "persons" do not count: they may be fighters too ("clashes
    between two factions killed four people")."""
    lemmas = _victims(sent)
    civilians = event_words("civilian_victims") - ({"people", "person"} if named else set())
    return bool(lemmas & civilians) and not lemmas & event_words("armed_victims")


def armed_victims(sent: Span) -> bool:
    """Whether those the sentence tells were killed or hurt are all armed ("only four of its
    fighters had died")."""
    lemmas = _victims(sent)
    return bool(lemmas & event_words("armed_victims")) and not lemmas & event_words(
        "civilian_victims"
    )


def victims_told(sent: Span) -> bool:
    """Whether the sentence tells anyone was killed or hurt."""
    return bool(_victims(sent))


def _victims(sent: Span) -> set[str]:
    """The lemmas of who the sentence tells were killed or hurt: the objects of "killing",
    "wounding" and the subjects of "were killed", "died", with their conjuncts, and what a
    number counts ("four of its fighters")."""
    victims: list[Token] = []
    for t in sent:
        if t.lemma_.lower() not in HARM_VERBS:
            continue
        for c in t.children:
            if c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "nsubj" and t.lemma_ == "die"):
                # With their appositions: "BAMAKO - At least five civilians ... were killed",
                # parsed with the dateline as the subject and the dead beside it.
                apposed = [a for a in c.children if a.dep_ == "appos"]
                victims.extend([c, *c.conjuncts, *apposed])
    counted = [
        g
        for v in victims
        if v.pos_ == "NUM" or v.lower_ in ("some", "several", "many", "most", "all")
        for p in v.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj"
    ]
    # A plural name keeps its "s" as its lemma ("Christians"): its singular is the word.
    return {
        v.lemma_.lower()[:-1] if v.tag_ == "NNPS" and v.lemma_.endswith("s") else v.lemma_.lower()
        for v in victims + counted
    }
