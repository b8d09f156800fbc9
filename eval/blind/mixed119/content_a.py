"""Set PF, documents pf01-pf09: Woo request, tender committee, mails, chat, evaluation, award, complaint."""
from lib import Doc, K, R, finish, render_rl

PROV = ("Provincie Fryslân | Tweebaksmarkt 52 | Postbus 20120 | 8900 HM Leeuwarden | 058 292 59 25 | "
        "provincie@fryslan.frl")
WORD = "Microsoft® Word voor Microsoft 365"
OUTLOOK = "Microsoft Outlook voor Microsoft 365"


# ---------------------------------------------------------------- pf01 Woo request (private person)
def b01(p):
    render_rl(p, [
        ("p", "Bauke Rienstra-Holwerda\nIt Heechhout 14\n9011 VP Jirnsum\nE-mail: bauke.rienstra@kpnmail.nl\n"
              "Tel. 06-38 71 20 94"),
        ("sp", 10),
        ("p", "Aan Gedeputeerde Staten van Fryslân\nt.a.v. de Woo-coördinator\nPostbus 20120\n8900 HM Leeuwarden"),
        ("sp", 8),
        ("p", "Jirnsum, 2 juli 2026"),
        ("p", "**Onderwerp: verzoek op grond van de Wet open overheid – aanbesteding OV-concessie Súdwest-Fryslân "
              "en Wâlden 2027-2037**"),
        ("p", "Geacht college,"),
        ("p", "Op grond van artikel 4.1 van de Wet open overheid (Woo) verzoek ik u om openbaarmaking van alle "
              "documenten over de aanbesteding van de busconcessie Súdwest-Fryslân en Wâlden (kenmerk PFR-2025-OV-017), "
              "vanaf de publicatie op TenderNed (1 oktober 2025) tot en met de definitieve gunning. Het gaat mij in "
              "het bijzonder om:"),
        ("p", "1. de samenstelling van de beoordelingscommissie en de beoordelingsrapporten;\n"
              "2. correspondentie met de inschrijvers Arriva, Qbuzz, Keolis en EBS;\n"
              "3. de klacht van een afgewezen inschrijver en de reactie daarop;\n"
              "4. de verslagen van het Reizigersoverleg Fryslân over de nieuwe dienstregeling;\n"
              "5. meldingen van chauffeurs en reizigers over incidenten op lijn 41 en lijn 99;\n"
              "6. de beantwoording van de schriftelijke vragen van Provinciale Staten."),
        ("p", "Ik ben reiziger op lijn 41 (Sneek – Lemmer) en lid van de reizigersvereniging Rover. Ik ontvang de "
              "documenten graag digitaal op bovenstaand e-mailadres. Mocht het verzoek te ruim zijn, dan ben ik "
              "bereid het in overleg te preciseren; u kunt mij bellen op 06-38 71 20 94."),
        ("p", "Met vriendelijke groet,"),
        ("sig", 101),
        ("p", "B. Rienstra-Holwerda"),
    ], font="Helvetica")
    finish(p, WORD, "Microsoft® Word voor Microsoft 365", author="bauke_r", title="Woo-verzoek busconcessie")


D01 = Doc("pf01", b01, [
    R("PERSON", "Bauke Rienstra-Holwerda", "Bauke Rienstra-Holwerda", "B. Rienstra-Holwerda"),
    R("PERSON", "Bauke (Author metadata, Windows user name)", "bauke_r", ch="metadata"),
    R("ADDRESS", "It Heechhout 14, 9011 VP Jirnsum", "It Heechhout 14", "9011 VP"),
    R("EMAIL", "bauke.rienstra@kpnmail.nl", "bauke.rienstra@kpnmail.nl"),
    R("PHONE", "06-38 71 20 94", "06-38 71 20 94"),
], [
    K("ORG", "Gedeputeerde Staten van Fryslân"), K("LAW", "Wet open overheid"), K("LAW", "Woo", "Woo"),
    K("REF", "PFR-2025-OV-017"), K("ORG", "TenderNed"), K("ORG", "Arriva"), K("ORG", "Qbuzz"),
    K("ORG", "Keolis"), K("ORG", "EBS"), K("ORG", "Reizigersoverleg Fryslân"), K("ORG", "Rover"),
    K("MISC", "lijn 41"), K("MISC", "lijn 99"), K("PLACE", "Sneek"), K("PLACE", "Lemmer"),
    K("ORG", "Provinciale Staten"), K("MISC", "artikel 4.1"),
])


# ---------------------------------------------------------------- pf02 acknowledgement (hidden Author)
def b02(p):
    render_rl(p, [
        ("logo", "Provincie Fryslân"),
        ("small", PROV),
        ("sp", 8),
        ("p", "Dhr. B. Rienstra-Holwerda\nIt Heechhout 14\n9011 VP Jirnsum"),
        ("sp", 6),
        ("kv", [["Datum", "9 juli 2026"], ["Ons kenmerk", "Z-2026-08841 / 01384762"],
                ["Behandeld door", "mw. M. Sapulete"], ["Telefoon", "(058) 292 84 13"],
                ["Onderwerp", "Ontvangstbevestiging Woo-verzoek busconcessie"]], [35, 110]),
        ("p", "Geachte heer Rienstra-Holwerda,"),
        ("p", "Op 2 juli 2026 hebben wij uw verzoek op grond van de Wet open overheid ontvangen over de "
              "aanbesteding van de OV-concessie Súdwest-Fryslân en Wâlden 2027-2037. Uw verzoek is geregistreerd "
              "onder zaaknummer Z-2026-08841. Wij beslissen binnen vier weken na ontvangst, dus uiterlijk op "
              "30 juli 2026. Wij kunnen deze termijn met twee weken verdagen als de omvang of de ingewikkeldheid "
              "van de informatie dat rechtvaardigt (artikel 4.4 Woo)."),
        ("p", "Omdat de documenten ook gegevens bevatten van de inschrijvers Arriva Personenvervoer Nederland B.V., "
              "Qbuzz B.V., Keolis Nederland B.V. en EBS Openbaar Vervoer B.V., stellen wij hen in de gelegenheid "
              "een zienswijze te geven (artikel 4.9 Woo)."),
        ("p", "Heeft u vragen, neem dan contact op met mevrouw Sapulete via woo@fryslan.frl of via het algemene "
              "nummer 058 292 59 25. Vermeld daarbij altijd het zaaknummer."),
        ("p", "Hoogachtend,\nGedeputeerde Staten van Fryslân,\nnamens dezen,"),
        ("sig", 102),
        ("p", "mr. M.A. Sapulete\nWoo-coördinator, afdeling Juridische Zaken"),
    ], font="Helvetica")
    finish(p, WORD, "Microsoft® Word voor Microsoft 365", author="Hylkje Bouma-Zwart",
           title="Ontvangstbevestiging Z-2026-08841")


