"""Documents vz17-vz33 of set VZ."""
from lib import Doc, K, R

DOCS = []

DOCS.append(Doc("vz17", [
    ("lines", """SCHENGENSTATEN / SCHENGEN STATES
Koninkrijk der Nederlanden – Regional Support Office Warschau namens de Nederlandse ambassade in Astana"""),
    ("h", "WEIGERING VAN EEN VISUM / REFUSAL OF A VISA"),
    ("lines", """Geachte heer / Dear Mr ZHUMABAYEV, Yerlan
Geboortedatum / Date of birth: 09.01.1995
Paspoortnummer / Passport number: N55667788
Aanvraagnummer / Application number: NLD-AST-26-004423
Ingediend op / Lodged on: 02.04.2026 bij VFS Global Almaty"""),
    "De Nederlandse ambassade in Astana heeft uw aanvraag voor een visum kort verblijf (Schengenvisum) "
    "onderzocht. Het visum is geweigerd. Dit besluit is genomen op grond van de volgende reden(en):",
    ("lines", """[ ] 1. er is een vals of vervalst reisdocument overgelegd
[ ] 2. het doel en de omstandigheden van het voorgenomen verblijf zijn niet aannemelijk gemaakt
[ ] 3. u heeft niet aangetoond over voldoende middelen van bestaan te beschikken
[X] 9. er bestaat redelijke twijfel over uw voornemen om het grondgebied van de lidstaten te verlaten
       voordat het aangevraagde visum verloopt"""),
    ("h2", "Toelichting"),
    "U heeft geen bewijs van een dienstverband of andere economische of sociale binding met Kazachstan "
    "overgelegd. De garantstelling van de Stichting Wereldpodium Rotterdam heeft betrekking op de kosten van het "
    "verblijf en neemt deze twijfel niet weg (artikel 32, lid 1, onder b, Visumcode).",
    ("h2", "Rechtsmiddel"),
    "U kunt binnen vier weken na de datum van dit besluit bezwaar maken bij de minister van Buitenlandse Zaken, "
    "Directie Consulaire Zaken en Visumbeleid, Postbus 20061, 2500 EB Den Haag, op grond van de Algemene wet "
    "bestuursrecht (Awb).",
    ("lines", """Datum / Date: 26.04.2026
Namens de minister van Buitenlandse Zaken,
I. Molenkamp, teamleider RSO
Behandelaar: beslismedewerker 0417-WAW (paraaf: IMO)"""),
], font="Helvetica", size=9.5, producer="Oracle BI Publisher 12.2.1.4.0", creator="NVIS 4.2 beschikkingsmodule",
    redact=[R("STAFF_CODE", "beslismedewerker 0417-WAW", "0417-WAW")],
    keep=[K("LAW", "artikel 32, lid 1, onder b")]))

DOCS.append(Doc("vz18", [
    ("lines", """MAASSTAD ADVOCATEN
Schiedamse Vest 125 | 3012 BH Rotterdam
(postadres; bezoek op afspraak)"""),
    ("lines", """Aan de minister van Buitenlandse Zaken
Directie Consulaire Zaken en Visumbeleid, t.a.v. bezwaar
Postbus 20061
2500 EB Den Haag"""),
    ("lines", """Rotterdam, 19 mei 2026
Uw kenmerk: NLD-AST-26-004421
Behandeld door: mr. T.H. Wolters | t.wolters@maasstadadvocaten.nl | 010 - 280 44 17
Betreft: bezwaar tegen weigering visum kort verblijf, mevrouw G. Töleubaeva"""),
    ("h", "Bezwaarschrift"),
    "Geachte heer, mevrouw,",
    "Namens mijn cliënte, mevrouw Gülnar Töleubaeva, geboren op 27.06.1979, houder van paspoort N11223344, "
    "wonende te Almaty, maak ik bezwaar tegen het besluit van 26 april 2026 waarbij haar aanvraag om een "
    "Schengenvisum is geweigerd (aanvraagnummer NLD-AST-26-004421). Een volmacht is bijgevoegd.",
    ("h2", "1. Feiten"),
    "Cliënte is sinds 2004 verbonden aan het Kurmangazy Conservatorium en speelt kobyz in het Sazgen Ensemble. Zij "
    "zou optreden op het Wereldpodium Festival in Rotterdam. Het RSO heeft de aanvraag geweigerd wegens twijfel aan "
    "het terugkeervoornemen, kennelijk vanwege een overschrijding van de verblijfsduur in 2019.",
    ("h2", "2. Gronden"),
    "De overschrijding van elf dagen in 2019 had een dringende familiaire oorzaak: de moeder van cliënte werd in "
    "Keulen in het ziekenhuis opgenomen. Cliënte heeft zich destijds zelf gemeld bij de Duitse "
    "vreemdelingenautoriteiten. Het RSO heeft deze omstandigheid, die in haar brief van 28 april 2026 aan de "
    "ambassade is uiteengezet, ten onrechte niet meegewogen. Het besluit is daarmee in strijd met artikel 3:2 en "
    "artikel 3:46 van de Algemene wet bestuursrecht (Awb).",
    "Bovendien heeft cliënte een vast dienstverband bij een staatsinstelling, een eigen woning in Almaty en twee "
    "minderjarige kinderen. Het Kazachse ministerie van Buitenlandse Zaken heeft in de nota verbale No. "
    "12-3/4471 uitdrukkelijk om welwillende behandeling gevraagd. Van redelijke twijfel in de zin van artikel 32 "
    "van de Visumcode is geen sprake.",
    ("h2", "3. Verzoek"),
    "Ik verzoek u het besluit te herroepen en alsnog een visum te verlenen, zo nodig met een beperkte "
    "geldigheid. Ik verzoek u cliënte en mij te horen; cliënte kan via een videoverbinding deelnemen, met "
    "tussenkomst van een tolk Kazachs-Nederlands.",
    ("h2", "4. Proceskosten"),
    "Ik verzoek u de kosten van rechtsbijstand te vergoeden op grond van artikel 7:15 Awb.",
    "Hoogachtend,",
    ("lines", """mr. T.H. Wolters
advocaat"""),
    ("lines", """Bijlagen: volmacht; brief cliënte 28-04-2026; verklaring Uniklinik Köln; arbeidsverklaring Kurmangazy Conservatorium"""),
], font="Times-Roman", size=11.5, producer="Nitro Pro 13.70.2.40", creator="Nitro Pro",
    redact=[R("FAMILY", "ziekenhuisopname moeder", "in het ziekenhuis opgenomen"),
            R("FAMILY", "twee minderjarige kinderen", "twee minderjarige kinderen")],
    keep=[K(O := "ORG", "Uniklinik Köln")]))

