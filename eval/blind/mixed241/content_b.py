"""Set ZV, documents zv12-zv22: mails, chat, the fine procedure, the objection, the hearing."""
from lib import Doc

DOCS = []

DOCS.append(Doc("zv12", title="FW: gegevensverzoek Booking.com registratienummer", producer="Microsoft Outlook for Microsoft 365",
                creator="Microsoft Outlook", font="DejaVuSans", body="""
~ Van: [[El Khatib, Fatima|PERSON]] <[[f.elkhatib@zandvoort.nl|EMAIL]]>
~ Verzonden: maandag 22 september 2025 08:47
~ Aan: [[Gooijer, Bram de|PERSON]] <[[b.degooijer@zandvoort.nl|EMAIL]]>; [[Hof, Jeroen van 't|PERSON]] <[[j.vanthof@zandvoort.nl|EMAIL]]>
~ CC: [[Amrani, Youssef|PERSON]] <[[y.amrani@zandvoort.nl|EMAIL]]>; Handhaving Zandvoort <{{handhaving@zandvoort.nl|MAILBOX}}>
~ Onderwerp: FW: gegevensverzoek Booking.com registratienummer
[[Bram|PERSON]], kun jij dit antwoord van {{Booking.com|ORG}} naast het register leggen? Het gaat om [[Burgemeester Engelbertsstraat 17|ADDRESS]] (zaak {{HHV-2025-0117|CASE}}). Volgens mij gebruikt mevrouw [[Dufresne-Vos|PERSON]] het nummer van haar vorige appartement aan de {{Zeestraat|STREET}}.
[[Fatima|PERSON]]

~ Van: Partner Compliance EMEA <{{compliance-nl@booking.com|MAILBOX}}>
~ Verzonden: vrijdag 19 september 2025 17:20
~ Aan: [[El Khatib, Fatima|PERSON]] <[[f.elkhatib@zandvoort.nl|EMAIL]]>
~ Onderwerp: RE: gegevensverzoek registratienummer (ref. {{BKC-NL-2025-88412|CASE}})
Dear Ms [[El Khatib|PERSON]],
Following your request under the {{Wet toeristische verhuur van woonruimte|LAW}}, please find below the data we hold for listing {{BK-9920455|ID_PUBLIC}}:
| Field | Value |
| Host name | [[Émilie Dufresne-Vos|PERSON]] |
| Host e-mail | [[émilie.dufresne@orange.fr|EMAIL]] |
| Host phone | [[+33 6 12 48 90 37|PHONE]] |
| Registration number on listing | [[0473 C8E1 42F7 99AB 1D30|REGNR]] |
| Nights booked 2025 (until 18/09) | 28 |
| Payout account | [[FR76 3000 4028 3700 0101 2345 678|IBAN]] |
We have also informed the host that her listing will be suspended if the registration number does not match the address, in line with {{Regulation (EU) 2024/1028|LAW}}.
Kind regards,
[[Jasper Oudendijk|PERSON]]
Compliance Specialist, {{Booking.com B.V.|ORG}}, {{Oosterdokskade 163|ADDRESS_PUBLIC}}, Amsterdam
"""))

