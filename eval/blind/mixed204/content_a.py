from lib import Doc

W = "Microsoft® Word for Microsoft 365"
DOCS = []

DOCS.append(Doc("sz01_woo_verzoek", """# {{Hanzestad Letselschade Advocaten}}
Brink 41, 7411 BV {{Deventer}}  |  T 0570 612 480  |  info@hanzestadletsel.nl

Aan het college van burgemeester en wethouders van de {{gemeente Deventer}}
t.a.v. de Woo-coördinator
Postbus 5000, 7400 GC {{Deventer}}

Deventer, 8 september 2026
Ons kenmerk: HLA/2026/0912
Betreft: verzoek op grond van de {{Wet open overheid}} - incident {{Sportcentrum De Vijverberg}} 23 mei 2026

Geacht college,

Namens mijn cliënten, de heer [[Marco van Ommeren]] en mevrouw [[Esra van Ommeren-Yıldız]], wonende aan de
[[Looierspad 17|ADDRESS]] te Deventer, ouders van [[Lieke van Ommeren]] (geboren [[14-03-2019|DATE_OF_BIRTH]]), verzoek ik u op grond van
artikel 4.1 van de {{Wet open overheid}} (Woo) om openbaarmaking van alle documenten die betrekking hebben op het
incident in het wedstrijdbad van {{Sportcentrum De Vijverberg}} op zaterdag 23 mei 2026, waarbij [[Lieke]] bewusteloos
uit het water werd gehaald.

Het verzoek betreft in het bijzonder:
1. het incidentrapport en de ongevalsregistratie van {{Stichting Zwembad De Vijverberg}};
2. de toezichtroosters van week 21 en de geldigheid van de diploma's en certificaten van het dienstdoende personeel;
3. de correspondentie tussen de gemeente, de stichting, {{Noordwold Verzekeringen}} en de {{Nederlandse Arbeidsinspectie}};
4. het inspectierapport van de {{Nederlandse Arbeidsinspectie}} en het toezicht op grond van het {{Bhvbz}};
5. interne notities, beslisnota's en persberichten van de gemeente, waaronder de verklaring van {{wethouder Brouwer}}.

Mijn cliënten hebben er belang bij te weten of het toezicht voldeed aan de {{Richtlijn toezicht}} van de {{NRZ}}.
U kunt mij bereiken via [[j.terhaar@hanzestadletsel.nl]] of rechtstreeks op [[06-21 44 09 87]].

Hoogachtend,

[[mr. J.W. ter Haar]]
advocaat
""", producer=W, creator=W, author="Jeroen ter Haar", font="DejaVuSerif", title="Woo-verzoek Vijverberg"))

DOCS.append(Doc("sz02_ontvangstbevestiging", """# {{gemeente Deventer}}
Retouradres Postbus 5000, 7400 GC Deventer

{{Hanzestad Letselschade Advocaten}}
t.a.v. [[mr. J.W. ter Haar]]
Brink 41
7411 BV Deventer

Datum: 15 september 2026
Zaaknummer: {{Z/26/118342}}
Ons kenmerk: {{WOO-2026-0187}}
Onderwerp: ontvangstbevestiging Woo-verzoek

Geachte heer [[Ter Haar]],

Op 8 september 2026 hebben wij uw verzoek op grond van de {{Wet open overheid}} ontvangen over het incident in
{{Sportcentrum De Vijverberg}}. Uw verzoek is geregistreerd onder nummer {{WOO-2026-0187}}. Wij beslissen binnen
vier weken; deze termijn kunnen wij met twee weken verdagen (artikel 4.4 {{Woo}}).

Omdat de documenten ook gegevens van derden bevatten ({{Stichting Zwembad De Vijverberg}}, {{Noordwold Verzekeringen}}),
stellen wij hen in de gelegenheid een zienswijze te geven (artikel 4.4 lid 3 {{Woo}}).

Heeft u vragen? Bel dan het algemene nummer {{14 0570}} of mail naar {{woo@deventer.nl}}. Uw contactpersoon is
[[Pieter-Jan Bosscher]], jurist informatiebeheer, bereikbaar op [[0570 69 37 12]].

Met vriendelijke groet,
namens het college van burgemeester en wethouders,

[[P.J. Bosscher]]
Team {{Juridische Zaken}}
""", producer="Aspose.Words for .NET 23.4.0", creator="Decos JOIN", font="DejaVuSans", size=9.5))

