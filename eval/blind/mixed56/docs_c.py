"""Set BN documents bn17-bn24: Aw-brief, beslisnota, raadsinformatiebrief, handgeschreven klacht (scan),
sociale urgentie, bezwaar, hoorzitting, wachtlijst."""
from fw import Doc, Dx, make_bsn, make_iban, mm, colors, sig_png, HERE
from reportlab.lib.enums import TA_RIGHT

ASSETS = HERE / "assets"


def bn17():
    d = Doc("bn17_aw_brief_integriteitsmelding", "Brief Aw aan de Alliantie", font="Helvetica", size=9.5,
            org="Autoriteit woningcorporaties")
    d.footer = "Autoriteit woningcorporaties · onderdeel van de Inspectie Leefomgeving en Transport · www.ilent.nl/aw"
    d.p("<b>Autoriteit woningcorporaties</b>", size=13)
    d.p("Ministerie van Volkshuisvesting en Ruimtelijke Ordening", size=8.5)
    d.sp(3)
    d.side("Stichting de Alliantie<br/>t.a.v. de raad van bestuur<br/>Postbus 3<br/>1200 AA Hilversum<br/><br/>"
           "<i>Uitsluitend per e-mail</i>",
           "<b>Autoriteit woningcorporaties</b><br/>Graadt van Roggenweg 500<br/>3531 AH Utrecht<br/>Postbus 16191<br/>"
           "2500 BD Den Haag<br/><br/><b>Contactpersoon</b><br/>mr. drs. Annemarijn Bleeker-Özkan<br/>"
           "senior toezichthouder<br/>M +31 6 2099 4513<br/>annemarijn.bleeker@ilent.nl<br/><br/>"
           "<b>Ons kenmerk</b><br/>ILT-2024/311872<br/><b>Datum</b><br/>16 december 2024", wl=100, wr=62)
    d.sp(4)
    d.p("<b>Onderwerp: afhandeling integriteitsmelding project Poortkwartier</b>")
    d.p("Geachte raad van bestuur,")
    d.p("Op 2 oktober 2024 ontving de Aw een melding over mogelijke belangenverstrengeling bij de aanbesteding van "
        "de bouw van 96 sociale huurwoningen in het project Poortkwartier in Almere. De melder, een medewerker "
        "van een inschrijvende aannemer, heeft gevraagd zijn identiteit niet aan u bekend te maken; wij noemen "
        "hem daarom niet. De melding betrof de relatie tussen uw projectmanager, de heer Sander Kuipers-Lont, en "
        "een bestuurder van de winnende aannemer.")
    d.p("Wij hebben u op 15 oktober 2024 om informatie gevraagd. Uit uw reactie van 8 november 2024, "
        "ondertekend door de directeur Vastgoed, en uit het verslag van het onderzoek door Hoffmann Bedrijfsrecherche "
        "blijkt dat de heer Kuipers-Lont zijn relatie tijdig heeft gemeld bij de compliance officer, mevrouw "
        "Jasmijn ter Haar, en dat hij niet heeft deelgenomen aan de beoordeling van de inschrijvingen.")
    d.p("De Aw ziet daarom geen aanleiding voor verdere interventies. Wel verzoeken wij u in uw "
        "integriteitsbeleid vast te leggen dat meldingen van nevenfuncties en relaties van projectmedewerkers "
        "jaarlijks worden geactualiseerd (artikel 25 Woningwet en de Governancecode Woningcorporaties 2020).")
    d.p("Een afschrift van deze brief is verzonden aan de raad van commissarissen en aan wethouder Oudshoorn van "
        "de gemeente Almere, die ons op 4 oktober 2024 over dezelfde kwestie benaderde.")
    d.p("Hoogachtend,<br/>de Autoriteit woningcorporaties,<br/>namens deze,")
    d.sp(8)
    d.p("drs. P.L.M. (Pieter) Oosterwijk-Haverkamp<br/>manager Toezicht")
    d.sp(2)
    d.table([["Paraaf", "Naam", "Datum"], ["AB", "A. Bleeker-Özkan", "11-12"], ["GvdL", "G. van der Linde", "12-12"],
             ["PO", "P. Oosterwijk-Haverkamp", "16-12"]], widths=[20 * mm, 55 * mm, 20 * mm], size=7.5)
    d.motivation()
    d.r("PERSON", "Annemarijn Bleeker-Özkan", "Bleeker-Özkan", "Annemarijn")
    d.r("PHONE", "+31 6 2099 4513", "+31 6 2099 4513")
    d.r("EMAIL", "annemarijn.bleeker@ilent.nl", "annemarijn.bleeker@ilent.nl")
    d.r("PERSON", "Sander Kuipers-Lont", "Kuipers-Lont", "Sander")
    d.r("PERSON", "Jasmijn ter Haar", "ter Haar", "Jasmijn")
    d.r("PERSON", "P.L.M. (Pieter) Oosterwijk-Haverkamp", "Oosterwijk-Haverkamp", "Pieter", "P.L.M.")
    d.r("PERSON", "G. van der Linde", "G. van der Linde")
    d.r("PARAPH", "AB / GvdL / PO", "AB", "GvdL", "PO")
    d.k("ORG", "Autoriteit woningcorporaties", "Stichting de Alliantie", "Hoffmann Bedrijfsrecherche",
        "Inspectie Leefomgeving en Transport", "gemeente Almere")
    d.k("OFFICE", "wethouder Oudshoorn")
    d.k("STREET", "Graadt van Roggenweg 500")
    d.k("ADDRESS", "Postbus 16191")
    d.k("LAW", "Woningwet", "Governancecode Woningcorporaties 2020", "artikel 25")
    d.k("REF", "ILT-2024/311872")
    d.k("PROJECT", "Poortkwartier")
    d.k("TERM", "compliance officer", "senior toezichthouder", "manager Toezicht", "directeur Vastgoed")
    d.k("DATE", "16 december 2024", "2 oktober 2024")
    return d


