"""Check set HE's gold against its originals with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py [he03 ...]

Every redact probe (after=0) must be present in the original: in the PDFium text, or, for
'ocr': true probes, in the OCR of the image pages, or, for probes with a 'channel' key (metadata,
outline, annotations), in that channel (and then not in the page text). Every keep probe's 'after'
must equal its count in the original's PDFium text. Prints problems=N as the last line.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import count_in, extract_channels, channel_counts  # noqa: E402


def main(argv):
    problems = 0
    nred = nkeep = nocr = nhidden = npages = ndocs = 0
    for g in sorted((HERE / "gold").glob("*.json")):
        if argv and g.stem.split("_")[0] not in argv:
            continue
        gold = json.loads(g.read_text())
        pdf = HERE / "docs" / gold["doc"]
        ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        ndocs += 1
        npages += ch["pages"]
        if ch["pages"] != gold["pages"]:
            print(f"{g.stem}: pages {ch['pages']} != gold {gold['pages']}")
            problems += 1
        for item in gold["redact"]:
            for pr in item["probes"]:
                nred += 1
                if pr.get("after", 0) != 0:
                    print(f"{g.stem}: redact probe {pr['text']!r} has after != 0")
                    problems += 1
                cc = channel_counts(chans, pr)
                if pr.get("ocr"):
                    nocr += 1
                    if not cc.get("ocr"):
                        print(f"{g.stem}: OCR probe {pr['text']!r} not read by OCR of the original")
                        problems += 1
                elif pr.get("channel"):
                    nhidden += 1
                    if not cc.get(pr["channel"]):
                        print(f"{g.stem}: hidden probe {pr['text']!r} not in {pr['channel']}")
                        problems += 1
                    if count_in(chans["pdfium"], pr):
                        print(f"{g.stem}: hidden probe {pr['text']!r} is also in the page text")
                        problems += 1
                elif not count_in(chans["pdfium"], pr):
                    print(f"{g.stem}: redact probe {pr['text']!r} not in PDFium text")
                    problems += 1
        for item in gold["keep"]:
            for pr in item["probes"]:
                nkeep += 1
                n = count_in(chans["pdfium"], pr)
                if n != pr["after"] or n == 0:
                    print(f"{g.stem}: keep probe {pr['text']!r} after={pr['after']} but original has {n}")
                    problems += 1
    print(f"docs={ndocs} pages={npages} redact={nred} (ocr={nocr}, hidden-only={nhidden}) keep={nkeep}")
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
