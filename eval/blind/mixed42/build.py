"""Rebuild set mixed42: python build.py [name-prefix ...]  (PDFs -> docs/, gold -> gold/)."""
import sys
import time
from framework import (DOCS, GOLD, WORK, LOG, build_reportlab, build_docx, build_html, build_scan_pdf,
                       add_hidden, make_gold, render_scan)
import content_a
import content_b

ALL = content_a.D + content_b.D


def build(d):
    path = DOCS / d["name"]
    prod = d["producer"]
    meta = d.get("meta") or {}
    if prod == "reportlab":
        build_reportlab(path, d["blocks"], meta=meta, landscape_=d.get("landscape", False))
    elif prod == "docx":
        build_docx(path, d["blocks"], meta=meta)
    elif prod == "html":
        build_html(path, d["blocks"], title=meta.get("Title", ""), landscape_=d.get("landscape", False))
    elif prod == "scan":
        pages = [render_scan(lines, seed=i + len(d["name"]), angle=ang) for i, (lines, ang) in enumerate(d["pages"])]
        build_scan_pdf(path, pages, meta=meta)
    else:
        raise ValueError(prod)
    h = dict(d.get("hidden") or {})
    if d.get("outline"):
        h["outline"] = d["outline"]
    if h:
        add_hidden(path, **h)
    return make_gold(path, d["redact"], d["keep"])


if __name__ == "__main__":
    WORK.mkdir(exist_ok=True)
    pref = sys.argv[1:]
    for d in ALL:
        if pref and not any(d["name"].startswith(p) for p in pref):
            continue
        t = time.time()
        gold, ch = build(d)
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{d['name']:<50} pages={gold['pages']} redact={nr} keep={nk} img={ch['image_pages']} {time.time() - t:.1f}s", flush=True)
    for ln in LOG:
        print("LOG", ln)
