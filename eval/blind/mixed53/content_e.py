"""Set mixed53, documents 26-32: form with fields, driehoek, Kamerbrief, ombudsman complaint, CJIB list,
hoorverslag, OM press release."""
from make_set import Doc


def R(kind, value, *probes):
    return (kind, value, list(probes))


K = R
DOCS = []

# ------------------------------------------------------------------------------------------------
# 26 Machtigingsformulier bewindvoerder (names only in form-field values)
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bk26-machtiging-bewindvoerder-formulier", font="Helvetica", size=10,
    footer="Dienst Toeslagen - formulier TS 0412 - Machtiging bewindvoerder - versie 2025",
    meta={"Title": "Machtiging bewindvoerder Toeslagen", "Author": "Dienst Toeslagen"},
    fields=[(0, "naam_bewindvoerder", "Ria Hoogstraten-Vis", [213, 675, 536, 687]),
            (0, "naam_onder_bewind", "Johan Pruim", [213, 647, 536, 659])],
    blocks=[
        ("title", "Machtiging bewindvoerder"),
        ("p", "Met dit formulier geeft de kantonrechter aangewezen bewindvoerder aan de Dienst Toeslagen door dat "
              "hij of zij de toeslagen beheert van de rechthebbende. Stuur het ingevulde formulier met een kopie "
              "van de beschikking van de kantonrechter naar Dienst Toeslagen, Postbus 8024, 6710 HA Ede."),
        ("sp", 4),
        ("kv", [("Naam bewindvoerder", ""), ("Kantoor", "Bewindvoering Drechtsteden B.V."),
                ("Naam rechthebbende", ""), ("Beschikking kantonrechter", "Rechtbank Rotterdam, locatie Dordrecht"),
                ("Toeslagen", "zorgtoeslag, huurtoeslag")], {"cw": [0.32, 0.68], "box": True}),
        ("sp", 8),
        ("p", "De bewindvoerder verklaart dat de gegevens naar waarheid zijn ingevuld en dat hij of zij lid is "
              "van de Branchevereniging Professionele Bewindvoerders en Inkomensbeheerders (BPBI) of een "
              "vergelijkbare organisatie. Informatie over bewind vindt u op www.toeslagen.nl."),
        ("p", "Dit formulier is digitaal ingevuld. Vragen? BelastingTelefoon Toeslagen 0800-2358354."),
    ],
    redact=[
        R("PERSON", "Ria Hoogstraten-Vis (bewindvoerder, alleen in formulierveld)", "Hoogstraten-Vis"),
        R("PERSON", "Johan Pruim (rechthebbende, alleen in formulierveld)", "Pruim"),
    ],
    keep=[
        K("ORG", "Dienst Toeslagen", "Dienst Toeslagen"),
        K("ORG", "Bewindvoering Drechtsteden B.V.", "Bewindvoering Drechtsteden B.V."),
        K("ORG", "BPBI", "Branchevereniging Professionele Bewindvoerders en Inkomensbeheerders", "BPBI"),
        K("ORG", "Rechtbank Rotterdam", "Rechtbank Rotterdam"),
        K("ADDRESS_ORG", "Postbus 8024, 6710 HA Ede", "Postbus 8024", "6710 HA"),
        K("PHONE_GENERAL", "0800-2358354", "0800-2358354"),
        K("URL", "www.toeslagen.nl", "www.toeslagen.nl"),
        K("TERM", "zorgtoeslag / huurtoeslag", "zorgtoeslag", "huurtoeslag"),
        K("FUNCTION", "kantonrechter", "kantonrechter"),
    ],
))

