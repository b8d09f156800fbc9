"""Check set NV's gold (eval/blind/mixed117) against its PDFs with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py

Problems reported: a redact probe with after != 0; a redact probe that does not occur in the channel its item
claims ('channel': metadata | outline | annotations | ocr; without it the PDFium page text); a hidden-channel
probe (metadata, outline, annotations) that is also in the page text; a keep probe whose 'after' differs from
its count in the original's PDFium text (or is 0); a keep probe that would lose occurrences if every redact
probe were blanked out (overlap); a wrong 'pages'. The last line is 'problems=N'.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, probe_regex, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent


def main() -> int:
    problems = []
    docs = pages_total = nred = nkeep = 0
    by_channel: dict = {}
    for gp in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / g["doc"]
        if not pdf.exists():
            problems.append(f"{g['doc']}: PDF missing")
            continue
        docs += 1
        text, pages = text_pdfium(pdf)
        pages_total += pages
        if pages != g["pages"]:
            problems.append(f"{g['doc']}: pages {pages} != gold {g['pages']}")
        claimed = {it.get("channel") for it in g["redact"]} - {None}
        chans = {}
        if claimed:
            chans = extract_channels(pdf, ocr="auto" if "ocr" in claimed else "off")["channels"]
        blanked = text
        for it in g["redact"]:
            ch = it.get("channel", "pdfium")
            for pr in it["probes"]:
                nred += 1
                by_channel[ch] = by_channel.get(ch, 0) + 1
                if pr.get("after", 0) != 0:
                    problems.append(f"{g['doc']}: redact probe {pr['text']!r} has after={pr.get('after')}")
                if ch == "pdfium":
                    found = count_in(text, pr)
                else:
                    found = channel_counts(chans, pr).get(ch, 0)
                    if ch != "ocr" and count_in(text, pr):
                        problems.append(f"{g['doc']}: hidden probe {pr['text']!r} also in page text")
                if not found:
                    problems.append(f"{g['doc']}: redact probe {pr['text']!r} not found in {ch}")
                blanked = probe_regex(pr["text"], pr.get("word", False)).sub(
                    lambda m: "\u2588" * len(m.group(0)), blanked)
        for it in g["keep"]:
            for pr in it["probes"]:
                nkeep += 1
                n = count_in(text, pr)
                if n == 0 or n != pr["after"]:
                    problems.append(f"{g['doc']}: keep probe {pr['text']!r} after={pr['after']} but count={n}")
                if count_in(blanked, pr) != n:
                    problems.append(f"{g['doc']}: keep probe {pr['text']!r} overlaps a redact probe")
    for p in problems:
        print(p)
    print(f"docs={docs} pages={pages_total} redact_probes={nred} keep_probes={nkeep} by_channel={by_channel}")
    print(f"problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
