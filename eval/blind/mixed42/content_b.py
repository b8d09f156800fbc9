"""Documents 14-30 of set mixed42 (energy & climate, science & culture, local government integrity)."""
from content_a import P, X

D = []


def doc(**kw):
    D.append(kw)


# ---------------------------------------------------------------------------------------- 14
doc(name="14_warmtenet_overleg_tweekoloms.pdf", producer="html",
    meta={"Title": "Verslag klankbordgroep warmtenet Kanaleneiland"},
    blocks=[("h1", "Verslag klankbordgroep warmtenet Kanaleneiland-Zuid"),
            ("small", "Bijeenkomst 21 januari 2025, wijkcentrum De Hoogt, Utrecht | verslag: Femke Zwaan (gemeente Utrecht)"),
            ("cols2",),
            ("h2", "Aanwezig"),
            ("p", "Namens bewoners: Abdelkarim Bouazza (Bewonersvereniging Kanaleneiland), Grażyna Wójcik-Jansen, "
                  "Cor Vermeulen. Namens Eneco Warmte & Koude: ing. Tobias Engström (projectmanager) en Priya "
                  "Subramaniam (omgevingsmanager). Namens de gemeente: wethouder Eelco Eerenberg en Femke Zwaan. "
                  "Namens het ministerie van KGG: Hamid Al-Masri (directie Warmte en Ondergrond)."),
            ("h2", "1. Wet collectieve warmte"),
            ("p", "Al-Masri licht toe dat de Wet collectieve warmte naar verwachting per 1 januari 2026 in werking treedt. "
                  "Warmtebedrijven moeten dan een publiek meerderheidsbelang hebben. De Autoriteit Consument en Markt (ACM) "
                  "blijft de tarieven toetsen. Het Nationaal Warmtefonds biedt bewoners leningen voor aansluitkosten."),
            ("h2", "2. Tarieven en aansluitkosten"),
            ("p", "De heer Bouazza vraagt of de bijdrage aansluitkosten (BAK) voor huurders van Mitros vervalt. Engström zegt "
                  "toe dit uit te zoeken. Mevrouw Wójcik-Jansen meldt dat haar buren aan de Marshalllaan klachten hebben "
                  "over de warmtelevering; zij is bereikbaar op 06 48 21 09 77 voor een vervolgafspraak."),
            ("h2", "3. Communicatie"),
            ("p", "Subramaniam stelt een nieuwsbrief op. Bewoners kunnen vragen stellen via warmte@utrecht.nl of het "
                  "algemene nummer 14 030. Cor Vermeulen biedt aan de flyers in de Marshalllaan te verspreiden."),
            ("h2", "4. Rondvraag"),
            ("p", "Wethouder Eerenberg dankt de bewoners. De volgende bijeenkomst is op 18 maart. Priya vraagt de bewoners "
                  "hun vragen vooraf te mailen naar priya.subramaniam@eneco.example.com."),
            ],
    redact=[P("Femke Zwaan", "Femke Zwaan", "Zwaan"), P("Abdelkarim Bouazza", "Abdelkarim Bouazza", "Bouazza"),
            P("Grażyna Wójcik-Jansen", "Grażyna Wójcik-Jansen", "Wójcik-Jansen"), P("Cor Vermeulen", "Cor Vermeulen"),
            P("Tobias Engström", "Tobias Engström", "Engström"), P("Priya Subramaniam", "Priya Subramaniam", "Subramaniam", "Priya"),
            P("Hamid Al-Masri", "Hamid Al-Masri", "Al-Masri"), X("PHONE", "06 48 21 09 77"),
            X("EMAIL", "priya.subramaniam@eneco.example.com")],
    keep=[X("ALDERMAN", "wethouder Eelco Eerenberg", "Eerenberg"), X("PLACE", "Kanaleneiland"), X("PLACE", "Utrecht"),
          X("ORG", "Eneco Warmte & Koude"), X("ORG", "Bewonersvereniging Kanaleneiland"), X("LAW", "Wet collectieve warmte"),
          X("ORG", "Autoriteit Consument en Markt"), X("ORG", "ACM"), X("ORG", "Nationaal Warmtefonds"), X("ORG", "Mitros"),
          X("FUNCMAIL", "warmte@utrecht.nl"), X("PHONE_GENERAL", "14 030"), X("TITLE", "omgevingsmanager"),
          X("ORG", "directie Warmte en Ondergrond"), X("PLACE", "Marshalllaan"), X("ORG", "De Hoogt")])

# ---------------------------------------------------------------------------------------- 15
doc(name="15_concept_antwoorden_kamervragen_kgg.pdf", producer="docx",
    meta={"Author": "Dimitra Konstantinou", "Title": "CONCEPT antwoorden Kamervragen netcongestie", "LastModifiedBy": "Hyun-woo Seo"},
    blocks=[("h1", "CONCEPT – Antwoorden op Kamervragen van het lid Kröger (GroenLinks-PvdA) over netcongestie"),
            ("p", "2025Z01873 | Ingezonden 3 februari 2025 | Versie 0.3 | behandelaar: D. Konstantinou (DGKE/DEM)"),
            ("h2", "Vraag 1"),
            ("p", "Bent u bekend met het bericht 'Wachtrij voor stroomnet in Brabant groeit naar 9.000 bedrijven'?"),
            ("h2", "Antwoord 1"),
            ("p", "Ja. [Opmerking Hyun-woo Seo: check cijfer met Netbeheer Nederland.]"),
            ("h2", "Vraag 2"),
            ("p", "Hoe verhoudt dit zich tot het Landelijk Actieprogramma Netcongestie (LAN)?"),
            ("h2", "Antwoord 2"),
            ("p", "Het LAN is in december 2022 gestart. Minister Hermans heeft op 12 december 2024 de voortgangsbrief aan de "
                  "Kamer gestuurd. TenneT en Enexis werken aan congestiemanagement. [DK: graag input van Hyun-woo; zie ook "
                  "mail van Marek Zając (TenneT) van 30 januari, te bereiken op +31 26 373 1188.]"),
            ("h2", "Vraag 3"),
            ("p", "Bent u bereid in overleg te gaan met de provincie Noord-Brabant en de ACM?"),
            ("h2", "Antwoord 3"),
            ("p", "Ja. Gedeputeerde Van den Hout is hierover op 20 januari gesproken. [Opmerking Sigrid Aasheim (DJZ): "
                  "formulering afstemmen met het Kamerlid Bontenbal (CDA) dat eerder vergelijkbare vragen stelde.]"),
            ("small", "Afstemming: D. Konstantinou (T 06 3390 1742), H. Seo, S. Aasheim. Functionele mailbox: "
                      "dem-kamervragen@minezk.nl"),
            ],
    redact=[P("Dimitra Konstantinou", "Konstantinou", "D. Konstantinou"), P("Hyun-woo Seo", "Hyun-woo Seo", "Hyun-woo", "H. Seo"),
            P("Marek Zając", "Marek Zając", "Zając"), X("PHONE", "+31 26 373 1188"), P("Sigrid Aasheim", "Sigrid Aasheim", "Aasheim"),
            X("PHONE", "06 3390 1742"), X("PARAPH", "DK", "DK")],
    keep=[X("MP", "Kröger"), X("MP", "Bontenbal"), X("MINISTER", "Minister Hermans", "Hermans"),
          X("DEPUTY", "Gedeputeerde Van den Hout", "Van den Hout"), X("ORG", "TenneT"), X("ORG", "Enexis"),
          X("ORG", "Netbeheer Nederland"), X("PROGRAMME", "Landelijk Actieprogramma Netcongestie"), X("ORG", "ACM"),
          X("PLACE", "Noord-Brabant"), X("REF", "2025Z01873"), X("FUNCMAIL", "dem-kamervragen@minezk.nl"), X("ORG", "GroenLinks-PvdA"),
          X("TERM", "congestiemanagement")])

