"""Set OV, documents ov23-ov33: reports, annotated draft, scans, invoice, press release, roster, legal memo,
Woo decision and inventory."""
from lib import Doc, k, r

DOCS = []

# ---------------------------------------------------------------------------------------------- ov23
DOCS.append(Doc("ov23_kwartaalrapportage_rb", render="rlttf", producer="Aspose.PDF for .NET 23.4",
                creator="Aspose.Cells", author="HRM Informatievoorziening", body="""
# Kwartaalrapportage verzuim directie Ruimte en Bereikbaarheid, Q4 2024

~Vertrouwelijk - alleen voor het managementteam Ruimte en Bereikbaarheid. Kenmerk 2025/0011873. Bron: YouForce.

## 1. Verzuim per team

|Team|Teamleider|Fte|Verzuim% Q4|Langdurig|Opmerking|
|Mobiliteit en Bereikbaarheid|R. Koopmans|38,4|8,9%|3|1 medewerker in week 42-45; melding UWV gedaan|
|Wegen en Kanalen|T.J. (Tjeerd) Haaksma|52,0|6,1%|2|-|
|Ruimtelijke Ontwikkeling|Esra Doğan|29,7|4,2%|1|-|
|Natuur en Landschap|W. van den Broek-Oude Luttikhuis|33,2|5,4%|2|-|
|Vergunningverlening|vacature (a.i. Mehmet Yılmaz)|24,8|3,9%|0|-|

## 2. Signalering langdurig verzuim (> 6 maanden)

|Pers.nr|Team|Eerste ziektedag|Status|Casemanager|
|104338|Mobiliteit en Bereikbaarheid|26-02-2024|gedeeltelijk hersteld 44%, terugval|R. Koopmans|
|100217|Wegen en Kanalen|14-05-2024|volledig verzuim, tweede spoor|T.J. Haaksma|
|107702|Natuur en Landschap|02-04-2024|hersteld per 1-12-2024|W. van den Broek-Oude Luttikhuis|

===
## 3. Acties managementteam

1. De teamleider Mobiliteit en Bereikbaarheid bereidt de eerstejaarsevaluatie voor (februari 2025).
2. HRM (P.J. van 't Hul) agendeert de samenhang tussen reorganisatie en verzuim in het MT van 20 januari 2025.
3. Analyse verzuimcijfers per leeftijdsklasse door B. de Wit (HRM Informatievoorziening), gereed maart 2025.

## 4. Benchmark

Het gemiddelde verzuim bij de provincies lag volgens de IPO-benchmark 2024 op 5,0%. Ruimte en Bereikbaarheid ligt daar met 5,8% boven. Het verzuim bij Rijkswaterstaat Oost-Nederland was 5,3%.
""", R=[
    r("PERSON", "Ruben Koopmans", "R. Koopmans"),
    r("PERSON", "Tjeerd Haaksma", "T.J. (Tjeerd) Haaksma", "T.J. Haaksma"),
    r("PERSON", "Esra Doğan", "Esra Doğan"),
    r("PERSON", "W. van den Broek-Oude Luttikhuis", "W. van den Broek-Oude Luttikhuis"),
    r("PERSON", "Mehmet Yılmaz", "Mehmet Yılmaz"),
    r("ID", "personeelsnummer 104338", "104338"),
    r("ID", "personeelsnummer 100217", "100217"),
    r("ID", "personeelsnummer 107702", "107702"),
    r("HEALTH", "verzuimstatus individuele medewerker", ("gedeeltelijk hersteld 44%, terugval", False)),
    r("PERSON", "Pieter van 't Hul", "P.J. van 't Hul"),
    r("PERSON", "Bas de Wit", "B. de Wit"),
], K=[
    k("ORG", "Ruimte en Bereikbaarheid"), k("CASE", "2025/0011873"), k("PRODUCT", "YouForce"),
    k("ORG", "Mobiliteit en Bereikbaarheid"), k("ORG", "Wegen en Kanalen"), k("ORG", "Ruimtelijke Ontwikkeling"),
    k("ORG", "Natuur en Landschap"), k("ORG", "UWV"),
    k("ORG", "HRM Informatievoorziening"), k("ORG", "IPO-benchmark 2024"), k("ORG", "Rijkswaterstaat Oost-Nederland"),
    k("NUM", "8,9%"), k("TERM", "eerstejaarsevaluatie"), k("ROLE", "teamleider Mobiliteit en Bereikbaarheid"),
]))

