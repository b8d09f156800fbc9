"""Set BN documents bn25-bn33: Kamervragen, huurverhoging, inspectie (scan), vroegsignalering,
prestatieafspraken, aanvraagformulier (form fields), nota with review notes (outline, annotations, XMP),
persbericht, mailwisseling ministerie."""
from fw import Doc, Dx, make_bsn, make_iban, mm, colors, sig_png, HERE

ASSETS = HERE / "assets"


def bn25():
    d = Doc("bn25_antwoorden_kamervragen_huisuitzettingen", "Antwoorden Kamervragen huisuitzettingen",
            font="DejaVuSans", size=9.5, org="Ministerie van Volkshuisvesting en Ruimtelijke Ordening")
    d.footer = "Ministerie van Volkshuisvesting en Ruimtelijke Ordening · Turfmarkt 147 · Den Haag · Kenmerk 2025-0000318844 · {p}"
    d.p("<b>Ministerie van Volkshuisvesting en Ruimtelijke Ordening</b>", size=11)
    d.p("&gt; Retouradres Postbus 20011 2500 EA Den Haag", size=7)
    d.p("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal<br/>Postbus 20018<br/>2500 EA Den Haag")
    d.sp(2)
    d.p("Datum 17 maart 2025<br/>Betreft Beantwoording vragen van het lid Beckerman over huisuitzettingen wegens "
        "huurachterstand", size=9)
    d.sp(2)
    d.p("Hierbij zend ik u de antwoorden op de schriftelijke vragen van het lid Beckerman (SP) over het stijgende "
        "aantal huisuitzettingen wegens huurachterstand (ingezonden 14 februari 2025, kenmerk 2025Z02871).")
    qa = [
        ("1", "Bent u bekend met het bericht ‘Aantal ontruimingen bij corporaties weer gestegen’?",
         "Ja. Volgens de jaarlijkse enquête van Aedes zijn in 2024 door woningcorporaties 2.412 woningen ontruimd, "
         "waarvan 1.396 wegens huurachterstand. Dat is meer dan in 2023 (1.180)."),
        ("2", "Hoe verhoudt dit zich tot het doel van het kabinet om huisuitzettingen zo veel mogelijk te voorkomen?",
         "Het kabinet wil dat een ontruiming wegens huurachterstand alleen als uiterste middel plaatsvindt. Sinds "
         "2021 zijn verhuurders op grond van de Wet gemeentelijke schuldhulpverlening en het Besluit "
         "gemeentelijke schuldhulpverlening verplicht een betalingsachterstand vroegtijdig te melden bij de "
         "gemeente (vroegsignalering). In het programma ‘Een thuis voor iedereen’ en in de Nationale "
         "Prestatieafspraken met Aedes, de Woonbond en de VNG is afgesproken dat corporaties geen ontruimingen "
         "uitvoeren bij huishoudens met minderjarige kinderen zonder overleg met de gemeente."),
        ("3", "Bent u bereid de aanbevelingen van de Nationale ombudsman uit het rapport ‘Zonder dak’ over te nemen?",
         "Ik ben met de Nationale ombudsman en met de staatssecretaris van Sociale Zaken en Werkgelegenheid in "
         "gesprek over de aanbevelingen. Ik informeer uw Kamer voor de zomer."),
        ("4", "Kunt u deze vragen beantwoorden vóór het commissiedebat Huurbeleid?",
         "Ja. Deze antwoorden kunnen ook worden betrokken bij de vragen van het lid Grinwis (ChristenUnie) en het "
         "lid De Hoop (GL-PvdA) over de Wet betaalbare huur."),
    ]
    for n, q, a in qa:
        d.p(f"<b>Vraag {n}</b><br/>{q}")
        d.p(f"<b>Antwoord {n}</b><br/>{a}")
    d.p("De minister van Volkshuisvesting en Ruimtelijke Ordening,")
    d.sp(6)
    d.p("Mona Keijzer")
    d.k("OFFICE", "het lid Beckerman", "het lid Grinwis", "het lid De Hoop", "Mona Keijzer",
        "staatssecretaris van Sociale Zaken en Werkgelegenheid")
    d.k("ORG", "Ministerie van Volkshuisvesting en Ruimtelijke Ordening", "Tweede Kamer der Staten-Generaal", "Aedes",
        "Woonbond", "VNG", "Nationale ombudsman", "SP", "ChristenUnie", "GL-PvdA")
    d.k("LAW", "Wet gemeentelijke schuldhulpverlening", "Besluit gemeentelijke schuldhulpverlening",
        "Wet betaalbare huur")
    d.k("PROGRAMME", "Een thuis voor iedereen", "Nationale Prestatieafspraken", "vroegsignalering")
    d.k("REF", "2025Z02871", "2025-0000318844")
    d.k("ADDRESS", "Turfmarkt 147", "Postbus 20011", "Postbus 20018")
    d.k("NUM", "2.412", "1.396")
    d.k("TERM", "commissiedebat Huurbeleid")
    d.k("DATE", "17 maart 2025", "14 februari 2025")
    return d


