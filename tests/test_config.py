"""Settings: defaults, then SITROOM_* environment variables, then explicit overrides."""

from __future__ import annotations

import pytest

from sitroom.config import Settings
from sitroom.errors import SitroomError


@pytest.mark.parametrize(("raw", "expected"), [("1", True), ("yes", True), ("0", False)])
def test_config_thorough_from_environment(monkeypatch, raw: str, expected: bool) -> None:
    monkeypatch.setenv("SITROOM_THOROUGH", raw)
    assert Settings.load().thorough is expected


def test_config_override_wins_over_environment(monkeypatch) -> None:
    monkeypatch.setenv("SITROOM_THOROUGH", "0")
    monkeypatch.setenv("SITROOM_BATCH_SIZE", "4")
    settings = Settings.load(thorough=True, batch_size=None)
    assert settings.thorough is True and settings.batch_size == 4


def test_config_bad_yes_no_value_names_the_fix(monkeypatch) -> None:
    monkeypatch.setenv("SITROOM_THOROUGH", "maybe")
    with pytest.raises(SitroomError, match="use 1 or 0"):
        Settings.load()