# ---------------------------------------------------------------------------------------------- ov24
DOCS.append(Doc("ov24_concept_bijstelling_pva", render="rl", producer="Adobe PDF Library 23.8.53",
                creator="Acrobat PDFMaker 23 voor Word", author="Provincie Overijssel",
                notes=[(0, "Çelik, Aylin", "Ruben, mag de passage over de terugval eruit? Dat is medisch. Groet, Aylin"),
                       (0, "Koopmans, Ruben", "Eens. Bel me even: 06 2391 4476"),
                       (1, "Hul, Pieter van 't", "Let op: Jolanda wil de vertrouwenspersoon Lammertink bij het gesprek."),
                       (1, "Brinkers, Dennis (Arbo Oost)", "Afgestemd met bedrijfsarts, akkoord met urenopbouw.")],
                body="""
# CONCEPT - Bijstelling plan van aanpak re-integratie

Zaaknummer: ZK24-003318
Versie: 0.3 (concept voor bespreking)
Datum: 4 maart 2025

## 1. Aanleiding bijstelling

Uit de eerstejaarsevaluatie van 11 februari 2025 blijkt dat volledige terugkeer in het eigen werk onzeker is. Het re-integratiedoel wordt bijgesteld. Het eerste spoor (eigen werk, 24 uur) blijft bestaan; daarnaast start het tweede spoor.

## 2. Eerste spoor

|Periode|Uren per week|Werkzaamheden|
|maart-april 2025|16|eigen beleidswerk, geen externe overleggen|
|mei-juni 2025|20|eigen beleidswerk, ambtelijke overleggen als toehoorder|
|vanaf juli 2025|24|eigen werk, met uitzondering van bestuurlijke overleggen|

## 3. Tweede spoor

Het tweede-spoortraject wordt uitgevoerd door De Werkbrug B.V. te Hengelo en duurt maximaal acht maanden. Doel: passend werk buiten de provincie, aansluitend op de Functionele Mogelijkheden Lijst.

===
## 4. Overige afspraken

- Wekelijks contact tussen medewerker en leidinggevende op maandag.
- De leidinggevende houdt de plaatsingsprocedure in het organisatieplan Ruimte en Bereikbaarheid buiten het re-integratietraject.
- Evaluatie met de bedrijfsarts van Arbo Oost B.V. elke zes weken.
- Eventuele geschillen: deskundigenoordeel UWV.

## 5. Akkoord

Dit concept wordt besproken op 10 maart 2025. De definitieve versie wordt door medewerker en leidinggevende ondertekend en opgenomen in het re-integratiedossier.
""", R=[
    r("PERSON", "Aylin Çelik (sticky note)", "Çelik, Aylin", "Aylin", ch="annotations"),
    r("PERSON", "Ruben Koopmans (sticky note)", "Koopmans, Ruben", "Ruben", ch="annotations"),
    r("PHONE", "06 2391 4476 (sticky note)", ("06 2391 4476", False), ch="annotations"),
    r("PERSON", "Pieter van 't Hul (sticky note)", "Hul, Pieter van 't", ch="annotations"),
    r("PERSON", "Jolanda ter Horst-Veldkamp (sticky note)", "Jolanda", ch="annotations"),
    r("PERSON", "Ingrid Lammertink (sticky note)", "Lammertink", ch="annotations"),
    r("PERSON", "Dennis Brinkers (sticky note)", "Brinkers, Dennis", ch="annotations"),
    r("HEALTH", "terugval (sticky note)", ("passage over de terugval", False), ch="annotations"),
], K=[
    k("CASE", "ZK24-003318"), k("TERM", "eerstejaarsevaluatie"), k("ORG", "De Werkbrug B.V."),
    k("PLACE", "Hengelo"), k("TERM", "Functionele Mogelijkheden Lijst"), k("ORG", "Ruimte en Bereikbaarheid"),
    k("ORG", "Arbo Oost B.V."), k("TERM", "deskundigenoordeel UWV"), k("DATE", "4 maart 2025"),
    k("DATE", "10 maart 2025"), k("TERM", "tweede spoor"), k("TERM", "re-integratiedossier"),
]))

# ---------------------------------------------------------------------------------------------- ov25 (scan)
DOCS.append(Doc("ov25_scan_presentielijst", render="scan", producer="RICOH IM C3000 (PDF)",
                creator="RICOH IM C3000", body="""
# Presentielijst workshop Gezond werken bij verandering

Provincie Overijssel, Thorbeckezaal, 14 november 2024

Naam	Team	Handtekening
Sanne Hofstede	Mobiliteit	@S. Hofstede
Mohamed El Amrani	Mobiliteit	@M. El Amrani
Gerrit-Jan Mensink	Facilitair	@GJ Mensink
Marloes de Boer	Mobiliteit	@M de Boer
Esra Dogan	Ruimtelijke Ontw.	@E. Dogan

Trainer: Femke Ruiterkamp, Ergo Advies Twente
""", R=[
    r("PERSON", "Sanne Hofstede", "Hofstede", ch="ocr"),
    r("PERSON", "Mohamed El Amrani", "Amrani", ch="ocr"),
    r("PERSON", "Gerrit-Jan Mensink", "Mensink", ch="ocr"),
    r("PERSON", "Marloes de Boer-Yıldız", "Marloes", ch="ocr"),
    r("PERSON", "Esra Doğan", "Dogan", ch="ocr"),
    r("PERSON", "Femke Ruiterkamp", "Ruiterkamp", ch="ocr"),
], K=[]))

