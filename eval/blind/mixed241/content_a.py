"""Set ZV, documents zv01-zv11: the request, neighbours' reports, register, inspections, platform data."""
from lib import Doc

DOCS = []

DOCS.append(Doc("zv01", title="Woo-verzoek handhaving vakantieverhuur", producer="Microsoft: Print To PDF",
                creator="Microsoft Word", body="""
# Verzoek op grond van de Wet open overheid
[[Marloes Verhagen-Bakx|PERSON]]
[[Duinweg 7a|ADDRESS]]
[[2041 HV|POSTCODE]] {{Zandvoort|PLACE}}
[[m.verhagenbakx@ziggo.nl|EMAIL]] | tel. [[06-28374619|PHONE]]
Aan: het college van burgemeester en wethouders van de {{gemeente Zandvoort|ORG}}, t.a.v. de Woo-coördinator, {{Swaluëstraat 2|ADDRESS_PUBLIC}}, 2041 CA {{Zandvoort|PLACE}}
{{Zandvoort|PLACE}}, 2 maart 2026
Onderwerp: Woo-verzoek handhaving illegale vakantieverhuur {{Kostverlorenstraat|STREET}} en omgeving
Geacht college,
Op grond van de {{Wet open overheid|LAW}} ({{Woo|LAW}}) verzoek ik u om openbaarmaking van alle documenten over de handhaving tegen illegale vakantieverhuur van woningen in de {{Kostverlorenstraat|STREET}}, de {{Dr. Gerkestraat|STREET}} en het {{Burgemeester Van Alphenplein|STREET}} in de periode 1 januari 2025 tot en met 28 februari 2026.
Het gaat mij in het bijzonder om: meldingen van omwonenden, rapporten van bevindingen van toezichthouders, gegevens die de gemeente heeft ontvangen van {{Airbnb|ORG}} en {{Booking.com|ORG}} op grond van de {{Wet toeristische verhuur van woonruimte|LAW}}, boetebesluiten, bezwaarschriften en de interne correspondentie tussen het team {{Handhaving & Toezicht|ORG}} en de afdeling {{Juridische Zaken|ORG}}.
Ik woon zelf in de buurt en ervaar al twee zomers overlast van wisselende gasten. Ik begrijp dat persoonsgegevens worden weggelakt.
Ik ontvang de documenten graag digitaal. Voor vragen ben ik bereikbaar op het bovenstaande nummer.
Met vriendelijke groet,
[[M. Verhagen-Bakx|PERSON]]
"""))

DOCS.append(Doc("zv02", engine="docx", title="Ontvangstbevestiging Woo-verzoek WOO-2026-0058", author="Gemeente Zandvoort",
                producer="LibreOffice 7.6", creator="Writer", body="""
# Ontvangstbevestiging
{{Gemeente Zandvoort|ORG}} | Postbus 2 | 2040 AA {{Zandvoort|PLACE}} | telefoon {{14 023|PHONE_GENERAL}} | {{woo@zandvoort.nl|MAILBOX}}
Mevrouw [[M. Verhagen-Bakx|PERSON]]
[[Duinweg 7a|ADDRESS]]
[[2041 HV|POSTCODE]] {{Zandvoort|PLACE}}
Datum: 5 maart 2026
Ons kenmerk: {{WOO-2026-0058|CASE}}
Onderwerp: ontvangstbevestiging van uw Woo-verzoek
Geachte mevrouw [[Verhagen-Bakx|PERSON]],
Op 2 maart 2026 hebben wij uw verzoek ontvangen om openbaarmaking van documenten over de handhaving van illegale vakantieverhuur. Wij hebben uw verzoek geregistreerd onder kenmerk {{WOO-2026-0058|CASE}}.
Wij beslissen binnen vier weken na ontvangst. Wij kunnen deze termijn met twee weken verdagen. Omdat in de documenten gegevens van derden staan, zoals eigenaren van woningen en melders, stellen wij hen mogelijk in de gelegenheid een zienswijze te geven (artikel 4.4 {{Woo|LAW}}).
Uw verzoek wordt behandeld door de Woo-coördinator van het cluster {{Publiekszaken|ORG}}. U kunt contact opnemen via {{woo@zandvoort.nl|MAILBOX}} of telefoonnummer {{14 023|PHONE_GENERAL}}.
Met vriendelijke groet,
namens het college van burgemeester en wethouders,
[[Noor Hakkert|PERSON]]
Woo-coördinator
"""))

