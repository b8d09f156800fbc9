"""Set LN, documents ln01-ln11: the Woo decision, inspections, RVO decisions, a nature permit, threads."""
from lib import (KV, PB, RIGHT, SIG, SP, A4, Doc, H, L, P, T, add_fields, bsn, iban, landscape,
                 render, set_meta)

LVVN_LEFT = ["*Ministerie van Landbouw, Visserij,", "*Voedselzekerheid en Natuur"]


def lvvn_right(dir_="Directoraat-generaal Agro", extra=()):
    return [f"*{dir_}", "Bezuidenhoutseweg 73", "2594 AC Den Haag", "Postbus 20401",
            "2500 EK Den Haag", "www.rijksoverheid.nl/lvvn", *extra]


# ----------------------------------------------------------------------------------------------
def ln01():
    d = Doc("ln01")
    blocks = [
        RIGHT(lvvn_right("Directie Woo en Informatievoorziening",
                         ["", "*Ons kenmerk", "WOO-2025-0417 / 96604183", "*Uw kenmerk", "verzoek 14 maart 2025",
                          "*Bijlagen", "2 (inventarislijst, documenten)"]), left=LVVN_LEFT),
        L("Mevrouw drs. L.C. Hazenberg"),
        L("Oosterhamrikkade 118-2"),
        L("9714 BM Groningen"),
        SP(14),
        KV("Datum", "2 september 2025", 70),
        KV("Betreft", "Besluit op uw Woo-verzoek over het toezicht op Vleesbedrijf Oost-Veluwe B.V.", 70),
        SP(8),
        P("Geachte mevrouw Hazenberg,"),
        P("Op 14 maart 2025 heeft u met een beroep op de Wet open overheid (Woo) gevraagd om openbaarmaking "
          "van documenten over het toezicht van de Nederlandse Voedsel- en Warenautoriteit (NVWA) op "
          "Vleesbedrijf Oost-Veluwe B.V. te Apeldoorn in de periode 1 januari 2024 tot en met 1 maart 2025, "
          "en over de afstemming daarover tussen het ministerie, de NVWA en Rijksdienst voor Ondernemend "
          "Nederland (RVO). Uw verzoek is op 17 maart 2025 ontvangen. Bij brief van 9 april 2025 is de "
          "beslistermijn met twee weken verdaagd; op 22 mei 2025 heeft u ingestemd met verder uitstel."),
        H("1. Besluit", 11),
        P("Ik heb besloten uw verzoek gedeeltelijk toe te wijzen. Van de 38 documenten die onder uw verzoek "
          "vallen maak ik 29 documenten deels openbaar, 6 documenten geheel openbaar en 3 documenten niet "
          "openbaar. Een overzicht vindt u in de inventarislijst (bijlage 1)."),
        H("2. Weigeringsgronden", 11),
        P("Persoonsgegevens (artikel 5.1, tweede lid, onder e, Woo). In de documenten staan namen, "
          "e-mailadressen, telefoonnummers en handtekeningen van medewerkers van het ministerie, de NVWA, "
          "RVO en de provincie Gelderland, en gegevens van veehouders en omwonenden. Het belang van "
          "eerbiediging van de persoonlijke levenssfeer weegt zwaarder dan het belang van openbaarheid. "
          "Namen van de minister en de staatssecretaris, van gedeputeerden en van Kamerleden maak ik wel "
          "openbaar."),
        P("Bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, Woo). In twee documenten staan "
          "gegevens over de gezondheid van een veehouder en over een strafrechtelijke veroordeling. Deze "
          "gegevens maak ik niet openbaar."),
        P("Identificatienummers (artikel 5.1, eerste lid, onder e, Woo). Burgerservicenummers zijn "
          "gelakt. Relatienummers van RVO en UBN-nummers van eenmanszaken zijn te herleiden tot een "
          "natuurlijk persoon en zijn op grond van 5.1.2e gelakt."),
        P("Bedrijfs- en fabricagegegevens (artikel 5.1, eerste lid, onder c, Woo). Slachtaantallen per "
          "week die Vleesbedrijf Oost-Veluwe B.V. vertrouwelijk aan de NVWA heeft gemeld, maak ik niet "
          "openbaar."),
        H("3. Wijze van openbaarmaking", 11),
        P("De documenten worden gepubliceerd op open.overheid.nl. Bij de publicatie worden uw naam en "
          "adres weggelaten."),
        SP(6),
        P("De minister van Landbouw, Visserij, Voedselzekerheid en Natuur,"),
        P("namens deze,"),
        SIG("E. Schuitemaker", seed=11),
        L("mr. drs. E.J. Schuitemaker"),
        L("afdelingshoofd Woo en Informatievoorziening"),
        SP(10),
        P("Heeft u vragen over dit besluit? Neem dan contact op met de heer R. Pelgrom, telefoon "
          "06-48291733, of mail naar woo@minlvvn.nl onder vermelding van het kenmerk WOO-2025-0417.", 9),
        H("Bezwaar", 10),
        P("Bent u het niet eens met dit besluit, dan kunt u binnen zes weken na de dag van verzending "
          "bezwaar maken bij de minister van Landbouw, Visserij, Voedselzekerheid en Natuur, Postbus 20401, "
          "2500 EK Den Haag.", 9),
    ]
    render(d.pdf, blocks, font="LibSans", size=9.6, margins=(62, 56, 62, 56))
    set_meta(d.pdf, title="Besluit Woo-verzoek WOO-2025-0417", producer="Xential / iText 7.2.5")
    d.r("PERSON", "L.C. Hazenberg", "Hazenberg")
    d.r("ADDRESS", "Oosterhamrikkade 118-2, 9714 BM Groningen", "Oosterhamrikkade 118-2", "9714 BM")
    d.r("PERSON", "E.J. Schuitemaker", "Schuitemaker")
    d.r("PERSON", "R. Pelgrom", "Pelgrom")
    d.r("PHONE", "06-48291733", "06-48291733")
    d.k("ORG", "NVWA", "NVWA")
    d.k("ORG", "Vleesbedrijf Oost-Veluwe B.V.", "Vleesbedrijf Oost-Veluwe B.V.")
    d.k("ORG", "RVO", "RVO")
    d.k("LAW", "Wet open overheid", "Wet open overheid")
    d.k("LAW", "Woo", "Woo")
    d.k("ADDRESS", "Bezuidenhoutseweg 73", "Bezuidenhoutseweg 73")
    d.k("REF", "WOO-2025-0417", "WOO-2025-0417")
    d.k("EMAIL", "woo@minlvvn.nl", "woo@minlvvn.nl")
    d.k("PLACE", "Apeldoorn", "Apeldoorn")
    d.k("ORG", "provincie Gelderland", "provincie Gelderland")
    d.k("DATE", "14 maart 2025", "14 maart 2025")
    d.k("GROUND", "5.1.2e", "5.1.2e")
    d.k("WEB", "open.overheid.nl", "open.overheid.nl")
    d.k("ADDRESS", "Postbus 20401", "Postbus 20401")
    d.k("TITLE", "afdelingshoofd Woo en Informatievoorziening", "afdelingshoofd Woo en Informatievoorziening")
    return d


