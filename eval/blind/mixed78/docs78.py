"""Document texts of set mixed78 (Provincie Noord-Brabant, Woo decision on e-mail about the N279
Veghel-Asten). All persons below the political level are invented. Written blind."""

PNB = "Provincie Noord-Brabant"
ADR = "Brabantlaan 1 | Postbus 90151 | 5200 MC 's-Hertogenbosch"
SWB = "T 073 681 28 12 (algemeen)"
DISC = ("Dit bericht is uitsluitend bestemd voor de geadresseerde(n). Heeft u dit bericht ten onrechte "
        "ontvangen, verwijder het dan en stel de afzender op de hoogte. De Provincie Noord-Brabant aanvaardt "
        "geen aansprakelijkheid voor schade die voortvloeit uit elektronische verzending.")
DISC_EN = ("This e-mail and any attachments are confidential and intended solely for the addressee. "
           "Witteveen+Bos Raadgevende ingenieurs B.V., Deventer, KvK 38020751.")

SIG_PJ = ["Met vriendelijke groet,", "", "Pieter Jansen", "Projectmanager N279 Veghel-Asten",
          "Provincie Noord-Brabant | Cluster Uitvoering Mobiliteit", ADR,
          "M 06 41 23 87 90 | " + SWB, "p.jansen@brabant.nl | www.brabant.nl"]
SIG_AVS = ["Groet,", "Anouk", "", "Anouk Verhoeven-Smits | omgevingsmanager N279", PNB,
           "Mobiel: +31 6 2984 1177", "Aanwezig: ma, di, do"]
SIG_JVDB = ["Gr. JvdB", "", "Joost van den Broek", "Contractmanager | Provincie Noord-Brabant",
            "Direct: (073) 6808462"]


def outlook(owner, rows, body, sig=None, disc=True):
    out = ["** " + owner, "-- "]
    for lab, val in rows:
        out.append(f"H:{lab}|{val}")
    out.append("")
    out += body
    if sig:
        out += [""] + sig
    if disc:
        out += ["", DISC]
    return out


DOCS = {}

# ----------------------------------------------------------------------------- 01 Woo-besluit
DOCS["cj01"] = dict(font="libsans", size=10, author="Provincie Noord-Brabant", creator="Microsoft Word",
                    title="Besluit op Woo-verzoek N279", lines=[
    "# Provincie Noord-Brabant",
    "Gedeputeerde Staten",
    "",
    "Aan: de heer mr. drs. S.P. Korteweg (per e-mail)",
    "",
    "H:Datum|27 november 2026",
    "H:Ons kenmerk|C2611873/5590214",
    "H:Uw kenmerk|-",
    "H:Zaaknummer|Z-2026-004412",
    "H:Contactpersoon|H. Yildirim",
    "H:Telefoon|073 681 28 12",
    "H:E-mail|woo@brabant.nl",
    "H:Onderwerp|Besluit op uw verzoek om informatie over de N279 Veghel-Asten",
    "",
    "Geachte heer Korteweg,",
    "",
    "Op 12 augustus 2026 hebben wij uw verzoek ontvangen op grond van de Wet open overheid (Woo). U vraagt "
    "om alle e-mailcorrespondentie, verslagen en bijlagen over de ontwerpkeuzes voor de aansluiting Beek en "
    "Donk en de ongelijkvloerse kruising Dierdonk van de N279 Veghel-Asten in de periode januari tot en met "
    "juni 2025. Wij hebben de ontvangst bevestigd op 14 augustus 2026 en de beslistermijn op 8 september 2026 "
    "met vier weken verdaagd. Met uw instemming is de termijn daarna opgeschort tot 27 november 2026.",
    "",
    "** Besluit",
    "Gedeputeerde Staten van Noord-Brabant besluiten de documenten die op de inventarislijst staan gedeeltelijk "
    "openbaar te maken. Van de 34 documenten zijn er 3 volledig openbaar en 31 deels openbaar. Wij maken "
    "geen documenten volledig niet openbaar. Bestuurders worden niet geanonimiseerd: de namen van "
    "gedeputeerde Van der Maat, gedeputeerde Van der Wal, commissaris van de Koning Adema, de burgemeesters "
    "Blanksma-van den Heuvel (Helmond), Van der Meijden (Laarbeek), Van Rooij (Meierijstad) en "
    "Van der Loo (Asten) en van de betrokken wethouders en Statenleden blijven leesbaar.",
    "",
    "** Overwegingen",
    "Bij de beoordeling hebben wij de uitzonderingsgronden van artikel 5.1 Woo toegepast. Een aantal "
    "documenten bevat persoonsgegevens van medewerkers van de provincie, van de gemeenten Helmond, Laarbeek, "
    "Meierijstad en Asten, van Rijkswaterstaat, van Witteveen+Bos en van de aannemer, en van particulieren. "
    "Het belang van openbaarheid weegt naar ons oordeel niet op tegen de eerbiediging van de persoonlijke "
    "levenssfeer (artikel 5.1, tweede lid, onder e, Woo). Wij hebben deze gegevens gelakt met de code 5.1.2e.",
    ">>",
    "** Informatie die niet openbaar gemaakt kan worden",
    "** Motivering",
    "In de openbaar gemaakte versie van de documenten zijn alle persoonsgegevens van ambtenaren en van "
    "derden geanonimiseerd (5.1.2e). Functionele e-mailadressen zoals woo@brabant.nl en "
    "N279@brabant.nl en het algemene nummer 073 681 28 12 zijn niet gelakt.",
    "",
    "** Wijze van openbaarmaking",
    "De documenten worden geplaatst op open.overheid.nl en op www.brabant.nl/woo onder zaaknummer "
    "Z-2026-004412. De inventarislijst is bijgevoegd (bijlage 1).",
    "",
    "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken na de dag van verzending bezwaar maken "
    "bij Gedeputeerde Staten van Noord-Brabant, Postbus 90151, 5200 MC 's-Hertogenbosch.",
    "",
    "Gedeputeerde Staten van Noord-Brabant,",
    "namens deze,",
    "",
    "Hatice Yildirim",
    "teamleider Informatiebeheer en Woo",
    "",
    "Bijlage: inventarislijst Z-2026-004412",
])

# ----------------------------------------------------------------------------- 02 inventory
INV = [
    ("1", "N279-001", "Besluit op Woo-verzoek", "27-11-2026", "openbaar", "-"),
    ("2", "N279-002", "Inventarislijst", "27-11-2026", "openbaar", "-"),
    ("3", "N279-003", "E-mail planning bestuurlijk overleg", "14-01-2025", "deels openbaar", "5.1.2e"),
    ("4", "N279-004", "E-mail Witteveen+Bos variantenstudie", "21-01-2025", "deels openbaar", "5.1.2e"),
    ("5", "N279-005", "E-mail gemeente Helmond Dierdonk", "04-03-2025", "deels openbaar", "5.1.2e"),
    ("6", "N279-006", "Uitnodiging ambtelijk vooroverleg", "28-01-2025", "deels openbaar", "5.1.2e"),
    ("7", "N279-007", "Teams-chat projectteam", "05-02-2025", "deels openbaar", "5.1.2e"),
    ("8", "N279-008", "Verslag bestuurlijk overleg N279", "11-02-2025", "deels openbaar", "5.1.2e"),
    ("9", "N279-009", "Memo Witteveen+Bos (bijlage bij 4)", "20-01-2025", "deels openbaar", "5.1.2e"),
    ("10", "N279-010", "Brief ZLTO (scan)", "17-02-2025", "deels openbaar", "5.1.2e"),
    ("11", "N279-011", "Klacht bewoner Lieshout", "24-02-2025", "deels openbaar", "5.1.2e"),
    ("12", "N279-012", "Handgeschreven notitie", "25-02-2025", "deels openbaar", "5.1.2e"),
    ("13", "N279-013", "E-mail secretariaat gedeputeerde", "03-03-2025", "deels openbaar", "5.1.2e"),
    ("14", "N279-014", "E-mail ZLTO grondverwerving", "06-03-2025", "deels openbaar", "5.1.2e"),
    ("15", "N279-015", "E-mail Rijkswaterstaat A67/A50", "10-03-2025", "deels openbaar", "5.1.2e"),
    ("16", "N279-016", "E-mail Statenvragen", "13-03-2025", "deels openbaar", "5.1.2e"),
    ("17", "N279-017", "E-mail werkbezoek CdK", "18-03-2025", "deels openbaar", "5.1.2e"),
    ("18", "N279-018", "Meeting invitation Witteveen+Bos", "20-03-2025", "deels openbaar", "5.1.2e"),
    ("19", "N279-019", "E-mail gemeente Laarbeek", "25-03-2025", "deels openbaar", "5.1.2e"),
    ("20", "N279-020", "E-mail omleidingsroutes", "27-03-2025", "deels openbaar", "5.1.2e"),
    ("21", "N279-021", "Routeringsformulier GS-voorstel", "01-04-2025", "deels openbaar", "5.1.2e"),
    ("22", "N279-022", "E-mail reactie grondeigenaar", "03-04-2025", "deels openbaar", "5.1.2e"),
    ("23", "N279-023", "E-mail stikstofberekening AERIUS", "08-04-2025", "deels openbaar", "5.1.2e"),
    ("24", "N279-024", "E-mail aannemer planning", "15-04-2025", "deels openbaar", "5.1.2e"),
    ("25", "N279-025", "E-mail grondeigenaar Erp", "17-04-2025", "deels openbaar", "5.1.2e"),
    ("26", "N279-026", "Gespreksnotitie telefoon", "22-04-2025", "deels openbaar", "5.1.2e"),
    ("27", "N279-027", "E-mailwisseling fietsoversteek", "06-05-2025", "deels openbaar", "5.1.2e"),
    ("28", "N279-028", "E-mail GS-voorstel afstemming", "13-05-2025", "deels openbaar", "5.1.2e"),
    ("29", "N279-029", "Automatisch antwoord", "20-05-2025", "deels openbaar", "5.1.2e"),
    ("30", "N279-030", "Agenda bestuurlijk overleg", "03-06-2025", "deels openbaar", "5.1.2e"),
    ("31", "N279-031", "Bereikbaarheidslijst werkzaamheden", "10-06-2025", "deels openbaar", "5.1.2e"),
    ("32", "N279-032", "Statenmededeling (reeds openbaar)", "24-06-2025", "openbaar", "-"),
    ("33", "N279-033", "E-mailwisseling informatieavond Beek en Donk", "12-06-2025", "deels openbaar", "5.1.2e"),
    ("34", "N279-034", "E-mail bewoner en antwoord", "19-06-2025", "deels openbaar", "5.1.2e"),
]
inv_lines = ["# Bijlage 1 - Inventarislijst", "Woo-verzoek N279 Veghel-Asten | zaaknummer Z-2026-004412 | "
             "besluit van 27 november 2026", "", "TW:28,62,170,62,78,60,60",
             "TB:Nr.|Document-ID|Omschrijving|Datum|Beoordeling|Grond|Opmerking"]
