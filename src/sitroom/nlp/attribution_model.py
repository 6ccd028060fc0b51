"""The attribution cue model: features of a candidate cue and the linear model scoring them."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from spacy.tokens import Token

CUE_MODEL_FILE = "attribution-cues-v1.json"
WORDNET_VERBS_FILE = "wordnet-verbs-v1.json"
# Supersenses of a verb's senses that PolNeAR attributes (speech, belief, feeling).
_ATTRIBUTING_SENSES = ("communication", "cognition", "emotion")


@cache
def load_verb_senses() -> dict[str, tuple[str, ...]]:
    """WordNet's supersense of each sense of each verb lemma, most frequent sense first."""
    path = resources.files("sitroom.data").joinpath(WORDNET_VERBS_FILE)
    data = json.loads(path.read_text(encoding="utf-8"))
    classes = data["classes"]
    return {lemma: tuple(classes[c] for c in code) for lemma, code in data["verbs"].items()}


# Upper bounds (characters) of the content length buckets "clen=0" to "clen=4"; longer is 5.
_CONTENT_SIZES = (8, 20, 40, 80, 160)


def cue_features(
    tok: Token,
    content_kind: str,
    subj: Token | None,
    cues: dict[str, Any],
    content: tuple[int, int] | None = None,
) -> list[str]:
    """Features of a candidate cue verb for the cue model (strings; weights per string).

    `content` is the span the candidate would attribute: its length tells a statement ("said
    the plan would fail because ...") from a bare object ("said it", "called him").
    """
    lemma = tok.lemma_.lower()
    deps = sorted({c.dep_ for c in tok.children})
    feats = [
        "bias",
        f"lem={lemma}",
        f"dep={tok.dep_}",
        f"tag={tok.tag_}",
        f"content={content_kind}",
        f"lem+content={lemma}+{content_kind}",
        f"subj={subj.pos_ if subj is not None else 'none'}",
    ]
    feats += [f"ch={d}" for d in deps]
    if content is not None:
        size = next(
            (i for i, limit in enumerate(_CONTENT_SIZES) if content[1] - content[0] < limit), 5
        )
        feats.append(f"clen={size}")
    if tok.pos_ in ("NOUN", "PROPN"):
        feats += ["noun", f"noun_lem={lemma}"]
    if lemma in cues["say_verbs"]:
        feats += ["lex", f"lex+content={content_kind}"]
    if lemma in cues["quote_verbs"]:
        feats.append("quote_verb")
    if lemma in cues["attitude_verbs"]:
        # Verbs of belief, intent and judgement: PolNeAR attributes these as well as speech.
        feats += ["attitude", f"attitude+content={content_kind}"]
    if subj is not None and subj.lower_ in ("he", "she", "they", "i", "we", "who"):
        feats.append("subj_pron")
    if subj is not None:
        ent = subj.ent_type_ or "none"
        feats += [f"subj_ent={ent}", f"subj_ent+content={ent}+{content_kind}"]
        feats.append(f"subj_lem={subj.lemma_.lower()}" if subj.pos_ != "PROPN" else "subj_propn")
    if tok.dep_ in ("xcomp", "ccomp", "conj", "advcl"):
        feats.append(f"head={tok.head.lemma_.lower()}")
    mark = next(
        (
            m.lower_
            for c in tok.children
            if c.dep_ == "ccomp"
            for m in c.children
            if m.dep_ == "mark"
        ),
        None,
    )
    if mark:
        feats.append(f"mark={mark}")
    feats += _class_features(tok, content_kind, subj, cues)
    if tok.pos_ not in ("NOUN", "PROPN"):
        feats += _sense_features(tok)
    return feats


def _sense_features(tok: Token) -> list[str]:
    """The verb's WordNet supersenses: its first sense, those of its first three, and the share
    of its senses that are of speech, belief or feeling (in quarters). They carry what the
    hand-written classes say to verbs no list names ("peppered him with", "sounded a call")."""
    senses_of = load_verb_senses()
    lemma = tok.lemma_.lower()
    prt = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
    senses = (senses_of.get(f"{lemma}_{prt}") if prt else None) or senses_of.get(lemma, ())
    if not senses:
        return ["wn1=none"]
    share = sum(s in _ATTRIBUTING_SENSES for s in senses) / len(senses)
    return [f"wn1={senses[0]}", f"wnfrac={round(share * 4)}"] + [
        f"wn2={s}" for s in sorted(set(senses[:2]))
    ]


