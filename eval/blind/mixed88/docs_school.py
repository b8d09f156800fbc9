"""Set CT: Inspectie van het Onderwijs, the bestuur SVOUH and its school Hendrik Marsman College (Zeist)."""
from __future__ import annotations

from lib import *  # noqa: F401,F403
from lib import registry

DOCS: list = []
doc = registry(DOCS)

INSP_ADDR = "Park Voorn 4<br/>3544 AC Utrecht<br/>Postbus 2730<br/>3500 GS Utrecht<br/>T 088 669 60 00<br/>www.onderwijsinspectie.nl"


def insp_letterhead(st, right_rows):
    head = Table([[Paragraph("<b>Inspectie van het Onderwijs</b><br/>Ministerie van Onderwijs, Cultuur en "
                             "Wetenschap", st["small"]), Paragraph(INSP_ADDR, st["tiny"])]],
                 colWidths=[110 * mm, 55 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    rt = plain_table(right_rows, [32 * mm, 100 * mm], st["small"])
    return [head, Spacer(1, 8 * mm), rt, Spacer(1, 6 * mm)]


# ------------------------------------------------------------------------------------------ ct01
@doc("ct01", "Inspectie: aankondiging onderzoek naar aanleiding van signalen", "reportlab Helvetica, letter")
def ct01(d):
    st = styles("Helvetica", 9.5)
    s = []
    s.append(P("Aan het bevoegd gezag van Stichting Voortgezet Onderwijs Utrechtse Heuvelrug<br/>"
               "t.a.v. de heer drs. H.J. van der Meulen, voorzitter College van Bestuur<br/>"
               "Postbus 310<br/>3700 AH Zeist", st["n"]))
    s.append(Spacer(1, 6 * mm))
    s += insp_letterhead(st, [
        ["Datum", "7 oktober 2024"],
        ["Ons kenmerk", "ISO-VO/2024/0418773"],
        ["Uw kenmerk", "-"],
        ["Bestuursnummer", "41873"],
        ["BRIN", "17KM (Hendrik Marsman College)"],
        ["Contactpersoon", "drs. M.A. Hofstede"],
        ["T (direct)", "088 669 64 27"],
        ["E", "m.hofstede@owinsp.nl"],
        ["Onderwerp", "Aankondiging onderzoek naar aanleiding van signalen"],
    ])
    s.append(P("Geachte heer Van der Meulen,", st["n"]))
    s.append(P("De Inspectie van het Onderwijs heeft in de periode juni tot en met september 2024 meerdere "
               "signalen ontvangen over de sociale veiligheid en de ondersteuning van leerlingen op het "
               "Hendrik Marsman College, locatie Thorbeckelaan 12 te Zeist. De signalen zijn afkomstig van "
               "ouders en van een medewerker van de school, en zijn binnengekomen via het Meldpunt "
               "Vertrouwensinspecteurs en via Loket Onderwijsinspectie.", st["n"]))
    s.append(P("Op grond van artikel 11 van de Wet op het onderwijstoezicht (WOT) kondigen wij hierbij een "
               "onderzoek naar aanleiding van signalen aan. Het onderzoek richt zich op de standaarden "
               "VS1 Veiligheid, OP4 (Extra) ondersteuning en KA1 Kwaliteitszorg uit het Onderzoekskader 2021 "
               "voor het voortgezet onderwijs. Wij betrekken daarbij ook de zorgplicht uit artikel 3.3 van "
               "de Wet op het voortgezet onderwijs 2020 (WVO 2020) en de afspraken binnen het "
               "Samenwerkingsverband VO Zuidoost-Utrecht.", st["n"]))
    s.append(P("Het onderzoek vindt plaats op dinsdag 29 oktober 2024 en woensdag 30 oktober 2024. Het "
               "onderzoeksteam bestaat uit drs. M.A. Hofstede (inspecteur, contactpersoon) en mevrouw "
               "Y. Kraaijeveld (inspecteur). Mevrouw E.S. Dijkhuizen-Ramdin, coördinerend inspecteur, is "
               "op de eerste dag aanwezig bij het startgesprek.", st["n"]))
    s.append(P("Wij vragen u uiterlijk 21 oktober 2024 de volgende documenten aan te leveren via het "
               "beveiligde Inspectieportaal: het veiligheidsbeleid en de monitor sociale veiligheid 2023-2024, "
               "het schoolondersteuningsprofiel, de klachtenregeling, een overzicht van schorsingen en "
               "verwijderingen (geanonimiseerd) en het verslag van de laatste bespreking in de "
               "medezeggenschapsraad. Stuur geen documenten met namen van leerlingen per e-mail.", st["n"]))
    s.append(P("Graag spreken wij tijdens het onderzoek in elk geval met de rector, mevrouw drs. "
               "W.M. Terpstra-Valk, met de zorgcoördinator en met een afvaardiging van docenten, ouders en "
               "leerlingen. Wilt u de planning van de gesprekken afstemmen met de heer Hofstede? Hij is "
               "bereikbaar op het hierboven genoemde nummer en, bij spoed tijdens de onderzoeksdagen, op "
               "06-5318 2740. Algemene vragen kunt u ook stellen via info@owinsp.nl of het algemene nummer "
               "088 669 60 00.", st["n"]))
    s.append(P("Na afloop ontvangt u een conceptrapport waarop u binnen tien werkdagen een zienswijze kunt "
               "geven. Het vastgestelde rapport publiceren wij op www.onderwijsinspectie.nl.", st["n"]))
    s.append(P("Met vriendelijke groet,<br/><br/>namens de inspecteur-generaal van het Onderwijs,", st["n"]))
    s.append(RLImage(signature_image("E. Dijkhuizen", seed=11), width=45 * mm, height=10.4 * mm, hAlign="LEFT"))
    s.append(P("mevrouw E.S. Dijkhuizen-Ramdin<br/>coördinerend inspecteur sector voortgezet onderwijs", st["n"]))
    s.append(P("Kopie: mevrouw drs. W.M. Terpstra-Valk, rector Hendrik Marsman College; Samenwerkingsverband "
               "VO Zuidoost-Utrecht, t.a.v. de directeur", st["small"]))
    build_platypus(d.path, s, on_page=footer("Inspectie van het Onderwijs | ISO-VO/2024/0418773"),
                   title="Aankondiging onderzoek", author="Inspectie van het Onderwijs")
    d.r("PERSON", "H.J. van der Meulen", "H.J. van der Meulen", "Van der Meulen")
    d.r("PERSON", "M.A. Hofstede", "M.A. Hofstede", "Hofstede")
    d.r("PHONE", "088 669 64 27")
    d.r("EMAIL", "m.hofstede@owinsp.nl")
    d.r("PERSON", "Y. Kraaijeveld", "Y. Kraaijeveld")
    d.r("PERSON", "E.S. Dijkhuizen-Ramdin", "E.S. Dijkhuizen-Ramdin", "Dijkhuizen-Ramdin")
    d.r("PERSON", "W.M. Terpstra-Valk", "W.M. Terpstra-Valk")
    d.r("PHONE", "06-5318 2740")
    d.k("ORG", "Inspectie van het Onderwijs", "Inspectie van het Onderwijs")
    d.k("ORG", "Stichting Voortgezet Onderwijs Utrechtse Heuvelrug")
    d.k("ORG", "Hendrik Marsman College")
    d.k("ADDRESS", "Thorbeckelaan 12")
    d.k("ADDRESS", "Park Voorn 4")
    d.k("PHONE", "088 669 60 00")
    d.k("EMAIL", "info@owinsp.nl")
    d.k("REF", "ISO-VO/2024/0418773")
    d.k("REF", "41873")
    d.k("REF", "17KM")
    d.k("LAW", "Wet op het onderwijstoezicht")
    d.k("LAW", "Wet op het voortgezet onderwijs 2020")
    d.k("LAW", "WVO 2020")
    d.k("PROG", "Onderzoekskader 2021")
    d.k("ORG", "Samenwerkingsverband VO Zuidoost-Utrecht")
    d.k("ORG", "Meldpunt Vertrouwensinspecteurs")
    d.k("DATE", "29 oktober 2024")
    d.k("ROLE", "coördinerend inspecteur")
    d.k("ROLE", "zorgcoördinator")
    d.k("PLACE", "Zeist")
    d.k("ORG", "Ministerie van Onderwijs, Cultuur en Wetenschap")


# ------------------------------------------------------------------------------------------ ct02
@doc("ct02", "Inspectie: conceptrapport onderzoek naar aanleiding van signalen (intern, met bijlage gesprekspartners)",
     "reportlab Times-Roman, report with annex table")
def ct02(d):
    st = styles("Times-Roman", 10.5)
    s = [P("CONCEPT - niet verspreiden", st["b"]),
         P("Rapport van bevindingen<br/>Onderzoek naar aanleiding van signalen", st["h1"]),
         P("Hendrik Marsman College (17KM), Zeist<br/>Bestuur: Stichting Voortgezet Onderwijs Utrechtse "
           "Heuvelrug (41873)<br/>Onderzoeksdata: 29 en 30 oktober 2024<br/>Zaaknummer: 2024-0087613", st["n"]),
         P("1. Aanleiding", st["h2"]),
         P("In 2024 ontving de inspectie vijf signalen over de school. Drie ouders meldden dat pesten in de "
           "onderbouw niet werd aangepakt. Een vierde signaal, van de moeder van een leerling uit klas 2B, "
           "betrof het ontbreken van een ontwikkelingsperspectiefplan (OPP) voor haar zoon, bij wie in 2023 "
           "ADHD en een autismespectrumstoornis zijn vastgesteld. Het vijfde signaal kwam van een docent, "
           "die meldde dat incidenten niet in het leerlingvolgsysteem Magister werden vastgelegd.", st["n"]),
         P("2. Werkwijze", st["h2"]),
         P("Het onderzoeksteam (inspecteurs Hofstede en Kraaijeveld) heeft documenten geanalyseerd, lessen "
           "bezocht en gesprekken gevoerd met het bestuur, de schoolleiding, docenten, ouders en leerlingen. "
           "De gesprekspartners staan in bijlage 1. De bevindingen zijn op 30 oktober 2024 teruggekoppeld "
           "aan de rector en de voorzitter van het College van Bestuur.", st["n"]),
         P("3. Bevindingen", st["h2"]),
         P("<b>VS1 Veiligheid - onvoldoende.</b> De school monitort de veiligheidsbeleving jaarlijks met de "
           "Monitor Sociale Veiligheid, maar de uitkomsten van 2023-2024 zijn niet geanalyseerd. Een leerling "
           "uit 3V vertelde dat zij sinds de zomer wordt uitgescholden vanwege haar hoofddoek; haar mentor "
           "wist hiervan, maar er is geen melding gedaan bij de anti-pestcoördinator. Het gaat om Noor "
           "El Amrani; haar vader heeft de inspectie hierover op 12 september 2024 gebeld. Mevrouw Karaca, "
           "mentor van 2B, gaf aan dat er in haar klas wel een pestprotocol wordt gevolgd.", st["n"]),
         P("<b>OP4 (Extra) ondersteuning - voldoende, met herstelpunt.</b> Voor Daan Wijnhoven (2B) is het "
           "OPP pas na het signaal opgesteld. De zorgcoördinator, mevrouw ten Brinke, heeft het OPP op "
           "15 oktober 2024 met de ouders besproken. Het Samenwerkingsverband VO Zuidoost-Utrecht was "
           "niet betrokken, terwijl de leerling sinds maart niet meer volledig naar school gaat. "
           "Volgens de moeder gebruikt Daan sinds januari methylfenidaat.", st["n"]),
         P("<b>KA1 Kwaliteitszorg - onvoldoende.</b> Het bestuur stuurt op opbrengsten, maar heeft geen zicht "
           "op de sociale veiligheid. De voorzitter van het College van Bestuur, de heer Van der Meulen, "
           "erkende dat de rapportages aan de Raad van Toezicht daarover zwijgen. De conrector onderwijs, "
           "de heer Van 't Hoogerhuis, werkt aan een nieuw kwaliteitszorgsysteem.", st["n"]),
         P("4. Herstelopdrachten", st["h2"]),
         grid_table([["Standaard", "Herstelopdracht", "Termijn"],
                     ["VS1", "Het bestuur zorgt dat de school de veiligheidsbeleving analyseert en "
                      "maatregelen neemt (art. 4c WVO 2020, oud art. 4c WVO).", "1 juli 2025"],
                     ["KA1", "Het bestuur richt een stelsel van kwaliteitszorg in dat ook de sociale "
                      "veiligheid omvat (art. 3.5 WVO 2020).", "1 juli 2025"],
                     ["OP4", "Herstelpunt: OPP's tijdig opstellen en evalueren (art. 8.16 WVO 2020).",
                      "31 januari 2025"]],
                    [22 * mm, 115 * mm, 28 * mm], st["small"]),
         P("5. Vervolg", st["h2"]),
         P("De inspectie voert in het najaar van 2025 een herstelonderzoek uit. Tot die tijd verkeert de "
           "school in het geïntensiveerd toezicht. Het bestuur ontvangt het conceptrapport met het verzoek "
           "binnen tien werkdagen een zienswijze te geven.", st["n"]),
         PageBreak(),
         P("Bijlage 1 - Gesprekspartners (alleen voor intern gebruik)", st["h2"]),
         grid_table([["Gesprek", "Naam", "Functie / rol", "Datum"],
                     ["Startgesprek", "drs. H.J. van der Meulen", "voorzitter College van Bestuur", "29-10-2024"],
                     ["Startgesprek", "drs. W.M. Terpstra-Valk", "rector", "29-10-2024"],
                     ["Schoolleiding", "B. van 't Hoogerhuis", "conrector onderwijs", "29-10-2024"],
                     ["Schoolleiding", "S. Oudejans", "teamleider onderbouw", "29-10-2024"],
                     ["Ondersteuning", "M. ten Brinke", "zorgcoördinator", "29-10-2024"],
                     ["Docenten", "H. Karaca", "docent Nederlands, mentor 2B", "30-10-2024"],
                     ["Docenten", "P.J. Klomp", "docent wiskunde", "30-10-2024"],
                     ["Docenten", "R. Haverkamp", "docent LO, anti-pestcoördinator", "30-10-2024"],
                     ["Ouders", "A. Wijnhoven-Smit", "moeder van Daan (2B)", "30-10-2024"],
                     ["Ouders", "Y. El Amrani", "vader van Noor (3V)", "30-10-2024"],
                     ["MR", "I. Bosschaart", "secretaris MR (personeelsgeleding)", "30-10-2024"],
                     ["Samenwerkingsverband", "-", "directeur Samenwerkingsverband (telefonisch)", "31-10-2024"]],
                    [30 * mm, 45 * mm, 65 * mm, 25 * mm], st["small"]),
         Spacer(1, 6 * mm),
         P("Onderzoeksteam: M.A. Hofstede (MHo), Y. Kraaijeveld (YKr). Kwaliteitsbewaking: E.S. "
           "Dijkhuizen-Ramdin (EDR). Paraaf rapport: MHo 4/11, YKr 4/11, EDR 6/11.", st["small"]),
         P("Bijlage 2 - Wettelijk kader", st["h2"]),
         P("Wet op het onderwijstoezicht, artikelen 11, 13 en 20; Wet op het voortgezet onderwijs 2020; "
           "Wet medezeggenschap op scholen (WMS); Leerplichtwet 1969; Algemene verordening "
           "gegevensbescherming (AVG). Het onderzoek is uitgevoerd volgens het Onderzoekskader 2021 "
           "voor het voortgezet onderwijs, versie 2024.", st["n"]),
         ]
    build_platypus(d.path, s, on_page=footer("Inspectie van het Onderwijs | Zaak 2024-0087613 | CONCEPT",
                                             font="Times-Roman"))
    d.r("PERSON", "Hofstede", "Hofstede", "M.A. Hofstede")
    d.r("PERSON", "Kraaijeveld", "Kraaijeveld", "Y. Kraaijeveld")
    d.r("HEALTH", "ADHD en een autismespectrumstoornis", "ADHD", "autismespectrumstoornis")
    d.r("RELIGION", "hoofddoek", "hoofddoek")
    d.r("PERSON", "Noor El Amrani", "Noor El Amrani", "Noor")
    d.r("PERSON", "Y. El Amrani", "Y. El Amrani")
    d.r("PERSON", "Karaca", "Karaca", "H. Karaca")
    d.r("PERSON", "Daan Wijnhoven", "Daan Wijnhoven", "Daan")
    d.r("HEALTH", "methylfenidaat", "methylfenidaat")
    d.r("PERSON", "ten Brinke", "ten Brinke", "M. ten Brinke")
    d.r("PERSON", "Van der Meulen", "Van der Meulen", "H.J. van der Meulen")
    d.r("PERSON", "Van 't Hoogerhuis", "Van 't Hoogerhuis", "B. van 't Hoogerhuis")
    d.r("PERSON", "W.M. Terpstra-Valk", "W.M. Terpstra-Valk")
    d.r("PERSON", "S. Oudejans", "S. Oudejans")
    d.r("PERSON", "P.J. Klomp", "P.J. Klomp")
    d.r("PERSON", "R. Haverkamp", "R. Haverkamp")
    d.r("PERSON", "A. Wijnhoven-Smit", "A. Wijnhoven-Smit")
    d.r("PERSON", "I. Bosschaart", "I. Bosschaart")
    d.r("PERSON", "E.S. Dijkhuizen-Ramdin", "Dijkhuizen-Ramdin")
    d.r("PARAPH", "MHo", "MHo")
    d.r("PARAPH", "YKr", "YKr")
    d.r("PARAPH", "EDR", "EDR")
    d.k("ORG", "Hendrik Marsman College")
    d.k("REF", "2024-0087613")
    d.k("REF", "17KM")
    d.k("PROG", "Monitor Sociale Veiligheid")
    d.k("PRODUCT", "Magister")
    d.k("ORG", "Samenwerkingsverband VO Zuidoost-Utrecht")
    d.k("ROLE", "zorgcoördinator")
    d.k("ROLE", "anti-pestcoördinator")
    d.k("ROLE", "conrector onderwijs")
    d.k("ROLE", "voorzitter College van Bestuur")
    d.k("ROLE", "teamleider onderbouw")
    d.k("ORG", "Raad van Toezicht")
    d.k("LAW", "Wet medezeggenschap op scholen")
    d.k("LAW", "Leerplichtwet 1969")
    d.k("LAW", "Algemene verordening gegevensbescherming")
    d.k("LAW", "WVO 2020")
    d.k("TERM", "ontwikkelingsperspectiefplan")
    d.k("TERM", "geïntensiveerd toezicht")
    d.k("DATE", "1 juli 2025")
    d.k("PROG", "Onderzoekskader 2021")
    d.k("ROLE", "rector")


# ------------------------------------------------------------------------------------------ ct03
@doc("ct03", "Verslag startgesprek inspectie met bestuur en schoolleiding (minutes, attendance, actions)",
     "python-docx -> LibreOffice, Liberation Sans")
def ct03(d):
    doc_ = docx_new("Liberation Sans", 10)
    docx_para(doc_, "Verslag startgesprek onderzoek naar aanleiding van signalen", bold=True, size=14)
    docx_para(doc_, "Hendrik Marsman College, Zeist - dinsdag 29 oktober 2024, 08.45-10.15 uur, "
              "vergaderruimte 'De Pauwhof', locatie Thorbeckelaan 12")
    docx_table(doc_, [["Aanwezig", "Organisatie / functie", "Code"],
                      ["Hendrik-Jan van der Meulen", "SVOUH, voorzitter College van Bestuur", "HJM"],
                      ["Willemijn Terpstra-Valk", "Hendrik Marsman College, rector", "WTV"],
                      ["Bart van 't Hoogerhuis", "Hendrik Marsman College, conrector onderwijs", "BvtH"],
                      ["Marloes ten Brinke", "Hendrik Marsman College, zorgcoördinator", "MtB"],
                      ["Maarten Hofstede", "Inspectie van het Onderwijs, inspecteur (voorzitter)", "MHo"],
                      ["Yvonne Kraaijeveld", "Inspectie van het Onderwijs, inspecteur (verslag)", "YKr"],
                      ["Esther Dijkhuizen-Ramdin", "Inspectie van het Onderwijs, coördinerend inspecteur", "EDR"]],
               [60, 85, 20])
    docx_para(doc_, "Afwezig met bericht: Sanne Oudejans (teamleider onderbouw), vervangen door de conrector.",
              italic=True)
    docx_para(doc_, "1. Opening en doel", bold=True)
    docx_para(doc_, "MHo opent en licht het doel toe: het onderzoek gaat over sociale veiligheid, "
              "ondersteuning en kwaliteitszorg. Hij benadrukt dat namen van leerlingen niet in het rapport "
              "komen. HJM zegt toe dat het bestuur volledig meewerkt en meldt dat de Raad van Toezicht is "
              "geïnformeerd.")
    docx_para(doc_, "2. Beeld van de school", bold=True)
    docx_para(doc_, "WTV schetst de situatie. De school groeit (1.420 leerlingen) en heeft veel nieuwe "
              "docenten. Er is sinds augustus een vacature voor een tweede zorgcoördinator. Willemijn "
              "geeft aan dat zij zelf sinds de zomer met een burn-out thuis heeft gezeten en pas in "
              "september het werk heeft hervat; in die periode is de monitor niet besproken. "
              "BvtH vult aan dat de nieuwe aanpak 'Veilig Marsman' in januari 2025 start.")
    docx_para(doc_, "3. Signalen", bold=True)
    docx_para(doc_, "YKr bespreekt de signalen zonder namen te noemen. MtB erkent dat het OPP voor een "
              "leerling uit 2B te laat is opgesteld. EDR vraagt naar de rol van het Samenwerkingsverband "
              "VO Zuidoost-Utrecht en naar de afspraken met de leerplichtambtenaar van de gemeente Zeist. "
              "Volgens MtB is er contact met de heer Pelgrim van Leerplicht Zeist, maar niet structureel.")
    docx_para(doc_, "4. Planning en afspraken", bold=True)
    docx_table(doc_, [["Nr.", "Actie", "Wie", "Wanneer"],
                      ["1", "Overzicht incidenten 2023-2024 uit Magister aanleveren", "BvtH", "30-10-2024"],
                      ["2", "Gesprek met ouders en leerlingen inplannen (lokaal 0.14)", "MtB", "30-10-2024"],
                      ["3", "Zienswijzeprocedure en termijnen toelichten aan RvT", "HJM", "15-11-2024"],
                      ["4", "Conceptrapport opstellen", "MHo / YKr", "8-11-2024"],
                      ["5", "Kwaliteitsbewaking rapport", "EDR", "13-11-2024"]],
               [10, 95, 25, 30])
    docx_para(doc_, "")
    docx_para(doc_, "Verslag: YKr, 29 oktober 2024. Vastgesteld door MHo op 31 oktober 2024.", size=8)
    doc_.save(DOCX_DIR / "ct03.docx")
    d.r("PERSON", "Hendrik-Jan van der Meulen")
    d.r("PERSON", "Willemijn Terpstra-Valk", "Willemijn Terpstra-Valk", "Willemijn")
    d.r("PERSON", "Bart van 't Hoogerhuis")
    d.r("PERSON", "Marloes ten Brinke")
    d.r("PERSON", "Maarten Hofstede")
    d.r("PERSON", "Yvonne Kraaijeveld")
    d.r("PERSON", "Esther Dijkhuizen-Ramdin")
    d.r("PERSON", "Sanne Oudejans")
    d.r("PERSON", "Pelgrim")
    d.r("HEALTH", "met een burn-out thuis heeft gezeten", "burn-out")
    for code in ("HJM", "WTV", "BvtH", "MtB", "MHo", "YKr", "EDR"):
        d.r("PARAPH", code)
    d.k("ORG", "Hendrik Marsman College")
    d.k("ORG", "SVOUH")
    d.k("ORG", "Inspectie van het Onderwijs")
    d.k("ORG", "Raad van Toezicht")
    d.k("ORG", "Samenwerkingsverband VO Zuidoost-Utrecht")
    d.k("ORG", "Leerplicht Zeist")
    d.k("PLACE", "De Pauwhof")
    d.k("ADDRESS", "Thorbeckelaan 12")
    d.k("PROG", "Veilig Marsman")
    d.k("PRODUCT", "Magister")
    d.k("ROLE", "voorzitter College van Bestuur")
    d.k("ROLE", "conrector onderwijs")
    d.k("ROLE", "teamleider onderbouw")
    d.k("ROLE", "leerplichtambtenaar")
    d.k("DATE", "29 oktober 2024")
    d.k("ORG", "RvT")


def mail_block(st, hdr, body, quote=False):
    """An Outlook-style message: header lines (label, value) then body paragraphs."""
    out = []
    lines = "<br/>".join(f"<b>{esc(k)}</b> {esc(v)}" for k, v in hdr)
    out.append(P(lines, st["small"]))
    out.append(Spacer(1, 2 * mm))
    for b in body:
        out.append(P(b, st["n"]))
    return out


# ------------------------------------------------------------------------------------------ ct04
@doc("ct04", "E-mailwisseling rector - inspecteur - ouder over signaal pesten (Outlook, geneste antwoorden)",
     "reportlab LibSans (Arial-like), e-mail print")
def ct04(d):
    st = styles("LibSans", 9.5)
    s = [P("<b>Hofstede, Maarten</b>", st["n"]), Spacer(1, 1 * mm)]
    hr = Table([[""]], colWidths=[165 * mm], rowHeights=[1])
    hr.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black)]))
    s.append(hr)
    s += mail_block(st, [("Van:", "Hofstede, Maarten <m.hofstede@owinsp.nl>"),
                         ("Verzonden:", "donderdag 12 september 2024 16:48"),
                         ("Aan:", "Terpstra-Valk, Willemijn <w.terpstra@marsmancollege.nl>"),
                         ("CC:", "Meldpunt Vertrouwensinspecteurs <vertrouwensinspecteurs@owinsp.nl>; "
                                 "Kraaijeveld, Yvonne <y.kraaijeveld@owinsp.nl>"),
                         ("Onderwerp:", "RE: Signaal 3V - verzoek om informatie (ons kenmerk 2024-0087613)")],
                    ["Beste mevrouw Terpstra,",
                     "Dank voor uw snelle reactie. Vanmiddag heeft de vader van de betreffende leerling mij "
                     "opnieuw gebeld. Hij geeft aan dat zijn dochter sinds de zomervakantie op het fietspad "
                     "bij de Jagerlaan en in de kantine wordt nagescholden, omdat zij als moslima een "
                     "hoofddoek is gaan dragen. Ik begrijp uit uw mail dat de mentor hiervan op de hoogte "
                     "was. Wilt u mij vóór 20 september laten weten welke stappen de school heeft gezet en "
                     "of de anti-pestcoördinator, de heer Haverkamp, erbij betrokken is?",
                     "Ik wijs u erop dat de leerling zelf niet wil dat haar naam aan medeleerlingen wordt "
                     "genoemd.",
                     "Met vriendelijke groet,<br/>Maarten Hofstede<br/>Inspecteur voortgezet onderwijs<br/>"
                     "Inspectie van het Onderwijs | Park Voorn 4 | 3544 AC Utrecht<br/>"
                     "T 088 669 64 27 | M 06-5318 2740<br/>www.onderwijsinspectie.nl"])
    s.append(Spacer(1, 3 * mm))
    s.append(P("-----Oorspronkelijk bericht-----", st["small"]))
    s += mail_block(st, [("Van:", "Terpstra-Valk, Willemijn <w.terpstra@marsmancollege.nl>"),
                         ("Verzonden:", "woensdag 11 september 2024 21:05"),
                         ("Aan:", "Hofstede, Maarten <m.hofstede@owinsp.nl>"),
                         ("Onderwerp:", "RE: Signaal 3V - verzoek om informatie")],
                    ["Geachte heer Hofstede,",
                     "Naar aanleiding van uw bericht heb ik navraag gedaan. Het gaat om Noor uit 3V; haar "
                     "mentor, de heer Joost Verbeek, heeft begin september met haar gesproken en een "
                     "notitie gemaakt in Magister. Er is (nog) geen melding bij Rik gedaan. Ik heb Joost "
                     "gevraagd dit morgen alsnog te doen en de ouders uit te nodigen.",
                     "Ik ben morgen de hele dag bereikbaar via 06-2184 5530; via de receptie (030 691 24 00) "
                     "lukt het vaak niet.",
                     "Met vriendelijke groet,<br/>drs. W.M. Terpstra-Valk<br/>rector Hendrik Marsman College"])
    s.append(Spacer(1, 3 * mm))
    s.append(P("-----Oorspronkelijk bericht-----", st["small"]))
    s += mail_block(st, [("Van:", "Hofstede, Maarten"),
                         ("Verzonden:", "dinsdag 10 september 2024 10:12"),
                         ("Aan:", "administratie@marsmancollege.nl"),
                         ("Onderwerp:", "Signaal 3V - verzoek om informatie")],
                    ["Geachte heer/mevrouw,",
                     "De inspectie heeft via het Meldpunt Vertrouwensinspecteurs (0900 111 3 111) een signaal "
                     "ontvangen over een leerling uit klas 3V. De melder is de heer Y. El Amrani, "
                     "Vogelenzangseweg 28, 3705 BE Zeist (telefoon 06-4419 0362). Wilt u dit bericht "
                     "doorsturen aan de rector?",
                     "Met vriendelijke groet,<br/>M.A. Hofstede"])
    build_platypus(d.path, s, margins=(22, 20, 18, 18))
    d.r("PERSON", "Maarten Hofstede", "Hofstede, Maarten", "Maarten Hofstede", "Hofstede", "M.A. Hofstede")
    d.r("EMAIL", "m.hofstede@owinsp.nl")
    d.r("PERSON", "Willemijn Terpstra-Valk", "Terpstra-Valk, Willemijn", "Terpstra", "W.M. Terpstra-Valk")
    d.r("EMAIL", "w.terpstra@marsmancollege.nl")
    d.r("PERSON", "Yvonne Kraaijeveld", "Kraaijeveld, Yvonne")
    d.r("EMAIL", "y.kraaijeveld@owinsp.nl")
    d.r("RELIGION", "als moslima een hoofddoek is gaan dragen", "moslima", "hoofddoek")
    d.r("PERSON", "Haverkamp", "Haverkamp", "Rik")
    d.r("PHONE", "088 669 64 27")
    d.r("PHONE", "06-5318 2740")
    d.r("PERSON", "Noor", "Noor")
    d.r("PERSON", "Joost Verbeek", "Joost Verbeek", "Joost")
    d.r("PHONE", "06-2184 5530")
    d.r("PERSON", "Y. El Amrani", "Y. El Amrani")
    d.r("ADDRESS", "Vogelenzangseweg 28, 3705 BE Zeist", "Vogelenzangseweg 28", "3705 BE")
    d.r("PHONE", "06-4419 0362")
    d.k("EMAIL", "vertrouwensinspecteurs@owinsp.nl")
    d.k("EMAIL", "administratie@marsmancollege.nl")
    d.k("ORG", "Meldpunt Vertrouwensinspecteurs")
    d.k("PHONE", "0900 111 3 111")
    d.k("PHONE", "030 691 24 00")
    d.k("REF", "2024-0087613")
    d.k("ORG", "Hendrik Marsman College")
    d.k("ORG", "Inspectie van het Onderwijs")
    d.k("ADDRESS", "Park Voorn 4")
    d.k("PLACE", "Jagerlaan")
    d.k("PRODUCT", "Magister")
    d.k("ROLE", "anti-pestcoördinator")
    d.k("ROLE", "Inspecteur voortgezet onderwijs")
    d.k("ROLE", "mentor")
    d.k("TERM", "3V")
    d.k("URL", "www.onderwijsinspectie.nl")


