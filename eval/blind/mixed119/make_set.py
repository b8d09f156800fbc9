"""Rebuild set PF (eval/blind/mixed119): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py pf03 pf17  # only these

Gold is computed on the built PDF with the evaluator's own functions (norm, count_in, probe_regex,
extract_channels): every keep probe's 'after' is its count in the original's PDFium text; every redact
probe has after=0 and must occur in the channel it claims (page text, OCR, metadata, outline or
annotations). OCR probes that tesseract does not read on the original are dropped (reported). A keep
probe may not lose occurrences when all redact probes are blanked in the text (no overlap).
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
    for m in ("content_a", "content_b", "content_c", "content_d"):
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
    for d in sel:
        path = d.build()
        gold, problems = make_gold(d, path)
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
