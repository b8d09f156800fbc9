"""mixed38, documents av01-av11 (all persons, addresses and numbers invented)."""
from framework import Doc, bsn, iban

DOCS = []

# ---------------------------------------------------------------------------------------------
# av01 keukentafelgesprek Lbv-plus, maatschap, correspondentieadres vs bedrijfsadres (2 pages)
# ---------------------------------------------------------------------------------------------
d = Doc("av01_keukentafel_lbvplus", "rl", author="Ypma, Marloes", title="Verslag keukentafelgesprek Lbv-plus",
        footer="Verslag: M. Ypma, procesbegeleider Provincie Gelderland  |  intern  |  pagina {page}")
d.h("Verslag keukentafelgesprek Lbv-plus")
d.p("<b>Datum:</b> 14 mei 2025, 10.00-12.15 uur<br/><b>Locatie:</b> aan de keukentafel op het bedrijf<br/>"
    "<b>Zaaknummer:</b> GLD-LBV-2025-0412")
d.table([["Rol", "Naam", "Organisatie"],
         ["Ondernemer (maat)", "Gerrit-Jan ter Horst", "Maatschap Ter Horst-Dijkstra"],
         ["Ondernemer (maat)", "Wietske ter Horst-Dijkstra", "Maatschap Ter Horst-Dijkstra"],
         ["Procesbegeleider", "Marloes Ypma", "Provincie Gelderland"],
         ["Gebiedsmakelaar", "ing. R. van 't Hek", "Provincie Gelderland"],
         ["Bedrijfsadviseur (op verzoek ondernemers)", "Teun Brouwer", "LTO Noord"]],
        widths=[3, 4, 4])
d.h("1. Bedrijfsgegevens", 2)
d.table([["Gegeven", "Waarde"],
         ["Naam onderneming", "Maatschap Ter Horst-Dijkstra (melkveehouderij, 142 melkkoeien + jongvee)"],
         ["KvK-nummer", "71844203"],
         ["UBN", "2287451"],
         ["Relatienummer RVO", "300411872"],
         ["Bedrijfsadres (tevens woonadres)", "Kievitsbloemweg 14, 3776 PK Stroe"],
         ["Correspondentieadres", "p/a Flynth adviseurs en accountants, Postbus 7030, 8007 HA Zwolle"],
         ["Telefoon", "06-41 27 83 90 (Gerrit-Jan), 0342 - 47 19 06 (vast)"],
         ["E-mail", "wietske.terhorst@kpnmail.nl"]], widths=[3, 8])
d.h("2. Aanleiding", 2)
d.p("Het bedrijf ligt op ongeveer 1.100 meter van het Natura 2000-gebied Veluwe en is in de AERIUS-berekening "
    "aangemerkt als piekbelaster. De ondernemers hebben zich aangemeld voor een oriënterend gesprek in het kader "
    "van de Landelijke beëindigingsregeling veehouderijlocaties met piekbelasting (Lbv-plus). Mevrouw Ypma licht "
    "toe dat de regeling wordt uitgevoerd door RVO en dat de provincie het gesprek voert namens het gebiedsproces "
    "Gelderse Vallei. BIJ12 heeft de depositieberekening aangeleverd.")
d.p("De heer Ter Horst geeft aan dat zijn zoon Sjoerd ter Horst (22) het bedrijf eigenlijk zou overnemen. Het gezin "
    "twijfelt. Mevrouw Ter Horst-Dijkstra wil eerst weten wat er met de bedrijfswoning gebeurt: zij wonen daar al 31 jaar.")
d.h("3. Besproken", 2)
d.p("- De waardering van productierechten en de bedrijfsgebouwen gebeurt door een onafhankelijke taxateur. De heer "
    "Van 't Hek zegt toe de lijst van taxateurs te mailen.<br/>"
    "- Verplaatsen naar een locatie buiten de Gelderse Vallei is een alternatief; de maatschap heeft interesse in "
    "een kavel bij Harderwijk, maar dat valt buiten de regeling.<br/>"
    "- De heer Brouwer (LTO Noord) vraagt naar de samenloop met de Subsidieregeling sanering varkenshouderijen; "
    "die is hier niet van toepassing.<br/>"
    "- Over de bedrijfswoning: die mag bewoond blijven, mits de milieuvergunning voor dieren wordt ingetrokken.")
d.br()
d.h("4. Emotie en zorgen", 2)
d.p("Gerrit-Jan vertelt dat zijn vader het bedrijf in 1974 vanuit Noordoostpolder naar Stroe heeft verplaatst. "
    "Wietske benadrukt dat zij niet door de media benaderd willen worden. Afgesproken is dat de naam van de maatschap "
    "niet in stukken voor Provinciale Staten komt. De procesbegeleider verwijst naar het Ondersteuningsloket van "
    "ZLTO en LTO Noord en naar de vertrouwenspersoon van de provincie.")
d.h("5. Afspraken", 2)
d.table([["Nr.", "Actie", "Wie", "Wanneer"],
         ["1", "Lijst taxateurs en voorbeeldberekening toesturen", "R. van 't Hek", "21 mei 2025"],
         ["2", "Overleg met accountant (Flynth) over fiscale gevolgen", "G.J. ter Horst", "juni 2025"],
         ["3", "Vervolggesprek plannen, eventueel met zoon", "M. Ypma", "juni 2025"],
         ["4", "Navragen positie bedrijfswoning bij gemeente Barneveld", "M. Ypma", "juni 2025"]],
        widths=[1, 7, 3, 2.4])
d.p("Dit verslag is op 16 mei 2025 ter controle gestuurd naar wietske.terhorst@kpnmail.nl. Contact met de provincie: "
    "Marloes Ypma, m.ypma@gelderland.nl, 06 2218 4470.", "small")
d.R("PERSON", "Gerrit-Jan ter Horst", "Gerrit-Jan", ("G.J. ter Horst", False), ("ter Horst", True), ("Ter Horst", True))
d.R("PERSON", "Wietske ter Horst-Dijkstra", "Wietske", "Dijkstra", "wietske.terhorst")
d.R("PERSON", "Sjoerd ter Horst", "Sjoerd")
d.R("PERSON", "Marloes Ypma", "Marloes", "Ypma", "m.ypma")
d.R("PERSON", "ing. R. van 't Hek", ("van 't Hek", False), ("Van 't Hek", False))
d.R("PERSON", "Teun Brouwer", "Teun", "Brouwer")
d.R("KVK", "71844203", "71844203")
d.R("UBN", "2287451", "2287451")
d.R("RELATIENR", "300411872", "300411872")
d.R("ADDRESS", "Kievitsbloemweg 14, 3776 PK Stroe", "Kievitsbloemweg 14", "3776 PK")
d.R("PHONE", "06-41 27 83 90", ("06-41 27 83 90", False))
d.R("PHONE", "0342 - 47 19 06", ("0342 - 47 19 06", False))
d.R("EMAIL", "wietske.terhorst@kpnmail.nl", ("wietske.terhorst@kpnmail.nl", False))
d.R("EMAIL", "m.ypma@gelderland.nl", ("m.ypma@gelderland.nl", False))
d.R("PHONE", "06 2218 4470", ("06 2218 4470", False))
for k, v in (("LAW", "Lbv-plus"), ("ORG", "Provincie Gelderland"), ("ORG", "RVO"), ("ORG", "BIJ12"),
             ("ORG", "LTO Noord"), ("ORG", "ZLTO"), ("ORG", "Flynth"), ("N2000", "Veluwe"), ("PROG", "AERIUS"),
             ("PLACE", "Harderwijk"), ("PLACE", "Noordoostpolder"), ("PLACE", "Barneveld"), ("AREA", "Gelderse Vallei"),
             ("ORG", "Provinciale Staten"), ("TITLE", "procesbegeleider"), ("ORG", "Postbus 7030")):
    d.K(k, v)