DOCS.append(Doc("zv13", title="Teams-chat Vakantieverhuur weekendtoezicht", producer="Microsoft: Print To PDF",
                creator="Microsoft Teams", font="DejaVuSans", body="""
# Chat: Vakantieverhuur - weekendtoezicht
~ Geëxporteerd 3 november 2025 door [[y.amrani|USERNAME]] - deelnemers: 5
[19-07-2025 10:58] [[Sander Kuipers|PERSON]]: Wij staan bij 88. Rolkoffers en een sleutelkluis, bingo
[19-07-2025 10:59] [[Fatima El Khatib|PERSON]]: ik kom eraan, sta nog bij de {{Rotonde|TERM}} bij {{Circuit Zandvoort|ORG}}, file
[19-07-2025 11:41] [[Sander Kuipers|PERSON]]: Eigenaar gebeld. Zegt dat het zijn broer is. Nummer klopt met register
[19-07-2025 11:42] [[Jeroen van 't Hof|PERSON]]: Top. Rapport graag maandag, dan gaat het naar [[Annelies|PERSON]] van JZ
[19-07-2025 11:43] [[Fatima El Khatib|PERSON]]: 👍
[15-08-2025 16:12] [[Youssef Amrani|PERSON]]: Bovenwoning {{Haltestraat|STREET}}, Duitse gast, 7 nachten via {{Vrbo|ORG}}. Eigenaar wijst naar dochter
[15-08-2025 16:14] [[Sander Kuipers|PERSON]]: [[Yous|PERSON]] vraag even of ze een boekingsnummer heeft
[15-08-2025 16:20] [[Youssef Amrani|PERSON]]: heb ik. Dochter heet [[Carla|PERSON]], neemt niet op
[15-08-2025 16:21] [[Jeroen van 't Hof|PERSON]]: ok, morgen door [[Sanne|PERSON]] laten bellen, die heeft {{dienst|TERM}}
[16-08-2025 09:05] [[Sanne Bleeker|PERSON]]: Gebeld met mw [[Van der Meulen|PERSON]] jr. Zegt dat het via {{Zandvoort Stays|ORG}} loopt, een beheerder uit Haarlem
[16-08-2025 09:07] [[Jeroen van 't Hof|PERSON]]: Dan die beheerder ook aanschrijven. [[Fat|PERSON]], zet jij het op de lijst voor het {{JZ-overleg|TERM}}?
[16-08-2025 09:08] [[Fatima El Khatib|PERSON]]: yes
[02-09-2025 14:30] [[Sanne Bleeker|PERSON]]: Melder op 90 ([[mevrouw Yıldırım|PERSON]]) heeft weer gebeld, haar man is [[net uit het Spaarne Gasthuis|HEALTH]], ze is er echt klaar mee
[02-09-2025 14:31] [[Jeroen van 't Hof|PERSON]]: Begrijpelijk. Terugbellen en uitleggen dat de zaak loopt, verder niks over Brouwer zeggen
[02-09-2025 14:33] [[Sanne Bleeker|PERSON]]: doe ik. Mijn nieuwe nummer trouwens: [[06 4320 1877|PHONE]]
""", probes={"mevrouw Yıldırım": ["Yıldırım"]}, extra_redact=[("Brouwer", "PERSON", ["Brouwer"])]))

DOCS.append(Doc("zv14", engine="docx", title="Voornemen bestuurlijke boete HHV-2025-0113", producer="LibreOffice 7.6",
                creator="Writer", body="""
{{Gemeente Zandvoort|ORG}}
Aangetekend en per gewone post
De heer [[H.J. Brouwer|PERSON]]
[[Kleverparkweg 41|ADDRESS]]
[[2023 CB|POSTCODE]] Haarlem
Datum: 2 september 2025
Zaaknummer: {{HHV-2025-0113|CASE}}
Onderwerp: voornemen tot het opleggen van een bestuurlijke boete
Geachte heer [[Brouwer|PERSON]],
Wij zijn van plan u een bestuurlijke boete op te leggen van € 20.750, omdat u uw woning aan de [[Kostverlorenstraat 88|ADDRESS]] in 2025 meer dan 30 nachten aan toeristen heeft verhuurd. Dat is in strijd met artikel 3:1 van de {{Huisvestingsverordening Zandvoort 2024|LAW}}.
## Wat hebben wij vastgesteld?
Op 19 juli 2025 hebben twee toezichthouders van de gemeente vastgesteld dat de woning werd verhuurd aan toeristen. Uit de gegevens van {{Airbnb|ORG}} en {{Booking.com|ORG}} blijkt dat onder uw registratienummer in 2025 ten minste 45 nachten zijn verhuurd.
## Uw broer
U heeft verklaard dat uw broer een deel van de nachten heeft verhuurd. Wij zien u als overtreder, omdat u als eigenaar de verhuur heeft toegelaten en het registratienummer op uw naam staat (artikel 5:1 {{Algemene wet bestuursrecht|LAW}}).
## Zienswijze
U kunt binnen twee weken na de datum van deze brief schriftelijk of mondeling uw zienswijze geven. Neem daarvoor contact op met de behandelend jurist via {{juridischezaken@zandvoort.nl|MAILBOX}} of {{14 023|PHONE_GENERAL}}, onder vermelding van het zaaknummer.
Hoogachtend,
de burgemeester van {{Zandvoort|PLACE}},
namens deze,
[[J. van 't Hof|PERSON]]
teamleider {{Handhaving & Toezicht|ORG}}
"""))

