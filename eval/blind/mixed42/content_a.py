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
          X("PLACE", "Vietnam"), X("ORG", "Directie Juridische Zaken"), X("URL", "open.overheid.nl"),
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
    meta={"Author": "Kallio, Aino (DJZ)", "Title": "Inventarislijst Woo-besluit BZ-WOO-2024-0233"},
    blocks=[("h1", "Bijlage 1 – Inventarislijst Woo-besluit BZ-WOO-2024-0233"),
            ("p", "Ministerie van Buitenlandse Zaken, Directie Juridische Zaken. Gronden: 5.1.1c bedrijfs- en fabricagegegevens; "
                  "5.1.2a internationale betrekkingen; 5.1.2e eerbiediging van de persoonlijke levenssfeer."),
            ("table", _inv, [12, 24, 110, 30, 28, 60])],
    redact=[P("S. LINDQVIST-ÅBERG", "LINDQVIST-ÅBERG"), P("A. Kowalczyk-Nowak", "A. Kowalczyk-Nowak", "Kowalczyk-Nowak"),
            P("Sanne Pietersz", "Sanne Pietersz"), P("Asante-Mensah", "Asante-Mensah"), P("M.C. Ferreira", "M.C. Ferreira"),
            P("Nguyen Thi Lan", "Nguyen Thi Lan"), P("E. Ioannidou", "E. Ioannidou"), P("Haugland", "Haugland"),
            P("B. Hoekstra", "B. Hoekstra"), P("Tomasz Wiśniewski", "Tomasz Wiśniewski", "Wiśniewski"), P("Aino Kallio", "Kallio")],
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
    hidden={"link": [("mailto:haruka.nishimura@rvo.nl", [60, 60, 400, 80])]},
    redact=[X("EMAIL", "haruka.nishimura@rvo.nl"), P("Min-jun Park", "Min-jun Park", "Min-jun"), X("EMAIL", "minjun.park@rvo.nl"), X("PHONE", "088 042 1187"),
            P("Haruka Nishimura-de Graaf", "Haruka Nishimura-de Graaf", "Nishimura-de Graaf"),
            X("PHONE", "+31 6 1022 8764"), P("Ji-woo Choi", "Ji-woo Choi"), X("PHONE", "+82 10-4471-2093"),
            P("Dong-hyun Kang", "Dong-hyun Kang"), P("Yuki Tanabe-Verbruggen", "Yuki Tanabe-Verbruggen", "Tanabe-Verbruggen"),
            P("Kenji Morimoto", "Kenji Morimoto", "Morimoto"), X("PHONE", "+81 3-5412-8890")],
    keep=[X("MINISTER", "minister Klever", "Klever"), X("AMBASSADOR", "ambassadeur Joanne Doornewaard", "Joanne Doornewaard"),
          X("ORG", "RVO"), X("ORG", "Holland High Tech"), X("ORG", "KOTRA"), X("ORG", "JETRO"), X("ORG", "METI"),
          X("ORG", "Samsung Heavy Industries"), X("ORG", "NBSO Osaka"), X("ORG", "Sakura Travel"), X("PLACE", "Seoul"),
          X("PLACE", "Tokio"), X("PLACE", "Geoje"), X("PHONE_GENERAL", "088 042 42 42"), X("FUNCMAIL", "missies@rvo.nl"),
          X("ORG", "Imperial Hotel"), X("TERM", "offshore wind")])

