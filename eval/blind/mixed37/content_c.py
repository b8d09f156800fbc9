"""Other bodies: gemeente Utrecht (Woo decision, inventory, e-mail, zienswijze), gemeente
Groningen (minutes, WhatsApp, letter to a resident), OCW (mail chain, memo), JenV (decision, Teams,
zienswijze to a sole trader)."""
from framework import (A4, B, Bookmark, Doc, H, K, KV, P, R, SP, StickyNote, T, build_pdf, landscape,
                       letterhead)
from registry import BSN_TEKLE, IBAN_TEKLE
from content_a import MOTIV, mailhdr

UTR = ["gemeente Utrecht", "Stadskantoor, Stadsplateau 1", "3521 AZ Utrecht", "Postbus 16200",
       "3500 CE Utrecht", "Telefoon 14 030"]
GRO = ["gemeente Groningen", "Directie Wonen en Leefomgeving", "Kreupelstraat 1", "9712 HW Groningen"]
OCW = ["Ministerie van Onderwijs, Cultuur en Wetenschap", "Directie Leraren", "Rijnstraat 50",
       "2515 XP Den Haag"]
JV = ["Ministerie van Justitie en Veiligheid", "Directie Wetgeving en Juridische Zaken", "Turfmarkt 147",
      "2511 DP Den Haag"]


def wetsartikelen():
    """Appendix with the text of the grounds (public law text), as many decisions have."""
    from reportlab.platypus import PageBreak
    return [PageBreak(), H("Bijlage 1 - Relevante wetsartikelen"),
            B("Wet open overheid, artikel 5.1"),
            P("1. Het openbaar maken van informatie ingevolge deze wet blijft achterwege voor zover dit: a. de eenheid "
              "van de Kroon in gevaar zou kunnen brengen; b. de veiligheid van de Staat zou kunnen schaden; c. "
              "bedrijfs- en fabricagegegevens betreft die door natuurlijke personen of rechtspersonen vertrouwelijk "
              "aan de overheid zijn meegedeeld; d. persoonsgegevens betreft als bedoeld in paragraaf 3.1 van de "
              "Uitvoeringswet Algemene verordening gegevensbescherming, tenzij de verstrekking kennelijk geen "
              "inbreuk op de persoonlijke levenssfeer maakt; e. nationale identificatienummers betreft als bedoeld "
              "in artikel 46 van de Uitvoeringswet Algemene verordening gegevensbescherming, tenzij de verstrekking "
              "kennelijk geen inbreuk op de persoonlijke levenssfeer maakt."),
            P("2. Het openbaar maken van informatie blijft eveneens achterwege voor zover het belang daarvan niet "
              "opweegt tegen een van de volgende belangen: a. de betrekkingen van Nederland met andere staten en met "
              "internationale organisaties; b. de economische of financiële belangen van de Staat, andere "
              "publiekrechtelijke lichamen of bestuursorganen; c. de opsporing en vervolging van strafbare feiten; "
              "d. de inspectie, controle en toezicht door bestuursorganen; e. de eerbiediging van de persoonlijke "
              "levenssfeer; f. de bescherming van andere dan in het eerste lid, onderdeel c, genoemde "
              "concurrentiegevoelige bedrijfs- en fabricagegegevens; g. de bescherming van het milieu waarop deze "
              "informatie betrekking heeft; h. de beveiliging van personen en bedrijven en het voorkomen van "
              "sabotage; i. het goed functioneren van de Staat, andere publiekrechtelijke lichamen of "
              "bestuursorganen."),
            B("Wet open overheid, artikel 5.2"),
            P("1. In geval van een verzoek om informatie uit documenten, opgesteld ten behoeve van intern beraad, "
              "wordt geen informatie verstrekt over persoonlijke beleidsopvattingen. Onder persoonlijke "
              "beleidsopvattingen worden geen feitelijke gegevens, prognoses, beleidsalternatieven, de gevolgen van "
              "een bepaald beleidsalternatief of andere onderdelen met een overwegend objectief karakter verstaan."),
            P("2. Bij het verstrekken van informatie over persoonlijke beleidsopvattingen ten behoeve van goed en "
              "democratisch bestuur kan informatie over persoonlijke beleidsopvattingen worden verstrekt in een vorm "
              "die niet herleidbaar is tot individuele personen."),
            B("Wet open overheid, artikel 4.4"),
            P("1. Het bestuursorgaan beslist op het verzoek om informatie zo spoedig mogelijk, doch uiterlijk binnen "
              "vier weken na de dag waarop het verzoek is ontvangen. 2. Het bestuursorgaan kan de termijn met ten "
              "hoogste twee weken verdagen, indien het van oordeel is dat de belanghebbende in de gelegenheid moet "
              "worden gesteld een zienswijze naar voren te brengen.")]