DOCS.append(Doc("zv15", title="Zienswijze H.J. Brouwer", producer="PDFpen 13.0.1", creator="PDFpen",
                author="[[hjb71|USERNAME]]", font="Times-Roman", body="""
[[Hendrik-Jan Brouwer|PERSON]]
[[Kleverparkweg 41|ADDRESS]], Haarlem
[[hjbrouwer@xs4all.nl|EMAIL]]
Aan de burgemeester van {{Zandvoort|PLACE}}
t.a.v. {{Juridische Zaken|ORG}}
Haarlem, 14 september 2025
Betreft: zienswijze op het voornemen tot een boete, zaak {{HHV-2025-0113|CASE}}
Geachte burgemeester,
Ik ben geschrokken van uw brief. Ik heb het huis aan de [[Kostverlorenstraat 88|ADDRESS]] geërfd van mijn moeder en wil het behouden voor de familie. In 2025 heb ik het zelf ongeveer 30 nachten verhuurd via {{Airbnb|ORG}}, zoals toegestaan. Mijn broer [[Maarten|PERSON]] heeft zonder mijn medeweten in mei en juni negen nachten verhuurd via {{Booking.com|ORG}}, met mijn registratienummer.
Ik vraag u de boete te matigen. Ik ben sinds maart 2025 arbeidsongeschikt door [[een burn-out|HEALTH]] en heb een uitkering van het {{UWV|ORG}}. Een boete van € 20.750 kan ik niet betalen. Bijgaand een verklaring van mijn huisarts, [[dokter R. Mahabier|PERSON]], en mijn jaaropgave.
Ook wil ik opmerken dat de buurvrouw op nummer 86 al jaren ruzie zoekt. Ik vermoed dat de meldingen van haar komen.
Mijn advocaat, mr. [[R.J. Lindeboom|PERSON]] van {{Duinrand Advocaten|ORG}}, is op de hoogte.
Met vriendelijke groet,
[[H.J. Brouwer|PERSON]]
BSN [[204817365|BSN]] | IBAN [[NL47 INGB 0006 3918 27|IBAN]] (voor eventuele betalingsregeling)
"""))

