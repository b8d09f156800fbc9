from lib169 import Doc
W = "Word voor Microsoft 365"
DOCS = []
A = DOCS.append

A(Doc("wz01_woo_verzoek", "rl-helv", """
# Verzoek om informatie op grond van de Wet open overheid
Aan: ‹college van burgemeester en wethouders› van de ‹gemeente Wezelveen›
Per e-mail aan ‹woo@wezelveen.nl›
Datum: 2 april 2026
Geacht college,
Op grond van de ‹Wet open overheid› verzoek ik u om openbaarmaking van alle documenten over het wegslepen van een personenauto van de gehandicaptenparkeerplaats aan de ‹Jan Ligthartstraat› bij ‹Gezondheidscentrum De Linde› op 12 maart 2026, en over de uitvoering van de ‹wegsleepregeling› in 2025 en 2026.
Het gaat mij in het bijzonder om: de logboeken van de handhavers (‹BOA›'s) van team ‹Toezicht en Handhaving›; de communicatie tussen de afdeling ‹Parkeren›, ‹Juridische Zaken› en ‹Takelbedrijf De Worp V.O.F.›; de facturen en het depotregister; de beantwoording van de raadsvragen door ‹wethouder Haverkamp›.
Ik ben journalist bij ‹Dagblad van het Oosten› en bereid het verzoek zo nodig te verduidelijken.
Met vriendelijke groet,
«Jorien Smeets-Oudenaller»
«Veenkampen 41», «7412 RT Wezelveen»
Telefoon «06-18 44 72 90»
E-mail «jorien.smeets@dvho-redactie.nl»
""", title="Woo-verzoek wegsleepregeling", producer="Microsoft: Print To PDF"))

A(Doc("wz02_ontvangstbevestiging", "docx", """
‹Gemeente Wezelveen› | ‹Stadhuisplein 1› | ‹7411 HH Wezelveen›
Mevrouw «J. Smeets-Oudenaller»
«Veenkampen 41»
«7412 RT Wezelveen»
Datum: 7 april 2026
Ons kenmerk: ‹WOO-2026-0233›
Onderwerp: ontvangstbevestiging Woo-verzoek
Geachte mevrouw «Smeets-Oudenaller»,
Op 2 april 2026 hebben wij uw verzoek ontvangen op grond van de ‹Wet open overheid› (‹Woo›) over de ‹wegsleepregeling› en het wegslepen van een voertuig aan de ‹Jan Ligthartstraat›. Wij beslissen binnen vier weken na ontvangst. Deze termijn kunnen wij met twee weken verdagen.
In het verzoek worden mogelijk belangen van derden geraakt, onder wie ‹Takelbedrijf De Worp V.O.F.›. Wij stellen hen in de gelegenheid een zienswijze te geven.
Heeft u vragen? Neem contact op met de ‹Woo-coördinator› via ‹woo@wezelveen.nl› of via ‹14 0575›.
Met vriendelijke groet,
namens het ‹college van burgemeester en wethouders›,
«L.M. Nijenhuis»
‹Woo-coördinator›, team ‹Informatiebeheer›
Direct: «0575 78 12 64»
""", author="Nijenhuis, Loes", title="Ontvangstbevestiging WOO-2026-0233", producer="LibreOffice 7.6", creator=W))

A(Doc("wz03_handgeschreven_briefje", "scan", """
Aan de gemeente / het takelbedrijf
Wezelveen, 12 maart 2026
Mijn auto «XG-417-K» is vanochtend weggesleept van de invalidenplaats
bij de Linde. Mijn kaart lag achter de voorruit!
Ik moest naar de fysiotherapeut voor mijn knieën en kan niet ver lopen.
Ik wil mijn auto vandaag terug en het geld terug.
Bel mij op «06-41 27 93 58».
«Anneke ter Horst-Celik»
«Zwanenbloemstraat 14» Wezelveen
""", scan={"hand": True, "rot": -1.1}, producer="KONICA MINOLTA bizhub C300i", creator="KONICA MINOLTA bizhub C300i"))

