"""Set WB: documents of the invented Waterschap Baakse Beek en Berkel (WBB) about ditch maintenance
(schouw, keurvergunningen, handhaving) and gemaal Hendrik Stroink. All persons are invented."""
from make_set import Doc

WBB = "[[Waterschap Baakse Beek en Berkel|O]]"
DOCS = []
A = DOCS.append

A(Doc("w01_woo_verzoek", "Woo-verzoek schouw en gemaal", kind="docx", producer="LibreOffice 7.6", body=f"""
{{Sjoerd Haverkamp|P}}
{{Molenkampsweg 14|A}}
{{7241 PK|A}} Lochem
E-mail: {{s.haverkamp@planet.nl|E}} / telefoon {{06-41 27 88 93|T}}
Aan het dagelijks bestuur van {WBB}
[[Postbus 190|S]], [[7240 AD Lochem|L]]
Lochem, 6 januari 2026
Onderwerp: verzoek op grond van de [[Wet open overheid|W]]
Geacht bestuur,
Hierbij verzoek ik u op grond van de [[Wet open overheid|W]] om openbaarmaking van alle documenten over de schouw 2025 van de watergangen in het peilvak [[Zuidelijke Leiding|N]], de handhaving tegen agrariërs langs de [[Baakse Beek|L]], en de storingen van [[Gemaal Hendrik Stroink|N]] in de periode 1 januari 2025 tot en met 31 december 2025.
Ik bedoel daarmee in ieder geval: correspondentie met de betrokken landbouwers, verslagen van het [[dagelijks bestuur|O]], facturen van aannemers, interne berichten van de veldmedewerkers en de stukken over de bezwaarschriften.
Ik woon zelf aan de [[Zuidelijke Leiding|N]] en heb vorig jaar wateroverlast gehad. Mijn buurman, {{Gerrit-Jan ter Horst|P}}, heeft mij gevraagd dit verzoek mede namens hem in te dienen.
Graag ontvang ik de stukken digitaal. Mijn BSN ({{111222333|B}}) vermeld ik voor de zekerheid.
Met vriendelijke groet,
{{Sjoerd Haverkamp|P}}
"""))

A(Doc("w02_ontvangstbevestiging", "Ontvangstbevestiging Woo-verzoek", producer="Microsoft® Word 2016",
      creator="Microsoft® Word 2016", body=f"""
# {WBB}
[[Kanaalweg 12|S]] | [[Lochem|L]] | [[(0573) 29 50 00|G]] | [[woo@wsbb.nl|M]]
Aan: de heer {{S. Haverkamp|P}}
{{Molenkampsweg 14|A}}, {{7241 PK|A}} Lochem
Datum: 9 januari 2026
Ons kenmerk: [[WBB-WOO-2026-003|R]]
Onderwerp: ontvangstbevestiging Woo-verzoek
Geachte heer {{Haverkamp|P}},
Op 6 januari 2026 hebben wij uw verzoek op grond van de [[Wet open overheid|W]] ontvangen. Uw verzoek is geregistreerd onder kenmerk [[WBB-WOO-2026-003|R]]. Op grond van artikel 4.4 van de [[Wet open overheid|W]] beslissen wij binnen vier weken na ontvangst. Deze termijn kan met twee weken worden verdaagd.
U noemt in uw verzoek ook uw buurman. Wij behandelen het verzoek als uw verzoek; een machtiging van uw buurman is daarvoor niet nodig.
Omdat er derden bij de documenten betrokken zijn (landbouwers, aannemers), krijgen zij mogelijk de gelegenheid hun zienswijze te geven (artikel 4.9 [[Woo|W]]).
Heeft u vragen, neem dan contact op met de [[Woo-coördinator|F]] via [[woo@wsbb.nl|M]] of [[(0573) 29 50 00|G]].
Hoogachtend,
namens dezen,
{{P.R. Ramdin|P}}
[[Woo-coördinator|F]], afdeling [[Juridische Zaken|O]]
Behandeld door: {{Priya Ramdin|P}}, {{p.ramdin@wsbb.nl|E}}, {{0573 - 29 52 17|T}}
"""))

A(Doc("w03_keurvergunning", "Watervergunning duiker perceel Almen", font="DejaVuSerif", producer="iText® 7.2.5 ©2000-2023 iText Group NV",
      creator="Decos JOIN", body=f"""
# Besluit watervergunning [[WV-2025-0187|R]]
{WBB} - afdeling [[Vergunningverlening en Handhaving|O]]
Datum besluit: 14 maart 2025
Aanvrager: {{Gerrit-Jan ter Horst|P}}, h.o.d.n. {{Maatschap Ter Horst-Oonk|P}}
Adres aanvrager: {{Almenseweg 51|A}}, {{7218 NA|A}} Almen
Telefoon aanvrager: {{0575-431 622|T}}; mobiel {{+31 (0)6 5310 4478|T}}
KvK-nummer maatschap: {{08123456|K}}
Locatie werkzaamheden: kadastraal perceel [[Gorssel H 1187|R]], langs de [[Zuidelijke Leiding|N]] (A-watergang [[OWL-1402|R]])
# Aanvraag
Op 3 februari 2025 ontvingen wij de aanvraag van de heer {{Ter Horst|P}} voor het aanleggen van een duiker (rond 80 cm, lengte 12 meter) en het dempen van een deel van een B-watergang. De aanvraag is ingediend via het [[Omgevingsloket|T]] onder nummer [[OLO-9123384|R]].
# Besluit
Het dagelijks bestuur van {WBB} verleent op grond van artikel 5.1 van de [[Omgevingswet|W]] en de [[Waterschapsverordening WBB 2024|W]] de gevraagde watervergunning voor de aanleg van de duiker, en weigert de vergunning voor het dempen van de B-watergang.
# Voorschriften
1. De duiker wordt aangelegd met de binnenonderkant op NAP +8,45 m.
2. De vergunninghouder meldt de start van de werkzaamheden ten minste twee werkdagen vooraf via [[vergunningen@wsbb.nl|M]].
3. De onderhoudsstrook van 5 meter langs de [[Zuidelijke Leiding|N]] blijft vrij van beplanting, afrastering en opslag van kuilvoer.
4. De vergunninghouder houdt de duiker vrij van slib en vuil; dit valt onder de onderhoudsplicht op grond van de [[legger|T]].
# Overwegingen
Het dempen van de B-watergang vermindert de bergingscapaciteit in het peilvak met ongeveer 340 m3. Compensatie elders op het perceel is niet aangeboden. De heer {{Ter Horst|P}} heeft in een gesprek op 21 februari 2025 met onze vergunningverlener, {{Ellen Vrielink|P}}, aangegeven dat hij de watergang wil dempen om een groter huiskavel te krijgen. Dat belang weegt niet op tegen het waterbelang.
---
# Rechtsbescherming
Tegen dit besluit kan binnen zes weken na verzending bezwaar worden gemaakt bij het dagelijks bestuur van {WBB}, [[Postbus 190|S]], [[7240 AD Lochem|L]], op grond van de [[Algemene wet bestuursrecht|W]].
Namens het dagelijks bestuur,
{{E.M. Vrielink|P}}
[[vergunningverlener|F]] watervergunningen
Contact: {{e.vrielink@wsbb.nl|E}}, tel. {{0573 295 233|T}}
Afschrift: [[Gemeente Lochem|O]], [[Omgevingsdienst Achterhoek|O]]
"""))

A(Doc("w04_bezwaarschrift", "Bezwaarschrift Wiegerinck", kind="docx", producer="LibreOffice 7.6", body=f"""
{{H.J.M. Wiegerinck|P}}
Melkveehouderij {{Wiegerinck|P}}
{{Barchemseweg 88|A}}
{{7244 RN|A}} Barchem
Tel. {{0573-441 905|T}} / {{06 2234 9087|T}}
{{henk.wiegerinck@hetnet.nl|E}}
Aan: het dagelijks bestuur van {WBB}, t.a.v. de [[bezwaarschriftencommissie|O]]
Barchem, 22 april 2025
Betreft: bezwaar tegen de last onder dwangsom van 14 april 2025, kenmerk [[HH-2025-044|R]]
Geacht bestuur,
Hierbij maak ik bezwaar tegen uw besluit van 14 april 2025 waarin u mij een last onder dwangsom oplegt van EUR 250 per dag (maximaal EUR 5.000) omdat ik de B-watergang langs mijn perceel aan de Barchemseweg niet voldoende zou hebben geschoond.
Mijn bezwaren zijn de volgende.
1. De watergang is op 2 november 2024 gewoon geschoond door loonbedrijf [[Gebr. Eskes B.V.|O]]. Dat kan ik aantonen met de factuur.
2. De schouwmeester, de heer {{Nijenhuis|P}}, is op 18 november 2024 zonder aankondiging mijn erf opgekomen. Hij heeft geen foto's laten zien.
3. Het slib in de sloot komt van de stuw bij [[Gemaal Hendrik Stroink|N]], die al maanden niet goed werkt. Het waterschap veroorzaakt dus zelf het probleem.
4. Mijn vrouw {{Annie Wiegerinck-Lubbers|P}} en ik hebben in de periode van de schouw veel zorgen gehad; ik was in het ziekenhuis voor {{een knieoperatie|H}}. Het waterschap wist dat.
Ik verzoek u het besluit te herroepen en mij in de gelegenheid te stellen te worden gehoord.
Hoogachtend,
{{Henk Wiegerinck|P}}
Bijlage: factuur [[Gebr. Eskes B.V.|O]] nr. [[2024-1133|R]]
"""))

