"""Documents of set mixed202. [[...]] = redact, {{...}} = keep (see lib202.parse)."""
from lib202 import Doc

WORD = ("Microsoft® Word for Microsoft 365", "Microsoft® Word for Microsoft 365")
OUTL = ("Microsoft: Print To PDF", "Microsoft Outlook")
ASPOSE = ("Aspose.PDF for .NET 23.4",)
ITEXT = ("iText® 7.2.5 ©2000-2023 iText Group NV",)
NITRO = ("Nitro PDF Pro 13.70", "Nitro Pro")
PDFPEN = ("PDFpen 13.2", "PDFpen")
SCAN = ("Canon iR-ADV C5560 PDF", "Canon iR-ADV C5560")

DOCS = []


def D(*a, **k):
    DOCS.append(Doc(*a, **k))


D("lk01_woo_verzoek", "rl", [
    "[[Henk van 't Hoog]]",
    "[[Lekdijk-Oost 23|ADDRESS]]",
    "[[4131 PK|POSTCODE]] {{Vianen|PLACE}}",
    "",
    "Aan {{Gedeputeerde Staten van Utrecht}}",
    "t.a.v. de Woo-coördinator, {{Archimedeslaan 6|ADDRESS_PUBLIC}}, {{3584 BA}} {{Utrecht|PLACE}}",
    "",
    "Vianen, 3 september 2026",
    "Onderwerp: verzoek op grond van de {{Wet open overheid|LAW}} – geluid {{Betoncentrale Lekdijk B.V.}}",
    "",
    "Geachte heer, mevrouw,",
    "Hierbij verzoek ik u op grond van de {{Woo|LAW}} om openbaarmaking van alle documenten over de "
    "geluidsoverlast van {{Betoncentrale Lekdijk B.V.}} aan de {{Industrieweg 14|ADDRESS_PUBLIC}} in {{Vianen|PLACE}} "
    "sinds 1 januari 2025, in het bijzonder: de meetrapporten van de {{Omgevingsdienst Regio Utrecht}} ({{ODRU}}), "
    "de correspondentie tussen de provincie en het bedrijf over de nachtelijke transporten, de besluiten over een "
    "last onder dwangsom en de verslagen van het bemiddelingsgesprek van juni 2026.",
    "Ik woon sinds 1998 op 80 meter van de mengtoren en word vrijwel elke nacht tussen 03.30 en 05.00 uur wakker "
    "van de betonmixers. Mijn huisarts heeft mij slaapmedicatie voorgeschreven ([[slaapstoornis|HEALTH]]).",
    "U kunt mij bereiken op [[06-41829375|PHONE]] of per e-mail via [[h.vanthoog@ziggo.nl|EMAIL]].",
    "Ik ontvang de stukken bij voorkeur digitaal.",
    "",
    "Met vriendelijke groet,",
    "[[H. van 't Hoog]]",
    "Geboortedatum (voor de identificatie): [[14-02-1957|DOB]]",
], producer=WORD, title="Woo-verzoek geluid betoncentrale")

D("lk02_ontvangstbevestiging", "ttf", [
    "# Provincie Utrecht",
    "{{Provincie Utrecht}} | Postbus 80300 | {{3508 TH}} {{Utrecht|PLACE}} | {{www.provincie-utrecht.nl|URL}}",
    "",
    "[[De heer H. van 't Hoog]]",
    "[[Lekdijk-Oost 23|ADDRESS]]",
    "[[4131 PK|POSTCODE]] {{Vianen|PLACE}}",
    "",
    "Datum: 8 september 2026",
    "Ons kenmerk: {{UTR-WOO-2026-0417|REF}}",
    "Behandeld door: [[Sander Meulendijk]]",
    "Telefoon: [[030 258 2391|PHONE]]",
    "E-mail: {{woo@provincie-utrecht.nl|EMAIL_FUNCTIONAL}}",
    "",
    "Onderwerp: ontvangstbevestiging Woo-verzoek",
    "",
    "Geachte [[heer Van 't Hoog]],",
    "Op 3 september 2026 hebben wij uw verzoek ontvangen om informatie over de geluidsoverlast van "
    "{{Betoncentrale Lekdijk B.V.}} in {{Vianen|PLACE}}. Uw verzoek is geregistreerd onder nummer {{UTR-WOO-2026-0417|REF}}.",
    "Wij beslissen binnen vier weken na ontvangst, dus uiterlijk op 1 oktober 2026. Deze termijn kunnen wij met "
    "twee weken verdagen (artikel {{4.4|LAW}} van de {{Wet open overheid|LAW}}). Omdat het verzoek ook stukken van "
    "derden betreft, vragen wij {{Betoncentrale Lekdijk B.V.}} en de {{Bewonersvereniging Lekdijk-Oost}} om hun zienswijze.",
    "Heeft u vragen, belt u dan met het algemene nummer {{030 258 9111|PHONE_GENERAL}} of mail naar "
    "{{woo@provincie-utrecht.nl|EMAIL_FUNCTIONAL}}.",
    "",
    "Met vriendelijke groet,",
    "namens Gedeputeerde Staten van Utrecht,",
    "[[S.J. Meulendijk]]",
    "{{juridisch adviseur|ROLE}} {{team Toezicht en Handhaving|ORG}}",
], producer=ITEXT, author="Meulendijk, Sander", hidden=[("metadata", "PERSON", "Meulendijk, Sander")])

D("lk03_klachtenoverzicht", "ttf", [
    "# ODRU – overzicht geluidsklachten Betoncentrale Lekdijk, januari–april 2026",
    "Registratiesysteem {{Squit XO|PRODUCT}}, export 2 mei 2026. Inrichting: {{Betoncentrale Lekdijk B.V.}}, "
    "{{Industrieweg 14|ADDRESS_PUBLIC}}, {{Vianen|PLACE}}. Zaaknummer {{Z/26/118934|REF}}.",
    "| Nr | Datum/tijd | Melder | Adres melder | Telefoon | Omschrijving |",
    "| K-0112 | 07-01 04:12 | [[J. Brouwer]] | [[Lekdijk-Oost 17|ADDRESS]] | [[06 - 2387 4410|PHONE]] | piepende achteruitrijsignalen |",
    "| K-0115 | 09-01 03:48 | [[Henk van 't Hoog]] | [[Lekdijk-Oost 23|ADDRESS]] | [[06-41829375|PHONE]] | mixers draaien stationair |",
    "| K-0121 | 15-01 05:02 | [[Fatma Yıldız]] | [[Sluisweg 4|ADDRESS]] | [[0347 - 37 12 08|PHONE]] | bonken laadklep |",
    "| K-0130 | 28-01 04:30 | [[A. de Groot-Vermeer]] | [[Lekdijk-Oost 31|ADDRESS]] | [[+31 (0)6 5512 0983|PHONE]] | lawaai vrachtwagens dijk |",
    "| K-0144 | 11-02 03:55 | [[P.J.M. Ruijters]] | [[Bastion 9|ADDRESS]] | [[0031 347 371 955|PHONE]] | zoemen mengtoren |",
    "| K-0152 | 19-02 04:40 | [[J. Brouwer]] | [[Lekdijk-Oost 17|ADDRESS]] | [[06 - 2387 4410|PHONE]] | idem, 6 wagens |",
    "| K-0169 | 06-03 22:15 | [[Marieke Oosterhuis-Bakker]] | [[Lekdijk-Oost 2|ADDRESS]] | [[06-18 27 36 45|PHONE]] | namens {{Bewonersvereniging Lekdijk-Oost}} |",
    "| K-0181 | 24-03 04:05 | [[Henk van 't Hoog]] | [[Lekdijk-Oost 23|ADDRESS]] | [[06-41829375|PHONE]] | trilling in slaapkamer |",
    "| K-0190 | 14-04 03:35 | [[Dirk-Jan Zeldenrust]] | [[Johan de Wittlaan 40|ADDRESS]] | [[0347-352187|PHONE]] | sirene/claxon |",
    "",
    "Klachten K-0112 t/m K-0190 zijn doorgezet naar de {{toezichthouder|ROLE}} van team {{Industrie|ORG}}. "
    "Nachtelijke klachten komen binnen via de piketlijn {{0800-0225588|PHONE_GENERAL}}; overige meldingen via "
    "{{klachten@odru.nl|EMAIL_FUNCTIONAL}}. Melders die op de {{Johan de Wittlaan|STREET}} wonen vallen buiten het rekengebied.",
], producer=("Crystal Reports 2020", "Squit XO"))

D("lk04_meetrapport_odru", "docx", [
    "# Meetrapport geluid {{Betoncentrale Lekdijk B.V.}}",
    "{{Omgevingsdienst Regio Utrecht}} – afdeling {{Geluid en Trillingen|ORG}}",
    "Rapportnummer: {{ODRU-GL-2026-031|REF}}   Datum: 12 maart 2026",
    "Uitvoering metingen: [[ing. L. Zwanenburg]] ({{akoestisch adviseur|ROLE}}) en [[R. Verhoeckx]] ({{toezichthouder|ROLE}})",
    "# 1 Aanleiding",
    "Naar aanleiding van 41 klachten over nachtelijke geluidsoverlast is op de nachten van 3 en 4 maart 2026 "
    "gemeten bij de woning [[Lekdijk-Oost 23|ADDRESS]] (meetpunt MP1) en bij de erfgrens van de inrichting (MP2). "
    "De bewoner van MP1, [[de heer Van 't Hoog]], gaf toestemming voor plaatsing van de microfoon in zijn tuin.",
    "# 2 Normstelling",
    "Voor de inrichting geldt het {{Besluit activiteiten leefomgeving|LAW}} ({{Bal|LAW}}) en de maatwerkvoorschriften van "
    "24 oktober 2023. In de nachtperiode (23.00–07.00 uur) geldt een langtijdgemiddeld beoordelingsniveau van "
    "{{LAr,LT|TERM}} 40 dB(A) en een maximaal geluidniveau {{LAmax|TERM}} van 60 dB(A) op de gevel van woningen.",
    "# 3 Resultaten",
    "| Meetpunt | Periode | LAr,LT dB(A) | LAmax dB(A) | Norm |",
    "| MP1 | nacht 3/4 maart | 46 | 74 | 40 / 60 |",
    "| MP1 | nacht 4/5 maart | 44 | 71 | 40 / 60 |",
    "| MP2 | nacht 3/4 maart | 58 | 83 | n.v.t. |",
    "De overschrijdingen worden vooral veroorzaakt door het laden van truckmixers onder de menginstallatie, het "
    "dichtslaan van laadkleppen en de achteruitrijsignalen ({{beeper|TERM}}) van de wagens van transporteur "
    "{{Transportbedrijf Van der Spek}}. De {{white noise alarm|TERM}} die de fabriek in 2025 toezegde, was op de "
    "meetnachten niet op alle wagens gemonteerd.",
    "# 4 Conclusie",
    "De normen uit de maatwerkvoorschriften worden in de nachtperiode met 4 tot 6 dB(A) (langtijdgemiddeld) en 11 tot 14 dB(A) "
    "(maximaal niveau) overschreden. Geadviseerd wordt handhavend op te treden.",
    "Contact: {{ODRU|ORG}}, {{Graadt van Roggenweg 500|ADDRESS_PUBLIC}}, {{Utrecht|PLACE}}, {{030 702 3300|PHONE_GENERAL}}, {{info@odru.nl|EMAIL_FUNCTIONAL}}.",
], author="Lotte Zwanenburg", hidden=[("metadata", "PERSON", "Lotte Zwanenburg")], title="Meetrapport ODRU-GL-2026-031")

