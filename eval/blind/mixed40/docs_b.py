"""Documents 12-22 of set AX (housing newsletter, sport and culture, scans). All personal data invented."""
from ids import B, I

DOCS = []


def doc(**kw):
    DOCS.append(kw)


# ------------------------------------------------------------------------------------------------
# 12 Two-column tenants' newsletter (reportlab, two frames)
# ------------------------------------------------------------------------------------------------
doc(name="ax12_bewonersblad_de_vijf_eiken.pdf", producer="rl", two_col=True, size=9,
    meta={"Author": "Redactie Bewonersblad - Sevda Kaya"},
    header="Bewonersblad De Vijf Eiken - nr. 4, november 2024 - huurdersvereniging Presikhaaf-Oost (Arnhem)",
    footer="Redactie: Sevda Kaya en Henk de Wit | kopij naar bewonersblad@hvpresikhaaf.nl | pagina {page}",
    items=[
        ("h", "Eindelijk: de liften doen het weer"),
        ("p", "Na zeven weken zonder lift in de flat aan de Kastanjelaan kunnen de bewoners van de hogere "
              "verdiepingen weer zelf naar beneden. 'Ik heb al die tijd mijn boodschappen laten bezorgen', "
              "vertelt mevrouw Anneke Smit (81) van nummer 233. Volgens Wiktor, die op de zevende woont en "
              "elke dag twee keer de trap op liep met zijn dochtertje, had Vivare veel eerder een tijdelijke "
              "oplossing moeten regelen."),
        ("p", "Huurdersvereniging Presikhaaf-Oost heeft Vivare om een huurkorting gevraagd. Voorzitter "
              "Cornelis (Kees) van Beek: 'Wij hebben de Huurcommissie nog niet ingeschakeld, maar als het "
              "nodig is, doen we dat.' Wethouder Bouwmeester van de gemeente Arnhem kwam op 14 november "
              "kijken en beloofde te helpen."),
        ("h2", "Nieuwe buren stellen zich voor"),
        ("p", "Sinds september woont de familie Hussein-Alsayed op de Kastanjelaan 201. Mahmoud Hussein was "
              "apotheker in Aleppo en werkt nu als assistent bij Apotheek Presikhaaf. Zijn vrouw Rania "
              "Alsayed geeft op woensdagmiddag Arabische les in buurthuis De Wissel. 'Iedereen is welkom', "
              "zegt Rania."),
        ("p", "Ook nieuw: Thi Mai Pham en haar zoon Bao, op nummer 118. Mai kookt op de buurtmaaltijd "
              "van 6 december. Opgeven kan bij Henk de Wit, telefoon 026-3612277 of via "
              "henk.dewit@hvpresikhaaf.nl."),
        ("col",),
        ("h2", "Spreekuur huurdersvereniging"),
        ("p", "Elke eerste dinsdag van de maand, 19.30 - 20.30 uur, in De Wissel, Presikhaafweg 40. "
              "Bellen kan ook: secretaris Jolanda Visser-Bakker, 06-28 19 37 46 (liefst na 18.00 uur)."),
        ("h2", "Sport in de wijk"),
        ("p", "De Johan Cruijff Foundation opent in het voorjaar een nieuw Cruyff Court achter de flat. "
              "Buurtsportcoach Dennis Koç (in dienst van Rijnstad) zoekt vrijwilligers voor de "
              "woensdagmiddag. Aanmelden via buurtsport@rijnstad.nl."),
        ("h2", "Van de penningmeester"),
        ("p", "De contributie voor 2025 blijft € 12 per jaar. U kunt betalen op " + I[11] + " ten name van "
              "Huurdersvereniging Presikhaaf-Oost. Vragen? Mail penningmeester Ruud Vos-Kartodikromo, "
              "r.voskartodikromo@gmail.com."),
        ("h2", "In memoriam"),
        ("p", "Op 2 november overleed onze oud-voorzitter, Johannes Theodorus (Hans) Mulder, 88 jaar, "
              "jarenlang bewoner van Kastanjelaan 5. Zijn dochter Marianne laat weten dat iedereen welkom "
              "is bij de herdenking in De Wissel."),
        ("h2", "Belangrijke nummers"),
        ("p", "Vivare reparatieverzoeken: 026 371 01 00 (24 uur)\nGemeente Arnhem: 14 026\n"
              "Wijkagent: via 0900-8844\nSociaal Wijkteam Presikhaaf: swt.presikhaaf@arnhem.nl"),
    ],
    red=[("PERSON", "Sevda Kaya", ["Sevda Kaya"]), ("PERSON", "Henk de Wit", ["Henk de Wit", "de Wit"]),
         ("EMAIL", "henk.dewit@hvpresikhaaf.nl", ["henk.dewit@hvpresikhaaf.nl"]),
         ("PHONE", "026-3612277", ["026-3612277"]),
         ("PERSON", "Anneke Smit", ["Anneke Smit"]), ("ADDRESS", "nummer 233 (Kastanjelaan)", ["nummer 233"]),
         ("PERSON", "Wiktor", ["Wiktor"]),
         ("PERSON", "Cornelis (Kees) van Beek", ["van Beek", "Cornelis", "Kees"]),
         ("PERSON", "familie Hussein-Alsayed", ["Hussein-Alsayed", "Mahmoud Hussein", "Rania", "Alsayed"]),
         ("ADDRESS", "Kastanjelaan 201", ["Kastanjelaan 201"]),
         ("PERSON", "Thi Mai Pham", ["Thi Mai Pham", "Mai", "Bao"]), ("ADDRESS", "nummer 118", ["nummer 118"]),
         ("PERSON", "Jolanda Visser-Bakker", ["Visser-Bakker", "Jolanda"]), ("PHONE", "06-28 19 37 46", ["06-28 19 37 46"]),
         ("PERSON", "Dennis Koç", ["Dennis Koç"]),
         ("IBAN", I[11], [I[11]]),
         ("PERSON", "Ruud Vos-Kartodikromo", ["Vos-Kartodikromo", "Ruud"]),
         ("EMAIL", "r.voskartodikromo@gmail.com", ["r.voskartodikromo@gmail.com"]),
         ("PERSON", "Johannes Theodorus (Hans) Mulder", ["Johannes Theodorus", "Hans", "Mulder", "Marianne"]),
         ("ADDRESS", "Kastanjelaan 5", ["Kastanjelaan 5"])],
    keep=[("ORG", "Vivare", ["Vivare"]), ("ORG", "Huurdersvereniging Presikhaaf-Oost", ["Huurdersvereniging Presikhaaf-Oost"]),
          ("OFFICEHOLDER", "Wethouder Bouwmeester", ["Bouwmeester"]), ("ORG", "gemeente Arnhem", ["gemeente Arnhem"]),
          ("ORG", "Huurcommissie", ["Huurcommissie"]), ("ORG", "Apotheek Presikhaaf", ["Apotheek Presikhaaf"]),
          ("ORG", "De Wissel", ["De Wissel"]), ("GOVADDR", "Presikhaafweg 40", ["Presikhaafweg 40"]),
          ("ORG", "Johan Cruijff Foundation", ["Johan Cruijff Foundation"]), ("ORG", "Rijnstad", ["Rijnstad"]),
          ("MAILBOX", "bewonersblad@hvpresikhaaf.nl", ["bewonersblad@hvpresikhaaf.nl"]),
          ("MAILBOX", "buurtsport@rijnstad.nl", ["buurtsport@rijnstad.nl"]),
          ("MAILBOX", "swt.presikhaaf@arnhem.nl", ["swt.presikhaaf@arnhem.nl"]),
          ("SWITCHBOARD", "026 371 01 00", ["026 371 01 00"]), ("SWITCHBOARD", "14 026", ["14 026"]),
          ("SWITCHBOARD", "0900-8844", ["0900-8844"]), ("PLACE", "Aleppo", ["Aleppo"]),
          ("ROLE", "Buurtsportcoach", ["Buurtsportcoach"]), ("ROLE", "penningmeester", ["penningmeester"])])

