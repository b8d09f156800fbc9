from lib import Doc

W = "Microsoft® Word voor Microsoft 365"
DOCS = []
A = DOCS.append

A(Doc("pt01_woo_verzoek", """
# Verzoek op grond van de Wet open overheid
Van: [[Thijs Ravelli]] <[[t.ravelli@vlietsteedsdagblad.nl]]>
Verzonden: maandag 3 november 2025 09:14
Aan: {{woo@vlietstede.nl}}
Onderwerp: Woo-verzoek ongeval speeltoestel {{Wilhelminapark}}

Geacht college van burgemeester en wethouders van de {{gemeente Vlietstede}},

Op grond van de {{Wet open overheid}} verzoek ik u om openbaarmaking van alle documenten over het ongeval
op 6 september 2025 in speeltuin {{Het Klimbos}} in het {{Wilhelminapark}}, waarbij een kind van de
klimtoren {{Torenspin XL}} is gevallen. Het gaat mij om de correspondentie met de leverancier
{{SpeelRijk Nederland B.V.}}, met de verzekeraar {{Hollandia Schade N.V.}} en met het
{{Expertisebureau Rozendaal}}, de inspectierapporten van {{KeurPlay Inspecties}} over 2024 en 2025, en de
interne stukken die ten grondslag liggen aan de antwoorden van {{wethouder Stegeman}} op de raadsvragen.

Persoonsgegevens van het kind en de ouders hoeven van mij niet openbaar te worden gemaakt.
Ik ben bereikbaar op [[06-18273645]] of via de redactie ({{0521 38 44 00}}).

Met vriendelijke groet,
[[Thijs Ravelli]]
verslaggever {{Vlietsteeds Dagblad}}
[[Ravelli]] (privé): [[Zwanebloemstraat 11]], [[8452 RT Vlietstede]]
""", producer="Microsoft Outlook 16.0", creator="Microsoft Outlook"))

A(Doc("pt02_ontvangstbevestiging", """
{{Gemeente Vlietstede}}
{{Raadhuisplein 1}} | Postbus 200 | {{8450 AA Vlietstede}} | telefoon {{14 0521}} | {{www.vlietstede.nl}}

Aan de heer [[T. Ravelli]]
[[Zwanebloemstraat 11]]
[[8452 RT Vlietstede]]

Datum: 5 november 2025
Ons kenmerk: {{WOO-2025-0318}}
Behandeld door: [[Anouk de Graaf]]
Telefoon: [[(0521) 38 72 14]]
E-mail: [[a.degraaf@vlietstede.nl]]
Onderwerp: ontvangstbevestiging Woo-verzoek

Geachte heer [[Ravelli]],

Op 3 november 2025 hebben wij uw verzoek ontvangen om informatie over het ongeval in speeltuin
{{Het Klimbos}}. Wij behandelen uw verzoek onder kenmerk {{WOO-2025-0318}}. Op grond van artikel
{{4.4}} van de {{Wet open overheid}} beslissen wij binnen vier weken. Omdat er derden bij betrokken zijn
(de leverancier en de verzekeraar), stellen wij hen in de gelegenheid een zienswijze te geven; de termijn
kan daardoor met twee weken worden verdaagd.

Heeft u vragen, neem dan contact op met de behandelend jurist of met het algemene nummer {{14 0521}}.

Met vriendelijke groet,
namens dezen,

[[A.M. de Graaf]]
jurist {{team Juridische Zaken}}
""", engine="times", producer="Aspose.PDF for .NET 23.4", creator="Zaaksysteem Vlietstede"))

A(Doc("pt03_brief_ouders", """
[[Marloes Bakhuizen-van Leeuwen]] en [[Dennis Bakhuizen]]
[[Kievitstraat 27]]
[[8451 KP Vlietstede]]
[[marloes.bakhuizen@ziggo.nl]] / [[06 41 28 77 53]]

Aan het college van burgemeester en wethouders
{{Gemeente Vlietstede}}
{{Raadhuisplein 1}}

Vlietstede, 9 september 2025
Betreft: ongeval van onze dochter in {{Het Klimbos}}

Geacht college,

Op zaterdag 6 september is onze dochter [[Noor]] (geboren [[14-03-2018]]) van het bovenste platform van de
klimtoren in het {{Wilhelminapark}} gevallen. De leuning aan de kant van het {{Dr. Schaepmanpad}} zat los;
een van de bouten ontbrak. [[Noor]] is met de ambulance naar het {{Tjongerziekenhuis}} gebracht. Zij heeft een
[[gebroken linkeronderarm]] en een [[hersenschudding]] en moet zes weken gips dragen.

Onze buurman, de heer [[Ömer Yıldız]], heeft gezien dat de leuning al weken los zat. Hij heeft dat in juli
gemeld via de app {{Fixi}}. Wij vragen ons af waarom daar niets mee is gedaan.

Wij stellen de gemeente aansprakelijk voor de schade. Wij vragen u ook om de toren af te sluiten tot hij
veilig is. Onze advocaat, mevrouw [[I. van 't Hul]], neemt verder contact met u op.

Met vriendelijke groet,

[[M. Bakhuizen-van Leeuwen]]          [[D. Bakhuizen]]
""", engine="ttf", health=["gebroken linkeronderarm", "hersenschudding"],
    producer="Microsoft® Word voor Microsoft 365", creator=W, author="[[mbakhuizen]]"))

