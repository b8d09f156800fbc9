from lib import Doc

H, Pp, L, T, SP, M = "h", "p", "l", "t", "sp", "mono"
OUTL = dict(producer="Microsoft® Outlook® voor Microsoft 365", creator="Microsoft® Outlook® voor Microsoft 365")
DOCS = []

DOCS.append(Doc("uc19_beslissing_op_bezwaar", [
    (L, "Gemeente Zwolle"), (L, "Postbus 10007 | 8000 GA Zwolle | 14 038 | www.zwolle.nl"), (SP, 12),
    (L, "Aangetekend"), (L, "De heer K.H. Roelofsen"), (L, "Wipstrikkerallee 161"), (L, "8023 DW Zwolle"), (SP, 10),
    (T, [["Datum", "Kenmerk", "Behandeld door"], ["8 juli 2025", "BZW-2026-0088", "mr. T. ter Horst, 038 498 27 14"]]),
    (L, "Onderwerp: beslissing op uw bezwaarschrift"), (SP, 4),
    (Pp, "Geachte heer Roelofsen,"),
    (Pp, "Op 28 februari 2025 ontvingen wij uw bezwaarschrift tegen ons besluit van 19 februari 2025 (URG-2026-0433). Wij hebben "
         "het advies van de bezwaarcommissie van 24 juni 2025 ontvangen en nemen dat over."),
    (H, "Beslissing"),
    (Pp, "Wij verklaren uw bezwaar gegrond en herroepen het besluit van 19 februari 2025. GGD IJsselland brengt na een huisbezoek een "
         "aanvullend advies uit. Daarna beslist de urgentiecommissie opnieuw over uw aanvraag. Wij vergoeden de kosten van "
         "rechtsbijstand niet, omdat u zich niet door een professionele rechtsbijstandverlener heeft laten bijstaan (artikel 7:15 Awb)."),
    (H, "Beroep"),
    (Pp, "Bent u het niet eens met deze beslissing, dan kunt u binnen zes weken beroep instellen bij de rechtbank Overijssel, "
         "sector bestuursrecht, Postbus 10067, 8000 GB Zwolle."),
    (Pp, "Hoogachtend,"), (L, "het college van burgemeester en wethouders van Zwolle,"), (L, "namens dezen,"), (SP, 16),
    (L, "T. ter Horst"), (L, "jurist bezwaar en beroep"), (SP, 4), (L, "Afschrift: Woonstichting Hanzeborg, t.a.v. de heer G.J. Oudshoorn")],
    font="helv", size=10, producer="Aspose.PDF for .NET 23.9", creator="Zaaksysteem Zwolle (Aspose)",
    redact=[("ADDRESS", "8023 DW Zwolle")],
    keep=[("LAW", "artikel 7:15 Awb"), ("ADDRESS_PUBLIC", "Postbus 10067"), ("ADDRESS_PUBLIC", "Postbus 10007"), ("TERM", "www.zwolle.nl")]))

DOCS.append(Doc("uc20_teams_chat", [
    (H, "Export Microsoft Teams - chat 'Verhuur urgenten Hanzeborg'"), (L, "Geëxporteerd 3 februari 2026 ten behoeve van WOO-2026-0318"), (SP, 4),
    (M, "[10-02-2025 08:41] Ruud Brinkman: morgen UC voorbereiden, wie heeft de stukken van Pattinama?\n"
        "[10-02-2025 08:43] Esther 't Hart: ik, zet ze in de map URG-2026-0412\n"
        "[10-02-2025 08:44] Ruud Brinkman: top. Gijs gaat woensdag zelf naar de commissie\n"
        "[10-02-2025 08:50] Gijs Oudshoorn: klopt, Ruud jij bent die middag bij de oplevering in Stadshagen\n"
        "[10-02-2025 09:02] Esther 't Hart: Dewi belde net weer, ze is er doorheen. Kinderen slapen op een matras\n"
        "[10-02-2025 09:03] Ruud Brinkman: snap ik. Ik bel haar vanmiddag terug\n"
        "[10-03-2025 14:15] Esther 't Hart: meneer Roelofsen weer aan de lijn, boos over de GGD\n"
        "[10-03-2025 14:16] Gijs Oudshoorn: verwijs hem naar Thijs van de gemeente, dat loopt via bezwaar\n"
        "[10-03-2025 14:20] Esther 't Hart: gedaan. Hij wil ook dat zijn dochter Joke gebeld wordt\n"
        "[11-03-2025 16:30] Gijs Oudshoorn: Wiśniewski afgewezen. Smeenk boos, wil dat gemeente Hofstede aanpakt\n"
        "[11-03-2025 16:31] Ruud Brinkman: die verhuurder ken ik, Arend Jan belt hier ook steeds\n"
        "[11-03-2025 16:35] Esther 't Hart: ik zet het bij Marloes op de lijst voor VTH")],
    font="dejavu", size=10, producer="Microsoft: Print To PDF", creator="Microsoft Teams",
    keep=[("TERM", "oplevering"), ("ORG", "VTH")]))