# ------------------------------------------------------------------------------------------------
# 27 Verslag driehoeksoverleg Amsterdam (mayor stays, civil servants and private persons go)
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bk27-driehoek-amsterdam-verslag", font="Times-Roman", size=10.5,
    header=["Gemeente Amsterdam - Openbare Orde en Veiligheid"],
    footer="Amstel 1, 1011 PN Amsterdam - Verslag lokale driehoek - pagina {page}",
    meta={"Title": "Verslag lokale driehoek 10 juni 2025", "Author": "OOV"},
    blocks=[
        ("title", "Verslag lokale driehoek Amsterdam"),
        ("kv", [("Datum", "10 juni 2025"),
                ("Aanwezig", "burgemeester Halsema (voorzitter), de hoofdofficier van justitie, de politiechef "
                             "van de Eenheid Amsterdam, directeur OOV"),
                ("Verslag", "Marloes Vink (OOV), telefoon 06-10 42 88 73")], {"cw": [0.17, 0.83]}),
        ("h", "1. Sluiting drugspand Warmoesstraat"),
        ("p", "De burgemeester heeft op 28 mei het café in de Warmoesstraat voor zes maanden gesloten op grond "
              "van artikel 13b Opiumwet (Wet Damocles). De eigenaar, de heer Kees Vermeulen, heeft bezwaar "
              "gemaakt en een voorlopige voorziening gevraagd. Uitspraak van de voorzieningenrechter wordt "
              "verwacht op 20 juni. De politie meldt dat de exploitant eerder is veroordeeld voor "
              "drugshandel en dat er een Bibob-onderzoek loopt."),
        ("h", "2. Top600 en Top400"),
        ("p", "De driehoek bespreekt de voortgang van de Top600-aanpak. Het OM wijst op het rapport van de "
              "Inspectie Justitie en Veiligheid. Wethouder Moorman vraagt aandacht voor de jongeren uit de "
              "Top400 in Nieuw-West. Afgesproken wordt dat de programmadirecteur, Jeroen Bakhuizen, in "
              "september een evaluatie presenteert."),
        ("h", "3. Demonstraties Dam en Museumplein"),
        ("p", "De politie meldt dat de capaciteit bij demonstraties op de Dam en het Museumplein onder druk staat. "
              "De burgemeester wil de Kamer via de VNG vragen om een wijziging van de Wet openbare "
              "manifestaties (Wom)."),
        ("h", "Actiepunten"),
        ("grid", [["Actie", "Wie"], ["Reactie op bezwaar eigenaar café voorbereiden", "Juridische Zaken (MV)"],
                  ["Evaluatie Top600-aanpak", "programmadirecteur (JB)"],
                  ["Brief aan VNG over Wom", "OOV"]], {"cw": [0.7, 0.3]}),
    ],
    redact=[
        R("PERSON", "Marloes Vink (notulist)", "Vink", "Marloes"),
        R("PHONE", "06-10 42 88 73", "06-10 42 88 73"),
        R("PERSON", "Kees Vermeulen (eigenaar café)", "Vermeulen", "Kees"),
        R("CRIMINAL", "eerdere veroordeling exploitant", "eerder is veroordeeld voor drugshandel"),
        R("PERSON", "Jeroen Bakhuizen (programmadirecteur, ambtenaar)", "Bakhuizen", "Jeroen"),
        R("PARAPH", "initialen MV", "MV"),
        R("PARAPH", "initialen JB", "JB"),
    ],
    keep=[
        K("OFFICE_HOLDER", "burgemeester Halsema", "Halsema"),
        K("OFFICE_HOLDER", "wethouder Moorman", "Moorman"),
        K("LAW_NAMED", "Wet Damocles", "Wet Damocles"),
        K("LAW", "artikel 13b Opiumwet", "artikel 13b", "Opiumwet"),
        K("LAW", "Wet openbare manifestaties", "Wet openbare manifestaties", "Wom"),
        K("PROGRAMME", "Top600 / Top400", "Top600-aanpak", "Top400"),
        K("ORG", "Inspectie Justitie en Veiligheid", "Inspectie Justitie en Veiligheid"),
        K("ORG", "VNG / OOV", "VNG", "OOV"),
        K("STREET", "Warmoesstraat", "Warmoesstraat"),
        K("PLACE", "Dam / Museumplein / Nieuw-West", "Museumplein", "Nieuw-West"),
        K("ADDRESS_ORG", "Amstel 1", "Amstel 1"),
        K("FUNCTION", "functies", "hoofdofficier van justitie", "politiechef", "voorzieningenrechter"),
        K("TERM", "Bibob", "Bibob-onderzoek"),
    ],
))

