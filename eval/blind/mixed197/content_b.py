"""Documents as12-as33 of set mixed197 (asbestos in the Jan Ligthartschool, Amersfoort)."""
from lib import Doc

W = "Microsoft® Word voor Microsoft 365"
OUT = "Microsoft Outlook 16.0"


def iban(bank, acct):
    s = f"{bank}{acct}NL00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"NL{98 - int(num) % 97:02d}{bank}{acct}"


def fmt(i):
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


IB1 = fmt(iban("INGB", "0006812344"))
IB2 = fmt(iban("RABO", "0317450921"))
DOCS = []

DOCS.append(Doc("as12_mail_klacht_ouder", f"""Van: [[Sjoerd Bijlsma]] <[[sjoerd.bijlsma@kpnmail.nl]]>
Verzonden: woensdag 15 oktober 2025 22:41
Aan: {{{{info@janligthart-amersfoort.nl}}}}
CC: {{{{raadsgriffie@amersfoort.nl}}}}
Onderwerp: klacht communicatie asbest

Geachte directie,

Op de informatieavond werd gezegd dat er 'geen enkel risico' was. Maar mijn dochter [[Noor]] (groep 7) zegt dat de kinderen in september wel door de gang bij lokaal 1.04 liepen toen de bouwvakkers daar al bezig waren. Waarom is het werk niet eerder stilgelegd? Ik wil ook weten waarom het rapport uit 2023 niet compleet was. Mijn vrouw, [[Esther Bijlsma-Kok]], en ik overwegen een klacht bij de {{Landelijke Klachtencommissie Onderwijs}}.

U kunt mij bellen op [[06-22 91 73 05]] of [[0346-28 11 94]] (thuis, [[Maarssen]]).

[[S. Bijlsma]]

Van: [[Oudshoorn, Hanneke]] <[[h.oudshoorn@eemvallei.nl]]>
Verzonden: donderdag 16 oktober 2025 08:15
Aan: [[Sjoerd Bijlsma]]
CC: [[Lammers, Pieter]]
Onderwerp: RE: klacht communicatie asbest

Beste meneer [[Bijlsma]],

Dank voor uw bericht. Ik begrijp uw zorg. De sloopwerkzaamheden in lokaal 1.04 zijn pas op 6 oktober begonnen; daarvoor is alleen geschilderd in de gang. Ik nodig u graag uit voor een gesprek met mij en onze bestuurder, de heer [[Lammers]]. Het rapport van {{AIMN}} ligt op school ter inzage; de gemeente publiceert het ook via {{Woo-platform Amersfoort}}.

Met vriendelijke groet,
[[Hanneke Oudshoorn]]
""", font="Helvetica", size=10, meta={"Producer": "Microsoft® Outlook for Microsoft 365", "Creator": OUT}))

DOCS.append(Doc("as13_teams_projectteam", """# Teams-chat: Projectteam Renovatie Jan Ligthartschool (export)
Kanaal: {{OHV-2025-Ligthart}} | geëxporteerd 30-01-2026

[06-10-2025 14:31] [[Marloes Verhagen-Bos]]: Jongens, asbest bij de Ligthart. Lokaal 1.04. Wie kan morgen?
[06-10-2025 14:33] [[Ruben van 't Hek]]: ik ga wel, 8 uur
[06-10-2025 14:35] [[Gökay Demirtaş]]: ik maak een Q&A voor ouders. Moet de wethouder een quote?
[06-10-2025 14:36] [[Marloes Verhagen-Bos]]: ja, {{Fenna Oosterbeek}} wil graag meelezen. [[Gökay]] stem even af met haar secretaresse [[Wendy]]
[06-10-2025 14:40] [[Ilse Nijenhuis]]: ik regel paviljoen. [[Rubs]] kun je de sleutels van het {{Mondriaanpaviljoen}} checken?
[06-10-2025 14:41] [[Ruben van 't Hek]]: 👍
[07-10-2025 09:12] [[Ruben van 't Hek]]: Ben er geweest met [[Maarten]] van AIMN. Ziet er niet goed uit: ook in de kruipruimte leidingisolatie. Type A uit 2023 heeft kruipruimte overgeslagen 🙄
[07-10-2025 09:15] [[Marloes Verhagen-Bos]]: Oei. Wie heeft dat rapport destijds goedgekeurd?
[07-10-2025 09:16] [[Ruben van 't Hek]]: dat was [[Frank]] nog, voor hij met pensioen ging
[07-10-2025 09:20] [[Ilse Nijenhuis]]: laten we dat niet in de mail zetten haha
[07-10-2025 10:02] [[Gökay Demirtaş]]: concept ouderbrief staat in Teams > Bestanden. [[Hanneke]] wil vandaag versturen.
[07-10-2025 10:05] [[Marloes Verhagen-Bos]]: [[Gökay]], zet er het GGD-nummer in ({{0800 8051}})
===
[13-10-2025 16:20] [[Ilse Nijenhuis]]: Vervoer geregeld met {{Taxi Centrale Eemland}}. 97 kinderen.
[13-10-2025 16:24] [[Marloes Verhagen-Bos]]: Top. Let op: er is een melding van een medewerker van Van Essen, blootstelling. [[Linda Hoekstra]] van Van Essen belt mij morgen.
[13-10-2025 16:25] [[Gökay Demirtaş]]: hoeven we daar iets mee richting pers?
[13-10-2025 16:30] [[Marloes Verhagen-Bos]]: Nee, medisch, ligt bij werkgever. Niet delen.
[20-10-2025 11:02] [[Ruben van 't Hek]]: raadsvragen binnen van {{GroenLinks-PvdA}} en {{VVD}}. Ik lever input aan [[Ilse]]
[20-10-2025 11:05] [[Ilse Nijenhuis]]: thx [[Rubs]]. Deadline bij griffie is 7 november.
[20-10-2025 11:09] [[Gökay Demirtaş]]: [[Ilsje]] ik stuur je de Q&A, check jij met [[Annelies]] van JZ of we de namen uit de raadsbrief laten?
[20-10-2025 11:12] [[Annelies Kroeze]]: Namen van medewerkers eruit, wethouder mag erin. Bel me anders: [[033 469 41 87]]
[21-10-2025 08:40] [[Ruben van 't Hek]]: Trouwens: [[Frank Meijerink]] belde, hij wil weten waarom zijn naam in de krant stond?? Niet van ons toch?
""", font="DejaVu", size=9.5, meta={"Producer": "Microsoft Teams export / Skia/PDF m120", "Creator": "Microsoft Teams"}))