# ------------------------------------------------------------------------------------------------
# 13 Minutes of a football club board (LibreOffice), initials, paraphs, first names
# ------------------------------------------------------------------------------------------------
doc(name="ax13_notulen_bestuur_vv_zwaluwen.pdf", producer="lo",
    meta={"Author": "Esther Kok", "Title": "Notulen bestuur VV De Zwaluwen 12-11-2024", "Subject": "concept - A.B."},
    header="VV De Zwaluwen '28 (Zaandam) - notulen bestuursvergadering - notulist: E. Kok",
    footer="Concept, niet verspreiden | pagina {page}",
    items=[
        ("h", "Notulen bestuursvergadering 12 november 2024"),
        ("p", "Aanwezig: Ahmed Benali (voorzitter, A.B.), Esther Kok (secretaris, notulen), Frank "
              "Schipper (penningmeester), Gülşen Aksoy-Vermeer (jeugdcoördinator), Stanley Martina "
              "(accommodatie)\nAfwezig met bericht: Mariusz Wójcik (sponsoring)\nGast bij punt 4: wethouder "
              "Olthof (Sport, gemeente Zaanstad)"),
        ("h2", "1. Opening en mededelingen"),
        ("p", "A.B. opent om 20.05 uur. Mariusz heeft laten weten dat hij na de winterstop stopt als "
              "sponsorcoördinator. Esther stuurt hem namens het bestuur een bos bloemen naar zijn huisadres "
              "(Peperstraat 14-zwart, Zaandam)."),
        ("h2", "2. Financiën"),
        ("p", "Frank licht de tussenstand toe. De contributie-inkomsten liggen op schema; 23 leden hebben "
              "nog niet betaald. Frank belt de ouders zelf. De subsidie van de gemeente Zaanstad "
              "(Sportakkoord, € 7.500) is ontvangen op de clubrekening " + I[12] + ". De kascommissie (Kees "
              "Brouwer en Sanne van Dijk) controleert in januari."),
        ("h2", "3. Jeugd"),
        ("p", "Gülşen meldt dat de JO11-2 geen trainer meer heeft. Volgens Gülşen wil de vader van een "
              "speler, de heer Oleksandr Tkachenko, het team overnemen; hij was trainer in Charkiv. Hij moet "
              "eerst een VOG aanvragen (via de KNVB, regeling gratis VOG vrijwilligers). Stanley merkt op dat "
              "de VOG-aanvraag van vrijwilliger Jeroen de Koning nog loopt."),
        ("h2", "4. Wethouder Olthof over het Sportakkoord"),
        ("p", "Wethouder Olthof vertelt over het Lokaal Sportakkoord en de Johan Cruijff Foundation, die "
              "een Cruyff Court naast het complex wil aanleggen. Het Rijk (staatssecretaris Karremans) "
              "stelt via de SPUK-regeling geld beschikbaar. Stanley vraagt of de gemeente de kunstgrasvelden "
              "vervangt; de wethouder zegt toe dit mee te nemen in de begroting. Contact via "
              "sportakkoord@zaanstad.nl."),
        ("h2", "5. Incident 2 november"),
        ("p", "Na de wedstrijd tegen ZVV Zaandijk is scheidsrechter Ramon Doornbos uitgescholden door een "
              "toeschouwer. Volgens de verklaring van grensrechter Yusuf Demir ging het om de vader van een "
              "speler. Het bestuur besluit de betrokkene (Patrick Zwolle, Westzijde 301, Zaandam) een "
              "terreinverbod van drie maanden op te leggen en dit te melden bij de KNVB "
              "(tuchtzaken@knvb.nl)."),
        ("h2", "6. Rondvraag en sluiting"),
        ("p", "Esther vraagt iedereen de nieuwe privacyverklaring te lezen. A.B. sluit om 22.15 uur."),
        ("h2", "Actielijst"),
        ("table", [["Nr", "Actie", "Wie", "Paraaf"],
                   ["24-31", "ouders bellen over contributie", "Frank", "FS"],
                   ["24-32", "VOG Tkachenko aanvragen", "Gülşen", "GAV"],
                   ["24-33", "brief terreinverbod", "Esther", "EK"],
                   ["24-34", "offerte kunstgras naar gemeente", "Stanley", "SM"]],
         [0.1, 0.5, 0.2, 0.2]),
        ("p", "Vastgesteld in de vergadering van 10 december 2024,\nvoorzitter A. Benali, secretaris E. Kok"),
    ],
    red=[("PERSON", "Ahmed Benali", ["Ahmed Benali", "A.B.", "A. Benali"]),
         ("PERSON", "Esther Kok", ["Esther Kok", "Esther", "E. Kok", "EK"]),
         ("PERSON", "Frank Schipper", ["Frank Schipper", "Frank", "FS"]),
         ("PERSON", "Gülşen Aksoy-Vermeer", ["Aksoy-Vermeer", "Gülşen", "GAV"]),
         ("PERSON", "Stanley Martina", ["Stanley Martina", "Stanley", "SM"]),
         ("PERSON", "Mariusz Wójcik", ["Mariusz Wójcik", "Mariusz"]),
         ("ADDRESS", "Peperstraat 14-zwart", ["Peperstraat 14-zwart"]),
         ("IBAN", I[12], [I[12]]),
         ("PERSON", "Kees Brouwer", ["Kees Brouwer"]), ("PERSON", "Sanne van Dijk", ["Sanne van Dijk"]),
         ("PERSON", "Oleksandr Tkachenko", ["Oleksandr Tkachenko", "Tkachenko"]),
         ("PERSON", "Jeroen de Koning", ["Jeroen de Koning"]),
         ("PERSON", "Ramon Doornbos", ["Ramon Doornbos"]), ("PERSON", "Yusuf Demir", ["Yusuf Demir"]),
         ("PERSON", "Patrick Zwolle", ["Patrick Zwolle"]), ("ADDRESS", "Westzijde 301", ["Westzijde 301"])],
    keep=[("ORG", "VV De Zwaluwen '28", ["VV De Zwaluwen"]), ("OFFICEHOLDER", "wethouder Olthof", ["Olthof"]),
          ("ORG", "gemeente Zaanstad", ["gemeente Zaanstad"]), ("ORG", "KNVB", ["KNVB"]),
          ("ORG", "Johan Cruijff Foundation", ["Johan Cruijff Foundation"]),
          ("OFFICEHOLDER", "staatssecretaris Karremans", ["Karremans"]), ("TERM", "SPUK", ["SPUK"]),
          ("TERM", "Lokaal Sportakkoord", ["Lokaal Sportakkoord"]), ("ORG", "ZVV Zaandijk", ["ZVV Zaandijk"]),
          ("MAILBOX", "sportakkoord@zaanstad.nl", ["sportakkoord@zaanstad.nl"]),
          ("MAILBOX", "tuchtzaken@knvb.nl", ["tuchtzaken@knvb.nl"]), ("PLACE", "Charkiv", ["Charkiv"]),
          ("ROLE", "penningmeester", ["penningmeester"]), ("ROLE", "jeugdcoördinator", ["jeugdcoördinator"]),
          ("ROLE", "scheidsrechter", ["scheidsrechter"]), ("TERM", "VOG", ["VOG"]), ("TERM", "JO11-2", ["JO11-2"])])

