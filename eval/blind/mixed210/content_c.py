"""Set UV, documents uv23-uv33: press release, invoices, rosters, overviews, memo, Woo decision."""
from lib import Doc

DOCS = []

DOCS.append(Doc("uv23_persbericht", "docx", """
PERSBERICHT - gemeente Deventer
Deventer, 23 juli 2026

# Sneller een woning bij urgente woonnood: Deventer past urgentieregeling aan

Woningzoekenden die buiten hun schuld dakloos raken of na huiselijk geweld hun huis moeten verlaten, krijgen straks sneller duidelijkheid over een urgentieverklaring. Het college van burgemeester en wethouders stelt de gemeenteraad voor de urgentieregeling in de Huisvestingsverordening Deventer 2025 aan te passen. Aanvragers worden voortaan altijd gehoord, zo nodig met een tolk.

"Een urgentieverklaring is voor veel mensen de laatste uitweg," zegt {{F|wethouder Joris Kleinjan}} (Wonen). "We zagen dat de regels soms te streng uitpakten voor mensen die hier al jaren werken. Dat repareren we nu."

Ook maken de gemeente en Woonkracht IJssel afspraken over rolstoeltoegankelijke nieuwbouw. In het Geert Grote-kwartier worden de eerste woningen met voorrang aan urgenten aangeboden. De Urgentiecommissie Stedendriehoek, waarin ook Huurdersvereniging De Kapstok zitting heeft, blijft adviseren over elke aanvraag.

De gemeenteraad bespreekt het voorstel op 16 september 2026 in de raadscommissie Wonen.

Meer informatie: www.deventer.nl/urgentie. Woningzoekenden met vragen kunnen bellen met 14 0570.

Noot voor de redactie (niet voor publicatie)
Voor meer informatie: {{J|woordvoerder}} {{F|Sanne Brouwer}}, persvoorlichting gemeente Deventer, telefoon {{G|0570 69 30 00}} (persnummer) of {{M|pers@deventer.nl}}.
""", meta={"/Producer": "LibreOffice 7.4", "/Creator": "Writer", "/Author": "Koen Veldhuis-Arts", "/Title": "Persbericht urgentieregeling - concept 3"},
    xmp_creator="Koen Veldhuis-Arts",
    hidden=[("metadata", "PERSON", "Koen Veldhuis-Arts", ["Koen Veldhuis-Arts", "Veldhuis-Arts"])]))

DOCS.append(Doc("uv24_factuur_tolk", "ttf", """
[[P|Agnieszka Dąbrowska]] - Tolk- en vertaalbureau Polski Most
[[A|Leeuwenbrug 73]], [[A|7411 TH]] Deventer | [[T|+48 601 772 345]] / [[T|06-1290 3348]]
[[E|agnieszka@polskimost.nl]] | KvK [[K|80451267]] | btw-id [[X|NL004471952B62]]
Beëdigd tolk Pools-Nederlands, Wbtv-nummer [[X|21874]]

Aan: Gemeente Deventer, crediteurenadministratie, Postbus 5000, 7400 GC Deventer
t.a.v. [[P|mr. L. Wijnbergen]], bezwaarschriftencommissie

# Factuur 2026-0147
Factuurdatum: 28 augustus 2026 | Vervaldatum: 27 september 2026
Uw referentie: {{R|BZ-2026-0212}} / inkoopordernummer {{R|IO-4501887}}

| Omschrijving | Aantal | Tarief | Bedrag |
| Tolken hoorzitting 25-08-2026, stadhuis Deventer (10.00-12.00 uur) | 2 uur | € 62,50 | € 125,00 |
| Voorrijkosten | 1 | € 15,00 | € 15,00 |
| Reiskosten (22 km x € 0,23) | 22 | € 0,23 | € 5,06 |
| Vertaling beslissing op bezwaar (zie opdracht d.d. 7 oktober) | 1 | nog te factureren | - |

Subtotaal: € 145,06 | Btw 21%: € 30,46 | Totaal: € 175,52

Gelieve binnen 30 dagen over te maken op [[I|NL26 TRIO 0391 4428 76]] t.n.v. [[P|A. Dąbrowska]], onder vermelding van het factuurnummer.
Tolkwerk in het sociaal domein, tarief conform de {{W|Wet beëdigde tolken en vertalers}}.
""", meta={"/Producer": "Moneybird", "/Creator": "Moneybird facturen", "/Title": "Factuur 2026-0147"}))

