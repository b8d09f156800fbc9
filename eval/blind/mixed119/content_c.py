"""Set PF, documents pf19-pf26: beslisnota, press release, attendance scan, bidder mails, NvI, drivers, memo."""
from lib import Doc, K, R, finish, render_rl, render_scan

WORD = "Microsoft® Word voor Microsoft 365"
OUTLOOK = "Microsoft Outlook voor Microsoft 365"


# ---------------------------------------------------------------- pf19 beslisnota GS (2 pages)
def b19(p):
    render_rl(p, [
        ("logo", "Provincie Fryslân – GS-nota"),
        ("kv", [["Aan", "Gedeputeerde Staten, via gedeputeerde Klaas Fokkema"],
                ["Van", "afdeling Mobiliteit, team OV-concessies"],
                ["Datum", "18 februari 2026"], ["Kenmerk", "01397740 / PFR-2025-OV-017"],
                ["Onderwerp", "Voorlopige gunning OV-concessie Súdwest-Fryslân en Wâlden 2027-2037"],
                ["Behandeld door", "Jildou Terpstra, 06 5120 7734, j.terpstra@fryslan.frl"],
                ["Kopie aan", "Anouk van 't Hof (JZ); Sybren Wijnia (Financiën)"]], [35, 125]),
        ("h2", "Aanleiding"),
        ("p", "De beoordelingscommissie heeft op 17 februari 2026 het beoordelingsrapport BR-03 vastgesteld. "
              "Qbuzz B.V. heeft de economisch meest voordelige inschrijving."),
        ("h2", "Geadviseerd besluit"),
        ("p", "Aan Gedeputeerde Staten wordt gevraagd:\n1. de OV-concessie voorlopig te gunnen aan Qbuzz B.V.;\n"
              "2. de afgewezen inschrijvers te informeren met inachtneming van de Alcatel-termijn;\n"
              "3. Provinciale Staten te informeren met bijgaande Statenbrief."),
        ("h2", "Kern"),
        ("p", "De concessie loopt van 8 december 2027 tot en met 10 december 2037 en omvat 2,1 miljoen "
              "dienstregelingsuren. De exploitatiebijdrage bedraagt € 31,4 miljoen per jaar (prijspeil 2026). "
              "Vanaf 2030 rijden alle bussen zero-emissie."),
        ("h2", "Krachtenveld"),
        ("p", "Keolis heeft tijdens de interviews laten weten een klacht te overwegen. Rover en het "
              "Reizigersoverleg Fryslân steunen de nieuwe snelbuslijn Q-link 350. De FNV vraagt aandacht voor "
              "de overgang van het personeel van Arriva (artikel 37 Wet personenvervoer 2000)."),
        ("pb",),
        ("h2", "Paraaf"),
        ("t", [["Naam", "Functie", "Paraaf", "Datum"],
               ["Jildou Terpstra", "projectleider", "JT", "18-02"],
               ["Harm-Jan Boersma", "teamleider OV-concessies", "HJB", "18-02"],
               ["drs. Aaltje Wassenaar-Nijholt", "afdelingshoofd Mobiliteit", "AWN", "19-02"],
               ["Wietse Hoekstra", "juridisch adviseur (akkoord)", "WH", "19-02"]], [55, 55, 20, 20]),
        ("h2", "Bijlagen"),
        ("p", "1. Beoordelingsrapport BR-03 (vertrouwelijk)\n2. Concept-gunningsbrieven\n3. Concept-Statenbrief"),
        ("h2", "Informatie die niet openbaar gemaakt kan worden"),
        ("p", "[nog invullen bij openbaarmaking]"),
    ], font="DejaVuSans", footer="GS-nota 01397740 | {p}")
    finish(p, WORD, "Microsoft® Word voor Microsoft 365", author="Terpstra, Jildou",
           title="GS-nota voorlopige gunning")


