"""Documents bu07-bu14 of set BU (all persons invented unless named as office holder in README)."""
DOCS = []

# bu07 Eilandsraad Saba minutes
DOCS.append(dict(
    id="bu07_eilandsraad_saba_notulen", font="Times-Roman", size=9.8, title="Minutes Island Council Saba 2026-09-24",
    head=["Public Entity Saba - Island Council", "Government Administration Building, The Bottom"],
    foot="Minutes Island Council meeting September 24, 2026 - draft, not yet adopted", pagefmt="page {n}",
    body="""
## Minutes of the public meeting of the Island Council of Saba, Thursday September 24, 2026
Present: Island Governor Jonathan Johnson (chairman); Island Council members Vernon Hassell-Levenstone (WIPM),
Carmen Zagers (WIPM), Dexter Every (SLP), Neville Linzey (SLP) and Hemmie van Xanten (WIPM);
Commissioners Rolando Wilson and Tricia Granger-Barnes (both present as non-members); the Island Registrar.
Minutes: Jennifer Stoelinga (Registry). Absent with notice: none.
## 1. Opening
The chairman opened the meeting at 10.05 hrs. He welcomed the State Secretary's delegation from the Ministry of BZK,
Directorate-General for Kingdom Relations, represented by policy advisor Ms. Femke Doorn.
## 2. Public speaking time
Mr. Orlando Heyliger of Zion's Hill spoke about the cost of the ferry Makana and the Edge. He said his daughter
Keisha needs weekly treatment at the dialysis unit on Sint Maarten. Ms. Audrey Peterson-Linzey of Windwardside
asked about the waiting list for social housing at the Booby Hill project.
## 3. Budget amendment 2026-3
Commissioner Wilson explained the amendment for the Saba Airport (Juancho E. Yrausquin Airport) runway safety area.
Member Every asked whether the Caribbean Netherlands Regional Envelope (regio-envelop) can be used. Commissioner
Granger-Barnes answered that the Ministry of Infrastructure and Water Management co-finances the project.
Member Van Xanten asked that the Registrar send the letter of the Rijksvertegenwoordiger to all members.
The amendment was adopted unanimously.
## 4. Any other business
Member Hassell-Levenstone thanked Jennifer from the Registry and Ms. Doorn for their support.
The chairman closed the meeting at 11.40 hrs.
| Action | Who | Deadline |
| Send RV letter to members | Registry (J. Stoelinga) | Oct 1 |
| Answer Mr. Heyliger in writing | Commissioner Wilson / Social Domain (case worker Lisa-Marie Johnson) | Oct 15 |
""",
    redact=[
        ("PERSON", "Jennifer Stoelinga", ["Jennifer Stoelinga", "J. Stoelinga", "Jennifer"]),
        ("PERSON", "Femke Doorn", ["Femke Doorn", "Ms. Doorn"]),
        ("PERSON", "Orlando Heyliger", ["Orlando Heyliger", "Mr. Heyliger"]),
        ("PERSON", "Keisha", ["Keisha"]), ("HEALTH", "dialysis", ["weekly treatment at the dialysis unit"]),
        ("PERSON", "Audrey Peterson-Linzey", ["Audrey Peterson-Linzey"]),
        ("PERSON", "Lisa-Marie Johnson", ["Lisa-Marie Johnson"]),
    ],
    keep=[("PERSON_PUBLIC", "Jonathan Johnson"), ("PERSON_PUBLIC", "Vernon Hassell-Levenstone"), ("PERSON_PUBLIC", "Carmen Zagers"),
          ("PERSON_PUBLIC", "Dexter Every"), ("PERSON_PUBLIC", "Neville Linzey"), ("PERSON_PUBLIC", "Hemmie van Xanten"),
          ("PERSON_PUBLIC", "Rolando Wilson"), ("PERSON_PUBLIC", "Tricia Granger-Barnes"), ("PERSON_PUBLIC", "Commissioner Wilson"),
          ("PERSON_PUBLIC", "Member Every"), ("PERSON_PUBLIC", "Member Van Xanten"), ("ORG", "WIPM"), ("ORG", "SLP"),
          ("ORG", "Public Entity Saba"), ("PLACE", "Zion's Hill"), ("PLACE", "Windwardside"), ("PLACE", "Sint Maarten"),
          ("PRODUCT", "Makana"), ("ORG", "Juancho E. Yrausquin Airport"), ("PROGRAM", "Caribbean Netherlands Regional Envelope"),
          ("ORG", "Ministry of Infrastructure and Water Management"), ("TITLE", "Rijksvertegenwoordiger"),
          ("PROGRAM", "Booby Hill project"), ("TITLE", "Island Registrar"), ("DATE", "September 24, 2026")],
))