def c18(path):
    s = [letterhead(UTR, [("Behandeld door", "C. Vermeulen-Aksoy"), ("T", "06 3355 0187"),
                          ("E", "chloé.vermeulen-aksoy@utrecht.nl"), ("Ons kenmerk", "WOO-2025-0231"),
                          ("Datum", "3 juni 2025")],
                    ["Mevrouw M. Bosschaart", "Wijkerslootweg 77", "3431 KA  Nieuwegein"])]
    s += [SP(6), KV([("Onderwerp", "Besluit op uw Woo-verzoek over de Merwedekanaalzone")], 24, 140), SP(3),
          P("Geachte mevrouw Bosschaart,"),
          P("Op 14 februari 2025 heeft u het college van burgemeester en wethouders van de gemeente Utrecht "
            "gevraagd om documenten over de participatie bij de Merwedekanaalzone, deelgebied 5. Wij hebben "
            "15 documenten gevonden. Wij maken 4 documenten openbaar, 10 deels openbaar en 1 niet openbaar."),
          H("Overwegingen", 2),
          P("Namen van burgemeester Dijksma, wethouder Eerenberg en wethouder Van Hooijdonk maken wij openbaar, "
            "omdat zij in hun publieke rol handelen. Ook de naam van de woordvoerder, mevrouw Ilse Brandsma, "
            "blijft leesbaar. Namen en contactgegevens van medewerkers van de gemeente, zoals de projectleider "
            "en de omgevingsmanager, en van bewoners en leden van de Vereniging van Eigenaars maken wij niet "
            "openbaar (artikel 5.1, tweede lid, onder e, Woo). Dat geldt ook voor de e-mail van de heer "
            "Azzouzi aan de bewonersgroep en de aantekeningen van mevrouw Soerjadi."),
          P("Eén document bevat persoonlijke beleidsopvattingen in een intern overleg (artikel 5.2, eerste lid, "
            "Woo). Projectontwikkelaars die hebben meegedaan aan de marktconsultatie zijn om hun zienswijze "
            "gevraagd; hun bedrijfsnamen en vestigingsadressen blijven leesbaar."),
          H("Publicatie", 2),
          P("Het besluit en de documenten worden gepubliceerd op open.overheid.nl. Bezwaar kunt u binnen zes weken "
            "indienen bij het college, via woo@utrecht.nl."),
          SP(4), P("Met vriendelijke groet,"), P("burgemeester en wethouders van Utrecht,"),
          P("namens dezen,"), SP(8), P("mr. D. Soerjadi"), P("teamleider Informatieverzoeken")]
    s += [SP(3)] + MOTIV + wetsartikelen()
    build_pdf(path, s, meta={"title": "Besluit Woo Merwedekanaalzone", "author": "Vermeulen-Aksoy, Chloé"})


