"""Documents bu13-bu24 of set BU."""
DOCS = []

# bu13 Papiamentu notice Openbaar Lichaam Bonaire
DOCS.append(dict(
    id="bu13_olb_papiamentu_aviso", font="DejaVuSans", size=9.5, title="Aviso: subsidio pa kuenta di koriente",
    head=["Entidat Públiko Boneiru / Openbaar Lichaam Bonaire", "Wilhelminaplein 1 - Kralendijk - T +599 717 5330"],
    foot="Entidat Públiko Boneiru - Sektor Sosial - www.bonairegov.com",
    body="""
## AVISO - Subsidio pa kuenta di koriente i awa 2026
Kralendijk, 5 di òktober 2026
E Entidat Públiko Boneiru (OLB) ku sosten di Ministerio di BZK ta duna un subsidio pa famianan ku un entrada abou.
Gedeputeerde Crestian a anunsiá e regulashon den Konseho Insular (eilandsraad) di 1 di òktober.
Ken por pidi? Famianan ku ta risibí onderstand òf AOV i ku ta biba na Boneiru.
Kon pa pidi? Yena e formulario na Kenniscentrum Sosial, Kaya Neerlandia 2, òf manda un e-mail na sosial@bonairegov.com.
Pa mas informashon, tuma kontakto ku Sra. Jusmerlyn Emerenciana (trahadó sosial), telefon +599 786 3390, òf ku
Sr. Ryangelo Martis (wijkcoördinator Rincon), ryangelo.martis@bonairegov.com.
## Ehèmpel di un petishon (anonimisá ménos e nòmber)
| Nòmber | Adrès | Miembro di famia | Entrada |
| Shurendy Anthony | Kaya Papago 14, Tera Kora | 4 | USD 980 |
| Mireille de Palm | Kaya Pòpchi 2, Noord Salina | 2 | USD 1.210 |
E petishonnan di Shurendy i Mireille a wòrdu aprobá dia 2 di òktober.
Gezaghebber Rijna: "Nos ta traha huntu pa un Boneiru sosial." Firmá: Sektor Sosial, OLB.
""",
    redact=[
        ("PERSON", "Jusmerlyn Emerenciana", ["Jusmerlyn Emerenciana"]), ("PHONE", "+599 786 3390", ["~+599 786 3390"]),
        ("PERSON", "Ryangelo Martis", ["Ryangelo Martis"]), ("EMAIL", "ryangelo.martis@bonairegov.com", ["~ryangelo.martis@bonairegov.com"]),
        ("PERSON", "Shurendy Anthony", ["Shurendy Anthony", "Shurendy"]), ("ADDRESS", "Kaya Papago 14", ["Kaya Papago 14"]),
        ("PERSON", "Mireille de Palm", ["Mireille de Palm", "Mireille"]), ("ADDRESS", "Kaya Pòpchi 2", ["Kaya Pòpchi 2"]),
    ],
    keep=[("ORG", "Entidat Públiko Boneiru"), ("ORG", "Openbaar Lichaam Bonaire"), ("ADDRESS", "Wilhelminaplein 1"),
          ("PHONE", "~+599 717 5330"), ("ORG", "OLB"), ("ORG", "Ministerio di BZK"), ("PERSON_PUBLIC", "Gedeputeerde Crestian"),
          ("ORG", "Konseho Insular"), ("ORG", "Kenniscentrum Sosial"), ("ADDRESS", "Kaya Neerlandia 2"),
          ("EMAIL", "~sosial@bonairegov.com"), ("TITLE", "trahadó sosial"), ("TITLE", "wijkcoördinator Rincon"),
          ("PLACE", "Tera Kora"), ("PLACE", "Noord Salina"), ("PERSON_PUBLIC", "Gezaghebber Rijna"), ("PLACE", "Boneiru")],
))

