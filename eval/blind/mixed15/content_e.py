# Second pages (bijlagen) and extra hidden-channel items for documents of content_a..d.
PAGE2 = {}
HIDDEN = {}

PAGE2["y01"] = [
    ("h", "Bijlage 1 – e-mailwisseling met ouders"),
    ("lines", "Van: [[Jan Dvořák|PERSON|-]] <[[jan.dvorak@seznam.cz|EMAIL|-]]>\nVerzonden: dinsdag 19 november 2024 21:14\n"
              "Aan: [[Zwolle, Bauke|PERSON|Zwolle, Bauke]] <[[b.zwolle@soozf.nl|EMAIL]]>\n"
              "CC: [[Hoekstra-Bergsma, Wytske|PERSON|Hoekstra-Bergsma, Wytske]]; {klachten@soozf.nl|MAILBOX}\n"
              "Onderwerp: RE: gesprek 18 november"),
    ("p", "Beste meneer [[Zwolle|PERSON|-]], dank voor het gesprek. Wij willen graag dat ook de leerkracht van groep 8, "
          "[[meester Koen Ter Steege|PERSON|Koen Ter Steege]], bij het volgende gesprek is. Onze buurvrouw "
          "[[Hanna Szabó|PERSON]] (zij haalt [[Anna|PERSON|-]] soms op) heeft gezien dat het pesten ook buiten school "
          "doorgaat. Met vriendelijke groet, [[Jan en Roos Dvořák|PERSON|Jan en Roos Dvořák]], [[06-41 87 22 09|PHONE|-]]"),
    ("lines", "Van: [[Zwolle, Bauke|PERSON|-]]\nVerzonden: woensdag 20 november 2024 08:02\nAan: [[J. Dvorak|PERSON]]\n"
              "Onderwerp: RE: RE: gesprek 18 november"),
    ("p", "Geachte heer [[Dvorak|PERSON]], ik nodig [[Ter Steege|PERSON]] uit. Ook de {schoolmaatschappelijk werker|FUNC} "
          "van {Sociaal Team De Fryske Marren|ORG}, [[Marit Tjeerdsma|PERSON]], sluit aan. U kunt mij direct bereiken op "
          "[[0513 61 44 02|PHONE]]. Met vriendelijke groet, [[Bauke Zwolle|PERSON|-]], {directeur|FUNC} {OBS De Finne|ORG}"),
    ("h", "Bijlage 2 – aanwezigheid pleinwacht week 46"),
    ("table", [["Dag", "Pleinwacht", "Reserve"],
               ["maandag", "[[Sterre Blom|PERSON|-]]", "[[Yusuf Demirci|PERSON]]"],
               ["dinsdag", "[[Koen Ter Steege|PERSON|-]]", "[[Ilona Kovács|PERSON]]"],
               ["woensdag", "[[S. de Jong|PERSON|-]]", "[[Fenna van 't Zand|PERSON]]"],
               ["donderdag", "[[Y. Demirci|PERSON]]", "[[Sterre Blom|PERSON|-]]"]], [0.2, 0.4, 0.4]),
]

PAGE2["y04"] = [
    ("h", "Bijlage – netwerkoverzicht gezin"),
    ("table", [["Naam", "Relatie", "Telefoon", "Rol in plan"],
               ["[[Mala Jagesar-Mahabier|PERSON|-]]", "tante (moederskant)", "[[06-55 20 81 34|PHONE]]", "opvang kinderen"],
               ["[[Ramesh Ramsaroep|PERSON]]", "opa (vaderskant)", "[[070-3887412|PHONE]]", "omgang zondag"],
               ["[[Savitri Ramsaroep-Baldew|PERSON]]", "oma (vaderskant)", "[[070-3887412|PHONE|-]]", "omgang zondag"],
               ["[[Yvonne Martina|PERSON]]", "buurvrouw", "[[06 2290 1145|PHONE]]", "noodcontact school"],
               ["[[Dex Girigorie|PERSON]]", "mentor vader ({Stichting Jeugdformaat|ORG})", "{088 – 205 05 05|SWITCH}",
                "begeleide omgang"],
               ["[[Farhan Sultani|PERSON]]", "huisarts ({Gezondheidscentrum Transvaal|ORG})", "[[070 388 21 90|PHONE]]",
                "medische zorg"]], [0.28, 0.3, 0.2, 0.22]),
    ("p", "Veiligheidsplan opgesteld door [[K. Owusu-Ansah|PERSON]] op {15 oktober 2024|DATE}; besproken met moeder en "
          "[[ter Horst|PERSON|-]]. Vader tekende niet. Volgende evaluatie in het {Zorg- en Veiligheidshuis Haaglanden|ORG}."),
]

