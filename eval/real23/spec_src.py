"""Gold specification of eval/real23 (hand-written after reading every document and its hidden
channels). make_gold.py turns it into gold/*.json: redact probes get after=0, keep probes get
after = their count in the original's PDFium text (the evaluator's own count_in).

A probe is a string (word-anchored) or a dict {"text", "word", "ocr"}; "ocr": True marks a probe
whose text exists only in the OCR of an image page without text layer.
"""


def _p(x):
    return {"text": x, "word": True} if isinstance(x, str) else {"word": True, **x}


def R(kind, value, *probes):
    return (kind, value, [_p(p) for p in probes])


def K(kind, value, *probes):
    return (kind, value, [_p(p) for p in (probes or (value,))])


def O(text):
    """OCR-only probe (image page without a text layer)."""
    return {"text": text, "word": True, "ocr": True}


DOCS = []


def doc(file, body, notes, redact=(), keep=()):
    DOCS.append({"file": file, "body": body, "notes": notes,
                 "redact": list(redact), "keep": list(keep)})


# ------------------------------------------------------------------ RVO (LNV / BZK)
doc("rvo_wob_dieraantallen_2021.pdf", "RVO (for LNV), Vergunningen en Handhaving, Assen",
    "Wob decision on goat counts per stable (Jan 2021), no producer in Info. Signed 'namens deze' by "
    "the RVO teammanager Vergunningen & Handhaving N.C. Kuipers: redact (below DG). Functional "
    "contact 'Wob medewerker', KPEU_Wob@rvo.nl and the general 088 number: keep.",
    redact=[R("PERSON", "N.C. Kuipers", "Kuipers")],
    keep=[K("ORG", "Rijksdienst voor Ondernemend Nederland"),
          K("EMAIL_FUNCTIONAL", "KPEU_Wob@rvo.nl"),
          K("PHONE_GENERAL", "088 042 42 42"),
          K("CASE_NO", "Wob/2020/172"),
          K("TITLE", "Teammanager Afdeling Vergunningen & Handhaving"),
          K("LAW", "Wet openbaarheid van bestuur"),
          K("CASE_NO", "ECLI:NL:RVS:2019:795"),
          K("ORG", "Raad van State"),
          K("PLACE", "Assen"),
          K("MISC", "I&R-systeem", {"text": "I&R-systeem", "word": False}),
          K("TITLE", "De Minister van Landbouw, Natuur en Voedselkwaliteit")])

doc("rvo_wob_step_rvv_2020_word365.pdf", "RVO (for BZK), Roermond",
    "Wob refusal (no documents) on STEP / RVV Verduurzaming applications (Nov 2020), Word for Office "
    "365, Info Author 'RVO' (an organisation, not a person). No signatory name. Control document: no "
    "redact item.",
    keep=[K("ORG", "Rijksdienst voor Ondernemend Nederland"),
          K("ADDRESS", "Slachthuisstraat 71"),
          K("CASE_NO", "WOB/2020/176"),
          K("MISC", "Stimuleringsregeling energieprestatie huursector"),
          K("MISC", "STEP"),
          K("MISC", "RVV Verduurzaming"),
          K("TITLE", "Minister van Binnenlandse Zaken en Koninkrijksrelaties"),
          K("PHONE_GENERAL", "088 042 42 42"),
          K("PLACE", "Roermond")])

# ------------------------------------------------------------------ IenW
doc("ienw_wob_ovchipkaart_connekt_2021.pdf", "IenW, DG Mobiliteit, afdeling OV en S",
    "Wob refusal on OV-chipkaart / Connekt (Jan 2021). Signed by the directeur-generaal Mobiliteit "
    "(Drs. C. van der Burg): neither redact nor keep (SG/DG rule). Control document: no redact item.",
    keep=[K("EMAIL_FUNCTIONAL", "Wob-loket@minienw.nl"),
          K("ORG", "Connekt ITS Nederland"),
          K("MISC", "Kostenmonitor"),
          K("ORG", "Tweede Kamer"),
          K("TITLE", "DIRECTEUR-GENERAAL MOBILITEIT"),
          K("TITLE", "Staatssecretaris van Infrastructuur en Milieu"),
          K("ORG", "Hoofddirectie Bestuurlijke en Juridische Zaken"),
          K("LAW", "Algemene wet bestuursrecht")])