# ---------------------------------------------------------------------------------------- 07 (scan, rotated)
doc(name="07_uht_beslissing_herstel_scan.pdf", producer="scan",
    meta={"Title": "scan0007.pdf"},
    pages=[([
        "**Uitvoeringsorganisatie Herstel Toeslagen**",
        "Postbus 2222, 1200 CE Hilversum",
        "",
        "Mevrouw S.D. Ramsaroep-Doerga",
        "Jan van Galenstraat 118",
        "1056 CB Amsterdam",
        "",
        "Datum: 19 september 2024",
        "Ons kenmerk: UHT-IB-2024-551903",
        "Betreft: Beslissing integrale beoordeling",
        "",
        "Geachte mevrouw Ramsaroep-Doerga,",
        "",
        "Wij hebben uw situatie integraal beoordeeld. Uw gegevens:",
        "Burgerservicenummer: 843646974",
        "Geboortedatum: 03-11-1982",
        "Partner: de heer Ravi Ramsaroep (BSN 772095735)",
        "",
        "Wij stellen vast dat u gedupeerde bent van de problemen met de",
        "kinderopvangtoeslag. U ontvangt een compensatie van 30.000 euro",
        "op grond van de Wet hersteloperatie toeslagen.",
        "Wij maken het bedrag over op rekeningnummer NL29 RABO 0312 8450 97",
        "ten name van S.D. Ramsaroep-Doerga.",
        "",
        "Uw persoonlijk zaakbehandelaar is de heer Marvin Tjin-A-Ton.",
        "Hij is bereikbaar op 06 2043 7718 of via de Belastingtelefoon",
        "Herstel Toeslagen, telefoonnummer 0800-2358358.",
        "",
        "Met vriendelijke groet,",
        "",
        "Marvin Tjin-A-Ton",
        "persoonlijk zaakbehandelaar",
    ], 0.9)],
    redact=[P("S.D. Ramsaroep-Doerga", "Ramsaroep-Doerga"), X("ADDRESS", "Jan van Galenstraat 118", "Jan van Galenstraat 118", "1056 CB"),
            X("BSN", "843646974"), X("DOB", "03-11-1982"), P("Ravi Ramsaroep", "Ravi Ramsaroep"), X("BSN", "772095735"),
            X("IBAN", "NL29 RABO 0312 8450 97"), P("Marvin Tjin-A-Ton", "Marvin Tjin-A-Ton", "Tjin-A-Ton"),
            X("PHONE", "06 2043 7718")],
    keep=[])

# ---------------------------------------------------------------------------------------- 08
doc(name="08_uht_mailwisseling_advocaat.pdf", producer="docx",
    meta={"Author": "Soekhlal, Rishi", "Title": "FW: bezwaar compensatie dossier UHT-IB-2024-551903"},
    blocks=[("h1", "FW: bezwaar compensatie – dossier UHT-IB-2024-551903"),
            ("pre", "Van: Soekhlal, Rishi <r.soekhlal@toeslagen.nl>\nVerzonden: donderdag 10 oktober 2024 11:02\n"
                    "Aan: Team Bezwaar UHT <bezwaar.herstel@toeslagen.nl>\nCC: Kartodikromo, W.\n"
                    "Onderwerp: FW: bezwaar compensatie – dossier UHT-IB-2024-551903"),
            ("p", "Collega's,"),
            ("p", "Zie hieronder het bezwaar van mr. Jozef Abena namens mevrouw Ramsaroep-Doerga. Wil het team dit "
                  "oppakken? Collega Wirjo Kartodikromo heeft de eerste beoordeling gedaan en kan meer vertellen "
                  "(intern 070 342 8815). De aanvullende schade wordt beoordeeld door de Commissie Werkelijke Schade (CWS)."),
            ("p", "Groet, Rishi\n\nR.A. SOEKHLAL\nsenior zaakbehandelaar | Uitvoeringsorganisatie Herstel Toeslagen\nM 06 1739 2250"),
            ("pre", "-----Oorspronkelijk bericht-----\nVan: mr. J. Abena <j.abena@abena-advocatuur.example.nl>\n"
                    "Verzonden: woensdag 9 oktober 2024 16:27\nAan: Soekhlal, Rishi\nOnderwerp: bezwaar compensatie"),
            ("p", "Geachte heer Soekhlal,"),
            ("p", "Namens mijn cliënte, mevrouw S.D. Ramsaroep-Doerga (BSN 843646974), maak ik bezwaar tegen de beslissing "
                  "van 19 september 2024. Cliënte heeft in 2013 en 2014 ook huurtoeslag terugbetaald; deze schade is niet "
                  "meegenomen. Haar ex-partner, de heer Ravi Ramsaroep, stemt in met uitbetaling op haar rekening."),
            ("p", "Cliënte is bereikbaar via mij. Ik ben op werkdagen bereikbaar op 020 - 624 18 93."),
            ("p", "Met vriendelijke groet,\nJozef Abena\nAbena Advocatuur, Amsterdam"),
            ("small", "Deze e-mail is verzonden via de beveiligde omgeving van de Belastingdienst/Toeslagen. "
                      "Algemene vragen: BelastingTelefoon 0800-0543."),
            ],
    redact=[P("Rishi Soekhlal", "Rishi", "Soekhlal", "SOEKHLAL"), X("EMAIL", "r.soekhlal@toeslagen.nl"),
            P("Wirjo Kartodikromo", "Wirjo Kartodikromo", "Kartodikromo"), X("PHONE", "070 342 8815"),
            X("PHONE", "06 1739 2250"), P("Jozef Abena", "Jozef Abena", "Abena", "J. Abena"),
            X("EMAIL", "j.abena@abena-advocatuur.example.nl"), P("S.D. Ramsaroep-Doerga", "Ramsaroep-Doerga"),
            X("BSN", "843646974"), P("Ravi Ramsaroep", "Ravi Ramsaroep"), X("PHONE", "020 - 624 18 93")],
    keep=[X("ORG", "Uitvoeringsorganisatie Herstel Toeslagen"), X("FUNCMAIL", "bezwaar.herstel@toeslagen.nl"),
          X("ORG", "Commissie Werkelijke Schade"), X("ORG", "CWS"), X("REF", "UHT-IB-2024-551903"),
          X("PHONE_GENERAL", "0800-0543"), X("TITLE", "senior zaakbehandelaar"), X("PLACE", "Amsterdam"),
          X("ORG", "Belastingdienst/Toeslagen"), X("TERM", "huurtoeslag"), X("ORG", "Team Bezwaar UHT")])

