"""Check set mixed106's gold against its originals with the evaluator's own functions.

Every redact probe must be found in the original in the channel it claims ("text" = PDFium page text,
"ocr", "metadata", "outline", "annotations"); a hidden-channel probe must not be in the PDFium text; every
redact probe has after=0. Every keep probe's 'after' must equal its count in the original's PDFium text.
Prints problems=N as its last line.

    /work/main/.venv/bin/python check_gold.py [stem ...]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, channel_counts, ocr_count  # noqa: E402

HERE = Path(__file__).resolve().parent


def main(argv):
    problems = 0
    stems = argv or sorted(p.stem for p in (HERE / "gold").glob("*.json"))
    nred = nkeep = 0
    for stem in stems:
        gold = json.loads((HERE / "gold" / f"{stem}.json").read_text())
        pdf = HERE / "docs" / gold["doc"]
        ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        if ch.get("pages") != gold["pages"]:
            print(f"{stem}: pages {ch.get('pages')} != gold {gold['pages']}")
            problems += 1
        text = chans.get("pdfium", "")
        for item in gold["redact"]:
            for p in item["probes"]:
                nred += 1
                claim = p.get("channel", "text")
                if p.get("after", 0) != 0:
                    print(f"{stem}: redact probe {p['text']!r} has after={p['after']}")
                    problems += 1
                if claim == "text":
                    c = count_in(text, p)
                elif claim == "ocr":
                    c = ocr_count(chans.get("ocr", []), p)
                else:
                    c = count_in(chans.get(claim, ""), p)
                    if count_in(text, p):
                        print(f"{stem}: hidden probe {p['text']!r} is also in the page text")
                        problems += 1
                if c < 1:
                    print(f"{stem}: redact probe {p['text']!r} not found in claimed channel {claim} "
                          f"(found in: {channel_counts(chans, p)})")
                    problems += 1
        for item in gold["keep"]:
            for p in item["probes"]:
                nkeep += 1
                c = count_in(text, p)
                if c != p["after"] or c < 1:
                    print(f"{stem}: keep probe {p['text']!r} after={p['after']} but PDFium count {c}")
                    problems += 1
    print(f"docs={len(stems)} redact_probes={nred} keep_probes={nkeep}")
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
