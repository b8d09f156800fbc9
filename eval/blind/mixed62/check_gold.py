"""Check set BT's gold against its originals with the evaluator's own functions.

Prints one line per problem and finally problems=N. A redact probe must occur in the original in the
channel it claims ('text' = PDFium text; 'ocr' = OCR of image pages; or metadata / outline /
annotations); a keep probe's 'after' must equal its (non-zero) count in the original's PDFium text, and
no keep probe may overlap an occurrence of a redact probe in that text.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import (count_in, probe_regex, text_pdfium, extract_channels,  # noqa: E402
                      channel_counts)

problems = 0
stats = {"docs": 0, "pages": 0, "redact": 0, "keep": 0, "ocr": 0, "hidden": 0}


def bad(msg):
    global problems
    problems += 1
    print("PROBLEM", msg)


for g in sorted((HERE / "gold").glob("*.json")):
    gold = json.loads(g.read_text())
    pdf = HERE / "docs" / gold["doc"]
    if not pdf.exists():
        bad(f"{g.name}: missing {pdf.name}")
        continue
    txt, n = text_pdfium(pdf)
    stats["docs"] += 1
    stats["pages"] += n
    ch = extract_channels(pdf, ocr="auto")["channels"]
    spans = []
    for item in gold["redact"]:
        for p in item["probes"]:
            stats["redact"] += 1
            if p.get("after") != 0:
                bad(f"{g.name}: redact probe {p['text']!r} after != 0")
            claim = p.get("channel", "text")
            if claim == "text":
                c = count_in(txt, p)
                spans += [m.span() for m in probe_regex(p["text"], p.get("word", False)).finditer(txt)]
            elif claim == "ocr":
                stats["ocr"] += 1
                c = channel_counts(ch, p).get("ocr", 0)
            else:
                stats["hidden"] += 1
                c = count_in(ch.get(claim, ""), p)
                if count_in(txt, p):
                    bad(f"{g.name}: hidden probe {p['text']!r} also in page text")
            if c == 0:
                bad(f"{g.name}: redact probe {p['text']!r} not found in channel {claim}")
    for item in gold["keep"]:
        for p in item["probes"]:
            stats["keep"] += 1
            c = count_in(txt, p)
            if c != p["after"] or c == 0:
                bad(f"{g.name}: keep probe {p['text']!r} after={p['after']} but count={c}")
            for m in probe_regex(p["text"], p.get("word", False)).finditer(txt):
                a, b = m.span()
                if any(a < y and x < b for x, y in spans):
                    bad(f"{g.name}: keep probe {p['text']!r} overlaps a redact probe at {a}")
print(" ".join(f"{k}={v}" for k, v in stats.items()))
print(f"problems={problems}")
sys.exit(1 if problems else 0)
