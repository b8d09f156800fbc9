"""Documents co01-co11."""
from lib import R, K
from cast import *  # noqa: F401,F403

DOCS = []

MOTIV = [
    ("h2", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "In de openbaar gemaakte versie van dit document zijn persoonsgegevens van medewerkers, cliënten en "
          "hun ouders onleesbaar gemaakt."),
    ("h2", "Motivering"),
    ("p", "Het belang van de eerbiediging van de persoonlijke levenssfeer (artikel 5.1, tweede lid, onder e, Woo; "
          "code 5.1.2e) weegt zwaarder dan het belang van openbaarheid. Bijzondere persoonsgegevens, zoals "
          "gegevens over gezondheid, zijn op grond van artikel 5.1, eerste lid, onder d, Woo (5.1.1d) niet "
          "openbaar gemaakt; het burgerservicenummer op grond van 5.1.1e."),
]

# ------------------------------------------------------------------ co01 Woo-besluit
DOCS.append(dict(
    stem="co01_woo_besluit", producer="rl", font="helv", title="Besluit Woo-verzoek WOO-2025-031",
    author="Regio Noord-Veluwe", footer="Regio Noord-Veluwe - besluit WOO-2025-031",
    blocks=[
        ("logo", REGIO, HEAD),
        ("lines", ["Aangetekend en per e-mail", "De heer J. Postma", "Hierdenseweg 51", "3849 LA Hierden"]),
        ("kv", [("Datum", "18 november 2025"), ("Ons kenmerk", "WOO-2025-031 / RNV-25-11873"),
                ("Uw verzoek", "9 september 2025"), ("Behandeld door", "mr. P.J. ter Horst"),
                ("Telefoon", "0341 742 731 (direct)"), ("E-mail", "pj.terhorst@regionoordveluwe.nl"),
                ("Onderwerp", "Besluit op uw Woo-verzoek over de wachtlijsten jeugdhulp")], (35, 130)),
        ("p", "Geachte heer Postma,"),
        ("p", "Op 9 september 2025 hebt u het dagelijks bestuur van de Regio Noord-Veluwe gevraagd om openbaarmaking "
              "van documenten over de wachtlijsten in de specialistische jeugdhulp in de periode 1 januari 2025 tot en "
              "met 31 augustus 2025. U doet dit op grond van de Wet open overheid (Woo). Uw verzoek is op 10 september "
              "2025 ontvangen door mevrouw Groeneveld van ons secretariaat en geregistreerd onder kenmerk WOO-2025-031."),
        ("h2", "1. Verloop van de procedure"),
        ("p", "Bij brief van 23 september 2025 hebben wij de beslistermijn met vier weken verdaagd. Op 14 oktober 2025 "
              "hebben wij u telefonisch gesproken over de reikwijdte van uw verzoek. U gaf aan dat het u vooral gaat "
              "om de afspraken met Karakter, Pluryn en Entrea Lindenhout, de contacten met de Inspectie Gezondheidszorg "
              "en Jeugd (IGJ) en de besluitvorming in het Bestuurlijk Overleg Jeugd. Derde-belanghebbenden zijn in de "
              "gelegenheid gesteld een zienswijze te geven (artikel 4.9 Woo)."),
        ("h2", "2. Besluit"),
        ("p", "Wij hebben 32 documenten gevonden. Wij maken 4 documenten geheel en 28 documenten gedeeltelijk openbaar. "
              "Welke documenten het betreft, ziet u in de inventarislijst (bijlage 1). De documenten worden ook "
              "gepubliceerd op open.overheid.nl."),
        ("h2", "3. Overwegingen"),
        ("p", "De wachtlijstproblematiek is onderwerp van publiek debat geweest, onder meer in de gemeenteraad van "
              "Harderwijk en in het overleg van wethouder Van Rijswijk, voorzitter van het Bestuurlijk Overleg Jeugd, met "
              "staatssecretaris Karremans van Volksgezondheid, Welzijn en Sport. Het belang van openbaarheid is daarom "
              "groot. Tegelijk gaan veel documenten over individuele kinderen en gezinnen. Gegevens over hun gezondheid, "
              "hun gezinssituatie en hun dossier bij Veilig Thuis of de gecertificeerde instelling maken wij niet openbaar."),
        ("pb",),
        ("p", "Namen van medewerkers van de regio, van de gemeenten en van zorgaanbieders die niet in de openbaarheid "
              "treden, maken wij niet openbaar. Namen van bestuurders in hun publieke functie, zoals burgemeesters, "
              "wethouders en raadsleden, blijven leesbaar. Functionele e-mailadressen en algemene telefoonnummers, "
              "zoals 0341 742 700 en jeugd@regionoordveluwe.nl, maken wij wel openbaar."),
    ] + MOTIV + [
        ("h2", "4. Bezwaar"),
        ("p", "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag van verzending bezwaar "
              "maken bij het dagelijks bestuur van de Regio Noord-Veluwe, Postbus 530, 3840 AM Harderwijk, of via "
              "woo@regionoordveluwe.nl. Vermeld daarbij kenmerk WOO-2025-031."),
        ("p", "Met vriendelijke groet,"),
        ("p", "namens het dagelijks bestuur van de Regio Noord-Veluwe,"),
        ("sig", 101),
        ("lines", ["M. van den Bosch", "regiomanager Jeugd"]),
        ("small", "Bijlagen: 1. inventarislijst; 2. documenten (deels openbaar)."),
    ],
    redact=[
        R("PERSON", "J. Postma", "Postma"),
        R("ADDRESS", "Hierdenseweg 51, 3849 LA Hierden", "Hierdenseweg 51", "3849 LA"),
        R("PERSON", "mr. P.J. ter Horst", "ter Horst", "P.J."),
        R("PHONE", "0341 742 731", "0341 742 731"),
        R("EMAIL", "pj.terhorst@regionoordveluwe.nl", "pj.terhorst@regionoordveluwe.nl"),
        R("PERSON", "mevrouw Groeneveld", "Groeneveld"),
        R("PERSON", "M. van den Bosch", "van den Bosch"),
    ],
    keep=[
        K("ORG", REGIO, "Regio Noord-Veluwe"), K("ORG", RBJ, "Regionaal Bureau Jeugd"),
        K("ADDRESS_PUBLIC", "Stationsplein 3", "Stationsplein 3"), K("PHONE_GENERAL", TEL, TEL),
        K("EMAIL_FUNCTIONAL", "jeugd@regionoordveluwe.nl"), K("EMAIL_FUNCTIONAL", "woo@regionoordveluwe.nl"),
        K("CASE", "WOO-2025-031"), K("CASE", "RNV-25-11873"), K("LAW", "Wet open overheid"),
        K("ORG", "Karakter"), K("ORG", "Pluryn"), K("ORG", "Entrea Lindenhout"),
        K("ORG", "Inspectie Gezondheidszorg en Jeugd"), K("ORG", "IGJ"), K("ORG", "Bestuurlijk Overleg Jeugd"),
        K("OFFICIAL", "wethouder Van Rijswijk", "Van Rijswijk"), K("OFFICIAL", "staatssecretaris Karremans", "Karremans"),
        K("PLACE", "Harderwijk"), K("DATE", "18 november 2025"), K("DATE", "9 september 2025"),
        K("GROUND", "5.1.2e"), K("GROUND", "5.1.1d"), K("ORG", "Veilig Thuis"), K("FUNCTION", "regiomanager Jeugd"),
        K("WEB", "open.overheid.nl"), K("ADDRESS_PUBLIC", "Postbus 530"),
    ],
))

