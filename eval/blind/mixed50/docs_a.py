"""Documents bh01-bh08: Rijkswaterstaat / ProRail projects, tunnel, bridges, veiligheidsregio."""
from lib import *  # noqa: F401,F403
from lib import bsn, iban

ALL = []


def doc(fn):
    ALL.append(fn)
    return fn


@doc
def bh01():
    pdf = DOCS / "bh01_rws_grondverwerving_a15.pdf"
    side = ["**Rijkswaterstaat Oost-Nederland", "Projectorganisatie ViA15", "Gildemeestersplein 1",
            "6826 LL Arnhem", "Postbus 9070", "6800 ED Arnhem", "", "**Contactpersoon", "ing. T.H. Brinkhorst",
            "Adviseur grondzaken", "T 06 4128 7730", "thijs.brinkhorst@rws.nl", "", "**Datum", "14 oktober 2025",
            "", "**Kenmerk", "RWS-2025/38114", "", "**Algemeen", "0800 - 8002"]
    st = [
        P("<b>Notitie</b>", "h1"),
        LV([("Aan", "Stuurgroep ViA15 (RWS, provincie Gelderland, gemeenten Duiven en Zevenaar)"),
            ("Van", "Team grondverwerving, T.H. Brinkhorst en E. Nijenhuis"),
            ("Onderwerp", "Stand grondverwerving tracédeel Ressen–Oudbroeken, minnelijk overleg")], 30 * mm, 82 * mm),
        SP(8),
        H("1. Aanleiding"),
        P("Het Tracébesluit A12/A15 Ressen–Oudbroeken is onherroepelijk. Voor de aanleg zijn nog 11 percelen nodig. "
          "Rijkswaterstaat voert het minnelijk overleg; parallel is de onteigeningsprocedure op grond van de "
          "Onteigeningswet voorbereid (aanwijzing per 1 januari 2026 onder de Omgevingswet). Deze notitie geeft de stand per eigenaar."),
        H("2. Stand per eigenaar"),
        T([["Eigenaar", "Perceel", "Opp.", "Stand"],
           ["G.J. (Gerrit-Jan)<br/>Hulshof", "Duiven D 2417", "1,84 ha", "Taxatie besproken 2 oktober; tegenbod ontvangen"],
           ["Maatschap Lensink<br/>(A. en W. Lensink)", "Duiven D 1980<br/>Duiven D 1981", "3,20 ha", "Vervangende grond gevraagd; BBL benaderd"],
           ["mevr. A.M. Roelofs-<br/>te Brake", "Zevenaar K 774", "0,41 ha", "Akkoord, akte bij notaris op 28 oktober"],
           ["Staat der Nederlanden (RWS)", "Zevenaar K 1120", "0,22 ha", "Eigen grond, geen actie"],
           ["Gemeente Duiven", "Duiven D 3001", "0,65 ha", "Ruiling in voorbereiding"]],
          [33 * mm, 30 * mm, 14 * mm, 41 * mm]),
        SP(6),
        P("De heer Hulshof heeft aangegeven dat zijn bedrijfsvoering (melkvee, 140 koeien) niet kan worden voortgezet "
          "zonder de huiskavel. Hij laat zich bijstaan door Lievense Adviseurs. Mevrouw Roelofs vroeg om betaling op "
          f"rekening {iban('RABO', '0318447261')} in plaats van via de notaris; dat is afgewezen."),
        H("3. Planschade en nadeelcompensatie"),
        P("Twee verzoeken om nadeelcompensatie zijn binnen: van de bewoners van Rijksweg 41 in Duiven "
          "(de heer en mevrouw Mulder-Öztürk) en van Autobedrijf Van Pelt B.V. De aanvragen gaan naar "
          "de Stichting Adviesbureau Onroerende Zaken (SAOZ) voor advies."),
        H("4. Vervolg"),
        P("Het volgende bestuurlijk overleg is op 11 november 2025 in het provinciehuis (Markt 11, Arnhem). "
          "Gedeputeerde Helga Witjes sluit aan. Vragen kunnen naar het functionele adres "
          "grondzaken.on@rws.nl."),
        SP(10), P("T.H. Brinkhorst / EN", "s"),
    ]
    build_rl(pdf, st, org=["Rijkswaterstaat", "Ministerie van Infrastructuur en Waterstaat"], side=side,
             footer="RWS-2025/38114 - ViA15 grondverwerving", title="Notitie stand grondverwerving ViA15",
             author="Brinkhorst, Thijs")
    add_hidden(pdf, notes=[(0, 480, 200, "Erik: Hulshof belde gisteren weer, hij wil met de HID spreken. Graag bellen 06-51203348 - Thijs", "Nijenhuis, Erik")])
    red = [
        R("PERSON", "Thijs Brinkhorst", "Brinkhorst", "T.H. Brinkhorst", "Thijs"),
        R("EMAIL", "thijs.brinkhorst@rws.nl", ("thijs.brinkhorst@rws.nl", False)),
        R("PHONE", "06 4128 7730", ("06 4128 7730", False)),
        R("PERSON", "Erik Nijenhuis", "Nijenhuis", "E. Nijenhuis", "Erik"),
        R("PARAPH", "EN", ("/ EN", False)),
        R("PHONE", "06-51203348", ("06-51203348", False)),
        R("PERSON", "Gerrit-Jan Hulshof", "Hulshof", "Gerrit-Jan"),
        R("PARCEL", "Duiven D 2417", ("D 2417", True)),
        R("PERSON", "A. en W. Lensink", "Lensink"),
        R("PARCEL", "Duiven D 1980", ("D 1980", True), ("D 1981", True)),
        R("PERSON", "A.M. Roelofs-te Brake", "Roelofs", "te Brake"),
        R("PARCEL", "Zevenaar K 774", ("K 774", True)),
        R("IBAN", iban('RABO', '0318447261'), (iban('RABO', '0318447261'), False)),
        R("ADDRESS", "Rijksweg 41 in Duiven", "Rijksweg 41"),
        R("PERSON", "Mulder-Öztürk", "Mulder-Öztürk"),
    ]
    keep = [
        K("ORG", "Rijkswaterstaat"), K("ORG", "Ministerie van Infrastructuur en Waterstaat"),
        K("PROGRAMME", "ViA15"), K("CASE", "RWS-2025/38114", ("RWS-2025/38114", False)),
        K("SWITCHBOARD", "0800 - 8002", ("0800 - 8002", False)), K("STREET", "Gildemeestersplein 1"),
        K("PLACE", "Ressen–Oudbroeken", ("Ressen", True), ("Oudbroeken", True)),
        K("PARCEL_PUBLIC", "Zevenaar K 1120", ("K 1120", True)), K("PARCEL_PUBLIC", "Duiven D 3001", ("D 3001", True)),
        K("ORG", "Staat der Nederlanden"), K("ORG", "Gemeente Duiven"), K("COMPANY", "Lievense Adviseurs"),
        K("COMPANY", "Autobedrijf Van Pelt B.V."), K("ORG", "SAOZ"), K("ORG", "BBL"), K("LAW", "Onteigeningswet"),
        K("LAW", "Omgevingswet"), K("OFFICE_HOLDER", "Gedeputeerde Helga Witjes", "Helga Witjes"),
        K("MAILBOX", "grondzaken.on@rws.nl", ("grondzaken.on@rws.nl", False)), K("STREET", "Markt 11"),
        K("ROLE", "Adviseur grondzaken"), K("DATE", "11 november 2025"),
        K("TERM", "nadeelcompensatie"), K("TERM", "Tracébesluit"),
    ]
    return pdf, red, keep


