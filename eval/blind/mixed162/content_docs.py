from content import doc

doc("hh01_woo_verzoek", """
# Verzoek op grond van de Wet open overheid
Aan: college van B en W, gemeente Harlingen, t.a.v. woo@harlingen.nl
Leeuwarden, 3 november 2026
Geacht college,
Namens de Leeuwarder Courant verzoek ik op grond van de Woo om openbaarmaking van alle documenten over de aanvaring van het tankschip Geertruida Hoekstra (IMO 9412345) met de Willem Barentszkade op 14 oktober 2026 en de daarop volgende olieverontreiniging in de Zuiderhaven en de Waddenzee.
Het gaat in elk geval om: correspondentie tussen de gemeente Harlingen, het Havenbedrijf Harlingen, Rijkswaterstaat en de Inspectie Leefomgeving en Transport; het port state control-rapport; facturen van bergers en schoonmaakbedrijven; chatberichten van de havendienst; en de antwoorden op persvragen.
Ik ontvang de stukken graag digitaal.
Met vriendelijke groet,
Lotte Brandsma
verslaggever Leeuwarder Courant
Postadres redactie: Leeuwarder Courant, Leeuwarden. Ondertekend: L. Brandsma
l.brandsma@lc.nl | 058 - 284 55 10
""", producer="Microsoft® Word voor Microsoft 365")

doc("hh02_ontvangstbevestiging", """
# Ontvangstbevestiging Woo-verzoek
Gemeente Harlingen | Postbus 10000 | telefoon 14 0517 | woo@harlingen.nl
Ons kenmerk: WOO-2026-0448 | Zaaknummer Z/26/044871
Datum: 5 november 2026
Geachte mevrouw Brandsma,
Op 3 november 2026 hebben wij uw verzoek ontvangen om openbaarmaking van documenten over de aanvaring van de Geertruida Hoekstra in de Zuiderhaven. Wij behandelen uw verzoek op grond van de Wet open overheid.
Wij beslissen binnen vier weken na ontvangst. Omdat ook het Havenbedrijf Harlingen, Rijkswaterstaat en de ILT stukken hebben, vragen wij hun zienswijze; deze termijn kan daardoor met twee weken worden verlengd.
Heeft u vragen, neem dan contact op met mevrouw A. de Boer-Rijpma, telefoon 0517 - 49 23 18, of mail naar woo@harlingen.nl onder vermelding van WOO-2026-0448.
Met vriendelijke groet,
namens het college van B en W van de gemeente Harlingen,
Anneke de Boer-Rijpma
juridisch adviseur informatieverzoeken
Kopie: S. Eisma, team Informatiebeheer
""", font="times", producer="iText 7.2.5 (AGPL-version)", creator="Corsa Zaaksysteem")

doc("hh03_mail_hcc_eerste_melding", """
# Outlook - bericht
Van: Van der Wal, Sjoerd <sjoerd.vanderwal@havenharlingen.nl>
Verzonden: woensdag 14 oktober 2026 06:52
Aan: havendienst@havenharlingen.nl; Wiersma, Pieter <p.wiersma@havenharlingen.nl>
CC: Zijlstra, Marit <marit.zijlstra@havenharlingen.nl>
Onderwerp: HBH-INC-2026-017 aanvaring Geertruida Hoekstra - Willem Barentszkade
Allen,
Om 06:18 uur is het tankschip Geertruida Hoekstra (IMO 9412345) bij het aanmeren tegen de Willem Barentszkade gevaren. Aan bakboord is een bunkertank geraakt; er lekt heavy fuel oil (HFO) in de Zuiderhaven. Aan boord was loods T. ter Horst van het Loodswezen; de sleepboot Grietje Stienstra assisteerde.
Ik heb om 06:25 uur het Kustwachtcentrum in Den Helder gewaarschuwd en Rijkswaterstaat (Koen Verbeek, piket) gebeld. Oliescherm wordt nu uitgelegd door de havendienst. We schalen op naar Tier 2.
Pieter, wil jij de burgemeester informeren? Burgemeester Haarsma is om 07:30 bereikbaar.
Groet,
Sjoerd
havenmeester van dienst | Harbour Coordination Centre
M 06-41827365 | Havenweg 1, Harlingen
""", producer="Microsoft® Outlook® voor Microsoft 365", creator="Microsoft® Outlook® voor Microsoft 365")

doc("hh04_mail_rws_thread", """
# Mailwisseling Rijkswaterstaat - Havenbedrijf
Van: Koopmans, Bas <bas.koopmans@rws.nl>
Verzonden: woensdag 14 oktober 2026 11:04
Aan: Van der Wal, Sjoerd <sjoerd.vanderwal@havenharlingen.nl>
CC: Verbeek, Koen; pers@rws.nl
Onderwerp: RE: RWS-NN-2026-5521 olie Zuiderhaven - inzet Arca
Beste Sjoerd,
Het olievangschip Arca is om 10:40 uur uit Den Helder vertrokken en zal rond 14:00 uur bij de Blauwe Slenk zijn. De Johan van Veen blijft stand-by bij Vlieland. Wij vragen jullie de skimmer in de Zuiderhaven tot die tijd door te laten draaien.
Kun je laten weten of de Rederij Doeksen de dienst naar Terschelling vanavond aanhoudt? Het oliescherm ligt dicht bij de veersteiger.
Met vriendelijke groet,
Bas Koopmans
Rijkswaterstaat Noord-Nederland | coördinator incidentbestrijding
+31 (0)6 5120 3344
===
-----Oorspronkelijk bericht-----
Van: Van der Wal, Sjoerd <sjoerd.vanderwal@havenharlingen.nl>
Verzonden: woensdag 14 oktober 2026 08:31
Aan: Koopmans, Bas <bas.koopmans@rws.nl>
Onderwerp: RWS-NN-2026-5521 olie Zuiderhaven
Bas,
Zoals telefonisch met Koen Verbeek besproken: geschat 18 tot 25 m3 HFO uitgestroomd, het grootste deel binnen het oliescherm. Een deel is met de eb richting de Vliestroom gedreven. Graag inzet van de Arca. Ik ben bereikbaar op 06-41827365.
Sjoerd van der Wal
Havenbedrijf Harlingen
""", producer="Microsoft® Outlook® voor Microsoft 365")

