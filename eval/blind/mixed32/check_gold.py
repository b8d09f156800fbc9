"""Verify every probe of set AP (mixed32) against the originals with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py      -> prints problems=N (0 expected)

keep: count in the PDFium text of the original == `orig` and 1 <= after <= orig.
redact (visible): count in PDFium text == `orig` > after.
redact (hidden only, orig 0): present in metadata, outline, annotations or raw objects; after 0.
redact (ocr): OCR count of the original page images (evaluator's ocr_text/ocr_count) > after.
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, channel_counts, ocr_count  # noqa: E402

ROOT = Path(__file__).resolve().parent
problems = 0
n_red = n_keep = 0
for gp in sorted((ROOT / "gold").glob("*.json")):
    g = json.loads(gp.read_text(encoding="utf-8"))
    pdf = ROOT / "docs" / g["doc"]
    if not pdf.exists():
        print(f"{g['doc']}: missing PDF"); problems += 1; continue
    need_ocr = any(p.get("ocr") for it in g["redact"] for p in it["probes"])
    ex = extract_channels(pdf, ocr="auto" if need_ocr else "off")
    ch = ex["channels"]
    if ex.get("pages") != g["pages"]:
        print(f"{g['doc']}: pages {ex.get('pages')} != {g['pages']}"); problems += 1
    for it in g["redact"]:
        for p in it["probes"]:
            n_red += 1
            if p.get("ocr"):
                c = ocr_count(ch.get("ocr", []), p)
                if c <= p["after"]:
                    print(f"{g['doc']}: OCR redact probe {p['text']!r} found {c}, after {p['after']}"); problems += 1
                continue
            c = count_in(ch["pdfium"], p)
            if c != p["orig"]:
                print(f"{g['doc']}: redact {p['text']!r} count {c} != orig {p['orig']}"); problems += 1
            if c == 0:
                cc = channel_counts(ch, p)
                if p["after"] != 0 or not any(cc.get(k) for k in ("metadata", "outline", "annotations",
                                                                   "qpdf_raw", "raw_file")):
                    print(f"{g['doc']}: hidden redact {p['text']!r} not in hidden channels ({cc})"); problems += 1
            elif c <= p["after"]:
                print(f"{g['doc']}: redact {p['text']!r} count {c} <= after {p['after']}"); problems += 1
    for it in g["keep"]:
        for p in it["probes"]:
            n_keep += 1
            c = count_in(ch["pdfium"], p)
            if c != p["orig"] or not (1 <= p["after"] <= c):
                print(f"{g['doc']}: keep {p['text']!r} count {c}, orig {p['orig']}, after {p['after']}"); problems += 1
print(f"redact_probes={n_red} keep_probes={n_keep}")
print(f"problems={problems}")
