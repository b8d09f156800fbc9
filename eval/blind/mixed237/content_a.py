"""Set DB, documents db01-db16."""
from lib import Doc

DOCS = []
A = DOCS.append

A(Doc("db01", """# Verzoek op grond van de Wet open overheid
Aan: het college van burgemeester en wethouders van de {{ORG:gemeente Harderwijk}}
Per e-mail aan {{MAILBOX:woo@harderwijk.nl}}
Harderwijk, 6 oktober 2026

Geacht college, geachte burgemeester,

Op grond van de {{LAW:Wet open overheid}} ({{Woo}}) verzoek ik u om openbaarmaking van alle documenten over het
bijtincident van 12 juli 2026 in het {{NOTPERSON:Park Oranje Nassau}} en de maatregelen die de burgemeester daarna heeft
genomen tegen de eigenaar van de betrokken hond. Het gaat mij in het bijzonder om het rapport van de handhavers,
de correspondentie met de advocaat van de eigenaar, het rapport van de gedragsdeskundige en het besluit van
{{OFFICE:burgemeester Terpstra}} op grond van {{LAW:artikel 2:59 APV}}.

Ik woon zelf in de {{STREET:Zeebiesstraat}} en ben lid van de buurtapp; veel buren maken zich zorgen.

Met vriendelijke groet,

[[Wendy Hoekstra]]
[[ADDRESS:Zeebiesstraat 31]], 3844 HK Harderwijk
Telefoon: [[06-18 44 27 93]]
E-mail: [[wendy.hoekstra82@gmail.com]]
""", font="Helvetica", meta={"Producer": "Microsoft: Print To PDF", "Creator": "Microsoft Word"}))

A(Doc("db02", """# Ontvangstbevestiging Woo-verzoek
{{ORG:Gemeente Harderwijk}}
Postbus 149, 3840 AC Harderwijk
Telefoon {{PUBLICNR:14 0341}} - {{MAILBOX:woo@harderwijk.nl}}

Mevrouw [[W. Hoekstra]]
[[ADDRESS:Zeebiesstraat 31]]
3844 HK  HARDERWIJK

Datum: 8 oktober 2026
Ons kenmerk: {{REF:WOO-2026-0087}}
Zaaknummer: {{REF:Z2026-014412}}
Behandeld door: [[A. Smeets]]
Onderwerp: ontvangstbevestiging verzoek Woo

Geachte mevrouw [[Hoekstra]],

Op 6 oktober 2026 hebben wij uw verzoek ontvangen om openbaarmaking van documenten over het bijtincident in het
{{NOTPERSON:Park Oranje Nassau}} en de aanwijzing van een hond als gevaarlijk. Wij hebben uw verzoek geregistreerd onder
kenmerk {{REF:WOO-2026-0087}}.

Op grond van {{LAW:artikel 4.4}} van de {{Wet open overheid}} beslissen wij binnen vier weken na ontvangst. Wij kunnen
deze termijn met twee weken verdagen. Omdat in de documenten gegevens van derden staan, zullen wij die derden
mogelijk om hun zienswijze vragen.

Heeft u vragen? Neem dan contact op met het {{ORG:Klant Contact Centrum}} via {{PUBLICNR:14 0341}} en noem het kenmerk.

Met vriendelijke groet,
namens dezen,

[[Anouk Smeets]]
Woo-coördinator, {{ORG:team Juridische Zaken}}
""", kind="docx", meta={"Producer": "Microsoft® Word voor Microsoft 365", "Creator": "Microsoft® Word voor Microsoft 365",
                        "Author": "Anouk Smeets"},
    hidden=[]))

A(Doc("db03", """# Registratie melding - {{ORG:KCC}} gemeente Harderwijk
## Meldingnummer {{REF:MOR-2026-07-3318}}  |  categorie: overlast dieren / bijtincident
|*Veld|Waarde
|Datum/tijd melding|12-07-2026 19:42
|Kanaal|telefoon ({{PUBLICNR:14 0341}})
|Melder|[[Femke Oosterbaan-de Wit]]
|Geboortedatum melder|[[DOB:14-03-1987]]
|Adres melder|[[ADDRESS:Zeebiesstraat 23]], 3844 HK Harderwijk
|Telefoon melder|[[06-41872203]]
|E-mail melder|[[femke.oosterbaan@ziggo.nl]]
|Locatie incident|{{NOTPERSON:Park Oranje Nassau}}, speelveld bij de {{STREET:Burgemeester de Meesterstraat}}
|Eigenaar hond (volgens melder)|'meneer [[Van 't Hul]] van de {{STREET:Vondellaan}}'
|Aangenomen door|[[Yasmina Chaouch]] (KCC)
|Doorgezet naar|{{ORG:Team Toezicht en Handhaving}}, {{MAILBOX:handhaving@harderwijk.nl}}

## Notitie van het gesprek
Melder belt geschrokken. Zij liep met haar zoon [[Daan]] (8) door het park. Een grote bruine hond zonder lijn
rende op hen af en beet haar in de [[HEALTH:linker onderarm]] toen zij haar zoon wilde beschermen. De eigenaar riep de hond
pas na enige tijd terug. Melder is op weg naar de {{ORG:huisartsenpost}} in het {{ORG:St Jansdal}}. Zij vraagt of de
gemeente 'iets kan doen'. Ook buurman [[Ron Dijkhuis]] ([[06 - 2218 7045]]) heeft het gezien.

Terugbelverzoek: ja, na 20.00 uur op [[06-41872203]]. Prioriteit hoog; BOA-dienst is geïnformeerd.
""", font="Helvetica", size=9.5, meta={"Producer": "Aspose.PDF for .NET 23.4", "Creator": "Topdesk Meldingen"}))

