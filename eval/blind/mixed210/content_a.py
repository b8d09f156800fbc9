"""Set UV, documents uv01-uv11: the Woo request, applications, medical and social reports, mails."""
from lib import Doc

DOCS = []

DOCS.append(Doc("uv01_woo_verzoek", "helv", """
[[P|Hester Bouwmeester-Lansink]]
[[A|Brink 38-B]]
[[A|7411 BT]] Deventer
[[E|hester.bouwmeester@ddnieuws.nl]] | tel. [[T|06-24 93 71 58]]

Aan het college van burgemeester en wethouders van de {{O|gemeente Deventer}}
t.a.v. de Woo-coördinator, Postbus 5000, 7400 GC Deventer
Per e-mail aan woo@deventer.nl

Deventer, 3 augustus 2026

# Verzoek op grond van de Wet open overheid

Geacht college,

Op grond van artikel 4.1 van de {{W|Wet open overheid}} (Woo) verzoek ik u om openbaarmaking van alle documenten over de behandeling van aanvragen om een urgentieverklaring in de periode 1 januari 2026 tot en met 30 juni 2026, in het bijzonder:
1. de adviezen van de Urgentiecommissie Stedendriehoek over medische urgentie en sociale urgentie;
2. de correspondentie tussen de gemeente en {{O|Woonkracht IJssel}} over de uitvoering van de {{W|Huisvestingsverordening Deventer 2025}};
3. stukken over bezwaarschriften tegen afwijzingen, inclusief verslagen van hoorzittingen;
4. de beslisnota over de wijziging van de urgentieregeling en het persbericht daarover.

Aanleiding is de uitspraak van {{F|wethouder Joris Kleinjan}} in de raadscommissie Wonen van 17 juni 2026 dat de gemiddelde wachttijd voor urgenten "onder de zes maanden" ligt. Ik begrijp dat de stukken gegevens van woningzoekenden bevatten; die mogen uiteraard worden weggelakt.

Ik ontvang de documenten bij voorkeur digitaal. Voor vragen ben ik bereikbaar op bovenstaand nummer of op [[T|0570 - 61 22 40]] (redactie, toestel [[T|218]]).

Met vriendelijke groet,

[[P|Hester Bouwmeester]]
freelance journalist
""", meta={"/Producer": "Microsoft: Print To PDF", "/Title": "Woo-verzoek urgentie"}))

DOCS.append(Doc("uv02_ontvangstbevestiging", "ttf", """
{{O|Gemeente Deventer}} | {{S|Grote Kerkhof 1}} | Postbus 5000 | 7400 GC Deventer | telefoon {{G|14 0570}}

Mevrouw [[P|H. Bouwmeester-Lansink]]
[[A|Brink 38-B]]
[[A|7411 BT]] DEVENTER

Datum: 6 augustus 2026
Ons kenmerk: {{R|WOO-2026-0417}} / {{R|Z-26-118204}}
Behandeld door: [[P|Femke Oosterveld]]
Telefoon: [[T|06-5123 8841]]
E-mail: [[E|f.oosterveld@deventer.nl]]
Onderwerp: ontvangstbevestiging Woo-verzoek urgentieverklaringen

# Ontvangstbevestiging

Geachte mevrouw [[P|Bouwmeester-Lansink]],

Op 3 augustus 2026 hebben wij uw verzoek op grond van de Wet open overheid ontvangen. Uw verzoek gaat over documenten over urgentieverklaringen, de Urgentiecommissie Stedendriehoek en de samenwerking met Woonkracht IJssel. Wij hebben het geregistreerd onder nummer WOO-2026-0417.

Wij beslissen binnen vier weken na ontvangst. Deze termijn kunnen wij met twee weken verlengen. Omdat de stukken gegevens van derden bevatten, zoals {{O|Woonkracht IJssel}} en {{O|GGD IJsselland}}, krijgen zij de gelegenheid een zienswijze te geven (artikel 4.4 Woo). De termijn wordt dan opgeschort.

Heeft u vragen? Neem dan contact op met de behandelaar of met het algemene nummer 14 0570. U kunt ook mailen naar woo@deventer.nl.

Met vriendelijke groet,
namens dezen,
het college van burgemeester en wethouders van Deventer,

[[P|drs. M.J. de Bruijn-Nijland]]
{{J|teamleider Wonen}}
""", meta={"/Producer": "Aspose.PDF for .NET 23.4", "/Creator": "Corsa Documentcreatie", "/Author": "FOOSTERVELD"},
    hidden=[("metadata", "USERNAME", "FOOSTERVELD", ["FOOSTERVELD"])]))

