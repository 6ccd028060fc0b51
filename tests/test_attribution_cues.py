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


# "Prices will fall, Ann Lee, an adviser, said." with the speaker hung on the reported clause.
STRANDED = [
    ("Prices", "price", "NOUN", "nsubj", 2),
    ("will", "will", "AUX", "aux", 2),
    ("fall", "fall", "VERB", "ccomp", 11, "VB"),
    (",", ",", "PUNCT", "punct", 2),
    ("Ann", "Ann", "PROPN", "compound", 5),
    ("Lee", "Lee", "PROPN", "npadvmod", 2),
    (",", ",", "PUNCT", "punct", 5),
    ("an", "an", "DET", "det", 8),
    ("adviser", "adviser", "NOUN", "appos", 5),
    (",", ",", "PUNCT", "punct", 5),
    ("quietly", "quietly", "ADV", "advmod", 11, "RB"),
    ("said", "say", "VERB", "ROOT", 11, "VBD"),
    (".", ".", "PUNCT", "punct", 11),
]


def test_attribution_cues_a_verb_left_without_subject_takes_the_phrase_before_it() -> None:
    from sitroom.nlp.attribution_cues import _subject

    doc = _doc(STRANDED)
    assert _subject(doc[11], doc[:]).text == "Lee"  # out of the apposition, over the adverb
    with_subject = [*STRANDED[:5], ("Lee", "Lee", "PROPN", "nsubj", 11), *STRANDED[6:]]
    doc = _doc(with_subject)
    assert _subject(doc[11], doc[:]).text == "Lee"  # the parser's own subject, as before
    # A participle does not speak for the phrase before it ("the adviser, saying ...").
    participle = [*STRANDED[:11], ("saying", "say", "VERB", "ROOT", 11, "VBG"), STRANDED[12]]
    doc = _doc(participle)
    assert _subject(doc[11], doc[:]) is None


# "It ended. ''We won,'' Lee told me." where the parser hung "ended" on "told" across the
# sentence break, so the verb's subtree starts in the sentence before.
ACROSS = [
    ("It", "it", "PRON", "nsubj", 1),
    ("ended", "end", "VERB", "ccomp", 10),
    (".", ".", "PUNCT", "punct", 1),
    ("''", "''", "PUNCT", "punct", 6),
    ("We", "we", "PRON", "nsubj", 5),
    ("won", "win", "VERB", "ccomp", 1),
    (",", ",", "PUNCT", "punct", 10),
    ("''", "''", "PUNCT", "punct", 10),
    ("Lee", "Lee", "PROPN", "nsubj", 10),
    ("firmly", "firmly", "ADV", "advmod", 10),
    ("told", "tell", "VERB", "ROOT", 10, "VBD"),
    ("me", "I", "PRON", "dobj", 10),
    (".", ".", "PUNCT", "punct", 10),
]


def test_attribution_cues_a_quotation_before_the_verb_counts_from_its_own_segment() -> None:
    from sitroom.nlp.attribution_spans import quote_regions

    doc = _doc(ACROSS)
    quotes = quote_regions(doc.text)
    span, kind = _content(doc[10], doc[3:], load_cues(), quotes)
    assert kind == "quote"
    assert "We won" in doc.text[span[0] : span[1]]  # before, the content was "me"


# "Costs will rise, Lee said: wages are flat." with both clauses hung on "said".
TWO_CLAUSES = [
    ("Costs", "cost", "NOUN", "nsubj", 2),
    ("will", "will", "AUX", "aux", 2),
    ("rise", "rise", "VERB", "ccomp", 5),
    (",", ",", "PUNCT", "punct", 5),
    ("Lee", "Lee", "PROPN", "nsubj", 5),
    ("said", "say", "VERB", "ROOT", 5),
    (":", ":", "PUNCT", "punct", 5),
    ("wages", "wage", "NOUN", "nsubj", 8),
    ("are", "be", "AUX", "ccomp", 5),
    ("flat", "flat", "ADJ", "acomp", 8),
    (".", ".", "PUNCT", "punct", 5),
]


