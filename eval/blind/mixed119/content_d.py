"""Set PF, documents pf27-pf33: passenger letter scan and answer, contact list, Woo decision, inventory,
market consultation, Statenvragen mail thread."""
from lib import Doc, K, R, finish, render_rl, render_scan

PROV = ("Provincie Fryslân | Tweebaksmarkt 52 | Postbus 20120 | 8900 HM Leeuwarden | 058 292 59 25 | "
        "provincie@fryslan.frl")
WORD = "Microsoft® Word voor Microsoft 365"
OUTLOOK = "Microsoft Outlook voor Microsoft 365"


# ---------------------------------------------------------------- pf27 scan: daughter's letter + handwritten note
def b27(p):
    render_scan(p, [[
        ("Milica Mulder", "n"),
        ("Kerkstraat 5", "n"),
        ("8561 AB Balk", "n"),
        ("milica.mulder@ziggo.nl", "n"),
        "",
        ("Aan de Provincie Fryslan, afdeling Mobiliteit", "n"),
        ("Balk, 3 november 2025", "n"),
        "",
        ("Betreft: schade van mijn moeder, incident bus 99 op 14 oktober", "b"),
        "",
        ("Mijn moeder, Yara Mulder-Sabic (geboren 14-03-1958), is op", "n"),
        ("14 oktober uit bus 99 geduwd. Zij heeft haar pols gebroken", "n"),
        ("en moest in het ziekenhuis worden gehecht. Arriva verwijst", "n"),
        ("mij naar u als opdrachtgever. Ik vraag u de kosten van de", "n"),
        ("eigen bijdrage (368 euro) te vergoeden. Haar BSN is", "n"),
        ("274819363 en haar rekening NL74 TRIO 0390 4428 15.", "n"),
        "",
        ("Met vriendelijke groet,", "n"),
        ("Milica Mulder", "h"),
        "",
        "",
        ("Griet: graag beantwoorden voor 1 dec. Marten", "h"),
    ]], seed=27, angle=0.5)
    finish(p, "KONICA MINOLTA bizhub C300i", "bizhub C300i", title="Ingekomen post 2025-11-05")


D27 = Doc("pf27", b27, [
    R("PERSON", "Milica Mulder", "Milica Mulder", ocr=True),
    R("ADDRESS", "Kerkstraat 5, 8561 AB Balk", "Kerkstraat 5", "8561 AB", ocr=True),
    R("EMAIL", "milica.mulder@ziggo.nl", "milica.mulder@ziggo.nl", ocr=True),
    R("PERSON", "Yara Mulder-Sabic", "Yara Mulder-Sabic", ocr=True),
    R("DOB", "14-03-1958", "14-03-1958", ocr=True),
    R("HEALTH", "injury", "pols gebroken", ocr=True),
    R("BSN", "274819363", "274819363", ocr=True),
    R("IBAN", "NL74 TRIO 0390 4428 15", "NL74 TRIO 0390 4428 15", "0390 4428 15", ocr=True),
    R("PERSON", "handwritten note names", "Griet", "Marten", ocr=True),
], [])