D02 = Doc("pf02", b02, [
    R("PERSON", "Bauke Rienstra-Holwerda", "B. Rienstra-Holwerda", "Rienstra-Holwerda"),
    R("ADDRESS", "It Heechhout 14, 9011 VP Jirnsum", "It Heechhout 14", "9011 VP"),
    R("PERSON", "Marleen Sapulete (Woo-coördinator)", "M. Sapulete", "Sapulete", "M.A. Sapulete"),
    R("PHONE", "(058) 292 84 13", "(058) 292 84 13"),
    R("PERSON", "Hylkje Bouma-Zwart (Author)", "Hylkje Bouma-Zwart", "Bouma-Zwart", ch="metadata"),
], [
    K("ORG", "Provincie Fryslân"), K("REF", "Z-2026-08841"), K("REF", "01384762"),
    K("LAW", "Wet open overheid"), K("MISC", "artikel 4.4 Woo"), K("MISC", "artikel 4.9 Woo"),
    K("ORG", "Arriva Personenvervoer Nederland B.V."), K("ORG", "Qbuzz B.V."), K("ORG", "Keolis Nederland B.V."),
    K("ORG", "EBS Openbaar Vervoer B.V."), K("EMAIL", "woo@fryslan.frl"), K("PHONE", "058 292 59 25"),
    K("ROLE", "Woo-coördinator"), K("ORG", "Juridische Zaken"), K("ADDRESS", "Tweebaksmarkt 52"),
    K("ORG", "Gedeputeerde Staten van Fryslân"),
])


# ---------------------------------------------------------------- pf03 committee composition (2 pages)
def b03(p):
    rows = [["Code", "Naam", "Functie / rol", "Afdeling", "Telefoon", "Paraaf"],
            ["TC-1", "drs. J. (Jildou) Terpstra", "projectleider aanbesteding, voorzitter", "Mobiliteit",
             "06 5120 7734", "JT"],
            ["TC-2", "M. de Vries-Koopmans", "concessiemanager", "Mobiliteit", "06-29 44 18 60", "MdVK"],
            ["TC-3", "mr. A. van 't Hof", "aanbestedingsjurist, secretaris", "Juridische Zaken",
             "(058) 292 86 02", "AvtH"],
            ["EV-4", "S.R. Wijnia RA", "financieel adviseur", "Financiën", "058-2928871", "SW"],
            ["EV-5", "F. Oosterbaan", "beleidsmedewerker OV", "Mobiliteit", "+31 (0)6 1455 0287", "FO"],
            ["EV-6", "ir. D.K. Ó Súilleabháin", "adviseur toegankelijkheid (extern)", "Ierse gastonderzoeker",
             "+353 87 412 5530", "DÓS"],
            ["EV-7", "R. ter Horst", "procesbegeleider (extern, Ter Horst Aanbestedingsadvies)", "-",
             "06 10 93 27 48", "RtH"]]
    render_rl(p, [
        ("logo", "Provincie Fryslân – afdeling Mobiliteit"),
        ("h", "Samenstelling beoordelingscommissie aanbesteding OV-concessie Súdwest-Fryslân en Wâlden"),
        ("kv", [["Kenmerk", "PFR-2025-OV-017 / BC-01"], ["Versie", "1.2 (vastgesteld 14 november 2025)"],
                ["Opdrachtgever", "gedeputeerde Klaas Fokkema (portefeuille Mobiliteit)"]], [35, 120]),
        ("p", "De beoordelingscommissie beoordeelt de kwalitatieve gunningscriteria (K1 Reizigersgroei, "
              "K2 Toegankelijkheid, K3 Zero-emissie en laadinfrastructuur, K4 Personeel en sociale veiligheid). "
              "De leden beoordelen eerst individueel en daarna in een consensusbijeenkomst. In de rapportage "
              "worden uitsluitend de codes gebruikt; de sleutel hieronder is vertrouwelijk en blijft bij de "
              "secretaris."),
        ("t", rows, [14, 38, 42, 26, 28, 14]),
        ("p", "Alle leden hebben een verklaring van onafhankelijkheid en geheimhouding getekend. Mevrouw "
              "Oosterbaan heeft gemeld dat haar partner tot 2023 in dienst was van Qbuzz; de commissie heeft "
              "besloten dat dit geen belangenverstrengeling oplevert. De heer Ter Horst is ingehuurd via de "
              "raamovereenkomst inhuur externen 2024 en heeft geen stemrecht."),
        ("pb",),
        ("h2", "Planning beoordeling"),
        ("t", [["Datum", "Activiteit", "Locatie"],
               ["8 januari 2026", "Opening inschrijvingen via TenderNed", "digitaal"],
               ["12-23 januari 2026", "Individuele beoordeling K1-K4", "thuiswerk / Provinsjehûs"],
               ["27 januari 2026", "Consensusbijeenkomst", "Provinsjehûs, zaal Sjoerd Wiersma"],
               ["3 februari 2026", "Presentaties inschrijvers (interviews)", "Provinsjehûs, Statenzaal"],
               ["17 februari 2026", "Beoordelingsrapport aan GS", "-"]], [40, 75, 55]),
        ("p", "Zaal Sjoerd Wiersma is vernoemd naar de eerste voorzitter van de Fryske Akademy-commissie "
              "voor de provinciale zalen; het is een vergaderzaal op de tweede verdieping."),
        ("p", "Bij afwezigheid van TC-1 zit TC-3 de bijeenkomst voor. Vragen over de procedure: "
              "aanbesteding@fryslan.frl."),
        ("small", "Opgesteld door: A. van 't Hof (TC-3). Verspreiding: leden beoordelingscommissie, "
                  "teamleider Mobiliteit."),
    ], font="DejaVuSans", footer="PFR-2025-OV-017 | vertrouwelijk | pagina {p}")
    finish(p, "Aspose.PDF for .NET 23.4.0", "Aspose.Words", author="Provincie Fryslân",
           title="Samenstelling beoordelingscommissie")


