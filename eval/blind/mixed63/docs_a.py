"""Documents bu01-bu12 of set BU (all persons invented)."""
DOCS = []

# bu01 RCN-unit SZW letter to a citizen, side column, kaya addresses
DOCS.append(dict(
    id="bu01_rcn_szw_brief_onderstand", font="Helvetica", title="Besluit bijzondere onderstand",
    author="Rijksdienst Caribisch Nederland",
    head=["Rijksdienst Caribisch Nederland", "Unit Sociale Zaken en Werkgelegenheid (SZW)"],
    side=["**Unit SZW", "Kaya Internashonal z/n", "Kralendijk, Bonaire", "T +599 715 8888 (algemeen)",
          "szw@rijksdienstcn.com", "www.rijksdienstcn.com", "", "**Behandeld door", "Rosalinda Mercera-Thode",
          "T +599 715 8943", "rosalinda.mercera@rijksdienstcn.com", "", "**Ons kenmerk", "SZW/BO/2026-04417",
          "**Uw aanvraag van", "3 september 2026"],
    foot="Rijksdienst Caribisch Nederland - Unit SZW - Kaya Internashonal z/n - Kralendijk",
    body="""
Aan de heer<br/>R.J. (Ruthmilo) Winklaar<br/>Kaya Amsterdam 17<br/>Nikiboko, Bonaire
Kralendijk, 29 september 2026
<b>Onderwerp: besluit op uw aanvraag bijzondere onderstand</b>

Geachte heer Winklaar,
Op 3 september 2026 ontvingen wij uw aanvraag voor bijzondere onderstand voor de vervanging van een koelkast en een
airconditioner. U staat bij ons ingeschreven onder CRIB-nummer 104387261. In dit besluit leest u wat wij hebben besloten.
## Besluit
Wij kennen u een eenmalige bijzondere onderstand toe van USD 1.150. Dit bedrag maken wij over op uw rekening bij de
MCB Bonaire, rekeningnummer 40 1187 352. De regeling is gebaseerd op het Besluit onderstand BES en de Beleidsregels
bijzondere onderstand BES 2026.
## Waarom
Uit het huisbezoek van onze consulent mevrouw Mercera-Thode op 15 september 2026 blijkt dat u samen met uw dochter
Yanaisa Winklaar (geboren 12-03-2011) op het adres Kaya Amsterdam 17 woont. Uw inkomen bestaat uit een AOV-uitkering
en een onderstand. Uw huisarts, dokter Elvira Cicilia van de huisartsenpraktijk aan Kaya Gobernador N. Debrot, heeft
verklaard dat u vanwege uw COPD een koele woning nodig heeft.
## Bezwaar
Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken bij de Rijksdienst Caribisch
Nederland, Unit SZW, Kaya Internashonal z/n, Kralendijk. Meer informatie vindt u op www.rijksdienstcn.com.
Met vriendelijke groet,
namens de minister van Sociale Zaken en Werkgelegenheid,
[handtekening]
drs. G.A.M. (Gerard) van Oudheusden<br/>hoofd Unit SZW
""",
    redact=[
        ("PERSON", "Rosalinda Mercera-Thode", ["Rosalinda Mercera-Thode", "Mercera-Thode"]),
        ("EMAIL", "rosalinda.mercera@rijksdienstcn.com", ["~rosalinda.mercera@rijksdienstcn.com"]),
        ("PHONE", "+599 715 8943", ["~+599 715 8943"]),
        ("PERSON", "R.J. (Ruthmilo) Winklaar", ["Ruthmilo", "Winklaar"]),
        ("ADDRESS", "Kaya Amsterdam 17", ["Kaya Amsterdam 17"]),
        ("ID", "CRIB-nummer", ["104387261"]),
        ("ACCOUNT", "rekeningnummer", ["~40 1187 352"]),
        ("PERSON", "Yanaisa", ["Yanaisa"]),
        ("DOB", "12-03-2011", ["12-03-2011"]),
        ("HEALTH", "COPD", ["COPD"]),
        ("PERSON", "Elvira Cicilia", ["Elvira Cicilia"]),
        ("PERSON", "Gerard van Oudheusden", ["Oudheusden", "G.A.M.", "Gerard"]),
    ],
    keep=[("ORG", "Rijksdienst Caribisch Nederland"), ("ORG", "Unit SZW"), ("ADDRESS", "Kaya Internashonal z/n"),
          ("PHONE", "~+599 715 8888"), ("EMAIL", "~szw@rijksdienstcn.com"), ("REF", "~SZW/BO/2026-04417"),
          ("PLACE", "Kralendijk"), ("PLACE", "Bonaire"), ("PLACE", "Nikiboko"), ("ORG", "MCB Bonaire"),
          ("LAW", "Besluit onderstand BES"), ("LAW", "Beleidsregels bijzondere onderstand BES 2026"),
          ("STREET", "Kaya Gobernador N. Debrot"), ("TITLE", "minister van Sociale Zaken en Werkgelegenheid"),
          ("TITLE", "hoofd Unit SZW"), ("PRODUCT", "AOV-uitkering"), ("DATE", "29 september 2026")],
))

