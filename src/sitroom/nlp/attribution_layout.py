"""Attributions marked by layout, not grammar: embedded posts, signed quotes, 'Name:' lines."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .attribution_spans import Attribution
from .doctext import doc_text

# An embedded post as news sites print it: text, then "— Name (@handle) Month D, YYYY".
_EMBED = re.compile(
    r"[—–-]{1,2}\s*(?P<name>[^\n()@—–]{2,60}?)\s*\(@(?P<handle>\w{1,30})\)\s*"
    r"(?P<date>[A-Z][a-z]+\.? \d{1,2}, \d{4})?"
)


def _embedded_posts(doc: Doc) -> list[Attribution]:
    """Posts quoted the way news sites embed them: text, then "— Name (@handle) date"."""
    text = doc_text(doc)
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


# A quotation signed with a dash: '"...” ― Name Surname'. The closing mark is matched here, not
# taken from `quote_regions`: a quotation holding another ('he calls “hell”') pairs there wrongly.
_SIGNED = re.compile(
    r"(?P<close>[\"”]|'')[^\S\n]*[―—–]{1,2}[^\S\n]*(?P<name>(?:[A-Z][\w.'’-]*[^\S\n]?){1,4})"
    r"(?=[.,]?[^\S\n]*(?:\n|$))"  # the signature ends its line, unlike '“...” — Senators said'
)


def _signed_quotes(text: str, quotes: list[tuple[int, int]]) -> list[Attribution]:
    """Quotations followed by a dash and a name, as collections of readers' voices print them.

    The quotation runs from its line's start to the closing mark before the dash.
    """
    del quotes  # kept for callers; see _SIGNED
    found: list[Attribution] = []
    for m in _SIGNED.finditer(text):
        if "@" in text[m.end() : m.end() + 3]:
            continue  # an embedded post ("— Name (@handle)"), read by `_embedded_posts`
        line_start = text.rfind("\n", 0, m.start()) + 1
        q_start = (
            line_start
            + len(text[line_start : m.start()])
            - len(text[line_start : m.start()].lstrip())
        )
        q_end = m.end("close")
        if q_end - q_start < 3:
            continue
        name = m.group("name").strip()
        n_start = m.start("name")
        dash = text.find(text[m.end("close") :].lstrip()[0], m.end("close"))
        found.append(
            Attribution(
                source=(n_start, n_start + len(name)),
                cue=(dash, dash + 1),
                content=(q_start, q_end),
                sentence=(q_start, n_start + len(name)),
                lemma="sign",
                kind="signed",
                source_head=(n_start, n_start + len(name)),
            )
        )
    return found


# "Name: words" at the start of a line (headlines, transcripts): up to four capitalised words.
_COLON = re.compile(
    r"^[\"“]?(?P<name>(?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*):\s+(?P<content>\S.*)$", re.M
)


def _speaker_colon(doc: Doc) -> list[Attribution]:
    """'Pence: the debate will go ahead' and transcript lines 'WALLACE: Let's start ...'."""
    text = doc_text(doc)
    found: list[Attribution] = []
    for m in _COLON.finditer(text):
        name = m.group("name")
        if name.lower() in _COLON_NOT_SPEAKERS:
            continue
        content_end = m.end("content")
        # In a headline the statement is the line; in running text, up to the sentence end.
        stop = re.search(r"(?<=[.!?”\"])\s", text[m.start("content") : content_end])
        if stop and content_end - m.start("content") > 200:
            content_end = m.start("content") + stop.start()
        found.append(
            Attribution(
                source=(m.start("name"), m.end("name")),
                cue=(m.end("name"), m.end("name") + 1),
                content=(m.start("content"), content_end),
                sentence=(m.start(), m.end()),
                lemma="colon",
                kind="colon",
                source_head=(m.start("name"), m.end("name")),
            )
        )
    return found


# Line-initial labels that introduce something other than a speaker's words.
_COLON_NOT_SPEAKERS = {
    "update", "updated", "note", "editor's note", "related", "read more", "watch", "photo",
    "video", "source", "sources", "analysis", "opinion", "breaking", "exclusive",
    "correction", "warning", "q", "a", "the latest", "see also", "more", "also", "read",
}  # fmt: skip