A(Doc("w05_mail_schouw", "RE: schouw Baakse Beek herschouw", producer="Microsoft Outlook for Microsoft 365", creator="Microsoft Outlook",
      body=f"""
Van: {{Mulder, Kees|P}} <{{k.mulder@wsbb.nl|E}}>
Verzonden: dinsdag 19 november 2024 08:41
Aan: {{Nijenhuis, Rob|P}} <{{r.nijenhuis@wsbb.nl|E}}>
CC: {{Vrielink, Ellen|P}} <{{e.vrielink@wsbb.nl|E}}>; {{Kloosterboer, Arjan|P}} <{{a.kloosterboer@wsbb.nl|E}}>; [[handhaving@wsbb.nl|M]]
Onderwerp: RE: schouw Baakse Beek herschouw
{{Rob|P}},
Dank voor de foto's van gisteren. Ik zet {{Wiegerinck|P}} ({{Barchemseweg 88|A}}) op de lijst voor de herschouw op 2 december. Bij {{Rouwenhorst|P}} is het ook niet in orde, maar daar was de oever ingezakt door de muskusrat; daar ga ik eerst met [[Muskusrattenbeheer|O]] kijken.
Als {{Henk|P}} weer boos wordt: niet in discussie gaan, gewoon verwijzen naar de [[Waterschapsverordening WBB 2024|W]], artikel 3.12 (onderhoudsplicht).
Groet,
{{Kees Mulder|P}}
[[Toezichthouder|F]] / BOA | afdeling [[Vergunningverlening en Handhaving|O]]
M {{06-18 44 72 05|T}}
-----Oorspronkelijk bericht-----
Van: {{Nijenhuis, Rob|P}}
Verzonden: maandag 18 november 2024 17:12
Aan: {{Mulder, Kees|P}}
Onderwerp: schouw Baakse Beek herschouw
Hoi {{Kees|P}},
Vandaag de schouw gelopen van vak 7 t/m 12 langs de [[Baakse Beek|L]]. Afgekeurd: {{H. Wiegerinck|P}} (perceel bij de Barchemseweg, sloot vol met riet en slib), {{B. Rouwenhorst|P}} ([[Ruurloseweg|S]], oever ingezakt) en {{Jan Willem van 't Slot|P}} (maaisel in de sloot laten liggen). De rest is goedgekeurd.
{{Wiegerinck|P}} kwam naar buiten en was nogal fel, zei dat hij me van zijn erf zou laten halen. Ik heb gezegd dat we het schriftelijk afhandelen.
Foto's staan in [[Decos JOIN|T]] onder zaak [[Z2024-08812|R]].
Gr. {{Rob|P}}
{{Rob Nijenhuis|P}} | [[veldmedewerker|F]] rayon Zuid | {{06 51 90 33 84|T}}
"""))

A(Doc("w06_whatsapp", "WhatsApp Ploeg Zuid", font="DejaVuSans", producer="Skia/PDF m120", creator="WhatsApp export naar PDF", body="""
# WhatsApp-chat met Ploeg Zuid (veldploeg)
Geëxporteerd op 12-12-2025
[18-11-24 07:02] {Robbie|P}: Morgen allemaal, ik loop vandaag vak 7-12 langs de [[Baakse Beek|L]]
[18-11-24 07:05] {Gert-Jan B.|P}: Ik zit bij het gemaal, pomp 2 slaat weer af 🙄
[18-11-24 07:06] {Robbie|P}: Weer? Bel {Joost|P} even, die heeft piket
[18-11-24 07:11] {Joost H.|P}: Ben onderweg. Storingsmelding staat in [[SCADA|T]], vlotterschakelaar volgens mij
[18-11-24 11:48] {Robbie|P}: {Wiegerinck|P} staat weer te schreeuwen op zijn erf 😬 zei dat ie de {Kees|P} van handhaving persoonlijk gaat opzoeken
[18-11-24 11:49] {Mirjam|P}: Pas je wel op jezelf {Rob|P}? Niet alleen dat erf op
[18-11-24 11:52] {Robbie|P}: Ja joh. Foto's gemaakt, ga door naar {Rouwenhorst|P}
[18-11-24 12:30] {Gert-Jan B.|P}: Nummer van {Bertus Rouwenhorst|P} is {06-20 31 45 99|T} als je hem nodig hebt
[18-11-24 16:05] {Joost H.|P}: Gemaal draait weer. Vlotter vervangen, onderdeel besteld bij [[Xylem|O]]
[02-12-24 08:15] {Mirjam|P}: Herschouw vandaag, {Kees|P} gaat mee. {Henk|P} heeft de sloot inmiddels half gedaan zegt ie
[02-12-24 14:22] {Robbie|P}: Half is nog steeds afgekeurd. Rapport volgt
[03-01-25 09:40] {Joost H.|P}: Pomp 1 van [[Gemaal Hendrik Stroink|N]] in storing door hoog water. Noodpomp van [[Gebr. Eskes B.V.|O]] komt om 11 uur
[03-01-25 09:41] {Mirjam|P}: 👍 ik meld het bij de heemraad
"""))

A(Doc("w07_schouwrapport", "Schouwrapport 2024 rayon Zuid", producer="Aspose.PDF for .NET 23.11", creator="Aspose.Words", body=f"""
# Schouwrapport najaarsschouw 2024 - rayon Zuid
{WBB}, afdeling [[Beheer en Onderhoud|O]]
Schouwperiode: 11 november - 22 november 2024. Herschouw: 2 december 2024.
Schouwmeester: {{R. Nijenhuis|P}} (personeelsnummer {{WBB-40817|N}}). Toezicht: {{K. Mulder|P}} (BOA, personeelsnummer {{WBB-31166|N}}).
Grondslag: artikel 3.12 en 3.13 [[Waterschapsverordening WBB 2024|W]]; [[Schouwbeleid 2023|W]].
# Resultaten per vak
| Vak | Watergang | Eigenaar/gebruiker | Adres | Uitslag | Herschouw |
| 7 | [[OWL-1402|R]] | {{H.J.M. Wiegerinck|P}} | {{Barchemseweg 88|A}} | afgekeurd | afgekeurd |
| 8 | [[OWL-1403|R]] | {{B. Rouwenhorst|P}} | {{Ruurloseweg 203|A}} | afgekeurd | goedgekeurd |
| 9 | [[OWL-1405|R]] | {{J.W. van 't Slot|P}} | {{Kruisdijk 6|A}} | afgekeurd | goedgekeurd |
| 10 | [[OWL-1410|R]] | [[Staatsbosbeheer|O]] | Gorsselseweg | goedgekeurd | - |
| 11 | [[OWL-1411|R]] | {{M. Oonk|P}} | {{Gorsselseweg 17|A}} | goedgekeurd | - |
| 12 | [[OWL-1414|R]] | {{T.A. Heijink|P}} | {{Zwiepseweg 40|A}} | goedgekeurd | - |
| 12a | [[OWL-1415|R]] | [[Gemeente Lochem|O]] | Zwiepseweg | goedgekeurd | - |
# Toelichting
Vak 7: de B-watergang langs de Barchemseweg was over circa 180 meter dichtgegroeid met riet; op de bodem een sliblaag van 30 tot 40 cm. Bij de herschouw op 2 december was ongeveer de helft geschoond. De eigenaar, de heer {{Wiegerinck|P}}, gaf aan dat hij vanwege {{zijn knieoperatie|H}} niet eerder kon. Advies: handhaven met een last onder dwangsom, met een begunstigingstermijn van vier weken.
Vak 8: de oever was ingezakt door graafschade van muskusratten. Na herstel door de heer {{Rouwenhorst|P}} goedgekeurd.
Vak 9: maaisel lag in de watergang. De gebruiker, de heer {{Van 't Slot|P}}, heeft het op 26 november verwijderd.
---
# Foto-overzicht
| Foto | Vak | Omschrijving | Gemaakt door |
| F-01 | 7 | riet en slib, kijkrichting noord | {{RN|C}} |
| F-02 | 7 | duiker half dichtgeslibd | {{RN|C}} |
| F-03 | 8 | ingezakte oever | {{RN|C}} |
| F-04 | 7 | herschouw, deel geschoond | {{KM|C}} |
Opgesteld: {{R. Nijenhuis|P}}, [[schouwmeester|F]]. Gezien: {{A. Kloosterboer|P}}, [[teamleider Beheer en Onderhoud|F]].
"""))