doc("ienw_inventaris_laka_covra_2021_distiller.pdf", "IenW / Financiën (COVRA shareholder), inventory",
    "Inventory list of a Wob request by Stichting Laka on COVRA (Sept 2021), PScript5 + Acrobat "
    "Distiller 21. The only personal data is the Info/XMP Author 'KEGEL' (a civil servant's account "
    "name): redact. Info Title names the requester organisation 'Stichting LAKA' (keep, but it is in "
    "metadata only, so not a keep probe).",
    redact=[R("PERSON", "KEGEL (metadata author)", "KEGEL")],
    keep=[K("ORG", "COVRA"), K("ORG", "ANVS"), K("ORG", "IenW"),
          K("TITLE", "Landsadvocaat"),
          K("ORG", "Pels Rijcke (law firm, truncated in the list)", "Pels Rijcke"),
          K("CASE_NO", "1006678"),
          K("MISC", "uitspraak_201307084_1_a3.pdf", {"text": "uitspraak_201307084_1_a3.pdf", "word": False}),
          K("MISC", "Eindberging radioactief afval")])

doc("fin_inventaris_cryptodienstverlening_2021_excel.pdf", "Financiën, DJZ, inventory",
    "One-page inventory (Excel 2016) of a Wob request on supervision costs for crypto service "
    "providers (Sept 2021). Info/XMP Author 'Verbeek, M (Martijn) (DJZ/PUBLIEK)': redact. Text "
    "names organisations only (DNB, NOS, SP, VVD).",
    redact=[R("PERSON", "Verbeek, M (Martijn) (DJZ/PUBLIEK) (metadata author)", "Verbeek", "Martijn")],
    keep=[K("ORG", "DNB"), K("ORG", "NOS"), K("ORG", "SP"), K("ORG", "VVD"),
          K("MISC", "Encrypted using DNB TLS"),
          K("CASE_NO", "985470"),
          K("MISC", "crypto-instellingen")])

doc("ienw_inventaris_coronadebat_2021_pdfmaker_excel.pdf", "IenW, HBJZ, inventory",
    "One-page inventory (PDFMaker 21 for Excel) on the coronavirus flight ban and 'noodzakelijkheids"
    "verklaring' (Oct 2021). Info/XMP Author 'Koese-Köse, S. (Senem) - HBJZ': redact. The Kamerleden "
    "Jetten and Dijkhoff (spelt 'jetten en djikhoff', lower case) are public office holders: keep.",
    redact=[R("PERSON", "Koese-Köse, S. (Senem) (metadata author)", "Koese-Köse", "Senem")],
    keep=[K("PERSON_PUBLIC", "Jetten (Kamerlid)", "jetten"),
          K("PERSON_PUBLIC", "Dijkhoff (Kamerlid, misspelt)", "djikhoff"),
          K("ORG", "NCTV"), K("ORG", "IENW"),
          K("MISC", "Eurostar (product)", "Eurostar"),
          K("TITLE", "landsadvocaat"),
          K("CASE_NO", "Kamerstuk 25295, nr. 810"),
          K("CASE_NO", "Staatscourant 2020, 66909")])