def bn26():
    iban = make_iban("ASNB", "8830152277")
    d = Doc("bn26_brief_huurverhoging_portaal", "Huurverhoging 1 juli 2025", producer="docx",
            org="Portaal")
    d.author = "Marjolein Hazenberg"          # hidden channel: Info /Author only
    x = d.docx = Dx(font="Carlito", size=10.5, header="Portaal · Postbus 2307 · 3500 GH Utrecht",
                    footer="Portaal · klantenservice 088 - 767 82 25 · www.portaal.nl · KvK 30005632")
    x.p("**portaal**", size=20)
    x.p("De heer M.A. Pinas en mevrouw S.D. Pinas-Karsowidjojo\nMarshallaan 112\n3527 TL  Utrecht", space=10)
    x.table([["Datum", "Huurdernummer", "Contractnummer", "Object"],
             ["28 april 2025", "H-00748813", "C-2019-330481", "Marshallaan 112"]], widths=[30, 35, 40, 55], size=9)
    x.p("**Uw nieuwe huurprijs per 1 juli 2025**")
    x.p("Beste heer en mevrouw Pinas,")
    x.p("Per 1 juli 2025 verhogen wij de kale huur van uw woning met 4,0%. Dat is het percentage dat in de "
        "Nationale Prestatieafspraken en in onze afspraken met Huurdersvereniging De Sleutel is afgesproken. "
        "Het maximale percentage voor sociale huurwoningen, vastgesteld door de minister van Volkshuisvesting en "
        "Ruimtelijke Ordening, is 5,0%.")
    x.table([["", "Huidig", "Per 1 juli 2025"], ["Kale huur", "€ 642,17", "€ 667,86"],
             ["Servicekosten", "€ 38,50", "€ 38,50"], ["Totaal", "€ 680,67", "€ 706,36"]], widths=[60, 40, 40], size=9)
    x.p("Wij schrijven het nieuwe bedrag automatisch af van uw rekening " + iban + ". U hoeft niets te doen.")
    x.p("**Bent u het niet eens met de huurverhoging?**\nDan kunt u tot 1 juli 2025 bezwaar maken bij Portaal via "
        "mijnportaal.nl of met het formulier van de Huurcommissie. Heeft u een laag inkomen, dan kunt u misschien "
        "huurtoeslag krijgen via Dienst Toeslagen.")
    x.p("Met vriendelijke groet,\n\nPortaal Utrecht\nteam Huuradministratie")
    d.r("PERSON", "M.A. Pinas", "Pinas", "M.A.")
    d.r("PERSON", "S.D. Pinas-Karsowidjojo", "Pinas-Karsowidjojo", "S.D.")
    d.r("ADDRESS", "Marshallaan 112, 3527 TL Utrecht", "Marshallaan 112", "3527 TL")
    d.r("CLIENTNR", "H-00748813", "H-00748813")
    d.r("CONTRACT", "C-2019-330481", "C-2019-330481")
    d.r("IBAN", "IBAN", iban)
    d.r("PERSON", "Marjolein Hazenberg (document author)", "Marjolein Hazenberg", "Hazenberg", ch="metadata")
    d.k("ORG", "Portaal", "Huurdersvereniging De Sleutel", "Huurcommissie", "Dienst Toeslagen")
    d.k("PROGRAMME", "Nationale Prestatieafspraken")
    d.k("AMOUNT", "€ 642,17", "€ 667,86", "€ 706,36")
    d.k("PHONE", "088 - 767 82 25")
    d.k("URL", "mijnportaal.nl")
    d.k("TERM", "huurtoeslag", "team Huuradministratie", "Kale huur")
    d.k("DATE", "1 juli 2025")
    return d


def bn27():
    d = Doc("bn27_scan_inspectieformulier_vocht", "SCAN0093", font="Helvetica", size=11, org="TBV Wonen")
    d.scan = True
    d.angle = -0.4
    d.p("<b>TBV Wonen - Inspectieformulier vocht en schimmel</b>", size=15)
    d.sp(2)
    d.table([["Inspectienummer", "INS-2025-00412"], ["Datum inspectie", "14-01-2025"],
             ["Bewoner", "mevr. G. van Dokkum"], ["Adres", "Lage Witsiebaan 88"],
             ["Inspecteur", "Ruud Bergsma"], ["Aanwezig", "dochter Ria Lemmens"]],
            widths=[50 * mm, 100 * mm], head=False, size=11.5)
    d.sp(3)
    d.table([["Ruimte", "Vochtmeting", "Schimmel", "Oorzaak"],
             ["Slaapkamer", "82%", "ja, plafond", "koudebrug"], ["Badkamer", "91%", "ja, voegen", "ventilatie"],
             ["Woonkamer", "64%", "nee", "-"]], widths=[40 * mm, 35 * mm, 35 * mm, 45 * mm], size=11.5)
    d.sp(3)
    d.p("Opmerking: bewoonster heeft reuma en gebruikt zuurstof. Voorrang geven.", size=11.5)
    d.p("Vervolg: isolatie gevel + mechanische ventilatie, offerte via projectleider Bergsma.", size=11.5)
    d.sp(6)
    d.p("R. Bergsma", font="Femke", size=24)
    d.r("PERSON", "G. van Dokkum", "Dokkum", ch="ocr")
    d.r("ADDRESS", "Lage Witsiebaan 88", "Lage Witsiebaan 88", ch="ocr")
    d.r("PERSON", "Ruud Bergsma", "Bergsma", "Ruud", ch="ocr")
    d.r("PERSON", "Ria Lemmens", "Lemmens", ch="ocr")
    d.r("HEALTH", "reuma / zuurstof", "reuma", "zuurstof", ch="ocr")
    return d


