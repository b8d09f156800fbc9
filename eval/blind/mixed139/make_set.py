"""Rebuild set VZ (eval/blind/mixed139): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py vz03 vz17  # only these

Redact items come from the document's own list (hidden channels, OCR, document-specific values) and from
registry.REDACT wherever one of an item's probes occurs in the PDFium text. Keep probes come from the document
and from registry.KEEP; 'after' is counted on the original's PDFium text with the evaluator's own functions
(count_in / probe_regex), and a keep probe whose match overlaps a redact probe's match is left out.
check_gold.py re-checks the result. Deterministic: fixed seeds, pikepdf deterministic IDs.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lib import GOLD_DIR, make_gold  # noqa: E402
import registry  # noqa: E402


def all_docs():
    import content_a, content_b  # noqa: E401
    return content_a.DOCS + content_b.DOCS


def main(argv):
    docs = all_docs()
    sel = [d for d in docs if not argv or any(d.stem.startswith(a) for a in argv)]
    GOLD_DIR.mkdir(exist_ok=True)
    allp = []
    for d in sel:
        path = d.build()
        gold, problems = make_gold(d, path, registry.REDACT, registry.KEEP)
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
