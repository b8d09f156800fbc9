"""Set LN, documents ln22-ln33: objection, phone note, PAS list, meetings, press, hidden channels."""
from lib import (KV, PB, RIGHT, SIG, SP, A4, Doc, H, L, P, T, add_annots, add_outline, bsn, iban, landscape,
                 render, render_docx, scan, set_meta)


# ----------------------------------------------------------------------------------------------
def ln22():
    """Objection by a farmer's lawyer against the RVO derogation decision."""
    d = Doc("ln22")
    blocks = [
        RIGHT(["*AgriLex Advocaten", "Stationsweg 12", "8011 CZ Zwolle", "T 038 203 11 40",
               "secretariaat@agrilex.nl", "", "*Behandeld door", "mr. F.M. Timmerhuis", "*Direct",
               "038 - 203 11 47", "*E-mail", "timmerhuis@agrilex.nl"], left=["*AgriLex", "Advocaten"]),
        L("Rijksdienst voor Ondernemend Nederland"),
        L("Afdeling Bezwaar en Beroep"),
        L("Postbus 40219, 8004 DE Zwolle"),
        SP(10),
        KV("Datum", "20 maart 2024", 80),
        KV("Betreft", "bezwaarschrift tegen beschikking DER-24-0093318", 80),
        KV("Cliënt", "de heer J.H. (Jan Hendrik) Boer, Nijkerk, relatienummer 200418273", 80),
        SP(6),
        P("Geachte heer, mevrouw,"),
        P("Namens mijn cliënt, de heer J.H. Boer, maak ik bezwaar tegen de beschikking van 12 februari "
          "2024 (kenmerk DER-24-0093318), voor zover daarin de bemonstering van zijn percelen als "
          "'afwijkend' is aangemerkt. Een volmacht is bijgevoegd."),
        P("Gronden. 1. Het monster van perceel 7 is volgens het analyserapport van Eurofins Agro genomen "
          "op een moment dat er net drijfmest was uitgereden; dat is in strijd met het "
          "bemonsteringsprotocol van RVO. 2. Uw adviseur, de heer Belhadj, heeft telefonisch erkend dat "
          "het monster te vroeg is genomen. 3. De beschikking is in strijd met het zorgvuldigheidsbeginsel "
          "(artikel 3:2 Awb)."),
        P("Mijn cliënt verzoekt om te worden gehoord. Zijn echtgenote, mevrouw A. Boer-Kamphorst, is "
          "mede-eigenaar van de grond en sluit zich bij het bezwaar aan."),
        P("Ik verzoek u de correspondentie uitsluitend aan mijn kantoor te richten."),
        P("Hoogachtend,"),
        SIG("F. Timmerhuis", seed=81),
        L("mr. F.M. Timmerhuis"),
    ]
    render(d.pdf, blocks, font="Times-Roman", size=10.6)
    set_meta(d.pdf, author="F.M. Timmerhuis", producer="Microsoft Word 2019")
    d.r("PERSON", "mr. F.M. Timmerhuis", "Timmerhuis")
    d.r("EMAIL", "timmerhuis@agrilex.nl", "timmerhuis@agrilex.nl")
    d.r("PHONE", "038 - 203 11 47", "038 - 203 11 47")
    d.r("PERSON", "J.H. (Jan Hendrik) Boer", "J.H. Boer", "Jan Hendrik")
    d.r("NUMBER", "relatienummer 200418273", "200418273")
    d.r("PERSON", "K. Belhadj", "Belhadj")
    d.r("PERSON", "A. Boer-Kamphorst", "Boer-Kamphorst")
    d.k("ORG", "AgriLex Advocaten", "AgriLex Advocaten")
    d.k("PHONE", "038 203 11 40", "038 203 11 40")
    d.k("EMAIL", "secretariaat@agrilex.nl", "secretariaat@agrilex.nl")
    d.k("ORG", "Rijksdienst voor Ondernemend Nederland", "Rijksdienst voor Ondernemend Nederland")
    d.k("ADDRESS", "Postbus 40219, 8004 DE Zwolle", "Postbus 40219")
    d.k("REF", "DER-24-0093318", "DER-24-0093318")
    d.k("ORG", "Eurofins Agro", "Eurofins Agro")
    d.k("LAW", "artikel 3:2 Awb", "artikel 3:2 Awb")
    d.k("PLACE", "Nijkerk", "Nijkerk")
    d.k("ADDRESS", "Stationsweg 12", "Stationsweg 12")
    d.k("ORG", "Afdeling Bezwaar en Beroep", "Afdeling Bezwaar en Beroep")
    return d


# ----------------------------------------------------------------------------------------------
def ln23():
    """Phone note of the NVWA contact centre: phone numbers in many Dutch formats."""
    d = Doc("ln23")
    blocks = [
        L("NVWA Klantcontactcentrum  -  Telefoonnotitie", 11, True),
        SP(4),
        T([["Veld", "Inhoud"],
           ["Ticketnummer", "KCC-2024-0713-55812"],
           ["Datum / tijd", "13 juli 2024, 16:42"],
           ["Aangenomen door", "Ilse van Wijngaarden-Bos (KCC, agent 5531)"],
           ["Beller", "Mevr. Petra Hoogendoorn"],
           ["Adres beller", "Wielewaalweg 3, 3881 HS Putten"],
           ["Telefoon beller", "+31 6 4412 0987 / (0341) 25 66 10"],
           ["Over", "Melkveehouderij De Hooiberg B.V., Hooiberglaan 2, Putten"]], [25, 75], size=9),
        H("Melding", 10.5),
        P("Mevrouw Hoogendoorn meldt dat bij het naastgelegen bedrijf sinds drie dagen kadavers van kalveren "
          "buiten de kadaverkoeling liggen, bij de weg. Zij heeft foto's. Volgens haar is de bedrijfsleider, "
          "de heer Van Putten, op vakantie en doet een Poolse medewerker, 'Marek', het werk alleen."),
        P("Zij wil niet dat haar naam aan het bedrijf wordt doorgegeven: zij is bang voor burenruzie. Ze is "
          "ook op het andere nummer bereikbaar (0341-256610) of via de mobiel van haar man Joop, 06-1085 3372."),
        H("Afhandeling", 10.5),
        P("Doorgezet naar Team Dierenwelzijn Landbouwhuisdieren Midden (teampostbus dwmidden@nvwa.nl). "
          "Terugbelverzoek gepland. Beller geïnformeerd over 144 Red een Dier en over Rendac "
          "(ophaalmelding via 088 - 003 37 00)."),
        P("Aanvulling 15 juli 2024 (inspecteur B. Dijkhuizen, tel. 0031 6 2774 5109): bedrijf bezocht, "
          "kadavers afgevoerd, houder (B.V.) krijgt een schriftelijke waarschuwing.", 9.5),
        SP(4),
        P("Algemeen nummer NVWA: 0900 0388. Vanuit het buitenland: +31 88 223 33 33.", 8.5),
    ]
    render(d.pdf, blocks, font="LibMono", size=9.2)
    set_meta(d.pdf, producer="Salesforce Service Cloud PDF export", author="KCC-agent 5531")
    d.r("PERSON", "Ilse van Wijngaarden-Bos", "Ilse van Wijngaarden-Bos")
    d.r("NUMBER", "agent 5531", "agent 5531")
    d.r("NUMBER", "KCC-agent 5531 (Author)", "KCC-agent 5531", channel="metadata")
    d.r("PERSON", "Petra Hoogendoorn", "Petra Hoogendoorn", "Mevrouw Hoogendoorn")
    d.r("ADDRESS", "Wielewaalweg 3, 3881 HS Putten", "Wielewaalweg 3", "3881 HS")
    d.r("PHONE", "+31 6 4412 0987", "+31 6 4412 0987")
    d.r("PHONE", "(0341) 25 66 10", "(0341) 25 66 10", "0341-256610")
    d.r("PERSON", "Van Putten", "heer Van Putten")
    d.r("PERSON", "Marek", "Marek")
    d.r("PERSON", "Joop", "Joop")
    d.r("PHONE", "06-1085 3372", "06-1085 3372")
    d.r("PERSON", "B. Dijkhuizen", "Dijkhuizen")
    d.r("PHONE", "0031 6 2774 5109", "0031 6 2774 5109")
    d.k("REF", "KCC-2024-0713-55812", "KCC-2024-0713-55812")
    d.k("ORG", "Melkveehouderij De Hooiberg B.V.", "Melkveehouderij De Hooiberg B.V.")
    d.k("ADDRESS", "Hooiberglaan 2", "Hooiberglaan 2")
    d.k("EMAIL", "dwmidden@nvwa.nl", "dwmidden@nvwa.nl")
    d.k("ORG", "144 Red een Dier", "144 Red een Dier")
    d.k("ORG", "Rendac", "Rendac")
    d.k("PHONE", "088 - 003 37 00", "088 - 003 37 00")
    d.k("PHONE", "0900 0388", "0900 0388")
    d.k("PHONE", "+31 88 223 33 33", "+31 88 223 33 33")
    d.k("ORG", "Team Dierenwelzijn Landbouwhuisdieren Midden", "Team Dierenwelzijn Landbouwhuisdieren Midden")
    d.k("ORG", "NVWA Klantcontactcentrum", "NVWA Klantcontactcentrum")
    return d