DOCS.append(Doc("zv03", title="Melding overlast vakantieverhuur MLD-2025-1187", producer="iText 7.2.5 (c) Apryse",
                creator="Zaaksysteem export", font="DejaVuSans", body="""
# Melding openbare ruimte / overlast
~ Meldingsnummer: {{MLD-2025-1187|CASE}}   Ontvangen: 14-07-2025 22:41   Kanaal: webformulier
## Gegevens melder
| Veld | Waarde |
| Naam | [[Ingrid Schaap|PERSON]] |
| Adres | [[Kostverlorenstraat 86|ADDRESS]], [[2042 PC|POSTCODE]] {{Zandvoort|PLACE}} |
| Telefoon | [[023-5713962|PHONE]] |
| E-mail | [[ingrid.schaap64@hotmail.com|EMAIL]] |
| Anoniem behandelen | ja |
## Melding
| Veld | Waarde |
| Categorie | Woonoverlast - {{vakantieverhuur|TERM}} |
| Locatie | [[Kostverlorenstraat 88|ADDRESS]] |
| Omschrijving | Het huis naast mij wordt al weken via {{Airbnb|ORG}} verhuurd. Elke paar dagen een nieuwe groep, rolkoffers om 23.00 uur, een sleutelkastje naast de voordeur. De eigenaar, meneer [[Brouwer|PERSON]], woont volgens mij in Haarlem. Vannacht tot 3 uur muziek in de tuin. |
| Bijlage | foto_sleutelkastje.jpg (1,2 MB) |
## Afhandeling
| Datum | Actie | Door |
| 15-07-2025 | Doorgezet naar team {{Handhaving & Toezicht|ORG}} | [[KCC-EvdB|PARAPH]] |
| 16-07-2025 | Ingepland voor controle {{weekendtoezicht|TERM}} | [[S. Kuipers|PERSON]] |
| 21-07-2025 | Terugkoppeling melder per telefoon | [[F. El Khatib|PERSON]] |
Privacy: de gegevens van de melder worden niet gedeeld met de eigenaar van het gemelde adres ({{AVG|LAW}}).
"""))

DOCS.append(Doc("zv04", title="RE: Weer gasten op nummer 17", producer="Microsoft Outlook for Microsoft 365",
                creator="Microsoft Outlook", font="Helvetica", body="""
~ Van: Handhaving Zandvoort <{{handhaving@zandvoort.nl|MAILBOX}}>
~ Verzonden: dinsdag 12 augustus 2025 09:14
~ Aan: [[Dirk Kok|PERSON]] <[[dirk.kok@kpnmail.nl|EMAIL]]>
~ CC: [[Kuipers, Sander|PERSON]] <[[s.kuipers@zandvoort.nl|EMAIL]]>
~ Onderwerp: RE: Weer gasten op nummer 17
Geachte heer [[Kok|PERSON]],
Dank voor uw nieuwe melding. Wij hebben het adres opgenomen in de controles van het komende weekend. Zoals u weet kunnen wij u niet informeren over de uitkomst van een handhavingszaak tegen een ander, maar uw meldingen worden meegewogen. Uw melding is geregistreerd onder {{MLD-2025-1402|CASE}}.
Met vriendelijke groet,
[[Fatima El Khatib|PERSON]]
Toezichthouder vakantieverhuur | team {{Handhaving & Toezicht|ORG}}
{{Gemeente Zandvoort|ORG}} | {{Swaluëstraat 2|ADDRESS_PUBLIC}} | T [[06 2294 1187|PHONE]]

~ Van: [[Dirk Kok|PERSON]] <[[dirk.kok@kpnmail.nl|EMAIL]]>
~ Verzonden: maandag 11 augustus 2025 23:52
~ Aan: Handhaving Zandvoort <{{handhaving@zandvoort.nl|MAILBOX}}>
~ Onderwerp: Weer gasten op nummer 17
Beste mensen,
Alweer een nieuwe groep op [[Burgemeester Engelbertsstraat 17|ADDRESS]]. Dit is de vierde wisseling in twee weken. Het registratienummer dat in de advertentie op {{Booking.com|ORG}} staat is [[0473 C8E1 42F7 99AB 1D30|REGNR]], maar volgens mij is dat van een ander huis. De eigenaresse, mevrouw [[Dufresne|PERSON]], is de hele zomer in Frankrijk. Ik heb foto's van de bus met koffers.
Ik woon zelf op nummer 15, [[Burgemeester Engelbertsstraat 15|ADDRESS]], bereikbaar op [[06-51820473|PHONE]].
Groet,
[[Dirk Kok|PERSON]]
"""))

