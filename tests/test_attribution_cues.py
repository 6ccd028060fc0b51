"""Tests for attribution helpers: raising verbs, relative sources, verb senses, signatures."""

from __future__ import annotations

import pytest

from handparse import hand_doc as _doc
from sitroom.nlp.attribution import load_cues
from sitroom.nlp.attribution_cues import (
    _content,
    _experiencer,
    _is_raising,
    _source_span,
    _with_antecedent,
)
from sitroom.nlp.attribution_layout import _signed_quotes
from sitroom.nlp.attribution_model import _sense_features, load_verb_senses

# "The levy seems unfair to me."
SEEMS = [
    ("The", "the", "DET", "det", 1),
    ("levy", "levy", "NOUN", "nsubj", 2),
    ("seems", "seem", "VERB", "ROOT", 2),
    ("unfair", "unfair", "ADJ", "acomp", 2),
    ("to", "to", "ADP", "prep", 2),
    ("me", "I", "PRON", "pobj", 4),
    (".", ".", "PUNCT", "punct", 2),
]
# "The mayor appeared to suggest a delay."
APPEARED = [
    ("The", "the", "DET", "det", 1),
    ("mayor", "mayor", "NOUN", "nsubj", 2),
    ("appeared", "appear", "VERB", "ROOT", 2),
    ("to", "to", "PART", "aux", 4),
    ("suggest", "suggest", "VERB", "xcomp", 2),
    ("a", "a", "DET", "det", 6),
    ("delay", "delay", "NOUN", "dobj", 4),
    (".", ".", "PUNCT", "punct", 2),
]
# "He looked out on the harbour."
LOOKED = [
    ("He", "he", "PRON", "nsubj", 1),
    ("looked", "look", "VERB", "ROOT", 1),
    ("out", "out", "ADP", "prt", 1),
    ("on", "on", "ADP", "prep", 1),
    ("the", "the", "DET", "det", 5),
    ("harbour", "harbour", "NOUN", "pobj", 3),
    (".", ".", "PUNCT", "punct", 1),
]


@pytest.mark.parametrize(
    ("tokens", "verb", "raising", "experiencer"),
    [
        (SEEMS, 2, True, "me"),  # the levy is what seems so; "me" is whom it seems so to
        (APPEARED, 2, False, None),  # the mayor's own suggestion
        (LOOKED, 1, False, None),  # "look" without a predicate is not raising
    ],
)
def test_attribution_cues_raising_verbs_give_their_subject_no_voice(
    tokens: list[tuple], verb: int, raising: bool, experiencer: str | None
) -> None:
    doc = _doc(tokens)
    tok = doc[verb]
    assert _is_raising(tok, load_cues()) is raising
    if raising:
        found = _experiencer(tok, doc[:])
        assert (found.text if found is not None else None) == experiencer


# "Officials cited a study that says rents rose."
STUDY = [
    ("Officials", "official", "NOUN", "nsubj", 1),
    ("cited", "cite", "VERB", "ROOT", 1),
    ("a", "a", "DET", "det", 3),
    ("study", "study", "NOUN", "dobj", 1),
    ("that", "that", "PRON", "nsubj", 5, "WDT"),
    ("says", "say", "VERB", "relcl", 3),
    ("rents", "rent", "NOUN", "nsubj", 7),
    ("rose", "rise", "VERB", "ccomp", 5),
    (".", ".", "PUNCT", "punct", 1),
]


def test_attribution_cues_relative_pronoun_source_reaches_its_antecedent() -> None:
    doc = _doc(STUDY)
    that, says = doc[4], doc[5]
    source = _with_antecedent(says, that, doc[:], (that.idx, that.idx + len(that.text)))
    assert doc.text[source[0] : source[1]] == "a study that"


@pytest.mark.parametrize(
    ("lemma", "expected"),
    [("say", "wn1=communication"), ("believe", "wn1=cognition"), ("xyzzy", "wn1=none")],
)
def test_attribution_model_verb_senses_from_wordnet(lemma: str, expected: str) -> None:
    doc = _doc([("it", "it", "PRON", "nsubj", 1), (lemma, lemma, "VERB", "ROOT", 1)])
    assert expected in _sense_features(doc[1])
    assert len(load_verb_senses()) > 10_000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A reader's voice signed with a dash after a no-break space, holding a quotation.
        ("“He calls it “a plan”, I call it a bluff.”\u00a0― Ana Ortiz\n“Next.”", ["Ana Ortiz"]),
        ("“Fine work.” — Lee Park.\n", ["Lee Park."]),
        # A dash after a quotation in running text is no signature.
        ("It was “a farce” — Senate leaders said on Monday.", []),
    ],
)
def test_attribution_layout_signed_quotes(text: str, expected: list[str]) -> None:
    found = _signed_quotes(text, [])
    assert [text[a.source[0] : a.source[1]] for a in found] == expected
    for att in found:
        assert text[att.content[0]] == "“" and text[att.content[1] - 1] == "”"


