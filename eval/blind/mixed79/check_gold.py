"""Check the gold of set mixed79 against the originals with the evaluator's own extraction.

    /work/main/.venv/bin/python check_gold.py

A problem is: a redact probe whose after is not 0, or that is absent from the channel it claims
("text" = PDFium text, "ocr" = tesseract of image pages, "metadata", "outline", "annotations");
a keep probe whose after differs from its count in the original's PDFium text, or is 0; a gold
file without a PDF or a page count that differs. Prints one line per problem and `problems=N`.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, extract_channels, ocr_count  # noqa: E402


def main() -> int:
    problems = []
    tot = {"docs": 0, "pages": 0, "redact": 0, "keep": 0}
    by_channel: dict = {}
    for gp in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gp.read_text())
        pdf = HERE / "docs" / g["doc"]
        if not pdf.exists():
            problems.append(f"{gp.name}: no PDF {g['doc']}")
            continue
        ocr_needed = any(p.get("ocr") for i in g["redact"] for p in i["probes"])
        ch = extract_channels(pdf, ocr="auto" if ocr_needed else "off")
        chans = ch["channels"]
        if ch.get("pages") != g["pages"]:
            problems.append(f"{g['doc']}: pages {ch.get('pages')} != gold {g['pages']}")
        tot["docs"] += 1
        tot["pages"] += g["pages"]
        for item in g["redact"]:
            for pr in item["probes"]:
                tot["redact"] += 1
                chan = pr.get("channel", "text")
                by_channel[chan] = by_channel.get(chan, 0) + 1
                if pr.get("after", 0) != 0:
                    problems.append(f"{g['doc']}: redact probe {pr['text']!r} has after={pr['after']}")
                if chan == "ocr":
                    n = ocr_count(chans.get("ocr") or [], pr)
                else:
                    n = count_in(chans.get("pdfium" if chan == "text" else chan, ""), pr)
                if n == 0:
                    problems.append(f"{g['doc']}: redact probe {pr['text']!r} not found in {chan}")
        text = chans.get("pdfium", "")
        for item in g["keep"]:
            for pr in item["probes"]:
                tot["keep"] += 1
                n = count_in(text, pr)
                if n != pr["after"] or n == 0:
                    problems.append(f"{g['doc']}: keep probe {pr['text']!r} after={pr['after']} but {n} in PDFium text")
    for p in problems:
        print(p)
    print(f"docs={tot['docs']} pages={tot['pages']} redact={tot['redact']} keep={tot['keep']} "
          f"redact_by_channel={json.dumps(by_channel, sort_keys=True)}")
    print(f"problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
