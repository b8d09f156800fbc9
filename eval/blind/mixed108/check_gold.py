"""Check set EG's gold against its originals with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py

Every redact probe must be present in the original in the channel it is claimed for (PDFium text for visible
text, OCR for probes marked "ocr", the named channel for probes with "where"); every keep probe's 'after'
must equal its count in the original's PDFium text. Prints problems=N and the totals.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, text_pdfium  # noqa: E402


def main() -> int:
    problems, tot = 0, Counter()
    for gp in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gp.read_text())
        pdf = HERE / "docs" / g["doc"]
        if not pdf.exists():
            print(gp.stem, "missing pdf")
            problems += 1
            continue
        ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        text, pages = text_pdfium(pdf)
        if pages != g["pages"]:
            print(gp.stem, "pages", pages, g["pages"])
            problems += 1
        tot["docs"] += 1
        tot["pages"] += pages
        tot["scans"] += g.get("producer") == "scan"
        for it in g["redact"]:
            for p in it["probes"]:
                tot["redact"] += 1
                if p.get("after", 0) != 0:
                    print(gp.stem, "redact after != 0", p)
                    problems += 1
                cc = channel_counts(chans, p)
                if p.get("ocr"):
                    want = "ocr"
                    tot["redact_ocr"] += 1
                elif it.get("where"):
                    want = it["where"]
                    if not count_in(text, p):
                        tot["redact_hidden_only"] += 1
                else:
                    want = "pdfium"
                    tot["redact_text"] += 1
                if not cc.get(want):
                    print(gp.stem, "redact probe not in", want, repr(p["text"]), cc)
                    problems += 1
        for it in g["keep"]:
            for p in it["probes"]:
                tot["keep"] += 1
                n = count_in(text, p)
                if n != p["after"] or n == 0:
                    print(gp.stem, "keep", repr(p["text"]), "after", p["after"], "found", n)
                    problems += 1
        tot["unread"] += len(g.get("in_pixels_not_read_by_ocr", []))
    print(" ".join(f"{k}={v}" for k, v in tot.items()))
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
