"""Set OV, documents ov12-ov22: meetings, follow-up reports, invoices, scans, UWV, beslisnota, Statenvragen."""
from lib import Doc, k, r

DOCS = []

# ---------------------------------------------------------------------------------------------- ov12
DOCS.append(Doc("ov12_verslag_driegesprek", render="rl", producer="Microsoft® Word 2019",
                creator="Microsoft® Word 2019", author="Koopmans R", body="""
# Verslag driegesprek voortgang re-integratie

Datum: 3 juli 2024, 10.00-11.15 uur
Locatie: provinciehuis Zwolle, Thorbeckezaal
Zaaknummer: ZK24-003318

## Aanwezig

|Naam|Functie|Organisatie|Initialen|
|Jolanda ter Horst-Veldkamp|beleidsmedewerker mobiliteit|Provincie Overijssel|JtH|
|Ruben Koopmans|teamleider Mobiliteit en Bereikbaarheid|Provincie Overijssel|RK|
|Aylin Çelik|HR-adviseur|Provincie Overijssel|AÇ|
|Dennis Brinkers|casemanager|Arbo Oost B.V.|DB|

## Besproken

1. Opbouw. Werkneemster werkt sinds week 19 vier dagen per week 4 uur, waarvan één dag op kantoor. Volgens de bedrijfsarts is uitbreiding naar 24 uur per week mogelijk vanaf 1 augustus 2024, mits zonder externe overleggen.
2. Werkplek. Ergo Advies Twente heeft op 6 juni de thuiswerkplek beoordeeld; een verstelbaar bureau en een tweede scherm worden geleverd via team Facilitair.
3. Coaching. JtH heeft drie van de vijf gesprekken gevoerd bij Schimmelpenninck Loopbaancoaching. Zij ervaart dit als zinvol.
4. Vakantie. Werkneemster gaat van 22 juli tot en met 9 augustus met vakantie; dit is afgestemd met de bedrijfsarts (herstelbevorderend).

## Actiepunten

|Nr|Actie|Wie|Wanneer|
|1|Urenuitbreiding vastleggen in YouForce|RK|1 augustus 2024|
|2|Wijziging plan van aanpak (bijstelling) opstellen|AÇ|15 juli 2024|
|3|Volgend spreekuur bedrijfsarts plannen|DB|week 35|
|4|Inwerken dossier N348 overdragen aan JtH|RK / SH|september 2024|

Verslag: R. Koopmans. Vastgesteld per mail door alle aanwezigen.
""", R=[
    r("PERSON", "Jolanda ter Horst-Veldkamp", "Jolanda ter Horst-Veldkamp"),
    r("PARAPH", "JtH", "JtH"),
    r("PERSON", "Ruben Koopmans", "Ruben Koopmans", "R. Koopmans"),
    r("PARAPH", "RK", "RK"),
    r("PERSON", "Aylin Çelik", "Aylin Çelik"),
    r("PARAPH", "AÇ", "AÇ"),
    r("PERSON", "Dennis Brinkers", "Dennis Brinkers"),
    r("PARAPH", "DB", "DB"),
    r("PARAPH", "SH (Sanne Hofstede)", "SH"),
    r("PERSON", "Schimmelpenninck (trade name of a sole trader)", "Schimmelpenninck"),
    r("PERSON", "Koopmans R (Info /Author)", "Koopmans R", ch="metadata"),
], K=[
    k("BUILDING", "provinciehuis Zwolle"), k("BUILDING", "Thorbeckezaal"), k("CASE", "ZK24-003318"),
    k("ROLE", "beleidsmedewerker mobiliteit"), k("ORG", "Provincie Overijssel"),
    k("ROLE", "teamleider Mobiliteit en Bereikbaarheid"), k("ROLE", "HR-adviseur"), k("ROLE", "casemanager"),
    k("ORG", "Arbo Oost B.V."), k("ORG", "Ergo Advies Twente"), k("ORG", "team Facilitair"),
    k("PRODUCT", "YouForce"), k("ROAD", "N348"),
    k("DATE", "3 juli 2024"), k("DATE", "1 augustus 2024"),
]))

