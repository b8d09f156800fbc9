from lib import Doc

DOCS = []

DOCS.append(Doc("sz29_woo_besluit", """# {{gemeente Deventer}}
{{Hanzestad Letselschade Advocaten}}
t.a.v. [[mr. J.W. ter Haar]]
Brink 41, 7411 BV Deventer

Datum: 2 december 2026      Zaaknummer: {{Z/26/118342}}      Kenmerk: {{WOO-2026-0187}}
Onderwerp: besluit op uw verzoek op grond van de {{Wet open overheid}}

Geachte heer [[Ter Haar]],

Op 8 september 2026 heeft u namens uw cliënten verzocht om openbaarmaking van documenten over het incident in
{{Sportcentrum De Vijverberg}} op 23 mei 2026. Bij brief van 6 oktober 2026 hebben wij de beslistermijn verdaagd.

# Besluit
Wij maken 29 documenten deels openbaar en 1 document geheel openbaar. 3 documenten maken wij niet openbaar.
De inventarislijst is bijgevoegd.

# Overwegingen
Persoonsgegevens (artikel 5.1 lid 2 sub e {{Woo}}): namen, e-mailadressen, telefoonnummers, handtekeningen en paraven
van medewerkers van de gemeente, van {{Stichting Zwembad De Vijverberg}}, {{Noordwold Verzekeringen}},
{{Expertisebureau Salland}} en de {{Nederlandse Arbeidsinspectie}}, en gegevens van bezoekers en getuigen.
Namen van {{wethouder Brouwer}}, {{burgemeester König}} en de raadsleden blijven leesbaar.
\f
Bijzondere persoonsgegevens (artikel 5.1 lid 1 sub d {{Woo}}): gegevens over de gezondheid van het kind en van medewerkers.
Identificatienummers (artikel 5.1 lid 1 sub e {{Woo}}): het burgerservicenummer.

Wij begrijpen dat uw cliënten, als ouders, de namen en gegevens van hun dochter al kennen. Een besluit op grond van de
{{Woo}} geldt echter voor iedereen. Voor inzage in hun eigen gegevens verwijzen wij naar artikel 15 {{AVG}}.

# Bezwaar
Tegen dit besluit kunt u binnen zes weken bezwaar maken bij ons college, Postbus 5000, 7400 GC Deventer.

Met vriendelijke groet,
burgemeester en wethouders van Deventer,
namens dezen,

[[mr. drs. W.F. Ruiterkamp]]
manager {{Juridische Zaken}}
Contactpersoon: [[Pieter-Jan Bosscher]], [[pj.bosscher@deventer.nl]], {{woo@deventer.nl}}
""", producer="Aspose.Words for .NET 23.4.0", creator="Decos JOIN", font="DejaVuSerif", size=10))