# bu08 medevac e-mail chain ZVK (patient data), two pages
DOCS.append(dict(
    id="bu08_zvk_medevac_colombia", font="LibSans", size=8.8, title="RE: URGENT medevac Medellin",
    author="Zorgverzekeringskantoor Caribisch Nederland",
    foot="Zorg en Jeugd Caribisch Nederland (ZJCN) - Zorgverzekeringskantoor - Kaya Neerlandia 41 - Kralendijk",
    body="""
<b>Van:</b> Lianne Thomassen-Gario &lt;lianne.thomassen@zjcn.nl&gt;<br/><b>Verzonden:</b> dinsdag 8 september 2026 16:12<br/><b>Aan:</b> Medevac ZVK &lt;medevac@zjcn.nl&gt;; 'Dr. Andrés Felipe Ospina Giraldo' &lt;aospina@clinicalasamericas.com.co&gt;<br/><b>CC:</b> Dijkhoff, Ruud (ZJCN) &lt;r.dijkhoff@zjcn.nl&gt;<br/><b>Onderwerp:</b> RE: URGENT medevac Medellín - patient ZVK 55-018273
Beste Ruud, Dear Dr. Ospina,
The air ambulance (Aeromedical Services, tail PJ-AMB) is confirmed for tomorrow 07:30 from Flamingo International Airport to
Medellín (José María Córdova). Patient details below; please treat as medical confidential.
| Patient | Eudelia Martha Janga-Frans |
| Date of birth | 30-01-1957 |
| ZVK-nummer | 55-018273 |
| Diagnosis | NSTEMI, PCI indicated, diabetes type 2 |
| Companion | son Rignald Janga, passport NW87KL2P3 |
| Address | Kaya Alablanca 6, Antriol |
The referral was signed by cardiologist dr. Sergio Coffie of Fundashon Mariadal. Hotel for the companion: Hotel
Dann Carlton, through our travel office (reisbureau@zjcn.nl).
Met vriendelijke groet / Kind regards,<br/>Lianne Thomassen<br/>Medisch adviseur medevac | ZJCN<br/>M +599 780 4127
> <b>From:</b> Andrés Felipe Ospina Giraldo<br/><b>Sent:</b> Tuesday, September 8, 2026 14:55<br/><b>To:</b> Medevac ZVK<br/><b>Subject:</b> medevac Medellín
> Estimada Lianne, we can accept the patient in the Clínica Las Américas AUNA cardiology unit. Please send the
> echo report and the consent of Mrs. Janga. Our international office (international@clinicalasamericas.com.co,
> +57 604 342 1010) arranges the guarantee letter with the Zorgverzekeringskantoor.
> Saludos, Dr. Andrés F. Ospina G., coordinador pacientes internacionales, móvil +57 310 428 7719
---
<b>Van:</b> Dijkhoff, Ruud (ZJCN)<br/><b>Verzonden:</b> dinsdag 8 september 2026 13:40<br/><b>Aan:</b> Medevac ZVK<br/><b>Onderwerp:</b> Spoed: mevr. Janga naar Colombia
Lianne, spoedaanvraag van Mariadal voor mevr. J. (zie ZVK 55-018273). Curaçao (CMC) heeft geen bed op de CCU. Kun jij
Medellín bellen? Ik zit tot 15.00 in het overleg met VWS (Directie Caribisch Nederland) en de gezaghebber.
Groet, Ruud<br/>Ruud Dijkhoff | teamleider Zorgverzekeringskantoor | T +599 715 8100 (algemeen) | M +599 795 2268
""",
    redact=[
        ("PERSON", "Lianne Thomassen-Gario", ["Lianne Thomassen-Gario", "Lianne Thomassen", "Lianne"]),
        ("EMAIL", "lianne.thomassen@zjcn.nl", ["~lianne.thomassen@zjcn.nl"]),
        ("PERSON", "Andrés Felipe Ospina Giraldo", ["Andrés Felipe Ospina Giraldo", "Dr. Ospina", "Andrés F. Ospina G."]),
        ("EMAIL", "aospina@", ["~aospina@clinicalasamericas.com.co"]),
        ("PERSON", "Ruud Dijkhoff", ["Dijkhoff, Ruud", "Ruud Dijkhoff", "Ruud"]),
        ("EMAIL", "r.dijkhoff@zjcn.nl", ["~r.dijkhoff@zjcn.nl"]),
        ("PERSON", "Eudelia Martha Janga-Frans", ["Eudelia Martha Janga-Frans", "Mrs. Janga", "mevr. Janga", "mevr. J."]),
        ("DOB", "30-01-1957", ["30-01-1957"]), ("ID", "ZVK-nummer", ["55-018273"]),
        ("HEALTH", "diagnosis", ["NSTEMI, PCI indicated, diabetes type 2"]),
        ("PERSON", "Rignald Janga", ["Rignald Janga"]), ("ID", "passport", ["NW87KL2P3"]),
        ("ADDRESS", "Kaya Alablanca 6", ["Kaya Alablanca 6"]),
        ("PERSON", "Sergio Coffie", ["Sergio Coffie"]),
        ("PHONE", "+599 780 4127", ["~+599 780 4127"]), ("PHONE", "+57 310 428 7719", ["~+57 310 428 7719"]),
        ("PHONE", "+599 795 2268", ["~+599 795 2268"]),
    ],
    keep=[("EMAIL", "~medevac@zjcn.nl"), ("ORG", "Aeromedical Services"), ("ORG", "Flamingo International Airport"),
          ("PLACE", "Medellín"), ("ORG", "José María Córdova"), ("ORG", "Fundashon Mariadal"), ("ORG", "Hotel Dann Carlton"),
          ("EMAIL", "~reisbureau@zjcn.nl"), ("TITLE", "Medisch adviseur medevac"), ("ORG", "Clínica Las Américas AUNA"),
          ("EMAIL", "~international@clinicalasamericas.com.co"), ("PHONE", "~+57 604 342 1010"), ("ORG", "Zorgverzekeringskantoor"),
          ("TITLE", "coordinador pacientes internacionales"), ("PLACE", "Colombia"), ("ORG", "VWS"), ("ORG", "CMC"),
          ("TITLE", "teamleider Zorgverzekeringskantoor"), ("PHONE", "~+599 715 8100"), ("ADDRESS", "Kaya Neerlandia 41"),
          ("PLACE", "Antriol"), ("ORG", "ZJCN")],
))