doc("hh05_teams_chat", """
# Teams-chat: Havenmeesterskantoor - incident 14-10
[06:31] Sjoerd van der Wal: jongens, Tier 2, oliescherm eruit, wie is er binnen?
[06:32] Marit Zijlstra: ik ben er over 10 min. Gerben zit al op de Anna Bouwes
[06:33] Gerben Kuipers: klopt, varen nu naar de Willem Barentszkade
[06:40] Marit Zijlstra: loods belt, Thijs zegt dat het roer niet reageerde bij het laatste stuk
[06:41] Sjoerd van der Wal: noteren in het logboek aub, niet in de app
[06:58] Gerben Kuipers: scherm ligt, lekkage aan bakboord lijkt minder
[07:12] Marit Zijlstra: Gerbs, kun je foto's maken van de tank?
[07:13] Gerben Kuipers: doe ik. Zijl, bel jij de kapitein, die Ozoliņš? hij neemt niet op via VHF kanaal 11
[07:20] Marit Zijlstra: gedaan, chief engineer Dela Cruz zegt dat een matroos onwel is
[07:21] Sjoerd van der Wal: ambulance via 112, ik bel Özlem van de veiligheidsregio
[08:05] Douwe Hiemstra: pers staat bij het Hannemahuis, Leeuwarder Courant en Omrop Fryslân. wie staat ze te woord?
[08:07] Sjoerd van der Wal: niemand, verwijs naar communicatie@harlingen.nl en Yvonne Tjalsma
[08:09] Douwe Hiemstra: top
""", kind="docx", producer="LibreOffice 7.6", creator="Writer", font="dejavu")

doc("hh06_psc_rapport", """
# Port State Control - Report of inspection (Paris MoU)
Inspectie Leefomgeving en Transport | port state control | psc@ilent.nl
Report no.: PSC-NL-2026-03391 | Place of inspection: Harlingen, Nieuwe Willemshaven | Date: 15-10-2026
| Item | Entry |
| Name of ship | Geertruida Hoekstra |
| IMO number | IMO 9412345 |
| Flag | Latvia (port of registry Riga) |
| Company | Baltic Tanker Management SIA, Riga |
| Classification society | Bureau Veritas |
| Master | Jurģis Ozoliņš |
| Chief engineer | Rolando Dela Cruz |
| PSC officer(s) | J.W. Meijering; F. 't Hart |
Deficiencies:
| Code | Deficiency | Action |
| 13101 | Steering gear: hydraulic pump no. 2 failure alarm not operational | 17 - rectify before departure |
| 07105 | Fire doors: self-closing device defective | 16 - rectify within 14 days |
| 14104 | MARPOL Annex I: oil record book not properly filled in | 17 |
| 18203 | Rest hours: records of OS M. Wróbel inconsistent with watch schedule | 17 |
Ground for detention: YES. The ship is detained under Richtlijn 2009/16/EG.
Pilot on board at time of incident: T. ter Horst (Loodswezen).
Signature master: J. Ozoliņš | Signature PSC officer: J.W. Meijering
""", font="dejavu", producer="Aspose.PDF for .NET 23.4", creator="THETIS-EU export")

doc("hh07_ilt_inspectierapport", """
# Inspectierapport ILT - aanvaring Geertruida Hoekstra
Inspectie Leefomgeving en Transport, Toezicht Scheepvaart | Kenmerk ILT-2026/118734
Inspecteurs: Femke 't Hart (teamleider a.i.) en Jan-Willem Meijering
# 1. Aanleiding
Op 14 oktober 2026 om 06:18 uur voer het tankschip Geertruida Hoekstra tijdens het aanmeren tegen de Willem Barentszkade in Harlingen. Aan boord waren de kapitein, 14 bemanningsleden en een registerloods van het Loodswezen. De inspectie heeft op 15 en 16 oktober onderzoek gedaan op grond van de Scheepvaartverkeerswet en de Havenbeveiligingswet.
# 2. Verklaringen
De loods, de heer Ter Horst, verklaarde dat het schip na het draaien in de Nieuwe Willemshaven onvoldoende reageerde op het roer. De kapitein, de heer Ozoliņš, bevestigde een alarm van de stuurmachine. Chief engineer Dela Cruz verklaarde dat pomp 2 al sinds Riga storingen gaf, maar dat dit niet in het logboek was opgenomen.
De havenmeester van dienst, de heer Van der Wal, heeft om 06:25 uur het Kustwachtcentrum gewaarschuwd. De inspectie stelt vast dat de melding tijdig was.
===
# 3. Bevindingen
a. De stuurmachine had een bekend gebrek dat niet was gemeld aan de havendienst en niet aan de loods (loodsbrief ontbrak).
b. Het oliescherm lag 37 minuten na de aanvaring; dit past binnen het calamiteitenplan van het Havenbedrijf Harlingen.
c. Een bemanningslid, matroos M. Wróbel (geboren 12-03-1991), is met verschijnselen van dampvergiftiging naar het Medisch Centrum Leeuwarden gebracht en heeft zuurstoftherapie gekregen.
# 4. Conclusie
De ILT legt de rederij Baltic Tanker Management SIA een last onder dwangsom op en meldt de detention aan het Paris MoU. Het rapport wordt gedeeld met Rijkswaterstaat en de gemeente Harlingen.
Den Haag, 28 oktober 2026
F. 't Hart, inspecteur | 088 489 12 77 | femke.thart@ilent.nl
""", producer="Microsoft® Word 2019", creator="Microsoft® Word 2019")