DOCS.append(Doc("zv05", engine="scan", title="Scan brief omwonende", producer="KONICA MINOLTA bizhub C300i",
                creator="Scan to PDF", probes={"A. Yıldırım": ["Yildirim"], "Ayşe Yıldırım": ["Ayse Yildirim", "Yildirim"]}, scan=[[
                    "[[A. Yıldırım|PERSON]]",
                    "[[Kostverlorenstraat 90|ADDRESS]]",
                    "Zandvoort, 3 september 2025",
                    "",
                    "Aan de gemeente Zandvoort, afdeling Handhaving",
                    "",
                    "Geachte heer, mevrouw,",
                    "",
                    "Ik schrijf u over het huis van de heer [[Brouwer|PERSON]] op",
                    "nummer 88. Sinds juni komen er bijna elke week",
                    "nieuwe toeristen. Mijn man is [[ernstig ziek|HEALTH]] en",
                    "heeft rust nodig. Ik heb al drie keer gebeld.",
                    "",
                    "Wilt u mij bellen op [[06-17732954|PHONE]]?",
                    "",
                    "Met vriendelijke groet,",
                    "@[[Ayşe Yıldırım|PERSON]]",
                ]]))

DOCS.append(Doc("zv06", title="Uittreksel registratie vakantieverhuur", producer="Aspose.PDF for .NET 23.11",
                creator="Registratiesysteem Vakantieverhuur", landscape=True, body="""
# Uittreksel registratienummers vakantieverhuur (peildatum 1 september 2025)
Bron: registratiesysteem op grond van artikel 23b {{Huisvestingswet 2014|LAW}} en de {{Huisvestingsverordening Zandvoort 2024|LAW}}. Selectie: adressen uit de handhavingszaken {{HHV-2025-0113|CASE}} tot en met {{HHV-2025-0131|CASE}}. Vertrouwelijk: alleen voor intern gebruik team {{Handhaving & Toezicht|ORG}}.
| Registratienummer | Naam eigenaar | Adres woning | Postcode | Woonadres eigenaar | Nachten 2025 (gemeld) | Zaak |
| [[0473 7F2A 91C4 3B8D E605|REGNR]] | [[H.J. Brouwer|PERSON]] | [[Kostverlorenstraat 88|ADDRESS]] | [[2042 PC|POSTCODE]] | [[Kleverparkweg 41|ADDRESS]], Haarlem | 30 | {{HHV-2025-0113|CASE}} |
| [[0473 C8E1 42F7 99AB 1D30|REGNR]] | [[É. Dufresne-Vos|PERSON]] | [[Burgemeester Engelbertsstraat 17|ADDRESS]] | [[2042 KE|POSTCODE]] | [[Rue des Tanneurs 9|ADDRESS]], Lyon (F) | 28 | {{HHV-2025-0117|CASE}} |
| [[0473 2B90 6E11 F4C2 8A77|REGNR]] | [[G. ROELOFS|PERSON]] | [[Dr. Gerkestraat 52|ADDRESS]] | [[2042 ER|POSTCODE]] | idem | 12 | {{HHV-2025-0120|CASE}} |
| [[0473 91DD 07B3 5C6E 2F18|REGNR]] | [[W.P.M. van der Meulen|PERSON]] | [[Haltestraat 31-II|ADDRESS]] | [[2042 LM|POSTCODE]] | [[Zeeweg 144|ADDRESS]], IJmuiden | 30 | {{HHV-2025-0124|CASE}} |
| geen registratie | [[Th. de Wit-Lammers|PERSON]] | [[Kostverlorenstraat 102|ADDRESS]] | [[2042 PD|POSTCODE]] | [[Overtoom 311 hs|ADDRESS]], Amsterdam | onbekend | {{HHV-2025-0131|CASE}} |
Toelichting: het maximum is 30 nachten per kalenderjaar (artikel 3:1 {{Huisvestingsverordening Zandvoort 2024|LAW}}). Een registratienummer is gekoppeld aan één adres; gebruik van een nummer van een ander adres is een overtreding van artikel 23b {{Huisvestingswet 2014|LAW}}.
Opgesteld door: [[B. de Gooijer|PERSON]], data-analist, {{Informatievoorziening|ORG}} ([[b.degooijer@zandvoort.nl|EMAIL]]).
"""))