PAGE2["y10"] = [
    ("h", "Bijlage – vragen en antwoorden nota van inlichtingen (uittreksel)"),
    ("table", [["Nr", "Vraagsteller (intern)", "Vraag", "Antwoord"],
               ["1", "[[Tran Quoc Bao|PERSON|-]]", "Is {LED|ACR}-retrofit van bestaande armaturen toegestaan?", "Ja, mits {CE|ACR}-gemarkeerd."],
               ["2", "[[Sanne de Wit|PERSON|-]]", "Kan de gemeente de {GIS|ACR}-data in {Shapefile|PRODUCT} leveren?", "Ja, via {PDOK|ACR}."],
               ["3", "[[Zon Visser|PERSON|-]]", "Wat is de reactietijd bij storingen?", "24 uur; bij gevaar 2 uur."],
               ["4", "[[Henk Lammertink|PERSON|-]]", "Mag een {VOF|ACR} inschrijven als combinatie?", "Ja, zie §3.2."],
               ["5", "[[Alma Berisha|PERSON]] ({Spie Nederland|COMPANY})", "Wordt {Social Return|TERM} gemeten?",
                "Ja, via {PSO|ACR}-ladder."]], [0.05, 0.25, 0.4, 0.3]),
    ("p", "De antwoorden zijn opgesteld door [[Nijhuis|PERSON|-]] en [[Eline op de Weegh|PERSON|-]] en gepubliceerd op "
          "{TenderNed|PRODUCT}. Juridische toets: [[Gökhan Yıldız|PERSON|-]] ([[g.yildiz@enschede.nl|EMAIL]], "
          "[[053 481 66 02|PHONE]]). Algemeen nummer gemeente Enschede: {14 053|SWITCH}."),
]

PAGE2["y14"] = [
    ("h", "Bijlage – bereikbaarheidslijst dijkwacht dijkring 44 (februari 2025)"),
    ("table", [["Functie", "Naam", "Mobiel", "Reserve"],
               ["{Dijkpostcommandant|FUNC}", "[[Wessel Kok|PERSON|-]]", "[[06 3918 0442|PHONE]]", "[[Joost Ng|PERSON]]"],
               ["{Dijkwacht|FUNC} 14.1-14.5", "[[Hidde Westra|PERSON]]", "[[06 4420 1187|PHONE]]", "[[Gerrit Boomsma|PERSON]]"],
               ["{Dijkwacht|FUNC} 14.6-15.2", "[[Chantal Wijnaldum|PERSON]]", "[[06 2810 7766|PHONE]]", "[[Bob Li|PERSON]]"],
               ["{OvD Waterschap|FUNC}", "[[Ruud Dam|PERSON|-]]", "[[06 5100 2233|PHONE]]", "[[Mieke Vos|PERSON]]"],
               ["{Communicatie|FUNC}", "[[Mei Storm-de Jong|PERSON|-]]", "[[06 1122 9087|PHONE]]", "{pers@hdsr.nl|MAILBOX}"],
               ["Meldkamer", "{Meldkamer Midden-Nederland|ORG}", "{088 – 662 10 00|SWITCH}", "-"]], [0.26, 0.28, 0.22, 0.24]),
    ("p", "Let op: privénummers uitsluitend voor calamiteiten gebruiken. Lijst beheerd door [[Joris Bakker|PERSON|-]] "
          "([[j.bakker@hdsr.nl|EMAIL]])."),
]

PAGE2["y15"] = [
    ("h", "Bijlage – contactenlijst kinderdagverblijf (groep Bolster)"),
    ("table", [["Kind", "Geb.jaar", "Ouder", "Telefoon", "MBR-status"],
               ["[[Mila Roos Hendriks|PERSON]]", "2021", "[[Kim Hendriks|PERSON]]", "[[06 1190 3367|PHONE]]", "gevaccineerd"],
               ["[[Nour Benali|PERSON]]", "2022", "[[Samira Benali|PERSON]]", "[[06 2278 4410|PHONE]]", "te jong"],
               ["[[Finn de Graaf|PERSON]]", "2021", "[[Thomas de Graaf|PERSON]]", "[[06 4093 7718|PHONE]]", "gevaccineerd"],
               ["[[Zhang Yichen|PERSON]]", "2022", "[[Zhang Li|PERSON]]", "[[06 3377 0925|PHONE]]", "te jong"],
               ["[[Sterre Wouters|PERSON]]", "2021", "[[Lotte Wouters|PERSON]]", "[[06 5511 2084|PHONE]]", "onbekend"]],
     [0.24, 0.1, 0.24, 0.2, 0.22]),
    ("p", "Ouders van niet-immune kinderen zijn op 4 maart gebeld door [[Roos Ng|PERSON|-]] en [[Koen Brouwer|PERSON]] "
          "({jeugdverpleegkundige|FUNC}). Locatiemanager [[Esra Kaya|PERSON]] van {Kinderrijk|ORG} verstuurde de "
          "{GGD|ACR}-brief. Vragen van ouders: {024 329 70 00|SWITCH} of {infectieziekten@ggdgelderlandzuid.nl|MAILBOX}."),
]