def c19(path):
    rows = [["ID", "Datum", "Document", "Beoordeling", "Grond", "Toelichting", "Gerelateerd ID"],
            ["U-01", "06-01-2024", "Raadsinformatiebrief wethouder Eerenberg Merwedekanaalzone", "Openbaar", "-",
             "al openbaar", "-"],
            ["U-02", "11-01-2024", "Mail M. Azzouzi aan bewonersgroep Merwedekanaalzone-Zuid", "Deels openbaar",
             "5.1.2e", "", "-"],
            ["U-03", "18-01-2024", "Notulen VvE-overleg (voorzitter J. Verbeek)", "Deels openbaar", "5.1.2e",
             "namen bewoners", "-"],
            ["U-04", "02-02-2024", "Memo Vermeulen-Aksoy aan wethouder Van Hooijdonk", "Deels openbaar",
             "5.1.2e; 5.2.1", "", "-"],
            ["U-05", "02-02-2024", "Bijlage bij U-04: planning", "Openbaar", "-", "", "U-04"],
            ["U-06", "20-02-2024", "Aantekeningen SOERJADI, D. bij bewonersavond", "Deels openbaar", "5.1.2e", "", "-"],
            ["U-07", "05-03-2024", "Persbericht, woordvoerder Brandsma", "Openbaar", "-", "", "-"],
            ["U-08", "14-03-2024", "Intern overleg projectteam (CVA, MA)", "Niet openbaar", "5.2.1", "", "-"],
            ["U-09", "02-04-2024", "Brief burgemeester Dijksma aan de gemeenteraad", "Openbaar", "-", "", "-"],
            ["U-10", "23-04-2024", "Zienswijze VvE Merwedekade (Joost Verbeek)", "Deels openbaar", "5.1.2e", "",
             "-"]]
    s = [H("Inventarislijst Woo-verzoek WOO-2025-0231 (gemeente Utrecht)"),
         P("Productierapport, export uit het Woo-reviewsysteem. Contact: woo@utrecht.nl.", "small"), SP(2),
         T(rows, [16, 20, 95, 26, 24, 40, 22])]
    build_pdf(path, s, pagesize=landscape(A4), margins=(14, 14, 14, 14),
              meta={"title": "Inventarislijst WOO-2025-0231", "creator": "Microsoft Excel",
                    "author": "Azzouzi, Mohammed"})


def c20(path):
    s = [mailhdr([("Van:", "Vermeulen-Aksoy, Chloé <chloé.vermeulen-aksoy@utrecht.nl>"),
                  ("Verzonden:", "vrijdag 2 februari 2024 11:48"),
                  ("Aan:", "Azzouzi, Mohammed; Soerjadi, Dewi"),
                  ("CC:", "woo@utrecht.nl"),
                  ("Onderwerp:", "RE: bewonersavond Merwedekanaalzone / vragen wethouder")]), SP(2),
         P("Hoi Mohammed en Dewi,"),
         P("Wethouder Van Hooijdonk wil voor de raadsinformatiebrief weten hoeveel bewoners er op de "
           "bewonersavond waren. Dewi, jij had de presentielijst? De voorzitter van de VvE, Joost Verbeek, heeft "
           "gevraagd of zijn zienswijze anoniem kan blijven."),
         P("Groet, Chloé\nomgevingsmanager Merwedekanaalzone | M 06 3355 0187"),
         SP(2), P("Van: Azzouzi, Mohammed\nVerzonden: donderdag 1 februari 2024 17:20\nAan: Vermeulen-Aksoy, "
                  "Chloé\nOnderwerp: bewonersavond Merwedekanaalzone", "mail"), SP(1),
         P("Chloé, ongeveer 140 bewoners. Wethouder Eerenberg was er ook kort. Dewi (030 - 286 14 52) heeft de "
           "lijst. Mohammed Azzouzi, projectleider"),
         SP(2), P("From: Soerjadi, Dewi <d.soerjadi@utrecht.nl>\nSent: Thursday, February 1, 2024 09:02\n"
                  "To: Azzouzi, Mohammed <m.azzouzi@utrecht.nl>\nSubject: presentielijst", "mail"), SP(1),
         P("Mohammed, de lijst staat in SharePoint. Let op: er staan telefoonnummers van bewoners in, niet "
           "doorsturen. Dewi")]
    build_pdf(path, s, meta={"title": "RE: bewonersavond", "creator": "Microsoft Outlook",
                             "author": "Vermeulen-Aksoy, Chloé"})