D03 = Doc("pf03", b03, [
    R("PERSON", "Jildou Terpstra", "J. (Jildou) Terpstra", "Terpstra"),
    R("PERSON", "M. de Vries-Koopmans", "M. de Vries-Koopmans"),
    R("PERSON", "A. van 't Hof", "A. van 't Hof"),
    R("PERSON", "S.R. Wijnia", "S.R. Wijnia"),
    R("PERSON", "F. Oosterbaan", "F. Oosterbaan", "Oosterbaan"),
    R("PERSON", "D.K. Ó Súilleabháin", "D.K. Ó Súilleabháin"),
    R("PERSON", "R. ter Horst", "R. ter Horst", "Ter Horst"),
    R("PHONE", "mobiles and direct lines", "06 5120 7734", "06-29 44 18 60", "(058) 292 86 02", "058-2928871",
      "+31 (0)6 1455 0287", "+353 87 412 5530", "06 10 93 27 48"),
    R("INITIALS", "paraphs", "JT", "MdVK", "AvtH", "SW", "FO", "DÓS", "RtH"),
], [
    K("REF", "PFR-2025-OV-017"), K("OFFICIAL", "gedeputeerde Klaas Fokkema"), K("ORG", "Mobiliteit"),
    K("ORG", "Qbuzz"), K("ORG", "TenderNed"), K("BUILDING", "Provinsjehûs"),
    K("BUILDING", "zaal Sjoerd Wiersma", "Sjoerd Wiersma"), K("ORG", "Fryske Akademy"),
    K("ROLE", "concessiemanager"), K("ROLE", "aanbestedingsjurist"), K("ROLE", "financieel adviseur"), K("ORG", "Ter Horst Aanbestedingsadvies (generic part)", "Aanbestedingsadvies"),
    K("EMAIL", "aanbesteding@fryslan.frl"), K("CODE", "TC-1"), K("CODE", "TC-3"), K("CODE", "EV-4"),
    K("MISC", "K2 Toegankelijkheid"), K("ORG", "Statenzaal"),
])