A(Doc("db04", """# Rapport van bevindingen
{{ORG:Gemeente Harderwijk}} - {{ORG:Team Toezicht en Handhaving}}
Proces-verbaalnummer: {{REF:TH-2026-0731}}

Ik, verbalisant, [[Jeroen Bakhuizen]], buitengewoon opsporingsambtenaar ({{TERM:BOA}}) in dienst van de gemeente
Harderwijk, BOA-nummer [[ID:4471-HW]], verklaar het volgende.

Op zondag 12 juli 2026 omstreeks 19.55 uur kreeg ik samen met mijn collega [[Priscilla Mahabier]]
(BOA-nummer [[ID:4502-HW]]) via de meldkamer de opdracht te gaan naar het {{NOTPERSON:Park Oranje Nassau}} te Harderwijk
in verband met een bijtincident.

## Verklaring slachtoffer
Ter plaatse sprak ik met het slachtoffer:
  Naam: [[OOSTERBAAN-DE WIT]], [[Femke]]
  Geboren: [[DOB:14 maart 1987]] te [[POB:Zwolle]]
  Adres: [[ADDRESS:Zeebiesstraat 23]], 3844 HK Harderwijk
  Telefoon: [[+31 6 4187 2203]]
Zij verklaarde: "Ik liep met mijn zoon over het pad langs het speelveld. Een bruine hond kwam zonder lijn op ons
af. Ik ging voor mijn zoon staan en de hond beet mij in mijn arm. De eigenaar stond verderop met zijn telefoon."
Ik zag dat het slachtoffer een [[HEALTH:bloedende wond aan de onderarm]] had. Collega [[Mahabier]] heeft
eerste hulp verleend.

===
## Verklaring eigenaar / houder
Ik sprak met de houder van de hond:
  Naam: [[VAN 'T HUL]], [[Cornelis]] (roepnaam [[Kees]])
  Geboren: [[DOB:02-11-1969]]
  Adres: [[ADDRESS:Vondellaan 8]], 3842 BR Harderwijk
  BSN: [[BSN:146190853]]
  Telefoon: [[0341-418 276]]
Hond: reu, {{PRODUCT:American Staffordshire Terriër}}, 4 jaar, chipnummer [[ID:528210004417823]], geregistreerd bij
{{ORG:NDG}}. De houder verklaarde: "Bruno doet nooit wat. Die vrouw begon te schreeuwen en toen schrok hij."

## Bevindingen
- De hond liep los in een gebied waar op grond van {{LAW:artikel 2:58 APV}} een aanlijngebod geldt.
- Er is een bestuurlijke strafbeschikking opgemaakt voor het loslopen ({{REF:feitcode H360}}).
- De houder gaf aan dat de hond eerder, in maart 2026, een andere hond heeft gebeten (melding {{REF:MOR-2026-03-0912}}).
- Getuige [[R. Dijkhuis]], [[ADDRESS:Zeebiesstraat 27]], bevestigde de verklaring van het slachtoffer.

Ik adviseer de burgemeester te overwegen de hond aan te wijzen als gevaarlijk ({{LAW:artikel 2:59 APV}}).

Waarvan door mij op ambtseed is opgemaakt dit rapport, gesloten en ondertekend te Harderwijk op 13 juli 2026.

[[J. Bakhuizen]]
BOA {{ORG:Team Toezicht en Handhaving}}
""", font="Times-Roman", size=10.5, meta={"Producer": "iText® 7.2.5 ©2000-2023 iText Group NV", "Creator": "Mercurius BOA-registratie",
                                            "Author": "jbakhuizen"},
    hidden=[("metadata", "PERSON", "jbakhuizen (account of the BOA)", ["jbakhuizen"])]))

A(Doc("db05", """# Huisartsenpraktijk De Vuurtoren
Huisarts A.C. ter Borg

Harderwijk, 20 juli 2026

Betreft: mevrouw [[Oosterbaan-de Wit]]
geboren [[DOB:14-03-1987]]

Aan wie het aangaat,

Op verzoek van patiënte verklaar ik dat zij
op 12 juli 2026 is gezien op de huisartsenpost
met een [[HEALTH:bijtwond]] van de linker onderarm.
De wond is gehecht (vier hechtingen) en zij
heeft een [[HEALTH:tetanusinjectie]] gekregen.
Op 19 juli zijn de hechtingen verwijderd.
Er is geen blijvende functiebeperking te verwachten.

Met collegiale groet,

~[[A.C. ter Borg]]
huisarts
""", kind="scan", seed=5, meta={"Producer": "Canon iR-ADV C5535 PDF", "Creator": "Canon iR-ADV C5535"}))