DOCS.append(Doc("vz19", [], kind="scan", producer="Canon iR-ADV C5840 PDF", creator="Canon MFP",
    scan_lines=[("b", "CITY POLYCLINIC No. 4 - ALMATY"), ("b", "MEDICAL CERTIFICATE"), "",
                "Patient: Saule Qasymova", "Date of birth: 23.09.1993",
                "Passport: N17320508", "",
                "Diagnosis: diabetes type 1, insulin pump therapy",
                "The patient is fit to travel. She must carry insulin",
                "and needles in hand luggage during the flight.", "",
                "Physician: Dr. Kuanysh Ermekbayev", "",
                ("sig", ""), ("hand", "K. Ermekbayev  12.04.2026"), "",
                "Stamp: City Polyclinic No. 4, Almaty",
                ("hand", "ontv. VFS 14/4 - Aliya"),
                ],
    redact=[R("PERSON", "Saule Qasymova (scan)", "Qasymova", ocr=True),
            R("DOB", "23.09.1993 (scan)", "23.09.1993", ocr=True),
            R("PASSPORT", "N17320508 (scan)", "N17320508", ocr=True),
            R("HEALTH", "diabetes type 1 (scan)", "diabetes type 1", ocr=True),
            R("HEALTH", "insulin pump therapy", "insulin pump", ocr=True),
            R("PERSON", "Kuanysh Ermekbayev", "Ermekbayev", ocr=True),
            R("PERSON", "Aliya (scan)", "Aliya", ocr=True)]))

DOCS.append(Doc("vz20", [
    ("lines", """Tolk- en Vertaalbureau Kovačević
Jelena Kovačević, beëdigd tolk Russisch en Kazachs (Wbtv-nr. 204418)
Zwaanshals 311, 3035 KS Rotterdam | 06-1830 5527
KvK 81736540 | btw-id NL003412875B72"""),
    ("lines", """Ministerie van Buitenlandse Zaken
Directie Consulaire Zaken en Visumbeleid
t.a.v. crediteurenadministratie
Rijnstraat 8
2515 XP Den Haag"""),
    ("h", "FACTUUR 2026-041"),
    ("lines", """Factuurdatum: 10 juni 2026
Uw referentie: DCV-2026/1187 (bezwaar visum, hoorzitting)
Inkoopordernummer: 4500918273"""),
    ("t", [["Omschrijving", "Aantal", "Tarief", "Bedrag"],
           ["Tolken Kazachs-Nederlands, hoorzitting bezwaar (video), 3 juni 2026", "2,5 uur", "€ 58,50", "€ 146,25"],
           ["Voorbereiding en reistijd (Den Haag)", "1,0 uur", "€ 58,50", "€ 58,50"],
           ["Vertaling verklaring Uniklinik Köln (Duits-Nederlands)", "1 stuk", "€ 95,00", "€ 95,00"],
           ["Reiskosten Rotterdam - Den Haag v.v.", "1", "€ 12,40", "€ 12,40"],
           ["Subtotaal", "", "", "€ 312,15"],
           ["Btw 21%", "", "", "€ 65,55"],
           ["Totaal", "", "", "€ 377,70"]], [0.55, 0.13, 0.14, 0.18]),
    "Graag binnen 30 dagen overmaken op NL42 INGB 0007 3390 15 t.n.v. J. Kovačević, onder vermelding van het "
    "factuurnummer.",
    "Tolk ingezet via het Register beëdigde tolken en vertalers (Rbtv). Algemene voorwaarden op aanvraag.",
], font="DV", size=9.5, producer="Aspose.Words for .NET 23.10.0", creator="Moneybird",
    redact=[R("ID", "Wbtv-nummer tolk", "204418"),
            R("TRADE_NAME", "Tolk- en Vertaalbureau Kovačević", "Vertaalbureau Kovačević")],
    keep=[K("ORG", "Register beëdigde tolken en vertalers"), K("CASE", "4500918273"), K("CASE", "FACTUUR 2026-041")]))

DOCS.append(Doc("vz21", [
    ("lines", """BUSVERVOER R. PIJNACKER
Dorpsstraat 48b
2811 AK Reeuwijk
tel. 0182-38 44 01
KvK 74120593"""),
    ("lines", """Aan: Stichting Wereldpodium Rotterdam
Schiedamse Vest 125
3012 BH Rotterdam
(kopie ter info aan ambassade Astana i.v.m. garantstelling)"""),
    ("h", "Factuur nr. 2026-0612"),
    "Datum: 29-06-2026",
    ("t", [["Dag", "Rit", "Km", "Bedrag"],
           ["16-06", "Schiphol - hotel Rotterdam Centrum (Sazgen Ensemble, 10 pers. + instrumenten)", "78", "€ 285,00"],
           ["18-06", "Hotel - De Doelen v.v.", "12", "€ 120,00"],
           ["21-06", "Hotel - podium Erasmusbrug v.v.", "10", "€ 120,00"],
           ["24-06", "Excursie Den Haag (Johan de Wittlaan, World Forum) v.v.", "54", "€ 240,00"],
           ["29-06", "Hotel - Schiphol", "78", "€ 285,00"],
           ["", "Totaal excl. btw", "", "€ 1.050,00"],
           ["", "Btw 9%", "", "€ 94,50"],
           ["", "Totaal", "", "€ 1.144,50"]], [0.1, 0.6, 0.1, 0.2]),
    "Betaling binnen 14 dagen op rekening NL17 RABO 0316 2290 44 t.n.v. R. Pijnacker.",
    "Chauffeur op alle ritten: Ruud Pijnacker (eigenaar). Bij vragen bellen met 0182-38 44 01.",
    "Opmerking: op 21-06 heeft Yerlan niet meegereden (niet in Nederland). Aantal personen 9 i.p.v. 10, prijs ongewijzigd.",
], font="Courier", size=9.5, producer="PDFpen 13.1", creator="Pages"))