def c21(path):
    s = [letterhead(UTR, [("Behandeld door", "Mohammed Azzouzi"), ("E", "woo@utrecht.nl"),
                          ("Ons kenmerk", "WOO-2025-0231-Z2"), ("Datum", "8 april 2025")],
                    ["Vereniging van Eigenaars Merwedekade", "t.a.v. de voorzitter, de heer J. Verbeek",
                     "Merwedekade 200", "3522 JP  Utrecht"])]
    s += [SP(6), P("Geachte heer Verbeek,"),
          P("De gemeente Utrecht heeft een Woo-verzoek ontvangen over de Merwedekanaalzone. Daarbij is uw "
            "zienswijze van 23 april 2024 (document U-10) gevonden. Wij zijn van plan dit document deels openbaar "
            "te maken. De naam van de VvE en het adres van het gebouw blijven leesbaar; uw naam en de namen van "
            "de andere leden maken wij niet openbaar."),
          P("Wilt u binnen twee weken laten weten of u bezwaar heeft? U kunt reageren via woo@utrecht.nl."),
          SP(4), P("Met vriendelijke groet,"), P("Mohammed Azzouzi"), P("projectleider")]
    build_pdf(path, s, meta={"title": "Zienswijzeverzoek VvE"})


def c22(path):
    s = [H("Verslag stuurgroep versterking en schadeherstel"),
         KV([("Datum", "7 maart 2025"), ("Locatie", "Stadhuis Groningen"), ("Verslag", "H. Postma")], 24, 140),
         H("Aanwezig", 2),
         P("burgemeester Schuiling (voorzitter); wethouder Broeksma; wethouder Jongman; Oldenhuis, F. "
           "(programmamanager); Postma, H. (secretaris); S. Dijkhuizen (Nationaal Coördinator Groningen); "
           "Staatstoezicht op de Mijnen (afwezig)"),
         H("1. Stand versterking", 2),
         P("Wethouder Broeksma meldt dat in de wijk Paddepoel 312 adressen zijn beoordeeld. De heer Dijkhuizen "
           "van de Nationaal Coördinator Groningen zegt toe de planning voor de zomer te delen."),
         H("2. Signalen van bewoners", 2),
         P("Mevrouw Oldenhuis bespreekt het signaal van een bewoner aan de Paterswoldseweg (de heer Tekle), die al "
           "twee jaar wacht. Burgemeester Schuiling vraagt om een persoonlijk gesprek."),
         H("Actielijst", 2),
         T([["Nr.", "Actie", "Wie", "Datum"],
            ["1", "Planning versterking delen", "NCG (SD)", "1 juni 2025"],
            ["2", "Gesprek met bewoner Paterswoldseweg", "FO / HP", "21 maart 2025"],
            ["3", "Raadsbrief over voortgang", "wethouder Jongman", "1 april 2025"]], [10, 90, 40, 30])] + MOTIV
    build_pdf(path, s, meta={"title": "Verslag stuurgroep 7 maart 2025", "author": "Postma, Hylke"})


def c23(path):
    lines = [
        "[07-03-2025 18:02:11] Fenna: Hylke, heb jij het nummer van meneer Tekle?",
        "[07-03-2025 18:05:40] Hylke Postma: Ja, ik stuur het je privé",
        "[07-03-2025 18:06:02] Fenna: Top. Broeksma wil dat we maandag bellen",
        "[07-03-2025 18:10:55] Sven NCG: Ik heb zijn dossier, BSN " + BSN_TEKLE + " klopt met de aanvraag",
        "[07-03-2025 18:11:30] Hylke Postma: Sven! Geen BSN in de app aub",
        "[07-03-2025 18:12:01] Sven NCG: Sorry, verwijder ik",
        "[07-03-2025 18:12:04] Sven NCG: Dit bericht is verwijderd",
        "[07-03-2025 19:40:17] Fenna: Schuiling belt hem zelf, zegt de bode",
        "[08-03-2025 09:01:44] 06-29918834: nieuw nummer van Fenna, sla maar op",
    ]
    s = [P("WhatsApp-chat met Schadeherstel Paddepoel", "h2"),
         P("Export zonder media, aangeleverd door H. Postma (050 367 89 12) op 20 maart 2025", "small"), SP(3)]
    s += [P(x, "mono") for x in lines]
    build_pdf(path, s, meta={"title": "WhatsApp Chat met Schadeherstel Paddepoel.txt"})


