"""Attribution: find who is said to say what (source, cue and content spans) in a parsed Doc."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Span, Token

from .attribution_cues import _content, _noun, _noun_content, _noun_source, _subject, _verb
from .attribution_layout import _embedded_posts, _signed_quotes, _speaker_colon
from .attribution_model import (
    CUE_MODEL_FILE,
    CueModel,
    cue_features,
    default_cue_model,
    lexicon_model,
)
from .attribution_spans import (
    Attribution,
    _clip,
    _inside,
    _overlaps,
    _span_of,
    quote_regions,
)
from .doctext import doc_text

# Public names, some defined in the attribution_* helper modules and kept importable from here.
__all__ = [
    "CUES_FILE",
    "CUE_MODEL_FILE",
    "Attribution",
    "CueModel",
    "candidate_vectors",
    "cue_candidates",
    "cue_features",
    "cue_pattern",
    "default_cue_model",
    "find_attributions",
    "lexicon_model",
    "load_cues",
    "quote_regions",
    "segments",
]

CUES_FILE = "cues-v1.json"


@cache
def cue_pattern(key: str, before: str = r"\b", after: str = r"\b") -> re.Pattern[str]:
    """The words of the lexicon list `key` ("tally_words", or a dotted path such as
    "hedges.unverified") as one case-blind pattern, the longest first, between `before` and
    `after` (regex context: "$" for words that must end the text)."""
    found: Any = load_cues()
    for part in key.split("."):
        found = found[part]
    words = sorted(found, key=len, reverse=True)
    return re.compile(before + "(?:" + "|".join(map(re.escape, words)) + ")" + after, re.I)


@cache
def load_cues() -> dict[str, Any]:
    """The cue lexicon (verbs of saying, denial, hedges, channels) from the package data."""
    text = resources.files("sitroom.data").joinpath(CUES_FILE).read_text(encoding="utf-8")
    data = json.loads(text)
    for key in (
        "say_verbs",
        "np_content_verbs",
        "deny_verbs",
        "confirm_verbs",
        "quote_verbs",
        "attitude_verbs",
        "claim_nouns",
        "report_nouns",
        "figure_nouns",
        "institution_nouns",
        "issuer_words",
        "rule_nouns",
    ):
        data[key] = frozenset(data.get(key, ()))
    for key in ("message_nouns", "speaker_nouns"):
        data[key] = frozenset(data.get(key, ()))
    data["verb_classes"] = {
        lemma: cls for cls, lemmas in data.get("cue_classes", {}).items() for lemma in lemmas
    }
    return data


def segments(doc: Doc) -> list[Span]:
    """The Doc's sentences, split again at line breaks (the parser often runs across them)."""
    out: list[Span] = []
    # A Doc without sentence boundaries (a bare tokenizer) is read as one sentence.
    sents = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
    for sent in sents:
        start = sent.start
        for tok in sent:
            if tok.is_space and "\n" in tok.text:
                if tok.i > start:
                    out.append(doc[start : tok.i])
                start = tok.i + 1
        if start < sent.end:
            out.append(doc[start : sent.end])
    return [s for s in out if any(not t.is_space for t in s)]