def bn18():
    d = Doc("bn18_beslisnota_college_poortkwartier", "Collegevoorstel Poortkwartier fase 2", font="LibSans",
            size=9.5, org="Gemeente Almere")
    d.footer = "Collegevoorstel 2024-0871 – Nieuwbouwproject Poortkwartier fase 2 – pagina {p} van 2"
    d.p("<b>COLLEGEVOORSTEL</b>  Gemeente Almere", size=13)
    d.table([["Aan", "wethouder Oudshoorn (portefeuille Wonen en Volkshuisvesting)"],
             ["Van", "Liesbeth Groen, programmamanager Woningbouw"],
             ["Kopie aan", "burgemeester Van der Loo; wethouder Tijsmans (Financiën)"],
             ["Datum", "24 september 2024"],
             ["Registratienummer", "2024-0871"],
             ["Contactpersoon", "Liesbeth Groen, 06 8412 0953, l.groen@almere.nl"],
             ["Onderwerp", "Verdeling sociale huur en middenhuur Poortkwartier fase 2"]],
            widths=[38 * mm, 127 * mm], head=False, bold_first_col=True)
    d.sp(2)
    d.h("Aanleiding")
    d.p("In het raadsprogramma ‘Almere bouwt door’ en de Woondeal Almere 2022-2030 is afgesproken dat 30% van de "
        "nieuwbouw sociale huur wordt en 40% middenhuur of betaalbare koop. Voor fase 2 van Poortkwartier "
        "(412 woningen) moet het college de verdeling tussen de corporaties de Alliantie en Ymere en de "
        "ontwikkelaar BPD Ontwikkeling vaststellen. De Wet betaalbare huur, in werking sinds 1 juli 2024, "
        "verandert de rekensom voor de middenhuur.")
    d.h("Geadviseerd besluit")
    d.p("Aan het college wordt gevraagd: 1. in te stemmen met de verdeling 124 sociale huurwoningen (de Alliantie "
        "72, Ymere 52), 165 middenhuurwoningen (BPD Ontwikkeling) en 123 koopwoningen; 2. de raad te "
        "informeren met de bijgevoegde raadsinformatiebrief.")
    d.h("Kern")
    d.p("De corporaties kunnen de sociale huurwoningen alleen realiseren als de grondprijs wordt verlaagd tot de "
        "normprijs uit de Grondprijsbrief 2024. Het tekort in de grondexploitatie (€ 3,1 mln) wordt gedekt uit "
        "de Woningbouwimpuls. Ymere (mevrouw Ramdin-Soekhlal) en de Alliantie (de heer Van Wijngaarden) zijn "
        "akkoord. BPD heeft gevraagd het rekenmodel vertrouwelijk te houden.")
    d.h("Krachtenveld")
    d.p("De fractie van Leefbaar Almere (raadslid Bosman) heeft schriftelijke vragen gesteld over de wachttijden. "
        "De huurdersorganisatie Huurdersvereniging Almere is positief. Intern is het advies van team Financiën "
        "(opsteller Tülay Özdemir) verwerkt; zij wijst op het risico van rentestijging.")
    d.brk()
    d.h("Bijlagen")
    d.p("1. Concept-raadsinformatiebrief; 2. Memo grondexploitatie fase 2 (Özdemir, 18 januari 2024, "
        "vertrouwelijk); 3. Verdeelsleutel.")
    d.h("Paraaf")
    d.table([["Naam", "Functie", "Paraaf", "Datum"],
             ["L. Groen", "programmamanager Woningbouw", "LG", "24-09"],
             ["Chris Wubben-Tang", "afdelingsmanager Stedelijke Ontwikkeling", "CWT", "25-09"],
             ["T. Özdemir", "adviseur Financiën", "TÖ", "25-09"],
             ["Rutger Hamelink", "concerncontroller", "RH", "26-09"],
             ["wethouder Oudshoorn", "portefeuillehouder", "akkoord", "30-09"]],
            widths=[45 * mm, 65 * mm, 20 * mm, 20 * mm])
    d.sp(3)
    d.h("Informatie die niet openbaar gemaakt kan worden")
    d.p("Motivering", bold=True)
    d.p("In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd. "
        "Bijlage 2 bevat vertrouwelijke bedrijfsgegevens (artikel 5.1, eerste lid, onder c, Woo).")
    d.r("PERSON", "Liesbeth Groen", "Liesbeth Groen", "L. Groen", "Groen", "Liesbeth")
    d.r("PHONE", "06 8412 0953", "06 8412 0953")
    d.r("EMAIL", "l.groen@almere.nl", "l.groen@almere.nl")
    d.r("PERSON", "mevrouw Ramdin-Soekhlal", "Ramdin-Soekhlal")
    d.r("PERSON", "de heer Van Wijngaarden", "Van Wijngaarden")
    d.r("PERSON", "Tülay Özdemir", "Özdemir", "Tülay")
    d.r("PERSON", "Chris Wubben-Tang", "Wubben-Tang", "Chris")
    d.r("PERSON", "Rutger Hamelink", "Hamelink", "Rutger")
    d.r("PARAPH", "LG / CWT / TÖ / RH", "LG", "CWT", "TÖ", "RH")
    d.k("OFFICE", "wethouder Oudshoorn", "burgemeester Van der Loo", "wethouder Tijsmans", "raadslid Bosman")
    d.k("ORG", "Gemeente Almere", "de Alliantie", "Ymere", "BPD Ontwikkeling", "Leefbaar Almere",
        "Huurdersvereniging Almere")
    d.k("PROGRAMME", "Almere bouwt door", "Woondeal Almere 2022-2030", "Woningbouwimpuls", "Grondprijsbrief 2024")
    d.k("LAW", "Wet betaalbare huur")
    d.k("PROJECT", "Poortkwartier")
    d.k("REF", "2024-0871")
    d.k("AMOUNT", "€ 3,1 mln")
    d.k("TERM", "programmamanager Woningbouw", "concerncontroller", "portefeuillehouder")
    return d