def bn28():
    d = Doc("bn28_memo_vroegsignalering_huurachterstanden", "Memo vroegsignalering huurachterstanden",
            font="LibSans", size=9.5, org="Gemeente Rotterdam")
    d.footer = "Gemeente Rotterdam · cluster Maatschappelijke Ontwikkeling · Vroegsignalering · intern · {p}/2"
    d.p("<b>MEMO</b>", size=14)
    d.table([["Aan", "Teamleiders wijkteams Feijenoord, Charlois en IJsselmonde"],
             ["Van", "Esther Mulder-Voskuilen, coördinator Vroegsignalering"],
             ["Datum", "6 oktober 2025"],
             ["Onderwerp", "Signalen huurachterstand september 2025 – huishoudens met kinderen"]],
            widths=[30 * mm, 135 * mm], head=False, bold_first_col=True)
    d.sp(3)
    d.p("In september ontvingen wij via het convenant Vroegsignalering 1.186 signalen van Woonstad Rotterdam, "
        "Havensteder, Vestia-opvolger Woonbron en Stadgenoot-partner Com·wonen. Hieronder de acht huishoudens met "
        "minderjarige kinderen en een achterstand boven € 2.000 waarbij een dagvaarding dreigt. Graag binnen vijf "
        "werkdagen een huisbezoek (werkwijze Voorkomen huisuitzettingen, Rotterdamse aanpak Geldzorgen).")
    rows = [["Nr", "Huishouden", "Adres", "Verhuurder", "Achterstand", "Kinderen", "Wijkteam"],
            ["1", "B. Öztürk", "Groene Hilledijk 288-B", "Woonstad", "€ 3.912,40", "3", "Feijenoord"],
            ["2", "fam. Rosário Tavares", "Dordtsestraatweg 71", "Havensteder", "€ 2.480,00", "2", "Charlois"],
            ["3", "J. Westhoff", "Slinge 910", "Woonbron", "€ 2.205,75", "1", "Charlois"],
            ["4", "mw. D. Hakkert-Bouali", "Pretorialaan 33-A", "Woonstad", "€ 4.318,60", "2", "Feijenoord"],
            ["5", "fam. Karagöz", "Beverwaard, Oude Watering 145", "Woonstad", "€ 2.090,10", "4", "IJsselmonde"],
            ["6", "S. Pronk", "Wolphaertsbocht 402", "Com·wonen", "€ 2.766,30", "1", "Charlois"],
            ["7", "K. Adjei-Mensah", "Hillevliet 60", "Woonstad", "€ 5.104,95", "2", "Feijenoord"],
            ["8", "fam. Van der Graaf", "Keizerswaard 17", "Woonbron", "€ 2.011,00", "3", "IJsselmonde"]]
    d.table(rows, widths=[8 * mm, 33 * mm, 40 * mm, 22 * mm, 22 * mm, 15 * mm, 24 * mm], size=8, zebra=True)
    d.sp(3)
    d.p("Bij huishouden 4 speelt ook een melding bij Veilig Thuis; bij huishouden 7 is de vader sinds augustus "
        "gedetineerd (PI Rotterdam, locatie De Schie). Deze informatie alleen mondeling delen.")
    d.brk()
    d.h("Werkafspraken")
    d.p("1. Het wijkteam legt binnen vijf werkdagen een huisbezoek af en registreert de uitkomst in Mens Centraal.")
    d.p("2. Bij een getekende betalingsregeling meldt het wijkteam dit aan de verhuurder; Woonstad Rotterdam "
        "schort de incasso dan op (contact: afdeling Incasso, incasso@woonstadrotterdam.nl).")
    d.p("3. Als het huishouden niet thuis is, volgt een tweede bezoek samen met de wijkagent.")
    d.p("4. Wethouder Zeegers (Bouwen en Wonen) en wethouder Achbar (Zorg, Welzijn en Jeugd) ontvangen "
        "maandelijks een geanonimiseerd overzicht.")
    d.h("Vragen")
    d.p("Neem contact op met de coördinator of met de behandelaar van uw wijk (zie mailto-link in de digitale "
        "versie). Algemeen: vroegsignalering@rotterdam.nl.")
    d.sp(3)
    d.p("Esther Mulder-Voskuilen<br/>coördinator Vroegsignalering<br/>06 2780 1146")

    def add_link(pdf):
        import pikepdf
        page = pdf.pages[1]
        annot = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link,
                                   Rect=[60, 600, 300, 615], Border=[0, 0, 0],
                                   A=pikepdf.Dictionary(S=pikepdf.Name.URI,
                                                        URI=pikepdf.String("mailto:w.hakvoort-ling@rotterdam.nl")))
        page.obj["/Annots"] = pdf.make_indirect(pikepdf.Array([pdf.make_indirect(annot)]))
    d.post.append(add_link)
    d.r("PERSON", "Esther Mulder-Voskuilen", "Mulder-Voskuilen", "Esther")
    d.r("PHONE", "06 2780 1146", "06 2780 1146")
    for n in ("B. Öztürk", "Rosário Tavares", "J. Westhoff", "Hakkert-Bouali", "Karagöz", "S. Pronk",
              "K. Adjei-Mensah", "Van der Graaf"):
        d.r("PERSON", n, n)
    for a in ("Groene Hilledijk 288-B", "Dordtsestraatweg 71", "Slinge 910", "Pretorialaan 33-A",
              "Oude Watering 145", "Wolphaertsbocht 402", "Hillevliet 60", "Keizerswaard 17"):
        d.r("ADDRESS", a, a)
    d.r("CRIMINAL", "gedetineerd (PI Rotterdam, locatie De Schie)", "gedetineerd")
    d.r("EMAIL", "w.hakvoort-ling@rotterdam.nl (link only)", "w.hakvoort-ling@rotterdam.nl", ch="annotations")
    d.k("ORG", "Woonstad Rotterdam", "Havensteder", "Woonbron", "Com·wonen", "Veilig Thuis", "Mens Centraal")
    d.k("OFFICE", "Wethouder Zeegers", "wethouder Achbar")
    d.k("PROGRAMME", "Vroegsignalering", "Voorkomen huisuitzettingen", "aanpak Geldzorgen")
    d.k("PLACE", "Feijenoord", "Charlois", "IJsselmonde")
    d.k("MAILBOX", "incasso@woonstadrotterdam.nl", "vroegsignalering@rotterdam.nl")
    d.k("AMOUNT", "€ 4.318,60", "€ 5.104,95")
    d.k("NUM", "1.186")
    d.k("TERM", "coördinator Vroegsignalering", "wijkagent")
    return d