@doc
def bh02():
    pdf = DOCS / "bh02_prorail_omwonendenoverleg.pdf"
    st = [
        P("ProRail · Programma Hoogfrequent Spoor · Corridor Amsterdam–Eindhoven", "s"), SP(4),
        P("Verslag omwonendenoverleg spoorverdubbeling Houten-Castellum", "h1"),
        LV([("Datum", "dinsdag 9 september 2025, 19.30–21.45 uur"),
            ("Locatie", "Wijkcentrum De Schakel, Onderdoor 29, Houten"),
            ("Aanwezig namens ProRail", "Marieke Schoonderwoerd (omgevingsmanager), Dirk-Jan Verbeek (projectleider), "
             "Youssef El Khatib (geluidsdeskundige)"),
            ("Aanwezig namens gemeente", "wethouder Jeroen van Brummelen, "
             "S. Akkermans (ambtelijk)"),
            ("Verslag", "J. Rietveld, Arcadis")], 42 * mm, 118 * mm),
        SP(6), H("1. Opening"),
        P("Wethouder Van Brummelen opent en verwijst naar de bestuursovereenkomst tussen ProRail, het ministerie van IenW en de gemeente Houten. "
          "Mevrouw Schoonderwoerd licht de planning toe: werkzaamheden 's nachts van februari tot juni 2026, met buitendienststellingen in de weekenden."),
        H("2. Vragen van bewoners"),
        T([["Nr", "Vraagsteller", "Vraag", "Antwoord"],
           ["2.1", "De heer Ruud<br/>Kamphuis<br/>(Molenzoom 12)", "Trillingen in mijn kruipruimte: wie betaalt een nulmeting?",
            "ProRail laat vooraf een bouwkundige opname doen door Fugro; kosten voor ProRail."],
           ["2.2", "Mevrouw H. Baldewsingh", "Kan de geluidsschermhoogte naar 4 meter?",
            "De heer El Khatib: het akoestisch onderzoek onder de Wet geluidhinder gaat uit van 3 meter; hoger wordt onderzocht."],
           ["2.3", "Echtpaar Van Houten-Bos (Wickenburghselaan 3)", "Onze dochter is autistisch en slaapt slecht bij nachtwerk. Is vervangende huisvesting mogelijk?",
            "Maatwerk is mogelijk via het omgevingsteam, graag via omgeving.hfs@prorail.nl."],
           ["2.4", "Dhr. Koos Houtman", "Waarom niet overdag werken?",
            "Overdag rijden de Sprinters van NS; treinvrije periodes zijn schaars."]],
          [9 * mm, 36 * mm, 58 * mm, 63 * mm]),
        SP(6), H("3. Planschade"),
        P("De heer Verbeek legt uit dat een verzoek om tegemoetkoming in planschade loopt via de gemeente (afdeling Ruimte). "
          "Mevrouw Baldewsingh meldt dat zij dit al in 2023 deed; haar dossier staat bij de gemeente onder nummer PS-2023-014."),
        H("4. Afspraken"),
        P("ProRail stuurt de presentatie na. Bewoners met vragen bellen het Publieksservicecentrum van ProRail (0800 - 7767 2457) "
          "of mailen omgeving.hfs@prorail.nl. Het volgende overleg is op 2 december 2025."),
    ]
    build_rl(pdf, st, footer="ProRail - verslag omwonendenoverleg Houten 9-9-2025", title="Verslag omwonendenoverleg Houten",
             author="Rietveld, J. (Arcadis)")
    red = [
        R("PERSON", "Marieke Schoonderwoerd", "Marieke Schoonderwoerd", "Schoonderwoerd"),
        R("PERSON", "Dirk-Jan Verbeek", "Dirk-Jan Verbeek", "Verbeek"),
        R("PERSON", "Youssef El Khatib", "Youssef El Khatib", "El Khatib"),
        R("PERSON", "S. Akkermans", "Akkermans"),
        R("PERSON", "J. Rietveld", "Rietveld"),
        R("PERSON", "Ruud Kamphuis", "Kamphuis", "Ruud"),
        R("ADDRESS", "Molenzoom 12", "Molenzoom 12"),
        R("PERSON", "H. Baldewsingh", "Baldewsingh"),
        R("PERSON", "Van Houten-Bos", "Van Houten-Bos"),
        R("ADDRESS", "Wickenburghselaan 3", "Wickenburghselaan 3"),
        R("HEALTH", "dochter autistisch", ("autistisch", True)),
        R("PERSON", "Koos Houtman", "Houtman", "Koos"),
    ]
    keep = [
        K("ORG", "ProRail"), K("PROGRAMME", "Programma Hoogfrequent Spoor"), K("PLACE", "Houten-Castellum", ("Castellum", True)),
        K("OFFICE_HOLDER", "wethouder Jeroen van Brummelen", "Jeroen van Brummelen", "Van Brummelen"),
        K("STREET", "Onderdoor 29"), K("ORG", "Wijkcentrum De Schakel"), K("COMPANY", "Arcadis"), K("COMPANY", "Fugro"),
        K("LAW", "Wet geluidhinder"), K("MAILBOX", "omgeving.hfs@prorail.nl", ("omgeving.hfs@prorail.nl", False)),
        K("SWITCHBOARD", "0800 - 7767 2457", ("0800 - 7767 2457", False)), K("ORG", "NS"), K("PRODUCT", "Sprinters"),
        K("CASE", "PS-2023-014", ("PS-2023-014", False)), K("ROLE", "omgevingsmanager"), K("ROLE", "projectleider"),
        K("ROLE", "geluidsdeskundige"), K("ORG", "IenW"), K("DATE", "2 december 2025"), K("TERM", "buitendienststellingen"),
    ]
    return pdf, red, keep