DOCS.append(Doc("sz03_incidentrapport", """# {{Stichting Zwembad De Vijverberg}} - Incidentrapport
Registratienummer: {{INC-2026-031}}      Locatie: wedstrijdbad, baan 6-8, {{Vijverbergweg 12}}, Deventer
Datum en tijd: zaterdag 23 mei 2026, 14:37 uur      Soort incident: (bijna-)verdrinking, reanimatie

# 1. Betrokkene
Naam: [[Lieke van Ommeren]]      Geboortedatum: [[14-03-2019|DATE_OF_BIRTH]]      Leeftijd: 7 jaar
Zwemdiploma: {{Zwemdiploma A}} (behaald 2025)      Begeleider: vader, [[Marco van Ommeren]], tel. [[06 38 71 50 22]]

# 2. Verloop
Tijdens het recreatief zwemmen ({{Familiezwemmen}}) bevonden zich circa 140 bezoekers in de hal. Om 14:35 zag
bezoeker [[Wilma Spoelstra]] een kind onbeweeglijk op de bodem bij de diepe kant (3,80 m). Zij waarschuwde
toezichthouder [[Ruben 't Hooft]], die vanaf de toezichtstoel aan de lange zijde ging. [[Daan Kortekaas]] (hoofd toezicht
van dienst) sprong te water en bracht het kind boven. [[Sevda Aksoy]] startte de reanimatie en bediende de {{AED}};
[[Thijs Oude Nijhuis]] belde om 14:38 het alarmnummer {{112}}.

Na twee schokken kwam er een eigen ritme. De ambulance ({{RAV IJsselland}}) nam het kind om 14:51 over. Het kind is
opgenomen in {{Deventer Ziekenhuis}} met [[aspiratiepneumonie|HEALTH]] en [[hypoxisch letsel|HEALTH]]; de kinderarts sprak
van een gunstige prognose.

# 3. Bezetting toezicht
Op het moment van het incident stonden drie toezichthouders op de vloer: [[Ruben 't Hooft]] (toren), [[Sevda Aksoy]]
(ondiep) en [[Daan Kortekaas]] (rondlopend). Volgens het {{toezichtplan}} is bij meer dan 120 bezoekers een vierde
toezichthouder vereist. [[Fenna Zwiers]] was om 14:15 naar de kassa gestuurd wegens ziekte van een collega.

# 4. Opvang
Na afloop is het personeel opgevangen door [[Gerda Luttikhuis]] (bedrijfsleider) en het {{BOT-team}} van de
{{Veiligheidsregio IJsselland}}. Verklaringen zijn afgelegd bij {{politie Oost-Nederland}}.

Opgesteld door: [[D. Kortekaas]]      Paraaf bedrijfsleider: [[GL|INITIALS]]      Datum: 24 mei 2026
""", producer="Microsoft: Print To PDF", creator="", font="Helvetica", size=9.5))

DOCS.append(Doc("sz04_ongevalsformulier", """# {{Stichting Zwembad De Vijverberg}}
# Formulier ongevalsregistratie (invulbaar)      versie {{VB-F07}}

Dit formulier wordt ingevuld door de hoofdtoezichthouder van dienst en binnen 24 uur verstuurd naar
{{veiligheid@vijverberg-deventer.nl}}. Bij ernstig letsel of ziekenhuisopname meldt de stichting het ongeval
onverwijld aan de {{Nederlandse Arbeidsinspectie}} (artikel 9 {{Arbeidsomstandighedenwet}}) en de gemeente.

Naam slachtoffer:
Geboortedatum:
Naam ouder/begeleider:
Telefoon ouder:
E-mail ouder:
Aard van het letsel:
Ingevuld door:
Registratienummer:

Bewaartermijn: 5 jaar. Zie de privacyverklaring op www.vijverberg-deventer.nl.
""", producer="iText® 7.2.5 ©2000-2023 iText Group NV", creator="Formulierenbeheer VB",
    fields=[("r_naam", "Lieke van Ommeren"), ("r_gebdat", "14-03-2019"), ("r_ouder", "Esra van Ommeren-Yildiz"),
            ("r_tel", "+31 (0)6 1947 3358"), ("r_mail", "esra.yildiz@kpnmail.nl"), ("r_letsel", "bewusteloos, waterinademing"),
            ("r_door", "Daan Kortekaas"), ("regnr", "INC-2026-031")]))

