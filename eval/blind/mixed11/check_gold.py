"""Check the gold of set U against the PDFs, independently of generate.py.

    python check_gold.py [--ocr-off] [--verbose]

For every gold file: the PDF exists, is < 1 MB and has the gold's page count; every redact probe occurs in the
original MORE often than its `after` in the channel the gold names (text: PDFium; "channel": "hidden":
metadata/outline/annotations/form fields; "ocr": the evaluator's own OCR of the page images); every keep probe has
after >= 1 and occurs at least `after` times in the PDFium text (the evaluator's over-redaction channel); no
markup is left in the text. Text probes that PDFium finds but pdfplumber or pdftotext do not are listed as notes.
Uses the channel extraction of /work/shared/eval/evaluate.py so that counts are the evaluator's.
"""

import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import (count_in, image_pages, meta_outline_annots, ocr_count, ocr_text,  # noqa: E402
                      text_pdfium, text_pdfplumber, text_pdftotext)

HERE = Path(__file__).resolve().parent


def main(argv):
    ocr_on = "--ocr-off" not in argv
    verbose = "--verbose" in argv
    golds = sorted((HERE / "gold").glob("*.json"))
    tot = Counter()
    kinds = Counter()
    failing = []
    for g in golds:
        gold = json.loads(g.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / gold["doc"]
        errs, notes = [], []
        if not pdf.exists():
            failing.append((gold["doc"], ["missing PDF"]))
            continue
        if pdf.stat().st_size >= 1_000_000:
            errs.append(f"size {pdf.stat().st_size}")
        text, pages = text_pdfium(pdf)
        if pages != gold["pages"]:
            errs.append(f"pages {pages} != gold {gold['pages']}")
        if "[[" in text or "{{" in text or "]]" in text or "}}" in text:
            errs.append("markup left in text")
        plumber, ptt = text_pdfplumber(pdf), text_pdftotext(pdf)
        meta, outl, ann = meta_outline_annots(pdf)
        hidden = [meta, outl, ann]
        ocr = None
        tot["docs"] += 1
        tot["pages"] += pages
        for item in gold["redact"]:
            for pr in item["probes"]:
                tot["redact"] += 1
                kinds["redact " + item["kind"]] += 1
                after = pr.get("after", 0)
                if pr.get("ocr"):
                    tot["ocr"] += 1
                    if not ocr_on:
                        tot["redact_ok"] += 1
                        continue
                    if ocr is None:
                        with tempfile.TemporaryDirectory() as td:
                            ocr = ocr_text(pdf, Path(td), image_pages(pdf))
                    c = ocr_count(ocr, pr)
                elif pr.get("channel") == "hidden":
                    tot["hidden"] += 1
                    c = max(count_in(h, pr) for h in hidden)
                else:
                    c = count_in(text, pr)
                    for name, t in (("pdfplumber", plumber), ("pdftotext", ptt)):
                        if count_in(t, pr) <= after:
                            notes.append(f"redact {pr['text']!r} not above after={after} in {name}")
                if c > after:
                    tot["redact_ok"] += 1
                else:
                    errs.append(f"redact {pr['text']!r} ({item['kind']}) found {c} <= after {after}")
        for item in gold["keep"]:
            for pr in item["probes"]:
                tot["keep"] += 1
                kinds["keep " + item["kind"]] += 1
                c = count_in(text, pr)
                if pr.get("after", 0) >= 1 and c >= pr["after"]:
                    tot["keep_ok"] += 1
                else:
                    errs.append(f"keep {pr['text']!r} ({item['kind']}) found {c}, after {pr.get('after')}")
        if errs:
            failing.append((gold["doc"], errs))
        if verbose and notes:
            print(f"{gold['doc']}: notes: " + "; ".join(notes))
    for doc, errs in failing:
        print(f"FAIL {doc}:")
        for e in errs:
            print("   ", e)
    print("kinds: " + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
    print(f"docs={tot['docs']} pages={tot['pages']} redact_probes={tot['redact']} (ocr={tot['ocr']}, hidden={tot['hidden']}) "
          f"redact_ok={tot['redact_ok']} keep_probes={tot['keep']} keep_ok={tot['keep_ok']} failing_docs={len(failing)}"
          + ("" if ocr_on else " (OCR probes not checked)"))
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
