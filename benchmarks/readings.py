"""One line per event and per claim of each article read: the readings to compare before and
after a change to the reader.

The articles in benchmarks/regression/ have no gold reading. They were written for this project
(invented events in real places, wire-service style) to exercise what the gold examples do not:
claims and denials, hedges, claims of responsibility, tallies, datelines, several events per
article. For n01-n80, n91-n100, n111-n120, n131-n140, n151-n160, n171-n180, n191-n200,
n231-n240 and n251-n260, KEY-n.md has their writer's expected codings (unreviewed, not scored),
to judge a diff by hand.
Read them before and after a change and compare the two directories:

    .venv/bin/python benchmarks/readings.py /tmp/before
    (change the code)
    .venv/bin/python benchmarks/readings.py /tmp/after
    diff -r /tmp/before /tmp/after

Usage: .venv/bin/python benchmarks/readings.py OUT_DIR [ARTICLE ...]
(default articles: benchmarks/regression/*.txt, examples/*.txt and examples/fusion/*.txt)
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from rich.progress import track

REPO = Path(__file__).resolve().parent.parent


def summary(reading: dict) -> list[str]:
    """An event's type, date, place, sides, toll and status, with the opening of its first
    evidence; a claim's speaker, cue, stance, channel and events."""
    lines = []
    for e in reading["events"]:
        loc = e.get("location") or {}
        lines.append(
            f"{e['id']} {e['event_type']}/{e['sub_event_type']} {e['date']} "
            f"@{loc.get('name')},{loc.get('country')} p{loc.get('geo_precision')} | "
            f"{e['actor1']} -> {e['actor2']} | fat={e['fatalities']} | {e['status']} "
            f"by={e['claimed_by']} cl={','.join(e['claims'])}"
        )
        lines.append("    « " + e["evidence"][0]["text"].strip()[:150].replace("\n", " "))
    for c in reading["claims"]:
        lines.append(
            f"{c['id']} {c['speaker']} [{c['speaker_group']}] {c['cue']} {c['stance']} "
            f"{c['channel']} -> {','.join(c['events'])} :: {c['text'][:90]}"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="directory for one summary file per article")
    parser.add_argument("articles", nargs="*", type=Path, help="article files (date header)")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from sitroom.reader import read_many

    files = args.articles or sorted(
        [
            *(REPO / "benchmarks" / "regression").glob("*.txt"),
            *(REPO / "examples").glob("*.txt"),
            *(REPO / "examples" / "fusion").glob("*.txt"),
        ]
    )
    args.out.mkdir(parents=True, exist_ok=True)
    readings = read_many(f.read_text(encoding="utf-8") for f in files)
    for f, reading in track(zip(files, readings, strict=True), "reading", total=len(files)):
        lines = summary(json.loads(reading.to_json()))
        (args.out / f"{f.name}.out").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
