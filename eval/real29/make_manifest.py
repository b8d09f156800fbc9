"""Write manifest.csv for eval/real29 (needs poppler's pdfinfo/pdffonts/pdfimages and the gold files)."""
import csv, hashlib, json, subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
LIC = {
    "julianvenhuizen/wob-letter-extraction": "no licence file; published Wob decisions of Dutch government bodies (Gemeente Amsterdam, ministries, RVO, NVWA) collected for a UvA thesis; public government information, used locally for testing, not redistributed",
    "MartineJohanna/raadsvergaderingen": "no licence file; a citizen's archive of Den Haag council documents published by the municipality in its RIS; public government information, used locally for testing, not redistributed",
}
NOTES = {
 "ams_wob_distelweg_parkeergarage_2021.pdf": "Gemeente Amsterdam Wob decision (Grond en Ontwikkeling), 2 pages, already anonymised for publication (requester's name removed). Signed by a directeur namens B&W (redact). Company, street and department names keep.",
 "ams_wob_enquete_osdorpplein_2020.pdf": "Gemeente Amsterdam Wob decision on survey data Osdorpplein/Meervaart, 2 pages, anonymised. Same directeur signs on page 2 (redact).",
 "ams_wob_terras_bosco_deelbesluit2_distiller.pdf": "Gemeente Amsterdam (stadsdeel West) partial Wob decision on a café terrace incl. inventory list, 10 pages, Acrobat Distiller. Already anonymised with '10.2.e' placeholders in the text layer (Info /Author 'Poll005' is an account id, not probed); page 4 is a scanned page without text layer whose signature block names the stadsdeeldirecteur (redact, OCR only). Keep probes: businesses, streets named after persons, job titles.",
 "ams_wob_fietsverbinding_vliegenbos_herzien.pdf": "Gemeente Amsterdam (stadsdeel Noord) revised Wob decision, 15 pages, last 5 pages are scanned inventory pages (image). Stadsdeeldirecteur signs (redact); the stadsdeel portefeuillehouder named in the request stays (office holder).",
 "ams_wob_ijplein_adm_terrein_2020.pdf": "Gemeente Amsterdam (stadsdeel Noord) Wob decision pointing to the Stadsarchief, 10 pages with archive inventory links. Secretaris Bestuurscommissie Noord signs b/a (redact). Page 10 is a scanned page. Archive descriptions name a historic architect and alderman ('R.L. Koolhaas', 'Ir. D.B. de Weerd'): not probed.",
 "ams_wob_woonboot_amstelkwartier_omnipage.pdf": "Gemeente Amsterdam Wob decision, 6 scanned pages with an invisible OmniPage OCR text layer. Requester and handler blacked out on paper; signer's name hidden under a handwritten signature (not probed). Keep probes only, counted in the OCR text layer (streets, a street named after a person).",
 "ams_wob_niet_gereden_ritten_epsonscan.pdf": "Gemeente Amsterdam Wob decision on payment for cancelled transport rides, 8 pages, Epson Scan 2, image only (no text layer). Handwritten signature and printed name of the Manager Zorg on page 3 (redact, OCR). The requester's name and the handler's name and e-mail on page 1 were blacked out with a marker but remain partly legible to the eye; they are probed only if OCR reads them (see README).",
 "ienw_wob_toolkit_houtrook_2021.pdf": "Ministerie van IenW Wob decision, 4 pages (page 1 image only). Signed by the Directeur-Generaal Milieu (keep: DG).",
 "ienw_wob_2021_25_brief_ovv.pdf": "Ministerie van IenW Wob decision 2021-25, 6 pages. Signed by the Directeur-Generaal Luchtvaart en Maritieme Zaken (keep: DG). No other personal data.",
 "rvo_wob_2021_039_mest.pdf": "RVO (for LNV) Wob decision 2021-039, 6 pages. Signed by a teammanager (redact); functional mailbox and general phone number keep.",
 "nvwa_wob_20_0941_veehouderij_pdfmaker.pdf": "NVWA (for LNV) Wob decision 20-0941 with inventory, 7 pages, Acrobat PDFMaker 20 for Word; outline with two bookmarks. Divisiehoofd and teamleider sign (redact).",
 "vws_wob_medicatie_op_afstand_scanocr.pdf": "Ministerie van VWS Wob decision, 8 scanned pages with an OCR text layer ('Scanning', OmniPage), page-number outline. Signed by the plv. secretaris-generaal (name garbled by OCR; not probed). Keep probes on pharmacies and the inspectorate.",
 "lnv_wob_pulsvisserij_deelbesluit4.pdf": "Ministerie van LNV partial Wob decision 4 on pulse-fishing licences, 9 pages. Signed by the Plaatsvervangend Secretaris-Generaal (keep).",
 "fin_bob_abdup_overleg_acrobat.pdf": "Ministerie van Financiën decision on objection (Wob, ABDUP-overleg) with the disclosed e-mails and minutes, 33 pages, Adobe Acrobat Pro DC (scanned, OCR). Already redacted ('10 2 e'); only personal data left is Info /Author and XMP dc:creator 'Lammers, A (Andrea) (DJZ/WOB)' (redact). Company names keep.",
 "bz_wob_medische_middelen_covid.pdf": "Ministerie van Buitenlandse Zaken Wob decision on the purchase of medical supplies, 11 pages. Coordinator of the Wob-cluster signs (redact).",
 "dh_besluitenlijst_raad_20250403.pdf": "Den Haag council decision list 3 April 2025, 7 pages, Word for Microsoft 365. Attendance list of 45 council members (keep). Info /Author names a griffie employee (redact).",
 "dh_odh_hogere_grenswaarden_escher_gardens.pdf": "Omgevingsdienst Haaglanden decision on higher noise limits (Escher Gardens), 5 pages. Signed by the head of department namens B&W (redact); Info /Author + XMP dc:creator 'Miranda Mol' (redact). Highlight annotation with /T 'SOJHEN1' (account id, not probed).",
 "dh_raadsvoorstel_bezwaar_businesscase_haga.pdf": "Den Haag presidium proposal on an objection, 2 pages. Names the objector, a private person (redact), and Info /Author (redact). Griffier's ValidSigned line keeps.",
 "dh_raadsvoorstel_bezwaar_stationsweg.pdf": "Den Haag college proposal on an objection (Stationsweg 6/10b), 4 pages, address already replaced by [adres]. No personal data; owner, tenant and court names keep.",
 "dh_afdoening_motie_rattenvanger.pdf": "Den Haag college letter on a council motion, 2 pages. Contact person with personal e-mail in the side column (redact), Info /Author (redact); raadslid, gemeentesecretaris and burgemeester keep.",
 "dh_afdoening_motie_taaltoets_ghostscript.pdf": "Den Haag college letter on a council motion, 4 pages, printed through PScript5 and GPL Ghostscript 9.27 (Info /Author 'bsmverp', an account id, not probed). Contact person (redact); functional mailbox, raadslid, secretaris, locoburgemeester keep. Footnotes cite published research by author names (not probed).",
 "dh_afdoening_motie_taalachterstanden.pdf": "Den Haag college letter on a council motion, 7 pages with budget tables. Contact person and personal e-mail (redact), Info /Author (redact).",
 "dh_afdoening_motie_kade_veilig_ghostscript.pdf": "Den Haag college letter on a council motion, 2 pages, PScript5 + GPL Ghostscript 9.27 (Info /Author 'bsmverp', not probed). Contact person whose e-mail local part (laura.tenhove) differs from the full name (redact both); raadslid, foundations, secretaris, burgemeester keep.",
 "dh_afdoening_motie_hobbemaplein.pdf": "Den Haag college letter on a council motion, 3 pages, Word for Microsoft 365, with an earlier revision (incremental save). Contact person (redact); raadslid, places (Hobbemaplein, named after a painter), HTM keep.",
 "dh_afdoening_motie_welzijn_ghostscript.pdf": "Den Haag college letter on a council motion, 4 pages, PScript5 + GPL Ghostscript 9.27 (Info /Author 'bsmverp', not probed). Contact person and personal e-mail (redact); raadslid, Rekenkamer, secretaris, burgemeester keep.",
 "dh_afdoening_motie_drugsverbod_haga_ghostscript.pdf": "Den Haag college letter on a council motion, 2 pages, PScript5 + GPL Ghostscript 9.27 (Info /Author 'bsmverp', not probed). Contact person (redact) with a functional mailbox (keep); raadslid, Brijder, Leger des Heils keep.",
 "dh_motie_standbeeld_paul_van_vliet.pdf": "Den Haag council motion, 1 page. Info /Author is a party staffer (redact). A link annotation's URI is an Outlook safelinks URL that carries a civil servant's e-mail address (redact, annotations channel). Council members and the public figure Paul van Vliet keep.",
 "dh_motie_wantrouwen_wethouder_ojs.pdf": "Den Haag council motion of no confidence, 1 page. Info /Author is a party staffer (redact); council member, party, Jeugdombudsman keep.",
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
