"""Rebuild set mixed194 (soil pollution under a former petrol station, Zutphen): docs/ and gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py bz03 bz17  # only these

Redact probes are taken from the person and personal-data registry (registry.py) where they occur in
the document's claimed channel (PDFium text, or OCR for the three scans), plus per-document hidden
items (metadata, outline, annotations). Keep probes come from a list of public terms; 'after' is
counted on the original's PDFium text with the evaluator's own functions, and a keep term that would
lose an occurrence when the redact values are blacked out (simulated redaction) is left out.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lib import GOLD_DIR, make_gold  # noqa: E402
from registry import KEEP, PERSONS, PII  # noqa: E402
from content import DOCS  # noqa: E402


def main(argv):
    sel = [d for d in DOCS if not argv or any(d.stem.startswith(a) for a in argv)]
    GOLD_DIR.mkdir(exist_ok=True)
    allp = []
    for d in sel:
        path = d.build()
        gold, problems = make_gold(d, path, PERSONS, PII, KEEP)
        (GOLD_DIR / f"{d.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                 encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{d.stem}: pages={gold['pages']} redact={nr} keep={nk}" + (" PROBLEMS" if problems else ""),
              flush=True)
        allp += problems
    for p in allp:
        print("  !", p)
    print(f"problems={len(allp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
