"""Documents ay01-ay15 (education, infrastructure/water, agriculture/nature)."""
from framework import Doc, bsn, iban

DOCS = []


def add(*a, **k):
    DOCS.append(Doc(*a, **k))


# ---------------------------------------------------------------- ay01 DUO e-mail thread (English Outlook headers)
add("ay01_mail_duo_studiefinanciering", "html", [
    ("h1", "E-mailwisseling terugbetaling studieschuld - signaal hardheidsclausule"),
    ("mono", "From: {r:Pattiasina, Noor} <{r/EMAIL:noor.pattiasina@duo.nl}>\n"
             "Sent: Tuesday, March 11, 2025 09:42\n"
             "To: {r:Hylkema, Sjoerd} <{r/EMAIL:s.hylkema@minocw.nl}>\n"
             "Cc: {r:Wytske Dijkstra} <{r/EMAIL:wytske.dijkstra@duo.nl}>; {k/MAILBOX:woo@minocw.nl}\n"
             "Subject: RE: casus draagkracht - terugbetaling studiefinanciering"),
    ("p", "Hoi {r:Sjoerd},"),
    ("p", "Zoals besproken stuur ik je de geanonimiseerde casus door. Het gaat om een oud-student die onder de "
          "{k/LAW:Wet studiefinanciering 2000} valt en wiens draagkracht na een scheiding sterk is gedaald. "
          "{k:DUO} heeft de draagkrachtmeting opnieuw gedaan; de maandtermijn gaat van € 212,40 naar € 0,00. "
          "Het team Bijzondere Terugbetaling in {k/PLACE:Groningen} wil weten of de hardheidsclausule kan worden "
          "toegepast op de rente over 2023. Kun je dit voor de {k/TERM:deadline} van vrijdag met de directie "
          "Hoger Onderwijs en Studiefinanciering afstemmen?"),
    ("p", "Voor vragen ben ik bereikbaar op {r/PHONE:06-41 87 22 90}. Het algemene nummer van {k:DUO} "
          "({k/SWITCHBOARD:050 599 77 55}) kan de student zelf bellen."),
    ("lines", "Met vriendelijke groet,\n{r:Noor Pattiasina}\nSenior adviseur terugbetaling\n"
              "{k:Dienst Uitvoering Onderwijs} | Kempkensberg 12 | 9722 TB {k/PLACE:Groningen}\n"
              "M {r/PHONE:06-41 87 22 90}"),
    ("mono", "Van: {r:Sjoerd Hylkema}\nVerzonden: maandag 10 maart 2025 16:05\nAan: {r:Noor Pattiasina}\n"
             "CC: {r:Wytske Dijkstra}; {r:Brian O'Sullivan}\nOnderwerp: casus draagkracht - terugbetaling studiefinanciering"),
    ("p", "Beste {r:Noor},"),
    ("p", "Dank voor het signaal. Kun je de casus zonder BSN sturen? In de vorige mail stond het BSN "
          "{r/BSN:" + bsn(101) + "} nog in de bijlage; dat hoort niet via de gewone mail. {r:Brian} van "
          "het {k/TERM:data team} kijkt of er meer gevallen zijn met een vergelijkbaar profiel. De minister van "
          "{k:OCW}, {k/PUBLIC:minister Bruins}, heeft in zijn brief aan de {k:Tweede Kamer} toegezegd dat de "
          "terugbetaling 'menselijker' wordt; deze casus past daar precies in."),
    ("lines", "Groet,\n{r:Sjoerd}\n\n{r:S. (Sjoerd) Hylkema} | beleidsmedewerker studiefinanciering\n"
              "{k:Ministerie van Onderwijs, Cultuur en Wetenschap}\nT {r/PHONE:070 412 38 61} | M {r/PHONE:+31 6 2294 1773}"),
    ("mono", "From: {r:Brian O'Sullivan} <{r/EMAIL:b.osullivan@duo.nl}>\nSent: Monday, March 10, 2025 17:30\n"
             "To: {r:Sjoerd Hylkema}\nSubject: RE: casus draagkracht"),
    ("p", "Quick one: ik draai morgen een query op het {k/TERM:dashboard} terugbetalingen. Expect results by "
          "Wednesday. {r:Wytske} heeft de businessregels, ik check met haar."),
    ("p", "Cheers, {r:Brian}"),
])

