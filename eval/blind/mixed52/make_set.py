"""Rebuild set BJ (eval/blind/mixed52): PDFs in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py [name ...]

Needs reportlab, python-docx, pikepdf, pypdfium2, numpy, Pillow, LibreOffice (soffice), chromium,
poppler-utils and tesseract (nld) for the checks. Probe counts use the evaluator's own functions.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

from evaluate import channel_counts, count_in, extract_channels, norm  # noqa: E402
from framework import DOCS, GOLD, MRK, WORK  # noqa: E402

import docs_a  # noqa: E402
import docs_b  # noqa: E402
import docs_c  # noqa: E402
import docs_d  # noqa: E402

BUILDERS = docs_a.ALL + docs_b.ALL + docs_c.ALL + docs_d.ALL


def ideal_text(d, channels=("text",), redact_mark=" \u2588 ") -> str:
    parts = []
    for ch, raw in d.marked:
        if ch not in channels:
            continue
        parts.append(MRK.sub(lambda m: (m.group(3) if m.group(1) else redact_mark), raw))
    return norm(" ".join(parts))


def make_gold(d, pdf: Path) -> tuple[dict, list]:
    problems = []
    ch = extract_channels(pdf, ocr="auto")
    chans = ch["channels"]
    red: dict = {}
    keep: dict = {}
    for channel, raw in d.marked:
        for m in MRK.finditer(raw):
            is_keep, kind, text, value = m.group(1) == "+", m.group(2), m.group(3), m.group(4) or m.group(3)
            if is_keep:
                if channel != "text":
                    continue
                keep.setdefault((kind, value), {}).setdefault(text, set()).add(channel)
            else:
                red.setdefault((kind, value), {}).setdefault(text, set()).add(channel)
    ideal_all = ideal_text(d, ("text", "scan", "hidden"))
    ideal_vis = ideal_text(d, ("text",))
    gold = {"doc": pdf.name, "pages": ch["pages"], "redact": [], "keep": []}
    for (kind, value), probes in red.items():
        item = {"kind": kind, "value": value, "probes": []}
        for text, chs in probes.items():
            pr = {"text": text, "word": True, "after": 0}
            if chs == {"scan"}:
                pr["ocr"] = True
            cc = channel_counts(chans, pr)
            if not cc:
                problems.append(f"{pdf.name}: redact probe not found in original: {text!r} ({chs})")
                continue
            if count_in(ideal_all, pr):
                problems.append(f"{pdf.name}: redact probe {text!r} also occurs unmarked")
            item["probes"].append(pr)
        if item["probes"]:
            gold["redact"].append(item)
    for (kind, value), probes in keep.items():
        item = {"kind": kind, "value": value, "probes": []}
        for text in probes:
            pr = {"text": text, "word": True, "after": 0}
            n = count_in(chans.get("pdfium", ""), pr)
            m = count_in(ideal_vis, pr)
            if n != m or n == 0:
                problems.append(f"{pdf.name}: keep probe {text!r}: pdfium {n} vs source {m}")
                continue
            pr["after"] = n
            item["probes"].append(pr)
        if item["probes"]:
            gold["keep"].append(item)
    return gold, problems


def main(argv):
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    WORK.mkdir(parents=True, exist_ok=True)
    only = set(argv)
    allp = []
    for fn in BUILDERS:
        if only and fn.__name__.replace("doc_", "") not in only:
            continue
        d = fn()
        pdf = DOCS / (d.name + ".pdf")
        gold, problems = make_gold(d, pdf)
        (GOLD / (d.name + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                               encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{d.name}: pages={gold['pages']} redact={nr} keep={nk} problems={len(problems)}")
        for p in problems:
            print("   ", p)
        allp += problems
    print(f"problems={len(allp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