# ------------------------------------------------------------------------------------------------
# 28 Kamerbrief voortgang hersteloperatie (public; LibreOffice; keep only)
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bk28-kamerbrief-voortgang-herstel", producer="docx", size=10.5, docx_font="DejaVu Serif",
    header="Ministerie van Financiën - Directoraat-Generaal Herstel en Toeslagen",
    footer="Korte Voorhout 7, 2511 CW Den Haag - Postbus 20201, 2500 EE Den Haag - www.rijksoverheid.nl/fin",
    meta={"Author": "Ministerie van Financiën", "Title": "Kamerbrief 17e voortgangsrapportage hersteloperatie"},
    blocks=[
        ("lines", ["Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "Postbus 20018",
                   "2500 EA  Den Haag"]),
        ("kv", [("Datum", "30 juni 2025"), ("Betreft", "Zeventiende Voortgangsrapportage Hersteloperatie "
                                                      "Kinderopvangtoeslag"),
                ("Ons kenmerk", "2025-0000184412")]),
        ("p", "Geachte voorzitter,"),
        ("p", "Hierbij bied ik u de zeventiende Voortgangsrapportage Hersteloperatie Kinderopvangtoeslag aan. In "
              "deze brief licht ik de belangrijkste ontwikkelingen toe. Ook ga ik in op de motie van het lid "
              "Omtzigt over de kinderregeling (Kamerstuk 31066, nr. 1502) en op de toezegging aan het lid "
              "Kathmann over de samenwerking met gemeenten."),
        ("h", "Stand van zaken"),
        ("p", "Op 1 juni 2025 hadden ruim 112.000 ouders zich gemeld bij de Uitvoeringsorganisatie Herstel "
              "Toeslagen (UHT). Bij ongeveer 38.000 ouders is de integrale beoordeling afgerond. De Commissie "
              "Werkelijke Schade heeft 4.200 adviezen uitgebracht. De Bezwaarschriftenadviescommissie "
              "Kinderopvangtoeslag (BAC) heeft haar werkvoorraad met een kwart teruggebracht."),
        ("p", "In het rapport van de Adviescommissie uitvoering toeslagen (commissie-Donner) werd al gewezen op de "
              "complexiteit van de regelgeving. De Nationale ombudsman, de heer Van Zutphen, heeft in zijn "
              "jaarverslag opnieuw aandacht gevraagd voor de bereikbaarheid van de UHT."),
        ("pb",),
        ("h", "Gemeenten"),
        ("p", "Gemeenten blijven een belangrijke rol spelen in de brede ondersteuning van ouders. De VNG en de "
              "Vereniging Nederlandse Gemeenten-werkgroep Herstel hebben samen met mij een nieuwe "
              "financieringsafspraak gemaakt. Burgemeester Schouten van Rotterdam en wethouder Moorman van "
              "Amsterdam hebben daarover met mij gesproken tijdens het bestuurlijk overleg van 12 juni."),
        ("h", "Tot slot"),
        ("p", "Ik besef dat voor veel ouders het herstel te lang duurt. Samen met de minister van Sociale Zaken "
              "en Werkgelegenheid blijf ik werken aan versnelling. Ik stuur uw Kamer de volgende rapportage in "
              "december."),
        ("lines", ["De staatssecretaris van Financiën - Herstel en Toeslagen,", "", "",
                   "Sandra Palmen"]),
    ],
    redact=[],
    keep=[
        K("OFFICE_HOLDER", "staatssecretaris Sandra Palmen", "Sandra Palmen"),
        K("OFFICE_HOLDER", "Kamerlid Omtzigt", "Omtzigt"),
        K("OFFICE_HOLDER", "Kamerlid Kathmann", "Kathmann"),
        K("OFFICE_HOLDER", "Nationale ombudsman Van Zutphen", "Van Zutphen"),
        K("OFFICE_HOLDER", "burgemeester Schouten", "Schouten"),
        K("OFFICE_HOLDER", "wethouder Moorman", "Moorman"),
        K("ORG_NAMED", "commissie-Donner", "commissie-Donner"),
        K("ORG", "UHT", "Uitvoeringsorganisatie Herstel Toeslagen", "UHT"),
        K("ORG", "Commissie Werkelijke Schade", "Commissie Werkelijke Schade"),
        K("ORG", "BAC", "Bezwaarschriftenadviescommissie", "BAC"),
        K("ORG", "Tweede Kamer", "Tweede Kamer der Staten-Generaal"),
        K("ADDRESS_ORG", "Korte Voorhout 7 / Postbus 20018", "Korte Voorhout 7", "Postbus 20018"),
        K("DOC", "Kamerstuk 31066, nr. 1502", "31066, nr. 1502"),
        K("DOC", "kenmerk", "2025-0000184412"),
        K("ORG", "VNG", "VNG"),
        K("FUNCTION", "staatssecretaris", "De staatssecretaris van Financiën"),
    ],
))

