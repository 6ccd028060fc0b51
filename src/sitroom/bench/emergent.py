"""Emergent: score the stance reading of headlines against claims by grouped cross-validation."""

from __future__ import annotations

import csv
import logging
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from . import BenchReport, Track, no_track

log = logging.getLogger("sitroom")

# Emergent's labels read as event statuses (CONTRACT.md): "for" the outlet asserts the claim,
# "observing" it relays it as a claim (or unverified), "against" it reports it denied.
LABELS = {"for": "asserted", "observing": "claimed", "against": "denied"}
REQUIRED = ("claimHeadline", "articleHeadline", "articleHeadlineStance", "claimId")


def read_emergent(path: str | Path) -> list[dict[str, str]]:
    """The rows of an Emergent CSV (url-versions-... format) with a known stance.

    Raises:
        SitroomError: the file is missing a required column.
    """
    from ..errors import SitroomError

    path = Path(path)
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise SitroomError(
                f"{path}: not an Emergent CSV (missing columns {', '.join(missing)}); expected "
                f"url-versions-2015-06-14-clean-*.csv"
            )
        return [r for r in reader if r["articleHeadlineStance"] in LABELS]


def grouped_folds(groups: list[str], k: int, *, seed: int = 0) -> list[list[int]]:
    """Row indices split into `k` folds so that no group (claim) spans two folds.

    Groups are shuffled (fixed seed) and dealt largest first to the smallest fold, so folds
    are of similar size.
    """
    members: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(groups):
        members[g].append(i)
    order = sorted(members)
    random.Random(seed).shuffle(order)
    order.sort(key=lambda g: -len(members[g]))
    folds: list[list[int]] = [[] for _ in range(k)]
    for g in order:
        min(folds, key=len).extend(members[g])
    return [sorted(f) for f in folds]


_WORD = re.compile(r"[\w'-]+")


def cue_pattern(headline: str, claim: str) -> str:
    """Which stance cues a headline adds to its claim: "hedge", "refute", "question" (joined
    with "+"), or "none" when it carries none of them.

    Hedges and refuting words come from the claims stage's cue lexicon and count only when
    the claim does not already contain them ("Rumor of X debunked" against the claim "X").
    The scorer breaks accuracy down by this pattern, to show how much of the stance a model
    reads beyond cue words (the "none" row).
    """
    from ..nlp.attribution import load_cues

    cues = load_cues()
    claim_words = {w.lower() for w in _WORD.findall(claim)}
    new = [w.lower() for w in _WORD.findall(headline) if w.lower() not in claim_words]
    found = []
    if any(w in cues["stance_hedges"] for w in new):
        found.append("hedge")
    if any(w in cues["stance_refutes"] for w in new):
        found.append("refute")
    if "?" in headline:
        found.append("question")
    return "+".join(found) or "none"


def _embedding_features(docs: list, rows: list[dict[str, str]], track: Track) -> list | None:
    """MiniLM features of each headline against its claim, or None without the embed extra."""
    from ..nlp.event_types import embed_texts
    from ..nlp.stance import embedding_features, frame_text, report_frame

    heads = [d.text for d in docs]
    claims = sorted({r["claimHeadline"] for r in rows})
    frames = [
        frame_text(report_frame(d, r["claimHeadline"])) for d, r in zip(docs, rows, strict=True)
    ]
    parts = []
    for texts in track([heads, claims, frames], "embedding"):
        vecs = embed_texts(texts)
        if vecs is None:
            log.info("MiniLM (the embed extra) is not installed: stance reads words only")
            return None
        parts.append(vecs)
    by_claim = dict(zip(claims, parts[1], strict=True))
    claim_vecs = [by_claim[r["claimHeadline"]] for r in rows]
    return embedding_features(parts[0], claim_vecs, parts[2])