# ---------------------------------------------------------------------------------------------- ov26
DOCS.append(Doc("ov26_factuur_arbo_oost", render="rlttf", producer="Exact Online PDF (iText 5.5.13)",
                creator="Exact Online", body="""
~Arbo Oost B.V. | Stationsplein 6 | 7411 HB Deventer | KvK 08123456 | btw NL8123.45.678.B01 | IBAN NL12 ABNA 0456 7890 12
# Factuur 2025-100234

Provincie Overijssel, crediteurenadministratie, Postbus 10078, 8000 GB Zwolle
Contractnummer: OV-2024-031
Periode: januari 2025
Factuurdatum: 5 februari 2025

|Code|Omschrijving|Aantal|Tarief|Bedrag|
|ABON|Abonnement verzuimbegeleiding (1.480 medewerkers)|1|€ 23.680,00|€ 23.680,00|
|SPR-BA|Spreekuur bedrijfsarts|47|€ 148,00|€ 6.956,00|
|SPR-CM|Consult casemanager|31|€ 96,00|€ 2.976,00|
|RIV|Opstellen re-integratieverslag|2|€ 395,00|€ 790,00|
|Totaal excl. btw||||€ 34.402,00|
|Btw 21%||||€ 7.224,42|
|Totaal||||€ 41.626,42|

Een specificatie per personeelsnummer is beschikbaar in het Verzuimportaal (alleen voor geautoriseerde HR-medewerkers).

Vragen over deze factuur: debiteuren@arbo-oost.nl of 0570 61 44 00. Uw accountmanager: Joost Vreeswijk, j.vreeswijk@arbo-oost.nl, 06 4820 1175.
""", R=[
    r("PERSON", "Joost Vreeswijk (accountmanager)", "Joost Vreeswijk"),
    r("EMAIL", "j.vreeswijk@arbo-oost.nl", ("j.vreeswijk@arbo-oost.nl", False)),
    r("PHONE", "06 4820 1175", ("06 4820 1175", False)),
], K=[
    k("ORG", "Arbo Oost B.V."), k("ADDRESS", "Stationsplein 6"), k("KVK", "KvK 08123456"),
    k("VAT", "NL8123.45.678.B01"), k("IBAN", "NL12 ABNA 0456 7890 12"), k("ORG", "Provincie Overijssel"),
    k("CASE", "OV-2024-031"), k("CASE", "2025-100234"), k("NUM", "€ 41.626,42"), k("NUM", "€ 6.956,00"),
    k("EMAIL", "debiteuren@arbo-oost.nl"), k("PHONE", "0570 61 44 00"), k("PRODUCT", "Verzuimportaal"),
    k("TERM", "re-integratieverslag"), k("DATE", "5 februari 2025"),
]))

# ---------------------------------------------------------------------------------------------- ov27
DOCS.append(Doc("ov27_persbericht", render="rl", producer="Microsoft® Word voor Microsoft 365",
                creator="Microsoft® Word voor Microsoft 365", author="Nijhof, Lieke", xmp_creator="Lieke Nijhof",
                body="""
# Persbericht: Provincie Overijssel vernieuwt verzuimbeleid

Zwolle, 9 april 2025

Gedeputeerde Staten van Overijssel hebben het Verzuimbeleid Provincie Overijssel 2025 vastgesteld. Met het nieuwe beleid wil de provincie het langdurig verzuim terugdringen. Het verzuim steeg van 4,6% in 2023 naar 4,9% in 2024.

"Wie ziek is, moet de ruimte krijgen om te herstellen. Maar we willen ook eerder kijken naar wat iemand wél kan," zegt gedeputeerde Monique Hagedoorn (Personeel en Organisatie). "Daarom zetten we eerder een tweede spoor in en trekken we structureel € 150.000 per jaar uit voor duurzame inzetbaarheid."

Het beleid is tot stand gekomen in overleg met de Ondernemingsraad. De provincie werkt sinds 2024 samen met Arbo Oost B.V. voor de bedrijfsgeneeskundige begeleiding. Eind 2024 waren 21 medewerkers van de provincie langer dan een jaar ziek.

Het Verzuimbeleid 2025 is te lezen op www.overijssel.nl/verzuimbeleid.

Noot voor de redactie (niet voor publicatie):
Voor meer informatie kunt u contact opnemen met woordvoerder Niels Verhoef, via het persnummer 038 499 77 00 of pers@overijssel.nl.
""", R=[
    r("PERSON", "Lieke Nijhof (communicatieadviseur, Info /Author + XMP)", "Nijhof, Lieke", "Lieke Nijhof",
      ch="metadata"),
], K=[
    k("ORG", "Provincie Overijssel"), k("ORG", "Gedeputeerde Staten van Overijssel"),
    k("TITLE", "Verzuimbeleid Provincie Overijssel 2025"), k("OFFICIAL", "gedeputeerde Monique Hagedoorn"),
    k("TERM", "Personeel en Organisatie"), k("NUM", "€ 150.000"), k("ORG", "Ondernemingsraad"),
    k("ORG", "Arbo Oost B.V."), k("URL", "www.overijssel.nl/verzuimbeleid"),
    k("SPOKES", "woordvoerder Niels Verhoef"), k("PHONE", "038 499 77 00"), k("EMAIL", "pers@overijssel.nl"),
    k("PLACE", "Zwolle"), k("DATE", "9 april 2025"), k("NUM", "4,9%"),
]))