# ----------------------------------------------------------------------------------------------
def ln02():
    d = Doc("ln02")
    rows = [["Nr.", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"],
            ["1", "E-mail LVVN-NVWA over heraudit slachtlijn", "08-01-2024", "Deels openbaar", "5.1.2e", ""],
            ["2", "Inspectierapport NVWA Vleesbedrijf Oost-Veluwe B.V.", "23-01-2024", "Deels openbaar",
             "5.1.2e, 5.1.1c", "bijlage bij nr. 1"],
            ["3", "Teams-chat DAD / NVWA", "24-01-2024", "Deels openbaar", "5.1.2e", ""],
            ["4", "Verslag ketenoverleg dierenwelzijn", "06-02-2024", "Deels openbaar", "5.1.2e", ""],
            ["5", "Beschikking RVO derogatie 2024", "12-02-2024", "Deels openbaar", "5.1.2e", "dubbel met nr. 19"],
            ["6", "Handgeschreven notitie bij overleg", "06-02-2024", "Deels openbaar", "5.1.2e", "scan"],
            ["7", "Brief veehouder aan de minister", "19-02-2024", "Deels openbaar", "5.1.2e, 5.1.1d", ""],
            ["8", "Beslisnota intensivering toezicht", "04-03-2024", "Deels openbaar", "5.1.2e, 5.2.1", ""],
            ["9", "Vergunning Wet natuurbescherming (Gelderland)", "11-03-2024", "Openbaar", "", "reeds openbaar"],
            ["10", "Proces-verbaal NVWA-IOD (samenvatting)", "02-04-2024", "Niet openbaar", "5.1.1d, 5.1.2e", ""],
            ["11", "Persbericht NVWA", "15-04-2024", "Openbaar", "", "reeds openbaar"],
            ["12", "Gespreksverslag Lbv-plus keukentafelgesprek", "30-05-2024", "Deels openbaar",
             "5.1.2e, 5.1.1d", ""]]
    blocks = [
        H("Bijlage 1 - Inventarislijst Woo-besluit WOO-2025-0417", 12),
        P("Verzoek: documenten over het toezicht op Vleesbedrijf Oost-Veluwe B.V. en de afstemming tussen "
          "LVVN, NVWA en RVO (1 januari 2024 - 1 maart 2025). Behandelaar: R. Pelgrom (Directie Woo en "
          "Informatievoorziening).", 9),
        T(rows, [5, 40, 12, 15, 15, 20], size=8),
        P("Legenda: 5.1.2e = eerbiediging van de persoonlijke levenssfeer; 5.1.1c = vertrouwelijk "
          "meegedeelde bedrijfsgegevens; 5.1.1d = bijzondere persoonsgegevens; 5.2.1 = persoonlijke "
          "beleidsopvattingen.", 8),
    ]
    render(d.pdf, blocks, font="Helvetica", size=9, pagesize=landscape(A4), margins=(40, 40, 40, 40))
    set_meta(d.pdf, title="Inventarislijst WOO-2025-0417", author="Pelgrom, R. (LVVN/DWI)",
             producer="Microsoft Excel 2016")
    d.r("PERSON", "R. Pelgrom", "Pelgrom")
    d.k("REF", "WOO-2025-0417", "WOO-2025-0417")
    d.k("ORG", "Vleesbedrijf Oost-Veluwe B.V.", "Vleesbedrijf Oost-Veluwe B.V.")
    d.k("GROUND", "5.1.2e", "5.1.2e")
    d.k("GROUND", "5.1.1d", "5.1.1d")
    d.k("ASSESS", "Deels openbaar", "Deels openbaar")
    d.k("ASSESS", "Niet openbaar", "Niet openbaar")
    d.k("DATE", "23-01-2024", "23-01-2024")
    d.k("DOC", "Beslisnota intensivering toezicht", "Beslisnota intensivering toezicht")
    d.k("LAW", "Wet natuurbescherming", "Wet natuurbescherming")
    d.k("ORG", "NVWA-IOD", "NVWA-IOD")
    d.k("PROG", "Lbv-plus", "Lbv-plus")
    d.k("ORG", "RVO", "RVO")
    return d


# ----------------------------------------------------------------------------------------------
def ln03():
    """NVWA inspection form at a slaughterhouse: names in capitals, inspector numbers."""
    d = Doc("ln03")
    rows = [["Nr.", "Onderdeel", "Bevinding", "Oordeel"],
            ["1", "Aanvoer en lossen", "Twee runderen niet transportwaardig aangevoerd (kreupel, graad 3). "
             "Vervoerder: Veetransport Hattem B.V., chauffeur L. BRUGGINK.", "Overtreding"],
            ["2", "Wachtstal", "Drinkwatervoorziening in hok 4 defect; dieren > 6 uur zonder water.",
             "Overtreding"],
            ["3", "Bedwelming", "Controle elektrische bedwelming varkens: 3 van 40 dieren onvoldoende "
             "bedwelmd; medewerker bedwelming: DE HAAN, R.", "Ernstige overtreding"],
            ["4", "Hygiëne slachtlijn", "Geen afwijkingen.", "Akkoord"],
            ["5", "Registratie", "Slachtregister volledig; verantwoordelijke dierenwelzijn (AWO) "
             "mw. T. OUDE GRIEP aanwezig bij inspectie.", "Akkoord"]]
    blocks = [
        L("NEDERLANDSE VOEDSEL- EN WARENAUTORITEIT", 11, True),
        L("Divisie Keuren  |  Team Slachthuistoezicht Oost", 9),
        SP(6),
        H("INSPECTIERAPPORT DIERENWELZIJN SLACHTHUIS", 12),
        KV("Rapportnummer:", "NVWA/KEU/2024/011873", 140),
        KV("Datum inspectie:", "23 januari 2024, 05:40 - 11:15 uur", 140),
        KV("Bedrijf:", "Vleesbedrijf Oost-Veluwe B.V.", 140),
        KV("Adres bedrijf:", "Ecofactorij 41, 7325 WC Apeldoorn", 140),
        KV("EG-erkenningsnummer:", "NL 318 EG", 140),
        KV("Aanwezig namens bedrijf:", "G.J. VAN DALFSEN (bedrijfsleider)", 140),
        SP(4),
        KV("NAAM INSPECTEUR:", "R.J. VAN DER STEEG", 140),
        KV("Inspecteursnummer:", "40817", 140),
        KV("Tweede inspecteur:", "F. NIJENHUIS (toezichthouder, nr. 41263)", 140),
        KV("Officiële dierenarts:", "DR. H.W. KLEINJAN-MEURS", 140),
        SP(6),
        T(rows, [5, 20, 60, 17], size=8.5),
        H("Conclusie", 10.5),
        P("Het bedrijf heeft op drie onderdelen de regels van Verordening (EG) nr. 1099/2009 en de Wet "
          "dieren niet nageleefd. De NVWA legt voor bevinding 3 een bestuurlijke boete op en stelt voor "
          "bevinding 2 een schriftelijke waarschuwing op. Bevinding 1 wordt doorgezet naar Team "
          "Transport (contactpersoon: D. STRUIJK-VAN WOERKOM)."),
        P("De bedrijfsleider, de heer Van Dalfsen, heeft verklaard dat de storing aan de drinkbakken "
          "sinds de avond ervoor bekend was. Hij verwees naar de technische dienst. Zijn verklaring is "
          "opgenomen in bijlage B."),
        SP(4),
        T([["Paraaf", "Naam", "Functie", "Datum"],
           ["RJvdS", "R.J. van der Steeg", "inspecteur", "23-01-2024"],
           ["FN", "F. Nijenhuis", "toezichthouder", "23-01-2024"],
           ["HWK", "H.W. Kleinjan-Meurs", "officiële dierenarts", "24-01-2024"]], [12, 35, 30, 20], size=8.5),
        P("Vragen over dit rapport: NVWA, telefoon 0900 0388, of via het contactformulier op www.nvwa.nl. "
          "Dit rapport is opgemaakt met Inspectieview versie 4.12.", 8),
    ]
    render(d.pdf, blocks, font="Courier", size=9, header="NVWA  -  RAPPORT  NVWA/KEU/2024/011873")
    set_meta(d.pdf, author="Inspectieview", title="Inspectierapport NVWA/KEU/2024/011873",
             producer="Inspectieview 4.12 (JasperReports)")
    d.r("PERSON", "L. Bruggink", "BRUGGINK")
    d.r("PERSON", "R. de Haan", "DE HAAN, R.")
    d.r("PERSON", "T. Oude Griep", "OUDE GRIEP")
    d.r("PERSON", "G.J. van Dalfsen", "VAN DALFSEN", "Van Dalfsen")
    d.r("PERSON", "R.J. van der Steeg", "VAN DER STEEG", "van der Steeg", "RJvdS")
    d.r("PERSON", "F. Nijenhuis (paraph)", "FN")
    d.r("NUMBER", "inspecteursnummer 40817", "40817")
    d.r("PERSON", "F. Nijenhuis", "NIJENHUIS", "Nijenhuis")
    d.r("NUMBER", "toezichthoudernummer 41263", "41263")
    d.r("PERSON", "H.W. Kleinjan-Meurs", "KLEINJAN-MEURS", "Kleinjan-Meurs", "HWK")
    d.r("PERSON", "D. Struijk-van Woerkom", "STRUIJK-VAN WOERKOM")
    d.k("ORG", "Vleesbedrijf Oost-Veluwe B.V.", "Vleesbedrijf Oost-Veluwe B.V.")
    d.k("ORG", "Veetransport Hattem B.V.", "Veetransport Hattem B.V.")
    d.k("ADDRESS", "Ecofactorij 41", "Ecofactorij 41")
    d.k("REF", "NVWA/KEU/2024/011873", "NVWA/KEU/2024/011873")
    d.k("REF", "NL 318 EG", "NL 318 EG")
    d.k("LAW", "Verordening (EG) nr. 1099/2009", "Verordening (EG) nr. 1099/2009")
    d.k("LAW", "Wet dieren", "Wet dieren")
    d.k("PHONE", "0900 0388", "0900 0388")
    d.k("ORG", "Team Transport", "Team Transport")
    d.k("TITLE", "officiële dierenarts", "officiële dierenarts")
    d.k("ASSESS", "Ernstige overtreding", "Ernstige overtreding")
    d.k("PLACE", "Apeldoorn", "Apeldoorn")
    d.k("WEB", "www.nvwa.nl", "www.nvwa.nl")
    return d


# ----------------------------------------------------------------------------------------------
def ln04():
    """Restaurant inspection; owner runs an eenmanszaak; inspector's name only in a form field."""
    d = Doc("ln04")
    blocks = [
        L("NVWA  |  Toezicht horeca en ambachtelijke bedrijven", 10, True),
        H("Inspectieresultaat hygiënecode (HACCP)", 12),
        KV("Inspectienummer", "HOR-2024-4471902", 130),
        KV("Bedrijfsnaam", "Eetcafé De Gouden Karper", 130),
        KV("Rechtsvorm", "eenmanszaak", 130),
        KV("Eigenaar", "Yusuf Akkerman-Demir", 130),
        KV("KvK-nummer eenmanszaak", "81736259", 130),
        KV("Vestigingsadres", "Markt 7, 8261 GT Kampen", 130),
        KV("Privéadres eigenaar", "Buitennieuwstraat 88, 8261 AZ Kampen", 130),
        KV("Telefoon eigenaar", "06 1937 4420", 130),
        KV("Datum inspectie", "7 maart 2024", 130),
        SP(6),
        T([["Code", "Omschrijving", "Resultaat"],
           ["H-02", "Temperatuur koelcel (max. 7 °C)", "9,4 °C - overtreding"],
           ["H-07", "Allergeneninformatie aanwezig", "in orde"],
           ["H-11", "Ongediertebestrijding (muizenkeutels keuken)", "overtreding"],
           ["H-15", "Persoonlijke hygiëne personeel", "in orde"]], [12, 60, 28]),
        P("De eigenaar, de heer Akkerman-Demir, was bij de inspectie aanwezig. Hij gaf aan dat de "
          "koelmonteur van Koeltechniek Zwolle al was ingeschakeld. Bij de herinspectie binnen vier weken "
          "controleert de NVWA de koelcel en het ongedierteplan."),
        P("Let op: in Kampen heeft ook een landbouwbedrijf van de familie Akkerman een vestiging; dat "
          "bedrijf staat los van deze inspectie.", 9),
        SP(8),
        L("Handtekening inspecteur:", 9, True),
        SP(24),
        P("Contact: NVWA Klantcontactcentrum, 0900 0388 (lokaal tarief), of info@nvwa.nl.", 8.5),
    ]
    render(d.pdf, blocks, font="Carlito", size=10)
    add_fields(d.pdf, [(0, [62, 190, 300, 210], "inspecteur_naam", "B. Hoekstra-Visscher (nr. 39055)")])
    set_meta(d.pdf, producer="NVWA Formulierenserver 2.3")
    d.r("PERSON", "Yusuf Akkerman-Demir", "Yusuf Akkerman-Demir", "Akkerman-Demir")
    d.r("NUMBER", "KvK eenmanszaak 81736259", "81736259")
    d.r("ADDRESS", "Buitennieuwstraat 88, 8261 AZ Kampen", "Buitennieuwstraat 88", "8261 AZ")
    d.r("PHONE", "06 1937 4420", "06 1937 4420")
    d.r("PERSON", "familie Akkerman", "familie Akkerman")
    d.r("PERSON", "B. Hoekstra-Visscher", "Hoekstra-Visscher", channel="annotations")
    d.r("NUMBER", "inspecteursnummer 39055", "39055", channel="annotations")
    d.k("ORG", "Eetcafé De Gouden Karper", "Eetcafé De Gouden Karper")
    d.k("ADDRESS", "Markt 7, 8261 GT Kampen", "Markt 7, 8261 GT Kampen")
    d.k("REF", "HOR-2024-4471902", "HOR-2024-4471902")
    d.k("ORG", "Koeltechniek Zwolle", "Koeltechniek Zwolle")
    d.k("PHONE", "0900 0388", "0900 0388")
    d.k("EMAIL", "info@nvwa.nl", "info@nvwa.nl")
    d.k("TERM", "HACCP", "HACCP")
    d.k("DATE", "7 maart 2024", "7 maart 2024")
    d.k("TERM", "eenmanszaak", "eenmanszaak")
    return d


# ----------------------------------------------------------------------------------------------
def ln05():
    """RVO derogation decision to a natural person (surname Boer)."""
    d = Doc("ln05")
    b = bsn("18274503")
    ib = iban("RABO", "3154872096")
    blocks = [
        RIGHT(["*Rijksdienst voor Ondernemend", "*Nederland", "Postbus 338", "8200 AH Lelystad",
               "T 088 042 42 42", "www.rvo.nl", "", "*Datum", "12 februari 2024", "*Ons kenmerk",
               "DER-24-0093318", "*Relatienummer", "200418273"],
              left=["RVO", "Rijksdienst voor Ondernemend Nederland"]),
        L("De heer J.H. Boer"),
        L("Boerderij 'Het Hoge Erf'"),
        L("Boerweg 23"),
        L("3861 PM Nijkerk"),
        SP(12),
        L("Onderwerp: Beschikking deelname derogatie 2024 en gebruiksruimte", 10, True),
        SP(4),
        P("Geachte heer Boer,"),
        P("U heeft op 28 januari 2024 via Mijn RVO deelname aan derogatie voor het kalenderjaar 2024 "
          "aangevraagd voor uw melkveebedrijf (eenmanszaak, KvK-nummer 09172645) aan de Boerweg in Nijkerk. "
          "In deze brief leest u ons besluit."),
        H("Besluit", 10.5),
        P("Uw aanvraag is toegekend. U mag in 2024 maximaal 230 kg stikstof uit graasdiermest per hectare "
          "toepassen op de percelen die in 2024 in de gecombineerde opgave staan, op voorwaarde dat u "
          "voldoet aan de voorwaarden van artikel 22 van het Uitvoeringsbesluit Meststoffenwet. Dit volgt "
          "uit de derogatiebeschikking van de Europese Commissie (Uitvoeringsbesluit (EU) 2022/2462) en de "
          "Meststoffenwet. Uw UBN-nummer is 2274831; bedrijf en locatie zijn aan u persoonlijk gekoppeld."),
        H("Gebruiksruimte", 10.5),
        T([["Onderdeel", "Hectare", "kg N/ha", "Totaal kg N"],
           ["Grasland (derogatie)", "31,42", "230", "7.227"],
           ["Bouwland (maïs)", "6,10", "170", "1.037"],
           ["Totaal", "37,52", "", "8.264"]], [40, 18, 18, 24]),
        P("De derogatie wordt in 2025 verder afgebouwd. Meer informatie vindt u op www.rvo.nl/derogatie."),
        H("Betaling vergoeding monsterneming", 10.5),
        P(f"De vergoeding van EUR 412,50 voor de bemonstering wordt overgemaakt naar rekening {ib} t.n.v. "
          "J.H. Boer. Voor de koppeling met de Basisregistratie Personen gebruikten wij uw BSN " + b + "."),
        P("Een boer die de voorwaarden niet naleeft, verliest de derogatie voor het hele kalenderjaar. Dit "
          "geldt ook voor u.", 9.5),
        PB(),
        H("Bezwaar", 10.5),
        P("Bent u het niet eens met deze beschikking? Dan kunt u binnen 6 weken na de datum van deze brief "
          "bezwaar maken via Mijn RVO of per post bij RVO, Postbus 338, 8200 AH Lelystad."),
        P("Met vriendelijke groet,"),
        P("De minister van Landbouw, Natuur en Voedselkwaliteit,"),
        P("namens deze:"),
        SIG("I. Hofstede", seed=21),
        L("Ing. I.M. Hofstede-Lammers"),
        L("Adviseur Mest, team Meststoffenwet"),
        SP(10),
        P("Heeft u vragen? Bel ons op 088 042 42 42 of stel uw vraag via www.rvo.nl/contact. Houd uw "
          "relatienummer 200418273 bij de hand. Uw behandelaar is de heer K. Belhadj (k.belhadj@rvo.nl, "
          "direct +31 88 042 7719).", 9),
    ]
    render(d.pdf, blocks, font="DejaVu", size=9.3)
    set_meta(d.pdf, title="Beschikking derogatie 2024 - 200418273", author="Belhadj, Karim",
             producer="RVO Correspondentieplatform (OpenText Exstream 16.6)")
    d.r("PERSON", "J.H. Boer", "J.H. Boer", "heer Boer")
    d.r("ADDRESS", "Boerweg 23, 3861 PM Nijkerk", "Boerweg 23", "3861 PM", "aan de Boerweg")
    d.r("NUMBER", "relatienummer 200418273", "200418273")
    d.r("NUMBER", "KvK eenmanszaak 09172645", "09172645")
    d.r("NUMBER", "UBN 2274831", "2274831")
    d.r("IBAN", ib, ib)
    d.r("BSN", b, b)
    d.r("PERSON", "I.M. Hofstede-Lammers", "Hofstede-Lammers")
    d.r("PERSON", "K. Belhadj", "Belhadj")
    d.r("EMAIL", "k.belhadj@rvo.nl", "k.belhadj@rvo.nl")
    d.r("PHONE", "+31 88 042 7719", "+31 88 042 7719")
    d.r("PERSON", "Karim Belhadj (Author)", "Belhadj, Karim", channel="metadata")
    d.k("ORG", "Rijksdienst voor Ondernemend Nederland", "Rijksdienst voor Ondernemend Nederland")
    d.k("PHONE", "088 042 42 42", "088 042 42 42")
    d.k("REF", "DER-24-0093318", "DER-24-0093318")
    d.k("LAW", "Meststoffenwet", "Meststoffenwet")
    d.k("LAW", "Uitvoeringsbesluit Meststoffenwet", "Uitvoeringsbesluit Meststoffenwet")
    d.k("LAW", "Uitvoeringsbesluit (EU) 2022/2462", "Uitvoeringsbesluit (EU) 2022/2462")
    d.k("ORG", "Europese Commissie", "Europese Commissie")
    d.k("PROG", "derogatie", "derogatie")
    d.k("ADDRESS", "Postbus 338, 8200 AH Lelystad", "Postbus 338")
    d.k("WEB", "www.rvo.nl/derogatie", "www.rvo.nl/derogatie")
    d.k("WORD", "boer (common noun)", "boer")
    d.k("TITLE", "Adviseur Mest", "Adviseur Mest")
    d.k("ORG", "Basisregistratie Personen", "Basisregistratie Personen")
    d.k("WEB", "Mijn RVO", "Mijn RVO")
    return d


# ----------------------------------------------------------------------------------------------
def ln06():
    """Lbv-plus subsidy decision to a natural person (Van Dalfsen-Kuipers)."""
    d = Doc("ln06")
    ib = iban("INGB", "0007358214")
    blocks = [
        RIGHT(["*Rijksdienst voor Ondernemend", "*Nederland", "Prinses Beatrixlaan 2", "2595 AL Den Haag",
               "T 088 042 42 42", "", "*Zaaknummer", "LBVP-23-004471", "*Relatienummer", "300992761",
               "*Datum", "27 juni 2024"], left=["RVO"]),
        L("Mevrouw G. van Dalfsen-Kuipers"),
        L("Kanaaldijk Oost 5"),
        L("8147 RB Lemelerveld"),
        SP(12),
        L("Onderwerp: Besluit subsidieaanvraag Landelijke beëindigingsregeling veehouderijlocaties met "
          "piekbelasting (Lbv-plus)", 9.5, True),
        SP(4),
        P("Geachte mevrouw Van Dalfsen-Kuipers,"),
        P("Op 18 december 2023 ontvingen wij uw aanvraag voor subsidie uit de Lbv-plus voor uw "
          "varkenshouderijlocatie aan de Kanaaldijk Oost 5 te Lemelerveld (gemeente Dalfsen). De locatie "
          "ligt binnen 250 meter van het Natura 2000-gebied Vecht- en Beneden-Reggegebied en heeft een "
          "depositie boven de drempelwaarde van de regeling."),
        H("Besluit", 10.5),
        P("Wij verlenen u een subsidie van ten hoogste EUR 2.814.600,00. Het voorschot van 80% wordt binnen "
          f"vier weken overgemaakt op IBAN {ib} ten name van G. van Dalfsen-Kuipers. De subsidie is "
          "gebaseerd op de Subsidieregeling beëindiging veehouderijlocaties met piekbelasting en de "
          "Kaderwet LNV-subsidies."),
        H("Verplichtingen", 10.5),
        P("U beëindigt de productie op de locatie uiterlijk op 27 juni 2025, laat de stallen slopen en "
          "trekt de omgevingsvergunning in. U mag geen nieuwe veehouderij beginnen binnen Nederland. "
          "Uw UBN 6031847 wordt na de beëindiging afgemeld."),
        P("In het gesprek van 30 mei 2024 vertelde u dat u vanwege uw reumatische aandoening het bedrijf "
          "niet langer zelf kunt voortzetten. Wij houden daar bij de termijnen rekening mee."),
        PB(),
        H("Vragen en bezwaar", 10.5),
        P("Heeft u vragen? Bel 088 042 42 42 (maandag tot en met vrijdag 8.30-17.00 uur). U kunt binnen zes "
          "weken bezwaar maken via mijn.rvo.nl. Vermeld het zaaknummer LBVP-23-004471."),
        P("Met vriendelijke groet,"),
        P("De minister van Landbouw, Natuur en Voedselkwaliteit,"),
        P("namens deze:"),
        SIG("A. Doornbos", seed=31),
        L("A.G. Doornbos"),
        L("Teamleider Beëindigingsregelingen"),
        SP(20),
        H("Bijlage: kaart en perceelgegevens (samenvatting)", 10),
        T([["Perceel", "Kadastraal", "Eigenaar", "Oppervlakte"],
           ["1", "DLF00 K 1187", "G. van Dalfsen-Kuipers", "1,84 ha"],
           ["2", "DLF00 K 1188", "G. van Dalfsen-Kuipers", "0,37 ha"],
           ["3", "DLF00 K 1240", "Waterschap Drents Overijsselse Delta", "0,05 ha"]], [10, 25, 45, 20]),
        P("Afschrift: gemeente Dalfsen, provincie Overijssel (afdeling Vergunningverlening).", 8.5),
    ]
    render(d.pdf, blocks, font="LibSerif", size=10)
    set_meta(d.pdf, producer="RVO Correspondentieplatform (OpenText Exstream 16.6)")
    d.r("PERSON", "G. van Dalfsen-Kuipers", "van Dalfsen-Kuipers", "Van Dalfsen-Kuipers")
    d.r("ADDRESS", "Kanaaldijk Oost 5, 8147 RB Lemelerveld", "Kanaaldijk Oost 5", "8147 RB")
    d.r("NUMBER", "relatienummer 300992761", "300992761")
    d.r("IBAN", ib, ib)
    d.r("NUMBER", "UBN 6031847", "6031847")
    d.r("HEALTH", "reumatische aandoening", "reumatische aandoening")
    d.r("PERSON", "A.G. Doornbos", "Doornbos")
    d.r("NUMBER", "kadastraal perceel van de persoon", "DLF00 K 1187", "DLF00 K 1188")
    d.k("ORG", "Rijksdienst voor Ondernemend Nederland", "Rijksdienst voor Ondernemend Nederland")
    d.k("ADDRESS", "Prinses Beatrixlaan 2", "Prinses Beatrixlaan 2")
    d.k("PHONE", "088 042 42 42", "088 042 42 42")
    d.k("REF", "LBVP-23-004471", "LBVP-23-004471")
    d.k("PROG", "Lbv-plus", "Lbv-plus")
    d.k("PLACE", "gemeente Dalfsen", "gemeente Dalfsen")
    d.k("AREA", "Vecht- en Beneden-Reggegebied", "Vecht- en Beneden-Reggegebied")
    d.k("TERM", "Natura 2000", "Natura 2000")
    d.k("LAW", "Kaderwet LNV-subsidies", "Kaderwet LNV-subsidies")
    d.k("LAW", "Subsidieregeling beëindiging veehouderijlocaties met piekbelasting",
        "Subsidieregeling beëindiging veehouderijlocaties met piekbelasting")
    d.k("ORG", "Waterschap Drents Overijsselse Delta", "Waterschap Drents Overijsselse Delta")
    d.k("ORG", "provincie Overijssel", "provincie Overijssel")
    d.k("TITLE", "Teamleider Beëindigingsregelingen", "Teamleider Beëindigingsregelingen")
    d.k("REF", "DLF00 K 1240", "DLF00 K 1240")
    d.k("DATE", "27 juni 2025", "27 juni 2025")
    return d


# ----------------------------------------------------------------------------------------------
def ln07():
    """Provincial nature permit (Wnb) for a PAS-melder: the applicant is a B.V.; the director is named."""
    d = Doc("ln07")
    blocks = [
        RIGHT(["*Provincie Gelderland", "Markt 11, Arnhem", "Postbus 9090", "6800 GX Arnhem",
               "T (026) 359 99 99", "post@gelderland.nl", "", "*Zaaknummer", "2024-003318",
               "*Datum", "11 maart 2024"], left=["*provincie", "*GELDERLAND"]),
        L("Melkveehouderij De Hooiberg B.V."),
        L("t.a.v. de heer E. van Putten, directeur"),
        L("Hooiberglaan 2"),
        L("3882 RL Putten"),
        SP(10),
        L("Onderwerp: vergunning Wet natuurbescherming, artikel 2.7 lid 2 (PAS-melding)", 9.5, True),
        SP(4),
        P("Geachte heer Van Putten,"),
        P("Gedeputeerde Staten van Gelderland verlenen Melkveehouderij De Hooiberg B.V. een vergunning op "
          "grond van artikel 2.7, tweede lid, van de Wet natuurbescherming voor het houden van 140 "
          "melkkoeien en 98 stuks jongvee aan de Hooiberglaan 2 in Putten. De activiteit is in 2017 als "
          "PAS-melding geregistreerd (meldingsnummer PAS-M-2017-18845). Met deze vergunning wordt de "
          "melding gelegaliseerd in het kader van het Programma PAS-melders."),
        H("Beoordeling", 10.5),
        P("Uit de AERIUS-berekening (kenmerk RtHrKJ7Vq8dW, AERIUS Calculator 2023.2) blijkt een depositie "
          "van maximaal 0,41 mol N/ha/jaar op stikstofgevoelige habitats in de Veluwe. De provincie zet "
          "hiervoor stikstofruimte uit de Stikstofbank in. Ecoloog mw. ir. E. Terpstra (provincie) heeft de "
          "passende beoordeling getoetst; vergunningverlener J. Wassink heeft het besluit voorbereid."),
        P("De aanvraag is ingediend door adviesbureau Agrifirm Advies namens de B.V.; contactpersoon "
          "bij het adviesbureau was mevrouw S. ten Hove-Brouwer (06 27 33 81 49)."),
        H("Voorschriften", 10.5),
        T([["Nr.", "Voorschrift"],
           ["1", "Maximaal 140 melkkoeien (Rav-code A 1.100.1) en 98 stuks jongvee (A 3.100)."],
           ["2", "Emissiearme vloer moet uiterlijk 1 januari 2026 zijn aangelegd."],
           ["3", "Wijzigingen in de bedrijfsvoering meldt u vooraf aan de provincie."]], [8, 92]),
        P("Gedeputeerde Van der Meer (stikstof en natuur) heeft de Statencommissie op 6 maart 2024 "
          "geïnformeerd over de voortgang van de legalisatie van PAS-melders in Gelderland."),
        SP(4),
        P("Gedeputeerde Staten van Gelderland,"),
        P("namens dezen,"),
        SIG("J. Wassink", seed=41),
        L("J. Wassink, vergunningverlener team Natuurvergunningen"),
        SP(8),
        P("Afschrift: Omgevingsdienst Noord-Veluwe; gemeente Putten; LTO Noord, regio Veluwe.", 8.5),
    ]
    render(d.pdf, blocks, font="Helvetica", size=9.4)
    set_meta(d.pdf, author="J. Wassink", title="Vergunning Wnb 2024-003318", producer="Decos JOIN / PDFsharp 1.51")
    d.r("PERSON", "E. van Putten", "E. van Putten", "Van Putten")
    d.r("PERSON", "E. Terpstra", "Terpstra")
    d.r("PERSON", "J. Wassink", "Wassink")
    d.r("PERSON", "S. ten Hove-Brouwer", "ten Hove-Brouwer")
    d.r("PHONE", "06 27 33 81 49", "06 27 33 81 49")
    d.k("ORG", "Melkveehouderij De Hooiberg B.V.", "Melkveehouderij De Hooiberg B.V.")
    d.k("ADDRESS", "Hooiberglaan 2 (business address of the B.V.)", "Hooiberglaan 2")
    d.k("PLACE", "Putten (place)", "in Putten")
    d.k("PLACE", "gemeente Putten", "gemeente Putten")
    d.k("ORG", "Provincie Gelderland", "Provincie Gelderland")
    d.k("PHONE", "(026) 359 99 99", "(026) 359 99 99")
    d.k("EMAIL", "post@gelderland.nl", "post@gelderland.nl")
    d.k("LAW", "Wet natuurbescherming", "Wet natuurbescherming")
    d.k("PROG", "Programma PAS-melders", "Programma PAS-melders")
    d.k("REF", "PAS-M-2017-18845", "PAS-M-2017-18845")
    d.k("PRODUCT", "AERIUS Calculator 2023.2", "AERIUS Calculator 2023.2")
    d.k("AREA", "Veluwe", "Veluwe")
    d.k("ORG", "Stikstofbank", "Stikstofbank")
    d.k("ORG", "Agrifirm Advies", "Agrifirm Advies")
    d.k("OFFICIAL", "Gedeputeerde Van der Meer", "Gedeputeerde Van der Meer")
    d.k("ORG", "Gedeputeerde Staten van Gelderland", "Gedeputeerde Staten van Gelderland")
    d.k("ORG", "Omgevingsdienst Noord-Veluwe", "Omgevingsdienst Noord-Veluwe")
    d.k("ORG", "LTO Noord", "LTO Noord")
    d.k("REF", "2024-003318", "2024-003318")
    return d


# ----------------------------------------------------------------------------------------------
def ln08():
    """E-mail thread between LVVN policy officers and the NVWA."""
    d = Doc("ln08")
    blocks = [
        L("Van:        Verkerk, Sanne (LNV/DGA/DAD) <s.verkerk@minlnv.nl>", 9),
        L("Verzonden: maandag 8 januari 2024 16:12", 9),
        L("Aan:        El Idrissi, Yasmina (NVWA) <y.elidrissi@nvwa.nl>", 9),
        L("CC:         Oudejans, Thijs (LNV/DGA/DAD) <t.oudejans@minlnv.nl>; DAD-secretariaat "
          "<dad-secretariaat@minlnv.nl>", 9),
        L("Onderwerp: RE: heraudit slachtlijn Oost-Veluwe", 9),
        SP(8),
        P("Hoi Yasmina,"),
        P("Dank voor je snelle reactie. De minister wil vóór het commissiedebat Dierenwelzijn van 25 januari "
          "weten of de heraudit bij Vleesbedrijf Oost-Veluwe B.V. al is uitgevoerd. Kun je voor donderdag "
          "een korte stand van zaken sturen? Thijs neemt het mee in de debatmap voor minister Adema."),
        P("Vraag van het lid Kostić (PvdD) over cameratoezicht in slachthuizen komt zeker terug; ook "
          "Kamerlid Van Campen (VVD) heeft schriftelijke vragen aangekondigd."),
        P("Groet,"),
        P("Sanne"),
        SP(2),
        L("Sanne Verkerk | senior beleidsmedewerker dierenwelzijn", 8.5),
        L("Directie Dierketens en Dierenwelzijn | Ministerie van LNV", 8.5),
        L("M 06 - 21 84 67 03 | s.verkerk@minlnv.nl", 8.5),
        L("Aanwezig ma, di, do", 8.5),
        SP(10),
        L("Van:        El Idrissi, Yasmina (NVWA) <y.elidrissi@nvwa.nl>", 9),
        L("Verzonden: maandag 8 januari 2024 11:47", 9),
        L("Aan:        Verkerk, Sanne (LNV/DGA/DAD)", 9),
        L("Onderwerp: heraudit slachtlijn Oost-Veluwe", 9),
        SP(6),
        P("Beste Sanne,"),
        P("De heraudit staat gepland voor 23 januari. Inspecteur Van der Steeg en toezichthouder Nijenhuis "
          "voeren hem uit, samen met de officiële dierenarts ter plaatse. Het rapport verwachten wij "
          "binnen tien werkdagen. Let op: het bedrijf heeft via advocaat mr. P.J. Crebolder laten weten "
          "bezwaar te maken tegen publicatie op www.nvwa.nl."),
        P("Voor vragen van de pers verwijs ik naar woordvoering NVWA, 0900 0388 of pers@nvwa.nl."),
        P("Met vriendelijke groet,"),
        P("Yasmina El Idrissi"),
        L("Teamleider Slachthuistoezicht Oost | NVWA Divisie Keuren", 8.5),
        L("Catharijnesingel 59, 3511 GG Utrecht | T 088 223 3319 | M +31 (0)6 5502 7716", 8.5),
        PB(),
        L("Van:        Oudejans, Thijs (LNV/DGA/DAD)", 9),
        L("Verzonden: dinsdag 9 januari 2024 08:03", 9),
        L("Aan:        Verkerk, Sanne (LNV/DGA/DAD)", 9),
        L("Onderwerp: FW: heraudit slachtlijn Oost-Veluwe", 9),
        SP(6),
        P("Sanne, ik zet het in de debatmap onder blok 3 (toezicht slachthuizen). Minister "
          "Van der Wal (Natuur en Stikstof) gaat niet over dit dossier, dus geen afstemming met haar staf nodig. Wil jij met "
          "Annelies (directeur DAD) checken of zij de lijn 'geen uitspraken over lopende handhaving' "
          "onderschrijft? Ik ben morgen vanaf 13.00 uur op kantoor; bel me anders op 06-3391 2054."),
        P("T."),
        SP(6),
        P("Dit bericht kan informatie bevatten die niet voor u is bestemd. Het Ministerie van Landbouw, "
          "Natuur en Voedselkwaliteit aanvaardt geen aansprakelijkheid voor schade die verband houdt met "
          "risico's verbonden aan het elektronisch verzenden van berichten.", 7.5),
    ]
    render(d.pdf, blocks, font="LibSans", size=9.5)
    set_meta(d.pdf, author="Verkerk, Sanne (LNV/DGA/DAD)", producer="Microsoft Outlook / Adobe PDF Library 23.1",
             title="RE: heraudit slachtlijn Oost-Veluwe")
    d.r("PERSON", "Sanne Verkerk", "Verkerk", "Sanne")
    d.r("EMAIL", "s.verkerk@minlnv.nl", "s.verkerk@minlnv.nl")
    d.r("PERSON", "Yasmina El Idrissi", "El Idrissi", "Yasmina")
    d.r("EMAIL", "y.elidrissi@nvwa.nl", "y.elidrissi@nvwa.nl")
    d.r("PERSON", "Thijs Oudejans", "Oudejans", "Thijs")
    d.r("EMAIL", "t.oudejans@minlnv.nl", "t.oudejans@minlnv.nl")
    d.r("PHONE", "06 - 21 84 67 03", "06 - 21 84 67 03")
    d.r("PHONE", "088 223 3319 (direct)", "088 223 3319")
    d.r("PHONE", "+31 (0)6 5502 7716", "+31 (0)6 5502 7716")
    d.r("PHONE", "06-3391 2054", "06-3391 2054")
    d.r("PERSON", "R.J. van der Steeg", "Van der Steeg")
    d.r("PERSON", "F. Nijenhuis", "Nijenhuis")
    d.r("PERSON", "mr. P.J. Crebolder", "Crebolder")
    d.r("PERSON", "Annelies (directeur DAD)", "Annelies")
    d.k("EMAIL", "dad-secretariaat@minlnv.nl", "dad-secretariaat@minlnv.nl")
    d.k("EMAIL", "pers@nvwa.nl", "pers@nvwa.nl")
    d.k("OFFICIAL", "minister Adema", "minister Adema")
    d.k("OFFICIAL", "Minister Van der Wal (Natuur en Stikstof)", "Van der Wal")
    d.k("OFFICIAL", "het lid Kostić (PvdD)", "Kostić")
    d.k("OFFICIAL", "Kamerlid Van Campen (VVD)", "Van Campen")
    d.k("ORG", "Vleesbedrijf Oost-Veluwe B.V.", "Vleesbedrijf Oost-Veluwe B.V.")
    d.k("PHONE", "0900 0388", "0900 0388")
    d.k("ADDRESS", "Catharijnesingel 59, 3511 GG Utrecht", "Catharijnesingel 59")
    d.k("ORG", "Directie Dierketens en Dierenwelzijn", "Directie Dierketens en Dierenwelzijn")
    d.k("ORG", "NVWA Divisie Keuren", "NVWA Divisie Keuren")
    d.k("TITLE", "Teamleider Slachthuistoezicht Oost", "Teamleider Slachthuistoezicht Oost")
    d.k("EVENT", "commissiedebat Dierenwelzijn", "commissiedebat Dierenwelzijn")
    d.k("ORG", "PvdD", "PvdD")
    d.k("WEB", "www.nvwa.nl", "www.nvwa.nl")
    return d


# ----------------------------------------------------------------------------------------------
def ln09():
    """Teams chat export."""
    d = Doc("ln09")
    msgs = [
        ("24-1-2024 09:02", "Bart Hoogeveen", "Morgen iemand mee naar de NVWA op de Catharijnesingel? Overleg over het rapport Oost-Veluwe om 10.30"),
        ("24-1-2024 09:04", "Sanne Verkerk", "Ik ga mee. Yasmina schuift ook aan, en iemand van RVO i.v.m. de derogatiecheck"),
        ("24-1-2024 09:05", "Bart Hoogeveen", "Top. Heb jij het rapport van Ruud-Jan al gelezen? Bevinding 3 is stevig"),
        ("24-1-2024 09:09", "Sanne Verkerk", "Ja. Ernstige overtreding bij de bedwelming. Mw Oude Griep (AWO) was erbij"),
        ("24-1-2024 09:11", "Marloes Kamphuis-Brinkman", "Let op dat we niks zeggen over de boete voordat die is opgelegd. Lijn van de minister: we laten toezicht aan de NVWA"),
        ("24-1-2024 09:12", "Bart Hoogeveen", "(y)"),
        ("24-1-2024 09:20", "Marloes Kamphuis-Brinkman", "PS @Bart: mijn nieuwe mobiel is 06 83 11 09 47, de oude werkt niet meer"),
        ("24-1-2024 09:31", "Sanne Verkerk", "LTO Nederland belde trouwens, ze willen een gesprek over cameratoezicht. Contact via secretariaat@lto.nl"),
        ("24-1-2024 09:33", "Bart Hoogeveen", "Zet maar in de actielijst voor het ketenoverleg van 6 februari"),
    ]
    rows = [["Tijd", "Van", "Bericht"]] + [list(m) for m in msgs]
    blocks = [
        L("Chat: DAD - toezicht slachthuizen", 11, True),
        L("Deelnemers: Bart Hoogeveen, Sanne Verkerk, Marloes Kamphuis-Brinkman (3)", 8.5),
        L("Geëxporteerd via Microsoft Purview eDiscovery, 12-06-2025 14:22 UTC", 8.5),
        SP(6),
        T(rows, [16, 22, 62], size=8.5),
    ]
    render(d.pdf, blocks, font="DejaVu", size=9)
    set_meta(d.pdf, title="Teams export 19:meeting_NjE3ZTk2 chat", producer="Microsoft Purview eDiscovery")
    d.r("PERSON", "Bart Hoogeveen", "Hoogeveen", "Bart")
    d.r("PERSON", "Sanne Verkerk", "Verkerk", "Sanne")
    d.r("PERSON", "Marloes Kamphuis-Brinkman", "Kamphuis-Brinkman")
    d.r("PERSON", "Yasmina", "Yasmina")
    d.r("PERSON", "Ruud-Jan", "Ruud-Jan")
    d.r("PERSON", "T. Oude Griep", "Oude Griep")
    d.r("PHONE", "06 83 11 09 47", "06 83 11 09 47")
    d.k("ORG", "LTO Nederland", "LTO Nederland")
    d.k("EMAIL", "secretariaat@lto.nl", "secretariaat@lto.nl")
    d.k("ORG", "NVWA", "NVWA")
    d.k("ORG", "RVO", "RVO")
    d.k("ADDRESS", "Catharijnesingel", "Catharijnesingel")
    d.k("PRODUCT", "Microsoft Purview eDiscovery", "Microsoft Purview eDiscovery")
    d.k("TERM", "cameratoezicht", "cameratoezicht")
    d.k("PLACE", "Oost-Veluwe", "Oost-Veluwe")
    d.k("DATE", "24-1-2024", "24-1-2024")
    return d


# ----------------------------------------------------------------------------------------------
def ln10():
    """Meeting report with an action list using initials."""
    d = Doc("ln10")
    blocks = [
        H("Verslag ketenoverleg dierenwelzijn LNV - NVWA - RVO", 13),
        KV("Datum", "6 februari 2024, 10.30 - 12.15 uur", 90),
        KV("Locatie", "NVWA, Catharijnesingel 59, Utrecht (zaal De Uithof) en via Teams", 90),
        KV("Aanwezig", "Marloes Kamphuis-Brinkman (voorzitter, LNV), Bart Hoogeveen (LNV), Sanne Verkerk "
           "(LNV, verslag), Yasmina El Idrissi (NVWA), Gerrit Kleinjan (NVWA, dierenarts), Karim Belhadj "
           "(RVO), Wouter Akkerman (WUR Livestock Research)", 90),
        KV("Afwezig", "Femke Nijenhuis (NVWA)", 90),
        SP(4),
        H("1. Opening en mededelingen", 10.5),
        P("MKB opent. Minister Adema heeft de Kamer op 1 februari een brief gestuurd over cameratoezicht "
          "in slachthuizen (Kamerstuk 28286, nr. 1321). De NVWA werkt aan een uitvoeringstoets."),
        H("2. Inspectierapport Vleesbedrijf Oost-Veluwe B.V.", 10.5),
        P("YEI licht het rapport van 23 januari toe. De boete voor bevinding 3 wordt naar verwachting in "
          "maart opgelegd. GK merkt op dat de bedwelmingsapparatuur in 2023 al twee keer is afgekeurd. BH "
          "vraagt of het bedrijf ook subsidie ontvangt; KB zoekt dat na in de RVO-systemen."),
        H("3. Derogatie en mestcontroles", 10.5),
        P("KB meldt dat RVO in 2024 ruim 1.900 derogatiebedrijven controleert. Melkveehouder J.H. Boer uit "
          "Nijkerk heeft een klacht ingediend over de gang van zaken bij de bemonstering; KB handelt die af "
          "volgens de klachtenregeling van RVO."),
        H("4. Onderzoek WUR", 10.5),
        P("WA (WUR) presenteert de tussenresultaten van het onderzoek naar stress bij varkens tijdens het "
          "laden. Het eindrapport verschijnt in juni; de begeleidingscommissie bestaat uit LNV, NVWA, "
          "LTO Nederland en de Dierenbescherming."),
        H("5. Actielijst", 10.5),
        T([["Nr.", "Actie", "Wie", "Wanneer"],
           ["24-01", "Uitzoeken subsidie-relatie Vleesbedrijf Oost-Veluwe", "KB", "20 feb"],
           ["24-02", "Lijn woordvoering boete afstemmen met directie Communicatie", "SV / MKB", "13 feb"],
           ["24-03", "Uitvoeringstoets cameratoezicht naar LNV", "YEI", "1 mrt"],
           ["24-04", "Gesprek met LTO Nederland over cameratoezicht plannen", "BH", "28 feb"],
           ["24-05", "Conceptrapport stress bij laden delen", "WA", "15 apr"]], [10, 60, 15, 15]),
        P("Volgend overleg: 5 maart 2024, ministerie van LNV, Bezuidenhoutseweg 73, Den Haag."),
    ]
    render(d.pdf, blocks, font="Carlito", size=10)
    set_meta(d.pdf, author="S. Verkerk", producer="Microsoft Word for Microsoft 365",
             title="Verslag ketenoverleg 6 februari 2024")
    d.r("PERSON", "Marloes Kamphuis-Brinkman", "Kamphuis-Brinkman", "MKB")
    d.r("PERSON", "Bart Hoogeveen", "Hoogeveen", "BH")
    d.r("PERSON", "Sanne Verkerk", "Sanne Verkerk", "Verkerk", "SV")
    d.r("PERSON", "Yasmina El Idrissi", "El Idrissi", "YEI")
    d.r("PERSON", "Gerrit Kleinjan", "Kleinjan", "GK")
    d.r("PERSON", "Karim Belhadj", "Belhadj", "KB")
    d.r("PERSON", "Wouter Akkerman", "Wouter Akkerman", "WA")
    d.r("PERSON", "Femke Nijenhuis", "Nijenhuis")
    d.r("PERSON", "J.H. Boer", "J.H. Boer")
    d.k("OFFICIAL", "Minister Adema", "Minister Adema")
    d.k("REF", "Kamerstuk 28286, nr. 1321", "28286, nr. 1321")
    d.k("ORG", "Vleesbedrijf Oost-Veluwe B.V.", "Vleesbedrijf Oost-Veluwe B.V.")
    d.k("ORG", "WUR Livestock Research", "WUR Livestock Research")
    d.k("ORG", "LTO Nederland", "LTO Nederland")
    d.k("ORG", "Dierenbescherming", "Dierenbescherming")
    d.k("ORG", "RVO", "RVO")
    d.k("ORG", "NVWA", "NVWA")
    d.k("ADDRESS", "Catharijnesingel 59", "Catharijnesingel 59")
    d.k("ADDRESS", "Bezuidenhoutseweg 73", "Bezuidenhoutseweg 73")
    d.k("PLACE", "Nijkerk", "Nijkerk")
    d.k("DATE", "6 februari 2024", "6 februari 2024")
    d.k("DATE", "5 maart 2024", "5 maart 2024")
    d.k("TERM", "Derogatie", "Derogatie")
    d.k("TITLE", "Melkveehouder", "Melkveehouder")
    return d
