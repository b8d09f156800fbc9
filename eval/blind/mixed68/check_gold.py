"""Check set BZ (mixed68): every redact probe is present in the original in the channel it claims
('text' = PDFium page text, 'ocr' = tesseract of the image pages as the evaluator runs it,
'metadata' / 'outline' / 'annotations' = the evaluator's channels of those names), and every keep
probe's 'after' equals its count in the original's PDFium text. Prints problems=N.

    /work/main/.venv/bin/python check_gold.py
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")

from evaluate import channel_counts, count_in, extract_channels, text_pdfium  # noqa: E402


def main() -> int:
    problems = 0
    tot = Counter()
    for gp in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / gold["doc"]
        if not pdf.exists():
            print(f"{gold['doc']}: missing PDF")
            problems += 1
            continue
        ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        text, pages = text_pdfium(pdf)
        if pages != gold["pages"]:
            print(f"{gold['doc']}: pages {pages} != gold {gold['pages']}")
            problems += 1
        tot["docs"] += 1
        tot["pages"] += pages
        for item in gold["redact"]:
            for pr in item["probes"]:
                tot["redact"] += 1
                claim = pr.get("channel", "text")
                tot["redact_" + claim] += 1
                if pr.get("after", 0) != 0:
                    print(f"{gold['doc']}: redact probe {pr['text']!r} has after != 0")
                    problems += 1
                cc = channel_counts(chans, pr)
                name = {"text": "pdfium"}.get(claim, claim)
                if not cc.get(name):
                    print(f"{gold['doc']}: redact probe {pr['text']!r} not found in {claim} ({cc})")
                    problems += 1
                if claim in ("metadata", "outline", "annotations"):
                    vis = {k: v for k, v in cc.items() if k in ("pdfium", "pdfplumber", "ocr")}
                    if vis:
                        print(f"{gold['doc']}: hidden probe {pr['text']!r} is also visible: {vis}")
                        problems += 1
        for item in gold["keep"]:
            for pr in item["probes"]:
                tot["keep"] += 1
                c = count_in(text, pr)
                if c != pr["after"] or c == 0:
                    print(f"{gold['doc']}: keep probe {pr['text']!r} after={pr['after']} but count={c}")
                    problems += 1
    print(" ".join(f"{k}={v}" for k, v in sorted(tot.items())))
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
