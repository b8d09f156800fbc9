"""Rebuild set BB (eval/blind/mixed243): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py bb03 bb17  # only these

Documents are written in content_*.py with inline marks: [[...|K]] is personal data (a redact probe,
after=0), {{...|K}} is public text (a keep probe whose 'after' is counted on the original's PDFium text
with the evaluator's own functions). Hidden channels (Info/XMP, outline, sticky notes, AcroForm values)
and image-only scans (probes with "ocr": true) are declared per document; lib.make_gold checks each
probe in the channel it claims and that no keep probe overlaps a redact value.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lib import GOLD_DIR, make_gold  # noqa: E402


def all_docs():
    import content_a, content_b, content_c, extra  # noqa: E401
    docs = content_a.DOCS + content_b.DOCS + content_c.DOCS
    for d in docs:
        d.keeps = d.keeps + extra.K.get(d.stem, [])
        d.reds = d.reds + extra.R.get(d.stem, [])
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