DOCS.append(Doc("zv16", title="Besluit bestuurlijke boete HHV-2025-0113", producer="Microsoft Word for Microsoft 365",
                creator="Microsoft Word", font="DejaVuSerif", body="""
{{Gemeente Zandvoort|ORG}} | {{Swaluëstraat 2|ADDRESS_PUBLIC}} | 2041 CA {{Zandvoort|PLACE}}
De heer [[H.J. Brouwer|PERSON]]
[[Kleverparkweg 41|ADDRESS]]
[[2023 CB|POSTCODE]] Haarlem
Datum: 6 oktober 2025
Zaaknummer: {{HHV-2025-0113|CASE}}
Behandeld door: [[A. ter Weele-Bos|PERSON]]
Telefoon: [[023-5740212|PHONE]]
Onderwerp: besluit bestuurlijke boete vakantieverhuur
Geachte heer [[Brouwer|PERSON]],
Met deze brief leggen wij u een bestuurlijke boete op van € 15.560. Hieronder leest u waarom.
## 1. De overtreding
U heeft uw woning aan de [[Kostverlorenstraat 88|ADDRESS]] te {{Zandvoort|PLACE}} in 2025 ten minste 45 nachten aan toeristen verhuurd, terwijl de {{Huisvestingsverordening Zandvoort 2024|LAW}} een maximum van 30 nachten per kalenderjaar stelt. Dit is vastgesteld in het rapport van bevindingen van 21 juli 2025 en blijkt uit de gegevens die {{Airbnb Ireland UC|ORG}} en {{Booking.com B.V.|ORG}} op grond van de {{Wet toeristische verhuur van woonruimte|LAW}} aan ons verstrekten.
## 2. Uw zienswijze
U heeft op 14 september 2025 een zienswijze gegeven. U stelt dat uw broer negen nachten zonder uw medeweten heeft verhuurd. Dat maakt u niet minder overtreder: u heeft het registratienummer beschikbaar gesteld en had de verhuur kunnen en moeten voorkomen. Ook zonder de nachten van uw broer komt het totaal op 36 nachten.
U heeft ook gewezen op uw persoonlijke en financiële omstandigheden. Wij hebben de verklaring van uw huisarts en uw jaaropgave bekeken. Wij vinden daarin aanleiding de boete met 25% te matigen (artikel 5:46, derde lid, {{Awb|LAW}} en artikel 6 van de {{Beleidsregel bestuurlijke boete vakantieverhuur 2024|LAW}}).
---
## 3. Het besluit
Wij leggen u een bestuurlijke boete op van € 15.560. U moet dit bedrag binnen zes weken betalen op rekening {{NL12 BNGH 0285 0012 34|IBAN_PUBLIC}} van de {{gemeente Zandvoort|ORG}}, onder vermelding van {{HHV-2025-0113|CASE}}. Een betalingsregeling kunt u aanvragen bij het team {{Belastingen en Invordering|ORG}}.
## 4. Bezwaar
Bent u het niet eens met dit besluit, dan kunt u binnen zes weken na de verzenddatum bezwaar maken bij de burgemeester van {{Zandvoort|PLACE}}, Postbus 2, 2040 AA {{Zandvoort|PLACE}}. Een bezwaar schorst de betalingsverplichting niet; u kunt de voorzieningenrechter van de {{Rechtbank Noord-Holland|ORG}} om een voorlopige voorziening vragen.
Hoogachtend,
de burgemeester van {{Zandvoort|PLACE}},
namens deze,
[[J. van 't Hof|PERSON]]
teamleider {{Handhaving & Toezicht|ORG}}
Afschrift: {{Juridische Zaken|ORG}}; dossier
"""))

DOCS.append(Doc("zv17", title="Bezwaarschrift boetebesluit HHV-2025-0113", producer="Adobe PDF Library 17.11.238",
                creator="Acrobat PDFMaker 23 voor Word", author="[[rlindeboom|USERNAME]]", body="""
# {{Duinrand Advocaten|ORG}}
{{Kenaupark|STREET}} 22 | 2011 MT Haarlem | {{023-5310090|PHONE_GENERAL}} | {{info@duinrandadvocaten.nl|MAILBOX}}
Aan de burgemeester van de {{gemeente Zandvoort|ORG}}
Postbus 2
2040 AA {{Zandvoort|PLACE}}
Haarlem, 12 november 2025
Behandeld door: mr. [[R.J. Lindeboom|PERSON]] | [[lindeboom@duinrandadvocaten.nl|EMAIL]] | [[06-20117843|PHONE]]
Uw kenmerk: {{HHV-2025-0113|CASE}} | Ons kenmerk: {{2025.0391/RJL|CASE}}
Betreft: bezwaarschrift tegen het boetebesluit van 6 oktober 2025
Edelachtbare heer/vrouwe,
Namens mijn cliënt, de heer [[Hendrik-Jan Brouwer|PERSON]], wonende te Haarlem aan de [[Kleverparkweg 41|ADDRESS]], geboren op [[23 april 1971|DOB]], maak ik bezwaar tegen uw besluit van 6 oktober 2025 waarbij aan cliënt een bestuurlijke boete van € 15.560 is opgelegd. Een machtiging is bijgevoegd.
## Gronden
1. Cliënt is geen overtreder. Zijn broer, de heer [[M.A. Brouwer|PERSON]], wonende te Heemstede, heeft zonder medeweten van cliënt via {{Booking.com|ORG}} negen nachten verhuurd. Cliënt had geen zeggenschap over dat account. Het functioneel daderschap is niet aangetoond (vgl. {{ABRvS 3 april 2024, ECLI:NL:RVS:2024:1377|CASE}}).
2. De telling van de nachten is onjuist. {{Airbnb|ORG}} telt de nacht van aankomst en de nacht van vertrek. Cliënt heeft 30 overnachtingen gegeven, niet 36.
3. De matiging is onvoldoende. Cliënt is door zijn ziekte ([[burn-out, behandeling bij Psyq Haarlem|HEALTH]]) al maanden zonder inkomen uit werk. Het {{evenredigheidsbeginsel|TERM}} (artikel 3:4 {{Awb|LAW}}) vraagt een verdere matiging tot hoogstens € 5.000.
4. De gemeente heeft de gast, mevrouw [[Lindqvist|PERSON]], zonder cautie gehoord; haar verklaring mag niet worden gebruikt.
---
## Verzoek
Cliënt verzoekt u het besluit te herroepen, subsidiair de boete te matigen tot € 5.000, en hem te vergoeden de kosten van rechtsbijstand op grond van artikel 7:15 {{Awb|LAW}}. Cliënt wenst te worden gehoord.
Hoogachtend,
[[R.J. Lindeboom|PERSON]]
advocaat
Bijlagen: besluit van 6 oktober 2025; machtiging; verklaring van de heer [[M.A. Brouwer|PERSON]] van 1 november 2025
"""))

