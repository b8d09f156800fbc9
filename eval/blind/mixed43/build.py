"""Rebuild set BA (mixed43): docs/*.pdf and gold/*.json. Run with the project venv:
    /work/main/.venv/bin/python build.py [--only NAME ...]
Producers: reportlab, Chromium (Playwright, /usr/bin/chromium), LibreOffice (python-docx -> soffice), scans (Pillow)."""
from __future__ import annotations

import json
import shutil
import sys

import lib
from lib import DOCS, GOLD, WORK

import content_a
import content_b
import content_c
import content_d

ALL = content_a.DOCS + content_b.DOCS + content_c.DOCS + content_d.DOCS

# Names in the "Surname, Given" form in which they stand in the Info dictionary (Author/Title) only.
META_PROBES = {
    "ba01": [("PERSON", "Lotte Brinkerink-Haverkamp (Info Author)", ["Brinkerink-Haverkamp, Lotte"])],
    "ba03": [("PERSON", "Emre Kaya (Info Author)", ["Kaya, Emre"])],
    "ba05": [("PERSON", "Gerda Hofsink (Info Author)", ["Hofsink, G."])],
    "ba09": [("PERSON", "Samira El Idrissi-Boukhari (Info Author)", ["El Idrissi-Boukhari, Samira"])],
    "ba10": [("PERSON", "Koen Teunissen (Info Author)", ["Teunissen, Koen"])],
    "ba12": [("PERSON", "Anouk Wolbers (Info Author)", ["Wolbers, Anouk"])],
    "ba14": [("PERSON", "Mark Veenstra (Info Author)", ["Veenstra, Mark", "Mark"])],
    "ba16": [("PERSON", "Klaas Brouwer-Sijbesma (Info Author)", ["K. Brouwer-Sijbesma"])],
    "ba19": [("PERSON", "Bart Wennink (Info Title)", ["Bart Wennink"])],
    "ba27": [("PERSON", "Saskia Hendriks (Info Author)", ["Hendriks, Saskia"])],
    "ba28": [("PERSON", "Osei Boateng-Visscher (Info Title)", ["O. Boateng"])],
    "ba29": [("PERSON", "Wendy Akkermans (Info Author)", ["Akkermans, Wendy"])],
    "ba30": [("PERSON", "Anneke Bouma-de Jong (Info Author)", ["Bouma-de Jong, A."])],
    "ba33": [("PERSON", "Hanneke Schuurman (Info Author)", ["Schuurman, H."])],
}
for _d in ALL:
    _d["redact"] = list(_d["redact"]) + META_PROBES.get(_d["name"][:4], [])


def produce(specs):
    WORK.mkdir(exist_ok=True)
    DOCS.mkdir(exist_ok=True)
    html_jobs, docx_jobs = [], []
    for d in specs:
        out = DOCS / d["name"]
        p = d["producer"]
        if p == "rl_letter":
            lib.rl_letter(out, d["org"], d["org_lines"], d["window"], d["sidebar"], d["items"], d.get("footer", ""),
                          d.get("title"), d.get("author"))
        elif p == "rl_doc":
            lib.rl_doc(out, d["items"], d.get("header", ""), d.get("footer", ""), d.get("title"), d.get("author"))
        elif p == "rl_custom":
            d["build"](out)
        elif p == "html":
            html_jobs.append((out, d["title"], d["body"]))
        elif p == "docx":
            src = WORK / (out.stem + ".docx")
            lib.docx_build(src, d["blocks"], d.get("author"), d.get("title"), d.get("header"))
            docx_jobs.append(src)
        elif p == "scan":
            lib.scan_pdf(out, d["pages"], seed=d.get("seed", 1))
        else:
            raise ValueError(p)
    if html_jobs:
        lib.html_pdfs(html_jobs)
    if docx_jobs:
        lib.soffice(docx_jobs, DOCS)
    for d in specs:
        out = DOCS / d["name"]
        h = d.get("hidden", {})
        lib.finalize(out, author=h.get("author"), title=h.get("title"), notes=h.get("notes", ()),
                     outline=h.get("outline", ()), subject=h.get("subject"))


def main(argv):
    only = set(argv[argv.index("--only") + 1:]) if "--only" in argv else None
    specs = [d for d in ALL if only is None or d["name"] in only or d["name"][:4] in only]
    produce(specs)
    GOLD.mkdir(exist_ok=True)
    probs = []
    for d in specs:
        g, pr = lib.gold_for(DOCS / d["name"], d)
        probs += pr
        (GOLD / (d["name"][:-4] + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1), encoding="utf-8")
    for p in probs:
        print(p)
    print(f"built={len(specs)} problems={len(probs)}")
    shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
