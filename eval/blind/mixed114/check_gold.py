"""Check set mixed114's gold against its documents with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py

Every redact probe must be present in the original in the channel it claims ('text': PDFium page text;
'ocr': tesseract of the image pages, as the evaluator does it; 'metadata', 'outline', 'annotations': those
channels of the evaluator) and have after=0; every keep probe's 'after' must equal its count in the
original's PDFium text. Prints problems=0 when all is well.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, channel_counts, text_pdfium  # noqa: E402


def main() -> int:
    problems = []
    n_red = n_keep = n_docs = n_pages = 0
    per_channel: dict = {}
    for gp in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / gold["doc"]
        if not pdf.exists():
            problems.append(f"{gold['doc']}: missing PDF")
            continue
        n_docs += 1
        text, pages = text_pdfium(pdf)
        n_pages += pages
        if pages != gold["pages"]:
            problems.append(f"{gold['doc']}: pages {pages} != gold {gold['pages']}")
        needs_all = any(p.get("channel") not in (None, "text") for r in gold["redact"] for p in r["probes"])
        ch = extract_channels(pdf, ocr="auto")["channels"] if needs_all else {"pdfium": text}
        for r in gold["redact"]:
            for p in r["probes"]:
                n_red += 1
                claim = p.get("channel", "text")
                per_channel[claim] = per_channel.get(claim, 0) + 1
                if p.get("after", 0) != 0:
                    problems.append(f"{gold['doc']}: redact probe {p['text']!r} has after != 0")
                if claim == "text":
                    c = count_in(text, p)
                else:
                    c = channel_counts(ch, p).get(claim, 0)
                if c == 0:
                    problems.append(f"{gold['doc']}: redact probe {p['text']!r} not found in channel {claim}")
        for k in gold["keep"]:
            for p in k["probes"]:
                n_keep += 1
                c = count_in(text, p)
                if c != p["after"]:
                    problems.append(f"{gold['doc']}: keep probe {p['text']!r} after={p['after']} but original has {c}")
    for p in problems:
        print(p)
    print(f"docs={n_docs} pages={n_pages} redact={n_red} keep={n_keep} by channel: "
          + ", ".join(f"{k}={v}" for k, v in sorted(per_channel.items())))
    print(f"problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
