"""Documents 23-32 of set AX (culture, complaints, registers, care). All personal data invented."""
from ids import B, I

DOCS = []


def doc(**kw):
    DOCS.append(kw)


# ------------------------------------------------------------------------------------------------
# 23 Culture subsidy decision to a museum foundation (LibreOffice): nobility, 'Koning' as surname
# ------------------------------------------------------------------------------------------------
doc(name="ax23_besluit_cultuursubsidie_museum.pdf", producer="lo",
    meta={"Author": "Provincie Gelderland - M. Wouters-Eze", "Title": "Beschikking cultuursubsidie Museum Het Valkhof"},
    header="Provincie Gelderland | Cultuur en Erfgoed | zaaknummer 2024-019872 | behandelaar M. Wouters-Eze",
    footer="Provinciehuis, Markt 11, 6811 CG Arnhem | (026) 359 91 11 | post@gelderland.nl | pagina {page}",
    items=[
        ("p", "Stichting Museum Het Valkhof\nt.a.v. jhr. mr. A.W.H. de Jonge van Ellemeet, voorzitter van het bestuur\n"
              "Kelfkensbos 59\n6511 TB  Nijmegen"),
        ("p", "Arnhem, 11 december 2024\nOnderwerp: besluit op uw aanvraag subsidie Cultuur en Erfgoed 2025"),
        ("p", "Geachte heer De Jonge van Ellemeet,"),
        ("p", "Op 1 oktober 2024 ontvingen wij uw aanvraag voor subsidie voor de tentoonstelling 'Romeinen aan "
              "de Waal' in 2025. De aanvraag is ondertekend door u en door de zakelijk leider, mevrouw drs. "
              "E.M. Koning. Gedeputeerde Staten hebben besloten u een subsidie te verlenen van ten hoogste "
              "€ 185.000 op grond van de Subsidieregeling Cultuur en Erfgoed Gelderland."),
        ("h2", "Waarom krijgt u deze subsidie?"),
        ("p", "De tentoonstelling draagt bij aan het provinciale doel om erfgoed toegankelijk te maken voor "
              "een breed publiek. Wij waarderen dat het museum samenwerkt met het Rijksmuseum van Oudheden en "
              "met de Radboud Universiteit. Gedeputeerde Van Haaften (Cultuur) bezocht op 4 november 2024 het "
              "museum. Koning Willem-Alexander opende in 1999 het museumgebouw; de tentoonstelling sluit aan op "
              "het jubileum in 2025."),
        ("p", "De conservator, de heer Dr. Hamza Al-Rifai, heeft in het aanvraaggesprek toegelicht hoe de "
              "bruiklenen uit Duitsland worden verzekerd.[[fn:Bruikleen LVR-LandesMuseum Bonn; contact via "
              "de heer Al-Rifai, h.alrifai@museumhetvalkhof.nl, 06-4321 8765.]] Mevrouw Koning verzorgt de "
              "verantwoording."),
        ("h2", "Verplichtingen"),
        ("p", "U dient uiterlijk 1 juli 2026 een aanvraag tot vaststelling in, met een inhoudelijk verslag en een "
              "financieel verslag met controleverklaring. Het subsidiebedrag wordt in drie termijnen "
              "overgemaakt op rekeningnummer " + I[21] + " van de stichting."),
        ("h2", "Bezwaar"),
        ("p", "Binnen zes weken kunt u bezwaar maken bij Gedeputeerde Staten van Gelderland, Postbus 9090, "
              "6800 GX Arnhem. Vragen? Neem contact op met mevrouw Maud Wouters-Eze, telefoon 026 359 87 40, "
              "m.wouters-eze@gelderland.nl."),
        ("p", "Gedeputeerde Staten van Gelderland,\nnamens dezen,\n\nMaud Wouters-Eze\nteamleider Cultuur en Erfgoed"),
        ("small", "Afschrift: mevrouw E.M. Koning (zakelijk leider), e.koning@museumhetvalkhof.nl"),
    ],
    red=[("PERSON", "jhr. mr. A.W.H. de Jonge van Ellemeet", ["Jonge van Ellemeet", "A.W.H. de Jonge van Ellemeet"]),
         ("PERSON", "drs. E.M. Koning", ["E.M. Koning", "Mevrouw Koning", ("Koning", 1)]),
         ("EMAIL", "e.koning@museumhetvalkhof.nl", ["e.koning@museumhetvalkhof.nl"]),
         ("PERSON", "Hamza Al-Rifai", ["Hamza Al-Rifai", "Al-Rifai"]),
         ("EMAIL", "h.alrifai@museumhetvalkhof.nl", ["h.alrifai@museumhetvalkhof.nl"]),
         ("PHONE", "06-4321 8765", ["06-4321 8765"]),
         ("PERSON", "Maud Wouters-Eze", ["Wouters-Eze", "Maud"]),
         ("PHONE", "026 359 87 40", ["026 359 87 40"]),
         ("EMAIL", "m.wouters-eze@gelderland.nl", ["m.wouters-eze@gelderland.nl"]),
         ("IBAN", I[21], [I[21]])],
    keep=[("ORG", "Stichting Museum Het Valkhof", ["Stichting Museum Het Valkhof"]),
          ("GOVADDR", "Kelfkensbos 59", ["Kelfkensbos 59"]),
          ("OFFICEHOLDER", "Koning Willem-Alexander", ["Koning Willem-Alexander"]),
          ("OFFICEHOLDER", "Gedeputeerde Van Haaften", ["Van Haaften"]),
          ("ORG", "Rijksmuseum van Oudheden", ["Rijksmuseum van Oudheden"]),
          ("ORG", "Radboud Universiteit", ["Radboud Universiteit"]), ("ORG", "LVR-LandesMuseum Bonn", ["LVR-LandesMuseum Bonn"]),
          ("GOVADDR", "Markt 11, 6811 CG Arnhem", ["Markt 11", "6811 CG"]), ("GOVADDR", "Postbus 9090", ["Postbus 9090"]),
          ("SWITCHBOARD", "(026) 359 91 11", ["(026) 359 91 11"]), ("MAILBOX", "post@gelderland.nl", ["post@gelderland.nl"]),
          ("AMOUNT", "€ 185.000", ["€ 185.000"]), ("FILENR", "2024-019872", ["2024-019872"]),
          ("ROLE", "zakelijk leider", ["zakelijk leider"]), ("ROLE", "conservator", ["conservator"])])

