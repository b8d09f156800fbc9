"""Check the gold of the mixed47 blind set against the original PDFs with the shared evaluator's
own functions. Prints one line per problem and finally problems=N (must be 0).

    /work/main/.venv/bin/python check_gold.py

- every redact probe occurs in the original (in some channel; the scans' probes in OCR) more often
  than its 'after';
- every keep probe's count in the original's PDFium text equals its 'after';
- no keep probe's match overlaps a redact probe's match in that text;
- 'pages' matches, every BSN passes the 11-proef and every IBAN the mod-97 check."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels, probe_regex  # noqa: E402


def bsn_ok(b):
    d = [int(x) for x in re.sub(r"\D", "", b)]
    return len(d) == 9 and (sum(w * x for w, x in zip(range(9, 1, -1), d[:8])) - d[8]) % 11 == 0


def iban_ok(i):
    s = re.sub(r"\s", "", i)
    return int("".join(str(int(ch, 36)) for ch in s[4:] + s[:4])) % 97 == 1


def main():
    problems = []
    golds = sorted((HERE / "gold").glob("*.json"))
    nr = nk = 0
    for gp in golds:
        gold = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / gold["doc"]
        if not pdf.exists():
            problems.append(f"{gold['doc']}: PDF missing")
            continue
        ch = extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        text = chans.get("pdfium", "")
        if ch.get("pages") != gold["pages"]:
            problems.append(f"{gold['doc']}: pages {ch.get('pages')} != {gold['pages']}")
        spans = []
        for item in gold["redact"]:
            if item["kind"] == "BSN" and not bsn_ok(item["value"]):
                problems.append(f"{gold['doc']}: BSN fails 11-proef: {item['value']}")
            if item["kind"] == "IBAN" and not iban_ok(item["value"]):
                problems.append(f"{gold['doc']}: IBAN fails mod-97: {item['value']}")
            for p in item["probes"]:
                nr += 1
                cc = channel_counts(chans, p)
                if not cc or max(cc.values()) <= p.get("after", 0):
                    problems.append(f"{gold['doc']}: redact probe {p['text']!r} not found above after={p.get('after', 0)}")
                spans += [m.span() for m in probe_regex(p["text"], p.get("word", False)).finditer(text)]
        for item in gold["keep"]:
            for p in item["probes"]:
                nk += 1
                n = count_in(text, p)
                if n != p["after"]:
                    problems.append(f"{gold['doc']}: keep probe {p['text']!r} count {n} != after {p['after']}")
                for m in probe_regex(p["text"], p.get("word", False)).finditer(text):
                    a, b = m.span()
                    if any(a < e and s < b for s, e in spans):
                        problems.append(f"{gold['doc']}: keep probe {p['text']!r} overlaps a redact probe")
                        break
    for p in problems:
        print(p)
    print(f"documents={len(golds)} redact_probes={nr} keep_probes={nk}")
    print(f"problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
