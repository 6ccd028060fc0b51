"""Speed of `sitroom read` against a bare spaCy parse with the same model, on the same texts.

Texts: the seed article, our own examples, and the first N news articles of the LGL geoparsing
corpus in ../shared (read by path, never copied). Each text is read once by the bare spaCy model
and once by the full sitroom reader (both loaded before timing, both with `pipe` and the same batch
size), then once more component by component to show each stage's share.

Usage: .venv/bin/python benchmarks/speed.py [--articles N]   (SITROOM_THOROUGH=1: thorough reading)
Last line: read_words_per_s=... spacy_words_per_s=... ratio=... articles_per_s=... peak_mb=...
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import sys
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import spacy

from sitroom.config import Settings
from sitroom.ingest import read_article
from sitroom.models import Article
from sitroom.nlp.event_types import embed_texts
from sitroom.reader import Reader

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def load_texts(n_articles: int) -> list[Article]:
    """The seed, our examples and the first LGL news articles, as dated articles."""
    articles = [read_article(SHARED / "examples" / "seed-article.txt")]
    articles += [read_article(p) for p in sorted((REPO / "examples").glob("*.txt"))]
    root = ET.parse(SHARED / "benchmarks" / "geoparsing" / "LGL.xml").getroot()
    for node in root.iter("article"):
        if len(articles) >= n_articles:
            break
        text = (node.findtext("text") or "").strip()
        stamp = (node.findtext("dltime") or "2009-01-01")[:10]
        if text:
            articles.append(Article(body=text, published=dt.date.fromisoformat(stamp)))
    return articles


def peak_mb() -> float:
    """Peak resident memory of this process in MB (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200, help="articles to read (default 200)")
    args = parser.parse_args(argv)

    settings = Settings.load()
    articles = load_texts(args.articles)
    bare = spacy.load(settings.model)
    reader = Reader(settings)
    nlp = reader.nlp  # load before timing: the first load is not reading speed
    for _ in bare.pipe(a.body for a in articles[:5]):  # warm up caches before timing
        pass
    # MiniLM (the embed extra) loads on the first statement the stance model reads: a one-time
    # cost of about 2 s, like the pipeline's, not reading speed.
    embed_texts(["warm up"])
    words = sum(len(bare.make_doc(a.body)) for a in articles)

    start = time.perf_counter()
    for _ in bare.pipe((a.body for a in articles), batch_size=settings.batch_size):
        pass
    spacy_s = time.perf_counter() - start

    start = time.perf_counter()
    readings = list(reader.read_many(articles))
    read_s = time.perf_counter() - start

    per_stage: dict[str, float] = defaultdict(float)
    for article in articles:
        doc = nlp.make_doc(article.body)
        doc._.sitroom_published = article.published
        for name, component in nlp.pipeline:
            t = time.perf_counter()
            doc = component(doc)
            per_stage[name] += time.perf_counter() - t
    parse_s = sum(v for k, v in per_stage.items() if not k.startswith("sitroom_"))

    n = len(articles)
    print(f"articles: {n}, words: {words:,}, events found: {sum(len(r.events) for r in readings)}")
    print(f"bare spaCy: {spacy_s:.2f} s; sitroom read: {read_s:.2f} s")
    print("per component (unbatched), ms/article and share of the bare parse:")
    for name, seconds in per_stage.items():
        share = seconds / parse_s if parse_s else 0.0
        print(f"  {name:18s} {1000 * seconds / n:8.2f} ms  {share:7.1%}")
    for label, names in (
        ("times", ["sitroom_times"]),
        ("places", ["sitroom_places"]),
        ("events+actors", ["sitroom_events", "sitroom_actors"]),
        ("claims", ["sitroom_claims"]),
    ):
        stage_s = sum(per_stage[x] for x in names)
        print(
            f"stage {label}: {stage_s / sum(per_stage.values()):.1%} of read time, "
            f"{stage_s / parse_s:.1%} of the bare parse"
        )
    print(
        f"read_words_per_s={words / read_s:.0f} spacy_words_per_s={words / spacy_s:.0f} "
        f"ratio={spacy_s / read_s:.3f} articles_per_s={n / read_s:.2f} peak_mb={peak_mb():.0f}"
    )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
