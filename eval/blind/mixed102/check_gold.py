"""Check set mixed102's gold against its originals with the evaluator's own extraction.

    /work/main/.venv/bin/python check_gold.py [-v]

A redact probe must occur (count >= 1) in the original in the channel it is claimed for: PDFium text
for text-layer probes, OCR (tesseract -l nld, as the evaluator runs it) for probes marked "ocr",
and metadata / outline / annotations for probes with a "channel" field. A hidden-channel probe must
NOT occur in the PDFium text. A keep probe's 'after' must equal its count in the original's PDFium
text. Prints problems=N on the last line.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels  # noqa: E402

HERE = Path(__file__).resolve().parent


def main(argv):
    verbose = "-v" in argv
    problems = 0
    nr = nk = nocr = nhid = 0
    for gp in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / gold["doc"]
        ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        if ch["pages"] != gold["pages"]:
            print(f"{gold['doc']}: pages {ch['pages']} != gold {gold['pages']}")
            problems += 1
        for item in gold["redact"]:
            for pr in item["probes"]:
                nr += 1
                if pr.get("after", 0) != 0:
                    print(f"{gold['doc']}: redact probe with after != 0: {pr['text']!r}")
                    problems += 1
                if pr.get("ocr"):
                    nocr += 1
                    want = "ocr"
                elif pr.get("channel"):
                    nhid += 1
                    want = pr["channel"]
                    if count_in(chans.get("pdfium", ""), pr):
                        print(f"{gold['doc']}: hidden probe visible in PDFium text: {pr['text']!r}")
                        problems += 1
                else:
                    want = "pdfium"
                cc = channel_counts(chans, pr)
                if not cc.get(want):
                    print(f"{gold['doc']}: redact probe {pr['text']!r} not found in {want} (found: {cc})")
                    problems += 1
                elif verbose:
                    print(f"{gold['doc']}: {pr['text']!r} {cc}")
        for item in gold["keep"]:
            for pr in item["probes"]:
                nk += 1
                c = count_in(chans.get("pdfium", ""), pr)
                if c != pr["after"] or c == 0:
                    print(f"{gold['doc']}: keep probe {pr['text']!r} after={pr['after']} but PDFium count={c}")
                    problems += 1
    print(f"redact probes={nr} (ocr={nocr}, hidden={nhid}) keep probes={nk}")
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
