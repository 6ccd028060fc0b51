"""Stance of a report toward a claim: does it assert it, only relay it, or deny it."""

from __future__ import annotations

import hashlib
import json
import logging
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np
from spacy.tokens import Doc, Span, Token

from .attribution import find_attributions, load_cues
from .event_types import find_cues, load_event_nouns

log = logging.getLogger("sitroom")

# The three readings of a report, named as event statuses (CONTRACT.md): the outlet asserts
# it, relays it as someone's claim (or says it could not verify it), or reports it denied.
STANCES = ("asserted", "claimed", "denied")
_WORD = re.compile(r"[\w'-]+")


def stance_features(doc: Doc, claim: str) -> dict[str, float]:
    """Features of a report (a parsed headline or sentence) read against the claim it covers.

    Beyond the words themselves: what the report wraps around the claim (its words with the
    claim's own words, names and numbers masked, as bigrams and trigrams: "_C_ reportedly _C_",
    "report : _C_"), hedges and refuting words that the claim does not already contain,
    negation and modals on the main verb, attribution found by the claims stage's own finder
    ("X says ..."), questions, and how much of the claim the report repeats.

    Args:
        doc: the parsed report text.
        claim: the claim it is read against (plain text).

    Returns:
        Feature name to value.
    """
    cues = load_cues()
    hedges, refutes, modals = cues["stance_hedges"], cues["stance_refutes"], cues["modals"]
    claim_words = {w.lower() for w in _WORD.findall(claim)}
    words = [t.lower_ for t in doc if not t.is_space]
    f: dict[str, float] = {"bias": 1.0}
    for w in words:
        f[f"w={w}"] = 1.0
        if w not in claim_words:
            f[f"nw={w}"] = 1.0  # words the report adds to the claim carry its stance
    for t in doc:
        f[f"l={t.lemma_.lower()}"] = 1.0
    for a, b in zip(words, words[1:], strict=False):
        f[f"b={a}_{b}"] = 1.0
    padded = ["<s>", *report_frame(doc, claim), "</s>"]
    for n in (2, 3):
        for i in range(len(padded) - n + 1):
            f[f"m{n}=" + "_".join(padded[i : i + n])] = 1.0
    f["question"] = float("?" in doc.text)
    f["hedge"] = float(sum(w in hedges for w in words))
    f["refute"] = float(sum(w in refutes for w in words))
    f["hedge_new"] = float(sum(w in hedges and w not in claim_words for w in words))
    f["refute_new"] = float(sum(w in refutes and w not in claim_words for w in words))
    f["overlap"] = len(set(words) & claim_words) / max(1, len(claim_words))
    for root in (t for t in doc if t.dep_ == "ROOT"):
        f[f"root={root.lemma_.lower()}"] = 1.0
        for child in root.children:
            f[f"rootch={child.dep_}"] = 1.0
            if child.dep_ == "neg":
                f["root_neg"] = 1.0
            if child.lower_ in modals:
                f["root_modal"] = 1.0
    for t in doc:
        if t.dep_ == "neg":
            f[f"neg_head={t.head.lemma_.lower()}"] = 1.0
    for att in find_attributions(doc):
        f["attributed"] = 1.0
        f[f"attributed={att.lemma}"] = 1.0
    if ":" in doc.text:
        f["colon"] = 1.0  # "Report: ...", "... : paper"
    return f


# Placeholders in a report's frame: a word of the claim, a name, a number.
CLAIM_WORD, NAME, NUMBER = "_C_", "_E_", "_N_"
_NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
# Function words are never masked as claim words: "the" or "of" in both texts say nothing
# about the report repeating the claim, and they shape the frame ("_C_ of _C_").
_FUNCTION_WORDS = frozenset(
    "a an the of in on at to for from by with as and or but is are was were be been it its "
    "this that these those he she they his her their".split()
)