PAGE2["y19"] = [
    ("h", "Gekoppelde meldingen"),
    ("table", [["Nummer", "Aanmelder", "Korte omschrijving", "Status"],
               ["{M2503 1190|CASE}", "[[Van den Heuvel, Pim|PERSON|Van den Heuvel, Pim]]", "Balie 4 geen {BRP|ACR}-bevraging", "Afgemeld"],
               ["{M2503 1193|CASE}", "[[Mahabier, Kiran|PERSON|Mahabier, Kiran]]", "Rijbewijzen: foutmelding {RDW|ACR}", "Afgemeld"],
               ["{M2503 1201|CASE}", "[[Okafor, Chidi|PERSON|Okafor, Chidi]]", "Vraag: wanneer weer online?", "Afgemeld"],
               ["{M2503 1207|CASE}", "[[Hoop, de|PERSON|-]]", "Melding aan {Centric|COMPANY} bevestigd", "Gesloten"]],
     [0.18, 0.3, 0.37, 0.15]),
    ("p", "Evaluatie in het {CAB|ACR} van 11 maart: [[Jiří Novák|PERSON]] licht toe; {CISO|ACR} [[Bart van Leeuwen|PERSON]] "
          "vraagt om monitoring van certificaten in {Zabbix|PRODUCT}. Afspraak: {TOPdesk|PRODUCT}-wijziging W2503 0091."),
]

PAGE2["y23"] = [
    ("h", "Bijlage – uittreksel logging Suite4Handhaving"),
    ("table", [["Tijdstip", "Gebruiker", "Actie", "Object"],
               ["2024-10-02 14:11", "[[pvdam|USER]]", "zoek", "[[Zaanweg 112|ADDRESS|-]]"],
               ["2024-10-02 14:12", "[[pvdam|USER|-]]", "open", "persoon [[Visser, A.|PERSON|Visser, A.]]"],
               ["2024-10-07 09:40", "[[pvdam|USER|-]]", "open", "persoon [[Visser, M.J.|PERSON|Visser, M.J.]]"],
               ["2024-10-09 16:02", "[[pvdam|USER|-]]", "print", "zaak {HH-2023-4471|CASE}"],
               ["2024-10-14 08:55", "[[ikuipers|USER]]", "open", "logging [[pvdam|USER|-]]"]], [0.22, 0.16, 0.12, 0.5]),
    ("p", "Uittreksel aangeleverd door {functioneel beheerder|FUNC} [[Rutger Koning|PERSON]] op verzoek van "
          "[[Haddou|PERSON]]. Het verslag is gedeeld met de {Functionaris Gegevensbescherming|FUNC} ({FG|ACR}) "
          "via {fg@zaanstad.nl|MAILBOX}."),
]

PAGE2["y24"] = [
    ("h", "Vervolg journaal"),
    ("table", [["Datum", "Medewerker", "Notitie"],
               ["24-02-2025", "[[B. Jagesar|PERSON|-]]", "Gesprek met [[Cabdi|PERSON|-]] en tolk [[Ayaan Xasan|PERSON]]. "
                "Taaltraject gestart bij {Taalhuis Rotterdam|ORG}. Partner [[Hodan|PERSON]] wil ook starten."],
               ["03-03-2025", "[[W. van Beek|PERSON]]", "Bijzondere bijstand witgoed toegekend: {€ 450|AMOUNT}; "
                "betaald op [[NL10 ABNA 2365 9830 58|IBAN|-]]."],
               ["17-03-2025", "[[B. Jagesar|PERSON|-]]", "Schuldhulp: aanmelding bij {Kredietbank Rotterdam|ORG}; "
                "schuldeiser {Stedin|COMPANY} en zorgverzekeraar {CZ|COMPANY}."],
               ["31-03-2025", "[[M. Ouali|PERSON|-]]", "Werkstage {Rotterdam Ahoy|ORG} per 1 april. Contact werkgever: "
                "[[Fleur Bakker|PERSON]], [[06 2019 8833|PHONE]]."]], [0.13, 0.17, 0.7]),
]