DOCS.append(Doc("vz22", [
    ("h", "Rooster consulaire balie ambassade Astana – week 16 en 17 (2026)"),
    "Balie geopend ma-do 09.00-12.30 uur. Groepsaanvraag Sazgen Ensemble: vragen doorzetten naar behandelaar. "
    "Algemeen nummer ambassade +7 7172 55 50 00; functionele mailbox ast-ca@minbuza.nl.",
    ("t", [["Naam", "Pers.nr.", "Functie", "Ma", "Di", "Wo", "Do", "Vr", "Mobiel (piket)"],
           ["Achterberg-Valk, M.", "BZ-204711", "hoofd consulaire afdeling", "K", "K", "-", "K", "K", "+7 701 553 1180"],
           ["ter Horst, D.", "BZ-219034", "consulair medewerker", "B", "B", "B", "-", "V", "06 5193 0274"],
           ["Zhaksybekova, A.", "LS-0087", "lokaal medewerker", "B", "-", "B", "B", "B", "+7 705 220 7491"],
           ["Sadvakasov, T.", "LS-0112", "lokaal medewerker", "-", "B", "B", "B", "B", "+7 747 981 0356"],
           ["Zuidema, H.", "BZ-231456", "secretariaat", "S", "S", "S", "S", "-", "+7 701 553 1192"]],
     [0.18, 0.1, 0.2, 0.05, 0.05, 0.05, 0.05, 0.05, 0.17]),
    "Legenda: B = balie, K = kantoor, S = secretariaat, V = verlof, - = vrij. Piket buiten kantoortijd via het "
    "BZ Contact Center +31 247 247 247.",
    "Vervanging bij ziekte: teamleider RSO Warschau (Ingrid Molenkamp) wordt geïnformeerd via ast-ca@minbuza.nl.",
], font="Helvetica", size=9.5, landscape=True, producer="Microsoft® Excel® 2016", creator="Microsoft® Excel® 2016",
    redact=[R("STAFF_NO", "personeelsnummers", "BZ-204711", "BZ-219034", "LS-0087", "LS-0112", "BZ-231456"),
            R("PHONE", "+7 701 553 1180"), R("PHONE", "+7 705 220 7491"), R("PHONE", "+7 747 981 0356"),
            R("PHONE", "+7 701 553 1192"),
            R("PERSON", "roster short names", "Achterberg-Valk, M.", "Zhaksybekova, A.", "Sadvakasov, T.", "Zuidema, H.")]))

DOCS.append(Doc("vz23", [
    ("h", "Memo – risicobeoordeling groepsaanvraag Sazgen Ensemble"),
    ("lines", """Aan: DCV, cluster visumbeleid (dcv-visumbeleid@minbuza.nl)
Van: teamleider RSO Warschau
Datum: 17 april 2026
Kenmerk: RSO-WAW/2026/0934"""),
    ("h2", "1. Samenvatting"),
    "Van de tien aanvragen zijn er zes zonder bijzonderheden ingewilligd. Voor vier aanvragen is nader onderzoek "
    "gedaan naar het terugkeervoornemen en de reisverzekering. Het RSO adviseert twee weigeringen "
    "(aanvraagnummers NLD-AST-26-004421 en NLD-AST-26-004423) en twee inwilligingen na ontvangst van aanvullende "
    "stukken (NLD-AST-26-004425 en NLD-AST-26-004430).",
    ("h2", "2. Beoordelingskader"),
    "Artikel 21 en artikel 32 van de Visumcode; Handboek Visumcode (EU), hoofdstuk culturele evenementen; landen-"
    "specifieke instructie Kazachstan 2026. Eerdere overstay in het Schengengebied weegt zwaar, tenzij een "
    "aannemelijke verklaring wordt gegeven.",
    ("h2", "3. Bevindingen"),
    "- Aanvraag 004421: overstay van elf dagen in 2019 (Duitsland), geen verklaring bij de aanvraag gevoegd.",
    "- Aanvraag 004423: geen arbeidsovereenkomst, geen eigendom, ongehuwd, eerste reis naar het Schengengebied.",
    "- Aanvraag 004425: verklaring Kurmangazy Conservatorium nagekomen op 17 april 2026; voldoende.",
    "- Aanvraag 004430: nieuwe reisverzekering met dekking van medische kosten nagekomen; voldoende.",
    ("h2", "4. Politieke gevoeligheid"),
    "De ambassade meldt belangstelling van het Kazachse ministerie van Buitenlandse Zaken en van ambassadeur "
    "Lamberink. Het RSO wijst erop dat die belangstelling geen rol mag spelen in de individuele beoordeling. Over "
    "de communicatie stemt DCV af met woordvoerder Jelle Bosman.",
    ("h2", "5. Vervolg"),
    "Weigeringsbesluiten worden op 26 april 2026 via VFS Global uitgereikt. Bij bezwaar levert het RSO het dossier "
    "aan de Directie Juridische Zaken.",
], font="Helvetica", size=10, producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365",
    notes=[(0, [420, 700, 440, 720], "Bram Hoekstra", "Eens met advies; bel Evelien Postma (06-4410 2287) over het dossier 004421."),
           (0, [420, 520, 440, 540], "Hoekstra, B. (RSO)", "Overstay 2019: check of de Duitse autoriteiten een SIS-signalering hebben."),
           (0, [420, 300, 440, 320], "Evelien Postma", "Akkoord. Graag ook Wies in cc bij de beslisnota.")],
    redact=[R("PERSON", "Bram Hoekstra (note author)", "Bram Hoekstra", "Hoekstra, B.", ch="annotations"),
            R("PERSON", "Evelien Postma (note)", "Evelien Postma", ch="annotations"),
            R("PHONE", "06-4410 2287 (note)", "06-4410 2287", ch="annotations"),
            R("PERSON", "Wies (note)", "Wies", ch="annotations")],
    keep=[K("CASE", "RSO-WAW/2026/0934"), K("TERM", "Handboek Visumcode")]))

