"""Documents bu18-bu24 of set BU."""
DOCS = []

# bu18 RCN HR letter (docx via LibreOffice)
DOCS.append(dict(
    id="bu18_rcn_hr_uitzending", producer_kind="docx", docx_font="Liberation Serif", title="Bevestiging uitzending",
    author="Peter-Paul Ouwerkerk", head=["Rijksdienst Caribisch Nederland", "Unit Personeel en Organisatie"],
    foot="RCN P&O - Kaya Internashonal z/n - Kralendijk - T +599 715 8888",
    body="""
Vertrouwelijk - personeelsdossier
Aan: mevrouw ing. L.M. (Lotte) Vanderheyden-Zuidema
Personeelsnummer: 10047781
Datum: 2 november 2026
Kenmerk: P&O/2026/3391
## Bevestiging uitzending naar Sint Eustatius
Beste Lotte,
Hierbij bevestigen wij je uitzending als projectleider bij de RCN-unit Infrastructuur en Ruimtelijke Ordening op Sint Eustatius per
1 januari 2027, voor de duur van drie jaar, op grond van het Rechtspositiebesluit BES en de Uitzendregeling Caribisch Nederland.
Je partner, de heer Tomasz Wiśniewski, en jullie zoon Mika (geboren 05-05-2019) reizen mee. Je huurwoning aan de Bay Road 8 in
Lower Town wordt door RCN gehuurd. De vergoeding van de verhuiskosten wordt betaald op NL91 RABO 0318 4410 77.
Uit de medische keuring door de Arbodienst (bedrijfsarts dr. H. Visser-Bakker) volgen geen beperkingen; de
zwangerschap die je meldde is in de planning verwerkt.
Met vriendelijke groet,
Peter-Paul Ouwerkerk, HR-adviseur
Namens de directeur RCN
""",
    redact=[
        ("PERSON", "Lotte Vanderheyden-Zuidema", ["Vanderheyden-Zuidema", "Lotte", "L.M."]), ("ID", "Personeelsnummer", ["10047781"]),
        ("PERSON", "Tomasz Wiśniewski", ["Tomasz Wiśniewski"]), ("PERSON", "Mika", ["Mika"]), ("DOB", "05-05-2019", ["05-05-2019"]),
        ("ADDRESS", "Bay Road 8", ["Bay Road 8"]), ("IBAN", "NL91 RABO 0318 4410 77", ["~NL91 RABO 0318 4410 77"]),
        ("PERSON", "H. Visser-Bakker", ["Visser-Bakker"]), ("HEALTH", "zwangerschap", ["zwangerschap"]),
        ("PERSON", "Peter-Paul Ouwerkerk", ["Peter-Paul Ouwerkerk"]),
    ],
    keep=[("ORG", "Rijksdienst Caribisch Nederland"), ("ORG", "Unit Personeel en Organisatie"), ("REF", "~P&O/2026/3391"),
          ("ORG", "RCN-unit Infrastructuur en Ruimtelijke Ordening"), ("PLACE", "Sint Eustatius"), ("LAW", "Rechtspositiebesluit BES"),
          ("LAW", "Uitzendregeling Caribisch Nederland"), ("PLACE", "Lower Town"), ("ORG", "Arbodienst"), ("TITLE", "HR-adviseur"),
          ("TITLE", "directeur RCN"), ("TITLE", "projectleider"), ("PHONE", "~+599 715 8888")],
))

