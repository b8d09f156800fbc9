"""Write manifest.csv for eval/real30 (needs poppler's pdfinfo/pdffonts/pdfimages and the gold files)."""
import csv, hashlib, json, subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
LIC = {
    "julianvenhuizen/wob-letter-extraction": "no licence file; published Wob decisions of Dutch government bodies (Gemeente Amsterdam, IenW, RVO, Belastingdienst, VWS) collected for a UvA thesis; public government information, used locally for testing, not redistributed",
    "MartineJohanna/raadsvergaderingen": "no licence file; a citizen's archive of Den Haag council documents (2024-2025) published by the municipality in its RIS; public government information, used locally for testing, not redistributed",
}
NOTES = {
 "wob_besluit_2021_26.pdf": "Ministerie van IenW Wob decision 2021-26 (gehandicaptenparkeerkaart), 5 pages; page 2 is an image (signature block of the DG Mobiliteit, name already replaced by 10.2.e). No personal data left; keep probes only.",
 "wob_besluit_2021_222.pdf": "RVO (for LNV) Wob decision WOB/2021/222 on manure transport, 7 pages. Signed by a teammanager (redact); functional mailbox and general number keep.",
 "lnv_wob_mest_alte_picardiekanaal.pdf": "RVO (for LNV) Wob decision WOB/2021/204 (manure at an address in Coevorden), 11 pages, four image pages; the signature page 5 is an image whose printed name (teammanager) is found only by OCR (redact).",
 "bob_wob_crkbo_2021.pdf": "Belastingdienst decision on objection (Wob, CRKBO), 3 pages. Handler and signer removed before publication (unsigned 'corona' letter). Keep probes only.",
 "wob_cursussen_diversiteit_scanning.pdf": "Ministerie van VWS Wob decision on diversity courses with inventory, 10 scanned pages with an OmniPage OCR text layer ('Scanning'). Signer's name garbled by OCR (plv. SG; not probed). Keep probes only, counted in the OCR layer.",
 "ams_wob_netwerkschade_kpn_word2010.pdf": "Gemeente Amsterdam Wob decision (Dienstverlening) to a company, 2 pages, Word 2010. Handler and signer already removed. Keep probes only.",
 "ams_wob_draaiorgels_omnipage.pdf": "Gemeente Amsterdam Wob decision on barrel-organ permits, 2 scanned pages with OmniPage OCR layer (OCR reads amsterdam.nl as amsterdam.n1). Keep probes only.",
 "ams_woningdelen_mail_wethouder_18_11.pdf": "Gemeente Amsterdam, released e-mail (Wob, woningdelen) between the wethouder and the Directeur Wonen, 1 image-only page. The director's name and e-mail are found by OCR (redact); the wethouder is an office holder (not probed: no text layer to count keep probes in).",
 "dh_afdoening_motie_warmteoplossingen.pdf": "Den Haag college letter on a motion, 3 pages, Word for Microsoft 365, with an earlier revision. Contact person + e-mail (redact, also in the earlier revision); raadslid, PBL, VNG keep.",
 "dh_afdoening_motie_jeugd_cultuur.pdf": "Den Haag college letter on a motion, 3 pages, Word for Microsoft 365, earlier revision, link annotation to lkca.nl. Contact person + e-mail (redact); raadslid keeps.",
 "dh_afdoening_motie_haagse_lokaliteit.pdf": "Den Haag college letter on a motion, 4 pages, Word for Microsoft 365, earlier revision. Contact person + e-mail (redact); raadslid, locoburgemeester keep.",
 "dh_afdoening_motie_energiearmoede_ghostscript.pdf": "Den Haag college letter on a motion, 3 pages, PScript5 + GPL Ghostscript 9.27. Contact person + e-mail (redact); Gemeentelijke Kredietbank, Noodfonds Energie keep.",
 "dh_motie_inspraak_nooit_schrappen.pdf": "Den Haag council motion (HSP), 1 page. Info/XMP author is a person's name with a personnel/account number 'Bram van der Poel (20109229)' (redact both); indiener raadslid keeps. Griffier's ValidSigned form field.",
 "dh_motie_parkeerplaatsen_binckhorst.pdf": "Den Haag council motion (SP), 1 page. Info/XMP author 'Wijngaarden, T.J.J. van' (redact); indiener and co-signer raadsleden keep.",
 "dh_motie_ruimte_meiden_spelen.pdf": "Den Haag council motion (D66), 1 page. Info author 'Caroline Verduin;Mohammed Ghay': the raadslid stays, the staffer is redacted; raadsleden keep.",
 "dh_amendement_fata_morgana_ontwikkelvisie.pdf": "Den Haag council amendment (SP), 2 pages. Info author a party staffer (redact); raadsleden, streets named after persons keep.",
 "dh_motie_legaal_spuiten.pdf": "Den Haag council motion (SP), 1 page. Info author a party staffer (redact); raadsleden, Meldpunt Graffiti keep.",
 "ams_woningdelen_mail_wethouder_06_12_sitemail.pdf": "Gemeente Amsterdam released e-mail thread of the wethouder (Wob woningdelen), 2 image-only pages. The Outlook print header names the civil servant whose mailbox printed it ('Haspels, Nika'; redact, OCR).",
 "ams_woningdelen_mail_vragen_29_11.pdf": "Gemeente Amsterdam released e-mail thread (Wob woningdelen), 4 image-only pages. The Directeur Wonen in the CC line (redact, OCR); other names whited out.",
 "dh_notulen_raad_20250123.pdf": "Den Haag council minutes of 23 January 2025, 111 pages, Word for Microsoft 365, with an earlier revision. Six insprekers (private persons; one states his own illness) and a private person they name (redact); Info/XMP author (redact). Council members, wethouders, burgemeester, griffier, a newly sworn fractievertegenwoordiger, streets named after people keep.",
 "dh_besluitenlijst_raad_20250508.pdf": "Den Haag council decision list 8 May 2025, 5 pages, with an earlier revision. Info /Author a griffie employee (redact); council members keep.",
 "dh_tussenbericht_motie_meiden_dader.pdf": "Den Haag interim college letter on a motion, 1 page, Acrobat PDFMaker 25 / Adobe PDF Library 25. Contact person + e-mail (redact), Info /Author (redact); raadsleden, locosecretaris, locoburgemeester keep.",
 "dh_preadvies_initiatiefvoorstel_jongeren.pdf": "Den Haag college pre-advice on a council initiative proposal, 5 pages, Acrobat PDFMaker 20 / Adobe PDF Library 20.13. Contact person + e-mail (redact); initiators, secretaris, burgemeester keep. Footnote cites research authors (not probed).",
 "dh_initiatiefvoorstel_jongeren_pdftools.pdf": "Den Haag council initiative proposal (Hart voor Den Haag), 14 pages, Pdftools SDK (ligatures lost in the text layer: 'Ini%a%efvoorstel'). Initiators are a raadslid and a fractievertegenwoordiger (keep). No personal data to redact.",
 "dh_oplegger_inthr_lijn6a_itext.pdf": "Den Haag IRIS cover sheet ('oplegger') of a council proposal (tram line 6A), 4 pages, iText 5.4.1. No personal data; streets named after people keep.",
 "dh_raadsvoorstel_kwaliteitsplan_zuidwest_ghostscript.pdf": "Den Haag college proposal Kwaliteitsplan Zuidwest, 6 pages, PScript5 + GPL Ghostscript 9.27 (Info /Author 'bsmverp', an account id, not probed). No personal data; the historic architect Dudok keeps.",
 "dh_afdoening_motie_seniorenwoningen_mariahoeve.pdf": "Den Haag college letter on a motion, 2 pages, PScript5 + GPL Ghostscript 9.27 (Author 'bsmverp', not probed). Contact person + e-mail (redact).",
 "dh_afdoening_motie_ov_kijkduin.pdf": "Den Haag college letter on a motion, 2 pages, Ghostscript. Contact person + e-mail (redact); raadslid, locoburgemeester keep.",
 "dh_afdoening_motie_schenkviaduct.pdf": "Den Haag college letter on a motion, 2 pages, Ghostscript. Contact person + e-mail (redact); raadslid, Prins Bernardviaduct keep.",
 "dh_afdoening_motie_schroeder_functies.pdf": "Den Haag college letter on a motion, 3 pages, Ghostscript. Contact person + e-mail (redact); Schroeder van der Kolk (organisation) keeps.",
 "dh_afdoening_motie_schevenings_wapen.pdf": "Den Haag college letter on a motion, 4 pages, Word for Microsoft 365. Contact person + e-mail (redact); raadslid, Gevers Deynootweg keep.",
 "dh_raadsvoorstel_badhuisweg_geamendeerd.pdf": "Den Haag amended council proposal (PUK Badhuisweg 4), 5 pages, Word for Microsoft 365; Info /Author a civil servant (redact). Griffier's ValidSigned form field (not in PDFium text; not probed).",
 "dh_raadsvoorstel_parkeerstrategie_geamendeerd.pdf": "Den Haag amended council proposal (Parkeerstrategie), 10 pages; Info /Author a civil servant (redact).",
 "dh_raadsvoorstel_nadeelcompensatie.pdf": "Den Haag council proposal (Verordening nadeelcompensatie 2025), 6 pages; Info /Author a civil servant (redact).",
 "dh_raadsvoorstel_kadernota_subsidiebeleid.pdf": "Den Haag amended council proposal (Kadernota subsidiebeleid 2025), 3 pages; Info /Author a civil servant (redact).",
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