DOCS.append(Doc("vz24", [
    ("lines", """CODEBERICHT - DEPARTEMENTAAL VERTROUWELIJK
VAN: ASTANA
AAN: DCV / DEU / DCO
NR: AST-2026-0188
DATUM: 22 APRIL 2026
ONDERWERP: KAZACHSTAN - CULTURELE DELEGATIE SAZGEN ENSEMBLE - VISA"""),
    ("h2", "SAMENVATTING"),
    "WEIGERING VAN VISA VOOR VIER LEDEN VAN HET SAZGEN ENSEMBLE DREIGT DE BILATERALE CULTURELE AGENDA TE "
    "SCHADEN. KAZACHS MFA VRAAGT PER NOTA VERBALE OM WELWILLENDHEID. POST ADVISEERT GEEN INTERVENTIE IN "
    "INDIVIDUELE ZAKEN MAAR WEL EEN ZICHTBAAR GEBAAR.",
    ("h2", "1. AANLEIDING"),
    "HET SAZGEN ENSEMBLE (KURMANGAZY CONSERVATORIUM, ALMATY) IS UITGENODIGD VOOR HET WERELDPODIUM FESTIVAL IN "
    "ROTTERDAM. HET KAZACHSE MINISTERIE VAN CULTUUR EN INFORMATIE ZIET DE REIS ALS ONDERDEEL VAN HET CULTUREEL "
    "MEMORANDUM MET NEDERLAND. DE LEIDER VAN DE DELEGATIE, MUKANOVA-BERG, IS EEN BEKENDE PUBLIEKE FIGUUR IN "
    "KAZACHSTAN.",
    ("h2", "2. GESPREKKEN"),
    "AMBASSADEUR LAMBERINK SPRAK OP 20 APRIL MET DE DIRECTEUR VAN HET CONSERVATORIUM EN OP 21 APRIL MET DE "
    "ONDERMINISTER VAN BUITENLANDSE ZAKEN. BEIDEN BENADRUKTEN DAT TÖLEUBAEVA EN ZHUMABAYEV IN DIENST ZIJN VAN "
    "HET CONSERVATORIUM. POST HEEFT UITGELEGD DAT HET RSO ONAFHANKELIJK BESLIST.",
    ("h2", "3. DUIDING"),
    "KAZACHSTAN HECHT AAN ERKENNING VAN ZIJN CULTURELE DIPLOMATIE. EEN WEIGERING ZONDER TOELICHTING WORDT ALS "
    "AFWIJZING VAN HET LAND GEZIEN. DE DUITSE EN FRANSE AMBASSADE HEBBEN VERGELIJKBARE SIGNALEN ONTVANGEN.",
    ("pb",),
    ("h2", "4. ADVIES"),
    "A. GEEN INTERVENTIE IN DE BEOORDELING DOOR HET RSO.",
    "B. ANTWOORDNOTA AAN MFA MET UITLEG OVER DE PROCEDURE (NR. 2026/AST/031).",
    "C. ONTMOETING VAN MINISTER DIJKHUIZEN MET HET ENSEMBLE TIJDENS HET FESTIVAL.",
    "D. VOORLICHTING AAN KAZACHSE CULTURELE INSTELLINGEN OVER DE VISUMCODE, SAMEN MET VFS GLOBAL.",
    ("lines", """LAMBERINK

BEHANDELD DOOR: ACHTERBERG-VALK / TERHORST
GEZIEN: ZHAKSYBEKOVA (VERTALING MFA-NOTA)"""),
], font="Courier", size=10, producer="BZ Cryptoberichtensysteem / GPL Ghostscript 9.55.0", creator="CBS",
    outline=[("Codebericht AST-2026-0188", 0), ("Concept: Roeland Smits-Ouwehand (DEU)", 0),
             ("Opmerkingen Ayşe Demirtaş (DCO)", 1), ("Advies", 1)],
    redact=[R("PERSON", "Roeland Smits-Ouwehand (outline)", "Roeland Smits-Ouwehand", "Smits-Ouwehand", ch="outline"),
            R("PERSON", "Ayşe Demirtaş (outline)", "Ayşe Demirtaş", ch="outline"),
            R("PERSON", "ACHTERBERG-VALK", "ACHTERBERG-VALK")],
    keep=[K("CASE", "AST-2026-0188"), K("ORG", "KURMANGAZY CONSERVATORIUM"), K("ORG", "DCO"), K("ORG", "DEU"),
          K("OFFICE", "AMBASSADEUR LAMBERINK", "LAMBERINK"), K("OFFICE", "MINISTER DIJKHUIZEN"),
          K("ORG", "SAZGEN ENSEMBLE"), K("EVENT", "WERELDPODIUM FESTIVAL")]))

DOCS.append(Doc("vz25", [
    ("lines", """CONCEPT – niet verspreiden
Persbericht Ministerie van Buitenlandse Zaken"""),
    ("h", "Minister Ter Avest ontmoet Kazachse musici op Wereldpodium Festival"),
    "Den Haag, [datum] – Minister Ter Avest van Buitenlandse Zaken en minister Dijkhuizen van Onderwijs, Cultuur "
    "en Wetenschap bezoeken op 18 juni het Wereldpodium Festival in Rotterdam. Daar ontmoeten zij onder meer het "
    "Sazgen Ensemble uit Almaty, dat in De Doelen optreedt.",
    "'Culturele uitwisseling verbindt landen, ook als de politieke verhoudingen complex zijn', aldus minister Ter "
    "Avest. 'Daarom maken we het voor kunstenaars makkelijker om te weten wat er nodig is voor een visum.'",
    "Het kabinet heeft de Tweede Kamer op 9 juni per brief geïnformeerd over maatregelen voor visumverlening bij "
    "culturele uitwisseling. Culturele instellingen krijgen een vast aanspreekpunt bij de Directie Consulaire "
    "Zaken en Visumbeleid. Samen met OCW en het Prins Claus Fonds komt er een handreiking voor uitnodigende "
    "organisaties.",
    "[PM: quote artistiek leider Wereldpodium? Afstemmen met Lotte Brinkhorst-Ayal via Yusuf]",
    ("h2", "Noot voor de redactie"),
    "Voor meer informatie: woordvoerder Jelle Bosman, pers@minbuza.nl of 070 348 6486 (algemeen nummer, vraag "
    "naar de persvoorlichting).",
], font="Helvetica", size=10.5, producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365",
    xmp_creator="Kees-Jan Baltus", title="Concept persbericht Wereldpodium",
    redact=[R("PERSON", "Kees-Jan Baltus (XMP creator)", "Kees-Jan Baltus", "Baltus", ch="metadata")]))

