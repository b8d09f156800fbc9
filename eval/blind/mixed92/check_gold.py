"""Check the gold of set NK (eval/blind/mixed92) against the originals, with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py

- every redact probe has after=0 and occurs in the original in the channel it claims: 'ocr': true -> OCR of the
  image pages (tesseract, as the evaluator runs it); 'channel': metadata / outline / annotations -> that channel;
  otherwise the PDFium text layer;
- every keep probe's 'after' equals its count in the original's PDFium text;
- 'pages' equals the original's page count.
Prints one line per problem and a last line 'problems=N'.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels  # noqa: E402


def main() -> int:
    problems = []
    n_red = n_keep = n_ocr = n_hidden = 0
    for gp in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gp.read_text())
        pdf = HERE / "docs" / gold["doc"]
        if not pdf.exists():
            problems.append(f"{gold['doc']}: original missing")
            continue
        ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        if ch.get("pages") != gold["pages"]:
            problems.append(f"{gold['doc']}: pages {ch.get('pages')} != gold {gold['pages']}")
        text = chans.get("pdfium", "")
        for item in gold["redact"]:
            for pr in item["probes"]:
                n_red += 1
                if pr.get("after", 0) != 0:
                    problems.append(f"{gold['doc']}: redact probe {pr['text']!r} has after != 0")
                cc = channel_counts(chans, pr)
                if pr.get("ocr"):
                    n_ocr += 1
                    where = "ocr"
                elif pr.get("channel"):
                    n_hidden += 1
                    where = pr["channel"]
                else:
                    where = "pdfium"
                if not cc.get(where):
                    problems.append(f"{gold['doc']}: redact probe {pr['text']!r} not found in {where} (found {cc})")
        for item in gold["keep"]:
            for pr in item["probes"]:
                n_keep += 1
                c = count_in(text, pr)
                if c != pr["after"]:
                    problems.append(f"{gold['doc']}: keep probe {pr['text']!r} after={pr['after']} but counted {c}")
    for p in problems:
        print("PROBLEM", p)
    print(f"redact_probes={n_red} (ocr={n_ocr}, hidden={n_hidden}) keep_probes={n_keep}")
    print(f"problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