DOCS.append(Doc("sz05_rooster_week21", """# {{Sportcentrum De Vijverberg}} - Rooster toezicht en zwemonderwijs, week 21 (18-24 mei 2026)
Vastgesteld door: [[G. Luttikhuis]]      Status: definitief      Bron: {{Recreatex}} planningsmodule

Pers.nr\tNaam\tFunctie\tMobiel\tZa 23-05
[[VB-1043|PERSONNEL_NUMBER]]\t[[Kortekaas, D.]]\tHoofd toezicht\t[[06-41278390]]\t12:00-18:00
[[VB-1077|PERSONNEL_NUMBER]]\t[[Aksoy, S.]]\tToezichthouder\t[[06-18 22 64 05]]\t12:00-17:00
[[VB-1102|PERSONNEL_NUMBER]]\t[['t Hooft, R.]]\tToezichthouder\t[[0612 907 331]]\t13:00-18:00
[[VB-1118|PERSONNEL_NUMBER]]\t[[Zwiers, F.]]\tToezichth./kassa\t[[06-5530 1182]]\t13:00-18:00
[[VB-0988|PERSONNEL_NUMBER]]\t[[Oude Nijhuis, T.]]\tTechnische dienst\t[[06 4009 1276]]\t08:00-16:30
[[VB-1131|PERSONNEL_NUMBER]]\t[[de Groot-Schipper, M.]]\tZweminstructeur\t[[06-29 81 44 60]]\t09:00-13:00
[[VB-1150|PERSONNEL_NUMBER]]\t[[IJzerman, B.]]\tToezichthouder\t[[06 11 73 08 49]]\tvrij
[[VB-1163|PERSONNEL_NUMBER]]\t[[Pérez Castillo, N.]]\tStagiair {{ROC Aventus}}\t-\t12:00-16:00

Bezoekersaantal za 23-05 (kassa): 14:00 = 118; 14:30 = 141; 15:00 = 152.
Norm {{toezichtplan}} {{VB-TP-2025}}: 1 toezichthouder per 40 bezoekers in het wedstrijdbad, minimaal 3.
Wijziging 14:15 uur: [[Zwiers]] naar kassa (ziekmelding [[Joost Verhagen]]), geen vervanging op de vloer.
Akkoord planner: [[MdG|INITIALS]] / bedrijfsleider: [[GL|INITIALS]]
""", producer="Microsoft® Excel® for Microsoft 365", creator="Microsoft® Excel® for Microsoft 365",
    font="Helvetica", size=9))