# ----------------------------------------------------------------------------------------------
PAS_ROWS = [
    # (holder, is_person, street, pc place, relnr, status)
    ("Melkveehouderij De Hooiberg B.V.", False, "Hooiberglaan 2", "3882 RL Putten", "100382761", "vergund"),
    ("G.W. Lokhorst", True, "Vlakwaterseweg 14", "3774 PT Kootwijkerbroek", "200715532", "in behandeling"),
    ("Maatschap Hendriks-ter Maat", True, "Postweg 88", "6741 KT Lunteren", "200933418", "in behandeling"),
    ("Pluimveebedrijf Veldhoen B.V.", False, "Eperweg 101", "8181 EV Heerde", "100556120", "vergund"),
    ("H. Harderwijk", True, "Stroeërweg 7", "3776 MC Stroe", "201128894", "wacht op stikstofruimte"),
    ("E. van Ommen-Bosch", True, "Hessenweg 220", "3781 PG Voorthuizen", "200287703", "handhavingsverzoek"),
    ("Varkenshouderij Oldebroek B.V.", False, "Zuiderzeestraatweg 350", "8096 BM Oldebroek", "100674432",
     "in behandeling"),
    ("J.A. Barneveld", True, "Garderbroekerweg 31", "3773 LB Barneveld", "200846611", "wacht op stikstofruimte"),
    ("Kalverhouderij Wolfswinkel B.V.", False, "Wolfswinkelweg 3", "6744 PK Ederveen", "100291877", "vergund"),
]


def ln24():
    """Spreadsheet export: PAS-melders in Gelderland; natural persons mixed with legal entities."""
    d = Doc("ln24")
    rows = [["Nr.", "Houder", "Adres locatie", "Postcode / plaats", "Relatienr. RVO", "Status", "Behandelaar"]]
    behandelaars = ["JW", "JW", "ET", "JW", "ET", "JW", "ET", "ET", "JW"]
    for i, (h, person, st, pc, rel, status) in enumerate(PAS_ROWS, 1):
        rows.append([str(i), h, st, pc, rel, status, behandelaars[i - 1]])
    blocks = [
        L("Provincie Gelderland  -  Programma PAS-melders  -  overzicht gemeenten Putten, Barneveld, Ede, "
          "Heerde en Oldebroek", 10, True),
        L("Export uit Squit XO, 1 februari 2025. Vertrouwelijk: bevat persoonsgegevens.", 8.5),
        SP(4),
        T(rows, [4, 24, 17, 18, 11, 16, 9], size=8.2),
        P("Behandelaars: JW = J. Wassink, ET = E. Terpstra (beiden team Natuurvergunningen). Een "
          "maatschap en een eenmanszaak zijn natuurlijke personen: adres en relatienummer zijn "
          "persoonsgegevens. Voor een B.V. (rechtspersoon) geldt dat niet voor het bedrijfsadres.", 8.5),
        P("Opmerking bij nr. 6: mevrouw Van Ommen-Bosch heeft via haar advocaat een handhavingsverzoek "
          "ingediend tegen de buurman; zie zaak 2024-011902. Bij nr. 5 (de heer Harderwijk) speelt een "
          "erfeniskwestie.", 8.5),
        P("De plaats Barneveld en de gemeente Ede vallen onder de regio Foodvalley; Harderwijk (gemeente) "
          "valt buiten dit overzicht.", 8.5),
    ]
    render(d.pdf, blocks, font="LibSans", size=9, pagesize=landscape(A4), margins=(36, 40, 36, 40))
    set_meta(d.pdf, producer="Squit XO rapportage / Microsoft Excel", author="E. Terpstra")
    for h, person, st, pc, rel, status in PAS_ROWS:
        if person:
            d.r("PERSON", h, h)
            d.r("ADDRESS", f"{st}, {pc}", st, pc.split()[0] + " " + pc.split()[1])
            d.r("NUMBER", f"relatienummer {rel}", rel)
        else:
            d.k("ORG", h, h)
            d.k("ADDRESS", st, st)
            d.k("NUMBER", f"relatienummer van rechtspersoon {rel}", rel)
    d.r("PERSON", "J. Wassink", "J. Wassink", "JW")
    d.r("PERSON", "E. Terpstra", "E. Terpstra", "ET")
    d.r("PERSON", "E. van Ommen-Bosch", "Van Ommen-Bosch")
    d.r("PERSON", "H. Harderwijk", "heer Harderwijk")
    d.k("ORG", "Provincie Gelderland", "Provincie Gelderland")
    d.k("PROG", "Programma PAS-melders", "Programma PAS-melders")
    d.k("PLACE", "Harderwijk (gemeente)", "Harderwijk (gemeente)")
    d.k("PLACE", "gemeente Ede", "gemeente Ede")
    d.k("PLACE", "De plaats Barneveld", "plaats Barneveld")
    d.k("ORG", "Foodvalley", "Foodvalley")
    d.k("REF", "2024-011902", "2024-011902")
    d.k("PRODUCT", "Squit XO", "Squit XO")
    d.k("STATUS", "wacht op stikstofruimte", "wacht op stikstofruimte")
    return d


