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
