"""Rebuild set DB (eval/blind/mixed237): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py db03 db17  # only these

Redact values and keep probes are marked inline in the document text (see lib.py). Every keep probe's
'after' is counted on the original's PDFium text with the evaluator's own functions; every redact probe has
after=0 and must occur in the channel it is claimed for (PDFium text, OCR, metadata, outline, annotations).
A keep probe that overlaps a redacted span (simulated redaction) is dropped and reported.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lib import GOLD_DIR, build_all, make_gold  # noqa: E402


def all_docs():
    import content_a
    import content_b
    return content_a.DOCS + content_b.DOCS


def main(argv):
    docs = all_docs()
    sel = [d for d in docs if not argv or any(d.stem.startswith(a) for a in argv)]
    build_all(sel)
    GOLD_DIR.mkdir(exist_ok=True)
    logs = []
    for d in sel:
        gold, log = make_gold(d)
        (GOLD_DIR / f"{d.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                 encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{d.stem}: pages={gold['pages']} redact={nr} keep={nk}")
        logs += log
    for x in logs:
        print("  !", x)
    print(f"notes={len(logs)}")


if __name__ == "__main__":
    main(sys.argv[1:])