D19 = Doc("pf19", b19, [
    R("PERSON", "Jildou Terpstra", "Jildou Terpstra"),
    R("PERSON", "Author", "Terpstra, Jildou", ch="metadata"),
    R("PHONE", "06 5120 7734", "06 5120 7734"),
    R("EMAIL", "j.terpstra@fryslan.frl", "j.terpstra@fryslan.frl"),
    R("PERSON", "Anouk van 't Hof", "Anouk van 't Hof"),
    R("PERSON", "Sybren Wijnia", "Sybren Wijnia"),
    R("PERSON", "Harm-Jan Boersma", "Harm-Jan Boersma"),
    R("PERSON", "Aaltje Wassenaar-Nijholt", "Aaltje Wassenaar-Nijholt"),
    R("PERSON", "Wietse Hoekstra", "Wietse Hoekstra"),
    R("INITIALS", "paraphs", "JT", "HJB", "AWN", "WH"),
], [
    K("OFFICIAL", "gedeputeerde Klaas Fokkema"), K("ORG", "Gedeputeerde Staten", "Gedeputeerde Staten"),
    K("REF", "01397740"), K("REF", "PFR-2025-OV-017"), K("ORG", "Qbuzz B.V."), K("MISC", "BR-03"),
    K("MISC", "Alcatel-termijn"), K("ORG", "Provinciale Staten"), K("ORG", "Keolis"), K("ORG", "Rover"),
    K("ORG", "Reizigersoverleg Fryslân"), K("MISC", "Q-link 350"), K("ORG", "FNV"), K("ORG", "Arriva"),
    K("LAW", "Wet personenvervoer 2000"), K("ROLE", "teamleider OV-concessies"),
    K("ROLE", "afdelingshoofd Mobiliteit"), K("AMOUNT", "€ 31,4 miljoen"),
])


# ---------------------------------------------------------------- pf20 press release (hidden XMP creator)
def b20(p):
    render_rl(p, [
        ("logo", "Provincie Fryslân – Persbericht"),
        ("p", "Leeuwarden, 10 april 2026"),
        ("h", "Qbuzz rijdt vanaf december 2027 de bussen in Súdwest-Fryslân en de Wâlden"),
        ("p", "Gedeputeerde Staten van Fryslân hebben de OV-concessie Súdwest-Fryslân en Wâlden definitief "
              "gegund aan Qbuzz. De voorzieningenrechter van de rechtbank Noord-Nederland wees op 7 april 2026 "
              "de vordering van Keolis af. Qbuzz rijdt vanaf 8 december 2027 tien jaar lang met 142 elektrische "
              "bussen, waaronder de nieuwe snelbuslijn Q-link 350 tussen Sneek en Heerenveen."),
        ("p", "\u201cReizigers krijgen meer ritten in de avond en betere aansluitingen op de trein,\u201d zegt "
              "gedeputeerde Klaas Fokkema. \u201cEn de chauffeurs krijgen eindelijk fatsoenlijke pauzeplekken.\u201d"),
        ("p", "De halte Jan Stapstraat in Lemmer blijft, op advies van het Reizigersoverleg Fryslân. Na "
              "thuiswedstrijden van sc Heerenveen rijdt een extra bus vanaf het Abe Lenstra Stadion. Qbuzz "
              "neemt alle chauffeurs van Arriva over die dat willen."),
        ("p", "De eerste elektrische bus krijgt de naam \u2018Mata Hari\u2019, naar de bekendste inwoonster van "
              "Leeuwarden; de laadremise in Heerenveen heet voortaan Remise Marten Toonder. Qbuzz wint met het "
              "ontwerp van de haltes ook de Gerrit Rietveld Ontwerpprijs 2026."),
        ("small", "Noot voor de redactie (niet voor publicatie): meer informatie bij woordvoerder Rinse Bouwhuis, "
                  "telefoon 058 292 53 30 of pers@fryslan.frl."),
    ], font="Helvetica")
    finish(p, "Adobe PDF Library 23.8.53", "Adobe InDesign 19.2 (Windows)", author="Provincie Fryslân",
           xmp_creator="Pieter-Jan Kalsbeek", title="Persbericht Qbuzz rijdt vanaf december 2027")