DOCS.append(Doc("sz30_inventarislijst", """# Inventarislijst Woo-besluit {{WOO-2026-0187}} - {{gemeente Deventer}}
Nr\tDocument\tDatum\tBeoordeling\tGrond
1\tWoo-verzoek\t08-09-2026\tdeels openbaar\t5.1.2e
2\tOntvangstbevestiging\t15-09-2026\tdeels openbaar\t5.1.2e
3\tIncidentrapport {{INC-2026-031}}\t24-05-2026\tdeels openbaar\t5.1.2e, 5.1.1d
4\tOngevalsformulier\t23-05-2026\tdeels openbaar\t5.1.2e, 5.1.1d
5\tRooster week 21\t18-05-2026\tdeels openbaar\t5.1.2e
6\tCertificatenoverzicht\t02-06-2026\tdeels openbaar\t5.1.2e
7\tMail [[Luttikhuis]] - [[Dijkema]]\t25-05-2026\tdeels openbaar\t5.1.2e
8\tMail {{Noordwold Verzekeringen}}\t16-06-2026\tdeels openbaar\t5.1.2e
9\tWhatsApp toezicht\t23-05-2026\tdeels openbaar\t5.1.2e
10\tTeams-chat\t25-05-2026\tdeels openbaar\t5.1.2e
11\tMelding {{NLA-26-0044817}}\t23-05-2026\tdeels openbaar\t5.1.2e
12\tRapport {{Nederlandse Arbeidsinspectie}}\t30-06-2026\tdeels openbaar\t5.1.2e
13\tBrief verzekeraar\t14-07-2026\tdeels openbaar\t5.1.2e
14\tExpertiserapport {{ES-26-3381}}\t01-07-2026\tdeels openbaar\t5.1.2e
15\tConcept persbericht\t26-05-2026\tdeels openbaar\t5.1.2e
16\tPersbericht\t26-05-2026\topenbaar\t-
17\tBeslisnota {{BN-2026-0611}}\t30-06-2026\tdeels openbaar\t5.1.2e
18\tNotulen bestuur stichting\t04-06-2026\tdeels openbaar\t5.1.2e, 5.1.1d
19\tFactuur EHBO-instructeur\t12-06-2026\tdeels openbaar\t5.1.2e
20\tFactuur zwemonderwijzer\t31-08-2026\tdeels openbaar\t5.1.2e
21\tRaadsvragen {{RV-2026-047}}\t02-06-2026\tdeels openbaar\t5.1.2e
22\tBrief ouders\t02-06-2026\tdeels openbaar\t5.1.2e
23\tMemo stand van zaken\t26-05-2026\tdeels openbaar\t5.1.2e
24\tPresentielijst training\t06-06-2026\tdeels openbaar\t5.1.2e
25\tRI&E toezicht {{VB-RIE-2026}}\t06-2026\tdeels openbaar\t5.1.2e
26\tBrief aan stichting {{UIT-2026-21877}}\t10-07-2026\tdeels openbaar\t5.1.2e
27\tEvaluatieverslag\t17-06-2026\tdeels openbaar\t5.1.2e
28\tMemo jurist\t06-10-2026\tdeels openbaar\t5.1.2e, 5.1.1e
29\tWoo-besluit\t02-12-2026\tdeels openbaar\t5.1.2e
30\tInventarislijst\t02-12-2026\topenbaar\t-
31\tVerslag calamiteitenoverleg\t23-05-2026\tdeels openbaar\t5.1.2e
32\tGetuigenverklaring\t23-05-2026\tdeels openbaar\t5.1.2e
33\tMail Woo-afstemming\t01-10-2026\tdeels openbaar\t5.1.2e
-\tMedisch dossier ({{RAV IJsselland}})\t-\tniet openbaar\tbuiten verzoek
""", producer="Microsoft® Excel® for Microsoft 365", creator="Microsoft® Excel® for Microsoft 365", font="Helvetica", size=8.5))

DOCS.append(Doc("sz31_calamiteitenoverleg", """# Verslag calamiteitenoverleg (kort)      {{gemeente Deventer}} / {{Veiligheidsregio IJsselland}}
Datum: zaterdag 23 mei 2026, 17:30 uur (telefonisch)
Deelnemers: [[S. van der Meulen]] (OOV, piket), [[Hanneke Vos]], [[Gerda Luttikhuis]], [[Rob Ten Brinke-Zandvliet]]
({{Veiligheidsregio IJsselland}}, {{BOT-team}}), {{burgemeester König}} (kort, 17:45)

1. Situatie: kind gereanimeerd, overgebracht naar {{Deventer Ziekenhuis}}. Toestand stabiel.
2. Personeel: opvang door {{BOT-team}} om 17:00 uur; [[Ruben]] en [[Sevda]] zijn naar huis gebracht.
3. Pers: {{De Stentor}} en {{RTV Oost}} hebben gebeld. Woordvoering: gemeente, via {{pers@deventer.nl}}.
4. Zwembad: wedstrijdbad zondag dicht; het {{Inge de Bruijnbad}} (buitenbad) blijft open.
5. {{burgemeester König}} belt de ouders zondagochtend; nummer vader via [[Gerda]]: [[06 38 71 50 22]].

Piketnummer OOV (intern): [[06 - 5300 1212]]      Verslag: [[SvdM|INITIALS]]
""", producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365", font="DejaVuSansCondensed", size=9.5,
    author="Sjoerd van der Meulen"))