DOCS.append(Doc("as14_whatsapp_bouwplaats", """WhatsApp-chat met Bouwplaats Ligthart
[[Henk Scholten]], [[Kees Brouwer]], [[Hanneke Oudshoorn]]

06-10-25 07:58 - [[Kees Brouwer]]: Morgen [[Henk]], wij beginnen vandaag in 1.04 met tapijt eruit
06-10-25 08:01 - [[Henk Scholten]]: Goedemorgen, deur staat open. Sleutel ligt bij de administratie
06-10-25 10:47 - [[Kees Brouwer]]: [[Henk]] we stoppen. Zwarte lijm onder de tegels. Niemand de gang in
06-10-25 10:49 - [[Henk Scholten]]: ok ik zet lint. [[Hanneke]] weet het al
06-10-25 10:52 - [[Hanneke Oudshoorn]]: Dank jullie. [[Kees]], kun je bellen? [[06-28 19 40 73]]
06-10-25 11:30 - [[Kees Brouwer]]: Mijn jongen [[Dariusz]] heeft wel tegels losgewrikt zonder mondkap. Ik meld het bij [[Linda]]
06-10-25 11:31 - [[Henk Scholten]]: 😟 sterkte
07-10-25 08:03 - [[Kees Brouwer]]: [[Henkie]] staat de hekken voor 8 uur klaar? AIMN komt
07-10-25 08:04 - [[Henk Scholten]]: jazeker
10-11-25 07:15 - [[Kees Brouwer]]: Hollander begint vandaag met unit. Parkeerplaats aan de {{Noordewierweg}} graag vrij
10-11-25 07:20 - [[Henk Scholten]]: geregeld. Groetjes van [[Marijke]] van de admin
""", font="Helvetica", size=10, meta={"Producer": "Android PDF Print", "Creator": "WhatsApp"}))

DOCS.append(Doc("as15_incidentrapport", f"""# Incidentrapportage - mogelijke blootstelling aan asbest
{{{{Bouwbedrijf Van Essen}}}} B.V. | KAM-afdeling | Rapportnummer {{{{VE-INC-2025-031}}}}
VERTROUWELIJK - bevat medische gegevens

| Gegeven | Invulling |
| Naam medewerker | [[Dariusz Wójcik]] |
| Geboortedatum | [[14-03-1987]] |
| BSN | [[274183654]] |
| Personeelsnummer | [[VE-20733]] |
| Functie | timmerman / sloper |
| Woonadres | [[Vogelweide 7]], [[3823 JK]] {{{{Amersfoort}}}} |
| Leidinggevende | [[K. Brouwer]], uitvoerder |
| Rapporteur | [[L. Hoekstra]], KAM-coördinator |

# 1. Toedracht
Op maandag 6 oktober 2025 tussen 09.30 en 10.45 uur heeft de heer [[Wójcik]] in lokaal 1.04 van de {{{{Jan Ligthartschool}}}} ({{{{Noordewierweg 85}}}}, {{{{Amersfoort}}}}) vinyltegels met een breekijzer losgemaakt. Hij droeg geen adembescherming. Achteraf bleek in de tegels en de lijm {{{{chrysotiel}}}} aanwezig ({{{{AI-2026-0418}}}}, bron 1 en 2). De tegels zijn deels gebroken. De uitvoerder heeft het werk om 10.47 uur stilgelegd.

# 2. Oorzaak
Het werk is gestart op basis van het type A-rapport uit 2023, waarin de vloer als asbestvrij stond. Er was geen V&G-plan voor asbest. Volgens het {{{{Arbobesluit}}}} (artikel 4.54d) had bij twijfel eerst onderzoek moeten plaatsvinden.

===
# 3. Medische opvolging
De heer [[Wójcik]] meldde op 7 oktober [[HEALTH|benauwdheidsklachten]] en hoesten. Hij is bekend met [[HEALTH|licht astma]] en rookt. Op advies van de bedrijfsarts, [[dr. R. Agterberg]] ({{{{ArboNed}}}}), is op 9 oktober een [[HEALTH|longfunctieonderzoek]] gedaan: [[HEALTH|FEV1 82% van voorspeld]]. De bedrijfsarts heeft geadviseerd de blootstelling te registreren in het persoonlijk blootstellingsdossier en na 12 maanden een controle te doen. De heer [[Wójcik]] is van 7 tot en met 17 oktober [[HEALTH|arbeidsongeschikt]] geweest.

# 4. Maatregelen
- Melding bij de {{{{Nederlandse Arbeidsinspectie}}}} gedaan op 8 oktober 2025 (meldnummer {{{{NLA-25-118840}}}}).
- Toolbox asbestherkenning voor alle medewerkers ({{{{DTA}}}}-instructie) op 20 oktober.
- Alle renovaties van voor 1994 krijgen voortaan een type B-onderzoek vooraf.

Contact partner: [[Agnieszka Wójcik]] (echtgenote), [[+48 601 228 914]]

Voor akkoord: [[Linda Hoekstra]], KAM-coördinator, [[l.hoekstra@vanessenbouw.nl]], [[06-4812 5573]]
""", font="Helvetica", size=9.5, meta={"Producer": "Microsoft® Word 2019", "Creator": "Microsoft® Word 2019", "Author": "Linda Hoekstra"}))