# bu14 Statia memo with paraph list (docx)
DOCS.append(dict(
    id="bu14_statia_memo_stuc", producer_kind="docx", docx_font="DejaVu Sans", title="Memo Executive Council STUC tariffs",
    author="KBR", head=["Public Entity St. Eustatius", "Executive Council memo"], foot="Public Entity St. Eustatius - Government Guesthouse - Oranjestad",
    body="""
## Memo to the Executive Council
<b>To:</b> Executive Council (Island Governor Francis, Commissioner Merkman, Commissioner Gittens)
<b>From:</b> Kwame B. Redan, senior policy advisor Economic Affairs
<b>Via:</b> Island Secretary
<b>Date:</b> August 19, 2026   <b>Reference:</b> EC/2026/0419
<b>Subject:</b> Electricity and water tariffs of STUC N.V. 2027
The Statia Utility Company (STUC N.V.) proposes to raise the fixed charge for electricity from USD 8.50 to USD 12.75. The Ministry of Economic Affairs and Climate Policy (EZK) and the Authority for Consumers and Markets (ACM) must approve the tariffs under the Wet elektriciteit en drinkwater BES.
The director of STUC, Mr. Felix Brommert, informed us on August 12 that the solar park at Concordia will be extended. Ms. Shanice Lijfrock-Gumbs (Finance) calculated that 380 households would pay more than 15 percent of their income.
<b>Advice:</b> The Executive Council is asked to send the attached letter to the State Secretary and to the ACM.
## Paraph list
| Name | Function | Paraph | Date |
| K.B. Redan | senior policy advisor | KBR | 19-08 |
| S. Lijfrock-Gumbs | financial controller | SLG | 19-08 |
| Island Secretary | head of civil service | | 20-08 |
Contact: kwame.redan@statiagov.com / +599 318 2711 ext. 234
""",
    redact=[
        ("PERSON", "Kwame B. Redan", ["Kwame B. Redan", "K.B. Redan"]), ("PARAPH", "KBR", ["KBR"]),
        ("PERSON", "Felix Brommert", ["Felix Brommert"]),
        ("PERSON", "Shanice Lijfrock-Gumbs", ["Shanice Lijfrock-Gumbs", "S. Lijfrock-Gumbs"]), ("PARAPH", "SLG", ["SLG"]),
        ("EMAIL", "kwame.redan@statiagov.com", ["~kwame.redan@statiagov.com"]),
    ],
    keep=[("PERSON_PUBLIC", "Island Governor Francis"), ("PERSON_PUBLIC", "Commissioner Merkman"), ("PERSON_PUBLIC", "Commissioner Gittens"),
          ("ORG", "STUC N.V."), ("ORG", "Statia Utility Company"), ("ORG", "EZK"), ("ORG", "ACM"), ("LAW", "Wet elektriciteit en drinkwater BES"),
          ("PLACE", "Concordia"), ("REF", "~EC/2026/0419"), ("TITLE", "senior policy advisor Economic Affairs"), ("TITLE", "Island Secretary"),
          ("ORG", "Public Entity St. Eustatius"), ("TITLE", "financial controller"), ("PHONE", "~+599 318 2711")],
))

# bu15 scanned attendance list (image only)
DOCS.append(dict(
    id="bu15_scan_presentielijst", font="Helvetica", size=11, scan=True, angle=-0.5, title="presentielijst scan",
    body="""
## PRESENTIELIJST werksessie Armoedeaanpak Bonaire
Datum: 22 september 2026, Bestuurskantoor, Wilhelminaplein 1, Kralendijk
| Naam | Organisatie | Telefoon |
| Jacinta Soliano-Mercera | Openbaar Lichaam Bonaire | 786 1142 |
| Dirk-Jan Hamersma | RCN-unit SZW | 795 8831 |
| Yvonne Tjin-A-Lim | Stichting Krusada | 701 2290 |
| Raymond Trinidad | Fundashon Mariadal | 780 6675 |
| Fatima El Khatib | BZK / DGKR | +31 6 5502 9184 |
Genotuleerd door: J. Soliano-Mercera
""",
    redact=[
        ("PERSON", "Jacinta Soliano-Mercera", ["Soliano-Mercera"]), ("PHONE", "786 1142", ["~786 1142"]),
        ("PERSON", "Dirk-Jan Hamersma", ["Hamersma"]), ("PHONE", "795 8831", ["~795 8831"]),
        ("PERSON", "Yvonne Tjin-A-Lim", ["Tjin-A-Lim"]), ("PHONE", "701 2290", ["~701 2290"]),
        ("PERSON", "Raymond Trinidad", ["Raymond Trinidad"]), ("PHONE", "780 6675", ["~780 6675"]),
        ("PERSON", "Fatima El Khatib", ["Fatima El Khatib"]), ("PHONE", "+31 6 5502 9184", ["~6 5502 9184"]),
    ],
    keep=[],
))