@doc
def bh03():
    pdf = DOCS / "bh03_incidentrapport_heinenoordtunnel.pdf"
    st = [
        Bookmark("Incidentrapport Heinenoordtunnel 23-06-2025"),
        P("Rijkswaterstaat West-Nederland Zuid · Verkeerscentrale Zuid-West (Rhoon)", "s"),
        P("Incidentrapport tunnelsluiting Heinenoordtunnel (A29)", "h1"),
        LV([("Incidentnummer", "VCZW-2025-061287"), ("Datum/tijd melding", "23 juni 2025, 06:42 uur"),
            ("Tunnelbuis", "Oostbuis, richting Rotterdam"), ("Opgesteld door", "A. (Anouk) de Wit-Vermeulen, wegverkeersleider"),
            ("Tunnelbeheerder", "Rijkswaterstaat, namens de minister van IenW"),
            ("Veiligheidsbeambte", "ir. P.S. Oosterloo (rapport aan het bevoegd gezag, gemeente Hoeksche Waard)")], 40 * mm, 125 * mm),
        H("1. Verloop"),
        T([["Tijd", "Gebeurtenis", "Door"],
           ["06:42", "Stilstaand voertuig in rijstrook 2 gedetecteerd (Automatic Incident Detection, AID).", "systeem"],
           ["06:43", "Tunnel dicht voor verkeer (rode kruizen, slagbomen). CCTV toont rook uit motorcompartiment.", "AdW"],
           ["06:45", "Melding meldkamer brandweer Veiligheidsregio Rotterdam-Rijnmond (VRR). Jet fans in stand langsventilatie.", "AdW"],
           ["06:51", "Weginspecteur M. Boukhari ter plaatse; bestuurder buiten voertuig via vluchtdeur 4.", "MB"],
           ["07:05", "Brandweer blust; Deluge System niet geactiveerd.", "VRR"],
           ["08:20", "Berging door Bergingsbedrijf Van der Vlist; tunnel vrij om 08:57.", "AdW"]],
          [14 * mm, 130 * mm, 18 * mm]),
        H("2. Betrokken voertuig en bestuurder"),
        P("Personenauto Volkswagen Touran, kenteken <b>K-482-RV</b>, bestuurder de heer Tobias Grünewald (geb. 14-02-1971, "
          "woonachtig Dorpsstraat 88, 3297 AE Puttershoek). De bestuurder had lichte brandwonden aan de rechterhand en een "
          "paniekaanval; hij is door de ambulance (RAV Rotterdam-Rijnmond) naar het Maasstad Ziekenhuis gebracht. Er waren geen andere gewonden."),
        H("3. Bevindingen"),
        P("De Tunnel Technische Installaties (TTI) werkten volgens het Calamiteitenplan. De omroepinstallatie was in de westbuis "
          "slecht verstaanbaar; storingsmelding SAP-7712094 is gemaakt. Het ventilatieregime werd handmatig bevestigd omdat de "
          "SCADA-bediening vertraging liet zien (zie logging Tunnelbedieningscentrale)."),
        H("4. Aanbevelingen"),
        P("(1) Verstaanbaarheid omroep westbuis herstellen vóór 1 september 2025. (2) Oefening met VRR en de gemeente Hoeksche Waard "
          "conform de Wet aanvullende regels veiligheid wegtunnels (Warvw). (3) Evaluatie met de veiligheidsbeambte."),
        SP(8), LV([("Paraaf WVL", "AdW"), ("Paraaf OvD-RWS", "R. Sluijter")], 40 * mm, 60 * mm),
    ]
    build_rl(pdf, st, footer="Incidentrapport VCZW-2025-061287", title="Incidentrapport Heinenoordtunnel",
             author="Anouk de Wit-Vermeulen", subject="Tunnelsluiting A29")
    red = [
        R("PERSON", "Anouk de Wit-Vermeulen", "de Wit-Vermeulen", "Anouk"),
        R("PARAPH", "AdW", "AdW"),
        R("PERSON", "P.S. Oosterloo", "Oosterloo"),
        R("PERSON", "M. Boukhari", "Boukhari"),
        R("PARAPH", "MB", "MB"),
        R("PLATE", "K-482-RV", ("K-482-RV", False)),
        R("PERSON", "Tobias Grünewald", "Grünewald", "Tobias"),
        R("DOB", "14-02-1971", ("14-02-1971", False)),
        R("ADDRESS", "Dorpsstraat 88, 3297 AE Puttershoek", "Dorpsstraat 88", ("3297 AE", False)),
        R("HEALTH", "lichte brandwonden en paniekaanval", ("paniekaanval", True), ("brandwonden aan de rechterhand", False)),
        R("PERSON", "R. Sluijter", "Sluijter"),
    ]
    keep = [
        K("ORG", "Rijkswaterstaat"), K("PLACE", "Heinenoordtunnel"), K("ROAD", "A29"), K("CASE", "VCZW-2025-061287", ("VCZW-2025-061287", False)),
        K("ROLE", "wegverkeersleider"), K("ROLE", "Veiligheidsbeambte"), K("ORG", "Veiligheidsregio Rotterdam-Rijnmond"),
        K("ORG", "VRR"), K("TERM", "Jet fans"), K("TERM", "Deluge System"), K("TERM", "Automatic Incident Detection"),
        K("TERM", "CCTV"), K("COMPANY", "Bergingsbedrijf Van der Vlist"), K("PRODUCT", "Volkswagen Touran"),
        K("ORG", "Maasstad Ziekenhuis"), K("TERM", "Tunnel Technische Installaties"), K("TERM", "Calamiteitenplan"),
        K("CASE", "SAP-7712094", ("SAP-7712094", False)), K("TERM", "SCADA"), K("LAW", "Wet aanvullende regels veiligheid wegtunnels"),
        K("LAW", "Warvw"), K("ORG", "gemeente Hoeksche Waard"), K("ROLE", "Weginspecteur"), K("DATE", "23 juni 2025"),
        K("PLACE", "Rhoon"),
    ]
    return pdf, red, keep