A(Doc("db06", """Van: [[Bakhuizen, Jeroen]] <[[j.bakhuizen@harderwijk.nl]]>
Verzonden: maandag 13 juli 2026 09:14
Aan: [[Vermeulen, Lotte]] <[[lotte.vermeulen@harderwijk.nl]]>
CC: [[Hofstede, Bert-Jan]] <[[b.hofstede@harderwijk.nl]]>; {{MAILBOX:handhaving@harderwijk.nl}}
Onderwerp: Bijtincident {{NOTPERSON:Park Oranje Nassau}} - rapport {{REF:TH-2026-0731}}
Bijlagen: {{REF:TH-2026-0731}}.pdf

Hoi Lotte,

Zoals telefonisch besproken: bijgaand ons rapport van gisteravond. Het gaat om dezelfde hond als de melding van
maart ({{REF:MOR-2026-03-0912}}). De houder, [[Van 't Hul]], was niet erg meewerkend. Het slachtoffer is behandeld
op de huisartsenpost.

Wij adviseren een aanwijzing als gevaarlijke hond met muilkorf- en aanlijnplicht. Kun jij dit voorleggen aan de
burgemeester? [[Priscilla]] en ik zijn deze week op de avonddienst, bereikbaar op de dienstmobiel [[06 5310 7788]].

Groet,
[[Jeroen]]

[[Jeroen Bakhuizen]] | BOA Openbare Ruimte
{{ORG:Gemeente Harderwijk}} | {{ORG:Team Toezicht en Handhaving}}
T [[+31 (0)341 411 934]] | {{PUBLICNR:14 0341}}
""", font="Helvetica", size=10, meta={"Producer": "Microsoft Outlook for Microsoft 365", "Creator": "Microsoft Outlook"}))

A(Doc("db07", """# Voornemen aanwijzing gevaarlijke hond
{{ORG:Gemeente Harderwijk}} - {{OFFICE:De burgemeester}}

Aangetekend en per gewone post
De heer [[C. van 't Hul]]
[[ADDRESS:Vondellaan 8]]
3842 BR  HARDERWIJK

Datum: 27 juli 2026
Kenmerk: {{REF:OOV-2026-0412}}
Contactpersoon: [[L. Vermeulen]], telefoon [[0341-411 872]]
Onderwerp: voornemen tot aanwijzing van uw hond als gevaarlijk

Geachte heer [[Van 't Hul]],

Op 12 juli 2026 heeft uw hond, een {{PRODUCT:American Staffordshire Terriër}} met chipnummer [[ID:528210004417823]],
in het {{NOTPERSON:Park Oranje Nassau}} een voorbijganger gebeten. Uit het rapport van bevindingen van 13 juli 2026
blijkt dat de hond daarbij niet was aangelijnd. In maart 2026 is al een eerder incident gemeld.

Ik ben daarom van plan uw hond op grond van {{LAW:artikel 2:59}} van de {{LAW:Algemene Plaatselijke Verordening Harderwijk 2024}}
aan te wijzen als gevaarlijk. Dat betekent dat u de hond buiten uw woning en erf:
  - altijd aangelijnd moet houden, met een lijn van ten hoogste 1,5 meter;
  - altijd een goed sluitende muilkorf moet laten dragen.

Voordat ik een besluit neem, geef ik u op grond van {{LAW:artikel 4:8}} van de {{LAW:Algemene wet bestuursrecht}}
de gelegenheid uw zienswijze te geven, schriftelijk of mondeling, binnen twee weken na de datum van deze brief.
===
Ik heb het gedragsbureau {{ORG:Hondengedrag Veluwe}} gevraagd de hond te observeren. U wordt daarvoor gebeld door
mevrouw [[Kwakernaak]].

Heeft u vragen, bel dan met mevrouw [[Vermeulen]] van het {{ORG:team Openbare Orde en Veiligheid}}, of mail naar
{{MAILBOX:oov@harderwijk.nl}}.

Hoogachtend,

{{OFFICE:De burgemeester van Harderwijk}},
namens deze,

[[Joost Verhagen]]
bestuurssecretaris

Afschrift: [[mr. Ş. Yıldırım]] ({{ORG:Veluwe Advocaten}})
""", kind="docx", meta={"Producer": "LibreOffice 7.6", "Creator": "Writer", "Author": "Lotte Vermeulen"},
    hidden=[("metadata", "PERSON", "Lotte Vermeulen (Info Author)", ["Lotte Vermeulen"])]))

