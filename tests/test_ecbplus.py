"""ECB+ scorer: coreference metrics on hand-computed cases, corpus and gold-mention reading."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitroom.bench.ecbplus import (
    b_cubed,
    ceaf_e,
    chains_to_clusters,
    conll_scores,
    muc,
    read_corpus,
    read_gold_mentions,
    read_sentence_index,
)
from sitroom.errors import BenchmarkDataError

# The worked example of Pradhan et al. (2014), "Scoring coreference partitions of predicted
# mentions": key {a,b,c} {d,e,f,g}; response {a,b} {c,d} {f,g,h,i}.
KEY = [{"a", "b", "c"}, {"d", "e", "f", "g"}]
RESPONSE = [{"a", "b"}, {"c", "d"}, {"f", "g", "h", "i"}]


@pytest.mark.parametrize(
    ("metric", "recall", "precision"),
    [
        # MUC: links kept 1 + 1 of 2 + 3; response links right 1 + 0 + 1 of 1 + 1 + 3.
        (muc, 2 / 5, 2 / 5),
        # B3: recall (5/3 + 5/4) / 7, precision (2 + 1 + 1) / 8.
        (b_cubed, (5 / 3 + 5 / 4) / 7, 4 / 8),
        # CEAF-e: best alignment {a,b,c}-{a,b} 0.8 and {d,e,f,g}-{f,g,h,i} 0.5.
        (ceaf_e, 1.3 / 2, 1.3 / 3),
    ],
)
def test_ecbplus_metric_worked_example(metric, recall: float, precision: float) -> None:
    r, p, f = metric(KEY, RESPONSE)
    assert r == pytest.approx(recall)
    assert p == pytest.approx(precision)
    assert f == pytest.approx(2 * recall * precision / (recall + precision))


@pytest.mark.parametrize("metric", [muc, b_cubed, ceaf_e])
def test_ecbplus_metric_perfect_response(metric) -> None:
    assert metric(KEY, [set(c) for c in KEY]) == pytest.approx((1.0, 1.0, 1.0))


def test_ecbplus_metric_all_singletons() -> None:
    singles = [{m} for c in KEY for m in c]
    assert muc(KEY, singles) == (0.0, 0.0, 0.0)
    r, p, _ = b_cubed(KEY, singles)
    # Each key mention keeps only itself: (3 * 1/3 + 4 * 1/4) / 7.
    assert (r, p) == pytest.approx((2 / 7, 1.0))
    r, p, _ = ceaf_e(KEY, singles)
    # Two key entities each aligned to a singleton: phi4 = 2/4 and 2/5.
    assert (r, p) == pytest.approx(((0.5 + 0.4) / 2, (0.5 + 0.4) / 7))


def test_ecbplus_conll_is_mean_of_three() -> None:
    scores = conll_scores(KEY, RESPONSE)
    mean = (scores["muc_f1"] + scores["b3_f1"] + scores["ceafe_f1"]) / 3
    assert scores["conll_f1"] == pytest.approx(mean)


XML = """<Document doc_name="9_1ecbplus.xml" doc_id="DOC1">
<token t_id="1" sentence="0" number="0">http</token>
<token t_id="2" sentence="1" number="0">Rebels</token>
<token t_id="3" sentence="1" number="1">stormed</token>
<token t_id="4" sentence="1" number="2">the</token>
<token t_id="5" sentence="1" number="3">town</token>
<token t_id="6" sentence="2" number="0">The</token>
<token t_id="7" sentence="2" number="1">assault</token>
<token t_id="8" sentence="2" number="2">ended</token>
<token t_id="9" sentence="3" number="0">Talks</token>
<token t_id="10" sentence="3" number="1">failed</token>
<Markables>
<ACTION_OCCURRENCE m_id="1"><token_anchor t_id="3"/></ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="2"><token_anchor t_id="7"/></ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="3"><token_anchor t_id="8"/></ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="4"><token_anchor t_id="10"/></ACTION_OCCURRENCE>
<HUMAN_PART_ORG m_id="5"><token_anchor t_id="2"/></HUMAN_PART_ORG>
<ACTION_OCCURRENCE m_id="9" TAG_DESCRIPTOR="t9_storm" instance_id="ACT1"/>
</Markables>
<Relations>
<CROSS_DOC_COREF r_id="1" note="ACT1"><source m_id="1"/><source m_id="2"/><target m_id="9"/>
</CROSS_DOC_COREF>
</Relations>
</Document>
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "9").mkdir()
    (tmp_path / "9" / "9_1ecbplus.xml").write_text(XML, encoding="utf-8")
    (tmp_path / "ECBplus_coreference_sentences.csv").write_text(
        "Topic,File,Sentence Number\n9,1ecbplus,1\n9,1ecbplus,2\n", encoding="utf-8"
    )
    return tmp_path


def test_ecbplus_reads_event_mentions_of_indexed_sentences(corpus: Path) -> None:
    docs, gold = read_corpus(corpus / "9")
    assert [d.doc_id for d in docs] == ["9_1ecbplus"]
    # "failed" lies in sentence 3, not indexed; the participant is no event.
    assert gold == {
        ("9_1ecbplus", 1, (1,)): "ACT1",
        ("9_1ecbplus", 2, (1,)): "ACT1",
        ("9_1ecbplus", 2, (2,)): "Singleton_3_9_1ecbplus",
    }
    assert sorted(len(c) for c in chains_to_clusters(gold)) == [1, 2]


def test_ecbplus_gold_mentions_shift_added_documents(corpus: Path, tmp_path: Path) -> None:
    rows = [
        {"doc_id": "9_1ecbplus", "sent_id": 0, "tokens_number": [1], "coref_chain": "ACT1"},
        {"doc_id": "8_1ecb", "sent_id": 0, "tokens_number": [1], "coref_chain": "ACT2"},
    ]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    assert read_gold_mentions(path, ["9_1ecbplus"]) == {("9_1ecbplus", 1, (1,)): "ACT1"}


@pytest.mark.parametrize("text", ["Topic,File\n1,2ecb\n", "Topic,File,Sentence Number\n1,2ecb,x\n"])
def test_ecbplus_rejects_bad_sentence_index(tmp_path: Path, text: str) -> None:
    path = tmp_path / "index.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BenchmarkDataError, match="Sentence Number"):
        read_sentence_index(path)


def test_ecbplus_rejects_directory_without_corpus(tmp_path: Path) -> None:
    (tmp_path / "ECBplus_coreference_sentences.csv").write_text(
        "Topic,File,Sentence Number\n", encoding="utf-8"
    )
    with pytest.raises(BenchmarkDataError, match="no ECB"):
        read_corpus(tmp_path)