@doc
def bh04():
    pdf = DOCS / "bh04_brugwachterslogboek_zaan.pdf"
    rows = [["Datum", "Dienst", "Brugwachter", "Tijd", "Brug", "Gebeurtenis", "Paraaf"],
            ["03-03-2025", "Vroeg 06-14", "J. OUWEHAND", "06:12", "Wilhelminasluis", "Opening voor beroepsvaart (MS Aldebaran), 7 min", "JOu"],
            ["03-03-2025", "Vroeg 06-14", "J. OUWEHAND", "09:40", "Beatrixbrug", "Storing slagboom west, monteur Croonwolter&dros gebeld", "JOu"],
            ["03-03-2025", "Laat 14-22", "Sevda<br/>Yıldırım-<br/>Kok", "15:05", "Beatrixbrug", "Storing verholpen, brug vrijgegeven", "SYK"],
            ["03-03-2025", "Laat 14-22", "Sevda<br/>Yıldırım-<br/>Kok", "18:30", "Wilhelminasluis", "Fietser (m, ca. 70 jr) onwel op brugdek, 112 gebeld, overgedragen aan ambulance", "SYK"],
            ["04-03-2025", "Nacht 22-06", "P. van der<br/>Meulen", "01:15", "Beatrixbrug", "Geen bijzonderheden, camera 3 beeld wazig", "PvdM"],
            ["04-03-2025", "Vroeg 06-14", "MARCO<br/>ZWOLSMAN", "07:58", "Wilhelminasluis", "Recreatievaart geweigerd (buiten venster), schipper boos; naam schipper: B. Hoogenboom, 06 2207 3316", "MZ"],
            ["04-03-2025", "Vroeg 06-14", "MARCO<br/>ZWOLSMAN", "11:20", "Beatrixbrug", "Inspectie Provincie Noord-Holland (team Vaarwegen)", "MZ"]]
    st = [
        P("Provincie Noord-Holland · Beheer en Uitvoering · Bediening bruggen en sluizen Zaan", "s"),
        P("Logboek bediening – week 10 (export BedieningsCentrale Zaandam)", "h1"),
        P("Export uit het bedieningssysteem BOS-NH. Bedieningscentrale: Prins Hendrikkade 1 (Zaandam). Storingen melden bij de Centrale Meldkamer "
          "Infra (088 - 2020 700). Diensten volgens het rooster van de teamleider."),
        SP(6), T(rows, [19 * mm, 19 * mm, 24 * mm, 11 * mm, 25 * mm, 56 * mm, 13 * mm], st="xs", zebra=True), SP(8),
        P("Overdracht 04-03 nacht → vroeg: P. v.d. Meulen aan Marco. Let op: Sevda heeft ziekmelding doorgegeven voor 5 en 6 maart (rugklachten), "
          "vervanging geregeld via Randstad."),
        P("Teamleider bediening: L. Voskuilen-Bakker (paraaf LVB)."),
    ]
    build_rl(pdf, st, footer="BOS-NH export 05-03-2025 07:00", title="Logboek bediening week 10", author="svc_bosnh_export")
    red = [
        R("PERSON", "J. Ouwehand", ("J. OUWEHAND", True), ("OUWEHAND", True)), R("PARAPH", "JOu", "JOu"),
        R("PERSON", "Sevda Yıldırım-Kok", "Sevda", "Yıldırım-Kok"), R("PARAPH", "SYK", "SYK"),
        R("PERSON", "P. van der Meulen", "van der Meulen", "v.d. Meulen"), R("PARAPH", "PvdM", "PvdM"),
        R("PERSON", "Marco Zwolsman", ("MARCO", True), ("ZWOLSMAN", True), "Marco"), R("PARAPH", "MZ", "MZ"),
        R("PERSON", "B. Hoogenboom", "Hoogenboom"), R("PHONE", "06 2207 3316", ("06 2207 3316", False)),
        R("HEALTH", "ziekmelding rugklachten", "rugklachten"),
        R("PERSON", "L. Voskuilen-Bakker", "Voskuilen-Bakker"), R("PARAPH", "LVB", "LVB"),
    ]
    keep = [
        K("ORG", "Provincie Noord-Holland"), K("PLACE", "Wilhelminasluis"), K("PLACE", "Beatrixbrug"), K("COMPANY", "Croonwolter&dros", ("Croonwolter&dros", False)),
        K("PRODUCT", "MS Aldebaran"), K("STREET", "Prins Hendrikkade 1"), K("SWITCHBOARD", "088 - 2020 700", ("088 - 2020 700", False)),
        K("PRODUCT", "BOS-NH"), K("COMPANY", "Randstad"), K("ROLE", "Teamleider bediening"), K("DATE", "03-03-2025", ("03-03-2025", False)),
        K("TERM", "Vaarwegen"), K("PLACE", "Zaandam"), K("TERM", "Recreatievaart"),
    ]
    return pdf, red, keep