def test_attribution_cues_a_clause_the_verb_opens_with_a_colon_is_what_it_says() -> None:
    doc = _doc(TWO_CLAUSES)
    span, kind = _content(doc[5], doc[:], load_cues(), [])
    assert (kind, doc.text[span[0] : span[1]]) == ("ccomp", "wages are flat")
    # Without the colon the clause after is a continuation: the one before is the content.
    comma = [*TWO_CLAUSES[:6], (",", ",", "PUNCT", "punct", 5), *TWO_CLAUSES[7:]]
    doc = _doc(comma)
    span, _ = _content(doc[5], doc[:], load_cues(), [])
    assert doc.text[span[0] : span[1]] == "Costs will rise"


# '"We won," Lee told the crowd.'
TOLD_CROWD = [
    ('"', '"', "PUNCT", "punct", 2),
    ("We", "we", "PRON", "nsubj", 2),
    ("won", "win", "VERB", "ccomp", 6),
    (",", ",", "PUNCT", "punct", 6),
    ('"', '"', "PUNCT", "punct", 6),
    ("Lee", "Lee", "PROPN", "nsubj", 6),
    ("told", "tell", "VERB", "ROOT", 6),
    ("the", "the", "DET", "det", 8),
    ("crowd", "crowd", "NOUN", "dobj", 6),
    (".", ".", "PUNCT", "punct", 6),
]


def test_attribution_cues_the_object_of_a_telling_verb_is_the_one_told() -> None:
    from sitroom.nlp.attribution_spans import quote_regions

    doc = _doc(TOLD_CROWD)
    span, kind = _content(doc[6], doc[5:], load_cues(), quote_regions(doc.text))
    assert kind == "quote"
    assert "We won" in doc.text[span[0] : span[1]]  # not "the crowd", a plain noun object


def test_attribution_model_content_length_is_a_cue_feature() -> None:
    from sitroom.nlp.attribution_model import cue_features

    doc = _doc(TOLD_CROWD)
    feats = [
        [f for f in cue_features(doc[6], "dobj", doc[5], load_cues(), content) if "clen" in f]
        for content in ((0, 3), (0, 30), (0, 300), None)
    ]
    assert feats == [["clen=0"], ["clen=2"], ["clen=5"], []]


# "Lee sent a letter saying costs rose, and voiced concern that wages fell."
SENT = [
    ("Lee", "Lee", "PROPN", "nsubj", 1),
    ("sent", "send", "VERB", "ROOT", 1),
    ("a", "a", "DET", "det", 3),
    ("letter", "letter", "NOUN", "dobj", 1),
    ("saying", "say", "VERB", "acl", 3),
    ("costs", "cost", "NOUN", "nsubj", 6),
    ("rose", "rise", "VERB", "ccomp", 4),
    (",", ",", "PUNCT", "punct", 1),
    ("and", "and", "CCONJ", "cc", 1),
    ("voiced", "voice", "VERB", "conj", 1),
    ("concern", "concern", "NOUN", "dobj", 9),
    ("that", "that", "SCONJ", "mark", 13),
    ("wages", "wage", "NOUN", "nsubj", 13),
    ("fell", "fall", "VERB", "acl", 10),
    (".", ".", "PUNCT", "punct", 1),
]


def test_attribution_one_statement_told_by_a_verb_and_a_cue_on_its_object() -> None:
    from sitroom.nlp.attribution import _merge_objects
    from sitroom.nlp.attribution_spans import Attribution

    doc = _doc(SENT)

    def att(cue: int, content: tuple[int, int], kind: str) -> Attribution:
        c = doc[cue]
        span = doc[content[0] : content[1]]
        return Attribution(
            source=(0, 3),
            cue=(c.idx, c.idx + len(c.text)),
            content=(span.start_char, span.end_char),
            sentence=(0, len(doc.text)),
            lemma=c.lemma_,
            kind=kind,
        )

    found = [
        att(1, (2, 4), "verb"),  # sent: a letter
        att(4, (5, 7), "verb"),  # saying: costs rose
        att(9, (10, 14), "verb"),  # voiced: concern that wages fell
        att(10, (11, 14), "noun"),  # concern: that wages fell
    ]
    merged = _merge_objects(doc, found)
    assert [
        (doc.text[a.cue[0] : a.cue[1]], doc.text[a.content[0] : a.content[1]]) for a in merged
    ] == [
        ("sent", "costs rose"),
        ("voiced", "concern that wages fell"),
    ]