A(Doc("wz04_klacht_mail", "rl-dejavu", """
Van: «Anneke ter Horst» <«a.terhorst-celik@ziggo.nl»>
Verzonden: donderdag 12 maart 2026 14:07
Aan: ‹klachten@wezelveen.nl›
CC: «Rutger ter Horst» <«rutger.th@gmail.com»>
Onderwerp: Klacht wegslepen auto ‹Jan Ligthartstraat›
Geachte heer, mevrouw,
Vanochtend is mijn auto (kenteken «XG-417-K») weggesleept van de gehandicaptenparkeerplaats bij ‹Gezondheidscentrum De Linde›. Mijn ‹gehandicaptenparkeerkaart› lag zichtbaar op het dashboard, maar was volgens de handhaver verlopen. De nieuwe kaart was aangevraagd en nog niet binnen. Ik heeft € 329,50 moeten betalen bij ‹Takelbedrijf De Worp› aan de ‹Nijverheidsweg 8›.
Mijn zoon «Rutger» heeft mij naar het depot gereden. Ik vind dit onredelijk en wil het bedrag terug.
Met vriendelijke groet,
«A. ter Horst-Çelik»
«Zwanenbloemstraat 14», «7423 KM Wezelveen»
«06-41 27 93 58»
-----
Van: ‹Klachtenmeldpunt gemeente Wezelveen› <‹klachten@wezelveen.nl›>
Verzonden: vrijdag 13 maart 2026 09:12
Aan: «a.terhorst-celik@ziggo.nl»
Onderwerp: RE: Klacht wegslepen auto ‹Jan Ligthartstraat›
Geachte mevrouw «Ter Horst-Çelik»,
Wij hebben uw klacht ontvangen en geregistreerd onder nummer ‹KL-2026-0388›. De klacht is doorgezet naar de afdeling ‹Parkeren›. U hoort binnen zes weken van ons.
Met vriendelijke groet,
«Bart Huisman»
‹Klachtenmeldpunt›
""", producer="Microsoft Outlook 16.0", creator="Microsoft Outlook", title="Klacht wegslepen"))

A(Doc("wz05_boa_logboek", "rl-helv", """
# Logboek handhaving - dienst 12-03-2026 (vroege dienst)
Team ‹Toezicht en Handhaving›, gebied ‹Binnenstad-Oost› | zaaknummer ‹PH-2026-0312-07›
| Tijd | Dienstnr. | Handhaver | Locatie | Bevinding | Bodycam |
| 08:41 | «BOA-3317» | «D. Wolters» | ‹Jan Ligthartstraat› | GPK-plaats, kaart verlopen 28-02 | ‹BWC-0417/20260312-0841› |
| 08:44 | «BOA-3342» | «S. el Haddouti» | ‹Jan Ligthartstraat› | foto's kaart + kenteken «XG-417-K» | ‹BWC-0422/20260312-0844› |
| 08:52 | «BOA-3317» | «D. Wolters» | ‹Jan Ligthartstraat› | bekeuring ‹Mulder›-feit ‹E 200› opgemaakt | ‹BWC-0417/20260312-0852› |
| 09:05 | «BOA-3317» | «D. Wolters» | ‹Jan Ligthartstraat› | akkoord wegslepen door «M.J. Bosveld» | - |
| 09:32 | «BOA-3342» | «S. el Haddouti» | ‹Jan Ligthartstraat› | takelwagen ‹De Worp› ter plaatse, chauffeur «K. Lammers» | ‹BWC-0422/20260312-0932› |
| 09:47 | «BOA-3342» | «S. el Haddouti» | ‹Nijverheidsweg 8› | voertuig in depot, ‹WSL-2026-03-118› | - |
Opmerkingen: geen bestuurder aangetroffen. Buurvrouw «mevrouw Pouwels» meldde dat de eigenaar bij de fysiotherapeut was. Telefonisch contact gezocht via meldkamer, geen gehoor op «06-41 27 93 58».
Tweede voertuig zonder kaart («HN-902-T») na waarschuwing vertrokken.
Opgemaakt door: «Dennis Wolters», ‹buitengewoon opsporingsambtenaar› domein I
Gezien: «Mark-Jan Bosveld», ‹teamleider Handhaving›
Dit logboek is opgesteld op grond van de ‹Wegenverkeerswet 1994› en de ‹Beleidsregel wegslepen voertuigen Wezelveen 2024›.
""", author="WoltersD", title="Logboek handhaving 12-03-2026", producer="iText 7.2.5 (AGPL)", creator="Handhaving Online 4.1"))

