"""Check the gold of set CR (eval/blind/mixed86) against the originals.

    /work/main/.venv/bin/python check_gold.py [--no-ocr]

Every redact probe must occur in the original (in the channel it claims: 'ocr', 'metadata', 'outline',
'annotations'; otherwise in the PDFium text) and have after=0; every keep probe's 'after' must equal its
count in the original's PDFium text. Prints problems=N as the last line.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels  # noqa: E402

HERE = Path(__file__).resolve().parent


def main(argv):
    ocr = "off" if "--no-ocr" in argv else "auto"
    only = [a for a in argv if not a.startswith("--")]
    problems = []
    n_red = n_keep = pages = 0
    by_channel: dict = {}
    for gp in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gp.read_text(encoding="utf-8"))
        if only and gp.stem not in only:
            continue
        pdf = HERE / "docs" / gold["doc"]
        if not pdf.exists():
            problems.append(f"{gp.stem}: no PDF")
            continue
        ch = extract_channels(pdf, ocr=ocr)
        chans = ch["channels"]
        if ch.get("pages") != gold["pages"]:
            problems.append(f"{gp.stem}: pages {ch.get('pages')} != {gold['pages']}")
        pages += gold["pages"]
        text = chans.get("pdfium", "")
        for item in gold["redact"]:
            for pr in item["probes"]:
                n_red += 1
                claim = pr.get("channel", "pdfium")
                by_channel[claim] = by_channel.get(claim, 0) + 1
                if pr.get("after", 0) != 0:
                    problems.append(f"{gp.stem}: redact probe {pr['text']!r} after != 0")
                if claim == "ocr" and ocr == "off":
                    continue
                cc = channel_counts(chans, pr)
                if not cc.get(claim):
                    problems.append(f"{gp.stem}: redact probe {pr['text']!r} not found in {claim} ({cc})")
                if claim not in ("pdfium", "ocr", "annotations") and cc.get("pdfium"):
                    problems.append(f"{gp.stem}: hidden probe {pr['text']!r} also in page text")
        for item in gold["keep"]:
            for pr in item["probes"]:
                n_keep += 1
                c = count_in(text, pr)
                if c != pr["after"] or c == 0:
                    problems.append(f"{gp.stem}: keep probe {pr['text']!r} after={pr['after']} but {c}")
    print(f"pages={pages} redact_probes={n_red} keep_probes={n_keep} "
          f"by_channel={dict(sorted(by_channel.items()))}")
    for p in problems:
        print("PROBLEM", p)
    print(f"problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
