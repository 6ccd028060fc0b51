"""Event typing: ACLED sub-event type of a sentence or snippet, from cue rules and a trained model.

The label set is CASE 2021 Task 2's: the 25 ACLED sub-event codes plus five non-ACLED codes
(crime, disasters, diplomacy, attribution) that the classifier knows so that it does not force
such sentences into the taxonomy. `acled_type` maps a code to the contract's
(event_type, sub_event_type) pair, or None for the non-ACLED codes.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

log = logging.getLogger("sitroom")

CUES_FILE = "event-cues-v1.json"


@dataclass(frozen=True)
class Cue:
    """A cue phrase for one code found in a text, with its character offsets in that text."""

    code: str
    start: int
    end: int


@dataclass(frozen=True)
class CueLexicon:
    """The versioned cue data: code -> ACLED pair, code precedence, compiled cue patterns."""

    acled: dict[str, tuple[str, str]]
    non_acled: tuple[str, ...]
    order: tuple[str, ...]
    trigger_codes: frozenset[str]
    patterns: dict[str, re.Pattern[str]]

    @property
    def labels(self) -> tuple[str, ...]:
        """All 30 codes: the 25 ACLED ones, sorted, then the non-ACLED ones."""
        return (*sorted(self.acled), *self.non_acled)


@cache
def load_cues() -> CueLexicon:
    """Load the cue lexicon shipped in `sitroom/data` (once per process)."""
    raw: dict[str, Any] = json.loads(
        resources.files("sitroom").joinpath("data", CUES_FILE).read_text(encoding="utf-8")
    )
    patterns = {
        code: re.compile(r"\b(?:" + "|".join(alts) + r")\b", re.IGNORECASE)
        for code, alts in raw["cues"].items()
    }
    return CueLexicon(
        acled={code: (pair[0], pair[1]) for code, pair in raw["acled"].items()},
        non_acled=tuple(raw["non_acled"]),
        order=tuple(raw["order"]),
        trigger_codes=frozenset(raw["trigger_codes"]),
        patterns=patterns,
    )


SEEN_LABELS: tuple[str, ...] = tuple(sorted(load_cues().acled))
UNSEEN_B: tuple[str, ...] = ("ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER")
UNSEEN_C: tuple[str, ...] = ("DIPLO", "ATTRIB")
ALL_LABELS: tuple[str, ...] = (*SEEN_LABELS, *UNSEEN_B, *UNSEEN_C)


def acled_type(code: str) -> tuple[str, str] | None:
    """The contract's (event_type, sub_event_type) of a CASE code; None for non-ACLED codes."""
    return load_cues().acled.get(code)


def find_cues(text: str, *, codes: frozenset[str] | None = None) -> list[Cue]:
    """Every cue phrase in `text`, in text order, optionally only for some codes."""
    lex = load_cues()
    found = [
        Cue(code, m.start(), m.end())
        for code, pattern in lex.patterns.items()
        if codes is None or code in codes
        for m in pattern.finditer(text)
    ]
    return sorted(found, key=lambda c: (c.start, lex.order.index(c.code)))


def rule_label(text: str, *, allowed: tuple[str, ...] | None = None) -> str | None:
    """The most specific code whose cues occur in `text` (ACLED precedence), or None."""
    lex = load_cues()
    present = {cue.code for cue in find_cues(text)}
    for code in lex.order:
        if code in present and (allowed is None or code in allowed):
            return code
    return None


def cue_features(text: str) -> dict[str, float]:
    """Sparse features from the cue rules: one per code present, and one for the rule's pick."""
    feats: dict[str, float] = {}
    for cue in find_cues(text):
        feats[f"cue={cue.code}"] = 1.0
    top = rule_label(text)
    if top is not None:
        feats[f"rule={top}"] = 1.0
    return feats


def classify_sentences(texts: list[str], *, hint: list[set[str]] | None = None) -> list[str]:
    """The code of each text: the rule pick among its cue codes (the hint) when given.

    Args:
        texts: sentences or short snippets, each describing one event.
        hint: per text, the codes whose cues were found as real events; the pick is one of them.

    Returns:
        One CASE code per text ("OTHER" when nothing matches).
    """
    lex = load_cues()
    out = []
    for i, text in enumerate(texts):
        allowed = tuple(hint[i]) if hint is not None else None
        code = rule_label(text, allowed=allowed)
        out.append(code or (sorted(allowed, key=lex.order.index)[0] if allowed else "OTHER"))
    return out