# ---------------------------------------------------------------- pf04 Outlook thread (2 pages)
def b04(p):
    render_rl(p, [
        ("mono", "Van: Vries-Koopmans, Marten de &lt;m.devries-koopmans@fryslan.frl&gt;".replace("&lt;", "<").replace("&gt;", ">")),
        ("mono", "Verzonden: dinsdag 2 december 2025 16:42\nAan: Hof, Anouk van 't <a.vanthof@fryslan.frl>\n"
                 "CC: Terpstra, Jildou <j.terpstra@fryslan.frl>; Oosterbaan, Femke <f.oosterbaan@fryslan.frl>\n"
                 "Onderwerp: RE: Nota van Inlichtingen 2 - vragen Keolis en EBS over zero-emissie"),
        ("p", "Hoi Anouk,"),
        ("p", "Eens met je voorstel om vraag 34 van Keolis (laadvermogen remise Heerenveen) samen te voegen met "
              "vraag 51 van EBS. Het antwoord over de netcongestie moet wel langs Liander; ik heb Gerard van de "
              "netbeheerder gisteren gesproken en hij bevestigt dat de aansluiting op de remise Heerenveen-Noord "
              "pas in Q3 2027 beschikbaar is. Dat moeten we dus eerlijk in de NvI zetten."),
        ("p", "Femke, kun jij de tekst over het overgangsmaterieel (Euro VI-dieselbussen tot 2029) nog checken "
              "tegen het Programma van Eisen, paragraaf 5.3?"),
        ("p", "Groet,\nMarten\n\nMarten de Vries-Koopmans | concessiemanager OV | Provincie Fryslân\n"
              "T 06-29 44 18 60 | aanwezig ma t/m do"),
        ("mono", "Van: Hof, Anouk van 't <a.vanthof@fryslan.frl>\nVerzonden: dinsdag 2 december 2025 11:05\n"
                 "Aan: Vries-Koopmans, Marten de <m.devries-koopmans@fryslan.frl>\n"
                 "CC: Terpstra, Jildou <j.terpstra@fryslan.frl>\n"
                 "Onderwerp: Nota van Inlichtingen 2 - vragen Keolis en EBS over zero-emissie"),
        ("p", "Marten,"),
        ("p", "In de tweede ronde zijn 63 vragen binnengekomen. Twee inschrijvers vragen bijna hetzelfde over "
              "de laadinfrastructuur. Ik stel voor die vragen samen te voegen, zodat we geen inschrijver "
              "bevoordelen. Let op: in de vraag van EBS staat de naam van hun tendermanager (Kees Molenaar) en "
              "zijn mobiele nummer in de toelichting; dat halen we weg voordat de NvI via TenderNed uitgaat."),
        ("p", "De termijn voor de NvI is vrijdag 5 december, 12:00 uur. Daarna gaat het stuk ter akkoord naar "
              "Jildou."),
        ("p", "Met vriendelijke groet,\nAnouk van 't Hof\naanbestedingsjurist | Juridische Zaken\n"
              "T (058) 292 86 02 | M 06 47 81 33 09"),
        ("pb",),
        ("mono", "Van: Terpstra, Jildou <j.terpstra@fryslan.frl>\nVerzonden: dinsdag 2 december 2025 17:15\n"
                 "Aan: Vries-Koopmans, Marten de <m.devries-koopmans@fryslan.frl>; Hof, Anouk van 't "
                 "<a.vanthof@fryslan.frl>\nOnderwerp: RE: RE: Nota van Inlichtingen 2"),
        ("p", "Prima zo. Ik meld het morgen in het portefeuillehoudersoverleg met gedeputeerde Fokkema, want de "
              "netcongestie raakt ook het Klimaatakkoord-spoor. Anouk: Kees Molenaar van EBS heeft mij vandaag "
              "ook rechtstreeks gebeld (06 21 58 90 46). Ik heb hem naar het vragenformulier in TenderNed "
              "verwezen; contact buiten de procedure om willen we niet."),
        ("p", "Jildou\n\nVerstuurd vanaf Outlook voor iOS"),
        ("small", "Dit bericht kan informatie bevatten die niet voor u is bestemd. Provincie Fryslân, "
                  "Tweebaksmarkt 52, Leeuwarden."),
    ], font="Helvetica")
    finish(p, OUTLOOK, "Microsoft Outlook", author="MdVK",
           title="RE: Nota van Inlichtingen 2")


D04 = Doc("pf04", b04, [
    R("PERSON", "Marten de Vries-Koopmans", "Vries-Koopmans, Marten de", "Marten de Vries-Koopmans", "Marten"),
    R("INITIALS", "Marten de Vries-Koopmans (Author = paraph code)", "MdVK", ch="metadata"),
    R("EMAIL", "m.devries-koopmans@fryslan.frl", "m.devries-koopmans@fryslan.frl"),
    R("PERSON", "Anouk van 't Hof", "Hof, Anouk van 't", "Anouk van 't Hof", "Anouk"),
    R("EMAIL", "a.vanthof@fryslan.frl", "a.vanthof@fryslan.frl"),
    R("PERSON", "Jildou Terpstra", "Terpstra, Jildou", "Jildou"),
    R("EMAIL", "j.terpstra@fryslan.frl", "j.terpstra@fryslan.frl"),
    R("PERSON", "Femke Oosterbaan", "Oosterbaan, Femke", "Femke"),
    R("EMAIL", "f.oosterbaan@fryslan.frl", "f.oosterbaan@fryslan.frl"),
    R("PERSON", "Gerard (Liander)", "Gerard"),
    R("PERSON", "Kees Molenaar (EBS)", "Kees Molenaar"),
    R("PHONE", "phones", "06-29 44 18 60", "(058) 292 86 02", "06 47 81 33 09", "06 21 58 90 46"),
], [
    K("MISC", "Nota van Inlichtingen"), K("ORG", "Keolis"), K("ORG", "EBS"), K("ORG", "Liander"),
    K("PLACE", "Heerenveen-Noord"), K("MISC", "Programma van Eisen"), K("MISC", "Euro VI"),
    K("OFFICIAL", "gedeputeerde Fokkema"), K("MISC", "Klimaatakkoord"), K("ORG", "TenderNed"),
    K("ROLE", "concessiemanager OV"), K("ORG", "Provincie Fryslân"), K("ROLE", "aanbestedingsjurist"),
    K("MISC", "Outlook voor iOS"), K("ADDRESS", "Tweebaksmarkt 52"), K("MISC", "vraag 34"),
])


# ---------------------------------------------------------------- pf05 Teams chat evaluators
def b05(p):
    L = [("mono", s) for s in [
        "Chat: Beoordelingsteam OV-concessie SWW (Microsoft Teams) - export 28-01-2026",
        "",
        "[27-01-2026 08:51] Jildou Terpstra: Morgen allemaal, consensus start om 9:30 in zaal Sjoerd Wiersma",
        "[27-01-2026 08:53] Sybren Wijnia: ik zit nog in de trein bij Akkrum, kwartiertje later",
        "[27-01-2026 08:54] Femke Oosterbaan: Syb je hebt je scoreformulier K3 nog niet geüpload hè",
        "[27-01-2026 08:55] Sybren Wijnia: klopt, doe ik vanuit de trein 👍",
        "[27-01-2026 09:12] Anouk van 't Hof: Denk eraan: geen scores in de chat, alleen in het "
        "beoordelingsdossier.",
        "[27-01-2026 11:40] Femke Oosterbaan: pauze. Ruud wil EBS op K2 nog een keer bespreken",
        "[27-01-2026 11:41] Ruud ter Horst: Ja, de rolstoelplaatsen in de Qliners zijn bij EBS onduidelijk "
        "beschreven",
        "[27-01-2026 11:43] Jildou Terpstra: ok, na de lunch. Dónal sluit vanuit Dublin aan via Teams",
        "[27-01-2026 13:02] Dónal Ó Súilleabháin: I'm in the lobby of the meeting, can someone admit me?",
        "[27-01-2026 13:03] Femke Oosterbaan: done!",
        "[27-01-2026 15:58] Jildou Terpstra: Dank allen. Anouk maakt het consensusverslag, Sybbie checkt de "
        "prijsberekening",
        "[27-01-2026 16:01] Sybren Wijnia: Sybbie 🙄 prima",
        "[27-01-2026 16:05] Anouk van 't Hof: concept verslag staat morgen 12:00 in de map BC-Consensus",
        "[27-01-2026 16:06] Marten de Vries-Koopmans: top. Ik bel Fokkema's bestuurssecretaris even over de "
        "planning",
    ]]
    render_rl(p, L, font="DejaVuSans", size=9.5)
    finish(p, "Microsoft: Print To PDF", "Microsoft Teams", title="Chat Beoordelingsteam")