D("lk05_mail_odru_provincie", "rl", [
    "Van: Verhoeckx, Ruud <[[ruud.verhoeckx@odru.nl|EMAIL]]>",
    "Verzonden: dinsdag 17 maart 2026 09:14",
    "Aan: Meulendijk, Sander <[[sander.meulendijk@provincie-utrecht.nl|EMAIL]]>",
    "CC: ten Brinke, Yvonne <[[yvonne.ten.brinke@provincie-utrecht.nl|EMAIL]]>; Zwanenburg, Lotte <[[l.zwanenburg@odru.nl|EMAIL]]>",
    "Onderwerp: RE: meetrapport {{ODRU-GL-2026-031|REF}} betoncentrale Vianen",
    "",
    "Hoi [[Sander]],",
    "Het definitieve rapport staat in {{Djuma|PRODUCT}} onder {{Z/26/118934|REF}}. [[Lotte]] heeft de meetonzekerheid er "
    "nog bij gezet; ook met 2 dB aftrek blijft het een flinke overschrijding. Mijn voorstel: eerst een "
    "vooraankondiging last onder dwangsom, met een begunstigingstermijn van 6 weken voor het ombouwen van de "
    "achteruitrijsignalen en een verbod op laden na 23.00 uur aan de dijkzijde.",
    "De directeur van de betoncentrale, [[Gert-Jan Hofstede]], belde mij gisteren al. Hij wil vóór de zomer een gesprek "
    "met de bewoners en de {{gedeputeerde|ROLE}}. Dat laat ik graag aan jullie.",
    "",
    "Groet,",
    "[[Ruud Verhoeckx]]",
    "{{Toezichthouder milieu|ROLE}} | {{Omgevingsdienst Regio Utrecht}}",
    "M [[06 1094 8822|PHONE]] | T {{030 702 3300|PHONE_GENERAL}}",
    "",
    "Van: Meulendijk, Sander <[[sander.meulendijk@provincie-utrecht.nl|EMAIL]]>",
    "Verzonden: maandag 16 maart 2026 16:52",
    "Aan: Verhoeckx, Ruud <[[ruud.verhoeckx@odru.nl|EMAIL]]>",
    "Onderwerp: meetrapport {{ODRU-GL-2026-031|REF}} betoncentrale Vianen",
    "",
    "[[Ruud]], is het rapport al definitief? [[Yvonne]] wil het vrijdag in het {{portefeuillehoudersoverleg|TERM}} met "
    "{{gedeputeerde Van Dalen|PUBLIC_OFFICIAL}} bespreken. Bel me anders even op [[030 258 2391|PHONE]].",
    "Gr. [[Sander]]",
], producer=OUTL)

D("lk06_vooraankondiging_lod", "ttf", [
    "# Provincie Utrecht",
    "Aangetekend",
    "{{Betoncentrale Lekdijk B.V.}}",
    "t.a.v. de directie",
    "{{Industrieweg 14|ADDRESS_PUBLIC}}",
    "{{4131 NJ}} {{Vianen|PLACE}}",
    "",
    "Datum: 2 april 2026   Kenmerk: {{UTR-HH-2026-0088|REF}}",
    "Onderwerp: voornemen tot opleggen last onder dwangsom",
    "",
    "Geachte directie,",
    "Uit het meetrapport {{ODRU-GL-2026-031|REF}} van de {{Omgevingsdienst Regio Utrecht}} blijkt dat uw inrichting in "
    "de nachtperiode de geluidsnormen uit de maatwerkvoorschriften overschrijdt. Gedeputeerde Staten zijn daarom "
    "voornemens u een last onder dwangsom op te leggen op grond van artikel {{5:32|LAW}} van de {{Algemene wet bestuursrecht|LAW}} "
    "en artikel {{18.1a|LAW}} van de {{Omgevingswet|LAW}}.",
    "De last houdt in dat u uiterlijk zes weken na de datum van het besluit: a) alle truckmixers die 's nachts "
    "laden voorziet van een breedbandig achteruitrijsignaal; b) tussen 23.00 en 07.00 uur niet laadt aan de "
    "noordzijde (dijkzijde) van de menginstallatie. De dwangsom bedraagt € 5.000 per geconstateerde overtreding, "
    "met een maximum van € 50.000.",
    "U kunt binnen twee weken een zienswijze geven. Voor vragen kunt u contact opnemen met [[de heer K. El Amrani]], "
    "telefoon [[030 258 2744|PHONE]], e-mail [[k.elamrani@provincie-utrecht.nl|EMAIL]].",
    "",
    "Hoogachtend,",
    "Gedeputeerde Staten van Utrecht,",
    "namens dezen,",
    "[[Y.M. ten Brinke]]",
    "{{teammanager Toezicht en Handhaving|ROLE}}",
], producer=ITEXT)

D("lk07_zienswijze_bedrijf", "docx", [
    "# {{Betoncentrale Lekdijk B.V.}}",
    "{{Industrieweg 14|ADDRESS_PUBLIC}} – {{4131 NJ}} {{Vianen|PLACE}} – KvK {{30145588|KVK_COMPANY}} – {{info@betonlekdijk.nl|EMAIL_FUNCTIONAL}}",
    "",
    "Aan Gedeputeerde Staten van Utrecht",
    "Betreft: zienswijze op voornemen last onder dwangsom, uw kenmerk {{UTR-HH-2026-0088|REF}}",
    "Vianen, 14 april 2026",
    "",
    "Geachte heer, mevrouw,",
    "Wij betwisten niet dat er 's nachts geladen wordt. De levering van stortklaar beton aan grote projecten zoals "
    "de {{A27|ROAD}} bij {{Everdingen|PLACE}} en het project {{Merwedekanaalzone|PROJECT}} moet vóór de spits gebeuren; "
    "Rijkswaterstaat eist dat in het bestek. Wij verzoeken u de begunstigingstermijn te verlengen tot twaalf weken, "
    "omdat de leverancier van de breedbandige signalen ({{Brigade Electronics|ORG}}) een levertijd van acht weken heeft.",
    "Verder merken wij op dat niet alle klachten aan onze inrichting zijn toe te rekenen: ook de overslag van "
    "{{Zand- en Grinthandel De Biezen|ORG}} aan de haven gebeurt 's nachts. Onze planner, [[de heer W. Scheepers]], "
    "houdt sinds februari een logboek bij van elke nachtelijke rit; dat sturen wij u op verzoek toe.",
    "Wij zijn bereid deel te nemen aan een bemiddelingsgesprek met de {{Bewonersvereniging Lekdijk-Oost}}.",
    "",
    "Met vriendelijke groet,",
    "{{Betoncentrale Lekdijk B.V.}}",
    "[[G.J. Hofstede]], {{algemeen directeur|ROLE}}",
    "Direct: [[0347-378 120|PHONE]] / [[gj.hofstede@betonlekdijk.nl|EMAIL]]",
], author="Wim Scheepers", hidden=[("metadata", "PERSON", "Wim Scheepers")], title="Zienswijze LOD")

D("lk08_whatsapp_bewoners", "ttf", [
    "WhatsApp-chat met Bewoners Lekdijk-Oost 🔇",
    "Geëxporteerd 30-05-2026 (bijlage bij klacht K-0203, ingestuurd door de verzoeker)",
    "",
    "12-05-26 03:51 - [[Henk]]: Daar gaan ze weer. 4 mixers, claxon erbij.",
    "12-05-26 03:53 - [[Anneke dG]]: Hier ook wakker. [[Bram]] huilt.",
    "12-05-26 03:58 - [[Joost B]]: filmpje gemaakt, stuur ik naar de ODRU",
    "12-05-26 07:12 - [[Marieke]]: Goedemorgen allemaal. Bellen naar de piketlijn {{0800-0225588|PHONE_GENERAL}} helpt echt, "
    "ze tellen elke melding. Ik heb [[Ruud]] van de {{ODRU|ORG}} gevraagd om een nieuwe meting.",
    "12-05-26 07:15 - [[Fatma]]: Mijn dokter zegt dat mijn [[hoge bloeddruk|HEALTH]] hier niet beter van wordt 😩",
    "12-05-26 07:20 - [[Piet R.]]: Zullen we naar de raad? {{Wethouder Brinkhuis|PUBLIC_OFFICIAL}} heeft toch milieu?",
    "12-05-26 07:22 - [[Marieke]]: Het is de provincie die handhaaft, niet de gemeente. Ik mail {{gedeputeerde Van Dalen|PUBLIC_OFFICIAL}}.",
    "12-05-26 07:40 - [[Dirk-Jan]]: Mijn nummer voor de lijst: [[06 48 11 20 93|PHONE]]",
    "12-05-26 08:02 - [[Henk]]: Ik doe een Woo-verzoek. Wil wel eens zien wat [[Hofstede]] allemaal met de provincie afspreekt.",
    "12-05-26 08:05 - [[Anneke dG]]: 👍 Vergadering bij mij thuis, [[Lekdijk-Oost 31|ADDRESS]], donderdag 20.00",
    "12-05-26 08:11 - [[Joost B]]: Kan niet, dan sta ik bij {{Huis Batestein|BUILDING}} voor de expositie. Trouwens, het is niet alleen de "
    "fabriek: de {{MS Johanna Maria|VESSEL}} lost 's nachts zand bij {{Zand- en Grinthandel De Biezen|ORG}}.",
    "12-05-26 08:14 - [[Marieke]]: Klopt, maar de {{Omgevingsdienst Regio Utrecht}} heeft gemeten en het is echt de menginstallatie. "
    "Zie het rapport {{ODRU-GL-2026-031|REF}}. [[Joost]], mail jij je filmpje ook aan [[jbrouwer1979@gmail.com|EMAIL]]? Dan bundel ik het.",
    "12-05-26 08:20 - [[Bram-Jan Ruijters]]: Ik ben de zoon van [[Piet]]. Hij is in het {{St. Antonius Ziekenhuis|ORG}} opgenomen "
    "([[longontsteking|HEALTH]]), ik volg de groep even voor hem.",
], producer=ASPOSE)

