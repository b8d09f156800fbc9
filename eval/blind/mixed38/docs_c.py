"""mixed38, documents av22-av32 (all persons, addresses and numbers invented)."""
from framework import Doc, bsn, iban

DOCS = []

# ---------------------------------------------------------------------------------------------
# av22 vergunning natuuractiviteit PAS-melder, V.O.F. named after the farmers (2 pages)
# ---------------------------------------------------------------------------------------------
d = Doc("av22_vergunning_pasmelder_vof", "rl", font="DVS", size=9.5, author="Jikke Postma",
        title="Omgevingsvergunning Natura 2000-activiteit (PAS-melder)",
        footer="Omgevingsdienst Noord-Holland Noord namens Gedeputeerde Staten van Noord-Holland - pagina {page}")
d.p("Gedeputeerde Staten van Noord-Holland", "right")
d.h("Besluit omgevingsvergunning voor een Natura 2000-activiteit")
d.p("Zaaknummer: OD-NHN-2025-40218<br/>Datum: 3 november 2025<br/>Vergunninghouder: V.O.F. Kaptein-de Vries "
    "(KvK 52290114)<br/>Locatie: Westerweg 55, 1759 JA Callantsoog (bedrijfs- en woonadres)")
d.h("1. Aanvraag", 2)
d.p("Op 15 mei 2025 ontvingen wij van Klaas Kaptein en Afke Kaptein-de Vries, vennoten van V.O.F. "
    "Kaptein-de Vries, een aanvraag voor het legaliseren van hun melkveehouderij als PAS-melder. Het bedrijf "
    "ligt op 2,3 kilometer van het Natura 2000-gebied Duinen en Lage Land Texel en op 1,1 kilometer van "
    "Zwanenwater &amp; Pettemerduinen. De aanvraag is ingediend via het Omgevingsloket; gemachtigde is "
    "adviesbureau Agrifirm Advies (contact: Marco Schagen).")
d.h("2. Beoordeling", 2)
d.p("De AERIUS-berekening laat een toename van 0,04 mol/ha/jaar zien op stikstofgevoelige habitats. Het Rijk "
    "heeft via het Legalisatieprogramma PAS-meldingen depositieruimte gereserveerd. Wij nemen de "
    "voorschriften van de Omgevingswet en het Besluit kwaliteit leefomgeving in acht. Staatssecretaris "
    "Rummenie heeft de Kamer in juni 2025 over de voortgang van het legalisatieprogramma geïnformeerd.")
d.h("3. Besluit", 2)
d.p("Wij verlenen de omgevingsvergunning voor een Natura 2000-activiteit voor 98 melkkoeien en 40 stuks "
    "jongvee in stal A (emissiearme vloer, Rav-code A 1.100). De vennoten Kaptein en Kaptein-de Vries moeten "
    "de vloer binnen 18 maanden aanleggen.")
d.br()
d.h("4. Zienswijzen", 2)
d.p("Er is één zienswijze ingediend, door de buren Willem-Jan Blokker en Fenna Blokker-Sjerps, Westerweg 61. "
    "Zij vrezen geurhinder. Geurhinder valt buiten deze vergunning; de gemeente Schagen is daarvoor bevoegd.")
d.h("5. Ondertekening", 2)
d.p("Gedeputeerde Staten van Noord-Holland,<br/>namens dezen,<br/>de teamleider Vergunningverlening "
    "Natuur van de Omgevingsdienst Noord-Holland Noord,<br/>drs. F.A. Oudeman")
d.p("Afschrift: Klaas Kaptein (per e-mail: kaptein.westerweg@gmail.com); gemeente Schagen; BIJ12.", "small")
d.R("FIRM_PERSON", "V.O.F. Kaptein-de Vries", "Kaptein-de Vries")
d.R("KVK", "52290114", "52290114")
d.R("ADDRESS", "Westerweg 55, 1759 JA Callantsoog", "Westerweg 55", "1759 JA")
d.R("PERSON", "Klaas Kaptein", "Klaas", "Kaptein", "kaptein.westerweg")
d.R("PERSON", "Afke Kaptein-de Vries", "Afke")
d.R("PERSON", "Marco Schagen", ("Marco Schagen", False))
d.R("PERSON", "Willem-Jan Blokker", "Willem-Jan", "Blokker")
d.R("PERSON", "Fenna Blokker-Sjerps", "Fenna", "Blokker-Sjerps")
d.R("ADDRESS", "Westerweg 61", "Westerweg 61")
d.R("PERSON", "drs. F.A. Oudeman", "Oudeman")
d.R("EMAIL", "kaptein.westerweg@gmail.com", ("kaptein.westerweg@gmail.com", False))
d.R("PERSON", "Jikke Postma (author metadata)", "Jikke Postma")
for k, v in (("ORG", "Gedeputeerde Staten van Noord-Holland"), ("N2000", "Duinen en Lage Land Texel"),
             ("N2000", "Zwanenwater & Pettemerduinen"), ("ORG", "Agrifirm Advies"), ("PROG", "Legalisatieprogramma PAS-meldingen"),
             ("LAW", "Omgevingswet"), ("LAW", "Besluit kwaliteit leefomgeving"), ("PUBLIC", "Rummenie"),
             ("ORG", "gemeente Schagen"), ("ORG", "BIJ12"), ("ORG", "Omgevingsdienst Noord-Holland Noord"),
             ("TERM", "Rav-code A 1.100"), ("TITLE", "teamleider Vergunningverlening"), ("PROG", "AERIUS"),
             ("TERM", "PAS-melder")):
    d.K(k, v)
DOCS.append(d)

# ---------------------------------------------------------------------------------------------
# av23 BIJ12 faunaschade taxatierapport; outline titles; "Surname, First" forms
# ---------------------------------------------------------------------------------------------
d = Doc("av23_bij12_taxatierapport_faunaschade", "rl", size=9, title="Taxatierapport faunaschade 2025-FR-11873",
        author="Veenstra, Douwe (taxateur BIJ12)", footer="BIJ12 Faunazaken - taxatierapport - Postbus 2203, 3500 GE Utrecht")
