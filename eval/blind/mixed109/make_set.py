"""Rebuild set HA (eval/blind/mixed109): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py ha03 ha17   # only these

Theme: a Woo request about the handling of complaints against the police (eenheid Oost-Nederland).
Text is written with inline markup: [[X:...]] is a redact probe, {{Y:...}} a keep probe (see build.py).
Every keep probe's 'after' is counted on the original's PDFium text with the evaluator's own functions,
and only where it survives blanking of all redact probes; redact probes have after=0 and are checked by
check_gold.py in the channel they were written to (text, ocr, metadata, outline, annotations).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build  # noqa: E402
from docs_a import DOCS as A  # noqa: E402

try:
    from docs_b import DOCS as B  # noqa: E402
except ImportError:
    B = []
try:
    from docs_c import DOCS as C  # noqa: E402
except ImportError:
    C = []

ALL = A + B + C


def main(argv):
    build.DOCS_DIR.mkdir(exist_ok=True)
    build.GOLD_DIR.mkdir(exist_ok=True)
    want = set(argv)
    tot = {"docs": 0, "pages": 0, "redact": 0, "keep": 0}
    bad = 0
    for i, d in enumerate(ALL):
        if want and d["id"] not in want:
            continue
        r = build.build(d, seed=1000 + i)
        tot["docs"] += 1
        tot["pages"] += r["pages"]
        tot["redact"] += r["redact"]
        tot["keep"] += r["keep"]
        print(f"{r['id']}: pages={r['pages']} redact={r['redact']} keep={r['keep']}"
              + (f" dropped(ocr)={r['dropped']}" if r["dropped"] else ""))
        for p in r["problems"]:
            bad += 1
            print("   PROBLEM", p)
    print(tot, "problems", bad)


if __name__ == "__main__":
    main(sys.argv[1:])
