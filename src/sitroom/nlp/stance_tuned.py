"""Fine-tuned MiniLM cross-encoder for stance: a claim and a report read as one sequence, the
encoder's last layers and a linear head trained over the frozen lower layers (the `embed` extra).

The pair is encoded as "[CLS] claim [SEP] report [SEP]" (token type ids as the tokenizer gives
them), so attention in every layer sees both texts: what the report adds to its claim ("denies",
"could", a question) is read in the claim's context, not as a bag of cue words. Only the tuned
part is stored (float16, in the stance model's .npz): at prediction time the installed
all-MiniLM-L6-v2 computes the lower layers and the stored layers replace its top ones. Training
runs on CPU from cached lower-layer token states (sitroom.nlp.event_model_tuned does the same
for event typing, on single snippets).
"""

from __future__ import annotations

import copy
import logging
from typing import Any

import numpy as np

log = logging.getLogger("sitroom")

# Settings fixed a priori (2026-11-26), not tuned on Emergent: the event model's fine-tuning
# recipe (sitroom.nlp.event_model_tuned: AdamW, linear warm-up over 10% of the steps then linear
# decay, batch 16, dropout as pretrained, a higher rate for the zero-initialised head) on the top
# two of MiniLM's six layers, so two layers of attention read claim and report together.
TUNED_LAYERS = 2
EPOCHS = 8
LAYER_LR = 1e-4
HEAD_LR = 5e-3
BATCH = 16
# A claim and a headline or sentence fit in 128 word pieces; longer pairs lose their tails.
MAX_TOKENS = 128
PREFIX = "ft:"


def _torch() -> Any:
    import torch

    return torch


def pair_states(
    claims: list[str], reports: list[str], encoder: Any, *, layers: int = TUNED_LAYERS
) -> list[np.ndarray]:
    """Each (claim, report) pair's token states below the tuned layers (tokens x 384), from
    MiniLM's frozen lower layers, encoded in length-sorted batches of 32.

    Args:
        claims: the claims, one per pair.
        reports: the reports read against them, row for row.
        encoder: the sentence-transformers MiniLM model.
        layers: how many top layers are tuned (the states are taken below them).
    """
    torch = _torch()
    tok, bert = encoder.tokenizer, encoder[0].auto_model
    bert.eval()
    level = len(bert.encoder.layer) - layers
    lengths = [len(c) + len(r) for c, r in zip(claims, reports, strict=True)]
    order = np.argsort(lengths, kind="stable")
    states: list[np.ndarray] = [np.zeros((0, 384), np.float32)] * len(claims)
    with torch.no_grad():
        for b in range(0, len(order), 32):
            ids = order[b : b + 32]
            enc = tok(
                [claims[i] for i in ids],
                [reports[i] for i in ids],
                padding=True,
                truncation="longest_first",
                max_length=MAX_TOKENS,
                return_tensors="pt",
            )
            hidden = bert(**enc, output_hidden_states=True).hidden_states[level]
            for j, i in enumerate(ids):
                n = int(enc["attention_mask"][j].sum())
                states[i] = hidden[j, :n].numpy().astype(np.float32)
    return states