DOCS.append(Doc("vz26", [
    ("lines", """Persbericht | Ministerie van Buitenlandse Zaken | 18 juni 2026"""),
    ("h", "Ministers openen Wereldpodium Festival en ontmoeten Kazachse musici"),
    "Rotterdam – Minister Ter Avest van Buitenlandse Zaken en minister Dijkhuizen van Onderwijs, Cultuur en "
    "Wetenschap hebben vandaag het Wereldpodium Festival in Rotterdam bezocht. In De Doelen spraken zij met leden "
    "van het Sazgen Ensemble uit Almaty, dat vanavond optreedt in de Willem Burgerzaal.",
    "'Culturele uitwisseling verbindt landen', aldus minister Ter Avest. 'Kunstenaars moeten vooraf weten wat er "
    "nodig is voor een visum. Daarom komt er een vast aanspreekpunt en een handreiking voor festivals.'",
    "Minister Dijkhuizen: 'Het Wereldpodium Festival laat zien hoe rijk de wereld aan muziek is. Ik ben blij dat "
    "het ensemble hier is.'",
    "Het kabinet informeerde de Tweede Kamer op 9 juni over de maatregelen. De Stichting Wereldpodium Rotterdam, "
    "het Prins Claus Fonds en andere culturele organisaties worden betrokken bij de evaluatie in het najaar.",
    ("h2", "Noot voor de redactie"),
    "Woordvoerder: Jelle Bosman, pers@minbuza.nl, 070 348 6486.",
], kind="docx", font="DV", size=10.5, author="Noor El Khatib", title="Persbericht Wereldpodium Festival",
    redact=[R("PERSON", "Noor El Khatib (document author)", "Noor El Khatib", "El Khatib", ch="metadata")]))

DOCS.append(Doc("vz27", [
    ("lines", """Van: Brinkhorst-Ayal, Lotte <lotte.brinkhorst@wereldpodium.nl>
Verzonden: woensdag 27 mei 2026 22:14
Aan: Oosterbeek, Pieter-Jan <pj.oosterbeek@minocw.nl>; dcv-visumbeleid@minbuza.nl
CC: Karaman, Yusuf <y.karaman@wereldpodium.nl>; info@wereldpodium.nl
Onderwerp: RE: RE: Sazgen – twee musici geweigerd, bezwaar loopt"""),
    "Beste Pieter-Jan, beste collega's van DCV,",
    "Dank voor het overleg van vandaag. Ik begrijp dat jullie niets over individuele zaken mogen zeggen, maar "
    "het is voor ons onbegrijpelijk dat Gülnar, die al twintig jaar bij het conservatorium werkt, niet mag komen. "
    "Haar advocaat, mr. Wolters van Maasstad Advocaten, heeft bezwaar gemaakt. We hebben het programma inmiddels "
    "aangepast: de kobyz-partij wordt overgenomen door een musicus uit het Kurmangazy Conservatorium die al een "
    "visum had.",
    "Wat ons helpt: een duidelijke handreiking vóór de volgende editie, en een aanspreekpunt dat niet verandert. "
    "Mijn mobiel 06 1477 3920 staat de hele week aan.",
    ("lines", """Hartelijke groet,
Lotte Brinkhorst-Ayal | artistiek leider
Stichting Wereldpodium Rotterdam | Schiedamse Vest 125"""),
    ("lines", """Van: Oosterbeek, Pieter-Jan <pj.oosterbeek@minocw.nl>
Verzonden: woensdag 27 mei 2026 16:02
Aan: Brinkhorst-Ayal, Lotte <lotte.brinkhorst@wereldpodium.nl>
CC: Wijs-Hoogland, Femke de <femke.dewijs-hoogland@minbuza.nl>; Dekker-Brouns, Wouter <wouter.dekker-brouns@minbuza.nl>
Onderwerp: RE: Sazgen – twee musici geweigerd, bezwaar loopt"""),
    "Beste Lotte,",
    "Zoals besproken: OCW en BZ werken aan een handreiking voor uitnodigende organisaties. Femke (DCV) neemt "
    "de visumkant voor haar rekening, Wouter kijkt juridisch mee. Minister Dijkhuizen opent het festival zoals "
    "gepland. Over de bezwaarprocedure kunnen wij niets zeggen; die loopt bij BZ.",
    ("lines", """Groet,
Pieter-Jan Oosterbeek
senior beleidsmedewerker internationaal cultuurbeleid
Ministerie van Onderwijs, Cultuur en Wetenschap
M 06-41 87 22 93"""),
    ("pb",),
    ("lines", """Van: Dekker-Brouns, Wouter <wouter.dekker-brouns@minbuza.nl>
Verzonden: woensdag 27 mei 2026 16:40
Aan: Oosterbeek, Pieter-Jan <pj.oosterbeek@minocw.nl>
CC: Wijs-Hoogland, Femke de <femke.dewijs-hoogland@minbuza.nl>; Ravenstein, Joris <joris.ravenstein@minbuza.nl>
Onderwerp: RE: RE: Sazgen – twee musici geweigerd, bezwaar loopt"""),
    "PJ, graag niet meer in cc aan Wereldpodium als het over het bezwaar gaat; Joris behandelt dat en de "
    "hoorzitting is op 3 juni met een tolk. Inhoudelijk: de handreiking prima, maar zonder casuïstiek. "
    "Bel me gerust: 06-2741 8830.",
    ("lines", """Wouter Dekker-Brouns
juridisch adviseur, Directie Juridische Zaken"""),
    ("lines", """Van: Ravenstein, Joris <joris.ravenstein@minbuza.nl>
Verzonden: donderdag 28 mei 2026 08:12
Aan: Dekker-Brouns, Wouter <wouter.dekker-brouns@minbuza.nl>
Onderwerp: RE: RE: RE: Sazgen"""),
    "Wouter, hoorzitting staat. Tolk: Kovačević (Rbtv). Mr. Wolters is akkoord met video. Ik stuur het "
    "verslag na afloop aan DCV. – J.",
], font="DV", size=9.5, producer="Microsoft® Outlook® for Microsoft 365", creator="Microsoft® Outlook® for Microsoft 365",
    redact=[R("EMAIL", "joris.ravenstein@minbuza.nl"), R("PERSON", "Wouter", "Wouter"), R("PERSON", "Joris", "Joris"),
            R("PERSON", "Ravenstein, Joris", "Ravenstein, Joris"), R("PERSON", "Dekker-Brouns, Wouter", "Dekker-Brouns, Wouter")]))

