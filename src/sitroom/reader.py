"""The reader: one loaded pipeline turns articles into readings (the contract of CONTRACT.md)."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .bench import Track, no_track
from .config import Settings
from .models import Article, Document, Reading

log = logging.getLogger("sitroom")


class Reader:
    """Loads the spaCy pipeline with the sitroom stages once and reads many articles with it.

    Args:
        settings: model, gazetteer and batching; defaults to `Settings.load()`.
    """

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings.load()
        self._nlp: Language | None = None

    @property
    def nlp(self) -> Language:
        """The pipeline, loaded on first use."""
        if self._nlp is None:
            from .nlp import load_pipeline

            self._nlp = load_pipeline(self.settings)
        return self._nlp

    def read(self, article: Article) -> Reading:
        """The reading of one article."""
        return next(iter(self.read_many([article])))

    def read_many(
        self, articles: Iterable[Article], *, track: Track = no_track
    ) -> Iterator[Reading]:
        """Readings of many articles, in order, batched through spaCy.

        Args:
            articles: the articles to read.
            track: progress wrapper over the articles (the CLI passes a progress bar).
        """
        nlp = self.nlp
        pending: list[Article] = []

        def docs() -> Iterator[Doc]:
            for article in track(articles, "reading"):
                doc = nlp.make_doc(article.body)
                doc._.sitroom_published = article.published
                doc._.sitroom_outlet = article.outlet
                pending.append(article)
                yield doc

        # Docs carry the publication date in an extension, so they are made here and passed to
        # pipe; n_process stays 1 because extension values do not cross process boundaries.
        for doc in nlp.pipe(docs(), batch_size=self.settings.batch_size):
            yield to_reading(pending.pop(0), doc)


def to_reading(article: Article, doc: Doc) -> Reading:
    """The contract record of an article from its processed Doc."""
    return Reading(
        document=Document(
            id=article.id,
            published=article.published,
            outlet=article.outlet,
            url=article.url,
            title=article.title,
            path=article.path,
        ),
        events=list(doc._.sitroom_events or []),
        claims=list(doc._.sitroom_claims or []),
        times=list(doc._.sitroom_times or []),
        places=list(doc._.sitroom_places or []),
        actors=list(doc._.sitroom_actors or []),
    )


_default_reader: Reader | None = None


def _reader() -> Reader:
    global _default_reader
    if _default_reader is None:
        _default_reader = Reader()
    return _default_reader


def _as_article(item: Article | str, published: dt.date | str | None) -> Article:
    if isinstance(item, Article):
        return item
    if published is None:
        from .ingest import parse_article

        return parse_article(item)
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    return Article(body=item.strip(), published=published)


def read(
    text: str | Article,
    *,
    published: dt.date | str | None = None,
    outlet: str | None = None,
) -> Reading:
    """Read one article.

    Args:
        text: the article body (or a whole file's text with a `date` header), or an Article.
        published: the publication date; needed unless `text` has a `date` header.
        outlet: the outlet that published it.

    Returns:
        The typed reading; `reading.to_json()` is the contract JSON.
    """
    article = _as_article(text, published)
    if outlet is not None:
        article = article.model_copy(update={"outlet": outlet})
    return _reader().read(article)


def read_many(
    texts: Iterable[str | Article], *, published: dt.date | str | None = None
) -> Iterator[Reading]:
    """Read many articles with one loaded pipeline (see `read` for the arguments)."""
    return _reader().read_many(_as_article(t, published) for t in texts)