# ---------------------------------------------------------------------------------------- 09
doc(name="09_beslisnota_fiscaliteit_paraaf.pdf", producer="reportlab",
    meta={"Author": "J.W. van Rappard tot Ruurlo", "Title": "Beslisnota box 3 rechtsherstel"},
    outline=[("Beslisnota box 3 rechtsherstel", 0), ("Paraaf jhr. Van Rappard tot Ruurlo", 1)],
    blocks=[("sidebar", ["**Directie Directe Belastingen**", "Korte Voorhout 7", "2511 CW Den Haag", "",
                         "**Contactpersoon**", "jhr. mr. J.W. van Rappard tot Ruurlo", "T 06 5580 3192",
                         "E j.w.vanrappardtotruurlo@minfin.nl", "", "**Kenmerk**", "2024-0000312987", "",
                         "**Kopie aan**", "DG Fiscale Zaken", "Belastingdienst"],
             [("h1", "Nota"),
              ("p", "**Aan** de staatssecretaris van Financiën – Fiscaliteit, Belastingdienst en Douane\n"
                    "**Datum** 4 november 2024\n**Onderwerp** Voortgang rechtsherstel box 3 en planning Wet werkelijk rendement box 3")]),
            ("h2", "Aanleiding"),
            ("p", "U heeft in het commissiedebat van 2 oktober 2024 toegezegd de Kamer voor het kerstreces te informeren over "
                  "het rechtsherstel box 3. Het lid Van Oostenbruggen (NSC) en het lid Vijlbrief (D66) vroegen naar de "
                  "uitvoerbaarheid bij de Belastingdienst."),
            ("h2", "Geadviseerd besluit"),
            ("p", "Aan staatssecretaris Idsinga wordt gevraagd in te stemmen met bijgaande brief aan de Tweede Kamer."),
            ("h2", "Kern"),
            ("p", "De Belastingdienst verwacht de tegenbewijsregeling in 2025 uit te voeren. Volgens Sun-hee Yoon (Belastingdienst, "
                  "directie Particulieren) zijn 78.000 bezwaren in behandeling. Haar collega Yiannis Stavropoulos bevestigde dat "
                  "de IV-aanpassingen op schema liggen. Het CPB en de Raad van State worden in februari geconsulteerd."),
            ("h2", "Krachtenveld"),
            ("p", "De Nederlandse Orde van Belastingadviseurs (NOB) en de Vereniging Eigen Huis zijn kritisch over de planning."),
            ("pb",),
            ("h2", "Paraaflijst"),
            ("table", [["Naam", "Functie", "Paraaf", "Datum"],
                       ["jhr. mr. J.W. van\nRappard tot Ruurlo", "beleidsmedewerker DB", "JWvR", "04-11-2024"],
                       ["Sun-hee\nYoon", "projectleider Belastingdienst", "SHY", "05-11-2024"],
                       ["Karolina\nZielińska-Bos", "MT-lid DB", "KZB", "05-11-2024"],
                       ["drs. F.C.\nSchaap", "directeur Directe Belastingen", "FCS", "06-11-2024"]], [50, 55, 25, 30]),
            ("h2", "Informatie die niet openbaar gemaakt kan worden"),
            ("p", "**Motivering**\nIn de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd."),
            ],
    hidden={"sticky": [("Zielińska-Bos, Karolina", "Graag nog even afstemmen met Yiannis Stavropoulos voor verzending. KZB", (400, 700))]},
    redact=[P("J.W. van Rappard tot Ruurlo", "van Rappard tot Ruurlo", "Van Rappard tot Ruurlo", "J.W. van Rappard tot Ruurlo"),
            X("PHONE", "06 5580 3192"), X("EMAIL", "j.w.vanrappardtotruurlo@minfin.nl"),
            P("Sun-hee Yoon", "Sun-hee Yoon", "Yoon"), P("Yiannis Stavropoulos", "Yiannis Stavropoulos", "Stavropoulos"),
            P("Karolina Zielińska-Bos", "Karolina Zielińska-Bos", "Zielińska-Bos"), P("F.C. Schaap", "F.C. Schaap", "Schaap"),
            X("PARAPH", "JWvR", "JWvR"), X("PARAPH", "SHY", "SHY"), X("PARAPH", "KZB", "KZB"), X("PARAPH", "FCS", "FCS")],
    keep=[X("STATESEC", "staatssecretaris Idsinga", "Idsinga"), X("MP", "Van Oostenbruggen"), X("MP", "Vijlbrief"),
          X("ORG", "Belastingdienst"), X("ORG", "Directie Directe Belastingen"), X("ORG", "CPB"), X("ORG", "Raad van State"),
          X("ORG", "Nederlandse Orde van Belastingadviseurs"), X("ORG", "Vereniging Eigen Huis"), X("LAW", "Wet werkelijk rendement box 3"),
          X("ORG", "Tweede Kamer"), X("REF", "2024-0000312987"), X("TITLE", "beleidsmedewerker DB"), X("ADDRESS_OFFICE", "Korte Voorhout 7"),
          X("TITLE", "directeur Directe Belastingen")])