DOCS.append(Doc("zv18", engine="docx", title="Advies JZ over bezwaar Brouwer", producer="LibreOffice 7.6", creator="Writer",
                author="[[Annelies ter Weele|PERSON]]", xmp_creator="[[a.terweele|USERNAME]]", body="""
# Intern advies {{Juridische Zaken|ORG}}
Aan: de bezwaarschriftencommissie (secretariaat)
Van: {{Juridische Zaken|ORG}}, cluster {{Bestuur & Recht|ORG}}
Datum: 2 december 2025
Zaak: {{BZ-2025-0214|CASE}} (bezwaar tegen {{HHV-2025-0113|CASE}})
## Vraag
Is het bezwaar van de heer [[Brouwer|PERSON]] tegen de boete voor vakantieverhuur gegrond?
## Advies
1. Daderschap. Het registratienummer staat op naam van bezwaarde; hij heeft zelf 36 nachten via {{Airbnb|ORG}} verhuurd. Ook zonder de nachten van zijn broer is de grens van 30 nachten overschreden. De grond faalt.
2. Telling. Het platform telt overnachtingen, niet dagen. De gegevens van {{Airbnb Ireland UC|ORG}} zijn per boeking gecontroleerd door team {{Informatievoorziening|ORG}}. De grond faalt.
3. Matiging. Er is al 25% gematigd. Aan de medische gegevens komt de commissie geen oordeel toe; wij adviseren de commissie de draagkracht opnieuw te bezien op basis van stukken van het {{UWV|ORG}}.
4. Verklaring gast. De gast is geen verdachte; een cautie (artikel 5:10a {{Awb|LAW}}) was niet vereist.
## Conclusie
Het bezwaar ongegrond verklaren, met een eventuele nadere matiging na het horen. Let op: {{burgemeester Oosterbroek|PUBLIC_OFFICIAL}} heeft in de raad van 11 november 2025 toegezegd de eerste boetezaken te evalueren.
Contact: {{juridischezaken@zandvoort.nl|MAILBOX}}
"""))