def bn29():
    d = Doc("bn29_prestatieafspraken_ondertekening", "Prestatieafspraken Tilburg 2025-2028 ondertekening",
            font="Times-Roman", size=11, org="Gemeente Tilburg")
    d.footer = "Prestatieafspraken Tilburg 2025-2028 – pagina {p} van 1 (ondertekeningsblad)"
    d.p("<b>Prestatieafspraken Tilburg 2025-2028</b>", size=15)
    d.p("tussen de gemeente Tilburg, TBV Wonen, WonenBreburg, Tiwos en de huurdersorganisaties Huurdersvereniging "
        "Tilburg, HBV WonenBreburg en Huurdersbelang Tiwos")
    d.sp(2)
    d.p("Aldus overeengekomen en ondertekend te Tilburg op 12 december 2024, in het Stadskantoor, Stadhuisplein 130, "
        "in aanwezigheid van burgemeester Weterings.")
    d.sp(3)
    ASSETS.mkdir(exist_ok=True)
    sigs = {}
    for key, txt, seed in (("a", "Rijnen", 1), ("b", "E. Vermeulen", 2), ("c", "J.P. Smulders", 3), ("d", "Karsten", 4),
                           ("e", "A. Bogaers", 5), ("f", "W. Schoenmakers", 6), ("g", "Hn. v. Oss", 7)):
        sigs[key] = sig_png(ASSETS / f"sig_bn29_{key}.png", txt, seed=seed)
    from reportlab.platypus import Image as I
    S = lambda k: I(str(sigs[k]), width=42 * mm, height=12 * mm)
    rows = [["Partij", "Naam en functie", "Handtekening"],
            ["Gemeente Tilburg", "wethouder Rijnen<br/>(Wonen en Ruimtelijke Ontwikkeling)", S("a")],
            ["TBV Wonen", "Erik Vermeulen<br/>directeur-bestuurder", S("b")],
            ["WonenBreburg", "Jan-Pieter Smulders<br/>directeur-bestuurder", S("c")],
            ["Tiwos", "drs. Hanneke Karsten-Tielemans<br/>bestuurder", S("d")],
            ["Huurdersvereniging Tilburg", "Anton Bogaers<br/>voorzitter", S("e")],
            ["HBV WonenBreburg", "Wilma Schoenmakers-Pijnenburg<br/>voorzitter", S("f")],
            ["Huurdersbelang Tiwos", "Henk van Oss<br/>voorzitter", S("g")]]
    d.table(rows, widths=[45 * mm, 70 * mm, 50 * mm], size=10, valign="MIDDLE")
    d.sp(4)
    d.p("Bijlagen: A. Jaarschijf 2025 (4.100 sociale huurwoningen in de bouwstroom); B. Afspraken over urgenten en "
        "aandachtsgroepen; C. Monitor schimmel en vocht. De afspraken zijn gemaakt op grond van artikel 44 van de "
        "Woningwet en passen in de Regionale Woondeal Hart van Brabant.", size=10)
    d.p("Secretariaat: Remco Swinkels-Ahmadi (gemeente Tilburg), prestatieafspraken@tilburg.nl.", size=10)
    d.r("PERSON", "Erik Vermeulen", "Vermeulen", "Erik")
    d.r("PERSON", "Jan-Pieter Smulders", "Smulders", "Jan-Pieter")
    d.r("PERSON", "Hanneke Karsten-Tielemans", "Karsten-Tielemans", "Hanneke")
    d.r("PERSON", "Anton Bogaers", "Bogaers", "Anton")
    d.r("PERSON", "Wilma Schoenmakers-Pijnenburg", "Schoenmakers-Pijnenburg", "Wilma")
    d.r("PERSON", "Henk van Oss", "Henk van Oss")
    d.r("PERSON", "Remco Swinkels-Ahmadi", "Swinkels-Ahmadi", "Remco")
    d.k("OFFICE", "wethouder Rijnen", "burgemeester Weterings")
    d.k("ORG", "Gemeente Tilburg", "TBV Wonen", "WonenBreburg", "Tiwos", "Huurdersvereniging Tilburg",
        "HBV WonenBreburg", "Huurdersbelang Tiwos")
    d.k("ADDRESS", "Stadhuisplein 130")
    d.k("LAW", "Woningwet", "artikel 44")
    d.k("PROGRAMME", "Regionale Woondeal Hart van Brabant", "Prestatieafspraken Tilburg 2025-2028")
    d.k("MAILBOX", "prestatieafspraken@tilburg.nl")
    d.k("TERM", "directeur-bestuurder")
    d.k("DATE", "12 december 2024")
    return d


