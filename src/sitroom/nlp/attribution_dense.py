"""Contextual MiniLM vectors of candidate cue words, read by the cue model's dense part."""

from __future__ import annotations

import copy
import logging
from typing import Any

import numpy as np
from spacy.tokens import Span, Token

log = logging.getLogger("sitroom")

DIM = 384
# MiniLM's own limit on word pieces per segment; longer segments are cut (their later words get
# a zero vector, which the model reads as "no evidence").
_MAX_PIECES = 256


Segment = tuple[np.ndarray, dict[int, np.ndarray]]


def token_vectors(groups: list[tuple[Span, list[Token]]]) -> dict[int, np.ndarray] | None:
    """Each token's MiniLM vector in the context of its segment (last layer, its word pieces
    averaged, unit length): "sent a letter" and "sent troops" give "sent" different vectors.

    Args:
        groups: segments with the tokens of each whose vectors are wanted.

    Returns:
        Token index -> vector (zeros where a token has no word piece), or None without MiniLM
        (the embed extra).
    """
    encoded = encode_candidates(groups)
    return encoded[0] if encoded is not None else None


def encode_candidates(
    groups: list[tuple[Span, list[Token]]],
) -> tuple[dict[int, np.ndarray], list[Segment]] | None:
    """One MiniLM pass over the segments: each wanted token's last-layer vector (as
    `token_vectors`) and each segment's word-piece states below the tuned layer with each
    wanted token's pieces (what `tuned_log_odds` reads).

    Args:
        groups: segments with the candidate cue words of each.

    Returns:
        (token index -> vector, per segment that has wanted tokens (pieces x 384 float32
        states, token index -> indices of its pieces; a token past the piece limit is left
        out)), or None without MiniLM.
    """
    from .event_model_tuned import TUNED_LAYERS
    from .event_types import _minilm

    encoder = _minilm()
    if encoder is None:
        return None
    import torch

    tokenizer, bert = encoder.tokenizer, encoder[0].auto_model
    bert.eval()
    level = len(bert.encoder.layer) - TUNED_LAYERS
    groups = [g for g in groups if g[1]]
    order = sorted(range(len(groups)), key=lambda i: len(groups[i][0].text))
    vectors: dict[int, np.ndarray] = {}
    states: list[Segment] = [(np.zeros((0, DIM), np.float32), {})] * len(groups)
    with torch.no_grad():
        for b in range(0, len(order), 32):
            ids = order[b : b + 32]
            enc = tokenizer(
                [groups[i][0].text for i in ids],
                padding=True,
                truncation=True,
                max_length=_MAX_PIECES,
                return_tensors="pt",
                return_offsets_mapping=True,
            )
            offsets = enc.pop("offset_mapping").numpy()
            out = bert(**enc, output_hidden_states=True)
            hidden = out.last_hidden_state.numpy()
            lower = out.hidden_states[level].numpy()
            for j, i in enumerate(ids):
                seg, toks = groups[i]
                n = int(enc["attention_mask"][j].sum())
                lo, hi = offsets[j, :n, 0], offsets[j, :n, 1]
                pieces: dict[int, np.ndarray] = {}
                for tok in toks:
                    a = tok.idx - seg.start_char
                    z = a + len(tok.text)
                    idx = np.flatnonzero((lo < z) & (hi > a) & (hi > lo))
                    vec = hidden[j, idx].mean(axis=0) if idx.size else np.zeros(DIM)
                    norm = float(np.linalg.norm(vec))
                    vectors[tok.i] = (vec / norm if norm else vec).astype(np.float32)
                    if idx.size:
                        pieces[tok.i] = idx
                states[i] = (lower[j, :n].astype(np.float32), pieces)
    return vectors, states


