"""Claims: who says what, with cue, channel and stance; and each event's status from them."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Any

from spacy.tokens import Doc

from ..models import Actor, Claim, DateRef, Event
from .attribution import Attribution, cue_pattern, find_attributions, load_cues
from .claims_drafts import (
    _actor_mentions,
    _apply_media_nesting,
    _Draft,
    _draft,
    _inside_other,
    _keep,
    _merge_carried,
    _speaker_group,
    _split_held,
    accused_of,
    split_denials,
)
from .claims_events import (
    _OUTCOME_KINDS,
    _events_about,
    _events_referred,
    _find_hedges,
    _hedged_back,
    _hedged_events,
    _link_denials,
    _link_detail,
    _link_events,
)
from .doctext import doc_text
from .event_types import event_words
from .events import DAYS_TALLY, VIOLENT_TYPES
from .events_actors import PROTESTERS, one_state
from .events_triggers import restates_deed, tells_war_toll
from .fatalities import read_fatalities, to_number

# A claim of a deed: "claimed responsibility", "took credit".
_CLAIMED_DEED = re.compile(
    r"\b(?:claim\w*|took|takes|take|accept\w*)\s+(?:responsibility|credit)\b", re.IGNORECASE
)
_RESPONSIBILITY = re.compile(
    r"\b(responsib\w*|involvement|involved|role|part in|behind|carried out|blame|links?|"
    r"connection)\b",
    re.I,
)

# Cues of plain report whose unnamed source ("residents said", "according to witnesses") still
# makes what they say a claim, not the outlet's assertion. Not "chanting", "wants", ...
_SPEECH = {
    "say", "tell", "report", "claim", "allege", "according to", "add", "state", "confirm",
    "deny", "announce", "write", "post", "tweet", "note", "insist", "acknowledge", "admit",
    "concede",
}  # fmt: skip


def extract_claims(
    doc: Doc,
    *,
    published: dt.date,
    times: list[DateRef],
    actors: list[Actor],
    events: list[Event],
    thorough: bool = False,
) -> list[Claim]:
    """Every attributed statement in `doc`, and each event's status from them.

    Claims get ids "cl1", "cl2", ... in text order. The events are updated in place: `status`
    (asserted, claimed, unverified, denied, confirmed), `claimed_by` and `claims`.

    Args:
        doc: the parsed article body.
        published: the publication date (for dates of embedded posts without a time stage hit).
        times: the time expressions found in `doc`.
        actors: the actors found in `doc` (speakers are resolved to them).
        events: the events found in `doc`, each with evidence offsets.
        thorough: decide cues with the cue model's MiniLM part too (`find_attributions`'
            dense model; slower).

    Returns:
        The claims, in text order.
    """
    cues = load_cues()
    text = doc_text(doc)
    # A nominal cue names a statement made elsewhere ("the reports of his death came after
    # ...") and "in the poll, ..." a finding; the article's claims are statements it reports.
    # Verbs that settle an event's status are statements whenever they have a speaker.
    sure = frozenset({"claim", *cues["deny_verbs"], *cues["confirm_verbs"]})
    atts = [
        a
        for a in find_attributions(doc, dense=thorough, sure=sure)
        if a.kind not in ("noun", "evidence") and not accused_of(a, doc)
    ]
    atts = split_denials(atts, doc, cues["deny_verbs"])
    mentions = _actor_mentions(text, actors)
    drafts: list[_Draft] = []
    hedges: list[tuple[str, tuple[int, int], tuple[int, int] | None]] = []
    # Words right before a cue that say nothing was said: "declined to", "would not".
    withheld = cue_pattern(
        "withheld_before_cue", after=r"\s+(?:to\s+)?(?:immediately\s+|independently\s+)?$"
    )
    unmade = {
        id(att)
        for att in atts
        if att.negated
        or _nobody(att, text)  # "No group has claimed the kidnapping"
        or att.lemma in cues["refusal_verbs"]  # "declined to comment"
        or withheld.search(text[max(0, att.cue[0] - 40) : att.cue[0]])
        # "declined to comment, saying it does not comment on foreign reports"
        or _NO_COMMENT.search(text[att.content[0] : att.content[1]]) is not None
    }
    # A statement not made holds none: "The army blamed the RSF for the attack; the group did
    # not respond" keeps the blame.
    made = [att for att in atts if id(att) not in unmade]
    for att in atts:
        not_made = id(att) in unmade
        if att.lemma in cues["confirm_verbs"] and not_made:
            # "could not verify", "was unable to confirm": the outlet's hedge, not a claim.
            # Beside another report in its sentence ("Local media reported that a fourth
            # soldier died, but the army has not confirmed the death") it hedges that report:
            # the events told inside it, not every event of its kind.
            beside = next(
                (
                    a
                    for a in atts
                    if a is not att and a.sentence == att.sentence and a.cue[1] <= att.cue[0]
                ),
                None,
            )
            if beside is not None:
                hedges.append(("unverified", beside.content, None))
            else:
                hedges.append(("unverified", att.sentence, att.content))
            continue
        if not_made:
            continue  # "did not comment", "declined to say": nothing was said
        if _inside_other(att, made):
            continue
        draft = _draft(att, doc, cues, mentions, drafts, times, published)
        drafts.append(draft)
    _apply_media_nesting(drafts, atts, mentions)
    hedges.extend(_find_hedges(doc))
    _link_events(drafts, events)
    _link_detail(drafts, events)
    drafts = _split_held(drafts)
    for d in drafts:
        if (
            not d.events
            and d.stance == "asserts"
            # "The Ministry of Economy says the blockades have cost ...": a standing view in
            # the present, of them all, not an account of one.
            and text[d.att.cue[0] : d.att.cue[1]].lower() not in ("says", "say")
        ):
            # "The army blamed the RSF for the shelling": a definite reference to an event
            # told before ties the statement to it.
            words = d.att.content
            if d.att.lemma in cues["blame_verbs"]:
                # "blamed the M23 rebels for the strike": the content is who is blamed, the
                # event what for, after it.
                words = (words[0], max(words[1], d.att.sentence[1]))
            d.events = [
                ev.id
                for ev in _events_referred(words, d.att.sentence[0], events, text, definite=True)
            ]
    _link_denials(drafts, events, mentions, text)
    for d in drafts:
        if not d.events and d.stance == "asserts":
            # A statement whose own sentence holds no event may still speak of one reported
            # elsewhere ("... has been killed," the tweet said).
            # Only events told in other sentences, sharing a name with the statement.
            lo, hi = d.att.sentence
            others = [
                ev for ev in events if not any(e.start < hi and lo < e.end for e in ev.evidence)
            ]
            content = text[d.att.content[0] : d.att.content[1]]
            span = doc.char_span(*d.att.content, alignment_mode="expand")
            if (
                (span is not None and tells_war_toll(span))
                or cue_pattern("tally_words").search(content)
                or DAYS_TALLY.search(content)
            ):
                # "the conflict has killed tens of thousands", "tens of thousands have fled
                # since February", "killed four civilians between Saturday and Monday": a war's
                # toll or a tally over time, no event's.
                continue
            about = _events_about(
                content, others, text, need_kind=True, need_name=True, kinds=_OUTCOME_KINDS
            )
            if len(about) > 1:
                # "IS claimed responsibility, saying its bomber had killed 15 Taliban": of the
                # events naming the Taliban, those told before it, not the ambush told after.
                about = [ev for ev in about if ev.evidence[0].start < lo] or about
            if (
                not about
                and d.att.source is not None
                and _HARM.search(content)
                and not cue_pattern("tally_words").search(content)
                and text[d.att.cue[0] : d.att.cue[1]].lower() not in ("says", "say")
            ):
                # "Residents of Nadunget ... said they counted two bodies": the harm of the one
                # event told before it at the place its source is named by.
                source = text[d.att.source[0] : d.att.source[1]]
                about = [
                    ev
                    for ev in others
                    if ev.evidence
                    and ev.evidence[0].start < lo
                    and ev.location is not None
                    and ev.location.geo_precision <= 2
                    and re.search(rf"\b{re.escape(ev.location.name)}\b", source)
                ]
                if len(about) != 1:
                    about = []
            if not about:
                # No name shared, but one event of its kind told before it, the only one or the
                # only one sharing its words: "rescue workers pulled nine bodies from the rubble"
                # after the strike that killed nine. Not a tally over time ("since January").
                told = [ev for ev in others if ev.evidence and ev.evidence[0].start < lo]
                pool = _events_about(content, told, text, need_kind=True, kinds=_OUTCOME_KINDS)
                if len(pool) > 1:
                    # "Nasser Hospital said it had received nine bodies" after the strike told
                    # in its paragraph: that strike, not the one told paragraphs before.
                    para = text.rfind("\n\n", 0, lo)
                    pool = [ev for ev in pool if any(e.start > para for e in ev.evidence)]
                if len(pool) == 1:
                    about = pool
            if not about and lo < text.find("\n\n"):
                # The lead sums up what the article then tells ("..., according to police,
                # planting a bomb that killed four bus passengers"): the one event of its kind
                # told after it.
                pool = _events_about(content, others, text, need_kind=True, kinds=_OUTCOME_KINDS)
                toll = read_fatalities(content)
                if len(pool) > 1 and toll is not None:
                    pool = [ev for ev in pool if ev.fatalities == toll]
                if len(pool) == 1:
                    about = pool
            d.events = [ev.id for ev in about]
    for d in drafts:
        if not d.events and d.stance == "asserts":
            # "A doctor at the hospital in Alizai said it had received eight bodies", "Rio
            # Onibus said three of its buses were destroyed": the harm of the violent event
            # told just before it in its paragraph.
            d.events = _aftermath_of(d, events, doc)
    for d in drafts:
        if not d.events and d.stance == "asserts":
            # "Islamic State claimed responsibility on Wednesday through its Amaq news agency,
            # saying its soldiers had attacked police": with nothing named, the violent event
            # told last before it.
            d.events = _deed_claimed(d, events, doc)
    # "One resident said the attackers came on motorcycles. '...,' he said": the unnamed
    # source's first statement speaks of what its follow-up speaks of.
    for prev, d in zip(drafts, drafts[1:], strict=False):
        if (
            d.carried
            and d.unnamed is not None
            and d.unnamed == prev.unnamed
            and prev.stance == d.stance
            and not prev.events
        ):
            prev.events = list(d.events)
    # A statement with no identifiable speaker ("according to residents") is no claim, but
    # what it is about is still attributed rather than asserted by the outlet.
    for d in drafts:
        if (
            d.speaker is None
            and d.events
            # An accusation by an unnamed party ("the army accused the group") is a claim too.
            and (
                d.att.lemma in _SPEECH or d.att.lemma in cues["blame_verbs"] or d.stance == "denies"
            )
        ):
            if d.unnamed:
                d.speaker = d.unnamed  # "security sources said": a claim by whoever they are
            else:
                hedges.append(("claimed", d.att.content, None))
    drafts = [d for d in drafts if _keep(d, doc)]
    drafts = _merge_carried(drafts)
    claims = [
        Claim(
            id=f"cl{i}",
            speaker=d.speaker,
            speaker_group=_speaker_group(d.speaker_actor, d.att, mentions),
            channel=d.channel,  # type: ignore[arg-type]
            date=d.date,
            stance=d.stance,  # type: ignore[arg-type]
            cue=d.cue,
            start=d.start,
            end=d.end,
            text=text[d.start : d.end],
            events=list(d.events),
        )
        for i, d in enumerate(drafts, 1)
    ]
    # Who claims a deed is its doer before the status weighs its sides.
    _claimants_did_it(events, claims, drafts, doc)
    _set_status(
        events, claims, drafts, hedges, text, cues, _doers_unnamed(claims, drafts, doc), mentions
    )
    return claims


def _doers_unnamed(claims: list[Claim], drafts: list[_Draft], doc: Doc) -> set[str]:
    """The claims by a source named only by its kind that claim a deed ("The militant group
    claimed the attack through its news agency"): whoever claims an attack speaks as its doer."""
    out = set()
    for c, d in zip(claims, drafts, strict=True):
        if c.stance != "asserts" or c.speaker_group is not None or d.att.lemma != "claim":
            continue
        sent = doc.char_span(d.att.sentence[0], d.att.sentence[1], alignment_mode="expand")
        if sent is not None and restates_deed(sent):
            out.add(c.id)
    return out


def _claimants_did_it(
    events: list[Event], claims: list[Claim], drafts: list[_Draft], doc: Doc
) -> None:
    """A group that claims an attack whose doer the article does not name ("Al-Shabaab
    claimed responsibility for the attack") is its actor1, as ACLED codes claimed attacks; one
    read as the side hit trades places with the doer read. So is a party that denies its own
    forces did it ("denied that his forces had fired"), accused by the denial itself."""
    by_id = {ev.id: ev for ev in events}
    text = doc_text(doc)
    for c, d in zip(claims, drafts, strict=True):
        if c.stance == "denies" and c.speaker_group is not None:
            # "A Pakistani military official denied that his forces had fired towards Afghan
            # villages": the party accused of an act whose doer is not named is its actor1,
            # its denial its status.
            if _OWN_FORCES.search(text, d.att.content[0], d.att.content[1]):
                for eid in c.events:
                    ev = by_id.get(eid)
                    if ev is not None and ev.actor1 is None and ev.actor2 != c.speaker_group:
                        ev.actor1 = c.speaker_group
            continue
        if c.stance != "asserts" or c.speaker_group is None:
            continue
        sent = doc.char_span(d.att.sentence[0], d.att.sentence[1], alignment_mode="expand")
        if sent is None or not restates_deed(sent):
            continue
        for eid in c.events:
            ev = by_id.get(eid)
            if ev is None:
                continue
            if ev.actor1 is None and ev.actor2 != c.speaker_group:
                ev.actor1 = c.speaker_group
            elif (
                one_state(ev.actor1, ev.actor2)
                and c.speaker_group not in (ev.actor1, ev.actor2)
                and not one_state(c.speaker_group, ev.actor2)
            ):
                # Both sides read as one state's forces ("security forces later killed two men"
                # beside the police killed): the group claiming it attacked the side hit.
                ev.actor1 = c.speaker_group
            elif ev.actor2 == c.speaker_group and ev.actor1 is not None:
                # The claimant read as the side hit, its target as the doer ("a roadside bomb
                # went off as a gendarmerie patrol drove through"): the claim says who did it.
                ev.actor1, ev.actor2 = ev.actor2, ev.actor1


# A denier's own forces or deed in what it denies: "that his forces had fired", "it had struck".
_OWN_FORCES = re.compile(
    r"\b(?:(?:its|his|their|our) (?:own )?(?:forces|troops|soldiers|fighters|men|aircraft|jets|"
    r"drones|units)|(?:it|they) had)\b",
    re.IGNORECASE,
)


def _asserted_by_denier(denial: Claim, draft: _Draft, asserting: list[Claim], text: str) -> bool:
    """Whether the denier itself tells the event: before its denial ("The RSF said it had
    seized the camp ... The RSF denied attacking civilians" denies a detail), or anywhere when
    the denial is a standing position told in the present ("The junta denies attacking
    civilians. ... it said the air force had struck a rebel hub"). What it tells after a
    denial of this event goes on with it, and the denial stands."""
    standing = denial.cue.lower() in ("denies", "deny", "rejects") and bool(
        re.match(r"\s*\w+ing\b", text[draft.att.content[0] : draft.att.content[1]])
    )
    told = {a.speaker_group or a.speaker for a in asserting if standing or a.start < denial.start}
    return (denial.speaker_group or denial.speaker) in told


def _told_in_paragraph(span: tuple[int, int], events: list[Event], text: str) -> list[Event]:
    """The one event first told in a hedge's paragraph before it ("residents blocked the main
    road ..., according to videos shared on social media. The outlet could not independently
    verify the footage"): what the hedge doubts, not a statement paragraphs before."""
    para = text.rfind("\n\n", 0, span[0])
    told = [ev for ev in events if para < ev.evidence[0].start and ev.evidence[0].end <= span[0]]
    return told if len(told) == 1 else []


def _denier_is_side(d: _Draft, ev: Event, mentions: list) -> bool:
    """Whether a denial's speaker, as its sentence names it before the cue, is one of the
    sides the event is coded with."""
    lo, cue = d.att.sentence[0], d.att.cue[0]
    named = {a.name for s, _e, a in mentions if lo <= s < cue}
    return bool(named & {ev.actor1, ev.actor2} - {None})


def _responsibility_only(content: str) -> bool:
    """Whether a denial speaks of who did it, not of whether it happened ("denied any role in
    the attack"); "had carried out no strike in the area" denies the strike itself."""
    if not _RESPONSIBILITY.search(content):
        return False
    nouns = "|".join(sorted(event_words("violent_nouns"), key=len, reverse=True))
    return re.search(rf"\bno\s+(?:such\s+)?(?:[\w-]+\s+)?(?:{nouns})s?\b", content, re.I) is None


def _figure_only(att: Attribution, text: str, cues: dict[str, Any]) -> bool:
    """Whether what a statement speaks of is only a figure: "denied the death toll", or
    "..., a figure Kyiv dismissed as propaganda" (the figure right before its speaker)."""
    figures = cues["figure_nouns"]
    words = [w.lower() for w in re.findall(r"[\w']+", text[att.content[0] : att.content[1]])]
    if words and words[-1] in figures and all(w in figures or w in _DETERMINERS for w in words):
        return True
    # "rejected the figure as exaggerated": the figure is the verb's object, what is said of it
    # the content.
    object_figure = cue_pattern(
        "figure_nouns", before=r"\s+(?:the|this|that|these|those|its|their)\s+(?:[\w-]+\s+)?"
    )
    if object_figure.match(text, att.cue[1]):
        return True
    if att.source is None:
        return False
    figure_before = cue_pattern("figure_nouns", after=r"\s+(?:that\s+|which\s+)?$")
    return figure_before.search(text, att.sentence[0], att.source[0]) is not None


_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "its", "their"})