# ---------------------------------------------------------------------------------------------- ov28
DOCS.append(Doc("ov28_mail_werkplek", render="rlttf", producer="Microsoft Outlook for Microsoft 365",
                creator="Microsoft Outlook", body="""
Van: Mensink, Gerrit-Jan <gj.mensink@overijssel.nl>
Verzonden: donderdag 23 mei 2024 10:37
Aan: Koopmans, Ruben <r.koopmans@overijssel.nl>
CC: Çelik, Aylin <a.celik@overijssel.nl>; facilitair@overijssel.nl
Onderwerp: RE: werkplekonderzoek thuiswerkplek mw. Ter Horst

Ruben,

Ergo Advies Twente kan op donderdag 6 juni om 13.00 uur bij mevrouw Ter Horst thuis langskomen. Femke Ruiterkamp voert het onderzoek uit. Zij heeft het adres nodig; ik heb Esdoornlaan 17 in Deventer doorgegeven, zoals in jullie mail stond. Kosten € 285 (excl. btw) op kostenplaats 6120-FAC.

Hardware (zit-sta-bureau, tweede monitor Dell P2723) bestellen we via de Rijksbrede catalogus, levering binnen twee weken.

Met vriendelijke groet,
Gerrit-Jan Mensink
Facilitair Bedrijf | provinciehuis Zwolle
T 038 - 499 80 44

Van: Koopmans, Ruben <r.koopmans@overijssel.nl>
Verzonden: woensdag 22 mei 2024 16:02
Aan: Mensink, Gerrit-Jan <gj.mensink@overijssel.nl>
Onderwerp: werkplekonderzoek thuiswerkplek mw. Ter Horst

Hoi Gerrit-Jan,

Op advies van de bedrijfsarts willen we de thuiswerkplek van een medewerker van mijn team laten beoordelen. Ze woont in Deventer, adres volgt via Aylin. Ze is bereikbaar op 06-41278390 (liefst na 10 uur). Kun jij Ergo Advies Twente inschakelen?

Dank! Ruben
""", R=[
    r("PERSON", "Gerrit-Jan Mensink", "Mensink, Gerrit-Jan", "Gerrit-Jan Mensink", "Gerrit-Jan"),
    r("EMAIL", "gj.mensink@overijssel.nl", ("gj.mensink@overijssel.nl", False)),
    r("PERSON", "Ruben Koopmans", "Koopmans, Ruben", "Ruben"),
    r("EMAIL", "r.koopmans@overijssel.nl", ("r.koopmans@overijssel.nl", False)),
    r("PERSON", "Aylin Çelik", "Çelik, Aylin", "Aylin"),
    r("EMAIL", "a.celik@overijssel.nl", ("a.celik@overijssel.nl", False)),
    r("PERSON", "Jolanda ter Horst-Veldkamp", "Ter Horst"),
    r("PERSON", "Femke Ruiterkamp", "Femke Ruiterkamp"),
    r("ADDRESS", "Esdoornlaan 17", "Esdoornlaan 17"),
    r("PHONE", "038 - 499 80 44", ("038 - 499 80 44", False)),
    r("PHONE", "06-41278390", ("06-41278390", False)),
], K=[
    k("EMAIL", "facilitair@overijssel.nl"), k("ORG", "Ergo Advies Twente"), k("PLACE", "Deventer"),
    k("NUM", "€ 285"), k("CASE", "6120-FAC"), k("PRODUCT", "Dell P2723"), k("TERM", "Rijksbrede catalogus"),
    k("ORG", "Facilitair Bedrijf"), k("BUILDING", "provinciehuis Zwolle"), k("ROLE", "bedrijfsarts"),
]))

# ---------------------------------------------------------------------------------------------- ov29 (scan)
DOCS.append(Doc("ov29_scan_uwv_ziekmelding", render="scan", producer="KONICA MINOLTA bizhub C300i",
                creator="KONICA MINOLTA bizhub C300i", body="""
# UWV - Ziekmelding na 42 weken (Melding langdurig verzuim)

Werkgever: Provincie Overijssel
Loonheffingennummer: 0017.23.456.L01
Contactpersoon werkgever: A. Celik, HR-adviseur
Telefoon contactpersoon: 038 499 71 62

Werknemer: Jolanda Maria ter Horst-Veldkamp
Burgerservicenummer: 178542398
Geboortedatum: 14-03-1979
Eerste ziektedag: 26-02-2024

Datum melding: 13-12-2024

@A. Celik
Handtekening werkgever
""", R=[
    r("PERSON", "Aylin Çelik", "Celik", ch="ocr"),
    r("PHONE", "038 499 71 62", ("71 62", False), ch="ocr"),
    r("PERSON", "Jolanda ter Horst-Veldkamp", "Veldkamp", ch="ocr"),
    r("BSN", "178542398", "178542398", ch="ocr"),
    r("DOB", "14-03-1979", ("14-03-1979", False), ch="ocr"),
], K=[]))

