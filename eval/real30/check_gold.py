"""Check the gold of eval/real30 against the original PDFs with the shared evaluator's functions.

    python check_gold.py [--cache DIR]

Every redact probe must occur in the original (in some channel the evaluator reads, OCR of image
pages included; OCR-only probes in OCR text) more often than its `after`; every keep probe's count
in the PDFium text of the original must equal its `after`. Prints problems=N (must be 0).
"""
import argparse, json, pickle, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
sys.path.insert(0, str(HERE.parents[2].parent / "shared" / "eval"))
from evaluate import extract_channels, channel_counts, count_in  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", type=Path, default=None, help="reuse <stem>.ch.pkl channel dumps")
    a = ap.parse_args()
    problems = 0
    golds = sorted((HERE / "gold").glob("*.json"))
    nr = nk = 0
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "pdfs" / g["doc"]
        if not pdf.exists():
            print(f"PROBLEM missing original {pdf}")
            problems += 1
            continue
        ch = None
        if a.cache and (a.cache / (pdf.stem + ".ch.pkl")).exists():
            ch = pickle.load(open(a.cache / (pdf.stem + ".ch.pkl"), "rb"))
        if ch is None:
            ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        if ch.get("pages") != g["pages"]:
            print(f"PROBLEM {g['doc']}: pages {ch.get('pages')} != gold {g['pages']}")
            problems += 1
        for item in g["redact"]:
            for p in item["probes"]:
                nr += 1
                cc = channel_counts(chans, p)
                if not any(v > p.get("after", 0) for v in cc.values()):
                    print(f"PROBLEM {g['doc']}: redact probe {p['text']!r} not found above after={p.get('after', 0)}")
                    problems += 1
        for item in g["keep"]:
            for p in item["probes"]:
                nk += 1
                n = count_in(chans["pdfium"], p)
                if n != p.get("after", 0):
                    print(f"PROBLEM {g['doc']}: keep probe {p['text']!r} count {n} != after {p.get('after')}")
                    problems += 1
    print(f"docs={len(golds)} redact_probes={nr} keep_probes={nk} problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