def _stem(word: str) -> str:
    """A crude stem, so "closes" or "closing" in a report matches "closed" in its claim."""
    for suffix in ("ing", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def report_frame(doc: Doc, claim: str) -> list[str]:
    """The report's words with the claim's words, names and numbers masked (runs collapsed).

    "Doctor reportedly took selfie, source says" against the claim "A doctor took a selfie"
    is `_C_ reportedly _C_ , source says`: what the report says about the claim, whatever
    the claim is about.
    """
    stems = {_stem(w.lower()) for w in _WORD.findall(claim)} - {_stem(w) for w in _FUNCTION_WORDS}
    out: list[str] = []
    for t in doc:
        if t.is_space:
            continue
        low = t.lower_
        if low not in _FUNCTION_WORDS and (
            _stem(low) in stems or (t.lemma_ and _stem(t.lemma_.lower()) in stems)
        ):
            tok = CLAIM_WORD
        elif t.ent_type_ in _NAME_TYPES:
            tok = NAME
        elif t.like_num:
            tok = NUMBER
        else:
            tok = low
        if out and out[-1] == tok and tok in (CLAIM_WORD, NAME):
            continue
        out.append(tok)
    return out


def frame_text(frame: list[str]) -> str:
    """A frame as text for a sentence embedding: claim words dropped, placeholders as words."""
    words = {NAME: "someone", NUMBER: "some"}
    return " ".join(words.get(t, t) for t in frame if t != CLAIM_WORD)


# Scale of the embedding features against the 0/1 word features. 2 and 1 tied in grouped 5-fold
# CV on the Emergent train split (accuracy 0.762 vs 0.761 with the frame embedding added to the
# word features); 2 lets the dense columns weigh about as much as a few cue words.
EMBED_SCALE = 2.0


def embedding_features(
    report: np.ndarray, claim: np.ndarray, frame: np.ndarray
) -> list[dict[str, float]]:
    """Dense features from MiniLM sentence embeddings (normalised rows), one dict per report.

    The report's embedding, the report minus its claim (what it adds), the frame's embedding
    (what it wraps around the claim, `frame_text`) and the report-claim cosine.

    Args:
        report: embeddings of the reports, one row each.
        claim: embeddings of each report's claim, row for row.
        frame: embeddings of each report's frame text, row for row.

    Returns:
        Feature name to value, for each report.
    """
    out = []
    for r, c, fr in zip(report, claim, frame, strict=True):
        f = {"cos": float(r @ c) * EMBED_SCALE}
        for name, vec in (("eh", r), ("ed", r - c), ("ef", fr)):
            for i, v in enumerate(vec):
                f[f"{name}{i}"] = float(v) * EMBED_SCALE
        out.append(f)
    return out


def claim_key(claim: str) -> str:
    """A short fingerprint of a claim's wording (case and spacing ignored): the shipped model
    keeps those of the claims it was trained on, so a benchmark can tell held-out claims from
    seen ones without the model carrying the claims' text."""
    norm = " ".join(claim.lower().split())
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class StanceModel:
    """A multinomial logistic model over `stance_features`: weights per stance, and the
    fingerprints (`claim_key`) of the claims it was trained on."""

    weights: dict[str, dict[str, float]]
    claims: frozenset[str] = frozenset()

    def probabilities(self, feats: dict[str, float]) -> dict[str, float]:
        """Each stance's probability for these features."""
        scores = {
            s: sum(w.get(k, 0.0) * v for k, v in feats.items()) for s, w in self.weights.items()
        }
        top = max(scores.values())
        exp = {s: math.exp(v - top) for s, v in scores.items()}
        total = sum(exp.values())
        return {s: v / total for s, v in exp.items()}

    def predict(self, feats: dict[str, float]) -> str:
        """The most probable stance."""
        probs = self.probabilities(feats)
        return max(probs, key=probs.__getitem__)

    def to_json(self) -> str:
        """The model as JSON text."""
        return json.dumps({"version": 1, "weights": self.weights}, ensure_ascii=False)

    @property
    def dense(self) -> bool:
        """Whether the model was trained with the MiniLM features (`embedding_features`)."""
        return any("cos" in w for w in self.weights.values())

    def save(self, path: str | Path) -> None:
        """Write the model as one compressed .npz: feature names and a float16 weight row per
        stance (weights under 1e-3 dropped: they move no probability by a thousandth)."""
        labels = sorted(self.weights)
        names = sorted({k for w in self.weights.values() for k, v in w.items() if abs(v) >= 1e-3})
        matrix = np.array([[self.weights[s].get(n, 0.0) for n in names] for s in labels])
        np.savez_compressed(
            path,
            labels=np.array(labels),
            names=np.array(names),
            weights=matrix.astype(np.float16),
            claims=np.array(sorted(self.claims), dtype=str),
        )

    @classmethod
    def load(cls, path: str | Path) -> StanceModel:
        """Read a model written by `save`."""
        with np.load(path, allow_pickle=False) as data:
            labels = [str(s) for s in data["labels"]]
            names = [str(n) for n in data["names"]]
            matrix = data["weights"].astype(np.float32)
            claims = frozenset(str(c) for c in data["claims"]) if "claims" in data else frozenset()
        weights = {
            s: {n: float(v) for n, v in zip(names, row, strict=True) if v != 0.0}
            for s, row in zip(labels, matrix, strict=True)
        }
        return cls(weights=weights, claims=claims)


MODEL_FILE = "stance-v1.npz"


@cache
def load_stance_model() -> StanceModel | None:
    """The shipped stance model (scripts/train_stance_model.py), or None when it is missing."""
    ref = resources.files("sitroom").joinpath("data", MODEL_FILE)
    if not ref.is_file():
        log.info("the stance model %s is missing: claims read stance by cue words", MODEL_FILE)
        return None
    with resources.as_file(ref) as path:
        return StanceModel.load(path)


# Negators: what turns a proposition into its denial ("no such attack took place").
_NEGATORS = frozenset({"not", "no", "never", "n't", "none", "nothing", "nobody", "such"})
# Verbs of occurrence: negated, they deny that something happened ("it never took place").
_OCCUR_VERBS = frozenset({"happen", "occur", "take", "exist", "be"})
_ENDINGS = frozenset({"release", "rescue", "return"})
# The main verb's arguments whose negation negates the statement ("no attack took place").
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "acomp"})


