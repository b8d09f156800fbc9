"""Rebuild set WS (eval/blind/mixed219): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py ws03 ws17  # only these

Redact values are marked [[...]] and keep values ((...)) in the document bodies (content_*.py);
hidden-channel values (metadata, outline, annotations/AcroForm) are listed per document. Every keep
probe's 'after' is counted on the original's PDFium text with the evaluator's own functions; every
redact probe has after=0 and is verified in the channel it is claimed for (OCR for the scans).
A keep probe may not overlap a redact value (checked by blanking the redact values).
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lib import DOCS_DIR, GOLD_DIR, TMP, make_gold, post, render_docx, render_rl, render_scan  # noqa: E402


def all_docs():
    import content_a, content_b, content_c  # noqa: E401
    return content_a.DOCS + content_b.DOCS + content_c.DOCS


def main(argv):
    docs = all_docs()
    sel = [d for d in docs if not argv or any(d.stem.startswith(a) for a in argv)]
    TMP.mkdir(exist_ok=True, parents=True)
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    render_docx([d for d in sel if d.kind == "docx"], DOCS_DIR)
    for d in sel:
        if d.kind in ("rl", "ttf"):
            render_rl(d, d.path)
        elif d.kind == "scan":
            render_scan(d, d.path)
        post(d, d.path)
    allp = []
    for d in sel:
        gold, problems = make_gold(d, d.path)
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