DOCS.append(d)

# ---------------------------------------------------------------------------------------------
# av02 uitnodigingsbrief (docx -> LibreOffice), sole trader, home = farm
# ---------------------------------------------------------------------------------------------
d = Doc("av02_uitnodiging_eenmanszaak", "docx", author="Hylke Hoekstra", title="Uitnodiging gesprek Maatregel Gerichte Aankoop",
        footer="Provincie Fryslân, Postbus 20120, 8900 HM Leeuwarden, telefoon 058 292 59 25")
d.p("Provincie Fryslân")
d.p("Aan: Melkveebedrijf Sjoerd de Boer<br/>t.a.v. de heer S.H. de Boer<br/>Jeltingalaan 3<br/>9061 CK Gytsjerk")
d.p("Datum: 3 juni 2025<br/>Ons kenmerk: FRL-GGA-2025-118<br/>Behandeld door: H. Hoekstra<br/>Telefoon: 06 - 38 11 72 05")
d.p("Onderwerp: uitnodiging gesprek vrijwillige aankoop (Maatregel Gerichte Aankoop)")
d.p("Geachte heer De Boer,")
d.p("Uw bedrijf, ingeschreven in het Handelsregister onder KvK-nummer 01093372, ligt binnen 250 meter van het "
    "Natura 2000-gebied Alde Feanen. In het gebiedsproces Noardlike Fryske Wâlden onderzoekt de provincie samen met "
    "het Rijk welke bedrijven vrijwillig willen stoppen of verplaatsen. Gedeputeerde Staten hebben besloten om "
    "ondernemers in de eerste zone persoonlijk uit te nodigen voor een vrijblijvend gesprek.")
d.p("Wij nodigen u en uw partner, mevrouw Geertje de Boer-Sijtsma, uit voor een gesprek op dinsdag 17 juni 2025 om "
    "14.00 uur. Het gesprek kan bij u thuis aan de Jeltingalaan plaatsvinden of in het provinciehuis aan de "
    "Tweebaksmarkt in Leeuwarden. De Maatregel Gerichte Aankoop (MGA-2) wordt uitgevoerd door RVO. Gedeputeerde "
    "Klaas Fokkema heeft de ondernemers in het gebied op 20 mei 2025 per brief geïnformeerd.")
d.p("Bij het gesprek zijn aanwezig: de heer Hylke Hoekstra (gebiedscoördinator) en mevrouw Aukje Westra-Kuipers "
    "(juridisch adviseur grondzaken). Wilt u een adviseur van LTO Noord of van de Agrarische Jongeren Friesland "
    "meenemen, dan is dat welkom.")
d.p("Met vriendelijke groet,")
d.p("namens Gedeputeerde Staten van Fryslân,")
d.p("Hylke Hoekstra<br/>gebiedscoördinator Noardlike Fryske Wâlden<br/>h.hoekstra@fryslan.frl")
d.p("Kopie: dossier MGA-2, Bureau Grondzaken", "small")
d.R("PERSON", "Sjoerd de Boer", "Sjoerd de Boer", ("S.H. de Boer", False), ("De Boer", True), ("de Boer", True))
d.R("PERSON", "Geertje de Boer-Sijtsma", "Geertje", "Sijtsma")
d.R("PERSON", "Hylke Hoekstra", "Hylke", "Hoekstra", ("H. Hoekstra", False), "h.hoekstra")
d.R("PERSON", "Aukje Westra-Kuipers", "Aukje", "Westra-Kuipers")
d.R("ADDRESS", "Jeltingalaan 3, 9061 CK Gytsjerk", "Jeltingalaan 3", "9061 CK", "Jeltingalaan")
d.R("KVK", "01093372", "01093372")
d.R("PHONE", "06 - 38 11 72 05", ("06 - 38 11 72 05", False))
d.R("EMAIL", "h.hoekstra@fryslan.frl", ("h.hoekstra@fryslan.frl", False))
for k, v in (("ORG", "Provincie Fryslân"), ("N2000", "Alde Feanen"), ("AREA", "Noardlike Fryske Wâlden"),
             ("ORG", "Gedeputeerde Staten"), ("PROG", "Maatregel Gerichte Aankoop"), ("ORG", "RVO"),
             ("PUBLIC", "Klaas Fokkema"), ("ORG", "LTO Noord"), ("ORG", "Agrarische Jongeren Friesland"),
             ("PLACE", "Leeuwarden"), ("ORG", "Bureau Grondzaken"), ("TITLE", "gebiedscoördinator"),
             ("PHONE_GENERAL", "058 292 59 25"), ("ORG", "Postbus 20120")):
    d.K(k, v)
DOCS.append(d)

# ---------------------------------------------------------------------------------------------
# av03 stakeholderlijst gebiedsproces (landscape table, wrapping cells)
# ---------------------------------------------------------------------------------------------
d = Doc("av03_stakeholders_gebiedsproces", "rl", landscape=True, title="Stakeholderanalyse gebiedsproces Peelvenen",
        author="Team Gebiedsgerichte Aanpak Noord-Brabant", size=8.5,
        footer="Provincie Noord-Brabant - Stakeholderanalyse Peelvenen - versie 0.4 - opgesteld door Inge Verhoeven-Smulders")
d.h("Stakeholderanalyse gebiedsproces Peelvenen (Deurne, Asten, Someren)")
d.p("Doel: overzicht van partijen en contactpersonen voor de gebiedstafel Peelvenen (Natura 2000-gebieden Deurnsche "
    "Peel &amp; Mariapeel en Groote Peel). Bestuurlijk trekker is gedeputeerde Joost van der Zanden. Publieke bestuurders "
    "staan met naam vermeld; ambtelijke en particuliere contactpersonen zijn alleen voor intern gebruik.")
d.table([
    ["Partij", "Rol in gebiedsproces", "Contactpersoon", "Contactgegevens", "Belang / positie", "Invloed"],
    ["ZLTO afdeling De Peel", "Vertegenwoordiger agrarische ondernemers", "Ad van den Heuvel, bestuurder afdeling",
     "a.vandenheuvel@zlto.nl, 06-51 90 33 48", "Wil perspectief voor blijvers; tegen gedwongen uitkoop", "hoog"],
    ["Natuurmonumenten", "Terreinbeheerder Mariapeel", "Femke Raaijmakers-Öztürk, boswachter ecologie",
     "f.raaijmakers@natuurmonumenten.nl, +31 6 2047 7561", "Vernatting hoogveen, bufferzones", "hoog"],
    ["Staatsbosbeheer", "Eigenaar Groote Peel", "ir. Bram Kusters, regiomanager",
     "b.kusters@staatsbosbeheer.nl", "Hydrologische maatregelen, grondruil", "midden"],
    ["Waterschap Aa en Maas", "Waterbeheer, peilbesluit", "dijkgraaf Lambert Verheijen", "via bestuurssecretariaat 073 615 66 66",
     "Peilverhoging in bufferzone", "hoog"],
    ["Gemeente Deurne", "Ruimtelijke inpassing", "burgemeester Anette Jacobs-Houben", "via griffie",
     "Leefbaarheid kernen, vrijkomende agrarische bebouwing", "midden"],
    ["Bewonersgroep Liessel", "Omwonenden", "Jan-Willem Swinkels, Peelstraat 41, 5757 RB Liessel",
     "jw.swinkels@hotmail.com, 0493 - 34 11 87", "Geurhinder, verkeer, vrees voor leegstand", "laag"],
    ["Agrarisch collectief Peelrand", "ANLb-beheer", "Mieke Hurkmans", "06 38 44 02 19", "Beheervergoedingen", "midden"],
    ["BIJ12", "Rekenkundige ondersteuning AERIUS", "functionele mailbox", "aerius@bij12.nl", "n.v.t.", "laag"],
], widths=[2.6, 3, 3.6, 4, 3.6, 1.3])
d.p("Noot: de heer Van den Heuvel heeft gevraagd zijn mobiele nummer niet te delen met andere partijen. Mevrouw "
    "Raaijmakers-Öztürk is per 1 september vervangen door een collega; het nummer blijft voorlopig actief.", "small")
