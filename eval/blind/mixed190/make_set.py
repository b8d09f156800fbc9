"""Rebuild set WF (eval/blind/mixed190): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py wf03 wf17  # only these

Gold is derived from two entity lists (entities.py): every redact probe that occurs in a document's
PDFium text (scans: in the evaluator's OCR of the page) goes into its gold with after=0; hidden-channel
items (metadata, outline, annotations) are declared per document. Every keep probe that occurs gets its
exact count; a keep probe that overlaps a redact probe's match is reported as a problem.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from entities import KEEP, REDACT  # noqa: E402
from lib import DOCS_DIR, GOLD_DIR, make_gold  # noqa: E402


def all_docs():
    import content_a, content_b, content_c  # noqa: E401
    return content_a.DOCS + content_b.DOCS + content_c.DOCS


def main(argv):
    docs = all_docs()
    sel = [d for d in docs if not argv or any(d.stem.startswith(a) for a in argv)]
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    allp = []
    for d in sel:
        path = d.build()
        gold, problems = make_gold(d, path, REDACT, KEEP)
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
