"""Rebuild set IC (eval/blind/mixed176): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py ic03 ic26  # only these

Theme: a ministry (IenW, invented persons) procures interim ICT consultants; Woo request WOO-2026-0318.
Redact probes per person are taken from people.PEOPLE and kept only where that form occurs in the
document (items marked 'auto'); hidden-channel and OCR items are explicit. Keep probes: per-document terms
(must occur) plus people.KEEP_COMMON (used where they occur and do not overlap a redact probe); every
'after' is counted on the original's PDFium text with the evaluator's count_in/norm.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lib import DOCS_DIR, GOLD_DIR, make_gold  # noqa: E402
from people import KEEP_COMMON  # noqa: E402


def all_docs():
    import importlib
    docs = []
    for m in ("content_a", "content_b", "content_c"):
        try:
            docs += importlib.import_module(m).DOCS
        except ModuleNotFoundError:
            pass
    return docs


def main(argv):
    docs = all_docs()
    sel = [d for d in docs if not argv or any(d.stem.startswith(a) for a in argv)]
    GOLD_DIR.mkdir(exist_ok=True)
    allp = []
    tr = tk = 0
    for d in sel:
        d.keep = [k if isinstance(k, tuple) else ("TERM", k) for k in d.keep] + [("AUTO", k, t) for k, t in KEEP_COMMON]
        path = d.build()
        gold, problems = make_gold(d, path)
        (GOLD_DIR / f"{d.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        tr += nr
        tk += nk
        print(f"{d.stem}: pages={gold['pages']} redact={nr} keep={nk}" + (" PROBLEMS" if problems else ""))
        allp += problems
    for p in allp:
        print("  !", p)
    print(f"docs={len(sel)} redact={tr} keep={tk} problems={len(allp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
