#!/usr/bin/env python3
"""Generate the blind 'threads' evaluation set: e-mail threads and chat exports as printed in Dutch
Woo disclosures. Writes docs/<name>.pdf and gold/<name>.json next to this file. Deterministic.

Run:  /tmp/blindthreads-venv/bin/python generate.py      (needs fpdf2, reportlab, python-docx, pikepdf,
      pypdfium2, pdfplumber; /usr/bin/chromium and libreoffice on PATH)
Optional args: names of documents to (re)build only, e.g. `generate.py t03 t17`.
"""
from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import framework as fw  # noqa: E402
from keepterms import keep_terms  # noqa: E402
import docs_a  # noqa: E402
import docs_b  # noqa: E402

# name -> (builder, producer)
PLAN = [
    ("t01", docs_a.d01, "html"), ("t02", docs_a.d02, "fpdf"), ("t03", docs_a.d03, "docx"),
    ("t04", docs_a.d04, "rl"), ("t05", docs_a.d05, "html"), ("t06", docs_a.d06, "fpdf"),
    ("t07", docs_a.d07, "docx"), ("t08", docs_a.d08, "rl-dejavu"), ("t09", docs_a.d09, "html-serif"),
    ("t10", docs_a.d10, "fpdf"), ("t11", docs_a.d11, "docx"), ("t12", docs_a.d12, "rl-times"),
    ("t13", docs_a.d13, "html-teams"), ("t14", docs_a.d14, "docx"), ("t15", docs_a.d15, "fpdf"),
    ("t16", docs_b.d16, "rl"), ("t17", docs_b.d17, "html-teams"), ("t18", docs_b.d18, "docx"),
    ("t19", docs_b.d19, "fpdf"), ("t20", docs_b.d20, "rl-dejavu"), ("t21", docs_b.d21, "html"),
    ("t22", docs_b.d22, "docx"), ("t23", docs_b.d23, "fpdf"), ("t24", docs_b.d24, "rl-times"),
    ("t25", docs_b.d25, "html"), ("t26", docs_b.d26, "docx"), ("t27", docs_b.d27, "fpdf"),
    ("t28", docs_b.d28, "rl"), ("t29", docs_b.d29, "html-teams"), ("t30", docs_b.d30, "docx"),
]


def main(argv):
    only = set(argv)
    docs_dir, gold_dir = HERE / "docs", HERE / "gold"
    docs_dir.mkdir(exist_ok=True)
    gold_dir.mkdir(exist_ok=True)
    built = {}
    docx_jobs = []
    with tempfile.TemporaryDirectory(prefix="bt-gen-") as td:
        tmp = Path(td)
        for name, fn, prod in PLAN:
            if only and name not in only:
                continue
            fw.reset()
            blocks = fn()
            ents, toks = dict(fw.ENT), {k: list(v) for k, v in fw.TOKENS.items()}
            out = docs_dir / f"{name}.pdf"
            if prod.startswith("html"):
                fw.render_html(blocks, out, style={"html": "outlook", "html-serif": "serif",
                                                   "html-teams": "teams"}[prod])
            elif prod == "docx":
                dx = tmp / f"{name}.docx"
                fw.build_docx(blocks, dx, font="Liberation Sans" if int(name[1:]) % 2 else "DejaVu Sans")
                docx_jobs.append(dx)
            elif prod.startswith("rl"):
                fw.render_reportlab(blocks, out, font={"rl": "Helvetica", "rl-times": "Times",
                                                       "rl-dejavu": "DejaVuSans"}[prod])
            elif prod == "fpdf":
                fw.render_fpdf(blocks, out)
            built[name] = (blocks, ents, toks, prod)
        if docx_jobs:
            fw.convert_docx_batch(docx_jobs, tmp)
            for dx in docx_jobs:
                shutil.copyfile(tmp / (dx.stem + ".pdf"), docs_dir / (dx.stem + ".pdf"))
    log, summary = [], {}
    kt = keep_terms()
    for name, (blocks, ents, toks, prod) in built.items():
        pdf = docs_dir / f"{name}.pdf"
        fw.normalise_pdf(pdf)
        fw.ENT.clear(); fw.ENT.update(ents)
        fw.TOKENS.clear(); fw.TOKENS.update(toks)
        gold = fw.build_gold(name, blocks, pdf, kt, log)
        gold["producer"] = prod
        (gold_dir / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                               encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        summary[name] = (gold["pages"], nr, nk, prod)
        print(f"{name}: {prod:<10} pages={gold['pages']} redact_probes={nr} keep_probes={nk}")
    for line in log:
        print("note:", line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