d.mark("Taxatie 2025-FR-11873 - Hoekstra, Sjoerd")
d.h("Taxatierapport tegemoetkoming faunaschade")
d.table([["Dossiernummer", "2025-FR-11873"],
         ["Aanvrager", "Hoekstra, Sjoerd (eenmanszaak Melkveebedrijf Hoekstra)"],
         ["Adres", "Miedwei 12, 9001 ZL Grou"],
         ["Relatienummer RVO", "300764521"],
         ["Telefoon", "+31(0)566 62 19 04"],
         ["Diersoort", "brandgans, kolgans, smient"],
         ["Gewas", "grasland (eerste snede), 34,2 ha"],
         ["Taxateur", "D. Veenstra, beëdigd taxateur BIJ12 (taxateursnummer T-0487)"],
         ["Datum taxatie", "22 april 2025"]], header=False, widths=[3, 8])
d.h("Bevindingen", 2, outline="Bevindingen bij S. Hoekstra")
d.p("Op 22 april heb ik samen met de aanvrager de percelen bij de Wijde Ee bezocht, aan de rand van het Natura "
    "2000-gebied Alde Feanen. Op perceel 3 en 4 is de graszode over ongeveer 60% kaalgevreten. De aanvrager heeft "
    "volgens het logboek dagelijks verjaagd met een knalapparaat; zijn buurman Wopke Zijlstra bevestigt dat. "
    "De Faunabeheereenheid Fryslân heeft een ontheffing voor afschot verleend (op naam van Hoekstra).")
d.h("Schadeberekening", 2)
d.table([["Perceel", "Opp. (ha)", "Schade %", "Bedrag"],
         ["1 (Miedwei)", "8,1", "20", "€ 1.215"], ["3 (Wijde Ee)", "12,6", "60", "€ 5.670"],
         ["4 (Wijde Ee)", "13,5", "55", "€ 5.570"]], widths=[3, 2, 2, 2])
d.p("Eigen risico 5% en behandelkosten € 300 zijn verrekend. Uitbetaling op het bij BIJ12 bekende rekeningnummer.")
d.h("Ondertekening", 2)
d.p("Douwe Veenstra, taxateur (T-0487)<br/>Gecontroleerd: G. de Vries-Altena, coördinator taxaties, BIJ12")
d.R("PERSON", "Sjoerd Hoekstra", "Sjoerd", "Hoekstra", ("Hoekstra, Sjoerd", False))
d.R("TRADE", "Melkveebedrijf Hoekstra", "Melkveebedrijf Hoekstra")
d.R("ADDRESS", "Miedwei 12, 9001 ZL Grou", "Miedwei 12", "9001 ZL")
d.R("RELATIENR", "300764521", "300764521")
d.R("PHONE", "+31(0)566 62 19 04", ("+31(0)566 62 19 04", False))
d.R("PERSON", "Douwe Veenstra", "Douwe", "Veenstra")
d.R("ID", "taxateursnummer T-0487", ("T-0487", True))
d.R("PERSON", "Wopke Zijlstra", "Wopke", "Zijlstra")
d.R("PERSON", "G. de Vries-Altena", "de Vries-Altena")
for k, v in (("ORG", "BIJ12"), ("N2000", "Alde Feanen"), ("WATER", "Wijde Ee"), ("ORG", "Faunabeheereenheid Fryslân"),
             ("ORG", "RVO"), ("TERM", "brandgans"), ("TITLE", "coördinator taxaties"), ("ID", "2025-FR-11873"),
             ("ORG", "Postbus 2203"), ("TITLE", "beëdigd taxateur")):
    d.K(k, v)
DOCS.append(d)

# ---------------------------------------------------------------------------------------------
# av24 klachtenregister zonnepark (landscape), phones in many shapes
# ---------------------------------------------------------------------------------------------
d = Doc("av24_klachtenregister_zonnepark", "rl", landscape=True, size=8.5, title="Klachtenregister Zonnepark Hooge Veenen",
        author="Omgevingsmanager Hooge Veenen", footer="Klachtenregister Zonnepark Hooge Veenen (Hoogeveen) - export 30-09-2025")
d.h("Klachtenregister aanleg Zonnepark Hooge Veenen (gemeente Hoogeveen)")
d.p("Aannemer: Dura Vermeer Infra; ontwikkelaar: GroenLeven. Meldingen via 0800 022 44 77 of "
    "omgeving@hoogeveenen-zon.nl. Het register wordt maandelijks gedeeld met de gemeente Hoogeveen en de "
    "Provincie Drenthe.")
d.table([["Nr.", "Datum", "Melder", "Adres", "Telefoon / e-mail", "Klacht", "Status"],
         ["K-031", "02-09", "dhr. G. (Geert) Oldenhuis", "Riegmeer 9, 7908 PM Hoogeveen", "0528 - 27 31 44",
          "heiwerk vanaf 06.30 uur", "gesloten"],
         ["K-032", "04-09", "mw. Şenay Doğan-Bakker", "Erflanden 14", "+31 (0) 6 - 42 19 08 37", "zand op de weg, gladheid",
          "gesloten"],
         ["K-033", "09-09", "W.R. ter Haar-Nijland", "Riegmeer 21", "0031 528 27 88 02", "trillingen, scheur schuur",
          "expert ingeschakeld"],
         ["K-034", "11-09", "Fam. Pool", "Weidehoek 3", "06.21.77.40.36", "hek staat op eigen grond",
          "Kadaster ingeschakeld"],
         ["K-035", "17-09", "Stichting Buurtbelang Nieuweroord", "-", "buurtbelang@nieuweroord.nl", "verkeer bouwroute",
          "in behandeling"],
         ["K-036", "22-09", "dhr. Björn Mäkelä", "Riegmeer 2", "bjorn.makela@outlook.com", "vogels (kievit) verstoord",
          "doorgezet naar ecoloog"],
         ["K-037", "28-09", "JANSSEN-MOL, HENDRIKA", "Erflanden 2", "(0528) 27 30 55", "stof op wasgoed", "gesloten"]],
        widths=[0.9, 0.9, 2.8, 2.7, 3, 3, 1.9])
