#!/usr/bin/env bash
# Two-fold cross-validation of the whole tagger (rules + model) on wikigold person spans.
# Splits wikigold at its -DOCSTART- lines into two halves by document order (first half / second half), trains
# on one half plus the other sources (WNUT-17, re3d) and scores person F1 on the other half, then the reverse.
# Usage: scripts/wikigold_cv.sh [BLOTTER_BINARY]   (default: .build/release/blotter; run from the repository)
# SEED=n changes the training shuffle, to see how much of a difference is the order of training.
set -euo pipefail
BLOTTER=${1:-.build/release/blotter}
DATA=../shared/data/ner
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 - "$DATA/wikigold/wikigold.conll.txt" "$WORK" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
docs = [d for d in text.split("-DOCSTART- O") if d.strip()]
half = len(docs) // 2
for i, part in enumerate((docs[:half], docs[half:])):
    with open(f"{sys.argv[2]}/wg{i}.conll", "w", encoding="utf-8") as out:
        out.write("".join("-DOCSTART- O" + d for d in part))
PY
for fold in 0 1; do
    other=$((1 - fold))
    mkdir -p "$WORK/models$fold"
    cp models/* "$WORK/models$fold/"
    "$BLOTTER" train --exclude wikigold --conll "$WORK/wg$other.conll" --out "$WORK/models$fold/ner.model" \
        ${SEED:+--seed "$SEED"} > /dev/null
    printf 'tag:\n  models: %s\n' "$WORK/models$fold" > "$WORK/config$fold.yaml"
    printf 'fold %s (trained on the other half): ' "$fold"
    "$BLOTTER" eval ner "$WORK/wg$fold.conll" --config "$WORK/config$fold.yaml" | tail -1
done