# ------------------------------------------------------------------------------------------------
# 24 Housing corporation complaint e-mails (reportlab)
# ------------------------------------------------------------------------------------------------
doc(name="ax24_corporatie_klacht_geluidsoverlast_mails.pdf", producer="rl",
    meta={"Author": "Chen Wei", "Title": "RE: overlast Vaillantlaan - dossier OV-24-219"},
    header="Haag Wonen - dossier OV-24-219 - afdruk mailbox C. Wei",
    items=[
        ("mono", "Van: Chen Wei <c.wei@haagwonen.nl>\nVerzonden: donderdag 21 november 2024 11:04\n"
                 "Aan: 'Lê Văn Hùng' <le.van.hung@hotmail.nl>\nCC: overlast@haagwonen.nl; Marjolein Schipper "
                 "<m.schipper@haagwonen.nl>\nOnderwerp: RE: overlast Vaillantlaan"),
        ("p", "Beste meneer Lê,"),
        ("p", "Dank voor uw bericht en het geluidsdagboek. Mijn collega Marjolein Schipper (wijkconsulent) en ik "
              "hebben op 19 november met uw bovenburen gesproken, de familie Zhang op de Vaillantlaan 311-C. "
              "De heer Zhang Jun heeft toegezegd dat de wasmachine niet meer na 22.00 uur draait. Wij stellen "
              "voor dat Buurtbemiddeling Den Haag een gesprek begeleidt tussen u, uw vrouw Thu en de familie "
              "Zhang."),
        ("p", "Ik bel u volgende week op 06 8765 4321 om te horen hoe het gaat.\n\nMet vriendelijke groet,\n"
              "Chen Wei\nmedewerker leefbaarheid | Haag Wonen | Zilverstraat 40, 2544 ZM Den Haag | "
              "T 070 306 75 00 (algemeen)"),
        ("mono", "-----Original Message-----\nFrom: Lê Văn Hùng <le.van.hung@hotmail.nl>\n"
                 "Sent: zaterdag 16 november 2024 23:48\nTo: info@haagwonen.nl\nSubject: overlast Vaillantlaan"),
        ("p", "Geachte heer/mevrouw,\nWij wonen op de Vaillantlaan 309-C (huurdersnummer 20-114573). Sinds augustus "
              "hebben wij elke nacht lawaai van de buren boven ons. Mijn vrouw Nguyễn Thị Thu werkt in de "
              "nachtdienst in het HMC Westeinde en kan overdag niet slapen. Ik heb al drie keer gebeld met "
              "meneer Dekker van de klantenservice. De wijkagent, Vincent Smit, zegt dat het een zaak voor "
              "de corporatie is.\n\nMet vriendelijke groet,\nLê Văn Hùng\n06 8765 4321"),
        ("mono", "-----Original Message-----\nFrom: Marjolein Schipper <m.schipper@haagwonen.nl>\n"
                 "Sent: dinsdag 19 november 2024 16:30\nTo: Chen Wei <c.wei@haagwonen.nl>"),
        ("p", "Hoi Wei, gesprek met Zhang Jun en zijn vrouw Li Na was goed, ze schrokken ervan. Hun zoon "
              "(Zhang Hao, 15) vertaalde. Ik zet het in het dossier. Groet, Marjolein"),
    ],
    red=[("PERSON", "Chen Wei", ["Chen Wei", "C. Wei", "Wei"]), ("EMAIL", "c.wei@haagwonen.nl", ["c.wei@haagwonen.nl"]),
         ("PERSON", "Lê Văn Hùng", ["Lê Văn Hùng", "meneer Lê"]),
         ("EMAIL", "le.van.hung@hotmail.nl", ["le.van.hung@hotmail.nl"]),
         ("PERSON", "Marjolein Schipper", ["Marjolein Schipper", "Marjolein"]),
         ("EMAIL", "m.schipper@haagwonen.nl", ["m.schipper@haagwonen.nl"]),
         ("PERSON", "familie Zhang", ["Zhang", "Zhang Jun", "Li Na", "Zhang Hao"]),
         ("ADDRESS", "Vaillantlaan 311-C", ["Vaillantlaan 311-C"]),
         ("ADDRESS", "Vaillantlaan 309-C", ["Vaillantlaan 309-C"]),
         ("PERSON", "Nguyễn Thị Thu", ["Nguyễn Thị Thu", "Thu"]),
         ("PHONE", "06 8765 4321", ["06 8765 4321"]), ("CLIENTNR", "20-114573", ["20-114573"]),
         ("PERSON", "meneer Dekker", ["Dekker"]), ("PERSON", "Vincent Smit", ["Vincent Smit"])],
    keep=[("ORG", "Haag Wonen", ["Haag Wonen"]), ("MAILBOX", "overlast@haagwonen.nl", ["overlast@haagwonen.nl"]),
          ("MAILBOX", "info@haagwonen.nl", ["info@haagwonen.nl"]),
          ("GOVADDR", "Zilverstraat 40, 2544 ZM", ["Zilverstraat 40", "2544 ZM"]),
          ("SWITCHBOARD", "070 306 75 00", ["070 306 75 00"]), ("ORG", "Buurtbemiddeling Den Haag", ["Buurtbemiddeling Den Haag"]),
          ("ORG", "HMC Westeinde", ["HMC Westeinde"]), ("FILENR", "OV-24-219", ["OV-24-219"]),
          ("ROLE", "wijkconsulent", ["wijkconsulent"]), ("ROLE", "medewerker leefbaarheid", ["medewerker leefbaarheid"]),
          ("ROLE", "wijkagent", ["wijkagent"])])