DOCS.append(Doc("as16_formulier_blootstelling", """# Meldingsformulier blootstelling gevaarlijke stoffen
{{Bouwbedrijf Van Essen}} B.V. - formulier {{KAM-F12}} versie 2024

Dit formulier wordt digitaal ingevuld door de leidinggevende en binnen 24 uur verstuurd aan de KAM-coördinator. De ingevulde velden zijn opgeslagen in het PDF-formulier.
Stof: {{asbest}} (chrysotiel) | Project: {{Jan Ligthartschool}} | Datum incident: 06-10-2025
Zie rapport {{VE-INC-2025-031}}.
""", font="Helvetica", size=10, meta={"Producer": "ReportLab PDF Library / Adobe Acrobat Pro DC 23", "Creator": "Adobe Acrobat Pro DC"},
    form=[("Naam medewerker", "naam", "Dariusz Wojcik"), ("Geboortedatum", "gebdat", "14-03-1987"),
          ("Telefoon medewerker", "tel", "06 1735 2290"), ("Klachten", "klacht", "kortademig, hoest"),
          ("Ingevuld door", "door", "Kees Brouwer"), ("E-mail invuller", "mail", "k.brouwer@vanessenbouw.nl")],
    hidden=[("annotations", "PERSON", "Dariusz Wojcik"), ("annotations", "DATE_OF_BIRTH", "14-03-1987"),
            ("annotations", "PHONE", "06 1735 2290"), ("annotations", "HEALTH", "kortademig, hoest"),
            ("annotations", "PERSON", "Kees Brouwer"), ("annotations", "EMAIL", "k.brouwer@vanessenbouw.nl")]))

DOCS.append(Doc("as17_verslag_bouwvergadering", """Verslag bouwvergadering nr. 7 - renovatie Jan Ligthartschool
Project {{OHV-2025-Ligthart}} | datum 16 oktober 2025 | locatie bouwkeet {{Noordewierweg}}

| Aanwezig | Organisatie | Code |
| [[Marloes Verhagen-Bos]] | Gemeente Amersfoort, Onderwijshuisvesting | [[MVB]] |
| [[Ruben van 't Hek]] | Gemeente Amersfoort, Vastgoed | [[RvtH]] |
| [[Hanneke Oudshoorn]] | Jan Ligthartschool | [[HO]] |
| [[Saskia Mulder-de Wit]] | Stichting Eemvallei Onderwijs | [[SMdW]] |
| [[Kees Brouwer]] | Bouwbedrijf Van Essen | [[KB]] |
| [[Tjeerd Hollander]] | Hollander Asbestsanering | [[TH]] |
| [[Maarten Kooijman]] | AIMN | [[MK]] |
Afwezig: [[Linda Hoekstra]] (Van Essen)

1. Opening en verslag vorige keer
Het verslag van nr. 6 wordt vastgesteld. [[Kees]] meldt dat de planning vier weken uitloopt door de sloopmelding.

2. Asbest
[[MK]] licht het rapport {{AI-2026-0418}} toe: vier bronnen, {{risicoklasse 2}}. [[Tjeerd]] stelt voor de lokalen 1.01-1.08 in één containment te saneren, met onderdruk en een decontaminatie-unit. De gymzaal volgt in de kerstvakantie. {{Hollander Asbestsanering}} is {{SC-530}} gecertificeerd; de DTA op het werk is [[Mehmet Yıldız]].

3. Kosten
De meerkosten worden geraamd op EUR 186.000 voor sanering en EUR 42.500 voor vertraging. [[RvtH]] meldt dat de gemeente op grond van het {{IHP}} de saneringskosten draagt; over de vertragingskosten moet nog gesproken worden.
===
4. Communicatie
[[HO]] vraagt om bij elke fase vooraf een brief aan ouders. Afgesproken wordt dat de gemeente ({{Team Communicatie}}) de teksten levert.

5. Actielijst
| Nr. | Actie | Wie | Wanneer |
| 7.1 | saneringsplan indienen | [[TH]] | 24-10 |
| 7.2 | planning herzien | [[KB]] | 24-10 |
| 7.3 | brief ouders fase 2 | [[HO]] / [[MVB]] | 31-10 |
| 7.4 | kostenverdeling uitzoeken | [[RvtH]] / [[SMdW]] | 7-11 |
| 7.5 | vrijgavemeting inplannen | [[MK]] | 14-11 |

Volgende vergadering: 30 oktober 2025, 9.00 uur. Verslag: [[Saskia Mulder-de Wit]].
""", engine="docx", size=10, meta={"Producer": "LibreOffice 7.6", "Creator": "Writer", "Author": "Saskia Mulder-de Wit"}))

DOCS.append(Doc("as18_verslag_projectteam", """# Verslag projectteam asbest Jan Ligthartschool - 23 oktober 2025
Aanwezig: [[M.V.B.]] (voorzitter), [[R.v.t.H.]], [[I.N.]], [[G.D.]], [[A.K.]] (juridisch, punt 4)

1. Stand sanering: sloopmelding {{OLO-7734120}} is geaccepteerd door {{ODRU}}. Start 10 november.
2. Raadsvragen: [[I.N.]] maakt concept-antwoorden, input van [[R.v.t.H.]] over het rapport 2023. Wethouder {{Fenna Oosterbeek}} wil de antwoorden op 4 november in het college.
3. Pers: {{De Stad Amersfoort}} en {{RTV Utrecht}} hebben vragen gesteld. [[G.D.]] stelt een persbericht op. Woordvoering door de wethouder.
4. Woo-verzoek van een ouder (nog niet binnen, aangekondigd op de informatieavond): [[A.K.]] adviseert alle stukken nu al in één dossier te bewaren in {{Corsa}}.
5. Incident medewerker aannemer: geen rol voor de gemeente; gegevens niet opnemen in gemeentelijke stukken.

| Actie | Wie | Paraaf |
| concept raadsantwoorden | [[I.N.]] | [[IN]] |
| persbericht | [[G.D.]] | [[GD]] |
| dossier Corsa | [[A.K.]] | [[AK]] |
""", font="Times", size=10.5, meta={"Producer": "Microsoft® Word voor Microsoft 365", "Creator": W, "Author": "Ilse Nijenhuis"},
    hidden=[("metadata", "PERSON", "Ilse Nijenhuis")]))