# ---------------------------------------------------------------------------------------------- ov30
DOCS.append(Doc("ov30_rooster_aangepast_werk", render="rlttf", producer="Microsoft® Excel® voor Microsoft 365",
                creator="Microsoft® Excel® voor Microsoft 365", author="Hofstede, S.", body="""
# Bezettingsrooster team Mobiliteit en Bereikbaarheid - september/oktober 2024

~Werkbestand teamleider. Kantoordagen provinciehuis Zwolle, Luttenbergstraat 2. Bijgewerkt door S. Hofstede.

|Medewerker|Pers.nr|Ma|Di|Wo|Do|Vr|Mobiel|
|Jolanda ter Horst|104338|thuis 6u|thuis 6u|kantoor 6u|thuis 6u|-|06-4127 8390|
|Sanne Hofstede|103991|kantoor|kantoor|thuis|kantoor|-|06 3362 0418|
|Mohamed El Amrani|108450|kantoor|thuis|kantoor|kantoor|thuis|06-1077 3145|
|Marloes de Boer-Yıldız|102276|RWS Lelystad|kantoor|kantoor|-|kantoor|06 2915 7730|
|Henk-Jan Wolbers|099814|kantoor|kantoor|kantoor|thuis|kantoor|06-4187 2290|
|Ruben Koopmans|097731|kantoor|kantoor|MT|kantoor|thuis|06 2391 4476|

Legenda: MT = managementteam Ruimte en Bereikbaarheid; RWS = Rijkswaterstaat. Aangepaste uren (u) volgens het plan van aanpak.

## Bereikbaarheid bij calamiteiten (piketdienst N348 / N35)

|Week|Piket|Achterwacht|
|36|M. El Amrani|H.J. Wolbers|
|37|S. Hofstede|R. Koopmans|
|38|H.J. Wolbers|M. de Boer-Yıldız|
|39|M. de Boer-Yıldız|S. Hofstede|
|40|M. El Amrani|R. Koopmans|

Algemeen nummer verkeerscentrale: 0800 - 0235 000 (gratis, 24/7).
""", R=[
    r("PERSON", "Jolanda ter Horst-Veldkamp", "Jolanda ter Horst"),
    r("ID", "104338", "104338"),
    r("PHONE", "06-4127 8390", ("06-4127 8390", False)),
    r("PERSON", "Sanne Hofstede", "Sanne Hofstede", "S. Hofstede"),
    r("ID", "103991", "103991"), r("PHONE", "06 3362 0418", ("06 3362 0418", False)),
    r("PERSON", "Mohamed El Amrani", "Mohamed El Amrani", "M. El Amrani"),
    r("ID", "108450", "108450"), r("PHONE", "06-1077 3145", ("06-1077 3145", False)),
    r("PERSON", "Marloes de Boer-Yıldız", "Marloes de Boer-Yıldız", "M. de Boer-Yıldız"),
    r("ID", "102276", "102276"), r("PHONE", "06 2915 7730", ("06 2915 7730", False)),
    r("PERSON", "Henk-Jan Wolbers", "Henk-Jan Wolbers", "H.J. Wolbers"),
    r("ID", "099814", "099814"), r("PHONE", "06-4187 2290", ("06-4187 2290", False)),
    r("PERSON", "Ruben Koopmans", "Ruben Koopmans", "R. Koopmans"),
    r("ID", "097731", "097731"), r("PHONE", "06 2391 4476", ("06 2391 4476", False)),
    r("PERSON", "Hofstede, S. (Info /Author)", "Hofstede, S.", ch="metadata"),
], K=[
    k("ORG", "team Mobiliteit en Bereikbaarheid"), k("BUILDING", "provinciehuis Zwolle"),
    k("ADDRESS", "Luttenbergstraat 2"), k("ORG", "RWS Lelystad"), k("ORG", "Ruimte en Bereikbaarheid"),
    k("ORG", "Rijkswaterstaat"), k("ROAD", "N348"), k("ROAD", "N35"), k("PHONE", "0800 - 0235 000"),
    k("TERM", "plan van aanpak"), k("TERM", "Achterwacht"),
]))

