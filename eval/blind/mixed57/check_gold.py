"""Check set BO's gold against its originals with the evaluator's own extraction.

Prints one line per problem and finally problems=N. A redact probe must be present in the original
in the channel it claims (text layer by PDFium; 'ocr': true -> tesseract OCR of the image pages;
'channel': name -> that hidden channel); its 'after' must be 0. A keep probe's 'after' must equal its
count in the original's PDFium text.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels  # noqa: E402


def main(argv):
    problems = []
    n_r = n_k = n_docs = n_pages = n_ocr = n_hidden = 0
    golds = sorted((HERE / "gold").glob("*.json"))
    if argv:
        golds = [g for g in golds if g.stem in argv]
    for gp in golds:
        gold = json.loads(gp.read_text())
        pdf = HERE / "docs" / gold["doc"]
        if not pdf.exists():
            problems.append(f"{gp.stem}: missing {pdf.name}")
            continue
        n_docs += 1
        ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        if ch.get("pages") != gold["pages"]:
            problems.append(f"{gp.stem}: pages {ch.get('pages')} != gold {gold['pages']}")
        n_pages += ch.get("pages", 0)
        for item in gold["redact"]:
            for pr in item["probes"]:
                n_r += 1
                if pr.get("after", 0) != 0:
                    problems.append(f"{gp.stem}: redact probe {pr['text']!r} after != 0")
                cc = channel_counts(chans, pr)
                if pr.get("channel"):
                    n_hidden += 1
                    if not cc.get(pr["channel"]):
                        problems.append(f"{gp.stem}: {pr['text']!r} not in channel {pr['channel']} ({cc})")
                elif pr.get("ocr"):
                    n_ocr += 1
                    if not cc.get("ocr"):
                        problems.append(f"{gp.stem}: {pr['text']!r} not found by OCR")
                elif not count_in(chans.get("pdfium", ""), pr):
                    problems.append(f"{gp.stem}: {pr['text']!r} not in PDFium text ({cc})")
        for item in gold["keep"]:
            for pr in item["probes"]:
                n_k += 1
                c = count_in(chans.get("pdfium", ""), pr)
                if c != pr.get("after"):
                    problems.append(f"{gp.stem}: keep {pr['text']!r} after={pr.get('after')} pdfium={c}")
    for p in problems:
        print(p)
    print(f"docs={n_docs} pages={n_pages} redact_probes={n_r} (ocr={n_ocr} hidden={n_hidden}) "
          f"keep_probes={n_k}")
    print(f"problems={len(problems)}")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