DOCS.append(Doc("as19_raadsvragen", """# Schriftelijke vragen ex artikel 41 Reglement van Orde
Gemeenteraad {{Amersfoort}} | ingekomen 20 oktober 2025 | nr. {{RV-2025-088}}

Onderwerp: asbest in de {{Jan Ligthartschool}}

Vragen van raadslid {{Priya Ramdin}} ({{GroenLinks-PvdA}}) en raadslid {{Joost van Wieringen}} ({{VVD}}) aan het college:

1. Wanneer was het college op de hoogte van de asbestvondst in de {{Jan Ligthartschool}}?
2. Klopt het dat het asbestinventarisatierapport uit 2023 de kruipruimte niet heeft onderzocht? Wie heeft daartoe besloten?
3. Is het college bereid alle scholen die vallen onder het {{Integraal Huisvestingsplan}} en gebouwd zijn voor 1994 opnieuw te laten onderzoeken?
4. Wie draagt de kosten van de sanering en van de tijdelijke huisvesting in het {{Mondriaanpaviljoen}}?
5. Is er een medewerker van de aannemer blootgesteld aan asbest? Zo ja, wat heeft het college gedaan?
6. Hoe zijn ouders geïnformeerd, en was wethouder {{Fenna Oosterbeek}} bij de informatieavond?

Raadslid {{Priya Ramdin}}, GroenLinks-PvdA
Raadslid {{Joost van Wieringen}}, VVD
Contact via de griffie: {{raadsgriffie@amersfoort.nl}}
""", font="Helvetica", size=10.5, meta={"Producer": "iBabs PDF export", "Creator": "iBabs", "Author": "Griffie Amersfoort"}))

DOCS.append(Doc("as20_antwoord_college", """Gemeente Amersfoort
Aan de gemeenteraad van Amersfoort
Datum: 4 november 2025 | Kenmerk: {{RV-2025-088}} | Portefeuillehouder: wethouder {{Fenna Oosterbeek}}
Behandelend ambtenaar: [[I. Nijenhuis]], [[ilse.nijenhuis@amersfoort.nl]]

Onderwerp: antwoorden op schriftelijke vragen over asbest in de Jan Ligthartschool

# Vraag 1
Het schoolbestuur meldde de vondst op 6 oktober 2025 om 14.12 uur per e-mail bij de projectleider onderwijshuisvesting. De wethouder is dezelfde middag geïnformeerd; het college op 7 oktober.

# Vraag 2
Ja. Het type A-rapport {{AI-2023-0112}} vermeldt dat de kruipruimte niet toegankelijk was. Volgens de {{SC-540}} moet een niet-onderzochte ruimte als 'asbestverdacht' worden beschouwd. Dit is destijds onvoldoende opgepakt. Het college betreurt dat.

# Vraag 3
Ja. Het college laat de zeventien schoolgebouwen van voor 1994 uit het {{Integraal Huisvestingsplan}} aanvullend onderzoeken. De kosten (ca. EUR 140.000) worden gedekt uit de reserve {{Onderwijshuisvesting}}.

# Vraag 4
De gemeente draagt de saneringskosten (EUR 186.000) en de kosten van het {{Mondriaanpaviljoen}}. Over de vertragingskosten van de aannemer wordt overlegd met {{Stichting Eemvallei Onderwijs}}.
===
# Vraag 5
Het college heeft vernomen dat een medewerker van de aannemer een melding heeft gedaan. De aannemer heeft dit gemeld bij de {{Nederlandse Arbeidsinspectie}}. Medische gegevens van deze medewerker zijn bij de werkgever bekend en niet bij de gemeente; het college doet hierover geen verdere mededelingen.

# Vraag 6
Ouders ontvingen op 8 oktober een eerste brief. Op 14 oktober was er een informatieavond in de {{Annie M.G. Schmidtzaal}} met de directeur, wethouder {{Fenna Oosterbeek}}, een arts van de {{GGD regio Utrecht}} en de inventariseerder. Daarna volgden nieuwsbrieven.

Burgemeester en wethouders van Amersfoort,
de secretaris, {{drs. W.G. Kampschuur}} | de burgemeester, {{Lucas Heemskerk}}
""", font="DejaVuSerif", size=10, meta={"Producer": "Aspose.Words for .NET 23.1", "Creator": "Djuma", "Author": "Gemeente Amersfoort"}))

DOCS.append(Doc("as21_beslisnota", """# Beslisnota college van B&W
Aan: college van burgemeester en wethouders
Van: Team Onderwijshuisvesting
Portefeuillehouder: wethouder {{Fenna Oosterbeek}}
Datum: 28 oktober 2025 | Kenmerk: {{BN-2025-1412}} | Zaak: {{Z/25/104477}}
Contactpersoon: [[Marloes Verhagen-Bos]], [[06-41 27 83 90]]
Kopie aan: [[R. van 't Hek]] (Vastgoed), [[mr. A. Kroeze]] (Juridische Zaken)

Onderwerp: krediet asbestsanering Jan Ligthartschool en aanvullend onderzoek scholen

# Aanleiding
Bij de renovatie van de {{Jan Ligthartschool}} is op 6 oktober 2025 asbest aangetroffen dat niet in de inventarisatie van 2023 stond.

# Geadviseerd besluit
Aan het college wordt gevraagd:
1. een aanvullend krediet van EUR 228.500 beschikbaar te stellen voor sanering en vertraging;
2. opdracht te geven voor een type B-onderzoek in zeventien scholen van voor 1994;
3. de raad te informeren met bijgaande raadsinformatiebrief.

# Kern
De gemeente is op grond van de {{Verordening voorzieningen huisvesting onderwijs Amersfoort 2015}} verantwoordelijk voor onvoorziene constructieve kosten. Asbestsanering valt daaronder. De vertragingskosten (EUR 42.500) worden gedeeld met {{Stichting Eemvallei Onderwijs}}.

# Krachtenveld
Ouders zijn ongerust; één ouder heeft een Woo-verzoek aangekondigd. De schooldirecteur en de bestuurder willen snelle sanering. De fracties van {{GroenLinks-PvdA}} en {{VVD}} hebben raadsvragen gesteld.
===
Met dank aan [[Jan-Cees]] en [[Sevda]] voor de financiële check.
# Paraaf
| Naam | Functie | Paraaf | Datum |
| [[M. Verhagen-Bos]] | projectleider | [[MVB]] | 28-10 |
| [[J.C. Ouwehand]] | teammanager Onderwijshuisvesting | [[JCO]] | 29-10 |
| [[drs. S. El Idrissi]] | concerncontroller | [[SEI]] | 29-10 |

# Informatie die niet openbaar gemaakt kan worden
Nvt.
# Motivering
In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd.
""", font="Helvetica", size=10, meta={"Producer": "Microsoft® Word voor Microsoft 365", "Creator": W, "Author": "Verhagen-Bos, M."},
    notes=[("Ouwehand, Jan-Cees", "Dekking graag nog even checken met Rutger Blom van Financiën."),
           ("Rutger Blom", "Dekking uit reserve OHV is akkoord. r.blom@amersfoort.nl")],
    hidden=[("annotations", "PERSON", "Ouwehand, Jan-Cees"), ("annotations", "PERSON", "Rutger Blom"),
            ("annotations", "EMAIL", "r.blom@amersfoort.nl")]))