DOCS.append(Doc("uv03_aanvraagformulier", "form", """
# Aanvraag urgentieverklaring (formulier U-1)
Gemeente Deventer - Urgentiecommissie Stedendriehoek - versie 2025.2
Stuur dit formulier met bijlagen naar secretariaat.urgentie@deventer.nl of lever het in bij Grote Kerkhof 1.
Let op: een aanvraag zonder medische verklaring of sociaal rapport wordt niet in behandeling genomen.
Zaaknummer secretariaat: {{R|URG-2026-0093}}
## Gegevens aanvrager en reden
""", form=[
    ("Naam aanvrager", "naam", "Samira el Idrissi-Vos"),
    ("Burgerservicenummer", "bsn", "606204301"),
    ("Geboortedatum", "geb", "14-03-1979"),
    ("Adres", "adres", "Hoge Hondstraat 211, 7412 RT Deventer"),
    ("Telefoon", "tel", "06-41 87 22 90"),
    ("E-mail", "mail", "s.elidrissi.vos@kpnmail.nl"),
    ("Inschrijfnummer Woonkeus", "wk", "WK-0087713"),
    ("Reden (medisch/sociaal)", "reden",
     "Multiple sclerose, sinds maart rolstoelafhankelijk; huidige bovenwoning zonder lift, trap niet meer begaanbaar."),
    ("Gezinsleden", "gezin", "Yassin el Idrissi (zoon, 12 jaar)"),
    ("Ingevuld door", "door", "Youssef Amrani, maatschappelijk werker"),
], meta={"/Producer": "ReportLab PDF Library - www.reportlab.com", "/Creator": "Formulierenserver GX 8.1", "/Title": "Aanvraag urgentieverklaring U-1"},
    hidden=[("annotations", "PERSON", "Samira el Idrissi-Vos", ["Samira el Idrissi-Vos", "Idrissi-Vos"]),
            ("annotations", "BSN", "606204301", ["606204301"]),
            ("annotations", "DATE_OF_BIRTH", "14-03-1979", ["14-03-1979"]),
            ("annotations", "ADDRESS", "Hoge Hondstraat 211", ["Hoge Hondstraat 211", "7412 RT"]),
            ("annotations", "PHONE", "06-41 87 22 90", ["06-41 87 22 90"]),
            ("annotations", "EMAIL", "s.elidrissi.vos@kpnmail.nl", ["s.elidrissi.vos@kpnmail.nl"]),
            ("annotations", "OTHER_ID", "WK-0087713", ["WK-0087713"]),
            ("annotations", "HEALTH", "Multiple sclerose", ["Multiple sclerose", "rolstoelafhankelijk"]),
            ("annotations", "PERSON", "Yassin el Idrissi", ["Yassin el Idrissi"]),
            ("annotations", "PERSON", "Youssef Amrani", ["Youssef Amrani"])]))

