"""Check every probe of gold/*.json against its PDF in docs/.

Redact probes must occur MORE often than their 'after' (so an untouched original leaks them) in the channel
the gold names: OCR text for 'ocr' probes, metadata / outline / annotations for 'channel' probes, otherwise
the page text (pdftotext -layout or PDFium, the evaluator's reference). Keep probes must occur at least 'after'
times in the PDFium text (the evaluator's over-redaction measure); probes that `pdftotext -layout` does not find
(a multi-word string split by its column layout) are counted, not failed.

    /work/main/.venv/bin/python eval/blind/mixed15/check_gold.py
"""
import json
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, os.environ.get("WOO_EVALUATOR_DIR", "/work/shared/eval"))
import evaluate as EV  # noqa: E402


def main():
    tot = {"redact": 0, "keep": 0, "ocr": 0, "hidden": 0, "fail": 0, "pdftotext_only_miss": 0, "keep_pdftotext_miss": 0}
    for gf in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / g["doc"]
        pdfium, n = EV.text_pdfium(pdf)
        ptt = EV.text_pdftotext(pdf)
        meta, outl, ann = EV.meta_outline_annots(pdf)
        hidden = {"metadata": meta, "outline": outl, "annotations": ann}
        ocr = None
        if any(p.get("ocr") for it in g["redact"] for p in it["probes"]):
            with tempfile.TemporaryDirectory() as td:
                ocr = EV.ocr_text(pdf, Path(td), list(range(1, n + 1)))
        fails = []
        if n != g["pages"]:
            fails.append(f"pages {n} != {g['pages']}")
        for it in g["redact"]:
            for p in it["probes"]:
                tot["redact"] += 1
                a = p.get("after", 0)
                if p.get("ocr"):
                    tot["ocr"] += 1
                    c = EV.ocr_count(ocr, p)
                    if c <= a:
                        fails.append(f"redact/ocr {p['text']!r}: {c} <= after {a}")
                elif p.get("channel"):
                    tot["hidden"] += 1
                    c = EV.count_in(hidden[p["channel"]], p)
                    if c < 1:
                        fails.append(f"redact/{p['channel']} {p['text']!r} not found")
                else:
                    c1, c2 = EV.count_in(ptt, p), EV.count_in(pdfium, p)
                    if max(c1, c2) <= a:
                        fails.append(f"redact {p['text']!r}: pdftotext {c1} pdfium {c2} <= after {a}")
                    elif c1 <= a:
                        tot["pdftotext_only_miss"] += 1
        for it in g["keep"]:
            for p in it["probes"]:
                tot["keep"] += 1
                c1, c2 = EV.count_in(ptt, p), EV.count_in(pdfium, p)
                if c2 < p["after"]:
                    fails.append(f"keep {p['text']!r}: pdfium {c2} < after {p['after']}")
                elif c1 < 1:
                    tot["keep_pdftotext_miss"] += 1
        tot["fail"] += len(fails)
        nr = sum(len(i["probes"]) for i in g["redact"])
        nk = sum(len(i["probes"]) for i in g["keep"])
        print(f"{g['doc']:8s} pages={n} redact={nr:3d} keep={nk:3d} {'OK' if not fails else 'FAIL'}")
        for f in fails:
            print("    " + f)
    print(f"docs={len(list((HERE / 'gold').glob('*.json')))} redact={tot['redact']} (ocr={tot['ocr']} "
          f"hidden-only={tot['hidden']}) keep={tot['keep']} "
          f"redact-found-by-pdfium-but-not-pdftotext={tot['pdftotext_only_miss']} "
          f"keep-not-found-by-pdftotext={tot['keep_pdftotext_miss']} failures={tot['fail']}")
    return 1 if tot["fail"] else 0


if __name__ == "__main__":
    sys.exit(main())