# ------------------------------------------------------------------------------------------------
# 25 Meeting report Prinses Máxima Centrum / Erasmus MC / VWS (python-docx -> LibreOffice)
# ------------------------------------------------------------------------------------------------
doc(name="ax25_verslag_overleg_kinderoncologie_nazorg.pdf", producer="docx",
    meta={"Author": "Ingeborg Vos", "Title": "Verslag overleg nazorg kinderoncologie 26-11-2024"},
    header="VWS - directie Curatieve Zorg - verslag - opgesteld door I. Vos (beleidsmedewerker)",
    footer="Intern overleg, niet voor verspreiding",
    items=[
        ("h", "Verslag overleg nazorg kinderoncologie"),
        ("p", "Datum: 26 november 2024, Prinses Máxima Centrum, Heidelberglaan 25, Utrecht\n"
              "Aanwezig: prof. dr. Willemijn Oosterbaan-Tjiam (Prinses Máxima Centrum), dr. Karim Bensaïd "
              "(Erasmus MC-Sophia), Ingeborg Vos en Teun Mulder (VWS, Curatieve Zorg), Ewa Nowicka "
              "(Zorginstituut Nederland), Shanti Ramautar (VKN, oudervereniging)"),
        ("h2", "1. Aanleiding"),
        ("p", "Minister Agema heeft in het commissiedebat Medische Zorg toegezegd de nazorg voor jongvolwassenen "
              "na kinderkanker te verbeteren. Kamerlid Paulusma (D66) vroeg daarbij naar de LATER-poli's."),
        ("h2", "2. Bespreking"),
        ("p", "Willemijn licht toe dat de LATER-poli's in het Prinses Máxima Centrum en zes umc's ongeveer 6.000 "
              "survivors volgen. Volgens Karim is de overgang naar de volwassenenzorg het knelpunt; het "
              "Erasmus MC werkt met een transitieverpleegkundige. Ewa wijst erop dat voor aanspraak uit het "
              "basispakket een standpunt van het Zorginstituut nodig is. Shanti vertelt over haar zoon, die "
              "na zijn behandeling in 2016 niet wist waar hij terecht kon; zij wil dat ervaringen van ouders "
              "worden meegenomen."),
        ("h2", "3. Afspraken"),
        ("table", [["Wat", "Wie", "Wanneer"],
                   ["notitie over bekostiging LATER-zorg", "T. Mulder", "januari 2025"],
                   ["ervaringsverhalen bundelen", "S. Ramautar (VKN)", "februari 2025"],
                   ["data transitie leveren", "K. Bensaïd", "januari 2025"],
                   ["reactie op Kamervragen Paulusma", "I. Vos", "december 2024"]], [0.5, 0.3, 0.2]),
        ("p", "Contact voor vervolg: Teun Mulder, 06 4040 1212, teun.mulder@minvws.nl; secretariaat "
              "Curatieve Zorg: dcz-secretariaat@minvws.nl."),
    ],
    red=[("PERSON", "Willemijn Oosterbaan-Tjiam", ["Oosterbaan-Tjiam", "Willemijn"]),
         ("PERSON", "Karim Bensaïd", ["Bensaïd", "Karim"]),
         ("PERSON", "Ingeborg Vos", ["Ingeborg Vos", "I. Vos"]),
         ("PERSON", "Teun Mulder", ["Teun Mulder", "T. Mulder"]),
         ("PERSON", "Ewa Nowicka", ["Ewa Nowicka", "Ewa"]),
         ("PERSON", "Shanti Ramautar", ["Ramautar", "Shanti"]),
         ("PHONE", "06 4040 1212", ["06 4040 1212"]), ("EMAIL", "teun.mulder@minvws.nl", ["teun.mulder@minvws.nl"])],
    keep=[("ORG", "Prinses Máxima Centrum", ["Prinses Máxima Centrum"]), ("ORG", "Erasmus MC-Sophia", ["Erasmus MC-Sophia"]),
          ("ORG", "Erasmus MC", ["Erasmus MC"]),
          ("ORG", "Zorginstituut Nederland", ["Zorginstituut Nederland"]), ("ORG", "VKN", ["VKN"]),
          ("GOVADDR", "Heidelberglaan 25", ["Heidelberglaan 25"]), ("OFFICEHOLDER", "Minister Agema", ["Agema"]),
          ("OFFICEHOLDER", "Kamerlid Paulusma", ["Kamerlid Paulusma"]), ("TERM", "LATER-poli's", ["LATER-poli's"]),
          ("MAILBOX", "dcz-secretariaat@minvws.nl", ["dcz-secretariaat@minvws.nl"]),
          ("ROLE", "transitieverpleegkundige", ["transitieverpleegkundige"]), ("ROLE", "beleidsmedewerker", ["beleidsmedewerker"])])

# ------------------------------------------------------------------------------------------------
# 26 Complaints register of a municipality's social domain (Calc)
# ------------------------------------------------------------------------------------------------
_rows26 = [["Nr", "Ontvangen", "Klager", "Adres klager", "Onderwerp", "Behandelaar", "Afgehandeld", "Oordeel"],
           ["KL-101", "04-09-2024", "DE VRIES-OUCHAN, SAMIRA", "Hoogstraat 12, 5611 JR", "bejegening Wmo-loket", "G. Hendriks", "30-09-2024", "gegrond"],
           ["KL-102", "11-09-2024", "Mevr. P. van der Zande\n(namens moeder)", "Tongelresestraat 400-A", "termijn beschikking Wmo", "G. Hendriks", "15-10-2024", "deels gegrond"],
           ["KL-103", "19-09-2024", "Abdirahman Warsame", "Pastoor van Arskwartier 7", "bijstand: terugvordering", "T. Pinas", "01-11-2024", "ongegrond"],
           ["KL-104", "02-10-2024", "fam. Nguyen-Tran", "Woenselse Markt 18", "schuldhulp wachttijd", "T. Pinas", "—", "in behandeling"],
           ["KL-105", "14-10-2024", "Yaroslav Hnatyuk", "Kruisstraat 155-b", "leerlingenvervoer", "G. Hendriks", "04-11-2024", "gegrond"],
           ["KL-106", "30-10-2024", "Stichting Ouderen Eindhoven\n(dhr. W. Kuipers)", "—", "subsidie ouderenwerk", "Team Subsidies", "—", "in behandeling"]]
