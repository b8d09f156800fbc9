"""Rebuild set mixed35: python build.py  (writes docs/*.pdf and gold/*.json)."""
import json
import shutil
import sys
from pathlib import Path

import framework as F
from content_a import DOCS as A
from content_b import DOCS as B

ALL = A + B


def main():
    only = set(sys.argv[1:])
    F.DOCS.mkdir(exist_ok=True)
    F.GOLD.mkdir(exist_ok=True)
    F.BUILD.mkdir(exist_ok=True)
    todo = [d for d in ALL if not only or d["name"] in only]
    names = [d["name"] for d in ALL]
    assert len(names) == len(set(names)), "duplicate names"
    docx = []
    for d in todo:
        out = F.DOCS / (d["name"] + ".pdf")
        p = d["producer"]
        if p == "rl":
            F.render_reportlab(d, out)
        elif p == "html":
            F.render_chromium(d, out)
        elif p == "scan":
            F.make_scan(d, out, ocr_layer=False, seed=len(d["name"]))
        elif p == "scan_ocr":
            F.make_scan(d, out, ocr_layer=True, seed=len(d["name"]))
        elif p == "docx":
            dx = F.BUILD / (d["name"] + ".docx")
            F.write_docx(d, dx)
            docx.append(dx)
    if docx:
        F.convert_docx(docx, F.BUILD)
        for dx in docx:
            shutil.copy(dx.with_suffix(".pdf"), F.DOCS / (dx.stem + ".pdf"))
    report = []
    for d in todo:
        out = F.DOCS / (d["name"] + ".pdf")
        F.add_hidden(d, out)
        g, ch = F.gold_for(d, out, report)
        (F.GOLD / (d["name"] + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1), encoding="utf-8")
        nr = sum(len(e["probes"]) for e in g["redact"])
        nk = sum(len(e["probes"]) for e in g["keep"])
        print("%-40s %-8s pages=%d redact=%d keep=%d" % (d["name"], d["producer"], g["pages"], nr, nk), flush=True)
    print("\n".join(report))


if __name__ == "__main__":
    main()
