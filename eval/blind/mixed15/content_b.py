# Spatial planning (report), procurement, water boards, health, HR.
DOCS = []

DOCS.append(dict(
    name="y09", producer="html",
    footer="Ruimtelijke onderbouwing {Stationsgebied Amersfoort-Oost|PROG} – versie 3.1 – pagina-overzicht",
    blocks=[
        ("title", "Ruimtelijke onderbouwing herontwikkeling {Stationsgebied Amersfoort-Oost|PROG}"),
        ("p", "Opdrachtgever: {gemeente Amersfoort|ORG}, programma {Amersfoort Vernieuwt|PROG}. Opgesteld door "
              "{Mecanoo architecten|ORG} en {Royal HaskoningDHV|ORG}, in samenwerking met {ProRail|ORG}, "
              "{NS Stations|ORG} en de {provincie Utrecht|ORG}. Versie 3.1, {14 maart 2025|DATE}."),
        ("h", "1. Inleiding"),
        ("p", "Het plangebied ligt tussen de {Hogeweg|STREET}, de {Van Asch van Wijckstraat|STREET} en het spoor "
              "{Amersfoort–Apeldoorn|PLACE}. De {gemeenteraad|ORG} stelde op 5 november 2024 het "
              "{Ontwikkelkader Oost|PROG} vast. De plannen sluiten aan op de {Woondeal regio Amersfoort|PROG} die "
              "minister {Hugo de Jonge|PUBLIC} in 2022 ondertekende en op de {Nationale Omgevingsvisie|LAW} ({NOVI|ACR})."),
        ("h", "2. Beleidskader"),
        ("p", "Relevant zijn de {Omgevingswet|LAW}, het {Besluit kwaliteit leefomgeving|LAW} ({Bkl|ACR}), de "
              "{Omgevingsverordening provincie Utrecht|LAW} en de {Woonvisie Amersfoort 2030|PROG}. De wethouder "
              "Ruimtelijke Ordening, {Astrid Janssen|PUBLIC}, heeft de raad op 12 februari 2025 geïnformeerd. "
              "Gedeputeerde {Huib van Essen|PUBLIC} bevestigde de provinciale bijdrage uit het {Regionaal Investeringsfonds|PROG}."),
        ("h", "3. Stedenbouwkundig plan"),
        ("p", "Het ontwerp voorziet in circa 1.400 woningen, een {mobility hub|TERM} met 2.200 fietsparkeerplaatsen en "
              "een park langs de {Barchman Wuytierslaan|STREET}. De {BVO|ACR} aan commerciële functies bedraagt "
              "12.000 m². Het hoogteaccent van 70 meter is getoetst aan de {Hoogbouwvisie|PROG}. Zie de "
              "{BIM|ACR}-modellen in {Revit|PRODUCT} (bijlage 4) en de {CO2-prestatieladder|TERM}-berekening."),
        ("p", "Het ontwerpteam van {Mecanoo|ORG} stond onder leiding van [[ir. Marieke O'Sullivan|PERSON|Marieke O'Sullivan]] "
              "(projectarchitect); de landschappelijke uitwerking is van [[Dang Van Minh|PERSON]]. Namens "
              "{Royal HaskoningDHV|ORG} deed [[Lars ter Beek|PERSON]] de geluids- en luchtkwaliteitsonderzoeken."),
        ("h", "4. Omgevingsaspecten"),
        ("p", "Geluid: de voorkeursgrenswaarde van 53 dB Lden wordt langs het spoor overschreden; "
              "maatwerkwaarden zijn nodig. Lucht: ruim onder de normen (NO2 jaargemiddeld 19 µg/m³). "
              "Stikstof: de {AERIUS Calculator|PRODUCT} geeft in de gebruiksfase geen depositie op "
              "{Natura 2000|PROG}-gebieden. Water: compensatie afgestemd met {Waterschap Vallei en Veluwe|ORG}. "
              "Ecologie: {quickscan|TERM} door {Ecogroen|ORG}, zonder verblijfplaatsen van vleermuizen."),
        ("h", "5. Participatie"),
        ("p", "Er zijn drie {bewonersavonden|TERM} gehouden in het {Elisabeth Ziekenhuis|ORG}-terrein en in "
              "{Theater De Lieve Vrouw|ORG}. Een bewoner van de {Hogeweg|STREET}, de heer [[Bas Koning|PERSON]], "
              "diende namens de {Vereniging Bewoners Schothorst|ORG} een alternatief plan in. De reacties zijn "
              "verwerkt in het participatieverslag (bijlage 7)."),
        ("small", "1) Gegevens: {CBS|ACR} Statline, {Kadaster|ORG} {BRK|ACR}, {PDOK|ACR}. 2) Kaarten: "
                  "{OpenStreetMap|PRODUCT}-bijdragers, {Esri Nederland|ORG}."),
    ]))