# bu09 Outlook chain DGKR <-> island governments
DOCS.append(dict(
    id="bu09_outlook_dgkr_eilanden", font="DejaVuSans", size=8.5, title="FW: Bestuurlijk Overleg CN 14 oktober",
    foot="Dit bericht kan informatie bevatten die niet voor u is bestemd. - Rijksoverheid",
    body="""
<b>Van:</b> Hoorn, Erik van (DGKR/DCN) &lt;erik.vanhoorn@minbzk.nl&gt;<br/><b>Verzonden:</b> vrijdag 2 oktober 2026 09:17<br/><b>Aan:</b> Griffie Openbaar Lichaam Sint Eustatius &lt;griffie@statiagov.com&gt;; Sorton, Naomi &lt;naomi.sorton@sabagov.nl&gt;; Cijntje-Anthony, G. &lt;gisela.cijntje@bonairegov.com&gt;<br/><b>CC:</b> Postbus DGKR &lt;postbus.dgkr@minbzk.nl&gt;; Bakhuis, Thijs &lt;thijs.bakhuis@minbzk.nl&gt;<br/><b>Onderwerp:</b> FW: Bestuurlijk Overleg CN 14 oktober - agenda en stukken
Beste collega's,
Hierbij de conceptagenda voor het Bestuurlijk Overleg Caribisch Nederland van 14 oktober in Den Haag. De
staatssecretaris ontvangt de gezaghebbers en de gedeputeerden van Bonaire, Sint Eustatius en Saba. Thijs zorgt voor
de reis (KLM via Amsterdam) en de hotels; graag vóór 6 oktober jullie deelnemerslijst aan Thijs of de postbus.
Naomi: kun je nagaan of gedeputeerde Zagers de presentatie over de Saba-pier geeft? Gisela: de gezaghebber van
Bonaire vroeg naar de vertaling in het Papiaments; die regelt Stefanie Mol-Kroon van Communicatie (BZK).
Met vriendelijke groet,
Erik van Hoorn<br/>coördinerend beleidsmedewerker | Directie Caribisch Nederland<br/>DG Koninkrijksrelaties | Ministerie van BZK<br/>Turfmarkt 147 | 2511 DP Den Haag<br/>M +31 6 2219 4480
> <b>From:</b> Sorton, Naomi &lt;naomi.sorton@sabagov.nl&gt;<br/><b>Sent:</b> Thursday, October 1, 2026 6:02 PM<br/><b>To:</b> Hoorn, Erik van (DGKR/DCN)<br/><b>Subject:</b> RE: Bestuurlijk Overleg CN
> Hi Erik, Commissioner Zagers will present, and Island Governor Johnson joins by Teams from The Bottom. Our
> Island Secretary asks if the RCN-unit Infrastructure can attend. Please also copy my colleague Kemar (kemar.hassell@sabagov.nl).
> Best, Naomi | Policy advisor Executive Council | Public Entity Saba | +599 416 2115
>> <b>Van:</b> Cijntje-Anthony, G.<br/>>> Erik, gezaghebber Rijna komt met gedeputeerde Crestian. Ik stuur de lijst maandag. Bon dia, Gisela
""",
    redact=[
        ("PERSON", "Erik van Hoorn", ["Hoorn, Erik van", "Erik van Hoorn", "Erik"]),
        ("EMAIL", "erik.vanhoorn@minbzk.nl", ["~erik.vanhoorn@minbzk.nl"]),
        ("PERSON", "Naomi Sorton", ["Sorton, Naomi", "Naomi"]), ("EMAIL", "naomi.sorton@sabagov.nl", ["~naomi.sorton@sabagov.nl"]),
        ("PERSON", "Gisela Cijntje-Anthony", ["Cijntje-Anthony, G.", "Gisela"]),
        ("EMAIL", "gisela.cijntje@bonairegov.com", ["~gisela.cijntje@bonairegov.com"]),
        ("PERSON", "Thijs Bakhuis", ["Bakhuis, Thijs", "Thijs"]), ("EMAIL", "thijs.bakhuis@minbzk.nl", ["~thijs.bakhuis@minbzk.nl"]),
        ("PERSON", "Stefanie Mol-Kroon", ["Stefanie Mol-Kroon"]),
        ("PHONE", "+31 6 2219 4480", ["~+31 6 2219 4480"]),
        ("PERSON", "Kemar", ["Kemar"]), ("EMAIL", "kemar.hassell@sabagov.nl", ["~kemar.hassell@sabagov.nl"]),
        ("PHONE", "+599 416 2115", ["~+599 416 2115"]),
    ],
    keep=[("EMAIL", "~griffie@statiagov.com"), ("EMAIL", "~postbus.dgkr@minbzk.nl"), ("ORG", "Postbus DGKR"),
          ("PROGRAM", "Bestuurlijk Overleg Caribisch Nederland"), ("PLACE", "Den Haag"), ("ORG", "KLM"),
          ("PERSON_PUBLIC", "gedeputeerde Zagers"), ("PERSON_PUBLIC", "Commissioner Zagers"), ("PERSON_PUBLIC", "Island Governor Johnson"),
          ("PERSON_PUBLIC", "gezaghebber Rijna"), ("PERSON_PUBLIC", "gedeputeerde Crestian"), ("ORG", "RCN-unit Infrastructure"),
          ("TITLE", "coördinerend beleidsmedewerker"), ("ORG", "Directie Caribisch Nederland"), ("ADDRESS", "Turfmarkt 147"),
          ("TITLE", "Policy advisor Executive Council"), ("ORG", "Public Entity Saba"), ("TITLE", "Island Secretary"),
          ("ORG", "Griffie Openbaar Lichaam Sint Eustatius"), ("PRODUCT", "Teams"), ("ORG", "Ministerie van BZK")],
))