def bn19():
    d = Doc("bn19_raadsinformatiebrief_urgentie_groningen", "Raadsinformatiebrief urgentieregeling 2026",
            font="DejaVuSerif", size=9.5, org="Gemeente Groningen")
    d.footer = "Gemeente Groningen · Kreupelstraat 1 · Postbus 30026, 9700 RM Groningen · 14 050 · {p}"
    d.p("<b>Gemeente Groningen</b>", size=14)
    d.p("Raadsinformatiebrief", size=11)
    d.table([["Aan", "de gemeenteraad van Groningen"], ["Datum", "18 november 2025"],
             ["Ons kenmerk", "RIB 2025-441 / 6543210"], ["Onderwerp", "Evaluatie urgentieregeling en voorstel Huisvestingsverordening 2026"],
             ["Portefeuillehouder", "wethouder Bloemhoff"]], widths=[38 * mm, 127 * mm], head=False, bold_first_col=True)
    d.sp(2)
    d.p("Geachte leden van de raad,")
    d.p("Met deze brief informeren wij u over de evaluatie van de urgentieregeling in de Huisvestingsverordening "
        "Groningen 2022 en over ons voornemen de regeling aan te passen aan de Wet versterking regie "
        "volkshuisvesting. Die wet verplicht gemeenten vanaf 2026 een urgentieregeling te hebben voor onder meer "
        "mantelzorgers, uitstromers uit de maatschappelijke opvang en mensen die uit een instelling voor beschermd "
        "wonen komen.")
    d.h("Cijfers 2024 en 2025")
    d.table([["", "2024", "2025 (t/m okt.)"], ["Aanvragen urgentie", "1.214", "1.038"], ["Toegekend – medisch", "212", "187"],
             ["Toegekend – sociaal", "361", "344"], ["Toegekend – uitstroom opvang", "148", "171"],
             ["Gemiddelde zoektijd met urgentie (weken)", "19", "23"]], widths=[80 * mm, 30 * mm, 35 * mm])
    d.sp(2)
    d.p("De zoektijd met urgentie stijgt. De corporaties Lefier, Nijestee, De Huismeesters en Patrimonium hebben in "
        "de prestatieafspraken toegezegd 45% van de vrijkomende sociale huurwoningen aan urgenten en andere "
        "aandachtsgroepen toe te wijzen. De Woonbond en de Huurdersvereniging Groningen hebben geadviseerd ook "
        "mensen met een dreigende huisuitzetting na scheiding urgentie te geven.")
    d.h("Wat gaan we doen?")
    d.p("Wij leggen u in het eerste kwartaal van 2026 een nieuwe Huisvestingsverordening voor. Daarin nemen wij de "
        "verplichte doelgroepen uit de Wet versterking regie volkshuisvesting op, sluiten wij aan bij het "
        "landelijke programma ‘Een thuis voor iedereen’ en verkorten wij de doorlooptijd van een beslissing van "
        "acht naar vier weken. Minister Keijzer heeft in haar brief aan de Tweede Kamer van 30 juni 2025 gemeld "
        "dat de wet per 1 januari 2026 in werking treedt.")
    d.p("In de commissie Wonen van 8 oktober 2025 vroeg raadslid Van Veen-Tuinman (Stadspartij 100% voor "
        "Groningen) naar de positie van dak- en thuisloze jongeren. Wij komen daarop terug in de verordening.")
    d.p("Met vriendelijke groet,<br/>burgemeester en wethouders van Groningen,")
    d.table([["de burgemeester,", "de secretaris,"], ["Koen Schuiling", "(ondertekend)"]],
            widths=[80 * mm, 80 * mm], head=False, grid=False)
    d.sp(3)
    d.p("Meer informatie: Joris Wiersma-Tjoelker, beleidsadviseur Wonen, j.wiersma-tjoelker@groningen.nl, "
        "06 3189 2274.", size=8.5)
    d.r("PERSON", "Joris Wiersma-Tjoelker", "Wiersma-Tjoelker", "Joris")
    d.r("EMAIL", "j.wiersma-tjoelker@groningen.nl", "j.wiersma-tjoelker@groningen.nl")
    d.r("PHONE", "06 3189 2274", "06 3189 2274")
    d.k("ORG", "Gemeente Groningen", "Lefier", "Nijestee", "De Huismeesters", "Patrimonium", "Woonbond",
        "Huurdersvereniging Groningen", "Tweede Kamer", "Stadspartij 100% voor Groningen")
    d.k("OFFICE", "wethouder Bloemhoff", "Minister Keijzer", "raadslid Van Veen-Tuinman", "Koen Schuiling")
    d.k("LAW", "Huisvestingsverordening Groningen 2022", "Wet versterking regie volkshuisvesting", "Huisvestingsverordening")
    d.k("PROGRAMME", "Een thuis voor iedereen", "prestatieafspraken")
    d.k("REF", "RIB 2025-441 / 6543210")
    d.k("PHONE", "14 050")
    d.k("ADDRESS", "Kreupelstraat 1", "Postbus 30026, 9700 RM Groningen")
    d.k("NUM", "1.214", "1.038")
    d.k("TERM", "beleidsadviseur Wonen", "commissie Wonen")
    d.k("DATE", "18 november 2025", "30 juni 2025")
    return d


