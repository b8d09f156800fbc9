"""Check the gold of set DB (eval/blind/mixed96) against the originals with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py

A problem is: a redact probe with after != 0; a redact probe not present in the channel it claims
(text layer = PDFium text; "ocr": true = tesseract of the image page; "channel" = metadata, outline or
annotations, where it must also be absent from the PDFium text); a keep probe whose 'after' differs from
its count in the original's PDFium text; a keep occurrence that overlaps a redact occurrence (it could
not stay readable after a correct redaction); a page count that differs. Prints problems=N last.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, channel_counts, probe_regex  # noqa: E402


def spans(text, pr):
    return [m.span() for m in probe_regex(pr["text"], pr.get("word", False)).finditer(text)]


def main():
    problems = []
    tot = {"docs": 0, "pages": 0, "redact": 0, "keep": 0, "ocr": 0, "hidden": 0}
    for gp in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gp.read_text())
        pdf = HERE / "docs" / g["doc"]
        if not pdf.exists():
            problems.append(f"{g['doc']}: missing PDF")
            continue
        ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        text = chans["pdfium"]
        tot["docs"] += 1
        tot["pages"] += ch["pages"]
        if ch["pages"] != g["pages"]:
            problems.append(f"{g['doc']}: pages {ch['pages']} != gold {g['pages']}")
        rspans = []
        for it in g["redact"]:
            for pr in it["probes"]:
                tot["redact"] += 1
                if pr.get("after", 0) != 0:
                    problems.append(f"{g['doc']}: redact probe {pr['text']!r} after != 0")
                cc = channel_counts(chans, pr)
                if pr.get("ocr"):
                    tot["ocr"] += 1
                    if not cc.get("ocr"):
                        problems.append(f"{g['doc']}: OCR probe {pr['text']!r} not read in the original")
                elif it.get("channel"):
                    tot["hidden"] += 1
                    if not cc.get(it["channel"]):
                        problems.append(f"{g['doc']}: hidden probe {pr['text']!r} not in {it['channel']}")
                    if count_in(text, pr):
                        problems.append(f"{g['doc']}: hidden probe {pr['text']!r} also in the text layer")
                else:
                    if not count_in(text, pr):
                        problems.append(f"{g['doc']}: redact probe {pr['text']!r} not in PDFium text")
                    rspans.extend(spans(text, pr))
        for it in g["keep"]:
            for pr in it["probes"]:
                tot["keep"] += 1
                n = count_in(text, pr)
                if n != pr["after"]:
                    problems.append(f"{g['doc']}: keep probe {pr['text']!r} after={pr['after']} but {n} in original")
                for a, b in spans(text, pr):
                    for c, d in rspans:
                        if a < d and c < b:
                            problems.append(f"{g['doc']}: keep {pr['text']!r} overlaps redact {text[c:d]!r}")
    for p in problems:
        print(p)
    print(" ".join(f"{k}={v}" for k, v in tot.items()))
    print(f"problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
