"""Write manifest.csv of eval/real25 (one row per PDF) from spec_src.py, the PDFs and gold/.

    python make_manifest.py
"""
from __future__ import annotations

import csv
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from spec_src import NOTES, SPEC  # noqa: E402

LICENCE = {
    "julianvenhuizen/wob-letter-extraction": (
        "no licence file; published Wob decisions/inventories/documents of Dutch government bodies collected for a "
        "UvA thesis; public government information (Wob/Woo), used locally for testing, not redistributed"),
    "minvws/nl-rdo-woo-web": (
        "EUPL-1.2 (repository licence); a report published by the ministry of VWS on open.minvws.nl; "
        "used locally for testing, not redistributed"),
}


def info(pdf: Path) -> dict:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True).stdout.decode("utf-8", "replace")
    return dict(re.findall(r"^(\w[\w ]*?):\s+(.*)$", out, re.M))


def fonts(pdf: Path) -> str:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True).stdout.decode("utf-8", "replace")
    types = set()
    for line in out.splitlines()[2:]:
        m = re.search(r"\s(Type 1C|Type 1|Type 3|TrueType|CID TrueType|CID Type 0C|CID Type 0)\s", line)
        if m:
            types.add(m.group(1))
    return "; ".join(sorted(types))


def main() -> None:
    rows = []
    for name, spec in sorted(SPEC.items()):
        pdf = HERE / "pdfs" / name
        data = pdf.read_bytes()
        inf = info(pdf)
        gold = json.loads((HERE / "gold" / (pdf.stem + ".json")).read_text(encoding="utf-8"))
        nk = sum(len(i["probes"]) for i in gold["keep"])
        nr = sum(len(i["probes"]) for i in gold["redact"])
        repo, commit, path = spec["src"]
        txt = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True).stdout.decode("utf-8", "replace")
        rows.append({
            "file": name, "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data),
            "pages": gold["pages"], "source_repo": repo, "commit": commit, "path_in_repo": path,
            "licence": LICENCE[repo], "producer": inf.get("Producer", "(none)"),
            "creator": inf.get("Creator", "(none)"), "pdf_version": inf.get("PDF version", ""),
            "font_types": fonts(pdf), "has_text_layer": "yes" if txt.strip() else "no",
            "notes": f"keep probes {nk}, redact probes {nr}. " + NOTES.get(name, ""),
        })
    with open(HERE / "manifest.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} rows")


if __name__ == "__main__":
    main()