# ------------------------------------------------------------------------------------------------
# 14 Subsidy register culture and sport (Calc)
# ------------------------------------------------------------------------------------------------
_rows14 = [["Nr", "Aanvrager", "Contactpersoon", "Functie", "Regeling", "Bedrag", "IBAN aanvrager", "Besluit"],
           ["S24-101", "Stichting Zaans Museum", "drs. P. Schipper", "directeur", "Cultuurfonds Zaanstad", "€ 25.000", I[13], "verleend"],
           ["S24-102", "Turks-Nederlandse Culturele Vereniging Anadolu", "Hakan Öztürk\n(voorzitter)", "voorzitter", "Cultuurparticipatie", "€ 3.200", I[14], "verleend"],
           ["S24-103", "Schaakclub Wormerveer", "Jan-Willem Kok", "penningmeester", "Sportstimulering", "€ 850", I[15], "afgewezen"],
           ["S24-104", "Stichting Keti Koti Zaanstreek", "Gerda Vlijter-Doelwijt", "secretaris", "Evenementen", "€ 6.000", I[16], "verleend"],
           ["S24-105", "Oekraïens koor Kalyna", "Nataliya Shevchenko", "dirigent", "Cultuurparticipatie", "€ 1.500", I[17], "verleend"],
           ["S24-106", "Badmintonclub De Shuttle", "Quoc Bao Tran", "voorzitter", "Sportstimulering", "€ 2.250", I[18], "in behandeling"],
           ["S24-107", "Stichting Anne Frank Huis (educatieproject)", "afdeling Educatie", "—", "Cultuureducatie", "€ 12.000", "zie dossier", "verleend"]]
doc(name="ax14_subsidieregister_cultuur_sport_2024.pdf", producer="calc",
    meta={"Author": "Lisanne Bakker", "Title": "Subsidieregister 2024 Zaanstad - cultuur en sport"},
    header="Gemeente Zaanstad - Subsidieregister cultuur en sport 2024 - bijgehouden door L. Bakker (team Subsidies)",
    footer="Publiceerbare versie volgt na anonimisering",
    sheets=[("Register", _rows14),
            ("Behandelaars", [["Nr", "Behandelaar", "Telefoon", "", "Regeling"],
                              ["1", "Lisanne Bakker", "075 681 60 24", "", "Cultuurfonds, Cultuurparticipatie"],
                              ["2", "Orhan Yavuz", "06-10 29 38 47", "", "Sportstimulering"],
                              ["3", "Team Subsidies (algemeen)", "14 075", "", "alle"]])],
    widths={"A": 9, "B": 30, "C": 20, "D": 13, "E": 20, "F": 10, "G": 24, "H": 13}, wrap_cols=("B", "C"),
    red=[("PERSON", "drs. P. Schipper", ["P. Schipper"]), ("PERSON", "Hakan Öztürk", ["Hakan Öztürk"]),
         ("PERSON", "Jan-Willem Kok", ["Jan-Willem Kok"]),
         ("PERSON", "Gerda Vlijter-Doelwijt", ["Vlijter-Doelwijt", "Gerda"]),
         ("PERSON", "Nataliya Shevchenko", ["Nataliya Shevchenko"]), ("PERSON", "Quoc Bao Tran", ["Quoc Bao Tran"]),
         ("PERSON", "Lisanne Bakker", ["Lisanne Bakker", "L. Bakker"]), ("PERSON", "Orhan Yavuz", ["Orhan Yavuz"]),
         ("PHONE", "075 681 60 24", ["075 681 60 24"]), ("PHONE", "06-10 29 38 47", ["06-10 29 38 47"]),
         ("IBAN", "IBANs of the applicants", [I[13], I[14], I[15], I[16], I[17], I[18]])],
    keep=[("ORG", "Stichting Zaans Museum", ["Stichting Zaans Museum"]),
          ("ORG", "Anadolu", ["Turks-Nederlandse Culturele Vereniging Anadolu"]),
          ("ORG", "Schaakclub Wormerveer", ["Schaakclub Wormerveer"]),
          ("ORG", "Stichting Keti Koti Zaanstreek", ["Stichting Keti Koti Zaanstreek"]),
          ("ORG", "Oekraïens koor Kalyna", ["Oekraïens koor Kalyna"]),
          ("ORG", "Badmintonclub De Shuttle", ["Badmintonclub De Shuttle"]),
          ("ORG", "Stichting Anne Frank Huis", ["Stichting Anne Frank Huis"]),
          ("ORG", "Gemeente Zaanstad", ["Gemeente Zaanstad"]), ("SWITCHBOARD", "14 075", ["14 075"]),
          ("AMOUNT", "€ 25.000", ["€ 25.000"]), ("FILENR", "S24-104", ["S24-104"]),
          ("ROLE", "dirigent", ["dirigent"]), ("ROLE", "directeur", ["directeur"])])