d.R("PERSON", "Ad van den Heuvel", ("Ad van den Heuvel", False), ("Van den Heuvel", False), "a.vandenheuvel")
d.R("PERSON", "Femke Raaijmakers-Öztürk", "Femke", "Raaijmakers-Öztürk", "f.raaijmakers")
d.R("PERSON", "ir. Bram Kusters", "Bram Kusters", "b.kusters")
d.R("PERSON", "Jan-Willem Swinkels", "Jan-Willem Swinkels", "jw.swinkels")
d.R("ADDRESS", "Peelstraat 41, 5757 RB Liessel", "Peelstraat 41", "5757 RB")
d.R("PERSON", "Mieke Hurkmans", "Mieke Hurkmans")
d.R("PERSON", "Inge Verhoeven-Smulders", "Verhoeven-Smulders")
d.R("PHONE", "06-51 90 33 48", ("06-51 90 33 48", False))
d.R("PHONE", "+31 6 2047 7561", ("+31 6 2047 7561", False))
d.R("PHONE", "0493 - 34 11 87", ("0493 - 34 11 87", False))
d.R("PHONE", "06 38 44 02 19", ("06 38 44 02 19", False))
for k, v in (("ORG", "ZLTO"), ("ORG", "Natuurmonumenten"), ("ORG", "Staatsbosbeheer"), ("ORG", "Waterschap Aa en Maas"),
             ("PUBLIC", "Lambert Verheijen"), ("PUBLIC", "Joost van der Zanden"), ("PUBLIC", "Anette Jacobs-Houben"),
             ("ORG", "Gemeente Deurne"), ("N2000", "Groote Peel"), ("N2000", "Mariapeel"), ("ORG", "BIJ12"),
             ("EMAIL_FUNC", "aerius@bij12.nl"), ("PLACE", "Asten"), ("PLACE", "Someren"), ("PROG", "ANLb-beheer"),
             ("TITLE", "regiomanager"), ("TITLE", "boswachter ecologie"), ("ORG", "Provincie Noord-Brabant"),
             ("PHONE_GENERAL", "073 615 66 66")):
    d.K(k, v)
DOCS.append(d)

# ---------------------------------------------------------------------------------------------
# av04 grondeigenarenlijst windpark (landscape, 2 pages, cells over 2-3 lines, parcels)
# ---------------------------------------------------------------------------------------------
owners = [
    ("1", "Maatschap Oosterhuis-Kamminga<br/>(E. Oosterhuis en<br/>H.J. Kamminga)", "Hoofdweg 210<br/>9681 AJ Midwolda", "Midwolda<br/>H 1184, H 1185",
     "18,4", "WTG-03, WTG-04", "opstalovereenkomst getekend 12-03-2025", "0597-59 13 80"),
    ("2", "Staatsbosbeheer", "Postbus 1300, 3970 BH Driebergen", "Midwolda H 902", "6,1", "kabeltracé", "in overleg", "-"),
    ("3", "Dhr. Pieter-Jan Wubbolts<br/>(eenmanszaak Akkerbouw<br/>Wubbolts)", "Nieuweweg 7a<br/>9682 TB Oostwold", "Oostwold<br/>C 2260", "22,9",
     "WTG-05", "wil verkopen i.p.v. opstal", "06 1003 8841"),
    ("4", "Mevr. A. (Anna) Bolhuis-<br/>Zuidema, mede namens<br/>erven Zuidema", "Kerkstraat 2<br/>9685 AC Blauwestad", "Oostwold<br/>C 1421, C 1422", "9,3",
     "toegangsweg", "bezwaar tegen slagschaduw", "+31 597 55 21 04"),
    ("5", "Gemeente Oldambt", "Postbus 175, 9670 AD Winschoten", "Winschoten K 88", "1,2", "onderstation", "akkoord B&amp;W", "0597 48 20 00"),
    ("6", "V.O.F. Veldhuis en Zn.<br/>(Derk en Jelle Veldhuis)", "Hoofdweg 312<br/>9681 AM Midwolda", "Midwolda<br/>H 1302", "31,0",
     "WTG-01, WTG-02", "optie tot 2026", "06-24 77 10 93 (Jelle)"),
    ("7", "Dhr. mr. Olaf Ruijters-<br/>Brinkman (woonachtig<br/>Duitsland)", "Schulstraße 14<br/>26831 Bunde (D)", "Oostwold<br/>C 1990", "4,4",
     "geen turbine, geluidscontour", "niet gereageerd", "+49 4953 92 10 33"),
]
rows = [["Nr.", "Eigenaar / gerechtigde", "Adres eigenaar", "Kadastrale percelen", "Opp. (ha)", "Functie in plan",
         "Status", "Telefoon"]]
rows += [list(o) for o in owners]
d = Doc("av04_windpark_grondeigenaren", "rl", landscape=True, title="Windpark Oldambt-Noord grondeigenarenlijst",
        author="Eneco Wind B.V. / projectbureau", size=9,
        footer="Windpark Oldambt-Noord | bijlage 3 bij projectnotitie | vertrouwelijk tot besluit | pagina {page}")
d.h("Bijlage 3 - Grondeigenaren en zakelijk gerechtigden Windpark Oldambt-Noord")
d.p("Initiatiefnemer: Eneco Wind B.V. samen met de lokale energiecoöperatie Oldambt Duurzaam. Bevoegd gezag voor "
    "het inpassingsplan is de Provincie Groningen (windpark &gt; 5 MW, minder dan 100 MW). Aansluiting op het "
    "hoogspanningsnet van TenneT via onderstation Winschoten. Gegevens ontleend aan het Kadaster (peildatum 1 april 2025).")
d.table(rows, widths=[0.6, 3.4, 3, 2.6, 1.2, 2.2, 2.8, 2.2], size=8.5)
d.p("Toelichting: percelen van natuurlijke personen en van maatschappen en V.O.F.'s van agrariërs worden in de "
    "openbare versie niet vermeld. Percelen van Staatsbosbeheer en de gemeente zijn openbaar.")