# ---------------------------------------------------------------- ay02 inspection report (docx, 2 pages, author meta)
add("ay02_inspectierapport_basisschool", "docx", [
    ("h1", "Rapport kwaliteitsonderzoek OBS De Wierde, Appingedam"),
    ("p", "**{k:Inspectie van het Onderwijs}** - onderzoek naar aanleiding van signalen, uitgevoerd op 4 en 5 "
          "februari 2025. Bestuur: Stichting Openbaar Onderwijs Fivelingo. BRIN: 17XK."),
    ("table", [["Gegevens", ""],
               ["School", "{k:OBS De Wierde}, Wierdeweg 3, {k/PLACE:Appingedam}"],
               ["Inspecteur", "{r:drs. H.J. (Hendrik) Veldstra-Kuipers}"],
               ["Tweede inspecteur", "{r:Ana Luísa Fonseca}"],
               ["Directeur-bestuurder", "{r:Gerrit Rozema}"],
               ["Contact inspectie", "{k/MAILBOX:info@owinsp.nl} / {k/SWITCHBOARD:088 669 60 00}"]]),
    ("h2", "1. Aanleiding"),
    ("p", "De {k:Inspectie van het Onderwijs} ontving in het najaar van 2024 drie signalen van ouders over het "
          "veiligheidsbeleid en over de kwaliteit van het rekenonderwijs in groep 6/7. Het onderzoek is "
          "uitgevoerd door {r:Veldstra-Kuipers} en {r:Fonseca}; de directeur-bestuurder, de intern begeleider "
          "en vier leraren zijn gesproken."),
    ("h2", "2. Lesobservaties"),
    ("table", [["Groep", "Leraar", "Oordeel", "Toelichting"],
               ["3", "{r:Jantina Wiersma}", "voldoende", "heldere instructie, goede afstemming"],
               ["5", "{r:Rahul Venkataraman}", "voldoende", "sterk in het {k/TERM:feedback}-gesprek"],
               ["6/7", "{r:juf Anouk (A.M.) van der Kamp}", "onvoldoende", "geen differentiatie bij rekenen"],
               ["8", "{r:Lorenzo Bianchi}", "goed", "ambitieuze doelen, leerlingen werken zelfstandig"]]),
    ("p", "In groep 6/7 ontbreekt een doorgaande leerlijn. {r:Mevrouw Van der Kamp} geeft aan dat zij sinds "
          "januari alleen voor de groep staat omdat de duo-collega langdurig ziek is. De intern begeleider, "
          "{r:Marit Tjalsma}, heeft een plan van aanpak opgesteld dat nog niet is uitgevoerd."),
    ("pb",),
    ("h2", "3. Veiligheid"),
    ("p", "De school voert de monitoring van de sociale veiligheid uit volgens de {k/LAW:Wet op het primair "
          "onderwijs}. Het anti-pestcoördinatorschap ligt bij {r:meester Bianchi}. Een ouder, de heer "
          "{r:Attila Szabó}, meldde dat zijn zoon {r:Bence} in groep 7 werd gepest; de school heeft dit "
          "opgepakt volgens het protocol. Het {k:Samenwerkingsverband Passend Onderwijs Groningen} is "
          "betrokken."),
    ("h2", "4. Oordeel en herstelopdracht"),
    ("p", "De kwaliteit van het onderwijs is voldoende, met een herstelopdracht voor het aanbod rekenen in groep "
          "6/7 (standaard OP1). Het bestuur ontvangt binnen een jaar een herstelonderzoek. Vragen over dit "
          "rapport kunnen worden gesteld via {k/SWITCHBOARD:088 669 60 00}."),
    ("lines", "Namens de {k:Inspectie van het Onderwijs},\n\n(w.g.) {r:H.J. Veldstra-Kuipers}\n"
              "inspecteur primair onderwijs\n{r/EMAIL:h.veldstrakuipers@owinsp.nl} | {r/PHONE:06 18 44 02 75}"),
], title="Rapport kwaliteitsonderzoek OBS De Wierde", author="{r:Hendrik Veldstra-Kuipers}")