d.p("Toelichting K-033: de heer Ter Haar-Nijland wil een onafhankelijke schade-expert; Dura Vermeer heeft "
    "Expertisebureau NOORD aangewezen. K-034: de familie Pool betwist de erfgrens. Melders worden niet "
    "bij naam genoemd in de openbare nieuwsbrief.")
d.annot("Dhr. Oldenhuis belt bijna dagelijks - doorverbinden met Karin Meijboom (GroenLeven), 06 40 91 23 57",
        author="Karin Meijboom")
d.R("PERSON", "Karin Meijboom (annotation only)", "Karin", "Meijboom")
d.R("PHONE", "06 40 91 23 57 (annotation only)", ("06 40 91 23 57", False))
d.R("PERSON", "G. (Geert) Oldenhuis", "Geert", "Oldenhuis")
d.R("ADDRESS", "Riegmeer 9, 7908 PM Hoogeveen", "Riegmeer 9", "7908 PM")
d.R("PHONE", "0528 - 27 31 44", ("0528 - 27 31 44", False))
d.R("PERSON", "Şenay Doğan-Bakker", "Şenay", "Doğan-Bakker")
d.R("ADDRESS", "Erflanden 14", "Erflanden 14")
d.R("PHONE", "+31 (0) 6 - 42 19 08 37", ("+31 (0) 6 - 42 19 08 37", False))
d.R("PERSON", "W.R. ter Haar-Nijland", ("ter Haar-Nijland", False), ("Ter Haar-Nijland", False))
d.R("ADDRESS", "Riegmeer 21", "Riegmeer 21")
d.R("PHONE", "0031 528 27 88 02", ("0031 528 27 88 02", False))
d.R("PERSON", "familie Pool", "Pool")
d.R("ADDRESS", "Weidehoek 3", "Weidehoek 3")
d.R("PHONE", "06.21.77.40.36", ("06.21.77.40.36", False))
d.R("PERSON", "Björn Mäkelä", "Björn", "Mäkelä", "bjorn.makela")
d.R("ADDRESS", "Riegmeer 2", "Riegmeer 2")
d.R("EMAIL", "bjorn.makela@outlook.com", ("bjorn.makela@outlook.com", False))
d.R("PERSON", "HENDRIKA JANSSEN-MOL", "JANSSEN-MOL", "HENDRIKA")
d.R("ADDRESS", "Erflanden 2", "Erflanden 2")
d.R("PHONE", "(0528) 27 30 55", ("(0528) 27 30 55", False))
for k, v in (("ORG", "Dura Vermeer Infra"), ("ORG", "GroenLeven"), ("PHONE_GENERAL", "0800 022 44 77"),
             ("EMAIL_FUNC", "omgeving@hoogeveenen-zon.nl"), ("ORG", "Provincie Drenthe"), ("ORG", "Kadaster"),
             ("ORG", "Stichting Buurtbelang Nieuweroord"), ("EMAIL_FUNC", "buurtbelang@nieuweroord.nl"),
             ("ORG", "Expertisebureau NOORD"), ("ID", "K-035"), ("TERM", "kievit"), ("ORG", "gemeente Hoogeveen")):
    d.K(k, v)
DOCS.append(d)

# ---------------------------------------------------------------------------------------------
# av25 presentielijst veenweide (HTML -> LibreOffice)
# ---------------------------------------------------------------------------------------------
d = Doc("av25_presentielijst_veenweide", "html", title="Presentielijst gebiedstafel Veenweide Krimpenerwaard",
        author="Provincie Zuid-Holland")
d.h("Presentielijst gebiedstafel Veenweide Krimpenerwaard - 4 november 2025")
d.p("Locatie: gemeentehuis Krimpenerwaard, Schoonhoven. Voorzitter: gedeputeerde Jeannette Hofman. "
    "Onderwerp: bodemdaling, waterpeil en de toekomst van de melkveehouderij in het Programma Veenweide.")
d.table([["Naam", "Organisatie", "Functie", "Handtekening"],
         ["J. Hofman", "Provincie Zuid-Holland", "gedeputeerde", "(getekend)"],
         ["Esther Bouwmeester-Ruis", "Provincie Zuid-Holland", "programmamanager Veenweide", "(getekend)"],
         ["Daan 's-Gravendijk", "Provincie Zuid-Holland", "notulist", "(getekend)"],
         ["Cees Boere", "Hoogheemraadschap van Schieland en de Krimpenerwaard", "dijkgraaf", "(getekend)"],
         ["Anton van Vliet", "LTO Noord, afdeling Krimpenerwaard", "bestuurslid; melkveehouder Lekdijk", "(getekend)"],
         ["Gerdina (Dina) Verbaan-Kok", "Collectief Rijn, Vecht en Venen", "coördinator ANLb", "(getekend)"],
         ["Hubert Schouten", "Staatsbosbeheer", "boswachter Krimpenerwaard", "(afwezig)"],
         ["Mark van Eijk", "Natuurmonumenten", "projectleider Veenweide", "(getekend)"],
         ["Pieter Mastenbroek", "particulier, Kattendijk 5, 2821 NC Stolwijk", "toehoorder (omwonende)", "(getekend)"]],
        widths=[3, 4, 3.3, 1.8])
d.p("Afmeldingen: Kamerlid Derk Boswijk (uitgenodigd als toehoorder); de heer Van Vliet laat weten dat zijn "
    "zoon Thijs van Vliet een volgende keer aanschuift. Notulen volgen via d.sgravendijk@pzh.nl.")