DOCS.append(dict(
    name="y10", producer="rl",
    footer="{Gemeente Enschede|ORG} – {Team Inkoop|ORG} – proces-verbaal van opening",
    blocks=[
        ("title", "Proces-verbaal van opening – Europese openbare aanbesteding"),
        ("kv", [["Opdracht", "{Onderhoud openbare verlichting 2025-2029|PROG}"],
                ["Referentie", "{TenderNed 418822 / ENS-2024-IK-061|CASE}"],
                ["Datum en tijd opening", "{15 januari 2025|DATE}, 10.00 uur, via {TenderNed|PRODUCT}"],
                ["Aanwezig", "[[R.W.M. Nijhuis|PERSON]] ({inkoopadviseur|FUNC}), [[Eline op de Weegh|PERSON]] "
                             "({contractmanager|FUNC}), [[Gökhan Yıldız|PERSON]] ({jurist|FUNC})"]], [0.3, 0.7]),
        ("p", "Na het verstrijken van de sluitingstermijn zijn de inschrijvingen geopend. Er zijn vier tijdige "
              "inschrijvingen ontvangen. De inschrijvingen zijn voorzien van een gekwalificeerde elektronische "
              "handtekening ({eIDAS|ACR})."),
        ("table", [["Inschrijver", "KvK", "Contactpersoon", "Telefoon / e-mail", "Prijs (excl. btw)"],
                   ["{Heijmans Infra B.V.|COMPANY}", "{16062627|KVKORG}", "[[Sanne de Wit|PERSON]]",
                    "[[06 5120 3847|PHONE]]\n[[s.dewit@heijmans.nl|EMAIL]]", "{€ 2.184.500|AMOUNT}"],
                   ["{Dynniq Nederland B.V.|COMPANY}", "{30180012|KVKORG}", "[[Tran Quoc Bao|PERSON]]",
                    "[[+31 6 2288 4017|PHONE]]\n[[bao.tran@dynniq.com|EMAIL]]", "€ 2.309.000"],
                   ["{Van Gelder Groep|COMPANY}", "{08049351|KVKORG}", "[[Zon Visser|PERSON]]",
                    "[[0571 27 61 30|PHONE]]\n[[z.visser@vangelder.com|EMAIL]]", "€ 1.998.750"],
                   ["{Lichtwerk Twente VOF|COMPANY}", "[[71522904|KVK]]", "[[Henk Lammertink|PERSON]]",
                    "[[06-13579086|PHONE]]\n[[henk@lichtwerktwente.nl|EMAIL]]", "€ 2.410.300"]],
         [0.2, 0.14, 0.2, 0.28, 0.18]),
        ("p", "De inschrijving van {Lichtwerk Twente VOF|COMPANY} is op 15 januari om 09.58 uur ontvangen; "
              "[[Lammertink|PERSON]] belde om 09.40 uur ([[Nijhuis|PERSON]] nam op) over een storing bij het uploaden. "
              "Die is niet in behandeling genomen: de {TenderNed|PRODUCT}-helpdesk bevestigde dat het platform "
              "normaal werkte."),
        ("p", "Dit proces-verbaal is opgemaakt en ondertekend door [[R.W.M. Nijhuis|PERSON|-]] en "
              "[[E. op de Weegh|PERSON]]. Paraaf jurist: [[GY|INITIALS]]."),
        ("small", "De aanbesteding valt onder de {Aanbestedingswet 2012|LAW} en de {Gids Proportionaliteit|LAW}. "
                  "Wethouder {Jurgen van Houdt|PUBLIC} is portefeuillehouder Openbare Ruimte."),
    ]))

