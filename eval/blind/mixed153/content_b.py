from lib import Doc

DOCS = []
A = DOCS.append

A(Doc("pt09_ontvangst_aansprakelijkstelling", """
Gemeente Vlietstede
Raadhuisplein 1, 8450 AA Vlietstede

{{LetselRecht Noord Advocaten}}
t.a.v. mr. [[I.C. van 't Hul]]
{{Oosterstraat 40}}
{{8441 BE Heerenveen}}

Datum: 30 september 2025
Kenmerk: {{ZK-2025-04417}}
Uw kenmerk: {{VTH/2025/1187}}
Onderwerp: ontvangstbevestiging aansprakelijkstelling

Geachte mevrouw [[Van 't Hul]],

Wij hebben uw brief van 23 september 2025 ontvangen. Wij hebben de aansprakelijkstelling doorgestuurd naar
onze aansprakelijkheidsverzekeraar, {{Hollandia Schade N.V.}}, polisnummer {{AVB-7720-0193}}. De verzekeraar
heeft het {{Expertisebureau Rozendaal}} ingeschakeld voor een onderzoek naar de toedracht. U hoort binnen
zes weken van de verzekeraar of van ons.

Het toestel {{Torenspin XL}} blijft afgesloten tot de leverancier en een onafhankelijke inspecteur het
hebben vrijgegeven.

Met vriendelijke groet,
namens het college van burgemeester en wethouders van Vlietstede,

[[Anouk de Graaf]]
jurist aansprakelijkheid
""", engine="docx", producer="LibreOffice 7.6", creator="Writer", author="[[Jeroen Dijkhuis]]",
    xmp="[[Jeroen Dijkhuis]]"))

A(Doc("pt10_mail_verzekeraar", """
Van: [[Oudejans, Saskia]] <[[saskia.oudejans@hollandiaschade.nl]]>
Verzonden: dinsdag 14 oktober 2025 16:47
Aan: [[Graaf, Anouk de]] <[[a.degraaf@vlietstede.nl]]>
CC: [[j.verhagen@rozendaal-expertise.nl]]; {{schade@vlietstede.nl}}
Onderwerp: RE: schadenummer {{HS-25-447120}} - ongeval Klimbos

Beste [[Anouk]],

Dank voor de stukken. De expert, de heer [[Verhagen]], heeft op 10 oktober de toren bekeken samen met de
leverancier. Zijn voorlopige conclusie is dat de leuningklem niet conform de montagehandleiding van
{{SpeelRijk}} was aangehaald. Wij willen {{SpeelRijk Nederland B.V.}} daarom mede aansprakelijk stellen
(regres). Kunt u ons het onderhoudscontract en het {{logboek speeltoestellen}} over 2025 sturen?

Met vriendelijke groet,
[[Saskia Oudejans]]
Senior schadebehandelaar Aansprakelijkheid | {{Hollandia Schade N.V.}}
T [[+31 (0)20 570 88 34]] | algemeen {{0800-0223}}

Van: [[Graaf, Anouk de]]
Verzonden: donderdag 2 oktober 2025 11:05
Aan: [[Oudejans, Saskia]]
Onderwerp: schadenummer {{HS-25-447120}} - ongeval Klimbos

Beste mevrouw [[Oudejans]],

Hierbij de aansprakelijkstelling van {{LetselRecht Noord Advocaten}}, het incidentrapport
{{IR-2025-061}} en de foto's. Mijn collega [[Ruud Stapel]] ([[06 3872 0916]]) kan de expert ter plaatse
begeleiden.

Met vriendelijke groet,
[[Anouk de Graaf]]
jurist aansprakelijkheid | gemeente Vlietstede | [[(0521) 38 72 14]]
""", engine="helv", producer="Microsoft Outlook 16.0", creator="Microsoft Outlook"))