# bu02 Belastingdienst Caribisch Nederland, uitspraak op bezwaar (Times)
DOCS.append(dict(
    id="bu02_bcn_uitspraak_bezwaar", font="Times-Roman", size=10, title="Uitspraak op bezwaar IB 2024",
    head=["Belastingdienst Caribisch Nederland", "Kaya Grandi 2  |  Kralendijk  |  Bonaire  |  T +599 717 4444"],
    foot="Belastingdienst Caribisch Nederland is onderdeel van de Belastingdienst   BCN/IB/2024/88125",
    pagefmt="blad {n} van 2",
    body="""
Mevrouw S.M. Domacassé-Van der Linden<br/>Kaya Bonaire 9<br/>Kralendijk, Bonaire
Datum: 14 oktober 2026
Betreft: uitspraak op bezwaar inkomstenbelasting 2024
CRIB-nummer: 208 114 539
Aanslagnummer: BCN/IB/2024/88125

Geachte mevrouw Domacassé-Van der Linden,
Op 2 augustus 2026 ontvingen wij uw bezwaarschrift tegen de aanslag inkomstenbelasting 2024. Uw
adviseur, de heer Marcelino F. Pourier van Pourier Tax &amp; Accounting B.V., heeft het bezwaar namens u ingediend.
## Uw bezwaar
U stelt dat de aftrek voor de kosten van de medische behandeling van uw echtgenoot Hendrik Domacassé in
Curaçao (nierdialyse in het Curaçao Medical Center) ten onrechte is geweigerd. Ook vraagt u om toepassing
van de belastingvrije som voor AOV-gerechtigden op grond van de Wet inkomstenbelasting BES.
## Onze beslissing
Wij verklaren uw bezwaar gegrond voor zover het de buitengewone uitgaven betreft. De aanslag wordt verminderd
met USD 2.318. De vermindering storten wij op uw rekening NL62 INGB 0007 7310 42 of het rekeningnummer dat bij ons
bekend is. Op de belastingvrije som blijft de aanslag ongewijzigd; die is al toegepast.
---
## Beroep
Bent u het niet eens met deze uitspraak? Dan kunt u binnen zes weken beroep instellen bij het Gerecht in
eerste aanleg van Bonaire, Sint Eustatius en Saba, Wilhelminaplein 4, Kralendijk.
Hoogachtend,
de inspecteur van de Belastingdienst Caribisch Nederland,
namens deze,
[paraaf]  J.W. Kloosterboer, teamleider Bezwaar en Beroep
| Behandeld | Naam | Toestel | Paraaf |
| opgesteld | Ingrid Statius van Eps | 717 4491 | ISvE |
| gecontroleerd | Jan-Willem Kloosterboer | 717 4470 | JWK |
Vragen? Bel de BelastingTelefoon Caribisch Nederland: +599 717 4444, of mail naar info@belastingdienst-cn.nl.
""",
    redact=[
        ("PERSON", "S.M. Domacassé-Van der Linden", ["Domacassé-Van der Linden", "S.M."]),
        ("ADDRESS", "Kaya Bonaire 9", ["Kaya Bonaire 9"]),
        ("ID", "CRIB-nummer", ["~208 114 539"]),
        ("PERSON", "Marcelino F. Pourier", ["Marcelino F. Pourier"]),
        ("PERSON", "Hendrik Domacassé", ["Hendrik Domacassé"]),
        ("HEALTH", "nierdialyse", ["nierdialyse"]),
        ("IBAN", "NL62 INGB 0007 7310 42", ["~NL62 INGB 0007 7310 42"]),
        ("PERSON", "J.W. Kloosterboer", ["Kloosterboer", "J.W.", "Jan-Willem"]),
        ("PERSON", "Ingrid Statius van Eps", ["Ingrid Statius van Eps"]),
        ("PARAPH", "ISvE", ["ISvE"]), ("PARAPH", "JWK", ["JWK"]),
        ("PHONE", "717 4491", ["~717 4491"]), ("PHONE", "717 4470", ["~717 4470"]),
    ],
    keep=[("ORG", "Belastingdienst Caribisch Nederland"), ("ADDRESS", "Kaya Grandi 2"), ("PHONE", "~+599 717 4444"),
          ("REF", "~BCN/IB/2024/88125"), ("ORG", "~Tax & Accounting B.V."), ("ORG", "Curaçao Medical Center"),
          ("LAW", "Wet inkomstenbelasting BES"), ("ORG", "Gerecht in eerste aanleg van Bonaire, Sint Eustatius en Saba"),
          ("ADDRESS", "Wilhelminaplein 4"), ("TITLE", "teamleider Bezwaar en Beroep"), ("EMAIL", "~info@belastingdienst-cn.nl"),
          ("ORG", "BelastingTelefoon Caribisch Nederland"), ("PLACE", "Curaçao"), ("DATE", "14 oktober 2026")],
))