A(Doc("pt04_mail_intern_ongeval", """
Van: [[Kaya, Mehmet]] <[[m.kaya@vlietstede.nl]]>
Verzonden: maandag 8 september 2025 08:02
Aan: [[Brinkman-Tol, Yvonne]] <[[y.brinkman-tol@vlietstede.nl]]>; [[Stapel, Ruud]] <[[r.stapel@vlietstede.nl]]>
CC: [[Jorritsma, Femke]] <[[f.jorritsma@vlietstede.nl]]>
Onderwerp: RE: ongeval Klimbos zaterdag

Hoi [[Yvonne]],

De toren is zaterdagavond door de buitendienst afgezet met hekken. Ik heb vanochtend gekeken: aan de
oostzijde ontbreekt een M10-bout in de leuningklem, de andere bout zit los. Foto's staan in {{Decos}} onder
{{ZK-2025-04417}}. [[Ruud]], kun jij vandaag de melding uit {{Fixi}} van juli opzoeken?

Groet, [[Mehmet]]
wijkbeheerder Zuid | [[06-52 31 90 08]]

-----Oorspronkelijk bericht-----
Van: [[Brinkman-Tol, Yvonne]]
Verzonden: zondag 7 september 2025 19:40
Aan: [[Kaya, Mehmet]]
Onderwerp: ongeval Klimbos zaterdag

[[Mehmet]], ik kreeg net een appje van {{wethouder Stegeman}}: zaterdag is een meisje van de {{Torenspin XL}}
gevallen. Wil jij morgen meteen gaan kijken en de toren dichtzetten? De wethouder wil dinsdag in het
{{portefeuillehoudersoverleg}} een update. Graag ook de inspectielijst van {{KeurPlay Inspecties}} erbij.

[[Yvonne Brinkman]]
teamleider {{Beheer Openbare Ruimte}}
\\f
-----Oorspronkelijk bericht-----
Van: {{wethouder Stegeman}} via [[Marjolein Hoogeveen]] <[[m.hoogeveen@vlietstede.nl]]>
Verzonden: zondag 7 september 2025 18:55
Aan: [[Brinkman-Tol, Yvonne]]
Onderwerp: ongeval speeltuin

Beste [[Yvonne]], de wethouder is gebeld door een buurtbewoner, de heer [[Yıldız]] ([[06 2239 8140]]).
Hij zegt dat hij de losse leuning al in juli heeft gemeld. Kun je morgen laten uitzoeken wat er met die
melding is gebeurd? De wethouder belt zelf met de familie; het nummer van de moeder is [[06 41 28 77 53]].
Groet, [[Marjolein]]
bestuurssecretaris
""", engine="ttf", producer="Microsoft Outlook 16.0", creator="Microsoft Outlook",
    author="[[Brinkman-Tol, Y.]]"))

A(Doc("pt05_meldingsformulier", """
# Meldingsformulier ongeval openbare ruimte
{{Gemeente Vlietstede}} - {{afdeling Beheer Openbare Ruimte}}
Formulier {{MOR-03}} (versie 2024). Ingevuld door de wijkbeheerder na een ongeval met een speeltoestel.
Registratie in het {{Registratiesysteem Ongevallen Speeltoestellen}} is verplicht op grond van het
{{Warenwetbesluit attractie- en speeltoestellen}} ({{WAS}}).
Locatie: speeltuin {{Het Klimbos}}, {{Wilhelminapark}}, toestel {{Torenspin XL}}, serienummer {{SR-TS-2019-0442}}.
Zaaknummer: {{ZK-2025-04417}}
""", engine="helv", producer="iText® 7.2.5 ©2000-2023 iText Group NV", creator="Formulierenserver",
    form=[("Naam slachtoffer:", "slachtoffer", "[[Noor Bakhuizen]]"),
          ("Geboortedatum:", "gebdatum", "[[14 maart 2018]]"),
          ("Naam ouder/verzorger:", "ouder", "[[M.J. Bakhuizen]]"),
          ("Telefoon ouder:", "telefoon", "[[+31 6 4128 7753]]"),
          ("Letsel:", "letsel", "[[armfractuur links, hersenschudding]]"),
          ("Getuige:", "getuige", "[[Fenna ter Horst]]"),
          ("Telefoon getuige:", "tel_getuige", "[[0031 6 2290 1143]]"),
          ("Ingevuld door:", "invuller", "[[M. Kaya]]")]))