d.R("PERSON", "Esther Bouwmeester-Ruis", "Esther", "Bouwmeester-Ruis")
d.R("PERSON", "Daan 's-Gravendijk", "Daan", ("'s-Gravendijk", False), "d.sgravendijk")
d.R("PERSON", "Anton van Vliet", "Anton", ("van Vliet", True), ("Van Vliet", True))
d.R("PERSON", "Gerdina (Dina) Verbaan-Kok", "Gerdina", "Dina", "Verbaan-Kok")
d.R("PERSON", "Hubert Schouten", "Hubert", "Schouten")
d.R("PERSON", "Mark van Eijk", "Mark van Eijk")
d.R("PERSON", "Pieter Mastenbroek", "Pieter", "Mastenbroek")
d.R("ADDRESS", "Kattendijk 5, 2821 NC Stolwijk", "Kattendijk 5", "2821 NC")
d.R("PERSON", "Thijs van Vliet", "Thijs")
d.R("EMAIL", "d.sgravendijk@pzh.nl", ("d.sgravendijk@pzh.nl", False))
for k, v in (("PUBLIC", "Jeannette Hofman"), ("PUBLIC", "J. Hofman"), ("PUBLIC", "Cees Boere"), ("PUBLIC", "Derk Boswijk"),
             ("ORG", "Provincie Zuid-Holland"), ("ORG", "Hoogheemraadschap van Schieland en de Krimpenerwaard"),
             ("ORG", "LTO Noord"), ("ORG", "Collectief Rijn, Vecht en Venen"), ("ORG", "Staatsbosbeheer"),
             ("ORG", "Natuurmonumenten"), ("PROG", "Programma Veenweide"), ("PLACE", "Schoonhoven"),
             ("TITLE", "programmamanager Veenweide"), ("TITLE", "dijkgraaf"), ("TITLE", "notulist")):
    d.K(k, v)
DOCS.append(d)

# ---------------------------------------------------------------------------------------------
# av26 notulen stuurgroep gebiedsproces (two columns, 2 pages); mailto link with a name only in the URI
# ---------------------------------------------------------------------------------------------
d = Doc("av26_notulen_stuurgroep_gebiedsproces", "rl", columns=2, size=9, title="Notulen stuurgroep Gebiedsprogramma Utrechtse Vallei",
        author="secretariaat stuurgroep", footer="Stuurgroep Utrechtse Vallei - notulen 18 september 2025 - vastgesteld 16 oktober 2025")
d.h("Notulen stuurgroep Utrechtse Vallei")
d.p("<b>Datum:</b> 18 september 2025, provinciehuis Utrecht<br/><b>Voorzitter:</b> gedeputeerde Mirjam "
    "Sterk-Smeets<br/><b>Leden:</b> burgemeester Gert-Jan Kats (Veenendaal), burgemeester Hans Hofman-de Jong "
    "(Woudenberg), dijkgraaf Pieter Jan Bunt (Waterschap Vallei en Veluwe), Yvonne Haarsma (LTO Noord, "
    "regiobestuurder), Friso van der Wal (Natuur en Milieu Utrecht)<br/><b>Ambtelijk:</b> Sevda Kılıç "
    "(programmasecretaris), Roel Eijkelenboom (adviseur stikstof)<br/><b>Notulen:</b> Anouk Geerling")
d.h("1. Opening en mededelingen", 2)
d.p("De voorzitter meldt dat staatssecretaris Rummenie op 2 oktober het gebied bezoekt. Minister Wiersma "
    "heeft de middelen van het Transitiefonds landelijk gebied en natuur bevroren; de stuurgroep betreurt dat.")
d.h("2. Voortgang vrijwillige beëindiging", 2)
d.p("Mevrouw Kılıç meldt dat 31 ondernemers een keukentafelgesprek hebben gehad, 9 een aanvraag Lbv-plus "
    "hebben ingediend en 2 zijn afgevallen. De heer Eijkelenboom licht de depositiekaart toe. Mevrouw Haarsma "
    "vraagt aandacht voor blijvers: een bedrijf aan de Barneveldsestraat (familie Van Ravenhorst) dreigt "
    "ingesloten te raken tussen natuur. Dijkgraaf Bunt wijst op de peilverhoging in de Gelderse Vallei.")
d.p("Besluit: de stuurgroep vraagt het programmateam om een perspectiefplan voor blijvers, met LTO Noord.")
d.h("3. Natuur en water", 2)
d.p("De heer Van der Wal vraagt hoe de uitbreiding van het Natura 2000-gebied Binnenveld vordert. Staatsbosbeheer "
    "en Het Utrechts Landschap zijn eigenaar van de kernpercelen. Burgemeester Kats vraagt om meer "
    "communicatie met omwonenden in Veenendaal-Oost.")
d.br()
d.h("4. Rondvraag en sluiting", 2)
d.p("Burgemeester Hofman-de Jong meldt dat een boer uit Woudenberg, de heer A. (Aart) van Ravenhorst, zich "
    "bij de gemeente heeft beklaagd over bedreigingen na een krantenartikel. De voorzitter vraagt het "
    "programmateam geen bedrijfsnamen meer in openbare stukken te zetten.")
d.p("Stukken voor de volgende vergadering naar het "
    "<a href=\"mailto:sevda.kilic@provincie-utrecht.nl?subject=Stuurgroep%20Utrechtse%20Vallei\">"
    "programmasecretariaat</a> of naar "
    "<a href=\"mailto:anouk.geerling@provincie-utrecht.nl\">de notulist</a>.")
d.h("Actielijst", 2)
d.table([["Nr.", "Actie", "Wie"],
         ["18-1", "Perspectiefplan blijvers", "S. Kılıç"],
         ["18-2", "Depositiekaart delen met gemeenten", "R. Eijkelenboom"],
         ["18-3", "Communicatieplan Veenendaal-Oost", "programmateam"]], widths=[1, 5, 2.5])