A(Doc("wz06_dienstrooster", "docx", """
# Dienstrooster handhavers week 11 (9 - 15 maart 2026)
Team ‹Toezicht en Handhaving› - ‹Parkeren›
| Naam | Dienstnr. | Roepnaam | Mobiel | ma-do |
| «Dennis Wolters» | «BOA-3317» | «Wolf» | «06-53 19 80 22» | V V - V |
| «Samira el Haddouti» | «BOA-3342» | «Sammie» | «06 47 02 39 81» | L V V V |
| «Frank Oude Weernink» | «BOA-3290» | «Frenkie» | «+31 6 2455 7130» | V - L L |
| «Joëlle van 't Wout» | «BOA-3356» | «Jo» | «0031 6 1872 6604» | - L L - |
| «Mark-Jan Bosveld» | «TL-0118» | «MJ» | «06-22 40 17 95» | K K K K |
V = vroege dienst (07:30-16:00), L = late dienst (13:00-21:30), K = kantoor.
Piket meldkamer: ‹0575 78 10 00› (algemeen nummer ‹Meldkamer Handhaving›).
Bij wegslepen altijd akkoord teamleider en melding aan ‹Takelbedrijf De Worp V.O.F.› via ‹planning@deworp-hulpdienst.nl›.
Opgesteld door «Y. Terpstra», ‹roosterplanner›.
""", author="Terpstra, Yvonne", title="Dienstrooster week 11", producer="LibreOffice 7.6", creator=W))

A(Doc("wz07_teams_chat", "rl-dejavu", """
# Chatexport Microsoft Teams - kanaal ‹Handhaving Oost›
[12-3 08:46] «Wolf»: weer die blauwe ‹Toyota Yaris› op de GPK-plek bij ‹De Linde›, kaart verlopen
[12-3 08:47] «Sammie»: is dat niet die mevrouw van vorige week? ze zei toen dat ze een nieuwe had aangevraagd
[12-3 08:49] «Wolf»: kan zijn maar kaart is kaart. «MJ» wat doen we
[12-3 08:55] «Mark-Jan»: bon schrijven, 10 min wachten, dan slepen. Eerst nog even bellen via meldkamer
[12-3 09:02] «Sammie»: geen gehoor. buurvrouw zegt ze zit bij de fysio
[12-3 09:04] «Frenkie»: fysio is 5 min lopen, ga ik wel even kijken?
[12-3 09:05] «Mark-Jan»: nee, we hebben vorige maand ook al gedoogd. «Dennis» belt ‹De Worp›
[12-3 09:06] «Wolf»: gebeld, «Gerrit» stuurt «Koen» met de kleine wagen
[12-3 09:40] «Sammie»: auto opgehaald. bodycam liep. ‹BWC-0422› heeft alles
[12-3 11:15] «Jo»: mevrouw staat hier aan de balie, heel boos. wil naam van de boa
[12-3 11:16] «Mark-Jan»: geen namen geven, alleen dienstnummer. verwijs naar ‹klachten@wezelveen.nl›
[12-3 11:20] «Jo»: ze zegt dat ze ‹COPD› heeft en niet ver kan lopen
[12-3 11:21] «Wolf»: 🙄 dan had ze kaart moeten verlengen
[13-3 08:02] «Mark-Jan»: ivm klacht: niemand reageert op social media. ‹Parkeren› («Eveline») pakt het op
""", producer="Microsoft Teams", creator="Microsoft Teams Export", title="Chat Handhaving Oost"))

