from lib import Doc

DOCS = []
A = DOCS.append

A(Doc("pt18_factuur_hamstra", """
# FACTUUR
KLUSSENBEDRIJF [[JEROEN HAMSTRA]]
[[Grutto 14]], [[8453 VD Vlietstede]]
Tel. [[06-33017742]] | [[info@klussenbedrijfhamstra.nl]]
KvK [[80231177]] | btw-id [[NL003456789B01]]
IBAN [[NL62 RABO 0312 4477 90]] t.n.v. [[J. Hamstra]]

Aan: {{Gemeente Vlietstede}}, {{crediteurenadministratie}}, Postbus 200, {{8450 AA Vlietstede}}
Factuurnummer: {{2025-0147}}
Factuurdatum: 26 mei 2025
Inkoopordernummer: {{PO-2025-1093}}

Omschrijving | Aantal | Prijs | Bedrag
Vervangen klimnetten {{Torenspin XL}}, {{Het Klimbos}} | 1 | 1.840,00 | 1.840,00
Demontage en montage leuningklemmen | 2 | 95,00 | 190,00
Voorrijkosten | 1 | 45,00 | 45,00
Subtotaal | | | 2.075,00
Btw 21% | | | 435,75
Totaal | | | 2.510,75

Betaling binnen 30 dagen o.v.v. het factuurnummer.
""", engine="helv", producer="Moneybird PDF", creator="Moneybird"))