# ------------------------------------------------------------------------------------------------
# 29 Klacht bij de Nationale ombudsman (citizen's e-mail; health)
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bk29-klacht-nationale-ombudsman", font="DejaVuSerif", size=9.5,
    header=["Nationale ombudsman - klachtformulier (webformulier) - dossier 2025.04412"],
    footer="Nationale ombudsman, Postbus 93122, 2509 AC Den Haag - 0800 335 55 55",
    meta={"Title": "Klacht 2025.04412", "Author": "webformulier"},
    blocks=[
        ("kv", [("Naam", "mevrouw P.C. (Nel) Bosch-van Wijk"), ("Adres", "Dorpsstraat 14, 1747 HB Tuitjenhorn"),
                ("Telefoon", "0226-42 19 85"), ("E-mail", "nelbosch52@hotmail.com"),
                ("Klacht over", "Centraal Justitieel Incassobureau en Belastingdienst/Toeslagen"),
                ("Dossiernummer", "2025.04412")], {"cw": [0.2, 0.8], "box": True}),
        ("h", "Omschrijving van uw klacht"),
        ("p", "Ik ben 72 jaar en chronisch ziek (multiple sclerose). Mijn kleinzoon heeft in 2023 met mijn auto een "
              "paar keer te hard gereden, terwijl de auto op mijn naam staat. Ik heb drie boetes gekregen van het "
              "CJIB en die zijn allemaal verhoogd omdat ik in het ziekenhuis lag en de post niet kon openen. Ik "
              "heb het CJIB gebeld op het algemene nummer maar ik kreeg steeds iemand anders. Een medewerker, "
              "meneer Dijkgraaf, beloofde mij terug te bellen maar dat is nooit gebeurd."),
        ("p", "Ook de Belastingdienst/Toeslagen heeft mijn huurtoeslag stopgezet omdat mijn kleinzoon Daan "
              "tijdelijk bij mij stond ingeschreven. Ik vind dat onredelijk. Ik vraag de Nationale ombudsman om "
              "te bemiddelen, zoals ook staat in de Wet Nationale ombudsman."),
        ("h", "Wat heeft u al gedaan?"),
        ("p", "Ik heb op 12 maart 2025 een klacht ingediend bij het CJIB (kenmerk klacht 25-KL-09931). Daarop kreeg "
              "ik een standaardbrief van mevrouw R. Visscher, klachtbehandelaar. Mijn dochter Marjan helpt mij met "
              "dit formulier; zij is bereikbaar op 06-44 17 26 90."),
        ("p", "Met vriendelijke groet,<br/>Nel Bosch"),
    ],
    redact=[
        R("PERSON", "P.C. (Nel) Bosch-van Wijk (klaagster)", "Bosch-van Wijk", "Nel Bosch", "Nel"),
        R("ADDRESS", "Dorpsstraat 14, 1747 HB Tuitjenhorn", "Dorpsstraat 14", "1747 HB"),
        R("PHONE", "0226-42 19 85", "0226-42 19 85"),
        R("EMAIL", "nelbosch52@hotmail.com", "nelbosch52@hotmail.com"),
        R("ID", "dossiernummer ombudsman (één klaagster)", "2025.04412"),
        R("HEALTH", "multiple sclerose / ziekenhuis", "chronisch ziek", "multiple sclerose",
          "in het ziekenhuis lag"),
        R("PERSON", "meneer Dijkgraaf (CJIB-medewerker)", "Dijkgraaf"),
        R("PERSON", "kleinzoon Daan", "Daan"),
        R("ID", "klachtkenmerk CJIB", "25-KL-09931"),
        R("PERSON", "mevrouw R. Visscher (klachtbehandelaar)", "Visscher"),
        R("PERSON", "dochter Marjan", "Marjan"),
        R("PHONE", "06-44 17 26 90", "06-44 17 26 90"),
    ],
    keep=[
        K("ORG", "Nationale ombudsman", "Nationale ombudsman"),
        K("ADDRESS_ORG", "Postbus 93122, 2509 AC Den Haag", "Postbus 93122", "2509 AC"),
        K("PHONE_GENERAL", "0800 335 55 55", "0800 335 55 55"),
        K("ORG", "CJIB", "CJIB", "Centraal Justitieel Incassobureau"),
        K("ORG", "Belastingdienst/Toeslagen", "Belastingdienst/Toeslagen"),
        K("LAW", "Wet Nationale ombudsman", "Wet Nationale ombudsman"),
        K("TERM", "huurtoeslag", "huurtoeslag"),
        K("FUNCTION", "klachtbehandelaar", "klachtbehandelaar"),
    ],
))