A(Doc("w08_vooraankondiging_dwangsom", "Vooraankondiging last onder dwangsom", font="DejaVuSans", producer="Nitro Pro 13 (13.70.2.40)", creator="Nitro Pro",
      body=f"""
# {WBB}
Aangetekend en per gewone post
De heer {{H.J.M. Wiegerinck|P}}
{{Barchemseweg 88|A}}
{{7244 RN|A}} Barchem
Lochem, 9 december 2024
Kenmerk: [[HH-2024-191|R]]
Onderwerp: voornemen tot oplegging last onder dwangsom
Geachte heer {{Wiegerinck|P}},
Tijdens de najaarsschouw op 18 november 2024 en de herschouw op 2 december 2024 hebben onze toezichthouders vastgesteld dat de B-watergang [[OWL-1402|R]] op uw perceel niet voldoet aan de onderhoudsverplichting van artikel 3.12 van de [[Waterschapsverordening WBB 2024|W]]. De watergang is over een lengte van ongeveer 180 meter begroeid met riet en bevat een sliblaag.
Wij zijn van plan u een last onder dwangsom op te leggen op grond van artikel 5:32 van de [[Algemene wet bestuursrecht|W]] en artikel 18.6 van de [[Omgevingswet|W]]. U moet dan binnen vier weken de watergang over de volle lengte schonen. Doet u dat niet, dan verbeurt u een dwangsom van EUR 250 per dag met een maximum van EUR 5.000.
U kunt binnen twee weken na dagtekening uw zienswijze geven, schriftelijk of mondeling. Voor een afspraak kunt u contact opnemen met de behandelend toezichthouder, de heer {{K. Mulder|P}}, telefoon {{06-18 44 72 05|T}}, of via [[handhaving@wsbb.nl|M]].
Wij wijzen u erop dat het onderhoud van de watergang ook door een loonwerker kan worden uitgevoerd. Het waterschap kan u een lijst van erkende aannemers sturen.
Met vriendelijke groet,
namens het dagelijks bestuur van {WBB},
{{drs. A.J. Kloosterboer|P}}
[[afdelingshoofd Vergunningverlening en Handhaving|F]]
Kopie: [[LTO Noord|O]], afdeling Achterhoek (op verzoek van de heer {{Wiegerinck|P}})
"""))

A(Doc("w09_notulen_db", "Besluitenlijst dagelijks bestuur 21 januari 2025", kind="docx", producer="LibreOffice 7.6",
      body=f"""
# Besluitenlijst vergadering dagelijks bestuur {WBB}
Datum: 21 januari 2025, 09.30 - 12.15 uur, [[Waterschapshuis|N]], [[Kanaalweg 12|S]], [[Lochem|L]]
| Aanwezig | Rol |
| [[dijkgraaf Van Oostveen|X]] | voorzitter |
| [[heemraad Te Lintelo|X]] | portefeuille watersysteem |
| [[heemraad Wessels|X]] | portefeuille financiën |
| [[heemraad Özkan|X]] | portefeuille handhaving |
| [[secretaris-directeur|F]] | secretaris |
| {{Fleur ten Brinke|P}} | notulist, [[bestuursadviseur|F]] |
| {{Arjan Kloosterboer|P}} | toelichting agendapunt 4 |
Afwezig met bericht: geen.
# 1. Opening en mededelingen
De [[dijkgraaf Van Oostveen|X]] opent de vergadering. Mededeling: de [[Unie van Waterschappen|O]] organiseert op 12 februari een bijeenkomst over de [[Kaderrichtlijn Water|W]].
# 2. Besluitenlijst 7 januari 2025
Vastgesteld zonder wijzigingen.
# 3. Gemaal Hendrik Stroink: storingen en renovatie
[[heemraad Te Lintelo|X]] licht de storingen toe: in 2024 viel pomp 2 elf keer uit. Het DB besluit het renovatiekrediet van EUR 1,4 miljoen voor [[Gemaal Hendrik Stroink|N]] naar voren te halen en aan het algemeen bestuur voor te leggen.
# 4. Handhaving onderhoudsplicht B-watergangen
De heer {{Kloosterboer|P}} licht de stand van zaken toe: drie eigenaren zijn na herschouw afgekeurd. Eén eigenaar, de heer {{Wiegerinck|P}} uit [[Barchem|L]], weigert mee te werken en heeft een veldmedewerker bedreigd. [[heemraad Özkan|X]] stelt voor eerst een keukentafelgesprek te voeren. Het DB besluit: keukentafelgesprek door [[heemraad Özkan|X]] en de toezichthouder; daarna zo nodig last onder dwangsom.
---
# 5. Rondvraag
[[heemraad Wessels|X]] vraagt naar de facturen van de loonwerkers voor de noodbemaling van 3 januari. Deze worden nagezonden.
# Actielijst
| Nr | Actie | Wie | Wanneer |
| 25-03 | Voorstel krediet gemaal naar AB | {{FtB|C}} | 11 februari |
| 25-04 | Keukentafelgesprek {{Wiegerinck|P}} plannen | {{KM|C}} / [[heemraad Özkan|X]] | 31 januari |
| 25-05 | Facturen noodbemaling nazenden | {{AK|C}} | 28 januari |
| 25-06 | Incidentmelding agressie veldmedewerker | {{AK|C}} | direct |
Vastgesteld in de vergadering van 4 februari 2025.
"""))

A(Doc("w10_factuur_tijink", "Factuur Grondverzet Tijink 2025-007", producer="Aspose.PDF for Java 24.1", creator="Moneybird",
      body=f"""
# FACTUUR
Grondverzet & Slootonderhoud {{R. Tijink|P}}
{{Hoge Hexel 3|A}}, {{7241 SV|A}} Lochem
Tel. {{0573 45 18 70|T}} - {{06 1098 7766|T}} - {{info@grondverzettijink.nl|E}}
KvK {{70433218|K}} - btw-id {{NL001234567B88|K}}
IBAN {{NL91ABNA0417164300|I}} t.n.v. {{R.H.J. Tijink|P}}
Aan: {WBB}, t.a.v. crediteurenadministratie, [[Postbus 190|S]], [[7240 AD Lochem|L]]
Factuurnummer: [[2025-007|R]]   Factuurdatum: 10 januari 2025   Uw referentie: inkooporder [[IO-25-00031|R]]
| Omschrijving | Aantal | Prijs | Bedrag |
| Noodbemaling [[Gemaal Hendrik Stroink|N]], 3-4 januari, mobiele pomp 300 m3/u | 26 uur | 95,00 | 2.470,00 |
| Machinist ({{Rik|P}}) | 26 uur | 58,50 | 1.521,00 |
| Transport pomp v.v. | 1 | 285,00 | 285,00 |
| Subtotaal | | | 4.276,00 |
| Btw 21% | | | 897,96 |
| Totaal | | | [[5.173,96|A]] |
Betaling binnen 30 dagen onder vermelding van het factuurnummer.
Opdracht verstrekt door: {{J. Hofstede|P}} ([[gemaalbeheerder|F]]), telefonisch op 3 januari 2025.
"""))

A(Doc("w11_factuur_olthof", "Factuur Olthof slootwerk", font="DejaVuSans", producer="iText 2.1.7 by 1T3XT", creator="e-Boekhouden.nl", body=f"""
# Factuur
Hovenier- en Slootwerk {{Bennie Olthof|P}}
{{Vordenseweg 119|A}} · {{7231 PC|A}} Warnsveld
{{bennie@olthof-slootwerk.nl|E}} · {{0031 6 4120 5533|T}}
KvK: {{81122334|K}} · IBAN: {{NL02RABO0123456789|I}}
Factuur [[F-25-0112|R]] · datum 30 januari 2025
Opdrachtgever: {{H.J.M. Wiegerinck|P}}, {{Barchemseweg 88|A}}, {{7244 RN|A}} Barchem
Kopie op verzoek van de opdrachtgever verstrekt aan {WBB} (toezicht, zaak [[HH-2024-191|R]])
| Werkzaamheden | Eenheid | Bedrag |
| Schonen B-watergang [[OWL-1402|R]], 180 m, riet maaien en afvoeren | 180 m | 1.260,00 |
| Baggeren met kraan op rupsen, slib verspreiden op perceel | 14 uur | 1.134,00 |
| Duiker doorspuiten | 1 | 175,00 |
| Totaal excl. btw | | 2.569,00 |
| Btw 21% | | 539,49 |
| Totaal | | 3.108,49 |
Uitgevoerd op 27 en 28 januari 2025 door {{B. Olthof|P}} en {{Sem Olthof|P}}.
Met dank voor de opdracht!
"""))

