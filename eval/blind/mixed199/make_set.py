"""Rebuild set mixed199 (eval/blind/mixed199): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py bv03 bv13  # only these

Text is written with inline marks: [[...]] must be redacted, {{...}} must stay. Every keep probe's
'after' is counted on the original's PDFium text with the evaluator's own functions; every redact
probe must occur in the channel it claims; a keep probe may not overlap a redact probe (simulated
redaction). check_gold.py re-checks the gold independently.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lib199 import build, make_gold  # noqa: E402


def main(argv):
    import content, content2, content3, content4  # noqa: E401
    docs = content.DOCS + content2.DOCS + content3.DOCS + content4.DOCS
    sel = [d for d in docs if not argv or any(d.stem.startswith(a) for a in argv)]
    allp = []
    for d in sel:
        build(d)
        gold, problems = make_gold(d)
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{d.stem}: pages={gold['pages']} redact={nr} keep={nk}" + (" PROBLEMS" if problems else ""))
        allp += problems
    for p in allp:
        print("  !", p)
    print(f"problems={len(allp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