# bu16 WhatsApp export between RCN colleagues (first names alone)
DOCS.append(dict(
    id="bu16_whatsapp_rcn_export", font="DejaVuSans", size=8.6, title="WhatsApp Chat met Team Sociale Kaart",
    creator="WhatsApp export (txt) printed via Microsoft Print to PDF",
    body="""
## WhatsApp Chat met Team Sociale Kaart BES
[14-10-2026 07:52] Marloes: Goeiemorgen! Is er iemand die vandaag naar Rincon kan voor mevrouw Sint Jago?
[14-10-2026 07:55] Djaimy Koeiman: Ik kan na 10u. Wat is het adres?
[14-10-2026 07:56] Marloes: Kaya Kokolishi 8, ze heeft geen stroom meer sinds het WEB heeft afgesloten
[14-10-2026 08:03] +599 796 4418: Hoi allen, dit is Ronny van SVB/Sociale Verzekeringsbank CN, nieuw nummer
[14-10-2026 08:04] Djaimy Koeiman: Welkom Ronny 👍
[14-10-2026 08:10] Marloes: @Djaimy neem je de intake mee? Haar kleinzoon Jurmaine zit in de jeugdzorg (ZJCN), let op
[14-10-2026 08:12] Djaimy Koeiman: ok. Ik bel eerst Bas van de gezaghebber z'n kabinet
[14-10-2026 09:41] Ronny: De AOV van mevr. is niet gestort, rekening 1030 5571 (MCB). Ik zoek het uit
[14-10-2026 11:27] Djaimy Koeiman: Geweest. Mevr. Sint Jago is 81, diabetes, heeft insuline nodig in koelkast. Gemeld bij Mariadal thuiszorg
[14-10-2026 11:30] Marloes: Top Djaim! Ik zet het in het overleg met RCN-unit SZW en de Rijksvertegenwoordiger morgen
""",
    redact=[
        ("PERSON", "Marloes", ["Marloes"]), ("PERSON", "Djaimy Koeiman", ["Djaimy Koeiman", "Djaimy", "Djaim"]),
        ("PERSON", "mevrouw Sint Jago", ["mevrouw Sint Jago", "Mevr. Sint Jago"]),
        ("ADDRESS", "Kaya Kokolishi 8", ["Kaya Kokolishi 8"]), ("PHONE", "+599 796 4418", ["~+599 796 4418"]),
        ("PERSON", "Ronny", ["Ronny"]), ("PERSON", "Jurmaine", ["Jurmaine"]), ("PERSON", "Bas", ["Bas"]),
        ("ACCOUNT", "1030 5571", ["~1030 5571"]), ("HEALTH", "diabetes", ["diabetes, heeft insuline nodig"]),
    ],
    keep=[("PLACE", "Rincon"), ("ORG", "WEB"), ("ORG", "Sociale Verzekeringsbank CN"), ("ORG", "ZJCN"), ("ORG", "MCB"),
          ("ORG", "Mariadal thuiszorg"), ("ORG", "RCN-unit SZW"), ("TITLE", "Rijksvertegenwoordiger"), ("PRODUCT", "AOV"),
          ("ORG", "Team Sociale Kaart BES")],
))

