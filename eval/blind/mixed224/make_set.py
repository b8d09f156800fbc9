"""Rebuild set SN (eval/blind/mixed224): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py sn03 sn17  # only these

reportlab documents are drawn directly; docx/odt documents are written with python-docx and converted by
soffice (odt: docx -> odt -> pdf); scans are rendered with Pillow, rotated, JPEG-compressed and placed as
the only content of the page. Metadata, outline and sticky notes are added with pikepdf.
Every keep probe's 'after' is counted on the original's PDFium text with the evaluator's own functions;
a keep probe that overlaps a redact probe (simulated redaction) or is absent is reported as a problem.
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lib import DOCS_DIR, GOLD_DIR, TMP, build_docx_src, build_rl, build_scan, make_gold, set_meta, soffice  # noqa


def all_docs():
    import content_a, content_b, content_c, content_d  # noqa: E401
    return content_a.DOCS + content_b.DOCS + content_c.DOCS + content_d.DOCS


def main(argv):
    docs = all_docs()
    sel = [d for d in docs if not argv or any(d.stem.startswith(a) for a in argv)]
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    TMP.mkdir(exist_ok=True)
    for d in sel:
        if d.kind == "rl":
            build_rl(d)
        elif d.kind == "scan":
            build_scan(d)
    srcs = {d.stem: build_docx_src(d) for d in sel if d.kind in ("docx", "odt")}
    odt = [srcs[d.stem] for d in sel if d.kind == "odt"]
    soffice(odt, "odt", TMP / "odt")
    soffice([srcs[d.stem] for d in sel if d.kind == "docx"] + [TMP / "odt" / (p.stem + ".odt") for p in odt],
            "pdf", TMP / "pdf")
    for d in sel:
        if d.kind in ("docx", "odt"):
            shutil.copy(TMP / "pdf" / f"{d.stem}.pdf", d.pdf)
        set_meta(d)
    allp = []
    for d in sel:
        gold, problems = make_gold(d)
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