def c24(path):
    s = [letterhead(GRO, [("Behandeld door", "Fenna Oldenhuis"), ("T", "06-29918834"),
                          ("E", "f.oldenhuis@groningen.nl"), ("Uw BSN", BSN_TEKLE),
                          ("Ons kenmerk", "SH-2025-0412"), ("Datum", "24 maart 2025")],
                    ["De heer Y. Tekle", "Paterswoldseweg 603", "9728 BL  Groningen"])]
    s += [SP(6), P("Geachte heer Tekle,"),
          P("Zoals besproken in ons gesprek van 21 maart met wethouder Broeksma, ontvangt u een voorschot van "
            "€ 4.500 voor het herstel van de schade aan uw woning. Het bedrag wordt overgemaakt op "
            "rekeningnummer " + IBAN_TEKLE + " t.n.v. Y. Tekle. De Nationaal Coördinator Groningen neemt de "
            "verdere afhandeling over."),
          P("Heeft u vragen, belt u dan met mij of met mijn collega Hylke Postma (050 367 89 12)."),
          SP(4), P("Met vriendelijke groet,"), P("Fenna Oldenhuis"), P("programmamanager Schadeherstel")]
    build_pdf(path, s, meta={"title": "Brief voorschot Tekle", "author": "Oldenhuis, Fenna"})


def c25(path):
    s = [mailhdr([("Van:", "Benali, Nadia <n.benali@minocw.nl>"), ("Verzonden:", "maandag 10 februari 2025 08:31"),
                  ("Aan:", "Wolters, Thijs <thijs.wolters@minocw.nl>"),
                  ("CC:", "Raghoebarsing, Priya <p.raghoebarsing@minocw.nl>"),
                  ("Onderwerp:", "FW: Lerarenbeurs - vraag school Lijnden")]), SP(2),
         P("Thijs, kun jij deze oppakken? Staatssecretaris Paul wil voor het debat weten hoeveel scholen de "
           "Lerarenbeurs en het Nationaal Programma Onderwijs tegelijk gebruiken. Kamerlid Bikker heeft ernaar "
           "gevraagd. Priya heeft de DUO-cijfers."),
         P("Groet, Nadia\ndrs. N. Benali | senior beleidsmedewerker Directie Leraren | 06 5012 3344"),
         SP(2), P("-----Oorspronkelijk bericht-----\nVan: Gijs van Straaten <g.vanstraaten@cslijnden.nl>\n"
                  "Verzonden: vrijdag 7 februari 2025 16:02\nAan: Benali, Nadia\nOnderwerp: Lerarenbeurs - vraag "
                  "school Lijnden", "mail"), SP(1),
         P("Beste mevrouw Benali, onze docent Wei Chen wil de Lerarenbeurs aanvragen maar DUO zegt dat het niet "
           "kan. Kunt u helpen? Met vriendelijke groet, Gijs van Straaten, directeur CS Lijnden"),
         SP(2), P("From: Raghoebarsing, Priya\nSent: Monday, February 10, 2025 09:15\nTo: Wolters, Thijs; Benali, "
                  "Nadia\nSubject: RE: FW: Lerarenbeurs", "mail"), SP(1),
         P("The DUO figures are on SharePoint; the Inspectie van het Onderwijs has no data on this. Minister "
           "Bruins has the same question. Call me: +31 70 412 33 87. Priya")]
    build_pdf(path, s, meta={"title": "FW: Lerarenbeurs", "creator": "Microsoft Outlook"})


def c26(path):
    s = [Bookmark("Memo Lerarenbeurs - opsteller T. Wolters"),
         H("Memo"),
         KV([("Aan", "staatssecretaris Paul"), ("Van", "Directie Leraren (Thijs Wolters)"),
             ("Datum", "14 februari 2025"), ("Onderwerp", "Samenloop Lerarenbeurs en Nationaal Programma "
                                                          "Onderwijs")], 24, 140), SP(2),
         H("Kern", 2),
         P("Uit cijfers van DUO blijkt dat 1.240 leraren in 2024 de Lerarenbeurs gebruikten op scholen die ook "
           "middelen uit het Nationaal Programma Onderwijs ontvingen. De Inspectie van het Onderwijs ziet geen "
           "risico's. Minister Bruins is geïnformeerd."),
         StickyNote("Thijs, bedrag per leraar toevoegen? NB", "Benali, Nadia"),
         H("Paraaftabel", 2),
         T([["Naam", "Functie", "Paraaf", "Datum"],
            ["Wolters, T.", "beleidsmedewerker", "TW", "14-02"],
            ["Benali, N.", "senior beleidsmedewerker", "NB", "14-02"],
            ["Raghoebarsing, P.", "Policy Officer data", "-", "-"]], [50, 55, 20, 20])] + MOTIV
    build_pdf(path, s, meta={"title": "Memo Lerarenbeurs", "author": "Wolters, Thijs", "outline": True})