D("lk09_notulen_bewonersvereniging", "ttf", [
    "# {{Bewonersvereniging Lekdijk-Oost}} – verslag ledenvergadering 21 mei 2026",
    "Locatie: {{Dorpshuis De Vriendschap|BUILDING}}, {{Voorstraat|STREET}} 38, {{Vianen|PLACE}}",
    "| Naam | Functie | Aanwezig |",
    "| [[Marieke Oosterhuis-Bakker]] | voorzitter | ja |",
    "| [[Jeroen Kwakkelstein]] | secretaris | ja |",
    "| [[Anneke de Groot-Vermeer]] | penningmeester | ja |",
    "| [[Henk van 't Hoog]] | lid | ja |",
    "| [[Fatma Yıldız]] | lid | ja |",
    "| [[Piet Ruijters]] | lid | afgemeld |",
    "",
    "1. Opening. De voorzitter meldt dat de provincie op 2 april een vooraankondiging last onder dwangsom heeft "
    "gestuurd. {{Burgemeester Kortekaas|PUBLIC_OFFICIAL}} heeft laten weten dat de gemeente geen bevoegd gezag is.",
    "2. Meetrapport. [[Henk]] licht toe dat bij zijn woning 74 dB(A) is gemeten. Afgesproken wordt dat [[JK]] de "
    "meetgegevens vergelijkt met de normen van het {{Activiteitenbesluit|LAW}}.",
    "3. Bemiddeling. Het bedrijf wil een gesprek onder leiding van een mediator. De vergadering stemt in, op voorwaarde "
    "dat {{gedeputeerde Van Dalen|PUBLIC_OFFICIAL}} aanwezig is en dat het gesprek de handhaving niet vertraagt.",
    "4. Rondvraag. [[Fatma Yıldız]] vraagt of de vereniging een geluidsmeter kan huren bij {{Stichting Stille Nacht|ORG}}.",
    "",
    "# Actielijst",
    "| Nr | Actie | Wie | Wanneer |",
    "| 26-07 | brief aan GS over termijn | [[MOB]] | 28 mei |",
    "| 26-08 | normvergelijking | [[JK]] | 4 juni |",
    "| 26-09 | huur geluidsmeter | [[AdGV]] | 1 juni |",
    "| 26-10 | Woo-verzoek voorbereiden | [[HvtH]] | juni |",
    "Contact vereniging: {{bewoners.lekdijkoost@gmail.com|EMAIL_FUNCTIONAL}}",
], producer=("LibreOffice 7.6", "Writer"), xmp_creator="Jeroen Kwakkelstein")

D("lk10_mediation_verslag", "docx", [
    "# Verslag bemiddelingsgesprek geluid Lekdijk-Oost",
    "Datum: 16 juni 2026, 19.30–22.00 uur. Plaats: {{provinciehuis|BUILDING}}, zaal {{Domtoren|ROOM}}, {{Archimedeslaan 6|ADDRESS_PUBLIC}}, {{Utrecht|PLACE}}.",
    "Gespreksleider: [[mr. E. Dijkgraaf]] ({{MfN-registermediator|ROLE}})",
    "Aanwezig namens de provincie: {{gedeputeerde Van Dalen|PUBLIC_OFFICIAL}}, [[Y.M. ten Brinke]] ({{teammanager|ROLE}}), [[S.J. Meulendijk]] (verslag)",
    "Namens de {{ODRU|ORG}}: [[R. Verhoeckx]]",
    "Namens {{Betoncentrale Lekdijk B.V.}}: [[G.J. Hofstede]] ({{directeur|ROLE}}), [[W. Scheepers]] ({{planner|ROLE}})",
    "Namens de {{Bewonersvereniging Lekdijk-Oost}}: [[M. Oosterhuis-Bakker]], [[J. Kwakkelstein]], [[H. van 't Hoog]]",
    "# Afspraken",
    "1. Het bedrijf laadt vanaf 1 juli 2026 tussen 23.00 en 06.00 uur uitsluitend aan de zuidzijde van de menginstallatie.",
    "2. Vanaf 15 augustus 2026 rijden alle wagens met een breedbandig achteruitrijsignaal. De begunstigingstermijn in het "
    "dwangsombesluit sluit hierop aan.",
    "3. Het bedrijf stelt een nachtelijke contactpersoon beschikbaar. De vereniging ontvangt het nummer, dat niet openbaar wordt gemaakt.",
    "4. De {{ODRU|ORG}} meet opnieuw in september 2026.",
    "[[Mevrouw Oosterhuis-Bakker]] benadrukt dat de bewoners de afspraken als proef zien. [[De heer Hofstede]] zegt toe "
    "het logboek van de nachtritten maandelijks te delen. {{Gedeputeerde Van Dalen|PUBLIC_OFFICIAL}} spreekt waardering uit "
    "voor de constructieve houding van alle partijen.",
    "[[De heer Van 't Hoog]] vraagt of de afspraken in een vaststellingsovereenkomst komen; [[mr. Dijkgraaf]] licht toe dat "
    "mediation vertrouwelijk is, maar dat dit verslag met instemming van partijen is opgesteld.",
], author="Meulendijk, S.J.", hidden=[("metadata", "PERSON", "Meulendijk, S.J.")], title="Verslag bemiddeling")

D("lk11_factuur_mediator", "rl", [
    "# Dijkgraaf Mediation & Conflictadvies",
    "[[mr. Elise Dijkgraaf]] | [[Kromme Nieuwegracht 71-bis|ADDRESS]] | [[3512 HL|POSTCODE]] Utrecht",
    "T [[06 30 55 71 18|PHONE]] | [[elise@dijkgraafmediation.nl|EMAIL]]",
    "KvK [[71234567|KVK]] | btw [[NL002311456B17|VAT]] | IBAN [[NL12 RABO 0312 4567 89|IBAN]]",
    "",
    "{{Provincie Utrecht}}",
    "t.a.v. crediteurenadministratie, Postbus 80300, {{3508 TH}} {{Utrecht|PLACE}}",
    "",
    "FACTUUR {{2026-041|REF}}   Datum: 22 juni 2026   Uw referentie: {{PO-4500219877|REF}}",
    "| Omschrijving | Uren | Tarief | Bedrag |",
    "| Voorbereiding bemiddeling Lekdijk-Oost (intake partijen) | 6 | € 165,00 | € 990,00 |",
    "| Bemiddelingsgesprek 16 juni 2026 | 3 | € 165,00 | € 495,00 |",
    "| Verslaglegging en afstemming | 2 | € 165,00 | € 330,00 |",
    "| Subtotaal | | | € 1.815,00 |",
    "| Btw 21% | | | € 381,15 |",
    "| Totaal | | | € 2.196,15 |",
    "",
    "Gelieve binnen 30 dagen over te maken op [[NL12RABO0312456789|IBAN]] t.n.v. [[E.M. Dijkgraaf]] o.v.v. het factuurnummer.",
], producer=("PDFsharp 1.50 (www.pdfsharp.com)", "Moneybird"))

D("lk12_teams_chat", "ttf", [
    "Teams-chat: Handhaving betoncentrale Vianen",
    "",
    "[[Karim El Amrani]] 18-06-2026 08:41",
    "Goedemorgen! Verslag van gisteravond gelezen. Ik maak het dwangsombesluit af, met 15/8 als einddatum.",
    "[[Yvonne ten Brinke]] 18-06-2026 08:55",
    "Top [[Karim]]. Laat [[Sander]] er even juridisch naar kijken, en check de zienswijze op de termijn.",
    "[[Sander Meulendijk]] 18-06-2026 09:10",
    "Doe ik. @[[Karim]] zet je het concept in {{Djuma|PRODUCT}}? Ik zit vandaag thuis, bel [[06 2219 0457|PHONE]].",
    "[[Karim El Amrani]] 18-06-2026 09:12",
    "Staat erin: {{UTR-HH-2026-0088|REF}}. Btw, [[Hofstede]] mailde dat hun nachtcontact \"[[Ome Kees]]\" is, [[Kees Verbrugge]], [[06-55 03 21 88|PHONE]].",
    "[[Yvonne ten Brinke]] 18-06-2026 09:15",
    "Dat nummer niet in de stukken voor de bewoners graag, dat regelt het bedrijf zelf. Ik licht {{gedeputeerde Van Dalen|PUBLIC_OFFICIAL}} vrijdag in.",
    "[[Lotte Zwanenburg]] (Extern) 18-06-2026 10:02",
    "Herhaalmeting staat gepland op 8/9 september. We gebruiken weer de {{Svantek SV 971|PRODUCT}}.",
    "[[Karim El Amrani]] 18-06-2026 10:20",
    "Dank [[Lotte]]. FYI: {{Statenlid Ruud de Kloet|PUBLIC_OFFICIAL}} (PvdD) heeft Statenvragen aangekondigd, nummer volgt via de "
    "{{Statengriffie|ORG}}. De persvoorlichter {{Merel Hoogendijk|PUBLIC_SPOKESPERSON}} wil het persbericht op 29 juni 2026 uit laten gaan.",
    "[[Yvonne ten Brinke]] 18-06-2026 10:31",
    "Prima. [[Sander]], wil jij de {{Woo|LAW}}-vraag van [[Van 't Hoog]] alvast in {{Djuma|PRODUCT}} registreren als die binnenkomt? "
    "Hij kondigde het aan in de mediation.",
], producer=("Microsoft Teams", "Microsoft Edge"))