A(Doc("w12_teams", "Teams-chat handhaving Wiegerinck", producer="Microsoft: Print To PDF", creator="Microsoft Teams", body=f"""
# Chat: Handhaving B-watergangen rayon Zuid
Deelnemers: {{Ellen Vrielink|P}}, {{Kees Mulder|P}}, {{Arjan Kloosterboer|P}}, {{Fleur ten Brinke|P}}
{{Kloosterboer, Arjan|P}} 10-12-2024 09:14
Vooraankondiging {{Wiegerinck|P}} is gisteren aangetekend verstuurd. Hij heeft [[LTO Noord|O]] ingeschakeld.
{{Vrielink, Ellen|P}} 10-12-2024 09:20
Let op dat we de knie-operatie niet in het dossier gaan gebruiken, dat zijn gezondheidsgegevens. Alleen als hij er zelf een beroep op doet in bezwaar.
{{Mulder, Kees|P}} 10-12-2024 09:31
Helder. Ik heb {{Rob|P}} gevraagd niet meer alleen het erf op te gaan. Incidentmelding staat in [[VIM-registratie|T]] onder [[VIM-2024-077|R]].
{{ten Brinke, Fleur|P}} 10-12-2024 10:02
Voor het DB van 21 januari: kan iemand mij een korte notitie sturen? De heemraad wil eerst een keukentafelgesprek, [[heemraad Özkan|X]] doet het zelf.
{{Kloosterboer, Arjan|P}} 10-12-2024 10:05
Doe ik. @{{Ellen|P}} kun jij checken of de watervergunning van {{Ter Horst|P}} (de duiker) iets met dit vak te maken heeft?
{{Vrielink, Ellen|P}} 10-12-2024 10:40
Nee, dat is vak 4, andere watergang ([[OWL-1398|R]]).
{{Mulder, Kees|P}} 10-12-2024 11:12
Ter info: zijn dochter {{Lisanne|P}} belde net, ze doet voortaan het contact namens hem. Nummer {{06 3977 1402|T}}.
"""))

A(Doc("w13_beslisnota", "Beslisnota handhavingsstrategie onderhoud watergangen", kind="docx", producer="LibreOffice 7.6", body=f"""
# Beslisnota dagelijks bestuur
Aan: het dagelijks bestuur
Van: afdeling [[Vergunningverlening en Handhaving|O]]
Contactpersoon: {{mr. E.M. (Ellen) Vrielink|P}}, {{0573 295 233|T}}
Datum: 28 januari 2025
Kenmerk: [[DB-2025-0112|R]]
Onderwerp: handhavingsstrategie onderhoudsplicht B- en C-watergangen en zaak [[HH-2024-191|R]]
# Aanleiding
Bij de najaarsschouw 2024 zijn in rayon Zuid drie eigenaren afgekeurd. Bij één eigenaar ([[Barchem|L]]) dreigt escalatie; een veldmedewerker is verbaal bedreigd. [[LTO Noord|O]] heeft gevraagd om een gesprek over de schouw in het algemeen.
# Geadviseerd besluit
Het dagelijks bestuur wordt gevraagd:
1. in te stemmen met de [[Landelijke Handhavingstrategie Omgevingsrecht|W]] als kader voor de schouw;
2. in de zaak [[HH-2024-191|R]] eerst een keukentafelgesprek te voeren en daarna de last onder dwangsom op te leggen;
3. [[LTO Noord|O]] uit te nodigen voor een overleg over de schouw 2025.
# Kern
Het waterschap moet handhaven als de onderhoudsplicht niet wordt nageleefd (beginselplicht tot handhaving, vaste jurisprudentie van de [[Afdeling bestuursrechtspraak van de Raad van State|O]]). Maatwerk is mogelijk bij bijzondere omstandigheden van de eigenaar.
---
# Krachtenveld
[[LTO Noord|O]] vindt dat het waterschap te streng schouwt en wijst op de storingen van [[Gemaal Hendrik Stroink|N]]. De gemeente [[Berkelland|L]] en [[Gemeente Lochem|O]] hebben geen standpunt. In de media is aandacht voor de zaak geweest ([[Tubantia|O]], 14 januari 2025).
# Paraaf
| Naam | Functie | Paraaf | Datum |
| {{E.M. Vrielink|P}} | [[senior jurist|F]] | {{EV|C}} | 28-01 |
| {{A.J. Kloosterboer|P}} | [[afdelingshoofd|F]] | {{AJK|C}} | 28-01 |
| {{Joanne Brouwer-Akkerman|P}} | [[concerncontroller|F]] | {{JBA|C}} | 29-01 |
# Informatie die niet openbaar gemaakt kan worden
Deze nota bevat gegevens over de gezondheid van een betrokkene; die zijn niet in de nota opgenomen.
"""))

A(Doc("w14_persbericht", "Persbericht renovatie gemaal", producer="Adobe PDF Library 23.1.175", creator="Adobe InDesign 19.0 (Windows)",
      author="Noortje Kampshoff", xmp_creator="Noortje Kampshoff", body=f"""
# PERSBERICHT
{WBB} renoveert [[Gemaal Hendrik Stroink|N]] eerder dan gepland
[[Lochem|L]], 12 februari 2025 - Het algemeen bestuur van {WBB} heeft gisteravond ingestemd met een krediet van 1,4 miljoen euro voor de renovatie van [[Gemaal Hendrik Stroink|N]] bij [[Almen|L]]. Het gemaal, in 1968 vernoemd naar de toenmalige dijkgraaf, pompt bij hoog water het overtollige water uit de [[Zuidelijke Leiding|N]] naar de [[Berkel|L]].
"We hebben het afgelopen jaar te veel storingen gehad," zegt [[dijkgraaf Van Oostveen|X]]. "Boeren en bewoners langs de [[Baakse Beek|L]] moeten erop kunnen rekenen dat het water weg kan."
De pompen en de besturing worden vervangen. De werkzaamheden beginnen na het zomerseizoen. Tijdens de renovatie staat een noodpomp klaar.
Ook over het onderhoud van sloten wil het waterschap in gesprek. [[heemraad Özkan|X]]: "Goed slootonderhoud is een gedeelde verantwoordelijkheid. We gaan met [[LTO Noord|O]] praten over hoe we de schouw beter kunnen organiseren."
Noot voor de redactie, niet voor publicatie:
Meer informatie via de persdienst van {WBB}, [[pers@wsbb.nl|M]] of [[(0573) 29 50 00|G]].
"""))

A(Doc("w15_storingsrapport", "Storingsrapport gemaal januari 2025", font="DejaVuSans", producer="PDFlib+PDI 9.2.0 (Win64)", creator="Maximo",
      outline=[("Storingsrapport gemaal Hendrik Stroink", 0, []),
               ("Opgesteld: Joost Hofstede / review Gert-Jan Brummelhuis", 0, [("PERSON", "Gert-Jan Brummelhuis"), ("PERSON", "Joost Hofstede")]),
               ("Bijlage: piketlijst (W. Stokkink)", 1, [("PERSON", "W. Stokkink")])],
      body=f"""
# Storingsrapport [[Gemaal Hendrik Stroink|N]] - [[ST-2025-004|R]]
Object: [[Gemaal Hendrik Stroink|N]], [[Almenseweg|S]] ong., [[Almen|L]]. Capaciteit 2 x 45 m3/min. Bouwjaar 1968, laatste renovatie 1994.
Datum storing: 3 januari 2025, 06:52 uur (alarm [[SCADA|T]]). Melding aan piketdienst: 06:55 uur.
Piketmedewerker: {{J. Hofstede|P}} ([[gemaalbeheerder|F]]), ter plaatse 07:40 uur.
# Verloop
Pomp 1 viel uit door een defecte frequentieregelaar (type [[ABB ACS880|T]]). Pomp 2 draaide op vol vermogen maar kon de aanvoer niet bijhouden; het peil in de [[Zuidelijke Leiding|N]] steeg tot NAP +9,12 m (streefpeil +8,70 m). Om 09:40 uur is een noodpomp aangevraagd bij [[Gebr. Eskes B.V.|O]]; deze was niet beschikbaar. Daarna is Grondverzet {{Tijink|P}} ingeschakeld, die om 11:05 uur een mobiele pomp plaatste.
Gevolgen: wateroverlast op percelen langs de [[Zuidelijke Leiding|N]] (circa 14 ha grasland), waaronder percelen van de heer {{Haverkamp|P}} en de {{Maatschap Ter Horst-Oonk|P}}. Geen schade aan woningen gemeld.
# Oorzaak
De frequentieregelaar was aan het eind van de levensduur. Vervanging was voorzien in het renovatieplan, dat door budgetkrapte was uitgesteld.
# Maatregelen
1. Nieuwe frequentieregelaar geplaatst op 9 januari 2025 door [[Xylem Water Solutions Nederland B.V.|O]].
2. Renovatie naar voren gehaald (besluit DB 21 januari 2025).
3. Afspraak met twee loonwerkers over beschikbaarheid van noodpompen.
---
# Bijlage: piketlijst januari 2025
| Week | Piket | Telefoon |
| 1 | {{J. Hofstede|P}} | {{06-2255 8130|T}} |
| 2 | {{M. Sarıkaya|P}} | {{06-4481 2907|T}} |
| 3 | {{J. Hofstede|P}} | {{06-2255 8130|T}} |
| 4 | {{T. Groot Wassink|P}} | {{06-1733 6420|T}} |
Algemeen storingsnummer waterschap (24/7): [[0800-0223 400|G]]
"""))