d.br()
d.h("Aantekeningen overleg eigenaren 22 april 2025", 2)
d.p("Mevrouw Bolhuis-Zuidema vraagt een slagschaduwonderzoek voor haar woning aan de Kerkstraat. De heer Wubbolts "
    "wil eerst een taxatie. De broers Veldhuis willen dat turbine WTG-01 100 meter naar het oosten schuift, richting "
    "perceel H 902 van Staatsbosbeheer. De heer Ruijters-Brinkman is via zijn Duitse adres aangeschreven; een reactie "
    "ontbreekt. De maatschap Oosterhuis-Kamminga heeft getekend; Erik Oosterhuis vraagt om participatie voor omwonenden.")
d.p("Projectleider Eneco: zie projectteamlijst (niet bijgevoegd). Contact gemeente: wethouder Duurzaamheid "
    "Jeroen Wolthuis.")
d.annot("Kamminga wil alleen via zijn zoon communiceren: Hidde Kamminga, 06-3301 4488", author="projectbureau")
d.R("PERSON", "Hidde Kamminga (annotation only)", "Hidde")
d.R("PHONE", "06-3301 4488 (annotation only)", ("06-3301 4488", False))
d.R("FIRM_PERSON", "Maatschap Oosterhuis-Kamminga", "Oosterhuis-Kamminga")
d.R("PERSON", "E. Oosterhuis / Erik Oosterhuis", "Oosterhuis", ("E. Oosterhuis", False))
d.R("PERSON", "H.J. Kamminga", ("H.J. Kamminga", False), "Kamminga")
d.R("ADDRESS", "Hoofdweg 210, 9681 AJ Midwolda", "Hoofdweg 210", "9681 AJ")
d.R("PARCEL", "Midwolda H 1184, H 1185", "H 1184", "H 1185")
d.R("PHONE", "0597-59 13 80", ("0597-59 13 80", False))
d.R("PERSON", "Pieter-Jan Wubbolts", "Pieter-Jan Wubbolts", "Wubbolts")
d.R("ADDRESS", "Nieuweweg 7a, 9682 TB Oostwold", "Nieuweweg 7a", "9682 TB")
d.R("PARCEL", "Oostwold C 2260", "C 2260")
d.R("PHONE", "06 1003 8841", ("06 1003 8841", False))
d.R("PERSON", "Anna Bolhuis-Zuidema", "Anna", "Bolhuis-Zuidema", "Zuidema")
d.R("ADDRESS", "Kerkstraat 2, 9685 AC Blauwestad", "Kerkstraat 2", "9685 AC")
d.R("PARCEL", "Oostwold C 1421, C 1422", "C 1421", "C 1422")
d.R("PHONE", "+31 597 55 21 04", ("+31 597 55 21 04", False))
d.R("FIRM_PERSON", "V.O.F. Veldhuis en Zn. (Derk en Jelle Veldhuis)", "Veldhuis", "Derk", "Jelle")
d.R("ADDRESS", "Hoofdweg 312, 9681 AM Midwolda", "Hoofdweg 312", "9681 AM")
d.R("PARCEL", "Midwolda H 1302", "H 1302")
d.R("PHONE", "06-24 77 10 93", ("06-24 77 10 93", False))
d.R("PERSON", "mr. Olaf Ruijters-Brinkman", "Olaf", "Ruijters-Brinkman")
d.R("ADDRESS", "Schulstraße 14, 26831 Bunde", "Schulstraße 14", "26831")
d.R("PARCEL", "Oostwold C 1990", "C 1990")
d.R("PHONE", "+49 4953 92 10 33", ("+49 4953 92 10 33", False))
for k, v in (("ORG", "Staatsbosbeheer"), ("ORG", "Gemeente Oldambt"), ("ORG", "Eneco Wind B.V."), ("ORG", "TenneT"),
             ("ORG", "Provincie Groningen"), ("ORG", "Oldambt Duurzaam"), ("PARCEL_PUBLIC", "H 902"),
             ("PARCEL_PUBLIC", "K 88"), ("ORG", "Kadaster"), ("PUBLIC", "Jeroen Wolthuis"), ("PHONE_GENERAL", "0597 48 20 00"),
             ("ID", "WTG-01"), ("ID", "WTG-05"), ("TITLE", "Projectleider"), ("ORG", "Postbus 1300")):
    d.K(k, v)
DOCS.append(d)

# ---------------------------------------------------------------------------------------------
# av05 zonnepark locatiememo, two columns
# ---------------------------------------------------------------------------------------------
d = Doc("av05_zonnepark_locatiememo", "rl", columns=2, font="DVS", size=9, title="Memo locatiekeuze zonnepark Vlagtwedde",
        author="Kor Sikkema")
d.h("Memo locatiekeuze Zonnepark Ter Apel-Zuid")
d.p("<b>Aan:</b> wethouder Energie Gerda Knol-Hidding, gemeente Westerwolde<br/><b>Van:</b> K. Sikkema, "
    "senior adviseur ruimte<br/><b>Datum:</b> 8 juli 2025<br/><b>Kenmerk:</b> WW/RO/2025/0877")
d.h("Aanleiding", 2)
d.p("Drie initiatiefnemers hebben een principeverzoek ingediend voor een zonnepark langs het Ter Apelkanaal. "
    "De gemeentelijke zonneladder schrijft voor dat eerst daken en restgronden worden benut. Dit memo vergelijkt "
    "de drie locaties op landschap, netcapaciteit (Enexis/TenneT) en draagvlak.")
d.h("Locatie A - Weg naar Ter Apel", 2)
d.p("Initiatiefnemer: Solarfields Ontwikkeling B.V. (KvK 65210930) samen met grondeigenaar Harm Lubbers, die "
    "het perceel nu verpacht aan akkerbouwer Jannes Mulder-Eising. Het perceel grenst aan de woning van de familie "
    "Tuinstra (Weg naar Ter Apel 96). De heer Lubbers is bereid 5% van de opbrengst in een omgevingsfonds te storten.")
d.h("Locatie B - Sellingerbeetse", 2)
d.p("Initiatiefnemer: Energiecoöperatie Westerwolde U.A. Grond van de coöperatie zelf (voormalige stortplaats). "
    "Landschappelijk goed inpasbaar; netaansluiting pas in 2029 mogelijk volgens Enexis.")
d.h("Locatie C - Ter Apelkanaal Oost", 2)
d.p("Initiatiefnemer: de heer B. (Berend) ter Veen, eenmanszaak Ter Veen Agrarisch Loonwerk, woonachtig op "
    "Kanaal A-Oost 41, 9561 TA Ter Apel. Hij wil 14 hectare van zijn eigen grond inzetten. Omwonenden Rik en "
    "Saskia Brands-Oldenziel hebben per e-mail (saskia.brands@ziggo.nl) bezwaar gemaakt tegen het verlies van uitzicht.")
d.h("Afweging", 2)
d.table([["Criterium", "A", "B", "C"],
         ["Zonneladder", "-", "++", "-"],
         ["Netcapaciteit", "+", "--", "+"],
         ["Draagvlak", "0", "++", "-"],
         ["Natuur (Natura 2000 Bargerveen op 9 km)", "0", "0", "0"]], widths=[3.2, 1, 1, 1])
d.h("Advies", 2)
d.p("Locatie B heeft de voorkeur. Voor A en C wordt aanbevolen pas na 2027 opnieuw te wegen. Dit advies is "
    "afgestemd met de Omgevingsdienst Groningen en met gedeputeerde Susan Top van de Provincie Groningen.")
