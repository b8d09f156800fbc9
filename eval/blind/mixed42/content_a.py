"""Documents 01-15 of set mixed42 (foreign affairs & trade, finance & tax)."""
from framework import grp

D = []


def doc(**kw):
    D.append(kw)


# helpers: item tuples (kind, value, [probes]); '~' prefix = no word anchoring
def P(full, *probes):
    return ("PERSON", full, list(probes) or [full])


def X(kind, value, *probes):
    return (kind, value, list(probes) or [value])


# ---------------------------------------------------------------------------------------- 01
doc(name="01_cdiu_exportvergunning_brief.pdf", producer="reportlab",
    meta={"Author": "Kowalczyk-Nowak, A.", "Title": "Besluit aanvraag exportvergunning dual-use"},
    blocks=[("sidebar", ["**Douane / CDIU**", "Centrale Dienst voor In- en Uitvoer", "Postbus 30003", "9700 RD Groningen",
                         "", "**Contactpersoon**", "mr. Agnieszka Kowalczyk-Nowak", "T 088 151 2473", "M 06-41 28 93 07",
                         "E a.kowalczyk-nowak@douane.nl", "", "**Onze referentie**", "CDIU-2024-0417", "",
                         "**Uw referentie**", "EXP/HM/2024-33"],
             [("small", "Retouradres Postbus 30003 9700 RD Groningen"),
              ("p", "Helmark Optronics B.V.\nT.a.v. de heer Sebastian Lindqvist-Åberg\nAmbachtsweg 14\n5627 BZ Eindhoven"),
              ("space", 10),
              ("p", "Datum 14 mei 2024\nBetreft Besluit op uw aanvraag voor een individuele uitvoervergunning")])
            ,
            ("p", "Geachte heer Lindqvist-Åberg,"),
            ("p", "Op 2 april 2024 ontvingen wij uw aanvraag voor een individuele uitvoervergunning voor de uitvoer van "
                  "twaalf warmtebeeldcamera's (categorie 6A003) naar een eindgebruiker in Vietnam. De aanvraag valt onder "
                  "Verordening (EU) 2021/821 (dual-use verordening). Het ministerie van Buitenlandse Zaken heeft de aanvraag "
                  "getoetst aan de criteria van het Gemeenschappelijk Standpunt 2008/944/GBVB."),
            ("h2", "Besluit"),
            ("p", "Ik verleen de gevraagde vergunning onder de voorwaarde dat u binnen zes maanden na uitvoer een door de "
                  "eindgebruiker ondertekende verklaring van aankomst overlegt. De eindgebruikersverklaring van 18 maart 2024 is "
                  "ondertekend door mevrouw Nguyen Thi Lan (directeur inkoop van de eindgebruiker) en door uw exportmanager, "
                  "de heer Bram Hoekstra. Zijn collega Sanne Pietersz stuurde ons op 9 april nog de ontbrekende technische specificaties."),
            ("p", "De beoordeling bij Buitenlandse Zaken is gedaan door de directie Internationale Handel en Investeringen (DIHI). "
                  "Het interdepartementaal overleg werd voorgezeten door de heer dr. Kwabena Asante-Mensah; de "
                  "landenexpert op de ambassade in Hanoi was mevrouw Maria Conceição Ferreira."),
            ("h2", "Bezwaar"),
            ("p", "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij de Douane, CDIU, Postbus 30003, 9700 RD Groningen. "
                  "Voor algemene vragen kunt u ook bellen met de Douane Informatielijn 0800-0143 (gratis) of mailen naar "
                  "cdiu@douane.nl. Vermeld altijd ons kenmerk CDIU-2024-0417."),
            ("p", "Hoogachtend,\nnamens de Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking,\n"
                  "de Minister van Financiën,"),
            ("sig", "A. KOWALCZYK-NOWAK\nsenior vergunningverlener CDIU"),
            ],
    hidden={"link": [("mailto:a.kowalczyk-nowak@douane.nl", [400, 560, 560, 572])]},
    redact=[P("Agnieszka Kowalczyk-Nowak", "Agnieszka", "Kowalczyk-Nowak", "KOWALCZYK-NOWAK"),
            X("EMAIL", "a.kowalczyk-nowak@douane.nl"), X("PHONE", "088 151 2473"), X("PHONE", "06-41 28 93 07"),
            P("Sebastian Lindqvist-Åberg", "Sebastian Lindqvist-Åberg", "Lindqvist-Åberg"),
            P("Nguyen Thi Lan", "Nguyen Thi Lan"), P("Bram Hoekstra", "Bram Hoekstra"), P("Sanne Pietersz", "Sanne Pietersz"),
            P("Kwabena Asante-Mensah", "Kwabena Asante-Mensah", "Asante-Mensah"),
            P("Maria Conceição Ferreira", "Maria Conceição Ferreira")],
    keep=[X("ORG", "Helmark Optronics B.V."), X("ORG", "Centrale Dienst voor In- en Uitvoer"), X("ORG", "CDIU"),
          X("LAW", "Verordening (EU) 2021/821"), X("ORG", "Buitenlandse Zaken"), X("PLACE", "Groningen"),
          X("PLACE", "Eindhoven"), X("PLACE", "Vietnam"), X("PLACE", "Hanoi"), X("ORG", "DIHI"),
          X("PHONE_GENERAL", "0800-0143"), X("FUNCMAIL", "cdiu@douane.nl"), X("REF", "CDIU-2024-0417"),
          X("TITLE", "senior vergunningverlener"), X("LAW", "Gemeenschappelijk Standpunt 2008/944/GBVB")])