D("lk13_dwangsombesluit", "ttf", [
    "# Provincie Utrecht",
    "{{Betoncentrale Lekdijk B.V.}}",
    "t.a.v. [[de heer G.J. Hofstede]]",
    "{{Industrieweg 14|ADDRESS_PUBLIC}}, {{4131 NJ}} {{Vianen|PLACE}}",
    "",
    "Datum: 26 juni 2026   Kenmerk: {{UTR-HH-2026-0088|REF}}   Zaak: {{Z/26/118934|REF}}",
    "Onderwerp: besluit last onder dwangsom geluid nachtperiode",
    "",
    "Geachte [[heer Hofstede]],",
    "# 1 Feiten",
    "Op 3, 4 en 5 maart 2026 heeft de {{Omgevingsdienst Regio Utrecht}} namens ons geluidmetingen verricht. De resultaten "
    "staan in rapport {{ODRU-GL-2026-031|REF}}. Op 2 april 2026 hebben wij u ons voornemen gestuurd. Uw zienswijze van "
    "14 april 2026 hebben wij betrokken bij dit besluit; wij verlengen de begunstigingstermijn tot 15 augustus 2026.",
    "# 2 Overtreding",
    "U overtreedt voorschrift 2.3 van het maatwerkbesluit van 24 oktober 2023 (kenmerk {{UTR-OMG-2023-5521|REF}}). "
    "Het langtijdgemiddeld beoordelingsniveau bedroeg 46 dB(A) tegen 40 dB(A) toegestaan; het maximale niveau 74 dB(A) tegen 60 dB(A).",
    "# 3 Belangenafweging",
    "Wij hebben het economisch belang van uw bedrijf en de leveringsverplichtingen aan {{Rijkswaterstaat|ORG}} afgewogen "
    "tegen het belang van de omwonenden bij een ongestoorde nachtrust. Uit de klachtenregistratie blijkt dat ten minste "
    "veertien huishoudens aan de {{Lekdijk-Oost|STREET}} en de {{Sluisweg|STREET}} structureel hinder ondervinden. "
    "Er is geen concreet zicht op legalisatie.",
    "<<PAGE>>",
    "# 4 Besluit",
    "Gedeputeerde Staten leggen u een last onder dwangsom op. U moet uiterlijk op 15 augustus 2026:",
    "a) alle truckmixers die tussen 23.00 en 07.00 uur laden voorzien van een breedbandig achteruitrijsignaal;",
    "b) tussen 23.00 en 06.00 uur uitsluitend laden aan de zuidzijde van de menginstallatie.",
    "Voldoet u niet aan de last, dan verbeurt u een dwangsom van € 5.000 per overtreding, tot een maximum van € 50.000.",
    "# 5 Bezwaar",
    "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij Gedeputeerde Staten, Postbus 80300, {{3508 TH}} {{Utrecht|PLACE}}. "
    "Een afschrift van dit besluit is gezonden aan de {{Bewonersvereniging Lekdijk-Oost}} en aan de melders.",
    "",
    "Hoogachtend,",
    "Gedeputeerde Staten van Utrecht,",
    "namens dezen,",
    "[[Yvonne ten Brinke]]",
    "{{teammanager Toezicht en Handhaving|ROLE}}",
    "",
    "Behandelaar: [[K. El Amrani]], [[030 258 2744|PHONE]]",
    "Afschrift: {{Omgevingsdienst Regio Utrecht}}; {{gemeente Vijfheerenlanden|ORG}}; de melders [[J. Brouwer]], "
    "[[F. Yıldız]], [[C. Vermaat]] en [[P.J.M. Ruijters]]; [[mr. B.A. Lenselink]] ({{Lenselink Advocaten|ORG}}).",
], producer=ITEXT, outline=[("Besluit LOD - concept Karim El Amrani", 0), ("Paraaf Y. ten Brinke", 1)],
   hidden=[("outline", "PERSON", "Karim El Amrani"), ("outline", "PERSON", "Y. ten Brinke")])

D("lk14_brief_bewoner_gedeputeerde", "rl", [
    "Van: [[Marieke Oosterhuis-Bakker]] <[[marieke.oosterhuis@hetnet.nl|EMAIL]]>",
    "Verzonden: woensdag 27 mei 2026 21:47",
    "Aan: Provincie Utrecht <{{info@provincie-utrecht.nl|EMAIL_FUNCTIONAL}}>",
    "Onderwerp: Ter attentie van gedeputeerde Van Dalen – nachtelijk lawaai betoncentrale",
    "",
    "Geachte {{gedeputeerde Van Dalen|PUBLIC_OFFICIAL}},",
    "Namens de {{Bewonersvereniging Lekdijk-Oost}} schrijf ik u over de aanhoudende nachtelijke geluidsoverlast van "
    "{{Betoncentrale Lekdijk B.V.}} Sinds januari zijn bij de {{ODRU|ORG}} meer dan zestig klachten binnengekomen. Het "
    "meetrapport van maart bevestigt wat wij al jaren horen.",
    "Wij begrijpen dat een besluit tijd kost, maar sommige bewoners zijn ten einde raad. Een buurvrouw met een "
    "[[hartaandoening|HEALTH]] slaapt inmiddels bij haar dochter in {{Culemborg|PLACE}}. Ik vraag u dringend om de "
    "begunstigingstermijn niet te verlengen en om zelf bij het bemiddelingsgesprek aanwezig te zijn.",
    "",
    "Met vriendelijke groet,",
    "[[Marieke Oosterhuis-Bakker]]",
    "voorzitter {{Bewonersvereniging Lekdijk-Oost}}",
    "[[Lekdijk-Oost 2|ADDRESS]], {{Vianen|PLACE}}",
    "[[06-18 27 36 45|PHONE]]",
], producer=OUTL)

D("lk15_antwoord_gedeputeerde", "docx", [
    "# Provincie Utrecht",
    "[[Mevrouw M. Oosterhuis-Bakker]]",
    "{{Bewonersvereniging Lekdijk-Oost}}",
    "[[Lekdijk-Oost 2|ADDRESS]]",
    "[[4131 PK|POSTCODE]] {{Vianen|PLACE}}",
    "",
    "Datum: 5 juni 2026   Ons kenmerk: {{UTR-BS-2026-1204|REF}}",
    "Onderwerp: uw e-mail van 27 mei 2026 over geluidsoverlast betoncentrale",
    "",
    "Geachte [[mevrouw Oosterhuis-Bakker]],",
    "Dank voor uw e-mail. Ik begrijp goed dat de nachtelijke overlast zwaar weegt voor de bewoners van de "
    "{{Lekdijk-Oost|STREET}}. De provincie is bevoegd gezag voor deze inrichting en de {{Omgevingsdienst Regio Utrecht}} "
    "houdt namens ons toezicht.",
    "Wij hebben het bedrijf op 2 april 2026 laten weten dat wij een last onder dwangsom willen opleggen. Het bedrijf "
    "heeft een zienswijze ingediend. Ik neem graag deel aan het bemiddelingsgesprek op 16 juni 2026. Mevrouw "
    "[[mr. E. Dijkgraaf]] zal dat gesprek leiden.",
    "",
    "Met vriendelijke groet,",
    "",
    "{{Jorien van Dalen|PUBLIC_OFFICIAL}}",
    "{{gedeputeerde Milieu en Gezondheid|ROLE}}",
    "",
    "Deze brief is opgesteld door [[Sander Meulendijk]], telefoon [[030 258 2391|PHONE]].",
], author="smeulendijk", hidden=[("metadata", "PERSON", "smeulendijk")], title="Antwoord gedeputeerde")

D("lk16_handgeschreven_klacht", "scan", [
    "# Aan de Omgevingsdienst",
    "~Vianen, 2 juni 2026",
    "~Geachte heer [[Verhoeckx]],",
    "~Vannacht om 4 uur weer 5 mixers.",
    "~Ik kan niet meer slapen, ook",
    "~mijn vrouw [[Greet]] niet.",
    "~Wij wonen hier al 40 jaar.",
    "",
    "~Naam: [[Cornelis Vermaat]]",
    "~Adres: [[Sluisweg 12|ADDRESS]], Vianen",
    "~Tel. [[0347-371604|PHONE]]",
    "~[[C. Vermaat]]",
], producer=SCAN, rotate=0.8)

D("lk17_inspectierapport_nacht", "ttf", [
    "# Omgevingsdienst Regio Utrecht – controlerapport nachtcontrole",
    "Inrichting: {{Betoncentrale Lekdijk B.V.}}, {{Industrieweg 14|ADDRESS_PUBLIC}}, {{Vianen|PLACE}}",
    "Controle: nacht van 19 op 20 augustus 2026, 02.45–05.30 uur. Zaak {{Z/26/118934|REF}}.",
    "Toezichthouders: [[R. Verhoeckx]] (ID {{BOA-ODRU-0317|REF}}) en [[M. Lindeboom-Çelik]]",
    "Aanwezig namens bedrijf: [[Kees Verbrugge]] ({{ploegleider nacht|ROLE}})",
    "",
    "# Bevindingen",
    "| Tijd | Kenteken | Chauffeur | Achteruitrijsignaal | Laadzijde |",
    "| 03:12 | {{98-BPN-4|PLATE_COMPANY}} | [[T. Wolters]] | breedband | zuid |",
    "| 03:34 | {{71-BRX-2|PLATE_COMPANY}} | [[S. Kowalczyk]] | tonaal (piep) | zuid |",
    "| 04:05 | {{98-BPN-7|PLATE_COMPANY}} | [[Hüseyin Demir]] | breedband | noord |",
    "| 04:41 | {{12-VFT-9|PLATE_COMPANY}} | [[R. van Wijk]] | breedband | zuid |",
    "",
    "Om 04:05 uur werd aan de noordzijde geladen in strijd met last b). Volgens [[de heer Verbrugge]] stond de zuidelijke "
    "laadplaats vol. De wagen met kenteken {{71-BRX-2|PLATE_COMPANY}} van {{Transportbedrijf Van der Spek}} had nog een tonaal signaal "
    "(overtreding last a). Beide overtredingen zijn vastgelegd met foto's en een {{Svantek SV 971|PRODUCT}}-meting (LAmax 77 dB(A) bij MP2).",
    "Conclusie: de last is op twee punten overtreden; twee dwangsommen van € 5.000 zijn verbeurd.",
    "Opgemaakt op ambtseed, [[RV]] / [[MLC]]",
], producer=NITRO, notes=[(0, "Lindeboom-Çelik, Mira", "Mira: chauffeursnamen zwart? Ook Demir en Wolters", (500, 760)),
                          (0, "Verhoeckx, Ruud", "OK; bel Kees 06-55032188 nog over logboek", (500, 720))],
   hidden=[("annotations", "PERSON", "Lindeboom-Çelik, Mira"), ("annotations", "PERSON", "Verhoeckx, Ruud"),
           ("annotations", "PHONE", "06-55032188")])