DOCS.append(Doc("zv19", title="Beslisnota handhavingsaanpak vakantieverhuur 2026", producer="Microsoft Word for Microsoft 365",
                creator="Microsoft Word", font="Helvetica", body="""
# Beslisnota
| Aan | {{burgemeester Oosterbroek|PUBLIC_OFFICIAL}} en het college van B&W |
| Van | team {{Handhaving & Toezicht|ORG}} |
| Datum | 20 januari 2026 |
| Kenmerk | {{BN-2026-0007|CASE}} |
| Portefeuillehouder | {{wethouder Scholtens-Brink|PUBLIC_OFFICIAL}} (wonen) |
| Contactpersoon | [[Jeroen van 't Hof|PERSON]], [[j.vanthof@zandvoort.nl|EMAIL]], [[06-41873302|PHONE]] |
## Aanleiding
In 2025 zijn 61 meldingen over illegale vakantieverhuur ontvangen, 19 meer dan in 2024. Met de gegevens van de platforms op grond van de {{Wet toeristische verhuur van woonruimte|LAW}} kan de gemeente gerichter controleren. Er zijn vijf boetes opgelegd; tegen één is bezwaar gemaakt ({{BZ-2025-0214|CASE}}).
## Geadviseerd besluit
Het college wordt gevraagd:
1. in te stemmen met het {{Handhavingsuitvoeringsprogramma 2026|PROGRAM}} voor vakantieverhuur;
2. de inzet van twee extra toezichthouders in de zomer (juni-augustus) te financieren uit de {{toeristenbelasting|TERM}};
3. de raad te informeren via de bijgevoegde raadsinformatiebrief.
## Kern
Het team werkt sinds juli 2025 met een vast {{weekendtoezicht|TERM}}. De koppeling van platformgegevens levert per kwartaal circa 35 signalen op. Knelpunt is de capaciteit: de huidige twee toezichthouders ([[S. Kuipers|PERSON]] en [[F. El Khatib|PERSON]]) kunnen niet alle signalen opvolgen.
## Financiën
Kosten € 96.000 per jaar; dekking uit de {{toeristenbelasting|TERM}} (raming 2026: € 4,1 mln).
## Paraaf
| Naam | Functie | Paraaf | Datum |
| [[J. van 't Hof|PERSON]] | teamleider | [[JvtH|PARAPH]] | 20-01-2026 |
| [[A. ter Weele-Bos|PERSON]] | jurist | [[AtWB|PARAPH]] | 21-01-2026 |
| [[P. Zwaneveld|PERSON]] | concerncontroller | [[PZw|PARAPH]] | 22-01-2026 |
"""))

DOCS.append(Doc("zv20", title="Meldingsformulier overlast vakantieverhuur (ingevuld)", producer="iText 5.5.13.3 (c) iText Group",
                creator="Formulierenserver Zandvoort", body="""
# Meldingsformulier overlast vakantieverhuur
{{Gemeente Zandvoort|ORG}} - team {{Handhaving & Toezicht|ORG}} - {{handhaving@zandvoort.nl|MAILBOX}} - {{14 023|PHONE_GENERAL}}
Met dit formulier meldt u vermoedelijke illegale vakantieverhuur. Uw gegevens worden alleen gebruikt voor de behandeling van uw melding en worden niet aan de eigenaar verstrekt ({{AVG|LAW}}, artikel 6 lid 1 sub e). Het formulier is ingediend op 25 augustus 2025 onder {{MLD-2025-1466|CASE}}.
""", fields=[("naam", "Naam melder", "Gerda Kloosterboer", "PERSON"),
             ("adres", "Adres melder", "Kostverlorenstraat 100", "ADDRESS"),
             ("telefoon", "Telefoon", "06 - 45 02 18 66", "PHONE"),
             ("email", "E-mail", "gerda.kloosterboer@planet.nl", "EMAIL"),
             ("locatie", "Adres van de verhuur", "Kostverlorenstraat 102", "ADDRESS"),
             ("eigenaar", "Naam eigenaar (indien bekend)", "mevr. Thea de Wit", "PERSON"),
             ("omschrijving", "Wat heeft u gezien?", "sleutelkluis, elke week andere gasten", None)]))