def bn30():
    """Urgentie application form: the applicant's data only in AcroForm field values."""
    d = Doc("bn30_aanvraagformulier_urgentie_formvelden", "Aanvraagformulier urgentie (ingevuld)", font="Helvetica",
            size=10, org="Gemeente Almere")
    d.author = "Stijn Verkerk-Boateng"   # hidden: Info /Author
    d.footer = "Gemeente Almere · Aanvraag urgentieverklaring · formulier URG-01 (versie 2025) · urgentie@almere.nl · 14 036"
    d.p("<b>Gemeente Almere – Aanvraag urgentieverklaring</b>", size=13)
    d.p("Stuur het ingevulde formulier met bijlagen naar urgentie@almere.nl of naar Postbus 200, 1300 AE Almere. "
        "Medische informatie stuurt u in een gesloten envelop naar de medisch adviseur (Argonaut). Wij behandelen uw "
        "gegevens volgens de Algemene verordening gegevensbescherming (AVG) en de Huisvestingsverordening Almere 2024.")
    d.sp(2)
    labels = ["Achternaam", "Voornamen", "Geboortedatum", "BSN", "Adres", "Postcode en plaats", "Telefoon",
              "E-mail", "Reden van de aanvraag", "Huidige verhuurder"]
    for lab in labels:
        d.p(lab, bold=True, space=14)
    iban_unused = None
    bsn = make_bsn("27736418")
    values = {"Achternaam": "Boerhaave-Lindqvist", "Voornamen": "Ingrid Solveig", "Geboortedatum": "19-05-1984",
              "BSN": bsn, "Adres": "Frans Halsstraat 19", "Postcode en plaats": "1324 KC Almere",
              "Telefoon": "06 5529 0381", "E-mail": "ingrid.lindqvist@outlook.com",
              "Reden van de aanvraag": "Scheiding, woning op naam ex-partner, 2 kinderen",
              "Huidige verhuurder": "Goede Stede (huurcontract GS-55120)"}

    def add_fields(pdf):
        import pikepdf
        from reportlab.pdfgen import canvas  # noqa: F401
        page = pdf.pages[0]
        # locate label lines through pdfplumber-free approach: fixed rows under the intro
        import pypdfium2 as pdfium
        fields, annots = [], []
        tmp = pdf  # noqa
        y0 = None
        import pdfplumber
        with pdfplumber.open(pdf.filename) as pl:
            pg = pl.pages[0]
            lines = {}
            for w in pg.extract_words(keep_blank_chars=True, use_text_flow=True):
                lines.setdefault(round(w["bottom"]), []).append(w["text"])
            ys = {}
            for bottom, ws in lines.items():
                t = " ".join(ws).strip()
                if t in labels and t not in ys:
                    ys[t] = float(pg.height) - bottom
        for i, lab in enumerate(labels):
            y = ys[lab] - 4
            v = values[lab]
            ap_stream = pikepdf.Stream(pdf, f"/Tx BMC q BT /Helv 10 Tf 0 g 2 5 Td ({v}) Tj ET Q EMC".encode("latin-1"))
            ap_stream["/Type"] = pikepdf.Name.XObject
            ap_stream["/Subtype"] = pikepdf.Name.Form
            ap_stream["/BBox"] = [0, 0, 300, 18]
            ap_stream["/Resources"] = pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=pdf.make_indirect(
                pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica,
                                   Encoding=pikepdf.Name.WinAnsiEncoding))))
            w = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Tx,
                T=pikepdf.String(lab.lower().replace(" ", "_")), V=pikepdf.String(v), Rect=[230, y, 530, y + 18],
                F=4, DA=pikepdf.String("/Helv 10 Tf 0 g"), P=page.obj,
                MK=pikepdf.Dictionary(BC=[0.5, 0.5, 0.5]), AP=pikepdf.Dictionary(N=ap_stream)))
            fields.append(w)
            annots.append(w)
        page.obj["/Annots"] = pikepdf.Array(annots)
        pdf.Root["/AcroForm"] = pikepdf.Dictionary(Fields=pikepdf.Array(fields), NeedAppearances=False,
                                                   DA=pikepdf.String("/Helv 10 Tf 0 g"))
    d.post.append(add_fields)
    d.sp(2)
    d.p("Ondertekening: door dit formulier digitaal in te dienen verklaart u het naar waarheid te hebben ingevuld.",
        size=8.5)
    d.p("<i>In te vullen door de gemeente: ontvangen op 4 november 2025, zaaknummer URG-2025-07719, behandelaar team "
        "Urgentie.</i>", size=8.5)
    d.r("PERSON", "Ingrid Solveig Boerhaave-Lindqvist", "Boerhaave-Lindqvist", "Ingrid Solveig", ch="annotations")
    d.r("DOB", "19-05-1984", "19-05-1984", ch="annotations")
    d.r("BSN", "BSN", bsn, ch="annotations")
    d.r("ADDRESS", "Frans Halsstraat 19, 1324 KC Almere", "Frans Halsstraat 19", "1324 KC", ch="annotations")
    d.r("PHONE", "06 5529 0381", "06 5529 0381", ch="annotations")
    d.r("EMAIL", "ingrid.lindqvist@outlook.com", "ingrid.lindqvist@outlook.com", ch="annotations")
    d.r("CONTRACT", "GS-55120", "GS-55120", ch="annotations")
    d.r("PERSON", "Stijn Verkerk-Boateng (author)", "Verkerk-Boateng", ch="metadata")
    d.k("ORG", "Gemeente Almere", "Argonaut")
    d.k("LAW", "Algemene verordening gegevensbescherming", "AVG", "Huisvestingsverordening Almere 2024")
    d.k("MAILBOX", "urgentie@almere.nl")
    d.k("ADDRESS", "Postbus 200, 1300 AE Almere")
    d.k("REF", "URG-2025-07719", "URG-01")
    d.k("PHONE", "14 036")
    d.k("FIELD", "Achternaam", "Geboortedatum", "Reden van de aanvraag", "Huidige verhuurder")
    return d


