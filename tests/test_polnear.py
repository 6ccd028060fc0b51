"""Tests for the PolNeAR scorer: BRAT reading, span matching, and the report's summary."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitroom.bench.polnear import GoldAttribution, _count, read_ann, score_polnear
from sitroom.nlp.attribution import Attribution

TEXT = "The mayor said that the bridge would reopen in May. Critics disagreed."
ANN = (
    "T1\tSource 0 9\tThe mayor\n"
    "T2\tCue 10 14\tsaid\n"
    "T3\tContent 15 50\tthat the bridge would reopen in May\n"
    "T4\tAttribution 10 14\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tCue 60 69\tdisagreed\n"
    "T6\tContent 52 59;60 69\tCritics disagreed\n"
    "T7\tAttribution-no-source 60 69\tdisagreed\n"
    "E2\tAttribution-no-source:T7 Content:T6 Cue:T5\n"
)


def _write(tmp_path: Path) -> Path:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "city-news.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "city-news_ab12.ann").write_text(ANN, encoding="utf-8")
    return tmp_path


def test_polnear_read_ann_joins_parts_and_fragments(tmp_path: Path) -> None:
    gold = read_ann(_write(tmp_path) / "attributions" / "city-news_ab12.ann")
    assert gold == [
        GoldAttribution(source=((0, 9),), cue=((10, 14),), content=((15, 50),)),
        GoldAttribution(source=(), cue=((60, 69),), content=((52, 59), (60, 69))),
    ]


def _att(source: tuple[int, int] | None, cue: tuple[int, int], content: tuple[int, int]):
    return Attribution(source=source, cue=cue, content=content, sentence=(0, 51), lemma="say")


@pytest.mark.parametrize(
    ("pred", "att_tp", "source_exact", "source_overlap"),
    [
        ([_att((0, 9), (10, 14), (20, 50))], 1.0, 1.0, 1.0),  # overlap content still matches
        ([_att((4, 9), (10, 14), (15, 50))], 1.0, 0.0, 1.0),  # "mayor": overlap, not exact
        ([_att(None, (10, 14), (15, 50))], 0.0, 0.0, 0.0),  # a missing source misses
        ([_att((0, 9), (52, 59), (15, 50))], 0.0, 1.0, 1.0),  # wrong cue
    ],
)
def test_polnear_count_overlap_and_exact(
    tmp_path: Path,
    pred: list[Attribution],
    att_tp: float,
    source_exact: float,
    source_overlap: float,
) -> None:
    gold = read_ann(_write(tmp_path) / "attributions" / "city-news_ab12.ann")
    counts: dict[str, float] = {}
    from collections import defaultdict

    counts = defaultdict(float)
    _count(counts, pred, gold, TEXT, 1.0)
    assert (counts["att_tp"], counts["source_exact_tp"], counts["source_overlap_tp"]) == (
        att_tp,
        source_exact,
        source_overlap,
    )
    assert (counts["n_gold"], counts["source_gold"]) == (2.0, 1.0)


@pytest.mark.model
def test_polnear_score_summary_keys_and_range(tmp_path: Path) -> None:
    report = score_polnear(_write(tmp_path))
    assert list(report.summary) == ["attribution_f1", "source_f1", "cue_f1", "content_f1"]
    assert report.summary["source_f1"] == 1.0  # "The mayor said that ..." is found
    assert report.last_line().startswith("attribution_f1=")


def test_polnear_empty_directory_is_an_error(tmp_path: Path) -> None:
    from sitroom.errors import SitroomError

    with pytest.raises(SitroomError, match="no PolNeAR"):
        score_polnear(tmp_path)


def test_polnear_inner_cv_chooses_c_from_the_grid() -> None:
    import numpy as np
    from scipy import sparse

    from sitroom.bench.polnear import C_GRID, _choose_c

    rng = np.random.default_rng(0)
    labels = [bool(v) for v in rng.integers(0, 2, 60)]
    # One informative feature and one of noise; documents of six candidates each.
    x = sparse.csr_matrix([[float(lab), float(rng.random())] for lab in labels])
    groups = [i // 6 for i in range(60)]
    assert _choose_c(x, labels, groups, threshold=0.0, folds=3) in C_GRID


def test_polnear_save_cue_model_writes_the_stacked_parts(tmp_path: Path) -> None:
    import json

    from sitroom.bench.polnear import save_cue_model
    from sitroom.nlp.attribution import CueModel

    sparse = CueModel(weights={"bias": -1.0, "lex": 2.0})
    stacked = CueModel(weights={"bias": -1.0, "dense": 0.5}, dense=(1.0, -1.0), dense_bias=0.5)
    path = tmp_path / "cues.json"
    save_cue_model(sparse, path, stacked=stacked)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["weights"] == {"bias": -1.0, "lex": 2.0}
    assert data["stacked"]["dense"] == [1.0, -1.0] and data["stacked"]["dense_bias"] == 0.5
    save_cue_model(sparse, tmp_path / "plain.json")
    assert "stacked" not in json.loads((tmp_path / "plain.json").read_text(encoding="utf-8"))


def test_polnear_never_scores_the_shipped_model_in_sample_unmarked(
    tmp_path: Path, monkeypatch
) -> None:
    # Documents the shipped cue model was trained on are cross-validated by default, and
    # scoring the shipped model on them says it is in-sample; other documents are held out.
    import sitroom.bench.polnear as polnear

    directory = _write(tmp_path)
    assert polnear.default_folds(directory) == 0
    assert "in-sample" not in dict(score_polnear(directory).rows)
    monkeypatch.setattr(
        polnear, "trained_documents", lambda: frozenset({polnear.document_key(TEXT)})
    )
    assert polnear.default_folds(directory) == 5
    assert "trained on 1 of these" in dict(score_polnear(directory).rows)["in-sample"]


def test_polnear_saved_model_keeps_document_fingerprints(tmp_path: Path) -> None:
    import json

    from sitroom.bench.polnear import document_key, save_cue_model
    from sitroom.nlp.attribution import CueModel

    path = tmp_path / "cues.json"
    save_cue_model(CueModel(weights={"bias": 0.0}), path, documents=[TEXT, TEXT + "\n"])
    assert json.loads(path.read_text(encoding="utf-8"))["documents"] == [document_key(TEXT)]