# ------------------------------------------------------------------------------------------ ct05
@doc("ct05", "Registratieformulier Meldpunt Vertrouwensinspecteurs (AcroForm: melder only in field values)",
     "reportlab canvas DejaVu + AcroForm text fields")
def ct05(d):
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(d.path), pagesize=A4)
    c.setTitle("Registratie melding")
    W, H = A4
    c.setFont("DejaVu-Bold", 13)
    c.drawString(22 * mm, H - 25 * mm, "Registratie melding - Meldpunt Vertrouwensinspecteurs")
    c.setFont("DejaVu", 8.5)
    c.drawString(22 * mm, H - 31 * mm, "Inspectie van het Onderwijs | intern registratieformulier | versie 3.2")
    y = H - 45 * mm
    rows = [("Registratienummer", "VI-2024-05527", None), ("Datum melding", "12 september 2024, 14:20", None),
            ("Wijze van melden", "telefonisch via 0900 111 3 111", None),
            ("Naam melder", None, ("melder", "Youssef El Amrani")),
            ("Relatie tot leerling", "vader", None),
            ("Telefoon melder", None, ("tel", "06-4419 0362")),
            ("E-mail melder", None, ("mail", "y.elamrani77@hotmail.com")),
            ("School", "Hendrik Marsman College, Zeist (BRIN 17KM)", None),
            ("Bestuur", "Stichting Voortgezet Onderwijs Utrechtse Heuvelrug", None),
            ("Leerling", None, ("lln", "Noor El Amrani, klas 3V")),
            ("Geboortedatum leerling", None, ("gebdat", "02-06-2010")),
            ("Categorie", "psychisch en fysiek geweld / discriminatie (art. 3 WOT)", None),
            ("Vertrouwensinspecteur", None, ("vi", "L.J. Baartmans")),
            ]
    c.setLineWidth(0.5)
    for label, txt, field in rows:
        c.setFont("DejaVu-Bold", 9)
        c.drawString(22 * mm, y, label)
        if txt:
            c.setFont("DejaVu", 9)
            c.drawString(75 * mm, y, txt)
        else:
            c.acroForm.textfield(name=field[0], value=field[1], x=74 * mm, y=y - 2.5 * mm, width=100 * mm,
                                 height=6.5 * mm, fontName="Helvetica", fontSize=9, borderWidth=0.5,
                                 borderColor=colors.grey, fillColor=colors.HexColor("#F4F7FB"))
        y -= 9 * mm
    y -= 2 * mm
    c.setFont("DejaVu-Bold", 9)
    c.drawString(22 * mm, y, "Samenvatting melding")
    y -= 6 * mm
    txt = c.beginText(22 * mm, y)
    txt.setFont("DejaVu", 9)
    txt.setLeading(12.5)
    for line in [
        "Melder geeft aan dat zijn dochter sinds augustus 2024 wordt uitgescholden en bespuugd door een",
        "groep leerlingen uit de bovenbouw, ook op de Jagerlaan buiten het schoolterrein. De mentor is",
        "ingelicht maar er is volgens melder niets gebeurd. Dochter slaapt slecht en wil niet naar school.",
        "Melder wil geen officiële klacht indienen, wel dat de inspectie de school aanspreekt.",
        "",
        "Advies vertrouwensinspecteur: gesprek met rector en anti-pestcoördinator aangaan; melder",
        "gewezen op de klachtenregeling van de school en de Landelijke Klachtencommissie Onderwijs (LKC).",
        "Doorgezet naar het regionale team VO (inspecteur contactpersoon bestuur).",
    ]:
        txt.textLine(line)
    c.drawText(txt)
    c.setFont("DejaVu", 7.5)
    c.drawString(22 * mm, 18 * mm, "Vertrouwelijk - bevat persoonsgegevens. Bewaartermijn 5 jaar (Archiefwet 1995, "
                                   "selectielijst Inspectie).")
    c.showPage()
    c.save()
    for name in ("Youssef El Amrani", "06-4419 0362", "y.elamrani77@hotmail.com", "Noor El Amrani",
                 "02-06-2010", "L.J. Baartmans"):
        d.r("FORMFIELD", name, ch="annotations")
    d.k("REF", "VI-2024-05527")
    d.k("PHONE", "0900 111 3 111")
    d.k("ORG", "Hendrik Marsman College")
    d.k("ORG", "Stichting Voortgezet Onderwijs Utrechtse Heuvelrug")
    d.k("ORG", "Meldpunt Vertrouwensinspecteurs")
    d.k("ORG", "Landelijke Klachtencommissie Onderwijs")
    d.k("ORG", "LKC")
    d.k("LAW", "Archiefwet 1995")
    d.k("PLACE", "Jagerlaan")
    d.k("ROLE", "Vertrouwensinspecteur")
    d.k("ROLE", "anti-pestcoördinator")
    d.k("REF", "17KM")
    d.k("TERM", "WOT")