D20 = Doc("pf20", b20, [
    R("PERSON", "Pieter-Jan Kalsbeek (XMP dc:creator)", "Pieter-Jan Kalsbeek", "Kalsbeek", ch="metadata"),
], [
    K("OFFICIAL", "gedeputeerde Klaas Fokkema"), K("SPOKESPERSON", "woordvoerder Rinse Bouwhuis", "Rinse Bouwhuis"),
    K("PHONE", "058 292 53 30"), K("EMAIL", "pers@fryslan.frl"), K("ORG", "Qbuzz"), K("ORG", "Keolis"),
    K("ORG", "rechtbank Noord-Nederland"), K("MISC", "Q-link 350"), K("STOP", "Jan Stapstraat"),
    K("STOP", "Abe Lenstra Stadion"), K("NAME_NOT_PERSON", "Mata Hari"), K("BUILDING", "Remise Marten Toonder"),
    K("PRIZE", "Gerrit Rietveld Ontwerpprijs 2026"), K("ORG", "Reizigersoverleg Fryslân"),
    K("ORG", "sc Heerenveen"), K("PLACE", "Lemmer"), K("ORG", "Arriva"),
])


# ---------------------------------------------------------------- pf21 scan: attendance list with signatures
def b21(p):
    render_scan(p, [[
        ("PRESENTIELIJST REIZIGERSOVERLEG FRYSLAN", "big"),
        ("Vergadering 12 maart 2026 - Provinsjehuis, Leeuwarden", "s"),
        "",
        ("Naam                          Organisatie              Paraaf", "b"),
        ("Jolanda Smeding               voorzitter", "n"),
        ("                                                        J. Smeding", "h"),
        ("Auke Brouwer                  Rover Fryslan", "n"),
        ("                                                        A. Brouwer", "h"),
        ("Tjitske van der Meulen        Ieder(in)", "n"),
        ("                                                        T. v.d. Meulen", "h"),
        ("Hasan Yildiz                  NHL Stenden", "n"),
        ("                                                        Hasan", "h"),
        ("Maarten Kok                   Fietsersbond", "n"),
        ("                                                        M. Kok", "h"),
        ("Griet Dijkstra                Provincie, secretaris", "n"),
        ("                                                        G. Dijkstra", "h"),
        ("Bram Hofstede                 Qbuzz", "n"),
        ("                                                        B. Hofstede 06-81 72 55 40", "h"),
    ]], seed=21, angle=-0.7)
    finish(p, "RICOH IM C3000 PDF", "RICOH IM C3000", title="SCAN0042")


D21 = Doc("pf21", b21, [
    R("PERSON", "Jolanda Smeding", "Jolanda Smeding", "Smeding", ocr=True),
    R("PERSON", "Auke Brouwer", "Auke Brouwer", "Brouwer", ocr=True),
    R("PERSON", "Tjitske van der Meulen", "Tjitske van der Meulen", "Meulen", ocr=True),
    R("PERSON", "Hasan Yildiz", "Hasan Yildiz", "Yildiz", ocr=True),
    R("PERSON", "Maarten Kok", "Maarten Kok", "Kok", ocr=True),
    R("PERSON", "Griet Dijkstra", "Griet Dijkstra", "Dijkstra", ocr=True),
    R("PERSON", "Bram Hofstede", "Bram Hofstede", "Hofstede", ocr=True),
    R("PHONE", "06-81 72 55 40", "06-81 72 55 40", "55 40", ocr=True),
], [])


