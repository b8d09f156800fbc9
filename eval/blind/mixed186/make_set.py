"""Rebuild set BG (eval/blind/mixed186): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py bg03 bg17  # only these

Documents are written in a small markup (see lib.py): [[...]] marks personal data (a redact probe,
after=0), {{...}} marks public text (a keep probe whose 'after' is its count in the original's PDFium
text, counted with the evaluator's own norm/count_in). Hidden-channel items (metadata, outline,
annotations, OCR of image-only scans) are declared per document and verified in their channel.
A keep probe that overlaps a redact value (simulated redaction) is dropped and reported.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lib import GOLD_DIR, NOTES, make_gold  # noqa: E402


def all_docs():
    import content_a, content_b, content_c, content_d  # noqa: E401
    return content_a.DOCS + content_b.DOCS + content_c.DOCS + content_d.DOCS


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
    for n in NOTES:
        print("  note:", n)
    print(f"problems={len(allp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