# ----------------------------------------------------------------------------------------------
def ln25():
    """Agenda and attendance list, Regiegroep NPLG Overijssel: office holders kept, staff redacted."""
    d = Doc("ln25")
    blocks = [
        L("Provincie Overijssel", 10, True),
        H("Regiegroep Nationaal Programma Landelijk Gebied (NPLG) Overijssel", 12.5),
        KV("Datum", "17 april 2025, 09.30 - 12.00 uur", 80),
        KV("Locatie", "Provinciehuis, Luttenbergstraat 2, Zwolle, zaal IJssel", 80),
        H("Agenda", 11),
        T([["Nr.", "Onderwerp", "Toelichting"],
           ["1", "Opening door de commissaris van de Koning Andries Heidema", ""],
           ["2", "Voortgang Gebiedsgerichte Aanpak Salland en Twente", "gedeputeerde Ruben Everink"],
           ["3", "Transitiefonds landelijk gebied en het Rijk", "bijdrage staatssecretaris Rummenie (video)"],
           ["4", "PAS-melders en Lbv-plus: stand van zaken", "presentatie RVO"],
           ["5", "Waterschappen: KRW-opgave", "dijkgraaf Dinand Ruikes"],
           ["6", "Rondvraag en sluiting", ""]], [6, 54, 40], size=9),
        H("Presentielijst", 11),
        T([["Naam", "Organisatie", "Rol"],
           ["commissaris van de Koning Andries Heidema", "Provincie Overijssel", "voorzitter"],
           ["gedeputeerde Ruben Everink", "Provincie Overijssel", "portefeuille landbouw"],
           ["gedeputeerde Eefje Wolters", "Provincie Overijssel", "portefeuille natuur"],
           ["dijkgraaf Dinand Ruikes", "Waterschap Drents Overijsselse Delta", "lid"],
           ["wethouder Harm Zandbergen", "gemeente Dalfsen", "namens de gemeenten"],
           ["Lotte Smits-Özdemir", "Provincie Overijssel", "programmasecretaris"],
           ["Jeroen Blankvoort", "Provincie Overijssel", "verslag"],
           ["Nienke Bosch-Adriaanse", "Ministerie van LVVN", "toehoorder"],
           ["Koen ter Steege", "LTO Noord", "lid"],
           ["Annemieke Vos-Droogh", "Natuur en Milieu Overijssel", "lid"]], [42, 35, 23], size=9),
        P("Stukken via de Regiegroep-SharePoint; vragen aan nplg@overijssel.nl of via het algemene nummer "
          "038 499 88 99. Jeroen Blankvoort is bereikbaar op 06 38 19 27 64.", 9),
    ]
    render(d.pdf, blocks, font="Helvetica", size=9.6)
    set_meta(d.pdf, author="Blankvoort, J.", producer="Microsoft Word for Microsoft 365")
    d.r("PERSON", "Lotte Smits-Özdemir", "Lotte Smits-Özdemir")
    d.r("PERSON", "Jeroen Blankvoort", "Jeroen Blankvoort")
    d.r("PERSON", "J. Blankvoort (Author)", "Blankvoort, J.", channel="metadata")
    d.r("PERSON", "Nienke Bosch-Adriaanse", "Nienke Bosch-Adriaanse")
    d.r("PERSON", "Koen ter Steege", "Koen ter Steege")
    d.r("PERSON", "Annemieke Vos-Droogh", "Annemieke Vos-Droogh")
    d.r("PHONE", "06 38 19 27 64", "06 38 19 27 64")
    d.k("OFFICIAL", "commissaris van de Koning Andries Heidema", "Andries Heidema")
    d.k("OFFICIAL", "gedeputeerde Ruben Everink", "Ruben Everink")
    d.k("OFFICIAL", "gedeputeerde Eefje Wolters", "Eefje Wolters")
    d.k("OFFICIAL", "dijkgraaf Dinand Ruikes", "Dinand Ruikes")
    d.k("OFFICIAL", "wethouder Harm Zandbergen", "Harm Zandbergen")
    d.k("OFFICIAL", "staatssecretaris Rummenie", "staatssecretaris Rummenie")
    d.k("PROG", "Nationaal Programma Landelijk Gebied", "Nationaal Programma Landelijk Gebied")
    d.k("PROG", "Gebiedsgerichte Aanpak", "Gebiedsgerichte Aanpak")
    d.k("PROG", "Transitiefonds landelijk gebied", "Transitiefonds landelijk gebied")
    d.k("ORG", "Waterschap Drents Overijsselse Delta", "Waterschap Drents Overijsselse Delta")
    d.k("ORG", "LTO Noord", "LTO Noord")
    d.k("ORG", "Natuur en Milieu Overijssel", "Natuur en Milieu Overijssel")
    d.k("ADDRESS", "Luttenbergstraat 2", "Luttenbergstraat 2")
    d.k("EMAIL", "nplg@overijssel.nl", "nplg@overijssel.nl")
    d.k("PHONE", "038 499 88 99", "038 499 88 99")
    d.k("TERM", "KRW-opgave", "KRW-opgave")
    d.k("TITLE", "programmasecretaris", "programmasecretaris")
    d.k("PLACE", "Twente", "Twente")
    return d


# ----------------------------------------------------------------------------------------------
def ln26():
    """NVWA press release: nearly everything stays; a spokesperson named in role."""
    d = Doc("ln26")
    blocks = [
        L("NVWA  |  Nieuwsbericht  |  15 april 2024", 9, True),
        H("NVWA legt slachthuis in Apeldoorn boete op voor dierenwelzijnsovertredingen", 14),
        P("De Nederlandse Voedsel- en Warenautoriteit (NVWA) heeft Vleesbedrijf Oost-Veluwe B.V. in "
          "Apeldoorn een bestuurlijke boete van 16.000 euro opgelegd. Bij een inspectie op 23 januari 2024 "
          "stelde de NVWA vast dat varkens onvoldoende werden bedwelmd voordat ze werden geslacht. Ook "
          "hadden dieren in de wachtstal geen toegang tot drinkwater."),
        P("\"Dieren moeten bij het slachten onbewust zijn. Daar maken wij geen compromissen over,\" zegt "
          "NVWA-woordvoerder Dennis Jongeling. Het bedrijf heeft maatregelen genomen; de NVWA controleert "
          "dat bij een herinspectie."),
        P("Minister Adema van Landbouw, Natuur en Voedselkwaliteit heeft de Tweede Kamer op 1 februari "
          "geïnformeerd over plannen voor verplicht cameratoezicht in slachthuizen. De Kamerleden Kostić "
          "(PvdD) en Van Campen (VVD) vroegen daar eerder om."),
        P("Het inspectierapport wordt gepubliceerd op www.nvwa.nl/openbaarmaking, op grond van de Wet "
          "open overheid en artikel 8:1 van de Gezondheids- en welzijnswet voor dieren."),
        H("Meer informatie", 11),
        P("Journalisten kunnen contact opnemen met de afdeling Communicatie van de NVWA via 088 223 33 00. "
          "Burgers en bedrijven bellen 0900 0388. Misstanden met dieren meldt u bij 144 Red een Dier."),
    ]
    render(d.pdf, blocks, font="DejaVu", size=10.2)
    set_meta(d.pdf, title="NVWA legt slachthuis in Apeldoorn boete op", author="NVWA Communicatie",
             producer="Drupal 10 / wkhtmltopdf 0.12.6")
    d.k("ORG", "Nederlandse Voedsel- en Warenautoriteit", "Nederlandse Voedsel- en Warenautoriteit")
    d.k("ORG", "Vleesbedrijf Oost-Veluwe B.V.", "Vleesbedrijf Oost-Veluwe B.V.")
    d.k("PLACE", "Apeldoorn", "Apeldoorn")
    d.k("OFFICIAL", "NVWA-woordvoerder Dennis Jongeling", "Dennis Jongeling")
    d.k("OFFICIAL", "Minister Adema", "Minister Adema")
    d.k("OFFICIAL", "Kamerleden Kostić", "Kostić")
    d.k("OFFICIAL", "Van Campen (VVD)", "Van Campen")
    d.k("ORG", "Tweede Kamer", "Tweede Kamer")
    d.k("WEB", "www.nvwa.nl/openbaarmaking", "www.nvwa.nl/openbaarmaking")
    d.k("LAW", "Wet open overheid", "Wet open overheid")
    d.k("LAW", "Gezondheids- en welzijnswet voor dieren", "Gezondheids- en welzijnswet voor dieren")
    d.k("PHONE", "088 223 33 00", "088 223 33 00")
    d.k("PHONE", "0900 0388", "0900 0388")
    d.k("ORG", "144 Red een Dier", "144 Red een Dier")
    d.k("DATE", "23 januari 2024", "23 januari 2024")
    d.k("AMOUNT", "16.000 euro", "16.000 euro")
    d.k("TERM", "cameratoezicht", "cameratoezicht")
    d.k("ORG", "PvdD", "PvdD")
    return d


