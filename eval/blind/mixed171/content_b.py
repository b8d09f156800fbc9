from lib import Doc

DOCS = [
Doc("ab09_klassenapp_export", font="DejaVuSansMono", producer="WhatsApp chat export via PDFpen 13.1", creator="PDFpen", fontsize=8.5, body="""
# WhatsApp-chat "H2B chillers" - export aangeleverd door ouders als bijlage bij klacht, 22-10-2025
[13-09-2025 21:14] {{Kingdaan}}: wie heeft die vid van {{Jessie}} in de kleedkamer
[13-09-2025 21:15] {{Vossie}}: hahaha ik stuur m zo
[13-09-2025 21:15] {{Ruub}}: {{Jessie}} huilt weer lol
[13-09-2025 21:17] {{Elif Ö.}}: jongens doe normaal dit is echt niet oké
[13-09-2025 21:18] {{Kingdaan}}: chill {{Elif}} het is een grap
[14-09-2025 08:02] {{Vossie}}: morgen fietsenstalling? 😈
[14-09-2025 08:05] {{Ruub}}: ja ff zijn band lek
[15-09-2025 22:41] {{Yara LB}}: ik ga dit echt aan mentor zeggen
[15-09-2025 22:43] {{Kingdaan}}: {{Yara}} verklikker 🐀
[15-09-2025 22:44] {{Vossie}} heeft {{T:+31 6 3817 2046}} verwijderd
[16-09-2025 07:30] {{Ruub}}: waar is ie eigenlijk haha
[16-09-2025 07:31] {{Kingdaan}}: thuis bij mammie {{Samira}} 😂
[16-09-2025 07:33] {{Daan H.}}: ik heb zn adres {{A:Weverstraat 17}} toch
[16-09-2025 07:40] {{Elif Ö.}}: ik ben uit deze groep
[16-09-2025 07:40] {{Elif Ö.}} heeft de groep verlaten
Noot leerplicht: deelnemers volgens ouders {{Daan Haverkamp}} ({{Kingdaan}}), {{Thijs Vos}} ({{Vossie}}), {{Ruben Kramer}} ({{Ruub}}), {{Elif Öztürk}}, {{Yara Lammers-Bos}}. Telefoonnummer {{T:06-38172046}} is van {{Jesse}}. Het filmpje zelf is niet in het dossier opgenomen.
Bron: [[WhatsApp Messenger]], functie "[[Chat exporteren]]" zonder media. Doorgestuurd aan [[Halt Oost-Nederland]] en de school ([[pestprotocol]]).
"""),
Doc("ab10_klachtbrief_ouders", font="DejaVuSerif", producer="Nitro Pro 13.70.0.30", creator="Nitro Pro", notes=[(0, "Rutger Bloemendaal", "Ontvangen 23-10, doorgezet naar Wouter Grevink (CvB)")], hidden=[("annotations", "P", "Wouter Grevink")], body="""
{{Marco van Dijkhuizen}} en {{Samira van Dijkhuizen-El Khatib}}
{{A:Weverstraat 17}}
{{A:7412 KM Deventer}}
{{E:samira.eldijkhuizen@hotmail.com}}
Aan: het College van Bestuur van [[Stichting Carmelcollege]] / [[Alexander Hegius College]], t.a.v. de klachtencommissie
Deventer, 22 oktober 2025
Betreft: klacht over de aanpak van pesten van onze zoon {{Jesse}} (klas [[H2B]], leerlingnummer {{N:LL-2023-4471}})
Geachte leden van de klachtencommissie,
Sinds de zomervakantie wordt onze zoon gepest. Er gaan filmpjes van hem rond in de klassenapp, zijn fiets wordt vernield en hij wordt uitgescholden. Wij hebben dit op 18 september en 25 september gemeld bij de mentor, de heer {{Bloemendaal}}, en bij mevrouw {{Yıldız}}. Er is niets gebeurd. De school heeft geen pestprotocol toegepast en de anti-pestcoördinator is niet ingeschakeld, terwijl de [[Wet veiligheid op school]] dat wel vraagt.
Nu krijgen wij een brief van de leerplichtambtenaar, mevrouw {{Ter Horst}}, met de dreiging van een proces-verbaal. Wij vinden het onverteerbaar dat niet de daders, maar wij als ouders worden aangepakt. Onze zoon {{H:heeft paniekaanvallen en is aangemeld bij Dimence voor angstbehandeling}}.
Wij vragen de commissie:
1. vast te stellen dat de school het pestprotocol niet heeft nageleefd;
2. de school op te dragen een veilige terugkeer te organiseren;
3. het [[Meldpunt vertrouwensinspecteurs]] van de [[Inspectie van het Onderwijs]] over deze klacht te informeren.
Als bijlage sturen wij de export van de WhatsApp-groep mee.
Met vriendelijke groet,
{{M. van Dijkhuizen}}  {{S. van Dijkhuizen-El Khatib}}
Telefoon: {{T:06-41827365}}
"""),
Doc("ab11_reactie_school", kind="docx", author="Gemeente Deventer", title="Reactie op klacht", body="""
[[Alexander Hegius College]]
[[Hoge Hondstraat 3]], [[7411 GJ Deventer]] | [[info@hegiuscollege.nl]] | [[0570 612 884]]
Aan: de heer en mevrouw {{Van Dijkhuizen}}
Deventer, 30 oktober 2025
Kenmerk: [[AHC-KL-2025-07]]
Betreft: uw klacht van 22 oktober 2025
Geachte heer en mevrouw {{Van Dijkhuizen}},
Wij betreuren het zeer dat uw zoon zich niet veilig voelt op onze school. In een gesprek met de mentor en de teamleider is afgesproken dat de anti-pestcoördinator, mevrouw {{Joyce Kamphuis}}, vanaf 3 november het contact met de betrokken leerlingen en hun ouders voert. Wij volgen daarbij ons [[pestprotocol]] en de methode [[KiVa]].
Uw zoon kan vanaf 3 november starten met een opbouwrooster in de [[Trajectvoorziening De Brug]]. Het rooster is besproken in het [[zorgadviesteam]].
Uw klacht is doorgezonden aan de [[Landelijke Klachtencommissie Onderwijs]] ([[LKC]]) omdat u om een onafhankelijk oordeel vraagt.
Met vriendelijke groet,
{{drs. W.H. Grevink}}
rector-bestuurder
"""),
Doc("ab12_pv_leerplicht", font="Courier", producer="iText 7.2.5 (AGPL)", creator="GouwIT Leerplicht Plus", fontsize=9, body="""
# PROCES-VERBAAL van bevindingen - overtreding [[Leerplichtwet 1969]]
Proces-verbaalnummer: [[PV-2025-LP-0317]]    Zaaknummer: [[LP-2025-0892]]
Ik, verbalisant, {{ILSE TER HORST}}, buitengewoon opsporingsambtenaar ([[boa]]), domein II [[Onderwijs]], werkzaam als leerplichtambtenaar bij de [[gemeente Deventer]], ambtenaarnummer {{N:BOA-48213}}, verklaar het volgende.
Verdachte 1: {{VAN DIJKHUIZEN, MARCO}}, geboren {{D:02-06-1978}} te Apeldoorn, wonende {{A:Weverstraat 17}}, {{A:7412 KM Deventer}}, BSN {{B:214398765}}.
Verdachte 2: {{VAN DIJKHUIZEN-EL KHATIB, SAMIRA}}, geboren {{D:19-11-1981}} te Deventer, zelfde adres, BSN {{B:302187649}}.
Feit: als ouders niet ervoor zorgdragen dat hun leerplichtige zoon de school geregeld bezoekt, artikel 2 lid 1 juncto artikel 26 [[Leerplichtwet 1969]], in de periode 15 september 2025 tot en met 21 november 2025.
Bevindingen: het [[Alexander Hegius College]] meldde op 9 oktober 2025 in totaal 48 uur ongeoorloofd verzuim. Na het verzuimgesprek (16 oktober) en het advies van de jeugdarts (4 november) is het opbouwrooster niet gevolgd; op 21 november was de teller 112 uur.
Verklaring verdachte 1 (cautie gegeven): "Zolang die jongens daar rondlopen, gaat mijn zoon niet."
Ik heb dit proces-verbaal op ambtseed opgemaakt en gesloten te Deventer op 24 november 2025.
{{I. ter Horst}}
Inzenden aan: [[Openbaar Ministerie]], [[arrondissementsparket Oost-Nederland]], t.a.v. parketsecretaris {{Kees Manschot}}, {{E:k.manschot@om.nl}}
Voorstel: strafbeschikking boete [[EUR 100]] per ouder, voorwaardelijk, met voorwaarde medewerking aan [[Raster]].
"""),
Doc("ab13_strafbeschikking", font="Helvetica", producer="OM Strafbeschikkingen GPS 4.1", creator="GPS", body="""
[[Openbaar Ministerie]] | [[CJIB]] | Postbus 1794 | [[8901 CB Leeuwarden]]
Aan: {{S. van Dijkhuizen-El Khatib}}
{{A:Weverstraat 17}}
{{A:7412 KM Deventer}}
# Strafbeschikking
Parketnummer: [[05/921347-25]]    CJIB-nummer: {{N:7723 0194 8856 2231}}
Datum: 12 januari 2026
U heeft volgens het proces-verbaal [[PV-2025-LP-0317]] van de [[gemeente Deventer]] het volgende feit gepleegd: overtreding van artikel 2 lid 1 van de [[Leerplichtwet 1969]].
De officier van justitie legt u een geldboete op van [[EUR 100]], geheel voorwaardelijk met een proeftijd van één jaar, onder de voorwaarde dat u meewerkt aan begeleiding door [[Raster]] en het schoolbezoek van uw kind bevordert.
Gegevens betrokkene: geboortedatum {{D:19-11-1981}}; BSN {{B:302187649}}.
Bent u het niet eens met deze strafbeschikking, dan kunt u binnen 14 dagen verzet doen bij het [[Openbaar Ministerie]]. Zie [[www.om.nl/strafbeschikking]].
Namens de officier van justitie,
{{mr. K. Manschot}}, parketsecretaris
"""),
Doc("ab14_halt_verwijzing", form=[("naam_jongere", "Thijs Vos", 150, 694, 200), ("geboortedatum", "07-08-2011", 150, 677, 120), ("telefoon_ouder", "06-27719340", 150, 660, 140), ("adres", "Boxbergerweg 118", 150, 642, 200), ("verwijzer", "brigadier Nadia Bouzid", 150, 625, 200)], producer="Adobe LiveCycle Designer ES 9.0", creator="Halt verwijsformulier", hidden=[("annotations", "P", "Thijs Vos"), ("annotations", "D", "07-08-2011"), ("annotations", "T", "06-27719340"), ("annotations", "A", "Boxbergerweg 118"), ("annotations", "P", "Nadia Bouzid")], body="""
# Verwijsformulier [[Halt]] - [[Halt Oost-Nederland]]
Halt-verwijzing nummer [[HOO-25-11872]] | verwijzende instantie: [[Politie Oost-Nederland]], basisteam [[Deventer]]
Strafbaar feit: belediging en verspreiding van beeldmateriaal (sexting / online pesten), [[artikel 139h Wetboek van Strafrecht]]; vernieling van een fiets.
Naam jongere:
Geboortedatum:
Telefoon ouder:
Adres:
Verwijzer:
 
 
 
Halt-afdoening: 8 uur leerstraf ([[Halt-straf]]), onderdeel [[Digitaal Burgerschap]], gesprek met ouders en excuusbrief aan slachtoffer.
Het slachtoffer en de school worden over de afloop geïnformeerd, tenzij zij daar geen prijs op stellen.
Formulier digitaal ingevuld en verzonden via [[Halt Verwijsportaal]]. Vragen: [[088 - 425 82 58]] (algemeen nummer [[Halt]]).
"""),
Doc("ab15_mail_halt_school", producer="Microsoft Outlook for Microsoft 365", creator="Outlook", font="Helvetica", body="""
Van: {{Schaap, Lisa}} <{{E:l.schaap@halt.nl}}>
Verzonden: woensdag 10 december 2025 14:22
Aan: {{Kamphuis, Joyce}} <{{E:j.kamphuis@hegiuscollege.nl}}>
CC: {{Ter Horst, Ilse}} <{{E:i.terhorst@deventer.nl}}>; [[info@halt.nl]]
Onderwerp: Halt-afdoening [[HOO-25-11872]] en twee gerelateerde zaken
Beste {{Joyce}},
De drie jongeren uit [[H2B]] hebben de [[Halt-straf]] positief afgerond. {{Thijs}} en {{Daan}} hebben een excuusbrief geschreven; {{Ruben}} heeft de schade aan de fiets vergoed (EUR 185). Het slachtoffer wil de brieven via de mentor ontvangen.
Kan de school de herstelbijeenkomst op 18 december in de [[Etty Hillesumzaal]] faciliteren? Ik neem mijn collega {{Bas Oude Wesselink}} mee.
Groet,
{{Lisa Schaap}}
Halt-medewerker | [[Halt Oost-Nederland]], locatie [[Deventer]] | {{T:06 12 83 40 77}}
-----Oorspronkelijk bericht-----
Van: {{Kamphuis, Joyce}} <{{E:j.kamphuis@hegiuscollege.nl}}>
Verzonden: dinsdag 9 december 2025 10:05
Aan: {{Schaap, Lisa}}
Onderwerp: RE: stand van zaken
Hoi {{Lisa}}, hoe staat het met de drie jongens? Ouders van {{Jesse}} vragen ernaar. Groet, {{Joyce}} (anti-pestcoördinator)
"""),
]
