"""Check the gold of set mixed94 against the originals with the evaluator's own functions.

Prints one line per problem and finally `problems=N`. A redact probe must be present in the original in the
channel it claims (text layer = PDFium; "ocr": true = OCR of the scan; "channel" = metadata / outline /
annotations); a keep probe's `after` must equal its count in the original's PDFium text; a keep probe may not
overlap a redact probe's match in the PDFium text.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, probe_regex  # noqa: E402


def spans(text, probe):
    return [m.span() for m in probe_regex(probe["text"], probe.get("word", False)).finditer(text)]


def main(argv):
    problems = 0
    stats = {"docs": 0, "pages": 0, "redact": 0, "keep": 0, "ocr": 0, "hidden": 0, "hidden_only": 0}
    only = set(argv)
    for gp in sorted((HERE / "gold").glob("*.json")):
        if only and gp.stem[:4] not in only:
            continue
        g = json.loads(gp.read_text())
        pdf = HERE / "docs" / g["doc"]
        ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        text = chans["pdfium"]
        stats["docs"] += 1
        stats["pages"] += ch["pages"]
        if ch["pages"] != g["pages"]:
            print(f"{gp.stem}: pages {ch['pages']} != gold {g['pages']}"); problems += 1
        rspans = []
        for it in g["redact"]:
            for pr in it["probes"]:
                stats["redact"] += 1
                if pr.get("after", 0) != 0:
                    print(f"{gp.stem}: redact probe {pr['text']!r} after != 0"); problems += 1
                cc = channel_counts(chans, pr)
                if "channel" in it:
                    stats["hidden"] += 1
                    if not cc.get(it["channel"]):
                        print(f"{gp.stem}: hidden probe {pr['text']!r} not in {it['channel']}"); problems += 1
                    if not count_in(text, pr):
                        stats["hidden_only"] += 1
                elif pr.get("ocr"):
                    stats["ocr"] += 1
                    if not cc.get("ocr"):
                        print(f"{gp.stem}: OCR probe {pr['text']!r} not read by OCR"); problems += 1
                else:
                    if not count_in(text, pr):
                        print(f"{gp.stem}: redact probe {pr['text']!r} not in PDFium text"); problems += 1
                    rspans += spans(text, pr)
        for it in g["keep"]:
            for pr in it["probes"]:
                stats["keep"] += 1
                c = count_in(text, pr)
                if c != pr["after"]:
                    print(f"{gp.stem}: keep probe {pr['text']!r} after {pr['after']} != {c}"); problems += 1
                if c == 0:
                    print(f"{gp.stem}: keep probe {pr['text']!r} absent"); problems += 1
                for a, b in spans(text, pr):
                    for x, y in rspans:
                        if a < y and x < b:
                            print(f"{gp.stem}: keep {pr['text']!r} overlaps redact {text[x:y]!r}"); problems += 1
    print(" ".join(f"{k}={v}" for k, v in stats.items()))
    print(f"problems={problems}")
    return 0 if problems == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