def bn31():
    """Advice note with review bookmarks, sticky notes and XMP creator."""
    d = Doc("bn31_adviesnota_urgentiebeleid_met_opmerkingen", "Adviesnota herziening urgentiebeleid",
            font="DejaVuSerif", size=9.5, org="Gemeente Amsterdam")
    d.footer = "Gemeente Amsterdam · Directie Wonen · Adviesnota 2025/WON/0412 · concept voor Woo-publicatie · {p}/2"
    d.p("<b>Adviesnota</b> – Directie Wonen, afdeling Woonruimteverdeling", size=12)
    d.table([["Aan", "wethouder Pels (Wonen)"], ["Via", "directeur Wonen"],
             ["Van", "Noor Vlietstra-Amrani, senior beleidsadviseur"],
             ["Datum", "9 september 2025"], ["Kenmerk", "2025/WON/0412"],
             ["Onderwerp", "Herziening urgentieregeling na de Wet versterking regie volkshuisvesting"]],
            widths=[30 * mm, 135 * mm], head=False, bold_first_col=True)
    d.sp(2)
    d.h("1. Aanleiding")
    d.p("De Wet versterking regie volkshuisvesting verplicht Amsterdam per 1 januari 2026 tot een urgentieregeling "
        "met landelijk vastgestelde doelgroepen. De huidige regeling in de Huisvestingsverordening Amsterdam 2024 "
        "kent al urgentie voor uitstroom uit de maatschappelijke opvang en voor mantelzorgers, maar niet voor "
        "mensen die vanwege huiselijk geweld hun woning verlaten zonder opvang te gebruiken.")
    d.h("2. Beslispunten")
    d.p("Aan de wethouder wordt gevraagd: a. in te stemmen met de voorgestelde uitbreiding van de doelgroepen; "
        "b. de concept-wijziging van de verordening voor te leggen aan de Amsterdamse Federatie van "
        "Woningcorporaties (AFWC) en de Huurdersvereniging Amsterdam; c. de commissie Wonen te informeren.")
    d.h("3. Kern")
    d.p("Jaarlijks vragen ongeveer 3.400 huishoudens urgentie aan; 1.450 krijgen die. De gemiddelde zoektijd met "
        "urgentie is opgelopen tot 11 maanden. Uitbreiding van de doelgroepen betekent circa 180 extra urgenten "
        "per jaar. De AFWC heeft in het bestuurlijk overleg van 2 september 2025 aangegeven dat dit binnen de "
        "Samenwerkingsafspraken 2024-2027 past als het aandeel voor ‘Wonen met zorg’ niet daalt.")
    d.brk()
    d.h("4. Financiën en uitvoering")
    d.p("De uitvoering kost 3 fte extra bij het team Urgentie & Bemiddeling (€ 285.000 per jaar), te dekken uit "
        "de middelen van het programma ‘Een thuis voor iedereen’. De medische advisering blijft bij Argonaut.")
    d.h("5. Afstemming")
    d.p("Afgestemd met Juridische Zaken, het Sociaal Domein en met de woordvoering van wethouder Pels. "
        "Burgemeester Halsema is via het driehoeksoverleg op de hoogte van het onderdeel huiselijk geweld.")
    d.h("Informatie die niet openbaar gemaakt kan worden")
    d.p("Motivering", bold=True)
    d.p("In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd.")

    def add_hidden(pdf):
        import pikepdf
        # outline
        with pdf.open_outline() as ol:
            ol.root.append(pikepdf.OutlineItem("Adviesnota 2025/WON/0412", 0))
            ol.root.append(pikepdf.OutlineItem("Opmerkingen Jeroen Kalkhoven (juridisch)", 0))
            ol.root.append(pikepdf.OutlineItem("Financiën en uitvoering", 1))
        # sticky notes
        annots = pikepdf.Array()
        for rect, who, txt in (([480, 700, 500, 720], "Marit Zeldenrust",
                                "Marit: cijfer 1.450 nog checken bij Oussama Belhaj (team Urgentie)."),
                               ([480, 560, 500, 580], "Kalkhoven, J.", "Akkoord, maar zie mijn opmerking over de AFWC.")):
            a = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=rect,
                                   T=pikepdf.String(who), Contents=pikepdf.String(txt), Name=pikepdf.Name.Comment,
                                   C=[1, 0.9, 0.2], F=4)
            annots.append(pdf.make_indirect(a))
        pdf.pages[0].obj["/Annots"] = annots
        with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
            m["dc:creator"] = ["Noor Vlietstra-Amrani", "Thijmen Ruysdael"]
            m["dc:title"] = "Adviesnota herziening urgentiebeleid"
    d.post.append(add_hidden)
    d.r("PERSON", "Noor Vlietstra-Amrani", "Vlietstra-Amrani", "Noor")
    d.r("PERSON", "Jeroen Kalkhoven (outline, annotation)", "Kalkhoven", ch="outline")
    d.r("PERSON", "Marit Zeldenrust (annotation author)", "Zeldenrust", "Marit", ch="annotations")
    d.r("PERSON", "Oussama Belhaj (annotation text)", "Belhaj", ch="annotations")
    d.r("PERSON", "Thijmen Ruysdael (XMP creator)", "Ruysdael", ch="metadata")
    d.k("OFFICE", "wethouder Pels", "Burgemeester Halsema")
    d.k("ORG", "Gemeente Amsterdam", "Amsterdamse Federatie van Woningcorporaties", "AFWC",
        "Huurdersvereniging Amsterdam", "Argonaut", "Directie Wonen")
    d.k("LAW", "Wet versterking regie volkshuisvesting", "Huisvestingsverordening Amsterdam 2024")
    d.k("PROGRAMME", "Een thuis voor iedereen", "Samenwerkingsafspraken 2024-2027", "Wonen met zorg")
    d.k("REF", "2025/WON/0412")
    d.k("AMOUNT", "€ 285.000")
    d.k("NUM", "3.400", "1.450")
    d.k("TERM", "senior beleidsadviseur", "directeur Wonen", "commissie Wonen")
    return d