DOCS.append(dict(
    name="y11", producer="html",
    links=["mailto:[[m.boukhari@utrecht.nl|EMAIL]]", "https://www.tenderned.nl"],
    blocks=[
        ("lines", "{Gemeente Utrecht|ORG}\n{Stadskantoor|ORG}, {Stadsplateau 1|GOVADDR}, 3521 AZ {Utrecht|PLACE}\n\n"
                  "{Heijmans Infra B.V.|COMPANY}\nt.a.v. [[mevrouw S. de Wit|PERSON|S. de Wit]]\nPostbus 2\n5240 BB {Rosmalen|PLACE}\n\n"
                  "Datum: {3 maart 2025|DATE}\nKenmerk: {UTR-INK-2025-0192|CASE}\n"
                  "Contactpersoon: [[Mohamed Boukhari|PERSON]], [[m.boukhari@utrecht.nl|EMAIL]], [[030 286 53 90|PHONE]]"),
        ("h", "Voorlopige gunningsbeslissing – {Raamovereenkomst groenonderhoud Leidsche Rijn|PROG}"),
        ("p", "Geachte mevrouw [[De Wit|PERSON]],"),
        ("p", "Hierbij delen wij u mee dat wij voornemens zijn de opdracht te gunnen aan {BTL Bomendienst B.V.|COMPANY}. "
              "Uw inschrijving is als tweede geëindigd. In de tabel ziet u de scores op de gunningscriteria "
              "({BPKV|ACR}, beste prijs-kwaliteitverhouding)."),
        ("table", [["Criterium", "Weging", "Uw score", "Winnaar"],
                   ["Prijs", "40%", "32,1", "36,0"],
                   ["Plan van aanpak", "30%", "24,0", "27,0"],
                   ["{Social Return on Investment|TERM}", "15%", "12,0", "13,5"],
                   ["Duurzaamheid ({CO2-prestatieladder|TERM} niveau 5)", "15%", "15,0", "12,0"]], [0.46, 0.14, 0.2, 0.2]),
        ("p", "De beoordelingscommissie bestond uit [[Marleen Dam|PERSON]] ({Stadsbedrijven|ORG}), "
              "[[Cor van 't Riet|PERSON]] ({Ruimte|ORG}) en [[Nguyen Thi Mai|PERSON]] ({Inkoop|ORG}), onder "
              "voorzitterschap van [[Boukhari|PERSON]]. Het college van burgemeester en wethouders heeft op 25 februari "
              "ingestemd; de portefeuillehouder is wethouder {Lot van Hooijdonk|PUBLIC}."),
        ("p", "Tegen deze beslissing kunt u binnen twintig kalenderdagen (Alcatel-termijn) een kort geding aanhangig "
              "maken bij de {Rechtbank Midden-Nederland|ORG}. Vragen over de debriefing kunt u stellen via "
              "{inkoop@utrecht.nl|MAILBOX}."),
        ("p", "Met vriendelijke groet,\n\n[[M. Boukhari|PERSON]]\n{senior inkoopadviseur|FUNC}"),
    ]))

DOCS.append(dict(
    name="y12", producer="scan", signatures=[(30, 225), (120, 225)],
    blocks=[
        ("title", "Overeenkomst van opdracht – ondertekening"),
        ("p", "Partijen: de gemeente Deventer, vertegenwoordigd door wethouder Marco Swart, en Bouwbedrijf "
              "Wessels Rijssen B.V., vertegenwoordigd door de heer [[Frank ter Haar|PERSON]], algemeen directeur."),
        ("p", "Opdracht: renovatie sporthal De Scheg, contractnummer DEV-2025-0041, aanneemsom EUR 3.184.000 "
              "exclusief btw. Projectleider gemeente: [[Yasmina Ouali|PERSON]], telefoon [[06-40718265|PHONE]]. "
              "Uitvoerder aannemer: [[Piotr Kowalczyk|PERSON]], [[p.kowalczyk@wessels.nl|EMAIL]]."),
        ("p", "Aldus overeengekomen en in tweevoud ondertekend te Deventer op 21 februari 2025."),
        ("table", [["Namens de gemeente", "Namens de opdrachtnemer"],
                   ["wethouder M. Swart", "[[F.J. ter Haar|PERSON]]"],
                   ["", ""],
                   ["Paraaf juridisch: [[JvdB|INITIALS]]", "Getuige: [[Ewa Kowalczyk|PERSON]]"]], [0.5, 0.5]),
        ("p", "Bijlagen: bestek DEV-2025-0041, nota van inlichtingen, inschrijvingsbiljet."),
    ]))

