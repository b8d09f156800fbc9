"""Check set BU's gold against its PDFs with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py      # prints problems=0 when all is exact
A redact probe must occur in the original in some channel (OCR-only probes in the OCR text);
a keep probe's 'after' must equal its count in the PDFium text, be > 0, and must not lie inside a
redact probe's match (so that a perfect redaction leaves it readable).
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, probe_regex, text_pdfium, extract_channels, channel_counts  # noqa: E402

TEXT = ("pdfplumber", "pdfium", "pdftotext")


def main() -> int:
    problems = 0
    stats = Counter()
    hidden = []
    for gp in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gp.read_text())
        pdf = HERE / "docs" / g["doc"]
        if not pdf.exists():
            print("missing pdf", pdf.name); problems += 1; continue
        ch = extract_channels(pdf, ocr="auto")
        stats["docs"] += 1
        stats["pages"] += ch.get("pages", 0)
        text = ch["channels"].get("pdfium", "")
        masked = text
        for e in g["redact"]:
            for p in e["probes"]:
                stats["redact"] += 1
                c = channel_counts(ch["channels"], p)
                if not c:
                    print(f"{pdf.name}: redact probe not found: {p['text']!r}"); problems += 1
                    continue
                if p.get("ocr"):
                    stats["ocr"] += 1
                elif not any(k in c for k in TEXT):
                    stats["hidden"] += 1
                    hidden.append(f"{pdf.name}:{p['text']}:{','.join(sorted(c))}")
                if p.get("after", 0) != 0:
                    print(f"{pdf.name}: redact after != 0: {p['text']!r}"); problems += 1
                if not p.get("ocr"):
                    masked = probe_regex(p["text"], p.get("word", False)).sub(lambda m: "\u2588" * len(m.group(0)), masked)
        for e in g["keep"]:
            for p in e["probes"]:
                stats["keep"] += 1
                n = count_in(text, p)
                if n != p["after"] or n == 0:
                    print(f"{pdf.name}: keep {p['text']!r} after={p['after']} count={n}"); problems += 1
                if count_in(masked, p) != n:
                    print(f"{pdf.name}: keep {p['text']!r} overlaps a redact probe"); problems += 1
    print(" ".join(f"{k}={v}" for k, v in stats.items()))
    for h in hidden:
        print("hidden-only:", h)
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
