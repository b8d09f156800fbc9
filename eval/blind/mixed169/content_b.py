from lib169 import Doc
W = "Word voor Microsoft 365"
DOCS = []
A = DOCS.append

A(Doc("wz18_gpk_besluit", "docx", """
‹Gemeente Wezelveen› - team ‹Burgerzaken›
Mevrouw «A.H. ter Horst-Çelik»
«Zwanenbloemstraat 14»
«7423 KM Wezelveen»
Datum: 18 maart 2026
Kenmerk: ‹GPK-2026-0092›
Onderwerp: besluit op uw aanvraag ‹gehandicaptenparkeerkaart›
Geachte mevrouw «Ter Horst-Çelik»,
Op 2 februari 2026 heeft u een nieuwe ‹gehandicaptenparkeerkaart› (bestuurderskaart) aangevraagd. Wij hebben ‹Argonaut Advies› gevraagd u medisch te beoordelen. Op basis van dat advies kennen wij de kaart toe voor vijf jaar, tot en met 17 maart 2031.
Uw nieuwe kaart heeft nummer «GPK-WZV-26-0108». U kunt de kaart ophalen bij de balie ‹Burgerzaken› in het ‹Stadskantoor›, ‹Stadhuisplein 1›. Neem een geldig legitimatiebewijs mee.
Wij betreuren het dat de beoordeling langer duurde dan de gebruikelijke termijn. De wachttijd bij de medische keuring was in februari hoger dan normaal.
Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken op grond van de ‹Algemene wet bestuursrecht›.
Met vriendelijke groet,
namens het ‹college van burgemeester en wethouders›,
«H. Bakkali»
‹medewerker Burgerzaken›
""", author="Claessens, Ruud", title="Besluit GPK-2026-0092", producer="LibreOffice 7.6", creator=W))

A(Doc("wz19_verslag_hoorzitting", "docx", """
# Verslag hoorzitting ‹Commissie bezwaarschriften Wezelveen›
Zaak: ‹BZ-2026-0147›   Datum: 21 april 2026, 14:00 uur   Locatie: ‹Stadskantoor›, zaal ‹Thorbecke›
| Rol | Naam | Aanwezig |
| voorzitter (extern) | «mr. R.A. Groenewegen» | ja |
| lid (extern) | «drs. B. Yıldırım» | ja |
| secretaris | «W. Kuipers-Tjalma» | ja |
| bezwaarmaker | «A. ter Horst-Çelik» | ja |
| gemachtigde/ondersteuning | «R. ter Horst» (zoon) | ja |
| namens verweerder | «T.W. Oudeman» (‹Juridische Zaken›) | ja |
| namens verweerder | «E. Dijkstra-van Rooij» (‹Parkeren›) | ja |
De voorzitter opent de zitting en stelt de aanwezigen voor. Er zijn geen nadere stukken ingebracht.
Bezwaarmaker licht toe dat zij door haar longziekte en knieklachten niet ver kan lopen, dat zij tijdig een nieuwe kaart had aangevraagd en dat zij op vijftig meter afstand bij de fysiotherapeut was. Haar zoon vult aan dat de handhaver volgens de buurvrouw is aangeboden haar te halen.
Namens verweerder erkent de heer «Oudeman» dat artikel 4 lid 2 van de ‹Beleidsregel wegslepen voertuigen Wezelveen 2024› een zoekplicht bevat. Mevrouw «Dijkstra-van Rooij» bevestigt dat de vertraging in de GPK-procedure bij de gemeente en ‹Argonaut Advies› lag.
---PAGE---
Vragen van de commissie
Het lid «Yıldırım» vraagt of de bodycambeelden (‹BWC-0422/20260312-0932›) zijn bekeken. Verweerder antwoordt dat de beelden alleen de takelactie laten zien.
De voorzitter vraagt of de gemeente een hardheidsclausule toepast. Volgens verweerder biedt artikel 9 van de beleidsregel die mogelijkheid.
Afspraken
| nr | actie | wie | termijn |
| 1 | beelden en logboek toevoegen aan dossier | «TWO» | 28-04 |
| 2 | navraag bij teamleider over zoekpoging | «EDR» | 28-04 |
| 3 | concept-advies commissie | «WKT» | 12-05 |
Sluiting 14:52 uur. Vastgesteld door de voorzitter, «mr. R.A. Groenewegen».
""", author="Kuipers-Tjalma, Wendy", title="Verslag hoorzitting BZ-2026-0147", producer="LibreOffice 7.6", creator=W))

