"""Event typing: cue rules and the CASE label set."""

from __future__ import annotations

import pytest

from sitroom.models import SUB_EVENT_PARENT
from sitroom.nlp.event_types import (
    ALL_LABELS,
    SEEN_LABELS,
    acled_type,
    classify_sentences,
    find_cues,
    rule_label,
)


def test_event_types_labels_map_to_contract() -> None:
    assert len(SEEN_LABELS) == 25 and len(ALL_LABELS) == 30
    for code in SEEN_LABELS:
        pair = acled_type(code)
        assert pair is not None and SUB_EVENT_PARENT[pair[1]] == pair[0]
    assert acled_type("NATURAL_DISASTER") is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A suicide bomber detonated his vest at the checkpoint, killing four.", "SUIC_BOMB"),
        ("Warplanes struck a fuel depot on the edge of the town overnight.", "AIR_STRIKE"),
        ("Mortar rounds landed in the old quarter for the third day.", "ART_MISS_ATTACK"),
        ("A roadside bomb tore through a minibus near the bridge.", "REM_EXPLOS"),
        ("Police arrested eleven men suspected of recruiting for the cell.", "ARREST"),
        ("Hundreds of nurses marched to the ministry demanding unpaid wages.", "PEACE_PROTEST"),
        ("Rebels seized control of the district headquarters on Monday.",
         "NON_STATE_ACTOR_OVERTAKES_TER"),
        ("The army recaptured the town after a week-long siege.", "GOV_REGAINS_TERIT"),
        ("A strong earthquake flattened homes across the valley.", "NATURAL_DISASTER"),
        ("Militants and soldiers clashed for hours near the border post.", "ARMED_CLASH"),
    ],
)  # fmt: skip
def test_event_types_rule_label(text: str, code: str) -> None:
    assert rule_label(text) == code


def test_event_types_find_cues_offsets() -> None:
    text = "Two grenades were thrown at the police station."
    cues = find_cues(text)
    assert any(c.code == "GRENADE" and text[c.start : c.end] == "grenades" for c in cues)


def test_event_types_classify_respects_hint() -> None:
    text = "Protesters threw stones and police fired tear gas."
    assert classify_sentences([text], hint=[{"PEACE_PROTEST"}]) == ["PEACE_PROTEST"]


def test_event_types_examples_are_valid() -> None:
    from sitroom.nlp.event_types import load_examples

    examples = load_examples()
    texts = [text for text, _ in examples]
    assert len(texts) == len(set(texts)), "duplicate written example"
    assert {label for _, label in examples} == set(ALL_LABELS)
    assert all(len(text.split()) >= 5 for text in texts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops shelled the hills above the river crossing overnight.",
         {"agent=_STATE_", "first=_STATE_"}),
        ("Insurgent fighters overran the outpost and took control of the road.",
         {"agent=_REBEL_"}),
        ("The town was recaptured by government forces after two days.",
         {"agent=_STATE_", "kind=_STATE_"}),
        ("Villagers were massacred in their fields at dawn.", {"patient=_CIV_"}),
        ("Demonstrators marched to the square and police fired tear gas at them.",
         {"pair=_PROTEST_>_STATE_", "kind=_PROTEST_", "kind=_STATE_"}),
    ],
)  # fmt: skip
def test_event_types_actor_features_kinds_and_roles(text: str, expected: set[str]) -> None:
    from sitroom.nlp.event_types import actor_features

    assert expected <= set(actor_features(text))


def test_event_types_actor_features_names_and_merging() -> None:
    from sitroom.nlp.event_types import actor_features, raw_features

    feats = actor_features("Houthi rebels seized the port after heavy fighting.")
    # A known group's name and its generic noun are one mention of one kind.
    assert {k for k in feats if k.startswith("kind=")} == {"kind=_REBEL_"}
    assert "bg=_REBEL_ seized" in feats and "bg=_REBEL_ _REBEL_" not in feats
    # Acronyms match as written only: the verb 'is' is not the Islamic State.
    assert actor_features("The road is closed and the bridge is out.") == {}
    assert "a:kind=_REBEL_" in raw_features("Houthi rebels seized the port.")