@doc
def bh05():
    pdf = DOCS / "bh05_evaluatie_woningbrand_vrbn.pdf"
    side = ["**Veiligheidsregio", "**Brabant-Noord", "Orthenseweg 2", "5212 XA 's-Hertogenbosch", "T 088 - 0206 000",
            "", "**Behandeld door", "Ruben Stijnen-Akkaoui", "Adviseur evaluatie", "r.stijnen@vrbn.nl",
            "06 38 44 90 12", "", "**Datum", "18 februari 2025", "", "**Ons kenmerk", "VRBN/EV/2025-0031"]
    st = [
        P("Evaluatie woningbrand Kerkstraat, Uden (12 januari 2025)", "h1"),
        H("Samenvatting"),
        P("Op zondag 12 januari 2025 om 03:17 uur ontving de Meldkamer Oost-Brabant een melding van een woningbrand in een "
          "bovenwoning aan de Kerkstraat in Uden. Eén bewoner, de heer Henk (H.W.) van Lieshout (82), is door de brandweer gered. "
          "Hij bleek bekend met beginnende dementie en gebruikte thuiszuurstof; de brand ontstond vermoedelijk bij het roken "
          "in bed. Hij is overgebracht naar het Bernhoven ziekenhuis."),
        H("Inzet"),
        T([["Functie", "Naam", "Eenheid"],
           ["Officier van Dienst (OvD)", "W.F.M. Timmermans", "Post Uden"],
           ["Bevelvoerder TS 21-4431", "Kevin<br/>Dekkers", "Post Uden"],
           ["Bevelvoerder TS 21-4531", "G. Raaijmakers", "Post Veghel"],
           ["Adviseur Gevaarlijke Stoffen", "niet gealarmeerd", "-"]], [52 * mm, 40 * mm, 25 * mm]),
        H("Bevindingen"),
        P("De aanrijtijd (9 min 40 s) lag boven de norm van het Besluit veiligheidsregio's. De buurvrouw, mevrouw Joyce "
          "Verhoeven-Sanders, had 's avonds al rook geroken maar niet gebeld. De woningcorporatie Area wist van het zuurstofgebruik; "
          "de informatie stond niet in het Landelijk Crisismanagement Systeem (LCMS). Aanbeveling: koppeling met het "
          "Zorg- en Veiligheidshuis Brabant Noordoost en het programma Brandveilig Leven."),
        H("Vervolg"),
        P("De directeur VRBN bespreekt de evaluatie met de voorzitter van de veiligheidsregio, burgemeester Jack Mikkers. "
          "Reacties via evaluatie@vrbn.nl."),
    ]
    build_rl(pdf, st, org=["Veiligheidsregio Brabant-Noord", "Brandweer Brabant-Noord"], side=side, top_color="#c8102e",
             footer="VRBN/EV/2025-0031", title="Evaluatie woningbrand Uden", author="R. Stijnen-Akkaoui")
    red = [
        R("PERSON", "Ruben Stijnen-Akkaoui", "Stijnen-Akkaoui", "Ruben"),
        R("EMAIL", "r.stijnen@vrbn.nl", ("r.stijnen@vrbn.nl", False)), R("PHONE", "06 38 44 90 12", ("06 38 44 90 12", False)),
        R("PERSON", "Henk van Lieshout", "van Lieshout", "Henk", "H.W."),
        R("HEALTH", "beginnende dementie, thuiszuurstof", ("beginnende dementie", False), "thuiszuurstof"),
        R("PERSON", "W.F.M. Timmermans", "Timmermans"), R("PERSON", "Kevin Dekkers", "Kevin", "Dekkers"),
        R("PERSON", "G. Raaijmakers", "Raaijmakers"), R("PERSON", "Joyce Verhoeven-Sanders", "Joyce", "Verhoeven-Sanders"),
    ]
    keep = [
        K("ORG", "Veiligheidsregio Brabant-Noord"), K("ORG", "VRBN"), K("STREET", "Orthenseweg 2"),
        K("SWITCHBOARD", "088 - 0206 000", ("088 - 0206 000", False)), K("ROLE", "Adviseur evaluatie"),
        K("CASE", "VRBN/EV/2025-0031", ("VRBN/EV/2025-0031", False)), K("STREET", "Kerkstraat"), K("PLACE", "Uden"),
        K("ORG", "Meldkamer Oost-Brabant"), K("ORG", "Bernhoven"), K("ROLE", "Officier van Dienst"), K("PLACE", "Veghel"),
        K("LAW", "Besluit veiligheidsregio's"), K("ORG", "Area"), K("PRODUCT", "LCMS"),
        K("ORG", "Zorg- en Veiligheidshuis Brabant Noordoost"), K("PROGRAMME", "Brandveilig Leven"),
        K("OFFICE_HOLDER", "burgemeester Jack Mikkers", "Jack Mikkers"), K("MAILBOX", "evaluatie@vrbn.nl", ("evaluatie@vrbn.nl", False)),
        K("CASE", "TS 21-4431", ("TS 21-4431", False)), K("ROLE", "Adviseur Gevaarlijke Stoffen"),
    ]
    return pdf, red, keep