def proposition(span: Span) -> str:
    """The plain proposition a statement takes a stance on: its words without the negators
    of its main verb and its arguments, and without hedges and refuting words ("no such strike
    took place" -> "strike took place", "the video was fake" -> "the video was").

    Emergent reads a report against a claim stated plainly; a statement found in an article
    carries its own stance words, which must stay outside the claim for the model to see them.
    A negation inside a clause below the main verb ("... and we do not know where they are")
    stays: it does not deny what the statement says.
    """
    cues = load_cues()
    drop = (
        set(cues["stance_refutes"])
        | set(cues["stance_hedges"])
        | {p for p in cues["deny_phrases"] if " " not in p}  # "false", "baseless"
    ) - _NEGATORS  # negators count only on the main verb (below)
    root = _main_verb(span)
    words = [
        t.text
        for t in span
        if not t.is_punct and t.lower_ not in drop and not _negates_main(t, root)
    ]
    return " ".join(words)


def _main_verb(span: Span) -> Token:
    """A statement's main verb: its first word whose head lies outside it (not its quote marks)."""
    return next(
        (t for t in span if not t.is_punct and not (span.start <= t.head.i < span.end)),
        span.root,
    )


def _negates_main(t: Token, root: Token) -> bool:
    """Whether a word negates the main verb or one of its arguments ("no such attack", "not")."""
    low = t.lower_
    if not (low in _NEGATORS or low.endswith("n't") or t.dep_ == "neg"):
        return False
    return t.head == root or (t.head.head == root and t.head.dep_ in _ARGUMENTS)


def negates_happening(span: Span) -> bool:
    """Whether what a statement negates is the reported happening itself, not one of its
    details: the main verb ("the strike did not take place"), an event or a report as its
    argument ("no such attack took place", "there was no shelling", "no video exists"), or a
    refuting word ("the video was fake").

    "The strike caused no civilian casualties" or "no one was hurt" deny the harm, not the
    strike: read as a denial of the event they would mark a confirmed strike as denied. A
    statement with neither negation nor refuting word denies nothing, so the stance model need
    not read it.
    """
    root = _main_verb(span)
    negated = [t for t in span if _negates_main(t, root)]
    if not negated:
        # "... and denied suffering heavy losses" disputes the harm, not the capture told.
        refutes = _refuting_words()
        harm = _harm_nouns()
        return any(
            t.lower_ in refutes and not any(w.lemma_.lower() in harm for w in t.subtree)
            for t in span
        )
    happenings = _happening_nouns()
    if any(t.head.lemma_.lower() in happenings for t in negated):
        return True
    # A negated main verb denies the happening when it names one ("did not shell the
    # village", "never took place"), not when it is another act ("would not negotiate").
    # "had not been able to contact them": being able is no happening.
    occurs = root.lemma_.lower() in _OCCUR_VERBS and not any(
        c.dep_ == "acomp" and c.lemma_.lower() in ("able", "unable") for c in root.children
    )
    return any(t.head == root for t in negated) and (occurs or bool(find_cues(span.text)))