def _harm_only(att: Attribution, text: str) -> bool:
    """Whether what a statement speaks of is only the harm done: "denied suffering any
    losses", "denied any civilian casualties" dispute the toll, not that the event happened."""
    return _harm_phrase().match(text[att.content[0] : att.content[1]]) is not None


@cache
def _harm_phrase() -> re.Pattern[str]:
    """A phrase that is only a harm: "suffering any losses", "heavy civilian casualties"."""

    def plural(n: str) -> str:
        return n[:-1] + "ies" if n.endswith("y") else n + ("es" if n.endswith("s") else "s")

    nouns = "|".join(f"{re.escape(plural(n))}|{re.escape(n)}" for n in load_cues()["harm_nouns"])
    return re.compile(
        r"^\W*(?:(?:suffer|sustain|incur|caus|inflict)\w*\s+)?(?:[\w-]+\s+){0,2}?"
        rf"(?:{nouns})\W*$",
        re.IGNORECASE,
    )


# A statement that it makes none: "it does not comment on foreign media reports".
_NO_COMMENT = re.compile(
    r"^\W*(?:it|he|she|they|we|the \w+)\s+(?:does|do|did|would|will|could)\s*(?:not|n't)\s+"
    r"(?:comment|discuss|respond)\b",
    re.IGNORECASE,
)
_NOBODY = re.compile(r"(?:no|nobody|none|neither)\b", re.IGNORECASE)