# ----------------------------------------------------------------------------------------------
def ln27():
    """Memo whose personal data hides in metadata, outline and annotations as well."""
    d = Doc("ln27")
    blocks = [
        H("Memo", 14),
        KV("Aan", "MT Directie Stikstof en Natuur", 80),
        KV("Van", "team Legalisatie PAS-melders", 80),
        KV("Datum", "28 januari 2025", 80),
        KV("Onderwerp", "Planning legalisatie PAS-melders 2025-2026", 80),
        H("1. Stand van zaken", 11),
        P("Van de circa 3.500 PAS-melders zijn er eind 2024 ongeveer 520 vergund. De provincies Gelderland, "
          "Overijssel en Noord-Brabant hebben samen twee derde van de meldingen. De Stikstofbank heeft "
          "onvoldoende ruimte om alle melders in 2025 te bedienen."),
        H("2. Voorstel", 11),
        P("Wij stellen voor dat minister Wiersma in de voortgangsbrief een nieuw streefjaar (2027) noemt en "
          "dat de Lbv-plus-opbrengst met voorrang naar PAS-melders gaat. Dit sluit aan bij de motie-Vermeer "
          "(BBB) over voorrang voor PAS-melders."),
        H("3. Risico's", 11),
        P("Mobilisation for the Environment (MOB) kan handhavingsverzoeken indienen. De uitspraak van de "
          "Raad van State over intern salderen (ECLI:NL:RVS:2024:4923) beperkt de mogelijkheden."),
        H("Informatie die niet openbaar gemaakt kan worden", 11),
        P("Motivering: niet van toepassing (intern memo)."),
    ]
    render(d.pdf, blocks, font="Carlito", size=10.5)
    set_meta(d.pdf, author="Wessel Brandsma-Tuinstra", title="Memo planning legalisatie PAS-melders",
             xmp_creator="Wessel Brandsma-Tuinstra", producer="Microsoft Word for Microsoft 365")
    add_outline(d.pdf, [("1. Stand van zaken", 0), ("2. Voorstel (concept Rosalie Pijnappel)", 0),
                        ("3. Risico's", 0)])
    add_annots(d.pdf, [
        (0, [420, 600, 440, 620], "Rosalie: klopt 520? Volgens Bij12 is het 488. Bel me even, 06-20 44 91 83.",
         "Wessel Brandsma-Tuinstra"),
        (0, [420, 480, 440, 500], "Eens, maar motie-Vermeer niet noemen in het memo aan de minister.",
         "Rosalie Pijnappel"),
    ])
    d.r("PERSON", "Wessel Brandsma-Tuinstra", "Brandsma-Tuinstra", channel="metadata")
    d.r("PERSON", "Wessel Brandsma-Tuinstra (annotation author)", "Wessel Brandsma-Tuinstra",
        channel="annotations")
    d.r("PERSON", "Rosalie Pijnappel (outline)", "Rosalie Pijnappel", channel="outline")
    d.r("PERSON", "Rosalie Pijnappel (annotation)", "Pijnappel", channel="annotations")
    d.r("PERSON", "Rosalie (annotation text)", "Rosalie", channel="annotations")
    d.r("PHONE", "06-20 44 91 83 (annotation)", "06-20 44 91 83", channel="annotations")
    d.k("ORG", "Directie Stikstof en Natuur", "Directie Stikstof en Natuur")
    d.k("OFFICIAL", "minister Wiersma", "minister Wiersma")
    d.k("OFFICIAL", "motie-Vermeer", "motie-Vermeer")
    d.k("ORG", "Stikstofbank", "Stikstofbank")
    d.k("ORG", "Mobilisation for the Environment", "Mobilisation for the Environment")
    d.k("ORG", "Raad van State", "Raad van State")
    d.k("REF", "ECLI:NL:RVS:2024:4923", "ECLI:NL:RVS:2024:4923")
    d.k("PROG", "Lbv-plus", "Lbv-plus")
    d.k("PLACE", "Noord-Brabant", "Noord-Brabant")
    d.k("HEAD", "Informatie die niet openbaar gemaakt kan worden", "Informatie die niet openbaar gemaakt kan worden")
    return d


# ----------------------------------------------------------------------------------------------
NVWA_IBAN = iban("INGB", "0705001903")