D05 = Doc("pf05", b05, [
    R("PERSON", "Jildou Terpstra", "Jildou Terpstra"),
    R("PERSON", "Sybren Wijnia", "Sybren Wijnia", "Syb", "Sybbie"),
    R("PERSON", "Femke Oosterbaan", "Femke Oosterbaan"),
    R("PERSON", "Anouk van 't Hof", "Anouk van 't Hof", "Anouk"),
    R("PERSON", "Ruud ter Horst", "Ruud ter Horst", "Ruud"),
    R("PERSON", "Dónal Ó Súilleabháin", "Dónal Ó Súilleabháin", "Dónal"),
    R("PERSON", "Marten de Vries-Koopmans", "Marten de Vries-Koopmans"),
], [
    K("MISC", "Microsoft Teams"), K("BUILDING", "zaal Sjoerd Wiersma"), K("PLACE", "Akkrum"),
    K("ORG", "EBS"), K("MISC", "Qliners"), K("PLACE", "Dublin"), K("MISC", "BC-Consensus"),
    K("MISC", "K3"), K("MISC", "K2"), K("MISC", "OV-concessie SWW"), K("MISC", "beoordelingsdossier"),
    K("ROLE", "bestuurssecretaris"), K("MISC", "Teams", "Teams"),
])


# ---------------------------------------------------------------- pf06 evaluation report (2 pages)
def b06(p):
    render_rl(p, [
        ("logo", "Provincie Fryslân"),
        ("h", "Beoordelingsrapport kwalitatieve criteria – OV-concessie Súdwest-Fryslân en Wâlden 2027-2037"),
        ("kv", [["Kenmerk", "PFR-2025-OV-017 / BR-03"], ["Datum", "17 februari 2026"],
                ["Status", "definitief, ter vaststelling door Gedeputeerde Staten"]], [35, 120]),
        ("h2", "1. Samenvatting"),
        ("p", "Vier inschrijvingen zijn tijdig ontvangen: Arriva Personenvervoer Nederland B.V., Qbuzz B.V., "
              "Keolis Nederland B.V. en EBS Openbaar Vervoer B.V. Alle inschrijvingen zijn geldig. De commissie "
              "(leden TC-1 t/m EV-7, zie bijlage BC-01) heeft de kwaliteit beoordeeld op een schaal van 0-10. "
              "De prijs weegt 30%, de kwaliteit 70%."),
        ("t", [["Criterium (weging)", "Arriva", "Qbuzz", "Keolis", "EBS"],
               ["K1 Reizigersgroei (25%)", "7", "8", "6", "7"],
               ["K2 Toegankelijkheid (15%)", "8", "8", "7", "6"],
               ["K3 Zero-emissie (20%)", "6", "9", "8", "7"],
               ["K4 Personeel en sociale veiligheid (10%)", "7", "7", "6", "8"],
               ["Gewogen kwaliteitsscore", "47,5", "56,0", "46,5", "48,0"]], [62, 24, 24, 24, 24]),
        ("p", "Qbuzz B.V. heeft de economisch meest voordelige inschrijving (EMVI). Keolis scoort op K1 laag "
              "omdat het plan voor de snelbuslijn Q-link 350 Sneek – Heerenveen niet onderbouwd is met "
              "reizigerstellingen."),
        ("h2", "2. Bijzonderheden consensus"),
        ("p", "EV-6 week bij K2 af van de overige leden (score EBS 4 in plaats van 6); na bespreking is 6 "
              "vastgesteld. EV-4 heeft de prijzen van de inschrijvers doorgerekend; de rekenfout in de "
              "inschrijving van Keolis (dienstregelingsuren 2028) is als kennelijke verschrijving hersteld "
              "na bevestiging door Keolis (mail van de heer J.-B. Lefèvre, 2 februari 2026)."),
        ("pb",),
        ("h2", "3. Ondertekening (paraaf)"),
        ("t", [["Code", "Naam", "Functie", "Paraaf", "Datum"],
               ["TC-1", "Jildou Terpstra", "projectleider", "JT", "17-02-2026"],
               ["TC-2", "Marten de Vries-Koopmans", "concessiemanager", "MdVK", "17-02-2026"],
               ["TC-3", "Anouk van 't Hof", "secretaris", "AvtH", "17-02-2026"],
               ["EV-4", "Sybren Wijnia", "financieel adviseur", "SW", "16-02-2026"],
               ["EV-5", "Femke Oosterbaan", "beleidsmedewerker OV", "FO", "16-02-2026"]], [16, 50, 40, 20, 26]),
        ("p", "Dit rapport is vastgesteld in de consensusbijeenkomst van 27 januari 2026 en na de "
              "interviews van 3 februari 2026 bijgewerkt. Het advies aan Gedeputeerde Staten luidt: gun de "
              "concessie voorlopig aan Qbuzz B.V. en neem een opschortende termijn van twintig dagen in acht."),
    ], font="Times-Roman", footer="BR-03 | pagina {p}")
    finish(p, "iText® 7.2.5 ©2000-2023 iText Group NV (AGPL-version)", "Provincie Fryslân Zaaksysteem",
           author="Provincie Fryslân", title="Beoordelingsrapport BR-03",
           notes=[(1, 480, 700, "Wijnia, Sybren", "Prijsberekening gecontroleerd, zie sheet v4 - Syb")])


