"""Verify the mixed9 gold against the original PDFs, with the evaluator's own extraction.

    /work/main/.venv/bin/python check_gold.py [--ocr-off]

For every gold file:
  * a redact probe must occur in the original MORE often than its `after`:
      - probes with "ocr": true  -> in the tesseract OCR of the page (scans),
      - probes with "channel": "hidden" -> in metadata + outline + annotations/form fields,
      - other probes -> in the PDFium, pdfplumber or pdftotext text (the largest count);
  * a keep probe must occur in the PDFium text at least `after` (>= 1) times;
  * `pages` must equal the PDF's page count; every PDF must be < 1 MB.
Exit 0 when all checks pass.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = Path(os.environ.get("WOO_EVALUATOR", "/work/shared/eval/evaluate.py"))
spec = importlib.util.spec_from_file_location("woo_eval", EVAL)
ev = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ev)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ocr-off", action="store_true", help="skip the OCR probes (faster)")
    ap.add_argument("--only", nargs="*")
    args = ap.parse_args(argv)
    bad = 0
    tot = {"docs": 0, "pages": 0, "redact": 0, "keep": 0, "ocr": 0, "hidden": 0, "redact_ok": 0, "keep_ok": 0}
    for gp in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        if args.only and gp.stem not in args.only:
            continue
        pdf = HERE / "docs" / g["doc"]
        problems = []
        if not pdf.exists():
            print(f"{g['doc']}: MISSING PDF"); bad += 1; continue
        if pdf.stat().st_size >= 1_000_000:
            problems.append(f"size {pdf.stat().st_size} >= 1 MB")
        has_ocr = any(p.get("ocr") for it in g["redact"] for p in it["probes"])
        ch = ev.extract_channels(pdf, ocr="auto" if has_ocr and not args.ocr_off else "off")
        chans = ch["channels"]
        if ch.get("pages") != g["pages"]:
            problems.append(f"pages {ch.get('pages')} != gold {g['pages']}")
        for it in g["redact"]:
            for pr in it["probes"]:
                tot["redact"] += 1
                if pr.get("ocr"):
                    tot["ocr"] += 1
                    if args.ocr_off:
                        tot["redact_ok"] += 1
                        continue
                    n = ev.ocr_count(chans.get("ocr", []), pr)
                    where = "ocr"
                elif pr.get("channel") == "hidden":
                    tot["hidden"] += 1
                    n = sum(ev.count_in(chans.get(c, ""), pr) for c in ("metadata", "outline", "annotations"))
                    where = "hidden"
                else:
                    n = max(ev.count_in(chans.get(c, ""), pr) for c in ev.TEXT_CHANNELS)
                    where = "text"
                if n > pr.get("after", 0):
                    tot["redact_ok"] += 1
                else:
                    problems.append(f"redact {pr['text']!r} ({where}) found {n} <= after {pr.get('after', 0)}")
        for it in g["keep"]:
            for pr in it["probes"]:
                tot["keep"] += 1
                n = ev.count_in(chans.get("pdfium", ""), pr)
                if pr.get("after", 0) >= 1 and n >= pr["after"]:
                    tot["keep_ok"] += 1
                else:
                    problems.append(f"keep {pr['text']!r} pdfium {n} < after {pr.get('after')}")
        tot["docs"] += 1
        tot["pages"] += g["pages"]
        nr = sum(len(i["probes"]) for i in g["redact"]); nk = sum(len(i["probes"]) for i in g["keep"])
        status = "ok" if not problems else "FAIL"
        print(f"{g['doc']:<9} {g.get('producer', ''):<8} pages={g['pages']} redact={nr:<3} keep={nk:<3} {status}")
        for p in problems:
            print("    " + p)
        bad += bool(problems)
    print(f"docs={tot['docs']} pages={tot['pages']} redact_probes={tot['redact']} (ocr={tot['ocr']}, "
          f"hidden={tot['hidden']}) redact_ok={tot['redact_ok']} keep_probes={tot['keep']} keep_ok={tot['keep_ok']} "
          f"failing_docs={bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