def test_doctext_doc_text_is_built_once() -> None:
    from sitroom.nlp.doctext import doc_text

    doc = _doc(TOLD_CROWD)
    assert doc_text(doc) == doc.text
    doc.user_data["sitroom_text"] = (len(doc), "kept")  # the second call reads what was stored
    assert doc_text(doc) == "kept"
    doc.user_data["sitroom_text"] = (3, "another doc's")  # stored for a Doc of other length
    assert doc_text(doc) == doc.text


# "Costs will rise; Lee says wages are flat." with both clauses hung on "says".
SEMICOLON = [
    ("Costs", "cost", "NOUN", "nsubj", 2),
    ("will", "will", "AUX", "aux", 2),
    ("rise", "rise", "VERB", "ccomp", 5),
    (";", ";", "PUNCT", "punct", 5),
    ("Lee", "Lee", "PROPN", "nsubj", 5),
    ("says", "say", "VERB", "ROOT", 5),
    ("wages", "wage", "NOUN", "nsubj", 7),
    ("are", "be", "AUX", "ccomp", 5),
    ("flat", "flat", "ADJ", "acomp", 7),
    (".", ".", "PUNCT", "punct", 5),
]


def test_attribution_cues_a_clause_a_semicolon_parts_from_the_verb_is_not_what_it_says() -> None:
    doc = _doc(SEMICOLON)
    span, _ = _content(doc[5], doc[:], load_cues(), [])
    assert doc.text[span[0] : span[1]] == "wages are flat"
    # With a comma, the clause right after the verb is still what it says ("While he conceded
    # costs rose, Lee says wages are flat", both clauses hung on "says"); it was the one before.
    comma = [*SEMICOLON[:3], (",", ",", "PUNCT", "punct", 5), *SEMICOLON[4:]]
    doc = _doc(comma)
    span, _ = _content(doc[5], doc[:], load_cues(), [])
    assert doc.text[span[0] : span[1]] == "wages are flat"


# '"We won," Lee said, adding that turnout rose.' with "adding" hung inside the quotation.
ADDING = [
    ('"', '"', "PUNCT", "punct", 2),
    ("We", "we", "PRON", "nsubj", 2),
    ("won", "win", "VERB", "ccomp", 6),
    (",", ",", "PUNCT", "punct", 2),
    ('"', '"', "PUNCT", "punct", 2),
    ("Lee", "Lee", "PROPN", "nsubj", 6),
    ("said", "say", "VERB", "ROOT", 6, "VBD"),
    (",", ",", "PUNCT", "punct", 6),
    ("adding", "add", "VERB", "advcl", 2, "VBG"),
    ("that", "that", "SCONJ", "mark", 11),
    ("turnout", "turnout", "NOUN", "nsubj", 11),
    ("rose", "rise", "VERB", "ccomp", 8, "VBD"),
    (".", ".", "PUNCT", "punct", 6),
]


def test_attribution_cues_a_participle_right_after_a_saying_shares_its_speaker() -> None:
    from sitroom.nlp.attribution_cues import _subject
    from sitroom.nlp.attribution_spans import quote_regions

    doc = _doc(ADDING)
    assert _subject(doc[8], doc[:], 0, quote_regions(doc.text)).text == "Lee"


# "Lee will be unable to come and testify." / "He sent one saying prices rose."
UNABLE = [
    ("Lee", "Lee", "PROPN", "nsubj", 2),
    ("will", "will", "AUX", "aux", 2),
    ("be", "be", "AUX", "ROOT", 2),
    ("unable", "unable", "ADJ", "acomp", 2),
    ("to", "to", "PART", "aux", 5),
    ("come", "come", "VERB", "xcomp", 3),
    ("and", "and", "CCONJ", "cc", 5),
    ("testify", "testify", "VERB", "conj", 5),
    (".", ".", "PUNCT", "punct", 2),
]
SENT_ONE = [
    ("He", "he", "PRON", "nsubj", 1),
    ("sent", "send", "VERB", "ROOT", 1),
    ("one", "one", "NUM", "dobj", 1),
    ("saying", "say", "VERB", "acl", 2, "VBG"),
    ("prices", "price", "NOUN", "nsubj", 5),
    ("rose", "rise", "VERB", "ccomp", 3),
    (".", ".", "PUNCT", "punct", 1),
]


def test_attribution_cues_subjects_reach_through_adjectives_and_numerals() -> None:
    from sitroom.nlp.attribution_cues import _subject

    doc = _doc(UNABLE)
    assert _subject(doc[7], doc[:]).text == "Lee"  # testify < come < unable < be
    doc = _doc(SENT_ONE)
    assert _subject(doc[3], doc[:]).text == "one"  # the message that says it


