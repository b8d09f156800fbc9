"""Rebuild set BH (eval/blind/mixed120): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py bh03 bh17  # only these

Every keep probe's 'after' is counted on the original's PDFium text with the evaluator's own
functions (count_in, norm); every redact probe has after=0 and must occur in the channel it is
claimed for (PDFium page text, OCR, metadata, outline or annotations). A keep probe may not overlap
any redact value or probe (checked on a copy of the text with every redact match masked).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lib import GOLD_DIR, make_gold  # noqa: E402


def all_docs():
    import importlib
    docs = []
    for m in ("content_a", "content_b", "content_c"):
        try:
            docs += importlib.import_module(m).DOCS
        except ModuleNotFoundError as e:
            if e.name != m:
                raise
    return docs


def main(argv):
    docs = all_docs()
    sel = [d for d in docs if not argv or any(d.stem.startswith(a) for a in argv)]
    GOLD_DIR.mkdir(exist_ok=True)
    allp = []
    tr = tk = tp = 0
    for d in sel:
        path = d.build()
        gold, problems = make_gold(d, path)
        (GOLD_DIR / f"{d.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                 encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        tr += nr
        tk += nk
        tp += gold["pages"]
        print(f"{d.stem}: pages={gold['pages']} redact={nr} keep={nk}" + (" PROBLEMS" if problems else ""))
        allp += problems
    for p in allp:
        print("  !", p)
    print(f"docs={len(sel)} pages={tp} redact={tr} keep={tk}")
    print(f"problems={len(allp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
