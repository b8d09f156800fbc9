"""Check the gold of set mixed98 against its originals with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py

A redact probe must have after=0 and be present in the original in the channel it claims: PDFium text by
default, OCR of the image pages when it carries "ocr": true, otherwise the channel named in "channel"
(metadata = Info/XMP, outline, annotations = annotations and form fields). A keep probe's 'after' must equal
its count in the original's PDFium text. Prints one line per problem and finally problems=N.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, text_pdfium  # noqa: E402


def main() -> int:
    problems = n_red = n_keep = n_docs = n_pages = 0
    by_chan: dict = {}
    for g in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(g.read_text())
        pdf = HERE / "docs" / gold["doc"]
        if not pdf.exists():
            print(f"{g.name}: missing {pdf.name}")
            problems += 1
            continue
        n_docs += 1
        needs_ocr = any(p.get("ocr") for e in gold["redact"] for p in e["probes"])
        ch = extract_channels(pdf, ocr="auto" if needs_ocr else "off")["channels"]
        txt, npages = text_pdfium(pdf)
        n_pages += npages
        for e in gold["redact"]:
            for p in e["probes"]:
                n_red += 1
                want = "ocr" if p.get("ocr") else p.get("channel", "pdfium")
                by_chan[want] = by_chan.get(want, 0) + 1
                if p.get("after", 0) != 0:
                    print(f"{g.stem}: redact probe {p['text']!r} has after={p['after']}")
                    problems += 1
                c = channel_counts(ch, p)
                if c.get(want, 0) == 0:
                    print(f"{g.stem}: redact probe {p['text']!r} not in {want} (found {c})")
                    problems += 1
                if want in ("metadata", "outline", "annotations") and count_in(txt, p):
                    print(f"{g.stem}: hidden-channel probe {p['text']!r} also in page text")
                    problems += 1
        for e in gold["keep"]:
            for p in e["probes"]:
                n_keep += 1
                c = count_in(txt, p)
                if c != p["after"] or c == 0:
                    print(f"{g.stem}: keep probe {p['text']!r} after={p['after']} but PDFium count={c}")
                    problems += 1
    print(f"docs={n_docs} pages={n_pages} redact={n_red} keep={n_keep} redact_by_channel={by_chan}")
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
