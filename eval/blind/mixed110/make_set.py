"""Rebuild set HB (eval/blind/mixed110): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py          # all documents
    /work/main/.venv/bin/python make_set.py hb03 hb17 # only these

Redact probes come from the [[...]] markup in content.py (after=0), keep probes from {{...}};
every keep probe's 'after' is counted on the original's PDFium text with the evaluator's own
functions. Probes of scans are OCR-only ('ocr': true) and are kept only when the evaluator's OCR
reads them on the original; those it cannot read are listed in build_log.txt.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

from evaluate import channel_counts, count_in, extract_channels, probe_regex  # noqa: E402

import lib  # noqa: E402
from content import DOCS  # noqa: E402

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"


def build(d) -> tuple[list, list]:
    """Build the PDF; return (redact [(text, kind, channel)], keep [(text, kind)])."""
    pdf = DOCS_DIR / (d["id"] + "_" + d["name"] + ".pdf")
    prod = d["producer"]
    red, keep = [], []
    if prod == "scan":
        pages = []
        for p in d["pages"]:
            plain, r, k = lib.parse(p)
            pages.append(plain)
            red += [(t, kd, "ocr") for t, kd in r]
        lib.build_scan(pdf, pages, **d.get("opts", {}))
    elif prod == "form":
        fields = []
        for label, name, value in d["fields"]:
            pl, r, k = lib.parse(label)
            red += [(t, kd, "text") for t, kd in r]
            keep += k
            if value is not None:
                pv, r2, k2 = lib.parse(value)
                red += [(t, kd, "annotations") for t, kd in r2]
            else:
                pv = None
            fields.append((label, name, pv))
        for t in d["title"] + d["footer"]:
            _, r, k = lib.parse(t)
            red += [(x, kd, "text") for x, kd in r]
            keep += k
        lib.build_form(pdf, d["title"], fields, d["footer"], **d.get("opts", {}))
    else:
        plain, r, k = lib.parse(d["body"])
        red += [(t, kd, "text") for t, kd in r]
        keep += k
        opts = dict(d.get("opts", {}))
        if prod == "docx":
            lib.build_docx(pdf, plain, **opts)
        else:
            for key in ("header", "footer"):
                if key in opts:
                    hp, hr, hk = lib.parse(opts[key])
                    opts[key] = hp
                    red += [(t, kd, "text") for t, kd in hr]
                    keep += hk
            lib.build_rl(pdf, plain, family=prod, **opts)
    hid = d.get("hidden")
    if hid:
        lib.add_hidden(pdf, **hid["set"])
        red += [(t, kd, ch) for t, kd, ch in hid["probes"]]
    return pdf, red, keep


def mask(text: str, probes: list) -> str:
    for p in probes:
        text = probe_regex(p["text"], p.get("word", False)).sub("\u25a0", text)
    return text


def make_gold(d, pdf: Path, red, keep, log) -> dict:
    ch = extract_channels(pdf, ocr="auto")
    chans = ch["channels"]
    text = chans.get("pdfium", "")
    gold = {"doc": pdf.name, "pages": ch["pages"], "redact": [], "keep": []}
    seen = set()
    all_red_probes = []
    for t, kind, channel in red:
        if t in seen:
            continue
        seen.add(t)
        pr = {"text": t, "word": True, "after": 0}
        if channel == "ocr":
            pr["ocr"] = True
        cc = channel_counts(chans, pr)
        where = {"text": "pdfium", "ocr": "ocr", "metadata": "metadata", "outline": "outline",
                 "annotations": "annotations"}[channel]
        if not cc.get(where):
            log.append(f"{pdf.name}: redact probe {t!r} not found in {where}; dropped")
            if channel != "ocr":
                raise SystemExit(f"{pdf.name}: redact probe {t!r} not in {where}")
            continue
        gold["redact"].append({"kind": kind, "value": t, "channel": channel, "probes": [pr]})
        all_red_probes.append(pr)
    masked = mask(text, all_red_probes)
    seen = set()
    for t, kind in keep:
        if t in seen:
            continue
        seen.add(t)
        pr = {"text": t, "word": True}
        n = count_in(text, pr)
        if n == 0:
            raise SystemExit(f"{pdf.name}: keep probe {t!r} not in PDFium text")
        if count_in(masked, pr) != n:
            raise SystemExit(f"{pdf.name}: keep probe {t!r} overlaps a redact probe")
        pr["after"] = n
        gold["keep"].append({"kind": kind, "value": t, "probes": [pr]})
    return gold


def main(argv):
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    log = []
    todo = [d for d in DOCS if not argv or d["id"] in argv]
    for d in todo:
        pdf, red, keep = build(d)
        gold = make_gold(d, pdf, red, keep, log)
        (GOLD_DIR / (pdf.stem + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{pdf.name}: pages={gold['pages']} redact={nr} keep={nk}")
    for line in log:
        print("LOG", line)
    if not argv:
        (HERE / "build_log.txt").write_text("\n".join(log) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