DOCS.append(Doc("uv25_factuur_klusbedrijf", "helv", """
# FACTUUR
[[P|Klusbedrijf H. Wolters]]
[[A|Oude Bathmenseweg 210]], [[A|7416 SB]] Deventer
Tel. [[T|0570 - 65 12 90]] | Mobiel [[T|06 22 18 74 03]] | [[E|harm@woltersklus.nl]]
KvK [[K|71188903]] | Btw [[X|NL001938447B91]] | Bank [[I|NL46 RABO 0312 8755 40]]

Aan: Woonkracht IJssel, afdeling Vastgoed, Brinkgreverweg 155, 7413 AB Deventer
Opdrachtgever: [[P|T. Roelofsen]] | Werkorder: {{R|WO-26-08812}}
Factuurnummer: 2026-093 | Datum: 30 juni 2026

| Omschrijving | Bedrag |
| Verbreden voordeur en badkamerdeur tot 93 cm, benedenwoning Albert Schweitzerlaan (complex 114) | € 3.240,00 |
| Verwijderen drempels, aanbrengen vlakke dorpels | € 680,00 |
| Materiaal: 2 deurkozijnen meranti, 2 stompe deuren | € 845,00 |
| Subtotaal | € 4.765,00 |
| Btw 21% | € 1.000,65 |
| Totaal | € 5.765,65 |

Werkzaamheden uitgevoerd op 22-26 juni 2026 in opdracht van Woonkracht IJssel in verband met een woningaanpassing (Wmo-bijdrage gemeente Deventer, beschikking {{R|WMO-2026-3318}}).
Betaling binnen 14 dagen. Bij vragen: [[P|Harm]], zie boven.
""", meta={"/Producer": "Snelstart 12 PDF", "/Creator": "SnelStart", "/Author": "Harm Wolters"},
    hidden=[("metadata", "PERSON", "Harm Wolters", ["Harm Wolters"])]))

DOCS.append(Doc("uv26_rooster_woonconsulenten", "helv", """
# Woonkracht IJssel - bereikbaarheid team Bijzondere Doelgroepen, Q3 2026
Intern document - niet verspreiden buiten Woonkracht IJssel en gemeente Deventer
Algemeen: info@woonkrachtijssel.nl | urgentie@woonkrachtijssel.nl | 0570 745 000 | Storingen 24/7: 0800-2000

| Naam | Functie | Pers.nr. | Mobiel | Werkdagen | Backup |
| [[P|Ilse Kamphuis]] | woonconsulent urgentie | [[N|WK10442]] | [[T|06-2041 5563]] | ma di do | [[C|GtB]] |
| [[P|Gerda ten Brinke]] | woonconsulent urgentie | [[N|WK10517]] | [[T|06-2041 5570]] | di wo vr | [[C|IK]] |
| [[P|Priya Ramdin]] | senior woonconsulent, lid UC | [[N|WK09983]] | [[T|+31 6 4127 0096]] | ma-do | [[C|IK]] |
| [[P|Thijs Roelofsen]] | manager Verhuur | [[N|WK08120]] | [[T|06-5300 1189]] | ma-vr | - |
| [[P|Sander de Haan]] | medewerker Vastgoed (aanpassingen) | [[N|WK11021]] | [[T|0031 6 5122 4780]] | ma-vr | [[C|TR]] |
| [[P|Fenna Oude Luttikhuis]] | trainee | [[N|WK11350]] | [[T|06 4870 2213]] | wo do | [[C|PR]] |

Vakantie: [[P|Ilse]] 27-07 t/m 14-08, [[P|Gerda]] 17-08 t/m 28-08. Bij afwezigheid van beiden: [[P|Priya]].
Bij crisis (huiselijk geweld, dreigende dakloosheid) altijd ook Veilig Thuis IJsselland informeren via 0800-2000.
""", meta={"/Producer": "Microsoft Excel 2019", "/Creator": "Microsoft Excel", "/Author": "ramdin.p"},
    hidden=[("metadata", "USERNAME", "ramdin.p", ["ramdin.p"])]))