A(Doc("wz08_wegsleepopdracht", "rl-helv", """
# Wegsleepopdracht (formulier WS-1)
‹Gemeente Wezelveen› - ‹Beleidsregel wegslepen voertuigen Wezelveen 2024›
Opdrachtnummer: ‹WSL-2026-03-118›
Uitvoerder: ‹Takelbedrijf De Worp V.O.F.›, ‹Nijverheidsweg 8›, ‹7418 AZ Wezelveen›
Grondslag: artikel 170 ‹Wegenverkeerswet 1994›, ‹RVV 1990› bord ‹E6› (gehandicaptenparkeerplaats)
De velden hieronder zijn ingevuld in het digitale formulier van de handhaver.
""", form=[("kenteken", "Kenteken voertuig", "«XG-417-K»"),
           ("merk", "Merk en type", "Toyota Yaris, blauw"),
           ("boa", "Dienstnummer BOA", "«BOA-3317»"),
           ("boa_naam", "Naam opdrachtgever", "«D. Wolters»"),
           ("akkoord", "Akkoord teamleider", "«Bosveld» 09:05"),
           ("chauffeur", "Chauffeur takelbedrijf", "«Koen Lammers»"),
           ("tel", "Bereikbaar chauffeur", "«06-38 90 12 57»")],
   producer="ReportLab PDF Library - www.reportlab.com", title="Wegsleepopdracht WSL-2026-03-118"))

A(Doc("wz09_factuur_gemeente", "rl-serif", """
# Takelbedrijf De Worp V.O.F.
Hulpdienst en berging sinds 1971 - familiebedrijf
‹Nijverheidsweg 8› · ‹7418 AZ Wezelveen› · ‹planning@deworp-hulpdienst.nl› · 24 uur: ‹0575 44 90 90›
KvK ‹08156432› · btw ‹NL001987234B01›
Aan: ‹gemeente Wezelveen›, afdeling ‹Parkeren›, t.a.v. «mevrouw E. Dijkstra-van Rooij»
FACTUUR ‹2026-0317›   datum 31 maart 2026   periode maart 2026   contract ‹RO-2023-PARK-04›
| Opdracht | Datum | Kenteken | Omschrijving | Bedrag |
| ‹WSL-2026-03-104› | 03-03 | «1-KBX-22» | wegslepen + stalling 1 dag | € 241,00 |
| ‹WSL-2026-03-111› | 07-03 | «SZ-61-PR» | voorrijden, niet gesleept | € 86,00 |
| ‹WSL-2026-03-118› | 12-03 | «XG-417-K» | wegslepen, eigenaar betaald | € 0,00 |
| ‹WSL-2026-03-125› | 20-03 | «V-338-GG» | wegslepen + stalling 4 dagen | € 322,00 |
Totaal excl. btw € 649,00 - btw 21% € 136,29 - totaal € 785,29
Betaling binnen 30 dagen op rekening «NL47 RABO 0318 2290 41» t.n.v. «G.H. Brouwer» inz. De Worp.
Vragen over deze factuur: «Wim Brouwer», «06 22 81 40 97», «wim@brouwer-deworp.nl»
""", producer="PDFpen 13.1", creator="PDFpen", title="Factuur 2026-0317"))

