"""Claim drafts: each statement's speaker, channel, date and stance; how statements nest, merge."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from spacy.tokens import Doc

from ..models import Actor, DateRef
from .actors import SPEECH_BODY
from .attribution import Attribution, cue_pattern
from .attribution_model import load_verb_senses
from .doctext import doc_text
from .event_types import event_words
from .gazetteer import load_gazetteer

# Actor kinds that speak for themselves as a group (a person speaks for the group of a role).
_GROUP_KINDS = ("armed group", "state forces", "government", "political party", "organization")
# Channels from the most to the least specific; the first one found wins.
_CHANNEL_ORDER = ("twitter", "facebook", "telegram", "press conference", "interview", "statement")
_PRONOUNS_PERSON = {"he", "she", "him", "her", "i"}
_PRONOUNS_GROUP = {"they", "we", "it"}
# Words before the noun of an unnamed source: "two security sources", "several witnesses".
_QUANTIFIERS = {
    "a", "an", "the", "two", "three", "four", "five", "several", "some", "many", "other",
    "few", "multiple", "various", "numerous", "one", "local", "unnamed", "anonymous",
}  # fmt: skip
# Whom a source was cited by: "two security sources cited by AFP", "sources contacted by X"
# (not "reached by phone": how, not by whom).
_CITED_BY = re.compile(
    r"\s+(?:(?:cited|quoted|contacted|interviewed)\s+by|(?:speaking|talking)\s+to)"
    r"\s+(?!phone\b|telephone\b).+$",
    re.S | re.I,
)
# How a source was reached: "residents reached by phone" spoke in an interview.
_BY_PHONE = re.compile(
    r"\s+(?:reached|contacted|interviewed)\s+by\s+(?:tele)?phone\b.*$", re.S | re.I
)
# Whom a source is close to, cut from it: "a military blogger close to the Wagner group" is
# the blogger, not the group.
_CLOSE_TO = re.compile(
    r"\s+(?:close to|linked to|affiliated with|aligned with|sympathetic to)\s.+$", re.S | re.I
)
# A relative clause after a source's name ("X, which monitors the war"), cut from the name.
_RELATIVE = re.compile(r",?\s+(?:who|which|whose|that|where)\b", re.I)
_RELATIVE_TAIL = re.compile(
    r",\s+(?:which|who|whose|that|where|(?:also\s+)?(?:known|called)\s+as)\b.*$", re.S | re.I
)
# Sources that are documents, not people: "according to several reports" hedges, no speaker.
_DOCUMENTS = {"report", "reports", "media", "footage", "video", "videos", "images", "it", "this"}
_PLATFORMS = frozenset({"twitter", "facebook", "telegram"})
_POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my", "your"})


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
    unnamed_person: bool = False  # it is one person ("a police spokesman"), "he" or "she"
    refers_to: str | None = None  # a denial of "claims made by X": X's name
    # The earlier statements a denial answers ("denied the accusation"): whose claims it denies.
    answers: list[_Draft] = field(default_factory=list)
    # It denies by saying a place is still held ("... and still controlled the town").
    holds: bool = False


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


# A place a described source is in: "a nurse at a health centre in nearby Ndop".
_WHERE_BEFORE = re.compile(
    r"\b(?:in|near|outside|from|(?:residents|villagers|inhabitants|people|elders)\s+of)\s+"
    r"(?:the\s+)?(?:nearby\s+|neighbou?ring\s+)?"
    r"(?:(?:north|south|east|west|central|north-?(?:east|west)|south-?(?:east|west))(?:ern)?\s+)?$",
    re.IGNORECASE,
)


def _actor_in(
    span: tuple[int, int], head: tuple[int, int] | None, mentions: list, text: str
) -> Actor | None:
    """The actor named in `span`, preferring the one whose mention holds the head word. A name
    that only says where the source is ("a nurse at a health centre in nearby Ndop", "residents
    of Awdinle") is none,
    unless it is an armed group's or a state force's."""
    inside = [m for m in mentions if m[0] < span[1] and span[0] < m[1]]
    if head is not None:
        for s, e, actor in inside:
            if s < head[1] and head[0] < e:
                return actor
    inside = [
        m
        for m in inside
        if m[2].kind in ("armed group", "state forces")
        or not _WHERE_BEFORE.search(text, max(span[0], m[0] - 30), m[0])
    ]
    if not inside:
        return None
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
    text = doc_text(doc)
    speaker_actor: Actor | None = None
    speaker: str | None = None
    carried = False
    carried_unnamed: _Draft | None = None
    described_group: str | None = None
    channel = "unknown"
    source = att.source
    cited = _CITED_BY.search(text[source[0] : source[1]]) if source else None
    if source is not None and cited is not None:
        # "two security sources cited by AFP": the sources speak, through the agency.
        source = (source[0], source[0] + cited.start())
        channel = "media report"
    phone = _BY_PHONE.search(text[source[0] : source[1]]) if source else None
    if source is not None and phone is not None:
        source = (source[0], source[0] + phone.start())
        channel = "interview"
    close = _CLOSE_TO.search(text[source[0] : source[1]]) if source else None
    if source is not None and close is not None and close.start() > 0:
        source = (source[0], source[0] + close.start())
    tail = _TRAILING_ROLE.search(text, source[0], source[1]) if source else None
    # Not a name with its role ("Captain Didier Lokwa, a spokesman for ..., told").
    first = doc.char_span(source[0], source[0] + 1, alignment_mode="expand") if source else None
    named_first = first is not None and (
        first[0].ent_type_ in ("PERSON", "ORG", "NORP") or first[0].pos_ == "PROPN"
    )
    if source is not None and tail is not None and att.cue[0] >= source[1] and not named_first:
        # "Police ... detained 14 people suspected of selling fuel to armed groups, the
        # governor of the Cascades region said": who speaks is the role after the comma.
        source = (tail.start(1), source[1])
    source = _before_relative(source, att, text)
    src_text = text[source[0] : source[1]] if source else ""
    src_words = [w.lower() for w in re.findall(r"[\w']+", src_text)]
    # The source's head word ("statement" in "a statement sent to journalists"), else its last.
    head_word = text[att.source_head[0] : att.source_head[1]].lower() if att.source_head else ""
    head_word = head_word or (src_words[-1] if src_words else "")
    if att.source is not None:
        # A lone surname ("Sani denied ...") is already a mention of its person: the actor
        # stage links surnames after the full name (actors._link_surnames).
        speaker_actor = _actor_in(source, att.source_head, mentions, text) if source else None
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
        last = next((d for d in reversed(earlier) if d.speaker is not None or d.unnamed), None)
        if (
            last is not None
            and last.speaker is None
            and last.unnamed_person == want_person
            and not _named_between(last.att.cue[1], att.cue[0], mentions, person=want_person)
        ):
            # "The provincial governor wrote ... He also said": the unnamed source spoke last
            # and nobody of the pronoun's kind was named since.
            carried_unnamed = last
        else:
            prev = next((d for d in reversed(earlier) if d.speaker is not None), None)
            subject = None
            if not want_person:
                # "The army gave a different account. ... it said": the group that is the
                # subject of a sentence since the last statement.
                since = prev.end if prev is not None else 0
                subject = _group_subject_between(since, att.cue[0], mentions, doc)
                if subject is None:
                    # "Youth leaders in the village gave a different picture. They said ...":
                    # the sources the outlet described there, no actor.
                    described_group = _described_subject_between(since, att.cue[0], doc, cues)
            if subject is not None:
                speaker_actor = subject
            elif described_group is not None:
                pass  # the sources as described speak (their description is `unnamed` below)
            elif (
                prev is not None
                and prev.speaker_actor is None
                and not want_person
                and _group_head(doc, prev.att.source_head)
                and not _named_between(prev.att.cue[1], att.cue[0], mentions, person=False)
            ):
                # "The Six Federations of the Tropics ... denied ... In a statement they called
                # the minister's account a set-up": the group the outlet named, no actor known.
                speaker = prev.speaker
            elif prev is not None and prev.speaker_actor is not None:
                is_person = prev.speaker_actor.kind == "person"
                if is_person == want_person or (
                    # "..., the county police commander said. He said 23 people had been
                    # arrested": one person who spoke for the police.
                    want_person
                    and _one_person(doc, prev.att.source_head)
                    and not _named_between(prev.att.cue[1], att.cue[0], mentions, person=True)
                ):
                    speaker_actor = prev.speaker_actor
            elif (
                prev is not None
                and want_person
                and _one_person(doc, prev.att.source_head)
                and not _named_between(prev.att.cue[1], att.cue[0], mentions, person=True)
            ):
                # "A spokesman for the army's 6th Infantry Division said ... He said ...":
                # the spokesman the outlet described, not a name told before him.
                speaker = prev.speaker
        if (
            speaker_actor is None
            and speaker is None
            and carried_unnamed is None
            and described_group is None
        ):
            speaker_actor = _last_named(att.cue[0], mentions, person=want_person)
    elif speaker_actor is None and src_words and head_word in cues["channel_nouns"]:
        # "the tweet said", "according to a statement sent to journalists": the channel is the
        # noun; the speaker, who posted it just before.
        channel = cues["channel_nouns"][head_word]
        told = next((d for d in reversed(earlier) if d.att.sentence == att.sentence), None)
        issuer = _issuer(doc, att.source_head, cues)
        if issuer is not None:
            # "A military statement said": the military, not whoever was named before it.
            speaker = issuer
        elif told is not None:
            # "A second group denied ..., according to a statement": that group's statement.
            speaker_actor, speaker = told.speaker_actor, told.speaker
        else:
            speaker_actor = _poster_before(att.sentence[0], text, mentions, cues)
    if speaker_actor is not None:
        speaker = speaker_actor.name
        if speaker_actor.kind == "state forces":
            # "Russia's defence ministry said", "... It said": the ministry speaks, for the
            # military.
            speaker = _speech_body(speaker_actor, src_text, text, att.cue[0]) or speaker
    elif att.kind == "embed" or _names_someone(doc, source) or _state_media(src_text):
        speaker = re.sub(r"^(?:the|an?)\s+", "", src_text.strip(), flags=re.IGNORECASE) or None
        if speaker:
            # "Emergency Lawyers, which documents abuses, said": the clause describes the source.
            speaker = _RELATIVE_TAIL.sub("", speaker) or None
        if speaker and speaker.split()[0].lower() in cues["report_nouns"]:
            speaker = None
    unnamed = carried_unnamed.unnamed if carried_unnamed else described_group
    unnamed_person = carried_unnamed.unnamed_person if carried_unnamed else False
    if speaker is None and speaker_actor is None and src_words and not carried:
        # "two security sources", "residents": a source the outlet describes but does not name,
        # without what follows its head word ("residents, who spoke on condition of ...").
        described_text = _RELATIVE_TAIL.sub("", src_text)
        words = _described_words(doc, source[0] if source else 0, described_text)
        partitive = len(words) > 2 and words[1] == "of" and words[0] in _QUANTIFIERS
        one_of = partitive and words[0] == "one"  # one person, whoever the others are
        if partitive:
            words = words[2:]  # "one of the sources said": those sources, told before
        described = [w for w in words if w not in _QUANTIFIERS and not w.isdigit()]
        if partitive and described == ["them"]:
            # "Two local officials ... gave a far higher toll. '...,' one of them said": one of
            # the group its paragraph made the subject, else of the last group described.
            para = text.rfind("\n\n", 0, att.cue[0])
            group = _described_subject_between(max(para, 0), att.cue[0], doc, cues)
            told = [
                d.unnamed
                for d in earlier
                if d.unnamed
                and not d.unnamed_person
                and d.unnamed.split()[-1] in cues["speaker_nouns"]
            ]
            described = (group or (told[-1] if told else "")).split()
        elif partitive and described:
            told = [d.unnamed for d in earlier if d.unnamed and d.unnamed.endswith(described[-1])]
            described = told[-1].split() if told else described
        if (
            described
            and described[-1] not in _DOCUMENTS
            and (channel == "unknown" or cited or phone)
        ):
            unnamed = " ".join(described)
            unnamed_person = one_of or _one_person(doc, att.source_head)
            if (
                len(described) > 1
                and described[-1] in cues["institution_nouns"]
                and described[0] not in _POSSESSIVES  # "his office": whose, it does not say
            ):
                # "The ombudsman's office said": a body its description identifies, a speaker
                # even where what it says is about no event.
                speaker, unnamed = unnamed, None
    if att.kind == "embed" or att.lemma == "tweet":
        channel = "twitter"
    if channel == "unknown" and cue_pattern("media_source_nouns", after="$").search(
        src_text.strip()
    ):
        # "state television said": the source is the outlet; "a Telegram channel said" posts.
        posted = _channel(att, text, cues)
        channel = posted if posted in _PLATFORMS else "media report"
    if channel == "unknown":
        channel = _channel(att, text, cues)
    if channel == "unknown" and speaker_actor is not None and speaker_actor.kind == "outlet":
        channel = "media report"
    stance = _stance(att, doc, text, cues)
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
        unnamed_person=unnamed_person,
        holds=stance == "denies"
        and att.lemma not in cues["deny_verbs"]
        and keeps_control(text[att.content[0] : att.content[1]].lower()),
    )


# Verbs that name what they judge, the judgement after it: "called the report a fabrication".
_NAMING_VERBS = frozenset({"call", "brand", "label", "term", "describe"})


def _stance(att: Attribution, doc: Doc, text: str, cues: dict[str, Any]) -> str:
    """Whether a statement asserts or denies what it says.

    A denial verb ("denied", "rejected") decides, and so does a refuting phrase in a short
    content ("the reports were baseless"). Beyond those cue words, the stance model (when the
    `embed` extra is installed) reads the sentence against the plain proposition of its
    content (sitroom.nlp.stance: the words around it, hedges, negation, MiniLM features), so
    "said no such attack took place" or "said the video was fake" deny too; "said the strike
    caused no casualties" denies the harm, not the strike, and stays an assertion of it.
    """
    from .stance import negates_happening, proposition, read_stance

    if att.lemma in cues["deny_verbs"] and not att.negated:
        return "denies"
    if att.negated:
        # "He did not say who was behind it": a statement not made denies nothing.
        return "asserts"
    low = text[att.content[0] : att.content[1]].lower()
    if att.lemma in _NAMING_VERBS:
        # "called the claim 'a pure invention'": the judgement follows what is named, however
        # long the sentence runs on after it ("..., saying no attack had taken place").
        low = text[att.content[0] : att.sentence[1]].lower()[:80]
    if keeps_control(low):
        return "denies"  # "the town remained under government control": it was not taken
    if len(low) < 120 and any(
        re.search(r"\b" + re.escape(p) + r"\b", low) for p in cues["deny_phrases"]
    ):
        return "denies"
    span = doc.char_span(att.content[0], att.content[1], alignment_mode="expand")
    if span is None or not negates_happening(span):
        # Nothing for the model to read a denial in (and MiniLM is costly per statement).
        return "asserts"
    sent = doc.char_span(att.sentence[0], att.sentence[1], alignment_mode="expand")
    claim = proposition(span)
    probs = read_stance(sent.as_doc(), claim) if claim and sent is not None else None
    if probs is not None and max(probs, key=probs.__getitem__) == "denied":
        return "denies"
    return "asserts"


def keeps_control(content: str) -> bool:
    """Whether a statement says a place is still held ("the town remained under government
    control", "Shasha has not fallen"): a denial that it was captured."""
    if cue_pattern("control_kept").search(content):
        return True
    held = cue_pattern("control_held").search(content)
    return held is not None and bool(
        cue_pattern("control_held_before").search(content, 0, held.start())
    )


def _before_relative(
    source: tuple[int, int] | None, att: Attribution, text: str
) -> tuple[int, int] | None:
    """The source without a relative clause after its head: a place or group named there
    ("Residents who fled to Mandalay", "officials who met the rebels") is not who speaks."""
    if source is None or att.source_head is None:
        return source
    head_end = att.source_head[1]
    if not source[0] <= head_end <= source[1]:
        return source
    rel = _RELATIVE.search(text, head_end, source[1])
    if rel is not None and _SELF_NAMED.match(text, rel.end()):
        return source  # "a separatist faction that calls itself the X Forces": its name
    return (source[0], rel.start()) if rel is not None else source


# A relative clause that names its noun: "that calls itself", "which is known as".
_SELF_NAMED = re.compile(
    r"\s*(?:calls? (?:itself|themselves)|(?:is|are) known as|goes by|go by)\b", re.IGNORECASE
)


def _speech_body(actor: Actor, source: str, text: str, cue: int) -> str | None:
    """The body that speaks for an armed force, as the source or the force's last mention
    before the cue names it ("Russia's defence ministry"), or None."""
    last = max(((s, e) for s, e in actor.mentions if e <= cue), default=None)
    for phrase in (source, text[last[0] : last[1]] if last else ""):
        if SPEECH_BODY.search(phrase):
            return re.sub(r"^the\s+", "", phrase.strip(), flags=re.IGNORECASE)
    return None


def _described_words(doc: Doc, start: int, described: str) -> list[str]:
    """The words of an unnamed source's description, in lower case but for names and
    nationalities ("Somali officials" stays so; "Residents" opening a sentence is "residents")."""
    demonyms = load_gazetteer().demonyms
    out = []
    for m in re.finditer(r"[\w']+", described):
        tok = doc.char_span(start + m.start(), start + m.end(), alignment_mode="expand")
        proper = tok is not None and any(
            t.pos_ == "PROPN"
            or t.ent_type_ in ("NORP", "GPE", "ORG", "PERSON", "LOC", "FAC")
            or (t.text[:1].isupper() and t.lower_ in demonyms)
            for t in tok
        )
        out.append(m.group() if proper else m.group().lower())
    return out


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


def _state_media(source: str) -> bool:
    """A government's own outlet, unnamed: "Syrian state media", "state-run TV"."""
    state = cue_pattern("media_source_nouns", before=r"\bstate(?:-run|-owned)? ")
    return state.search(source) is not None


def _one_person(doc: Doc, head: tuple[int, int] | None) -> bool:
    """Whether an unnamed source's head word is one person ("minister", not "officials", nor
    "an official and two residents")."""
    span = doc.char_span(head[0], head[1], alignment_mode="expand") if head else None
    return (
        span is not None
        and span.root.tag_ == "NN"
        and not any(c.dep_ == "conj" for c in span.root.children)
    )


def _group_head(doc: Doc, head: tuple[int, int] | None) -> bool:
    """Whether a source's head word names a group ("the Six Federations", "the unions"), not
    one person."""
    span = doc.char_span(head[0], head[1], alignment_mode="expand") if head else None
    return span is not None and (
        span.root.tag_ in ("NNS", "NNPS") or span.root.ent_type_ in ("ORG", "NORP")
    )


def _named_between(lo: int, hi: int, mentions: list, *, person: bool) -> bool:
    """Whether a person (or a group) is named between offsets `lo` and `hi`."""
    return any(lo <= s < hi and (actor.kind == "person") == person for s, _e, actor in mentions)


def _group_subject_between(lo: int, hi: int, mentions: list, doc: Doc) -> Actor | None:
    """The last group named between offsets `lo` and `hi` as the subject of its clause."""
    for s, e, actor in reversed(mentions):
        if not lo <= s < hi or actor.kind == "person":
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
            return actor
    return None


def _described_subject_between(lo: int, hi: int, doc: Doc, cues: dict[str, Any]) -> str | None:
    """The description of the unnamed sources ("youth leaders in Sarabogo") that are the
    subject of the last whole sentence between offsets `lo` and `hi`, if any: a plural noun
    that can speak, not a name."""
    found = None
    for sent in doc.sents:
        if sent.start_char < lo or sent.end_char > hi:
            continue
        subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
        if (
            subj is None
            or subj.tag_ != "NNS"
            or not (subj.lower_ in cues["speaker_nouns"] or subj.lower_ in cues["observer_sources"])
            or subj.ent_type_
        ):
            continue
        lo_i = min(t.i for t in subj.subtree)
        words = _described_words(doc, doc[lo_i].idx, doc[lo_i : subj.i + 1].text)
        found = " ".join(w for w in words if w not in _QUANTIFIERS and not w.isdigit())
    return found or None


def _last_named(before: int, mentions: list, *, person: bool) -> Actor | None:
    for s, _e, actor in reversed(mentions):
        if s < before and (actor.kind == "person") == person:
            return actor
    return None


# Modifiers that name a statement's issuer by what they are: a group, a nation, a person.
_ISSUER_ENTS = frozenset({"ORG", "NORP", "GPE", "PERSON"})


def _issuer(doc: Doc, head: tuple[int, int] | None, cues: dict[str, Any]) -> str | None:
    """Who a channel noun names as its issuer by a modifier ("a military statement", "an
    interior ministry communique"), or None ("a joint statement", "its statement", "a Telegram
    post": a platform is no issuer)."""
    if head is None:
        return None
    span = doc.char_span(*head, alignment_mode="expand")
    if span is None:
        return None
    noun = span.root
    mods = [
        c
        for c in noun.children
        if c.i < noun.i
        and c.dep_ in ("amod", "compound", "nmod")
        and (c.lower_ in cues["issuer_words"] or c.ent_type_ in _ISSUER_ENTS)
        and not any(c.lower_ in words for words in cues["channels"].values())
    ]
    if not mods:
        return None
    first = min(t.i for m in mods for t in m.subtree)
    return doc[first : noun.i].text


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
    """The channel named around the cue, outside the content ("said on Twitter"): the one named
    nearest the cue ("said in a statement on its radio station" is a statement), the more
    specific on a tie."""
    lo, hi = att.sentence
    cue = att.cue[0]
    best: tuple[int, int, str] | None = None
    for start, end in ((lo, att.content[0]), (att.content[1], hi)):
        outside = text[start:end].lower()
        for rank, channel in enumerate(_CHANNEL_ORDER):
            for word in cues["channels"][channel]:
                for m in re.finditer(r"\b" + re.escape(word) + r"\b", outside):
                    found = (abs(start + m.start() - cue), rank, channel)
                    best = min(best, found) if best else found
    return best[2] if best else "unknown"


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


def split_denials(atts: list[Attribution], doc: Doc, deny_verbs: list[str]) -> list[Attribution]:
    """A denial told as a clause of another statement is a statement of its own by the same
    speaker: "the army said its aircraft had destroyed a rebel column, while dismissing as false
    a rebel claim to have overrun one of its positions" asserts the strike and denies the
    overrun. The outer statement's words end before the clause; the clause's speaker is the
    outer statement's."""
    text = doc_text(doc)
    out = list(atts)
    added: list[tuple[Attribution, Attribution]] = []
    for j, outer in enumerate(atts):
        if outer.kind != "verb" or outer.lemma in deny_verbs:
            continue
        words = doc.char_span(*outer.content, alignment_mode="contract")
        if words is None:
            continue
        clause = next(
            (
                t
                for t in words
                if t.lemma_.lower() in deny_verbs
                and t.tag_ == "VBG"
                and t.dep_ in ("advcl", "conj")
                and outer.content[0] <= t.head.idx < t.idx
                and t.left_edge.i > words.start
            ),
            None,
        )
        if clause is None:
            continue
        start = clause.left_edge.idx
        kept = text[outer.content[0] : start].rstrip(" ,;-")
        if not kept:
            continue
        out[j] = replace(outer, content=(outer.content[0], outer.content[0] + len(kept)))
        cue = (clause.idx, clause.idx + len(clause.text))
        inner = next((i for i, a in enumerate(out) if a.cue == cue), None)
        denial = Attribution(
            source=outer.source,
            cue=cue,
            content=(cue[1] + 1, outer.content[1]),
            sentence=outer.sentence,
            lemma=clause.lemma_.lower(),
            kind="clause",
            source_head=outer.source_head,
        )
        if inner is None:
            added.append((out[j], denial))
        else:
            out[inner] = replace(
                out[inner], source=outer.source, source_head=outer.source_head, kind="clause"
            )
    for outer, denial in added:
        out.insert(out.index(outer) + 1, denial)
    return out


def _split_off(outer: Attribution, denial: Attribution) -> bool:
    """Whether `denial` is a clause `split_denials` took out of `outer`'s words."""
    return denial.kind == "clause" and outer.sentence == denial.sentence


# A speaker's role or body after a comma closing what was said: ", the governor of X", ", the
# city's regional hospital" at a source's end.
_TRAILING_ROLE = re.compile(
    r",\s+((?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:governor|minister|spokes(?:man|woman|person)|"
    r"mayor|commander|official|officer|prefect|administrator|chief|director|president|"
    r"prosecutor|hospital|ministry|administration|council)\b[^,]*)$"
)


def _inside_other(att: Attribution, atts: list[Attribution]) -> bool:
    """Whether `att` is said inside another statement's words (a quote within a quote), or is
    the citing inside another's source ("sources cited by AFP")."""
    for other in atts:
        if other is att:
            continue
        if att.lemma in ("cite", "quote") and _describes(att, other):
            return True
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


def _keep(d: _Draft, doc: Doc) -> bool:
    """A claim needs a speaker; an outlet's own reporting of plain fact is not a party's claim,
    nor is an armed force's deed the cue model took for speech (`_deed_of_arms`)."""
    if d.speaker is None:
        return False
    if d.speaker_actor is not None and d.speaker_actor.kind == "outlet" and not d.events:
        return False
    return not _deed_of_arms(d, doc)


def accused_of(att: Attribution, doc: Doc) -> bool:
    """A participle that says what someone is held for ("detained a dozen men accused of
    organising the resistance"): no one speaks."""
    if att.kind != "verb":
        return False
    cue = doc.char_span(att.cue[0], att.cue[1], alignment_mode="expand")
    if cue is None or cue.root.tag_ != "VBN":
        return False
    deps = {c.dep_ for c in cue.root.children}
    # The parser may make the men its subject ("men in Argo accused of ..."); with no
    # auxiliary and no object it still only says what they are held for.
    return (
        any(c.lower_ == "of" for c in cue.root.children)
        and not deps & {"aux", "auxpass", "dobj"}
        and cue.root.dep_ in ("acl", "ccomp", "relcl", "advcl")
    )


def _deed_of_arms(d: _Draft, doc: Doc) -> bool:
    """An armed force's act read as speech ("the militia has besieged Tamra"): the speaker is an
    armed force, the verb's first WordNet sense is fighting, touching or moving, and what it was
    done to is a named place or group. The cue model, trained on political news, may read such
    a verb as speech ("attacked the plan"); "the army slammed the report" still speaks."""
    if d.speaker_actor is None or d.speaker_actor.kind not in ("armed group", "state forces"):
        return False
    senses = load_verb_senses().get(d.att.lemma, ())
    if not senses or senses[0] not in ("competition", "contact", "motion"):
        return False
    span = doc.char_span(d.att.content[0], d.att.content[1], alignment_mode="expand")
    return span is not None and (
        span.root.pos_ == "PROPN"
        or span.root.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "NORP")
        # "attacked an army base", "attacked soldiers": a place held or people, not words.
        or span.root.lemma_.lower() in _target_nouns()
    )


@cache
def _target_nouns() -> frozenset[str]:
    """Nouns of what arms are used on: places held, armed and civilian people."""
    return (
        event_words("taken_place_nouns")
        | event_words("armed_victims")
        | event_words("civilian_victims")
    )


# How far (characters) a speaker's next statement may start from the last to go on with it.
FOLLOW_UP_GAP = 400


def _split_held(drafts: list[_Draft]) -> list[_Draft]:
    """A statement that a place is still held denies its capture, but the events it tells in
    its own words it asserts: "its fighters had repelled the counter-attack and still
    controlled the town" asserts the fighting and denies the town was taken. Such a statement
    becomes two, the denial left to find the capture it answers (`_link_denials`)."""
    out: list[_Draft] = []
    for d in drafts:
        if d.holds and d.events:
            out.append(d)
            out.append(replace(d, stance="asserts", holds=False, events=d.events))
            d.events = []
        else:
            out.append(d)
    return out


def _merge_carried(drafts: list[_Draft]) -> list[_Draft]:
    """Fold a speaker's follow-up sentences ("Osman also said ...") into one claim unless the
    follow-up is about an event the claim does not already cover."""
    out: list[_Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.speaker == d.speaker
            and prev.att.sentence == d.att.sentence
            and not _describes(prev.att, d.att)
        ):
            told = [ev for ev in d.events if ev not in prev.events]
            if prev.stance == "denies" and prev.events and d.stance == "asserts" and told:
                # "M23 rejected the claim, saying its fighters had repelled the attack": the
                # denial answers the other side's account, the rest is the speaker's own
                # account of another event, which it asserts. A denial that found nothing to
                # deny takes what its follow-up tells, as before.
                d.events = told
                out.append(d)
                continue
            if prev.stance == "asserts" and d.stance == "denies" and _split_off(prev.att, d.att):
                # "said its aircraft had destroyed a column, while dismissing as false a rebel
                # claim": the account and the denial are two statements.
                out.append(d)
                continue
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
            and d.start - prev.end < FOLLOW_UP_GAP
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


def _describes(inner: Attribution, outer: Attribution) -> bool:
    """Whether `inner`'s cue describes `outer`'s source ("Russia, which backs the government,
    denied ..."): two statements, not one told with two verbs."""
    return outer.source is not None and outer.source[0] <= inner.cue[0] < outer.source[1]