DOCS.append(Doc("uv27_overzicht_aanvragen", "ttf", """
# Overzicht aanvragen urgentieverklaring, eerste halfjaar 2026
Secretariaat Urgentiecommissie Stedendriehoek | peildatum 30 juni 2026 | vertrouwelijk

| Zaak | Aanvrager | Geb.jaar | Gemeente | Grond | Advies UC | Besluit |
| URG-2026-0061 | [[P|Koen Brouwers]] | [[D|1972]] | Deventer | medisch | toekennen | toegekend |
| URG-2026-0064 | [[P|Fam. Nguyễn Văn Minh]] | [[D|1980]] | Deventer | sociaal | afwijzen | afgewezen |
| URG-2026-0066 | [[P|R. van Wijhe]] | [[D|1958]] | Apeldoorn | medisch | toekennen | toegekend |
| URG-2026-0071 | [[P|Ş. Yılmaz]] | [[D|1995]] | Deventer | sociaal | afwijzen | afgewezen |
| URG-2026-0075 | [[P|M.E. Tjoa-Liem]] | [[D|1949]] | Zutphen | medisch | toekennen | toegekend |
| URG-2026-0079 | [[P|Jan-Willem Groot Bramel]] | [[D|1988]] | Deventer | sociaal | toekennen | toegekend |
| URG-2026-0082 | [[P|Fatima Ouali]] | [[D|1990]] | Deventer | sociaal (HG) | toekennen | toegekend |
| URG-2026-0086 | [[P|P.H.M. ten Dam]] | [[D|1944]] | Bathmen | medisch | aanhouden | - |
| URG-2026-0088 | [[P|Oleksandr Kovalenko]] | [[D|1983]] | Deventer | sociaal | afwijzen | afgewezen |
| URG-2026-0093 | [[P|S. el Idrissi-Vos]] | [[D|1979]] | Deventer | medisch | toekennen | toegekend |
===
| Zaak | Aanvrager | Geb.jaar | Gemeente | Grond | Advies UC | Besluit |
| URG-2026-0097 | [[P|A. Çelik]] | [[D|1984]] | Deventer | medisch (mantelzorg) | aanhouden | - |
| URG-2026-0101 | [[P|D.J. ter Horst]] | [[D|1986]] | Deventer | sociaal (HG) | toekennen | toegekend |
| URG-2026-0104 | [[P|B. Wiśniewski]] | [[D|1991]] | Deventer | sociaal (dakloos) | afwijzen | afgewezen, bezwaar |
| URG-2026-0108 | [[P|Lieke Hofman-de Graaf]] | [[D|1997]] | Colmschate | sociaal | in behandeling | - |

Totalen eerste halfjaar (alle 61 aanvragen, ook de niet in dit overzicht opgenomen aanvragen die zonder advies zijn ingetrokken): 27 toegekend, 21 afgewezen, 6 aangehouden, 7 ingetrokken.
Toelichting: HG = huiselijk geweld. Geboortejaar is opgenomen voor de leeftijdsverdeling in het jaarverslag.
Samengesteld door: [[P|J. van 't Hul]], secretaris ([[E|j.vanthul@deventer.nl]])
""", meta={"/Producer": "ReportLab PDF Library - www.reportlab.com", "/Creator": "Microsoft Excel - overzicht urgenten H1.xlsx"}))

DOCS.append(Doc("uv28_mail_woningaanbod", "helv", """
Van: urgentie@woonkrachtijssel.nl
Namens: [[P|Ten Brinke, Gerda]]
Verzonden: woensdag 15 juli 2026 10:18
Aan: [[E|dj.terhorst@gmail.com]]
CC: [[P|Amrani, Youssef]] <[[E|y.amrani@sociaalwerkdeventer.nl]]>
Onderwerp: Woningaanbod in het kader van uw urgentieverklaring (URG-2026-0101)

Beste [[P|Dirk-Jan]],

Zoals vanochtend telefonisch besproken bieden wij u in het kader van uw urgentieverklaring de volgende woning aan:

Adres: [[A|Roggestraat 19]], [[A|7415 HV]] Deventer (Colmschate)
Type: eengezinswoning, 3 slaapkamers, tuin op het zuiden
Huur: € 784,16 kale huur, € 52,30 servicekosten
Beschikbaar per: 1 september 2026

Het is een eenmalig aanbod. Als u deze woning weigert, vervalt uw urgentieverklaring (artikel 2.14 Huisvestingsverordening Deventer 2025). U kunt de woning bezichtigen op vrijdag 17 juli om 14.00 uur; de huidige huurder, de heer [[P|Van Lochem]], is dan aanwezig.

Wilt u vóór maandag 20 juli laten weten of u de woning accepteert? Dat kan door te antwoorden op deze mail of te bellen met [[T|0570 745 031]] (mijn directe nummer).

Met vriendelijke groet,

[[P|Gerda ten Brinke]]
woonconsulent urgentie
Woonkracht IJssel | Brinkgreverweg 155 | Deventer

Let op: Woonkracht IJssel vraagt nooit via de mail om uw DigiD, BSN of bankgegevens.
""", meta={"/Producer": "Microsoft Outlook 16.0", "/Creator": "Microsoft Outlook", "/Title": "Woningaanbod URG-2026-0101"}))