# ------------------------------------------------------------------ co02 inventarislijst
INV = [
    ("1", "2025-01-16", "Verslag Bestuurlijk Overleg Jeugd", "deels openbaar", "5.1.2e", ""),
    ("2", "2025-02-04", "E-mailwisseling wachtlijst Karakter", "deels openbaar", "5.1.2e", ""),
    ("3", "2025-02-11", "E-mail Pluryn productieplafond (Engelstalige headers)", "deels openbaar", "5.1.2e", ""),
    ("4", "2025-02-20", "Export Teams-chat casemanagers", "deels openbaar", "5.1.2e, 5.1.1d", "gezondheidsgegevens kinderen"),
    ("5", "2025-03-03", "Klachtbrief ouders (scan)", "deels openbaar", "5.1.2e, 5.1.1d, 5.1.1e", ""),
    ("6", "2025-03-07", "Ontvangstbevestiging klacht", "deels openbaar", "5.1.2e", ""),
    ("7", "2025-04-22", "Advies klachtencommissie", "deels openbaar", "5.1.2e, 5.1.1d", ""),
    ("8", "2025-05-02", "Brief IGJ calamiteitenonderzoek", "deels openbaar", "5.1.2e", ""),
    ("9", "2025-05-06", "Meldingsformulier calamiteit", "deels openbaar", "5.1.2e, 5.1.1d, 5.1.1e", ""),
    ("10", "2025-05-12", "Overdrachtsformulier Veilig Thuis", "deels openbaar", "5.1.2e, 5.1.1d, 5.1.1e", "strafrechtelijke gegevens"),
    ("11", "2025-05-13", "Telefoonnotitie (handgeschreven)", "deels openbaar", "5.1.2e, 5.1.1d", ""),
    ("12", "2025-05-20", "Schriftelijke vragen raadslid", "openbaar", "", "reeds openbaar, zie raadsinformatiesysteem"),
    ("13", "2025-06-17", "Beantwoording vragen door het college", "openbaar", "", "reeds openbaar"),
    ("14", "2025-06-24", "Verslag contractmanagementgesprek Entrea Lindenhout", "deels openbaar", "5.1.2e", ""),
    ("15", "2025-06-30", "Wachtlijstoverzicht per aanbieder (intern)", "deels openbaar", "5.1.2e, 5.1.1d, 5.1.1e", ""),
    ("16", "2025-07-03", "Beslisnota wachtlijstaanpak", "deels openbaar", "5.1.2e, 5.2.1", ""),
    ("17", "2025-07-08", "Persbericht wachtlijstaanpak", "openbaar", "", ""),
    ("18", "2025-07-10", "Agenda Bestuurlijk Overleg Jeugd", "deels openbaar", "5.1.2e", ""),
    ("19", "2025-07-14", "E-mail gecertificeerde instelling", "deels openbaar", "5.1.2e, 5.1.1d", ""),
    ("20", "2025-07-21", "Ingebrekestelling (scan)", "deels openbaar", "5.1.2e", ""),
    ("21", "2025-08-26", "Managementrapportage Q2", "deels openbaar", "5.1.2e", ""),
]
DOCS.append(dict(
    stem="co02_inventarislijst", producer="rl", font="libsans", landscape=True, title="Inventarislijst WOO-2025-031",
    author="Regio Noord-Veluwe", footer="Bijlage 1 bij besluit WOO-2025-031",
    blocks=[
        ("h1", "Bijlage 1 - Inventarislijst Woo-verzoek WOO-2025-031 (wachtlijsten jeugdhulp)"),
        ("p", "Regio Noord-Veluwe, Regionaal Bureau Jeugd. Opgesteld door de Woo-coördinator (P.J. ter Horst), "
              "gecontroleerd door A. Groeneveld (secretariaat). Legenda gronden: 5.1.1d bijzondere persoonsgegevens; "
              "5.1.1e identificatienummers; 5.1.2e eerbiediging van de persoonlijke levenssfeer; 5.2.1 persoonlijke "
              "beleidsopvattingen."),
        ("table", [("Nr.", "Datum", "Document", "Beoordeling", "Grond(en)", "Opmerking")] + INV, (12, 24, 105, 32, 42, 42)),
        ("p", "Documenten 22 tot en met 32 (e-mails over planning van overleggen, agenda-uitnodigingen en "
              "bijlagen die dubbel zijn) staan op de aanvullende lijst, bijlage 1a."),
    ],
    redact=[
        R("PERSON", "P.J. ter Horst", "ter Horst"),
        R("PERSON", "A. Groeneveld", "Groeneveld"),
    ],
    keep=[
        K("CASE", "WOO-2025-031"), K("ORG", REGIO, "Regio Noord-Veluwe"), K("ORG", "Karakter"), K("ORG", "Pluryn"),
        K("ORG", "Entrea Lindenhout"), K("ORG", "IGJ"), K("ORG", "Veilig Thuis"), K("GROUND", "5.1.2e"),
        K("GROUND", "5.1.1d"), K("GROUND", "5.1.1e"), K("GROUND", "5.2.1"), K("STATUS", "deels openbaar"),
        K("DATE", "2025-06-30"), K("DATE", "2025-05-12"), K("PRODUCT", "Teams-chat"),
        K("FUNCTION", "Woo-coördinator"), K("DOC", "Bestuurlijk Overleg Jeugd"),
    ],
))