DOCS.append(dict(
    name="y13", producer="docx", columns=2,
    footer="{Hoogheemraadschap Hollands Noorderkwartier|ORG} · Postbus 850 · 1440 AW {Purmerend|PLACE}",
    blocks=[
        ("title", "Verslag openbare vergadering algemeen bestuur, {22 januari 2025|DATE}"),
        ("p", "Voorzitter: dijkgraaf {Rogier van der Sande|PUBLIC}. Aanwezig: de leden van het algemeen bestuur "
              "namens {Water Natuurlijk|ORG}, {VVD|ORG}, {CDA|ORG}, {BBB|ORG}, {PvdA|ORG}, {Partij voor de Dieren|ORG}, "
              "{Ongebouwd|ORG}, {Bedrijven|ORG} en {Natuurterreinen|ORG}; hoogheemraad {Simone Slotboom|PUBLIC}, "
              "hoogheemraad {Marcel Oosterlee|PUBLIC}. Notulist: "
              "[[Femke Blom-Zwolle|PERSON]]."),
        ("h", "1. Opening en mededelingen"),
        ("p", "De dijkgraaf opent de vergadering in het {Waterschapshuis|ORG} in {Edam|PLACE}. Hij meldt dat de "
              "{Unie van Waterschappen|ORG} en minister {Barry Madlener|PUBLIC} op 10 januari het "
              "{Hoogwaterbeschermingsprogramma|PROG} ({HWBP|ACR}) hebben herijkt. De dijkversterking "
              "{Markermeerdijken|PROG} ligt op schema."),
        ("h", "2. Inspreker"),
        ("p", "De heer [[Klaas Winter|PERSON]] uit {Warder|PLACE} spreekt in over de peilverhoging in de "
              "{Purmer|PLACE}. Hij vreest wateroverlast in zijn kelder. Hoogheemraad {Slotboom|PUBLIC} zegt toe dat "
              "een medewerker van het team peilbeheer, [[Ahmad Ahmadzai|PERSON]], contact met hem opneemt."),
        ("h", "3. Kaderbrief 2026"),
        ("p", "Het algemeen bestuur bespreekt de kaderbrief. De fractie van {BBB|ORG} vraagt om een lagere "
              "{zuiveringsheffing|TERM}. Hoogheemraad {Oosterlee|PUBLIC} antwoordt dat de tarieven stijgen door de "
              "{Kaderrichtlijn Water|LAW} en de {Deltabeslissing Waterveiligheid|LAW}. De kaderbrief wordt "
              "vastgesteld met 27 stemmen voor en 3 tegen."),
        ("h", "4. Rondvraag en sluiting"),
        ("p", "Op vragen over de {PFAS|ACR}-metingen in het {Noordzeekanaal|PLACE} verwijst de dijkgraaf naar de "
              "rapportage van {Rijkswaterstaat|ORG} en {RIVM|ACR}. Hij sluit de vergadering om 21.40 uur. "
              "De {Commissaris van de Koning|FUNC} van Noord-Holland, {Arthur van Dijk|PUBLIC}, is uitgenodigd "
              "voor het werkbezoek aan de {Afsluitdijk|PLACE} in april."),
    ]))