# "In a talk with the Post Lee said prices rose." with "Lee" glued into the fronted phrase.
GLUED = [
    ("In", "in", "ADP", "prep", 7),
    ("a", "a", "DET", "det", 2),
    ("talk", "talk", "NOUN", "pobj", 0),
    ("with", "with", "ADP", "prep", 2),
    ("the", "the", "DET", "det", 6),
    ("Post", "Post", "PROPN", "compound", 6),
    ("Lee", "Lee", "PROPN", "pobj", 3),
    ("said", "say", "VERB", "ROOT", 7, "VBD"),
    ("prices", "price", "NOUN", "nsubj", 9),
    ("rose", "rise", "VERB", "ccomp", 7),
    (".", ".", "PUNCT", "punct", 7),
]


def test_attribution_cues_a_speaker_glued_onto_a_fronted_phrase_still_speaks() -> None:
    from sitroom.nlp.attribution_cues import _subject

    doc = _doc(GLUED)
    assert _subject(doc[7], doc[:]).text == "Lee"


# "Seoul accused the leader, Kim, of recklessness."
ACCUSED = [
    ("Seoul", "Seoul", "PROPN", "nsubj", 1),
    ("accused", "accuse", "VERB", "ROOT", 1, "VBD"),
    ("the", "the", "DET", "det", 3),
    ("leader", "leader", "NOUN", "dobj", 1),
    (",", ",", "PUNCT", "punct", 3),
    ("Kim", "Kim", "PROPN", "appos", 3),
    (",", ",", "PUNCT", "punct", 3),
    ("of", "of", "ADP", "prep", 1),
    ("recklessness", "recklessness", "NOUN", "pobj", 7),
    (".", ".", "PUNCT", "punct", 1),
]


def test_attribution_cues_an_object_named_by_its_apposition_is_the_one_accused() -> None:
    doc = _doc(ACCUSED)
    span, kind = _content(doc[1], doc[:], load_cues(), [])
    assert (kind, doc.text[span[0] : span[1]]) == ("dobj2", "recklessness")


# "Lee spoke at a briefing announcing cuts." / "In a statement announcing cuts, the union ..."
BRIEFING = [
    ("Lee", "Lee", "PROPN", "nsubj", 1),
    ("spoke", "speak", "VERB", "ROOT", 1, "VBD"),
    ("at", "at", "ADP", "prep", 1),
    ("a", "a", "DET", "det", 4),
    ("briefing", "briefing", "NOUN", "pobj", 2),
    ("announcing", "announce", "VERB", "acl", 4, "VBG"),
    ("cuts", "cut", "NOUN", "dobj", 5),
    (".", ".", "PUNCT", "punct", 1),
]


def test_attribution_cues_an_occasion_does_not_speak_a_message_does() -> None:
    from sitroom.nlp.attribution_cues import _subject

    doc = _doc(BRIEFING)
    assert _subject(doc[5], doc[:]).text == "Lee"  # before: "briefing"
    statement = [*BRIEFING[:4], ("statement", "statement", "NOUN", "pobj", 2), *BRIEFING[5:]]
    doc = _doc(statement)
    assert _subject(doc[5], doc[:]).text == "statement"  # the statement announces


# "Update: Lee urges calm." with the heading parsed as a second subject of "urges".
HEADING = [
    ("Update", "update", "NOUN", "nsubj", 3),
    (":", ":", "PUNCT", "punct", 3),
    ("Lee", "Lee", "PROPN", "nsubj", 3),
    ("urges", "urge", "VERB", "ROOT", 3, "VBZ"),
    ("calm", "calm", "NOUN", "dobj", 3),
    (".", ".", "PUNCT", "punct", 3),
]


def test_attribution_cues_a_heading_cut_off_by_a_colon_is_not_the_speaker() -> None:
    from sitroom.nlp.attribution_cues import _subject

    doc = _doc(HEADING)
    assert _subject(doc[3], doc[:]).text == "Lee"