# ------------------------------------------------------------------ NVWA
doc("nvwa_wob_dierenwelzijn_klachten_2021_acrobatdc.pdf", "NVWA (for LNV), divisie Juridische zaken",
    "Wob decision with inventory and the released complaint forms about a dog breeder (April 2021), "
    "Acrobat Pro DC. Signed by the divisiehoofd Juridische zaken mr. J.F.L. Roording 'i.o.' the "
    "teamleider mr. A.A. ten Cate: both redact. Info/XMP Author 'Moll, L. (Lesly)': redact. The visible "
    "e-mail addresses of the complainants were blanked, but their mailto: LINK ANNOTATIONS were left: "
    "'wolfvrouw2@hotmail.com' and 'w.hoogduyn@kpnmail.nl' (private persons, annotations only): "
    "redact. Functional mailboxes of NVWA and police (Meldpunt 144) and the police address in "
    "Driebergen: keep; 'Golden Retriever' is a dog breed, not a name.",
    redact=[R("PERSON", "mr. J.F.L. Roording", "Roording"),
            R("PERSON", "mr. A.A. ten Cate", "ten Cate"),
            R("PERSON", "Moll, L. (Lesly) (metadata author)", "Moll", "Lesly"),
            R("EMAIL", "wolfvrouw2@hotmail.com (link annotation)", "wolfvrouw2@hotmail.com"),
            R("EMAIL", "w.hoogduyn@kpnmail.nl (link annotation)", "w.hoogduyn@kpnmail.nl", "hoogduyn")],
    keep=[K("ORG", "Nederlandse Voedsel- en Warenautoriteit"),
          K("ORG", "NVWA"),
          K("EMAIL_FUNCTIONAL", "nvwabezwaarenberoep@nvwa.nl"),
          K("EMAIL_FUNCTIONAL", "mailboxmeldpunt144@klpd.politie.nl"),
          K("ORG", "Landelijke Eenheid"),
          K("ADDRESS", "Hoofdstraat 54"),
          K("PLACE", "Driebergen"),
          K("MISC", "Golden Retriever (dog breed)", "Golden Retriever"),
          K("MISC", "Giardia"),
          K("TITLE", "Divisiehoofd Juridische zaken"),
          K("CASE_NO", "TRCVWA/2020/776"),
          K("MISC", "Meldpunt 144"),
          K("MISC", "Politie Kennisnet")])

# ------------------------------------------------------------------ Gemeente Amsterdam
doc("ams_wob_vrijekade_buiksloterham_2021.pdf", "Gemeente Amsterdam (Grond en Ontwikkeling)",
    "Wob decision on ground-lease offers for De Vrije Kade, Buiksloterham (Jan 2021), no Info. Signed "
    "for B&W by the Directeur C.T.M. Schippers: redact (a municipal director, no public office). "
    "General number 'Telefoon 14 020': keep.",
    redact=[R("PERSON", "C.T.M. Schippers", "Schippers")],
    keep=[K("ORG", "Gemeente Amsterdam"),
          K("ADDRESS", "Weesperplein 8"),
          K("PHONE_GENERAL", "Telefoon 14 020"),
          K("CASE_NO", "2020-13953"),
          K("MISC", "De Vrije Kade"),
          K("PLACE", "Buiksloterham"),
          K("TITLE", "Burgemeester en Wethouders van Amsterdam"),
          K("LAW", "Wet openbaarheid van bestuur")])

doc("ams_wob_gbuurt_buurtbudget_2021_word2016.pdf", "Gemeente Amsterdam, stadsdeel Zuidoost",
    "Wob decision on the embezzled neighbourhood budget of stichting 'Democratisering G-Buurt' (Oct 2020, "
    "Word 2016). Signed by the stedelijk directeur Gebiedsgericht Werken en Stadsbeheer Sjoukje Alta: "
    "redact. Info/XMP Author 'Hekman,Gerine': redact. Wethouder Rutger Groot Wassink: keep (public "
    "office). The office address 'Anton de Komplein 150' is a street named after a person: keep. "
    "The initials after the file number (ZO20-09163/I.T.) are left alone (neither).",
    redact=[R("PERSON", "Sjoukje Alta", "Sjoukje Alta", "Alta"),
            R("PERSON", "Hekman,Gerine (metadata author)", "Hekman", "Gerine")],
    keep=[K("PERSON_PUBLIC", "wethouder Rutger Groot Wassink", "Rutger Groot Wassink", "Groot Wassink"),
          K("ADDRESS", "Anton de Komplein 150"),
          K("ORG", "Democratisering G-Buurt"),
          K("ORG", "Stichting !WOON", {"text": "Stichting !WOON", "word": False}),
          K("CASE_NO", "ZO20-09163"),
          K("TITLE", "Stedelijk directeur Gebiedsgericht Werken en Stadsbeheer"),
          K("MISC", "Buurtplan G-buurt Amsterdam Zuidoost"),
          K("ORG", "Gemeente Amsterdam"),
          K("PLACE", "Zuidoost")])