# ---------------------------------------------------------------------------------------------- ov13
DOCS.append(Doc("ov13_terugkoppeling_bedrijfsarts", render="rlttf", producer="iText® 7.2.5 ©2000-2023 iText Group NV",
                creator="Arbo Oost Verzuimportaal", body="""
~Arbo Oost B.V. | Stationsplein 6 | 7411 HB Deventer | 0570 61 44 00 | www.arbo-oost.nl
# Terugkoppeling spreekuur aan werkgever (week 26)

Werkgever: Provincie Overijssel, team HRM, t.a.v. mevrouw A. Çelik
Werknemer: J.M. ter Horst-Veldkamp (personeelsnummer 104338)
Dossier: AO-24-118723
Datum spreekuur: 20 augustus 2024

## Arbeidsmogelijkheden

Werknemer is gedeeltelijk arbeidsongeschikt. De belastbaarheid is toegenomen. Zij kan haar eigen werk doen gedurende 6 uur per dag, vier dagen per week. Nog beperkt voor: werken onder hoge tijdsdruk, het leiden van overleggen met externe partijen en werk in de avonduren.

## Advies aan werkgever

- Uitbreiden naar 24 uur per week per 1 september 2024; externe overleggen geleidelijk, eerst als toehoorder.
- Bijstelling van het plan van aanpak opstellen; eerstejaarsevaluatie voorbereiden (week 52).
- Geen aanleiding voor een deskundigenoordeel van het UWV.

## Prognose

Volledige terugkeer in eigen werk is naar verwachting mogelijk binnen drie tot zes maanden. Er is geen sprake van een verband tussen de klachten en het werk in de zin van een beroepsziekte.

Volgend spreekuur: 1 oktober 2024.

Met collegiale groet,
drs. M. Oosterbeek-de Graaf, bedrijfsarts
namens deze: D. Brinkers, casemanager, tel. 0570-614420 toestel 23
""", R=[
    r("PERSON", "Aylin Çelik", "A. Çelik"),
    r("PERSON", "Jolanda ter Horst-Veldkamp", "J.M. ter Horst-Veldkamp"),
    r("ID", "104338", "104338"),
    r("ID", "AO-24-118723", "AO-24-118723"),
    r("PERSON", "Marlies Oosterbeek-de Graaf", "M. Oosterbeek-de Graaf"),
    r("PERSON", "Dennis Brinkers", "D. Brinkers"),
    r("PHONE", "0570-614420 toestel 23", ("0570-614420 toestel 23", False)),
    r("HEALTH", "beperkingen werknemer", ("werken onder hoge tijdsdruk", False)),
    r("HEALTH", "gedeeltelijk arbeidsongeschikt", ("Werknemer is gedeeltelijk arbeidsongeschikt", False)),
], K=[
    k("ORG", "Arbo Oost B.V."), k("ADDRESS", "Stationsplein 6"), k("PHONE", "0570 61 44 00"),
    k("URL", "www.arbo-oost.nl"), k("ORG", "Provincie Overijssel"), k("ORG", "team HRM"),
    k("ORG", "UWV"), k("TERM", "deskundigenoordeel"), k("TERM", "eerstejaarsevaluatie"),
    k("DATE", "20 augustus 2024"), k("DATE", "1 oktober 2024"), k("ROLE", "bedrijfsarts"),
    k("ROLE", "casemanager"), k("TERM", "plan van aanpak"),
]))