# ---------------------------------------------------------------- pf22 mails with bidders (Arriva, Qbuzz)
def b22(p):
    render_rl(p, [
        ("mono", "Van: Çelik, Zoë <zoë.çelik@qbuzz.nl>\nVerzonden: woensdag 3 december 2025 09:14\n"
                 "Aan: Team Aanbesteding <aanbesteding@fryslan.frl>\n"
                 "CC: Hofstede, Bram <b.hofstede@qbuzz.nl>\nOnderwerp: Vraag buiten TenderNed - inzage "
                 "reizigerstellingen lijn 41"),
        ("p", "Geachte heer, mevrouw,\n\nWij kunnen de reizigerstellingen van lijn 41 (bijlage 12 bij de "
              "Leidraad) niet openen in TenderNed. Kunt u het bestand per mail sturen? Voor vragen ben ik "
              "bereikbaar op 06 4417 2093.\n\nMet vriendelijke groet,\nZoë Çelik\nTendermanager Qbuzz Noord"),
        ("mono", "Van: Team Aanbesteding <aanbesteding@fryslan.frl>\nVerzonden: woensdag 3 december 2025 10:02\n"
                 "Aan: Çelik, Zoë <zoë.çelik@qbuzz.nl>\nOnderwerp: RE: Vraag buiten TenderNed"),
        ("p", "Geachte mevrouw Çelik,\n\nOm alle inschrijvers gelijk te behandelen sturen wij geen stukken "
              "buiten TenderNed. Het technische probleem is opgelost; het bestand is sinds 09:45 uur opnieuw "
              "geplaatst. \n\nMet vriendelijke groet,\nTeam Aanbesteding Provincie Fryslân\n"
              "(behandeld door A. van 't Hof)"),
        ("mono", "Van: Verbeek, Thomas <thomas.verbeek@arriva.nl>\nVerzonden: donderdag 4 december 2025 17:48\n"
                 "Aan: Team Aanbesteding <aanbesteding@fryslan.frl>\n"
                 "CC: Nauta-Boersma, Ilse <ilse.nauta-boersma@arriva.nl>; 'Kees Molenaar' "
                 "<k.molenaar@ebs-ov.nl>\nOnderwerp: Termijn NvI 2"),
        ("p", "Goedemiddag,\n\nNamens Arriva vraag ik de termijn voor de inschrijving met twee weken te verlengen, "
              "omdat de NvI 2 later verschijnt dan aangekondigd. (Kees van EBS staat per ongeluk in de CC, excuus.)\n\n"
              "Met vriendelijke groet,\nThomas Verbeek | Bid manager Arriva Nederland | +31 6 5298 0471\n"
              "Arriva Nederland, Trambaan 3, 2583 KH Den Haag"),
        ("mono", "Van: Hof, Anouk van 't <a.vanthof@fryslan.frl>\nVerzonden: vrijdag 5 december 2025 08:20\n"
                 "Aan: Terpstra, Jildou <j.terpstra@fryslan.frl>\nOnderwerp: FW: Termijn NvI 2"),
        ("p", "Jildou, Arriva heeft EBS in de CC gezet. Dat is hun fout, niet de onze, maar ik meld het in het "
              "procesverbaal. Verlenging met een week lijkt me redelijk. Anouk"),
    ], font="DejaVuSans", size=9.5)
    finish(p, OUTLOOK, "Microsoft Outlook", author="Team Aanbesteding", title="Correspondentie inschrijvers")


D22 = Doc("pf22", b22, [
    R("PERSON", "Zoë Çelik", "Çelik, Zoë", "Zoë Çelik", "Çelik"),
    R("EMAIL", "zoë.çelik@qbuzz.nl", "zoë.çelik@qbuzz.nl"),
    R("PERSON", "Bram Hofstede", "Hofstede, Bram"),
    R("EMAIL", "b.hofstede@qbuzz.nl", "b.hofstede@qbuzz.nl"),
    R("PHONE", "06 4417 2093", "06 4417 2093"),
    R("PERSON", "A. van 't Hof", "A. van 't Hof", "Hof, Anouk van 't", "Anouk"),
    R("EMAIL", "a.vanthof@fryslan.frl", "a.vanthof@fryslan.frl"),
    R("PERSON", "Thomas Verbeek", "Verbeek, Thomas", "Thomas Verbeek"),
    R("EMAIL", "thomas.verbeek@arriva.nl", "thomas.verbeek@arriva.nl"),
    R("PERSON", "Ilse Nauta-Boersma", "Nauta-Boersma, Ilse"),
    R("EMAIL", "ilse.nauta-boersma@arriva.nl", "ilse.nauta-boersma@arriva.nl"),
    R("PERSON", "Kees Molenaar", "Kees Molenaar", "Kees"),
    R("EMAIL", "k.molenaar@ebs-ov.nl", "k.molenaar@ebs-ov.nl"),
    R("PHONE", "+31 6 5298 0471", "+31 6 5298 0471"),
    R("PERSON", "Jildou Terpstra", "Terpstra, Jildou", "Jildou"),
    R("EMAIL", "j.terpstra@fryslan.frl", "j.terpstra@fryslan.frl"),
], [
    K("EMAIL", "aanbesteding@fryslan.frl"), K("ORG", "Team Aanbesteding"), K("ORG", "TenderNed"),
    K("ROLE", "Tendermanager Qbuzz Noord"), K("ROLE", "Bid manager Arriva Nederland"), K("ADDRESS", "Trambaan 3"),
    K("MISC", "lijn 41"), K("MISC", "NvI 2"), K("ORG", "EBS"), K("MISC", "Leidraad"), K("PLACE", "Den Haag"),
])