# ------------------------------------------------------------------------------------------------
# 15 Subsidy application of a club (reportlab form, CAPITALS, sticky notes)
# ------------------------------------------------------------------------------------------------
doc(name="ax15_subsidieaanvraag_cricketvereniging.pdf", producer="rl",
    hidden={"notes": [(0, "Gebeld met Pritam Jagroep 16/10: statuten volgen. Zijn privénummer 06 1122 9087.",
                       "Annemarie van Rooij-Kaptein"),
                      (0, "Let op: Ajay Lachmon is ook bestuurslid van Stichting Mandir Shri Ram - dubbele aanvraag?",
                       "A. van Rooij-Kaptein")]},
    meta={"Author": "Pritam Jagroep", "Title": "Aanvraag Sportstimulering CC Sitara"},
    items=[
        ("h", "Aanvraagformulier subsidie Sportstimulering 2025"),
        ("small", "Gemeente Amstelveen | Laan Nieuwer-Amstel 1, 1182 JR Amstelveen | subsidies@amstelveen.nl | 14 020"),
        ("h2", "A. Organisatie"),
        ("table", [["Naam vereniging", "Cricketclub Sitara Amstelveen"],
                   ["KvK-nummer", "40597312"],
                   ["Vestigingsadres", "Sportpark Escapade, Startbaan 12, 1185 XR Amstelveen"],
                   ["IBAN vereniging", I[19]],
                   ["Aantal leden", "142 (waarvan 61 jeugdleden)"]], [0.35, 0.65], {"header": False}),
        ("h2", "B. Contactpersonen (bestuur)"),
        ("table", [["Functie", "Naam (HOOFDLETTERS)", "Adres", "Telefoon / e-mail"],
                   ["voorzitter", "JAGROEP, PRITAM", "Keizer Karelweg 401\n1185 HR Amstelveen", "06-41 58 22 71\npritam.jagroep@ziggo.nl"],
                   ["penningmeester", "LACHMON, AJAY\nKUMAR", "Groen van Prinstererlaan 77\n1181 TL Amstelveen", "020 - 643 17 90\najay.lachmon@outlook.com"],
                   ["jeugdzaken", "KHAN-VAN DER BERG,\nNADIA", "Bankrasweg 9\n1183 TP Amstelveen", "+31 (0)6 2455 8120"]],
         [0.16, 0.24, 0.3, 0.3]),
        ("h2", "C. Activiteit"),
        ("p", "Wij willen in 2025 een cricketprogramma voor meisjes starten, samen met de KNCB en het Prinses "
              "Máxima Centrum (sportdag voor kinderen na behandeling). Trainer wordt Imran Qureshi, "
              "oud-international. De gemeente heeft in 2024 al bijgedragen via wethouder Van Eijk (Sport)."),
        ("h2", "D. Begroting"),
        ("table", [["Post", "Bedrag"], ["trainersvergoeding", "€ 4.800"], ["materiaal", "€ 1.650"],
                   ["zaalhuur winter", "€ 2.100"], ["totaal aangevraagd", "€ 8.550"]], [0.6, 0.4]),
        ("h2", "E. Ondertekening"),
        ("p", "Naam: P. Jagroep, voorzitter          Datum: 14-10-2024          Handtekening: PJ\n"
              "Naam: A.K. Lachmon, penningmeester    Datum: 14-10-2024          Handtekening: AKL"),
    ],
    red=[("PERSON", "Pritam Jagroep", ["JAGROEP, PRITAM", "P. Jagroep", "Pritam Jagroep", "PJ"]),
         ("ADDRESS", "Keizer Karelweg 401, 1185 HR", ["Keizer Karelweg 401", "1185 HR"]),
         ("PHONE", "06-41 58 22 71", ["06-41 58 22 71"]), ("EMAIL", "pritam.jagroep@ziggo.nl", ["pritam.jagroep@ziggo.nl"]),
         ("PERSON", "Ajay Kumar Lachmon", ["LACHMON, AJAY", "A.K. Lachmon", "AKL", "Ajay Lachmon"]),
         ("ADDRESS", "Groen van Prinstererlaan 77, 1181 TL", ["Groen van Prinstererlaan 77", "1181 TL"]),
         ("PHONE", "020 - 643 17 90", ["020 - 643 17 90"]), ("EMAIL", "ajay.lachmon@outlook.com", ["ajay.lachmon@outlook.com"]),
         ("PERSON", "Nadia Khan-van der Berg", ["KHAN-VAN DER BERG", "NADIA"]),
         ("ADDRESS", "Bankrasweg 9, 1183 TP", ["Bankrasweg 9", "1183 TP"]),
         ("PHONE", "+31 (0)6 2455 8120", ["+31 (0)6 2455 8120"]),
         ("PERSON", "Imran Qureshi", ["Imran Qureshi"]),
         ("PHONE", "06 1122 9087 (sticky note)", ["06 1122 9087"]),
         ("PERSON", "Annemarie van Rooij-Kaptein (note author)", ["Rooij-Kaptein"]),
         ("IBAN", I[19], [I[19]])],
    keep=[("ORG", "Cricketclub Sitara Amstelveen", ["Cricketclub Sitara Amstelveen"]),
          ("ORG", "KNCB", ["KNCB"]), ("ORG", "Prinses Máxima Centrum", ["Prinses Máxima Centrum"]),
          ("OFFICEHOLDER", "wethouder Van Eijk", ["Van Eijk"]),
          ("GOVADDR", "Laan Nieuwer-Amstel 1", ["Laan Nieuwer-Amstel 1"]),
          ("GOVADDR", "Sportpark Escapade, Startbaan 12", ["Startbaan 12"]),
          ("MAILBOX", "subsidies@amstelveen.nl", ["subsidies@amstelveen.nl"]), ("SWITCHBOARD", "14 020", ["14 020"]),
          ("FILENR", "KvK 40597312", ["40597312"]), ("AMOUNT", "€ 8.550", ["€ 8.550"]),
          ("ROLE", "penningmeester", ["penningmeester"]), ("ROLE", "voorzitter", ["voorzitter"])])

