"""Attribution records and the character spans they are built from: quotations, token subtrees."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from .doctext import dateline_end

_QUOTES = "\"“”«»‘’'"


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
        kind: how it was found: "verb", "according", "embed", "signed", "colon", "noun"
            (a nominal cue: "her claim that ..."), "evidence" ("in the poll, ..."), "clause" (a
            denial split out of another statement's words: claims_drafts.split_denials).
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


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Quotations in `text` (quote marks included), each within one paragraph.

    Curly quotes pair by direction; straight double quotes pair in order. An opening mark left
    unclosed at the paragraph's end (a quote running on into the next paragraph) closes there.
    """
    regions: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        open_at: int | None = None
        first = True
        for m in _QUOTE_MARK.finditer(para.group()):
            mark, at = m.group(), para.start() + m.start()
            if first and mark == "”" and m.start() > 20:
                # The paragraph goes on with a quotation opened in the paragraph before.
                regions.append((para.start(), at + 1))
                first = False
                continue
            first = False
            if open_at is None:
                if mark != "”":
                    open_at = at
            elif mark != "“":
                regions.append((open_at, at + len(mark)))
                open_at = None
            else:
                open_at = at
        if open_at is not None and para.end() - open_at > 20:
            regions.append((open_at, para.end()))
    return regions


# Quotation marks: curly, straight, and the doubled single quotes some papers print ('').
_QUOTE_MARK = re.compile(r"''|``|[\"“”]")


def _inside(at: int, regions: list[tuple[int, int]]) -> bool:
    return any(lo < at < hi - 1 for lo, hi in regions)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _clip(tokens: list[Token], seg: Span) -> tuple[int, int] | None:
    """Character span of the tokens inside `seg`, without edge punctuation and spaces, nor an
    opening wire dateline ("NIAMEY - ")."""
    dateline = dateline_end(seg.doc)
    toks = sorted(
        (t for t in tokens if seg.start <= t.i < seg.end and not t.is_space and t.idx >= dateline),
        key=lambda t: t.i,
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