# ------------------------------------------------------------------------------------------ ct06
@doc("ct06", "Brief College van Bestuur aan inspectie: zienswijze op conceptrapport, met handtekening",
     "reportlab Carlito, letter with signature image")
def ct06(d):
    st = styles("Carlito", 10.5)
    s = [Table([[P("<b>SVOUH</b><br/>Stichting Voortgezet Onderwijs<br/>Utrechtse Heuvelrug", st["n"]),
                 P("Bestuursbureau<br/>Slotlaan 120<br/>3701 GN Zeist<br/>T 030 691 20 00<br/>info@svouh.nl",
                   st["small"])]], colWidths=[110 * mm, 55 * mm]),
         Spacer(1, 10 * mm),
         P("Inspectie van het Onderwijs<br/>t.a.v. de heer drs. M.A. Hofstede<br/>Postbus 2730<br/>"
           "3500 GS Utrecht", st["n"]),
         Spacer(1, 6 * mm),
         plain_table([["Zeist,", "18 november 2024"], ["Ons kenmerk:", "CvB/2024/211"],
                      ["Uw kenmerk:", "ISO-VO/2024/0418773, zaak 2024-0087613"],
                      ["Behandeld door:", "mw. C. Rijnsburger, bestuurssecretaris, 06-1277 3904"],
                      ["Betreft:", "Zienswijze conceptrapport Hendrik Marsman College"]],
                     [32 * mm, 120 * mm], st["n"]),
         Spacer(1, 6 * mm),
         P("Geachte heer Hofstede,", st["n"]),
         P("Op 8 november 2024 ontvingen wij het conceptrapport van het onderzoek naar aanleiding van "
           "signalen op het Hendrik Marsman College. Wij danken u en mevrouw Kraaijeveld voor de zorgvuldige "
           "wijze waarop het onderzoek is uitgevoerd. Hieronder geven wij onze zienswijze.", st["n"]),
         P("1. Wij herkennen ons in de bevindingen over kwaliteitszorg (KA1). Het bestuur heeft op "
           "14 november 2024 besloten tot een verbeterplan, dat onder leiding van de conrector onderwijs "
           "wordt uitgevoerd.", st["n"]),
         P("2. Bij standaard VS1 verzoeken wij u in paragraaf 3 de passage over de leerling uit 3V te "
           "anonimiseren. De leerling en haar ouders zijn door de rector persoonlijk gesproken. De mentor, "
           "de heer Verbeek, heeft inmiddels een melding gedaan en de anti-pestcoördinator heeft met de "
           "betrokken leerlingen gesproken.", st["n"]),
         P("3. De passage over de afwezigheid van de rector wegens ziekte achten wij niet relevant voor het "
           "oordeel; wij verzoeken u deze te schrappen. Mevrouw Terpstra-Valk heeft daar zelf ook om "
           "gevraagd.", st["n"]),
         P("4. De feitelijke onjuistheid in bijlage 1: de heer R. Haverkamp is docent LO en sinds "
           "1 augustus 2024 anti-pestcoördinator, niet sinds 2022.", st["n"]),
         P("Wij hebben deze zienswijze besproken met de Raad van Toezicht (voorzitter: de heer "
           "ir. F.G. Bolkestein-Lutz) en met de medezeggenschapsraad. Burgemeester Janssen en wethouder "
           "Jellema van de gemeente Zeist zijn op hoofdlijnen geïnformeerd.", st["n"]),
         P("Met vriendelijke groet,<br/>College van Bestuur SVOUH", st["n"]),
         RLImage(signature_image("H-J v d Meulen", seed=5), width=48 * mm, height=11 * mm, hAlign="LEFT"),
         P("drs. H.J. van der Meulen<br/>voorzitter College van Bestuur", st["n"]),
         ]
    build_platypus(d.path, s, on_page=footer("SVOUH - Slotlaan 120, Zeist - KvK 41178230", font="Carlito"),
                   author="Corine Rijnsburger")
    d.r("PERSON", "M.A. Hofstede", "M.A. Hofstede", "Hofstede")
    d.r("PERSON", "C. Rijnsburger", "C. Rijnsburger")
    d.r("AUTHOR", "Corine Rijnsburger", "Corine Rijnsburger", ch="metadata")
    d.r("PHONE", "06-1277 3904")
    d.r("PERSON", "Kraaijeveld")
    d.r("PERSON", "Verbeek")
    d.r("HEALTH", "afwezigheid van de rector wegens ziekte", "wegens ziekte")
    d.r("PERSON", "Terpstra-Valk")
    d.r("PERSON", "R. Haverkamp")
    d.r("PERSON", "F.G. Bolkestein-Lutz", "Bolkestein-Lutz")
    d.r("PERSON", "H.J. van der Meulen")
    d.k("ORG", "SVOUH")
    d.k("ADDRESS", "Slotlaan 120")
    d.k("PHONE", "030 691 20 00")
    d.k("EMAIL", "info@svouh.nl")
    d.k("REF", "CvB/2024/211")
    d.k("REF", "ISO-VO/2024/0418773")
    d.k("REF", "2024-0087613")
    d.k("ORG", "Hendrik Marsman College")
    d.k("ORG", "Raad van Toezicht")
    d.k("OFFICE", "Burgemeester Janssen", "Burgemeester Janssen", "Janssen")
    d.k("OFFICE", "wethouder Jellema", "wethouder Jellema", "Jellema")
    d.k("ORG", "gemeente Zeist")
    d.k("ROLE", "bestuurssecretaris")
    d.k("ROLE", "anti-pestcoördinator")
    d.k("ROLE", "voorzitter College van Bestuur")
    d.k("REF", "KvK 41178230")
    d.k("DATE", "14 november 2024")