# bu03 KPCN summary of a police report, Sint Eustatius (Courier)
DOCS.append(dict(
    id="bu03_kpcn_pv_samenvatting", keep_lines=True, font="Courier", size=8.8, title="Samenvatting PV 2026-STA-0312",
    author="hoofdagent K. Spanner", creator="BVH Caribisch Nederland",
    head=["KORPS POLITIE CARIBISCH NEDERLAND", "District Sint Eustatius - Oranjestad - Van Tonningenweg z/n"],
    foot="KPCN - vertrouwelijk - samenvatting t.b.v. Openbaar Ministerie BES",
    body="""
SAMENVATTING PROCES-VERBAAL      Registratienummer: PL9800-2026031245
Datum/tijd melding : 11-07-2026 23:40 uur
Pleegplaats        : Fort Oranjestraat, t.h.v. Lt. Governor de Graaff-monument, Oranjestad
Feit               : mishandeling (art. 300 Wetboek van Strafrecht BES)

VERDACHTE
Naam               : GIBBS, Terrence Alphonso
Geboren            : 04-11-1998 te Oranjestad, Sint Eustatius
Adres              : Mansion Road 112, Cul de Sac, Sint Eustatius
Documentnummer     : paspoort NXK4R7PT2

BENADEELDE
Naam               : WOODLEY-BERKEL, Charmaine
Geboren            : 21-06-1990
Letsel             : gebroken neusbeen, behandeld in het Queen Beatrix Medical Center

GETUIGE
Naam               : Jean-Pierre Dubois-Lapointe (toerist, Frankrijk), verblijvend in The Old Gin House

RELAAS
Op genoemde datum werden wij, verbalisanten Kevin Spanner (P-nummer 602417) en Mariëlle de
Groot-Hoekstra (P-nummer 609955), door de meldkamer naar de Fort Oranjestraat gestuurd. Aldaar troffen wij
de benadeelde aan, die verklaarde dat GIBBS haar tijdens een ruzie had geslagen. Verdachte Gibbs was
eerder in 2024 veroordeeld voor bedreiging. Verdachte werd om 23:58 uur aangehouden en overgebracht naar
het politiebureau Oranjestad. De hulpofficier van justitie, inspecteur R. Hassell, heeft de inverzekeringstelling bevolen.
Terrence verklaarde onder invloed van alcohol te zijn geweest.

Opgemaakt door: Spanner, K. / de Groot-Hoekstra, M.
Gezien: teamchef District Sint Eustatius
""",
    redact=[
        ("PERSON", "Terrence Alphonso Gibbs", ["GIBBS", "Gibbs", "Terrence Alphonso", "Terrence"]),
        ("DOB", "04-11-1998", ["04-11-1998"]),
        ("ADDRESS", "Mansion Road 112", ["Mansion Road 112"]),
        ("ID", "paspoort", ["NXK4R7PT2"]),
        ("PERSON", "Charmaine Woodley-Berkel", ["WOODLEY-BERKEL", "Charmaine"]),
        ("DOB", "21-06-1990", ["21-06-1990"]),
        ("HEALTH", "gebroken neusbeen", ["gebroken neusbeen"]),
        ("PERSON", "Jean-Pierre Dubois-Lapointe", ["Jean-Pierre Dubois-Lapointe"]),
        ("PERSON", "Kevin Spanner", ["Kevin Spanner", "Spanner, K."]),
        ("PERSON", "Mariëlle de Groot-Hoekstra", ["Mariëlle", "Groot-Hoekstra"]),
        ("ID", "P-nummer", ["602417", "609955"]),
        ("CRIMINAL", "veroordeeld voor bedreiging", ["veroordeeld voor bedreiging"]),
        ("PERSON", "R. Hassell", ["R. Hassell"]),
        ("PERSON", "hoofdagent K. Spanner (Author)", ["hoofdagent K. Spanner"]),
    ],
    hidden=dict(author="hoofdagent K. Spanner"),
    keep=[("ORG", "KORPS POLITIE CARIBISCH NEDERLAND"), ("ORG", "KPCN"), ("PLACE", "Oranjestad"), ("STREET", "Van Tonningenweg"),
          ("STREET", "Fort Oranjestraat"), ("PLACE", "Sint Eustatius"), ("LAW", "Wetboek van Strafrecht BES"),
          ("ORG", "Queen Beatrix Medical Center"), ("ORG", "The Old Gin House"), ("REF", "~PL9800-2026031245"),
          ("ORG", "Openbaar Ministerie BES"), ("PLACE", "Cul de Sac"), ("TITLE", "teamchef District Sint Eustatius"),
          ("PLACE", "Frankrijk")],
))

