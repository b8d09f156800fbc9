"""Check set CN's gold against its originals with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py

A redact probe must be found in the original in the channel it claims: the PDFium page text by
default, OCR when it carries "ocr": true, and the named channel ("metadata", "outline",
"annotations") when it carries "channel" -- and such a hidden-channel probe must NOT be in the page
text (PDFium, pdfplumber) of that document. Every redact probe has after=0. Every keep probe's
'after' must equal its count in the original's PDFium text. Prints 'problems=0' when all holds.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, extract_channels, channel_counts  # noqa: E402


def main() -> int:
    problems = []
    n_docs = n_pages = n_red = n_keep = n_ocr = n_hidden = 0
    for gf in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gf.read_text())
        pdf = HERE / "docs" / g["doc"]
        if not pdf.exists():
            problems.append(f"{gf.name}: missing {pdf.name}")
            continue
        ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        n_docs += 1
        n_pages += ch.get("pages", 0)
        if ch.get("pages") != g["pages"]:
            problems.append(f"{g['doc']}: pages {ch.get('pages')} != gold {g['pages']}")
        for item in g["redact"]:
            for pr in item["probes"]:
                n_red += 1
                if pr.get("after", 0) != 0:
                    problems.append(f"{g['doc']}: redact probe {pr['text']!r} has after != 0")
                cc = channel_counts(chans, pr)
                if pr.get("ocr"):
                    n_ocr += 1
                    if not cc.get("ocr"):
                        problems.append(f"{g['doc']}: OCR probe {pr['text']!r} not read by OCR")
                elif pr.get("channel"):
                    n_hidden += 1
                    if not cc.get(pr["channel"]):
                        problems.append(f"{g['doc']}: hidden probe {pr['text']!r} not in {pr['channel']}")
                    for t in ("pdfium", "pdfplumber"):
                        if cc.get(t):
                            problems.append(f"{g['doc']}: hidden probe {pr['text']!r} also in {t} text")
                else:
                    if not cc.get("pdfium"):
                        problems.append(f"{g['doc']}: redact probe {pr['text']!r} not in PDFium text")
        for item in g["keep"]:
            for pr in item["probes"]:
                n_keep += 1
                c = count_in(chans.get("pdfium", ""), pr)
                if c != pr.get("after", 0) or c == 0:
                    problems.append(f"{g['doc']}: keep probe {pr['text']!r} after={pr.get('after')} "
                                    f"but PDFium count={c}")
    for p in problems:
        print(p)
    print(f"docs={n_docs} pages={n_pages} redact={n_red} (ocr={n_ocr}, hidden={n_hidden}) keep={n_keep}")
    print(f"problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
