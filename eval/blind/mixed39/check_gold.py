"""Check the gold of blind set mixed39 (AW) against the original PDFs. MIT licence.

Uses the shared evaluator's own extraction and matching (/work/shared/eval/evaluate.py):
  * every redact probe occurs in the original more often than its 'after' (in some channel;
    probes marked "ocr" in the OCR of the image-only scans);
  * every keep probe's count in the PDFium text equals its 'after';
  * page counts match; BSNs pass the 11-proef, IBANs mod-97, V-nummers have 10 digits.
Prints per-document lines and, last, problems=N (0 expected).
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
import evaluate as ev  # noqa: E402


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    tot = sum(int(x) * w for x, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return tot % 11 == 0


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def main() -> int:
    problems = 0
    n_red = n_keep = n_ocr = n_hidden = pages = 0
    golds = sorted((HERE / "gold").glob("*.json"))
    for gp in golds:
        gold = json.loads(gp.read_text(encoding="utf-8"))
        pdf = HERE / "docs" / gold["doc"]
        if not pdf.exists():
            print(f"{gold['doc']}: missing PDF")
            problems += 1
            continue
        ch = ev.extract_channels(pdf, ocr="auto")
        chans = ch["channels"]
        if ch["pages"] != gold["pages"]:
            print(f"{gold['doc']}: pages {ch['pages']} != gold {gold['pages']}")
            problems += 1
        pages += ch["pages"]
        bad = 0
        for item in gold["redact"]:
            if item["kind"] == "BSN" and not bsn_ok(item["value"]):
                print(f"{gold['doc']}: BSN {item['value']} fails the 11-proef")
                bad += 1
            if item["kind"] == "IBAN" and not iban_ok(item["value"]):
                print(f"{gold['doc']}: IBAN {item['value']} fails mod-97")
                bad += 1
            if item["kind"] == "V-NUMMER" and not re.fullmatch(r"\d{10}", item["value"]):
                print(f"{gold['doc']}: V-nummer {item['value']} is not 10 digits")
                bad += 1
            for pr in item["probes"]:
                n_red += 1
                cc = ev.channel_counts(chans, pr)
                if not cc or max(cc.values()) <= pr.get("after", 0):
                    print(f"{gold['doc']}: redact probe {pr['text']!r} not found in the original ({cc})")
                    bad += 1
                if pr.get("ocr"):
                    n_ocr += 1
                elif not any(k in cc for k in ev.TEXT_CHANNELS + ("ocr",)):
                    n_hidden += 1
        text = chans.get("pdfium", "")
        for item in gold["keep"]:
            for pr in item["probes"]:
                n_keep += 1
                c = ev.count_in(text, pr)
                if c != pr["after"]:
                    print(f"{gold['doc']}: keep probe {pr['text']!r} count {c} != after {pr['after']}")
                    bad += 1
        problems += bad
        print(f"{gold['doc']:<55} pages={ch['pages']} redact={sum(len(i['probes']) for i in gold['redact'])} "
              f"keep={sum(len(i['probes']) for i in gold['keep'])} problems={bad}", flush=True)
    print(f"documents={len(golds)} pages={pages} redact_probes={n_red} (ocr-only={n_ocr}, hidden-channel-only="
          f"{n_hidden}) keep_probes={n_keep}")
    print(f"problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