# ---------------------------------------------------------------------------------------------- ov31
DOCS.append(Doc("ov31_juridische_toets", render="docx", creator="Writer", producer="LibreOffice 7.6",
                author="mr. D.K. Oldenkamp", body="""
# Memo juridische toets Woo-verzoek WOO-2026-0147

Aan: Woo-coördinator, T. Brouwer-Lammers
Van: mr. D.K. Oldenkamp, jurist team Juridische Zaken
Datum: 2 februari 2026
Kenmerk: JZ/2026/0031

## 1. Vraag

Kunnen de documenten over het dossier van langdurig verzuim (onderdeel 3 van het verzoek van mevrouw Rozendaal) openbaar worden gemaakt, en zo ja, in welke vorm?

## 2. Toetsing

Gegevens over de gezondheid zijn bijzondere persoonsgegevens in de zin van artikel 9 AVG. Op grond van artikel 5.1, eerste lid, onder d, Woo blijft verstrekking daarvan achterwege, tenzij de verstrekking kennelijk geen inbreuk op de levenssfeer maakt. Dat is hier niet het geval. Ook de functionele beperkingen die de bedrijfsarts beschrijft (FML) zijn gezondheidsgegevens.

De namen, e-mailadressen, telefoonnummers en paraafcodes van medewerkers, van de bedrijfsarts en van medewerkers van de arbodienst en het re-integratiebureau worden geweigerd op grond van artikel 5.1, tweede lid, onder e, Woo. Het personeelsnummer, het dossiernummer van de arbodienst en het burgerservicenummer worden geweigerd op grond van artikel 5.1, eerste lid, onder e, Woo.

Namen van gedeputeerde Hagedoorn, de commissaris van de Koning en Statenlid Bosscher worden niet weggelakt: zij treden op in hun publieke functie.

## 3. Herleidbaarheid

Ook na anonimisering is het dossier binnen team Mobiliteit en Bereikbaarheid herleidbaar. De verzoeker heeft in de Woo-procedure gevraagd om een model-dossier. Gelet op artikel 5.1, vijfde lid, Woo adviseer ik de betrokken medewerker om een zienswijze te vragen (artikel 4.9 Woo) en het dossier deels openbaar te maken, met weglating van alle medische passages.

## 4. Advies

Deels openbaar maken, met toepassing van 5.1.1d, 5.1.1e en 5.1.2e. De zienswijze van de medewerker (ontvangen 28 januari 2026) is meegewogen: zij heeft geen bezwaar tegen openbaarmaking van het plan van aanpak zonder medische gegevens.

mr. D.K. Oldenkamp
""", R=[
    r("PERSON", "Thijs Brouwer-Lammers", "T. Brouwer-Lammers"),
    r("PERSON", "D.K. Oldenkamp (jurist)", "D.K. Oldenkamp"),
    r("PERSON", "Esther Rozendaal", "Rozendaal"),
    r("PERSON", "mr. D.K. Oldenkamp (Info /Author)", "mr. D.K. Oldenkamp", ch="metadata"),
], K=[
    k("CASE", "WOO-2026-0147"), k("ROLE", "Woo-coördinator"), k("ORG", "team Juridische Zaken"),
    k("CASE", "JZ/2026/0031"), k("LAW", "artikel 9 AVG"), k("LAW", "artikel 5.1, eerste lid, onder d, Woo"),
    k("LAW", "artikel 5.1, tweede lid, onder e, Woo"), k("OFFICIAL", "gedeputeerde Hagedoorn"),
    k("OFFICIAL", "Statenlid Bosscher"), k("ORG", "team Mobiliteit en Bereikbaarheid"),
    k("LAW", "artikel 4.9 Woo"), k("GROUND", "5.1.1d"), k("GROUND", "5.1.2e"), k("TERM", "FML"),
    k("DATE", "2 februari 2026"),
]))
# 'mr. D.K. Oldenkamp' is also in the text: the metadata item would be a text probe too; keep it a text probe
DOCS[-1].R[-1] = r("PERSON", "mr. D.K. Oldenkamp", "mr. D.K. Oldenkamp")