# ---------------------------------------------------------------------------------------------- ov14
DOCS.append(Doc("ov14_mail_arbodienst", render="rl", producer="Microsoft Outlook for Microsoft 365",
                creator="Microsoft Outlook", body="""
Van: Dennis Brinkers <d.brinkers@arbo-oost.nl>
Verzonden: vrijdag 13 december 2024 14:20
Aan: Çelik, Aylin <a.celik@overijssel.nl>; Koopmans, Ruben <r.koopmans@overijssel.nl>
CC: planning@arbo-oost.nl
Onderwerp: RE: terugval medewerker 104338 - spreekuur vervroegen?

Beste Aylin en Ruben,

Ik heb met drs. Oosterbeek-de Graaf overlegd. Zij kan mevrouw Ter Horst op 17 december om 09.30 uur zien (locatie Deventer). Tot die tijd geldt het advies om terug te gaan naar 4 uur per dag, zonder externe contacten. Het is verstandig om de reorganisatie van de directie Ruimte en Bereikbaarheid met haar pas te bespreken na het spreekuur.

Ik ben volgende week bereikbaar op +31 (0)6 5120 8834.

Met vriendelijke groet,
Dennis Brinkers
casemanager Arbo Oost B.V.

Van: Koopmans, Ruben <r.koopmans@overijssel.nl>
Verzonden: vrijdag 13 december 2024 09:02
Aan: Dennis Brinkers <d.brinkers@arbo-oost.nl>
CC: Çelik, Aylin <a.celik@overijssel.nl>
Onderwerp: terugval medewerker 104338 - spreekuur vervroegen?

Dennis,

Jolanda belde me gisteren. Het gaat sinds de aankondiging van de reorganisatie een stuk minder; ze heeft zich voor de helft van haar uren weer ziek gemeld. Kan het spreekuur van januari naar voren? Ik wil voorkomen dat we in de eerstejaarsevaluatie (februari 2025) met een grote terugval zitten.

Directeur Kees Bloemendaal is op de hoogte; hij wil dat we haar functie in het nieuwe organisatieplan vooralsnog ongewijzigd laten.

Ruben

--
Ruben Koopmans
Teamleider Mobiliteit en Bereikbaarheid
Provincie Overijssel | 038 499 88 99 (algemeen) | 06 2391 4476
""", R=[
    r("PERSON", "Dennis Brinkers", "Dennis Brinkers", "Dennis"),
    r("EMAIL", "d.brinkers@arbo-oost.nl", ("d.brinkers@arbo-oost.nl", False)),
    r("PERSON", "Aylin Çelik", "Çelik, Aylin", "Aylin"),
    r("EMAIL", "a.celik@overijssel.nl", ("a.celik@overijssel.nl", False)),
    r("PERSON", "Ruben Koopmans", "Koopmans, Ruben", "Ruben Koopmans", "Ruben"),
    r("EMAIL", "r.koopmans@overijssel.nl", ("r.koopmans@overijssel.nl", False)),
    r("ID", "104338", "104338"),
    r("PERSON", "Marlies Oosterbeek-de Graaf", "Oosterbeek-de Graaf"),
    r("PERSON", "Jolanda ter Horst-Veldkamp", "Ter Horst", "Jolanda"),
    r("PHONE", "+31 (0)6 5120 8834", ("+31 (0)6 5120 8834", False)),
    r("PERSON", "Kees Bloemendaal", "Kees Bloemendaal"),
    r("PHONE", "06 2391 4476", ("06 2391 4476", False)),
    r("HEALTH", "terugval, gedeeltelijk ziek", ("voor de helft van haar uren weer ziek gemeld", False)),
], K=[
    k("EMAIL", "planning@arbo-oost.nl"), k("PLACE", "Deventer"), k("ORG", "Ruimte en Bereikbaarheid"),
    k("ORG", "Arbo Oost B.V."), k("ROLE", "casemanager"), k("TERM", "eerstejaarsevaluatie"),
    k("ORG", "Provincie Overijssel"), k("PHONE", "038 499 88 99"), k("ROLE", "Teamleider Mobiliteit en Bereikbaarheid"),
    k("DATE", "vrijdag 13 december 2024"), k("TERM", "organisatieplan"),
]))

# ---------------------------------------------------------------------------------------------- ov15
DOCS.append(Doc("ov15_factuur_coach", render="rl", producer="Moneybird PDF", creator="Moneybird",
                author="W. Schimmelpenninck", body="""
~Schimmelpenninck Loopbaancoaching | Wouter Schimmelpenninck | Hoge Hondstraat 112 | 7418 BB Deventer
~tel. 0570 - 85 12 07 | wouter@schimmelpenninck-coaching.nl | KvK 71234567 | btw NL001873245B09
# Factuur 2024-0419

Provincie Overijssel
t.a.v. team HRM, crediteurenadministratie
Postbus 10078
8000 GB Zwolle

Factuurdatum: 30 september 2024
Uw referentie: inkoopordernummer 4500198273 / ZK24-003318
Betreft: loopbaancoaching medewerker personeelsnummer 104338

|Omschrijving|Aantal|Tarief|Bedrag|
|Coachgesprek (90 min.), mei-september 2024|5|€ 165,00|€ 825,00|
|Intake en rapportage|1|€ 195,00|€ 195,00|
|Subtotaal|||€ 1.020,00|
|Btw 21%|||€ 214,20|
|Totaal|||€ 1.234,20|

Gelieve het totaalbedrag binnen 30 dagen over te maken op IBAN NL47 RABO 0312 4455 67 t.n.v. W.F. Schimmelpenninck, onder vermelding van het factuurnummer.

Met dank voor de opdracht,
Wouter Schimmelpenninck
""", R=[
    r("PERSON", "Wouter Schimmelpenninck (sole trader)", "Wouter Schimmelpenninck", "W.F. Schimmelpenninck",
      "Schimmelpenninck"),
    r("ADDRESS", "Hoge Hondstraat 112, 7418 BB Deventer", "Hoge Hondstraat 112", "7418 BB"),
    r("PHONE", "0570 - 85 12 07", ("0570 - 85 12 07", False)),
    r("EMAIL", "wouter@schimmelpenninck-coaching.nl", ("wouter@schimmelpenninck-coaching.nl", False)),
    r("KVK", "KvK 71234567 (eenmanszaak)", "71234567"),
    r("VAT", "btw NL001873245B09", "NL001873245B09"),
    r("IBAN", "NL47 RABO 0312 4455 67", ("NL47 RABO 0312 4455 67", False)),
    r("ID", "104338", "104338"),
    r("PERSON", "W. Schimmelpenninck (Info /Author)", "W. Schimmelpenninck", ch="metadata"),
], K=[
    k("ORG", "Provincie Overijssel"), k("ORG", "team HRM"), k("ADDRESS", "Postbus 10078"),
    k("CASE", "2024-0419"), k("CASE", "4500198273"), k("CASE", "ZK24-003318"), k("NUM", "€ 1.234,20"),
    k("NUM", "€ 825,00"), k("DATE", "30 september 2024"), k("TERM", "loopbaancoaching"),
]))

