"""Re-check every probe of set O ("mixed5") against the PDFium text of its original.

    /work/main/.venv/bin/python check_gold.py [--docs DIR] [--gold DIR]

Independent of generate.py: it reads only the gold files, the PDFs and the evaluator's own
`norm`, `probe_regex` and `text_pdfium` (/work/shared/eval/evaluate.py or $WOO_EVALUATOR). A
problem is printed when

  * a gold file is malformed (fields, kinds, types) or names a PDF that does not exist, or a PDF
    has no gold file;
  * a redact probe does not occur MORE often in the original than its `after` (so an unredacted
    original would not show it as leaked);
  * a keep probe does not occur EXACTLY `after` times in the original;
  * the same probe text is both a redact and a keep probe of one document;
  * the page count differs from the gold's `pages`.

Exit status 0 when there are no problems.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVALUATOR = Path(os.environ.get("WOO_EVALUATOR", "/work/shared/eval/evaluate.py"))


def load_evaluator():
    spec = importlib.util.spec_from_file_location("woo_evaluate", EVALUATOR)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def check_doc(ev, gold: dict, pdf: Path) -> tuple[list[str], int, int]:
    problems = []
    text, pages = ev.text_pdfium(pdf)
    if gold.get("pages") not in (None, pages):
        problems.append(f"pages: gold {gold.get('pages')} != pdf {pages}")
    nred = nkeep = 0
    texts = {"redact": set(), "keep": set()}
    for side in ("redact", "keep"):
        items = gold.get(side)
        if not isinstance(items, list):
            problems.append(f"'{side}' is not a list")
            continue
        for item in items:
            if not isinstance(item.get("kind"), str) or not isinstance(item.get("value"), str):
                problems.append(f"{side} item without kind/value: {item!r:.80}")
            probes = item.get("probes")
            if not isinstance(probes, list) or not probes:
                problems.append(f"{side} item {item.get('value')!r} has no probes")
                continue
            for p in probes:
                t, w, a = p.get("text"), p.get("word"), p.get("after")
                if not isinstance(t, str) or not t or not isinstance(w, bool) or not isinstance(a, int) or a < 0:
                    problems.append(f"malformed probe {p!r}")
                    continue
                n = len(ev.probe_regex(t, w).findall(text))
                texts[side].add(t)
                if side == "redact":
                    nred += 1
                    if n <= a:
                        problems.append(f"redact {t!r} ({item['kind']}): {n} in original, after {a}: would not leak")
                else:
                    nkeep += 1
                    if n != a:
                        problems.append(f"keep {t!r} ({item['kind']}): {n} in original, after {a}")
    for t in sorted(texts["redact"] & texts["keep"]):
        problems.append(f"{t!r} is both a redact and a keep probe")
    return problems, nred, nkeep


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=Path, default=HERE / "docs")
    ap.add_argument("--gold", type=Path, default=HERE / "gold")
    args = ap.parse_args(argv)
    ev = load_evaluator()
    total = red = keep = 0
    golds = sorted(args.gold.glob("*.json"))
    named = set()
    for g in golds:
        gold = json.loads(g.read_text(encoding="utf-8"))
        name = gold.get("doc")
        named.add(name)
        pdf = args.docs / str(name)
        if name != g.stem + ".pdf":
            print(f"{g.name}: doc {name!r} does not match the gold file name")
            total += 1
        if not pdf.is_file():
            print(f"{g.name}: {pdf} missing")
            total += 1
            continue
        problems, nr, nk = check_doc(ev, gold, pdf)
        red, keep = red + nr, keep + nk
        for p in problems:
            print(f"{g.name}: {p}")
        total += len(problems)
    for pdf in sorted(args.docs.glob("*.pdf")):
        if pdf.name not in named:
            print(f"{pdf.name}: no gold file")
            total += 1
    print(f"checked {len(golds)} gold files, {red} redact and {keep} keep probes: {total} problems")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