doc("ams_wob_exploitatievergunning_nyp_2021_outlook.pdf", "Gemeente Amsterdam, stadsdeel Centrum",
    "E-mail thread (PDFMaker 20 for Outlook) releasing New York Pizza operating licences to a law firm "
    "(Jan 2019). All names were blanked in the text, but the lawyer's e-mail signature kept a link "
    "annotation to his LinkedIn page 'http://www.linkedin.com/pub/raoul-meester/...': the slug "
    "'raoul-meester' is a private person's name: redact (annotations only). The firm 'Meester "
    "Advocaten B.V.' (a trade name that contains the surname), its address and switchboard: keep.",
    redact=[R("PERSON", "Raoul Meester (LinkedIn URL in a link annotation)", "raoul-meester")],
    keep=[K("ORG", "Meester Advocaten B.V.", "Meester Advocaten B.V", "Meester Advocaten"),
          K("ORG", "New York Pizza"),
          K("ADDRESS", "Lange Niezel 4"),
          K("ADDRESS", "Foeliestraat 18"),
          K("ADDRESS", "Amstel 1"),
          K("ADDRESS", "Leidsestraat 104"),
          K("ADDRESS", "Damrak 51"),
          K("TITLE", "Senior-medewerker Maatwerkvergunningen"),
          K("CASE_NO", "34342839"),
          K("ORG", "Gemeente Amsterdam")])

doc("ams_wob_gehandicaptenparkeren_2018_papercapture.pdf", "Gemeente Amsterdam, stadsdeel Zuid",
    "Wob decision on disabled parking permits (Sept 2018), a scan OCR'd by Acrobat Pro DC 15 Paper "
    "Capture (both pages are images with an OCR text layer; Info Author 'Gemeente Amsterdam'). No "
    "name: the 'Behandeld door' field and the signature of the Directeur Dienstverlening are empty. "
    "Control document: no redact item.",
    keep=[K("ADDRESS", "Weesperstraat 113"),
          K("MISC", "Parkeren in Zuid"),
          K("CASE_NO", "2018/14"),
          K("TITLE", "Directeur Dienstverlening"),
          K("LAW", "Algemene wet bestuursrecht"),
          K("ORG", "Rechtbank Amsterdam")])

doc("ams_deelbesluit_postzegelpark_2020_mixedscan.pdf", "Gemeente Amsterdam, stadsdeel West",
    "Partial Wob decision 3 on the Postzegelpark / Jeltje de Bosch Kemperpad (Jan 2021), no Info. Pages 1 "
    "and 5 are images WITHOUT text layer: page 5 (signature) shows the stadsdeeldirecteur E.M. Overzier: "
    "redact (OCR only). Page 1 names the stadsdeel board members (voorzitter Fenna Ulichki, lid Jeroen "
    "van Berkel) in their public role: not probed (keep probes are measured in the PDFium text, which "
    "has no page 1). Text pages carry '10.2.e' labels where the publisher blanked names.",
    redact=[R("PERSON", "E.M. Overzier (stadsdeeldirecteur, signature page image)", O("Overzier"))],
    keep=[K("CASE_NO", "Z/20/43414", {"text": "Z/20/43414", "word": False}),
          K("TITLE", "gebiedsmakelaar"),
          K("LAW", "Wet Politiegegevens"),
          K("ORG", "Rechtbank Amsterdam"),
          K("ORG", "Gemeente Amsterdam")])