# ------------------------------------------------------------------------------------------------
# 16 Event permit for a festival (reportlab decision)
# ------------------------------------------------------------------------------------------------
doc(name="ax16_evenementenvergunning_festival_kwakoe.pdf", producer="rl",
    meta={"Author": "Sjoerd van Leeuwen", "Title": "Evenementenvergunning Kwakoe 2025",
          "Subject": "aanvrager R. Sno"},
    footer="Gemeente Amsterdam | Team Evenementen | Amstel 1, 1011 PN Amsterdam | 14 020 | {page}",
    items=[
        ("h", "Besluit evenementenvergunning Kwakoe Zomerfestival 2025"),
        ("p", "De burgemeester van Amsterdam,\n\ngelet op de aanvraag van 2 december 2024 van Stichting Kwakoe "
              "Zomerfestival, ingediend door de heer Rudy Sno (voorzitter), wonende aan de Bijlmerdreef 1089 "
              "te Amsterdam, om een vergunning voor het Kwakoe Zomerfestival in het Nelson Mandelapark van "
              "5 juli tot en met 10 augustus 2025;"),
        ("p", "gelet op artikel 2:25 van de Algemene Plaatselijke Verordening Amsterdam en de adviezen van "
              "politie, brandweer (Brandweer Amsterdam-Amstelland) en GGD Amsterdam;"),
        ("h2", "besluit:"),
        ("p", "de gevraagde vergunning te verlenen onder de volgende voorschriften:\n"
              "1. Er zijn elke festivaldag minimaal 24 gecertificeerde beveiligers aanwezig (coördinator "
              "beveiliging: de heer Clyde Kross, bereikbaar op 06 5543 2109 tijdens het evenement).\n"
              "2. Het geluidsniveau bedraagt ten hoogste 85 dB(A) op de gevel van de dichtstbijzijnde woning.\n"
              "3. Het festivalterrein wordt uiterlijk 23.00 uur ontruimd.\n"
              "4. De EHBO-post wordt bemand door het Rode Kruis."),
        ("h2", "Motivering"),
        ("p", "Het Kwakoe Festival is een groot evenement dat sinds 1975 in Zuidoost plaatsvindt. "
              "Burgemeester Halsema hecht aan het festival als ontmoetingsplek. De bezwaren van "
              "omwonende mevrouw Yvonne Leeflang-Martis (Gooioord 240) over geluidsoverlast zijn betrokken "
              "bij voorschrift 2. De tweede melding, van de heer B. Koning-Brathwaite, is anoniem "
              "behandeld op zijn eigen verzoek."),
        ("p", "Contactpersoon bij de gemeente: Sjoerd van Leeuwen, vergunningverlener, "
              "s.van.leeuwen@amsterdam.nl, 020 256 31 77. Algemeen: evenementen@amsterdam.nl."),
        ("p", "Amsterdam, 18 december 2024\n\nDe burgemeester van Amsterdam,\nnamens deze,\n\n"
              "mr. drs. Ilona Koning\nhoofd Team Evenementen"),
        ("small", "Bezwaar binnen zes weken bij de burgemeester, Postbus 202, 1000 AE Amsterdam."),
    ],
    red=[("PERSON", "Rudy Sno", ["Rudy Sno", "R. Sno"]),
         ("ADDRESS", "Bijlmerdreef 1089", ["Bijlmerdreef 1089"]),
         ("PERSON", "Clyde Kross", ["Clyde Kross"]), ("PHONE", "06 5543 2109", ["06 5543 2109"]),
         ("PERSON", "Yvonne Leeflang-Martis", ["Leeflang-Martis", "Yvonne"]),
         ("ADDRESS", "Gooioord 240", ["Gooioord 240"]),
         ("PERSON", "B. Koning-Brathwaite", ["Koning-Brathwaite"]),
         ("PERSON", "Sjoerd van Leeuwen", ["Sjoerd van Leeuwen"]),
         ("EMAIL", "s.van.leeuwen@amsterdam.nl", ["s.van.leeuwen@amsterdam.nl"]),
         ("PHONE", "020 256 31 77", ["020 256 31 77"]),
         ("PERSON", "Ilona Koning", ["Ilona Koning"])],
    keep=[("OFFICEHOLDER", "Burgemeester Halsema", ["Halsema"]),
          ("ORG", "Stichting Kwakoe Zomerfestival", ["Stichting Kwakoe Zomerfestival"]),
          ("PLACE", "Nelson Mandelapark", ["Nelson Mandelapark"]), ("PLACE", "Zuidoost", ["Zuidoost"]),
          ("ORG", "Brandweer Amsterdam-Amstelland", ["Brandweer Amsterdam-Amstelland"]),
          ("ORG", "GGD Amsterdam", ["GGD Amsterdam"]), ("ORG", "Rode Kruis", ["Rode Kruis"]),
          ("LAW", "Algemene Plaatselijke Verordening Amsterdam", ["Algemene Plaatselijke Verordening Amsterdam"]),
          ("GOVADDR", "Amstel 1, 1011 PN", ["Amstel 1", "1011 PN"]), ("GOVADDR", "Postbus 202", ["Postbus 202"]),
          ("MAILBOX", "evenementen@amsterdam.nl", ["evenementen@amsterdam.nl"]), ("SWITCHBOARD", "14 020", ["14 020"]),
          ("ROLE", "vergunningverlener", ["vergunningverlener"]), ("ROLE", "hoofd Team Evenementen", ["hoofd Team Evenementen"])])

