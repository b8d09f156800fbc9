"""Rebuild set OV (eval/blind/mixed185): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py

Keep probes' 'after' are counted on the original's PDFium text with the evaluator's own functions;
redact probes are kept only where they occur in the claimed channel (PDFium text, OCR of the scans,
metadata, outline, annotations). A keep probe overlapping a redact probe is reported as a problem.
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lib import DOCS_DIR, GOLD_DIR, TMP, build_docx, build_form, build_rl, build_scan, convert_lo, finish, make_gold  # noqa
from content import DOCS, KEEP, REG  # noqa: E402


def main(argv):
    sel = [d for d in DOCS if not argv or any(d.stem.startswith(a) for a in argv)]
    TMP.mkdir(parents=True, exist_ok=True)
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    raw = {}
    lo = []
    for d in sel:
        r = TMP / f"{d.stem}.raw.pdf"
        if d.kind in ("rl", "tt"):
            build_rl(d, r)
        elif d.kind == "form":
            build_form(d, r)
        elif d.kind == "scan":
            build_scan(d, r)
        elif d.kind == "lo":
            dx = TMP / f"{d.stem}.docx"
            build_docx(d, dx)
            lo.append(dx)
            r = TMP / f"{d.stem}.pdf"
        raw[d.stem] = r
    convert_lo(lo, TMP)
    allp = []
    tr = tk = tp = 0
    for d in sel:
        out = DOCS_DIR / f"{d.stem}.pdf"
        finish(d, raw[d.stem], out)
        gold, problems = make_gold(d, out, REG, KEEP)
        (GOLD_DIR / f"{d.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                 encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        tr, tk, tp = tr + nr, tk + nk, tp + gold["pages"]
        print(f"{d.stem}: pages={gold['pages']} redact={nr} keep={nk}" + (" PROBLEMS" if problems else ""))
        allp += problems
    for p in allp:
        print("  !", p)
    print(f"docs={len(sel)} pages={tp} redact={tr} keep={tk}")
    print(f"problems={len(allp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
