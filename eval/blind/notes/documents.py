"""The 30 documents of the blind 'notes' set (data only; see generate.py).

All persons are invented. Real names are used only for public office holders in their public role.
Probe conventions: see README.md.
"""
from generate import Doc, K, PER, R, bsn, iban

DOCS = []
add = DOCS.append

NIET_OPENBAAR = "Informatie die niet openbaar gemaakt kan worden"

# ------------------------------------------------------------------------------------------
# 01 beslisnota BZK, docx
# ------------------------------------------------------------------------------------------
add(Doc("n01_beslisnota_woningbouwimpuls", "docx", "Beslisnota vierde tranche Woningbouwimpuls", [
    ("letterhead", ["Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "DG Volkshuisvesting en Bouwen"]),
    ("side", ["*Directie Woningbouw", "Turfmarkt 147", "2511 DP Den Haag", "Postbus 20011", "2500 EA Den Haag", "",
              "*Contactpersoon", "Jeroen van den Bosch", "T 06-41872093", "jeroen.vandenbosch@minbzk.nl", "",
              "*Kenmerk", "2024-0000187342"]),
    ("kv", [("Aan", "de minister voor Volkshuisvesting en Ruimtelijke Ordening"),
            ("Van", "Marloes Weeldenburg"),
            ("Datum", "12 maart 2024"),
            ("Kopie aan", "drs. K. Zwolle (FEZ), S. Öztürk (DGVB)"),
            ("Onderwerp", "Toekenning vierde tranche De Woningbouwimpuls")]),
    ("title", "Beslisnota vierde tranche Woningbouwimpuls"),
    ("h", "Aanleiding"),
    ("p", "In de vierde tranche van De Woningbouwimpuls hebben 41 gemeenten een aanvraag ingediend. De "
          "beoordelingscommissie heeft op 4 maart 2024 haar advies uitgebracht. U wordt gevraagd in te stemmen met "
          "de toekenning van in totaal € 1,25 miljard aan 29 projecten."),
    ("h", "Geadviseerd besluit"),
    ("p", "Aan minister De Jonge wordt gevraagd: in te stemmen met de bijgevoegde beschikkingen en de "
          "Kamerbrief over de vierde tranche te ondertekenen."),
    ("h", "Kern"),
    ("ul", ["De aanvragen uit Almere, Groningen en Den Haag vallen binnen het plafond.",
            "Het Rijksvastgoedbedrijf en de VNG zijn betrokken bij de beoordeling.",
            "Het IPO (Interprovinciaal Overleg) steunt de verdeling over de regio's."]),
    ("h", "Toelichting"),
    ("p", "De juridische toets is uitgevoerd door Marieke de Jonge van de directie Juridische Zaken. Marieke "
          "signaleert dat twee beschikkingen een voorbehoud voor staatssteun nodig hebben. Dit is afgestemd met "
          "mr. ing. B. van Dam-Westerveld."),
    ("p", "Mevrouw Van Dam-Westerveld adviseert de voorwaarden gelijk te houden aan de derde tranche. Collega "
          "Van den Bosch verwerkt dit in de beschikkingen (Actie: JvdB)."),
    ("h", "Krachtenveld"),
    ("p", "Het lid Van der Plas (BBB) heeft tijdens het commissiedebat van 7 februari 2024 gevraagd om meer "
          "aandacht voor kleine kernen. Ook de motie van het lid Omtzigt (NSC) over betaalbare koopwoningen raakt "
          "aan deze tranche. Hugo de Jonge heeft toegezegd de Kamer voor het zomerreces te informeren."),
    ("h", "Paraaf"),
    ("table", ["Naam", "Functie", "Paraaf", "Datum"], [
        ["M. Weeldenburg", "MT-lid directie Woningbouw", "MW", "11-03-2024"],
        ["M. de Jonge", "jurist Juridische Zaken", "MdJ", "11-03-2024"],
        ["J. van den Bosch", "senior beleidsmedewerker", "JvdB", "8-03-2024"]]),
    ("h", NIET_OPENBAAR),
    ("p", "[nog invullen]"),
], redact=[
    PER("Marloes Weeldenburg", "Marloes Weeldenburg", "M. Weeldenburg", "Weeldenburg"),
    R("PARAPH", "MW (Marloes Weeldenburg)", "MW"),
    PER("Jeroen van den Bosch", "Jeroen van den Bosch", "J. van den Bosch", "Van den Bosch"),
    R("PARAPH", "JvdB (Jeroen van den Bosch)", "JvdB"),
    R("PHONE_NUMBER", "06-41872093"),
    R("EMAIL_ADDRESS", "jeroen.vandenbosch@minbzk.nl"),
    PER("Marieke de Jonge", "Marieke de Jonge", "Marieke", "M. de Jonge"),
    R("PARAPH", "MdJ (Marieke de Jonge)", "MdJ"),
    PER("B. van Dam-Westerveld", "B. van Dam-Westerveld", "Van Dam-Westerveld", "Dam-Westerveld"),
    PER("K. Zwolle", "K. Zwolle"),
    PER("S. Öztürk", "S. Öztürk", "Öztürk"),
], keep=[
    K("OFFICIAL", "Hugo de Jonge (minister VRO)", "minister De Jonge", "Hugo de Jonge"),
    K("OFFICIAL", "Caroline van der Plas (Kamerlid)", "lid Van der Plas", "Van der Plas"),
    K("OFFICIAL", "Pieter Omtzigt (Kamerlid)", "Omtzigt"),
    K("ORG", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"),
    K("ORG", "Rijksvastgoedbedrijf"), K("ORG", "VNG"), K("ORG", "IPO"), K("ORG", "Interprovinciaal Overleg"),
    K("ORG", "BBB"), K("ORG", "NSC"), K("ORG", "FEZ"), K("ORG", "DGVB"),
    K("PROGRAMME", "De Woningbouwimpuls", "Woningbouwimpuls"),
    K("PLACE", "Almere"), K("PLACE", "Groningen"), K("PLACE", "Den Haag"),
    K("GOV_ADDRESS", "Turfmarkt 147"), K("GOV_ADDRESS", "Postbus 20011"),
    K("TITLE", "MT-lid directie Woningbouw"), K("TITLE", "senior beleidsmedewerker"),
    K("DATE", "12 maart 2024"), K("AMOUNT", "€ 1,25 miljard", "1,25 miljard"), K("KENMERK", "2024-0000187342"),
    K("TERM", "Krachtenveld"),
], author="Jeroen van den Bosch"))

# ------------------------------------------------------------------------------------------
# 02 IT memo with quoted e-mail thread, html
# ------------------------------------------------------------------------------------------
add(Doc("n02_memo_zero_trust", "html", "Memo Zero Trust Security DUO", [
    ("letterhead", ["Dienst Uitvoering Onderwijs", "Ministerie van Onderwijs, Cultuur en Wetenschap", "CIO-office"]),
    ("kv", [("Aan", "CIO-raad DUO"), ("Van", "Tomasz Grzelak, security architect"), ("Datum", "3 oktober 2025"),
            ("Onderwerp", "Invoering Zero Trust Security voor mobiele werkplekken")]),
    ("title", "Memo: Zero Trust Security voor mobiele werkplekken"),
    ("h", "1. Aanleiding"),
    ("p", "Sinds de migratie naar Microsoft Intune gebruiken medewerkers van DUO hun telefoon voor MFA. De "
          "huidige Requirements uit 2022 gaan nog uit van een vast netwerk in Groningen. Dit memo stelt voor het "
          "Zero Trust Security-model stapsgewijs in te voeren."),
    ("h", "2. Voorstel"),
    ("ul", ["Apps alleen via Google Play en de Apple App Store, beheerd door Intune.",
            "Bluetooth Low Energy uitschakelen op beheerde toestellen, behalve voor toegangspassen.",
            "De Service Desk krijgt een Cheat Sheet voor de meest gestelde vragen.",
            "Een pilot met 150 gebruikers bij de afdeling Studiefinanciering."]),
    ("p", "Li Wei Chen (teamlead werkplek) heeft de technische uitwerking gemaakt; mevrouw Chen is ook "
          "aanspreekpunt voor de pilot. Vragen van medewerkers lopen via servicedesk@duo.nl of het algemene "
          "nummer van de Service Desk, 050 599 7755."),
    ("h", "3. Risico's"),
    ("p", "Kennisnet en SURF hebben vergelijkbare trajecten doorlopen. Volgens Joël Mertens (privacy officer) "
          "is een DPIA nodig voordat de pilot start; Joël stemt dit af met de FG."),
    ("h", "4. E-mailwisseling (ter informatie)"),
    ("lines", ["Van: Mei-Ling Zhou <meiling.zhou@duo.nl>", "Verzonden: donderdag 25 september 2025 16:42",
               "Aan: Tomasz Grzelak <tomasz.grzelak@duo.nl>",
               "CC: Li Wei Chen <l.chen@duo.nl>; joël.mertens@duo.nl",
               "Onderwerp: RE: Requirements mobiele werkplek"]),
    ("p", "Hoi Tomasz,"),
    ("p", "Ik heb de Requirements doorgenomen. Punt 4 (Bluetooth Low Energy) geeft problemen met de "
          "toegangspassen in het kantoor aan de Kempkensberg. Kunnen we dit bespreken in het overleg van dinsdag? "
          "Bel me anders even op 06 3918 2745."),
    ("p", "Groet, Mei-Ling"),
    ("h", "5. Besluit gevraagd"),
    ("p", "De CIO-raad wordt gevraagd in te stemmen met de pilot en met de aanpassing van de Requirements."),
    ("lines", ["Met vriendelijke groet,", "", "Tomasz Grzelak", "Security architect | CIO-office",
               "Dienst Uitvoering Onderwijs", "M +31 6 2394 7781"]),
], redact=[
    PER("Tomasz Grzelak", "Tomasz Grzelak", "Tomasz", "Grzelak"),
    R("EMAIL_ADDRESS", "tomasz.grzelak@duo.nl"),
    R("PHONE_NUMBER", "+31 6 2394 7781"),
    PER("Li Wei Chen", "Li Wei Chen", "Chen"),
    R("EMAIL_ADDRESS", "l.chen@duo.nl"),
    PER("Mei-Ling Zhou", "Mei-Ling Zhou", "Mei-Ling", "Zhou"),
    R("EMAIL_ADDRESS", "meiling.zhou@duo.nl"),
    R("PHONE_NUMBER", "06 3918 2745"),
    PER("Joël Mertens", "Joël Mertens", "Joël"),
    R("EMAIL_ADDRESS", "joël.mertens@duo.nl"),
], keep=[
    K("ORG", "Dienst Uitvoering Onderwijs"), K("ORG", "DUO"),
    K("ORG", "Ministerie van Onderwijs, Cultuur en Wetenschap"), K("ORG", "Kennisnet"), K("ORG", "SURF"),
    K("PRODUCT", "Microsoft Intune", "Intune"), K("PRODUCT", "Google Play"), K("PRODUCT", "Apple App Store"),
    K("TERM", "Zero Trust Security"), K("TERM", "Bluetooth Low Energy"), K("TERM", "Service Desk"),
    K("TERM", "Cheat Sheet"), K("TERM", "Requirements"), K("TERM", "DPIA"), K("TERM", "CIO-office"),
    K("PLACE", "Groningen"), K("GOV_ADDRESS", "Kempkensberg"),
    K("FUNCTIONAL_EMAIL", "servicedesk@duo.nl"), K("SERVICE_NUMBER", "050 599 7755"),
    K("TITLE", "security architect"), K("TITLE", "privacy officer"), K("TITLE", "teamlead werkplek"),
    K("DATE", "3 oktober 2025"),
]))

# ------------------------------------------------------------------------------------------
# 03 verslag stuurgroep with attendance and action list, reportlab
# ------------------------------------------------------------------------------------------
add(Doc("n03_verslag_stuurgroep_inburgering", "rl", "Verslag stuurgroep inburgering 14 mei 2025", [
    ("letterhead", ["Ministerie van Sociale Zaken en Werkgelegenheid", "Directie Samenleving en Integratie"]),
    ("kv", [("Vergadering", "Stuurgroep uitvoering Wet inburgering 2021"), ("Datum", "14 mei 2025, 10.00-12.00 uur"),
            ("Locatie", "RIVM, Antonie van Leeuwenhoeklaan 9, Bilthoven"), ("Verslag", "Katarzyna Wiśniewska")]),
    ("title", "Verslag stuurgroep uitvoering Wet inburgering 2021"),
    ("h", "Aanwezig"),
    ("p", "Fatima El Amrani (voorzitter, SZW, FEA), Sjoerd Hoekstra (RVO, SjH), Elif Yıldırım (DUO, EY), "
          "Rodney Sabajo (UWV, RSa), Ruud Kok (VNG, RK), Katarzyna Wiśniewska (SZW, verslag)"),
    ("h", "Afwezig met kennisgeving"),
    ("p", "HYLKE SIPMA (COA)"),
    ("h", "1. Opening en mededelingen"),
    ("p", "De voorzitter opent de vergadering. Mevrouw El Amrani meldt dat minister Van Hijum de "
          "voortgangsbrief op 2 juni 2025 naar de Tweede Kamer stuurt. De heer Sipma laat weten dat het COA de "
          "cijfers over het eerste kwartaal nalevert."),
    ("h", "2. Uitvoering leerroutes"),
    ("p", "De heer Hoekstra licht de stand van zaken bij RVO toe. Sjoerd benadrukt dat de subsidieregeling "
          "voor taalscholen overtekend is. Mevrouw Yıldırım vraagt of DUO de termijnen voor het "
          "inburgeringsexamen kan verlengen; Elif zegt toe dit intern te bespreken."),
    ("p", "De heer Kok (VNG) wijst erop dat gemeenten als Bilthoven-De Bilt en Zeist te maken hebben met "
          "wachtlijsten. Rodney Sabajo bevestigt dat het UWV dezelfde signalen krijgt."),
    ("h", "3. Actielijst"),
    ("table", ["Nr", "Actie", "Wie", "Gereed"], [
        ["25-07", "Cijfers eerste kwartaal aanleveren", "COA (HS)", "28 mei 2025"],
        ["25-08", "Notitie verlenging examentermijnen", "EY", "11 juni 2025"],
        ["25-09", "Overzicht wachtlijsten per gemeente", "RK / RSa", "11 juni 2025"],
        ["25-10", "Agenderen voortgangsbrief", "FEA", "doorlopend"],
        ["25-11", "Stand subsidieregeling taalscholen", "SjH", "11 juni 2025"]]),
    ("h", "4. Rondvraag en sluiting"),
    ("p", "Geen punten. De volgende vergadering is op 11 juni 2025 bij het UWV in Amsterdam. Vragen over dit "
          "verslag kunnen naar k.wisniewska@minszw.nl of naar het secretariaat via 070 333 4444."),
    ("p", "Het secretariaat is ook bereikbaar via secretariaat-inburgering@minszw.nl."),
], redact=[
    PER("Fatima El Amrani", "Fatima El Amrani", "El Amrani"),
    R("PARAPH", "FEA", "FEA"),
    PER("Sjoerd Hoekstra", "Sjoerd Hoekstra", "Sjoerd", "Hoekstra"),
    R("PARAPH", "SjH", "SjH"),
    PER("Elif Yıldırım", "Elif Yıldırım", "Elif", "Yıldırım"),
    R("PARAPH", "EY", "EY"),
    PER("Rodney Sabajo", "Rodney Sabajo", "Sabajo"),
    R("PARAPH", "RSa", "RSa"),
    PER("Ruud Kok", "Ruud Kok", "Kok"),
    R("PARAPH", "RK", "RK"),
    PER("Katarzyna Wiśniewska", "Katarzyna Wiśniewska", "Wiśniewska"),
    R("EMAIL_ADDRESS", "k.wisniewska@minszw.nl"),
    PER("Hylke Sipma", "HYLKE SIPMA", "Sipma"),
    R("PARAPH", "HS", "HS"),
], keep=[
    K("OFFICIAL", "Eddy van Hijum (minister SZW)", "minister Van Hijum"),
    K("ORG", "Ministerie van Sociale Zaken en Werkgelegenheid"), K("ORG", "SZW"), K("ORG", "RVO"),
    K("ORG", "DUO"), K("ORG", "UWV"), K("ORG", "VNG"), K("ORG", "COA"), K("ORG", "RIVM"),
    K("ORG", "Tweede Kamer"),
    K("LAW", "Wet inburgering 2021"),
    K("PLACE", "Bilthoven-De Bilt"), K("PLACE", "Zeist"), K("PLACE", "Amsterdam"),
    K("GOV_ADDRESS", "Antonie van Leeuwenhoeklaan 9"),
    K("FUNCTIONAL_EMAIL", "secretariaat-inburgering@minszw.nl"),
    K("SERVICE_NUMBER", "070 333 4444"),
    K("DATE", "14 mei 2025"), K("DATE", "11 juni 2025"), K("KENMERK", "25-09"),
    K("TITLE", "voorzitter"),
], author="Katarzyna Wiśniewska"))

# ------------------------------------------------------------------------------------------
# 04 Woo-besluit to a citizen, docx
# ------------------------------------------------------------------------------------------
add(Doc("n04_brief_woo_besluit_burger", "docx", "Besluit op uw Woo-verzoek", [
    ("letterhead", ["Ministerie van Volksgezondheid, Welzijn en Sport", "Directie Wetgeving en Juridische Zaken"]),
    ("lines", ["De heer A.R. Kartosen", "Lindenlaan 14", "3581 KP  Utrecht"]),
    ("side", ["*Bezoekadres", "Parnassusplein 5", "2511 VX Den Haag", "*Postadres", "Postbus 20350",
              "2500 EJ Den Haag", "www.rijksoverheid.nl", "", "*Contactpersoon", "mr. Lotte Bakker-Ramdin",
              "T 070 340 6188", "l.bakker-ramdin@minvws.nl", "", "*Ons kenmerk", "4012387-1063452-WJZ"]),
    ("kv", [("Datum", "18 april 2023"), ("Betreft", "Besluit op uw Woo-verzoek over CoronaCheck")]),
    ("p", "Geachte heer Kartosen,"),
    ("p", "Op 2 februari 2023 heeft u met een beroep op de Wet open overheid (Woo) verzocht om alle documenten "
          "over de inzet van de app CoronaCheck in de periode september tot en met december 2021. Bij brief van "
          "14 februari 2023 is de ontvangst van uw verzoek bevestigd."),
    ("h", "Besluit"),
    ("p", "Ik heb besloten uw verzoek gedeeltelijk toe te wijzen. Er zijn 37 documenten gevonden. In de "
          "inventarislijst ziet u welke documenten (deels) openbaar worden gemaakt. De documenten bevatten onder "
          "meer correspondentie met GGD GHOR Nederland en het RIVM."),
    ("h", "Overwegingen"),
    ("p", "In de documenten staan namen en contactgegevens van ambtenaren die niet in de openbaarheid treden. "
          "Het belang van de eerbiediging van hun persoonlijke levenssfeer weegt zwaarder dan het belang van "
          "openbaarmaking (artikel 5.1, tweede lid, onder e, van de Woo). De namen van de toenmalige minister van "
          "VWS, Hugo de Jonge, en van minister Kuipers worden wel openbaar gemaakt."),
    ("h", "Vragen"),
    ("p", "Heeft u vragen over dit besluit? Stuur dan een e-mail naar woo@minvws.nl of bel het algemene nummer "
          "070 340 7911. Noem daarbij het kenmerk van deze brief. U kunt ook contact opnemen met mevrouw "
          "Bakker-Ramdin."),
    ("h", "Bezwaar"),
    ("p", "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken bij de minister van "
          "Volksgezondheid, Welzijn en Sport, Postbus 20350, 2500 EJ Den Haag."),
    ("lines", ["Hoogachtend,", "", "De minister van Volksgezondheid, Welzijn en Sport,", "namens deze,", "",
               "drs. H.J. Wiersma-Pool", "directeur Wetgeving en Juridische Zaken"]),
], redact=[
    PER("A.R. Kartosen", "A.R. Kartosen", "Kartosen"),
    R("ADDRESS", "Lindenlaan 14, 3581 KP Utrecht", "Lindenlaan 14", "3581 KP"),
    PER("Lotte Bakker-Ramdin", "Lotte Bakker-Ramdin", "Bakker-Ramdin"),
    R("PHONE_NUMBER", "070 340 6188"),
    R("EMAIL_ADDRESS", "l.bakker-ramdin@minvws.nl"),
    PER("H.J. Wiersma-Pool", "H.J. Wiersma-Pool", "Wiersma-Pool"),
], keep=[
    K("OFFICIAL", "Hugo de Jonge (minister VWS)", "Hugo de Jonge"),
    K("OFFICIAL", "Ernst Kuipers (minister VWS)", "minister Kuipers"),
    K("ORG", "Ministerie van Volksgezondheid, Welzijn en Sport"), K("ORG", "GGD GHOR Nederland"),
    K("ORG", "RIVM"), K("ORG", "VWS"),
    K("PRODUCT", "CoronaCheck"), K("LAW", "Wet open overheid"), K("LAW", "Woo"),
    K("GOV_ADDRESS", "Parnassusplein 5"), K("GOV_ADDRESS", "Postbus 20350"), K("GOV_ADDRESS", "2500 EJ Den Haag"),
    K("FUNCTIONAL_EMAIL", "woo@minvws.nl"), K("SERVICE_NUMBER", "070 340 7911"),
    K("KENMERK", "4012387-1063452-WJZ"), K("DATE", "18 april 2023"), K("DATE", "2 februari 2023"),
    K("TITLE", "directeur Wetgeving en Juridische Zaken"), K("URL", "www.rijksoverheid.nl"),
], author="Lotte Bakker-Ramdin"))

# ------------------------------------------------------------------------------------------
# 05 DUO letter to a citizen (BSN, IBAN, home address), html
# ------------------------------------------------------------------------------------------
add(Doc("n05_brief_duo_terugbetaling", "html", "Uw terugbetaling studieschuld", [
    ("letterhead", ["Dienst Uitvoering Onderwijs", "Postbus 50061", "9702 GA Groningen"]),
    ("lines", ["Mevrouw D. Ait Taleb", "Vaartweg 221", "1217 SW Hilversum"]),
    ("kv", [("Datum", "9 januari 2025"), ("Ons kenmerk", "STUF-2025-004417"), ("Uw BSN", "615248032"),
            ("Behandeld door", "R. Ramdin"), ("Telefoon", "050 599 7755"), ("Onderwerp", "Uw terugbetaling")]),
    ("p", "Geachte mevrouw Ait Taleb,"),
    ("p", "U heeft op 12 december 2024 via Mijn DUO gevraagd om uw maandbedrag opnieuw vast te stellen. In deze "
          "brief leest u ons besluit."),
    ("h", "Uw nieuwe maandbedrag"),
    ("p", "Wij hebben uw draagkracht berekend op basis van uw inkomen en dat van uw partner, de heer "
          "Y. El Khatib (BSN 520391744). Uw nieuwe maandbedrag is € 87,14. Dit bedrag schrijven wij vanaf "
          "1 februari 2025 maandelijks af van rekening NL81 TRIO 0391 8273 64."),
    ("p", "Klopt het BSN van uw partner niet? Het nummer dat u opgaf voldoet niet aan de controle. Geef het "
          "juiste nummer door via Mijn DUO. U logt in met DigiD."),
    ("h", "Wettelijke grondslag"),
    ("p", "Dit besluit is genomen op grond van de Wet studiefinanciering 2000. Meer informatie vindt u op "
          "duo.nl/terugbetalen."),
    ("h", "Vragen"),
    ("p", "Bel DUO op 050 599 7755 (op werkdagen van 9.00 tot 17.00 uur). Wilt u bezwaar maken? Dat kan binnen "
          "zes weken via Mijn DUO of per post naar Postbus 50061, 9702 GA Groningen."),
    ("lines", ["Met vriendelijke groet,", "", "Rishi Ramdin", "medewerker Terugbetalen", "Dienst Uitvoering Onderwijs"]),
], redact=[
    PER("D. Ait Taleb", "D. Ait Taleb", "Ait Taleb"),
    R("ADDRESS", "Vaartweg 221, 1217 SW Hilversum", "Vaartweg 221", "1217 SW"),
    R("NL_BSN", "615248032 (valid)", "615248032"),
    R("NL_BSN", "520391744 (fails elfproef)", bsn("520391744", valid=False)),
    PER("Y. El Khatib", "Y. El Khatib", "El Khatib"),
    R("IBAN_CODE", "NL81 TRIO 0391 8273 64", iban("NL81 TRIO 0391 8273 64")),
    PER("Rishi Ramdin", "Rishi Ramdin", "R. Ramdin", "Ramdin"),
], keep=[
    K("ORG", "Dienst Uitvoering Onderwijs"), K("ORG", "DUO"),
    K("GOV_ADDRESS", "Postbus 50061"), K("GOV_ADDRESS", "9702 GA Groningen"),
    K("SERVICE_NUMBER", "050 599 7755"), K("PRODUCT", "Mijn DUO"), K("PRODUCT", "DigiD"),
    K("LAW", "Wet studiefinanciering 2000"), K("URL", "duo.nl/terugbetalen"),
    K("KENMERK", "STUF-2025-004417"), K("AMOUNT", "€ 87,14", "87,14"), K("DATE", "9 januari 2025"),
    K("DATE", "1 februari 2025"), K("TITLE", "medewerker Terugbetalen"),
]))
assert bsn("615248032")

# ------------------------------------------------------------------------------------------
# 06 MT action list, names in capitals, reportlab
# ------------------------------------------------------------------------------------------
add(Doc("n06_actielijst_mt_jenv", "rl", "Actielijst MT Informatiebeleid 2 december 2024", [
    ("letterhead", ["Ministerie van Justitie en Veiligheid", "Directie Informatiebeleid"]),
    ("title", "Actielijst MT Informatiebeleid"),
    ("kv", [("Datum", "2 december 2024"), ("Aanwezig", "W.J. VAN DER HEIJDEN-BAKKER (vz), T. DE WIT, S. VISSER, "
                                                        "A.M. ÖZTÜRK, L. SCHOUTEN"),
            ("Afwezig", "J.P. MOLENWEG"), ("Verslag", "secretariaat MT")]),
    ("h", "1. Mededelingen"),
    ("p", "Mevrouw Van der Heijden-Bakker meldt dat minister Van Weel en staatssecretaris Coenradie op "
          "16 december een werkbezoek brengen aan Justid in Den Haag. De Wit bereidt het programma voor."),
    ("h", "2. Achterstanden Woo-verzoeken"),
    ("p", "Visser schetst de stand: 212 openstaande Woo-verzoeken, waarvan 48 ouder dan een jaar. Het CJIB en "
          "de NCTV leveren extra capaciteit. Öztürk stelt voor de lakvoorziening in iBabs te laten testen. "
          "Schouten wijst op de uitspraak van de Raad van State van 5 juni 2024."),
    ("h", "3. Acties"),
    ("table", ["Nr", "Actie", "Actiehouder", "Deadline"], [
        ["24-41", "Programma werkbezoek Justid", "TdW", "9 december 2024"],
        ["24-42", "Plan van aanpak achterstanden Woo", "SVi / AMÖ", "13 januari 2025"],
        ["24-43", "Toets lakvoorziening iBabs", "AMÖ", "20 januari 2025"],
        ["24-44", "Notitie jurisprudentie Raad van State", "LS", "13 januari 2025"],
        ["24-45", "Terugkoppeling begroting 2025", "JPM", "nader te bepalen"]]),
    ("p", "Actie 24-45 is overgedragen omdat de heer Molenweg afwezig was. Akkoord vz: WvdHB."),
], redact=[
    PER("W.J. van der Heijden-Bakker", "VAN DER HEIJDEN-BAKKER", "Van der Heijden-Bakker"),
    R("PARAPH", "WvdHB", "WvdHB"),
    PER("T. de Wit", "T. DE WIT", "De Wit"), R("PARAPH", "TdW", "TdW"),
    PER("S. Visser", "S. VISSER", "Visser"), R("PARAPH", "SVi", "SVi"),
    PER("A.M. Öztürk", "A.M. ÖZTÜRK", "Öztürk"), R("PARAPH", "AMÖ", "AMÖ"),
    PER("L. Schouten", "L. SCHOUTEN", "Schouten"), R("PARAPH", "LS", "LS"),
    PER("J.P. Molenweg", "J.P. MOLENWEG", "Molenweg"), R("PARAPH", "JPM", "JPM"),
], keep=[
    K("OFFICIAL", "David van Weel (minister JenV)", "minister Van Weel"),
    K("OFFICIAL", "Ingrid Coenradie (staatssecretaris JenV)", "staatssecretaris Coenradie"),
    K("ORG", "Ministerie van Justitie en Veiligheid"), K("ORG", "Justid"), K("ORG", "CJIB"), K("ORG", "NCTV"),
    K("ORG", "Raad van State"), K("PRODUCT", "iBabs"), K("PLACE", "Den Haag"),
    K("TERM", "Woo-verzoeken"), K("TERM", "lakvoorziening"), K("TITLE", "secretariaat MT"),
    K("DATE", "2 december 2024"), K("DATE", "13 januari 2025"), K("KENMERK", "24-43"),
]))

# ------------------------------------------------------------------------------------------
# 07 Woo-besluit Rijkswaterstaat with inventory list, docx
# ------------------------------------------------------------------------------------------
add(Doc("n07_woo_besluit_rws_a12", "docx", "Besluit Woo-verzoek A12 Ede-Grijsoord", [
    ("letterhead", ["Rijkswaterstaat", "Ministerie van Infrastructuur en Waterstaat"]),
    ("side", ["*Rijkswaterstaat Oost-Nederland", "Gildemeestersplein 1", "3526 KV Utrecht", "Postbus 2232",
              "3500 GE Utrecht", "", "*Contact", "Team Woo", "woo-on@rws.nl", "T 0800 8002", "", "*Zaaknummer",
              "RWS-2023/41877"]),
    ("kv", [("Aan", "De heer T.W. Bruinsma"), ("Van", "Nadia Bouzid"), ("Datum", "27 juli 2023"),
            ("Behandeld door", "N. Bouzid, juridisch adviseur"),
            ("Onderwerp", "Besluit op uw verzoek om informatie over de A12 Ede-Grijsoord")]),
    ("p", "Geachte heer Bruinsma,"),
    ("p", "U heeft op 6 april 2023 als verslaggever van Omroep Gelderland een verzoek gedaan op grond van de Wet "
          "open overheid. Uw verzoek gaat over de MIRT-verkenning A12 Ede-Grijsoord en het overleg met ProRail "
          "over het spoorviaduct bij Ede-Wageningen."),
    ("h", "Gevonden documenten"),
    ("table", ["Nr", "Datum", "Omschrijving", "Beoordeling", "Grond"], [
        ["1", "03-02-2023", "E-mail van N. Bouzid aan projectteam A12", "deels openbaar", "5.1.2e"],
        ["2", "14-02-2023", "Verslag omgevingsoverleg Ede", "deels openbaar", "5.1.2e"],
        ["3", "01-03-2023", "Memo W. van Dijk-Kaya over planning", "deels openbaar", "5.1.2e, 5.2.1"],
        ["4", "20-03-2023", "Brief gemeente Ede aan minister Harbers", "openbaar", "-"],
        ["5", "28-03-2023", "Notitie ProRail spoorviaduct", "niet openbaar", "5.1.1c"]]),
    ("h", "Overwegingen"),
    ("p", "De namen van medewerkers van Rijkswaterstaat en ProRail, zoals de opsteller van document 3, "
          "mevrouw Van Dijk-Kaya, maak ik niet openbaar. Ook het mobiele nummer van de omgevingsmanager, "
          "Jasper Kuijpers (06-21907734), en het e-mailadres w.vandijkkaya@rws.nl zijn gelakt. De naam van minister Harbers en "
          "die van de wethouder van Ede blijven leesbaar. De heer Kuijpers was ook bij het overleg van document 2."),
    ("p", "Document 5 bevat bedrijfsgegevens die ProRail vertrouwelijk heeft verstrekt (artikel 5.1, eerste lid, "
          "onder c, Woo)."),
    ("h", "Publicatie"),
    ("p", "De documenten worden ook gepubliceerd op open.overheid.nl. Vragen kunt u stellen via woo-on@rws.nl "
          "of via 0800 8002 (gratis)."),
    ("lines", ["Met vriendelijke groet,", "", "De minister van Infrastructuur en Waterstaat,", "namens deze,",
               "de hoofdingenieur-directeur Rijkswaterstaat Oost-Nederland,", "", "Nadia Bouzid",
               "juridisch adviseur (i.o.)"]),
], redact=[
    PER("T.W. Bruinsma", "T.W. Bruinsma", "Bruinsma"),
    PER("Nadia Bouzid", "Nadia Bouzid", "N. Bouzid", "Bouzid"),
    PER("W. van Dijk-Kaya", "W. van Dijk-Kaya", "Van Dijk-Kaya"),
    PER("Jasper Kuijpers", "Jasper Kuijpers", "Kuijpers"), R("PHONE_NUMBER", "06-21907734"),
    R("EMAIL_ADDRESS", "w.vandijkkaya@rws.nl"),
], keep=[
    K("OFFICIAL", "Mark Harbers (minister IenW)", "minister Harbers"),
    K("ORG", "Rijkswaterstaat"), K("ORG", "ProRail"), K("ORG", "Omroep Gelderland"),
    K("ORG", "Ministerie van Infrastructuur en Waterstaat"),
    K("PROGRAMME", "MIRT-verkenning A12 Ede-Grijsoord", "MIRT-verkenning"), K("TERM", "A12"),
    K("PLACE", "Ede-Wageningen"), K("PLACE", "Ede"),
    K("GOV_ADDRESS", "Gildemeestersplein 1"), K("GOV_ADDRESS", "Postbus 2232"),
    K("FUNCTIONAL_EMAIL", "woo-on@rws.nl"), K("SERVICE_NUMBER", "0800 8002"), K("URL", "open.overheid.nl"),
    K("TERM", "deels openbaar"), K("TERM", "5.1.2e"), K("KENMERK", "RWS-2023/41877"),
    K("TITLE", "juridisch adviseur"), K("TITLE", "omgevingsmanager"), K("DATE", "27 juli 2023"),
], author="N. Bouzid"))

# ------------------------------------------------------------------------------------------
# 08 e-mail thread about a subsidy, functional mailboxes, non-ASCII local parts, html
# ------------------------------------------------------------------------------------------
add(Doc("n08_mailwisseling_subsidie_erfgoed", "html", "RE: Aanvraag subsidie tentoonstelling", [
    ("lines", ["*Van: Sanne Kartosen <sanne.kartosen@minocw.nl>", "Verzonden: maandag 6 maart 2023 09:12",
               "Aan: subsidies@minocw.nl", "CC: Zoë de Graaf <zoë.degraaf@minocw.nl>",
               "Onderwerp: RE: Aanvraag subsidie tentoonstelling Anne Frank Huis en Jan des Bouvrie Stichting"]),
    ("p", "Beste collega's van het subsidieloket,"),
    ("p", "Hierbij de twee aanvragen voor de regeling Tijdelijke tentoonstellingen 2023. Het Anne Frank Huis "
          "vraagt € 145.000 voor de reizende tentoonstelling; de Jan des Bouvrie Stichting vraagt € 38.500 voor een "
          "expositie over interieurontwerp. Zoë heeft beide aanvragen inhoudelijk getoetst. Het advies van de "
          "Raad voor Cultuur en het Mondriaan Fonds zit in de bijlage."),
    ("p", "Graag een registratienummer per aanvraag, dan kan ik de beschikkingen voorbereiden voor minister "
          "Dijkgraaf."),
    ("lines", ["Met vriendelijke groet,", "", "Sanne Kartosen", "Beleidsmedewerker Erfgoed",
               "Directie Erfgoed en Kunsten", "Ministerie van Onderwijs, Cultuur en Wetenschap",
               "Rijnstraat 50 | 2515 XP Den Haag", "M 06-51278834"]),
    ("lines", ["*Van: subsidies@minocw.nl", "Verzonden: vrijdag 3 maart 2023 17:40",
               "Aan: Sanne Kartosen <sanne.kartosen@minocw.nl>",
               "Onderwerp: Aanvraag subsidie tentoonstelling"]),
    ("p", "Beste Sanne,"),
    ("p", "Wij ontvingen van de Jan des Bouvrie Stichting een aanvraag via info@jandesbouvriestichting.nl. De "
          "contactpersoon daar is Willemijn Sprenger-Oudshoorn (directeur), bereikbaar op +31 (0)6 14 72 93 58. "
          "Mevrouw Sprenger-Oudshoorn vraagt of de aanvraag ook onder de Erfgoedwet valt. Kun jij dat met Zoë "
          "afstemmen? De Rijksdienst voor het Cultureel Erfgoed in Amersfoort heeft al gereageerd."),
    ("p", "Groet,"),
    ("lines", ["Team Subsidies OCW", "subsidies@minocw.nl | 070 412 3456 (algemeen nummer subsidieloket)"]),
    ("lines", ["*Van: Zoë de Graaf", "Verzonden: vrijdag 3 maart 2023 18:05", "Aan: Sanne Kartosen",
               "Onderwerp: RE: Aanvraag subsidie tentoonstelling"]),
    ("p", "Hoi Sanne, prima, ik bel mevrouw Sprenger-Oudshoorn maandag. Mijn nieuwe vaste nummer is "
          "070 412 8873. Zoë"),
], redact=[
    PER("Sanne Kartosen", "Sanne Kartosen", "Sanne", "Kartosen"),
    R("EMAIL_ADDRESS", "sanne.kartosen@minocw.nl"),
    R("PHONE_NUMBER", "06-51278834"),
    PER("Zoë de Graaf", "Zoë de Graaf", "Zoë"),
    R("EMAIL_ADDRESS", "zoë.degraaf@minocw.nl"),
    R("PHONE_NUMBER", "070 412 8873"),
    PER("Willemijn Sprenger-Oudshoorn", "Willemijn Sprenger-Oudshoorn", "Sprenger-Oudshoorn"),
    R("PHONE_NUMBER", "+31 (0)6 14 72 93 58"),
], keep=[
    K("OFFICIAL", "Robbert Dijkgraaf (minister OCW)", "minister Dijkgraaf"),
    K("ORG", "Anne Frank Huis"), K("ORG", "Jan des Bouvrie Stichting"), K("ORG", "Raad voor Cultuur"),
    K("ORG", "Mondriaan Fonds"), K("ORG", "Rijksdienst voor het Cultureel Erfgoed"),
    K("ORG", "Ministerie van Onderwijs, Cultuur en Wetenschap"), K("ORG", "Team Subsidies OCW"),
    K("LAW", "Erfgoedwet"), K("PLACE", "Amersfoort"), K("GOV_ADDRESS", "Rijnstraat 50"),
    K("FUNCTIONAL_EMAIL", "subsidies@minocw.nl"), K("FUNCTIONAL_EMAIL", "info@jandesbouvriestichting.nl"),
    K("SERVICE_NUMBER", "070 412 3456"), K("AMOUNT", "€ 145.000", "145.000"), K("AMOUNT", "€ 38.500", "38.500"),
    K("TITLE", "Beleidsmedewerker Erfgoed"), K("TITLE", "directeur"),
    K("PROGRAMME", "Tijdelijke tentoonstellingen 2023"),
]))

# ------------------------------------------------------------------------------------------
# 09 nota on answering Kamervragen; office holders vs civil servants with the same surname, reportlab
# ------------------------------------------------------------------------------------------
add(Doc("n09_nota_kamervragen_jenv", "rl", "Nota beantwoording Kamervragen cybercrime", [
    ("letterhead", ["Ministerie van Justitie en Veiligheid", "Directoraat-Generaal Politie en Veiligheidsregio's"]),
    ("side", ["*Directie Cybercrime", "Turfmarkt 147", "2511 DP Den Haag", "", "*Contactpersoon", "Ayşe Kılıç",
              "T 06 1482 7739", "ayse.kilic@minjenv.nl", "", "*Datum", "12 juni 2023", "", "*Kenmerk", "4589123"]),
    ("kv", [("Aan", "de minister van Justitie en Veiligheid"), ("Van", "Anouk Brouwer"),
            ("Opgesteld door", "Ayşe Kılıç, Femke Rutte"), ("Kopie aan", "SG, pDGPolV, DCOM"),
            ("Onderwerp", "Beantwoording Kamervragen over ransomware bij gemeenten")]),
    ("title", "Beantwoording Kamervragen ransomware bij gemeenten"),
    ("h", "Aanleiding"),
    ("p", "Het lid Van Nispen (SP) en het lid Eerdmans (JA21) hebben op 22 mei 2023 vragen gesteld over "
          "ransomware-aanvallen op gemeenten. Kamerlid Omtzigt heeft in het debat van 25 mei 2023 aanvullende "
          "vragen gesteld over de rol van het NCSC."),
    ("h", "Geadviseerd besluit"),
    ("p", "Aan minister Yeşilgöz-Zegerius wordt gevraagd de bijgevoegde antwoorden te ondertekenen. De "
          "antwoorden zijn afgestemd met het ministerie van BZK en met de VNG. Minister-president Rutte is via "
          "het ministerie van AZ geïnformeerd."),
    ("h", "Toelichting"),
    ("p", "De conceptantwoorden zijn opgesteld door Femke Rutte (beleidsmedewerker cybercrime) en juridisch "
          "getoetst door Ayşe. Mevrouw Kılıç heeft contact gehad met het Digital Trust Center en met de "
          "Informatiebeveiligingsdienst (IBD)."),
    ("p", "In vraag 4 wordt gevraagd naar het standpunt van minister Hoekstra over internationale "
          "samenwerking. BZ heeft laten weten dat die vraag door JenV kan worden beantwoord."),
    ("h", "Krachtenveld"),
    ("p", "De VNG steunt de lijn; Anouk heeft dit met de VNG afgestemd. Het lid Eerdmans zal naar verwachting een motie indienen."),
    ("h", "Paraaf"),
    ("table", ["Naam", "Functie", "Paraaf", "Datum"], [
        ["A. Brouwer", "afdelingshoofd", "AB", "9-6-2023"],
        ["A. Kılıç", "senior jurist", "AK", "8-6-2023"],
        ["F. Rutte", "beleidsmedewerker", "FR", "8-6-2023"]]),
], redact=[
    PER("Anouk Brouwer", "Anouk Brouwer", "A. Brouwer", "Anouk"), R("PARAPH", "AB", "AB"),
    PER("Ayşe Kılıç", "Ayşe Kılıç", "Ayşe", "Kılıç", "A. Kılıç"), R("PARAPH", "AK", "AK"),
    R("PHONE_NUMBER", "06 1482 7739"), R("EMAIL_ADDRESS", "ayse.kilic@minjenv.nl"),
    PER("Femke Rutte", "Femke Rutte", "F. Rutte"), R("PARAPH", "FR", "FR"),
], keep=[
    K("OFFICIAL", "Dilan Yeşilgöz-Zegerius (minister JenV)", "minister Yeşilgöz-Zegerius", "Yeşilgöz-Zegerius"),
    K("OFFICIAL", "Mark Rutte (minister-president)", "Minister-president Rutte"),
    K("OFFICIAL", "Michiel van Nispen (Kamerlid)", "lid Van Nispen"),
    K("OFFICIAL", "Joost Eerdmans (Kamerlid)", "Eerdmans"),
    K("OFFICIAL", "Pieter Omtzigt (Kamerlid)", "Kamerlid Omtzigt"),
    K("OFFICIAL", "Wopke Hoekstra (minister BuZa)", "minister Hoekstra"),
    K("ORG", "Ministerie van Justitie en Veiligheid"), K("ORG", "NCSC"), K("ORG", "VNG"), K("ORG", "BZK"),
    K("ORG", "Digital Trust Center"), K("ORG", "Informatiebeveiligingsdienst"), K("ORG", "SP"), K("ORG", "JA21"),
    K("ORG", "JenV"), K("TERM", "ransomware"), K("GOV_ADDRESS", "Turfmarkt 147"), K("DATE", "12 juni 2023"),
    K("TITLE", "senior jurist"), K("TITLE", "afdelingshoofd"), K("KENMERK", "4589123"),
], author="Femke Rutte"))

# ------------------------------------------------------------------------------------------
# 10 minutes of a residents' evening, gemeente Zwolle, docx
# ------------------------------------------------------------------------------------------
add(Doc("n10_verslag_bewonersavond_zwolle", "docx", "Verslag bewonersavond Spoorzone Zwolle", [
    ("letterhead", ["Gemeente Zwolle", "Programma Spoorzone"]),
    ("kv", [("Bijeenkomst", "Bewonersavond herinrichting Spoorzone"), ("Datum", "21 november 2024"),
            ("Locatie", "Stadkantoor, Lübeckplein 2, Zwolle"), ("Verslag", "Gerrit-Jan Hofstede")]),
    ("title", "Verslag bewonersavond herinrichting Spoorzone"),
    ("h", "Aanwezig namens de gemeente"),
    ("p", "Burgemeester Snijders (opening), wethouder Monique Schuttenbeld "
          "(mobiliteit), projectleider Baukje Visser, omgevingsmanager Gerrit-Jan Hofstede (verslag)."),
    ("h", "1. Opening"),
    ("p", "Burgemeester Snijders heet de ongeveer 80 aanwezigen welkom. Hij benadrukt dat de gemeente samen "
          "met ProRail en de provincie Overijssel werkt aan het plan."),
    ("h", "2. Presentatie"),
    ("p", "Projectleider Visser licht het ontwerp toe. De fietsenstalling komt aan de oostzijde; de busbaan "
          "blijft. Vragen kunnen naar spoorzone@zwolle.nl of via het algemene nummer 14 038."),
    ("h", "3. Vragen van bewoners"),
    ("ul", ["Mevrouw Bakker (Molenweg 27) vraagt wanneer de geluidsschermen komen. De bakker op de hoek "
            "vreest voor minder klanten.",
            "De heer Kok vraagt of zijn oprit bereikbaar blijft. Hij geeft zijn telefoonnummer, 038 636 7465, "
            "voor een afspraak.",
            "Mevrouw Visser-de Boer (Assendorperstraat 118a) meldt trillingen. Zij is bereikbaar via "
            "h.visserdeboer@ziggo.nl of 06 2218 4470.",
            "De heer Yusuf Demirtaş vraagt namens de huurders van deltaWonen om een aparte avond."]),
    ("p", "Wethouder Schuttenbeld zegt een aparte avond voor huurders toe. Baukje neemt contact op met de heer "
          "Demirtaş."),
    ("h", "4. Afspraken"),
    ("table", ["Afspraak", "Wie", "Wanneer"], [
        ["Planning geluidsschermen publiceren", "BV", "januari 2025"],
        ["Bereikbaarheid opritten Molenweg", "GJH", "december 2024"],
        ["Huurdersavond met deltaWonen", "BV", "februari 2025"]]),
    ("small", "Dit verslag wordt gepubliceerd op zwolle.nl/spoorzone. Persoonsgegevens van bewoners worden "
              "voor publicatie verwijderd."),
], redact=[
    PER("Gerrit-Jan Hofstede", "Gerrit-Jan Hofstede"), R("PARAPH", "GJH", "GJH"),
    PER("Baukje Visser", "Baukje Visser", "Baukje", "Visser"), R("PARAPH", "BV", "BV"),
    PER("mevrouw Bakker (bewoner)", "Bakker"),
    R("ADDRESS", "Molenweg 27", "Molenweg 27"),
    PER("de heer Kok (bewoner)", "Kok"), R("PHONE_NUMBER", "038 636 7465"),
    PER("mevrouw Visser-de Boer (bewoner)", "Visser-de Boer"),
    R("ADDRESS", "Assendorperstraat 118a", "Assendorperstraat 118a"),
    R("EMAIL_ADDRESS", "h.visserdeboer@ziggo.nl"), R("PHONE_NUMBER", "06 2218 4470"),
    PER("Yusuf Demirtaş", "Yusuf Demirtaş", "Demirtaş"),
], keep=[
    K("OFFICIAL", "Peter Snijders (burgemeester Zwolle)", "Burgemeester Snijders"),
    K("OFFICIAL", "wethouder Schuttenbeld", "wethouder Monique Schuttenbeld", "Wethouder Schuttenbeld"),
    K("ORG", "Gemeente Zwolle"), K("ORG", "ProRail"), K("ORG", "provincie Overijssel"), K("ORG", "deltaWonen"),
    K("PROGRAMME", "Spoorzone"), K("GOV_ADDRESS", "Lübeckplein 2"),
    K("FUNCTIONAL_EMAIL", "spoorzone@zwolle.nl"), K("SERVICE_NUMBER", "14 038"), K("URL", "zwolle.nl/spoorzone"),
    K("TERM", "bakker op de hoek"), K("TITLE", "omgevingsmanager"), K("DATE", "21 november 2024"),
    K("STREET_AS_PLACE", "opritten Molenweg"),
]))

# ------------------------------------------------------------------------------------------
# 11 nota to the staatssecretaris of Finance with routing/paraph table, reportlab
# ------------------------------------------------------------------------------------------
add(Doc("n11_nota_financien_box3", "rl", "Nota rechtsherstel box 3", [
    ("letterhead", ["Ministerie van Financiën", "Directoraat-Generaal Fiscale Zaken"]),
    ("side", ["*Directie Directe Belastingen", "Korte Voorhout 7", "2511 CW Den Haag", "Postbus 20201",
              "2500 EE Den Haag", "", "*Inlichtingen", "Jelle Bouma", "T 0031 6 4812 3390", "", "Piotr Kowalczyk",
              "T +31 (0)70 342 8817", "p.kowalczyk@minfin.nl", "", "*Notanummer", "2024-0000098765"]),
    ("kv", [("Aan", "de staatssecretaris van Financiën - Fiscaliteit en Belastingdienst"), ("Van", "Jelle Bouma"),
            ("Datum", "4 maart 2024"), ("Onderwerp", "Rechtsherstel box 3: uitvoeringsplanning")]),
    ("title", "Nota rechtsherstel box 3"),
    ("h", "Aanleiding"),
    ("p", "Na het arrest van de Hoge Raad van 6 juni 2024 moet de Belastingdienst het rechtsherstel in box 3 "
          "uitbreiden. U heeft staatssecretaris Van Rij op 1 februari gevraagd om een planning. Het lid Grinwis "
          "(ChristenUnie) heeft hierover schriftelijke vragen gesteld."),
    ("h", "Advies"),
    ("p", "Wij adviseren u in te stemmen met de planning in bijlage 1 en de Tweede Kamer te informeren via de "
          "Voortgangsrapportage box 3. Burgers met vragen kunnen terecht bij de BelastingTelefoon, 0800-0543."),
    ("h", "Toelichting"),
    ("p", "De uitvoeringstoets is gedaan door Tsjitske Wiersma (Belastingdienst, directie Particulieren) en "
          "Piotr Kowalczyk. Tsjitske en Jelle geven aan dat de systemen pas in 2026 zijn aangepast. Kowalczyk heeft de "
          "budgettaire gevolgen berekend: ongeveer € 4,7 miljard over 2017-2023. Ook de Dienst Toeslagen is "
          "geconsulteerd."),
    ("p", "Het conceptwetsvoorstel Wet tegenbewijsregeling box 3 gaat in april in internetconsultatie."),
    ("h", "Routing"),
    ("table", ["Naam", "Functie", "Paraaf", "Datum"], [
        ["Jelle Bouma", "plv. directeur Directe Belastingen", "JB", "01-03-2024"],
        ["Ingrid Nijboer", "MT-lid Belastingdienst", "IN", "29-02-2024"],
        ["Tsjitske Wiersma", "projectleider uitvoering", "TW", "28-02-2024"],
        ["Piotr Kowalczyk", "beleidsmedewerker", "PK", "28-02-2024"]]),
    ("h", NIET_OPENBAAR),
    ("p", "Persoonsgegevens van ambtenaren, artikel 5.1 lid 2 sub e Woo. Motivering: volgt."),
], redact=[
    PER("Jelle Bouma", "Jelle Bouma", "Jelle"), R("PARAPH", "JB", "JB"), R("PHONE_NUMBER", "0031 6 4812 3390"),
    PER("Piotr Kowalczyk", "Piotr Kowalczyk", "Kowalczyk"), R("PARAPH", "PK", "PK"),
    R("PHONE_NUMBER", "+31 (0)70 342 8817"), R("EMAIL_ADDRESS", "p.kowalczyk@minfin.nl"),
    PER("Tsjitske Wiersma", "Tsjitske Wiersma", "Tsjitske"), R("PARAPH", "TW", "TW"),
    PER("Ingrid Nijboer", "Ingrid Nijboer"), R("PARAPH", "IN", "IN"),
], keep=[
    K("OFFICIAL", "Marnix van Rij (staatssecretaris Financiën)", "staatssecretaris Van Rij"),
    K("OFFICIAL", "Pieter Grinwis (Kamerlid)", "lid Grinwis"),
    K("ORG", "Ministerie van Financiën"), K("ORG", "Belastingdienst"), K("ORG", "Hoge Raad"),
    K("ORG", "Dienst Toeslagen"), K("ORG", "ChristenUnie"), K("ORG", "BelastingTelefoon"),
    K("SERVICE_NUMBER", "0800-0543"), K("GOV_ADDRESS", "Korte Voorhout 7"), K("GOV_ADDRESS", "Postbus 20201"),
    K("LAW", "Wet tegenbewijsregeling box 3"), K("TERM", "box 3"), K("TERM", "rechtsherstel"),
    K("AMOUNT", "€ 4,7 miljard", "4,7 miljard"), K("KENMERK", "2024-0000098765"),
    K("TITLE", "plv. directeur Directe Belastingen"), K("TITLE", "projectleider uitvoering"),
    K("DATE", "4 maart 2024"),
], author="Jelle Bouma"))

# ------------------------------------------------------------------------------------------
# 12 Woo-besluit gemeente Valkenburg aan de Geul (the place), html
# ------------------------------------------------------------------------------------------
add(Doc("n12_woo_besluit_valkenburg_aan_de_geul", "html", "Besluit Woo-verzoek Kerststad", [
    ("letterhead", ["Gemeente Valkenburg aan de Geul", "Team Juridische Zaken", "Postbus 998, 6300 AZ Valkenburg"]),
    ("lines", ["Mevrouw J.M.H. Lemmens-Pluijmakers", "Daalhemerweg 58", "6325 AB  Berg en Terblijt"]),
    ("kv", [("Datum", "15 januari 2024"), ("Zaaknummer", "Z/23/118420"), ("Behandeld door", "Roel Hermans"),
            ("Telefoon", "043 609 8917"), ("E-mail", "r.hermans@valkenburg.nl"),
            ("Onderwerp", "Besluit op uw Woo-verzoek over de Kerststad")]),
    ("p", "Geachte mevrouw Lemmens-Pluijmakers,"),
    ("p", "Op 20 november 2023 ontvingen wij uw verzoek op grond van de Wet open overheid over de vergunningen "
          "voor de kerstmarkten in de Gemeentegrot en de Fluweelengrot tijdens Kerststad Valkenburg 2023."),
    ("h", "Besluit"),
    ("p", "Het college van burgemeester en wethouders van Valkenburg aan de Geul besluit uw verzoek deels toe te "
          "wijzen. De evenementenvergunning, de adviezen van de Veiligheidsregio Zuid-Limburg en de "
          "correspondentie met burgemeester Prevoo worden openbaar gemaakt."),
    ("p", "Namen en contactgegevens van medewerkers van de gemeente en van de organisator worden niet openbaar "
          "gemaakt. Het gaat onder meer om de toezichthouder, de heer Anouar Ziani, en om de contactpersoon van de "
          "organisator, mevrouw Esther Vluggen (06-47281930). Mevrouw Vluggen heeft geen bezwaar gemaakt tegen openbaarmaking van de vergunning."),
    ("h", "Vragen"),
    ("p", "Neem contact op met Roel Hermans of met het klantcontactcentrum via het algemene nummer 14 043 of "
          "info@valkenburg.nl. Bezwaar maakt u binnen zes weken bij het college, Postbus 998, 6300 AZ Valkenburg."),
    ("lines", ["Met vriendelijke groet,", "", "het college van burgemeester en wethouders van Valkenburg aan de Geul,",
               "namens dezen,", "", "R. Hermans", "jurist informatieverzoeken"]),
], redact=[
    PER("J.M.H. Lemmens-Pluijmakers", "J.M.H. Lemmens-Pluijmakers", "Lemmens-Pluijmakers"),
    R("ADDRESS", "Daalhemerweg 58, 6325 AB Berg en Terblijt", "Daalhemerweg 58", "6325 AB"),
    PER("Roel Hermans", "Roel Hermans", "R. Hermans"), R("PHONE_NUMBER", "043 609 8917"),
    R("EMAIL_ADDRESS", "r.hermans@valkenburg.nl"),
    PER("Anouar Ziani", "Anouar Ziani"),
    PER("Esther Vluggen", "Esther Vluggen", "Vluggen"), R("PHONE_NUMBER", "06-47281930"),
], keep=[
    K("PLACE", "Valkenburg aan de Geul"), K("PLACE", "Valkenburg"),
    K("OFFICIAL", "Daan Prevoo (burgemeester)", "burgemeester Prevoo"),
    K("ORG", "Veiligheidsregio Zuid-Limburg"), K("ORG", "Gemeente Valkenburg aan de Geul"),
    K("EVENT", "Kerststad Valkenburg 2023"), K("PLACE", "Gemeentegrot"), K("PLACE", "Fluweelengrot"),
    K("LAW", "Wet open overheid"), K("GOV_ADDRESS", "Postbus 998"), K("GOV_ADDRESS", "6300 AZ"),
    K("SERVICE_NUMBER", "14 043"), K("FUNCTIONAL_EMAIL", "info@valkenburg.nl"), K("KENMERK", "Z/23/118420"),
    K("TITLE", "jurist informatieverzoeken"), K("TITLE", "toezichthouder"), K("DATE", "15 januari 2024"),
]))

# ------------------------------------------------------------------------------------------
# 13 RIVM memo; a civil servant called Valkenburg; Bilthoven, html
# ------------------------------------------------------------------------------------------
add(Doc("n13_memo_rivm_surveillance", "html", "Memo surveillance luchtweginfecties", [
    ("letterhead", ["Rijksinstituut voor Volksgezondheid en Milieu", "Centrum Infectieziektebestrijding"]),
    ("side", ["*RIVM", "Antonie van Leeuwenhoeklaan 9", "3721 MA Bilthoven", "Postbus 1", "3720 BA Bilthoven",
              "T 030 274 9111 (algemeen)", "", "*Auteur", "dr. Erik Valkenburg", "T 030 274 2816",
              "erik.valkenburg@rivm.nl"]),
    ("kv", [("Aan", "de minister van Volksgezondheid, Welzijn en Sport"), ("Van", "dr. Erik Valkenburg"),
            ("Kopie aan", "Priya Jagesar-Ramsaran, W.F. van Lynden tot Oldenhove"), ("Datum", "30 oktober 2024"),
            ("Onderwerp", "Opschaling surveillance luchtweginfecties winter 2024-2025")]),
    ("title", "Memo opschaling surveillance luchtweginfecties"),
    ("h", "Samenvatting"),
    ("p", "Het RIVM stelt voor de rioolwatersurveillance en de huisartsenpeilstations in Bilthoven en "
          "omgeving uit te breiden. Minister Agema heeft in het commissiedebat van 9 oktober 2024 gevraagd om "
          "een Early Warning Dashboard dat ook GGD'en kunnen gebruiken."),
    ("h", "Voorstel"),
    ("ul", ["Uitbreiding van 40 naar 60 peilstations (Nivel).",
            "Koppeling met het Osiris-meldsysteem en het Dashboard Luchtweginfecties.",
            "Samenwerking met GGD Hollands Midden en GGD regio Utrecht."]),
    ("p", "Dr. Valkenburg coördineert het voorstel. Priya Jagesar-Ramsaran (data-analist) heeft de modellen "
          "gemaakt; mevrouw Jagesar-Ramsaran is bereikbaar via p.jagesar@rivm.nl. Jonkheer Van Lynden tot "
          "Oldenhove heeft de financiële paragraaf opgesteld."),
    ("h", "Financiën"),
    ("p", "De kosten bedragen € 2,3 miljoen per jaar. Dekking binnen het budget van het Centrum "
          "Infectieziektebestrijding is niet mogelijk. Erik stemt dit af met VWS."),
    ("small", "Pers: woordvoering via het RIVM-persbureau, 030 274 2000 of persvoorlichting@rivm.nl."),
], redact=[
    PER("Erik Valkenburg", "Erik Valkenburg", "Valkenburg", "Erik"),
    R("PHONE_NUMBER", "030 274 2816"), R("EMAIL_ADDRESS", "erik.valkenburg@rivm.nl"),
    PER("Priya Jagesar-Ramsaran", "Priya Jagesar-Ramsaran", "Jagesar-Ramsaran"),
    R("EMAIL_ADDRESS", "p.jagesar@rivm.nl"),
    PER("W.F. van Lynden tot Oldenhove", "W.F. van Lynden tot Oldenhove", "Van Lynden tot Oldenhove"),
], keep=[
    K("OFFICIAL", "Fleur Agema (minister VWS)", "Minister Agema"),
    K("ORG", "Rijksinstituut voor Volksgezondheid en Milieu"), K("ORG", "RIVM"), K("ORG", "Nivel"),
    K("ORG", "GGD Hollands Midden"), K("ORG", "GGD regio Utrecht"), K("ORG", "VWS"),
    K("ORG", "Centrum Infectieziektebestrijding"), K("PLACE", "Bilthoven"),
    K("GOV_ADDRESS", "Antonie van Leeuwenhoeklaan 9"), K("GOV_ADDRESS", "Postbus 1"),
    K("SERVICE_NUMBER", "030 274 9111"), K("SERVICE_NUMBER", "030 274 2000"),
    K("FUNCTIONAL_EMAIL", "persvoorlichting@rivm.nl"), K("PRODUCT", "Early Warning Dashboard"),
    K("PRODUCT", "Osiris-meldsysteem"), K("TERM", "rioolwatersurveillance"), K("AMOUNT", "€ 2,3 miljoen", "2,3 miljoen"),
    K("TITLE", "data-analist"), K("DATE", "30 oktober 2024"),
]))

# ------------------------------------------------------------------------------------------
# 14 letter from Dienst Toeslagen: invalid BSN, IBAN with a typo, home address, reportlab
# ------------------------------------------------------------------------------------------
add(Doc("n14_brief_toeslagen_terugvordering", "rl", "Uw huurtoeslag 2024", [
    ("letterhead", ["Dienst Toeslagen", "Ministerie van Financiën", "Postbus 8050, 7301 GA Apeldoorn"]),
    ("lines", ["De heer S.W. Pinas", "Bijlmerdreef 1133", "1103 TR  AMSTERDAM"]),
    ("kv", [("Datum", "3 juli 2025"), ("Burgerservicenummer", "3091.82.452"), ("Kenmerk", "HT-2024-7718235"),
            ("Behandeld door", "mevrouw C. Soekhlal"), ("Onderwerp", "Herziening huurtoeslag 2024")]),
    ("p", "Geachte heer Pinas,"),
    ("p", "U heeft ons op 12 juni 2025 gevraagd uw huurtoeslag over 2024 opnieuw te berekenen. Wij hebben uw "
          "gegevens bekeken. In deze brief leest u de uitkomst."),
    ("h", "Uw burgerservicenummer"),
    ("p", "Het burgerservicenummer dat u in uw brief noemde (3091.82.452) is niet juist: het nummer voldoet niet "
          "aan de elfproef. Wij hebben uw aanvraag gekoppeld aan het nummer dat bij ons bekend is."),
    ("h", "Uw rekeningnummer"),
    ("p", "U vraagt de nabetaling over te maken op rekening NL66 RABO 0318 4592 67. Dit rekeningnummer is niet "
          "geldig; waarschijnlijk zijn twee cijfers verwisseld. Wij betalen daarom uit op het rekeningnummer dat "
          "al bij ons bekend is, NL66 RABO 0318 4592 76, ten name van S.W. Pinas."),
    ("h", "Uitkomst"),
    ("p", "U krijgt over 2024 € 612 extra huurtoeslag. Dit bedrag staat binnen 5 werkdagen op uw rekening. Uw "
          "huisgenoot, mevrouw Angelique Pinas-Kromodimedjo, hoeft niets te doen."),
    ("h", "Vragen"),
    ("p", "Kijk op toeslagen.nl of bel de BelastingTelefoon: 0800-0543. Wilt u bezwaar maken? Stuur uw brief "
          "binnen 6 weken naar Dienst Toeslagen, Postbus 8050, 7301 GA Apeldoorn."),
    ("lines", ["Met vriendelijke groet,", "", "Dienst Toeslagen", "namens deze,", "",
               "Marjolein Peeters-Ouadghiri", "teamleider Herzieningen"]),
], redact=[
    PER("S.W. Pinas", "S.W. Pinas", "Pinas"),
    R("ADDRESS", "Bijlmerdreef 1133, 1103 TR Amsterdam", "Bijlmerdreef 1133", "1103 TR"),
    R("NL_BSN", "3091.82.452 (fails elfproef)", "3091.82.452"),
    R("IBAN_CODE", "NL66 RABO 0318 4592 67 (typo)", iban("NL66 RABO 0318 4592 67", valid=False)),
    R("IBAN_CODE", "NL66 RABO 0318 4592 76", iban("NL66 RABO 0318 4592 76")),
    PER("C. Soekhlal", "C. Soekhlal"),
    PER("Angelique Pinas-Kromodimedjo", "Angelique Pinas-Kromodimedjo"),
    PER("Marjolein Peeters-Ouadghiri", "Marjolein Peeters-Ouadghiri"),
], keep=[
    K("ORG", "Dienst Toeslagen"), K("ORG", "Ministerie van Financiën"), K("ORG", "BelastingTelefoon"),
    K("GOV_ADDRESS", "Postbus 8050"), K("GOV_ADDRESS", "7301 GA Apeldoorn"), K("SERVICE_NUMBER", "0800-0543"),
    K("URL", "toeslagen.nl"), K("TERM", "huurtoeslag"), K("TERM", "elfproef"), K("AMOUNT", "€ 612", "612"),
    K("KENMERK", "HT-2024-7718235"), K("TITLE", "teamleider Herzieningen"), K("DATE", "3 juli 2025"),
]))
assert not __import__("generate").bsn_ok("309182452")

# ------------------------------------------------------------------------------------------
# 15 GS-nota provincie Utrecht, gedeputeerde and CdK, docx
# ------------------------------------------------------------------------------------------
add(Doc("n15_gs_nota_utrecht_mobiliteit", "docx", "GS-nota Mobiliteitsprogramma", [
    ("letterhead", ["Provincie Utrecht", "Domein Fysieke Leefomgeving"]),
    ("kv", [("Aan", "Gedeputeerde Staten van Utrecht"), ("Van", "Evelien Roosendaal"),
            ("Portefeuillehouder", "gedeputeerde Schaddelee"), ("Datum", "8 september 2022"),
            ("Contactpersoon", "Okke Veldhuizen, 06 - 2871 4409"),
            ("Kopie aan", "mr. H.C. van Rossum-Oudejans (Juridische Zaken)"),
            ("Onderwerp", "Uitvoeringsprogramma Mobiliteit 2023-2026")]),
    ("title", "GS-nota Uitvoeringsprogramma Mobiliteit 2023-2026"),
    ("h", "Voorstel"),
    ("p", "Gedeputeerde Staten besluiten het Uitvoeringsprogramma Mobiliteit 2023-2026 vast te stellen en ter "
          "kennisname aan Provinciale Staten te zenden. Gedeputeerde Schaddelee stelt het programma op "
          "28 september 2022 aan de orde in de commissie Mobiliteit."),
    ("h", "Aanleiding"),
    ("p", "Het programma bevat de investeringen in de Uithoflijn naar het Utrecht Science Park, de fietsroutes "
          "tussen Amersfoort en Veenendaal en de HOV-verbinding naar Nieuwegein. U Ned, het samenwerkingsverband "
          "van Rijk en regio, heeft ingestemd met de planning."),
    ("h", "Bestuurlijke context"),
    ("p", "Commissaris van de Koning Oosters heeft op 1 september 2022 met de burgemeesters van de U10 "
          "gesproken over de bereikbaarheid. Burgemeester Dijksma van Utrecht vroeg daarbij om extra aandacht "
          "voor het stationsgebied."),
    ("h", "Juridische aspecten"),
    ("p", "Mevrouw Van Rossum-Oudejans heeft het programma juridisch getoetst. Zij merkt op dat de "
          "subsidieregeling fiets een aparte statenbrief vraagt. Okke werkt die uit."),
    ("h", "Communicatie"),
    ("p", "Persvragen via het persnummer 030 258 2200. Vragen van inwoners via provincie@provincie-utrecht.nl."),
    ("table", ["Naam", "Functie", "Paraaf", "Datum"], [
        ["E. Roosendaal", "teammanager Mobiliteit", "ER", "6-9-2022"],
        ["O. Veldhuizen", "beleidsadviseur", "OV", "5-9-2022"],
        ["H.C. van Rossum-Oudejans", "jurist", "HvRO", "6-9-2022"]]),
], redact=[
    PER("Evelien Roosendaal", "Evelien Roosendaal", "E. Roosendaal"), R("PARAPH", "ER", "ER"),
    PER("Okke Veldhuizen", "Okke Veldhuizen", "O. Veldhuizen", "Okke"), R("PARAPH", "OV", "OV"),
    R("PHONE_NUMBER", "06 - 2871 4409"),
    PER("H.C. van Rossum-Oudejans", "H.C. van Rossum-Oudejans", "Van Rossum-Oudejans"),
    R("PARAPH", "HvRO", "HvRO"),
], keep=[
    K("OFFICIAL", "Arne Schaddelee (gedeputeerde)", "gedeputeerde Schaddelee", "Gedeputeerde Schaddelee"),
    K("OFFICIAL", "Hans Oosters (CdK Utrecht)", "Commissaris van de Koning Oosters"),
    K("OFFICIAL", "Sharon Dijksma (burgemeester Utrecht)", "Burgemeester Dijksma"),
    K("ORG", "Provincie Utrecht"), K("ORG", "Gedeputeerde Staten"), K("ORG", "Provinciale Staten"),
    K("ORG", "U Ned"), K("ORG", "U10"), K("PLACE", "Utrecht Science Park"), K("PLACE", "Amersfoort"),
    K("PLACE", "Veenendaal"), K("PLACE", "Nieuwegein"), K("TERM", "Uithoflijn"),
    K("PROGRAMME", "Uitvoeringsprogramma Mobiliteit 2023-2026"), K("SERVICE_NUMBER", "030 258 2200"),
    K("FUNCTIONAL_EMAIL", "provincie@provincie-utrecht.nl"), K("TITLE", "teammanager Mobiliteit"),
    K("TITLE", "beleidsadviseur"), K("DATE", "8 september 2022"),
], author="Okke Veldhuizen"))

# ------------------------------------------------------------------------------------------
# 16 report of a committee debate: Kamerleden and ministers vs civil servants, html
# ------------------------------------------------------------------------------------------
add(Doc("n16_verslag_commissiedebat_acute_zorg", "html", "Verslag commissiedebat acute zorg", [
    ("letterhead", ["Ministerie van Volksgezondheid, Welzijn en Sport", "Directie Curatieve Zorg"]),
    ("kv", [("Aan", "minister Kuipers, staatssecretaris Van Ooijen"), ("Van", "Mirjam Schouten"),
            ("Datum", "17 november 2022"), ("Aanwezig namens VWS", "Mirjam Schouten, Rachid Boukhari, "
                                                                  "Nynke Terpstra"),
            ("Onderwerp", "Terugkoppeling commissiedebat acute zorg 16 november 2022")]),
    ("title", "Terugkoppeling commissiedebat acute zorg"),
    ("h", "Hoofdlijnen"),
    ("p", "Het debat werd voorgezeten door Kamerlid Tielen (VVD). Minister Kuipers heeft het Integraal "
          "Zorgakkoord en de spreiding van spoedeisende hulpposten toegelicht."),
    ("h", "Inbreng van de leden"),
    ("ul", ["Het lid Agema (PVV) vroeg naar de sluiting van de SEH in Zuidwest-Drenthe.",
            "Het lid Van der Plas (BBB) pleitte voor een aanrijtijd van 15 minuten in de regio.",
            "Het lid Bontenbal (CDA) vroeg om een regionale toets bij elke sluiting.",
            "Het lid Paternotte (D66) vroeg naar de inzet van de Nederlandse Zorgautoriteit."]),
    ("h", "Toezeggingen"),
    ("table", ["Nr", "Toezegging", "Trekker VWS", "Termijn"], [
        ["1", "Brief over SEH Zuidwest-Drenthe (toezegging aan het lid Agema)", "MS", "voor kerstreces"],
        ["2", "Overzicht aanrijtijden per regio", "RB", "Q1 2023"],
        ["3", "Reactie op motie-Bontenbal", "NT", "Q1 2023"]]),
    ("h", "Vervolg"),
    ("p", "Rachid Boukhari stemt de brief af met de NZa en met Ambulancezorg Nederland. Nynke Terpstra bereidt de "
          "reactie op de motie voor. Mevrouw Schouten houdt de regie en is bereikbaar via "
          "m.schouten@minvws.nl en 06-24589103."),
    ("p", "Nynke is bereikbaar op 06 4820 1975 en via n.terpstra@minvws.nl; Rachid op 070 340 5583."),
    ("p", "Staatssecretaris Van Ooijen heeft geen toezeggingen gedaan."),
], redact=[
    PER("Mirjam Schouten", "Mirjam Schouten", "Schouten"), R("PARAPH", "MS", "MS"),
    R("EMAIL_ADDRESS", "m.schouten@minvws.nl"), R("PHONE_NUMBER", "06-24589103"),
    PER("Rachid Boukhari", "Rachid Boukhari", "Rachid"), R("PARAPH", "RB", "RB"), R("PHONE_NUMBER", "070 340 5583"),
    PER("Nynke Terpstra", "Nynke Terpstra", "Nynke"), R("PARAPH", "NT", "NT"),
    R("PHONE_NUMBER", "06 4820 1975"), R("EMAIL_ADDRESS", "n.terpstra@minvws.nl"),
], keep=[
    K("OFFICIAL", "Ernst Kuipers (minister VWS)", "minister Kuipers", "Minister Kuipers"),
    K("OFFICIAL", "Maarten van Ooijen (staatssecretaris VWS)", "staatssecretaris Van Ooijen",
      "Staatssecretaris Van Ooijen"),
    K("OFFICIAL", "Fleur Agema (Kamerlid)", "Agema"), K("OFFICIAL", "Caroline van der Plas (Kamerlid)", "Van der Plas"),
    K("OFFICIAL", "Henri Bontenbal (Kamerlid)", "Bontenbal"), K("OFFICIAL", "Jan Paternotte (Kamerlid)", "Paternotte"),
    K("OFFICIAL", "Judith Tielen (Kamerlid)", "Kamerlid Tielen"),
    K("ORG", "Nederlandse Zorgautoriteit"), K("ORG", "NZa"), K("ORG", "Ambulancezorg Nederland"),
    K("ORG", "PVV"), K("ORG", "CDA"), K("ORG", "D66"), K("ORG", "VWS"),
    K("PROGRAMME", "Integraal Zorgakkoord"), K("PLACE", "Zuidwest-Drenthe"), K("TERM", "SEH"),
    K("DATE", "17 november 2022"),
]))

# ------------------------------------------------------------------------------------------
# 17 working-group minutes: 'het lid Jansen van de werkgroep' is no public title, reportlab
# ------------------------------------------------------------------------------------------
add(Doc("n17_verslag_werkgroep_toegankelijkheid", "rl", "Verslag werkgroep digitale toegankelijkheid", [
    ("letterhead", ["Interdepartementale werkgroep Digitale toegankelijkheid", "Secretariaat: Logius"]),
    ("kv", [("Datum", "6 februari 2025"), ("Plaats", "Logius, Wilhelmina van Pruisenweg 52, Den Haag"),
            ("Aanwezig", "Marco Jansen (Logius, vz), Pınar Aksoy (BZK), Wang Hui (DUO), Ids Postma (UWV), "
                         "Dewi Kromopawiro (SVB)"),
            ("Verslag", "Ids Postma")]),
    ("title", "Verslag werkgroep Digitale toegankelijkheid"),
    ("h", "1. Stand van zaken WCAG 2.1"),
    ("p", "Het lid Jansen van de werkgroep presenteert de monitor: 61 procent van de websites van het Rijk "
          "voldoet aan WCAG 2.1 niveau AA. Het lid Aksoy merkt op dat de toegankelijkheidsverklaringen op "
          "Digitoegankelijk niet altijd actueel zijn."),
    ("h", "2. DigiD en MijnOverheid"),
    ("p", "Wang Hui meldt dat DUO de inlog via DigiD heeft verbeterd voor schermlezers. De heer Wang stelt voor "
          "de Requirements voor MijnOverheid aan te vullen met eisen voor Bluetooth-brailleleesregels. "
          "Dewi vraagt of de SVB kan aansluiten bij de testronde."),
    ("h", "3. Parlementaire aandacht"),
    ("p", "Het lid Dassen (Volt) heeft Kamervragen gesteld over de toegankelijkheid van overheidsapps. "
          "Staatssecretaris Szabó wil de antwoorden voor 1 maart versturen."),
    ("h", "4. Acties"),
    ("ul", ["Marco levert de monitorcijfers aan BZK (actie MJ).",
            "Pınar stemt de Kamervragen af met de directie Digitale Samenleving (actie PA).",
            "Ids plant de testronde met de SVB en het UWV (actie IP)."]),
    ("p", "Volgende bijeenkomst: 6 maart 2025. Contact: werkgroep-toegankelijkheid@logius.nl."),
], redact=[
    PER("Marco Jansen", "Marco Jansen", "Jansen", "Marco"), R("PARAPH", "MJ", "MJ"),
    PER("Pınar Aksoy", "Pınar Aksoy", "Aksoy", "Pınar"), R("PARAPH", "PA", "PA"),
    PER("Wang Hui", "Wang Hui", "Wang"), PER("Ids Postma", "Ids Postma", "Ids"), R("PARAPH", "IP", "IP"),
    PER("Dewi Kromopawiro", "Dewi Kromopawiro", "Dewi"),
], keep=[
    K("OFFICIAL", "Laurens Dassen (Kamerlid)", "lid Dassen"),
    K("OFFICIAL", "Zsolt Szabó (staatssecretaris BZK)", "Staatssecretaris Szabó"),
    K("ORG", "Logius"), K("ORG", "BZK"), K("ORG", "DUO"), K("ORG", "UWV"), K("ORG", "SVB"), K("ORG", "Volt"),
    K("PRODUCT", "DigiD"), K("PRODUCT", "MijnOverheid"), K("PRODUCT", "Digitoegankelijk"),
    K("TERM", "WCAG 2.1"), K("TERM", "Requirements"), K("TERM", "Bluetooth-brailleleesregels"),
    K("GOV_ADDRESS", "Wilhelmina van Pruisenweg 52"), K("FUNCTIONAL_EMAIL", "werkgroep-toegankelijkheid@logius.nl"),
    K("TERM", "Het lid"), K("DATE", "6 februari 2025"),
]))

# ------------------------------------------------------------------------------------------
# 18 beslisnota SZW (2020), side column with several phone shapes, docx
# ------------------------------------------------------------------------------------------
add(Doc("n18_beslisnota_szw_now", "docx", "Beslisnota verlenging NOW", [
    ("letterhead", ["Ministerie van Sociale Zaken en Werkgelegenheid", "Directie Arbeidsmarkt"]),
    ("side", ["*Bezoekadres", "Parnassusplein 5", "2511 VX Den Haag", "T 070 333 4444 (algemeen)", "",
              "*Contactpersonen", "Jan-Willem Koster", "T 023 7499587", "", "Bo de Vries", "T 057-1978112",
              "bo.devries@minszw.nl", "", "*Kenmerk", "2020-0000154321"]),
    ("kv", [("Aan", "de minister van Sociale Zaken en Werkgelegenheid"),
            ("Van", "drs. Lieke Smit-Evers"),
            ("Datum", "14 augustus 2020"), ("Kopie aan", "staatssecretaris Van Ark"),
            ("Onderwerp", "Verlenging NOW-regeling (NOW 3)")]),
    ("title", "Beslisnota verlenging NOW-regeling"),
    ("h", "Aanleiding"),
    ("p", "De Tijdelijke noodmaatregel overbrugging voor behoud van werkgelegenheid (NOW) loopt op 1 oktober 2020 "
          "af. Minister Koolmees heeft de Kamer toegezegd voor Prinsjesdag een besluit te nemen. Het lid "
          "Gijs van Dijk (PvdA) heeft gevraagd de ontslagboete te handhaven."),
    ("h", "Beslispunten"),
    ("ul", ["Instemmen met een derde tijdvak van negen maanden.",
            "Instemmen met de uitvoering door het UWV en de afstemming met de Belastingdienst.",
            "Kennisnemen van het advies van het CPB."]),
    ("h", "Toelichting"),
    ("p", "Jan-Willem Koster heeft de varianten doorgerekend. Bo de Vries heeft met het UWV afgesproken dat de "
          "aanvraagperiode op 16 november opent. Gijs van der Meulen (FEZ) ziet geen problemen voor de "
          "begroting; de kosten bedragen circa € 6 miljard. De heer Van der Meulen vraagt wel om een aparte nota "
          "van wijziging."),
    ("p", "Acties: aanpassen regeling (JWK), uitvoeringstoets UWV (BdV), budgettaire verwerking (GvdM)."),
    ("h", "Paraaf"),
    ("table", ["Naam", "Functie", "Paraaf", "Datum"], [
        ["L. Smit-Evers", "directeur Arbeidsmarkt", "LSE", "13-08-2020"],
        ["J.W. Koster", "coördinerend beleidsmedewerker", "JWK", "12-08-2020"],
        ["B. de Vries", "beleidsmedewerker", "BdV", "12-08-2020"],
        ["G. van der Meulen", "FEZ", "GvdM", "13-08-2020"]]),
    ("h", NIET_OPENBAAR),
    ("p", "In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd."),
    ("h", "Motivering"),
    ("p", "Artikel 5.1 lid 2 sub e Woo."),
], redact=[
    PER("Lieke Smit-Evers", "Lieke Smit-Evers", "L. Smit-Evers"), R("PARAPH", "LSE", "LSE"),
    PER("Jan-Willem Koster", "Jan-Willem Koster", "J.W. Koster"), R("PARAPH", "JWK", "JWK"),
    R("PHONE_NUMBER", "023 7499587"),
    PER("Bo de Vries", "Bo de Vries", "B. de Vries"), R("PARAPH", "BdV", "BdV"),
    R("PHONE_NUMBER", "057-1978112"), R("EMAIL_ADDRESS", "bo.devries@minszw.nl"),
    PER("Gijs van der Meulen", "Gijs van der Meulen", "G. van der Meulen", "Van der Meulen"),
    R("PARAPH", "GvdM", "GvdM"),
], keep=[
    K("OFFICIAL", "Wouter Koolmees (minister SZW)", "Minister Koolmees"),
    K("OFFICIAL", "Tamara van Ark (staatssecretaris SZW)", "staatssecretaris Van Ark"),
    K("OFFICIAL", "Gijs van Dijk (Kamerlid)", "Gijs van Dijk"),
    K("ORG", "Ministerie van Sociale Zaken en Werkgelegenheid"), K("ORG", "UWV"), K("ORG", "Belastingdienst"),
    K("ORG", "CPB"), K("ORG", "PvdA"), K("ORG", "FEZ"),
    K("LAW", "NOW-regeling"), K("LAW", "Tijdelijke noodmaatregel overbrugging voor behoud van werkgelegenheid"),
    K("GOV_ADDRESS", "Parnassusplein 5"), K("SERVICE_NUMBER", "070 333 4444"), K("EVENT", "Prinsjesdag"),
    K("AMOUNT", "€ 6 miljard", "6 miljard"), K("TITLE", "directeur Arbeidsmarkt"),
    K("TITLE", "coördinerend beleidsmedewerker"), K("KENMERK", "2020-0000154321"), K("DATE", "14 augustus 2020"),
], author="Bo de Vries"))

# ------------------------------------------------------------------------------------------
# 19 memo on a prevention pilot with supermarkets: organisations that look like names, html
# ------------------------------------------------------------------------------------------
add(Doc("n19_memo_preventie_supermarkten", "html", "Memo pilot gezonde keuze supermarkten", [
    ("letterhead", ["Ministerie van Volksgezondheid, Welzijn en Sport", "Directie Preventie"]),
    ("kv", [("Aan", "staatssecretaris Karremans"), ("Van", "Hanna Bosman"), ("Datum", "2 april 2025"),
            ("Behandeld door", "Hanna Bosman (T 06-39217745, hanna.bosman@minvws.nl) en Thomas van Kesteren"),
            ("Onderwerp", "Pilot gezonde keuze in supermarkten")]),
    ("title", "Memo pilot gezonde keuze in supermarkten"),
    ("h", "Wat vragen wij?"),
    ("p", "Wij vragen u in te stemmen met een pilot van twaalf maanden met Albert Heijn, Jumbo en Lidl in "
          "Rotterdam-Zuid en Heerlen. Het Voedingscentrum levert de Schijf van Vijf-labels; de app "
          "Kies Ik Gezond? wordt gekoppeld aan de kassabon."),
    ("h", "Partners"),
    ("ul", ["Albert Heijn: 14 filialen, contact via de afdeling Public Affairs.",
            "Jumbo: 9 filialen in Heerlen.",
            "Lidl Nederland: alleen Rotterdam-Zuid.",
            "De Hartstichting financiert het onderzoek."]),
    ("p", "De contactpersoon bij Albert Heijn is Rogier Brandsma-Tol (manager Public Affairs, "
          "rogier.brandsma-tol@ah.nl). Bij Jumbo is dat Femke IJzerman."),
    ("h", "Kamer"),
    ("p", "Het lid Tielen (VVD) heeft in het commissiedebat over preventie gevraagd naar de effecten van "
          "nudging. Staatssecretaris Karremans heeft een evaluatie toegezegd."),
    ("h", "Vervolg"),
    ("p", "Thomas van Kesteren werkt de afspraken uit in een convenant; Thomas is wel de eerste week van mei afwezig. Hanna bespreekt het concept op 15 april "
          "met de partners. Directeur Preventie Monique van der Horst (MvdH) heeft ingestemd met deze memo. Vragen van burgers over de pilot gaan naar info@voedingscentrum.nl."),
], redact=[
    PER("Hanna Bosman", "Hanna Bosman", "Hanna"), R("PHONE_NUMBER", "06-39217745"),
    R("EMAIL_ADDRESS", "hanna.bosman@minvws.nl"),
    PER("Monique van der Horst", "Monique van der Horst"), R("PARAPH", "MvdH", "MvdH"),
    PER("Thomas van Kesteren", "Thomas van Kesteren", "Thomas"),
    PER("Rogier Brandsma-Tol", "Rogier Brandsma-Tol"), R("EMAIL_ADDRESS", "rogier.brandsma-tol@ah.nl"),
    PER("Femke IJzerman", "Femke IJzerman"),
], keep=[
    K("OFFICIAL", "Vincent Karremans (staatssecretaris VWS)", "staatssecretaris Karremans",
      "Staatssecretaris Karremans"),
    K("OFFICIAL", "Judith Tielen (Kamerlid)", "lid Tielen"),
    K("ORG", "Albert Heijn"), K("ORG", "Jumbo"), K("ORG", "Lidl"), K("ORG", "Voedingscentrum"),
    K("ORG", "Hartstichting"), K("ORG", "VVD"), K("PLACE", "Rotterdam-Zuid"), K("PLACE", "Heerlen"),
    K("PRODUCT", "Schijf van Vijf"), K("PRODUCT", "Kies Ik Gezond?", {"text": "Kies Ik Gezond", "word": True}),
    K("FUNCTIONAL_EMAIL", "info@voedingscentrum.nl"), K("TERM", "Public Affairs"), K("TERM", "nudging"),
    K("DATE", "2 april 2025"),
]))

# ------------------------------------------------------------------------------------------
# 20 reply to a complaint from a citizen, reportlab
# ------------------------------------------------------------------------------------------
add(Doc("n20_antwoord_klacht_burger", "rl", "Uw klacht over de behandeling van uw aanvraag", [
    ("letterhead", ["Rijksdienst voor Ondernemend Nederland", "Prinses Beatrixlaan 2, 2595 AL Den Haag"]),
    ("lines", ["Mevrouw G. Öztürk-Yılmaz", "Ruysdaelkade 201-III", "1072 AV  Amsterdam"]),
    ("kv", [("Datum", "22 september 2025"), ("Ons kenmerk", "RVO-KL-2025-3318"),
            ("Uw kenmerk", "klacht van 28 augustus 2025"), ("Contactpersoon", "Hamza Aït Lahcen"),
            ("Onderwerp", "Uw klacht over de afhandeling van uw ISDE-aanvraag")]),
    ("p", "Geachte mevrouw Öztürk-Yılmaz,"),
    ("p", "Op 28 augustus 2025 ontvingen wij uw klacht. U bent ontevreden over de manier waarop wij uw aanvraag "
          "voor de Investeringssubsidie duurzame energie en energiebesparing (ISDE) hebben behandeld. U gaf "
          "aan dat u drie keer bent teruggebeld door verschillende medewerkers."),
    ("h", "Het gesprek"),
    ("p", "Op 10 september 2025 heeft mijn collega Hamza Aït Lahcen u gebeld op +31 6 4190 2257. In dat "
          "gesprek heeft u aangegeven dat uw buurman, de heer Dennis Verbeek, dezelfde problemen had. De heer "
          "Aït Lahcen heeft uw aanvraag daarna zelf afgehandeld. Hamza blijft uw aanspreekpunt."),
    ("h", "Mijn oordeel"),
    ("p", "Ik vind uw klacht gegrond. U had eerder een duidelijk antwoord moeten krijgen. Uw subsidie van "
          "€ 2.850 wordt binnen tien werkdagen overgemaakt op NL57 ASNB 0707 1529 31."),
    ("h", "Niet tevreden?"),
    ("p", "Dan kunt u zich wenden tot de Nationale ombudsman, telefoon 0800-3354455. Voor algemene vragen over "
          "ISDE belt u RVO op 088 042 4242."),
    ("lines", ["Met vriendelijke groet,", "", "Mr. Nicole Vermeulen-Oosterhuis", "klachtcoördinator RVO"]),
], redact=[
    PER("G. Öztürk-Yılmaz", "G. Öztürk-Yılmaz", "Öztürk-Yılmaz"),
    R("ADDRESS", "Ruysdaelkade 201-III, 1072 AV Amsterdam", "Ruysdaelkade 201-III", "1072 AV"),
    PER("Hamza Aït Lahcen", "Hamza Aït Lahcen", "Aït Lahcen", "Hamza"), R("PHONE_NUMBER", "+31 6 4190 2257"),
    PER("Dennis Verbeek", "Dennis Verbeek"),
    R("IBAN_CODE", "NL57 ASNB 0707 1529 31", iban("NL57 ASNB 0707 1529 31")),
    PER("Nicole Vermeulen-Oosterhuis", "Nicole Vermeulen-Oosterhuis"),
], keep=[
    K("ORG", "Rijksdienst voor Ondernemend Nederland"), K("ORG", "RVO"), K("ORG", "Nationale ombudsman"),
    K("PROGRAMME", "Investeringssubsidie duurzame energie en energiebesparing"), K("PROGRAMME", "ISDE"),
    K("GOV_ADDRESS", "Prinses Beatrixlaan 2"), K("GOV_ADDRESS", "2595 AL Den Haag"),
    K("SERVICE_NUMBER", "0800-3354455"), K("SERVICE_NUMBER", "088 042 4242"), K("KENMERK", "RVO-KL-2025-3318"),
    K("AMOUNT", "€ 2.850", "2.850"), K("TITLE", "klachtcoördinator"), K("DATE", "22 september 2025"),
]))

# ------------------------------------------------------------------------------------------
# 21 memo on a ProRail meeting; company staff and civil servants, docx
# ------------------------------------------------------------------------------------------
add(Doc("n21_memo_overleg_prorail", "docx", "Verslag bestuurlijk overleg ProRail", [
    ("letterhead", ["Ministerie van Infrastructuur en Waterstaat", "DG Mobiliteit"]),
    ("kv", [("Aan", "staatssecretaris Heijnen"), ("Van", "Wiebren Dijkstra"), ("Datum", "19 juni 2023"),
            ("Opgesteld door", "Wiebren Dijkstra en Marit ten Hoopen-Smeets"),
            ("Onderwerp", "Verslag bestuurlijk overleg met ProRail en NS over de dienstregeling 2024")]),
    ("title", "Verslag bestuurlijk overleg ProRail en NS"),
    ("h", "Deelnemers"),
    ("table", ["Organisatie", "Naam", "Rol"], [
        ["IenW", "staatssecretaris Heijnen", "voorzitter"],
        ["IenW", "Wiebren Dijkstra", "programmadirecteur a.i."],
        ["IenW", "Marit ten Hoopen-Smeets", "verslag"],
        ["ProRail", "Bart-Jan Mulder", "directeur Capaciteitsverdeling"],
        ["NS", "Anna Kowalska", "manager Dienstregeling"]]),
    ("h", "1. Dienstregeling 2024"),
    ("p", "ProRail licht toe dat de capaciteit op de corridor Amsterdam-Eindhoven niet toereikend is. De heer "
          "Mulder stelt voor de Sprinter tussen Utrecht Centraal en Den Bosch in de daluren te beperken. NS is "
          "daar geen voorstander van; mevrouw Kowalska wijst op de afspraken in de vervoerconcessie."),
    ("h", "2. Programma Hoogfrequent Spoor"),
    ("p", "Staatssecretaris Heijnen vraagt ProRail en NS om voor 1 september een gezamenlijk voorstel. Minister "
          "Harbers wordt via de wekelijkse bewindspersonenstaf geïnformeerd. Het MIRT-overleg in het najaar "
          "gebruikt dit voorstel als basis."),
    ("h", "3. Afspraken"),
    ("ul", ["ProRail (Mulder) en NS (Kowalska) leveren voor 1 september een voorstel aan.",
            "IenW (Dijkstra) bereidt de brief aan de Kamer voor.",
            "Bart-Jan stuurt de capaciteitsanalyse na; Marit stuurt het verslag rond via bestuurssecretariaat-dgmo@minienw.nl."]),
    ("small", "Contact voor dit verslag: Marit ten Hoopen-Smeets, 06 1934 8821, marit.tenhoopen@minienw.nl"),
], redact=[
    PER("Wiebren Dijkstra", "Wiebren Dijkstra", "Dijkstra"),
    PER("Marit ten Hoopen-Smeets", "Marit ten Hoopen-Smeets", "Marit"),
    R("PHONE_NUMBER", "06 1934 8821"), R("EMAIL_ADDRESS", "marit.tenhoopen@minienw.nl"),
    PER("Bart-Jan Mulder", "Bart-Jan Mulder", "Mulder", "Bart-Jan"),
    PER("Anna Kowalska", "Anna Kowalska", "Kowalska"),
], keep=[
    K("OFFICIAL", "Vivianne Heijnen (staatssecretaris IenW)", "staatssecretaris Heijnen", "Staatssecretaris Heijnen"),
    K("OFFICIAL", "Mark Harbers (minister IenW)", "Minister Harbers"),
    K("ORG", "ProRail"), K("ORG", "NS"), K("ORG", "IenW"), K("ORG", "Ministerie van Infrastructuur en Waterstaat"),
    K("PLACE", "Amsterdam-Eindhoven"), K("PLACE", "Utrecht Centraal"), K("PLACE", "Den Bosch"),
    K("PRODUCT", "Sprinter"), K("PROGRAMME", "Programma Hoogfrequent Spoor"), K("PROGRAMME", "MIRT-overleg"),
    K("FUNCTIONAL_EMAIL", "bestuurssecretariaat-dgmo@minienw.nl"),
    K("TITLE", "directeur Capaciteitsverdeling"), K("TITLE", "manager Dienstregeling"),
    K("TITLE", "programmadirecteur a.i."), K("DATE", "19 juni 2023"), K("TERM", "vervoerconcessie"),
], author="Marit ten Hoopen-Smeets"))

# ------------------------------------------------------------------------------------------
# 22 Woo-besluit EZK about Groningen, completed motivation, html
# ------------------------------------------------------------------------------------------
add(Doc("n22_woo_besluit_ezk_groningen", "html", "Besluit op Woo-verzoek gaswinning Groningen", [
    ("letterhead", ["Ministerie van Economische Zaken en Klimaat", "Directie Groningen"]),
    ("kv", [("Aan", "Stichting Open Groningen, t.a.v. de heer R.J. Huizinga"), ("Datum", "11 oktober 2023"),
            ("Kenmerk", "DGKE-WO / 23412345"), ("Contactpersoon", "Lotte Hoogeveen, T 06 5519 0027"),
            ("E-mail", "l.hoogeveen@minezk.nl"), ("Onderwerp", "Besluit op uw Woo-verzoek over Groningen-gas")]),
    ("p", "Geachte heer Huizinga,"),
    ("p", "Bij brief van 3 mei 2023 heeft u namens Stichting Open Groningen verzocht om documenten over het "
          "overleg tussen het ministerie, de NAM, Shell en ExxonMobil over de afbouw van de gaswinning uit het "
          "Groningenveld in 2022."),
    ("h", "Besluit"),
    ("p", "Ik maak 54 documenten deels openbaar. Minister Adriaansens en staatssecretaris Vijlbrief worden met "
          "naam genoemd. Namen van medewerkers van de NAM, zoals de heer Wouter Kleinjan en mevrouw "
          "Ingeborg de Haas-Vreeswijk, zijn gelakt. Dat geldt ook voor medewerkers van het Staatstoezicht op "
          "de Mijnen en de Nationaal Coördinator Groningen, zoals Jorien Wubbolts (06 4122 8930)."),
    ("h", "Inventarislijst (uittreksel)"),
    ("table", ["Nr", "Document", "Beoordeling", "Grond"], [
        ["12", "Verslag overleg NAM en EZK, 14-02-2022 (opsteller: W. Kleinjan)", "deels openbaar", "5.1.2e"],
        ["13", "E-mail I. de Haas-Vreeswijk aan Directie Groningen", "deels openbaar", "5.1.2e, 5.1.2i"],
        ["14", "Nota aan staatssecretaris Vijlbrief over winningsniveau", "deels openbaar", "5.2.1"]]),
    ("h", NIET_OPENBAAR),
    ("p", "Persoonsgegevens (artikel 5.1, tweede lid, onder e, Woo) en persoonlijke beleidsopvattingen "
          "(artikel 5.2, eerste lid, Woo)."),
    ("h", "Motivering"),
    ("p", "In de openbaar gemaakte versie van de documenten zijn alle persoonsgegevens van ambtenaren en van "
          "medewerkers van betrokken bedrijven geanonimiseerd. Persoonlijke beleidsopvattingen zijn niet "
          "openbaar gemaakt."),
    ("p", "Vragen over dit besluit kunt u richten aan woo-ezk@minezk.nl. Lotte is op dinsdag en donderdag bereikbaar."),
    ("lines", ["De minister van Economische Zaken en Klimaat,", "namens deze,", "", "Lotte Hoogeveen",
               "plv. directeur Groningen"]),
], redact=[
    PER("R.J. Huizinga", "R.J. Huizinga", "Huizinga"),
    PER("Lotte Hoogeveen", "Lotte Hoogeveen", "Lotte"), R("PHONE_NUMBER", "06 5519 0027"), R("EMAIL_ADDRESS", "l.hoogeveen@minezk.nl"),
    PER("Wouter Kleinjan", "Wouter Kleinjan", "W. Kleinjan"),
    PER("Ingeborg de Haas-Vreeswijk", "Ingeborg de Haas-Vreeswijk", "de Haas-Vreeswijk"),
    PER("Jorien Wubbolts", "Jorien Wubbolts"), R("PHONE_NUMBER", "06 4122 8930"),
], keep=[
    K("OFFICIAL", "Micky Adriaansens (minister EZK)", "Minister Adriaansens"),
    K("OFFICIAL", "Hans Vijlbrief (staatssecretaris EZK)", "staatssecretaris Vijlbrief"),
    K("ORG", "Ministerie van Economische Zaken en Klimaat"), K("ORG", "NAM"), K("ORG", "Shell"),
    K("ORG", "ExxonMobil"), K("ORG", "Staatstoezicht op de Mijnen"), K("ORG", "Nationaal Coördinator Groningen"),
    K("ORG", "Stichting Open Groningen"), K("ORG", "Directie Groningen"), K("PLACE", "Groningenveld"),
    K("FUNCTIONAL_EMAIL", "woo-ezk@minezk.nl"), K("TERM", "deels openbaar"), K("TERM", "5.1.2e"),
    K("KENMERK", "DGKE-WO / 23412345", {"text": "23412345"}), K("TITLE", "plv. directeur Groningen"),
    K("DATE", "11 oktober 2023"),
]))

# ------------------------------------------------------------------------------------------
# 23 nota Defensie; nobility names and ranks, reportlab
# ------------------------------------------------------------------------------------------
add(Doc("n23_nota_defensie_kazerne", "rl", "Nota herinrichting kazerneterrein", [
    ("letterhead", ["Ministerie van Defensie", "Directie Vastgoed"]),
    ("side", ["*Ministerie van Defensie", "Kalvermarkt 32", "2511 CB Den Haag", "MPC 58B", "", "*Behandeld door",
              "kolonel ir. J.H. de Savornin van Hemert", "T +31 (0)70 441 9087", "",
              "*Datum", "24 januari 2024"]),
    ("kv", [("Aan", "de minister van Defensie"), ("Van", "jkvr. drs. C.E. van Haersma tot Wiltenburg"),
            ("Kopie aan", "Commandant Landstrijdkrachten, Rijksvastgoedbedrijf"),
            ("Onderwerp", "Herinrichting Kromhout Kazerne Utrecht")]),
    ("title", "Nota herinrichting Kromhout Kazerne"),
    ("h", "Beslispunt"),
    ("p", "Minister Ollongren wordt gevraagd in te stemmen met de herinrichting van de Kromhout Kazerne in "
          "Utrecht ten behoeve van het Commando Landstrijdkrachten en de opslag voor de NAVO-gereedheid."),
    ("h", "Toelichting"),
    ("p", "Het plan is opgesteld door kolonel De Savornin van Hemert en mevrouw Van Haersma tot Wiltenburg. Het "
          "Rijksvastgoedbedrijf raamt de kosten op € 86 miljoen. De gemeente Utrecht is positief; wethouder "
          "Eerenberg (Utrecht) heeft om afstemming over de verkeersafwikkeling gevraagd."),
    ("p", "De F-35-infrastructuur op vliegbasis Leeuwarden valt buiten dit plan. Majoor Rachelle Doekhie "
          "(projectofficier) verzorgt de planning; zij is bereikbaar op 06-53172846. Rachelle stuurt de planning in maart."),
    ("h", "Parlementaire context"),
    ("p", "Het lid Boswijk (CDA) heeft gevraagd naar de gevolgen voor omwonenden. De Tweede Kamer ontvangt "
          "de Defensie Projectenrapportage in mei."),
    ("table", ["Naam", "Functie", "Paraaf"], [
        ["C.E. van Haersma tot Wiltenburg", "directeur Vastgoed", "CHW"],
        ["J.H. de Savornin van Hemert", "hoofd Programmabureau", "JSH"],
        ["R. Doekhie", "projectofficier", "RD"]]),
], redact=[
    PER("C.E. van Haersma tot Wiltenburg", "C.E. van Haersma tot Wiltenburg", "Van Haersma tot Wiltenburg"),
    R("PARAPH", "CHW", "CHW"),
    PER("J.H. de Savornin van Hemert", "J.H. de Savornin van Hemert", "De Savornin van Hemert"),
    R("PARAPH", "JSH", "JSH"), R("PHONE_NUMBER", "+31 (0)70 441 9087"),
    PER("Rachelle Doekhie", "Rachelle Doekhie", "R. Doekhie", "Rachelle"), R("PARAPH", "RD", "RD"),
    R("PHONE_NUMBER", "06-53172846"),
], keep=[
    K("OFFICIAL", "Kajsa Ollongren (minister Defensie)", "Minister Ollongren"),
    K("OFFICIAL", "wethouder Eerenberg (Utrecht)", "wethouder Eerenberg"),
    K("OFFICIAL", "Derk Boswijk (Kamerlid)", "lid Boswijk"),
    K("ORG", "Ministerie van Defensie"), K("ORG", "Commando Landstrijdkrachten"), K("ORG", "Rijksvastgoedbedrijf"),
    K("ORG", "NAVO"), K("ORG", "Tweede Kamer"), K("PLACE", "Kromhout Kazerne"), K("PLACE", "Utrecht"),
    K("PLACE", "Leeuwarden"), K("PRODUCT", "F-35"), K("GOV_ADDRESS", "Kalvermarkt 32"),
    K("TITLE", "kolonel"), K("TITLE", "projectofficier"), K("TITLE", "directeur Vastgoed"),
    K("AMOUNT", "€ 86 miljoen", "86 miljoen"), K("DATE", "24 januari 2024"),
    K("REPORT", "Defensie Projectenrapportage"),
]))

# ------------------------------------------------------------------------------------------
# 24 HR memo (health data), docx
# ------------------------------------------------------------------------------------------
add(Doc("n24_memo_reintegratie", "docx", "Memo re-integratie medewerker", [
    ("letterhead", ["Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur", "Directie Bedrijfsvoering - HRM"]),
    ("kv", [("Aan", "MT Directie Natuur"), ("Van", "Sophie Verschuren, HR-adviseur (s.verschuren@minlvvn.nl)"), ("Datum", "5 november 2024"),
            ("Vertrouwelijk", "ja"), ("Onderwerp", "Re-integratie van de heer K. Zwanenburg")]),
    ("title", "Memo re-integratie"),
    ("p", "De heer Kees Zwanenburg (senior beleidsmedewerker Natuur) is sinds 12 juni 2024 volledig "
          "arbeidsongeschikt. Volgens de bedrijfsarts van Arbo Unie kan hij vanaf januari 2025 voor 16 uur per "
          "week starten. Zwanenburg heeft aangegeven dat zijn burn-out samenhangt met de werkdruk rond het "
          "Nationaal Programma Landelijk Gebied."),
    ("p", "Zijn leidinggevende, Arjen Poelstra, stelt voor dat Kees eerst werkt aan de evaluatie van het "
          "Natuurnetwerk Nederland. Poelstra is bereikbaar via a.poelstra@minlvvn.nl of 06 1122 9034."),
    ("p", "De heer Zwanenburg wil geen contact met zijn collega Marije Baas-Hidding. Sophie bespreekt met "
          "mevrouw Baas-Hidding hoe de samenwerking kan worden ingericht."),
    ("h", "Vervolg"),
    ("ul", ["Plan van aanpak opstellen met de bedrijfsarts (actie SV).",
            "Melding aan het UWV na 42 weken verzuim (actie SV).",
            "Gesprek leidinggevende en medewerker op 19 november (actie AP)."]),
    ("p", "Minister Wiersma is niet geïnformeerd; dit is een zaak van de ambtelijke lijn. Vragen over "
          "verzuimregels via het P-Direkt Contactcenter."),
    ("small", "Dit memo bevat bijzondere persoonsgegevens (gezondheid) en valt onder artikel 5.1, eerste lid, onder d, Woo."),
], redact=[
    PER("Sophie Verschuren", "Sophie Verschuren", "Sophie"), R("PARAPH", "SV", "SV"),
    R("EMAIL_ADDRESS", "s.verschuren@minlvvn.nl"),
    PER("Kees Zwanenburg", "Kees Zwanenburg", "K. Zwanenburg", "Zwanenburg", "Kees"),
    PER("Arjen Poelstra", "Arjen Poelstra", "Poelstra"), R("PARAPH", "AP", "AP"),
    R("EMAIL_ADDRESS", "a.poelstra@minlvvn.nl"), R("PHONE_NUMBER", "06 1122 9034"),
    PER("Marije Baas-Hidding", "Marije Baas-Hidding", "Baas-Hidding"),
], keep=[
    K("OFFICIAL", "Femke Wiersma (minister LVVN)", "Minister Wiersma"),
    K("ORG", "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur"), K("ORG", "Arbo Unie"),
    K("ORG", "UWV"), K("ORG", "P-Direkt Contactcenter"),
    K("PROGRAMME", "Nationaal Programma Landelijk Gebied"), K("PROGRAMME", "Natuurnetwerk Nederland"),
    K("TITLE", "HR-adviseur"), K("TITLE", "senior beleidsmedewerker Natuur"), K("TITLE", "bedrijfsarts"),
    K("DATE", "5 november 2024"), K("TERM", "bijzondere persoonsgegevens"),
]))

# ------------------------------------------------------------------------------------------
# 25 G4 mayors' meeting: burgemeesters public, their staff not, html
# ------------------------------------------------------------------------------------------
add(Doc("n25_verslag_g4_burgemeesters", "html", "Verslag G4-overleg veiligheid", [
    ("letterhead", ["G4-secretariaat", "Stadhuis Amsterdam, Amstel 1, 1011 PN Amsterdam"]),
    ("kv", [("Overleg", "Bestuurlijk overleg G4 en minister van Justitie en Veiligheid"),
            ("Datum", "9 maart 2023"), ("Verslag", "Laila Benhaddou (G4-secretariaat)"),
            ("Ambtelijke ondersteuning", "Johan Sipkema (Rotterdam), Merel van der Wiel-Keizer (Den Haag), "
                                         "Stefan Doornbos (Utrecht)")]),
    ("title", "Verslag bestuurlijk overleg G4 veiligheid"),
    ("h", "Aanwezig"),
    ("p", "Burgemeester Halsema (Amsterdam, voorzitter), burgemeester Aboutaleb (Rotterdam), burgemeester "
          "Van Zanen (Den Haag), burgemeester Dijksma (Utrecht), minister Yeşilgöz-Zegerius (JenV)."),
    ("h", "1. Ondermijning en drugscriminaliteit"),
    ("p", "Burgemeester Aboutaleb vraagt om structurele middelen voor de Haven van Rotterdam. Minister "
          "Yeşilgöz-Zegerius wijst op het Breed Offensief tegen georganiseerde criminaliteit. Johan Sipkema "
          "levert de cijfers van de Douane aan."),
    ("h", "2. Jongerenwerk en preventie"),
    ("p", "Burgemeester Halsema pleit voor meer inzet op preventie. Burgemeester Dijksma sluit zich daarbij aan. "
          "Stefan Doornbos en Merel van der Wiel-Keizer werken een gezamenlijke brief uit aan het kabinet."),
    ("h", "3. Afspraken"),
    ("table", ["Afspraak", "Trekker", "Contact"], [
        ["Cijfers havens aanleveren", "Rotterdam", "J. Sipkema, 010 267 1834"],
        ["Brief preventie aan kabinet", "Den Haag / Utrecht", "m.vanderwiel@denhaag.nl"],
        ["Volgend overleg plannen", "G4-secretariaat", "g4secretariaat@amsterdam.nl"]]),
    ("p", "Het volgende overleg vindt plaats in het stadhuis van Den Haag, Spui 70. Laila verstuurt de uitnodiging (actie LB). Namens JenV was Gerben Wieringa aanwezig (06-30918274, gerben.wieringa@minjenv.nl); Stefan zorgt dat hij de stukken ontvangt."),
], redact=[
    PER("Laila Benhaddou", "Laila Benhaddou", "Laila"),
    PER("Johan Sipkema", "Johan Sipkema", "J. Sipkema"), R("PHONE_NUMBER", "010 267 1834"),
    PER("Merel van der Wiel-Keizer", "Merel van der Wiel-Keizer"), R("EMAIL_ADDRESS", "m.vanderwiel@denhaag.nl"),
    PER("Stefan Doornbos", "Stefan Doornbos", "Stefan"), R("PARAPH", "LB", "LB"),
    PER("Gerben Wieringa", "Gerben Wieringa"), R("PHONE_NUMBER", "06-30918274"),
    R("EMAIL_ADDRESS", "gerben.wieringa@minjenv.nl"),
], keep=[
    K("OFFICIAL", "Femke Halsema (burgemeester Amsterdam)", "Burgemeester Halsema"),
    K("OFFICIAL", "Ahmed Aboutaleb (burgemeester Rotterdam)", "Aboutaleb"),
    K("OFFICIAL", "Jan van Zanen (burgemeester Den Haag)", "burgemeester Van Zanen"),
    K("OFFICIAL", "Sharon Dijksma (burgemeester Utrecht)", "Dijksma"),
    K("OFFICIAL", "Dilan Yeşilgöz-Zegerius (minister JenV)", "Yeşilgöz-Zegerius"),
    K("ORG", "G4-secretariaat"), K("ORG", "Douane"), K("ORG", "JenV"), K("PLACE", "Haven van Rotterdam"),
    K("PLACE", "Amsterdam"), K("PLACE", "Den Haag"), K("GOV_ADDRESS", "Amstel 1"), K("GOV_ADDRESS", "Spui 70"),
    K("PROGRAMME", "Breed Offensief tegen georganiseerde criminaliteit"),
    K("FUNCTIONAL_EMAIL", "g4secretariaat@amsterdam.nl"), K("DATE", "9 maart 2023"),
]))

# ------------------------------------------------------------------------------------------
# 26 beslisnota IenW on MIRT, Frisian names, reportlab
# ------------------------------------------------------------------------------------------
add(Doc("n26_beslisnota_ienw_mirt", "rl", "Beslisnota MIRT najaarsoverleg 2024", [
    ("letterhead", ["Ministerie van Infrastructuur en Waterstaat", "DG Mobiliteit"]),
    ("side", ["*Rijnstraat 8", "2515 XP Den Haag", "Postbus 20901", "2500 EX Den Haag",
              "T 070 456 0000 (algemeen)", "", "*Contactpersoon", "Sytske Hoekema-Dijkstra",
              "T +31 6 5518 2093", "sytske.hoekema@minienw.nl", "", "*Kenmerk", "IENW/BSK-2024/312456"]),
    ("kv", [("Aan", "de minister van Infrastructuur en Waterstaat"), ("Van", "Hidde Wijbenga"),
            ("Datum", "7 oktober 2024"), ("Kopie aan", "Rijkswaterstaat (DGRWS), ProRail"),
            ("Onderwerp", "Inzet MIRT-najaarsoverleg 2024")]),
    ("title", "Beslisnota inzet MIRT-najaarsoverleg 2024"),
    ("h", "Aanleiding"),
    ("p", "In november vinden de MIRT-overleggen met de regio's plaats. Minister Madlener heeft aangegeven de "
          "prioriteit te leggen bij onderhoud en renovatie door Rijkswaterstaat. Het lid De Hoop (GroenLinks-PvdA) "
          "heeft gevraagd om de Lelylijn op te nemen."),
    ("h", "Geadviseerd besluit"),
    ("p", "Instemmen met de inzet in bijlage 1, inclusief de verkenning N33 Zuidbroek-Appingedam en de "
          "Lelylijn als 'vervolgopgave'. Het Deltafonds wordt niet aangesproken."),
    ("h", "Toelichting"),
    ("p", "De inzet is voorbereid door Sytske Hoekema-Dijkstra en Douwe Feenstra. Douwe heeft met de provincie "
          "Fryslân en de provincie Groningen gesproken; de provincie Zuid-Holland heeft namens het IPO "
          "gereageerd. Mevrouw Hoekema-Dijkstra adviseert de N33 voorrang te geven; Sytske licht dit graag mondeling toe."),
    ("p", "Wijbenga stemt de financiële paragraaf af met FEZ en met de Inspectie der Rijksfinanciën."),
    ("table", ["Naam", "Functie", "Paraaf", "Datum"], [
        ["H. Wijbenga", "directeur Mobiliteit", "HW", "4-10-2024"],
        ["S. Hoekema-Dijkstra", "programmamanager MIRT", "SHD", "3-10-2024"],
        ["D. Feenstra", "beleidsmedewerker", "DF", "3-10-2024"]]),
], redact=[
    PER("Hidde Wijbenga", "Hidde Wijbenga", "H. Wijbenga", "Wijbenga"), R("PARAPH", "HW", "HW"),
    PER("Sytske Hoekema-Dijkstra", "Sytske Hoekema-Dijkstra", "Hoekema-Dijkstra", "Sytske"), R("PARAPH", "SHD", "SHD"),
    R("PHONE_NUMBER", "+31 6 5518 2093"), R("EMAIL_ADDRESS", "sytske.hoekema@minienw.nl"),
    PER("Douwe Feenstra", "Douwe Feenstra", "D. Feenstra", "Douwe"), R("PARAPH", "DF", "DF"),
], keep=[
    K("OFFICIAL", "Barry Madlener (minister IenW)", "Minister Madlener"),
    K("OFFICIAL", "Habtamu de Hoop (Kamerlid)", "lid De Hoop"),
    K("ORG", "provincie Zuid-Holland"),
    K("ORG", "Rijkswaterstaat"), K("ORG", "ProRail"), K("ORG", "IPO"), K("ORG", "FEZ"),
    K("ORG", "Inspectie der Rijksfinanciën"), K("ORG", "provincie Fryslân"), K("ORG", "provincie Groningen"),
    K("ORG", "GroenLinks-PvdA"), K("PROGRAMME", "MIRT"), K("PROGRAMME", "Lelylijn"), K("PROGRAMME", "Deltafonds"),
    K("TERM", "N33 Zuidbroek-Appingedam"), K("GOV_ADDRESS", "Rijnstraat 8"), K("SERVICE_NUMBER", "070 456 0000"),
    K("KENMERK", "IENW/BSK-2024/312456"), K("TITLE", "programmamanager MIRT"), K("DATE", "7 oktober 2024"),
], author="Douwe Feenstra"))

# ------------------------------------------------------------------------------------------
# 27 incoming letter from a citizen (name in capitals, address, phone, e-mail, IBAN), docx
# ------------------------------------------------------------------------------------------
add(Doc("n27_brief_van_burger_schade", "docx", "Verzoek schadevergoeding", [
    ("lines", ["Tjeerd en Hiske Bergsma-Hoekstra", "Oosterweg 41", "9995 VL  Kantens", "tel. 0595 442 187",
               "mobiel 06-18273645", "e-mail: tjeerd.bergsma@hetnet.nl"]),
    ("lines", ["Aan het Instituut Mijnbouwschade Groningen", "Postbus 100", "9700 AC Groningen"]),
    ("kv", [("Datum", "2 februari 2025"), ("Betreft", "Verzoek om vergoeding schade aan onze woning, "
                                                      "uw kenmerk IMG-2024-55120")]),
    ("p", "Geachte heer, mevrouw,"),
    ("p", "Wij wonen sinds 1987 aan de Oosterweg in Kantens. Na de beving van 16 november 2024 zijn er nieuwe "
          "scheuren ontstaan in de achtergevel. De schade-opnemer van het IMG, de heer Frank Oldenhuis, is op "
          "9 januari 2025 langs geweest. Hij zei dat het rapport binnen acht weken komt."),
    ("p", "Onze buren, de familie Tuinstra, hebben al een vergoeding gekregen. Wij begrijpen niet waarom "
          "onze aanvraag langer duurt. Ook de Nationaal Coördinator Groningen heeft ons niet kunnen helpen."),
    ("p", "Wij verzoeken u de vergoeding over te maken op rekening NL33 SNSB 0938 2716 40 ten name van "
          "T. Bergsma. Ons BSN staat in het aanvraagformulier; voor de volledigheid: 738504129."),
    ("p", "Met vriendelijke groet,"),
    ("lines", ["TJEERD BERGSMA", "Hiske Bergsma-Hoekstra"]),
    ("small", "Kopie: Het Groninger Bodem Beraad; gedeputeerde Staten van Groningen"),
], redact=[
    PER("Tjeerd Bergsma", "Tjeerd", "TJEERD BERGSMA", "T. Bergsma"),
    PER("Hiske Bergsma-Hoekstra", "Hiske Bergsma-Hoekstra", "Hiske"),
    R("ADDRESS", "Oosterweg 41, 9995 VL Kantens", "Oosterweg 41", "9995 VL"),
    R("PHONE_NUMBER", "0595 442 187"), R("PHONE_NUMBER", "06-18273645"),
    R("EMAIL_ADDRESS", "tjeerd.bergsma@hetnet.nl"),
    PER("Frank Oldenhuis", "Frank Oldenhuis"), PER("familie Tuinstra", "Tuinstra"),
    R("IBAN_CODE", "NL33 SNSB 0938 2716 40", iban("NL33 SNSB 0938 2716 40")),
    R("NL_BSN", "738504129", bsn("738504129")),
], keep=[
    K("ORG", "Instituut Mijnbouwschade Groningen"), K("ORG", "IMG"), K("ORG", "Nationaal Coördinator Groningen"),
    K("ORG", "Groninger Bodem Beraad"), K("GOV_ADDRESS", "Postbus 100"), K("GOV_ADDRESS", "9700 AC Groningen"),
    K("KENMERK", "IMG-2024-55120"), K("TITLE", "schade-opnemer"), K("DATE", "16 november 2024"),
    K("DATE", "2 februari 2025"),
]))

# ------------------------------------------------------------------------------------------
# 28 chat export (Teams) with first names only, html
# ------------------------------------------------------------------------------------------
add(Doc("n28_chatexport_teams_woo", "html", "Export Teams-chat Woo-verzoek stikstof", [
    ("letterhead", ["Export Microsoft Teams - chat 'Woo-verzoek stikstof'",
                    "Ministerie van Landbouw, Natuur en Voedselkwaliteit"]),
    ("kv", [("Deelnemers", "Sanne Wolters-Ngo (LNV), Daan Schippers (LNV), Mustafa Erdoğan (BZK)"),
            ("Periode", "14-03-2022 t/m 15-03-2022"), ("Documentnummer", "Woo-LNV-2022-0412, doc. 77")]),
    ("title", "Chatexport Woo-verzoek stikstof"),
    ("table", ["Tijd", "Afzender", "Bericht"], [
        ["14-03 09:02", "Sanne Wolters-Ngo", "Hoi Daan, heb jij de nota voor minister Staghouwer al gezien?"],
        ["14-03 09:05", "Daan Schippers", "Ja. Mustafa van BZK wil nog een zin over de Remkes-gesprekken."],
        ["14-03 09:06", "Sanne Wolters-Ngo", "Prima. Zet je het in de map op SharePoint? Dan kijkt Mustafa mee."],
        ["14-03 11:41", "Mustafa Erdoğan", "Gedaan. Let op: minister Van der Wal wil de passage over de "
                                           "Programmatische Aanpak Stikstof eruit. Mail me op "
                                           "mustafa.erdogan@minbzk.nl of bel +31 6 1200 4785."],
        ["14-03 11:43", "Daan Schippers", "Ok, ik bel Sanne zo. Mijn nummer is veranderd: 06 4719 2238"],
        ["15-03 08:30", "Sanne Wolters-Ngo", "Dank jullie! Daan, wil jij het doorzetten naar "
                                              "stikstof-woo@minlnv.nl?"],
        ["15-03 08:32", "Daan Schippers", "Doe ik. Groet, D."]]),
    ("p", "Deze export is gemaakt met Microsoft Purview eDiscovery ten behoeve van het Woo-verzoek. Tijden zijn "
          "in CET. Berichten met 'Hoi Daan' en dergelijke zijn ongewijzigd overgenomen."),
    ("p", "Opmerking van de behandelaar: de berichten van Sanne en Mustafa bevatten geen persoonlijke "
          "beleidsopvattingen. Contact over deze export: Daan Schippers, d.schippers@minlnv.nl."),
], redact=[
    PER("Sanne Wolters-Ngo", "Sanne Wolters-Ngo", "Sanne"),
    PER("Daan Schippers", "Daan Schippers", "Daan"), R("PHONE_NUMBER", "06 4719 2238"),
    R("EMAIL_ADDRESS", "d.schippers@minlnv.nl"),
    PER("Mustafa Erdoğan", "Mustafa Erdoğan", "Mustafa"), R("EMAIL_ADDRESS", "mustafa.erdogan@minbzk.nl"),
    R("PHONE_NUMBER", "+31 6 1200 4785"),
], keep=[
    K("OFFICIAL", "Henk Staghouwer (minister LNV)", "minister Staghouwer"),
    K("OFFICIAL", "Christianne van der Wal (minister voor Natuur en Stikstof)", "minister Van der Wal"),
    K("OFFICIAL", "Johan Remkes (gespreksleider, public role)", "Remkes-gesprekken"),
    K("ORG", "Ministerie van Landbouw, Natuur en Voedselkwaliteit"), K("ORG", "LNV"), K("ORG", "BZK"),
    K("PRODUCT", "Microsoft Teams"), K("PRODUCT", "SharePoint"), K("PRODUCT", "Microsoft Purview eDiscovery"),
    K("PROGRAMME", "Programmatische Aanpak Stikstof"), K("FUNCTIONAL_EMAIL", "stikstof-woo@minlnv.nl"),
    K("KENMERK", "Woo-LNV-2022-0412"), K("TERM", "CET"),
]))

# ------------------------------------------------------------------------------------------
# 29 minutes of a crisis meeting (2023), reportlab
# ------------------------------------------------------------------------------------------
add(Doc("n29_verslag_crisisoverleg_nctv", "rl", "Verslag ICCb 4 april 2023", [
    ("letterhead", ["Nationaal Coördinator Terrorismebestrijding en Veiligheid", "Nationaal Crisiscentrum"]),
    ("kv", [("Vergadering", "Interdepartementale Commissie Crisisbeheersing (ICCb)"), ("Datum", "4 april 2023"),
            ("Voorzitter", "plv. NCTV"), ("Notulist", "Maartje Kuipers-Haverkamp"),
            ("Rubricering", "Departementaal Vertrouwelijk")]),
    ("title", "Verslag ICCb cyberincident gemeenten"),
    ("h", "Aanwezig"),
    ("table", ["Departement", "Naam", "Code"], [
        ["JenV/NCTV", "Maartje Kuipers-Haverkamp", "MKH"],
        ["BZK", "Ahmet Yıldız", "AY"],
        ["AZ", "Evert-Jan Kaag", "EJK"],
        ["Defensie", "luitenant-kolonel Wendy Slingerland", "WS"],
        ["VNG", "Ruben Zwolsman", "RZ"]]),
    ("h", "1. Situatiebeeld"),
    ("p", "Het NCSC meldt dat drie gemeenten getroffen zijn door ransomware. Ahmet Yıldız (BZK) bevestigt dat "
          "de Informatiebeveiligingsdienst ondersteunt. De heer Zwolsman (VNG) vraagt om een centrale "
          "woordvoeringslijn."),
    ("h", "2. Bestuurlijke lijn"),
    ("p", "Minister Yeşilgöz-Zegerius wordt vanavond geïnformeerd. Minister-president Rutte wordt via AZ "
          "meegenomen; Evert-Jan (AZ) zorgt voor de terugkoppeling. Dit betreft de ambtenaar Evert-Jan Kaag en "
          "niet minister Kaag van Financiën. Minister Kaag wordt niet apart geïnformeerd."),
    ("h", "3. Besluiten en acties"),
    ("ul", ["Woordvoeringslijn opstellen via het Nationaal Crisiscentrum (MKH).",
            "Inzet Defensie Cyber Commando verkennen (WS).",
            "Contact met getroffen gemeenten via de VNG (RZ)."]),
    ("p", "Maartje verstuurt het verslag. Volgende ICCb: 5 april 2023, 09.00 uur. Bereikbaarheid NCC 24/7: 070 751 5040."),
], redact=[
    PER("Maartje Kuipers-Haverkamp", "Maartje Kuipers-Haverkamp", "Maartje"), R("PARAPH", "MKH", "MKH"),
    PER("Ahmet Yıldız", "Ahmet Yıldız"), R("PARAPH", "AY", "AY"),
    PER("Evert-Jan Kaag", "Evert-Jan Kaag", "Evert-Jan"), R("PARAPH", "EJK", "EJK"),
    PER("Wendy Slingerland", "Wendy Slingerland"), R("PARAPH", "WS", "WS"),
    PER("Ruben Zwolsman", "Ruben Zwolsman", "Zwolsman"), R("PARAPH", "RZ", "RZ"),
], keep=[
    K("OFFICIAL", "Dilan Yeşilgöz-Zegerius (minister JenV)", "Minister Yeşilgöz-Zegerius"),
    K("OFFICIAL", "Mark Rutte (minister-president)", "Minister-president Rutte"),
    K("OFFICIAL", "Sigrid Kaag (minister Financiën)", "minister Kaag", "Minister Kaag"),
    K("ORG", "Nationaal Coördinator Terrorismebestrijding en Veiligheid"), K("ORG", "Nationaal Crisiscentrum"),
    K("ORG", "NCSC"), K("ORG", "VNG"), K("ORG", "AZ"), K("ORG", "Informatiebeveiligingsdienst"),
    K("ORG", "Defensie Cyber Commando"), K("ORG", "ICCb"), K("TERM", "Departementaal Vertrouwelijk"),
    K("TITLE", "luitenant-kolonel"), K("TITLE", "plv. NCTV"), K("SERVICE_NUMBER", "070 751 5040"),
    K("DATE", "4 april 2023"),
]))

# ------------------------------------------------------------------------------------------
# 30 beslisnota 2025 (cabinet-Schoof): minister Keijzer vs civil servant Keijzer, docx
# ------------------------------------------------------------------------------------------
add(Doc("n30_beslisnota_vro_starters", "docx", "Beslisnota starterslening", [
    ("letterhead", ["Ministerie van Volkshuisvesting en Ruimtelijke Ordening", "DG Wonen"]),
    ("side", ["*Directie Betaalbaar Wonen", "Turfmarkt 147", "2511 DP Den Haag", "", "*Opgesteld door",
              "Thijs Keijzer", "T 06 2748 1130", "thijs.keijzer@minvro.nl", "", "*Kenmerk", "2025-0000331876"]),
    ("kv", [("Aan", "de minister van Volkshuisvesting en Ruimtelijke Ordening"),
            ("Van", "Noor Bakker-Elhadi"),
            ("Datum", "19 februari 2025"), ("Kopie aan", "minister-president (AZ), Financiën (Rosa Drenth-Kuipers)"),
            ("Onderwerp", "Landelijke starterslening")]),
    ("title", "Beslisnota landelijke starterslening"),
    ("h", "Aanleiding"),
    ("p", "In het hoofdlijnenakkoord is afgesproken starters op de woningmarkt te ondersteunen. Minister Keijzer "
          "heeft de Kamer een voorstel toegezegd. Minister-president Schoof heeft in de ministerraad van "
          "14 februari 2025 gevraagd om een uitwerking met het Stimuleringsfonds Volkshuisvesting (SVn)."),
    ("h", "Geadviseerd besluit"),
    ("p", "Aan minister Keijzer wordt gevraagd in te stemmen met een landelijke starterslening via SVn van "
          "maximaal € 50.000 per huishouden."),
    ("h", "Toelichting"),
    ("p", "De uitwerking is gemaakt door Thijs Keijzer (geen familie van de minister) en Noor Bakker-Elhadi. "
          "Thijs heeft de varianten met het CPB en De Nederlandsche Bank besproken. Het lid Paternotte (D66) "
          "vroeg eerder om een inkomensgrens. Mevrouw Bakker-Elhadi adviseert een grens van "
          "€ 65.000 bruto per jaar. Martijn Vlieland (FEZ) heeft de kosten geraamd; de heer "
          "Vlieland ziet dekking binnen de begroting."),
    ("h", "Paraaf"),
    ("table", ["Naam", "Functie", "Paraaf", "Datum"], [
        ["N. Bakker-Elhadi", "directeur Betaalbaar Wonen", "NBE", "18-02-2025"],
        ["T. Keijzer", "senior beleidsmedewerker", "TK", "17-02-2025"]]),
    ("h", NIET_OPENBAAR),
    ("p", "Niet van toepassing."),
], redact=[
    PER("Thijs Keijzer", "Thijs Keijzer", "T. Keijzer", "Thijs"), R("PARAPH", "TK", "TK"),
    R("PHONE_NUMBER", "06 2748 1130"), R("EMAIL_ADDRESS", "thijs.keijzer@minvro.nl"),
    PER("Noor Bakker-Elhadi", "Noor Bakker-Elhadi", "Bakker-Elhadi"), R("PARAPH", "NBE", "NBE"),
    PER("Rosa Drenth-Kuipers", "Rosa Drenth-Kuipers"), PER("Martijn Vlieland", "Martijn Vlieland", "Vlieland"),
], keep=[
    K("OFFICIAL", "Mona Keijzer (minister VRO)", "Minister Keijzer", "minister Keijzer"),
    K("OFFICIAL", "Dick Schoof (minister-president)", "Minister-president Schoof"),
    K("OFFICIAL", "Jan Paternotte (Kamerlid)", "lid Paternotte"),
    K("ORG", "Ministerie van Volkshuisvesting en Ruimtelijke Ordening"),
    K("ORG", "Stimuleringsfonds Volkshuisvesting"), K("ORG", "SVn"), K("ORG", "CPB"),
    K("ORG", "De Nederlandsche Bank"), K("ORG", "D66"), K("GOV_ADDRESS", "Turfmarkt 147"),
    K("TERM", "hoofdlijnenakkoord"), K("PRODUCT", "starterslening"),
    K("AMOUNT", "€ 50.000", "50.000"), K("AMOUNT", "€ 65.000", "65.000"),
    K("TITLE", "directeur Betaalbaar Wonen"), K("KENMERK", "2025-0000331876"), K("DATE", "19 februari 2025"),
], author="Thijs Keijzer"))
