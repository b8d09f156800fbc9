#!/usr/bin/env python
"""Rebuild blind set BB (mixed44): docs/*.pdf and gold/*.json.

    /work/main/.venv/bin/python build.py [--only bb05]

Needs reportlab, pikepdf, pypdfium2, python-docx, Pillow, playwright (driving Debian's
/usr/bin/chromium), LibreOffice (soffice) and /work/shared/eval/evaluate.py (its norm / probe_regex /
count_in are used so that gold counts agree with the evaluator)."""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, probe_regex, text_pdfium  # noqa: E402

import lib  # noqa: E402
import registry  # noqa: E402
import docs_a, docs_b, docs_c, docs_d  # noqa: E402,F401  (they register documents)

DOCS = HERE / "docs"
GOLD = HERE / "gold"


class Ctx:
    def __init__(self, tmp: Path):
        self.tmp = tmp
        self._chrom = None

    @property
    def chromium(self):
        if self._chrom is None:
            self._chrom = lib.Chromium()
        return self._chrom

    def soffice(self, docx_path: Path, out: Path):
        lib.soffice_convert([docx_path], self.tmp)
        shutil.move(str(self.tmp / (docx_path.stem + ".pdf")), str(out))

    def close(self):
        if self._chrom is not None:
            self._chrom.close()


def make_gold(name: str, spec: dict, pdf: Path) -> dict:
    text, pages = text_pdfium(pdf)
    scan = spec.get("scan", False)
    redact = []
    allprobes = []
    for kind, value, probes in spec["redact"]:
        ps = []
        for p in probes:
            pr = {"text": p, "word": True, "after": 0}
            if scan:
                pr["ocr"] = True
            ps.append(pr)
            allprobes.append(pr)
        redact.append({"kind": kind, "value": value, "probes": ps})
    # the text as a perfect redaction would leave it: every redact probe masked
    masked = text
    for pr in sorted(allprobes, key=lambda p: -len(p["text"])):
        masked = probe_regex(pr["text"], True).sub("\u25a0", masked)
    keep = []
    for kind, value, probes in spec["keep"]:
        ps = []
        for p in probes:
            pr = {"text": p, "word": True}
            n = count_in(masked, pr)
            if n == 0:
                raise SystemExit(f"{name}: keep probe {p!r} not in the redacted text model")
            pr["after"] = n
            ps.append(pr)
        keep.append({"kind": kind, "value": value, "probes": ps})
    return {"doc": name, "pages": pages, "producer": spec["producer"], "redact": redact, "keep": keep}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    a = ap.parse_args()
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bb-build-") as td:
        ctx = Ctx(Path(td))
        try:
            for name, producer, fn in registry.DOCS:
                if a.only and not name.startswith(a.only):
                    continue
                out = DOCS / name
                ctx.out = out
                spec = fn(ctx)
                spec["producer"] = producer
                lib.finish(out, spec.get("info"), spec.get("annots"), spec.get("outline"))
                gold = make_gold(name, spec, out)
                (GOLD / (out.stem + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                         encoding="utf-8")
                nr = sum(len(r["probes"]) for r in gold["redact"])
                nk = sum(len(k["probes"]) for k in gold["keep"])
                print(f"{name:<44} pages={gold['pages']} redact={nr} keep={nk}")
        finally:
            ctx.close()


if __name__ == "__main__":
    main()