DOCS.append(Doc("vz28", [], kind="scan", producer="RICOH IM C3000 Scan to PDF", creator="RICOH",
    scan_lines=[("b", "PRESENTIELIJST"), "Voorlichting visumaanvraag culturele groepen",
                "VFS Global Almaty, 30 april 2026", "",
                "Naam                          Organisatie              Paraaf",
                "Timur Sadvakasov              Ambassade NL Astana", ("sig", ""),
                "Aliya Zhaksybekova            Ambassade NL Astana", ("sig", ""),
                "Madina Ismaïlova              Sazgen Ensemble", ("sig", ""),
                "Nurlan Äbdirov                Sazgen Ensemble", ("sig", ""),
                "Dana Serikbayeva              VFS Global", ("sig", ""),
                "", ("hand", "akkoord voor verslag - Hanneke Zuidema"),
                ],
    redact=[R("PERSON", "Timur Sadvakasov (scan)", "Sadvakasov", ocr=True),
            R("PERSON", "Aliya Zhaksybekova (scan)", "Zhaksybekova", ocr=True),
            R("PERSON", "Madina Ismaïlova (scan)", "Madina", ocr=True),
            R("PERSON", "Nurlan Äbdirov (scan)", "Nurlan", ocr=True),
            R("PERSON", "Dana Serikbayeva (scan)", "Serikbayeva", ocr=True),
            R("PERSON", "Hanneke Zuidema (scan)", "Zuidema", ocr=True)]))

DOCS.append(Doc("vz29", [
    ("lines", """Ambassade van het Koninkrijk der Nederlanden
Kabanbay Batyr 6/1, Astana, Kazachstan
T +7 7172 55 50 00 | ast-ca@minbuza.nl"""),
    ("lines", """Stichting Wereldpodium Rotterdam
t.a.v. mevrouw L. Brinkhorst-Ayal, artistiek leider
Schiedamse Vest 125
3012 BH Rotterdam"""),
    ("lines", """Astana, 30 april 2026
Kenmerk: AST-CA-2026-112
Onderwerp: visumaanvragen Sazgen Ensemble"""),
    "Geachte mevrouw Brinkhorst-Ayal,",
    "Dank voor uw brief van 20 april 2026, waarin u uw zorgen uit over de visumaanvragen van het Sazgen Ensemble. "
    "Ik begrijp uw teleurstelling. Culturele uitwisseling met Kazachstan is voor Nederland van groot belang; dat "
    "heb ik ook aan het Kazachse ministerie van Buitenlandse Zaken en aan het Kurmangazy Conservatorium laten "
    "weten.",
    "Tegelijk wil ik duidelijk zijn over de rolverdeling. Visumaanvragen worden beoordeeld door het Regional "
    "Support Office (RSO) in Warschau, op grond van de Visumcode. De ambassade en ik hebben geen invloed op de "
    "uitkomst van individuele aanvragen, en ik kan u om privacyredenen niet informeren over de beoordeling van "
    "afzonderlijke leden van het ensemble. Aanvragers die het niet eens zijn met een besluit, kunnen bezwaar "
    "maken.",
    "Voor volgende edities raad ik u aan de aanvragen ten minste drie maanden vóór vertrek in te dienen en per "
    "deelnemer bewijs van binding met Kazachstan mee te sturen. Mijn consulaire afdeling, bereikbaar via "
    "ast-ca@minbuza.nl, denkt graag mee. Daarnaast komt er bij de Directie Consulaire Zaken en Visumbeleid een "
    "vast aanspreekpunt voor culturele instellingen.",
    "Ik wens u een succesvol Wereldpodium Festival.",
    "Met vriendelijke groet,",
    ("lines", """J.M. Lamberink
Ambassadeur van het Koninkrijk der Nederlanden in de Republiek Kazachstan"""),
    ("lines", """Contactpersoon: Marloes Achterberg-Valk, hoofd consulaire afdeling, marloes.achterberg-valk@minbuza.nl"""),
], font="DV", size=10, producer="Microsoft® Word 2019", creator="Microsoft® Word 2019",
    keep=[K("CASE", "AST-CA-2026-112"), K("OFFICE", "J.M. Lamberink")]))