# bu10 scanned handwritten letter to the Rijksvertegenwoordiger (image only)
DOCS.append(dict(
    id="bu10_scan_handgeschreven_brief", keep_lines=True, font="Femke", size=15, scan=True, angle=0.8, title="scan0041",
    body="""
Oranjestad, 3 augustus 2026
Aan de Rijksvertegenwoordiger
Kantoor Rijksvertegenwoordiger, Kralendijk
Geachte heer,
Mijn naam is Wilhelmina Schmidt-Pandt en ik woon
aan de Rosemary Lane 23 in Oranjestad.
Sinds mijn man Clinton is overleden
kan ik de huur van Statia Housing niet betalen.
Mijn telefoon is 318 2263 of 587 2035.
Ik vraag u om hulp.
Met vriendelijke groet,
W. Schmidt-Pandt
""",
    redact=[
        ("PERSON", "Wilhelmina Schmidt-Pandt", ["Schmidt-Pandt", "Wilhelmina"]),
        ("ADDRESS", "Rosemary Lane 23", ["Rosemary Lane 23"]),
        ("PERSON", "Clinton", ["Clinton"]),
        ("PHONE", "318 2263", ["~318 2263"]), ("PHONE", "587 2035", ["~587 2035"]),
    ],
    keep=[],
))

