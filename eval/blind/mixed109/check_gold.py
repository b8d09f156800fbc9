"""Check the gold of set HA (eval/blind/mixed109) against the originals with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py

Every redact probe must have after=0 and occur in the original in the channel it claims
('text' = PDFium page text, 'ocr' = OCR of the image page, 'metadata', 'outline', 'annotations');
every keep probe's 'after' must equal its count in the original's PDFium text.
Prints per-channel totals and 'problems=N' as the last line.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, text_pdfium, extract_channels, channel_counts  # noqa: E402


def main() -> int:
    problems = 0
    tot = Counter()
    golds = sorted((HERE / "gold").glob("*.json"))
    pdfs = sorted((HERE / "docs").glob("*.pdf"))
    if [g.stem for g in golds] != [p.stem for p in pdfs]:
        print("PROBLEM: gold and docs differ")
        problems += 1
    for g in golds:
        gold = json.loads(g.read_text())
        pdf = HERE / "docs" / gold["doc"]
        text, n = text_pdfium(pdf)
        tot["pages"] += n
        tot["docs"] += 1
        ch = extract_channels(pdf, ocr="auto")
        for ent in gold["redact"]:
            for p in ent["probes"]:
                tot["redact"] += 1
                claim = p.get("channel", "text")
                tot["redact_" + claim] += 1
                if p.get("after", 0) != 0:
                    problems += 1
                    print(f"PROBLEM {g.stem}: redact probe {p['text']!r} has after={p['after']}")
                if claim == "text":
                    c = count_in(text, p)
                else:
                    cc = channel_counts(ch["channels"], p)
                    c = cc.get(claim, 0)
                if c == 0:
                    problems += 1
                    print(f"PROBLEM {g.stem}: redact probe {p['text']!r} not found in channel {claim}")
        for ent in gold["keep"]:
            for p in ent["probes"]:
                tot["keep"] += 1
                c = count_in(text, p)
                if c != p["after"]:
                    problems += 1
                    print(f"PROBLEM {g.stem}: keep probe {p['text']!r} after={p['after']} but {c} in original")
    print(dict(tot))
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