for i, row in enumerate(INV):
    rem = "reeds openbaar" if row[0] == "32" else ("familie 4" if row[0] == "9" else "")
    inv_lines.append("T:" + "|".join(row) + "|" + rem)
    if i == 17:
        inv_lines += [">>", "TW:28,62,170,62,78,60,60",
                      "TB:Nr.|Document-ID|Omschrijving|Datum|Beoordeling|Grond|Opmerking"]
inv_lines += ["", "Legenda: 5.1.2e = eerbiediging van de persoonlijke levenssfeer (artikel 5.1, tweede lid, "
              "onder e, Woo). Document 9 is een bijlage bij document 4. Document 32 is gepubliceerd "
              "als Statenmededeling en wordt niet opnieuw beoordeeld."]
DOCS["cj02"] = dict(font="helv", size=9.5, creator="Microsoft Excel", title="Inventarislijst Z-2026-004412",
                    lines=inv_lines)

# ----------------------------------------------------------------------------- 03 Outlook NL, Oorspronkelijk bericht
DOCS["cj03"] = dict(font="carlito", size=10.5, lines=outlook("Jansen, P. (Pieter) (PNB)", [
    ("Van:", "Jansen, P. (Pieter) (PNB)"),
    ("Verzonden:", "dinsdag 14 januari 2025 16:42"),
    ("Aan:", "Van Boxtel, Marieke; Hermens, B.J.M. (Bart); Verhoeven-\nSmits, Anouk"),
    ("CC:", "Broek, Joost van den; N279@brabant.nl"),
    ("Onderwerp:", "RE: planning bestuurlijk overleg N279 februari"),
], [
    "Hoi Marieke,",
    "",
    "Dank voor de snelle reactie. Dinsdag 11 februari van 14.00 tot 16.00 uur in het provinciehuis past voor "
    "gedeputeerde Van der Maat en voor burgemeester Blanksma-van den Heuvel. Kun jij de zaal reserveren en de "
    "uitnodiging namens de gedeputeerde versturen? Bart sluit aan als ambtelijk opdrachtgever, Anouk neemt "
    "de omgevingsparagraaf voor haar rekening.",
    "",
    "Voor de voorbespreking met de gedeputeerde stel ik maandag 3 februari voor. Graag ook wethouder Stienen "
    "(Helmond) en wethouder Briels (Laarbeek) uitnodigen; Meierijstad laat zich vertegenwoordigen door "
    "wethouder Van der Pas.",
], SIG_PJ + ["", "-----Oorspronkelijk bericht-----",
             "Van: Van Boxtel, Marieke <mvboxtel@brabant.nl>",
             "Verzonden: dinsdag 14 januari 2025 15:10",
             "Aan: Jansen, Pieter <p.jansen@brabant.nl>",
             "Onderwerp: planning bestuurlijk overleg N279 februari",
             "",
             "Hallo Pieter,",
             "",
             "Gedeputeerde Van der Maat heeft in februari nog ruimte op 11 en 18 februari in de middag. Laat je "
             "weten welke datum past voor de gemeenten? Ik houd beide opties vast in de agenda.",
             "",
             "Met vriendelijke groet,",
             "Marieke van Boxtel",
             "Secretariaat gedeputeerde C. van der Maat (Mobiliteit en Financien)",
             "Provincie Noord-Brabant",
             "T 073-6812377 | E mvboxtel@brabant.nl",
             "Bereikbaar op maandag, dinsdag en donderdag"]))

# ----------------------------------------------------------------------------- 04 Outlook English headers
DOCS["cj04"] = dict(font="libsans", size=10, author="Jansen, P. (Pieter) (PNB)", lines=outlook(
    "Jansen, P. (Pieter) (PNB)", [
        ("From:", "Geert Lodewijks <geert.lodewijks@witteveenbos.com>"),
        ("Sent:", "Tuesday, January 21, 2025 9:18 AM"),
        ("To:", "Jansen, P. (Pieter) (PNB) <p.jansen@brabant.nl>"),
        ("Cc:", "Nadia El Amrani <nadia.elamrani@witteveenbos.com>; Rovers, Thijs\n<trovers@brabant.nl>"),
        ("Subject:", "Variantenstudie aansluiting Beek en Donk - concept memo"),
        ("Attachments:", "20250120 Memo varianten aansluiting Beek en Donk v0.3.pdf"),
    ], [
        "Beste Pieter,",
        "",
        "Bijgaand het conceptmemo met de drie varianten voor de aansluiting Beek en Donk (N279 x Beekse "
        "Dijk / N615). Nadia heeft de verkeersmodellering gedaan met het Verkeersmodel Brabant (BBMA 2030). "
        "Variant 2 (ongelijkvloers, met turborotonde aan de oostzijde) scoort het best op doorstroming en "
        "verkeersveiligheid, maar vraagt circa 1,4 ha extra grond van agrarische percelen langs de Zuid-"
        "Willemsvaart.",
        "",
        "Wij horen graag voor 31 januari of de provincie akkoord is met de uitgangspunten, zodat wij de "
        "kostenraming (SSK) kunnen afronden. Thijs, jouw opmerkingen over de planeconomische uitgangspunten "
        "hebben we in paragraaf 4 verwerkt.",
        "",
        "Met vriendelijke groet / Kind regards,",
        "",
        "ir. G. Lodewijks",
        "Senior projectleider Infrastructuur",
        "Witteveen+Bos | Leeuwenbrug 8 | Postbus 233 | 7400 AE Deventer",
        "M +31 6 1054 9921 | T +31 570 69 79 11",
        "www.witteveenbos.com",
    ], disc=False) + ["", DISC_EN])