DOCS.append(Doc("uv04_verklaring_huisarts", "ttf", """
Huisartsenpraktijk De Hoven-Oost
[[P|J.W. Brinkhuis]], huisarts | AGB-code [[X|01-048812]]
Vijzelstraat 3, 7411 Deventer | praktijk 0570 - 43 90 10

Aan: Urgentiecommissie Stedendriehoek, t.a.v. de medisch adviseur
Betreft: mevrouw [[P|S. el Idrissi-Vos]], geboren [[D|14 maart 1979]], BSN [[B|606 204 301]]
Datum: 22 april 2026

# Medische verklaring ten behoeve van urgentieaanvraag

Geachte collega,

Op verzoek van patiënte en met haar schriftelijke toestemming bericht ik u het volgende. Mevrouw is bij ons bekend met [[H|relapsing-remitting multiple sclerose]], gediagnosticeerd in 2019 door de neuroloog van het Deventer Ziekenhuis. Sinds een exacerbatie in maart 2026 is zij voor verplaatsingen buitenshuis aangewezen op een rolstoel; binnenshuis loopt zij korte stukken met een rollator.

De huidige woning is een bovenwoning op de tweede verdieping zonder lift. Patiënte is in mei tweemaal op de trap gevallen, waarvan eenmaal met een [[H|polsfractuur rechts]]. Zij gebruikt [[H|ocrelizumab]] en [[H|baclofen]]. Haar zoon van twaalf jaar helpt bij de boodschappen.

Naar mijn oordeel is een gelijkvloerse of met een lift bereikbare woning medisch noodzakelijk. Een rolstoeltoegankelijke woning heeft de voorkeur. De beoordeling van de urgentie laat ik graag aan de medisch adviseur van de {{O|Stichting Adviesbureau Indicatiestelling}}.

Met collegiale groet,

[[P|J.W. Brinkhuis]]
huisarts
""", meta={"/Producer": "PDFpen 13.2", "/Creator": "Medicom HIS", "/Author": "Brinkhuis"}))

DOCS.append(Doc("uv05_advies_medisch_adviseur", "docx", """
# Medisch advies urgentie
{{O|Stichting Adviesbureau Indicatiestelling}} (SAI) - vertrouwelijk medisch
Dossier: {{R|SAI-26-0412}} | Zaak gemeente: {{R|URG-2026-0093}}
Aanvrager: [[P|Samira el Idrissi-Vos]] ([[D|14-03-1979]])
Adviseur: [[P|dr. Hanneke Stroeve]], arts maatschappij en gezondheid
Datum advies: 12 mei 2026

## Vraagstelling
De Urgentiecommissie Stedendriehoek vraagt of de medische situatie van aanvrager een urgente verhuizing noodzakelijk maakt in de zin van artikel 2.9 van de {{W|Huisvestingsverordening Deventer 2025}}.

## Gegevens
Betrokken informatie: verklaring huisarts [[P|Brinkhuis]] d.d. 22 april 2026, brief neuroloog d.d. 2 april 2026, telefonisch contact met aanvrager op 8 mei 2026 (nummer [[T|06-41 87 22 90]]).

## Beoordeling
Aanvrager heeft een [[H|progressieve neurologische aandoening]] met sinds maart 2026 duidelijk verminderde loopfunctie. De woning (bovenwoning, tweede verdieping, steile trap) is niet meer zelfstandig te verlaten. Er is sprake van een reëel valrisico, blijkend uit een eerdere [[H|polsfractuur]].

Aanpassingen van de huidige woning, zoals een traplift, zijn volgens de Wmo-consulent van de gemeente bouwkundig niet mogelijk (trap te smal, gemeenschappelijk trappenhuis). Een voorziening op grond van de {{W|Wet maatschappelijke ondersteuning 2015}} biedt dus geen oplossing.
===
## Advies
Medische urgentie is naar mijn oordeel aangewezen. Zoekprofiel: gelijkvloers of bereikbaar met lift, rolstoeltoegankelijk (deurbreedte 90 cm, drempelvrij), maximaal 3 kamers, in Deventer of Colmschate. De medische situatie is naar verwachting blijvend.

Ik adviseer de commissie de zoon ([[P|Yassin]]) mee te nemen in de gezinssamenstelling. De overige medische gegevens zijn niet voor de commissie bestemd en blijven in het medisch dossier van het SAI.

## Toelichting voor de commissie
De medisch adviseur geeft alleen een advies. De commissie beslist over het advies aan het college; het college beslist over de urgentieverklaring. Over deze rolverdeling is op 4 februari 2026 afgestemd met [[P|Jeroen van 't Hul]] van het secretariaat.

| Onderdeel | Bevinding | Gewicht |
| Mobiliteit | rolstoel buitenshuis | zwaar |
| Woning | 2e verdieping, geen lift | zwaar |
| Alternatief | Wmo-aanpassing niet mogelijk | zwaar |
| Duur | blijvend | - |

[[P|H. Stroeve]], arts M&G
BIG [[X|59047812301]]
""", meta={"/Producer": "LibreOffice 7.4", "/Creator": "Writer", "/Author": "Hanneke Stroeve"},
    hidden=[]))