# ---------------------------------------------------------------- pf28 answer to the daughter
def b28(p):
    render_rl(p, [
        ("logo", "Provincie Fryslân"),
        ("small", PROV),
        ("sp", 6),
        ("p", "Mevrouw M. Mulder\nKerkstraat 5\n8561 AB Balk"),
        ("kv", [["Datum", "27 november 2025"], ["Ons kenmerk", "01392207"],
                ["Uw brief van", "3 november 2025"], ["Behandeld door", "G. Dijkstra, (058) 292 89 14"],
                ["Onderwerp", "Uw verzoek om vergoeding, incident lijn 99"]], [35, 120]),
        ("p", "Geachte mevrouw Mulder,"),
        ("p", "Wij vinden het heel vervelend wat uw moeder, mevrouw Y. Mulder-Sabić, op 14 oktober 2025 in de bus "
              "van lijn 99 is overkomen. Wij hopen dat haar pols goed herstelt."),
        ("p", "De provincie is opdrachtgever van het busvervoer, maar de vervoerder is aansprakelijk voor schade "
              "die reizigers tijdens de rit lijden (artikel 8:105 Burgerlijk Wetboek). Wij hebben uw brief daarom "
              "met uw toestemming doorgestuurd aan Arriva Noord, afdeling Klantenservice, die uw verzoek binnen zes "
              "weken behandelt. Ook kunt u een beroep doen op het Schadefonds Geweldsmisdrijven."),
        ("p", "Het burgerservicenummer en het rekeningnummer van uw moeder hebben wij niet doorgestuurd en uit "
              "ons systeem verwijderd; Arriva vraagt zelf de gegevens op die zij nodig heeft."),
        ("p", "Met vriendelijke groet,\nGedeputeerde Staten van Fryslân,\nnamens dezen,"),
        ("sig", 128),
        ("p", "Griet Dijkstra\nmedewerker concessiebeheer OV"),
        ("small", "Kopie: Arriva Noord, Klantenservice (klantenservice@arriva.nl)"),
    ], font="DejaVuSans")
    finish(p, WORD, "Microsoft® Word voor Microsoft 365", author="Provincie Fryslân",
           title="Antwoord verzoek vergoeding")


D28 = Doc("pf28", b28, [
    R("PERSON", "Milica Mulder", "M. Mulder", "Mulder"),
    R("ADDRESS", "Kerkstraat 5, 8561 AB Balk", "Kerkstraat 5", "8561 AB"),
    R("PERSON", "Yara Mulder-Sabić", "Y. Mulder-Sabić"),
    R("HEALTH", "pols", "pols"),
    R("PERSON", "Griet Dijkstra", "G. Dijkstra", "Griet Dijkstra"),
    R("PHONE", "(058) 292 89 14", "(058) 292 89 14"),
], [
    K("ORG", "Provincie Fryslân"), K("REF", "01392207"), K("MISC", "lijn 99"),
    K("LAW", "artikel 8:105 Burgerlijk Wetboek"), K("ORG", "Arriva Noord"),
    K("ORG", "Schadefonds Geweldsmisdrijven"), K("EMAIL", "klantenservice@arriva.nl"),
    K("ROLE", "medewerker concessiebeheer OV"), K("ORG", "Gedeputeerde Staten van Fryslân"),
    K("PHONE", "058 292 59 25"),
])


# ---------------------------------------------------------------- pf29 transition contact list
def b29(p):
    render_rl(p, [
        ("logo", "Transitieteam OV-concessie Súdwest-Fryslân en Wâlden"),
        ("h", "Contactlijst overgang Arriva → Qbuzz (versie 3, mei 2026)"),
        ("t", [["Organisatie", "Naam", "Rol", "Telefoon", "E-mail"],
               ["Provincie Fryslân", "Marten de Vries-Koopmans", "concessiemanager", "06-29 44 18 60",
                "m.devries-koopmans@fryslan.frl"],
               ["Provincie Fryslân", "Griet Dijkstra", "concessiebeheer", "058 292 89 14 (toestel 8914)",
                "g.dijkstra@fryslan.frl"],
               ["Qbuzz", "Bram Hofstede", "transitiemanager", "0031 6 4188 2034", "b.hofstede@qbuzz.nl"],
               ["Qbuzz", "Zoë Çelik", "tendermanager", "06 4417 2093", "zoë.çelik@qbuzz.nl"],
               ["Qbuzz", "Łukasz Wiśniewski", "hoofd materieel (e-bussen)", "+48 601 552 318",
                "lukasz.wisniewski@qbuzz.nl"],
               ["Arriva", "Roelof Kuipers", "regiodirecteur Noord", "+31 (0)58 299 4410", "r.kuipers@arriva.nl"],
               ["Arriva", "Rients Hoogeveen", "Veiligheid & Security", "+31 (0)6 2345 6789", "r.hoogeveen@arriva.nl"],
               ["OR Arriva Noord", "Dirk Vos", "voorzitter OR", "06-19 28 37 46", "or.noord@arriva.nl"],
               ["FNV", "Saskia Oldenhuis-Ter Veen", "bestuurder FNV Spoor en OV", "0900 - 3 68 69 78",
                "ov@fnv.nl"],
               ["Ieder(in)", "Tjitske van der Meulen", "ROF-lid, toegankelijkheid", "06 3012 5567",
                "tjitske.vdmeulen@gmail.com"]], [28, 36, 34, 34, 46]),
        ("p", "Functionele adressen: concessiebeheer@fryslan.frl (provincie), transitie.fryslan@qbuzz.nl "
              "(Qbuzz), klantenservice@arriva.nl (Arriva). Storingsnummer remise Heerenveen (24/7): "
              "0513 - 69 00 00."),
        ("small", "Niet verder verspreiden; deze lijst bevat privé-nummers. Transitieoverleg elke eerste dinsdag "
                  "in het Provinsjehûs, zaal Sjoerd Wiersma."),
    ], font="DejaVuCond", size=9.5)
    finish(p, "Microsoft® Excel® voor Microsoft 365", "Microsoft® Excel® voor Microsoft 365",
           author="Transitieteam", title="Contactlijst overgang")