doc(name="ax26_klachtenregister_sociaal_domein_q3.pdf", producer="calc",
    meta={"Author": "Gerben Hendriks", "Title": "Klachtenregister sociaal domein Q3-Q4 2024 Eindhoven"},
    header="Gemeente Eindhoven - klachtenregister sociaal domein - export door G. Hendriks",
    footer="Gemeente Eindhoven, Stadhuisplein 1 - 14 040 - klachten@eindhoven.nl",
    sheets=[("Klachten", _rows26)],
    widths={"A": 8, "B": 11, "C": 26, "D": 24, "E": 24, "F": 13, "G": 11, "H": 13}, wrap_cols=("C", "D", "E"),
    red=[("PERSON", "Samira de Vries-Ouchan", ["DE VRIES-OUCHAN", "SAMIRA"]),
         ("ADDRESS", "Hoogstraat 12, 5611 JR", ["Hoogstraat 12", "5611 JR"]),
         ("PERSON", "P. van der Zande", ["P. van der Zande"]),
         ("ADDRESS", "Tongelresestraat 400-A", ["Tongelresestraat 400-A"]),
         ("PERSON", "Abdirahman Warsame", ["Abdirahman Warsame"]),
         ("ADDRESS", "Pastoor van Arskwartier 7", ["Pastoor van Arskwartier 7"]),
         ("PERSON", "fam. Nguyen-Tran", ["Nguyen-Tran"]), ("ADDRESS", "Woenselse Markt 18", ["Woenselse Markt 18"]),
         ("PERSON", "Yaroslav Hnatyuk", ["Yaroslav Hnatyuk"]), ("ADDRESS", "Kruisstraat 155-b", ["Kruisstraat 155-b"]),
         ("PERSON", "W. Kuipers", ["W. Kuipers"]),
         ("PERSON", "Gerben Hendriks", ["G. Hendriks", "Gerben Hendriks"]), ("PERSON", "T. Pinas", ["T. Pinas"])],
    keep=[("ORG", "Gemeente Eindhoven", ["Gemeente Eindhoven"]), ("ORG", "Stichting Ouderen Eindhoven", ["Stichting Ouderen Eindhoven"]),
          ("GOVADDR", "Stadhuisplein 1", ["Stadhuisplein 1"]), ("SWITCHBOARD", "14 040", ["14 040"]),
          ("MAILBOX", "klachten@eindhoven.nl", ["klachten@eindhoven.nl"]), ("ORG", "Team Subsidies", ["Team Subsidies"]),
          ("FILENR", "KL-104", ["KL-104"]), ("TERM", "leerlingenvervoer", ["leerlingenvervoer"])])

# ------------------------------------------------------------------------------------------------
# 27 Museum loan letter with an attached file and bookmarks naming people (reportlab)
# ------------------------------------------------------------------------------------------------
doc(name="ax27_museum_bruikleen_particulier.pdf", producer="rl",
    meta={"Author": "Roos Hazelhoff", "Title": "Bruikleen collectie Chaudhry aan Stedelijk Museum Zwolle"},
    hidden={"outline": ["Brief aan dhr. Chaudhry", "Bijlage: lijst objecten (Chaudhry-Baig)"],
            "attach": [("bruikleenovereenkomst_Chaudhry_Ali_getekend.pdf",
                        "Bruikleenovereenkomst getekend door Ali Chaudhry en Roos Hazelhoff".encode(),
                        "getekende overeenkomst"),
                       ("taxatie_Zainab_Chaudhry-Baig.txt",
                        "Taxatie sieraden, eigenaar Zainab Chaudhry-Baig, Thorbeckegracht 31 Zwolle".encode(),
                        "taxatierapport")]},
    footer="Stedelijk Museum Zwolle | Voorstraat 34, 8011 ML Zwolle | 038 421 46 50 | info@stedelijkmuseumzwolle.nl",
    items=[
        ("right", "Stedelijk Museum Zwolle\nVoorstraat 34\n8011 ML Zwolle"),
        ("p", "De heer A. Chaudhry\nThorbeckegracht 31\n8011 VM  Zwolle"),
        ("p", "Zwolle, 27 november 2024\nBetreft: bruikleen voor de tentoonstelling 'Van Lahore tot Zwolle'"),
        ("p", "Geachte heer Chaudhry,"),
        ("p", "Hartelijk dank dat u en uw echtgenote, mevrouw Zainab Chaudhry-Baig, de sieraden en textielen "
              "uit uw familiecollectie in bruikleen geven aan het Stedelijk Museum Zwolle. De tentoonstelling "
              "wordt op 18 januari 2025 geopend door wethouder Anneke Mulder-Visscher (Cultuur)."),
        ("p", "Onze registrator, de heer Thijs de Groot, haalt de objecten op 6 januari 2025 tussen 10.00 en "
              "12.00 uur bij u op aan de Thorbeckegracht. De objecten zijn verzekerd van spijker tot "
              "spijker via de Indemniteitsregeling van de Rijksdienst voor het Cultureel Erfgoed."),
        ("p", "Uw naam wordt, zoals u heeft gevraagd, niet vermeld op de zaalteksten: wij schrijven "
              "'particuliere collectie, Zwolle'. De getekende overeenkomst en het taxatierapport zijn als "
              "bijlagen bij deze pdf gevoegd."),
        ("p", "Met vriendelijke groet,\n\nRoos Hazelhoff\nconservator\nr.hazelhoff@stedelijkmuseumzwolle.nl | 06 2233 4455"),
    ],
    red=[("PERSON", "Ali Chaudhry", ["Chaudhry", "A. Chaudhry", "Ali Chaudhry"]),
         ("ADDRESS", "Thorbeckegracht 31, 8011 VM", ["Thorbeckegracht 31", "8011 VM"]),
         ("PERSON", "Zainab Chaudhry-Baig", ["Chaudhry-Baig", "Zainab"]),
         ("PERSON", "Thijs de Groot", ["Thijs de Groot"]),
         ("PERSON", "Roos Hazelhoff", ["Roos Hazelhoff", "Hazelhoff"]),
         ("EMAIL", "r.hazelhoff@stedelijkmuseumzwolle.nl", ["r.hazelhoff@stedelijkmuseumzwolle.nl"]),
         ("PHONE", "06 2233 4455", ["06 2233 4455"]),
         ("PERSON", "attachment name Chaudhry_Ali", [("Chaudhry_Ali", 0, False)])],
    keep=[("ORG", "Stedelijk Museum Zwolle", ["Stedelijk Museum Zwolle"]), ("GOVADDR", "Voorstraat 34", ["Voorstraat 34"]),
          ("OFFICEHOLDER", "wethouder Anneke Mulder-Visscher", ["Anneke Mulder-Visscher"]),
          ("ORG", "Rijksdienst voor het Cultureel Erfgoed", ["Rijksdienst voor het Cultureel Erfgoed"]),
          ("TERM", "Indemniteitsregeling", ["Indemniteitsregeling"]), ("SWITCHBOARD", "038 421 46 50", ["038 421 46 50"]),
          ("MAILBOX", "info@stedelijkmuseumzwolle.nl", ["info@stedelijkmuseumzwolle.nl"]),
          ("PLACE", "Lahore", ["Lahore"]), ("ROLE", "registrator", ["registrator"]), ("ROLE", "conservator", ["conservator"])])

