"""Check set CP (mixed84): every redact probe is present in the original in the channel claimed,
every keep probe's 'after' equals its count in the original's PDFium text.

    /work/main/.venv/bin/python check_gold.py        # prints problems=N as its last line

Channels: a probe with "ocr": true must be read by OCR of the original (the evaluator's own OCR);
a probe listed in claims.json must be found in that hidden channel (metadata, outline, annotations)
and in none of the text channels (pdfium, pdfplumber); every other redact probe must be in the PDFium
text. Redact probes have after=0; no keep probe may overlap a redact probe in the PDFium text.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, probe_regex, text_pdfium  # noqa: E402


def main() -> int:
    claims = json.loads((HERE / "claims.json").read_text(encoding="utf-8"))
    problems = []
    n_red = n_keep = n_pages = n_docs = n_ocr = n_hidden = 0
    for gp in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / g["doc"]
        if not pdf.exists():
            problems.append(f"{g['doc']}: missing PDF")
            continue
        n_docs += 1
        text, n = text_pdfium(pdf)
        n_pages += n
        if n != g["pages"]:
            problems.append(f"{g['doc']}: pages {n} != gold {g['pages']}")
        need_ocr = any(p.get("ocr") for it in g["redact"] for p in it["probes"])
        ch = extract_channels(pdf, ocr="auto" if need_ocr else "off")["channels"]
        cl = claims.get(g["doc"], {})
        red_spans = []
        for it in g["redact"]:
            for p in it["probes"]:
                n_red += 1
                if p.get("after", 0) != 0:
                    problems.append(f"{g['doc']}: redact probe {p['text']!r} has after != 0")
                cc = channel_counts(ch, p)
                if p.get("ocr"):
                    n_ocr += 1
                    if not cc.get("ocr"):
                        problems.append(f"{g['doc']}: OCR probe {p['text']!r} not read by OCR")
                elif p["text"] in cl:
                    n_hidden += 1
                    want = cl[p["text"]]
                    if not cc.get(want):
                        problems.append(f"{g['doc']}: hidden probe {p['text']!r} not in {want}")
                    if cc.get("pdfium") or cc.get("pdfplumber"):
                        problems.append(f"{g['doc']}: hidden probe {p['text']!r} also in page text")
                else:
                    if not count_in(text, p):
                        problems.append(f"{g['doc']}: redact probe {p['text']!r} not in PDFium text")
                    red_spans += [m.span() for m in probe_regex(p["text"], p.get("word", False)).finditer(text)]
        for it in g["keep"]:
            for p in it["probes"]:
                n_keep += 1
                c = count_in(text, p)
                if c != p.get("after"):
                    problems.append(f"{g['doc']}: keep probe {p['text']!r} after={p.get('after')} but found {c}")
                for m in probe_regex(p["text"], p.get("word", False)).finditer(text):
                    a, b = m.span()
                    if any(a < e and s < b for s, e in red_spans):
                        problems.append(f"{g['doc']}: keep probe {p['text']!r} overlaps a redact probe")
                        break
    print(f"docs={n_docs} pages={n_pages} redact_probes={n_red} (ocr={n_ocr}, hidden={n_hidden}) keep_probes={n_keep}")
    for p in problems:
        print("PROBLEM", p)
    print(f"problems={len(problems)}")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