# ------------------------------------------------------------------------------------------------
# 30 CJIB/DJI: overzicht betalingsregelingen gedetineerden (names in capitals)
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bk30-cjib-dji-overzicht-regelingen", font="DejaVuSansCondensed", size=8.5,
    header=["CJIB - Team Gedetineerden - overzicht t.b.v. PI Zwolle (vertrouwelijk)"],
    footer="Gegenereerd uit CJIB Zaaksysteem op 02-10-2025 07:15 door gebruiker cjib\\htvd - pagina {page}",
    meta={"Title": "Overzicht betalingsregelingen PI Zwolle", "Author": "cjib\\htvd"},
    blocks=[
        ("title", "Overzicht betalingsregelingen gedetineerden PI Zwolle"),
        ("p", "Onderstaande gedetineerden hebben een openstaande vordering bij het CJIB (schadevergoedingsmaatregel "
              "of boete). De casemanagers van de PI bespreken de mogelijkheden van een betalingsregeling tijdens "
              "het MDO. Afdracht vindt plaats via het loon uit de arbeid in de inrichting."),
        ("table", [["Naam", "Reg.nr. DJI", "CJIB-nummer", "Soort", "Openstaand", "Regeling"],
                   ["DE GRAAF, M.", "1978102", "4110 2234 8817 0021", "SVM", "€ 2.340,00", "€ 25 p/w"],
                   ["YILMAZ, E.", "2004881", "4110 9981 0042 7763", "boete", "€ 610,00", "nee"],
                   ["VAN DER LINDEN, P.J.", "1899234", "4111 0075 3319 4402", "SVM", "€ 11.875,50", "€ 40 p/w"],
                   ["OKAFOR, C.", "2017455", "4109 7713 2250 6610", "boete", "€ 390,00", "ja, afgelost 11/25"],
                   ["BAKKER-TEN HAVE, S.", "1990317", "4110 4427 6691 0385", "SVM", "€ 5.120,00", "€ 15 p/w"]],
         {"cw": [0.22, 0.11, 0.2, 0.09, 0.14, 0.24]}),
        ("p", "Toelichting SVM: schadevergoedingsmaatregel op grond van artikel 36f van het Wetboek van Strafrecht; "
              "het CJIB keert het bedrag via het Schadefonds Geweldsmisdrijven of rechtstreeks uit aan het "
              "slachtoffer. Bij vragen: team Gedetineerden, gedetineerden@cjib.nl."),
        ("p", "Casemanager PI Zwolle: H.T. van Dalen (htvd), toestel 4417."),
    ],
    redact=[
        R("PERSON", "M. de Graaf (gedetineerde)", "DE GRAAF"),
        R("PERSON", "E. Yilmaz (gedetineerde)", "YILMAZ"),
        R("PERSON", "P.J. van der Linden (gedetineerde)", "VAN DER LINDEN"),
        R("PERSON", "C. Okafor (gedetineerde)", "OKAFOR"),
        R("PERSON", "S. Bakker-ten Have (gedetineerde)", "BAKKER-TEN HAVE"),
        R("ID", "DJI-registratienummers", "1978102", "2004881", "1899234", "2017455", "1990317"),
        R("ID", "CJIB-nummers", "4110 2234 8817 0021", "4110 9981 0042 7763", "4111 0075 3319 4402",
          "4109 7713 2250 6610", "4110 4427 6691 0385"),
        R("PERSON", "H.T. van Dalen (casemanager)", "van Dalen", "Dalen"),
        R("USERID", "gebruikerscode htvd", "htvd"),
        R("PHONE", "toestel 4417", "toestel 4417"),
    ],
    keep=[
        K("ORG", "CJIB", "CJIB"),
        K("ORG", "PI Zwolle", "PI Zwolle"),
        K("ORG", "Schadefonds Geweldsmisdrijven", "Schadefonds Geweldsmisdrijven"),
        K("LAW", "artikel 36f Sr", "artikel 36f", "Wetboek van Strafrecht"),
        K("MAILBOX", "gedetineerden@cjib.nl", "gedetineerden@cjib.nl"),
        K("TERM", "SVM / MDO", "SVM", "MDO", "schadevergoedingsmaatregel"),
        K("HEADER", "kolomkoppen", "Reg.nr. DJI", "CJIB-nummer", "Openstaand"),
        K("FUNCTION", "casemanager", "Casemanager"),
    ],
))