A(Doc("db08", """{{ORG:VELUWE ADVOCATEN}}
Stationsplein 12 - 3818 LE Amersfoort - {{MAILBOX:secretariaat@veluweadvocaten.nl}}

Per e-mail: {{MAILBOX:oov@harderwijk.nl}}
De burgemeester van de gemeente Harderwijk
t.a.v. mevrouw [[L. Vermeulen]]
Postbus 149
3840 AC  HARDERWIJK

Amersfoort, 7 augustus 2026
Uw kenmerk: {{REF:OOV-2026-0412}}
Ons kenmerk: {{REF:VA/2026/1187}}
Behandeld door: [[mr. Ş. Yıldırım]]
Direct: [[033-4621 907]]
E-mail: [[s.yildirim@veluweadvocaten.nl]]

Betreft: zienswijze inzake voorgenomen aanwijzing gevaarlijke hond - cliënt [[C. van 't Hul]]

Edelachtbare heer, mevrouw,

Namens mijn cliënt, de heer [[Cornelis van 't Hul]], wonende aan de [[ADDRESS:Vondellaan 8]] te Harderwijk, geef ik
hierbij zijn zienswijze op uw voornemen van 27 juli 2026.

1. Cliënt betwist niet dat zijn hond op 12 juli 2026 los liep. Hij betwist wel dat sprake was van een
onprovoceerde aanval. Volgens cliënt sloeg mevrouw [[Oosterbaan]] met een tas naar de hond.
2. Het incident van maart 2026 betrof een schermutseling tussen twee honden, waarbij de hond van mevrouw
[[G. van Dam]] eveneens los liep. Dat kan niet als bijtincident met een mens worden aangemerkt.
3. De voorgenomen muilkorfplicht is onevenredig ({{LAW:artikel 3:4 Awb}}). Cliënt heeft inmiddels een cursus
gevolgd bij {{ORG:Kynologenclub Noord-Veluwe}} en laat de hond alleen nog aangelijnd uit.
===
4. Cliënt verzoekt u een onafhankelijke gedragstest af te wachten en hem daarna opnieuw te horen.
Zijn echtgenote, mevrouw [[Marja van 't Hul-Brinkman]], is bereid die test bij te wonen.
5. Cliënt heeft medische redenen waarom hij de hond niet zelf kan laten trainen: hij herstelt van een
[[HEALTH:heupoperatie]]. Een verklaring van zijn behandelaar kan desgewenst worden overgelegd.

Ik verzoek u de voorgenomen aanwijzing niet te nemen, althans de muilkorfplicht te laten vervallen. Voor een
mondelinge toelichting ben ik bereikbaar op [[06 47 19 02 55]].

Met vriendelijke groet,

[[Ş. Yıldırım]]
advocaat

Veluwe Advocaten is ingeschreven bij de {{ORG:Nederlandse Orde van Advocaten}}. KvK {{REF:32145678}}.
""", font="DejaVuSerif", size=10, meta={"Producer": "Nitro Pro 13.70.2.40", "Creator": "Nitro Pro",
                                          "Author": "Şükrü Yıldırım"},
    hidden=[("metadata", "PERSON", "Şükrü Yıldırım", ["Şükrü"])]))

A(Doc("db09", """Van: [[El Idrissi, Hamza]] <[[h.elidrissi@harderwijk.nl]]>
Verzonden: dinsdag 11 augustus 2026 16:02
Aan: [[Vermeulen, Lotte]] <[[lotte.vermeulen@harderwijk.nl]]>
CC: [[Groot-Stam, Marieke de]] <[[m.degroot-stam@harderwijk.nl]]>; {{MAILBOX:juridischezaken@harderwijk.nl}}
Onderwerp: RE: zienswijze [[Van 't Hul]] - {{REF:OOV-2026-0412}}

Hoi Lotte,

Ik heb de zienswijze van mr. [[Yıldırım]] gelezen. Punt 2 (incident maart) is niet sterk: in de melding van maart
staat alleen een hond-op-hond-incident. Ik zou het besluit vooral dragen op het incident van 12 juli en op het
rapport van de gedragsdeskundige. Wacht dat rapport dus af, dan voorkom je dat het besluit in bezwaar sneuvelt
op {{LAW:artikel 3:2 Awb}} (zorgvuldige voorbereiding).

Punt 5 (de heupoperatie) hoort niet in het besluit: dat is een medisch gegeven. Gewoon niet noemen.

Wil je het conceptbesluit nog langs [[Marieke]] sturen? Zij doet de bezwaarzaken {{LAW:APV}}.

Groet,
[[Hamza]]

[[Hamza El Idrissi]] | jurist {{ORG:team Juridische Zaken}} | [[0341 - 411 619]]

-----Oorspronkelijk bericht-----
Van: [[Vermeulen, Lotte]] <[[lotte.vermeulen@harderwijk.nl]]>
Verzonden: maandag 10 augustus 2026 11:37
Aan: [[El Idrissi, Hamza]] <[[h.elidrissi@harderwijk.nl]]>
CC: [[Verhagen, Joost]] <[[j.verhagen@harderwijk.nl]]>
Onderwerp: zienswijze [[Van 't Hul]] - {{REF:OOV-2026-0412}}

Hamza,

De advocaat van meneer [[Van 't Hul]] heeft een zienswijze ingediend (bijlage). {{OFFICE:Burgemeester Terpstra}} wil
uiterlijk 1 september besluiten; de buurt zit er bovenop (er is een buurtapp en raadslid Bos heeft al gebeld).
Kun jij naar de juridische punten kijken? [[Joost]] wil het ook in het {{TERM:driehoeksoverleg}} noemen.
===
Mevrouw [[Kwakernaak]] van {{ORG:Hondengedrag Veluwe}} kan de hond op 18 augustus observeren. Ik heb de opdracht
verstrekt (offerte {{REF:HV-2026-044}}, max. {{AMOUNT:EUR 650}} excl. btw).

Dank!
[[Lotte]]

[[Lotte Vermeulen]]
Beleidsadviseur Openbare Orde en Veiligheid
{{ORG:Gemeente Harderwijk}} - Kabinet van {{OFFICE:de burgemeester}}
[[06 2987 4410]] (ma-do)

-----Oorspronkelijk bericht-----
Van: {{ORG:secretariaat Veluwe Advocaten}}
Verzonden: vrijdag 7 augustus 2026 17:20
Aan: {{MAILBOX:oov@harderwijk.nl}}
Onderwerp: zienswijze - uw kenmerk {{REF:OOV-2026-0412}}

Geachte heer, mevrouw,
Bijgaand treft u namens mr. [[Yıldırım]] de zienswijze aan in de zaak van de heer [[Van 't Hul]].
Met vriendelijke groet, [[Elif Demirtaş]], secretaresse
""", font="DejaVuSans", size=9.5, meta={"Producer": "Microsoft Outlook for Microsoft 365", "Creator": "Microsoft Outlook"}))

