"""Self-check of the mixed4 gold against the PDFs (no part of the tool is used).

    /work/main/.venv/bin/python check_gold.py

For every gold file: the PDF exists and has the recorded page count; every probe is counted in the
PDFium text of the original with the evaluator's own norm/probe_regex (copied in generate.py); a redact
probe must occur more often than its 'after' (so an untouched original leaks it), a keep probe at least
'after' >= 1 times. The pdfplumber and pdftotext counts are reported where they differ (informational:
the evaluator counts a leak in any channel). BSN values must pass the 11-proef, IBAN values mod-97
unless they are one of the deliberately malformed ones (kind IBAN, listed in MALFORMED).
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from documents import I4BAD, iban_ok  # noqa: E402
from generate import count_in, text_pdfium, norm  # noqa: E402

MALFORMED = {I4BAD}


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    return len(d) == 9 and (sum(int(c) * w for c, w in zip(d, range(9, 1, -1))) - int(d[8])) % 11 == 0


def other_texts(pdf: Path) -> dict:
    import logging
    import pdfplumber

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    with pdfplumber.open(str(pdf)) as p:
        plumber = norm("\n".join(pg.extract_text() or "" for pg in p.pages))
    ptt = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    return {"pdfplumber": plumber, "pdftotext": norm(ptt)}


def main() -> int:
    errors, notes, n_r, n_k = [], [], 0, 0
    for gp in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / g["doc"]
        if not pdf.exists():
            errors.append(f"{g['doc']}: missing PDF")
            continue
        txt, pages = text_pdfium(pdf)
        if pages != g["pages"]:
            errors.append(f"{g['doc']}: {pages} pages, gold says {g['pages']}")
        others = other_texts(pdf)
        for it in g["redact"]:
            if it["kind"] == "BSN" and not bsn_ok(it["value"]):
                errors.append(f"{g['doc']}: BSN {it['value']} fails the 11-proef")
            if it["kind"] == "IBAN" and it["value"] not in MALFORMED and not iban_ok(it["value"]):
                errors.append(f"{g['doc']}: IBAN {it['value']} fails mod-97")
            everywhere = False
            for pr in it["probes"]:
                n_r += 1
                c = count_in(txt, pr)
                everywhere |= all(count_in(t, pr) == c for t in others.values())
                if c <= pr["after"]:
                    errors.append(f"{g['doc']}: redact probe {pr['text']!r} pdfium {c} <= after {pr['after']}")
                for ch, t in others.items():
                    if count_in(t, pr) != c:
                        notes.append(f"{g['doc']}: redact {pr['text']!r} pdfium {c} {ch} {count_in(t, pr)}")
            if not everywhere:
                notes.append(f"{g['doc']}: item {it['value']!r}: no probe with equal counts in all channels")
        for it in g["keep"]:
            for pr in it["probes"]:
                n_k += 1
                c = count_in(txt, pr)
                if not 1 <= pr["after"] <= c:
                    errors.append(f"{g['doc']}: keep probe {pr['text']!r} pdfium {c}, after {pr['after']}")
    for n in notes:
        print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print(f"checked {n_r} redact and {n_k} keep probes: {len(errors)} errors, {len(notes)} channel notes")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