D29 = Doc("pf29", b29, [
    R("PERSON", "Marten de Vries-Koopmans", "Marten de Vries-Koopmans"),
    R("EMAIL", "m.devries-koopmans@fryslan.frl", "m.devries-koopmans@fryslan.frl"),
    R("PERSON", "Griet Dijkstra", "Griet Dijkstra"),
    R("EMAIL", "g.dijkstra@fryslan.frl", "g.dijkstra@fryslan.frl"),
    R("PERSON", "Bram Hofstede", "Bram Hofstede"),
    R("EMAIL", "b.hofstede@qbuzz.nl", "b.hofstede@qbuzz.nl"),
    R("PERSON", "Zoë Çelik", "Zoë Çelik"),
    R("EMAIL", "zoë.çelik@qbuzz.nl", "zoë.çelik@qbuzz.nl"),
    R("PERSON", "Łukasz Wiśniewski", "Łukasz Wiśniewski"),
    R("EMAIL", "lukasz.wisniewski@qbuzz.nl", "lukasz.wisniewski@qbuzz.nl"),
    R("PERSON", "Roelof Kuipers", "Roelof Kuipers"),
    R("EMAIL", "r.kuipers@arriva.nl", "r.kuipers@arriva.nl"),
    R("PERSON", "Rients Hoogeveen", "Rients Hoogeveen"),
    R("EMAIL", "r.hoogeveen@arriva.nl", "r.hoogeveen@arriva.nl"),
    R("PERSON", "Dirk Vos", "Dirk Vos"),
    R("PERSON", "Saskia Oldenhuis-Ter Veen", "Saskia Oldenhuis-Ter Veen"),
    R("PERSON", "Tjitske van der Meulen", "Tjitske van der Meulen"),
    R("EMAIL", "tjitske.vdmeulen@gmail.com", "tjitske.vdmeulen@gmail.com"),
    R("PHONE", "phones", "06-29 44 18 60", "058 292 89 14", "8914", "0031 6 4188 2034", "06 4417 2093",
      "+48 601 552 318", "+31 (0)58 299 4410", "+31 (0)6 2345 6789", "06-19 28 37 46", "06 3012 5567"),
], [
    K("ORG", "Provincie Fryslân"), K("ORG", "Qbuzz"), K("ORG", "Arriva"), K("ORG", "OR Arriva Noord"),
    K("ORG", "FNV Spoor en OV"), K("PHONE", "0900 - 3 68 69 78"), K("EMAIL", "ov@fnv.nl"),
    K("EMAIL", "or.noord@arriva.nl"), K("EMAIL", "concessiebeheer@fryslan.frl"),
    K("EMAIL", "transitie.fryslan@qbuzz.nl"), K("EMAIL", "klantenservice@arriva.nl"),
    K("PHONE", "0513 - 69 00 00"), K("BUILDING", "zaal Sjoerd Wiersma"), K("ROLE", "transitiemanager"),
    K("ROLE", "regiodirecteur Noord"), K("ROLE", "concessiemanager"), K("ORG", "Ieder(in)", ("Ieder(in)", False)),
])