A(Doc("w16_scan_brief_boer", "Scan brief Rouwenhorst", kind="scan", producer="KONICA MINOLTA bizhub C300i", creator="bizhub C300i",
      body="""
# Aan het waterschap, afdeling handhaving
Ruurlo, 20 november 2024
Geachte heer {Mulder|P},
Naar aanleiding van de schouw van 18 november laat ik u
weten dat de oever langs mijn land aan de {Ruurloseweg 203|A}
is ingezakt door muskusratten en niet door slecht onderhoud.
Ik herstel de oever deze week zelf met mijn zoon {Daan|P}.
Ik vind het niet terecht dat ik ben afgekeurd. Mijn buurman
{Teun Heijink|P} kan verklaren dat de sloot in oktober
nog helemaal in orde was.
U kunt mij bellen op {0573 - 45 21 96|T}.
Met vriendelijke groet,
~{Bertus Rouwenhorst|P}
~B. Rouwenhorst
"""))

A(Doc("w17_scan_schouwformulier", "Scan schouwformulier vak 7", kind="scan", producer="Canon iR-ADV C5535 PDF", creator="Canon iR-ADV C5535",
      body="""
# SCHOUWFORMULIER najaarsschouw 2024
Waterschap Baakse Beek en Berkel
Vak: 7    Watergang: OWL-1402    Datum: 18-11-2024
Eigenaar: {Wiegerinck|P}, {Barchemseweg 88|A}, Barchem
Gebruiker: idem
Schouwmeester: {R. Nijenhuis|P}
Bevindingen:
~sloot over ca 180 m dicht met riet, slib 30-40 cm
~duiker halfvol, eigenaar agressief, zie incidentmelding
Uitslag: AFGEKEURD
Handtekening schouwmeester:
~{Nijenhuis|P}
Herschouw 02-12-2024, toezichthouder: {K. Mulder|P}
~half geschoond - blijft afgekeurd
"""))

A(Doc("w18_scan_presentielijst", "Scan presentielijst keukentafelgesprek", kind="scan", producer="RICOH IM C3000", creator="RICOH IM C3000",
      body="""
# Presentielijst keukentafelgesprek
Datum: 30 januari 2025, locatie: Barchem
Onderwerp: onderhoud watergang vak 7
Naam                         Organisatie
~{Henk Wiegerinck|P}       eigenaar
~{Lisanne Wiegerinck|P}    dochter
~{Marloes Eijkelkamp|P}    LTO Noord
~heemraad Ozkan           waterschap
~{Kees Mulder|P}           waterschap
Afspraken:
1. Watergang wordt uiterlijk 31 januari geschoond.
2. Contact loopt via {Lisanne|P}: {06 3977 1402|T}
3. Waterschap komt 3 februari controleren.
"""))

A(Doc("w19_meldingsformulier", "Meldingsformulier werkzaamheden watergang", kind="form", producer="Adobe Acrobat Pro 2020", creator="Adobe Acrobat Pro 2020",
      form=[("Naam melder", "naam", "Jan Willem van 't Slot", "PERSON"),
            ("Adres", "adres", "Kruisdijk 6, 7245 TB Laren", "ADDRESS"),
            ("Telefoon", "tel", "06-3310 2287", "PHONE"),
            ("E-mail", "mail", "jw.vantslot@ziggo.nl", "EMAIL"),
            ("Geboortedatum", "gebdat", "17-04-1971", "DATE_OF_BIRTH"),
            ("Uitvoerder", "uitv", "Jeroen Dijkhuis", "PERSON"),
            ("Watergang", "wg", "OWL-1405", None),
            ("Werkzaamheden", "werk", "maaisel verwijderen, oever herstellen", None)],
      body=f"""
# Melding werkzaamheden in of bij een watergang
{WBB} - [[Waterschapsverordening WBB 2024|W]], artikel 4.3 (meldplicht)
Stuur dit formulier ten minste twee werkdagen voor de start naar [[vergunningen@wsbb.nl|M]].
Vragen? Bel [[(0573) 29 50 00|G]] (werkdagen 8.30-16.30 uur).
Zaaknummer: [[Z2024-09120|R]]
Ontvangen: 25 november 2024, behandeld door team [[Vergunningverlening en Handhaving|O]]
"""))

A(Doc("w20_concept_brief_lto", "Concept antwoordbrief LTO Noord", producer="PDFpen 13.1", creator="Pages",
      notes=[(0, "Fleur ten Brinke", "Dijkgraaf wil zin over gemaal zachter; graag afstemmen met Arjan (06-29 87 11 40)",
              [("PERSON", "Fleur ten Brinke"), ("PERSON", "Arjan"), ("PHONE", "06-29 87 11 40")]),
             (0, "E. Vrielink", "Naam van de boer hier weglaten, dossier is nog in bezwaar",
              [("PERSON", "E. Vrielink")])],
      body=f"""
# CONCEPT - niet verzenden
Aan: [[LTO Noord|O]], afdeling Achterhoek en Liemers
t.a.v. mevrouw {{M. Eijkelkamp|P}}, [[regiobestuurder|F]]
[[Lochem|L]], februari 2025
Kenmerk: [[WBB-U-2025-0219|R]]
Onderwerp: uw brief over de schouw 2024
Geachte mevrouw {{Eijkelkamp|P}},
Dank voor uw brief van 16 januari 2025, waarin u namens uw leden uw zorgen uit over de najaarsschouw 2024 in rayon Zuid. U vraagt het waterschap om meer maatwerk en om een betere communicatie vooraf.
Wij herkennen dat de schouw voor agrariërs soms slecht uitkomt, zeker in een nat najaar. Tegelijk is goed onderhoud van de B-watergangen nodig voor de afvoer van het hele gebied, ook naar [[Gemaal Hendrik Stroink|N]].
Wij stellen voor op 6 maart 2025 een overleg te houden met [[heemraad Özkan|X]] en de afdeling [[Beheer en Onderhoud|O]]. Over individuele zaken kunnen wij in dit overleg niet spreken.
Met vriendelijke groet,
het dagelijks bestuur van {WBB},
Behandeld door: {{F. ten Brinke|P}}, {{0573 295 241|T}}
de secretaris-directeur, de dijkgraaf,
[[drs. H.P. van Oostveen|X]]
"""))

A(Doc("w21_brief_lto", "Brief LTO Noord over schouw", kind="docx", producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
      body=f"""
[[LTO Noord|O]] - afdeling Achterhoek en Liemers
Aan het dagelijks bestuur van {WBB}
[[Postbus 190|S]], [[7240 AD Lochem|L]]
[[Zutphen|L]], 16 januari 2025
Onderwerp: najaarsschouw 2024 en storingen gemaal
Geacht bestuur,
Verschillende leden in [[Barchem|L]], [[Almen|L]] en [[Laren|L]] hebben zich bij ons gemeld over de najaarsschouw 2024. Zij hebben de indruk dat er dit jaar strenger is geschouwd dan voorgaande jaren, terwijl het waterschap zelf de afvoer via [[Gemaal Hendrik Stroink|N]] niet op orde had.
Eén lid, de heer {{Wiegerinck|P}} uit [[Barchem|L]], heeft een vooraankondiging van een last onder dwangsom ontvangen. Hij heeft ons gemachtigd om namens hem met u te spreken. Wij vragen u de handhaving op te schorten totdat er een gesprek heeft plaatsgevonden.
Verder vragen wij:
1. de schouwdata ten minste vier weken vooraf bekend te maken;
2. bij afkeuring foto's mee te sturen;
3. de eigenaren te informeren over de planning van de renovatie van het gemaal.
Wij zien uit naar uw reactie.
Met vriendelijke groet,
{{Marloes Eijkelkamp|P}}
[[regiobestuurder|F]] [[LTO Noord|O]] Achterhoek en Liemers
{{m.eijkelkamp@ltonoord.nl|E}} | {{06-5212 7788|T}}
[[www.ltonoord.nl|T]]
Kopie: de heer {{H.J.M. Wiegerinck|P}}, {{Barchemseweg 88|A}}, Barchem
"""))