DOCS.append(Doc("sz06_certificaten", """# Overzicht diploma's en certificaten toezichthoudend personeel
{{Stichting Zwembad De Vijverberg}} - peildatum 23 mei 2026 - opgevraagd bij het {{NRZ-register}}

Naam\tGeboren\t{{PRO-certificaat}}\tEHBO/{{AED}}\tGeldig tot
[[Daan Kortekaas]]\t[[02-07-1991|DATE_OF_BIRTH]]\tja ({{Zwembadmedewerker}})\tja\t01-2027
[[Sevda Aksoy]]\t[[19-11-1998|DATE_OF_BIRTH]]\tja\tja\t09-2026
[[Ruben 't Hooft]]\t[[30-04-2004|DATE_OF_BIRTH]]\tnee, in opleiding\tja\t03-2026 (verlopen)
[[Fenna Zwiers]]\t[[12-08-2002|DATE_OF_BIRTH]]\tja\tja\t05-2027
[[Bram IJzerman]]\t[[07-01-2000|DATE_OF_BIRTH]]\tja\tnee\t-
[[Mirjam de Groot-Schipper]]\t[[25-10-1979|DATE_OF_BIRTH]]\t{{Instructeur Zwemmen}}\tja\t11-2026

Toelichting
Volgens het {{Keurmerk Veilig en Schoon Zwemwater}} moet elke toezichthouder in het bezit zijn van een geldig
{{PRO-certificaat}} of een gelijkwaardig diploma en een geldig certificaat {{Reanimatie en AED}}. Het EHBO-certificaat van
[['t Hooft]] was verlopen op 31 maart 2026; de herhalingsles bij [[Marit Dekker]] stond gepland voor 6 juni 2026.
[[IJzerman]] heeft zijn {{AED}}-certificaat laten verlopen; hij is sinds 1 mei niet ingeroosterd als toezichthouder.

Opleidingsbudget 2026: EUR 18.400 (begroting {{Stichting Zwembad De Vijverberg}}, post 4310).
Het register wordt bijgehouden door [[Ingrid Mulder-Bos]], secretaris van het bestuur ([[i.mulder@vijverberg-deventer.nl]]).
\f
# Bijlage: opleidingshistorie (uittreksel)
[[Kortekaas]]: {{Zwembadmedewerker}} 2017, {{Hoofd Toezicht}} 2022, herhaling {{Reanimatie en AED}} 12-01-2026.
[[Aksoy]]: {{Zwembadmedewerker}} 2021, herhaling 18-09-2025.
[['t Hooft]]: module toezicht 1 en 2 behaald bij {{ROC Aventus}}, examen {{PRO-certificaat}} gepland voor oktober 2026.
[[Zwiers]]: {{Zwembadmedewerker}} 2023, {{Instructeur Zwemmen}} 2024.
Interne toets {{Ladder van toezicht}}: alle toezichthouders voldoende, behalve [['t Hooft]] (herkansing).
Opgemaakt door [[I. Mulder-Bos]] op 2 juni 2026.
""", producer="Microsoft® Excel® for Microsoft 365", creator="Microsoft® Excel® for Microsoft 365",
    font="DejaVuSansCondensed", size=9))

DOCS.append(Doc("sz07_mail_stichting", """Van: [[Luttikhuis, Gerda]] <[[g.luttikhuis@vijverberg-deventer.nl]]>
Verzonden: maandag 25 mei 2026 09:12
Aan: [[Dijkema, Karin]] <[[k.dijkema@deventer.nl]]>
CC: [[Wessels, Henk]] <[[h.wessels@vijverberg-deventer.nl]]>; [[Vos, Hanneke]] <[[h.vos@deventer.nl]]>
Onderwerp: RE: incident zaterdag wedstrijdbad

Beste [[Karin]],

Zoals telefonisch besproken: het meisje ligt nog in {{Deventer Ziekenhuis}}, de ouders zijn door mij en [[Henk|PERSON]] bezocht.
Het incidentrapport stuur ik vandaag. Wij hebben het ongeval gemeld bij de {{Nederlandse Arbeidsinspectie}} (melding
{{NLA-26-0044817}}) en bij onze verzekeraar {{Noordwold Verzekeringen}} (polis {{NWV-AVB-2024-558120}}).

Eerlijk gezegd: de bezetting was die middag krap. Dat gaan we in de evaluatie niet wegpoetsen.

Met vriendelijke groet,
[[Gerda Luttikhuis]]
Bedrijfsleider {{Sportcentrum De Vijverberg}}
T [[0570 - 62 18 90]] | M [[06-52 83 17 44]]

-----Oorspronkelijk bericht-----
Van: [[Dijkema, Karin]] <[[k.dijkema@deventer.nl]]>
Verzonden: zondag 24 mei 2026 20:41
Aan: [[g.luttikhuis@vijverberg-deventer.nl]]
Onderwerp: incident zaterdag wedstrijdbad

Hoi [[Gerda]],

Ik hoorde via [[Sjoerd van der Meulen]] (openbare orde en veiligheid) van het incident. Hoe gaat het met het kind en
met jullie mensen? {{Wethouder Brouwer}} wil maandag om 11 uur bijgepraat worden. Kun jij vóór die tijd een
feitenrelaas sturen? Ik bel je morgen om 8 uur op je mobiel.

Groet,
[[Karin Dijkema]]
Beleidsadviseur sport | {{gemeente Deventer}} | [[06 - 15 50 72 38]]
""", producer="Microsoft Outlook for Microsoft 365", creator="Outlook", font="DejaVuSans", size=9))