# ------------------------------------------------------------------------------------------ ct07
@doc("ct07", "Inspectie: interne notitie risicoanalyse en besluit tot onderzoek, met paraaftabel",
     "reportlab DejaVuSerif, memo")
def ct07(d):
    st = styles("DejaVuSerif", 9)
    s = [P("Interne notitie", st["h1"]),
         plain_table([["Aan", "MT sector voortgezet onderwijs, regio Midden"],
                      ["Van", "M.A. Hofstede, inspecteur (MHo)"],
                      ["Datum", "24 september 2024"],
                      ["Zaak", "2024-0087613 - Hendrik Marsman College (17KM) / SVOUH (41873)"],
                      ["Onderwerp", "Risicoanalyse en voorstel onderzoek naar aanleiding van signalen"]],
                     [25 * mm, 140 * mm], st["n"]),
         Spacer(1, 4 * mm),
         P("<b>Signalen.</b> Sinds juni vijf signalen (drie ouders pesten onderbouw, één ouder OPP 2B, één "
           "docent registratie incidenten). De docent die meldde is de heer P.J. Klomp (wiskunde); hij vraagt "
           "uitdrukkelijk om vertrouwelijkheid. Klomp is volgens eigen zeggen zelf een keer bedreigd door een "
           "leerling uit 4H (Jesse van Ooijen), die in mei 2024 is aangehouden wegens heling en inmiddels "
           "een taakstraf heeft gekregen van de kinderrechter. Dat incident staat niet in Magister.", st["n"]),
         P("<b>Risico's.</b> Jaarverslag 2023 SVOUH: daling leerlingaantal onderbouw, verloop docenten 14 %. "
           "Tevredenheidspeiling leerlingen (Vensters, Scholen op de kaart): veiligheid 6,1 tegen landelijk 7,3. "
           "Er zijn geen financiële risico's gesignaleerd door de afdeling Financiële Continuïteit.", st["n"]),
         P("<b>Voorstel.</b> Onderzoek naar aanleiding van signalen op 29 en 30 oktober 2024, standaarden VS1, "
           "OP4 en KA1, team MHo en YKr, kwaliteitsbewaking EDR. Het bestuur wordt per brief geïnformeerd; de "
           "contactinspecteur van het bestuur (mw. drs. A.C. Lodewijks-Verhoef) wordt gevraagd het "
           "bestuursgesprek mee te voeren.", st["n"]),
         P("<b>Besluit MT</b> (1 oktober 2024): akkoord. Afstemming met de directie Toezicht en de "
           "inspecteur-generaal is niet nodig.", st["n"]),
         Spacer(1, 3 * mm),
         grid_table([["Naam", "Functie", "Paraaf", "Datum"],
                     ["M.A. Hofstede", "inspecteur", "MHo", "24-9-2024"],
                     ["Y. Kraaijeveld", "inspecteur", "YKr", "25-9-2024"],
                     ["E.S. Dijkhuizen-Ramdin", "coördinerend inspecteur", "EDR", "26-9-2024"],
                     ["K. Aalbers", "juridisch adviseur, directie Juridische Zaken", "KAa", "27-9-2024"],
                     ["MT VO Midden", "-", "akkoord", "1-10-2024"]],
                    [45 * mm, 70 * mm, 20 * mm, 25 * mm], st["small"]),
         Spacer(1, 3 * mm),
         P("Noot KAa: let op de AVG bij het opvragen van leerlingdossiers; vraag alleen geanonimiseerde "
           "overzichten op (art. 5.1 lid 2 WOT niet van toepassing).", st["small"])]
    build_platypus(d.path, s, on_page=footer("Inspectie van het Onderwijs - intern - niet openbaar",
                                             font="DejaVuSerif"))
    d.r("PERSON", "M.A. Hofstede")
    d.r("PERSON", "P.J. Klomp", "P.J. Klomp", "Klomp")
    d.r("PERSON", "Jesse van Ooijen")
    d.r("CRIMINAL", "aangehouden wegens heling", "aangehouden wegens heling", "taakstraf")
    d.r("PERSON", "A.C. Lodewijks-Verhoef", "A.C. Lodewijks-Verhoef")
    d.r("PERSON", "Y. Kraaijeveld")
    d.r("PERSON", "E.S. Dijkhuizen-Ramdin")
    d.r("PERSON", "K. Aalbers")
    for code in ("MHo", "YKr", "EDR", "KAa"):
        d.r("PARAPH", code)
    d.k("REF", "2024-0087613")
    d.k("ORG", "Hendrik Marsman College")
    d.k("ORG", "SVOUH")
    d.k("PRODUCT", "Magister")
    d.k("PROG", "Scholen op de kaart")
    d.k("PROG", "Vensters")
    d.k("ORG", "Financiële Continuïteit")
    d.k("ROLE", "contactinspecteur")
    d.k("ROLE", "juridisch adviseur")
    d.k("ROLE", "coördinerend inspecteur")
    d.k("ORG", "directie Juridische Zaken")
    d.k("ROLE", "inspecteur-generaal")
    d.k("TERM", "AVG")
    d.k("DATE", "1 oktober 2024")
    d.k("ORG", "MT VO Midden")