def _nobody(att: Attribution, text: str) -> bool:
    """Whether the source is nobody ("No group has claimed it", "none of the parties said"):
    then nothing was said."""
    return att.source is not None and bool(_NOBODY.match(text, att.source[0]))


# Where a sentence's next clause starts, and a verb that makes a clause a source's words.
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while)\s+|;\s*")
_SAYING = re.compile(r"\b(?:said|says|say|told)\b")
# What a hedge on a count names: "the toll", "the casualty figures", "the number of dead".
_TOLL_WORDS = re.compile(
    r"\b(?:tolls?|casualty figures|figures|death count|casualties|number of (?:dead|deaths|"
    r"people killed|those killed|victims))\b"
)


def _toll_hedged(
    span: tuple[int, int], obj: tuple[int, int] | None, events: list[Event], text: str
) -> list[Event] | None:
    """The event whose toll the outlet doubts in a sentence that tells no event ("could not
    independently verify the toll given for either side", "the number of dead"): the latest
    deadly event told before it, in its paragraph or the one before; None when the hedge is
    of something else, tells an event itself or is a source's ("Residents said they ... could
    not confirm the number of casualties")."""
    lo, hi = span
    named = _TOLL_WORDS.search(text, obj[0], obj[1]) if obj is not None else None
    if named is None:
        return None
    # The clause that doubts the toll ("Residents said the phones were cut, and the toll could
    # not be verified").
    clause = max([lo, *(m.end() for m in _CLAUSE_BREAK.finditer(text, lo, named.start()))])
    if _SAYING.search(text, clause, named.start()) or any(
        e.start < hi and lo < e.end for ev in events for e in ev.evidence
    ):
        return None
    own = text.rfind("\n\n", 0, lo)
    para = text.rfind("\n\n", 0, own) + 1 if own > 0 else 0
    deadly = [
        ev
        for ev in events
        if ev.fatalities
        and ev.event_type in VIOLENT_TYPES
        and any(para <= e.start < lo for e in ev.evidence)
    ]
    # "the toll given for either side": of the one event both sides counted.
    return deadly[-1:] or None