def find_attributions(
    doc: Doc,
    *,
    model: CueModel | None = None,
    dense: bool = False,
    sure: frozenset[str] = frozenset(),
) -> list[Attribution]:
    """Every attribution in `doc`: verbs of saying, "according to" phrases and embedded posts.

    Args:
        doc: a parsed Doc (dependency labels are needed for verb cues).
        model: decides which verbs are cues; defaults to the shipped model.
        dense: with the default model, use its stacked version that also reads each
            candidate's MiniLM vector (when the embed extra is installed): better cues
            (PolNeAR CV attribution F1 0.731 -> 0.746) at the cost of a MiniLM pass.
        sure: verb lemmas that are cues whenever they have a subject and a content, whatever
            the model says. The model learned PolNeAR's habits, which leave out some nested
            statements ("X denied ..., the agency reported"); the claims stage cannot.

    Returns:
        Attributions in text order of their cues.
    """
    cues = load_cues()
    model = model or (default_cue_model(dense=True) if dense else default_cue_model())
    quotes = quote_regions(doc_text(doc))
    found: list[Attribution] = []
    segs = segments(doc)
    vectors = _vectors(segs, cues, quotes) if model.dense is not None else None
    for seg in segs:
        for tok in seg:
            if _inside(tok.idx, quotes):
                continue  # words inside a quotation belong to the quoted speaker's statement
            att: Attribution | None = None
            if tok.lower_ == "according" and tok.i + 1 < seg.end and doc[tok.i + 1].lower_ == "to":
                att = _according(tok, seg)
            elif tok.lower_ in _EVIDENCE_PREPS and tok.dep_ == "prep":
                att = _evidence_phrase(tok, seg)
            elif _is_candidate(tok, cues):
                att = _verb(tok, seg, cues, quotes, model, _vector(vectors, tok), sure=sure)
            elif _is_noun_candidate(tok, cues):
                att = _noun(tok, seg, cues, model, _vector(vectors, tok))
            if att is not None:
                found.append(att)
    found.extend(_embedded_posts(doc))
    found.extend(_signed_quotes(doc_text(doc), quotes))
    found.extend(_speaker_colon(doc))
    found = _merge_objects(doc, found)
    found.sort(key=lambda a: a.cue)
    # One attribution per cue: an embedded post may share words with a verb cue.
    unique: list[Attribution] = []
    for att in found:
        if unique and _overlaps(unique[-1].cue, att.cue):
            continue
        unique.append(att)
    return unique


def _merge_objects(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """One statement told by a cue verb and a cue word on its object: a cue noun that is the
    object ("voiced concern that ...") leaves the verb's attribution standing; a cue verb
    describing the object ("sent a letter saying ...", "issued a statement calling ...")
    gives the first verb its content."""
    verbs = {a.cue: a for a in found if a.kind == "verb"}

    def verb_at(tok: Token) -> tuple[int, int] | None:
        return next((c for c in verbs if c[0] <= tok.idx < c[1]), None)

    dropped: set[int] = set()
    for n, att in enumerate(found):
        if att.kind not in ("noun", "verb"):
            continue
        span = doc.char_span(att.cue[0], att.cue[1], alignment_mode="expand")
        if span is None:
            continue
        word = span.root  # the cue word itself, not its auxiliaries or particle
        if att.kind == "noun" and word.dep_ == "dobj":
            if verb_at(word.head) is not None:
                dropped.add(n)
        elif att.kind == "verb" and word.dep_ == "acl" and word.head.dep_ == "dobj":
            outer = verb_at(word.head.head)
            if outer is not None and outer != att.cue:
                verbs[outer] = replace(verbs[outer], content=att.content)
                dropped.add(n)
    return [
        verbs.get(a.cue, a) if a.kind == "verb" else a
        for n, a in enumerate(found)
        if n not in dropped
    ]


def _vectors(
    segs: list[Span], cues: dict[str, Any], quotes: list[tuple[int, int]]
) -> dict[int, Any] | None:
    """MiniLM vectors of every candidate cue word (None without MiniLM), in one batch."""
    from .attribution_dense import token_vectors

    groups = [
        (
            seg,
            [
                t
                for t in seg
                if not _inside(t.idx, quotes)
                and (_is_candidate(t, cues) or _is_noun_candidate(t, cues))
            ],
        )
        for seg in segs
    ]
    return token_vectors(groups)


def _vector(vectors: dict[int, Any] | None, tok: Token) -> Any:
    return vectors.get(tok.i) if vectors is not None else None


def candidate_vectors(doc: Doc, toks: list[Token]) -> dict[int, Any] | None:
    """MiniLM vectors of the given cue candidates (from `cue_candidates`) in their segments,
    as `find_attributions` computes them; None without MiniLM."""
    from .attribution_dense import token_vectors

    wanted = {t.i for t in toks}
    return token_vectors([(seg, [t for t in seg if t.i in wanted]) for seg in segments(doc)])


def cue_candidates(doc: Doc) -> list[tuple[Token, list[str]]]:
    """Every verb that could be a cue (it has something to attribute), with its features.

    The cue model is trained on these (see `sitroom.bench.polnear.train_cue_model`) and
    `find_attributions` scores the same candidates.
    """
    cues = load_cues()
    quotes = quote_regions(doc_text(doc))
    out: list[tuple[Token, list[str]]] = []
    for seg in segments(doc):
        for tok in seg:
            if _inside(tok.idx, quotes):
                continue
            if _is_candidate(tok, cues):
                content, kind = _content(tok, seg, cues, quotes)
                if content is not None:
                    subj = _subject(tok, seg, quotes=quotes)
                    out.append((tok, cue_features(tok, kind, subj, cues, content)))
            elif _is_noun_candidate(tok, cues):
                content, kind = _noun_content(tok, seg)
                if content is not None:
                    out.append(
                        (tok, cue_features(tok, kind, _noun_source(tok, seg), cues, content))
                    )
    return out


def _is_candidate(tok: Token, cues: dict[str, Any]) -> bool:
    if not any(ch.isalpha() for ch in tok.text):
        return False  # a dash signing a quotation, tagged as a verb (see `_signed_quotes`)
    if tok.ent_type_ and tok.text[:1].isupper() and tok.i != tok.sent.start:
        return False  # "Saw" of the "Pyu Saw Htee" militia: a word of a name
    return tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.lemma_ in cues["say_verbs"])