# bu11 Woo-besluit with inventory (2 pages)
DOCS.append(dict(
    id="bu11_woo_besluit_inventaris", font="Helvetica", size=9, title="Woo-besluit energiekosten Bonaire",
    head=["Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "> Retouradres Postbus 20011 2500 EA Den Haag"],
    side=["**DG Koninkrijksrelaties", "Turfmarkt 147", "2511 DP Den Haag", "", "**Contactpersoon", "Woo-coördinator DGKR",
          "woo@minbzk.nl", "", "**Kenmerk", "2026-0000512207", "**Uw verzoek van", "12 juni 2026"],
    foot="Besluit op uw Woo-verzoek - kenmerk 2026-0000512207",
    body="""
Mevrouw drs. A.C. (Anouk) Brandsma-Wever<br/>Kaya Flamboyan 3<br/>Hato, Curaçao
Datum 30 september 2026
Betreft Besluit op uw Woo-verzoek over de energiekosten op Bonaire
Geachte mevrouw Brandsma-Wever,
In uw e-mail van 12 juni 2026 (verzonden vanaf anouk.brandsma@gmail.com) vraagt u op grond van de Wet open overheid
(Woo) om documenten over de subsidie op de energietarieven van de Water- en Energiebedrijf Bonaire (WEB). Op 19 juni
heeft mijn medewerker u telefonisch gesproken over de afbakening.
## Besluit
Ik maak de documenten deels openbaar. Persoonsgegevens van ambtenaren en derden zijn weggelakt op grond van artikel
5.1, tweede lid, aanhef en onder e, van de Woo (5.1.2e). Namen van de staatssecretaris, de gezaghebber en de
gedeputeerden van Bonaire blijven leesbaar.
De minister van Binnenlandse Zaken en Koninkrijksrelaties,<br/>namens deze,<br/>de directeur Caribisch Nederland,
[handtekening] P.H.M. Verhoeven-Ramdin
---
## Bijlage 1 - Inventarislijst
| Nr | Document | Datum | Beoordeling | Grond | Opmerking |
| 1 | E-mail Erik Achterberg (DGKR) aan ACM Caribisch Nederland | 14-01-2026 | deels openbaar | 5.1.2e | |
| 2 | Nota aan staatssecretaris over tariefsubsidie WEB | 02-02-2026 | deels openbaar | 5.1.2e | |
| 3 | Verslag overleg met gedeputeerde Crestian en WEB-directie (dhr. R.A. Tromp) | 20-02-2026 | deels openbaar | 5.1.2e | |
| 4 | E-mailwisseling Saskia Lindeboom (EZ) en Marjolein van der Meer-de Wit (BZK) | 03-03-2026 | deels openbaar | 5.1.2e, 5.1.2i | |
| 5 | Brief Stichting Consumentenbond Bonaire | 11-03-2026 | openbaar | | reeds openbaar |
| 6 | Appberichten 'Gijs' en 'Manon' | 15-03-2026 | niet openbaar | 5.1.2e | buiten reikwijdte |
""",
    redact=[
        ("PERSON", "Anouk Brandsma-Wever", ["Brandsma-Wever", "Anouk", "A.C."]),
        ("ADDRESS", "Kaya Flamboyan 3", ["Kaya Flamboyan 3"]),
        ("EMAIL", "anouk.brandsma@gmail.com", ["~anouk.brandsma@gmail.com"]),
        ("PERSON", "P.H.M. Verhoeven-Ramdin", ["Verhoeven-Ramdin", "P.H.M."]),
        ("PERSON", "Erik Achterberg", ["Erik Achterberg"]), ("PERSON", "R.A. Tromp", ["R.A. Tromp"]),
        ("PERSON", "Saskia Lindeboom", ["Saskia Lindeboom"]), ("PERSON", "Marjolein van der Meer-de Wit", ["Marjolein van der Meer-de Wit"]),
        ("PERSON", "Gijs", ["Gijs"]), ("PERSON", "Manon", ["Manon"]),
    ],
    keep=[("ORG", "Water- en Energiebedrijf Bonaire"), ("ORG", "WEB"), ("LAW", "Wet open overheid"), ("LAW", "Woo"),
          ("EMAIL", "~woo@minbzk.nl"), ("REF", "~2026-0000512207"), ("TITLE", "Woo-coördinator DGKR"),
          ("ORG", "ACM Caribisch Nederland"), ("PERSON_PUBLIC", "gedeputeerde Crestian"), ("ORG", "Stichting Consumentenbond Bonaire"),
          ("GROUND", "~5.1.2e"), ("GROUND", "~5.1.2i"), ("TITLE", "directeur Caribisch Nederland"), ("PLACE", "Hato"),
          ("PLACE", "Curaçao"), ("ORG", "EZ"), ("ORG", "BZK"), ("TITLE", "De minister van Binnenlandse Zaken en Koninkrijksrelaties"),
          ("DATE", "30 september 2026"), ("STATUS", "deels openbaar")],
))

# bu12 Rijksvertegenwoordiger letter, English, to Statia
DOCS.append(dict(
    id="bu12_rijksvertegenwoordiger_statia", font="LibSerif", size=10, title="Letter Rijksvertegenwoordiger hurricane preparedness",
    head=["Rijksvertegenwoordiger voor Bonaire, Sint Eustatius en Saba", "Kaya Grandi 2 - Kralendijk - Bonaire - T +599 715 8330"],
    side=["**Office of the", "Kingdom Representative", "info@rijksvertegenwoordiger.nl", "", "**Our reference", "RV/2026/0871",
          "**Contact", "Ms. drs. Y. (Yolanda)", "Martijn-Cooper", "+599 795 6604"],
    foot="Rijksvertegenwoordiger BES - Kralendijk",
    body="""
To the Executive Council of the Public Entity Sint Eustatius<br/>attn. Island Governor Alida Francis<br/>Government Guesthouse, Oranjestad
Kralendijk, July 2, 2026
Subject: hurricane preparedness 2026 and the Rampenbestrijdingsplan
Dear Island Governor Francis,
Under the Veiligheidswet BES the Kingdom Representative coordinates disaster response in the Caribbean Netherlands.
During my visit to Sint Eustatius on June 24 I spoke with Commissioner Merkman and with the fire brigade (Brandweerkorps
Caribisch Nederland). I was pleased to hear that the emergency shelter at the Gwendoline van Putten School is ready.
Your crisis coordinator, Mr. Ravi Doornbos-Sint Jago, has informed my office that the satellite phones (Iridium) will be
tested on July 15. Please send the updated contact list of your ESF-coordinators to my advisor Ms. Martijn-Cooper.
The private contact details of the shelter volunteers (among them Ms. Noreen Lopes of Golden Rock) should not be
circulated by e-mail.
Yours sincerely,
Jan Helmond<br/>Rijksvertegenwoordiger voor Bonaire, Sint Eustatius en Saba
""",
    redact=[
        ("PERSON", "Yolanda Martijn-Cooper", ["Martijn-Cooper", "Y. (Yolanda)"]), ("PHONE", "+599 795 6604", ["~+599 795 6604"]),
        ("PERSON", "Ravi Doornbos-Sint Jago", ["Ravi Doornbos-Sint Jago"]),
        ("PERSON", "Noreen Lopes", ["Noreen Lopes"]),
    ],
    keep=[("TITLE", "Rijksvertegenwoordiger voor Bonaire, Sint Eustatius en Saba"), ("PERSON_PUBLIC", "Jan Helmond"),
          ("PERSON_PUBLIC", "Island Governor Alida Francis"), ("PERSON_PUBLIC", "Island Governor Francis"),
          ("PERSON_PUBLIC", "Commissioner Merkman"), ("LAW", "Veiligheidswet BES"), ("PROGRAM", "Rampenbestrijdingsplan"),
          ("ORG", "Brandweerkorps Caribisch Nederland"), ("ORG", "Gwendoline van Putten School"), ("PRODUCT", "Iridium"),
          ("EMAIL", "~info@rijksvertegenwoordiger.nl"), ("REF", "~RV/2026/0871"), ("PHONE", "~+599 715 8330"),
          ("PLACE", "Golden Rock"), ("ORG", "Government Guesthouse"), ("TITLE", "Kingdom Representative"),
          ("TITLE", "crisis coordinator"), ("PLACE", "Sint Eustatius")],
))