A(Doc("w22_bereikbaarheidslijst", "Bereikbaarheidslijst buitendienst rayon Zuid", font="DejaVuSans", producer="Microsoft® Excel® 2016", creator="Microsoft® Excel® 2016",
      body=f"""
# Bereikbaarheidslijst buitendienst rayon Zuid - versie januari 2025
Intern - niet verspreiden. Storingen buiten kantoortijd: [[0800-0223 400|G]]
| Naam | Functie | Pers.nr | Mobiel | Vast | E-mail |
| {{Rob Nijenhuis|P}} | [[veldmedewerker|F]] / schouwmeester | {{40817|N}} | {{06 51 90 33 84|T}} | tst. {{5281|T}} | {{r.nijenhuis@wsbb.nl|E}} |
| {{Gert-Jan Brummelhuis|P}} | [[monteur gemalen|F]] | {{40992|N}} | {{06-14 70 62 18|T}} | tst. {{5284|T}} | {{g.brummelhuis@wsbb.nl|E}} |
| {{Joost Hofstede|P}} | [[gemaalbeheerder|F]] | {{38120|N}} | {{06-2255 8130|T}} | tst. {{5290|T}} | {{j.hofstede@wsbb.nl|E}} |
| {{Mirjam Lammers-Voskuil|P}} | [[coördinator buitendienst|F]] | {{35504|N}} | {{06 4408 1123|T}} | tst. {{5270|T}} | {{m.lammers@wsbb.nl|E}} |
| {{Mehmet Sarıkaya|P}} | [[monteur gemalen|F]] | {{41230|N}} | {{06-4481 2907|T}} | tst. {{5286|T}} | {{m.sarikaya@wsbb.nl|E}} |
| {{Tessa Groot Wassink|P}} | [[veldmedewerker|F]] | {{41377|N}} | {{06-1733 6420|T}} | tst. {{5282|T}} | {{t.grootwassink@wsbb.nl|E}} |
| {{Kees Mulder|P}} | [[toezichthouder|F]] / BOA | {{31166|N}} | {{06-18 44 72 05|T}} | tst. {{5240|T}} | {{k.mulder@wsbb.nl|E}} |
Functionele postbussen: [[buitendienst@wsbb.nl|M]], [[handhaving@wsbb.nl|M]], [[gemalen@wsbb.nl|M]].
Sleutels [[Gemaal Hendrik Stroink|N]]: sleutelkast [[Waterschapshuis|N]], code bij de coördinator.
"""))

A(Doc("w23_mail_advocaat", "Mailwisseling advocaat Wiegerinck", font="DejaVuSerif", producer="Microsoft Outlook for Microsoft 365", creator="Microsoft Outlook",
      body=f"""
Van: {{mr. Jürgen Möllenbeck|P}} <{{j.möllenbeck@agrarisch-recht.nl|E}}>
Verzonden: maandag 17 februari 2025 16:22
Aan: [[juridischezaken@wsbb.nl|M]]
CC: {{Henk Wiegerinck|P}} <{{henk.wiegerinck@hetnet.nl|E}}>; {{Lisanne Wiegerinck|P}} <{{lisanne.w@gmail.com|E}}>
Onderwerp: zaak [[HH-2025-044|R]] - verzoek om stukken en hoorzitting
Geachte heer, mevrouw,
Ik sta de heer {{H.J.M. Wiegerinck|P}} bij in de bezwaarprocedure tegen uw besluit van 14 april 2025. Ik verzoek u mij het volledige dossier toe te zenden, met inbegrip van de foto's van de schouw en de incidentmelding waarnaar in het besluit wordt verwezen.
Cliënt heeft de watergang op 27 en 28 januari laten schonen door een erkend loonwerker. De dwangsom is daarom ten onrechte opgelegd.
Met vriendelijke groet,
{{mr. J. Möllenbeck|P}}
{{Möllenbeck Agrarisch Recht|P}} | [[Deventer|L]] | {{0570 - 61 44 09|T}}
Van: [[juridischezaken@wsbb.nl|M]]
Verzonden: dinsdag 18 februari 2025 10:03
Aan: {{j.möllenbeck@agrarisch-recht.nl|E}}
Onderwerp: RE: zaak [[HH-2025-044|R]]
Geachte heer {{Möllenbeck|P}},
Wij hebben uw verzoek ontvangen. Het bezwaar wordt behandeld door de externe [[bezwaarschriftencommissie|O]]. De secretaris van de commissie, mevrouw {{Ş. Demirci|P}}, neemt contact met u op over de datum van de hoorzitting. U ontvangt de stukken uiterlijk een week voor de zitting.
Met vriendelijke groet,
{{Sevda Demirci|P}}
[[secretaris bezwaarschriftencommissie|F]] | {WBB}
{{s.demirci@wsbb.nl|E}} | {{0573 295 219|T}}
"""))

A(Doc("w24_hoorzitting", "Verslag hoorzitting bezwaar Wiegerinck", kind="docx", producer="LibreOffice 7.6", body=f"""
# Verslag hoorzitting [[bezwaarschriftencommissie|O]] {WBB}
Zaak: [[HH-2025-044|R]] - bezwaar van {{H.J.M. Wiegerinck|P}} tegen de last onder dwangsom van 14 april 2025
Datum: 3 juni 2025, [[Waterschapshuis|N]], [[Lochem|L]]
| Aanwezig | Hoedanigheid |
| {{mr. drs. C.W. Bartelink-de Roo|P}} | voorzitter commissie (extern) |
| {{ir. G. Hulshof|P}} | lid commissie (extern) |
| {{J.P.M. van der Veen|P}} | lid commissie (extern) |
| {{Ş. Demirci|P}} | secretaris |
| {{H.J.M. Wiegerinck|P}} | bezwaarmaker |
| {{mr. J. Möllenbeck|P}} | gemachtigde bezwaarmaker |
| {{E.M. Vrielink|P}} | namens het dagelijks bestuur |
| {{K. Mulder|P}} | namens het dagelijks bestuur |
# Toelichting bezwaarmaker
De heer {{Möllenbeck|P}} voert aan dat de watergang eind januari volledig is geschoond door [[Hovenier- en Slootwerk|T]] {{Olthof|P}}. De last was op 14 april dus niet meer nodig. Bezwaarmaker stelt verder dat de schouwmeester zonder aankondiging het erf op is gekomen.
De heer {{Wiegerinck|P}} licht toe dat hij de sloot al dertig jaar zelf onderhoudt en dat het probleem pas is ontstaan sinds de storingen van [[Gemaal Hendrik Stroink|N]].
# Toelichting verweerder
Mevrouw {{Vrielink|P}} erkent dat de watergang eind januari is geschoond. Bij de controle op 3 februari bleek echter dat het slib op de insteek was gelegd en bij regen terugspoelde. Daarom is op 14 april alsnog een last opgelegd.
De heer {{Mulder|P}} licht toe dat de schouw vooraf in de [[Staatscourant|O]] en op de website is aangekondigd (artikel 3.14 [[Waterschapsverordening WBB 2024|W]]).
---
# Vragen van de commissie
De voorzitter vraagt of er na 14 april opnieuw is gecontroleerd. Mevrouw {{Vrielink|P}}: op 12 mei, toen was het slib verwijderd. Er is geen dwangsom verbeurd.
De heer {{Hulshof|P}} vraagt naar de relatie met het gemaal. De heer {{Mulder|P}}: het gemaal bepaalt het peil, niet het slib in de B-watergang.
# Afsluiting
De commissie brengt binnen zes weken advies uit aan het dagelijks bestuur.
"""))

A(Doc("w25_vragen_ab", "Vragen AB-lid en antwoord DB", producer="Microsoft® Word 2019", creator="Microsoft® Word 2019", body=f"""
# Schriftelijke vragen ex artikel 52 Reglement van orde algemeen bestuur
Vragensteller: [[AB-lid Hesselink-Ter Beek|X]] (fractie [[Ongebouwd|O]])
Datum: 20 januari 2025
Onderwerp: storingen [[Gemaal Hendrik Stroink|N]] en handhaving schouw
1. Hoe vaak is [[Gemaal Hendrik Stroink|N]] in 2024 in storing geweest?
2. Klopt het dat agrariërs een dwangsom krijgen terwijl het waterschap het gemaal niet op orde heeft?
3. Is het dagelijks bestuur bereid met [[LTO Noord|O]] in gesprek te gaan?
# Antwoord van het dagelijks bestuur (4 februari 2025)
1. Het gemaal was in 2024 elf keer in storing. In de meeste gevallen ging het om de frequentieregelaar van pomp 2. Het DB heeft besloten de renovatie naar voren te halen.
2. De onderhoudsplicht van eigenaren van B-watergangen staat los van het functioneren van het gemaal. Een goed onderhouden watergang is juist nodig om het water naar het gemaal te laten stromen. Het DB doet geen uitspraken over individuele zaken.
3. Ja. [[heemraad Özkan|X]] heeft [[LTO Noord|O]] uitgenodigd voor een overleg op 6 maart 2025.
Namens het dagelijks bestuur,
[[dijkgraaf Van Oostveen|X]]
Inlichtingen: {{Fleur ten Brinke|P}}, [[bestuursadviseur|F]], {{f.tenbrinke@wsbb.nl|E}}, {{(0573) 29 52 40|T}}
Kopie: {{Arjan Kloosterboer|P}}, {{a.kloosterboer@wsbb.nl|E}}
"""))