D("lk18_invorderingsbesluit", "ttf", [
    "# Provincie Utrecht – besluit invordering dwangsom",
    "Datum: 9 september 2026   Kenmerk: {{UTR-HH-2026-0151|REF}}",
    "Aan: {{Betoncentrale Lekdijk B.V.}}, {{Industrieweg 14|ADDRESS_PUBLIC}}, {{Vianen|PLACE}}",
    "",
    "Bij besluit van 26 juni 2026 hebben wij u een last onder dwangsom opgelegd. Bij de nachtcontrole van 19 op 20 augustus 2026 "
    "is vastgesteld dat u de last op twee punten heeft overtreden (controlerapport {{ODRU-TH-2026-212|REF}}). U heeft daarmee "
    "€ 10.000 verbeurd. Wij vorderen dit bedrag in op grond van artikel {{5:37|LAW}} van de {{Algemene wet bestuursrecht|LAW}}.",
    "U dient het bedrag binnen zes weken over te maken op rekening {{NL49 BNGH 0285 1012 34|IBAN_PUBLIC}} van de {{Provincie Utrecht}} "
    "onder vermelding van het kenmerk.",
    "",
    "Hoogachtend,",
    "namens Gedeputeerde Staten van Utrecht,",
    "[[Y.M. ten Brinke]]",
    "",
    "Paraaf: [[KEA]] 08-09 / [[SJM]] 08-09",
    "Kopie: {{Omgevingsdienst Regio Utrecht}}, t.a.v. [[mevrouw M. Lindeboom-Çelik]] en [[de heer R. Verhoeckx]]; afdeling {{Financiën|ORG}} "
    "(debiteurenbeheer, [[Wendy Aalbersberg]], toestel [[2519|PHONE_EXT]]).",
], producer=ITEXT)

D("lk19_mail_bedrijf_provincie", "rl", [
    "Van: Hofstede, Gert-Jan <[[gj.hofstede@betonlekdijk.nl|EMAIL]]>",
    "Verzonden: vrijdag 11 september 2026 07:02",
    "Aan: El Amrani, Karim <[[k.elamrani@provincie-utrecht.nl|EMAIL]]>",
    "CC: Scheepers, Wim <[[w.scheepers@betonlekdijk.nl|EMAIL]]>; [[Bart Lenselink]] <[[b.lenselink@lenselink-advocaten.nl|EMAIL]]>",
    "Onderwerp: invordering {{UTR-HH-2026-0151|REF}}",
    "",
    "Geachte [[heer El Amrani]],",
    "Wij hebben het invorderingsbesluit ontvangen. De wagen {{71-BRX-2|PLATE_COMPANY}} is van een ingehuurde vervoerder en viel "
    "volgens ons buiten de last. Onze advocaat, [[mr. B. Lenselink]], zal hierover contact opnemen. Op de noordzijde is "
    "die nacht geladen omdat de zuidelijke plaats geblokkeerd was door een defecte silowagen.",
    "Voor de goede orde: wij nemen de afspraken uit de bemiddeling serieus. Sinds 1 september rijden alle eigen wagens "
    "met breedbandsignalen van {{Brigade Electronics|ORG}}.",
    "",
    "Met vriendelijke groet,",
    "[[Gert-Jan Hofstede]]",
    "{{Algemeen directeur|ROLE}} | {{Betoncentrale Lekdijk B.V.}}",
    "T {{0347 378 100|PHONE_GENERAL}} (algemeen) | M [[+31 6 2901 4477|PHONE]]",
    "",
    "-----Oorspronkelijk bericht-----",
    "Van: El Amrani, Karim <[[k.elamrani@provincie-utrecht.nl|EMAIL]]>",
    "Verzonden: donderdag 10 september 2026 15:30",
    "Aan: Hofstede, Gert-Jan <[[gj.hofstede@betonlekdijk.nl|EMAIL]]>",
    "Onderwerp: invordering",
    "Beste [[Gert-Jan]], vooraankondiging: morgen ontvangt u per post het invorderingsbesluit. Groet, [[Karim]]",
], producer=OUTL)

D("lk20_raadsvragen", "docx", [
    "# Schriftelijke vragen ex artikel 47 Reglement van orde",
    "{{gemeente Vijfheerenlanden|ORG}} – fractie {{GroenLinks-PvdA|ORG}}",
    "Datum: 1 juni 2026",
    "Onderwerp: nachtelijke geluidsoverlast betoncentrale {{Vianen|PLACE}}",
    "",
    "Het {{raadslid Anouk Steenbergen|PUBLIC_OFFICIAL}} stelt de volgende vragen aan het college:",
    "1. Is het college bekend met de klachten van bewoners van de {{Lekdijk-Oost|STREET}} over de betoncentrale?",
    "2. Heeft {{wethouder Brinkhuis|PUBLIC_OFFICIAL}} contact gehad met {{gedeputeerde Van Dalen|PUBLIC_OFFICIAL}} over handhaving?",
    "3. Is het college bereid om in het nieuwe omgevingsplan een nachtelijk laadverbod voor het bedrijventerrein "
    "{{De Biezen|PLACE}} op te nemen?",
    "",
    "# Antwoord van het college (23 juni 2026)",
    "1. Ja. Het college is via de {{Bewonersvereniging Lekdijk-Oost}} en via de {{ODRU|ORG}} op de hoogte. Een bewoner heeft "
    "het college ook rechtstreeks geschreven; wegens privacy noemen wij geen namen.",
    "2. Ja. {{Wethouder Brinkhuis|PUBLIC_OFFICIAL}} heeft op 12 juni 2026 met {{gedeputeerde Van Dalen|PUBLIC_OFFICIAL}} gesproken. "
    "De provincie is bevoegd gezag op grond van het {{Omgevingsbesluit|LAW}}.",
    "3. Het college onderzoekt dit bij de herziening van het omgevingsplan. Contact: {{14 0345|PHONE_GENERAL}}.",
    "",
    "Burgemeester en wethouders van Vijfheerenlanden,",
    "de secretaris, {{drs. H.W. Zoetelief|PUBLIC_OFFICIAL}}        de burgemeester, {{C.A. Kortekaas|PUBLIC_OFFICIAL}}",
], author="Anouk Steenbergen", title="Raadsvragen betoncentrale")

D("lk21_beslisnota", "ttf", [
    "# Beslisnota Gedeputeerde Staten",
    "| Aan | {{gedeputeerde Van Dalen|PUBLIC_OFFICIAL}} |",
    "| Van | [[Yvonne ten Brinke]], {{team Toezicht en Handhaving|ORG}} |",
    "| Contactpersoon | [[Sander Meulendijk]], [[030 258 2391|PHONE]], [[sander.meulendijk@provincie-utrecht.nl|EMAIL]] |",
    "| Datum | 19 juni 2026 |",
    "| Kenmerk | {{UTR-HH-2026-0088|REF}} |",
    "| Onderwerp | last onder dwangsom {{Betoncentrale Lekdijk B.V.}} |",
    "",
    "# Aanleiding",
    "Het meetrapport van de {{ODRU|ORG}} toont structurele overschrijding van de nachtnormen. Na het bemiddelingsgesprek "
    "van 16 juni 2026 ligt er een afsprakenpakket dat aansluit op het voorgenomen besluit.",
    "# Geadviseerd besluit",
    "Aan de gedeputeerde wordt gevraagd: in te stemmen met het opleggen van de last onder dwangsom met begunstigingstermijn "
    "tot 15 augustus 2026, en in te stemmen met de bijgaande reactie aan de {{Bewonersvereniging Lekdijk-Oost}}.",
    "# Kern",
    "Het bedrijf heeft zich constructief opgesteld. Wel bestaat het risico dat de transporteur {{Transportbedrijf Van der Spek}} "
    "zich niet gebonden acht. Afstemming met {{Rijkswaterstaat|ORG}} over de leveringsvensters van de {{A27|ROAD}} loopt via "
    "[[Hanneke Vlasblom]] ({{omgevingsmanager RWS|ROLE}}).",
    "# Krachtenveld",
    "De bewoners hebben contact gezocht met {{raadslid Anouk Steenbergen|PUBLIC_OFFICIAL}}; er zijn raadsvragen gesteld in {{Vijfheerenlanden|PLACE}}. "
    "Het {{Statenlid Ruud de Kloet|PUBLIC_OFFICIAL}} heeft aangekondigd vragen te stellen.",
    "# Informatie die niet openbaar gemaakt kan worden",
    "Geen.",
    "| Naam | Functie | Paraaf | Datum |",
    "| [[S.J. Meulendijk]] | {{juridisch adviseur|ROLE}} | [[SM]] | 19-06 |",
    "| [[Y.M. ten Brinke]] | {{teammanager|ROLE}} | [[YtB]] | 19-06 |",
], producer=("Microsoft® Word 2016", "Microsoft® Word 2016"), xmp_creator="ybrinke",
   hidden=[("metadata", "PERSON", "ybrinke")])