@doc
def bh06():
    pdf = DOCS / "bh06_evacuatielijst_zorgcomplex.pdf"
    people = [
        ("Mw. A. (Annie) Blom", "07-05-1938", "kamer 1.04", "rolstoel, zuurstof"),
        ("Dhr. Sjoerd<br/>Wijnberg", "22-11-1941", "kamer 1.07", "dialyse di/do/za"),
        ("Mw. F. Tahiri-<br/>El Amrani", "03-08-1950", "kamer 1.11", "slechtziend"),
        ("Dhr. K.L. Doorn", "19-01-1944", "kamer 2.02", "bedlegerig, tillift"),
        ("Mw. Gé Zuidema", "30-12-1936", "kamer 2.05", "dementie, dwaalgedrag"),
        ("Dhr. VAN ROSSUM, Teun", "11-06-1947", "kamer 2.09", "geen"),
    ]
    rows = [["Naam bewoner", "Geb.datum", "Locatie", "Zorgbehoefte bij evacuatie", "Opvang"]] + \
           [[n, d, l, z, "Sporthal De Meent" if i % 2 else "Zorgcentrum Sint Jozef"] for i, (n, d, l, z) in enumerate(people)]
    st = [
        P("VERTROUWELIJK – Evacuatielijst", "h1"),
        P("Stroomstoring en wateroverlast zorgcomplex De Veldhoeve, Veldhoevelaan 2, Alphen aan den Rijn – 6 juli 2025, 14:30 uur. "
          "Opgesteld door de Coördinator Gemeentelijke Crisisbeheersing met de locatiemanager van Activite."),
        SP(6), T(rows, [40 * mm, 20 * mm, 18 * mm, 45 * mm, 42 * mm], st="s"), SP(6),
        P("Contact familie: dochter van mw. Blom, Petra Blom, 06 17 55 80 24; zoon van dhr. Wijnberg via wijnberg.rob@ziggo.nl. "
          "Vervoer door Connexxion zorgvervoer en de Regionale Ambulancevoorziening Hollands Midden."),
        P("Coördinator: Linda Ouwerkerk (GHOR), bereikbaar via het Regionaal Operationeel Team, 071 - 5275 300 (piket)."),
    ]
    build_rl(pdf, st, footer="VRHM - evacuatie De Veldhoeve - niet verspreiden", title="Evacuatielijst De Veldhoeve",
             author="Ouwerkerk, L.")
    add_hidden(pdf, notes=[(0, 520, 400, "Zoon van mw. Zuidema (Harm Zuidema, 06 3001 7764) wil bij elke verplaatsing gebeld worden.", "Ouwerkerk, Linda")])
    red = [
        R("PERSON", "Annie Blom", "Blom", "Annie"), R("DOB", "07-05-1938", ("07-05-1938", False)),
        R("HEALTH", "rolstoel, zuurstof", ("rolstoel, zuurstof", False)),
        R("PERSON", "Sjoerd Wijnberg", "Sjoerd", "Wijnberg"), R("DOB", "22-11-1941", ("22-11-1941", False)),
        R("HEALTH", "dialyse", "dialyse"),
        R("PERSON", "F. Tahiri-El Amrani", "Tahiri-", "El Amrani"), R("DOB", "03-08-1950", ("03-08-1950", False)),
        R("HEALTH", "slechtziend", "slechtziend"),
        R("PERSON", "K.L. Doorn", "K.L. Doorn"), R("DOB", "19-01-1944", ("19-01-1944", False)),
        R("HEALTH", "bedlegerig, tillift", "bedlegerig"),
        R("PERSON", "Gé Zuidema", "Gé Zuidema", "Zuidema"), R("DOB", "30-12-1936", ("30-12-1936", False)),
        R("HEALTH", "dementie, dwaalgedrag", "dwaalgedrag", ("dementie", True)),
        R("PERSON", "Teun van Rossum", ("VAN ROSSUM", True), "Teun"), R("DOB", "11-06-1947", ("11-06-1947", False)),
        R("PERSON", "Petra Blom", "Petra"), R("PHONE", "06 17 55 80 24", ("06 17 55 80 24", False)),
        R("EMAIL", "wijnberg.rob@ziggo.nl", ("wijnberg.rob@ziggo.nl", False)),
        R("PERSON", "Linda Ouwerkerk", "Ouwerkerk", "Linda"),
        R("PERSON", "Harm Zuidema", "Harm"), R("PHONE", "06 3001 7764", ("06 3001 7764", False)),
    ]
    keep = [
        K("ORG", "De Veldhoeve"), K("STREET", "Veldhoevelaan 2"), K("PLACE", "Alphen aan den Rijn"), K("ORG", "Activite"),
        K("ROLE", "Coördinator Gemeentelijke Crisisbeheersing"), K("ORG", "Sporthal De Meent"), K("ORG", "Zorgcentrum Sint Jozef"),
        K("COMPANY", "Connexxion"), K("ORG", "Regionale Ambulancevoorziening Hollands Midden"), K("ORG", "GHOR"),
        K("ORG", "Regionaal Operationeel Team"), K("SWITCHBOARD", "071 - 5275 300", ("071 - 5275 300", False)),
        K("DATE", "6 juli 2025"), K("ROLE", "locatiemanager"),
    ]
    return pdf, red, keep


