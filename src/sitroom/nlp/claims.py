"""Claims: who says what, with cue, channel and stance; and each event's status from them."""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from rapidfuzz import fuzz
from spacy.tokens import Doc

from ..models import Actor, Claim, DateRef, Event
from .attribution import Attribution, find_attributions, load_cues, segments

log = logging.getLogger("sitroom")

# Actor kinds that speak for themselves as a group (a person speaks for the group of a role).
_GROUP_KINDS = ("armed group", "state forces", "government", "political party", "organization")
# Channels from the most to the least specific; the first one found wins.
_CHANNEL_ORDER = ("twitter", "facebook", "telegram", "press conference", "interview", "statement")
_PRONOUNS_PERSON = {"he", "she", "him", "her", "i"}
_PRONOUNS_GROUP = {"they", "we", "it"}
_RESPONSIBILITY = re.compile(
    r"\b(responsib\w*|involvement|involved|role|part in|behind|carried out|blame)\b", re.I
)

# Cues of plain report whose unnamed source ("residents said", "according to witnesses") still
# makes what they say a claim, not the outlet's assertion. Not "chanting", "wants", ...
_SPEECH = {
    "say", "tell", "report", "claim", "allege", "according to", "add", "state", "confirm",
    "deny", "announce", "write", "post", "tweet", "note", "insist",
}  # fmt: skip
# Words before the noun of an unnamed source: "two security sources", "several witnesses".
_QUANTIFIERS = {
    "a", "an", "the", "two", "three", "four", "five", "several", "some", "many", "other",
    "few", "multiple", "various", "numerous", "one", "local", "unnamed", "anonymous",
}  # fmt: skip
# Sources that are documents, not people: "according to several reports" hedges, no speaker.
_DOCUMENTS = {"report", "reports", "media", "footage", "video", "videos", "images", "it", "this"}

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
# What a hedge's object may hold and still only point back at a statement ("could not verify
# the claim", "could not independently confirm it"); plural words make it point at several.
# Nouns for a state of conflict rather than one incident: "an end to the fighting" speaks of
# the war at large, not of the clash told before (as _OUTCOME_KINDS leaves "fighting" out).
_SITUATION_NOUNS = {
    "fighting", "fight", "combat", "conflict", "war", "hostilities", "violence", "crisis",
    "unrest", "insurgency", "offensive", "campaign", "operation", "operations", "situation",
}  # fmt: skip
_BACK_WORDS = {"the", "this", "that", "these", "those", "it", "them", "either", "any", "both",
               "of", "independently", "such", "his", "her", "their", "its", "details"}  # fmt: skip
_PLURAL_BACK = {"these", "those", "them", "either", "any", "both"}

# "the reports about X's death": a reference to a report, not a report of the event itself.
_MENTION_OF_REPORT = re.compile(
    r"\b(?:reports?|claims?|news|rumou?rs?|allegations?)\s+(?:about|of|on)\s+\S+(?:\s+\S+){0,3}"
)


@dataclass
class _Draft:
    """A claim being built, before ids are given and carried statements are merged."""

    att: Attribution
    speaker: str | None
    speaker_actor: Actor | None
    channel: str
    date: dt.date | None
    stance: str
    cue: str
    start: int
    end: int
    events: list[str] = field(default_factory=list)
    carried: bool = False  # the speaker came from an earlier sentence ("he also said")
    unnamed: str | None = None  # an unnamed source's description ("security sources")
    refers_to: str | None = None  # a denial of "claims made by X": X's name
    # The earlier statements a denial answers ("denied the accusation"): whose claims it denies.
    answers: list[_Draft] = field(default_factory=list)


