"""Check the gold of set BQ (eval/blind/mixed59) against the original PDFs with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py

For every redact probe: after == 0 and the probe is present in the original in the channel it claims
(no 'channel': PDFium text; 'ocr': tesseract OCR of the image pages, as evaluate.py runs it; 'metadata',
'outline', 'annotations': that channel only, and then NOT in the PDFium page text). For every keep probe:
after > 0 and after equals its count in the original's PDFium text. Prints problems=N on the last line.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels  # noqa: E402


def main() -> int:
    problems = []
    n_docs = n_pages = n_red = n_keep = 0
    per_channel: dict = {}
    for gf in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / gold["doc"]
        if not pdf.exists():
            problems.append(f"{gf.name}: missing {pdf.name}")
            continue
        ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        n_docs += 1
        n_pages += gold["pages"]
        if ch.get("pages") != gold["pages"]:
            problems.append(f"{gf.name}: pages {ch.get('pages')} != gold {gold['pages']}")
        text = chans.get("pdfium", "")
        for item in gold["redact"]:
            for pr in item["probes"]:
                n_red += 1
                claim = pr.get("channel", "text")
                per_channel[claim] = per_channel.get(claim, 0) + 1
                if pr.get("after", 0) != 0:
                    problems.append(f"{gf.name}: redact probe {pr['text']!r} has after != 0")
                if claim == "text":
                    if count_in(text, pr) == 0:
                        problems.append(f"{gf.name}: redact probe {pr['text']!r} not in PDFium text")
                elif claim == "ocr":
                    if not pr.get("ocr"):
                        problems.append(f"{gf.name}: probe {pr['text']!r} claims ocr without ocr flag")
                    if channel_counts(chans, pr).get("ocr", 0) == 0:
                        problems.append(f"{gf.name}: redact probe {pr['text']!r} not found by OCR")
                else:
                    v = chans.get(claim)
                    if v is None or count_in(v, pr) == 0:
                        problems.append(f"{gf.name}: redact probe {pr['text']!r} not in channel {claim}")
                    if count_in(text, pr):
                        problems.append(f"{gf.name}: hidden-channel probe {pr['text']!r} is also in the page text")
        for item in gold["keep"]:
            for pr in item["probes"]:
                n_keep += 1
                c = count_in(text, pr)
                if pr.get("after", 0) <= 0 or c != pr["after"]:
                    problems.append(f"{gf.name}: keep probe {pr['text']!r} after={pr.get('after')} but original has {c}")
        if ch["errors"]:
            problems.append(f"{gf.name}: extraction errors {ch['errors']}")
    for p in problems:
        print(p)
    print(f"docs={n_docs} pages={n_pages} redact_probes={n_red} keep_probes={n_keep} by_channel={per_channel}")
    print(f"problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
