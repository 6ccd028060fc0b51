"""PolNeAR: score the attribution finder's Source, Cue and Content spans on BRAT standoff files."""

from __future__ import annotations

import hashlib
import json
import logging
import random
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from ..nlp.attribution import CueModel, candidate_vectors, cue_candidates, find_attributions
from . import BenchReport, Track, no_track

log = logging.getLogger("sitroom")

PARTS = ("source", "cue", "content")
Frags = tuple[tuple[int, int], ...]
_TRIM = " \t\r\n\"'“”‘’.,;:—–-()"


@dataclass(frozen=True)
class GoldAttribution:
    """One attribution as annotated: each part a tuple of (start, end) fragments."""

    source: Frags
    cue: Frags
    content: Frags


def read_ann(path: Path) -> list[GoldAttribution]:
    """The attributions of one BRAT .ann file (text-bound parts joined by their E relation).

    Args:
        path: a PolNeAR .ann file.

    Returns:
        Attributions with their Source (empty when the annotator gave none), Cue and Content
        fragments; a second content ("Content2") is added to the first.
    """
    spans: dict[str, Frags] = {}
    out: list[GoldAttribution] = []
    relations: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) < 2:
            continue
        if fields[0].startswith("T"):
            label, _, offsets = fields[1].partition(" ")
            frags = []
            for frag in offsets.split(";"):
                start, end = frag.split()
                frags.append((int(start), int(end)))
            spans[fields[0]] = tuple(frags)
            del label
        elif fields[0].startswith("E"):
            relations.append(fields[1].split())
    for args in relations:
        parts: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for arg in args[1:]:
            role, _, ref = arg.partition(":")
            role = role.rstrip("0123456789").lower()
            if role in PARTS and ref in spans:
                parts[role].extend(spans[ref])
        if parts["cue"] and parts["content"]:
            out.append(
                GoldAttribution(
                    source=tuple(sorted(parts["source"])),
                    cue=tuple(sorted(parts["cue"])),
                    content=tuple(sorted(parts["content"])),
                )
            )
    return out


def _overlap(a: Frags, b: Frags) -> bool:
    return any(x[0] < y[1] and y[0] < x[1] for x in a for y in b)


def _exact(a: Frags, b: Frags, text: str) -> bool:
    """Same extent once edge punctuation, quotes and spaces are trimmed on both sides."""
    return _trimmed(a, text) == _trimmed(b, text)


def _trimmed(frags: Frags, text: str) -> tuple[int, int]:
    start, end = frags[0][0], frags[-1][1]
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _match(pred: list[Frags], gold: list[Frags], same) -> int:  # noqa: ANN001
    """Greedy one-to-one matches between predicted and gold spans under `same`."""
    used: set[int] = set()
    hits = 0
    for p in pred:
        for j, g in enumerate(gold):
            if j not in used and same(p, g):
                used.add(j)
                hits += 1
                break
    return hits


def _prf(tp: float, n_pred: float, n_gold: float) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _documents(directory: Path) -> list[tuple[Path, list[Path]]]:
    """(text file, its .ann files) pairs: `text/` and `attributions/` folders, or side by side."""
    text_dir = directory / "text" if (directory / "text").is_dir() else directory
    ann_dir = directory / "attributions" if (directory / "attributions").is_dir() else directory
    anns: dict[str, list[Path]] = defaultdict(list)
    texts = {p.stem: p for p in sorted(text_dir.glob("*.txt"))}
    for ann in sorted(ann_dir.glob("*.ann")):
        stem = ann.stem if ann.stem in texts else ann.stem.rsplit("_", 1)[0]
        if stem in texts:
            anns[stem].append(ann)
    return [(texts[s], anns[s]) for s in sorted(anns)]