d.R("PERSON", "Yvonne Haarsma", "Yvonne", "Haarsma")
d.R("PERSON", "Friso van der Wal", "Friso", ("van der Wal", True), ("Van der Wal", True))
d.R("PERSON", "Sevda Kılıç", "Sevda", "Kılıç", ("sevda.kilic", False))
d.R("PERSON", "Roel Eijkelenboom", "Roel", "Eijkelenboom")
d.R("PERSON", "Anouk Geerling", "Anouk", "Geerling", ("anouk.geerling", False))
d.R("PERSON", "A. (Aart) van Ravenhorst", "Aart", "Ravenhorst")
for k, v in (("PUBLIC", "Mirjam Sterk-Smeets"), ("PUBLIC", "Gert-Jan Kats"), ("PUBLIC", "Kats"),
             ("PUBLIC", "Hans Hofman-de Jong"), ("PUBLIC", "Hofman-de Jong"), ("PUBLIC", "Pieter Jan Bunt"),
             ("PUBLIC", "Bunt"), ("PUBLIC", "Rummenie"), ("PUBLIC", "Wiersma"), ("ORG", "Waterschap Vallei en Veluwe"),
             ("ORG", "LTO Noord"), ("ORG", "Natuur en Milieu Utrecht"), ("ORG", "Staatsbosbeheer"),
             ("ORG", "Het Utrechts Landschap"), ("N2000", "Binnenveld"), ("PROG", "Transitiefonds landelijk gebied en natuur"),
             ("PLACE", "Woudenberg"), ("PLACE", "Veenendaal"), ("TITLE", "programmasecretaris"),
             ("TITLE", "adviseur stikstof"), ("LAW", "Lbv-plus")):
    d.K(k, v)
DOCS.append(d)

# ---------------------------------------------------------------------------------------------
# av27 ontheffing visserij (docx -> LO): beroepsvisser, vergunningnummer, date of birth
# ---------------------------------------------------------------------------------------------
d = Doc("av27_ontheffing_visserij_ijsselmeer", "docx", author="Kuijpers, Thomas", title="Ontheffing Visserijwet aalvisserij IJsselmeer",
        footer="Ministerie van LNV - directie Visserij - Bezuidenhoutseweg 73, Den Haag")
d.h("Ontheffing artikel 16 Visserijwet 1963 - onderzoeksvisserij aal IJsselmeer", 1)
d.p("Kenmerk: DGAN-VIS / 25187432 &nbsp; Datum: 20 juni 2025")
d.p("De minister van Landbouw, Visserij, Voedselzekerheid en Natuur,")
d.p("gelet op het verzoek van de heer Rients Bootsma, beroepsvisser, geboren 13 maart 1971, wonende Noard 58, "
    "8723 EJ Koudum, houder van visvergunning IJM-2019-0334 en eigenaar van het vissersvaartuig WR 57,")
d.p("besluit:")
d.p("I. Aan de heer R. Bootsma wordt ontheffing verleend van het verbod op aalvisserij in de periode 1 september "
    "tot en met 30 november 2025, uitsluitend ten behoeve van het monitoringsprogramma van Wageningen Marine "
    "Research (WMR). II. De visser voert een waarnemer van WMR mee; contactpersoon WMR is dr. Ingrid Tulp-"
    "Verschoor (06-27 30 19 88). III. De ontheffing is niet overdraagbaar; bij afwezigheid mag zijn zoon Wytse "
    "Bootsma (schipper) de netten lichten.")
d.p("De Nederlandse Voedsel- en Warenautoriteit (NVWA) houdt toezicht. Vragen over dit besluit: "
    "visserij@minlnv.nl.")
d.p("Namens de minister,<br/>het hoofd van de afdeling Visserijbeleid,<br/>T. Kuijpers")
d.p("Afschrift: Coöperatieve Visserijorganisatie (CVO); Staatsbosbeheer (beheerder Natura 2000 IJsselmeer).")
d.R("PERSON", "Rients Bootsma", "Rients", "Bootsma", ("R. Bootsma", False))
d.R("DOB", "13 maart 1971", ("13 maart 1971", False))
d.R("ADDRESS", "Noard 58, 8723 EJ Koudum", "Noard 58", "8723 EJ")
d.R("ID", "IJM-2019-0334", ("IJM-2019-0334", False))
d.R("VESSEL", "WR 57", ("WR 57", True))
d.R("PERSON", "dr. Ingrid Tulp-Verschoor", "Ingrid", ("Tulp-Verschoor", False))
d.R("PHONE", "06-27 30 19 88", ("06-27 30 19 88", False))
d.R("PERSON", "Wytse Bootsma", "Wytse")
d.R("PERSON", "Thomas Kuijpers", "Kuijpers", ("T. Kuijpers", False))
for k, v in (("LAW", "Visserijwet 1963"), ("ORG", "Wageningen Marine Research"), ("ORG", "WMR"),
             ("ORG", "Nederlandse Voedsel- en Warenautoriteit"), ("ORG", "NVWA"), ("EMAIL_FUNC", "visserij@minlnv.nl"),
             ("ORG", "Coöperatieve Visserijorganisatie"), ("ORG", "Staatsbosbeheer"), ("WATER", "IJsselmeer"),
             ("TITLE", "beroepsvisser"), ("TITLE", "hoofd van de afdeling Visserijbeleid")):
    d.K(k, v)
DOCS.append(d)

# ---------------------------------------------------------------------------------------------
# av28 grondruil-overeenkomst Staatsbosbeheer - private farmer (2 pages)
# ---------------------------------------------------------------------------------------------
bsn28 = bsn("16554832")
ib28 = iban("ABNA", "0811442066")
d = Doc("av28_grondruil_staatsbosbeheer", "rl", font="DVS", size=9.5, title="Ruilovereenkomst Staatsbosbeheer - concept",
        author="notariskantoor", footer="Concept ruilovereenkomst kavel Dwingelderveld-Noord - versie 2 - paraaf partijen: ____ / ____")
d.h("Ruilovereenkomst onroerende zaken (concept)")
d.p("De ondergetekenden:")
d.p("1. <b>Staatsbosbeheer</b>, zelfstandig bestuursorgaan, gevestigd te Amersfoort, Smallepad 32, hierbij "
    "vertegenwoordigd door de heer ing. Marcel Dorgelo-Hummel, regiodirecteur Noord (gevolmachtigde), "
    "hierna: SBB;")
d.p("2. de heer <b>Egbert Jan HOFSTEENGE</b>, geboren te Beilen op 30 januari 1966, burgerservicenummer "
    + bsn28 + ", gehuwd met mevrouw <b>Roelie Hofsteenge-Lanting</b>, beiden wonende te 7991 PB Dwingeloo, "
    "Lheeweg 27, handelend onder de naam Veehouderij Hofsteenge, hierna: de ruilende partij;")