# bu04 Saba school letter, English, via LibreOffice
DOCS.append(dict(
    id="bu04_saba_school_staff_parents", producer_kind="docx", docx_font="Liberation Sans", title="SCS parent letter",
    author="Annelise Hassell-Johnson",
    head=["Saba Comprehensive School", "The Bottom, Saba", "info@scs.sababes.com"],
    foot="Saba Comprehensive School - Public Entity Saba - Hell's Gate Road z/n",
    body="""
## Letter to parents of Form 3 - Hurricane season and CXC registration
The Bottom, October 6, 2026
Dear parents and guardians,
As the hurricane season continues, the school will follow the instructions of the Public Entity Saba and the Island Governor. In case of a school closure we inform you through the SCS app and Radio The Voice of Saba.
The CXC registration for May/June 2027 closes on November 1. Please contact the exam coordinator, Mr. Dwayne O'Connor-Every, at dwayne.oconnor@scs.sababes.com or +599 416 3107.
## Form 3 mentors and staff contacts
| Class | Mentor | E-mail |
| 3A | Ms. Shirlene Zagers | s.zagers@scs.sababes.com |
| 3B | Mr. Pieter-Jan van 't Hof | pj.vanthof@scs.sababes.com |
| 3C | Mrs. Kaylene Heyliger-Peterson | k.heyliger@scs.sababes.com |
| Care coordinator | Ms. Gwendolyn Sorton | g.sorton@scs.sababes.com |
## Students with exam arrangements (confidential - care team only)
| Student | Student no. | Parent/guardian | Arrangement |
| Jaheim Wilson | SCS-22-0417 | Marcia Wilson (+599 416 5528) | extra time (dyslexia) |
| Liora Granger-Smith | SCS-22-0431 | Ethan Granger | separate room (ADHD) |
| Tiyanna Every | SCS-22-0456 | Rhonda Every | laptop (visual impairment) |
The school board (Saba Educational Foundation) and the Ministry of OCW through RCN-unit OCW fund the extra support. Questions about the Education Care Team can be addressed to care@scs.sababes.com.
Kind regards,
Annelise Hassell-Johnson
Principal (acting)
""",
    redact=[
        ("PERSON", "Dwayne O'Connor-Every", ["O'Connor-Every", "Dwayne"]),
        ("EMAIL", "dwayne.oconnor@scs.sababes.com", ["~dwayne.oconnor@scs.sababes.com"]),
        ("PHONE", "+599 416 3107", ["~+599 416 3107"]),
        ("PERSON", "Shirlene Zagers", ["Shirlene Zagers"]), ("EMAIL", "s.zagers", ["~s.zagers@scs.sababes.com"]),
        ("PERSON", "Pieter-Jan van 't Hof", ["Pieter-Jan van 't Hof"]), ("EMAIL", "pj.vanthof", ["~pj.vanthof@scs.sababes.com"]),
        ("PERSON", "Kaylene Heyliger-Peterson", ["Kaylene Heyliger-Peterson"]), ("EMAIL", "k.heyliger", ["~k.heyliger@scs.sababes.com"]),
        ("PERSON", "Gwendolyn Sorton", ["Gwendolyn Sorton"]), ("EMAIL", "g.sorton", ["~g.sorton@scs.sababes.com"]),
        ("PERSON", "Jaheim Wilson", ["Jaheim Wilson"]), ("ID", "SCS-22-0417", ["SCS-22-0417"]),
        ("PERSON", "Marcia Wilson", ["Marcia Wilson"]), ("PHONE", "+599 416 5528", ["~+599 416 5528"]),
        ("HEALTH", "dyslexia", ["dyslexia"]),
        ("PERSON", "Liora Granger-Smith", ["Liora Granger-Smith"]), ("ID", "SCS-22-0431", ["SCS-22-0431"]),
        ("PERSON", "Ethan Granger", ["Ethan Granger"]), ("HEALTH", "ADHD", ["ADHD"]),
        ("PERSON", "Tiyanna Every", ["Tiyanna Every"]), ("ID", "SCS-22-0456", ["SCS-22-0456"]),
        ("PERSON", "Rhonda Every", ["Rhonda Every"]), ("HEALTH", "visual impairment", ["visual impairment"]),
        ("PERSON", "Annelise Hassell-Johnson", ["Annelise Hassell-Johnson"]),
    ],
    keep=[("ORG", "Saba Comprehensive School"), ("PLACE", "The Bottom"), ("EMAIL", "~info@scs.sababes.com"),
          ("ORG", "Public Entity Saba"), ("TITLE", "Island Governor"), ("ORG", "Radio The Voice of Saba"), ("ORG", "CXC"),
          ("TITLE", "exam coordinator"), ("ORG", "Saba Educational Foundation"), ("ORG", "RCN-unit OCW"),
          ("EMAIL", "~care@scs.sababes.com"), ("TITLE", "Principal (acting)"), ("STREET", "Hell's Gate Road"),
          ("ORG", "Education Care Team"), ("TITLE", "Care coordinator")],
))