def _is_noun_candidate(tok: Token, cues: dict[str, Any]) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and (
        tok.lemma_.lower() in cues["cue_nouns"] or tok.lower_ in cues["cue_nouns"]
    )


def _according(tok: Token, seg: Span) -> Attribution | None:
    to = seg.doc[tok.i + 1]
    objs = [c for c in to.children if c.dep_ == "pobj"] or [
        c for c in tok.children if c.dep_ == "pobj"
    ]
    if not objs or objs[0].lemma_.lower() in load_cues()["rule_nouns"]:
        return None  # "according to Muslim custom": a practice, no source
    source = _span_of(objs[0], seg)
    phrase_lo = tok.i
    phrase_hi = max(t.i for t in objs[0].subtree)
    # The content is the rest of the sentence on the longer side of the phrase.
    before = [t for t in seg if t.i < phrase_lo]
    after = [t for t in seg if t.i > phrase_hi]
    side = before if len(before) >= len(after) else after
    content = _clip(side, seg)
    if source is None or content is None:
        return None
    return Attribution(
        source=source,
        cue=(tok.idx, to.idx + len(to.text)),
        content=content,
        sentence=(seg.start_char, seg.end_char),
        lemma="according to",
        kind="according",
        source_head=(objs[0].idx, objs[0].idx + len(objs[0].text)),
    )


# "In the poll, X leads", "by one estimate, X": a text or count that reports a finding heads
# the clause. PARC and PolNeAR annotate the preposition as the cue and the text as the source.
# Only texts that report findings: "in a statement, she said" is the verb's attribution.
_EVIDENCE_PREPS = {
    "in": {"poll", "survey", "study", "report", "analysis", "census", "audit", "review",
           "research", "findings", "ranking", "tally", "count"},
    "by": {"estimate", "count", "tally", "measure", "calculation", "reckoning"},
}  # fmt: skip


def _evidence_phrase(tok: Token, seg: Span) -> Attribution | None:
    """'In a recent poll, most voters ...' with the poll as the source."""
    head = tok.head
    if head.pos_ not in ("VERB", "AUX") or head.dep_ not in ("ROOT", "ccomp", "conj"):
        return None
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if obj is None or obj.lemma_.lower() not in _EVIDENCE_PREPS[tok.lower_]:
        return None
    source = _span_of(obj, seg)
    phrase_hi = max(t.i for t in obj.subtree)
    content = _clip([t for t in head.subtree if t.i < tok.i or t.i > phrase_hi], seg)
    if source is None or content is None:
        return None
    return Attribution(
        source=source,
        cue=(tok.idx, tok.idx + len(tok.text)),
        content=content,
        sentence=(seg.start_char, seg.end_char),
        lemma=tok.lower_,
        kind="evidence",
        source_head=(obj.idx, obj.idx + len(obj.text)),
    )