A(Doc("wz10_afgiftebon_eigenaar", "rl-helv", """
# Afgiftebon / kwitantie depot
‹Takelbedrijf De Worp V.O.F.› - depot ‹Nijverheidsweg 8›
Bon nr ‹D-26-0871›   opdracht ‹WSL-2026-03-118›   12-03-2026 11:48
Kenteken: «XG-417-K»   Toyota Yaris blauw
Afgegeven aan: «A. ter Horst-Çelik», geb. «14-08-1961»
Legitimatie: rijbewijs nr «5183 0277 41»
Adres: «Zwanenbloemstraat 14», «7423 KM Wezelveen»
Kosten volgens ‹Tarieventabel wegslepen 2026›: wegslepen € 298,00, stalling € 0,00, administratie € 31,50
Totaal voldaan (pin): € 329,50   transactie ‹PIN-88213307›
Voertuig opgehaald door «R. ter Horst» (zoon), handtekening aanwezig.
Medewerker depot: «Ineke Brouwer-Schuttenbeld»
Bezwaar tegen de kostenbeschikking richt u binnen zes weken aan het ‹college van burgemeester en wethouders›, ‹Postbus 100›, ‹7400 AC Wezelveen›.
""", producer="Aspose.PDF for .NET 23.4", creator="DepotManager 2.3", title="Afgiftebon D-26-0871"))

A(Doc("wz11_depotregister", "rl-helv", """
# Depotregister ‹Takelbedrijf De Worp V.O.F.› - maart 2026
Bijgehouden op grond van ‹raamovereenkomst RO-2023-PARK-04›, artikel 7 (registratieplicht).
| Binnen | Opdracht | Kenteken | Merk | Uit | Opgehaald door | Medewerker |
| 03-03 10:12 | ‹WSL-2026-03-104› | «1-KBX-22» | Renault Clio | 04-03 16:30 | «P. Hoekstra» | «IB» |
| 05-03 22:47 | ‹WSL-2026-03-107› | «ZT-004-N» | Volkswagen Polo | 06-03 09:02 | «Mohamed Aziz» | «WB» |
| 09-03 08:15 | ‹WSL-2026-03-109› | «GK-71-XS» | Peugeot 208 | 09-03 13:44 | «S. de Graaf» | «IB» |
| 12-03 09:47 | ‹WSL-2026-03-118› | «XG-417-K» | Toyota Yaris | 12-03 11:48 | «R. ter Horst» | «IB» |
| 14-03 23:30 | ‹WSL-2026-03-120› | «K-902-RT» | Kia Picanto | 16-03 10:05 | «Lieke Vos» | «WB» |
| 20-03 07:55 | ‹WSL-2026-03-125› | «V-338-GG» | Ford Transit | 24-03 15:20 | «Hendriks Installatie» | «GB» |
Paraaf medewerkers: «IB» = «Ineke Brouwer-Schuttenbeld», «WB» = «Wim Brouwer», «GB» = «Gerrit Brouwer».
---PAGE---
# Depotregister - toelichting en niet-opgehaalde voertuigen
Voertuigen die na 13 weken niet zijn opgehaald worden overgedragen aan de ‹RDW› en verkocht of vernietigd volgens artikel 175 ‹Wegenverkeerswet 1994›.
| Binnen | Opdracht | Kenteken | Status | Eigenaar aangeschreven |
| 18-12-2025 | ‹WSL-2025-12-211› | «49-HJ-LT» | in depot | brief aan «J. Kowalczyk», «Koestraat 3a» |
| 02-02-2026 | ‹WSL-2026-02-031› | «TR-288-B» | in depot | brief retour, onbekend adres |
Contact depot bij vragen van de gemeente: «Ineke Brouwer», «0575-44 90 93» (kantoor, direct).
Register afgedrukt op 1 april 2026 voor de afdeling ‹Parkeren› van de ‹gemeente Wezelveen›.
""", producer="Aspose.PDF for .NET 23.4", creator="DepotManager 2.3", title="Depotregister maart 2026"))

