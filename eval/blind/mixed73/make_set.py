"""Rebuild set CE (eval/blind/mixed73): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py          # all documents
    /work/main/.venv/bin/python make_set.py ce03 ce17 # only these

The documents are written in content.py with inline marks ([redact], {keep}); lib.py renders them
(reportlab, python-docx + LibreOffice, image-only scans) and adds hidden channels with pikepdf.
Every keep probe's 'after' is counted on the original's PDFium text with the evaluator's own
functions; every redact probe has after=0 and is checked to be present in the channel it is claimed for
(text, OCR for scans, or metadata/outline/annotations for the hidden-channel probes).
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, meta_outline_annots, ocr_text, probe_regex, text_pdfium  # noqa: E402

import lib  # noqa: E402
from content import DOCS  # noqa: E402

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"


def spans(text, probe):
    return [m.span() for m in probe_regex(probe["text"], probe.get("word", False)).finditer(text)]


def build(d: dict) -> dict:
    pdf = DOCS_DIR / f"{d['id']}.pdf"
    plain, red, keep = lib.parse(d["src"])
    prod = d.get("producer", "rl")
    if prod == "rl":
        rects = lib.render_reportlab(pdf, plain, **d.get("kw", {}))
        if d["hidden"].get("formvalues"):
            d["hidden"]["fields"] = [(pg, name, val, r) for (pg, r), (name, val)
                                     in zip(rects, d["hidden"]["formvalues"])]
    elif prod == "docx":
        lib.render_docx(pdf, plain, **d.get("kw", {}))
    elif prod == "scan":
        lib.render_scan(pdf, plain, **d.get("kw", {}))
    h = d.get("hidden", {})
    if any(h.get(k) for k in ("xmp_creator", "annots", "fields", "info")):
        lib.add_hidden(pdf, xmp_creator=h.get("xmp_creator"), annots=h.get("annots", ()),
                       fields=h.get("fields", ()), info=h.get("info"))
    text, pages = text_pdfium(pdf)
    meta, outl, ann = meta_outline_annots(pdf)
    problems = []
    gold = {"doc": pdf.name, "pages": pages, "redact": [], "keep": []}
    seen = set()
    ocr_entries = None
    if prod == "scan":
        with tempfile.TemporaryDirectory() as td:
            ocr_entries = ocr_text(pdf, Path(td), list(range(1, pages + 1)))
    dropped = []
    for kind, t in red:
        if t in seen:
            continue
        seen.add(t)
        pr = {"text": t, "word": lib._isword(t), "after": 0}
        if prod == "scan":
            pr["ocr"] = True
            from evaluate import ocr_count
            if ocr_count(ocr_entries, pr) == 0:
                dropped.append(t)
                continue
        elif count_in(text, pr) == 0:
            problems.append(f"redact probe not in text: {t!r}")
        gold["redact"].append({"kind": kind, "value": t, "probes": [pr]})
    for ch, kind, t in h.get("probes", ()):
        pr = {"text": t, "word": lib._isword(t), "after": 0, "channel": ch}
        src = {"metadata": meta, "outline": outl, "annotations": ann}[ch]
        if count_in(src, pr) == 0:
            problems.append(f"hidden probe not in {ch}: {t!r}")
        if count_in(text, pr):
            problems.append(f"hidden probe also in page text: {t!r}")
        gold["redact"].append({"kind": kind, "value": t, "probes": [pr]})
    kseen = set()
    for t in keep:
        if t in kseen:
            continue
        kseen.add(t)
        pr = {"text": t, "word": lib._isword(t)}
        pr["after"] = count_in(text, pr)
        if pr["after"] == 0:
            problems.append(f"keep probe not in text: {t!r}")
        # a keep probe must not overlap any redact probe's occurrence
        ks = spans(text, pr)
        for item in gold["redact"]:
            for rp in item["probes"]:
                if rp.get("ocr") or rp.get("channel"):
                    continue
                for a, b in spans(text, rp):
                    for c, e in ks:
                        if a < e and c < b:
                            problems.append(f"keep {t!r} overlaps redact {rp['text']!r}")
        gold["keep"].append({"kind": d.get("keepkind", {}).get(t, "KEEP"), "value": t, "probes": [pr]})
    (GOLD_DIR / f"{d['id']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    nr = sum(len(i["probes"]) for i in gold["redact"])
    nk = len(gold["keep"])
    print(f"{d['id']}: pages={pages} redact={nr} keep={nk} producer={prod}"
          + (f" ocr_dropped={dropped}" if dropped else "") + "".join(f"\n   PROBLEM {p}" for p in problems))
    return {"pages": pages, "redact": nr, "keep": nk, "problems": len(problems)}


def main(argv):
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    want = set(argv)
    tot = {"docs": 0, "pages": 0, "redact": 0, "keep": 0, "problems": 0}
    for d in DOCS:
        if want and d["id"] not in want:
            continue
        r = build(d)
        tot["docs"] += 1
        for k in ("pages", "redact", "keep", "problems"):
            tot[k] += r[k]
    print(" ".join(f"{k}={v}" for k, v in tot.items()))


if __name__ == "__main__":
    main(sys.argv[1:])