DOCS.append(Doc("uv29_juridisch_memo", "ttf", """
# Memo
Aan: team Wonen, secretariaat Urgentiecommissie Stedendriehoek
Van: team Juridische Zaken
Datum: 3 september 2026
Onderwerp: begrip "binding" en "dakloos" na de hoorzitting in BZ-2026-0212

## Vraag
Kan een werkgeversverklaring zonder inschrijving in de basisregistratie personen de economische binding aantonen, en wanneer is iemand "dakloos" in de zin van artikel 2.11 Huisvestingsverordening Deventer 2025?

## Antwoord in het kort
1. Ja. Artikel 14 van de Huisvestingswet 2014 spreekt over het verwerven van inkomen uit een economische activiteit in de regio. Inschrijving in de BRP is geen voorwaarde; de verklaring moet wel verifieerbaar zijn, bijvoorbeeld met loonstroken of de UWV-polisadministratie.
2. Dakloos is wie geen eigen woonruimte heeft en aangewezen is op maatschappelijke opvang of een briefadres. Tijdelijk verblijf bij familie geldt niet als dakloosheid, maar kan wel onder de sociale grond "ontbreken van zelfstandige woonruimte met minderjarige kinderen" vallen.

## Gevolgen
De praktijk in het eerste halfjaar 2026 was strenger dan de verordening vraagt. Wij adviseren lopende aanvragen die op binding zijn afgewezen na te lopen (in ieder geval URG-2026-0088 en URG-2026-0104). De beslisnota over de wijziging van de regeling (BN-2026-0731) sluit hierop aan.

Zie ook ABRvS 12 april 2023, ECLI:NL:RVS:2023:1442 (binding arbeidsmigrant) en CRvB over de Wmo 2015-opvang.

Opgesteld door: [[P|mr. Lotte Wijnbergen]] (jurist), [[E|l.wijnbergen@deventer.nl]], [[T|0570 69 38 77]]
""", meta={"/Producer": "PDF-XChange Editor 10.2", "/Creator": "Microsoft Word - memo binding.docx", "/Author": "Wijnbergen, L."},
    notes=[(0, "de Bruijn-Nijland, Marco", "Eens. Graag ook 0064 (fam. Nguyen) meenemen, Femke weet ervan."),
           (0, "Oosterveld, Femke", "Kan Jaap Tuinstra van de BRP dit controleren? Zijn nummer: 0570 69 34 88"),
           (0, "Kamphuis, Ilse (Woonkracht IJssel)", "Wij hebben nog twee vergelijkbare dossiers, bel gerust 06-2041 5563")],
    hidden=[("annotations", "PERSON", "de Bruijn-Nijland, Marco", ["de Bruijn-Nijland, Marco", "de Bruijn-Nijland"]),
            ("annotations", "PERSON", "Oosterveld, Femke", ["Oosterveld, Femke", "Oosterveld"]),
            ("annotations", "PERSON", "Jaap Tuinstra", ["Jaap Tuinstra"]),
            ("annotations", "PERSON", "Femke", ["Femke"]),
            ("annotations", "PERSON", "fam. Nguyen", ["Nguyen"]),
            ("annotations", "PHONE", "0570 69 34 88", ["0570 69 34 88"]),
            ("annotations", "PERSON", "Kamphuis, Ilse", ["Kamphuis, Ilse", "Kamphuis"]),
            ("annotations", "PHONE", "06-2041 5563", ["06-2041 5563"])]))

