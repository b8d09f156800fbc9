from lib import Doc

DOCS = []

DOCS.append(Doc("sz10_teams_gemeente", """Chatgesprek Microsoft Teams - "Vijverberg incident" (export 26-05-2026)

[[Dijkema, Karin]] 25-5 10:02
@[[Yara|PERSON]] kun je alvast een conceptverklaring maken voor {{wethouder Brouwer}}? Geen namen van personeel, geen details over het kind.
[[El Idrissi, Yara]] 25-5 10:05
Doe ik. Wil de wethouder zelf ook citeren? Dan laat ik het aan haar woordvoerder zien.
[[Dijkema, Karin]] 25-5 10:06
Ja, citaat graag. Let op: {{Arbeidsinspectie}} onderzoekt nog, dus niets over schuld.
[[Brinkhuis, Tom]] 25-5 10:11
Subsidiebeschikking {{SUB-2026-0412}} aan de stichting verplicht ze tot het {{Keurmerk Veilig en Schoon Zwemwater}}. Keurmerk loopt tot december.
[[Van der Meulen, Sjoerd]] 25-5 10:14
Politie heeft geen strafrechtelijk onderzoek ingesteld, heb ik net van [[Bas|PERSON]] (wijkagent) gehoord. Bel me op [[06-2741 9935]] als je meer wilt weten.
[[Vos, Hanneke]] 25-5 10:20
Dank. [[Karin]], plan jij een overleg met [[Wessels]] en [[Luttikhuis]]? En [[PJ|INITIALS]] erbij voor de Woo-kant, ik verwacht een verzoek.
[[Bosscher, Pieter-Jan]] 25-5 10:26
Ik zit erbij. Bewaar alle chats, ook deze; die vallen onder de {{Woo}}.
[[El Idrissi, Yara]] 25-5 11:48
Concept staat in de map {{Communicatie/2026/Vijverberg}}. [[Tom|PERSON]], kun jij de cijfers over bezoekers checken?
""", producer="Microsoft: Print To PDF", creator="Microsoft Teams", font="DejaVuSans", size=9))

DOCS.append(Doc("sz11_melding_nla", """# {{Nederlandse Arbeidsinspectie}} - Melding arbeidsongeval / ernstig voorval (kopie)
Meldingsnummer: {{NLA-26-0044817}}      Ontvangen: 23-05-2026 17:42 via {{Mijn Arbeidsinspectie}}

Werkgever: {{Stichting Zwembad De Vijverberg}}      KvK: {{08123456}}
Vestigingsadres: {{Vijverbergweg 12}}, 7412 AB Deventer
Melder: [[Gerda Luttikhuis]], bedrijfsleider      Telefoon melder: [[0570-621890]]      E-mail: [[g.luttikhuis@vijverberg-deventer.nl]]

Aard voorval: bezoeker (kind, 7 jaar) bewusteloos uit het water gehaald; reanimatie met {{AED}}; ziekenhuisopname.
Betrokken werknemers: [[D. Kortekaas]] (hoofd toezicht), [[S. Aksoy]], [[R. 't Hooft]]; geen letsel bij werknemers.
Psychische belasting werknemers: opvang door {{BOT-team}} en bedrijfsarts van {{ArboNed}}.

Opmerking {{NLA}}: het voorval betreft in de eerste plaats de veiligheid van bezoekers; toezicht daarop valt onder het
{{Bhvbz}} en het bevoegd gezag ({{provincie Overijssel}}). De {{NLA}} onderzoekt de arbeidsomstandigheden en de
organisatie van het toezicht ({{Arbobesluit}} hoofdstuk 3, {{RI&E}}).
Behandelend inspecteur: [[R. Bouzid]]      Team {{Arbo Oost}}, {{Zwolle}}
""", producer="NLA Meldingenportaal / iText 5.5.13.3", creator="", font="Courier", size=9))