def bn20():
    """Scan of a handwritten letter (handwriting font)."""
    d = Doc("bn20_scan_handgeschreven_klacht", "Scan 2025-01-09 handgeschreven brief", font="Femke", size=17,
            org="Gemeente Tilburg")
    d.scan = True
    d.angle = 1.0
    d.margins = (20 * mm, 18 * mm, 18 * mm, 18 * mm)
    kw = dict(lead=24, space=6)
    d.p("Truus van Dokkum", **kw)
    d.p("Lage Witsiebaan 88", **kw)
    d.p("5042 DJ Tilburg", **kw)
    d.p("tel 06 2218 4470", **kw)
    d.sp(3)
    d.p("Aan de gemeente Tilburg, afdeling Wonen", **kw)
    d.p("Tilburg 6 januari 2025", **kw)
    d.sp(2)
    d.p("Geachte mevrouw, meneer,", **kw)
    d.p("Ik schrijf u omdat TBV Wonen niks doet aan de schimmel in mijn flat. Ik woon hier 31 jaar. Mijn man "
        "Wim is in november overleden en ik heb sindsdien reuma erger. De dokter zegt dat het vocht niet goed "
        "is voor mijn longen.", **kw)
    d.p("De buurman meneer Rutgers zegt dat het bij hem ook zo is. Ik wil graag een andere woning met "
        "voorrang. Mijn dochter Ria helpt mij met deze brief.", **kw)
    d.sp(2)
    d.p("Met vriendelijke groet,", **kw)
    d.p("T. van Dokkum", size=22)
    # handwriting: only what tesseract reads in the original is a probe (first name, postcode, phone are not)
    d.r("PERSON", "Truus van Dokkum", "Dokkum", ch="ocr")
    d.r("ADDRESS", "Lage Witsiebaan 88, 5042 DJ Tilburg", "Witsiebaan", ch="ocr")
    d.r("PERSON", "Wim", "Wim", ch="ocr")
    d.r("HEALTH", "reuma", "reuma", ch="ocr")
    d.r("PERSON", "meneer Rutgers", "Rutgers", ch="ocr")
    d.r("PERSON", "Ria", "Ria", ch="ocr")
    return d