# ------------------------------------------------------------------------------------------------
# 28 'Keukentafelgesprek' report (python-docx -> LibreOffice), first names in running text
# ------------------------------------------------------------------------------------------------
doc(name="ax28_gespreksverslag_keukentafel_wmo.pdf", producer="docx",
    meta={"Author": "Mirjam El Idrissi", "Title": "Gespreksverslag Wmo - Bayram"},
    header="Sociaal Wijkteam Kanaleneiland (gemeente Utrecht) - gespreksverslag - M. El Idrissi",
    footer="Dit verslag is met cliënt besproken. Cliëntnummer SWT-77120-U.",
    items=[
        ("h", "Gespreksverslag keukentafelgesprek"),
        ("table", [["Onderdeel", "Gegevens"],
                   ["Cliënt", "Fatma Bayram (72)"],
                   ["Adres", "Marshallaan 210, 3527 TH Utrecht (3-hoog, geen lift)"],
                   ["Geboortedatum", "1952-04-09"],
                   ["Aanwezig", "cliënt, haar zoon Serkan Bayram, Mirjam El Idrissi (consulent)"],
                   ["Datum gesprek", "13 november 2024"]], [0.25, 0.75]),
        ("h2", "Situatie"),
        ("p", "Ik sprak met Fatma over haar dagelijkse leven sinds het overlijden van haar man, Mustafa, in "
              "januari. Fatma spreekt redelijk Nederlands; Serkan vertaalde waar nodig. Zij kookt zelf, maar "
              "het huishouden en de trap zijn zwaar. Haar buurvrouw Jannie de Wit helpt met boodschappen."),
        ("p", "Serkan woont in Nieuwegein en komt twee keer per week. Zijn zus Ayşe woont in Duitsland. "
              "Volgens Serkan vereenzaamt zijn moeder; zij gaat niet meer naar het vrouwencafé van "
              "Stichting Al Amal in het buurthuis aan de Churchilllaan."),
        ("h2", "Afspraken"),
        ("p", "1. Aanvraag huishoudelijke ondersteuning (maatwerk) via team Wmo, consulent Marco Kok.\n"
              "2. Aanmelding bij Vrijwilligerscentrale Utrecht voor een maatje; contact Dieuwertje van "
              "Groningen, d.vangroningen@vcu.nl.\n"
              "3. Onderzoek naar een woning met lift via Mitros (urgentie medisch, GGD-advies).\n"
              "4. Serkan (serkan.bayram@gmail.com, 06-87 65 43 21) is aanspreekpunt."),
        ("p", "Volgende afspraak: 27 november 2024. Voor vragen: wijkteam, 030 286 00 00 of "
              "info@buurtteamsutrecht.nl."),
        ("p", "M. El Idrissi, consulent sociaal wijkteam"),
    ],
    red=[("PERSON", "Fatma Bayram", ["Fatma Bayram", "Fatma", "Bayram"]),
         ("ADDRESS", "Marshallaan 210, 3527 TH", ["Marshallaan 210", "3527 TH"]),
         ("DOB", "1952-04-09", ["1952-04-09"]),
         ("PERSON", "Serkan Bayram", ["Serkan"]), ("PERSON", "Mustafa", ["Mustafa"]), ("PERSON", "Ayşe", ["Ayşe"]),
         ("PERSON", "Mirjam El Idrissi", ["Mirjam El Idrissi", "M. El Idrissi"]),
         ("PERSON", "Jannie de Wit", ["Jannie de Wit"]), ("PERSON", "Marco Kok", ["Marco Kok"]),
         ("PERSON", "Dieuwertje van Groningen", ["Dieuwertje van", "van Groningen", "Dieuwertje"]),
         ("EMAIL", "d.vangroningen@vcu.nl", ["d.vangroningen@vcu.nl"]),
         ("EMAIL", "serkan.bayram@gmail.com", ["serkan.bayram@gmail.com"]),
         ("PHONE", "06-87 65 43 21", ["06-87 65 43 21"]), ("CLIENTNR", "SWT-77120-U", ["SWT-77120-U"])],
    keep=[("ORG", "Sociaal Wijkteam Kanaleneiland", ["Sociaal Wijkteam Kanaleneiland"]),
          ("ORG", "Stichting Al Amal", ["Stichting Al Amal"]), ("STREET", "Churchilllaan", ["Churchilllaan"]),
          ("ORG", "Vrijwilligerscentrale Utrecht", ["Vrijwilligerscentrale Utrecht"]), ("ORG", "Mitros", ["Mitros"]),
          ("PLACE", "Nieuwegein", ["Nieuwegein"]), ("PLACE", "Duitsland", ["Duitsland"]),
          ("SWITCHBOARD", "030 286 00 00", ["030 286 00 00"]), ("MAILBOX", "info@buurtteamsutrecht.nl", ["info@buurtteamsutrecht.nl"]),
          ("ROLE", "consulent sociaal wijkteam", ["consulent sociaal wijkteam"])])