# bu19 press release, spokesperson stays
DOCS.append(dict(
    id="bu19_persbericht_rcn_olb", font="Helvetica", size=9.8, title="Persbericht: samenwerking tegen armoede",
    head=["PERSBERICHT", "Openbaar Lichaam Bonaire en Rijksdienst Caribisch Nederland"],
    foot="Noot voor de redactie: niet voor publicatie", pagefmt="{n}/1",
    body="""
## Rijk en Bonaire ondertekenen Werkagenda Armoede 2027
Kralendijk, 12 november 2026 - Staatssecretaris van Koninkrijksrelaties en gezaghebber Rijna hebben vandaag in het
Bestuurskantoor aan het Wilhelminaplein de Werkagenda Armoede 2027 ondertekend. Gedeputeerde Crestian: "Elke familie op
Bonaire verdient een bestaansminimum." Ook de directeur van de Rijksdienst Caribisch Nederland en vertegenwoordigers van
Stichting Krusada, Fundashon Mariadal en de Kamer van Koophandel Bonaire waren aanwezig.
De werkagenda volgt op het advies van de Commissie sociaal minimum Caribisch Nederland en het rapport van de Nationale
ombudsman. Op Kaya Simón Bolívar opent in januari een nieuw Sociaal Loket.
<b>Noot voor de redactie</b>
Voor meer informatie: afdeling Communicatie OLB, woordvoerder Mirna Statie, T +599 717 5330 (algemeen),
communicatie@bonairegov.com. Foto's: Kelvin Boekhoudt, freelance fotograaf, via kboekhoudt.foto@gmail.com of
mobiel +599 782 9061.
""",
    redact=[
        ("PERSON", "Kelvin Boekhoudt", ["Kelvin Boekhoudt"]), ("EMAIL", "kboekhoudt.foto@gmail.com", ["~kboekhoudt.foto@gmail.com"]),
        ("PHONE", "+599 782 9061", ["~+599 782 9061"]),
    ],
    keep=[("PERSON_PUBLIC", "gezaghebber Rijna"), ("PERSON_PUBLIC", "Gedeputeerde Crestian"), ("PROGRAM", "Werkagenda Armoede 2027"),
          ("STREET", "Kaya Simón Bolívar"), ("ORG", "Kamer van Koophandel Bonaire"), ("ORG", "Commissie sociaal minimum Caribisch Nederland"),
          ("SPOKESPERSON", "woordvoerder Mirna Statie"), ("EMAIL", "~communicatie@bonairegov.com"), ("PHONE", "~+599 717 5330"),
          ("ORG", "Stichting Krusada"), ("ORG", "Fundashon Mariadal"), ("STREET", "Wilhelminaplein"), ("ORG", "Sociaal Loket"),
          ("ORG", "Rijksdienst Caribisch Nederland"), ("DATE", "12 november 2026")],
))