def c27(path):
    s = [letterhead(JV, [("Behandeld door", "mr. A. Vreeswijk"), ("T", "06 41 22 90 17"),
                         ("E", "a.vreeswijk@minjenv.nl"), ("Ons kenmerk", "6012345"), ("Datum", "28 maart 2025")],
                    ["Mevrouw S. Kaya", "Koningin Julianalaan 211", "2273 JL  Voorburg"])]
    s += [SP(6), KV([("Onderwerp", "Besluit op uw Woo-verzoek over schoonmaakcontracten DJI")], 24, 140), SP(3),
          P("Geachte mevrouw Kaya,"),
          P("U heeft op 10 januari 2025 gevraagd om documenten over de schoonmaakcontracten van de Dienst "
            "Justitiële Inrichtingen in 2024. Ik heb 9 documenten gevonden en maak deze deels openbaar."),
          P("Namen van minister Van Weel en staatssecretaris Coenradie blijven leesbaar. Namen en contactgegevens "
            "van medewerkers van het ministerie van Justitie en Veiligheid en van de DJI, zoals de heer Lachmon "
            "en de heer Oduya, maak ik niet openbaar (5.1.2e). Ook de gegevens van de eenmanszaak "
            "Schoonmaakbedrijf D. Nowak, waarvan de handelsnaam de naam van de eigenaar bevat, maak ik niet "
            "openbaar. De IND komt in de documenten alleen als opdrachtgever voor."),
          P("Bezwaar kunt u maken binnen zes weken via wooverzoeken@minjenv.nl."),
          SP(4), P("De minister van Justitie en Veiligheid,"), P("namens deze,"), SP(8),
          P("mr. A. Vreeswijk"), P("senior jurist Wetgeving en Juridische Zaken")] + [SP(3)] + MOTIV + wetsartikelen()
    build_pdf(path, s, meta={"title": "Besluit Woo DJI schoonmaak", "author": "Vreeswijk, A."})


def c28(path):
    msgs = [("Ricardo Lachmon", "11-02-2025 14:02", "Anke, heb je de zienswijze van Nowak al?"),
            ("Anke Vreeswijk", "11-02-2025 14:05", "Nee, Dominika belt morgen terug. Bram zou haar KvK opzoeken."),
            ("Bram Oduya", "11-02-2025 14:09", "KvK is 82734411, eenmanszaak in Rijswijk."),
            ("Ricardo Lachmon", "11-02-2025 14:10", "Staatssecretaris Coenradie wil voor vrijdag een update."),
            ("Anke Vreeswijk", "11-02-2025 14:12", "Ik zet het in de nota voor minister Van Weel, deadline "
                                                   "donderdag. Ricardo, jij paraafeert?"),
            ("Ricardo Lachmon", "11-02-2025 14:13", "Ja, RL.")]
    s = [H("Chatgeschiedenis Microsoft Teams"),
         P("Chat: Ricardo Lachmon, Anke Vreeswijk, Bram Oduya - geëxporteerd 20-03-2025", "small"), SP(3)]
    for who, when, txt in msgs:
        s += [P("<b>%s</b>  <font size=7 color='#666666'>%s</font>" % (who, when), "mail", raw=True),
              P(txt, "mail"), SP(1)]
    build_pdf(path, s, meta={"title": "Teams export DJI", "creator": "Microsoft Teams"})


