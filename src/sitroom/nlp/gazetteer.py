"""The offline gazetteer: GeoNames-derived places looked up by normalized and alternate names."""

from __future__ import annotations


class Gazetteer:
    """Interface stub: replaced by the places stage."""


def load_gazetteer(path: str | None = None) -> Gazetteer:
    """The gazetteer at `path`, or the one shipped in the package when None. (Interface stub.)"""
    return Gazetteer()