D06 = Doc("pf06", b06, [
    R("PERSON", "J.-B. Lefèvre (Keolis)", "J.-B. Lefèvre"),
    R("PERSON", "Jildou Terpstra", "Jildou Terpstra"),
    R("PERSON", "Marten de Vries-Koopmans", "Marten de Vries-Koopmans"),
    R("PERSON", "Anouk van 't Hof", "Anouk van 't Hof"),
    R("PERSON", "Sybren Wijnia", "Sybren Wijnia"),
    R("PERSON", "Femke Oosterbaan", "Femke Oosterbaan"),
    R("INITIALS", "paraphs", "JT", "MdVK", "AvtH", "SW", "FO"),
    R("PERSON", "sticky note author", "Wijnia, Sybren", "Syb", ch="annotations"),
], [
    K("REF", "PFR-2025-OV-017"), K("ORG", "Arriva Personenvervoer Nederland B.V."), K("ORG", "Qbuzz B.V.", "Qbuzz B.V."),
    K("ORG", "Keolis Nederland B.V."), K("ORG", "EBS Openbaar Vervoer B.V."), K("CODE", "EV-6"), K("CODE", "EV-4"),
    K("CODE", "TC-1"), K("MISC", "EMVI"), K("MISC", "Q-link 350"), K("PLACE", "Sneek"), K("PLACE", "Heerenveen"),
    K("ORG", "Gedeputeerde Staten"), K("MISC", "K4 Personeel en sociale veiligheid"), K("ROLE", "projectleider"),
    K("MISC", "BR-03"),
])


# ---------------------------------------------------------------- pf07 award letter to Keolis
def b07(p):
    render_rl(p, [
        ("logo", "Provincie Fryslân"),
        ("small", PROV),
        ("sp", 6),
        ("p", "Keolis Nederland B.V.\nt.a.v. de heer J.-B. Lefèvre, directeur\nPostbus 1054\n3800 BB Amersfoort"),
        ("kv", [["Datum", "24 februari 2026"], ["Verzonden", "per e-mail en via TenderNed"],
                ["Ons kenmerk", "PFR-2025-OV-017 / 01399105"],
                ["Contactpersoon", "mw. mr. A. van 't Hof, 058 292 86 02"],
                ["Onderwerp", "Voorgenomen gunningsbeslissing"]], [35, 120]),
        ("p", "Geachte heer Lefèvre,"),
        ("p", "Gedeputeerde Staten van Fryslân hebben op 24 februari 2026 besloten de OV-concessie Súdwest-Fryslân "
              "en Wâlden 2027-2037 voorlopig te gunnen aan Qbuzz B.V. Met deze brief informeren wij u over de "
              "uitslag en de redenen daarvan (artikel 2.130 Aanbestedingswet 2012)."),
        ("t", [["Inschrijver", "Prijs (punten)", "Kwaliteit (punten)", "Totaal", "Rang"],
               ["Qbuzz B.V.", "24,6", "56,0", "80,6", "1"],
               ["Keolis Nederland B.V. (u)", "27,1", "46,5", "73,6", "2"],
               ["EBS Openbaar Vervoer B.V.", "23,9", "48,0", "71,9", "3"],
               ["Arriva Personenvervoer Nederland B.V.", "22,0", "47,5", "69,5", "4"]], [60, 28, 32, 20, 14]),
        ("p", "Uw inschrijving scoorde goed op zero-emissie (K3), maar het plan voor reizigersgroei (K1) was "
              "onvoldoende onderbouwd. De kenmerken en voordelen van de winnende inschrijving vindt u in de "
              "bijlage. Tot twintig kalenderdagen na verzending van deze brief kunt u een kort geding "
              "aanhangig maken bij de voorzieningenrechter van de rechtbank Noord-Nederland (Alcatel-termijn). "
              "Gedeputeerde Staten zullen de concessie niet eerder definitief verlenen."),
        ("p", "Gedeputeerde Klaas Fokkema dankt u namens het college voor uw inschrijving."),
        ("p", "Hoogachtend,\nGedeputeerde Staten van Fryslân,\nnamens dezen,"),
        ("sig", 107),
        ("p", "drs. J. Terpstra\nprojectleider aanbesteding"),
    ], font="Helvetica")
    finish(p, "Nitro Pro 13 (13.70.2.40)", "Nitro Pro", author="Provincie Fryslân", title="Gunningsbeslissing")


D07 = Doc("pf07", b07, [
    R("PERSON", "J.-B. Lefèvre", "J.-B. Lefèvre", "Lefèvre"),
    R("PERSON", "A. van 't Hof", "A. van 't Hof"),
    R("PHONE", "058 292 86 02", "058 292 86 02"),
    R("PERSON", "J. Terpstra", "J. Terpstra"),
], [
    K("ORG", "Keolis Nederland B.V."), K("PLACE", "Amersfoort"), K("REF", "PFR-2025-OV-017 / 01399105"),
    K("ORG", "Qbuzz B.V."), K("LAW", "Aanbestedingswet 2012"), K("MISC", "artikel 2.130"),
    K("ORG", "EBS Openbaar Vervoer B.V."), K("ORG", "Arriva Personenvervoer Nederland B.V."),
    K("ORG", "rechtbank Noord-Nederland"), K("MISC", "Alcatel-termijn"),
    K("OFFICIAL", "Gedeputeerde Klaas Fokkema"), K("ORG", "TenderNed"), K("ROLE", "directeur"),
    K("ROLE", "projectleider aanbesteding"), K("ORG", "Gedeputeerde Staten van Fryslân"),
])


