"""Verify every probe of the gold against the originals with the shared evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py [-v]

Checks: page count; keep probes: 'after' equals the count in the PDFium text (and is > 0); redact probes:
found at least once in the original (OCR probes in the evaluator's OCR of the scan; the others in any
channel the evaluator searches) and 'after' below that count; no redact probe matches inside the text
of a keep probe of the same document (a conflict would make the gold self-contradictory).
Prints counts and, as the last line, problems=N.
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
import evaluate as ev  # noqa: E402

HERE = Path(__file__).resolve().parent
TEXT = ("pdfium", "pdfplumber", "pdftotext")
HIDDEN = ("metadata", "outline", "annotations")


def main():
    verbose = "-v" in sys.argv
    problems = []
    st = dict(docs=0, pages=0, redact=0, keep=0, ocr=0, hidden_only=0)
    for gp in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / g["doc"]
        if not pdf.exists():
            problems.append(f"{g['doc']}: missing PDF"); continue
        scan = any(p.get("ocr") for it in g["redact"] for p in it["probes"])
        ch = ev.extract_channels(pdf, ocr="auto" if scan else "off")
        chans = ch["channels"]
        st["docs"] += 1
        st["pages"] += ch["pages"]
        if ch["pages"] != g["pages"]:
            problems.append(f"{g['doc']}: pages {g['pages']} != {ch['pages']}")
        text = chans.get("pdfium", "")
        keep_texts = []
        for it in g["keep"]:
            for pr in it["probes"]:
                st["keep"] += 1
                keep_texts.append(pr["text"])
                n = ev.count_in(text, pr)
                if n != pr["after"] or n == 0:
                    problems.append(f"{g['doc']}: keep {pr['text']!r} after={pr['after']} found={n}")
        seen = set()
        for it in g["redact"]:
            for pr in it["probes"]:
                st["redact"] += 1
                if pr["text"] in seen:
                    problems.append(f"{g['doc']}: duplicate redact probe {pr['text']!r}")
                seen.add(pr["text"])
                cc = ev.channel_counts(chans, pr)
                tot = max(cc.values()) if cc else 0
                if pr.get("ocr"):
                    st["ocr"] += 1
                elif cc and not any(k in cc for k in TEXT):
                    st["hidden_only"] += 1
                if tot <= pr.get("after", 0):
                    problems.append(f"{g['doc']}: redact {pr['text']!r} not in original (counts {cc})")
                rx = ev.probe_regex(pr["text"], pr.get("word", False))
                for kt in keep_texts:
                    if rx.search(ev.norm(kt)):
                        problems.append(f"{g['doc']}: redact {pr['text']!r} matches inside keep probe {kt!r}")
                if verbose and len(pr["text"]) <= 4:
                    print(f"  short probe {g['doc']}: {pr['text']!r} counts={cc}")
    for p in problems:
        print("PROBLEM", p)
    print(" ".join(f"{k}={v}" for k, v in st.items()))
    print(f"problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