A(Doc("db10", """Van: [[Vermeulen, Lotte]] <[[lotte.vermeulen@harderwijk.nl]]>
Verzonden: woensdag 5 augustus 2026 10:12
Aan: [[Ingrid Kwakernaak]] <{{MAILBOX:info@hondengedragveluwe.nl}}>
Onderwerp: Opdracht gedragsbeoordeling hond - {{REF:OOV-2026-0412}}

Beste mevrouw [[Kwakernaak]],

Dank voor uw offerte {{REF:HV-2026-044}}. Hierbij verstrek ik u namens {{OFFICE:de burgemeester}} van Harderwijk de opdracht
voor een gedragsbeoordeling van de hond van de heer [[Van 't Hul]] ([[ADDRESS:Vondellaan 8]], telefoon [[0031 341 418276]]).

Vraagstelling:
1. Vertoont de hond agressief gedrag naar mensen, en zo ja in welke situaties?
2. Is een muilkorfplicht naast een aanlijnplicht nodig om herhaling te voorkomen?
3. Welke trainingsmaatregelen adviseert u?

Het rapport ontvang ik graag uiterlijk 25 augustus. De kosten zijn maximaal {{AMOUNT:EUR 650}} excl. btw, te factureren
onder vermelding van inkoopnummer {{REF:INK-2026-3391}}.

Met vriendelijke groet,

[[Lotte Vermeulen]]
Beleidsadviseur {{ORG:Openbare Orde en Veiligheid}}
T [[0341-411 872]] | M [[06 2987 4410]]
""", font="Helvetica", meta={"Producer": "Microsoft Outlook for Microsoft 365", "Creator": "Microsoft Outlook"}))

A(Doc("db11", """# Gedragsbeoordeling hond
{{ORG:Hondengedrag Veluwe}} - gedragsdeskundig advies
In opdracht van: {{OFFICE:de burgemeester}} van Harderwijk ({{REF:OOV-2026-0412}}, opdracht {{REF:HV-2026-044}})
Beoordelaar: [[I.M. Kwakernaak]], gecertificeerd gedragsdeskundige ({{ORG:CIRH}})
Datum observatie: 18 augustus 2026, locatie: woning houder en {{NOTPERSON:Park Oranje Nassau}}

## 1. Gegevens hond en houder
Hond: 'Bruno', reu, {{PRODUCT:American Staffordshire Terriër}}, geboren 2022, gecastreerd: nee.
Houder: de heer [[C. van 't Hul]]. Aanwezig bij de observatie: de houder, zijn echtgenote [[M. van 't Hul-Brinkman]]
en zijn advocaat mr. [[Yıldırım]]. Namens de gemeente was BOA [[Bakhuizen]] op afstand aanwezig.

## 2. Werkwijze
De beoordeling volgt het protocol {{TERM:Socially Acceptable Behavior test}} ({{TERM:SAB-test}}) in aangepaste vorm: 12
onderdelen, waaronder een naderende vreemde met paraplu, een rennend kind (pop) en een onverwacht geluid.

## 3. Bevindingen
- Bij onderdeel 4 (vreemde persoon die snel nadert) toont de hond fixeren, een stijve houding en een uitval met
tanden bloot. De houder kon de hond slechts met moeite corrigeren.
- Bij onderdeel 9 (rennend kind) trekt de hond hard aan de lijn en blaft aanhoudend.
- In huis is de hond rustig en sociaal naar bekenden.
===
## 4. Conclusie en advies
De hond laat in prikkelrijke situaties buiten de woning een verhoogd risico op agressief gedrag naar onbekende
mensen zien. Een aanlijnplicht alleen acht ik onvoldoende. Ik adviseer:
  a. een muilkorf- en aanlijnplicht in de openbare ruimte;
  b. een gedragstraject van ten minste 10 lessen bij een erkende trainer;
  c. herbeoordeling na 12 maanden.

De houder gaf aan dat hij vanwege zijn [[HEALTH:heupklachten]] de hond niet altijd in bedwang kan houden. Dit
onderstreept het advies onder a.

Ermelo, 21 augustus 2026

[[Ingrid Kwakernaak]]
{{ORG:Hondengedrag Veluwe}} - [[06 2334 9810]]
""", font="DejaVuSerif", size=10, meta={"Producer": "PDFpen 13.1", "Creator": "Pages"},
    outline=[("1. Gegevens hond en houder", 0), ("2. Werkwijze", 0), ("3. Bevindingen", 0),
             ("4. Conclusie - concept besproken met Sandra Wieringa", 1),
             ("Bijlage: notities Ingrid", 1)],
    hidden=[("outline", "PERSON", "Sandra Wieringa", ["Sandra Wieringa"])]))

