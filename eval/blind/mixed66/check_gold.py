"""Check the gold of set BX (eval/blind/mixed66) against the original PDFs with the evaluator's functions.

    /work/main/.venv/bin/python check_gold.py [tx01 ...] [--verbose]

* every redact probe has after=0 and occurs at least once in the original, in the channel it claims
  ('text' = PDFium text, 'ocr' = tesseract of image pages, 'metadata', 'outline', 'annotations');
* every keep probe's 'after' equals its count in the original's PDFium text;
* the gold's page count equals the PDF's.
Prints one line per document and `problems=N` last.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")

from evaluate import channel_counts, count_in, extract_channels  # noqa: E402

CHAN = {"text": "pdfium", "ocr": "ocr", "metadata": "metadata", "outline": "outline",
        "annotations": "annotations"}


def main(argv):
    verbose = "--verbose" in argv
    want = [a for a in argv if not a.startswith("--")]
    problems = 0
    tot = {"docs": 0, "pages": 0, "redact": 0, "keep": 0}
    by_chan: dict = {}
    hidden_only = 0
    for gp in sorted((HERE / "gold").glob("*.json")):
        if want and gp.stem not in want:
            continue
        gold = json.loads(gp.read_text())
        pdf = HERE / "docs" / gold["doc"]
        ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        probs = []
        if ch.get("pages") != gold["pages"]:
            probs.append(f"pages {ch.get('pages')} != gold {gold['pages']}")
        nr = nk = 0
        for item in gold["redact"]:
            for pr in item["probes"]:
                nr += 1
                if pr.get("after", 0) != 0:
                    probs.append(f"redact probe with after != 0: {pr['text']!r}")
                claim = pr.get("channel", "text")
                cc = channel_counts(chans, pr)
                if not cc.get(CHAN[claim]):
                    probs.append(f"redact {pr['text']!r} not found in claimed channel {claim} (found: {cc})")
                by_chan[claim] = by_chan.get(claim, 0) + 1
                if claim in ("metadata", "outline", "annotations") and not any(
                        cc.get(k) for k in ("pdfium", "pdfplumber", "ocr")):
                    hidden_only += 1
                if verbose:
                    print(f"   {gp.stem} R {claim:11s} {pr['text']!r}: {cc}")
        for item in gold["keep"]:
            for pr in item["probes"]:
                nk += 1
                c = count_in(chans.get("pdfium", ""), pr)
                if c != pr["after"]:
                    probs.append(f"keep {pr['text']!r}: after={pr['after']} but PDFium count={c}")
        tot["docs"] += 1
        tot["pages"] += gold["pages"]
        tot["redact"] += nr
        tot["keep"] += nk
        print(f"{gp.stem}: pages={gold['pages']} redact={nr} keep={nk} image_pages={ch.get('image_pages')}"
              + ("" if not probs else f"  PROBLEMS={len(probs)}"))
        for p in probs:
            print("   ", p)
        problems += len(probs)
    print(f"docs={tot['docs']} pages={tot['pages']} redact={tot['redact']} keep={tot['keep']} "
          f"redact_by_claimed_channel={by_chan} hidden_only={hidden_only}")
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
