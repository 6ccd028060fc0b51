"""End-to-end floors: the reader scored against gold on the seed and on our own sample articles.

The floors are the figures measured when they were pinned (benchmarks/RESULTS.md); lowering one
is a deliberate, reviewed change.
"""

from __future__ import annotations

import pytest

from sitroom.evaluate import load_gold, score_reading
from sitroom.ingest import read_article

pytestmark = pytest.mark.model

# article stem: (events strict F1, claims F1, times right, places right, statuses right,
# actor accuracy)
# floors, as measured on 2026-11-26 after the claims-stage scope rules for hedges and denials
# (F1 rounded down to two places: seed claims 0.933); El Fasher events and claims raised to 1.0
# once the front's movement ("the fighting moved closer") stopped starting a battle that drew a
# claim. Yemen (added in the seventh session): a claim disputed in the outlet's comment, an
# unnamed party's denial, state-run television, and a closing "Neither side's account could be
# verified" that reaches every earlier paragraph. Actors (eighth session): ACLED's names for a
# country's unnamed forces and its fixed sides (Civilians, Protesters); Yemen's "coalition
# aircraft" names no actor the reader knows (5 of 6).
FLOORS = {
    "seed-article": (1.0, 0.93, 3, 8, 5, 1.0),
    "sudan-el-fasher": (1.0, 1.0, 3, 4, 2, 1.0),
    "burkina-djibo": (1.0, 1.0, 3, 4, 3, 1.0),
    "yemen-marib": (1.0, 1.0, 2, 3, 3, 0.83),
}


def _paths(stem, examples_dir, shared_dir):
    base = shared_dir / "examples" if stem == "seed-article" else examples_dir
    return base / f"{stem}.txt", base / f"{stem}.gold.json"


@pytest.mark.parametrize("stem", sorted(FLOORS))
def test_examples_reader_meets_floors(stem, reader, examples_dir, shared_dir) -> None:
    article_path, gold_path = _paths(stem, examples_dir, shared_dir)
    reading = reader.read(read_article(article_path))
    score = score_reading(load_gold(gold_path), reading)
    events_f1, claims_f1, times, places, statuses, actors = FLOORS[stem]
    report = "; ".join(score.notes)
    assert score.status.right >= statuses, report
    assert score.events_strict.f1 >= events_f1, report
    assert score.claims.f1 >= claims_f1, report
    assert score.times.right >= times, report
    assert score.places.right >= places, report
    assert score.actors.value >= actors, report
