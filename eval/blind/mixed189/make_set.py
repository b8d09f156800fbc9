"""Rebuild set WS (eval/blind/mixed189): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py

Redact probes are taken from registry.R wherever they occur in a document's PDFium text (or OCR
for scans); keep probes from registry.K with 'after' counted on the original's PDFium text by the
evaluator's own count_in; a keep probe that overlaps a redact probe is dropped.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lib import GOLD_DIR, build_all, make_gold  # noqa: E402
from registry import K, R  # noqa: E402


def main():
    import content
    docs = content.DOCS
    build_all(docs)
    GOLD_DIR.mkdir(exist_ok=True)
    notes = []
    for d in docs:
        gold, pr = make_gold(d, R, K)
        (GOLD_DIR / f"{d.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{d.stem}: pages={gold['pages']} redact={nr} keep={nk}")
        notes += pr
    for n in notes:
        print("  note:", n)


if __name__ == "__main__":
    main()
