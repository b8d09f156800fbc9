"""Check eval/real22 gold against the original PDFs with the evaluator's own extraction.

Every redact probe must occur in the original (some channel, OCR included) more often than its
'after'; every keep probe's count in the PDFium text must equal its 'after'; every gold file must
have its PDF and vice versa. Prints problems=N (0 expected).

    python check_gold.py            (needs pdfs/, see fetch_sources.txt; OCR runs on image pages)
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import extract_channels, channel_counts, count_in  # noqa: E402


def main():
    problems = 0
    golds = sorted((HERE / "gold").glob("*.json"))
    pdfs = {p.name for p in (HERE / "pdfs").glob("*.pdf")}
    names = set()
    nr = nk = 0
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        names.add(g["doc"])
        pdf = HERE / "pdfs" / g["doc"]
        if not pdf.exists():
            print(f"PROBLEM missing pdf {g['doc']}")
            problems += 1
            continue
        ch = extract_channels(pdf)
        chans = ch["channels"]
        if ch["errors"]:
            print(f"note {g['doc']}: extraction errors {ch['errors']}")
        if ch["pages"] != g["pages"]:
            print(f"PROBLEM {g['doc']}: pages {ch['pages']} != gold {g['pages']}")
            problems += 1
        for item in g["redact"]:
            for pr in item["probes"]:
                nr += 1
                cc = channel_counts(chans, pr)
                if not cc or max(cc.values()) <= pr.get("after", 0):
                    print(f"PROBLEM {g['doc']}: redact probe {pr['text']!r} found {cc}, after={pr.get('after', 0)}")
                    problems += 1
        for item in g["keep"]:
            for pr in item["probes"]:
                nk += 1
                c = count_in(chans.get("pdfium", ""), pr)
                if c != pr.get("after", 0):
                    print(f"PROBLEM {g['doc']}: keep probe {pr['text']!r} count {c} != after {pr.get('after', 0)}")
                    problems += 1
    for extra in sorted(pdfs - names):
        print(f"PROBLEM pdf without gold: {extra}")
        problems += 1
    print(f"docs={len(golds)} redact_probes={nr} keep_probes={nk}")
    print(f"problems={problems}")
    return 0 if problems == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