DOCS.append(Doc("uc21_whatsapp_export", [
    (H, "WhatsApp-chat met Esther werk"), (L, "Export van de zakelijke telefoon van de verhuurconsulent, in het kader van WOO-2026-0318"), (SP, 4),
    (M, "21-02-25 17:02 - Esther werk: Hoi Samira, met Esther van Hanzeborg. Heb je de brief van Veilig Thuis al?\n"
        "21-02-25 17:10 - +31 6 44 09 17 86: ja ik stuur foto. de opvang zegt max 3 mnd\n"
        "21-02-25 17:11 - +31 6 44 09 17 86: <Media weggelaten>\n"
        "21-02-25 17:15 - Esther werk: Dank je. Ik geef het door aan Marloes van de gemeente\n"
        "11-03-25 16:40 - Esther werk: Goed nieuws Sam! Urgentie is toegekend. Brief volgt\n"
        "11-03-25 16:41 - +31 6 44 09 17 86: echt?? dankjewel Esther\n"
        "11-03-25 16:42 - +31 6 44 09 17 86: niet in Kamperpoort he, daar woont hij\n"
        "11-03-25 16:44 - Esther werk: Nee, dat staat in het zoekprofiel. Groetjes aan Yasmina"),
    (Pp, "Toelichting bij de export: berichten met beeldmateriaal zijn niet opgenomen. De zakelijke telefoon is in beheer bij "
         "Woonstichting Hanzeborg; het nummer van de verhuurconsulent is weggelaten uit de export.")],
    font="dejavu", size=10, producer="Skia/PDF m118", creator="Chromium",
    redact=[("PHONE", "+31 6 44 09 17 86"), ("PERSON", "Sam"), ("PERSON", "Esther werk")]))

DOCS.append(Doc("uc22_formulier_aanvraag", [
    (H, "Aanvraag urgentieverklaring - digitaal formulier"), (L, "Gemeente Zwolle en Woonstichting Hanzeborg | urgentie@zwolle.nl"), (SP, 6),
    (Pp, "Vul dit formulier volledig in. Uw gegevens worden alleen gebruikt voor de beoordeling door de urgentiecommissie "
         "(Huisvestingsverordening Zwolle 2024, hoofdstuk 2). Zaaknummer: URG-2026-0470."),
    ("field", ("Naam aanvrager", "naam", "Johanna Veldkamp-de Graaf")),
    ("field", ("Geboortedatum", "geboortedatum", "19-05-1949")),
    ("field", ("Adres", "adres", "Assendorperdijk 7, 8012 EG Zwolle")),
    ("field", ("Telefoon", "telefoon", "038 421 90 03")),
    ("field", ("E-mail", "email", "jvdgraaf49@kpnmail.nl")),
    ("field", ("Medische situatie", "medisch", "heupprothese, rolstoel, trap onbegaanbaar")),
    ("field", ("Contactpersoon (familie)", "contact", "Wouter Veldkamp, zoon, 06 47 11 82 35")),
    ("field", ("Ingevuld door", "ingevuld", "Ruud Brinkman, Hanzeborg")),
    (SP, 8),
    (Pp, "Door dit formulier te verzenden verklaart u het naar waarheid te hebben ingevuld. Uw aanvraag wordt binnen acht weken "
         "beoordeeld. Medische informatie wordt uitsluitend gedeeld met de sociaal-medisch adviseur van GGD IJsselland.")],
    font="helv", size=10, producer="iText 5.5.13.3 ©2000-2022 iText Group NV (AGPL-version)", creator="Formulierenserver Zwolle",
    hidden=[("PERSON", "Johanna Veldkamp-de Graaf", "annotations", ["Johanna Veldkamp-de Graaf"]),
            ("DATE_OF_BIRTH", "19-05-1949", "annotations", ["19-05-1949"]),
            ("ADDRESS", "Assendorperdijk 7", "annotations", ["Assendorperdijk 7", "8012 EG Zwolle"]),
            ("PHONE", "038 421 90 03", "annotations", ["038 421 90 03"]),
            ("EMAIL", "jvdgraaf49@kpnmail.nl", "annotations", ["jvdgraaf49@kpnmail.nl"]),
            ("HEALTH", "heupprothese", "annotations", ["heupprothese", "rolstoel"]),
            ("PERSON", "Wouter Veldkamp", "annotations", ["Wouter Veldkamp", "06 47 11 82 35"]),
            ("PERSON", "Ruud Brinkman", "annotations", ["Ruud Brinkman"])]))

