"""Check the gold of set mixed42 against the original PDFs with the evaluator's own functions.

Every redact probe must occur in the original (in some channel, OCR included) more often than its
'after'; every keep probe's count in the PDFium text must equal its 'after'; page counts must match.
Prints one line per problem and finally problems=N."""
import json
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import extract_channels, channel_counts, count_in  # noqa: E402

HERE = Path(__file__).resolve().parent


def main():
    problems = 0
    nred = nkeep = 0
    golds = sorted((HERE / "gold").glob("*.json"))
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / g["doc"]
        if not pdf.exists():
            print(f"{g['doc']}: PDF missing"); problems += 1; continue
        ch = extract_channels(pdf, ocr="auto")
        if ch.get("pages") != g["pages"]:
            print(f"{g['doc']}: pages {ch.get('pages')} != gold {g['pages']}"); problems += 1
        chans = ch["channels"]
        for item in g["redact"]:
            for p in item["probes"]:
                nred += 1
                cc = channel_counts(chans, p)
                if not cc or max(cc.values()) <= p.get("after", 0):
                    print(f"{g['doc']}: redact probe {p['text']!r} not found more than after={p.get('after', 0)} ({cc})")
                    problems += 1
        for item in g["keep"]:
            for p in item["probes"]:
                nkeep += 1
                c = count_in(chans.get("pdfium", ""), p)
                if c != p["after"]:
                    print(f"{g['doc']}: keep probe {p['text']!r} count {c} != after {p['after']}")
                    problems += 1
    print(f"docs={len(golds)} redact_probes={nred} keep_probes={nkeep}")
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
