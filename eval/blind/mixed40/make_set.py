"""Build blind set AX (eval/blind/mixed40): docs/*.pdf and gold/*.json.

    /work/main/.venv/bin/python make_set.py [--only ax05] [--no-gold]

Probe counts come from the shared evaluator's own functions (norm, count_in, extract_channels,
channel_counts), so 'after' agrees with /work/shared/eval/evaluate.py:
  * redact probes: 'after' is given in the spec (0 unless the same string also stands for a kept thing,
    e.g. a surname that is also the name of a city in the same document); the build fails when a probe
    does not occur in the original (any channel, OCR for scans) more often than 'after';
  * keep probes: 'after' = the count in the original's PDFium text; the build fails on 0 or when a keep
    probe occurs inside a redacted value (or a redact probe inside a kept value).
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

from evaluate import channel_counts, count_in, extract_channels, norm, probe_regex  # noqa: E402

import axlib  # noqa: E402

TEXT = ("pdfium", "pdfplumber", "pdftotext")


def all_docs():
    import docs_a
    import docs_b
    import docs_c
    return docs_a.DOCS + docs_b.DOCS + docs_c.DOCS


def build_pdf(d: dict, out: Path, work: Path):
    prod = d["producer"]
    meta = d.get("meta") or {}
    if prod in ("rl", "scan"):
        target = out if prod == "rl" else work / ("src-" + out.name)
        axlib.rl_doc(target, d["items"], header=d.get("header"), footer=d.get("footer"),
                     two_col=d.get("two_col", False), size=d.get("size", 9.5), landscape=d.get("landscape", False),
                     form_fields=d.get("form_fields"))
        if prod == "scan":
            axlib.scan_pdf(target, out, seed=d.get("seed", 7), angle=d.get("angle", 0.7), noise=d.get("noise", 9.0),
                          dpi=d.get("dpi", 200))
    elif prod == "lo":
        axlib.lo_doc(out, d["items"], header=d.get("header", ""), footer=d.get("footer", ""), meta=meta,
                     size=d.get("size", 10), landscape=d.get("landscape", False), workdir=work)
        meta = {}
    elif prod == "docx":
        axlib.docx_doc(out, d["items"], header=d.get("header", ""), footer=d.get("footer", ""), meta=meta,
                       workdir=work)
        meta = {}
    elif prod == "calc":
        axlib.calc_doc(out, d["sheets"], header=d.get("header", ""), footer=d.get("footer", ""), meta=meta,
                       workdir=work, widths=d.get("widths"), wrap_cols=d.get("wrap_cols", ()),
                       landscape=d.get("landscape", True))
        meta = {}
    else:
        raise ValueError(prod)
    h = dict(d.get("hidden") or {})
    if meta or h:
        axlib.hidden(out, meta=meta or None, notes=h.get("notes", ()), outline=h.get("outline", ()),
                     attach=h.get("attach", ()), fields=h.get("fields", ()), links=h.get("links", ()))


def _probe(p, default_after=0):
    if isinstance(p, tuple):
        return {"text": p[0], "word": p[2] if len(p) > 2 else True, "after": p[1]}
    return {"text": p, "word": True, "after": default_after}


def make_gold(d: dict, pdf: Path, problems: list) -> dict:
    ch = extract_channels(pdf, ocr="auto")
    chans = ch["channels"]
    pdfium = chans.get("pdfium", "")
    gold = {"doc": d["name"], "pages": ch["pages"], "redact": [], "keep": []}
    red_values = [norm(v) for _, v, _ in d["red"]]
    keep_values = [norm(v) for _, v, _ in d["keep"]]
    stats = {"redact": 0, "keep": 0, "ocr_only": 0, "hidden_only": 0}
    for kind, value, probes in d["red"]:
        item = {"kind": kind, "value": value, "probes": []}
        for p in probes:
            pr = _probe(p)
            pr["text"] = norm(pr["text"])
            cc = channel_counts(chans, pr)
            if max(cc.values(), default=0) <= pr["after"]:
                problems.append(f"{d['name']}: redact probe {pr['text']!r} not found more than {pr['after']}x: {cc}")
            if pr["after"] == 0:
                for kv in keep_values:
                    if probe_regex(pr["text"], pr["word"]).search(kv):
                        problems.append(f"{d['name']}: redact probe {pr['text']!r} inside keep value {kv!r}")
            txt = max((cc.get(c, 0) for c in TEXT), default=0)
            if cc.get("ocr") and not txt:
                stats["ocr_only"] += 1
            elif not txt and not cc.get("ocr"):
                stats["hidden_only"] += 1
            stats["redact"] += 1
            item["probes"].append(pr)
        gold["redact"].append(item)
    for kind, value, probes in d["keep"]:
        item = {"kind": kind, "value": value, "probes": []}
        for p in probes:
            pr = _probe(p)
            pr["text"] = norm(pr["text"])
            n = count_in(pdfium, pr)
            if n == 0:
                problems.append(f"{d['name']}: keep probe {pr['text']!r} not in PDFium text")
            for rv in red_values:
                if probe_regex(pr["text"], True).search(rv):
                    problems.append(f"{d['name']}: keep probe {pr['text']!r} inside redacted value {rv!r}")
            pr["after"] = n
            stats["keep"] += 1
            item["probes"].append(pr)
        gold["keep"].append(item)
    return gold, stats


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default=None)
    ap.add_argument("--no-gold", action="store_true")
    a = ap.parse_args()
    docs_dir, gold_dir = HERE / "docs", HERE / "gold"
    docs_dir.mkdir(exist_ok=True)
    gold_dir.mkdir(exist_ok=True)
    problems = []
    totals = {"redact": 0, "keep": 0, "ocr_only": 0, "hidden_only": 0, "pages": 0, "docs": 0}
    names = set()
    for d in all_docs():
        assert d["name"] not in names, d["name"]
        names.add(d["name"])
        if a.only and not d["name"].startswith(a.only):
            continue
        out = docs_dir / d["name"]
        work = Path(tempfile.mkdtemp(prefix="axbuild-"))
        build_pdf(d, out, work)
        shutil.rmtree(work, ignore_errors=True)
        if a.no_gold:
            continue
        gold, st = make_gold(d, out, problems)
        (gold_dir / (out.stem + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                     encoding="utf-8")
        for k in st:
            totals[k] += st[k]
        totals["pages"] += gold["pages"]
        totals["docs"] += 1
        print(f"{d['name']:<48} p={gold['pages']} red={st['redact']} keep={st['keep']} "
              f"ocr_only={st['ocr_only']} hidden_only={st['hidden_only']}", flush=True)
    for p in problems:
        print("PROBLEM", p)
    print("totals", totals, f"problems={len(problems)}")


if __name__ == "__main__":
    main()