# ---------------------------------------------------------------- pf30 Woo decision (2 pages)
def b30(p):
    render_rl(p, [
        ("logo", "Provincie Fryslân"),
        ("small", PROV),
        ("sp", 6),
        ("p", "Dhr. B. Rienstra-Holwerda\nIt Heechhout 14\n9011 VP Jirnsum"),
        ("kv", [["Datum", "10 september 2026"], ["Ons kenmerk", "Z-2026-08841 / 01421190"],
                ["Behandeld door", "mr. M.A. Sapulete, woo@fryslan.frl"],
                ["Onderwerp", "Besluit op uw Woo-verzoek over de aanbesteding van de busconcessie"]], [35, 120]),
        ("p", "Geachte heer Rienstra-Holwerda,"),
        ("p", "Op 2 juli 2026 heeft u ons gevraagd om openbaarmaking van documenten over de aanbesteding van de "
              "OV-concessie Súdwest-Fryslân en Wâlden 2027-2037. Wij hebben de beslistermijn op 28 juli 2026 met "
              "twee weken verdaagd en daarna met uw instemming verlengd tot 10 september 2026."),
        ("h2", "1. Besluit"),
        ("p", "Gedeputeerde Staten van Fryslân besluiten de documenten op de inventarislijst deels openbaar te "
              "maken. Wij hebben 33 documenten gevonden. De inschrijvers Arriva, Qbuzz, Keolis en EBS hebben een "
              "zienswijze gegeven; Keolis maakt bezwaar tegen openbaarmaking van haar prijsopbouw. Die prijsopbouw "
              "maken wij niet openbaar (artikel 5.1, eerste lid, onder c, Woo)."),
        ("h2", "2. Persoonsgegevens"),
        ("p", "Namen, e-mailadressen, telefoonnummers, handtekeningen en paraafcodes van medewerkers van de "
              "provincie, van de vervoerders en van particulieren maken wij niet openbaar (artikel 5.1, tweede lid, "
              "onder e, Woo). Namen van gedeputeerde Fokkema, van de Statenleden en van burgemeester Van Wijk "
              "blijven zichtbaar, omdat zij in hun publieke functie optreden. Gegevens over de gezondheid van de "
              "reiziger en de chauffeurs zijn bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, Woo); "
              "het burgerservicenummer valt onder artikel 5.1, eerste lid, onder e, Woo."),
        ("pb",),
        ("h2", "3. Informatie die niet openbaar gemaakt kan worden"),
        ("p", "Motivering: de persoonlijke levenssfeer van de betrokkenen weegt zwaarder dan het algemeen belang "
              "van openbaarheid. De weggelakte passages zijn gemarkeerd met de code van de weigeringsgrond."),
        ("h2", "4. Wijze van openbaarmaking"),
        ("p", "De documenten worden binnen twee weken geplaatst op open.overheid.nl en op www.fryslan.frl/woo."),
        ("h2", "5. Bezwaar"),
        ("p", "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij Gedeputeerde Staten van Fryslân, "
              "Postbus 20120, 8900 HM Leeuwarden (artikel 6:7 Algemene wet bestuursrecht)."),
        ("p", "Hoogachtend,\nGedeputeerde Staten van Fryslân,\nnamens dezen,"),
        ("sig", 130),
        ("p", "drs. A. Wassenaar-Nijholt\nafdelingshoofd Mobiliteit"),
        ("small", "Bijlagen: inventarislijst; documenten (deels openbaar)."),
    ], font="Helvetica", footer="Z-2026-08841 | {p}")
    finish(p, WORD, "Microsoft® Word voor Microsoft 365", author="Sapulete, M.A.", title="Besluit Woo-verzoek")