# The tuned cue scorer: MiniLM's last layer fine-tuned with a one-logit head on the candidate
# cue word's word pieces. Its settings are event_model_tuned's recipe (fixed a priori there).
def _cue_net(encoder: Any) -> Any:
    import torch

    from .event_model_tuned import TUNED_LAYERS

    bert = encoder[0].auto_model
    top = bert.encoder.layer[len(bert.encoder.layer) - TUNED_LAYERS :]

    class TunedCue(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.layers = copy.deepcopy(top)
            self.head = torch.nn.Linear(top[0].output.dense.out_features, 1)
            torch.nn.init.zeros_(self.head.weight)
            torch.nn.init.zeros_(self.head.bias)

        def forward(self, x: Any, mask: Any, pool: Any) -> Any:
            additive = (1.0 - mask[:, None, None, :].float()) * -1e4
            for layer in self.layers:
                out = layer(x, attention_mask=additive)
                x = out[0] if isinstance(out, tuple) else out
            # pool: candidates x (batch * width), each row averaging one word's pieces.
            return self.head(pool @ x.reshape(-1, x.shape[-1]))[:, 0]

    return TunedCue()


def _cue_batch(
    segs: list[tuple[np.ndarray, list[np.ndarray]]],
) -> tuple[Any, Any, Any]:
    import torch

    width = max(s.shape[0] for s, _ in segs)
    x = np.zeros((len(segs), width, DIM), np.float32)
    mask = np.zeros((len(segs), width), np.int64)
    n_cands = sum(len(p) for _, p in segs)
    pool = np.zeros((n_cands, len(segs) * width), np.float32)
    row = 0
    for j, (states, pieces) in enumerate(segs):
        x[j, : states.shape[0]] = states
        mask[j, : states.shape[0]] = 1
        for idx in pieces:
            pool[row, j * width + idx] = 1.0 / len(idx)
            row += 1
    return torch.from_numpy(x), torch.from_numpy(mask), torch.from_numpy(pool)


def fine_tune_cues(
    examples: list[tuple[np.ndarray, list[np.ndarray], list[bool]]], *, encoder: Any
) -> dict[str, np.ndarray]:
    """Train MiniLM's last layer and a one-logit head to tell cue words from other candidates.

    Args:
        examples: per segment, its lower states (`encode_candidates`), the piece indices of each
            candidate and whether each is a cue.
        encoder: the sentence-transformers MiniLM model.

    Returns:
        The tuned parameters (rounded to float16, as they ship), keyed by parameter name.
        Deterministic for given inputs (fixed seeds); batches of segments of similar length.
    """
    import torch

    from .event_model_tuned import BATCH, EPOCHS, HEAD_LR, LAYER_LR

    torch.manual_seed(0)
    rng = np.random.default_rng(0)
    examples = [e for e in examples if e[1]]
    net = _cue_net(encoder)
    opt = torch.optim.AdamW(
        [
            {"params": net.layers.parameters(), "lr": LAYER_LR},
            {"params": net.head.parameters(), "lr": HEAD_LR},
        ],
        weight_decay=0.01,
    )
    steps = EPOCHS * int(np.ceil(len(examples) / BATCH))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / (0.1 * steps)) * max(0.0, 1 - s / steps)
    )
    for epoch in range(EPOCHS):
        net.train()
        perm = rng.permutation(len(examples))
        chunks = [
            sorted(perm[c : c + 128], key=lambda i: examples[i][0].shape[0])
            for c in range(0, len(perm), 128)
        ]
        batches = [ch[b : b + BATCH] for ch in chunks for b in range(0, len(ch), BATCH)]
        rng.shuffle(batches)
        total = 0.0
        for idx in batches:
            x, mask, pool = _cue_batch([(examples[i][0], examples[i][1]) for i in idx])
            y = torch.tensor([float(v) for i in idx for v in examples[i][2]])
            loss = torch.nn.functional.binary_cross_entropy_with_logits(net(x, mask, pool), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += float(loss.detach())
        log.info("cue model fine-tuning: epoch %d, loss %.3f", epoch + 1, total / len(batches))
    return {
        k: v.detach().numpy().astype(np.float16).astype(np.float32)
        for k, v in net.state_dict().items()
    }


def tuned_log_odds(
    segs: list[Segment],
    arrays: dict[str, np.ndarray],
    *,
    encoder: Any,
) -> dict[int, float]:
    """The tuned scorer's log-odds of each candidate (token index -> log-odds) in segments as
    `encode_candidates` gives them."""
    import torch

    net = _cue_net(encoder)
    net.load_state_dict({k: torch.from_numpy(np.asarray(v, np.float32)) for k, v in arrays.items()})
    net.eval()
    out: dict[int, float] = {}
    segs = [s for s in segs if s[1]]
    with torch.no_grad():
        for b in range(0, len(segs), 32):
            batch = segs[b : b + 32]
            x, mask, pool = _cue_batch([(s, list(p.values())) for s, p in batch])
            scores = net(x, mask, pool).numpy()
            keys = [i for _, p in batch for i in p]
            out.update(zip(keys, (float(v) for v in scores), strict=True))
    return out