d.p("K. Sikkema<br/>k.sikkema@westerwolde.nl | 0599 - 32 02 20 (algemeen) | direct 06 483 29 177", "small")
d.R("PERSON", "Kor Sikkema", "Sikkema", "Kor", ("K. Sikkema", False))
d.R("PERSON", "Harm Lubbers", "Harm Lubbers", "Lubbers")
d.R("PERSON", "Jannes Mulder-Eising", "Jannes", "Mulder-Eising")
d.R("PERSON", "familie Tuinstra", "Tuinstra")
d.R("ADDRESS", "Weg naar Ter Apel 96", ("Weg naar Ter Apel 96", False))
d.R("PERSON", "Berend ter Veen", "Berend", ("B. (Berend) ter Veen", False), "Ter Veen Agrarisch Loonwerk")
d.R("ADDRESS", "Kanaal A-Oost 41, 9561 TA Ter Apel", "Kanaal A-Oost 41", "9561 TA")
d.R("PERSON", "Rik Brands", "Rik")
d.R("PERSON", "Saskia Brands-Oldenziel", "Saskia", "Brands-Oldenziel", "saskia.brands")
d.R("EMAIL", "saskia.brands@ziggo.nl", ("saskia.brands@ziggo.nl", False))
d.R("EMAIL", "k.sikkema@westerwolde.nl", ("k.sikkema@westerwolde.nl", False))
d.R("PHONE", "06 483 29 177", ("06 483 29 177", False))
for k, v in (("PUBLIC", "Gerda Knol-Hidding"), ("PUBLIC", "Susan Top"), ("ORG", "Solarfields Ontwikkeling B.V."),
             ("KVK_BV", "65210930"), ("ORG", "Energiecoöperatie Westerwolde U.A."), ("ORG", "Enexis"), ("ORG", "TenneT"),
             ("N2000", "Bargerveen"), ("ORG", "Omgevingsdienst Groningen"), ("PLACE", "Sellingerbeetse"),
             ("WATER", "Ter Apelkanaal"), ("PHONE_GENERAL", "0599 - 32 02 20"), ("TITLE", "senior adviseur ruimte"),
             ("ORG", "Provincie Groningen")):
    d.K(k, v)
DOCS.append(d)

# ---------------------------------------------------------------------------------------------
# av06 Rijkswaterstaat projectnotitie (docx -> LO), contractor staff and omwonenden
# ---------------------------------------------------------------------------------------------
d = Doc("av06_rws_projectnotitie_n33", "docx", author="Dijkstra, J.A. (Jorrit)", title="Projectnotitie omgevingsmanagement N33",
        footer="Rijkswaterstaat Noord-Nederland | Projectnotitie N33 Assen-Zuidbroek | intern")
d.h("Projectnotitie omgevingsmanagement N33 Assen-Zuidbroek", 1)
d.p("Datum: 2 september 2025 | Opsteller: J.A. Dijkstra, omgevingsmanager RWS | Status: concept")
d.h("1. Stand van zaken", 2)
d.p("De aannemerscombinatie Heijmans-KWS voert sinds juni de werkzaamheden uit aan de verdubbeling tussen "
    "Gieten en Zuidbroek. Minister Madlener heeft de Tweede Kamer op 30 juni 2025 geïnformeerd over de vertraging "
    "door stikstofdepositie op het Drentsche Aa-gebied; de ADC-toets is afgerond. Staatssecretaris Jansen bezoekt "
    "het project op 18 september.")
d.h("2. Contactpersonen aannemer", 2)
d.table([["Naam", "Functie", "Telefoon", "E-mail"],
         ["Rutger van Dam", "projectmanager Heijmans", "06 22 90 18 44", "rvdam@heijmans.nl"],
         ["Mirjam Schuurman-Lok", "omgevingsmanager KWS", "06-300 44 917", "mirjam.schuurman@kws.nl"],
         ["Youssef el Amrani", "uitvoerder nachtwerk", "+31 6 1177 3020", "y.elamrani@kws.nl"]],
        widths=[3, 3.2, 2.6, 3.6])
d.h("3. Klachten en vragen omwonenden", 2)
d.table([["Datum", "Melder", "Onderwerp", "Afhandeling"],
         ["11-08", "dhr. H. Zwiers, Rijksweg 22, Kolham", "trillingen woning, scheur in gevel", "nulmeting opgevraagd bij Heijmans"],
         ["19-08", "mevr. T. Mulder-de Jonge, Hoofdweg 104a, Zuidbroek", "nachtwerk, lichtoverlast", "schermen geplaatst"],
         ["27-08", "Stichting Dorpsbelang Kolham", "bereikbaarheid school", "overleg met gemeente Midden-Groningen"]],
        widths=[1.2, 4, 3.3, 3.6])
d.p("De heer Zwiers heeft ook contact gezocht met Kamerlid Henk Vermeer (BBB), die vragen overweegt. Mevrouw "
    "Mulder-de Jonge is bereikbaar op 0598-42 66 10.")
d.h("4. Communicatie", 2)
d.p("De bewonersavond is op 25 september in dorpshuis De Bongerd. Woordvoerder RWS Noord-Nederland: Ilse Terpstra "
    "(woordvoerder, publieke functie). Vragen van pers via de landelijke persdesk 0800-8002.")
d.R("PERSON", "J.A. (Jorrit) Dijkstra", ("J.A. Dijkstra", False), "Dijkstra", "Jorrit")
d.R("PERSON", "Rutger van Dam", "Rutger van Dam", "rvdam")
d.R("PERSON", "Mirjam Schuurman-Lok", "Mirjam", "Schuurman-Lok", "mirjam.schuurman")
d.R("PERSON", "Youssef el Amrani", "Youssef", "el Amrani", "y.elamrani")
d.R("PHONE", "06 22 90 18 44", ("06 22 90 18 44", False))
d.R("PHONE", "06-300 44 917", ("06-300 44 917", False))
d.R("PHONE", "+31 6 1177 3020", ("+31 6 1177 3020", False))
d.R("PERSON", "H. Zwiers", "Zwiers")
d.R("ADDRESS", "Rijksweg 22, Kolham", "Rijksweg 22")
d.R("PERSON", "T. Mulder-de Jonge", "Mulder-de Jonge")
d.R("ADDRESS", "Hoofdweg 104a, Zuidbroek", "Hoofdweg 104a")
d.R("PHONE", "0598-42 66 10", ("0598-42 66 10", False))
for k, v in (("ORG", "Rijkswaterstaat"), ("ORG", "Heijmans-KWS"), ("PUBLIC", "Madlener"), ("PUBLIC", "Jansen"),
             ("PUBLIC", "Henk Vermeer"), ("ORG", "BBB"), ("ORG", "Tweede Kamer"), ("N2000", "Drentsche Aa"),
             ("ORG", "Stichting Dorpsbelang Kolham"), ("ORG", "gemeente Midden-Groningen"), ("PUBLIC_FUNC", "Ilse Terpstra"),
             ("PHONE_GENERAL", "0800-8002"), ("PLACE", "Gieten"), ("ROAD", "N33"), ("TITLE", "omgevingsmanager"),
             ("TERM", "ADC-toets")):
    d.K(k, v)
DOCS.append(d)

# ---------------------------------------------------------------------------------------------
# av07 ProRail omwonendenoverleg (HTML -> Chromium)
# ---------------------------------------------------------------------------------------------
d = Doc("av07_prorail_omwonenden_overweg", "chromium", title="Verslag omwonendenoverleg overweg Hulshorst",
        author="ProRail Projecten Oost")
