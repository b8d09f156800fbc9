"""Check set BR's gold against its originals with the evaluator's own functions.

Every redact probe must be present in the original in the channel it claims ('text': PDFium text;
'ocr': OCR of the image pages; 'metadata' / 'outline' / 'annotations' / 'form': that channel, and then
NOT in the PDFium page text, so it really is hidden) and have after=0. Every keep probe's 'after' must be
>= 1 and <= its count in the original's PDFium text (it equals the count, minus occurrences inside a
private address or name, see make_set.py). Prints problems=N as the last line.

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
    ocr = "off" if "--no-ocr" in argv else "auto"
    problems = 0
    nred = nkeep = 0
    chans_count = {}
    for gf in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gf.read_text())
        pdf = HERE / "docs" / g["doc"]
        if not pdf.exists():
            print(f"{g['doc']}: missing PDF"); problems += 1; continue
        ch = extract_channels(pdf, ocr=ocr)
        c = ch["channels"]
        if ch.get("pages") != g["pages"]:
            print(f"{g['doc']}: pages {ch.get('pages')} != gold {g['pages']}"); problems += 1
        for it in g["redact"]:
            for p in it["probes"]:
                nred += 1
                claim = p.get("channel", "text")
                chans_count[claim] = chans_count.get(claim, 0) + 1
                if p.get("after", 0) != 0:
                    print(f"{g['doc']}: redact probe {p['text']!r} after != 0"); problems += 1
                if claim == "ocr" and ocr == "off":
                    continue
                cc = channel_counts(c, p)
                if claim == "text":
                    ok = cc.get("pdfium", 0) > 0
                elif claim == "ocr":
                    ok = cc.get("ocr", 0) > 0 and count_in(c.get("pdfium", ""), p) == 0
                elif claim == "form":
                    ok = (cc.get("annotations", 0) > 0 or cc.get("pdftotext", 0) > 0) and cc.get("pdfium", 0) == 0
                else:
                    ok = cc.get(claim, 0) > 0 and cc.get("pdfium", 0) == 0
                if not ok:
                    print(f"{g['doc']}: redact probe {p['text']!r} ({claim}) not as claimed: {cc}"); problems += 1
        txt = c.get("pdfium", "")
        for it in g["keep"]:
            for p in it["probes"]:
                nkeep += 1
                n = count_in(txt, p)
                if not (1 <= p["after"] <= n):
                    print(f"{g['doc']}: keep probe {p['text']!r} after={p['after']} count={n}"); problems += 1
    print(f"redact_probes={nred} keep_probes={nkeep} channels={chans_count}")
    print(f"problems={problems}")
    return 0 if problems == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
