"""CASE 2021 Task 2 scorer: reading the TSV, subtasks, folds, and the summary line."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from sitroom.bench.case2021 import _folds, f1_scores, read_case_tsv, score_case2021
from sitroom.errors import BenchmarkDataError
from sitroom.nlp.event_types import ALL_LABELS, train_event_model

ROWS = [
    ("1", "Warplanes bombed the rebel camp at dawn.", "AIR_STRIKE"),
    ("3", "Jets struck a depot outside the town.", "AIR_STRIKE"),
    ("5", "Drones hit a convoy on the coast road.", "AIR_STRIKE"),
    ("7", "Police arrested four men at the port.", "ARREST"),
    ("9", "Officers detained two suspects overnight.", "ARREST"),
    ("11", "Soldiers arrested a local commander.", "ARREST"),
    ("13", "A flood swept away homes by the river.", "NATURAL_DISASTER"),
    ("15", "Heavy rain flooded the valley villages.", "NATURAL_DISASTER"),
    ("17", "The ministers held talks in the capital.", "DIPLO"),
    ("19", "The envoy met the president for talks.", "DIPLO"),
]


def _write(tmp_path: Path, rows: list[tuple[str, str, str]]) -> Path:
    path = tmp_path / "case.tsv"
    lines = ["id\tEventSnippet\tSubType", *("\t".join(r) for r in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _cheap(texts: list[str], labels: list[str]):  # no MiniLM, no written examples: fast
    return train_event_model(texts, labels, examples=False, embeddings=False)


def test_case2021_reads_tsv(tmp_path: Path) -> None:
    rows = read_case_tsv(_write(tmp_path, ROWS))
    assert [r.id for r in rows][:2] == ["1", "3"] and rows[6].label == "NATURAL_DISASTER"


@pytest.mark.parametrize(
    "content",
    ["id\ttext\tlabel\n1\tx\tARREST\n", "id\tEventSnippet\tSubType\n1\tx\tNOT_A_CODE\n", ""],
)
def test_case2021_bad_file_named(tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BenchmarkDataError, match="bad.tsv"):
        read_case_tsv(path)


def test_case2021_cv_summary_and_subtasks(tmp_path: Path) -> None:
    report = score_case2021(_write(tmp_path, ROWS), cv_folds=2, trainer=_cheap)
    assert list(report.summary) == ["a_weighted_f1", "b_weighted_f1", "c_weighted_f1", "a_macro_f1"]
    rows = dict(report.rows)
    assert rows["subtask a rows"] == 6 and rows["subtask b rows"] == 8
    assert rows["subtask c rows"] == 10
    assert report.last_line().startswith("a_weighted_f1=")


def test_case2021_train_on(tmp_path: Path) -> None:
    train = tmp_path / "train"
    train.mkdir()
    report = score_case2021(_write(tmp_path, ROWS), train_on=_write(train, ROWS), trainer=_cheap)
    assert report.summary["a_weighted_f1"] == pytest.approx(1.0)


def test_case2021_folds_never_overlap() -> None:
    from sitroom.bench.case2021 import Snippet

    snippets = [Snippet(str(i), f"t{i}", ALL_LABELS[i % 4]) for i in range(40)]
    folds = _folds(snippets, 5)
    allidx = np.concatenate(folds)
    assert sorted(allidx.tolist()) == list(range(40))
    assert all(len(f) == 8 for f in folds)


def test_case2021_f1_definitions() -> None:
    scores = f1_scores(["A", "A", "B", "B"], ["A", "B", "B", "B"])
    assert scores["micro"] == pytest.approx(0.75)
    assert scores["macro"] == pytest.approx((2 / 3 + 0.8) / 2)


def test_case2021_folds_seeded() -> None:
    from sitroom.bench.case2021 import Snippet

    snippets = [Snippet(str(i), f"t{i}", ALL_LABELS[i % 3]) for i in range(30)]
    same = [f.tolist() for f in _folds(snippets, 3, seed=5)]
    assert same == [f.tolist() for f in _folds(snippets, 3, seed=5)]
    assert same != [f.tolist() for f in _folds(snippets, 3, seed=6)]