DOCS.append(Doc("sz12_inspectierapport", """# {{Nederlandse Arbeidsinspectie}}
# Rapport van bevindingen - onderzoek ongeval {{NLA-26-0044817}}

Bedrijf: {{Stichting Zwembad De Vijverberg}}, {{Vijverbergweg 12}}, Deventer
Datum inspectie: 9 juni 2026      Inspecteurs: [[R. Bouzid]] en [[M. Timmerman]]
Gesproken met: [[G. Luttikhuis]] (bedrijfsleider), [[H.J. Wessels]] (bestuursvoorzitter), [[D. Kortekaas]] (hoofd toezicht)

# 1. Aanleiding
Op 23 mei 2026 raakte een bezoeker van zeven jaar bewusteloos in het wedstrijdbad. De werkgever heeft het voorval
dezelfde dag gemeld. Dit rapport beoordeelt of de werkgever het werk zo heeft georganiseerd dat het toezichthoudend
personeel zijn taak veilig en naar behoren kan uitvoeren ({{Arbowet}} artikel 3 en 5).

# 2. Bevindingen
2.1 De {{RI&E}} van 2023 noemt het risico van schittering op het wateroppervlak door de glazen gevel, maar het plan van
aanpak bevat geen maatregel. Op 9 juni is vastgesteld dat vanaf toezichtstoel 2 de bodem van baan 7 en 8 tussen
13:00 en 16:00 uur niet zichtbaar is.
2.2 Het {{toezichtplan}} {{VB-TP-2025}} schrijft bij meer dan 120 bezoekers vier toezichthouders voor. Op 23 mei waren
dat er drie, omdat een toezichthouder naar de kassa was gestuurd.
2.3 Eén van de dienstdoende toezichthouders had geen geldig {{PRO-certificaat}} en een verlopen EHBO-certificaat.
2.4 De {{AED}} was binnen 90 seconden bij het slachtoffer; de reanimatie verliep volgens het protocol van de
{{Nederlandse Reanimatie Raad}}.
\f
# 3. Overtredingen en maatregelen
- {{Arbobesluit}} artikel 2.14a (plan van aanpak): waarschuwing, termijn 3 maanden.
- {{Arbowet}} artikel 8 (voorlichting en onderricht): eis tot naleving, termijn 6 weken.
Het rapport is besproken met de werkgever op 30 juni 2026. Zienswijze ontvangen per mail van [[Henk Wessels]] op 7 juli.

# 4. Mededeling aan het bevoegd gezag
Een afschrift gaat naar de {{provincie Overijssel}} (toezicht {{Bhvbz}}) en, op verzoek, naar de {{gemeente Deventer}} als
subsidieverstrekker.

Inspecteur: [[Rachid Bouzid]]      telefoon [[+31 (0)6 4818 2096]]      e-mail [[r.bouzid@nlarbeidsinspectie.nl]]
Algemene vragen: {{0800 - 5151}} ({{Nederlandse Arbeidsinspectie}})
""", producer="Adobe PDF Library 17.11.238", creator="Acrobat PDFMaker 23 voor Word", font="Times-Roman", size=10.5,
    author="Marloes Timmerman", xmp_creator="Marloes Timmerman"))

DOCS.append(Doc("sz13_brief_verzekeraar", """# {{Noordwold Verzekeringen N.V.}}
Postbus 820, 8000 AV {{Zwolle}}

{{Hanzestad Letselschade Advocaten}}
t.a.v. [[mr. J.W. ter Haar]]
Brink 41, 7411 BV Deventer

{{Zwolle}}, 14 juli 2026
Schadenummer: {{NW-S-26-041938}}
Uw cliënte: [[L. van Ommeren]]
Betreft: reactie op aansprakelijkstelling

Geachte heer [[Ter Haar]],

Namens onze verzekerde, {{Stichting Zwembad De Vijverberg}}, reageren wij op uw brief van 2 juni 2026. Op grond
van het rapport van {{Expertisebureau Salland}} en de bevindingen van de {{Nederlandse Arbeidsinspectie}} erkennen
wij aansprakelijkheid voor de gevolgen van het voorval van 23 mei 2026, onder voorbehoud van de omvang van de schade.

Wij zijn bereid een voorschot van EUR 5.000 te betalen op rekening [[NL47 RABO 0318 2274 65]] ten name van
[[M.A. van Ommeren]], zoals vermeld in uw brief. Voor de beoordeling van het letsel verzoeken wij om een medische
machtiging van de ouders, te sturen aan onze medisch adviseur.

Hoogachtend,
{{Noordwold Verzekeringen N.V.}}

[[L. Peeters]]
Senior schadebehandelaar
Directe lijn [[038 - 851 47 26]]
""", producer="Aspose.PDF for .NET 23.1", creator="Noordwold Correspondentie", font="Helvetica", size=10))