# ---------------------------------------------------------------------------------------------- ov32
DOCS.append(Doc("ov32_woo_besluit", render="rl", producer="Microsoft® Word voor Microsoft 365",
                creator="Microsoft® Word voor Microsoft 365", author="Brouwer-Lammers, Thijs",
                title="Besluit op Woo-verzoek WOO-2026-0147",
                outline=["Besluit WOO-2026-0147", "Verloop van de procedure", "Overwegingen", "Inventarislijst"],
                body="""
~Provincie Overijssel | Luttenbergstraat 2 | Postbus 10078 | 8000 GB Zwolle | 038 499 88 99 | woo@overijssel.nl

Mevrouw E. Rozendaal
Brinkstraat 41
8011 GR Zwolle

Datum: 24 februari 2026
Kenmerk: WOO-2026-0147 / 2026/0021877
Onderwerp: besluit op uw Woo-verzoek over het verzuimbeleid

# Besluit op uw verzoek op grond van de Wet open overheid

Geachte mevrouw Rozendaal,

Op 12 januari 2026 heeft u ons gevraagd om openbaarmaking van documenten over het verzuimbeleid van de provincie Overijssel. In deze brief leest u ons besluit.

## 1. Verloop van de procedure

Wij hebben uw verzoek op 19 januari 2026 bevestigd. Op 16 januari 2026 heeft u uw verzoek telefonisch beperkt tot de stukken uit 2024 en 2025. Bij brief van 9 februari 2026 hebben wij de beslistermijn met twee weken verlengd. De betrokken medewerker heeft op 28 januari 2026 een zienswijze gegeven; zij heeft geen bezwaar tegen openbaarmaking zonder medische gegevens.

## 2. Besluit

Wij hebben 33 documenten gevonden. Wij maken 6 documenten geheel openbaar en 27 documenten deels openbaar. De documenten en de inventarislijst vindt u als bijlage bij dit besluit; zij worden ook gepubliceerd op open.overijssel.nl.

## 3. Overwegingen

Persoonsgegevens (artikel 5.1, tweede lid, onder e, Woo). In de documenten staan namen, e-mailadressen, telefoonnummers, handtekeningen en paraafcodes van medewerkers van de provincie, van de arbodienst, van het re-integratiebureau en van het UWV. Het belang van de eerbiediging van de persoonlijke levenssfeer weegt zwaarder dan het belang van openbaarheid. Deze gegevens zijn weggelakt met code 5.1.2e. Namen van gedeputeerden, de commissaris van de Koning, Statenleden en de woordvoerder zijn niet weggelakt.

Gezondheidsgegevens (artikel 5.1, eerste lid, onder d, Woo). De adviezen van de bedrijfsarts bevatten gegevens over de gezondheid van de betrokken medewerker, ook waar zij in functionele termen zijn geformuleerd. Deze passages zijn weggelakt met code 5.1.1d.

Identificatienummers (artikel 5.1, eerste lid, onder e, Woo). Burgerservicenummers, personeelsnummers en dossiernummers zijn weggelakt met code 5.1.1e.

===
## 4. Herleidbaarheid

Wij beseffen dat het dossier ook na het weglakken binnen de eigen organisatie herleidbaar kan zijn. Wij hebben daarom de zienswijze van de betrokken medewerker gevraagd en haar wensen meegewogen. Het plan van aanpak, de verslagen en de mails worden deels openbaar gemaakt.

## 5. Publicatie

Dit besluit en de openbaar gemaakte documenten worden twee weken na verzending gepubliceerd op open.overijssel.nl, onder zaaknummer WOO-2026-0147.

## 6. Bezwaar

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag van verzending bezwaar maken bij Gedeputeerde Staten van Overijssel, Postbus 10078, 8000 GB Zwolle. Vermeld het kenmerk WOO-2026-0147.

Met vriendelijke groet,

Gedeputeerde Staten van Overijssel,
namens dezen,

T. Brouwer-Lammers
Woo-coördinator

Bijlagen: inventarislijst, 33 documenten
""", R=[
    r("PERSON", "Esther Rozendaal", "E. Rozendaal", "Rozendaal"),
    r("ADDRESS", "Brinkstraat 41, 8011 GR Zwolle", "Brinkstraat 41", ("8011 GR", True)),
    r("PERSON", "Thijs Brouwer-Lammers", "T. Brouwer-Lammers"),
    r("PERSON", "Brouwer-Lammers, Thijs (Info /Author)", "Brouwer-Lammers, Thijs", ch="metadata"),
], K=[
    k("ORG", "Provincie Overijssel", "provincie Overijssel"), k("ADDRESS", "Luttenbergstraat 2"),
    k("ADDRESS", "Postbus 10078"), k("PHONE", "038 499 88 99"), k("EMAIL", "woo@overijssel.nl"),
    k("CASE", "WOO-2026-0147"), k("CASE", "2026/0021877"), k("LAW", "Wet open overheid"),
    k("LAW", "artikel 5.1, tweede lid, onder e, Woo"), k("LAW", "artikel 5.1, eerste lid, onder d, Woo"),
    k("GROUND", "5.1.2e"), k("GROUND", "5.1.1d"), k("GROUND", "5.1.1e"), k("URL", "open.overijssel.nl"),
    k("ORG", "Gedeputeerde Staten van Overijssel"), k("ROLE", "Woo-coördinator"), k("ORG", "UWV"),
    k("DATE", "24 februari 2026"), k("DATE", "28 januari 2026"), k("TERM", "inventarislijst"),
]))