d.p("overwegende dat:")
d.p("- de gronden van de ruilende partij grenzen aan het Natura 2000-gebied Dwingelderveld en in het kader van "
    "de PAS-herstelmaatregelen en het Nationaal Programma Landelijk Gebied (NPLG) vernat moeten worden;<br/>"
    "- SBB beschikt over landbouwgrond bij Lhee die buiten de invloedssfeer van de vernatting ligt;<br/>"
    "- de provincie Drenthe de ruil financiert vanuit de Gebiedsgerichte Aanpak.")
d.h("Artikel 1 - Ruil", 2)
d.p("De ruilende partij levert aan SBB de percelen kadastraal bekend gemeente Dwingeloo sectie G nummers 412 "
    "en 413 (samen 11,26 ha). SBB levert aan de ruilende partij het perceel gemeente Dwingeloo sectie K nummer 1290 "
    "(9,84 ha). De waardeverschil-vergoeding van € 41.500 wordt voldaan op rekening " + ib28 + " ten name van "
    "E.J. Hofsteenge.")
d.br()
d.h("Artikel 2 - Feitelijke levering en pacht", 2)
d.p("De feitelijke levering vindt plaats op 1 november 2025. De huidige pachter van perceel K 1290, de heer "
    "Albertus (Bert) Oldenkamp, is door SBB tijdig ingelicht en heeft ingestemd met beëindiging van de "
    "geliberaliseerde pacht.")
d.h("Artikel 3 - Kosten en notaris", 2)
d.p("De akte wordt verleden ten overstaan van mr. Saskia Wolff-Boelens, notaris te Westerveld. De kosten komen "
    "voor rekening van de provincie Drenthe, namens wie gedeputeerde Egbert Bouwmeester de overeenkomst "
    "voor gezien tekent.")
d.table([["Partij", "Naam", "Handtekening", "Datum"],
         ["SBB", "ing. M. Dorgelo-Hummel", "", ""],
         ["Ruilende partij", "E.J. Hofsteenge", "", ""],
         ["Echtgenote (art. 1:88 BW)", "R. Hofsteenge-Lanting", "", ""]], widths=[3, 4, 3, 2])
d.R("PERSON", "ing. Marcel Dorgelo-Hummel", "Marcel", "Dorgelo-Hummel")
d.R("PERSON", "Egbert Jan Hofsteenge", "HOFSTEENGE", "Hofsteenge", ("Egbert Jan", False))
d.R("DOB", "30 januari 1966", ("30 januari 1966", False))
d.R("BSN", bsn28, (bsn28, False))
d.R("PERSON", "Roelie Hofsteenge-Lanting", "Roelie", "Lanting")
d.R("ADDRESS", "Lheeweg 27, 7991 PB Dwingeloo", "Lheeweg 27", "7991 PB")
d.R("PARCEL", "Dwingeloo G 412 en 413", ("sectie G nummers 412", False))
d.R("IBAN", ib28, (ib28, False))
d.R("PERSON", "Albertus (Bert) Oldenkamp", "Albertus", "Bert", "Oldenkamp")
d.R("PERSON", "mr. Saskia Wolff-Boelens", "Saskia", "Wolff-Boelens")
for k, v in (("ORG", "Staatsbosbeheer"), ("ADDRESS_BUSINESS", "Smallepad 32"), ("N2000", "Dwingelderveld"),
             ("PROG", "Nationaal Programma Landelijk Gebied"), ("PROG", "Gebiedsgerichte Aanpak"), ("PLACE", "Lhee"),
             ("PLACE", "Amersfoort"), ("PUBLIC", "Egbert Bouwmeester"),
             ("TITLE", "regiodirecteur Noord"), ("LAW", "art. 1:88 BW"), ("PLACE", "Westerveld"), ("ORG", "SBB")):
    d.K(k, v)
DOCS.append(d)

# ---------------------------------------------------------------------------------------------
# av29 logboek mediation boer - provincie (Chromium), initials without dots, CAPITALS
# ---------------------------------------------------------------------------------------------
d = Doc("av29_logboek_mediation", "chromium", title="Logboek mediation Maatschap Smit-Roosendaal",
        author="Wendelien Aarts")
d.h("Logboek contacten - mediationtraject Lbv-plus, dossier OV-2025-077")
d.p("Partijen: Provincie Overijssel en Maatschap Smit-Roosendaal (melkgeitenhouderij, Lemelerveld). Mediator: "
    "mr. W.M. Aarts (Mediationbureau De Vecht). Aanleiding: geschil over de taxatie in het kader van de Lbv-plus.")
d.table([["Datum", "Contact", "Inhoud", "Door"],
         ["03-03-2025", "telefoon", "Eerste contact met HENK SMIT (maat). Hij is boos over de brief van 14 februari; "
          "wil niet meer met de gebiedsmakelaar praten.", "WA"],
         ["10-03-2025", "keukentafel", "Gesprek met H Smit en echtgenote Ria Smit-Roosendaal op het bedrijf "
          "(Heinoseweg 140, 8151 PZ Lemelerveld). Ook dochter Lotte aanwezig.", "WA"],
         ["24-03-2025", "e-mail", "Provincie (JvdB = Jeroen van den Berg, gebiedsmakelaar) stuurt nieuwe "
          "taxatie, opgesteld door taxateur R.A. Huizinga.", "WA"],
         ["07-04-2025", "mediation", "Gezamenlijk gesprek in het provinciehuis Zwolle. Aanwezig namens de provincie: "
          "J. van den Berg en jurist Fatima Zahra Benali. Gedeputeerde Gert Harm ten Bruggencate opende kort.", "WA"],
         ["22-04-2025", "telefoon", "Ria Smit meldt dat haar man gezondheidsklachten heeft door de stress; "
          "traject twee weken gepauzeerd.", "WA"],
         ["12-05-2025", "vaststellingsovereenkomst", "Partijen bereiken overeenstemming; taxatie + 6%. RVO "
          "verwerkt de aanvraag.", "WA"]],
        widths=[1.6, 1.8, 7, 0.7])