# ---------------------------------------------------------------------------------------- 16
doc(name="16_slides_waterstof_subsidie.pdf", producer="html", landscape=True,
    meta={"Title": "OWE waterstof - stuurgroep - Anneke Blom"},
    blocks=[("slide", "Stuurgroep waterstofsubsidies (OWE) – 6 februari 2025",
             ["Openstelling OWE 2025: € 700 miljoen (Nationaal Groeifonds / Klimaatfonds)",
              "Uitvoering: RVO; beleid: ministerie van KGG, directie Energiemarkt",
              "Presentatie: Anneke Blom (RVO) en Rahul Venkataraman (KGG); secretaris stuurgroep: Joost Harlingen"],
             "Contact: owe@rvo.nl"),
            ("slide", "Aandachtspunten en contactpersonen",
             ["Beoordelingscommissie: voorzitter prof. dr. Kyriakos Mavridis (TU Delft)",
              "Staatssteuntoets: Eva Lindahl (KGG/DJZ), 06-11 23 45 67",
              "Vragen van aanvragers: Anneke Blom, anneke.blom@rvo.nl",
              "Kamerlid Kops (PVV) vroeg om een evaluatie; minister Hermans zegde die toe"],
             "Versie 2 – Rahul Venkataraman, 31-01-2025")],
    redact=[P("Anneke Blom", "Anneke Blom", "Blom"), P("Rahul Venkataraman", "Rahul Venkataraman", "Venkataraman"),
            P("Kyriakos Mavridis", "Kyriakos Mavridis", "Mavridis"), P("Eva Lindahl", "Eva Lindahl", "Lindahl"),
            X("PHONE", "06-11 23 45 67"), X("EMAIL", "anneke.blom@rvo.nl"), P("Joost Harlingen", "Joost Harlingen", "Harlingen")],
    keep=[X("ORG", "RVO"), X("ORG", "KGG"), X("PROGRAMME", "OWE"), X("ORG", "Nationaal Groeifonds"), X("ORG", "Klimaatfonds"),
          X("ORG", "TU Delft"), X("MP", "Kops"), X("MINISTER", "minister Hermans", "Hermans"), X("FUNCMAIL", "owe@rvo.nl"),
          X("AMOUNT", "€ 700 miljoen"), X("TERM", "Staatssteuntoets"), X("ORG", "directie Energiemarkt")])

# ---------------------------------------------------------------------------------------- 17 (scan)
doc(name="17_subsidieovereenkomst_ondertekening_scan.pdf", producer="scan",
    meta={"Title": "Ondertekening overeenkomst warmtenet - T. Yamamoto"},
    pages=[([
        "**Samenwerkingsovereenkomst Warmtenet Leeuwarden-Oost**",
        "",
        "Artikel 9 Ondertekening",
        "",
        "Aldus overeengekomen en in tweevoud ondertekend te Leeuwarden",
        "op 14 november 2024.",
        "",
        "Namens Warmtebedrijf Friesland B.V.:",
        "Takeshi Yamamoto, algemeen directeur",
        "",
        "Namens Woningcorporatie Elkien:",
        "Eleftheria Georgiou, directeur vastgoed",
        "",
        "Namens de gemeente Leeuwarden:",
        "wethouder Friso Douwstra",
        "",
        "Getuige: Wietske Hiemstra-Dijkstra, notarisklerk",
        "Telefoon getuige: 058 215 3309",
        "",
        "Contactpersoon uitvoering: Jelle Bosma",
        "jelle.bosma@warmtebedrijf-friesland.nl",
    ], 0.0)],
    redact=[P("Takeshi Yamamoto", "Takeshi Yamamoto", "Yamamoto"), P("Eleftheria Georgiou", "Eleftheria Georgiou", "Georgiou"),
            P("Wietske Hiemstra-Dijkstra", "Wietske Hiemstra-Dijkstra", "Hiemstra-Dijkstra"), X("PHONE", "058 215 3309"),
            P("Jelle Bosma", "Jelle Bosma", "Bosma"), X("EMAIL", "jelle.bosma@warmtebedrijf-friesland.nl"), P("T. Yamamoto", "T. Yamamoto")],
    keep=[])

# ---------------------------------------------------------------------------------------- 18
doc(name="18_mailwisseling_rvo_aanvrager_isde.pdf", producer="reportlab",
    meta={"Author": "Jeon, Seo-yeon", "Title": "Re: ISDE aanvraag warmtepomp"},
    blocks=[("h1", "Re: ISDE-aanvraag warmtepomp – ISDE-2024-882301"),
            ("pre", "From:    Jeon Seo-yeon <seoyeon.jeon@outlook.example.com>\n"
                    "Sent:    Monday, 13 January 2025 20:14\n"
                    "To:      RVO Klantcontact <klantcontact@rvo.nl>\n"
                    "Subject: Re: ISDE-aanvraag warmtepomp - ISDE-2024-882301"),
            ("p", "Dear RVO,"),
            ("p", "Thank you for your reply. I attach the invoice of the installer (Installatiebedrijf Veenstra & Zn.). "
                  "My husband, Bart Koopmans, installed the solar boiler himself. Our address is Parkweg 41, 7411 SH Deventer. "
                  "You can call me on +31 6 8130 2267 or on my Korean number +82 10-5523-7184."),
            ("p", "Kind regards,\nSeo-yeon"),
            ("p", "Op 9 januari 2025 om 14:05 schreef RVO Klantcontact <klantcontact@rvo.nl>:"),
            ("pre", "> Geachte mevrouw Jeon,\n>\n> Wij hebben uw aanvraag voor de Investeringssubsidie duurzame\n"
                    "> energie en energiebesparing (ISDE) ontvangen. Om uw aanvraag te\n"
                    "> beoordelen hebben wij de factuur en het betaalbewijs nodig.\n>\n"
                    "> Met vriendelijke groet,\n> Marjolein de Haas-Onderdijk\n> adviseur ISDE, RVO\n"
                    "> T 088 042 42 42 (algemeen)\n>\n"
                    "> Op 2 januari 2025 schreef Jeon Seo-yeon:\n"
                    "> > Ik heb de warmtepomp laten plaatsen op 12 december 2024.\n"
                    "> > BSN aanvrager: 198344417\n"
                    "> > IBAN: NL09 SNSB 0942 2100 78 t.n.v. S. Jeon"),
            ("small", "Bijlage: factuur_Veenstra_Jeon_2024-118.pdf"),
            ],
    hidden={"attach": [("factuur_Veenstra_Jeon_2024-118.txt",
                        "Factuur 2024-118 Installatiebedrijf Veenstra & Zn.\nAan: Jeon Seo-yeon, Parkweg 41, Deventer\nWarmtepomp 8 kW\n".encode(),
                        "factuur installateur")],
            "link": [("mailto:seoyeon.jeon@outlook.example.com", [60, 740, 330, 752])]},
    redact=[P("Jeon Seo-yeon", "Jeon Seo-yeon", "Seo-yeon", "Jeon"), X("EMAIL", "seoyeon.jeon@outlook.example.com"),
            P("Bart Koopmans", "Bart Koopmans", "Koopmans"), X("ADDRESS", "Parkweg 41", "Parkweg 41", "7411 SH"),
            X("PHONE", "+31 6 8130 2267"), X("PHONE", "+82 10-5523-7184"),
            P("Marjolein de Haas-Onderdijk", "Marjolein de Haas-Onderdijk", "de Haas-Onderdijk"),
            X("BSN", "198344417"), X("IBAN", "NL09 SNSB 0942 2100 78"), P("S. Jeon", "S. Jeon")],
    keep=[X("ORG", "RVO Klantcontact"), X("FUNCMAIL", "klantcontact@rvo.nl"), X("ORG", "Installatiebedrijf Veenstra & Zn."),
          X("PROGRAMME", "ISDE"),
          X("PHONE_GENERAL", "088 042 42 42"), X("REF", "ISDE-2024-882301"), X("TITLE", "adviseur ISDE"), X("TERM", "warmtepomp")])