# ------------------------------------------------------------------ AZ
doc("az_wob_sgo_artikel68_2021_mixedscan.pdf", "AZ, Kabinet Minister-President",
    "Wob decision on the secretaries-general meeting (SGO) and art. 68 Grondwet (March 2021): pages 1-2 "
    "are a scan WITHOUT text layer (signed by the plv. secretaris-generaal, neither), pages 3-6 a typed "
    "table of minutes (SG BZK, SG EZK by title only). Fifteen link annotations to rijksoverheid.nl. "
    "Control document: no redact item. 'Shell' (company) and 'WhatsApp' (product): keep.",
    keep=[K("ORG", "Shell"),
          K("MISC", "WhatsApp"),
          K("LAW", "artikel 68 Grondwet"),
          K("TITLE", "Landsadvocaat"),
          K("ORG", "Raad van State"),
          K("ORG", "SGBZK (SG of BZK, by title)", "SGBZK"),
          K("ORG", "Tweede Kamer"),
          K("CASE_NO", "4187116")])

# ------------------------------------------------------------------ EZK
doc("ezk_wob_hoogspanning_zuidwest_2021_mixedscan.pdf", "EZK, DG Klimaat en Energie, directie Warmte en Ondergrond",
    "Wob decision on the Zuid-West 380 kV Oost high-voltage route near Roosendaal/Halderberge (April "
    "2021), no Info; page 3 (signature page) is an image WITHOUT text layer: the signatory 'Esther Pijs, "
    "Directeur Warmte en Ondergrond' is visible by OCR only: redact (director, below DG). The "
    "requester's lawyer reference '20170744/MW/EW' is a file number (neither).",
    redact=[R("PERSON", "Esther Pijs (directeur, signature page image)", O("Esther Pijs"), O("Pijs"))],
    keep=[K("ORG", "Directie Warmte en Ondergrond"),
          K("ADDRESS", "Bezuidenhoutseweg 73"),
          K("CASE_NO", "DGKE-WO / 21078921"),
          K("MISC", "Zuid-West 380 kV Oost"),
          K("PLACE", "Roosendaal"),
          K("PLACE", "Halderberge"),
          K("PLACE", "Borchwerf"),
          K("ORG", "provincie Noord-Brabant"),
          K("PHONE_GENERAL", "070 379 8911"),
          K("MISC", "Samenwerkende Overheden")])

# ------------------------------------------------------------------ Financiën
doc("fin_wob_abnamro_offshore_2020_pdfmaker.pdf", "Financiën, Directie Juridische Zaken",
    "Wob decision on ABN Amro offshore entities (Oct 2020), PDFMaker 20 for Word; pages 6-7 "
    "(released documents) are images. Signed by 'mr. M.S. Bogtstra, De directeur Juridische Zaken': "
    "redact (director, below DG). Info/XMP Author 'Lammers, A (Andrea) (DJZ/PUBLIEK)': redact. Entity "
    "names (ABN AMRO Private Equity B.V., Nuova Fima, Swyx Solutions ...) and places: keep.",
    redact=[R("PERSON", "mr. M.S. Bogtstra", "Bogtstra"),
            R("PERSON", "Lammers, A (Andrea) (metadata author)", "Lammers", "Andrea")],
    keep=[K("ORG", "ABN Amro"),
          K("ORG", "ABN AMRO Private Equity B.V.", "ABN AMRO Private Equity B.V"),
          K("ORG", "NLFI"),
          K("PLACE", "Delaware"),
          K("PLACE", "Kaaimaneilanden"),
          K("ORG", "Nuova Fima"),
          K("ORG", "Swyx Solutions"),
          K("CASE_NO", "2020-0000163473"),
          K("TITLE", "De directeur Juridische Zaken"),
          K("ADDRESS", "Korte Voorhout 7")])

doc("ams_wob_besluit_dec2020_hpscan.pdf", "Gemeente Amsterdam, directie Grond en Ontwikkeling",
    "Wob decision on external advice about WOZ/BSO calculations (Dec 2020), a pure scan (HP Scan Extended "
    "Application, no text layer on any page). OCR shows the handwritten signature and the name of the "
    "Directeur Grond en Ontwikkeling C.T.M. Schippers (the same director as in "
    "ams_wob_vrijekade_buiksloterham_2021.pdf): redact (OCR only). No keep probes (keep is measured "
    "in PDFium text, which is empty).",
    redact=[R("PERSON", "C.T.M. Schippers (signature page, scan)", O("Schippers"))])