A(Doc("wz12_mail_parkeren_takelbedrijf", "docx", """
Van: «Dijkstra-van Rooij, Eveline» <«e.dijkstra@wezelveen.nl»>
Verzonden: maandag 16 maart 2026 10:31
Aan: «Wim Brouwer» <«wim@brouwer-deworp.nl»>
CC: «Bosveld, Mark-Jan» <«mj.bosveld@wezelveen.nl»>; ‹parkeren@wezelveen.nl›
Onderwerp: RE: wegsleping ‹WSL-2026-03-118› - klacht eigenaar
Beste «Wim»,
Dank voor je snelle reactie. Kun je de foto's van het depot en de afgiftebon van mevrouw naar ons sturen? Zij stelt dat de auto bij het afzetten beschadigd is (kras linkerportier). Wij willen dit voor de klachtbehandeling vastleggen.
Ook graag het overzicht van maart voor de factuurcontrole volgens de ‹raamovereenkomst RO-2023-PARK-04›.
Groet,
«Eveline»
«Eveline Dijkstra-van Rooij» | ‹teamleider Parkeren› | ‹gemeente Wezelveen›
T «0575 78 14 09» | M «06-29 33 07 18»
-----
Van: «Wim Brouwer» <«wim@brouwer-deworp.nl»>
Verzonden: vrijdag 13 maart 2026 17:02
Aan: «Dijkstra-van Rooij, Eveline» <«e.dijkstra@wezelveen.nl»>
Onderwerp: wegsleping ‹WSL-2026-03-118› - klacht eigenaar
Hoi «Eveline»,
De dame van de Yaris was gisteren erg overstuur aan de balie. Mijn moeder heeft haar geholpen. Geen schade gezien bij het laden, onze chauffeur «Koen» heeft voor en na foto's gemaakt. Die zitten in ons systeem ‹DepotManager›.
Groet, «Wim»
‹Takelbedrijf De Worp› - familiebedrijf sinds 1971
""", author="edijkstra", title="RE wegsleping WSL-2026-03-118", producer="Microsoft Outlook 16.0", creator="Microsoft Outlook"))

A(Doc("wz13_mail_parkeren_jz", "rl-dejavu", """
Van: «Oudeman, Thijs» <«t.oudeman@wezelveen.nl»>
Verzonden: woensdag 25 maart 2026 16:44
Aan: «Dijkstra-van Rooij, Eveline» <«e.dijkstra@wezelveen.nl»>
CC: «Nijenhuis, Loes» <«l.nijenhuis@wezelveen.nl»>; ‹juridischezaken@wezelveen.nl›
Onderwerp: RE: bezwaar ‹BZ-2026-0147› (wegslepen ‹Jan Ligthartstraat›)
«Eveline»,
Ik heb de stukken bekeken. Juridisch staat de sleepactie overeind: de kaart was verlopen en artikel 170 ‹WVW 1994› geeft de bevoegdheid. Maar de ‹Beleidsregel wegslepen voertuigen Wezelveen 2024› (art. 4 lid 2) eist dat de handhaver eerst redelijke pogingen doet de bestuurder te bereiken. Eén telefoontje via de meldkamer is mager, zeker als een collega aanbood even bij de fysiotherapeut te kijken.
Ik adviseer de kosten te vergoeden en het bezwaar gegrond te verklaren. Graag ook de ‹Argonaut›-beoordeling van de nieuwe kaart erbij; ik begrijp dat die inmiddels positief is.
Groet,
«Thijs Oudeman»
‹juridisch adviseur›, team ‹Juridische Zaken›
«0575-78 13 77»
-----
Van: «Dijkstra-van Rooij, Eveline» <«e.dijkstra@wezelveen.nl»>
Verzonden: dinsdag 24 maart 2026 09:15
Aan: «Oudeman, Thijs» <«t.oudeman@wezelveen.nl»>
Onderwerp: bezwaar ‹BZ-2026-0147›
Hoi «Thijs», bijgaand het bezwaarschrift van mevrouw «Ter Horst» en het logboek van «Dennis». Kun jij voor de hoorzitting een eerste advies geven? Groet, «Eveline»
""", notes=[(0, ("«Loes Nijenhuis»", "Woo: logboek wordt deels openbaar, dienstnummers weglakken. Vraag JZ wie bij de hoorzitting is.")),
            (0, ("«T. Oudeman»", "Let op: «Frank Oude Weernink» niet noemen in het advies, tel. «06 24 55 71 30» staat in de chat."))],
   producer="Microsoft Outlook 16.0", creator="Microsoft Outlook", title="RE bezwaar BZ-2026-0147"))