# ------------------------------------------------------------------ co03 verslag BO Jeugd (docx, 3 pages)
DOCS.append(dict(
    stem="co03_verslag_bo_jeugd", producer="docx", docx_font="Calibri", size=10.5, title="Verslag BO Jeugd 16-01-2025",
    author="Regio Noord-Veluwe", footer="Verslag Bestuurlijk Overleg Jeugd 16 januari 2025 - vastgesteld 6 maart 2025",
    blocks=[
        ("logo", "Regio Noord-Veluwe", "Bestuurlijk Overleg Jeugd (BO Jeugd)"),
        ("h1", "Verslag Bestuurlijk Overleg Jeugd"),
        ("kv", [("Datum", "donderdag 16 januari 2025, 13.30 - 16.00 uur"),
                ("Locatie", "Stadhuis Harderwijk, Havendam 1, zaal De Vischmarkt"),
                ("Voorzitter", "wethouder Anouk van Rijswijk (Harderwijk)"),
                ("Verslag", "Annelies Groeneveld (AG), secretariaat RBJ")], (35, 125)),
        ("h2", "Aanwezig"),
        ("table", [("Naam", "Functie / gemeente", "Paraaf"),
                   ("wethouder A. van Rijswijk", "wethouder Jeugd, Harderwijk (voorzitter)", "-"),
                   ("wethouder J.W. Veldkamp", "wethouder Sociaal Domein, Ermelo", "-"),
                   ("wethouder M. Schotanus", "wethouder Jeugd en Onderwijs, Nunspeet", "-"),
                   ("wethouder T. Dorrestein", "wethouder Zorg, Elburg", "-"),
                   ("wethouder R. Lammertsma", "wethouder Jeugd, Oldebroek", "-"),
                   ("Marloes van den Bosch", "regiomanager Jeugd, RBJ", "MvdB"),
                   ("Thijs Hoogendoorn", "contractmanager Jeugd, RBJ", "TH"),
                   ("Esra Yılmaz-Demir", "beleidsadviseur Jeugd, RBJ", "EYD"),
                   ("Koen Bakx", "data-analist, RBJ", "KB")], (55, 85, 25)),
        ("p", "**Afwezig met bericht:** wethouder B. de Ruiter (Hattem); de gemeente Hattem is vertegenwoordigd door "
              "mevrouw Ilse Wassink, beleidsmedewerker jeugd (IW)."),
        ("h2", "1. Opening en mededelingen"),
        ("p", "De voorzitter opent de vergadering. Wethouder Veldkamp meldt dat de gemeenteraad van Ermelo op 28 januari "
              "een informatieavond over de Hervormingsagenda Jeugd houdt. MvdB meldt dat Veilig Thuis Noord-Oost "
              "Gelderland een toename van 18 procent van het aantal meldingen ziet ten opzichte van 2024."),
        ("h2", "2. Wachtlijsten specialistische jeugdhulp"),
        ("p", "KB licht het dashboard toe. Eind december 2024 wachtten 212 jeugdigen in de regio langer dan de "
              "Treeknorm op specialistische jeugdhulp; bij Karakter is de wachttijd voor diagnostiek opgelopen tot "
              "46 weken. Bij Pluryn staan 37 jeugdigen op de wachtlijst voor verblijf. Wethouder Schotanus vraagt "
              "of de cijfers gecorrigeerd zijn voor dubbele aanmeldingen. KB: ja, op basis van de iJw315-berichten."),
        ("p", "TH meldt dat het productieplafond van Karakter voor 2025 in februari naar verwachting bereikt wordt. "
              "Wethouder Dorrestein wil geen plafond dat kinderen met acute nood treft. Afgesproken wordt dat "
              "crisisplaatsingen en plaatsingen in het gedwongen kader buiten het plafond vallen."),
        ("pb",),
        ("h2", "3. Casus (besloten deel)"),
        ("p", "EYD schetst geanonimiseerd een casus uit Oldebroek: een meisje van twaalf met een "
              "autismespectrumstoornis wacht sinds mei 2024 op een behandelplek; de moeder, mevrouw Brinkhuis, heeft "
              "zich tot wethouder Lammertsma gewend. Wethouder Lammertsma vraagt de casus op te schalen naar het "
              "Regionaal Expertteam. Afgesproken: MvdB neemt contact op met Jeugdbescherming Gelderland."),
        ("h2", "4. Contractmanagement en Inspectie"),
        ("p", "De IGJ heeft aangekondigd in het voorjaar een toezichtbezoek af te leggen bij de jeugdhulpaanbieders "
              "in de regio in het kader van het programma Toezicht Jeugd. TH bereidt met mevrouw Wassink een "
              "overzicht voor van de lopende verbeterplannen. Het voorstel voor een regionale ingebrekestelling van "
              "één aanbieder wordt aangehouden tot het volgende overleg."),
        ("h2", "5. Rondvraag en sluiting"),
        ("p", "Wethouder Veldkamp vraagt om de brief aan staatssecretaris Karremans over de financiering van de "
              "Jeugdwet mede namens de VNG Gelderland te laten ondertekenen. De voorzitter sluit om 15.55 uur."),
        ("h2", "Actielijst"),
        ("table", [("Nr.", "Actie", "Wie", "Gereed"),
                   ("25-01", "Dashboard wachtlijsten aanvullen met cijfers per gemeente", "KB", "6 maart 2025"),
                   ("25-02", "Gesprek Karakter over productieplafond en crisisplaatsingen", "TH / MvdB", "februari 2025"),
                   ("25-03", "Casus Oldebroek opschalen naar Regionaal Expertteam", "EYD", "direct"),
                   ("25-04", "Overzicht verbeterplannen voor IGJ", "TH / IW", "1 april 2025"),
                   ("25-05", "Conceptbrief aan de staatssecretaris (met VNG Gelderland)", "MvdB", "6 maart 2025")],
         (15, 95, 25, 30)),
    ],
    redact=[
        R("PERSON", "Annelies Groeneveld", "Annelies Groeneveld", "AG"),
        R("PERSON", "Marloes van den Bosch", "Marloes van den Bosch", "MvdB"),
        R("PERSON", "Thijs Hoogendoorn", "Thijs Hoogendoorn", "TH"),
        R("PERSON", "Esra Yılmaz-Demir", "Yılmaz-Demir", "EYD"),
        R("PERSON", "Koen Bakx", "Koen Bakx", "KB"),
        R("PERSON", "Ilse Wassink", "Ilse Wassink", "Wassink", "IW"),
        R("PERSON", "mevrouw Brinkhuis", "Brinkhuis"),
        R("HEALTH", "autismespectrumstoornis (kind)", "autismespectrumstoornis"),
    ],
    keep=[
        K("OFFICIAL", "wethouder Anouk van Rijswijk", "van Rijswijk"), K("OFFICIAL", "wethouder Veldkamp", "Veldkamp"),
        K("OFFICIAL", "wethouder Schotanus", "Schotanus"), K("OFFICIAL", "wethouder Dorrestein", "Dorrestein"),
        K("OFFICIAL", "wethouder Lammertsma", "Lammertsma"), K("OFFICIAL", "wethouder B. de Ruiter", "de Ruiter"),
        K("OFFICIAL", "staatssecretaris Karremans", "Karremans"),
        K("ADDRESS_PUBLIC", "Havendam 1", "Havendam 1"), K("ORG", "Veilig Thuis Noord-Oost Gelderland"),
        K("ORG", "Karakter"), K("ORG", "Pluryn"), K("ORG", "Jeugdbescherming Gelderland"), K("ORG", "IGJ"),
        K("ORG", "VNG Gelderland"), K("ORG", "Regionaal Expertteam"), K("PROGRAMME", "Hervormingsagenda Jeugd"),
        K("PROGRAMME", "Toezicht Jeugd"), K("LAW", "Jeugdwet"), K("TERM", "Treeknorm"), K("PRODUCT", "iJw315"),
        K("PLACE", "Ermelo"), K("PLACE", "Nunspeet"), K("PLACE", "Elburg"), K("PLACE", "Oldebroek"), K("PLACE", "Hattem"),
        K("FUNCTION", "regiomanager Jeugd"), K("FUNCTION", "contractmanager Jeugd"), K("FUNCTION", "data-analist"),
        K("DATE", "16 januari 2025"), K("CASE", "25-03"), K("ORG", "Bestuurlijk Overleg Jeugd"),
    ],
))

# ------------------------------------------------------------------ co04 e-mail thread NL (2 pages)
def hdr(van, verz, aan, cc, onderwerp, lang="nl"):
    if lang == "nl":
        rows = [("Van:", van), ("Verzonden:", verz), ("Aan:", aan)] + ([("CC:", cc)] if cc else []) + [("Onderwerp:", onderwerp)]
    else:
        rows = [("From:", van), ("Sent:", verz), ("To:", aan)] + ([("Cc:", cc)] if cc else []) + [("Subject:", onderwerp)]
    return ("kv", rows, (24, 146))