def bn21():
    d = Doc("bn21_intakeverslag_sociale_urgentie", "Intakeverslag sociale urgentie", font="Times-Roman", size=10.5,
            org="Gemeente Amsterdam")
    d.footer = "VERTROUWELIJK – Gemeente Amsterdam, Wonen – Team Urgentie & Bemiddeling – Jodenbreestraat 25 – {p}/2"
    d.p("<b>Gemeente Amsterdam – Wonen</b>", size=13)
    d.p("<b>Intakeverslag aanvraag urgentie (sociale indicatie)</b>", size=12)
    d.table([["Dossier", "SU-2025-01947", "Datum intake", "12 februari 2025"],
             ["Aanvrager", "Sara Mekonnen Tesfaye", "Geb.", "30-07-1991"],
             ["Huidig verblijf", "Blijf Groep, opvanglocatie (adres geheim)", "BSN", make_bsn("31458207")],
             ["Kinderen", "Liya (6), Dawit (3)", "Intaker", "Bart-Jan Oudejans"],
             ["Verwijzer", "Veilig Thuis Amsterdam-Amstelland, mw. Houkje Feddema", "Tel. verwijzer", "06 1055 3987"]],
            widths=[28 * mm, 62 * mm, 25 * mm, 50 * mm], head=False, size=9)
    d.sp(3)
    d.h("1. Aanleiding", size=11)
    d.p("Mevrouw Mekonnen Tesfaye verblijft sinds 3 januari 2025 met haar twee kinderen in de vrouwenopvang van de "
        "Blijf Groep, na huiselijk geweld door haar ex-partner, de heer Yonas Gebremedhin. Zij woonde met hem in "
        "een huurwoning van Stadgenoot aan de Balboaplein 31-II, 1057 VS Amsterdam (huurcontract op beider naam). "
        "De politie heeft de ex-partner op 2 januari 2025 aangehouden; de officier van justitie heeft hem een "
        "<b>tijdelijk huisverbod</b> opgelegd en hij is op 30 januari door de politierechter "
        "<b>veroordeeld voor mishandeling</b> (voorwaardelijke gevangenisstraf met contactverbod).")
    d.h("2. Situatie en zelfredzaamheid", size=11)
    d.p("Mevrouw spreekt Tigrinya, Engels en redelijk Nederlands. Zij werkt 24 uur per week als "
        "schoonmaakmedewerker bij Hago Next. Zij is onder behandeling bij de POH-GGZ van haar huisarts voor een "
        "<b>depressieve stoornis met angstklachten</b>; haar behandelaar, Jolien van Straaten, ondersteunt de "
        "aanvraag. Liya gaat naar basisschool De Vuurtoren; Dawit zit op de peuteropvang.")
    d.p("Terugkeer naar de woning aan het Balboaplein is niet veilig: de ex-partner kent het adres en heeft vrienden "
        "in de buurt. Stadgenoot wil meewerken aan het splitsen van het huurcontract (contract 81-447120).")
    d.brk()
    d.h("3. Toetsing aan de Huisvestingsverordening Amsterdam 2024", size=11)
    d.p("Mevrouw valt onder de doelgroep ‘uitstroom uit de vrouwenopvang’ (artikel 2.6.3, lid 1, onder c). Zij "
        "heeft geen eigen woonruimte, geen inkomen boven de inkomensgrens voor sociale huur (€ 47.699) en geen "
        "mogelijkheid tot terugkeer. De opvang bevestigt dat zij uitstroomklaar is (e-mail van mw. Femke "
        "Ruijgrok-Adjei, woonbegeleider Blijf Groep, 10 februari 2025).")
    d.h("4. Advies intaker", size=11)
    d.p("Ik adviseer urgentie toe te kennen voor een woning met twee slaapkamers in Amsterdam Nieuw-West of "
        "Noord, zo mogelijk niet in de buurt van Bos en Lommer. Het advies gaat naar de urgentiecommissie van 20 "
        "februari 2025 (voorzitter: de teammanager Urgentie).")
    d.sp(3)
    d.p("Bart-Jan Oudejans<br/>consulent urgentie<br/>b.oudejans@amsterdam.nl | 06 4318 2027")
    d.sp(3)
    d.p("<i>Besluit urgentiecommissie 20-02-2025: toegekend, categorie sociaal/uitstroom. Paraaf voorzitter: "
        "MvB.</i>", size=9)
    d.motivation("Gegevens over gezondheid en strafrechtelijke gegevens zijn weggelakt op grond van artikel 5.1, "
                 "eerste lid, onder d, Woo; het BSN op grond van artikel 5.1, eerste lid, onder e, Woo.")
    d.r("PERSON", "Sara Mekonnen Tesfaye", "Mekonnen Tesfaye", "Sara")
    d.r("DOB", "30-07-1991", "30-07-1991")
    d.r("BSN", "BSN", make_bsn("31458207"))
    d.r("PERSON", "Liya", "Liya")
    d.r("PERSON", "Dawit", "Dawit")
    d.r("PERSON", "Bart-Jan Oudejans", "Oudejans", "Bart-Jan")
    d.r("PERSON", "Houkje Feddema", "Feddema", "Houkje")
    d.r("PHONE", "06 1055 3987", "06 1055 3987")
    d.r("PERSON", "Yonas Gebremedhin", "Gebremedhin", "Yonas")
    d.r("ADDRESS", "Balboaplein 31-II, 1057 VS Amsterdam", "Balboaplein 31-II", "1057 VS", "Balboaplein")
    d.r("CRIMINAL", "tijdelijk huisverbod / veroordeeld voor mishandeling", "tijdelijk huisverbod",
        "veroordeeld voor mishandeling")
    d.r("HEALTH", "depressieve stoornis met angstklachten", "depressieve stoornis met angstklachten")
    d.r("PERSON", "Jolien van Straaten", "van Straaten", "Jolien")
    d.r("CONTRACT", "81-447120", "81-447120")
    d.r("PERSON", "Femke Ruijgrok-Adjei", "Ruijgrok-Adjei")
    d.r("EMAIL", "b.oudejans@amsterdam.nl", "b.oudejans@amsterdam.nl")
    d.r("PHONE", "06 4318 2027", "06 4318 2027")
    d.r("PARAPH", "MvB", "MvB")
    d.k("ORG", "Gemeente Amsterdam", "Blijf Groep", "Stadgenoot", "Veilig Thuis Amsterdam-Amstelland", "Hago Next")
    d.k("LAW", "Huisvestingsverordening Amsterdam 2024", "artikel 2.6.3")
    d.k("PLACE", "Nieuw-West", "Bos en Lommer")
    d.k("REF", "SU-2025-01947")
    d.k("AMOUNT", "€ 47.699")
    d.k("ADDRESS", "Jodenbreestraat 25")
    d.k("TERM", "urgentiecommissie", "consulent urgentie", "woonbegeleider", "teammanager Urgentie")
    d.k("DATE", "12 februari 2025", "20 februari 2025")
    return d


