"""Rebuild the mixed47 blind set: every PDF in docs/ and every gold file in gold/.

    /work/main/.venv/bin/python build.py [name ...]

Gold 'after' counts are computed with the shared evaluator's own functions: redact probes get
after=0 and must be found in some channel of the original (OCR for the scans); keep probes get
after = their count in the PDFium text of the original. A keep probe that is not found, or that
overlaps a redact probe's match, stops the build."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from lib import DOCS, GOLD  # noqa: E402
from evaluate import channel_counts, count_in, extract_channels, probe_regex  # noqa: E402
import docs_a  # noqa: E402
import docs_b  # noqa: E402
import docs_c  # noqa: E402

BUILDERS = {}
for mod in (docs_a, docs_b, docs_c):
    for k, v in sorted(vars(mod).items()):
        if re.fullmatch(r"be\d\d", k):
            BUILDERS[k] = v
NAMES = {  # file stem per builder
    "be01": "be01_beslisnota_sancties_bz", "be02": "be02_kamervragen_reservisten_def",
    "be03": "be03_cable_nairobi_haiti", "be04": "be04_nato_defmin_report",
    "be05": "be05_outlook_consular_lima", "be06": "be06_teams_chat_patriot",
    "be07": "be07_mailketen_bzk_fin_az", "be08": "be08_woo_besluit_inventaris_bz",
    "be09": "be09_notulen_mt_dgbeb", "be10": "be10_agenda_sg_dg_overleg",
    "be11": "be11_scan_routeformulier", "be12": "be12_scan_brief_burger",
    "be13": "be13_declaratieformulier_velden", "be14": "be14_nota_sticky_notes_fin",
    "be15": "be15_kamervragen_consulair_docx", "be16": "be16_kamerbrief_concept_chromium",
    "be17": "be17_ambtsbericht_ind", "be18": "be18_scan_aantekeningen_overleg",
    "be19": "be19_webmail_forward_chromium", "be20": "be20_voordracht_benoeming_pdirekt",
    "be21": "be21_werkbezoek_brussel_docx", "be22": "be22_nota_fez_suppletoire",
    "be23": "be23_memo_xmp_ienw", "be24": "be24_presentielijst_rondetafel",
    "be25": "be25_woo_verzoek_journalist", "be26": "be26_dienstreisopdracht_def",
    "be27": "be27_nota_digitalisering_fodt", "be28": "be28_kamerbrief_definitief_ocw",
    "be29": "be29_summit_security_note", "be30": "be30_scan_nota_paraaf_hand",
    "be31": "be31_nota_stas_defensie_motivering", "be32": "be32_teams_chat_embassy_en",
}


def finish(stem: str, g, pdf: Path) -> tuple[dict, list]:
    problems = []
    ch = extract_channels(pdf, ocr="auto")
    chans = ch["channels"]
    text = chans.get("pdfium", "")
    spans = []
    redact = []
    for item in g.redact:
        probes = []
        for p in item["probes"]:
            p = dict(p)
            if g.ocr:
                p["ocr"] = True
            p["after"] = 0
            cc = channel_counts(chans, p)
            if not cc:
                (print if g.ocr else problems.append)(f"{stem}: redact probe not found: {p['text']!r}")
                continue
            probes.append(p)
            spans += [m.span() for m in probe_regex(p["text"], p["word"]).finditer(text)]
        if probes:
            redact.append({"kind": item["kind"], "value": item["value"], "probes": probes})
    keep = []
    for item in g.keep:
        probes = []
        for p in item["probes"]:
            p = dict(p)
            n = count_in(text, p)
            if n == 0:
                problems.append(f"{stem}: keep probe not in PDFium text: {p['text']!r}")
                continue
            for m in probe_regex(p["text"], p["word"]).finditer(text):
                a, b = m.span()
                if any(a < e and s < b for s, e in spans):
                    problems.append(f"{stem}: keep probe {p['text']!r} overlaps a redact probe")
                    break
            p["after"] = n
            probes.append(p)
        if probes:
            keep.append({"kind": item["kind"], "value": item["value"], "probes": probes})
    gold = {"doc": pdf.name, "pages": ch.get("pages", 0), "redact": redact, "keep": keep}
    return gold, problems


def main(argv):
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    want = argv or list(BUILDERS)
    allp = []
    for key in want:
        stem = NAMES[key]
        pdf = DOCS / f"{stem}.pdf"
        g = BUILDERS[key](pdf)
        gold, problems = finish(stem, g, pdf)
        (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{stem}: pages={gold['pages']} redact={nr} keep={nk} problems={len(problems)}")
        for p in problems:
            print("  PROBLEM", p)
        allp += problems
    print(f"build problems={len(allp)}")
    return 1 if allp else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
