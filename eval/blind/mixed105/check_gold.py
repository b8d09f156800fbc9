"""Check set ED (eval/blind/mixed105): every redact probe is present in the original in the channel the gold
claims (text = PDFium page text; ocr = tesseract of the image pages; metadata / outline / annotations =
the evaluator's hidden channels), and every keep probe's 'after' equals its count in the original's PDFium
text. Uses the evaluator's own functions. Prints problems=N as the last line.

    /work/main/.venv/bin/python check_gold.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, extract_channels, channel_counts, text_pdfium  # noqa: E402


def main() -> int:
    problems = 0
    n_r = n_k = n_docs = n_pages = 0
    for gp in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / gold["doc"]
        if not pdf.exists():
            print(f"{gold['doc']}: original missing")
            problems += 1
            continue
        n_docs += 1
        text, pages = text_pdfium(pdf)
        n_pages += pages
        if pages != gold["pages"]:
            print(f"{gold['doc']}: pages {pages} != gold {gold['pages']}")
            problems += 1
        ch = extract_channels(pdf, ocr="auto")["channels"]
        for item in gold["redact"]:
            for pr in item["probes"]:
                n_r += 1
                if pr.get("after", 0) != 0:
                    print(f"{gold['doc']}: redact probe {pr['text']!r} has after != 0")
                    problems += 1
                want = pr.get("channel", "text")
                cc = channel_counts(ch, pr)
                for c in want.split("+"):
                    name = "pdfium" if c == "text" else c
                    if cc.get(name, 0) < 1:
                        print(f"{gold['doc']}: redact probe {pr['text']!r} not found in channel {c} ({cc})")
                        problems += 1
                if want != "text" and count_in(text, pr):
                    print(f"{gold['doc']}: probe {pr['text']!r} claimed {want} but is in the page text")
                    problems += 1
        for item in gold["keep"]:
            for pr in item["probes"]:
                n_k += 1
                c = count_in(text, pr)
                if c != pr["after"]:
                    print(f"{gold['doc']}: keep probe {pr['text']!r} after={pr['after']} but count={c}")
                    problems += 1
    print(f"docs={n_docs} pages={n_pages} redact_probes={n_r} keep_probes={n_k}")
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