# ---------------------------------------------------------------- ay03 leerplicht letter (reportlab)
add("ay03_brief_leerplicht_verzuim", "reportlab", [
    ("lines", "{k:Gemeente Midden-Groningen}\nAfdeling Leerplicht en RMC\nPostbus 15, 9600 AA {k/PLACE:Hoogezand}\n"
              "Telefoon {k/SWITCHBOARD:14 0598}"),
    ("sp",),
    ("lines", "Aan de ouders/verzorgers van {r:Dewi Latuheru}\nDe heer {r:J.M. Latuheru} en mevrouw "
              "{r:S. Latuheru-Pattipeilohy}\n{r/ADDRESS:Kerkstraat 41a}\n{r/ADDRESS:9601 KC} {n:Hoogezand}"),
    ("sp",),
    ("lines", "Datum: 17 januari 2025\nKenmerk: {k/REF:LP-2025-00311}\nOnderwerp: ongeoorloofd schoolverzuim"),
    ("sp",),
    ("p", "Geachte heer en mevrouw {r:Latuheru},"),
    ("p", "Van {k:CSG Het Aletta Jacobs College} ontvingen wij een melding van ongeoorloofd verzuim van uw dochter "
          "{r:Dewi}, geboren op {r/DOB:14 augustus 2010}, leerling van klas 3 havo. Volgens de school was "
          "{r:Dewi} in de periode van 18 november tot en met 20 december 2024 in totaal 46 lesuren zonder geldige "
          "reden afwezig. Op grond van de {k/LAW:Leerplichtwet 1969} bent u verplicht ervoor te zorgen dat uw "
          "kind de school geregeld bezoekt."),
    ("p", "Wij nodigen u en {r:Dewi} uit voor een gesprek op dinsdag 28 januari 2025 om 15.30 uur op het "
          "gemeentehuis, Kerkstraat 2 in {k/PLACE:Hoogezand}. Het gesprek wordt gevoerd door de "
          "leerplichtambtenaar, {r:mevrouw R. Fernandes Tavares}. Zij heeft eerder telefonisch contact gehad met "
          "{r:mevrouw Latuheru-Pattipeilohy} op {r/PHONE:0598-62 44 18}."),
    ("p", "Mocht het verzuim een medische oorzaak hebben, dan kan de jeugdarts van de {k:GGD Groningen} worden "
          "ingeschakeld. Wij wijzen u erop dat bij herhaald ongeoorloofd verzuim een proces-verbaal kan worden "
          "opgemaakt. Het burgerservicenummer van {r:Dewi} ({r/BSN:" + bsn(303) + "}) is bij de school bekend; "
          "u hoeft dit niet mee te nemen."),
    ("p", "Met vriendelijke groet,"),
    ("lines", "{r:Rosa Fernandes Tavares}\nleerplichtambtenaar\n"
              "E {r/EMAIL:r.fernandestavares@midden-groningen.nl}\nT {r/PHONE:06 50 31 77 04}"),
    ("small", "Afschrift: {k:CSG Het Aletta Jacobs College}, mentor {r:dhr. T. Oosterhuis}"),
], title="Brief ongeoorloofd verzuim", author="")