# ----------------------------------------------------------------------------- 05 plain text quoting '>' (Courier)
DOCS["cj05"] = dict(font="courier", size=9, creator="Thunderbird", lines=[
    "Onderwerp: Re: Dierdonk - ongelijkvloerse kruising en fietstunnel",
    "Van: Anouk Verhoeven-Smits <averhoevensmits@brabant.nl>",
    "Datum: 4-3-2025 11:02",
    "Aan: Dennis Vrijsen <d.vrijsen@helmond.nl>",
    "CC: Pieter Jansen <p.jansen@brabant.nl>, Ruud Helmond <r.helmond@brabant.nl>",
    "",
    "Hoi Dennis,",
    "",
    "Ruud kijkt naar de juridische kant (Omgevingswet, projectbesluit). Ik bel je",
    "donderdag even over de planning van de informatieavond in wijkhuis Dierdonk.",
    "",
    "Groet, Anouk",
    "",
    "Op di 4 mrt. 2025 om 10:12 schreef Dennis Vrijsen <d.vrijsen@helmond.nl>:",
    "> Beste Anouk,",
    ">",
    "> Het college van de gemeente Helmond heeft gisteren ingestemd met de",
    "> voorkeursvariant voor de kruising Dierdonk, onder voorwaarde dat de",
    "> fietstunnel onder de N279 ter hoogte van de Pastoor Elsenstraat",
    "> in de eerste fase wordt aangelegd. Wethouder Stienen wil dit graag",
    "> in het bestuurlijk overleg van 18 maart bespreken met gedeputeerde",
    "> Van der Maat.",
    ">",
    "> Kun jij nagaan of dhr. Helmond (jullie jurist?) hierover al een",
    "> notitie heeft?",
    ">",
    "> Met vriendelijke groet,",
    ">",
    "> Dennis Vrijsen",
    "> Projectleider Ruimte en Mobiliteit | Gemeente Helmond",
    "> T 0492-587412 | Algemeen 14 0492",
    "> Weverijplein 1, 5701 AE Helmond",
    ">",
    ">> Op 3 mrt. 2025, om 17:40 heeft Ruud Helmond <r.helmond@brabant.nl>",
    ">> het volgende geschreven:",
    ">> Dennis, de notitie over het projectbesluit volgt deze week. Ruud",
    "",
    "-- ",
    "Anouk Verhoeven-Smits | omgevingsmanager N279 | Provincie Noord-Brabant",
    "06-29841177",
])

# ----------------------------------------------------------------------------- 06 Outlook meeting invitation NL
DOCS["cj06"] = dict(font="carlito", size=10.5, lines=outlook("Verhoeven-Smits, Anouk", [
    ("Onderwerp:", "Ambtelijk vooroverleg N279 - aansluiting Beek en Donk"),
    ("Locatie:", "Provinciehuis 's-Hertogenbosch, zaal 3.17 / Microsoft Teams-vergadering"),
    ("Begin:", "di 28-1-2025 09:30"),
    ("Einde:", "di 28-1-2025 11:00"),
    ("Terugkeerpatroon:", "(geen)"),
    ("Status van\nvergadering:", "Geaccepteerd"),
    ("Organisator:", "Jansen, P. (Pieter) (PNB)"),
    ("Verplichte\ndeelnemers:", "Jansen, P. (Pieter) (PNB); Verhoeven-Smits, Anouk; Broek, Joost van den; "
     "Helmond, R.; Vrijsen, Dennis; Dijk-Raaijmakers, Ellen van; Pennings, Koen; Swinkels, Ilse"),
    ("Optionele\ndeelnemers:", "Lodewijks, Geert (Witteveen+Bos); Rovers, Thijs; N279@brabant.nl"),
], [
    "Beste allen,",
    "",
    "Voorafgaand aan het bestuurlijk overleg van 11 februari bespreken we ambtelijk de varianten voor de "
    "aansluiting Beek en Donk en de fasering van de werkzaamheden tussen Veghel en Asten.",
    "",
    "Agenda:",
    "1. Memo Witteveen+Bos varianten (Geert)",
    "2. Grondverwerving en gesprekken met ZLTO (Joost)",
    "3. Omgevingsmanagement en klachten (Anouk)",
    "4. Juridisch spoor projectbesluit Omgevingswet (Ruud)",
    "5. Rondvraag",
    "",
    "________________________________________________________________________________",
    "Microsoft Teams-vergadering",
    "Deelnemen op uw computer, via een mobiele app of een ruimteapparaat",
    "Vergaderings-ID: 348 112 907 615  Wachtwoordcode: Qm7Xe2",
    "Inbellen via telefoon: +31 20 708 5109 (Nederland, Amsterdam) Telefonische vergadering-id: 861 442 913#",
], sig=None, disc=False))

# ----------------------------------------------------------------------------- 07 Teams chat export
DOCS["cj07"] = dict(font="dejavu", size=9.5, creator="Microsoft Teams", lines=[
    "# Chat: Projectteam N279 Veghel-Asten",
    "Geexporteerd op 15-09-2026 door woo@brabant.nl (eDiscovery-export), periode 05-02-2025",
    "",
    "** Jansen, P. (Pieter) (PNB)  05-02-2025 08:51",
    "Morgen iemand mee naar de keukentafel bij Van Gerwen in Erp? Hij wil alleen praten als er iemand van "
    "grondzaken bij is.",
    "** Broek, Joost van den  05-02-2025 08:57",
    "Ik ga mee. Wel eerst de taxatie van het Kadaster erbij pakken.",
    "** VERHOEVEN-SMITS, ANOUK  05-02-2025 09:03",
    "Let op: mevrouw Verbakel uit Lieshout heeft weer gebeld over geluid en trillingen. Ze heeft een formele "
    "klacht ingediend via info@brabant.nl. Ik pak dat op met Sanne van communicatie.",
    "** Wouters, Sanne  05-02-2025 09:10",
    "Prima. Ik maak een Q&A voor de informatieavond in Beek en Donk. Ruud, kun jij de passage over het "
    "projectbesluit checken?",
    "** Helmond, Ruud  05-02-2025 09:26",
    "Doe ik vanmiddag. Bel me anders even op 06-53104478, ik zit in Tilburg.",
    "** Jansen, P. (Pieter) (PNB)  05-02-2025 09:31",
    "Top. Joost, jij regelt de auto? Gedeputeerde Van der Wal wil ook graag een keer mee naar de boeren langs "
    "de N279, dat loopt via Marieke.",
    "** Broek, Joost van den  05-02-2025 09:33",
    "Yes, dienstauto staat op mijn naam. 8.15 uur bij de Brabantlaan.",
])

# ----------------------------------------------------------------------------- 10 ZLTO letter (scan, signed)
ZLTO = [
    "** ZLTO",
    "Zuidelijke Land- en Tuinbouworganisatie",
    "Onderwijsboulevard 225, 5223 DE 's-Hertogenbosch",
    "",
    "Gedeputeerde Staten van Noord-Brabant",
    "t.a.v. gedeputeerde Van der Wal",
    "Postbus 90151",
    "5200 MC 's-Hertogenbosch",
    "",
    "'s-Hertogenbosch, 17 februari 2025",
    "Betreft: N279 Veghel-Asten, grondverwerving Erp en Beek en Donk",
    "",
    "Geachte gedeputeerde,",
    "",
    "Namens de ZLTO-afdeling Laarbeek-Meierijstad vragen wij uw aandacht",
    "voor de agrarische ondernemers langs de N279. De voorkeursvariant",
    "voor de aansluiting Beek en Donk kost bij drie bedrijven grond die",
    "nodig is voor de mestplaatsing en de vergunde rechten.",
    "",
    "Wij vragen u om een gesprek met de betrokken ondernemers en om",
    "ruilgrond via de Brabantse Ontwikkelings Maatschappij (BOM).",
    "Contactpersoon is Wim van Lieshout, 06 5120 8844.",
    "",
    "Met vriendelijke groet,",
    "",
    "@SIG H. Spierings",
    "Harrie Spierings",
    "voorzitter ZLTO afdeling Laarbeek-Meierijstad",
]

