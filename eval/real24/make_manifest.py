#!/usr/bin/env python3
"""Write manifest.csv and fetch_sources.txt for eval/real24 (needs pdfs/ and gold/; names.txt maps blobs)."""
import csv
import hashlib
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from spec_src import SPEC  # noqa: E402

REPO = "julianvenhuizen/wob-letter-extraction"
COMMIT = "40fa90f8fc927d0170ccdabc2681a3659dd23325"
LICENCE = ("no licence file; published Wob decisions and inventories of Dutch government bodies collected for a UvA "
           "thesis; public government information (Wob/Woo), used locally for testing, not redistributed")


def info(pdf: Path) -> dict:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, errors="replace").stdout
    d = {}
    for line in out.splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            d[k.strip()] = v.strip()
    return d


def fonts(pdf: Path) -> str:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, errors="replace").stdout.splitlines()[2:]
    types = []
    for line in out:
        parts = line.split()
        # type is the token(s) before the encoding column; take known names
        for t in ("CID TrueType", "TrueType", "Type 1C", "Type 1", "Type 3", "CID Type 0C", "CID Type 0"):
            if f" {t} " in f" {line} ":
                if t not in types:
                    types.append(t)
                break
    return " ".join(types)


def main() -> None:
    paths = json.loads((HERE / "source_paths.json").read_text(encoding="utf-8"))
    rows = []
    for doc in sorted(SPEC):
        pdf = HERE / "pdfs" / doc
        data = pdf.read_bytes()
        i = info(pdf)
        gold = json.loads((HERE / "gold" / (pdf.stem + ".json")).read_text(encoding="utf-8"))
        nr = sum(len(x["probes"]) for x in gold["redact"])
        nk = sum(len(x["probes"]) for x in gold["keep"])
        txt = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, errors="replace").stdout
        per_page = [p for p in txt.split("\f")][: gold["pages"]]
        with_text = sum(1 for p in per_page if p.strip())
        layer = "yes" if with_text == gold["pages"] else ("no" if with_text == 0 else f"partial ({with_text}/{gold['pages']} pages)")
        rows.append({
            "file": doc, "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data), "pages": gold["pages"],
            "source_repo": REPO, "commit": COMMIT, "path_in_repo": paths[doc], "licence": LICENCE,
            "producer": i.get("Producer") or "(none)", "creator": i.get("Creator") or "(none)",
            "pdf_version": i.get("PDF version", ""), "font_types": fonts(pdf), "has_text_layer": layer,
            "notes": f"keep probes {nk}, redact probes {nr}. " + SPEC[doc]["note"],
        })
    with open(HERE / "manifest.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    with open(HERE / "fetch_sources.txt", "w", encoding="utf-8") as f:
        f.write("# repo\tcommit\tpath in repo\tsha256\t-> file in this corpus\n")
        f.write("# re-collect: git --git-dir=<mirror of repo> show <commit>:<path> > pdfs/<file> (mirror via the fetch tool); sha256 also in manifest.csv\n")
        for r in rows:
            f.write(f"{r['source_repo']}\t{r['commit']}\t{r['path_in_repo']}\t{r['sha256']}\t-> pdfs/{r['file']}\n")
    print(f"rows={len(rows)} pages={sum(r['pages'] for r in rows)} bytes={sum(r['bytes'] for r in rows)}")


if __name__ == "__main__":
    main()