def _set_status(
    events: list[Event],
    claims: list[Claim],
    drafts: list[_Draft],
    hedges: list[tuple[str, tuple[int, int], Any]],
    text: str,
    cues: dict[str, Any],
    doers: set[str],
    mentions: list,
) -> None:
    """Each event's status from its claims and the outlet's hedges (CONTRACT.md vocabulary);
    `doers` are the claims of a deed by a source named only by its kind, `mentions` the
    actors' mentions."""
    hedged: dict[str, str] = {}
    # A hedge on a claim of responsibility ("Islamic State claimed responsibility, saying ...
    # The claim could not be verified") leaves who did it unverified: an independent
    # confirmation that the event happened outranks it, unlike a hedge on the event itself.
    on_deed: set[str] = set()
    on_event: set[str] = set()
    for kind, span, obj in hedges:
        about = _hedged_events(span, obj, events, text)
        toll = _toll_hedged(span, obj, events, text)
        if toll is not None and len(about) > 1:
            # "could not verify the number of dead", no event named: not every event whose
            # words it shares, the toll just told.
            about = toll
        deeds = False
        if not about and obj is not None:
            back = _hedged_back(span, obj, drafts, text, events)
            ids = {ev for d in back for ev in d.events}
            about = [ev for ev in events if ev.id in ids]
            deeds = all(
                _CLAIMED_DEED.search(text[d.att.sentence[0] : d.att.sentence[1]]) for d in back
            )
        if not about and obj is not None:
            about = _told_in_paragraph(span, events, text)
        if toll is not None and not about:
            about = toll
        for ev in about:
            if hedged.get(ev.id) != "unverified":
                hedged[ev.id] = kind
            if kind == "unverified":
                (on_deed if deeds else on_event).add(ev.id)
    for ev in events:
        linked = [(c, d) for c, d in zip(claims, drafts, strict=True) if ev.id in c.events]
        ev.claims = [c.id for c, _d in linked]
        # What marchers demand or chant, or what officials promise them, is no account of
        # what happened.
        asserting = [c for c, _d in linked if c.stance == "asserts" and not _DEMANDS.search(c.cue)]
        asserters = {c.speaker_group or c.speaker for c in asserting}
        # Denying a part in it ("denied responsibility for the attack") is a claim about who did
        # it, unless the denier is a side the event is coded with ("It blamed the MFDC ... A
        # spokesman for one MFDC faction denied that its fighters had been involved"); and
        # dismissing a figure ("a figure Kyiv dismissed") disputes its toll: neither denies
        # that it happened. Nor does a speaker deny what it asserts itself: "The RSF
        # denied attacking civilians" after it said it had seized the camp denies a detail
        # (`_asserted_by_denier`).
        denying = [
            c
            for c, d in linked
            if c.stance == "denies"
            and not (
                _responsibility_only(text[d.att.content[0] : d.att.content[1]])
                and not _denier_is_side(d, ev, mentions)
            )
            and not _figure_only(d.att, text, cues)
            and not _harm_only(d.att, text)
            and not _asserted_by_denier(c, d, asserting, text)
            # Residents who saw no fighting contradict the account, but only a party to an
            # event denies it (CONTRACT.md): the account stays what its sources make it.
            and not _observer(c, ev)
        ]
        # A party confirming its own deed only claims it; an event with no actors known has
        # no party to compare with (None is nobody's name). The party it was done to confirms
        # what another source reported ("The army confirmed the camp had fallen").
        confirming = [
            c
            for c, d in linked
            if d.att.lemma in cues["confirm_verbs"]
            and c.stance == "asserts"
            and not _own_deed(c, ev, asserters)
        ]
        # Whoever explicitly claims it ("JNIM claimed the attack") is its claimant before
        # those who merely report it ("two security sources said").
        explicit = [c for c, d in linked if c in asserting and d.att.lemma == "claim"]
        claimant = next((c for c in explicit + asserting if c not in confirming), None)
        ev.claimed_by = claimant.speaker if claimant else None
        # Who each account is from, as the text names them ("police and organisers").
        sources = {
            c.id: text[d.att.source[0] : d.att.source[1]]
            for c, d in linked
            if c in asserting and d.att.source is not None
        }
        if denying:
            ev.status = "denied"
            # Whose claim is denied: the source of the statement the denial answers.
            answered = [
                a.speaker
                for c, d in linked
                if c in denying
                for a in d.answers
                if ev.id in a.events and a.speaker
            ]
            # Else the claim the denial sits beside ("X accused Y of the killings, which Y
            # denied").
            beside = [
                c.speaker
                for c in asserting
                if c.speaker != denying[0].speaker and c.start == denying[0].start
            ]
            if answered or beside:
                ev.claimed_by = (answered or beside)[0]
            if ev.claimed_by is None:
                ev.claimed_by = _claimant_denied(denying[0], drafts, claims)
        elif hedged.get(ev.id) == "unverified" and (ev.id in on_event or not confirming):
            ev.status = "unverified"
        elif confirming or _corroborated(ev, asserting, doers, sources):
            ev.status = "confirmed"
        elif asserting or hedged.get(ev.id) == "claimed":
            ev.status = "claimed"
        else:
            ev.status = "asserted"


