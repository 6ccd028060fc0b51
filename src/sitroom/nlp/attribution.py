"""Attribution: find who is said to say what (source, cue and content spans) in a parsed Doc."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Span, Token

CUES_FILE = "cues-v1.json"

# Subject dependencies that name who speaks; "agent" covers passives ("was said by X").
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
_RELATIVE = {"who", "which", "that", "whom"}
_QUOTES = "\"“”«»‘’'"
# An embedded post as news sites print it: text, then "— Name (@handle) Month D, YYYY".
_EMBED = re.compile(
    r"[—–-]{1,2}\s*(?P<name>[^\n()@—–]{2,60}?)\s*\(@(?P<handle>\w{1,30})\)\s*"
    r"(?P<date>[A-Z][a-z]+\.? \d{1,2}, \d{4})?"
)


@dataclass(frozen=True)
class Attribution:
    """One attributed statement, as character offsets into the Doc text.

    Attributes:
        source: the span naming who speaks (None when the text does not say, as in
            "it was reported that ...").
        cue: the words that mark the attribution ("said", "according to", "wrote").
        content: what is attributed.
        sentence: the sentence (or paragraph, for embedded posts) the attribution sits in.
        lemma: the cue's lemma ("say", "according to", "post").
        kind: how it was found: "verb", "according", "embed".
        source_head: the offsets of the source's head word (None without a source).
        negated: the cue verb is negated ("did not confirm").
    """

    source: tuple[int, int] | None
    cue: tuple[int, int]
    content: tuple[int, int]
    sentence: tuple[int, int]
    lemma: str
    kind: str = "verb"
    source_head: tuple[int, int] | None = None
    negated: bool = False


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
        "claim_nouns",
        "report_nouns",
    ):
        data[key] = frozenset(data.get(key, ()))
    return data


def segments(doc: Doc) -> list[Span]:
    """The Doc's sentences, split again at line breaks (the parser often runs across them)."""
    out: list[Span] = []
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            if tok.is_space and "\n" in tok.text:
                if tok.i > start:
                    out.append(doc[start : tok.i])
                start = tok.i + 1
        if start < sent.end:
            out.append(doc[start : sent.end])
    return [s for s in out if any(not t.is_space for t in s)]


def find_attributions(doc: Doc) -> list[Attribution]:
    """Every attribution in `doc`: verbs of saying, "according to" phrases and embedded posts.

    Args:
        doc: a parsed Doc (dependency labels are needed for verb cues).

    Returns:
        Attributions in text order of their cues.
    """
    cues = load_cues()
    found: list[Attribution] = []
    for seg in segments(doc):
        for tok in seg:
            att: Attribution | None = None
            if tok.lower_ == "according" and tok.i + 1 < seg.end and doc[tok.i + 1].lower_ == "to":
                att = _according(tok, seg)
            elif tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in cues["say_verbs"]:
                att = _verb(tok, seg, cues)
            if att is not None:
                found.append(att)
    found.extend(_embedded_posts(doc))
    found.sort(key=lambda a: a.cue)
    # One attribution per cue: an embedded post may share words with a verb cue.
    unique: list[Attribution] = []
    for att in found:
        if unique and _overlaps(unique[-1].cue, att.cue):
            continue
        unique.append(att)
    return unique


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _clip(tokens: list[Token], seg: Span) -> tuple[int, int] | None:
    """Character span of the tokens inside `seg`, without edge punctuation and spaces."""
    toks = sorted(
        (t for t in tokens if seg.start <= t.i < seg.end and not t.is_space), key=lambda t: t.i
    )
    while toks and (toks[0].is_punct and toks[0].text not in _QUOTES):
        toks.pop(0)
    while toks and (toks[-1].is_punct and toks[-1].text not in _QUOTES or toks[-1].is_space):
        if toks[-1].text == ")" and any(t.text == "(" for t in toks):
            break  # keep a closing bracket whose opening one is in the span
        toks.pop()
    if not toks:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _span_of(tok: Token, seg: Span, *, without: Token | None = None) -> tuple[int, int] | None:
    """The subtree of `tok` in `seg` as one contiguous character span (minus `without`'s)."""
    skip = {t.i for t in without.subtree} if without is not None else set()
    toks = [t for t in tok.subtree if t.i not in skip]
    if not toks:
        return None
    lo, hi = min(t.i for t in toks), max(t.i for t in toks)
    return _clip([t for t in seg.doc[lo : hi + 1] if t.i not in skip], seg)