# ------------------------------------------------------------------------------------------ ct08
@doc("ct08", "Handgeschreven aantekeningen inspecteur, gesprek ouders (scan, image-only)",
     "PIL femkeklaver handwriting -> JPEG -> image-only PDF")
def ct08(d):
    lines = [
        ("Femke", 60, "Gesprek ouders 30/10  lokaal 0.14"),
        ("Femke", 60, "mw. Wijnhoven-Smit (moeder Daan, 2B)"),
        ("Femke", 60, "tel 06-19374428  terugbellen vrijdag"),
        ("Femke", 60, "- Daan sinds maart deels thuis"),
        ("Femke", 60, "- neemt Ritalin, slaapt slecht"),
        ("Femke", 60, "- OPP pas 15/10 opgesteld !!"),
        ("Femke", 60, "- contact Samenwerkingsverband? nee"),
        ("Femke", 60, ""),
        ("Femke", 60, "dhr. El Amrani (vader Noor, 3V)"),
        ("Femke", 60, "- uitgescholden, hoofddoek"),
        ("Femke", 60, "- mentor Verbeek wist ervan"),
        ("Femke", 60, "- wil geen klacht, wel actie"),
        ("Femke", 60, ""),
        ("Femke", 60, "Vragen voor Terpstra morgen:"),
        ("Femke", 60, "1. monitor veiligheid besproken?"),
        ("Femke", 60, "2. wie is anti-pestcoordinator?"),
        ("LibSans", 40, "                                       MHo"),
    ]

    def draw(dr, font):
        y = 170
        dr.text((140, 90), "Inspectie van het Onderwijs - aantekeningen", font=font("LibSans", 30), fill=90)
        for fn, px, t in lines:
            dr.text((150, y), t, font=font(fn, px), fill=25)
            y += int(px * 1.9)
    scan_pdf(d.path, draw, seed=8, angle=0.7)
    d.r("PERSON", "Wijnhoven-Smit", "Wijnhoven-Smit", "Wijnhoven", ch="ocr")
    d.r("PERSON", "Daan", "Daan", ch="ocr")
    d.r("PHONE", "06-19374428", "06-19374428", ch="ocr")
    d.r("HEALTH", "Ritalin", "Ritalin", ch="ocr")
    d.r("PERSON", "El Amrani", "El Amrani", "Amrani", ch="ocr")
    d.r("PERSON", "Noor", "Noor", ch="ocr")
    d.r("RELIGION", "hoofddoek", "hoofddoek", ch="ocr")
    d.r("PERSON", "Verbeek", "Verbeek", ch="ocr")
    d.r("PERSON", "Terpstra", "Terpstra", ch="ocr")
    d.r("PARAPH", "MHo", "MHo", ch="ocr")


# ------------------------------------------------------------------------------------------ ct09
@doc("ct09", "WhatsApp-export groep 'Sectie wiskunde HMC' (chat, first names, mobile numbers, sick leave)",
     "reportlab LibMono, chat export")
def ct09(d):
    st = styles("LibMono", 8.3)
    msgs = [
        "[02-09-2024 07:41] Pieter-Jan Klomp: Goedemorgen allen! Rooster 1e week staat in SOMtoday, let op: "
        "2B en 2C wisselen lokaal 1.22 en 1.24.",
        "[02-09-2024 07:44] Hatice Karaca: Top PJ. Ik heb 2B als mentorklas, dus ik loop even mee.",
        "[02-09-2024 08:02] +31 6 2391 0457: Hoi, ik ben Lisa, nieuw in de sectie (invaller tot de "
        "herfstvakantie). Kan iemand me toevoegen aan het Teams-kanaal?",
        "[02-09-2024 08:05] Pieter-Jan Klomp: Welkom Lisa! Doe ik vanavond. Jouw mailadres is "
        "l.vosmeer@marsmancollege.nl toch?",
        "[02-09-2024 08:06] +31 6 2391 0457: Ja klopt 👍",
        "[09-09-2024 06:58] Gerrit Holleman: Ik meld me ziek, mijn rug is weer helemaal op slot (hernia). "
        "Opdrachten voor 3H staan in de ELO. Mijn vrouw belt ook even met Sanne.",
        "[09-09-2024 07:10] Sanne Oudejans: Beterschap Gerrit. Ik regel vervanging voor het 1e en 2e uur. "
        "Bel me gerust op 06-3387 1020 als er iets is.",
        "[12-09-2024 16:31] Hatice Karaca: Even iets vertrouwelijks: Noor uit 3V wordt al weken "
        "uitgescholden. Joost is haar mentor maar heeft het nog niet gemeld bij Rik. Wie weet hoe dat "
        "meldformulier werkt?",
        "[12-09-2024 16:35] Pieter-Jan Klomp: Formulier staat op intranet > Veiligheid > Melding incident. "
        "Maar let op, de vader heeft de inspectie al gebeld.",
        "[12-09-2024 16:40] Sanne Oudejans: Dit hoort niet in de app jongens. Mail het naar "
        "zorg@marsmancollege.nl of bel Marloes.",
        "[30-09-2024 12:12] Gerrit Holleman: Ben volgende week terug, halve dagen (re-integratie via de "
        "bedrijfsarts van ArboNed).",
        "[14-10-2024 19:50] Pieter-Jan Klomp: Wie heeft de toetsen van hoofdstuk 3 (Getal & Ruimte) "
        "nagekeken? Cijfers moeten vrijdag in SOMtoday.",
        "[14-10-2024 20:03] Hatice Karaca: 2B is klaar. Daan heeft een verlengde toetstijd (OPP), die heeft "
        "hem in een aparte ruimte gemaakt.",
        "[14-10-2024 20:05] +31 6 2391 0457: 2C ook klaar! Laatste week voor mij, het was fijn werken met "
        "jullie ❤️",
        "[25-10-2024 09:12] Sanne Oudejans: Dinsdag en woensdag is de inspectie op school (dhr. Hofstede en "
        "mw. Kraaijeveld). PJ en Hatice staan op de lijst voor het docentengesprek, 30/10 om 11.00 uur.",
        "[25-10-2024 09:20] Pieter-Jan Klomp: Oké. Moet ik iets voorbereiden?",
        "[25-10-2024 09:21] Sanne Oudejans: Nee, gewoon eerlijk vertellen. De rector komt er niet bij.",
        "[30-10-2024 13:02] Hatice Karaca: Gesprek was prima. Ze wilden vooral weten hoe we incidenten "
        "registreren.",
        "[04-11-2024 08:15] Gerrit Holleman: Ik ben er deze week weer volledig. Dank voor alle "
        "berichtjes en de bloemen!",
    ]
    s = [P("WhatsApp-chat met Sectie wiskunde HMC", st["b"]),
         P("Geëxporteerd op 05-11-2024 door Sanne Oudejans (06-3387 1020). Berichten en oproepen zijn "
           "end-to-end versleuteld.", st["small"]), Spacer(1, 3 * mm)]
    for m in msgs:
        s.append(P(esc(m), st["n"]))
    s.append(Spacer(1, 3 * mm))
    s.append(P("Bijlage bij e-mail van de teamleider onderbouw aan de rector, 5 november 2024.", st["small"]))
    build_platypus(d.path, s, margins=(18, 18, 16, 16))
    d.r("PERSON", "Pieter-Jan Klomp", "Pieter-Jan Klomp", "PJ")
    d.r("PERSON", "Hatice Karaca", "Hatice Karaca", "Hatice")
    d.r("PHONE", "+31 6 2391 0457")
    d.r("PERSON", "Lisa", "Lisa")
    d.r("EMAIL", "l.vosmeer@marsmancollege.nl")
    d.r("PERSON", "Gerrit Holleman", "Gerrit Holleman", "Gerrit")
    d.r("HEALTH", "mijn rug is weer helemaal op slot (hernia)", "hernia")
    d.r("PERSON", "Sanne Oudejans", "Sanne Oudejans", "Sanne")
    d.r("PHONE", "06-3387 1020")
    d.r("PERSON", "Noor", "Noor")
    d.r("PERSON", "Joost", "Joost")
    d.r("PERSON", "Rik", "Rik")
    d.r("PERSON", "Marloes", "Marloes")
    d.r("PERSON", "Daan", "Daan")
    d.r("PERSON", "Hofstede", "Hofstede")
    d.r("PERSON", "Kraaijeveld", "Kraaijeveld")
    d.k("PRODUCT", "SOMtoday")
    d.k("PRODUCT", "WhatsApp")
    d.k("PRODUCT", "Teams")
    d.k("EMAIL", "zorg@marsmancollege.nl")
    d.k("ORG", "ArboNed")
    d.k("PRODUCT", "Getal & Ruimte")
    d.k("ROLE", "bedrijfsarts")
    d.k("ROLE", "teamleider onderbouw")
    d.k("ROLE", "rector")
    d.k("TERM", "ELO")
    d.k("TERM", "OPP")
    d.k("ORG", "Sectie wiskunde HMC")
    d.k("TERM", "re-integratie")