# ---------------------------------------------------------------------------------------------- ov16 (scan)
DOCS.append(Doc("ov16_scan_brief_medewerker", render="scan", producer="Canon iR-ADV C5840 PDF",
                creator="Canon iR-ADV C5840", body="""
# Aan: team HRM, provincie Overijssel

Deventer, 6 januari 2025

Betreft: mijn zienswijze op de eerstejaarsevaluatie

Beste Aylin,

Hierbij laat ik weten dat ik het eens ben met het voorstel
om de eerstejaarsevaluatie op 11 februari 2025 te houden.
Ik wil graag dat de vertrouwenspersoon Ingrid Lammertink
bij het gesprek aanwezig is.

Ik heb bezwaar tegen het opnemen van de reorganisatie in
mijn re-integratiedossier. Mijn huisarts heeft mij geadviseerd
om dit eerst met de bedrijfsarts te bespreken.

Met vriendelijke groet,

@Jolanda ter Horst
J.M. ter Horst-Veldkamp
Esdoornlaan 17, 7425 GK Deventer
""", R=[
    r("PERSON", "Aylin Çelik", "Aylin", ch="ocr"),
    r("PERSON", "Ingrid Lammertink", "Lammertink", ch="ocr"),
    r("PERSON", "Jolanda ter Horst-Veldkamp", "Veldkamp", "Jolanda", ch="ocr"),
    r("ADDRESS", "Esdoornlaan 17, 7425 GK Deventer", "Esdoornlaan", ch="ocr"),
], K=[]))

# ---------------------------------------------------------------------------------------------- ov17
DOCS.append(Doc("ov17_eerstejaarsevaluatie", render="docx", creator="Writer", producer="LibreOffice 7.6",
                author="Aylin Çelik", body="""
# Verslag eerstejaarsevaluatie

Zaaknummer: ZK24-003318
Datum: 11 februari 2025
Aanwezig: J.M. ter Horst-Veldkamp (medewerker), R. Koopmans (leidinggevende), A. Çelik (HR-adviseur), I. Lammertink (vertrouwenspersoon, op verzoek van de medewerker)

## 1. Stand van zaken

Na een terugval in december 2024 werkt mevrouw Ter Horst-Veldkamp 16 uur per week in haar eigen functie. De bedrijfsarts verwacht op korte termijn geen volledige terugkeer in het eigen werk. De onzekerheid over de reorganisatie van de directie Ruimte en Bereikbaarheid speelt volgens de medewerker een rol.

## 2. Conclusie eerste spoor

Terugkeer in het eigen werk is binnen het tweede ziektejaar mogelijk maar onzeker. Het re-integratiedoel wordt bijgesteld naar: gedeeltelijke terugkeer in eigen werk (24 uur) en onderzoek naar passend werk bij de provincie.

## 3. Tweede spoor

Conform het Verzuimbeleid 2025 start een tweede-spoortraject bij re-integratiebureau De Werkbrug B.V. te Hengelo. Het traject loopt parallel aan spoor 1. Kosten: budget Duurzame Inzetbaarheid.

## 4. Afspraken

|Actie|Wie|Wanneer|
|Aanmelding De Werkbrug B.V.|Aylin Çelik|1 maart 2025|
|Bijstelling plan van aanpak|Ruben Koopmans|1 maart 2025|
|Functie in organisatieplan ongewijzigd|directeur C.A.M. Bloemendaal|april 2025|

De medewerker is het niet eens met de passage over de reorganisatie; haar zienswijze van 6 januari 2025 is als bijlage bij dit verslag gevoegd.
""", R=[
    r("PERSON", "Jolanda ter Horst-Veldkamp", "J.M. ter Horst-Veldkamp", "Ter Horst-Veldkamp"),
    r("PERSON", "Ruben Koopmans", "R. Koopmans", "Ruben Koopmans"),
    r("PERSON", "Aylin Çelik", "A. Çelik", "Aylin Çelik"),
    r("PERSON", "Ingrid Lammertink", "I. Lammertink"),
    r("PERSON", "Kees Bloemendaal", "C.A.M. Bloemendaal"),
    r("HEALTH", "terugval december 2024", ("Na een terugval in december 2024", False)),
], K=[
    k("CASE", "ZK24-003318"), k("DATE", "11 februari 2025"), k("ROLE", "vertrouwenspersoon"),
    k("ROLE", "HR-adviseur"), k("ORG", "Ruimte en Bereikbaarheid"), k("ORG", "De Werkbrug B.V."),
    k("PLACE", "Hengelo"), k("TITLE", "Verzuimbeleid 2025"), k("TERM", "Duurzame Inzetbaarheid"),
    k("TERM", "tweede-spoortraject"), k("DATE", "1 maart 2025"), k("ROLE", "directeur"),
]))