# bu20 Bestuurlijk Overleg CN besluitenlijst (office holders keep; officials redact)
DOCS.append(dict(
    id="bu20_bestuurlijk_overleg_besluitenlijst", font="Times-Roman", size=9.8, title="Besluitenlijst BO CN 14-10-2026",
    head=["Besluitenlijst Bestuurlijk Overleg Caribisch Nederland", "14 oktober 2026, Ministerie van BZK, Den Haag"],
    foot="Besluitenlijst BO CN - vastgesteld 28 oktober 2026",
    body="""
<b>Aanwezig:</b> de staatssecretaris van BZK (voorzitter); gezaghebber Rijna en gedeputeerde Crestian (Bonaire);
gezaghebber Francis en gedeputeerde Merkman (Sint Eustatius); gezaghebber Johnson en gedeputeerde Zagers (Saba);
de Rijksvertegenwoordiger, de heer Helmond; namens VWS, SZW en IenW ambtelijke vertegenwoordigers.
<b>Ambtelijke ondersteuning:</b> E. van Hoorn (DGKR, verslag), mr. N.A.H. Bouwmeester-Oduber (juridisch adviseur, OLB), T. Bakhuis (logistiek).
| Nr | Onderwerp | Besluit | Actiehouder |
| 1 | Sociaal minimum | Rijk stelt in 2027 USD 12 mln. beschikbaar via de BES-fondsuitkering | BZK (E. van Hoorn) |
| 2 | Saba-pier (Black Rocks Harbor) | IenW co-financiert; Saba levert planning aan | gedeputeerde Zagers |
| 3 | Energie Sint Eustatius | STUC-tarieven: ACM-advies afwachten | Statia (K.B. Redan) |
| 4 | Bestuurskracht Bonaire | Bonaire stelt plan van aanpak op | OLB (mr. Bouwmeester-Oduber) |
| 5 | Volgend BO | 10 maart 2027 op Sint Eustatius | DGKR-secretariaat |
Gedeputeerde Zagers bedankte Thijs en Erik voor de organisatie.
""",
    redact=[
        ("PERSON", "Erik van Hoorn", ["E. van Hoorn", "Erik"]), ("PERSON", "N.A.H. Bouwmeester-Oduber", ["Bouwmeester-Oduber"]),
        ("PERSON", "Thijs Bakhuis", ["T. Bakhuis", "Thijs"]), ("PERSON", "K.B. Redan", ["K.B. Redan"]),
    ],
    keep=[("PERSON_PUBLIC", "gezaghebber Rijna"), ("PERSON_PUBLIC", "gedeputeerde Crestian"), ("PERSON_PUBLIC", "gezaghebber Francis"),
          ("PERSON_PUBLIC", "gedeputeerde Merkman"), ("PERSON_PUBLIC", "gezaghebber Johnson"), ("PERSON_PUBLIC", "gedeputeerde Zagers"),
          ("PERSON_PUBLIC", "Gedeputeerde Zagers"), ("PERSON_PUBLIC", "de heer Helmond"), ("PROGRAM", "BES-fondsuitkering"),
          ("PLACE", "Black Rocks Harbor"), ("ORG", "IenW"), ("ORG", "STUC"), ("ORG", "ACM"), ("ORG", "DGKR-secretariaat"),
          ("TITLE", "juridisch adviseur"), ("ORG", "OLB"), ("TITLE", "Rijksvertegenwoordiger"), ("DATE", "14 oktober 2026")],
))

# bu21 hidden channels: annotations, outline, XMP on a project status report
DOCS.append(dict(
    id="bu21_voortgangsrapport_hidden", font="LibSerif", size=10, title="Voortgangsrapportage Regio-envelop Q3",
    head=["Voortgangsrapportage Regio-envelop Caribisch Nederland", "Derde kwartaal 2026 - BZK/DGKR"],
    foot="Regio-envelop CN - Q3 2026", pagefmt="pagina {n}",
    body="""
## 1. Samenvatting
De Regio-envelop Caribisch Nederland financiert in 2026 projecten op Bonaire, Sint Eustatius en Saba. Het Openbaar
Lichaam Sint Eustatius heeft de renovatie van het Lynch Plantation Museum afgerond. Op Saba is de Fort Bay-haven
versterkt. Op Bonaire loopt de aanleg van de Kaya Korona en het project Kas Boneriano.
| Project | Eiland | Budget (USD) | Stand |
| Fort Bay-haven | Saba | 4,2 mln | afgerond |
| Lynch Plantation Museum | Sint Eustatius | 0,9 mln | afgerond |
| Kaya Korona | Bonaire | 3,1 mln | in uitvoering |
| Kas Boneriano (sociale huur) | Bonaire | 6,0 mln | vertraagd |
## 2. Risico's
De vertraging bij Kas Boneriano komt door de aanbesteding. De projectleiding van het OLB heeft een nieuwe planning
aangekondigd. De Algemene Rekenkamer en de Raad voor de rechtshandhaving zijn geïnformeerd.
""",
    hidden=dict(xmp_creator="Marjolein van der Meer-de Wit", author="mvdmeer",
                outline=["Opmerkingen Rutger Plasschaert", "1. Samenvatting"],
                annots=[("Graag nog checken met Anouschka Tromp-Cicilia (OLB, 786 4401)", "Rutger Plasschaert"),
                        ("Cijfers Kas Boneriano van Henk-Jan Vogelzang ontvangen", "mvdmeer")]),
    redact=[
        ("PERSON", "Marjolein van der Meer-de Wit", ["Marjolein van der Meer-de Wit"]), ("PERSON", "mvdmeer", ["mvdmeer"]),
        ("PERSON", "Rutger Plasschaert", ["Rutger Plasschaert"]), ("PERSON", "Anouschka Tromp-Cicilia", ["Anouschka Tromp-Cicilia"]),
        ("PHONE", "786 4401", ["~786 4401"]), ("PERSON", "Henk-Jan Vogelzang", ["Henk-Jan Vogelzang"]),
    ],
    keep=[("PROGRAM", "Regio-envelop Caribisch Nederland"), ("ORG", "Lynch Plantation Museum"), ("PLACE", "Fort Bay-haven"),
          ("STREET", "Kaya Korona"), ("PROGRAM", "Kas Boneriano"), ("ORG", "Algemene Rekenkamer"), ("ORG", "Raad voor de rechtshandhaving"),
          ("ORG", "Openbaar Lichaam Sint Eustatius"), ("ORG", "OLB"), ("PLACE", "Saba")],
))

