"""Check the gold of set BA (mixed43) against the original PDFs with the evaluator's own functions.
Every redact probe must occur in the original (in some channel, OCR for scans) more often than its 'after';
every keep probe's count in the PDFium text must equal its 'after'. BSNs and IBANs in the gold must have
valid checksums. Prints problems=N (0 expected)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
import evaluate as ev  # noqa: E402
from ids import ok_bsn, ok_iban  # noqa: E402


def main() -> int:
    problems = []
    golds = sorted((HERE / "gold").glob("*.json"))
    nr = nk = 0
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / g["doc"]
        if not pdf.exists():
            problems.append(f"{g['doc']}: missing PDF")
            continue
        ch = ev.extract_channels(pdf, ocr="auto")
        if ch.get("pages") != g["pages"]:
            problems.append(f"{g['doc']}: pages {ch.get('pages')} != gold {g['pages']}")
        chans = ch["channels"]
        for item in g["redact"]:
            if item["kind"] == "BSN" and not ok_bsn(item["value"]):
                problems.append(f"{g['doc']}: BSN fails 11-proef: {item['value']}")
            if item["kind"] == "IBAN" and not ok_iban(item["value"]):
                problems.append(f"{g['doc']}: IBAN fails mod-97: {item['value']}")
            for pr in item["probes"]:
                nr += 1
                cc = ev.channel_counts(chans, pr)
                if not cc or max(cc.values()) <= pr.get("after", 0):
                    problems.append(f"{g['doc']}: redact probe {pr['text']!r} not in original above after={pr.get('after', 0)}")
        for item in g["keep"]:
            for pr in item["probes"]:
                nk += 1
                n = ev.count_in(chans.get("pdfium", ""), pr)
                if n != pr["after"]:
                    problems.append(f"{g['doc']}: keep probe {pr['text']!r} count {n} != after {pr['after']}")
    for p in problems:
        print(p)
    print(f"docs={len(golds)} redact_probes={nr} keep_probes={nk}")
    print(f"problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
