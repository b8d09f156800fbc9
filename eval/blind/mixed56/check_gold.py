"""Check set BN's gold against its originals; prints problems=0 when all is consistent.

- every redact probe has after=0 and occurs in the original in the channel its item claims (a hidden-channel
  probe must not be in the PDFium page text)
  (text: PDFium, pdfplumber or pdftotext; ocr: OCR of image pages; metadata / outline / annotations);
- every keep probe's after equals its count in the original's PDFium text;
- no keep probe occurs inside the value of a redact item of the same document (a fair gold does not
  ask to keep what sits inside something that must go).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, norm, text_pdfium  # noqa: E402

CH = {"text": ("pdfium", "pdfplumber", "pdftotext"), "ocr": ("ocr",), "metadata": ("metadata",),
      "outline": ("outline",), "annotations": ("annotations",)}


def main(argv):
    problems = 0
    nred = nkeep = ndocs = npages = 0
    per_channel = {}
    only = set(argv)
    for gp in sorted((HERE / "gold").glob("*.json")):
        if only and not any(gp.stem.startswith(o) for o in only):
            continue
        g = json.loads(gp.read_text())
        pdf = HERE / "docs" / g["doc"]
        if not pdf.exists():
            print(f"{gp.stem}: missing pdf"); problems += 1; continue
        ndocs += 1
        text, n = text_pdfium(pdf)
        npages += n
        if n != g["pages"]:
            print(f"{gp.stem}: pages {n} != {g['pages']}"); problems += 1
        need_ocr = any(it.get("channel") == "ocr" for it in g["redact"])
        ch = extract_channels(pdf, ocr="auto" if need_ocr else "off")["channels"]
        for it in g["redact"]:
            claim = it.get("channel", "text")
            for pr in it["probes"]:
                nred += 1
                per_channel[claim] = per_channel.get(claim, 0) + 1
                if pr.get("after", 0) != 0:
                    print(f"{gp.stem}: redact probe {pr['text']!r} after != 0"); problems += 1
                cc = channel_counts(ch, pr)
                if not any(cc.get(c, 0) for c in CH[claim]):
                    print(f"{gp.stem}: redact probe {pr['text']!r} not found in {claim} ({cc})"); problems += 1
                if claim in ("metadata", "outline", "annotations") and cc.get("pdfium"):
                    print(f"{gp.stem}: hidden probe {pr['text']!r} also in page text"); problems += 1
        vals = [norm(it["value"]) for it in g["redact"]]
        for it in g["keep"]:
            for pr in it["probes"]:
                nkeep += 1
                c = count_in(text, pr)
                if c != pr.get("after"):
                    print(f"{gp.stem}: keep probe {pr['text']!r} after={pr.get('after')} but {c}"); problems += 1
                for v in vals:
                    if count_in(v, pr):
                        print(f"{gp.stem}: keep probe {pr['text']!r} inside redact value {v!r}"); problems += 1
    print(f"docs={ndocs} pages={npages} redact_probes={nred} keep_probes={nkeep} by_channel={per_channel}")
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