# bu22 scanned typed letter from a Saba contractor (image only)
DOCS.append(dict(
    id="bu22_scan_brief_aannemer_saba", keep_lines=True, font="Courier", size=10.5, scan=True, angle=0.4, title="",
    body="""
SABA ROCK CONSTRUCTION B.V.
Windwardside, Saba - Tel. 416 2000
To: Public Entity Saba, Island Secretary
Date: May 4, 2026
Re: claim Fort Bay harbor works, invoice SRC-2026-118
Dear Sir/Madam,
Our foreman, Mr. Elroy Dowling, was injured on site on
April 20 (fractured wrist). Our site manager Ms. Petronella
Woltering-Hassell reported the accident to the Labour
Inspectorate. Please pay to account CIBC 1098 2241 77.
Sincerely,
Lucas Mardenborough, director
""",
    redact=[
        ("PERSON", "Elroy Dowling", ["Elroy Dowling"]), ("HEALTH", "fractured wrist", ["fractured wrist"]),
        ("PERSON", "Petronella Woltering-Hassell", ["Petronella", "Woltering-Hassell"]),
        ("ACCOUNT", "CIBC 1098 2241 77", ["~1098 2241 77"]), ("PERSON", "Lucas Mardenborough", ["Lucas Mardenborough"]),
    ],
    keep=[],
))

# bu23 Bonaire eilandsraad motion and vote list (names of council members stay; insprekers go)
DOCS.append(dict(
    id="bu23_eilandsraad_bonaire_motie", font="DejaVuSerif", size=9, title="Motie energiearmoede",
    head=["Eilandsraad Bonaire", "Griffie - Wilhelminaplein 1 - Kralendijk - griffie@bonairegov.com"],
    foot="Motie M-2026-17 - aangenomen in de openbare vergadering van 8 oktober 2026",
    body="""
## Motie M-2026-17 over energiearmoede
De Eilandsraad van Bonaire, in vergadering bijeen op 8 oktober 2026,
overwegende dat inspreker mevrouw Gerlinda Bernabela-Soliano uit Antriol heeft verteld dat zij haar
elektriciteitsrekening (klantnummer WEB 00-48812) niet kan betalen,
verzoekt het Bestuurscollege met de staatssecretaris van Koninkrijksrelaties in overleg te gaan over een
tarievenfonds, en gaat over tot de orde van de dag.
Ingediend door de eilandsraadsleden Elvis Tjin Asjoe (MPB), Nina den Heyer (UPB) en Clark Abraham (PDB).
| Eilandsraadslid | Partij | Stem |
| Elvis Tjin Asjoe | MPB | voor |
| Nina den Heyer | UPB | voor |
| Clark Abraham | PDB | voor |
| Rudsel Kroon-Martijn | MPB | tegen |
Griffier: zie ondertekening. Notulist: Desiree Kroon (griffie), d.kroon@bonairegov.com.
""",
    redact=[
        ("PERSON", "Gerlinda Bernabela-Soliano", ["Gerlinda Bernabela-Soliano"]), ("ID", "klantnummer", ["00-48812"]),
        ("PERSON", "Desiree Kroon", ["Desiree Kroon"]), ("EMAIL", "d.kroon@bonairegov.com", ["~d.kroon@bonairegov.com"]),
    ],
    keep=[("PERSON_PUBLIC", "Elvis Tjin Asjoe"), ("PERSON_PUBLIC", "Nina den Heyer"), ("PERSON_PUBLIC", "Clark Abraham"),
          ("PERSON_PUBLIC", "Rudsel Kroon-Martijn"), ("ORG", "MPB"), ("ORG", "UPB"), ("ORG", "PDB"), ("ORG", "Eilandsraad Bonaire"),
          ("ORG", "Bestuurscollege"), ("EMAIL", "~griffie@bonairegov.com"), ("PLACE", "Antriol"), ("REF", "~M-2026-17"),
          ("TITLE", "staatssecretaris van Koninkrijksrelaties"), ("ORG", "WEB"), ("ADDRESS", "Wilhelminaplein 1")],
))

