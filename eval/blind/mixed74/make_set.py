"""Rebuild set CF (eval/blind/mixed74): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py          # all documents
    /work/main/.venv/bin/python make_set.py cf03 cf17 # only these

Every keep probe's 'after' is counted on the original's PDFium text with the evaluator's own
functions (lib.write_gold); every redact probe has after=0 and is checked by check_gold.py in the
channel it names ('where': text unless stated; 'ocr': true for scans).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lib import DOCS_DIR, GOLD_DIR, write_gold  # noqa: E402
import content  # noqa: E402,F401
import content2  # noqa: E402,F401
from content import DOCS  # noqa: E402


def main(argv):
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    names = argv or sorted(DOCS)
    for name in names:
        pdf = DOCS_DIR / f"{name}.pdf"
        g = DOCS[name](pdf)
        gold = write_gold(pdf, g)
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{name}: pages={gold['pages']} redact={nr} keep={nk}")


if __name__ == "__main__":
    main(sys.argv[1:])