A(Doc("wz14_bezwaarschrift", "docx", """
«A. ter Horst-Çelik»
«Zwanenbloemstraat 14»
«7423 KM Wezelveen»
Aan het ‹college van burgemeester en wethouders› van Wezelveen
‹Postbus 100›, ‹7400 AC Wezelveen›
Wezelveen, 19 maart 2026
Betreft: bezwaar tegen kostenbeschikking wegslepen, opdracht ‹WSL-2026-03-118›
Geacht college,
Hierbij maak ik bezwaar tegen het besluit om mijn auto, kenteken «XG-417-K», op 12 maart 2026 weg te slepen en mij de kosten van € 329,50 in rekening te brengen.
Ik heb sinds 2019 een ‹gehandicaptenparkeerkaart›. Door mijn longziekte en artrose in beide knieën kan ik niet meer dan ongeveer honderd meter lopen. Mijn kaart liep af op 28 februari 2026. Ik had op 2 februari 2026 een verlenging aangevraagd (aanvraagnummer ‹GPK-2026-0092›), maar de gemeente had nog niet beslist. Dat is niet mijn schuld.
De handhaver heeft mij niet gezocht. Ik was bij de fysiotherapeut in ‹Gezondheidscentrum De Linde›, op vijftig meter afstand. Volgens de buurvrouw heeft een andere handhaver nog aangeboden mij te halen.
---PAGE---
Ik verzoek u:
1. het besluit tot wegslepen en de kostenbeschikking te herroepen;
2. mij € 329,50 terug te betalen op rekening «NL12 INGB 0007 5531 90» t.n.v. «A. ter Horst»;
3. mij te horen.
Mijn burgerservicenummer is «204518736». Een kopie van mijn oude kaart (nr. «GPK-WZV-19-0442») en van de afgiftebon voeg ik bij.
Mijn zoon «Rutger ter Horst» ondersteunt mij; u kunt hem bellen op «06-15 73 28 44» of mailen aan «rutger.th@gmail.com».
Hoogachtend,
«Anneke ter Horst-Çelik»
Bijlagen: kopie ‹gehandicaptenparkeerkaart›, afgiftebon ‹D-26-0871›, verklaring fysiotherapie
""", author="rterhorst", title="Bezwaar", producer="LibreOffice 7.6", creator=W))

A(Doc("wz15_ontvangst_bezwaar", "rl-helv", """
‹Gemeente Wezelveen› - team ‹Juridische Zaken› - ‹Stadhuisplein 1›, ‹7411 HH Wezelveen› - ‹www.wezelveen.nl›
Mevrouw «A. ter Horst-Çelik»
«Zwanenbloemstraat 14»
«7423 KM Wezelveen»
Datum: 23 maart 2026   Zaaknummer: ‹BZ-2026-0147›
Onderwerp: ontvangst bezwaarschrift
Geachte mevrouw «Ter Horst-Çelik»,
Wij hebben uw bezwaarschrift van 19 maart 2026 ontvangen. Uw bezwaar wordt behandeld door de ‹Commissie bezwaarschriften Wezelveen›. U wordt uitgenodigd voor een hoorzitting. Op grond van de ‹Algemene wet bestuursrecht› (artikel 7:10) beslissen wij binnen twaalf weken na afloop van de bezwaartermijn.
Uw bezwaar schorst de betalingsverplichting niet; u heeft het bedrag al voldaan.
Voor vragen kunt u contact opnemen met de behandelend jurist, de heer «mr. T.W. Oudeman», telefoon «0575-78 13 77», of met ‹juridischezaken@wezelveen.nl›.
Met vriendelijke groet,
namens het college,
«W. Kuipers-Tjalma»
‹secretaris Commissie bezwaarschriften›
""", producer="Nitro Pro 13.70", creator="Nitro Pro", title="Ontvangst bezwaar BZ-2026-0147"))