# ---------------------------------------------------------------------------------------------- ov18
DOCS.append(Doc("ov18_mail_directeur", render="rl", producer="Microsoft Outlook for Microsoft 365",
                creator="Microsoft Outlook", body="""
Van: Bloemendaal, Kees <k.bloemendaal@overijssel.nl>
Verzonden: maandag 17 maart 2025 08:15
Aan: Koopmans, Ruben <r.koopmans@overijssel.nl>
CC: Hul, Pieter van 't <p.vanthul@overijssel.nl>; Secretariaat RB <secretariaat.rb@overijssel.nl>
Onderwerp: RE: tweede spoor en organisatieplan

Ruben,

Akkoord met de inzet van De Werkbrug. Ik wil wel dat we zorgvuldig zijn: de functie van Jolanda blijft in het organisatieplan staan zoals hij is. Pieter, wil jij bewaken dat HRM dit bij de plaatsingsprocedure meeneemt?

Gedeputeerde Hagedoorn heeft mij vorige week gevraagd hoe het met het langdurig verzuim in onze directie staat, naar aanleiding van de vragen van Statenlid Bosscher. Ik heb geantwoord met de geanonimiseerde cijfers uit de kwartaalrapportage; individuele dossiers bespreek ik niet met het college.

Groet,
Kees

ing. C.A.M. (Kees) Bloemendaal
directeur Ruimte en Bereikbaarheid
T 038 499 76 01 | M 06-5311 2046

-----Oorspronkelijk bericht-----
Van: Koopmans, Ruben <r.koopmans@overijssel.nl>
Verzonden: vrijdag 14 maart 2025 17:48
Aan: Bloemendaal, Kees <k.bloemendaal@overijssel.nl>
Onderwerp: tweede spoor en organisatieplan

Kees,

Na de eerstejaarsevaluatie gaan we voor Jolanda ter Horst een tweede-spoortraject starten. Offerte De Werkbrug B.V.: € 4.850 (excl. btw), ten laste van Duurzame Inzetbaarheid. Graag je akkoord. Zij maakt zich zorgen over haar plek in het nieuwe organisatieplan.

Ruben
""", R=[
    r("PERSON", "Kees Bloemendaal", "Bloemendaal, Kees", "Kees", "C.A.M. (Kees) Bloemendaal"),
    r("EMAIL", "k.bloemendaal@overijssel.nl", ("k.bloemendaal@overijssel.nl", False)),
    r("PERSON", "Ruben Koopmans", "Koopmans, Ruben", "Ruben"),
    r("EMAIL", "r.koopmans@overijssel.nl", ("r.koopmans@overijssel.nl", False)),
    r("PERSON", "Pieter van 't Hul", "Hul, Pieter van 't", "Pieter"),
    r("EMAIL", "p.vanthul@overijssel.nl", ("p.vanthul@overijssel.nl", False)),
    r("PERSON", "Jolanda ter Horst-Veldkamp", "Jolanda ter Horst", "Jolanda"),
    r("PHONE", "038 499 76 01", ("038 499 76 01", False)),
    r("PHONE", "06-5311 2046", ("06-5311 2046", False)),
], K=[
    k("EMAIL", "secretariaat.rb@overijssel.nl"), k("ORG", "Secretariaat RB"), k("ORG", "De Werkbrug B.V."),
    k("OFFICIAL", "Gedeputeerde Hagedoorn"), k("OFFICIAL", "Statenlid Bosscher"),
    k("ROLE", "directeur Ruimte en Bereikbaarheid"), k("NUM", "€ 4.850"), k("TERM", "Duurzame Inzetbaarheid"),
    k("TERM", "organisatieplan"), k("TERM", "kwartaalrapportage"), k("ORG", "HRM"),
]))