# ---------------------------------------------------------------------------------------- 19
doc(name="19_nwo_beoordelingsrapport_vidi.pdf", producer="reportlab",
    meta={"Author": "Lakshmi Raghavan", "Title": "Beoordelingsrapport commissie Vidi ENW 2024"},
    outline=[("Beoordelingsrapport Vidi ENW", 0), ("Aanvraag dr. Arjun Krishnamurthy", 0), ("Referenten", 1)],
    blocks=[("h1", "Beoordelingsrapport commissie Vidi – domein Exacte en Natuurwetenschappen (ENW), ronde 2024"),
            ("small", "NWO, Den Haag | dossier VI.Vidi.243.118 | secretaris: Lakshmi Raghavan"),
            ("h2", "Samenstelling commissie"),
            ("table", [["Naam", "Instelling", "Rol"],
                       ["prof. dr. Birgitta\nSandström", "Universiteit Utrecht", "voorzitter"],
                       ["prof. dr. Wen-Jie\nHuang", "Universiteit Leiden", "lid"],
                       ["dr. Maximilian\nvan Lynden-Oudshoorn", "Radboud Universiteit", "lid"],
                       ["dr. Lakshmi\nRaghavan", "NWO", "secretaris (geen stemrecht)"]], [60, 60, 50]),
            ("h2", "Aanvraag"),
            ("p", "Aanvrager: dr. Arjun Krishnamurthy (Rijksuniversiteit Groningen), geboren 4 mei 1988. Titel: 'Topological "
                  "phases in moiré materials'. Gevraagd budget: € 800.000."),
            ("h2", "Oordeel"),
            ("p", "De commissie beoordeelt de kwaliteit van de onderzoeker als excellent. Referent 1, prof. Selvakumar "
                  "Thangavel (IIT Madras), noemt het voorstel 'highly original'. Referent 2, dr. Joanna Piątek "
                  "(Jagiellonian University), heeft twijfels over de haalbaarheid van werkpakket 3. De rebuttal van de "
                  "aanvrager neemt deze twijfels grotendeels weg."),
            ("p", "Eindscore: 1,8 (kwalificatie: excellent). Advies aan het bestuur van NWO-domein ENW: honoreren."),
            ("pb",),
            ("h2", "Belangenverstrengeling"),
            ("p", "Commissielid Huang heeft zich bij de bespreking van deze aanvraag onthouden omdat hij in 2021 met de "
                  "aanvrager publiceerde. Dit is vastgelegd conform de NWO-Code belangenverstrengeling."),
            ("h2", "Referenten"),
            ("table", [["Referent", "E-mail", "Score"],
                       ["Selvakumar\nThangavel", "s.thangavel@iitm.example.ac.in", "1,5"],
                       ["Joanna\nPiątek", "joanna.piatek@uj.example.edu.pl", "2,4"]], [50, 80, 20]),
            ("p", "Vragen over de procedure: vidi@nwo.nl of het algemene nummer van NWO, 070 344 06 40."),
            ],
    redact=[P("Lakshmi Raghavan", "Lakshmi Raghavan", "Raghavan"), P("Birgitta Sandström", "Birgitta Sandström", "Sandström"),
            P("Wen-Jie Huang", "Wen-Jie Huang", "Huang"), P("Maximilian van Lynden-Oudshoorn", "Maximilian van Lynden-Oudshoorn", "van Lynden-Oudshoorn"),
            P("Arjun Krishnamurthy", "Arjun Krishnamurthy", "Krishnamurthy"), X("DOB", "4 mei 1988"),
            P("Selvakumar Thangavel", "Selvakumar Thangavel", "Thangavel"), P("Joanna Piątek", "Joanna Piątek", "Piątek"),
            X("EMAIL", "s.thangavel@iitm.example.ac.in"), X("EMAIL", "joanna.piatek@uj.example.edu.pl")],
    keep=[X("ORG", "NWO"), X("ORG", "Universiteit Utrecht"), X("ORG", "Universiteit Leiden"), X("ORG", "Radboud Universiteit"),
          X("ORG", "Rijksuniversiteit Groningen"), X("ORG", "IIT Madras"), X("ORG", "Jagiellonian University"),
          X("PROGRAMME", "Vidi"), X("ORG", "ENW"), X("FUNCMAIL", "vidi@nwo.nl"), X("PHONE_GENERAL", "070 344 06 40"),
          X("REF", "VI.Vidi.243.118"), X("AMOUNT", "€ 800.000"), X("TERM", "rebuttal"), X("TITLE", "voorzitter")])

# ---------------------------------------------------------------------------------------- 20
doc(name="20_fonds_toekenning_kunstenaar.pdf", producer="docx",
    meta={"Author": "Mondriaan Fonds - Afua Ofori", "Title": "Toekenning Werkbijdrage Jong Talent"},
    blocks=[("sidebar", ["**Mondriaan Fonds**", "Brouwersgracht 276", "1013 HG Amsterdam", "T 020 523 15 23",
                         "info@mondriaanfonds.nl", "", "**Behandeld door**", "Afua Ofori", "T 020 523 15 61",
                         "a.ofori@mondriaanfonds.nl", "", "**Dossiernummer**", "WJT-2025-0391"],
             [("p", "Mevrouw M.A. Santos Pereira\nAtelier Santos Pereira\nVan Diemenstraat 190\n1013 CN Amsterdam"),
              ("p", "Amsterdam, 7 maart 2025\nBetreft: toekenning Werkbijdrage Jong Talent")]),
            ("p", "Beste Mariana,"),
            ("p", "Met genoegen laten wij je weten dat de adviescommissie beeldende kunst positief heeft geadviseerd over je "
                  "aanvraag. Het bestuur van het Mondriaan Fonds kent je een Werkbijdrage Jong Talent toe van € 25.000. "
                  "Het bedrag wordt in twee termijnen overgemaakt op NL74 ASNB 0707 1653 32 ten name van M.A. Santos Pereira."),
            ("p", "Je aanvraag werd ondersteund door je mentor aan de Rijksakademie, Kwame Nkansah-Boadu, en door curator "
                  "Liselotte Brink van Museum De Lakenhal."),
            ("p", "Het Mondriaan Fonds wordt gefinancierd door het ministerie van OCW. Wij vragen je om bij presentaties "
                  "de steun van het fonds te vermelden. Voor vragen kun je bellen met Afua Ofori."),
            ("p", "Met vriendelijke groet,"),
            ("sig", "Geert-Jan Mulder-Sørensen\ndirecteur-bestuurder Mondriaan Fonds"),
            ],
    redact=[P("Afua Ofori", "Afua Ofori", "Ofori"), X("PHONE", "020 523 15 61"), X("EMAIL", "a.ofori@mondriaanfonds.nl"),
            P("M.A. Santos Pereira", "M.A. Santos Pereira", "Santos Pereira", "Mariana"),
            X("ADDRESS", "Van Diemenstraat 190", "Van Diemenstraat 190", "1013 CN"), X("IBAN", "NL74 ASNB 0707 1653 32"),
            P("Kwame Nkansah-Boadu", "Kwame Nkansah-Boadu", "Nkansah-Boadu"), P("Liselotte Brink", "Liselotte Brink"),
            P("Geert-Jan Mulder-Sørensen", "Geert-Jan Mulder-Sørensen", "Mulder-Sørensen")],
    keep=[X("ORG", "Mondriaan Fonds"), X("PHONE_GENERAL", "020 523 15 23"), X("FUNCMAIL", "info@mondriaanfonds.nl"),
          X("PROGRAMME", "Werkbijdrage Jong Talent"), X("ORG", "Rijksakademie"), X("ORG", "Museum De Lakenhal"),
          X("ORG", "OCW"), X("AMOUNT", "€ 25.000"), X("REF", "WJT-2025-0391"),
          X("TITLE", "directeur-bestuurder"), X("ADDRESS_OFFICE", "Brouwersgracht 276")])

