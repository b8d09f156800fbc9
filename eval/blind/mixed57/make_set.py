"""Rebuild set BO (eval/blind/mixed57): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py           # all documents
    /work/main/.venv/bin/python make_set.py bo03 bo17 # only these

Document texts live in content.py (markup: [[redact]], {{keep}}, see lib.py). Every keep probe's
'after' is counted on the original's PDFium text with the evaluator's own functions; every redact
probe has after=0; check_gold.py verifies both in all channels (OCR for the scans).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from content import DOCS  # noqa: E402
from lib import build  # noqa: E402


def main(argv):
    want = set(argv)
    tot_p = tot_r = tot_k = 0
    probs = []
    for d in DOCS:
        if want and d["id"] not in want:
            continue
        r = build(d)
        tot_p += r["pages"]
        tot_r += r["redact"]
        tot_k += r["keep"]
        probs += r["problems"]
        print(f"{r['id']}: pages={r['pages']} redact={r['redact']} keep={r['keep']}"
              + (f" PROBLEMS={len(r['problems'])}" if r["problems"] else ""), flush=True)
    for p in probs:
        print("  !", p)
    print(f"docs={len(DOCS) if not want else len(want)} pages={tot_p} redact={tot_r} keep={tot_k} "
          f"build_problems={len(probs)}")


if __name__ == "__main__":
    main(sys.argv[1:])
