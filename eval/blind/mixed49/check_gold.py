#!/usr/bin/env python3
"""Check the gold of mixed49 against the originals with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py [--ideal] [--only NAME ...]

* every redact probe occurs in the original (some channel, OCR included) more often than `after`;
* every keep probe's count in the original's PDFium text equals its `after` (and is >= 1);
* BSN values pass the 11-proef, IBAN values the mod-97 check;
* page counts match;
* with --ideal (after `build.py --ideal`): in the perfectly redacted rendition in _work/ideal/
  no redact probe exceeds `after` in any channel and every keep probe still has its `after`.
Prints `problems=N` last.
"""
import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import extract_channels, channel_counts, count_in  # noqa: E402


def bsn_ok(b):
    d = [int(c) for c in b if c.isdigit()]
    return len(d) == 9 and (sum(w * x for w, x in zip(range(9, 1, -1), d[:8])) - d[8]) % 11 == 0


def iban_ok(i):
    i = i.replace(" ", "")
    r = i[4:] + i[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ideal", action="store_true")
    ap.add_argument("--only", nargs="*")
    a = ap.parse_args()
    problems = 0
    nred = nkeep = 0

    def bad(msg):
        nonlocal problems
        problems += 1
        print("PROBLEM", msg)

    for gp in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        if a.only and gp.stem not in a.only:
            continue
        pdf = HERE / "docs" / g["doc"]
        if not pdf.exists():
            bad(f"{g['doc']}: missing PDF")
            continue
        ch = extract_channels(pdf)
        if ch.get("pages") != g["pages"]:
            bad(f"{g['doc']}: pages {ch.get('pages')} != {g['pages']}")
        chans = ch["channels"]
        for it in g["redact"]:
            if it["kind"] == "BSN" and not bsn_ok(it["value"]):
                bad(f"{g['doc']}: BSN {it['value']} fails 11-proef")
            if it["kind"] == "IBAN" and not iban_ok(it["value"]):
                bad(f"{g['doc']}: IBAN {it['value']} fails mod-97")
            for pr in it["probes"]:
                nred += 1
                cc = channel_counts(chans, pr)
                if max(cc.values(), default=0) <= pr["after"]:
                    bad(f"{g['doc']}: redact probe {pr['text']!r} not found more than after={pr['after']} ({cc})")
        for it in g["keep"]:
            for pr in it["probes"]:
                nkeep += 1
                c = count_in(chans.get("pdfium", ""), pr)
                if c != pr["after"] or pr["after"] < 1:
                    bad(f"{g['doc']}: keep probe {pr['text']!r} count {c} != after {pr['after']}")
        if a.ideal:
            ip = HERE / "_work" / "ideal" / g["doc"]
            ich = extract_channels(ip)["channels"]
            for it in g["redact"]:
                for pr in it["probes"]:
                    cc = channel_counts(ich, pr)
                    over = {k: v for k, v in cc.items() if v > pr["after"]}
                    if over:
                        bad(f"{g['doc']}: ideal rendition still has {pr['text']!r} {over} > after {pr['after']}")
            for it in g["keep"]:
                for pr in it["probes"]:
                    c = count_in(ich.get("pdfium", ""), pr)
                    if c != pr["after"]:
                        bad(f"{g['doc']}: ideal rendition keep {pr['text']!r} {c} != {pr['after']}")
        print(f"checked {g['doc']}", flush=True)
    print(f"redact_probes={nred} keep_probes={nkeep}")
    print(f"problems={problems}")
    return 0 if problems == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
