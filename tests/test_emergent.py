"""Tests for the Emergent scorer and the stance features it reads."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import spacy

from sitroom.bench.emergent import cue_pattern, grouped_folds, read_emergent, score_emergent
from sitroom.errors import SitroomError
from sitroom.nlp.stance import (
    StanceModel,
    claim_key,
    embedding_features,
    frame_text,
    read_stance,
    report_frame,
    stance_features,
    train_stance_model,
)


@pytest.mark.parametrize("k", [2, 3, 5])
def test_emergent_grouped_folds_never_split_a_claim(k: int) -> None:
    groups = [f"c{i % 7}" for i in range(40)]
    folds = grouped_folds(groups, k)
    assert sorted(i for f in folds for i in f) == list(range(40))
    for g in set(groups):
        assert sum(any(groups[i] == g for i in f) for f in folds) == 1


def test_emergent_read_rejects_other_csv(tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(SitroomError, match="not an Emergent CSV"):
        read_emergent(path)


@pytest.mark.parametrize(
    ("headline", "claim", "pattern"),
    [
        ("Bridge closed after storm", "The bridge closed", "none"),
        ("Bridge reportedly closed", "The bridge closed", "hedge"),
        ("Bridge closure a hoax, council says", "The bridge closed", "hedge+refute"),
        ("Is the bridge closed?", "The bridge closed", "question"),
        # A cue the claim itself contains is not the report's own.
        ("Rumor: bridge closed", "Rumor says the bridge closed", "none"),
    ],
)
def test_emergent_cue_pattern_names_cues_the_report_adds(
    headline: str, claim: str, pattern: str
) -> None:
    assert cue_pattern(headline, claim) == pattern


@pytest.mark.parametrize(
    ("headline", "feature"),
    [
        ("Officials deny that the dam collapsed", "refute_new"),
        ("Dam reportedly collapsed after floods", "hedge_new"),
        ("Did the dam collapse?", "question"),
    ],
)
def test_emergent_stance_features_mark_hedges_refutations_questions(
    headline: str, feature: str
) -> None:
    doc = spacy.blank("en")(headline)
    feats = stance_features(doc, "The dam collapsed")
    assert feats[feature] >= 1.0
    assert (
        stance_features(spacy.blank("en")("The dam collapsed"), "The dam collapsed").get(
            feature, 0.0
        )
        == 0.0
    )


@pytest.mark.parametrize(
    ("headline", "frame"),
    [
        ("Bridge reportedly closed", ["_C_", "reportedly", "_C_"]),
        ("Council denies the bridge closes", ["council", "denies", "the", "_C_"]),
        ("Report: 3 bridges closed", ["report", ":", "_N_", "_C_"]),
    ],
)
def test_emergent_report_frame_masks_the_claims_words(headline: str, frame: list[str]) -> None:
    doc = spacy.blank("en")(headline)
    assert report_frame(doc, "The bridge was closed") == frame


def test_emergent_frame_text_drops_claim_words() -> None:
    assert frame_text(["_C_", "reportedly", "_C_", "_E_", "says"]) == "reportedly someone says"


def test_emergent_embedding_features_scale_and_cosine() -> None:
    report = np.array([[1.0, 0.0], [0.0, 1.0]])
    claim = np.array([[1.0, 0.0], [1.0, 0.0]])
    feats = embedding_features(report, claim, report)
    assert feats[0]["cos"] > feats[1]["cos"]
    assert feats[0]["ed0"] == 0.0
    assert set(feats[0]) == {"cos", "eh0", "eh1", "ed0", "ed1", "ef0", "ef1"}


def test_emergent_stance_model_learns_refutation() -> None:
    nlp = spacy.blank("en")
    claim = "The singer died"
    texts = {
        "asserted": ["Singer dies at 60", "Singer dead after illness", "Famous singer has died"],
        "claimed": ["Singer reportedly dies", "Reports say singer died", "Singer may have died"],
        "denied": [
            "Singer death is a hoax",
            "Singer alive, death report fake",
            "Family denies death",
        ],
    }
    feats = [stance_features(nlp(t), claim) for ts in texts.values() for t in ts]
    labels = [s for s, ts in texts.items() for _ in ts]
    model = train_stance_model(feats, labels, c=10.0)
    assert model.predict(stance_features(nlp("Death of singer a hoax"), claim)) == "denied"


def test_emergent_stance_model_does_not_lean_to_the_commonest_stance() -> None:
    # Eight assertions, two relayed claims, two denials, each with words of its own: a report
    # with none of those words gets no stance from the counts alone (unweighted it would be
    # asserted at 0.67).
    feats = [
        {"bias": 1.0, f"w={s}{i}": 1.0} for s, n in (("a", 8), ("c", 2), ("d", 2)) for i in range(n)
    ]
    labels = ["asserted"] * 8 + ["claimed"] * 2 + ["denied"] * 2
    probs = train_stance_model(feats, labels).probabilities({"bias": 1.0})
    assert max(probs.values()) - min(probs.values()) < 0.15


def _mayor_rows(claims: range) -> list[tuple[str, str, str, str, str]]:
    rows = []
    for c in claims:
        claim = f"Mayor number {c} resigned"
        rows += [
            (claim, f"Mayor {c} resigns after scandal", "for", f"a{c}1", f"c{c}"),
            (claim, f"Mayor {c} reportedly resigns", "observing", f"a{c}2", f"c{c}"),
            (claim, f"Mayor {c} denies resignation rumours as fake", "against", f"a{c}3", f"c{c}"),
        ]
    return rows


def _write_emergent(path: Path, rows: list[tuple[str, str, str, str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(
            [
                "",
                "claimHeadline",
                "articleHeadline",
                "articleHeadlineStance",
                "articleId",
                "claimId",
            ]
        )
        w.writerows([(i, *r) for i, r in enumerate(rows)])
    return path


@pytest.mark.model
def test_emergent_score_summary(tmp_path: Path) -> None:
    path = _write_emergent(tmp_path / "mini.csv", _mayor_rows(range(6)))
    report = score_emergent(path, cv_folds=3, embeddings=False)
    assert list(report.summary) == ["accuracy", "macro_f1"]
    assert any(label.startswith("cues=hedge") for label, _ in report.rows)
    assert report.summary["accuracy"] > 0.5


def test_emergent_stance_model_saves_and_loads(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    claim = "The bridge closed"
    texts = {
        "asserted": ["Bridge closes after storm", "Bridge closed"],
        "claimed": ["Bridge reportedly closed", "Bridge may close"],
        "denied": ["Bridge closure a hoax", "Council denies bridge closed"],
    }
    feats = [stance_features(nlp(t), claim) for ts in texts.values() for t in ts]
    labels = [s for s, ts in texts.items() for _ in ts]
    model = train_stance_model(feats, labels, c=10.0)
    model.save(tmp_path / "stance.npz")
    loaded = StanceModel.load(tmp_path / "stance.npz")
    assert not loaded.dense
    report = nlp("Bridge closure is a hoax, officials say")
    want = model.probabilities(stance_features(report, claim))
    got = read_stance(report, claim, model=loaded)
    assert got is not None
    assert max(got, key=got.__getitem__) == max(want, key=want.__getitem__) == "denied"
    assert all(abs(got[s] - want[s]) < 0.01 for s in want)
    # The fingerprints of the claims it was trained on travel with the model.
    replace(model, claims=frozenset({claim_key(claim)})).save(tmp_path / "keyed.npz")
    assert StanceModel.load(tmp_path / "keyed.npz").claims == {claim_key(claim)}
    assert loaded.claims == frozenset()


@pytest.mark.model
def test_emergent_never_scores_a_model_on_claims_it_was_trained_on(
    tmp_path: Path, monkeypatch
) -> None:
    # The shipped model trained on claims 0-5: a file of those claims is cross-validated, a
    # file of other claims (a held-out split) is scored with the shipped model itself.
    import sitroom.nlp.stance as stance

    nlp = spacy.blank("en")
    train = _mayor_rows(range(6))
    model = train_stance_model(
        [stance_features(nlp(r[1]), r[0]) for r in train],
        [{"for": "asserted", "observing": "claimed", "against": "denied"}[r[2]] for r in train],
        c=10.0,
    )
    shipped = replace(model, claims=frozenset(claim_key(r[0]) for r in train))
    monkeypatch.setattr(stance, "load_stance_model", lambda: shipped)
    seen = _write_emergent(tmp_path / "train.csv", train)
    rows = dict(score_emergent(seen, embeddings=False).rows)
    assert rows["folds (grouped by claim)"] == 5 and "model" not in rows
    with pytest.raises(SitroomError, match="trained on 18 of these"):
        score_emergent(seen, cv_folds=0, embeddings=False)
    held_out = _write_emergent(tmp_path / "test.csv", _mayor_rows(range(6, 9)))
    report = score_emergent(held_out, embeddings=False)
    assert dict(report.rows)["model"].startswith("shipped (trained on 6 other claims")
    assert report.summary["accuracy"] > 0.5


def test_emergent_claim_key_ignores_case_and_spacing() -> None:
    assert claim_key("The  Bridge closed") == claim_key("the bridge closed ")
    assert claim_key("The bridge closed") != claim_key("The bridge opened")
