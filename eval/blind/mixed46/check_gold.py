"""Check the gold of mixed46 against the originals with the evaluator's own functions.

Every redact probe must occur in the original (in some channel the evaluator reads, OCR for the scans)
more often than its 'after'; every keep probe must occur in the original's PDFium text exactly 'after'
times. Prints problems=N (0 expected)."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels  # noqa: E402


def main():
    problems = 0
    nred = nkeep = ndocs = npages = 0
    for gp in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / g["doc"]
        ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        ndocs += 1
        npages += ch.get("pages", 0)
        if ch.get("pages", 0) != g["pages"]:
            print(f"{g['doc']}: pages {ch.get('pages')} != gold {g['pages']}")
            problems += 1
        for item in g["redact"]:
            for pr in item["probes"]:
                nred += 1
                cc = channel_counts(chans, pr)
                if not any(v > pr.get("after", 0) for v in cc.values()):
                    print(f"{g['doc']}: redact probe {pr['text']!r} ({item['kind']}) not found in the original")
                    problems += 1
        text = chans.get("pdfium", "")
        for item in g["keep"]:
            for pr in item["probes"]:
                nkeep += 1
                c = count_in(text, pr)
                if c != pr["after"] or c == 0:
                    print(f"{g['doc']}: keep probe {pr['text']!r} found {c}x, gold says {pr['after']}")
                    problems += 1
    print(f"docs={ndocs} pages={npages} redact_probes={nred} keep_probes={nkeep}")
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
