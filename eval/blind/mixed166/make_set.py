"""Rebuild set UC (eval/blind/mixed166): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py uc03 uc13  # only these

Persons and public terms are listed once in people.py; every form of a person that occurs in a document's
PDFium text (or, for scans, in its OCR) becomes a redact probe, every public term that occurs becomes a keep
probe with 'after' counted on the original (evaluator's own count_in/norm). Keep probes that overlap a
redacted form are dropped. Hidden-channel items are declared per document and verified in their channel.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lib import GOLD_DIR, make_gold  # noqa: E402
from people import PEOPLE, PUBLIC  # noqa: E402


def all_docs():
    import content_a, content_b, content_c, content_d, content_e, content_f, content_z  # noqa: E401
    return content_z.extend(content_a.DOCS + content_b.DOCS + content_c.DOCS + content_d.DOCS + content_e.DOCS + content_f.DOCS)


def main(argv):
    docs = all_docs()
    sel = [d for d in docs if not argv or any(d.stem.startswith(a) for a in argv)]
    GOLD_DIR.mkdir(exist_ok=True)
    allp = []
    for d in sel:
        path = d.build()
        gold, problems = make_gold(d, path, PEOPLE, PUBLIC)
        (GOLD_DIR / f"{d.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{d.stem}: pages={gold['pages']} redact={nr} keep={nk}" + (" PROBLEMS" if problems else ""), flush=True)
        allp += problems
    for p in allp:
        print("  !", p)
    print(f"problems={len(allp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