# ------------------------------------------------------------------------------------------ ct10
@doc("ct10", "Microsoft Teams-chat export zorgteam (kanaal Leerlingzaken), met zorgniveaus",
     "reportlab DejaVu, Teams export")
def ct10(d):
    st = styles("DejaVu", 8.8)
    rows = [["Tijdstip", "Afzender", "Bericht"],
            ["15-10-2024 08:12", "Marloes ten Brinke", "OPP Daan W. (2B) is klaar en vanmiddag besproken met "
             "moeder. Diagnose ASS + ADHD staat erin, met advies van de GZ-psycholoog van Altrecht."],
            ["15-10-2024 08:20", "Bart van 't Hoogerhuis", "Goed. Zet het in Magister onder 'Zorg', niet onder "
             "'Logboek'. @Marloes, zet je Sanne in de cc?"],
            ["15-10-2024 09:02", "Sanne Oudejans", "Gelezen. Moeder (Annelies) belde mij ook: ze wil een "
             "gesprek met de leerplichtambtenaar vermijden. Ik heb gezegd dat dat niet aan ons is."],
            ["16-10-2024 13:47", "Marloes ten Brinke", "Lotte B. (4H) is sinds gisteren opgenomen bij de "
             "Kinder- en Jeugdpsychiatrie (depressie, suïcidale gedachten). Ouders vragen om huiswerk "
             "tijdelijk stop te zetten. Graag discreet."],
            ["16-10-2024 13:55", "Anouk Lammers", "Ik ben als vertrouwenspersoon beschikbaar voor haar "
             "vriendinnen in 4H. Bel me op 06-5072 8816."],
            ["17-10-2024 10:30", "Bart van 't Hoogerhuis", "Melding Jesse v. O. (4H): politie heeft contact "
             "opgenomen, proces-verbaal wegens heling. Afspraak met wijkagent via Halt. BvtH"],
            ["17-10-2024 10:41", "Marloes ten Brinke", "Genoteerd, ik bespreek het in het ZAT van 22/10 met "
             "Leerplicht Zeist en het Samenwerkingsverband."]]
    s = [P("Microsoft Teams - Team Leerlingzaken HMC - kanaal Algemeen", st["h2"]),
         P("Export uit Microsoft Purview eDiscovery, 6-11-2024, zoekopdracht 'OPP OR inspectie'. "
           "Exportkenmerk: ED-HMC-2024-014.", st["small"]), Spacer(1, 3 * mm),
         grid_table(rows, [30 * mm, 37 * mm, 103 * mm], st["small"])]
    build_platypus(d.path, s, pagesize=A4)
    d.r("PERSON", "Marloes ten Brinke", "Marloes ten Brinke", "Marloes")
    d.r("PERSON", "Daan W.", "Daan W.")
    d.r("HEALTH", "Diagnose ASS + ADHD", "ASS + ADHD")
    d.r("PERSON", "Bart van 't Hoogerhuis")
    d.r("PERSON", "Sanne Oudejans", "Sanne Oudejans", "Sanne")
    d.r("PERSON", "Annelies", "Annelies")
    d.r("PERSON", "Lotte B.", "Lotte B.")
    d.r("HEALTH", "opgenomen bij de Kinder- en Jeugdpsychiatrie (depressie, suïcidale gedachten)",
        "depressie, suïcidale gedachten")
    d.r("PERSON", "Anouk Lammers")
    d.r("PHONE", "06-5072 8816")
    d.r("PERSON", "Jesse v. O.", "Jesse v. O.")
    d.r("CRIMINAL", "proces-verbaal wegens heling", "proces-verbaal wegens heling")
    d.r("PARAPH", "BvtH")
    d.k("PRODUCT", "Microsoft Teams")
    d.k("PRODUCT", "Microsoft Purview eDiscovery")
    d.k("PRODUCT", "Magister")
    d.k("ORG", "Altrecht")
    d.k("ORG", "Halt")
    d.k("ORG", "Leerplicht Zeist")
    d.k("ORG", "Samenwerkingsverband")
    d.k("ROLE", "GZ-psycholoog")
    d.k("ROLE", "vertrouwenspersoon")
    d.k("ROLE", "leerplichtambtenaar")
    d.k("ROLE", "wijkagent")
    d.k("REF", "ED-HMC-2024-014")
    d.k("TERM", "ZAT")


# ------------------------------------------------------------------------------------------ ct11
@doc("ct11", "Brief school aan leerplichtambtenaar: melding relatief verzuim met medische achtergrond",
     "reportlab Helvetica, letter with header table")
def ct11(d):
    st = styles("Helvetica", 9.5)
    s = [Table([[P("<b>Hendrik Marsman College</b><br/>openbare scholengemeenschap voor vwo, havo en mavo",
                   st["small"]),
                 P("Thorbeckelaan 12<br/>3705 KJ Zeist<br/>T 030 691 24 00<br/>administratie@marsmancollege.nl",
                   st["tiny"])]], colWidths=[110 * mm, 55 * mm]),
         Spacer(1, 10 * mm),
         P("Gemeente Zeist<br/>Afdeling Leerplicht en RMC<br/>t.a.v. de heer M. Pelgrim, leerplichtambtenaar<br/>"
           "Postbus 513<br/>3700 AM Zeist", st["n"]),
         Spacer(1, 6 * mm),
         plain_table([["Datum", "4 november 2024"], ["Kenmerk", "HMC/ZORG/2024-188"],
                      ["Betreft", "Melding verzuim via DUO Verzuimregister, aanvullende informatie"],
                      ["Verzuimmelding", "VZ-2024-0771204 (DUO Verzuimloket)"]],
                     [30 * mm, 120 * mm], st["n"]),
         Spacer(1, 5 * mm),
         P("Beste Marco,", st["n"]),
         P("Zoals telefonisch besproken stuur ik je aanvullende informatie bij de verzuimmelding die wij op "
           "1 november 2024 via het Verzuimloket van DUO hebben gedaan.", st["n"]),
         grid_table([["Gegevens leerling", ""],
                     ["Naam", "Daan Wijnhoven"],
                     ["Geboortedatum", "14 maart 2011"],
                     ["BSN", "184273055"],
                     ["Leerlingnummer", "118273"],
                     ["Adres", "Kastanjelaan 31, 3704 HB Zeist"],
                     ["Klas / mentor", "2B / mevrouw H. Karaca"],
                     ["Ouder/verzorger", "mevrouw A. Wijnhoven-Smit, 06-1937 4428"]],
                    [40 * mm, 110 * mm], st["n"]),
         Spacer(1, 4 * mm),
         P("Daan is sinds maart 2024 slechts gedeeltelijk op school (gemiddeld 9 van de 30 lesuren). Er is "
           "sprake van een autismespectrumstoornis en ADHD; volgens de behandelaar van Altrecht hangt het "
           "verzuim samen met overprikkeling. Sinds 15 oktober 2024 is er een OPP met een opbouwschema. "
           "De jeugdarts van de GGD regio Utrecht is gevraagd een advies te geven.", st["n"]),
         P("Wij vragen je niet direct een proces-verbaal op te maken, maar eerst deel te nemen aan het "
           "zorgadviesteam van 19 november 2024. Ook het Samenwerkingsverband VO Zuidoost-Utrecht schuift aan.",
           st["n"]),
         P("Met vriendelijke groet,", st["n"]),
         P("Marloes ten Brinke<br/>zorgcoördinator<br/>m.tenbrinke@marsmancollege.nl | 06-2705 6613", st["n"]),
         P("Kopie: dossier leerlingzorg; mevrouw S. Oudejans, teamleider onderbouw", st["small"])]
    build_platypus(d.path, s, on_page=footer("Hendrik Marsman College - onderdeel van SVOUH - BRIN 17KM"))
    d.r("PERSON", "M. Pelgrim", "M. Pelgrim")
    d.r("PERSON", "Marco", "Marco")
    d.r("PERSON", "Daan Wijnhoven", "Daan Wijnhoven", "Daan")
    d.r("DOB", "14 maart 2011")
    d.r("BSN", "184273055")
    d.r("STUDENTNR", "118273")
    d.r("ADDRESS", "Kastanjelaan 31, 3704 HB Zeist", "Kastanjelaan 31", "3704 HB")
    d.r("PERSON", "H. Karaca")
    d.r("PERSON", "A. Wijnhoven-Smit")
    d.r("PHONE", "06-1937 4428")
    d.r("HEALTH", "autismespectrumstoornis en ADHD", "autismespectrumstoornis", "ADHD", "overprikkeling")
    d.r("PERSON", "Marloes ten Brinke")
    d.r("EMAIL", "m.tenbrinke@marsmancollege.nl")
    d.r("PHONE", "06-2705 6613")
    d.r("PERSON", "S. Oudejans")
    d.k("ORG", "Hendrik Marsman College")
    d.k("ADDRESS", "Thorbeckelaan 12")
    d.k("PHONE", "030 691 24 00")
    d.k("EMAIL", "administratie@marsmancollege.nl")
    d.k("ORG", "Gemeente Zeist")
    d.k("ORG", "Afdeling Leerplicht en RMC")
    d.k("REF", "HMC/ZORG/2024-188")
    d.k("REF", "VZ-2024-0771204")
    d.k("ORG", "DUO")
    d.k("PROG", "Verzuimloket")
    d.k("ORG", "Altrecht")
    d.k("ORG", "GGD regio Utrecht")
    d.k("ORG", "Samenwerkingsverband VO Zuidoost-Utrecht")
    d.k("ROLE", "leerplichtambtenaar")
    d.k("ROLE", "zorgcoördinator")
    d.k("ROLE", "jeugdarts")
    d.k("ROLE", "teamleider onderbouw")
    d.k("REF", "BRIN 17KM")
    d.k("TERM", "zorgadviesteam")


