"""Rebuild set CS (eval/blind/mixed87): aviation noise (Schiphol, Lelystad Airport) documents in docs/,
gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py cs03 cs17  # only these

The texts live in content_a.py, content_b.py and content_c.py, written with the inline markup that
lib.py describes ({{K:withheld}}, [[k:kept]], <<neither>>). Every keep probe's 'after' is counted on
the original's PDFium text with the evaluator's own functions; every redact probe has after=0 and is
checked by check_gold.py in the channel it claims (text, OCR, metadata, outline, annotations).
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import lib  # noqa: E402
from lib import (Collector, count_in, channel_counts, extract_channels, masked, norm, probe_regex, text_pdfium, rl_build, docx_build,  # noqa: E402
                 soffice_convert, scan_pdf, set_meta, add_annots, add_outline, DOCS_DIR, GOLD_DIR, BUILD)
import content_a  # noqa: E402
import content_b  # noqa: E402
import content_c  # noqa: E402

SPECS = content_a.SPECS + content_b.SPECS + content_c.SPECS


def build(spec, docx_queue):
    name = spec["name"]
    col = Collector()
    prod = spec["producer"]
    out = DOCS_DIR / f"{name}.pdf"
    kw = spec.get("kw", {})
    if prod == "rl":
        rl_build(out, spec["blocks"], col, **kw)
    elif prod == "docx":
        docx_build(BUILD / f"{name}.docx", spec["blocks"], col, **kw)
        docx_queue.append(name)
    elif prod == "scan":
        src = BUILD / f"{name}_src.pdf"
        rl_build(src, spec["blocks"], col, **kw)
        scan_pdf(src, out, seed=sum(name.encode()), **spec.get("scan", {}))
    else:
        raise ValueError(prod)
    return col


def post(spec):
    out = DOCS_DIR / f"{spec['name']}.pdf"
    m = spec.get("meta")
    if m:
        set_meta(out, **m)
    if spec.get("annots"):
        add_annots(out, spec["annots"])
    if spec.get("outline"):
        add_outline(out, spec["outline"])


def gold_for(spec, col):
    name = spec["name"]
    pdf = DOCS_DIR / f"{name}.pdf"
    text, pages = text_pdfium(pdf)
    scan = spec["producer"] == "scan"
    red, seen, unprobed = [], set(), []
    ocr_ch = None
    if scan:
        ocr_ch = extract_channels(pdf, ocr="auto")["channels"]
    for kind, t, probes in col.red:
        prs = []
        for ptxt in probes:
            if ptxt in seen:
                continue
            seen.add(ptxt)
            pr = {"text": ptxt, "word": True, "after": 0}
            if scan:
                pr["ocr"] = True
                pr["channel"] = "ocr"
                if not channel_counts(ocr_ch, pr).get("ocr"):
                    unprobed.append({"kind": kind, "value": t, "text": ptxt})
                    continue
            prs.append(pr)
        if prs:
            red.append({"kind": kind, "value": t, "probes": prs})
    for kind, t, chan in spec.get("hidden", []):
        pr = {"text": t, "word": True, "after": 0, "channel": chan}
        red.append({"kind": kind, "value": t, "probes": [pr]})
    keep, kseen, problems = [], set(), []
    src_plain = norm(" ".join(lib.plain(s) for s in col.src))
    src_masked = norm(" ".join(masked(s) for s in col.src))
    if not scan:
        for kind, t in col.keep:
            if t in kseen:
                continue
            kseen.add(t)
            pr = {"text": t, "word": True}
            n = count_in(text, pr)
            if n == 0:
                problems.append(f"{name}: keep probe {t!r} not in PDFium text")
                continue
            a, b = count_in(src_plain, pr), count_in(src_masked, pr)
            if a != b:
                problems.append(f"{name}: keep probe {t!r} overlaps a withheld span ({a} vs {b})")
                continue
            pr["after"] = n
            keep.append({"kind": kind, "value": t, "probes": [pr]})
    # a redact probe must occur only inside withheld (or neutral) spans of the source text
    for r in red:
        for rp in r["probes"]:
            n = count_in(src_masked, rp)
            if n:
                problems.append(f"{name}: redact probe {rp['text']!r} also occurs {n}x outside withheld spans")
    # a redact probe must not also be a keep probe's substring elsewhere
    for r in red:
      for rp in r["probes"]:
        for k in keep:
            if count_in(k["value"], rp):
                problems.append(f"{name}: redact probe {rp['text']!r} inside keep value {k['value']!r}")
    g = {"doc": f"{name}.pdf", "pages": pages, "title": spec.get("title", ""),
         "producer": spec["producer"], "redact": red, "keep": keep}
    if unprobed:
        # personal data visible in the scan that tesseract does not read back: not a probe (the
        # evaluator could never find it), listed so a reader knows the image holds more.
        g["unprobed_in_image"] = unprobed
    (GOLD_DIR / f"{name}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n")
    return problems


def main(argv):
    only = set(argv)
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    BUILD.mkdir(exist_ok=True)
    specs = [s for s in SPECS if not only or s["name"] in only or s["name"].split("_")[0] in only]
    cols, q = {}, []
    for s in specs:
        cols[s["name"]] = build(s, q)
    soffice_convert([BUILD / f"{n}.docx" for n in q], DOCS_DIR)
    problems = []
    for s in specs:
        post(s)
        problems += gold_for(s, cols[s["name"]])
    shutil.rmtree(BUILD, ignore_errors=True)
    for p in problems:
        print("PROBLEM", p)
    print(f"built {len(specs)} documents, problems={len(problems)}")


if __name__ == "__main__":
    main(sys.argv[1:])