# "The plan, she told me, is dead."
TOLD_ME = [
    ("The", "the", "DET", "det", 1),
    ("plan", "plan", "NOUN", "nsubj", 7),
    (",", ",", "PUNCT", "punct", 4),
    ("she", "she", "PRON", "nsubj", 4),
    ("told", "tell", "VERB", "parataxis", 7),
    ("me", "I", "PRON", "dobj", 4),
    (",", ",", "PUNCT", "punct", 4),
    ("is", "be", "AUX", "ROOT", 7),
    ("dead", "dead", "ADJ", "acomp", 7),
    (".", ".", "PUNCT", "punct", 7),
]


def test_attribution_cues_the_one_told_is_not_what_is_said() -> None:
    doc = _doc(TOLD_ME)
    span, kind = _content(doc[4], doc[:], load_cues(), [])
    assert kind == "parataxis"
    assert "dead" in doc.text[span[0] : span[1]]  # before, the content was "me"


# "A union backed Lee, a sign of support." with the appositive hung on the subject.
UNION = [
    ("A", "a", "DET", "det", 1),
    ("union", "union", "NOUN", "nsubj", 2),
    ("backed", "back", "VERB", "ROOT", 2),
    ("Lee", "Lee", "PROPN", "dobj", 2),
    (",", ",", "PUNCT", "punct", 1),
    ("a", "a", "DET", "det", 6),
    ("sign", "sign", "NOUN", "appos", 1),
    ("of", "of", "ADP", "prep", 6),
    ("support", "support", "NOUN", "pobj", 7),
    (".", ".", "PUNCT", "punct", 2),
]


def test_attribution_cues_a_subject_before_its_verb_stops_there() -> None:
    doc = _doc(UNION)
    source = _source_span(doc[1], doc[2], doc[:])
    assert doc.text[source[0] : source[1]] == "A union"


def test_attribution_model_dense_part_adds_its_weighted_log_odds() -> None:
    from sitroom.nlp.attribution_model import CueModel

    model = CueModel(
        weights={"bias": -1.0, "lex": 2.0, "dense": 0.5}, dense=(1.0, -1.0), dense_bias=0.5
    )
    assert model.score(["bias", "lex"]) == pytest.approx(1.0)  # no vector: sparse part only
    assert model.score(["bias", "lex"], [2.0, 1.0]) == pytest.approx(1.0 + 0.5 * 1.5)
    sparse = CueModel(weights={"bias": -1.0, "dense": 0.5})
    assert sparse.score(["bias"], [2.0, 1.0]) == pytest.approx(-1.0)  # no dense weights


# "Analysts said prices would fall, citing weak demand."
CITING = [
    ("Analysts", "analyst", "NOUN", "nsubj", 1),
    ("said", "say", "VERB", "ROOT", 1),
    ("prices", "price", "NOUN", "nsubj", 4),
    ("would", "would", "AUX", "aux", 4),
    ("fall", "fall", "VERB", "ccomp", 1),
    (",", ",", "PUNCT", "punct", 4),
    ("citing", "cite", "VERB", "advcl", 4),
    ("weak", "weak", "ADJ", "amod", 8),
    ("demand", "demand", "NOUN", "dobj", 6),
    (".", ".", "PUNCT", "punct", 1),
]
# "Prices fell, hurting farmers."
HURTING = [
    ("Prices", "price", "NOUN", "nsubj", 1),
    ("fell", "fall", "VERB", "ROOT", 1),
    (",", ",", "PUNCT", "punct", 1),
    ("hurting", "hurt", "VERB", "advcl", 1),
    ("farmers", "farmer", "NOUN", "dobj", 3),
    (".", ".", "PUNCT", "punct", 1),
]


def test_attribution_cues_a_participle_after_what_is_said_goes_with_the_saying() -> None:
    from sitroom.nlp.attribution_cues import _subject

    doc = _doc(CITING)
    doc[6].tag_ = "VBG"
    assert _subject(doc[6], doc[:]).text == "Analysts"  # not "prices", the reported clause's
    plain = _doc(HURTING)
    plain[3].tag_ = "VBG"
    assert _subject(plain[3], plain[:]).text == "Prices"  # no saying above: its own head


# "Residents have voiced concern about the dam."
VOICED = [
    ("Residents", "resident", "NOUN", "nsubj", 2),
    ("have", "have", "AUX", "aux", 2),
    ("voiced", "voice", "VERB", "ROOT", 2),
    ("concern", "concern", "NOUN", "dobj", 2),
    ("about", "about", "ADP", "prep", 3),
    ("the", "the", "DET", "det", 6),
    ("dam", "dam", "NOUN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 2),
]


def test_attribution_cues_a_noun_cue_voiced_by_someone_is_theirs() -> None:
    from sitroom.nlp.attribution_cues import _noun_source

    doc = _doc(VOICED)
    assert _noun_source(doc[3], doc[:]).text == "Residents"
    # "voiced ... about concern": the noun hangs on a preposition, not the verb's object.
    about_concern = [*VOICED[:3], ("concern", "concern", "NOUN", "pobj", 4), *VOICED[4:]]
    doc = _doc(about_concern)
    assert _noun_source(doc[3], doc[:]) is None