doc("hh08_loodsverklaring", """
# Verklaring registerloods - Loodswezen regio Noord
Betreft: loodsreis Geertruida Hoekstra, Vliestroom - Harlingen, 14 oktober 2026
Loods: Thijs ter Horst (loodsnummer L-2231) | mobiel 06 2938 4711 | t.terhorst@loodswezen.nl
Aflossend loods: Erik-Jan Smits
Ik ben om 04:10 uur bij Vlieland aan boord gekomen. De kapitein, de heer Ozoliņš, gaf mij een loodsbrief zonder vermelding van gebreken aan de stuurmachine. Tot de Blauwe Slenk was er niets bijzonders.
Bij het draaien in de Nieuwe Willemshaven gaf ik 20 graden stuurboordroer. Het schip reageerde traag. Ik heb de sleepboot Grietje Stienstra gevraagd harder te trekken; het achterschip raakte om 06:18 uur de kade. Ik heb direct de havendienst via VHF kanaal 11 gewaarschuwd.
Ik heb geen alcohol gebruikt; de blaastest van de Kustwacht was negatief.
Harlingen, 14 oktober 2026
T. ter Horst
Gezien: E.J. Smits, dienstdoend loods | paraaf EJS
""", font="serif", producer="PDFpen 13.1", creator="PDFpen")

doc("hh09_meldingsformulier", """
# Meldingsformulier incident / verontreiniging
Havenbedrijf Harlingen | Harbour Coordination Centre | havendienst@havenharlingen.nl | 0517 - 49 22 22
Incidentnummer: HBH-INC-2026-017 | Registratie: 2026-1014-HCC
Dit formulier is door de melder digitaal ingevuld. De velden hieronder zijn invulvelden (AcroForm).
Soort incident: aanvaring met uitstroom van heavy fuel oil (HFO), Tier 2.
Schip: Geertruida Hoekstra, vlag Letland, IMO 9412345.
Locatie: Willem Barentszkade, Zuiderhaven.
""", form=[("melder", "Naam melder", "Marit Zijlstra"), ("melder_tel", "Telefoon melder", "06-33419285"),
           ("melder_mail", "E-mail melder", "marit.zijlstra@havenharlingen.nl"),
           ("kapitein", "Naam kapitein", "Jurgis Ozolins"), ("loods", "Loods aan boord", "Thijs ter Horst"),
           ("gewonde", "Gewonde(n)", "Mikolaj Wrobel, geb. 12-03-1991"), ("letsel", "Letsel", "dampvergiftiging"),
           ("getuige", "Getuige op de kade", "Rixt van Dijk, Zuiderhaven 88-b")],
    font="dejavu", producer="Adobe Acrobat Pro (64-bit) 24.1", creator="Adobe Acrobat Pro")

doc("hh10_factuur_berger", """
# FACTUUR
Oosterbaan Duik- en Bergingswerken
eigenaar R. Oosterbaan | Kerkpad 7, 8861 BT Harlingen
tel. 0517-415590 | mobiel 06 1122 9087 | rients@oosterbaan-duikwerken.nl
KvK 71234568 | IBAN NL42 RABO 0312 4567 89 | btw NL0012.34.567.B01
Aan: Havenbedrijf Harlingen, t.a.v. crediteurenadministratie, facturen@havenharlingen.nl
Factuurnummer: INV-2026-0311 | Datum: 21 oktober 2026 | Uw referentie: HBH-INC-2026-017
| Omschrijving | Aantal | Prijs | Bedrag |
| Duikinspectie romp Geertruida Hoekstra, 14-10 | 1 | 1.850,00 | 1.850,00 |
| Dichten lek bunkertank bakboord (plug en cement) | 1 | 6.400,00 | 6.400,00 |
| Inzet werkboot en 2 duikers, 15-10 en 16-10 | 2 dagen | 2.750,00 | 5.500,00 |
| Subtotaal |  |  | 13.750,00 |
| btw 21% |  |  | 2.887,50 |
| Totaal |  |  | 16.637,50 |
Betaling binnen 30 dagen op NL42 RABO 0312 4567 89 t.n.v. R. Oosterbaan.
Met dank voor de opdracht, Rients Oosterbaan
""", producer="Nitro Pro 13.70", creator="Nitro Pro")

doc("hh11_factuur_salvage", """
# Wad Salvage B.V. - Invoice
Wad Salvage B.V. | Industrieweg, Den Helder | info via 0800-8002 is NOT our number; contact your account manager
Invoice INV-2026-0311-WS | Date: 30 October 2026 | Client: Havenbedrijf Harlingen (to be recovered from Baltic Tanker Management SIA)
Account manager: Arjen Schaap | 020 - 590 44 81 | arjen.schaap@wadsalvage.nl
| Service | Days | Amount EUR |
| Salvage standby tug and pontoon, Zuiderhaven | 3 | 38.400,00 |
| Oil recovery with skimmer and oil boom, 600 m | 3 | 51.900,00 |
| Disposal heavy fuel oil / water mixture, 41 m3 | 1 | 12.300,00 |
| Total excl. VAT | | 102.600,00 |
Our salvage master on site was Niels Dekker. Terms under Lloyd's Open Form do not apply; daily rates per framework contract HBH/JUR/2026-088.
Approved for invoicing: A. Schaap
""", producer="iText 5.5.13.3 (c) 2000-2022 iText Group NV", creator="SAP Business One")

doc("hh12_beslisnota_college", """
# Beslisnota college van B en W
Onderwerp: kosten olieverontreiniging Zuiderhaven en verhaal op de rederij
Kenmerk: Z/26/044871 | Datum: 2 november 2026
Portefeuillehouder: burgemeester Haarsma (openbare orde), wethouder Feenstra (haven en economie)
Steller: Anneke de Boer-Rijpma, juridisch adviseur | 0517-492318
# Aanleiding
Op 14 oktober 2026 is de Geertruida Hoekstra tegen de Willem Barentszkade gevaren. Er is ongeveer 20 m3 heavy fuel oil in de Zuiderhaven en de Waddenzee terechtgekomen. Het Havenbedrijf Harlingen heeft de eerste bestrijding gedaan; Rijkswaterstaat heeft met de Arca het open water schoongemaakt.
# Geadviseerd besluit
Het college wordt gevraagd: 1. in te stemmen met het voorschieten van de kosten van Bouma Schoonmaak voor het reinigen van de kademuren (EUR 24.300); 2. de kosten te verhalen op Baltic Tanker Management SIA op grond van de Waterwet en het Bestuursakkoord Waddengebied.
# Kern
De eigenaar van het schip is aansprakelijk. De P&I-verzekeraar heeft een garantie afgegeven. Het Havenbedrijf Harlingen declareert zijn kosten zelf; de gemeente declareert de kosten van de kaderreiniging en de inzet van de brandweer.
# Krachtenveld
De Waddenvereniging vraagt om een onafhankelijk onderzoek. Kamerlid El Yassini heeft Kamervragen gesteld aan minister Van Rijckevorsel. Gedeputeerde Sikkema heeft namens de Provincie Fryslân steun toegezegd.
===
# Informatie die niet openbaar gemaakt kan worden
Nog in te vullen.
Paraaf: AdBR | gezien: SE
""", author="Jelmer Dijkstra", producer="Microsoft® Word voor Microsoft 365")

