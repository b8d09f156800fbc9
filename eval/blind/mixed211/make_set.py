"""Rebuild set mixed211 (nitrogen permit for a dairy farm, provincie Gelderland): docs/ and gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py gv03 gv17  # only these

Text markup: [[...]] = personal data (redact probe, after=0), {{...}} = public text (keep probe, after
counted on the original's PDFium text with the evaluator's own functions). Hidden-channel probes are
listed per document (metadata, outline, annotations); image-only scans get "ocr": true probes that are
kept only when the evaluator's OCR reads them. See lib211.py.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lib211 import (DOCS, GOLD, build_docx, build_form, build_reportlab, build_scan, make_gold,  # noqa: E402
                    postprocess)


def all_docs():
    import content_a, content_b, content_c, content_d  # noqa: E401
    return content_a.DOCS + content_b.DOCS + content_c.DOCS + content_d.DOCS


def main(argv):
    docs = [d for d in all_docs() if not argv or any(d.stem.startswith(a) for a in argv)]
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    dx = [d for d in docs if d.producer == "docx"]
    if dx:
        build_docx(dx, Path("/tmp/s211_docx"))
    for d in docs:
        if d.producer == "reportlab":
            build_reportlab(d, d.path)
        elif d.producer == "scan":
            build_scan(d, d.path)
        elif d.producer == "form":
            build_form(d, d.path)
        postprocess(d, d.path)
    allp = []
    for d in docs:
        gold, problems = make_gold(d, d.path)
        (GOLD / f"{d.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
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