# What a statement tells of an attack's harm: its dead, wounded, damage or gunfire.
_HARM = re.compile(
    r"\b(?:killed|died|dead|bodies|body|wounded|injured|casualties|destroyed|damaged|burned|"
    r"burnt|gutted|torched|ransacked|looted|shooting|gunfire|gunshots|explosions?|blasts?|"
    r"(?:critical|serious) condition|"
    r"treated|treating)\b",
    re.IGNORECASE,
)


def _aftermath_of(d: _Draft, events: list[Event], doc: Doc) -> list[str]:
    """The violent event whose account a statement of harm follows in its paragraph, the only
    event told in the paragraph before it; none for a war's toll or a tally over time."""
    text = doc_text(doc)
    lo = d.att.sentence[0]
    content = text[d.att.content[0] : d.att.content[1]]
    span = doc.char_span(*d.att.content, alignment_mode="expand")
    if cue_pattern("tally_words").search(content) or (span is not None and tells_war_toll(span)):
        return []
    para = text.rfind("\n\n", 0, lo) + 1
    told = {ev.id: ev for ev in events for e in ev.evidence if para <= e.start and e.end <= lo}
    if not told:
        # Told in the paragraph before, the last one told there ("Two villagers who survived
        # said they had helped bury 13 people" after the raid's paragraph).
        before = text.rfind("\n\n", 0, max(para - 1, 0)) + 1
        last = [(e.end, ev) for ev in events for e in ev.evidence if before <= e.start < para]
        if last:
            latest = max(last, key=lambda x: x[0])[1]
            told = {latest.id: latest}
    if len(told) != 1:
        return []  # of two told before it, it may be either
    (host,) = told.values()
    # What it tells is the harm, or who the dead were ("The SDF said the three were civilians"
    # after a strike that killed three).
    if not (_HARM.search(content) or _the_dead(content, host)):
        return []
    # A riot's harm is what it burned ("the building was gutted").
    return [host.id] if host.event_type in VIOLENT_TYPES | {"Riots"} else []