DOCS.append(Doc("vz30", [
    ("lines", """From: Yerlan Zhumabayev <yerlan.zhumabayev95@gmail.com>
Sent: Monday, 27 April 2026 06:55
To: ast-ca@minbuza.nl
Subject: Visa refusal NLD-AST-26-004423 - please reconsider"""),
    "Dear Sir or Madam,",
    "Yesterday I received the refusal of my Schengen visa through VFS Global Almaty. I am a dancer in the Sazgen "
    "Ensemble since 2017. It is true that I have no written contract, because the ensemble pays the dancers per "
    "performance, but I live with my parents in Almaty (mkr. Samal-2, 58, apt. 31) and I am going to marry in "
    "September.",
    "Our leader Asel Mukanova-Berg can confirm this. You can also call my mobile +7 702 614 3398 or the "
    "director of the Kurmangazy Conservatorium.",
    "I do not understand why my colleagues received a visa and I did not. Is it possible to apply again with "
    "more documents before the Wereldpodium Festival starts on 18 June? Or should I use the objection procedure "
    "(bezwaar)?",
    "Thank you for your answer.",
    ("lines", """Kind regards,
Yerlan Zhumabayev
born 09.01.1995, passport N55667788"""),
    ("lines", """-- reply --
From: ast-ca@minbuza.nl
Sent: Tuesday, 28 April 2026 10:20
To: Yerlan Zhumabayev <yerlan.zhumabayev95@gmail.com>"""),
    "Dear Mr Zhumabayev, you may lodge an objection (bezwaar) within four weeks, see the refusal decision. You "
    "may also submit a new application via VFS Global. Kind regards, Consular Section, Embassy of the Kingdom of "
    "the Netherlands, Astana (T.S.)",
], font="DV", size=10, producer="Microsoft® Outlook® for Microsoft 365", creator="Microsoft® Outlook® for Microsoft 365",
    redact=[R("EMAIL", "yerlan.zhumabayev95@gmail.com"),
            R("ADDRESS", "mkr. Samal-2, 58, apt. 31", "Samal-2, 58, apt. 31"),
            R("PRIVATE", "going to marry", "going to marry in September"),
            R("PARAPH", "T.S.", "T.S."), R("PHONE", "+7 702 614 3398")],
    keep=[K("TERM", "objection procedure")]))

DOCS.append(Doc("vz31", [
    ("lines", """Ministerie van Buitenlandse Zaken
Rijnstraat 8, 2515 XP Den Haag"""),
    ("lines", """Mevrouw I. Kalkman
per e-mail: iris.kalkman@posteo.nl"""),
    ("lines", """Datum: 14 september 2026
Kenmerk: WOO-BZ-2026-0417
Onderwerp: besluit op uw Woo-verzoek"""),
    "Geachte mevrouw Kalkman,",
    "Op 3 augustus 2026 heeft u een verzoek ingediend op grond van de Wet open overheid (Woo) om documenten over "
    "de visumaanvragen van de culturele delegatie van het Sazgen Ensemble voor het Wereldpodium Festival. Bij "
    "brief van 6 augustus 2026 is de ontvangst bevestigd. Op 31 augustus 2026 is de beslistermijn met twee weken "
    "verdaagd, omdat het Ministry of Foreign Affairs of the Republic of Kazakhstan om een zienswijze is gevraagd.",
    ("h2", "1. Inventarisatie"),
    "Er zijn 33 documenten gevonden. Deze staan op de bijgevoegde inventarislijst. Documenten die al openbaar "
    "zijn, zoals de Kamervragen 2026Z09412, de antwoorden en de Kamerbrief van minister Ter Avest, worden ter "
    "volledigheid opnieuw verstrekt.",
    ("h2", "2. Besluit"),
    "Ik besluit de documenten deels openbaar te maken. De informatie die niet openbaar wordt gemaakt, is in de "
    "documenten zwart gemaakt, met de code van de weigeringsgrond.",
    ("h2", "3. Overwegingen"),
    "Persoonsgegevens (artikel 5.1, tweede lid, aanhef en onder e, Woo; 5.1.2e). De documenten bevatten namen, "
    "paspoortnummers, geboortedata, visumaanvraagnummers, adressen en telefoonnummers van de aanvragers en van "
    "medewerkers van de Stichting Wereldpodium Rotterdam, en namen en contactgegevens van ambtenaren die niet "
    "in de openbaarheid treden. Het belang van openbaarheid weegt niet op tegen de bescherming van de "
    "persoonlijke levenssfeer. Namen van de minister, van Kamerleden, van ambassadeur Lamberink als hoofd van "
    "de post en van de woordvoerder worden wel openbaar gemaakt.",
    "Bijzondere persoonsgegevens (artikel 5.1, eerste lid, aanhef en onder d, Woo; 5.1.1d). Gegevens over de "
    "gezondheid van een aanvrager worden niet openbaar gemaakt.",
    ("pb",),
    "Internationale betrekkingen (artikel 5.1, tweede lid, aanhef en onder a, Woo; 5.1.2a). Delen van het "
    "codebericht van de ambassade in Astana bevatten een duiding van de Kazachse positie. Openbaarmaking zou de "
    "betrekkingen van Nederland met Kazachstan kunnen schaden. De nota verbale wordt openbaar gemaakt nadat het "
    "Kazachse ministerie heeft laten weten daartegen geen bezwaar te hebben.",
    ("h2", "4. Wijze van openbaarmaking"),
    "De documenten worden u digitaal toegezonden en geplaatst op open.overheid.nl.",
    ("h2", "Informatie die niet openbaar gemaakt kan worden"),
    "Zie de overwegingen hierboven en de inventarislijst.",
    ("h2", "Motivering"),
    "In de openbaar gemaakte versie zijn alle persoonsgegevens van ambtenaren en van derden geanonimiseerd "
    "(5.1.2e); gezondheidsgegevens zijn weggelaten (5.1.1d).",
    ("h2", "Bezwaar"),
    "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij de minister van Buitenlandse Zaken, op grond van "
    "de Algemene wet bestuursrecht (Awb).",
    ("lines", """Hoogachtend,
De minister van Buitenlandse Zaken,
namens deze,
de plaatsvervangend directeur Consulaire Zaken en Visumbeleid,

R.J. van 't Hooft"""),
], kind="docx", font="DV", size=10, author="Woo-team BZ", title="Besluit WOO-BZ-2026-0417",
    keep=[K("SITE", "open.overheid.nl")]))