# bu17 IND Caribisch Nederland decision, Venezuelan applicant, names in capitals
DOCS.append(dict(
    id="bu17_ind_cn_verblijf", font="LibSans", size=9.3, title="Beschikking verblijfsvergunning",
    head=["Immigratie- en Naturalisatiedienst Caribisch Nederland", "Rijksdienst Caribisch Nederland - Kaya Internashonal z/n - Kralendijk"],
    side=["**IND Caribisch Nederland", "T +599 715 8330", "ind@rijksdienstcn.com", "", "**V-nummer", "3082 417 655",
          "**Zaaknummer", "IND-CN-2026-01733", "", "**Behandelaar", "A. Oosterhout-Marchena"],
    foot="Wet toelating en uitzetting BES (WTU-BES) - IND Caribisch Nederland",
    body="""
De heer JOSÉ GREGORIO RODRÍGUEZ CASTILLO<br/>p/a Kaya Sabal 21<br/>Sabadeco, Bonaire
Kralendijk, 9 november 2026
Onderwerp: beschikking op uw aanvraag verblijfsvergunning (arbeid)
Geachte heer Rodríguez Castillo,
U heeft op 14 augustus 2026 een verblijfsvergunning aangevraagd om te werken bij Bonaire Builders N.V. als
timmerman. U heeft de Venezolaanse nationaliteit, paspoortnummer 143889201, geboren 17-09-1991 te Maracaibo.
Uw werkgever, de heer Frits van Ravenstein-Bolívar, heeft een tewerkstellingsvergunning van de RCN-unit SZW
overgelegd. Uw echtgenote MARÍA FERNANDA PÉREZ DE RODRÍGUEZ verblijft nog in Venezuela.
## Besluit
De verblijfsvergunning wordt verleend voor de duur van één jaar, tot 9 november 2027, onder de beperking
'arbeid in loondienst bij Bonaire Builders N.V.'. De vergunning haalt u op bij het loket aan de Kaya Internashonal z/n.
Uit het Justitieel Documentatieregister blijkt geen strafblad. Het bewijs van goed gedrag is op 2 augustus 2026 afgegeven.
De minister van Asiel en Migratie, namens deze,<br/>A. Oosterhout-Marchena<br/>beslismedewerker IND Caribisch Nederland
""",
    redact=[
        ("PERSON", "José Gregorio Rodríguez Castillo", ["JOSÉ GREGORIO RODRÍGUEZ CASTILLO", "Rodríguez Castillo"]),
        ("ADDRESS", "Kaya Sabal 21", ["Kaya Sabal 21"]), ("ID", "V-nummer", ["~3082 417 655"]),
        ("ID", "paspoortnummer", ["143889201"]), ("DOB", "17-09-1991", ["17-09-1991"]),
        ("PERSON", "Frits van Ravenstein-Bolívar", ["Frits van Ravenstein-Bolívar"]),
        ("PERSON", "María Fernanda Pérez de Rodríguez", ["MARÍA FERNANDA PÉREZ DE RODRÍGUEZ"]),
        ("PERSON", "A. Oosterhout-Marchena", ["Oosterhout-Marchena"]),
    ],
    keep=[("ORG", "Immigratie- en Naturalisatiedienst Caribisch Nederland"), ("ORG", "IND Caribisch Nederland"),
          ("ADDRESS", "Kaya Internashonal z/n"), ("EMAIL", "~ind@rijksdienstcn.com"), ("REF", "~IND-CN-2026-01733"),
          ("ORG", "Bonaire Builders N.V."), ("PLACE", "Maracaibo"), ("PLACE", "Venezuela"), ("ORG", "RCN-unit SZW"),
          ("LAW", "Wet toelating en uitzetting BES"), ("ORG", "Justitieel Documentatieregister"), ("PLACE", "Sabadeco"),
          ("TITLE", "beslismedewerker IND Caribisch Nederland"), ("TITLE", "De minister van Asiel en Migratie"), ("PHONE", "~+599 715 8330")],
))