DOCS.append(Doc("sz08_mail_verzekeraar", """From: [[Peeters Ludo]] <[[ludo.peeters@noordwold.nl]]>
Sent: dinsdag 16 juni 2026 15:03
To: [[Luttikhuis, Gerda]]; [[Wessels, Henk]]
Cc: [[anouk.verbeek@expertisesalland.nl]]; {{schade@noordwold.nl}}
Subject: Schadenummer {{NW-S-26-041938}} - aansprakelijkstelling [[Van Ommeren]]

Geachte heer [[Wessels]], beste mevrouw [[Luttikhuis]],

Wij ontvingen van {{Hanzestad Letselschade Advocaten}} een aansprakelijkstelling namens de ouders van het kind. Uw
aansprakelijkheidsverzekering ({{AVB}}) is op dit voorval van toepassing. Ik heb expertisebureau {{Expertisebureau Salland}}
gevraagd om de feiten vast te leggen; mevrouw [[A. Verbeek]] neemt contact op voor een bezoek op locatie.

Erken geen aansprakelijkheid zonder overleg en stuur ons alle stukken van de {{Nederlandse Arbeidsinspectie}} door.
Het medisch dossier van het kind wordt via onze medisch adviseur, [[dr. F. Claessens-Lambrecht]], opgevraagd.

Met vriendelijke groeten,
[[Ludo Peeters]]
Senior schadebehandelaar Aansprakelijkheid
{{Noordwold Verzekeringen N.V.}} | Postbus 820, 8000 AV {{Zwolle}}
T [[+31 38 851 47 26]] | algemeen {{0800 - 022 44 11}}

> From: [[Gerda Luttikhuis]]
> Sent: vrijdag 12 juni 2026 10:17
> To: {{schade@noordwold.nl}}
> Subject: melding incident 23 mei
> In de bijlage het incidentrapport {{INC-2026-031}}. Contactpersoon voor de ouders is hun advocaat,
> [[mr. Ter Haar]]. Groet, [[Gerda]]
""", producer="Microsoft Outlook for Microsoft 365", creator="Outlook", font="Helvetica", size=9))

DOCS.append(Doc("sz09_whatsapp_toezicht", """WhatsApp-chat met Toezicht Vijverberg (export, uittreksel 23-05-2026 t/m 25-05-2026)

23-05-2026 15:02 - [[Daan K]]: Iedereen ok? Ambulance is weg, meisje ademt zelf. Niemand praat met pers, alles via [[Gerda]].
23-05-2026 15:04 - [[Sevda]]: Ik tril nog steeds. Ging gelukkig goed met de AED
23-05-2026 15:05 - [[Ruben]]: ik had haar niet gezien vanaf de stoel. die zon op het water van de ramen is echt een probleem
23-05-2026 15:07 - [[Fenna Z.]]: Sorry jongens ik stond aan de kassa, had ik maar geweigerd
23-05-2026 15:09 - [[Daan K]]: Niemands schuld [[Fen|PERSON]]. We hadden gewoon een vierde moeten hebben
23-05-2026 15:31 - [[Thijs ON]]: BOT-team komt om 17:00, kantine
23-05-2026 18:45 - [[Mir|PERSON]]: Heb [[Rubs|PERSON]] thuisgebracht, hij slaapt bij zijn moeder vannacht
24-05-2026 09:12 - [[Gerda]]: Dank allemaal. Vandaag blijft het wedstrijdbad dicht. {{KNZB}}-wedstrijd van {{DZ&PC}} verplaatst naar het {{Inge de Bruijnbad}}.
24-05-2026 09:20 - [[Bram IJ]]: ik kan vandaag en morgen extra diensten draaien, bel me: [[06 11730849]]
25-05-2026 07:58 - [[Joep|PERSON]]: beter weer, sorry voor zaterdag. ik neem dinsdag over
25-05-2026 08:03 - [[Gerda]]: Top [[Joost]]. Wie spreekt met de {{Arbeidsinspectie}}? Ik denk [[Daan|PERSON]] en ik.
25-05-2026 08:05 - [[Daan K]]: top, doen we
""", producer="Skia/PDF m118", creator="Chromium", font="DejaVuSans", size=9))
