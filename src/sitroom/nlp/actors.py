"""Actors: persons, groups and outlets with kind, roles and aliases, one per real entity."""

from __future__ import annotations

from spacy.tokens import Doc

from ..models import Actor, Place


def extract_actors(doc: Doc, *, places: list[Place]) -> list[Actor]:
    """Every actor named in `doc` (places given so toponyms are not taken as actors). (Stub.)"""
    return []