def bn22():
    d = Doc("bn22_bezwaarschrift_advocaat_urgentie", "Bezwaarschrift weigering urgentie", font="LibSerif",
            size=10.5, org="Advocatenkantoor Vondelpark")
    d.footer = "Advocatenkantoor Vondelpark · Van Baerlestraat 112 · 1071 BD Amsterdam · 020 - 671 44 20 · Stichting Derdengelden"
    d.p("ADVOCATENKANTOOR VONDELPARK", size=14, bold=True)
    d.p("huurrecht · bestuursrecht · sociale zekerheid", size=9)
    d.sp(4)
    d.side("Aan het college van burgemeester en wethouders<br/>van de gemeente Amsterdam<br/>t.a.v. de "
           "bezwaarschriftencommissie<br/>Postbus 202<br/>1000 AE Amsterdam",
           "Behandeld door: mr. E.J.M. Rademaker-Oyelaran<br/>Direct: 020 - 671 44 27<br/>"
           "rademaker@advocatenvondelpark.nl<br/>Uw kenmerk: SU-2024-11802<br/>Ons kenmerk: 2025.0113/ER",
           wl=95, wr=70)
    d.sp(6)
    d.p("Amsterdam, 21 januari 2025")
    d.p("<b>Betreft: bezwaar tegen weigering urgentieverklaring – cliënt de heer D. Kowalczyk</b>")
    d.p("Geacht college,")
    d.p("Namens mijn cliënt, de heer Dariusz Kowalczyk, geboren 14 mei 1983, wonende Tweede Oosterparkstraat "
        "207-III, 1092 BJ Amsterdam, maak ik bezwaar tegen uw besluit van 12 december 2024 (kenmerk "
        "SU-2024-11802), waarbij zijn aanvraag om een urgentieverklaring is afgewezen.")
    d.p("Cliënt woont met zijn zoon in een onderhuurde kamer van 14 m². De hoofdhuurder, de heer Mustafa "
        "Kaya, heeft de onderhuur opgezegd per 1 maart 2025. Cliënt heeft na een arbeidsongeval in 2023 een "
        "<b>dwarslaesie op niveau Th12</b> en is rolstoelgebonden; de kamer ligt op de derde verdieping zonder lift. "
        "U heeft de medische situatie ten onrechte niet laten beoordelen door een onafhankelijk medisch adviseur; "
        "daarmee is het besluit in strijd met artikel 3:2 van de Algemene wet bestuursrecht (zorgvuldigheid).")
    d.p("Ook heeft u miskend dat cliënt onder de doelgroep ‘mantelzorg’ valt: hij zorgt voor zijn moeder, "
        "mevrouw Halina Kowalczyk, die in Diemen woont. Ik verwijs naar de uitspraak van de rechtbank Amsterdam "
        "van 4 juni 2024 (ECLI:NL:RBAMS:2024:3318) en naar de Huisvestingsverordening Amsterdam 2024.")
    d.p("Ik verzoek u het besluit te herroepen en cliënt alsnog urgentie te verlenen. Cliënt wenst te worden "
        "gehoord. De machtiging en een verklaring van de revalidatiearts van Reade, dr. Sjoerd Hofstee, zijn "
        "bijgevoegd.")
    d.p("Hoogachtend,<br/><br/>mr. E.J.M. Rademaker-Oyelaran")
    d.r("PERSON", "E.J.M. Rademaker-Oyelaran", "Rademaker-Oyelaran", "E.J.M.")
    d.r("PHONE", "020 - 671 44 27", "020 - 671 44 27")
    d.r("EMAIL", "rademaker@advocatenvondelpark.nl", "rademaker@advocatenvondelpark.nl")
    d.r("PERSON", "Dariusz Kowalczyk", "Kowalczyk", "Dariusz", "D.")
    d.r("DOB", "14 mei 1983", "14 mei 1983")
    d.r("ADDRESS", "Tweede Oosterparkstraat 207-III, 1092 BJ Amsterdam", "Tweede Oosterparkstraat 207-III", "1092 BJ")
    d.r("PERSON", "Mustafa Kaya", "Kaya", "Mustafa")
    d.r("HEALTH", "dwarslaesie op niveau Th12", "dwarslaesie op niveau Th12", "rolstoelgebonden")
    d.r("PERSON", "Halina Kowalczyk", "Halina")
    d.r("PERSON", "Sjoerd Hofstee", "Hofstee", "Sjoerd")
    d.k("ORG", "Advocatenkantoor Vondelpark", "Reade", "gemeente Amsterdam")
    d.k("STREET", "Van Baerlestraat 112")
    d.k("LAW", "Algemene wet bestuursrecht", "artikel 3:2", "Huisvestingsverordening Amsterdam 2024")
    d.k("REF", "SU-2024-11802", "ECLI:NL:RBAMS:2024:3318", "2025.0113/ER")
    d.k("PLACE", "Diemen")
    d.k("ADDRESS", "Postbus 202")
    d.k("PHONE", "020 - 671 44 20")
    d.k("TERM", "bezwaarschriftencommissie", "revalidatiearts", "mantelzorg")
    return d


