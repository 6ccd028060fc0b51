"""Read dated articles from files: the `date YYYY-MM-DD` header, optional metadata, the body.

The article format (../shared/CONTRACT.md): a `date YYYY-MM-DD` header (leading white space
allowed), then the text on the same line or the next. When the date stands on its own line, it may
be followed by `outlet NAME`, `url URL` and `title TEXT` lines (a colon after the key is allowed).
Character offsets in a reading index the body: the text after the headers, white space stripped.
HTML files (`.html`, `.htm`, or text starting with a tag) are reduced to their article text first.
"""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path

import trafilatura

from .errors import ArticleError, ArticleFormatError, BinaryArticleError, EmptyArticleError
from .models import Article

# spaCy's default Doc length limit; longer texts need far more memory than an article ever should.
MAX_BODY_CHARS = 1_000_000

_DATE_HEADER = re.compile(r"\A\s*date\s*:?\s+(?P<date>\S+)[ \t]*(?P<rest>[^\n]*)", re.IGNORECASE)
_META_LINE = re.compile(r"\A(?P<key>outlet|url|title)\s*:?\s+(?P<value>\S[^\n]*)", re.IGNORECASE)
_HTML_START = re.compile(r"\A\s*(<!doctype html|<html|<head|<body|<article|<p[\s>])", re.IGNORECASE)


def parse_date(text: str, *, where: str) -> dt.date:
    """A `YYYY-MM-DD` date, or an ArticleFormatError naming `where` and the fix."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError as e:
        raise ArticleFormatError(
            f'{where}: expected a date as YYYY-MM-DD, found "{text}"; write it like 2021-09-06'
        ) from e


def parse_article(
    text: str,
    *,
    path: str | None = None,
    published: dt.date | None = None,
    outlet: str | None = None,
) -> Article:
    """An Article from the text of an article file.

    Args:
        text: the whole file as text.
        path: where it came from, for messages and the document record.
        published: the publication date; it wins over the file's header when both are given.
        outlet: the outlet; wins over an `outlet` header line.

    Raises:
        EmptyArticleError: nothing but white space (or headers).
        ArticleFormatError: no date header and no `published`, or a malformed date.
        ArticleError: the body is too long to read as one article.
    """
    where = path or "<text>"
    if not text.strip():
        raise EmptyArticleError(f"{where}: the file is empty; give it a dated article text")
    meta: dict[str, str] = {}
    header = _DATE_HEADER.match(text)
    header_date = None
    if header:
        header_date = parse_date(header["date"], where=f"{where}:1")
        rest = header["rest"].strip()
        remainder = text[header.end() :]
        if rest:
            body = rest + remainder
        else:
            lines = remainder.lstrip("\r\n").split("\n")
            while lines and (m := _META_LINE.match(lines[0].strip())):
                meta[m["key"].lower()] = m["value"].strip()
                lines.pop(0)
            body = "\n".join(lines)
    else:
        body = text
    if _HTML_START.match(body) or (path and Path(path).suffix.lower() in (".html", ".htm")):
        page = trafilatura.extract_metadata(body)
        if header_date is None and page is not None and page.date:
            header_date = parse_date(page.date[:10], where=where)
        if page is not None and page.title:
            meta.setdefault("title", page.title)
        # trafilatura keeps the article and drops navigation and boilerplate; on fragments too
        # short for it to call an article, every visible word is kept instead.
        body = trafilatura.extract(body, favor_recall=True) or html_to_text(body)
    body = body.strip()
    if published is None:
        published = header_date
    if published is None:
        first = text.strip().splitlines()[0][:40]
        raise ArticleFormatError(
            f'{where}:1: expected "date YYYY-MM-DD" as the first line, found "{first}"; '
            f"add the header or pass --published YYYY-MM-DD"
        )
    if not body:
        raise EmptyArticleError(f"{where}: the article has a date but no text")
    if len(body) > MAX_BODY_CHARS:
        raise ArticleError(
            f"{where}: the body has {len(body):,} characters, more than the {MAX_BODY_CHARS:,} "
            f"one article may have; split the file into its articles"
        )
    return Article(
        body=body,
        published=published,
        outlet=outlet or meta.get("outlet"),
        url=meta.get("url"),
        title=meta.get("title"),
        path=path,
    )


def read_article(
    path: str | Path, *, published: dt.date | None = None, outlet: str | None = None
) -> Article:
    """Read one article file (UTF-8, with or without a byte-order mark).

    Raises:
        ArticleError: unreadable file; BinaryArticleError for binary or non-UTF-8 content;
            and the errors of `parse_article`.
    """
    path = Path(path)
    name = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError as e:
        raise ArticleError(f"{name}: no such file; check the path") from e
    except IsADirectoryError as e:
        raise ArticleError(f"{name}: is a directory; pass the article files in it") from e
    except OSError as e:
        raise ArticleError(f"{name}: cannot read it ({e.strerror}); check its permissions") from e
    if b"\x00" in raw[:8192]:
        raise BinaryArticleError(
            f"{name}: binary file, not an article; give a UTF-8 text or HTML file"
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise BinaryArticleError(
            f"{name}: not UTF-8 (byte {e.start}); convert it, e.g. "
            f"iconv -f WINDOWS-1252 -t UTF-8 {name} > fixed.txt"
        ) from e
    return parse_article(text, path=name, published=published, outlet=outlet)


class _TextExtractor(HTMLParser):
    """Visible text of an HTML page, paragraph breaks kept, scripts and styles dropped."""

    _SKIP = frozenset({"script", "style", "noscript", "head", "nav", "footer", "template"})
    _BLOCK = frozenset(
        {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self.skipping += 1
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """The visible text of an HTML document or fragment (tolerates broken markup)."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" ?\n ?", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