DOCS.append(Doc("as22_collegebesluit", """Gemeente Amersfoort
# Besluit van het college van burgemeester en wethouders
Vergadering van 4 november 2025 | Besluitnummer {{B-2025-3391}}

Het college van burgemeester en wethouders van Amersfoort;
gelet op artikel 160 van de {{Gemeentewet}} en de {{Verordening voorzieningen huisvesting onderwijs Amersfoort 2015}};
gezien de beslisnota {{BN-2025-1412}};

besluit:
1. een aanvullend krediet van EUR 228.500 beschikbaar te stellen voor de asbestsanering van de {{Jan Ligthartschool}}, {{Noordewierweg 85}};
2. opdracht te geven voor aanvullend asbestonderzoek (type B) in zeventien schoolgebouwen;
3. de antwoorden op de schriftelijke vragen {{RV-2025-088}} vast te stellen;
4. de raad te informeren met een raadsinformatiebrief.

Aldus besloten in de vergadering van 4 november 2025.
de secretaris, {{drs. W.G. Kampschuur}}
de burgemeester, {{Lucas Heemskerk}}

Voor eensluidend afschrift: [[B. Çelik-Vermeulen]], bestuurssecretariaat, [[b.celik-vermeulen@amersfoort.nl]]
Verwerkt in Djuma door [[Bülent Çelik-Vermeulen]] ([[BCV]]), doorkiesnummer [[033 - 469 40 12]].
""", engine="docx", size=11, meta={"Producer": "LibreOffice 7.6", "Creator": "Writer", "Author": "Marieke Lodewijks"},
    hidden=[("metadata", "PERSON", "Marieke Lodewijks")]))

DOCS.append(Doc("as23_factuur_luchtmeting", f"""# FACTUUR
[[TRADENAME|Jorritsma Luchtmetingen]]
eenmanszaak van [[Sietse Jorritsma]]
[[Vlietweg 19]], [[3891 DL]] {{{{Zeewolde}}}}
KvK [[81234567]] | btw [[NL003389021B61]]
IBAN [[{IB1}]]
[[sietse@jorritsma-luchtmetingen.nl]] | [[06-53 08 17 42]]

Aan: {{{{Gemeente Amersfoort}}}}, {{{{crediteurenadministratie@amersfoort.nl}}}}
t.a.v. [[M. Verhagen-Bos]], Onderwijshuisvesting
Factuurnummer: {{{{2025-117}}}} | Datum: 21 november 2025 | Inkoopordernummer: {{{{IO-4500871229}}}}

| Omschrijving | Aantal | Prijs | Totaal |
| Luchtmeting tijdens sanering ({{{{NEN 2990}}}}), Jan Ligthartschool | 3 | 485,00 | 1.455,00 |
| Rapportage en verzending | 1 | 120,00 | 120,00 |
| Subtotaal | | | 1.575,00 |
| btw 21% | | | 330,75 |
| Totaal | | | 1.905,75 |

Betaling binnen 30 dagen onder vermelding van het factuurnummer.
""", font="DejaVu", size=10, meta={"Producer": "Moneybird / Prawn", "Creator": "Moneybird", "Author": "Sietse Jorritsma"}))

DOCS.append(Doc("as24_factuur_verhuizing", f"""[[TRADENAME|VERHUISSERVICE DE BRUYN]]
[[Wim de Bruyn]] - [[Ringweg 4a]] - [[3832 AM]] {{{{Leusden}}}}
Tel. [[0031 33 494 12 68]] - KvK [[62981144]] - IBAN [[{IB2}]]

# Factuur {{{{DB-25-0412}}}}
Datum: 14 oktober 2025
Klant: {{{{Stichting Eemvallei Onderwijs}}}}, {{{{Jan Ligthartschool}}}}, t.a.v. de directie

| Werkzaamheden | Uren | Bedrag |
| Verhuizen meubilair groep 4-8 naar {{{{Mondriaanpaviljoen}}}} (2 man) | 14 | 910,00 |
| Huur bus + materiaal | 1 | 175,00 |
| btw 21% | | 227,85 |
| Totaal | | 1.312,85 |

Uitgevoerd door [[Wim]] en [[Joey de Bruyn]] op 11 oktober 2025. Geen meubilair uit de afgesloten vleugel meegenomen.
""", font="Times", size=11, meta={"Producer": "Microsoft Excel 2016", "Creator": "Microsoft Excel", "Author": "Wim"}))