# ---------------------------------------------------------------- pf23 Nota van Inlichtingen (2 pages, outline)
def b23(p):
    qa = [
        ("12", "Arriva", "Kan de provincie de reizigerstellingen per halte voor lijn 41 en 99 over 2024 leveren?",
         "Ja, zie bijlage 12 (geactualiseerd). Tellingen per halte, inclusief halte Pieter Stuyvesantweg."),
        ("19", "Qbuzz", "Mag de inschrijver in de dienstregeling afwijken van de minimale bediening van de halte "
         "Jan Stapstraat in Lemmer?", "Nee. De halte behoort tot de verplichte bediening (PvE 4.2.1)."),
        ("34", "Keolis", "Wat is de beschikbare netaansluiting op remise Heerenveen-Noord?",
         "Zie antwoord op vraag 51. De netbeheerder Liander verwacht de verzwaring in Q3 2027."),
        ("51", "EBS", "Welke overgangsperiode geldt voor Euro VI-dieselbussen?",
         "Tot en met 31 december 2029. Daarna rijden alle bussen zero-emissie (PvE 5.3)."),
        ("58", "EBS", "Geldt de overnameplicht (artikel 37 Wp2000) ook voor het personeel van de "
         "Abe Lenstra Express?", "Ja, voor zover het personeel in de concessie werkzaam is."),
        ("63", "Arriva", "Kan de vertegenwoordiger van inschrijver, de heer J.P. Haringsma (tel. 06-33 18 75 20), "
         "een toelichting krijgen op het beoordelingskader?", "Nee. Vragen worden uitsluitend via TenderNed "
         "beantwoord; de antwoorden gelden voor alle inschrijvers."),
    ]
    blocks = [("logo", "Provincie Fryslân"),
              ("h", "Nota van Inlichtingen 2 – OV-concessie Súdwest-Fryslân en Wâlden 2027-2037"),
              ("kv", [["Kenmerk", "PFR-2025-OV-017 / NvI-2"], ["Datum", "5 december 2025"],
                      ["Status", "maakt deel uit van de aanbestedingsstukken"]], [30, 120]),
              ("p", "Deze nota beantwoordt de vragen uit de tweede vragenronde. Vragen zijn geanonimiseerd en waar "
                    "nodig samengevoegd. De nummering volgt het vragenformulier in TenderNed.")]
    rows = [["Nr", "Inschrijver", "Vraag", "Antwoord"]] + [[a, b, c, d] for a, b, c, d in qa[:4]]
    blocks.append(("t", rows, [10, 20, 70, 66]))
    blocks.append(("pb",))
    blocks.append(("t", [["Nr", "Inschrijver", "Vraag", "Antwoord"]] + [[a, b, c, d] for a, b, c, d in qa[4:]],
                   [10, 20, 70, 66]))
    blocks.append(("p", "De inschrijvingstermijn wordt verlengd tot 8 januari 2026, 12:00 uur."))
    render_rl(p, blocks, font="Helvetica", footer="NvI-2 | pagina {p}")
    finish(p, "iText® 5.5.13.3 ©2000-2022 iText Group NV", "TenderNed documentgenerator",
           author="Provincie Fryslân", title="Nota van Inlichtingen 2",
           outline=[("Nota van Inlichtingen 2", 0, [("Vragen 12-51 (tekst M. de Vries-Koopmans)", 0),
                                                     ("Vragen 58-63 (check door Femke O.)", 1)]),
                    ("Concept v0.3 – opmerkingen Hylkje Bouma-Zwart verwerkt", 1)])


