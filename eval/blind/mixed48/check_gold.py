"""Check the gold of set mixed48 against the original PDFs with the evaluator's own functions.

Every redact probe must occur in the original (some channel; OCR for scans) more often than its
'after'; every keep probe's count in the PDFium text must equal its 'after'. Prints problems=N.
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import extract_channels, channel_counts, count_in  # noqa: E402

HERE = Path(__file__).resolve().parent


def main():
    problems = 0
    golds = sorted((HERE / "gold").glob("*.json"))
    nr = nk = n_ocr = n_hidden = 0
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / g["doc"]
        if not pdf.exists():
            print("missing", pdf)
            problems += 1
            continue
        ch = extract_channels(pdf, ocr="auto")
        if ch.get("pages") != g["pages"]:
            print(f"{g['doc']}: pages {ch.get('pages')} != gold {g['pages']}")
            problems += 1
        chans = ch["channels"]
        for it in g["redact"]:
            for pr in it["probes"]:
                nr += 1
                cc = channel_counts(chans, pr)
                vis = {k for k in cc if k in ("pdfium", "pdfplumber", "pdftotext")}
                if cc and not vis:
                    if "ocr" in cc:
                        n_ocr += 1
                    else:
                        n_hidden += 1
                if not cc or max(cc.values()) <= pr.get("after", 0):
                    print(f"{g['doc']}: redact probe {pr['text']!r} not found more than {pr.get('after', 0)}x: {cc}")
                    problems += 1
        for it in g["keep"]:
            for pr in it["probes"]:
                nk += 1
                c = count_in(chans.get("pdfium", ""), pr)
                if c != pr["after"]:
                    print(f"{g['doc']}: keep probe {pr['text']!r} found {c}x, gold says {pr['after']}")
                    problems += 1
    print(f"docs={len(golds)} pages={sum(json.loads(g.read_text())['pages'] for g in golds)} "
          f"redact_probes={nr} (ocr_only={n_ocr} hidden_only={n_hidden}) keep_probes={nk}")
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