DOCS.append(Doc("uv06_sociaal_rapport", "helv", """
# Sociaal rapport ten behoeve van urgentieaanvraag
Stichting Sociaal Werk Deventer - team Veiligheid en Huiselijk Geweld
Zaak gemeente: {{R|URG-2026-0101}} | Rapporteur: [[P|Youssef Amrani]], maatschappelijk werker
Contact: [[E|y.amrani@sociaalwerkdeventer.nl]], [[T|+31 (0)6 3098 1145]]
Datum: 19 mei 2026

## 1. Aanvrager
Naam: [[P|Dirk-Jan ter Horst]], geboren [[D|2 november 1986]], BSN [[B|218718172]]
Huidig verblijf: tijdelijk bij zijn moeder, [[A|Pothoofd 412]], [[A|7411 EN]] Deventer
Kinderen: [[P|Noor ter Horst]] (8 jaar) en [[P|Siem ter Horst]] (5 jaar), omgang om de week

## 2. Situatie
Aanvrager verliet op 28 maart 2026 de gezamenlijke huurwoning aan de [[A|Ceintuurbaan 57]] na een incident van huiselijk geweld, waarbij de politie is ingeschakeld. Veilig Thuis IJsselland is betrokken (melding {{R|VT-26-33871}}). De ex-partner, mevrouw [[P|Chantal Wessels]], blijft met toestemming van Woonkracht IJssel in de woning.

Sinds april woont aanvrager met de kinderen in de omgangsweekenden in een kamer van 11 m² bij zijn moeder, mevrouw [[P|G. ter Horst-Plomp]]. Er is geen eigen slaapplek voor de kinderen. De moeder heeft zelf [[H|COPD]] en kan de belasting niet lang dragen.

## 3. Hulpverlening
Aanvrager volgt sinds april een traject bij het Leger des Heils (ambulante woonbegeleiding, contactpersoon [[P|Bram Veltkamp]]). Hij heeft werk als magazijnmedewerker (32 uur) en een inkomen boven bijstandsniveau, maar onder de inkomensgrens voor sociale huur.
===
## 4. Analyse
De situatie voldoet naar het oordeel van rapporteur aan de criteria voor sociale urgentie van artikel 2.11 van de Huisvestingsverordening Deventer 2025: uitstroom na huiselijk geweld, de omgangsregeling met minderjarige kinderen kan zonder eigen woonruimte niet worden uitgevoerd, en er is geen passende oplossing in eigen kring. Aanvrager heeft zelf actief gereageerd op het aanbod van Woonkeus Stedendriehoek (41 reacties sinds april), zonder resultaat.

Een aandachtspunt is dat aanvrager volgens de ex-partner zelf ook bij het incident betrokken zou zijn geweest. Het politiedossier is niet ingezien. Rapporteur heeft op 14 mei 2026 gesproken met [[P|Chantal]] (telefonisch, [[T|06 - 18 27 66 04]]) en met de regiehouder van Veilig Thuis, [[P|mevrouw Kerkdijk]].

## 5. Advies
Sociale urgentie, zoekprofiel 3 kamers, Deventer, in de buurt van de basisschool {{N|De Alexander Hegiusschool}} van de kinderen.

Deventer, 19 mei 2026
[[P|Y. Amrani]]
""", meta={"/Producer": "iText 7.2.5 (AGPL-version)", "/Creator": "Regas Sociaal Domein", "/Author": "Amrani, Y."}))