DOCS.append(dict(
    name="y14", producer="fpdf",
    meta={"Title": "Transcript Teams-overleg calamiteit Lekdijk", "Author": "[[Joris Bakker|PERSON]]"},
    blocks=[
        ("title", "Transcript – Teams-vergadering \"Kwelmelding Lekdijk dijkvak 14\""),
        ("p", "{Hoogheemraadschap De Stichtse Rijnlanden|ORG} · {Microsoft Teams|PRODUCT} · 7 februari 2025 · duur 00:31:12. "
              "Automatisch gegenereerd transcript; gecorrigeerd door [[Joris Bakker|PERSON|-]]."),
        ("lines", "[[Joris Bakker|PERSON|-]]   0:03\nGoedemorgen allemaal. [[Ivo|PERSON]], wil jij beginnen met wat de dijkwacht vannacht zag?\n\n"
                  "[[Ivo Dvořák|PERSON]]   0:11\nJa. Om 02:40 zag [[Wessel|PERSON]] een zandmeevoerende wel bij paal 14.3, binnendijks, bij "
                  "het erf van de familie [[Van der Zwaag|PERSON]], [[Lekdijk 63|ADDRESS]] in {Schalkwijk|PLACE}.\n\n"
                  "[[Wessel Kok|PERSON]]   0:38\nKlopt. Ik heb om 02:55 de {OvD|ACR} gebeld, dat was [[Dam|PERSON]].\n\n"
                  "[[Ruud Dam|PERSON]]   0:44\nIk heb opgeschaald naar {GRIP 1|TERM} met de {Veiligheidsregio Utrecht|ORG}. De "
                  "kwelkade is om 05:30 aangelegd door {Van Hattum en Blankevoort|COMPANY}.\n\n"
                  "[[Mei Storm-de Jong|PERSON]]   1:52\nVoor de communicatie: ik heb met de woordvoerder van de "
                  "dijkgraaf afgestemd. Dijkgraaf {Jan de Wit|PUBLIC} gaat vanmiddag naar de locatie.\n\n"
                  "[[Joris Bakker|PERSON|-]]   2:10\nPrima. [[Mei|PERSON]], kun jij ook de burgemeester van {Houten|PLACE}, "
                  "{Gerdo van Grootheest|PUBLIC}, informeren? Heemraad {Melissa Smit|PUBLIC} is portefeuillehouder.\n\n"
                  "[[Ivo Dvořák|PERSON|-]]   2:31\nDe bewoner, meneer [[Van der Zwaag|PERSON|-]], is bezorgd; zijn nummer is "
                  "[[06 2133 8470|PHONE]]. Zal ik hem terugbellen?\n\n"
                  "[[Mei Storm-de Jong|PERSON|-]]   2:40\nJa graag, en verwijs naar {0900 - 0201 7040|SWITCH} voor de "
                  "algemene lijn. Ik zet het in {LCMS|ACR}.\n\n"
                  "[[Ruud Dam|PERSON|-]]   3:05\n[[I. Dvorak|PERSON]] staat in {LCMS|ACR} zonder haakje, dat corrigeer ik.\n\n"
                  "[[Joris Bakker|PERSON|-]]   3:12\nVolgende update om 12:00. Dank allen."),
        ("small", "Deelnemers (5): [[Bakker, Joris|PERSON]]; [[Dvořák, Ivo|PERSON]]; [[Kok, Wessel|PERSON]]; "
                  "[[Dam, Ruud|PERSON]]; [[Storm-de Jong, Mei|PERSON]]."),
    ]))

DOCS.append(dict(
    name="y15", producer="rl",
    footer="{GGD Gelderland-Zuid|ORG} · Infectieziektebestrijding · VERTROUWELIJK – medisch beroepsgeheim",
    blocks=[
        ("title", "Notitie bron- en contactonderzoek mazelen"),
        ("kv", [["Melding", "{HPZone|PRODUCT} {GLZ-2025-00871|CASE}, ontvangen {4 maart 2025|DATE}"],
                ["Indexpatiënt", "[[Elif Yılmaz|PERSON]], geboren [[17-09-2019|DOB]], BSN [[813303679|BSN]]"],
                ["Adres", "[[Tarweweg 210|ADDRESS]], [[6534 AM|ADDRESS]] {Nijmegen|PLACE}"],
                ["Ouder", "[[Serkan Yılmaz|PERSON]], [[06 3481 0027|PHONE]]"],
                ["Arts infectieziektebestrijding", "[[K.A. Mensah|PERSON]]"],
                ["Verpleegkundige", "[[Roos Ng|PERSON]]"]], [0.32, 0.68]),
        ("h", "Situatie"),
        ("p", "Laboratoriumbevestiging ({PCR|ACR}) door het {Radboudumc|ORG} op 3 maart. [[Elif|PERSON]] is niet "
              "gevaccineerd binnen het {Rijksvaccinatieprogramma|PROG}. Zij bezocht tot 28 februari "
              "{kinderdagverblijf Kinderrijk De Bolster|ORG} en was op 1 maart bij de verjaardag van een neefje in "
              "{Wijchen|PLACE}."),
        ("h", "Contacten"),
        ("table", [["Naam", "Relatie", "Status", "Actie"],
                   ["[[Serkan Yılmaz|PERSON|-]]", "vader", "immuun (gevaccineerd)", "geen"],
                   ["[[Ayşe Yılmaz-Demir|PERSON]]", "moeder", "onbekend", "{IgG|ACR}-bepaling"],
                   ["[[Emre Yılmaz|PERSON]] (0 jr)", "broer", "niet immuun", "{MMR|ACR}-0 vaccinatie binnen 72 uur"],
                   ["groep Bolster (14 kinderen)", "kdv", "zie lijst", "brief ouders"],
                   ["[[fam. ŞAHİN|PERSON|ŞAHİN]] ([[Sahin|PERSON]])", "verjaardag", "onbekend", "telefonisch"]],
         [0.3, 0.15, 0.25, 0.3]),
        ("p", "[[Ng|PERSON]] belde op 4 maart met de moeder; zij werkt als doktersassistente in de praktijk van "
              "[[huisarts Verhoef|PERSON|Verhoef]] in {Nijmegen-Oost|PLACE}. Overleg met het {RIVM|ACR}-{LCI|ACR} "
              "over werkuitsluiting volgt. De {Inspectie Gezondheidszorg en Jeugd|ORG} hoeft niet te worden "
              "geïnformeerd. Melding aan het {RIVM|ACR} via {Osiris|PRODUCT} is gedaan door [[KAM|INITIALS]]."),
        ("small", "Grondslag: {Wet publieke gezondheid|LAW}, artikel 6 en 26. Persoonsgegevens over gezondheid "
                  "(artikel 9 {AVG|ACR})."),
    ]))