# bu24 travel claim list, names in capitals and 'Surname, Initials' in a table
DOCS.append(dict(
    id="bu24_declaratieoverzicht_dienstreizen", font="Courier", size=8.2, title="Declaraties dienstreizen CN Q3",
    head=["DIRECTIE CARIBISCH NEDERLAND - FINANCIEEL ADMINISTRATIEVE ZAKEN", "Overzicht dienstreizen Q3 2026 (t.b.v. Woo-verzoek 2026-0000512207)"],
    foot="FEZ/BZK - uitdraai SAP 3-10-2026", pagefmt="p. {n}",
    body="""
| Reiziger | Pers.nr | Bestemming | Periode | Bedrag |
| VAN HOORN, E. | 7719203 | BON/EUX/SAB | 18-07 t/m 29-07 | EUR 4.812,40 |
| TER BRAAK-VEENSTRA, I. | 7730418 | BON | 02-08 t/m 09-08 | EUR 2.930,15 |
| BAKHUIS, T. | 7741662 | SXM/SAB | 20-08 t/m 26-08 | EUR 2.211,00 |
| Staatssecretaris (kabinet) | n.v.t. | BON/CUR | 08-09 t/m 13-09 | EUR 9.604,75 |
| DE LA PARRA-JANSEN, M.C. | 7752207 | BON | 15-09 t/m 22-09 | EUR 2.487,90 |
Gecontroleerd: C.M. de la Parra-Jansen (FEZ). Akkoord budgethouder: directeur Caribisch Nederland.
Reizen geboekt via Rijksreisbureau (BCD Travel) met Insel Air, Winair en KLM.
""",
    redact=[
        ("PERSON", "Erik van Hoorn", ["VAN HOORN, E."]), ("ID", "7719203", ["7719203"]),
        ("PERSON", "Ilse ter Braak-Veenstra", ["TER BRAAK-VEENSTRA, I."]), ("ID", "7730418", ["7730418"]),
        ("PERSON", "Thijs Bakhuis", ["BAKHUIS, T."]), ("ID", "7741662", ["7741662"]),
        ("PERSON", "M.C. de la Parra-Jansen", ["DE LA PARRA-JANSEN", "de la Parra-Jansen"]), ("ID", "7752207", ["7752207"]),
    ],
    keep=[("ORG", "DIRECTIE CARIBISCH NEDERLAND"), ("REF", "~2026-0000512207"), ("ORG", "Rijksreisbureau"), ("ORG", "BCD Travel"),
          ("ORG", "Insel Air"), ("ORG", "Winair"), ("ORG", "KLM"), ("TITLE", "directeur Caribisch Nederland"), ("ORG", "FEZ"),
          ("TITLE", "Staatssecretaris (kabinet)"), ("PLACE", "~BON/EUX/SAB")],
))