DOCS.append(Doc("uv07_mailwisseling_corporatie", "helv", """
Van: [[P|Kamphuis, Ilse]] <[[E|i.kamphuis@woonkrachtijssel.nl]]>
Verzonden: dinsdag 9 juni 2026 16:42
Aan: [[P|Oosterveld, Femke]] <[[E|f.oosterveld@deventer.nl]]>
CC: [[P|Roelofsen, Thijs]] <[[E|t.roelofsen@woonkrachtijssel.nl]]>; urgentie@woonkrachtijssel.nl
Onderwerp: RE: urgenten zonder passend aanbod - stand van zaken

Hoi [[P|Femke]],

Dank voor je snelle reactie. Ik heb de lijst nagelopen. Van de 27 urgenten uit het eerste halfjaar zijn er 9 langer dan zes maanden zonder passend aanbod. Bij 5 daarvan gaat het om een rolstoelwoning; die komen gewoon te weinig vrij. Mevrouw [[P|El Idrissi-Vos]] staat er ook tussen, ondanks haar medische urgentie sinds juni.

We willen voorstellen om twee woningen in het {{N|Geert Grote-kwartier}} (oplevering oktober) met voorrang aan urgenten aan te bieden. Daar is wel een besluit van de gemeente voor nodig, want het is nieuwbouw onder de prestatieafspraken. Kun jij dat bij de wethouder agenderen?

Groet,
[[P|Ilse Kamphuis]]
{{J|woonconsulent}} urgentie en bijzondere doelgroepen
Woonkracht IJssel | Brinkgreverweg 155 | 7413 AB Deventer
M [[T|06-2041 5563]] | T 0570 745 000 (algemeen)

-----Oorspronkelijk bericht-----
Van: [[P|Oosterveld, Femke]] <[[E|f.oosterveld@deventer.nl]]>
Verzonden: maandag 8 juni 2026 09:15
Aan: [[P|Kamphuis, Ilse]] <[[E|i.kamphuis@woonkrachtijssel.nl]]>
CC: [[P|van 't Hul, Jeroen]] <[[E|j.vanthul@deventer.nl]]>
Onderwerp: urgenten zonder passend aanbod - stand van zaken

Dag [[P|Ilse]],

De wethouder krijgt in de commissie van 17 juni vragen over de wachttijd van urgenten ({{F|raadslid Ottenhof}} heeft ze al aangekondigd). Kun je mij vóór woensdag een overzicht sturen van de urgenten die langer dan zes maanden wachten? Graag zonder namen, alleen zaaknummer, soort urgentie en zoekprofiel; namen hoef ik niet te hebben.
===
Ik bel je anders even op je mobiel. Ik ben morgen tot 12.00 uur op het stadhuis, daarna thuis bereikbaar op [[T|0570-855 201]].

Met vriendelijke groet,

[[P|Femke Oosterveld]]
{{J|beleidsadviseur wonen}}
Gemeente Deventer | team Wonen en Leefomgeving
Grote Kerkhof 1, Deventer | T {{G|14 0570}} | M [[T|06-5123 8841]]

-----Oorspronkelijk bericht-----
Van: urgentie@woonkrachtijssel.nl
Verzonden: vrijdag 5 juni 2026 11:02
Aan: secretariaat.urgentie@deventer.nl
Onderwerp: automatisch overzicht urgenten Q2

Dit is een automatisch bericht uit het verhuursysteem. Bijlage: {{R|overzicht_urgenten_Q2_2026.xlsx}} (27 regels). Reageren op dit bericht is niet mogelijk; neem voor vragen contact op via info@woonkrachtijssel.nl.
""", meta={"/Producer": "Microsoft Outlook 16.0 / Acrobat PDFMaker 23", "/Creator": "Microsoft Outlook", "/Title": "RE: urgenten zonder passend aanbod"}))