# bu05 Beslisnota BZK/DGKR to staatssecretaris about Kamerbrief armoede Bonaire
DOCS.append(dict(
    id="bu05_beslisnota_armoede_bonaire", font="LibSans", size=9, title="Beslisnota Kamerbrief armoede Caribisch Nederland",
    author="Veenstra, I. ter Braak- (DGKR)",
    head=["Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "DG Koninkrijksrelaties - Directie Caribisch Nederland"],
    side=["**Aan", "de staatssecretaris van", "Koninkrijksrelaties en Digitalisering", "", "**Datum", "17 februari 2025",
          "**Kenmerk", "2025-0000091734", "", "**Contactpersoon", "mr. I. ter Braak-Veenstra", "T 06 4812 7730",
          "ilse.terbraak@minbzk.nl", "", "**Kopie aan", "DGKR, SG"],
    foot="Beslisnota - DGKR/DCN",
    body="""
## Nota Kamerbrief over armoedebestrijding in Caribisch Nederland
<b>Aanleiding</b>
Tijdens het commissiedebat Koninkrijksrelaties van 29 januari 2025 heeft u de Kamer toegezegd voor het voorjaarsreces
een brief te sturen over de stand van zaken van het sociaal minimum in Caribisch Nederland. Het lid Wuite (D66) vroeg
in het bijzonder naar de energiekosten op Bonaire.
<b>Geadviseerd besluit</b>
Aan de staatssecretaris wordt gevraagd in te stemmen met bijgaande Kamerbrief en deze mede namens de minister van
Sociale Zaken en Werkgelegenheid te versturen.
<b>Kern</b>
- Het ijkpunt sociaal minimum (rapport Regioplan, 2023) is voor Bonaire USD 1.686 per maand voor een alleenstaande.
- Het Openbaar Lichaam Bonaire vraagt via gedeputeerde Crestian (Sociale Zaken) om structurele middelen voor
  de voedselbank Stichting Krusada.
- SZW (contact: Bas Roosendaal, DG Werk) en BZK zijn het eens over de tekst; Financiën heeft nog een voorbehoud.
<b>Krachtenveld</b>
Gezaghebber Rijna van Bonaire steunt de lijn. De Rijksvertegenwoordiger heeft in zijn gesprek met Roosendaal en
mevrouw Ter Braak gevraagd de eilandsraad vooraf te informeren.
<b>Informatie die niet openbaar gemaakt kan worden</b>
Motivering: n.v.t.
| Naam | Functie | Paraaf | Datum |
| I. ter Braak-Veenstra | senior beleidsmedewerker DCN | ITB | 14-2 |
| Marco Leeuwarden | plv. directeur Caribisch Nederland | ML | 14-2 |
| DGKR | directeur-generaal Koninkrijksrelaties | | 17-2 |
""",
    redact=[
        ("PERSON", "Ilse ter Braak-Veenstra", ["ter Braak-Veenstra", "Ter Braak"]),
        ("PHONE", "06 4812 7730", ["~06 4812 7730"]), ("EMAIL", "ilse.terbraak@minbzk.nl", ["~ilse.terbraak@minbzk.nl"]),
        ("PERSON", "Bas Roosendaal", ["Bas Roosendaal", "Roosendaal"]),
        ("PERSON", "Marco Leeuwarden", ["Marco Leeuwarden"]),
        ("PARAPH", "ITB", ["ITB"]), ("PARAPH", "ML", ["ML"]),
        ("PERSON", "Author metadata", ["~Veenstra, I. ter Braak- (DGKR)"]),
    ],
    hidden=dict(author="Veenstra, I. ter Braak- (DGKR)"),
    keep=[("ORG", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"), ("ORG", "DG Koninkrijksrelaties"),
          ("TITLE", "staatssecretaris van"), ("TITLE", "Koninkrijksrelaties en Digitalisering"), ("REF", "~2025-0000091734"),
          ("PERSON_PUBLIC", "Wuite"), ("ORG", "D66"), ("PLACE", "Bonaire"), ("ORG", "Regioplan"),
          ("ORG", "Openbaar Lichaam Bonaire"), ("PERSON_PUBLIC", "gedeputeerde Crestian"), ("ORG", "Stichting Krusada"),
          ("PERSON_PUBLIC", "Gezaghebber Rijna"), ("TITLE", "Rijksvertegenwoordiger"), ("ORG", "DGKR"),
          ("TITLE", "directeur-generaal Koninkrijksrelaties"), ("TITLE", "plv. directeur Caribisch Nederland"),
          ("TITLE", "senior beleidsmedewerker DCN"), ("HEADING", "Informatie die niet openbaar gemaakt kan worden"),
          ("ORG", "DG Werk"), ("ORG", "Financiën")],
))

# bu06 Kamerbrief (keep-heavy) with staatssecretaris Szabó
DOCS.append(dict(
    id="bu06_kamerbrief_armoede_bonaire", font="DejaVuSerif", size=9.2, title="Kamerbrief sociaal minimum Caribisch Nederland",
    head=["Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "> Retouradres Postbus 20011 2500 EA  Den Haag"],
    side=["**Directoraat-generaal", "Koninkrijksrelaties", "Turfmarkt 147", "Den Haag", "www.rijksoverheid.nl", "",
          "**Kenmerk", "2025-0000109822", "**Uw kenmerk", "36600-IV-28"],
    foot="Kamerbrief - Tweede Kamer der Staten-Generaal",
    body="""
Aan de Voorzitter van de Tweede Kamer der Staten-Generaal<br/>Postbus 20018<br/>2500 EA  Den Haag
Datum 24 februari 2025
Betreft Voortgang sociaal minimum en armoedebestrijding Bonaire

Tijdens het commissiedebat Koninkrijksrelaties van 29 januari 2025 heb ik uw Kamer, naar aanleiding van vragen van
de leden Wuite (D66) en Kops (PVV), toegezegd u te informeren over de aanpak van armoede in Caribisch Nederland. Deze
brief stuur ik mede namens de minister van Sociale Zaken en Werkgelegenheid.
## Stand van zaken
Per 1 januari 2025 zijn de AOV en de onderstand op Bonaire, Sint Eustatius en Saba verhoogd. Het wettelijk minimumloon
op Bonaire bedraagt nu USD 9,29 per uur. Het Openbaar Lichaam Bonaire heeft met de Bonaire Energy Company een
tijdelijke korting op het vastrecht afgesproken. Daarnaast is in het Bestuursakkoord Bonaire 2022-2026 afgesproken
dat het Rijk en het eilandsbestuur samen werken aan betaalbare huisvesting (Fundashon Cas Bonairiano).
## Vervolg
Ik heb met gezaghebber Rijna en de gedeputeerden gesproken tijdens mijn werkbezoek van 10 februari jl. Ook de
Nationale ombudsman en de Rijksvertegenwoordiger voor Bonaire, Sint Eustatius en Saba vragen aandacht voor de
energiekosten. Voor de zomer ontvangt u de Armoedemonitor Caribisch Nederland van het CBS.

De staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties,<br/>Koninkrijksrelaties en Digitalisering,
Zsolt Szabó
""",
    redact=[],
    keep=[("ORG", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"), ("ORG", "Tweede Kamer der Staten-Generaal"),
          ("PERSON_PUBLIC", "Wuite"), ("PERSON_PUBLIC", "Kops"), ("ORG", "PVV"), ("PERSON_PUBLIC", "Zsolt Szabó"),
          ("PERSON_PUBLIC", "gezaghebber Rijna"), ("ORG", "Bonaire Energy Company"), ("PROGRAM", "Bestuursakkoord Bonaire 2022-2026"),
          ("ORG", "Fundashon Cas Bonairiano"), ("ORG", "Nationale ombudsman"), ("ORG", "CBS"), ("PROGRAM", "Armoedemonitor Caribisch Nederland"),
          ("ADDRESS", "Turfmarkt 147"), ("REF", "~2025-0000109822"), ("REF", "~36600-IV-28"), ("PLACE", "Saba"),
          ("ADDRESS", "Postbus 20018"), ("TITLE", "minister van Sociale Zaken en Werkgelegenheid"), ("PRODUCT", "AOV")],
))