A(Doc("db12", """{{ORG:Hondengedrag Veluwe}}
[[Ingrid Kwakernaak]]
[[ADDRESS:Kerkweg 14]], 3851 AB Ermelo
[[06 2334 9810]] - {{MAILBOX:info@hondengedragveluwe.nl}}
KvK [[KVK:81244306]] - btw-id [[ID:NL004512873B21]]

Gemeente Harderwijk
t.a.v. {{ORG:Crediteurenadministratie}}
Postbus 149, 3840 AC Harderwijk

# FACTUUR
|*Factuurnummer|Factuurdatum|Inkoopnummer|Uw kenmerk
|{{REF:2026-0117}}|24-08-2026|{{REF:INK-2026-3391}}|{{REF:OOV-2026-0412}}

|*Omschrijving|Aantal|Tarief|Bedrag
|Gedragsbeoordeling hond incl. observatie ({{TERM:SAB-test}})|1|{{AMOUNT:EUR 395,00}}|{{AMOUNT:EUR 395,00}}
|Rapportage en advies|3 uur|EUR 65,00|EUR 195,00
|Reiskosten Ermelo - Harderwijk v.v.|32 km|EUR 0,23|EUR 7,36
|Subtotaal|||EUR 597,36
|Btw 21%|||EUR 125,45
|Totaal|||{{AMOUNT:EUR 722,81}}

Betaling binnen 30 dagen op rekening [[NL62 RABO 0312 4577 89]] t.n.v. [[I.M. Kwakernaak]] h.o.d.n.
{{ORG:Hondengedrag Veluwe}}, onder vermelding van het factuurnummer.

Vragen over deze factuur? Bel [[06-23349810]] of mail naar {{MAILBOX:info@hondengedragveluwe.nl}}.
""", font="Helvetica", meta={"Producer": "Microsoft: Print To PDF", "Creator": "Moneybird"}))

