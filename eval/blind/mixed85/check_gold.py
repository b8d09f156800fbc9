"""Check set CQ's gold against its originals with the evaluator's own functions.

Every redact probe must have after=0 and be present in the original in the channel it claims (no
'channel': PDFium text; 'metadata', 'outline', 'annotations': that channel; 'ocr': OCR of the image
pages); every keep probe's 'after' must equal its count in the original's PDFium text.
Prints one line per problem and, last, 'problems=N'.
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
    if {d.stem for d in docs} != {g.stem for g in golds}:
        print("docs and gold differ:", {d.stem for d in docs} ^ {g.stem for g in golds})
        problems += 1
    nr = nk = 0
    for gp in golds:
        g = json.loads(gp.read_text())
        pdf = HERE / "docs" / g["doc"]
        ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        if ch["pages"] != g["pages"]:
            print(f"{gp.stem}: pages {ch['pages']} != {g['pages']}")
            problems += 1
        for item in g["redact"]:
            for pr in item["probes"]:
                nr += 1
                claim = "ocr" if pr.get("ocr") else pr.get("channel", "pdfium")
                if pr.get("after", 0) != 0:
                    print(f"{gp.stem}: redact probe {pr['text']!r} has after != 0")
                    problems += 1
                cc = channel_counts(chans, pr)
                if not cc.get(claim):
                    print(f"{gp.stem}: redact probe {pr['text']!r} not found in {claim} ({cc})")
                    problems += 1
        for item in g["keep"]:
            for pr in item["probes"]:
                nk += 1
                n = count_in(chans["pdfium"], pr)
                if n != pr["after"] or n == 0:
                    print(f"{gp.stem}: keep probe {pr['text']!r} after={pr['after']} but PDFium has {n}")
                    problems += 1
    print(f"docs={len(golds)} redact_probes={nr} keep_probes={nk}")
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