# ---------------------------------------------------------------------------------------- 02
doc(name="02_consulaire_zaak_mailwisseling.pdf", producer="html",
    meta={"Title": "RE: Consulaire bijstand gedetineerde Manila - dossier CZ-24-0788"},
    blocks=[("h1", "RE: Consulaire bijstand gedetineerde Manila (CZ-24-0788)"),
            ("pre", "Van:       Haugland, Ingrid <ingrid.haugland@minbuza.nl>\n"
                    "Verzonden: dinsdag 7 mei 2024 09:14\n"
                    "Aan:       MAN-CA <man-ca@minbuza.nl>; Reyes, Maricel <maricel.reyes@minbuza.nl>\n"
                    "CC:        DCM Consulaire Zaken <dcm-cz@minbuza.nl>\n"
                    "Onderwerp: RE: Consulaire bijstand gedetineerde Manila (CZ-24-0788)"),
            ("p", "Dag Maricel,"),
            ("p", "Dank voor je snelle update. Ik heb de moeder van de heer Dijkgraaf gisteren gebeld op +31 6 2917 4408; zij "
                  "vraagt of het bezoek van vrijdag door kan gaan. Wil jij de advocaat, Atty. Jose Emmanuel Bautista, vragen "
                  "of hij de processtukken naar ons stuurt? Zijn nummer is +63 917 824 3316."),
            ("p", "Groet,\nIngrid\n\nIngrid Haugland | beleidsmedewerker consulaire bijstand | Directie Consulaire Zaken en Migratiebeleid\n"
                  "Ministerie van Buitenlandse Zaken | Rijnstraat 8 | 2515 XP Den Haag\nM +31 (0)6 4812 0937"),
            ("p", "Op 6 mei 2024 om 17:41 schreef Maricel Reyes <maricel.reyes@minbuza.nl>:"),
            ("pre", "> Hoi Ingrid,\n>\n> Vandaag heb ik de heer Thijs Dijkgraaf (geb. 22-08-1991, paspoort NXK4R72P9)\n"
                    "> bezocht in het Manila City Jail. Hij maakt het naar omstandigheden goed.\n"
                    "> Zijn partner, mevrouw Lorna Dimaculangan, was ook aanwezig; zij is\n"
                    "> bereikbaar op 0917 552 0184. Plaatsvervangend ambassadeur\n"
                    "> Pieter-Jan Olthof is op de hoogte gebracht.\n>\n"
                    "> Ambassadeur Kristel Vandenbroucke heeft de zaak op 3 mei besproken met\n"
                    "> het Department of Foreign Affairs.\n>\n> Groet, Maricel"),
            ("p", "Op 3 mei 2024 schreef DCM Consulaire Zaken <dcm-cz@minbuza.nl>:"),
            ("pre", "> > Graag een bezoek binnen 72 uur conform de Wet consulaire bijstand.\n"
                    "> > Algemeen nummer BZ Contact Center: +31 247 247 247."),
            ],
    hidden={"link": [("mailto:ingrid.haugland@minbuza.nl", [72, 700, 300, 712])]},
    redact=[P("Ingrid Haugland", "Ingrid Haugland", "Haugland", "Ingrid"),
            X("EMAIL", "ingrid.haugland@minbuza.nl"), P("Maricel Reyes", "Maricel Reyes", "Reyes", "Maricel"),
            X("EMAIL", "maricel.reyes@minbuza.nl"), P("Thijs Dijkgraaf", "Thijs Dijkgraaf", "Dijkgraaf"),
            X("DOB", "22-08-1991"), X("PASSPORT", "NXK4R72P9"), X("PHONE", "+31 6 2917 4408"),
            P("Jose Emmanuel Bautista", "Jose Emmanuel Bautista", "Bautista"), X("PHONE", "+63 917 824 3316"),
            X("PHONE", "+31 (0)6 4812 0937"), P("Lorna Dimaculangan", "Lorna Dimaculangan", "Dimaculangan"),
            X("PHONE", "0917 552 0184"), P("Pieter-Jan Olthof", "Pieter-Jan Olthof", "Olthof")],
    keep=[X("ORG", "Ministerie van Buitenlandse Zaken"), X("ORG", "Directie Consulaire Zaken en Migratiebeleid"),
          X("FUNCMAIL", "man-ca@minbuza.nl"), X("FUNCMAIL", "dcm-cz@minbuza.nl"), X("PLACE", "Manila"),
          X("ORG", "Manila City Jail"), X("ORG", "Department of Foreign Affairs"), X("LAW", "Wet consulaire bijstand"),
          X("PHONE_GENERAL", "+31 247 247 247"), X("REF", "CZ-24-0788"), X("TITLE", "beleidsmedewerker consulaire bijstand"),
          X("AMBASSADOR", "Ambassadeur Kristel Vandenbroucke", "Kristel Vandenbroucke"), X("ADDRESS_OFFICE", "Rijnstraat 8")])

