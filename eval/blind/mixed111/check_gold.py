"""Check set HC's gold against its originals with the evaluator's own extraction.

    /work/main/.venv/bin/python check_gold.py

- every redact probe occurs in the original in the channel it claims: a probe with "channel" in that
  channel (and not in PDFium page text: hidden), an "ocr" probe in the OCR text of the image pages,
  any other probe in PDFium text;
- every keep probe's "after" equals its count in the original's PDFium text;
- "pages" equals the original's page count; every redact probe has after=0.
Prints per-document problems and finally `problems=N`.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")

from evaluate import channel_counts, count_in, extract_channels  # noqa: E402


def main() -> int:
    problems = 0
    n_docs = n_red = n_keep = n_hidden = n_ocr = pages = 0
    for gp in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gp.read_text())
        pdf = HERE / "docs" / g["doc"]
        ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        text = chans.get("pdfium", "")
        out = []
        if ch.get("pages") != g["pages"]:
            out.append(f"pages {ch.get('pages')} != gold {g['pages']}")
        for it in g["redact"]:
            for pr in it["probes"]:
                n_red += 1
                if pr.get("after", 0) != 0:
                    out.append(f"redact {pr['text']!r}: after != 0")
                if pr.get("channel"):
                    n_hidden += 1
                    cc = channel_counts(chans, {k: v for k, v in pr.items() if k != "ocr"})
                    if not cc.get(pr["channel"]):
                        out.append(f"hidden {pr['text']!r} not in {pr['channel']} ({cc})")
                    if count_in(text, pr):
                        out.append(f"hidden {pr['text']!r} also in PDFium text")
                elif pr.get("ocr"):
                    n_ocr += 1
                    if not channel_counts(chans, pr).get("ocr"):
                        out.append(f"ocr probe {pr['text']!r} not found by OCR")
                elif not count_in(text, pr):
                    out.append(f"redact {pr['text']!r} not in PDFium text")
        for it in g["keep"]:
            for pr in it["probes"]:
                n_keep += 1
                c = count_in(text, pr)
                if c != pr["after"]:
                    out.append(f"keep {pr['text']!r}: after={pr['after']} but {c} in original")
        n_docs += 1
        pages += g["pages"]
        for o in out:
            print(f"{g['doc']}: {o}")
        problems += len(out)
    print(f"docs={n_docs} pages={pages} redact_probes={n_red} (hidden={n_hidden}, ocr={n_ocr}) "
          f"keep_probes={n_keep}")
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
