"""Rebuild set DK (eval/blind/mixed235): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py dk03 dk17  # only these

Redact probes come from one registry of invented personal data (registry.R): every probe found in a
document's PDFium text (or, for scans, read by the evaluator's OCR) becomes a probe with after=0; hidden
channels are declared per document. Keep probes (registry.K) get after = their count in the PDFium text
and are dropped when a simulated redaction of all redact probes would change that count (overlap).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lib import GOLD_DIR, build, make_gold  # noqa: E402
from registry import R, K  # noqa: E402


def main(argv):
    import content
    sel = [d for d in content.D if not argv or any(d.stem.startswith(a) for a in argv)]
    GOLD_DIR.mkdir(exist_ok=True)
    allp = []
    for d in sel:
        path = build(d)
        gold, problems = make_gold(d, path, R, K)
        (GOLD_DIR / f"{d.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                 encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{d.stem}: pages={gold['pages']} redact={nr} keep={nk}" + (" PROBLEMS" if problems else ""))
        allp += problems
    for p in allp:
        print("  !", p)
    print(f"problems={len(allp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