def ln28():
    """NVWA order under penalty (last onder dwangsom) to a natural person."""
    d = Doc("ln28")
    ib = iban("ABNA", "0483107725")
    blocks = [
        RIGHT(["*Nederlandse Voedsel- en", "*Warenautoriteit", "Divisie Inspectie", "Postbus 43006",
               "3540 AA Utrecht", "www.nvwa.nl", "", "*Ons kenmerk", "NVWA/BBR/2024/7703",
               "*Datum", "9 augustus 2024"], left=["*NVWA"]),
        L("Aangetekend"),
        L("De heer T. (Teunis) Veldkamp"),
        L("h.o.d.n. Veldkamp Vleeskalveren"),
        L("Schoolstraat 61"),
        L("7245 AH Laren (Gld)"),
        SP(10),
        L("Onderwerp: last onder dwangsom - huisvesting vleeskalveren", 10, True),
        SP(4),
        P("Geachte heer Veldkamp,"),
        P("Op 24 juli 2024 hebben inspecteurs van de NVWA uw vleeskalverhouderij aan de Schoolstraat 61 in "
          "Laren (gemeente Lochem) geïnspecteerd. U drijft deze onderneming als eenmanszaak (KvK 64820117, "
          "UBN 2918460). Zij stelden vast dat 212 kalveren ouder dan acht weken in individuele hokken werden "
          "gehouden. Dat is in strijd met artikel 2.12 van het Besluit houders van dieren."),
        H("Last", 10.5),
        P("Ik leg u een last onder dwangsom op. U moet uiterlijk 9 oktober 2024 alle kalveren ouder dan "
          "acht weken in groepshuisvesting houden. Doet u dat niet, dan verbeurt u een dwangsom van "
          "EUR 500 per kalf per week, met een maximum van EUR 50.000."),
        H("Betaling", 10.5),
        P(f"Een verbeurde dwangsom betaalt u op rekening {NVWA_IBAN} ten name van de NVWA, onder "
          f"vermelding van het kenmerk NVWA/BBR/2024/7703. Restituties gaan naar uw rekening {ib}."),
        PB(),
        H("Zienswijze", 10.5),
        P("In uw zienswijze van 1 augustus 2024 schreef u dat u door een hernia de verbouwing niet eerder "
          "kon uitvoeren. Ik heb daarmee rekening gehouden door de begunstigingstermijn te verlengen van "
          "vier naar acht weken."),
        H("Bezwaar", 10.5),
        P("U kunt binnen zes weken bezwaar maken bij de NVWA, afdeling Bestuurlijke Boete en Regelgeving, "
          "Postbus 43006, 3540 AA Utrecht. Een voorlopige voorziening kunt u vragen aan de rechtbank "
          "Gelderland."),
        P("Hoogachtend,"),
        P("de minister van Landbouw, Visserij, Voedselzekerheid en Natuur,"),
        P("namens deze,"),
        SIG("M. Siebelink", seed=91),
        L("mr. M.C. Siebelink-Oort"),
        L("teamleider Bestuurlijke Boete en Regelgeving"),
        SP(6),
        P("Behandelaar: J. Fokkens (j.fokkens@nvwa.nl, 088-223 1409). Inspecteurs: G. Dorgelo (nr. 40955) "
          "en S. Aydin (nr. 41788).", 9),
    ]
    render(d.pdf, blocks, font="LibSerif", size=10.2)
    set_meta(d.pdf, title="Last onder dwangsom NVWA/BBR/2024/7703", author="Fokkens, J.",
             producer="NVWA Documentgenerator (SmartDocuments 6)")
    d.r("PERSON", "T. (Teunis) Veldkamp", "Veldkamp", "Teunis")
    d.r("ADDRESS", "Schoolstraat 61, 7245 AH Laren (Gld)", "Schoolstraat 61", "7245 AH")
    d.r("NUMBER", "KvK eenmanszaak 64820117", "64820117")
    d.r("NUMBER", "UBN 2918460", "2918460")
    d.r("IBAN", ib, ib)
    d.r("HEALTH", "hernia", "hernia")
    d.r("PERSON", "mr. M.C. Siebelink-Oort", "Siebelink-Oort")
    d.r("PERSON", "J. Fokkens", "Fokkens")
    d.r("EMAIL", "j.fokkens@nvwa.nl", "j.fokkens@nvwa.nl")
    d.r("PHONE", "088-223 1409", "088-223 1409")
    d.r("PERSON", "G. Dorgelo", "Dorgelo")
    d.r("NUMBER", "inspecteursnummer 40955", "40955")
    d.r("PERSON", "S. Aydin", "Aydin")
    d.r("NUMBER", "inspecteursnummer 41788", "41788")
    d.r("PERSON", "Fokkens, J. (Author)", "Fokkens, J.", channel="metadata")
    d.k("IBAN", "NVWA account (organisation)", NVWA_IBAN)
    d.k("REF", "NVWA/BBR/2024/7703", "NVWA/BBR/2024/7703")
    d.k("LAW", "Besluit houders van dieren", "Besluit houders van dieren")
    d.k("PLACE", "gemeente Lochem", "gemeente Lochem")
    d.k("ORG", "rechtbank Gelderland", "rechtbank Gelderland")
    d.k("ADDRESS", "Postbus 43006, 3540 AA Utrecht", "Postbus 43006")
    d.k("WEB", "www.nvwa.nl", "www.nvwa.nl")
    d.k("AMOUNT", "EUR 50.000", "EUR 50.000")
    d.k("TERM", "last onder dwangsom", "last onder dwangsom")
    d.k("TITLE", "teamleider Bestuurlijke Boete en Regelgeving", "teamleider Bestuurlijke Boete en Regelgeving")
    d.k("TERM", "eenmanszaak", "eenmanszaak")
    d.k("DATE", "9 oktober 2024", "9 oktober 2024")
    return d


# ----------------------------------------------------------------------------------------------
def ln29():
    """A citizen's complaint e-mail about manure spreading by a neighbour."""
    d = Doc("ln29")
    blocks = [
        L("Van:      Koos en Ria Bloemendaal <bloemendaal.kr@ziggo.nl>", 9),
        L("Aan:      info@nvwa.nl; post@gelderland.nl", 9),
        L("Datum:    vrijdag 28 februari 2025 07:58", 9),
        L("Onderwerp: mest uitrijden in februari!! buurman Akkerman", 9),
        SP(8),
        P("Geachte NVWA en provincie,"),
        P("Al drie ochtenden rijdt onze buurman, de heer Henk Akkerman van de Lemelerweg, drijfmest uit op "
          "het land achter ons huis. Volgens ons mag dat pas vanaf 16 maart (Meststoffenwet). De stank is "
          "niet te harden en mijn vrouw heeft COPD en krijgt het er benauwd van."),
        P("Wij wonen op de Lemelerweg 132 in Heino (8146 PM). Ik heb foto's en een filmpje. Ons "
          "telefoonnummer is 0572-391204; mobiel 06 3017 8855 (Koos)."),
        P("Wij hebben dit ook gemeld bij de Omgevingsdienst IJsselland en bij de gemeente Raalte, maar "
          "niemand doet iets. Burgemeester Martijn Dadema heeft ons vorige maand nog beloofd dat de "
          "gemeente zou optreden."),
        P("Met vriendelijke groet,"),
        P("K.J. Bloemendaal"),
        SP(10),
        L("--- Interne notitie NVWA-KCC ---", 9, True),
        P("Geen NVWA-bevoegdheid (uitrijverbod: RVO/NVWA-mestteam?). Doorgezet naar NVWA Team Mest via "
          "mest@nvwa.nl, cc RVO handhaving. Melder krijgt standaardbrief. Let op: de genoemde buurman is "
          "mogelijk dezelfde persoon als in PV 2024-IOD-0388. - agent 6120, D. Mulderij", 9),
    ]
    render(d.pdf, blocks, font="LibSans", size=9.8)
    set_meta(d.pdf, producer="Microsoft Outlook / Adobe PDF Library 23.1")
    d.r("PERSON", "Koos Bloemendaal", "Bloemendaal", "Koos")
    d.r("PERSON", "Ria Bloemendaal", "Ria")
    d.r("EMAIL", "bloemendaal.kr@ziggo.nl", "bloemendaal.kr@ziggo.nl")
    d.r("PERSON", "Henk Akkerman", "Henk Akkerman", "buurman Akkerman")
    d.r("HEALTH", "COPD", "COPD")
    d.r("ADDRESS", "Lemelerweg 132, 8146 PM Heino", "Lemelerweg 132", "8146 PM")
    d.r("PHONE", "0572-391204", "0572-391204")
    d.r("PHONE", "06 3017 8855", "06 3017 8855")
    d.r("PERSON", "D. Mulderij", "Mulderij")
    d.r("NUMBER", "agent 6120", "agent 6120")
    d.k("EMAIL", "info@nvwa.nl", "info@nvwa.nl")
    d.k("EMAIL", "post@gelderland.nl", "post@gelderland.nl")
    d.k("EMAIL", "mest@nvwa.nl", "mest@nvwa.nl")
    d.k("LAW", "Meststoffenwet", "Meststoffenwet")
    d.k("ORG", "Omgevingsdienst IJsselland", "Omgevingsdienst IJsselland")
    d.k("PLACE", "gemeente Raalte", "gemeente Raalte")
    d.k("OFFICIAL", "Burgemeester Martijn Dadema", "Martijn Dadema")
    d.k("REF", "PV 2024-IOD-0388", "2024-IOD-0388")
    d.k("ORG", "NVWA Team Mest", "NVWA Team Mest")
    d.k("DATE", "16 maart", "16 maart")
    return d