DOCS.append(Doc("uv30_brief_huurdersvereniging", "docx", """
Huurdersvereniging De Kapstok
Secretariaat: [[A|Van Marlestraat 64]], [[A|7415 XK]] Deventer | {{M|info@dekapstok-deventer.nl}}
KvK {{R|40071558}}

Aan de gemeenteraad van Deventer
t.a.v. de griffie, Grote Kerkhof 1, Deventer
Afschrift: {{F|wethouder Joris Kleinjan}}; directie Woonkracht IJssel

Deventer, 9 juni 2026
Betreft: wachttijden urgenten en samenstelling urgentiecommissie

Geachte raadsleden,

Huurdersvereniging De Kapstok vertegenwoordigt ruim 7.800 huurders van Woonkracht IJssel. Via ons lid in de Urgentiecommissie Stedendriehoek horen wij dat urgenten met een rolstoel soms langer dan een jaar wachten. Eén van onze leden, een moeder met een zoon in een rolstoel, wacht op de vierde verdieping van een flat met een lift die regelmatig uitvalt. Zij heeft toestemming gegeven dit te melden, maar wil niet met naam genoemd worden.

Wij vragen de raad:
1. de prestatieafspraken met Woonkracht IJssel aan te vullen met een quotum voor urgenten in rolstoeltoegankelijke nieuwbouw;
2. de binding-eis te versoepelen voor mensen die aantoonbaar in de regio werken;
3. de huurdersvereniging een vaste plek te geven bij de evaluatie van de urgentieregeling.

Wij gaan graag met u in gesprek, bijvoorbeeld tijdens de raadscommissie Wonen van 17 juni 2026.

Met vriendelijke groet,
namens het bestuur van Huurdersvereniging De Kapstok,

[[P|Wilhelmina (Willy) Ter Haar-Scholten]], voorzitter
[[P|Wim Hulshof]], lid urgentiecommissie namens De Kapstok
Contact: [[T|06-10 55 83 72]] ([[P|Willy]])
""", meta={"/Producer": "LibreOffice 7.4", "/Creator": "Writer", "/Author": "Willy"}))

DOCS.append(Doc("uv31_jaarverslag_urgentiecommissie", "helv", """
# Jaarverslag 2025 Urgentiecommissie Stedendriehoek
Gemeenten Deventer, Apeldoorn (deels) en Zutphen | vastgesteld 12 maart 2026

## 1. Samenstelling
De commissie bestond in 2025 uit een onafhankelijk voorzitter, drie leden (namens de corporaties, de huurders en de gemeente Zutphen) en een secretaris van de gemeente Deventer. De medisch adviseur werd ingehuurd bij de Stichting Adviesbureau Indicatiestelling. In juni 2025 nam de voorzitter, [[P|mr. Anouk Verbeek]], het voorzitterschap over van [[P|mr. Th. (Theo) Klein Gunnewiek]], die de commissie sinds 2017 voorzat.

## 2. Cijfers
| | 2024 | 2025 |
| Aanvragen | 104 | 118 |
| Toegekend | 57 | 64 |
| Afgewezen | 41 | 49 |
| Ingetrokken | 6 | 5 |
| Gemiddelde behandelduur (weken) | 7,1 | 6,4 |
| Bezwaarschriften | 9 | 12 |
| Bezwaar gegrond | 2 | 3 |

Medische urgentie werd 29 keer toegekend, sociale urgentie 35 keer, waarvan 14 keer na huiselijk geweld en 8 keer bij uitstroom uit de maatschappelijke opvang van het Leger des Heils.
===
## 3. Knelpunten
De wachttijd voor rolstoeltoegankelijke woningen bedroeg gemiddeld 11,3 maanden. De commissie heeft dit gemeld aan het college en aan Woonkracht IJssel. Daarnaast constateert de commissie dat aanvragers met een migratieachtergrond de procedure moeilijk vinden; een tolk is niet standaard beschikbaar.

## 4. Werkwijze
Sinds september 2025 vergadert de commissie maandelijks in het stadhuis van Deventer. Dossiers worden digitaal aangeleverd via Corsa. Medische gegevens worden alleen door de medisch adviseur ingezien; de commissie ontvangt een advies zonder diagnose, tenzij de aanvrager anders wil.

## 5. Dankwoord
De commissie dankt de woonconsulenten van Woonkracht IJssel en de medewerkers van het secretariaat voor hun inzet.

Secretariaat: secretariaat.urgentie@deventer.nl | 14 0570
""", meta={"/Producer": "Adobe PDF Library 17.0", "/Creator": "Adobe InDesign 18.2 (Windows)", "/Title": "Jaarverslag 2025 UC Stedendriehoek"},
    xmp_creator="Jeroen van 't Hul",
    outline=[("1. Samenstelling", 0), ("2. Cijfers (aangeleverd door P. Ramdin)", 0), ("3. Knelpunten - tekst A. Verbeek", 1),
             ("Opmaak: Studio Dijkgraaf, contact Mirjam Dijkgraaf", 1)],
    hidden=[("metadata", "PERSON", "Jeroen van 't Hul", ["Jeroen van 't Hul"]),
            ("outline", "PERSON", "P. Ramdin", ["P. Ramdin"]),
            ("outline", "PERSON", "A. Verbeek", ["A. Verbeek"]),
            ("outline", "PERSON", "Mirjam Dijkgraaf", ["Mirjam Dijkgraaf"])]))