# ---------------------------------------------------------------------------------------- 03
doc(name="03_ambassade_accra_verslag_handelsmissie.pdf", producer="reportlab",
    meta={"Author": "Owusu-Bekoe, Adwoa", "Title": "Verslag handelsmissie Ghana juni 2024"},
    outline=[("Verslag handelsmissie Ghana", 0), ("Gesprek met Kofi Boateng (GEPA)", 0), ("Deelnemerslijst", 1)],
    blocks=[("h1", "Verslag economische missie Ghana, 10-13 juni 2024"),
            ("small", "Ambassade van het Koninkrijk der Nederlanden te Accra | kenmerk ACC-ECON-2024-061 | opgesteld door A. Owusu-Bekoe"),
            ("cols2",),
            ("h2", "Samenvatting"),
            ("p", "Onder leiding van minister Klever (Buitenlandse Handel en Ontwikkelingshulp) bezocht een delegatie van "
                  "veertien Nederlandse bedrijven Accra en Kumasi. Ambassadeur Jeroen Verheul opende het "
                  "programma in het Kempinski Hotel. De missie werd voorbereid door RVO en de Netherlands-African Business Council (NABC)."),
            ("h2", "Gesprekken"),
            ("p", "Met de Ghana Export Promotion Authority (GEPA) spraken wij over cacaoverwerking. Aan Ghanese zijde waren "
                  "aanwezig de heer Kofi Boateng (deputy CEO) en mevrouw Akosua Frimpong-Manso (head of trade "
                  "information). Mevrouw Frimpong-Manso vroeg om een vervolgbezoek in het najaar; haar nummer is "
                  "+233 24 412 3856."),
            ("p", "Bij het bezoek aan de haven van Tema sloot de heer Yaw Darko-Ampem van Meridian Port Services aan. "
                  "Hij verwees naar zijn collega Efua Sarpong voor de logistieke vragen (efua.sarpong@mps-ghana.example.com)."),
            ("h2", "Opvolging"),
            ("p", "De economische afdeling (Adwoa Owusu-Bekoe en stagiair Daan Wolters) stelt voor 1 september een "
                  "vervolgnotitie op. Het Dutch Good Growth Fund (DGGF) en het programma DRIVE worden als financieringsroutes "
                  "meegenomen. Vragen kunnen naar acc-ea@minbuza.nl."),
            ("h2", "Indrukken"),
            ("p", "De deelnemers waren positief over het programma. Met name de matchmaking met lokale agrobedrijven in Kumasi "
                  "leverde concrete afspraken op. Het Ghanese ministerie van Trade and Industry zegde toe de "
                  "importprocedures voor landbouwmachines te vereenvoudigen. Vanuit de Nederlandse delegatie werd "
                  "gewezen op de noodzaak van betrouwbare koelketens en op certificering van cacao volgens de EU-ontbossingsverordening (EUDR)."),
            ("p", "De ambassade adviseert om in 2025 een gerichte missie voor de tuinbouwsector te organiseren, in samenwerking "
                  "met de Netherlands-African Business Council en het Landbouwattachénetwerk."),
            ("pb",),
            ("h2", "Deelnemerslijst (selectie)"),
            ("table", [["Naam", "Organisatie", "Rol"],
                       ["Kofi\nBoateng", "GEPA", "deputy CEO"],
                       ["Akosua\nFrimpong-Manso", "GEPA", "head of trade information"],
                       ["Yaw\nDarko-Ampem", "Meridian Port Services", "commercial manager"],
                       ["Efua\nSarpong", "Meridian Port Services", "logistics officer"],
                       ["Hendrikje\nvan Swinderen-Bosch", "Agrifirm Export B.V.", "regiomanager West-Afrika"],
                       ["Daan\nWolters", "Ambassade Accra", "stagiair economische afdeling"]], [45, 55, 60]),
            ],
    redact=[P("Adwoa Owusu-Bekoe", "Adwoa Owusu-Bekoe", "Owusu-Bekoe", "A. Owusu-Bekoe"),
            P("Kofi Boateng", "Kofi Boateng", "Boateng"), P("Akosua Frimpong-Manso", "Akosua Frimpong-Manso", "Frimpong-Manso"),
            X("PHONE", "+233 24 412 3856"), P("Yaw Darko-Ampem", "Yaw Darko-Ampem", "Darko-Ampem"),
            P("Efua Sarpong", "Efua Sarpong", "Sarpong"), X("EMAIL", "efua.sarpong@mps-ghana.example.com"),
            P("Daan Wolters", "Daan Wolters", "Wolters"),
            P("Hendrikje van Swinderen-Bosch", "Hendrikje van Swinderen-Bosch", "van Swinderen-Bosch")],
    keep=[X("MINISTER", "minister Klever", "Klever"), X("AMBASSADOR", "Ambassadeur Jeroen Verheul", "Jeroen Verheul"),
          X("PLACE", "Accra"), X("PLACE", "Kumasi"), X("PLACE", "Tema"), X("ORG", "Ghana Export Promotion Authority"),
          X("ORG", "GEPA"), X("ORG", "Meridian Port Services"), X("ORG", "RVO"), X("ORG", "Netherlands-African Business Council"),
          X("ORG", "Agrifirm Export B.V."), X("PROGRAMME", "Dutch Good Growth Fund"), X("PROGRAMME", "DRIVE"),
          X("FUNCMAIL", "acc-ea@minbuza.nl"), X("TITLE", "deputy CEO"), X("REF", "ACC-ECON-2024-061"),
          X("LAW", "EU-ontbossingsverordening")])