D23 = Doc("pf23", b23, [
    R("PERSON", "J.P. Haringsma", "J.P. Haringsma"),
    R("PHONE", "06-33 18 75 20", "06-33 18 75 20"),
    R("PERSON", "outline names", "M. de Vries-Koopmans", "Femke O.", "Hylkje Bouma-Zwart", ch="outline"),
], [
    K("REF", "PFR-2025-OV-017 / NvI-2"), K("ORG", "Arriva"), K("ORG", "Qbuzz"), K("ORG", "Keolis"),
    K("ORG", "EBS"), K("STOP", "Pieter Stuyvesantweg"), K("STOP", "Jan Stapstraat"), K("ORG", "Liander"),
    K("MISC", "Abe Lenstra Express"), K("MISC", "Wp2000"), K("MISC", "PvE 5.3"), K("ORG", "TenderNed"),
    K("MISC", "Euro VI"), K("PLACE", "Heerenveen-Noord"), K("MISC", "Nota van Inlichtingen 2"),
])


# ---------------------------------------------------------------- pf24 drivers' complaints overview
def b24(p):
    render_rl(p, [
        ("logo", "Arriva Noord – Ondernemingsraad"),
        ("h", "Overzicht klachten chauffeurs remises Sneek en Heerenveen (aan concessiebeheer)"),
        ("p", "Periode september - november 2025. Doorgestuurd aan de provincie met toestemming van de "
              "chauffeurs, ten behoeve van het gesprek met gedeputeerde Fokkema op 30 oktober en de "
              "beantwoording van de Statenvragen."),
        ("t", [["Nr", "Chauffeur", "Pers.nr", "Remise", "Klacht", "Telefoon"],
               ["1", "Wiebren Zijlstra", "38120", "Sneek", "kachel bus 8714 defect (4x)", "06-12 50 88 31"],
               ["2", "Sjoukje Hellinga", "40233", "Sneek", "pauze 6 min. keerlus Lemmer", "06 2871 4409"],
               ["3", "D. (Dikkie) Vos", "29871", "Sneek", "toilet keerlus Lemmer dicht", "-"],
               ["4", "Marije Ouwerkerk", "45502", "Sneek", "pauze Balk < 15 min.", "+31 6 18 42 77 03"],
               ["5", "G.J. Veenstra", "40817", "Heerenveen", "mishandeling 14-10, lijn 99", "via teamleider"],
               ["6", "Ewa Kowalczyk", "44190", "Heerenveen", "rugklachten door stoel bus 8740", "06-41 90 22 16"],
               ["7", "Tjeerd Zwart", "31876", "Heerenveen", "agressie supporters Abe Lenstra Stadion",
                "0513-62 18 90"]], [8, 34, 16, 22, 58, 30]),
        ("p", "Nr. 6 is in behandeling bij de bedrijfsarts (rughernia, re-integratietraject). Nr. 5 is "
              "arbeidsongeschikt geweest tot 27 oktober; nazorg via Slachtofferhulp Nederland."),
        ("p", "Contact OR: Dirk Vos, voorzitter OR Arriva Noord, or.noord@arriva.nl."),
    ], font="DejaVuSans")
    finish(p, "Microsoft® Excel® 2019", "Microsoft® Excel® 2019", author="OR Arriva Noord",
           title="Overzicht klachten chauffeurs")