doc("hh13_persvragen", """
# Persvragen en antwoorden - olie in de Zuiderhaven
Van: Brandsma, Lotte <l.brandsma@lc.nl>
Verzonden: donderdag 15 oktober 2026 09:12
Aan: communicatie@harlingen.nl
Onderwerp: vragen LC over olie Zuiderhaven
Goedemorgen, ik heb de volgende vragen: 1. Hoeveel olie is er gelekt? 2. Klopt het dat de stuurmachine al defect was? 3. Wie betaalt de schoonmaak? 4. Is er een bemanningslid gewond? Ik schrijf vandaag voor de krant van morgen. Bellen kan ook: 058 - 284 55 10. Groet, Lotte
===
Van: Tjalsma, Yvonne <y.tjalsma@harlingen.nl>
Verzonden: donderdag 15 oktober 2026 13:40
Aan: Brandsma, Lotte <l.brandsma@lc.nl>
CC: Eisma, Sanne <sanne.eisma@harlingen.nl>
Onderwerp: RE: vragen LC over olie Zuiderhaven
Beste mevrouw Brandsma,
1. Naar schatting 18 tot 25 m3 heavy fuel oil. 2. Dat onderzoekt de Inspectie Leefomgeving en Transport; wij lopen daar niet op vooruit. 3. De kosten worden verhaald op de eigenaar van het schip. 4. Eén bemanningslid is ter controle naar het ziekenhuis gebracht; over zijn gezondheid doen wij geen mededelingen.
Burgemeester Haarsma geeft vanmiddag om 16:00 uur een persmoment bij het Hannemahuis.
Met vriendelijke groet,
Yvonne Tjalsma | communicatieadviseur | 06-48120933
""", producer="Microsoft® Outlook® voor Microsoft 365")

doc("hh14_persbericht", """
# Persbericht gemeente Harlingen en Havenbedrijf Harlingen
Harlingen, 15 oktober 2026
Olie in Zuiderhaven grotendeels opgeruimd
Na de aanvaring van het tankschip Geertruida Hoekstra met de Willem Barentszkade is het grootste deel van de gelekte olie opgeruimd. Het Havenbedrijf Harlingen legde binnen het uur een oliescherm. Het olievangschip Arca van Rijkswaterstaat ruimde olie op in de Vliestroom.
"Ik ben de medewerkers van de havendienst en de hulpdiensten dankbaar voor hun snelle optreden," zegt burgemeester Haarsma. Wethouder Feenstra: "We verhalen alle kosten op de rederij."
De veerdienst van Rederij Doeksen naar Vlieland en Terschelling vaart volgens dienstregeling. De Inspectie Leefomgeving en Transport onderzoekt de oorzaak.
Noot voor de redactie: vragen via communicatie@harlingen.nl of 14 0517. Beelden: Havenbedrijf Harlingen, info@havenharlingen.nl.
""", kind="docx", author="Yvonne Tjalsma", producer="LibreOffice 7.6", creator="Writer")

doc("hh15_mail_ilt_gemeente", """
# Mail ILT - gemeente
Van: Ruiter, Hanneke <hanneke.ruiter@ilent.nl>
Verzonden: maandag 19 oktober 2026 16:22
Aan: De Boer-Rijpma, Anneke <a.deboer-rijpma@harlingen.nl>; Van der Wal, Sjoerd <sjoerd.vanderwal@havenharlingen.nl>
CC: 't Hart, Femke <femke.thart@ilent.nl>; Meijering, Jan-Willem <jw.meijering@ilent.nl>
Onderwerp: ILT-2026/118734 conceptrapport en verzoek om stukken
Geachte mevrouw De Boer-Rijpma, beste Sjoerd,
Voor ons onderzoek naar de aanvaring van de Geertruida Hoekstra ontvangen wij graag: het logboek van het Harbour Coordination Centre, de walradar-opnamen van 05:45 tot 06:45 uur en de opnamen van VHF kanaal 11. Femke 't Hart neemt contact op voor een afspraak op het havenkantoor aan de Havenweg.
Ik wijs u erop dat het conceptrapport niet openbaar is tot de vaststelling.
Met vriendelijke groet,
drs. H. Ruiter
teamleider Toezicht Scheepvaart, Inspectie Leefomgeving en Transport
""", producer="Microsoft® Outlook® 2016")

doc("hh16_brief_bewoner_scan", """
# Aan de gemeente Harlingen
H.J. Postma
Oosterstraat 19
8861 XK Harlingen
Harlingen, 17 oktober 2026
Geacht college,
Sinds de olie in de Zuiderhaven stinkt mijn huis naar stookolie.
Mijn vrouw heeft astma en kan niet meer buiten zitten.
Ik wil weten wie de schade betaalt aan mijn boot
in de Noorderhaven, die ook onder de olie zit.
Mijn BSN is 111222333.
U kunt mij bellen op 0031 517 418 302
of mailen naar hj.postma1958@ziggo.nl.
Hoogachtend,
~Hendrik Jan Postma
~H.J. Postma
""", kind="scan", producer="KONICA MINOLTA bizhub C300i", creator="Scan to PDF")