def _deed_claimed(d: _Draft, events: list[Event], doc: Doc) -> list[str]:
    """The violent event a bare claim of responsibility is about: the one told last before it
    ("Islamic State claimed responsibility on Wednesday, saying ..."), when its sentence
    claims a deed and names no event of its own."""
    lo, hi = d.att.sentence
    # The statement is the claim itself ("claimed responsibility"), not another beside a
    # claim nobody made ("No group has claimed responsibility, and the army said ...").
    if d.att.lemma != "claim" or not _CLAIMED_DEED.match(doc_text(doc), d.att.cue[0], hi):
        return []
    sent = doc.char_span(lo, hi, alignment_mode="expand")
    if sent is None or not restates_deed(sent):
        return []
    told = [
        ev
        for ev in events
        if ev.event_type in VIOLENT_TYPES and any(e.start < lo for e in ev.evidence)
    ]
    if not told:
        return []
    return [max(told, key=lambda ev: max(e.start for e in ev.evidence if e.start < lo)).id]


def _the_dead(content: str, host: Event) -> bool:
    """Whether a statement names the event's dead by their count ("the three were civilians",
    "all five were soldiers")."""
    if not host.fatalities:
        return False
    m = _THE_COUNT.search(content)
    return m is not None and to_number(m.group(1)) == host.fatalities