D24 = Doc("pf24", b24, [
    R("PERSON", "Wiebren Zijlstra", "Wiebren Zijlstra"),
    R("PERSON", "Sjoukje Hellinga", "Sjoukje Hellinga"),
    R("PERSON", "Dirk (Dikkie) Vos", "D. (Dikkie) Vos", "Dikkie", "Dirk Vos"),
    R("PERSON", "Marije Ouwerkerk", "Marije Ouwerkerk"),
    R("PERSON", "G.J. Veenstra", "G.J. Veenstra"),
    R("PERSON", "Ewa Kowalczyk", "Ewa Kowalczyk"),
    R("PERSON", "Tjeerd Zwart", "Tjeerd Zwart"),
    R("ID", "personnel numbers", "38120", "40233", "29871", "45502", "40817", "44190", "31876"),
    R("PHONE", "phones", "06-12 50 88 31", "06 2871 4409", "+31 6 18 42 77 03", "06-41 90 22 16", "0513-62 18 90"),
    R("HEALTH", "health", "rugklachten", "rughernia", "arbeidsongeschikt"),
], [
    K("ORG", "Arriva Noord"), K("ORG", "Ondernemingsraad"), K("OFFICIAL", "gedeputeerde Fokkema"),
    K("STOP", "Abe Lenstra Stadion"), K("MISC", "keerlus Lemmer"), K("PLACE", "Balk"),
    K("MISC", "bus 8714"), K("MISC", "lijn 99"), K("ORG", "Slachtofferhulp Nederland"),
    K("EMAIL", "or.noord@arriva.nl"), K("MISC", "Statenvragen"), K("ROLE", "voorzitter OR"),
])


# ---------------------------------------------------------------- pf25 legal memo with sticky notes
def b25(p):
    render_rl(p, [
        ("logo", "Provincie Fryslân – Juridische Zaken"),
        ("h", "Memo: reactie op klacht Keolis tegen voorlopige gunning"),
        ("kv", [["Aan", "gedeputeerde Klaas Fokkema"], ["Van", "W. Hoekstra, juridisch adviseur"],
                ["Datum", "10 maart 2026"], ["Kenmerk", "01401288"]], [25, 120]),
        ("h2", "1. Vraag"),
        ("p", "Moet de provincie de voorlopige gunning intrekken naar aanleiding van de brief van mr. Ten Brink "
              "(Van Lier Wolthuis Advocaten) namens Keolis van 6 maart 2026?"),
        ("h2", "2. Advies"),
        ("p", "Nee. De beoordeling is deugdelijk gemotiveerd; het beoordelingsrapport BR-03 verwijst naar het "
              "beoordelingskader van paragraaf 6.2 van de Leidraad. Het herstel van de verschrijving is conform "
              "het Gunningsrapport-arrest (HvJ EU, Manova) gebeurd. Het vermeende belangenconflict van EV-5 is "
              "vooraf gemeld en gewogen (BC-01). Wel adviseer ik de verklaring van EV-5 aan te vullen en de "
              "rekensheet van EV-4 in een eventueel kort geding over te leggen."),
        ("h2", "3. Proceskansen"),
        ("p", "Gering tot redelijk. De voorzieningenrechter in Leeuwarden toetst marginaal. De zitting zou "
              "plaatsvinden in het Paleis van Justitie aan het Zaailand."),
        ("p", "W. Hoekstra\nT 06 - 18 33 72 05"),
    ], font="Times-Roman")
    finish(p, "Nitro PDF Pro 14", "Nitro PDF Pro", author="Juridische Zaken", title="Memo klacht Keolis",
           notes=[(0, 500, 640, "Hof, Anouk van 't", "Femke heeft de aanvullende verklaring 9/3 getekend."),
                  (0, 500, 560, "Boersma, Harm-Jan", "Liever niet 'gering' schrijven - bel me even, 06 2714 8833"),
                  (0, 500, 480, "Hoekstra, Wietse", "Cornelis Brouwers (Pels Rijcken) bevestigt de lijn.")])


D25 = Doc("pf25", b25, [
    R("PERSON", "W. Hoekstra", "W. Hoekstra"),
    R("PHONE", "06 - 18 33 72 05", "06 - 18 33 72 05"),
    R("PERSON", "mr. Ten Brink", "Ten Brink"),
    R("PERSON", "note authors and contents", "Hof, Anouk van 't", "Femke", "Boersma, Harm-Jan",
      "Hoekstra, Wietse", "Cornelis Brouwers", ch="annotations"),
    R("PHONE", "note phone", "06 2714 8833", ch="annotations"),
], [
    K("OFFICIAL", "gedeputeerde Klaas Fokkema"), K("ORG", "Van Lier Wolthuis Advocaten"), K("ORG", "Keolis"),
    K("REF", "01401288"), K("MISC", "BR-03"), K("CODE", "EV-5"), K("CODE", "EV-4"), K("CODE", "BC-01"),
    K("MISC", "Manova"), K("BUILDING", "Paleis van Justitie"), K("PLACE", "Zaailand"),
    K("ROLE", "juridisch adviseur"), K("MISC", "Leidraad"),
])