D("lk22_persbericht", "rl", [
    "# Persbericht – Provincie legt betoncentrale Vianen dwangsom op",
    "Utrecht, 29 juni 2026",
    "De {{Provincie Utrecht}} heeft {{Betoncentrale Lekdijk B.V.}} in {{Vianen|PLACE}} een last onder dwangsom opgelegd "
    "vanwege nachtelijke geluidsoverlast. Metingen van de {{Omgevingsdienst Regio Utrecht}} toonden aan dat de "
    "geluidsnormen 's nachts fors werden overschreden. Het bedrijf moet vóór 15 augustus 2026 stillere "
    "achteruitrijsignalen gebruiken en 's nachts aan de zuidzijde laden.",
    "\"Wie naast een bedrijventerrein woont, heeft ook recht op een goede nachtrust,\" zegt {{gedeputeerde Jorien van Dalen|PUBLIC_OFFICIAL}}. "
    "\"Ik ben blij dat bewoners en bedrijf in het bemiddelingsgesprek afspraken hebben gemaakt.\"",
    "De {{ODRU|ORG}} controleert de naleving met onaangekondigde nachtcontroles. Het bedrijf heeft de nachtelijke leveringen voor "
    "de {{A27|ROAD}} aangepast in overleg met {{Rijkswaterstaat|ORG}}. De {{Bewonersvereniging Lekdijk-Oost}} blijft klachten "
    "melden via de piketlijn {{0800-0225588|PHONE_GENERAL}}.",
    "",
    "Noot voor de redactie: meer informatie bij de persvoorlichter van de provincie, {{Merel Hoogendijk|PUBLIC_SPOKESPERSON}}, "
    "{{030 258 2222|PHONE_GENERAL}}, {{pers@provincie-utrecht.nl|EMAIL_FUNCTIONAL}}.",
], producer=("Adobe PDF Library 17.0", "Adobe InDesign 19.0"), author="Floor Rietveld (communicatie)",
   hidden=[("metadata", "PERSON", "Floor Rietveld")])

D("lk23_herhaalmeting", "docx", [
    "# Memo herhaalmeting geluid september 2026",
    "Van: [[ing. L. Zwanenburg]], {{ODRU|ORG}}",
    "Aan: [[S. Meulendijk]], [[K. El Amrani]] ({{Provincie Utrecht}})",
    "Datum: 15 september 2026   Kenmerk: {{ODRU-GL-2026-077|REF}}",
    "",
    "In de nachten van 8 op 9 en 9 op 10 september 2026 is opnieuw gemeten op MP1 ([[Lekdijk-Oost 23|ADDRESS]]) en MP2.",
    "| Meetpunt | Nacht | LAr,LT dB(A) | LAmax dB(A) |",
    "| MP1 | 8/9 sept | 39 | 61 |",
    "| MP1 | 9/10 sept | 40 | 58 |",
    "| MP2 | 8/9 sept | 51 | 72 |",
    "Het langtijdgemiddelde voldoet nu aan de norm van 40 dB(A). Het maximale niveau werd eenmaal met 1 dB overschreden door "
    "een dichtslaande laadklep om 04:22 uur. De bewoner van MP1 meldde dat hij de nachten \"merkbaar rustiger\" vond.",
    "Advies: handhavingstraject afsluiten na een controle in december; bewoners informeren via de vereniging.",
    "Met dank aan [[Jeroen Kwakkelstein]] voor het verzorgen van de stroomvoorziening bij MP1.",
    "Bijlagen: meetgegevens ({{Svantek SV 971|PRODUCT}}, serienummer {{SV-97-44120|REF}}), kalibratiecertificaat {{NMi|ORG}}, "
    "foto's meetopstelling (gemaakt door [[Mira Lindeboom-Çelik]]). Vragen: {{info@odru.nl|EMAIL_FUNCTIONAL}}, {{030 702 3300|PHONE_GENERAL}}.",
], author="Zwanenburg, Lotte (ODRU)", hidden=[("metadata", "PERSON", "Zwanenburg, Lotte")] , title="Memo herhaalmeting")

D("lk24_aanmeldformulier_mediation", "rl", [
    "# Aanmeldformulier bemiddelingsgesprek",
    "{{Provincie Utrecht}} – bemiddeling geluid Lekdijk-Oost, 16 juni 2026",
    "",
    "Naam deelnemer: ______________________________",
    "",
    "Organisatie: ______________________________",
    "",
    "Telefoon: ______________________________",
    "",
    "E-mail: ______________________________",
    "",
    "Dieetwensen / toegankelijkheid: ______________________________",
    "",
    "Retour aan {{bemiddeling@provincie-utrecht.nl|EMAIL_FUNCTIONAL}} vóór 10 juni 2026.",
    "Persoonsgegevens worden alleen gebruikt voor de organisatie van het gesprek ({{AVG|LAW}}).",
], producer=("Adobe Acrobat Pro 2024", "Adobe Acrobat Pro 2024"),
   form=[("naam", "Jeroen Kwakkelstein", (190, 734, 250)), ("organisatie", "Bewonersvereniging Lekdijk-Oost", (190, 716, 250)),
         ("telefoon", "06 33 14 82 90", (190, 699, 250)), ("email", "jkwakkelstein@outlook.com", (190, 680, 250)),
         ("dieet", "rolstoeltoegankelijk (MS)", (190, 660, 250))],
   hidden=[("annotations", "PERSON", "Jeroen Kwakkelstein"), ("annotations", "PHONE", "06 33 14 82 90"),
           ("annotations", "EMAIL", "jkwakkelstein@outlook.com"), ("annotations", "HEALTH", "rolstoeltoegankelijk (MS)")])

D("lk25_zienswijzeverzoek_derde", "ttf", [
    "# Provincie Utrecht",
    "{{Bewonersvereniging Lekdijk-Oost}}",
    "t.a.v. [[mevrouw M. Oosterhuis-Bakker]], voorzitter",
    "[[Lekdijk-Oost 2|ADDRESS]], [[4131 PK|POSTCODE]] {{Vianen|PLACE}}",
    "",
    "Datum: 15 september 2026   Ons kenmerk: {{UTR-WOO-2026-0417|REF}}",
    "Onderwerp: verzoek om zienswijze Woo-verzoek",
    "",
    "Geachte [[mevrouw Oosterhuis-Bakker]],",
    "Wij hebben een verzoek ontvangen op grond van de {{Wet open overheid|LAW}} om documenten over de geluidsoverlast van "
    "{{Betoncentrale Lekdijk B.V.}} Onder die documenten zijn e-mails van uw vereniging aan {{gedeputeerde Van Dalen|PUBLIC_OFFICIAL}} "
    "en het verslag van het bemiddelingsgesprek van 16 juni 2026. Wij zijn voornemens deze documenten deels openbaar te maken. "
    "Namen, adressen, telefoonnummers en gegevens over gezondheid maken wij niet openbaar (artikel {{5.1, tweede lid, onder e|LAW}} "
    "en artikel {{5.1, eerste lid, onder d|LAW}} {{Woo|LAW}}).",
    "U kunt binnen twee weken uw zienswijze geven via {{woo@provincie-utrecht.nl|EMAIL_FUNCTIONAL}}.",
    "",
    "Met vriendelijke groet,",
    "namens Gedeputeerde Staten van Utrecht,",
    "[[Sander Meulendijk]]",
    "{{juridisch adviseur|ROLE}}",
], producer=ITEXT)

D("lk26_logboek_nachtritten", "ttf", [
    "# {{Betoncentrale Lekdijk B.V.}} – logboek nachtritten juli 2026 (bijlage bij afspraak 3 bemiddeling)",
    "Opgesteld door planning ([[W. Scheepers]], personeelsnr. [[P-20417|PERSONNEL_NR]]). Project: {{A27 Everdingen – Hagestein|PROJECT}}, "
    "bestek {{RWS-31085221|REF}}.",
    "| Datum | Vertrek | Wagen | Chauffeur | Pers.nr | Mobiel | Laadzijde |",
    "| 01-07 | 03:40 | {{98-BPN-4|PLATE_COMPANY}} | [[Tom Wolters]] | [[P-20388|PERSONNEL_NR]] | [[06-14 22 98 01|PHONE]] | zuid |",
    "| 01-07 | 04:05 | {{98-BPN-7|PLATE_COMPANY}} | [[Hüseyin Demir]] | [[P-20512|PERSONNEL_NR]] | [[06-27 03 44 19|PHONE]] | zuid |",
    "| 02-07 | 03:35 | {{98-BPN-4|PLATE_COMPANY}} | [[Tom Wolters]] | [[P-20388|PERSONNEL_NR]] | [[06-14 22 98 01|PHONE]] | zuid |",
    "| 03-07 | 03:50 | {{71-BRX-2|PLATE_COMPANY}} | [[Sławomir Kowalczyk]] | extern | [[+48 601 223 918|PHONE]] | zuid |",
    "| 07-07 | 04:10 | {{98-BPN-9|PLATE_COMPANY}} | [[Jan-Willem 't Hart]] | [[P-20476|PERSONNEL_NR]] | [[06 5023 1187|PHONE]] | zuid |",
    "| 08-07 | 03:45 | {{98-BPN-7|PLATE_COMPANY}} | [[Hüseyin Demir]] | [[P-20512|PERSONNEL_NR]] | [[06-27 03 44 19|PHONE]] | zuid |",
    "| 14-07 | 04:00 | {{98-BPN-9|PLATE_COMPANY}} | [[Jan-Willem 't Hart]] | [[P-20476|PERSONNEL_NR]] | [[06 5023 1187|PHONE]] | noord (storing) |",
    "| 21-07 | 03:30 | {{98-BPN-4|PLATE_COMPANY}} | [[Tom Wolters]] | [[P-20388|PERSONNEL_NR]] | [[06-14 22 98 01|PHONE]] | zuid |",
    "",
    "Ploegleider nacht (aanspreekpunt bewoners): [[Kees Verbrugge]], [[06-55 03 21 88|PHONE]]. Bij zijn afwezigheid: "
    "[[Ahmed Bouzid]], [[06-31 77 40 52|PHONE]].",
    "<<PAGE>>",
    "# Toelichting",
    "Alle eigen wagens zijn sinds 28 juli 2026 voorzien van breedbandige achteruitrijsignalen (type {{bbs-tek White Sound|PRODUCT}}). "
    "De ingehuurde wagen {{71-BRX-2|PLATE_COMPANY}} volgt eind augustus. Op 14 juli is door een storing aan de zuidelijke "
    "vulpijp aan de noordzijde geladen; de bewonersvereniging is daarover 's ochtends geïnformeerd.",
    "Het logboek wordt maandelijks gedeeld met de {{ODRU|ORG}} en de {{Bewonersvereniging Lekdijk-Oost}}.",
    "Voor vragen: planning, {{planning@betonlekdijk.nl|EMAIL_FUNCTIONAL}}, {{0347 378 100|PHONE_GENERAL}}.",
], producer=("Microsoft® Excel® for Microsoft 365", "Microsoft® Excel® for Microsoft 365"))

