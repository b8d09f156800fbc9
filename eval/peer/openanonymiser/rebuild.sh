#!/usr/bin/env bash
# Rebuild docs/ and gold/ from the OpenAnonymiser_light benchmark data (EUPL-1.2) in data/.
# Usage: bash eval/peer/openanonymiser/rebuild.sh [PYTHON] [MAKE_PEER_DOCS]  (data/*.json must be there, see README.md)
#   PYTHON          default .venv/bin/python (needs reportlab and pypdfium2)
#   MAKE_PEER_DOCS  default ../shared/eval/make_peer_docs.py (the shared evaluator's converter)
# make_peer_docs.py names every output peer-NN; with two datasets those names would collide, so each
# dataset is converted in a scratch folder and its files are renamed <dataset>-NN.pdf / .json here
# (the "doc" field of the gold file is renamed with it). Nothing else in its output is changed.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
PY="${1:-$ROOT/.venv/bin/python}"
MPD="${2:-$ROOT/../shared/eval/make_peer_docs.py}"
rm -rf "$HERE/docs" "$HERE/gold"; mkdir -p "$HERE/docs" "$HERE/gold"
for pair in "pii-sentences:dutch_pii_sentences.json" "multi-entity:dutch_synth_multi_entity_dataset.json"; do
  prefix="${pair%%:*}"; file="${pair#*:}"
  tmp="$(mktemp -d)"
  "$PY" "$MPD" "$HERE/data/$file" "$tmp"
  for pdf in "$tmp"/docs/peer-*.pdf; do
    n="$(basename "$pdf" .pdf)"; n="${n#peer-}"
    cp "$pdf" "$HERE/docs/$prefix-$n.pdf"
    "$PY" - "$tmp/gold/peer-$n.json" "$HERE/gold/$prefix-$n.json" "$prefix-$n.pdf" <<'PYEOF'
import json, sys
src, dst, doc = sys.argv[1:4]
g = json.load(open(src, encoding="utf-8"))
g["doc"] = doc
with open(dst, "w", encoding="utf-8") as f:
    json.dump(g, f, ensure_ascii=False, indent=1)
PYEOF
  done
  rm -rf "$tmp"
done
ls -l "$HERE/docs" "$HERE/gold"