DOCS.append(dict(
    stem="co04_mail_wachtlijst_karakter", producer="rl", font="dejavu", size=9.5, title="RE: wachtlijst Karakter - escalatie",
    author="Regio Noord-Veluwe",
    blocks=[
        hdr("Van den Bosch, Marloes <m.vandenbosch@regionoordveluwe.nl>", "dinsdag 4 februari 2025 17:08",
            "Hoogendoorn, Thijs <t.hoogendoorn@regionoordveluwe.nl>",
            "Yılmaz-Demir, Esra <e.yilmaz@regionoordveluwe.nl>; Contractbeheer Jeugd <contractbeheer@regionoordveluwe.nl>",
            "RE: wachtlijst Karakter - escalatie"),
        ("p", "Thijs,"),
        ("p", "Dank. Akkoord met jouw voorstel om Karakter donderdag te bellen. Ik wil wel dat we het over de "
              "crisisplaatsingen hebben vóór we het over het plafond hebben. Wethouder Van Rijswijk heeft gevraagd "
              "om vrijdag een korte update; ik zet die in de Teams-groep van het BO."),
        ("p", "Esra, kun jij de casus van het meisje uit Wezep (cliëntnummer JZ-0418872) klaarzetten voor het "
              "Regionaal Expertteam? Moeder belt inmiddels elke dag."),
        ("lines", ["Groet,", "Marloes", "", "Marloes van den Bosch | regiomanager Jeugd | Regio Noord-Veluwe",
                   "M 06 41 87 22 93 | aanwezig ma t/m do"]),
        ("hr",),
        hdr("Hoogendoorn, Thijs <t.hoogendoorn@regionoordveluwe.nl>", "dinsdag 4 februari 2025 14:31",
            "Van den Bosch, Marloes <m.vandenbosch@regionoordveluwe.nl>", "Contractbeheer Jeugd <contractbeheer@regionoordveluwe.nl>",
            "wachtlijst Karakter - escalatie"),
        ("p", "Hoi Marloes,"),
        ("p", "Karakter laat weten dat het productieplafond 2025 voor de regio naar verwachting op 21 februari bereikt "
              "is. Hun accountmanager, Lieke Mossel, heeft mij vanmiddag gebeld (haar nummer: 06 19 73 40 58). "
              "Zij stelt voor om vanaf 1 maart alleen nog crisisplaatsingen aan te nemen. Volgens het dashboard van "
              "Koen wachten op dit moment 61 jeugdigen uit onze regio op diagnostiek bij Karakter."),
        ("p", "Mijn voorstel: we vragen Karakter donderdag om een overschrijdingsvoorstel en leggen dat in het BO Jeugd "
              "van 6 maart voor. Juridisch kan dat binnen de raamovereenkomst (art. 8.3, budgetplafond)."),
        ("lines", ["Met vriendelijke groet,", "", "Thijs Hoogendoorn", "Contractmanager Jeugd", "Regio Noord-Veluwe | Regionaal Bureau Jeugd",
                   "Stationsplein 3, 3844 KR Harderwijk", "T 0341 742 700 | M 06 28 55 01 47"]),
        ("pb",),
        ("small", "-----Oorspronkelijk bericht-----"),
        hdr("Lieke Mossel <l.mossel@karakter.com>", "maandag 3 februari 2025 09:12",
            "Thijs Hoogendoorn <t.hoogendoorn@regionoordveluwe.nl>", "Zorgverkoop Karakter <zorgverkoop@karakter.com>",
            "Productieplafond 2025 regio Noord-Veluwe"),
        ("p", "Beste Thijs,"),
        ("p", "Zoals besproken sturen wij je de prognose. Bij ongewijzigd beleid is het plafond voor de percelen "
              "Diagnostiek en Behandeling Specialistisch rond 21 februari bereikt. Wij vragen de regio om een "
              "besluit over een ophoging; zonder dat besluit moeten wij nieuwe aanmeldingen uit Harderwijk, Ermelo "
              "en Nunspeet doorverwijzen naar de wachtlijst."),
        ("p", "Kunnen we donderdag bellen? Ik ben bereikbaar op 06 19 73 40 58."),
        ("lines", ["Hartelijke groet,", "Lieke Mossel", "Accountmanager Zorgverkoop | Karakter", "Reinier Postlaan 12, 6525 GC Nijmegen"]),
    ],
    redact=[
        R("PERSON", "Marloes van den Bosch", "Van den Bosch", "Marloes", "Marloes van den Bosch"),
        R("EMAIL", "m.vandenbosch@regionoordveluwe.nl", "m.vandenbosch@regionoordveluwe.nl"),
        R("PERSON", "Thijs Hoogendoorn", "Hoogendoorn", "Thijs", "Thijs Hoogendoorn"),
        R("EMAIL", "t.hoogendoorn@regionoordveluwe.nl", "t.hoogendoorn@regionoordveluwe.nl"),
        R("PERSON", "Esra Yılmaz-Demir", "Yılmaz-Demir", "Esra"),
        R("EMAIL", "e.yilmaz@regionoordveluwe.nl", "e.yilmaz@regionoordveluwe.nl"),
        R("PHONE", "06 41 87 22 93", "06 41 87 22 93"), R("PHONE", "06 28 55 01 47", "06 28 55 01 47"),
        R("PERSON", "Lieke Mossel", "Lieke Mossel", "Lieke"),
        R("EMAIL", "l.mossel@karakter.com", "l.mossel@karakter.com"),
        R("PHONE", "06 19 73 40 58", "06 19 73 40 58"),
        R("PERSON", "Koen (Bakx)", "Koen"),
        R("CLIENTNR", "JZ-0418872", "JZ-0418872"),
    ],
    keep=[
        K("EMAIL_FUNCTIONAL", "contractbeheer@regionoordveluwe.nl"), K("EMAIL_FUNCTIONAL", "zorgverkoop@karakter.com"),
        K("ORG", "Karakter"), K("OFFICIAL", "wethouder Van Rijswijk", "Van Rijswijk"), K("PRODUCT", "Teams-groep"),
        K("ORG", "Regionaal Expertteam"), K("PHONE_GENERAL", TEL, TEL), K("ADDRESS_PUBLIC", "Stationsplein 3", "Stationsplein 3"),
        K("ADDRESS_PUBLIC", "Reinier Postlaan 12", "Reinier Postlaan 12"), K("PLACE", "Nijmegen"), K("PLACE", "Wezep"),
        K("FUNCTION", "Contractmanager Jeugd"), K("FUNCTION", "Accountmanager Zorgverkoop"), K("FUNCTION", "regiomanager Jeugd"),
        K("ORG", "Regio Noord-Veluwe"), K("DATE", "4 februari 2025"), K("TERM", "productieplafond"),
        K("ORG", "BO Jeugd"), K("TERM", "raamovereenkomst"),
    ],
))

# ------------------------------------------------------------------ co05 English-header thread with Pluryn (docx)
DOCS.append(dict(
    stem="co05_mail_pluryn_plafond", producer="docx", docx_font="Arial", size=10, title="FW: Capacity beds Pluryn",
    author="Regio Noord-Veluwe",
    blocks=[
        hdr("Thijs Hoogendoorn <t.hoogendoorn@regionoordveluwe.nl>", "Tuesday, February 11, 2025 10:04 AM",
            "Esra Yilmaz-Demir <e.yilmaz@regionoordveluwe.nl>", "", "FW: Capacity beds Pluryn / wachtlijst verblijf", lang="en"),
        ("p", "Esra, ter info. Let op: in zijn mail staat de naam van het kind voluit, die moet eruit voordat we "
              "dit in het BO-stuk zetten. TH"),
        ("hr",),
        hdr("Gerrit-Jan Wolters <gj.wolters@pluryn.nl>", "Monday, February 10, 2025 4:47 PM",
            "Thijs Hoogendoorn <t.hoogendoorn@regionoordveluwe.nl>",
            "Plaatsingsbureau Pluryn <plaatsingsbureau@pluryn.nl>; Bas Kleinjan <b.kleinjan@pluryn.nl>",
            "Capacity beds Pluryn / wachtlijst verblijf", lang="en"),
        ("p", "Beste Thijs,"),
        ("p", "Zoals toegezegd het overzicht voor de regio Noord-Veluwe. Op de groepen in Oosterbeek en Groesbeek "
              "zijn per 1 maart vier bedden beschikbaar; daarmee kunnen wij de wachtlijst van 37 naar 33 jeugdigen "
              "terugbrengen. De plaatsing van Tim Hendriksen (geb. 07-11-2010) heeft prioriteit vanwege de "
              "onveilige thuissituatie; zijn gedragsproblemen en het middelengebruik zijn in het overdrachtsdossier "
              "beschreven."),
        ("p", "Onze collega Bas Kleinjan (teamleider plaatsingen, 06 52 84 19 07) neemt contact op met de "
              "jeugdbeschermer. Graag ontvangen wij de beschikking via VECOZO (iJw301) vóór 20 februari."),
        ("lines", ["Kind regards / met vriendelijke groet,", "", "Gerrit-Jan Wolters", "Manager Zorgbemiddeling | Pluryn",
                   "Postbus 53, 6500 AB Nijmegen | T 088 779 20 00 | M 06 30 12 88 46"]),
        ("small", "This e-mail and any attachments are confidential and intended solely for the addressee. If you "
                  "have received this e-mail in error, please notify the sender and delete it."),
    ],
    redact=[
        R("PERSON", "Thijs Hoogendoorn", "Hoogendoorn", "TH"),
        R("EMAIL", "t.hoogendoorn@regionoordveluwe.nl", "t.hoogendoorn@regionoordveluwe.nl"),
        R("PERSON", "Esra Yilmaz-Demir", "Yilmaz-Demir", "Esra"),
        R("EMAIL", "e.yilmaz@regionoordveluwe.nl", "e.yilmaz@regionoordveluwe.nl"),
        R("PERSON", "Gerrit-Jan Wolters", "Gerrit-Jan Wolters"),
        R("EMAIL", "gj.wolters@pluryn.nl", "gj.wolters@pluryn.nl"),
        R("PERSON", "Bas Kleinjan", "Kleinjan"),
        R("EMAIL", "b.kleinjan@pluryn.nl", "b.kleinjan@pluryn.nl"),
        R("PERSON", "Tim Hendriksen", "Tim Hendriksen"),
        R("DOB", "07-11-2010", "07-11-2010"),
        R("HEALTH", "gedragsproblemen en het middelengebruik", "middelengebruik"),
        R("PHONE", "06 52 84 19 07", "06 52 84 19 07"), R("PHONE", "06 30 12 88 46", "06 30 12 88 46"),
    ],
    keep=[
        K("ORG", "Pluryn"), K("EMAIL_FUNCTIONAL", "plaatsingsbureau@pluryn.nl"), K("PLACE", "Oosterbeek"),
        K("PLACE", "Groesbeek"), K("PLACE", "Nijmegen"), K("PRODUCT", "VECOZO"), K("PRODUCT", "iJw301"),
        K("PHONE_GENERAL", "088 779 20 00"), K("ADDRESS_PUBLIC", "Postbus 53"), K("FUNCTION", "Manager Zorgbemiddeling"),
        K("FUNCTION", "teamleider plaatsingen"), K("TERM", "Capacity beds"), K("ORG", "Noord-Veluwe"),
        K("DATE", "February 10, 2025"), K("TERM", "jeugdbeschermer"),
    ],
))