DOCS.append(Doc("zv07", title="Rapport van bevindingen HHV-2025-0113", producer="Nitro Pro 13 (13.70.2.40)",
                creator="Nitro Pro", author="[[skuipers|USERNAME]]", font="Times-Roman", body="""
# Rapport van bevindingen
{{Gemeente Zandvoort|ORG}} - team {{Handhaving & Toezicht|ORG}} - zaak {{HHV-2025-0113|CASE}}
| Onderdeel | Gegevens |
| Adres | [[Kostverlorenstraat 88|ADDRESS]], [[2042 PC|POSTCODE]] {{Zandvoort|PLACE}} |
| Eigenaar | [[Hendrik-Jan Brouwer|PERSON]], geboren [[23-04-1971|DOB]] |
| Registratienummer | [[0473 7F2A 91C4 3B8D E605|REGNR]] |
| Datum en tijd controle | zaterdag 19 juli 2025, 11:20 - 11:45 uur |
| Toezichthouders | [[S. Kuipers|PERSON]] (code [[TH-07|PARAPH]]), [[F. El Khatib|PERSON]] (code [[TH-12|PARAPH]]) |
## Aanleiding
Op 14 juli 2025 ontving de gemeente melding {{MLD-2025-1187|CASE}} over wisselende gasten op dit adres. Uit de maandelijkse gegevensverstrekking van {{Airbnb Ireland UC|ORG}} bleek dat voor dit registratienummer in 2025 al 30 nachten waren gemeld op 1 juli 2025.
## Bevindingen
Wij, ondergetekenden, beiden beëdigd toezichthouder als bedoeld in artikel 5:11 {{Algemene wet bestuursrecht|LAW}}, zagen om 11:20 uur dat vier volwassenen met rolkoffers de woning verlieten. Naast de voordeur hing een sleutelkluis (merk {{Master Lock 5401D|PRODUCT}}). Eén van de personen verklaarde dat zij de woning hadden geboekt via {{Airbnb|ORG}} voor drie nachten, van 16 tot en met 19 juli 2025, voor € 1.140. Zij toonde de boekingsbevestiging op haar telefoon; daarop stond als host "[[Hendrik-Jan|PERSON]]" en het registratienummer van de woning. De gast, mevrouw [[Sophie Lindqvist|PERSON]] uit Göteborg, gaf toestemming een foto van het scherm te maken.
Om 11:35 uur belden wij de eigenaar op het nummer uit de registratie, [[+31 6 4177 0923|PHONE]]. De heer [[Brouwer|PERSON]] verklaarde: "Ik wist niet dat de nachten van mijn broer ook meetelden." Zijn broer, [[Maarten Brouwer|PERSON]], zou de woning in mei en juni hebben verhuurd via {{Booking.com|ORG}}.
---
## Conclusie
De woning is in 2025 meer dan 30 nachten aan toeristen verhuurd. Daarmee is artikel 3:1, eerste lid, van de {{Huisvestingsverordening Zandvoort 2024|LAW}} overtreden. Wij adviseren een bestuurlijke boete op te leggen op grond van artikel 35 {{Huisvestingswet 2014|LAW}}, met het boetebedrag uit de {{Beleidsregel bestuurlijke boete vakantieverhuur 2024|LAW}}.
Foto's: 6 (map {{HHV-2025-0113|CASE}}/foto), boekingsbevestiging: 1.
Dit rapport is naar waarheid opgemaakt en ondertekend te {{Zandvoort|PLACE}} op 21 juli 2025.
| Toezichthouder | Handtekening |
| [[Sander Kuipers|PERSON]] | [[S.K.|PARAPH]] |
| [[Fatima El Khatib|PERSON]] | [[F.E.K.|PARAPH]] |
"""))

