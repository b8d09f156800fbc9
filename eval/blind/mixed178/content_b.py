from lib import Doc

DOCS = [
Doc("az10_whatsapp_buurtapp", "WhatsApp-export groep Buurtpreventie Kanaalzone (fragment)", """
Export aangeleverd door beheerder van de groep. Telefoonnummers van deelnemers zijn in de export zichtbaar.
[14-10-2025] 21:58 - {Jo Kersten}: Goeie avond geweest vond ik. Die {Verhoef} van het [COA] kwam eerlijk over
[14-10-2025] 22:03 - {Henk W.}: Eerlijk? Vier camera's voor 280 man. Ik geloof er niks van
[14-10-2025] 22:05 - {Ömer}: Kom op {Henk}, geef ze een kans. De kids zijn welkom bij [VV Kanaalboys]
[14-10-2025] 22:07 - {T|+31 6 22 81 47 03}: Wie is dit nummer? Ik ben {Ria} van nr 96
[14-10-2025] 22:09 - {Jo Kersten}: {Ria} dat is {Ton}, nieuw in de groep
[08-11-2025] 00:12 - {Henk W.}: Weer herrie uit dat pand. Ik ben naar de slagboom gelopen, die beveiliger {Mo} was wel vriendelijk
[08-11-2025] 07:40 - {Wilma}: Staan die busjes van [Sentinel] ook bij jullie met draaiende motor?
[08-11-2025] 07:44 - {Ömer}: Bel gewoon het nummer van de meldkamer [088 - 715 20 00], daar is het voor
[08-11-2025] 07:46 - {Henk W.}: Heb ik gedaan. Ze sturen je door naar de gemeente
[08-11-2025] 08:15 - {Jo Kersten}: Ik mail {Hatice} van de gemeente wel even: {E|hatice.celik@vlietstede.nl}
[21-11-2025] 19:30 - {Ton}: Mijn dochter {Lieke} werd gisteren nageroepen bij de [Sluisbrug]. Ik heb aangifte gedaan
[21-11-2025] 19:34 - {Wilma}: Wat naar {Ton}. Weet je wie het was?
[21-11-2025] 19:35 - {Ton}: Nee. Wijkagent {Laura} belt me morgen
[21-11-2025] 19:52 - {Henk W.}: Zie je wel. Ik zeg het al maanden
[21-11-2025] 19:55 - {Jo Kersten}: {Henk} niet meteen iedereen over één kam. Het kan net zo goed iemand uit de [Vogelwijk] zijn
[03-12-2025] 22:49 - {Wilma}: Jongens bij de bushalte [Kanaalweg] weer. Ik meld het via de app van de gemeente
[03-12-2025] 23:10 - {Ömer}: Die jongens spelen zaterdag gewoon mee bij onder-15. Gewoon praten {Wilma}
<PB>
[15-12-2025] 18:02 - {Jo Kersten}: Uitnodiging open dag [AZC Vlietstede] zaterdag 20 december 13-16 uur, aanmelden via [opendag@azcvlietstede.nl]
[15-12-2025] 18:05 - {T|06-18 44 92 07}: Kan ik daar ook met mijn kleinzoon heen?
[15-12-2025] 18:06 - {Jo Kersten}: Ja hoor {Grietje}, iedereen welkom
[20-12-2025] 16:40 - {Ömer}: Mooie middag. {Kees} van het [COA] heeft ons rondgeleid, de kamers zijn klein maar netjes
[20-12-2025] 16:52 - {Henk W.}: Ik ben niet geweest. Laat [wethouder Ameziane] maar eens hier komen wonen
[20-12-2025] 17:01 - Beheerder: Graag op de toon letten. Regels van de groep: geen namen van bewoners van het azc, geen foto's.
""", producer="ttf", prod="Microsoft: Print To PDF"),

Doc("az11_raadsinformatiebrief_1", "Raadsinformatiebrief: start opvang in het Thorbeckegebouw", """
Aan: de leden van de [gemeenteraad van Vlietstede]
Van: [wethouder Ameziane] (portefeuille Sociaal Domein en Opvang)
Datum: 16 september 2025
Nummer: [RIB-2025-077]
Onderwerp: start opvanglocatie [Kanaalweg 88]
Geachte raadsleden,
Hierbij informeer ik u over de start van de opvang van asielzoekers in het voormalige kantoorgebouw [Thorbeckegebouw]. Op 15 september 2025 zijn de eerste 42 bewoners aangekomen. Het [COA] is verantwoordelijk voor de opvang en begeleiding; de gemeente voor de openbare orde, het onderwijs aan kinderen (via de [Internationale Schakelklas] van [OBS De Vlieter]) en de communicatie met de buurt.
De [Veiligheidsregio Hollands Midden] heeft op 9 september 2025 een gebruiksmelding brandveilig gebruik goedgekeurd. De [Omgevingsdienst West-Holland] heeft geen bezwaren tegen de tijdelijke afwijking van het [omgevingsplan].
Zoals toegezegd in de commissie [Samenleving] van 2 juli 2025 komt er een begeleidingscommissie. De eerste [bewonersavond] vindt plaats op 14 oktober 2025 in [wijkcentrum De Kanaalkant].
Voor de gemeente is de projectleider bereikbaar via het algemene nummer [14 0171] of [opvang@vlietstede.nl].
De kosten van de ombouw (EUR 3,4 miljoen) komen voor rekening van het [COA]. De gemeente ontvangt een vergoeding op grond van de [Regeling Specifieke uitkering Gemeentelijke Kosten Asielzoekers] ([GKA]).
Met vriendelijke groet,
[wethouder Ameziane]
Contactpersoon ambtelijk: {Ruud Bakhuis}, {T|071 - 519 44 38}
""", prod="Microsoft® Word 2016", creator="Microsoft® Word 2016", meta={"author": "Sanne Wijnbergen"},
    hidden=[("metadata", "PERSON", "Sanne Wijnbergen")]),

Doc("az12_raadsinformatiebrief_2", "Raadsinformatiebrief: stand van zaken opvang na drie maanden", """
Aan: de leden van de [gemeenteraad van Vlietstede]
Van: [wethouder Ameziane]
Datum: 16 december 2025
Nummer: [RIB-2025-118]
Onderwerp: stand van zaken opvanglocatie [Thorbeckegebouw]
Geachte raadsleden,
In deze brief informeer ik u over de eerste drie maanden van de opvang. Er verblijven nu 246 bewoners. In het meldingensysteem van [Sentinel Beveiliging B.V.] zijn 31 incidenten geregistreerd, waarvan 19 geluidsoverlast, 6 medische meldingen en 2 meldingen die tot politie-inzet leidden. Er zijn 14 klachten van omwonenden binnengekomen.
Naar aanleiding van de klachten over geparkeerde dienstbusjes is met [Sentinel] afgesproken dat deze voortaan op het eigen terrein staan. De begeleidingscommissie is op 25 november 2025 voor het eerst bijeengekomen.
Op 21 november 2025 is een minderjarige omwonende nageroepen bij de [Sluisbrug]. De politie onderzoekt de zaak. Ik begrijp de ongerustheid. [Burgemeester Terpstra] heeft besloten de verlichting langs het [Kanaalpad] te verbeteren en de [BOA]-surveillance uit te breiden.
Raadslid [De Kloet] ([VVD]) vroeg in de commissie van 2 december 2025 om een overzicht van de incidenten; dat ontvangt u als bijlage (geanonimiseerd).
Met vriendelijke groet,
[wethouder Ameziane]
""", notes=[(0, 480, 700, "Pieter-Jan Valk", "Cijfers nog checken met Sentinel, bel Gerrit 06-30 91 72 55"),
            (0, 480, 520, "Annemiek van 't Veer", "Zin over de Sluisbrug afstemmen met OOV (Bram)")],
    hidden=[("annotations", "PERSON", "Pieter-Jan Valk"), ("annotations", "PERSON", "Gerrit"),
            ("annotations", "PHONE", "06-30 91 72 55"), ("annotations", "PERSON", "Annemiek van 't Veer"),
            ("annotations", "PERSON", "Bram")],
    prod="Adobe PDF Library 23.1.175", creator="Acrobat PDFMaker 23 voor Word"),

Doc("az13_scan_brief_omwonende", "Aan de gemeente Vlietstede", """
Vlietstede, 22 november 2025
Beste mensen van de gemeente,
Ik ben {Ton Bleeker} en woon op {A|Sluiskade 31}.
Mijn dochter {Lieke Bleeker} (15 jaar) werd op 20 november
bij de Sluisbrug nageroepen door drie jongens.
Ik heb aangifte gedaan bij de politie.
Ik wil graag een gesprek met de wethouder.
Bel mij op {T|06 47 20 93 18} of mail naar
{E|tbleeker@kpnmail.nl}
Met groet,
{Ton Bleeker}
""", scan=True, prod="Canon iR-ADV C5840 PDF"),

Doc("az14_scan_rooster", "Dienstrooster beveiliging week 48", """
Object: AZC Vlietstede, Kanaalweg 88
Maandag dag: {Mohamed Azzouzi} / {Rik Zwanenburg}
Maandag nacht: {Priscilla Doelwijt} / {Sem Dijkhuizen}
Dinsdag dag: {Rik Zwanenburg} / {Fatima Bouali}
Dinsdag nacht: {Sem Dijkhuizen} / {Jordy Pinas}
Woensdag dag: {Mohamed Azzouzi} / {Fatima Bouali}
Teamleider: {Gerrit Hoogendoorn} tel. {T|06 30 91 72 55}
Reserve: {Jordy Pinas} tel. {T|06 12 84 40 67}
""", scan=True, prod="RICOH IM C3000 Scan"),

Doc("az15_factuur_tolk", "Factuur", """
{Amanuel Gebremedhin} - Tolk en vertaler Tigrinya / Arabisch
{A|Hooigracht 22}, 2312 KW Leiden | KvK {K|81234567} | btw-id [NL004512338B01]
Telefoon {T|06 11 38 50 92} | {E|amanuel.tolk@gmail.com}
Aan: [gemeente Vlietstede], t.a.v. crediteurenadministratie, Postbus 410, 2300 AK Vlietstede
Factuurnummer: [2025-041]
Factuurdatum: 20 oktober 2025
Uw referentie: [Z-2025-08812] ([bewonersavond] 14 oktober)
| Omschrijving | Uren | Tarief | Bedrag |
| Tolkdiensten [bewonersavond] [wijkcentrum De Kanaalkant] | 3,0 | 65,00 | 195,00 |
| Reiskosten | - | - | 18,40 |
| Subtotaal | | | 213,40 |
| btw 21% | | | 44,81 |
| Totaal | | | 258,21 |
Gelieve binnen 30 dagen over te maken op {I|NL39 RABO 0312 8847 91} t.n.v. {Amanuel Gebremedhin}.
Ingeschreven in het [Register beëdigde tolken en vertalers] onder nummer [Rbtv 204115].
""", prod="Microsoft® Excel® for Microsoft 365"),

Doc("az16_factuur_glaszetter", "FACTUUR", """
Glashandel {Jansen-Pruijs}
eigenaar {Wouter Jansen-Pruijs}
{A|Industrieweg 7}, 2314 XC Vlietstede | tel. {T|071 - 514 02 17}
KvK {K|27065512} | IBAN {I|NL72 INGB 0006 6351 09}
Aan: [Centraal Orgaan opvang asielzoekers], locatie [AZC Vlietstede], [Kanaalweg 88]
t.a.v. {Dirk-Jan Verhoef}
Factuurnummer: [F25-1188] | Datum: 10 november 2025 | Werkbon: [WB-8821]
| Omschrijving | Aantal | Prijs | Totaal |
| Vervangen gelaagd glas 33.1, raam begane grond kanaalzijde | 1 | 412,00 | 412,00 |
| Spoedtoeslag (melding [IR-2025-1108]) | 1 | 85,00 | 85,00 |
| btw 21% | | | 104,37 |
| Totaal | | | 601,37 |
Betaling binnen 14 dagen. Vragen? Bel {Wouter} op {T|06-24 81 66 30}.
""", prod="Exact Online Facturatie", creator="Exact Online"),

Doc("az17_beslisnota", "Beslisnota college: maatregelen omgeving opvanglocatie", """
Aan: college van burgemeester en wethouders
Van: team [Openbare Orde en Veiligheid] / team [Sociaal Domein]
Portefeuillehouders: [Burgemeester Terpstra] (openbare orde), [wethouder Ameziane] (opvang)
Datum: 2 december 2025
Kenmerk: [BN-2025-1402]
Behandeld door: {Bram Overdijk} ({T|071 - 519 43 02}, {E|b.overdijk@vlietstede.nl}) en {Annemiek van 't Veer}
## Aanleiding
Sinds de opening van het [AZC Vlietstede] op 15 september 2025 zijn er klachten van omwonenden binnengekomen over geluidsoverlast, geparkeerde dienstvoertuigen en een gevoel van onveiligheid rond het [Kanaalpad]. Op 21 november 2025 deed een omwonende aangifte van intimidatie van zijn dochter.
## Geadviseerd besluit
Het college wordt gevraagd:
1. in te stemmen met verbeterde verlichting langs het [Kanaalpad] (EUR 48.000, ten laste van de post [Openbare ruimte]);
2. de inzet van [BOA]'s in de [Kanaalzone] tijdelijk uit te breiden met 16 uur per week;
3. in te stemmen met de [raadsinformatiebrief] [RIB-2025-118].
## Kern
De incidentcijfers van [Sentinel Beveiliging B.V.] laten geen structureel veiligheidsprobleem zien. De beleving in de buurt is wel negatief, vooral in de [WhatsApp]-groep [Buurtpreventie Kanaalzone]. Het [COA] ({Dirk-Jan Verhoef}) steunt de maatregelen.
## Krachtenveld
De [VVD]-fractie heeft om een incidentenoverzicht gevraagd. [VluchtelingenWerk Nederland] waarschuwt voor stigmatisering van bewoners.
<PB>
## Paraafroute
| Naam | Functie | Paraaf | Datum |
| {Bram Overdijk} | adviseur [OOV] | {C|BO} | 2-12-2025 |
| {Annemiek van 't Veer} | beleidsadviseur opvang | {C|AvtV} | 2-12-2025 |
| {Esther Kuipers-Dam} | teammanager [OOV] | {C|EKD} | 3-12-2025 |
## Informatie die niet openbaar gemaakt kan worden
Het aangifterapport en de namen van omwonenden in de bijlagen.
## Motivering
Deze nota bevat persoonsgegevens van omwonenden en medewerkers ([artikel 5.1, tweede lid, onder e, Woo]).
""", outline=[("Aanleiding", 0), ("Opmerkingen Marjolein Hazeveld", 0), ("Paraaf Esther Kuipers-Dam", 1), ("Versie Joost Ramdin", 1)],
    hidden=[("outline", "PERSON", "Marjolein Hazeveld"), ("outline", "PERSON", "Joost Ramdin")],
    prod="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365"),
]