def extract_claims(
    doc: Doc,
    *,
    published: dt.date,
    times: list[DateRef],
    actors: list[Actor],
    events: list[Event],
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

    Returns:
        The claims, in text order.
    """
    cues = load_cues()
    text = doc.text
    # A nominal cue names a statement made elsewhere ("the reports of his death came after
    # ...") and "in the poll, ..." a finding; the article's claims are statements it reports.
    atts = [a for a in find_attributions(doc) if a.kind not in ("noun", "evidence")]
    mentions = _actor_mentions(text, actors)
    drafts: list[_Draft] = []
    hedges: list[tuple[str, tuple[int, int], tuple[int, int] | None]] = []
    for att in atts:
        if att.lemma in cues["confirm_verbs"] and att.negated:
            hedges.append(("unverified", att.sentence, att.content))
            continue
        if _inside_other(att, atts):
            continue
        draft = _draft(att, doc, cues, mentions, drafts, times, published)
        drafts.append(draft)
    _apply_media_nesting(drafts, atts, mentions)
    hedges.extend(_find_hedges(doc, cues))
    _link_events(drafts, events)
    for d in drafts:
        if not d.events and d.stance == "asserts":
            # "The army blamed the RSF for the shelling": a definite reference to an event
            # told before ties the statement to it.
            d.events = [ev.id for ev in _events_referred(d, events, text, definite=True)]
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
            about = _events_about(
                content, others, text, need_kind=True, need_name=True, kinds=_OUTCOME_KINDS
            )
            d.events = [ev.id for ev in about]
    # A statement with no identifiable speaker ("according to residents") is no claim, but
    # what it is about is still attributed rather than asserted by the outlet.
    for d in drafts:
        if d.speaker is None and d.events and d.att.lemma in _SPEECH:
            if d.unnamed:
                d.speaker = d.unnamed  # "security sources said": a claim by whoever they are
            else:
                hedges.append(("claimed", d.att.content, None))
    drafts = [d for d in drafts if _keep(d)]
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
    _set_status(events, claims, drafts, hedges, text, cues)
    return claims


# --- speakers -------------------------------------------------------------------------------


def _actor_mentions(text: str, actors: list[Actor]) -> list[tuple[int, int, Actor]]:
    """Where each actor is named: its recorded mentions, else its name and aliases in the text."""
    out: list[tuple[int, int, Actor]] = []
    for actor in actors:
        spans = [tuple(m) for m in actor.mentions]
        if not spans:
            for name in {actor.name, *actor.aliases}:
                if len(name) < 2:
                    continue
                pattern = r"(?<!\w)" + re.escape(name) + r"(?!\w)"
                spans.extend((m.start(), m.end()) for m in re.finditer(pattern, text, re.I))
        out.extend((s, e, actor) for s, e in spans)
    out.sort(key=lambda m: (m[0], -m[1]))
    return out


def _actor_in(span: tuple[int, int], head: tuple[int, int] | None, mentions: list) -> Actor | None:
    """The actor named in `span`, preferring the one whose mention holds the head word."""
    inside = [m for m in mentions if m[0] < span[1] and span[0] < m[1]]
    if not inside:
        return None
    if head is not None:
        for s, e, actor in inside:
            if s < head[1] and head[0] < e:
                return actor
    # Otherwise the last one named ("the spokesman of the group, Ali Khan"): longest wins ties.
    return max(inside, key=lambda m: (m[0], m[1] - m[0]))[2]


def _draft(
    att: Attribution,
    doc: Doc,
    cues: dict[str, Any],
    mentions: list,
    earlier: list[_Draft],
    times: list[DateRef],
    published: dt.date,
) -> _Draft:
    text = doc.text
    speaker_actor: Actor | None = None
    speaker: str | None = None
    carried = False
    channel = "unknown"
    src_text = text[att.source[0] : att.source[1]] if att.source else ""
    src_words = [w.lower() for w in re.findall(r"[\w']+", src_text)]
    if att.source is not None:
        speaker_actor = _actor_in(att.source, att.source_head, mentions)
        if speaker_actor is None:
            speaker_actor = _person_by_name(src_text, mentions)
    elif att.kind == "verb":
        # No subject found (a headline run into the first sentence can hide it from the
        # parser): an actor named right before the verb is who speaks ("X said").
        speaker_actor = next(
            (a for _s, e, a in mentions if e <= att.cue[0] and not text[e : att.cue[0]].strip()),
            None,
        )
    if (
        speaker_actor is None
        and src_words
        and len(src_words) <= 2
        and (src_words[-1] in _PRONOUNS_PERSON or src_words[-1] in _PRONOUNS_GROUP)
    ):
        # "he also said": the speaker of the statement before, else the last one named.
        carried = True
        want_person = src_words[-1] in _PRONOUNS_PERSON
        prev = next((d for d in reversed(earlier) if d.speaker is not None), None)
        if prev is not None and prev.speaker_actor is not None:
            is_person = prev.speaker_actor.kind == "person"
            if is_person == want_person:
                speaker_actor = prev.speaker_actor
        if speaker_actor is None:
            speaker_actor = _last_named(att.cue[0], mentions, person=want_person)
    elif speaker_actor is None and src_words and src_words[-1] in cues["channel_nouns"]:
        # "the tweet said": the channel is the noun; the speaker, who posted it just before.
        channel = cues["channel_nouns"][src_words[-1]]
        speaker_actor = _poster_before(att.sentence[0], text, mentions, cues)
    if speaker_actor is not None:
        speaker = speaker_actor.name
    elif att.kind == "embed" or _names_someone(doc, att.source):
        speaker = src_text.strip() or None
        if speaker and speaker.lower().startswith("the "):
            speaker = speaker[4:]
        if speaker and speaker.split()[0].lower() in cues["report_nouns"]:
            speaker = None
    unnamed = None
    if speaker is None and speaker_actor is None and src_words and not carried:
        # "two security sources", "residents": a source the outlet describes but does not name.
        described = [w for w in src_words if w not in _QUANTIFIERS and not w.isdigit()]
        if described and described[-1] not in _DOCUMENTS and channel == "unknown":
            unnamed = " ".join(described)
    if att.kind == "embed" or att.lemma == "tweet":
        channel = "twitter"
    if channel == "unknown":
        channel = _channel(att, text, cues)
    if channel == "unknown" and speaker_actor is not None and speaker_actor.kind == "outlet":
        channel = "media report"
    stance = "asserts"
    content = text[att.content[0] : att.content[1]].lower()
    if att.lemma in cues["deny_verbs"] and not att.negated:
        stance = "denies"
    elif any(re.search(r"\b" + re.escape(p) + r"\b", content) for p in cues["deny_phrases"]):
        stance = "denies" if len(content) < 120 else "asserts"
    return _Draft(
        att=att,
        speaker=speaker,
        speaker_actor=speaker_actor,
        channel=channel,
        date=_date(att, text, times, published),
        stance=stance,
        cue=text[att.cue[0] : att.cue[1]],
        start=att.sentence[0],
        end=att.sentence[1],
        carried=carried,
        unnamed=unnamed,
    )


def _person_by_name(src_text: str, mentions: list) -> Actor | None:
    """A person named again by surname or alias where the actor stage recorded no mention
    ("Sani denied ..." after "spokesman Ibrahim Sani"): only a capitalised name of one person."""
    words = re.findall(r"[\w'’-]+", src_text)
    if not words or len(words) > 3 or not words[-1][:1].isupper():
        return None
    last = words[-1].lower()
    people = {id(a): a for _s, _e, a in mentions if a.kind == "person"}
    found = [
        a
        for a in people.values()
        if last == a.name.split()[-1].lower() or last in {x.lower() for x in a.aliases}
    ]
    return found[0] if len(found) == 1 else None


def _names_someone(doc: Doc, span: tuple[int, int] | None) -> bool:
    """Whether the source span holds a proper name ("The Hill", not "Residents" or "officials")."""
    if span is None:
        return False
    toks = doc.char_span(span[0], span[1], alignment_mode="expand")
    if toks is None:
        return False
    # A proper noun, or a capitalised word that does not merely start the sentence
    # ("The Sudanese army").
    return any(
        t.pos_ == "PROPN" or (t.text[:1].isupper() and not t.is_sent_start and not t.is_punct)
        for t in toks
    )


def _last_named(before: int, mentions: list, *, person: bool) -> Actor | None:
    for s, _e, actor in reversed(mentions):
        if s < before and (actor.kind == "person") == person:
            return actor
    return None


def _poster_before(start: int, text: str, mentions: list, cues: dict[str, Any]) -> Actor | None:
    """Who posted, from the two sentences before: the actor named after a channel word."""
    window_start = max(0, start - 400)
    window = text[window_start:start].lower()
    words = [w for ws in cues["channels"].values() for w in ws if len(w) > 3]
    hits = [m.end() for w in words for m in re.finditer(re.escape(w), window)]
    before = [m for m in mentions if window_start <= m[0] < start]
    if hits:
        at = window_start + max(hits)
        after_channel = [m for m in before if m[0] >= at]
        if after_channel:
            return after_channel[0][2]
    return before[-1][2] if before else None


def _speaker_group(actor: Actor | None, att: Attribution, mentions: list) -> str | None:
    if actor is None:
        return None
    if actor.kind in _GROUP_KINDS:
        return actor.name
    if actor.kind != "person":
        return None
    roles = sorted(actor.roles, key=lambda r: r.title.lower() in ("member", "supporter"))
    for role in roles:
        if role.of:
            return role.of
    if att.source is not None:
        for _s, _e, other in mentions:
            if other.kind in _GROUP_KINDS and _s < att.source[1] and att.source[0] < _e:
                return other.name
    return None


# --- channel and date -----------------------------------------------------------------------


def _channel(att: Attribution, text: str, cues: dict[str, Any]) -> str:
    """The channel named around the cue, outside the content ("said on Twitter")."""
    lo, hi = att.sentence
    outside = (text[lo : att.content[0]] + " | " + text[att.content[1] : hi]).lower()
    for channel in _CHANNEL_ORDER:
        for word in cues["channels"][channel]:
            if re.search(r"\b" + re.escape(word) + r"\b", outside):
                return channel
    return "unknown"


def _date(att: Attribution, text: str, times: list[DateRef], published: dt.date) -> dt.date | None:
    """When it was said: a time expression in the sentence outside the content, nearest the cue."""
    lo, hi = att.sentence
    best: tuple[int, dt.date] | None = None
    for ref in times:
        if not (lo <= ref.start and ref.end <= hi):
            continue
        if att.content[0] <= ref.start < att.content[1]:
            continue
        day = ref.date or _iso_day(ref.value)
        if day is None:
            continue
        dist = abs(ref.start - att.cue[0])
        if best is None or dist < best[0]:
            best = (dist, day)
    if best is not None:
        return best[1]
    if att.kind == "embed":
        m = re.search(r"([A-Z][a-z]+)\.? (\d{1,2}), (\d{4})", text[att.cue[0] : hi])
        if m:
            for fmt in ("%B %d %Y", "%b %d %Y"):
                try:
                    return dt.datetime.strptime(" ".join(m.groups()), fmt).date()
                except ValueError:
                    continue
    return None


def _iso_day(value: str | None) -> dt.date | None:
    if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return dt.date.fromisoformat(value)
    return None


# --- structure: nesting, carried statements --------------------------------------------------


def _inside_other(att: Attribution, atts: list[Attribution]) -> bool:
    """Whether `att` is said inside another statement's words (a quote within a quote)."""
    for other in atts:
        if other is att:
            continue
        if other.content[0] <= att.cue[0] and att.cue[1] <= other.content[1]:
            # A report of a report ("X denied ..., the agency reported") stays a claim; a verb
            # inside a party's own words ("we can report", "he welcomed") does not.
            if other.lemma in ("report", "according to") or other.kind == "according":
                continue
            return True
    return False


def _apply_media_nesting(drafts: list[_Draft], atts: list[Attribution], mentions: list) -> None:
    """An outlet reporting a party's statement: the statement's channel is a media report."""
    for outer in drafts:
        nested = [
            d
            for d in drafts
            if d is not outer
            and outer.att.content[0] <= d.att.cue[0]
            and d.att.cue[1] <= outer.att.content[1]
        ]
        if not nested:
            continue
        outlet = outer.speaker_actor is not None and outer.speaker_actor.kind == "outlet"
        if outlet or outer.att.lemma == "report":
            for d in nested:
                if d.channel == "unknown":
                    d.channel = "media report"
            outer.speaker = None  # the outlet is the channel, not a claimant here
            outer.speaker_actor = None


def _keep(d: _Draft) -> bool:
    """A claim needs a speaker; an outlet's own reporting of plain fact is not a party's claim."""
    if d.speaker is None:
        return False
    if d.speaker_actor is not None and d.speaker_actor.kind == "outlet" and not d.events:
        return False
    return True


def _merge_carried(drafts: list[_Draft]) -> list[_Draft]:
    """Fold a speaker's follow-up sentences ("Osman also said ...") into one claim unless the
    follow-up is about an event the claim does not already cover."""
    out: list[_Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if prev is not None and prev.speaker == d.speaker and prev.att.sentence == d.att.sentence:
            # One sentence, one speaker: "X denied the accusation, saying ..." is one claim,
            # with the stance of its main verb.
            for ev in d.events:
                if ev not in prev.events:
                    prev.events.append(ev)
            continue
        if (
            prev is not None
            and prev.speaker == d.speaker
            and prev.stance == d.stance
            and not (set(d.events) - set(prev.events))
            and d.start - prev.end < 400
        ):
            prev.end = max(prev.end, d.end)
            if prev.channel == "unknown":
                prev.channel = d.channel
            prev.date = prev.date or d.date
            continue
        if prev is not None and prev.speaker == d.speaker and d.channel == "unknown" and d.carried:
            d.channel = prev.channel
        out.append(d)
    return out


# --- events ---------------------------------------------------------------------------------


def _link_events(drafts: list[_Draft], events: list[Event]) -> None:
    """Each event goes to the statement whose content covers most of the event's evidence.

    Only the first evidence counts: it is the sentence that tells the event; later ones add
    detail and may sit in someone else's statement.
    """
    for ev in events:
        best: tuple[int, _Draft] | None = None
        for ev_span in ((e.start, e.end) for e in ev.evidence[:1]):
            for d in drafts:
                lo, hi = d.att.content
                overlap = min(hi, ev_span[1]) - max(lo, ev_span[0])
                if overlap > 0 and (best is None or overlap > best[0]):
                    best = (overlap, d)
        if best is not None and ev.id not in best[1].events:
            best[1].events.append(ev.id)


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
        return {x for x in (e.speaker, groups.get(e.speaker or "")) if x}

    for i, d in enumerate(drafts):
        if d.stance != "denies" or d.events:
            continue
        content = text[d.att.content[0] : d.att.content[1]]
        words = {w.lower().rstrip("s") for w in re.findall(r"\w+", content)}
        if not words & {n.rstrip("s") for n in cues["claim_nouns"]}:
            d.events = [ev.id for ev in _events_referred(d, events, text, definite=False)]
            continue
        source = _claims_source(d.att.content, text, mentions, cues)
        # A party does not deny its own side's statements: its own earlier words are not
        # what it answers ("Sani denied reports that soldiers were killed" after the army's
        # account of the attack answers someone else, or no one named).
        own = side(d)
        earlier = [
            e
            for e in drafts[:i]
            if e.stance == "asserts" and e.speaker is not None and not (side(e) & own)
        ]
        if source is not None:
            chosen = [
                e
                for e in earlier
                if e.speaker == source.name
                or _speaker_group(e.speaker_actor, e.att, mentions) == source.name
            ]
        else:
            chosen = [e for e in earlier if e.events][-1:]
        d.refers_to = source.name if source else None
        d.answers = chosen
        for e in chosen:
            for ev in e.events:
                if ev not in d.events:
                    d.events.append(ev)


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
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    return w.rstrip("e")


@functools.cache
def _event_nouns() -> frozenset[str]:
    """Nouns that name events (the package's general event-noun list), less words of speech."""
    raw = resources.files("sitroom.data").joinpath("event-nouns-v1.json").read_text("utf-8")
    nouns = set(json.loads(raw)["nouns"])
    cues = load_cues()
    return frozenset(nouns - cues["claim_nouns"] - cues["report_nouns"] - _SITUATION_NOUNS)


def _events_referred(d: _Draft, events: list[Event], text: str, *, definite: bool) -> list[Event]:
    """The event a statement names by its kind ("the shelling", "denied shelling the camp").

    The kind word must share its stem with the event's ACLED type name or the sentence that
    tells it; with `definite`, it must refer back ("the", "this", "Saturday's"), so only an
    event told before the statement qualifies. Among several, the one whose place or actors
    the statement names wins, else the nearest one told before it.
    """
    content = text[d.att.content[0] : d.att.content[1]]
    nouns = _event_nouns()
    found: set[str] = set()
    for m in re.finditer(r"[A-Za-z][\w-]*", content):
        word = m.group().lower()
        if word not in nouns:
            continue
        if definite and not re.search(_DEFINITE + r"\s+(?:[\w-]+\s+){0,2}$", content[: m.start()]):
            continue
        if not definite and _SETTING.search(content[: m.start()]):
            # "denied that soldiers were killed in the attack": the event is the setting of
            # what is denied (a toll, a detail), not itself denied.
            continue
        found.add(_stem(word))
    if not found:
        return []
    at = d.att.sentence[0]

    def stems(ev: Event) -> set[str]:
        names = re.findall(r"[A-Za-z]+", f"{ev.event_type} {ev.sub_event_type}")
        told = " ".join(text[e.start : e.end] for e in ev.evidence[:1])
        words = [w for w in names if w.lower() not in _TYPE_STOP] + re.findall(r"[A-Za-z]+", told)
        return {_stem(w) for w in words}

    pool = [ev for ev in events if ev.evidence and stems(ev) & found]
    if definite:
        pool = [ev for ev in pool if ev.evidence[0].start < at]
    if not pool:
        return []
    low = content.lower()

    def named(ev: Event) -> bool:
        names = [ev.actor1, ev.actor2, ev.location.name if ev.location else None]
        return any(n and re.search(r"\b" + re.escape(n.lower()) + r"\b", low) for n in names)

    if any(named(ev) for ev in pool):
        return [next(ev for ev in pool if named(ev))]
    before = [ev for ev in pool if ev.evidence[0].start < at]
    if before:
        return [max(before, key=lambda ev: ev.evidence[0].start)]
    return [min(pool, key=lambda ev: ev.evidence[0].start)]


def _find_hedges(doc: Doc, cues: dict[str, Any]) -> list[tuple[str, tuple[int, int], Any]]:
    """The outlet's own hedges ("could not verify", "reportedly") with their sentence spans."""
    out: list[tuple[str, tuple[int, int], Any]] = []
    for seg in segments(doc):
        low = seg.text.lower()
        for kind in ("unverified", "claimed"):
            for phrase in cues["hedges"][kind]:
                m = re.search(r"\b" + re.escape(phrase) + r"\b", low)
                if m:
                    span = (seg.start_char, seg.end_char)
                    obj = (seg.start_char + m.end(), seg.end_char)
                    out.append((kind, span, obj))
                    break
            else:
                continue
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
    return _events_about(text[obj[0] : obj[1]], events, text, need_kind=False)


def _hedged_back(
    span: tuple[int, int], obj: tuple[int, int], drafts: list[_Draft], text: str
) -> set[str]:
    """The events of the statements a hedge points back at ("could not verify the claim").

    A hedge whose object is only a claim word or a pronoun scopes over the claim it follows:
    the nearest earlier statement in its paragraph, or all of them there when the object is
    plural ("these claims", "either account").
    """
    cues = load_cues()
    words = [w.lower() for w in re.findall(r"[\w’']+", text[obj[0] : obj[1]])]
    claim_words = cues["claim_nouns"] | cues["report_nouns"]
    if not words or any(w not in claim_words and w not in _BACK_WORDS for w in words):
        return set()
    before = [
        d
        for d in drafts
        if d.events and d.end <= span[0] and "\n\n" not in text[d.end : span[0]].strip()
    ]
    if not before:
        return set()
    plural = any(w in _PLURAL_BACK or (w in claim_words and w.endswith("s")) for w in words)
    chosen = before if plural else before[-1:]
    return {ev for d in chosen for ev in d.events}


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
        proper = re.findall(r"\b[A-Z][\w’'-]+", words_text)
        names = [w.lower() for w in proper if w.lower() not in _STOP | _PRONOUNS_ALL]

    def ev_text(ev: Event) -> str:
        # Words inside "reports of X's death" only mention the event: they do not report it.
        t = " ".join(text[e.start : e.end] for e in ev.evidence).lower()
        return _MENTION_OF_REPORT.sub(" ", t)

    def of_kind(ev: Event, kind: str) -> bool:
        if kind == "death" and (ev.fatalities or 0) > 0:
            return True
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


def _set_status(
    events: list[Event],
    claims: list[Claim],
    drafts: list[_Draft],
    hedges: list[tuple[str, tuple[int, int], Any]],
    text: str,
    cues: dict[str, Any],
) -> None:
    """Each event's status from its claims and the outlet's hedges (CONTRACT.md vocabulary)."""
    hedged: dict[str, str] = {}
    for kind, span, obj in hedges:
        about = _hedged_events(span, obj, events, text)
        if not about and obj is not None:
            about = [ev for ev in events if ev.id in _hedged_back(span, obj, drafts, text)]
        for ev in about:
            if hedged.get(ev.id) != "unverified":
                hedged[ev.id] = kind
    for ev in events:
        linked = [(c, d) for c, d in zip(claims, drafts, strict=True) if ev.id in c.events]
        ev.claims = [c.id for c, _d in linked]
        asserting = [c for c, _d in linked if c.stance == "asserts"]
        # Denying a part in it ("denied responsibility for the attack") is a claim about who did
        # it, not a denial that it happened.
        denying = [
            c
            for c, d in linked
            if c.stance == "denies"
            and not _RESPONSIBILITY.search(text[d.att.content[0] : d.att.content[1]])
        ]
        confirming = [
            c
            for c, d in linked
            if d.att.lemma in cues["confirm_verbs"]
            and c.stance == "asserts"
            and c.speaker not in (ev.actor1, ev.actor2)
            and c.speaker_group not in (ev.actor1, ev.actor2)
        ]
        # Whoever explicitly claims it ("JNIM claimed the attack") is its claimant before
        # those who merely report it ("two security sources said").
        explicit = [c for c, d in linked if c in asserting and d.att.lemma == "claim"]
        claimant = next((c for c in explicit + asserting if c not in confirming), None)
        ev.claimed_by = claimant.speaker if claimant else None
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
            if answered:
                ev.claimed_by = answered[0]
            if ev.claimed_by is None:
                ev.claimed_by = _claimant_denied(denying[0], drafts, claims)
        elif hedged.get(ev.id) == "unverified":
            ev.status = "unverified"
        elif confirming:
            ev.status = "confirmed"
        elif asserting or hedged.get(ev.id) == "claimed":
            ev.status = "claimed"
        else:
            ev.status = "asserted"


def _claimant_denied(denial: Claim, drafts: list[_Draft], claims: list[Claim]) -> str | None:
    """Who made the claim a denial answers, when the denial names them ("claims made by X")."""
    for c, d in zip(claims, drafts, strict=True):
        if c.id == denial.id:
            return d.refers_to
    return None