# ---------------------------------------------------------------------------------------------- ov19
DOCS.append(Doc("ov19_brief_uwv", render="rlttf", producer="UWV Documentservice (PDFlib+PDI 9.3)",
                creator="UWV CORV", body="""
~UWV | Postbus 58285 | 1040 HG Amsterdam | www.uwv.nl | 088 - 898 92 94
# Beoordeling re-integratie-inspanningen (RIV-toets)

Provincie Overijssel
t.a.v. team HRM
Postbus 10078
8000 GB Zwolle

Datum: 21 november 2025
Ons kenmerk: UWV/RIV/2025/884312
Uw kenmerk: ZK24-003318
Onderwerp: WIA-aanvraag van uw werknemer

Geachte heer, mevrouw,

Uw werknemer mevrouw J.M. ter Horst-Veldkamp, burgerservicenummer 178542398, geboren op 14 maart 1979, heeft een WIA-uitkering aangevraagd. Wij hebben het re-integratieverslag beoordeeld dat u samen met uw werknemer heeft opgesteld.

Wij vinden dat u en uw werknemer voldoende hebben gedaan om haar weer aan het werk te helpen. Wij leggen u geen loonsanctie op. U heeft op tijd een plan van aanpak opgesteld, de bedrijfsarts heeft regelmatig geëvalueerd en het tweede-spoortraject is tijdig ingezet.

Wij beoordelen nu of uw werknemer recht heeft op een WIA-uitkering. Daarvoor heeft zij op 9 december 2025 een afspraak met onze verzekeringsarts, mevrouw E. Sánchez Brouwer, en daarna met arbeidsdeskundige F. Nijenhuis.

Heeft u vragen? Bel dan met UWV Werkgevers via 088 - 898 92 94. Houd uw loonheffingennummer bij de hand.

Met vriendelijke groet,

namens de directeur Sociaal Medische Zaken,
mr. L.E. Scholten-Haaksma
teammanager
""", R=[
    r("PERSON", "Jolanda ter Horst-Veldkamp", "J.M. ter Horst-Veldkamp"),
    r("BSN", "178542398", "178542398"),
    r("DOB", "14 maart 1979", ("14 maart 1979", False)),
    r("PERSON", "E. Sánchez Brouwer (verzekeringsarts)", "E. Sánchez Brouwer", "Sánchez Brouwer"),
    r("PERSON", "F. Nijenhuis (arbeidsdeskundige)", "F. Nijenhuis"),
    r("PERSON", "L.E. Scholten-Haaksma", "L.E. Scholten-Haaksma"),
], K=[
    k("ORG", "UWV"), k("ADDRESS", "Postbus 58285"), k("URL", "www.uwv.nl"), k("PHONE", "088 - 898 92 94"),
    k("ORG", "Provincie Overijssel"), k("CASE", "UWV/RIV/2025/884312"), k("CASE", "ZK24-003318"),
    k("LAW", "WIA-uitkering"), k("TERM", "re-integratieverslag"), k("TERM", "loonsanctie"),
    k("ROLE", "verzekeringsarts"), k("ROLE", "arbeidsdeskundige"), k("ORG", "UWV Werkgevers"),
    k("ORG", "Sociaal Medische Zaken"), k("DATE", "21 november 2025"), k("DATE", "9 december 2025"),
]))

# ---------------------------------------------------------------------------------------------- ov20
DOCS.append(Doc("ov20_rapport_werkbrug", render="rl", producer="Nitro PDF Pro 14.5",
                creator="Nitro PDF Pro", author="Femke Ruiterkamp",
                outline=["Rapportage tweede spoor - J. ter Horst", "Bijlage: CV Jolanda ter Horst",
                         "Opmerkingen F. Ruiterkamp"], body="""
~De Werkbrug B.V. | Tuindorpstraat 40 | 7555 CS Hengelo | 074 - 250 18 18 | info@dewerkbrug.nl
# Eindrapportage tweede-spoortraject

Opdrachtgever: Provincie Overijssel, team HRM
Kandidaat: registratienummer WB-25-0377
Traject: 1 maart 2025 - 31 oktober 2025
Trajectbegeleider: De Werkbrug B.V., regio Twente

## 1. Verloop

De kandidaat heeft deelgenomen aan een oriëntatie op de arbeidsmarkt, een beroepskeuzetest en vier sollicitatietrainingen. Er is gezocht naar passend werk buiten de eigen organisatie, in lijn met de Functionele Mogelijkheden Lijst van Arbo Oost B.V. van 20 augustus 2024 en de bijstelling van 4 maart 2025.

## 2. Resultaat

|Activiteit|Aantal|Resultaat|
|Sollicitaties|11|2 gesprekken|
|Netwerkgesprekken|6|1 werkervaringsplaats|
|Werkervaringsplaats Waterschap Vechtstromen|8 weken|positief beoordeeld|

## 3. Conclusie

De kandidaat heeft zich actief ingezet. Een plaatsing buiten de provincie is binnen de looptijd niet gerealiseerd. Advies aan de werkgever: het traject afronden en het re-integratieverslag voor de WIA-aanvraag opstellen.

Hengelo, 7 november 2025
""", R=[
    r("PERSON", "Jolanda ter Horst (outline)", "J. ter Horst", "Jolanda ter Horst", ch="outline"),
    r("PERSON", "Femke Ruiterkamp (outline, author)", "F. Ruiterkamp", ch="outline"),
    r("PERSON", "Femke Ruiterkamp (Info /Author)", "Femke Ruiterkamp", ch="metadata"),
    r("ID", "registratienummer WB-25-0377", "WB-25-0377"),
], K=[
    k("ORG", "De Werkbrug B.V."), k("ADDRESS", "Tuindorpstraat 40"), k("PHONE", "074 - 250 18 18"),
    k("EMAIL", "info@dewerkbrug.nl"), k("ORG", "Provincie Overijssel"), k("ORG", "team HRM"),
    k("TERM", "Functionele Mogelijkheden Lijst"), k("ORG", "Arbo Oost B.V."),
    k("ORG", "Waterschap Vechtstromen"), k("PLACE", "Hengelo"), k("TERM", "re-integratieverslag"),
    k("DATE", "7 november 2025"), k("TERM", "Sollicitaties"),
]))

