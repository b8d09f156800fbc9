"""Check every probe of set W (mixed13) against the original PDFs with the evaluator's own extractors.

    /work/main/.venv/bin/python check_gold.py [NAME ...]

redact probe: must occur more often than `after` in pdftotext or PDFium text (channel text), in the
Info/XMP/outline/annotation channels (channel hidden), or in the evaluator's tesseract OCR (ocr: true).
keep probe: PDFium count must be at least `after` (>= 1; less than the count where the string is part of personal data). Prints one line per failure and a total.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
import evaluate as ev  # noqa: E402

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    fails = nred = nkeep = ndocs = diff_tt = pdfium_only = 0
    for g in sorted((HERE / "gold").glob("*.json")):
        if argv and g.stem not in argv:
            continue
        gold = json.loads(g.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / gold["doc"]
        ndocs += 1
        pdfium, pages = ev.text_pdfium(pdf)
        tt = ev.text_pdftotext(pdf)
        meta, outl, ann = ev.meta_outline_annots(pdf)
        hidden = " ".join((meta, outl, ann))
        ocr = None
        if pages != gold["pages"]:
            print(f"FAIL {gold['doc']}: pages {pages} != {gold['pages']}")
            fails += 1
        for item in gold["redact"]:
            for pr in item["probes"]:
                nred += 1
                after = pr.get("after", 0)
                if pr.get("ocr"):
                    if ocr is None:
                        with tempfile.TemporaryDirectory() as td:
                            ocr = ev.ocr_text(pdf, Path(td), ev.image_pages(pdf))
                    c = ev.ocr_count(ocr, pr)
                    where = "ocr"
                else:
                    c_tt, c_pd, c_h = ev.count_in(tt, pr), ev.count_in(pdfium, pr), ev.count_in(hidden, pr)
                    if pr.get("channel") == "text" and c_tt != c_pd:
                        diff_tt += 1
                        if c_tt <= after < c_pd:
                            pdfium_only += 1
                    c = max(c_tt, c_pd, c_h)
                    where = f"pdftotext={c_tt} pdfium={c_pd} hidden={c_h}"
                if c <= after:
                    fails += 1
                    print(f"FAIL {gold['doc']}: redact {item['kind']} {pr['text']!r} after={after} {where}")
        for item in gold["keep"]:
            for pr in item["probes"]:
                nkeep += 1
                c = ev.count_in(pdfium, pr)
                if c < pr["after"] or pr["after"] < 1:
                    fails += 1
                    print(f"FAIL {gold['doc']}: keep {item['kind']} {pr['text']!r} after={pr['after']} pdfium={c}")
    print(f"TOTAL docs={ndocs} redact={nred} keep={nkeep} failures={fails} "
          f"(text probes whose pdftotext count differs from PDFium: {diff_tt}; passed on PDFium only: {pdfium_only})")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
