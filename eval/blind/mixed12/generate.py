"""Build set V (mixed12): docs/*.pdf and gold/*.json.  Usage: python generate.py [NAME ...]"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import framework as fw
from documents import DOCS

HERE = Path(__file__).resolve().parent


def sources_of(d):
    src, hid = [], []
    p = d["producer"]
    if p == "html":
        src.append(fw.html_text(d["html"]))
        hid += [m for m in __import__("re").findall(r'href="mailto:([^"]+)"', d["html"])]
    elif p in ("docx", "reportlab"):
        for b in d["blocks"]:
            if b[0] in ("table", "grid"):
                src += [c for r in b[1] for c in r]
            elif b[0] == "side":
                src += [b[1], b[2]]
            elif len(b) > 1 and isinstance(b[1], str):
                src.append(b[1])
        for k in ("header", "footer", "side"):
            if d.get(k):
                src.append(d[k])
        src += d.get("footnotes", [])
        for f in d.get("fields", []):
            src.append(f["label"])
            hid.append(f["value"])
        for uri, _ in d.get("links", []):
            hid.append(uri)
    elif p == "xlsx":
        for sh in d["sheets"]:
            src += sh.get("title", []) + [c for r in sh["rows"] for c in r]
            for k in ("header", "footer"):
                if sh.get(k):
                    src.append(sh[k])
    elif p == "fpdf":
        src += [l[2:] if l.startswith("**") else l for l in d["lines"] if not l.startswith("--")]
    h = d.get("hidden", {})
    for k in ("author", "xmp", "title"):
        if k in h:
            hid.append(h[k])
    hid += [t for t, _ in h.get("outline", [])]
    for n in h.get("notes", []):
        hid += [n[1], n[2]]
    return src, hid


def render(d, out: Path, tmp: Path):
    p = d["producer"]
    raw = tmp / (d["name"] + ".raw.pdf")
    if p == "html":
        fw.chromium(fw.plain(d["html"]), raw, tmp)
    elif p == "docx":
        f = tmp / (d["name"] + ".docx")
        fw.build_docx(d["blocks"], f, author=d.get("author"), landscape=d.get("landscape", False),
                      header=d.get("header"), footer=d.get("footer"), font=d.get("font", "Calibri"),
                      size=d.get("size", 10))
        fw.soffice(f, raw, tmp)
    elif p == "xlsx":
        f = tmp / (d["name"] + ".xlsx")
        fw.build_xlsx(d["sheets"], f, author=d.get("author"))
        fw.soffice(f, raw, tmp)
    elif p == "reportlab":
        fw.reportlab_doc(d["blocks"], raw, author=d.get("author"), two_col=d.get("two_col", False),
                         side=d.get("side"), footer=d.get("footer"), fields=d.get("fields"),
                         footnotes=d.get("footnotes"), font=d.get("font", "DejaVuSans"),
                         size=d.get("size", 9.5), landscape=d.get("landscape", False), links=d.get("links"))
    elif p == "fpdf":
        fw.fpdf_doc(d["lines"], raw, author=d.get("author"), mono=d.get("mono", False), size=d.get("size", 9))
    post = d.get("post")
    if post == "gs":
        fw.ghostscript(raw, out)
    elif post == "scan":
        fw.scan(raw, out, seed=sum(map(ord, d["name"])), angle=d.get("angle", 0.6))
    else:
        out.write_bytes(raw.read_bytes())
    fw.finish(out, d.get("hidden", {}))


def main(argv):
    only = set(argv)
    (HERE / "docs").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    problems = []
    with tempfile.TemporaryDirectory(prefix="mixed12-") as td:
        tmp = Path(td)
        for d in DOCS:
            if only and d["name"] not in only:
                continue
            out = HERE / "docs" / (d["name"] + ".pdf")
            render(d, out, tmp)
            src, hid = sources_of(d)
            is_scan = d.get("post") == "scan"
            ocr = None
            if is_scan:
                _, n = fw.ev.text_pdfium(out)
                ocr = fw.ev.ocr_text(out, tmp, list(range(1, n + 1)))
            gold = fw.make_gold(d["name"], src, hid, out, d["producer"] + ("+" + d["post"] if d.get("post") else ""),
                                is_scan, ocr, problems)
            (HERE / "gold" / (d["name"] + ".json")).write_text(
                json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            nr = sum(len(i["probes"]) for i in gold["redact"])
            nk = sum(len(i["probes"]) for i in gold["keep"])
            size = out.stat().st_size
            print(f"{d['name']}: pages={gold['pages']} redact={nr} keep={nk} size={size // 1024}KB", flush=True)
    for p in problems:
        print("PROBLEM", p, file=sys.stderr)
    return 1 if any("not testable" in p or "dropped" in p for p in problems) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
