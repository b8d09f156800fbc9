"""Check set GR's gold (eval/blind/mixed118) against its documents with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py

A redact probe must occur at least once in the original in the channel its item claims ("channel":
metadata | outline | annotations | ocr; none = PDFium page text) and have after=0; a probe of a hidden
channel (metadata, outline, annotations) must not be in the page text. A keep probe's "after" must equal
its count in the original's PDFium text (and be > 0). "pages" must equal the page count.
Prints problems=0 when all holds.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent


def main() -> int:
    problems, by_channel = [], {}
    n_docs = n_pages = n_red = n_keep = 0
    for gp in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / gold["doc"]
        if not pdf.exists():
            problems.append(f"{gold['doc']}: PDF missing")
            continue
        n_docs += 1
        text, pages = text_pdfium(pdf)
        n_pages += pages
        if pages != gold["pages"]:
            problems.append(f"{gold['doc']}: pages {pages} != gold {gold['pages']}")
        claimed = {it.get("channel") for it in gold["redact"]} - {None}
        chans = {}
        if claimed:
            chans = extract_channels(pdf, ocr="auto" if "ocr" in claimed else "off")["channels"]
        for it in gold["redact"]:
            ch = it.get("channel", "pdfium")
            for pr in it["probes"]:
                n_red += 1
                by_channel[ch] = by_channel.get(ch, 0) + 1
                if pr.get("after", 0) != 0:
                    problems.append(f"{gold['doc']}: redact probe {pr['text']!r} has after != 0")
                if ch == "ocr" and not pr.get("ocr"):
                    problems.append(f"{gold['doc']}: OCR item without 'ocr': true on {pr['text']!r}")
                if ch == "pdfium":
                    found = count_in(text, pr)
                else:
                    found = channel_counts(chans, pr).get(ch, 0)
                    if ch != "ocr" and count_in(text, pr):
                        problems.append(f"{gold['doc']}: hidden probe {pr['text']!r} is in the page text too")
                if not found:
                    problems.append(f"{gold['doc']}: redact probe {pr['text']!r} not found in {ch}")
        for it in gold["keep"]:
            for pr in it["probes"]:
                n_keep += 1
                c = count_in(text, pr)
                if c == 0 or c != pr["after"]:
                    problems.append(f"{gold['doc']}: keep probe {pr['text']!r} after={pr['after']} count={c}")
    for p in problems:
        print(p)
    print(f"docs={n_docs} pages={n_pages} redact_probes={n_red} keep_probes={n_keep} by_channel={by_channel}")
    print(f"problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