# ---------------------------------------------------------------------------------------- 04
doc(name="04_woo_besluit_exportdossier.pdf", producer="docx",
    meta={"Author": "Ioannidou, E.", "Title": "Woo-besluit exportdossier", "LastModifiedBy": "Eleni Ioannidou"},
    blocks=[("sidebar", ["**Directie Juridische Zaken**", "Rijnstraat 8", "2515 XP Den Haag", "Postbus 20061",
                         "Nederland", "www.rijksoverheid.nl", "", "**Contactpersoon**", "Eleni Ioannidou",
                         "T +31 70 348 2916", "E eleni.ioannidou@minbuza.nl", "", "**Onze referentie**", "BZ-WOO-2024-0233"],
             [("p", "De heer J.H.M. Roodenburg\nKeizersgracht 611-III\n1017 DS Amsterdam"),
              ("p", "Datum 2 juli 2024\nBetreft Besluit op uw Woo-verzoek over exportvergunningen voor Vietnam")]),
            ("p", "Geachte heer Roodenburg,"),
            ("p", "In uw e-mail van 12 april 2024, ontvangen op dezelfde dag, heeft u met een beroep op de Wet open overheid "
                  "(Woo) gevraagd om documenten over exportvergunningen voor warmtebeeldcamera's naar Vietnam. Op 25 april "
                  "heeft u telefonisch met mevrouw Ioannidou uw verzoek toegelicht; u gaf daarbij uw mobiele nummer 06 3871 0529 door."),
            ("h2", "Besluit"),
            ("p", "Ik heb besloten uw verzoek gedeeltelijk toe te wijzen. Er zijn 14 documenten gevonden. In de inventarislijst "
                  "(bijlage 1) ziet u welke documenten (deels) openbaar worden gemaakt."),
            ("h2", "Overwegingen"),
            ("p", "In de documenten komen namen voor van medewerkers van de CDIU, van het ministerie en van de aanvrager. "
                  "Zo is de vergunning behandeld door de vergunningverlener van de CDIU en door de contactpersoon van de "
                  "aanvrager, de heer Lindqvist-Åberg. Deze namen maak ik niet openbaar. De namen van de minister en van "
                  "de Kamerleden Kops en Dassen, die over dit onderwerp schriftelijke vragen stelden, worden wel openbaar gemaakt."),
            ("pb",),
            ("h2", "Informatie die niet openbaar gemaakt kan worden"),
            ("p", "**Motivering**"),
            ("p", "De Woo bepaalt dat informatie niet openbaar wordt gemaakt voor zover het belang daarvan niet opweegt tegen "
                  "het belang van de eerbiediging van de persoonlijke levenssfeer (artikel 5.1, tweede lid, onder e, Woo). "
                  "In de documenten staan persoonsgegevens van ambtenaren en van medewerkers van bedrijven, zoals namen, "
                  "e-mailadressen en telefoonnummers. Ook informatie die de internationale betrekkingen raakt (artikel 5.1, "
                  "tweede lid, onder a, Woo) heb ik niet openbaar gemaakt."),
            ("h2", "Publicatie"),
            ("p", "Dit besluit en de openbaar gemaakte documenten worden gepubliceerd op open.overheid.nl. "
                  "Voor vragen kunt u contact opnemen met woo-verzoeken@minbuza.nl."),
            ("p", "Hoogachtend,\nde Minister voor Buitenlandse Handel en Ontwikkelingshulp,\nnamens deze,\n"
                  "het hoofd van de Directie Juridische Zaken,"),
            ("sig", "mr. drs. Christos Papadakis"),
            ("small", "Bijlage 1: inventarislijst. Kopie: Panagiota Vlachou (DJZ), S. Lindqvist-Åberg (ter informatie)."),
            ],
    redact=[P("Eleni Ioannidou", "Eleni Ioannidou", "Ioannidou"), X("PHONE", "+31 70 348 2916"),
            X("EMAIL", "eleni.ioannidou@minbuza.nl"), P("J.H.M. Roodenburg", "J.H.M. Roodenburg", "Roodenburg"),
            X("ADDRESS", "Keizersgracht 611-III", "Keizersgracht 611-III", "1017 DS"), X("PHONE", "06 3871 0529"),
            P("Sebastian Lindqvist-Åberg", "Lindqvist-Åberg"), P("Christos Papadakis", "Christos Papadakis", "Papadakis"),
            P("Panagiota Vlachou", "Panagiota Vlachou", "Vlachou")],
    keep=[X("LAW", "Wet open overheid"), X("LAW", "Woo"), X("ORG", "CDIU"), X("MP", "Kops"), X("MP", "Dassen"),
          X("PLACE", "Vietnam"), X("PLACE", "Amsterdam"), X("ORG", "Directie Juridische Zaken"), X("URL", "open.overheid.nl"),
          X("FUNCMAIL", "woo-verzoeken@minbuza.nl"), X("REF", "BZ-WOO-2024-0233"), X("ADDRESS_OFFICE", "Rijnstraat 8"),
          X("HEADING", "Informatie die niet openbaar gemaakt kan worden")])