DOCS.append(Doc("zv08", title="Rapport van bevindingen HHV-2025-0124", producer="Nitro Pro 13 (13.70.2.40)",
                creator="Nitro Pro", font="Times-Roman", body="""
# Rapport van bevindingen
zaak {{HHV-2025-0124|CASE}} - controle Haltestraat - {{weekendtoezicht|TERM}} week 33
Adres: [[Haltestraat 31-II|ADDRESS]], {{Zandvoort|PLACE}} (bovenwoning boven winkel {{Bakkerij Balk|ORG}})
Eigenaar volgens de {{BRP|ORG}} en het kadaster: de heer [[Willem van der Meulen|PERSON]] ([[W.P.M. van der Meulen|PERSON]]), wonende [[Zeeweg 144|ADDRESS]] te IJmuiden, BSN [[183946552|BSN]].
Op vrijdag 15 augustus 2025 om 16:05 uur belde ondergetekende, [[Youssef Amrani|PERSON]], handhaver (BOA, domein I), aan op de bovenwoning. Er werd opengedaan door een Duitse gast, de heer [[Lukas Brandtner|PERSON]], die verklaarde de woning via {{Vrbo|ORG}} te huren voor zeven nachten. Hij gaf ons zijn boekingsnummer {{VRBO-HA-77281934|CASE}}.
In de gemeenschappelijke hal zag ik een informatiemap "Welcome to Zandvoort", ondertekend met "Greetings, [[Wim & Carla|PERSON]]". Op de buitengevel hing geen naambordje.
Volgens de gegevens die {{Vrbo|ORG}} op 1 augustus 2025 heeft verstrekt zijn er dit jaar 30 nachten gemeld onder registratienummer [[0473 91DD 07B3 5C6E 2F18|REGNR]]. Met de zeven nachten van deze boeking komt het totaal op ten minste 37.
Om 16:30 uur heb ik telefonisch contact gehad met de eigenaar op [[0255-512093|PHONE]]. Hij verklaarde dat zijn dochter, [[Carla van der Meulen|PERSON]], de verhuur regelt en dat zij "een bureau in Haarlem" inschakelt. De dochter was telefonisch niet bereikbaar ([[06-39115026|PHONE]]).
Collega [[Kuipers|PERSON]] was als tweede toezichthouder aanwezig.
Opgemaakt te {{Zandvoort|PLACE}}, 18 augustus 2025
[[Y. Amrani|PERSON]], handhaver, dienstnummer [[BOA 4471-ZV|ID]]
"""))