DOCS.append(Doc("as25_odru_brief_acceptatie", """Omgevingsdienst regio Utrecht
Archimedeslaan 6, 3584 BA Utrecht

{{Bouwbedrijf Van Essen}} B.V.
t.a.v. de heer [[K. Brouwer]]
Industrieweg 22
3762 EK Soest

Datum: 15 oktober 2025 | Ons kenmerk: {{ODRU/2025/58812}} | Uw melding: {{OLO-7734120}}
Behandeld door: [[B.H.J. Schellekens]] | Telefoon: [[030 - 2345 817]]

Onderwerp: acceptatie sloopmelding asbest Jan Ligthartschool

Geachte heer [[Brouwer]],

Uw sloopmelding voor het verwijderen van asbesthoudende materialen uit de {{Jan Ligthartschool}}, {{Noordewierweg 85}} te {{Amersfoort}}, voldoet aan artikel 7.18 van het {{Besluit bouwwerken leefomgeving}}. Het {{asbestinventarisatierapport}} {{AI-2026-0418}} is beoordeeld. Op uw verzoek stemmen wij in met het starten van de werkzaamheden op 10 november 2025.

Wij wijzen u op uw plicht om de vrijgave te laten uitvoeren door een {{RvA}}-geaccrediteerd laboratorium en de resultaten te uploaden in het {{Landelijk Asbestvolgsysteem}} ({{LAVS}}).

Hoogachtend,
namens het college van burgemeester en wethouders van Amersfoort,
[[ing. J.W.M. (Jan-Willem) Teunissen]]
teamleider Toezicht Bouw en Asbest
""", font="Helvetica", size=10, meta={"Producer": "Xerox DocuShare / iText 5.5.13", "Creator": "Squit XO", "Author": "ODRU"}))

DOCS.append(Doc("as26_concept_ouderbrief_review", """# CONCEPT - Brief aan ouders fase 2 (versie 0.3)
Beste ouders en verzorgers,

Op maandag 10 november begint {{Hollander Asbestsanering}} met het verwijderen van het asbest uit de lokalen 1.01 tot en met 1.08. De vleugel is volledig afgesloten met een bouwhek en een containment met onderdruk. Tijdens de werkzaamheden meet een onafhankelijk bureau de lucht rond de werkplek.

De kinderen blijven les krijgen in het {{Mondriaanpaviljoen}}. Na afloop volgt een vrijgavemeting door {{Laboratorium Vezeltest BV}}. Pas als die goed is, gaat de vleugel weer open.

Meer informatie: {{www.amersfoort.nl/asbest-ligthart}}
""", font="Helvetica", size=10.5, meta={"Producer": "Adobe Acrobat Pro (64-bit) 24.1", "Creator": "Word", "Author": "Team Communicatie"},
    notes=[("Demirtaş, Gökay", "Marloes: kun je checken of de datum klopt? Bel me anders op 06 1873 4456"),
           ("Verhagen-Bos, Marloes", "datum klopt. Graag ook de naam van Tjeerd Hollander eruit, alleen bedrijfsnaam."),
           ("Oudshoorn, Hanneke", "Akkoord namens school. Hanneke")],
    hidden=[("annotations", "PERSON", "Demirtaş, Gökay"), ("annotations", "PHONE", "06 1873 4456"),
            ("annotations", "PERSON", "Verhagen-Bos, Marloes"), ("annotations", "PERSON", "Tjeerd Hollander"),
            ("annotations", "PERSON", "Oudshoorn, Hanneke"), ("annotations", "PERSON", "Marloes")]))

DOCS.append(Doc("as27_vrijgaverapport", """# Rapport eindbeoordeling (vrijgavemeting) asbestverwijdering
{{Laboratorium Vezeltest BV}} | RvA {{L 412}} | rapport {{VT-VR-25-2291}}
Object: {{Jan Ligthartschool}}, lokalen 1.01-1.08, {{Noordewierweg 85}}, {{Amersfoort}}
Saneerder: {{Hollander Asbestsanering}} ({{SC-530}}) | LAVS-nummer {{LAVS-0933715}}
Datum inspectie: 19 november 2025

| Meting | Locatie | Vezelconcentratie (vezels/m3) | Grens | Oordeel |
| L1 | lokaal 1.04 | < 400 | 2.000 | voldoet |
| L2 | lokaal 1.06 | < 400 | 2.000 | voldoet |
| L3 | gang vleugel 1 | < 400 | 2.000 | voldoet |
| Visueel | alle lokalen | geen resten | - | voldoet |

Conclusie: het werkgebied voldoet aan de eisen van {{NEN 2990}} en wordt vrijgegeven voor hergebruik.

Deskundige inspecteur asbestverwijdering (DIA): [[Nadia Boukhari]], certificaat [[DIA-2017-03318]]
Aanwezig namens saneerder: DTA [[Mehmet Yıldız]] | namens opdrachtgever: [[R. van 't Hek]]
""", font="DejaVu", size=10, meta={"Producer": "Aspose.PDF for Java 23.6", "Creator": "VezelLab Rapportage", "Author": "Vezeltest"},
    xmp_creator="Stijn Vermaat",
    hidden=[("metadata", "PERSON", "Stijn Vermaat")]))

DOCS.append(Doc("as28_scan_presentielijst", """# Presentielijst informatieavond asbest
Jan Ligthartschool, 14 oktober 2025, Annie M.G. Schmidtzaal
Naam / groep kind / handtekening
~ [[Fatima el Amrani]]   groep 5
~ [[Sjoerd Bijlsma]]   groep 7
~ [[Jeroen van Dam]]   groep 3 (MR)
~ [[Kirsten Ooms-Bakker]]   groep 1/2
~ [[Thomas Groeneveld]]   groep 8
~ [[Mirjam Lefèvre]]   groep 6
~ [[Roel Winkelman]]   groep 6
Aanwezig namens school: directie en IB
""", scan={"angle": -0.8}, meta={"Producer": "RICOH IM C3000 PDF", "Creator": "RICOH IM C3000"}))