@cache
def _happening_nouns() -> frozenset[str]:
    """Nouns naming an event or a report of one: negated, they deny it ("no such attack").
    Not the harm it did: "caused no injuries and no damage", "there were no deaths" deny the
    harm, not the event."""
    nouns = load_event_nouns()
    # Nor the end of a captivity: "the drivers had still not been released" tells it goes on.
    return (
        (
            frozenset(nouns["nouns"])
            | frozenset(nouns["violent_nouns"])
            | frozenset(load_cues()["claim_nouns"])
        )
        - _harm_nouns()
        - _ENDINGS
    )


@cache
def _harm_nouns() -> frozenset[str]:
    """Lemmas of the harm an event did ("losses", "casualties"): refuted, they dispute it."""
    return frozenset(load_cues()["harm_nouns"])


@cache
def _refuting_words() -> frozenset[str]:
    """Words that refute a statement without negating it ("fake", "hoax")."""
    return frozenset(load_cues()["stance_refutes"]) - _NEGATORS


def read_stance(
    doc: Doc, claim: str, *, model: StanceModel | None = None
) -> dict[str, float] | None:
    """Each stance's probability for a report (a parsed sentence) read against what it says.

    The shipped model reads words and MiniLM features, so without the `embed` extra (or
    without the model file) there is no reading and the caller keeps its cue-word rules.

    Args:
        doc: the parsed report (e.g. `sent.as_doc()`).
        claim: the statement it is read against (e.g. the content of an attribution).
        model: a stance model; the shipped one by default.

    Returns:
        Stance (`STANCES`) to probability, or None when the model or MiniLM is unavailable.
    """
    from .event_types import embed_texts

    model = model or load_stance_model()
    if model is None:
        return None
    feats = stance_features(doc, claim)
    if model.dense:
        vecs = embed_texts([doc.text, claim, frame_text(report_frame(doc, claim))])
        if vecs is None:
            return None
        feats.update(embedding_features(vecs[0:1], vecs[1:2], vecs[2:3])[0])
    return model.probabilities(feats)


def train_stance_model(
    feats: list[dict[str, float]], labels: list[str], *, c: float = 0.5
) -> StanceModel:
    """Fit the stance model (scikit-learn logistic regression) on featurised reports.

    Args:
        feats: `stance_features` of each report.
        labels: each report's stance, one of `STANCES`.
        c: inverse regularisation strength; 0.5 was best of 0.3/0.5/1/3 in grouped 5-fold
            cross-validation on the Emergent train split.

    Each stance weighs inversely to its share of the training reports, so denials (a seventh
    of Emergent) and relayed claims count as much as assertions; in grouped 5-fold CV this
    raised accuracy at each of three fold shuffles (0.773 / 0.775 / 0.781 -> 0.779 / 0.777 / 0.783).

    Returns:
        The fitted model.
    """
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform(feats)
    fit = LogisticRegression(C=c, max_iter=3000, class_weight="balanced").fit(x, labels)
    names = vec.get_feature_names_out()
    classes = list(fit.classes_)
    weights: dict[str, dict[str, float]] = {}
    if len(classes) == 2:
        # A binary fit has one row of log-odds for the second class against the first.
        rows = [
            (classes[0], [0.0] * len(names), 0.0),
            (classes[1], fit.coef_[0], fit.intercept_[0]),
        ]
    else:
        rows = list(zip(classes, fit.coef_, fit.intercept_, strict=True))
    for label, coefs, intercept in rows:
        w = {n: float(v) for n, v in zip(names, coefs, strict=True) if abs(v) >= 1e-6}
        w["bias"] = w.get("bias", 0.0) + float(intercept)
        weights[label] = w
    return StanceModel(weights=weights)
