"""Check set CV's gold against its originals with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py

- every redact probe has after=0 and occurs in the original in the channel it claims
  ('channel' key: metadata / annotations / ocr; no key: the PDFium text layer);
- every keep probe's 'after' equals its count in the original's PDFium text;
- 'pages' equals the original's page count.
Prints one line per problem and, last, problems=N plus the counts per channel.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")

from evaluate import channel_counts, count_in, extract_channels  # noqa: E402


def main() -> int:
    problems = 0
    per_channel = Counter()
    hidden_only = Counter()
    n_docs = n_pages = n_r = n_k = 0
    for gp in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / gold["doc"]
        if not pdf.exists():
            print(f"{gp.name}: missing {pdf.name}")
            problems += 1
            continue
        ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        n_docs += 1
        n_pages += ch.get("pages", 0)
        if ch.get("pages") != gold["pages"]:
            print(f"{gold['doc']}: pages {ch.get('pages')} != gold {gold['pages']}")
            problems += 1
        text = chans.get("pdfium", "")
        for it in gold["redact"]:
            for pr in it["probes"]:
                n_r += 1
                if pr.get("after", 0) != 0:
                    print(f"{gold['doc']}: redact probe {pr['text']!r} has after={pr.get('after')}")
                    problems += 1
                claim = pr.get("channel") or ("ocr" if pr.get("ocr") else "pdfium")
                cc = channel_counts(chans, pr)
                if not cc.get(claim):
                    print(f"{gold['doc']}: redact probe {pr['text']!r} not found in claimed channel {claim} ({cc})")
                    problems += 1
                per_channel[claim] += 1
                if claim not in ("pdfium", "ocr") and not count_in(text, pr):
                    hidden_only[claim] += 1
        for it in gold["keep"]:
            for pr in it["probes"]:
                n_k += 1
                c = count_in(text, pr)
                if c != pr.get("after") or c == 0:
                    print(f"{gold['doc']}: keep probe {pr['text']!r} after={pr.get('after')} but PDFium count={c}")
                    problems += 1
    print(f"docs={n_docs} pages={n_pages} redact={n_r} keep={n_k} claimed={dict(per_channel)} "
          f"hidden_only={dict(hidden_only)}")
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