DOCS.append(dict(
    name="y16", producer="docx",
    header="{Inspectie Gezondheidszorg en Jeugd|ORG} – {Ministerie van Volksgezondheid, Welzijn en Sport|ORG}",
    footer="{IGJ|ACR} · Postbus 2518 · 6401 DA {Heerlen|PLACE} · {088 120 50 00|SWITCH}",
    meta={"Author": "[[Kaddouri, S.|PERSON|Kaddouri]]", "Subject": "Aanwijzing De Zonnehof"},
    annots=[("[[Pieter-Jan Koning|PERSON]]", "Zin over de verpleegkundige [[Mahabier|PERSON]] misschien anonimiseren?")],
    blocks=[
        ("lines", "Raad van bestuur {Zorggroep De Zonnehof|ORG}\nt.a.v. [[de heer drs. M.P. Kok|PERSON|M.P. Kok]], {bestuurder|FUNC}\n"
                  "{Burgemeester Reigerstraat|STREET} 55\n3581 KP {Utrecht|PLACE}\n\n"
                  "Datum: {18 april 2025|DATE}\nOns kenmerk: {IGJ-2025-VVT-14457|CASE}\n"
                  "Contactpersoon: [[mr. S. Kaddouri|PERSON|S. Kaddouri]], {inspecteur|FUNC}\nE-mail: [[s.kaddouri@igj.nl|EMAIL]]"),
        ("h", "Onderwerp: voornemen tot aanwijzing"),
        ("p", "Geachte heer [[Kok|PERSON]],"),
        ("p", "Op 26 maart 2025 heeft de {Inspectie Gezondheidszorg en Jeugd|ORG} ({IGJ|ACR}) een onaangekondigd bezoek "
              "gebracht aan verpleeghuis {De Zonnehof|ORG}, locatie {Dichterswijk|PLACE}. Aanleiding was een calamiteit "
              "met een bewoner, [[mevrouw J.W. (Jopie) de Groot|PERSON|J.W. (Jopie) de Groot]], die op 14 februari na een "
              "val overleed. Uw calamiteitenonderzoek, uitgevoerd door [[Ravi Mahabier|PERSON]] en "
              "[[Hannah O'Connor|PERSON]], ontvingen wij op 20 maart."),
        ("p", "Wij stelden vast dat de {valrisico-inventarisatie|TERM} niet is uitgevoerd en dat het "
              "{medicatieoverzicht|TERM} in {Ons Dossier|PRODUCT} niet actueel was. De specialist ouderengeneeskunde, "
              "[[A. Li-Kuipers|PERSON]], was niet bij het multidisciplinair overleg betrokken. Dit is in strijd met de "
              "{Wet kwaliteit, klachten en geschillen zorg|LAW} ({Wkkgz|ACR}) en de {Kwaliteitskader Verpleeghuiszorg|LAW}."),
        ("p", "Wij zijn van plan u een aanwijzing te geven op grond van artikel 27 {Wkkgz|ACR}. U kunt binnen twee "
              "weken uw zienswijze geven. De minister van {VWS|ACR}, {Fleur Agema|PUBLIC}, is over deze zaak niet "
              "geïnformeerd; de {IGJ|ACR} handelt zelfstandig. Wij publiceren het besluit op {igj.nl|TERM}."),
        ("p", "Hoogachtend,\n\n{de inspecteur-generaal Gezondheidszorg en Jeugd|FUNC},\nnamens deze,\n"
              "[[mr. S. Kaddouri|PERSON|-]]\n\n[[Pieter-Jan Koning|PERSON|-]], {senior inspecteur|FUNC}"),
    ]))

