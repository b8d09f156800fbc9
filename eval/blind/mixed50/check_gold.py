"""Check the gold of set mixed50 against the original PDFs with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py [--quiet]

Every redact probe must occur in the original (in some channel the evaluator reads: text, raw objects,
metadata, outline, annotations, OCR of image pages; OCR only for probes marked "ocr") more often than
its 'after'; every keep probe must occur in the PDFium text exactly 'after' times; page counts must
match; every document needs gold. Prints problems=N as the last line."""
import json
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels  # noqa: E402

HERE = Path(__file__).resolve().parent


def main():
    quiet = "--quiet" in sys.argv
    problems = []
    docs = sorted((HERE / "docs").glob("*.pdf"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if {d.stem for d in docs} != {g.stem for g in golds}:
        problems.append(f"docs/gold mismatch: {sorted({d.stem for d in docs} ^ {g.stem for g in golds})}")
    nr = nk = nocr = 0
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / g["doc"]
        ch = extract_channels(pdf)
        chans = ch["channels"]
        if ch.get("pages") != g["pages"]:
            problems.append(f"{g['doc']}: pages {ch.get('pages')} != gold {g['pages']}")
        for it in g["redact"]:
            for p in it["probes"]:
                nr += 1
                nocr += bool(p.get("ocr"))
                cc = channel_counts(chans, p)
                if max(cc.values(), default=0) <= p.get("after", 0):
                    problems.append(f"{g['doc']}: redact probe {p['text']!r} ({it['kind']}) found {cc} <= after {p.get('after', 0)}")
        for it in g["keep"]:
            for p in it["probes"]:
                nk += 1
                c = count_in(chans.get("pdfium", ""), p)
                if c != p["after"] or c == 0:
                    problems.append(f"{g['doc']}: keep probe {p['text']!r} pdfium count {c} != after {p['after']}")
        if not quiet:
            print(f"{g['doc']}: pages={g['pages']} redact_items={len(g['redact'])} keep_items={len(g['keep'])}")
    for pr in problems:
        print("PROBLEM", pr)
    print(f"documents={len(golds)} redact_probes={nr} (ocr={nocr}) keep_probes={nk}")
    print(f"problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
