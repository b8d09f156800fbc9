"""Check the gold of set CB (eval/blind/mixed70) against the original PDFs with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py

A redact probe must be present in the original in the channel it is claimed for: OCR for probes marked
"ocr" (scans), the channel named in claims.json for hidden-channel probes (metadata, outline, annotations;
such a probe must not be in the PDFium page text), PDFium page text for all others; its 'after' must be 0.
A keep probe's 'after' must equal its count in the original's PDFium text. Prints problems=N last.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels  # noqa: E402


def main() -> int:
    claims = json.loads((HERE / "claims.json").read_text())
    problems = 0
    nred = nkeep = npages = 0
    pdfs = sorted((HERE / "docs").glob("*.pdf"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if {p.stem for p in pdfs} != {g.stem for g in golds}:
        print("PROBLEM: docs and gold do not pair up")
        problems += 1
    for gf in golds:
        g = json.loads(gf.read_text())
        pdf = HERE / "docs" / g["doc"]
        need_ocr = any(p.get("ocr") for it in g["redact"] for p in it["probes"])
        ex = extract_channels(pdf, ocr="auto" if need_ocr else "off")
        ch = ex["channels"]
        npages += ex["pages"]
        if ex["pages"] != g["pages"]:
            print(f"PROBLEM {gf.stem}: pages {ex['pages']} != gold {g['pages']}")
            problems += 1
        cl = claims.get(gf.stem, {})
        for it in g["redact"]:
            for p in it["probes"]:
                nred += 1
                cc = channel_counts(ch, p)
                want = "ocr" if p.get("ocr") else cl.get(p["text"], "pdfium")
                if p.get("after", 0) != 0:
                    print(f"PROBLEM {gf.stem}: redact probe {p['text']!r} has after != 0")
                    problems += 1
                if not cc.get(want):
                    print(f"PROBLEM {gf.stem}: redact probe {p['text']!r} not in claimed channel {want}: {cc}")
                    problems += 1
                if want not in ("pdfium", "ocr") and cc.get("pdfium"):
                    print(f"PROBLEM {gf.stem}: hidden probe {p['text']!r} is also in the page text")
                    problems += 1
        for it in g["keep"]:
            for p in it["probes"]:
                nkeep += 1
                c = count_in(ch.get("pdfium", ""), p)
                if c != p.get("after") or c == 0:
                    print(f"PROBLEM {gf.stem}: keep probe {p['text']!r} after={p.get('after')} but PDFium has {c}")
                    problems += 1
    print(f"docs={len(golds)} pages={npages} redact_probes={nred} keep_probes={nkeep}")
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
