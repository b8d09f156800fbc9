"""Check the gold of set AX against the original PDFs with the shared evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py

For every gold file: the PDF exists and has gold['pages'] pages; every redact probe occurs in the
original (in some channel: text, raw objects, metadata, outline, annotations, or OCR of image pages)
more often than its 'after'; every keep probe's count in the original's PDFium text equals its 'after'.
Prints one line per problem and finally 'problems=N' (N must be 0).
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
    golds = sorted((HERE / "gold").glob("*.json"))
    n_red = n_keep = pages = 0
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / g["doc"]
        if not pdf.exists():
            problems.append(f"{g['doc']}: missing PDF")
            continue
        ch = extract_channels(pdf, ocr="auto")
        if ch.get("pages") != g["pages"]:
            problems.append(f"{g['doc']}: pages {ch.get('pages')} != gold {g['pages']}")
        pages += ch.get("pages", 0)
        chans = ch["channels"]
        for item in g["redact"]:
            for pr in item["probes"]:
                n_red += 1
                cc = channel_counts(chans, pr)
                if max(cc.values(), default=0) <= pr.get("after", 0):
                    problems.append(f"{g['doc']}: redact probe {pr['text']!r} found {cc}, after={pr.get('after', 0)}")
        for item in g["keep"]:
            for pr in item["probes"]:
                n_keep += 1
                c = count_in(chans.get("pdfium", ""), pr)
                if c != pr.get("after", 0):
                    problems.append(f"{g['doc']}: keep probe {pr['text']!r} count {c} != after {pr.get('after')}")
    for p in problems:
        print(p)
    print(f"docs={len(golds)} pages={pages} redact_probes={n_red} keep_probes={n_keep}")
    print(f"problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