# ------------------------------------------------------------------------------------------ ct12
@doc("ct12", "Besluit schorsing leerling, brief aan ouders (docx)", "python-docx -> LibreOffice, Carlito")
def ct12(d):
    x = docx_new("Carlito", 11)
    docx_para(x, "Hendrik Marsman College", bold=True, size=14)
    docx_para(x, "Burgemeester Patijnlaan 1, 3706 AB Zeist | 030 691 24 00 | www.marsmancollege.nl", size=8)
    docx_para(x, "")
    docx_para(x, "AANGETEKEND EN PER E-MAIL", bold=True, size=9)
    docx_para(x, "De ouders/verzorgers van Jesse van Ooijen\nFam. Van Ooijen-Brugman\nDe Dreef 46\n3706 BP Zeist")
    docx_para(x, "")
    docx_table(x, [["Datum", "21 mei 2024"], ["Kenmerk", "HMC/DIR/2024-041"],
                   ["Onderwerp", "Besluit tot schorsing (artikel 8.1.6 WVO 2020)"]], [35, 120], style=None,
               bold_header=False)
    docx_para(x, "")
    docx_para(x, "Geachte heer en mevrouw Van Ooijen,")
    docx_para(x, "Hierbij deel ik u mee dat ik heb besloten uw zoon Jesse (klas 3H, leerlingnummer 117904, "
              "geboren 9 januari 2009) te schorsen voor de duur van vijf schooldagen, van 22 tot en met "
              "28 mei 2024.")
    docx_para(x, "Aanleiding is het incident van 16 mei 2024, waarbij Jesse een docent heeft bedreigd en "
              "gestolen fietsonderdelen aan medeleerlingen heeft verkocht. De politie heeft Jesse op 17 mei "
              "aangehouden op verdenking van heling. De docent, de heer Klomp, heeft aangifte gedaan.")
    docx_para(x, "Tijdens de schorsing krijgt Jesse huiswerk via SOMtoday. Op 29 mei 2024 om 08.30 uur "
              "verwacht ik u en Jesse voor een terugkeergesprek met de heer B. van 't Hoogerhuis, "
              "conrector, en de mentor.")
    docx_para(x, "Conform de WVO 2020 heb ik de Inspectie van het Onderwijs via het Inspectieportaal in "
              "kennis gesteld. U kunt binnen zes weken bezwaar maken bij het College van Bestuur van SVOUH "
              "(artikel 6:7 Algemene wet bestuursrecht).")
    docx_para(x, "Met vriendelijke groet,")
    docx_para(x, "")
    docx_para(x, "drs. W.M. Terpstra-Valk\nrector")
    docx_para(x, "Kopie: leerplichtambtenaar gemeente Zeist (dhr. Pelgrim); leerlingdossier", size=8)
    x.save(DOCX_DIR / "ct12.docx")
    d.r("PERSON", "Jesse van Ooijen", "Jesse van Ooijen", "Jesse")
    d.r("PERSON", "Van Ooijen-Brugman", "Van Ooijen-Brugman", "Van Ooijen")
    d.r("ADDRESS", "De Dreef 46, 3706 BP Zeist", "De Dreef 46", "3706 BP")
    d.r("STUDENTNR", "117904")
    d.r("DOB", "9 januari 2009")
    d.r("CRIMINAL", "aangehouden op verdenking van heling", "verdenking van heling",
        "gestolen fietsonderdelen aan medeleerlingen heeft verkocht")
    d.r("PERSON", "Klomp")
    d.r("PERSON", "B. van 't Hoogerhuis")
    d.r("PERSON", "W.M. Terpstra-Valk")
    d.r("PERSON", "Pelgrim")
    d.k("ORG", "Hendrik Marsman College")
    d.k("ADDRESS", "Burgemeester Patijnlaan 1")
    d.k("PHONE", "030 691 24 00")
    d.k("URL", "www.marsmancollege.nl")
    d.k("REF", "HMC/DIR/2024-041")
    d.k("LAW", "WVO 2020")
    d.k("LAW", "Algemene wet bestuursrecht")
    d.k("PRODUCT", "SOMtoday")
    d.k("ORG", "Inspectie van het Onderwijs")
    d.k("PROG", "Inspectieportaal")
    d.k("ORG", "SVOUH")
    d.k("ROLE", "conrector")
    d.k("ROLE", "leerplichtambtenaar")
    d.k("DATE", "21 mei 2024")


# ------------------------------------------------------------------------------------------ ct13
@doc("ct13", "Notulen medezeggenschapsraad met presentielijst en actielijst (docx)",
     "python-docx -> LibreOffice, DejaVu Serif")
def ct13(d):
    x = docx_new("DejaVu Serif", 9.5)
    docx_para(x, "Notulen vergadering medezeggenschapsraad Hendrik Marsman College", bold=True, size=13)
    docx_para(x, "Datum: maandag 11 november 2024, 19.30-21.45 uur. Locatie: mediatheek, Thorbeckelaan 12.")
    docx_table(x, [["Geleding", "Aanwezig", "Afkorting"],
                   ["Personeel", "Ingrid Bosschaart (secretaris)", "IB"],
                   ["Personeel", "Pieter-Jan Klomp", "PJK"],
                   ["Personeel", "Ruud de Lange-Wessels", "RdLW"],
                   ["Ouders", "Jeroen Stapelkamp (voorzitter)", "JS"],
                   ["Ouders", "Miriam Çelik", "MÇ"],
                   ["Leerlingen", "Fenna Hoogland (5V)", "FH"],
                   ["Leerlingen", "Thijs (4H), vanaf agendapunt 3", "Th"],
                   ["Adviserend", "W.M. Terpstra-Valk, rector (agendapunt 2 en 3)", "rector"]],
               [35, 95, 30], size=9)
    docx_para(x, "Afwezig: Kees Bronkhorst (personeel, ziek).", italic=True)
    docx_para(x, "1. Opening en mededelingen", bold=True)
    docx_para(x, "JS opent. De notulen van 7 oktober worden vastgesteld. IB meldt dat de GMR van SVOUH op "
              "25 november vergadert over de begroting 2025 en het Nationaal Programma Onderwijs.")
    docx_para(x, "2. Inspectieonderzoek", bold=True)
    docx_para(x, "De rector licht het conceptrapport toe. Op VS1 en KA1 is het oordeel onvoldoende; de school "
              "komt in geïntensiveerd toezicht. MÇ vraagt waarom ouders niet eerder zijn geïnformeerd. De "
              "rector zegt toe dat alle ouders vóór 1 december een brief krijgen. FH vertelt dat leerlingen in "
              "de bovenbouw de 'Monitor Sociale Veiligheid' niet serieus nemen. PJK merkt op dat de "
              "registratie in Magister per team verschilt.")
    docx_para(x, "Het instemmingsverzoek voor het veiligheidsplan 'Veilig Marsman' wordt in december "
              "geagendeerd (artikel 10 Wet medezeggenschap op scholen).")
    docx_para(x, "3. Personeel en werkdruk", bold=True)
    docx_para(x, "RdLW brengt het verzuimpercentage (7,8 %) in. Hij vraagt aandacht voor collega's die "
              "langdurig uitvallen. De rector wijst op de werkdrukmiddelen en de CAO VO 2024-2025. "
              "Er wordt niet over individuele collega's gesproken.")
    docx_para(x, "4. Rondvraag", bold=True)
    docx_para(x, "Th vraagt of de kantine op vrijdag tot 16.00 uur open kan. JS neemt dit mee naar de facilitair "
              "coördinator. MÇ meldt dat haar zoon in 2B zit en dat zij daarom bij het agendapunt over de "
              "signalen uit 2B niet meepraat.")
    docx_para(x, "Actielijst", bold=True)
    docx_table(x, [["Nr.", "Actie", "Wie", "Gereed"],
                   ["24-17", "Brief aan ouders over inspectierapport", "rector", "1 december 2024"],
                   ["24-18", "Veiligheidsplan ter instemming agenderen", "IB / JS", "9 december 2024"],
                   ["24-19", "Enquête leerlingen over monitor", "FH / Th", "januari 2025"],
                   ["24-20", "Kantine vrijdag navragen", "JS", "9 december 2024"]],
               [15, 95, 25, 35], size=9)
    docx_para(x, "")
    docx_para(x, "Notulist: Ingrid Bosschaart, i.bosschaart@marsmancollege.nl. Correspondentie MR: "
              "mr@marsmancollege.nl.", size=8)
    x.save(DOCX_DIR / "ct13.docx")
    for n in ("Ingrid Bosschaart", "Pieter-Jan Klomp", "Ruud de Lange-Wessels", "Jeroen Stapelkamp",
              "Miriam Çelik", "Fenna Hoogland", "Kees Bronkhorst", "W.M. Terpstra-Valk"):
        d.r("PERSON", n)
    d.r("PERSON", "Thijs", "Thijs")
    d.r("HEALTH", "ziek", "ziek")
    d.r("EMAIL", "i.bosschaart@marsmancollege.nl")
    for code in ("IB", "PJK", "RdLW", "JS", "MÇ", "FH", "Th"):
        d.r("PARAPH", code)
    d.k("ORG", "Hendrik Marsman College")
    d.k("ORG", "GMR")
    d.k("ORG", "SVOUH")
    d.k("PROG", "Nationaal Programma Onderwijs")
    d.k("PROG", "Monitor Sociale Veiligheid")
    d.k("PROG", "Veilig Marsman")
    d.k("PRODUCT", "Magister")
    d.k("LAW", "Wet medezeggenschap op scholen")
    d.k("LAW", "CAO VO 2024-2025")
    d.k("EMAIL", "mr@marsmancollege.nl")
    d.k("ADDRESS", "Thorbeckelaan 12")
    d.k("DATE", "11 november 2024")
    d.k("ROLE", "facilitair coördinator")
    d.k("TERM", "geïntensiveerd toezicht")
    d.k("REF", "24-17")
    d.k("REF", "24-18")


# ------------------------------------------------------------------------------------------ ct14
@doc("ct14", "Overzicht zorgadviesteam (ZAT) 22 oktober 2024: tabel leerlingen met zorgniveaus (landscape)",
     "reportlab LibSans, landscape table")