# ----------------------------------------------------------------------------- 11 complaint citizen
DOCS["cj11"] = dict(font="times", size=11, creator="Microsoft Word", author="Annelies Verbakel", lines=[
    "A.M. Verbakel",
    "Heuvelakker 23",
    "5737 RH Lieshout",
    "tel. 0499 42 18 63",
    "annelies.verbakel@ziggo.nl",
    "",
    "Provincie Noord-Brabant",
    "t.a.v. Gedeputeerde Staten",
    "Postbus 90151",
    "5200 MC 's-Hertogenbosch",
    "",
    "Lieshout, 24 februari 2025",
    "",
    "Onderwerp: klacht over geluid en trillingen N279 en de communicatie daarover",
    "",
    "Geachte gedeputeerde Van der Maat,",
    "",
    "Sinds oktober 2024 wordt er gewerkt aan de N279 tussen de Beekse Brug en Mariahout. Ons huis staat "
    "op ongeveer 80 meter van de weg. 's Nachts rijden er vrachtwagens van de aannemer over de Heuvelakker "
    "en het huis trilt zo erg dat er een scheur in de keukenmuur is gekomen. Mijn man ligt na een hartoperatie "
    "veel op bed en kan door het lawaai niet slapen; de huisarts heeft dat ook bevestigd.",
    "",
    "Ik heb drie keer gebeld met de omgevingsmanager, mevrouw Verhoeven, en één keer met een medewerker "
    "die zich voorstelde als Sanne. Er is beloofd dat er een trillingsmeter zou worden geplaatst, maar er is "
    "niets gebeurd. Ook de gemeente Laarbeek verwijst mij door naar de provincie.",
    "",
    "Ik verzoek u:",
    "1. een bouwkundige opname van onze woning te laten maken;",
    "2. het werkverkeer niet meer over de Heuvelakker te laten rijden;",
    "3. mij schriftelijk te laten weten wie mijn aanspreekpunt is.",
    "",
    "Een kopie van deze brief stuur ik aan burgemeester Van der Meijden van Laarbeek en aan Statenlid "
    "Wittebrood (GroenLinks-PvdA), die de N279 in de commissie Mobiliteit heeft besproken.",
    "",
    "Hoogachtend,",
    "",
    "Annelies Verbakel",
    ">>",
    "Bijlage bij de klacht van mevrouw Verbakel: overzicht van meldingen",
    "",
    "TW:70,80,330",
    "TB:Datum|Tijd|Melding",
    "T:12-11-2024|23.40 uur|Vrachtwagens over de Heuvelakker, trillingen in de woonkamer",
    "T:03-12-2024|02.15 uur|Heistelling zonder aankondiging; gebeld met omgevingsmanager",
    "T:14-01-2025|05.50 uur|Zand op de weg, fietser gevallen bij de Heuvelakker",
    "T:19-02-2025|22.30 uur|Scheur in keukenmuur ontdekt, foto's gemaakt",
    "",
    "Ik heb deze meldingen ook gedaan via het meldpunt van de aannemer (0800 0279 000) en via "
    "info@n279veghelasten.nl. Ik heb tot nu toe geen antwoord ontvangen.",
    "",
    "A.M. Verbakel",
])

# ----------------------------------------------------------------------------- 13 secretary of gedeputeerde
DOCS["cj13"] = dict(font="carlito", size=10.5, lines=outlook("Boxtel, Marieke van", [
    ("Van:", "Boxtel, Marieke van"),
    ("Verzonden:", "maandag 3 maart 2025 10:05"),
    ("Aan:", "Jansen, P. (Pieter) (PNB); 'Vrijsen, Dennis'; 'e.vandijk@laarbeek.nl';\n"
     "'koen.pennings@meierijstad.nl'; 'i.swinkels@asten.nl'"),
    ("CC:", "Secretariaat GS; Hermens, Bart"),
    ("Onderwerp:", "Bestuurlijk overleg N279 18 maart - bevestiging en locatie"),
], [
    "Beste allen,",
    "",
    "Hierbij bevestig ik namens gedeputeerde Van der Maat het bestuurlijk overleg N279 op dinsdag 18 maart "
    "2025 van 13.30 tot 15.30 uur. Vanwege een verbouwing in het provinciehuis vindt het overleg plaats in "
    "het gemeentehuis van Laarbeek, Koppelstraat 2 in Beek en Donk. Burgemeester Van der Meijden heeft de "
    "raadzaal beschikbaar gesteld.",
    "",
    "Aanwezig namens de gemeenten: burgemeester Blanksma-van den Heuvel en wethouder Stienen (Helmond), "
    "wethouder Briels (Laarbeek), wethouder Van der Pas (Meierijstad) en burgemeester Van der Loo (Asten). "
    "Gedeputeerde Van der Wal sluit aan voor het onderdeel grondverwerving en landbouw.",
    "",
    "Parkeren kan op het plein achter het gemeentehuis. Voor vragen kunt u mij bereiken op 073 681 23 77 "
    "of via het secretariaat GS (secretariaatgs@brabant.nl).",
], ["Met vriendelijke groet,", "", "Marieke van Boxtel", "Managementondersteuner | Secretariaat gedeputeerde "
    "Van der Maat", PNB, "T 073 681 23 77 | mvboxtel@brabant.nl"]))

# ----------------------------------------------------------------------------- 14 ZLTO mail, capitals
DOCS["cj14"] = dict(font="libsans", size=10, lines=outlook("Broek, Joost van den", [
    ("Van:", "WIM VAN LIESHOUT <wim.vanlieshout@zlto.nl>"),
    ("Verzonden:", "donderdag 6 maart 2025 07:48"),
    ("Aan:", "Broek, Joost van den <jvdbroek@brabant.nl>"),
    ("CC:", "Harrie Spierings; belangenbehartiging@zlto.nl"),
    ("Onderwerp:", "N279 - keukentafelgesprekken Erp en Beek en Donk"),
], [
    "Goedemorgen Joost,",
    "",
    "Zoals besproken met Harrie: de drie ondernemers langs de Leinserondweg en de Beekse Dijk willen graag "
    "een gesprek met de provincie, maar wel met iemand van de ZLTO erbij. Van Gerwen heeft aangegeven dat "
    "hij pas wil praten als er duidelijkheid is over ruilgrond.",
    "",
    "Kan de provincie ook iets zeggen over de stikstofruimte (Natura 2000 Peel en Maasvallei / "
    "Deurnsche Peel & Mariapeel)? Veel leden zijn bang dat de weg ten koste gaat van hun eigen "
    "vergunningsruimte.",
    "",
    "Groet,",
    "",
    "WIM VAN LIESHOUT",
    "Belangenbehartiger regio Oost-Brabant | ZLTO",
    "06-51208844",
    "www.zlto.nl",
], disc=False) + ["", "De informatie in dit bericht is vertrouwelijk. ZLTO, 's-Hertogenbosch."])

# ----------------------------------------------------------------------------- 15 Rijkswaterstaat
DOCS["cj15"] = dict(font="carlito", size=10.5, lines=outlook("Jansen, P. (Pieter) (PNB)", [
    ("Van:", "Kamphuis, Jeroen (RWS-ZN) <jeroen.kamphuis@rws.nl>"),
    ("Verzonden:", "maandag 10 maart 2025 14:22"),
    ("Aan:", "Jansen, P. (Pieter) (PNB)"),
    ("CC:", "Verhoeven-Smits, Anouk"),
    ("Onderwerp:", "RE: aansluiting N279 op A67 Asten en A50 Veghel - verkeersmanagement"),
], [
    "Pieter,",
    "",
    "Rijkswaterstaat Zuid-Nederland gaat akkoord met de voorgestelde omleiding via de A67 en A2 tijdens "
    "de afsluiting van de N279 bij Asten in week 38 tot en met 40. Voorwaarde is dat de verkeerscentrale "
    "Zuid-Nederland (VCZN) twee weken vooraf de scenario's ontvangt. Voor de aansluiting Veghel (A50) "
    "geldt dat er geen werkzaamheden mogen samenvallen met het onderhoud aan de Maasbrug bij Ravenstein.",
    "",
    "Ik stem dit ook af met onze collega's van Verkeer- en Watermanagement. Bel gerust als er vragen zijn.",
    "",
    "Met vriendelijke groet,",
    "",
    "Jeroen Kamphuis",
    "Omgevingsmanager | Rijkswaterstaat Zuid-Nederland",
    "Ministerie van Infrastructuur en Waterstaat",
    "Mobiel: 06 - 51 88 30 47",
    "Algemeen nummer Rijkswaterstaat: 0800-8002",
    "",
    "Van: Jansen, P. (Pieter) (PNB) <p.jansen@brabant.nl>",
    "Verzonden: vrijdag 7 maart 2025 17:03",
    "Aan: Kamphuis, Jeroen (RWS-ZN) <jeroen.kamphuis@rws.nl>",
    "Onderwerp: aansluiting N279 op A67 Asten en A50 Veghel - verkeersmanagement",
    "",
    "Hoi Jeroen, zie bijgaand de fasering. Kunnen jullie leven met de omleiding via de A67? "
    "Groet, Pieter (06-41238790)",
], disc=False) + ["", "Dit bericht kan informatie bevatten die niet voor u is bestemd. Rijkswaterstaat."])

