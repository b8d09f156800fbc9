#!/usr/bin/env python3
"""Write gold/<doc>.json for every PDF of eval/real24 from spec_src.py.

Counts use the shared evaluator's own functions (/work/shared/eval/evaluate.py): extract_channels,
channel_counts, count_in. Redact probes must occur in the original (OCR-only probes in the OCR
channel) and get after=0; keep probes get after = their count in the original's PDFium text and must
be > 0. Usage: python make_gold.py [--pdfs DIR] [--cache DIR]
"""
import argparse
import json
import pickle
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
from evaluate import channel_counts, count_in, extract_channels  # noqa: E402

sys.path.insert(0, str(HERE))
from spec_src import SPEC  # noqa: E402


def channels(pdf: Path, cache: Path | None) -> dict:
    if cache:
        cp = cache / (pdf.stem + ".pkl")
        if cp.exists():
            return pickle.loads(cp.read_bytes())
    ch = extract_channels(pdf)
    if cache:
        cache.mkdir(parents=True, exist_ok=True)
        (cache / (pdf.stem + ".pkl")).write_bytes(pickle.dumps(ch))
    return ch


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pdfs", type=Path, default=HERE / "pdfs")
    ap.add_argument("--gold", type=Path, default=HERE / "gold")
    ap.add_argument("--cache", type=Path, default=None)
    a = ap.parse_args()
    a.gold.mkdir(exist_ok=True)
    errors = 0
    tot_r = tot_k = 0
    for doc, spec in sorted(SPEC.items()):
        pdf = a.pdfs / doc
        ch = channels(pdf, a.cache)
        chans = ch["channels"]
        text = chans.get("pdfium", "")
        gold = {"doc": doc, "pages": ch["pages"], "redact": [], "keep": []}
        for item in spec["redact"]:
            probes = []
            for pr in item["probes"]:
                cc = channel_counts(chans, pr)
                if not cc:
                    print(f"ERROR {doc}: redact probe {pr['text']!r} not found", file=sys.stderr)
                    errors += 1
                probes.append(dict(pr, after=0))
            gold["redact"].append({"kind": item["kind"], "value": item["value"], "probes": probes})
            tot_r += len(probes)
        for item in spec["keep"]:
            probes = []
            for pr in item["probes"]:
                n = count_in(text, pr)
                if n == 0:
                    print(f"ERROR {doc}: keep probe {pr['text']!r} not in PDFium text", file=sys.stderr)
                    errors += 1
                probes.append(dict(pr, after=n))
            gold["keep"].append({"kind": item["kind"], "value": item["value"], "probes": probes})
            tot_k += len(probes)
        (a.gold / (Path(doc).stem + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"docs={len(SPEC)} redact_probes={tot_r} keep_probes={tot_k} errors={errors}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