def _class_features(
    tok: Token, content_kind: str, subj: Token | None, cues: dict[str, Any]
) -> list[str]:
    """Features that generalise beyond the lemma: the verb's class (communication, cognition,
    intention, evaluation, evidence), whether its object is a message ("unveiled a plan") and
    whether its subject can be a source (a person, a body, a poll)."""
    feats: list[str] = []
    lemma = tok.lemma_.lower()
    cls = cues["verb_classes"].get(lemma)
    if cls is None:
        prt = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
        cls = cues["verb_classes"].get(f"{lemma}_{prt}") if prt else None
    feats.append(f"class={cls or 'none'}")
    feats.append(f"class+content={cls or 'none'}+{content_kind}")
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is not None and obj.lemma_.lower() in cues["message_nouns"]:
        feats += ["obj_message", f"obj_message+class={cls or 'none'}"]
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        feats.append(f"prep={prep.lower_}")
    if subj is None:
        kind = "none"
    elif subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        kind = "named"
    elif subj.lower_ in ("he", "she", "they", "i", "we", "you", "who"):
        kind = "person_pron"
    elif subj.lemma_.lower() in cues["speaker_nouns"] or subj.lower_ in cues["speaker_nouns"]:
        kind = "speaker_noun"
    elif subj.pos_ == "PROPN":
        kind = "propn"
    else:
        kind = "other"
    feats += [f"subj_kind={kind}", f"subj_kind+class={kind}+{cls or 'none'}"]
    feats.append(f"lem+subj_kind={lemma}+{kind}")
    # A verb inside what another verb says or wants is itself often an attribution (nested).
    head = tok
    for _ in range(8):
        if head.head.i == head.i:
            break
        if head.dep_ in ("ccomp", "xcomp"):
            feats.append(f"under_{head.dep_}")
            break
        head = head.head
    return feats


@dataclass(frozen=True)
class CueModel:
    """A linear model deciding whether a verb is an attribution cue (weights per feature).

    With `dense`, a second linear model reads the cue word's MiniLM vector in context
    (`attribution_dense.token_vectors`); its log-odds enter as the feature "dense" (stacked).
    """

    weights: dict[str, float]
    threshold: float = 0.0
    dense: tuple[float, ...] | None = field(default=None, compare=False)
    dense_bias: float = 0.0

    def score(self, feats: list[str], vector: Any = None) -> float:
        """The model's log-odds for these features (and the cue word's vector, if dense)."""
        total = sum(self.weights.get(f, 0.0) for f in feats)
        if self.dense is not None and vector is not None:
            total += self.weights.get("dense", 0.0) * self.dense_score(vector)
        return total

    def dense_score(self, vector: Any) -> float:
        """The dense model's log-odds for one vector."""
        import numpy as np

        return float(np.dot(np.asarray(self.dense, dtype=np.float32), vector)) + self.dense_bias


def lexicon_model() -> CueModel:
    """The hand-written rule as a model: a verb of the cue lexicon with a content is a cue."""
    return CueModel(weights={"bias": -1.0, "lex": 2.0, "content=prep": -5.0})


@cache
def default_cue_model(*, dense: bool = False) -> CueModel:
    """The shipped cue model (trained on PolNeAR dev), or the lexicon rule when it is absent.

    The file holds the sparse model and a stacked one that also reads MiniLM vectors
    ("stacked"). The stacked one is used only when asked for (`dense`) and MiniLM (the embed
    extra) is installed: it runs MiniLM over every sentence with a candidate, which made the
    reader's claims stage about 25 times slower (benchmarks/speed.py ratio 0.66 -> 0.13).
    """
    path = resources.files("sitroom.data").joinpath(CUE_MODEL_FILE)
    if not path.is_file():
        return lexicon_model()
    data = json.loads(path.read_text(encoding="utf-8"))
    stacked = data.get("stacked")
    if dense and stacked is not None:
        from .event_types import _minilm

        if _minilm() is not None:
            return CueModel(
                weights=stacked["weights"],
                threshold=data["threshold"],
                dense=tuple(stacked["dense"]),
                dense_bias=stacked["dense_bias"],
            )
    return CueModel(weights=data["weights"], threshold=data["threshold"])