# "KABUL -- Ann Lee, visiting a school, said it would open." parsed with the clause built on a
# word of the heading before it (token 0): "said" is left with no subject.
DATELINE = [
    ("Report", "report", "NOUN", "ROOT", 0),
    ("KABUL", "Kabul", "PROPN", "nsubj", 0),
    ("--", "--", "PUNCT", "punct", 1),
    ("Ann", "Ann", "PROPN", "compound", 4),
    ("Lee", "Lee", "PROPN", "appos", 1),
    (",", ",", "PUNCT", "punct", 0),
    ("visiting", "visit", "VERB", "advcl", 0, "VBG"),
    ("a", "a", "DET", "det", 8),
    ("school", "school", "NOUN", "dobj", 6),
    (",", ",", "PUNCT", "punct", 0),
    ("said", "say", "VERB", "ROOT", 10, "VBD"),
    ("it", "it", "PRON", "nsubj", 13),
    ("would", "would", "AUX", "aux", 13),
    ("open", "open", "VERB", "ccomp", 10),
    (".", ".", "PUNCT", "punct", 10),
]


def test_attribution_cues_a_subject_left_on_the_heading_above_is_the_verbs() -> None:
    from sitroom.nlp.attribution_cues import _subject

    doc = _doc(DATELINE)
    assert _subject(doc[10], doc[1:]).text == "Lee"  # the dateline's capitals give way
    plain = [*DATELINE[:1], ("Kabul", "Kabul", "PROPN", "nsubj", 0), *DATELINE[2:]]
    doc = _doc(plain)
    assert _subject(doc[10], doc[1:]).text == "Kabul"  # no dateline: the subject itself


# "Lee arrived, cited remarks." / "Costs rose, said the adviser."
CITED_THING = [
    ("Lee", "Lee", "PROPN", "nsubj", 1),
    ("arrived", "arrive", "VERB", "ROOT", 1, "VBD"),
    (",", ",", "PUNCT", "punct", 1),
    ("cited", "cite", "VERB", "conj", 1, "VBD"),
    ("remarks", "remark", "NOUN", "dobj", 3),
    (".", ".", "PUNCT", "punct", 1),
]
SAID_ADVISER = [
    ("Costs", "cost", "NOUN", "nsubj", 1),
    ("rose", "rise", "VERB", "ROOT", 1),
    (",", ",", "PUNCT", "punct", 1),
    ("said", "say", "VERB", "parataxis", 1, "VBD"),
    ("the", "the", "DET", "det", 5),
    ("adviser", "adviser", "NOUN", "dobj", 3),
    (".", ".", "PUNCT", "punct", 3),
]


def test_attribution_cues_only_a_speaker_follows_its_verb_as_its_source() -> None:
    from sitroom.nlp.attribution_cues import _subject

    doc = _doc(CITED_THING)
    assert _subject(doc[3], doc[:]).text == "Lee"  # before: "remarks"
    doc = _doc(SAID_ADVISER)
    assert _subject(doc[3], doc[:]).text == "adviser"  # the inverted speaker, as before


# "Lee got the banker to admit fault."
GOT_TO_ADMIT = [
    ("Lee", "Lee", "PROPN", "nsubj", 1),
    ("got", "get", "VERB", "ROOT", 1, "VBD"),
    ("the", "the", "DET", "det", 3),
    ("banker", "banker", "NOUN", "dobj", 1),
    ("to", "to", "PART", "aux", 5),
    ("admit", "admit", "VERB", "xcomp", 1, "VB"),
    ("fault", "fault", "NOUN", "dobj", 5),
    (".", ".", "PUNCT", "punct", 1),
]


def test_attribution_cues_the_one_made_to_speak_speaks() -> None:
    from sitroom.nlp.attribution_cues import _subject

    doc = _doc(GOT_TO_ADMIT)
    assert _subject(doc[5], doc[:]).text == "banker"  # before: "Lee"
    doc = _doc(APPEARED)
    assert _subject(doc[4], doc[:]).text == "mayor"  # no object: the subject's own words