# ------------------------------------------------------------------ co06 Teams chat export (2 pages)
CHAT = """Microsoft Teams - chatexport
Groep: Casemanagers Jeugd Noord-Veluwe (privé kanaal)
Geëxporteerd: 21-02-2025 08:55 door Regionaal Bureau Jeugd (functioneel account teams-export@regionoordveluwe.nl)

[20-02-2025 08:14] Sanne Wiersma: Goedemorgen! Wie kan vandaag de warme overdracht doen bij Karakter in Ermelo?
[20-02-2025 08:16] Joost Elzinga: ik kan om 11 uur, maar dan moet iemand mijn spreekuur in het Jongerenloket (Anne Frankstraat) overnemen
[20-02-2025 08:17] Fatima El Khatib: @Joost ik neem je spreekuur over, ben er toch
[20-02-2025 08:21] Sanne Wiersma: top. Het gaat om Sem A. (cliëntnr JZ-0377105), 10 jr, ADHD en vermoedelijk
                   hechtingsproblematiek. Ouders zijn boos, er ligt een klacht.
[20-02-2025 08:22] Joost Elzinga: die ken ik. vader Ruud belt mij elke week
[20-02-2025 08:40] Daan Verhoef: Even iets anders: Veilig Thuis heeft gisteren een melding doorgezet over het gezin
                   Ouali in Vierhouten. Stiefvader zit in een reclasseringstraject. Wie pakt dit op?
[20-02-2025 08:43] Fatima El Khatib: ik, ik ken moeder (Samira) nog van de schoolmaatschappelijk werk-periode
[20-02-2025 08:44] Daan Verhoef: dank Fatima. Ingrid Pasma van VT belt je vanmiddag, haar direct nummer is
                   055 527 61 38
[20-02-2025 09:02] Sanne Wiersma: Nog een: Lotte B. uit Wezep staat nu 40 weken op de wachtlijst, moeder
                   (mevr. Brinkhuis) heeft de wethouder gemaild. Marloes wil dat wij niet rechtstreeks reageren.
[20-02-2025 09:05] Joost Elzinga: snap ik. Ze heeft wel suïcidale uitingen gedaan volgens de huisarts, dat moet
                   wel mee in de urgentie.
[20-02-2025 09:06] Sanne Wiersma: ja, staat in Suite4Jeugd, heb de huisarts (dr. Vos, praktijk Wezep) gevraagd
                   om een brief.
[20-02-2025 10:30] Daan Verhoef: FYI de wachtlijstmonitor staat weer op SharePoint, update van Koen.
[20-02-2025 13:12] Fatima El Khatib: Ingrid gesproken. Huisbezoek morgen 10.00, Bosweg 6. Ik ga samen met de
                   jeugdbeschermer van de William Schrikker Stichting.
[20-02-2025 13:15] Sanne Wiersma: (y) laat je weten of de politie mee moet?
[20-02-2025 13:16] Fatima El Khatib: nee, volgens VT is er een contactverbod voor hem sinds januari
[20-02-2025 16:48] Joost Elzinga: overdracht Sem gedaan. Behandelaar bij Karakter is drs. Merel Tan,
                   intake 3 maart. Ik zet het in het dossier.
[20-02-2025 16:50] Sanne Wiersma: Dank je Joost! Fijne avond allemaal
[21-02-2025 08:31] Daan Verhoef: @Sanne @Fatima denk aan de Meldcode-training vanmiddag (Teams, 13.30)
[21-02-2025 08:33] Fatima El Khatib: staat erin. DV kun jij de notulen van het casuïstiekoverleg rondsturen?
[21-02-2025 08:34] Daan Verhoef: doe ik
"""
DOCS.append(dict(
    stem="co06_teams_chat_casemanagers", producer="rl", font="mono", size=9, title="Teams chat export",
    author="teams-export",
    blocks=[("mono", CHAT)],
    redact=[
        R("PERSON", "Sanne Wiersma", "Sanne Wiersma", "Sanne"),
        R("PERSON", "Joost Elzinga", "Joost Elzinga", "Joost"),
        R("PERSON", "Fatima El Khatib", "Fatima El Khatib", "Fatima"),
        R("PERSON", "Daan Verhoef", "Daan Verhoef", "DV"),
        R("PERSON", "Sem Achterberg", "Sem A.", "Sem"),
        R("CLIENTNR", "JZ-0377105", "JZ-0377105"),
        R("HEALTH", "ADHD en vermoedelijk hechtingsproblematiek", "ADHD", "hechtingsproblematiek"),
        R("PERSON", "Ruud Achterberg", "Ruud"),
        R("PERSON", "gezin Ouali", "Ouali"),
        R("CRIMINAL", "Stiefvader zit in een reclasseringstraject", "reclasseringstraject"),
        R("PERSON", "Samira Ouali", "Samira"),
        R("PERSON", "Ingrid Pasma", "Ingrid Pasma", "Ingrid"),
        R("PHONE", "055 527 61 38", "055 527 61 38"),
        R("PERSON", "Lotte Brinkhuis", "Lotte B."),
        R("PERSON", "mevr. Brinkhuis", "Brinkhuis"),
        R("PERSON", "Marloes van den Bosch", "Marloes"),
        R("HEALTH", "suïcidale uitingen", "suïcidale uitingen"),
        R("PERSON", "dr. Vos", "Vos"),
        R("PERSON", "Koen Bakx", "Koen"),
        R("ADDRESS", "Bosweg 6", "Bosweg 6"),
        R("CRIMINAL", "contactverbod", "contactverbod"),
        R("PERSON", "drs. Merel Tan", "Merel Tan"),
    ],
    keep=[
        K("PRODUCT", "Microsoft Teams"), K("EMAIL_FUNCTIONAL", "teams-export@regionoordveluwe.nl"),
        K("ORG", "Karakter"), K("PLACE", "Ermelo"), K("ORG", "Veilig Thuis"), K("PLACE", "Vierhouten"), K("PLACE", "Wezep"),
        K("PRODUCT", "Suite4Jeugd"), K("PRODUCT", "SharePoint"), K("PRODUCT", "wachtlijstmonitor"),
        K("ORG", "William Schrikker Stichting"), K("PROGRAMME", "Meldcode-training"), K("ORG", "Regionaal Bureau Jeugd"),
        K("TERM", "warme overdracht"), K("STREET", "Anne Frankstraat"), K("TERM", "casuïstiekoverleg"), K("DATE", "20-02-2025"),
    ],
))

