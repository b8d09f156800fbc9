"""Check set DG (mixed101): every redact probe is present in the original in the channel it claims
(PDFium text by default; OCR for 'ocr': true; metadata/outline/annotations for 'channel'), and every
keep probe's 'after' equals its count in the original's PDFium text. Prints problems=N.

    /work/main/.venv/bin/python check_gold.py [dg05 ...]
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels  # noqa: E402

HERE = Path(__file__).resolve().parent


def main(argv):
    problems = 0
    nred = nkeep = npages = ndocs = 0
    by_channel = {}
    for g in sorted((HERE / "gold").glob("*.json")):
        if argv and not any(g.name.startswith(a) for a in argv):
            continue
        gold = json.loads(g.read_text())
        pdf = HERE / "docs" / gold["doc"]
        if not pdf.exists():
            print(f"{g.name}: missing {pdf.name}")
            problems += 1
            continue
        ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        ndocs += 1
        npages += ch["pages"]
        if ch["pages"] != gold["pages"]:
            print(f"{pdf.name}: pages {ch['pages']} != gold {gold['pages']}")
            problems += 1
        for item in gold["redact"]:
            for pr in item["probes"]:
                nred += 1
                if pr.get("after", 0) != 0:
                    print(f"{pdf.name}: redact probe {pr['text']!r} after != 0")
                    problems += 1
                claim = "ocr" if pr.get("ocr") else pr.get("channel", "pdfium")
                by_channel[claim] = by_channel.get(claim, 0) + 1
                cc = channel_counts(chans, pr)
                if not cc.get(claim):
                    print(f"{pdf.name}: redact probe {pr['text']!r} not found in {claim} (found: {cc})")
                    problems += 1
                if claim in ("metadata", "outline", "annotations") and count_in(chans.get("pdfium", ""), pr):
                    print(f"{pdf.name}: hidden probe {pr['text']!r} also in page text")
                    problems += 1
        for item in gold["keep"]:
            for pr in item["probes"]:
                nkeep += 1
                c = count_in(chans.get("pdfium", ""), pr)
                if c != pr["after"] or c == 0:
                    print(f"{pdf.name}: keep probe {pr['text']!r} after={pr['after']} but PDFium has {c}")
                    problems += 1
    print(f"docs={ndocs} pages={npages} redact={nred} keep={nkeep} redact_by_channel={by_channel}")
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
