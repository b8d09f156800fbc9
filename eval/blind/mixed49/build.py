#!/usr/bin/env python3
"""Rebuild the mixed49 blind set: docs/*.pdf and gold/*.json (and, with --ideal, a perfectly
redacted rendition of every document in _work/ideal/ that check_gold.py --ideal uses as a
self-test of the gold).  Run with the project's venv python:

    /work/main/.venv/bin/python build.py [--ideal] [--only NAME ...]
"""
import argparse
import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import lib  # noqa: E402

MODULES = ["docs_a", "docs_b", "docs_c", "docs_d", "docs_e"]


def all_docs():
    out = []
    for m in MODULES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError:
            continue
        out += [f() for f in mod.DOCS]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ideal", action="store_true")
    ap.add_argument("--only", nargs="*")
    a = ap.parse_args()
    import pypdfium2 as pdfium
    docs = all_docs()
    names = [d.name for d in docs]
    assert len(names) == len(set(names)), "duplicate names"
    for d in docs:
        if a.only and d.name not in a.only:
            continue
        p = lib.DOCS / f"{d.name}.pdf"
        lib.build_pdf(d, p, "orig")
        n = len(pdfium.PdfDocument(str(p)))
        g = lib.make_gold(d, n)
        lib.GOLD.mkdir(exist_ok=True)
        (lib.GOLD / f"{d.name}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        if a.ideal:
            lib.build_pdf(d, lib.WORK / "ideal" / f"{d.name}.pdf", "ideal")
        for it in g["redact"]:
            for pr in it["probes"]:
                if pr["after"]:
                    print(f"  NOTE {d.name}: redact probe {pr['text']!r} after={pr['after']}")
        from evaluate import count_in as _ci
        for s in d.body_strings() + d.hidden_strings():
            for m in lib.MARK.finditer(s):
                span = lib.norm(m.group(1).replace("{b}", "").replace("{/b}", ""))
                if not any(_ci(span, pr) for it in g["redact"] for pr in it["probes"]):
                    print(f"  WARN {d.name}: marked span without probe: {span!r}")
        full = lib.norm("\n".join(lib.strip(x) for x in d.body_strings()))
        blk = lib.norm("\n".join(lib.blank(x) for x in d.body_strings()))
        for it in g["keep"]:
            for pr in it["probes"]:
                if _ci(full, pr) != _ci(blk, pr):
                    print(f"  WARN {d.name}: keep probe {pr['text']!r} also inside a marked span")
        print(f"{d.name}: {n} p, {sum(len(x['probes']) for x in g['redact'])} redact, "
              f"{sum(len(x['probes']) for x in g['keep'])} keep ({d.producer})", flush=True)


if __name__ == "__main__":
    main()