# ---------------------------------------------------------------------------------------- 10
doc(name="10_douane_controlerapport_rotterdam.pdf", producer="html",
    meta={"Title": "Controlerapport Douane Rotterdam Haven - Zhang Wei"},
    blocks=[("h1", "Controlerapport fysieke controle – Douane Rotterdam Haven"),
            ("p", "Rapportnummer: DRH-FC-2024-17733 | Datum controle: 23 juli 2024 | Locatie: ECT Delta Terminal, Maasvlakte"),
            ("h2", "1. Aanleiding"),
            ("p", "Op basis van een risicoselectie in AGS is container MSKU 481220-7 geselecteerd voor fysieke controle. "
                  "Aangever is Dragon Gate Logistics B.V. te Rotterdam; importeur is Lotus Solar Trading B.V. te Venlo."),
            ("h2", "2. Aanwezigen"),
            ("table", [["Naam", "Organisatie", "Rol", "Telefoon"],
                       ["ZHANG Wei", "Dragon Gate Logistics B.V.", "douanedeclarant", "+31 10 799 4412"],
                       ["Li-Na\nChen-van Dongen", "Lotus Solar Trading B.V.", "compliance officer", "+86 138 2764 5501"],
                       ["P.\nKowalski", "Douane Rotterdam Haven", "douaneambtenaar (controleur)", "—"],
                       ["Nadia\nEl Idrissi", "Douane Rotterdam Haven", "teamleider fysiek toezicht", "06-20118436"]],
             [40, 55, 45, 35]),
            ("h2", "3. Bevindingen"),
            ("p", "De lading bestond uit 620 zonnepanelen (GN-code 8541 43 00). De heer Zhang verklaarde dat de pakbon door "
                  "de verlader in Ningbo was opgesteld. Mevrouw Chen-van Dongen kon ter plaatse geen oorsprongsbewijs tonen. "
                  "Controleur Kowalski nam monsters; zie foto's 1 tot en met 6 (niet bijgevoegd)."),
            ("p", "Het vermoeden bestaat van ontduiking van antidumpingrechten (Uitvoeringsverordening (EU) 2023/1447). De zaak "
                  "is overgedragen aan de FIOD. Teamleider El Idrissi heeft de Economische Controledienst op de hoogte gesteld."),
            ("h2", "4. Afhandeling"),
            ("p", "Container vastgehouden op grond van artikel 198 van het Douanewetboek van de Unie. Correspondentie via "
                  "rotterdam.haven@douane.nl of via de Douane Informatielijn 0800-0143. Heffingsrente wordt berekend "
                  "door het Douane Landelijk Tactisch Centrum."),
            ("pb",),
            ("h2", "5. Verklaringen"),
            ("pre", "Verklaring van Zhang Wei (geb. 14-02-1979, paspoort EJ8204417, nationaliteit Chinees):\n"
                    "\"Ik heb de aangifte gedaan op basis van de documenten van de verlader.\n"
                    " Mijn leidinggevende, mevrouw Hui-Min Lau, heeft de opdracht gegeven.\"\n\n"
                    "Verklaring van Li-Na Chen-van Dongen:\n"
                    "\"Het oorsprongscertificaat wordt nagestuurd door onze agent in Maleisië.\""),
            ("p", "Opgemaakt door P. Kowalski, douaneambtenaar, op 23 juli 2024.")],
    redact=[P("Zhang Wei", "ZHANG Wei", "Zhang Wei", "Zhang"), X("PHONE", "+31 10 799 4412"),
            P("Li-Na Chen-van Dongen", "Li-Na Chen-van Dongen", "Chen-van Dongen", "Li-Na"), X("PHONE", "+86 138 2764 5501"),
            P("P. Kowalski", "P. Kowalski", "Kowalski"), P("Nadia El Idrissi", "Nadia El Idrissi", "El Idrissi"),
            X("PHONE", "06-20118436"), X("DOB", "14-02-1979"), X("PASSPORT", "EJ8204417"), P("Hui-Min Lau", "Hui-Min Lau")],
    keep=[X("ORG", "Douane Rotterdam Haven"), X("ORG", "Dragon Gate Logistics B.V."), X("ORG", "Lotus Solar Trading B.V."),
          X("ORG", "FIOD"), X("ORG", "Economische Controledienst"), X("PLACE", "Ningbo"), X("PLACE", "Venlo"),
          X("PLACE", "Maasvlakte"), X("ORG", "ECT Delta Terminal"), X("LAW", "Douanewetboek van de Unie"),
          X("LAW", "Uitvoeringsverordening (EU) 2023/1447"), X("FUNCMAIL", "rotterdam.haven@douane.nl"),
          X("PHONE_GENERAL", "0800-0143"), X("REF", "DRH-FC-2024-17733"), X("TITLE", "compliance officer"),
          X("TITLE", "teamleider fysiek toezicht"), X("SYSTEM", "AGS")])