# '"We won," Lee, an aide, said on "Morning Show".' as the parser read it: the speaker glued
# onto the quotation as an apposition, and the show's name, inside its own quotation marks,
# taken as the subject of "said".
QUOTED_SUBJECT = [
    ("“", "“", "PUNCT", "punct", 10),
    ("We", "we", "PRON", "nsubj", 2),
    ("won", "win", "VERB", "ccomp", 10),
    (",", ",", "PUNCT", "punct", 2),
    ("”", "”", "PUNCT", "punct", 5),
    ("Lee", "Lee", "PROPN", "appos", 1),
    (",", ",", "PUNCT", "punct", 5),
    ("an", "an", "DET", "det", 8),
    ("aide", "aide", "NOUN", "appos", 5),
    (",", ",", "PUNCT", "punct", 5),
    ("said", "say", "VERB", "ROOT", 10, "VBD"),
    ("on", "on", "ADP", "prep", 10),
    ("“", "“", "PUNCT", "punct", 14),
    ("Morning", "Morning", "PROPN", "compound", 14),
    ("Show", "Show", "PROPN", "nsubj", 10),
    ("”", "”", "PUNCT", "punct", 14),
    (".", ".", "PUNCT", "punct", 10),
]


def test_attribution_cues_a_subject_inside_a_quotation_leaves_the_speaker_before_the_verb() -> None:
    from sitroom.nlp.attribution_cues import _subject
    from sitroom.nlp.attribution_spans import quote_regions

    doc = _doc(QUOTED_SUBJECT)
    quotes = quote_regions(doc.text)
    subj = _subject(doc[10], doc[:], 0, quotes)
    assert subj is not None and subj.text == "Lee"  # before, no speaker at all
    lo, hi = _source_span(subj, doc[10], doc[:])
    assert doc.text[lo:hi] == "Lee, an aide"  # without the closing mark glued onto it


# "the reasons that Lee refuses to talk", the relative word parsed as a second subject.
TWO_SUBJECTS = [
    ("the", "the", "DET", "det", 1),
    ("reasons", "reason", "NOUN", "ROOT", 1),
    ("that", "that", "PRON", "nsubj", 4, "WDT"),
    ("Lee", "Lee", "PROPN", "nsubj", 4),
    ("refuses", "refuse", "VERB", "relcl", 1, "VBZ"),
    ("to", "to", "PART", "aux", 6),
    ("talk", "talk", "VERB", "xcomp", 4),
]


def test_attribution_cues_a_relative_word_beside_a_named_subject_is_not_the_speaker() -> None:
    from sitroom.nlp.attribution_cues import _subject

    doc = _doc(TWO_SUBJECTS)
    assert _subject(doc[4], doc[:]).text == "Lee"  # before, "that" (and so "the reasons")
    alone = [*TWO_SUBJECTS[:3], *TWO_SUBJECTS[4:]]
    alone = [(*t[:4], t[4] - 1 if t[4] > 2 else t[4], *t[5:]) for t in alone]
    doc = _doc(alone)
    assert _subject(doc[3], doc[:]).text == "that"  # a relative subject alone stays


# "Lee spoke about the strike, calling it "a crime"."
SPOKE_CALLING = [
    ("Lee", "Lee", "PROPN", "nsubj", 1),
    ("spoke", "speak", "VERB", "ROOT", 1, "VBD"),
    ("about", "about", "ADP", "prep", 1),
    ("the", "the", "DET", "det", 4),
    ("strike", "strike", "NOUN", "pobj", 2),
    (",", ",", "PUNCT", "punct", 1),
    ("calling", "call", "VERB", "advcl", 1, "VBG"),
    ("it", "it", "PRON", "dobj", 6),
    ("“", "“", "PUNCT", "punct", 10),
    ("a", "a", "DET", "det", 10),
    ("crime", "crime", "NOUN", "oprd", 6),
    ("”", "”", "PUNCT", "punct", 10),
    (".", ".", "PUNCT", "punct", 1),
]


def test_attribution_cues_a_quotation_in_a_participle_after_the_verb_is_the_participles() -> None:
    from sitroom.nlp.attribution_spans import quote_regions

    doc = _doc(SPOKE_CALLING)
    span, kind = _content(doc[1], doc[:], load_cues(), quote_regions(doc.text))
    assert (kind, doc.text[span[0] : span[1]]) == ("prep", "about the strike")  # was the quote