# ---------------------------------------------------------------------------------------- 21
doc(name="21_ocw_mailwisseling_raad_voor_cultuur.pdf", producer="html",
    meta={"Title": "RE: adviesaanvraag basisinfrastructuur 2029-2032"},
    blocks=[("h1", "RE: adviesaanvraag basisinfrastructuur 2029-2032"),
            ("pre", "Van: Rasmussen, Freja <f.rasmussen@minocw.nl>\nVerzonden: vrijdag 14 februari 2025 16:20\n"
                    "Aan: Kaur, Simran <s.kaur@raadvoorcultuur.nl>\nCC: Postbus Kunst en Cultuur <kunstencultuur@minocw.nl>\n"
                    "Onderwerp: RE: adviesaanvraag basisinfrastructuur 2029-2032"),
            ("p", "Hoi Simran,"),
            ("p", "Dank je! Minister Bruins wil de adviesaanvraag voor het zomerreces naar de Raad sturen. Staatssecretaris Paul is "
                  "betrokken vanwege de raakvlakken met cultuuronderwijs. Ik bel je maandag even (mijn mobiel: 06-27 81 40 35)."),
            ("p", "Groet,\nFreja"),
            ("p", "Op 13 feb. 2025 om 09:47 schreef Simran Kaur <s.kaur@raadvoorcultuur.nl>:"),
            ("pre", "> Beste Freja,\n>\n> De voorzitter van de Raad, Kristien Hemmerechts, heeft de planning\n"
                    "> besproken. Ons secretariaat (Thabo Mokoena-Visser en ik) kan de\n> conceptaanvraag in maart bespreken.\n"
                    "> Kun je ook Wouter checken? Hij zit bij het Fonds Podiumkunsten.\n>\n> Hartelijke groet,\n> Simran\n"
                    "> Simran Kaur | senior adviseur | Raad voor Cultuur | 070 310 66 86 (algemeen)\n>\n"
                    "> Op 11 feb. 2025 schreef Rasmussen, Freja:\n"
                    "> > Zouden jullie ook de BIS-evaluatie van Wouter Lindeboom meenemen?\n"
                    "> > Hij is bereikbaar via w.lindeboom@fondspodiumkunsten.example.nl."),
            ("p", "Freja Rasmussen | coördinerend beleidsmedewerker | directie Kunst en Cultuur | Ministerie van OCW"),
            ],
    hidden={"link": [("mailto:s.kaur@raadvoorcultuur.nl", [60, 690, 320, 702])]},
    redact=[P("Freja Rasmussen", "Freja Rasmussen", "Rasmussen", "Freja"), X("EMAIL", "f.rasmussen@minocw.nl"),
            P("Simran Kaur", "Simran Kaur", "Kaur", "Simran"), X("EMAIL", "s.kaur@raadvoorcultuur.nl"),
            X("PHONE", "06-27 81 40 35"), P("Thabo Mokoena-Visser", "Thabo Mokoena-Visser", "Mokoena-Visser"),
            P("Wouter Lindeboom", "Wouter Lindeboom", "Lindeboom", "Wouter"), X("EMAIL", "w.lindeboom@fondspodiumkunsten.example.nl")],
    keep=[X("MINISTER", "Minister Bruins", "Bruins"), X("STATESEC", "Staatssecretaris Paul", "Paul"),
          X("CHAIR", "voorzitter van de Raad, Kristien Hemmerechts", "Kristien Hemmerechts"),
          X("ORG", "Raad voor Cultuur"), X("ORG", "Fonds Podiumkunsten"), X("FUNCMAIL", "kunstencultuur@minocw.nl"),
          X("PROGRAMME", "basisinfrastructuur"), X("PHONE_GENERAL", "070 310 66 86"), X("ORG", "directie Kunst en Cultuur"),
          X("ORG", "Ministerie van OCW"), X("TITLE", "coördinerend beleidsmedewerker"), X("TITLE", "senior adviseur")])

# ---------------------------------------------------------------------------------------- 22
doc(name="22_beslisnota_erfgoed_restitutie.pdf", producer="reportlab",
    meta={"Author": "Wanjiru Kimani-de Boer", "Title": "Beslisnota teruggave koloniale collectie"},
    hidden={"attach": [("herkomstrapport_Jayawardena.txt",
                        "Herkomstrapport zes objecten Sri Lanka\nAuteurs: dr. Nimal Jayawardena; co-auteur Ruwani Perera (Colombo)\n".encode(),
                        "herkomstrapport")]},
    blocks=[("sidebar", ["**Directie Erfgoed en Kunsten**", "Rijnstraat 50", "2515 XP Den Haag", "", "**Contactpersoon**",
                         "W. Kimani-de Boer", "T +31 (0)6 21 84 33 90", "", "**Kenmerk**", "OCW-EK-2025-14", "",
                         "**Bijlagen**", "2"],
             [("h1", "Beslisnota"),
              ("p", "**Aan** de minister van Onderwijs, Cultuur en Wetenschap\n**Datum** 20 maart 2025\n"
                    "**Onderwerp** Advies Commissie Koloniale Collecties over teruggave aan Sri Lanka")]),
            ("h2", "Aanleiding"),
            ("p", "De Commissie Koloniale Collecties (voorzitter Lilian Gonçalves-Ho Kang You) heeft geadviseerd zes objecten "
                  "uit de collectie van het Rijksmuseum terug te geven aan Sri Lanka. Het Rijksmuseum en het Nationaal Museum "
                  "van Wereldculturen zijn betrokken."),
            ("h2", "Geadviseerd besluit"),
            ("p", "Aan de minister wordt gevraagd in te stemmen met de teruggave en de brief aan de Tweede Kamer te ondertekenen."),
            ("h2", "Toelichting"),
            ("p", "Het herkomstonderzoek is uitgevoerd door dr. Nimal Jayawardena (Universiteit van Colombo) en Pieternella "
                  "Wijnands (Rijksmuseum). De Sri Lankaanse ambassadeur heeft verzocht om overdracht in september. "
                  "De Rijksdienst voor het Cultureel Erfgoed (RCE) adviseert over de vervoersvoorwaarden. Collega "
                  "Ramón Vásquez-Lindo (BZ, directie Azië en Oceanië) stemt het protocol af."),
            ("h2", "Informatie die niet openbaar gemaakt kan worden"),
            ("p", "**Motivering**\nIn de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren "
                  "geanonimiseerd. Passages over de onderhandelingen met Sri Lanka zijn niet openbaar op grond van artikel 5.1, "
                  "tweede lid, onder a, Woo."),
            ("table", [["Paraaf", "Naam", "Datum"], ["WKdB", "W. Kimani-de\nBoer", "20-03"], ["JPvE", "J.P. van\nEgmond", "21-03"]],
             [25, 50, 25]),
            ],
    redact=[P("Wanjiru Kimani-de Boer", "W. Kimani-de Boer", "Kimani-de Boer"), X("PHONE", "+31 (0)6 21 84 33 90"),
            P("Nimal Jayawardena", "Nimal Jayawardena", "Jayawardena"), P("Pieternella Wijnands", "Pieternella Wijnands", "Wijnands"),
            P("Ramón Vásquez-Lindo", "Ramón Vásquez-Lindo", "Vásquez-Lindo"), P("J.P. van Egmond", "J.P. van Egmond", "van Egmond"),
            X("PARAPH", "WKdB", "WKdB"), X("PARAPH", "JPvE", "JPvE"), P("Ruwani Perera", "Ruwani Perera", "Perera")],
    keep=[X("ORG", "Commissie Koloniale Collecties"), X("CHAIR", "Lilian Gonçalves-Ho Kang You", "Gonçalves-Ho Kang You"),
          X("ORG", "Rijksmuseum"), X("ORG", "Nationaal Museum van Wereldculturen"), X("PLACE", "Sri Lanka"),
          X("ORG", "Universiteit van Colombo"), X("ORG", "Rijksdienst voor het Cultureel Erfgoed"), X("ORG", "RCE"),
          X("ORG", "directie Azië en Oceanië"), X("ORG", "Tweede Kamer"), X("REF", "OCW-EK-2025-14"),
          X("HEADING", "Informatie die niet openbaar gemaakt kan worden"), X("ORG", "Directie Erfgoed en Kunsten")])