d.h("Verslag omwonendenoverleg opheffen overweg Hulshorst (Zwolle-Amersfoort)")
d.p("<b>Datum:</b> 23 april 2025 &nbsp; <b>Plaats:</b> dorpshuis Hulshorst &nbsp; <b>Projectnummer:</b> PR-OOST-2231")
d.p("Aanwezig namens ProRail: Marco Bosch-Huisman (omgevingsmanager), ir. Sanne de Wit (projectmanager spoorbouw). "
    "Namens de gemeente Nunspeet: wethouder Mobiliteit Albert Koster. Namens de aannemer Strukton Rail: "
    "Dennis Verbeek (werkvoorbereider). Verder circa 40 omwonenden.")
d.h("Vragen en antwoorden", 2)
d.table([["#", "Vraagsteller", "Vraag", "Antwoord ProRail"],
         ["1", "Gert van Ginkel, Oude Telgterweg 12", "Hoe kom ik met de trekker op mijn land aan de overkant als de overweg dicht gaat?",
          "Er komt een landbouwtunnel 600 m oostelijker. Mevrouw Bosch-Huisman komt langs om het tracé te bespreken."],
         ["2", "Fam. Çelik-Jansen (Stationsweg 8)", "Blijft ons erf bereikbaar tijdens de bouw?",
          "Ja, met rijplaten. Contact via het omgevingsteam: 06 51 00 78 23."],
         ["3", "Aaltje Hendriks-van 't Oever", "Wat gebeurt er met de bomen langs de Hulshorsterweg?",
          "Boswachter Staatsbosbeheer en ProRail-ecoloog lopen samen de kapvergunning na (Wet natuurbescherming / Omgevingswet)."],
         ["4", "Anoniem (schriftelijk)", "Is de trillingshinder voor de woningen aan de Flevoweg onderzocht?",
          "Ja, zie rapport bijlage 2 (Movares)."]])
d.p("De heer Van Ginkel vraagt aanvullend of ProRail zijn perceel wil kopen; mevrouw De Wit noteert dit. Mevrouw "
    "Hendriks-van 't Oever laat haar e-mailadres achter: aaltje.oever@planet.nl.")
d.h("Vervolg", 2)
d.p("Het ontwerp-projectbesluit wordt in het najaar ter inzage gelegd door het ministerie van Infrastructuur en "
    "Waterstaat. Het Programma Hoogfrequent Spoor en het Landelijk Verbeterprogramma Overwegen (LVO) financieren "
    "het project. Verslaglegging: D. Verbeek.")
d.p("Vragen na de avond: omgevingsteam@prorail.nl of het algemene nummer 0800 - 776 72 45.", "small")
d.R("PERSON", "Marco Bosch-Huisman", "Marco", "Bosch-Huisman")
d.R("PERSON", "ir. Sanne de Wit", "Sanne de Wit", ("De Wit", True))
d.R("PERSON", "Dennis Verbeek", "Dennis", "Verbeek")
d.R("PERSON", "Gert van Ginkel", "Gert van Ginkel", ("Van Ginkel", True))
d.R("ADDRESS", "Oude Telgterweg 12", "Oude Telgterweg 12")
d.R("PERSON", "Fam. Çelik-Jansen", "Çelik-Jansen")
d.R("ADDRESS", "Stationsweg 8", "Stationsweg 8")
d.R("PHONE", "06 51 00 78 23", ("06 51 00 78 23", False))
d.R("PERSON", "Aaltje Hendriks-van 't Oever", "Aaltje", ("Hendriks-van 't Oever", False), "aaltje.oever")
d.R("EMAIL", "aaltje.oever@planet.nl", ("aaltje.oever@planet.nl", False))
for k, v in (("ORG", "ProRail"), ("PUBLIC", "Albert Koster"), ("ORG", "Strukton Rail"), ("ORG", "gemeente Nunspeet"),
             ("ORG", "Staatsbosbeheer"), ("ORG", "Movares"), ("LAW", "Omgevingswet"), ("LAW", "Wet natuurbescherming"),
             ("PROG", "Programma Hoogfrequent Spoor"), ("PROG", "Landelijk Verbeterprogramma Overwegen"),
             ("EMAIL_FUNC", "omgevingsteam@prorail.nl"), ("PHONE_GENERAL", "0800 - 776 72 45"), ("PLACE", "Hulshorst"),
             ("ROAD", "Hulshorsterweg"), ("ROAD", "Flevoweg"), ("TITLE", "werkvoorbereider"),
             ("ORG", "ministerie van Infrastructuur en Waterstaat")):
    d.K(k, v)
DOCS.append(d)

# ---------------------------------------------------------------------------------------------
# av08 dijkversterking, keukentafel met grondeigenaar; outline titles with names
# ---------------------------------------------------------------------------------------------
d = Doc("av08_dijkversterking_gesprek", "rl", author="A. Kortlever-Maas", title="Gespreksverslag dijkversterking Tiel-Waardenburg",
        subject="Grondverwerving dijkvak 14, familie Van Wijngaarden",
        footer="Waterschap Rivierenland - Dijkversterking Tiel-Waardenburg - Grondzaken - pagina {page}")
d.h("Gespreksverslag grondverwerving dijkvak 14", outline="Gesprek Van Wijngaarden 19-06-2025")
d.p("<b>Project:</b> Dijkversterking Tiel-Waardenburg (Hoogwaterbeschermingsprogramma, HWBP)<br/>"
    "<b>Datum:</b> 19 juni 2025<br/><b>Aanwezig:</b> Cornelis van Wijngaarden en Dirkje van Wijngaarden-Mourik "
    "(eigenaren), Annelies Kortlever-Maas (grondverwerver waterschap), Ruben Sterk (landmeter, Witteveen+Bos)")
d.p("Dijkgraaf Wim van Ommeren heeft de eigenaren eerder dit jaar bezocht en was niet bij dit gesprek aanwezig.")
d.h("Onderwerp", 2, outline="Percelen familie Van Wijngaarden")
d.p("De dijkversterking aan de rivierzijde van de Waal vraagt een strook van 0,82 hectare van de boomgaard "
    "(kadastraal Tiel M 3310 en M 3311). De fruitteler woont met zijn gezin op Waalbandijk 117, 4005 LK Tiel, "
    "direct achter de dijk; dat adres is ook het bedrijfsadres van Fruitbedrijf Van Wijngaarden (eenmanszaak, "
    "KvK 11048237).")
d.h("Standpunt eigenaren", 2)
d.p("De heer Van Wijngaarden wil geen grond afstaan zolang er geen zekerheid is over de vervangende grond in de "
    "Tielerwaard. Mevrouw Van Wijngaarden-Mourik vreest voor de woning tijdens de bouw (trillingen). Zij noemt dat "
    "haar vader, Arie Mourik, bij de dijkverzwaring van 1996 ook grond kwijtraakte.")
d.h("Afspraken", 2)
d.table([["Actie", "Door", "Termijn"],
         ["Taxatie door onafhankelijk taxateur", "A. Kortlever-Maas", "augustus 2025"],
         ["Bouwkundige vooropname woning", "R. Sterk / Witteveen+Bos", "voor start werk"],
         ["Ruilgrond inventariseren in de Tielerwaard", "grondbank waterschap", "oktober 2025"]], widths=[5, 3.5, 2])