A(Doc("pt11_expertiserapport", """
# {{Expertisebureau Rozendaal}} - Rapport van expertise
Opdrachtgever: {{Hollandia Schade N.V.}}, schadenummer {{HS-25-447120}}
Verzekerde: {{gemeente Vlietstede}}, polis {{AVB-7720-0193}}
Benadeelde: [[Noor Bakhuizen]] (minderjarig), vertegenwoordigd door [[D.A. Bakhuizen]]
Expert: [[J.W. Verhagen]] RT, register-expert {{NIVRE}}, [[06 23 45 67 12]]
Datum opname: 10 oktober 2025; datum rapport: 21 oktober 2025

# 1. Opdracht
Onderzoek naar oorzaak en toedracht van het ongeval op 6 september 2025 met de klimtoren {{Torenspin XL}}
(fabrikant {{SpeelRijk Nederland B.V.}}, bouwjaar 2019) in speeltuin {{Het Klimbos}}, {{Wilhelminapark}}.

# 2. Aanwezigen bij de opname
De heer [[R. Stapel]] (gemeente), de heer [[Bart van der Linden-Smit]] (accountmanager {{SpeelRijk}}), de heer
[[Jérôme Dubois]] (technisch specialist {{SpeelRijk}}) en ondergetekende. De ouders waren uitgenodigd maar niet
aanwezig; de vader, de heer [[Bakhuizen]], is telefonisch gehoord op [[06-41287753]].

# 3. Bevindingen
De leuningklem aan de oostzijde is voorzien van twee bouten M10 met borgmoer. Eén bout ontbrak; de andere
was met de hand los te draaien. De montagehandleiding ({{SR-MH-TS-04}}) schrijft 45 Nm en een nylon
borgmoer voor. Sporen op het profiel wijzen erop dat de klem langere tijd speling heeft gehad. Het
onderhoudsbedrijf [[Hamstra]] heeft in mei 2025 de netten vervangen en daarbij de klem gedemonteerd.
\\f
# 4. Valondergrond
De rubbertegels voldoen aan {{NEN-EN 1177}} voor een kritieke valhoogte van 2,5 m. Op de plaats van de val
lagen twee tegels verschoven. Dit heeft volgens ondergetekende niet bijgedragen aan het letsel.

# 5. Letsel en schade
Volgens de medische informatie van de huisarts, [[dokter Kremer]], is sprake van een [[radiusfractuur]] en licht
hersenletsel. De schade (eigen risico zorgverzekering, reiskosten, kleding, smartengeld) wordt voorlopig
begroot op € 4.850. Smartengeld volgens de {{Smartengeldgids ANWB}}.

# 6. Conclusie
Het toestel voldeed op de dag van het ongeval niet aan de eisen die men daaraan in de gegeven
omstandigheden mocht stellen (artikel {{6:174 BW}}). De gemeente heeft een melding van 17 juli 2025 niet
opgevolgd. Regres op de onderhoudsaannemer is kansrijk; regres op {{SpeelRijk}} acht ik niet kansrijk.

[[J.W. Verhagen]]
{{Expertisebureau Rozendaal}}, {{Zwolle}}
""", engine="helv", health=["radiusfractuur"], producer="PDFpen Pro 13.2", creator="Pages",
    author="[[Verhagen, Joost]]"))

