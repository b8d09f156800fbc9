"""Write manifest.csv for eval/real27 (needs poppler's pdfinfo/pdffonts and the gold files)."""
import csv, hashlib, json, subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
LIC = {
    "benjosb/beleidsbibliotheek": "no licence file; published B&W decision lists of the municipality of Wassenaar (iBabs/wassenaar.nl) and a BZK/CBS publication collected by the repository's scraper; public government information (Gemeentewet art. 60a, Woo), used locally for testing, not redistributed",
}
_BL = "Wassenaar B&W decision list (besluitenlijst openbare collegevergadering, iBabs export). Mayor, aldermen, gemeentesecretaris (also signing), councillors named with their questions, organisations: keep. "
NOTES = {
 "bzk_iv3_informatievoorschrift_2026_quartz.pdf": "BZK/CBS Iv3 information prescription 2026 (86 pages; Word -> PDFMaker, re-saved by macOS Quartz, PDF/A-2b XMP; Info Author / XMP creator 'BZK', an organisation). No personal data: control document; functional mailbox postbusIv3@minbzk.nl and organisations are keep probes.",
 "wa_besluitenlijst_bw_20220510_word365.pdf": _BL + "Redact: bestuursondersteuners Y. van Boheemen / M. Bril (verslaglegging) and the municipality's advocate mw. mr. C. Norde (private professional). Not probed: A. Oostermeijer (then a coordinator, later gemeentesecretaris), 'Van Deursen' (questioner, role unclear).",
 "wa_besluitenlijst_bw_20220830_word365.pdf": _BL + "Redact: minute-taker Y. van Boheemen. Gemeentesecretaris N. Kramer, wethouders Boon, Van Sloten, Klaver-Bouman: keep.",
 "wa_besluitenlijst_bw_20221220_word365.pdf": _BL + "Redact: minute-taker Y. van Boheemen. 'mevrouw Karin Handstede' designated as gemeentesecretaris: keep.",
 "wa_besluitenlijst_bw_20230124_word365.pdf": _BL + "Redact: minute-taker Y. van Boheemen. Not probed: Centraal Stembureau members (D.E. Bouwens, J.W. van der Klaauw, A.P.A Oostermeijer) and the deceased B. Ooms.",
 "wa_besluitenlijst_bw_20230221_word365.pdf": _BL + "Redact: minute-taker Y. van Boheemen. Not probed: appointees to the welstand commission, the SOPOW supervisory board, the Adviesraad Sociaal Domein and the stembureau (see README).",
 "wa_besluitenlijst_bw_20230328_aspose.pdf": _BL + "Produced by Aspose.Words for .NET 21.8. Redact: minute-taker Y. van Boheemen. Not probed: heritage-committee appointees, 'de heer Zopfi, directeur Wassenaarsche Bouwstichting' (legpenning).",
 "wa_besluitenlijst_bw_20230516_word365.pdf": _BL + "Redact: minute-takers Y. van Boheemen and Chiara Desantis. Not probed: M. Boumans (candidate VNG vice-chair).",
 "wa_besluitenlijst_bw_20230530_word365.pdf": _BL + "Redact: minute-taker Chiara Desantis, in the text and as Info Author / XMP dc:creator.",
 "wa_besluitenlijst_bw_20230606_word365.pdf": _BL + "Redact: minute-taker Chiara Desantis.",
 "wa_besluitenlijst_bw_20231108_word365.pdf": _BL + "One page. Redact: civil servants attending M. van Miert and M. Zandbergen, minute-taker Y. van Boheemen.",
 "wa_besluitenlijst_bw_20231205_word365.pdf": _BL + "Redact: minute-takers Y. van Boheemen and C. Desantis.",
 "wa_besluitenlijst_bw_20240606_aspose.pdf": _BL + "Aspose.Words for .NET 23.12 (title says 4 juni 2024). Redact: minute-takers Y. van Boheemen and J. Kol.",
 "wa_besluitenlijst_bw_20240611_aspose.pdf": _BL + "Aspose.Words for .NET 23.12; page 1 counts as an image page for the evaluator (OCR runs). Redact: minute-taker J. Kol.",
 "wa_besluitenlijst_bw_20240618_word365.pdf": _BL + "Redact: minute-taker J. Kol.",
 "wa_besluitenlijst_bw_20240709_word365.pdf": _BL + "7 pages. Redact: minute-taker Y. van Boheemen and the external adviser Mr P. Kalbfleisch. Not probed: 'de heer Boon' (initiator of a citizens' initiative; an ex-wethouder has the same surname).",
 "wa_besluitenlijst_bw_20241112_word365.pdf": _BL + "Redact: minute-taker Y. van Boheemen. Not probed: drs. J. Iedema (chair of a regional aldermen's meeting).",
 "wa_besluitenlijst_bw_20250121_word365.pdf": _BL + "Redact: minute-taker Y. van Boheemen and 'de heer D.J. van Schravendijk', a private person named in the decision on a Woo objection (Kasteel Oud-Wassenaar).",
 "wa_besluitenlijst_bw_20250128_word365.pdf": _BL + "Redact: minute-takers Y. van Boheemen / A. van der Vlies.",
 "wa_besluitenlijst_bw_20250204_word365.pdf": _BL + "Redact: minute-taker A. van der Vlies.",
 "wa_besluitenlijst_bw_20250701_word365.pdf": _BL + "Redact: minute-taker A. van der Vlies and Y. van Boheemen (listed as absent). Loco-gemeentesecretaris A.P.A. Oostermeijer (signs): keep.",
 "wa_besluitenlijst_bw_20250715_word365.pdf": _BL + "Loco-burgemeester chairs. Redact: minute-taker Y. van Boheemen. Not probed: 3e loco-gemeentesecretaris D. Bouwens.",
 "wa_besluitenlijst_bw_20250819_word365.pdf": _BL + "6 pages. Redact: minute-taker Y. van Boheemen. Not probed: stembureau members appointed by name.",
 "wa_besluitenlijst_bw_20250923_word365.pdf": _BL + "Redact: minute-taker Y. van Boheemen and four (former) members of the Cliëntenraad Wet werk en bijstand named in a resignation/thanks decision (Van der Kleij, Rashid, Olijslagers, Van der Sluis).",
 "wa_besluitenlijst_bw_20251202_word365.pdf": _BL + "Redact: minute-taker Y. van Boheemen. Gemeentesecretaris A. Oostermeijer: keep; loco-gemeentesecretaris N. Valkenburg-Gunning: not probed.",
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