# ---------------------------------------------------------------- ay04 Teams chat export (html)
add("ay04_teams_chat_rmc", "html", [
    ("h1", "Microsoft Teams - chatexport kanaal 'RMC Regio Groningen-Noord'"),
    ("small", "Geëxporteerd op 3 april 2025 door functionele beheerder. Deelnemers: 5."),
    ("table", [["Tijd", "Afzender", "Bericht"],
               ["08:51", "{r:Femke Jorritsma}", "Morning all. Wie pakt de nieuwe melding van {k:Noorderpoort} op? Jongen van 17, al 6 weken thuis."],
               ["08:53", "{r:Ionuț Popescu}", "Ik. Is dat {r:Kevin}? Die ken ik van vorig jaar, toen nog op {k:Alfa-college}."],
               ["08:54", "{r:Femke Jorritsma}", "Ja, {r:Kevin DE VRIES-KOK}. Moeder belt steeds met {r/PHONE:0031 6 1877 4420}."],
               ["09:02", "{r:Ionuț Popescu}", "Ok, ik bel haar vandaag. @{r:Siobhan} heb jij het dossier nog uit {k/TERM:Magister}?"],
               ["09:10", "{r:Siobhan Gallagher}", "Staat in de map. Let op: vader heeft een contactverbod, adres niet delen."],
               ["09:11", "{r:Siobhan Gallagher}", "Adres moeder: {r/ADDRESS:Zuiderdiep 118}, {n:Groningen}"],
               ["09:15", "{r:Femke Jorritsma}", "Wethouder {k/PUBLIC:Benjamins} wil in mei een update over de RMC-cijfers. Kan iemand de {k/TERM:dashboard}-export maken?"],
               ["09:20", "{r:Klaas-Jan Mulder}", "Doe ik. Ik mail het naar {k/MAILBOX:rmc@groningen.nl}, niet naar jullie persoonlijke box."],
               ["09:21", "{r:Ionuț Popescu}", "👍"],
               ["10:02", "{r:Siobhan Gallagher}", "Update {r:Kevin}: gesprek morgen 14:00 op het {k:Stadhuis}, Grote Markt 1."],
               ["10:04", "{r:Femke Jorritsma}", "Top. {r:Klaas-Jan}, nog even over de {k/LAW:Leerplichtwet 1969}-termijn: die geldt tot 18."],
               ["10:30", "{r:Klaas-Jan Mulder}", "Klopt, kwalificatieplicht tot 18. Ik zet het in het {k/TERM:follow-up}-lijstje."]]),
    ("small", "Einde export. {k:Gemeente Groningen} - {k:Regionaal Meld- en Coördinatiepunt}."),
], title="Teams export RMC")