# ---------------------------------------------------------------- pf08 complaint by Keolis' lawyer (2 pages)
def b08(p):
    render_rl(p, [
        ("logo", "VAN LIER WOLTHUIS ADVOCATEN"),
        ("small", "Herengracht 410 | 1017 BX Amsterdam | T +31 20 794 1800 | www.vanlierwolthuis.nl | "
                  "KvK 34187266"),
        ("sp", 6),
        ("p", "Per e-mail: aanbesteding@fryslan.frl en per aangetekende post\nGedeputeerde Staten van Fryslân\n"
              "Postbus 20120\n8900 HM Leeuwarden"),
        ("kv", [["Amsterdam", "6 maart 2026"], ["Uw kenmerk", "PFR-2025-OV-017 / 01399105"],
                ["Ons kenmerk", "FtB/2026.0311/Keolis"], ["Behandeld door", "mr. F.J. ten Brink"],
                ["Direct", "+31 (0)20 794 1830 | 06-41 27 93 05"], ["E-mail", "f.tenbrink@vanlierwolthuis.nl"],
                ["Betreft", "Klacht en sommatie – voorgenomen gunning OV-concessie Súdwest-Fryslân en Wâlden"]],
         [35, 125]),
        ("p", "Geacht college,"),
        ("p", "Ik sta Keolis Nederland B.V. bij. Namens cliënte dien ik een klacht in tegen de voorgenomen "
              "gunningsbeslissing van 24 februari 2026 en sommeer ik u die beslissing in te trekken."),
        ("h2", "1. Onjuiste beoordeling van K1 Reizigersgroei"),
        ("p", "De commissie heeft de onderbouwing van de snelbuslijn Q-link 350 ten onrechte onvoldoende geacht. "
              "Cliënte heeft tellingen overgelegd van de huidige lijnen 41 en 99 (bijlage 7 bij de inschrijving). "
              "Uit het beoordelingsrapport blijkt niet dat die bijlage is gelezen. Het verslag motiveert de score "
              "6 niet, zodat niet kan worden nagegaan of het beoordelingskader van de Leidraad (paragraaf 6.2) is "
              "toegepast."),
        ("h2", "2. Schijn van belangenverstrengeling"),
        ("p", "Cliënte heeft vernomen dat een lid van de beoordelingscommissie een nauwe persoonlijke relatie heeft "
              "met een (oud-)medewerker van Qbuzz. Cliënte verzoekt u de verklaringen van onafhankelijkheid van "
              "alle leden over te leggen."),
        ("pb",),
        ("h2", "3. Herstel van de rekenfout"),
        ("p", "Cliënte heeft op 2 februari 2026 op uw verzoek een verschrijving bevestigd. Die bevestiging is "
              "door haar directeur, de heer Lefèvre, gegeven; de provincie heeft daarbij de prijs van cliënte "
              "verhoogd in plaats van verlaagd. Cliënte verzoekt om de rekensheet van EV-4."),
        ("h2", "4. Sommatie"),
        ("p", "Ik verzoek u uiterlijk 13 maart 2026 te bevestigen dat u de gunning opschort en een nieuwe "
              "beoordeling laat uitvoeren door een commissie zonder de betrokken leden. Bij gebreke daarvan zal "
              "cliënte een kort geding aanhangig maken bij de rechtbank Noord-Nederland. Mijn kantoorgenoot "
              "mr. Yasmina El Khatib (y.elkhatib@vanlierwolthuis.nl) is tijdens mijn afwezigheid bereikbaar."),
        ("p", "Hoogachtend,"),
        ("sig", 108),
        ("p", "mr. F.J. ten Brink\nadvocaat"),
        ("small", "Van Lier Wolthuis Advocaten is een maatschap van praktijkvennootschappen. Op onze dienstverlening "
                  "zijn de algemene voorwaarden van toepassing, gedeponeerd bij de rechtbank Amsterdam."),
    ], font="Times-Roman", footer="Van Lier Wolthuis Advocaten | {p}/2")
    finish(p, "PDFpen 13.2", "PDFpen", author="Ten Brink", title="Klacht Keolis gunning")


D08 = Doc("pf08", b08, [
    R("PERSON", "mr. F.J. ten Brink (advocaat)", "F.J. ten Brink", "FtB"),
    R("PERSON", "Author metadata", "Ten Brink", ch="metadata"),
    R("PHONE", "direct lines", "+31 (0)20 794 1830", "06-41 27 93 05"),
    R("EMAIL", "f.tenbrink@vanlierwolthuis.nl", "f.tenbrink@vanlierwolthuis.nl"),
    R("PERSON", "Yasmina El Khatib", "Yasmina El Khatib"),
    R("EMAIL", "y.elkhatib@vanlierwolthuis.nl", "y.elkhatib@vanlierwolthuis.nl"),
    R("PERSON", "J.-B. Lefèvre", "Lefèvre"),
], [
    K("ORG", "Van Lier Wolthuis Advocaten"), K("ORG", "VAN LIER WOLTHUIS ADVOCATEN"),
    K("ADDRESS", "Herengracht 410"), K("PHONE", "+31 20 794 1800"), K("ORG", "KvK 34187266"),
    K("EMAIL", "aanbesteding@fryslan.frl"), K("REF", "PFR-2025-OV-017 / 01399105"),
    K("ORG", "Keolis Nederland B.V."), K("MISC", "Q-link 350"), K("ORG", "Qbuzz"), K("CODE", "EV-4"),
    K("ORG", "rechtbank Noord-Nederland"), K("MISC", "K1 Reizigersgroei"), K("ROLE", "advocaat"),
    K("MISC", "Leidraad"), K("ORG", "Gedeputeerde Staten van Fryslân"),
])