# ---------------------------------------------------------------------------------------- 11
doc(name="11_brief_burger_terugvordering_toeslag.pdf", producer="reportlab",
    meta={"Author": "João Almeida Rebelo", "Title": "Bezwaar terugvordering zorgtoeslag"},
    blocks=[("p", "João Almeida Rebelo\nRua das Flores 27, 2º esq.\n1200-195 Lisboa\nPortugal\n"
                  "joão.rebelo@correio-exemplo.pt | +351 912 448 031"),
            ("space", 12),
            ("p", "Belastingdienst/Toeslagen\nPostbus 8088\n3503 RB Utrecht"),
            ("p", "Lisboa, 4 februari 2025"),
            ("p", "**Betreft: bezwaar tegen terugvordering zorgtoeslag 2022, BSN 406822463**"),
            ("p", "Geachte heer, mevrouw,"),
            ("p", "Ik heb tot augustus 2022 in Nederland gewerkt en woonde toen in Leiden. U vordert nu 1.284 euro zorgtoeslag "
                  "van mij terug omdat ik vanaf september 2022 in Portugal woon. Ik ben het daar niet mee eens: ik was tot eind "
                  "oktober nog verzekerd bij mijn Nederlandse zorgverzekeraar."),
            ("p", "Ik vraag u de terugvordering te herzien. Als u iets moet terugbetalen, graag op mijn Portugese rekening "
                  "PT52 0033 0000 4531 7382 9440 5 (Millennium bcp). Mijn Nederlandse rekening NL06 ABNA 0417 7309 52 is opgeheven."),
            ("p", "Mijn geboortedatum is 17 juni 1990. Mijn vrouw, Inês Almeida Rebelo-Carvalho, heeft geen toeslagen ontvangen."),
            ("p", "Met vriendelijke groet,"),
            ("sig", "João Almeida Rebelo"),
            ("small", "Bijlagen: polis zorgverzekering, uitschrijving BRP gemeente Leiden"),
            ],
    hidden={"sticky": [("Achterberg, Lieke (Toeslagen)", "Doorgezet naar team Buitenland. Terugbellen via +351 912 448 031 - LA", (450, 760))],
            "attach": [("polis_Almeida_Rebelo_2022.txt", "Polisblad 2022 - verzekerde: João Almeida Rebelo, geb. 17-06-1990, BSN 406822463\n".encode(),
                        "polis zorgverzekering")]},
    redact=[P("João Almeida Rebelo", "João Almeida Rebelo", "Almeida Rebelo"), X("ADDRESS", "Rua das Flores 27", "Rua das Flores 27"),
            X("EMAIL", "joão.rebelo@correio-exemplo.pt"), X("PHONE", "+351 912 448 031"), X("BSN", "406822463"),
            X("IBAN", "PT52 0033 0000 4531 7382 9440 5"), X("IBAN", "NL06 ABNA 0417 7309 52"), X("DOB", "17 juni 1990"),
            P("Inês Almeida Rebelo-Carvalho", "Inês Almeida Rebelo-Carvalho", "Rebelo-Carvalho"),
            P("Lieke Achterberg", "Achterberg")],
    keep=[X("ORG", "Belastingdienst/Toeslagen"), X("PLACE", "Utrecht"), X("PLACE", "Leiden"), X("TERM", "zorgtoeslag"), X("ORG", "Millennium bcp"), X("ORG", "BRP"), X("DATE", "4 februari 2025"),
          X("AMOUNT", "1.284 euro")])