DOCS.append(dict(
    name="y17", producer="xlsx", landscape=True, sheet="Plaatsingslijst",
    footer="{Provincie Overijssel|ORG} – reorganisatie {Team Mobiliteit|ORG} – plaatsingslijst definitief – vertrouwelijk",
    blocks=[
        ("title", "Plaatsingslijst reorganisatie {Eenheid Ruimte en Bereikbaarheid|ORG} (besluit {GS|ACR} 11 maart 2025)"),
        ("table", [["Pers.nr", "Naam (achternaam, voorletters)", "Huidige functie", "Schaal", "Nieuwe functie", "Schaal",
                    "Plaatsing"],
                   ["[[104877|PERSNR]]", "[[Nguyễn|PERSON]],\n[[V.T.|PERSON|!]] ([[Văn Toàn|PERSON]])", "{Beleidsmedewerker verkeer|FUNC}", "10",
                    "{Adviseur mobiliteit|FUNC}", "11", "passend"],
                   ["[[100312|PERSNR]]", "[[Kovács|PERSON]],\n[[É.|PERSON|!]]", "{Projectleider infra|FUNC}", "12",
                    "{Projectleider infra|FUNC}", "12", "gelijk"],
                   ["[[109025|PERSNR]]", "[[Bakker-Ramdin|PERSON]],\n[[S.R.|PERSON|!]]", "{Secretaresse|FUNC}", "7",
                    "{Managementassistent|FUNC}", "8", "passend"],
                   ["[[103368|PERSNR]]", "[[Van der Veen|PERSON]],\n[[H.|PERSON|!]]", "{Teamleider|FUNC}", "13",
                    "-", "-", "herplaatsingskandidaat"],
                   ["[[110451|PERSNR]]", "[[El Amrani|PERSON]],\n[[N.|PERSON|!]]", "{GIS-specialist|FUNC}", "9",
                    "{Data-analist|FUNC}", "10", "passend"],
                   ["[[102290|PERSNR]]", "[[Novák|PERSON]],\n[[J.|PERSON|!]] ([[Novak|PERSON]])", "{Jurist|FUNC}", "11",
                    "{Jurist|FUNC}", "11", "gelijk"],
                   ["[[107734|PERSNR]]", "[[Zhou|PERSON]],\n[[L.|PERSON|!]]", "{Stagiair|FUNC}", "-", "-", "-", "n.v.t."],
                   ["[[101846|PERSNR]]", "[[Op de Beeck|PERSON]],\n[[Storm|PERSON]]", "{Adviseur verkeersveiligheid|FUNC}", "11",
                    "{Adviseur mobiliteit|FUNC}", "11", "gelijk"],
                   ["[[105590|PERSNR]]", "[[D'Angelo|PERSON]],\n[[Mei|PERSON]]", "{Communicatieadviseur|FUNC}", "10",
                    "{Communicatieadviseur|FUNC}", "10", "gelijk"],
                   ["[[108113|PERSNR]]", "[[Mulder-Akkermans|PERSON]],\n[[G.H.|PERSON|!]]", "{Controller|FUNC}", "12",
                    "{Business controller|FUNC}", "12", "passend"]],
         [0.08, 0.22, 0.18, 0.07, 0.18, 0.07, 0.2]),
        ("p", "Bezwaar tegen plaatsing: binnen vier weken bij de {Adviescommissie Plaatsing|ORG}. Contact: {P&O|ACR}-adviseur "
              "[[Floor Oude Elferink|PERSON]], [[f.oudeelferink@overijssel.nl|EMAIL]]. Gedeputeerde {Monique van Haaf|PUBLIC} is "
              "portefeuillehouder Mobiliteit; {Andries Heidema|PUBLIC} is {Commissaris van de Koning|FUNC}."),
    ]))