doc("ams_wob_aov_2020_epsonscan.pdf", "Gemeente Amsterdam, cluster Sociaal (Zorg)",
    "Wob decision on Connexxion AOV taxi rides (Nov 2020), a pure scan (Epson Scan 2, no text layer). "
    "Signed with a handwritten signature by the 'Manager Zorg' Annemarie Stokman (tesseract reads the "
    "first name as 'Armemarie'): redact the surname (OCR only). No keep probes.",
    redact=[R("PERSON", "Annemarie Stokman (Manager Zorg, signature)", O("Stokman"))])

# ------------------------------------------------------------------ VWS
doc("vws_wob_influencers_alleensamen_2020_scanocr.pdf", "VWS, Directie Wetgeving en Juridische Zaken",
    "Wob decision on influencers in the corona campaign #alleensamen (Sept 2020), a scan with an OmniPage "
    "OCR text layer (Producer 'Scanning', outline 'Page 1..6'; the text layer has OCR errors such as "
    "'directeur4etnevina'). Signed by the directeur Wetgeving en Juridische Zaken mr. M.M. den Boer: "
    "redact (director, below DG). Functional mailbox and company names: keep.",
    redact=[R("PERSON", "mr. M.M. den Boer", "den Boer")],
    keep=[K("EMAIL_FUNCTIONAL", "WJZ.bezwaarenberoep@minvws.nl"),
          K("ORG", "Spec Entertainment"),
          K("MISC", "#alleensamen", {"text": "alleensamen", "word": True}),
          K("ADDRESS", "Parnassusplein 5"),
          K("CASE_NO", "2020.117"),
          K("ORG", "Directie Wetgeving en Juridische Zaken", "Directie Wetgeving"),
          K("MISC", "Presentatie Bereik en Investering")])

doc("fin_wob_vermogensmix_box3_2021_acrobatdc.pdf", "Financiën, Directie Juridische Zaken",
    "Wob decision on the box-3 'vermogensmix' 2013-2017 (Feb 2021), Acrobat Pro DC; pages 5-8 (tables "
    "and graphs) are images. Signed (without signature, COVID note) by 'mr. drs. M.A.A. di Bucchianico, "
    "Hoofd Publiekrecht/De plv. Directeur Juridische Zaken': redact. Info/XMP Author 'Drenthe, K "
    "(Karin) (DJZ/SECR)': redact - a surname that is also the name of a province (the text never "
    "mentions the province).",
    redact=[R("PERSON", "mr. drs. M.A.A. di Bucchianico", "di Bucchianico", "Bucchianico"),
            R("PERSON", "Drenthe, K (Karin) (metadata author)", "Drenthe", "Karin")],
    keep=[K("CASE_NO", "2020-0000259648"),
          K("LAW", "Belastingplan 2016"),
          K("CASE_NO", "Kamerstuk 34302"),
          K("ORG", "Tweede Kamer"),
          K("TITLE", "Hoofd Publiekrecht/De plv. Directeur Juridische Zaken",
            {"text": "Hoofd Publiekrecht/De plv. Directeur Juridische Zaken", "word": True}),
          K("TITLE", "DE STAATSSECRETARIS VAN FINANCIËN"),
          K("ADDRESS", "Korte Voorhout 7"),
          K("MISC", "COVID-19", {"text": "COVID-19", "word": False})])

