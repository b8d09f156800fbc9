"""Check set BP's gold against its originals.

    /work/main/.venv/bin/python check_gold.py

A redact probe must have after=0 and occur in the original in the channel it claims ('text': PDFium
page text; 'ocr': tesseract of the image pages, as the evaluator runs it; 'metadata', 'outline',
'annotations': that channel, and then not in the page text). A keep probe's 'after' must equal its
count in the original's PDFium text and be at least 1, and no keep occurrence may overlap a redact
occurrence in that text. Prints the counts and problems=N.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, probe_regex, text_pdfium, extract_channels, channel_counts  # noqa: E402


def spans(text, p):
    return [m.span() for m in probe_regex(p["text"], p.get("word", False)).finditer(text)]


def main():
    problems = 0
    tot = {"docs": 0, "pages": 0, "redact": 0, "keep": 0}
    by_ch = {}
    scans = []
    for g in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(g.read_text())
        pdf = HERE / "docs" / gold["doc"]
        if not pdf.exists():
            print(f"{g.name}: missing {pdf.name}")
            problems += 1
            continue
        text, n = text_pdfium(pdf)
        ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        if ch["image_pages"]:
            scans.append((gold["doc"], ch["image_pages"]))
        tot["docs"] += 1
        tot["pages"] += n
        if n != gold["pages"]:
            print(f"{g.name}: pages {gold['pages']} != {n}")
            problems += 1
        rspans = []
        for item in gold["redact"]:
            for p in item["probes"]:
                tot["redact"] += 1
                c = p.get("channel", "text")
                by_ch[c] = by_ch.get(c, 0) + 1
                if p.get("after", 0) != 0:
                    print(f"{g.name}: redact after!=0 {p['text']}")
                    problems += 1
                if c == "text":
                    k = count_in(text, p)
                    rspans += spans(text, p)
                elif c == "ocr":
                    k = channel_counts(chans, p).get("ocr", 0)
                    if not p.get("ocr"):
                        print(f"{g.name}: ocr probe without ocr flag {p['text']}")
                        problems += 1
                else:
                    k = count_in(chans.get(c, ""), p)
                    if count_in(text, p):
                        print(f"{g.name}: hidden probe {p['text']!r} also in page text")
                        problems += 1
                if k == 0:
                    print(f"{g.name}: redact probe {p['text']!r} not found in channel {c}")
                    problems += 1
        for item in gold["keep"]:
            for p in item["probes"]:
                tot["keep"] += 1
                k = count_in(text, p)
                if k != p.get("after") or k == 0:
                    print(f"{g.name}: keep probe {p['text']!r} after={p.get('after')} count={k}")
                    problems += 1
                for a, b in spans(text, p):
                    for x, y in rspans:
                        if a < y and x < b:
                            print(f"{g.name}: keep {p['text']!r} overlaps a redact probe at {x}")
                            problems += 1
    print("totals", tot, "redact by channel", by_ch)
    print("image pages", scans)
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