# ------------------------------------------------------------------------------------------------
# 17 WhatsApp chat export of festival volunteers (reportlab, monospace)
# ------------------------------------------------------------------------------------------------
doc(name="ax17_chatexport_vrijwilligers_museumnacht.pdf", producer="rl",
    meta={"Author": "Noor Hamdaoui", "Title": "WhatsApp-chat met Vrijwilligers Museumnacht Leiden"},
    header="Bijlage 3 bij klachtdossier KL-2024-077 (Museum Volkenkunde / Museumnacht Leiden) - export door N. Hamdaoui",
    items=[
        ("h2", "WhatsApp-chat met Vrijwilligers Museumnacht Leiden"),
        ("lines", [
            "[02-11-24 17:58] Noor Hamdaoui: Lieve mensen, briefing om 18.30 bij de personeelsingang",
            "[02-11-24 17:59] Noor Hamdaoui: Museum Volkenkunde, Steenstraat 1. Badge niet vergeten!",
            "[02-11-24 18:03] +31 6 4817 2256: is dit de groep van de museumnacht? ik ben Bich Ngoc",
            "[02-11-24 18:04] Noor Hamdaoui: Ja! Welkom Ngoc. Jij staat bij de garderobe met Wessel",
            "[02-11-24 18:05] Wessel ten Brink: 👍 ik ben er om 18.20",
            "[02-11-24 18:20] Sophie Visser: kan iemand mij bellen? 06-18 27 36 45, bus staat stil",
            "[02-11-24 18:21] Noor Hamdaoui: @Sophie Visser ik bel je nu",
            "[02-11-24 21:47] Wessel ten Brink: meneer bij de garderobe wordt boos, zegt dat zijn jas weg is",
            "[02-11-24 21:48] Wessel ten Brink: hij heet Van Dijk geloof ik, G. van Dijk uit Oegstgeest",
            "[02-11-24 21:50] Noor Hamdaoui: Ik kom eraan. Beveiliging (Hamid) is ingelicht",
            "[02-11-24 22:15] Bich Ngoc: jas gevonden, hing bij nummer 212 ipv 221",
            "[02-11-24 22:16] Noor Hamdaoui: Top Ngoc 🙏 ik mail meneer morgen via g.vandijk@kpnmail.nl",
            "[03-11-24 09:12] Eszter Nagy-Hofman: Dank allemaal! Declaraties graag naar",
            "[03-11-24 09:12] Eszter Nagy-Hofman: vrijwilligers@volkenkunde.nl, niet naar mij prive",
            "[03-11-24 09:13] Eszter Nagy-Hofman: Mijn adres is Hooigracht 12-A maar stuur niets per post",
            "[03-11-24 09:30] Sophie Visser: Volgens Wessel moet ik IBAN doorgeven: " + I[20].replace(" ", ""),
            "[03-11-24 09:31] Noor Hamdaoui: Sophie, niet in de groep zetten aub 😅",
        ]),
        ("sp", 8),
        ("p", "Toelichting klachtbehandelaar: de klacht van de heer G. van Dijk (KL-2024-077) is op 8 november "
              "2024 afgehandeld door het Museum Volkenkunde (onderdeel van Wereldmuseum, Nationaal Museum van "
              "Wereldculturen). Algemeen contact: info@wereldmuseum.nl, 088 004 28 00."),
    ],
    red=[("PERSON", "Noor Hamdaoui", ["Noor Hamdaoui", "N. Hamdaoui"]),
         ("PHONE", "+31 6 4817 2256", ["+31 6 4817 2256"]),
         ("PERSON", "Bich Ngoc", ["Bich Ngoc", "Ngoc"]), ("PERSON", "Wessel ten Brink", ["Wessel ten Brink", "Wessel"]),
         ("PERSON", "Sophie Visser", ["Sophie Visser", "Sophie"]), ("PHONE", "06-18 27 36 45", ["06-18 27 36 45"]),
         ("PERSON", "G. van Dijk", ["G. van Dijk", "Van Dijk"]), ("PERSON", "Hamid", ["Hamid"]),
         ("EMAIL", "g.vandijk@kpnmail.nl", ["g.vandijk@kpnmail.nl"]),
         ("PERSON", "Eszter Nagy-Hofman", ["Eszter Nagy-Hofman"]),
         ("ADDRESS", "Hooigracht 12-A", ["Hooigracht 12-A"]), ("IBAN", I[20], [I[20].replace(" ", "")])],
    keep=[("ORG", "Museum Volkenkunde", ["Museum Volkenkunde"]), ("GOVADDR", "Steenstraat 1", ["Steenstraat 1"]),
          ("ORG", "Wereldmuseum", ["Wereldmuseum"]), ("PLACE", "Oegstgeest", ["Oegstgeest"]),
          ("MAILBOX", "vrijwilligers@volkenkunde.nl", ["vrijwilligers@volkenkunde.nl"]),
          ("MAILBOX", "info@wereldmuseum.nl", ["info@wereldmuseum.nl"]),
          ("SWITCHBOARD", "088 004 28 00", ["088 004 28 00"]), ("FILENR", "KL-2024-077", ["KL-2024-077"]),
          ("TERM", "Museumnacht Leiden", ["Museumnacht Leiden"])])

# ------------------------------------------------------------------------------------------------
# 18 SCAN: handwritten-style complaint letter about a care home (image only)
# ------------------------------------------------------------------------------------------------
doc(name="ax18_scan_klachtbrief_verpleeghuis.pdf", producer="scan", seed=18, angle=0.8, size=11,
    items=[
        ("p", "Lucienne Martina-Cijntje\nKerkstraat 58\n2631 CK Nootdorp\ntel. 06 2748 1936"),
        ("sp", 8),
        ("p", "Aan de Inspectie Gezondheidszorg en Jeugd\nPostbus 2518\n6401 DA Heerlen"),
        ("p", "Nootdorp, 20 oktober 2024"),
        ("p", "Betreft: klacht over de zorg voor mijn vader, de heer Winston Martina, geboren 3 april 1938"),
        ("p", "Geachte heer, mevrouw,"),
        ("p", "Mijn vader woont sinds maart in verpleeghuis De Populier in Den Haag, afdeling Jasmijn. "
              "Op 12 oktober vond ik hem om half twaalf nog in bed, zonder eten en met een natte "
              "luier. De verzorgende die dienst had, Rosalie Kok, zei dat zij met twee collega's voor "
              "28 bewoners stond. De teamleider, de heer Gijs van Bommel, heeft mij niet teruggebeld."),
        ("p", "Ik heb dit ook gemeld bij de klachtenfunctionaris van de zorgorganisatie en bij "
              "Zorgkantoor DSW. Ik vraag de Inspectie om onderzoek te doen. U kunt mij bereiken op het "
              "nummer hierboven of via lucienne.martina@gmail.com."),
        ("p", "Met vriendelijke groet,"),
        ("sp", 10),
        ("p", "L. Martina-Cijntje"),
        ("small", "Bijlage: kopie Wlz-indicatie van mijn vader, BSN " + B[4]),
    ],
    red=[("PERSON", "Lucienne Martina-Cijntje", ["Martina-Cijntje", "Lucienne"]),
         ("ADDRESS", "Kerkstraat 58, 2631 CK Nootdorp", ["Kerkstraat 58", "2631 CK"]),
         ("PHONE", "06 2748 1936", ["06 2748 1936"]),
         ("PERSON", "Winston Martina", ["Winston Martina"]), ("DOB", "3 april 1938", ["3 april 1938"]),
         ("PERSON", "Rosalie Kok", ["Rosalie Kok"]), ("PERSON", "Gijs van Bommel", ["Gijs van Bommel"]),
         ("EMAIL", "lucienne.martina@gmail.com", ["lucienne.martina@gmail.com"]),
         ("BSN", B[4], [B[4]])],
    keep=[])