# ------------------------------------------------------------------ co07 complaint letter of parents (scan)
DOCS.append(dict(
    stem="co07_klachtbrief_ouders_scan", producer="scan", font="libserif", size=11.5, angle=0.6,
    blocks=[
        ("lines", ["Femke en Ruud Achterberg", "Hulshorsterweg 88", "8077 RL Hulshorst", "tel. 06 41 22 90 17",
                   "femke.achterberg@ziggo.nl"]),
        ("sp", 10),
        ("lines", ["Aan het dagelijks bestuur van de Regio Noord-Veluwe", "Regionaal Bureau Jeugd",
                   "Postbus 530", "3840 AM Harderwijk"]),
        ("sp", 10),
        ("p", "Hulshorst, 1 maart 2025"),
        ("p", "Betreft: klacht over de toegang tot jeugdhulp voor onze zoon Sem Achterberg, geboren 2 september 2014, "
              "BSN 304192685, cliëntnummer JZ-0377105"),
        ("p", "Geachte bestuurders,"),
        ("p", "Hierbij dienen wij een klacht in over de manier waarop de regio en de gemeente Nunspeet met onze zoon "
              "Sem omgaan. Sem heeft ADHD en volgens de jeugdarts ernstige hechtingsproblemen. Sinds april 2024 "
              "staat hij op de wachtlijst voor behandeling bij Karakter. Op school gaat het steeds slechter; hij is "
              "twee keer geschorst."),
        ("p", "Wij hebben meerdere keren gebeld met de casemanager, de heer Elzinga, en met de klantcontactlijn van "
              "de gemeente. Steeds krijgen wij te horen dat er niets aan de wachttijd te doen is. Een brief van onze "
              "huisarts, dokter Vos, is volgens ons nooit gelezen. Wij vinden dat de regio de zorgplicht uit de "
              "Jeugdwet niet nakomt."),
        ("p", "Wij vragen u: 1. Sem binnen vier weken een behandelplek te geven; 2. ons schriftelijk uit te leggen "
              "waarom dat tot nu toe niet is gelukt; 3. de kosten van de particuliere psycholoog (rekening bijgevoegd) "
              "te vergoeden op onze rekening NL66 INGB 0006 7345 12."),
        ("p", "Met vriendelijke groet,"),
        ("sig", 207),
        ("lines", ["F. Achterberg-Dekker          R. Achterberg"]),
    ],
    redact=[
        R("PERSON", "Femke Achterberg-Dekker", "Achterberg", "Femke"),
        R("PERSON", "Ruud Achterberg", "Ruud"),
        R("ADDRESS", "Hulshorsterweg 88, 8077 RL Hulshorst", "Hulshorsterweg 88", "8077 RL"),
        R("PHONE", "06 41 22 90 17", "06 41 22 90 17"),
        R("EMAIL", "femke.achterberg@ziggo.nl", "femke.achterberg@ziggo.nl"),
        R("PERSON", "Sem Achterberg", "Sem"),
        R("DOB", "2 september 2014", "2 september 2014"),
        R("BSN", "304192685", "304192685"),
        R("CLIENTNR", "JZ-0377105", "JZ-0377105"),
        R("HEALTH", "ADHD / hechtingsproblemen", "ADHD", "hechtingsproblemen"),
        R("PERSON", "de heer Elzinga", "Elzinga"),
        R("PERSON", "dokter Vos", "Vos"),
        R("IBAN", IBAN_ACHTERBERG, IBAN_ACHTERBERG),
    ],
    keep=[],
))

# ------------------------------------------------------------------ co08 ontvangstbevestiging (docx)
DOCS.append(dict(
    stem="co08_ontvangstbevestiging_klacht", producer="docx", docx_font="Times New Roman", size=11,
    title="Ontvangstbevestiging klacht", author="Regio Noord-Veluwe",
    blocks=[
        ("logo", REGIO, HEAD),
        ("lines", ["De heer en mevrouw Achterberg", "Hulshorsterweg 88", "8077 RL  HULSHORST"]),
        ("kv", [("Datum", "7 maart 2025"), ("Ons kenmerk", "KL-2025-009"), ("Behandeld door", "W. Kappers, klachtenfunctionaris"),
                ("Doorkiesnummer", "0341 742 745"), ("E-mail", "w.kappers@regionoordveluwe.nl"),
                ("Onderwerp", "Ontvangstbevestiging van uw klacht")], (40, 120)),
        ("p", "Geachte heer en mevrouw Achterberg,"),
        ("p", "Op 3 maart 2025 hebben wij uw brief van 1 maart 2025 ontvangen. U dient daarin een klacht in over de "
              "toegang tot jeugdhulp voor uw zoon. Wij behandelen uw brief als een klacht in de zin van hoofdstuk 9 "
              "van de Algemene wet bestuursrecht (Awb)."),
        ("p", "Omdat uw klacht gaat over de uitvoering door de regio én door het lokale team van de gemeente Nunspeet, "
              "leggen wij haar voor aan de Klachtadviescommissie Sociaal Domein Noord-Veluwe. De commissie nodigt u "
              "uit voor een hoorzitting. Wij streven ernaar u binnen tien weken een beslissing te sturen."),
        ("p", "Uw verzoek om vergoeding van de kosten van de particuliere psycholoog behandelen wij apart. Daarvoor "
              "neemt mevrouw Kappers binnen twee weken contact met u op."),
        ("p", "Bent u na afloop niet tevreden, dan kunt u zich wenden tot de Nationale ombudsman of, omdat het om "
              "een kind gaat, tot de Kinderombudsman. Meer informatie vindt u op www.regionoordveluwe.nl/klachten."),
        ("p", "Met vriendelijke groet,"),
        ("lines", ["Wendy Kappers", "klachtenfunctionaris Regio Noord-Veluwe"]),
        ("small", "Kopie: wethouder M. Schotanus, gemeente Nunspeet (portefeuillehouder Jeugd)"),
    ],
    redact=[
        R("PERSON", "heer en mevrouw Achterberg", "Achterberg"),
        R("ADDRESS", "Hulshorsterweg 88, 8077 RL HULSHORST", "Hulshorsterweg 88", "8077 RL", "HULSHORST"),
        R("PERSON", "Wendy Kappers", "Kappers", "Wendy"),
        R("PHONE", "0341 742 745", "0341 742 745"),
        R("EMAIL", "w.kappers@regionoordveluwe.nl", "w.kappers@regionoordveluwe.nl"),
    ],
    keep=[
        K("ORG", REGIO, "Regio Noord-Veluwe"), K("CASE", "KL-2025-009"), K("LAW", "Algemene wet bestuursrecht"),
        K("LAW", "Awb"), K("PLACE", "Nunspeet"), K("ORG", "Klachtadviescommissie Sociaal Domein Noord-Veluwe"),
        K("ORG", "Nationale ombudsman"), K("ORG", "Kinderombudsman"), K("WEB", "www.regionoordveluwe.nl/klachten"),
        K("OFFICIAL", "wethouder M. Schotanus", "Schotanus"), K("FUNCTION", "klachtenfunctionaris"),
        K("DATE", "7 maart 2025"), K("PHONE_GENERAL", TEL, TEL),
    ],
))