DOCS.append(Doc("uv08_verslag_urgentiecommissie", "ttf", """
# Verslag vergadering Urgentiecommissie Stedendriehoek
Datum: donderdag 21 mei 2026, 13.30-16.00 uur | Locatie: stadhuis Deventer, kamer 2.14 | Verslag: {{R|UC-2026-05}}

| Aanwezig | Rol | Namens |
| [[P|mr. Anouk Verbeek]] (AV) | voorzitter | onafhankelijk |
| [[P|Wim Hulshof]] (WH) | lid | Huurdersvereniging De Kapstok |
| [[P|Priya Ramdin]] (PR) | lid | Woonkracht IJssel |
| [[P|dr. Hanneke Stroeve]] (HS) | medisch adviseur (agendapunt 3) | SAI |
| [[P|Jeroen van 't Hul]] (JvtH) | secretaris | gemeente Deventer |
Afwezig met bericht: [[P|Gerrit-Jan Olthof]] (GJO), lid namens gemeente Zutphen

## 1. Opening en mededelingen
De voorzitter opent de vergadering. [[C|WH]] meldt dat de huurdersvereniging een brief aan de raad heeft gestuurd over de wachttijden. [[P|Olthof]] is vervangen door de secretaris voor de Zutphense dossiers.

## 2. Verslag vorige vergadering
Vastgesteld met één correctie: bij zaak {{R|URG-2026-0071}} was het advies 'afwijzen', niet 'aanhouden'.

## 3. Medische aanvragen
{{R|URG-2026-0093}} - aanvrager [[P|S. el Idrissi-Vos]]. [[C|HS]] licht het advies toe: blijvende mobiliteitsbeperking, woning niet aanpasbaar. De commissie adviseert positief; zoekprofiel rolstoeltoegankelijk, 3 kamers.
{{R|URG-2026-0097}} - aanvrager [[P|mevrouw A. Çelik]]. Mantelzorg voor haar zoon met [[H|Duchenne]]. [[C|PR]] vraagt of een grotere woning binnen het eigen complex mogelijk is; dat wordt eerst uitgezocht. Aanhouden.
===
## 4. Sociale aanvragen
{{R|URG-2026-0101}} - aanvrager [[P|D.J. ter Horst]]. Sociaal rapport [[P|Amrani]]. De commissie weegt de omgangsregeling en de betrokkenheid van Veilig Thuis IJsselland. [[C|AV]] merkt op dat het incident niet eenduidig is; toch acht de commissie de woonnood aangetoond. Advies: toekennen.
{{R|URG-2026-0104}} - aanvrager [[P|Bogdan Wiśniewski]], verblijft in de nachtopvang van het Leger des Heils. Geen binding met de regio aangetoond (art. 2.4). Advies: afwijzen. [[C|WH]] stemt tegen.

## 5. Actiepunten
| Nr | Actie | Wie | Wanneer |
| 26-11 | navraag complex Çelik bij Woonkracht IJssel | [[C|PR]] | 4 juni |
| 26-12 | conceptadviezen 0093, 0101, 0104 naar college | [[C|JvtH]] | 28 mei |
| 26-13 | reactie op brief huurdersvereniging voorbereiden | [[C|AV]] / [[C|WH]] | volgende vergadering |

Volgende vergadering: 18 juni 2026. Paraaf voorzitter: [[C|A.V.]]
""", meta={"/Producer": "ReportLab PDF Library - www.reportlab.com", "/Creator": "Microsoft Word - verslag UC mei.docx", "/Author": "Jeroen van 't Hul"},
    hidden=[]))