# ---------------------------------------------------------------------------------------- 23 (scan)
doc(name="23_presentielijst_bestuur_museum_scan.pdf", producer="scan",
    meta={"Author": "scanner-3e-verdieping", "Title": "presentielijst RvT 2025-02"},
    pages=[([
        "**Presentielijst Raad van Toezicht Stichting Fries Museum**",
        "Vergadering 24 februari 2025, Leeuwarden",
        "",
        "Naam                              Functie            Paraaf",
        "Hendrika Postma-Wiersma           voorzitter         HPW",
        "Kwesi Appiah                      lid RvT            KA",
        "Margarida Fonseca                 lid RvT            MF",
        "Rajesh Iyer                       lid RvT            RI",
        "Sytske de Vries-Hoekstra          directeur          SdVH",
        "",
        "Notulist: Chen Jiaying (bestuurssecretaris)",
        "Gedeputeerde Sietske Poepjes, afwezig met kennisgeving",
        "Telefoon secretariaat RvT: 06 1845 2290",
    ], 0.0)],
    redact=[P("Hendrika Postma-Wiersma", "Hendrika Postma-Wiersma", "Postma-Wiersma"), P("Kwesi Appiah", "Kwesi Appiah", "Appiah"),
            P("Margarida Fonseca", "Margarida Fonseca", "Fonseca"), P("Rajesh Iyer", "Rajesh Iyer", "Iyer"),
            P("Sytske de Vries-Hoekstra", "Sytske de Vries-Hoekstra", "de Vries-Hoekstra"), P("Chen Jiaying", "Chen Jiaying"),
            X("PHONE", "06 1845 2290")],
    keep=[])

# ---------------------------------------------------------------------------------------- 24
doc(name="24_notulen_gemeenteraad_dalmerveen.pdf", producer="reportlab",
    meta={"Author": "griffie Dalmerveen - N. Halvorsen", "Title": "Notulen raadsvergadering 6 februari 2025"},
    blocks=[("h1", "Notulen openbare vergadering van de gemeenteraad van Dalmerveen, 6 februari 2025"),
            ("small", "Voorzitter: burgemeester Marieke Haverkamp-Lont. Griffier: de raadsgriffier. Notulist: Nora Halvorsen."),
            ("cols2",),
            ("h2", "Aanwezig"),
            ("p", "De leden Achterop (VVD), Brandsma (CDA), Tjon-A-Fat (GL-PvdA), Dąbrowski (D66), Osei-Tutu (Lokaal Dalmerveen), "
                  "Van der Meulen (SGP), El Khatib (GL-PvdA), Schimmelpenninck van der Oije (VVD) en De Groot (BBB); "
                  "wethouders Mensah-Brouwer en Kuipers."),
            ("h2", "1. Opening"),
            ("p", "De voorzitter opent de vergadering om 19.30 uur en heet de insprekers welkom."),
            ("h2", "2. Spreekrecht burgers"),
            ("p", "Mevrouw Anouk Verhagen-Nijboer, wonend aan de Esdoornlaan 12, spreekt in over de aanbesteding van het "
                  "groenonderhoud. Zij vraagt waarom haar buurman, de heer Gerrit Oosterhuis, als medewerker van een "
                  "inschrijver contact had met een ambtenaar. De heer Sunil Ramdhan spreekt namens de Ondernemersvereniging "
                  "Dalmerveen."),
            ("h2", "3. Aanbesteding groenonderhoud"),
            ("p", "De heer Dąbrowski (D66): Voorzitter, wij maken ons zorgen over de integriteit van deze aanbesteding. Is het "
                  "waar dat een medewerker van de afdeling Inkoop is geschorst?"),
            ("p", "Wethouder Mensah-Brouwer: Er loopt een integriteitsonderzoek door Bureau Integriteit Noord. Ik kan niet "
                  "ingaan op individuele personen. Het college informeert de raad in het voorjaar."),
            ("p", "Mevrouw Tjon-A-Fat (GL-PvdA) dient een motie in. Mevrouw El Khatib (GL-PvdA) vraagt om een "
                  "vertrouwelijke sessie. De heer Schimmelpenninck van der Oije (VVD) steunt dat."),
            ("p", "Burgemeester Haverkamp-Lont zegt toe dat de auditcommissie wordt geïnformeerd."),
            ("h2", "4. Besluitvorming"),
            ("p", "De motie-Tjon-A-Fat c.s. wordt aangenomen met 17 stemmen voor en 8 tegen. De fractie van Lokaal "
                  "Dalmerveen (de heer Osei-Tutu) stemt tegen."),
            ("h2", "5. Sluiting"),
            ("p", "De voorzitter sluit de vergadering om 22.47 uur. Vragen over de notulen: griffie@dalmerveen.nl of "
                  "telefonisch via 14 0599."),
            ("small", "Vastgesteld in de vergadering van 6 maart 2025. Notulist: N. Halvorsen (nora.halvorsen@dalmerveen.nl)."),
            ],
    redact=[P("Nora Halvorsen", "Nora Halvorsen", "Halvorsen", "N. Halvorsen"), X("EMAIL", "nora.halvorsen@dalmerveen.nl"),
            P("Anouk Verhagen-Nijboer", "Anouk Verhagen-Nijboer", "Verhagen-Nijboer"), X("ADDRESS", "Esdoornlaan 12"),
            P("Gerrit Oosterhuis", "Gerrit Oosterhuis", "Oosterhuis"), P("Sunil Ramdhan", "Sunil Ramdhan", "Ramdhan")],
    keep=[X("MAYOR", "burgemeester Marieke Haverkamp-Lont", "Haverkamp-Lont"), X("ALDERMAN", "Mensah-Brouwer"), X("ALDERMAN", "Kuipers"),
          X("COUNCIL", "Achterop"), X("COUNCIL", "Brandsma"), X("COUNCIL", "Tjon-A-Fat"), X("COUNCIL", "Dąbrowski"),
          X("COUNCIL", "Osei-Tutu"), X("COUNCIL", "Van der Meulen"), X("COUNCIL", "El Khatib"),
          X("COUNCIL", "Schimmelpenninck van der Oije"), X("COUNCIL", "De Groot"), X("PLACE", "Dalmerveen"),
          X("ORG", "Bureau Integriteit Noord"), X("ORG", "Ondernemersvereniging Dalmerveen"), X("FUNCMAIL", "griffie@dalmerveen.nl"),
          X("PHONE_GENERAL", "14 0599"), X("ORG", "GL-PvdA"), X("TERM", "auditcommissie")])