DOCS.append(Doc("zv09", title="Gegevensverstrekking platform - extract Q3 2025", producer="Microsoft Excel 2016",
                creator="Microsoft Excel", landscape=True, font="DejaVuSans", body="""
# Extract gegevensverstrekking platforms, derde kwartaal 2025
Bron: maandelijkse aanlevering op grond van artikel 5 {{Wet toeristische verhuur van woonruimte|LAW}} door {{Airbnb Ireland UC|ORG}}, {{Booking.com B.V.|ORG}} en {{Expedia Group (Vrbo)|ORG}}. Bewerkt door team {{Informatievoorziening|ORG}}. Kolom "Nachten" is het totaal sinds 1 januari 2025.
| Platform | Host (naam zoals op platform) | Adres advertentie | Registratienr. | Listing-ID | Nachten | Signaal |
| {{Airbnb|ORG}} | [[Hendrik-Jan|PERSON]] | [[Kostverlorenstraat 88|ADDRESS]] | [[0473 7F2A 91C4 3B8D E605|REGNR]] | {{48211907|ID_PUBLIC}} | 36 | > 30 |
| {{Booking.com|ORG}} | [[Maarten B.|PERSON]] | [[Kostverlorenstraat 88|ADDRESS]] | [[0473 7F2A 91C4 3B8D E605|REGNR]] | {{BK-9918273|ID_PUBLIC}} | 9 | dubbel nr. |
| {{Booking.com|ORG}} | [[Emilie Dufresne|PERSON]] | [[Burgemeester Engelbertsstraat 17|ADDRESS]] | [[0473 C8E1 42F7 99AB 1D30|REGNR]] | {{BK-9920455|ID_PUBLIC}} | 28 | adres wijkt af |
| {{Airbnb|ORG}} | [[Gerrit|PERSON]] | [[Dr. Gerkestraat 52|ADDRESS]] | [[0473 2B90 6E11 F4C2 8A77|REGNR]] | {{50377214|ID_PUBLIC}} | 12 | - |
| {{Vrbo|ORG}} | [[Wim & Carla|PERSON]] | [[Haltestraat 31-II|ADDRESS]] | [[0473 91DD 07B3 5C6E 2F18|REGNR]] | {{HA-3310982|ID_PUBLIC}} | 30 | = 30 |
| {{Airbnb|ORG}} | [[Thea|PERSON]] | [[Kostverlorenstraat 102|ADDRESS]] | ontbreekt | {{51002381|ID_PUBLIC}} | 41 | geen reg. |
| {{Airbnb|ORG}} | {{Strandhuys Zandvoort B.V.|ORG}} | {{Boulevard Paulus Loot|STREET}} 5 | n.v.t. (hotel) | {{47110285|ID_PUBLIC}} | 212 | bedrijfsmatig |
Signalen zijn door [[BdG|PARAPH]] handmatig gecontroleerd op 6 oktober 2025. Het hotelappartement aan de {{Boulevard Paulus Loot|STREET}} valt onder de bestemming horeca en is geen woonruimte; geen actie.
---
## Nachten per maand (alleen adressen met signaal)
| Adres | jan-mei | jun | jul | aug | sep | totaal |
| [[Kostverlorenstraat 88|ADDRESS]] | 8 | 14 | 14 | 6 | 3 | 45 |
| [[Burgemeester Engelbertsstraat 17|ADDRESS]] | 0 | 6 | 11 | 11 | 0 | 28 |
| [[Haltestraat 31-II|ADDRESS]] | 5 | 6 | 12 | 7 | 0 | 30 |
| [[Kostverlorenstraat 102|ADDRESS]] | 4 | 9 | 13 | 12 | 3 | 41 |
Let op: de nachten van twee platforms onder hetzelfde registratienummer zijn opgeteld ([[Kostverlorenstraat 88|ADDRESS]]: 36 + 9). Contact bij vragen over dit extract: [[Bram de Gooijer|PERSON]], toestel [[0156|PHONE_EXT]].
"""))

DOCS.append(Doc("zv10", engine="docx", title="Notitie datakoppeling platformgegevens", producer="LibreOffice 7.6",
                creator="Writer", author="[[Bram de Gooijer|PERSON]]", body="""
# Notitie: koppeling platformgegevens aan het register
Van: team {{Informatievoorziening|ORG}}
Aan: teamleider {{Handhaving & Toezicht|ORG}}, de heer [[J. van 't Hof|PERSON]]
Datum: 8 oktober 2025
Kenmerk: {{IV-2025-044|CASE}}
## Aanleiding
Sinds 1 januari 2025 ontvangt de gemeente iedere maand gegevens van {{Airbnb|ORG}}, {{Booking.com|ORG}} en {{Vrbo|ORG}}. Deze notitie beschrijft hoe wij die koppelen aan het register vakantieverhuur en welke signalen daaruit volgen.
## Werkwijze
De bestanden komen binnen via het beveiligde portaal {{SFTP-Gemeenten|PRODUCT}} en worden met een {{Python|PRODUCT}}-script gekoppeld op registratienummer en adres (BAG-id). Bij een verschil tussen adres en registratienummer volgt een signaal "adres wijkt af". Persoonsgegevens van hosts worden na afloop van de handhavingszaak binnen zes maanden verwijderd, conform de {{Verordening (EU) 2024/1028|LAW}} en de {{AVG|LAW}}.
## Resultaat derde kwartaal
Van de 412 advertenties in {{Zandvoort|PLACE}} hadden er 37 een signaal. Vijf daarvan zijn doorgezet naar handhaving (zie extract). Eén host, [[Th. de Wit-Lammers|PERSON]], verhuurde zonder registratienummer; haar advertentie is via de {{Notice and Action|TERM}}-procedure bij {{Airbnb|ORG}} offline gehaald.
## Vragen
Neem bij vragen contact op met de data-analist via {{informatievoorziening@zandvoort.nl|MAILBOX}}.
"""))

