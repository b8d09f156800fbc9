"""Check the gold of set mixed173 against its PDFs with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py

Rules: every redact probe has after=0 and occurs at least once in the original in the channel its item
claims ("channel": metadata | outline | annotations | ocr; none = PDFium page text); a hidden-channel
probe (not OCR) must not be in the PDFium page text; every keep probe's "after" equals its (non-zero)
count in the original's PDFium text; "pages" equals the page count. Prints problems=0 when all holds.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, text_pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent


def check(gold_path: Path, problems: list, stats: dict) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    pdf = HERE / "docs" / gold["doc"]
    if not pdf.exists():
        problems.append(f"{gold['doc']}: PDF missing")
        return
    stats["docs"] += 1
    text, pages = text_pdfium(pdf)
    stats["pages"] += pages
    if gold.get("pages") != pages:
        problems.append(f"{gold['doc']}: pages {gold.get('pages')} != {pages}")
    claimed = {it.get("channel") for it in gold["redact"] if it.get("channel")}
    chans = {}
    if claimed:
        chans = extract_channels(pdf, ocr="auto" if "ocr" in claimed else "off")["channels"]
    for it in gold["redact"]:
        ch = it.get("channel") or "pdfium"
        for pr in it["probes"]:
            stats["redact"] += 1
            stats["by_channel"][ch] = stats["by_channel"].get(ch, 0) + 1
            if pr.get("after", 0) != 0:
                problems.append(f"{gold['doc']}: redact probe {pr['text']!r} has after != 0")
            if ch == "pdfium":
                found = count_in(text, pr)
            else:
                found = channel_counts(chans, pr).get(ch, 0)
                if ch != "ocr" and count_in(text, pr):
                    problems.append(f"{gold['doc']}: hidden probe {pr['text']!r} also in page text")
            if not found:
                problems.append(f"{gold['doc']}: redact probe {pr['text']!r} not found in {ch}")
    for it in gold["keep"]:
        for pr in it["probes"]:
            stats["keep"] += 1
            n = count_in(text, pr)
            if n == 0 or n != pr["after"]:
                problems.append(f"{gold['doc']}: keep probe {pr['text']!r} after={pr['after']} count={n}")


def main() -> int:
    problems: list = []
    stats = {"docs": 0, "pages": 0, "redact": 0, "keep": 0, "by_channel": {}}
    for gp in sorted((HERE / "gold").glob("*.json")):
        check(gp, problems, stats)
    for p in problems:
        print(p)
    print(f"docs={stats['docs']} pages={stats['pages']} redact_probes={stats['redact']} "
          f"keep_probes={stats['keep']} by_channel={stats['by_channel']}")
    print(f"problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