DOCS.append(Doc("uv32_woo_besluit", "ttf", """
Gemeente Deventer | Grote Kerkhof 1 | Postbus 5000 | 7400 GC Deventer

Mevrouw [[P|H. Bouwmeester-Lansink]]
[[A|Brink 38-B]]
[[A|7411 BT]] DEVENTER

Datum: 14 oktober 2026
Kenmerk: WOO-2026-0417
Onderwerp: besluit op uw Woo-verzoek over urgentieverklaringen

# Besluit op uw verzoek om informatie

Geachte mevrouw [[P|Bouwmeester-Lansink]],

Op 3 augustus 2026 heeft u een verzoek gedaan op grond van de Wet open overheid (Woo) om documenten over urgentieverklaringen in het eerste halfjaar van 2026. Wij hebben de ontvangst op 6 augustus 2026 bevestigd en de beslistermijn op 31 augustus 2026 met twee weken verlengd en vervolgens opgeschort voor het vragen van zienswijzen.

## Zienswijzen
Woonkracht IJssel, de Stichting Adviesbureau Indicatiestelling en Huurdersvereniging De Kapstok zijn in de gelegenheid gesteld een zienswijze te geven. Woonkracht IJssel vraagt de namen en telefoonnummers van haar medewerkers niet openbaar te maken. Wij volgen die zienswijze. De andere partijen hebben geen bezwaar.

## Besluit
Wij maken de documenten die op de inventarislijst staan deels openbaar. 33 documenten zijn gevonden; 31 worden deels openbaar gemaakt en 2 openbaar. Geen document wordt volledig geweigerd.
===
## Informatie die niet openbaar gemaakt kan worden
De stukken bevatten in groten getale gegevens van woningzoekenden: namen, adressen, geboortedata, burgerservicenummers, telefoonnummers, gezinssituaties en gegevens over hun gezondheid.

## Motivering
Gegevens over de gezondheid van aanvragers zijn bijzondere persoonsgegevens; deze maken wij niet openbaar (artikel 5.1, eerste lid, onder d, Woo). Burgerservicenummers maken wij niet openbaar (artikel 5.1, eerste lid, onder e, Woo). Overige persoonsgegevens van woningzoekenden, van medewerkers van de gemeente, van Woonkracht IJssel en van de adviseurs, de leden van de commissies en de tolk maken wij niet openbaar ter eerbiediging van de persoonlijke levenssfeer (artikel 5.1, tweede lid, onder e, Woo; code 5.1.2e). Het belang van openbaarheid weegt daar niet tegen op: uw verzoek gaat over de werking van de regeling, niet over individuele aanvragers. De namen van de burgemeester, de wethouder, de gemeentesecretaris, raadsleden en de woordvoerder maken wij wel openbaar, omdat zij in hun publieke functie optreden.

## Wijze van openbaarmaking
De documenten worden binnen twee weken geplaatst op open.overheid.nl. Een kopie sturen wij u per e-mail.

## Bezwaar
Tegen dit besluit kunt u binnen zes weken bezwaar maken bij het college, Postbus 5000, 7400 GC Deventer, of via bezwaar@deventer.nl.

Met vriendelijke groet,
burgemeester en wethouders van Deventer,
namens dezen,

[[P|M.J. de Bruijn-Nijland]]
teamleider Wonen

Bijlage: inventarislijst WOO-2026-0417
""", meta={"/Producer": "Aspose.PDF for .NET 23.4", "/Creator": "Corsa Documentcreatie", "/Title": "Woo-besluit WOO-2026-0417"}))