doc("hh17_notulen_crisisoverleg", """
# Verslag Regionaal Beleidsteam (RBT) - olieverontreiniging Harlingen
Datum: 14 oktober 2026, 09:30 - 10:45 uur | Locatie: stadhuis Harlingen | Kenmerk 2026-1014-HCC
| Naam | Functie / organisatie | Aanwezig |
| burgemeester Haarsma | voorzitter, gemeente Harlingen | ja |
| Özlem Çelik | officier van dienst bevolkingszorg, Veiligheidsregio Fryslân | ja |
| Pieter Wiersma | directeur Havenbedrijf Harlingen | ja |
| Sjoerd van der Wal | havenmeester van dienst | ja |
| Bas Koopmans | Rijkswaterstaat | ja (telefonisch) |
| Yvonne Tjalsma | communicatie | ja |
| Sanne Eisma | verslag | ja |
# 1. Beeld
Van der Wal: 18-25 m3 HFO, oliescherm ligt, lekkage aan bakboord gestopt na inzet duikers van Oosterbaan. Koopmans: Arca vertrokken, Johan van Veen stand-by.
# 2. Besluiten
a. Zuiderhaven gesloten voor recreatievaart tot nader order. b. Wetterskip Fryslân wordt geïnformeerd over het gemaal bij Kimswerd. c. Bewoners aan de Zuiderhaven krijgen een brief.
===
# 3. Actielijst
| nr | actie | wie | wanneer |
| 1 | bewonersbrief | YT / SE | 14-10 |
| 2 | kosten registreren | PGW | doorlopend |
| 3 | contact rederij en P&I | SvdW | 15-10 |
| 4 | melding Waddenvereniging | ÇELIK | 14-10 |
""", font="dejavu", producer="Microsoft® Word voor Microsoft 365")

doc("hh18_bewonersbrief", """
# Aan de bewoners van de Zuiderhaven en de Noorderhaven
Harlingen, 14 oktober 2026
Beste bewoner,
Vanochtend is in de Zuiderhaven een schip tegen de kade gevaren. Daarbij is stookolie in het water gekomen. U kunt een olielucht ruiken. Volgens de GGD is er geen gevaar voor de gezondheid, maar wij raden u aan ramen aan de havenkant gesloten te houden.
De Zuiderhaven is gesloten voor recreatievaart. Ligt uw boot in de haven, neem dan contact op met de havendienst via 0517 - 49 22 22 of havendienst@havenharlingen.nl.
Schade? Meld die bij de gemeente via 14 0517 of woo@harlingen.nl is niet het juiste adres; gebruik het schadeformulier op de website.
Met vriendelijke groet,
burgemeester Haarsma
""", producer="Microsoft® Word 2019")

doc("hh19_rws_situatierapport", """
# Situatierapport Rijkswaterstaat - RWS-NN-2026-5521
Incident: olieverontreiniging Harlingen / Vliestroom | Sitrap nr. 3 | 15 oktober 2026 08:00 uur
Opsteller: coördinator incidentbestrijding Rijkswaterstaat Noord-Nederland
# Situatie
Ingezette middelen: Arca (olievangschip), Johan van Veen (stand-by Vlieland), oil boom 600 m van Wad Salvage B.V., skimmer van het Havenbedrijf Harlingen.
Opgeruimd tot nu: 41 m3 olie-watermengsel. Op de kwelder bij Pingjum zijn olievlekken gezien; de Waddenvereniging telt besmeurde vogels.
===
# Contacten
| Rol | Naam | Bereikbaarheid |
| piket RWS | Koen Verbeek | 0800-8002 toestel 4417 |
| HCC Harlingen | Sjoerd van der Wal | 06-41827365 |
| Kustwacht | meldkamer | meldkamer@kustwacht.nl |
| berger | Arjen Schaap | 020 - 590 44 81 |
# Vooruitzicht
Bij westenwind kracht 5 verwachten wij geen verdere verspreiding richting Lauwersoog. Afschalen naar Tier 1 is voorzien op 16 oktober. Afstemming volgens Bonn Agreement niet nodig.
""", xmp_creator="Tineke Bos-Hettema", producer="Microsoft® Word voor Microsoft 365")

doc("hh20_factuur_schoonmaak", """
# Bouma Schoonmaak - factuur 2026-118
Wietse Bouma | eenmanszaak | KvK 80445219 | IBAN NL19 INGB 0007 7340 21
wietse@boumaschoonmaak.nl
Aan: gemeente Harlingen, afdeling Openbare Ruimte
Datum: 28 oktober 2026 | Opdracht: reinigen kademuren Zuiderhaven en Willem Barentszkade (referentie Z/26/044871)
| Werkzaamheden | Uren | Tarief | Bedrag |
| Hogedrukreiniging kademuur met heet water | 96 | 135,00 | 12.960,00 |
| Afvoer olievervuild afval | 1 | 4.120,00 | 4.120,00 |
| Hoogwerker en ponton | 4 dagen | 420,00 | 1.680,00 |
| Totaal excl. btw |  |  | 18.760,00 |
| btw 21% |  |  | 3.939,60 |
| Totaal |  |  | 22.699,60 |
Gelieve te betalen binnen 14 dagen op NL19 INGB 0007 7340 21 t.n.v. W. Bouma.
Postadres: Sluisweg 14, 8862 AB Harlingen | mobiel 06 4477 2019
""", font="serif", producer="Exact Online", creator="Exact Online Facturatie")

doc("hh21_raadsvragen", """
# Schriftelijke vragen ex artikel 38 Reglement van orde
Indiener: raadslid Terpstra (GroenLinks)
Datum: 20 oktober 2026
Onderwerp: olieramp Zuiderhaven
1. Wanneer heeft het college van B en W het eerst gehoord van de aanvaring van de Geertruida Hoekstra?
2. Klopt het dat de loods de havendienst al eerder had gewaarschuwd over problemen met het schip?
3. Is het college bereid de resultaten van het ILT-onderzoek met de raad te delen?
4. Welke afspraken zijn gemaakt met Rijkswaterstaat over de kosten?
# Antwoord van het college
1. De burgemeester is om 07:30 uur door de directeur van het Havenbedrijf Harlingen geïnformeerd.
2. Nee. Uit de verklaring van de loods blijkt dat hij pas bij het aanmeren merkte dat het schip traag reageerde.
3. Ja, zodra de Inspectie Leefomgeving en Transport het rapport heeft vastgesteld.
4. Rijkswaterstaat verhaalt zijn eigen kosten; het college verhaalt de kosten van de gemeente op de rederij. Wethouder Feenstra informeert de raad in de commissie van november.
""", font="times", producer="Microsoft® Word voor Microsoft 365")