# ----------------------------------------------------------------------------------------------
def ln30():
    """Roster of official veterinarians at slaughterhouses: staff numbers and initials."""
    d = Doc("ln30")
    rows = [["Week", "Slachthuis", "OD (officiële dierenarts)", "Pers.nr.", "Paraaf", "Toezichthouder"],
            ["2", "Vleesbedrijf Oost-Veluwe B.V., Apeldoorn", "H.W. Kleinjan-Meurs", "P-774120", "HWK", "F. Nijenhuis"],
            ["2", "Vion Apeldoorn B.V.", "A.E. Pruissen", "P-781336", "AEP", "M. Schepers-Baan"],
            ["3", "Vleesbedrijf Oost-Veluwe B.V., Apeldoorn", "G. Kleinjan", "P-702218", "GK", "F. Nijenhuis"],
            ["3", "Westfort Vleesproducten B.V., IJsselstein", "L.Th. Boer", "P-790045", "LTB", "R. Oosterwijk"],
            ["4", "Vion Apeldoorn B.V.", "A.E. Pruissen", "P-781336", "AEP", "M. Schepers-Baan"],
            ["4", "Westfort Vleesproducten B.V., IJsselstein", "Ch. Bakker-de Haas", "P-766903", "CBH", "R. Oosterwijk"]]
    blocks = [
        L("NVWA Divisie Keuren  -  Planning officiële dierenartsen roodvleessector, regio Oost", 11, True),
        L("Week 2 t/m 4 (2024)  -  versie 3, vastgesteld door teamleider Y. El Idrissi", 9),
        SP(4),
        T(rows, [6, 30, 19, 11, 9, 17], size=8.4),
        P("Ruilen alleen via de planner (planning.keuren.oost@nvwa.nl). Bij ziekte melden bij de "
          "dienstdoende coördinator, telefoon 06 10 20 44 71 (dienstmobiel coördinator, niet persoonlijk). "
          "A.E. Pruissen werkt in week 4 halve dagen in verband met re-integratie na zwangerschapsverlof.", 9),
        P("Toelichting: Vion en Westfort zijn de grootste slachterijen in de regio; de NVWA is bij elke "
          "slachting aanwezig (Verordening (EU) 2017/625 en Uitvoeringsverordening (EU) 2019/627).", 9),
    ]
    render(d.pdf, blocks, font="Helvetica", size=9, pagesize=landscape(A4), margins=(40, 40, 40, 40))
    set_meta(d.pdf, author="planning Keuren Oost", producer="Microsoft Excel 2016")
    d.r("PERSON", "H.W. Kleinjan-Meurs", "Kleinjan-Meurs", "HWK")
    d.r("NUMBER", "P-774120", "P-774120")
    d.r("PERSON", "F. Nijenhuis", "Nijenhuis")
    d.r("PERSON", "A.E. Pruissen", "Pruissen", "AEP")
    d.r("NUMBER", "P-781336", "P-781336")
    d.r("PERSON", "M. Schepers-Baan", "Schepers-Baan")
    d.r("PERSON", "G. Kleinjan", "G. Kleinjan", "GK")
    d.r("NUMBER", "P-702218", "P-702218")
    d.r("PERSON", "L.Th. Boer", "L.Th. Boer", "LTB")
    d.r("NUMBER", "P-790045", "P-790045")
    d.r("PERSON", "R. Oosterwijk", "Oosterwijk")
    d.r("PERSON", "Ch. Bakker-de Haas", "Bakker-de Haas", "CBH")
    d.r("NUMBER", "P-766903", "P-766903")
    d.r("PERSON", "Y. El Idrissi", "El Idrissi")
    d.r("HEALTH", "re-integratie na zwangerschapsverlof", "re-integratie na zwangerschapsverlof")
    d.k("ORG", "Vleesbedrijf Oost-Veluwe B.V.", "Vleesbedrijf Oost-Veluwe B.V.")
    d.k("ORG", "Vion Apeldoorn B.V.", "Vion Apeldoorn B.V.")
    d.k("ORG", "Westfort Vleesproducten B.V.", "Westfort Vleesproducten B.V.")
    d.k("PLACE", "IJsselstein", "IJsselstein")
    d.k("EMAIL", "planning.keuren.oost@nvwa.nl", "planning.keuren.oost@nvwa.nl")
    d.k("LAW", "Verordening (EU) 2017/625", "Verordening (EU) 2017/625")
    d.k("LAW", "Uitvoeringsverordening (EU) 2019/627", "Uitvoeringsverordening (EU) 2019/627")
    d.k("ORG", "NVWA Divisie Keuren", "NVWA Divisie Keuren")
    d.k("TITLE", "officiële dierenarts", "officiële dierenarts")
    d.k("ORG", "Vion", "Vion")
    return d


# ----------------------------------------------------------------------------------------------
def ln31():
    """Statenbrief Gelderland: office holders and Staten members kept; the contact official redacted."""
    d = Doc("ln31")
    blocks = [
        L("PROVINCIE GELDERLAND", 11, True),
        H("Statenbrief: voortgang legalisatie PAS-melders en Gelderse Maatregelen Stikstof", 13),
        KV("Aan", "Provinciale Staten van Gelderland", 90),
        KV("Van", "Gedeputeerde Staten", 90),
        KV("Datum", "6 maart 2024", 90),
        KV("Zaaknummer", "2024-002871", 90),
        KV("Contactpersoon", "Ellen Terpstra, 026 359 81 37, e.terpstra@gelderland.nl", 90),
        SP(4),
        P("Gedeputeerde Van der Meer informeert u over de legalisatie van PAS-melders. Op 1 maart 2024 "
          "waren in Gelderland 442 PAS-melders bekend; 61 hebben een vergunning op grond van de Wet "
          "natuurbescherming. De provincie werkt samen met Bij12, de Omgevingsdienst Regio Arnhem en de "
          "Omgevingsdienst Noord-Veluwe."),
        P("In de vergadering van 24 januari 2024 vroegen de Statenleden Jansen-Brouwer (BBB) en Drost "
          "(GroenLinks) om een overzicht per gemeente. Statenlid Jansen-Brouwer vroeg ook naar de positie "
          "van jonge boeren in de Gelderse Vallei. De commissaris van de Koning, John Berends, heeft "
          "toegezegd de vragen schriftelijk te laten beantwoorden."),
        T([["Gemeente", "PAS-melders", "Vergund"],
           ["Barneveld", "96", "11"], ["Ede", "74", "9"], ["Putten", "31", "6"],
           ["Lochem", "28", "4"], ["overige", "213", "31"]], [40, 30, 30], size=9),
        P("Het Rijk stelt voor de legalisatie middelen beschikbaar uit het Transitiefonds landelijk gebied "
          "en natuur. Minister Van der Wal (Natuur en Stikstof) en minister Adema hebben daarover op "
          "15 februari 2024 met de gedeputeerden gesproken in het Bestuurlijk Overleg NPLG."),
        P("Gedeputeerde Staten van Gelderland, de secretaris; de voorzitter, J. Berends", 9.5),
    ]
    render(d.pdf, blocks, font="DejaVuSerif", size=9.6)
    set_meta(d.pdf, author="Terpstra, E.", producer="Decos JOIN / PDFsharp 1.51",
             title="Statenbrief voortgang PAS-melders")
    d.r("PERSON", "Ellen Terpstra", "Ellen Terpstra")
    d.r("PHONE", "026 359 81 37", "026 359 81 37")
    d.r("EMAIL", "e.terpstra@gelderland.nl", "e.terpstra@gelderland.nl")
    d.r("PERSON", "Terpstra, E. (Author)", "Terpstra, E.", channel="metadata")
    d.k("OFFICIAL", "Gedeputeerde Van der Meer", "Gedeputeerde Van der Meer")
    d.k("OFFICIAL", "Statenleden Jansen-Brouwer (BBB)", "Jansen-Brouwer")
    d.k("OFFICIAL", "Statenlid Drost", "Drost")
    d.k("OFFICIAL", "commissaris van de Koning John Berends", "John Berends")
    d.k("OFFICIAL", "voorzitter GS J. Berends", "J. Berends")
    d.k("OFFICIAL", "Minister Van der Wal", "Minister Van der Wal")
    d.k("OFFICIAL", "minister Adema", "minister Adema")
    d.k("ORG", "Provinciale Staten van Gelderland", "Provinciale Staten van Gelderland")
    d.k("ORG", "Bij12", "Bij12")
    d.k("ORG", "Omgevingsdienst Regio Arnhem", "Omgevingsdienst Regio Arnhem")
    d.k("PROG", "Transitiefonds landelijk gebied en natuur", "Transitiefonds landelijk gebied en natuur")
    d.k("EVENT", "Bestuurlijk Overleg NPLG", "Bestuurlijk Overleg NPLG")
    d.k("AREA", "Gelderse Vallei", "Gelderse Vallei")
    d.k("PLACE", "Barneveld", "Barneveld")
    d.k("PLACE", "Lochem", "Lochem")
    d.k("REF", "2024-002871", "2024-002871")
    d.k("LAW", "Wet natuurbescherming", "Wet natuurbescherming")
    return d