d.p("Contact eigenaren: 0344 - 61 92 73 of c.vanwijngaarden@fruitbedrijf-vanwijngaarden.nl. "
    "Contact waterschap: Annelies Kortlever-Maas, 06-1290 5587.", "small")
d.R("PERSON", "Cornelis van Wijngaarden", "Cornelis", ("van Wijngaarden", True), ("Van Wijngaarden", True), "c.vanwijngaarden")
d.R("PERSON", "Dirkje van Wijngaarden-Mourik", "Dirkje", "Mourik")
d.R("PERSON", "Arie Mourik", "Arie")
d.R("PERSON", "Annelies Kortlever-Maas", "Annelies", "Kortlever-Maas")
d.R("PERSON", "Ruben Sterk", "Ruben", ("R. Sterk", False), ("Ruben Sterk", False))
d.R("PARCEL", "Tiel M 3310 en M 3311", "M 3310", "M 3311")
d.R("ADDRESS", "Waalbandijk 117, 4005 LK Tiel", "Waalbandijk 117", "4005 LK")
d.R("KVK", "11048237", "11048237")
d.R("PHONE", "0344 - 61 92 73", ("0344 - 61 92 73", False))
d.R("EMAIL", "c.vanwijngaarden@fruitbedrijf-vanwijngaarden.nl", ("c.vanwijngaarden@fruitbedrijf-vanwijngaarden.nl", False))
d.R("PHONE", "06-1290 5587", ("06-1290 5587", False))
for k, v in (("ORG", "Waterschap Rivierenland"), ("PUBLIC", "Wim van Ommeren"), ("PROG", "Hoogwaterbeschermingsprogramma"),
             ("ORG", "Witteveen+Bos"), ("WATER", "Waal"), ("AREA", "Tielerwaard"), ("TITLE", "grondverwerver"),
             ("TITLE", "landmeter"), ("PROJ", "Dijkversterking Tiel-Waardenburg"), ("ORG", "grondbank waterschap")):
    d.K(k, v)
DOCS.append(d)

# ---------------------------------------------------------------------------------------------
# av09 ontheffing faunabeheer / jachtakte, named person, date of birth
# ---------------------------------------------------------------------------------------------
d = Doc("av09_ontheffing_faunabeheer", "rl", font="DVS", title="Ontheffing populatiebeheer ganzen",
        author="Omgevingsdienst Fryslân - team VTH")
d.p("Gedeputeerde Staten van Fryslân", "right")
d.h("Besluit: ontheffing artikel 11.54 Besluit activiteiten leefomgeving (ganzenbeheer)")
d.p("Zaaknummer: FRL-OD-2025-33781 &nbsp;&nbsp; Datum besluit: 12 augustus 2025")
d.h("Aanvrager", 2)
d.table([["Naam", "mr. ing. Tjeerd Halbesma"],
         ["Geboortedatum", "04-11-1979"],
         ["Adres", "Skieppesleat 9, 8624 TH Uitwellingerga"],
         ["Jachtaktenummer", "JA-FR-0788231"],
         ["Wildbeheereenheid", "WBE Sneek e.o."],
         ["Telefoon", "(0515) 55 83 41"],
         ["E-mail", "tjeerd.halbesma@wbe-sneek.nl"]], header=False, widths=[3, 7])
d.p("De aanvrager treedt op namens de Faunabeheereenheid Fryslân op grond van het Faunabeheerplan Ganzen "
    "2024-2029. De ontheffing geldt voor het verjagen met ondersteunend afschot van grauwe gans en brandgans "
    "op de percelen van melkveehouder Jouke Dijkstra (Dijkstra Melkvee, Heawei 2, Uitwellingerga), buiten het "
    "Natura 2000-gebied Sneekermeergebied.")
d.h("Voorschriften", 2)
d.p("1. Afschot uitsluitend door de houder en de in bijlage 1 genoemde jachtaktehouders: Hessel de Jong "
    "(JA-FR-0790014) en Marije Bakker-Visser (JA-FR-0812207).<br/>"
    "2. Geen afschot binnen 300 meter van broedende weidevogels; afstemming met Staatsbosbeheer.<br/>"
    "3. Rapportage via FRS (Fauna Registratie Systeem) binnen 24 uur.<br/>"
    "4. Deze ontheffing is persoonsgebonden en moet bij controle door een boa of de politie worden getoond.")
d.h("Bezwaar", 2)
d.p("Tegen dit besluit kan binnen zes weken bezwaar worden gemaakt bij Gedeputeerde Staten van Fryslân. "
    "Namens dezen: de teamleider VTH, H.S. Nauta.")
d.R("PERSON", "mr. ing. Tjeerd Halbesma", "Tjeerd", "Halbesma", "tjeerd.halbesma")
d.R("DOB", "04-11-1979", ("04-11-1979", False))
d.R("ADDRESS", "Skieppesleat 9, 8624 TH Uitwellingerga", "Skieppesleat 9", "8624 TH")
d.R("ID", "JA-FR-0788231", ("JA-FR-0788231", False))
d.R("PHONE", "(0515) 55 83 41", ("(0515) 55 83 41", False))
d.R("EMAIL", "tjeerd.halbesma@wbe-sneek.nl", ("tjeerd.halbesma@wbe-sneek.nl", False))
d.R("PERSON", "Jouke Dijkstra", "Jouke", "Dijkstra")
d.R("ADDRESS", "Heawei 2, Uitwellingerga", "Heawei 2")
d.R("PERSON", "Hessel de Jong", "Hessel de Jong")
d.R("ID", "JA-FR-0790014", ("JA-FR-0790014", False))
d.R("PERSON", "Marije Bakker-Visser", "Marije", "Bakker-Visser")
d.R("ID", "JA-FR-0812207", ("JA-FR-0812207", False))
d.R("PERSON", "H.S. Nauta", ("H.S. Nauta", False), "Nauta")
for k, v in (("ORG", "Gedeputeerde Staten van Fryslân"), ("LAW", "Besluit activiteiten leefomgeving"),
             ("ORG", "Faunabeheereenheid Fryslân"), ("PROG", "Faunabeheerplan Ganzen"), ("N2000", "Sneekermeergebied"),
             ("ORG", "Staatsbosbeheer"), ("ORG", "WBE Sneek e.o."), ("TERM", "Fauna Registratie Systeem"),
             ("TITLE", "teamleider VTH"), ("TERM", "brandgans"), ("TITLE", "melkveehouder")):
    d.K(k, v)
DOCS.append(d)

# ---------------------------------------------------------------------------------------------
# av10 BOA proces-verbaal van bevindingen natuur; sticky note annotation
# ---------------------------------------------------------------------------------------------
d = Doc("av10_boa_bevindingen_natuur", "rl", size=9.5, title="Proces-verbaal van bevindingen NM-2025-0619",
        author="boa 70431", footer="Staatsbosbeheer Toezicht - Proces-verbaal van bevindingen - niet openbaar")
d.h("Proces-verbaal van bevindingen")
d.p("Nummer: NM-2025-0619 &nbsp;&nbsp; Domein I Openbare ruimte / Domein II Milieu, Welzijn en Infrastructuur")
d.p("Ik, verbalisant, <b>Sander Kuipers-Oudman</b>, buitengewoon opsporingsambtenaar (boa) in dienst van "
    "Staatsbosbeheer, boa-nummer 70431, verklaar het volgende.")