def c29(path):
    s = [letterhead(JV, [("Behandeld door", "R. Lachmon"), ("E", "wooverzoeken@minjenv.nl"),
                         ("Ons kenmerk", "6012345-Z1"), ("Datum", "12 februari 2025")],
                    ["Schoonmaakbedrijf D. Nowak", "t.a.v. mevrouw D. Nowak", "Laan van Zuid Hoorn 61",
                     "2289 DC  Rijswijk"])]
    s += [SP(6), P("Geachte mevrouw Nowak,"),
          P("Het ministerie van Justitie en Veiligheid heeft een Woo-verzoek ontvangen over schoonmaakcontracten "
            "van de Dienst Justitiële Inrichtingen. Uw offerte van 3 april 2024 valt onder dit verzoek. Uw "
            "onderneming (KvK 82734411) is een eenmanszaak; uw naam, woonadres en KvK-nummer maak ik niet "
            "openbaar. De offertebedragen kunnen bedrijfsgegevens zijn (5.1.1c)."),
          P("U kunt binnen twee weken uw zienswijze geven via wooverzoeken@minjenv.nl."),
          SP(4), P("Met vriendelijke groet,"), P("R. Lachmon"), P("jurist")]
    build_pdf(path, s, meta={"title": "Zienswijze Nowak"})


def c30(path):
    from framework import render_scan
    lines = [
        "Bewonersavond Merwedekanaalzone 20/2",
        "",
        "- ca. 140 bewoners, wethouder Eerenberg kort",
        "- dhr. Joost Verbeek (VvE): wil anoniem blijven",
        "- mw. Bosschaart vraagt naar planning",
        "- Mohammed: presentielijst naar SharePoint",
        "- Chloé bellen: 06 3355 0187",
        "",
        "Dewi S.",
    ]
    render_scan(path, lines, seed=30, hand=True, size=46,
                meta={"title": "scan aantekeningen bewonersavond", "creator": "HP LaserJet MFP scan"})


def c31(path):
    """An HTML table converted by LibreOffice (writer_pdf_Export), cells wrap names and addresses."""
    import tempfile
    from pathlib import Path
    from framework import soffice_pdf
    rows = [("Dossier", "Bewoner(s)", "Adres", "Contact", "Stand"),
            ("SH-0412", "de heer Yohannes Tekle", "Paterswoldseweg 603, 9728 BL Groningen",
             "via Fenna Oldenhuis", "voorschot betaald"),
            ("SH-0417", "mevrouw mr. drs. A.J.M. van der Meulen-Ouwerkerk", "Zonnelaan 14 A, 9742 BA Groningen",
             "06 - 1123 8876", "opname gepland"),
            ("SH-0420", "XU, Jianhua en Li Na", "Kastanjelaan 7, 9741 AH Groningen", "jianhua.xu@kpnmail.nl",
             "wacht op NCG"),
            ("SH-0431", "Familie Abrahamsz", "Verlengde Lodewijkstraat 52-1, 9723 AG Groningen",
             "+31 50 526 11 09", "Staatstoezicht op de Mijnen gevraagd")]
    html = ["<html><head><meta charset='utf-8'><title>Overzicht schadedossiers Paddepoel</title>",
            "<meta name='author' content='Hylke Postma'></head><body style='font-family:DejaVu Sans;font-size:9pt'>",
            "<table width='100%'><tr><td width='60%'><b>gemeente Groningen</b><br>Directie Wonen en Leefomgeving"
            "</td><td><b>Behandeld door</b><br>Hylke Postma<br><b>T</b><br>050 367 89 12<br><b>E</b><br>"
            "hylke.postma@groningen.nl<br><b>Ons kenmerk</b><br>SH-2025-OVZ</td></tr></table>",
            "<h2>Overzicht schadedossiers Paddepoel (stuurgroep 7 maart 2025)</h2>",
            "<p>Vertrouwelijk: bestemd voor de stuurgroep met burgemeester Schuiling en wethouder Broeksma.</p>",
            "<table border='1' cellspacing='0' cellpadding='3' style='font-size:8pt'>"]
    widths = [60, 120, 130, 110, 90]
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        html.append("<tr>" + "".join("<%s width='%d'>%s</%s>" % (tag, w, c, tag) for w, c in zip(widths, r)) + "</tr>")
    html.append("</table><p>De Nationaal Coördinator Groningen (contact: Sven Dijkhuizen) ontvangt dit "
                "overzicht.</p><p><b>Informatie die niet openbaar gemaakt kan worden</b></p><p>Motivering</p>"
                "<p>In de openbaar gemaakte versie zijn alle persoonsgegevens van bewoners en ambtenaren "
                "geanonimiseerd.</p></body></html>")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "overzicht_schadedossiers.html"
        src.write_text("\n".join(html), encoding="utf-8")
        soffice_pdf(src, path)