# ---------------------------------------------------------------------------------------- 25
doc(name="25_integriteitsonderzoek_rapport.pdf", producer="docx",
    meta={"Author": "Bureau Integriteit Noord - mr. D.A. Oyelowo", "Title": "Rapport integriteitsonderzoek inkoop Dalmerveen (vertrouwelijk)"},
    blocks=[("h1", "Rapport feitenonderzoek mogelijke integriteitsschending – afdeling Inkoop gemeente Dalmerveen"),
            ("p", "Opdrachtgever: burgemeester Haverkamp-Lont | Uitgevoerd door: Bureau Integriteit Noord, mr. Damilola Oyelowo "
                  "en drs. Ulrika Nyström | Datum: 28 april 2025 | Kenmerk: BIN-2025-012"),
            ("h2", "1. Aanleiding"),
            ("p", "Op 14 januari 2025 meldde een medewerker bij de vertrouwenspersoon integriteit dat inkoopadviseur "
                  "de heer Reinier van Wijngaarden (geboren 2 oktober 1977, personeelsnummer 104388) tijdens de lopende aanbesteding "
                  "groenonderhoud contact had met een inschrijver. De burgemeester heeft op grond van de Gedragscode integriteit "
                  "gemeente Dalmerveen opdracht gegeven tot een feitenonderzoek."),
            ("h2", "2. Onderzoeksvragen"),
            ("p", "1. Heeft de betrokkene in de periode van de aanbesteding contact gehad met medewerkers van een inschrijver? "
                  "2. Zo ja, is daarbij vertrouwelijke informatie gedeeld? 3. Is het handelen in strijd met de Gemeentewet, "
                  "de Aanbestedingswet 2012 of de gedragscode?"),
            ("h2", "3. Gehoorde personen"),
            ("table", [["Nr", "Persoon", "Hoedanigheid", "Datum gesprek"],
                       ["B", "R. van Wijngaarden", "betrokkene, inkoopadviseur", "03-03-2025"],
                       ["G1", "Mei-Ling Hoekstra-Tan", "getuige, teamleider Inkoop", "05-03-2025"],
                       ["G2", "Kwame Owusu", "getuige, contractmanager", "05-03-2025"],
                       ["G3", "Gerrit Oosterhuis", "getuige, medewerker Groenbedrijf Westerkwartier B.V.", "10-03-2025"],
                       ["G4", "Ayşe Demirtaş", "getuige, juridisch adviseur", "12-03-2025"]], [12, 50, 70, 30]),
            ("h2", "4. Bevindingen"),
            ("p", "Getuige G1, mevrouw Hoekstra-Tan, verklaarde dat zij de betrokkene op 9 december 2024 zag lunchen met de heer "
                  "Oosterhuis. De betrokkene bevestigde dit en verklaarde dat het een 'privé-afspraak met een oud-klasgenoot' was. "
                  "Getuige G2, de heer Owusu, verklaarde dat Van Wijngaarden hem vroeg naar de weging van het kwaliteitscriterium. "
                  "Uit de WhatsApp-berichten blijkt dat de betrokkene op 11 december om 21.14 uur een bericht stuurde aan "
                  "06-31 07 22 84 (het privénummer van Oosterhuis)."),
            ("pb",),
            ("h2", "5. Conclusie"),
            ("p", "Het onderzoek stelt vast dat de betrokkene contact heeft gehad met een medewerker van een inschrijver en dat "
                  "hij daarbij informatie over de beoordeling heeft gedeeld. Dit is in strijd met artikel 4.2 van de gedragscode. "
                  "Het is aan het college om te besluiten over rechtspositionele maatregelen."),
            ("p", "Getuige G4, mevrouw Demirtaş, heeft verklaard dat de inkoopafdeling in 2023 al een training integriteit "
                  "volgde die door Van Wijngaarden werd gemist."),
            ("h2", "6. Ondertekening"),
            ("p", "Leeuwarden, 28 april 2025\nmr. D.A. Oyelowo, onderzoeker\ndrs. U. Nyström, onderzoeker\n"
                  "Bureau Integriteit Noord | info@integriteitnoord.example.nl | 050 711 20 00"),
            ],
    redact=[P("Damilola Oyelowo", "Damilola Oyelowo", "Oyelowo", "D.A. Oyelowo"), P("Ulrika Nyström", "Ulrika Nyström", "Nyström"),
            P("Reinier van Wijngaarden", "Reinier van Wijngaarden", "van Wijngaarden", "Van Wijngaarden"),
            X("DOB", "2 oktober 1977"), X("STAFFNO", "104388"), P("Mei-Ling Hoekstra-Tan", "Mei-Ling Hoekstra-Tan", "Hoekstra-Tan"),
            P("Kwame Owusu", "Kwame Owusu", "Owusu"), P("Gerrit Oosterhuis", "Gerrit Oosterhuis", "Oosterhuis"),
            P("Ayşe Demirtaş", "Ayşe Demirtaş", "Demirtaş"), X("PHONE", "06-31 07 22 84")],
    keep=[X("MAYOR", "burgemeester Haverkamp-Lont", "Haverkamp-Lont"), X("ORG", "Bureau Integriteit Noord"), X("PLACE", "Dalmerveen"),
          X("LAW", "Gemeentewet"), X("LAW", "Aanbestedingswet 2012"), X("ORG", "Groenbedrijf Westerkwartier B.V."),
          X("TITLE", "inkoopadviseur"), X("TITLE", "teamleider Inkoop"), X("TITLE", "contractmanager"), X("REF", "BIN-2025-012"),
          X("FUNCMAIL", "info@integriteitnoord.example.nl"), X("PHONE_GENERAL", "050 711 20 00"), X("PLACE", "Leeuwarden"),
          X("TERM", "vertrouwenspersoon integriteit"), X("SYSTEM", "WhatsApp")])

# ---------------------------------------------------------------------------------------- 26
doc(name="26_aanbesteding_groenonderhoud_evaluatie.pdf", producer="html",
    meta={"Title": "Gunningsadvies groenonderhoud 2025-2029 (beoordelaars: Visser, Lee, Ferreira-Bakker)"},
    blocks=[("h1", "Evaluatierapport Europese openbare aanbesteding Groenonderhoud 2025–2029"),
            ("p", "Gemeente Dalmerveen | TenderNed-kenmerk 412877 | Datum 20 december 2024 | Status: gunningsadvies aan het college"),
            ("h2", "1. Inschrijvers en contactpersonen"),
            ("table", [["Inschrijver", "Contactpersoon", "Telefoon", "E-mail"],
                       ["Groenbedrijf Westerkwartier B.V.", "Gerrit\nOosterhuis", "+31 (0)594 51 88 20", "g.oosterhuis@gbwk.example.nl"],
                       ["Van der Wiel Groen B.V.", "Mariëlle\nKlompmaker-Dijk", "0512-38 44 91", "m.klompmaker@vdwielgroen.example.nl"],
                       ["Hoveniers Combinatie Noord", "Lars-Erik\nHolmqvist", "+46 70 338 21 04", "lars-erik@hcnoord.example.se"],
                       ["BuitenBeheer Friesland", "Farida\nHaddad", "06 2950 1183", "f.haddad@buitenbeheer.example.nl"]],
             [50, 40, 35, 55]),
            ("h2", "2. Beoordelingscommissie"),
            ("p", "De kwalitatieve plannen zijn onafhankelijk beoordeeld door Jolanda Visser (beleidsadviseur groen), "
                  "Daniel Lee (wijkbeheerder) en Cátia Ferreira-Bakker (ecoloog, extern). Procesbegeleider: "
                  "Reinier van Wijngaarden (inkoopadviseur). Notulen van de consensusbijeenkomst zijn opgesteld door Ines Kowalska."),
            ("h2", "3. Scores (EMVI, beste prijs-kwaliteitverhouding)"),
            ("table", [["Inschrijver", "Prijs (40%)", "Kwaliteit (60%)", "Totaal", "Rang"],
                       ["Groenbedrijf Westerkwartier B.V.", "34,2", "55,0", "89,2", "1"],
                       ["Van der Wiel Groen B.V.", "40,0", "44,5", "84,5", "2"],
                       ["Hoveniers Combinatie Noord", "36,8", "42,0", "78,8", "3"],
                       ["BuitenBeheer Friesland", "31,5", "39,0", "70,5", "4"]]),
            ("pb",),
            ("h2", "4. Advies"),
            ("p", "De commissie adviseert het college de opdracht voorlopig te gunnen aan Groenbedrijf Westerkwartier B.V. "
                  "Wethouder Kuipers (portefeuille openbare ruimte) neemt het besluit. De Alcatel-termijn bedraagt 20 dagen. "
                  "Mevrouw Klompmaker-Dijk heeft op 18 december al telefonisch gevraagd naar de uitslag; zij is verwezen naar "
                  "inkoop@dalmerveen.nl."),
            ("p", "Opgesteld door: J. Visser, D. Lee, C. Ferreira-Bakker. Paraaf procesbegeleider: RvW."),
            ],
    redact=[P("Gerrit Oosterhuis", "Gerrit Oosterhuis", "Oosterhuis"), X("PHONE", "+31 (0)594 51 88 20"), X("EMAIL", "g.oosterhuis@gbwk.example.nl"),
            P("Mariëlle Klompmaker-Dijk", "Mariëlle Klompmaker-Dijk", "Klompmaker-Dijk"), X("PHONE", "0512-38 44 91"),
            X("EMAIL", "m.klompmaker@vdwielgroen.example.nl"), P("Lars-Erik Holmqvist", "Lars-Erik Holmqvist", "Holmqvist"),
            X("PHONE", "+46 70 338 21 04"), X("EMAIL", "lars-erik@hcnoord.example.se"), P("Farida Haddad", "Farida Haddad", "Haddad"),
            X("PHONE", "06 2950 1183"), X("EMAIL", "f.haddad@buitenbeheer.example.nl"), P("Jolanda Visser", "Jolanda Visser", "J. Visser", "Visser"),
            P("Daniel Lee", "Daniel Lee", "D. Lee"), P("Cátia Ferreira-Bakker", "Cátia Ferreira-Bakker", "Ferreira-Bakker"),
            P("Reinier van Wijngaarden", "Reinier van Wijngaarden"), P("Ines Kowalska", "Ines Kowalska", "Kowalska"),
            X("PARAPH", "RvW", "RvW")],
    keep=[X("ORG", "Groenbedrijf Westerkwartier B.V."), X("ORG", "Van der Wiel Groen B.V."), X("ORG", "Hoveniers Combinatie Noord"),
          X("ORG", "BuitenBeheer Friesland"), X("ALDERMAN", "Wethouder Kuipers", "Kuipers"), X("ORG", "TenderNed"), X("PLACE", "Dalmerveen"),
          X("FUNCMAIL", "inkoop@dalmerveen.nl"), X("TERM", "EMVI"), X("TERM", "Alcatel-termijn"), X("TITLE", "beleidsadviseur groen"),
          X("TITLE", "wijkbeheerder"), X("TITLE", "ecoloog"), X("REF", "412877")])