# ------------------------------------------------------------------------------------------------
# 31 Verslag hoorzitting bezwaar Belastingdienst (LibreOffice, 2 pages; sole trader names)
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bk31-hoorverslag-bezwaar-btw", producer="docx", size=10, docx_font="Liberation Sans",
    header="Belastingdienst - Midden- en kleinbedrijf - kantoor Enschede",
    footer="Verslag hoorgesprek - niet bestemd voor derden",
    meta={"Author": "Nijboer, G.", "Title": "Verslag hoorgesprek bezwaar naheffingsaanslag OB"},
    blocks=[
        ("title", "Verslag hoorgesprek"),
        ("kv", [("Datum", "25 september 2025, 14.00 uur, via Teams"),
                ("Betreft", "bezwaar tegen naheffingsaanslag omzetbelasting 2023, aanslagnummer "
                            "7934.33.976.B.36.0310"),
                ("Belanghebbende", "de heer Erdem Şahin, h.o.d.n. Şahin Bouw &amp; Renovatie"),
                ("Gemachtigde", "de heer K. (Koos) Haverkort, Haverkort Fiscaal Advies"),
                ("Namens de inspecteur", "mevrouw drs. Y. Bakker-Tol (hoorambtenaar) en de heer G. Nijboer "
                                         "(verslag)")]),
        ("h", "1. Opening"),
        ("p", "Mevrouw Bakker-Tol opent het gesprek en legt uit dat het hoorgesprek plaatsvindt op grond van "
              "artikel 7:2 van de Algemene wet bestuursrecht en artikel 25 van de Algemene wet inzake "
              "rijksbelastingen. Het verslag wordt aan belanghebbende toegezonden."),
        ("h", "2. Standpunt belanghebbende"),
        ("p", "De heer Haverkort licht toe dat Şahin in 2023 werkzaamheden heeft verricht voor "
              "Woningstichting De Veste en voor particulieren. De btw over de particuliere klussen is volgens "
              "hem wel aangegeven. Belanghebbende voegt toe dat hij in maart en april 2023 minder heeft gewerkt "
              "omdat hij tijdens de ramadan geen lange dagen kon maken en dat zijn administratie toen door zijn "
              "zwager werd bijgehouden."),
        ("p", "Volgens de gemachtigde heeft de inspecteur ten onrechte de verleggingsregeling van artikel 12, "
              "vijfde lid, van de Wet op de omzetbelasting 1968 toegepast op de werkzaamheden voor De Veste."),
        ("pb",),
        ("h", "3. Standpunt inspecteur"),
        ("p", "Mevrouw Bakker-Tol geeft aan dat uit het boekenonderzoek blijkt dat facturen aan particulieren "
              "ontbreken. De inspecteur handhaaft het standpunt dat de omzet over het tweede kwartaal te laag is "
              "aangegeven. Zij wijst op het arrest van de Hoge Raad van 14 juli 2023, ECLI:NL:HR:2023:1099."),
        ("h", "4. Afspraken"),
        ("p", "De gemachtigde stuurt binnen drie weken de ontbrekende facturen en de bankafschriften van rekening "
              "NL03 RABO 5291 4661 10. Daarna neemt de inspecteur een uitspraak op bezwaar. Vragen kunnen "
              "worden gesteld aan de heer Nijboer, telefoon 088 157 62 21."),
        ("grid", [["Nr.", "Actie", "Wie", "Termijn"],
                  ["1", "Facturen en bankafschriften aanleveren", "KH", "16-10-2025"],
                  ["2", "Uitspraak op bezwaar", "YBT", "13-11-2025"]]),
        ("p", "Verslag: G. Nijboer, 26 september 2025."),
    ],
    redact=[
        R("ID", "aanslagnummer (bevat BSN)", "7934.33.976.B.36.0310"),
        R("PERSON", "Erdem Şahin (belanghebbende)", "Şahin", "Erdem"),
        R("TRADE", "Şahin Bouw & Renovatie (eenmanszaak met eigen naam)", "Şahin Bouw"),
        R("PERSON", "Koos Haverkort (gemachtigde)", "Haverkort", "Koos"),
        R("TRADE", "Haverkort Fiscaal Advies (eenmanszaak met eigen naam)", "Haverkort Fiscaal Advies"),
        R("PERSON", "drs. Y. Bakker-Tol (hoorambtenaar)", "Bakker-Tol"),
        R("PERSON", "G. Nijboer (verslag)", "Nijboer"),
        R("RELIGION", "ramadan", "tijdens de ramadan"),
        R("IBAN", "NL03 RABO 5291 4661 10", "NL03 RABO 5291 4661 10"),
        R("PHONE", "088 157 62 21 (direct)", "088 157 62 21"),
        R("PARAPH", "initialen KH", "KH"),
        R("PARAPH", "initialen YBT", "YBT"),
    ],
    keep=[
        K("ORG", "Belastingdienst MKB", "Belastingdienst", "Midden- en kleinbedrijf"),
        K("PLACE", "Enschede", "Enschede"),
        K("ORG", "Woningstichting De Veste", "Woningstichting De Veste", "De Veste"),
        K("LAW", "Awb / AWR", "artikel 7:2", "Algemene wet bestuursrecht", "artikel 25",
          "Algemene wet inzake rijksbelastingen"),
        K("LAW", "Wet OB 1968", "Wet op de omzetbelasting 1968", "artikel 12"),
        K("ORG", "Hoge Raad", "Hoge Raad"),
        K("ECLI", "ECLI:NL:HR:2023:1099", "ECLI:NL:HR:2023:1099"),
        K("FUNCTION", "hoorambtenaar / inspecteur", "hoorambtenaar", "inspecteur"),
        K("PRODUCT", "Teams", "Teams"),
        K("TERM", "verleggingsregeling", "verleggingsregeling", "naheffingsaanslag"),
    ],
))