A(Doc("db13", """# WhatsApp-chat met Buurtapp {{NOTPERSON:Zeebiesbuurt}}
(export ontvangen als bijlage bij e-mail van een buurtbewoner, 3 augustus 2026)

12-07-2026 20:31 - [[Femke]]: Jongens ik ben net gebeten door die bruine hond van [[Kees]] in het park!! [[Daan]] stond ernaast
12-07-2026 20:32 - [[Ron Dijkhuis]]: Ik heb het gezien. Die hond liep weer los. Ik heb de BOA's gebeld
12-07-2026 20:33 - [[+31 6 52 11 90 83]]: Wat erg Femke! Gaat het?
12-07-2026 20:35 - [[Femke]]: Ga nu naar de huisartsenpost, [[HEALTH:arm ligt open]]
12-07-2026 20:41 - [[Sjaak]]: Dat beest moet gewoon een muilkorf op. Al de tweede keer
12-07-2026 20:44 - [[Gerda van Dam]]: In maart ging hij ook al op mijn Bikkel af. [[Kees]] zei toen dat het mijn schuld was
12-07-2026 20:47 - [[Mo Azzouzi]]: Ik mail de gemeente morgen. {{MAILBOX:handhaving@harderwijk.nl}} toch?
12-07-2026 20:48 - [[Ron Dijkhuis]]: Of bel {{PUBLICNR:14 0341}}
12-07-2026 21:05 - [[Wendy H]]: Sterkte Femke. Wie heeft het nummer van [[Marja]]? Misschien kan zij met [[Kees]] praten
12-07-2026 21:06 - [[Gerda van Dam]]: [[06-30 81 44 27]]
13-07-2026 08:12 - [[Femke]]: Vier hechtingen. [[Daan]] heeft slecht geslapen
13-07-2026 08:15 - [[Sjaak]]: Ik stuur het door naar raadslid Bos, die zit in de {{ORG:commissie Bestuur}}
===
13-07-2026 08:20 - [[+31 6 52 11 90 83]]: Goed plan. Ik heb ook foto's van het loslopen van vorige week
13-07-2026 09:02 - [[Mo Azzouzi]]: Gemeld, nummer {{REF:MOR-2026-07-3318}} staat er al (van Femke)
27-07-2026 18:40 - [[Ron Dijkhuis]]: [[Kees]] heeft een brief gehad van de burgemeester, hij stond te schelden bij de brievenbus
27-07-2026 18:42 - [[Sjaak]]: Terecht
28-07-2026 07:55 - [[Wendy H]]: Ik ga een {{LAW:Woo}}-verzoek doen, dan zien we wat de gemeente doet
03-08-2026 19:10 - [[Gerda van Dam]]: Hij loopt nu met een lijn. Geen muilkorf
03-08-2026 19:12 - [[Mo Azzouzi]]: Zaterdag is er de buurtbarbecue bij het {{NOTPERSON:Rietveldpaviljoen}}, zullen we het daar bespreken?
03-08-2026 19:13 - [[Femke]]: Ik kom niet als hij er ook is

Leden: [[Femke Oosterbaan]], [[Ron Dijkhuis]], [[Gerda van Dam]], [[Mo Azzouzi]], [[Sjaak]] ([[Jacobus Pronk]]),
[[Wendy H]], [[+31 6 52 11 90 83]]
""", font="DejaVuSansMono", size=8.5, meta={"Producer": "Skia/PDF m118", "Creator": "Chromium"}))

A(Doc("db14", """# Chat - Microsoft Teams - kanaal {{ORG:Handhaving Noord}}
[13-07 08:02] [[Mahabier, Priscilla]]: Morgen. Rapport van gisteren staat in Mercurius, {{REF:TH-2026-0731}}
[13-07 08:04] [[Bakhuizen, Jeroen]]: Top, ik stuur het naar [[Lotte]] van OOV
[13-07 08:05] [[Mahabier, Priscilla]]: Nog nieuws over mevrouw?
[13-07 08:07] [[Bakhuizen, Jeroen]]: Vier hechtingen volgens haar buurman. Die [[Kees]] gaat bezwaar maken, let maar op
[13-07 08:09] [[Hofstede, Bert-Jan]]: Graag zakelijk blijven in de chat jongens, dit is Woo-baar
[13-07 08:10] [[Bakhuizen, Jeroen]]: Klopt BJ, sorry
[13-07 08:22] [[Tim van der Sluis]]: Ik heb vanavond dienst met [[Priscilla]]. Rijden we langs de {{STREET:Vondellaan}}?
[13-07 08:25] [[Hofstede, Bert-Jan]]: Ja, controle aanlijngebod {{NOTPERSON:Park Oranje Nassau}} en {{NOTPERSON:Linnaeushof}}
[13-07 08:31] [[Mahabier, Priscilla]]: [[Tim]], mijn dienstmobiel is leeg, bel me op [[06 41 99 72 05]]
[13-07 08:40] [[Tim van der Sluis]]: Is goed

Verwerkt in zaak {{REF:Z2026-014412}} door [[A. Smeets]], 12-10-2026.
""", font="Helvetica", size=9.5, meta={"Producer": "Microsoft Teams Export", "Creator": "Microsoft Teams"}))