def emergent_features(
    rows: list[dict[str, str]], *, embeddings: bool = True, track: Track = no_track
) -> list[dict[str, float]]:
    """Each row's headline parsed and read against its claim: `stance_features`, plus
    `embedding_features` when MiniLM is installed and `embeddings` is set.

    Args:
        rows: Emergent rows (`read_emergent`).
        embeddings: add the MiniLM features.
        track: progress wrapper.
    """
    import spacy

    from ..config import Settings
    from ..nlp.stance import stance_features

    nlp = spacy.load(Settings.load().model)
    heads = [r["articleHeadline"] for r in rows]
    docs = list(track(nlp.pipe(heads, batch_size=64), "parsing"))
    feats = [stance_features(d, r["claimHeadline"]) for d, r in zip(docs, rows, strict=True)]
    dense = _embedding_features(docs, rows, track) if embeddings else None
    if dense is not None:
        feats = [{**f, **e} for f, e in zip(feats, dense, strict=True)]
    return feats


def emergent_pair_states(rows: list[dict[str, str]]) -> list | None:
    """Each (claim, headline) pair's MiniLM token states below the cross-encoder's tuned
    layers (half a minute for the train split), or None without the embed extra."""
    from ..nlp.event_types import _minilm
    from ..nlp.stance_tuned import pair_states

    encoder = _minilm()
    if encoder is None:
        return None
    claims = [r["claimHeadline"] for r in rows]
    heads = [r["articleHeadline"] for r in rows]
    return pair_states(claims, heads, encoder)


def _best_weight(word: np.ndarray, tuned: np.ndarray, gold: np.ndarray) -> float:
    """The cross-encoder weight (`TUNED_WEIGHTS`) whose blend is most accurate on these rows
    (the smaller weight on ties)."""
    from ..nlp.stance import TUNED_WEIGHTS

    accs = [(((1 - w) * word + w * tuned).argmax(1) == gold).mean() for w in TUNED_WEIGHTS]
    return TUNED_WEIGHTS[int(np.argmax(accs))]


