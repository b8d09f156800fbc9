"""Check the gold of set mixed65 against the originals with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py

Every redact probe must be present in the original in the channel its 'channel' key names
(text = PDFium page text; ocr = tesseract of the page image; metadata, outline, annotations as in
evaluate.py) and have after=0; every keep probe's 'after' must equal its count in the original's
PDFium text. Prints the problems and a last line 'problems=N'.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels  # noqa: E402

CH = {"text": "pdfium", "ocr": "ocr", "metadata": "metadata", "outline": "outline", "annotations": "annotations"}


def main() -> int:
    problems = 0
    n_docs = n_red = n_keep = 0
    per_channel: dict = {}
    for gp in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / gold["doc"]
        if not pdf.exists():
            print(f"{gold['doc']}: missing PDF"); problems += 1; continue
        n_docs += 1
        ch = extract_channels(pdf)
        chans = ch["channels"]
        if ch.get("pages") != gold["pages"]:
            print(f"{gold['doc']}: pages {ch.get('pages')} != gold {gold['pages']}"); problems += 1
        for item in gold["redact"]:
            for pr in item["probes"]:
                n_red += 1
                claim = pr.get("channel", "text")
                per_channel[claim] = per_channel.get(claim, 0) + 1
                if pr.get("after", 0) != 0:
                    print(f"{gold['doc']}: redact probe {pr['text']!r} has after={pr['after']}"); problems += 1
                cc = channel_counts(chans, pr)
                if cc.get(CH[claim], 0) < 1:
                    print(f"{gold['doc']}: redact probe {pr['text']!r} not found in claimed channel {claim} ({cc})")
                    problems += 1
                if claim != "text" and cc.get("pdfium"):
                    print(f"{gold['doc']}: hidden/ocr probe {pr['text']!r} also in PDFium text"); problems += 1
        for item in gold["keep"]:
            for pr in item["probes"]:
                n_keep += 1
                c = count_in(chans["pdfium"], pr)
                if c != pr["after"]:
                    print(f"{gold['doc']}: keep probe {pr['text']!r} after={pr['after']} but {c} in original"); problems += 1
    print(f"docs={n_docs} redact_probes={n_red} keep_probes={n_keep} by_channel={per_channel}")
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
