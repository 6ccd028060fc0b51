"""Toponyms: recognize place names and resolve each to a gazetteer entry."""

from __future__ import annotations

from spacy.tokens import Doc

from ..models import Place
from .gazetteer import Gazetteer


def extract_places(doc: Doc, gazetteer: Gazetteer) -> list[Place]:
    """Every toponym in `doc`, resolved against `gazetteer`. (Interface stub.)"""
    return []
