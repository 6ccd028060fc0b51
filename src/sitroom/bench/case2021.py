"""CASE 2021 Task 2 scorer: ACLED sub-event typing of news snippets (subtasks a, b and c).

The TSV has a header `id<TAB>EventSnippet<TAB>SubType`. Subtask a scores the rows whose gold code
is one of the 25 ACLED ("seen") types, the prediction chosen among those 25; subtask b adds the
rows and labels ORG_CRIME, NATURAL_DISASTER and MAN_MADE_DISASTER (28 labels); subtask c adds DIPLO
and ATTRIB (all 30). Each is reported as weighted, micro and macro F1 over the gold labels of its
rows, as in Haneczok et al. (2021).
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import BenchmarkDataError
from ..nlp.event_types import (
    ALL_LABELS,
    SEEN_LABELS,
    UNSEEN_B,
    UNSEEN_C,
    EventTypeModel,
    load_event_model,
    train_event_model,
)
from . import BenchReport, Track, no_track

log = logging.getLogger("sitroom")

SUBTASKS: dict[str, tuple[str, ...]] = {
    "a": SEEN_LABELS,
    "b": (*SEEN_LABELS, *UNSEEN_B),
    "c": (*SEEN_LABELS, *UNSEEN_B, *UNSEEN_C),
}
# Fold assignment is seeded so the CV figure is reproducible run to run.
CV_SEED = 13


@dataclass(frozen=True)
class Snippet:
    """One CASE row: its id, text and gold code."""

    id: str
    text: str
    label: str


def read_case_tsv(path: str | Path) -> list[Snippet]:
    """Read a CASE 2021 Task 2 TSV (id, EventSnippet, SubType).

    Raises:
        BenchmarkDataError: the file is missing, has no such header, or a row has an unknown code.
    """
    path = Path(path)
    if not path.is_file():
        raise BenchmarkDataError(f"{path}: no such file; give the CASE 2021 task 2 TSV (dev.tsv)")
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header is None or [h.strip() for h in header[:3]] != ["id", "EventSnippet", "SubType"]:
            raise BenchmarkDataError(
                f"{path}:1: expected the header id<TAB>EventSnippet<TAB>SubType, found {header!r}"
            )
        rows = []
        for lineno, row in enumerate(reader, start=2):
            if not row or not "".join(row).strip():
                continue
            if len(row) < 3 or row[2].strip() not in ALL_LABELS:
                raise BenchmarkDataError(
                    f"{path}:{lineno}: expected id, snippet and one of the 30 CASE codes"
                )
            rows.append(Snippet(row[0].strip(), row[1].strip(), row[2].strip()))
    if not rows:
        raise BenchmarkDataError(f"{path}: no rows")
    return rows


def f1_scores(gold: Sequence[str], pred: Sequence[str]) -> dict[str, float]:
    """Weighted, micro and macro F1 over the gold labels present (sklearn's definitions)."""
    from sklearn.metrics import f1_score

    labels = sorted(set(gold))
    return {
        "weighted": float(f1_score(gold, pred, labels=labels, average="weighted", zero_division=0)),
        "micro": float(f1_score(gold, pred, labels=labels, average="micro", zero_division=0)),
        "macro": float(f1_score(gold, pred, labels=labels, average="macro", zero_division=0)),
    }


def _pick(proba: np.ndarray, allowed: tuple[str, ...]) -> list[str]:
    cols = [ALL_LABELS.index(code) for code in allowed]
    best = proba[:, cols].argmax(axis=1)
    return [allowed[i] for i in best]


def _folds(rows: list[Snippet], k: int, *, seed: int = CV_SEED) -> list[np.ndarray]:
    """Stratified fold index arrays: each label spread evenly over the k folds."""
    rng = np.random.default_rng(seed)
    fold_of = np.zeros(len(rows), dtype=int)
    by_label: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        by_label.setdefault(row.label, []).append(i)
    offset = 0
    for label in sorted(by_label):
        idx = np.array(by_label[label])
        rng.shuffle(idx)
        for j, i in enumerate(idx):
            fold_of[i] = (j + offset) % k
        offset += len(idx)
    return [np.flatnonzero(fold_of == f) for f in range(k)]


def score_case2021(
    path: str | Path,
    *,
    train_on: str | Path | None = None,
    cv_folds: int | None = None,
    cv_seed: int = CV_SEED,
    track: Track = no_track,
    trainer: Callable[[list[str], list[str]], EventTypeModel] | None = None,
) -> BenchReport:
    """Score event typing on a CASE 2021 Task 2 TSV.

    Args:
        path: the TSV to score.
        train_on: a TSV to train a fresh model on first (with the shipped written examples);
            the shipped model is scored otherwise.
        cv_folds: k-fold cross-validation on `path` itself: train on k-1 folds, score the
            k-th, so no row is scored by a model that saw it. Overrides `train_on`. With MiniLM
            installed each fold fine-tunes its own MiniLM layer (about 4-5 minutes a fold on
            two busy CPU cores).
        cv_seed: the fold assignment's seed. On ~500 rows one fold split against another moves
            weighted F1 by about a point, so compare settings over several seeds.
        track: progress wrapper for the folds.
        trainer: how to train a model from texts and codes (tests pass a cheap one).

    Returns:
        A report whose summary is a_weighted_f1, b_weighted_f1, c_weighted_f1, a_macro_f1.
    """
    rows = read_case_tsv(path)
    texts = [r.text for r in rows]
    train = trainer or train_event_model
    proba = np.zeros((len(rows), len(ALL_LABELS)))
    if cv_folds is not None:
        if cv_folds < 2:
            raise BenchmarkDataError(f"--cv-folds must be at least 2, got {cv_folds}")
        if train_on is not None:
            log.warning("both --train-on and --cv-folds given: cross-validating on %s only", path)
        folds = _folds(rows, cv_folds, seed=cv_seed)
        for k, test_idx in enumerate(track(folds, "CASE 2021 folds")):
            train_idx = np.setdiff1d(np.arange(len(rows)), test_idx)
            log.info("fold %d: training on %d rows, scoring %d", k, len(train_idx), len(test_idx))
            model = train([texts[i] for i in train_idx], [rows[i].label for i in train_idx])
            proba[test_idx] = model.predict_proba([texts[i] for i in test_idx])
        how = f"{cv_folds}-fold cross-validation on {Path(path).name}"
    elif train_on is not None:
        extra = read_case_tsv(train_on)
        overlap = {r.text for r in extra} & set(texts)
        if overlap:
            log.warning("%d scored snippets are also in the training file", len(overlap))
        model = train([r.text for r in extra], [r.label for r in extra])
        proba = model.predict_proba(texts)
        how = f"trained on {Path(train_on).name}"
    else:
        proba = load_event_model().predict_proba(texts)
        how = "shipped model"

    report = BenchReport(name="case2021")
    report.rows.append(("file", str(path)))
    report.rows.append(("model", how))
    summary: dict[str, float] = {}
    for task, allowed in SUBTASKS.items():
        idx = [i for i, r in enumerate(rows) if r.label in allowed]
        gold = [rows[i].label for i in idx]
        pred = _pick(proba[idx], allowed)
        scores = f1_scores(gold, pred)
        report.rows.append((f"subtask {task} rows", len(idx)))
        for name, value in scores.items():
            report.rows.append((f"subtask {task} {name} F1", round(value, 4)))
        summary[f"{task}_weighted_f1"] = scores["weighted"]
        if task == "a":
            summary["a_macro_f1"] = scores["macro"]
    report.summary = {
        key: summary[key]
        for key in ("a_weighted_f1", "b_weighted_f1", "c_weighted_f1", "a_macro_f1")
    }
    return report
