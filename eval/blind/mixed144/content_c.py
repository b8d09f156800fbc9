from lib import Doc

DOCS = [
Doc("wz23_factuur_ecoloog", """
# FACTUUR
[[P:Natuurbureau Eelco Veldkamp]]
[[A:Boerdijk 14]], [[A:9531 TE Borger]]
KvK {{N:81044795}} - btw {{N:NL003512887B41}}
Tel. [[T:06 47 01 39 82]] - [[E:eelco@veldkampnatuur.nl]]

Aan: {{O:Noordwind Ontwikkeling B.V.}}, t.a.v. crediteurenadministratie
Factuurnummer: 2026-014
Factuurdatum: 31 januari 2026
Project: {{X:Windpark Hondsrug-Oost}} - ecologisch onderzoek

@@!Omschrijving ;; Uren ;; Bedrag
@@Vleermuisonderzoek turbinelocaties T1-T7 (6 rondes) ;; 42 ;; € 3.780,00
@@Broedvogelkartering {{X:Natura 2000}}-toets {{L:Drouwenerzand}} ;; 18 ;; € 1.620,00
@@Rapportage {{X:Wet natuurbescherming}}/{{W:Omgevingswet}} ;; 12 ;; € 1.080,00
@@Subtotaal ;; ;; € 6.480,00
@@btw 21% ;; ;; € 1.360,80
@@Totaal ;; ;; € 7.840,80

Gelieve te betalen binnen 30 dagen op [[I:NL91 ABNA 0417 1643 00]] t.n.v. [[P:E.J. Veldkamp]], onder vermelding van het factuurnummer.
Deze factuur is als bijlage bij de aanvraag omgevingsvergunning door de ontwikkelaar aan de provincie verstrekt.
""", font="Helvetica", producer="Moneybird", creator="Moneybird invoice"),

Doc("wz24_factuur_taxateur", """
[[P:Taxatie & Advies W. Doddema]]
Rentmeester NVR - [[A:Molenstraat 3]], {{L:Gasselte}}
[[T:0599-564 177]] | [[E:w.doddema@planet.nl]]
KvK {{N:01093342}}
IBAN [[I:NL20 INGB 0006 8124 55]]

Factuur T-26-007 aan {{O:Provincie Drenthe}}, {{O:Team Grondzaken}}, {{L:Westerbrink 1}}, {{L:Assen}}
Datum: 14 februari 2026
Uw ordernummer: {{N:PO-4500218871}}

Werkzaamheden: taxatie schadeloosstelling en planschade-risicoanalyse {{X:Zonnepark Exloërveen Zuid}} en
{{X:Windpark Hondsrug-Oost}}, 12 woningen en 3 agrarische bedrijven, inclusief bezoek aan het bedrijf van
[[P:G. van der Veen]] te Musselkanaal en de woning van [[P:fam. Wubbels]].

Honorarium 22 uur à € 135,00 = € 2.970,00
Reiskosten 186 km à € 0,23 = € 42,78
btw 21% = € 632,68
Totaal = € 3.645,46

Conform de {{X:Algemene Inkoopvoorwaarden Provincie Drenthe}}.
[[P:Willem Doddema]]
""", font="DejaVuSerif", size=10, producer="PDFCreator 5.1.2", creator="Microsoft Excel"),

Doc("wz25_memo_geluid_notes", """
# Memo
Aan: {{R:gedeputeerde Kuipers}}
Van: team Vergunningen
Datum: 29 mei 2026
Onderwerp: stand van zaken geluid {{X:Windpark Hondsrug-Oost}}

1. Revisie 3 van het rapport {{N:AN-2025-114}} voegt de woning aan het {{L:Pagediep}} toe. Uitkomst: 45,8 dB Lden.
2. Met modus SO2 voor T5/T6 voldoen alle woningen aan de normen van de {{W:Omgevingswet}}.
3. De {{O:RUD Drenthe}} adviseert een monitoringsvoorschrift: een geluidsmeting in het eerste jaar.
4. De {{O:GGD Drenthe}} biedt omwonenden met gezondheidsklachten een gesprek aan.
5. Communicatie: persbericht na het GS-besluit, in afstemming met de gemeente {{L:Borger-Odoorn}}.

Advies: instemmen met verwerking in het definitieve besluit.
""", font="Helvetica", notes=[
        (0, "Kloosterhuis, Dennis", "Punt 3: graag meetperiode ook winter. Bel mij: 06-38 21 55 07"),
        (0, "Esther Vos (RUD)", "Akkoord met tekst. Mevr. Smeenge niet noemen i.v.m. medische info."),
    ], extra_redact=[("P", "Kloosterhuis, Dennis", "annotations"), ("T", "06-38 21 55 07", "annotations"),
                     ("P", "Esther Vos", "annotations"), ("P", "Smeenge", "annotations")],
    producer="Adobe Acrobat Pro (64-bit) 24.1.20643", creator="Acrobat PDFMaker 24 for Word"),

Doc("wz26_persbericht", """
# Persbericht {{O:Provincie Drenthe}}
Assen, 3 juni 2026

Provincie verleent vergunning {{X:Windpark Hondsrug-Oost}} met extra bescherming omwonenden

{{O:Gedeputeerde Staten van Drenthe}} hebben de omgevingsvergunning verleend voor het {{X:Windpark Hondsrug-Oost}} en
het {{X:Zonnepark Exloërveen Zuid}} in de gemeente {{L:Borger-Odoorn}}. Naar aanleiding van 61 zienswijzen zijn de
voorschriften aangescherpt: twee turbines draaien 's nachts in een stillere modus en alle turbines krijgen een
stilstandvoorziening tegen slagschaduw.

{{R:Gedeputeerde Hilbrand Kuipers}}: "We hebben goed geluisterd naar de omwonenden. Dit park levert stroom voor
ruim 38.000 huishoudens, en de helft komt in handen van de mensen uit de omgeving."

{{R:Wethouder Meijering}} van {{L:Borger-Odoorn}}: "Het omgevingsfonds gaat direct naar de dorpen."

Tegen het besluit staat beroep open bij de {{O:Afdeling bestuursrechtspraak van de Raad van State}}.

Noot voor de redactie:
Meer informatie: {{O:Team Communicatie}}, {{G:0592 36 55 55}}, {{M:communicatie@drenthe.nl}}
Woordvoerder gedeputeerde Kuipers: {{F:woordvoerder}} {{R:Marjolein Tuin}}, 06-22 41 79 63
""", kind="docx", author="Paulien Eshuis", extra_redact=[("P", "Paulien Eshuis", "metadata")],
    producer="LibreOffice 7.6", creator="Writer"),

Doc("wz27_notulen_projectgroep", """
# Verslag projectgroep {{X:Windpark Hondsrug-Oost}} / {{X:Zonnepark Exloërveen Zuid}}
Datum: 10 februari 2026, {{L:Provinciehuis}} kamer B2.14 en via Teams
Aanwezig:
@@!Naam ;; Organisatie ;; Code
@@[[P:Lotte Wiegersma]] (vz) ;; {{O:Provincie Drenthe}} ;; [[S:LWi]]
@@[[P:Jeroen Okkema]] ;; {{O:Provincie Drenthe}} ;; [[S:JOk]]
@@[[P:Esther Vos]] ;; {{O:RUD Drenthe}} ;; [[S:EVo]]
@@[[P:Anja Tiemens]] ;; {{O:Gemeente Borger-Odoorn}} ;; [[S:ATi]]
@@[[P:Wouter Kamphuis]] ;; {{O:Noordwind Ontwikkeling B.V.}} ;; [[S:WKa]]
@@[[P:Lisanne Brouwer-Tjalma]] ;; {{O:Noordwind Ontwikkeling B.V.}} ;; [[S:LBT]]
Afwezig: [[P:Dennis Kloosterhuis]] ({{O:RUD Drenthe}})

1. Vaststelling verslag 13 januari - akkoord.
2. Stand zienswijzen: 61 ontvangen; [[S:JOk]] maakt een nota van beantwoording.
3. Hoorzitting: 14 april in het {{L:Provinciehuis}}. [[S:LWi]] vraagt {{R:gedeputeerde Kuipers}} als voorzitter.
   Mr. [[P:Pruim]] wordt gevraagd als onafhankelijk lid.
4. Geluid: [[S:EVo]] meldt dat de woning aan het {{L:Pagediep}} ontbreekt. [[S:WKa]] laat [[P:Vlieg]] dit herstellen.

\\f
5. Grondzaken: de overeenkomst met [[P:Kremer]] (T4) is getekend. Met de maatschap [[P:Van der Veen]] loopt een gesprek.
6. Participatie: de coöperatie vraagt 50%; [[S:LBT]] stuurt de intentieovereenkomst aan [[P:Hilbolling]].
7. Rondvraag: [[S:ATi]] meldt dat de raad op 12 maart over de vvgb besluit.

Actielijst
@@!Nr ;; Actie ;; Wie ;; Wanneer
@@26-04 ;; nota van beantwoording ;; [[S:JOk]] ;; 20 maart
@@26-05 ;; uitnodiging hoorzitting ;; [[S:LWi]] ;; 15 maart
@@26-06 ;; revisie 3 geluid ;; [[S:WKa]] ;; 1 april
@@26-07 ;; raadsvoorstel vvgb ;; [[S:ATi]] ;; 26 februari
@@26-08 ;; advies monitoring ;; [[S:EVo]] ;; 1 mei

Volgend overleg: 10 maart 2026. Verslag: [[P:J. Okkema]]
""", font="DejaVu", size=9.5, producer="Microsoft® Word 2019", creator="Microsoft® Word 2019"),

Doc("wz28_scan_brief_met_notitie", """
Stichting Hondsrug Windstil
p/a [[A:Meerstalweg 5]], Valthermond
KvK 90221184

Aan Gedeputeerde Staten van Drenthe
Valthermond, 28 april 2026

Betreft: handtekeningenactie Windpark Hondsrug-Oost

Geacht college,

Hierbij bieden wij 1.240 handtekeningen aan van inwoners
die tegen de komst van turbines T5, T6 en T7 zijn.
Wij verzoeken u het besluit uit te stellen.

Met vriendelijke groet,
[[P:Ilse van t Hek]], voorzitter
Telefoon [[T:06 4877 1290]]

~ Notitie: ontvangen 29/4, door naar [[P:Jeroen]]
~ graag reactie voor 15 mei - [[S:LWi]]
""", kind="scan", rotate=0.4),

Doc("wz29_stakeholderlijst", """
# Stakeholderlijst omgevingsmanagement (versie mei 2026)
{{X:Windpark Hondsrug-Oost}} - niet voor verspreiding buiten projectgroep

@@!Naam ;; Rol ;; Telefoon ;; Afstand
@@[[P:Hendrikus Bolhuis]] ;; omwonende T6 ;; [[T:0599 61 24 87]] ;; 640 m
@@[[P:J. Wubbels]] ;; omwonende T7 ;; [[T:0599-212 480]] ;; 520 m
@@[[P:M. ter Horst]] ;; Woo-verzoeker ;; [[T:06-41 87 22 09]] ;; 900 m
@@[[P:Femke Oldenburger]] ;; melder schaduw ;; [[T:06-19 72 40 38]] ;; 940 m
@@[[P:Albertus Kremer]] ;; grondeigenaar T4 ;; [[T:0591 - 35 12 90]] ;; -
@@[[P:Jan-Willem Hidding]] ;; grondeigenaar T1/T2 ;; [[T:06 20 38 11 74]] ;; -
@@[[P:Harm Ruiters]] ;; grondeigenaar T3 ;; [[T:0031 591 553 092]] ;; -
@@[[P:Klaasje Smeenge]] ;; omwonende ;; [[T:0591 548 370]] ;; 1100 m
@@[[P:Ilse van 't Hek]] ;; {{O:Stichting Hondsrug Windstil}} ;; [[T:06 4877 1290]] ;; -
@@[[P:Jannes Hilbolling]] ;; coöperatie ;; [[T:06-53 19 84 20]] ;; -
@@{{R:Meijering}} ;; {{F:wethouder}} ;; {{G:14 0591}} ;; -
@@{{O:Plaatselijk Belang Valthermond}} ;; dorpsbelangen ;; {{G:0599 212 000}} ;; -

Opmerking: alle contacten lopen via de omgevingsmanager van {{O:Noordwind Ontwikkeling B.V.}}, [[P:Lisanne Brouwer-Tjalma]].
""", font="Helvetica", size=9, producer="Microsoft® Excel® for Microsoft 365", creator="Microsoft® Excel® for Microsoft 365"),

Doc("wz30_mail_ontwikkelaar", """
Van: [[P:Brouwer-Tjalma, Lisanne]] <[[E:l.brouwer@noordwind-ontwikkeling.nl]]>
Verzonden: vrijdag 8 mei 2026 14:03
Aan: [[P:Okkema, Jeroen]] <[[E:j.okkema@drenthe.nl]]>
CC: [[P:Kamphuis, Wouter]] <[[E:w.kamphuis@noordwind-ontwikkeling.nl]]>; {{M:vergunningen@noordwind-ontwikkeling.nl}}
Onderwerp: revisie 3 akoestiek + participatieplan

Beste [[P:Jeroen]],

Bijgaand revisie 3 van het rapport {{N:AN-2025-114}} en het geactualiseerde participatieplan. [[P:Sjoerd]] heeft de
woning aan het {{L:Pagediep}} toegevoegd en de modus SO2 doorgerekend.

Over de maatschap: wij hebben [[P:Geert]] een ruilperceel van 9 ha aan de {{L:Drouwenerweg}} aangeboden. Hij denkt erover na.
Zijn schoonvader [[P:Bertus Lubbers]] is minder positief.

Mag ik jou vragen de woordvoering richting de {{O:Stichting Hondsrug Windstil}} bij de provincie te houden? Mevrouw
[[P:Van 't Hek]] belt ons dagelijks.

Groet,
[[P:Lisanne]]

[[P:Lisanne Brouwer-Tjalma]] | {{F:omgevingsmanager}} | {{O:Noordwind Ontwikkeling B.V.}}
T {{G:050 211 40 00}} | M [[T:06 - 1455 8302]]
""", font="DejaVu", size=9.5, producer="Microsoft Outlook for Microsoft 365", creator="Microsoft Outlook"),

Doc("wz31_kennisgeving_besluit", """
# Kennisgeving verleende omgevingsvergunningen
{{O:Gedeputeerde Staten van Drenthe}} maken bekend dat zij op 2 juni 2026 de omgevingsvergunningen hebben verleend voor:
- het {{X:Windpark Hondsrug-Oost}}: zeven windturbines met een ashoogte van 149 meter, zaak {{N:OV-2025-3391}};
- het {{X:Zonnepark Exloërveen Zuid}}: 38 hectare, zaak {{N:OV-2025-3392}};
aanvrager: {{O:Noordwind Ontwikkeling B.V.}}, {{L:Groningen}}.

Wijzigingen ten opzichte van het ontwerpbesluit: nachtmodus SO2 voor T5 en T6, stilstandvoorziening slagschaduw,
monitoringsvoorschrift geluid, en verkleining van het zonnepark tot het deel ten noorden van de {{L:Exloërkijl}}.

Inzage: de besluiten liggen van 4 juni tot en met 16 juli 2026 ter inzage in het {{L:Provinciehuis}}, {{L:Westerbrink 1}},
{{L:Assen}}, en in het gemeentehuis van {{L:Borger-Odoorn}} in {{L:Exloo}}. Digitaal: {{X:www.officielebekendmakingen.nl}}.

Beroep: belanghebbenden die een zienswijze hebben ingediend, kunnen beroep instellen bij de {{O:Afdeling bestuursrechtspraak van de Raad van State}},
Postbus 20019, 2500 EA Den Haag. Op grond van de {{W:Crisis- en herstelwet}} moeten de beroepsgronden binnen de beroepstermijn
worden ingediend.

Informatie: {{G:0592 36 55 55}} of {{M:omgevingsvergunning@drenthe.nl}}.
""", font="Times-Roman", size=10.5, producer="SDU Bekendmakingen", creator="Provinciaal Blad"),

Doc("wz32_woo_besluit", """
{{O:Gedeputeerde Staten van Drenthe}}
Aan de heer [[P:M. ter Horst]]
[[A:Zuiderdiep 118]]
[[A:9521 AM Nieuw-Buinen]]

Assen, 30 juni 2026
Kenmerk: {{N:WOO-2026-0418}}
Onderwerp: besluit op uw Woo-verzoek {{X:Windpark Hondsrug-Oost}} en {{X:Zonnepark Exloërveen Zuid}}

Geachte heer [[P:Ter Horst]],

# 1. Uw verzoek
Op 2 juni 2026 heeft u op grond van de {{W:Wet open overheid}} (Woo) gevraagd om documenten over de vergunningprocedure.

# 2. Besluit
Wij maken de 33 documenten uit de bijgevoegde inventarislijst deels openbaar. Eén passage in de opstalovereenkomst
(artikel 3, de vergoeding) blijft geheim op grond van artikel 5.1, eerste lid, onder c, van de Woo.

# 3. Zienswijzen derden
{{O:Noordwind Ontwikkeling B.V.}} heeft bezwaar gemaakt tegen openbaarmaking van het akoestisch rapport. Dat bezwaar
volgen wij niet: het rapport is onderdeel van de aanvraag en lag al ter inzage.

\\f
# 4. Motivering
Persoonsgegevens. In de documenten staan namen, adressen, telefoonnummers, e-mailadressen, geboortedata en een
bankrekeningnummer van omwonenden, grondeigenaren, medewerkers van bedrijven en ambtenaren. Op grond van artikel 5.1,
tweede lid, onder e, van de Woo ({{X:5.1.2e}}) maken wij die niet openbaar. Gegevens over gezondheid vallen onder
artikel 5.1, eerste lid, onder d ({{X:5.1.1d}}); het burgerservicenummer onder artikel 5.1, eerste lid, onder e ({{X:5.1.1e}}).

Namen van {{R:gedeputeerde Kuipers}}, {{R:wethouder Meijering}}, de {{F:commissaris van de Koning}} en van Statenleden maken
wij wel openbaar, omdat zij in hun publieke functie optreden.

# 5. Wijze van openbaarmaking
De documenten worden op {{X:open.overheid.nl}} geplaatst.

Bezwaar: binnen zes weken bij {{O:Gedeputeerde Staten van Drenthe}}, Postbus 122, 9400 AC {{L:Assen}}.

Hoogachtend,
Gedeputeerde Staten van Drenthe,
namens dezen,

[[P:drs. R.J. Scholtens-Mulder]]
{{F:juridisch adviseur Woo}}
""", font="Helvetica", producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365"),

Doc("wz33_inventarislijst", """
# Inventarislijst Woo-besluit {{N:WOO-2026-0418}}
@@!Nr ;; Document ;; Datum ;; Beoordeling ;; Grond
@@1 ;; Woo-verzoek ;; 02-06-2026 ;; deels openbaar ;; 5.1.2e
@@2 ;; Ontvangstbevestiging ;; 05-06-2026 ;; deels openbaar ;; 5.1.2e
@@3 ;; Zienswijze omwonenden ;; 11-03-2026 ;; deels openbaar ;; 5.1.2e, 5.1.1d
@@4 ;; Zienswijze maatschap ;; 10-03-2026 ;; deels openbaar ;; 5.1.2e
@@5 ;; Zienswijze (handgeschreven) ;; 02-03-2026 ;; deels openbaar ;; 5.1.2e, 5.1.1d
@@6 ;; Zienswijze advocaat ;; 12-03-2026 ;; deels openbaar ;; 5.1.2e
@@7 ;; Brief energiecoöperatie ;; 20-03-2026 ;; deels openbaar ;; 5.1.2e
@@8 ;; Brief ontwikkelaar ;; 27-03-2026 ;; deels openbaar ;; 5.1.2e
@@9 ;; Reactie gedeputeerde ;; 21-04-2026 ;; deels openbaar ;; 5.1.2e
@@10 ;; Reactie gedeputeerde ;; 22-04-2026 ;; deels openbaar ;; 5.1.2e
@@11 ;; Verslag hoorzitting ;; 14-04-2026 ;; deels openbaar ;; 5.1.2e
@@12 ;; E-mail gemeente ;; 17-02-2026 ;; deels openbaar ;; 5.1.2e
@@13 ;; E-mail informatieavond ;; 04-03-2026 ;; deels openbaar ;; 5.1.2e
@@14 ;; Teams-chat ;; 29-05-2026 ;; deels openbaar ;; 5.1.2e, 5.1.1d
@@15 ;; WhatsApp-export ;; 12-03-2026 ;; deels openbaar ;; 5.1.2e
@@16 ;; Opstalovereenkomst ;; 18-11-2025 ;; deels openbaar ;; 5.1.2e, 5.1.1e, 5.1.1c
@@17 ;; Akoestisch rapport ;; 10-05-2026 ;; deels openbaar ;; 5.1.2e
\\f
@@!Nr ;; Document ;; Datum ;; Beoordeling ;; Grond
@@18 ;; Meldingsformulier ;; 20-05-2026 ;; deels openbaar ;; 5.1.2e, 5.1.1d
@@19 ;; Statenvragen ;; 25-03-2026 ;; openbaar ;; -
@@20 ;; Antwoord GS ;; 21-04-2026 ;; deels openbaar ;; 5.1.2e
@@21 ;; Beslisnota GS ;; 02-06-2026 ;; deels openbaar ;; 5.1.2e
@@22 ;; Presentielijst ;; 14-04-2026 ;; deels openbaar ;; 5.1.2e
@@23 ;; Factuur ecoloog ;; 31-01-2026 ;; deels openbaar ;; 5.1.2e
@@24 ;; Factuur taxateur ;; 14-02-2026 ;; deels openbaar ;; 5.1.2e
@@25 ;; Memo geluid ;; 29-05-2026 ;; deels openbaar ;; 5.1.2e
@@26 ;; Persbericht ;; 03-06-2026 ;; openbaar ;; -
@@27 ;; Verslag projectgroep ;; 10-02-2026 ;; deels openbaar ;; 5.1.2e
@@28 ;; Brief stichting ;; 28-04-2026 ;; deels openbaar ;; 5.1.2e
@@29 ;; Stakeholderlijst ;; 05-2026 ;; deels openbaar ;; 5.1.2e
@@30 ;; E-mail ontwikkelaar ;; 08-05-2026 ;; deels openbaar ;; 5.1.2e
@@31 ;; Kennisgeving ;; 03-06-2026 ;; openbaar ;; -
@@32 ;; Woo-besluit ;; 30-06-2026 ;; deels openbaar ;; 5.1.2e
@@33 ;; Inventarislijst ;; 30-06-2026 ;; openbaar ;; -

Behandelaar: [[P:R.J. Scholtens-Mulder]] ([[S:RSM]]) - {{O:Team Informatiebeheer}} - {{M:woo@drenthe.nl}}
Zaak: {{N:OV-2025-3391}} / {{N:OV-2025-3392}}
""", font="DejaVu", size=9, producer="Microsoft® Excel® 2019", creator="Microsoft® Excel® 2019"),
]
