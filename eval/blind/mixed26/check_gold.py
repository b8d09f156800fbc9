"""Verify every gold probe against its original PDF with the evaluator's own functions.

    /work/main/.venv/bin/python check_gold.py [--fast] [ID ...]

For each document: pages as in the gold; every keep probe found exactly `after` (>=1) times in the
PDFium text of the original; every redact probe found more than `after` times in the original
(OCR probes in the OCR channel, hidden probes in a hidden channel and in no visible text channel,
other probes in a visible text channel); for a redact probe that may remain `after` > 0 times (a
place that is also someone's surname) no channel may hold more copies than the visible text; and a
name probed in one document of the set that occurs in another document's text must be a probe
there too (or be listed under "not_personal"). Prints problems=N last. --fast skips OCR.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import framework as fw

ev = fw.ev


def main(argv):
    fast = "--fast" in argv
    ids = [a for a in argv if not a.startswith("--")]
    golds = sorted(fw.GOLD.glob("*.json"))
    if ids:
        golds = [g for g in golds if g.stem in ids]
    all_g = [json.loads(g.read_text(encoding="utf-8")) for g in sorted(fw.GOLD.glob("*.json"))]
    names = {}
    for g in all_g:
        for it in g["redact"]:
            if it["kind"] not in ("PERSON", "INITIALS"):
                continue
            for p in it["probes"]:
                if p.get("hidden") or len(p["text"]) < 4:
                    continue
                names.setdefault(p["text"], set()).add(g["doc"])
    problems = []
    tot = {"docs": 0, "pages": 0, "redact": 0, "keep": 0, "ocr": 0, "hidden": 0}
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        pdf = fw.DOCS / g["doc"]
        res = ev.extract_channels(pdf, ocr="off" if fast else "auto")
        ch = res["channels"]
        text = ch.get("pdfium", "")
        tot["docs"] += 1
        tot["pages"] += res.get("pages", 0)
        if res.get("pages") != g["pages"]:
            problems.append(f"{g['doc']}: pages {res.get('pages')} != gold {g['pages']}")
        keep_after = {}
        for it in g["keep"]:
            for p in it["probes"]:
                tot["keep"] += 1
                c = ev.count_in(text, p)
                keep_after[p["text"]] = p["after"]
                if p["after"] < 1 or c != p["after"] + p.get("person_occurrences", 0):
                    problems.append(f"{g['doc']}: keep {p['text']!r} after={p['after']} found={c}")
        probes_here = set()
        shared = []
        for it in g["redact"]:
            for p in it["probes"]:
                tot["redact"] += 1
                probes_here.add(p["text"])
                cc = ev.channel_counts(ch, p)
                if p.get("ocr"):
                    tot["ocr"] += 1
                    if fast:
                        continue
                    n = cc.get("ocr", 0)
                    if n <= p["after"]:
                        problems.append(f"{g['doc']}: OCR probe {p['text']!r} read {n}x (after={p['after']})")
                    continue
                if p.get("hidden"):
                    tot["hidden"] += 1
                    vis = {k: v for k, v in cc.items() if k in fw.VISIBLE or k == "ocr"}
                    hid = max([cc.get(k, 0) for k in fw.HIDDEN] + [0])
                    if vis:
                        problems.append(f"{g['doc']}: hidden probe {p['text']!r} is visible: {vis}")
                    if hid <= p["after"]:
                        problems.append(f"{g['doc']}: hidden probe {p['text']!r} not in a hidden channel: {cc}")
                    continue
                vis = max([cc.get(k, 0) for k in fw.VISIBLE + ("ocr",)] + [0])
                if vis <= p["after"]:
                    problems.append(f"{g['doc']}: redact {p['text']!r} found {cc} (after={p['after']})")
                if p.get("person_occurrences"):
                    shared.append(p)
                    if cc.get("pdfium", 0) != p["after"] + p["person_occurrences"]:
                        problems.append(f"{g['doc']}: redact {p['text']!r}: text count {cc.get('pdfium', 0)} != after "
                                        f"{p['after']} + person occurrences {p['person_occurrences']}")
                if p["after"] > 0:
                    vp = cc.get("pdfium", 0)
                    more = {k: v for k, v in cc.items() if v > vp}
                    if more:
                        problems.append(f"{g['doc']}: redact {p['text']!r} after={p['after']}: channels with more "
                                        f"copies than the text ({vp}): {more}")
        for p in shared:
            if keep_after.get(p["text"], p["after"]) != p["after"]:
                problems.append(f"{g['doc']}: {p['text']!r} may remain {p['after']}x as redact probe but must "
                                f"remain {keep_after[p['text']]}x as keep probe")
        allowed = set(g.get("not_personal", []))
        for nm, docs in names.items():
            if g["doc"] in docs or nm in probes_here or nm in allowed:
                continue
            c = ev.count_in(text, {"text": nm, "word": True})
            if c:
                problems.append(f"{g['doc']}: {nm!r} (a name in {sorted(docs)[0]}) occurs {c}x but is no probe here")
    for p in problems:
        print("PROBLEM", p)
    print(f"docs={tot['docs']} pages={tot['pages']} redact_probes={tot['redact']} keep_probes={tot['keep']} "
          f"ocr_probes={tot['ocr']} hidden_probes={tot['hidden']}")
    print(f"problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