# ---------------------------------------------------------------------------------------- 27
doc(name="27_griffie_mailwisseling_inspreker.pdf", producer="reportlab",
    meta={"Author": "Halvorsen, Nora", "Title": "RE: aanmelding spreekrecht 6 februari"},
    blocks=[("h1", "RE: aanmelding spreekrecht raadsvergadering 6 februari"),
            ("pre", "Van:        Griffie Dalmerveen <griffie@dalmerveen.nl>\nVerzonden:  maandag 3 februari 2025 10:12\n"
                    "Aan:        anouk.verhagen.nijboer@ziggo.example.nl\nCC:         Halvorsen, N.; Brouwer-Søndergaard, Tove\n"
                    "Onderwerp:  RE: aanmelding spreekrecht raadsvergadering 6 februari"),
            ("p", "Beste mevrouw Verhagen-Nijboer,"),
            ("p", "Dank voor uw aanmelding. U heeft vijf minuten spreektijd bij agendapunt 2. De voorzitter, burgemeester "
                  "Haverkamp-Lont, geeft u het woord. Wilt u uw tekst vooraf sturen? Dan kunnen de raadsleden die lezen. "
                  "Raadslid Dąbrowski heeft al laten weten vragen te hebben."),
            ("p", "Met vriendelijke groet,\nTove Brouwer-Søndergaard\ncommissiegriffier | gemeente Dalmerveen\nT 0599 62 34 17 (direct)"),
            ("p", "Op 31 jan. 2025, om 22:05, schreef Anouk Verhagen <anouk.verhagen.nijboer@ziggo.example.nl>:"),
            ("pre", "> Geachte griffie,\n>\n> Graag meld ik mij aan om in te spreken over de aanbesteding\n"
                    "> groenonderhoud. Ik woon aan de Esdoornlaan 12 en mijn telefoonnummer\n> is 06-1547 3390.\n"
                    "> Mijn man, Pieter Nijboer, komt ook mee.\n>\n> Met vriendelijke groet,\n> Anouk"),
            ("p", "Tove – kun jij haar ook de procedure voor de vertrouwelijke sessie sturen? Groet, Nora (griffie, 0599 62 34 02)"),
            ],
    hidden={"sticky": [("Brouwer-Søndergaard, Tove", "Let op: mevrouw Verhagen-Nijboer is buurvrouw van G. Oosterhuis (inschrijver).", (420, 780))]},
    redact=[P("Anouk Verhagen-Nijboer", "Verhagen-Nijboer", "Anouk Verhagen", "Anouk"), X("EMAIL", "anouk.verhagen.nijboer@ziggo.example.nl"),
            P("Nora Halvorsen", "Halvorsen", "Nora"), P("Tove Brouwer-Søndergaard", "Tove Brouwer-Søndergaard", "Brouwer-Søndergaard", "Tove"),
            X("PHONE", "0599 62 34 17"), X("ADDRESS", "Esdoornlaan 12"), X("PHONE", "06-1547 3390"),
            P("Pieter Nijboer", "Pieter Nijboer"), X("PHONE", "0599 62 34 02"), P("G. Oosterhuis", "G. Oosterhuis")],
    keep=[X("FUNCMAIL", "griffie@dalmerveen.nl"), X("ORG", "Griffie Dalmerveen"), X("MAYOR", "burgemeester Haverkamp-Lont", "Haverkamp-Lont"),
          X("COUNCIL", "Raadslid Dąbrowski", "Dąbrowski"), X("PLACE", "Dalmerveen"), X("TITLE", "commissiegriffier"),
          X("TERM", "spreekrecht"), X("DATE", "6 februari")])

# ---------------------------------------------------------------------------------------- 28
doc(name="28_memo_wethouder_aanbesteding.pdf", producer="docx",
    meta={"Author": "HOEKSTRA-TAN, M.L.", "Title": "Memo wethouder Kuipers - stand van zaken aanbesteding groen"},
    blocks=[("h1", "MEMO"),
            ("table", [["Aan", "wethouder Kuipers"], ["Van", "M.L. HOEKSTRA-TAN, teamleider Inkoop"],
                       ["Cc", "gemeentesecretaris; K. OWUSU (contractmanager)"], ["Datum", "15 januari 2025"],
                       ["Onderwerp", "Opschorting gunning groenonderhoud"]], [30, 120]),
            ("p", "Geachte wethouder,"),
            ("p", "Naar aanleiding van de melding bij de vertrouwenspersoon adviseer ik de gunning aan Groenbedrijf "
                  "Westerkwartier B.V. op te schorten tot het integriteitsonderzoek is afgerond. De betrokken medewerker, "
                  "R. VAN WIJNGAARDEN, is op non-actief gesteld. Zijn taken worden overgenomen door Ines Kowalska."),
            ("p", "De Aanbestedingswet 2012 staat toe dat de aanbestedende dienst de gunningsbeslissing intrekt als er twijfel "
                  "is over de integriteit van de procedure. Het advies van advocatenkantoor Pels Rijcken is bijgevoegd. "
                  "Contactpersoon daar is mr. Sofia Antonopoulou (070 515 3774)."),
            ("p", "Burgemeester Haverkamp-Lont is geïnformeerd in het portefeuillehoudersoverleg. Raadslid Tjon-A-Fat heeft "
                  "schriftelijke vragen aangekondigd."),
            ("p", "Met vriendelijke groet,\nMei-Ling Hoekstra-Tan\nM 06 4410 9826"),
            ],
    redact=[P("Mei-Ling Hoekstra-Tan", "Mei-Ling Hoekstra-Tan", "HOEKSTRA-TAN", "Hoekstra-Tan"), P("K. Owusu", "K. OWUSU", "OWUSU"),
            P("Reinier van Wijngaarden", "R. VAN WIJNGAARDEN", "VAN WIJNGAARDEN"), P("Ines Kowalska", "Ines Kowalska", "Kowalska"),
            P("Sofia Antonopoulou", "Sofia Antonopoulou", "Antonopoulou"), X("PHONE", "070 515 3774"), X("PHONE", "06 4410 9826")],
    keep=[X("ALDERMAN", "wethouder Kuipers", "Kuipers"), X("ORG", "Groenbedrijf Westerkwartier B.V."), X("LAW", "Aanbestedingswet 2012"),
          X("ORG", "Pels Rijcken"), X("MAYOR", "Burgemeester Haverkamp-Lont", "Haverkamp-Lont"), X("COUNCIL", "Raadslid Tjon-A-Fat", "Tjon-A-Fat"),
          X("TITLE", "teamleider Inkoop"), X("TITLE", "contractmanager"), X("TITLE", "gemeentesecretaris"),
          X("TERM", "portefeuillehoudersoverleg")])