doc("nvwa_wob_ongevaldossier_2021_pdfmaker.pdf", "NVWA (for LNV), divisie Juridische zaken",
    "Wob decision on the full file of an accident report (March 2021), PDFMaker 20 for Word from the "
    "'Rijksbrief' template of the former Ministerie van EZ. Signed by the divisiehoofd Juridische zaken "
    "mr. J.F.L. Roording: redact. HIDDEN CHANNEL: the Info dictionary keeps ~60 custom template keys; "
    "besides Author 'Formoly, T. (Tahnina)' (redact) the key EMAILADRES holds a civil servant's "
    "address 'm.t.p.e.jeurissen@minlnv.nl' (redact). The keys TELEFOONNUMMER '088 223 33 33' (the "
    "NVWA switchboard) and FAXNUMMER are general numbers (neither).",
    redact=[R("PERSON", "mr. J.F.L. Roording", "Roording"),
            R("PERSON", "Formoly, T. (Tahnina) (metadata author)", "Formoly", "Tahnina"),
            R("EMAIL", "m.t.p.e.jeurissen@minlnv.nl (custom Info key EMAILADRES)",
              "m.t.p.e.jeurissen@minlnv.nl", "jeurissen")],
    keep=[K("ORG", "Nederlandse Voedsel- en Warenautoriteit"),
          K("EMAIL_FUNCTIONAL", "nvwabezwaarenberoep@nvwa.nl"),
          K("ADDRESS", "Catharijnesingel 59"),
          K("CASE_NO", "TRCNVWA/2020/6346"),
          K("CASE_NO", "878068.00"),
          K("LAW", "Algemene verordening gegevensbescherming"),
          K("TITLE", "Divisiehoofd Juridische zaken"),
          K("TITLE", "De Minister van Landbouw, Natuur en Voedselkwaliteit")])

doc("ams_wob_plantage_doklaan_2020.pdf", "Gemeente Amsterdam, stadsdeel Centrum (VTH)",
    "Wob decision on enforcement requests for Plantage Doklaan 28 next to the Verzetsmuseum (Oct 2020), "
    "no Info. The publisher blanked the Wob-coördinator's name but left 'dhr Voorhuis' (a civil "
    "servant who sent a document) in the procedure section, and the signatory 'Berend Kemper, "
    "Afdelingshoofd Vergunningen Toezicht en Handhaving': both redact. Functional mailbox "
    "bezwaarenberoep@amsterdam.nl, addresses and the Verzetsmuseum: keep.",
    redact=[R("PERSON", "dhr Voorhuis", "Voorhuis"),
            R("PERSON", "Berend Kemper", "Berend Kemper", "Kemper")],
    keep=[K("ADDRESS", "Plantage Doklaan 28"),
          K("ADDRESS", "Plantage Kerklaan 61"),
          K("ORG", "Verzetsmuseum"),
          K("EMAIL_FUNCTIONAL", "bezwaarenberoep@amsterdam.nl"),
          K("TITLE", "Afdelingshoofd Vergunningen Toezicht en Handhaving"),
          K("CASE_NO", "CE20-07599"),
          K("ORG", "Rechtbank Amsterdam"),
          K("ADDRESS", "Amstel 1")])

# ------------------------------------------------------------------ BZK / Rijksvastgoedbedrijf
doc("rvb_wob_clingendael_julianakazerne_2021_pfuscan.pdf", "BZK, Rijksvastgoedbedrijf",
    "Wob decision on archaeological research at Commandopost Clingendael and the former Prinses "
    "Julianakazerne (Jan 2021), a Fujitsu ScandAll PRO / PFU scan with a poor OCR text layer (e.g. "
    "'Da Staafssacretaris van Binnanlandsa Zaken'). Signed for the staatssecretaris by the "
    "secretaris-generaal (name not legible; neither). Control document: no redact item. The street "
    "'Therese Schwartzestraat' is named after a painter: keep.",
    keep=[K("ORG", "Rijksvastgoedbedrijf"),
          K("MISC", "Commandopost Clingendael"),
          K("MISC", "Prinses Julianakazerne"),
          K("ADDRESS", "Therese Schwartzestraat (street named after a person)", "Therese Schwartzestraat"),
          K("ADDRESS", "Korte Voorhout 7"),
          K("MISC", "Quickscan Archeologie Objecten"),
          K("ORG", "RVOB"),
          K("PLACE", "Den Haag")])
