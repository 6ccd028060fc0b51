"""Stance of a report toward a claim: does it assert it, only relay it, or deny it."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass

from spacy.tokens import Doc

from .attribution import find_attributions, load_cues

# The three readings of a report, named as event statuses (CONTRACT.md): the outlet asserts
# it, relays it as someone's claim (or says it could not verify it), or reports it denied.
STANCES = ("asserted", "claimed", "denied")
_WORD = re.compile(r"[\w'-]+")


def stance_features(doc: Doc, claim: str) -> dict[str, float]:
    """Features of a report (a parsed headline or sentence) read against the claim it covers.

    Beyond the words themselves: hedges and refuting words that the claim does not already
    contain, negation and modals on the main verb, attribution found by the claims stage's own
    finder ("X says ..."), questions, and how much of the claim the report repeats.

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


@dataclass(frozen=True)
class StanceModel:
    """A multinomial logistic model over `stance_features`: weights per stance."""

    weights: dict[str, dict[str, float]]

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


def train_stance_model(
    feats: list[dict[str, float]], labels: list[str], *, c: float = 0.5
) -> StanceModel:
    """Fit the stance model (scikit-learn logistic regression) on featurised reports.

    Args:
        feats: `stance_features` of each report.
        labels: each report's stance, one of `STANCES`.
        c: inverse regularisation strength; 0.5 was best of 0.3/0.5/1/3 in grouped 5-fold
            cross-validation on the Emergent train split.

    Returns:
        The fitted model.
    """
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform(feats)
    fit = LogisticRegression(C=c, max_iter=3000).fit(x, labels)
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