# ------------------------------------------------------------------------------------------------
# 32 OM persbericht with internal mail: spokesperson stays, colleague goes
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bk32-om-persbericht-intern", font="Helvetica", size=9.5,
    meta={"Title": "FW: concept persbericht uitspraak Zwolle", "Author": "Communicatie OM"},
    blocks=[
        ("kv", [("Van:", "Groeneveld, Maartje &lt;maartje.groeneveld@om.nl&gt;"),
                ("Verzonden:", "vrijdag 7 november 2025 11:20"),
                ("Aan:", "Persvoorlichting OM Oost-Nederland &lt;pers.oost-nederland@om.nl&gt;"),
                ("Onderwerp:", "FW: concept persbericht uitspraak zedenzaak Zwolle")], {"cw": [0.14, 0.86]}),
        ("p", "Hoi Franka,"),
        ("p", "Hieronder het concept. De officier (Tjeerd) heeft het gezien en is akkoord. Let op: het slachtoffer "
              "woont in een klein dorp; daarom noemen we de plaats niet. Graag om 14.00 uur online. Ik ben "
              "vanmiddag bereikbaar op 06-12 77 30 48."),
        ("p", "Groet, Maartje<br/>Communicatieadviseur | Openbaar Ministerie, Arrondissementsparket Oost-Nederland"),
        ("sp", 4),
        ("title", "Persbericht: 6 jaar cel voor verkrachting na datingafspraak"),
        ("p", "<i>Zwolle, 7 november 2025</i> - De rechtbank Overijssel heeft vandaag een 34-jarige man uit "
              "Deventer veroordeeld tot zes jaar gevangenisstraf voor het verkrachten van een vrouw die hij via "
              "een datingapp had leren kennen. Het Openbaar Ministerie had acht jaar geëist."),
        ("p", "De man, Stefan R., ontmoette het slachtoffer in januari 2025. Volgens de rechtbank is uit de "
              "verklaringen en het DNA-onderzoek van het Nederlands Forensisch Instituut (NFI) voldoende gebleken "
              "dat de man de vrouw heeft gedwongen tot seks. Het OM bestudeert het vonnis en beslist binnen "
              "14 dagen of het in hoger beroep gaat."),
        ("p", "De uitspraak wordt gepubliceerd op rechtspraak.nl onder ECLI:NL:RBOVE:2025:6120."),
        ("p", "<b>Voor de pers:</b> woordvoerder Franka Hummels, telefoon 088 699 11 44 (persvoorlichting OM "
              "Oost-Nederland)."),
    ],
    redact=[
        R("PERSON", "Maartje Groeneveld (communicatieadviseur)", "Groeneveld", "Maartje"),
        R("EMAIL", "maartje.groeneveld@om.nl", "maartje.groeneveld@om.nl"),
        R("PHONE", "06-12 77 30 48", "06-12 77 30 48"),
        R("PERSON", "Tjeerd (officier van justitie)", "Tjeerd"),
        R("PERSON", "Stefan R. (veroordeelde, naam + initiaal als in persbericht)", "Stefan R."),
    ],
    keep=[
        K("SPOKESPERSON", "woordvoerder Franka Hummels", "Franka Hummels", "Hummels"),
        K("MAILBOX", "pers.oost-nederland@om.nl", "pers.oost-nederland@om.nl"),
        K("PHONE_GENERAL", "088 699 11 44 (persvoorlichting)", "088 699 11 44"),
        K("ORG", "Openbaar Ministerie", "Openbaar Ministerie", "Arrondissementsparket Oost-Nederland"),
        K("ORG", "rechtbank Overijssel", "rechtbank Overijssel"),
        K("ORG", "NFI", "Nederlands Forensisch Instituut", "NFI"),
        K("ECLI", "ECLI:NL:RBOVE:2025:6120", "ECLI:NL:RBOVE:2025:6120"),
        K("PLACE", "Zwolle / Deventer", "Zwolle", "Deventer"),
        K("URL", "rechtspraak.nl", "rechtspraak.nl"),
        K("FUNCTION", "woordvoerder / Communicatieadviseur", "woordvoerder", "Communicatieadviseur"),
    ],
))