A(Doc("w26_bouwvergadering", "Verslag bouwvergadering 3 renovatie gemaal", font="DejaVuSans", producer="Bluebeam PDF Library 20", creator="Bluebeam Revu x64",
      body=f"""
# Verslag bouwvergadering nr. 3 - renovatie [[Gemaal Hendrik Stroink|N]]
Project: [[P-2025-GHS|R]] · Contract: [[UAV-GC 2005|W]] · Datum: 7 oktober 2025 · Locatie: bouwkeet [[Almenseweg|S]]
| Aanwezig | Organisatie | Code |
| {{Joost Hofstede|P}} | {WBB}, [[gemaalbeheerder|F]] | {{JHo|C}} |
| {{Wiebe Stokkink|P}} | {WBB}, [[projectleider|F]] | {{WSt|C}} |
| {{Daniël Kroeze|P}} | [[Van Dijk Pompen B.V.|O]], uitvoerder | {{DKr|C}} |
| {{Sanne Olde Monnikhof|P}} | [[Witteveen+Bos|O]], directievoerder | {{SOM|C}} |
# Voortgang
Pomp 1 is gedemonteerd en afgevoerd naar de werkplaats in [[Hengelo|L]]. De noodpomp draait sinds 29 september. De nieuwe schakelkast wordt in week 44 geleverd.
# Omgeving
Een aanwonende, de heer {{Haverkamp|P}}, heeft geklaagd over geluid van de noodpomp 's nachts. {{SOM|C}} zoekt uit of een geluidsscherm mogelijk is. De [[Gemeente Lochem|O]] is geïnformeerd.
Landbouwer {{Ter Horst|P}} vraagt of de onderhoudsstrook tijdelijk gebruikt mag worden als opslag. Antwoord: nee, de strook moet vrij blijven (zie [[WV-2025-0187|R]]).
# Actiepunten
| Nr | Actie | Wie | Datum |
| 3.1 | Geluidsmeting noodpomp | {{SOM|C}} | 14-10 |
| 3.2 | Meerwerk kabeltracé prijzen | {{DKr|C}} | 21-10 |
| 3.3 | Omwonenden brief sturen | {{WSt|C}} | 10-10 |
| 3.4 | Schakelmoment met [[TenneT|O]]/[[Liander|O]] plannen | {{JHo|C}} | 28-10 |
Volgende vergadering: 4 november 2025.
"""))

A(Doc("w27_juridisch_memo", "Memo juridisch onderhoudsplicht en gemaal", kind="docx", producer="LibreOffice 7.6", author="Anouk Gerritsen",
      xmp_creator="Anouk Gerritsen", body=f"""
# Memo
Aan: afdeling [[Vergunningverlening en Handhaving|O]]
Van: team [[Juridische Zaken|O]]
Datum: 24 februari 2025
Onderwerp: verhouding onderhoudsplicht eigenaar en zorgplicht waterschap (gemaal)
# Vraag
Kan een eigenaar van een B-watergang zich in een handhavingsprocedure beroepen op het slecht functioneren van een gemaal van het waterschap?
# Antwoord in het kort
Nee, in beginsel niet. De onderhoudsplicht uit de [[legger|T]] en de [[Waterschapsverordening WBB 2024|W]] rust op de eigenaar, ongeacht de peilsituatie. Wel kan het functioneren van het gemaal een rol spelen bij de vraag of een dwangsom evenredig is ([[artikel 3:4 Awb|W]]).
# Toelichting
De [[Afdeling bestuursrechtspraak van de Raad van State|O]] heeft in vaste rechtspraak bepaald dat een bestuursorgaan in beginsel moet handhaven. Bijzondere omstandigheden, zoals gezondheidsproblemen van de eigenaar, kunnen meewegen bij de begunstigingstermijn. In de zaak [[HH-2025-044|R]] is de eigenaar {{Wiegerinck|P}} tijdelijk beperkt geweest; in het advies aan de commissie noemen wij alleen dat er medische omstandigheden waren, niet welke.
Aansprakelijkheid voor wateroverlast door de storing van 3 januari 2025 is een afzonderlijke vraag ([[artikel 6:174 BW|W]] is niet van toepassing op een gemaal als geheel; zie verder [[artikel 6:162 BW|W]]). Twee eigenaren, onder wie de heer {{Haverkamp|P}}, hebben een schadeclaim aangekondigd.
"""))

A(Doc("w28_brief_dijkgraaf", "Brief dijkgraaf aan bewoners Zuidelijke Leiding", producer="Microsoft® Word 2016", creator="Microsoft® Word 2016", body=f"""
# {WBB}
Aan de bewoners en grondgebruikers langs de [[Zuidelijke Leiding|N]]
[[Lochem|L]], 10 oktober 2025
Kenmerk: [[WBB-U-2025-1188|R]]
Onderwerp: renovatie [[Gemaal Hendrik Stroink|N]] en noodpomp
Beste bewoner,
Sinds 29 september werken wij aan de renovatie van [[Gemaal Hendrik Stroink|N]]. Zolang de werkzaamheden duren, zorgt een noodpomp voor de afvoer. Wij begrijpen dat de noodpomp 's nachts hoorbaar is. Wij laten het geluid meten en plaatsen zo nodig een scherm.
Het werk wordt uitgevoerd door [[Van Dijk Pompen B.V.|O]] onder toezicht van [[Witteveen+Bos|O]]. De renovatie is naar verwachting in maart 2026 klaar.
Heeft u vragen of klachten, neem dan contact op met onze omgevingsmanager, {{Wiebe Stokkink|P}}, via {{w.stokkink@wsbb.nl|E}} of {{06 - 23 45 67 01|T}}. Buiten kantoortijd kunt u storingen melden via [[0800-0223 400|G]].
Behandeld door: {{W.J. Stokkink|P}}, kamer 2.14, tel. {{0573 295 260|T}}
Met vriendelijke groet,
[[dijkgraaf Van Oostveen|X]]
"""))

A(Doc("w29_mail_gezondheid", "Mail dochter Wiegerinck uitstel", font="DejaVuSans", producer="Microsoft Outlook for Microsoft 365", creator="Microsoft Outlook",
      body=f"""
Van: {{Lisanne Wiegerinck|P}} <{{lisanne.w@gmail.com|E}}>
Verzonden: woensdag 11 december 2024 21:37
Aan: {{Mulder, Kees|P}} <{{k.mulder@wsbb.nl|E}}>
Onderwerp: uitstel sloot vak 7 - mijn vader
Beste meneer {{Mulder|P}},
Ik schrijf u namens mijn vader, {{Henk Wiegerinck|P}} ({{geb. 02-08-1956|D}}). Hij is op 4 november geopereerd aan {{zijn rechterknie|H}} en mag tot half januari {{geen zware machines bedienen|H}}. Hij heeft ook {{last van zijn hart|H}}, en de spanning rond de schouw is niet goed voor hem. Daarom was hij op 18 november zo boos, daar wil ik namens hem excuses voor maken.
Mijn broer {{Thijs|P}} kan de sloot pas na de kerst doen. Kunt u de termijn verlengen tot eind januari?
U kunt mij altijd bellen op {{06 3977 1402|T}}. Mijn vader wil liever niet meer zelf gebeld worden.
Met vriendelijke groet,
{{Lisanne Wiegerinck|P}}
{{Hoge Veld 7|A}}, {{7211 BK|A}} Eefde
Van: {{Mulder, Kees|P}}
Verzonden: donderdag 12 december 2024 08:15
Aan: {{Lisanne Wiegerinck|P}}
CC: {{Vrielink, Ellen|P}}
Onderwerp: RE: uitstel sloot vak 7 - mijn vader
Beste mevrouw {{Wiegerinck|P}},
Dank voor uw bericht. Ik bespreek uw verzoek met onze jurist en laat u voor de kerst weten of de termijn kan worden verlengd. Ik zal de medische informatie alleen voor deze beslissing gebruiken.
Met vriendelijke groet,
{{K. Mulder|P}}, [[toezichthouder|F]] {WBB}
"""))

A(Doc("w30_woo_besluit", "Besluit op Woo-verzoek WBB-WOO-2026-003", kind="docx", producer="LibreOffice 7.6", body=f"""
# Besluit op uw Woo-verzoek
{WBB} - [[Kanaalweg 12|S]], [[Lochem|L]] - [[woo@wsbb.nl|M]]
De heer {{S. Haverkamp|P}}
{{Molenkampsweg 14|A}}
{{7241 PK|A}} Lochem
Datum: 17 februari 2026
Kenmerk: [[WBB-WOO-2026-003|R]]
Geachte heer {{Haverkamp|P}},
Op 6 januari 2026 heeft u een verzoek ingediend op grond van de [[Wet open overheid|W]] over de schouw 2025, de handhaving langs de [[Baakse Beek|L]] en de storingen van [[Gemaal Hendrik Stroink|N]]. Op 2 februari 2026 hebben wij de beslistermijn met twee weken verdaagd.
# Besluit
Wij besluiten de documenten genoemd in de bijgevoegde inventarislijst deels openbaar te maken. 31 documenten worden deels openbaar gemaakt, 2 documenten geheel.
# Zienswijzen
Wij hebben vier derden in de gelegenheid gesteld een zienswijze te geven. Twee landbouwers hebben bezwaar gemaakt tegen openbaarmaking van hun naam en adres. Dat bezwaar volgen wij: de gegevens worden weggelakt.
# Overwegingen
Persoonsgegevens (artikel 5.1, tweede lid, onder e [[Woo|W]]). Namen, adressen, telefoonnummers, e-mailadressen en handtekeningen van medewerkers van het waterschap die niet in de openbaarheid treden, van landbouwers, van medewerkers van aannemers en van andere derden maken wij niet openbaar. De namen van de dijkgraaf en de heemraden, die in hun bestuurlijke functie optreden, maken wij wel openbaar.
---
Gezondheidsgegevens (artikel 5.1, eerste lid, onder d [[Woo|W]]). In enkele documenten staan gegevens over de gezondheid van een betrokkene. Die maken wij niet openbaar.
Bedrijfsgegevens. De bedragen op de facturen van aannemers zijn niet vertrouwelijk; de bankrekeningnummers en KvK-nummers van eenmanszaken zijn persoonsgegevens en worden weggelakt.
# Rechtsbescherming
Tegen dit besluit kunt u binnen zes weken bezwaar maken bij het dagelijks bestuur van {WBB}, [[Postbus 190|S]], [[7240 AD Lochem|L]].
Hoogachtend,
het dagelijks bestuur van {WBB},
namens dezen,
{{mr. P.R. Ramdin|P}}
[[Woo-coördinator|F]]
Bijlagen: inventarislijst; documenten.
Contact: {{Priya Ramdin|P}}, {{p.ramdin@wsbb.nl|E}}, {{0573 - 29 52 17|T}}
"""))