inv = [["Nr.", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"]]
for r in [("1", "Woo-verzoek", "03-08-2026", "deels openbaar", "5.1.2e", ""),
          ("2", "Ontvangstbevestiging", "06-08-2026", "deels openbaar", "5.1.2e", ""),
          ("3", "Uitnodigingsbrief Wereldpodium", "12-03-2026", "deels openbaar", "5.1.2e", ""),
          ("4", "Delegatielijst", "02-04-2026", "deels openbaar", "5.1.2e", ""),
          ("5", "E-mailwisseling ambassade-DCV-OCW", "13/14-04-2026", "deels openbaar", "5.1.2e, 5.1.1d", "familie met 27"),
          ("6", "Nota verbale 2026/AST/031", "21-04-2026", "deels openbaar", "5.1.2e", "zienswijze MFA"),
          ("7", "Nota verbale No. 12-3/4471", "08-04-2026", "deels openbaar", "5.1.2e", "zienswijze MFA"),
          ("8", "Aanvraagformulier (AcroForm)", "02-04-2026", "deels openbaar", "5.1.2e, 5.1.1d", ""),
          ("9", "Brief aanvrager (scan)", "28-04-2026", "deels openbaar", "5.1.2e, 5.1.1d", ""),
          ("10", "Teams-chat consulaire afdeling", "15-04-2026", "deels openbaar", "5.1.2e", ""),
          ("11", "WhatsApp-export", "16/17-04-2026", "deels openbaar", "5.1.2e", ""),
          ("12", "Beslisnota DCV-2026/1187", "04-05-2026", "deels openbaar", "5.1.2e", ""),
          ("13", "Kamervragen 2026Z09412", "22-04-2026", "openbaar", "-", "reeds openbaar"),
          ("14", "Antwoorden BZ2026-118734", "02-06-2026", "openbaar", "-", "reeds openbaar"),
          ("15", "Kamerbrief BZ2026-118790", "09-06-2026", "openbaar", "-", "reeds openbaar"),
          ("16", "Verslag overleg", "24-04-2026", "deels openbaar", "5.1.2e", ""),
          ("17", "Weigeringsbesluit", "26-04-2026", "deels openbaar", "5.1.2e", ""),
          ("18", "Bezwaarschrift", "19-05-2026", "deels openbaar", "5.1.2e", ""),
          ("19", "Medische verklaring", "12-04-2026", "niet openbaar", "5.1.1d", "alleen geanonimiseerd"),
          ("20-21", "Facturen tolk en busvervoer", "06-2026", "deels openbaar", "5.1.2e", ""),
          ("22", "Rooster consulaire balie", "04-2026", "deels openbaar", "5.1.2e", ""),
          ("23", "Memo RSO-WAW/2026/0934", "17-04-2026", "deels openbaar", "5.1.2e", ""),
          ("24", "Codebericht AST-2026-0188", "22-04-2026", "deels openbaar", "5.1.2a, 5.1.2e", ""),
          ("25-26", "Persberichten (concept, definitief)", "06-2026", "openbaar", "-", ""),
          ("27", "E-mailwisseling Wereldpodium-OCW-BZ", "27/28-05-2026", "deels openbaar", "5.1.2e", ""),
          ("28", "Presentielijst (scan)", "30-04-2026", "deels openbaar", "5.1.2e", ""),
          ("29", "Brief ambassadeur", "30-04-2026", "openbaar", "-", ""),
          ("30", "E-mail aanvrager", "27-04-2026", "deels openbaar", "5.1.2e", ""),
          ("31-33", "Besluit, inventaris, rooming list", "09-2026", "deels openbaar", "5.1.2e", "")]:
    inv.append(list(r))
DOCS.append(Doc("vz32", [
    ("h", "Inventarislijst Woo-besluit WOO-BZ-2026-0417"),
    "Bijlage bij het besluit van 14 september 2026. Zaaknummer WOO-BZ-2026-0417. Beoordelingsgronden: 5.1.1d, "
    "5.1.2a, 5.1.2e.",
    ("t", inv, [0.06, 0.36, 0.14, 0.15, 0.15, 0.14]),
    "Behandelaar: S. Kraaijeveld (Woo-coördinator); controle: team DCV.",
], font="Helvetica", size=9, landscape=True, producer="Microsoft® Excel® for Microsoft 365",
    creator="Microsoft® Excel® for Microsoft 365"))

DOCS.append(Doc("vz33", [
    ("h", "Rooming list – Sazgen Ensemble – Hotel Rotterdam Centrum"),
    "Verblijf 16 t/m 29 juni 2026. Boeking door Stichting Wereldpodium Rotterdam (factuuradres Schiedamse Vest 125). "
    "Contact festival: Yusuf Karaman, 06 1477 3920 (tijdelijk), y.karaman@wereldpodium.nl.",
    ("t", [["Kamer", "Gast", "Paspoort", "Check-in", "Bijzonderheden"],
           ["512", "Asel Mukanova-Berg", "N16180339", "16-06", "leider delegatie"],
           ["514", "Aigerim Saparova / Aruzhan Seitkali", "N13579246 / N99001122", "16-06", ""],
           ["516", "Dauren Bekmukhambetov / Bauyrzhan Ospanov", "N24681357 / N31415926", "16-06", "instrumenten in kamer"],
           ["518", "Madina Ismaïlova / Saule Qasymova", "N27182818 / N17320508", "16-06", "koelkast voor medicatie"],
           ["520", "Nurlan Äbdirov", "N14142135", "16-06", ""],
           ["522", "(vervallen: Gülnar Töleubaeva)", "-", "-", "visum geweigerd"],
           ["524", "(vervallen: Yerlan Zhumabayev)", "-", "-", "visum geweigerd"]], [0.08, 0.36, 0.26, 0.1, 0.2]),
    "Naar de ambassade in Astana gestuurd als bewijs van accommodatie (Sponsor Declaration). Bezoek op 18 juni: "
    "minister Ter Avest en minister Dijkhuizen ontmoeten het ensemble in De Doelen; beveiliging via de organisatie.",
], font="DV", size=9.5, producer="Google Docs Renderer", creator="Google Docs"))
