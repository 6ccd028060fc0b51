"""The CLI: help everywhere, one line per bad file, store listings, and the read/eval jobs."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.models import Article
from sitroom.store import Store

runner = CliRunner()


def _commands(group, prefix=()):
    for name, command in getattr(group, "commands", {}).items():
        yield (*prefix, name)
        yield from _commands(command, (*prefix, name))


def test_cli_every_command_has_help() -> None:
    import typer.main

    root = typer.main.get_command(app)
    names = list(_commands(root))
    assert {("read",), ("ingest",), ("events",), ("eval",), ("bench", "tempeval")} <= set(names)
    for name in names:
        result = runner.invoke(app, [*name, "--help"])
        assert result.exit_code == 0, name
        assert "Usage" in result.output


def test_cli_bad_files_each_get_one_line(tmp_path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "nodate.txt").write_text("Shelling hit the town.")
    (tmp_path / "img.bin").write_bytes(b"\x00\x01\x02")
    result = runner.invoke(
        app, ["read", *(str(tmp_path / n) for n in ("empty.txt", "nodate.txt", "img.bin"))]
    )
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith("error")]
    assert len(lines) == 3
    assert "nodate.txt:1" in result.output and "--published" in result.output
    assert "Traceback" not in result.output


def test_cli_events_csv_uses_acled_columns(tmp_path, make_reading) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    body = "Shells hit the market in Town on Saturday, officials said."
    with Store(url) as store:
        store.ingest(
            Article(body=body, published=dt.date(2024, 5, 13), outlet="Test Wire"),
            make_reading(body),
        )
    result = runner.invoke(app, ["events", "--db", url, "--format", "csv", "--country", "SD"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert rows[0]["event_date"] == "2024-05-11"
    assert rows[0]["sub_event_type"] == "Shelling/artillery/missile attack"
    assert rows[0]["source"] == "Test Wire" and rows[0]["fatalities"] == "5"
    result = runner.invoke(app, ["events", "--db", url, "--format", "json", "--type", "Battles"])
    assert json.loads(result.output) == []


def test_cli_bad_date_option_is_one_line(tmp_path) -> None:
    result = runner.invoke(
        app, ["events", "--db", f"sqlite:///{tmp_path / 's.db'}", "--since", "May"]
    )
    assert result.exit_code != 0
    assert "--since" in str(result.exception) or "--since" in result.output


@pytest.mark.model
def test_cli_read_json_is_the_contract(examples_dir) -> None:
    result = runner.invoke(app, ["read", str(examples_dir / "burkina-djibo.txt")])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["schema"] == "sitroom.reading/1"
    assert data["document"]["outlet"] == "Sahel Dispatch"
    body = (examples_dir / "burkina-djibo.txt").read_text().split("\n", 2)[2].strip()
    for key in ("times", "places"):
        for item in data[key]:
            assert body[item["start"] : item["end"]] == item["text"]


@pytest.mark.model
def test_cli_ingest_twice_stores_once(tmp_path, examples_dir) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    paths = [str(p) for p in sorted(examples_dir.glob("*.txt"))]
    first = runner.invoke(app, ["ingest", "--db", url, *paths])
    assert first.exit_code == 0, first.output
    second = runner.invoke(app, ["ingest", "--db", url, *paths])
    assert f"stored 0 article(s); {len(paths)} already stored" in second.output


@pytest.mark.parametrize(
    ("bench", "scorer", "args", "seen_seed"),
    [
        ("polnear", "cross_validate_polnear", [], ("fold_seed", 0)),
        ("polnear", "cross_validate_polnear", ["--fold-seed", "2"], ("fold_seed", 2)),
        ("case2021", "score_case2021", [], ("cv_seed", 13)),
        ("case2021", "score_case2021", ["--cv-seed", "2"], ("cv_seed", 2)),
    ],
)
def test_cli_bench_passes_the_fold_seed(monkeypatch, tmp_path, bench, scorer, args, seen_seed):
    import importlib

    from sitroom.bench import BenchReport

    seen = {}

    def fake(path, **kwargs):
        seen.update(kwargs)
        return BenchReport(name=bench, summary={"f1": 0.5})

    monkeypatch.setattr(importlib.import_module(f"sitroom.bench.{bench}"), scorer, fake)
    result = runner.invoke(app, ["bench", bench, str(tmp_path / "x"), "--cv-folds", "5", *args])
    assert result.exit_code == 0, result.output
    key, seed = seen_seed
    assert seen[key] == seed and 5 in (seen.get("folds"), seen.get("cv_folds"))
    assert result.output.strip().endswith("f1=0.500")


@pytest.mark.parametrize(
    ("actor1", "actor2", "cell"),
    [
        ("Houthis", "Civilians", "Houthis vs Civilians"),
        (None, "Civilians", "? vs Civilians"),  # not to be read as the doer
        ("Protesters", None, "Protesters"),
        (None, None, "-"),
    ],
)
def test_cli_sides_cell(actor1, actor2, cell) -> None:
    from sitroom.cli_common import sides

    assert sides(actor1, actor2) == cell


@pytest.mark.parametrize(
    ("status", "claimed_by", "shown"),
    [
        ("claimed", "Kivu Front", "claimed by Kivu Front"),
        # Whose claim was denied, never read as who denied it.
        ("denied", "Kivu Front", "denied, claimed by Kivu Front"),
        ("asserted", None, "asserted"),
    ],
)
def test_cli_status_names_the_claimant_as_claimant(status, claimed_by, shown) -> None:
    from sitroom.cli_common import status_text

    assert status_text(status, claimed_by) == shown
