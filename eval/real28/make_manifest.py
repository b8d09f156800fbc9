"""Write manifest.csv for eval/real28 (needs poppler's pdfinfo/pdffonts and the gold files)."""
import csv, hashlib, json, subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
LIC = {
    "ProvincieZeeland/content_publicatie_systeem": "EUPL-1.2 (repository licence.md); the technical design states it is published by Provincie Zeeland under a Creative Commons licence; used locally for testing, not redistributed",
    "provincieNH/Leveren_Geoinformatie": "no licence file; specifications and work instructions published by the Province of Noord-Holland for its contractors; public government information, used locally for testing, not redistributed",
    "MinBZK/Algoritmekader": "EUPL-1.2 (repository LICENSE.md); the publications themselves state CC BY 4.0; used locally for testing, not redistributed",
    "MinBZK/regels.overheid.nl": "EUPL-1.2 (repository LICENSE.md); course material of the Belastingdienst 'Leergang Regelbeheer' published on regels.overheid.nl; used locally for testing, not redistributed",
    "ICTU/Kwaliteitsaanpak": "Apache-2.0 (repository LICENSE); ICTU publication; used locally for testing, not redistributed",
}
_AIV = "CIO Rijk / BZK publication on the AI Act (Algoritmekader, Serif Affinity Publisher 2 export). Colophon names seven civil servants of RijksICT Gilde and BZK (redact); organisations and the functional mailbox ai-verordening@minbzk.nl keep. Not probed: cover-image credit 'Jamillah Knowles & Digit' (artist attribution under a CC licence). "
_ALEF = "Belastingdienst 'Leergang Regelbeheer' course material about the rule engine ALEF (regels.overheid.nl). No personal data in the text; Info /Author names the civil servant who made it (redact). "
NOTES = {
 "zl_cps_functioneel_ontwerp_v10_word2016.pdf": "Provincie Zeeland functional design of the Content Publicatiesysteem (Woo publication system), v1.0, 16 pages. Title page lists six provincial civil servants as authors with their job titles (redact: Coppoolse, van Linden, Wim Kosten, Kouwenberg, Korpershoek, Allemekinders, the last also as Info /Author and XMP dc:creator 'Allemekinders A.P. (Aart)'). Provincie Zeeland, Forum Standaardisatie, content.zeeland.nl keep.",
 "zl_cps_technisch_ontwerp_v10_word2016.pdf": "Technical design of the same system by the supplier I-Experts for Provincie Zeeland, v1.0, 25 pages. Title page: contact person A.P. Allemekinders (provincial civil servant), authors Judith Steijne and Erik Boode (supplier staff): redact; Info /Author and XMP dc:creator j.steijne@i-experts.nl: redact. Every page footer carries the supplier's general mailbox info@i-experts.nl (keep).",
 "zl_cps_doelarchitectuur_v12_word2016.pdf": "One-page target-architecture diagram (image only, no text layer: the evaluator OCRs it). Only personal data: Info /Author and XMP dc:creator 'Allemekinders A.P. (Aart)' (redact). No keep probes (no PDFium text).",
 "nh_areaaldata_productspec_41_word2016.pdf": "Province of Noord-Holland product specification Areaaldata 4.1 (older version, 21 pages). Version-history table names six provincial staff/advisers (Bannink, Remco Jansen, Meijer, Leo Visser, Hoffmann, Monné): redact; Info /Author 'Hoffmann, dhr. N.O. (Niels)'. Functional mailbox kaartendata@noord-holland.nl (broken over a line) keep.",
 "nh_areaaldata_releasenotes_403_word2010.pdf": "Release notes Areaaldata 4.03 (11 pages). Version table uses initials only (SW, BM, JB: not probed). Info /Author and XMP dc:creator 'Sander Waterbeemd': redact.",
 "nh_werkinstructie_arcs_word365.pdf": "One-page work instruction for contractors (arcs in Areaaldata 4.3d4). Info /Author and XMP dc:creator 'Martijn Nijhout': redact.",
 "nh_werkinstructie_oevervak_word365.pdf": "Three-page work instruction (bank constructions, NEN 2767-4). Info /Author and XMP dc:creator 'Martijn Nijhout': redact.",
 "nh_werkinstructie_ovl_vri_word365.pdf": "Three-page work instruction (street lighting and traffic lights). Info /Author and XMP dc:creator 'Jelle Gulmans': redact.",
 "bzk_aiv_blauwdruk_geletterdheid_pdflib.pdf": _AIV + "Blueprint AI-literacy programme, 10 pages, PDFlib. Info /Author and XMP dc:creator 'Werk Joas' (a personal name fragment): redact.",
 "bzk_aiv_factsheet_bestuurders_quartz.pdf": _AIV + "Factsheet for executives, 4 pages, macOS Quartz.",
 "bzk_aiv_factsheet_inkopers_quartz.pdf": _AIV + "Factsheet for procurement officers, 4 pages, macOS Quartz.",
 "bzk_aiv_handreiking_aisystemen_pdflib.pdf": _AIV + "Guidance on AI systems, 16 pages, PDFlib; also mentions the Algemene Rekenkamer (keep).",
 "bzk_aiv_roadmap_quartz.pdf": _AIV + "Roadmap of the AI Act's entry into force, 8 pages, macOS Quartz.",
 "bd_alef_presentatie220_ppt2013.pdf": _ALEF + "PowerPoint 2013 slides, 8 pages (the evaluator treats every page as an image page and OCRs it).",
 "bd_alef_presentatie300_ppt2013.pdf": _ALEF + "PowerPoint 2013 slides, 16 pages (image pages for the evaluator).",
 "bd_alef_opdracht60_word2013.pdf": _ALEF + "Word 2013 exercise, 3 pages.",
 "bd_alef_toetscombinaties_ppt2013.pdf": _ALEF + "One PowerPoint slide with key combinations.",
 "bd_wettreinen2018_word2013.pdf": "Belastingdienst 'Leergang Regelbeheer' case text 'Wet Treinen 2018' (a fictitious law for the course), 5 pages, Word 2013. Info /Author 'Arjan A. Kalkema': redact.",
 "ictu_kwaliteitsaanpak_full_qt486.pdf": "ICTU Kwaliteitsaanpak (quality approach for government software development), 2018 build, 39 pages, wkhtmltopdf 0.12.2.1 / Qt 4.8.6. No personal data (no Info /Author); organisations keep.",
}