# ---------------------------------------------------------------------------------------- 29
doc(name="29_notitie_visumaanvraag_kunstenaars.pdf", producer="reportlab",
    meta={"Author": "Al-Hashimi, Yasmin", "Title": "Notitie visumaanvragen Syrische kunstenaars - Al-Hashimi"},
    outline=[("Notitie visumaanvragen", 0), ("Aanvraag Omar Haddad-Khouri", 0)],
    blocks=[("h1", "Notitie – visumaanvragen kunstenaars Holland Festival 2025"),
            ("p", "Van: Yasmin Al-Hashimi (BZ, directie Consulaire Zaken en Migratiebeleid, visumbeleid)\n"
                  "Aan: Holland Festival, afdeling productie; ter info: ambassade Beiroet\nDatum: 8 april 2025"),
            ("p", "Het Holland Festival heeft voor drie kunstenaars een Schengenvisum (type C) aangevraagd via VFS Global in "
                  "Beiroet. De aanvragen zijn in behandeling bij de Regionale Service Organisatie (RSO) in Den Haag."),
            ("table", [["Aanvrager", "Geboortedatum", "Paspoort", "Status"],
                       ["Omar Haddad-Khouri", "12-01-1985", "N012447189", "aanvullende stukken"],
                       ["Layla Nasrallah", "30-07-1992", "RL5527031", "goedgekeurd"],
                       ["Karim Abou Jaoude", "05-11-1979", "LR0981342", "in behandeling"]], [50, 30, 35, 45]),
            ("p", "De heer Haddad-Khouri moet nog een bewijs van reisverzekering overleggen. Zijn contactpersoon bij het festival "
                  "is Marit Oudejans (productieleider, marit.oudejans@hollandfestival.example.nl, +31 20 523 7712)."),
            ("p", "Ambassadeur Frans Potuyt in Beiroet heeft gevraagd de zaak met spoed af te handelen. Voor algemene vragen: "
                  "visa-cz@minbuza.nl. De Visumcode (Verordening (EG) nr. 810/2009) is van toepassing."),
            ],
    hidden={"field": [("aanvrager_1", "Omar Haddad-Khouri, N012447189", [300, 30, 560, 46])]},
    redact=[P("Yasmin Al-Hashimi", "Yasmin Al-Hashimi", "Al-Hashimi"), P("Omar Haddad-Khouri", "Omar Haddad-Khouri", "Haddad-Khouri"),
            X("DOB", "12-01-1985"), X("PASSPORT", "N012447189"), P("Layla Nasrallah", "Layla Nasrallah", "Nasrallah"),
            X("DOB", "30-07-1992"), X("PASSPORT", "RL5527031"), P("Karim Abou Jaoude", "Karim Abou Jaoude", "Abou Jaoude"),
            X("DOB", "05-11-1979"), X("PASSPORT", "LR0981342"), P("Marit Oudejans", "Marit Oudejans", "Oudejans"),
            X("EMAIL", "marit.oudejans@hollandfestival.example.nl"), X("PHONE", "+31 20 523 7712")],
    keep=[X("ORG", "Holland Festival"), X("ORG", "VFS Global"), X("PLACE", "Beiroet"), X("ORG", "Regionale Service Organisatie"),
          X("ORG", "RSO"), X("AMBASSADOR", "Ambassadeur Frans Potuyt", "Frans Potuyt"), X("FUNCMAIL", "visa-cz@minbuza.nl"),
          X("LAW", "Verordening (EG) nr. 810/2009"), X("LAW", "Visumcode"), X("TERM", "Schengenvisum"), X("TITLE", "productieleider"),
          X("ORG", "directie Consulaire Zaken en Migratiebeleid")])

# ---------------------------------------------------------------------------------------- 30
doc(name="30_betaalopdracht_compensatie_uht.pdf", producer="html",
    meta={"Title": "Betaalopdracht compensatie UHT - batch 2025-03-117"},
    blocks=[("h1", "Betaalopdracht aanvullende compensatie – batch 2025-03-117"),
            ("p", "Uitvoeringsorganisatie Herstel Toeslagen | Financiële administratie | 17 maart 2025"),
            ("p", "Staatssecretaris Palmen heeft op 4 februari 2025 de Tweede Kamer geïnformeerd over de versnelling van de "
                  "uitbetalingen. Deze batch bevat drie betalingen op grond van de Wet hersteloperatie toeslagen."),
            ("table", [["Nr", "Ontvanger", "BSN", "IBAN", "Bedrag"],
                       ["1", "Kwaku\nAmponsah-Dijkman", "577463706", "NL73 INGB 0006 5243 81", "€ 12.450,00"],
                       ["2", "Mylene\nSantos-Verhoef", "268506590", "NL52 BUNQ 2046 1183 90", "€ 8.200,00"],
                       ["3", "Krzysztof\nMajewski", "217533772", "PL61 1090 1014 0000 0712 1981 2874", "€ 30.000,00"]],
             [10, 45, 30, 70, 30]),
            ("p", "Opgesteld: Priscilla Abena Ansah (medewerker financiële administratie), 17-03-2025.\n"
                  "Gecontroleerd (vier-ogen): Jan-Willem Brakel, 18-03-2025."),
            ("p", "Akkoord budgethouder: hoofd Financiën UHT (handtekening op origineel)."),
            ("small", "Vragen: financien.herstel@toeslagen.nl | Herstel Toeslagen: 0800-2358358"),
            ],
    hidden={"field": [("gecontroleerd_door", "J.W. Brakel", [60, 40, 300, 56])]},
    redact=[P("Kwaku Amponsah-Dijkman", "Kwaku Amponsah-Dijkman", "Amponsah-Dijkman"), X("BSN", "577463706"),
            X("IBAN", "NL73 INGB 0006 5243 81"), P("Mylene Santos-Verhoef", "Mylene Santos-Verhoef", "Santos-Verhoef"),
            X("BSN", "268506590"), X("IBAN", "NL52 BUNQ 2046 1183 90"), P("Krzysztof Majewski", "Krzysztof Majewski", "Majewski"),
            X("BSN", "217533772"), X("IBAN", "PL61 1090 1014 0000 0712 1981 2874"),
            P("Priscilla Abena Ansah", "Priscilla Abena Ansah", "Ansah"), P("Jan-Willem Brakel", "Jan-Willem Brakel", "Brakel", "J.W. Brakel")],
    keep=[X("STATESEC", "Staatssecretaris Palmen", "Palmen"), X("ORG", "Uitvoeringsorganisatie Herstel Toeslagen"),
          X("ORG", "Tweede Kamer"), X("LAW", "Wet hersteloperatie toeslagen"), X("FUNCMAIL", "financien.herstel@toeslagen.nl"),
          X("PHONE_GENERAL", "0800-2358358"), X("AMOUNT", "€ 12.450,00"), X("AMOUNT", "€ 30.000,00"), X("REF", "2025-03-117"),
          X("TITLE", "medewerker financiële administratie"), X("TITLE", "hoofd Financiën UHT")])