DOCS.append(Doc("sz14_expertiserapport", """# {{Expertisebureau Salland}} B.V.
# Rapport feitenonderzoek      dossier {{ES-26-3381}}      schadenummer {{NW-S-26-041938}}

Opdrachtgever: {{Noordwold Verzekeringen N.V.}}, de heer [[L. Peeters]]
Expert: [[A.M. Verbeek]] RT      Datum bezoek: 1 juli 2026

# Gesprekken
- [[Gerda Luttikhuis]], bedrijfsleider: bevestigt dat om 14:15 uur een toezichthouder naar de kassa ging.
- [[Daan Kortekaas]], hoofd toezicht: zag het kind pas na de waarschuwing van een bezoeker.
- [[Wilma Spoelstra]], bezoeker, [[Zutphenseweg 88|ADDRESS]], Deventer: zag het kind 'enkele seconden' op de bodem liggen.
- [[Gijs Nauta]], zwemmer in baan 5 (16 jaar): heeft het kind niet zien zinken.

# Technische waarnemingen
De onderwatercamera van het systeem {{Poseidon}} was sinds maart defect (werkorder {{WO-2026-117}}). De ramen aan de
zuidgevel hebben geen zonwering. Het {{toezichtplan}} vermeldt geen positie voor een toezichthouder aan de zuidzijde.
De bodemkleur (licht blauw) voldoet aan {{NEN-EN 15288-1}}.
\f
# Conclusie
Het ongeval is te verklaren uit een combinatie van onderbezetting, schittering en het ontbreken van camera-ondersteuning.
Het kind droeg geen drijfmiddel; het had {{Zwemdiploma A}} maar geen {{Zwemdiploma B}}; toegang tot het diepe deel was
volgens de huisregels toegestaan onder begeleiding van een volwassene. De vader, de heer [[Van Ommeren]], zat op de
tribune.

Bijlagen: foto's (12), plattegrond, verklaringen.

[[A.M. Verbeek]], register-taxateur
[[anouk.verbeek@expertisesalland.nl]]  |  [[06 - 22 94 01 83]]
""", producer="Nitro Pro 13 (13.70.0.30)", creator="Nitro Pro 13", font="DejaVuSerif", size=9.5,
    author="A.M. Verbeek"))

DOCS.append(Doc("sz15_persbericht_concept", """CONCEPT - NIET VERSPREIDEN
# Persbericht {{gemeente Deventer}}      26 mei 2026

# Wethouder Brouwer: 'Wij leven mee met het meisje en haar familie'

Zaterdag 23 mei is in {{Sportcentrum De Vijverberg}} een meisje van zeven jaar bewusteloos uit het water gehaald. Dankzij
het snelle handelen van het badpersoneel is zij gereanimeerd. Zij ligt in het ziekenhuis en maakt het naar
omstandigheden goed.

{{Wethouder Ilse Brouwer}} (sport): "Wij leven mee met het meisje en haar familie. Ik heb grote bewondering voor de
medewerkers die in die minuten het verschil hebben gemaakt. Tegelijk willen wij precies weten wat er is gebeurd."

De {{Nederlandse Arbeidsinspectie}} doet onderzoek. De gemeente wacht dat onderzoek af. Het wedstrijdbad is
vanaf 27 mei weer open; het {{Inge de Bruijnbad}} en het instructiebad bleven open.

[opmerking [[YEI|INITIALS]]: naam hoofdtoezichthouder weggelaten op verzoek van [[Luttikhuis]]]

Noot voor de redactie: voor vragen kunt u contact opnemen met de woordvoerder van de gemeente via {{14 0570}} of
{{pers@deventer.nl}}. Niet voor publicatie: [[Yara El Idrissi]], [[06 - 10 27 66 91]].
""", producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365", font="Helvetica",
    author="Yara El Idrissi", xmp_creator="El Idrissi, Yara",
    notes=[(0, "Dijkema, Karin", "Citaat akkoord wethouder? Check met [[Hanneke]] voor 12 uur."),
           (0, "Vos, Hanneke", "Akkoord, maar zin over het personeel inkorten. Bel [[06-4407 1196]].")]))

DOCS.append(Doc("sz16_persbericht", """# {{gemeente Deventer}} - Persbericht
26 mei 2026

# Wethouder Brouwer: 'Wij leven mee met het meisje en haar familie'

Zaterdag 23 mei is in {{Sportcentrum De Vijverberg}} een meisje van zeven jaar bewusteloos uit het water gehaald. Dankzij
het snelle handelen van het badpersoneel is zij gereanimeerd. Zij ligt in het ziekenhuis en maakt het naar
omstandigheden goed.

{{Wethouder Ilse Brouwer}} (sport): "Wij leven mee met het meisje en haar familie. Ik heb bewondering voor de
medewerkers die het verschil hebben gemaakt. Wij willen precies weten wat er is gebeurd."

{{Burgemeester Ron König}} heeft het personeel op maandag bezocht. De {{Nederlandse Arbeidsinspectie}} doet onderzoek.
Het wedstrijdbad is vanaf 27 mei weer open. {{Stichting Zwembad De Vijverberg}} laat het {{toezichtplan}} extern toetsen
door de {{Nationale Raad Zwemveiligheid}}.

Noot voor de redactie (niet voor publicatie): woordvoering via {{14 0570}} of {{pers@deventer.nl}}.
""", producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365", font="Helvetica"))