A(Doc("pt19_factuur_inspecteur", """
Onafhankelijk speeltoestelinspecteur
[[Hanneke Zwart-Ellens]] Inspectie & Advies
[[Dwarsvaart 7-a]] | [[8449 XP Vlietstede]]
[[hanneke@zwart-ellens.nl]] | [[0521-345 612]]
KvK [[91827364]] | IBAN [[NL12 INGB 0008 7765 43]]

Factuur {{ZE-2025-031}}
Datum: 3 oktober 2025
Debiteur: {{gemeente Vlietstede}}, afdeling {{Beheer Openbare Ruimte}}
Referentie: herinspectie na ongeval, zaak {{ZK-2025-04417}}

Herinspectie klimtoren {{Torenspin XL}} ({{NEN-EN 1176-1}}) | 3,5 uur à € 92,50 | € 323,75
Controle {{Torenspin M}} en Torenspin S | 2 uur à € 92,50 | € 185,00
Rapportage | vast | € 120,00
Totaal excl. btw € 628,75; btw 21% € 132,04; totaal € 760,79

Opdracht verstrekt door mevrouw [[F. Jorritsma]]. Kleineondernemersregeling niet van toepassing.
""", engine="times", producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365"))

A(Doc("pt20_raadsvragen", """
# Schriftelijke vragen ex artikel {{42}} van het {{Reglement van orde}}
Indiener: {{raadslid Demir}} ({{GroenLinks}})
Datum: 15 september 2025
Onderwerp: veiligheid speeltoestellen na ongeval in het {{Wilhelminapark}}

Op 6 september viel een kind van een klimtoren in speeltuin {{Het Klimbos}}. Volgens het
{{Vlietsteeds Dagblad}} was het gebrek al in juli gemeld. De fractie van {{GroenLinks}} stelt het college
de volgende vragen.

1. Klopt het dat het gebrek op 17 juli 2025 via {{Fixi}} is gemeld? Waarom is daar niets mee gedaan?
2. Hoe vaak worden de speeltoestellen in Vlietstede geïnspecteerd, en door wie?
3. Zijn de andere toestellen van hetzelfde type gecontroleerd?
4. Is het college bereid de familie excuses aan te bieden, los van de juridische afhandeling?
5. Wanneer gaat de speeltuin weer volledig open? Ook de {{Jan Ligthartschool}} maakt er gebruik van.

{{Yusuf Demir}}
fractievoorzitter {{GroenLinks}} Vlietstede
""", engine="ttf", producer="Acrobat PDFMaker 23 voor Word", creator="Microsoft Word"))

A(Doc("pt21_antwoorden_college", """
# Beantwoording schriftelijke vragen {{raadslid Demir}} ({{GroenLinks}})
Portefeuillehouder: {{wethouder K. Stegeman}} (Openbare Ruimte)
Datum: 7 oktober 2025; kenmerk {{RV-2025-089}}

Vraag 1. Klopt het dat het gebrek op 17 juli 2025 via {{Fixi}} is gemeld?
Antwoord: Ja. Op 17 juli is een melding binnengekomen dat een leuning van de klimtoren wiebelde. Deze
melding is ten onrechte afgesloten zonder dat een werkorder is aangemaakt. Dat betreuren wij zeer.

Vraag 2. Hoe vaak worden de speeltoestellen geïnspecteerd?
Antwoord: Jaarlijks voert een gecertificeerd bureau, {{KeurPlay Inspecties}}, een hoofdinspectie uit volgens
{{NEN-EN 1176-7}}. Daarnaast voert de gemeente maandelijks een functionele inspectie uit en worden de
toestellen wekelijks visueel gecontroleerd.

Vraag 3. Zijn de andere toestellen van hetzelfde type gecontroleerd?
Antwoord: Ja. Op 10 september zijn alle drie de {{Torenspin}}-torens gecontroleerd. Bij één toren is een
klem aangehaald. De leverancier, {{SpeelRijk Nederland B.V.}}, vervangt de klemmen kosteloos.
\\f
Vraag 4. Is het college bereid de familie excuses aan te bieden?
Antwoord: Ja. {{Wethouder Stegeman}} heeft de familie op 19 september thuis bezocht en excuses aangeboden
voor de gang van zaken rond de melding. Over de schuldvraag en de schadevergoeding loopt overleg met de
verzekeraar; daarover doen wij geen mededelingen.

Vraag 5. Wanneer gaat de speeltuin weer volledig open?
Antwoord: De klimtoren gaat open na de herinspectie door een onafhankelijke inspecteur, naar verwachting
in november. De rest van de speeltuin is open. De {{Jan Ligthartschool}} en de {{kinderopvang De Boomhut}}
zijn hierover geïnformeerd.

Het college van burgemeester en wethouders van Vlietstede,
de secretaris, {{drs. P.A. Meerman}}          de burgemeester, {{H. Overdijk}}
""", engine="helv", producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
    author="[[Femke Jorritsma]]", xmp="[[Jorritsma, F.]]"))

A(Doc("pt22_beslisnota", """
# Beslisnota aan het college
Aan: {{wethouder Stegeman}}
Van: [[F. Jorritsma]], {{Beheer Openbare Ruimte}}
Datum: 24 oktober 2025
Kenmerk: {{BN-2025-377}}
Onderwerp: afhandeling aansprakelijkstelling ongeval {{Het Klimbos}}
Contactpersoon: [[Anouk de Graaf]], [[(0521) 38 72 14]], [[a.degraaf@vlietstede.nl]]

# Aanleiding
Op 6 september 2025 is een kind gevallen van de klimtoren {{Torenspin XL}}. De ouders hebben de gemeente
via {{LetselRecht Noord Advocaten}} aansprakelijk gesteld. De verzekeraar {{Hollandia Schade N.V.}}
heeft op basis van het rapport van het {{Expertisebureau Rozendaal}} laten weten de aansprakelijkheid te
erkennen en regres te nemen op de onderhoudsaannemer.

# Geadviseerd besluit
Het college wordt gevraagd:
1. in te stemmen met erkenning van aansprakelijkheid door de verzekeraar;
2. het eigen risico van € 2.500 ten laste te brengen van de post {{Onvoorzien Openbare Ruimte}};
3. het werkorderproces voor meldingen in {{Fixi}} aan te passen (koppeling met {{GBI Beheer}}).
\\f
# Kern
De melding van 17 juli is afgesloten door een medewerker van de buitendienst zonder werkorder. Er is geen
sprake van opzet; het proces liet dit toe. Individuele medewerkers worden in de communicatie niet genoemd.

# Paraaf
Naam | Functie | Paraaf | Datum
[[Y. Brinkman-Tol]] | teamleider | [[YBT]] | 24-10
[[drs. E.J. van Rijswijk]] | afdelingshoofd | [[EvR]] | 27-10
{{drs. P.A. Meerman}} | gemeentesecretaris | | 28-10

# Informatie die niet openbaar gemaakt kan worden
Deze nota bevat persoonsgegevens van de benadeelde en haar ouders.

# Motivering
De naam en medische gegevens van het kind vallen onder artikel {{5.1 lid 1 sub d}} {{Woo}}.
""", engine="docx", producer="LibreOffice 7.6", creator="Writer", author="[[Femke Jorritsma]]",
    notes=[]))

A(Doc("pt23_persbericht_concept", """
# CONCEPT - Persbericht
{{Gemeente Vlietstede}} - 9 september 2025

Klimtoren {{Wilhelminapark}} afgesloten na ongeval

De klimtoren in speeltuin {{Het Klimbos}} in het {{Wilhelminapark}} is sinds zaterdag afgesloten. Die dag viel
een meisje van zeven jaar van de toren. Zij is in het ziekenhuis behandeld en is inmiddels weer thuis.
{{Wethouder Karin Stegeman}}: "Ik wens het meisje en haar ouders veel sterkte. Wij zoeken uit hoe dit heeft
kunnen gebeuren. Tot die tijd blijft de toren dicht."

De gemeente laat alle speeltoestellen van hetzelfde type controleren. De rest van de speeltuin blijft open.
Zorgen over een speeltoestel? Meld het via de app {{Fixi}} of bel {{14 0521}}.

Noot voor de redactie (niet voor publicatie):
Meer informatie: {{woordvoerder Lisa Mulder}}, {{pers@vlietstede.nl}}, {{0521 38 70 00}}.
""", engine="helv", producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
    notes=[("[[Sander Koopmans]]", "Naam meisje ([[Noor]]) NIET noemen, ouders willen geen pers. Oma belde al met [[Wendy]] van de krant."),
           ("[[Yvonne Brinkman-Tol]]", "Akkoord. Graag nog laten checken door [[Anouk]] ivm verzekeraar."),
           ("[[Femke J.]]", "Fixi-melding niet noemen? Bel me even: [[06 2910 4453]]")]))

A(Doc("pt24_persbericht_definitief", """
# Persbericht
{{Gemeente Vlietstede}} | 10 september 2025

Klimtoren Wilhelminapark afgesloten na ongeval

De klimtoren {{Torenspin XL}} in speeltuin {{Het Klimbos}} is sinds zaterdag 6 september afgesloten. Die dag
viel een kind van de toren. Het kind is in het ziekenhuis behandeld en is weer thuis.

{{Wethouder Karin Stegeman}}: "Ik wens het kind en de ouders veel sterkte en beterschap. We zoeken uit
hoe dit heeft kunnen gebeuren. Tot die tijd blijft de toren dicht."

De gemeente laat alle speeltoestellen van hetzelfde type controleren. Ook de {{Johan Cruijffschaal}} voor
veilige speelplekken, die de gemeente in 2023 won, is voor de wethouder geen reden om achterover te leunen.
Zorgen over een speeltoestel? Meld het via {{Fixi}} of bel {{14 0521}}.

Meer informatie voor de pers: {{woordvoerder Lisa Mulder}}, {{pers@vlietstede.nl}}, {{0521 38 70 00}}.
""", engine="ttf", producer="Adobe PDF Library 23.1.175", creator="Adobe InDesign 19.0 (Windows)",
    author="[[Sander Koopmans]]", xmp="[[Sander Koopmans]]", title="Persbericht klimtoren"))

A(Doc("pt25_juridisch_advies", """
# Juridisch advies: aansprakelijkheid ongeval klimtoren {{Het Klimbos}}
Aan: [[Y. Brinkman-Tol]], teamleider {{Beheer Openbare Ruimte}}
Van: [[A.M. de Graaf]], {{team Juridische Zaken}}
Datum: 29 september 2025 | zaak {{ZK-2025-04417}} | vertrouwelijk

# 1. Vraag
Is de gemeente aansprakelijk voor de schade van het ongeval op 6 september 2025 en is regres mogelijk?

# 2. Kader
Een opstal die niet voldoet aan de eisen die men in de gegeven omstandigheden mag stellen en daardoor
gevaar oplevert, leidt tot risicoaansprakelijkheid van de bezitter (artikel {{6:174 BW}}). De rechtspraak
over speeltoestellen ({{HR 17 december 2010}}, {{ECLI:NL:HR:2010:BN6236}}) legt de lat hoog: kinderen
gedragen zich onvoorzichtig en daarmee moet rekening worden gehouden. Daarnaast geldt het
{{Warenwetbesluit attractie- en speeltoestellen}}.

# 3. Beoordeling
De leuning zat los; er was een melding. Aansprakelijkheid is vrijwel zeker. Eigen schuld van het kind
(zeven jaar) speelt op grond van artikel {{6:164 BW}} geen rol. De ouders hebben geen toezichtsfout
gemaakt die de gemeente kan tegenwerpen.
\\f
# 4. Regres
Regres op {{SpeelRijk Nederland B.V.}} is niet kansrijk: het onderhoud valt sinds 2022 buiten hun contract.
Regres op Klussenbedrijf [[Hamstra]] is mogelijk: bij het vervangen van de netten (factuur {{2025-0147}}) is
de leuningklem gedemonteerd en niet volgens {{SR-MH-TS-04}} gemonteerd. De heer [[Hamstra]] stelt dat hij
de klemmen heeft aangehaald; dat is niet vastgelegd.

# 5. Advies
Laat de verzekeraar de aansprakelijkheid erkennen en de schade regelen. Bied de familie excuses aan voor
de gang van zaken; dat is geen erkenning in juridische zin. Pas het werkorderproces aan.

[[A.M. de Graaf]]
""", engine="times", producer="Microsoft® Word 2016", creator="Microsoft® Word 2016",
    outline=["Advies [[mr. A. Smeenk]] (tweede lezer)", "Reactie [[Koen Wiersma]]", "Regres"]))