# ---------------------------------------------------------------------------------------- 12
doc(name="12_verslag_projectgroep_belastingdienst.pdf", producer="docx",
    meta={"Author": "M. van der Heijden", "Title": "Verslag projectgroep Douane-Belastingdienst 12-3-2025"},
    blocks=[("h1", "Verslag projectgroep Gegevensuitwisseling Douane – Belastingdienst"),
            ("p", "Datum: 12 maart 2025, 10.00-11.30 uur, Parnassusplein 5, Den Haag (zaal 4.12) en via Teams"),
            ("p", "**Aanwezig:** M. van der Heijden (vz., DGFZ), K. Nakamura (Douane), S. Ø. Bjørnstad (Belastingdienst, CIO-office), "
                  "T.N. Acheampong (Toeslagen), R. de Jong-Kuipers (FIOD), A. Sidorova (notulist)\n"
                  "**Afwezig:** P. Oyelaran-Smit (Belastingdienst)"),
            ("h2", "1. Opening en mededelingen"),
            ("p", "De voorzitter opent de vergadering. Bjørnstad meldt dat de Autoriteit Persoonsgegevens (AP) heeft gevraagd om "
                  "een geactualiseerde DPIA voor het koppelen van de AGS-gegevens."),
            ("h2", "2. Stand van zaken DPIA"),
            ("p", "Nakamura licht toe dat de DPIA in april klaar is. De FG van de Belastingdienst wordt betrokken. "
                  "Acheampong vraagt of Toeslagen ook onder de DPIA valt; dat is niet het geval."),
            ("h2", "3. Actiepunten"),
            ("table", [["Nr", "Actie", "Wie", "Wanneer"],
                       ["1", "DPIA afronden en voorleggen aan FG", "KN", "15-04"],
                       ["2", "Overleg met AP plannen", "MvdH", "01-04"],
                       ["3", "Juridische grondslag toetsen (AWR, art. 43c)", "RdJK", "15-04"],
                       ["4", "Verslag rondsturen", "AS", "14-03"]], [12, 90, 25, 25]),
            ("p", "Volgende vergadering: 9 april 2025. Vragen over dit verslag: projectbureau-gegevensuitwisseling@belastingdienst.nl."),
            ("small", "Paraaf notulist: AS  |  Paraaf voorzitter: MvdH"),
            ],
    redact=[P("M. van der Heijden", "M. van der Heijden", "van der Heijden"), P("K. Nakamura", "K. Nakamura", "Nakamura"),
            P("S. Ø. Bjørnstad", "S. Ø. Bjørnstad", "Bjørnstad"), P("T.N. Acheampong", "T.N. Acheampong", "Acheampong"),
            P("R. de Jong-Kuipers", "R. de Jong-Kuipers", "de Jong-Kuipers"), P("A. Sidorova", "A. Sidorova", "Sidorova"),
            P("P. Oyelaran-Smit", "P. Oyelaran-Smit", "Oyelaran-Smit"),
            X("PARAPH", "KN", "KN"), X("PARAPH", "MvdH", "MvdH"), X("PARAPH", "RdJK", "RdJK"), X("PARAPH", "AS", "AS")],
    keep=[X("ORG", "Douane"), X("ORG", "Belastingdienst"), X("ORG", "Autoriteit Persoonsgegevens"), X("ORG", "FIOD"),
          X("ORG", "Toeslagen"), X("TERM", "DPIA"), X("LAW", "AWR"), X("ADDRESS_OFFICE", "Parnassusplein 5"), X("PLACE", "Den Haag"),
          X("FUNCMAIL", "projectbureau-gegevensuitwisseling@belastingdienst.nl"), X("ORG", "DGFZ"), X("SYSTEM", "Teams"),
          X("DATE", "9 april 2025")])