# ---------------------------------------------------------------- pf09 internal thread on the complaint
def b09(p):
    render_rl(p, [
        ("mono", "Van: Hoekstra, Wietse <w.hoekstra@fryslan.frl>\nVerzonden: vrijdag 6 maart 2026 15:20\n"
                 "Aan: Terpstra, Jildou <j.terpstra@fryslan.frl>; Hof, Anouk van 't <a.vanthof@fryslan.frl>\n"
                 "CC: Postma, Nynke <n.postma@fryslan.frl>; Team Aanbesteding <aanbesteding@fryslan.frl>\n"
                 "Onderwerp: FW: Klacht en sommatie Keolis - uw kenmerk PFR-2025-OV-017"),
        ("p", "Jildou, Anouk,"),
        ("p", "Hierbij de brief van mr. Ten Brink namens Keolis. Inhoudelijk valt het mee, behalve punt 2: "
              "daarmee wordt kennelijk gedoeld op Femke (haar partner werkte tot 2023 bij Qbuzz). Dat is in BC-01 "
              "gemeld en gewogen, maar we moeten het goed vastleggen. Ik stel voor dat ik een memo schrijf voor "
              "de gedeputeerde en dat we Femke vragen een aanvullende verklaring te tekenen."),
        ("p", "Nynke: kun je 11 maart een half uur bij gedeputeerde Fokkema inplannen? Graag met Marten erbij."),
        ("p", "Groet,\nWietse Hoekstra\njuridisch adviseur | 06 - 18 33 72 05"),
        ("mono", "-----Oorspronkelijk bericht-----\nVan: Ten Brink, Floris <f.tenbrink@vanlierwolthuis.nl>\n"
                 "Verzonden: vrijdag 6 maart 2026 14:02\nAan: Team Aanbesteding <aanbesteding@fryslan.frl>\n"
                 "CC: El Khatib, Yasmina <y.elkhatib@vanlierwolthuis.nl>\n"
                 "Onderwerp: Klacht en sommatie Keolis - uw kenmerk PFR-2025-OV-017"),
        ("p", "Geachte heer, mevrouw,\n\nBijgaand treft u de brief aan van heden namens Keolis Nederland B.V. Het "
              "origineel volgt per aangetekende post.\n\nMet vriendelijke groet,\nFloris ten Brink"),
        ("mono", "Van: Postma, Nynke <n.postma@fryslan.frl>\nVerzonden: maandag 9 maart 2026 08:31\n"
                 "Aan: Hoekstra, Wietse <w.hoekstra@fryslan.frl>\nOnderwerp: RE: FW: Klacht en sommatie Keolis"),
        ("p", "Staat: woensdag 11 maart 10.30-11.00 uur, kamer gedeputeerde Fokkema (Provinsjehûs, 3e etage). "
              "Marten is uitgenodigd.\nNynke Postma | bestuurssecretaris | 058 292 8870"),
    ], font="Helvetica")
    finish(p, OUTLOOK, "Microsoft Outlook", author="Provincie Fryslân", title="FW: Klacht en sommatie Keolis")


D09 = Doc("pf09", b09, [
    R("PERSON", "Wietse Hoekstra", "Hoekstra, Wietse", "Wietse Hoekstra", "Wietse"),
    R("EMAIL", "w.hoekstra@fryslan.frl", "w.hoekstra@fryslan.frl"),
    R("PERSON", "Jildou Terpstra", "Terpstra, Jildou", "Jildou"),
    R("EMAIL", "j.terpstra@fryslan.frl", "j.terpstra@fryslan.frl"),
    R("PERSON", "Anouk van 't Hof", "Hof, Anouk van 't", "Anouk"),
    R("EMAIL", "a.vanthof@fryslan.frl", "a.vanthof@fryslan.frl"),
    R("PERSON", "Nynke Postma", "Postma, Nynke", "Nynke Postma", "Nynke"),
    R("EMAIL", "n.postma@fryslan.frl", "n.postma@fryslan.frl"),
    R("PERSON", "Floris ten Brink", "Ten Brink, Floris", "Floris ten Brink", "Ten Brink"),
    R("EMAIL", "f.tenbrink@vanlierwolthuis.nl", "f.tenbrink@vanlierwolthuis.nl"),
    R("PERSON", "Yasmina El Khatib", "El Khatib, Yasmina"),
    R("EMAIL", "y.elkhatib@vanlierwolthuis.nl", "y.elkhatib@vanlierwolthuis.nl"),
    R("PERSON", "Femke", "Femke"),
    R("PERSON", "Marten", "Marten"),
    R("PHONE", "phones", "06 - 18 33 72 05", "058 292 8870"),
], [
    K("EMAIL", "aanbesteding@fryslan.frl"), K("ORG", "Team Aanbesteding"), K("REF", "PFR-2025-OV-017"),
    K("ORG", "Keolis Nederland B.V."), K("ORG", "Qbuzz"), K("CODE", "BC-01"),
    K("OFFICIAL", "gedeputeerde Fokkema"), K("BUILDING", "Provinsjehûs"), K("ROLE", "juridisch adviseur"),
    K("ROLE", "bestuurssecretaris"), K("MISC", "Klacht en sommatie Keolis"),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09]