A(Doc("pt12_brief_leverancier", """
{{SpeelRijk Nederland B.V.}}
{{Industrieweg 88}}, {{3771 MK Barneveld}}
T {{0342 41 90 00}} | {{service@speelrijk.nl}} | KvK {{09123456}}

Gemeente Vlietstede
t.a.v. mevrouw [[Y. Brinkman-Tol]]
Postbus 200
8450 AA Vlietstede

Barneveld, 16 oktober 2025
Onderwerp: klimtoren {{Torenspin XL}}, serienummer {{SR-TS-2019-0442}}

Geachte mevrouw [[Brinkman-Tol]],

Naar aanleiding van het ongeval hebben onze specialisten het toestel op 10 oktober bekeken. Wij stellen
vast dat de leuningklem niet is gemonteerd zoals voorgeschreven in onze handleiding {{SR-MH-TS-04}}. Het
toestel is in 2019 door ons geplaatst en opgeleverd met een {{CE}}-verklaring en een certificaat van
{{KeurPlay Inspecties}}. Het periodieke onderhoud valt sinds 2022 niet onder ons contract.

Wij wijzen aansprakelijkheid dan ook van de hand. Wel bieden wij aan de leuningklemmen van alle drie
{{Torenspin}}-torens in uw gemeente kosteloos te vervangen door het verbeterde type {{LK-200}}.

Met vriendelijke groet,

[[Bart van der Linden-Smit]]
Accountmanager Overheid Noord
M [[06 47 12 33 98]] | [[bart.vanderlinden@speelrijk.nl]]

Kopie: [[Jérôme Dubois]], Technical Compliance
""", engine="docx", producer="LibreOffice 7.6", creator="Writer", xmp="[[B. van der Linden]]"))

A(Doc("pt13_inspectierapport", """
# {{KeurPlay Inspecties}} - Hoofdinspectie speeltoestellen 2025
Opdrachtgever: {{gemeente Vlietstede}}, contract {{KP-VLS-2023-02}}
Inspecteur: [[Gerrit-Jan Wolters]], gecertificeerd inspecteur, certificaat {{KP-INS-0871}}
Contact inspecteur: [[gj.wolters@keurplay.nl]] / [[06-19 87 55 21]]
Datum inspectie: 12 maart 2025; accreditatie {{RvA}} {{I 218}}; norm {{NEN-EN 1176-7}}

# Speeltuin Het Klimbos, Wilhelminapark
Toestel | Fabrikant | Risico | Bevinding
{{Torenspin XL}} | {{SpeelRijk}} | laag | netten versleten, vervangen binnen 3 maanden
Kabelbaan {{Zoefzoef}} | {{Kompan}} | middel | remblok versleten
Schommel {{Vogelnest}} | {{Eibe}} | laag | geen
Zandbak | gemeente | laag | zand verversen

Opmerking van de inspecteur: leuningklemmen visueel gecontroleerd, niet op aanhaalmoment getest
(valt buiten de hoofdinspectie; zie functionele inspectie door beheerder).

# Speelplaats Johan Cruijffveld
Het {{Johan Cruijff Court}} ({{Cruyff Foundation}}) valt niet onder dit contract.
Toestel | Fabrikant | Risico | Bevinding
Doeltjes | {{Kompan}} | laag | geen
\\f
# Speelplek Burgemeester Hoekstralaan
Toestel | Fabrikant | Risico | Bevinding
Wip {{Dubbelwip}} | {{Eibe}} | laag | geen
Klimtoren {{Torenspin M}} | {{SpeelRijk}} | middel | leuningklem speling, direct aanhalen

# Ondertekening
Voor akkoord inspecteur: [[G.J. Wolters]]
Voor akkoord gemeente (functionele inspectie): [[R.P. Stapel]], [[M. Kaya]]
Gegevens opgeslagen in het {{logboek speeltoestellen}} volgens het {{Warenwetbesluit attractie- en speeltoestellen}}.
""", engine="helv", producer="Aspose.Words for .NET 22.9", creator="KeurPlay Rapportage 4.1",
    outline=["Rapport 2025 - redactie [[Marieke Hofstra]]", "Bijlage aftekening - controle [[H.J. Bos]]"]))

