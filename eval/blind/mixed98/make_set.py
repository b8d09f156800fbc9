"""Rebuild blind set mixed98 (water board: permits, enforcement, HWBP dike works, damage claims, AB minutes).

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py ww03 ww17  # only these

Documents are written with inline marks: [[text|KIND]] is personal data to redact (kind defaults to PERSON),
{{text|KIND}} is text that must stay readable (kind defaults to ORG). The marks are stripped before rendering;
every marked string becomes one probe. Keep probes count their occurrences in the original's PDFium text with
the evaluator's own functions; a keep probe that overlaps a redact probe's match is dropped (it could not stay
whole). Redact probes on scans carry "ocr": true and are kept only when tesseract reads them in the original;
redact probes that exist only in metadata, XMP, outline, annotations or form fields carry "channel".
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

import engine  # noqa: E402
from evaluate import channel_counts, extract_channels  # noqa: E402
from docs_a import DOCS as A  # noqa: E402
from docs_b import DOCS as B  # noqa: E402
from docs_c import DOCS as C  # noqa: E402

DOCS = A + B + C


def build(doc):
    out = engine.DOCS_DIR / f"{doc['id']}.pdf"
    {"rl": engine.render_rl, "docx": engine.render_docx, "scan": engine.render_scan}[doc["producer"]](doc, out)
    engine.add_hidden(doc, out)
    gold, npages, txt = engine.build_gold(doc, out)
    bad = engine.overlaps(gold, txt)
    if bad:
        drop = {k for k, _ in bad}
        print(f"  {doc['id']}: keep probes overlapping redact matches dropped: {sorted(drop)}")
        gold["keep"] = [e for e in gold["keep"] if e["value"] not in drop]
    zero = [e["value"] for e in gold["keep"] if e["probes"][0]["after"] == 0]
    if zero:
        print(f"  {doc['id']}: keep probes not found in PDFium text dropped: {zero}")
        gold["keep"] = [e for e in gold["keep"] if e["probes"][0]["after"] > 0]
    # every redact probe must be present in the channel it claims; scans: OCR decides
    ch = extract_channels(out, ocr="auto" if doc["producer"] == "scan" else "off")["channels"]
    kept = []
    for e in gold["redact"]:
        p = e["probes"][0]
        c = channel_counts(ch, p)
        want = "ocr" if p.get("ocr") else p.get("channel", "pdfium")
        if want not in ("ocr", "pdfium") and c.get("pdfium", 0) > 0:
            p.pop("channel")  # marked only in a hidden channel, but the same string is also on the page
            want = "pdfium"
        if c.get(want, 0) > 0:
            kept.append(e)
        else:
            print(f"  {doc['id']}: redact probe {p['text']!r} not found in {want} ({c}); dropped")
    gold["redact"] = kept
    (engine.GOLD_DIR / f"{doc['id']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    return npages, len(gold["redact"]), len(gold["keep"])


def main(argv):
    engine.DOCS_DIR.mkdir(exist_ok=True)
    engine.GOLD_DIR.mkdir(exist_ok=True)
    sel = [d for d in DOCS if not argv or d["id"] in argv]
    tp = tr = tk = 0
    for d in sel:
        n, r, k = build(d)
        tp, tr, tk = tp + n, tr + r, tk + k
        print(f"{d['id']} {d['producer']:5s} pages={n} redact={r} keep={k}")
    print(f"docs={len(sel)} pages={tp} redact={tr} keep={tk}")


if __name__ == "__main__":
    main(sys.argv[1:])