def bn32():
    d = Doc("bn32_persbericht_huisuitzettingen_amsterdam", "Persbericht minder huisuitzettingen", font="LibSans",
            size=10, org="Gemeente Amsterdam")
    d.footer = "Gemeente Amsterdam · Communicatie · persvoorlichting@amsterdam.nl · 14 020"
    d.p("<b>PERSBERICHT</b>  ·  Gemeente Amsterdam", size=12)
    d.p("<b>Amsterdam voorkomt meer huisuitzettingen dankzij vroeg contact</b>", size=14)
    d.p("Amsterdam, 24 februari 2025 – Het aantal ontruimingen wegens huurachterstand in Amsterdam is in 2024 "
        "gedaald naar 118, tegen 164 in 2023. Dat blijkt uit de jaarrapportage Vroegsignalering die wethouder "
        "Pels (Wonen) en wethouder Groot Wassink (Sociale Zaken) vandaag naar de gemeenteraad sturen.")
    d.p("De gemeente, de corporaties Ymere, Eigen Haard, Stadgenoot, de Alliantie en Rochdale en "
        "energieleveranciers delen sinds 2021 signalen over betalingsachterstanden. Binnen vijf werkdagen neemt het "
        "Team Vroegsignalering contact op met het huishouden. ‘Wie vroeg hulp krijgt, houdt zijn huis,’ zegt "
        "wethouder Pels. ‘Een ontruiming is voor niemand goed, en voor kinderen het allerslechtst.’")
    d.p("Bewoonster Fatima (34) uit Slotervaart kreeg in het voorjaar een brief van Stadgenoot over een "
        "achterstand van drie maanden. ‘Ik durfde de post niet meer open te maken. Binnen een week stond Jesse van "
        "het wijkteam bij me aan de deur.’ Met een betalingsregeling en budgetbeheer is zij inmiddels schuldenvrij.")
    d.p("Burgemeester Halsema en de Amsterdamse Federatie van Woningcorporaties (AFWC) ondertekenen op 3 maart "
        "het vernieuwde convenant ‘Voorkomen huisuitzettingen 2025-2028’ in het Stadhuis aan de Amstel 1.")
    d.p("<b>Noot voor de redactie</b><br/>Meer informatie: persvoorlichting gemeente Amsterdam, 14 020 of "
        "persvoorlichting@amsterdam.nl. Woordvoerder Wonen: Bastiaan Heerkens, 06 1466 2890 (niet voor "
        "publicatie).", size=9)
    d.r("PERSON", "Fatima", "Fatima")
    d.r("PERSON", "Jesse", "Jesse")
    d.r("PERSON", "Bastiaan Heerkens", "Heerkens", "Bastiaan")
    d.r("PHONE", "06 1466 2890", "06 1466 2890")
    d.k("OFFICE", "wethouder Pels", "wethouder Groot Wassink", "Burgemeester Halsema")
    d.k("ORG", "Gemeente Amsterdam", "Ymere", "Eigen Haard", "Stadgenoot", "de Alliantie", "Rochdale",
        "Amsterdamse Federatie van Woningcorporaties", "AFWC", "Team Vroegsignalering")
    d.k("PROGRAMME", "Voorkomen huisuitzettingen 2025-2028", "Vroegsignalering")
    d.k("PLACE", "Amsterdam")
    d.k("ADDRESS", "Amstel 1")
    d.k("MAILBOX", "persvoorlichting@amsterdam.nl")
    d.k("PHONE", "14 020")
    d.k("DATE", "24 februari 2025")
    return d


