#!/usr/bin/env python3
"""Build eval/real23/gold/*.json from spec_src.py.

For every document the channels of the ORIGINAL are extracted with the shared evaluator's own
functions (extract_channels with OCR of image pages). Redact probes get after=0 and must occur in
some channel of the original; keep probes get after = their count in the PDFium text of the
original and must occur at least once. Writes gold/<file>.json and gold_spec.json.

    python make_gold.py [--eval /work/shared/eval] [--cache DIR]
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load_eval(path: Path):
    sys.path.insert(0, str(path))
    import evaluate  # noqa: E402

    return evaluate


def channels(ev, pdf: Path, cache: Path | None):
    if cache:
        cache.mkdir(parents=True, exist_ok=True)
        cp = cache / (pdf.name + ".pkl")
        if cp.exists() and cp.stat().st_mtime >= pdf.stat().st_mtime:
            return pickle.loads(cp.read_bytes())
    ch = ev.extract_channels(pdf, ocr="auto")
    if cache:
        cp.write_bytes(pickle.dumps(ch))
    return ch


def probe_dict(p, redact: bool) -> dict:
    d = {"text": p["text"], "word": p.get("word", True)}
    if redact and p.get("ocr"):
        d["ocr"] = True
    return d


def build(ev, spec, pdfdir: Path, cache: Path | None):
    golds, problems = [], []
    for doc in spec:
        pdf = pdfdir / doc["file"]
        ch = channels(ev, pdf, cache)
        chans = ch["channels"]
        gold = {"doc": doc["file"], "pages": ch["pages"], "redact": [], "keep": []}
        for kind, value, probes in doc["redact"]:
            item = {"kind": kind, "value": value, "probes": []}
            for p in probes:
                pd = probe_dict(p, True)
                pd["after"] = 0
                cc = ev.channel_counts(chans, pd)
                if not cc:
                    problems.append(f"{doc['file']}: redact probe {p['text']!r} not in original")
                item["probes"].append(pd)
            gold["redact"].append(item)
        for kind, value, probes in doc["keep"]:
            item = {"kind": kind, "value": value, "probes": []}
            for p in probes:
                pd = probe_dict(p, False)
                n = ev.count_in(chans.get("pdfium", ""), pd)
                if n < 1:
                    problems.append(f"{doc['file']}: keep probe {p['text']!r} not in PDFium text")
                pd["after"] = n
                item["probes"].append(pd)
            gold["keep"].append(item)
        golds.append(gold)
    return golds, problems


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval", type=Path, default=Path("/work/shared/eval"))
    ap.add_argument("--pdfs", type=Path, default=HERE / "pdfs")
    ap.add_argument("--cache", type=Path, default=None)
    a = ap.parse_args(argv)
    ev = load_eval(a.eval)
    sys.path.insert(0, str(HERE))
    from spec_src import DOCS

    golds, problems = build(ev, DOCS, a.pdfs, a.cache)
    out = HERE / "gold"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.json"):
        old.unlink()
    for g in golds:
        (out / (Path(g["doc"]).stem + ".json")).write_text(
            json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "gold_spec.json").write_text(json.dumps(DOCS, ensure_ascii=False, indent=1) + "\n",
                                         encoding="utf-8")
    for p in problems:
        print("PROBLEM", p)
    nr = sum(len(i["probes"]) for g in golds for i in g["redact"])
    nk = sum(len(i["probes"]) for g in golds for i in g["keep"])
    print(f"docs={len(golds)} pages={sum(g['pages'] for g in golds)} redact_items="
          f"{sum(len(g['redact']) for g in golds)} redact_probes={nr} keep_items="
          f"{sum(len(g['keep']) for g in golds)} keep_probes={nk} problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