A(Doc("db15", """# Beslisnota
{{ORG:Gemeente Harderwijk}} - Kabinet
|*Aan|{{OFFICE:burgemeester Terpstra}}
|Van|[[L. Vermeulen]], beleidsadviseur OOV
|Datum|27 augustus 2026
|Kenmerk|{{REF:OOV-2026-0412}}
|Onderwerp|Aanwijzing gevaarlijke hond {{STREET:Vondellaan}}
|Kopie aan|[[H. el Idrissi]] (JZ), [[B.J. Hofstede]] (T&H)

## Aanleiding
Op 12 juli 2026 beet een hond een voorbijganger in het {{NOTPERSON:Park Oranje Nassau}}. Op 27 juli 2026 heeft u het voornemen
bekendgemaakt de hond aan te wijzen als gevaarlijk. De houder heeft via zijn advocaat een zienswijze ingediend.

## Geadviseerd besluit
Aan de burgemeester wordt gevraagd:
1. de hond aan te wijzen als gevaarlijk op grond van {{LAW:artikel 2:59 APV}};
2. een aanlijn- en muilkorfplicht op te leggen, met herbeoordeling na 12 maanden;
3. in te stemmen met bijgaand besluit en de brief aan het slachtoffer.

## Kern
De gedragsdeskundige (rapport 21 augustus 2026) bevestigt een verhoogd risico. De zienswijze leidt niet tot een
ander besluit; wel wordt de herbeoordeling na 12 maanden opgenomen (tegemoetkoming aan punt 4).

## Krachtenveld
De buurt volgt de zaak via een buurtapp. Raadslid Bos ({{ORG:ChristenUnie}}) heeft schriftelijke vragen aangekondigd.
{{OFFICE:Wethouder Kamphuis}} (dierenwelzijn) is geïnformeerd. De {{ORG:Dierenbescherming}} is niet betrokken.
===
## Paraaf
|*Naam|Functie|Paraaf|Datum
|[[L. Vermeulen]]|beleidsadviseur OOV|[[INITIALS:LV]]|27-08
|[[H. el Idrissi]]|jurist JZ|[[INITIALS:HEI]]|27-08
|[[J. Verhagen]]|bestuurssecretaris|[[INITIALS:JVe]]|28-08

## Bijlagen
1. Rapport van bevindingen {{REF:TH-2026-0731}}; 2. zienswijze {{REF:VA/2026/1187}}; 3. gedragsbeoordeling {{REF:HV-2026-044}};
4. conceptbesluit; 5. conceptbrief slachtoffer.

## Informatie die niet openbaar gemaakt kan worden
Geen; de bijlagen bevatten persoonsgegevens van het slachtoffer en de houder.
## Motivering
Bij openbaarmaking worden persoonsgegevens weggelakt op grond van {{LAW:artikel 5.1}} van de {{LAW:Wet open overheid}}.
""", font="Helvetica", size=10, meta={"Producer": "Microsoft® Word 2016", "Creator": "Microsoft® Word 2016",
                                        "Author": "Vermeulen, L."},
    notes=[(0, "Verhagen, Joost", "Lotte: graag de heupoperatie uit de nota laten. JV"),
           (1, "Hamza El Idrissi", "Akkoord, paraaf gezet. Bel me op 06-11834906 als er iets is.")],
    hidden=[("annotations", "PERSON", "Joost Verhagen", ["Joost"]),
            ("annotations", "PERSON", "Hamza El Idrissi", ["Hamza El Idrissi"]),
            ("annotations", "PHONE", "06-11834906", ["06-11834906"]),
            ("annotations", "HEALTH", "heupoperatie", ["heupoperatie"])]))

A(Doc("db16", """# Besluit aanwijzing gevaarlijke hond
{{OFFICE:De burgemeester van Harderwijk}}

Kenmerk: {{REF:OOV-2026-0412}}
Datum: 1 september 2026

Aan: de heer [[C. van 't Hul]], [[ADDRESS:Vondellaan 8]], 3842 BR Harderwijk
Afschrift: [[mr. Ş. Yıldırım]], {{ORG:Veluwe Advocaten}}, Amersfoort

## Overwegingen
Op 12 juli 2026 heeft uw hond (chipnummer [[ID:528210004417823]]) in het {{NOTPERSON:Park Oranje Nassau}} een voorbijganger
gebeten. Het slachtoffer liep letsel op waarvoor medische behandeling nodig was. Uit het rapport van bevindingen
{{REF:TH-2026-0731}} blijkt dat de hond niet was aangelijnd, in strijd met {{LAW:artikel 2:58 APV}}.

U heeft bij brief van uw advocaat van 7 augustus 2026 een zienswijze gegeven. U stelt dat de hond werd uitgelokt.
Die stelling wordt niet ondersteund door de verklaringen van het slachtoffer en een getuige. De gedragsdeskundige
heeft op 18 augustus 2026 vastgesteld dat de hond in prikkelrijke situaties een verhoogd risico op agressie naar
onbekende mensen vertoont.

Ik acht een aanlijnplicht alleen onvoldoende. Aan uw zienswijze kom ik tegemoet door een herbeoordeling na twaalf
maanden in het besluit op te nemen.

## Besluit
Ik wijs uw hond aan als gevaarlijk op grond van {{LAW:artikel 2:59}} van de {{LAW:Algemene Plaatselijke Verordening Harderwijk 2024}}.
Buiten uw woning en erf moet de hond altijd:
  a. aangelijnd zijn met een lijn van ten hoogste 1,5 meter;
  b. een goed sluitende muilkorf dragen.
Bij overtreding kan ik een last onder dwangsom opleggen ({{LAW:artikel 125 Gemeentewet}}).
===
## Bezwaar
Bent u het niet eens met dit besluit, dan kunt u binnen zes weken na de dag van verzending bezwaar maken bij
{{OFFICE:de burgemeester}}, Postbus 149, 3840 AC Harderwijk, of digitaal via {{MAILBOX:bezwaar@harderwijk.nl}}.

Hoogachtend,

{{OFFICE:De burgemeester van Harderwijk}},

M.J. Terpstra
""", kind="docx", meta={"Producer": "LibreOffice 7.6", "Creator": "Writer", "xmp_creator": "Lotte Vermeulen"},
    hidden=[("metadata", "PERSON", "Lotte Vermeulen (XMP creator)", ["Lotte Vermeulen"])]))
