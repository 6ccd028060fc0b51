"""Train the shipped event type model: CASE 2021 dev rows plus the written examples.

Usage:
    .venv/bin/python scripts/train_event_model.py ../shared/benchmarks/case2021-task2/dev.tsv
        [--out src/sitroom/data/event-types-v1.npz] [--no-embeddings]

The n-gram model always trains; when the `embed` extra is installed, MiniLM's last layer and a
linear head are fine-tuned too (sitroom.nlp.event_model_tuned; several minutes on two CPU cores).
Constants (C, blend weight, the fine-tuning recipe) live in sitroom.nlp.event_types and
event_model_tuned, with where each came from; check any change with
`sitroom bench case2021 dev.tsv --cv-folds 5 --cv-seed N` on several fold seeds.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from sitroom.bench.case2021 import read_case_tsv
from sitroom.nlp.event_types import MODEL_FILE, train_event_model

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tsv", nargs="+", help="CASE 2021 task 2 TSV files to train on")
    parser.add_argument("--out", default=str(REPO / "src" / "sitroom" / "data" / MODEL_FILE))
    parser.add_argument("--no-embeddings", action="store_true", help="n-gram model only")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    rows = [row for path in args.tsv for row in read_case_tsv(path)]
    model = train_event_model(
        [r.text for r in rows], [r.label for r in rows], embeddings=not args.no_embeddings
    )
    model.save(args.out)
    size = Path(args.out).stat().st_size / 1e6
    print(f"wrote {args.out}: {len(model.meta['features'])} features, {size:.1f} MB")


if __name__ == "__main__":
    main()
