"""Check every gold file of set AK against its original with the evaluator's own extractors.

    /work/main/.venv/bin/python check_gold.py [--quiet]

For each document:
  * the gold names an existing PDF and its page count is right;
  * every redact probe is found in the original more often than its 'after' count, in the channels the
    evaluator will search for it (OCR only for probes flagged "ocr"; all channels otherwise);
  * a probe flagged "hidden" is really absent from the three text channels and present in a hidden one;
  * every keep probe's 'after' equals its count in the PDFium text of the original, and is at least 1;
  * no keep occurrence overlaps an occurrence of a redact probe that must disappear (after 0);
  * no probe is empty or has a whitespace edge, and kinds are set.
Prints one line per problem and, last, `problems=N`, plus the totals.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(Path(os.environ.get("WOO_EVAL_DIR", "/work/shared/eval"))))
import evaluate as ev  # noqa: E402

TEXT = ("pdfium", "pdfplumber", "pdftotext")


def spans(text, p):
    return [m.span() for m in ev.probe_regex(p["text"], p.get("word", False)).finditer(text)]


def check(gold: dict, pdf: Path) -> list[str]:
    probs = []
    name = gold["doc"]
    if not pdf.exists():
        return [f"{name}: original missing"]
    need_ocr = any(p.get("ocr") for it in gold["redact"] for p in it["probes"]) or "scan" in gold.get("producer", "")
    ch = ev.extract_channels(pdf, ocr="auto" if need_ocr else "off")
    chans = ch["channels"]
    if ch["pages"] != gold["pages"]:
        probs.append(f"{name}: pages {ch['pages']} != gold {gold['pages']}")
    text = chans.get("pdfium", "")
    for it in gold["redact"] + gold["keep"]:
        if not it.get("kind") or not it.get("probes"):
            probs.append(f"{name}: item without kind or probes: {it.get('value')}")
        for p in it["probes"]:
            if not p["text"] or p["text"] != p["text"].strip():
                probs.append(f"{name}: bad probe text {p['text']!r}")
    for it in gold["redact"]:
        for p in it["probes"]:
            cc = ev.channel_counts(chans, p)
            if p.get("ocr") and "ocr" not in chans:
                probs.append(f"{name}: OCR probe {p['text']!r} but no OCR channel")
            top = max(cc.values()) if cc else 0
            if top <= p.get("after", 0):
                probs.append(f"{name}: redact {p['text']!r} found {top} <= after {p.get('after', 0)} ({cc})")
            if p.get("hidden"):
                if any(k in cc for k in TEXT) or not cc:
                    probs.append(f"{name}: 'hidden' probe {p['text']!r} visible or absent: {cc}")
    for it in gold["keep"]:
        for p in it["probes"]:
            n = ev.count_in(text, p)
            if n != p.get("after") or n < 1:
                probs.append(f"{name}: keep {p['text']!r} after={p.get('after')} but PDFium count {n}")
            ks = spans(text, p)
            for rit in gold["redact"]:
                for rp in rit["probes"]:
                    if rp.get("ocr") or rp.get("after", 0):
                        continue
                    if any(a < y and x < b for a, b in spans(text, rp) for x, y in ks):
                        probs.append(f"{name}: keep {p['text']!r} overlaps redact {rp['text']!r}")
    return probs


def main(argv):
    quiet = "--quiet" in argv
    golds = sorted((HERE / "gold").glob("*.json"))
    problems = []
    nr = nk = nh = no = pages = 0
    for g in golds:
        gold = json.loads(g.read_text(encoding="utf-8"))
        if gold["doc"] != g.stem + ".pdf":
            problems.append(f"{g.name}: doc field {gold['doc']!r} does not match the file name")
        pr = check(gold, HERE / "docs" / gold["doc"])
        problems += pr
        r = sum(len(i["probes"]) for i in gold["redact"])
        k = sum(len(i["probes"]) for i in gold["keep"])
        h = sum(1 for i in gold["redact"] for p in i["probes"] if p.get("hidden"))
        o = sum(1 for i in gold["redact"] for p in i["probes"] if p.get("ocr"))
        nr, nk, nh, no, pages = nr + r, nk + k, nh + h, no + o, pages + gold["pages"]
        if not quiet:
            print(f"{gold['doc']:<54} pages={gold['pages']} redact={r:3d} keep={k:3d} hidden={h} ocr={o} "
                  f"{'ok' if not pr else 'PROBLEMS ' + str(len(pr))}", flush=True)
    pdfs = {p.name for p in (HERE / "docs").glob("*.pdf")}
    for missing in sorted(pdfs - {g.stem + ".pdf" for g in golds}):
        problems.append(f"{missing}: no gold file")
    for p in problems:
        print("PROBLEM", p)
    print(f"docs={len(golds)} pages={pages} redact_probes={nr} keep_probes={nk} hidden_only={nh} ocr_probes={no}")
    print(f"problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