# ----------------------------------------------------------------------------------------------
def ln32():
    """Scan of a filled-in NVWA visit form (typed fields, image only)."""
    d = Doc("ln32")
    blocks = [
        L("NVWA  -  BEZOEKRAPPORT MESTCONTROLE (veldformulier)", 12, True),
        SP(8),
        L("Datum bezoek:        04-03-2025"),
        L("Bedrijf/houder:      AKKERMAN, H.G."),
        L("Adres:               Lemelerweg 140, Heino"),
        L("Relatienummer RVO:   201355078"),
        L("Aanwezig:            houder + zoon Bas Akkerman"),
        SP(6),
        L("Controleur 1:        K. Lubbers-Hoek  (nr. 42116)"),
        L("Controleur 2:        T. Haddouchi     (nr. 40672)"),
        SP(8),
        L("Bevindingen:", bold=True),
        P("Drijfmest uitgereden op perceel achter Lemelerweg 132 op 26, 27 en 28 februari 2025 "
          "(voor 16 maart: overtreding uitrijverbod). Houder erkent. Monsters genomen. Doorzetten naar "
          "RVO en NVWA-IOD i.v.m. lopend onderzoek."),
        SP(8),
        L("Handtekening houder: weigert te tekenen"),
        L("Handtekening controleur:"),
        SIG("K. Lubbers", seed=101),
    ]
    scan(d.pdf, blocks, font="Courier", size=11, seed=32, angle=-0.7, footer=None, dpi=200,
         producer="RICOH IM C3000 scanner")
    d.r("PERSON", "H.G. Akkerman", "AKKERMAN, H.G.", ocr=True)
    d.r("ADDRESS", "Lemelerweg 140, Heino", "Lemelerweg 140", ocr=True)
    d.r("NUMBER", "relatienummer 201355078", "201355078", ocr=True)
    d.r("PERSON", "Bas Akkerman", "Bas Akkerman", ocr=True)
    d.r("PERSON", "K. Lubbers-Hoek", "Lubbers-Hoek", ocr=True)
    d.r("NUMBER", "42116", "42116", ocr=True)
    d.r("PERSON", "T. Haddouchi", "Haddouchi", ocr=True)
    d.r("NUMBER", "40672", "40672", ocr=True)
    d.r("ADDRESS", "Lemelerweg 132 (home of the complainants)", "Lemelerweg 132", ocr=True)
    return d


# ----------------------------------------------------------------------------------------------
def ln33():
    """Decision memo (LVVN, 2025) as .docx via LibreOffice, with an e-mail quoted inside."""
    d = Doc("ln33")
    blocks = [
        H("Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur", 11),
        H("Beslisnota", 14),
        KV("Aan", "de staatssecretaris van Landbouw, Visserij, Voedselzekerheid en Natuur"),
        KV("Van", "Directie Dierketens en Dierenwelzijn"),
        KV("Datum", "12 mei 2025"),
        KV("Kenmerk", "DGA-DAD / 25114092"),
        KV("Onderwerp", "Reactie op brief veehouder over derogatie en gezondheid"),
        KV("Behandeld door", "Bart Hoogeveen (070 379 2284, b.hoogeveen@minlvvn.nl)"),
        H("Aanleiding", 11),
        P("Staatssecretaris Rummenie heeft tijdens een werkbezoek in Drenthe op 2 mei 2025 gesproken met "
          "melkveehouder A.J. Zwartjes, die eerder aan minister Adema schreef. U heeft toegezegd hem "
          "persoonlijk te antwoorden. Gedeputeerde Jisse Zwart (Drenthe) was bij het gesprek aanwezig."),
        H("Geadviseerd besluit", 11),
        P("Aan de staatssecretaris wordt gevraagd de bijgevoegde brief aan de heer Zwartjes te "
          "ondertekenen en in te stemmen met een verwijzing naar de Zorgboeren-hulplijn en Stichting "
          "Boer en Zorg. Wij adviseren in de brief niet in te gaan op zijn medische situatie."),
        H("Kern", 11),
        P("De PAS-melding van de heer Zwartjes valt onder het Programma PAS-melders van de provincie "
          "Drenthe. Zijn derogatieaanvraag is in 2024 afgewezen omdat hij niet voldeed aan de "
          "voorwaarden van de Meststoffenwet. RVO heeft bevestigd dat herbeoordeling niet mogelijk is."),
        H("Bijlage: e-mail RVO", 11),
        P("Van: Hofstede-Lammers, Ingrid (RVO) <ingrid.hofstede-lammers@rvo.nl> | Verzonden: 8 mei 2025 | "
          "Aan: Hoogeveen, Bart (LVVN/DGA/DAD) | Onderwerp: RE: derogatie Zwartjes"),
        P("Hoi Bart, ik heb het dossier (relatienummer 201776045) nagekeken. De afwijzing staat. Groet, Ingrid"),
        H("Informatie die niet openbaar gemaakt kan worden", 11),
        P("Motivering: in de openbaar gemaakte versie van deze nota zijn de persoonsgegevens van "
          "ambtenaren en van de veehouder gelakt (5.1.2e); gezondheidsgegevens vallen onder 5.1.1d."),
    ]
    render_docx(d.pdf, blocks, author="Hoogeveen, B. (Bart)", title="Beslisnota reactie veehouder",
                font="Liberation Sans", size=10)
    d.r("PERSON", "Bart Hoogeveen", "Bart Hoogeveen", "Hoogeveen, Bart", "Bart")
    d.r("PHONE", "070 379 2284", "070 379 2284")
    d.r("EMAIL", "b.hoogeveen@minlvvn.nl", "b.hoogeveen@minlvvn.nl")
    d.r("PERSON", "A.J. Zwartjes", "A.J. Zwartjes", "heer Zwartjes", "derogatie Zwartjes")
    d.r("PERSON", "Ingrid Hofstede-Lammers", "Hofstede-Lammers, Ingrid", "Ingrid")
    d.r("EMAIL", "ingrid.hofstede-lammers@rvo.nl", "ingrid.hofstede-lammers@rvo.nl")
    d.r("NUMBER", "relatienummer 201776045", "201776045")
    d.r("PERSON", "Hoogeveen, B. (Author)", "Hoogeveen, B.", channel="metadata")
    d.k("OFFICIAL", "Staatssecretaris Rummenie", "Staatssecretaris Rummenie")
    d.k("OFFICIAL", "minister Adema", "minister Adema")
    d.k("OFFICIAL", "Gedeputeerde Jisse Zwart", "Jisse Zwart")
    d.k("REF", "DGA-DAD / 25114092", "DGA-DAD / 25114092")
    d.k("ORG", "Directie Dierketens en Dierenwelzijn", "Directie Dierketens en Dierenwelzijn")
    d.k("ORG", "Stichting Boer en Zorg", "Stichting Boer en Zorg")
    d.k("PROG", "Programma PAS-melders", "Programma PAS-melders")
    d.k("LAW", "Meststoffenwet", "Meststoffenwet")
    d.k("ORG", "RVO", "RVO")
    d.k("PLACE", "Drenthe", "Drenthe")
    d.k("HEAD", "Informatie die niet openbaar gemaakt kan worden", "Informatie die niet openbaar gemaakt kan worden")
    d.k("GROUND", "5.1.1d", "5.1.1d")
    return d