@doc
def bh07():
    pdf = DOCS / "bh07_grip2_rapport_chemiebrand.pdf"
    st = [
        P("Veiligheidsregio Zuid-Holland Zuid", "s"),
        P("Situatierapport en besluitenlijst GRIP 2 – brand opslagloods Dordrecht", "h1"),
        LV([("Datum", "27 mei 2025"), ("GRIP", "GRIP 2 afgekondigd 11:02, opgeschaald naar GRIP 3 om 12:40, afgeschaald 19:15"),
            ("Locatie", "Zeehavenweg, bedrijventerrein Dordtse Kil IV"), ("Bedrijf", "Van Kessel Opslag &amp; Distributie B.V."),
            ("Registratie", "LCMS-ZHZ-2025-0173")], 30 * mm, 135 * mm),
        H("Bezetting Commando Plaats Incident (CoPI) en ROT"),
        T([["Functie", "Naam", "Organisatie"],
           ["Leider CoPI", "B. (Bas) Vreugdenhil", "VRZHZ"],
           ["HOvD Brandweer", "Ingrid Koppenaal", "Brandweer ZHZ"],
           ["Officier Gevaarlijke Stoffen", "ing. D. Ramautar", "Brandweer ZHZ"],
           ["OvD Politie", "hoofdinspecteur N.<br/>Vlasblom", "Politie Eenheid Rotterdam"],
           ["Gezondheidskundig Adviseur Gevaarlijke Stoffen", "dr. M. Jongeneel-Pos", "GGD ZHZ"],
           ["Operationeel Leider", "R.A.M. Peters", "VRZHZ"],
           ["Informatiemanager ROT", "Sanne Lagendijk", "VRZHZ"],
           ["Woordvoerder namens de burgemeester", "woordvoerder Miranda Keet", "Gemeente Dordrecht"]],
          [62 * mm, 55 * mm, 45 * mm]),
        H("Besluiten"),
        T([["Nr", "Tijd", "Besluit", "Genomen door"],
           ["1", "11:20", "NL-Alert binnen 1,5 km: ramen en deuren sluiten, ventilatie uit.", "Leider CoPI"],
           ["2", "12:40", "Opschaling GRIP 3; burgemeester Wouter Kolff voorzitter GBT.", "Operationeel Leider"],
           ["3", "13:05", "Metingen door meetploegen; RIVM Milieuongevallendienst (MOD) ingeschakeld.", "ROT"],
           ["4", "16:30", "Asbestbemonstering door Search; advies via GGD.", "GBT"]],
          [8 * mm, 12 * mm, 110 * mm, 32 * mm]),
        H("Bijzonderheden"),
        P("Een medewerker van het bedrijf, de heer Lars Kuipers (heftruckchauffeur), is met inhalatieletsel opgenomen in het "
          "Albert Schweitzer ziekenhuis. De eigenaar van het bedrijf, de heer Jan-Willem van Kessel, was ter plaatse en "
          "bereikbaar op 06 4391 0057. Eerdere handhavingsdossiers van de Omgevingsdienst Zuid-Holland Zuid (OZHZ) liggen bij het ROT."),
        P("Het evaluatierapport volgt via het Instituut Fysieke Veiligheid (IFV). Vragen: crisiscommunicatie@vrzhz.nl."),
    ]
    build_rl(pdf, st, footer="LCMS-ZHZ-2025-0173 - situatierapport", title="GRIP 2 Zeehavenweg", author="Lagendijk, Sanne (VRZHZ)")
    red = [
        R("PERSON", "Bas Vreugdenhil", "Vreugdenhil", "Bas"), R("PERSON", "Ingrid Koppenaal", "Ingrid", "Koppenaal"),
        R("PERSON", "D. Ramautar", "Ramautar"), R("PERSON", "N. Vlasblom", "Vlasblom"),
        R("PERSON", "M. Jongeneel-Pos", "Jongeneel-Pos"), R("PERSON", "R.A.M. Peters", "R.A.M. Peters"),
        R("PERSON", "Sanne Lagendijk", "Sanne", "Lagendijk"), R("PERSON", "Lars Kuipers", "Lars", "Kuipers"),
        R("HEALTH", "inhalatieletsel", "inhalatieletsel"),
        R("PERSON", "Jan-Willem van Kessel", "Jan-Willem van Kessel", ("Jan-Willem", True)),
        R("PHONE", "06 4391 0057", ("06 4391 0057", False)),
    ]
    keep = [
        K("ORG", "Veiligheidsregio Zuid-Holland Zuid"), K("TERM", "GRIP 2"), K("TERM", "GRIP 3"), K("STREET", "Zeehavenweg"),
        K("PLACE", "Dordtse Kil IV"), K("COMPANY", "Van Kessel Opslag & Distributie B.V.", ("Van Kessel Opslag", False)),
        K("CASE", "LCMS-ZHZ-2025-0173", ("LCMS-ZHZ-2025-0173", False)), K("ORG", "VRZHZ"), K("ROLE", "Leider CoPI"),
        K("ROLE", "Officier Gevaarlijke Stoffen"), K("ORG", "Politie Eenheid Rotterdam"), K("ORG", "GGD ZHZ"),
        K("ROLE", "Operationeel Leider"), K("ROLE", "Informatiemanager ROT"),
        K("SPOKESPERSON", "woordvoerder Miranda Keet", "Miranda Keet"),
        K("PRODUCT", "NL-Alert"), K("OFFICE_HOLDER", "burgemeester Wouter Kolff", "Wouter Kolff"), K("ORG", "RIVM"),
        K("ORG", "Milieuongevallendienst"), K("COMPANY", "Search"), K("ORG", "Albert Schweitzer ziekenhuis"),
        K("ORG", "Omgevingsdienst Zuid-Holland Zuid"), K("ORG", "OZHZ"), K("ORG", "Instituut Fysieke Veiligheid"),
        K("MAILBOX", "crisiscommunicatie@vrzhz.nl", ("crisiscommunicatie@vrzhz.nl", False)), K("ROLE", "heftruckchauffeur"),
        K("PLACE", "Dordrecht"),
    ]
    return pdf, red, keep


