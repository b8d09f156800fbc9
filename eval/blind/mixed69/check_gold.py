"""Check set CA's gold against its originals with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py [stem ...]

Every redact probe must occur in the original in the channel it claims: the text channels
(PDFium, pdfplumber or pdftotext) by default, OCR when "ocr": true, or the hidden channel named in
"channel" (metadata, outline, annotations) -- and then NOT in the page text; "form" means an
AcroForm field value: in the annotation channel (and pdftotext), not in PDFium/pdfplumber text. Every keep probe's
'after' must equal its count in the original's PDFium text. Prints problems=N.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels  # noqa: E402

HERE = Path(__file__).resolve().parent
TEXT = ("pdfium", "pdfplumber", "pdftotext")


def main(argv):
    stems = set(argv)
    problems = 0
    nred = nkeep = 0
    for gp in sorted((HERE / "gold").glob("*.json")):
        if stems and gp.stem not in stems:
            continue
        g = json.loads(gp.read_text())
        pdf = HERE / "docs" / g["doc"]
        need_ocr = any(pr.get("ocr") for it in g["redact"] for pr in it["probes"])
        ch = extract_channels(pdf, ocr="auto" if need_ocr else "off")
        chans = ch["channels"]
        if g["pages"] != ch["pages"]:
            print(f"{gp.stem}: pages {g['pages']} != {ch['pages']}")
            problems += 1
        for it in g["redact"]:
            for pr in it["probes"]:
                nred += 1
                if pr.get("after", 0) != 0:
                    print(f"{gp.stem}: redact probe {pr['text']!r} after != 0")
                    problems += 1
                cc = channel_counts(chans, {k: v for k, v in pr.items() if k != "ocr"}) \
                    if not pr.get("ocr") else channel_counts(chans, pr)
                claim = pr.get("channel") or ("ocr" if pr.get("ocr") else "text")
                if claim == "text":
                    ok = any(cc.get(c) for c in TEXT)
                elif claim == "ocr":
                    ok = bool(cc.get("ocr"))
                elif claim == "form":  # AcroForm value: annotation channel and pdftotext, not page text
                    ok = bool(cc.get("annotations")) and not (cc.get("pdfium") or cc.get("pdfplumber"))
                else:
                    ok = bool(cc.get(claim)) and not any(cc.get(c) for c in TEXT)
                if not ok:
                    print(f"{gp.stem}: redact probe {pr['text']!r} ({claim}) not as claimed: {cc}")
                    problems += 1
        for it in g["keep"]:
            for pr in it["probes"]:
                nkeep += 1
                c = count_in(chans["pdfium"], pr)
                if c != pr["after"]:
                    print(f"{gp.stem}: keep probe {pr['text']!r} after={pr['after']} but {c}")
                    problems += 1
    print(f"redact_probes={nred} keep_probes={nkeep}")
    print(f"problems={problems}")
    return 0 if problems == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
