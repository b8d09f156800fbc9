"""Set KW, documents kw01-kw11: request, acknowledgement, SAR log, radio log, crew lists, KNRM, statements."""
from lib import Doc

DOCS = [
Doc("kw01", "Woo-verzoek aanvaring Waddenzee", font="dejavu", producer="Microsoft: Print To PDF",
    lines=[
    "[[Marloes Kingma]]",
    "[[ADDRESS:Grote Hoogstraat 31-A]]",
    "[[ADDRESS:8911 KS Leeuwarden]]",
    "[[EMAIL:marloes.kingma@pm.me]] | tel. [[PHONE:06-41772093]]",
    "",
    "Aan: {{Ministerie van Infrastructuur en Waterstaat}}, t.a.v. de Woo-coördinator, Postbus 20901, 2500 EX Den Haag",
    "Per e-mail: {{woo@minienw.nl}}",
    "Leeuwarden, 3 september 2026",
    "# Verzoek op grond van de Wet open overheid",
    "Geachte heer, mevrouw,",
    "Op grond van de {{LAW:Wet open overheid}} verzoek ik om openbaarmaking van alle documenten over de aanvaring "
    "op 14 augustus 2026 in de {{LOC:Waddenzee}}, nabij het {{LOC:Schuitengat}} ten zuiden van {{LOC:Terschelling}}, "
    "tussen het vissersschip {{SHIP:HL 17 Grietje Jannes}} en het zeiljacht {{SHIP:Johanna Catharina}}.",
    "Het gaat mij in het bijzonder om: de SAR-logboeken van het {{Kustwachtcentrum Den Helder}}, de "
    "radioverbindingen op {{VHF kanaal 16}}, de communicatie tussen de Kustwacht, {{Rijkswaterstaat}} en uw "
    "ministerie, de beantwoording van de Kamervragen en de persberichten.",
    "Ik schrijf als freelance journalist voor onder meer {{Friesch Dagblad}}. Persoonsgegevens van de "
    "opvarenden hoeven niet openbaar te worden; het gaat mij om het optreden van de overheid.",
    "Concreet denk ik aan: het incidentrapport van de Kustwacht, de inzetrapporten van de {{KNRM}}-stations "
    "{{LOC:Terschelling}} en {{LOC:Harlingen}}, de AIS-gegevens van verkeerspost {{Brandaris}}, het "
    "inspectierapport van de {{Inspectie Leefomgeving en Transport}} en de nota aan de minister over de "
    "beantwoording van de vragen van het Kamerlid {{PUBLIC_PERSON:Van Dijken}} (CDA). Eerder sprak ik hierover met uw "
    "medewerker [[Wouter]] van de afdeling communicatie en met de havenmeester van {{LOC:West-Terschelling}}.",
    "Ter informatie: mijn eerdere verzoek over de {{Programmatische Aanpak Grote Wateren}} is behandeld onder "
    "{{REF:WOO-IENW-2025-1177}}; dat dossier hoeft niet opnieuw te worden bekeken.",
    "Ik ontvang de documenten bij voorkeur digitaal. Voor vragen ben ik bereikbaar op bovenstaand nummer of "
    "op [[PHONE:+31 (0)6 4177 2093]] (WhatsApp).",
    "Met vriendelijke groet,",
    "[[Marloes Kingma]]",
    ]),

Doc("kw02", "Ontvangstbevestiging Woo-verzoek", producer="Aspose.PDF for .NET 23.4", creator="Corsa 8.2",
    author="[[Kraaijeveld, S.]]", lines=[
    "{{Ministerie van Infrastructuur en Waterstaat}}",
    "{{Directoraat-generaal Luchtvaart en Maritieme Zaken}}",
    "Rijnstraat 8, 2515 XP Den Haag | Postbus 20901 | www.rijksoverheid.nl/ienw",
    "",
    "Mevrouw [[M. Kingma]]",
    "[[ADDRESS:Grote Hoogstraat 31-A]]",
    "[[ADDRESS:8911 KS Leeuwarden]]",
    "",
    "Datum 9 september 2026",
    "Kenmerk {{REF:IENW/BSK-2026/214877}}",
    "Contactpersoon [[Wouter de Ruijter-Smit]]",
    "T [[PHONE:070 456 1183]] | M [[PHONE:06 - 2290 4415]]",
    "E [[EMAIL:wouter.de.ruijter-smit@minienw.nl]]",
    "# Ontvangstbevestiging Woo-verzoek",
    "Geachte mevrouw [[Kingma]],",
    "Op 3 september 2026 hebben wij uw verzoek ontvangen op grond van de {{LAW:Wet open overheid}} (Woo) over de "
    "aanvaring in de {{LOC:Waddenzee}} van 14 augustus 2026. Uw verzoek is geregistreerd onder nummer "
    "{{REF:WOO-IENW-2026-0481}}.",
    "Wij beslissen binnen vier weken na ontvangst. Deze termijn kan met twee weken worden verdaagd. Omdat ook "
    "documenten van de {{Kustwacht Nederland}} en {{Rijkswaterstaat}} onder uw verzoek vallen, stemmen wij af met "
    "deze organisaties. Derden van wie gegevens in de documenten staan, krijgen mogelijk de gelegenheid hun "
    "zienswijze te geven.",
    "Heeft u vragen, neemt u dan contact op met de contactpersoon hierboven, of met ons algemene nummer "
    "{{PHONE:070 456 0000}}. Vermeld altijd het kenmerk van deze brief.",
    "Hoogachtend,",
    "De minister van Infrastructuur en Waterstaat,",
    "namens dezen,",
    "[[S. Kraaijeveld]]",
    "{{TITLE:hoofd Juridische Zaken}}",
    "",
    "Kopie: {{Kustwacht Nederland}} ([[J. van 't Hoog]]); {{Rijkswaterstaat}} ([[F. Oosterhuis-Dijkstra]], "
    "[[EMAIL:femke.oosterhuis-dijkstra@rws.nl]]); dossier {{REF:WOO-IENW-2026-0481}}",
    ]),

Doc("kw03", "SAR-incidentlog KWC-SAR-2026-0917", font="dejavu", producer="iText 7.2.5 (c) Apryse",
    creator="SARIS incident module", lines=[
    "# Kustwachtcentrum Den Helder - SAR incident log",
    "Incidentnummer {{REF:KWC-SAR-2026-0917}} | Classificatie: {{TERM:DISTRESS}} | Gebied: {{LOC:Waddenzee}}, "
    "{{LOC:Schuitengat}} / {{LOC:Vliestroom}}",
    "SAR Mission Coordinator (SMC): [[Joost van 't Hoog]] (JvtH) | Operators: [[Marieke Zwanenburg]] (MZ), "
    "[[Dennis ter Horst]] (DtH)",
    "| Tijd (LT) | Bron | Gebeurtenis | Op. |",
    "| 21:42 | {{VHF kanaal 16}} | MAYDAY van zeiljacht {{SHIP:Johanna Catharina}}: aanvaring met vissersschip, water in vooronder, 4 POB | [[MZ]] |",
    "| 21:43 | {{Brandaris}} | Verkeerspost {{Brandaris}} bevestigt AIS-positie {{SHIP:HL 17 Grietje Jannes}} ({{CALLSIGN:PDKW}}) 0,3 nm NO van jacht | [[MZ]] |",
    "| 21:44 | KWC | {{TERM:MAYDAY RELAY}} uitgegeven; KNRM {{LOC:West-Terschelling}} en {{LOC:Harlingen}} gealarmeerd | [[DtH]] |",
    "| 21:47 | tel. | Schipper jacht [[Gerard van Lienden]] meldt: echtgenote gewond aan pols, Duitse gast hoofdwond | [[MZ]] |",
    "| 21:51 | KNRM | Reddingboot {{SHIP:Wim en Hillie Zwart}} uitgevaren, schipper [[Hidde Schaap]], 5 opvarenden | [[DtH]] |",
    "| 21:58 | KWC | SAR-helikopter {{CALLSIGN:Rescue 02}} vanuit {{LOC:Den Helder}} opgeroepen | [[JvtH]] |",
    "| 22:06 | KNRM | {{SHIP:Bernardus Wagenaar}} (KNRM {{LOC:Harlingen}}) uitgevaren, schipper [[Wietske van der Meulen]] | [[DtH]] |",
    "| 22:11 | {{SHIP:HL 17 Grietje Jannes}} | Schipper [[Wybren Terpstra]] meldt schade aan boeg, geen gewonden aan boord, blijft stand-by | [[MZ]] |",
    "| 22:19 | KNRM | {{SHIP:Wim en Hillie Zwart}} langszij jacht; lenspomp overgezet; twee gewonden overgenomen | [[MZ]] |",
    "| 22:34 | {{CALLSIGN:Rescue 02}} | Hoist van [[Ellen van Lienden-Brouwer]]; overdracht aan ambulance heliplatform {{Medisch Centrum Leeuwarden}} | [[JvtH]] |",
    "| 22:52 | KNRM | [[Christoph Müller]] aan wal {{LOC:West-Terschelling}}, ambulancezorg {{Veiligheidsregio Fryslân}} | [[DtH]] |",
    "| 23:20 | KWC | Jacht op sleeptouw naar haven {{LOC:West-Terschelling}}; {{SHIP:Zirfaea}} ({{Rijkswaterstaat}}) begeleidt | [[MZ]] |",
    "| 23:41 | KWC | Politie {{Eenheid Noord-Nederland}} en {{ILT}} geïnformeerd; melding aan piket IenW ([[Sander Mulderij]], [[PHONE:06-38551207]]) | [[JvtH]] |",
    "| 00:15 | KWC | {{TERM:DISTRESS}} afgeschaald naar {{TERM:ALERT}}; incident gesloten om 01:02 | [[JvtH]] |",
    "## Afhandeling",
    "Debriefing gepland 17 augustus 2026 met KNRM-stations {{LOC:West-Terschelling}} en {{LOC:Harlingen}}, "
    "{{Rijkswaterstaat}} {{Noord-Nederland}} en het {{JRCC Den Helder}}. Logboek afgesloten door [[J. van 't Hoog]], "
    "paraaf [[JvtH]].",
    ]),

Doc("kw04", "Transcriptie radioverkeer VHF 16 en 67", font="times", producer="PDFpen 13.1",
    creator="Pages", lines=[
    "# Transcriptie radioverkeer 14 augustus 2026, 21:41-22:40 LT",
    "Bron: opname {{Kustwachtcentrum Den Helder}}, {{VHF kanaal 16}} en {{VHF kanaal 67}}. Uitgewerkt door "
    "[[Noor Bakkali]] ([[NB]]), gecontroleerd door [[Dennis ter Horst]].",
    "21:42:10 JC: Mayday, mayday, mayday, this is sailing yacht {{SHIP:Johanna Catharina}}, {{SHIP:Johanna Catharina}}, "
    "we have been hit by a fishing vessel near buoy {{LOC:SG 13}}, taking water, four persons on board.",
    "21:42:40 KWC: {{SHIP:Johanna Catharina}}, {{CALLSIGN:Den Helder Rescue}}, received mayday. Wat is uw naam, schipper?",
    "21:42:52 JC: Dit is [[Gerard]], [[Gerard van Lienden]]. Mijn vrouw [[Ellen]] is gewond, ze heeft haar pols "
    "gebroken denk ik, en [[Christoph]] bloedt aan zijn hoofd.",
    "21:43:30 KWC: Begrepen [[Gerard]]. Trek allemaal reddingsvesten aan. Hulp is onderweg.",
    "21:44:05 GJ: {{CALLSIGN:Den Helder Rescue}}, {{SHIP:Grietje Jannes}}, {{CALLSIGN:PDKW}}. Hier [[Wybren]]. Wij "
    "liggen stil op driehonderd meter, kunnen assisteren, onze boeg is beschadigd maar we maken geen water.",
    "21:44:30 KWC: {{SHIP:Grietje Jannes}}, begrepen [[Wybren]], blijf stand-by op 16, zet je dekverlichting aan.",
    "21:52:15 WZ: {{CALLSIGN:Den Helder Rescue}}, reddingboot {{SHIP:Wim en Hillie Zwart}}, vijf man aan boord, "
    "schipper [[Hidde]], ETA twaalf minuten.",
    "22:02:40 WZ: Op 67: [[Baukie]], pak jij de pomp, [[Lotte]] en [[Yannick]] naar het jacht.",
    "22:03:10 KWC: {{SHIP:Wim en Hillie Zwart}}, ga naar kanaal 67 met de heli. {{CALLSIGN:Rescue 02}} komt van "
    "{{LOC:Den Helder}}, ETA 22:25.",
    "22:19:55 WZ: Langszij. [[Ellen]] en de Duitse meneer, [[Christoph]], zijn bij ons. [[Ellen]] heeft onderkoeling "
    "en pijn in de pols.",
    "22:21:30 R02: {{CALLSIGN:Rescue 02}}, winchman [[Arjen]] komt naar beneden voor één patiënt.",
    "22:24:10 BW: {{CALLSIGN:Den Helder Rescue}}, {{SHIP:Bernardus Wagenaar}}, hier [[Wietske]]. Wij nemen de "
    "sleep over van het jacht, [[Gerard]] blijft aan boord met zijn gast [[Dörte]].",
    "22:25:00 KWC: Akkoord [[Wietske]]. {{SHIP:Zirfaea}} komt erbij voor begeleiding naar {{LOC:West-Terschelling}}.",
    "22:31:45 ZF: {{CALLSIGN:Den Helder Rescue}}, {{SHIP:Zirfaea}}, kapitein [[Van Rijs]]. Wij zijn ter plaatse.",
    "22:40:00 KWC: Alle stations, {{CALLSIGN:Den Helder Rescue}}, seelonce feenee.",
    "## Toelichting bij de transcriptie",
    "Roepnamen van schepen en de roepletters {{CALLSIGN:PDKW}} zijn niet gelakt: zij identificeren een vaartuig, "
    "niet een persoon. De transcriptie is opgenomen in het dossier {{REF:KWC-SAR-2026-0917}}.",
    ]),

Doc("kw05", "Bemanningslijst HL 17 Grietje Jannes", font="dejavu", producer="Microsoft Excel 2016", creator="Microsoft Excel",
    lines=[
    "# Bemanningslijst / crew list",
    "Vaartuig: {{SHIP:HL 17 Grietje Jannes}} | Roepletters {{CALLSIGN:PDKW}} | IMO {{REF:9187342}} | Thuishaven "
    "{{LOC:Harlingen}} | Eigenaar: {{Visserijbedrijf Grietje Jannes B.V.}}",
    "Opgemaakt ten behoeve van {{Kustwachtcentrum Den Helder}} en {{ILT}}, reis {{REF:HL17-2026-33}}",
    "| Functie | Naam | Geboortedatum | Nationaliteit | Paspoort/ID | Mobiel |",
    "| Schipper | [[Wybren Terpstra]] | [[DOB:14-03-1971]] | NL | [[ID:NW8K27PL3]] | [[PHONE:06-51928834]] |",
    "| Stuurman | [[Ruben Terpstra]] | [[DOB:02-11-1997]] | NL | [[ID:BP4R81JX6]] | [[PHONE:06 1873 4460]] |",
    "| Motordrijver | [[Sjoerd Hiemstra]] | [[DOB:27-06-1984]] | NL | [[ID:NXH71C2K9]] | [[PHONE:0031 6 2039 9175]] |",
    "| Matroos | [[Andrzej Wiśniewski]] | [[DOB:09-01-1990]] | PL | [[ID:EK 4419327]] | [[PHONE:+48 601 223 918]] |",
    "| Matroos | [[Mattheüs de Boer]] | [[DOB:30-05-2003]] | NL | [[ID:IR6P03NB1]] | [[PHONE:06-44017256]] |",
    "",
    "Opvarenden totaal: 5. Geen passagiers. Bemanning gemonsterd conform {{LAW:Wet zeevarenden}}.",
    "Getekend voor juistheid: [[W. Terpstra]], schipper, {{LOC:Harlingen}}, 15 augustus 2026.",
    "Ontvangen KWC: paraaf [[MZ]] (15-08-2026 06:10).",
    ]),

Doc("kw06", "Opvarendenlijst zeiljacht Johanna Catharina", font="dejavu", producer="Nitro Pro 13.70.2.40",
    creator="Nitro Pro", xmp_creator="[[Marieke Zwanenburg]]", lines=[
    "# Opvarendenlijst (POB) - zeiljacht {{SHIP:Johanna Catharina}}",
    "Incident {{REF:KWC-SAR-2026-0917}} | Type: Contest 38 | Ligplaats: {{LOC:Makkum}}, {{Jachthaven Makkum}}",
    "| Nr | Naam | Geb. datum | Woonadres | Telefoon | Rol |",
    "| 1 | [[Gerard van Lienden]] | [[DOB:18-09-1958]] | [[ADDRESS:Populierenlaan 7, 3818 HD Amersfoort]] | [[PHONE:033-4617702]] | schipper/eigenaar |",
    "| 2 | [[Ellen van Lienden-Brouwer]] | [[DOB:05-02-1961]] | idem | [[PHONE:06-29118430]] | opvarende |",
    "| 3 | [[Christoph Müller]] | [[DOB:22-12-1959]] | [[ADDRESS:Am Deich 14, 26506 Norden]] (DE) | [[PHONE:+49 4931 918 227]] | gast |",
    "| 4 | [[Dörte Müller-Hansen]] | [[DOB:11-07-1963]] | idem | [[PHONE:+49 171 5520 634]] | gast |",
    "",
    "Vertrekhaven: {{LOC:Vlieland}}, {{Jachthaven Vlieland}}, 19:30. Bestemming: {{LOC:West-Terschelling}}, "
    "{{Jachthaven Stichting Passantenhaven Terschelling}}. Het jacht is verzekerd bij {{Pantaenius}}.",
    "Alle vier opvarenden droegen bij aankomst van de KNRM een reddingsvest. Zie voor de medische overdracht "
    "het ambulanceformulier (niet in deze lijst opgenomen; {{LAW:AVG}} art. 9).",
    "Contactpersoon familie: [[Jeroen van Lienden]] (zoon), [[PHONE:06 4821 1930]], [[EMAIL:jeroen.vanlienden@ziggo.nl]].",
    "Lijst opgemaakt door {{Kustwachtcentrum Den Helder}}, versie 15-08-2026.",
    ]),

Doc("kw07", "KNRM inzetrapport station Terschelling", producer="KNRM Reddingsrapportage 4.1",
    creator="Crystal Reports", outline=["Inzetrapport {{REF:TSL-2026-061}}", "Bemanning - [[Hidde Schaap]]",
                                          "Evaluatie schipper [[H. Schaap]]", "Review stationsmanager [[Arie de Vos]]",
                                          "Nazorg - [[Gonnie Wester-Brinkman]]"], lines=[
    "# KNRM - Inzetrapport {{REF:TSL-2026-061}}",
    "Station: {{LOC:Terschelling}} (West) | Boot: {{SHIP:Wim en Hillie Zwart}} (Arie Visser-klasse) | "
    "Alarmering: {{Kustwachtcentrum Den Helder}} 21:44",
    "| Rol | Naam | Pieper | Mobiel |",
    "| Schipper | [[Hidde Schaap]] | [[P-TSL-04]] | [[PHONE:06-21457780]] |",
    "| Opstapper | [[Lotte Vermaat]] | [[P-TSL-11]] | [[PHONE:06 3092 1144]] |",
    "| Opstapper | [[Bauke Hofstra]] | [[P-TSL-07]] | [[PHONE:06-55102938]] |",
    "| Opstapper | [[Yannick Ouwerkerk]] | [[P-TSL-15]] | [[PHONE:06 1200 7731]] |",
    "| Walploeg | [[Trijntje Zijlstra]] | [[P-TSL-02]] | [[PHONE:0562-448 219]] |",
    "## Verloop",
    "Uitgevaren 21:51 vanuit de haven van {{LOC:West-Terschelling}}. Zicht 4 nm, wind ZW 5 Bft. Om 22:19 langszij "
    "het jacht {{SHIP:Johanna Catharina}}. Opstappers [[Vermaat]] en [[Ouwerkerk]] overgestapt; lenspomp in bedrijf. "
    "Twee gewonden aan boord genomen. Overdracht één patiënt aan {{CALLSIGN:Rescue 02}}, één patiënt aan wal aan "
    "ambulance {{Veiligheidsregio Fryslân}}.",
    "Samenwerking met {{SHIP:Bernardus Wagenaar}} (station {{LOC:Harlingen}}) en {{SHIP:Zirfaea}} verliep goed. "
    "Aandachtspunt: kanaal 67 was druk door ander verkeer.",
    "Rapport opgemaakt door [[H. Schaap]], schipper. Inzetduur 3 uur 12 minuten.",
    ]),

Doc("kw08", "Verklaring schipper HL 17", kind="docx", producer="LibreOffice 7.6", creator="Writer",
    author="[[Rik Veenstra]]", lines=[
    "Politie Eenheid Noord-Nederland - Team Waterpolitie Harlingen",
    "# Verklaring betrokkene",
    "Proces-verbaalnummer: PL0100-2026241877",
    "Naam: [[Wybren Terpstra]]",
    "Geboren: [[DOB:14 maart 1971]] te [[BIRTHPLACE:Franeker]]",
    "Adres: [[ADDRESS:Zuiderhaven 52]], [[ADDRESS:8861 CM Harlingen]]",
    "BSN: [[BSN:172940386]]",
    "Functie: schipper van de {{SHIP:HL 17 Grietje Jannes}}",
    "Ik verklaar het volgende. Op 14 augustus 2026 voeren wij terug van de visgronden ten noorden van "
    "{{LOC:Vlieland}} naar {{LOC:Harlingen}}. Ik stond zelf aan het roer; mijn zoon [[Ruben]] zat in de kombuis. "
    "Ter hoogte van het {{LOC:Schuitengat}} zag ik op de radar een echo die ik voor een boei hield. Het jacht voerde "
    "volgens mij geen navigatieverlichting. Ik heb direct achteruit geslagen.",
    "Na de aanvaring heb ik via {{VHF kanaal 16}} contact gezocht met de Kustwacht. Mijn matroos "
    "[[Andrzej]] heeft een lijn klaargelegd. Wij zijn bij het jacht gebleven tot de KNRM er was.",
    "Ik vaar al dertig jaar op de {{LOC:Waddenzee}}. De {{SHIP:Grietje Jannes}} is in 2019 gekeurd door "
    "{{Bureau Veritas}}; radar en AIS zijn in maart 2026 nog nagekeken door [[Elektro Marine Anne Kooistra]] uit "
    "{{LOC:Harlingen}}. Mijn motordrijver [[Sjoerd]] kan dat bevestigen.",
    "Mijn verklaring is mij voorgelezen en ik volhard daarbij.",
    "Verbalisant: [[R. Veenstra]], brigadier, dienstnummer [[ID:NN0712346]]",
    "Handtekening betrokkene: [[W. Terpstra]]",
    ]),

Doc("kw09", "Verklaring schipper Johanna Catharina (scan)", kind="scan", producer="KODAK Capture Pro 5.8",
    creator="KODAK i2620 Scanner", stamp="Scan {{REF:KWC-SAR-2026-0917}} bijlage 6 - {{Kustwachtcentrum Den Helder}}",
    lines=[
    "# Verklaring schipper zeiljacht",
    "Naam: [[Gerard van Lienden]]",
    "Adres: [[ADDRESS:Populierenlaan 7]], [[ADDRESS:3818 HD Amersfoort]]",
    "Telefoon: [[PHONE:033-4617702]]",
    "Op 14 augustus voer ik met mijn vrouw [[Ellen]] en onze vrienden [[Christoph]] en [[Dörte]] van Vlieland naar "
    "Terschelling. Onze lichten brandden, dat weet ik zeker: ik had ze om half tien aangezet.",
    "De kotter kwam van stuurboord en week niet uit. Ik heb getoeterd en met de zaklamp op het zeil geschenen.",
    "Mijn vrouw is gevallen tegen de kajuittrap. Zij is met de helikopter naar Leeuwarden gebracht.",
    "",
    "Gelezen en ondertekend, West-Terschelling, 15 augustus 2026",
    "[[G. van Lienden]]",
    ]),

Doc("kw10", "Overdracht patiënten ambulancezorg", producer="Acrobat Distiller 23.0 (Windows)",
    creator="Ambulance ePR export", lines=[
    "# Overdrachtsformulier ambulancezorg (uittreksel voor {{Kustwachtcentrum Den Helder}})",
    "Rit {{REF:AZF-2026-18822}} | {{Veiligheidsregio Fryslân}} / {{Ambulancezorg Fryslân}} | Bestemming: "
    "{{Medisch Centrum Leeuwarden}}, afdeling Spoedeisende Hulp",
    "## Patiënt 1",
    "Naam: [[Ellen van Lienden-Brouwer]] | Geboortedatum [[DOB:05-02-1961]] | BSN [[BSN:207331845]]",
    "Klachten/letsel: [[HEALTH:distale radiusfractuur rechts]], [[HEALTH:milde hypothermie (34,9 °C)]], "
    "[[HEALTH:gebruikt bloedverdunners]]",
    "Vervoer: SAR-helikopter {{CALLSIGN:Rescue 02}}, overdracht heliplatform 22:58.",
    "## Patiënt 2",
    "Naam: [[Christoph Müller]] | Geboortedatum [[DOB:22-12-1959]] | Duitse verzekerde, EHIC [[ID:80276000010042871934]]",
    "Klachten/letsel: [[HEALTH:hoofdwond 4 cm pariëtaal]], [[HEALTH:commotio cerebri]], {{TERM:GCS}} 15",
    "Vervoer: ambulance vanaf {{LOC:West-Terschelling}} met veerboot, aankomst {{Medisch Centrum Leeuwarden}} 01:40.",
    "Overdragend verpleegkundige: [[Femke Jousma]], ambulancenummer [[ID:02-117]]",
    "Medische gegevens vallen onder {{LAW:AVG}} artikel 9 en zijn in een Woo-besluit niet openbaar "
    "(artikel 5.1, eerste lid, onder d, Woo).",
    ]),

Doc("kw11", "Mailwisseling KWC - RWS Noord-Nederland", producer="Microsoft Outlook for Microsoft 365",
    creator="Microsoft Word for Microsoft 365", lines=[
    "Van: [[Oosterhuis-Dijkstra, Femke]] <[[EMAIL:femke.oosterhuis-dijkstra@rws.nl]]>",
    "Verzonden: vrijdag 15 augustus 2026 09:12",
    "Aan: [[Van 't Hoog, Joost]] <[[EMAIL:j.vantHoog@kustwacht.nl]]>",
    "CC: [[Wijnja, Harm]] <[[EMAIL:harm.wijnja@rws.nl]]>; {{EMAIL:meldkamer.noordnederland@rws.nl}}",
    "Onderwerp: RE: Aanvaring Schuitengat - AIS-data en betonning",
    "Hoi [[Joost]],",
    "Dank voor het snelle bericht vannacht. [[Harm]] heeft de AIS-tracks van de {{SHIP:Grietje Jannes}} uit het "
    "systeem van verkeerspost {{Brandaris}} gehaald. De betonning bij {{LOC:SG 13}} lag op positie en de lichten "
    "werkten volgens de storingsmelder. Het jacht had geen AIS-zender, dus daarvan hebben we alleen radar.",
    "Wil jij de tracks doorzetten naar de {{ILT}}? Ik bel vanmiddag met [[Sander]] van IenW.",
    "Groet,",
    "[[Femke]]",
    "[[Femke Oosterhuis-Dijkstra]] | {{TITLE:Senior nautisch adviseur}} | {{Rijkswaterstaat Noord-Nederland}}",
    "Zuidersingel 3, 8911 AV Leeuwarden | M [[PHONE:06-15 28 73 90]]",
    "",
    "Van: [[Van 't Hoog, Joost]]",
    "Verzonden: vrijdag 15 augustus 2026 01:37",
    "Aan: [[Oosterhuis-Dijkstra, Femke]]",
    "Onderwerp: Aanvaring Schuitengat - AIS-data en betonning",
    "[[Femke]], vannacht aanvaring vissersschip en jacht bij {{LOC:SG 13}}, twee gewonden, geen doden. Incident "
    "{{REF:KWC-SAR-2026-0917}}. Kunnen jullie de AIS-data veiligstellen en de betonning controleren? Piket RWS "
    "([[Klaas Postma]]) is al ingelicht.",
    "Met vriendelijke groet,",
    "[[Joost van 't Hoog]]",
    "{{TITLE:SAR Mission Coordinator}} | {{Kustwachtcentrum Den Helder}} | T [[PHONE:0223-658 312]] | "
    "algemeen {{PHONE:0900-0111}}",
    ]),
]
