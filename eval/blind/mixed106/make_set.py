"""Rebuild set EE (eval/blind/mixed106): social housing allocation and urgency decisions, Utrecht 2025.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py ee03 ee17  # only these

Every keep probe's 'after' is counted on the original's PDFium text with the evaluator's own functions
(lib.finish); every redact probe has after=0, and check_gold.py checks it in the channel it claims.
All persons below the political level are invented.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from lib import Doc, W, render_rl, render_docx, render_scan, finish, DOCS_DIR, GOLD_DIR  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402

DOCS = {}


def doc(fn):
    DOCS[fn.__name__] = fn
    return fn


MOTIV = [("h2", "Informatie die niet openbaar gemaakt kan worden"), ("p", "Geen."), ("h2", "Motivering"),
         ("p", "Niet van toepassing.")]

# ------------------------------------------------------------------ recurring invented persons
VERMEULEN = ("Roos Vermeulen-Akkerman", "r.vermeulen-akkerman@utrecht.nl", "06 41 82 77 35")
HAVERKAMP = ("Jeroen Haverkamp", "j.haverkamp@utrecht.nl", "06-29384716")
IDRISSI = ("Noor el Idrissi", "n.elidrissi@utrecht.nl", "06-15938274")
LINDEBOOM = ("Bas Lindeboom", "b.lindeboom@utrecht.nl", "030 286 41 93")
KRAAIJEVELD = ("Wouter Kraaijeveld", "w.kraaijeveld@ggdru.nl", "06-52710384")


def keep_common(d, *names):
    table = {
        "utrecht": ("ORG", "Gemeente Utrecht", [W("Gemeente Utrecht")]),
        "hvv": ("LAW", "Huisvestingsverordening Utrecht 2019", [W("Huisvestingsverordening")]),
        "hw": ("LAW", "Huisvestingswet 2014", [W("Huisvestingswet 2014")]),
        "woningnet": ("ORG", "WoningNet", [W("WoningNet")]),
        "bo-ex": ("ORG", "Bo-Ex", [W("Bo-Ex")]),
        "mitros": ("ORG", "Mitros", [W("Mitros")]),
        "portaal": ("ORG", "Portaal", [W("Portaal")]),
        "ssh": ("ORG", "SSH", [W("SSH")]),
        "ggd": ("ORG", "GGD regio Utrecht", [W("GGD regio Utrecht")]),
        "14030": ("PHONE_GENERAL", "14 030", ["14 030"]),
        "stadsplateau": ("ADDRESS_PUBLIC", "Stadsplateau 1", [W("Stadsplateau 1")]),
        "urgcie": ("ORG", "urgentiecommissie", [W("urgentiecommissie")]),
        "woo": ("LAW", "Wet open overheid", [W("Wet open overheid")]),
        "dedevries": ("OFFICE_HOLDER", "wethouder Dennis de Vries", [W("Dennis de Vries")]),
        "dijksma": ("OFFICE_HOLDER", "burgemeester Sharon Dijksma", [W("Dijksma")]),
        "awb": ("LAW", "Algemene wet bestuursrecht", [W("Algemene wet bestuursrecht")]),
    }
    for n in names:
        k, v, ps = table[n]
        d.K(k, v, *ps)


# ================================================================== ee01 urgentiebesluit toekenning (reportlab Helvetica)
@doc
def ee01():
    d = Doc("ee01", "Besluit urgentieverklaring medische urgentie", "reportlab Helvetica")
    bsn = "174628390"
    b = [
        ("small", "Gemeente Utrecht | Urgentiebureau | Postbus 16200 | 3500 CE Utrecht"),
        ("sp", 10),
        ("p", "Aangetekend en per gewone post\nMevrouw E.M. Kooijmans-Breed\nKanaalstraat 188 bis\n3531 CM  Utrecht"),
        ("sp", 8),
        ("tbl", [["Datum", "Ons kenmerk", "Uw aanvraag van", "Behandeld door"],
                 ["17 juni 2025", "URG-2025-04117", "2 april 2025", "Noor el Idrissi"]], [30, 38, 35, 50], False),
        ("p", "<b>Onderwerp: besluit op uw aanvraag om een urgentieverklaring (medische urgentie)</b>"),
        ("p", "Geachte mevrouw Kooijmans-Breed,"),
        ("p", "Op 2 april 2025 ontvingen wij uw aanvraag om een urgentieverklaring op grond van artikel 2.6.1 van de "
              "Huisvestingsverordening Utrecht 2019. U bent bij WoningNet ingeschreven onder inschrijfnummer "
              "WN-5520871 en uw burgerservicenummer is " + bsn + ". Uw geboortedatum is 14 maart 1979."),
        ("h2", "Wat hebben wij onderzocht?"),
        ("p", "De urgentiecommissie heeft uw aanvraag besproken in haar vergadering van 10 juni 2025. Zij heeft daarbij "
              "het medisch advies van de GGD regio Utrecht betrokken. Uit dat advies blijkt dat u lijdt aan multiple "
              "sclerose met progressieve loopbeperking en dat u sinds januari 2025 een rolstoel gebruikt. Uw huidige "
              "woning op de derde verdieping zonder lift is daardoor niet meer bruikbaar."),
        ("h2", "Ons besluit"),
        ("p", "Wij kennen u een urgentieverklaring toe in de categorie medische urgentie, met als zoekprofiel een "
              "gelijkvloerse woning of een woning met lift, rolstoeltoegankelijk, in de gemeente Utrecht. De "
              "urgentieverklaring is geldig tot en met 17 december 2025. De corporaties Bo-Ex, Mitros en Portaal "
              "kunnen u in die periode een passend aanbod doen via WoningNet."),
        ("p", "Weigert u zonder goede reden een passend aanbod, dan vervalt de urgentieverklaring (artikel 2.6.8 "
              "Huisvestingsverordening)."),
        ("h2", "Bezwaar"),
        ("p", "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken na de dag van verzending bezwaar maken "
              "bij het college van burgemeester en wethouders van Utrecht, Postbus 16200, 3500 CE Utrecht, op grond van "
              "de Algemene wet bestuursrecht. Vermeld het kenmerk URG-2025-04117."),
        ("p", "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders van Utrecht,"),
        ("sig", "J. Haverkamp", "Dkg"),
        ("p", "Jeroen Haverkamp\nteamleider Urgentiebureau"),
        ("pb",),
        ("h2", "Bijlage: verloop van uw aanvraag"),
        ("tbl", [["Datum", "Stap", "Medewerker"],
                 ["2 april 2025", "Aanvraag ontvangen via het digitaal loket", "NeI"],
                 ["15 april 2025", "Huisbezoek Kanaalstraat 188 bis", "Noor el Idrissi"],
                 ["28 april 2025", "Medisch advies gevraagd aan GGD regio Utrecht", "NeI"],
                 ["3 juni 2025", "Advies ontvangen van dr. W. Kraaijeveld, arts M+G", "NeI"],
                 ["10 juni 2025", "Besproken in urgentiecommissie", "B. Lindeboom"],
                 ["17 juni 2025", "Besluit verzonden", "JH"]], [30, 95, 40]),
        ("p", "Vragen? Bel het Urgentiebureau via 14 030 of mail naar urgentie@utrecht.nl. Bezoekadres: Stadskantoor, "
              "Stadsplateau 1, Utrecht."),
    ]
    d.R("PERSON", "E.M. Kooijmans-Breed", "Kooijmans-Breed", "E.M. Kooijmans")
    d.R("ADDRESS", "Kanaalstraat 188 bis", "Kanaalstraat 188 bis", "3531 CM")
    d.R("BSN", bsn, bsn)
    d.R("DOB", "14 maart 1979", "14 maart 1979")
    d.R("CLIENT_NUMBER", "WN-5520871", "WN-5520871")
    d.R("HEALTH", "multiple sclerose", "multiple sclerose", W("rolstoel"))
    d.R("PERSON", IDRISSI[0], "Noor el Idrissi", "NeI")
    d.R("PERSON", HAVERKAMP[0], "Jeroen Haverkamp", W("Haverkamp"))
    d.R("PERSON", KRAAIJEVELD[0], W("Kraaijeveld"))
    d.R("PERSON", LINDEBOOM[0], W("Lindeboom"))
    d.R("INITIALS", "JH", W("JH"))
    keep_common(d, "utrecht", "hvv", "woningnet", "bo-ex", "mitros", "portaal", "ggd", "14030", "stadsplateau",
                "urgcie", "awb")
    d.K("CASE", "URG-2025-04117", "URG-2025-04117")
    d.K("MAILBOX", "urgentie@utrecht.nl", "urgentie@utrecht.nl")
    d.K("ADDRESS_PUBLIC", "Postbus 16200", "Postbus 16200")
    d.K("DATE", "10 juni 2025", "10 juni 2025")
    d.K("TITLE", "teamleider Urgentiebureau", "teamleider Urgentiebureau")
    return d, render_rl(d, b, font="Helvetica", header="Gemeente Utrecht - Urgentiebureau",
                        author="Gemeente Utrecht")


# ================================================================== ee02 afwijzing (docx -> LibreOffice)
@doc
def ee02():
    d = Doc("ee02", "Besluit afwijzing urgentie", "LibreOffice Writer (python-docx)")
    bsn = "205183748"
    b = [
        ("right", "Gemeente Utrecht\nWonen en Urgentie\nStadsplateau 1\n3521 AZ Utrecht\nTelefoon 14 030"),
        ("p", "De heer M. Achahbar\nAmsterdamsestraatweg 611 A\n3553 EE Utrecht"),
        ("p", "Utrecht, 24 juli 2025\nKenmerk: URG-2025-05290\nOnderwerp: afwijzing urgentieverklaring"),
        ("p", "Geachte heer Achahbar,"),
        ("p", "U hebt op 9 mei 2025 een urgentieverklaring aangevraagd in de categorie sociale urgentie. U woont sinds "
              "uw scheiding tijdelijk bij uw broer op het adres Amsterdamsestraatweg 611 A. In uw aanvraag, ingediend "
              "met burgerservicenummer " + bsn + " en geboortedatum 2 november 1990, geeft u aan dat u kampt met een "
              "depressieve stoornis waarvoor u wordt behandeld bij Altrecht."),
        ("h2", "Beoordeling"),
        ("p", "De urgentiecommissie heeft uw aanvraag op 15 juli 2025 beoordeeld. Een relatiebeëindiging is volgens "
              "artikel 2.6.3, tweede lid, van de Huisvestingsverordening Utrecht 2019 geen grond voor urgentie, tenzij "
              "sprake is van een acute noodsituatie die u niet zelf had kunnen voorkomen. Uit het gesprek met onze "
              "consulent, mevrouw Idrissi, is gebleken dat u tijdelijk onderdak hebt en dat uw inschrijfduur bij "
              "WoningNet (sinds 2014) u reële kansen geeft via de reguliere weg."),
        ("p", "Het medisch advies van de GGD regio Utrecht (dr. Kraaijeveld) concludeert dat de psychische klachten geen "
              "directe relatie hebben met de woonsituatie. Wij wijzen uw aanvraag daarom af."),
        ("h2", "Wat kunt u doen?"),
        ("p", "Het Buurtteam in uw wijk kan u helpen bij het zoeken naar woonruimte. U kunt ook reageren op woningen "
              "van Bo-Ex, Mitros en Portaal via WoningNet. Als u het niet eens bent met dit besluit, kunt u binnen zes "
              "weken bezwaar maken op grond van de Algemene wet bestuursrecht."),
        ("p", "Met vriendelijke groet,\n\nNoor el Idrissi\nconsulent urgentie\nn.elidrissi@utrecht.nl | 06-15938274"),
        ("small", "Dit besluit is genomen namens het college van burgemeester en wethouders van Utrecht."),
    ]
    d.R("PERSON", "M. Achahbar", W("Achahbar"))
    d.R("ADDRESS", "Amsterdamsestraatweg 611 A", "Amsterdamsestraatweg 611 A", "3553 EE")
    d.R("BSN", bsn, bsn)
    d.R("DOB", "2 november 1990", "2 november 1990")
    d.R("HEALTH", "depressieve stoornis", "depressieve stoornis", "psychische klachten")
    d.R("PERSON", IDRISSI[0], "Noor el Idrissi", W("Idrissi"))
    d.R("EMAIL", IDRISSI[1], IDRISSI[1])
    d.R("PHONE", IDRISSI[2], IDRISSI[2])
    d.R("PERSON", KRAAIJEVELD[0], W("Kraaijeveld"))
    keep_common(d, "utrecht", "hvv", "woningnet", "bo-ex", "mitros", "portaal", "ggd", "14030", "stadsplateau",
                "urgcie", "awb")
    d.K("CASE", "URG-2025-05290", "URG-2025-05290")
    d.K("ORG", "Altrecht", W("Altrecht"))
    d.K("ORG", "Buurtteam", W("Buurtteam"))
    d.K("TITLE", "consulent urgentie", "consulent urgentie")
    return d, render_docx(d, b, font="Liberation Sans", author="Noor el Idrissi")


# ================================================================== ee03 verslag urgentiecommissie (DejaVuSans)
@doc
def ee03():
    d = Doc("ee03", "Verslag urgentiecommissie 10 juni 2025", "reportlab DejaVuSans")
    rows = [["Dossier", "Aanvrager", "Geb.datum", "Grond", "Toelichting", "Besluit"],
            ["URG-2025-04117", "E.M. Kooijmans-Breed", "14-03-1979", "medisch", "MS, rolstoelgebonden, 3-hoog zonder lift",
             "toekennen"],
            ["URG-2025-04203", "R.P. Stoopendaal", "08-09-1956", "medisch", "heupprothese na val; COPD stadium 3",
             "toekennen"],
            ["URG-2025-04260", "D. Dragomir", "21-01-1988", "sociaal", "gezin met 3 kinderen, dakloos na uitzetting",
             "aanhouden"],
            ["URG-2025-04311", "K.J. van Oirschot", "30-06-1969", "mantelzorg", "zorg voor moeder met dementie",
             "toekennen"],
            ["URG-2025-04377", "F. Yilmazer", "11-12-2001", "sociaal", "uitstroom Blijf Groep na huiselijk geweld",
             "toekennen"],
            ["URG-2025-04402", "T.A. Groenendijk", "05-05-1994", "medisch", "angststoornis, geen woonrelatie",
             "afwijzen"]]
    b = [
        ("h1", "Verslag vergadering urgentiecommissie"),
        ("tbl", [["Datum", "10 juni 2025, 13.30-16.00 uur"], ["Locatie", "Stadskantoor, Stadsplateau 1, zaal 6.12"],
                 ["Aanwezig", "I. Oosterbroek (voorzitter), J. Haverkamp, F. Dijkhuis-Steur, dr. W. Kraaijeveld "
                              "(GGD regio Utrecht, medisch adviseur), Y. Bouzian (Mitros), B. Lindeboom (secretaris)"],
                 ["Afwezig", "P.J. Scholtens (Portaal)"]], [28, 140], False),
        ("h2", "1. Opening en mededelingen"),
        ("p", "De voorzitter opent de vergadering. Ilse Oosterbroek meldt dat het aantal aanvragen in het tweede kwartaal "
              "met 12 procent is gestegen ten opzichte van 2024. Bas deelt de nieuwe werkinstructie voor de toets op "
              "zelfredzaamheid (versie 2.1) uit."),
        ("h2", "2. Bespreking aanvragen"),
        ("tbl", rows, [31, 32, 23, 21, 40, 22]),
        ("p", "Over dossier URG-2025-04260 merkt Fenna op dat eerst moet worden uitgezocht of de uitzetting door "
              "huurachterstand verwijtbaar was; het Buurtteam levert uiterlijk 20 juni 2025 informatie aan. Yasmina "
              "geeft aan dat Mitros een noodwoning in Overvecht beschikbaar heeft."),
        ("h2", "3. Evaluatie uitstroom maatschappelijke opvang"),
        ("p", "De commissie bespreekt de notitie over de uitstroom uit de maatschappelijke opvang en de afspraken uit "
              "de prestatieafspraken 2025. Het aantal woningen voor uitstroom blijft achter bij de afspraak van 450 per "
              "jaar. Jeroen neemt dit mee naar het bestuurlijk overleg met wethouder Dennis de Vries op 1 juli 2025."),
        ("h2", "4. Rondvraag en sluiting"),
        ("p", "Volgende vergadering: 8 juli 2025. Actiepunten: (1) Haverkamp: memo uitstroom, (2) Lindeboom: "
              "jaarverslag 2024 publiceren, (3) Dijkhuis-Steur: juridische toets dossier URG-2025-04260."),
    ]
    for nm, probes in [("E.M. Kooijmans-Breed", ["Kooijmans-Breed"]), ("R.P. Stoopendaal", [W("Stoopendaal")]),
                       ("D. Dragomir", [W("Dragomir")]), ("K.J. van Oirschot", [W("Oirschot")]),
                       ("F. Yilmazer", [W("Yilmazer")]), ("T.A. Groenendijk", [W("Groenendijk")])]:
        d.R("PERSON", nm, *probes)
    for dob in ["14-03-1979", "08-09-1956", "21-01-1988", "30-06-1969", "11-12-2001", "05-05-1994"]:
        d.R("DOB", dob, dob)
    for h in ["MS, rolstoelgebonden", "COPD stadium 3", "heupprothese", "moeder met dementie",
              "na huiselijk geweld", "angststoornis"]:
        d.R("HEALTH", h, h)
    d.R("PERSON", "Ilse Oosterbroek", W("Oosterbroek"), "Ilse Oosterbroek")
    d.R("PERSON", HAVERKAMP[0], W("Haverkamp"), W("Jeroen"))
    d.R("PERSON", "Fenna Dijkhuis-Steur", "Dijkhuis-Steur", W("Fenna"))
    d.R("PERSON", KRAAIJEVELD[0], W("Kraaijeveld"))
    d.R("PERSON", "Yasmina Bouzian", W("Bouzian"), W("Yasmina"))
    d.R("PERSON", LINDEBOOM[0], W("Lindeboom"), W("Bas"))
    d.R("PERSON", "Pieter-Jan Scholtens", W("Scholtens"))
    keep_common(d, "ggd", "mitros", "portaal", "stadsplateau", "urgcie", "dedevries")
    for c in ["URG-2025-04117", "URG-2025-04203", "URG-2025-04260", "URG-2025-04311", "URG-2025-04377",
              "URG-2025-04402"]:
        d.K("CASE", c, c)
    d.K("DATE", "10 juni 2025", "10 juni 2025")
    d.K("DATE", "8 juli 2025", "8 juli 2025")
    d.K("ORG", "Blijf Groep", W("Blijf Groep"))
    d.K("PLACE", "Overvecht", W("Overvecht"))
    d.K("ORG", "Buurtteam", W("Buurtteam"))
    d.K("TERM", "prestatieafspraken 2025", "prestatieafspraken 2025")
    d.K("ROLE", "voorzitter", W("voorzitter"))
    return d, render_rl(d, b, font="DejaVuSans", size=9.5, header="Urgentiecommissie Utrecht - vertrouwelijk",
                        author="Bas Lindeboom")


# ================================================================== ee04 medisch advies GGD (LiberationSerif)
@doc
def ee04():
    d = Doc("ee04", "Medisch advies urgentie", "reportlab LiberationSerif")
    b = [
        ("h1", "GGD regio Utrecht - Medisch advies woonurgentie"),
        ("tbl", [["Aan", "Urgentiebureau gemeente Utrecht, t.a.v. Noor el Idrissi"],
                 ["Van", "dr. W. Kraaijeveld, arts Maatschappij en Gezondheid"],
                 ["Datum", "3 juni 2025"], ["Uw kenmerk", "URG-2025-04117"], ["Ons kenmerk", "GGD-MA-25-1893"],
                 ["Betreft", "mevrouw Esther Kooijmans-Breed, geboren 14 maart 1979"]], [35, 130], False),
        ("h2", "Vraagstelling"),
        ("p", "Is er een direct verband tussen de medische situatie van betrokkene en de huidige woonsituatie, en is "
              "verhuizing binnen zes maanden noodzakelijk?"),
        ("h2", "Bevindingen"),
        ("p", "Betrokkene is bekend met relapsing-remitting multiple sclerose, sinds 2022 overgegaan in secundair "
              "progressieve MS. Volgens informatie van de behandelend neuroloog van het St. Antonius Ziekenhuis "
              "(dr. A. Veenhuizen) is de loopafstand teruggelopen tot minder dan 20 meter. Zij gebruikt sinds januari "
              "2025 een elektrische rolstoel. De woning ligt op de derde verdieping zonder lift; trappen lopen is niet "
              "meer mogelijk zonder hulp van haar partner, de heer Dennis Kooijmans."),
        ("h2", "Advies"),
        ("p", "Er is een direct en ernstig verband tussen de medische situatie en de woonsituatie. Aanpassing van de "
              "huidige woning is volgens de Wmo-ergotherapeut niet mogelijk. Ik adviseer urgentie toe te kennen voor "
              "een rolstoeltoegankelijke woning (zoekprofiel R1 volgens de Huisvestingsverordening Utrecht 2019)."),
        ("p", "Dit advies bevat medische gegevens en is uitsluitend bestemd voor de urgentiecommissie."),
        ("sp", 8),
        ("p", "dr. W. Kraaijeveld\narts M+G, BIG-nummer 59018273401\nw.kraaijeveld@ggdru.nl | 06-52710384"),
    ]
    d.R("PERSON", "Esther Kooijmans-Breed", "Kooijmans", W("Esther"))
    d.R("DOB", "14 maart 1979", "14 maart 1979")
    d.R("HEALTH", "multiple sclerose", "multiple sclerose", "secundair progressieve MS", "elektrische rolstoel",
        "loopafstand")
    d.R("PERSON", IDRISSI[0], "Noor el Idrissi")
    d.R("PERSON", KRAAIJEVELD[0], W("Kraaijeveld"), "w.kraaijeveld@ggdru.nl", "06-52710384")
    d.R("PERSON_NUMBER", "BIG-nummer", "59018273401")
    d.R("PERSON", "dr. A. Veenhuizen", W("Veenhuizen"))
    d.R("PERSON", "Dennis Kooijmans", "Dennis Kooijmans")
    keep_common(d, "ggd", "hvv", "urgcie")
    d.K("CASE", "URG-2025-04117", "URG-2025-04117")
    d.K("CASE", "GGD-MA-25-1893", "GGD-MA-25-1893")
    d.K("ORG", "St. Antonius Ziekenhuis", "St. Antonius Ziekenhuis")
    d.K("TITLE", "arts Maatschappij en Gezondheid", "arts Maatschappij en Gezondheid")
    d.K("LAW", "Wmo", W("Wmo"))
    d.K("TERM", "zoekprofiel R1", "zoekprofiel R1")
    d.meta = {"Author": "W. Kraaijeveld (GGD)"}
    return d, render_rl(d, b, font="LiberationSerif", size=10.5, author="Kraaijeveld")


# ================================================================== ee05 prestatieafspraken (docx -> LibreOffice, 3 p.)
DIRECTORS = [("Bo-Ex", "Anke Wiersema-Dolman"), ("Mitros", "Ruud Hofstede"), ("Portaal", "Gerdien Valkema"),
             ("SSH", "Thijs Boerefijn")]
TENANTS = [("Huurdersvereniging Bo-Ex '91", "Henk Snijderman"), ("Huurdersraad Mitros", "Gonnie Rademaker"),
           ("Huurdersbelangenvereniging Portaal Utrecht", "Ferhat Yildirimkaya")]


@doc
def ee05():
    d = Doc("ee05", "Prestatieafspraken Utrecht 2026", "LibreOffice Writer (python-docx)")
    b = [
        ("h1", "Prestatieafspraken Utrecht 2026"),
        ("p", "Jaarschijf 2026 bij de Samenwerkingsafspraken 2025-2029 tussen de gemeente Utrecht, de woningcorporaties "
              "Bo-Ex, Mitros, Portaal en SSH en hun huurdersorganisaties, op grond van artikel 44 van de Woningwet."),
        ("h2", "1. Partijen"),
        ("p", "De gemeente Utrecht, rechtsgeldig vertegenwoordigd door wethouder Dennis de Vries (Wonen), handelend op "
              "grond van het collegebesluit van 25 november 2025;\n"
              "Stichting Bo-Ex '91, vertegenwoordigd door haar directeur-bestuurder, mevrouw A. Wiersema-Dolman;\n"
              "Stichting Mitros, vertegenwoordigd door haar directeur-bestuurder, de heer R. Hofstede;\n"
              "Stichting Portaal, vertegenwoordigd door de regiodirecteur Utrecht, mevrouw G. Valkema;\n"
              "Stichting SSH, vertegenwoordigd door haar bestuurder, de heer T. Boerefijn;\n"
              "en de huurdersorganisaties genoemd in bijlage 1."),
        ("h2", "2. Betaalbaarheid en beschikbaarheid"),
        ("p", "De corporaties houden in 2026 ten minste 44.000 sociale huurwoningen in Utrecht beschikbaar. Zij "
              "voegen gezamenlijk 1.150 sociale huurwoningen toe, waarvan 600 in Leidsche Rijn en Merwede. De huurstijging "
              "blijft binnen de kaders van het Sociaal Huurakkoord. Bij nieuwe verhuringen wijzen de corporaties ten "
              "minste 95 procent passend toe volgens de Woningwet."),
        ("h2", "3. Woningtoewijzing en urgentie"),
        ("p", "Partijen reserveren in 2026 gezamenlijk 1.050 woningen voor urgent woningzoekenden en bijzondere "
              "doelgroepen: 400 voor houders van een urgentieverklaring, 450 voor uitstroom uit maatschappelijke "
              "opvang en beschermd wonen, en 200 voor vergunninghouders (taakstelling). De gemeente zorgt dat de "
              "urgentiecommissie binnen acht weken beslist. De corporaties melden elk kwartaal via WoningNet hoeveel "
              "urgenten zijn gehuisvest. De Wet versterking regie volkshuisvesting wordt bij de volgende jaarschijf "
              "verwerkt in een nieuw volkshuisvestingsprogramma."),
        ("h2", "4. Leefbaarheid en zorg"),
        ("p", "Corporaties en gemeente zetten de aanpak Thuis in de Wijk voort. Bij signalen van verward gedrag of "
              "overlast werken de wijkconsulenten samen met de Buurtteams. Het Skaeve Huse-project in Utrecht Oost "
              "wordt uitgebreid met vier woningen."),
        ("h2", "5. Monitoring"),
        ("p", "De voortgang wordt besproken in het bestuurlijk overleg van 1 juli 2026. Het secretariaat ligt bij de "
              "gemeente (afdeling Wonen, contactpersoon Roos Vermeulen-Akkerman, r.vermeulen-akkerman@utrecht.nl)."),
        ("pb",),
        ("h2", "Ondertekening"),
        ("p", "Aldus overeengekomen en in zevenvoud getekend te Utrecht op 15 december 2025."),
        ("tbl", [["Partij", "Naam", "Functie", "Handtekening"],
                 ["Gemeente Utrecht", "Dennis de Vries", "wethouder Wonen", ""]] +
                [[org, nm, "directeur-bestuurder" if org != "Portaal" else "regiodirecteur", ""]
                 for org, nm in DIRECTORS] +
                [[org, nm, "voorzitter", ""] for org, nm in TENANTS]),
        ("h2", "Bijlage 1. Huurdersorganisaties"),
        ("p", "Huurdersvereniging Bo-Ex '91, secretariaat: secretariaat@hvboex91.nl\n"
              "Huurdersraad Mitros, p/a Kanaalweg 27, Utrecht (kantoor Mitros)\n"
              "Huurdersbelangenvereniging Portaal Utrecht, contact: Ferhat Yildirimkaya, 06-38201746"),
        ("h2", "Bijlage 2. Kerncijfers"),
        ("tbl", [["Corporatie", "Sociale huurwoningen 1-1-2025", "Toevoeging 2026", "Urgenten 2026"],
                 ["Bo-Ex", "9.850", "210", "90"], ["Mitros", "17.400", "420", "150"],
                 ["Portaal", "13.900", "380", "140"], ["SSH", "3.100", "140", "20"]]),
    ]
    for org, nm in DIRECTORS:
        sur = nm.split()[-1]
        d.R("PERSON", nm, nm, W(sur))
    for org, nm in TENANTS:
        d.R("PERSON", nm, nm, W(nm.split()[-1]))
    d.R("PHONE", "06-38201746", "06-38201746")
    d.R("PERSON", VERMEULEN[0], "Vermeulen-Akkerman", VERMEULEN[1])
    d.R("PERSON", "R. Vermeulen (document author)", "R. Vermeulen", ch="metadata")
    keep_common(d, "dedevries", "bo-ex", "mitros", "portaal", "ssh", "woningnet", "urgcie")
    d.K("LAW", "Woningwet", W("Woningwet"))
    d.K("LAW", "Wet versterking regie volkshuisvesting", "Wet versterking regie volkshuisvesting")
    d.K("PLACE", "Leidsche Rijn", "Leidsche Rijn")
    d.K("PLACE", "Merwede", W("Merwede"))
    d.K("PROGRAMME", "Sociaal Huurakkoord", "Sociaal Huurakkoord")
    d.K("PROGRAMME", "Thuis in de Wijk", "Thuis in de Wijk")
    d.K("PROGRAMME", "Skaeve Huse", "Skaeve Huse")
    d.K("TITLE", "directeur-bestuurder", "directeur-bestuurder")
    d.K("TITLE", "regiodirecteur", W("regiodirecteur"))
    d.K("ORG", "Huurdersraad Mitros", "Huurdersraad Mitros")
    d.K("ORG", "Huurdersbelangenvereniging Portaal Utrecht", "Huurdersbelangenvereniging Portaal Utrecht")
    d.K("MAILBOX", "secretariaat@hvboex91.nl", "secretariaat@hvboex91.nl")
    d.K("AMOUNT", "1.050 woningen", "1.050 woningen")
    d.K("DATE", "15 december 2025", "15 december 2025")
    d.K("ADDRESS_PUBLIC", "Kanaalweg 27", "Kanaalweg 27")
    return d, render_docx(d, b, font="Carlito", author="R. Vermeulen")


# ================================================================== ee06 scanned signature page (scan)
@doc
def ee06():
    d = Doc("ee06", "Prestatieafspraken Utrecht 2026 - getekende pagina (scan)", "scan (reportlab Times -> JPEG)")
    rows = [["Partij", "Naam en functie", "Handtekening"],
            ["Gemeente Utrecht", "Dennis de Vries, wethouder", ""]]
    b = [("h2", "Prestatieafspraken Utrecht 2026 - ondertekening"),
         ("p", "Aldus overeengekomen te Utrecht op 15 december 2025."), ("sp", 6)]
    for org, nm in DIRECTORS + TENANTS[:2]:
        b += [("p", f"Namens {org}:"), ("p", f"{nm}"), ("sig", nm.split()[0][0] + ". " + nm.split()[-1],
                                                          "Femke" if len(nm) % 2 else "Dkg"), ("sp", 4)]
    b += [("p", "Namens de gemeente Utrecht: wethouder Dennis de Vries"), ("sig", "D. de Vries", "Breip")]
    for org, nm in DIRECTORS + TENANTS[:2]:
        d.R("PERSON", nm, nm, ch="ocr")
    render = render_scan(d, b, font="Times-Roman", size=12, angle=0.6, seed=6)
    return d, render


# ================================================================== ee07 e-mail huurdersvereniging (Carlito)
@doc
def ee07():
    d = Doc("ee07", "E-mail huurdersvereniging over toewijzingsregels", "reportlab Carlito")
    b = [
        ("mono", "Van:        Henk Snijderman <h.snijderman@hvboex91.nl>\n"
                 "Verzonden:  dinsdag 4 maart 2025 21:14\n"
                 "Aan:        wonen@utrecht.nl\n"
                 "CC:         Gonnie Rademaker <gonnie.rademaker@ziggo.nl>; secretariaat@hvboex91.nl\n"
                 "Onderwerp:  Zienswijze wijziging urgentieregeling en voorrang voor doorstromers"),
        ("sp", 6),
        ("p", "Geachte heer De Vries, beste medewerkers van de afdeling Wonen,"),
        ("p", "Namens Huurdersvereniging Bo-Ex '91 en Huurdersraad Mitros geven wij onze zienswijze op het voorstel om "
              "de Huisvestingsverordening Utrecht 2019 te wijzigen. Wij steunen het doel om urgent woningzoekenden "
              "sneller te helpen, maar maken ons zorgen over de gevolgen voor reguliere woningzoekenden, van wie "
              "velen al meer dan tien jaar ingeschreven staan bij WoningNet."),
        ("p", "Onze punten:\n"
              "1. Houd het aandeel urgenten in de vrijkomende woningen onder 40 procent per corporatie.\n"
              "2. Geef ouderen die een eengezinswoning achterlaten (doorstromers) voorrang bij seniorenwoningen.\n"
              "3. Betrek de huurdersorganisaties bij de jaarlijkse evaluatie van de urgentiecommissie.\n"
              "4. Publiceer de wachttijden per wijk, zoals Den Haag en Amsterdam al doen."),
        ("p", "Een van onze leden, mevrouw Jannie Verhoef-Kamp (82) uit Kanaleneiland, wacht al drie jaar op een "
              "benedenwoning en heeft ons toestemming gegeven haar situatie als voorbeeld te noemen. Zij woont aan "
              "de Marshallaan 143 en kan door haar hartfalen de trap nauwelijks nog op."),
        ("p", "Wij horen graag wanneer het overleg met wethouder Dennis de Vries plaatsvindt. U kunt mij bereiken op "
              "06-47193820."),
        ("p", "Met vriendelijke groet,\n\nHenk Snijderman\nvoorzitter Huurdersvereniging Bo-Ex '91\n"
              "mede namens Gonnie Rademaker, voorzitter Huurdersraad Mitros"),
        ("sp", 10),
        ("small", "Ontvangen door de gemeente Utrecht op 5 maart 2025, geregistreerd onder 2025-0318774, "
                  "toegewezen aan R. Vermeulen-Akkerman (beleidsadviseur wonen)."),
    ]
    d.R("PERSON", "Henk Snijderman", "Henk Snijderman", W("Snijderman"), "h.snijderman@hvboex91.nl")
    d.R("PERSON", "Gonnie Rademaker", "Gonnie Rademaker", "gonnie.rademaker@ziggo.nl")
    d.R("PHONE", "06-47193820", "06-47193820")
    d.R("PERSON", "Jannie Verhoef-Kamp", "Verhoef-Kamp")
    d.R("ADDRESS", "Marshallaan 143", "Marshallaan 143")
    d.R("HEALTH", "hartfalen", W("hartfalen"))
    d.R("PERSON", VERMEULEN[0], "Vermeulen-Akkerman")
    keep_common(d, "hvv", "woningnet", "urgcie", "dedevries")
    d.K("MAILBOX", "wonen@utrecht.nl", "wonen@utrecht.nl")
    d.K("MAILBOX", "secretariaat@hvboex91.nl", "secretariaat@hvboex91.nl")
    d.K("ORG", "Huurdersvereniging Bo-Ex '91", "Huurdersvereniging Bo-Ex '91")
    d.K("ORG", "Huurdersraad Mitros", "Huurdersraad Mitros")
    d.K("PLACE", "Kanaleneiland", W("Kanaleneiland"))
    d.K("PLACE", "Den Haag", W("Den Haag"))
    d.K("CASE", "2025-0318774", "2025-0318774")
    d.K("TITLE", "beleidsadviseur wonen", "beleidsadviseur wonen")
    d.K("OFFICE_HOLDER", "De Vries (aanhef)", W("De Vries"))
    return d, render_rl(d, b, font="Carlito", size=11, author="Gemeente Utrecht, DMS")


# ================================================================== ee08 e-mail thread (docx, 2 p.)
@doc
def ee08():
    d = Doc("ee08", "E-mailwisseling huurdersorganisaties en gemeente", "LibreOffice Writer (python-docx)")
    b = [
        ("p", "<b>Van:</b> Vermeulen-Akkerman, Roos <r.vermeulen-akkerman@utrecht.nl>\n<b>Verzonden:</b> vrijdag 21 maart "
              "2025 10:02\n<b>Aan:</b> Henk Snijderman <h.snijderman@hvboex91.nl>; Ferhat Yildirimkaya "
              "<f.yildirimkaya@hbvportaal.nl>\n<b>CC:</b> Haverkamp, Jeroen <j.haverkamp@utrecht.nl>\n<b>Onderwerp:</b> "
              "RE: Zienswijze wijziging urgentieregeling"),
        ("p", "Beste Henk en Ferhat,"),
        ("p", "Dank voor jullie zienswijze. Wethouder Dennis de Vries ontvangt jullie graag op woensdag 9 april 2025 "
              "om 15.00 uur in het Stadskantoor. Op de agenda staan het quotum voor urgenten, de voorrang voor "
              "doorstromers en de publicatie van wachttijden per wijk. Jeroen Haverkamp van het Urgentiebureau schuift "
              "aan voor vragen over de werkwijze van de urgentiecommissie."),
        ("p", "Over het voorbeeld van jullie lid: ik heb haar gegevens doorgezet naar Bo-Ex, maar zou willen vragen "
              "om gezondheidsgegevens van leden voortaan niet meer per mail te delen."),
        ("p", "Met vriendelijke groet,\nRoos Vermeulen-Akkerman\nBeleidsadviseur wonen | Gemeente Utrecht\n"
              "T 06 41 82 77 35 | werkdagen ma-di-do"),
        ("p", "<b>Van:</b> Ferhat Yildirimkaya <f.yildirimkaya@hbvportaal.nl>\n<b>Verzonden:</b> donderdag 20 maart 2025 "
              "18:47\n<b>Aan:</b> wonen@utrecht.nl\n<b>Onderwerp:</b> Zienswijze wijziging urgentieregeling"),
        ("p", "Geachte mevrouw, geachte heer,"),
        ("p", "De Huurdersbelangenvereniging Portaal Utrecht sluit zich aan bij de zienswijze van Huurdersvereniging "
              "Bo-Ex '91 van 4 maart. Wij voegen één punt toe: woningzoekenden met een urgentie uit de maatschappelijke "
              "opvang moeten begeleiding krijgen, zodat buren niet de gevolgen dragen. In de Zuilense Ring hebben wij "
              "daar slechte ervaringen mee."),
        ("p", "Ik ben zelf bereikbaar op 06-38201746 of via mijn privéadres ferhat.yk@outlook.com."),
        ("p", "Met vriendelijke groet,\nFerhat Yildirimkaya\nvoorzitter HBV Portaal Utrecht"),
        ("pb",),
        ("p", "<b>Van:</b> Haverkamp, Jeroen\n<b>Verzonden:</b> vrijdag 21 maart 2025 11:30\n<b>Aan:</b> Vermeulen-Akkerman, "
              "Roos\n<b>Onderwerp:</b> RE: Zienswijze wijziging urgentieregeling"),
        ("p", "Hoi Roos,\nIk kan 9 april. Neem jij de cijfers over 2024 mee (412 toegekende urgenties, 187 "
              "afwijzingen)? Ik vraag Bas om het jaarverslag vóór die datum op utrecht.nl te zetten.\nGroet, Jeroen"),
        ("p", "Verzonden vanaf mijn iPhone"),
    ]
    d.R("PERSON", VERMEULEN[0], "Vermeulen-Akkerman", W("Roos"), VERMEULEN[1], VERMEULEN[2])
    d.R("PERSON", "Henk Snijderman", "Henk Snijderman", "h.snijderman@hvboex91.nl", W("Henk"))
    d.R("PERSON", "Ferhat Yildirimkaya", W("Yildirimkaya"), W("Ferhat"), "f.yildirimkaya@hbvportaal.nl",
        "ferhat.yk@outlook.com", "06-38201746")
    d.R("PERSON", HAVERKAMP[0], W("Haverkamp"), W("Jeroen"), HAVERKAMP[1])
    d.R("PERSON", LINDEBOOM[0], W("Bas"))
    keep_common(d, "dedevries", "urgcie", "bo-ex")
    d.K("MAILBOX", "wonen@utrecht.nl", "wonen@utrecht.nl")
    d.K("ORG", "Huurdersbelangenvereniging Portaal Utrecht", "Huurdersbelangenvereniging Portaal Utrecht")
    d.K("ORG", "Urgentiebureau", W("Urgentiebureau"))
    d.K("DATE", "9 april 2025", "9 april 2025")
    d.K("PLACE", "Zuilense Ring", "Zuilense Ring")
    d.K("BUILDING", "Stadskantoor", W("Stadskantoor"))
    d.K("TITLE", "Beleidsadviseur wonen", "Beleidsadviseur wonen")
    d.K("AMOUNT", "412 toegekende urgenties", "412 toegekende urgenties")
    return d, render_docx(d, b, font="Liberation Serif", size=11, author="Gemeente Utrecht")



# ================================================================== ee09 schriftelijke vragen + antwoord college (Times, 2 p.)
@doc
def ee09():
    d = Doc("ee09", "Schriftelijke vragen over wachttijden urgenten en antwoord college", "reportlab Times-Roman")
    b = [
        ("center", "<b>Gemeenteraad van Utrecht</b>"),
        ("h1", "Schriftelijke vragen 2025/087"),
        ("tbl", [["Vragensteller", "raadslid Mila Verbruggen (PvdA), mede namens raadslid Tarik Oudshoorn (SP)"],
                 ["Datum indiening", "12 mei 2025"], ["Datum beantwoording", "10 juni 2025"],
                 ["Portefeuillehouder", "wethouder Dennis de Vries (Wonen)"],
                 ["Onderwerp", "Wachttijden voor urgent woningzoekenden en uitstroom uit de opvang"]], [45, 120], False),
        ("p", "Inleiding van de vragensteller: Uit het artikel in DUIC van 8 mei 2025 blijkt dat gezinnen met een "
              "urgentieverklaring gemiddeld elf maanden wachten op een woning. Een moeder van drie kinderen vertelde "
              "dat zij al veertien maanden in de Nachtopvang aan de Catharijnesingel verblijft."),
        ("h2", "Vraag 1"),
        ("p", "Herkent het college het beeld dat urgenten in Utrecht gemiddeld elf maanden moeten wachten?"),
        ("p", "<b>Antwoord</b>\nGedeeltelijk. In 2024 was de gemiddelde zoektijd na toekenning van een "
              "urgentieverklaring 7,8 maanden; voor gezinnen met drie of meer kinderen was dat 11,2 maanden, omdat "
              "grote sociale huurwoningen schaars zijn. De urgentieverklaring is in de Huisvestingsverordening "
              "Utrecht 2019 zes maanden geldig en kan eenmalig worden verlengd."),
        ("h2", "Vraag 2"),
        ("p", "Hoeveel woningen hebben Bo-Ex, Mitros, Portaal en SSH in 2024 aan urgenten toegewezen, en is de "
              "afspraak uit de prestatieafspraken gehaald?"),
        ("p", "<b>Antwoord</b>\nIn 2024 zijn 1.004 woningen toegewezen aan urgenten en bijzondere doelgroepen, tegen "
              "een afspraak van 1.050. Het tekort zit vooral bij de uitstroom uit beschermd wonen. Wij bespreken dit "
              "in het bestuurlijk overleg met de corporaties."),
        ("h2", "Vraag 3"),
        ("p", "Is het college bereid de wachttijden per doelgroep halfjaarlijks aan de raad te rapporteren, zoals "
              "raadslid Oudshoorn eerder bij motie 2024/M41 vroeg?"),
        ("p", "<b>Antwoord</b>\nJa. Wij nemen de wachttijden op in de monitor Wonen, die wij halfjaarlijks met de raad "
              "delen, voor het eerst in september 2025. Persoonsgegevens van individuele woningzoekenden nemen wij daarin "
              "niet op."),
        ("h2", "Vraag 4"),
        ("p", "Kan het college bevestigen dat de moeder uit het artikel inmiddels een woning is aangeboden?"),
        ("p", "<b>Antwoord</b>\nWij doen geen uitspraken over individuele woningzoekenden. In algemene zin geldt dat "
              "gezinnen in de opvang met voorrang worden bemiddeld via de regeling uitstroom maatschappelijke opvang."),
        ("sp", 10),
        ("p", "Het college van burgemeester en wethouders van Utrecht,\nde burgemeester, Sharon Dijksma\n"
              "de secretaris, M.C.E. Tjon-A-Kwie"),
        ("small", "Ambtelijk contact voor deze beantwoording: Roos Vermeulen-Akkerman, afdeling Wonen, "
                  "telefoon 06 41 82 77 35. Griffie: griffie@utrecht.nl"),
    ]
    d.R("PERSON", "M.C.E. Tjon-A-Kwie (secretaris, ambtenaar)", "Tjon-A-Kwie")
    d.R("PERSON", VERMEULEN[0], "Roos Vermeulen-Akkerman", VERMEULEN[2])
    keep_common(d, "dedevries", "dijksma", "bo-ex", "mitros", "portaal", "ssh", "hvv")
    d.K("OFFICE_HOLDER", "raadslid Mila Verbruggen", W("Mila Verbruggen"))
    d.K("OFFICE_HOLDER", "raadslid Tarik Oudshoorn", W("Oudshoorn"))
    d.K("ORG", "PvdA", W("PvdA"))
    d.K("ORG", "SP", W("SP"))
    d.K("ORG", "DUIC", W("DUIC"))
    d.K("CASE", "2025/087", "2025/087")
    d.K("CASE", "motie 2024/M41", "2024/M41")
    d.K("PLACE", "Catharijnesingel", W("Catharijnesingel"))
    d.K("ORG", "Nachtopvang", W("Nachtopvang"))
    d.K("AMOUNT", "1.004 woningen", "1.004 woningen")
    d.K("AMOUNT", "11,2 maanden", "11,2 maanden")
    d.K("DATE", "10 juni 2025", "10 juni 2025")
    d.K("MAILBOX", "griffie@utrecht.nl", "griffie@utrecht.nl")
    d.K("TERM", "monitor Wonen", "monitor Wonen")
    return d, render_rl(d, b, font="Times-Roman", size=11, footer="Schriftelijke vragen 2025/087",
                        author="Griffie Utrecht")


# ================================================================== ee10 wachtlijststatistieken (no personal data)
@doc
def ee10():
    d = Doc("ee10", "Monitor woningtoewijzing en wachttijden 2024", "reportlab LiberationSans, landscape")
    b = [
        ("h1", "Monitor woningtoewijzing sociale huur Utrecht - jaarcijfers 2024"),
        ("p", "Bron: WoningNet (verhuringen via aanbodmodel en lotingmodel), Urgentiebureau gemeente Utrecht, opgave "
              "corporaties Bo-Ex, Mitros, Portaal en SSH. Peildatum 1 januari 2025. Deze monitor bevat geen "
              "persoonsgegevens; cellen met minder dan 5 waarnemingen zijn weergegeven als '<5'."),
        ("h2", "Tabel 1. Verhuringen naar toewijzingsroute"),
        ("tbl", [["Route", "Bo-Ex", "Mitros", "Portaal", "SSH", "Totaal", "Aandeel"],
                 ["Inschrijfduur (aanbodmodel)", "512", "903", "744", "-", "2.159", "53,2%"],
                 ["Loting", "61", "118", "97", "-", "276", "6,8%"],
                 ["Urgentieverklaring", "89", "161", "148", "14", "412", "10,2%"],
                 ["Uitstroom MO/BW", "72", "171", "139", "<5", "384", "9,5%"],
                 ["Vergunninghouders", "38", "91", "79", "-", "208", "5,1%"],
                 ["Studenten (SSH)", "-", "-", "-", "603", "603", "14,9%"],
                 ["Overig / directe bemiddeling", "<5", "9", "6", "-", "17", "0,4%"],
                 ["Totaal", "774", "1.455", "1.213", "621", "4.059", "100%"]],
         [62, 24, 24, 24, 22, 24, 22]),
        ("h2", "Tabel 2. Gemiddelde inschrijfduur en zoektijd bij toewijzing (in jaren)"),
        ("tbl", [["Wijk", "1-2 kamers", "3 kamers", "4+ kamers", "Seniorenwoning", "Reacties per woning"],
                 ["Binnenstad", "11,4", "13,1", "-", "9,8", "612"],
                 ["Overvecht", "7,2", "8,9", "10,4", "6,1", "288"],
                 ["Kanaleneiland", "7,9", "9,3", "11,0", "6,7", "301"],
                 ["Leidsche Rijn", "8,8", "10,2", "12,6", "7,4", "356"],
                 ["Zuidwest", "8,1", "9,7", "11,3", "7,0", "322"],
                 ["Noordoost", "10,6", "12,4", "13,9", "8,8", "497"]], [50, 30, 30, 30, 35, 40]),
        ("pb",),
        ("h2", "Tabel 3. Urgentieaanvragen 2022-2024"),
        ("tbl", [["Jaar", "Aanvragen", "Toegekend", "Afgewezen", "Ingetrokken", "Bezwaar", "Gegrond"],
                 ["2022", "1.214", "371", "702", "141", "96", "11"],
                 ["2023", "1.306", "389", "746", "171", "104", "9"],
                 ["2024", "1.422", "412", "812", "198", "121", "14"]], [30, 30, 30, 30, 30, 30, 30]),
        ("p", "Toelichting. De stijging van het aantal aanvragen hangt samen met de krapte op de woningmarkt en de "
              "toename van het aantal dakloze gezinnen. Het aandeel medische urgenties daalde van 38% naar 31%, "
              "vooral doordat de GGD regio Utrecht strenger toetst op het verband tussen gezondheid en woonsituatie. "
              "De gemiddelde doorlooptijd van een aanvraag was 9,4 weken (norm Huisvestingsverordening: 8 weken)."),
        ("p", "Vragen over deze monitor: team Onderzoek, onderzoek@utrecht.nl. Deze publicatie valt onder de "
              "actieve openbaarmaking op grond van de Wet open overheid."),
    ]
    keep_common(d, "woningnet", "bo-ex", "mitros", "portaal", "ssh", "ggd", "hvv", "woo")
    for k, v in [("AMOUNT", "2.159"), ("AMOUNT", "4.059"), ("AMOUNT", "1.422"), ("AMOUNT", "9,4 weken"),
                 ("AMOUNT", "53,2%"), ("AMOUNT", "14,9%"), ("AMOUNT", "1.455"), ("AMOUNT", "603")]:
        d.K(k, v, v)
    for p in ["Overvecht", "Kanaleneiland", "Leidsche Rijn", "Zuidwest", "Noordoost", "Binnenstad"]:
        d.K("PLACE", p, W(p))
    d.K("MAILBOX", "onderzoek@utrecht.nl", "onderzoek@utrecht.nl")
    d.K("TERM", "Vergunninghouders", W("Vergunninghouders"))
    d.K("TERM", "Urgentieverklaring", W("Urgentieverklaring"))
    return d, render_rl(d, b, font="LiberationSans", size=9.5, pagesize=landscape(A4),
                        header="Gemeente Utrecht | Monitor Wonen", author="Team Onderzoek")


# ================================================================== ee11 English e-mail expat (LiberationSans)
@doc
def ee11():
    d = Doc("ee11", "E-mail with expat applicant about urgency and registration", "reportlab LiberationSans")
    b = [
        ("mono", "From:    Priya Raghunathan <priya.raghunathan84@gmail.com>\n"
                 "Sent:    Monday 22 September 2025 08:41\n"
                 "To:      urgentie@utrecht.nl\n"
                 "Subject: Urgent housing - relocation with my daughter"),
        ("p", "Dear Sir or Madam,"),
        ("p", "My name is Priya Raghunathan, I was born on 19 August 1984 and I work as a postdoctoral researcher at "
              "UMC Utrecht on a highly skilled migrant permit (residence permit number W08472915). My BSN is 317294659. "
              "Since my divorce in July I live with my daughter Ananya (6) in a short-stay apartment at Croeselaan 44-3, "
              "3521 CB Utrecht, and the lease ends on 31 October 2025. My daughter has type 1 diabetes and needs a stable "
              "home near the Wilhelmina Kinderziekenhuis."),
        ("p", "I registered with WoningNet only in 2023. Can I apply for an urgency declaration (urgentieverklaring)? "
              "The website is only in Dutch. You can reach me on +31 6 2749 0318."),
        ("p", "Kind regards,\nPriya Raghunathan"),
        ("sp", 6),
        ("mono", "From:    Urgentiebureau Gemeente Utrecht <urgentie@utrecht.nl>\n"
                 "Sent:    Wednesday 24 September 2025 14:05\n"
                 "To:      Priya Raghunathan\n"
                 "Subject: RE: Urgent housing - relocation with my daughter  [URG-2025-07731]"),
        ("p", "Dear Ms Raghunathan,"),
        ("p", "Thank you for your e-mail. Under the Huisvestingsverordening Utrecht 2019 an urgency declaration is "
              "only granted when you cannot solve your housing problem yourself, for example with your income or "
              "through the private rental market. The end of a short-stay lease is in principle considered foreseeable. "
              "Medical grounds are assessed by the GGD regio Utrecht, which looks at the relation between health "
              "and housing."),
        ("p", "You can submit an application through the digital counter (DigiD required). Please enclose your "
              "employment contract, the lease and a statement from your daughter's paediatrician. The application "
              "is processed within eight weeks; you may object under the Algemene wet bestuursrecht."),
        ("p", "We also refer you to the Expat Center Utrecht Region and to the Juridisch Loket for free advice."),
        ("p", "Kind regards,\n\nSanne Bloemendaal-Rijks\nUrgentiebureau | Gemeente Utrecht\ns.bloemendaal@utrecht.nl"),
    ]
    d.R("PERSON", "Priya Raghunathan", "Raghunathan", W("Priya"), "priya.raghunathan84@gmail.com")
    d.R("DOB", "19 August 1984", "19 August 1984")
    d.R("ID_NUMBER", "W08472915", "W08472915")
    d.R("BSN", "317294659", "317294659")
    d.R("PERSON", "Ananya", W("Ananya"))
    d.R("ADDRESS", "Croeselaan 44-3", "Croeselaan 44-3", "3521 CB")
    d.R("HEALTH", "type 1 diabetes", "type 1 diabetes")
    d.R("PHONE", "+31 6 2749 0318", "+31 6 2749 0318")
    d.R("PERSON", "Sanne Bloemendaal-Rijks", "Bloemendaal-Rijks", "s.bloemendaal@utrecht.nl")
    keep_common(d, "woningnet", "hvv", "ggd", "awb", "utrecht")
    d.K("MAILBOX", "urgentie@utrecht.nl", "urgentie@utrecht.nl")
    d.K("ORG", "UMC Utrecht", "UMC Utrecht")
    d.K("ORG", "Wilhelmina Kinderziekenhuis", "Wilhelmina Kinderziekenhuis")
    d.K("ORG", "Expat Center Utrecht Region", "Expat Center Utrecht Region")
    d.K("ORG", "Juridisch Loket", "Juridisch Loket")
    d.K("CASE", "URG-2025-07731", "URG-2025-07731")
    d.K("PRODUCT", "DigiD", W("DigiD"))
    d.K("DATE", "31 October 2025", "31 October 2025")
    return d, render_rl(d, b, font="LiberationSans", size=10, author="urgentie@utrecht.nl")


# ================================================================== ee12 chat export (DejaVuSansMono, 2 p.)
@doc
def ee12():
    d = Doc("ee12", "Export WhatsApp-chat consulent urgentie", "reportlab Courier")
    lines = [
        "WhatsApp-chat met Sandra Pijnappel (+31 6 18 44 90 27)",
        "Geexporteerd door: Noor el Idrissi (werktelefoon 06-15938274), 3 oktober 2025",
        "Dossier URG-2025-06612 - bewaard in zaaksysteem Djuma",
        "",
        "[12-09-25 08:14] Sandra Pijnappel: Goedemorgen Noor, ik heb de brief van de",
        "    urgentiecommissie gekregen maar snap niet wat ik nog moet opsturen",
        "[12-09-25 08:31] Noor el Idrissi: Goedemorgen Sandra! We missen nog de verklaring",
        "    van je huisarts en het vonnis van de rechtbank over de huisuitzetting.",
        "[12-09-25 08:33] Sandra Pijnappel: De huisarts is dokter Van Limburg Stirum, die zit",
        "    in de Cartesiusweg. Ik bel vandaag.",
        "[12-09-25 08:34] Sandra Pijnappel: <Media weggelaten>",
        "[12-09-25 09:02] Noor el Idrissi: Dank je. Ik zie dat je bij de Vrouwenopvang zit.",
        "    Klopt het dat je vriend nog een straatverbod heeft?",
        "[12-09-25 09:10] Sandra Pijnappel: ja tot maart. hij is vorig jaar veroordeeld",
        "    voor mishandeling, het vonnis zit in de map",
        "[12-09-25 09:12] Noor el Idrissi: Oke. Dan bespreek ik je dossier op 23 september",
        "    in de commissie. Mijn collega Bas Lindeboom is secretaris, hij kan je bellen",
        "    op 030 286 41 93 als ik er niet ben.",
        "[15-09-25 17:48] Sandra Pijnappel: huisartsverklaring gemaild naar urgentie@utrecht.nl",
        "    staat erin dat ik PTSS heb en slaapmedicatie gebruik",
        "[15-09-25 17:49] Sandra Pijnappel: mijn nieuwe nummer is 06 22 71 05 83 trouwens",
        "[16-09-25 08:05] Noor el Idrissi: Ontvangen, dank. Succes vandaag!",
        "[23-09-25 16:40] Noor el Idrissi: Sandra, goed nieuws: de commissie kent je een",
        "    sociale urgentie toe. De brief komt deze week. Mitros of Portaal kan je via",
        "    WoningNet een woning aanbieden, zoekprofiel 2-3 kamers in Utrecht of Nieuwegein.",
        "[23-09-25 16:52] Sandra Pijnappel: Echt?? Dank je wel Noor!!",
        "[01-10-25 11:20] Sandra Pijnappel: Mitros belde, bezichtiging woning Columbuslaan",
        "    op 7 oktober. Mag mijn zus Marieke mee?",
        "[01-10-25 11:41] Noor el Idrissi: Natuurlijk. Neem je ID-bewijs mee.",
    ]
    b = [("mono", "\n".join(lines[:30])), ("pb",), ("mono", "\n".join(lines[30:]) + "\n\n-- einde export --"),
         ("small", "Vastgelegd in het dossier conform de Archiefwet 1995; bewaartermijn 7 jaar.")]
    d.R("PERSON", "Sandra Pijnappel", "Pijnappel", W("Sandra"))
    d.R("PHONE", "+31 6 18 44 90 27", "+31 6 18 44 90 27")
    d.R("PHONE", "06 22 71 05 83", "06 22 71 05 83")
    d.R("PERSON", IDRISSI[0], "Noor el Idrissi", W("Noor"), IDRISSI[2])
    d.R("PERSON", "dokter Van Limburg Stirum", "Van Limburg Stirum")
    d.R("CRIMINAL", "veroordeeld voor mishandeling", "veroordeeld", "straatverbod")
    d.R("HEALTH", "PTSS", W("PTSS"), "slaapmedicatie")
    d.R("PERSON", LINDEBOOM[0], "Bas Lindeboom", LINDEBOOM[2])
    d.R("PERSON", "Marieke", W("Marieke"))
    keep_common(d, "woningnet", "mitros", "portaal", "urgcie")
    d.K("CASE", "URG-2025-06612", "URG-2025-06612")
    d.K("PRODUCT", "Djuma", W("Djuma"))
    d.K("MAILBOX", "urgentie@utrecht.nl", "urgentie@utrecht.nl")
    d.K("PLACE", "Nieuwegein", W("Nieuwegein"))
    d.K("PLACE", "Cartesiusweg", W("Cartesiusweg"))
    d.K("PLACE", "Columbuslaan", W("Columbuslaan"))
    d.K("ORG", "Vrouwenopvang", W("Vrouwenopvang"))
    d.K("LAW", "Archiefwet 1995", "Archiefwet 1995")
    d.K("DATE", "23 september", "23 september")
    return d, render_rl(d, b, font="Courier", size=9.5, author="")



# ================================================================== ee13 scanned handwritten-signature letter (scan)
@doc
def ee13():
    d = Doc("ee13", "Brief aanvrager aan urgentiecommissie (scan)", "scan (reportlab LiberationSerif -> JPEG)")
    b = [
        ("p", "H.J. Wildeboer\nBilderdijkstraat 27 zw\n3532 VB Utrecht\ntel. 06-51 93 08 26"),
        ("sp", 8),
        ("p", "Aan de urgentiecommissie van de gemeente Utrecht\nPostbus 16200\n3500 CE Utrecht"),
        ("sp", 6),
        ("p", "Utrecht, 29 augustus 2025"),
        ("p", "Betreft: aanvulling op mijn aanvraag, dossier URG-2025-06120"),
        ("p", "Geachte leden van de commissie,"),
        ("p", "Hierbij stuur ik de aanvullende stukken die uw medewerkster mevrouw El Idrissi mij vroeg. Ik ben "
              "geboren op 3 februari 1951 en woon al 41 jaar in deze benedenwoning. Sinds mijn beroerte in mei "
              "heb ik een halfzijdige verlamming en kan ik niet meer zelfstandig douchen, omdat de badkamer in de "
              "kelder ligt. Mijn dochter Ingrid Wildeboer helpt mij elke dag maar zij woont in Zeist."),
        ("p", "Mijn burgerservicenummer is 128395709. De ergotherapeut van Axioncontinu heeft een rapport gemaakt, "
              "dat ik bijvoeg. Ik hoop dat u mij snel kunt helpen aan een woning met de badkamer op dezelfde "
              "verdieping, het liefst in Lombok of Oog in Al."),
        ("p", "Met vriendelijke groet,"),
        ("sig", "H.J. Wildeboer", "Femke"),
        ("p", "H.J. Wildeboer"),
        ("small", "Bijlagen: rapport ergotherapeut, ontslagbrief revalidatiecentrum De Hoogstraat"),
    ]
    d.R("PERSON", "H.J. Wildeboer", "Wildeboer", ch="ocr")
    d.R("ADDRESS", "Bilderdijkstraat 27 zw", "Bilderdijkstraat", "3532 VB", ch="ocr")
    d.R("PHONE", "06-51 93 08 26", "93 08 26", ch="ocr")
    d.R("DOB", "3 februari 1951", "3 februari 1951", ch="ocr")
    d.R("HEALTH", "beroerte, halfzijdige verlamming", "beroerte", "halfzijdige verlamming", ch="ocr")
    d.R("PERSON", "Ingrid Wildeboer", "Ingrid", ch="ocr")
    d.R("BSN", "128395709", "128395709", ch="ocr")
    d.R("PERSON", "El Idrissi", "El Idrissi", ch="ocr")
    return d, render_scan(d, b, font="LiberationSerif", size=11.5, angle=-0.9, seed=13)


# ================================================================== ee14 beslissing op bezwaar (Helvetica, 2 p.)
@doc
def ee14():
    d = Doc("ee14", "Beslissing op bezwaar urgentie", "reportlab Helvetica")
    bsn = "260473182"
    b = [
        ("small", "Gemeente Utrecht - Juridische Zaken - Postbus 16200, 3500 CE Utrecht - www.utrecht.nl - 14 030"),
        ("sp", 8),
        ("p", "Mr. S. Brandsen-Ooms\nBrandsen Advocatuur\nMaliebaan 71\n3581 CG Utrecht"),
        ("p", "Datum: 30 september 2025\nKenmerk: BZW-2025-0884\nBetreft: beslissing op bezwaar van uw cliënt "
              "de heer D.J. Overmars"),
        ("p", "Geachte mevrouw Brandsen-Ooms,"),
        ("p", "Namens uw cliënt, de heer Dirk-Jan Overmars (geboren 27 januari 1983, BSN " + bsn + "), wonend "
              "Twijnstraat 40 B, 3511 ZL Utrecht, hebt u op 14 juli 2025 bezwaar gemaakt tegen ons besluit van "
              "3 juni 2025 (kenmerk URG-2025-03318), waarbij zijn aanvraag om een urgentieverklaring is afgewezen."),
        ("h2", "1. Het verloop van de procedure"),
        ("p", "Het bezwaar is behandeld door de Commissie bezwaarschriften van de gemeente Utrecht. De hoorzitting "
              "vond plaats op 2 september 2025. Namens het college was aanwezig mevrouw F. Dijkhuis-Steur, juridisch "
              "adviseur. Uw cliënt was aanwezig met u en zijn reclasseringswerker, de heer Milan Verstraete."),
        ("h2", "2. De gronden van het bezwaar"),
        ("p", "U voert aan dat uw cliënt na zijn detentie in PI Nieuwegein (vrijgelaten op 1 maart 2025) geen woning "
              "heeft, dat hij deelneemt aan een traject bij Reclassering Nederland en dat een vaste woonplek een "
              "voorwaarde is voor zijn re-integratie. Daarnaast is hij in behandeling voor een alcoholverslaving bij "
              "Victas. Volgens u heeft de urgentiecommissie onvoldoende gewogen dat hij zijn huurwoning verloor "
              "door de detentie."),
        ("h2", "3. Overwegingen"),
        ("p", "Artikel 2.6.3 van de Huisvestingsverordening Utrecht 2019 sluit urgentie uit als het woonprobleem "
              "verwijtbaar is ontstaan. De commissie stelt vast dat het verlies van de woning het gevolg is van "
              "een eigen handelen. Wel heeft het college de plicht te onderzoeken of andere voorzieningen passend "
              "zijn, zoals de regeling uitstroom maatschappelijke opvang en de afspraken met Bo-Ex, Mitros en "
              "Portaal over Housing First. Dat onderzoek ontbreekt in het primaire besluit."),
        ("h2", "4. Beslissing"),
        ("p", "Wij verklaren het bezwaar gegrond, herroepen het besluit van 3 juni 2025 en wijzen de aanvraag "
              "opnieuw af, met dien verstande dat uw cliënt wordt aangemeld voor Housing First via het Centraal "
              "Onthaal. De proceskosten worden vergoed volgens het Besluit proceskosten bestuursrecht: EUR 1.868,00, "
              "over te maken op rekening " + "NL15 RABO 3318 4726 05" + " ten name van Brandsen Advocatuur."),
        ("p", "Tegen deze beslissing kunt u binnen zes weken beroep instellen bij de rechtbank Midden-Nederland."),
        ("p", "Hoogachtend,\nhet college van burgemeester en wethouders van Utrecht,\nnamens dezen,"),
        ("sig", "F. Dijkhuis", "Dkg"),
        ("p", "mr. F. Dijkhuis-Steur\nteam Juridische Zaken Wonen"),
    ]
    d.R("PERSON", "S. Brandsen-Ooms", "Brandsen-Ooms")
    d.R("ADDRESS", "kantooradres advocaat", "Maliebaan 71")
    d.R("PERSON", "Dirk-Jan Overmars", W("Overmars"), "Dirk-Jan")
    d.R("DOB", "27 januari 1983", "27 januari 1983")
    d.R("BSN", bsn, bsn)
    d.R("ADDRESS", "Twijnstraat 40 B", "Twijnstraat 40 B", "3511 ZL")
    d.R("PERSON", "F. Dijkhuis-Steur", "Dijkhuis-Steur")
    d.R("PERSON", "Milan Verstraete", "Milan Verstraete")
    d.R("CRIMINAL", "detentie PI Nieuwegein", "PI Nieuwegein", "detentie")
    d.R("HEALTH", "alcoholverslaving", "alcoholverslaving")
    d.R("IBAN", "NL15 RABO 3318 4726 05", "NL15 RABO 3318 4726 05")
    keep_common(d, "utrecht", "hvv", "bo-ex", "mitros", "portaal", "14030", "urgcie")
    d.K("ORG", "Brandsen Advocatuur", "Brandsen Advocatuur")
    d.K("CASE", "BZW-2025-0884", "BZW-2025-0884")
    d.K("CASE", "URG-2025-03318", "URG-2025-03318")
    d.K("ORG", "Commissie bezwaarschriften", "Commissie bezwaarschriften")
    d.K("ORG", "Reclassering Nederland", "Reclassering Nederland")
    d.K("ORG", "Victas", W("Victas"))
    d.K("PROGRAMME", "Housing First", "Housing First")
    d.K("ORG", "Centraal Onthaal", "Centraal Onthaal")
    d.K("LAW", "Besluit proceskosten bestuursrecht", "Besluit proceskosten bestuursrecht")
    d.K("ORG", "rechtbank Midden-Nederland", "rechtbank Midden-Nederland")
    d.K("AMOUNT", "EUR 1.868,00", "EUR 1.868,00")
    d.K("DATE", "2 september 2025", "2 september 2025")
    d.K("TITLE", "juridisch adviseur", "juridisch adviseur")
    return d, render_rl(d, b, font="Helvetica", size=10, author="Juridische Zaken")


# ================================================================== ee15 beslisnota (docx, 2 p., paraph table)
@doc
def ee15():
    d = Doc("ee15", "Beslisnota wijziging urgentieregeling", "LibreOffice Writer (python-docx)")
    b = [
        ("h1", "Beslisnota"),
        ("tbl", [["Aan", "wethouder Dennis de Vries"], ["Van", "Roos Vermeulen-Akkerman, beleidsadviseur wonen"],
                 ["Datum", "2 oktober 2025"], ["Kenmerk", "WON/2025/1147"],
                 ["Onderwerp", "Wijziging urgentieregeling Huisvestingsverordening (aanpassing 2026)"],
                 ["Kopie aan", "Jeroen Haverkamp (Urgentiebureau), Fenna Dijkhuis-Steur (Juridische Zaken)"],
                 ["Contactpersoon", "R. Vermeulen-Akkerman, 06 41 82 77 35"]], None, False),
        ("h2", "Aanleiding"),
        ("p", "Met de Wet versterking regie volkshuisvesting moeten gemeenten een urgentieregeling hebben met ten "
              "minste de verplichte categorieën (onder meer mantelzorgers, uitstromers uit opvang en beschermd "
              "wonen, slachtoffers van huiselijk geweld en vergunninghouders). De Utrechtse regeling moet daarop "
              "worden aangepast. Tijdens het overleg met de huurdersorganisaties op 9 april 2025 is gevraagd om "
              "voorrang voor doorstromers."),
        ("h2", "Geadviseerd besluit"),
        ("p", "Aan de wethouder wordt gevraagd: in te stemmen met het bijgevoegde raadsvoorstel tot wijziging van "
              "de Huisvestingsverordening Utrecht 2019 en dit voor te leggen aan het college van 21 oktober 2025."),
        ("h2", "Kern"),
        ("p", "1. Mantelzorgurgentie wordt een verplichte categorie.\n2. De geldigheid gaat van zes naar negen maanden.\n"
              "3. Het quotum voor urgenten blijft maximaal 40 procent van de vrijkomende woningen per corporatie.\n"
              "4. Doorstromers van 65 jaar en ouder krijgen voorrang bij seniorenwoningen."),
        ("h2", "Krachtenveld"),
        ("p", "Bo-Ex en Portaal steunen het voorstel. Mitros vraagt om een overgangsregeling. De Woonbond en de "
              "huurdersorganisaties zijn positief over de voorrang voor doorstromers. Team Juridische Zaken "
              "(mr. Dijkhuis-Steur) wijst op het risico van meer bezwaarzaken."),
        ("h2", "Paraafroute"),
        ("tbl", [["Naam", "Functie", "Paraaf", "Datum"],
                 ["R. Vermeulen-Akkerman", "beleidsadviseur wonen", "RVA", "2-10-2025"],
                 ["J. Haverkamp", "teamleider Urgentiebureau", "JH", "3-10-2025"],
                 ["W.F. Terhorst", "afdelingshoofd Wonen", "WFT", "6-10-2025"],
                 ["C. Ouwerkerk-Lim", "concerncontroller", "CO", "7-10-2025"]]),
        ("h2", "Bijlagen"),
        ("p", "1. Concept-raadsvoorstel\n2. Zienswijzen huurdersorganisaties (4 en 20 maart 2025)\n"
              "3. Monitor woningtoewijzing 2024"),
        ("h2", "Informatie die niet openbaar gemaakt kan worden"),
        ("p", "[nog invullen]"),
    ]
    d.R("PERSON", VERMEULEN[0], "Vermeulen-Akkerman", VERMEULEN[2], W("RVA"))
    d.R("PERSON", HAVERKAMP[0], "Jeroen Haverkamp", "J. Haverkamp", W("JH"))
    d.R("PERSON", "Fenna Dijkhuis-Steur", "Dijkhuis-Steur")
    d.R("PERSON", "W.F. Terhorst", W("Terhorst"), W("WFT"))
    d.R("PERSON", "C. Ouwerkerk-Lim", "Ouwerkerk-Lim", W("CO"))
    keep_common(d, "dedevries", "hvv", "bo-ex", "mitros", "portaal")
    d.K("CASE", "WON/2025/1147", "WON/2025/1147")
    d.K("LAW", "Wet versterking regie volkshuisvesting", "Wet versterking regie volkshuisvesting")
    d.K("ORG", "Woonbond", W("Woonbond"))
    d.K("ORG", "Urgentiebureau", W("Urgentiebureau"))
    d.K("ORG", "Juridische Zaken", W("Juridische Zaken"))
    d.K("TITLE", "afdelingshoofd Wonen", "afdelingshoofd Wonen")
    d.K("TITLE", "concerncontroller", W("concerncontroller"))
    d.K("TITLE", "beleidsadviseur wonen", "beleidsadviseur wonen")
    d.K("DATE", "21 oktober 2025", "21 oktober 2025")
    d.K("HEADING", "Informatie die niet openbaar gemaakt kan worden", "Informatie die niet openbaar gemaakt kan worden")
    return d, render_docx(d, b, font="Liberation Sans", size=10.5, author="Gemeente Utrecht")


# ================================================================== ee16 AcroForm aanvraagformulier (values in fields only)
@doc
def ee16():
    from reportlab.pdfgen import canvas
    from reportlab.lib.units import mm
    d = Doc("ee16", "Aanvraagformulier urgentieverklaring (invulformulier)", "reportlab canvas + AcroForm")
    out = DOCS_DIR / "ee16.pdf"
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setTitle("Aanvraagformulier urgentieverklaring")
    c.setAuthor("Gemeente Utrecht")
    c.setFont("Helvetica-Bold", 15)
    c.drawString(22 * mm, 270 * mm, "Aanvraagformulier urgentieverklaring")
    c.setFont("Helvetica", 9.5)
    c.drawString(22 * mm, 263 * mm, "Gemeente Utrecht | Urgentiebureau | Huisvestingsverordening Utrecht 2019, "
                                    "artikel 2.6.1")
    fields = [("naam", "Achternaam en voorletters", "Dragomir, D."),
              ("voornamen", "Voornamen", "Daniela Ioana"),
              ("geboortedatum", "Geboortedatum", "21-01-1988"),
              ("bsn", "Burgerservicenummer", "193746529"),
              ("adres", "Huidig verblijfadres", "p/a Noodopvang Joseph, Joseph Haydnlaan 2"),
              ("telefoon", "Telefoonnummer", "06-83 01 77 42"),
              ("email", "E-mailadres", "daniela.dragomir88@yahoo.com"),
              ("woningnet", "Inschrijfnummer WoningNet", "WN-6107734"),
              ("gezin", "Gezinsleden", "Andrei (9), Sofia (6), Matei (2)")]
    y = 245
    for name, label, val in fields:
        c.setFont("Helvetica", 10)
        c.drawString(22 * mm, y * mm + 2, label)
        c.acroForm.textfield(name=name, value=val, x=80 * mm, y=y * mm - 2, width=105 * mm, height=7 * mm,
                             fontName="Helvetica", fontSize=9, borderWidth=0.5)
        y -= 11
    c.setFont("Helvetica-Bold", 11)
    c.drawString(22 * mm, (y - 2) * mm, "Grond van de aanvraag")
    c.setFont("Helvetica", 9.5)
    t = c.beginText(22 * mm, (y - 9) * mm)
    for ln in ["Kruis aan: medische urgentie / sociale urgentie / mantelzorg / uitstroom opvang / vergunninghouder.",
               "Voeg bewijsstukken toe. Medische gegevens stuurt u in een gesloten envelop aan de GGD regio Utrecht.",
               "Wij beslissen binnen acht weken. Informatie: urgentie@utrecht.nl of 14 030.",
               "Uw gegevens worden verwerkt volgens de AVG; zie de privacyverklaring op utrecht.nl.",
               "",
               "In te vullen door de gemeente: dossiernummer URG-2025-04260, ontvangen 12 mei 2025."]:
        t.textLine(ln)
    c.drawText(t)
    c.acroForm.textfield(name="grond", value="sociaal - dakloos na uitzetting, gezin met drie kinderen",
                         x=22 * mm, y=(y - 60) * mm, width=165 * mm, height=8 * mm, fontName="Helvetica",
                         fontSize=9, borderWidth=0.5)
    c.save()
    for nm, probes in [("Daniela Dragomir", ["Dragomir", "Daniela Ioana"]), ("DOB", ["21-01-1988"]),
                       ("BSN", ["193746529"]), ("PHONE", ["06-83 01 77 42"]),
                       ("EMAIL", ["daniela.dragomir88@yahoo.com"]), ("CLIENT_NUMBER", ["WN-6107734"]),
                       ("CHILDREN", ["Andrei (9)", "Matei (2)"])]:
        d.R("FORM_FIELD", nm, *probes, ch="annotations")
    keep_common(d, "utrecht", "hvv", "ggd", "14030")
    d.K("MAILBOX", "urgentie@utrecht.nl", "urgentie@utrecht.nl")
    d.K("CASE", "URG-2025-04260", "URG-2025-04260")
    d.K("LAW", "AVG", W("AVG"))
    return d, out


# ================================================================== ee17 Housing First plaatsingslijst (DejaVuSerif)
@doc
def ee17():
    d = Doc("ee17", "Plaatsingsoverleg uitstroom maatschappelijke opvang", "reportlab DejaVuSerif")
    rows = [["Nr.", "Kandidaat", "Geb.", "Verwijzer", "Achtergrond (vertrouwelijk)", "Voorstel"],
            ["1", "Mustafa Ait Haddou", "1979", "Leger des Heils", "schizofrenie, stabiel op depotmedicatie", "Mitros, 1-kamer"],
            ["2", "Joyce Kampinga", "1995", "Tussenvoorziening", "jeugdzorgverleden, schulden 18.400 euro", "Portaal, studio"],
            ["3", "Ronald Spierenburg", "1967", "Leger des Heils", "ex-gedetineerde, drugsverslaving in herstel",
             "Bo-Ex, Skaeve Huse"],
            ["4", "Wendy Doornbos", "1988", "Tussenvoorziening", "licht verstandelijke beperking", "Mitros, 2-kamer"],
            ["5", "Gerrit Hamelink", "1959", "Centraal Onthaal", "Korsakov, begeleid wonen", "aanhouden"]]
    b = [
        ("h1", "Plaatsingsoverleg uitstroom MO/BW - 18 november 2025"),
        ("p", "Deelnemers: Jeroen Haverkamp (gemeente, voorzitter), Yasmina Bouzian (Mitros), Pieter-Jan Scholtens "
              "(Portaal), Eline Gortzak (Bo-Ex), Kees-Jan Muntjewerf (Leger des Heils), Annemiek Stolk "
              "(Tussenvoorziening). Verslag: Bas Lindeboom."),
        ("p", "Het overleg valt onder de convenantafspraken uitstroom maatschappelijke opvang en beschermd wonen, "
              "onderdeel van de Prestatieafspraken Utrecht 2025. Per kandidaat is een ondersteuningsplan aanwezig."),
        ("tbl", rows, [9, 33, 12, 30, 55, 31]),
        ("h2", "Afspraken"),
        ("p", "Kandidaat 1 krijgt een woning van Mitros aan de Gageldijk met begeleiding door het Leger des Heils "
              "(Housing First, minimaal twee jaar). Voor kandidaat 3 (Spierenburg) stelt Bo-Ex een woning in het "
              "Skaeve Huse-project beschikbaar. Mevrouw Kampinga wordt eerst aangemeld bij Geldzaken Utrecht "
              "voor een schuldregeling. Voor de heer Hamelink zoekt de Tussenvoorziening een plek in een "
              "Korsakov-voorziening."),
        ("p", "Volgend overleg: 16 december 2025, 10.00 uur, Stadskantoor."),
        ("small", "Vertrouwelijk - bevat bijzondere persoonsgegevens (artikel 9 en 10 AVG)."),
    ]
    for nm, probes in [("Mustafa Ait Haddou", ["Ait Haddou"]), ("Joyce Kampinga", [W("Kampinga")]),
                       ("Ronald Spierenburg", [W("Spierenburg")]), ("Wendy Doornbos", [W("Doornbos")]),
                       ("Gerrit Hamelink", [W("Hamelink")])]:
        d.R("PERSON", nm, *probes)
    for h in ["schizofrenie", "depotmedicatie", "jeugdzorgverleden", "schulden 18.400 euro", "ex-gedetineerde",
              "drugsverslaving", "licht verstandelijke beperking", "Korsakov, begeleid"]:
        d.R("SPECIAL", h, h)
    d.R("PERSON", HAVERKAMP[0], "Jeroen Haverkamp")
    d.R("PERSON", "Yasmina Bouzian", "Yasmina Bouzian")
    d.R("PERSON", "Pieter-Jan Scholtens", "Pieter-Jan Scholtens")
    d.R("PERSON", "Eline Gortzak", "Eline Gortzak")
    d.R("PERSON", "Kees-Jan Muntjewerf", "Muntjewerf")
    d.R("PERSON", "Annemiek Stolk", "Annemiek Stolk")
    d.R("PERSON", LINDEBOOM[0], "Bas Lindeboom")
    keep_common(d, "mitros", "portaal", "bo-ex")
    d.K("ORG", "Leger des Heils", "Leger des Heils")
    d.K("ORG", "Tussenvoorziening", W("Tussenvoorziening"))
    d.K("ORG", "Geldzaken Utrecht", "Geldzaken Utrecht")
    d.K("PROGRAMME", "Housing First", "Housing First")
    d.K("PROGRAMME", "Skaeve Huse", "Skaeve Huse")
    d.K("PLACE", "Gageldijk", W("Gageldijk"))
    d.K("DATE", "16 december 2025", "16 december 2025")
    d.K("TERM", "Prestatieafspraken Utrecht 2025", "Prestatieafspraken Utrecht 2025")
    d.K("ORG", "Centraal Onthaal", "Centraal Onthaal")
    return d, render_rl(d, b, font="DejaVuSerif", size=9.5, header="VERTROUWELIJK - plaatsingsoverleg MO/BW",
                        author="Bas Lindeboom")



# ================================================================== ee18 woningaanbieding Mitros (LiberationSans, XMP creator)
@doc
def ee18():
    d = Doc("ee18", "Woningaanbieding op urgentie", "reportlab LiberationSans + XMP")
    b = [
        ("tbl", [["MITROS", "Mitros\nPostbus 85000\n3508 AA Utrecht\nT 030 280 20 20\nwww.mitros.nl"]], [110, 55],
         False),
        ("sp", 6),
        ("p", "Mevrouw R.P. Stoopendaal\nTolsteegsingel 9 bis\n3582 AC Utrecht"),
        ("p", "Utrecht, 8 augustus 2025\nBetreft: aanbieding woning Johannes Vermeerstraat 12 (urgentie)\n"
              "Uw klantnummer: 30118462\nOnze referentie: VH-25-8841"),
        ("p", "Beste mevrouw Stoopendaal,"),
        ("p", "Op grond van uw urgentieverklaring (kenmerk URG-2025-04203) bieden wij u de volgende woning aan: "
              "Johannes Vermeerstraat 12, 3572 AD Utrecht, een gelijkvloerse seniorenwoning met drie kamers en "
              "inpandige scootmobielberging. De kale huur is EUR 612,40 per maand; de servicekosten zijn EUR 38,15."),
        ("p", "De woning is aangepast voor bewoners met een heupprothese en longklachten: er is een "
              "douchezitje en er zijn geen drempels. Uw zoon, de heer Martijn Stoopendaal, heeft ons gevraagd hem "
              "als contactpersoon te noteren (06-20 48 13 96)."),
        ("p", "De bezichtiging is op dinsdag 12 augustus 2025 om 10.30 uur. Wilt u binnen vijf werkdagen laten weten "
              "of u de woning accepteert? Weigert u deze passende woning, dan kan de gemeente Utrecht uw "
              "urgentieverklaring intrekken."),
        ("p", "Met vriendelijke groet,\n\nYasmina Bouzian\nverhuurmakelaar Mitros\ny.bouzian@mitros.nl"),
        ("small", "Mitros verwerkt uw gegevens volgens de AVG. Zie mitros.nl/privacy."),
    ]
    d.R("PERSON", "R.P. Stoopendaal", W("Stoopendaal"))
    d.R("ADDRESS", "Tolsteegsingel 9 bis", "Tolsteegsingel 9 bis", "3582 AC")
    d.R("CLIENT_NUMBER", "30118462", "30118462")
    d.R("HEALTH", "heupprothese en longklachten", "heupprothese", "longklachten")
    d.R("PERSON", "Martijn Stoopendaal", W("Martijn"), "06-20 48 13 96")
    d.R("PERSON", "Yasmina Bouzian", "Yasmina Bouzian", "y.bouzian@mitros.nl")
    d.R("PERSON", "XMP creator", "Y. Bouzian", ch="metadata")
    d.xmp_creator = ["Y. Bouzian"]
    keep_common(d, "mitros")
    d.K("PHONE_GENERAL", "030 280 20 20", "030 280 20 20")
    d.K("ADDRESS_PUBLIC", "Postbus 85000", "Postbus 85000")
    d.K("CASE", "URG-2025-04203", "URG-2025-04203")
    d.K("CASE", "VH-25-8841", "VH-25-8841")
    d.K("ADDRESS_OFFERED", "Johannes Vermeerstraat 12", "Johannes Vermeerstraat 12")
    d.K("AMOUNT", "EUR 612,40", "EUR 612,40")
    d.K("TITLE", "verhuurmakelaar", W("verhuurmakelaar"))
    d.K("DATE", "12 augustus 2025", "12 augustus 2025")
    return d, render_rl(d, b, font="LiberationSans", size=10, author="Mitros")


# ================================================================== ee19 besluitenlijst bestuurlijk overleg (docx)
@doc
def ee19():
    d = Doc("ee19", "Besluitenlijst bestuurlijk overleg volkshuisvesting", "LibreOffice Writer (python-docx)")
    b = [
        ("h1", "Besluitenlijst bestuurlijk overleg wonen Utrecht"),
        ("p", "Datum: 1 juli 2025, 9.00-11.00 uur, Stadskantoor (kamer van de wethouder)\n"
              "Aanwezig: wethouder Dennis de Vries (voorzitter); A. Wiersema-Dolman (Bo-Ex); R. Hofstede (Mitros); "
              "G. Valkema (Portaal); T. Boerefijn (SSH); H. Snijderman en F. Yildirimkaya (huurdersorganisaties)\n"
              "Ambtelijk: W.F. Terhorst, R. Vermeulen-Akkerman (verslag)\nAfwezig met bericht: G. Rademaker"),
        ("tbl", [["Nr.", "Onderwerp", "Besluit / actie", "Wie", "Wanneer"],
                 ["1", "Voortgang prestatieafspraken 2025", "Uitstroom MO/BW blijft achter (201 van 450). Corporaties "
                       "leveren per kwartaal kandidaten-woningen.", "corporaties", "Q3 2025"],
                 ["2", "Wijziging urgentieregeling", "Partijen steunen mantelzorg als verplichte categorie; Mitros "
                       "wil overgangsregeling. Gemeente werkt uit.", "Terhorst", "sept 2025"],
                 ["3", "Wachttijden per wijk", "Publicatie in monitor Wonen, halfjaarlijks.", "gemeente", "sept 2025"],
                 ["4", "Casus Kanaleneiland", "Bo-Ex meldt escalatie in portiek Marshallaan (overlast door bewoner "
                       "met psychiatrische problematiek). Wijkteam en GGD zoeken oplossing.", "Wiersema-Dolman",
                  "direct"],
                 ["5", "Jaarschijf 2026", "Eerste concept in oktober; ondertekening 15 december 2025.", "Vermeulen-"
                       "Akkerman", "okt 2025"]], None),
        ("p", "Mevrouw Wiersema-Dolman geeft aan dat Bo-Ex de huurverhoging 2026 beperkt tot inflatie. De heer Hofstede "
              "vraagt de wethouder om een lobby richting het ministerie van Volkshuisvesting en Ruimtelijke Ordening "
              "over de verhuurderbijdrage. Wethouder De Vries zegt toe dit in te brengen via de G4 en de VNG."),
        ("p", "Volgend overleg: 7 oktober 2025."),
    ]
    for nm, probes in [("Anke Wiersema-Dolman", ["Wiersema-Dolman"]), ("Ruud Hofstede", [W("Hofstede")]),
                       ("Gerdien Valkema", [W("Valkema")]), ("Thijs Boerefijn", [W("Boerefijn")]),
                       ("Henk Snijderman", [W("Snijderman")]), ("Ferhat Yildirimkaya", [W("Yildirimkaya")]),
                       ("W.F. Terhorst", [W("Terhorst")]), ("Roos Vermeulen-Akkerman", ["Vermeulen-Akkerman"]),
                       ("Gonnie Rademaker", [W("Rademaker")])]:
        d.R("PERSON", nm, *probes)
    d.R("HEALTH", "psychiatrische problematiek (bewoner)", "psychiatrische problematiek")
    keep_common(d, "dedevries", "bo-ex", "mitros", "portaal", "ssh")
    d.K("ORG", "GGD", W("GGD"))
    d.K("OFFICE_HOLDER", "Wethouder De Vries", W("Wethouder De Vries"))
    d.K("ORG", "ministerie van Volkshuisvesting en Ruimtelijke Ordening",
        "ministerie van Volkshuisvesting en Ruimtelijke Ordening")
    d.K("ORG", "VNG", W("VNG"))
    d.K("ORG", "G4", W("G4"))
    d.K("PLACE", "Kanaleneiland", W("Kanaleneiland"))
    d.K("PLACE", "Marshallaan", W("Marshallaan"))
    d.K("DATE", "7 oktober 2025", "7 oktober 2025")
    d.K("DATE", "1 juli 2025", "1 juli 2025")
    d.K("TERM", "verhuurderbijdrage", W("verhuurderbijdrage"))
    return d, render_docx(d, b, font="Carlito", size=10.5, author="Gemeente Utrecht")


# ================================================================== ee20 inventarislijst Woo (landscape)
@doc
def ee20():
    d = Doc("ee20", "Inventarislijst Woo-besluit urgentiebeleid", "reportlab Helvetica landscape")
    rows = [["Nr.", "Document", "Datum", "Beoordeling", "Grond", "Toelichting"],
            ["1", "Zienswijze Huurdersvereniging Bo-Ex '91", "04-03-2025", "deels openbaar", "5.1.2e",
             "naam en adres van lid (J. Verhoef-Kamp) weggelakt"],
            ["2", "E-mailwisseling huurdersorganisaties", "21-03-2025", "deels openbaar", "5.1.2e", ""],
            ["3", "Verslag urgentiecommissie", "10-06-2025", "deels openbaar", "5.1.1d, 5.1.1e, 5.1.2e",
             "gegevens aanvragers"],
            ["4", "Besluitenlijst bestuurlijk overleg", "01-07-2025", "deels openbaar", "5.1.2e", ""],
            ["5", "Beslisnota wijziging urgentieregeling", "02-10-2025", "deels openbaar", "5.1.2e, 5.2.1", ""],
            ["6", "Monitor woningtoewijzing 2024", "15-01-2025", "openbaar", "-", "reeds gepubliceerd"],
            ["7", "Schriftelijke vragen 2025/087", "10-06-2025", "openbaar", "-", "reeds openbaar via raadsinformatie"],
            ["8", "Interne app-berichten", "12-09-2025", "niet openbaar", "5.1.1d, 5.1.2e",
             "bevat alleen gegevens van aanvrager S. Pijnappel"],
            ["9", "Prestatieafspraken 2026", "15-12-2025", "openbaar", "-", "handtekeningen weggelakt"]]
    b = [
        ("h1", "Inventarislijst bij Woo-besluit WOO-2026-0041"),
        ("p", "Verzoeker: Lotte Hazenberg (DUIC). Verzoek van 6 januari 2026 om documenten over het urgentiebeleid "
              "en de woningtoewijzing aan urgent woningzoekenden in 2025."),
        ("tbl", rows, [10, 70, 24, 30, 38, 95]),
        ("p", "Behandeld door team Informatieverzoeken (woo@utrecht.nl); dossierbeheer: K. Bolhuis-Verweij."),
    ]
    d.R("PERSON", "J. Verhoef-Kamp", "Verhoef-Kamp")
    d.R("PERSON", "S. Pijnappel", W("Pijnappel"))
    d.R("PERSON", "Lotte Hazenberg", "Lotte Hazenberg")
    d.R("PERSON", "K. Bolhuis-Verweij", "Bolhuis-Verweij")
    d.K("CASE", "WOO-2026-0041", "WOO-2026-0041")
    d.K("MAILBOX", "woo@utrecht.nl", "woo@utrecht.nl")
    d.K("ORG", "DUIC", W("DUIC"))
    d.K("GROUND", "5.1.2e", "5.1.2e")
    d.K("GROUND", "5.1.1d", "5.1.1d")
    d.K("ASSESSMENT", "deels openbaar", "deels openbaar")
    d.K("ASSESSMENT", "niet openbaar", "niet openbaar")
    d.K("CASE", "2025/087", "2025/087")
    d.K("ORG", "Huurdersvereniging Bo-Ex '91", "Huurdersvereniging Bo-Ex '91")
    d.K("DATE", "10-06-2025", "10-06-2025")
    return d, render_rl(d, b, font="Helvetica", size=9.5, pagesize=landscape(A4), author="Informatieverzoeken")


# ================================================================== ee21 Woo-besluit (LiberationSerif, 2 p.)
@doc
def ee21():
    d = Doc("ee21", "Besluit op Woo-verzoek urgentiebeleid", "reportlab LiberationSerif")
    b = [
        ("small", "Gemeente Utrecht | Team Informatieverzoeken | woo@utrecht.nl"),
        ("sp", 6),
        ("p", "Mevrouw L. Hazenberg\nDe Utrechtse Internet Courant\nVondellaan 2\n3521 GD Utrecht\n"
              "per e-mail: lotte.hazenberg@duic.nl"),
        ("p", "Datum: 17 februari 2026\nKenmerk: WOO-2026-0041\nOnderwerp: besluit op uw Woo-verzoek"),
        ("p", "Geachte mevrouw Hazenberg,"),
        ("p", "Op 6 januari 2026 hebt u op grond van de Wet open overheid (Woo) gevraagd om openbaarmaking van documenten "
              "over het urgentiebeleid en de toewijzing van sociale huurwoningen aan urgent woningzoekenden in 2025. "
              "Wij hebben de ontvangst bevestigd op 8 januari 2026 en de beslistermijn op 3 februari 2026 met twee "
              "weken verdaagd."),
        ("h2", "Besluit"),
        ("p", "Wij maken de documenten genoemd in de inventarislijst gedeeltelijk openbaar. Document 8 maken wij niet "
              "openbaar. In de overige documenten zijn persoonsgegevens weggelakt met vermelding van de grond."),
        ("h2", "Overwegingen"),
        ("p", "Persoonlijke levenssfeer (artikel 5.1, tweede lid, aanhef en onder e, Woo). Namen en contactgegevens "
              "van medewerkers van de gemeente en de corporaties die niet in de openbaarheid treden, en gegevens van "
              "woningzoekenden en huurders maken wij niet openbaar. De namen van wethouder Dennis de Vries en van "
              "raadsleden blijven leesbaar."),
        ("p", "Bijzondere persoonsgegevens (artikel 5.1, eerste lid, aanhef en onder d, Woo). Medische gegevens en "
              "strafrechtelijke gegevens van aanvragers van een urgentieverklaring maken wij niet openbaar."),
        ("p", "Identificatienummers (artikel 5.1, eerste lid, onder e, Woo). Burgerservicenummers en "
              "klantnummers zijn onleesbaar gemaakt."),
        ("p", "Persoonlijke beleidsopvattingen (artikel 5.2, eerste lid, Woo). In de beslisnota (document 5) zijn "
              "enkele passages met persoonlijke beleidsopvattingen van ambtenaren weggelakt."),
        ("h2", "Publicatie"),
        ("p", "Dit besluit en de documenten worden gepubliceerd op open.utrecht.nl en via het Woo-index van "
              "PLOOI. Uw naam en e-mailadres worden daarbij weggelakt."),
        ("p", "Hoogachtend,\nhet college van burgemeester en wethouders van Utrecht,\nnamens dezen,\n\n"
              "Karin Bolhuis-Verweij\nteamleider Informatieverzoeken"),
        ("small", "Bezwaar: binnen zes weken na bekendmaking, op grond van de Algemene wet bestuursrecht."),
    ]
    d.R("PERSON", "Lotte Hazenberg", W("Hazenberg"), "lotte.hazenberg@duic.nl")
    d.R("PERSON", "Karin Bolhuis-Verweij", "Bolhuis-Verweij", W("Karin"))
    d.outline = [("Besluit - verzoeker privé l.hazenberg@gmail.com", 0), ("Concept door K.M. Bolhuis", 0)]
    d.R("EMAIL", "outline title (requester)", "l.hazenberg@gmail.com", ch="outline")
    d.R("PERSON", "outline title (civil servant)", "K.M. Bolhuis", ch="outline")
    keep_common(d, "woo", "dedevries", "awb", "utrecht")
    d.K("ORG", "De Utrechtse Internet Courant", "De Utrechtse Internet Courant")
    d.K("ADDRESS_ORG", "Vondellaan 2", "Vondellaan 2")
    d.K("CASE", "WOO-2026-0041", "WOO-2026-0041")
    d.K("MAILBOX", "woo@utrecht.nl", "woo@utrecht.nl")
    d.K("ORG", "PLOOI", W("PLOOI"))
    d.K("TITLE", "teamleider Informatieverzoeken", "teamleider Informatieverzoeken")
    d.K("DATE", "6 januari 2026", "6 januari 2026")
    return d, render_rl(d, b, font="LiberationSerif", size=11, author="Informatieverzoeken")



# ================================================================== ee22 klacht huurder (docx)
@doc
def ee22():
    d = Doc("ee22", "Klacht over toewijzing woning aan urgent woningzoekende", "LibreOffice Writer (python-docx)")
    b = [
        ("p", "Van: Gerrit Mulderije <g.mulderije@kpnmail.nl>\nVerzonden: zondag 12 oktober 2025 22:51\n"
              "Aan: klachten@utrecht.nl; klantenservice@portaal.nl\nOnderwerp: Klacht: mijn buurvrouw kreeg voorrang"),
        ("p", "Geachte heer/mevrouw,"),
        ("p", "Ik sta sinds 2009 ingeschreven bij WoningNet (inschrijfnummer WN-1185502) en reageer al jaren zonder "
              "resultaat. Nu hoor ik dat mijn buurvrouw van nummer 14, mevrouw Fatma Yilmazer, binnen drie maanden een "
              "nieuwe woning van Portaal heeft gekregen omdat ze 'urgent' is. Ze vertelde zelf dat ze in de "
              "Blijf Groep heeft gezeten vanwege haar ex. Dat is sneu, maar ik woon met mijn vrouw Loes en twee "
              "kinderen al twaalf jaar in een flat van 58 m2 aan de Hooft Graaflandstraat 16-2 in Hoograven."),
        ("p", "Ik wil weten hoeveel woningen Portaal in 2025 aan urgenten heeft gegeven en waarom mensen die netjes "
              "wachten achteraan komen. Ik heb hierover ook raadslid Mila Verbruggen gemaild."),
        ("p", "Mijn telefoonnummer is 06-44 17 38 09. Ik ben geboren op 9 juni 1976, voor als u dat nodig heeft."),
        ("p", "Met vriendelijke groet,\nG. Mulderije"),
        ("sp", 6),
        ("p", "<b>Interne notitie Klachtencoördinatie gemeente Utrecht</b>"),
        ("p", "Klachtnummer KL-2025-11902. Behandelaar: Daan Scheepmaker (klachtencoördinator). Klacht betreft deels "
              "Portaal (doorgestuurd). Let op: klager noemt gegevens van een derde (slachtoffer huiselijk geweld); "
              "deze gegevens niet in de reactie herhalen. Reactie binnen zes weken conform hoofdstuk 9 van de "
              "Algemene wet bestuursrecht."),
    ]
    d.R("PERSON", "Gerrit Mulderije", W("Mulderije"), W("Gerrit"), "g.mulderije@kpnmail.nl")
    d.R("CLIENT_NUMBER", "WN-1185502", "WN-1185502")
    d.R("PERSON", "Fatma Yilmazer", "Fatma Yilmazer")
    d.R("SPECIAL", "in de Blijf Groep vanwege haar ex", "vanwege haar ex")
    d.R("PERSON", "Loes", W("Loes"))
    d.R("ADDRESS", "Hooft Graaflandstraat 16-2", "Hooft Graaflandstraat 16-2")
    d.R("PHONE", "06-44 17 38 09", "06-44 17 38 09")
    d.R("DOB", "9 juni 1976", "9 juni 1976")
    d.R("PERSON", "Daan Scheepmaker", "Daan Scheepmaker")
    keep_common(d, "woningnet", "awb")
    d.K("ORG", "Portaal", W("Portaal"))
    d.K("MAILBOX", "klachten@utrecht.nl", "klachten@utrecht.nl")
    d.K("MAILBOX", "klantenservice@portaal.nl", "klantenservice@portaal.nl")
    d.K("ORG", "Blijf Groep", W("Blijf Groep"))
    d.K("PLACE", "Hoograven", W("Hoograven"))
    d.K("OFFICE_HOLDER", "raadslid Mila Verbruggen", "Mila Verbruggen")
    d.K("CASE", "KL-2025-11902", "KL-2025-11902")
    d.K("TITLE", "klachtencoördinator", W("klachtencoördinator"))
    return d, render_docx(d, b, font="Liberation Sans", size=10.5, author="klachten")


# ================================================================== ee23 concept-nota with sticky notes (annotations)
@doc
def ee23():
    d = Doc("ee23", "Concept-notitie evaluatie urgentieregeling met opmerkingen", "reportlab Carlito + annotations")
    b = [
        ("h1", "Notitie: evaluatie urgentieregeling 2022-2024 (CONCEPT)"),
        ("p", "Afdeling Wonen, versie 0.3, 11 augustus 2025. Opdrachtgever: wethouder Dennis de Vries."),
        ("h2", "1. Doel"),
        ("p", "Deze notitie evalueert de werking van de urgentieregeling uit de Huisvestingsverordening Utrecht 2019 "
              "en doet aanbevelingen voor de wijziging per 2026, mede in het licht van de Wet versterking regie "
              "volkshuisvesting en het Landelijk kader urgentie van de VNG."),
        ("h2", "2. Bevindingen"),
        ("p", "a. Het aantal aanvragen steeg van 1.214 (2022) naar 1.422 (2024); het aandeel toekenningen bleef rond "
              "29 procent.\nb. De doorlooptijd overschrijdt de wettelijke termijn van acht weken in 34 procent van de "
              "gevallen.\nc. Medische urgenties worden minder vaak toegekend sinds de GGD regio Utrecht het "
              "beoordelingskader aanscherpte.\nd. Gezinnen in de opvang wachten na toekenning het langst.\n"
              "e. Huurdersorganisaties vragen om meer aandacht voor doorstroming van ouderen."),
        ("h2", "3. Aanbevelingen"),
        ("p", "1. Maak mantelzorg een vaste urgentiecategorie.\n2. Verleng de geldigheid naar negen maanden.\n"
              "3. Zet extra capaciteit in bij het Urgentiebureau (2 fte).\n4. Rapporteer halfjaarlijks aan de raad."),
        ("p", "Zie de opmerkingen in de marge voor openstaande punten."),
    ]
    d.annots = [("Jeroen Haverkamp", "Cijfers doorlooptijd nog checken met Bas; ik denk eerder 31%."),
                ("Vermeulen-Akkerman, R.", "Punt c afstemmen met dr. Kraaijeveld van de GGD voor publicatie."),
                ("W.F. Terhorst", "Extra fte alleen als Concernfinancien akkoord is. Bel me: 06-39 55 12 84.")]
    d.R("PERSON", "Jeroen Haverkamp (annotation author)", "Jeroen Haverkamp", ch="annotations")
    d.R("PERSON", "Vermeulen-Akkerman (annotation author)", "Vermeulen-Akkerman", ch="annotations")
    d.R("PERSON", "W.F. Terhorst (annotation author)", "Terhorst", ch="annotations")
    d.R("PERSON", "Kraaijeveld (annotation text)", "Kraaijeveld", ch="annotations")
    d.R("PHONE", "06-39 55 12 84", "06-39 55 12 84", ch="annotations")
    d.R("PERSON", "Bas (annotation text)", W("Bas"), ch="annotations")
    keep_common(d, "dedevries", "hvv", "ggd")
    d.K("LAW", "Wet versterking regie volkshuisvesting", "Wet versterking regie volkshuisvesting")
    d.K("TERM", "Landelijk kader urgentie", "Landelijk kader urgentie")
    d.K("ORG", "VNG", W("VNG"))
    d.K("ORG", "Urgentiebureau", W("Urgentiebureau"))
    d.K("AMOUNT", "1.422", "1.422")
    d.K("AMOUNT", "34 procent", "34 procent")
    return d, render_rl(d, b, font="Carlito", size=11, author="Afdeling Wonen")


# ================================================================== ee24 urgentiebesluit gezin (docx, 2 p.)
@doc
def ee24():
    d = Doc("ee24", "Besluit sociale urgentie gezin uit opvang", "LibreOffice Writer (python-docx)")
    bsn = "285619032"
    b = [
        ("p", "Gemeente Utrecht\nUrgentiebureau"),
        ("p", "Mevrouw A. Benali\np/a Opvang Moira CJG, Vossegatselaan 8\n3581 RS Utrecht"),
        ("tbl", [["Datum", "Kenmerk", "Bijlagen"], ["4 november 2025", "URG-2025-08045", "2"]], None),
        ("p", "Onderwerp: toekenning urgentieverklaring (uitstroom opvang)"),
        ("p", "Beste mevrouw Benali,"),
        ("p", "U vroeg op 15 september 2025 een urgentieverklaring aan voor uzelf (geboren 30 april 1991, BSN " + bsn +
              ") en uw kinderen Sami Benali (geboren 2 februari 2015) en Lina Benali (geboren 19 oktober 2018). "
              "U verblijft sinds 1 juni 2025 in de maatschappelijke opvang, nadat u uw woning aan de Churchilllaan "
              "moest verlaten. Uw trajectbegeleider bij de opvang, mevrouw Petra Hoogenraad, heeft bevestigd dat u "
              "klaar bent om zelfstandig te wonen."),
        ("p", "De urgentiecommissie heeft uw aanvraag op 28 oktober 2025 besproken. Zij heeft vastgesteld dat u "
              "behoort tot de groep uitstromers uit de opvang als bedoeld in artikel 2.6.4 van de "
              "Huisvestingsverordening Utrecht 2019 en de prestatieafspraken met Bo-Ex, Mitros en Portaal."),
        ("h2", "Besluit"),
        ("p", "Wij kennen u een urgentieverklaring toe met zoekprofiel: eengezinswoning of portiekwoning met drie "
              "kamers, in Utrecht, IJsselstein of Nieuwegein. U ontvangt binnen negen maanden een passend aanbod. "
              "De verklaring geldt tot 4 augustus 2026."),
        ("p", "Uw zoon Sami heeft ADHD en een indicatie voor speciaal onderwijs; wij hebben de corporaties gevraagd "
              "rekening te houden met de nabijheid van De Tamarinde. Die informatie delen wij alleen met uw "
              "toestemming."),
        ("pb",),
        ("h2", "Voorwaarden"),
        ("p", "1. U accepteert begeleiding door het Buurtteam gedurende het eerste jaar.\n2. U betaalt de huur via "
              "automatische incasso van rekening NL39 ASNB 8820 4173 61.\n3. U meldt wijzigingen in uw gezinssituatie "
              "direct aan het Urgentiebureau."),
        ("p", "Bezwaar kunt u maken binnen zes weken op grond van de Algemene wet bestuursrecht."),
        ("p", "Met vriendelijke groet,\n\nNoor el Idrissi\nconsulent urgentie\n06-15938274"),
    ]
    d.R("PERSON", "A. Benali", W("Benali"))
    d.R("DOB", "30 april 1991", "30 april 1991")
    d.R("BSN", bsn, bsn)
    d.R("PERSON", "Sami Benali", W("Sami"))
    d.R("DOB", "2 februari 2015", "2 februari 2015")
    d.R("PERSON", "Lina Benali", W("Lina"))
    d.R("DOB", "19 oktober 2018", "19 oktober 2018")
    d.R("PERSON", "Petra Hoogenraad", "Petra Hoogenraad")
    d.R("HEALTH", "ADHD", W("ADHD"), "speciaal onderwijs")
    d.R("IBAN", "NL39 ASNB 8820 4173 61", "NL39 ASNB 8820 4173 61")
    d.R("PERSON", IDRISSI[0], "Noor el Idrissi", IDRISSI[2])
    keep_common(d, "utrecht", "urgcie", "hvv", "bo-ex", "mitros", "portaal", "awb")
    d.K("CASE", "URG-2025-08045", "URG-2025-08045")
    d.K("ADDRESS_PUBLIC", "Vossegatselaan 8", "Vossegatselaan 8")
    d.K("PLACE", "Churchilllaan", W("Churchilllaan"))
    d.K("PLACE", "IJsselstein", W("IJsselstein"))
    d.K("ORG", "De Tamarinde", "De Tamarinde")
    d.K("ORG", "Buurtteam", W("Buurtteam"))
    d.K("ORG", "Urgentiebureau", W("Urgentiebureau"))
    d.K("DATE", "28 oktober 2025", "28 oktober 2025")
    return d, render_docx(d, b, font="DejaVu Sans", size=10, author="Urgentiebureau")


# ================================================================== ee25 huisbezoekrapport (DejaVuSerif)
@doc
def ee25():
    d = Doc("ee25", "Rapport huisbezoek urgentieaanvraag", "reportlab DejaVuSerif")
    b = [
        ("h1", "Rapport huisbezoek"),
        ("tbl", [["Dossier", "URG-2025-04203", "Datum bezoek", "22 april 2025"],
                 ["Aanvrager", "Rita Stoopendaal", "Geboren", "8 september 1956"],
                 ["Adres", "Tolsteegsingel 9 bis, 3582 AC Utrecht", "Telefoon", "030-251 77 90"],
                 ["Consulent", "Noor el Idrissi", "Tweede medewerker", "Sjoerd Akkermans (stagiair)"]],
         [24, 60, 30, 55]),
        ("h2", "Woonsituatie"),
        ("p", "Mevrouw woont alleen in een souterrainwoning met een steile trap naar slaapkamer en badkamer op de "
              "eerste verdieping. De woning is eigendom van een particuliere verhuurder, de heer B. van Eck. Er is "
              "een traplift aangevraagd via de Wmo, maar die kan volgens de Wmo-adviseur niet worden geplaatst "
              "vanwege de smalle draaitrap."),
        ("h2", "Gezondheid (uit gesprek, ter verificatie door GGD)"),
        ("p", "Mevrouw heeft COPD GOLD-stadium 3 en gebruikt thuiszuurstof. Na een val in februari 2025 kreeg zij een "
              "heupprothese. Zij slaapt sindsdien in de woonkamer op een bed. Haar zoon Martijn komt drie keer per "
              "week helpen; daarnaast komt de thuiszorg van Careyn twee keer per dag."),
        ("h2", "Zelfredzaamheid"),
        ("p", "Mevrouw heeft een laag inkomen (AOW en klein pensioen) en staat sinds 1998 bij WoningNet ingeschreven. "
              "Zij reageert wel op woningen maar alleen op benedenwoningen in de Binnenstad, waar de wachttijd erg lang "
              "is. Advies: zoekgebied verruimen naar Zuid en Oost."),
        ("h2", "Conclusie consulent"),
        ("p", "Er lijkt sprake van een medische noodsituatie. Medisch advies aanvragen bij de GGD regio Utrecht en "
              "agenderen voor de urgentiecommissie van 10 juni 2025."),
        ("p", "Opgemaakt door N. el Idrissi, 23 april 2025."),
    ]
    d.R("PERSON", "Rita Stoopendaal", W("Stoopendaal"), W("Rita"))
    d.R("DOB", "8 september 1956", "8 september 1956")
    d.R("ADDRESS", "Tolsteegsingel 9 bis", "Tolsteegsingel 9 bis", "3582 AC")
    d.R("PHONE", "030-251 77 90", "030-251 77 90")
    d.R("PERSON", IDRISSI[0], "el Idrissi")
    d.R("PERSON", "Sjoerd Akkermans", "Sjoerd Akkermans")
    d.R("PERSON", "B. van Eck", "B. van Eck")
    d.R("HEALTH", "COPD, thuiszuurstof, heupprothese", "COPD", "thuiszuurstof", "heupprothese")
    d.R("PERSON", "Martijn", W("Martijn"))
    d.R("INCOME", "AOW en klein pensioen", "AOW en klein pensioen")
    keep_common(d, "ggd", "woningnet", "urgcie")
    d.K("CASE", "URG-2025-04203", "URG-2025-04203")
    d.K("ORG", "Careyn", W("Careyn"))
    d.K("LAW", "Wmo", W("Wmo"))
    d.K("PLACE", "Binnenstad", W("Binnenstad"))
    d.K("DATE", "10 juni 2025", "10 juni 2025")
    d.K("TITLE", "Wmo-adviseur", "Wmo-adviseur")
    return d, render_rl(d, b, font="DejaVuSerif", size=10, header="Urgentiebureau - Rapport huisbezoek",
                        author="N. el Idrissi")



# ================================================================== ee26 mantelzorgurgentie (Times)
@doc
def ee26():
    d = Doc("ee26", "Besluit mantelzorgurgentie", "reportlab Times-Roman")
    b = [
        ("right", "Gemeente Utrecht\nPostbus 16200\n3500 CE Utrecht\n\nUtrecht, 19 juni 2025"),
        ("p", "De heer K.J. van Oirschot\nRubenslaan 201\n3582 JK Utrecht"),
        ("p", "Ons kenmerk: URG-2025-04311\nUw burgerservicenummer: 258374615"),
        ("p", "<b>Besluit op uw aanvraag om een urgentieverklaring als mantelzorger</b>"),
        ("p", "Geachte heer Van Oirschot,"),
        ("p", "U hebt ons gevraagd om urgentie om dichter bij uw moeder, mevrouw Truus van Oirschot-Mes (91), te "
              "kunnen wonen. Uw moeder woont aan de Prins Hendriklaan in Zeist en heeft sinds 2023 de ziekte van "
              "Alzheimer. U verleent volgens de verklaring van Mantelzorg Utrecht gemiddeld 22 uur per week zorg. "
              "U bent geboren op 30 juni 1969 en woont nu in Utrecht-Oost."),
        ("p", "Mantelzorg is in de Huisvestingsverordening Utrecht 2019 een grond voor urgentie als de zorg "
              "noodzakelijk is, langer dan drie maanden duurt en niet op een andere manier kan worden georganiseerd. "
              "De urgentiecommissie heeft op 10 juni 2025 geadviseerd urgentie toe te kennen."),
        ("p", "<b>Besluit.</b> Wij kennen u urgentie toe voor een woning in Zeist of in de wijken Oost en "
              "Binnenstad van Utrecht. Omdat Zeist in de regio Utrecht valt, kunnen ook de corporaties Woongoed "
              "Zeist en de Seyster Veste u een woning aanbieden via WoningNet."),
        ("p", "Met vriendelijke groet,\nnamens het college,\n\nJ. Haverkamp\nteamleider Urgentiebureau"),
        ("small", "Een kopie van dit besluit is verzonden aan uw casemanager dementie, mevrouw I. Raaijmakers "
                  "(Vitras)."),
    ]
    d.R("PERSON", "K.J. van Oirschot", W("Oirschot"), "K.J. van Oirschot")
    d.R("ADDRESS", "Rubenslaan 201", "Rubenslaan 201", "3582 JK")
    d.R("BSN", "258374615", "258374615")
    d.R("PERSON", "Truus van Oirschot-Mes", "Truus", "Oirschot-Mes")
    d.R("HEALTH", "ziekte van Alzheimer", "Alzheimer")
    d.R("DOB", "30 juni 1969", "30 juni 1969")
    d.R("PERSON", HAVERKAMP[0], "J. Haverkamp")
    d.R("PERSON", "I. Raaijmakers", "Raaijmakers")
    keep_common(d, "utrecht", "hvv", "urgcie", "woningnet")
    d.K("CASE", "URG-2025-04311", "URG-2025-04311")
    d.K("PLACE", "Zeist", W("Zeist"))
    d.K("PLACE", "Prins Hendriklaan", "Prins Hendriklaan")
    d.K("ORG", "Mantelzorg Utrecht", "Mantelzorg Utrecht")
    d.K("ORG", "Woongoed Zeist", "Woongoed Zeist")
    d.K("ORG", "Seyster Veste", "Seyster Veste")
    d.K("ORG", "Vitras", W("Vitras"))
    d.K("TITLE", "teamleider Urgentiebureau", "teamleider Urgentiebureau")
    return d, render_rl(d, b, font="Times-Roman", size=11.5, author="Urgentiebureau")


# ================================================================== ee27 raadsinformatiebrief (LiberationSans, 2 p.)
@doc
def ee27():
    d = Doc("ee27", "Raadsinformatiebrief woningtoewijzing urgenten", "reportlab LiberationSans")
    b = [
        ("h1", "Raadsinformatiebrief"),
        ("tbl", [["Datum", "23 september 2025"], ["Portefeuillehouder", "wethouder Dennis de Vries"],
                 ["Onderwerp", "Monitor Wonen: wachttijden urgenten en uitstroom opvang, eerste halfjaar 2025"],
                 ["Kenmerk", "RIB 2025/231"], ["Contact", "afdeling Wonen, wonen@utrecht.nl"]], [40, 125], False),
        ("p", "Geachte leden van de raad,"),
        ("p", "In antwoord op schriftelijke vragen 2025/087 van raadslid Mila Verbruggen (PvdA) en raadslid Tarik "
              "Oudshoorn (SP) hebben wij toegezegd u halfjaarlijks te informeren over de wachttijden van urgent "
              "woningzoekenden. Met deze brief doen wij dat voor het eerst."),
        ("h2", "Kerncijfers eerste halfjaar 2025"),
        ("tbl", [["Indicator", "H1 2024", "H1 2025"],
                 ["Aanvragen urgentie", "688", "761"], ["Toegekend", "198", "214"],
                 ["Gemiddelde zoektijd na toekenning (maanden)", "7,6", "8,3"],
                 ["Uitstroom MO/BW gehuisvest", "176", "201"], ["Vergunninghouders gehuisvest", "97", "112"]],
         [95, 35, 35]),
        ("p", "De zoektijd na toekenning is gestegen, vooral voor grote gezinnen. Bo-Ex, Mitros en Portaal hebben "
              "toegezegd in het tweede halfjaar meer grote woningen vrij te geven voor urgenten. SSH draagt bij via "
              "tijdelijke contracten voor jongeren uit de jeugdzorg."),
        ("h2", "Vervolg"),
        ("p", "Wij leggen de wijziging van de Huisvestingsverordening Utrecht 2019 in november 2025 aan de raad voor. "
              "In de commissie Ruimte van 7 oktober 2025 lichten wij deze brief graag toe. Tijdens het werkbezoek "
              "aan de urgentiecommissie op 16 september 2025 spraken raadslid Oudshoorn en raadslid Verbruggen al "
              "met de commissieleden."),
        ("pb",),
        ("p", "Met vriendelijke groet,"),
        ("p", "Het college van burgemeester en wethouders van Utrecht,\n\nde burgemeester,\nSharon Dijksma\n\n"
              "wethouder Wonen,\nDennis de Vries"),
        ("small", "Ambtelijke voorbereiding: W.F. Terhorst (afdelingshoofd Wonen), R. Vermeulen-Akkerman; "
                  "cijfers: team Onderzoek (Joost Nagtegaal)."),
    ]
    d.R("PERSON", "W.F. Terhorst", W("Terhorst"))
    d.R("PERSON", VERMEULEN[0], "Vermeulen-Akkerman")
    d.R("PERSON", "Joost Nagtegaal", "Joost Nagtegaal")
    keep_common(d, "dedevries", "dijksma", "bo-ex", "mitros", "portaal", "ssh", "hvv", "urgcie")
    d.K("OFFICE_HOLDER", "raadslid Mila Verbruggen", W("Verbruggen"))
    d.K("OFFICE_HOLDER", "raadslid Tarik Oudshoorn", W("Oudshoorn"))
    d.K("OFFICE_HOLDER", "Sharon Dijksma", "Sharon Dijksma")
    d.K("CASE", "RIB 2025/231", "RIB 2025/231")
    d.K("CASE", "2025/087", "2025/087")
    d.K("MAILBOX", "wonen@utrecht.nl", "wonen@utrecht.nl")
    d.K("ORG", "commissie Ruimte", "commissie Ruimte")
    d.K("AMOUNT", "761", W("761"))
    d.K("AMOUNT", "8,3", W("8,3"))
    d.K("DATE", "7 oktober 2025", "7 oktober 2025")
    d.K("TITLE", "afdelingshoofd Wonen", "afdelingshoofd Wonen")
    return d, render_rl(d, b, font="LiberationSans", size=10.5, footer="RIB 2025/231", author="Gemeente Utrecht")


# ================================================================== ee28 scanned GGD intake form (scan)
@doc
def ee28():
    d = Doc("ee28", "Ingevuld medisch formulier urgentie (scan)", "scan (reportlab Helvetica + handwriting -> JPEG)")
    b = [
        ("h2", "GGD regio Utrecht - Medische vragenlijst urgentieaanvraag"),
        ("p", "Vertrouwelijk. In gesloten envelop sturen aan: GGD regio Utrecht, t.a.v. medisch adviseur urgentie."),
        ("tbl", [["Naam aanvrager", "Tamara Groenendijk"], ["Geboortedatum", "5 mei 1994"],
                 ["Dossier gemeente", "URG-2025-04402"], ["Huisarts", "dr. S. Wagenvoort, Gezondheidscentrum Overvecht"],
                 ["Telefoon", "06-71 30 55 84"]], [55, 110]),
        ("p", "1. Welke aandoening(en) hebt u?"),
        ("p", "Gegeneraliseerde angststoornis en paniekaanvallen, sinds 2019. In behandeling bij Altrecht."),
        ("p", "2. Welke medicijnen gebruikt u?"),
        ("p", "Sertraline 100 mg per dag."),
        ("p", "3. Waarom kunt u door uw gezondheid niet in uw huidige woning blijven?"),
        ("p", "Ik woon boven een café in de Voorstraat, het lawaai tot 3 uur 's nachts maakt mijn klachten erger."),
        ("p", "Ik geef toestemming om informatie op te vragen bij mijn huisarts en behandelaar."),
        ("sig", "T. Groenendijk", "Femke"),
        ("p", "Handtekening aanvrager, datum 2 mei 2025"),
    ]
    d.R("PERSON", "Tamara Groenendijk", "Groenendijk", ch="ocr")
    d.R("DOB", "5 mei 1994", "5 mei 1994", ch="ocr")
    d.R("PERSON", "dr. S. Wagenvoort", "Wagenvoort", ch="ocr")
    d.R("PHONE", "06-71 30 55 84", "30 55 84", ch="ocr")
    d.R("HEALTH", "angststoornis, paniekaanvallen, sertraline", "angststoornis", "paniekaanvallen", "Sertraline",
        ch="ocr")
    return d, render_scan(d, b, font="Helvetica", size=11, angle=1.1, seed=28)


# ================================================================== ee29 telefoonnotitie (Courier)
@doc
def ee29():
    d = Doc("ee29", "Telefoonnotitie urgentie", "reportlab LiberationMono")
    b = [
        ("h2", "TELEFOONNOTITIE"),
        ("mono", "Datum/tijd : 14-10-2025 11:20\n"
                 "Gesproken  : Bas Lindeboom (secretaris urgentiecommissie)\n"
                 "Beller     : dhr. Yonas Tesfamariam, 06-87 22 41 09\n"
                 "Dossier    : URG-2025-07980\n"
                 "Onderwerp  : vergunninghouder, gezinshereniging"),
        ("p", "De heer Tesfamariam belt over de woning die Portaal hem heeft aangeboden in Overvecht (2 kamers). Zijn "
              "vrouw en drie kinderen komen via gezinshereniging in december 2025 naar Nederland (IND-zaak bekend, "
              "V-nummer 2876543210). Hij vraagt of hij een grotere woning kan krijgen. Hij geeft aan dat hij als "
              "christen in Eritrea gevangen heeft gezeten en niet terug kan."),
        ("p", "Uitgelegd: de taakstelling vergunninghouders valt onder de prestatieafspraken; Portaal en het COA "
              "stemmen de woninggrootte af op de gezinssamenstelling. Doorverwezen naar VluchtelingenWerk "
              "Midden-Nederland, zijn begeleider daar is mevrouw Hanna de Wijs-Tromp (06-13 77 02 58)."),
        ("p", "Actie: BL mailt Portaal (team bijzondere doelgroepen) met verzoek om herbeoordeling."),
        ("p", "Terugbellen voor: 17-10-2025."),
    ]
    d.R("PERSON", LINDEBOOM[0], "Bas Lindeboom", W("BL"))
    d.R("PERSON", "Yonas Tesfamariam", W("Tesfamariam"), W("Yonas"))
    d.R("PHONE", "06-87 22 41 09", "06-87 22 41 09")
    d.R("ID_NUMBER", "V-nummer", "2876543210")
    d.R("SPECIAL", "religie / detentie", "christen", "gevangen heeft gezeten")
    d.R("PERSON", "Hanna de Wijs-Tromp", "Wijs-Tromp", "06-13 77 02 58")
    keep_common(d, "portaal", "urgcie")
    d.K("CASE", "URG-2025-07980", "URG-2025-07980")
    d.K("ORG", "IND", W("IND"))
    d.K("ORG", "COA", W("COA"))
    d.K("ORG", "VluchtelingenWerk Midden-Nederland", "VluchtelingenWerk Midden-Nederland")
    d.K("PLACE", "Overvecht", W("Overvecht"))
    d.K("PLACE", "Eritrea", W("Eritrea"))
    d.K("TERM", "taakstelling vergunninghouders", "taakstelling vergunninghouders")
    return d, render_rl(d, b, font="LiberationMono", size=9.5, author="BL")



# ================================================================== ee30 jaarverslag urgentiecommissie (docx, 2 p.)
@doc
def ee30():
    d = Doc("ee30", "Jaarverslag urgentiecommissie 2024", "LibreOffice Writer (python-docx)")
    b = [
        ("h1", "Jaarverslag urgentiecommissie Utrecht 2024"),
        ("p", "Vastgesteld in de vergadering van 11 maart 2025. Aangeboden aan wethouder Dennis de Vries."),
        ("h2", "1. Samenstelling"),
        ("tbl", [["Naam", "Rol", "Namens"],
                 ["mr. I. (Ilse) Oosterbroek", "onafhankelijk voorzitter", "benoemd door het college"],
                 ["J. Haverkamp", "lid", "gemeente Utrecht"],
                 ["F. Dijkhuis-Steur", "lid (jurist)", "gemeente Utrecht"],
                 ["dr. W. Kraaijeveld", "medisch adviseur", "GGD regio Utrecht"],
                 ["Y. Bouzian", "lid", "Mitros"], ["P.J. Scholtens", "lid", "Portaal"],
                 ["E. Gortzak", "lid", "Bo-Ex"], ["B. Lindeboom", "secretaris", "gemeente Utrecht"]]),
        ("p", "Op 1 september 2024 nam de heer A.C. Roodbeen-Lammers afscheid als lid namens Bo-Ex; hij werd "
              "opgevolgd door mevrouw Gortzak."),
        ("h2", "2. Cijfers"),
        ("p", "In 2024 ontving het Urgentiebureau 1.422 aanvragen. De commissie kende 412 urgenties toe en wees er "
              "812 af; 198 aanvragen werden ingetrokken. Het aantal bezwaarschriften was 121, waarvan 14 gegrond."),
        ("tbl", [["Categorie", "Toegekend", "Aandeel"], ["Medisch", "128", "31%"], ["Sociaal", "141", "34%"],
                 ["Mantelzorg", "37", "9%"], ["Uitstroom opvang (via commissie)", "86", "21%"],
                 ["Overig (calamiteit, sloop)", "20", "5%"]]),
        ("pb",),
        ("h2", "3. Signalen"),
        ("p", "De commissie ziet meer aanvragen van dakloze gezinnen en van jongeren die uit de jeugdzorg komen. "
              "Ook neemt het aantal aanvragen van mensen met psychische problemen toe; de GGD regio Utrecht "
              "beoordeelt die volgens het landelijke beoordelingskader. De commissie adviseert het college om "
              "mantelzorg als vaste categorie op te nemen en om de doorlooptijd terug te brengen tot de wettelijke "
              "acht weken."),
        ("h2", "4. Casuïstiek (geanonimiseerd)"),
        ("p", "Casus A: een alleenstaande vader met twee kinderen verloor zijn woning na een brand; urgentie "
              "toegekend binnen twee weken (calamiteitenregeling).\nCasus B: een oudere vrouw met een beperking "
              "kon door sloop van haar flat in Overvecht niet terugkeren; Mitros bood een passende woning aan."),
        ("p", "Contact: secretariaat urgentiecommissie, urgentie@utrecht.nl, telefoon 14 030."),
    ]
    for nm, probes in [("Ilse Oosterbroek", [W("Oosterbroek"), W("Ilse")]), ("J. Haverkamp", [W("Haverkamp")]),
                       ("F. Dijkhuis-Steur", ["Dijkhuis-Steur"]), ("W. Kraaijeveld", [W("Kraaijeveld")]),
                       ("Y. Bouzian", [W("Bouzian")]), ("P.J. Scholtens", [W("Scholtens")]),
                       ("E. Gortzak", [W("Gortzak")]), ("B. Lindeboom", [W("Lindeboom")]),
                       ("A.C. Roodbeen-Lammers", ["Roodbeen-Lammers"])]:
        d.R("PERSON", nm, *probes)
    keep_common(d, "dedevries", "ggd", "mitros", "portaal", "bo-ex", "14030", "urgcie")
    d.K("MAILBOX", "urgentie@utrecht.nl", "urgentie@utrecht.nl")
    d.K("ORG", "Urgentiebureau", W("Urgentiebureau"))
    d.K("ROLE", "onafhankelijk voorzitter", "onafhankelijk voorzitter")
    d.K("ROLE", "medisch adviseur", "medisch adviseur")
    d.K("AMOUNT", "1.422", "1.422")
    d.K("AMOUNT", "412", W("412"))
    d.K("PLACE", "Overvecht", W("Overvecht"))
    d.K("DATE", "11 maart 2025", "11 maart 2025")
    return d, render_docx(d, b, font="Liberation Serif", size=11, author="Secretariaat urgentiecommissie")


# ================================================================== ee31 melding weigering aanbod (Carlito)
@doc
def ee31():
    d = Doc("ee31", "Melding weigering woningaanbod urgent woningzoekende", "reportlab Carlito")
    b = [
        ("mono", "Van:       Eline Gortzak <e.gortzak@bo-ex.nl>\n"
                 "Datum:     donderdag 6 november 2025 16:12\n"
                 "Aan:       urgentie@utrecht.nl\n"
                 "CC:        Verhuur Bo-Ex <verhuur@bo-ex.nl>\n"
                 "Onderwerp: Weigering aanbod - urgent woningzoekende URG-2025-05811"),
        ("p", "Beste collega's van het Urgentiebureau,"),
        ("p", "Hierbij melden wij dat de heer Stefan Korteweg-Baas (geboren 12-08-1972, klantnummer Bo-Ex 2209-4471) "
              "op 4 november 2025 de woning Oudenoord 330, een tweekamerwoning met lift, heeft geweigerd. Volgens de heer "
              "Korteweg-Baas is de woning niet passend omdat hij vanwege zijn hiv-behandeling in het UMC Utrecht dicht "
              "bij zijn huidige netwerk in Lunetten wil blijven."),
        ("p", "Wij hebben het aanbod getoetst aan het zoekprofiel in de urgentieverklaring (2 kamers, lift, heel "
              "Utrecht) en vinden het aanbod passend. Wij verzoeken u te beoordelen of de urgentieverklaring kan "
              "worden ingetrokken op grond van artikel 2.6.8 van de Huisvestingsverordening Utrecht 2019."),
        ("p", "De bezichtiging vond plaats in aanwezigheid van zijn broer, de heer Erik Korteweg, die ook telefonisch "
              "bereikbaar is op 06-58 31 90 44."),
        ("p", "Met vriendelijke groet,\n\nEline Gortzak\nconsulent bijzondere doelgroepen | Bo-Ex\n"
              "T 030 282 50 00 (algemeen) | M 06-24 60 18 73"),
        ("sp", 8),
        ("small", "Bo-Ex | Vleutenseweg 440 | 3532 HW Utrecht | www.bo-ex.nl"),
    ]
    d.R("PERSON", "Eline Gortzak", W("Gortzak"), "e.gortzak@bo-ex.nl", "06-24 60 18 73")
    d.R("PERSON", "Stefan Korteweg-Baas", "Korteweg-Baas", W("Stefan"))
    d.R("DOB", "12-08-1972", "12-08-1972")
    d.R("CLIENT_NUMBER", "2209-4471", "2209-4471")
    d.R("HEALTH", "hiv-behandeling", "hiv-behandeling")
    d.R("PERSON", "Erik Korteweg", "Erik Korteweg", "06-58 31 90 44")
    keep_common(d, "bo-ex", "hvv")
    d.K("MAILBOX", "urgentie@utrecht.nl", "urgentie@utrecht.nl")
    d.K("MAILBOX", "verhuur@bo-ex.nl", "verhuur@bo-ex.nl")
    d.K("CASE", "URG-2025-05811", "URG-2025-05811")
    d.K("ADDRESS_OFFERED", "Oudenoord 330", "Oudenoord 330")
    d.K("ORG", "UMC Utrecht", "UMC Utrecht")
    d.K("PLACE", "Lunetten", W("Lunetten"))
    d.K("PHONE_GENERAL", "030 282 50 00", "030 282 50 00")
    d.K("ADDRESS_PUBLIC", "Vleutenseweg 440", "Vleutenseweg 440")
    d.K("TITLE", "consulent bijzondere doelgroepen", "consulent bijzondere doelgroepen")
    return d, render_rl(d, b, font="Carlito", size=11, author="Bo-Ex")


# ================================================================== ee32 dossieroverzicht (outline + Info/Author)
@doc
def ee32():
    d = Doc("ee32", "Overzicht lopende urgentiedossiers Q4 2025", "reportlab DejaVuSansCondensed + outline")
    rows = [["Dossier", "Ontvangen", "Grond", "Consulent", "Status", "Termijn"]]
    data = [("URG-2025-07731", "24-09-2025", "medisch/sociaal", "SB", "wacht op stukken", "19-11-2025"),
            ("URG-2025-07980", "30-09-2025", "vergunninghouder", "BL", "herbeoordeling Portaal", "25-11-2025"),
            ("URG-2025-08045", "15-09-2025", "uitstroom opvang", "NeI", "toegekend 4-11", "-"),
            ("URG-2025-08112", "02-10-2025", "mantelzorg", "NeI", "huisbezoek 12-11", "27-11-2025"),
            ("URG-2025-08190", "06-10-2025", "medisch", "SB", "GGD-advies gevraagd", "01-12-2025"),
            ("URG-2025-08233", "09-10-2025", "sociaal", "NeI", "commissie 25-11", "04-12-2025"),
            ("URG-2025-08301", "14-10-2025", "calamiteit (brand)", "JH", "toegekend 16-10", "-"),
            ("URG-2025-08377", "20-10-2025", "medisch", "SB", "afgewezen, bezwaar", "-")]
    rows += [list(r) for r in data]
    b = [
        ("h1", "Overzicht lopende urgentiedossiers - vierde kwartaal 2025"),
        ("p", "Stand 10 november 2025. Namen van aanvragers staan alleen in het zaaksysteem Djuma en in de "
              "bladwijzers van dit document (intern gebruik). Afkortingen consulenten: zie teamlijst."),
        ("tbl", rows, [30, 22, 30, 18, 45, 25]),
        ("h2", "Toelichting"),
        ("p", "Acht dossiers lopen; twee overschrijden naar verwachting de termijn van acht weken uit de "
              "Huisvestingsverordening Utrecht 2019. Het Urgentiebureau heeft de wethouder hierover op 3 november "
              "2025 geïnformeerd. Voor dossier URG-2025-08301 (brand) is via de calamiteitenregeling binnen twee "
              "dagen een woning van SSH beschikbaar gesteld."),
        ("pb",),
        ("h2", "Teamlijst (functioneel)"),
        ("tbl", [["Code", "Functie", "Bereikbaar via"],
                 ["JH", "teamleider", "urgentie@utrecht.nl"], ["NeI", "consulent urgentie", "urgentie@utrecht.nl"],
                 ["SB", "consulent urgentie", "urgentie@utrecht.nl"], ["BL", "secretaris commissie",
                                                                        "urgentie@utrecht.nl"]]),
        ("p", "Dit overzicht wordt elke maand bijgewerkt en besproken in het teamoverleg."),
    ]
    d.outline = [("URG-2025-07731 Raghunathan", 0), ("URG-2025-07980 Tesfamariam", 0), ("URG-2025-08045 Benali", 0),
                 ("URG-2025-08112 fam. Oudejans-Prins", 0), ("URG-2025-08190 W. Ezzahraoui", 0),
                 ("URG-2025-08233 Kim Lesterhuis", 0)]
    for nm in ["Raghunathan", "Tesfamariam", "Benali", "Oudejans-Prins", "Ezzahraoui", "Lesterhuis"]:
        d.R("PERSON", nm + " (outline title)", nm, ch="outline")
    d.meta = {"Author": "Sanne Bloemendaal-Rijks"}
    d.R("PERSON", "Info /Author", "Bloemendaal-Rijks", ch="metadata")
    for code in ["SB", "BL", "NeI", "JH"]:
        d.R("INITIALS", code, W(code))
    keep_common(d, "hvv", "ssh")
    d.K("PRODUCT", "Djuma", W("Djuma"))
    d.K("MAILBOX", "urgentie@utrecht.nl", "urgentie@utrecht.nl")
    d.K("ORG", "Urgentiebureau", W("Urgentiebureau"))
    for c in ["URG-2025-07731", "URG-2025-07980", "URG-2025-08045", "URG-2025-08301", "URG-2025-08377"]:
        d.K("CASE", c, c)
    d.K("TITLE", "secretaris commissie", "secretaris commissie")
    d.K("DATE", "10 november 2025", "10 november 2025")
    return d, render_rl(d, b, font="DejaVuSansCondensed", size=9.5, header="Gemeente Utrecht - Urgentiebureau - intern",
                        author="Urgentiebureau")


def main(argv):
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    names = argv or sorted(DOCS)
    for n in names:
        d, path = DOCS[n]()
        pages = finish(d, path)
        print(f"{n}: {pages} p, redact {sum(len(i['probes']) for i in d.redact)}, "
              f"keep {sum(len(i['probes']) for i in d.keep)}")


if __name__ == "__main__":
    main(sys.argv[1:])
