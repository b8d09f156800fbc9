#!/usr/bin/env python3
"""Write manifest.csv from fetch_sources.txt, the PDFs, gold/ and spec_src.py."""
from __future__ import annotations

import csv
import hashlib
import json
import sys
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from spec_src import DOCS  # noqa: E402

LICENCE = ("no licence file; published Wob decisions and inventories of Dutch government bodies "
           "collected for a UvA thesis; public government information (Wob/Woo), used locally for "
           "testing, not redistributed")


def fonts(pdf: pikepdf.Pdf) -> str:
    kinds = set()
    for page in pdf.pages:
        res = page.obj.get("/Resources", {})
        for _, f in (res.get("/Font", {}) or {}).items():
            st = str(f.get("/Subtype", ""))
            if st == "/Type0":
                kinds.add("CID " + str(f.get("/DescendantFonts", [{}])[0].get("/Subtype", ""))[1:].replace("CIDFontType2", "TrueType").replace("CIDFontType0", "Type1C"))
            elif st:
                kinds.add(st[1:])
    return " ".join(sorted(kinds))


def text_layer(path: Path) -> str:
    doc = pdfium.PdfDocument(str(path))
    n = len(doc)
    with_text = sum(1 for i in range(n) if doc[i].get_textpage().count_chars() > 20)
    doc.close()
    return "yes" if with_text == n else ("no" if with_text == 0 else f"partial ({with_text}/{n} pages)")


def main() -> int:
    spec = {d["file"]: d for d in DOCS}
    rows = []
    for line in (HERE / "fetch_sources.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        repo, commit, path, sha, arrow = line.split("\t")
        name = arrow.split("pdfs/", 1)[1]
        pdf_path = HERE / "pdfs" / name
        data = pdf_path.read_bytes()
        assert hashlib.sha256(data).hexdigest() == sha, name
        gold = json.loads((HERE / "gold" / (pdf_path.stem + ".json")).read_text(encoding="utf-8"))
        with pikepdf.open(pdf_path) as pdf:
            info = pdf.docinfo
            producer = str(info.get("/Producer", "")) or "(none)"
            creator = str(info.get("/Creator", "")) or "(none)"
            version = pdf.pdf_version
            ft = fonts(pdf)
        nk = sum(len(i["probes"]) for i in gold["keep"])
        nr = sum(len(i["probes"]) for i in gold["redact"])
        notes = f"keep probes {nk}, redact probes {nr}. {spec[name]['body']}: {spec[name]['notes']}"
        rows.append({"file": name, "sha256": sha, "bytes": len(data), "pages": gold["pages"],
                     "source_repo": repo, "commit": commit, "path_in_repo": path, "licence": LICENCE,
                     "producer": producer, "creator": creator, "pdf_version": version,
                     "font_types": ft, "has_text_layer": text_layer(pdf_path), "notes": notes})
    rows.sort(key=lambda r: r["file"])
    with open(HERE / "manifest.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    print(f"manifest rows={len(rows)} pages={sum(r['pages'] for r in rows)} bytes={sum(r['bytes'] for r in rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
