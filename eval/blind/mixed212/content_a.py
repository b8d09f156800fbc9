"""Set LP, documents lp01-lp17. {{...}} = personal data (redact), [[...]] = public (keep)."""
from lib import Doc

WORD = "Microsoft® Word voor Microsoft 365"
OUTLOOK = "Microsoft Outlook 16.0"

DOCS = [
Doc("lp01_woo_verzoek_journalist", """
{{Merel van 't Hooft}}
{{Kampweg 14}}
{{8302 AB Emmeloord}}

Aan het college van burgemeester en wethouders van de [[gemeente Noordoostpolder]]
t.a.v. de Woo-coördinator
Postbus 155, 8300 AD Emmeloord

Emmeloord, 9 februari 2026

# Betreft: verzoek op grond van de Wet open overheid - aanpak schoolverzuim

Geachte heer, mevrouw,

Als verslaggever van dagblad [[De Noordoostpolder]] werk ik aan een reeks artikelen over de handhaving van de [[Leerplichtwet 1969]] in de regio. Op grond van artikel 4.1 van de [[Wet open overheid]] verzoek ik u om openbaarmaking van alle documenten over de periode 1 januari 2025 tot en met 31 januari 2026 die betrekking hebben op:

1. de werkwijze van het [[Regionaal Bureau Leerplicht Noordoostpolder-Urk]] bij relatief verzuim en thuiszitters;
2. de verwijzingen naar [[Bureau Halt]] wegens spijbelen en de opgemaakte processen-verbaal;
3. de afspraken met scholen, waaronder [[Het Poldercollege]] en het [[Menno Simons College]], en met het [[Sociaal Team Noordoostpolder]];
4. de beantwoording van de raadsvragen over thuiszitters van de fractie van de [[ChristenUnie]].

Persoonsgegevens van leerlingen en ouders hoef ik uiteraard niet te ontvangen. Ik ontvang de stukken bij voorkeur digitaal via {{merel.vanthooft@gmail.com}}. Voor vragen ben ik bereikbaar op {{06-41 27 93 58}}.

P.S. Eerder sprak ik telefonisch met uw medewerker {{mevrouw Lammers}}; zij verwees mij naar dit formele verzoek. Post kan ook naar mijn redactieadres: t.a.v. {{M. van 't Hooft}}, [[De Noordoostpolder]], [[Lange Nering 40]], Emmeloord.

Met vriendelijke groet,

{{Merel van 't Hooft}}
{{M.E. van 't Hooft}}, freelance journalist
""", producer="Microsoft® Word 2019", creator=WORD),

Doc("lp02_ontvangstbevestiging", """
# Ontvangstbevestiging Woo-verzoek

[[Gemeente Noordoostpolder]] | Postbus 155 | 8300 AD Emmeloord
Ons kenmerk: [[WOO-2026-0077]] | Datum: 12 februari 2026

{{Mevrouw M.E. van 't Hooft}}
{{Kampweg 14}}
{{8302 AB Emmeloord}}

Geachte {{mevrouw Van 't Hooft}},

Op 9 februari 2026 hebben wij uw verzoek ontvangen om openbaarmaking van documenten over de aanpak van schoolverzuim door het [[Regionaal Bureau Leerplicht Noordoostpolder-Urk]]. Wij behandelen uw verzoek op grond van de [[Wet open overheid]] onder kenmerk [[WOO-2026-0077]].

Wij beslissen binnen vier weken na ontvangst. Deze termijn kunnen wij met twee weken verdagen als de omvang of de gecompliceerdheid van de informatie dat rechtvaardigt. Omdat in de stukken persoonsgegevens van minderjarige leerlingen voorkomen, vragen wij zo nodig eerst derden om hun zienswijze.

Heeft u vragen, neem dan contact op met de behandelaar, {{mevrouw D. Roelofsen}}, via [[woo@noordoostpolder.nl]] of telefoonnummer [[14 0527]].

Met vriendelijke groet,
namens het college van burgemeester en wethouders,

{{Dirkje Roelofsen}}
Woo-coördinator, team [[Juridische Zaken]]
{{d.roelofsen@noordoostpolder.nl}} | {{0527 633 287}}

Kopie: {{E. Lammers-de Graaf}} (coördinator leerplicht), {{mr. S.A. Haverkamp}} (concernjurist)
""", kind="docx"),

Doc("lp03_verzuimmelding_poldercollege", """
# Melding ongeoorloofd verzuim - [[Verzuimloket DUO]]

Meldingsnummer: [[VZM-2025-118734]] | Datum melding: 03-10-2025
School: [[Het Poldercollege]] | BRIN: [[02TK]]
Soort verzuim: [[relatief verzuim]] (art. 21 [[Leerplichtwet 1969]])

# Gegevens leerling
Naam: | {{Daan Verschuren}}
Geboortedatum: | {{14-06-2010}}
BSN: | {{204513867}}
Adres: | {{Lindenlaan 27, 8303 HG Emmeloord}}
Klas / leerjaar: | 4 havo

# Gegevens ouder/verzorger
Naam: | {{A.M. Verschuren-Dekker}}
Telefoon: | {{0527-612 045}}
E-mail: | {{anja.verschuren@ziggo.nl}}

# Verzuim
Periode: 1 september 2025 - 2 oktober 2025, 21 lesuren ongeoorloofd afwezig en 9 keer te laat.
Toelichting school: {{Daan}} is sinds de herfst vaak op maandag en vrijdag afwezig. De mentor, {{mevrouw I. Kroes}}, heeft op 22 september met moeder gebeld. Moeder geeft aan dat {{Daan}} 's nachts gamet en 's ochtends niet uit bed komt. Ouders zijn op de hoogte van deze melding.

Gemeld door: {{M. Brinkman}}, zorgcoördinator, {{m.brinkman@poldercollege.nl}}, {{0527-630 218}}
Algemeen nummer school: [[0527 630 200]]
""", producer="DUO Verzuimregister - iText 5.5.13.3", creator="DUO Verzuimloket", author="Brinkman, M. (PC-ZORG)"),

Doc("lp04_verzuimmelding_menno_simons", """
# Verzuimmelding - [[Menno Simons College]], locatie [[Marknesse]]

Datum: 14 november 2025 | Kenmerk school: [[MSC-VZ-2025-031]]
Aan: [[Regionaal Bureau Leerplicht Noordoostpolder-Urk]], [[leerplicht@noordoostpolder.nl]]

Leerling: {{Mateusz Wiśniewski}}, geboren {{2 maart 2012}}, klas 2 vmbo-kader
BSN: {{3056.71.924}}
Ouder: {{Agnieszka Wiśniewska}}, {{Schokkerhaven 8, 8316 PE}} [[Marknesse]], tel. {{+48 601 223 874}} / {{06 2817 4409}}

Verzuim: 48 uur ongeoorloofd sinds 6 oktober; sinds 3 november volledig afwezig (dreigende thuiszitter).
Eerdere stappen: gesprek met moeder en tolk op 21 oktober ({{mevrouw H. Dąbrowska}}, tolk Pools), huisbezoek door de mentor op 30 oktober, bespreking in het [[Zorg Advies Team]] op 6 november.

Signalen: {{Mateusz}} geeft aan dat hij gepest wordt in de bus. Moeder werkt in ploegendienst in de kassenteelt bij [[Luttelgeest]] en is 's ochtends niet thuis. Er is een vermoeden van {{een depressieve stemmingsstoornis}}; de jeugdarts van de [[GGD Flevoland]] is ingeschakeld.

Contactpersoon school: {{Gerda Hoekstra}}, verzuimcoördinator, {{g.hoekstra@mennosimons.nl}}, direct {{0527 25 14 63}}
""", kind="ttf", producer="Magister Verzuimexport (PDFsharp 1.50)", creator="Magister", health=["een depressieve stemmingsstoornis"]),

Doc("lp05_uitnodiging_ouders", """
[[Regionaal Bureau Leerplicht Noordoostpolder-Urk]]
Bezoekadres: [[Harm Smeengekade 1]], Emmeloord

{{De ouders/verzorgers van Daan Verschuren}}
{{Lindenlaan 27}}
{{8303 HG Emmeloord}}

Datum: 8 oktober 2025
Kenmerk: [[LP-2025-0412]]
Onderwerp: uitnodiging verzuimgesprek

Geachte {{heer en mevrouw Verschuren}},

[[Het Poldercollege]] heeft bij ons gemeld dat uw zoon {{Daan}} in de periode van 1 september tot en met 2 oktober 2025 21 lesuren zonder geldige reden niet op school is geweest. Op grond van de [[Leerplichtwet 1969]] bent u als ouders verantwoordelijk voor het geregeld schoolbezoek van uw kind.

Ik nodig u en {{Daan}} uit voor een gesprek op donderdag 16 oktober 2025 om 15.30 uur in het gemeentehuis aan de [[Harm Smeengekade 1]]. In dit gesprek wil ik met u bespreken wat de reden van het verzuim is en welke hulp nodig is om het verzuim te stoppen.

Als u niet kunt komen, neem dan vóór 14 oktober contact met mij op. Zonder bericht kan ik een [[proces-verbaal]] laten opmaken.

Met vriendelijke groet,

{{H.J. Schoemaker}}
leerplichtambtenaar
T {{0527 633 412}} | M {{06-53 88 20 17}}
E {{h.schoemaker@noordoostpolder.nl}}

Kopie: {{de heer M. Brinkman}}, zorgcoördinator [[Het Poldercollege]]; {{mevrouw I. Kroes}}, mentor
Dossiernummer school: {{leerlingnummer 2019-04417}}
""", kind="docx"),

Doc("lp06_brief_moeder_scan", """
~ Emmeloord, 13 oktober 2025
~ Aan mevrouw Schoemaker van leerplicht
~ Beste mevrouw {{Schoemaker}},
~ Wij kunnen donderdag niet komen omdat mijn man dan werkt.
~ {{Daan}} gaat sinds deze week weer elke dag naar school.
~ Hij heeft nu een afspraak bij de huisarts voor zijn slaapprobleem.
~ Kunt u mij bellen op {{06-18 34 75 20}} voor een andere datum?
~ Met vriendelijke groet,
~ {{Anja Verschuren}}
~ {{Lindenlaan 27}} Emmeloord
~ P.S. mijn man {{Rob}} is te bereiken op {{06-27 16 44 09}}
""", kind="scan", producer="Canon iR-ADV C5535 PDF", creator="Canon iR-ADV C5535",
    stamp="Ingescand door [[Documentaire Informatievoorziening]] - zaak [[LP-2025-0412]]"),

Doc("lp07_mailwisseling_ouders", """
Van: {{Schoemaker, Hanneke}} <{{h.schoemaker@noordoostpolder.nl}}>
Verzonden: dinsdag 14 oktober 2025 09:12
Aan: {{anja.verschuren@ziggo.nl}}
CC: {{Brinkman, Marco}} <{{m.brinkman@poldercollege.nl}}>
Onderwerp: RE: afspraak verzuimgesprek [[LP-2025-0412]]

Beste {{mevrouw Verschuren}},

Dank voor uw brief. Ik heb u net niet kunnen bereiken. Ik stel voor om het gesprek te verplaatsen naar woensdag 22 oktober om 16.00 uur, dan kan uw man er ook bij zijn. Het is belangrijk dat {{Daan}} zelf ook komt. De zorgcoördinator van [[Het Poldercollege]], de heer {{Brinkman}}, schuift aan.

Hartelijke groet,
{{Hanneke Schoemaker}}
Leerplichtambtenaar | [[Regionaal Bureau Leerplicht Noordoostpolder-Urk]]
Werkdagen: ma, di, do | {{06-53 88 20 17}}

Van: {{Anja Verschuren}} <{{anja.verschuren@ziggo.nl}}>
Verzonden: maandag 13 oktober 2025 20:47
Aan: {{Schoemaker, Hanneke}} <{{h.schoemaker@noordoostpolder.nl}}>
Onderwerp: afspraak verzuimgesprek

Goedenavond,

Ik heb vandaag ook een brief in de brievenbus van het gemeentehuis gedaan. Mijn man {{Rob}} werkt donderdag tot zes uur. {{Daan}} heeft volgende week een afspraak bij {{dokter Meijering}} omdat hij al maanden slecht slaapt. Hij wil niet dat de school dat weet.

Groet, {{Anja}}
Verstuurd vanaf mijn iPhone
\f
Van: {{Brinkman, Marco}} <{{m.brinkman@poldercollege.nl}}>
Verzonden: dinsdag 14 oktober 2025 10:03
Aan: {{Schoemaker, Hanneke}} <{{h.schoemaker@noordoostpolder.nl}}>
CC: {{Kroes, Ilse}} <{{i.kroes@poldercollege.nl}}>; [[zorg@poldercollege.nl]]
Onderwerp: RE: afspraak verzuimgesprek [[LP-2025-0412]]

Hoi {{Hanneke}},

22 oktober om 16.00 uur past. Ik neem het verzuimoverzicht uit [[Magister]] mee. {{Ilse}} kan er niet bij zijn, zij heeft die middag een ouderavond voor de brugklas.

Groet,
{{Marco Brinkman}}
Zorgcoördinator [[Het Poldercollege]] | [[Espelerlaan 83]], Emmeloord
{{0527-630 218}} | {{06 4421 7793}}
""", producer="Microsoft Outlook 16.0 - Print to PDF", creator=OUTLOOK),

Doc("lp08_verslag_verzuimgesprek", """
# Verslag verzuimgesprek [[LP-2025-0412]]

Datum: 22 oktober 2025, 16.00-17.05 uur | Locatie: gemeentehuis [[Harm Smeengekade 1]]
Aanwezig: {{Daan Verschuren}} (leerling), {{A.M. Verschuren-Dekker}} en {{R.J. Verschuren}} (ouders), {{M. Brinkman}} (zorgcoördinator [[Het Poldercollege]]), {{H.J. Schoemaker}} (leerplichtambtenaar, verslag)

# 1. Aanleiding
Melding relatief verzuim via het [[Verzuimloket DUO]] van 3 oktober 2025 ([[VZM-2025-118734]]): 21 lesuren ongeoorloofd afwezig en 9 keer te laat. Dit is het eerste contact met leerplicht over deze leerling.

# 2. Gesprek
{{Daan}} vertelt dat hij moeilijk in slaap komt en daarom tot laat op zijn telefoon zit. Hij voelt zich 's ochtends "gesloopt". Moeder bevestigt dit. De huisarts heeft {{een verwijzing voor een slaaponderzoek}} gegeven (afspraak 29 oktober). Vader geeft aan dat de telefoon voortaan om 22.00 uur beneden blijft. De school biedt aan dat {{Daan}} twee weken lang om 8.15 uur bij de conciërge binnenkomt.

Het gesprek verliep constructief. {{Daan}} zegt zelf dat hij zijn havodiploma wil halen en daarna naar het [[Aeres MBO]] wil.

# 3. Afspraken
- {{Daan}} is vanaf 23 oktober elke dag om 8.15 uur op school; de school meldt elk nieuw verzuim dezelfde dag.
- Ouders nemen contact op met het [[Sociaal Team Noordoostpolder]] als de slaapproblemen aanhouden.
- Evaluatie op 20 november 2025 (telefonisch).
- Bij nieuw ongeoorloofd verzuim volgt een [[Halt-verwijzing]] ([[artikel 21 Leerplichtwet 1969]], jongere van 12 tot 18 jaar).
\f
# 4. Afweging leerplichtambtenaar
Er is sprake van beginnend verzuim met een aanwijsbare oorzaak. Ouders werken mee. Een proces-verbaal is op dit moment niet proportioneel. Ik volg het verzuim met de school en sluit de zaak als er tot de kerstvakantie geen nieuw verzuim is.

# 5. Evaluatie 20 november 2025 (aanvulling)
Telefonisch contact met moeder ({{0527-612 045}}): geen nieuw verzuim, slaaponderzoek afgerond, uitslag {{lichte vertraagde slaapfase}}. School bevestigt per mail van {{de heer Brinkman}}. Zaak gesloten per 19 december 2025.

Opgesteld door {{H.J. Schoemaker}}, leerplichtambtenaar
Gezien: {{E. Lammers-de Graaf}}, coördinator [[Regionaal Bureau Leerplicht Noordoostpolder-Urk]]
""", kind="ttf", producer="Aspose.Words for .NET 23.4.0", creator="Suite4Sociaal Domein", health=["een verwijzing voor een slaaponderzoek", "lichte vertraagde slaapfase"]),

Doc("lp09_mailthread_school_jeugdteam", """
Van: {{Yıldırım, Sevda}} <{{s.yildirim@sociaalteamnop.nl}}>
Verzonden: vrijdag 21 november 2025 14:26
Aan: {{Van der Meulen, Ruud}} <{{r.vandermeulen@noordoostpolder.nl}}>
CC: {{Hoekstra, Gerda}} <{{g.hoekstra@mennosimons.nl}}>; [[zat@mennosimons.nl]]
Onderwerp: RE: thuiszitter [[MSC-VZ-2025-031]] - vervolg

Hoi {{Ruud}},

Ik ben gisteren met de tolk op huisbezoek geweest. Moeder staat open voor hulp. {{Mateusz}} is aangemeld bij [[Accare]] voor een intake (wachttijd ca. 6 weken). Tot die tijd stel ik voor een [[maatwerktraject]] met 2 ochtenden per week op school, begeleid door de [[schoolmaatschappelijk werker]]. Een [[Halt-verwijzing]] of proces-verbaal lijkt mij nu contraproductief.

Groet,
{{Sevda Yıldırım}}
Jeugdconsulent [[Sociaal Team Noordoostpolder]]
{{06-29 51 04 86}} (niet op woensdag)

Van: {{Van der Meulen, Ruud}} <{{r.vandermeulen@noordoostpolder.nl}}>
Verzonden: donderdag 20 november 2025 08:51
Aan: {{Yıldırım, Sevda}} <{{s.yildirim@sociaalteamnop.nl}}>
CC: {{Hoekstra, Gerda}} <{{g.hoekstra@mennosimons.nl}}>
Onderwerp: thuiszitter [[MSC-VZ-2025-031]] - vervolg

Beste {{Sevda}},

Het [[Menno Simons College]] meldt dat {{Mateusz W.}} nu twee weken volledig thuis is. Ik moet binnen de termijn van het [[Verzuimprotocol Flevoland]] een besluit nemen over een vervolgstap. Kun jij aangeven of er zorg in gang is gezet? Ik overweeg een melding bij de [[Raad voor de Kinderbescherming]] als er geen hulp van de grond komt.

Met vriendelijke groet,
{{Ruud van der Meulen}}
Leerplichtambtenaar / consulent [[RMC]]
[[Regionaal Bureau Leerplicht Noordoostpolder-Urk]] | [[Harm Smeengekade 1]] | Emmeloord
T {{+31 (0)527 633 419}}
\f
Van: {{Hoekstra, Gerda}} <{{g.hoekstra@mennosimons.nl}}>
Verzonden: vrijdag 21 november 2025 16:02
Aan: {{Yıldırım, Sevda}}; {{Van der Meulen, Ruud}}
Onderwerp: RE: thuiszitter [[MSC-VZ-2025-031]] - vervolg

Dag allebei,

Akkoord met het [[maatwerktraject]]. Onze schoolmaatschappelijk werker {{Jeroen Pranger}} start maandag 1 december. Ik zet het rooster in [[Magister]] en registreer het verzuim als geoorloofd voor de uren buiten het traject. Voor de [[Inspectie van het Onderwijs]] leggen we de afwijking vast in het [[ontwikkelingsperspectief]] (OPP).

Met groet,
{{Gerda Hoekstra}}
Verzuimcoördinator [[Menno Simons College]], locatie [[Marknesse]]
Algemeen: [[0527 201 300]]
""", kind="ttf", producer="Microsoft Outlook 16.0 (Save as PDF)", creator=OUTLOOK),

Doc("lp10_teams_chat", """
# Chatexport Microsoft Teams - kanaal "Leerplicht intern" - 4 december 2025

[09:02] {{Hanneke Schoemaker}}: morgen allemaal op het [[regio-overleg]] in Lelystad?
[09:03] {{Ruud van der Meulen}}: ik rij, kan er 2 meenemen
[09:05] {{Esther Lammers-de Graaf}}: ik kom met de trein. {{Ruud}}, neem jij de casus Marknesse mee? zonder naam graag
[09:06] {{Ruud van der Meulen}}: ja, geanonimiseerd. {{Sevda}} van het sociaal team zegt dat het traject loopt
[09:11] {{Kees Bakkum}}: vraagje: die halt-zaak van de jongen uit Ens, {{Thijs}}, is die al terug van [[Bureau Halt]]?
[09:12] {{Hanneke Schoemaker}}: nog niet, {{Bas}} van Halt belt vrijdag
[09:14] {{Kees Bakkum}}: ok. dan zet ik hem op de lijst voor het [[MDO]] van 11 december
[09:20] {{Esther Lammers-de Graaf}}: let op: de journalist van [[De Noordoostpolder]] heeft weer gebeld. alles via {{Dirkje}} van Juridische Zaken of via de woordvoerder laten lopen aub
[09:21] {{Kees Bakkum}}: 👍
[09:22] {{Hanneke Schoemaker}}: duidelijk. {{KB}} jij hebt nog mijn parkeerkaart 😅
[09:40] {{Esther Lammers-de Graaf}}: nog een reminder: de [[verzuimcijfers 2024-2025]] moeten vóór 15 december naar [[DUO]] en naar [[OCW]] voor de [[Monitor thuiszitters]]
[09:41] {{Ruud van der Meulen}}: staat in de planning. {{Hans}} van Informatiebeheer levert de export
[09:44] {{Kees Bakkum}}: @{{Ruud}} ik ben morgen om 8 uur bij jou, {{Lisdoddestraat 5}} toch?
[09:45] {{Ruud van der Meulen}}: klopt. bel even als je er bent: {{06 41 09 27 55}}
[09:52] {{Esther Lammers-de Graaf}}: en {{Hanneke}}, beterschap voor {{je dochter}}!
""", kind="ttf", producer="Microsoft Teams (Chromium PDF)", creator="Microsoft Teams"),

Doc("lp11_whatsapp_mentor", """
WhatsApp-chat met {{Ilse Kroes}} (mentor 4 havo)
Geëxporteerd 5 januari 2026 - bijlage bij dossier [[LP-2025-0412]]

[06-01-2026 07:58] {{Ilse Kroes}}: Goedemorgen! {{Daan}} is er vandaag weer niet 😕
[06-01-2026 08:01] {{Hanneke}}: Dank je. Heb je ouders al gebeld?
[06-01-2026 08:03] {{Ilse Kroes}}: Moeder neemt niet op. Vader zei vorige week dat hij "er klaar mee is"
[06-01-2026 08:10] {{Hanneke}}: Ik probeer {{Anja}} straks. Meld je het ook in [[Magister]] + [[DUO]]?
[06-01-2026 08:11] {{Ilse Kroes}}: Ja doet {{Marco}} vandaag
[06-01-2026 11:47] {{Hanneke}}: Gesproken met moeder. {{Daan}} had {{migraine}}, ze was vergeten te bellen. Wel geoorloofd dus.
[06-01-2026 11:49] {{Ilse Kroes}}: top, ik pas het aan 👍
[07-01-2026 08:05] {{Ilse Kroes}}: hij is er!
[07-01-2026 08:06] {{Hanneke}}: 🙌

Toelichting leerplicht: chat met prive-nummer van de mentor ({{06 3490 1275}}); inhoud overgenomen in [[Suite4Sociaal Domein]] op 7 januari 2026 door {{HJS}} ({{Hanneke Schoemaker}}). Advies [[FG]]: mentoren niet via een privé-nummer laten appen; aan mentor {{Kroes}} en zorgcoördinator {{Brinkman}} doorgegeven.
""", producer="PDFpen 13.1", creator="WhatsApp export (txt) - PDFpen", health=["migraine"]),

Doc("lp12_halt_verwijzing_formulier", """
# Verwijzing naar [[Bureau Halt]] - leerplicht (art. 21 [[Leerplichtwet 1969]])

Verwijzer: [[Regionaal Bureau Leerplicht Noordoostpolder-Urk]]
Dossiernummer leerplicht: [[LP-2025-0577]] | Halt-registratie: [[HLT-NN-2025-08841]]

Gegevens jongere:
Naam:
Geboortedatum:
Adres:
School en klas:

Gegevens ouder/verzorger:
Naam: 
E-mail:
Telefoon:

Verzuim en feiten:

Ingevuld door (leerplichtambtenaar):

De jongere en ouders zijn mondeling geïnformeerd over de [[Halt-afdoening]] en de mogelijkheid dat bij niet-nakoming alsnog een [[proces-verbaal]] wordt opgemaakt en naar het [[Openbaar Ministerie]] gaat.

Retour aan: [[Halt Noord-Nederland]], [[info@halt-noordnederland.nl]]
""", producer="iText® 7.2.5 ©2000-2023 Apryse Group NV", creator="Halt Verwijsportaal",
    form=[("naam_jongere", "naam jongere", "{{Thijs Kuipers}}", 200, "Naam:", 200),
          ("bsn", "BSN jongere", "{{219837004}}", 420, "Naam:", 110),
          ("geboortedatum", "geboortedatum", "{{17-09-2009}}", 200, "Geboortedatum:", 120),
          ("adres", "adres", "{{Zuiderkade 3a, 8307 AR Ens}}", 200, "Adres:", 250),
          ("school", "school", "Het Poldercollege, 4 vmbo-t", 200, "School en klas:", 250),
          ("naam_ouder", "naam ouder", "{{Petra Kuipers-Zandstra}}", 200, "Naam: ", 200),
          ("mail_ouder", "e-mail ouder", "{{petra.kuipers@kpnmail.nl}}", 200, "E-mail:", 200),
          ("tel_ouder", "telefoon ouder", "{{06-14 70 33 91}}", 200, "Telefoon:", 150),
          ("feiten", "feiten", "32 uur ongeoorloofd verzuim okt-nov 2025, spijbelt met vrienden", 200, "Verzuim en feiten:", 330),
          ("ingevuld", "ingevuld door", "{{H.J. Schoemaker}}", 250, "Ingevuld door (leerplichtambtenaar):", 200)]),

Doc("lp13_halt_afsluitbericht", """
[[Halt Noord-Nederland]], vestiging Lelystad

Aan: [[Regionaal Bureau Leerplicht Noordoostpolder-Urk]]
t.a.v. {{mevrouw H.J. Schoemaker}}, leerplichtambtenaar

Lelystad, 8 januari 2026
Uw kenmerk: [[LP-2025-0577]] | Ons kenmerk: [[HLT-NN-2025-08841]]

# Betreft: afsluiting Halt-afdoening

Geachte {{mevrouw Schoemaker}},

Hierbij bericht ik u dat de [[Halt-afdoening]] van {{T. Kuipers}}, geboren {{17-09-2009}}, op 19 december 2025 positief is afgesloten. De jongere heeft het intakegesprek samen met zijn moeder gevoerd, een leeropdracht over het belang van een startkwalificatie gemaakt, een gesprek gevoerd met een decaan van [[Het Poldercollege]] en 8 uur gewerkt bij [[Kringloop De Schakel]] in Emmeloord.

Omdat de afdoening positief is afgesloten, stuurt Halt het [[proces-verbaal]] niet door naar het [[Openbaar Ministerie]]. Het verzuim wordt niet als strafbaar feit geregistreerd in de [[Justitiële Documentatie]].

Met vriendelijke groet,

{{B. Timmerman}}
Halt-medewerker, {{Bas Timmerman}}
Kopie: {{mevrouw P. Kuipers-Zandstra}} (moeder), {{Zuiderkade 3a}}, Ens
{{b.timmerman@halt.nl}} | {{06-52 13 08 44}}
Algemeen: [[088 - 116 11 00]]
""", kind="docx"),

Doc("lp14_proces_verbaal", """
# PROCES-VERBAAL van bevindingen

[[Regionaal Bureau Leerplicht Noordoostpolder-Urk]]
Proces-verbaalnummer: [[PV-LP-2026-0009]]
Feit: overtreding van artikel 2 lid 1 [[Leerplichtwet 1969]] (niet zorgen voor geregeld schoolbezoek)

Ik, verbalisant, {{Ruud van der Meulen}}, buitengewoon opsporingsambtenaar (BOA), domein I, werkzaam als leerplichtambtenaar bij de [[gemeente Noordoostpolder]], BOA-registratienummer {{BOA-81.552.907}}, verklaar het volgende.

Op dinsdag 13 januari 2026 ontving ik van het [[Menno Simons College]] te [[Marknesse]] een melding van voortgezet ongeoorloofd verzuim van de leerling:

Achternaam: {{WIŚNIEWSKI}}
Voornaam: {{Mateusz}}
Geboren: {{02-03-2012}} te {{Gdańsk (Polen)}}
Wonende: {{Schokkerhaven 8, 8316 PE}} Marknesse

Verdachte (ouder, belast met de zorg):
Achternaam: {{WIŚNIEWSKA}}
Voornamen: {{Agnieszka Maria}}
Geboren: {{11-08-1984}} te {{Łódź (Polen)}}
BSN: {{318204577}}
\f
# Bevindingen
Na het [[maatwerktraject]] dat op 1 december 2025 begon, verzuimde de leerling vanaf 5 januari 2026 opnieuw volledig. De verdachte heeft, ondanks schriftelijke oproepen van 7 en 12 januari 2026, niet gereageerd. Op 14 januari 2026 bezocht ik samen met collega {{K. Bakkum}} het woonadres. De verdachte verklaarde, via de telefonische tolk van het [[Tolk- en Vertaalcentrum Nederland]], zakelijk weergegeven:

"Ik kan {{Mateusz}} niet dwingen. Hij zit de hele dag op zijn kamer. Ik moet werken, anders kan ik de huur niet betalen."

Ik heb de verdachte medegedeeld dat zij niet tot antwoorden verplicht is (cautie). De jeugdconsulent van het [[Sociaal Team Noordoostpolder]] bevestigde op 15 januari 2026 dat de aanmelding bij [[Accare]] loopt.

Waarvan door mij is opgemaakt dit proces-verbaal, dat ik sloot en ondertekende op ambtseed te Emmeloord op 16 januari 2026.

De verbalisant,
{{R. van der Meulen}}
{{R. van der Meulen}} (handtekening)

Dit proces-verbaal wordt ingezonden aan de officier van justitie, [[Openbaar Ministerie]], [[Parket Midden-Nederland]], met het advies de zaak te seponeren onder voorwaarde van hulpverlening ([[OM-afdoening]]).
""", kind="mono", font=9, producer="Nitro Pro 13.70.2.40", creator="BVH-leerplicht sjabloon"),

Doc("lp15_notulen_zat", """
# Verslag Zorg Advies Team (ZAT) [[Het Poldercollege]]

Datum: 11 december 2025, 13.30-15.00 uur | Locatie: [[Espelerlaan 83]], lokaal B1.12

!Naam | Organisatie | Functie | Aanwezig
{{Marco Brinkman}} | [[Het Poldercollege]] | zorgcoördinator (vz) | ja
{{Ilse Kroes}} | [[Het Poldercollege]] | mentor | ja
{{Peter-Jan Dijkhuizen}} | [[Het Poldercollege]] | teamleider bovenbouw | ja
{{Hanneke Schoemaker}} | leerplicht | leerplichtambtenaar | ja
{{Sevda Yıldırım}} | [[Sociaal Team]] | jeugdconsulent | ja
{{dr. Fenna Algra}} | [[GGD Flevoland]] | jeugdarts | afgemeld
{{Youssef Amrani}} | [[Politie Midden-Nederland]] | wijkagent Emmeloord-Centrum | ja

# 1. Opening en vaststellen verslag 13 november
Verslag ongewijzigd vastgesteld. Actiepunt 3 (protocol [[ziekteverzuim]]) is afgerond.

# 2. Casus A (4 havo)
{{MB}} meldt dat het verzuim sinds de afspraken met leerplicht is gestopt. Geen verdere actie; casus uit het ZAT.

# 3. Casus B (4 vmbo-t, Halt-traject)
{{HS}} licht toe dat de jongere is verwezen naar [[Bureau Halt]]. {{YA}} meldt dat dezelfde jongere bij een incident op het [[Smedingeplein]] betrokken was; dat wordt buiten het ZAT besproken.

# 4. Casus C (3 vmbo-b)
{{SY}}: thuissituatie onrustig; {{moeder is opgenomen in de GGZ}}. Jongere woont tijdelijk bij oma in Creil.
\f
# Actielijst
!Nr | Actie | Wie | Gereed
1 | Verzuim casus A tot kerstvakantie volgen | {{MB}} / {{HS}} | 19-12-2025
2 | Terugkoppeling Halt casus B aan ZAT | {{HS}} | 22-01-2026
3 | Schoolmaatschappelijk werk casus C, gesprek met oma | {{SY}} | 08-01-2026
4 | Jeugdarts uitnodigen volgende ZAT | {{MB}} | 08-01-2026
5 | Nieuwe ZAT-data 2026 in [[Magister]]-agenda | {{PJD}} | 19-12-2025

Volgende vergadering: 22 januari 2026. Verslag: {{I. Kroes}} ({{i.kroes@poldercollege.nl}}).
Na afloop gesprek {{PJD}} met wijkagent {{Amrani}} ({{06-10 55 28 31}}) over casus B.
""", kind="docx", health=["moeder is opgenomen in de GGZ"]),

Doc("lp16_overzicht_lopende_zaken", """
# Overzicht lopende verzuimzaken per 31 december 2025 (intern, niet verspreiden)

[[Regionaal Bureau Leerplicht Noordoostpolder-Urk]] - export [[Suite4Sociaal Domein]]

!Zaak | Leerling | Geb.datum | School | Soort | Behandelaar | Status
[[LP-2025-0412]] | {{Verschuren, D.}} | {{14-06-2010}} | [[Poldercollege]] | relatief | {{HS}} | gesloten
[[LP-2025-0577]] | {{Kuipers, T.}} | {{17-09-2009}} | [[Poldercollege]] | relatief | {{HS}} | Halt
[[LP-2025-0603]] | {{Wiśniewski, M.}} | {{02-03-2012}} | [[Menno Simons]] | thuiszitter | {{RvdM}} | PV
[[LP-2025-0611]] | {{Ter Horst, L.}} | {{30-01-2009}} | [[Aeres MBO]] | RMC | {{KB}} | loopt
[[LP-2025-0624]] | {{El Khatib, Y.}} | {{05-11-2013}} | [[obs De Kleine Johannes]] | luxeverzuim | {{KB}} | PV
[[LP-2025-0630]] | {{Bosman, J.}} | {{21-04-2011}} | [[CBS Johan de Witt]] | vrijstelling 5a | {{ELdG}} | besluit
[[LP-2025-0641]] | {{Öztürk, E.}} | {{09-12-2010}} | [[Menno Simons]] | relatief | {{RvdM}} | loopt

Totaal lopende zaken: 5 (2 gesloten in december). Thuiszitters volgens de definitie van de [[Monitor thuiszitters]]: 1.
""", kind="ttf", orient="landscape", colw=[.1,.15,.1,.2,.12,.1,.13], font=9, producer="Aspose.PDF for .NET 23.1", creator="Suite4Sociaal Domein - rapportage", author="rvdmeulen"),

Doc("lp17_teamrooster_leerplicht", """
# Bereikbaarheid [[Regionaal Bureau Leerplicht Noordoostpolder-Urk]] - 1e helft 2026

Algemeen: [[leerplicht@noordoostpolder.nl]] | telefoon [[14 0527]] (vraag naar leerplicht)

!Naam | Pers.nr. | Functie | Werkdagen | Direct | Mobiel
{{E. Lammers-de Graaf}} | {{104877}} | coördinator | ma-do | {{0527 633 400}} | {{06-22 71 05 38}}
{{H.J. Schoemaker}} | {{106312}} | leerplichtambtenaar | ma, di, do | {{0527 633 412}} | {{06-53 88 20 17}}
{{R. van der Meulen}} | {{105590}} | lpa / RMC / BOA | ma-vr | {{0527 633 419}} | {{0031 6 41 09 27 55}}
{{K. Bakkum}} | {{108021}} | leerplichtambtenaar | di-vr | {{0527 633 415}} | {{06 1945 8830}}
{{J.H. (Hans) Wessels}} | {{101244}} | informatiebeheer | ma-wo | {{0527 633 106}} | -

Piketregeling schoolvakanties: bij spoed (bijv. [[Veilig Thuis]], [[0800-2013]]) belt de school de coördinator.
Vervanging bij ziekte: {{Bakkum}} vervangt {{Schoemaker}}, {{Van der Meulen}} vervangt {{Lammers}}.
Bezoekadres: [[Harm Smeengekade 1]], 8302 AG Emmeloord. Spreekuur op scholen volgens rooster [[Verzuimprotocol Flevoland]].
""", producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365",
    font=9, colw=[.22,.09,.19,.13,.17,.2]),
]