def bn23():
    d = Doc("bn23_verslag_hoorzitting_bezwaar", "Verslag hoorzitting bezwaarschriftencommissie", producer="docx",
            org="Gemeente Amsterdam")
    x = d.docx = Dx(font="Liberation Sans", size=10, header="Bezwaarschriftencommissie Amsterdam – kamer Wonen",
                    footer="Secretariaat bezwaarschriftencommissie · Postbus 202, 1000 AE Amsterdam · bezwaar@amsterdam.nl")
    x.p("**Verslag van de hoorzitting**", size=14)
    x.table([["Zaak", "BZ-2025-00318 (bezwaar tegen weigering urgentie, kenmerk SU-2024-11802)"],
             ["Datum en plaats", "4 maart 2025, Stadhuis Amsterdam, Amstel 1, zaal 0.12"],
             ["Commissie", "mr. Ferdinand Oud-Veenstra (voorzitter), drs. Yvonne Lammerts-Ngo, Hidde Overbeek"],
             ["Secretaris", "mr. Roosmarijn Dekkers"],
             ["Bezwaarde", "de heer D. Kowalczyk, bijgestaan door mr. E.J.M. Rademaker-Oyelaran"],
             ["Verweerder", "college van B&W, vertegenwoordigd door Niels Bakhuizen (jurist Wonen)"]],
            widths=[35, 130], head=False, size=9)
    x.h("Toelichting bezwaarde", level=3)
    x.p("Mr. Rademaker-Oyelaran verwijst naar het bezwaarschrift van 21 januari 2025. Zij benadrukt dat de "
        "heer Kowalczyk sinds het ongeval in een rolstoel zit en dat de kamer aan de Tweede Oosterparkstraat niet "
        "toegankelijk is. De heer Kowalczyk vertelt dat zijn zoon Mateusz (15) hem de trap op helpt en dat hij "
        "door de val vorige maand een doorligwond heeft gekregen die door de wijkverpleging van Buurtzorg wordt "
        "verzorgd.")
    x.h("Toelichting verweerder", level=3)
    x.p("De heer Bakhuizen erkent dat geen medisch advies is gevraagd. Het team Urgentie was destijds van mening "
        "dat de situatie door onderhuur ‘zelf veroorzaakt’ was. Hij wijst erop dat volgens artikel 2.6.1 van de "
        "Huisvestingsverordening Amsterdam 2024 geen urgentie wordt verleend als de aanvrager het probleem zelf "
        "kan oplossen. Gevraagd naar het beleid bij mantelzorg verwijst hij naar de beleidsregels van wethouder "
        "Pels.")
    x.h("Vragen van de commissie", level=3)
    x.p("De voorzitter vraagt of een Wmo-woningaanpassing mogelijk is. De heer Bakhuizen antwoordt dat dit bij een "
        "onderhuurde kamer niet kan. Mevrouw Lammerts-Ngo vraagt naar de zorg voor de moeder; de heer Kowalczyk "
        "zegt dat hij drie keer per week naar Diemen reist.")
    x.h("Afsluiting", level=3)
    x.p("De voorzitter sluit de hoorzitting om 11.10 uur. De commissie brengt binnen vier weken advies uit aan "
        "het college. Het verslag is opgesteld door de secretaris.")
    x.p("\nR. Dekkers, secretaris")
    x.motivation("Gezondheidsgegevens zijn weggelakt op grond van artikel 5.1, eerste lid, onder d, Woo.")
    d.r("PERSON", "Ferdinand Oud-Veenstra", "Oud-Veenstra", "Ferdinand")
    d.r("PERSON", "Yvonne Lammerts-Ngo", "Lammerts-Ngo", "Yvonne")
    d.r("PERSON", "Hidde Overbeek", "Overbeek", "Hidde")
    d.r("PERSON", "Roosmarijn Dekkers", "Dekkers", "Roosmarijn")
    d.r("PERSON", "D. Kowalczyk", "Kowalczyk")
    d.r("PERSON", "E.J.M. Rademaker-Oyelaran", "Rademaker-Oyelaran")
    d.r("PERSON", "Niels Bakhuizen", "Bakhuizen", "Niels")
    d.r("PERSON", "Mateusz", "Mateusz")
    d.r("HEALTH", "doorligwond / rolstoel", "doorligwond", "in een rolstoel")
    d.k("ORG", "Buurtzorg", "Stadhuis Amsterdam")
    d.k("OFFICE", "wethouder Pels")
    d.k("LAW", "Huisvestingsverordening Amsterdam 2024", "artikel 2.6.1")
    d.k("REF", "BZ-2025-00318", "SU-2024-11802")
    d.k("ADDRESS", "Amstel 1")
    d.k("MAILBOX", "bezwaar@amsterdam.nl")
    d.k("PLACE", "Diemen")
    d.k("TERM", "jurist Wonen", "team Urgentie", "hoorzitting")
    return d