# ----------------------------------------------------------------------------- 16 Statenvragen
DOCS["cj16"] = dict(font="carlito", size=10.5, lines=outlook("Rovers, Thijs", [
    ("Van:", "Hermens, B.J.M. (Bart) (PNB)"),
    ("Verzonden:", "donderdag 13 maart 2025 18:11"),
    ("Aan:", "Rovers, Thijs; Jansen, P. (Pieter) (PNB); Wouters, Sanne"),
    ("Onderwerp:", "Statenvragen Koolen (BBB) en Wittebrood (GroenLinks-PvdA) over N279 - conceptantwoorden"),
    ("Urgentie:", "Hoog"),
], [
    "Collega's,",
    "",
    "Statenlid Koolen (BBB) heeft vragen gesteld over de gevolgen van de N279 voor agrarische bedrijven in "
    "Erp en Boerdonk, Statenlid Wittebrood (GroenLinks-PvdA) over de fietsveiligheid bij Dierdonk. De "
    "antwoorden moeten binnen drie weken naar Provinciale Staten; gedeputeerde Van der Maat wil het concept "
    "uiterlijk 20 maart zien.",
    "",
    "Verdeling:",
    "- vragen 1 t/m 4 (grond, stikstof): Thijs, met input van Femke Aarts (natuur);",
    "- vragen 5 t/m 7 (fietsoversteek Dierdonk): Pieter;",
    "- communicatie en persbericht: Sanne.",
    "",
    "Let op: de kosten (raming 2025: EUR 128 mln, Statenbesluit 12/23 B) niet anders presenteren dan in de "
    "Statenmededeling van december. Bij twijfel bellen: 06 2200 7315.",
    "",
    "Bart",
    "",
    "Bart Hermens",
    "Programmadirecteur Mobiliteit | Provincie Noord-Brabant",
    "+31 (0)6 2200 7315",
]))

# ----------------------------------------------------------------------------- 17 CdK werkbezoek
DOCS["cj17"] = dict(font="libsans", size=10, lines=outlook("Wouters, Sanne", [
    ("Van:", "Wouters, Sanne"),
    ("Verzonden:", "dinsdag 18 maart 2025 12:30"),
    ("Aan:", "Jansen, P. (Pieter) (PNB); Verhoeven-Smits, Anouk; kabinetcdk@brabant.nl"),
    ("Onderwerp:", "Werkbezoek commissaris van de Koning aan de N279 - draaiboek"),
], [
    "Hoi Pieter en Anouk,",
    "",
    "Commissaris van de Koning Ina Adema brengt op vrijdag 4 april een werkbezoek aan de N279. Het kabinet "
    "van de CdK vraagt om een draaiboek. Mijn voorstel:",
    "",
    "10.00 uur ontvangst bij de bouwkeet van de aannemer aan de Beekse Dijk (Beek en Donk)",
    "10.15 uur toelichting door gedeputeerde Van der Maat en de projectmanager",
    "10.45 uur rondrit langs de fietstunnel Dierdonk met burgemeester Blanksma-van den Heuvel",
    "11.30 uur gesprek met omwonenden en ondernemers in De Koppel (Laarbeek)",
    "12.15 uur einde",
    "",
    "Pers: Omroep Brabant en het Eindhovens Dagblad worden uitgenodigd. De woordvoering loopt via de "
    "persdienst (pers@brabant.nl). Pieter, wil jij de toelichting met de gedeputeerde voorbereiden? Anouk, "
    "kun jij twee omwonenden vragen (niet mevrouw Verbakel, die procedure loopt nog)?",
    "",
    "Dank! Sanne",
    "",
    "Sanne Wouters",
    "Communicatieadviseur Mobiliteit",
    "Provincie Noord-Brabant",
    "06 19 27 55 03",
]))

# ----------------------------------------------------------------------------- 18 English meeting invitation
DOCS["cj18"] = dict(font="libsans", size=10, lines=outlook("Lodewijks, Geert", [
    ("Subject:", "Review SSK-raming N279 Beek en Donk"),
    ("Location:", "Witteveen+Bos, Van Twickelostraat 2, Deventer / Microsoft Teams"),
    ("Start:", "Thu 3/20/2025 1:00 PM"),
    ("End:", "Thu 3/20/2025 3:00 PM"),
    ("Show Time As:", "Tentative"),
    ("Recurrence:", "(none)"),
    ("Meeting Status:", "Not yet responded"),
    ("Organizer:", "Lodewijks, Geert"),
    ("Required\nAttendees:", "Jansen, P. (Pieter) (PNB); Rovers, Thijs; El Amrani, Nadia; "
     "Broek, Joost van den"),
    ("Optional\nAttendees:", "Hermens, B.J.M. (Bart) (PNB)"),
], [
    "Agenda:",
    "- toelichting kostenraming volgens SSK-systematiek (Nadia)",
    "- risicoreservering en onvoorzien (Geert / Thijs)",
    "- vastgoedkosten grondverwerving (Joost)",
    "",
    "Join Microsoft Teams Meeting",
    "Meeting ID: 371 904 225 118  Passcode: 8kT2sQ",
    "+31 20 708 5109 Netherlands, Amsterdam (Toll)",
], disc=False) + ["", DISC_EN])

# ----------------------------------------------------------------------------- 19 Laarbeek
DOCS["cj19"] = dict(font="carlito", size=10.5, lines=outlook("Jansen, P. (Pieter) (PNB)", [
    ("Van:", "Bekkers, Marloes <m.bekkers@laarbeek.nl>"),
    ("Verzonden:", "dinsdag 25 maart 2025 09:14"),
    ("Aan:", "Jansen, P. (Pieter) (PNB)"),
    ("CC:", "Dijk-Raaijmakers, Ellen van <e.vandijk@laarbeek.nl>; info@laarbeek.nl"),
    ("Onderwerp:", "Reactie burgemeester Van der Meijden op verslag BO N279 18 maart"),
], [
    "Geachte heer Jansen,",
    "",
    "Burgemeester Van der Meijden heeft het conceptverslag van het bestuurlijk overleg van 18 maart gelezen "
    "en vraagt om twee aanvullingen. Ten eerste is afgesproken dat de provincie de kosten van de "
    "fietsverbinding langs de Lieshoutseweg voor 60 procent draagt. Ten tweede heeft wethouder Briels "
    "aangegeven dat de gemeenteraad van Laarbeek op 10 april een besluit neemt over de bijdrage.",
    "",
    "Ellen van Dijk-Raaijmakers stuurt u de raadsinformatiebrief nog toe. Bij vragen kunt u contact opnemen "
    "met mij of met Ellen (06 4801 2236).",
    "",
    "Met vriendelijke groet,",
    "",
    "Marloes Bekkers",
    "Bestuursadviseur burgemeester en wethouders",
    "Gemeente Laarbeek | Koppelstraat 2 | 5741 GB Beek en Donk",
    "T 0492 469 700 (algemeen)",
], disc=False))

# ----------------------------------------------------------------------------- 20 annotation probe
DOCS["cj20"] = dict(font="carlito", size=10.5,
                    annots=[("Bellen met Ilse Swinkels (06 1827 3645) over de omleiding via Someren", (480, 700))],
                    lines=outlook("Verhoeven-Smits, Anouk", [
    ("Van:", "Gemeente Asten <gemeente@asten.nl>"),
    ("Verzonden:", "donderdag 27 maart 2025 15:37"),
    ("Aan:", "Verhoeven-Smits, Anouk"),
    ("Onderwerp:", "Omleidingsroutes N279 tijdens afsluiting Asten-Ommel"),
], [
    "Geachte mevrouw Verhoeven-Smits,",
    "",
    "Het college van burgemeester en wethouders van Asten heeft kennisgenomen van de voorgestelde "
    "omleidingsroutes tijdens de afsluiting van de N279 tussen Asten en Ommel. Burgemeester Van der Loo "
    "vraagt de provincie om het vrachtverkeer niet door de kern van Asten (Emmastraat, Prins Bernhardstraat) "
    "te leiden, maar via de A67 en de N266.",
    "",
    "Wij verzoeken u de aangepaste omleidingsroute voor 15 april aan ons voor te leggen.",
    "",
    "Met vriendelijke groet,",
    "",
    "Team Openbare Ruimte",
    "Gemeente Asten | Prins Bernhardstraat 1 | 5721 GG Asten",
    "T 0493 671 212",
], disc=False))