# ---------------------------------------------------------------------------------------- 05
_inv = [["Nr.", "Datum", "Document", "Beoordeling", "Grond", "Opmerking"],
        ["1", "02-04-2024", "Aanvraag uitvoervergunning Helmark Optronics (S. LINDQVIST-ÅBERG)", "deels openbaar", "5.1.2e", ""],
        ["2", "03-04-2024", "E-mail A. Kowalczyk-Nowak aan DIHI, ontvangstbevestiging", "deels openbaar", "5.1.2e", ""],
        ["3", "09-04-2024", "Technische specificaties (toegezonden door Sanne Pietersz)", "niet openbaar", "5.1.1c", "bedrijfsgegevens"],
        ["4", "11-04-2024", "Verslag interdepartementaal overleg, vz. Asante-Mensah", "deels openbaar", "5.1.2e, 5.1.2a", ""],
        ["5", "15-04-2024", "Ambtsbericht ambassade Hanoi (M.C. Ferreira)", "niet openbaar", "5.1.2a", "internationale betrekkingen"],
        ["6", "18-04-2024", "Eindgebruikersverklaring Nguyen Thi Lan", "deels openbaar", "5.1.2e", ""],
        ["7", "22-04-2024", "Nota aan minister Klever, advies vergunningverlening", "deels openbaar", "5.1.2e", "reeds openbaar: Kamerstuk 22054, nr. 412"],
        ["8", "25-04-2024", "Telefoonnotitie gesprek met verzoeker (E. Ioannidou)", "deels openbaar", "5.1.2e", ""],
        ["9", "29-04-2024", "Beantwoording Kamervragen van de leden Kops en Dassen", "openbaar", "", "Aanhangsel Handelingen"],
        ["10", "02-05-2024", "Mailwisseling CDIU – DIHI (Kowalczyk-Nowak, Haugland)", "deels openbaar", "5.1.2e", ""],
        ["11", "06-05-2024", "Concept-vergunning, opmerkingen B. Hoekstra", "deels openbaar", "5.1.2e, 5.1.1c", ""],
        ["12", "14-05-2024", "Vergunning CDIU-2024-0417", "deels openbaar", "5.1.2e", ""],
        ["13", "16-05-2024", "Persbericht Rijksoverheid", "openbaar", "", "reeds openbaar"],
        ["14", "21-05-2024", "WhatsApp-bericht van Tomasz Wiśniewski (CDIU) aan teamleider", "deels openbaar", "5.1.2e", ""]]
