"""Reading article files: headers, metadata, HTML, and one clear error per kind of bad input."""

from __future__ import annotations

import datetime as dt

import pytest

from sitroom.errors import (
    ArticleError,
    ArticleFormatError,
    BinaryArticleError,
    EmptyArticleError,
)
from sitroom.ingest import html_to_text, parse_article, read_article


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("date 2021-09-06 Fighting resumed.", "Fighting resumed."),
        ("  date 2021-09-06\nFighting resumed.\n", "Fighting resumed."),
        ("date 2021-09-06\n\n  Fighting resumed.  \n\n", "Fighting resumed."),
    ],
)
def test_ingest_header_on_same_or_next_line(text: str, body: str) -> None:
    article = parse_article(text)
    assert article.published == dt.date(2021, 9, 6)
    assert article.body == body


def test_ingest_metadata_lines_after_a_date_line() -> None:
    article = parse_article(
        "date 2024-05-13\noutlet Nile Wire\nurl: https://x.test/a\n\nText here."
    )
    assert (article.outlet, article.url, article.body) == (
        "Nile Wire",
        "https://x.test/a",
        "Text here.",
    )


def test_ingest_published_option_wins_over_header() -> None:
    article = parse_article("date 2021-09-06 Text.", published=dt.date(2021, 9, 7))
    assert article.published == dt.date(2021, 9, 7)


def test_ingest_missing_header_names_file_and_fix() -> None:
    with pytest.raises(ArticleFormatError, match=r"a\.txt:1: .*--published"):
        parse_article("Shelling hit the town.", path="a.txt")


def test_ingest_missing_header_is_fine_with_published() -> None:
    article = parse_article("Shelling hit the town.", published=dt.date(2022, 1, 2))
    assert article.body == "Shelling hit the town."


def test_ingest_malformed_date() -> None:
    with pytest.raises(ArticleFormatError, match="2021-13-45"):
        parse_article("date 2021-13-45 Text.", path="a.txt")


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", EmptyArticleError),
        (b"   \n\t\n", EmptyArticleError),
        (b"date 2021-09-06\n", EmptyArticleError),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", BinaryArticleError),
        (b"date 2021-09-06 caf\xe9 bombed", BinaryArticleError),
    ],
)
def test_ingest_bad_files_raise_named_errors(tmp_path, content: bytes, error: type) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(error, match="bad.txt"):
        read_article(path)


def test_ingest_missing_file(tmp_path) -> None:
    with pytest.raises(ArticleError, match="no such file"):
        read_article(tmp_path / "nope.txt")


def test_ingest_utf8_bom_is_accepted(tmp_path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffdate 2021-09-06 Text.".encode())
    assert read_article(path).body == "Text."


def test_ingest_html_reduced_to_visible_text(tmp_path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        '<html><head><meta property="article:published_time" content="2023-11-20T08:00">'
        "<script>var x=1;</script></head><body><p>Gunmen attacked a post.<p>Two died &amp; more"
        "</body>",
        encoding="utf-8",
    )
    article = read_article(path)
    assert article.published == dt.date(2023, 11, 20)
    assert "Gunmen attacked a post." in article.body and "Two died & more" in article.body
    assert "var x" not in article.body


def test_ingest_broken_html_keeps_text() -> None:
    assert (
        html_to_text("<p>Shelling <b>hit <i>the town</p></div></span>") == "Shelling hit the town"
    )


def test_ingest_huge_body_rejected_with_fix() -> None:
    with pytest.raises(ArticleError, match="split the file"):
        parse_article("date 2021-09-06 " + "word " * 250_000)


def test_ingest_document_id_is_content_hash() -> None:
    a = parse_article("date 2021-09-06 Same text.", path="a.txt")
    b = parse_article("date 2021-09-07\nSame text.", path="b.txt")
    assert a.id == b.id and len(a.id) == 16


def test_ingest_html_page_drops_navigation(tmp_path) -> None:
    paragraph = (
        "<p>Gunmen attacked an army post in the north of the country on Sunday, killing at least "
        "a dozen soldiers and wounding several more, two security sources said on Monday.</p>"
    )
    path = tmp_path / "story.html"
    path.write_text(
        "<html><head><title>Army post attacked</title></head><body>"
        "<nav>Home | World | Sport | Weather</nav><article><h1>Army post attacked</h1>"
        f"{paragraph * 3}</article><footer>All rights reserved</footer></body></html>",
        encoding="utf-8",
    )
    article = read_article(path, published=dt.date(2023, 11, 20))
    assert "Gunmen attacked an army post" in article.body
    assert "Weather" not in article.body and "rights reserved" not in article.body
    assert article.title == "Army post attacked"