A(Doc("pt14_scan_logboek", """
# Logboek speeltoestellen - Het Klimbos
Functionele inspectie (maandelijks)

Datum     Toestel        Bevinding           Paraaf
07-05     Torenspin XL   netten vervangen    MK
11-06     Torenspin XL   geen                RPS
17-07     Torenspin XL   leuning wiebelt     RPS
22-08     Torenspin XL   geen                MK

Netten vervangen door Klussenbedrijf Hamstra.
Uitvoerder: Jeroen Hamstra, tel. 06-33017742
~ R.P. Stapel
~ M. Kaya
""", ocr=True, producer="Canon iR-ADV C5535 PDF", creator="Canon iR-ADV C5535"))
DOCS[-1].text = (DOCS[-1].text.replace("   RPS", "   [[RPS]]").replace("    MK", "    [[MK]]")
                 .replace("Jeroen Hamstra", "[[Jeroen Hamstra]]").replace("06-33017742", "[[06-33017742]]")
                 .replace("~ R.P. Stapel", "~ [[R.P. Stapel]]").replace("~ M. Kaya", "~ [[M. Kaya]]"))

A(Doc("pt15_teams_chat", """
# Teams-chat: Klimbos ongeval (export 15-10-2025)
[08-09-2025 09:12] [[Femke Jorritsma]]: heb je de Fixi-melding van juli al gevonden?
[08-09-2025 09:15] [[Ruud Stapel]]: ja, {{FX-2025-88213}}. Afgesloten door [[Wessel]] met "doorgezet naar aannemer"
[08-09-2025 09:16] [[Femke Jorritsma]]: en is dat gebeurd?
[08-09-2025 09:20] [[Ruud Stapel]]: niet te vinden. [[Wes]] zit tot maandag in Portugal
[08-09-2025 09:21] [[Femke Jorritsma]]: oké. Ik zet het in de nota voor {{wethouder Stegeman}}
[08-09-2025 09:40] [[Yvonne Brinkman-Tol]]: Niks over [[Wessel]] in de nota graag, het gaat om het proces
[08-09-2025 09:41] [[Femke Jorritsma]]: 👍
[08-09-2025 10:02] [[Ruud Stapel]]: [[Jeroen]] van [[Hamstra]] belt me terug over de klem
[08-09-2025 10:03] [[Yvonne Brinkman-Tol]]: top. En {{communicatie}} weet ervan? {{Vlietsteeds Dagblad}} heeft gebeld
[08-09-2025 10:05] [[Femke Jorritsma]]: [[Sander]] is op de hoogte, hij maakt een persbericht
[08-09-2025 11:30] [[Anouk de Graaf]]: Ik heb de verzekeraar gebeld, [[mevrouw Oudejans]] neemt het op. Niks erkennen tegen de ouders!
[08-09-2025 11:32] [[Ruud Stapel]]: helder. De vader ([[Dennis]]) belde net al, hij was nogal boos
[08-09-2025 11:35] [[Anouk de Graaf]]: verwijs hem naar mij, [[06 1180 2265]] (werkmobiel)
[08-09-2025 13:02] [[Femke Jorritsma]]: [[Liesbeth]] plant een overleg voor dinsdag 16-9 in het {{Stadskantoor}}
""", engine="ttf", producer="Microsoft Teams", creator="Microsoft Teams Export"))