d.p("Vertrouwelijk: dit logboek valt onder de geheimhouding van het mediationreglement van de MfN. "
    "Contact mediator: 06 5432 1098 / w.aarts@mediation-devecht.nl.")
d.R("FIRM_PERSON", "Maatschap Smit-Roosendaal", "Smit-Roosendaal")
d.R("PERSON", "mr. W.M. Aarts / Wendelien Aarts", "Aarts", ("W.M. Aarts", False))
d.R("PARAPH", "WA", "WA")
d.R("PERSON", "Henk Smit", "HENK SMIT", ("H Smit", True), "Smit")
d.R("PERSON", "Ria Smit-Roosendaal", "Ria")
d.R("ADDRESS", "Heinoseweg 140, 8151 PZ Lemelerveld", "Heinoseweg 140", "8151 PZ")
d.R("PERSON", "Lotte (Smit)", "Lotte")
d.R("PERSON", "Jeroen van den Berg", "Jeroen van den Berg", ("J. van den Berg", False), "JvdB")
d.R("PERSON", "R.A. Huizinga", "Huizinga")
d.R("PERSON", "Fatima Zahra Benali", "Fatima Zahra", "Benali")
d.R("PHONE", "06 5432 1098", ("06 5432 1098", False))
d.R("EMAIL", "w.aarts@mediation-devecht.nl", ("w.aarts@mediation-devecht.nl", False))
for k, v in (("ORG", "Provincie Overijssel"), ("ORG", "Mediationbureau De Vecht"), ("PUBLIC", "Gert Harm ten Bruggencate"),
             ("ORG", "RVO"), ("ORG", "MfN"), ("LAW", "Lbv-plus"), ("TITLE", "gebiedsmakelaar"), ("PLACE", "Zwolle"),
             ("ID", "OV-2025-077"), ("TERM", "vaststellingsovereenkomst")):
    d.K(k, v)
DOCS.append(d)

# ---------------------------------------------------------------------------------------------
# av30 antwoorden Kamervragen (rl): Kamerleden and ministers kept, farmer named in media redacted
# ---------------------------------------------------------------------------------------------
d = Doc("av30_antwoorden_kamervragen", "rl", size=9.5, title="Antwoorden op Kamervragen over bedreiging van stoppende veehouders",
        author="Wiersma, F.M. (minister LNV)", footer="Tweede Kamer der Staten-Generaal - Aanhangsel Handelingen - 2025Z08812")
d.h("Antwoorden van minister Wiersma (Landbouw, Visserij, Voedselzekerheid en Natuur) op vragen van het lid "
    "Kostić (PvdD) over bedreigingen van veehouders die deelnemen aan de Lbv-plus")
d.p("<b>Vraag 1</b><br/>Bent u bekend met het bericht \"Stoppende boer in Staphorst met de dood bedreigd\" "
    "(RTV Oost, 12 mei 2025), waarin varkenshouder Gerrit Jan Koobs en zijn vrouw Aaltje Koobs-Mussche "
    "vertellen over bedreigingen na hun deelname aan de Lbv-plus?")
d.p("<b>Antwoord 1</b><br/>Ja. Ik heb met afschuw kennisgenomen van het bericht. Ik noem de betrokken "
    "ondernemers in deze antwoorden verder niet bij naam; de heer en mevrouw Koobs hebben dat zelf wel in de "
    "media gedaan, maar dat maakt hun naam niet tot een publiek gegeven in Kamerstukken.")
d.p("<b>Vraag 2</b><br/>Hoeveel meldingen van intimidatie zijn bij RVO en de provincies binnengekomen?")
d.p("<b>Antwoord 2</b><br/>Bij RVO zijn in 2025 tot nu toe 14 meldingen binnengekomen. Het IPO meldt 23 "
    "meldingen bij de provincies. De Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV) is "
    "betrokken. Een medewerker van RVO, die bij naam in een Telegram-groep werd genoemd, heeft aangifte gedaan.")
d.p("<b>Vraag 3</b><br/>Bent u bereid in overleg met de staatssecretaris van Justitie en Veiligheid en met "
    "de provincies de bescherming van deelnemers te verbeteren?")
d.p("<b>Antwoord 3</b><br/>Ja. Staatssecretaris Rummenie en ik spreken op 3 juni met gedeputeerde Cees Bijl "
    "namens het IPO. Ook de leden Van der Plas (BBB), Bromet (GroenLinks-PvdA) en Vermeer (BBB) hebben in "
    "het commissiedebat om maatregelen gevraagd. LTO Nederland heeft een vertrouwenslijn ingericht.")
d.p("Toelichting bij de totstandkoming (intern, niet voor publicatie): de antwoorden zijn opgesteld door "
    "Marleen Oostenbrink-Tjin (DGSLG) en afgestemd met de woordvoerder van LNV, Sander Brugman.", "small")
d.R("PERSON", "Gerrit Jan Koobs", ("Gerrit Jan Koobs", False), "Koobs")
d.R("PERSON", "Aaltje Koobs-Mussche", "Aaltje", "Mussche")
d.R("PERSON", "Marleen Oostenbrink-Tjin", "Marleen", "Oostenbrink-Tjin")
for k, v in (("PUBLIC", "Wiersma"), ("PUBLIC", "Kostić"), ("PUBLIC", "Rummenie"), ("PUBLIC", "Cees Bijl"),
             ("PUBLIC", "Van der Plas"), ("PUBLIC", "Bromet"), ("PUBLIC", "Vermeer"), ("PUBLIC_FUNC", "Sander Brugman"),
             ("ORG", "RVO"), ("ORG", "IPO"), ("ORG", "NCTV"), ("ORG", "LTO Nederland"), ("ORG", "RTV Oost"),
             ("ORG", "PvdD"), ("LAW", "Lbv-plus"), ("ID", "2025Z08812"), ("ORG", "Telegram")):
    d.K(k, v)
DOCS.append(d)