def bn24():
    d = Doc("bn24_overzicht_urgenten_matching", "Overzicht urgent woningzoekenden matching Q3", font="LibMono",
            size=7.5, land=True, org="Gemeente Tilburg")
    d.margins = (12 * mm, 12 * mm, 14 * mm, 14 * mm)
    d.footer = "Gemeente Tilburg – team Wonen – matchingslijst urgenten – export 01-10-2025 – blad {p}"
    d.h("MATCHINGSLIJST URGENTEN – KWARTAAL 3 2025 – TBV WONEN / WONENBREBURG / TIWOS", size=10)
    rows = [["Reg.nr", "NAAM", "Geb.datum", "Huidig adres", "Cat.", "Reden (intern)", "Verloopt", "Consulent"],
            ["WNT-448120", "JANSSEN-VAN DER HEIJDEN, M.C.", "12-02-1957", "Ringbaan-Oost 402", "MED",
             "COPD, zuurstof", "14-11-2025", "R. Schellekens"],
            ["WNT-451877", "OUALI, NADIA", "03-09-1989", "Piushaven 17-A", "SOC", "relatie beëindigd, 3 kinderen",
             "02-12-2025", "K. Dogan"],
            ["WNT-452003", "VAN DOKKUM, G.", "21-04-1944", "Lage Witsiebaan 88", "MED", "reuma, weduwe",
             "09-01-2026", "R. Schellekens"],
            ["WNT-452311", "NGUYEN THI LAN", "30-11-1978", "Korvelseweg 233", "SOC", "dakloos na brand",
             "15-01-2026", "K. Dogan"],
            ["WNT-453090", "DE LA CRUZ ROMERO, J.", "08-06-2001", "Ruwaard-opvang (Traverse)", "UIT",
             "uitstroom beschermd wonen (schizofrenie)", "20-01-2026", "M. ten Brinke"],
            ["WNT-453412", "BRUGMANS, P.A.H.", "17-12-1966", "Hoogvensestraat 5", "MED",
             "beenamputatie, rolstoel", "28-01-2026", "M. ten Brinke"],
            ["WNT-453700", "EL KHATTABI, YOUSSEF", "25-07-1995", "Stationsstraat 31 (kamer)", "MZ",
             "mantelzorg voor vader", "04-02-2026", "K. Dogan"]]
    d.table(rows, widths=[22 * mm, 55 * mm, 20 * mm, 45 * mm, 11 * mm, 58 * mm, 20 * mm, 29 * mm], size=7.5,
            font="LibMono", zebra=True)
    d.sp(3)
    d.p("Categorieën volgens de Huisvestingsverordening Tilburg 2023: MED = medisch, SOC = sociaal, UIT = uitstroom "
        "maatschappelijke opvang / beschermd wonen, MZ = mantelzorg. Matching in het overleg met TBV Wonen, "
        "WonenBreburg en Tiwos op 7 oktober 2025. Niet verspreiden buiten het matchingsoverleg.", size=7.5)
    d.p("Vragen: team Wonen, wonen@tilburg.nl of 14 013.", size=7.5)
    d.r("PERSON", "JANSSEN-VAN DER HEIJDEN, M.C.", "JANSSEN-VAN DER HEIJDEN")
    d.r("PERSON", "OUALI, NADIA", "OUALI", "NADIA")
    d.r("PERSON", "VAN DOKKUM, G.", "VAN DOKKUM")
    d.r("PERSON", "NGUYEN THI LAN", "NGUYEN THI LAN")
    d.r("PERSON", "DE LA CRUZ ROMERO, J.", "DE LA CRUZ ROMERO")
    d.r("PERSON", "BRUGMANS, P.A.H.", "BRUGMANS")
    d.r("PERSON", "EL KHATTABI, YOUSSEF", "EL KHATTABI", "YOUSSEF")
    for dob in ("12-02-1957", "03-09-1989", "21-04-1944", "30-11-1978", "08-06-2001", "17-12-1966", "25-07-1995"):
        d.r("DOB", dob, dob)
    for a in ("Ringbaan-Oost 402", "Piushaven 17-A", "Lage Witsiebaan 88", "Korvelseweg 233", "Hoogvensestraat 5",
              "Stationsstraat 31"):
        d.r("ADDRESS", a, a)
    d.r("ADDRESS", "Ruwaard-opvang (Traverse)", "Ruwaard-opvang")
    d.r("HEALTH", "medische redenen", "COPD, zuurstof", "reuma", "schizofrenie", "beenamputatie, rolstoel")
    for reg in ("WNT-448120", "WNT-451877", "WNT-452003", "WNT-452311", "WNT-453090", "WNT-453412", "WNT-453700"):
        d.r("CLIENTNR", reg, reg)
    d.r("PERSON", "R. Schellekens", "Schellekens")
    d.r("PERSON", "K. Dogan", "Dogan")
    d.r("PERSON", "M. ten Brinke", "ten Brinke")
    d.k("ORG", "TBV WONEN", "WONENBREBURG", "TIWOS", "TBV Wonen", "WonenBreburg", "Tiwos")
    d.k("LAW", "Huisvestingsverordening Tilburg 2023")
    d.k("MAILBOX", "wonen@tilburg.nl")
    d.k("PHONE", "14 013")
    d.k("TERM", "matchingsoverleg")
    d.k("DATE", "7 oktober 2025")
    return d


ALL = [bn17, bn18, bn19, bn20, bn21, bn22, bn23, bn24]