# ----------------------------------------------------------------------------- 21 routing form (form field)
DOCS["cj21"] = dict(font="helv", size=10, creator="Provincie Noord-Brabant - Corsa",
                    fields=[("behandelaar", "Femke Aarts", (152, 689, 200)),
                            ("paraaf_teamleider", "akkoord Rutger Mollema 2-4", (152, 676, 200))],
                    lines=[
    "# Routeringsformulier GS-voorstel",
    "Provincie Noord-Brabant | Directie Mobiliteit en Infrastructuur",
    "",
    "H:Zaaknummer|Z-2025-001187",
    "H:Documentnummer|C2553011/5534420",
    "H:Onderwerp|Vaststelling ontwerp-projectbesluit N279 Veghel-Asten, deel Zuid",
    "H:Portefeuillehouder|gedeputeerde Van der Maat",
    "H:Behandelaar|",
    "H:Paraaf teamleider|",
    "",
    "",
    "TW:150,120,110,100",
    "TB:Functie|Naam|Paraaf|Datum",
    "T:Projectmanager|P. Jansen|PJ|01-04-2025",
    "T:Jurist|R. Helmond|RH-jur|01-04-2025",
    "T:Programmadirecteur|B.J.M. Hermens|BH|02-04-2025",
    "T:Concerncontrol|-|n.v.t.|-",
    "",
    "Besluitvorming: GS-vergadering 8 april 2025; daarna ter inzage volgens de Omgevingswet "
    "(afdeling 3.4 Awb). Informeren Provinciale Staten via Statenmededeling.",
    "",
    "Let op: behandelaar en paraaf teamleider zijn ingevuld in het digitale formulier.",
])

# ----------------------------------------------------------------------------- 22 outline probe
DOCS["cj22"] = dict(font="carlito", size=10.5, outline="Reactie Henk van Gerwen via Joost - 3 april",
                    lines=outlook("Broek, Joost van den", [
    ("Van:", "Broek, Joost van den"),
    ("Verzonden:", "donderdag 3 april 2025 16:55"),
    ("Aan:", "Jansen, P. (Pieter) (PNB); Aarts, Femke"),
    ("Onderwerp:", "Keukentafelgesprek grondeigenaar Erp (perceel ERP00 K 1744)"),
], [
    "Pieter, Femke,",
    "",
    "Vanochtend met Wim van Lieshout (ZLTO) bij de grondeigenaar aan de Leinserondweg geweest. Hij is "
    "bereid om 0,6 ha te verkopen als er ruilgrond in de buurt van Boerdonk beschikbaar komt. Zijn zoon "
    "Gijs neemt het bedrijf over en wil uitbreiden; zonder ruilgrond gaat hij naar de rechter.",
    "",
    "Kadastraal perceel Erp K 1744 (deels). Taxatie Kadaster volgt. Femke, kun jij nagaan of de "
    "stikstofdepositie van de weg op de Natura 2000-gebieden met deze ruil anders uitpakt?",
    "",
    "Gr. JvdB",
], disc=False))

# ----------------------------------------------------------------------------- 23 AERIUS
DOCS["cj23"] = dict(font="carlito", size=10.5, lines=outlook("Aarts, Femke", [
    ("Van:", "Aarts, Femke"),
    ("Verzonden:", "dinsdag 8 april 2025 11:20"),
    ("Aan:", "Broek, Joost van den; Rovers, Thijs"),
    ("CC:", "Jansen, P. (Pieter) (PNB); omgevingsdienst@odzob.nl"),
    ("Onderwerp:", "RE: stikstofberekening AERIUS Calculator N279 - ruilgrond Boerdonk"),
], [
    "Joost, Thijs,",
    "",
    "Ik heb de AERIUS-berekening (AERIUS Calculator 2024) opnieuw laten draaien door de Omgevingsdienst "
    "Zuidoost-Brabant (ODZOB). Met de ruil van 0,6 ha bij Boerdonk blijft de depositie op de Deurnsche "
    "Peel & Mariapeel en de Strabrechtse Heide onder de 0,005 mol/ha/jaar. Er is dus geen "
    "natuurvergunning op grond van de Omgevingswet nodig voor dit onderdeel.",
    "",
    "Wel blijft de afspraak uit het Gebiedsprogramma Peel en het Brabants Programma Landelijk Gebied "
    "staan dat wij de ondernemers met voorrang helpen via de Subsidieregeling Vitale Landbouw.",
    "",
    "Groet, Femke",
    "",
    "Femke Aarts | Beleidsmedewerker natuur en stikstof",
    "Provincie Noord-Brabant",
    "faarts@brabant.nl",
    "",
    "From: Rovers, Thijs <trovers@brabant.nl>",
    "Sent: Monday, April 7, 2025 4:10 PM",
    "To: Aarts, Femke <faarts@brabant.nl>",
    "Subject: stikstofberekening AERIUS Calculator N279",
    "",
    "Femke, heb jij de laatste AERIUS-run al? Ik heb hem nodig voor de kostenraming. Thijs, 06 3877 1290",
]))

# ----------------------------------------------------------------------------- 24 contractor
DOCS["cj24"] = dict(font="libsans", size=10, lines=outlook("Jansen, P. (Pieter) (PNB)", [
    ("From:", "Ruijter, Marco de <marco.deruijter@bam.com>"),
    ("Sent:", "Tuesday, April 15, 2025 7:12 AM"),
    ("To:", "Jansen, P. (Pieter) (PNB); Verhoeven-Smits, Anouk"),
    ("Subject:", "N279 Veghel-Asten perceel 3 - planning nachtwerk week 17 en 18"),
], [
    "Goedemorgen Pieter en Anouk,",
    "",
    "In week 17 en 18 werkt BAM Infra Nederland 's nachts aan de fietstunnel Dierdonk (heiwerk en "
    "storten van de tunnelbak). Wij hebben een ontheffing van de gemeente Helmond voor nachtwerk. De "
    "omwonenden aan de Dierdonklaan en de Pastoor Elsenstraat krijgen deze week een brief.",
    "",
    "Het werkverkeer rijdt niet meer via de Heuvelakker in Lieshout; de nieuwe route gaat via de N615.",
    "",
    "Bij vragen kunnen bewoners bellen met het gratis omgevingsnummer 0800 0279 000 of mailen naar "
    "info@n279veghelasten.nl.",
    "",
    "Met vriendelijke groet,",
    "",
    "Marco de Ruijter",
    "Uitvoerder | BAM Infra Nederland",
    "Mobile +31 (0)6 46 02 19 85",
    "",
    "BAM Infra Nederland B.V., Runnenburg 9, 3981 AZ Bunnik. KvK 30023133. This e-mail is confidential.",
], disc=False))

# ----------------------------------------------------------------------------- 25 landowner mail (IBAN)
DOCS["cj25"] = dict(font="carlito", size=10.5, lines=outlook("Broek, Joost van den", [
    ("Van:", "Henk van Gerwen <henkvgerwen@hotmail.com>"),
    ("Verzonden:", "donderdag 17 april 2025 21:48"),
    ("Aan:", "jvdbroek@brabant.nl"),
    ("Onderwerp:", "grond N279"),
], [
    "Beste Joost,",
    "",
    "Zoals afgesproken stuur ik mijn gegevens voor de voorschotbetaling van de grond aan de Leinserondweg. "
    "Rekeningnummer NL76 RABO 0312 4588 70 ten name van H.J. van Gerwen. Mijn zoon Gijs is er bij de "
    "taxatie ook bij.",
    "",
    "Ik wil wel eerst op papier dat de ruilgrond bij Boerdonk er echt komt, anders teken ik niks. Dat heb "
    "ik ook tegen die mevrouw van de ZLTO gezegd en tegen Wim.",
    "",
    "Groeten Henk van Gerwen",
    "Leinserondweg 12",
    "5469 TJ Erp",
    "06 2377 4019",
    "",
    "Verzonden vanaf mijn iPhone",
], disc=False))

# ----------------------------------------------------------------------------- 26 phone note
DOCS["cj26"] = dict(font="times", size=11, creator="Microsoft Word", author="Verhoeven-Smits, Anouk", lines=[
    "# Gespreksnotitie",
    "",
    "H:Datum|22 april 2025, 10.30 uur",
    "H:Zaak|Z-2025-000931 (klacht N279 Lieshout)",
    "H:Gesprek met|mevrouw A.M. Verbakel (telefonisch, 0499-421863)",
    "H:Opgesteld door|A. Verhoeven (omgevingsmanager)",
    "",
    "Mevrouw Verbakel belt naar aanleiding van de brief van gedeputeerde Van der Maat. Zij is blij dat het "
    "werkverkeer niet meer over de Heuvelakker rijdt. De bouwkundige opname is op 17 april gedaan door "
    "Bureau Schadeonderzoek Zuid. Haar man is inmiddels opgenomen in het Elkerliek ziekenhuis in Helmond "
    "en zij vraagt om begrip als zij telefonisch minder bereikbaar is.",
    "",
    "Afspraken:",
    "- AVS stuurt het rapport van de bouwkundige opname door zodra het binnen is;",
    "- klacht wordt afgehandeld door de klachtencoordinator (klachten@brabant.nl) binnen de termijn "
    "van de Algemene wet bestuursrecht;",
    "- Sanne Wouters neemt mevrouw op in de bewonersbrief-lijst voor de Heuvelakker.",
])

