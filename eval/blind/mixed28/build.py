"""Build set AL (mixed28): render docs/*.pdf and write gold/*.json.

    /work/main/.venv/bin/python build.py [--only NAME ...] [--keep-work]

Counts are made with the shared evaluator's own functions (norm, probe_regex via count_in,
extract_channels, channel_counts), so every probe is exact for the original.
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

import evaluate as ev  # noqa: E402
import framework as fw  # noqa: E402
from content_a import DOCS as DA  # noqa: E402
from content_b import DOCS as DB  # noqa: E402

DOCS = DA + DB
VISIBLE = ("pdfium", "pdfplumber", "pdftotext")


def mask(text: str, probes: list) -> str:
    for p in probes:
        text = ev.probe_regex(p["text"], p.get("word", False)).sub("\u2588", text)
    return text


def gold_for(d: fw.Doc, pdf: Path) -> tuple[dict, list]:
    problems = []
    vis, hid = d.all_spans()
    ch = ev.extract_channels(pdf, ocr="auto" if d.scan else "off")
    chans = ch["channels"]
    text = chans.get("pdfium", "")
    redact, keep, seen = [], [], set()
    stats = {"hidden_only": 0, "ocr": 0, "dropped": []}
    for cls, kind, t in vis + hid:
        if cls != "R" or t in seen:
            continue
        seen.add(t)
        pr = {"text": t, "word": True, "after": 0}
        if d.scan == "image":
            pr["ocr"] = True
            c = ev.channel_counts(chans, pr).get("ocr", 0)
            if c == 0:
                stats["dropped"].append(t)
                continue
            stats["ocr"] += 1
        else:
            cc = ev.channel_counts(chans, pr)
            if not cc:
                if d.scan:
                    stats["dropped"].append(t)
                    continue
                problems.append(f"{d.name}: redact probe {t!r} not found in any channel")
                continue
            in_vis = any(cc.get(k) for k in VISIBLE)
            tagged_vis = any(x[2] == t and x[0] == "R" for x in vis)
            if tagged_vis and not cc.get("pdfium") and not d.scan:
                problems.append(f"{d.name}: visible probe {t!r} not in pdfium text ({cc})")
            if not in_vis and not cc.get("ocr"):
                stats["hidden_only"] += 1
            if d.scan:
                stats["ocr"] += 1
        redact.append({"kind": kind, "value": t, "probes": [pr]})
    masked = mask(text, [it["probes"][0] for it in redact])
    kseen = set()
    if d.scan != "image":
        for cls, kind, t in vis:
            if cls != "K" or t in kseen:
                continue
            kseen.add(t)
            pr = {"text": t, "word": True}
            c = ev.count_in(text, pr)
            if c == 0:
                if d.scan:
                    stats["dropped"].append("keep:" + t)
                    continue
                problems.append(f"{d.name}: keep probe {t!r} not in pdfium text")
                continue
            cm = ev.count_in(masked, pr)
            if cm != c:
                problems.append(f"{d.name}: keep probe {t!r} overlaps a redact probe ({c} -> {cm})")
            pr["after"] = c
            keep.append({"kind": kind, "value": t, "probes": [pr]})
    g = {"doc": f"{d.name}.pdf", "pages": ch.get("pages", 0), "producer": d.producer,
         "scan": d.scan, "redact": redact, "keep": keep}
    return g, problems, stats


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--keep-work", action="store_true")
    a = ap.parse_args()
    docs_dir, gold_dir = HERE / "docs", HERE / "gold"
    docs_dir.mkdir(exist_ok=True)
    gold_dir.mkdir(exist_ok=True)
    sel = [d for d in DOCS if not a.only or d.name in a.only]
    names = [d.name for d in DOCS]
    assert len(names) == len(set(names)), "duplicate names"
    work = Path(tempfile.mkdtemp(prefix="al-build-"))
    docx_paths = [fw.build_docx(d, work) for d in sel if d.producer == "docx"]
    fw.convert_docx(docx_paths, work)
    allprob, totals = [], {"redact": 0, "keep": 0, "hidden_only": 0, "ocr": 0, "pages": 0}
    for d in sel:
        if d.producer == "html":
            pdf = fw.render_html(d, work)
        elif d.producer == "rl":
            pdf = fw.render_rl(d, work)
        else:
            pdf = work / f"{d.name}.pdf"
            if not pdf.exists():
                raise RuntimeError(f"LibreOffice did not convert {d.name}")
        if d.scan:
            fw.scan_pdf(d, pdf, work)
        fw.add_hidden(d, pdf)
        dst = docs_dir / f"{d.name}.pdf"
        shutil.copy(pdf, dst)
        g, probs, st = gold_for(d, dst)
        (gold_dir / f"{d.name}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n",
                                                  encoding="utf-8")
        allprob += probs
        totals["redact"] += len(g["redact"])
        totals["keep"] += len(g["keep"])
        totals["hidden_only"] += st["hidden_only"]
        totals["ocr"] += st["ocr"]
        totals["pages"] += g["pages"]
        drop = f" dropped={len(st['dropped'])}:{st['dropped']}" if st["dropped"] else ""
        print(f"{d.name:<34} {d.producer:<5} {str(d.scan or ''):<8} p={g['pages']} R={len(g['redact'])} "
              f"K={len(g['keep'])} hidden={st['hidden_only']} ocr={st['ocr']}{drop}", flush=True)
    for p in allprob:
        print("PROBLEM", p)
    print("totals", totals, "problems", len(allprob))
    if not a.keep_work:
        shutil.rmtree(work, ignore_errors=True)
    else:
        print("work dir", work)


if __name__ == "__main__":
    main()
