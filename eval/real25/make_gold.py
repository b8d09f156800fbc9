"""Build gold/*.json of eval/real25 from spec_src.py and the original PDFs in pdfs/.

    python make_gold.py [--evaluator /work/shared/eval] [--cache DIR]

Counting uses the shared evaluator's own functions (extract_channels, channel_counts, count_in), so the
numbers agree with evaluate.py: a redact probe gets after=0 and must occur in at least one channel of the
original (text layers, raw objects, metadata, annotations or OCR); a keep probe gets after = its count in
the PDFium text of the original and must occur at least once there. --cache keeps the extracted channels
per sha256 (OCR is slow); it never changes the result.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load_evaluator(path: Path):
    sys.path.insert(0, str(path))
    import evaluate  # noqa: E402

    return evaluate


def probe_dict(p):
    if isinstance(p, str):
        return {"text": p, "word": True}
    d = {"text": p["text"], "word": bool(p.get("word", True))}
    if p.get("ocr"):
        d["ocr"] = True
    return d


def channels_for(ev, pdf: Path, cache: Path | None, ocr: str = "auto"):
    sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
    if cache is not None:
        cf = cache / f"{sha}{'' if ocr == 'auto' else '-noocr'}.pkl"
        if cf.exists():
            return pickle.loads(cf.read_bytes())
    res = ev.extract_channels(pdf, ocr=ocr)
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        (cache / f"{sha}{'' if ocr == 'auto' else '-noocr'}.pkl").write_bytes(pickle.dumps(res))
    return res


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--evaluator", type=Path, default=Path("/work/shared/eval"))
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--only", default=None, help="one corpus file name")
    args = ap.parse_args()
    ev = load_evaluator(args.evaluator)
    sys.path.insert(0, str(HERE))
    from spec_src import SPEC

    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    problems = 0
    tot_r = tot_k = 0
    for name, spec in sorted(SPEC.items()):
        if args.only and name != args.only:
            continue
        pdf = HERE / "pdfs" / name
        if not pdf.exists():
            print(f"MISSING {name}")
            problems += 1
            continue
        # OCR only matters for redact probes: a document whose redact probes are all found without it
        # (or that has none) is read without OCR; otherwise with OCR (as the evaluator does)
        res = channels_for(ev, pdf, args.cache, "off")
        for kind, value, probes in spec["redact"]:
            for p in probes:
                pd = probe_dict(p)
                if pd.get("ocr") or not ev.channel_counts(res["channels"], pd):
                    res = channels_for(ev, pdf, args.cache, "auto")
                    break
            else:
                continue
            break
        ch = res["channels"]
        pdfium = ch.get("pdfium", "")
        gold = {"doc": name, "pages": res.get("pages", 0), "redact": [], "keep": []}
        for kind, value, probes in spec["redact"]:
            item = {"kind": kind, "value": value, "probes": []}
            for p in probes:
                pd = probe_dict(p)
                cc = ev.channel_counts(ch, pd)
                if not cc:
                    print(f"  {name}: redact probe {pd['text']!r} not found in any channel")
                    problems += 1
                    continue
                pd["after"] = 0
                item["probes"].append(pd)
                tot_r += 1
            if item["probes"]:
                gold["redact"].append(item)
        for kind, value, probes in spec["keep"]:
            item = {"kind": kind, "value": value, "probes": []}
            for p in probes:
                pd = probe_dict(p)
                pd.pop("ocr", None)
                c = ev.count_in(pdfium, pd)
                if c < 1:
                    print(f"  {name}: keep probe {pd['text']!r} not in PDFium text")
                    problems += 1
                    continue
                pd["after"] = c
                item["probes"].append(pd)
                tot_k += 1
            if item["probes"]:
                gold["keep"].append(item)
        (gold_dir / (Path(name).stem + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{name}: pages={gold['pages']} redact={sum(len(i['probes']) for i in gold['redact'])} "
              f"keep={sum(len(i['probes']) for i in gold['keep'])}")
    print(f"redact_probes={tot_r} keep_probes={tot_k} problems={problems}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
