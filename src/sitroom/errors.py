"""Errors sitroom raises: each says what went wrong, where, and what to do next."""

from __future__ import annotations


class SitroomError(Exception):
    """Base of every error sitroom raises on purpose."""


class ArticleError(SitroomError):
    """An article file cannot be read as a dated article."""


class ArticleFormatError(ArticleError):
    """The article has no usable `date YYYY-MM-DD` header (and no date was given)."""


class EmptyArticleError(ArticleError):
    """The article file is empty or holds only white space."""


class BinaryArticleError(ArticleError):
    """The file is not text (NUL bytes or an undecodable encoding)."""


class StoreError(SitroomError):
    """The event store cannot be opened, migrated or written."""


class IncidentNotFound(SitroomError):
    """No stored incident has the given id."""


class GoldFormatError(SitroomError):
    """A gold file is not in the gold format of CONTRACT.md."""


class BenchmarkDataError(SitroomError):
    """A benchmark file or directory is missing or not in the expected format."""


class MissingExtra(SitroomError):
    """An optional dependency is needed for this feature."""


class ModelError(SitroomError):
    """A model or data file the pipeline needs is missing or broken."""