def bn33():
    d = Doc("bn33_mailwisseling_vro_aw_schimmelaanpak", "Mailwisseling VRO-Aw over aanpak schimmel",
            font="Helvetica", size=9.5, org="Ministerie van Volkshuisvesting en Ruimtelijke Ordening")
    d.footer = "Document 33 – Woo-verzoek VRO 2025-117 – pagina {p}"
    blocks = [
        ("Van:", "Dekker, Annick (VRO) &lt;annick.dekker@minvro.nl&gt;", "Verzonden:", "woensdag 5 november 2025 09:47",
         "Aan:", "Aw Toezicht &lt;aw@ilent.nl&gt;", "CC:", "Fransen-Okafor, Babajide (VRO) &lt;babajide.fransen-okafor@minvro.nl&gt;",
         "Onderwerp:", "RE: cijfers schimmel corporatiewoningen voor Kamerbrief"),
    ]
    for b in blocks:
        d.p("<br/>".join(f"<b>{b[i]}</b> {b[i + 1]}" for i in range(0, len(b), 2)), size=9)
    d.sp(2)
    d.p("Beste collega’s van de Aw,")
    d.p("Dank voor de eerste cijfers. Directeur-generaal Verbeek wil ze gebruiken in de Kamerbrief over de "
        "aanpak van vocht en schimmel die minister Keijzer eind november naar de Tweede Kamer stuurt (toezegging "
        "aan Kamerlid Beckerman tijdens het commissiedebat van 9 oktober). Kunnen jullie per corporatie aangeven "
        "hoeveel woningen met ernstige schimmel in de Aedes-benchmark en de Staat van de Volkshuisvesting zijn "
        "gemeld?")
    d.p("Babajide en ik zitten er vrijdag om 10.00 uur over met de directie Woningmarkt. Bel gerust: 06 1820 "
        "4459.")
    d.p("Groet, Annick<br/><br/>Annick Dekker<br/>senior beleidsmedewerker, directie Woningmarkt<br/>Ministerie van "
        "Volkshuisvesting en Ruimtelijke Ordening<br/>Turfmarkt 147 | Postbus 20011 | 2500 EA Den Haag", size=9)
    d.sp(3)
    d.p("<b>Van:</b> Aw Toezicht &lt;aw@ilent.nl&gt;<br/><b>Verzonden:</b> dinsdag 4 november 2025 16:20<br/>"
        "<b>Aan:</b> annick.dekker@minvro.nl<br/><b>Onderwerp:</b> cijfers schimmel corporatiewoningen", size=9)
    d.sp(2)
    d.p("Beste Annick,")
    d.p("Zoals besproken de eerste cijfers. Uit de Aedes-benchmark en onze eigen uitvraag blijkt dat 41 van de 276 "
        "corporaties meer dan 2% van hun woningen met vocht- of schimmelproblemen hebben. Bij vijf corporaties "
        "hebben wij een extra gesprek gepland, onder meer met Woonservice Drentheland en Haag Wonen. De "
        "namen van de corporaties kunnen in de Kamerbrief, de namen van individuele huurders uit de "
        "klachtendossiers uiteraard niet (zie bijv. dossier van mw. Bakkal in Den Haag).")
    d.p("Mijn collega Rosalie Uitdehaag (r.uitdehaag@ilent.nl) maakt de tabel af; de secretaris-generaal "
        "Van den Heuvel-Bos heeft gevraagd om een versie zonder corporatienamen voor het overleg met de "
        "Woonbond.")
    d.p("Met vriendelijke groet,<br/>Gijs Achterveld<br/>teamleider Financieel toezicht, Autoriteit "
        "woningcorporaties<br/>T 088 489 00 00 | M 06 5031 7720", size=9)
    d.motivation("De namen van de minister, de directeur-generaal, de secretaris-generaal en het Kamerlid zijn "
                 "leesbaar gebleven.")
    d.r("PERSON", "Annick Dekker", "Dekker, Annick", "Annick Dekker", "Annick")
    d.r("EMAIL", "annick.dekker@minvro.nl", "annick.dekker@minvro.nl")
    d.r("PERSON", "Babajide Fransen-Okafor", "Fransen-Okafor", "Babajide")
    d.r("EMAIL", "babajide.fransen-okafor@minvro.nl", "babajide.fransen-okafor@minvro.nl")
    d.r("PHONE", "06 1820 4459", "06 1820 4459")
    d.r("PERSON", "mw. Bakkal", "Bakkal")
    d.r("PERSON", "Rosalie Uitdehaag", "Uitdehaag", "Rosalie")
    d.r("EMAIL", "r.uitdehaag@ilent.nl", "r.uitdehaag@ilent.nl")
    d.r("PERSON", "Gijs Achterveld", "Achterveld", "Gijs")
    d.r("PHONE", "06 5031 7720", "06 5031 7720")
    d.k("OFFICE", "Directeur-generaal Verbeek", "minister Keijzer", "Kamerlid Beckerman",
        "secretaris-generaal Van den Heuvel-Bos")
    d.k("ORG", "Tweede Kamer", "Aedes-benchmark", "Woonservice Drentheland", "Haag Wonen", "Woonbond",
        "Autoriteit woningcorporaties", "directie Woningmarkt")
    d.k("MAILBOX", "aw@ilent.nl")
    d.k("PHONE", "088 489 00 00")
    d.k("ADDRESS", "Turfmarkt 147", "Postbus 20011")
    d.k("PROGRAMME", "Staat van de Volkshuisvesting")
    d.k("REF", "VRO 2025-117")
    d.k("TERM", "senior beleidsmedewerker", "teamleider Financieel toezicht")
    return d


ALL = [bn25, bn26, bn27, bn28, bn29, bn30, bn31, bn32, bn33]
