"""Set mixed89, documents np17 and np23-np33. Markup: [[K:redact]] {{K:keep}} (see make_set.py)."""
from make_set import Doc, rl_font, strip
from content_a import GLD, mail_en, mail_nl

DOCS = []


# ---------------------------------------------------------------- form producer (reportlab canvas + AcroForm)
def build_form(doc: Doc, path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    reg, bold, _ = rl_font(doc.font)
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setAuthor(doc.meta.get("Author", ""))
    c.setTitle(doc.title)
    W, H = A4
    y = H - 50
    for b in doc.blocks:
        if b[0] in ("h", "title"):
            c.setFont(bold, 13 if b[0] == "title" else 10.5)
            c.drawString(50, y, strip(b[1]))
            y -= 20
        elif b[0] in ("p", "small"):
            c.setFont(reg, 8.5 if b[0] == "small" else 9.5)
            words, line = strip(b[1]).split(), ""
            for w in words:
                t = (line + " " + w).strip()
                if c.stringWidth(t, reg, 9.5) > W - 110:
                    c.drawString(50, y, line)
                    y -= 12.5
                    line = w
                else:
                    line = t
            c.drawString(50, y, line)
            y -= 24
        elif b[0] == "fields":
            form = c.acroForm
            for label, name, value in b[1]:
                c.setFont(reg, 9)
                c.drawString(50, y + 4, strip(label))
                form.textfield(name=name, tooltip=strip(label), value=value, x=230, y=y, width=310, height=16,
                               fontName="Helvetica", fontSize=9, borderColor=colors.grey, fillColor=colors.white,
                               textColor=colors.black, forceBorder=True)
                y -= 22
            y -= 6
    c.setFont(reg, 7.5)
    c.drawString(50, 30, "Formulier {{C}} versie 2025-2".replace("{{C}}", "PG-NB-12"))
    c.save()


DOCS.append(Doc("np17_aanvraagformulier_intern_salderen", "Aanvraagformulier melding intern salderen (ingevuld)", "form",
    font="LiberationSans", meta={"Author": "Formulierenservice"},
    hidden=[("P", "Jan-Willem van de Pol", "annotations"), ("A", "Harremaatweg 14", "annotations"),
            ("T", "06-12 88 40 61", "annotations"), ("E", "jwvandepol@hetnet.nl", "annotations"),
            ("B", "248719038", "annotations"), ("K", "08163342", "annotations"), ("N", "2411598", "annotations")],
    blocks=[
    ("title", "Gegevensformulier Natura 2000-activiteit - intern salderen"),
    ("p", "{{O:Provincie Gelderland}}, {{O:Team Natuurvergunningen}}. Dit formulier hoort bij een aanvraag via het {{Q:Omgevingsloket}} "
          "op grond van de {{W:Omgevingswet}}. Stuur het ingevuld terug aan {{F:natuurvergunningen@gelderland.nl}}. Vragen: "
          "{{G:(026) 359 99 99}}."),
    ("h", "1. Gegevens aanvrager"),
    ("fields", [("Naam aanvrager", "naam", "Jan-Willem van de Pol"),
                ("Adres bedrijfslocatie", "adres", "Harremaatweg 14"),
                ("Postcode en plaats", "pcplaats", "3852 NV Ermelo"),
                ("Telefoon (mobiel)", "tel", "06-12 88 40 61"),
                ("E-mail", "email", "jwvandepol@hetnet.nl"),
                ("BSN (alleen eenmanszaak)", "bsn", "248719038"),
                ("KvK-nummer", "kvk", "08163342"),
                ("UBN", "ubn", "2411598")]),
    ("h", "2. Activiteit"),
    ("fields", [("Natura 2000-gebied", "gebied", "Veluwe"),
                ("Referentiesituatie", "ref", "vergunning Hinderwet 1991"),
                ("Stalsysteem nieuw", "stal", "BWL 2015.09.V1"),
                ("AERIUS-kenmerk", "aerius", "RUoYLmmr6pb9")]),
    ("h", "3. Ondertekening"),
    ("p", "Door ondertekening verklaart de aanvrager dit formulier naar waarheid te hebben ingevuld. Zie ook het "
          "privacyreglement van de {{O:Provincie Gelderland}} en de {{W:Algemene verordening gegevensbescherming}}."),
    ("fields", [("Datum", "datum", "12-01-2026"), ("Plaats", "plaats", "Ermelo")]),
]))


# ---------------------------------------------------------------- np23 uitnodiging Outlook-agenda (reportlab Helvetica)
DOCS.append(Doc("np23_uitnodiging_bestuurlijk_overleg", "Uitnodiging bestuurlijk overleg", "rl", font="Helvetica",
    blocks=[
    ("kv", [["Onderwerp", "Bestuurlijk overleg stikstof Gelderse Vallei - {{R:gedeputeerde Zoet}} / {{O:OVIJ}} / {{O:Waterschap Vallei en Veluwe}}"],
            ["Locatie", "{{Y:Gemeentehuis Ede, Bergstraat 4}} / {{V:Microsoft Teams}}"],
            ["Begin", "{{M:do 26-3-2026}} 09:00"],
            ["Einde", "{{M:do 26-3-2026}} 10:30"],
            ["Organisator", "[[P:ter Horst-Lammers, Gerdien]] namens {{R:Zoet, Harold (gedeputeerde)}}"],
            ["Vereiste deelnemers", "{{R:Zoet, Harold (gedeputeerde)}}; {{R:dijkgraaf Klip-Martin}}; {{R:burgemeester Verhulst}}; "
                                    "[[P:Rustenhoven, Okke]]; [[P:Meerdink, Coen]]; [[P:Ramdin, Priya]] (OVIJ)"],
            ["Optionele deelnemers", "[[P:van 't Erve, Ilse]]; [[P:Steggink, Henk-Jan]]; {{F:secretariaat-db@vallei-veluwe.nl}}"]],
     {"widths": [0.22, 0.78]}),
    ("p", "Beste allen,"),
    ("p", "Namens {{R:gedeputeerde Zoet}} nodig ik u uit voor het bestuurlijk overleg over de voortgang van de "
          "{{Q:Gelderse Maatregelen Stikstof}} in de {{L:Gelderse Vallei}}. Op de agenda:"),
    ("p", "1. Stand {{Q:Lbv-plus}} en keukentafelgesprekken (toelichting [[P:Priya Ramdin]], {{O:OVIJ}})\n"
          "2. Beregening en verdroging {{AREA:Binnenveld}} (waterschap)\n"
          "3. Woo-verzoek {{C:WOO-2026-0147}}: afstemming communicatie\n"
          "4. Rondvraag"),
    ("p", "Ambtelijke voorbereiding: [[P:Okke]] ([[T:06 1399 2741]]). Voor vervoer van de gedeputeerde: chauffeur [[P:Ricardo "
          "Mahabier]], [[T:06 27 71 03 85]]. Parkeren bij het gemeentehuis via de {{S:Bergstraat}} of de {{S:Willy Brandtlaan}}; melden bij de receptie "
          "({{G:0318 68 03 33}})."),
    ("p", "Groet,\n[[P:Gerdien]]\n\n[[P:Gerdien ter Horst-Lammers]] | {{J:bestuurssecretaris}} {{R:gedeputeerde Zoet}} | "
          "{{O:Provincie Gelderland}} | [[E:g.terhorst-lammers@gelderland.nl]] | [[T:026 359 84 02]]"),
    ("small", "________________________________________________________________________________\n"
              "Deelnemen aan Microsoft Teams-vergadering  |  Vergadering-id: 384 912 667 501  |  Wachtwoord: Xq7rP2"),
]))

# ---------------------------------------------------------------- np24 ecologisch rapport (docx, 2 p)
DOCS.append(Doc("np24_ecologisch_onderzoek_quickscan", "Quickscan flora en fauna (uittreksel)", "docx", font="Carlito",
    meta={"Author": "Floor van Deursen"}, hidden=[("P", "Floor van Deursen", "metadata")],
    blocks=[
    ("title", "Quickscan flora en fauna - nieuwbouw ligboxenstal [[A:Kolkweg 14]], Voorthuizen"),
    ("kv", [["Opdrachtgever", "Maatschap [[P:Van den Brink-Hoogeveen]]"],
            ["Uitgevoerd door", "{{O:Bureau Waardenburg}}"],
            ["Projectnummer", "{{C:25-0447}}"],
            ["Auteurs", "[[P:F. van Deursen]] MSc ({{J:ecoloog}}), [[P:drs. T. Abbink]] ({{J:senior ecoloog}})"],
            ["Veldbezoek", "{{M:18 september 2025}}"],
            ["Status", "definitief, versie 1.1"]]),
    ("h", "1. Inleiding"),
    ("p", "In opdracht van de maatschap is een quickscan uitgevoerd naar beschermde soorten in verband met de nieuwbouw van een "
          "ligboxenstal en de sloop van een varkensstal. De toetsing vindt plaats aan de {{W:Omgevingswet}} (soortenbescherming, "
          "voorheen {{W:Wet natuurbescherming}}). Stikstofdepositie valt buiten deze quickscan; zie de {{Q:AERIUS Calculator}}-"
          "berekening van {{O:Stalconsult Veluwe}}."),
    ("h", "2. Resultaten"),
    ("table", [["Soortgroep", "Waarneming", "Beschermd", "Vervolg"],
               ["Vleermuizen", "{{V:gewone dwergvleermuis}} foeragerend langs houtwal", "ja", "nader onderzoek sloop varkensstal"],
               ["Broedvogels", "{{V:boerenzwaluw}} (3 nesten in varkensstal)", "ja", "sloop buiten broedseizoen"],
               ["Steenuil", "braakbal en veren in schuur", "ja, jaarrond", "{{V:steenuil}}kast plaatsen"],
               ["Amfibieën", "{{V:kamsalamander}} niet aangetroffen", "-", "geen"]],
     {"widths": [0.18, 0.38, 0.16, 0.28]}),
    ("p", "De heer [[P:Van den Brink]] gaf tijdens het veldbezoek aan dat de varkensstal sinds het voorjaar van 2020 leeg staat. "
          "Zijn schoonmoeder, mevrouw [[P:Hoogeveen]], woont in de voormalige bedrijfswoning op het erf ([[A:Kolkweg 14a]])."),
    ("pb",),
    ("h", "3. Conclusie"),
    ("p", "Voor de sloop van de varkensstal is een omgevingsvergunning voor een flora- en fauna-activiteit nodig (steenuil, "
          "vleermuizen). Bevoegd gezag is {{O:Gedeputeerde Staten}} van Gelderland. Geadviseerd wordt contact op te nemen met "
          "de {{O:Omgevingsdienst Regio Arnhem}} of met {{F:natuurvergunningen@gelderland.nl}}."),
    ("p", "Veldwerk: [[P:Floor van Deursen]] en stagiair [[P:Mees Bloemendal]] ({{O:Hogeschool Van Hall Larenstein}}). "
          "Contact: [[E:f.vandeursen@buwa.nl]], [[T:06 38 92 14 70]]. Algemeen: {{F:info@buwa.nl}}, {{G:0345 51 27 10}}."),
    ("small", "{{O:Bureau Waardenburg}} bv - {{Y:Varkensmarkt 9, 4101 CK Culemborg}}."),
]))

# ---------------------------------------------------------------- np25 beroepschrift advocaat (docx, 2 p)
DOCS.append(Doc("np25_beroepschrift_raad_van_state", "Beroepschrift Afdeling bestuursrechtspraak", "docx", font="LiberationSerif",
    meta={"Author": "R. Sijbesma", "Title": "Beroepschrift Klein Gunnewiek"},
    hidden=[("P", "R. Sijbesma", "metadata"), ("P", "Beroepschrift Klein Gunnewiek", "metadata")],
    header=["{{O:Veluwezoom Advocaten}} · {{Y:Utrechtseweg 48, 6812 AR Arnhem}} · {{G:026 445 80 00}}"],
    blocks=[
    ("p", "Aan de {{O:Afdeling bestuursrechtspraak van de Raad van State}}\nPostbus 20019\n2500 EA Den Haag"),
    ("kv", [["Datum", "{{M:2 oktober 2025}}"],
            ["Betreft", "beroep V.O.F. [[P:Klein Gunnewiek]] / {{O:Gedeputeerde Staten van Gelderland}}"],
            ["Ons kenmerk", "{{C:VZA-25-1184}}"],
            ["Behandelend advocaat", "[[P:mr. R. Sijbesma]]"],
            ["Direct", "[[T:026 445 80 17]] / [[E:sijbesma@veluwezoomadvocaten.nl]]"]], {"widths": [0.25, 0.75]}),
    ("p", "Edelhoogachtbaar College,"),
    ("p", "Ondergetekende, [[P:mr. Ruben Sijbesma]], advocaat te Arnhem, handelend namens de vennootschap onder firma "
          "V.O.F. [[P:Klein Gunnewiek]], gevestigd aan de [[A:Meddoseweg 23]] te Winterswijk, en haar vennoten "
          "[[P:Bernardus Hendrikus Klein Gunnewiek]], geboren op [[D:11 juni 1969]], en [[P:Margaretha Johanna Klein Gunnewiek-Rouwhorst]], "
          "geboren op [[D:2 februari 1972]], stelt hierbij beroep in tegen het besluit van {{O:Gedeputeerde Staten van Gelderland}} "
          "van {{M:21 augustus 2025}}, kenmerk {{C:2025-044102}}."),
    ("h", "1. Feiten"),
    ("p", "Cliënten exploiteren een melkveehouderij. In 2016 hebben zij de uitbreiding van hun bedrijf gemeld op grond van "
          "artikel 2.12 van het {{W:Besluit natuurbescherming}} (PAS-melding). Na de uitspraak van uw Afdeling van {{M:29 mei 2019}} "
          "({{C:ECLI:NL:RVS:2019:1603}}) bleek de melding geen toestemming meer te bieden. Cliënten zijn zogenoemde PAS-melders. "
          "Bij besluit van {{M:21 augustus 2025}} hebben {{O:GS}} een handhavingsverzoek van {{O:Stichting Behoud Veluwse Randen}} "
          "toegewezen en een last onder dwangsom opgelegd."),
    ("h", "2. Gronden"),
    ("p", "2.1 {{O:GS}} hebben ten onrechte geen concreet zicht op legalisatie aangenomen. Het Rijk en de provincie hebben "
          "herhaaldelijk toegezegd PAS-melders te legaliseren, onder meer in de brief van de minister van {{O:LNV}} van "
          "{{M:21 april 2023}} en het {{Q:Legalisatieprogramma PAS-meldingen}}."),
    ("p", "2.2 De belangenafweging is onzorgvuldig. {{O:GS}} hebben onvoldoende gewicht toegekend aan de persoonlijke "
          "omstandigheden van cliënten. De heer [[P:Klein Gunnewiek]] is [[H:sinds juni 2025 arbeidsongeschikt wegens een "
          "burn-out]]; een verklaring van zijn huisarts, dokter [[P:M. Bosman]] te Winterswijk, wordt nagezonden."),
    ("pb",),
    ("p", "2.3 De {{Q:AERIUS Calculator}}-berekening van ing. [[P:Geerdink]] toont aan dat de depositie op {{AREA:Wooldse Veen}} ten "
          "hoogste 0,41 mol/ha/j bedraagt."),
    ("h", "3. Verzoek"),
    ("p", "Cliënten verzoeken uw Afdeling het beroep gegrond te verklaren, het bestreden besluit te vernietigen en {{O:GS}} te "
          "veroordelen in de proceskosten. Het griffierecht zal worden voldaan van de derdengeldrekening "
          "{{C:NL73 INGB 0006 4587 12}} t.n.v. Stichting Derdengelden {{O:Veluwezoom Advocaten}}."),
    ("p", "Hoogachtend,"),
    ("sig", "sijbesma"),
    ("p", "[[P:mr. R. Sijbesma]]"),
    ("small", "Bijlagen: 1. bestreden besluit; 2. melding 2016; 3. rapport [[P:Geerdink]] ({{O:DLV Advies}}); 4. machtiging."),
]))

# ---------------------------------------------------------------- np26 veldformulier controle (scan, handgeschreven)
DOCS.append(Doc("np26_veldformulier_controle_scan", "Veldformulier controle (scan)", "scan",
    scan={"font": "sans", "pt": 11, "angle": -1.1, "noise": 22, "seed": 26, "q": 50, "blur": 0.6},
    blocks=[
    ("h", "OVIJ - VELDFORMULIER CONTROLE VEEHOUDERIJ"),
    ("kv", [["Zaak", "Z2026-004418"],
            ["Datum", "21-01-2026"],
            ["Bedrijf", "VOF [[P:Wolters-Ebbekink]]"],
            ["Adres", "[[A:Garderbroekerweg 188]]"],
            ["Aanwezig", "[[P:H. Wolters]], [[P:D. Wolters]]"],
            ["Tel. ondernemer", "[[T:06-51229047]]"],
            ["Toezicht", "[[Z:RBR]] / [[Z:FWA]]"]]),
    ("table", [["Afdeling", "Geteld", "Opmerking"],
               ["2A", "438", "-"],
               ["2B", "441", "2 zieke dieren ziekenboeg"],
               ["2C", "429", "-"],
               ["2D", "434", "-"],
               ["Totaal", "1742", "vergund 1680"]], {"widths": [0.25, 0.2, 0.55]}),
    ("p", "Luchtwasser: pH-sensor defect, werkbon monteur [[P:Maatman]] gezien."),
    ("p", "Logboek: ontbreekt 3/11 - 19/12 (vader in ziekenhuis, [[H:hartinfarct]] volgens zoon)."),
    ("p", "Paraaf toezichthouder: [[Z:RBR]]"),
    ("sig", "rbr"),
]))

# ---------------------------------------------------------------- np27 e-mail Overijssel interprovinciaal (reportlab Times)
DOCS.append(Doc("np27_mail_overijssel_stikstofbank", "E-mail interprovinciale afstemming stikstofbank", "rl", font="Times",
    blocks=[
    mail_nl("[[P:Mulderije, Hanneke]] <[[E:h.mulderije@overijssel.nl]]>", "maandag 13 april 2026 10:22",
            "[[P:Rustenhoven, Okke]] <[[E:o.rustenhoven@gelderland.nl]]>",
            "Afstemming PAS-melders grensgebied / stikstofbank",
            cc="[[P:Wigger, Bas]]; {{F:stikstof@overijssel.nl}}"),
    ("p", "Hallo [[P:Okke]],"),
    ("p", "Zoals besproken in het {{O:IPO}}-overleg van vorige week: er zijn twee PAS-melders in {{L:Hellendoorn}} en {{L:Rijssen-Holten}} "
          "die depositie hebben op zowel de {{AREA:Sallandse Heuvelrug}} als op Gelderse gebieden ({{AREA:Veluwe}}, randzone "
          "{{L:Epe}}). Eén daarvan is het bedrijf van de heer [[P:Ter Haar]], waar wij nu een handhavingstraject hebben lopen "
          "({{C:Z-OV-2026-1177}}). Zijn zoon [[P:Gijs]] heeft mij gisteren gebeld op mijn mobiel ([[T:06 20 44 18 93]]); hij "
          "dreigde de zaak 'naar de pers' te brengen."),
    ("p", "Kunnen wij afspreken dat de {{Q:stikstofbank}}-toedeling voor grensbedrijven door Overijssel wordt gedaan? "
          "{{R:Gedeputeerde Zoet}} en onze gedeputeerde hebben dit op {{M:9 april 2026}} kort besproken; ik heb het verslag "
          "van [[P:Bas]] nog niet gezien."),
    ("p", "Groet,\n[[P:Hanneke Mulderije]]\n{{J:juridisch adviseur}} {{O:Vergunningverlening en Handhaving}} | {{O:Provincie Overijssel}}\n"
          "{{Y:Luttenbergstraat 2, Zwolle}} | {{G:038 499 88 99}}"),
    ("sp", 3),
    ("quote", "Van: [[P:Rustenhoven, Okke]]\nVerzonden: donderdag 9 april 2026 17:51\nAan: [[P:Mulderije, Hanneke]]\n"
              "Onderwerp: grensbedrijven"),
    ("quote", "Hoi [[P:Hanneke]], kun je mij de lijst van Overijsselse melders sturen met depositie op de {{AREA:Veluwe}}? Dan "
              "leg ik die naast onze lijst (tranche 3). Bellen kan ook: [[T:06 1399 2741]]. Groet, [[P:Okke]]"),
    ("small", "Dit bericht kan informatie bevatten die niet voor u is bestemd. {{O:Provincie Overijssel}} aanvaardt geen "
              "aansprakelijkheid voor schade die voortvloeit uit elektronisch verzonden berichten."),
]))

# ---------------------------------------------------------------- np28 statenbrief (reportlab DejaVuSerif, 2 p)
DOCS.append(Doc("np28_statenbrief_stand_van_zaken_stikstof", "Statenbrief stand van zaken stikstof", "rl", font="DejaVuSerif",
    header=GLD,
    outline=[("Statenbrief - opsteller O. Rustenhoven", 0)],
    hidden=[("P", "opsteller O. Rustenhoven", "outline")],
    blocks=[
    ("kv", [["Aan", "{{O:Provinciale Staten}} van Gelderland"],
            ["Datum", "{{M:27 januari 2026}}"],
            ["Zaaknummer", "{{C:PS2026-044}}"],
            ["Onderwerp", "Stand van zaken stikstof, PAS-melders en handhaving natuurvergunningen"],
            ["Contactpersoon", "[[P:O. Rustenhoven]], [[T:06 1399 2741]]"]], {"widths": [0.2, 0.8]}),
    ("p", "Geachte leden van {{O:Provinciale Staten}},"),
    ("small", "Verzonden aan de griffie, {{Y:Provinciehuis, Markt 11, Arnhem}} (ingang {{S:Eusebiusbuitensingel}}), en per e-mail aan de fracties."),
    ("p", "Met deze brief informeren wij u over de voortgang van de {{Q:Gelderse Maatregelen Stikstof}}, het "
          "{{Q:Legalisatieprogramma PAS-meldingen}} en het toezicht op natuurvergunningen. Wij geven hiermee ook uitvoering aan de "
          "motie {{C:M-2025-118}} van {{R:Statenlid Kremer}} ({{O:BBB}}) en {{R:Statenlid Boerman}} ({{O:GroenLinks-PvdA}})."),
    ("h", "PAS-melders"),
    ("p", "In Gelderland zijn 512 PAS-meldingen bekend. Van 119 melders is de legalisatie afgerond of in voorbereiding. In "
          "{{M:februari 2026}} leggen wij tranche 3 (37 melders) aan ons college voor. Acht melders zijn in beroep bij de "
          "{{O:Afdeling bestuursrechtspraak van de Raad van State}}. Wij doen geen uitspraken over individuele bedrijven."),
    ("h", "Toezicht en handhaving"),
    ("p", "De omgevingsdiensten ({{O:OVIJ}}, {{O:ODA}}, {{O:ODRA}}, {{O:ODRN}}, {{O:ODR}} en {{O:ODNV}}) hebben in 2025 "
          "312 controles uitgevoerd bij veehouderijen. Bij 21 % werd een overtreding vastgesteld, meestal bij luchtwassers. "
          "Het {{Q:Gelders Handhavingsprogramma Natuur 2026}} is vastgesteld."),
    ("h", "Gebiedsprocessen"),
    ("p", "In de {{L:Gelderse Vallei}}, de {{L:Achterhoek}} en rond de {{AREA:Veluwe}} voeren wij samen met gemeenten, de "
          "waterschappen {{O:Vallei en Veluwe}} en {{O:Rijn en IJssel}} en {{O:LTO Noord}} gebiedsprocessen. Met "
          "{{R:dijkgraaf Klip-Martin}} hebben wij afspraken gemaakt over verdroging en beregening. Het {{O:Rijk}} heeft via het "
          "{{Q:Nationaal Programma Landelijk Gebied}} middelen toegezegd; de minister van {{O:LVVN}} heeft de Kamer hierover "
          "op {{M:15 december 2025}} geïnformeerd."),
    ("pb",),
    ("h", "Vervolg"),
    ("p", "Wij informeren u voor het zomerreces opnieuw. Technische vragen over deze brief kunt u stellen via de griffie, "
          "{{F:griffie@gelderland.nl}}."),
    ("p", "{{O:Gedeputeerde Staten}} van Gelderland,"),
    ("p", "{{R:J.M. Berends}}, voorzitter\ndrs. A.W. Smit-Hendriksen, secretaris"),
    ("small", "Deze brief is behandeld in de commissie Landbouw, Natuur en Stikstof van {{M:4 februari 2026}}. Namens het "
              "college was {{R:gedeputeerde Zoet}} aanwezig."),
]))

# ---------------------------------------------------------------- np29 invorderingsbeschikking (docx)
DOCS.append(Doc("np29_invorderingsbeschikking_dwangsom", "Invorderingsbeschikking dwangsom", "docx", font="LiberationSans",
    meta={"Author": "Steggink H.J."}, hidden=[("P", "Steggink H.J.", "metadata")],
    header=GLD,
    blocks=[
    ("kv", [["Aan", "V.O.F. [[P:WOLTERS-EBBEKINK]]\nT.A.V. DE HEER [[P:H. WOLTERS]] EN MEVROUW [[P:J. WOLTERS-EBBEKINK]]\n[[A:GARDERBROEKERWEG 188]]\n[[A:3774 JE]] KOOTWIJKERBROEK"],
            ["Datum", "{{M:15 juli 2026}}"],
            ["Zaaknummer", "{{C:2026-020913}}"],
            ["Uw relatienummer", "[[N:D-448271]]"],
            ["Behandeld door", "[[P:H.J. Steggink]] ({{O:OVIJ}}, namens de provincie)"]], {"widths": [0.22, 0.78]}),
    ("p", "Geachte heer en mevrouw [[P:Wolters]],"),
    ("p", "Bij besluit van {{M:2 april 2026}} hebben {{O:Gedeputeerde Staten}} u een last onder dwangsom opgelegd wegens het "
          "houden van meer vleesvarkens dan vergund en het niet bijhouden van het logboek van de luchtwasser. Bij de hercontrole "
          "op {{M:18 juni 2026}} bleek dat het logboek nog steeds niet volledig is. U heeft daarom een dwangsom van € 5.000 verbeurd."),
    ("h", "Besluit"),
    ("p", "Wij vorderen het verbeurde bedrag van € 5.000 bij u in op grond van artikel 5:37 van de {{W:Algemene wet bestuursrecht}}. "
          "U dient het bedrag binnen zes weken over te maken op rekening {{C:NL20 INGB 0000 0930 71}} van de {{O:Provincie Gelderland}} "
          "onder vermelding van zaaknummer {{C:2026-020913}}."),
    ("p", "U heeft op {{M:25 juni 2026}} gevraagd het bedrag te verrekenen met een terugbetaling op uw rekening "
          "[[I:NL18 RABO 0123 4598 76]]. Daar gaan wij niet op in. Een betalingsregeling kunt u aanvragen bij "
          "{{F:debiteuren@gelderland.nl}}. Gelet op de medische situatie van de heer [[P:Wolters]] ([[H:revalidatie na hartinfarct]]) "
          "stellen wij de betaaltermijn op twaalf weken."),
    ("h", "Bezwaar"),
    ("p", "Binnen zes weken na verzending kunt u bezwaar maken bij {{O:Gedeputeerde Staten}} van Gelderland, Postbus 9090, 6800 GX "
          "Arnhem, of via {{F:bezwaarschriften@gelderland.nl}}."),
    ("p", "Hoogachtend,\n{{O:Gedeputeerde Staten}} van Gelderland, namens dezen,"),
    ("sig", "meerdink"),
    ("p", "[[P:drs. C.A. Meerdink]], {{J:afdelingshoofd}} {{O:Vergunningverlening, Toezicht en Handhaving}}"),
]))

# ---------------------------------------------------------------- np30 GGD-advies (reportlab LiberationSans)
DOCS.append(Doc("np30_ggd_advies_gezondheid_omwonenden", "Advies GGD over gezondheid omwonenden", "rl", font="LiberationSans",
    header=["{{O:GGD Gelderland-Midden}}  -  Postbus 5364, 6802 EJ Arnhem  -  {{G:088 355 6000}}  -  Medische Milieukunde"],
    blocks=[
    ("kv", [["Aan", "{{O:Provincie Gelderland}}, {{O:Team Natuurvergunningen}}, t.a.v. mevrouw [[P:M. Tjoelker]]\n"
                   "gemeente {{L:Barneveld}}, {{O:team Omgeving}}"],
            ["Datum", "{{M:5 mei 2026}}"],
            ["Kenmerk", "{{C:MMK-2026-0388}}"],
            ["Van", "[[P:dr. S. Akkermans]], {{J:arts medische milieukunde}}"],
            ["Betreft", "zienswijze [[P:Verhoef-Dassen]], uitbreiding melkveehouderij Voorthuizen"]], {"widths": [0.15, 0.85]}),
    ("p", "Geachte mevrouw [[P:Tjoelker]],"),
    ("p", "U vroeg ons te reageren op de gezondheidszorgen die een omwonende in een zienswijze heeft geuit. Met toestemming van "
          "mevrouw [[P:Verhoef-Dassen]] hebben wij ook met haar gesproken. Zij maakt zich zorgen over haar kleinzoon, die "
          "[[H:astma]] heeft en [[H:onder behandeling is van een kinderlongarts]]."),
    ("p", "Algemeen: rond veehouderijen zijn verhoogde concentraties fijnstof en endotoxinen gemeten. Het onderzoek "
          "{{Q:Veehouderij en Gezondheid Omwonenden}} ({{Q:VGO}}) van {{O:RIVM}}, {{O:IRAS}} en {{O:NIVEL}} laat zien dat "
          "mensen met longaandoeningen vaker klachten hebben binnen 1 km van veehouderijen. Voor de gemeente {{L:Barneveld}} "
          "adviseren wij de {{Q:GGD-richtlijn Veehouderij en Gezondheid}} toe te passen bij de omgevingsvergunning voor de "
          "milieubelastende activiteit."),
    ("p", "Voor het individuele kind kunnen wij geen uitspraak doen over de oorzaak van klachten; wij adviseren de familie "
          "dit met de behandelend arts te bespreken. Ook mevrouw [[P:Lamers-Beumer]] ([[A:Stroeerweg 71]]) heeft contact "
          "met ons opgenomen; zij gaf aan [[H:longklachten]] te hebben."),
    ("p", "Met vriendelijke groet,\n\n[[P:dr. Sanne Akkermans]]\n{{J:arts medische milieukunde}}\nT [[T:06 14 27 90 61]] (maandag, dinsdag) - "
          "{{F:mmk@vggm.nl}}"),
]))

# ---------------------------------------------------------------- np31 inventarislijst Woo-besluit (reportlab landscape)
inv = [["Nr", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"],
       ["1", "Controlerapport OVIJ {{C:Z2026-004418}}", "{{M:23-01-2026}}", "deels openbaar", "5.1.2e, 5.1.1d", "opgesteld door [[P:R. Brinkhuis]]"],
       ["2", "Chat toezichthouders", "{{M:24-01-2026}}", "deels openbaar", "5.1.2e, 5.1.1d", "export door [[P:F. Wassenberg]]"],
       ["3", "Veldformulier", "{{M:21-01-2026}}", "deels openbaar", "5.1.2e", "scan"],
       ["4", "E-mail [[P:Rustenhoven]] aan [[P:Tjoelker]]", "{{M:10-02-2026}}", "deels openbaar", "5.1.2e", "-"],
       ["5", "Verslag ambtelijk stikstofoverleg", "{{M:19-02-2026}}", "deels openbaar", "5.1.2e", "verslag [[P:G. ter Horst-Lammers]]"],
       ["6", "Meldformulier geurhinder {{C:M2026-00877}}", "{{M:14-02-2026}}", "deels openbaar", "5.1.2e, 5.1.1d", "melder [[P:Roodbeen]]"],
       ["7", "Statenbrief {{C:PS2026-044}}", "{{M:27-01-2026}}", "openbaar", "-", "reeds openbaar"],
       ["8", "Uitnodiging bestuurlijk overleg", "{{M:26-03-2026}}", "deels openbaar", "5.1.2e", "organisator [[P:Gerdien]]"],
       ["9", "Invorderingsbeschikking {{C:2026-020913}}", "{{M:15-07-2026}}", "deels openbaar", "5.1.2e, 5.1.1d", "[[P:Wolters]]"],
       ["10", "GS-nota {{C:GS2026-0211}} en bijlage 2", "{{M:24-02-2026}}", "deels openbaar", "5.1.2e", "bijlage niet openbaar"]]
DOCS.append(Doc("np31_inventarislijst_woo_besluit_concept", "Concept inventarislijst Woo-besluit", "rl", font="DejaVuCond",
    landscape=True,
    header=["{{O:Provincie Gelderland}} - Woo-verzoek {{C:WOO-2026-0147}} - concept inventarislijst, behandelaar [[P:C. Eijkelenboom]]"],
    blocks=[
    ("h", "Inventarislijst bij besluit op Woo-verzoek {{C:WOO-2026-0147}} (concept {{M:2 april 2026}})"),
    ("table", inv, {"widths": [0.05, 0.3, 0.1, 0.12, 0.13, 0.3]}),
    ("p", "Opmerkingen [[P:CEB]]: kolom 'Opmerking' vóór publicatie leegmaken. Namen van {{R:gedeputeerde Zoet}} en "
          "{{R:dijkgraaf Klip-Martin}} blijven leesbaar; namen van medewerkers van {{O:OVIJ}}, {{O:ODA}} en de provincie worden "
          "weggelakt op grond van artikel 5.1, tweede lid, onder e, {{W:Woo}}. Gezondheidsgegevens: artikel 5.1, eerste lid, "
          "onder d. Vragen aan de verzoeker ([[P:Dekkers-Oudshoorn]]) lopen via {{F:woo@gelderland.nl}}."),
]))

# ---------------------------------------------------------------- np32 English thread with BIJ12 / WUR (reportlab Carlito, 2 p)
DOCS.append(Doc("np32_mailthread_english_wur_emissions", "E-mail thread on air scrubber monitoring (English)", "rl", font="Carlito",
    blocks=[
    mail_en("[[P:Okafor, Chidi]] <[[E:chidi.okafor@wur.nl]]>", "Friday, 6 March 2026 14:37",
            "[[P:Rustenhoven, Okke]] <[[E:o.rustenhoven@gelderland.nl]]>",
            "RE: monitoring protocol air scrubbers - Gelderland pilot",
            cc="[[P:Van der Heijden-Smulders, Lieke]] <[[E:l.vanderheijden@bij12.nl]]>"),
    ("p", "Dear Okke,"),
    ("p", "Thanks for sharing the inspection figures. 13 out of 41 scrubbers malfunctioning is in line with what we saw in the "
          "{{Q:Emissiemetingen Luchtwassers}} project of {{O:Wageningen Livestock Research}}. For the pilot I suggest we install "
          "continuous NH3 sensors at six farms. I do need the farmers' consent; please do not send me their names or UBN "
          "numbers, an anonymised code per farm is enough."),
    ("p", "My colleague [[P:dr. Annika Svensson]] will lead the field work. She will be on leave in April (back on 4 May) "
          "- [[H:medical]] - so we should plan the first visits in late March. You can reach me on "
          "[[T:+31 317 48 29 06]] (direct) or through {{F:livestockresearch@wur.nl}}."),
    ("p", "Best regards,\n[[P:Chidi]]\n\n[[P:Dr. ir. Chidi Okafor]] | {{J:senior researcher emissions}} | {{O:Wageningen University & "
          "Research}} | {{Y:Droevendaalsesteeg 1, 6708 PB Wageningen}}"),
    ("quote", "From: [[P:Rustenhoven, Okke]]\nSent: Thursday, 5 March 2026 09:12\nTo: [[P:Okafor, Chidi]]\n"
              "Cc: [[P:Van der Heijden-Smulders, Lieke]]; [[P:Brinkhuis, Roel]]\nSubject: monitoring protocol air scrubbers - Gelderland pilot"),
    ("quote", "Hi Chidi, as discussed with [[P:Lieke]] at the {{O:BIJ12}} workshop: the province of Gelderland would like to run a pilot "
              "with continuous monitoring under the {{Q:Gelderse Maatregelen Stikstof}}. [[P:Roel]] (inspector, {{O:OVIJ}}) can "
              "introduce you to farmers in {{L:Barneveld}} and {{L:Nijkerk}}. One of them, the V.O.F. in Kootwijkerbroek "
              "([[P:Wolters]]), might be willing, although the father has [[H:heart problems]] and the son runs things now. "
              "{{R:Gedeputeerde Zoet}} is keen to announce the pilot at the {{Q:Boerenlandbouwdag}}. Cheers, [[P:Okke]]"),
    ("pb",),
    mail_en("[[P:Van der Heijden-Smulders, Lieke]] <[[E:l.vanderheijden@bij12.nl]]>", "Friday, 6 March 2026 16:05",
            "[[P:Okafor, Chidi]]; [[P:Rustenhoven, Okke]]", "RE: monitoring protocol air scrubbers - Gelderland pilot"),
    ("p", "All, from the {{O:BIJ12}} side: we can link the sensor data to the {{Q:AERIUS}} emission factors through the "
          "{{Q:Stikstof Rekenmodel}} team. Please use the farm codes GLD-P01 to GLD-P06, and keep the key list only at the "
          "province. For questions about {{W:AVG}} and the {{W:Omgevingswet}} please contact our privacy officer via "
          "{{F:privacy@bij12.nl}}."),
    ("p", "Kind regards,\n[[P:Lieke van der Heijden-Smulders]]\n{{J:programme manager}} {{O:BIJ12}} | M [[T:+31 6 5091 3347]]"),
]))

# ---------------------------------------------------------------- np33 presentielijst informatieavond (scan)
DOCS.append(Doc("np33_presentielijst_informatieavond_scan", "Presentielijst informatieavond (scan)", "scan",
    scan={"font": "mono", "pt": 10.5, "angle": 0.8, "noise": 16, "seed": 33, "q": 58},
    blocks=[
    ("h", "PRESENTIELIJST INFORMATIEAVOND STIKSTOF BINNENVELD"),
    ("p", "2 juni 2026, De Lunterse Boer, Lunteren - Provincie Gelderland / gemeente Ede"),
    ("table", [["Naam", "Straat + nr", "E-mail", "Nieuwsbrief"],
               ["[[P:E. Bakkenes]]", "[[A:Goudsberg 3]]", "[[E:e.bakkenes@ziggo.nl]]", "ja"],
               ["[[P:Wim Hazeleger]]", "[[A:Wijnbergsebosweg 12]]", "-", "nee"],
               ["[[P:Teun van Ommeren]]", "[[A:Postweg 144]]", "[[E:teunvo@gmail.com]]", "ja"],
               ["[[P:Aaltje Kwakkel]]", "[[A:Barneveldseweg 9]]", "[[E:a.kwakkel@kpnmail.nl]]", "ja"],
               ["[[P:Sander Blokhuis]]", "[[A:Dorpsstraat 31]]", "[[E:sanderblokhuis@hotmail.com]]", "ja"],
               ["[[P:Henny Brouwer-Bos]]", "[[A:Boslaan 2]]", "-", "nee"]],
     {"widths": [0.27, 0.27, 0.36, 0.1]}),
    ("p", "Namens provincie: [[P:O. Rustenhoven]], [[P:P. Ramdin]] (OVIJ), gedeputeerde Zoet."),
]))