def score_emergent(
    path: str | Path,
    *,
    cv_folds: int = 5,
    embeddings: bool = True,
    cross_encoder: bool = False,
    fold_seed: int = 0,
    track: Track = no_track,
) -> BenchReport:
    """Stance accuracy and macro F1 of the claims stage's stance reading on Emergent.

    Each article headline is parsed and read against its claim (`stance_features`, plus
    `embedding_features` when MiniLM is installed: the headline, headline minus claim and the
    headline's frame around the claim, embedded); a stance model is trained on the other folds'
    claims and predicts the held-out fold's headlines (for = asserted, observing = claimed,
    against = denied). A claim's headlines never split across folds.

    With `cross_encoder` (and MiniLM) the model also fine-tunes the MiniLM cross-encoder
    (`stance_tuned`) on each fold's training pairs and blends its probabilities with the
    logistic model's (`StanceModel.blend`). The blend weight of each fold is the one most
    accurate on the other folds' out-of-fold predictions (the fold's own labels never choose
    it); the weight best on all folds is reported too. About 12 minutes on a loaded two-core
    machine (one fine-tuning a fold). The shipped model has no cross-encoder (it gained no more
    than fold noise; see `stance.TUNED_WEIGHT`), so the bench leaves it out by default and
    measures the reader's model.

    Args:
        path: an Emergent CSV (claimHeadline, articleHeadline, articleHeadlineStance, claimId).
        cv_folds: number of folds.
        embeddings: add the MiniLM features (when the embed extra is installed).
        cross_encoder: also fine-tune and blend the MiniLM cross-encoder (needs `embeddings`).
        fold_seed: the seed of the fold assignment (`grouped_folds`).
        track: progress wrapper.

    Returns:
        The report; summary accuracy, macro_f1.
    """
    from ..nlp.stance import STANCES, TUNED_WEIGHT, train_stance_model

    rows = read_emergent(path)
    feats = emergent_features(rows, embeddings=embeddings, track=track)
    states = emergent_pair_states(rows) if embeddings and cross_encoder else None
    gold = [LABELS[r["articleHeadlineStance"]] for r in rows]
    gold_idx = np.array([STANCES.index(g) for g in gold])
    folds = grouped_folds([r["claimId"] for r in rows], cv_folds, seed=fold_seed)
    word = np.zeros((len(rows), len(STANCES)))
    tuned = np.zeros((len(rows), len(STANCES)))
    for fold in track(folds, "folds"):
        held = set(fold)
        train = [i for i in range(len(rows)) if i not in held]
        model = train_stance_model(
            [feats[i] for i in train],
            [gold[i] for i in train],
            states=None if states is None else [states[i] for i in train],
        )
        for i in fold:
            probs = model.probabilities(feats[i])
            word[i] = [probs.get(s, 0.0) for s in STANCES]
        if model.tuned:
            from ..nlp.event_types import _minilm
            from ..nlp.stance_tuned import predict_tuned

            tuned[fold] = predict_tuned([states[i] for i in fold], model.tuned, encoder=_minilm())
    blended = word
    extra: list[tuple[str, object]] = []
    if states is not None:
        blended = np.zeros_like(word)
        chosen = []
        for k, fold in enumerate(folds):
            others = [i for j, f in enumerate(folds) if j != k for i in f]
            w = _best_weight(word[others], tuned[others], gold_idx[others])
            chosen.append(w)
            blended[fold] = (1 - w) * word[fold] + w * tuned[fold]

        def acc(p: np.ndarray) -> str:
            return f"{float((p.argmax(1) == gold_idx).mean()):.3f}"

        extra = [
            ("word model alone: accuracy", acc(word)),
            ("cross-encoder alone: accuracy", acc(tuned)),
            ("blend weight per fold (chosen on the other folds)", " ".join(map(str, chosen))),
            ("blend weight best on all folds", _best_weight(word, tuned, gold_idx)),
            (
                f"blend at stance.TUNED_WEIGHT {TUNED_WEIGHT}: accuracy",
                acc((1 - TUNED_WEIGHT) * word + TUNED_WEIGHT * tuned),
            ),
        ]
    pred = [STANCES[int(j)] for j in blended.argmax(1)]
    correct = sum(p == g for p, g in zip(pred, gold, strict=True))
    report = BenchReport(name="emergent")
    report.rows.append(("headlines", len(rows)))
    report.rows.append(("claims", len({r["claimId"] for r in rows})))
    report.rows.append(("folds (grouped by claim)", cv_folds))
    report.rows.append(("fold seed", fold_seed))
    report.rows.extend(extra)
    f1s = []
    confusion = Counter(zip(gold, pred, strict=True))
    for label in STANCES:
        tp = confusion[(label, label)]
        n_pred = sum(v for (g, p), v in confusion.items() if p == label)
        n_gold = sum(v for (g, p), v in confusion.items() if g == label)
        prec = tp / n_pred if n_pred else 0.0
        rec = tp / n_gold if n_gold else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        f1s.append(f1)
        report.rows.append((f"{label} P/R/F1 (n={n_gold})", f"{prec:.3f} {rec:.3f} {f1:.3f}"))
    for label in STANCES:
        report.rows.append(
            (f"confusion gold={label}", " ".join(f"{p}={confusion[(label, p)]}" for p in STANCES))
        )
    patterns: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        patterns[cue_pattern(r["articleHeadline"], r["claimHeadline"])].append(i)
    for name, members in sorted(patterns.items(), key=lambda kv: -len(kv[1])):
        right = sum(pred[i] == gold[i] for i in members)
        mix = Counter(gold[i] for i in members)
        report.rows.append(
            (
                f"cues={name} (n={len(members)})",
                f"accuracy {right / len(members):.3f}; gold "
                + " ".join(f"{s}={mix[s]}" for s in STANCES),
            )
        )
    report.summary = {"accuracy": correct / len(rows), "macro_f1": sum(f1s) / len(f1s)}
    return report
