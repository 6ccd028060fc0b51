"""Parsed Docs built by hand, so parse-dependent rules are tested without a statistical model."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc


def hand_doc(tokens: list[tuple]) -> Doc:
    """A parsed Doc built by hand: (word, lemma, pos, dep, head index[, tag]) per token."""
    nlp = spacy.blank("en")
    return Doc(
        nlp.vocab,
        words=[t[0] for t in tokens],
        spaces=[i + 1 < len(tokens) and tokens[i + 1][2] != "PUNCT" for i in range(len(tokens))],
        lemmas=[t[1] for t in tokens],
        pos=[t[2] for t in tokens],
        tags=[t[5] if len(t) > 5 else "" for t in tokens],
        deps=[t[3] for t in tokens],
        heads=[t[4] for t in tokens],
        sent_starts=[i == 0 for i in range(len(tokens))],
    )