A(Doc("pt06_incidentrapport", """
# Incidentrapport buitenruimte {{IR-2025-061}}
Datum incident: 6 september 2025, ca. 15.20 uur
Locatie: {{Het Klimbos}}, {{Wilhelminapark}} (ingang {{Burgemeester Hoekstralaan}})
Toestel: klimtoren {{Torenspin XL}} van {{SpeelRijk Nederland B.V.}}, valhoogte 2,40 m, ondergrond rubbertegels

Verloop: volgens de moeder, mevrouw [[Bakhuizen]], klom het kind ([[N. Bakhuizen]], 7 jaar) via het net naar het
bovenste platform. Toen zij tegen de leuning leunde gaf deze mee. Het kind viel op de rand van de
valondergrond. Omstanders belden {{112}}. Getuigen: [[F. ter Horst]] ([[Reigerlaan 4]]) en [[Ö. Yıldız]].

Bevindingen ter plaatse (8 september, [[M. Kaya]] en [[R. Stapel]]):
- leuningklem oostzijde: één bout M10 ontbreekt, tweede bout los (aanhaalmoment nihil);
- valondergrond: twee rubbertegels verschoven, naad van 4 cm;
- laatste hoofdinspectie {{KeurPlay Inspecties}}: 12 maart 2025, geen bijzonderheden aan de leuning;
- melding {{Fixi}} {{FX-2025-88213}} van 17 juli 2025 ("leuning wiebelt") is afgesloten zonder werkorder.

Maatregelen: toestel afgezet, leverancier gevraagd om inspectie, verzekeraar geïnformeerd via
{{schade@vlietstede.nl}}.

Opgesteld: [[R.P. Stapel]], toezichthouder buitenruimte, personeelsnummer [[V-20417]]
""", engine="ttf", producer="Microsoft® Word 2019", creator="Microsoft® Word 2019"))

A(Doc("pt07_scan_brief_opa", """
Vlietstede, 12-9-2025
Aan de gemeente, t.a.v. wethouder Stegeman

Geachte wethouder,

Ik ben de opa van Noor Bakhuizen. Ik schrijf u omdat
ik boos ben. Die toren stond al maanden te wiebelen.
Mijn kleindochter heeft nu een gebroken arm.
Ik wil graag dat u persoonlijk langskomt.

Met vriendelijke groet,
~ Wim van Leeuwen
Berkenhof 9, Vlietstede
tel. 0521-362718
""", ocr=True, producer="KODAK Capture Pro", creator="Scan Station 7000 Postkamer"))
# ocr probes are taken from the marked copy below (OCR docs use a separate marked text)
DOCS[-1].text = DOCS[-1].text.replace("Noor Bakhuizen", "[[Noor Bakhuizen]]").replace(
    "~ Wim van Leeuwen", "~ [[Wim van Leeuwen]]").replace("Berkenhof 9", "[[Berkenhof 9]]").replace(
    "0521-362718", "[[0521-362718]]")

A(Doc("pt08_aansprakelijkstelling", """
{{LetselRecht Noord Advocaten}}
{{Oosterstraat 40}} | {{8441 BE Heerenveen}} | {{0513 62 44 10}} | KvK {{71244580}}

Aangetekend en per e-mail
{{Gemeente Vlietstede}}
t.a.v. {{team Juridische Zaken}}
Postbus 200
{{8450 AA Vlietstede}}

Heerenveen, 23 september 2025
Uw kenmerk: {{ZK-2025-04417}}
Ons kenmerk: {{VTH/2025/1187}}
Betreft: aansprakelijkstelling - [[Noor Bakhuizen]] / {{gemeente Vlietstede}}

Geachte heer, mevrouw,

Namens mijn cliënten, de heer [[D.A. Bakhuizen]] en mevrouw [[M.J. Bakhuizen-van Leeuwen]], wettelijk
vertegenwoordigers van hun minderjarige dochter [[Noor Bakhuizen]], geboren op [[14 maart 2018]], stel ik uw
gemeente aansprakelijk voor alle schade als gevolg van het ongeval van 6 september 2025.

De gemeente is als bezitter van het speeltoestel aansprakelijk op grond van artikel {{6:174 BW}}
(opstalaansprakelijkheid) en schiet tekort in haar zorgplicht op grond van het
{{Warenwetbesluit attractie- en speeltoestellen}}. Uit de melding in {{Fixi}} van 17 juli 2025 blijkt dat zij
van het gebrek op de hoogte was.

Het letsel bestaat uit een [[distale radiusfractuur links]] en een [[commotio cerebri]]. [[Noor]] staat onder
behandeling van de kinderfysiotherapeut. Ik verzoek u deze brief door te sturen aan uw
aansprakelijkheidsverzekeraar en binnen twee weken de aansprakelijkheid te erkennen.

Hoogachtend,

mr. [[I.C. van 't Hul]]
advocaat
direct: [[0513 62 44 17]] | [[ilse@letselrechtnoord.nl]]
""", engine="times", health=["distale radiusfractuur links", "commotio cerebri"],
    producer="Nitro Pro 13.70.2.40", creator="Nitro Pro", author="[[Ilse van 't Hul]]"))