# ---------------------------------------------------------------- ay05 minutes RWS dike (docx, 2p)
add("ay05_verslag_dijkversterking", "docx", [
    ("h1", "Verslag bestuurlijk overleg dijkversterking Eemshaven-Delfzijl"),
    ("p", "Datum: 6 mei 2025, 13.30-15.45 uur. Locatie: kantoor {k:Waterschap Noorderzijlvest}, "
          "Stedumermaar 1, {k/PLACE:Groningen}. Kenmerk {k/REF:RWS-2025/18832}."),
    ("table", [["Naam", "Organisatie / functie", "Paraaf"],
               ["{k/PUBLIC:dijkgraaf Geert-Jan ten Brink}", "{k:Waterschap Noorderzijlvest}, voorzitter", "-"],
               ["{k/PUBLIC:gedeputeerde Susan Top}", "{k:Provincie Groningen}", "-"],
               ["{r:Marjolein Bouwmeester-Tichelaar}", "{k:Rijkswaterstaat} Noord-Nederland, omgevingsmanager", "{r/PARAPH:MBT}"],
               ["{r:Thijs Oldenhuis}", "{k:Rijkswaterstaat}, technisch manager", "{r/PARAPH:TO}"],
               ["{r:Ebru Yıldırım}", "{k:Waterschap Noorderzijlvest}, projectleider", "{r/PARAPH:EY}"],
               ["{r:Matthias Schröder}", "{k:Groningen Seaports}, asset manager", "{r/PARAPH:MSch}"],
               ["{r:L. (Lotte) Haaksma}", "notulist", "{r/PARAPH:LH}"]]),
    ("h2", "1. Opening en mededelingen"),
    ("p", "De voorzitter, {k/PUBLIC:dijkgraaf Ten Brink}, opent de vergadering. {r:Schröder} meldt dat de "
          "vergunningaanvraag onder de {k/LAW:Omgevingswet} voor de tijdelijke bouwweg is ingediend. "
          "{k/PUBLIC:Gedeputeerde Top} vraagt aandacht voor de combinatie met de versterkingsopgave in Delfzijl."),
    ("h2", "2. Planning en fasering"),
    ("p", "{r:Oldenhuis} presenteert de planning van het {k:Hoogwaterbeschermingsprogramma}. De "
          "{k/TERM:design & construct}-aanbesteding start in het derde kwartaal. De {k/TERM:risk register} "
          "wordt aangevuld met de bevingsbestendigheid van de dijk (advies {k:TNO})."),
    ("p", "{r:Yıldırım} wijst erop dat de kwelproblematiek bij de Oterdumer polder is onderschat. Bewoner "
          "{r:Harm Scholtens} heeft daarover een brief gestuurd; zijn boerderij aan de {r/ADDRESS:Oterdumerweg 7} "
          "staat regelmatig nat."),
    ("pb",),
    ("h2", "3. Communicatie met de omgeving"),
    ("p", "{r:Bouwmeester-Tichelaar} organiseert een informatieavond in {k/PLACE:Delfzijl} op 12 juni. Vragen van "
          "bewoners lopen via {k/MAILBOX:dijkversterking@noorderzijlvest.nl} en het algemene nummer "
          "{k/SWITCHBOARD:050 304 89 11}."),
    ("h2", "4. Actielijst"),
    ("table", [["Nr", "Actie", "Wie", "Datum"],
               ["25-07", "Kwelmetingen Oterdumer polder delen", "{r/PARAPH:EY}", "1 juni"],
               ["25-08", "Informatieavond voorbereiden", "{r/PARAPH:MBT}", "12 juni"],
               ["25-09", "Brief aan {r:dhr. Scholtens} beantwoorden", "{r/PARAPH:TO} / {r/PARAPH:EY}", "20 mei"],
               ["25-10", "Afstemming havenbelangen", "{r/PARAPH:MSch}", "doorlopend"]]),
    ("small", "Verslag: {r:Lotte Haaksma}, {r/EMAIL:l.haaksma@rws.nl}"),
], title="Verslag BO dijkversterking", author="{r:Lotte Haaksma}")