def document_key(text: str) -> str:
    """A short fingerprint of a document's text (spacing ignored): the shipped cue model keeps
    those of the documents it was trained on, so the bench can tell held-out documents from
    seen ones without the model carrying their text."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:12]


def trained_documents() -> frozenset[str]:
    """Fingerprints (`document_key`) of the documents the shipped cue model was trained on."""
    from importlib import resources

    from ..nlp.attribution_model import CUE_MODEL_FILE

    path = resources.files("sitroom.data").joinpath(CUE_MODEL_FILE)
    if not path.is_file():
        return frozenset()
    return frozenset(json.loads(path.read_text(encoding="utf-8")).get("documents", []))


def default_folds(directory: str | Path) -> int:
    """5 (cross-validate) when the shipped cue model was trained on any of the directory's
    documents (PolNeAR dev), else 0 (score the shipped model: a held-out compartment)."""
    known = trained_documents()
    return (
        5
        if any(
            document_key(p.read_text(encoding="utf-8")) in known
            for p, _ in _documents(Path(directory))
        )
        else 0
    )


def _parse_all(directory: Path, track: Track) -> list[tuple[Doc, list[Path]]]:
    """Parse every PolNeAR text once with the bare spaCy model (parse and entities)."""
    import spacy

    from ..config import Settings
    from ..errors import SitroomError

    docs = _documents(directory)
    if not docs:
        raise SitroomError(f"{directory}: no PolNeAR .txt/.ann pairs found (text/, attributions/)")
    from ..nlp import paragraphs  # noqa: F401  (registers the component)

    nlp = spacy.load(Settings.load().model)
    nlp.add_pipe("sitroom_paragraphs", before="parser")  # as the reader splits its sentences
    texts = [p.read_text(encoding="utf-8") for p, _ in docs]
    parsed = track(nlp.pipe(texts, batch_size=8), "parsing")
    return [(doc, anns) for doc, (_p, anns) in zip(parsed, docs, strict=True)]


def _report(counts: dict[str, float], n_docs: int, name: str = "polnear") -> BenchReport:
    report = BenchReport(name=name)
    report.rows.append(("documents", n_docs))
    report.rows.append(("gold attributions", round(counts["n_gold"], 1)))
    report.rows.append(("predicted attributions", round(counts["n_pred"], 1)))
    summary: dict[str, float] = {}
    p, r, f = _prf(counts["att_tp"], counts["n_pred"], counts["n_gold"])
    report.rows.append(("attribution overlap P/R/F1", f"{p:.3f} {r:.3f} {f:.3f}"))
    summary["attribution_f1"] = f
    for part in PARTS:
        for mode in ("overlap", "exact"):
            p, r, f = _prf(
                counts[f"{part}_{mode}_tp"], counts[f"{part}_pred"], counts[f"{part}_gold"]
            )
            report.rows.append((f"{part} {mode} P/R/F1", f"{p:.3f} {r:.3f} {f:.3f}"))
            if mode == "overlap":
                summary[f"{part}_f1"] = f
    report.summary = summary
    return report


# Inverse regularisation strengths the cue model chooses among by inner cross-validation.
C_GRID = (0.03, 0.1, 0.3, 1.0)


def train_cue_model(
    parsed: list[tuple[Doc, list[Path]]],
    *,
    c: float | None = None,
    threshold: float = 0.0,
    inner_folds: int = 3,
    vectors: list[dict[int, Any]] | None = None,
) -> CueModel:
    """Fit the cue model (logistic regression over `cue_features`) on parsed PolNeAR documents.

    A candidate verb is a positive example when it lies in a cue of the first annotator's file.
    `threshold` is fixed a priori at log-odds 0 (probability one half). `c` (inverse
    regularisation), unless given, is chosen from `C_GRID` by `inner_folds`-fold
    cross-validation over the given documents only (candidate F1 at the threshold), so that
    `cross_validate_polnear` never sees its scored fold when choosing it.

    With `vectors` (each document's `candidate_vectors`), the model is stacked: a logistic
    model over the cue word's MiniLM vector (its C from `DENSE_C_GRID` by inner log-loss) gives
    each candidate out-of-fold log-odds, read by the sparse model as the feature "dense".
    (MiniLM's last layer fine-tuned as the dense part instead, or beside it, did worse in nested
    CV on PolNeAR dev: 0.720 and 0.725 against 0.732; see commit 3f5a998.)
    """
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    feats: list[dict[str, float]] = []
    labels: list[bool] = []
    groups: list[int] = []
    dense_x: list[Any] = []
    for n, (doc, anns) in enumerate(parsed):
        gold = read_ann(anns[0])
        for tok, tok_feats in cue_candidates(doc):
            feats.append(dict.fromkeys(tok_feats, 1))
            labels.append(any(a <= tok.idx < b for g in gold for a, b in g.cue))
            groups.append(n)
            if vectors is not None:
                dense_x.append(vectors[n][tok.i])
    dense: tuple[float, ...] | None = None
    dense_bias = 0.0
    if vectors is not None:
        xd = np.vstack(dense_x)
        oof, dense_fit = _stack_dense(xd, np.array(labels), groups, folds=inner_folds)
        for row, value in zip(feats, oof, strict=True):
            row["dense"] = float(value)
        dense = tuple(round(float(w), 4) for w in dense_fit.coef_[0])
        dense_bias = round(float(dense_fit.intercept_[0]), 4)
    vec = DictVectorizer()
    x = vec.fit_transform(feats)
    if c is None:
        c = _choose_c(x, labels, groups, threshold=threshold, folds=inner_folds)
        log.info("cue model: C=%s chosen by %d-fold inner cross-validation", c, inner_folds)
    fit = LogisticRegression(C=c, max_iter=2000).fit(x, labels)
    weights = {
        f: round(float(w), 4)
        for f, w in zip(vec.get_feature_names_out(), fit.coef_[0], strict=True)
        if abs(w) >= 1e-4
    }
    weights["bias"] = round(weights.get("bias", 0.0) + float(fit.intercept_[0]), 4)
    return CueModel(weights=weights, threshold=threshold, dense=dense, dense_bias=dense_bias)


# Inverse regularisation strengths of the dense (MiniLM vector) model, chosen by inner CV.
DENSE_C_GRID = (0.1, 1.0, 10.0)


def _stack_dense(x: Any, y: Any, groups: list[int], *, folds: int) -> tuple[Any, Any]:
    """Out-of-fold log-odds of the dense model (document-grouped inner folds, C of the best
    log-loss) and the dense model fitted on all of `x`."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    fold = _grouped_folds(groups, folds)
    sign = np.where(y, 1.0, -1.0)
    best: tuple[float, float, Any] | None = None
    for c in DENSE_C_GRID:
        oof = _out_of_fold(x, y, fold, c=c, max_iter=3000)
        loss = float(np.mean(np.logaddexp(0.0, -sign * oof)))
        if best is None or loss < best[0] - 1e-9:
            best = (loss, c, oof)
    assert best is not None  # DENSE_C_GRID is not empty
    _loss, c, oof = best
    return oof, LogisticRegression(C=c, max_iter=3000).fit(x, y)


def _grouped_folds(groups: list[int], folds: int) -> Any:
    """Each row's inner fold: documents shuffled (fixed seed) and dealt to `folds` folds."""
    import numpy as np

    docs = sorted(set(groups))
    random.Random(1).shuffle(docs)
    fold_of = {d: k % folds for k, d in enumerate(docs)}
    return np.array([fold_of[g] for g in groups])


def _out_of_fold(x: Any, y: Any, fold: Any, *, c: float, max_iter: int) -> Any:
    """Each row's logistic decision score from the model fitted on the other folds."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    scores = np.zeros(len(y))
    for k in sorted(set(fold.tolist())):
        train = fold != k
        fit = LogisticRegression(C=c, max_iter=max_iter).fit(x[train], y[train])
        scores[~train] = fit.decision_function(x[~train])
    return scores


def _choose_c(
    x: Any, labels: list[bool], groups: list[int], *, threshold: float, folds: int
) -> float:
    """The C of `C_GRID` with the best candidate F1 over document-grouped inner folds."""
    import numpy as np
    from sklearn.metrics import f1_score

    y = np.array(labels)
    fold = _grouped_folds(groups, folds)
    best: tuple[float, float] | None = None
    for c in C_GRID:
        scores = _out_of_fold(x, y, fold, c=c, max_iter=2000)
        f1 = float(f1_score(y, scores >= threshold))
        if best is None or f1 > best[0] + 1e-9:
            best = (f1, c)
    return best[1] if best is not None else 0.1


def save_cue_model(
    model: CueModel,
    path: str | Path,
    *,
    stacked: CueModel | None = None,
    documents: Iterable[str] = (),
) -> None:
    """Write the cue model as the JSON `default_cue_model` reads (with the stacked model that
    also reads MiniLM vectors, when given, and the fingerprints of the training documents'
    texts, `document_key`)."""
    data: dict[str, Any] = {
        "version": 1,
        "about": "PolNeAR-dev-trained attribution cue model (logistic regression weights over "
        "sitroom.nlp.attribution.cue_features); see sitroom.bench.polnear.train_cue_model. "
        "'stacked': the same features plus 'dense', the log-odds of a logistic model over the "
        "cue word's MiniLM vector (sitroom.nlp.attribution_dense), used when MiniLM is "
        "installed.",
        "threshold": model.threshold,
        "weights": dict(sorted(model.weights.items())),
    }
    if stacked is not None and stacked.dense is not None:
        data["stacked"] = {
            "weights": dict(sorted(stacked.weights.items())),
            "dense_bias": stacked.dense_bias,
            "dense": list(stacked.dense),
        }
    data["documents"] = sorted({document_key(t) for t in documents})
    Path(path).write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")


def cross_validate_polnear(
    directory: str | Path, *, folds: int = 5, fold_seed: int = 0, track: Track = no_track
) -> BenchReport:
    """Like `score_polnear`, but each fold's documents are read by a cue model trained on the
    other folds: an honest figure for the dev set the shipped model was trained on.

    `fold_seed` shuffles the documents before they are dealt to folds; other seeds show how
    much of a difference between two figures is the split's."""
    parsed = _parse_all(Path(directory), track)
    vectors = _all_vectors(parsed, track)
    order = list(range(len(parsed)))
    random.Random(fold_seed).shuffle(order)
    counts: dict[str, float] = defaultdict(float)
    for k in track(range(folds), "folds"):
        held = set(order[k::folds])
        model = train_cue_model(
            [d for i, d in enumerate(parsed) if i not in held],
            vectors=[v for i, v in enumerate(vectors) if i not in held] if vectors else None,
        )
        for i in sorted(held):
            doc, anns = parsed[i]
            pred = find_attributions(doc, model=model)
            for ann in anns:
                _count(counts, pred, read_ann(ann), doc.text, 1.0 / len(anns))
    report = _report(counts, len(parsed), name=f"polnear {folds}-fold cv")
    report.rows.insert(0, ("folds (documents shuffled by seed)", f"{folds}, seed {fold_seed}"))
    return report


def _all_vectors(parsed: list[tuple[Doc, list[Path]]], track: Track) -> list[Any] | None:
    """Every document's candidate vectors (None without MiniLM: the sparse model alone)."""
    out: list[Any] = []
    for doc, _anns in track(parsed, "embedding"):
        vecs = candidate_vectors(doc, [tok for tok, _ in cue_candidates(doc)])
        if vecs is None:
            log.info("MiniLM (the embed extra) is not installed: the cue model is sparse only")
            return None
        out.append(vecs)
    return out


def score_polnear(directory: str | Path, *, track: Track = no_track) -> BenchReport:
    """Score `find_attributions` on PolNeAR BRAT files.

    Every part (Source, Cue, Content) is scored as a set of spans with one-to-one matches, by
    overlap (any shared character) and exactly (same extent after trimming edge punctuation and
    quotes). The shipped model is read in its stacked form (MiniLM vectors) when the embed
    extra is installed, as `cross_validate_polnear` trains it. A whole attribution matches
    when its cue, content and source all overlap the gold ones (a missing source matches a
    missing source). An article annotated by several people counts once: each annotator's
    counts are weighted by 1/annotators.

    Args:
        directory: a PolNeAR compartment (with `text/` and `attributions/`), or a folder holding
            `.txt` files and `.ann` files named after them (optionally `_annotator`).
        track: progress wrapper.

    Returns:
        The report; its summary is attribution_f1, source_f1, cue_f1, content_f1 (overlap).
    """
    parsed = _parse_all(Path(directory), track)
    counts: dict[str, float] = defaultdict(float)
    for doc, anns in parsed:
        pred = find_attributions(doc, dense=True)
        for ann in anns:
            _count(counts, pred, read_ann(ann), doc.text, 1.0 / len(anns))
    report = _report(counts, len(parsed))
    seen = trained_documents() & {document_key(d.text) for d, _ in parsed}
    if seen:
        # Shown first: a figure of the model on its own training documents is no estimate.
        report.rows.insert(
            0,
            (
                "in-sample",
                f"the shipped cue model was trained on {len(seen)} of these documents: "
                "use --cv-folds 5 for an honest figure",
            ),
        )
    return report


def _count(
    counts: dict[str, float],
    pred: Iterable,  # Attribution records
    gold: list[GoldAttribution],
    text: str,
    weight: float,
) -> None:
    pred = list(pred)
    counts["n_pred"] += weight * len(pred)
    counts["n_gold"] += weight * len(gold)

    def whole(p, g: GoldAttribution) -> bool:  # noqa: ANN001
        if not (_overlap((p.cue,), g.cue) and _overlap((p.content,), g.content)):
            return False
        if p.source is None or not g.source:
            return p.source is None and not g.source
        return _overlap((p.source,), g.source)

    used: set[int] = set()
    for p in pred:
        for j, g in enumerate(gold):
            if j not in used and whole(p, g):
                used.add(j)
                counts["att_tp"] += weight
                break
    for part in PARTS:
        p_spans = sorted({(getattr(p, part),) for p in pred if getattr(p, part) is not None})
        g_spans = sorted({getattr(g, part) for g in gold if getattr(g, part)})
        counts[f"{part}_pred"] += weight * len(p_spans)
        counts[f"{part}_gold"] += weight * len(g_spans)
        counts[f"{part}_overlap_tp"] += weight * _match(p_spans, g_spans, _overlap)
        counts[f"{part}_exact_tp"] += weight * _match(
            p_spans, g_spans, lambda a, b: _exact(a, b, text)
        )


if __name__ == "__main__":
    # Retrain the shipped cue model:
    #   python -m sitroom.bench.polnear ../shared/benchmarks/polnear/dev \
    #       src/sitroom/data/attribution-cues-v1.json
    import sys

    _parsed = _parse_all(Path(sys.argv[1]), no_track)
    _vecs = _all_vectors(_parsed, no_track)
    save_cue_model(
        train_cue_model(_parsed),
        sys.argv[2],
        stacked=train_cue_model(_parsed, vectors=_vecs) if _vecs else None,
        documents=[d.text for d, _ in _parsed],
    )