# ----------------------------------------------------------------------------- 27 long thread (fietsoversteek)
DOCS["cj27"] = dict(font="carlito", size=10.5, lines=outlook("Jansen, P. (Pieter) (PNB)", [
    ("Van:", "Jansen, P. (Pieter) (PNB)"),
    ("Verzonden:", "dinsdag 6 mei 2025 08:12"),
    ("Aan:", "'Vrijsen, Dennis' <d.vrijsen@helmond.nl>"),
    ("CC:", "Verhoeven-Smits, Anouk; Helmond, R.; 'Lodewijks, Geert'"),
    ("Onderwerp:", "RE: RE: AW: fietsoversteek Dierdonk - ontwerp definitief"),
], [
    "Dennis,",
    "",
    "Akkoord met het definitieve ontwerp van de fietstunnel. Ruud heeft bevestigd dat het projectbesluit "
    "hierop kan worden aangepast zonder nieuwe terinzagelegging. Geert zorgt dat Witteveen+Bos de "
    "tekeningen voor 16 mei aanlevert.",
    "",
    "Groet, Pieter",
], ["Pieter Jansen | Projectmanager N279 | 06 41 23 87 90"], disc=False) + [
    "",
    "Van: Vrijsen, Dennis <d.vrijsen@helmond.nl>",
    "Verzonden: maandag 5 mei 2025 16:30",
    "Aan: Jansen, P. (Pieter) (PNB) <p.jansen@brabant.nl>",
    "CC: Verhoeven-Smits, Anouk <averhoevensmits@brabant.nl>",
    "Onderwerp: RE: AW: fietsoversteek Dierdonk - ontwerp definitief",
    "",
    "Hoi Pieter,",
    "",
    "Wethouder Stienen heeft het ontwerp besproken met de wijkraad Dierdonk en de Fietsersbond afdeling "
    "Helmond. Zij zijn positief, met één wens: verlichting conform de richtlijn van het CROW en een "
    "sociale-veiligheidstoets. Kan dat nog mee?",
    "",
    "Met vriendelijke groet,",
    "Dennis Vrijsen",
    "Gemeente Helmond",
    "",
    "Van: Lodewijks, Geert <geert.lodewijks@witteveenbos.com>",
    "Gesendet: Freitag, 2. Mai 2025 11:04",
    "An: Vrijsen, Dennis; Jansen, P. (Pieter) (PNB)",
    "Betreff: AW: fietsoversteek Dierdonk - ontwerp definitief",
    "",
    "Dennis, Pieter,",
    "",
    "(verstuurd vanaf mijn laptop met Duitse instellingen, excuus voor de koppen)",
    "Het definitieve ontwerp staat in de projectomgeving (Relatics, map N279/Ontwerp/Dierdonk). De breedte "
    "van de tunnel is 5,0 meter, de hellingen 1:30. Nadia heeft de verkeerstellingen van de Dierdonklaan "
    "verwerkt.",
    "",
    "Geert",
    "",
    "-----Original Message-----",
    "From: Verhoeven-Smits, Anouk <averhoevensmits@brabant.nl>",
    "Sent: Wednesday, April 30, 2025 2:45 PM",
    "To: Lodewijks, Geert <geert.lodewijks@witteveenbos.com>",
    "Subject: fietsoversteek Dierdonk - ontwerp definitief",
    "",
    "Geert, de wijkraad vraagt of de tunnel breder kan. Kun je het definitieve ontwerp delen met Dennis "
    "van de gemeente Helmond? Dank, Anouk (06 2984 1177)",
    "",
    DISC,
])

# ----------------------------------------------------------------------------- 28 GS-voorstel afstemming
DOCS["cj28"] = dict(font="libsans", size=10, lines=outlook("Helmond, Ruud", [
    ("Van:", "Helmond, Ruud"),
    ("Verzonden:", "dinsdag 13 mei 2025 13:02"),
    ("Aan:", "Jansen, P. (Pieter) (PNB); Hermens, Bart"),
    ("CC:", "Van Boxtel, Marieke"),
    ("Onderwerp:", "GS-voorstel N279 deel Zuid - juridische toets"),
], [
    "Pieter, Bart,",
    "",
    "Juridisch akkoord met het GS-voorstel (Z-2025-001187), met twee opmerkingen:",
    "1. De verwijzing naar de Tracéwet is niet juist; het projectbesluit valt onder de Omgevingswet "
    "(afdeling 5.2). Graag aanpassen in paragraaf 3.",
    "2. De zienswijze van ZLTO moet in de Nota van antwoord, niet alleen in het voorstel.",
    "",
    "Marieke: het voorstel kan daarna naar de gedeputeerde voor de GS-vergadering van 20 mei.",
    "",
    "Akkoord, R. Helmond",
    "",
    "Ruud Helmond",
    "Senior jurist omgevingsrecht | Provincie Noord-Brabant",
    "M 06 5310 4478",
]))

# ----------------------------------------------------------------------------- 29 out of office
DOCS["cj29"] = dict(font="carlito", size=10.5, lines=outlook("Wouters, Sanne", [
    ("Van:", "Hermens, B.J.M. (Bart) (PNB)"),
    ("Verzonden:", "dinsdag 20 mei 2025 09:00"),
    ("Aan:", "Wouters, Sanne"),
    ("Onderwerp:", "Automatisch antwoord: persbericht GS-besluit N279"),
], [
    "Dank voor je bericht. Ik ben tot en met 2 juni afwezig en heb beperkt toegang tot mijn e-mail.",
    "",
    "Voor zaken over de N279 kun je terecht bij Pieter Jansen (p.jansen@brabant.nl, 06-41238790). "
    "Voor bestuurlijke afspraken met gedeputeerde Van der Maat: Marieke van Boxtel (073-6812377). "
    "Voor de pers: pers@brabant.nl of 073 681 28 12.",
    "",
    "Bart Hermens",
], disc=False))

# ----------------------------------------------------------------------------- 30 agenda BO
DOCS["cj30"] = dict(font="libsans", size=10, creator="Microsoft Word", title="Agenda BO N279 3 juni 2025",
                    author="mvboxtel", lines=[
    "# Agenda bestuurlijk overleg N279 Veghel-Asten",
    "",
    "H:Datum|dinsdag 3 juni 2025, 14.00-16.00 uur",
    "H:Locatie|Provinciehuis, Brabantlaan 1, 's-Hertogenbosch, zaal Statenzaal-Oost",
    "H:Voorzitter|gedeputeerde Van der Maat",
    "H:Secretaris|P. Jansen (projectmanager)",
    "H:Verslag|M. van Boxtel",
    "",
    "** Genodigden",
    "Provincie Noord-Brabant: gedeputeerde C. van der Maat (Mobiliteit), gedeputeerde Z. van der Wal "
    "(Landbouw en Natuur); ambtelijk: B.J.M. Hermens, P. Jansen, A. Verhoeven, J. van den Broek.",
    "Gemeente Helmond: burgemeester E. Blanksma-van den Heuvel, wethouder Stienen; ambtelijk D. Vrijsen.",
    "Gemeente Laarbeek: burgemeester F. van der Meijden, wethouder Briels; ambtelijk E. van Dijk-Raaijmakers.",
    "Gemeente Meierijstad: wethouder Van der Pas; ambtelijk K. Pennings.",
    "Gemeente Asten: burgemeester H. van der Loo; ambtelijk I. Swinkels.",
    "Rijkswaterstaat Zuid-Nederland: J. Kamphuis (omgevingsmanager).",
    "",
    "** Agenda",
    "1. Opening en vaststelling verslag BO 18 maart 2025",
    "2. Stand van zaken uitvoering N279 Veghel-Asten (perceel 1 t/m 4)",
    "3. Ontwerp-projectbesluit deel Zuid, GS-besluit 20 mei 2025",
    "4. Grondverwerving en ruilgrond Boerdonk; brief ZLTO van 17 februari 2025",
    "5. Fietstunnel Dierdonk en fietsverbinding Lieshoutseweg (cofinanciering)",
    "6. Verkeersmanagement tijdens afsluiting Asten (week 38-40)",
    "7. Rondvraag en sluiting",
])