# ------------------------------------------------------------------ co09 advies klachtadviescommissie (2 pages)
DOCS.append(dict(
    stem="co09_advies_klachtcommissie", producer="rl", font="times", size=10.5, title="Advies KSD 2025-04",
    author="", footer="Klachtadviescommissie Sociaal Domein Noord-Veluwe - advies 2025-04 - vertrouwelijk",
    blocks=[
        ("h1", "Klachtadviescommissie Sociaal Domein Noord-Veluwe"),
        ("p", "**Advies** aan het dagelijks bestuur van de Regio Noord-Veluwe en het college van burgemeester en "
              "wethouders van Nunspeet over de klacht van de heer R. Achterberg en mevrouw F. Achterberg-Dekker "
              "(kenmerk KL-2025-009; advies 2025-04)."),
        ("kv", [("Commissie", "mr. C.A. Ruijs-Hendriks (voorzitter), drs. H. Terpstra, M. el Amrani MSc (leden)"),
                ("Secretaris", "mr. D.J. Oudshoorn"),
                ("Hoorzitting", "9 april 2025, Gemeentehuis Nunspeet, Marktplein 1"),
                ("Advies", "22 april 2025")], (30, 135)),
        ("h2", "1. De klacht"),
        ("p", "Klagers zijn de ouders van Sem (geboren 2 september 2014). Zij klagen erover dat (a) hun zoon sinds "
              "april 2024 zonder behandeling op de wachtlijst van Karakter staat, (b) zij niet zijn geïnformeerd over "
              "overbruggingszorg en (c) de brief van hun huisarts niet is meegewogen."),
        ("h2", "2. De hoorzitting"),
        ("p", "Ter zitting zijn verschenen: klagers; namens de regio mevrouw M. van den Bosch, regiomanager Jeugd, "
              "en de heer J. Elzinga, casemanager; namens de gemeente Nunspeet mevrouw S. Brandsma, teamleider van "
              "het lokale team Nunspeet. De heer Achterberg heeft toegelicht dat Sem door zijn ADHD en de "
              "hechtingsproblematiek thuis en op school vastloopt en dat het gezin sinds de zomer van 2024 "
              "ondersteund wordt door een ambulant hulpverlener van Entrea Lindenhout."),
        ("p", "Mevrouw Van den Bosch heeft erkend dat de overbruggingszorg niet tijdig is aangeboden. De heer "
              "Elzinga heeft verklaard dat de brief van de huisarts op 12 december 2024 in Suite4Jeugd is vastgelegd, "
              "maar niet aan Karakter is doorgestuurd."),
        ("pb",),
        ("h2", "3. Beoordeling"),
        ("p", "Op grond van artikel 2.3 van de Jeugdwet moet het college een jeugdige die jeugdhulp nodig heeft, "
              "een voorziening op maat bieden. Een wachttijd van 44 weken overschrijdt de Treeknorm ruim. Dat het "
              "landelijke tekort aan behandelaren hiervan een belangrijke oorzaak is, ontslaat de regio niet van de "
              "plicht om overbruggingszorg aan te bieden en de ouders actief te informeren."),
        ("p", "Klachtonderdeel (a) is gegrond. Klachtonderdeel (b) is gegrond. Klachtonderdeel (c) is gegrond: de "
              "commissie acht het onzorgvuldig dat informatie van de huisarts over de psychische gezondheid van Sem "
              "niet met de aanbieder is gedeeld."),
        ("h2", "4. Advies"),
        ("p", "De commissie adviseert de klacht op alle onderdelen gegrond te verklaren, de ouders binnen twee "
              "weken een concreet aanbod voor overbruggingszorg te doen en in het Bestuurlijk Overleg Jeugd te "
              "bespreken hoe de regio ouders van wachtende kinderen voortaan informeert. Over de vergoeding van de "
              "particuliere psycholoog adviseert de commissie niet; dat is een verzoek om schadevergoeding (titel 8.4 Awb)."),
        ("p", "Aldus vastgesteld op 22 april 2025."),
        ("lines", ["mr. C.A. Ruijs-Hendriks, voorzitter", "mr. D.J. Oudshoorn, secretaris"]),
    ],
    redact=[
        R("PERSON", "R. Achterberg", "Achterberg"),
        R("PERSON", "F. Achterberg-Dekker", "Achterberg-Dekker"),
        R("PERSON", "mr. C.A. Ruijs-Hendriks", "Ruijs-Hendriks"),
        R("PERSON", "drs. H. Terpstra", "Terpstra"),
        R("PERSON", "M. el Amrani", "el Amrani"),
        R("PERSON", "mr. D.J. Oudshoorn", "Oudshoorn"),
        R("PERSON", "Sem", "Sem"),
        R("DOB", "2 september 2014", "2 september 2014"),
        R("PERSON", "M. van den Bosch", "van den Bosch", "Van den Bosch"),
        R("PERSON", "J. Elzinga", "Elzinga"),
        R("PERSON", "S. Brandsma", "Brandsma"),
        R("HEALTH", "ADHD en hechtingsproblematiek", "ADHD", "hechtingsproblematiek"),
    ],
    keep=[
        K("ORG", "Klachtadviescommissie Sociaal Domein Noord-Veluwe"), K("ORG", REGIO, "Regio Noord-Veluwe"),
        K("PLACE", "Nunspeet"), K("CASE", "KL-2025-009"), K("CASE", "advies 2025-04", "2025-04"),
        K("ADDRESS_PUBLIC", "Marktplein 1"), K("ORG", "Karakter"), K("ORG", "Entrea Lindenhout"),
        K("PRODUCT", "Suite4Jeugd"), K("LAW", "Jeugdwet"), K("TERM", "Treeknorm"), K("LAW", "Awb"),
        K("TERM", "overbruggingszorg"), K("FUNCTION", "regiomanager Jeugd"), K("FUNCTION", "casemanager"),
        K("ORG", "Bestuurlijk Overleg Jeugd"), K("DATE", "22 april 2025"), K("DATE", "9 april 2025"), K("TERM", "gegrond"),
    ],
))