DOCS.append(Doc("zv21", title="Factuur 2025-031 toezicht vakantieverhuur", producer="Exact Online PDF Generator",
                creator="Exact Online", font="DejaVuSans", body="""
# FACTUUR
[[Toezicht & Advies Gijs Verbruggen|PERSON]]
eenmanszaak | [[Marisstraat 8|ADDRESS]] | [[2015 GT|POSTCODE]] Haarlem
KvK [[81736492|KVK]] | btw-id [[NL003912845B71|VAT]] | IBAN [[NL91 ABNA 0417 1643 00|IBAN]]
[[gijs@gvtoezicht.nl|EMAIL]] | [[06-18264590|PHONE]]
Aan: {{Gemeente Zandvoort|ORG}}, crediteurenadministratie, Postbus 2, 2040 AA {{Zandvoort|PLACE}}
Inkoopordernummer: {{PO-2025-11872|CASE}}
Factuurnummer: 2025-031 | Factuurdatum: 1 september 2025
| Omschrijving | Uren | Tarief | Bedrag |
| Inhuur toezichthouder vakantieverhuur, {{weekendtoezicht|TERM}} augustus 2025 (week 31-35) | 64 | € 92,50 | € 5.920,00 |
| Reiskosten Haarlem-{{Zandvoort|PLACE}} | 10 | € 11,20 | € 112,00 |
| Subtotaal | | | € 6.032,00 |
| Btw 21% | | | € 1.266,72 |
| Totaal | | | € 7.298,72 |
Opdrachtgever: de heer [[J. van 't Hof|PERSON]], team {{Handhaving & Toezicht|ORG}}. Raamovereenkomst {{RO-2024-HT-03|CASE}}.
Betaling binnen 30 dagen onder vermelding van het factuurnummer.
"""))

DOCS.append(Doc("zv22", title="Verslag hoorzitting bezwaarschriftencommissie BZ-2025-0214", producer="Microsoft Word for Microsoft 365",
                creator="Microsoft Word", outline=[("Verslag hoorzitting", 0, []),
                                                   ("Aanwezigen (secr. [[D. Hoogervorst|PERSON]])", 0, []),
                                                   ("Actiepunten [[Terpstra|PERSON]]", 1, [])], body="""
# Verslag hoorzitting
{{Commissie bezwaarschriften Zandvoort|ORG}} - zaak {{BZ-2025-0214|CASE}} - 15 januari 2026, 14:00 uur, raadhuis, {{Swaluëstraat 2|ADDRESS_PUBLIC}}
## Aanwezig
| Rol | Naam |
| Voorzitter (extern) | mr. [[C.W. Stam-Oudshoorn|PERSON]] |
| Lid | [[K. Nieuwendijk|PERSON]] |
| Lid | [[drs. Ö. Çelik|PERSON]] |
| Bezwaarde | de heer [[H.J. Brouwer|PERSON]] |
| Gemachtigde | mr. [[R.J. Lindeboom|PERSON]] ({{Duinrand Advocaten|ORG}}) |
| Namens de burgemeester | mr. [[A. ter Weele-Bos|PERSON]] ({{Juridische Zaken|ORG}}), [[S. Kuipers|PERSON]] (toezichthouder) |
| Secretaris | (zie verslaglegging) |
## Verloop
De voorzitter opent de zitting en licht de procedure toe. Mr. [[Lindeboom|PERSON]] verwijst naar het bezwaarschrift. Hij benadrukt dat cliënt geen toegang had tot het {{Booking.com|ORG}}-account van zijn broer. De heer [[Brouwer|PERSON]] vult aan dat hij het huis niet wil verkopen en dat hij inmiddels met de buren in gesprek is.
Mevrouw [[Ter Weele-Bos|PERSON]] stelt dat de overtreding ook zonder de nachten van de broer vaststaat (36 nachten via {{Airbnb|ORG}}). De heer [[Kuipers|PERSON]] licht de controle van 19 juli 2025 toe.
Op vragen van mevrouw [[Çelik|PERSON]] over de draagkracht legt bezwaarde een beschikking van het {{UWV|ORG}} over.
---
## Actiepunten
| Nr | Actie | Wie | Termijn |
| 1 | Beschikking {{UWV|ORG}} nasturen | [[RJL|PARAPH]] | 22-01-2026 |
| 2 | Overzicht boekingen per platform | [[SK|PARAPH]] | 22-01-2026 |
| 3 | Concept-advies commissie | secretaris ([[DH|PARAPH]]) | 12-02-2026 |
De voorzitter sluit de zitting om 15:10 uur.
"""))
