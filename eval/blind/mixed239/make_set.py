"""Rebuild set GR (eval/blind/mixed239): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py gr03 gr10  # only these

Text is written with inline marks ([[...]] redact, {{...}} keep; see lib.py). Every keep probe's
'after' is counted on the original's PDFium text with the evaluator's own functions; every redact
probe has after=0. Scan probes are kept only when the evaluator's OCR reads them in the original.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lib import GOLD_DIR, make_gold  # noqa: E402


def all_docs():
    import content_a, content_b, content_c  # noqa: E401
    return content_a.DOCS + content_b.DOCS + content_c.DOCS


def main(argv):
    docs = all_docs()
    sel = [d for d in docs if not argv or any(d.stem.startswith(a) for a in argv)]
    GOLD_DIR.mkdir(exist_ok=True)
    allp = []
    tp = tr = tk = 0
    for d in sel:
        path = d.build()
        gold, problems = make_gold(d, path)
        (GOLD_DIR / f"{d.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                 encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{d.stem}: pages={gold['pages']} redact={nr} keep={nk}" + (" PROBLEMS" if problems else ""))
        allp += problems
        tp += gold["pages"]; tr += nr; tk += nk
    print(f"total: docs={len(sel)} pages={tp} redact={tr} keep={tk}")
    for p in allp:
        print("  !", p)
    print(f"problems={len(allp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