DOCS.append(Doc("uv09_advies_commissie", "docx", """
# Advies Urgentiecommissie Stedendriehoek aan het college
Kenmerk: {{R|UC-ADV-2026-031}} | Datum: 28 mei 2026
Aan: het college van burgemeester en wethouders van Deventer
Van: de Urgentiecommissie Stedendriehoek
Onderwerp: adviezen aanvragen urgentieverklaring, vergadering 21 mei 2026

De commissie heeft in haar vergadering van 21 mei 2026 vier aanvragen behandeld. Zij adviseert als volgt.

| Zaak | Aanvrager | Soort | Advies | Zoekprofiel |
| URG-2026-0093 | [[P|S. el Idrissi-Vos]] | medische urgentie | toekennen | rolstoeltoegankelijk, 3 kamers |
| URG-2026-0097 | [[P|A. Çelik]] | medische urgentie (mantelzorg) | aanhouden | - |
| URG-2026-0101 | [[P|D.J. ter Horst]] | sociale urgentie | toekennen | 3 kamers |
| URG-2026-0104 | [[P|B. Wiśniewski]] | sociale urgentie (dakloos) | afwijzen | - |

Motivering bij zaak URG-2026-0104: aanvrager staat sinds februari 2026 ingeschreven in de basisregistratie personen op het briefadres van het Leger des Heils, Nieuwe Markt 9a. Hij heeft niet aangetoond dat hij de twee jaar daarvoor in de regio woonde of werkte. Artikel 2.4 van de Huisvestingsverordening Deventer 2025 vereist economische of maatschappelijke binding. Eén lid ([[P|Hulshof]]) heeft tegen dit advies gestemd, omdat aanvrager sinds 2023 seizoenswerk deed in Bathmen.

De commissie wijst erop dat de wachttijd voor rolstoeltoegankelijke woningen oploopt. Zij beveelt aan met Woonkracht IJssel afspraken te maken over het labelen van nieuwbouw.

Namens de commissie,
[[P|mr. A. Verbeek]], voorzitter
[[P|J. van 't Hul]], secretaris
""", meta={"/Producer": "LibreOffice 7.4", "/Creator": "Writer", "/Author": "Jeroen van 't Hul"}))

DOCS.append(Doc("uv10_besluit_afwijzing", "ttf", """
Gemeente Deventer | Postbus 5000 | 7400 GC Deventer

Aangetekend en per gewone post
De heer [[P|B. Wiśniewski]]
p/a Leger des Heils, Nieuwe Markt 9a
7411 PC Deventer

Datum: 4 juni 2026
Zaaknummer: {{R|URG-2026-0104}}
Onderwerp: besluit op uw aanvraag om een urgentieverklaring

# Besluit

Geachte heer [[P|Wiśniewski]],

U heeft op 29 april 2026 een urgentieverklaring aangevraagd wegens dakloosheid. Wij hebben uw aanvraag voorgelegd aan de Urgentiecommissie Stedendriehoek. Wij nemen het advies van de commissie over en wijzen uw aanvraag af.

## Waarom wijzen wij uw aanvraag af?
Een urgentieverklaring kan alleen worden verleend aan een woningzoekende met economische of maatschappelijke binding met de regio (artikel 2.4 Huisvestingsverordening Deventer 2025, gebaseerd op artikel 14 van de {{W|Huisvestingswet 2014}}). U staat sinds februari 2026 op een briefadres ingeschreven. U heeft geen arbeidscontract, loonstroken of andere stukken overgelegd waaruit blijkt dat u in de twee jaar voor de aanvraag in de regio werkte.

Uw inschrijving als woningzoekende bij Woonkeus Stedendriehoek (inschrijfnummer [[X|WK-0104552]]) blijft gewoon bestaan.

## Bezwaar
Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de verzenddatum bezwaar maken bij ons college (artikel 6:7 {{W|Algemene wet bestuursrecht}}). Stuur uw bezwaarschrift naar Postbus 5000, 7400 GC Deventer of mail naar bezwaar@deventer.nl. Hulp nodig? Het Juridisch Loket is gratis bereikbaar via {{G|0800-8020}}.

Met vriendelijke groet,
burgemeester en wethouders van Deventer,
namens dezen,

[[P|M.J. de Bruijn-Nijland]]
teamleider Wonen

Een vertaling van dit besluit in het Pools is op verzoek beschikbaar (tolk: [[P|Agnieszka Dąbrowska]], zie factuur).
""", meta={"/Producer": "Nitro Pro 13.70.2.40", "/Creator": "Corsa", "/Title": "Besluit URG-2026-0104"}))