def run(*a):
    return subprocess.run(a, capture_output=True, text=True).stdout


def main():
    src = {}
    for line in (HERE / "fetch_sources.txt").read_text().splitlines():
        if line.startswith("#") or not line.strip():
            continue
        repo, commit, path, sha, target = line.split("\t")
        src[target.replace("-> pdfs/", "").strip()] = (repo, commit, path, sha)
    rows = []
    for f in sorted(src):
        p = HERE / "pdfs" / f
        repo, commit, path, sha = src[f]
        data = p.read_bytes()
        assert hashlib.sha256(data).hexdigest() == sha, f
        info = {}
        for l in run("pdfinfo", str(p)).splitlines():
            if ":" in l:
                k, v = l.split(":", 1)
                info[k.strip()] = v.strip()
        fl = run("pdffonts", str(p)).splitlines()
        ts, es = (fl[0].index("type"), fl[0].index("encoding")) if fl else (0, 0)
        fonts = sorted({l[ts:es].strip() for l in fl[2:] if l.strip()})
        g = json.loads((HERE / "gold" / (p.stem + ".json")).read_text())
        nk = sum(len(i["probes"]) for i in g["keep"])
        nr = sum(len(i["probes"]) for i in g["redact"])
        txt = run("pdftotext", "-l", "3", str(p), "-").strip()
        rows.append({"file": f, "sha256": sha, "bytes": len(data), "pages": info.get("Pages", ""),
                     "source_repo": repo, "commit": commit, "path_in_repo": path, "licence": LIC[repo],
                     "producer": info.get("Producer", "(none)") or "(none)",
                     "creator": info.get("Creator", "(none)") or "(none)",
                     "pdf_version": info.get("PDF version", ""), "font_types": "; ".join(fonts),
                     "has_text_layer": "yes" if txt else "no",
                     "notes": f"keep probes {nk}, redact probes {nr}. " + NOTES[f]})
    with open(HERE / "manifest.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
