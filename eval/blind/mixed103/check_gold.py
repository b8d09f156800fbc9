"""Check set EB's gold against its originals with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py [--fast]

Every redact probe must occur in the original in the channel its gold claims ('text': PDFium,
pdfplumber or pdftotext; 'ocr': OCR of the image pages; 'metadata', 'outline', 'annotations'),
and have after=0. Every keep probe's 'after' must equal its count in the original's PDFium text.
Prints one line per problem and ends with 'problems=N'. --fast skips OCR (scan probes unchecked).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")

from evaluate import channel_counts, count_in, extract_channels  # noqa: E402

TEXT = ("pdfium", "pdfplumber", "pdftotext")


def main(argv) -> int:
    fast = "--fast" in argv
    problems = 0
    stats = {"docs": 0, "pages": 0, "redact": 0, "keep": 0}
    per_channel: dict = {}
    for gf in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gf.read_text())
        pdf = HERE / "docs" / g["doc"]
        if not pdf.exists():
            print(f"{gf.name}: missing {g['doc']}")
            problems += 1
            continue
        ch = extract_channels(pdf, ocr="off" if fast else "auto")
        chans = ch["channels"]
        stats["docs"] += 1
        stats["pages"] += ch["pages"]
        if ch["pages"] != g["pages"]:
            print(f"{g['doc']}: pages {ch['pages']} != gold {g['pages']}")
            problems += 1
        for item in g["redact"]:
            for pr in item["probes"]:
                stats["redact"] += 1
                claim = pr.get("channel", "text")
                per_channel[claim] = per_channel.get(claim, 0) + 1
                if pr.get("after", 0) != 0:
                    print(f"{g['doc']}: redact probe {pr['text']!r} after != 0")
                    problems += 1
                if claim == "ocr" and fast:
                    continue
                cc = channel_counts(chans, pr)
                names = TEXT if claim == "text" else (claim,)
                if not any(cc.get(n, 0) for n in names):
                    print(f"{g['doc']}: redact probe {pr['text']!r} not found in {claim} (found: {cc})")
                    problems += 1
        for item in g["keep"]:
            for pr in item["probes"]:
                stats["keep"] += 1
                c = count_in(chans.get("pdfium", ""), pr)
                if c != pr["after"] or c == 0:
                    print(f"{g['doc']}: keep probe {pr['text']!r} after {pr['after']} but pdfium count {c}")
                    problems += 1
    print(" ".join(f"{k}={v}" for k, v in stats.items()), "redact_by_channel=" +
          ",".join(f"{k}:{v}" for k, v in sorted(per_channel.items())))
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