DOCS.append(Doc("uv33_inventarislijst", "helv", """
# Inventarislijst Woo-verzoek WOO-2026-0417
Bijlage bij het besluit van 14 oktober 2026

| Nr | Document | Datum | Beoordeling | Grond | Opmerking |
| 1 | Woo-verzoek | 03-08-2026 | deels openbaar | 5.1.2e | |
| 2 | Ontvangstbevestiging | 06-08-2026 | deels openbaar | 5.1.2e | |
| 3 | Aanvraagformulier U-1 (URG-2026-0093) | 25-04-2026 | deels openbaar | 5.1.1d, 5.1.1e, 5.1.2e | formulierwaarden |
| 4 | Medische verklaring huisarts | 22-04-2026 | deels openbaar | 5.1.1d, 5.1.1e, 5.1.2e | |
| 5 | Medisch advies SAI | 12-05-2026 | deels openbaar | 5.1.1d, 5.1.2e | |
| 6 | Sociaal rapport | 19-05-2026 | deels openbaar | 5.1.1d, 5.1.1e, 5.1.2e | |
| 7 | Mailwisseling gemeente - Woonkracht IJssel | 05/09-06-2026 | deels openbaar | 5.1.2e | |
| 8 | Verslag urgentiecommissie | 21-05-2026 | deels openbaar | 5.1.1d, 5.1.2e | |
| 9 | Advies urgentiecommissie | 28-05-2026 | deels openbaar | 5.1.2e | |
| 10 | Besluit URG-2026-0104 | 04-06-2026 | deels openbaar | 5.1.2e | |
| 11 | Bezwaarschrift | 10-07-2026 | deels openbaar | 5.1.1d, 5.1.2e | |
| 12 | Uitnodiging hoorzitting | 21-07-2026 | deels openbaar | 5.1.2e | |
| 13 | Verslag hoorzitting | 25-08-2026 | deels openbaar | 5.1.1d, 5.1.2e | |
| 14 | Advies bezwaarschriftencommissie | 22-09-2026 | deels openbaar | 5.1.2e | |
| 15 | Beslissing op bezwaar | 06-10-2026 | deels openbaar | 5.1.2e | |
| 16-17 | WhatsApp- en Teams-chat | 06-2026 | deels openbaar | 5.1.1d, 5.1.2e | |
| 18-20 | Ingekomen stukken (scans) | 05-2026, 08-2026 | deels openbaar | 5.1.1d, 5.1.2e | |
| 21 | Raadsvragen en antwoord | 29-05/30-06-2026 | deels openbaar | 5.1.2e | |
| 22 | Beslisnota urgentieregeling | 15-07-2026 | deels openbaar | 5.1.2e | |
| 23 | Persbericht | 23-07-2026 | openbaar | - | reeds openbaar |
| 24-25 | Facturen | 06-2026, 08-2026 | deels openbaar | 5.1.2e | |
| 26-28 | Rooster, overzicht, woningaanbod | 06/07-2026 | deels openbaar | 5.1.2e | |
| 29-31 | Memo, brief huurders, jaarverslag | 2026 | deels openbaar | 5.1.2e | jaarverslag reeds openbaar |
| 32-33 | Besluit en inventarislijst | 14-10-2026 | openbaar | - | |

Opgesteld door: team Wonen, WOO-2026-0417, contactpersoon via woo@deventer.nl
Paraaf behandelaar: [[C|FO]] | controle: [[C|MdBN]]
""", meta={"/Producer": "Microsoft Excel 2019", "/Creator": "Microsoft Excel", "/Author": "Oosterveld, Femke"},
    hidden=[("metadata", "PERSON", "Oosterveld, Femke", ["Oosterveld, Femke"])]))