# ---------------------------------------------------------------- pf26 bestuurlijk overleg verslag
def b26(p):
    render_rl(p, [
        ("logo", "Provincie Fryslân"),
        ("h", "Verslag bestuurlijk overleg sociale veiligheid lijn 99 – 30 oktober 2025"),
        ("t", [["Aanwezig", "Rol"],
               ["gedeputeerde Klaas Fokkema", "voorzitter"],
               ["burgemeester Van Wijk (Heerenveen)", "gemeente Heerenveen"],
               ["Roelof Kuipers", "regiodirecteur Arriva Noord"],
               ["Rients Hoogeveen", "manager Veiligheid & Security Arriva"],
               ["Dirk Vos", "voorzitter OR Arriva Noord"],
               ["Marten de Vries-Koopmans", "concessiemanager provincie"],
               ["Nynke Postma", "bestuurssecretaris (verslag)"]], [70, 80]),
        ("p", "Gedeputeerde Fokkema opent en spreekt zijn medeleven uit met de chauffeur en de reiziger van "
              "14 oktober. Burgemeester Van Wijk meldt dat de politie bij thuiswedstrijden van sc Heerenveen "
              "extra toezicht houdt rond het Abe Lenstra Stadion."),
        ("p", "De heer Kuipers zegt toe dat Arriva vanaf 1 november twee boa's inzet na 22:00 uur. De heer "
              "Vos vraagt om bodycams; de heer Hoogeveen wijst op de privacyregels. Afgesproken wordt dat "
              "Arriva een DPIA laat uitvoeren."),
        ("t", [["Actie", "Wie", "Wanneer"],
               ["Meerwerkverzoek boa-inzet beoordelen", "MdVK", "15 november"],
               ["DPIA bodycams", "RH", "december"],
               ["Terugkoppeling aan Provinciale Staten via Statenvragen 2025-112", "NP", "11 november"]],
         [90, 25, 35]),
        ("small", "Verslag: N. Postma, 31 oktober 2025. Kenmerk 01389921."),
    ], font="Helvetica")
    finish(p, WORD, "Microsoft® Word voor Microsoft 365", author="Provincie Fryslân",
           title="Verslag bestuurlijk overleg 30 oktober 2025")


D26 = Doc("pf26", b26, [
    R("PERSON", "Roelof Kuipers", "Roelof Kuipers", "Kuipers"),
    R("PERSON", "Rients Hoogeveen", "Rients Hoogeveen", "Hoogeveen"),
    R("PERSON", "Dirk Vos", "Dirk Vos", "Vos"),
    R("PERSON", "Marten de Vries-Koopmans", "Marten de Vries-Koopmans"),
    R("PERSON", "Nynke Postma", "Nynke Postma", "N. Postma"),
    R("INITIALS", "action list initials", "MdVK", "RH", "NP"),
], [
    K("OFFICIAL", "gedeputeerde Klaas Fokkema"), K("OFFICIAL", "Gedeputeerde Fokkema"),
    K("OFFICIAL", "burgemeester Van Wijk", "burgemeester Van Wijk", "Burgemeester Van Wijk"),
    K("ORG", "Arriva Noord"), K("ORG", "sc Heerenveen"), K("STOP", "Abe Lenstra Stadion"), K("MISC", "DPIA"),
    K("ROLE", "regiodirecteur Arriva Noord"), K("ROLE", "concessiemanager provincie"), K("REF", "01389921"),
    K("REF", "2025-112"), K("MISC", "lijn 99"), K("ORG", "Provinciale Staten"),
])

DOCS = [D19, D20, D21, D22, D23, D24, D25, D26]