# ------------------------------------------------------------------------------------------------
# 19 SCAN: signed care plan page (Wlz), table with signatures
# ------------------------------------------------------------------------------------------------
doc(name="ax19_scan_zorgplan_ondertekening.pdf", producer="scan", seed=19, angle=-0.4, size=10.5, noise=6, dpi=240,
    meta={"Author": "scanner-3e-verdieping", "Title": "Scan zorgplan Dubois 20241107"},
    items=[
        ("h", "Zorgleefplan - evaluatie en ondertekening"),
        ("table", [["Cliënt", "Jean-Pierre Dubois"],
                   ["Geboortedatum", "19-12-1944"],
                   ["Cliëntnummer", "ZLP-558120"],
                   ["Woonadres", "Zorgcentrum Het Baken, Wilhelminastraat 40, kamer 2.14, Enschede"],
                   ["Eerste contactpersoon", "Marieke Dubois-Hengeveld (dochter), 053 - 431 22 87"],
                   ["Zorgkantoor", "Menzis Zorgkantoor Twente"]], [0.33, 0.67], {"header": False}),
        ("p", "Evaluatie 7 november 2024: de heer Dubois is tevreden over de dagbesteding. Volgens zijn "
              "dochter slaapt hij slecht sinds de verhuizing. Afspraak: specialist ouderengeneeskunde "
              "dr. Farida Haddou kijkt naar de medicatie."),
        ("table", [["Naam", "Rol", "Paraaf", "Datum"],
                   ["Jean-Pierre Dubois", "cliënt", "J-P D", "07-11-2024"],
                   ["Marieke Dubois-Hengeveld", "vertegenwoordiger", "MDH", "07-11-2024"],
                   ["Sanne Hofstede", "EVV'er", "SH", "07-11-2024"]], [0.35, 0.25, 0.2, 0.2]),
        ("small", "Het Baken is onderdeel van Livio. Centrale receptie: 088 005 50 00."),
    ],
    red=[("PERSON", "Jean-Pierre Dubois", ["Jean-Pierre Dubois", "Dubois"]),
         ("DOB", "19-12-1944", ["19-12-1944"]), ("CLIENTNR", "ZLP-558120", ["ZLP-558120"]),
         ("PERSON", "Marieke Dubois-Hengeveld", ["Dubois-Hengeveld"]), ("PHONE", "053 - 431 22 87", ["431 22 87"]),
         ("PERSON", "Farida Haddou", ["Farida Haddou"]), ("PERSON", "Sanne Hofstede", ["Sanne Hofstede"])],
    keep=[])

# ------------------------------------------------------------------------------------------------
# 20 SCAN: member list of a sports club (image only)
# ------------------------------------------------------------------------------------------------
doc(name="ax20_scan_ledenlijst_zwemvereniging.pdf", producer="scan", seed=20, angle=0.5, size=10,
    items=[
        ("h", "Zwemvereniging De Dolfijn Zwolle - ledenlijst masters (bijlage subsidieaanvraag)"),
        ("table", [["Lidnr", "Naam", "Adres", "Geb.datum", "Telefoon"],
                   ["1042", "Bram Visscher", "Assendorperstraat 120, Zwolle", "14-05-1961", "06 1357 9246"],
                   ["1043", "Hatice Yildirim", "Dobbe 22, Zwolle", "02-09-1974", "038 421 77 63"],
                   ["1051", "Piotr Mazur", "Thomas a Kempisstraat 6, Zwolle", "27-01-1988", "06 2468 1357"],
                   ["1057", "Ingrid Zwart-Bosch", "Wipstrikkerallee 88, Zwolle", "11-11-1955", "06 9753 1864"],
                   ["1060", "Marcel Koopman", "Spoolderbergweg 3, Hattem", "08-08-1969", "038 444 19 20"]],
         [0.08, 0.22, 0.34, 0.16, 0.2]),
        ("p", "Opgesteld door de ledenadministratie, Karin Stevens, oktober 2024. Zwembad: De Vrolijkheid, "
              "Zwolle. Aanvraag ingediend bij de gemeente Zwolle, team Sport."),
    ],
    red=[("PERSON", "Bram Visscher", ["Bram Visscher"]), ("ADDRESS", "Assendorperstraat 120", ["Assendorperstraat 120"]),
         ("DOB", "14-05-1961", ["14-05-1961"]), ("PHONE", "06 1357 9246", ["06 1357 9246"]),
         ("PERSON", "Hatice Yildirim", ["Hatice Yildirim"]), ("ADDRESS", "Dobbe 22", ["Dobbe 22"]),
         ("DOB", "02-09-1974", ["02-09-1974"]), ("PHONE", "038 421 77 63", ["421 77 63"]),
         ("PERSON", "Piotr Mazur", ["Piotr Mazur"]), ("ADDRESS", "Thomas a Kempisstraat 6", ["Kempisstraat 6"]),
         ("DOB", "27-01-1988", ["27-01-1988"]), ("PHONE", "06 2468 1357", ["06 2468 1357"]),
         ("PERSON", "Ingrid Zwart-Bosch", ["Zwart-Bosch"]), ("ADDRESS", "Wipstrikkerallee 88", ["Wipstrikkerallee 88"]),
         ("DOB", "11-11-1955", ["11-11-1955"]), ("PHONE", "06 9753 1864", ["06 9753 1864"]),
         ("PERSON", "Marcel Koopman", ["Marcel Koopman"]), ("ADDRESS", "Spoolderbergweg 3", ["Spoolderbergweg 3"]),
         ("DOB", "08-08-1969", ["08-08-1969"]), ("PHONE", "038 444 19 20", ["444 19 20"]),
         ("PERSON", "Karin Stevens", ["Karin Stevens"])],
    keep=[])

