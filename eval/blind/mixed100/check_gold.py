"""Check the gold of set DF (mixed100) against the originals with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py [--stats]

A problem is: a redact probe with after != 0, a redact probe not found in the original in the channel it
claims (OCR-only probes in OCR, the others in any channel), a keep probe whose 'after' differs from its
count in the original's PDFium text, a keep probe with after=0, a redact probe that matches inside a keep
probe of the same document, or a page count that differs. Prints problems=N as the last line.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, text_pdfium  # noqa: E402

TEXT = ("pdfium", "pdfplumber", "pdftotext")
HIDDEN = ("metadata", "outline", "annotations")


def main():
    stats = "--stats" in sys.argv
    problems = 0
    tally = Counter()
    npages = nred = nkeep = 0
    for g in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(g.read_text())
        pdf = HERE / "docs" / gold["doc"]
        ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        text, n = text_pdfium(pdf)
        npages += n
        if n != gold["pages"]:
            print(f"{g.stem}: pages {gold['pages']} != {n}")
            problems += 1
        keep_texts = [p["text"] for k in gold["keep"] for p in k["probes"]]
        for item in gold["redact"]:
            for pr in item["probes"]:
                nred += 1
                if pr.get("after", 0) != 0:
                    print(f"{g.stem}: redact probe {pr['text']!r} after != 0")
                    problems += 1
                cc = channel_counts(chans, pr)
                if not cc:
                    print(f"{g.stem}: redact probe {pr['text']!r} not found in the original")
                    problems += 1
                    continue
                if pr.get("ocr"):
                    tally["ocr"] += 1
                elif any(c in cc for c in TEXT):
                    tally["text"] += 1
                elif any(c in cc for c in HIDDEN):
                    tally["hidden:" + "+".join(sorted(c for c in cc if c in HIDDEN))] += 1
                else:
                    tally["other:" + "+".join(sorted(cc))] += 1
                for kt in keep_texts:
                    if count_in(kt, pr):
                        print(f"{g.stem}: redact probe {pr['text']!r} matches inside keep probe {kt!r}")
                        problems += 1
        for item in gold["keep"]:
            for pr in item["probes"]:
                nkeep += 1
                c = count_in(text, pr)
                if c != pr["after"] or c == 0:
                    print(f"{g.stem}: keep probe {pr['text']!r} after={pr['after']} but found {c}")
                    problems += 1
        if stats:
            print(f"{g.stem}: pages={n} redact={sum(len(i['probes']) for i in gold['redact'])} "
                  f"keep={sum(len(i['probes']) for i in gold['keep'])} images={ch.get('image_pages')}")
    print(f"docs={len(list((HERE / 'gold').glob('*.json')))} pages={npages} redact={nred} keep={nkeep} "
          f"channels={dict(tally)}")
    print(f"problems={problems}")
    return 0 if problems == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