doc("hh22_handgeschreven_logboek_scan", """
# Havenlogboek HCC - 14 oktober 2026
06:18 aanvaring Geertruida Hoekstra Willem Barentszkade
06:25 Kustwacht gebeld door S. van der Wal
06:31 oliescherm uit, Anna Bouwes met G. Kuipers
06:40 loods Thijs ter Horst meldt roerprobleem
07:20 matroos Wróbel onwel, ambulance
~ Bij de dienstoverdracht: Marit, bel Bas Koopmans
~ terug op 06-51203344. Paraaf SvdW
""", kind="scan", font="serif", producer="Canon iR-ADV C5840 PDF", creator="Canon Scan")

doc("hh23_rooster_havendienst", """
# Dienstrooster havendienst week 42 (12 - 18 oktober 2026)
Havenbedrijf Harlingen | intern | Harbour Coordination Centre
| Dienst | Ma 12 | Di 13 | Wo 14 | Do 15 | Vr 16 |
| Dag havenmeester | Sjoerd van der Wal | Sjoerd van der Wal | Sjoerd van der Wal | M. Zijlstra | M. Zijlstra |
| Nacht havenmeester | Douwe Hiemstra | Douwe Hiemstra | Douwe Hiemstra | S. van der Wal | S. van der Wal |
| Patrouille Anna Bouwes | Gerben Kuipers | Gerben Kuipers | Gerben Kuipers | D. Hiemstra | G. Kuipers |
| Piket directie | Pieter Wiersma | Pieter Wiersma | Pieter Wiersma | Pieter Wiersma | Pieter Wiersma |
===
Bereikbaarheid:
| Naam | Personeelsnummer | Mobiel |
| Sjoerd van der Wal | HBH-0412 | 06-41827365 |
| Marit Zijlstra | HBH-0533 | 06-33419285 |
| Douwe Hiemstra | HBH-0287 | 06 5533 1870 |
| Gerben Kuipers | HBH-0611 | 06-20394857 |
Algemeen nummer havendienst (24/7): 0517 - 49 22 22. Noodgevallen: 112.
""", producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365")

doc("hh24_evaluatierapport", """
# Evaluatie incidentbestrijding olie Zuiderhaven
Havenbedrijf Harlingen in samenwerking met de Veiligheidsregio Fryslân | november 2026 | HBH-INC-2026-017
# 1. Inleiding
Deze evaluatie beschrijft de bestrijding van de olieverontreiniging na de aanvaring van de Geertruida Hoekstra op 14 oktober 2026. Zij is opgesteld aan de hand van het Incident Command System en interviews met de betrokken diensten. Geïnterviewd zijn Sjoerd van der Wal en Marit Zijlstra (havendienst), Bas Koopmans (Rijkswaterstaat), Özlem Çelik (Veiligheidsregio Fryslân) en loods Erik-Jan Smits.
# 2. Tijdlijn
06:18 aanvaring; 06:25 melding Kustwachtcentrum; 06:55 oliescherm gesloten; 09:30 Regionaal Beleidsteam; 14:10 Arca ter plaatse in de Blauwe Slenk; 16:00 persmoment bij het Hannemahuis.
# 3. Wat ging goed
Het oliescherm lag binnen 40 minuten. De samenwerking met Rijkswaterstaat verliep volgens het Bestuursakkoord Waddengebied. De Rederij Doeksen kon blijven varen.
===
# 4. Verbeterpunten
a. Chatberichten over het incident werden in Teams gedeeld in plaats van in het logboek. b. De loodsbrief vermeldde niet dat de stuurmachine gebreken had; dit is met het Loodswezen besproken. c. De pers stond bij het Hannemahuis voordat communicatie een woordvoerder had aangewezen.
# 5. Aanbevelingen
Oefen jaarlijks een bunker spill met Rijkswaterstaat en de Kustwacht; leg een tweede oliescherm bij de Nieuwe Willemshaven; neem de Havenverordening Harlingen 2019 op in de instructie voor loodsen.
""", outline=[("Concept W. Frieswijk - niet verspreiden", 0), ("Opmerkingen Willemijn Frieswijk bij tijdlijn", 0),
              ("Verbeterpunten (input Douwe Hiemstra)", 1)], font="serif", producer="Microsoft® Word voor Microsoft 365")

doc("hh25_woordvoeringslijn", """
# Woordvoeringslijn olie Zuiderhaven (intern)
Versie 3 | 15 oktober 2026 | opgesteld door communicatie gemeente Harlingen
Kernboodschap: de olie is grotendeels opgeruimd, de veiligheid van inwoners staat voorop, de kosten worden verhaald.
Niet ingaan op: de oorzaak (ILT onderzoekt), de gezondheid van het bemanningslid, namen van de kapitein of de loods.
Woordvoerder voor de camera: burgemeester Haarsma. Achtergrond voor journalisten: Yvonne Tjalsma (06-48120933).
Bij vragen over natuurschade: verwijzen naar de Waddenvereniging en Rijkswaterstaat (pers@rws.nl).
Bij vragen over de Maritiem Museum Harlingen-tentoonstelling over de Willem Ruys: die gaat gewoon door.
Opgesteld door Y. Tjalsma, met input van Sanne Eisma en Sjoerd van der Wal (havendienst).
""", producer="Microsoft® Word voor Microsoft 365")

doc("hh26_concept_antwoord_kamervragen", """
# Concept-antwoorden Kamervragen van het lid El Yassini
Ministerie van Infrastructuur en Waterstaat | bijdrage Rijkswaterstaat | RWS-NN-2026-5521
Vraag 1. Kent u het bericht "Olie in Harlingen: stuurmachine was al kapot"?
Antwoord: Ja. Kamerlid El Yassini verwijst naar een artikel in de Leeuwarder Courant van 16 oktober 2026.
Vraag 2. Hoeveel olie is in de Waddenzee terechtgekomen?
Antwoord: Naar schatting 5 tot 8 m3 van de in totaal circa 20 m3 heavy fuel oil. Het olievangschip Arca heeft 41 m3 olie-watermengsel opgeruimd.
Vraag 3. Welke maatregelen neemt u om herhaling te voorkomen?
Antwoord: Minister Van Rijckevorsel laat de ILT onderzoeken of de regels voor de loodsbrief (Scheepvaartverkeerswet) aangescherpt moeten worden. Staatssecretaris Oudega bespreekt in het Paris MoU het toezicht op schepen met de vlag van Letland.
""", notes=[(0, 520, 760, "Koopmans, Bas", "Bas: cijfers checken met Koen Verbeek, bel 06-51203344"),
            (0, 520, 600, "Niels Dekker", "Volgens Wad Salvage was het 44 m3, niet 41"),
            (0, 520, 440, "Anouk Visser", "Anouk Visser (DGWB): graag zonder namen van bemanning")],
    producer="Microsoft® Word voor Microsoft 365")

doc("hh27_mail_wiersma_burgemeester", """
# Mail directeur Havenbedrijf aan burgemeester
Van: Wiersma, Pieter <p.wiersma@havenharlingen.nl>
Verzonden: woensdag 14 oktober 2026 07:34
Aan: burgemeester Haarsma
CC: Van der Wal, Sjoerd; De Boer-Rijpma, Anneke
Onderwerp: aanvaring Zuiderhaven - stand van zaken
Beste burgemeester,
Zoals zojuist telefonisch besproken: de Geertruida Hoekstra ligt aan de Willem Barentszkade, de lekkage is beperkt door het oliescherm. Er is één gewonde (bemanningslid), die naar het Medisch Centrum Leeuwarden is gebracht. De loods is ongedeerd.
Onze havenmeester van dienst, Sjoerd van der Wal, coördineert. Ik stel voor om 09:30 uur het RBT bijeen te roepen.
Met vriendelijke groet,
Pieter Wiersma
directeur Havenbedrijf Harlingen
""", kind="docx", producer="LibreOffice 7.6", creator="Writer")

doc("hh28_brief_rederij", """
# Aansprakelijkstelling
Aan: Baltic Tanker Management SIA, Riga, Letland
Attn.: Master Jurģis Ozoliņš and DPA
Harlingen, 22 oktober 2026 | Ons kenmerk HBH/JUR/2026-088
Dear Sirs,
On 14 October 2026 your vessel Geertruida Hoekstra (IMO 9412345) struck the Willem Barentszkade in the port of Harlingen, causing a bunker spill of heavy fuel oil. The Havenbedrijf Harlingen holds the owners liable for all damage and costs, including the invoices of Wad Salvage B.V. and Oosterbaan Duik- en Bergingswerken, under the Waterwet, the Havenverordening Harlingen 2019 and MARPOL.
Please confirm within 14 days that your P&I Club will settle the costs. Until then the detention by port state control (PSC-NL-2026-03391) remains in force.
Yours faithfully,
namens dezen,
P.G. Wiersma, director
Havenbedrijf Harlingen | Havenweg 1 | info@havenharlingen.nl
cc: K.J. de Vries, bedrijfsjurist; A. Schaap, Wad Salvage B.V.; pilot T. ter Horst (Loodswezen)
""", font="dejavu", producer="Microsoft® Word 2019")

doc("hh29_presentielijst_scan", """
# Presentielijst debriefing havendienst 16-10-2026
Naam                       Paraaf
Sjoerd van der Wal        ~SvdW
Marit Zijlstra              ~MZ
Gerben Kuipers            ~G.K.
Douwe Hiemstra            ~D.H.
Erik-Jan Smits (Loodswezen)
Femke 't Hart (ILT)
~ Marit: verslag naar Pieter Wiersma
""", kind="scan", producer="RICOH IM C3000", creator="RICOH Scan")

doc("hh30_besluit_woo", """
# Besluit op uw Woo-verzoek
Gemeente Harlingen | Ons kenmerk WOO-2026-0448 | Datum 14 december 2026
Geachte mevrouw Brandsma,
Op 3 november 2026 heeft u gevraagd om documenten over de aanvaring van de Geertruida Hoekstra en de olieverontreiniging in de Zuiderhaven. Wij hebben 30 documenten gevonden, waarvan wij er 26 deels en 4 geheel openbaar maken.
# Zienswijzen
Het Havenbedrijf Harlingen, Rijkswaterstaat, de ILT en Baltic Tanker Management SIA zijn om hun zienswijze gevraagd. Het Havenbedrijf heeft bezwaar gemaakt tegen openbaarmaking van de facturen; dat bezwaar volgen wij niet, behalve voor de bankgegevens van de eenmanszaken.
# Overwegingen
Persoonsgegevens van medewerkers van de gemeente, het Havenbedrijf Harlingen, Rijkswaterstaat, de ILT en het Loodswezen maken wij niet openbaar (artikel 5.1, tweede lid, onder e Woo, code 5.1.2e). Dat geldt ook voor de namen van de kapitein, de bemanning, de loods, de journalist en omwonenden. Namen van burgemeester Haarsma, wethouder Feenstra, gedeputeerde Sikkema en minister Van Rijckevorsel blijven leesbaar. Gezondheidsgegevens van een bemanningslid lakken wij op grond van 5.1.1d; het burgerservicenummer op grond van 5.1.1e.
===
# Besluit
Wij maken de documenten deels openbaar zoals aangegeven op de inventarislijst. De stukken staan op open.overheid.nl.
# Bezwaar
Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken bij het college van B en W.
Met vriendelijke groet,
namens het college van B en W van de gemeente Harlingen,
Anneke de Boer-Rijpma
juridisch adviseur informatieverzoeken
Behandeld door: Sanne Eisma, sanne.eisma@harlingen.nl, telefoon 0517-492318
""", producer="Microsoft® Word voor Microsoft 365")

doc("hh31_inventarislijst", """
# Inventarislijst WOO-2026-0448
| nr | document | datum | beoordeling | grond | opmerking |
| 1 | Woo-verzoek | 03-11-2026 | deels openbaar | 5.1.2e | naam journalist |
| 2 | ontvangstbevestiging | 05-11-2026 | deels openbaar | 5.1.2e | |
| 3 | mail HCC eerste melding | 14-10-2026 | deels openbaar | 5.1.2e | |
| 4 | mailwisseling Rijkswaterstaat | 14-10-2026 | deels openbaar | 5.1.2e | |
| 5 | Teams-chat havenmeesterskantoor | 14-10-2026 | deels openbaar | 5.1.2e | |
| 6 | port state control-rapport PSC-NL-2026-03391 | 15-10-2026 | deels openbaar | 5.1.2e | |
| 7 | inspectierapport ILT-2026/118734 | 28-10-2026 | deels openbaar | 5.1.2e, 5.1.1d | gezondheid |
| 8 | verklaring loods | 14-10-2026 | deels openbaar | 5.1.2e | |
| 9 | meldingsformulier HBH-INC-2026-017 | 14-10-2026 | deels openbaar | 5.1.2e, 5.1.1d | |
| 10 | factuur INV-2026-0311 | 21-10-2026 | deels openbaar | 5.1.2e | IBAN eenmanszaak |
| 11 | invoice Wad Salvage B.V. | 30-10-2026 | deels openbaar | 5.1.2e | |
| 12 | beslisnota Z/26/044871 | 02-11-2026 | deels openbaar | 5.1.2e | |
| 13 | persvragen Leeuwarder Courant | 15-10-2026 | deels openbaar | 5.1.2e | |
| 14 | persbericht | 15-10-2026 | openbaar | | reeds openbaar |
| 15 | mail ILT | 19-10-2026 | deels openbaar | 5.1.2e | |
| 16 | brief bewoner | 17-10-2026 | deels openbaar | 5.1.2e, 5.1.1d, 5.1.1e | BSN |
| 17 | verslag RBT | 14-10-2026 | deels openbaar | 5.1.2e | |
| 18 | bewonersbrief | 14-10-2026 | openbaar | | |
| 19 | sitrap RWS-NN-2026-5521 | 15-10-2026 | deels openbaar | 5.1.2e | |
| 20 | factuur Bouma Schoonmaak | 28-10-2026 | deels openbaar | 5.1.2e | |
| 21 | raadsvragen en antwoorden | 20-10-2026 | openbaar | | |
Beoordeeld door: AdBR / SE; controle stukken 3 tot en met 5 en 23: Klaas Jan de Vries (Havenbedrijf Harlingen).
""", font="dejavu", size=9, producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365")

doc("hh32_mail_veiligheidsregio", """
# Mail Veiligheidsregio Fryslân
Van: Çelik, Özlem <özlem.çelik@veiligheidsregiofryslan.nl>
Verzonden: woensdag 14 oktober 2026 12:15
Aan: Van der Wal, Sjoerd <sjoerd.vanderwal@havenharlingen.nl>; Tjalsma, Yvonne <y.tjalsma@harlingen.nl>
Onderwerp: bewoners Zuiderhaven - klachten olielucht
Hoi Sjoerd, Yvonne,
Bij de meldkamer zijn 11 klachten binnengekomen over olielucht, vooral van de Zuiderhaven en de Noorderhaven. Eén bewoner, mevrouw R. van Dijk (Zuiderhaven 88-b, tel. 06 3030 1212), zegt dat zij als getuige de aanvaring heeft gezien en wil een verklaring afleggen bij de ILT. Kunnen jullie haar doorverwijzen naar psc@ilent.nl?
De GGD ziet geen gezondheidsrisico. De bewonersbrief kan vanmiddag de deur uit.
Groet, Özlem
officier van dienst bevolkingszorg | 06-17283940
""", font="dejavu", producer="Microsoft® Outlook® voor Microsoft 365")

doc("hh33_memo_juridisch", """
# Memo juridische zaken - verhaal van kosten
Aan: P.G. Wiersma, directeur | Van: Klaas Jan de Vries, bedrijfsjurist | Kopie: A. de Boer-Rijpma (gemeente)
Datum: 26 oktober 2026 | Kenmerk HBH/JUR/2026-088
# Vraag
Kan het Havenbedrijf Harlingen de kosten van de bestrijding (Wad Salvage B.V., Oosterbaan, eigen inzet) verhalen op de rederij van de Geertruida Hoekstra?
# Antwoord
Ja. De eigenaar is aansprakelijk op grond van het Bunkerolieverdrag en de Waterwet; de kosten van redelijke maatregelen ter beperking van schade komen voor vergoeding in aanmerking. De ILT heeft vastgesteld dat de stuurmachine een bekend gebrek had (ILT-2026/118734). De detention door port state control geeft ons een sterke positie.
# Aandachtspunten
1. De facturen moeten per post uitgesplitst zijn. 2. De eigen inzet van de havendienst vraagt om urenregistratie (Sjoerd van der Wal en Marit Zijlstra leveren deze aan). 3. Het verzoek van de getuige Rixt van Dijk om schadevergoeding voor haar sloep loopt via de gemeente Harlingen.
===
# Bijlage: overzicht kosten
| post | bedrag | status |
| Wad Salvage B.V. | 102.600,00 | ontvangen |
| Oosterbaan Duik- en Bergingswerken | 16.637,50 | ontvangen |
| eigen inzet havendienst | 21.480,00 | in opbouw |
| Bouma Schoonmaak (via gemeente) | 22.699,60 | gemeente |
Contact bij vragen: K.J. de Vries, bereikbaar via info@havenharlingen.nl.
""", font="serif", producer="Microsoft® Word voor Microsoft 365")
