"""Rebuild set mixed216 (closure of the level crossing Veldkampsweg): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py ov03 ov27  # only these

Persons and public terms are declared once in registry.py; a document's gold holds every registry item one of
whose probes occurs in that document (redact: after=0; keep: after = count in the original's PDFium text,
counted with the evaluator's own norm/probe_regex/count_in). Hidden-channel and OCR items are declared per
document. A keep probe whose count drops when all redact probes are blanked out is reported as a problem.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lib import GOLD_DIR, build, make_gold  # noqa: E402
from registry import KEEP, REDACT  # noqa: E402


def all_docs():
    import content_a, content_b, content_c  # noqa: E401
    return content_a.DOCS + content_b.DOCS + content_c.DOCS


def main(argv):
    docs = all_docs()
    sel = [d for d in docs if not argv or any(d.stem.startswith(a) for a in argv)]
    GOLD_DIR.mkdir(exist_ok=True)
    allp = []
    tr = tk = tp = 0
    for d in sel:
        path = build(d)
        gold, problems = make_gold(d, path, REDACT, KEEP)
        (GOLD_DIR / f"{d.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                 encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        tr, tk, tp = tr + nr, tk + nk, tp + gold["pages"]
        print(f"{d.stem}: pages={gold['pages']} redact={nr} keep={nk}" + (" PROBLEMS" if problems else ""))
        allp += problems
    for p in allp:
        print("  !", p)
    print(f"docs={len(sel)} pages={tp} redact={tr} keep={tk}")
    print(f"problems={len(allp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