# ------------------------------------------------------------------------------------------------
# 29 VOG list of volunteers of a youth sports club (reportlab table, landscape)
# ------------------------------------------------------------------------------------------------
doc(name="ax29_vog_aanvragen_vrijwilligers_hockeyclub.pdf", producer="rl", landscape=True, size=9,
    meta={"Author": "Dorien Brouwer-Lim", "Title": "VOG-lijst HC Rijnvogels Leiden"},
    header="HC Rijnvogels (Leiden) - vertrouwenscontactpersoon D. Brouwer-Lim - overzicht VOG-aanvragen 2024/25",
    footer="Aangeleverd aan de gemeente Leiden bij aanvraag subsidie Sportparticipatie (team Sport: sport@leiden.nl, 14 071)",
    items=[
        ("table", [["Naam vrijwilliger", "Functie", "Geboortedatum", "Geboorteplaats", "E-mail", "VOG aangevraagd", "Status"],
                   ["Jasper van den Heuvel", "trainer JO12", "14-01-1990", "Leiden", "jasper.vdheuvel@live.nl", "02-09-2024", "ontvangen"],
                   ["Ngozi Okafor-Bakker", "teammanager MO14", "22-07-1985", "Lagos", "ngozi.okafor@gmail.com", "02-09-2024", "ontvangen"],
                   ["Thomas Vos", "trainer JO9", "03-03-2006", "Oegstgeest", "thomasvos06@hotmail.com", "09-09-2024", "ontvangen"],
                   ["Rahul Sewdien", "scheidsrechter", "30-11-1979", "Paramaribo", "r.sewdien@ziggo.nl", "09-09-2024", "aanvullende vragen Justis"],
                   ["Marta Kamińska", "zwemtraining G-hockey", "17-02-1993", "Kraków", "marta.kaminska@o2.pl", "16-09-2024", "ontvangen"],
                   ["Duc Anh Phan", "materiaalbeheer", "08-10-2001", "Hanoi", "ducanh.phan@gmail.com", "23-09-2024", "ontvangen"]],
         [0.19, 0.15, 0.1, 0.1, 0.2, 0.11, 0.15]),
        ("p", "Alle aanvragen zijn ingediend via de Regeling Gratis VOG van het ministerie van Justitie en "
              "Veiligheid (Justis). Vragen over deze lijst: vertrouwenscontactpersoon Dorien Brouwer-Lim, "
              "06 3030 5050. Bestuurder met portefeuille veilig sportklimaat: Koen Schipper."),
        ("p", "Contact met de KNHB loopt via het algemene adres info@knhb.nl. Het Centrum Veilige Sport "
              "Nederland is bereikbaar op 0900 - 2025 590."),
    ],
    red=[("PERSON", "Jasper van den Heuvel", ["Jasper van den Heuvel"]), ("DOB", "14-01-1990", ["14-01-1990"]),
         ("EMAIL", "jasper.vdheuvel@live.nl", ["jasper.vdheuvel@live.nl"]),
         ("PERSON", "Ngozi Okafor-Bakker", ["Okafor-Bakker", "Ngozi"]), ("DOB", "22-07-1985", ["22-07-1985"]),
         ("EMAIL", "ngozi.okafor@gmail.com", ["ngozi.okafor@gmail.com"]),
         ("PERSON", "Thomas Vos", ["Thomas Vos"]), ("DOB", "03-03-2006", ["03-03-2006"]),
         ("EMAIL", "thomasvos06@hotmail.com", ["thomasvos06@hotmail.com"]),
         ("PERSON", "Rahul Sewdien", ["Rahul Sewdien"]), ("DOB", "30-11-1979", ["30-11-1979"]),
         ("EMAIL", "r.sewdien@ziggo.nl", ["r.sewdien@ziggo.nl"]),
         ("PERSON", "Marta Kamińska", ["Marta Kamińska"]), ("DOB", "17-02-1993", ["17-02-1993"]),
         ("EMAIL", "marta.kaminska@o2.pl", ["marta.kaminska@o2.pl"]),
         ("PERSON", "Duc Anh Phan", ["Duc Anh Phan"]), ("DOB", "08-10-2001", ["08-10-2001"]),
         ("EMAIL", "ducanh.phan@gmail.com", ["ducanh.phan@gmail.com"]),
         ("PERSON", "Dorien Brouwer-Lim", ["Brouwer-Lim", "Dorien"]), ("PHONE", "06 3030 5050", ["06 3030 5050"]),
         ("PERSON", "Koen Schipper", ["Koen Schipper"])],
    keep=[("ORG", "HC Rijnvogels", ["HC Rijnvogels"]), ("ORG", "Justis", ["Justis"]), ("ORG", "KNHB", ["KNHB"]),
          ("ORG", "ministerie van Justitie en Veiligheid", ["ministerie van Justitie en Veiligheid"]),
          ("ORG", "Centrum Veilige Sport Nederland", ["Centrum Veilige Sport Nederland"]),
          ("SWITCHBOARD", "0900 - 2025 590", ["0900 - 2025 590"]), ("MAILBOX", "info@knhb.nl", ["info@knhb.nl"]),
          ("MAILBOX", "sport@leiden.nl", ["sport@leiden.nl"]), ("SWITCHBOARD", "14 071", ["14 071"]),
          ("ROLE", "vertrouwenscontactpersoon", ["vertrouwenscontactpersoon"]), ("ROLE", "teammanager MO14", ["teammanager MO14"]),
          ("TERM", "Regeling Gratis VOG", ["Regeling Gratis VOG"])])