DOCS.append(Doc("as29_scan_memo_handgeschreven", """# MEMO
Aan: wethouder
Van: team Onderwijshuisvesting
Datum: 3 november 2025
Betreft: vertragingskosten Van Essen
De aannemer claimt EUR 42.500 vertragingskosten.
Advies: 50 procent voor gemeente, 50 procent voor het schoolbestuur.
Gesprek met bestuurder gepland op 12 november.
Opgesteld door [[M. Verhagen-Bos]] tel. [[06-41 27 83 90]]
~ Akkoord, maar eerst met [[Pieter Lammers]] bellen - [[Ilse]]
""", scan={"angle": 0.5}, meta={"Producer": "KONICA MINOLTA bizhub C360i", "Creator": "bizhub"}))

DOCS.append(Doc("as30_bereikbaarheidslijst", """# Bereikbaarheidslijst crisisteam asbest Jan Ligthartschool
Versie 2 - 8 oktober 2025 - alleen voor intern gebruik
Algemeen nummer gemeente: {{14 033}} | GGD Informatielijn: {{0800 8051}} | Functionele mailbox: {{onderwijshuisvesting@amersfoort.nl}}

| Naam | Rol | Organisatie | Telefoon | Personeelsnr. |
| [[Marloes Verhagen-Bos]] | projectleider | Gemeente | [[06-41 27 83 90]] | [[A104471]] |
| [[Ruben van 't Hek]] | vastgoed | Gemeente | [[033 469 52 17]] | [[A098213]] |
| [[Ilse Nijenhuis]] | beleid onderwijs | Gemeente | [[+31 (0)33 469 48 02]] | [[A117702]] |
| [[Gökay Demirtaş]] | communicatie | Gemeente | [[06 1873 4456]] | [[A120035]] |
| [[Hanneke Oudshoorn]] | directeur | Jan Ligthartschool | [[06-28 19 40 73]] | - |
| [[Pieter Lammers]] | bestuurder | Eemvallei | [[06 2044 8819]] | - |
| [[Henk Scholten]] | conciërge | Jan Ligthartschool | [[06-1092 3371]] | - |
| [[Kees Brouwer]] | uitvoerder | Van Essen | [[06 5123 9087]] | - |
| [[dr. Anouk Visser]] | arts M&G | GGD regio Utrecht | [[030-6086 112]] | - |
| [[Bart Schellekens]] | toezicht | ODRU | [[06 1280 4419]] | - |

Woordvoering: uitsluitend wethouder {{Fenna Oosterbeek}} of de woordvoerder van dienst via {{pers@amersfoort.nl}}.
""", font="DejaVu", size=9, meta={"Producer": "Microsoft® Excel® voor Microsoft 365", "Creator": "Microsoft® Excel® voor Microsoft 365", "Author": "Gökay Demirtaş"}))

DOCS.append(Doc("as31_persbericht", """# Persbericht gemeente Amersfoort
4 november 2025

# Extra onderzoek naar asbest in zeventien Amersfoortse scholen

Na de vondst van asbest in de {{Jan Ligthartschool}} laat de gemeente {{Amersfoort}} zeventien schoolgebouwen van voor 1994 opnieuw onderzoeken. Het college stelt daarnaast EUR 228.500 beschikbaar voor de sanering van de school aan de {{Noordewierweg}}.

"Ouders moeten erop kunnen vertrouwen dat hun kinderen in een veilig gebouw les krijgen," zegt wethouder {{Fenna Oosterbeek}} (Onderwijs). "Het rapport uit 2023 was niet volledig. Dat had niet mogen gebeuren."

De sanering door {{Hollander Asbestsanering}} begint op 10 november. De leerlingen van groep 4 tot en met 8 krijgen les in het {{Mondriaanpaviljoen}}. Volgens de {{GGD regio Utrecht}} is er voor leerlingen en leerkrachten geen gezondheidsrisico.

Noot voor de redactie: voor vragen kunt u contact opnemen met de persvoorlichter van de gemeente via {{pers@amersfoort.nl}} of {{14 033}}.
""", font="Times", size=11, meta={"Producer": "Microsoft® Word voor Microsoft 365", "Creator": W, "Author": "Demirtaş, G."},
    xmp_creator="Gökay Demirtaş",
    hidden=[("metadata", "PERSON", "Demirtaş, G."), ("metadata", "PERSON", "Gökay Demirtaş")]))

DOCS.append(Doc("as32_woo_besluit", """Gemeente Amersfoort
De heer [[R.J. Winkelman]]
[[Kersenhof 14]]
[[3815 AB]] Amersfoort

Datum: 23 maart 2026 | Kenmerk: {{WOO-2026-0347}} | Zaak: {{Z/26/118204}}
Behandeld door: [[A. Kroeze]] | [[annelies.kroeze@amersfoort.nl]]

Onderwerp: besluit op uw Woo-verzoek over asbest in de Jan Ligthartschool

Geachte heer [[Winkelman]],

Op 2 februari 2026 heeft u ons gevraagd om documenten over de asbestvondst in de {{Jan Ligthartschool}}. Wij hebben de termijn op 27 februari met twee weken verlengd en derden ({{Stichting Eemvallei Onderwijs}}, {{Bouwbedrijf Van Essen}}, {{Asbestinventarisatie Midden-Nederland BV}}) in de gelegenheid gesteld een zienswijze te geven.

# Besluit
Wij maken de documenten op de inventarislijst (bijlage 1) deels openbaar. Eén document (het incidentrapport van de aannemer) maken wij grotendeels niet openbaar.

# Overwegingen
Wij hebben 33 documenten gevonden. Wij lakken namen, e-mailadressen, telefoonnummers, handtekeningen en paraafcodes van medewerkers van de gemeente, de school, het schoolbestuur en de betrokken bedrijven (artikel 5.1, tweede lid, onder e, Woo, 5.1.2e). Namen van de wethouder, de burgemeester, de gemeentesecretaris en de raadsleden maken wij openbaar, omdat zij in hun publieke functie optreden.
===
Het incidentrapport en het meldingsformulier bevatten medische gegevens van een werknemer van de aannemer. Dit zijn bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, Woo, 5.1.1d); deze maken wij niet openbaar. Het burgerservicenummer lakken wij op grond van 5.1.1e. Ook de gegevens van ouders en kinderen en hun adressen lakken wij (5.1.2e). Bedrijfsnamen van eenmanszaken die de naam van de eigenaar bevatten, lakken wij ook, net als hun KvK-nummer en IBAN.

# Informatie die niet openbaar gemaakt kan worden
Persoonsgegevens (5.1.2e), bijzondere persoonsgegevens (5.1.1d) en het burgerservicenummer (5.1.1e).
# Motivering
In de openbaar gemaakte versie zijn alle persoonsgegevens van ambtenaren en derden geanonimiseerd.

# Bezwaar
Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken bij ons college, Postbus 4000, 3800 EA Amersfoort, of via {{www.amersfoort.nl/bezwaar}}.

Met vriendelijke groet,
burgemeester en wethouders van Amersfoort,
namens dezen,
[[mr. drs. E.F. (Eline) van der Sluijs-Haagsma]]
teamleider Juridische Zaken
""", engine="docx", size=10, meta={"Producer": "LibreOffice 7.6", "Creator": "Writer", "Author": "Kroeze, Annelies"},
    hidden=[]))