D("lk27_presentielijst_scan", "scan", [
    "# Presentielijst bemiddelingsgesprek 16 juni 2026",
    "Provinciehuis Utrecht, zaal Domtoren",
    "",
    "Naam                          Handtekening",
    "~[[Marieke Oosterhuis-Bakker]]      [[M.O-B]]",
    "~[[Jeroen Kwakkelstein]]            [[JK]]",
    "~[[Henk van 't Hoog]]               [[H.v.t.Hoog]]",
    "~[[Gert-Jan Hofstede]]              [[GJH]]",
    "~[[Wim Scheepers]]                  [[W.S.]]",
    "~[[Elise Dijkgraaf]]                [[E.D.]]",
    "~[[Ruud Verhoeckx]]                 [[R.V.]]",
], producer=SCAN, rotate=-0.7)

D("lk28_memo_met_notitie_scan", "scan", [
    "# MEMO - Team Toezicht en Handhaving",
    "Aan: teamoverleg 23 juni 2026",
    "Van: [[K. El Amrani]]",
    "Betreft: planning nachtcontroles Vianen",
    "",
    "Voorstel: twee onaangekondigde nachtcontroles",
    "in augustus, uitvoering door ODRU.",
    "Piketnummer ODRU toezicht: [[06-10948822|PHONE]]",
    "",
    "~Akkoord, maar niet in week 33 ivm",
    "~verlof [[Ruud]]. Graag ook [[Mira]] mee.",
    "~[[Yvonne]] 24/6",
], producer=SCAN, rotate=0.5)

D("lk29_statenvragen", "docx", [
    "# Statenvragen van het lid De Kloet (PvdD) over geluidsoverlast betoncentrale Vianen",
    "Ingediend: 22 juni 2026   Nummer: {{SV-2026-064|REF}}",
    "",
    "Vraag 1: Is het college van Gedeputeerde Staten bekend met de nachtelijke overlast bij de {{Lekdijk-Oost|STREET}}?",
    "Antwoord: Ja. De {{Omgevingsdienst Regio Utrecht}} heeft in maart 2026 overschrijdingen van de geluidsnormen vastgesteld.",
    "Vraag 2: Waarom heeft het bijna een jaar geduurd voordat werd gehandhaafd?",
    "Antwoord: Klachten zijn sinds 2025 onderzocht. Pas een meting in de nachtperiode geeft voldoende bewijs. "
    "{{Gedeputeerde Van Dalen|PUBLIC_OFFICIAL}} heeft de {{ODRU|ORG}} in februari 2026 gevraagd die meting met voorrang uit te voeren.",
    "Vraag 3: Is de gedeputeerde bereid met de bewoners te spreken?",
    "Antwoord: Ja, {{gedeputeerde Van Dalen|PUBLIC_OFFICIAL}} was aanwezig bij het bemiddelingsgesprek op 16 juni 2026.",
    "",
    "Gedeputeerde Staten van Utrecht,",
    "{{Hans Oosters|PUBLIC_OFFICIAL}}, {{voorzitter|ROLE}}",
    "{{mr. drs. C. Bijl|PUBLIC_OFFICIAL}}, {{secretaris|ROLE}}",
], author="Statengriffie", title="Statenvragen SV-2026-064")

D("lk30_mail_odru_intern", "ttf", [
    "Van: Lindeboom-Çelik, Mira <[[mira.lindeboom-celik@odru.nl|EMAIL]]>",
    "Verzonden: maandag 24 augustus 2026 10:18",
    "Aan: Verhoeckx, Ruud <[[ruud.verhoeckx@odru.nl|EMAIL]]>",
    "CC: Zwanenburg, Lotte <[[l.zwanenburg@odru.nl|EMAIL]]>; [[Jörg Ämmerli]] <[[jörg.ämmerli@odru.nl|EMAIL]]>",
    "Onderwerp: RE: rapport nachtcontrole {{ODRU-TH-2026-212|REF}}",
    "",
    "Hoi [[Ruud]],",
    "Rapport is af en staat in {{Squit XO|PRODUCT}}. Ik heb de namen van de chauffeurs erin gelaten omdat de provincie ze "
    "nodig heeft voor de invordering, maar voor de Woo moeten ze er natuurlijk uit. [[Jörg]] controleert de {{Svantek|PRODUCT}}-data.",
    "Vanaf 1 september werk ik op dinsdag en donderdag; bel me dan op [[+31 (0)30 702 3415|PHONE]] of mobiel [[0031 6 4120 7731|PHONE]].",
    "",
    "Groetjes,",
    "[[Mira]]",
    "",
    "Van: Verhoeckx, Ruud <[[ruud.verhoeckx@odru.nl|EMAIL]]>",
    "Verzonden: vrijdag 21 augustus 2026 16:40",
    "Aan: Lindeboom-Çelik, Mira <[[mira.lindeboom-celik@odru.nl|EMAIL]]>",
    "Onderwerp: rapport nachtcontrole",
    "[[Mira]], kun jij het rapport afmaken? Ik ben maandag vrij. [[Kees]] van de betoncentrale belt je misschien over het logboek. "
    "– [[Ruud]] ({{Toezichthouder milieu|ROLE}}, {{ODRU|ORG}}, {{Graadt van Roggenweg 500|ADDRESS_PUBLIC}})",
], producer=OUTL)

D("lk31_factuur_geluidsadvies", "rl", [
    "# Akoestiekbureau Stiltewacht",
    "eigenaar [[ir. Bas ter Horst]] | [[Zonnebloemstraat 8|ADDRESS]], [[3434 GD|POSTCODE]] Nieuwegein | [[b.terhorst@stiltewacht.nl|EMAIL]] | [[06 4455 1020|PHONE]]",
    "KvK [[80998822|KVK]] | IBAN [[NL91 INGB 0006 7712 34|IBAN]] | btw [[NL004455667B01|VAT]]",
    "",
    "Aan: {{Bewonersvereniging Lekdijk-Oost}}, t.a.v. de penningmeester [[A. de Groot-Vermeer]]",
    "",
    "Factuurnummer {{ST-2026-019|REF}}   Datum: 30 juni 2026",
    "| Omschrijving | Bedrag |",
    "| Second opinion meetrapport {{ODRU-GL-2026-031|REF}} | € 640,00 |",
    "| Huur geluidmeter klasse 1 ({{Brüel & Kjær 2250|PRODUCT}}), 14 dagen | € 210,00 |",
    "| Btw 21% | € 178,50 |",
    "| Totaal | € 1.028,50 |",
    "",
    "Deze factuur is ingediend bij de provincie als bijlage bij het verzoek om een tegemoetkoming uit de regeling "
    "{{Leefbaarheidsfonds Utrecht|PROGRAMME}}. Betaling graag op [[NL91INGB0006771234|IBAN]].",
], producer=("Zoho Invoice", "Zoho"))

D("lk32_woo_besluit", "ttf", [
    "# Provincie Utrecht",
    "[[De heer H. van 't Hoog]]",
    "[[Lekdijk-Oost 23|ADDRESS]]",
    "[[4131 PK|POSTCODE]] {{Vianen|PLACE}}",
    "",
    "Datum: 13 oktober 2026   Ons kenmerk: {{UTR-WOO-2026-0417|REF}}",
    "Onderwerp: besluit op uw Woo-verzoek",
    "",
    "Geachte [[heer Van 't Hoog]],",
    "# 1 Uw verzoek",
    "Op 3 september 2026 heeft u gevraagd om documenten over de geluidsoverlast van {{Betoncentrale Lekdijk B.V.}} in "
    "{{Vianen|PLACE}}. Op 29 september 2026 hebben wij de beslistermijn met twee weken verdaagd.",
    "# 2 Zienswijzen",
    "{{Betoncentrale Lekdijk B.V.}} heeft bezwaar gemaakt tegen openbaarmaking van het logboek van de nachtritten. Wij volgen "
    "dit niet: het logboek bevat geen bedrijfs- of fabricagegegevens in de zin van artikel {{5.1, eerste lid, onder c|LAW}} {{Woo|LAW}}. "
    "De namen, personeelsnummers en telefoonnummers van de chauffeurs maken wij niet openbaar. De "
    "{{Bewonersvereniging Lekdijk-Oost}} stemde in met openbaarmaking, op voorwaarde dat namen van leden worden weggelakt.",
    "# 3 Besluit",
    "Wij maken de documenten die op de inventarislijst staan deels openbaar. Van 31 documenten worden 29 deels openbaar "
    "gemaakt; 2 documenten zijn al openbaar (het persbericht en de beantwoording van de Statenvragen).",
    "<<PAGE>>",
    "# 4 Informatie die niet openbaar gemaakt kan worden",
    "In de documenten staan persoonsgegevens van medewerkers van de provincie, de {{ODRU|ORG}}, het bedrijf en van bewoners. "
    "Namen van ambtenaren die niet uit hoofde van hun functie in de openbaarheid treden, hun e-mailadressen en "
    "telefoonnummers maken wij niet openbaar (5.1.2e). Namen van {{gedeputeerde Van Dalen|PUBLIC_OFFICIAL}}, van "
    "{{wethouder Brinkhuis|PUBLIC_OFFICIAL}} en van de persvoorlichter blijven leesbaar, omdat zij in het openbaar optreden.",
    "# Motivering",
    "Het belang van openbaarmaking weegt niet op tegen de eerbiediging van de persoonlijke levenssfeer. Gegevens over de "
    "gezondheid van bewoners zijn bijzondere persoonsgegevens; die maken wij op grond van artikel {{5.1, eerste lid, onder d|LAW}} "
    "niet openbaar. In de openbaar gemaakte versie zijn alle persoonsgegevens geanonimiseerd.",
    "# 5 Publicatie",
    "De documenten worden ook gepubliceerd op {{open.overheid.nl|URL}}. Tegen dit besluit kunt u binnen zes weken bezwaar maken.",
    "",
    "Met vriendelijke groet,",
    "Gedeputeerde Staten van Utrecht,",
    "namens dezen,",
    "[[mr. Y.M. ten Brinke]]",
    "{{teammanager Toezicht en Handhaving|ROLE}}",
    "",
    "Bijlage: inventarislijst {{UTR-WOO-2026-0417|REF}}",
], producer=ITEXT, author="El Amrani, K.", hidden=[("metadata", "PERSON", "El Amrani, K.")])