DOCS.append(Doc("uc23_beslisnota_urgentiebeleid", [
    (L, "Beslisnota aan wethouder Wonen"), (SP, 4),
    (T, [["Aan", "wethouder Brouwer"], ["Van", "team Wonen, R. Hoogeveen / M. van Dijk-Haverkamp"], ["Datum", "22 april 2025"],
         ["Kenmerk", "Z/26/114502-BN"], ["Onderwerp", "Evaluatie werkwijze urgentiecommissie en aanpassing verordening"],
         ["Contactpersoon", "Rik Hoogeveen, 038 498 25 51, rik.hoogeveen@zwolle.nl"]]),
    (H, "Aanleiding"),
    (Pp, "Naar aanleiding van de raadsvragen RV-2025-019 van raadslid Mulders en het gesprek van wethouder Brouwer met de "
         "urgentiecommissie op 11 maart 2025 is de werkwijze geëvalueerd. Knelpunten: lange bemiddelingsperiode, medische adviezen "
         "zonder huisbezoek en onduidelijkheid over huisvesting van arbeidsmigranten door particuliere verhuurders."),
    (H, "Geadviseerd besluit"),
    (Pp, "Aan de wethouder wordt gevraagd: 1. in te stemmen met een huisbezoek door GGD IJsselland bij elke afwijzing van medische "
         "urgentie; 2. Woonstichting Hanzeborg te vragen 25 tweekamerwoningen met lift per jaar te labelen voor urgenten; "
         "3. de Huisvestingsverordening Zwolle 2024 in 2026 op deze punten aan te passen."),
    (H, "Kern"),
    (Pp, "De urgentiecommissie functioneert naar behoren, maar het aanbod sluit niet aan op de vraag. De bezwaarzaak BZW-2026-0088 "
         "laat zien dat een medisch advies zonder huisbezoek kwetsbaar is."),
    (H, "Informatie die niet openbaar gemaakt kan worden"),
    (Pp, "Motivering: In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren en van aanvragers "
         "geanonimiseerd (artikel 5.1, tweede lid, onder e, Woo)."),
    (T, [["Naam", "Functie", "Paraaf", "Datum"], ["R. Hoogeveen", "beleidsmedewerker Wonen", "RH", "22-04"],
         ["M. van Dijk-Haverkamp", "beleidsadviseur Wonen", "MvDH", "22-04"], ["C. Ploeger", "teammanager Wonen", "CPl", "23-04"]])],
    font="helv", size=10, producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
    xmp_creator="Carolien Ploeger", title="Beslisnota urgentiebeleid",
    redact=[("PHONE", "038 498 25 51"), ("PERSON", "C. Ploeger", "C. Ploeger", "CPl"), ("PARAPH", "RH")],
    hidden=[("PERSON", "Carolien Ploeger", "metadata", ["Carolien Ploeger"])],
    keep=[("REF", "Z/26/114502-BN"), ("FUNCTION", "teammanager Wonen"), ("REF", "RV-2025-019")]))

DOCS.append(Doc("uc24_persbericht", [
    (H, "Persbericht - Zwolle zet huisbezoek in bij medische urgentie"), (L, "Zwolle, 15 mei 2025"), (SP, 4),
    (Pp, "Wie in Zwolle medische urgentie aanvraagt voor een sociale huurwoning, krijgt voortaan bij een dreigende afwijzing "
         "een huisbezoek van een arts van GGD IJsselland. Dat hebben wethouder Ilse Brouwer (Wonen) en Woonstichting Hanzeborg "
         "afgesproken. Ook labelt Hanzeborg jaarlijks 25 tweekamerwoningen met lift voor urgent woningzoekenden."),
    (Pp, "\"Mensen die met spoed een woning nodig hebben, verdienen een zorgvuldige beoordeling,\" zegt wethouder Brouwer. "
         "\"Een telefoongesprek is daarvoor niet altijd genoeg.\""),
    (Pp, "De urgentiecommissie beoordeelt jaarlijks ruim tweehonderd aanvragen. In 2024 kregen 212 huishoudens een urgentieverklaring. "
         "De gemiddelde bemiddelingsperiode was 7,4 maanden. De gemeenteraad sprak hierover naar aanleiding van vragen van "
         "raadslid Jeroen Mulders (GroenLinks)."),
    (Pp, "De nieuwe woningen komen onder meer in het gerenoveerde complex Het Anne de Vrieshof aan de Dr. van Heesweg en in de "
         "nieuwbouw bij het Thorbeckehuis in Stadshagen."),
    (H, "Noot voor de redactie"),
    (Pp, "Voor meer informatie: afdeling Communicatie gemeente Zwolle, pers@zwolle.nl, telefoon 14 038. Woonstichting Hanzeborg: "
         "info@hanzeborg.nl.")],
    font="helv", size=10.5, producer="Adobe PDF Library 17.11.238", creator="Adobe InDesign 18.5 (Windows)",
    author="Daan Visscher", xmp_creator="Daan Visscher",
    hidden=[("PERSON", "Daan Visscher", "metadata", ["Daan Visscher"])],
    keep=[("BUILDING", "Het Anne de Vrieshof"), ("EMAIL_PUBLIC", "pers@zwolle.nl"), ("ORG", "afdeling Communicatie")]))