PAGE2["y26"] = [
    ("h", "Advies van de commissie (concept)"),
    ("p", "De commissie adviseert het college het bezwaar van mevrouw [[Al-Khatib|PERSON|-]] gegrond te verklaren. "
          "Het college heeft onvoldoende onderzocht of [[Yara|PERSON|-]] zelfstandig kan reizen. Het advies van de "
          "{GGD|ACR} is opgesteld door [[jeugdarts K. Osei|PERSON|K. Osei]] zonder de leerling te zien. De stelling van "
          "[[Tuinstra|PERSON|-]] dat de grootmoeder kan helpen, is niet onderbouwd; [[Abu Saleh|PERSON|-]] is 78 jaar."),
    ("p", "De commissie verzoekt het college binnen vier weken een nieuw besluit te nemen. Bij het besluit dient ook "
          "de {Kinderrechtentoets|TERM} van {UNICEF Nederland|ORG} te worden betrokken."),
    ("p", "Vastgesteld door de voorzitter [[H. de Boer|PERSON|-]] en de secretaris [[E. Blom|PERSON|-]]. Contact secretariaat: "
          "[[Esther Blom|PERSON]], [[040 238 65 12|PHONE]], {bezwaar@eindhoven.nl|MAILBOX}."),
]

PAGE2["y09"] = [
    ("h", "6. Uitvoerbaarheid"),
    ("p", "De grondexploitatie is sluitend met een bijdrage van {€ 32 miljoen|AMOUNT} uit de {Woningbouwimpuls|PROG}. "
          "{BPD Ontwikkeling|ORG} en {Synchroon|ORG} ontwikkelen de eerste fase. {Vitens|ORG}, {Stedin|COMPANY} en "
          "{KPN|COMPANY} leggen de kabels en leidingen. De {Veiligheidsregio Utrecht|ORG} heeft over externe "
          "veiligheid geadviseerd (vervoer gevaarlijke stoffen over het spoor, {Basisnet|LAW})."),
    ("h", "7. Conclusie"),
    ("p", "Het plan is in overeenstemming met een goede ruimtelijke ordening en met de {Omgevingswet|LAW}. "
          "Burgemeester {Lucas Bolsius|PUBLIC} en de wethouders hebben het ontwerpbesluit op 11 maart 2025 "
          "vrijgegeven voor inspraak."),
    ("small", "Projectteam gemeente: projectmanager [[Ilse de Hoop|PERSON]], {stedenbouwkundige|FUNC} "
              "[[Babajide Adeyemi|PERSON]]; vragen via {stationsgebiedoost@amersfoort.nl|MAILBOX} of {14 033|SWITCH}."),
]

PAGE2["y13"] = [
    ("h", "Bijlage – ambtelijke ondersteuning en toezeggingen"),
    ("lines", "T1 – Inspreker informeren over peilbesluit {Purmer|PLACE} – hoogheemraad {Slotboom|PUBLIC} – [[A. Ahmadzai|PERSON]]\n"
              "T2 – Notitie {zuiveringsheffing|TERM} voor {BBB|ORG} – hoogheemraad {Oosterlee|PUBLIC} – [[Lotte Zwolle|PERSON]]\n"
              "T3 – {PFAS|ACR}-rapportage {Noordzeekanaal|PLACE} doorsturen – dijkgraaf – [[Bas Visser|PERSON]]\n"
              "T4 – Werkbezoek {Afsluitdijk|PLACE} voorbereiden – dijkgraaf {Van der Sande|PUBLIC} – [[Mirjam de Koning-Li|PERSON]]"),
    ("p", "Volgende vergadering: 19 maart 2025. Stukken via {iBabs|PRODUCT}. Verslag: [[Blom-Zwolle|PERSON]]."),
]

PAGE2["y02"] = [
    ("h", "Bijlage – betalingsoverzicht"),
    ("table", [["Maand", "Bedrag", "Betaald door", "Rekening"],
               ["januari 2025", "€ 78,44", "[[K. O'Neill|PERSON]]", "[[NL66 INGB 1963 2235 42|IBAN|-]]"],
               ["februari 2025", "€ 150,00", "[[B. O'Neill-Ng|PERSON]]", "[[NL56 BUNQ 1124 5900 91|IBAN]]"],
               ["maart 2025", "€ 78,44", "[[K. O'Neill|PERSON|-]]", "[[NL66 INGB 1963 2235 42|IBAN|-]]"]],
     [0.2, 0.15, 0.3, 0.35]),
    ("p", "Dit overzicht is gemaakt door [[T.M. Nguyễn|PERSON|-]] ({klantmedewerker|FUNC}). {DUO|ACR} is bereikbaar "
          "op werkdagen van 8.30 tot 17.00 uur."),
]

