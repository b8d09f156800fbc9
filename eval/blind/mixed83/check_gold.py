"""Check set CO's gold against its originals: prints problems=0 when every redact probe is present in
the original in the channel it claims (text = PDFium text; ocr = tesseract of the image pages;
metadata / outline / annotations / form = that channel of the evaluator) and every keep probe's
'after' equals its count in the original's PDFium text.

    /work/main/.venv/bin/python check_gold.py [--no-ocr]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels  # noqa: E402


def main(argv):
    no_ocr = "--no-ocr" in argv
    problems = 0
    nred = nkeep = nhidden = nocr = 0
    docs = sorted((HERE / "docs").glob("*.pdf"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if [p.stem for p in docs] != [g.stem for g in golds]:
        print("PROBLEM docs and gold differ")
        problems += 1
    pages = 0
    for g in golds:
        gold = json.loads(g.read_text())
        pdf = HERE / "docs" / gold["doc"]
        needs_ocr = any(p.get("channel") == "ocr" for it in gold["redact"] for p in it["probes"])
        ch = extract_channels(pdf, ocr="off" if (no_ocr or not needs_ocr) else "auto")
        chans = ch["channels"]
        if ch["pages"] != gold["pages"]:
            print(f"PROBLEM {g.stem}: pages {ch['pages']} != {gold['pages']}")
            problems += 1
        pages += ch["pages"]
        for it in gold["redact"]:
            for p in it["probes"]:
                nred += 1
                claimed = p.get("channel", "text")
                if p.get("after", 0) != 0:
                    print(f"PROBLEM {g.stem}: redact probe {p['text']!r} after != 0")
                    problems += 1
                if claimed == "ocr":
                    nocr += 1
                    if no_ocr:
                        continue
                elif claimed != "text":
                    nhidden += 1
                cc = channel_counts(chans, p)
                key = {"text": "pdfium", "form": "annotations"}.get(claimed, claimed)
                if cc.get(key, 0) < 1:
                    print(f"PROBLEM {g.stem}: redact probe {p['text']!r} not in channel {claimed} ({cc})")
                    problems += 1
                if claimed not in ("text", "ocr") and cc.get("pdfium", 0):
                    print(f"PROBLEM {g.stem}: hidden-channel probe {p['text']!r} is also in the page text")
                    problems += 1
        for it in gold["keep"]:
            for p in it["probes"]:
                nkeep += 1
                c = count_in(chans.get("pdfium", ""), p)
                if c != p["after"] or c == 0:
                    print(f"PROBLEM {g.stem}: keep probe {p['text']!r} after={p['after']} but original has {c}")
                    problems += 1
    print(f"docs={len(golds)} pages={pages} redact_probes={nred} (ocr={nocr}, hidden={nhidden}) keep_probes={nkeep}")
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