def _according(tok: Token, seg: Span) -> Attribution | None:
    to = seg.doc[tok.i + 1]
    objs = [c for c in to.children if c.dep_ == "pobj"] or [
        c for c in tok.children if c.dep_ == "pobj"
    ]
    if not objs:
        return None
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


def _subject(tok: Token) -> Token | None:
    """Who speaks for the verb `tok`: its subject, a passive agent, or its conjunct's subject."""
    for child in tok.children:
        if child.dep_ in ("nsubj", "csubj"):
            if child.lower_ in _RELATIVE and tok.dep_ == "relcl":
                return tok.head
            return child
    for child in tok.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    if any(c.dep_ == "nsubjpass" for c in tok.children):
        return None  # "it was reported that ...": no source given
    if tok.dep_ in ("conj", "xcomp") and tok.head is not tok:
        return _subject(tok.head)
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head  # "..., a spokesman saying ..."
    return None


def _quote_span(tok: Token, seg: Span) -> tuple[int, int] | None:
    """The quotation in `seg` nearest to `tok`, as character offsets."""
    text = seg.doc.text
    best: tuple[int, int] | None = None
    for m in re.finditer(r"[\"“]([^\"“”]{3,}?)[\"”]", text[seg.start_char : seg.end_char]):
        span = (seg.start_char + m.start(), seg.start_char + m.end())
        if best is None or abs(span[0] - tok.idx) < abs(best[0] - tok.idx):
            best = span
    return best


def _verb(tok: Token, seg: Span, cues: dict[str, Any]) -> Attribution | None:
    lemma = tok.lemma_.lower()
    content_tok = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    content: tuple[int, int] | None = None
    if content_tok is None and lemma in cues["np_content_verbs"]:
        content_tok = next((c for c in tok.children if c.dep_ in ("dobj", "xcomp")), None)
    if content_tok is None and lemma in ("call", "urge", "demand", "ask", "warn", "point"):
        content_tok = next((c for c in tok.children if c.dep_ == "prep"), None)
    if content_tok is not None:
        content = _span_of(content_tok, seg)
    elif tok.dep_ == "parataxis" and tok.head.i in range(seg.start, seg.end):
        content = _span_of(tok.head, seg, without=tok)
    elif lemma in cues["quote_verbs"]:
        content = _quote_span(tok, seg)
        if content is not None and content[0] <= tok.idx < content[1]:
            content = None  # a verb inside the quotation does not introduce it
    if content is None:
        return None
    subj = _subject(tok)
    source = _span_of(subj, seg) if subj is not None else None
    if source is not None and _overlaps(source, content):
        source = None
    # The cue with its auxiliaries and particles ("has said", "called for").
    parts = [tok] + [c for c in tok.children if c.dep_ in ("aux", "neg", "prt") and c.i > tok.i - 4]
    lo = min(p.i for p in parts)
    hi = max(p.i for p in parts)
    cue_toks = [t for t in seg.doc[lo : hi + 1] if t.i == tok.i or t in parts]
    cue = (cue_toks[0].idx, cue_toks[-1].idx + len(cue_toks[-1].text))
    if _overlaps(cue, content):
        cue = (tok.idx, tok.idx + len(tok.text))
    return Attribution(
        source=source,
        cue=cue,
        content=content,
        sentence=(seg.start_char, seg.end_char),
        lemma=lemma,
        kind="verb",
        source_head=(subj.idx, subj.idx + len(subj.text)) if subj is not None else None,
        negated=any(c.dep_ == "neg" for c in tok.children),
    )


def _embedded_posts(doc: Doc) -> list[Attribution]:
    """Posts quoted the way news sites embed them: text, then "— Name (@handle) date"."""
    text = doc.text
    found: list[Attribution] = []
    for m in _EMBED.finditer(text):
        para_start = text.rfind("\n", 0, m.start()) + 1
        content = text[para_start : m.start()].strip()
        if len(content) < 3:
            continue
        c_start = para_start + text[para_start : m.start()].find(content)
        para_end = text.find("\n", m.end())
        para_end = len(text) if para_end < 0 else para_end
        name = m.group("name").strip()
        n_start = m.start("name") + m.group("name").find(name)
        found.append(
            Attribution(
                source=(n_start, n_start + len(name)),
                cue=(m.start(), m.start() + 1),
                content=(c_start, c_start + len(content)),
                sentence=(para_start, para_end),
                lemma="post",
                kind="embed",
                source_head=(n_start, n_start + len(name)),
            )
        )
    return found