doc(name="05_woo_inventarislijst.pdf", producer="reportlab", landscape=True,
    meta={"Author": "BZ-DJZ", "Title": "Inventarislijst Woo-besluit BZ-WOO-2024-0233"},
    blocks=[("h1", "Bijlage 1 – Inventarislijst Woo-besluit BZ-WOO-2024-0233"),
            ("p", "Ministerie van Buitenlandse Zaken, Directie Juridische Zaken. Gronden: 5.1.1c bedrijfs- en fabricagegegevens; "
                  "5.1.2a internationale betrekkingen; 5.1.2e eerbiediging van de persoonlijke levenssfeer."),
            ("table", _inv, [12, 24, 110, 30, 28, 60])],
    redact=[P("S. LINDQVIST-ÅBERG", "LINDQVIST-ÅBERG"), P("A. Kowalczyk-Nowak", "A. Kowalczyk-Nowak", "Kowalczyk-Nowak"),
            P("Sanne Pietersz", "Sanne Pietersz"), P("Asante-Mensah", "Asante-Mensah"), P("M.C. Ferreira", "M.C. Ferreira"),
            P("Nguyen Thi Lan", "Nguyen Thi Lan"), P("E. Ioannidou", "E. Ioannidou"), P("Haugland", "Haugland"),
            P("B. Hoekstra", "B. Hoekstra"), P("Tomasz Wiśniewski", "Tomasz Wiśniewski", "Wiśniewski")],
    keep=[X("ORG", "Helmark Optronics"), X("ORG", "DIHI"), X("PLACE", "Hanoi"), X("MINISTER", "minister Klever", "Klever"),
          X("MP", "Kops"), X("MP", "Dassen"), X("REF", "Kamerstuk 22054, nr. 412"), X("REF", "CDIU-2024-0417"),
          X("GROUND", "5.1.2e"), X("GROUND", "5.1.1c"), X("GROUND", "5.1.2a"), X("ASSESS", "deels openbaar"),
          X("ORG", "Rijksoverheid"), X("DOC", "Aanhangsel Handelingen"), X("ORG", "CDIU")])