# ---------------------------------------------------------------- ay06 Kamerbrief draft with paraph table (reportlab, 2p, annotation)
add("ay06_concept_kamerbrief_prorail", "reportlab", [
    ("small", "CONCEPT - niet verspreiden"),
    ("h1", "Kamerbrief over de voortgang van de spoorcorridor Zwolle-Groningen"),
    ("lines", "Aan: de Voorzitter van de {k:Tweede Kamer der Staten-Generaal}\nDatum: juni 2025\n"
              "Kenmerk: {k/REF:IENW/BSK-2025/141207}\nContactpersoon: {r:ir. P.F.M. (Pieter) Kloosterboer}\n"
              "T {r/PHONE:06 - 21 90 33 86}\nE {r/EMAIL:pieter.kloosterboer@minienw.nl}"),
    ("p", "Geachte voorzitter,"),
    ("p", "Met deze brief informeer ik uw Kamer over de voortgang van de maatregelen op de corridor "
          "{k/PLACE:Zwolle}-{k/PLACE:Groningen}, waarover het lid {k/PUBLIC:Grinwis} ({k:ChristenUnie}) en het lid "
          "{k/PUBLIC:Nijboer} ({k:PvdA}) vragen hebben gesteld. {k:ProRail} heeft in het eerste kwartaal de "
          "capaciteitsanalyse afgerond. Uit de analyse blijkt dat een extra intercity per uur mogelijk is na "
          "aanpassing van het emplacement Meppel."),
    ("p", "De kosten worden geraamd op € 84 miljoen. Dekking is voorzien uit het {k:Mobiliteitsfonds}. "
          "De {k:Autoriteit Consument en Markt} is geïnformeerd over de gevolgen voor de capaciteitsverdeling."),
    ("p", "De minister van {k:Infrastructuur en Waterstaat}, {k/PUBLIC:Barry Madlener}"),
    ("pb",),
    ("h2", "Parafenlijst (intern, niet meezenden)"),
    ("table", [["Naam", "Functie", "Paraaf", "Datum"],
               ["{r:Pieter Kloosterboer}", "senior beleidsmedewerker spoor", "{r/PARAPH:PKl}", "2-6-2025"],
               ["{r:Aoife Brennan-de Wit}", "afdelingshoofd Spoorcapaciteit", "{r/PARAPH:ABdW}", "3-6-2025"],
               ["{r:Giuseppe Romano}", "jurist, Directie Wetgeving", "{r/PARAPH:GR}", "3-6-2025"],
               ["{r:dr. E.S. Nagy}", "plv. directeur Openbaar Vervoer en Spoor", "{r/PARAPH:ESN}", "4-6-2025"]]),
    ("p", "Opmerking {r/PARAPH:GR}: de passage over de {k/LAW:Spoorwegwet} is gecheckt. Opmerking "
          "{r/PARAPH:ESN}: akkoord, {k/TERM:stakeholder management} met {k:NS} en {k:Arriva} loopt via "
          "{r:Brennan-de Wit}."),
    ("h2", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "Motivering: [in te vullen]"),
], title="Concept Kamerbrief spoorcorridor", author="",
    annots=[(0, "{r:Eszter Nagy}", "Pieter, graag de zin over Meppel checken met {r:Rutger} van ProRail voor we dit naar de minister sturen. - {r/PARAPH:ESN}")])

# ---------------------------------------------------------------- ay07 Schiphol noise complaints spreadsheet (xlsx)
add("ay07_export_klachten_schiphol", "xlsx", [
    ("h1", "Export meldingen geluidshinder - Bewoners Aanspreekpunt Schiphol (BAS) - week 14 2025"),
    ("table", [["Meldnr", "Datum", "Naam melder", "Adres", "Woonplaats", "E-mail", "Telefoon", "Baan", "Categorie"],
               ["{k/REF:BAS-25-004417}", "31-03-2025", "{r:P.J. Mac Giolla Rua}", "{r/ADDRESS:Dorpsstraat 88}", "{n:Zwanenburg}", "{r/EMAIL:pj.macgiollarua@gmail.com}", "{r/PHONE:020-497 31 12}", "Zwanenburgbaan", "nacht"],
               ["{k/REF:BAS-25-004418}", "31-03-2025", "{r:Heike Brandenburger}", "{r/ADDRESS:Koningin Julianalaan 5}", "{n:Aalsmeer}", "{r/EMAIL:heike.b@ziggo.nl}", "{r/PHONE:06 33 90 18 45}", "Aalsmeerbaan", "laagvliegen"],
               ["{k/REF:BAS-25-004419}", "01-04-2025", "{r:Rafael Nascimento Costa}", "{r/ADDRESS:Pastoor van Arsweg 12}", "{n:Badhoevedorp}", "{r/EMAIL:rafa.costa@outlook.com}", "{r/PHONE:+31 20 659 44 07}", "Kaagbaan", "vroeg"],
               ["{k/REF:BAS-25-004420}", "01-04-2025", "{r:WIJNGAARDEN, Corrie}", "{r/ADDRESS:Leimuiderdijk 317}", "{n:Rijsenhout}", "{r/EMAIL:c.wijngaarden48@kpnmail.nl}", "{r/PHONE:0297 34 15 60}", "Aalsmeerbaan", "nacht"],
               ["{k/REF:BAS-25-004421}", "02-04-2025", "{r:Sébastien Lefèvre}", "{r/ADDRESS:Hoofdweg 1502}", "{n:Nieuw-Vennep}", "{r/EMAIL:sébastien.lefèvre@orange.fr}", "{r/PHONE:06-5528 1937}", "Polderbaan", "overig"],
               ["{k/REF:BAS-25-004422}", "03-04-2025", "{r:Dimitar Georgiev}", "{r/ADDRESS:Schipholweg 44}", "{n:Hoofddorp}", "{r/EMAIL:dgeorgiev@hotmail.com}", "{r/PHONE:06 14 02 87 73}", "Buitenveldertbaan", "laagvliegen"]]),
    ("p", "Bron: registratiesysteem BAS. Algemeen telefoonnummer {k/SWITCHBOARD:020 601 55 55}. Vragen: {k/MAILBOX:info@bezoekbas.nl}."),
], title="BAS export week 14")

