"""Check the gold of set PE (eval/blind/mixed95) against the originals with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py

- every redact probe has after=0 and occurs in the original in the channel it claims: PDFium text for
  ordinary probes, OCR for probes marked "ocr": true, and the named hidden channel (metadata, outline,
  annotations) for items with "channel" -- and then NOT in the PDFium page text;
- every keep probe's after equals its count in the original's PDFium text (and is > 0);
- "pages" equals the original's page count; every PDF has a gold file and vice versa.
Prints one line per problem and finally problems=N.
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
    docs = sorted((HERE / "docs").glob("*.pdf"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if {p.stem for p in docs} != {g.stem for g in golds}:
        print("docs and gold differ:", {p.stem for p in docs} ^ {g.stem for g in golds})
        problems += 1
    nr = nk = 0
    for gpath in golds:
        g = json.loads(gpath.read_text())
        pdf = HERE / "docs" / g["doc"]
        ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        if ch.get("pages") != g["pages"]:
            print(f"{g['doc']}: pages {ch.get('pages')} != gold {g['pages']}")
            problems += 1
        for item in g["redact"]:
            for pr in item["probes"]:
                nr += 1
                if pr.get("after", 0) != 0:
                    print(f"{g['doc']}: redact probe {pr['text']!r} has after != 0")
                    problems += 1
                cc = channel_counts(chans, pr)
                if pr.get("ocr"):
                    ok = cc.get("ocr", 0) > 0
                    where = "ocr"
                elif "channel" in item:
                    where = item["channel"]
                    ok = cc.get(where, 0) > 0 and count_in(chans.get("pdfium", ""), pr) == 0
                else:
                    where = "pdfium"
                    ok = cc.get("pdfium", 0) > 0
                if not ok:
                    print(f"{g['doc']}: redact probe {pr['text']!r} not found in {where} (found {cc})")
                    problems += 1
        for item in g["keep"]:
            for pr in item["probes"]:
                nk += 1
                c = count_in(chans.get("pdfium", ""), pr)
                if c != pr.get("after") or c == 0:
                    print(f"{g['doc']}: keep probe {pr['text']!r} after={pr.get('after')} but PDFium has {c}")
                    problems += 1
    print(f"docs={len(golds)} redact_probes={nr} keep_probes={nk} problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
