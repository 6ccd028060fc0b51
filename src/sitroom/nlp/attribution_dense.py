"""Contextual MiniLM vectors of candidate cue words, read by the cue model's dense part."""

from __future__ import annotations

import logging

import numpy as np
from spacy.tokens import Span, Token

log = logging.getLogger("sitroom")

DIM = 384
# MiniLM's own limit on word pieces per segment; longer segments are cut (their later words get
# a zero vector, which the model reads as "no evidence").
_MAX_PIECES = 256


def token_vectors(groups: list[tuple[Span, list[Token]]]) -> dict[int, np.ndarray] | None:
    """Each token's MiniLM vector in the context of its segment (last layer, its word pieces
    averaged, unit length): "sent a letter" and "sent troops" give "sent" different vectors.

    Args:
        groups: segments with the tokens of each whose vectors are wanted.

    Returns:
        Token index -> vector (zeros where a token has no word piece), or None without MiniLM
        (the embed extra).
    """
    from .event_types import _minilm

    encoder = _minilm()
    if encoder is None:
        return None
    import torch

    tokenizer, bert = encoder.tokenizer, encoder[0].auto_model
    bert.eval()
    out: dict[int, np.ndarray] = {}
    groups = sorted((g for g in groups if g[1]), key=lambda g: len(g[0].text))
    with torch.no_grad():
        for b in range(0, len(groups), 32):
            batch = groups[b : b + 32]
            enc = tokenizer(
                [seg.text for seg, _ in batch],
                padding=True,
                truncation=True,
                max_length=_MAX_PIECES,
                return_tensors="pt",
                return_offsets_mapping=True,
            )
            offsets = enc.pop("offset_mapping").numpy()
            hidden = bert(**enc).last_hidden_state.numpy()
            for j, (seg, toks) in enumerate(batch):
                lo, hi = offsets[j, :, 0], offsets[j, :, 1]
                for tok in toks:
                    a = tok.idx - seg.start_char
                    z = a + len(tok.text)
                    mask = (lo < z) & (hi > a) & (hi > lo)
                    vec = hidden[j, mask].mean(axis=0) if mask.any() else np.zeros(DIM)
                    norm = float(np.linalg.norm(vec))
                    out[tok.i] = (vec / norm if norm else vec).astype(np.float32)
    return out