DOCS.append(Doc("sz32_getuigenverklaring", """# {{Stichting Zwembad De Vijverberg}} - Verklaring getuige
Incident: {{INC-2026-031}}      Datum verklaring: 23 mei 2026, 15:40 uur      Opgenomen door: [[Daan Kortekaas]]

Naam getuige: [[Wilma Spoelstra-de Jong]]
Adres: [[Zutphenseweg 88|ADDRESS]], 7418 AJ Deventer
Telefoon: [[06-47 20 33 91]]      E-mail: [[wilma.spoelstra@ziggo.nl]]

Verklaring (in eigen woorden):
"Ik zat met mijn kleinzoon [[Sem|PERSON]] op de rand bij het diepe. Ik zag iets roze op de bodem en dacht eerst dat het een
handdoek was. Toen zag ik dat het een meisje was. Ik heb naar de jongen op de stoel geroepen en gezwaaid. Hij zag mij
niet meteen door de zon. Toen kwam een andere badmeester aanrennen, die is erin gesprongen."

"Het meisje had al eerder aan de kant gestaan, bij het {{Max Havelaar}}-koffiepunt naast de tribune. Ik zag geen
ouder bij haar."

Akkoord voor verwerking en doorgifte aan {{Noordwold Verzekeringen}} en de {{Nederlandse Arbeidsinspectie}}.
Handtekening getuige: [[W. Spoelstra]]      Handtekening opnemer: [[D.K.|INITIALS]]
""", producer="Microsoft: Print To PDF", creator="", font="Times-Roman", size=10.5))

DOCS.append(Doc("sz33_mail_woo_afstemming", """Van: [[Bosscher, Pieter-Jan]] <[[pj.bosscher@deventer.nl]]>
Verzonden: donderdag 1 oktober 2026 16:22
Aan: [[Dijkema, Karin]]; [[El Idrissi, Yara]]
CC: {{woo@deventer.nl}}; [[Ruiterkamp, Wim]]
Onderwerp: RE: Woo {{WOO-2026-0187}} - zienswijze stichting en NLA

Hoi [[Karin]] en [[Yara|PERSON]],

De {{Nederlandse Arbeidsinspectie}} heeft geen bezwaar tegen openbaarmaking van het rapport, mits de namen van de
inspecteurs worden weggelakt (zie mail van hun Woo-coördinator, {{woo@nlarbeidsinspectie.nl}}).
De stichting ([[Wessels]]) wil het certificatenoverzicht helemaal niet openbaar. Ik stel voor: deels openbaar,
zonder namen en geboortedata. [[Yara|PERSON]], het conceptpersbericht heeft opmerkingen in de kantlijn; die gaan ook mee
als document 15, maar dan zonder de namen van de opstellers.

Groet, [[PJ|INITIALS]]
jurist informatiebeheer | {{gemeente Deventer}} | [[0570 69 37 12]]

Van: [[El Idrissi, Yara]] <[[y.elidrissi@deventer.nl]]>
Verzonden: donderdag 1 oktober 2026 11:05
Aan: [[Bosscher, Pieter-Jan]] <[[pj.bosscher@deventer.nl]]>
Onderwerp: Woo {{WOO-2026-0187}}

Dag [[Pieter-Jan]], moet de naam van {{wethouder Brouwer}} in het persbericht weg? Ik neem aan van niet. En de
naam van de woordvoerder van {{Reddingsbrigade Nederland}}, [[Chantal Oosterveld-Brummel]]? Die stond in {{De Stentor}}.

Groet, [[Yara|PERSON]] | communicatieadviseur | [[yara.elidrissi@deventer.nl]]
""", producer="Microsoft Outlook for Microsoft 365", creator="Outlook", font="DejaVuSans", size=9))
