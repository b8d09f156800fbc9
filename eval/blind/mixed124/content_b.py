"""Set KW, documents kw12-kw22: mails with the ministry, chats, debrief minutes, beslisnota, Kamervragen,
press material, invoices."""
from lib import Doc

DOCS = [
Doc("kw12", "Mailwisseling RWS - IenW DGLM", kind="docx", producer="LibreOffice 7.6", creator="Writer",
    author="[[Anouk Ramdin]]", lines=[
    "Van: [[Mulderij, Sander]] <[[EMAIL:sander.mulderij@minienw.nl]]>",
    "Verzonden: maandag 18 augustus 2026 16:48",
    "Aan: [[Ramdin, Anouk]] <[[EMAIL:anouk.ramdin@minienw.nl]]>; [[Oosterhuis-Dijkstra, Femke]] <[[EMAIL:femke.oosterhuis-dijkstra@rws.nl]]>",
    "CC: [[Ekström, Åsa]] <[[EMAIL:åsa.ekström@minienw.nl]]>; {{EMAIL:persvoorlichting@minienw.nl}}",
    "Onderwerp: RE: Kamervragen aanvaring Waddenzee - feitenrelaas",
    "[[Anouk]], [[Femke]],",
    "Het feitenrelaas voor de beantwoording van de vragen van het lid {{PUBLIC_PERSON:Van Dijken}} (CDA) staat nu in de map. De "
    "passage over de verlichting van het jacht heb ik neutraal gehouden: de {{Onderzoeksraad voor Veiligheid}} "
    "doet onderzoek en wij lopen daar niet op vooruit. [[Åsa]] kijkt mee namens de directie Maritieme Zaken.",
    "Graag jullie reactie vóór woensdag 12.00 uur, dan kan de nota naar de minister.",
    "Groet, [[Sander]]",
    "[[Sander Mulderij]] | {{TITLE:beleidsmedewerker}} {{Directie Maritieme Zaken}} | [[PHONE:06-38551207]]",
    "",
    "Van: [[Oosterhuis-Dijkstra, Femke]]",
    "Verzonden: maandag 18 augustus 2026 11:02",
    "Aan: [[Mulderij, Sander]]",
    "Onderwerp: RE: Kamervragen aanvaring Waddenzee - feitenrelaas",
    "[[Sander]], twee correcties: de melding kwam om 21:42 binnen (niet 21:45), en de {{SHIP:Zirfaea}} is van "
    "{{Rijkswaterstaat}}, niet van de {{Kustwacht Nederland}}. Verder akkoord. Vraag 4 (vaarwegmarkering) kan "
    "ik aanvullen met de gegevens van {{Brandaris}}.",
    "[[Femke]]",
    "",
    "Van: [[Mulderij, Sander]]",
    "Verzonden: zaterdag 16 augustus 2026 10:15",
    "Aan: [[Oosterhuis-Dijkstra, Femke]]",
    "CC: [[Ramdin, Anouk]]",
    "Onderwerp: Kamervragen aanvaring Waddenzee - feitenrelaas",
    "Dag [[Femke]], er komen schriftelijke vragen van Kamerlid {{PUBLIC_PERSON:Van Dijken}} over de aanvaring. Kun je het "
    "feitenrelaas controleren? Ik bel je maandag vanaf mijn vaste nummer [[PHONE:070 456 2231]].",
    ]),

Doc("kw13", "Teams-chat crisiscommunicatie", font="dejavu", producer="Microsoft Teams export",
    creator="Microsoft Edge", lines=[
    "# Chat: Aanvaring Waddenzee - communicatie",
    "Deelnemers: [[Ilse de Groot]] (RWS), [[Åsa Ekström]] (IenW), {{PUBLIC_PERSON:Tjitske Bouma}} (woordvoerder Kustwacht), "
    "[[Bart-Jan Tuinstra]] (IenW)",
    "[15-08-2026 07:02] [[Ilse de Groot]]: Goedemorgen. {{Omrop Fryslân}} en {{NOS}} bellen al. Zijn we het eens "
    "over de kernboodschap?",
    "[15-08-2026 07:05] [[Åsa Ekström]]: Ja: snelle inzet {{KNRM}} en {{Kustwacht}}, twee gewonden naar het "
    "ziekenhuis, oorzaak wordt onderzocht. Geen namen, geen letsel noemen.",
    "[15-08-2026 07:06] [[BJ]]: Minister is gebriefd door de DG. Ze gaat vanmiddag naar {{LOC:Harlingen}}?",
    "[15-08-2026 07:09] [[Åsa Ekström]]: Nee, dat is te vroeg. [[Bart-Jan]], kun jij de agenda checken met "
    "[[Nienke]] van het secretariaat?",
    "[15-08-2026 07:15] {{PUBLIC_PERSON:Tjitske Bouma}}: De Kustwacht zet om 08:00 een bericht op X. Ik stuur de tekst hier.",
    "[15-08-2026 07:16] [[Ilse de Groot]]: Top. Graag {{SHIP:Zirfaea}} noemen, onze mensen hebben het jacht "
    "begeleid. [[Harm]] van {{Brandaris}} heeft de hele nacht doorgewerkt.",
    "[15-08-2026 07:40] [[BJ]]: Vraag van {{Leeuwarder Courant}}: klopt het dat de schipper van de kotter "
    "[[Terpstra]] heet? -> niet bevestigen.",
    "[15-08-2026 07:41] [[Åsa Ekström]]: Klopt, we bevestigen geen namen. Verwijs naar politie en "
    "{{Onderzoeksraad voor Veiligheid}}.",
    "[15-08-2026 08:02] {{PUBLIC_PERSON:Tjitske Bouma}}: Bericht staat online. Tel. voor pers blijft {{PHONE:0223-542 300}}.",
    "---",
    "[15-08-2026 09:12] [[Ilse de Groot]]: {{RTV Noord}} vraagt om een interview met iemand van {{Brandaris}}. "
    "Ik stel voor dat [[Femke]] dat doet, zij kent de vaarweg het best.",
    "[15-08-2026 09:14] [[Åsa Ekström]]: Liever niet, dat wordt inhoudelijk over de oorzaak. Woordvoerder RWS "
    "{{PUBLIC_PERSON:Pieter Hoekstra}} kan het algemene verhaal doen.",
    "[15-08-2026 09:20] [[BJ]]: Kamerlid {{PUBLIC_PERSON:Van Dijken}} heeft op X gezegd dat hij vragen stelt. Lijn voorbereiden?",
    "[15-08-2026 09:21] [[Åsa Ekström]]: Ja, [[Sander]] maakt het feitenrelaas. [[Bart-Jan]], jij de perslijn.",
    "[15-08-2026 11:48] {{PUBLIC_PERSON:Tjitske Bouma}}: De familie van de Duitse gasten belt ons. Graag doorverwijzen naar "
    "de politie, niet zelf info geven. Nummer van de dochter heb ik: [[PHONE:+49 160 9912 4471]].",
    "[15-08-2026 11:50] [[Ilse de Groot]]: Dat nummer hoort niet in deze chat, haal je het weg?",
    "[15-08-2026 11:52] {{PUBLIC_PERSON:Tjitske Bouma}}: Klopt, sorry. Doorgezet naar [[Arnold]] van de politie.",
    "[15-08-2026 14:05] [[BJ]]: Minister {{PUBLIC_PERSON:Verheul}} wil dinsdag een update. Ik plan 30 min via [[Nienke]].",
    "[15-08-2026 14:07] [[Åsa Ekström]]: Prima. Ik neem [[Anouk]] mee.",
    "[15-08-2026 16:30] [[Ilse de Groot]]: Jacht ligt nu in {{LOC:West-Terschelling}}. {{SHIP:Zirfaea}} terug "
    "op patrouille. Mooi werk iedereen.",
    ]),

Doc("kw14", "WhatsApp-export KNRM Terschelling", font="dejavu", producer="PDFCreator 5.2.0",
    creator="WhatsApp Chat Export", lines=[
    "# WhatsApp Chat met KNRM TSL Bemanning",
    "14-08-2026 21:45 - [[Hidde]]: 🚨 ALARM prio 1 Schuitengat aanvaring jacht/kotter. Wie komt?",
    "14-08-2026 21:45 - [[Lotte V]]: Onderweg, 3 min",
    "14-08-2026 21:46 - [[Baukie]]: kom eraan",
    "14-08-2026 21:46 - [[Yannick O.]]: ben in Midsland, 8 min",
    "14-08-2026 21:47 - [[Trijntje]]: walploeg ik. Bel [[PHONE:06-21457780]] als je iets nodig hebt",
    "14-08-2026 21:50 - [[Hidde]]: We gaan met 5. {{SHIP:Wim en Hillie Zwart}} los om 21:51",
    "14-08-2026 23:58 - [[Hidde]]: Binnen. Goed gedaan allemaal. Jacht ligt aan de steiger bij de "
    "{{Willem Barentszkade}}.",
    "14-08-2026 23:59 - [[Baukie]]: Die Duitse meneer was flink aan het bloeden, hoop dat het goed komt 🙏",
    "15-08-2026 00:03 - [[Lotte V]]: Mevrouw [[van Lienden]] was erg koud. Fijn dat de heli zo snel was",
    "15-08-2026 08:12 - [[Yannick O.]]: Iemand mijn handschoenen gezien? Liggen volgens mij nog op de "
    "{{SHIP:Wim en Hillie Zwart}}",
    "15-08-2026 08:14 - [[Trijntje]]: In het boothuis bij de droogkast 👍",
    "15-08-2026 08:20 - [[Baukie]]: [[Lotte V]] en ik kunnen zondag niet eerder dan 14:30, de pont uit "
    "{{LOC:Harlingen}} is laat",
    "15-08-2026 08:22 - [[Hidde]]: Prima. [[Joost]] van de Kustwacht komt ook, en de heli-piloot misschien",
    "15-08-2026 08:25 - [[Dirk-Jan]] (schipper reserve): Ik neem zondag het piket over, bel [[PHONE:06 2733 4519]]",
    "15-08-2026 08:30 - [[Wietske vd M]]: Namens Harlingen: mooie samenwerking gisteren! {{SHIP:Bernardus Wagenaar}} "
    "weer inzetklaar",
    "15-08-2026 08:31 - [[Hidde]]: Debriefing zondag 14:00 bij het {{Reddingstation Terschelling}}, "
    "[[Femke]] van RWS schuift aan",
    ]),

Doc("kw15", "Verslag debriefing 17 augustus 2026", producer="Microsoft Word 2019", creator="Microsoft Word",
    notes=[("[[Kampinga, R.A.]]", "Actie 3 graag vóór 1 oktober; overleg met [[Dennis]] over roosters."),
           ("[[M. Zwanenburg]]", "Mijn initialen klopten niet in de eerste versie, nu aangepast.")],
    lines=[
    "# Verslag debriefing SAR-inzet {{REF:KWC-SAR-2026-0917}}",
    "Datum: zondag 17 augustus 2026, 14:00-16:15 | Locatie: {{Reddingstation Terschelling}}, "
    "{{Willem Barentszkade}} 1, {{LOC:West-Terschelling}}",
    "| Naam | Organisatie | Functie | Aanwezig |",
    "| [[R.A. Kampinga]] | {{Kustwachtcentrum Den Helder}} | {{TITLE:hoofd operatiën}} (voorzitter) | ja |",
    "| [[J. van 't Hoog]] | {{Kustwachtcentrum Den Helder}} | {{TITLE:SAR Mission Coordinator}} | ja |",
    "| [[M. Zwanenburg]] | {{Kustwachtcentrum Den Helder}} | operator | ja |",
    "| [[H. Schaap]] | {{KNRM}} {{LOC:Terschelling}} | schipper | ja |",
    "| [[W. van der Meulen]] | {{KNRM}} {{LOC:Harlingen}} | schipper | ja |",
    "| [[F. Oosterhuis-Dijkstra]] | {{Rijkswaterstaat Noord-Nederland}} | nautisch adviseur | ja |",
    "| [[A. de Haan]] | {{Defensie Helikopter Commando}} | piloot {{CALLSIGN:Rescue 02}} | afgemeld |",
    "## 1. Verloop",
    "De alarmering verliep binnen twee minuten. [[Van 't Hoog]] licht toe dat de {{TERM:MAYDAY RELAY}} direct is "
    "uitgegeven. [[Schaap]] meldt dat kanaal 67 overbelast raakte.",
    "## 2. Leerpunten",
    "Het jacht had geen AIS; {{Rijkswaterstaat}} adviseert recreanten via de campagne {{Varen doe je samen}}. "
    "Nazorg voor vrijwilligers loopt via het {{KNRM}}-nazorgteam.",
    "## 3. Samenwerking met de helikopter",
    "[[De Haan]] had zich afgemeld; namens het {{Defensie Helikopter Commando}} is schriftelijk gereageerd door "
    "kapitein-luitenant ter zee [[S.P. Roodenburg]]. De overdracht van de patiënt aan het heliplatform van het "
    "{{Medisch Centrum Leeuwarden}} verliep volgens protocol. [[Zwanenburg]] merkt op dat de ETA van "
    "{{CALLSIGN:Rescue 02}} twee keer is bijgesteld; dat is niet aan de KNRM doorgegeven.",
    "## 4. Rol van de visser",
    "De bemanning van de {{SHIP:HL 17 Grietje Jannes}} is bij het jacht gebleven en heeft een lijn aangeboden. "
    "[[Van der Meulen]] vindt dat dit in de evaluatie positief genoemd moet worden. De schipper heeft na afloop "
    "zelf gebeld met [[Schaap]] om te vragen hoe het met de gewonden ging; daarover zijn geen medische "
    "gegevens gedeeld.",
    "## 5. Communicatie met familie",
    "De zoon van de schipper van het jacht, [[Jeroen van Lienden]], belde om 23:15 met het KWC. Hij is "
    "teruggebeld door [[Bakkali]]. Afspraak: familieberichten lopen voortaan via de politie, niet via de "
    "operators. [[Oosterhuis-Dijkstra]] vraagt of {{Rijkswaterstaat}} daarin een rol heeft: nee.",
    "## 6. Pers",
    "Woordvoerder {{PUBLIC_PERSON:Tjitske Bouma}} meldt dat {{Omrop Fryslân}} en de {{Leeuwarder Courant}} de volgende ochtend "
    "belden. Er zijn geen namen bevestigd. Een fotograaf heeft de vrijwilligers in de haven gefotografeerd; de "
    "KNRM vraagt om terughoudendheid bij publicatie.",
    "## 7. Rondvraag en sluiting",
    "[[Vermaat]] vraagt of de nazorg ook geldt voor de walploeg. [[Kampinga]] zegt dit toe. Volgende "
    "evaluatie samen met het {{JRCC Den Helder}} op 6 oktober 2026 in {{LOC:Den Helder}}.",
    "## Actielijst",
    "| Nr | Actie | Wie | Gereed |",
    "| 1 | Werkafspraak kanaalgebruik 67/73 bij gelijktijdige inzet | [[JvtH]] | 01-10-2026 |",
    "| 2 | AIS- en radardata aanleveren bij {{Onderzoeksraad voor Veiligheid}} | [[FOD]] | 25-08-2026 |",
    "| 3 | Nazorggesprek bemanning {{SHIP:Wim en Hillie Zwart}} | [[HS]] | 31-08-2026 |",
    "| 4 | Verslag naar {{Directie Maritieme Zaken}} IenW | [[RAK]] | 20-08-2026 |",
    "| 5 | Protocol familieberichten met politie {{Eenheid Noord-Nederland}} | [[NBa]] | 15-09-2026 |",
    "| 6 | ETA-wijzigingen heli doorgeven aan KNRM-schipper | [[MZw]] | 01-09-2026 |",
    "Verslag: [[M. Zwanenburg]], vastgesteld door [[R.A. Kampinga]].",
    ]),

Doc("kw16", "Beslisnota beantwoording Kamervragen", kind="docx", producer="LibreOffice 7.6",
    creator="Writer", author="[[Mulderij, S.]]", lines=[
    "{{Ministerie van Infrastructuur en Waterstaat}} - {{Directoraat-generaal Luchtvaart en Maritieme Zaken}}",
    "# Nota",
    "Aan: de minister",
    "Van: [[S. Mulderij]], {{Directie Maritieme Zaken}}",
    "Datum: 21 augustus 2026",
    "Kenmerk: {{REF:IENW/BSK-2026/219340}}",
    "Contactpersoon: [[Anouk Ramdin]], T [[PHONE:070 456 8802]], [[EMAIL:anouk.ramdin@minienw.nl]]",
    "Onderwerp: Beantwoording Kamervragen van het lid {{PUBLIC_PERSON:Van Dijken}} (CDA) over de aanvaring in de Waddenzee",
    "## Aanleiding",
    "Op 15 augustus 2026 stelde het lid {{PUBLIC_PERSON:Van Dijken}} (CDA) schriftelijke vragen ({{REF:2026Z14571}}) over de "
    "aanvaring van 14 augustus 2026 tussen het vissersschip {{SHIP:HL 17 Grietje Jannes}} en het jacht "
    "{{SHIP:Johanna Catharina}}.",
    "## Geadviseerd besluit",
    "Aan de minister wordt gevraagd de bijgevoegde antwoorden te ondertekenen.",
    "## Kern",
    "De {{Kustwacht Nederland}} en de {{KNRM}} hebben snel en adequaat gehandeld. De vaarwegmarkering bij "
    "{{LOC:SG 13}} was in orde. De oorzaak wordt onderzocht door de {{Onderzoeksraad voor Veiligheid}}; daarop "
    "lopen de antwoorden niet vooruit. De verplichting van AIS voor recreatievaart wordt in het najaar besproken "
    "in het {{Overleg Nautisch Beheer Waddenzee}}.",
    "## Toelichting",
    "Vraag 2 - De tijdlijn is ontleend aan het SAR-logboek van het {{Kustwachtcentrum Den Helder}} en is "
    "gecontroleerd door {{Rijkswaterstaat Noord-Nederland}} ([[F. Oosterhuis-Dijkstra]]). De melding kwam om "
    "21:42 uur binnen; in eerdere berichtgeving stond ten onrechte 21:45 uur.",
    "Vraag 4 - De betonning bij {{LOC:SG 13}} is op 16 augustus door een duiker gecontroleerd (factuur "
    "{{REF:2026-0144}}). Verkeerspost {{Brandaris}} zag het jacht alleen op radar.",
    "Vraag 5 - Een AIS-plicht voor recreatievaart vergt wijziging van het {{LAW:Binnenvaartpolitiereglement}} en "
    "afstemming met Duitsland en Denemarken in de {{Trilaterale Waddenzeesamenwerking}}. Het "
    "{{Watersportverbond}} is tegen een plicht, maar steunt een campagne.",
    "Afstemming: de antwoorden zijn afgestemd met de {{Kustwacht Nederland}} ([[J. van 't Hoog]]), "
    "{{Rijkswaterstaat}} en de {{Directie Communicatie}} ([[B. Tuinstra]]). De {{ILT}} ([[K. Brinkhuis]]) heeft "
    "bevestigd dat het inspectierapport nog niet openbaar is.",
    "Uit de mail van [[Ramdin, Anouk]] van 20 augustus 2026 11:14: \"[[Sander]], kun je in vraag 3 de namen "
    "van de KNRM-schippers weghalen? Die willen niet in de Kamerstukken. Groet, [[Anouk]]\"",
    "## Krachtenveld",
    "De {{Nederlandse Vissersbond}} en het {{Watersportverbond}} hebben zich in de media uitgesproken. "
    "Burgemeester {{PUBLIC_PERSON:Wiegersma}} van {{LOC:Terschelling}} heeft de inzet van de vrijwilligers geprezen.",
    "## Informatie die niet openbaar gemaakt kan worden",
    "Geen.",
    "| Naam | Functie | Paraaf | Datum |",
    "| [[S. Mulderij]] | beleidsmedewerker | [[SMu]] | 21-08 |",
    "| [[Å. Ekström]] | {{TITLE:afdelingshoofd}} | [[ÅE]] | 21-08 |",
    "| [[P.J. van der Steen]] | {{TITLE:directeur Maritieme Zaken}} | [[PvdS]] | 22-08 |",
    ]),

Doc("kw17", "Kamervragen lid Van Dijken", font="times", producer="Tweede Kamer DocGen 3.4",
    creator="Parlis", lines=[
    "{{Tweede Kamer der Staten-Generaal}}",
    "{{REF:2026Z14571}}",
    "# Vragen van het lid {{PUBLIC_PERSON:Van Dijken}} (CDA) aan de minister van Infrastructuur en Waterstaat over de "
    "aanvaring tussen een vissersschip en een zeiljacht in de Waddenzee (ingezonden 15 augustus 2026)",
    "1. Bent u bekend met het bericht 'Kotter ramt jacht bij Terschelling, twee gewonden' in de "
    "{{Leeuwarder Courant}} van 15 augustus 2026?",
    "2. Kunt u aangeven hoe lang het duurde tussen de noodoproep en de aankomst van de eerste reddingboot van "
    "de {{KNRM}}?",
    "3. Deelt u de mening dat de vrijwilligers van de {{KNRM}}-stations {{LOC:Terschelling}} en "
    "{{LOC:Harlingen}} lof verdienen voor hun inzet?",
    "4. Was de vaarwegmarkering in het {{LOC:Schuitengat}} op orde? Wat was de rol van verkeerspost "
    "{{Brandaris}}?",
    "5. Bent u bereid een AIS-plicht voor recreatievaart op de {{LOC:Waddenzee}} te onderzoeken, zoals eerder "
    "bepleit door de leden {{PUBLIC_PERSON:Boukema}} (GroenLinks-PvdA) en {{PUBLIC_PERSON:Van Dijken}}?",
    "6. Wanneer verwacht u de uitkomsten van het onderzoek van de {{Onderzoeksraad voor Veiligheid}}?",
    ]),

Doc("kw18", "Antwoord op Kamervragen", producer="Microsoft Word for Microsoft 365",
    creator="Microsoft Word", author="[[Ramdin, A.]]", lines=[
    "> Retouradres Postbus 20901 2500 EX Den Haag",
    "De Voorzitter van de {{Tweede Kamer der Staten-Generaal}}",
    "Postbus 20018, 2500 EA Den Haag",
    "Datum 29 augustus 2026 | Kenmerk {{REF:IENW/BSK-2026/219340}}",
    "Onderwerp: Antwoorden op vragen van het lid {{PUBLIC_PERSON:Van Dijken}} over de aanvaring in de Waddenzee",
    "Hierbij beantwoord ik de vragen van het lid {{PUBLIC_PERSON:Van Dijken}} (CDA) ({{REF:2026Z14571}}).",
    "Vraag 1: Ja.",
    "Vraag 2: De noodoproep werd om 21:42 uur ontvangen door het {{Kustwachtcentrum Den Helder}}. De "
    "reddingboot {{SHIP:Wim en Hillie Zwart}} van {{KNRM}}-station {{LOC:Terschelling}} was om 22:19 uur "
    "ter plaatse, 37 minuten na de oproep.",
    "Vraag 3: Ja. Ik heb de stations {{LOC:Terschelling}} en {{LOC:Harlingen}} daarvoor persoonlijk bedankt.",
    "Vraag 4: De vaarwegmarkering was op orde. Verkeerspost {{Brandaris}} van {{Rijkswaterstaat}} heeft de "
    "AIS-gegevens van het vissersschip direct gedeeld met de Kustwacht.",
    "Vraag 5: Ik bespreek dit in het {{Overleg Nautisch Beheer Waddenzee}} en informeer uw Kamer voor de "
    "zomer van 2027.",
    "Vraag 6: De {{Onderzoeksraad voor Veiligheid}} bepaalt zelf zijn planning. De Raad heeft laten weten "
    "het rapport naar verwachting in het voorjaar van 2027 te publiceren.",
    "Tot slot: op 4 september 2026 heb ik samen met burgemeester {{PUBLIC_PERSON:Wiegersma}} het {{Reddingstation Terschelling}} "
    "bezocht en de vrijwilligers van de {{KNRM}} bedankt. Ook de bemanning van het {{Rijkswaterstaat}}-vaartuig "
    "{{SHIP:Zirfaea}} en de verkeersleiders van {{Brandaris}} verdienen waardering. De SAR-helikopter van het "
    "{{Defensie Helikopter Commando}} was binnen 36 minuten ter plaatse.",
    "",
    "De minister van Infrastructuur en Waterstaat,",
    "{{PUBLIC_PERSON:Annelies Verheul}}",
    ]),

Doc("kw19", "Persbericht concept Kustwacht", font="dejavu", producer="Adobe PDF Library 17.11",
    creator="Adobe InDesign 19.2", author="[[Bart-Jan Tuinstra]]",
    xmp_creator="[[Bart-Jan Tuinstra]]", lines=[
    "CONCEPT - niet verspreiden",
    "# Twee gewonden bij aanvaring op de Waddenzee",
    "{{LOC:Den Helder}}, 15 augustus 2026 - Bij een aanvaring tussen een vissersschip en een zeiljacht in de "
    "{{LOC:Waddenzee}} zijn donderdagavond twee opvarenden van het jacht gewond geraakt. De "
    "{{Kustwacht Nederland}} coördineerde de reddingsactie.",
    "Om 21:42 uur ontving het {{Kustwachtcentrum Den Helder}} een noodoproep. De reddingboten van de "
    "{{KNRM}} uit {{LOC:West-Terschelling}} en {{LOC:Harlingen}} en de SAR-helikopter werden ingezet. Eén "
    "gewonde is per helikopter naar het {{Medisch Centrum Leeuwarden}} gebracht, de ander per ambulance.",
    "Het jacht is naar de haven van {{LOC:West-Terschelling}} gesleept, begeleid door het "
    "{{Rijkswaterstaat}}-schip {{SHIP:Zirfaea}}. De politie en de {{Onderzoeksraad voor Veiligheid}} "
    "onderzoeken de toedracht.",
    "Noot voor de redactie (niet voor publicatie): neem voor vragen contact op met woordvoerder "
    "{{PUBLIC_PERSON:Tjitske Bouma}}, {{PHONE:0223-542 300}}, of na 18.00 uur met [[Bart-Jan Tuinstra]], [[PHONE:06-48 33 10 27]].",
    "Citaat voor het bericht: \"Dit laat zien hoe goed de samenwerking op het water is\", aldus de directeur "
    "van de {{Kustwacht Nederland}}. (Intern: citaat nog akkoord vragen via [[Nienke Stoop]], secretariaat, "
    "[[PHONE:0223 - 658 301]]; eerste versie van [[Ilse]] bij {{Rijkswaterstaat}}.)",
    "Opmerking [[BJT]]: namen schepen wel of niet noemen? -> besluit [[ÅE]]: niet in het bericht.",
    ]),

Doc("kw20", "Perslijn en vraag-en-antwoord", producer="Microsoft Word 2016", creator="Microsoft Word",
    lines=[
    "# Perslijn aanvaring Waddenzee (versie 3, 16 augustus 2026)",
    "Woordvoering: {{Ministerie van Infrastructuur en Waterstaat}}, {{Kustwacht Nederland}}, {{Rijkswaterstaat}}",
    "## Kernboodschap",
    "Dankzij de snelle inzet van de Kustwacht, de vrijwilligers van de {{KNRM}} en {{Rijkswaterstaat}} zijn alle "
    "opvarenden veilig aan wal gebracht. Wij leven mee met de gewonden en hun naasten.",
    "## Vragen en antwoorden",
    "V: Wie was de schipper van de kotter? A: Wij doen geen uitspraken over personen. (Intern: [[W. Terpstra]], "
    "{{LOC:Harlingen}}, niet delen.)",
    "V: Had het jacht de lichten aan? A: Dat is onderdeel van het onderzoek van de {{Onderzoeksraad voor Veiligheid}}.",
    "V: Komt er een AIS-plicht? A: De minister laat dit verkennen, zie de antwoorden op de vragen van het lid "
    "{{PUBLIC_PERSON:Van Dijken}}.",
    "V: Gaat de minister naar {{LOC:Terschelling}}? A: Minister {{PUBLIC_PERSON:Verheul}} bezoekt op 4 september het "
    "{{Reddingstation Terschelling}} en spreekt met burgemeester {{PUBLIC_PERSON:Wiegersma}}.",
    "V: Hoeveel vrijwilligers waren er betrokken? A: Twee reddingboten van de {{KNRM}} met in totaal tien "
    "vrijwilligers, de walploegen en de bemanning van de SAR-helikopter {{CALLSIGN:Rescue 02}}.",
    "V: Is de visser aangehouden? A: Daarover gaat de politie. (Intern: niet aangehouden, verklaring afgelegd "
    "bij brigadier [[R. Veenstra]].)",
    "V: Hoe gaat het met de gewonden? A: Wij doen geen mededelingen over de gezondheid van betrokkenen. "
    "(Intern, niet delen: mevrouw [[Van Lienden]] nog opgenomen, de heer [[Müller]] met ontslag.)",
    "V: Waarom heeft {{Brandaris}} niet gewaarschuwd? A: Het jacht had geen AIS. {{Rijkswaterstaat}} "
    "analyseert de radarbeelden in het nautisch rapport {{REF:RWS-NN-NR-2026-27}}.",
    "V: Kan ik de schipper van de reddingboot spreken? A: Verwijs naar de persvoorlichting van de {{KNRM}}, "
    "{{EMAIL:pers@knrm.nl}}. (Intern: schipper [[Hidde Schaap]] wil niet met naam in de media.)",
    "---",
    "## Intern - contact",
    "| Naam | Rol | Bereikbaar |",
    "| [[Åsa Ekström]] | coördinatie IenW | [[PHONE:06-1092 4471]] |",
    "| [[Ilse de Groot]] | communicatieadviseur RWS | [[PHONE:+31 6 3390 8812]] |",
    "| {{PUBLIC_PERSON:Tjitske Bouma}} | woordvoerder Kustwacht | {{PHONE:0223-542 300}} |",
    "| Persvoorlichting IenW | functionele mailbox | {{EMAIL:persvoorlichting@minienw.nl}} |",
    ]),

Doc("kw21", "Factuur duik- en bergingswerk", font="dejavu", producer="Exact Online PDF", creator="Exact Online",
    lines=[
    "# FACTUUR",
    "[[Duikwerken Jelmer Oostra]]",
    "[[ADDRESS:Kleine Bredeplaats 3]], [[ADDRESS:8862 VA Harlingen]]",
    "KvK [[ID:70342918]] | btw [[ID:NL002248193B54]] | IBAN [[IBAN:NL91ABNA0417164300]]",
    "Tel. [[PHONE:0517 - 43 22 91]] | [[EMAIL:jelmer@oostraduikwerken.nl]]",
    "",
    "Aan: {{Rijkswaterstaat Noord-Nederland}}, t.a.v. crediteurenadministratie, Postbus 2301, 8901 JH Leeuwarden",
    "Factuurnummer {{REF:2026-0144}} | Datum 22 augustus 2026 | Uw referentie {{REF:RWS-NN-4500872219}}",
    "| Omschrijving | Aantal | Bedrag |",
    "| Duikinspectie boei {{LOC:SG 13}} en ankerketting, 16-08-2026 | 6 uur | € 570,00 |",
    "| Onderwaterinspectie romp jacht {{SHIP:Johanna Catharina}} in haven {{LOC:West-Terschelling}} | 3 uur | € 285,00 |",
    "| Huur rib incl. brandstof | 1 dag | € 340,00 |",
    "| Subtotaal | | € 1.195,00 |",
    "| Btw 21% | | € 250,95 |",
    "| Totaal | | € 1.445,95 |",
    "Werkzaamheden uitgevoerd door [[Jelmer Oostra]] (duikploegleider) met [[Sven Oostra]] als reserveduiker, "
    "conform de {{LAW:Arbeidsomstandighedenregeling}} en het {{Werkplan duiken RWS 2026}}.",
    "Betaling binnen 30 dagen op [[IBAN:NL91 ABNA 0417 1643 00]] t.n.v. [[J. Oostra]].",
    ]),

Doc("kw22", "Factuur expertiserapport schade", producer="Zoho Invoice", creator="Zoho",
    lines=[
    "# Factuur",
    "[[Maritiem Expertisebureau M.H. de Wilde-Sprenger]]",
    "{{TITLE:Registermakelaar scheepsexpertise}} | KvK [[ID:81102847]] | IBAN [[IBAN:NL20INGB0006482917]]",
    "[[ADDRESS:Noorderhaven 61]] [[ADDRESS:8861 AN Harlingen]] | [[PHONE:06-24118873]]",
    "",
    "Opdrachtgever: {{Kustwacht Nederland}}, {{Kustwachtcentrum Den Helder}}, Postbus 10000, 1780 CA Den Helder",
    "Factuur {{REF:MEB-26-081}} d.d. 28 augustus 2026",
    "Betreft: schade-expertise {{SHIP:HL 17 Grietje Jannes}} en {{SHIP:Johanna Catharina}} na aanvaring "
    "14-08-2026, dossier {{REF:KWC-SAR-2026-0917}}",
    "| Werkzaamheden | Uren | Tarief | Bedrag |",
    "| Opname schade boeg {{SHIP:HL 17 Grietje Jannes}}, {{LOC:Harlingen}} | 4 | € 115 | € 460,00 |",
    "| Opname schade bakboordzijde {{SHIP:Johanna Catharina}} | 5 | € 115 | € 575,00 |",
    "| Rapportage en foto's | 3 | € 115 | € 345,00 |",
    "| Totaal excl. btw | | | € 1.380,00 |",
    "Vragen over deze factuur: [[Marijke de Wilde-Sprenger]], [[EMAIL:marijke@dewilde-expertise.nl]].",
    ]),
]