HIDDEN["y20"] = dict(annots=[("[[Ter Horst-Bakker, Judith|PERSON|-]]", "@[[Rami|PERSON]] Gelderland gebeld; contact is [[Wouter Brinkman|PERSON]]")])
HIDDEN["y29"] = dict(annots=[("[[Vera Mulder-Dijkstra|PERSON]]", "Alinea 3 afgestemd met [[Ruben Oosterveld|PERSON]] (DGWB)")])
HIDDEN["y22"] = dict(outline=["Antwoorden – concept [[Zeynep O|PERSON|-]]", "Routing [[Carla Dekker|PERSON]]"],
                     meta={"Author": "[[O, Zeynep|PERSON|O, Zeynep]]"})
HIDDEN["y27"] = dict(meta={"Author": "[[Kofi Boateng|PERSON|-]]"}, links=["mailto:[[k.boateng@amsterdam.nl|EMAIL]]"])
HIDDEN["y30"] = dict(links=["mailto:[[kj.o@rvo.nl|EMAIL|-]]"], meta={"Author": "[[Fenna Dijkstra|PERSON|-]]"})
HIDDEN["y11"] = dict(fields=[("behandelaar", "[[Mohamed Boukhari|PERSON|-]]"), ("commissielid3", "[[Nguyen Thi Mai|PERSON|-]]")])
HIDDEN["y07"] = dict(annots=[("[[Dam, Mathijs|PERSON|Dam, Mathijs]]", "Voorschrift 4 besproken met [[Lies Hofman|PERSON]] (juridisch)")])

PAGE2["y05"] = [
    ("h", "Bijlage – sociaal netwerk en betrokken professionals"),
    ("table", [["Naam", "Relatie / functie", "Contact"],
               ["[[Hoop van Dijk|PERSON|-]]", "dochter, mantelzorger", "[[06-19 37 55 80|PHONE|-]]"],
               ["[[Bram Bakker|PERSON|-]]", "schoonzoon", "[[bram.bakker1975@kpnmail.nl|EMAIL]]"],
               ["[[Ria Kok|PERSON]]", "zus, woont in {Goirle|PLACE}", "[[013-5341977|PHONE]]"],
               ["[[Zeynep Aydoğan|PERSON|-]]", "{ergotherapeut|FUNC}, {Thebe|ORG}", "{013 – 595 57 00|SWITCH}"],
               ["[[dr. Willem-Jan Verbeek|PERSON|Willem-Jan Verbeek]]", "{huisarts|FUNC}", "[[013-4550812|PHONE]]"],
               ["[[Pauline Oude Luttikhuis|PERSON]]", "{wijkverpleegkundige|FUNC}, {Thebe|ORG}", "[[06 4188 2301|PHONE]]"]],
     [0.35, 0.35, 0.3]),
    ("p", "Het netwerk is in kaart gebracht met de methode {Eigen Kracht|PROG}. Mevrouw [[Van Dijk-Kok|PERSON|-]] gaf "
          "toestemming om informatie te delen met de huisarts en met {Thebe|ORG}. Consulent: [[Hanneke Visser|PERSON|-]] "
          "([[h.visser@tilburg.nl|EMAIL]]); algemeen: {wmo@tilburg.nl|MAILBOX}, {14 013|SWITCH}."),
]

PAGE2["y32"] = [
    ("title", "Bijlage: verklaring school"),
    ("p", "Ondergetekende, [[Marieke Hoogendoorn|PERSON]], intern begeleider van Mariëndaal, verklaart dat "
          "[[Khoa|PERSON]] vanwege zijn beperking niet zelfstandig met het openbaar vervoer kan reizen. "
          "Hij wordt begeleid door zijn mentor [[Daan Bosman|PERSON]] en door de orthopedagoog [[Yvette Lambregts|PERSON]]."),
    ("p", "Contact school: [[m.hoogendoorn@mariendaal.nl|EMAIL]], telefoon [[026 351 4482|PHONE]]."),
    ("p", "Arnhem, 18 maart 2025"),
    ("p", "[[M. Hoogendoorn|PERSON]]"),
]