_THE_COUNT = re.compile(r"\b(?:the|all|all the)\s+(\w+)\s+(?:were|was|had been)\b", re.IGNORECASE)


def _corroborated(
    ev: Event, asserting: list[Claim], doers: set[str], sources: dict[str, str]
) -> bool:
    """Whether sources apart tell the event: both its sides ("a military source said two
    soldiers were killed", then the group's claim of the ambush, even by "the militant group"
    when that claim is of the deed), or one who saw it without taking part (a nurse at the
    hospital, residents, the UN)."""
    groups = {ev.actor1 if c.id in doers else c.speaker_group for c in asserting}
    if ev.actor1 == PROTESTERS and any(_ORGANISERS.search(t) for t in sources.values()):
        groups.add(PROTESTERS)  # "police and organisers said": the marchers' side speaks too
        if ev.actor2 is None and any(_POLICE_SOURCE.search(t) for t in sources.values()):
            # "a tea workers' union leader said ... Police said the protest was peaceful": the
            # crowd's side and the police who watched it.
            return True
    if (
        ev.actor2
        and ev.actor2.startswith("Police Forces of")
        and any(_POLICE_SOURCE.search(t) for t in sources.values())
    ):
        groups.add(ev.actor2)  # "the police statement said": the police that met the crowd
    if ev.actor1 and ev.actor2 and {ev.actor1, ev.actor2} <= groups:
        return True
    if ev.actor1 and ev.actor2 and ({ev.actor1, ev.actor2} & groups):
        # "a military official said three soldiers of the Shabwa Defence Forces were killed",
        # then AQAP's claim: the state's forces speak for their unit the event names.
        other = ev.actor2 if ev.actor1 in groups else ev.actor1
        if _FORCE_UNIT.search(other) and any(
            g and g.startswith(("Military Forces of", "Police Forces of"))
            for g in groups - {ev.actor1, ev.actor2}
        ):
            return True
    if ev.sub_event_type == "Agreement":
        # No one sees an agreement without taking part: whoever announces it ("a council of
        # elders from the Tebu and other communities said both sides had agreed") brokered it,
        # unless both sides tell it.
        return any(_BOTH_SIDES.search(c.speaker or "") for c in asserting)
    # Sources joined in one account, one of whom saw it without taking part ("police and
    # residents said").
    observers = cue_pattern("observer_sources")
    if any(_JOINED.search(t) and observers.search(t) for t in sources.values()):
        return True
    # Or both sides in one account: "security sources and the militants said".
    if any(_STATE_SIDE.search(t) and _ARMED_SIDE.search(t) for t in sources.values()):
        return True
    # One who saw it without taking part and tells it ("residents said", "a doctor said") is
    # the independent source CONTRACT.md's "confirmed" asks for.
    # The source as the text describes it counts too ("the conflict-monitoring institute
    # Indepaz", whose speaker is its name).
    return any(
        _observer(c, ev)
        or _BOTH_SIDES.search(c.speaker or "")
        or (
            (c.speaker_group is None or c.speaker_group not in (ev.actor1, ev.actor2))
            and observers.search(sources.get(c.id, "")) is not None
        )
        for c in asserting
    )