# ---------------------------------------------------------------------------------------------- ov21
DOCS.append(Doc("ov21_beslisnota_gs", render="docx", creator="Writer", producer="LibreOffice 7.6",
                author="Bas de Wit", body="""
# Beslisnota Gedeputeerde Staten

Aan: Gedeputeerde Staten, via gedeputeerde Hagedoorn (portefeuille Personeel en Organisatie)
Van: team HRM, directie Bedrijfsvoering
Datum: 3 maart 2025
Kenmerk: 2025/0098112
Onderwerp: aanpassing verzuimbeleid en nieuw contract arbodienstverlening
Contactpersoon: Bas de Wit, telefoon 038 499 72 58, b.dewit@overijssel.nl
Kopie aan: Pieter van 't Hul, manager HRM

## Aanleiding

Het verzuim bij de provincie is gestegen van 4,6% (2023) naar 4,9% (2024). Vooral het langdurig verzuim neemt toe. In 2024 is het contract met Arbo Oost B.V. aanbesteed (OV-2024-031). Het Verzuimprotocol 2019 sluit niet meer aan bij de Cao Provincies en het nieuwe contract.

## Geadviseerd besluit

Aan Gedeputeerde Staten wordt gevraagd:
1. het Verzuimbeleid Provincie Overijssel 2025 vast te stellen;
2. in te stemmen met een structureel budget Duurzame Inzetbaarheid van € 150.000 per jaar;
3. Provinciale Staten te informeren via een Statenbrief.

## Kern

Het nieuwe beleid legt de regie bij de medewerker en de leidinggevende, met de bedrijfsarts als adviseur in functionele termen. De HR-adviseur ondersteunt. Het tweede spoor wordt eerder ingezet.

## Krachtenveld

De Ondernemingsraad heeft op 20 februari 2025 positief geadviseerd. FNV Overheid vraagt aandacht voor de samenhang met de reorganisatie van Ruimte en Bereikbaarheid.

## Bijlage: afstemming met de Ondernemingsraad (e-mail)

Van: Wit, Bas de <b.dewit@overijssel.nl>
Verzonden: donderdag 20 februari 2025 17:12
Aan: OR-secretariaat <or@overijssel.nl>
CC: Hul, Pieter van 't <p.vanthul@overijssel.nl>; Kuipers, Annemieke <a.kuipers@overijssel.nl>
Onderwerp: RE: adviesaanvraag verzuimbeleid 2025

Beste leden van de OR,

Dank voor het positieve advies. Uw opmerking over de samenhang met de reorganisatie nemen wij op in de nota aan het college. Annemieke Kuipers (programmamanager Organisatieontwikkeling) neemt contact op over de evaluatie na één jaar.

Met vriendelijke groet,
Bas de Wit
senior adviseur HRM-informatie | 06-2204 9917

## Parafering

|Naam|Functie|Paraaf|Datum|
|B. de Wit|senior adviseur HRM-informatie|BdW|28-02-2025|
|P.J. van 't Hul|manager HRM|PvtH|01-03-2025|
|A. Kuipers|programmamanager|AK|01-03-2025|

## Informatie die niet openbaar gemaakt kan worden

[nog in te vullen]
""", R=[
    r("PERSON", "Bas de Wit", "Bas de Wit"),
    r("PHONE", "038 499 72 58", ("038 499 72 58", False)),
    r("EMAIL", "b.dewit@overijssel.nl", ("b.dewit@overijssel.nl", False)),
    r("PERSON", "Pieter van 't Hul", "Pieter van 't Hul"),
    r("PARAPH", "BdW", "BdW"), r("PARAPH", "PvtH", "PvtH"), r("PARAPH", "AK", "AK"),
    r("PERSON", "Bas de Wit (mail header, signature)", "Wit, Bas de", "B. de Wit"),
    r("PERSON", "Pieter van 't Hul (mail header)", "Hul, Pieter van 't", "P.J. van 't Hul"),
    r("EMAIL", "p.vanthul@overijssel.nl", ("p.vanthul@overijssel.nl", False)),
    r("PERSON", "Annemieke Kuipers", "Kuipers, Annemieke", "Annemieke Kuipers", "A. Kuipers"),
    r("EMAIL", "a.kuipers@overijssel.nl", ("a.kuipers@overijssel.nl", False)),
    r("PHONE", "06-2204 9917", ("06-2204 9917", False)),
], K=[
    k("EMAIL", "or@overijssel.nl"), k("ROLE", "programmamanager Organisatieontwikkeling"),
    k("ROLE", "senior adviseur HRM-informatie"),
    k("ORG", "Gedeputeerde Staten"), k("OFFICIAL", "gedeputeerde Hagedoorn"),
    k("TERM", "Personeel en Organisatie"), k("ORG", "directie Bedrijfsvoering"), k("CASE", "2025/0098112"),
    k("ROLE", "manager HRM"), k("ORG", "Arbo Oost B.V."), k("CASE", "OV-2024-031"),
    k("TITLE", "Verzuimprotocol 2019"), k("LAW", "Cao Provincies"), k("NUM", "€ 150.000"),
    k("ORG", "Provinciale Staten"), k("TERM", "Statenbrief"), k("ORG", "Ondernemingsraad"),
    k("ORG", "FNV Overheid"), k("ORG", "Ruimte en Bereikbaarheid"), k("DATE", "3 maart 2025"),
]))