A(Doc("w31_inventarislijst", "Inventarislijst WBB-WOO-2026-003", producer="Microsoft® Excel® für Microsoft 365", creator="Microsoft® Excel® für Microsoft 365",
      body=f"""
# Inventarislijst bij besluit [[WBB-WOO-2026-003|R]]
| Nr | Document | Datum | Beoordeling | Grond | Opmerking |
| 1 | Woo-verzoek | 06-01-2026 | deels openbaar | 5.1.2e | gegevens verzoeker |
| 2 | Ontvangstbevestiging | 09-01-2026 | deels openbaar | 5.1.2e | |
| 3 | Watervergunning [[WV-2025-0187|R]] | 14-03-2025 | deels openbaar | 5.1.2e | naam vergunninghouder |
| 4 | Bezwaarschrift | 22-04-2025 | deels openbaar | 5.1.2e, 5.1.1d | gezondheid |
| 5 | E-mail schouw | 19-11-2024 | deels openbaar | 5.1.2e | |
| 6 | WhatsApp Ploeg Zuid | 18-11-2024 | deels openbaar | 5.1.2e | |
| 7 | Schouwrapport rayon Zuid | 22-11-2024 | deels openbaar | 5.1.2e, 5.1.1d | |
| 8 | Vooraankondiging [[HH-2024-191|R]] | 09-12-2024 | deels openbaar | 5.1.2e | |
| 9 | Besluitenlijst DB | 21-01-2025 | deels openbaar | 5.1.2e | |
| 10 | Factuur noodbemaling | 10-01-2025 | deels openbaar | 5.1.2e | eenmanszaak |
| 11 | Factuur slootwerk | 30-01-2025 | deels openbaar | 5.1.2e | eenmanszaak |
| 12 | Teams-chat | 10-12-2024 | deels openbaar | 5.1.2e | |
| 13 | Beslisnota [[DB-2025-0112|R]] | 28-01-2025 | deels openbaar | 5.1.2e | |
| 14 | Persbericht | 12-02-2025 | openbaar | - | reeds openbaar |
| 15 | Storingsrapport [[ST-2025-004|R]] | 09-01-2025 | deels openbaar | 5.1.2e | |
| 16 | Brief grondeigenaar | 20-11-2024 | deels openbaar | 5.1.2e | scan |
| 17 | Schouwformulier vak 7 | 18-11-2024 | deels openbaar | 5.1.2e | scan |
| 18 | Presentielijst | 30-01-2025 | deels openbaar | 5.1.2e | scan |
| 19 | Meldingsformulier [[Z2024-09120|R]] | 25-11-2024 | deels openbaar | 5.1.2e | |
| 20 | Concept brief [[LTO Noord|O]] | 02-2025 | deels openbaar | 5.1.2e, 5.2.1 | |
| 21 | Brief [[LTO Noord|O]] | 16-01-2025 | deels openbaar | 5.1.2e | |
| 22 | Bereikbaarheidslijst | 01-2025 | deels openbaar | 5.1.2e | |
| 23 | E-mails gemachtigde | 17-02-2025 | deels openbaar | 5.1.2e | |
| 24 | Verslag hoorzitting | 03-06-2025 | deels openbaar | 5.1.2e | |
| 25 | Vragen AB en antwoord | 04-02-2025 | openbaar | - | reeds openbaar |
| 26 | Bouwvergadering 3 | 07-10-2025 | deels openbaar | 5.1.2e | |
| 27 | Juridisch memo | 24-02-2025 | deels openbaar | 5.1.2e, 5.2.1 | |
| 28 | Brief bewoners | 10-10-2025 | deels openbaar | 5.1.2e | |
| 29 | E-mail uitstel | 11-12-2024 | deels openbaar | 5.1.2e, 5.1.1d | gezondheid |
| 30 | Gespreksverslag | 30-01-2025 | deels openbaar | 5.1.2e | |
| 31 | Urenstaat buitendienst | 01-2025 | deels openbaar | 5.1.2e | |
Behandelaar: {{P. Ramdin|P}} ({{PRR|C}}), [[Juridische Zaken|O]]. Gezien: {{S. Demirci|P}} ({{SD|C}})
"""))

A(Doc("w32_gespreksverslag", "Gespreksverslag keukentafelgesprek", producer="Microsoft® Word 2016", creator="Microsoft® Word 2016", body=f"""
# Gespreksverslag keukentafelgesprek
Datum: 30 januari 2025, 14.00 - 15.30 uur
Plaats: bij de familie {{Wiegerinck|P}} thuis, [[Barchem|L]]
Aanwezig: [[heemraad Özkan|X]]; {{K. Mulder|P}} ([[toezichthouder|F]]); de heer {{H. Wiegerinck|P}}; mevrouw {{L. Wiegerinck|P}} (dochter); mevrouw {{M. Eijkelkamp|P}} ([[LTO Noord|O]])
Verslag: {{K. Mulder|P}}
# Gesprek
[[heemraad Özkan|X]] opent het gesprek en zegt dat het waterschap het vervelend vindt dat de verhoudingen zo zijn verslechterd. Het waterschap wil tot een oplossing komen zonder dwangsom.
De heer {{Wiegerinck|P}} vertelt dat hij zich als boer niet serieus genomen voelt: het waterschap controleert zijn sloot, maar het gemaal staat regelmatig stil. Hij biedt excuses aan voor zijn gedrag tegenover de veldmedewerker op 18 november.
Mevrouw {{Eijkelkamp|P}} vraagt of het waterschap bereid is een vaste contactpersoon aan te wijzen voor de agrariërs in rayon Zuid. [[heemraad Özkan|X]] zegt toe dit mee te nemen.
# Afspraken
1. De watergang is geschoond door Hovenier- en Slootwerk {{Olthof|P}} (27-28 januari); het waterschap controleert op 3 februari.
2. Contact loopt via de dochter, mevrouw {{L. Wiegerinck|P}}.
3. Als de controle goed is, wordt de zaak afgesloten zonder last onder dwangsom.
"""))

A(Doc("w33_urenstaat", "Urenstaat buitendienst januari 2025", font="DejaVuSans", producer="AFAS Profit PDF-export", creator="AFAS Profit",
      body=f"""
# Urenverantwoording buitendienst rayon Zuid - januari 2025
Kostenplaats [[KP-4120|R]] (schouw en handhaving) en [[KP-4310|R]] (gemalen)
| Medewerker | Pers.nr | Datum | Uren | Kostenplaats | Omschrijving |
| {{Nijenhuis, R.|P}} | {{40817|N}} | 02-01 | 7,5 | [[KP-4120|R]] | administratie schouw |
| {{Hofstede, J.|P}} | {{38120|N}} | 03-01 | 14,0 | [[KP-4310|R]] | storing gemaal, overuren |
| {{Brummelhuis, G.J.|P}} | {{40992|N}} | 03-01 | 11,0 | [[KP-4310|R]] | storing gemaal |
| {{Sarıkaya, M.|P}} | {{41230|N}} | 09-01 | 8,0 | [[KP-4310|R]] | plaatsing frequentieregelaar |
| {{Mulder, K.|P}} | {{31166|N}} | 30-01 | 4,0 | [[KP-4120|R]] | keukentafelgesprek [[Barchem|L]] |
| {{Groot Wassink, T.|P}} | {{41377|N}} | 31-01 | 6,0 | [[KP-4120|R]] | maaibestek 2025 |
Akkoord leidinggevende: {{M. Lammers-Voskuil|P}} (paraaf {{MLV|C}}), 3 februari 2025
Verlof en ziekte worden niet in deze staat geregistreerd; zie [[Youforce|T]].
"""))