DOCS.append(Doc("uv11_bezwaarschrift", "ttf", """
Sociaal Advocatenpraktijk De Waag
mr. [[P|R.J. Schimmelpenninck]] | advocaat
Stromarkt 12, 7411 PK Deventer | [[T|0570-820 417]] (direct) | [[E|schimmelpenninck@advocatendewaag.nl]]

Aan het college van burgemeester en wethouders van Deventer
Postbus 5000
7400 GC Deventer

Per e-mail: bezwaar@deventer.nl
Deventer, 10 juli 2026
Uw kenmerk: URG-2026-0104
Onze referentie: [[X|2026/0388/RJS]]
Betreft: bezwaar - de heer [[P|Bogdan Wiśniewski]]

# Bezwaarschrift

Edelachtbaar college,

Namens mijn cliënt, de heer [[P|B. Wiśniewski]], geboren op [[D|7 september 1991]] te Łódź, thans verblijvende p/a Nieuwe Markt 9a te Deventer, maak ik bezwaar tegen uw besluit van 4 juni 2026 (kenmerk URG-2026-0104), waarbij zijn aanvraag om een urgentieverklaring is afgewezen. Een machtiging is bijgevoegd. Ik verzoek om toevoeging via de {{O|Raad voor Rechtsbijstand}} (aanvraag [[X|4KX7710]]).

## Gronden
1. Ten onrechte gaat u ervan uit dat cliënt geen binding met de regio heeft. Cliënt werkte van april 2023 tot en met oktober 2025 via uitzendbureau Flexwerk Oost als seizoenskracht bij een kwekerij in Bathmen. Loonstroken over 2024 en 2025 zijn bijgevoegd (bijlagen 2 tot en met 9).
2. Tijdens die periode woonde cliënt op een vakantiepark in Bathmen, in een door de werkgever gehuurde chalet. Dat hij daar niet in de basisregistratie personen stond ingeschreven, is hem niet te verwijten: de uitzender regelde dat niet.
3. De commissie heeft niet onderkend dat cliënt sinds het verlies van zijn werk en woonruimte in oktober 2025 dakloos is en zijn gezondheid achteruit gaat ([[H|diabetes type 1]], onregelmatige insulinetoediening in de nachtopvang).
===
4. Het advies is niet unaniem: één commissielid stemde tegen. Het college had moeten motiveren waarom het de minderheidsopvatting niet volgt.
5. Het besluit is in strijd met het zorgvuldigheidsbeginsel (artikel 3:2 Awb): cliënt is niet gehoord en er is geen tolk ingeschakeld, terwijl zijn beheersing van het Nederlands beperkt is.

## Verzoek
Ik verzoek u het besluit te herroepen en cliënt alsnog een urgentieverklaring te verlenen, met vergoeding van de kosten van rechtsbijstand (artikel 7:15 Awb). Ik verzoek cliënt en ondergetekende te horen, met een tolk Pools.

Cliënt is bereikbaar via zijn begeleider van het Leger des Heils, de heer [[P|Bram Veltkamp]], telefoon [[T|06 1744 0821]].

Hoogachtend,

mr. [[P|R.J. Schimmelpenninck]]

Bijlagen: machtiging, loonstroken (8), verklaring werkgever, brief internist d.d. 1 juli 2026
""", meta={"/Producer": "Microsoft: Print To PDF", "/Creator": "Microsoft Word", "/Author": "RJS"}))
