"""Write manifest.csv for eval/real31 (needs poppler's pdfinfo/pdffonts/pdfimages and the gold files)."""
import csv, hashlib, json, subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
LIC = {
    "julianvenhuizen/wob-letter-extraction": "no licence file; published Wob decisions of Dutch government bodies (Gemeente Amsterdam, GGD Amsterdam, IenW, RVO, VWS, JenV, Financien) collected for a UvA thesis; public government information, used locally for testing, not redistributed",
    "MartineJohanna/raadsvergaderingen": "no licence file; a citizen's archive of Den Haag council documents (2024-2025) published by the municipality in its RIS; public government information, used locally for testing, not redistributed",
}
NOTES = {
 "dh_afdoening_motie_laatste_loodjes_ghostscript.pdf": "Den Haag college letter on a motion (Eekta/Wijkz housing), 2 pages, PScript5 + GPL Ghostscript 9.27 (Author 'bsmverp', an account id, not probed). Contact person + personal e-mail (redact); raadslid, organisations, streets keep.",
 "dh_tussenbericht_motie_taaltoets.pdf": "Den Haag interim letter on a motion, 1 page, Word for Microsoft 365, earlier revision. Contact person (redact) with a functional mailbox (keep); Info/XMP author J.W.H. Dillewaard (redact).",
 "dh_afdoening_motie_meiden_spelen.pdf": "Den Haag college letter (play spaces for girls), 2 pages, Word for Microsoft 365, earlier revision. Contact person + e-mail (redact), Info/XMP author Rick Zijderveld (redact); raadslid, Haagse Hogeschool/HvA, places keep. Footnote cites a researcher (not probed).",
 "dh_tussenbericht_motie_podium_noord.pdf": "Den Haag interim letter on a motion, 1 page. Contact person + e-mail and Info/XMP author Dillewaard (redact).",
 "dh_afdoening_motie_verkooppraatjes.pdf": "Den Haag college letter (reception location Sportlaan), 2 pages. Contact person (redact) with functional mailbox nieuwkomers@ (keep); raadslid keeps.",
 "dh_afdoening_motie_investeren_ov.pdf": "Den Haag college letter (public transport), 3 pages. Contact person + e-mail (redact); raadslid, MRDH, corridors, places keep.",
 "dh_afdoening_motie_oefenstemdagen_ghostscript.pdf": "Den Haag college letter (practice voting days), 2 pages, Ghostscript. Contact person + e-mail (redact); raadslid Smit, Stichting Prokkel keep.",
 "dh_afdoening_motie_burgemeester_verantwoordelijk.pdf": "Den Haag college letter (caravan dwellers' relocation), 2 pages. Contact person + e-mail (redact); raadslid, (former) wethouders, street Henri Faasdreef keep.",
 "dh_afdoening_motie_oranjehotel.pdf": "Den Haag college letter (school visits to the Oranjehotel), 2 pages. Contact person + e-mail (redact); raadslid, memorials, places keep.",
 "dh_afdoening_motie_jerusalem_declaration.pdf": "Den Haag college letter (Jerusalem Declaration on Antisemitism), 2 pages, signed by the locoburgemeester. Contact person + e-mail (redact); raadslid, IHRA, English declaration names keep.",
 "dh_afdoening_motie_gratis_ov_navo.pdf": "Den Haag college letter (free public transport during the NATO summit), 2 pages. Contact person + e-mail (redact); raadslid, HTM, IenW keep.",
 "dh_afdoening_motie_veiligheid_scheveningen.pdf": "Den Haag college letter (safety in Scheveningen), 2 pages. Contact person (redact) with functional mailbox veiligheidsregisseur@ (keep).",
 "dh_afdoening_motie_blijven_prikken_ghostscript.pdf": "Den Haag college letter (vaccination programme), 2 pages, Ghostscript. Contact person is a functional unit ('BO OCW Directiebureau', keep) but the e-mail address is a person's (redact).",
 "dh_preadvies_haagse_wijken_aan_zet.pdf": "Den Haag college pre-advice on an initiative proposal, 4 pages. Contact person + e-mail (redact); raadslid and fractievertegenwoordiger (initiators), locoburgemeester keep.",
 "dh_presidium_benoeming_adviescommissie_vrh.pdf": "Den Haag presidium proposal (appointment of a raadslid to the VRH financial committee), 1 page. Info/XMP author a griffie employee (redact); the appointed raadslid keeps. Griffier's ValidSigned form field (not in PDFium text).",
 "dh_presidium_ontheffing_ingezetenschap.pdf": "Den Haag presidium proposal (residence exemption for a new wethouder), 1 page. Info/XMP author 'L. Maanen, Van' (redact); the nominated wethouder keeps.",
 "dh_rekenkamer_veilig_op_afstand.pdf": "Rekenkamer Den Haag council proposal on mobile-work security, 11 pages. No personal data; English technical terms (Mobile Device Management, Chief Information Security Officer, malware, wifi) keep.",
 "dh_besluitenlijst_raad_20250522.pdf": "Den Haag council decision list 22 May 2025, 6 pages. Info/XMP author a griffie employee (redact); attendance list of raadsleden, parties keep.",
 "dh_oplegger_calandstraat_itext.pdf": "Den Haag IRIS cover sheet of a council proposal (asylum reception Calandstraat 12), 3 pages, iText 5.4.1. No personal data; laws and acronyms keep.",
 "dh_notulen_raad_20250522.pdf": "Den Haag council minutes of 22 May 2025, 149 pages, Word for Microsoft 365, with an earlier revision. Fifteen insprekers (private persons; one states his own religious community) redact; Info/XMP author redact; raadsleden, wethouders (incl. the newly sworn Co Engberts), burgemeester, griffier, organisations, streets keep.",
 "ams_wob_schade_ruijterkade_word2010.pdf": "Gemeente Amsterdam Wob reply (network damage), 1 page, Word 2010; signer's name already removed. Keep probes only.",
 "ams_wob_vinkenstraat_omnipage.pdf": "Gemeente Amsterdam Wob decision, 4 scanned pages with OmniPage OCR layer (OCR: amsterdam.n1). Handler already removed. Keep probes only.",
 "ams_wob_keizersgracht_mail_geredigeerd.pdf": "Gemeente Amsterdam released e-mail (Keizersgracht permit documents), 1 page; names and addresses removed (white). Keep probes only.",
 "ams_wob_tweede_bloemdwarsstraat.pdf": "Gemeente Amsterdam Wob decision (Tweede Bloemdwarsstraat 2), 9 pages; requester's name removed, law firm Wieringa Advocaten stays (also in Title/Subject/Keywords). Keep probes only.",
 "ams_wob_sloop_waddenwegviaduct.pdf": "Gemeente Amsterdam (stadsdeel Noord) Wob decision, 10 pages; handler removed, functional mailbox stays. Keep probes only.",
 "ams_wob_hondenoverlast_kop_van_jut.pdf": "Gemeente Amsterdam (stadsdeel West) Wob decision, 8 pages; personal data replaced by '10.2.e', but on the image-only signature page 3 the printed name of the Stadsdeeldirecteur who signs namens the college is left next to the blacked-out signature (redact, OCR only).",
 "ggd_ams_wob_tata_steel.pdf": "GGD Amsterdam Wob decision with inventory (air quality IJmond / Tata Steel), 13 pages. Names already removed. Keep probes only.",
 "rvo_wob_diergegevens_sondel.pdf": "RVO (for LNV) Wob decision Wob/2020/160 (animal counts of a farm in Sondel), 14 pages; signer's name removed. Farm address not probed. Keep probes only.",
 "vws_wob_ggz_strategisch_gedrag_xerox.pdf": "Ministerie van VWS Wob decision (GGZ), 16 scanned pages (Xerox WorkCentre) with OCR text layer; signed by the plv. secretaris-generaal (OCR-garbled; not probed). Keep probes only, counted in the OCR layer.",
 "wob_nelson_scanning.pdf": "Ministerie van JenV Wob decision (criminal investigation Nelson / SHV), 8 scanned pages with OmniPage OCR layer and outline. Keep probes only.",
 "wob_tweede_speelveldtoets_acrobat.pdf": "Ministerie van Financien Wob decision with released documents (PwC Speelveldtoets), 46 pages (40 image pages with an OCR layer), Acrobat Pro DC, with an earlier revision. Info/XMP author a DJZ secretary (redact); one released e-mail header still shows a civil servant's address (redact); a review-state note in the annotations names its author (redact); the DG Fiscale Zaken stays.",
 "ienw_wob_besluit_2021_24.pdf": "Ministerie van IenW Wob decision (Nationale Ombudsman / Lelystad Airport), 5 pages; requester's e-mail local part removed ('10.2.e ... @planet.nl', not probable). Keep probes only.",
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
