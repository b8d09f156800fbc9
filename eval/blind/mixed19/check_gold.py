"""Check the gold files of set mixed19 against the PDFs, with the evaluator's own channel extraction.

    /work/main/.venv/bin/python eval/blind/mixed19/check_gold.py [NAME ...]

For every redact probe: it must occur more often than its `after` in the channel the gold names
(`"ocr": true` -> the evaluator's OCR of the page and its images; `"channel": X` -> metadata, outline or
annotations), otherwise in the pdftotext text (the brief's check) or, failing that, the PDFium text.
For every keep probe: the PDFium text must hold it at least `after` (>= 1) times; a keep probe shown only in a
picture (`"ocr": true`, `after` 0) must be read by OCR at least `ocr_after` times.
Prints one line per document, then the totals; exits 1 when any probe fails.
"""
from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, os.environ.get("WOO_EVALUATOR_DIR", "/work/shared/eval"))
from evaluate import count_in, extract_channels, ocr_count, raw_count  # noqa: E402


def count(ch, name, probe):
    v = ch.get(name)
    if v is None:
        return 0
    if isinstance(v, dict):
        return raw_count(v, probe)
    if isinstance(v, list):
        return ocr_count(v, probe)
    return count_in(v, probe)


def main(argv):
    golds = sorted((HERE / "gold").glob("*.json"))
    if argv:
        golds = [g for g in golds if g.stem in argv]
    tot = Counter()
    found_in = Counter()
    failures = []
    pages = 0
    for gp in golds:
        gold = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / gold["doc"]
        ch = extract_channels(pdf, ocr="auto")["channels"]
        pages += gold["pages"]
        nred = nkeep = 0
        fails = []
        for item in gold["redact"]:
            for pr in item["probes"]:
                nred += 1
                after = pr.get("after", 0)
                if pr.get("ocr"):
                    where = "ocr"
                    ok = count(ch, "ocr", pr) > after
                    tot["redact_ocr"] += 1
                elif pr.get("channel"):
                    where = pr["channel"]
                    ok = count(ch, where, pr) > after
                    tot["redact_hidden"] += 1
                else:
                    if count(ch, "pdftotext", pr) > after:
                        where, ok = "pdftotext", True
                    else:
                        where = "pdfium"
                        ok = count(ch, "pdfium", pr) > after
                if ok:
                    found_in[where] += 1
                else:
                    fails.append(f"redact {pr['text']!r} not found in {where}")
        for item in gold["keep"]:
            for pr in item["probes"]:
                nkeep += 1
                if pr.get("ocr"):
                    tot["keep_ocr"] += 1
                    if count(ch, "ocr", pr) < pr.get("ocr_after", 1):
                        fails.append(f"picture keep {pr['text']!r} read by OCR fewer than {pr.get('ocr_after')} times")
                else:
                    n = count(ch, "pdfium", pr)
                    if pr.get("after", 0) < 1 or n < pr["after"]:
                        fails.append(f"keep {pr['text']!r} found {n}x in PDFium text, gold says {pr.get('after')}")
        tot["redact"] += nred
        tot["keep"] += nkeep
        print(f"{gold['doc']}: pages={gold['pages']} redact={nred} keep={nkeep} "
              f"{'OK' if not fails else 'FAIL ' + str(len(fails))}", flush=True)
        for f in fails:
            print("    " + f)
        failures += fails
    print(f"redact probes found in: {dict(sorted(found_in.items()))}")
    print(f"checked {len(golds)} gold files, {pages} pages: redact probes {tot['redact']} (ocr {tot['redact_ocr']}, "
          f"hidden-only {tot['redact_hidden']}), keep probes {tot['keep']} (picture-only {tot['keep_ocr']}), "
          f"problems {len(failures)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
