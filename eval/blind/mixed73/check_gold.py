"""Check the gold of set CE (eval/blind/mixed73) against the originals with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py

A redact probe must be present in the original in the channel it is claimed for: OCR for probes with
"ocr": true (image-only scans), the named channel for probes with "channel" (metadata, outline,
annotations; these must be absent from the PDFium page text), otherwise the PDFium page text. Its
'after' must be 0. A keep probe's 'after' must equal its count in the original's PDFium text.
Prints one line per problem and ends with 'problems=N'.
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
    nred = nkeep = ndoc = npages = 0
    for gpath in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gpath.read_text())
        pdf = HERE / "docs" / gold["doc"]
        if not pdf.exists():
            print(f"{gold['doc']}: missing PDF")
            problems += 1
            continue
        ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        text = chans["pdfium"]
        ndoc += 1
        npages += ch["pages"]
        if ch["pages"] != gold["pages"]:
            print(f"{gold['doc']}: pages {ch['pages']} != gold {gold['pages']}")
            problems += 1
        for item in gold["redact"]:
            for pr in item["probes"]:
                nred += 1
                if pr.get("after", 0) != 0:
                    print(f"{gold['doc']}: redact probe {pr['text']!r} has after != 0")
                    problems += 1
                cc = channel_counts(chans, pr)
                if pr.get("ocr"):
                    ok = cc.get("ocr", 0) > 0
                    where = "ocr"
                elif pr.get("channel"):
                    where = pr["channel"]
                    ok = cc.get(where, 0) > 0 and count_in(text, pr) == 0
                else:
                    where = "pdfium"
                    ok = count_in(text, pr) > 0
                if not ok:
                    print(f"{gold['doc']}: redact probe {pr['text']!r} not (only) in {where}: {cc}")
                    problems += 1
        for item in gold["keep"]:
            for pr in item["probes"]:
                nkeep += 1
                c = count_in(text, pr)
                if c != pr["after"] or c == 0:
                    print(f"{gold['doc']}: keep probe {pr['text']!r} after={pr['after']} but {c} in PDFium text")
                    problems += 1
    print(f"docs={ndoc} pages={npages} redact={nred} keep={nkeep}")
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