D("lk33_inventarislijst", "rl", [
    "# Inventarislijst Woo-besluit {{UTR-WOO-2026-0417|REF}}",
    "| Nr | Document | Datum | Beoordeling | Grond | Opmerking |",
    "| 1 | Woo-verzoek | 03-09-2026 | deels openbaar | 5.1.2e, 5.1.1d | naam verzoeker |",
    "| 2 | Klachtenoverzicht {{Squit XO|PRODUCT}} | 02-05-2026 | deels openbaar | 5.1.2e | |",
    "| 3 | Meetrapport {{ODRU-GL-2026-031|REF}} | 12-03-2026 | deels openbaar | 5.1.2e | |",
    "| 4 | E-mail ODRU - provincie | 17-03-2026 | deels openbaar | 5.1.2e | |",
    "| 5 | Vooraankondiging last onder dwangsom | 02-04-2026 | deels openbaar | 5.1.2e | |",
    "| 6 | Zienswijze {{Betoncentrale Lekdijk B.V.}} | 14-04-2026 | deels openbaar | 5.1.2e | |",
    "| 7 | WhatsApp-export bewoners | 30-05-2026 | deels openbaar | 5.1.2e, 5.1.1d | |",
    "| 8 | Verslag ledenvergadering | 21-05-2026 | deels openbaar | 5.1.2e | |",
    "| 9 | Verslag bemiddelingsgesprek | 16-06-2026 | deels openbaar | 5.1.2e | |",
    "| 10 | Factuur mediator | 22-06-2026 | deels openbaar | 5.1.2e | eenmanszaak |",
    "| 11 | Teams-chat handhaving | 18-06-2026 | deels openbaar | 5.1.2e | |",
    "| 12 | Besluit last onder dwangsom | 26-06-2026 | deels openbaar | 5.1.2e | |",
    "| 13 | E-mail bewonersvereniging | 27-05-2026 | deels openbaar | 5.1.2e, 5.1.1d | |",
    "| 14 | Antwoord {{gedeputeerde Van Dalen|PUBLIC_OFFICIAL}} | 05-06-2026 | deels openbaar | 5.1.2e | |",
    "| 15 | Handgeschreven klacht | 02-06-2026 | deels openbaar | 5.1.2e | scan |",
    "| 16 | Controlerapport nachtcontrole | 20-08-2026 | deels openbaar | 5.1.2e | |",
    "| 17 | Invorderingsbesluit | 09-09-2026 | deels openbaar | 5.1.2e | |",
    "<<PAGE>>",
    "| Nr | Document | Datum | Beoordeling | Grond | Opmerking |",
    "| 18 | E-mail bedrijf | 11-09-2026 | deels openbaar | 5.1.2e | |",
    "| 19 | Raadsvragen {{gemeente Vijfheerenlanden|ORG}} | 01-06-2026 | openbaar | | al openbaar |",
    "| 20 | Beslisnota | 19-06-2026 | deels openbaar | 5.1.2e | |",
    "| 21 | Persbericht | 29-06-2026 | openbaar | | al openbaar |",
    "| 22 | Memo herhaalmeting | 15-09-2026 | deels openbaar | 5.1.2e | |",
    "| 23 | Aanmeldformulier bemiddeling | 08-06-2026 | deels openbaar | 5.1.2e, 5.1.1d | |",
    "| 24 | Logboek nachtritten | 31-07-2026 | deels openbaar | 5.1.2e | zienswijze bedrijf niet gevolgd |",
    "| 25 | Presentielijst | 16-06-2026 | deels openbaar | 5.1.2e | handtekeningen |",
    "| 26 | Memo nachtcontroles | 23-06-2026 | deels openbaar | 5.1.2e | |",
    "| 27 | Statenvragen {{SV-2026-064|REF}} | 22-06-2026 | openbaar | | |",
    "| 28 | E-mail ODRU intern | 24-08-2026 | deels openbaar | 5.1.2e | |",
    "| 29 | Factuur akoestisch adviseur | 30-06-2026 | deels openbaar | 5.1.2e | eenmanszaak |",
    "| 30 | Bezwaarschrift | 07-08-2026 | deels openbaar | 5.1.2e | |",
    "| 31 | Voicemail-transcriptie | 04-03-2026 | deels openbaar | 5.1.2e | |",
    "",
    "Behandelaar: {{team Toezicht en Handhaving|ORG}}, {{woo@provincie-utrecht.nl|EMAIL_FUNCTIONAL}}",
], producer=("Microsoft® Excel® 2019", "Microsoft® Excel® 2019"), author="Sander Meulendijk",
   hidden=[("metadata", "PERSON", "Sander Meulendijk")])

D("lk34_bezwaarschrift", "docx", [
    "# Lenselink Advocaten",
    "{{Stationsweg 21|ADDRESS_PUBLIC}}, {{4131 AB}} {{Vianen|PLACE}} | {{info@lenselink-advocaten.nl|EMAIL_FUNCTIONAL}}",
    "",
    "Aan Gedeputeerde Staten van Utrecht",
    "Postbus 80300, {{3508 TH}} {{Utrecht|PLACE}}",
    "",
    "Vianen, 7 augustus 2026",
    "Betreft: bezwaar tegen besluit last onder dwangsom van 26 juni 2026, kenmerk {{UTR-HH-2026-0088|REF}}",
    "Onze referentie: {{LA-2026-3317|REF}}",
    "",
    "Edelachtbaar college,",
    "Namens mijn cliënte, {{Betoncentrale Lekdijk B.V.}}, gevestigd aan de {{Industrieweg 14|ADDRESS_PUBLIC}} te {{Vianen|PLACE}}, "
    "maak ik bezwaar tegen het bovengenoemde besluit.",
    "# Gronden",
    "1. De meting van de {{Omgevingsdienst Regio Utrecht}} is niet representatief. Op 3 en 4 maart 2026 werd uitzonderlijk veel "
    "beton geleverd voor het project {{A27 Everdingen – Hagestein|PROJECT}}. De meetonzekerheid is onvoldoende verdisconteerd.",
    "2. Het meetpunt MP1 ligt in de tuin van een van de klagers, [[de heer Van 't Hoog]], die zich in de "
    "{{Bewonersvereniging Lekdijk-Oost}} actief tegen cliënte opstelt. Cliënte twijfelt aan de onafhankelijkheid van de meetopstelling.",
    "3. De last onder a) ziet mede op wagens van derden, zoals {{Transportbedrijf Van der Spek}}, waarover cliënte geen zeggenschap heeft.",
    "4. Het besluit is in strijd met het evenredigheidsbeginsel (artikel {{3:4|LAW}} {{Algemene wet bestuursrecht|LAW}}).",
    "<<PAGE>>",
    "# Verzoek",
    "Cliënte verzoekt uw college het besluit te herroepen, dan wel de last onder a) te beperken tot eigen wagens. Cliënte "
    "wenst te worden gehoord. Tevens verzoekt cliënte om toezending van de ruwe meetdata van de {{Svantek SV 971|PRODUCT}}.",
    "Ter onderbouwing voeg ik bij: een verklaring van de planner, [[de heer Scheepers]], en een verklaring van "
    "ploegleider [[Kees Verbrugge]] over de nacht van 3 op 4 maart 2026.",
    "",
    "Hoogachtend,",
    "",
    "[[mr. B.A. Lenselink]]",
    "{{advocaat|ROLE}}",
    "Direct: [[0347 - 76 54 32|PHONE]] | [[b.lenselink@lenselink-advocaten.nl|EMAIL]]",
    "Toevoegingsnummer n.v.t.",
], author="Bart Lenselink", hidden=[("metadata", "PERSON", "Bart Lenselink")], title="Bezwaarschrift LOD")

D("lk35_voicemail_transcriptie", "rl", [
    "# Transcriptie voicemail piketlijn ODRU",
    "Ontvangen: 4 maart 2026 04:37 via {{0800-0225588|PHONE_GENERAL}}. Automatisch getranscribeerd ({{Microsoft Azure Speech|PRODUCT}}), "
    "gecontroleerd door [[D. Pronk]] (meldkamer).",
    "",
    "\"Goedenacht, u spreekt met [[Rik Zeldenrust]], ik woon aan de [[Johan de Wittlaan 40|ADDRESS]] in Vianen. Het is half vijf "
    "en de mixers van de betoncentrale staan weer te draaien. Mijn vader, [[Dirk-Jan Zeldenrust]], heeft al eerder gebeld. "
    "Ik heb een baby van drie maanden en we zijn allemaal wakker. Kunt u iemand sturen? Mijn nummer is [[06 - 1122 3344|PHONE]]. "
    "Of mail naar [[rik.zeldenrust@kpnmail.nl|EMAIL]]. Dank u.\"",
    "",
    "Actie meldkamer: melding doorgezet naar de meetploeg die die nacht bij MP1 stond ([[ing. L. Zwanenburg]]). "
    "Terugbelverzoek afgehandeld om 09:12 door [[R. Verhoeckx]].",
    "Registratie: klacht {{K-0138|REF}}, zaak {{Z/26/118934|REF}}. Inrichting {{Betoncentrale Lekdijk B.V.}}",
    "",
    "Let op: de {{Johan de Wittlaan|STREET}} valt buiten het rekengebied van het meetrapport; de melding telt wel mee voor de klachtenstatistiek.",
], producer=NITRO)
