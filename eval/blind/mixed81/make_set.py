"""Rebuild set CM (eval/blind/mixed81): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py cm03 cm19  # only these

Gold is derived from the registries in persons81.py: every invented person's surname core, e-mail,
phone numbers, IBAN, home address (street + number, postcode), date of birth, BSN and paraph that
occurs in a document is a redact probe there (after=0), claimed in the first channel it is found in
(PDFium text, else OCR of the scan, else metadata / outline / annotations incl. form fields). A first
name becomes a probe when it also occurs alone (not followed by the surname). Every keep string that
occurs is a keep probe whose 'after' is its count in the original's PDFium text. A keep probe may not
overlap a redact probe's match (checked here).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, extract_channels, norm, ocr_count, ocr_plain, probe_regex  # noqa: E402

import lib81  # noqa: E402
from docs81 import DOCS  # noqa: E402
from persons81 import EXTRA_REDACT, KEEP, PERSONS  # noqa: E402

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
HIDDEN = ("metadata", "outline", "annotations")


def render(d: dict, out: Path, seed: int):
    p = d["producer"]
    if p == "rl":
        lib81.render_rl(d, out)
    elif p == "docx":
        lib81.render_docx(d, out)
    elif p == "csv":
        lib81.render_csv(d, out)
    elif p == "scan":
        lib81.render_scan(d, out, seed)
    elif p == "form":
        lib81.render_form(d, out)
    else:
        raise ValueError(p)
    lib81.add_hidden(out, d)


def channel_of(ch: dict, text: str):
    pr = {"text": text, "word": True}
    if count_in(ch.get("pdfium", ""), pr):
        return "pdfium"
    if isinstance(ch.get("ocr"), list) and ocr_count(ch["ocr"], pr):
        return "ocr"
    for c in HIDDEN:
        if count_in(ch.get(c, ""), pr):
            return c
    return None


def chan_text(ch: dict, c: str) -> str:
    if c == "ocr":
        return norm(ocr_plain(ch["ocr"]))
    return ch.get(c, "")


def gold_for(d: dict, path: Path) -> dict:
    res = extract_channels(path, ocr="auto")
    ch = res["channels"]
    redact, seen = [], set()

    def add(kind, value, texts):
        probes = []
        for t in texts:
            if t in seen:
                continue
            c = channel_of(ch, t)
            if c is None:
                continue
            seen.add(t)
            pr = {"text": t, "word": True, "after": 0, "channel": c}
            if c == "ocr":
                pr["ocr"] = True
            probes.append(pr)
        if probes:
            redact.append({"kind": kind, "value": value, "probes": probes})

    for p in PERSONS:
        for kind, value, texts in p.entries():
            add(kind, value, texts)
        # first name alone
        for c in ("pdfium", "ocr") + HIDDEN:
            if c not in ch:
                continue
            txt = chan_text(ch, c)
            n_first = count_in(txt, {"text": p.first, "word": True})
            n_full = count_in(txt, {"text": p.name, "word": True})
            if n_first > n_full:
                add("PERSON_FIRST_NAME", p.first, [p.first])
                break
    for kind, value, texts in EXTRA_REDACT:
        add(kind, value, texts)

    text = ch.get("pdfium", "")
    keep = []
    for kind, value, texts in KEEP:
        probes = []
        for t in texts:
            n = count_in(text, {"text": t, "word": True})
            if n:
                probes.append({"text": t, "word": True, "after": n})
        if probes:
            keep.append({"kind": kind, "value": value, "probes": probes})

    # overlap check on the PDFium text
    rspans = []
    for it in redact:
        for pr in it["probes"]:
            if pr["channel"] == "pdfium":
                rspans += [m.span() for m in probe_regex(pr["text"], True).finditer(text)]
    problems = []
    for it in keep:
        for pr in it["probes"]:
            for m in probe_regex(pr["text"], True).finditer(text):
                a, b = m.span()
                if any(a < y and x < b for x, y in rspans):
                    problems.append(f"{d['stem']}: keep '{pr['text']}' overlaps a redact probe at {a}")
    return {"doc": path.name, "pages": res["pages"], "producer": d["producer"],
            "redact": redact, "keep": keep}, problems


def main(argv):
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    sel = [d for d in DOCS if not argv or any(d["stem"].startswith(a) for a in argv)]
    allprob = []
    for i, d in enumerate(sel):
        out = DOCS_DIR / f"{d['stem']}.pdf"
        render(d, out, seed=1000 + DOCS.index(d))
        g, prob = gold_for(d, out)
        allprob += prob
        (GOLD_DIR / f"{d['stem']}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n",
                                                   encoding="utf-8")
        nr = sum(len(it["probes"]) for it in g["redact"])
        nk = sum(len(it["probes"]) for it in g["keep"])
        chans = {}
        for it in g["redact"]:
            for pr in it["probes"]:
                chans[pr["channel"]] = chans.get(pr["channel"], 0) + 1
        print(f"{d['stem']:<32} pages={g['pages']} redact={nr:3d} keep={nk:3d} {chans}", flush=True)
    for p in allprob:
        print("PROBLEM", p)
    print(f"overlap problems={len(allprob)}")


if __name__ == "__main__":
    main(sys.argv[1:])
