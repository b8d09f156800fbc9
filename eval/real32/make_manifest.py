"""Write manifest.csv for eval/real32 (needs poppler's pdfinfo/pdffonts/pdfimages and the gold files)."""
import csv, hashlib, json, subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
LIC = {
    "julianvenhuizen/wob-letter-extraction": "no licence file; published Wob decisions of Dutch government bodies (Gemeente Amsterdam, VWS, LNV, RVO, EZK) collected for a UvA thesis; public government information, used locally for testing, not redistributed",
    "MartineJohanna/raadsvergaderingen": "no licence file; a citizen's archive of Den Haag council documents (2024-2025) published by the municipality in its RIS; public government information, used locally for testing, not redistributed",
}
NOTES = {
 "dh_preadvies_leesniveau_haagse_kinderen.pdf": "Den Haag college pre-advice on an initiative proposal (reading level), 7 pages, Word for Microsoft 365, earlier revision. Contact person + e-mail (redact); raadslid, Bibliotheek Den Haag, programmes keep.",
 "dh_preadvies_game_hoofdstad.pdf": "Den Haag college pre-advice (game capital of Europe), 5 pages. Contact person + e-mail and Info/XMP author Rick Zijderveld (redact); raadslid, companies, English terms keep.",
 "dh_preadvies_napels_aan_de_noordzee.pdf": "Den Haag college pre-advice (litter), 11 pages. Two contact persons + two e-mails (redact); raadslid, organisations keep.",
 "dh_preadvies_world_forum.pdf": "Den Haag college pre-advice (World Forum), 4 pages. Contact person + e-mail (redact); raadsleden, venues keep.",
 "dh_preadvies_zeehelden_kijkduin.pdf": "Den Haag college pre-advice (naming streets after naval heroes), 4 pages. Contact person + e-mail (redact); proposed street names after persons keep.",
 "dh_preadvies_noordboulevard.pdf": "Den Haag college pre-advice (Noordboulevard), 4 pages. Contact person + e-mail (redact); raadslid, HTM keep.",
 "dh_afdoening_motie_collectief_huurbescherming_ghostscript.pdf": "Den Haag college letter on a motion (tenant protection), 4 pages, PScript5 + Ghostscript 9.27 (Author account id, not probed). Contact person + e-mail (redact).",
 "dh_afdoening_motie_willem_royaardsplein_ghostscript.pdf": "Den Haag college letter (traffic Willem Royaardsplein), 2 pages, Ghostscript. Contact person + e-mail (redact); streets named after persons keep.",
 "dh_afdoening_motie_schroeder_van_der_kolk_ghostscript.pdf": "Den Haag college letter (Stichting Schroeder van der Kolk), 2 pages, Ghostscript. Contact person + e-mail (redact); foundation named after persons keeps.",
 "dh_afdoening_motie_sociale_veiligheid_ov_ghostscript.pdf": "Den Haag college letter (social safety in public transport), 2 pages, Ghostscript. Contact person Stijn Terloo next to the e-mail of a different civil servant (both redact).",
 "dh_afdoening_motie_mariahoeve_ghostscript.pdf": "Den Haag college letter (Mariahoeve), 2 pages, Ghostscript. Contact person + e-mail (redact).",
 "dh_afdoening_motie_haags_icoon_word365.pdf": "Den Haag college letter (a reference to a herring kiosk at the Pletterijkade), 2 pages, Word for Microsoft 365. Contact person with a long compound surname + e-mail and Info/XMP author Rick Zijderveld (redact).",
 "dh_afdoening_motie_erfpacht_word365.pdf": "Den Haag college letter (ground lease), 2 pages, Word for Microsoft 365. Contact person + e-mail (redact).",
 "dh_afdoening_motie_app_straatintimidatie_word365.pdf": "Den Haag college letter (street-harassment app), 2 pages, signed by the locoburgemeester. Contact person + e-mail (redact); Living Lab Scheveningen, Smart City keep.",
 "dh_afdoening_motie_van_alkemadelaan_word365.pdf": "Den Haag college letter (Van Alkemadelaan road safety), 2 pages. Contact person is a functional unit ('Werkverdeler 3', keep) but the e-mail address beside it is a person's (redact).",
 "dh_afdoening_motie_jeugdhulp_word365.pdf": "Den Haag college letter (youth care), 6 pages, earlier revision. Contact person + e-mail (redact); a link annotation is an Outlook safelinks URL carrying another civil servant's address (rick.ooms%40denhaag.nl, redact, annotations/raw only); commissie Van Ark, laws keep.",
 "dh_presidium_benoeming_jeugdombudsman.pdf": "Den Haag presidium proposal (appointment of the Jeugdombudsman), 1 page. Info/XMP author a griffie employee (redact); the appointed Jeugdombudsman keeps (public office). Griffier's ValidSigned form field.",
 "dh_presidium_raadsrapporteurs_zuidwest.pdf": "Den Haag presidium proposal (council rapporteurs), 1 page. Info/XMP author (redact); raadsleden keep.",
 "dh_besluitenlijst_raad_20250612.pdf": "Den Haag council decision list 12 June 2025, 5 pages, earlier revision. Info/XMP author (redact); attendance list of raadsleden keep.",
 "dh_ontwerpbesluit_omgevingsvergunning_pdfium.pdf": "Den Haag draft permit decision (Willem Royaardsplein), 33 pages, PDFium; personal data already replaced by [Geanonimiseerd]. Keep probes only (streets named after persons, ODH, functional mailboxes, general numbers).",
 "dh_notulen_raad_20241114.pdf": "Den Haag council minutes of 14 November 2024, 125 pages, Word for Microsoft 365, earlier revision. Ten insprekers and a civil servant named in debate (redact); raadsleden, wethouders, burgemeester, griffier, organisations, streets keep. Info author 'Ing Zh' not probed.",
 "ams_wob_postzegelpark_deelbesluit1.pdf": "Gemeente Amsterdam (West) partial Wob decision 1 Postzegelpark, 9 pages (pages 1 and 4 images); names replaced by 10.2.e, but the image signature page prints the Stadsdeeldirecteur's name (redact, OCR only).",
 "ams_wob_postzegelpark_deelbesluit6.pdf": "Gemeente Amsterdam (West) partial Wob decision 6 Postzegelpark, 8 pages (pages 1 and 3 images); as deelbesluit 1 (Overzier in OCR of the image signature page).",
 "ams_wob_woningdelen_mail_14dec_scan.pdf": "Gemeente Amsterdam released e-mail thread with wethouder Laurens Ivens, 6 image-only pages (no text layer); names whited out but the web-form sender's street address and postcode are left (redact, OCR only). No keep probes (no PDFium text).",
 "ams_wob_project_noordeinde.pdf": "Gemeente Amsterdam (Noord) Wob decision (project Noordeinde), 11 pages; names removed. Keep probes only.",
 "ams_wob_bouwterrein_van_gelder.pdf": "Gemeente Amsterdam (Noord) Wob decision (construction site Van Gelder), 13 pages; names removed. Keep probes only (company Van Gelder).",
 "ams_wob_warmoes.pdf": "Gemeente Amsterdam (Centrum) Wob decision (Warmoesstraat), 9 pages; names replaced by article numbers. Keep probes only.",
 "ams_wob_besluit_24jul2020.pdf": "Gemeente Amsterdam Wob decision of 24 July 2020 (Bureau Integriteit, Bibob), 16 pages; names replaced. Keep probes only.",
 "ams_wob_werkinstructie_omnipage.pdf": "Gemeente Amsterdam (Grond en Ontwikkeling) Wob decision, 6 scanned pages with OmniPage OCR layer. Keep probes only, counted in the OCR layer.",
 "vws_wob_immunoglobulines_scanning.pdf": "Ministerie van VWS Wob decision (immunoglobulins / TNF-alpha inhibitors), 11 scanned pages with OCR layer ('Scanning'); signed namens the minister by the plv. secretaris-generaal (keep). Keep probes only.",
 "rvo_wob_percelen_drachten.pdf": "RVO (for LNV) Wob decision Wob/2020/171 (users of parcels), 8 pages; names replaced by 10.2.e. Keep probes only.",
 "wob_detailhandel_lockdown.pdf": "Ministerie van EZK (Bureau Bestuursraad) Wob decision (retail during lockdown), 11 pages; names replaced by 10.2.e. Keep probes only.",
 "lnv_wob_nertsensector.pdf": "Ministerie van LNV Wob decision (coronavirus in mink farming), 12 pages; signed namens the minister by the plaatsvervangend secretaris-generaal (keep). Keep probes only.",
 "wob_inventarislijst.pdf": "Inventory list of a Wob decision (AERIUS / stikstof, IenW), 7 pages. Keep probes only (organisation acronyms).",
 "wob_2021_037_doc2en3_acrobat.pdf": "Released documents of an LNV Wob decision (Handhavingsdocument Meststoffenwet, an RVO memo with redacted contact person), 17 pages, Adobe Acrobat Pro DC. Keep probes only.",
 "wob_bijlage_document2.pdf": "Released document (SZW AVV reporting form 2015), 3 pages, one image page with a paraph redacted. Keep probes only.",
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
        nimg = max(0, len(run("pdfimages", "-list", str(p)).splitlines()) - 2)
        g = json.loads((HERE / "gold" / (p.stem + ".json")).read_text())
        nk = sum(len(i["probes"]) for i in g["keep"])
        nr = sum(len(i["probes"]) for i in g["redact"])
        txt = run("pdftotext", str(p), "-").strip()
        rows.append({"file": f, "sha256": sha, "bytes": len(data), "pages": info.get("Pages", ""),
                     "source_repo": repo, "commit": commit, "path_in_repo": path, "licence": LIC[repo],
                     "producer": info.get("Producer", "(none)") or "(none)",
                     "creator": info.get("Creator", "(none)") or "(none)",
                     "pdf_version": info.get("PDF version", ""), "font_types": "; ".join(fonts) or "(none)",
                     "images": nimg, "has_text_layer": "yes" if txt else "no",
                     "redact_probes": nr, "keep_probes": nk, "notes": NOTES[f]})
    with open(HERE / "manifest.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