D30 = Doc("pf30", b30, [
    R("PERSON", "Bauke Rienstra-Holwerda", "B. Rienstra-Holwerda", "Rienstra-Holwerda"),
    R("ADDRESS", "It Heechhout 14, 9011 VP Jirnsum", "It Heechhout 14", "9011 VP"),
    R("PERSON", "M.A. Sapulete", "M.A. Sapulete"),
    R("PERSON", "Author", "Sapulete, M.A.", ch="metadata"),
    R("PERSON", "A. Wassenaar-Nijholt", "A. Wassenaar-Nijholt"),
], [
    K("EMAIL", "woo@fryslan.frl"), K("REF", "Z-2026-08841 / 01421190"), K("ORG", "Gedeputeerde Staten van Fryslân"),
    K("ORG", "Arriva"), K("ORG", "Qbuzz"), K("ORG", "Keolis"), K("ORG", "EBS"),
    K("OFFICIAL", "gedeputeerde Fokkema"), K("OFFICIAL", "burgemeester Van Wijk"), K("MISC", "Statenleden"),
    K("LAW", "Algemene wet bestuursrecht"), K("MISC", "open.overheid.nl"), K("MISC", "www.fryslan.frl/woo"),
    K("MISC", "artikel 5.1, tweede lid, onder e, Woo"), K("ROLE", "afdelingshoofd Mobiliteit"),
    K("ADDRESS", "Postbus 20120"), K("MISC", "inventarislijst"),
])