A(Doc("pt16_whatsapp_buitendienst", """
WhatsApp-chat met Buitendienst Zuid
06-09-2025 16:02 - [[Gert Oosterbaan]]: Ongeval bij de grote toren in het {{Wilhelminapark}}, ambulance is er
06-09-2025 16:04 - [[Kees]]: ik sta bij de {{Jumbo}} aan de {{Stationsweg}}, ben er in 10 min met hekken
06-09-2025 16:21 - [[Kees]]: hekken staan. Leuning bovenin zit los, bout weg
06-09-2025 16:22 - [[Gert Oosterbaan]]: foto's maken aub
06-09-2025 16:30 - [[Kees]]: <Media weggelaten>
06-09-2025 16:31 - [[Sjonnie]]: die had [[Wes]] toch al eens gemeld?
06-09-2025 16:35 - [[Gert Oosterbaan]]: geen idee. Ik bel [[Mehmet]] maandag
06-09-2025 17:10 - [[+31 6 1440 2871]]: Hoi, ik ben de buurman die belde. Kind is naar het ziekenhuis
06-09-2025 17:12 - [[Gert Oosterbaan]]: dank u. Wij hebben de toren afgezet. Meldingen graag via {{14 0521}}
07-09-2025 08:45 - [[Kees]]: hekken staan er nog, er was iemand van de {{Vlietsteeds Dagblad}} aan het fotograferen
07-09-2025 08:47 - [[Siham]]: was dat die [[Thijs]]? die stond vorig jaar ook bij de {{Pieter Stuyvesantbrug}}
07-09-2025 08:50 - [[Kees]]: weet niet, lange vent met pet
07-09-2025 09:15 - [[Gert Oosterbaan]]: Niks zeggen tegen de pers, doorverwijzen naar {{pers@vlietstede.nl}}
07-09-2025 09:16 - [[Dirk-Jan]]: 👍
07-09-2025 12:40 - [[Kees]]: de opa van het meisje ([[meneer Van Leeuwen]]) stond net bij de hekken te schelden
07-09-2025 12:41 - [[Gert Oosterbaan]]: laat maar. [[Yvonne]] weet ervan
""", engine="helv", producer="Skia/PDF m118", creator="WhatsApp (Android) via Print to PDF"))

A(Doc("pt17_verslag_overleg", """
# Verslag overleg aansprakelijkheid speeltoestellen
Datum: 16 september 2025, {{Stadskantoor}}, kamer 3.12
Kenmerk: {{ZK-2025-04417}}

Aanwezig:
Naam | Functie | Afdeling
[[Yvonne Brinkman-Tol]] (voorzitter) | teamleider | {{Beheer Openbare Ruimte}}
[[Anouk de Graaf]] | jurist aansprakelijkheid | {{Juridische Zaken}}
[[Femke Jorritsma]] | beleidsmedewerker spelen | {{Beheer Openbare Ruimte}}
[[Ruud Stapel]] | toezichthouder buitenruimte | {{Beheer Openbare Ruimte}}
[[Sander Koopmans]] | communicatieadviseur | {{Communicatie}}
[[Liesbeth Nijenhuis-Oktay]] (notulist) | managementassistent | {{Beheer Openbare Ruimte}}
Afwezig: [[Mehmet Kaya]] (verlof)

# 1. Stand van zaken
[[RS]] licht het incidentrapport {{IR-2025-061}} toe. De leuningklem was na het vervangen van de netten in mei
niet opnieuw aangehaald. De {{Fixi}}-melding van juli is zonder werkorder gesloten. [[ADG]] adviseert de
aansprakelijkheid niet zelf te erkennen maar het oordeel van de verzekeraar af te wachten (polisvoorwaarden
{{Hollandia Schade N.V.}}, artikel 14: geen erkenning zonder toestemming).

# 2. Overige torens
De twee andere {{Torenspin}}-torens ({{Burgemeester Hoekstralaan}} en {{Schoolstraat}}) zijn op 10 september
gecontroleerd. Bij de {{Torenspin M}} aan de {{Burgemeester Hoekstralaan}} zat ook speling op een klem.
\\f
# 3. Communicatie
[[SK]] stelt voor om niet te reageren op vragen van het {{Vlietsteeds Dagblad}} over de schuldvraag. De
wethouder gaat wel in op de raadsvragen van de fractie van {{GroenLinks}}.

# 4. Actielijst
Nr | Actie | Wie | Gereed
1 | Werkorderproces {{Fixi}} doorlichten | [[FJ]] | 1 okt
2 | Stukken naar verzekeraar | [[ADG]] | 19 sep
3 | Alle leuningklemmen aanhalen (45 Nm) | [[RS]] / [[MK]] | 12 sep
4 | Concept antwoorden raadsvragen | [[FJ]] | 26 sep
5 | Persbericht en woordvoering | [[SK]] | 17 sep

Verslag: [[LNO]], vastgesteld 23 september 2025.
""", engine="helv", producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
    author="[[Nijenhuis, L.]]"))