# ----------------------------------------------------------------------------- 31 bereikbaarheidslijst
DOCS["cj31"] = dict(font="helv", size=9.5, creator="Microsoft Excel", author="Broek, Joost van den", lines=[
    "# Bereikbaarheidslijst N279 afsluiting Asten-Ommel (week 38-40)",
    "Versie 10 juni 2025 | intern, niet verspreiden | zaak Z-2025-001802",
    "",
    "TW:130,120,110,120",
    "TB:Rol|Naam|Telefoon|E-mail",
    "T:Projectmanager provincie|Pieter Jansen|06 41 23 87 90|p.jansen@brabant.nl",
    "T:Omgevingsmanager|Anouk Verhoeven-Smits|06-29841177|averhoevensmits@brabant.nl",
    "T:Contractmanager|Joost van den Broek|073-6808462|jvdbroek@brabant.nl",
    "T:Uitvoerder BAM|Marco de Ruijter|06 46 02 19 85|marco.deruijter@bam.com",
    "T:Gemeente Asten|Ilse Swinkels|06 1827 3645|i.swinkels@asten.nl",
    "T:Gemeente Helmond|Dennis Vrijsen|0492 58 74 12|d.vrijsen@helmond.nl",
    "T:Rijkswaterstaat VCZN|Jeroen Kamphuis|06 51 88 30 47|jeroen.kamphuis@rws.nl",
    "T:Communicatie provincie|Sanne Wouters|06-19275503|swouters@brabant.nl",
    "T:Meldpunt omwonenden|-|0800 0279 000|info@n279veghelasten.nl",
    "T:Verkeerscentrale RWS|-|0800-8002|-",
    "T:Provincie algemeen|-|073 681 28 12|info@brabant.nl",
    "",
    "Calamiteiten buiten kantoortijd: Regionale Meldkamer Brabant Zuidoost via 112; piketdienst "
    "provincie via 073 681 28 12 (keuze 9).",
])

# ----------------------------------------------------------------------------- 32 Statenmededeling (public)
DOCS["cj32"] = dict(font="libserif", size=10.5, creator="Microsoft Word", title="Statenmededeling N279",
                    author="Provincie Noord-Brabant", lines=[
    "# Statenmededeling",
    "",
    "H:Onderwerp|Voortgang N279 Veghel-Asten en ontwerp-projectbesluit deel Zuid",
    "H:Datum|24 juni 2025",
    "H:Nummer|C2561004",
    "H:Portefeuillehouder|C. van der Maat",
    "",
    "Gedeputeerde Staten informeren Provinciale Staten over de voortgang van de reconstructie van de N279 "
    "tussen Veghel en Asten. Op 20 mei 2025 hebben Gedeputeerde Staten het ontwerp-projectbesluit voor het "
    "deel Zuid vastgesteld. Het ontwerp ligt van 2 juni tot en met 14 juli 2025 ter inzage.",
    "",
    "In het bestuurlijk overleg met de gemeenten Helmond, Laarbeek, Meierijstad en Asten zijn afspraken "
    "gemaakt over de fietstunnel Dierdonk en de fietsverbinding langs de Lieshoutseweg. Met ZLTO en de "
    "betrokken agrarische ondernemers wordt gesproken over ruilgrond bij Boerdonk, in samenhang met het "
    "Brabants Programma Landelijk Gebied.",
    "",
    "De raming bedraagt EUR 128 mln (prijspeil 2025) en blijft binnen het budget van het Statenbesluit 12/23 B. "
    "De Statenvragen van de Statenleden Koolen (BBB) en Wittebrood (GroenLinks-PvdA) zijn op 3 april 2025 "
    "beantwoord.",
    "",
    "Gedeputeerde Staten van Noord-Brabant,",
    "de voorzitter, I. Adema",
])

# ----------------------------------------------------------------------------- 33 informatieavond thread (2 pages)
DOCS["cj33"] = dict(font="carlito", size=10.5, lines=outlook("Wouters, Sanne", [
    ("Van:", "Wouters, Sanne"),
    ("Verzonden:", "donderdag 12 juni 2025 17:20"),
    ("Aan:", "Verhoeven-Smits, Anouk; Jansen, P. (Pieter) (PNB); 'Bekkers, Marloes'"),
    ("CC:", "pers@brabant.nl"),
    ("Onderwerp:", "RE: informatieavond Beek en Donk 26 juni - rolverdeling"),
], [
    "Hoi allemaal,",
    "",
    "Definitieve rolverdeling voor de informatieavond op donderdag 26 juni in cultureel centrum De Koppel "
    "in Beek en Donk (inloop 19.00 uur, presentatie 19.30 uur):",
    "",
    "- welkom: burgemeester Van der Meijden;",
    "- bestuurlijke toelichting: gedeputeerde Van der Maat;",
    "- ontwerp en planning: Pieter (met Geert van Witteveen+Bos op de achtergrond);",
    "- tafel grondverwerving: Joost;",
    "- tafel omgeving en schademeldingen: Anouk en een collega van BAM (Marco);",
    "- registratie en Q&A: ik.",
    "",
    "Marloes, kun jij bij de gemeente Laarbeek nagaan of de zaal tot 22.00 uur beschikbaar is?",
    "",
    "Groet, Sanne",
], ["Sanne Wouters | Communicatieadviseur Mobiliteit | Provincie Noord-Brabant | 06 19 27 55 03"], disc=False) + [
    "",
    "Op 11 jun. 2025 om 09:41 heeft Bekkers, Marloes <m.bekkers@laarbeek.nl> het volgende geschreven:",
    "",
    "> Hoi Sanne,",
    "> De burgemeester opent graag de avond. Wethouder Briels is die avond verhinderd. De zaal is",
    "> gereserveerd; de beheerder van De Koppel vraagt wie er de sleutel ophaalt.",
    "> Groet, Marloes (gemeente Laarbeek)",
    "",
    "-----Oorspronkelijk bericht-----",
    "Van: VERHOEVEN-SMITS, ANOUK <averhoevensmits@brabant.nl>",
    "Verzonden: dinsdag 10 juni 2025 13:05",
    "Aan: Wouters, Sanne <swouters@brabant.nl>",
    "CC: Jansen, Pieter <p.jansen@brabant.nl>; Broek, Joost van den\n<jvdbroek@brabant.nl>",
    "Onderwerp: informatieavond Beek en Donk 26 juni",
    "",
    "Sanne,",
    "",
    "Voor de informatieavond stel ik voor dat we de omwonenden van de Beekse Dijk, de Lieshoutseweg en de "
    "Dierdonklaan persoonlijk uitnodigen. De adreslijst staat in de projectmap (niet mailen!). Ik heb ook "
    "Henk van Gerwen en zijn zoon uitgenodigd voor een apart gesprek vooraf, op verzoek van Wim van Lieshout "
    "van ZLTO. Mevrouw Verbakel heeft laten weten dat zij niet komt.",
    "",
    "Pieter, wil jij de presentatie van het BO van 3 juni hergebruiken? Joost, neem jij de kaart met de "
    "grondposities mee (zonder namen van eigenaren)?",
    "",
    "Groet,",
    "Anouk",
    "",
    "Anouk Verhoeven-Smits | omgevingsmanager N279",
    "Provincie Noord-Brabant",
    "Mobiel: 06 2984 1177",
    "",
    DISC,
])

# ----------------------------------------------------------------------------- 34 citizen e-mail and answer
DOCS["cj34"] = dict(font="libsans", size=10, lines=outlook("N279@brabant.nl", [
    ("Van:", "N279 <N279@brabant.nl>"),
    ("Verzonden:", "donderdag 19 juni 2025 10:44"),
    ("Aan:", "'esther.donkers@gmail.com'"),
    ("Onderwerp:", "RE: geluidsscherm Lieshoutseweg"),
], [
    "Beste mevrouw Donkers,",
    "",
    "Dank voor uw e-mail. In het ontwerp-projectbesluit voor het deel Zuid is langs de Lieshoutseweg geen "
    "geluidsscherm opgenomen, omdat de geluidsbelasting op uw woning onder de grenswaarde van de Omgevingswet "
    "blijft (akoestisch onderzoek, bijlage 7). U kunt tot en met 14 juli 2025 een zienswijze indienen via "
    "www.brabant.nl/n279 of per post aan Gedeputeerde Staten, Postbus 90151, 5200 MC 's-Hertogenbosch.",
    "",
    "Met vriendelijke groet,",
    "",
    "Team N279 Veghel-Asten",
    "Provincie Noord-Brabant",
    "N279@brabant.nl | 073 681 28 12",
    "",
    "Van: Esther Donkers <esther.donkers@gmail.com>",
    "Verzonden: zondag 15 juni 2025 22:17",
    "Aan: N279@brabant.nl",
    "Onderwerp: geluidsscherm Lieshoutseweg",
    "",
    "Goedenavond,",
    "",
    "Wij wonen aan de Lieshoutseweg 41 in Beek en Donk, vlak naast de nieuwe aansluiting. Komt er een "
    "geluidsscherm? Onze dochter (8) heeft astma en wij maken ons zorgen over fijnstof van het extra verkeer.",
    "",
    "Met vriendelijke groet,",
    "Esther Donkers",
    "06-24 61 93 08",
], disc=False))