def ct14(d):
    st = styles("LibSans", 8)
    rows = [["Nr.", "Leerling", "Klas", "Lln.nr.", "Casus / hulpvraag", "Betrokken", "Afspraak", "Wie"],
            ["1", "Daan Wijnhoven", "2B", "118273", "Gedeeltelijk verzuim; ASS en ADHD, behandeling Altrecht",
             "moeder, Leerplicht, SWV", "opbouwschema OPP, evaluatie 19/11", "MtB"],
            ["2", "Lotte Brandsma", "4H", "115530", "Klinische opname (depressie) sinds 15/10",
             "ouders, GGD", "huiswerkpauze, contact via mentor", "MtB / AL"],
            ["3", "Jesse van Ooijen", "4H", "117904", "Na schorsing mei 2024; Halt-traject afgerond, "
             "taakstraf kinderrechter", "ouders, wijkagent, Halt", "monitoren, geen actie ZAT", "BvtH"],
            ["4", "Noor El Amrani", "3V", "116622", "Gepest/gediscrimineerd i.v.m. geloof (hoofddoek)",
             "vader, mentor, anti-pestcoördinator", "herstelgesprekken, veiligheidsplan", "RH"],
            ["5", "Sem Achterberg", "1M", "119410", "Thuissituatie: vader gedetineerd, moeder "
             "mantelzorger; signaal Veilig Thuis", "Veilig Thuis, jeugdconsulent gemeente Zeist",
             "melding Meldcode gedaan 21/10", "MtB"],
            ["6", "Yara de Bruijn-Osei", "2C", "118905", "Zwangerschap (16 wk); begeleiding rondom "
             "examenjaar niet van toepassing", "ouders, jeugdarts GGD", "maatwerkrooster", "SO"]]
    s = [P("Zorgadviesteam Hendrik Marsman College - 22 oktober 2024 - VERTROUWELIJK", st["h2"]),
         P("Aanwezig: M. ten Brinke (zorgcoördinator, voorzitter, MtB), A. Lammers (vertrouwenspersoon, AL), "
           "B. van 't Hoogerhuis (BvtH), S. Oudejans (SO), R. Haverkamp (RH), M. Pelgrim (leerplicht "
           "gemeente Zeist), jeugdarts GGD regio Utrecht, consulent Samenwerkingsverband VO Zuidoost-Utrecht.",
           st["n"]),
         grid_table(rows, [9 * mm, 32 * mm, 11 * mm, 15 * mm, 70 * mm, 48 * mm, 50 * mm, 17 * mm], st["n"]),
         Spacer(1, 4 * mm),
         P("Gegevens uit het ZAT worden verwerkt volgens het privacyreglement SVOUH en de Meldcode "
           "huiselijk geweld en kindermishandeling. Volgende ZAT: 19 november 2024.", st["small"])]
    build_platypus(d.path, s, pagesize=landscape(A4), margins=(14, 14, 14, 14))
    for n, nr in (("Daan Wijnhoven", "118273"), ("Lotte Brandsma", "115530"), ("Jesse van Ooijen", "117904"),
                  ("Noor El Amrani", "116622"), ("Sem Achterberg", "119410"), ("Yara de Bruijn-Osei", "118905")):
        d.r("PERSON", n)
        d.r("STUDENTNR", nr)
    d.r("HEALTH", "ASS en ADHD", "ASS en ADHD")
    d.r("HEALTH", "Klinische opname (depressie)", "Klinische opname (depressie)")
    d.r("CRIMINAL", "taakstraf kinderrechter", "taakstraf kinderrechter")
    d.r("RELIGION", "i.v.m. geloof (hoofddoek)", "geloof (hoofddoek)")
    d.r("CRIMINAL", "vader gedetineerd", "vader gedetineerd")
    d.r("HEALTH", "Zwangerschap (16 wk)", "Zwangerschap (16 wk)")
    for n in ("M. ten Brinke", "A. Lammers", "B. van 't Hoogerhuis", "S. Oudejans", "R. Haverkamp", "M. Pelgrim"):
        d.r("PERSON", n)
    for code in ("MtB", "AL", "BvtH", "SO", "RH"):
        d.r("PARAPH", code)
    d.k("ORG", "Hendrik Marsman College")
    d.k("ORG", "Altrecht")
    d.k("ORG", "Veilig Thuis")
    d.k("ORG", "Halt")
    d.k("ORG", "GGD regio Utrecht")
    d.k("ORG", "Samenwerkingsverband VO Zuidoost-Utrecht")
    d.k("LAW", "Meldcode huiselijk geweld en kindermishandeling")
    d.k("ROLE", "zorgcoördinator")
    d.k("ROLE", "vertrouwenspersoon")
    d.k("ROLE", "jeugdconsulent")
    d.k("ROLE", "anti-pestcoördinator")
    d.k("ROLE", "wijkagent")
    d.k("DATE", "19 november 2024")
    d.k("ORG", "gemeente Zeist")
    d.k("TERM", "maatwerkrooster")


# ------------------------------------------------------------------------------------------ ct15
@doc("ct15", "Presentielijst ouderavond inspectie (scan: typed form, handwritten names)",
     "PIL LibSans form + Dkg/femkeklaver handwriting -> JPEG -> image-only PDF")
def ct15(d):
    entries = [("Femke", "J. Stapelkamp", "ouder 5V / MR"), ("Femke", "Miriam Celik", "ouder 2B"),
               ("Femke", "A. Wijnhoven-Smit", "ouder 2B"), ("Femke", "Y. El Amrani", "ouder 3V"),
               ("Femke", "Petra Zwanenburg", "ouder 1M"), ("Femke", "Hans Verschuur", "ouder 4H"),
               ("Femke", "Fenna Hoogland", "leerling 5V"), ("Femke", "Rob Mulderink", "ouder 3H")]

    def draw(dr, font):
        f = font("LibSans", 34)
        fb = font("LibSans-Bold", 40)
        dr.text((140, 130), "Presentielijst gesprek ouders en leerlingen met de inspectie", font=fb, fill=10)
        dr.text((140, 200), "Hendrik Marsman College - woensdag 30 oktober 2024 - lokaal 0.14 - 15.30 uur",
                font=f, fill=10)
        y0 = 300
        dr.line((140, y0, 1520, y0), fill=0, width=3)
        dr.text((150, y0 + 15), "Naam", font=fb, fill=10)
        dr.text((800, y0 + 15), "Rol", font=fb, fill=10)
        dr.text((1200, y0 + 15), "Handtekening", font=fb, fill=10)
        y = y0 + 80
        for i, (fn, name, role) in enumerate(entries):
            dr.line((140, y, 1520, y), fill=0, width=2)
            dr.text((150, y + 25), name, font=font(fn, 62), fill=20)
            dr.text((800, y + 35), role, font=font(fn, 50), fill=20)
            dr.text((1220, y + 30), name.split()[-1][:6], font=font("Dkg", 52), fill=40)
            y += 130
        dr.line((140, y, 1520, y), fill=0, width=2)
        dr.text((150, y + 40), "Namens de inspectie: M. Hofstede, Y. Kraaijeveld", font=f, fill=10)
        dr.text((150, y + 100), "Deze lijst wordt na vaststelling van het rapport vernietigd.", font=f, fill=10)
    scan_pdf(d.path, draw, seed=15, angle=-0.8)
    for _, n, _r in entries:
        sur = n.split(" ", 1)[1] if n.split()[0].endswith(".") or n.split()[0] in ("Miriam", "Petra", "Hans", "Fenna", "Rob") else n
        probes = [n] + ([sur] if sur != n else [])
        d.r("PERSON", n, *probes, ch="ocr")
    d.r("PERSON", "M. Hofstede", "Hofstede", ch="ocr")
    d.r("PERSON", "Y. Kraaijeveld", "Kraaijeveld", ch="ocr")


# ------------------------------------------------------------------------------------------ ct16
@doc("ct16", "Gepubliceerd inspectierapport (samenvatting, openbaar) met outline-titel die de inspecteur noemt",
     "reportlab Times-Roman + outline (bookmarks)")
def ct16(d):
    st = styles("Times-Roman", 10.5)
    s = [P("Onderzoek naar aanleiding van signalen<br/>Hendrik Marsman College", st["h1"]),
         P("Stichting Voortgezet Onderwijs Utrechtse Heuvelrug (bestuursnummer 41873)<br/>"
           "Vastgesteld: 17 december 2024 | Publicatie: www.onderwijsinspectie.nl", st["n"]),
         P("Samenvatting", st["h2"]),
         P("De Inspectie van het Onderwijs heeft op 29 en 30 oktober 2024 een onderzoek naar aanleiding van "
           "signalen uitgevoerd op het Hendrik Marsman College in Zeist. De school valt onder het bestuur "
           "Stichting Voortgezet Onderwijs Utrechtse Heuvelrug (SVOUH). Aanleiding waren signalen van ouders "
           "en van een medewerker over de sociale veiligheid en de extra ondersteuning.", st["n"]),
         P("Wij beoordelen de standaard Veiligheid (VS1) en de standaard Kwaliteitszorg (KA1) als onvoldoende. "
           "De school heeft onvoldoende zicht op de veiligheidsbeleving van leerlingen en meldingen van pesten "
           "en discriminatie worden niet stelselmatig geregistreerd en opgevolgd. De standaard (Extra) "
           "ondersteuning (OP4) beoordelen wij als voldoende, met een herstelpunt.", st["n"]),
         P("Wat gaat goed?", st["h2"]),
         P("Leerlingen voelen zich in de lessen gezien door hun docenten. De school werkt met het "
           "Samenwerkingsverband VO Zuidoost-Utrecht en de gemeente Zeist aan een dekkend aanbod. De "
           "aanpak 'Veilig Marsman' die per januari 2025 ingaat, is veelbelovend.", st["n"]),
         P("Wat moet beter?", st["h2"]),
         P("Het bestuur moet vóór 1 juli 2025 de herstelopdrachten voor VS1 en KA1 uitvoeren. Het bestuur "
           "zorgt dat de school de Monitor Sociale Veiligheid jaarlijks analyseert, incidenten registreert in "
           "het leerlingvolgsysteem en de medezeggenschapsraad daarover informeert (artikel 4c en 3.5 WVO "
           "2020).", st["n"]),
         P("Vervolg", st["h2"]),
         P("In het najaar van 2025 voeren wij een herstelonderzoek uit. Tot dan staat het Hendrik Marsman "
           "College onder geïntensiveerd toezicht. Het bestuur heeft een zienswijze gegeven; die is als "
           "bijlage bij dit rapport opgenomen en heeft geleid tot een aantal feitelijke correcties.", st["n"]),
         PageBreak(),
         P("Reactie van het bestuur (zienswijze, samengevat)", st["h2"]),
         P("Het College van Bestuur herkent zich in de bevindingen. Het bestuur heeft op 14 november 2024 een "
           "verbeterplan vastgesteld. Burgemeester Janssen en wethouder Jellema (onderwijs) van de gemeente "
           "Zeist zijn geïnformeerd. Staatssecretaris Paul heeft in haar brief aan de Tweede Kamer van "
           "november 2024 over sociale veiligheid het belang van een meldpunt op iedere school onderstreept; "
           "het bestuur neemt dit over.", st["n"]),
         P("Over dit onderzoek", st["h2"]),
         P("Het onderzoek is uitgevoerd op grond van artikel 11 van de Wet op het onderwijstoezicht, volgens "
           "het Onderzoekskader 2021. Meer informatie: www.onderwijsinspectie.nl, of bel Loket "
           "Onderwijsinspectie via 088 669 60 00. Het rapport is ook te vinden op Scholen op de kaart.", st["n"]),
         P("Kenmerk: ISO-VO/2024/0418773 | Zaaknummer 2024-0087613", st["small"]),
         ]
    build_platypus(d.path, s, on_page=footer("Inspectie van het Onderwijs - Hendrik Marsman College - openbaar",
                                             font="Times-Roman"), title="Rapport Hendrik Marsman College")

    def post(path):
        add_outline(path, [("Samenvatting", 0), ("Reactie van het bestuur", 1),
                           ("Concept MHo - check met Esther Dijkhuizen vóór publicatie", 1)])
    d.post = post
    d.r("OUTLINE", "MHo", "MHo", ch="outline")
    d.r("OUTLINE", "Esther Dijkhuizen", "Esther Dijkhuizen", ch="outline")
    d.k("ORG", "Hendrik Marsman College")
    d.k("ORG", "Stichting Voortgezet Onderwijs Utrechtse Heuvelrug")
    d.k("ORG", "SVOUH")
    d.k("ORG", "Inspectie van het Onderwijs")
    d.k("REF", "41873")
    d.k("REF", "ISO-VO/2024/0418773")
    d.k("REF", "2024-0087613")
    d.k("OFFICE", "Burgemeester Janssen")
    d.k("OFFICE", "wethouder Jellema")
    d.k("OFFICE", "Staatssecretaris Paul")
    d.k("ORG", "Tweede Kamer")
    d.k("ORG", "Samenwerkingsverband VO Zuidoost-Utrecht")
    d.k("PROG", "Veilig Marsman")
    d.k("PROG", "Monitor Sociale Veiligheid")
    d.k("PROG", "Onderzoekskader 2021")
    d.k("PROG", "Scholen op de kaart")
    d.k("ORG", "Loket Onderwijsinspectie")
    d.k("PHONE", "088 669 60 00")
    d.k("LAW", "Wet op het onderwijstoezicht")
    d.k("URL", "www.onderwijsinspectie.nl")
    d.k("PLACE", "Zeist")
    d.k("DATE", "17 december 2024")
    d.k("TERM", "geïntensiveerd toezicht")