# ------------------------------------------------------------------------------------------------
# 30 RIVM study participant letter (reportlab) with a mailto link naming a person (hidden)
# ------------------------------------------------------------------------------------------------
doc(name="ax30_rivm_brief_deelnemer_onderzoek.pdf", producer="rl",
    meta={"Author": "Vo Ngoc Anh", "Title": "Brief deelnemer Gezondheidsmonitor Volwassenen", "Subject": "deelnemer 88-20417 Trinh"},
    hidden={"links": [(0, "mailto:ngoc.anh.vo@rivm.nl?subject=Deelnemer%2088-20417")]},
    footer="RIVM | Postbus 1, 3720 BA Bilthoven | 030 274 91 11 | gezondheidsmonitor@rivm.nl",
    items=[
        ("right", "Rijksinstituut voor Volksgezondheid en Milieu\nPostbus 1\n3720 BA Bilthoven"),
        ("p", "Mevrouw T.H. Trịnh\nBurgemeester Visserpark 19\n3313 AL  Dordrecht"),
        ("p", "Bilthoven, 29 oktober 2024\nDeelnemersnummer: 88-20417\nBetreft: uw deelname aan de "
              "Gezondheidsmonitor Volwassenen en Ouderen 2024"),
        ("p", "Geachte mevrouw Trịnh,"),
        ("p", "Hartelijk dank voor het invullen van de vragenlijst van de Gezondheidsmonitor, die het RIVM "
              "samen met de GGD'en en het CBS uitvoert. U gaf aan dat u mee wilt doen aan een vervolgonderzoek "
              "naar eenzaamheid onder ouderen. Daarvoor bellen wij u in november op het nummer dat u heeft "
              "opgegeven: 078 - 614 25 93."),
        ("p", "Het gesprek wordt gevoerd door onderzoeker Vo Ngoc Anh, die ook Vietnamees spreekt. Als u wilt, "
              "kan uw kleindochter, Linh Nguyen-Trinh, bij het gesprek zijn. Uw antwoorden worden "
              "vertrouwelijk behandeld; in publicaties staan geen namen."),
        ("p", "Heeft u vragen? Bel of mail dan met de projectleider, dr. Bas van Wijk-Tjon, 030 274 38 02, of met "
              "het algemene adres gezondheidsmonitor@rivm.nl."),
        ("p", "Met vriendelijke groet,\n\nVo Ngoc Anh\nonderzoeker Centrum Gezondheid en Maatschappij"),
        ("small", "Privacy: het RIVM verwerkt uw gegevens op grond van de Wet publieke gezondheid. Meer informatie: "
                  "rivm.nl/privacy. Klik hier om de onderzoeker te mailen."),
    ],
    red=[("PERSON", "T.H. Trịnh", ["Trịnh", "T.H. Trịnh"]),
         ("ADDRESS", "Burgemeester Visserpark 19, 3313 AL", ["Burgemeester Visserpark 19", "3313 AL"]),
         ("CLIENTNR", "88-20417", ["88-20417"]), ("PHONE", "078 - 614 25 93", ["078 - 614 25 93"]),
         ("PERSON", "Vo Ngoc Anh", ["Vo Ngoc Anh"]), ("PERSON", "Linh Nguyen-Trinh", ["Linh Nguyen-Trinh"]),
         ("PERSON", "Bas van Wijk-Tjon", ["Wijk-Tjon"]), ("PHONE", "030 274 38 02", ["030 274 38 02"]),
         ("EMAIL", "ngoc.anh.vo@rivm.nl (link only)", ["ngoc.anh.vo@rivm.nl"]),
         ("PERSON", "Trinh in Info Subject", ["88-20417 Trinh"])],
    keep=[("ORG", "RIVM", ["RIVM"]), ("GOVADDR", "Postbus 1, 3720 BA Bilthoven", ["Postbus 1", "3720 BA"]),
          ("SWITCHBOARD", "030 274 91 11", ["030 274 91 11"]),
          ("MAILBOX", "gezondheidsmonitor@rivm.nl", ["gezondheidsmonitor@rivm.nl"]),
          ("ORG", "CBS", ["CBS"]), ("TERM", "Gezondheidsmonitor Volwassenen en Ouderen", ["Gezondheidsmonitor Volwassenen en Ouderen"]),
          ("LAW", "Wet publieke gezondheid", ["Wet publieke gezondheid"]),
          ("ORG", "Centrum Gezondheid en Maatschappij", ["Centrum Gezondheid en Maatschappij"]),
          ("ROLE", "projectleider", ["projectleider"]), ("PLACE", "Bilthoven", ["Bilthoven"])])