A(Doc("wz16_gpk_aanvraag", "rl-helv", """
# Aanvraag ‹gehandicaptenparkeerkaart› (bestuurderskaart) - verlenging
‹Gemeente Wezelveen›, team ‹Burgerzaken›   aanvraagnummer ‹GPK-2026-0092›   ontvangen 02-02-2026
1. Gegevens aanvrager
Naam: «Ter Horst-Çelik», voornamen: «Anneke Hatice»
Geboortedatum: «14-08-1961»   BSN: «204518736»
Adres: «Zwanenbloemstraat 14», «7423 KM Wezelveen»
Telefoon: «06-41 27 93 58»   e-mail: «a.terhorst-celik@ziggo.nl»
Kenteken eigen auto: «XG-417-K»
2. Huidige kaart
Kaartnummer: «GPK-WZV-19-0442», geldig tot 28-02-2026
3. Medische gegevens (vertrouwelijk, alleen voor de medisch adviseur van ‹Argonaut Advies›)
Aandoening(en): «COPD GOLD III», «artrose beide knieën»
Loopafstand zonder hulp: «circa 80 meter»
Hulpmiddelen: «rollator», zuurstof bij inspanning
Behandelend arts: «huisarts S.P. Mendonça», ‹Gezondheidscentrum De Linde›
---PAGE---
4. Machtiging
Ik machtig de gemeente om medische informatie op te vragen bij mijn behandelaar voor de beoordeling van deze aanvraag op grond van de ‹Regeling gehandicaptenparkeerkaart› en het ‹Besluit administratieve bepalingen inzake het wegverkeer› (‹BABW›), artikel 49.
Plaats en datum: Wezelveen, 1 februari 2026
Handtekening aanvrager: [handtekening «A. ter Horst»]
5. In te vullen door de gemeente
Leges voldaan: € 68,40   kassabon ‹KB-26-01187›
Doorgestuurd aan ‹Argonaut Advies› op 04-02-2026 door «H. Bakkali» (‹medewerker Burgerzaken›)
Behandelaar: «Hanan Bakkali», «h.bakkali@wezelveen.nl», toestel «0575 78 11 52»
Let op: wachttijd medische keuring ‹Argonaut› in februari 2026 circa zes weken.
""", producer="iText 5.5.13.3", creator="Burgerzaken Formulieren", title="Aanvraag GPK GPK-2026-0092"))

A(Doc("wz17_medisch_advies", "rl-serif", """
# ‹Argonaut Advies› - medisch advies ‹gehandicaptenparkeerkaart›
VERTROUWELIJK - MEDISCH GEHEIM
Opdrachtgever: ‹gemeente Wezelveen›, team ‹Burgerzaken›   ons dossier ‹ARG-26-W-00311›   uw kenmerk ‹GPK-2026-0092›
Betreft: mevrouw «A.H. ter Horst-Çelik», geboren «14-08-1961»
Onderzoek: spreekuur op 11 maart 2026 te ‹Zwolle›
Anamnese: bekend met «COPD GOLD III» sinds «2017», «exacerbaties tweemaal per jaar», «artrose beide knieën» met «status na knieprothese rechts (2021)».
Onderzoek: «saturatie in rust 93%», «loopafstand gemeten 70 meter met rollator», daarna rust nodig.
Beoordeling: betrokkene kan met gebruik van loophulpmiddelen niet meer dan 100 meter aaneengesloten lopen. Dit is langdurig (meer dan zes maanden) en voldoet aan het criterium van artikel 49 ‹BABW›.
Advies: bestuurderskaart toekennen voor vijf jaar.
Medisch adviseur: «M.E. Sarıkaya-Boon», ‹arts indicatiestelling›, BIG «39123456701»
Secretariaat: «t. 038 - 421 09 88» (direct) / ‹info@argonaut-advies.nl›
Dit advies is uitsluitend bestemd voor de gemeente als bestuursorgaan. Het college neemt het besluit.
""", author="Sarıkaya-Boon, M.E.", title="Medisch advies ARG-26-W-00311", producer="Microsoft: Print To PDF", creator="Argonaut Indicatie Portal"))