# "Over the past days, the agency has promised a review." with the object parsed as a
# modifier, and "As Lee talked about jobs, Kim spoke of crime."
PROMISED = [
    ("Over", "over", "ADP", "prep", 8),
    ("the", "the", "DET", "det", 3),
    ("past", "past", "ADJ", "amod", 3),
    ("days", "day", "NOUN", "pobj", 0),
    (",", ",", "PUNCT", "punct", 8),
    ("the", "the", "DET", "det", 6),
    ("agency", "agency", "NOUN", "nsubj", 8),
    ("has", "have", "AUX", "aux", 8),
    ("promised", "promise", "VERB", "ROOT", 8, "VBN"),
    ("a", "a", "DET", "det", 10),
    ("review", "review", "NOUN", "npadvmod", 8),
    (".", ".", "PUNCT", "punct", 8),
]
AS_TALKED = [
    ("As", "as", "SCONJ", "mark", 2),
    ("Lee", "Lee", "PROPN", "nsubj", 2),
    ("talked", "talk", "VERB", "advcl", 7, "VBD"),
    ("about", "about", "ADP", "prep", 2),
    ("jobs", "job", "NOUN", "pobj", 3),
    (",", ",", "PUNCT", "punct", 7),
    ("Kim", "Kim", "PROPN", "nsubj", 7),
    ("spoke", "speak", "VERB", "ROOT", 7, "VBD"),
    ("of", "of", "ADP", "prep", 7),
    ("crime", "crime", "NOUN", "pobj", 8),
    (".", ".", "PUNCT", "punct", 7),
]


def test_attribution_cues_a_phrase_before_the_verb_is_its_setting_not_its_topic() -> None:
    doc = _doc(PROMISED)
    assert _content(doc[8], doc[:], load_cues(), []) == (None, "none")  # was "Over the past days"
    doc = _doc(AS_TALKED)
    span, kind = _content(doc[2], doc[:], load_cues(), [])
    assert (kind, doc.text[span[0] : span[1]]) == ("prep", "about jobs")  # was Kim's clause


# "The group denied any role in the bombing that killed a judge." as the parser may read it:
# the relative clause hung on the verb as its clause, "that" as that clause's subject.
DENIED_ROLE_THAT = [
    ("The", "the", "DET", "det", 1),
    ("group", "group", "NOUN", "nsubj", 2),
    ("denied", "deny", "VERB", "ROOT", 2, "VBD"),
    ("any", "any", "DET", "det", 4),
    ("role", "role", "NOUN", "dobj", 2),
    ("in", "in", "ADP", "prep", 4),
    ("the", "the", "DET", "det", 7),
    ("bombing", "bombing", "NOUN", "pobj", 5),
    ("that", "that", "PRON", "nsubj", 9, "WDT"),
    ("killed", "kill", "VERB", "ccomp", 2, "VBD"),
    ("a", "a", "DET", "det", 11),
    ("judge", "judge", "NOUN", "dobj", 9),
    (".", ".", "PUNCT", "punct", 2),
]


def test_attribution_cues_a_relative_clause_hung_on_the_verb_stays_with_its_object() -> None:
    doc = _doc(DENIED_ROLE_THAT)
    span, how = _content(doc[2], doc[:], load_cues(), [])
    assert span is not None
    assert (doc.text[span[0] : span[1]], how) == (
        "any role in the bombing that killed a judge",
        "dobj",
    )  # before: "that killed a judge"
    # A clause that "that" opens as its marker is still the content.
    marked = [*DENIED_ROLE_THAT[:8], ("that", "that", "SCONJ", "mark", 9, "IN")]
    marked += DENIED_ROLE_THAT[9:]
    doc = _doc(marked)
    span, how = _content(doc[2], doc[:], load_cues(), [])
    assert span is not None and how == "ccomp"


# "The army said it held the bridge, a claim that the rebels disputed."
SAID_THEN_COMMENT = [
    ("The", "the", "DET", "det", 1),
    ("army", "army", "NOUN", "nsubj", 2),
    ("said", "say", "VERB", "ROOT", 2, "VBD"),
    ("it", "it", "PRON", "nsubj", 4),
    ("held", "hold", "VERB", "ccomp", 2, "VBD"),
    ("the", "the", "DET", "det", 6),
    ("bridge", "bridge", "NOUN", "dobj", 4),
    (",", ",", "PUNCT", "punct", 6),
    ("a", "a", "DET", "det", 9),
    ("claim", "claim", "NOUN", "appos", 6),
    ("that", "that", "SCONJ", "mark", 13),
    ("the", "the", "DET", "det", 12),
    ("rebels", "rebel", "NOUN", "nsubj", 13),
    ("disputed", "dispute", "VERB", "acl", 9, "VBD"),
    (".", ".", "PUNCT", "punct", 2),
]