d.p("Op zaterdag 7 juni 2025 omstreeks 06.40 uur bevond ik mij, in uniform en met dienstvoertuig, in het "
    "Natura 2000-gebied Drents-Friese Wold, nabij de Aekingerbroek (gemeente Westerveld). Samen met mijn collega "
    "boa Lotte Haverkamp (boa-nummer 71288) zag ik een persoon met twee loslopende honden in het rustgebied, "
    "waar honden aangelijnd moeten zijn (artikel 461 Wetboek van Strafrecht, toegangsbeperking).")
d.p("Ik vorderde inzage in een identiteitsbewijs. De persoon bleek te zijn:")
d.table([["Achternaam", "OUDEKERK"],
         ["Voornamen", "Berend Jan Hendrik"],
         ["Geboren", "19 februari 1968 te Emmen"],
         ["BSN", bsn("23189071")],
         ["Adres", "Brinkstraat 56, 7961 AL Ruinerwold"],
         ["Kenteken voertuig", "GX-318-B"]], header=False, widths=[3, 7])
d.p("De verdachte verklaarde: \"Ik loop hier al dertig jaar met mijn honden, ik wist niet dat dit verboden "
    "was.\" Ik heb hem gewezen op de borden van Staatsbosbeheer bij de ingang Oude Willem. Van de verdachte "
    "Oudekerk is een bekeuring (feitcode H 413) opgemaakt.")
d.p("Waarvan door mij is opgemaakt dit proces-verbaal, dat ik sloot en ondertekende te Appelscha op 7 juni "
    "2025.<br/>S. Kuipers-Oudman, boa 70431")
d.annot("Let op: Oudekerk is ook bekend van eerdere waarschuwing 2023 (boa L. Haverkamp). Niet naar OM sturen "
       "zonder overleg met teamleider Gerdien Vos.", author="Sander Kuipers-Oudman")
bsn10 = bsn("23189071")
d.R("PERSON", "Sander Kuipers-Oudman", "Sander", "Kuipers-Oudman")
d.R("ID", "boa-nummer 70431", "70431")
d.R("PERSON", "Lotte Haverkamp", "Lotte", "Haverkamp")
d.R("ID", "boa-nummer 71288", "71288")
d.R("PERSON", "Berend Jan Hendrik Oudekerk", "OUDEKERK", "Oudekerk", ("Berend Jan Hendrik", False))
d.R("DOB", "19 februari 1968", ("19 februari 1968", False))
d.R("BSN", bsn10, (bsn10, False))
d.R("ADDRESS", "Brinkstraat 56, 7961 AL Ruinerwold", "Brinkstraat 56", "7961 AL")
d.R("PLATE", "GX-318-B", ("GX-318-B", False))
d.R("PERSON", "Gerdien Vos", "Gerdien Vos")
for k, v in (("ORG", "Staatsbosbeheer"), ("N2000", "Drents-Friese Wold"), ("AREA", "Aekingerbroek"),
             ("ORG", "gemeente Westerveld"), ("LAW", "Wetboek van Strafrecht"), ("PLACE", "Appelscha"),
             ("AREA", "Oude Willem"), ("TERM", "feitcode H 413"), ("ID", "NM-2025-0619"),
             ("TITLE", "buitengewoon opsporingsambtenaar")):
    d.K(k, v)
DOCS.append(d)

# ---------------------------------------------------------------------------------------------
# av11 RVO subsidiebeschikking, sole trader, IBAN, metadata title with name
# ---------------------------------------------------------------------------------------------
ib11 = iban("RABO", "0317442981")
d = Doc("av11_rvo_beschikking_sbv", "rl", title="Beschikking SBV innovatie - A.M. Koopmans-Ter Brugge",
        author="Rijksdienst voor Ondernemend Nederland", subject="Subsidieverlening Sbv 2025, relatienummer 300877104",
        footer="RVO | Postbus 40219 | 8004 DE Zwolle | www.rvo.nl | pagina {page}")
d.p("Rijksdienst voor Ondernemend Nederland", "right")
d.p("Akkerbouwbedrijf Koopmans<br/>t.a.v. mevrouw A.M. Koopmans-ter Brugge<br/>Polderdijk 18<br/>"
    "8316 PE Marknesse")
d.p("Datum: 29 september 2025<br/>Relatienummer: 300877104<br/>Zaaknummer: SBV25-01842<br/>"
    "Behandeld door: Jeroen ten Hove<br/>Telefoon: 088 042 42 42")
d.h("Beschikking: verlening subsidie Subsidiemodule brongerichte verduurzaming (Sbv)", 2)
d.p("Geachte mevrouw Koopmans-ter Brugge,")
d.p("Op 4 juli 2025 ontvingen wij uw aanvraag voor subsidie voor een emissiearme vloer en een luchtwasser voor "
    "uw pluimveestal. Wij verlenen u een subsidie van maximaal € 218.400. Dit besluit nemen wij namens de "
    "minister van Landbouw, Visserij, Voedselzekerheid en Natuur op grond van de Regeling nationale EZK- en "
    "LNV-subsidies, hoofdstuk 3.")
d.h("Gegevens aanvrager", 2)
d.table([["Onderneming", "Akkerbouwbedrijf Koopmans (eenmanszaak)"],
         ["Eigenaar", "Annemarie Koopmans-ter Brugge"],
         ["KvK-nummer", "39187724"],
         ["Vestigingsadres", "Polderdijk 18, 8316 PE Marknesse (tevens woonadres)"],
         ["IBAN", ib11],
         ["Tenaamstelling rekening", "A.M. Koopmans-ter Brugge"]], header=False, widths=[3, 7])
d.p("Het voorschot van 40% maken wij binnen vier weken over op rekeningnummer " + ib11 + ". De projectperiode "
    "loopt tot en met 31 december 2027.")
d.p("Met vriendelijke groet,<br/>namens de minister van Landbouw, Visserij, Voedselzekerheid en Natuur,<br/>"
    "Rijksdienst voor Ondernemend Nederland<br/>J. ten Hove, teamleider Subsidies Agro")
d.p("Bezwaar: binnen 6 weken via mijn.rvo.nl. Minister Wiersma heeft de Kamer op 2 juni 2025 geïnformeerd "
    "over de openstelling (Kamerstuk 35334).", "small")
d.R("PERSON", "Annemarie Koopmans-ter Brugge", "Annemarie", ("Koopmans-ter Brugge", False), ("Koopmans-Ter Brugge", False),
    ("A.M. Koopmans", False))
d.R("TRADE", "Akkerbouwbedrijf Koopmans", "Akkerbouwbedrijf Koopmans")
d.R("ADDRESS", "Polderdijk 18, 8316 PE Marknesse", "Polderdijk 18", "8316 PE")
d.R("RELATIENR", "300877104", "300877104")
d.R("KVK", "39187724", "39187724")
d.R("IBAN", ib11, (ib11, False))
d.R("PERSON", "Jeroen ten Hove", "Jeroen ten Hove", ("J. ten Hove", False))
for k, v in (("ORG", "Rijksdienst voor Ondernemend Nederland"), ("PROG", "Subsidiemodule brongerichte verduurzaming"),
             ("LAW", "Regeling nationale EZK- en LNV-subsidies"), ("PUBLIC", "Wiersma"), ("PHONE_GENERAL", "088 042 42 42"),
             ("ID", "SBV25-01842"), ("TITLE", "teamleider Subsidies Agro"), ("ID", "Kamerstuk 35334"),
             ("ORG", "Postbus 40219")):
    d.K(k, v)
DOCS.append(d)