def _net(encoder: Any, n_labels: int, layers: int) -> Any:
    torch = _torch()
    bert = encoder[0].auto_model
    top = bert.encoder.layer[len(bert.encoder.layer) - layers :]

    class TunedTop(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.layers = copy.deepcopy(top)
            self.head = torch.nn.Linear(top[0].output.dense.out_features, n_labels)
            torch.nn.init.zeros_(self.head.weight)
            torch.nn.init.zeros_(self.head.bias)

        def forward(self, x: Any, mask: Any) -> Any:
            additive = (1.0 - mask[:, None, None, :].float()) * -1e4
            for layer in self.layers:
                out = layer(x, attention_mask=additive)
                x = out[0] if isinstance(out, tuple) else out
            m = mask[..., None].float()
            return self.head((x * m).sum(1) / m.sum(1))

    return TunedTop()


def _batch(states: list[np.ndarray], idx: Any) -> tuple[Any, Any]:
    torch = _torch()
    width = max(states[i].shape[0] for i in idx)
    x = np.zeros((len(idx), width, states[idx[0]].shape[1]), np.float32)
    mask = np.zeros((len(idx), width), np.int64)
    for j, i in enumerate(idx):
        n = states[i].shape[0]
        x[j, :n] = states[i]
        mask[j, :n] = 1
    return torch.from_numpy(x), torch.from_numpy(mask)


def fine_tune(
    states: list[np.ndarray],
    y: np.ndarray,
    *,
    encoder: Any,
    n_labels: int,
    layers: int = TUNED_LAYERS,
) -> dict[str, np.ndarray]:
    """Train MiniLM's top `layers` layers and a linear head on pair token states (`pair_states`
    with the same `layers`) and label indices.

    Deterministic for given inputs (fixed seeds). Batches are drawn from length-sorted chunks of
    128 shuffled examples, so little of each batch is padding.

    Returns:
        The tuned parameters, keyed PREFIX + parameter name (float32).
    """
    torch = _torch()
    torch.manual_seed(0)
    rng = np.random.default_rng(0)
    net = _net(encoder, n_labels, layers)
    opt = torch.optim.AdamW(
        [
            {"params": net.layers.parameters(), "lr": LAYER_LR},
            {"params": net.head.parameters(), "lr": HEAD_LR},
        ],
        weight_decay=0.01,
    )
    steps = EPOCHS * int(np.ceil(len(states) / BATCH))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / (0.1 * steps)) * max(0.0, 1 - s / steps)
    )
    target = torch.from_numpy(np.asarray(y, dtype=np.int64))
    for epoch in range(EPOCHS):
        net.train()
        perm = rng.permutation(len(states))
        chunks = [
            sorted(perm[c : c + 128], key=lambda i: states[i].shape[0])
            for c in range(0, len(perm), 128)
        ]
        batches = [ch[b : b + BATCH] for ch in chunks for b in range(0, len(ch), BATCH)]
        rng.shuffle(batches)
        total = 0.0
        for idx in batches:
            x, mask = _batch(states, idx)
            loss = torch.nn.functional.cross_entropy(net(x, mask), target[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += float(loss.detach()) * len(idx)
        log.info("stance fine-tuning: epoch %d, loss %.3f", epoch + 1, total / len(states))
    return {PREFIX + k: v.detach().numpy().copy() for k, v in net.state_dict().items()}


def tuned_layers(arrays: dict[str, np.ndarray]) -> int:
    """How many MiniLM layers a set of tuned parameters replaces."""
    found = {k[len(PREFIX) :].split(".")[1] for k in arrays if k.startswith(PREFIX + "layers.")}
    return len(found)


def predict_tuned(
    states: list[np.ndarray], arrays: dict[str, np.ndarray], *, encoder: Any
) -> np.ndarray:
    """Class probabilities from tuned parameters (as `fine_tune` returns them), one row per
    pair's token states (`pair_states` with as many layers as the parameters hold)."""
    torch = _torch()
    params = {k[len(PREFIX) :]: v for k, v in arrays.items() if k.startswith(PREFIX)}
    net = _net(encoder, params["head.weight"].shape[0], tuned_layers(arrays))
    net.load_state_dict({k: torch.from_numpy(np.asarray(v, np.float32)) for k, v in params.items()})
    net.eval()
    out = []
    with torch.no_grad():
        for b in range(0, len(states), 64):
            x, mask = _batch(states, list(range(b, min(b + 64, len(states)))))
            out.append(torch.softmax(net(x, mask), -1).numpy())
    return np.vstack(out) if out else np.zeros((0, params["head.weight"].shape[0]))