# ---------------------------------------------------------------------------------------- 06
doc(name="06_presentatie_handelsmissie_korea_japan.pdf", producer="html", landscape=True,
    meta={"Title": "Handelsmissie Zuid-Korea en Japan 2025 – presentatie Min-jun Park"},
    blocks=[("slide", "Handelsmissie Zuid-Korea en Japan, 17–22 maart 2025",
             ["Missieleider: minister Klever (Buitenlandse Handel en Ontwikkelingshulp)",
              "Focus: halfgeleiders, offshore wind, waterstof",
              "Organisatie: RVO, Holland High Tech, ambassades Seoul en Tokio",
              "Presentatie: Min-jun Park en Haruka Nishimura-de Graaf (RVO, team Azië)"],
             "RVO | Internationaal Ondernemen | 14 januari 2025"),
            ("slide", "Programma Seoul (17–19 maart)",
             ["Opening door ambassadeur Joanne Doornewaard in Seoul",
              "Rondetafel KOTRA – contact: Ji-woo Choi, +82 10-4471-2093",
              "Bedrijfsbezoek Samsung Heavy Industries (Geoje) – host: Dong-hyun Kang",
              "Vragen over aanmelding: Min-jun Park, minjun.park@rvo.nl, 088 042 1187"],
             "Contact algemeen: 088 042 42 42 | missies@rvo.nl"),
            ("slide", "Programma Tokio en Osaka (20–22 maart)",
             ["Seminar met JETRO en het Japanse ministerie METI over offshore wind",
              "Netwerkdiner Osaka – gastvrouw: Yuki Tanabe-Verbruggen (NBSO Osaka)",
              "Logistiek en visa: Haruka Nishimura-de Graaf, M +31 6 1022 8764",
              "Hotel: Imperial Hotel Tokio; reisbureau: Sakura Travel (contact Kenji Morimoto, +81 3-5412-8890)"],
             "Vertrouwelijk concept – niet verspreiden")],
    redact=[P("Min-jun Park", "Min-jun Park", "Min-jun"), X("EMAIL", "minjun.park@rvo.nl"), X("PHONE", "088 042 1187"),
            P("Haruka Nishimura-de Graaf", "Haruka Nishimura-de Graaf", "Nishimura-de Graaf"),
            X("PHONE", "+31 6 1022 8764"), P("Ji-woo Choi", "Ji-woo Choi"), X("PHONE", "+82 10-4471-2093"),
            P("Dong-hyun Kang", "Dong-hyun Kang"), P("Yuki Tanabe-Verbruggen", "Yuki Tanabe-Verbruggen", "Tanabe-Verbruggen"),
            P("Kenji Morimoto", "Kenji Morimoto", "Morimoto"), X("PHONE", "+81 3-5412-8890")],
    keep=[X("MINISTER", "minister Klever", "Klever"), X("AMBASSADOR", "ambassadeur Joanne Doornewaard", "Joanne Doornewaard"),
          X("ORG", "RVO"), X("ORG", "Holland High Tech"), X("ORG", "KOTRA"), X("ORG", "JETRO"), X("ORG", "METI"),
          X("ORG", "Samsung Heavy Industries"), X("ORG", "NBSO Osaka"), X("ORG", "Sakura Travel"), X("PLACE", "Seoul"),
          X("PLACE", "Tokio"), X("PLACE", "Geoje"), X("PHONE_GENERAL", "088 042 42 42"), X("FUNCMAIL", "missies@rvo.nl"),
          X("ORG", "Imperial Hotel"), X("TERM", "offshore wind")])