# ---------------------------------------------------------------- ay08 WhatsApp export waterschap calamity (html)
add("ay08_whatsapp_hoogwater_wetterskip", "html", [
    ("h1", "WhatsApp-chat 'Piket kades Friesland' - export"),
    ("mono", "[14-01-2025 22:14] {r:Jelle}: Kade bij Grou lekt, zandzakken nodig. Wie kan?\n"
             "[14-01-2025 22:16] {r:Wytske Hoekstra}: Ik. 20 min. Stuur locatie.\n"
             "[14-01-2025 22:16] {r:Jelle}: Pikmar, achter nr {n:23}. Bel {r/PHONE:06 4100 2987} als je er bent\n"
             "[14-01-2025 22:20] {r:Auke Zijlstra}: Heb {k:Wetterskip Fryslân} meldkamer gebeld, {k/SWITCHBOARD:058 292 22 22}. Zij sturen een ploeg\n"
             "[14-01-2025 22:31] {r:Wytske Hoekstra}: Bewoner {r:mevr. Bottema} staat buiten, kelder loopt vol. Haar nr {r/PHONE:0566-62 19 08}\n"
             "[14-01-2025 22:35] {r:Priya Raghavan}: Ik informeer de {k/PUBLIC:dijkgraaf} en de {k/PUBLIC:burgemeester van Leeuwarden}. Draaiboek hoogwater fase 2?\n"
             "[14-01-2025 22:36] {r:Jelle}: Ja fase 2. {r:Auke}, kun jij {k:Rijkswaterstaat} Noord-Nederland bellen ivm Van Harinxmakanaal?\n"
             "[14-01-2025 22:41] {r:Auke Zijlstra}: Gedaan. Contact daar is {r:Gerrit-Jan Bosma}, zijn mobiel {r/PHONE:06-23 45 91 06}\n"
             "[14-01-2025 23:58] {r:Wytske Hoekstra}: Lek gedicht. 140 zakken. {r:Jelle} ga naar huis 😴\n"
             "[15-01-2025 07:12] {r:Priya Raghavan}: Goed werk allemaal. Evaluatie vrijdag 10:00 in {k/PLACE:Leeuwarden}, Harlingerstraatweg 113. Verslag naar {k/MAILBOX:calamiteitenzorg@wetterskipfryslan.nl}\n"
             "[15-01-2025 07:15] {r:Jelle de Jong} (nu met naam 🙂): Top. {r:Jelle de Jong}, {r/EMAIL:jdejong@wetterskipfryslan.nl}"),
    ("small", "Exportbestand: WhatsApp Chat met Piket kades Friesland.txt - berichten en oproepen zijn end-to-end versleuteld."),
], title="WhatsApp Chat met Piket kades Friesland")

