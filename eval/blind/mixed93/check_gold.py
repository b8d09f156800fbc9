"""Check the gold of set mixed93 against the original PDFs with the evaluator's own functions.

Every redact probe (after=0) must occur in the original in the channel its "channel" field names
(text = PDFium text; ocr, metadata, outline, annotations as in evaluate.extract_channels); every keep
probe's "after" must equal its count in the original's PDFium text. Prints problems=N as the last line.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, channel_counts, text_pdfium  # noqa: E402

CH = {"text": "pdfium", "ocr": "ocr", "metadata": "metadata", "outline": "outline", "annotations": "annotations"}


def main() -> int:
    problems = 0
    nr = nk = 0
    per_ch: dict = {}
    pages = 0
    golds = sorted((HERE / "gold").glob("*.json"))
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / g["doc"]
        if not pdf.exists() or gp.stem != pdf.stem:
            print(f"{gp.name}: missing or misnamed PDF {g['doc']}")
            problems += 1
            continue
        need_ocr = any(p.get("channel") == "ocr" for i in g["redact"] for p in i["probes"])
        ch = extract_channels(pdf, ocr="auto" if need_ocr else "off")
        chans = ch["channels"]
        if ch.get("pages") != g["pages"]:
            print(f"{g['doc']}: pages {ch.get('pages')} != gold {g['pages']}")
            problems += 1
        pages += g["pages"]
        for item in g["redact"]:
            for pr in item["probes"]:
                nr += 1
                c = pr.get("channel")
                per_ch[c] = per_ch.get(c, 0) + 1
                if pr.get("after", 0) != 0:
                    print(f"{g['doc']}: redact probe {pr['text']!r} has after != 0")
                    problems += 1
                cc = channel_counts(chans, pr)
                if CH.get(c) not in cc:
                    print(f"{g['doc']}: redact probe {pr['text']!r} not found in channel {c} (found: {cc})")
                    problems += 1
        text, _ = text_pdfium(pdf)
        for item in g["keep"]:
            for pr in item["probes"]:
                nk += 1
                n = count_in(text, pr)
                if n != pr["after"]:
                    print(f"{g['doc']}: keep probe {pr['text']!r} after={pr['after']} but count={n}")
                    problems += 1
    print(f"docs={len(golds)} pages={pages} redact_probes={nr} keep_probes={nk} channels={per_ch}")
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