# ---------------------------------------------------------------- pf31 inventory list
def b31(p):
    rows = [["Nr", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"]]
    inv = [
        ("1", "Woo-verzoek", "02-07-2026", "deels openbaar", "5.1.2e", ""),
        ("2", "Ontvangstbevestiging", "09-07-2026", "deels openbaar", "5.1.2e", ""),
        ("3", "Samenstelling beoordelingscommissie BC-01", "14-11-2025", "deels openbaar", "5.1.2e", ""),
        ("4", "Mail M. de Vries-Koopmans aan A. van 't Hof, NvI 2", "02-12-2025", "deels openbaar", "5.1.2e", ""),
        ("5", "Teams-chat beoordelingsteam", "27-01-2026", "deels openbaar", "5.1.2e", ""),
        ("6", "Beoordelingsrapport BR-03", "17-02-2026", "deels openbaar", "5.1.2e", ""),
        ("7", "Gunningsbrief Keolis", "24-02-2026", "deels openbaar", "5.1.2e", ""),
        ("8", "Klacht Van Lier Wolthuis Advocaten namens Keolis", "06-03-2026", "deels openbaar", "5.1.2e", ""),
        ("9", "Mail W. Hoekstra: FW klacht Keolis", "06-03-2026", "deels openbaar", "5.1.2e", ""),
        ("10", "Verslag ROF 12 maart 2026", "12-03-2026", "deels openbaar", "5.1.2e, 5.1.1d", ""),
        ("11", "WhatsApp-export chauffeurs remise Sneek", "16-10-2025", "deels openbaar", "5.1.2e", ""),
        ("12", "Meldingsformulier incident IM-2", "14-10-2025", "deels openbaar", "5.1.2e, 5.1.1d", ""),
        ("13", "Incidentrapport IR-2025-1014-03", "16-10-2025", "deels openbaar", "5.1.2e, 5.1.1d", ""),
        ("14", "Getuigenverklaring (scan)", "15-10-2025", "deels openbaar", "5.1.2e", ""),
        ("15", "Antwoorden Statenvragen 2025-112", "11-11-2025", "openbaar", "", "reeds openbaar"),
        ("16", "Conceptdienstregeling 2027", "02-03-2026", "openbaar", "", ""),
        ("17", "Factuur Ter Horst Aanbestedingsadvies 2026-004", "31-01-2026", "deels openbaar", "5.1.2e", ""),
        ("18", "Factuur Visser Verslaglegging VV-26-017", "12-03-2026", "deels openbaar", "5.1.2e", ""),
        ("19", "GS-nota voorlopige gunning", "18-02-2026", "deels openbaar", "5.1.2e", ""),
        ("20", "Persbericht definitieve gunning", "10-04-2026", "openbaar", "", "reeds openbaar"),
        ("21", "Presentielijst ROF (scan)", "12-03-2026", "deels openbaar", "5.1.2e", ""),
        ("22", "Correspondentie inschrijvers", "03-12-2025", "deels openbaar", "5.1.2e", ""),
        ("23", "Nota van Inlichtingen 2", "05-12-2025", "deels openbaar", "5.1.2e", ""),
        ("24", "Overzicht klachten chauffeurs", "11-2025", "deels openbaar", "5.1.2e, 5.1.1d", ""),
        ("25", "Memo JZ reactie op klacht Keolis", "10-03-2026", "deels openbaar", "5.1.2e", ""),
        ("26", "Verslag bestuurlijk overleg lijn 99", "30-10-2025", "deels openbaar", "5.1.2e", ""),
        ("27", "Brief M. Mulder (scan)", "03-11-2025", "deels openbaar", "5.1.2e, 5.1.1d, 5.1.1e", ""),
        ("28", "Antwoord aan M. Mulder", "27-11-2025", "deels openbaar", "5.1.2e, 5.1.1d", ""),
        ("29", "Contactlijst transitie", "05-2026", "deels openbaar", "5.1.2e", ""),
        ("30", "Prijsopbouw inschrijving Keolis", "08-01-2026", "niet openbaar", "5.1.1c", "zienswijze Keolis"),
        ("31", "Verslag marktconsultatie", "16-06-2025", "deels openbaar", "5.1.2e", ""),
        ("32", "Mails voorbereiding Statenvragen", "22-10-2025", "deels openbaar", "5.1.2e", ""),
        ("33", "Besluit op Woo-verzoek", "10-09-2026", "deels openbaar", "5.1.2e", ""),
    ]
    rows += [list(r) for r in inv]
    render_rl(p, [
        ("h", "Inventarislijst Woo-verzoek Z-2026-08841"),
        ("p", "Bijlage bij het besluit van 10 september 2026. Gronden: 5.1.1c bedrijfsgegevens, 5.1.1d "
              "bijzondere persoonsgegevens, 5.1.1e identificatienummers, 5.1.2e persoonlijke levenssfeer."),
        ("t", rows, [8, 74, 20, 24, 26, 20]),
    ], font="Helvetica", size=8.5, footer="Inventarislijst Z-2026-08841 | {p}")
    finish(p, "Microsoft® Excel® voor Microsoft 365", "Microsoft® Excel® voor Microsoft 365",
           author="Provincie Fryslân", title="Inventarislijst Z-2026-08841")


D31 = Doc("pf31", b31, [
    R("PERSON", "names in document titles", "M. de Vries-Koopmans", "A. van 't Hof", "W. Hoekstra", "M. Mulder"),
    R("PERSON", "sole traders in trade names in titles", "Ter Horst", "Visser"),
], [
    K("REF", "Z-2026-08841"), K("CODE", "5.1.2e"), K("CODE", "5.1.1d"), K("CODE", "5.1.1c"), K("CODE", "5.1.1e"),
    K("MISC", "deels openbaar"), K("MISC", "niet openbaar"), K("MISC", "reeds openbaar"),
    K("ORG", "Van Lier Wolthuis Advocaten"), K("ORG", "trade names (generic part)", "Verslaglegging", "Aanbestedingsadvies"), K("REF", "IR-2025-1014-03"),
    K("REF", "BR-03"), K("REF", "VV-26-017"), K("ORG", "Keolis"), K("MISC", "Nota van Inlichtingen 2"),
    K("MISC", "Statenvragen 2025-112"),
])


# ---------------------------------------------------------------- pf32 market consultation report
def b32(p):
    render_rl(p, [
        ("logo", "Provincie Fryslân – afdeling Mobiliteit"),
        ("h", "Verslag marktconsultatie OV-concessie Súdwest-Fryslân en Wâlden"),
        ("kv", [["Datum", "16 juni 2025, 13.00-16.30 uur"], ["Locatie", "WTC Expo, Leeuwarden"],
                ["Kenmerk", "PFR-2025-OV-017 / MC-01"]], [30, 120]),
        ("t", [["Deelnemer", "Organisatie", "Functie"],
               ["Ilse Nauta-Boersma", "Arriva Nederland", "commercieel directeur"],
               ["Thomas Verbeek", "Arriva Nederland", "bid manager"],
               ["Zoë Çelik", "Qbuzz", "tendermanager"],
               ["Jean-Baptiste Lefèvre", "Keolis Nederland", "directeur"],
               ["Mirjam de Boer", "Keolis Nederland", "business developer"],
               ["Kees Molenaar", "EBS", "tendermanager"],
               ["Agnieszka Wójcik", "EBS", "adviseur zero-emissie"],
               ["Jildou Terpstra", "Provincie Fryslân", "projectleider (voorzitter)"],
               ["Femke Oosterbaan", "Provincie Fryslân", "beleidsmedewerker (verslag)"]], [50, 50, 55]),
        ("h2", "Belangrijkste punten"),
        ("p", "Mevrouw Nauta-Boersma (Arriva) pleit voor een looptijd van vijftien jaar vanwege de investeringen "
              "in laadinfrastructuur. De heer Lefèvre (Keolis) vraagt om een indexatieclausule op basis van de "
              "Landelijke Bijdrage Index (LBI). Mevrouw Wójcik (EBS) waarschuwt voor netcongestie bij remise "
              "Heerenveen-Noord en vraagt de provincie vroegtijdig met Liander te overleggen. Qbuzz stelt voor "
              "een snelbuslijn Sneek – Heerenveen in te voeren naar het voorbeeld van de Q-link in Groningen."),
        ("p", "De provincie neemt de reacties mee in het Programma van Eisen. Een looptijd van tien jaar met "
              "optie op verlenging blijft het uitgangspunt, conform de Wet personenvervoer 2000."),
        ("small", "Verslag: F. Oosterbaan. Vastgesteld door de projectleider op 23 juni 2025."),
    ], font="DejaVuSans")
    finish(p, "Aspose.Words for .NET 24.1.0", "Aspose.Words", author="Provincie Fryslân",
           title="Verslag marktconsultatie MC-01")


D32 = Doc("pf32", b32, [
    R("PERSON", "Ilse Nauta-Boersma", "Ilse Nauta-Boersma", "Nauta-Boersma"),
    R("PERSON", "Thomas Verbeek", "Thomas Verbeek"),
    R("PERSON", "Zoë Çelik", "Zoë Çelik"),
    R("PERSON", "Jean-Baptiste Lefèvre", "Jean-Baptiste Lefèvre", "Lefèvre"),
    R("PERSON", "Mirjam de Boer", "Mirjam de Boer"),
    R("PERSON", "Kees Molenaar", "Kees Molenaar"),
    R("PERSON", "Agnieszka Wójcik", "Agnieszka Wójcik", "Wójcik"),
    R("PERSON", "Jildou Terpstra", "Jildou Terpstra"),
    R("PERSON", "Femke Oosterbaan", "Femke Oosterbaan", "F. Oosterbaan"),
], [
    K("ORG", "Arriva Nederland"), K("ORG", "Keolis Nederland"), K("ORG", "Qbuzz"), K("ORG", "EBS"),
    K("BUILDING", "WTC Expo"), K("REF", "PFR-2025-OV-017 / MC-01"), K("MISC", "Landelijke Bijdrage Index"),
    K("ORG", "Liander"), K("PLACE", "Heerenveen-Noord"), K("MISC", "Q-link"), K("PLACE", "Groningen"),
    K("MISC", "Programma van Eisen"), K("LAW", "Wet personenvervoer 2000"), K("ROLE", "commercieel directeur"),
    K("ROLE", "adviseur zero-emissie"),
])


# ---------------------------------------------------------------- pf33 mail thread Statenvragen preparation
def b33(p):
    render_rl(p, [
        ("mono", "Van: Postma, Nynke <n.postma@fryslan.frl>\nVerzonden: woensdag 22 oktober 2025 09:05\n"
                 "Aan: Vries-Koopmans, Marten de <m.devries-koopmans@fryslan.frl>\n"
                 "CC: Boersma, Harm-Jan <hj.boersma@fryslan.frl>; Statenvragen <statenvragen@fryslan.frl>\n"
                 "Onderwerp: Schriftelijke vragen Hiemstra/Van der Molen - lijn 99 en lijn 41"),
        ("p", "Hoi Marten,"),
        ("p", "Gisteren zijn de vragen van Statenlid Hiemstra (FNP) en Statenlid Van der Molen (GroenLinks) "
              "binnengekomen, nr. 2025-112. Termijn is drie weken, dus concept graag uiterlijk 4 november bij mij. "
              "Gedeputeerde Fokkema wil bij vraag 1 geen namen of details over de reiziger en de chauffeur; "
              "hij spreekt Arriva op 30 oktober."),
        ("p", "Groetjes,\nNynke\n\nNynke Postma | bestuurssecretaris gedeputeerde Fokkema | 058 292 8870"),
        ("mono", "Van: Vries-Koopmans, Marten de <m.devries-koopmans@fryslan.frl>\n"
                 "Verzonden: woensdag 22 oktober 2025 11:37\nAan: Postma, Nynke <n.postma@fryslan.frl>\n"
                 "CC: Dijkstra, Griet <g.dijkstra@fryslan.frl>\nOnderwerp: RE: Schriftelijke vragen "
                 "Hiemstra/Van der Molen"),
        ("p", "Nynke, komt goed. Griet zoekt de cijfers over de pauzes op lijn 41 op bij de OR van Arriva "
              "(Dirk Vos). Over de reiziger: haar dochter heeft ons ook al gemaild, dat loopt via Griet. Ik heb "
              "tot en met 27 oktober vakantie; bij spoed mijn privénummer 06-29 44 18 60 of Harm-Jan."),
        ("p", "Marten"),
        ("mono", "Van: Dijkstra, Griet <g.dijkstra@fryslan.frl>\nVerzonden: dinsdag 4 november 2025 16:58\n"
                 "Aan: Postma, Nynke <n.postma@fryslan.frl>\nOnderwerp: concept antwoorden 2025-112"),
        ("p", "Bijgaand het concept. Bij vraag 3 heb ik de Cao Openbaar Vervoer aangehaald. Gr. Griet "
              "(toestel 8914)"),
    ], font="Helvetica")
    finish(p, OUTLOOK, "Microsoft Outlook", author="Provincie Fryslân", title="Schriftelijke vragen 2025-112")


D33 = Doc("pf33", b33, [
    R("PERSON", "Nynke Postma", "Postma, Nynke", "Nynke Postma", "Nynke"),
    R("EMAIL", "n.postma@fryslan.frl", "n.postma@fryslan.frl"),
    R("PERSON", "Marten de Vries-Koopmans", "Vries-Koopmans, Marten de", "Marten"),
    R("EMAIL", "m.devries-koopmans@fryslan.frl", "m.devries-koopmans@fryslan.frl"),
    R("PERSON", "Harm-Jan Boersma", "Boersma, Harm-Jan", "Harm-Jan"),
    R("EMAIL", "hj.boersma@fryslan.frl", "hj.boersma@fryslan.frl"),
    R("PERSON", "Griet Dijkstra", "Dijkstra, Griet", "Griet"),
    R("EMAIL", "g.dijkstra@fryslan.frl", "g.dijkstra@fryslan.frl"),
    R("PERSON", "Dirk Vos", "Dirk Vos"),
    R("PHONE", "phones", "058 292 8870", "06-29 44 18 60", "8914"),
], [
    K("EMAIL", "statenvragen@fryslan.frl"), K("OFFICIAL", "Statenlid Hiemstra"),
    K("OFFICIAL", "Statenlid Van der Molen"), K("ORG", "FNP"), K("ORG", "GroenLinks"), K("REF", "2025-112"),
    K("OFFICIAL", "Gedeputeerde Fokkema"), K("OFFICIAL", "gedeputeerde Fokkema"), K("ORG", "Arriva"),
    K("MISC", "lijn 41"), K("MISC", "lijn 99"), K("MISC", "Cao Openbaar Vervoer"),
    K("ROLE", "bestuurssecretaris"),
])

DOCS = [D27, D28, D29, D30, D31, D32, D33]