# ------------------------------------------------------------------------------------------------
# 21 GGD invitation (python-docx -> LibreOffice), Ukrainian family
# ------------------------------------------------------------------------------------------------
doc(name="ax21_ggd_uitnodiging_inhaalvaccinatie.pdf", producer="docx",
    meta={"Author": "Bogdan Marin", "Title": "Uitnodiging inhaalvaccinatie Kovalenko"},
    header="GGD Gelderland-Zuid | Jeugdgezondheidszorg | brief opgesteld door B. Marin",
    footer="GGD Gelderland-Zuid, Groenewoudseweg 275, 6524 TV Nijmegen | 088 144 71 11 | info@ggdgelderlandzuid.nl",
    items=[
        ("p", "Aan de ouder(s)/verzorger(s) van\nSofiia Kovalenko\nDe Ruyterstraat 15-II\n6512 GA Nijmegen"),
        ("p", "Nijmegen, 25 november 2024\nKenmerk: JGZ/RVP/24-3310"),
        ("p", "Beste mevrouw Kovalenko,"),
        ("p", "Uw dochter Sofiia (geboren 06-06-2017, BSN " + B[5] + ") is nog niet volledig gevaccineerd "
              "volgens het Rijksvaccinatieprogramma. Dat kan kloppen: in Oekraïne worden kinderen op andere "
              "leeftijden gevaccineerd. Uit de vaccinatiekaart die u op 14 november liet zien blijkt dat "
              "Sofiia de BMR-prik één keer heeft gehad."),
        ("p", "Wij nodigen u en Sofiia uit voor een afspraak op 10 december 2024 om 14.20 uur bij het "
              "consultatiebureau aan de Groenewoudseweg 275. Jeugdarts Tamara Wijnberg-Oyebanji en "
              "jeugdverpleegkundige Bogdan Marin zien u dan. Een tolk Oekraïens is aanwezig; als u "
              "liever Russisch spreekt, laat het ons weten."),
        ("p", "Uw broer, de heer Dmytro Kovalenko, gaf aan dat hij u naar de afspraak kan brengen. Wij hebben "
              "hem gebeld op +31 6 1987 6543 omdat uw eigen nummer (06-29384756) niet bereikbaar was."),
        ("p", "Kunt u niet? Bel dan met 088 144 71 11 of mail naar jgz@ggdgelderlandzuid.nl. Meer informatie "
              "over vaccinaties vindt u op rijksvaccinatieprogramma.nl (RIVM)."),
        ("p", "Met vriendelijke groet,\n\nBogdan Marin\njeugdverpleegkundige\nb.marin@ggdgelderlandzuid.nl"),
    ],
    red=[("PERSON", "Sofiia Kovalenko", ["Sofiia", "Kovalenko"]),
         ("ADDRESS", "De Ruyterstraat 15-II, 6512 GA", ["De Ruyterstraat 15-II", "6512 GA"]),
         ("DOB", "06-06-2017", ["06-06-2017"]), ("BSN", B[5], [B[5]]),
         ("PERSON", "Tamara Wijnberg-Oyebanji", ["Wijnberg-Oyebanji", "Tamara"]),
         ("PERSON", "Bogdan Marin", ["Bogdan Marin", "B. Marin"]),
         ("EMAIL", "b.marin@ggdgelderlandzuid.nl", ["b.marin@ggdgelderlandzuid.nl"]),
         ("PERSON", "Dmytro Kovalenko", ["Dmytro"]),
         ("PHONE", "+31 6 1987 6543", ["+31 6 1987 6543"]), ("PHONE", "06-29384756", ["06-29384756"])],
    keep=[("ORG", "GGD Gelderland-Zuid", ["GGD Gelderland-Zuid"]),
          ("GOVADDR", "Groenewoudseweg 275", ["Groenewoudseweg 275"]),
          ("SWITCHBOARD", "088 144 71 11", ["088 144 71 11"]),
          ("MAILBOX", "jgz@ggdgelderlandzuid.nl", ["jgz@ggdgelderlandzuid.nl"]),
          ("MAILBOX", "info@ggdgelderlandzuid.nl", ["info@ggdgelderlandzuid.nl"]),
          ("TERM", "Rijksvaccinatieprogramma", ["Rijksvaccinatieprogramma"]), ("ORG", "RIVM", ["RIVM"]),
          ("TERM", "BMR", ["BMR"]), ("FILENR", "JGZ/RVP/24-3310", ["JGZ/RVP/24-3310"]),
          ("PLACE", "Oekraïne", ["Oekraïne"]), ("ROLE", "jeugdverpleegkundige", ["jeugdverpleegkundige"]),
          ("ROLE", "Jeugdarts", ["Jeugdarts"])])

# ------------------------------------------------------------------------------------------------
# 22 Letter to parliament on sport (reportlab): office holders in role, one civil servant contact
# ------------------------------------------------------------------------------------------------
doc(name="ax22_kamerbrief_sportakkoord_voortgang.pdf", producer="rl",
    meta={"Author": "Wouter Visser (DSB)", "Title": "Kamerbrief voortgang Sportakkoord II"},
    footer="Directie Sport en Bewegen | contactpersoon: drs. Anouk Bouma-Sardjoe | T 06 5020 1188 | pagina {page}",
    items=[
        ("right", "Ministerie van Volksgezondheid, Welzijn en Sport\nParnassusplein 5, 2511 VX Den Haag"),
        ("p", "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA  DEN HAAG"),
        ("p", "Datum 9 december 2024\nBetreft Voortgang Sportakkoord II en sportdeelname"),
        ("p", "Geachte voorzitter,"),
        ("p", "Met deze brief informeer ik uw Kamer over de voortgang van het Sportakkoord II 'Sport verenigt "
              "Nederland'. Ik doe daarmee de toezegging gestand die ik tijdens het commissiedebat Sport van "
              "3 oktober 2024 deed aan het lid Dobbe (SP) en het lid Bikker (ChristenUnie)."),
        ("p", "Samen met de VSG, NOC*NSF en de Johan Cruijff Foundation investeren wij in buurtsportcoaches. "
              "Ruim 340 gemeenten doen mee met een lokaal sportakkoord. Uit cijfers van het RIVM en het "
              "Mulier Instituut blijkt dat vooral kinderen uit gezinnen met een laag inkomen minder "
              "sporten. Ik heb hierover gesproken met minister Agema en met staatssecretaris Struijs, die "
              "verantwoordelijk is voor de langdurige zorg."),
        ("p", "De motie-Slagt-Tichelman (Kamerstuk 30 234, nr. 412) vraagt om aandacht voor veilig "
              "sportklimaat. Het Centrum Veilige Sport Nederland heeft in 2024 meer meldingen ontvangen "
              "dan in 2023; de sportbonden, waaronder de KNVB en de KNZB, werken aan een "
              "meldplicht. Ik informeer uw Kamer voor de zomer van 2025 over de resultaten."),
        ("p", "De staatssecretaris van Volksgezondheid, Welzijn en Sport,\n\nstaatssecretaris Vincent Karremans"),
        ("small", "Vragen over deze brief: Informatie Rijksoverheid, 1400, of via het contactformulier op "
                  "rijksoverheid.nl."),
    ],
    red=[("PERSON", "Anouk Bouma-Sardjoe", ["Bouma-Sardjoe", "Anouk"]), ("PHONE", "06 5020 1188", ["06 5020 1188"]),
         ("PERSON", "Wouter Visser (Info Author)", ["Wouter Visser"])],
    keep=[("OFFICEHOLDER", "lid Dobbe", ["Dobbe"]), ("OFFICEHOLDER", "lid Bikker", ["Bikker"]),
          ("OFFICEHOLDER", "minister Agema", ["Agema"]), ("OFFICEHOLDER", "staatssecretaris Struijs", ["Struijs"]),
          ("OFFICEHOLDER", "staatssecretaris Vincent Karremans", ["Vincent Karremans"]),
          ("OFFICEHOLDER", "motie-Slagt-Tichelman", ["Slagt-Tichelman"]),
          ("ORG", "NOC*NSF", ["NOC*NSF"]), ("ORG", "VSG", ["VSG"]), ("ORG", "Mulier Instituut", ["Mulier Instituut"]),
          ("ORG", "Johan Cruijff Foundation", ["Johan Cruijff Foundation"]), ("ORG", "RIVM", ["RIVM"]),
          ("ORG", "Centrum Veilige Sport Nederland", ["Centrum Veilige Sport Nederland"]),
          ("ORG", "KNVB", ["KNVB"]), ("ORG", "KNZB", ["KNZB"]), ("GOVADDR", "Postbus 20018", ["Postbus 20018"]),
          ("FILENR", "Kamerstuk 30 234, nr. 412", ["30 234, nr. 412"]), ("SWITCHBOARD", "1400", ["1400"]),
          ("TERM", "Sportakkoord II", ["Sportakkoord II"]), ("ROLE", "buurtsportcoaches", ["buurtsportcoaches"])])
