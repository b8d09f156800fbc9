"""Set KW, documents kw23-kw33: form, inspection, letters, memo, roster, scans, nautical report,
Woo decision and inventory."""
from lib import Doc

DOCS = [
Doc("kw23", "Meldingsformulier scheepvaartongeval", kind="form", producer="iText 5.5.13.3 (AGPL)",
    creator="Formulierenserver ILT", lines=[
    "# Melding scheepvaartongeval - Inspectie Leefomgeving en Transport",
    "Ingevuld formulier ontvangen via {{ILT}}-meldpunt, zaak {{REF:ILT-2026-SO-3318}}. Velden in te vullen door de melder.",
    "Naam melder :: [[Wybren Terpstra]]",
    "Functie melder :: schipper",
    "Naam vaartuig :: HL 17 Grietje Jannes",
    "Geboortedatum melder :: [[DOB:14-03-1971]]",
    "Woonadres melder :: [[ADDRESS:Zuiderhaven 52, 8861 CM Harlingen]]",
    "Telefoon melder :: [[PHONE:06-51928834]]",
    "E-mail melder :: [[EMAIL:w.terpstra.hl17@kpnmail.nl]]",
    "Andere betrokkene (schipper) :: [[Gerard van Lienden]]",
    "Gewonden (naam en letsel) :: [[Ellen van Lienden-Brouwer]], [[HEALTH:polsfractuur]]",
    "Positie ongeval :: 53°19,4' N 005°12,8' E",
    "Datum en tijd :: 14-08-2026 21:40",
    "Verzonden naar {{ILT}} op 15-08-2026 via het formulier op {{ilent.nl}}; kopie aan {{Kustwachtcentrum Den Helder}}.",
    "Meldplicht op grond van de {{LAW:Schepenwet}} en de {{LAW:Scheepvaartverkeerswet}}.",
    ]),

Doc("kw24", "Inspectierapport ILT HL 17", producer="Aspose.Words for .NET 24.1", creator="ILT Inspectiesysteem",
    author="[[Ko Brinkhuis]]", lines=[
    "# Inspectierapport {{ILT}} - vissersschip {{SHIP:HL 17 Grietje Jannes}}",
    "Zaaknummer {{REF:ILT-2026-SO-3318}} | Datum inspectie 19 augustus 2026 | Locatie {{LOC:Harlingen}}, "
    "{{Nieuwe Willemshaven}}",
    "Inspecteurs: [[K. Brinkhuis]] (inspecteur scheepvaart, inspecteursnummer [[ID:I-0488]]) en [[D. Ramautar]] "
    "(inspecteur in opleiding)",
    "Aanwezig namens het schip: schipper [[W. Terpstra]] en motordrijver [[S. Hiemstra]].",
    "## Bevindingen",
    "| Onderdeel | Bevinding | Oordeel |",
    "| Navigatieverlichting | werkt, conform {{LAW:COLREG}} | voldoet |",
    "| Radar en AIS | radar werkend; AIS-klasse A werkend | voldoet |",
    "| Wachtbezetting brug | één persoon op brug; uitkijk in kombuis | voldoet niet |",
    "| Bemanningscertificaten | certificaat motordrijver verlopen per 01-07-2026 | voldoet niet |",
    "| Schade boeg | vervorming stuurboord boeg, geen lekkage | n.v.t. |",
    "## Conclusie",
    "Er is gehandeld in strijd met regel 5 (uitkijk) van de {{LAW:COLREG}}. De {{ILT}} legt een bestuurlijke "
    "boete op aan {{Visserijbedrijf Grietje Jannes B.V.}} (zie besluit {{REF:ILT-2026-BB-0712}}). "
    "Het onderzoek van de {{Onderzoeksraad voor Veiligheid}} loopt.",
    "Rapport opgemaakt door [[K. Brinkhuis]], mobiel [[PHONE:06 - 52 81 90 33]], [[EMAIL:ko.brinkhuis@ilent.nl]].",
    ]),

Doc("kw25", "Brief Kustwacht aan burgemeester Terschelling", font="dejavu",
    producer="Microsoft Word for Microsoft 365", creator="Microsoft Word", author="[[Ruud Kampinga]]", lines=[
    "{{Kustwacht Nederland}} | {{Kustwachtcentrum Den Helder}}",
    "Postbus 10000, 1780 CA Den Helder | {{www.kustwacht.nl}}",
    "",
    "Aan het college van burgemeester en wethouders van {{LOC:Terschelling}}",
    "t.a.v. burgemeester {{PUBLIC_PERSON:Wiegersma}}",
    "Postbus 14, 8880 AA Terschelling",
    "Den Helder, 26 augustus 2026 | Ons kenmerk {{REF:KW-2026/0917-03}}",
    "# Dank voor de samenwerking bij de inzet van 14 augustus 2026",
    "Geachte heer {{PUBLIC_PERSON:Wiegersma}},",
    "Op 14 augustus 2026 hebben de vrijwilligers van {{KNRM}}-station {{LOC:Terschelling}}, samen met de "
    "collega's van station {{LOC:Harlingen}}, vier opvarenden van een zeiljacht in veiligheid gebracht. Ook de "
    "havendienst van uw gemeente en de havenmeester van {{LOC:West-Terschelling}}, de heer [[Okke Doornbos]], "
    "hebben snel en behulpzaam gehandeld.",
    "Ik waardeer het zeer dat u op 17 augustus de debriefing in het {{Reddingstation Terschelling}} kort hebt "
    "bijgewoond. Wethouder {{PUBLIC_PERSON:De Jong-Roosma}} heeft ons laten weten dat de gemeente de nazorg voor de "
    "vrijwilligers wil ondersteunen; daarvoor neemt mijn medewerker [[Noor Bakkali]] ([[PHONE:0223-658 347]]) "
    "contact op met uw secretariaat.",
    "Met vriendelijke groet,",
    "namens de directeur {{Kustwacht Nederland}},",
    "[[R.A. Kampinga]]",
    "{{TITLE:hoofd operatiën}} {{Kustwachtcentrum Den Helder}}",
    "",
    "Kopie: [[Lieke Harmsen]], bestuurssecretariaat gemeente Terschelling ([[EMAIL:l.harmsen@terschelling.nl]], "
    "[[PHONE:0562 - 44 62 10]]); {{KNRM}} {{Stationsbestuur Terschelling}}.",
    ]),

Doc("kw26", "Brief advocaat namens eigenaar jacht", font="times", producer="Nuance Power PDF 4.0",
    creator="Power PDF Create", lines=[
    "[[Van Exel & Boudewijns Advocaten]]",
    "Stationsplein 12, 3818 LE Amersfoort | advocaat mr. [[J.H. (Joris) van Exel]] | "
    "[[EMAIL:vanexel@vexb-advocaten.nl]] | [[PHONE:033 - 2051 887]]",
    "",
    "Aan: {{Rijkswaterstaat Noord-Nederland}}, afdeling Juridische Zaken, Postbus 2301, 8901 JH Leeuwarden",
    "Amersfoort, 2 september 2026 | Uw kenmerk {{REF:RWS-NN-2026-4418}} | Ons kenmerk 26.0512/JvE",
    "# Aansprakelijkstelling",
    "Geachte heer, mevrouw,",
    "Ik sta bij cliënt [[G.J. van Lienden]], wonende te Amersfoort, eigenaar van het zeiljacht "
    "{{SHIP:Johanna Catharina}}. Cliënt stelt {{Rijkswaterstaat}} aansprakelijk voor de schade als gevolg van de "
    "aanvaring van 14 augustus 2026, voor zover die het gevolg is van het ontbreken van een waarschuwing door "
    "verkeerspost {{Brandaris}}.",
    "Echtgenote van cliënt, mevrouw [[E. van Lienden-Brouwer]], heeft letsel opgelopen en is nog onder behandeling "
    "van de [[HEALTH:polikliniek orthopedie]] van het {{Medisch Centrum Leeuwarden}}. De letselschade wordt "
    "afzonderlijk begroot.",
    "Ik verzoek u binnen zes weken te berichten of u aansprakelijkheid erkent. Een afschrift gaat naar de "
    "verzekeraar van de {{SHIP:HL 17 Grietje Jannes}}, {{Coöperatie Noordelijke Visserij Verzekeringen U.A.}}",
    "Hoogachtend,",
    "[[J.H. van Exel]]",
    ]),

Doc("kw27", "Juridisch memo aansprakelijkheid", producer="PDF-XChange Editor 10.2", creator="Microsoft Word",
    notes=[("[[Lisanne Achterberg]]", "Eens met de conclusie. Wel even afstemmen met [[Koen]] van de Landsadvocaat."),
           ("[[Wijnja, H.]]", "Brandaris heeft om 21:39 geen waarschuwing gegeven: het jacht zat niet op AIS. "
            "Bel mij gerust: [[PHONE:06-47 20 19 38]].")],
    lines=[
    "# Memo",
    "Aan: [[Femke Oosterhuis-Dijkstra]], {{Rijkswaterstaat Noord-Nederland}}",
    "Van: mr. [[T. (Tessa) Groenendijk]], {{TITLE:jurist}} Juridische Zaken RWS",
    "Datum: 9 september 2026 | Betreft: aansprakelijkstelling {{SHIP:Johanna Catharina}} ({{REF:RWS-NN-2026-4418}})",
    "## Vraag",
    "Is {{Rijkswaterstaat}} aansprakelijk voor de schade van de eigenaar van het jacht omdat verkeerspost "
    "{{Brandaris}} geen waarschuwing zou hebben gegeven?",
    "## Analyse",
    "De verkeersbegeleiding op de {{LOC:Waddenzee}} is informatief; er is geen plicht tot waarschuwing van "
    "schepen die niet zichtbaar zijn op AIS (zie {{LAW:Scheepvaartverkeerswet}} en het "
    "{{LAW:Binnenvaartpolitiereglement}}). De betonning bij {{LOC:SG 13}} lag op positie, zie de duikinspectie "
    "van 16 augustus. Aansprakelijkheid op grond van artikel 6:174 {{LAW:BW}} ligt niet voor de hand.",
    "## Advies",
    "Aansprakelijkheid afwijzen; de advocaat van de eigenaar, mr. [[Van Exel]], gemotiveerd berichten. "
    "Afstemmen met de {{Landsadvocaat}} en {{Directie Maritieme Zaken}} van IenW.",
    "[[TG]] / 09-09-2026",
    ]),

Doc("kw28", "Dienstrooster Kustwachtcentrum week 33", producer="Microsoft Excel for Microsoft 365",
    creator="Microsoft Excel", lines=[
    "# Dienstrooster {{Kustwachtcentrum Den Helder}} - week 33 (11-17 augustus 2026)",
    "| Pers.nr | Naam | Functie | Do 14-08 | Vr 15-08 | Mobiel |",
    "| [[ID:KW-10288]] | [[Zwanenburg, M.]] | operator | N | N | [[PHONE:06 28 19 04 55]] |",
    "| [[ID:KW-10341]] | [[Ter Horst, D.]] | operator | N | - | [[PHONE:06-30771295]] |",
    "| [[ID:KW-10107]] | [[Van 't Hoog, J.]] | SMC | N | N | [[PHONE:06-11 48 22 09]] |",
    "| [[ID:KW-10456]] | [[Bakkali, N.]] | operator | D | A | [[PHONE:+31 6 4901 7738]] |",
    "| [[ID:KW-10012]] | [[Kampinga, R.A.]] | hoofd operatiën | D | D | [[PHONE:06-20345511]] |",
    "| [[ID:KW-10399]] | [[Çelik, E.]] | operator | A | - | [[PHONE:06 1733 8021]] |",
    "| [[ID:KW-10233]] | [[Dijkhuizen-Kroes, M.A.]] | SMC | - | A | [[PHONE:0031 6 5108 2294]] |",
    "D = dagdienst 07-15, A = avonddienst 15-23, N = nachtdienst 23-07 (dienst 14-08 N begon om 19:00 i.v.m. "
    "oefening). Piketlijst IenW: via {{EMAIL:piket.dglm@minienw.nl}}.",
    "Rooster vastgesteld door [[R.A. Kampinga]]. Ruilingen melden bij [[E. Çelik]] (roostering).",
    "Vertrouwelijk - bevat personeelsgegevens. {{LAW:AVG}}.",
    "---",
    "# Piketlijst week 33 - externe partners",
    "| Organisatie | Piketfunctionaris | Bereikbaar | Algemeen nummer |",
    "| {{Rijkswaterstaat Noord-Nederland}} | [[Klaas Postma]] | [[PHONE:06-43 90 27 18]] | {{PHONE:0800-8002}} |",
    "| {{Directie Maritieme Zaken}} IenW | [[Sander Mulderij]] | [[PHONE:06-38551207]] | {{PHONE:070 456 0000}} |",
    "| {{KNRM}} {{LOC:Terschelling}} | [[Hidde Schaap]] | [[PHONE:06-21457780]] | - |",
    "| {{KNRM}} {{LOC:Harlingen}} | [[Wietske van der Meulen]] | [[PHONE:06 5099 1834]] | - |",
    "| {{Defensie Helikopter Commando}} | [[Arjen de Haan]] | [[PHONE:0223 - 658 990 tst. 214]] | - |",
    "| {{ILT}} meldkamer | dienstdoende inspecteur | - | {{PHONE:088 489 0000}} |",
    "| Politie {{Eenheid Noord-Nederland}} | [[Rik Veenstra]] | [[PHONE:+31 (0)6 2207 8843]] | {{PHONE:0900-8844}} |",
    "Wijzigingen in de piketlijst doorgeven aan [[Marieke]] of [[Dennis]] op het KWC, of via "
    "{{EMAIL:operaties@kustwacht.nl}}.",
    "## Opmerkingen operators",
    "[[N. Bakkali]] heeft op 14-08 de avonddienst geruild met [[E. Çelik]] (akkoord [[RAK]]). [[M.A. Dijkhuizen-Kroes]] "
    "verlof 18-29 augustus; vervanging SMC door [[J. van 't Hoog]]. Contact thuis bij calamiteit: "
    "[[M.A. Dijkhuizen-Kroes]] via [[PHONE:0223 61 44 82]].",
    ]),

Doc("kw29", "Presentielijst debriefing (scan)", kind="scan", font="hand", producer="Canon iR-ADV C5840 PDF",
    creator="Canon iR-ADV C5840", stamp="Scan presentielijst - {{REF:KWC-SAR-2026-0917}} - {{Reddingstation Terschelling}}",
    lines=[
    "# Presentielijst debriefing 17-08-2026",
    "| Naam | Organisatie | Handtekening |",
    "| [[Hidde Schaap]] | KNRM | [[H. Schaap]] |",
    "| [[Lotte Vermaat]] | KNRM | [[L. Vermaat]] |",
    "| [[Bauke Hofstra]] | KNRM | [[Bauke H.]] |",
    "| [[Yannick Ouwerkerk]] | KNRM | [[Y. Ouwerkerk]] |",
    "| [[Trijntje Zijlstra]] | KNRM walploeg | [[T. Zijlstra]] |",
    "| [[Wietske van der Meulen]] | KNRM Harlingen | [[W. v.d. Meulen]] |",
    "| [[Okke Doornbos]] | Havendienst | [[O. Doornbos]] |",
    "",
    "Nazorg: [[Margriet Sikkema]] (bedrijfsmaatschappelijk werk), [[PHONE:06-18227430]]",
    ]),

Doc("kw30", "Faxbericht MCL aan Kustwacht (scan)", kind="scan", font="times", producer="Xerox WorkCentre 7855",
    creator="Xerox Scan to PDF", stamp="Ontvangen per fax {{Kustwachtcentrum Den Helder}} 15-08-2026",
    lines=[
    "# FAX - Medisch Centrum Leeuwarden, Spoedeisende Hulp",
    "Aan: Kustwachtcentrum Den Helder, t.a.v. SMC [[Joost van 't Hoog]]",
    "Van: [[Evelien Postma-Haringsma]], arts-assistent SEH",
    "Datum: 15 augustus 2026 03:12",
    "Betreft: opgenomen patiënten na SAR-inzet",
    "Patiënt [[Ellen van Lienden-Brouwer]]: opgenomen, [[HEALTH:gipsspalk]], observatie.",
    "Patiënt [[Christoph Müller]]: wond gehecht, [[HEALTH:hersenschudding]], ontslag verwacht 16-08.",
    "Familie geïnformeerd via zoon [[Jeroen van Lienden]].",
    "Terugbelnummer: [[PHONE:058 286 1197]]",
    ]),

Doc("kw31", "Nautisch rapport Brandaris AIS-analyse", font="dejavu", producer="Microsoft: Print To PDF",
    creator="Microsoft Word", outline=["1 Inleiding", "2 AIS-analyse ([[Harm Wijnja]])",
                                       "3 Radarbeelden - review [[Klaas Postma]]", "4 Conclusies"],
    lines=[
    "# Nautisch rapport - analyse AIS- en radargegevens verkeerspost {{Brandaris}}",
    "{{Rijkswaterstaat Noord-Nederland}} | Rapport {{REF:RWS-NN-NR-2026-27}} | 22 augustus 2026",
    "## 1 Inleiding",
    "Dit rapport beschrijft de bewegingen van het vissersschip {{SHIP:HL 17 Grietje Jannes}} (MMSI "
    "{{REF:244630418}}) en het zeiljacht {{SHIP:Johanna Catharina}} (geen AIS) op 14 augustus 2026 tussen 21:20 "
    "en 21:50 uur in het {{LOC:Schuitengat}}.",
    "## 2 AIS-analyse",
    "| Tijd | Koers | Vaart (kn) | Afstand tot {{LOC:SG 13}} |",
    "| 21:30 | 112° | 8,9 | 1,6 nm |",
    "| 21:36 | 114° | 9,1 | 0,7 nm |",
    "| 21:40 | 115° | 8,7 | 0,1 nm |",
    "| 21:42 | 130° | 1,2 | 0,2 nm |",
    "## 3 Radarbeelden",
    "Het radarecho van het jacht is vanaf 21:31 zichtbaar op de radar van {{Brandaris}} en de kustradar "
    "{{Vlieland-Noord}}. Er is geen waarschuwing uitgegeven; het echo is door de verkeersleider aangemerkt als "
    "mogelijk klein vaartuig zonder AIS.",
    "## 4 Conclusies",
    "De {{SHIP:HL 17 Grietje Jannes}} hield koers en vaart tot vlak voor de aanvaring. De gegevens zijn "
    "overgedragen aan de {{Onderzoeksraad voor Veiligheid}} en de {{ILT}}.",
    "Dienstdoende verkeersleider op 14 augustus: [[Gerlof Bijlsma]] (tot 22:00) en [[Aaltje Kuipers]]. "
    "Radaroperator [[G. Bijlsma]] heeft de radarbeelden om 23:10 geëxporteerd naar het {{VTS-archief}}.",
    "Opgesteld door {{Rijkswaterstaat}} Verkeerscentrale {{Brandaris}}; vrijgegeven door de "
    "{{TITLE:hoofd Verkeersmanagement Noord}}.",
    ]),

Doc("kw32", "Woo-besluit WOO-IENW-2026-0481", producer="Aspose.PDF for .NET 23.4", creator="Corsa 8.2",
    lines=[
    "{{Ministerie van Infrastructuur en Waterstaat}}",
    "Mevrouw [[M. Kingma]]",
    "[[ADDRESS:Grote Hoogstraat 31-A]]",
    "[[ADDRESS:8911 KS Leeuwarden]]",
    "Datum 14 oktober 2026 | Kenmerk {{REF:WOO-IENW-2026-0481}} | Contactpersoon [[W. de Ruijter-Smit]]",
    "# Besluit op uw Woo-verzoek over de aanvaring in de Waddenzee",
    "Geachte mevrouw [[Kingma]],",
    "Op 3 september 2026 heeft u een verzoek gedaan op grond van de {{LAW:Wet open overheid}} (Woo). U vraagt om "
    "documenten over de aanvaring op 14 augustus 2026 tussen de {{SHIP:HL 17 Grietje Jannes}} en de "
    "{{SHIP:Johanna Catharina}}. Op 30 september is de beslistermijn met twee weken verdaagd.",
    "## Besluit",
    "Ik maak 31 documenten deels openbaar en 2 documenten geheel openbaar. Zie de inventarislijst.",
    "---",
    "## Zienswijzen",
    "Voordat ik besliste, heb ik derden om hun zienswijze gevraagd. De schipper van het vissersschip, de "
    "eigenaar van het jacht (via zijn advocaat) en de {{KNRM}} hebben gereageerd. De advocaat, mr. [[Van Exel]], "
    "verzoekt om alle gegevens van zijn cliënt te weigeren. De {{KNRM}} wil dat de namen van vrijwilligers niet "
    "openbaar worden. Het bedrijf {{Visserijbedrijf Grietje Jannes B.V.}} heeft geen bezwaar tegen openbaarmaking "
    "van het inspectierapport, behalve de namen van bemanningsleden.",
    "## Documenten die al openbaar zijn",
    "De antwoorden op de Kamervragen ({{REF:2026Z14571}}) zijn al openbaar via {{officielebekendmakingen.nl}}. "
    "Het persbericht van de {{Kustwacht Nederland}} van 15 augustus 2026 staat op {{www.kustwacht.nl}}.",
    "## Wijze van openbaarmaking",
    "De documenten worden gepubliceerd op {{open.overheid.nl}}. Een afschrift van dit besluit gaat naar de "
    "derden-belanghebbenden. Bezwaar kan binnen zes weken, bij voorkeur digitaal via {{woo@minienw.nl}}.",
    "## Informatie die niet openbaar gemaakt kan worden",
    "Persoonsgegevens van opvarenden, KNRM-vrijwilligers, ambtenaren en medewerkers van bedrijven zijn "
    "onleesbaar gemaakt op grond van artikel 5.1, tweede lid, onder e, Woo (code 5.1.2e). Gegevens over de "
    "gezondheid van opvarenden zijn geweigerd op grond van artikel 5.1, eerste lid, onder d, Woo (5.1.1d), "
    "het burgerservicenummer op grond van artikel 5.1, eerste lid, onder e, Woo (5.1.1e).",
    "## Motivering",
    "De namen van de minister, Kamerleden, de burgemeester en de wethouder van {{LOC:Terschelling}} en de "
    "woordvoerder van de Kustwacht blijven leesbaar: zij treden in hun functie in de openbaarheid. Namen van "
    "schepen, zoals de reddingboten {{SHIP:Wim en Hillie Zwart}} en {{SHIP:Bernardus Wagenaar}}, zijn geen "
    "persoonsgegevens. In de openbaar gemaakte versie zijn alle persoonsgegevens van ambtenaren en derden "
    "geanonimiseerd.",
    "Hoogachtend,",
    "De minister van Infrastructuur en Waterstaat,",
    "namens dezen,",
    "[[S. Kraaijeveld]], {{TITLE:hoofd Juridische Zaken}}",
    "Bijlage: inventarislijst. Behandelaar: [[Wouter de Ruijter-Smit]], [[EMAIL:wouter.de.ruijter-smit@minienw.nl]], "
    "[[PHONE:06 - 2290 4415]]. Afschrift aan: mr. [[J.H. van Exel]] ([[Van Exel & Boudewijns Advocaten]]), "
    "[[W. Terpstra]] ({{LOC:Harlingen}}), {{KNRM}} (afdeling juridische zaken).",
    ]),

Doc("kw33", "Inventarislijst WOO-IENW-2026-0481", font="dejavu", producer="Microsoft Excel for Microsoft 365",
    creator="Microsoft Excel", author="[[Kraaijeveld, S.]]", lines=[
    "# Inventarislijst {{REF:WOO-IENW-2026-0481}}",
    "| ID | Document | Datum | Beoordeling | Grond | Toelichting |",
    "| 01 | Woo-verzoek | 03-09-2026 | deels openbaar | 5.1.2e | gegevens verzoeker |",
    "| 03 | SAR-incidentlog {{REF:KWC-SAR-2026-0917}} | 14-08-2026 | deels openbaar | 5.1.2e | |",
    "| 04 | Transcriptie {{VHF kanaal 16}} | 14-08-2026 | deels openbaar | 5.1.2e | |",
    "| 05 | Bemanningslijst {{SHIP:HL 17 Grietje Jannes}} | 15-08-2026 | deels openbaar | 5.1.2e | |",
    "| 08 | Verklaring schipper (politie) | 15-08-2026 | deels openbaar | 5.1.1e, 5.1.2e | BSN |",
    "| 10 | Overdracht ambulancezorg | 14-08-2026 | deels openbaar | 5.1.1d, 5.1.2e | medische gegevens |",
    "| 12 | Mail RWS - IenW | 18-08-2026 | deels openbaar | 5.1.2e | |",
    "| 16 | Beslisnota {{REF:IENW/BSK-2026/219340}} | 21-08-2026 | deels openbaar | 5.1.2e | paraaf [[PvdS]] |",
    "| 18 | Antwoorden Kamervragen {{REF:2026Z14571}} | 29-08-2026 | openbaar | | reeds openbaar |",
    "| 24 | Inspectierapport {{ILT}} | 19-08-2026 | deels openbaar | 5.1.2e | |",
    "| 26 | Brief mr. [[Van Exel]] | 02-09-2026 | deels openbaar | 5.1.1d, 5.1.2e | |",
    "| 02 | Ontvangstbevestiging {{REF:IENW/BSK-2026/214877}} | 09-09-2026 | deels openbaar | 5.1.2e | |",
    "| 06 | Opvarendenlijst {{SHIP:Johanna Catharina}} | 15-08-2026 | deels openbaar | 5.1.2e | |",
    "| 07 | KNRM inzetrapport {{REF:TSL-2026-061}} | 14-08-2026 | deels openbaar | 5.1.2e | vrijwilligers |",
    "| 09 | Verklaring schipper jacht (scan) | 15-08-2026 | deels openbaar | 5.1.2e | |",
    "| 11 | Mail KWC - {{Rijkswaterstaat Noord-Nederland}} | 15-08-2026 | deels openbaar | 5.1.2e | |",
    "| 13 | Teams-chat communicatie | 15-08-2026 | deels openbaar | 5.1.2e | |",
    "| 14 | WhatsApp KNRM {{LOC:Terschelling}} | 14-08-2026 | deels openbaar | 5.1.2e | |",
    "| 15 | Verslag debriefing | 17-08-2026 | deels openbaar | 5.1.2e | opmerkingen [[Kampinga]] in annotaties |",
    "| 17 | Kamervragen {{PUBLIC_PERSON:Van Dijken}} | 15-08-2026 | openbaar | | reeds openbaar |",
    "| 21 | Factuur duikwerk {{REF:2026-0144}} | 22-08-2026 | deels openbaar | 5.1.2e | eenmanszaak |",
    "| 22 | Factuur expertise {{REF:MEB-26-081}} | 28-08-2026 | deels openbaar | 5.1.2e | eenmanszaak |",
    "| 23 | Meldingsformulier {{REF:ILT-2026-SO-3318}} | 15-08-2026 | deels openbaar | 5.1.1d, 5.1.2e | |",
    "| 25 | Brief {{Kustwacht Nederland}} aan burgemeester {{PUBLIC_PERSON:Wiegersma}} | 26-08-2026 | deels openbaar | 5.1.2e | |",
    "| 27 | Memo aansprakelijkheid {{REF:RWS-NN-2026-4418}} | 09-09-2026 | deels openbaar | 5.1.2e, 5.2.1 | |",
    "| 28 | Dienstrooster KWC week 33 | 11-08-2026 | deels openbaar | 5.1.2e | personeelsnummers |",
    "| 30 | Fax {{Medisch Centrum Leeuwarden}} | 15-08-2026 | deels openbaar | 5.1.1d, 5.1.2e | |",
    "| 31 | Nautisch rapport {{Brandaris}} | 22-08-2026 | openbaar | | |",
    "Behandelaar: [[W. de Ruijter-Smit]], {{Directie Maritieme Zaken}}.",
    ]),
]