DOCS.append(Doc("zv11", title="RE: boete Kostverlorenstraat 88 - juridische toets", producer="Microsoft Outlook for Microsoft 365",
                creator="Microsoft Outlook", body="""
~ Van: [[Weele-Bos, Annelies ter|PERSON]] <[[a.terweele@zandvoort.nl|EMAIL]]>
~ Verzonden: donderdag 28 augustus 2025 16:02
~ Aan: [[Hof, Jeroen van 't|PERSON]] <[[j.vanthof@zandvoort.nl|EMAIL]]>
~ CC: [[Kuipers, Sander|PERSON]] <[[s.kuipers@zandvoort.nl|EMAIL]]>; Juridische Zaken <{{juridischezaken@zandvoort.nl|MAILBOX}}>
~ Onderwerp: RE: boete Kostverlorenstraat 88 - juridische toets
Hoi [[Jeroen|PERSON]],
Ik heb het rapport van [[Sander|PERSON]] en [[Fatima|PERSON]] gelezen. De overtreding is goed vastgelegd, maar let op twee punten:
1. De heer [[Brouwer|PERSON]] stelt dat zijn broer de woning verhuurde. Voor de boete maakt dat niet uit: de eigenaar is overtreder als hij de verhuur heeft toegelaten (artikel 5:1 {{Awb|LAW}}, functioneel daderschap). Wel graag in het voornemen motiveren.
2. Het boetebedrag uit de beleidsregel is € 20.750 voor een eerste overtreding van de 30-nachtengrens. Gezien zijn verklaring over zijn broer zou ik geen matiging toepassen, maar ik wil wel zijn zienswijze afwachten.
Verder: de gast [[Lindqvist|PERSON]] niet bij naam noemen in het besluit; "een gast" volstaat.
Groet,
[[Annelies|PERSON]]
mr. [[A. ter Weele-Bos|PERSON]] | jurist bestuursrecht | {{Juridische Zaken|ORG}} | [[+31 (0)23 574 0212|PHONE]]

~ Van: [[Hof, Jeroen van 't|PERSON]] <[[j.vanthof@zandvoort.nl|EMAIL]]>
~ Verzonden: woensdag 27 augustus 2025 10:31
~ Aan: [[Weele-Bos, Annelies ter|PERSON]] <[[a.terweele@zandvoort.nl|EMAIL]]>
~ Onderwerp: boete Kostverlorenstraat 88 - juridische toets
Hallo [[Annelies|PERSON]],
Bijgaand het rapport in zaak {{HHV-2025-0113|CASE}}. Kun jij vóór 1 september toetsen of we het voornemen tot een boete kunnen versturen? Het is de eerste zaak onder de nieuwe {{Beleidsregel bestuurlijke boete vakantieverhuur 2024|LAW}}, dus {{wethouder Scholtens-Brink|PUBLIC_OFFICIAL}} wil graag dat het juridisch goed zit.
Met vriendelijke groet,
[[Jeroen van 't Hof|PERSON]]
Teamleider {{Handhaving & Toezicht|ORG}}
T [[023 574 0156|PHONE]] | M [[06-41873302|PHONE]]
"""))
