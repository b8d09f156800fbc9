"""Check that every gold probe of set AE (mixed21) is where the gold says it is.

    /work/main/.venv/bin/python check_gold.py

Redact probes: found at least once in the PDF's pdftotext or PDFium text (a note when only PDFium has it), or, when the probe
names a `channel` (metadata, annotations, outline), in that channel as the evaluator reads it, or, for
`ocr` probes, in the evaluator's own OCR of the original scan. Keep probes: PDFium text (the evaluator's
over-redaction channel) holds at least `after` occurrences (a note when pdftotext lacks it). Uses the shared evaluator's functions.
"""
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
import evaluate as EV  # noqa: E402

HERE = Path(__file__).resolve().parent


def main():
    bad = 0
    notes = []
    tot = {"docs": 0, "pages": 0, "redact": 0, "keep": 0, "ocr": 0, "hidden": 0}
    for g in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / gold["doc"]
        pdfium, pages = EV.text_pdfium(pdf)
        ptt = EV.text_pdftotext(pdf)
        meta, outl, ann = EV.meta_outline_annots(pdf)
        hidden = {"metadata": meta, "outline": outl, "annotations": ann}
        ocr = None
        if any(p.get("ocr") for it in gold["redact"] for p in it["probes"]):
            with tempfile.TemporaryDirectory() as td:
                ocr = EV.ocr_text(pdf, Path(td), EV.image_pages(pdf))
        tot["docs"] += 1
        tot["pages"] += pages
        if pages != gold["pages"]:
            print(f"BAD {gold['doc']}: pages {pages} != gold {gold['pages']}")
            bad += 1
        for it in gold["redact"]:
            for p in it["probes"]:
                tot["redact"] += 1
                if p.get("ocr"):
                    tot["ocr"] += 1
                    ok = EV.ocr_count(ocr, p) >= 1
                    where = "ocr"
                elif p.get("channel"):
                    tot["hidden"] += 1
                    ok = EV.count_in(hidden[p["channel"]], p) >= 1
                    where = p["channel"]
                else:
                    in_ptt, in_pdfium = EV.count_in(ptt, p) >= 1, EV.count_in(pdfium, p) >= 1
                    ok = in_ptt or in_pdfium
                    where = "pdftotext or pdfium"
                    if ok and not in_ptt:
                        notes.append(f"note {gold['doc']}: redact {p['text']!r} only in PDFium text "
                                     f"(pdftotext -layout splits it across table columns)")
                if not ok:
                    bad += 1
                    print(f"BAD {gold['doc']}: redact probe {p['text']!r} not found in {where}")
        for it in gold["keep"]:
            for p in it["probes"]:
                tot["keep"] += 1
                c = EV.count_in(pdfium, p)
                if c < p["after"]:
                    bad += 1
                    print(f"BAD {gold['doc']}: keep probe {p['text']!r}: pdfium {c} < after {p['after']}")
                elif EV.count_in(ptt, p) < 1:
                    notes.append(f"note {gold['doc']}: keep {p['text']!r} only in PDFium text "
                                 f"(pdftotext -layout splits it)")
    for n in notes:
        print(n)
    print(f"docs={tot['docs']} pages={tot['pages']} redact_probes={tot['redact']} (ocr={tot['ocr']}, "
          f"hidden-channel only={tot['hidden']}) keep_probes={tot['keep']} problems={bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