# ------------------------------------------------------------------ co10 brief IGJ (2 pages)
DOCS.append(dict(
    stem="co10_brief_igj_calamiteit", producer="rl", font="libsans", size=10, title="IGJ - calamiteitenonderzoek",
    author="IGJ", footer="Inspectie Gezondheidszorg en Jeugd | Postbus 2518 | 6401 DA Heerlen | 088 120 50 00 | www.igj.nl",
    blocks=[
        ("logo", "Inspectie Gezondheidszorg en Jeugd", "Ministerie van Volksgezondheid, Welzijn en Sport"),
        ("lines", ["Dagelijks bestuur Regio Noord-Veluwe", "t.a.v. mevrouw M. van den Bosch", "Postbus 530", "3840 AM Harderwijk"]),
        ("kv", [("Datum", "2 mei 2025"), ("Ons kenmerk", "IGJ-2025-0412-CAL / 3198877"),
                ("Contactpersoon", "W.F. Landman, senior inspecteur"), ("T", "06 46 71 02 93"),
                ("E", "wf.landman@igj.nl"), ("Betreft", "Calamiteitenmelding Entrea Lindenhout, locatie Harderwijk")], (35, 125)),
        ("p", "Geachte mevrouw Van den Bosch,"),
        ("p", "Op 14 april 2025 heeft Entrea Lindenhout bij de inspectie een calamiteit gemeld op grond van artikel "
              "4.1.8 van de Jeugdwet. Het betreft een ernstig incident op de crisisgroep in Harderwijk, waarbij een "
              "jeugdige (J.d.G., geboren 12-06-2010) na een periode van zelfbeschadiging met spoed in het ziekenhuis "
              "is opgenomen. De jeugdige was in afwachting van een plaatsing in een gesloten setting (JeugdzorgPlus) "
              "en stond al 19 weken op de wachtlijst."),
        ("p", "De inspectie heeft de aanbieder gevraagd een calamiteitenonderzoek te doen volgens de Leidraad "
              "calamiteitenonderzoek. Omdat de wachttijd een mogelijke oorzaak is, vragen wij ook de regio om "
              "informatie. Wij verzoeken u ons vóór 30 mei 2025 te laten weten (1) welke afspraken er met "
              "aanbieders zijn over crisisplaatsingen, (2) hoe de regio het wachtlijstbeheer heeft ingericht en "
              "(3) welke maatregelen u sinds januari 2025 hebt genomen."),
        ("pb",),
        ("p", "Bij de beoordeling betrekken wij ook het toezicht dat wij uitoefenen in het kader van het programma "
              "Toezicht Jeugd en de signalen van Jeugdbescherming Gelderland over de beschikbaarheid van plekken "
              "voor jeugdigen met een kinderbeschermingsmaatregel."),
        ("p", "Uw reactie kunt u sturen naar meldingen@igj.nl onder vermelding van ons kenmerk IGJ-2025-0412-CAL. "
              "Voor vragen kunt u contact opnemen met de heer Landman of met inspecteur H. Visscher "
              "(h.visscher@igj.nl)."),
        ("p", "Met vriendelijke groet,"),
        ("lines", ["de Inspectie Gezondheidszorg en Jeugd,", "namens deze,", ""]),
        ("sig", 310),
        ("lines", ["drs. W.F. Landman", "senior inspecteur Jeugd"]),
        ("small", "Afschrift: Raad van Bestuur Entrea Lindenhout; Jeugdbescherming Gelderland."),
    ],
    redact=[
        R("PERSON", "M. van den Bosch", "van den Bosch", "Van den Bosch"),
        R("PERSON", "W.F. Landman", "Landman", "W.F."),
        R("PHONE", "06 46 71 02 93", "06 46 71 02 93"),
        R("EMAIL", "wf.landman@igj.nl", "wf.landman@igj.nl"),
        R("PERSON", "J.d.G.", "J.d.G."),
        R("DOB", "12-06-2010", "12-06-2010"),
        R("HEALTH", "zelfbeschadiging", "zelfbeschadiging"),
        R("PERSON", "H. Visscher", "Visscher"),
        R("EMAIL", "h.visscher@igj.nl", "h.visscher@igj.nl"),
    ],
    keep=[
        K("ORG", "Inspectie Gezondheidszorg en Jeugd"), K("ORG", "Ministerie van Volksgezondheid, Welzijn en Sport"),
        K("ORG", REGIO, "Regio Noord-Veluwe"), K("CASE", "IGJ-2025-0412-CAL"), K("ORG", "Entrea Lindenhout"),
        K("PLACE", "Harderwijk"), K("LAW", "Jeugdwet"), K("PROGRAMME", "JeugdzorgPlus"),
        K("DOC", "Leidraad calamiteitenonderzoek"), K("PROGRAMME", "Toezicht Jeugd"),
        K("ORG", "Jeugdbescherming Gelderland"), K("EMAIL_FUNCTIONAL", "meldingen@igj.nl"),
        K("PHONE_GENERAL", "088 120 50 00"), K("WEB", "www.igj.nl"), K("FUNCTION", "senior inspecteur"),
        K("DATE", "2 mei 2025"), K("DATE", "30 mei 2025"), K("ORG", "Raad van Bestuur Entrea Lindenhout", "Raad van Bestuur"),
    ],
))


# ------------------------------------------------------------------ co11 melding form (AcroForm values hidden)
def render_form(doc, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle("Meldingsformulier calamiteit en geweld - jeugdhulp")
    c.setAuthor("Entrea Lindenhout")
    W, H = A4
    c.setFillColor(colors.HexColor("#7a1d4f"))
    c.setFont("Helvetica-Bold", 15)
    c.drawString(56, H - 70, "Meldingsformulier calamiteit en geweld in de jeugdhulp")
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 9.5)
    y = H - 92
    for ln in ["Melding door een jeugdhulpaanbieder aan de Inspectie Gezondheidszorg en Jeugd (IGJ) op grond van",
               "artikel 4.1.8 Jeugdwet. Kopie aan de regio waar de jeugdige is toegeleid (Regio Noord-Veluwe).",
               "Aanbieder: Entrea Lindenhout, locatie crisisgroep Harderwijk, Burgemeester de Meesterstraat 16.",
               "Formulierversie: IGJ-MF-Jeugd 2024.2. Datum melding: 14-04-2025."]:
        c.drawString(56, y, ln)
        y -= 13
    fields = doc["form_fields"]
    y -= 16
    for label, name, value, h in fields:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(56, y, label)
        c.acroForm.textfield(name=name, value=value, x=220, y=y - h + 11, width=320, height=h, fontName="Helvetica",
                             fontSize=9, borderColor=colors.grey, fillColor=colors.white, textColor=colors.black,
                             forceBorder=True, fieldFlags="multiline" if h > 20 else "")
        y -= h + 10
    c.setFont("Helvetica", 8.5)
    y -= 8
    for ln in ["Let op: meld vermoedens van huiselijk geweld of kindermishandeling ook bij Veilig Thuis (0800-2000).",
               "Vul geen diagnose in bij 'aard van het incident' als dat niet nodig is voor de beoordeling.",
               "Verzenden via het beveiligde meldportaal van de IGJ; bij storing: meldingen@igj.nl."]:
        c.drawString(56, y, ln)
        y -= 12
    c.save()


DOCS.append(dict(
    stem="co11_meldingsformulier_calamiteit", producer="custom", custom=render_form,
    form_fields=[
        ("Naam jeugdige", "jeugdige_naam", "Jayden de Groot", 16),
        ("Geboortedatum", "jeugdige_geb", "12-06-2010", 16),
        ("BSN", "jeugdige_bsn", BSN_TIM, 16),
        ("Woonplaats ouders", "ouders_adres", "Kerkpad 4, 8075 AN Elspeet", 16),
        ("Gemeente van herkomst", "gemeente", "Nunspeet", 16),
        ("Naam melder", "melder_naam", "Gerard Boomsma", 16),
        ("Functie melder", "melder_functie", "locatiemanager crisisgroep", 16),
        ("Telefoon melder (direct)", "melder_tel", "06 27 45 81 90", 16),
        ("Aard van het incident", "aard", "Ernstige zelfbeschadiging na psychotische decompensatie; opname "
                                          "Sint Jansdal. Wacht op plek JeugdzorgPlus sinds december 2024.", 48),
    ],
    blocks=[],
    redact=[
        R("PERSON", "Jayden de Groot", "Jayden de Groot", ch="form"),
        R("DOB", "12-06-2010", "12-06-2010", ch="form"),
        R("BSN", BSN_TIM, BSN_TIM, ch="form"),
        R("ADDRESS", "Kerkpad 4, 8075 AN Elspeet", "Kerkpad 4", ch="form"),
        R("PERSON", "Gerard Boomsma", "Boomsma", ch="form"),
        R("PHONE", "06 27 45 81 90", "06 27 45 81 90", ch="form"),
        R("HEALTH", "psychotische decompensatie", "psychotische decompensatie", ch="form"),
    ],
    keep=[
        K("ORG", "Inspectie Gezondheidszorg en Jeugd"), K("ORG", "IGJ"), K("LAW", "Jeugdwet"),
        K("ORG", REGIO, "Regio Noord-Veluwe"), K("ORG", "Entrea Lindenhout"), K("PLACE", "Harderwijk"),
        K("STREET", "Burgemeester de Meesterstraat 16", "Burgemeester de Meesterstraat"), K("ORG", "Veilig Thuis"),
        K("PHONE_GENERAL", "0800-2000"), K("EMAIL_FUNCTIONAL", "meldingen@igj.nl"), K("CASE", "IGJ-MF-Jeugd 2024.2"),
        K("DATE", "14-04-2025"),
    ],
))