# ---------------------------------------------------------------------------------------------
# av31 image-only scan: filled-in application form for a hunting/fauna ontheffing (typed + handwriting)
# ---------------------------------------------------------------------------------------------
d = Doc("av31_scan_aanvraagformulier_ontheffing", "scan")
d.scan_pages = [[
    ("Provincie Gelderland - Aanvraagformulier ontheffing", "bold"),
    ("Faunabeheer (artikel 11.54 Bal) - versie 2025", "type"),
    ("gap", "gap"),
    ("1. Gegevens aanvrager", "bold"),
    ("Naam:  Hendrikus Wilhelmus Vrielink", "hand"),
    ("Geboortedatum:  21-07-1958", "hand"),
    ("Adres:  Ruurloseweg 63, 7251 LD Vorden", "hand"),
    ("Telefoon:  06-18 29 44 73", "hand"),
    ("E-mail:  hw.vrielink@kpnplanet.nl", "hand"),
    ("Jachtaktenummer:  JA-GL-0455109", "hand"),
    ("gap", "gap"),
    ("2. Soort en reden", "bold"),
    ("Diersoort:  wild zwijn (buiten de Veluwe)", "hand"),
    ("Schade aan maïs op het land van buurman G. Wolbrink", "hand"),
    ("gap", "gap"),
    ("3. Ondertekening", "bold"),
    ("Plaats en datum:  Vorden, 9 september 2025", "hand"),
    ("H.W. Vrielink", "sig"),
]]
d.R("PERSON", "Hendrikus Wilhelmus Vrielink", "Vrielink", "Hendrikus Wilhelmus")
d.R("DOB", "21-07-1958", ("21-07-1958", False))
d.R("ADDRESS", "Ruurloseweg 63, 7251 LD Vorden", "Ruurloseweg 63", "7251 LD")
d.R("PHONE", "06-18 29 44 73", ("29 44 73", False))
d.R("EMAIL", "hw.vrielink@kpnplanet.nl", ("hw.vrielink", False))
d.R("ID", "JA-GL-0455109", ("0455109", False))
d.R("PERSON", "G. Wolbrink", "Wolbrink")
DOCS.append(d)

# ---------------------------------------------------------------------------------------------
# av32 RWS/ProRail joint project team contact list (docx landscape): "Surname, First", initials
# ---------------------------------------------------------------------------------------------
d = Doc("av32_contactlijst_projectteam_spoorbrug", "docx", landscape=True, author="Terpstra-Yilmaz, S.",
        title="Contactlijst projectteam Spoorbrug Zwolle-Kampen", size=9,
        footer="Alleen voor intern gebruik - contactlijst versie 7 - beheer: S. Terpstra-Yilmaz")
d.h("Contactlijst projectteam vervanging spoorbrug IJssel (Zwolle-Kampen)", 1)
d.p("Opdrachtgevers: ProRail en Rijkswaterstaat (vaarweg IJssel). Aannemer: BAM Infra Rail. Bestuurlijk: "
    "minister Madlener (IenW) en gedeputeerde Tijs de Bree (Overijssel).")
d.table([["Naam", "Organisatie", "Rol", "Mobiel", "E-mail"],
         ["Terpstra-Yilmaz, Selin", "ProRail", "projectsecretaris", "06-11 48 72 90", "selin.terpstra@prorail.nl"],
         ["Hoogendoorn, ir. Maarten", "ProRail", "projectmanager", "+31 6 5290 0417", "maarten.hoogendoorn@prorail.nl"],
         ["DE GROOT, P.J.", "Rijkswaterstaat Oost-Nederland", "vaarwegbeheerder", "06 2884 0133", "pj.degroot@rws.nl"],
         ["Ouédraogo, Aminata", "BAM Infra Rail", "omgevingsmanager aannemer", "06-83 21 09 55", "a.ouedraogo@bam.com"],
         ["Ruiter, de, Kees", "BAM Infra Rail", "hoofduitvoerder", "06 21 50 60 77", "k.deruiter@bam.com"],
         ["Communicatie", "ProRail", "persvoorlichting (algemeen)", "030 235 57 77", "pers@prorail.nl"]],
        widths=[3.3, 3, 3, 2.4, 4.2])
d.p("Vaste afspraak: dinsdag 09.00 uur bouwoverleg in de bouwkeet aan de Kamperstraatweg. Bij calamiteiten "
    "eerst de verkeersleiding van ProRail bellen, daarna PJ De Groot (RWS) en KdR (BAM).")
d.R("PERSON", "Selin Terpstra-Yilmaz", "Selin", "Terpstra-Yilmaz", "selin.terpstra")
d.R("PHONE", "06-11 48 72 90", ("06-11 48 72 90", False))
d.R("PERSON", "ir. Maarten Hoogendoorn", "Maarten", "Hoogendoorn", "maarten.hoogendoorn")
d.R("PHONE", "+31 6 5290 0417", ("+31 6 5290 0417", False))
d.R("PERSON", "P.J. de Groot", "DE GROOT", "De Groot", "pj.degroot")
d.R("PHONE", "06 2884 0133", ("06 2884 0133", False))
d.R("PERSON", "Aminata Ouédraogo", "Aminata", "Ouédraogo", "a.ouedraogo")
d.R("PHONE", "06-83 21 09 55", ("06-83 21 09 55", False))
d.R("PERSON", "Kees de Ruiter", ("Ruiter, de, Kees", False), "k.deruiter", "KdR")
d.R("PHONE", "06 21 50 60 77", ("06 21 50 60 77", False))
for k, v in (("ORG", "ProRail"), ("ORG", "Rijkswaterstaat"), ("ORG", "BAM Infra Rail"), ("PUBLIC", "Madlener"),
             ("PUBLIC", "Tijs de Bree"), ("WATER", "IJssel"), ("PHONE_GENERAL", "030 235 57 77"),
             ("EMAIL_FUNC", "pers@prorail.nl"), ("TITLE", "projectsecretaris"), ("TITLE", "hoofduitvoerder"),
             ("ROAD", "Kamperstraatweg"), ("TITLE", "vaarwegbeheerder")):
    d.K(k, v)
DOCS.append(d)