# ---------------------------------------------------------------------------------------- 13
doc(name="13_rvo_sde_beschikking.pdf", producer="reportlab",
    meta={"Author": "Rvo-BeschikkingenApp", "Title": "Beschikking SDE++ SDE24-117820"},
    blocks=[("sidebar", ["**Rijksdienst voor Ondernemend**", "**Nederland**", "Prinses Beatrixlaan 2", "2595 AL Den Haag",
                         "Postbus 93144", "T 088 042 42 42", "www.rvo.nl", "", "**Contactpersoon**", "Oluwaseun Adebayo-Kramer",
                         "T 088 042 6319", "E oluwaseun.adebayo-kramer@rvo.nl", "", "**Ons kenmerk**", "SDE24-117820"],
             [("small", "> Retouradres Postbus 93144 2509 AC Den Haag"),
              ("p", "Zonnepark De Hooge Bulten B.V.\nT.a.v. mevrouw C.M. Wiersma-Talsma\nDorpsstraat 88\n9411 PL Beilen"),
              ("p", "Datum 28 november 2024\nOnderwerp Beschikking subsidieverlening SDE++ 2024")]),
            ("p", "Geachte mevrouw Wiersma-Talsma,"),
            ("p", "U heeft op 3 oktober 2024 namens Zonnepark De Hooge Bulten B.V. subsidie aangevraagd in het kader van de "
                  "Stimulering Duurzame Energieproductie en Klimaattransitie (SDE++) voor een zonneveld van 14,2 MWp in de "
                  "gemeente Midden-Drenthe. Met deze brief verleen ik u de subsidie."),
            ("h2", "Besluit"),
            ("p", "Ik verleen u een subsidie van maximaal € 4.812.400 voor een looptijd van 15 jaar. Het basisbedrag is "
                  "6,24 eurocent per kWh. De subsidie wordt uitbetaald op rekening NL89 TRIO 0198 8234 10 ten name van de aanvrager."),
            ("p", "Uw projectadviseur, de heer Wouter Klaassen van Energieadvies Noord, heeft de haalbaarheidsstudie opgesteld. "
                  "De netaansluiting is bevestigd door Enexis Netbeheer (contact: Ingeborg Solheim, ingeborg.solheim@enexis.example.nl)."),
            ("h2", "Grondslag"),
            ("p", "Dit besluit is gebaseerd op het Besluit stimulering duurzame energieproductie en klimaattransitie en de "
                  "Regeling aanwijzing categorieën duurzame energieproductie en klimaattransitie 2024. De minister van "
                  "Klimaat en Groene Groei, mevrouw Hermans, heeft de openstellingsronde op 1 oktober 2024 geopend."),
            ("p", "Met vriendelijke groet,\nde Minister van Klimaat en Groene Groei,\nnamens deze,\nRijksdienst voor Ondernemend Nederland"),
            ("sig", "ir. L.K. Dwarkasing\nmanager Duurzame Energie"),
            ],
    hidden={"field": [("behandelaar", "O. Adebayo-Kramer, 088 042 6319", [400, 40, 560, 56])],
            "sticky": [("Verbeek-Amrani, Salma", "Akkoord voor verzending, bedrag gecontroleerd. SVA", (520, 800))]},
    redact=[P("Oluwaseun Adebayo-Kramer", "Oluwaseun Adebayo-Kramer", "Adebayo-Kramer"), X("PHONE", "088 042 6319"),
            X("EMAIL", "oluwaseun.adebayo-kramer@rvo.nl"), P("C.M. Wiersma-Talsma", "C.M. Wiersma-Talsma", "Wiersma-Talsma"),
            X("IBAN", "NL89 TRIO 0198 8234 10"), P("Wouter Klaassen", "Wouter Klaassen", "Klaassen"),
            P("Ingeborg Solheim", "Ingeborg Solheim", "Solheim"), X("EMAIL", "ingeborg.solheim@enexis.example.nl"),
            P("L.K. Dwarkasing", "L.K. Dwarkasing", "Dwarkasing"), P("Salma Verbeek-Amrani", "Verbeek-Amrani")],
    keep=[X("ORG", "Rijksdienst voor Ondernemend Nederland"), X("ORG", "Zonnepark De Hooge Bulten B.V."),
          X("PROGRAMME", "SDE++"), X("PLACE", "Midden-Drenthe"), X("PLACE", "Beilen"), X("ORG", "Energieadvies Noord"),
          X("ORG", "Enexis Netbeheer"), X("MINISTER", "mevrouw Hermans", "Hermans"), X("ORG", "Klimaat en Groene Groei"),
          X("PHONE_GENERAL", "088 042 42 42"), X("REF", "SDE24-117820"), X("AMOUNT", "€ 4.812.400"),
          X("TITLE", "manager Duurzame Energie"), X("ADDRESS_OFFICE", "Prinses Beatrixlaan 2"),
          X("LAW", "Besluit stimulering duurzame energieproductie en klimaattransitie")])