# ----------------------------------------------------------------------------------------------
def ln34():
    """Report of the hearing on the objection of J.H. Boer (RVO objection committee)."""
    d = Doc("ln34")
    blocks = [
        L("Rijksdienst voor Ondernemend Nederland  -  Adviescommissie bezwaarschriften", 10, True),
        H("Verslag hoorzitting", 13),
        KV("Zaak", "BZW-24-018842 (bezwaar tegen beschikking DER-24-0093318)", 95),
        KV("Datum en tijd", "16 mei 2024, 10.00 - 11.10 uur", 95),
        KV("Plaats", "RVO, Hanzelaan 310, Zwolle (zaal 4.12) en via Teams", 95),
        SP(4),
        KV("Commissie", "mr. drs. C.J. van den Akker-ten Brink (voorzitter, extern lid), mr. H. de Boer "
           "(lid), ing. P.R. Meulenbelt (lid, agrarisch deskundige)", 95),
        KV("Secretaris", "mr. Esmée Nauta-Wiersinga (RVO, juridisch medewerker)", 95),
        KV("Bezwaarmaker", "de heer J.H. Boer, bijgestaan door mr. F.M. Timmerhuis (AgriLex Advocaten); "
           "mevrouw A. Boer-Kamphorst was aanwezig", 95),
        KV("Namens RVO", "de heer K. Belhadj (adviseur Mest) en de heer drs. Y. Benali (monsternemer, "
           "extern via Eurofins Agro)", 95),
        H("1. Opening", 10.5),
        P("De voorzitter opent de zitting en wijst erop dat de commissie onafhankelijk is en de "
          "staatssecretaris adviseert. Zij meldt dat het commissielid De Boer geen familie is van "
          "bezwaarmaker."),
        H("2. Toelichting bezwaarmaker", 10.5),
        P("Mr. Timmerhuis licht de gronden toe. Het monster van perceel 7 is genomen op 23 februari 2024, "
          "twee dagen nadat de heer Boer drijfmest had uitgereden. De heer Boer verklaart dat hij de "
          "monsternemer daarop heeft gewezen. Mevrouw Boer-Kamphorst voegt toe dat zij de monsternemer "
          "die ochtend om 07:45 uur heeft gebeld op zijn mobiele nummer (06 47 01 93 58)."),
        P("De heer Boer vertelt dat hij sinds een hartinfarct in 2022 minder kan werken en dat het verlies "
          "van de derogatie het voortbestaan van het bedrijf bedreigt."),
        PB(),
        H("3. Reactie RVO", 10.5),
        P("De heer Belhadj erkent dat het bemonsteringsprotocol voorschrijft dat na bemesting ten minste "
          "twee weken wordt gewacht. De heer Benali bevestigt dat hij op de bemesting is gewezen, maar dat "
          "de planning van Eurofins Agro geen uitstel toeliet."),
        H("4. Vragen van de commissie", 10.5),
        P("Ing. Meulenbelt vraagt naar de andere percelen. Die zijn volgens RVO correct bemonsterd. De "
          "voorzitter vraagt of RVO bereid is perceel 7 opnieuw te laten bemonsteren. De heer Belhadj zegt "
          "dat toe onder voorbehoud van instemming van zijn teamleider, mevrouw I.M. Hofstede-Lammers."),
        H("5. Afsluiting", 10.5),
        P("De commissie brengt binnen zes weken advies uit aan de minister. Het verslag wordt aan partijen "
          "gezonden. Vragen via bezwaar@rvo.nl of 088 042 42 42 onder vermelding van BZW-24-018842."),
        SP(8),
        T([["Rol", "Naam", "Paraaf"],
           ["Secretaris", "E. Nauta-Wiersinga", "ENW"],
           ["Voorzitter", "C.J. van den Akker-ten Brink", "CvdA"]], [30, 50, 20], size=9),
    ]
    render(d.pdf, blocks, font="Times-Roman", size=10.4)
    set_meta(d.pdf, author="Nauta-Wiersinga, E.", title="Verslag hoorzitting BZW-24-018842",
             producer="Microsoft Word for Microsoft 365")
    d.r("PERSON", "C.J. van den Akker-ten Brink", "van den Akker-ten Brink", "CvdA")
    d.r("PERSON", "mr. H. de Boer", "H. de Boer", "commissielid De Boer")
    d.r("PERSON", "P.R. Meulenbelt", "Meulenbelt")
    d.r("PERSON", "Esmée Nauta-Wiersinga", "Nauta-Wiersinga", "Esmée", "ENW")
    d.r("PERSON", "J.H. Boer", "J.H. Boer", "heer Boer")
    d.r("PERSON", "mr. F.M. Timmerhuis", "Timmerhuis")
    d.r("PERSON", "A. Boer-Kamphorst", "Boer-Kamphorst")
    d.r("PERSON", "K. Belhadj", "Belhadj")
    d.r("PERSON", "Y. Benali", "Benali")
    d.r("PHONE", "06 47 01 93 58", "06 47 01 93 58")
    d.r("HEALTH", "hartinfarct in 2022", "hartinfarct")
    d.r("PERSON", "I.M. Hofstede-Lammers", "Hofstede-Lammers")
    d.k("ORG", "Rijksdienst voor Ondernemend Nederland", "Rijksdienst voor Ondernemend Nederland")
    d.k("ORG", "Adviescommissie bezwaarschriften", "Adviescommissie bezwaarschriften")
    d.k("REF", "BZW-24-018842", "BZW-24-018842")
    d.k("REF", "DER-24-0093318", "DER-24-0093318")
    d.k("ADDRESS", "Hanzelaan 310, Zwolle", "Hanzelaan 310")
    d.k("ORG", "AgriLex Advocaten", "AgriLex Advocaten")
    d.k("ORG", "Eurofins Agro", "Eurofins Agro")
    d.k("EMAIL", "bezwaar@rvo.nl", "bezwaar@rvo.nl")
    d.k("PHONE", "088 042 42 42", "088 042 42 42")
    d.k("TITLE", "adviseur Mest", "adviseur Mest")
    d.k("TERM", "bemonsteringsprotocol", "bemonsteringsprotocol")
    d.k("TERM", "derogatie", "derogatie")
    d.k("DATE", "16 mei 2024", "16 mei 2024")
    return d