@doc
def bh08():
    pdf = DOCS / "bh08_convenant_ondermijning_overleg.pdf"
    st = [
        P("Gemeente Tilburg · Politie Eenheid Zeeland-West-Brabant · Openbaar Ministerie", "s"),
        P("Verslag driehoeksoverleg Convenant Aanpak Ondermijning", "h1"),
        LV([("Datum", "3 april 2025, stadhuis, Stadhuisplein 130, Tilburg"),
            ("Aanwezig", "burgemeester Theo Weterings (voorzitter); teamchef Tilburg-Noord mr. C. Hendrikx-Vos; "
             "officier van justitie mr. F.J. Akerboom; RIEC Zeeland-West-Brabant: Bart Scholten; "
             "ambtelijk secretaris: Noor el Idrissi (Openbare Orde en Veiligheid)"),
            ("Afwezig", "wethouder Rik Grashoff (bericht)")], 26 * mm, 140 * mm),
        H("1. Casuïstiek (vertrouwelijk, art. 5.1 lid 2 sub h Woo)"),
        P("<b>a. Bedrijfspand Kraaivenstraat.</b> Bij controle op 12 maart 2025 trof de politie een hennepkwekerij met 900 planten aan. "
          "Huurder is de heer Daan Brouwers (geb. 02-09-1989), eerder in 2021 veroordeeld voor witwassen. De burgemeester besluit tot "
          "sluiting voor zes maanden op grond van artikel 13b Opiumwet (Wet Damocles)."),
        P("<b>b. Horecabedrijf Piushaven.</b> BIBOB-onderzoek door het Landelijk Bureau Bibob loopt. Betrokkene M. Yilmaz heeft "
          "een taakstraf gekregen voor heling; financier is Horeca Invest Brabant B.V. Besluit over de exploitatievergunning na advies."),
        H("2. Convenant"),
        P("Het convenant wordt verlengd tot 2028. Het Regionaal Informatie- en Expertise Centrum (RIEC) en de Belastingdienst sluiten aan. "
          "Meldingen via het functioneel adres ondermijning@tilburg.nl; Meld Misdaad Anoniem (0800 - 7000) blijft het publieksnummer."),
        H("3. Actiepunten"),
        T([["Nr", "Actie", "Wie", "Wanneer"],
           ["25-07", "Sluitingsbesluit Kraaivenstraat voorbereiden", "NeI", "10 april"],
           ["25-08", "Terugkoppeling BIBOB-advies", "BS", "1 mei"],
           ["25-09", "Evaluatie convenant met Ministerie van Justitie en Veiligheid", "CHV", "juni"]],
          [14 * mm, 100 * mm, 20 * mm, 24 * mm]),
    ]
    build_rl(pdf, st, footer="Driehoek Tilburg - vertrouwelijk", title="Verslag driehoek ondermijning", author="Noor el Idrissi")
    red = [
        R("PERSON", "C. Hendrikx-Vos", "Hendrikx-Vos"), R("PARAPH", "CHV", "CHV"),
        R("PERSON", "F.J. Akerboom", "Akerboom"), R("PERSON", "Bart Scholten", "Scholten", "Bart"), R("PARAPH", "BS", "BS"),
        R("PERSON", "Noor el Idrissi", "el Idrissi", "Noor"), R("PARAPH", "NeI", "NeI"),
        R("PERSON", "Daan Brouwers", "Brouwers", "Daan"), R("DOB", "02-09-1989", ("02-09-1989", False)),
        R("CRIMINAL", "veroordeeld voor witwassen", ("veroordeeld voor witwassen", False)),
        R("PERSON", "M. Yilmaz", ("M. Yilmaz", True)),
        R("CRIMINAL", "taakstraf voor heling", ("taakstraf gekregen voor heling", False)),
    ]
    keep = [
        K("ORG", "Gemeente Tilburg"), K("ORG", "Politie Eenheid Zeeland-West-Brabant"), K("ORG", "Openbaar Ministerie"),
        K("STREET", "Stadhuisplein 130"), K("OFFICE_HOLDER", "burgemeester Theo Weterings", "Theo Weterings"),
        K("OFFICE_HOLDER", "wethouder Rik Grashoff", "Rik Grashoff"), K("ROLE", "teamchef"), K("ROLE", "officier van justitie"),
        K("ORG", "RIEC"), K("STREET", "Kraaivenstraat"), K("PLACE", "Piushaven"), K("LAW", "Opiumwet"), K("LAW", "Wet Damocles"),
        K("ORG", "Landelijk Bureau Bibob"), K("COMPANY", "Horeca Invest Brabant B.V."), K("ORG", "Belastingdienst"),
        K("MAILBOX", "ondermijning@tilburg.nl", ("ondermijning@tilburg.nl", False)), K("ORG", "Meld Misdaad Anoniem"),
        K("SWITCHBOARD", "0800 - 7000", ("0800 - 7000", False)), K("ORG", "Ministerie van Justitie en Veiligheid"),
        K("CASE", "25-08", ("25-08", False)), K("ROLE", "Openbare Orde en Veiligheid"),
    ]
    return pdf, red, keep
