"""Check set CD's gold against its originals with the evaluator's own extraction.

    /work/main/.venv/bin/python check_gold.py

A redact probe must occur in the original: in the channel it names ('channel': metadata, outline,
annotations), in the OCR text when it is an OCR probe ('ocr': true), else in the PDFium text.
Its 'after' must be 0. A keep probe's 'after' must equal its count in the original's PDFium text.
Prints per-channel tallies and ends with problems=N.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")

from evaluate import channel_counts, count_in, extract_channels  # noqa: E402

TEXT = ("pdfium", "pdfplumber", "pdftotext")


def main() -> int:
    problems = 0
    tally = Counter()
    docs = pages = 0
    for gf in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gf.read_text())
        pdf = HERE / "docs" / gold["doc"]
        if not pdf.exists():
            print(f"{gf.name}: missing {pdf.name}")
            problems += 1
            continue
        ch = extract_channels(pdf)
        chans = ch["channels"]
        docs += 1
        pages += ch.get("pages", 0)
        if ch.get("pages") != gold["pages"]:
            print(f"{gold['doc']}: pages {ch.get('pages')} != gold {gold['pages']}")
            problems += 1
        for item in gold["redact"]:
            for pr in item["probes"]:
                if pr.get("after", 0) != 0:
                    print(f"{gold['doc']}: redact probe {pr['text']!r} has after != 0")
                    problems += 1
                cc = channel_counts(chans, pr)
                want = pr.get("channel") or ("ocr" if pr.get("ocr") else "pdfium")
                if not cc.get(want):
                    print(f"{gold['doc']}: redact probe {pr['text']!r} not found in {want} ({cc})")
                    problems += 1
                    continue
                if pr.get("ocr"):
                    tally["ocr"] += 1
                elif not any(cc.get(t) for t in TEXT):
                    tally["hidden:" + want] += 1
                else:
                    tally["text"] += 1
        for item in gold["keep"]:
            for pr in item["probes"]:
                n = count_in(chans.get("pdfium", ""), pr)
                tally["keep"] += 1
                if n != pr["after"] or n == 0:
                    print(f"{gold['doc']}: keep probe {pr['text']!r} after={pr['after']} but PDFium has {n}")
                    problems += 1
    print(f"docs={docs} pages={pages} " + " ".join(f"{k}={v}" for k, v in sorted(tally.items())))
    print(f"problems={problems}")
    return 0 if problems == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