A(Doc("wz20_beslisnota_bezwaar", "rl-dejavu", """
# Beslisnota - beslissing op bezwaar ‹BZ-2026-0147›
Aan: ‹college van burgemeester en wethouders›, portefeuillehouder ‹wethouder Haverkamp› (‹Mobiliteit›)
Van: team ‹Juridische Zaken›
Datum: 19 mei 2026   Kenmerk: ‹JZ/2026/1184›
Behandeld door: «T.W. Oudeman», «0575-78 13 77», «t.oudeman@wezelveen.nl»
Kopie aan: «E. Dijkstra-van Rooij» (‹Parkeren›), «M.J. Bosveld» (‹Toezicht en Handhaving›)
Aanleiding
Op 12 maart 2026 is een voertuig weggesleept van een gehandicaptenparkeerplaats aan de ‹Jan Ligthartstraat›. De eigenaar heeft bezwaar gemaakt. De ‹Commissie bezwaarschriften Wezelveen› adviseert het bezwaar gegrond te verklaren.
Geadviseerd besluit
Het college wordt gevraagd: 1. het bezwaar gegrond te verklaren; 2. de kostenbeschikking van € 329,50 te herroepen en het bedrag terug te betalen; 3. de ‹Beleidsregel wegslepen voertuigen Wezelveen 2024› aan te vullen met een werkinstructie over de zoekplicht.
Kern
De kaart van bezwaarmaker was verlopen, maar de verlenging was tijdig aangevraagd en lag stil door een wachttijd bij ‹Argonaut Advies›. Artikel 4 lid 2 van de beleidsregel schrijft redelijke pogingen voor om de bestuurder te bereiken; één telefoontje is volgens de commissie niet genoeg.
---PAGE---
Krachtenveld
Het onderwerp speelt in de raad: raadslid ‹Demirtaş› (‹Wezelveen Lokaal›) heeft schriftelijke vragen gesteld (‹RV 2026-019›). ‹Takelbedrijf De Worp V.O.F.› heeft geen financieel belang bij de uitkomst.
Financiën
De terugbetaling (€ 329,50) komt ten laste van budget ‹6210 Parkeren›.
Paraaf
| Naam | Functie | Paraaf | Datum |
| «T.W. Oudeman» | ‹juridisch adviseur› | «TWO» | 19-05 |
| «H.J. Mulderij-Venema» | ‹teammanager Juridische Zaken› | «HMV» | 20-05 |
| «K. Ouédraogo» | ‹concerncontroller› | «KO» | 21-05 |
Informatie die niet openbaar gemaakt kan worden
Motivering: [nog in te vullen]
""", xmp="Mulderij-Venema, Hester", title="Beslisnota BZ-2026-0147", producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365"))

A(Doc("wz21_beslissing_op_bezwaar", "docx", """
‹Gemeente Wezelveen›
Aangetekend
Mevrouw «A. ter Horst-Çelik»
«Zwanenbloemstraat 14»
«7423 KM Wezelveen»
Datum: 26 mei 2026
Zaaknummer: ‹BZ-2026-0147›
Onderwerp: beslissing op uw bezwaar
Geachte mevrouw «Ter Horst-Çelik»,
Op 19 maart 2026 heeft u bezwaar gemaakt tegen het wegslepen van uw auto en de kostenbeschikking van € 329,50. Wij hebben besloten:
- uw bezwaar gegrond te verklaren;
- de kostenbeschikking te herroepen;
- het bedrag van € 329,50 binnen vier weken terug te betalen op uw rekening «NL12 INGB 0007 5531 90».
Wij volgen het advies van de ‹Commissie bezwaarschriften Wezelveen›. Het wegslepen was op zichzelf bevoegd (artikel 170 ‹Wegenverkeerswet 1994›), maar de handhaver heeft niet voldaan aan de zoekplicht van artikel 4 lid 2 van de ‹Beleidsregel wegslepen voertuigen Wezelveen 2024›.
Uw verzoek om vergoeding van de kosten van rechtsbijstand wijzen wij af, omdat u zich niet door een beroepsmatige rechtsbijstandverlener heeft laten bijstaan (artikel 7:15 ‹Awb›).
Tegen dit besluit kunt u binnen zes weken beroep instellen bij de ‹rechtbank Overijssel›.
Hoogachtend,
‹burgemeester en wethouders van Wezelveen›,
de secretaris, de burgemeester,
‹drs. P.C. van Lienden› ‹burgemeester Rouwenhorst›
""", author="Oudeman, T.W.", title="Beslissing op bezwaar BZ-2026-0147", producer="LibreOffice 7.6", creator=W))

A(Doc("wz22_raadsvragen", "rl-dejavu", """
# Schriftelijke vragen ex artikel 44 ‹Reglement van orde gemeenteraad Wezelveen›
Nummer: ‹RV 2026-019›   Datum: 17 maart 2026
Vragensteller: raadslid ‹Ayşe Demirtaş› (‹Wezelveen Lokaal›), mede namens raadslid ‹Pieter Kamphuis› (‹CDA›)
Onderwerp: wegslepen van auto's van mensen met een beperking
Via ‹Dagblad van het Oosten› vernamen wij dat op 12 maart een auto van een inwoner met een beperking is weggesleept van een gehandicaptenparkeerplaats bij ‹Gezondheidscentrum De Linde›, terwijl haar nieuwe kaart nog in behandeling was bij de gemeente.
1. Kan het college bevestigen dat de aanvraag voor een nieuwe ‹gehandicaptenparkeerkaart› tijdig was ingediend?
2. Hoeveel voertuigen zijn in 2025 weggesleept van gehandicaptenparkeerplaatsen, en in hoeveel gevallen was er een geldige aanvraag in behandeling?
3. Welke instructie hebben handhavers over het zoeken naar de bestuurder voordat een takelwagen wordt ingeschakeld?
4. Is het college bereid de kosten in dit geval te vergoeden?
5. Hoe lang is de gemiddelde behandelduur van een GPK-aanvraag, en hoe wordt voorkomen dat inwoners tussen wal en schip vallen?
‹Ayşe Demirtaş›
‹Pieter Kamphuis›
""", producer="Microsoft® Word 2019", creator="Microsoft® Word 2019", title="Raadsvragen RV 2026-019"))

A(Doc("wz23_antwoord_raadsvragen", "docx", """
# Beantwoording schriftelijke vragen ‹RV 2026-019›
Vragensteller: raadslid ‹Demirtaş› (‹Wezelveen Lokaal›) en raadslid ‹Kamphuis› (‹CDA›)
Portefeuillehouder: ‹wethouder Gert-Jan Haverkamp› (‹Mobiliteit›)
Datum verzending: 14 april 2026
Vraag 1. Ja. De aanvraag is op 2 februari 2026 ingediend, ruim voor het verlopen van de oude kaart. De medische beoordeling door ‹Argonaut Advies› duurde door een tijdelijk tekort aan keuringsartsen langer dan gebruikelijk.
Vraag 2. In 2025 zijn 61 voertuigen weggesleept van gehandicaptenparkeerplaatsen. In 3 gevallen bleek achteraf een aanvraag in behandeling. Dit wordt niet standaard geregistreerd.
Vraag 3. De ‹Beleidsregel wegslepen voertuigen Wezelveen 2024› schrijft voor dat de handhaver eerst redelijke pogingen doet de bestuurder te bereiken. Het college laat deze bepaling uitwerken in een werkinstructie.
---PAGE---
Vraag 4. Er loopt een bezwaarprocedure. Het college wil niet vooruitlopen op het advies van de ‹Commissie bezwaarschriften Wezelveen›. Wel heeft ‹wethouder Haverkamp› de betrokken inwoner telefonisch gesproken.
Vraag 5. De gemiddelde behandelduur was in 2025 33 dagen. Voortaan krijgt een aanvrager bij tijdige aanvraag een tijdelijke verklaring, die handhavers in ‹Scan-Handhaving› kunnen raadplegen.
Het college van burgemeester en wethouders van Wezelveen,
‹burgemeester Rouwenhorst›
‹wethouder Haverkamp›
Ambtelijk voorbereid door: «E. Dijkstra-van Rooij» en «H. Bakkali»; contact via ‹griffie@wezelveen.nl›.
""", author="Beukema, Annelies", title="Antwoord raadsvragen RV 2026-019", producer="LibreOffice 7.6", creator=W))

A(Doc("wz24_persbericht", "rl-helv", """
# PERSBERICHT
‹Gemeente Wezelveen› past werkwijze wegslepen op gehandicaptenparkeerplaatsen aan
Wezelveen, 28 mei 2026 - Handhavers van de ‹gemeente Wezelveen› gaan voortaan altijd eerst actief zoeken naar de bestuurder voordat een auto van een gehandicaptenparkeerplaats wordt weggesleept. Dat heeft het college besloten na een bezwaar van een inwoner.
"We handhaven op gehandicaptenparkeerplaatsen omdat mensen met een beperking die plek hard nodig hebben", zegt ‹wethouder Gert-Jan Haverkamp› (‹Mobiliteit›). "Maar juist die mensen moeten we niet de dupe laten worden van onze eigen wachttijden."
Inwoners die tijdig een nieuwe ‹gehandicaptenparkeerkaart› hebben aangevraagd, krijgen een tijdelijke verklaring. ‹Takelbedrijf De Worp V.O.F.› voert de wegsleepregeling sinds 2023 uit voor de gemeente.
Noot voor de redactie (niet voor publicatie): meer informatie bij de ‹woordvoerder› van het college, ‹pers@wezelveen.nl›, ‹0575 78 19 00›.
""", author="Verhoef, Sanne", xmp="Sanne Verhoef (Communicatie)", title="Persbericht wegslepen GPK", producer="Adobe PDF Library 17.0", creator="Adobe InDesign 19.2"))

A(Doc("wz25_evaluatie_wegsleepregeling", "rl-serif", """
# Evaluatie ‹wegsleepregeling› 2025 - intern rapport
Afdeling ‹Parkeren› in samenwerking met team ‹Toezicht en Handhaving›   versie 0.9   april 2026
1. Inleiding
De gemeente laat sinds 2023 voertuigen wegslepen via ‹Takelbedrijf De Worp V.O.F.› op basis van de ‹raamovereenkomst RO-2023-PARK-04›. Dit rapport evalueert 2025 en het incident van 12 maart 2026.
2. Cijfers 2025
In 2025 zijn 412 voertuigen weggesleept, waarvan 61 van gehandicaptenparkeerplaatsen, 188 bij evenementen (‹Wezelveense Kermis›, ‹Hanzefeesten›) en 163 wegens overige overtredingen. Gemiddelde tijd tussen bekeuring en takelen: 23 minuten.
3. Bevindingen uit interviews
Handhavers geven aan dat de zoekplicht onduidelijk is. Eén handhaver («dienstnummer BOA-3290») noemde het "onwerkbaar om elke fysiotherapeut af te lopen". De teamleider («M.J. Bosveld») wijst op het ontbreken van een registratie van lopende GPK-aanvragen.
De eigenaar van het takelbedrijf, de heer «G.H. Brouwer», gaf aan dat zijn chauffeurs bij voorkeur wachten als de eigenaar onderweg is.
---PAGE---
4. Aanbevelingen
a. Werkinstructie zoekplicht (minimaal twee pogingen, waaronder fysiek zoeken binnen 100 meter).
b. Koppeling ‹Scan-Handhaving› aan het register van GPK-aanvragen.
c. Bodycambeelden (bijvoorbeeld ‹BWC-0417/20260312-0852›) standaard bewaren bij klachten, conform ‹Besluit bodycams handhaving 2024›.
d. Jaarlijkse evaluatie met ‹Takelbedrijf De Worp V.O.F.›.
5. Verantwoording
Interviews afgenomen door «Roos Ebbers» en «Jasper van der Kolk» (‹beleidsadviseurs Parkeren›).
""", outline=[("1 Inleiding («R. Ebbers»)", 0), ("3 Interviews «Mark-Jan» en «Gerrit»", 0), ("4 Aanbevelingen - akkoord «Dijkstra»", 1)],
   author="Ebbers, Roos", title="Evaluatie wegsleepregeling 2025", producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365"))