DOCS = [
    Doc("au18_besluit_woo_utrecht", c18, [K("PERSON_PUBLIC", "Ilse Brandsma", "Ilse Brandsma")]),
    Doc("au19_inventarislijst_utrecht", c19, [R("PARAPH", "CVA, MA", "MA")]),
    Doc("au20_mail_utrecht", c20, []),
    Doc("au21_zienswijze_vve_utrecht", c21, [K("ORG", "Vereniging van Eigenaars Merwedekade",
                                               "Vereniging van Eigenaars Merwedekade"),
                                             K("ADDRESS_ORG", "Merwedekade 200 (building)", "Merwedekade 200")]),
    Doc("au22_verslag_stuurgroep_groningen", c22, [R("PARAPH", "SD (Sven Dijkhuizen)", "SD"),
                                                   K("PLACE", "Paddepoel", "Paddepoel")]),
    Doc("au23_whatsapp_groningen", c23, []),
    Doc("au24_brief_bewoner_groningen", c24, []),
    Doc("au25_ocw_mailketen", c25, [K("ORG", "CS Lijnden", "CS Lijnden"),
                                    K("PUBLIC", "Staatssecretaris Paul", "Staatssecretaris Paul")]),
    Doc("au26_ocw_memo_paraaf", c26, [K("ORG", "Directie Leraren", "Directie Leraren")]),
    Doc("au27_besluit_woo_jenv", c27, [R("TRADE", "Schoonmaakbedrijf D. Nowak", "Schoonmaakbedrijf D. Nowak")]),
    Doc("au28_teams_jenv", c28, [R("KVK", "KvK sole trader Nowak", "82734411"), R("PARAPH", "RL", "RL")]),
    Doc("au29_zienswijze_eenmanszaak_jenv", c29, [
        R("TRADE", "Schoonmaakbedrijf D. Nowak", "Schoonmaakbedrijf D. Nowak"),
        R("KVK", "KvK sole trader Nowak", "82734411"),
        R("ADDRESS", "Laan van Zuid Hoorn 61, 2289 DC Rijswijk", "Laan van Zuid Hoorn 61", "2289 DC")]),
    Doc("au30_scan_aantekeningen_utrecht", c30, [R("PERSON", "Dewi Soerjadi (initial)", "Dewi S."),
                                                 R("PERSON", "Joost Verbeek (OCR reads the italic J as j)", "joost")],
        ocr_only=True),
    Doc("au31_overzicht_html_libreoffice", c31, [
        R("PERSON", "mr. drs. A.J.M. van der Meulen-Ouwerkerk", "Meulen-Ouwerkerk", "van der Meulen"),
        R("ADDRESS", "Zonnelaan 14 A, 9742 BA", "Zonnelaan 14 A", "9742 BA"),
        R("PHONE", "06 - 1123 8876", "06 - 1123 8876"),
        R("PERSON", "Xu Jianhua and Li Na", "XU", "Jianhua", "Li Na", "jianhua.xu@kpnmail.nl"),
        R("ADDRESS", "Kastanjelaan 7, 9741 AH", "Kastanjelaan 7", "9741 AH"),
        R("PERSON", "Familie Abrahamsz", "Abrahamsz"),
        R("ADDRESS", "Verlengde Lodewijkstraat 52-1, 9723 AG", "Verlengde Lodewijkstraat 52-1", "9723 AG"),
        R("PHONE", "+31 50 526 11 09", "+31 50 526 11 09"),
        K("PLACE", "Paddepoel", "Paddepoel")]),
]