def test_attribution_cues_the_outlets_comment_after_a_statement_is_not_its_content() -> None:
    from sitroom.nlp.attribution_cues import _before_comment

    doc = _doc(SAID_THEN_COMMENT)
    span, _how = _content(doc[2], doc[:], load_cues(), [])
    assert span is not None
    assert doc.text[span[0] : span[1]] == "it held the bridge, a claim that the rebels disputed"
    cut = _before_comment(span, doc[2], doc[:], load_cues())
    assert doc.text[cut[0] : cut[1]] == "it held the bridge"
    # A plain apposition stays: "said it held the bridge, a crossing the rebels built".
    plain = [*SAID_THEN_COMMENT[:9], ("crossing", "crossing", "NOUN", "appos", 6)]
    plain += SAID_THEN_COMMENT[10:]
    doc = _doc(plain)
    span, _how = _content(doc[2], doc[:], load_cues(), [])
    assert span is not None and _before_comment(span, doc[2], doc[:], load_cues()) == span


# "Gunmen raided the camp, killing nine people, police and witnesses said." as the parser may
# read it: "people" the subject of "said", "police and witnesses" its conjuncts.
TOLL_AS_SUBJECT = [
    ("Gunmen", "gunman", "NOUN", "nsubj", 1),
    ("raided", "raid", "VERB", "ccomp", 12, "VBD"),
    ("the", "the", "DET", "det", 3),
    ("camp", "camp", "NOUN", "dobj", 1),
    (",", ",", "PUNCT", "punct", 1),
    ("killing", "kill", "VERB", "advcl", 1, "VBG"),
    ("nine", "nine", "NUM", "nummod", 7),
    ("people", "people", "NOUN", "nsubj", 12),
    (",", ",", "PUNCT", "punct", 7),
    ("police", "police", "NOUN", "conj", 7),
    ("and", "and", "CCONJ", "cc", 9),
    ("witnesses", "witness", "NOUN", "conj", 9),
    ("said", "say", "VERB", "ROOT", 12, "VBD"),
    (".", ".", "PUNCT", "punct", 12),
]


def test_attribution_cues_a_toll_joined_to_the_speakers_goes_back_to_the_content() -> None:
    from sitroom.nlp.attribution_cues import _verb
    from sitroom.nlp.attribution_model import lexicon_model

    doc = _doc(TOLL_AS_SUBJECT)
    att = _verb(doc[12], doc[:], load_cues(), [], lexicon_model(), sure=frozenset({"say"}))
    assert att is not None and att.source is not None
    assert doc.text[att.source[0] : att.source[1]] == "police and witnesses"
    assert (
        doc.text[att.content[0] : att.content[1]] == "Gunmen raided the camp, killing nine people"
    )
    # Without a count the first conjunct may be a speaker too: the source keeps it.
    plain = [*TOLL_AS_SUBJECT[:6], ("the", "the", "DET", "det", 7), *TOLL_AS_SUBJECT[7:]]
    doc = _doc(plain)
    att = _verb(doc[12], doc[:], load_cues(), [], lexicon_model(), sure=frozenset({"say"}))
    assert att is not None and att.source is not None
    assert doc.text[att.source[0] : att.source[1]] == "the people, police and witnesses"


@pytest.mark.model
def test_attribution_a_capitalised_word_of_a_name_is_no_cue() -> None:
    from sitroom import read

    text = (
        "YANGON - Troops and members of the pro-junta Pyu Saw Htee militia set fire to about 40 "
        "houses in Lat Pu Kan on Sunday, according to villagers and an aid group."
    )
    reading = read(text, published="2025-04-15")
    assert all(c.cue.lower() != "saw" for c in reading.claims)
    assert reading.events[0].status == "confirmed"


@pytest.mark.model
def test_attribution_a_clause_joined_after_a_said_is_a_statement_of_its_own() -> None:
    from sitroom import read

    text = (
        "On Sunday, dozens of residents of Garsen blocked the Malindi road with burning tyres, "
        "demanding more patrols. Officers fired tear gas to clear the road, the Garsen police "
        "station said, and residents told the Courier that two people were briefly detained."
    )
    reading = read(text, published="2025-07-14")
    assert any(c.cue == "said" and c.speaker == "Garsen police station" for c in reading.claims)
    assert any(c.cue == "told" and c.speaker == "residents" for c in reading.claims)
    assert reading.events[0].status == "confirmed"