# A unit of a state's forces by its name: "Shabwa Defence Forces", "Giants Brigades".
_FORCE_UNIT = re.compile(
    r"\b(?:Forces?|Army|Brigades?|Police|Guard|Defen[cs]e|Battalion|Division|Command)\b"
)
_ORGANISERS = re.compile(
    r"\b(?:organi[sz]ers|protest leaders|march leaders|union (?:leaders?|officials?))\b",
    re.IGNORECASE,
)
_POLICE_SOURCE = re.compile(r"\bpolice\b", re.IGNORECASE)
_JOINED = re.compile(r"\w\s+and\s+\w")
_STATE_SIDE = re.compile(
    r"\b(?:security sources?|security officials?|army|military|soldiers|police|government)\b",
    re.IGNORECASE,
)
_ARMED_SIDE = re.compile(
    r"\band (?:the )?(?:militants|rebels|insurgents|jihadists|fighters|group)\b", re.IGNORECASE
)
# A source that is both sides at once: "officials on both sides said".
_BOTH_SIDES = re.compile(
    r"\bboth (?:sides|armies|governments|(?:defen[cs]e )?ministries)\b", re.IGNORECASE
)


_DEMANDS = re.compile(r"\b(?:demand|chant|urg|plead|assur|promis|pledg|vow)", re.IGNORECASE)


def _observer(claim: Claim, ev: Event) -> bool:
    """Whether a claim's source saw the event without being a side of it."""
    if claim.speaker_group in (ev.actor1, ev.actor2) and claim.speaker_group is not None:
        return False
    return cue_pattern("observer_sources").search(claim.speaker or "") is not None


def _source_key(claim: Claim) -> str:
    """One source however it is named: its group, else the head of its description ("a
    resident" and "residents of Jiga" are one)."""
    if claim.speaker_group:
        return claim.speaker_group.lower()
    words = (claim.speaker or "").lower().split()
    words = [w for w in words if w not in ("a", "an", "the", "one", "two", "three", "several")]
    return words[0].removesuffix("s") if words else ""


def _own_deed(claim: Claim, ev: Event, asserters: set[str | None]) -> bool:
    """Whether a confirming speaker is a party to the event confirming only its own account:
    its doer, or the side it was done to when no one else reported it."""
    speaker = {claim.speaker, claim.speaker_group} - {None}
    if ev.actor1 in speaker:
        return True
    others = asserters - speaker - {None}
    return ev.actor2 in speaker and not others


def _claimant_denied(denial: Claim, drafts: list[_Draft], claims: list[Claim]) -> str | None:
    """Who made the claim a denial answers, when the denial names them ("claims made by X")."""
    for c, d in zip(claims, drafts, strict=True):
        if c.id == denial.id:
            return d.refers_to
    return None