# ---------------------------------------------------------------------------------------------- ov33
_inv = [
    ("1", "ov01_woo_verzoek", "12-01-2026", "deels openbaar", "5.1.2e", "verzoek; gegevens verzoeker"),
    ("2", "ov02_ontvangstbevestiging", "19-01-2026", "deels openbaar", "5.1.2e", ""),
    ("3", "ov03_verzuimbeleid", "08-04-2025", "openbaar", "", "reeds gepubliceerd"),
    ("4", "ov04_verzuimstatistiek", "10-01-2026", "openbaar", "", ""),
    ("5", "ov05_memo_ziekmelding", "04-03-2024", "deels openbaar", "5.1.1e, 5.1.2e", ""),
    ("6", "ov06_mail_koopmans_hrm", "09-04-2024", "deels openbaar", "5.1.1d, 5.1.2e", "thread T-01"),
    ("7", "ov07_probleemanalyse", "02-04-2024", "deels openbaar", "5.1.1d, 5.1.1e, 5.1.2e", "medisch"),
    ("8", "ov08_plan_van_aanpak", "18-04-2024", "deels openbaar", "5.1.2e", "zienswijze"),
    ("9", "ov09_formulier_verzuimmelding", "29-04-2024", "deels openbaar", "5.1.1e, 5.1.2e", ""),
    ("10", "ov10_teams_chat", "28-05-2024", "deels openbaar", "5.1.2e", ""),
    ("11", "ov11_whatsapp_collegas", "14-10-2024", "deels openbaar", "5.1.2e", ""),
    ("12", "ov12_verslag_driegesprek", "03-07-2024", "deels openbaar", "5.1.2e", ""),
    ("13", "ov13_terugkoppeling_bedrijfsarts", "20-08-2024", "deels openbaar", "5.1.1d, 5.1.2e", ""),
    ("14", "ov14_mail_arbodienst", "13-12-2024", "deels openbaar", "5.1.1d, 5.1.2e", "thread T-02"),
    ("15", "ov15_factuur_coach", "30-09-2024", "deels openbaar", "5.1.2e", "eenmanszaak"),
    ("16", "ov16_scan_brief_medewerker", "06-01-2025", "deels openbaar", "5.1.2e", "scan"),
    ("17", "ov17_eerstejaarsevaluatie", "11-02-2025", "deels openbaar", "5.1.1d, 5.1.2e", ""),
    ("18", "ov18_mail_directeur", "17-03-2025", "deels openbaar", "5.1.2e", "thread T-03"),
    ("19", "ov19_brief_uwv", "21-11-2025", "deels openbaar", "5.1.1e, 5.1.2e", ""),
    ("20", "ov20_rapport_werkbrug", "07-11-2025", "deels openbaar", "5.1.2e", ""),
    ("21", "ov21_beslisnota_gs", "03-03-2025", "deels openbaar", "5.1.2e", ""),
    ("22", "ov22_statenvragen", "25-03-2025", "openbaar", "", "reeds gepubliceerd"),
    ("23", "ov23_kwartaalrapportage_rb", "15-01-2025", "deels openbaar", "5.1.1d, 5.1.1e, 5.1.2e", ""),
    ("24", "ov24_concept_bijstelling_pva", "04-03-2025", "deels openbaar", "5.1.2e", "concept"),
    ("25", "ov25_scan_presentielijst", "14-11-2024", "deels openbaar", "5.1.2e", "scan"),
    ("26", "ov26_factuur_arbo_oost", "05-02-2025", "deels openbaar", "5.1.2e", ""),
    ("27", "ov27_persbericht", "09-04-2025", "openbaar", "", "reeds gepubliceerd"),
    ("28", "ov28_mail_werkplek", "23-05-2024", "deels openbaar", "5.1.2e", "thread T-04"),
    ("29", "ov29_scan_uwv_ziekmelding", "13-12-2024", "deels openbaar", "5.1.1e, 5.1.2e", "scan"),
    ("30", "ov30_rooster_aangepast_werk", "02-09-2024", "deels openbaar", "5.1.1e, 5.1.2e", ""),
    ("31", "ov31_juridische_toets", "02-02-2026", "deels openbaar", "5.1.2e", ""),
    ("32", "ov32_woo_besluit", "24-02-2026", "openbaar", "", ""),
    ("33", "ov33_inventarislijst", "24-02-2026", "openbaar", "", ""),
]
DOCS.append(Doc("ov33_inventarislijst", render="rl", producer="Microsoft® Excel® voor Microsoft 365",
                creator="Microsoft® Excel® voor Microsoft 365", author="Woo-team Provincie Overijssel", body="""
# Inventarislijst Woo-verzoek WOO-2026-0147

~Bijlage bij het besluit van 24 februari 2026, kenmerk 2026/0021877. Zaaknummer WOO-2026-0147.

|Nr|Document|Datum|Beoordeling|Grond|Opmerking|
""" + "\n".join("|" + "|".join(row) + "|" for row in _inv) + """

Toelichting op de gronden: 5.1.1d gegevens over gezondheid; 5.1.1e identificatienummers; 5.1.2e eerbiediging van de persoonlijke levenssfeer. Thread T-01 t/m T-04 zijn e-mailreeksen; de bijlagen bij de e-mails zijn als afzonderlijke documenten opgenomen.
""", R=[], K=[
    k("CASE", "WOO-2026-0147"), k("CASE", "2026/0021877"), k("GROUND", "5.1.2e"), k("GROUND", "5.1.1d"),
    k("GROUND", "5.1.1e"), k("TERM", "deels openbaar"), k("TERM", "reeds gepubliceerd"),
    k("FILE", "ov10_teams_chat"), k("FILE", "ov19_brief_uwv"), k("FILE", "ov32_woo_besluit"),
    k("DATE", "24 februari 2026"), k("TERM", "eenmanszaak"),
]))