# ---------------------------------------------------------------- ay09 waterschap letter to citizen (reportlab)
add("ay09_brief_waterschap_watervergunning", "reportlab", [
    ("lines", "{k:Waterschap Hunze en Aa's}\nPostbus 195, 9640 AD {k/PLACE:Veendam}\n{k/SWITCHBOARD:0598 693 800} | {k/MAILBOX:info@hunzeenaas.nl}"),
    ("sp",),
    ("lines", "De heer {r:K.F. Dijkhuis-Hemmes}\n{r/ADDRESS:Hoofdweg 213}\n{r/ADDRESS:9626 AH} {n:Schildwolde}"),
    ("sp",),
    ("lines", "Datum: 22 april 2025\nZaaknummer: {k/REF:Z2025-004173}\nOnderwerp: watervergunning dempen sloot perceel Schildwolde sectie H 1187"),
    ("p", "Geachte heer {r:Dijkhuis-Hemmes},"),
    ("p", "U vroeg op 3 maart 2025 een watervergunning aan voor het dempen van een sloot van 86 meter achter uw "
          "woning. Op grond van de {k/LAW:Waterwet} en de Keur van het waterschap verlenen wij de vergunning onder "
          "voorwaarden. U moet een compenserende watergang graven van minimaal 45 m² oppervlak. De "
          "toezichthouder, {r:de heer B. Nijdam}, neemt contact met u op voordat de werkzaamheden starten."),
    ("p", "De legeskosten van € 312,00 worden geïncasseerd van rekening {r/IBAN:" + iban(909, "RABO") + "}, "
          "ten name van {r:K.F. Dijkhuis-Hemmes}. Tegen dit besluit kunt u binnen zes weken bezwaar maken bij het "
          "{k:dagelijks bestuur} van het waterschap."),
    ("p", "Met vriendelijke groet,\nnamens het dagelijks bestuur,"),
    ("lines", "{r:Irene Mekel-Stoffer}\nteamleider Vergunningen\n\nBehandeld door: {r:Bauke Nijdam}, "
              "{r/PHONE:06 38 10 27 49}, {r/EMAIL:b.nijdam@hunzeenaas.nl}"),
], title="Watervergunning Z2025-004173")

# ---------------------------------------------------------------- ay10 scan: resident letter to ProRail (scan)
add("ay10_scan_klacht_trillingen_prorail", "scan", [
    ("lines", "{r:Joaquim Semedo Tavares}\n{r/ADDRESS:Stationsweg 17}\n{r/ADDRESS:9641 AB} Veendam\ntel. {r/PHONE:06 27 81 44 93}"),
    ("sp",),
    ("lines", "Aan ProRail, afdeling Publieksinformatie\nPostbus 2038\n3500 GA Utrecht"),
    ("sp",),
    ("p", "Veendam, 9 februari 2025"),
    ("p", "Betreft: trillingen goederentreinen en scheuren in mijn woning"),
    ("p", "Geachte heer, mevrouw,"),
    ("p", "Sinds de nieuwe dienstregeling rijden er 's nachts goederentreinen naar de Eemshaven. Mijn huis "
          "trilt daarbij zo hard dat er nieuwe scheuren in de voorgevel zijn gekomen. Mijn buurvrouw, mevrouw "
          "{r:Hanna Blaauw}, heeft hetzelfde probleem. Ik wil weten of ProRail de trillingen gaat meten. "
          "Eerder heb ik gebeld met uw medewerker {r:Marco Ferrante}, maar ik heb nooit meer iets gehoord."),
    ("p", "Ik ben ook bij het IMG geweest, maar daar zeggen ze dat het niet door de gaswinning komt. "
          "U kunt mij mailen op {r/EMAIL:joaquim.tavares@gmail.com}."),
    ("p", "Met vriendelijke groet,"),
    ("lines", "{r:Joaquim Semedo Tavares}"),
], fontsize=12, serif=True)