# ------------------------------------------------------------------------------------------------
# 31 Council questions and answers on social housing (LibreOffice)
# ------------------------------------------------------------------------------------------------
doc(name="ax31_raadsvragen_antwoorden_urgentie.pdf", producer="lo",
    meta={"Author": "Griffie Rotterdam - Kees-Jan Mulder", "Title": "Schriftelijke vragen urgentie mantelzorgers"},
    header="Gemeente Rotterdam | college van B en W | antwoord schriftelijke vragen 24bb012345",
    footer="Opsteller: drs. Aïcha Bouzian (cluster MO) | pagina {page}",
    items=[
        ("h", "Beantwoording schriftelijke vragen van het raadslid Kasmi (DENK) over urgentie voor mantelzorgers"),
        ("p", "Rotterdam, 3 december 2024"),
        ("p", "Vraag 1: Is het college bekend met de situatie van een gezin in Feijenoord waarvan de moeder voor "
              "haar ernstig zieke vader zorgt, maar geen urgentie krijgt?"),
        ("p", "Antwoord: Ja. Het college heeft kennisgenomen van het artikel in het AD van 14 november 2024. Het "
              "gaat om mevrouw Naima Ouali-Bakker, die met haar drie kinderen aan de Putselaan 88 woont en dagelijks "
              "zorgt voor haar vader, de heer Driss Ouali (Oranjeboomstraat 12-B). Zij heeft zelf toestemming "
              "gegeven haar situatie in de media te delen; het college noemt haar naam niet in het openbaar "
              "debat.[[fn:Toestemming verkregen via haar advocaat mr. Joost van Rijswijk-Dekker, 4 november 2024.]]"),
        ("p", "Vraag 2: Waarom wees de urgentiecommissie de aanvraag af?"),
        ("p", "Antwoord: De commissie toetst aan de Huisvestingsverordening Rotterdam 2023. Mantelzorg is een grond "
              "voor urgentie wanneer de zorgvrager niet kan verhuizen en de afstand meer dan 5 kilometer is. Dat "
              "is hier niet het geval. Het college is niet betrokken bij individuele besluiten; wethouder "
              "Zeegers (Bouwen en Wonen) heeft de commissie wel gevraagd de regel te evalueren."),
        ("p", "Vraag 3: Is het college bereid in gesprek te gaan met Woonstad Rotterdam en Havensteder?"),
        ("p", "Antwoord: Ja. Het overleg vindt plaats in januari 2025. De uitkomst wordt met de raad gedeeld. "
              "Vragen over deze beantwoording kunnen naar griffie@rotterdam.nl of 14 010."),
        ("p", "Burgemeester en wethouders van Rotterdam,\nde secretaris, de burgemeester,"),
    ],
    red=[("PERSON", "Naima Ouali-Bakker", ["Ouali-Bakker", "Naima"]), ("ADDRESS", "Putselaan 88", ["Putselaan 88"]),
         ("PERSON", "Driss Ouali", ["Driss Ouali"]), ("ADDRESS", "Oranjeboomstraat 12-B", ["Oranjeboomstraat 12-B"]),
         ("PERSON", "mr. Joost van Rijswijk-Dekker", ["Rijswijk-Dekker", "Joost"]),
         ("PERSON", "Aïcha Bouzian", ["Aïcha Bouzian"]), ("PERSON", "Kees-Jan Mulder (Info Author)", ["Kees-Jan Mulder"])],
    keep=[("OFFICEHOLDER", "raadslid Kasmi", ["Kasmi"]),
          ("OFFICEHOLDER", "wethouder Zeegers", ["Zeegers"]), ("ORG", "DENK", ["DENK"]),
          ("ORG", "Woonstad Rotterdam", ["Woonstad Rotterdam"]), ("ORG", "Havensteder", ["Havensteder"]),
          ("ORG", "AD", ["AD"]), ("PLACE", "Feijenoord", ["Feijenoord"]),
          ("LAW", "Huisvestingsverordening Rotterdam 2023", ["Huisvestingsverordening Rotterdam 2023"]),
          ("MAILBOX", "griffie@rotterdam.nl", ["griffie@rotterdam.nl"]), ("SWITCHBOARD", "14 010", ["14 010"]),
          ("FILENR", "24bb012345", ["24bb012345"]), ("ROLE", "urgentiecommissie", ["urgentiecommissie"])])

# ------------------------------------------------------------------------------------------------
# 32 Huurcommissie hearing invitation (reportlab), Antillean names, names in CAPITALS
# ------------------------------------------------------------------------------------------------
doc(name="ax32_huurcommissie_uitnodiging_zitting.pdf", producer="rl",
    meta={"Author": "secretariaat Huurcommissie", "Title": "Uitnodiging zitting ZK24-2290 ROSARIA"},
    footer="Huurcommissie | Postbus 1006, 3000 BA Rotterdam | 088 11 11 444 | pagina {page}",
    items=[
        ("right", "Huurcommissie\nPostbus 1006\n3000 BA Rotterdam"),
        ("p", "MEVROUW M.C. ROSARIA-GIRIGORIE\nKLAPROZENWEG 55\n1032 KK  AMSTERDAM"),
        ("p", "Datum: 2 december 2024\nZaaknummer: ZK24-2290\nOnderwerp: uitnodiging hoorzitting jaarlijkse huurverhoging"),
        ("p", "Geachte mevrouw Rosaria-Girigorie,"),
        ("p", "U heeft bezwaar gemaakt tegen de jaarlijkse huurverhoging van uw woning aan de Klaprozenweg 55 "
              "te Amsterdam per 1 juli 2024. Uw verhuurder is Ymere. Wij nodigen u en uw verhuurder uit voor de "
              "hoorzitting op 16 januari 2025 om 10.30 uur in het kantoor van de Huurcommissie, Wilhelminastraat "
              "27 in Amsterdam (tijdelijke locatie)."),
        ("p", "U heeft aangegeven dat uw neef, de heer Shurandy Girigorie, u bijstaat en dat u liever Papiamentu "
              "spreekt. Een tolk Papiamentu, mevrouw Jeanette Isenia, is aanwezig. Namens Ymere komt de heer "
              "Rik Smit-Visser, juridisch medewerker."),
        ("p", "Kunt u niet komen? Laat het ons dan vóór 9 januari 2025 weten via 088 11 11 444 of via "
              "het contactformulier op huurcommissie.nl. Noem uw zaaknummer ZK24-2290 en uw "
              "huurdersnummer bij Ymere (Y-4418802)."),
        ("p", "Met vriendelijke groet,\n\nHuurcommissie\nnamens de secretaris,\nYoussef El Khatib"),
    ],
    red=[("PERSON", "M.C. Rosaria-Girigorie", ["ROSARIA-GIRIGORIE", "Rosaria-Girigorie", "M.C. ROSARIA"]),
         ("ADDRESS", "Klaprozenweg 55, 1032 KK", ["KLAPROZENWEG 55", "Klaprozenweg 55", "1032 KK"]),
         ("PERSON", "Shurandy Girigorie", ["Shurandy Girigorie"]), ("PERSON", "Jeanette Isenia", ["Jeanette Isenia"]),
         ("PERSON", "Rik Smit-Visser", ["Rik Smit-Visser"]), ("CLIENTNR", "Y-4418802", ["Y-4418802"]),
         ("PERSON", "Youssef El Khatib", ["Youssef El Khatib"]), ("PERSON", "ROSARIA in Info Title", ["ZK24-2290 ROSARIA"])],
    keep=[("ORG", "Huurcommissie", ["Huurcommissie"]), ("ORG", "Ymere", ["Ymere"]),
          ("GOVADDR", "Wilhelminastraat 27", ["Wilhelminastraat 27"]), ("GOVADDR", "Postbus 1006", ["Postbus 1006"]),
          ("SWITCHBOARD", "088 11 11 444", ["088 11 11 444"]), ("FILENR", "ZK24-2290", ["ZK24-2290"]),
          ("TERM", "Papiamentu", ["Papiamentu"]), ("ROLE", "juridisch medewerker", ["juridisch medewerker"])])
