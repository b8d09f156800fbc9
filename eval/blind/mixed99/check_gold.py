"""Check set DE's gold against its originals with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py

A redact probe must be present in the original in the channel it claims: 'ocr' probes in the OCR text of
the image pages, 'channel' probes (metadata, xmp -> metadata, outline, annotations) in that channel, all others
in the PDFium page text. Its 'after' must be 0. A keep probe's 'after' must equal its count in the original's
PDFium text and be at least 1. Prints one line per problem and finally problems=N.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent
CHANNEL = {"metadata": "metadata", "xmp": "metadata", "outline": "outline", "annotations": "annotations",
           "annotation": "annotations"}


def main() -> int:
    problems = 0
    n_docs = n_pages = n_red = n_keep = n_ocr = n_hidden = 0
    for gp in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gp.read_text())
        pdf = HERE / "docs" / g["doc"]
        if not pdf.exists():
            print(f"{gp.name}: missing {pdf.name}")
            problems += 1
            continue
        n_docs += 1
        need_ocr = any(p.get("ocr") for i in g["redact"] for p in i["probes"])
        ch = extract_channels(pdf, ocr="auto" if need_ocr else "off")
        chans = ch["channels"]
        txt, pages = text_pdfium(pdf)
        n_pages += pages
        if pages != g["pages"]:
            print(f"{g['doc']}: pages {pages} != gold {g['pages']}")
            problems += 1
        for item in g["redact"]:
            for pr in item["probes"]:
                n_red += 1
                if pr.get("after", 0) != 0:
                    print(f"{g['doc']}: redact probe {pr['text']!r} has after={pr['after']}")
                    problems += 1
                if pr.get("ocr"):
                    n_ocr += 1
                    c = channel_counts(chans, pr).get("ocr", 0)
                    where = "ocr"
                elif pr.get("channel"):
                    n_hidden += 1
                    where = CHANNEL[pr["channel"]]
                    c = count_in(chans.get(where, ""), pr)
                    if count_in(txt, pr):
                        print(f"{g['doc']}: hidden probe {pr['text']!r} also in page text")
                        problems += 1
                else:
                    where = "pdfium"
                    c = count_in(txt, pr)
                if c < 1:
                    print(f"{g['doc']}: redact probe {pr['text']!r} not found in {where}")
                    problems += 1
        for item in g["keep"]:
            for pr in item["probes"]:
                n_keep += 1
                c = count_in(txt, pr)
                if c != pr["after"] or c < 1:
                    print(f"{g['doc']}: keep probe {pr['text']!r} after={pr['after']} but count={c}")
                    problems += 1
    print(f"docs={n_docs} pages={n_pages} redact_probes={n_red} (ocr={n_ocr}, hidden={n_hidden}) keep_probes={n_keep}")
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