# ---------------------------------------------------------------------------------------------- ov22
DOCS.append(Doc("ov22_statenvragen", render="rl", producer="Microsoft® Word voor Microsoft 365",
                creator="Microsoft® Word voor Microsoft 365", author="Griffie Provinciale Staten", body="""
# Schriftelijke vragen ex artikel 45 Reglement van Orde Provinciale Staten

Vragen van het Statenlid G. Bosscher (SP) aan Gedeputeerde Staten over langdurig verzuim bij de provincie
Ingekomen: 24 februari 2025, nummer PS/2025/0214
Antwoord verzonden: 25 maart 2025

Vraag 1. Klopt het dat het verzuim bij de directie Ruimte en Bereikbaarheid in 2024 op 5,8% lag?
Antwoord: Ja. Het verzuim in deze directie lag in 2024 op 5,8%, tegen 4,9% voor de provincie als geheel.

Vraag 2. Hoeveel medewerkers zijn langer dan een jaar ziek, en wat doet het college om dit te verminderen?
Antwoord: Eind 2024 waren 21 medewerkers langer dan een jaar ziek. Op 8 april 2025 stelt ons college het Verzuimbeleid 2025 vast. Daarin wordt het tweede spoor eerder ingezet en is een structureel budget Duurzame Inzetbaarheid opgenomen.

Vraag 3. Hoe voorkomt het college dat de reorganisatie bij Ruimte en Bereikbaarheid leidt tot meer verzuim?
Antwoord: Bij de reorganisatie is het Sociaal Plan Provincie Overijssel 2023 van toepassing. Medewerkers kunnen gebruikmaken van de vertrouwenspersoon en van het loopbaancentrum. Wij bespreken de voortgang met de Ondernemingsraad.

Vraag 4. Is de gedeputeerde bereid de Staten jaarlijks over het verzuim te informeren?
Antwoord: Ja. Gedeputeerde Hagedoorn neemt de verzuimcijfers op in de jaarlijkse Sociaal Jaarverslag-rapportage aan de Statencommissie Bestuur en Middelen.

Gedeputeerde Staten van Overijssel,
de secretaris, H.M. Albers-Klomp
de voorzitter, commissaris van de Koning A.P. Heijnen

Inlichtingen: Griffie, griffie@overijssel.nl, 038 499 88 99
""", R=[
], K=[
    k("OFFICIAL", "Statenlid G. Bosscher (SP)"), k("LAW", "Reglement van Orde Provinciale Staten"),
    k("CASE", "PS/2025/0214"), k("ORG", "Ruimte en Bereikbaarheid"), k("TITLE", "Verzuimbeleid 2025"),
    k("TERM", "Duurzame Inzetbaarheid"), k("TITLE", "Sociaal Plan Provincie Overijssel 2023"),
    k("ORG", "Ondernemingsraad"), k("OFFICIAL", "Gedeputeerde Hagedoorn"),
    k("ORG", "Statencommissie Bestuur en Middelen"), k("OFFICIAL", "commissaris van de Koning A.P. Heijnen"),
    k("EMAIL", "griffie@overijssel.nl"), k("PHONE", "038 499 88 99"), k("NUM", "5,8%"),
    k("DATE", "25 maart 2025"), k("ORG", "Gedeputeerde Staten van Overijssel"),
]))
