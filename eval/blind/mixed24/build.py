"""Build the blind set AH (mixed24): PDFs in docs/, gold in gold/.

    /work/main/.venv/bin/python build.py [--only NAME ...]

Gold counts are made with the shared evaluator's own functions (imported from evaluate.py).
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")
import evaluate as ev  # noqa: E402
import lib  # noqa: E402
import docs_meetings, docs_tables, docs_woo  # noqa: E402

DOCS, GOLD = HERE / "docs", HERE / "gold"
MODULES = (docs_meetings, docs_tables, docs_woo)


def post(doc, pdf: Path):
    """Hidden channels: metadata Author/Title, sticky-note annotations, outline titles."""
    import pikepdf
    if not (doc.meta or doc.annots or doc.outline):
        return
    with pikepdf.open(str(pdf), allow_overwriting_input=True) as p:
        for k, v in doc.meta.items():
            if k in ("Author", "Title", "Subject", "Keywords"):
                p.docinfo[f"/{k}"] = v
        for (pg, author, text, rect) in doc.annots:
            page = p.pages[pg]
            an = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                    Rect=pikepdf.Array(rect), T=pikepdf.String(author),
                                    Contents=pikepdf.String(text), Name=pikepdf.Name.Comment,
                                    M=pikepdf.String("D:20250612101500+02'00'"))
            if "/Annots" not in page.obj:
                page.obj.Annots = pikepdf.Array()
            page.obj.Annots.append(p.make_indirect(an))
        if doc.outline:
            with p.open_outline() as ol:
                for title, pg in doc.outline:
                    ol.root.append(pikepdf.OutlineItem(title, pg))
        p.save(str(pdf))


def render_all(docs):
    tmp = Path(tempfile.mkdtemp(prefix="ah-"))
    lo_jobs, ch_jobs = [], []
    for d in docs:
        out = DOCS / f"{d.name}.pdf"
        if d.producer == "rl":
            lib.render_rl(d, out)
        elif d.producer == "fp":
            lib.render_fp(d, out)
        elif d.producer == "lo":
            src = tmp / f"{d.name}.{'odt' if d.opts.get('odt') else 'docx'}"
            lib.docx_of(d, tmp / f"{d.name}.docx")
            if d.opts.get("odt"):
                subprocess.run(["nice", "-n", "10", "soffice", "--headless", "--convert-to", "odt", "--outdir",
                                str(tmp), str(tmp / f"{d.name}.docx")], check=True, capture_output=True)
            lo_jobs.append((d, src))
        elif d.producer == "ch":
            h = tmp / f"{d.name}.html"
            h.write_text(lib.html_of(d), encoding="utf-8")
            ch_jobs.append((d, h))
        elif d.producer == "scan":
            src = tmp / f"{d.name}-clean.pdf"
            lib.render_rl(d, src)
            lib.scanify(src, out, d.name, angle=d.opts.get("angle", 0.7), dpi=d.opts.get("dpi", 150))
    if lo_jobs:
        subprocess.run(["nice", "-n", "10", "soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp)]
                       + [str(s) for _, s in lo_jobs], check=True, capture_output=True)
        for d, s in lo_jobs:
            shutil.copy(tmp / f"{d.name}.pdf", DOCS / f"{d.name}.pdf")
    for d, h in ch_jobs:
        subprocess.run(["nice", "-n", "10", "chromium", "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-pdf-header-footer", f"--print-to-pdf={DOCS / (d.name + '.pdf')}", h.as_uri()],
                       check=True, capture_output=True)
    for d in docs:
        post(d, DOCS / f"{d.name}.pdf")
    shutil.rmtree(tmp, ignore_errors=True)


def make_gold(d):
    pdf = DOCS / f"{d.name}.pdf"
    scan = d.producer == "scan"
    ch = ev.extract_channels(pdf, ocr="auto" if scan else "off")["channels"]
    pages = len(__import__("pypdfium2").PdfDocument(str(pdf)))
    text = ch.get("pdfium", "")
    warn = []
    redact = []
    for it in d.redact.values():
        probes = []
        for pr in it["probes"].values():
            pr = dict(pr)
            pr["after"] = 0
            if scan:
                pr["ocr"] = True
            cc = ev.channel_counts(ch, pr)
            if not cc:
                warn.append(f"{d.name}: redact probe not found: {pr['text']!r}")
                continue
            probes.append(pr)
        if probes:
            redact.append({"kind": it["kind"], "value": it["value"], "probes": probes})
    keep = []
    if not scan:
        for it in d.keep.values():
            probes = []
            for pr in it["probes"].values():
                pr = dict(pr)
                n = ev.count_in(text, pr)
                if n == 0:
                    warn.append(f"{d.name}: keep probe not found: {pr['text']!r}")
                    continue
                pr["after"] = n
                probes.append(pr)
            if probes:
                keep.append({"kind": it["kind"], "value": it["value"], "probes": probes})
    g = {"doc": pdf.name, "pages": pages, "producer": d.producer, "redact": redact, "keep": keep}
    (GOLD / f"{d.name}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return g, warn


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*")
    a = ap.parse_args()
    DOCS.mkdir(exist_ok=True); GOLD.mkdir(exist_ok=True)
    docs = []
    for m in MODULES:
        for fn in m.DOCS:
            d = fn()
            if not a.only or d.name in a.only:
                docs.append(d)
    names = [d.name for d in docs]
    assert len(names) == len(set(names)), "duplicate names"
    render_all(docs)
    tot = [0, 0, 0]
    for d in docs:
        g, warn = make_gold(d)
        for w in warn:
            print("WARN", w)
        r = sum(len(i["probes"]) for i in g["redact"]); k = sum(len(i["probes"]) for i in g["keep"])
        tot[0] += g["pages"]; tot[1] += r; tot[2] += k
        print(f"{d.name:<34} {d.producer:<5} pages={g['pages']} redact={r} keep={k}")
    print(f"docs={len(docs)} pages={tot[0]} redact={tot[1]} keep={tot[2]}")


if __name__ == "__main__":
    main()