DOCS.append(Doc("as33_inventarislijst", """# Bijlage 1 - Inventarislijst Woo-besluit {{WOO-2026-0347}}
| Nr | Document | Datum | Beoordeling | Grond | Opmerking |
| 1 | Woo-verzoek | 02-02-2026 | deels openbaar | 5.1.2e | gegevens verzoeker |
| 2 | Ontvangstbevestiging | 09-02-2026 | deels openbaar | 5.1.2e | |
| 3 | Rapportage RvT {{RvT-2025-11}} | 14-10-2025 | deels openbaar | 5.1.2e | |
| 4 | Asbestinventarisatie {{AI-2026-0418}} | 17-10-2025 | deels openbaar | 5.1.2e | |
| 5 | Analysecertificaat {{VT-25-88213}} | 13-10-2025 | deels openbaar | 5.1.2e | |
| 6 | E-mails eerste vondst | 06-10-2025 | deels openbaar | 5.1.2e | |
| 7 | E-mails tijdelijke huisvesting | 09-10-2025 | deels openbaar | 5.1.2e | |
| 8 | E-mails ODRU sloopmelding | 10-10-2025 | deels openbaar | 5.1.2e | |
| 9 | Brief ouders 1 | 08-10-2025 | deels openbaar | 5.1.2e | |
| 10 | Nieuwsbrief update 3 | 21-11-2025 | deels openbaar | 5.1.2e | |
| 11 | Brief ouder | 15-10-2025 | deels openbaar | 5.1.2e, 5.1.1d | |
| 12 | E-mail klacht ouder | 15-10-2025 | deels openbaar | 5.1.2e | |
| 13 | Teams-chat projectteam | 06-10-2025 | deels openbaar | 5.1.2e | |
| 14 | WhatsApp bouwplaats | 06-10-2025 | deels openbaar | 5.1.2e | |
| 15 | Incidentrapport {{VE-INC-2025-031}} | 10-10-2025 | deels openbaar | 5.1.1d, 5.1.1e, 5.1.2e | |
| 16 | Meldingsformulier {{KAM-F12}} | 06-10-2025 | deels openbaar | 5.1.1d, 5.1.2e | |
| 17 | Verslag bouwvergadering 7 | 16-10-2025 | deels openbaar | 5.1.2e | |
| 18 | Verslag projectteam | 23-10-2025 | deels openbaar | 5.1.2e | |
| 19 | Raadsvragen {{RV-2025-088}} | 20-10-2025 | openbaar | | reeds openbaar |
| 20 | Antwoord college | 04-11-2025 | deels openbaar | 5.1.2e | |
===
| Nr | Document | Datum | Beoordeling | Grond | Opmerking |
| 21 | Beslisnota {{BN-2025-1412}} | 28-10-2025 | deels openbaar | 5.1.2e | |
| 22 | Collegebesluit {{B-2025-3391}} | 04-11-2025 | deels openbaar | 5.1.2e | |
| 23 | Factuur luchtmeting | 21-11-2025 | deels openbaar | 5.1.2e | eenmanszaak |
| 24 | Factuur verhuizing {{DB-25-0412}} | 14-10-2025 | deels openbaar | 5.1.2e | eenmanszaak |
| 25 | Brief ODRU {{ODRU/2025/58812}} | 15-10-2025 | deels openbaar | 5.1.2e | |
| 26 | Concept ouderbrief met opmerkingen | 30-10-2025 | deels openbaar | 5.1.2e | |
| 27 | Vrijgaverapport {{VT-VR-25-2291}} | 19-11-2025 | deels openbaar | 5.1.2e | |
| 28 | Presentielijst informatieavond | 14-10-2025 | deels openbaar | 5.1.2e | |
| 29 | Memo vertragingskosten | 03-11-2025 | deels openbaar | 5.1.2e | |
| 30 | Bereikbaarheidslijst | 08-10-2025 | deels openbaar | 5.1.2e | |
| 31 | Persbericht | 04-11-2025 | openbaar | | reeds openbaar |
| 32 | Woo-besluit | 23-03-2026 | deels openbaar | 5.1.2e | |
Behandelaar inventarislijst: [[A.K.]] ([[akroeze]]) | Controle: [[EvdSH]]
Zienswijzen ontvangen van: [[mr. T. (Tamara) Wesselink]] namens Van Essen ([[t.wesselink@wesselink-advocatuur.nl]]) en [[Y.M. ter Beek]] namens het schoolbestuur.
""", font="Helvetica", size=8.5, meta={"Producer": "Microsoft® Excel® voor Microsoft 365", "Creator": "Excel", "Author": "Annelies Kroeze"},
    hidden=[("metadata", "PERSON", "Annelies Kroeze")]))
