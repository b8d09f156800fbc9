"""Rebuild set CA (eval/blind/mixed69): infrastructure and environment permits.

    /work/main/.venv/bin/python make_set.py          # all documents
    /work/main/.venv/bin/python make_set.py ca03 ca17 # only these

Documents go to docs/, gold to gold/. Every keep probe's 'after' is counted on the original's
PDFium text with the evaluator's own functions (lib.finish); every redact probe has after=0 and
is checked in the channel it claims by check_gold.py.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lib import (Doc, add_notes, add_outline, build, finish, make_bsn, make_iban,  # noqa: E402
                 set_meta, soffice_convert, TMP, DOCS_DIR)

ALL = []


def reg(fn):
    ALL.append(fn)
    return fn


MOTIV = ("In de openbaar gemaakte versie van dit document zijn alle persoonsgegevens van ambtenaren, "
         "medewerkers van bedrijven en bewoners geanonimiseerd op grond van artikel 5.1, tweede lid, "
         "onder e, van de Woo.")


def motivation(d: Doc, extra=""):
    d.h("Informatie die niet openbaar gemaakt kan worden", 2)
    d.h("Motivering", 2)
    d.p(MOTIV + (" " + extra if extra else ""))


# =====================================================================================
@reg
def ca01():
    d = Doc("ca01", font="Times", size=11, title="Klacht trillingen spoor Houten")
    d.p("H.J. Bouwhuis en M. Bouwhuis-Pronk<br/>Schoolwerf 23<br/>3991 VN Houten<br/>"
        "tel. 030 - 637 21 48 / 06-41 87 22 09<br/>e-mail: hj.bouwhuis@ziggo.nl")
    d.sp(10)
    d.p("Aan: ProRail, afdeling Klantenservice<br/>Postbus 2038<br/>3500 GA Utrecht")
    d.sp(8)
    d.p("Houten, 14 oktober 2024")
    d.p("<b>Betreft: klacht over trillingen en nachtelijk geluid van goederentreinen, baanvak Utrecht – Culemborg</b>")
    d.p("Geachte heer, mevrouw,")
    d.p("Sinds de ingebruikname van het vierde spoor tussen Houten en Houten Castellum merken wij in ons huis "
        "aan de Schoolwerf steeds sterkere trillingen. Vooral de goederentreinen tussen 01.00 en 04.30 uur laten "
        "de ruiten rammelen. In de woonkamer is inmiddels een scheur ontstaan van ruim 40 cm boven de schuifpui. "
        "Onze buurman, de heer Kees van Amerongen (Schoolwerf 25), heeft dezelfde ervaring en heeft u daarover al in "
        "augustus gebeld.")
    d.p("Mijn vrouw Marja is vorig jaar geopereerd aan haar hart en slaapt sindsdien slecht; de cardioloog in het "
        "St. Antonius Ziekenhuis heeft haar geadviseerd om nachtelijke verstoring zoveel mogelijk te vermijden. "
        "Het geluid van de remmende treinen bij het emplacement maakt dat nu onmogelijk.")
    d.p("Wij vragen ProRail om (1) een trillingsmeting in onze woning te laten uitvoeren, (2) te laten weten welke "
        "maatregelen op grond van de Omgevingswet en het Besluit kwaliteit leefomgeving (Bkl) mogelijk zijn en "
        "(3) de schade aan de gevel te laten opnemen. Wij hebben onze klacht ook gemeld bij de gemeente Houten "
        "(melding 2024-08817) en bij het Meldpunt van de Inspectie Leefomgeving en Transport.")
    d.p("Wij zijn overdag bereikbaar op het mobiele nummer van mijn vrouw, 06-41 87 22 09, of per e-mail.")
    d.sp(8)
    d.p("Met vriendelijke groet,")
    d.sp(16)
    d.p("Henk Bouwhuis<br/>Marja Bouwhuis-Pronk")
    d.p("Geboortedatum i.v.m. uw klachtformulier: H.J. Bouwhuis, 03-07-1956", fontSize=9)
    d.R("PERSON", "Henk Bouwhuis", "Bouwhuis", "Henk", "H.J. Bouwhuis")
    d.R("PERSON", "Marja Bouwhuis-Pronk", "Bouwhuis-Pronk", "Marja", "Pronk")
    d.R("ADDRESS", "Schoolwerf 23, 3991 VN Houten", "Schoolwerf 23", "3991 VN")
    d.R("PHONE", "030 - 637 21 48", "030 - 637 21 48")
    d.R("PHONE", "06-41 87 22 09", "06-41 87 22 09")
    d.R("EMAIL", "hj.bouwhuis@ziggo.nl", "hj.bouwhuis@ziggo.nl")
    d.R("PERSON", "Kees van Amerongen", "Kees van Amerongen", "Schoolwerf 25")
    d.R("HEALTH", "hartoperatie", "geopereerd aan haar hart")
    d.R("DOB", "03-07-1956", "03-07-1956")
    d.K("ORG", "ProRail", "ProRail")
    d.K("ORG", "gemeente Houten", "gemeente Houten")
    d.K("PLACE", "Culemborg", "Culemborg")
    d.K("PLACE", "Houten Castellum", "Houten Castellum")
    d.K("LAW", "Omgevingswet", "Omgevingswet")
    d.K("LAW", "Bkl", "Besluit kwaliteit leefomgeving", "Bkl")
    d.K("CASE", "2024-08817", "2024-08817")
    d.K("ORG", "ILT", "Inspectie Leefomgeving en Transport")
    d.K("ADDRESS", "Postbus 2038", "Postbus 2038")
    d.K("DATE", "14 oktober 2024", "14 oktober 2024")
    return d


@reg
def ca02():
    d = Doc("ca02", producer="docx", font="Carlito", size=11, title="Geluidsoverlast A27")
    d.p("Fam. Van der Weijden – El Amrani")
    d.p("Lekboulevard 118")
    d.p("3432 ZK  Nieuwegein")
    d.p("Rijkswaterstaat Midden-Nederland<br/>t.a.v. het projectteam A27 Houten–Hooipolder<br/>Postbus 24057<br/>3502 MB Utrecht")
    d.p("Nieuwegein, 2 december 2024")
    d.p("<b>Onderwerp: geluidsoverlast nachtwerk A27 en verzoek om tegemoetkoming</b>")
    d.p("Beste mensen van Rijkswaterstaat,")
    d.p("Sinds 18 november wordt er ’s nachts aan de A27 ter hoogte van de Lekbrug gewerkt. De heistellingen "
        "beginnen soms al om 05.15 uur. In de bewonersbrief van 4 november stond dat er alleen tussen 07.00 en 19.00 uur "
        "zou worden geheid. Onze dochter Yasmina (groep 6 van basisschool De Toonladder) slaapt daardoor nauwelijks.")
    d.p("Wij hebben op 21 november de Omgevingslijn van Rijkswaterstaat gebeld (0800 - 8002). Een medewerker, "
        "mevrouw Ilse, beloofde terug te bellen maar dat is niet gebeurd. Wij verzoeken u om een vergoeding voor "
        "een hotelovernachting voor de nachten met heiwerk, zoals in de Regeling nadeelcompensatie Infrastructuur en "
        "Waterstaat 2024 voorzien. Het bedrag kunt u overmaken op rekening " + make_iban("INGB", "6614025") +
        " ten name van R.P. van der Weijden.")
    d.p("U kunt ons bereiken via 0031 6 2390 1177 (Rutger) of 06 – 19 55 40 32 (Samira).")
    d.p("Met vriendelijke groet,")
    d.p("Rutger van der Weijden en Samira El Amrani")
    d.p("rutgervdweijden@hotmail.com")
    d.R("PERSON", "Rutger van der Weijden", "Van der Weijden", "van der Weijden", "Rutger", "R.P. van der Weijden")
    d.R("PERSON", "Samira El Amrani", "El Amrani", "Samira")
    d.R("PERSON", "Yasmina", "Yasmina")
    d.R("PERSON", "Ilse (medewerker Omgevingslijn)", "mevrouw Ilse")
    d.R("ADDRESS", "Lekboulevard 118, 3432 ZK Nieuwegein", "Lekboulevard 118", "3432 ZK")
    d.R("IBAN", make_iban("INGB", "6614025"), make_iban("INGB", "6614025"))
    d.R("PHONE", "0031 6 2390 1177", "0031 6 2390 1177")
    d.R("PHONE", "06 – 19 55 40 32", "06 – 19 55 40 32")
    d.R("EMAIL", "rutgervdweijden@hotmail.com", "rutgervdweijden@hotmail.com")
    d.K("ORG", "Rijkswaterstaat", "Rijkswaterstaat")
    d.K("PROJECT", "A27 Houten–Hooipolder", "A27 Houten–Hooipolder")
    d.K("PLACE", "Lekbrug", "Lekbrug")
    d.K("PHONE", "0800 - 8002", "0800 - 8002")
    d.K("LAW", "Regeling nadeelcompensatie", "Regeling nadeelcompensatie Infrastructuur en Waterstaat 2024")
    d.K("ADDRESS", "Postbus 24057", "Postbus 24057")
    d.K("DATE", "2 december 2024", "2 december 2024")
    d.K("ORG", "Omgevingslijn", "Omgevingslijn")
    return d


@reg
def ca03():
    d = Doc("ca03", font="Helvetica", size=10, title="Verzoek om handhaving Lekbeton")
    d.p("<b>Kooijman Hoefnagels Advocaten</b><br/>Maliebaan 71<br/>3581 CG Utrecht<br/>T 030 - 231 88 40", fontSize=9)
    d.sp(6)
    d.p("Aan het college van burgemeester en wethouders van de gemeente Nieuwegein<br/>"
        "p/a Omgevingsdienst regio Utrecht (ODRU)<br/>Postbus 13007<br/>3507 LA Utrecht")
    d.p("Utrecht, 9 januari 2025<br/>Ons kenmerk: KH/2025/0031/mk<br/>"
        "Behandeld door: mr. M.E. (Mirjam) Kooijman-Bakx, direct 030 - 231 88 47, m.kooijman@khadvocaten.nl")
    d.h("Verzoek om handhaving – betoncentrale Lekbeton B.V., Het Klooster, Nieuwegein", 2)
    d.p("Namens mijn cliënten, de heer A.F. Stoutjesdijk, wonende aan de Ravenswade 54-B te Nieuwegein, mevrouw "
        "D. Stoutjesdijk-Nguyen, en de heer J.W.M. Hagenbeek, wonende aan de Ravenswade 60 te Nieuwegein, verzoek ik "
        "uw college om handhavend op te treden tegen Lekbeton B.V. (KvK 30187652), gevestigd aan de Kelvinbaan 12 "
        "te Nieuwegein.")
    d.p("Lekbeton exploiteert op het bedrijventerrein Het Klooster een betoncentrale. Op grond van de omgevingsvergunning "
        "van 12 mei 2019 (kenmerk Z-19-40112) en de algemene regels van het Besluit activiteiten leefomgeving (Bal) "
        "gelden grenswaarden voor geluid en stof. Mijn cliënten ervaren sinds de zomer van 2024 structureel overlast: "
        "laden en lossen vanaf 05.30 uur, stofneerslag op tuinmeubilair en auto’s, en een piepende transportband.")
    d.p("Cliënt Hagenbeek heeft van 1 tot en met 21 oktober 2024 een geluidslogboek bijgehouden (bijlage 2). Daaruit "
        "blijkt dat op 14 van de 21 dagen vóór 06.00 uur activiteiten plaatsvonden. De heer Stoutjesdijk heeft "
        "foto’s gemaakt van de stofneerslag (bijlage 3).")
    d.pb()
    d.h("Gronden", 2)
    d.p("Op grond van artikel 5:1 en 5:21 e.v. van de Algemene wet bestuursrecht (Awb) en artikel 18.2 van de "
        "Omgevingswet heeft uw college een beginselplicht tot handhaving. Er is geen concreet zicht op legalisatie "
        "en de overtreding raakt rechtstreeks het woon- en leefklimaat van mijn cliënten. Ik verzoek u:")
    d.p("1. vast te stellen dat Lekbeton de voorschriften 3.1.4 en 3.2.1 van de vergunning overtreedt;<br/>"
        "2. een last onder dwangsom op te leggen;<br/>"
        "3. binnen acht weken een besluit te nemen (artikel 4:13 Awb).")
    d.p("Een afschrift van dit verzoek zend ik aan de Omgevingsdienst regio Utrecht, toezichthouder mevrouw "
        "E. Brouwer-Slot, met wie cliënt Hagenbeek eerder contact had (tel. 06 48 02 17 33).")
    d.p("Hoogachtend,")
    d.sp(14)
    d.p("mr. M.E. Kooijman-Bakx")
    d.p("Bijlagen: 1. machtigingen; 2. geluidslogboek J.W.M. Hagenbeek; 3. fotodossier A.F. Stoutjesdijk", fontSize=8)
    d.R("PERSON", "Mirjam Kooijman-Bakx", "Kooijman-Bakx", "Mirjam", "M.E.")
    d.R("PHONE", "030 - 231 88 47", "030 - 231 88 47")
    d.R("EMAIL", "m.kooijman@khadvocaten.nl", "m.kooijman@khadvocaten.nl")
    d.R("PERSON", "A.F. Stoutjesdijk", "Stoutjesdijk", "A.F. Stoutjesdijk")
    d.R("PERSON", "D. Stoutjesdijk-Nguyen", "Stoutjesdijk-Nguyen", "Nguyen")
    d.R("PERSON", "J.W.M. Hagenbeek", "Hagenbeek", "J.W.M. Hagenbeek")
    d.R("ADDRESS", "Ravenswade 54-B", "Ravenswade 54-B")
    d.R("ADDRESS", "Ravenswade 60", "Ravenswade 60")
    d.R("PERSON", "E. Brouwer-Slot", "Brouwer-Slot")
    d.R("PHONE", "06 48 02 17 33", "06 48 02 17 33")
    d.K("ORG", "Kooijman Hoefnagels Advocaten", "Kooijman Hoefnagels Advocaten")
    d.K("PHONE", "030 - 231 88 40", "030 - 231 88 40")
    d.K("ORG", "Lekbeton B.V.", "Lekbeton")
    d.K("KVK", "30187652", "30187652")
    d.K("ADDRESS", "Kelvinbaan 12", "Kelvinbaan 12")
    d.K("ORG", "ODRU", "Omgevingsdienst regio Utrecht", "ODRU")
    d.K("PLACE", "Het Klooster", "Het Klooster")
    d.K("ORG", "gemeente Nieuwegein", "gemeente Nieuwegein")
    d.K("CASE", "Z-19-40112", "Z-19-40112")
    d.K("LAW", "Awb", "Algemene wet bestuursrecht", "Awb")
    d.K("LAW", "Bal", "Besluit activiteiten leefomgeving")
    d.K("LAW", "Omgevingswet", "Omgevingswet")
    d.K("ADDRESS", "Maliebaan 71", "Maliebaan 71")
    d.K("ADDRESS", "Postbus 13007", "Postbus 13007")
    d.K("DATE", "9 januari 2025", "9 januari 2025")
    return d


@reg
def ca04():
    d = Doc("ca04", producer="docx", font="LibSans", size=10, title="Besluit op handhavingsverzoek")
    d.p("<b>Gemeente Nieuwegein</b>")
    d.p("Retouradres: Postbus 1, 3430 AA Nieuwegein")
    d.p("Kooijman Hoefnagels Advocaten<br/>t.a.v. mr. M.E. Kooijman-Bakx<br/>Maliebaan 71<br/>3581 CG Utrecht")
    d.t([["Datum", "Zaaknummer", "Behandeld door", "Telefoon"],
         ["6 maart 2025", "Z-25-01244", "J.P. Rademaker (ODRU)", "030 - 702 33 19"]], head=True)
    d.p("<b>Onderwerp: besluit op uw verzoek om handhaving Lekbeton B.V.</b>")
    d.p("Geachte mevrouw Kooijman-Bakx,")
    d.p("Op 9 januari 2025 ontvingen wij namens uw cliënten, de heer Stoutjesdijk, mevrouw Stoutjesdijk-Nguyen en de heer "
        "Hagenbeek, een verzoek om handhaving tegen Lekbeton B.V. aan de Kelvinbaan 12. De Omgevingsdienst regio Utrecht "
        "(ODRU) heeft namens ons college op 28 januari en 11 februari 2025 onaangekondigde controles uitgevoerd. Het "
        "inspectierapport (kenmerk ODRU-INS-2025-0412) is bijgevoegd.")
    d.h("Overwegingen", 2)
    d.p("Tijdens beide controles is vastgesteld dat vóór 07.00 uur werd geladen met een wiellader zonder "
        "geluidreducerende voorzieningen. Daarmee wordt voorschrift 3.1.4 van de omgevingsvergunning overtreden. "
        "Voor stof is geen overtreding vastgesteld: de metingen bleven onder de waarden van het Bal.")
    d.p("Wij leggen Lekbeton een last onder dwangsom op van € 5.000 per geconstateerde overtreding, met een maximum "
        "van € 50.000. De begunstigingstermijn is twee weken. Dit besluit is genomen op grond van artikel 5:32 Awb en "
        "artikel 18.2 Omgevingswet. Het college is daarbij vertegenwoordigd door burgemeester Schouten als "
        "portefeuillehouder handhaving; wethouder Adriaansens (Ruimtelijke Ordening) is geïnformeerd.")
    d.h("Bezwaar", 2)
    d.p("Tegen dit besluit kunt u binnen zes weken bezwaar maken bij het college van burgemeester en wethouders van "
        "Nieuwegein. Vermeld het zaaknummer Z-25-01244.")
    d.p("Met vriendelijke groet,<br/>burgemeester en wethouders van Nieuwegein,<br/>namens dezen,")
    d.p("ing. R.L. Vermeulen-Oudshoorn<br/>teamleider Vergunningverlening, Toezicht en Handhaving")
    d.p("Afschrift: Lekbeton B.V., t.a.v. de heer G. Mulderij, directeur; ODRU, J.P. Rademaker.")
    motivation(d)
    d.R("PERSON", "Mirjam Kooijman-Bakx", "Kooijman-Bakx")
    d.R("PERSON", "J.P. Rademaker", "Rademaker", "J.P. Rademaker")
    d.R("PHONE", "030 - 702 33 19", "030 - 702 33 19")
    d.R("PERSON", "Stoutjesdijk", "Stoutjesdijk")
    d.R("PERSON", "Stoutjesdijk-Nguyen", "Stoutjesdijk-Nguyen")
    d.R("PERSON", "Hagenbeek", "Hagenbeek")
    d.R("PERSON", "R.L. Vermeulen-Oudshoorn", "Vermeulen-Oudshoorn", "R.L. Vermeulen-Oudshoorn")
    d.R("PERSON", "G. Mulderij", "Mulderij", "G. Mulderij")
    d.K("ORG", "Gemeente Nieuwegein", "Nieuwegein")
    d.K("ORG", "Lekbeton", "Lekbeton")
    d.K("ORG", "ODRU", "ODRU", "Omgevingsdienst regio Utrecht")
    d.K("CASE", "Z-25-01244", "Z-25-01244")
    d.K("CASE", "ODRU-INS-2025-0412", "ODRU-INS-2025-0412")
    d.K("ADDRESS", "Kelvinbaan 12", "Kelvinbaan 12")
    d.K("OFFICE", "burgemeester Schouten", "burgemeester Schouten")
    d.K("OFFICE", "wethouder Adriaansens", "wethouder Adriaansens")
    d.K("LAW", "Awb", "Awb")
    d.K("LAW", "Bal", "Bal")
    d.K("LAW", "Omgevingswet", "Omgevingswet")
    d.K("ROLE", "teamleider", "teamleider Vergunningverlening, Toezicht en Handhaving")
    d.K("ORG", "Kooijman Hoefnagels Advocaten", "Kooijman Hoefnagels Advocaten")
    d.K("DATE", "6 maart 2025", "6 maart 2025")
    d.K("AMOUNT", "€ 5.000", "€ 5.000")
    d.K("ADDRESS", "Postbus 1", "Postbus 1, 3430 AA Nieuwegein")
    return d


@reg
def ca05():
    d = Doc("ca05", font="DejaVuSans", size=9, title="Inspectierapport ODRU-INS-2025-0412")
    d.h("Omgevingsdienst regio Utrecht – Inspectierapport", 1)
    d.t([["Kenmerk", "ODRU-INS-2025-0412"],
         ["Inrichting", "Lekbeton B.V., Kelvinbaan 12, 3439 MT Nieuwegein"],
         ["KvK-nummer / vestigingsnummer", "30187652 / 000019823411"],
         ["Activiteit", "Betoncentrale (milieubelastende activiteit, Bal hoofdstuk 3)"],
         ["Bevoegd gezag", "College van B en W Nieuwegein"],
         ["Data controle", "28 januari 2025 (05.40 – 07.15 uur) en 11 februari 2025 (05.50 – 07.30 uur)"],
         ["Toezichthouders", "ing. E. Brouwer-Slot (BOA-nr. 211.034.872) en T. Aksoy (BOA-nr. 211.078.119)"],
         ["Aanwezig namens bedrijf", "dhr. G. Mulderij (directeur), dhr. Wouter Plasmeijer (bedrijfsleider), mob. +31 (0)6 5311 0846"]],
        widths=[50, 120], head=False)
    d.h("1. Aanleiding", 2)
    d.p("Verzoek om handhaving van 9 januari 2025 namens omwonenden aan de Ravenswade (zaak Z-25-01244). Het verzoek "
        "betreft geluid bij laden en lossen in de nachtperiode en stofverspreiding.")
    d.h("2. Bevindingen 28 januari 2025", 2)
    d.p("Om 05.40 uur stelden toezichthouder Brouwer-Slot en toezichthouder Aksoy vanaf de openbare weg (hoek "
        "Kelvinbaan/Newtonbaan) vast dat een wiellader van het type Volvo L120H granulaat in de menginstallatie laadde. "
        "Om 06.02 uur werd de heer Plasmeijer telefonisch bereikt; hij verklaarde dat een spoedlevering voor de "
        "A27 (aannemer Heijmans) gereed moest staan. Een indicatieve meting gaf LAmax 71 dB(A) op de gevel van de "
        "woning Ravenswade 54-B; de grenswaarde uit voorschrift 3.1.4 is 60 dB(A) in de nachtperiode.")
    d.h("3. Bevindingen 11 februari 2025", 2)
    d.p("Om 05.50 uur was de transportband in werking. Wouter gaf aan dat de planning ‘niet anders kon’. Geen "
        "stofverspreiding buiten de inrichtingsgrens waargenomen; de sproei-installatie werkte.")
    d.pb()
    d.h("4. Conclusie en vervolg", 2)
    d.t([["Voorschrift", "Omschrijving", "Oordeel"],
         ["3.1.4", "Nachtelijke geluidsbelasting (LAmax 60 dB(A))", "Overtreding (2x)"],
         ["3.2.1", "Stofemissie bij opslag", "Geen overtreding"],
         ["Bal art. 3.206", "Maatwerkvoorschrift geluid", "Niet van toepassing"]], widths=[30, 95, 45])
    d.p("Advies aan het bevoegd gezag: last onder dwangsom voor voorschrift 3.1.4. Het rapport is besproken met "
        "dhr. Mulderij op 12 februari 2025. Contact bedrijf: w.plasmeijer@lekbeton.nl; algemeen: info@lekbeton.nl.")
    d.p("Opgemaakt op ambtseed te Utrecht, 13 februari 2025.")
    d.t([["Naam", "Functie", "Paraaf"],
         ["Brouwer-Slot, E.", "Toezichthouder milieu / BOA", "EBS"],
         ["Aksoy, T.", "Toezichthouder milieu / BOA", "TAk"],
         ["Rademaker, J.P.", "Coördinator handhaving", "JPR"]], widths=[50, 80, 30])
    motivation(d)
    d.R("PERSON", "E. Brouwer-Slot", "Brouwer-Slot")
    d.R("BADGE", "211.034.872", "211.034.872")
    d.R("PERSON", "T. Aksoy", "Aksoy")
    d.R("BADGE", "211.078.119", "211.078.119")
    d.R("PERSON", "G. Mulderij", "Mulderij")
    d.R("PERSON", "Wouter Plasmeijer", "Plasmeijer", "Wouter")
    d.R("PHONE", "+31 (0)6 5311 0846", "+31 (0)6 5311 0846")
    d.R("EMAIL", "w.plasmeijer@lekbeton.nl", "w.plasmeijer@lekbeton.nl")
    d.R("ADDRESS", "Ravenswade 54-B", "Ravenswade 54-B")
    d.R("PERSON", "J.P. Rademaker", "Rademaker")
    d.R("PARAPH", "EBS", "EBS")
    d.R("PARAPH", "TAk", "TAk")
    d.R("PARAPH", "JPR", "JPR")
    d.K("ORG", "Lekbeton", "Lekbeton")
    d.K("KVK", "30187652", "30187652")
    d.K("KVK", "000019823411", "000019823411")
    d.K("ADDRESS", "Kelvinbaan 12", "Kelvinbaan 12, 3439 MT Nieuwegein")
    d.K("CASE", "ODRU-INS-2025-0412", "ODRU-INS-2025-0412")
    d.K("CASE", "Z-25-01244", "Z-25-01244")
    d.K("ORG", "Heijmans", "Heijmans")
    d.K("PRODUCT", "Volvo L120H", "Volvo L120H")
    d.K("EMAIL", "info@lekbeton.nl", "info@lekbeton.nl")
    d.K("ROLE", "Toezichthouder milieu", "Toezichthouder milieu")
    d.K("LAW", "Bal", "Bal")
    d.K("PLACE", "Newtonbaan", "Newtonbaan")
    d.K("ORG", "Omgevingsdienst regio Utrecht", "Omgevingsdienst regio Utrecht")
    d.K("DATE", "28 januari 2025", "28 januari 2025")
    d.K("DATE", "11 februari 2025", "11 februari 2025")
    d.K("ROLE", "Coördinator handhaving", "Coördinator handhaving")
    return d


@reg
def ca06():
    d = Doc("ca06", font="Helvetica", size=9, title="RE: Trillingen Lekbrug - vragen kabinet")
    hdr = lambda v, a, c, dt, o: d.p(f"<b>Van:</b> {v}<br/><b>Verzonden:</b> {dt}<br/><b>Aan:</b> {a}<br/>"
                                       + (f"<b>CC:</b> {c}<br/>" if c else "") + f"<b>Onderwerp:</b> {o}")
    hdr("Ruijgrok, Maarten (RWS-GPO) &lt;maarten.ruijgrok@rws.nl&gt;",
        "Bureau Bestuursraad IenW &lt;bbr@minienw.nl&gt;; Tjin-A-Lim, Sabrina (BSG) &lt;sabrina.tjin-a-lim@minienw.nl&gt;",
        "Heijmans – Th. Langeveld-Ouwerkerk &lt;tlangeveld@heijmans.nl&gt;", "dinsdag 18 februari 2025 17:42",
        "RE: Trillingen Lekbrug – vragen kabinet minister")
    d.p("Sabrina,")
    d.p("Hierbij de gevraagde feiten voor het gesprek van minister Madlener met gedeputeerde Van Essen-Rombout op "
        "24 februari. De DG Mobiliteit, mevrouw Everaars, heeft de lijn gisteren al akkoord gegeven.")
    d.p("– Trillingsmetingen bij 14 woningen langs de Lekboulevard; bij 3 woningen is de streefwaarde uit de SBR-richtlijn "
        "deel B overschreden.<br/>– De aannemer schakelt per 3 maart over op trillingsarm drukken i.p.v. heien.<br/>"
        "– Vanuit Heijmans is Theo Langeveld-Ouwerkerk (lead engineer funderingen) aanspreekpunt; ik zet hem in de cc.")
    d.p("Groet,<br/>Maarten<br/>Maarten Ruijgrok | Projectmanager A27 Houten–Hooipolder | Rijkswaterstaat Grote Projecten en "
        "Onderhoud | M 06 - 22 81 93 40")
    d.sp(4)
    hdr("Tjin-A-Lim, Sabrina (BSG)", "Ruijgrok, Maarten (RWS-GPO)", "Everaars, Marloes (DGMo)",
        "dinsdag 18 februari 2025 11:05", "Trillingen Lekbrug – vragen kabinet minister")
    d.p("Hoi Maarten,")
    d.p("De minister krijgt volgende week gedeputeerde Van Essen-Rombout (provincie Utrecht) en burgemeester Schouten "
        "op bezoek. Hij wil weten hoeveel klachten er zijn en of het Kamerlid De Hoop al antwoord heeft op zijn "
        "schriftelijke vragen (2025Z02117). Kun je voor morgen 12.00 uur een kort feitenrelaas sturen? Ik bel je "
        "anders even op 070 - 456 72 18.")
    d.p("Dank!<br/>Sabrina<br/>Sabrina Tjin-A-Lim<br/>Senior adviseur, Bureau Bestuursraad<br/>Ministerie van Infrastructuur en "
        "Waterstaat<br/>Rijnstraat 8 | 2515 XP Den Haag")
    d.pb()
    hdr("Langeveld-Ouwerkerk, Theo", "Ruijgrok, Maarten (RWS-GPO)", "Van Dijk-Kramer, Anneke (Heijmans)",
        "maandag 17 februari 2025 08:13", "Meetresultaten trillingen week 7")
    d.p("Maarten,")
    d.p("In de bijlage de meetresultaten van de trillingsopnemers (Profound Vibra-Pro) van week 7. Opnemer TR-09 op "
        "Lekboulevard 118 gaf op 13 februari een piek van 7,8 mm/s. De bewoner, mevrouw El Amrani, heeft gebeld; "
        "Anneke van de omgevingsmanagers heeft haar teruggebeld. Ik stel voor dat we woensdag met ingenieursbureau "
        "Spezialtiefbau Rhein-Ruhr overleggen over de drukpalen.")
    d.p("Met vriendelijke groet,<br/>ir. Th.J.M. Langeveld-Ouwerkerk<br/>Lead engineer funderingen, Heijmans Infra<br/>"
        "T +31 73 543 11 11 (algemeen) | M +31 6 1004 7281")
    motivation(d)
    d.R("PERSON", "Maarten Ruijgrok", "Ruijgrok", "Maarten")
    d.R("EMAIL", "maarten.ruijgrok@rws.nl", "maarten.ruijgrok@rws.nl")
    d.R("PERSON", "Sabrina Tjin-A-Lim", "Tjin-A-Lim", "Sabrina")
    d.R("EMAIL", "sabrina.tjin-a-lim@minienw.nl", "sabrina.tjin-a-lim@minienw.nl")
    d.R("PERSON", "Theo Langeveld-Ouwerkerk", "Langeveld-Ouwerkerk", "Theo", "Th.J.M.")
    d.R("EMAIL", "tlangeveld@heijmans.nl", "tlangeveld@heijmans.nl")
    d.R("PHONE", "06 - 22 81 93 40", "06 - 22 81 93 40")
    d.R("PHONE", "070 - 456 72 18", "070 - 456 72 18")
    d.R("PHONE", "+31 6 1004 7281", "+31 6 1004 7281")
    d.R("PERSON", "Anneke van Dijk-Kramer", "Van Dijk-Kramer", "Anneke")
    d.R("PERSON", "El Amrani", "El Amrani")
    d.R("ADDRESS", "Lekboulevard 118", "Lekboulevard 118")
    d.K("OFFICE", "minister Madlener", "minister Madlener")
    d.K("OFFICE", "gedeputeerde Van Essen-Rombout", "gedeputeerde Van Essen-Rombout")
    d.K("OFFICE", "DG Mobiliteit Everaars", "Everaars")
    d.K("OFFICE", "burgemeester Schouten", "burgemeester Schouten")
    d.K("OFFICE", "Kamerlid De Hoop", "Kamerlid De Hoop")
    d.K("CASE", "2025Z02117", "2025Z02117")
    d.K("EMAIL", "bbr@minienw.nl", "bbr@minienw.nl")
    d.K("ORG", "Heijmans", "Heijmans")
    d.K("ORG", "Rijkswaterstaat", "Rijkswaterstaat")
    d.K("ORG", "IenW", "Ministerie van Infrastructuur en Waterstaat")
    d.K("ADDRESS", "Rijnstraat 8", "Rijnstraat 8")
    d.K("PHONE", "+31 73 543 11 11", "+31 73 543 11 11")
    d.K("PROJECT", "A27 Houten–Hooipolder", "A27 Houten–Hooipolder")
    d.K("PLACE", "Lekbrug", "Lekbrug")
    d.K("ORG", "Spezialtiefbau Rhein-Ruhr", "Spezialtiefbau Rhein-Ruhr")
    d.K("PRODUCT", "Profound Vibra-Pro", "Profound Vibra-Pro")
    d.K("ROLE", "Projectmanager", "Projectmanager")
    d.K("ROLE", "Lead engineer funderingen", "Lead engineer funderingen")
    d.K("STD", "SBR-richtlijn", "SBR-richtlijn")
    return d


@reg
def ca07():
    d = Doc("ca07", producer="docx", font="DejaVuSans", size=10, title="Verslag bewonersavond Houten-Zuid")
    d.h("Verslag bewonersavond spooromgeving Houten-Zuid", 1)
    d.p("Datum: donderdag 21 november 2024, 19.30 – 22.00 uur<br/>Locatie: Het Kruispunt, Onderdoor 25, Houten")
    d.p("<b>Aanwezig namens overheden en uitvoerders:</b> wethouder Van Rooijen (gemeente Houten, Mobiliteit), "
        "gedeputeerde Van Essen-Rombout (provincie Utrecht), ProRail (Pieter-Jan Oosterbaan, omgevingsmanager; "
        "Fenna Kuipers, akoestisch adviseur), Omgevingsdienst regio Utrecht (Tamara Aksoy). Voorzitter: "
        "Hanneke Blokzijl (Blokzijl Procesbegeleiding). Verslag: Dewi Kartodikromo.")
    d.p("Aantal aanwezige bewoners: circa 85.")
    d.h("1. Opening en toelichting", 2)
    d.p("Wethouder Van Rooijen opent de avond en benadrukt dat de gemeente Houten de zorgen serieus neemt. De heer "
        "Oosterbaan licht toe dat ProRail op grond van het Besluit kwaliteit leefomgeving geluidproductieplafonds (GPP) "
        "moet naleven en dat de meetpunten langs het baanvak Utrecht – ’s-Hertogenbosch openbaar zijn via het "
        "Geluidregister spoor. Mevrouw Kuipers presenteert de resultaten van de trillingsmetingen.")
    d.h("2. Insprekers", 2)
    d.t([["Nr.", "Naam", "Straat", "Samenvatting"],
         ["1", "dhr. H.J. Bouwhuis", "Schoolwerf", "Scheur in gevel; vraagt om meting in zijn woning."],
         ["2", "mw. Gerda Wolthuis-Ekker", "Spoorlaan-Oost", "Goederentreinen ’s nachts; haar zoon (autisme) slaapt niet."],
         ["3", "dhr. Orhan Yıldız", "Molenweg", "Wil weten of er een geluidsscherm komt vóór 2027."],
         ["4", "mw. L. van ’t Hul", "Schoolwerf", "Vraagt om compensatie voor dubbele beglazing."],
         ["5", "dhr. B. Kortekaas", "Het Rond", "Namens VvE De Castellumhof: 42 appartementen."]],
        widths=None)
    d.p("De heer Bouwhuis vraagt waarom zijn klacht van 14 oktober nog niet is beantwoord. Oosterbaan zegt toe dat "
        "binnen twee weken een meting wordt ingepland. Mevrouw Wolthuis-Ekker vertelt dat haar zoon Jesse door de "
        "nachtelijke treinen niet meer naar school kan; zij wil een gesprek met ProRail en de gemeente. Gerda wordt "
        "na afloop door de wethouder persoonlijk te woord gestaan.")
    d.pb()
    d.p("De heer Yıldız wijst op het MIRT-onderzoek en vraagt of het Rijk geld heeft gereserveerd. Gedeputeerde Van "
        "Essen-Rombout antwoordt dat de provincie Utrecht in het Bestuurlijk Overleg MIRT van november 2024 om "
        "aanvullende middelen heeft gevraagd en dat minister Madlener een reactie heeft toegezegd.")
    d.p("Mevrouw Van ’t Hul vraagt of de Regeling nadeelcompensatie ook geldt voor beglazing. Dit wordt nagezocht. "
        "De heer Kortekaas overhandigt een petitie met 212 handtekeningen aan de wethouder.")
    d.h("3. Afspraken", 2)
    d.t([["Actie", "Wie", "Wanneer"],
         ["Trillingsmeting Schoolwerf 23 inplannen", "ProRail (omgevingsmanager)", "5 december 2024"],
         ["Antwoord vraag beglazing", "Gemeente Houten, team Vergunningen", "januari 2025"],
         ["Verslag rondsturen aan aanwezigen", "D. Kartodikromo", "28 november 2024"]])
    d.p("Vragen na afloop: omgeving@houten.nl of de Omgevingslijn van ProRail, 0800 – 776 72 45.")
    d.R("PERSON", "Pieter-Jan Oosterbaan", "Oosterbaan", "Pieter-Jan")
    d.R("PERSON", "Fenna Kuipers", "Kuipers", "Fenna")
    d.R("PERSON", "Tamara Aksoy", "Aksoy", "Tamara")
    d.R("PERSON", "Hanneke Blokzijl", "Hanneke Blokzijl", "Hanneke")
    d.R("PERSON", "Dewi Kartodikromo", "Kartodikromo", "Dewi")
    d.R("PERSON", "H.J. Bouwhuis", "Bouwhuis")
    d.R("PERSON", "Gerda Wolthuis-Ekker", "Wolthuis-Ekker", "Gerda")
    d.R("HEALTH", "zoon autisme", "autisme")
    d.R("PERSON", "Jesse", "Jesse")
    d.R("PERSON", "Orhan Yıldız", "Yıldız", "Orhan")
    d.R("PERSON", "L. van 't Hul", "van ’t Hul", "Van ’t Hul")
    d.R("PERSON", "B. Kortekaas", "Kortekaas")
    d.R("ADDRESS", "Schoolwerf 23", "Schoolwerf 23")
    d.K("OFFICE", "wethouder Van Rooijen", "wethouder Van Rooijen")
    d.K("OFFICE", "gedeputeerde Van Essen-Rombout", "gedeputeerde Van Essen-Rombout", "Gedeputeerde Van Essen-Rombout")
    d.K("OFFICE", "minister Madlener", "minister Madlener")
    d.K("ORG", "ProRail", "ProRail")
    d.K("ORG", "gemeente Houten", "gemeente Houten")
    d.K("ORG", "provincie Utrecht", "provincie Utrecht")
    d.K("ORG", "Omgevingsdienst regio Utrecht", "Omgevingsdienst regio Utrecht")
    d.K("ADDRESS", "Het Kruispunt, Onderdoor 25", "Het Kruispunt, Onderdoor 25")
    d.K("LAW", "Bkl", "Besluit kwaliteit leefomgeving")
    d.K("TERM", "GPP", "geluidproductieplafonds")
    d.K("PROGRAMME", "MIRT", "MIRT")
    d.K("PRODUCT", "Geluidregister spoor", "Geluidregister spoor")
    d.K("ORG", "VvE De Castellumhof", "VvE De Castellumhof")
    d.K("EMAIL", "omgeving@houten.nl", "omgeving@houten.nl")
    d.K("PHONE", "0800 – 776 72 45", "0800 – 776 72 45")
    d.K("DATE", "21 november 2024", "21 november 2024")
    d.K("ROLE", "omgevingsmanager", "omgevingsmanager")
    d.K("ROLE", "akoestisch adviseur", "akoestisch adviseur")
    return d


@reg
def ca08():
    d = Doc("ca08", font="Courier", size=8, landscape=True, title="Ploegenrooster Lekbrug wk 9-10")
    d.h("Ploegenrooster drukpalen Lekbrug – week 9 en 10 (2025) – Heijmans / Rijkswaterstaat", 2)
    d.p("Werkvak WV-3 (km 71,2 – 72,0). Nachtwerk alleen met ontheffing gemeente Nieuwegein (OV-2025-0091). "
        "Calamiteiten: meldkamer Heijmans 088 443 50 00.")
    rows = [["Dag", "Ploeg", "Dienst", "Uitvoerder", "Mobiel", "Machinist", "Mobiel", "Veiligheidskundige"],
            ["ma 24-02", "A", "06:00-14:30", "Kuijpers, R.", "06-1234 8871", "S. Demirci", "06 3301 2298", "M. de Graaff"],
            ["ma 24-02", "B", "14:00-22:30", "Zwaneveld, F.", "06 52 41 77 09", "G. Altena", "0612092244", "M. de Graaff"],
            ["di 25-02", "A", "06:00-14:30", "Kuijpers, R.", "06-1234 8871", "S. Demirci", "06 3301 2298", "N. Haverkamp"],
            ["di 25-02", "B", "14:00-22:30", "Zwaneveld, F.", "06 52 41 77 09", "P. Wiersma-Tol", "+31 6 4471 0933", "N. Haverkamp"],
            ["wo 26-02", "N", "22:00-06:30", "Roelofsen, K.", "06-2887 1420", "G. Altena", "0612092244", "M. de Graaff"],
            ["do 27-02", "A", "06:00-14:30", "Kuijpers, R.", "06-1234 8871", "P. Wiersma-Tol", "+31 6 4471 0933", "N. Haverkamp"],
            ["vr 28-02", "A", "06:00-14:30", "Roelofsen, K.", "06-2887 1420", "S. Demirci", "06 3301 2298", "M. de Graaff"],
            ["ma 03-03", "A", "06:00-14:30", "Zwaneveld, F.", "06 52 41 77 09", "G. Altena", "0612092244", "N. Haverkamp"],
            ["di 04-03", "B", "14:00-22:30", "Kuijpers, R.", "06-1234 8871", "S. Demirci", "06 3301 2298", "M. de Graaff"]]
    d.t(rows, widths=[20, 13, 25, 32, 30, 30, 30, 35], size=8)
    d.p("Toezicht RWS: M. Ruijgrok (projectmanager), vervanger Y. Boukhari, 06-3918 4410. Omgevingsmanager "
        "Heijmans: A. van Dijk-Kramer. Bewonerscontact uitsluitend via omgeving.a27@heijmans.nl of de Omgevingslijn "
        "0800-8002.")
    d.p("Let op: dhr. Zwaneveld is in week 10 op woensdag afwezig (ziekenhuisopname knie); Roelofsen neemt over.")
    d.p("Opgesteld: 19-02-2025, planner K.v.d.Berg (KvdB).")
    d.R("PERSON", "R. Kuijpers", "Kuijpers")
    d.R("PERSON", "F. Zwaneveld", "Zwaneveld")
    d.R("PERSON", "K. Roelofsen", "Roelofsen")
    d.R("PERSON", "S. Demirci", "Demirci")
    d.R("PERSON", "G. Altena", "Altena")
    d.R("PERSON", "P. Wiersma-Tol", "Wiersma-Tol")
    d.R("PERSON", "M. de Graaff", "de Graaff")
    d.R("PERSON", "N. Haverkamp", "Haverkamp")
    d.R("PHONE", "06-1234 8871", "06-1234 8871")
    d.R("PHONE", "06 52 41 77 09", "06 52 41 77 09")
    d.R("PHONE", "06-2887 1420", "06-2887 1420")
    d.R("PHONE", "06 3301 2298", "06 3301 2298")
    d.R("PHONE", "0612092244", "0612092244")
    d.R("PHONE", "+31 6 4471 0933", "+31 6 4471 0933")
    d.R("PERSON", "M. Ruijgrok", "Ruijgrok")
    d.R("PERSON", "Y. Boukhari", "Boukhari")
    d.R("PHONE", "06-3918 4410", "06-3918 4410")
    d.R("PERSON", "A. van Dijk-Kramer", "van Dijk-Kramer")
    d.R("HEALTH", "ziekenhuisopname knie", "ziekenhuisopname knie")
    d.R("PERSON", "K.v.d.Berg", "K.v.d.Berg", "KvdB")
    d.K("ORG", "Heijmans", "Heijmans")
    d.K("ORG", "Rijkswaterstaat", "Rijkswaterstaat")
    d.K("CASE", "OV-2025-0091", "OV-2025-0091")
    d.K("PHONE", "088 443 50 00", "088 443 50 00")
    d.K("EMAIL", "omgeving.a27@heijmans.nl", "omgeving.a27@heijmans.nl")
    d.K("PHONE", "0800-8002", "0800-8002")
    d.K("PLACE", "Lekbrug", "Lekbrug")
    d.K("CODE", "WV-3", "WV-3")
    d.K("ROLE", "Uitvoerder", "Uitvoerder")
    d.K("ROLE", "Veiligheidskundige", "Veiligheidskundige")
    d.K("TIME", "06:00-14:30", "06:00-14:30")
    d.K("TIME", "14:00-22:30", "14:00-22:30")
    d.K("TIME", "22:00-06:30", "22:00-06:30")
    d.K("ORG", "gemeente Nieuwegein", "gemeente Nieuwegein")
    return d


@reg
def ca09():
    d = Doc("ca09", font="DejaVuMono", size=8, title="WhatsApp-chat met Team Lekbrug Nacht")
    lines = [
        "WhatsApp-chat met Team Lekbrug Nacht",
        "",
        "03-03-2025 21:48 - Berichten en oproepen zijn end-to-end versleuteld.",
        "03-03-2025 21:49 - Kuijpers Ronald heeft deze groep gemaakt",
        "03-03-2025 21:50 - Kuijpers Ronald heeft Freek Zwaneveld toegevoegd",
        "03-03-2025 21:50 - Kuijpers Ronald heeft +31 6 33012298 toegevoegd",
        "03-03-2025 21:51 - Kuijpers Ronald heeft Geert A. toegevoegd",
        "03-03-2025 22:02 - Kuijpers Ronald: Mannen, morgen start drukken pijler 4. Kraan staat klaar om 6u",
        "03-03-2025 22:05 - Freek Zwaneveld: 👍 ik ben er om kwart voor. Sleutel keet ligt bij Geert",
        "03-03-2025 22:07 - +31 6 33012298: Selim hier, ik neem de 2e machine. Ff opslaan dit nummer",
        "03-03-2025 22:11 - Geert A.: Ok. Moet de meetman van Rhein-Ruhr er ook zijn?",
        "03-03-2025 22:13 - Kuijpers Ronald: Ja Jürgen Oberhäuser komt om 7u, hij belt vanaf +49 203 7781 5520",
        "04-03-2025 05:41 - Freek Zwaneveld: Bewoonster van nr 118 staat al bij het hek 😬 ze zegt dat ze de politie belt",
        "04-03-2025 05:43 - Kuijpers Ronald: Niet in discussie gaan. Stuur door naar Anneke 06 4410 2836",
        "04-03-2025 05:44 - Kuijpers Ronald: @Freek en niet starten voor 7u!! ontheffing geldt pas vanaf wo",
        "04-03-2025 06:58 - Geert A.: Jürgen is er. Meter TR-09 staat weer",
        "04-03-2025 09:15 - Yassin Boukhari (RWS): Goedemorgen, ik kom vanmiddag langs voor de schouw. Graag "
        "logboek klaar. Groet Yassin",
        "04-03-2025 09:16 - Kuijpers Ronald: Top Yassin, rond 14u bij de keet",
        "04-03-2025 12:30 - Freek Zwaneveld: <Media weggelaten>",
        "04-03-2025 12:31 - Freek Zwaneveld: Scheur in kademuur bij pijler 3 gezien, foto hierboven",
        "04-03-2025 12:40 - Yassin Boukhari (RWS): Meld dat via het RWS-incidentformulier, dan pakt "
        "Maarten het op",
        "05-03-2025 06:02 - +31 6 33012298: Selim ziek vandaag, rugklachten. Wiersma valt in",
        "05-03-2025 06:05 - Kuijpers Ronald: Beterschap. @Geert jij vangt Petra op?",
        "05-03-2025 06:09 - Geert A.: Komt goed",
        "05-03-2025 18:20 - Kuijpers Ronald: Week 10 klaar. Bier vrijdag bij De Gouden Leeuw in Vianen 🍺",
    ]
    for ln in lines:
        d.p(ln.replace("<", "&lt;").replace(">", "&gt;") or "&nbsp;", fontSize=8, leading=10.5, spaceAfter=2)
    d.R("PERSON", "Ronald Kuijpers", "Kuijpers Ronald", "Kuijpers", "Ronald")
    d.R("PERSON", "Freek Zwaneveld", "Freek Zwaneveld", "Freek")
    d.R("PHONE", "+31 6 33012298", "+31 6 33012298")
    d.R("PERSON", "Selim Demirci", "Selim")
    d.R("PERSON", "Geert Altena", "Geert A.", "Geert")
    d.R("PERSON", "Jürgen Oberhäuser", "Oberhäuser", "Jürgen")
    d.R("PHONE", "+49 203 7781 5520", "+49 203 7781 5520")
    d.R("PHONE", "06 4410 2836", "06 4410 2836")
    d.R("PERSON", "Anneke", "Anneke")
    d.R("PERSON", "Yassin Boukhari", "Boukhari", "Yassin")
    d.R("PERSON", "Maarten", "Maarten")
    d.R("HEALTH", "rugklachten", "rugklachten")
    d.R("PERSON", "Wiersma", "Wiersma")
    d.R("PERSON", "Petra", "Petra")
    d.K("ORG", "Rhein-Ruhr", "Rhein-Ruhr")
    d.K("ORG", "RWS", "RWS")
    d.K("PLACE", "Vianen", "Vianen")
    d.K("CODE", "TR-09", "TR-09")
    d.K("PLACE", "Lekbrug", "Lekbrug")
    d.K("ORG", "De Gouden Leeuw", "De Gouden Leeuw")
    d.K("TERM", "pijler 4", "pijler 4")
    d.K("DATE", "03-03-2025", "03-03-2025")
    d.K("DATE", "04-03-2025", "04-03-2025")
    d.K("DATE", "05-03-2025", "05-03-2025")
    d.K("TERM", "RWS-incidentformulier", "RWS-incidentformulier")
    return d


@reg
def ca10():
    d = Doc("ca10", producer="scan", title="")
    F = "Femke"
    L = lambda t, s=46, x=150: (t, F, s, x)
    T = lambda t, s=34, x=1000: (t, "DejaVuSans", s, x)
    d.scan_lines = [
        T("W. Staal-de Roos"), T("Spoorlaan-Oost 7"), T("3992 AB  Houten"), T("tel. 030-6371905"),
        None,
        L("Aan het college van B&W van Houten", 46, 150),
        L("Postbus 30, 3990 DA Houten", 46, 150),
        None,
        L("Houten, 12 januari 2025", 46, 900),
        None,
        L("Betreft: bezwaar tegen omgevingsvergunning", 48),
        L("OV-2024-2231 (geluidsscherm Spoorlaan-Oost)", 48),
        None,
        L("Geachte heer, mevrouw,", 46),
        L("Hierbij maak ik bezwaar tegen de vergunning voor het"),
        L("geluidsscherm van ProRail. Het scherm van 4 meter hoog"),
        L("komt pal voor mijn keukenraam en neemt al het licht weg."),
        L("Ik ben 81 jaar en heb sinds mijn beroerte een rolstoel,", 50),
        L("ik zit de hele dag in de keuken. Niemand heeft mij"),
        L("iets gevraagd. Mijn buurvrouw Jannie Kolkman ook niet."),
        None,
        L("Mijn naam: Wilhelmina Staal-de Roos"),
        L("Met vriendelijke groet,"),
        ("W. Staal-de Roos", "Dkg", 64, 180),
        None,
        L("p.s. mijn dochter Annemiek helpt mij, zij is te", 42),
        L("bereiken op 06 27 81 45 03", 46),
        None, None,
        ("ONTVANGEN 14 JAN 2025  -  gemeente Houten, postkamer  -  reg.nr. IN-2025-00412", "DejaVuMono", 28, 150),
        ("BSN indiener (uit BRP): " + make_bsn("17349058") + "   paraaf: HvL", "DejaVuMono", 28, 150),
    ]
    d.scan_opts = {"angle": -0.8, "top": 120, "lead": 1.5}
    d.R("PERSON", "Wilhelmina Staal-de Roos", "Wilhelmina", "Staal-de Roos", ocr=True)
    d.R("ADDRESS", "Spoorlaan-Oost 7", "Spoorlaan-Oost 7", "3992 AB", ocr=True)
    d.R("PHONE", "030-6371905", "030-6371905", ocr=True)
    d.R("BSN", make_bsn("17349058"), make_bsn("17349058"), ocr=True)
    d.R("PERSON", "Annemiek", "Annemiek", ocr=True)
    d.R("PERSON", "Jannie Kolkman", "Kolkman", ocr=True)
    d.R("HEALTH", "beroerte", "beroerte", ocr=True)
    d.R("PARAPH", "HvL", "HvL", ocr=True)
    return d


@reg
def ca11():
    d = Doc("ca11", font="Times", size=10, title="Besluit op Woo-verzoek trillingen A27")
    d.p("<b>Rijkswaterstaat</b><br/>Ministerie van Infrastructuur en Waterstaat", fontSize=11)
    d.p("Retouradres Postbus 2232, 3500 GE Utrecht")
    d.p("De heer T.C. Hoogduin<br/>Vaartsche Rijn 212<br/>3523 BE Utrecht")
    d.t([["Datum", "Kenmerk", "Contactpersoon"],
         ["15 april 2025", "RWS-2025/14877", "mr. drs. F.A. van Hoorn-Dekkers, juridisch adviseur Woo"]], head=True)
    d.h("Besluit op uw Woo-verzoek over trillingen bij de A27 Lekbrug", 2)
    d.p("Geachte heer Hoogduin,")
    d.p("In uw e-mail van 3 februari 2025 (t.c.hoogduin@gmail.com) heeft u met een beroep op de Wet open overheid "
        "(Woo) gevraagd om alle documenten over trillingsklachten bij de vervanging van de Lekbrug in de A27 over de "
        "periode 1 oktober 2024 tot en met 31 januari 2025. Wij hebben uw verzoek op 4 februari 2025 ontvangen. Op "
        "11 maart 2025 is de beslistermijn met twee weken verdaagd.")
    d.h("Besluit", 2)
    d.p("Wij hebben 7 documenten gevonden. Wij maken 2 documenten geheel en 4 documenten deels openbaar. Eén "
        "document maken wij niet openbaar omdat het al openbaar is (Kamervragen van het lid De Hoop, 2025Z02117). "
        "Persoonsgegevens van medewerkers, aannemers en omwonenden zijn gelakt op grond van artikel 5.1, tweede lid, "
        "onder e, Woo. Namen van minister Madlener en staatssecretaris Jansen blijven zichtbaar, evenals de naam van "
        "gedeputeerde Van Essen-Rombout.")
    d.pb()
    d.h("Inventarislijst", 2)
    d.t([["Nr.", "Document", "Datum", "Beoordeling", "Grond", "Toelichting"],
         ["1", "Klacht fam. Van der Weijden – El Amrani", "02-12-2024", "deels openbaar", "5.1.2e", "NAW en IBAN verzoekers gelakt"],
         ["2", "E-mail M. Ruijgrok aan BBR IenW", "18-02-2025", "deels openbaar", "5.1.2e", ""],
         ["3", "Meetrapport trillingen wk 7", "17-02-2025", "openbaar", "–", ""],
         ["4", "Ploegenrooster wk 9-10", "19-02-2025", "deels openbaar", "5.1.2e", "namen en 06-nummers"],
         ["5", "Kamervragen De Hoop", "05-02-2025", "reeds openbaar", "–", "zie 2025Z02117"],
         ["6", "Bewonersbrief Lekbrug", "04-11-2024", "openbaar", "–", ""],
         ["7", "Klachtnotitie Omgevingslijn (mw. I. Scheltema)", "21-11-2024", "deels openbaar", "5.1.2e, 5.1.1d",
          "gezondheid kind verzoeker"]],
        widths=[10, 50, 22, 25, 22, 41], size=8)
    d.h("Bezwaar", 2)
    d.p("Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken. Stuur uw bezwaarschrift "
        "naar woo@rws.nl of naar het postadres hierboven, onder vermelding van kenmerk RWS-2025/14877.")
    d.p("Hoogachtend,<br/>de minister van Infrastructuur en Waterstaat,<br/>namens deze,<br/>"
        "de hoofdingenieur-directeur Midden-Nederland,")
    d.sp(12)
    d.p("ir. K.J. (Karin) Oudeman-Fris")
    motivation(d)
    d.R("PERSON", "T.C. Hoogduin", "Hoogduin", "T.C. Hoogduin")
    d.R("ADDRESS", "Vaartsche Rijn 212, 3523 BE Utrecht", "Vaartsche Rijn 212", "3523 BE")
    d.R("EMAIL", "t.c.hoogduin@gmail.com", "t.c.hoogduin@gmail.com")
    d.R("PERSON", "F.A. van Hoorn-Dekkers", "van Hoorn-Dekkers")
    d.R("PERSON", "Van der Weijden – El Amrani", "Van der Weijden", "El Amrani")
    d.R("PERSON", "M. Ruijgrok", "Ruijgrok")
    d.R("PERSON", "I. Scheltema", "Scheltema")
    d.R("PERSON", "Karin Oudeman-Fris", "Oudeman-Fris", "Karin")
    d.K("ORG", "Rijkswaterstaat", "Rijkswaterstaat")
    d.K("LAW", "Woo", "Wet open overheid")
    d.K("CASE", "RWS-2025/14877", "RWS-2025/14877")
    d.K("CASE", "2025Z02117", "2025Z02117")
    d.K("OFFICE", "minister Madlener", "minister Madlener")
    d.K("OFFICE", "staatssecretaris Jansen", "staatssecretaris Jansen")
    d.K("OFFICE", "gedeputeerde Van Essen-Rombout", "gedeputeerde Van Essen-Rombout")
    d.K("OFFICE", "het lid De Hoop", "het lid De Hoop")
    d.K("EMAIL", "woo@rws.nl", "woo@rws.nl")
    d.K("GROUND", "5.1.2e", "5.1.2e")
    d.K("GROUND", "5.1.1d", "5.1.1d")
    d.K("ROLE", "hoofdingenieur-directeur", "hoofdingenieur-directeur Midden-Nederland")
    d.K("ROLE", "juridisch adviseur Woo", "juridisch adviseur Woo")
    d.K("ADDRESS", "Postbus 2232", "Postbus 2232, 3500 GE Utrecht")
    d.K("PLACE", "Lekbrug", "Lekbrug")
    d.K("DOC", "Meetrapport trillingen wk 7", "Meetrapport trillingen wk 7")
    d.K("DOC", "Bewonersbrief Lekbrug", "Bewonersbrief Lekbrug")
    d.K("DATE", "15 april 2025", "15 april 2025")
    d.K("VALUE", "deels openbaar", "deels openbaar")
    d.K("ORG", "BBR IenW", "BBR IenW")
    return d


@reg
def ca12():
    d = Doc("ca12", font="LibSans", size=10, title="Vibration monitoring Lekbrug - pile pressing")
    d.p("<b>From:</b> Jürgen Oberhäuser &lt;j.oberhaeuser@srr-tiefbau.de&gt;<br/><b>Sent:</b> Wednesday, 26 February 2025 "
        "16:04<br/><b>To:</b> Langeveld-Ouwerkerk, Theo &lt;tlangeveld@heijmans.nl&gt;<br/><b>Cc:</b> Katharina "
        "Wendt-Albers &lt;k.wendt-albers@srr-tiefbau.de&gt;; Ruijgrok, Maarten (RWS-GPO)<br/>"
        "<b>Subject:</b> Vibration monitoring Lekbrug – pile pressing from 3 March")
    d.p("Dear Theo,")
    d.p("Thank you for the call this morning. As agreed, Spezialtiefbau Rhein-Ruhr GmbH will switch from impact "
        "driving to hydraulic pile pressing (Giken Silent Piler F301) at pier 4 from Monday 3 March. Our site "
        "engineer Mr. Oberhäuser will be on site from 07:00 with two Profound Vibra-Pro sensors; my colleague "
        "Katharina will process the data in Duisburg and send a daily report to Rijkswaterstaat.")
    d.p("Regarding the resident at Lekboulevard 118 (Mrs. El Amrani): we propose an additional sensor on the "
        "foundation of her house. Please ask Maarten whether RWS can obtain her consent before Friday. According to "
        "the SBR guideline (part A, category 2) the limit is 5 mm/s; we measured 7.8 mm/s on 13 February.")
    d.p("For the Dutch permits we rely on Heijmans. Our invoice reference is SRR-NL-2025-017.")
    d.p("Kind regards / Mit freundlichen Grüßen")
    d.p("Dipl.-Ing. Jürgen Oberhäuser<br/>Bauleiter Spezialtiefbau<br/>Spezialtiefbau Rhein-Ruhr GmbH | "
        "Hafenstraße 31 | 47119 Duisburg | Germany<br/>Mobile +49 (0) 172 554 81 90 | Office +49 203 7781 0<br/>"
        "Amtsgericht Duisburg HRB 31772 | Geschäftsführer: Dr. Heinrich Vossberg")
    d.sp(6)
    d.p("<b>From:</b> Langeveld-Ouwerkerk, Theo<br/><b>Sent:</b> Wednesday, 26 February 2025 09:12<br/><b>To:</b> "
        "Jürgen Oberhäuser<br/><b>Subject:</b> RE: pile pressing")
    d.p("Hi Jürgen, could you call me at +31 6 1004 7281 after 9? The minister’s office (IenW) has asked for a "
        "short note on the complaints; minister Madlener visits the site on 10 March together with burgemeester "
        "Schouten. Best, Theo")
    motivation(d)
    d.R("PERSON", "Jürgen Oberhäuser", "Oberhäuser", "Jürgen")
    d.R("EMAIL", "j.oberhaeuser@srr-tiefbau.de", "j.oberhaeuser@srr-tiefbau.de")
    d.R("PERSON", "Theo Langeveld-Ouwerkerk", "Langeveld-Ouwerkerk", "Theo")
    d.R("EMAIL", "tlangeveld@heijmans.nl", "tlangeveld@heijmans.nl")
    d.R("PERSON", "Katharina Wendt-Albers", "Wendt-Albers", "Katharina")
    d.R("EMAIL", "k.wendt-albers@srr-tiefbau.de", "k.wendt-albers@srr-tiefbau.de")
    d.R("PERSON", "Maarten Ruijgrok", "Ruijgrok", "Maarten")
    d.R("ADDRESS", "Lekboulevard 118", "Lekboulevard 118")
    d.R("PERSON", "El Amrani", "El Amrani")
    d.R("PHONE", "+49 (0) 172 554 81 90", "+49 (0) 172 554 81 90")
    d.R("PHONE", "+31 6 1004 7281", "+31 6 1004 7281")
    d.K("ORG", "Spezialtiefbau Rhein-Ruhr GmbH", "Spezialtiefbau Rhein-Ruhr GmbH")
    d.K("ORG", "Heijmans", "Heijmans")
    d.K("ORG", "Rijkswaterstaat", "Rijkswaterstaat")
    d.K("PLACE", "Duisburg", "Duisburg")
    d.K("PRODUCT", "Giken Silent Piler F301", "Giken Silent Piler F301")
    d.K("PRODUCT", "Profound Vibra-Pro", "Profound Vibra-Pro")
    d.K("ADDRESS", "Hafenstraße 31", "Hafenstraße 31")
    d.K("PHONE", "+49 203 7781 0", "+49 203 7781 0")
    d.K("REG", "HRB 31772", "HRB 31772")
    d.K("CASE", "SRR-NL-2025-017", "SRR-NL-2025-017")
    d.K("OFFICE", "minister Madlener", "minister Madlener")
    d.K("OFFICE", "burgemeester Schouten", "burgemeester Schouten")
    d.K("ROLE", "Bauleiter Spezialtiefbau", "Bauleiter Spezialtiefbau")
    d.K("STD", "SBR guideline", "SBR guideline")
    d.K("PLACE", "Lekbrug", "Lekbrug")
    d.K("ORG", "IenW", "IenW")
    d.K("DATE", "3 March", "3 March")
    d.R("PERSON", "Heinrich Vossberg", "Vossberg")
    return d


@reg
def ca13():
    d = Doc("ca13", font="DejaVuSerif", size=9.5, title="Offerte damwanden Merwedekanaal")
    d.p("<b>Van:</b> Vandenbroucke Pieter-Jan &lt;pj.vandenbroucke@fundvdb.be&gt;<br/><b>Datum:</b> vrijdag 7 maart 2025 "
        "10:22<br/><b>Aan:</b> projectbureau Merwedekanaal &lt;merwedekanaal@utrecht.nl&gt;<br/><b>CC:</b> "
        "s.de.meyer@fundvdb.be<br/><b>Onderwerp:</b> Offerte trillingsvrij inbrengen damwanden – kadeherstel Merwedekanaal")
    d.p("Goeiedag,")
    d.p("Zoals besproken met uw collega Floor Dekkers-Oei op de werfvergadering van dinsdag, bezorg ik u hierbij onze "
        "offerte voor het trillingsvrij inbrengen van de damwanden langs het Merwedekanaal (vak Zuilen – Oog in Al). "
        "Wij werken met een Movax-trilblok en, waar nodig, met drukken. Het bestek van de gemeente Utrecht "
        "(UTR-2025-IB-044) vraagt monitoring bij 22 woningen; wij hebben dat ingerekend.")
    d.p("Onze werfleider, Stijn De Meyer, is bereikbaar op +32 (0)475 21 88 09. Voor administratieve vragen kan u "
        "terecht bij Nathalie op het kantoor in Gent, 09 225 41 10 (algemeen). Ons ondernemingsnummer is "
        "BE 0438.221.906.")
    d.p("Eén opmerking: uw aannemer vroeg ons om het rijksregisternummer van onze werfleider voor de toegangsbadge "
        "(82.04.17-233.61). Wij vinden dat eigenlijk niet nodig; een kopie van de identiteitskaart zou moeten volstaan. "
        "Kan u dat bevestigen?")
    d.p("Met vriendelijke groeten,")
    d.p("ir. Pieter-Jan Vandenbroucke<br/>Zaakvoerder<br/>Funderingstechnieken Vandenbroucke NV<br/>"
        "Industrieweg 118, 9032 Wondelgem (Gent), België<br/>GSM 0032 496 30 12 57")
    d.sp(6)
    d.p("<b>Van:</b> Dekkers-Oei, Floor<br/><b>Datum:</b> vrijdag 7 maart 2025 13:40<br/><b>Aan:</b> "
        "pj.vandenbroucke@fundvdb.be<br/><b>Onderwerp:</b> RE: Offerte")
    d.p("Beste Pieter-Jan, dank. Het rijksregisternummer is inderdaad niet nodig; ik heb het uit onze administratie "
        "verwijderd. Wethouder Eerenberg wordt volgende week over de aanbesteding geïnformeerd. Groet, Floor "
        "(projectleider Kademuren, gemeente Utrecht, 06-1170 4426)")
    motivation(d)
    d.R("PERSON", "Pieter-Jan Vandenbroucke", "Pieter-Jan", "Vandenbroucke Pieter-Jan", "ir. Pieter-Jan Vandenbroucke")
    d.R("EMAIL", "pj.vandenbroucke@fundvdb.be", "pj.vandenbroucke@fundvdb.be")
    d.R("EMAIL", "s.de.meyer@fundvdb.be", "s.de.meyer@fundvdb.be")
    d.R("PERSON", "Floor Dekkers-Oei", "Dekkers-Oei", "Floor")
    d.R("PERSON", "Stijn De Meyer", "Stijn De Meyer", "Stijn")
    d.R("PHONE", "+32 (0)475 21 88 09", "+32 (0)475 21 88 09")
    d.R("PERSON", "Nathalie", "Nathalie")
    d.R("ID", "82.04.17-233.61", "82.04.17-233.61")
    d.R("PHONE", "0032 496 30 12 57", "0032 496 30 12 57")
    d.R("PHONE", "06-1170 4426", "06-1170 4426")
    d.K("ORG", "Funderingstechnieken Vandenbroucke NV", "Funderingstechnieken Vandenbroucke NV")
    d.K("EMAIL", "merwedekanaal@utrecht.nl", "merwedekanaal@utrecht.nl")
    d.K("PLACE", "Merwedekanaal", "Merwedekanaal")
    d.K("PLACE", "Zuilen", "Zuilen")
    d.K("PLACE", "Oog in Al", "Oog in Al")
    d.K("ORG", "gemeente Utrecht", "gemeente Utrecht")
    d.K("CASE", "UTR-2025-IB-044", "UTR-2025-IB-044")
    d.K("PHONE", "09 225 41 10", "09 225 41 10")
    d.K("REG", "BE 0438.221.906", "BE 0438.221.906")
    d.K("ADDRESS", "Industrieweg 118", "Industrieweg 118, 9032 Wondelgem")
    d.K("OFFICE", "Wethouder Eerenberg", "Wethouder Eerenberg")
    d.K("PRODUCT", "Movax", "Movax")
    d.K("ROLE", "Zaakvoerder", "Zaakvoerder")
    d.K("ROLE", "projectleider Kademuren", "projectleider Kademuren")
    d.K("PLACE", "Gent", "Gent")
    d.K("DATE", "7 maart 2025", "7 maart 2025")
    return d


@reg
def ca14():
    d = Doc("ca14", producer="docx", font="LibSerif", size=10, title="Rapport geluidmetingen spoor Houten")
    d.h("Akoestisch onderzoek spoorweggeluid Houten-Zuid", 1)
    d.p("Rapportnummer: LBP-R-2025.0117, versie 2 – 31 januari 2025<br/>Opdrachtgever: ProRail, Regio Midden-Nederland<br/>"
        "Uitgevoerd door: LBP Akoestiek, Utrecht")
    d.t([["Rol", "Naam", "Paraaf"],
         ["Auteur / meetleider", "ing. S.W. (Sjoerd) Hogenelst", "SWH"],
         ["Tweede lezer", "dr. ir. Yvonne Kappetein-Bos", "YKB"],
         ["Opdrachtgever (ProRail)", "Fenna Kuipers", "FK"]])
    d.h("1. Meetopzet", 2)
    d.p("Op verzoek van ProRail zijn van 6 tot en met 20 januari 2025 continue geluidmetingen uitgevoerd bij vier "
        "woningen langs het baanvak Utrecht – ’s-Hertogenbosch (km 43,1 – 44,6). De bewoners hebben schriftelijk "
        "toestemming gegeven. De metingen zijn uitgevoerd volgens het Reken- en meetvoorschrift geluid 2012 en de "
        "Omgevingsregeling, bijlage XXIV.")
    d.t([["Meetpunt", "Adres bewoner", "Bewoner", "Lden gemeten", "GPP-referentie"],
         ["MP-1", "Schoolwerf 23", "Bouwhuis", "67,8 dB", "66,2 dB"],
         ["MP-2", "Spoorlaan-Oost 7", "Staal-de Roos", "70,1 dB", "68,9 dB"],
         ["MP-3", "Molenweg 40", "Yıldız", "63,4 dB", "64,0 dB"],
         ["MP-4", "Het Rond 5, app. 312", "Kortekaas (VvE)", "61,9 dB", "62,5 dB"]])
    d.pb()
    d.h("2. Resultaten", 2)
    d.p("Op MP-1 en MP-2 is de gemeten jaargemiddelde geluidbelasting hoger dan de referentiewaarde van het "
        "geluidproductieplafond. Het verschil wordt grotendeels verklaard door goederentreinen met gietijzeren "
        "remblokken in de nachtperiode. Op MP-3 en MP-4 is geen overschrijding gemeten.")
    d.p("Bij MP-2 (woning van mevrouw Staal-de Roos) is de meter op verzoek van haar dochter aan de achtergevel "
        "geplaatst; de bewoonster is rolstoelgebonden en kon het meetstation niet zelf bedienen.")
    d.h("3. Conclusie", 2)
    d.p("Wij adviseren ProRail om op grond van artikel 11.16 van de Omgevingswet te onderzoeken of het "
        "geluidproductieplafond wordt nageleefd, en de resultaten te delen met de gemeente Houten en de "
        "Omgevingsdienst regio Utrecht. Voor vragen: info@lbp-akoestiek.nl of 030 - 231 13 77 (receptie).")
    d.p("Utrecht, 31 januari 2025 – S.W. Hogenelst")
    d.R("PERSON", "Sjoerd Hogenelst", "Hogenelst", "Sjoerd")
    d.R("PERSON", "Yvonne Kappetein-Bos", "Kappetein-Bos", "Yvonne")
    d.R("PERSON", "Fenna Kuipers", "Fenna Kuipers")
    d.R("PARAPH", "SWH", "SWH")
    d.R("PARAPH", "YKB", "YKB")
    d.R("PARAPH", "FK", "FK")
    d.R("ADDRESS", "Schoolwerf 23", "Schoolwerf 23")
    d.R("ADDRESS", "Spoorlaan-Oost 7", "Spoorlaan-Oost 7")
    d.R("ADDRESS", "Molenweg 40", "Molenweg 40")
    d.R("ADDRESS", "Het Rond 5, app. 312", "Het Rond 5, app. 312")
    d.R("PERSON", "Bouwhuis", "Bouwhuis")
    d.R("PERSON", "Staal-de Roos", "Staal-de Roos")
    d.R("PERSON", "Yıldız", "Yıldız")
    d.R("PERSON", "Kortekaas", "Kortekaas")
    d.R("HEALTH", "rolstoelgebonden", "rolstoelgebonden")
    d.K("ORG", "ProRail", "ProRail")
    d.K("ORG", "LBP Akoestiek", "LBP Akoestiek")
    d.K("CASE", "LBP-R-2025.0117", "LBP-R-2025.0117")
    d.K("LAW", "Omgevingswet", "Omgevingswet")
    d.K("LAW", "Omgevingsregeling", "Omgevingsregeling")
    d.K("LAW", "RMG 2012", "Reken- en meetvoorschrift geluid 2012")
    d.K("CODE", "MP-1", "MP-1")
    d.K("CODE", "MP-2", "MP-2")
    d.K("CODE", "MP-3", "MP-3")
    d.K("CODE", "MP-4", "MP-4")
    d.K("VALUE", "67,8 dB", "67,8 dB")
    d.K("VALUE", "70,1 dB", "70,1 dB")
    d.K("EMAIL", "info@lbp-akoestiek.nl", "info@lbp-akoestiek.nl")
    d.K("PHONE", "030 - 231 13 77", "030 - 231 13 77")
    d.K("ORG", "gemeente Houten", "gemeente Houten")
    d.K("ORG", "Omgevingsdienst regio Utrecht", "Omgevingsdienst regio Utrecht")
    d.K("ROLE", "Tweede lezer", "Tweede lezer")
    d.K("DATE", "31 januari 2025", "31 januari 2025")
    return d


def _form_ca15(d, out):
    from lib import _register
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    _register()
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setTitle("Meldingsformulier trillingsschade")
    c.setAuthor("")
    W, H = A4
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, H - 70, "Meldingsformulier schade door trillingen – Ring Utrecht / A27")
    c.setFont("Helvetica", 9)
    c.drawString(60, H - 88, "Rijkswaterstaat Midden-Nederland | Schadeloket | schadeloket.mn@rws.nl | 0800 - 8002")
    c.drawString(60, H - 100, "Dit formulier valt onder de Regeling nadeelcompensatie Infrastructuur en Waterstaat 2024.")
    fields = [("naam", "Naam melder", "Cornelis Jan Verbree"),
              ("adres", "Adres", "Achterweg 3"),
              ("postcode", "Postcode en plaats", "3981 HT Bunnik"),
              ("telefoon", "Telefoon", "06-21 44 98 30"),
              ("email", "E-mail", "cj.verbree@kpnmail.nl"),
              ("geboortedatum", "Geboortedatum", "22-11-1968"),
              ("iban", "IBAN voor uitbetaling", make_iban("RABO", "3155620")),
              ("schade", "Omschrijving schade", "Scheuren in tegelvloer en kelderwand"),
              ("datum", "Datum eerste waarneming", "14-01-2025"),
              ("ref", "Referentie werk", "Knooppunt Lunetten, verbreding A27")]
    y = H - 140
    form = c.acroForm
    for name, label, val in fields:
        c.setFont("Helvetica", 10)
        c.drawString(60, y + 5, label)
        form.textfield(name=name, value=val, x=230, y=y, width=300, height=18, fontName="Helvetica",
                       fontSize=10, borderWidth=0.5)
        y -= 30
    c.setFont("Helvetica", 9)
    t = c.beginText(60, y - 10)
    for ln in ["Verklaring: ik verklaar dit formulier naar waarheid te hebben ingevuld.",
               "Het Schadeloket van Rijkswaterstaat neemt binnen vier weken contact met u op. Een schade-expert van",
               "Crawford & Company kan uw woning opnemen. Bezwaar volgens de Algemene wet bestuursrecht (Awb).",
               "Verwerking van uw gegevens: zie rijkswaterstaat.nl/privacy. Zaaknummer wordt na ontvangst toegekend.",
               "",
               "Intern (in te vullen door RWS): ontvangen 17-01-2025, zaak NC-2025-0338, behandelaar: zie veld hieronder."]:
        t.textLine(ln)
    c.drawText(t)
    c.setFont("Helvetica", 10)
    c.drawString(60, y - 100, "Behandelaar RWS")
    form.textfield(name="behandelaar", value="R. (Rianne) Zwijnenberg, 06 1532 8870", x=230, y=y - 105,
                   width=300, height=18, fontName="Helvetica", fontSize=10, borderWidth=0.5)
    c.showPage()
    c.save()


@reg
def ca15():
    d = Doc("ca15", producer=_form_ca15)
    d.R("PERSON", "Cornelis Jan Verbree", "Verbree", "Cornelis Jan", channel="form")
    d.R("ADDRESS", "Achterweg 3, 3981 HT Bunnik", "Achterweg 3", "3981 HT", channel="form")
    d.R("PHONE", "06-21 44 98 30", "06-21 44 98 30", channel="form")
    d.R("EMAIL", "cj.verbree@kpnmail.nl", "cj.verbree@kpnmail.nl", channel="form")
    d.R("DOB", "22-11-1968", "22-11-1968", channel="form")
    d.R("IBAN", make_iban("RABO", "3155620"), make_iban("RABO", "3155620"), channel="form")
    d.R("PERSON", "Rianne Zwijnenberg", "Zwijnenberg", "Rianne", channel="form")
    d.R("PHONE", "06 1532 8870", "06 1532 8870", channel="form")
    d.K("ORG", "Rijkswaterstaat", "Rijkswaterstaat")
    d.K("EMAIL", "schadeloket.mn@rws.nl", "schadeloket.mn@rws.nl")
    d.K("PHONE", "0800 - 8002", "0800 - 8002")
    d.K("LAW", "Regeling nadeelcompensatie", "Regeling nadeelcompensatie Infrastructuur en Waterstaat 2024")
    d.K("PROJECT", "Ring Utrecht", "Ring Utrecht")
    d.K("ORG", "Crawford & Company", "Crawford & Company")
    d.K("LAW", "Awb", "Algemene wet bestuursrecht")
    d.K("CASE", "NC-2025-0338", "NC-2025-0338")
    d.K("LABEL", "Naam melder", "Naam melder")
    d.K("LABEL", "IBAN voor uitbetaling", "IBAN voor uitbetaling")
    d.K("LABEL", "Geboortedatum", "Geboortedatum")
    d.K("ORG", "Schadeloket", "Schadeloket")
    return d


@reg
def ca16():
    d = Doc("ca16", font="LibSans", size=10, title="Kamerbrief over trillingshinder bij infrastructuurprojecten")
    d.p("&gt; Retouradres Postbus 20901 2500 EX Den Haag", fontSize=7)
    d.p("De voorzitter van de Tweede Kamer der Staten-Generaal<br/>Postbus 20018<br/>2500 EA Den Haag")
    d.t([["Datum", "Kenmerk", "Contactpersoon"],
         ["28 maart 2025", "IENW/BSK-2025/71234", "Joost Lamberts-Visser, T 06 - 4602 1187"]], head=True)
    d.p("<b>Onderwerp: Trillingshinder bij infrastructuurprojecten</b>")
    d.p("Geachte voorzitter,")
    d.p("Met deze brief informeer ik uw Kamer over trillingshinder bij grote infrastructuurprojecten van "
        "Rijkswaterstaat en ProRail, zoals toegezegd tijdens het commissiedebat Spoor van 12 februari 2025 in antwoord "
        "op vragen van de leden Bontenbal (CDA) en De Hoop (GroenLinks-PvdA). Ook beantwoord ik hiermee de schriftelijke "
        "vragen van het lid De Hoop (2025Z02117).")
    d.p("Bij de vervanging van de Lekbrug in de A27 en bij het vierde spoor bij Houten zijn in de afgelopen maanden "
        "meer dan 140 klachten ontvangen. Rijkswaterstaat heeft samen met aannemer Heijmans maatregelen getroffen: "
        "trillingsarm drukken van palen, extra monitoring en een vast aanspreekpunt. De provincie Utrecht "
        "(gedeputeerde Van Essen-Rombout) en de gemeenten Nieuwegein en Houten zijn nauw betrokken.")
    d.p("Ik wil de bestaande SBR-richtlijn voor trillingen in 2026 omzetten in een wettelijke norm in het Besluit "
        "kwaliteit leefomgeving. De staatssecretaris van Infrastructuur en Waterstaat, de heer Jansen, neemt het spoor- "
        "en OV-deel voor zijn rekening. Ik verwacht het ontwerpbesluit in het vierde kwartaal van 2025 voor te leggen.")
    d.p("Hoogachtend,")
    d.p("DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,")
    d.sp(14)
    d.p("Barry Madlener")
    d.R("PERSON", "Joost Lamberts-Visser", "Lamberts-Visser", "Joost")
    d.R("PHONE", "06 - 4602 1187", "06 - 4602 1187")
    d.K("OFFICE", "Barry Madlener", "Barry Madlener")
    d.K("OFFICE", "Bontenbal", "Bontenbal")
    d.K("OFFICE", "De Hoop", "De Hoop")
    d.K("OFFICE", "gedeputeerde Van Essen-Rombout", "gedeputeerde Van Essen-Rombout")
    d.K("OFFICE", "de heer Jansen", "de heer Jansen")
    d.K("ORG", "Tweede Kamer", "Tweede Kamer der Staten-Generaal")
    d.K("ORG", "Rijkswaterstaat", "Rijkswaterstaat")
    d.K("ORG", "ProRail", "ProRail")
    d.K("ORG", "Heijmans", "Heijmans")
    d.K("ORG", "provincie Utrecht", "provincie Utrecht")
    d.K("CASE", "IENW/BSK-2025/71234", "IENW/BSK-2025/71234")
    d.K("CASE", "2025Z02117", "2025Z02117")
    d.K("ORG", "CDA", "CDA")
    d.K("ORG", "GroenLinks-PvdA", "GroenLinks-PvdA")
    d.K("PLACE", "Lekbrug", "Lekbrug")
    d.K("LAW", "Bkl", "Besluit kwaliteit leefomgeving")
    d.K("STD", "SBR-richtlijn", "SBR-richtlijn")
    d.K("ADDRESS", "Postbus 20901", "Postbus 20901")
    d.K("DATE", "28 maart 2025", "28 maart 2025")
    d.K("ROLE", "MINISTER", "DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT")
    d.K("PLACE", "Houten", "Houten")
    return d


@reg
def ca17():
    d = Doc("ca17", producer="docx", font="Helvetica", size=10, title="Omgevingsvergunning OV-2025-0391")
    d.p("<b>Gemeente Houten</b> – Team Vergunningen, Toezicht en Handhaving")
    d.p("Dhr. mr. E.W.J. ten Brinke en mw. S. ten Brinke-Oosterveld<br/>Lobbendijk 9<br/>3991 NM Houten")
    d.p("Datum: 22 april 2025<br/>Zaaknummer: OV-2025-0391<br/>Behandelaar: mw. I.M. Zandbergen, tel. 030 - 639 28 61, "
        "i.zandbergen@houten.nl")
    d.h("Omgevingsvergunning – uitrit en geluidwerende erfafscheiding", 1)
    d.p("Geachte heer en mevrouw Ten Brinke,")
    d.p("Op 3 maart 2025 ontvingen wij via het Omgevingsloket uw aanvraag voor een omgevingsvergunning voor het "
        "aanleggen van een uitrit naar de Lobbendijk en het bouwen van een geluidwerende erfafscheiding van 2,40 meter "
        "langs de achterzijde van uw perceel (kadastraal Houten, sectie D, nummer 4417), grenzend aan het spoor "
        "Utrecht – ’s-Hertogenbosch. Wij verlenen de vergunning.")
    d.h("Activiteiten", 2)
    d.p("1. Omgevingsplanactiviteit (artikel 5.1, eerste lid, onder a, Omgevingswet): afwijken van het omgevingsplan "
        "gemeente Houten voor de hoogte van de erfafscheiding.<br/>2. Bouwactiviteit (technisch).<br/>"
        "3. Aanleg uitrit (artikel 2:12 APV Houten).")
    d.p("ProRail heeft als beheerder van de spoorweg op 27 maart 2025 advies uitgebracht (kenmerk PR-VG-25-01182) en "
        "stemt in, mits de erfafscheiding minimaal 11 meter uit het hart van het buitenste spoor blijft "
        "(Spoorwegwet, artikel 19). Het Hoogheemraadschap De Stichtse Rijnlanden heeft geen bezwaar.")
    d.pb()
    d.h("Zienswijzen", 2)
    d.p("De buren aan de Lobbendijk 11, de heer R. Aalbers en mevrouw F. Aalbers-Hoek, hebben gevraagd om een lager "
        "scherm omdat hun moestuin schaduw krijgt. Wij hebben de schaduwwerking laten berekenen: de moestuin krijgt in "
        "de zomer na 17.00 uur schaduw. Dat weegt volgens ons niet op tegen de geluidwinst voor de aanvragers. De "
        "heer Ten Brinke heeft ons laten weten dat zijn zoon Mees door een gehoorbeschadiging extra gevoelig is voor "
        "lawaai; dat hebben wij in onze afweging niet nodig gehad.")
    d.h("Leges", 2)
    d.p("De leges bedragen € 1.184,60 (Legesverordening Houten 2025). U ontvangt een aparte nota op uw "
        "debiteurnummer 2025-00781.")
    d.p("Met vriendelijke groet,<br/>namens het college van burgemeester en wethouders van Houten,")
    d.p("I.M. Zandbergen<br/>vergunningverlener")
    d.p("Wethouder Van Rooijen is als portefeuillehouder Ruimte geïnformeerd.")
    motivation(d)
    d.R("PERSON", "E.W.J. ten Brinke", "ten Brinke", "Ten Brinke", "E.W.J.")
    d.R("PERSON", "S. ten Brinke-Oosterveld", "ten Brinke-Oosterveld", "Oosterveld")
    d.R("ADDRESS", "Lobbendijk 9, 3991 NM Houten", "Lobbendijk 9", "3991 NM")
    d.R("PERSON", "I.M. Zandbergen", "Zandbergen", "I.M. Zandbergen")
    d.R("PHONE", "030 - 639 28 61", "030 - 639 28 61")
    d.R("EMAIL", "i.zandbergen@houten.nl", "i.zandbergen@houten.nl")
    d.R("CADASTRAL", "sectie D, nummer 4417", "sectie D, nummer 4417")
    d.R("ADDRESS", "Lobbendijk 11", "Lobbendijk 11")
    d.R("PERSON", "R. Aalbers", "R. Aalbers")
    d.R("PERSON", "F. Aalbers-Hoek", "Aalbers-Hoek")
    d.R("PERSON", "Mees", "Mees")
    d.R("HEALTH", "gehoorbeschadiging", "gehoorbeschadiging")
    d.R("CLIENTNR", "debiteurnummer 2025-00781", "2025-00781")
    d.K("ORG", "Gemeente Houten", "Gemeente Houten")
    d.K("CASE", "OV-2025-0391", "OV-2025-0391")
    d.K("CASE", "PR-VG-25-01182", "PR-VG-25-01182")
    d.K("ORG", "ProRail", "ProRail")
    d.K("LAW", "Omgevingswet", "Omgevingswet")
    d.K("LAW", "Spoorwegwet", "Spoorwegwet")
    d.K("LAW", "APV Houten", "APV Houten")
    d.K("LAW", "Legesverordening Houten 2025", "Legesverordening Houten 2025")
    d.K("ORG", "HDSR", "Hoogheemraadschap De Stichtse Rijnlanden")
    d.K("OFFICE", "Wethouder Van Rooijen", "Wethouder Van Rooijen")
    d.K("PRODUCT", "Omgevingsloket", "Omgevingsloket")
    d.K("AMOUNT", "€ 1.184,60", "€ 1.184,60")
    d.K("ROLE", "vergunningverlener", "vergunningverlener")
    d.K("DATE", "22 april 2025", "22 april 2025")
    d.K("TERM", "Omgevingsplanactiviteit", "Omgevingsplanactiviteit")
    return d


@reg
def ca18():
    d = Doc("ca18", font="DejaVuSerif", size=9.5, title="GS-nota trillingsnorm provinciale wegen")
    d.h("Provincie Utrecht – Nota aan Gedeputeerde Staten", 1)
    d.t([["Onderwerp", "Bestuurlijke inzet trillingsnorm en klachtafhandeling A27/N408"],
         ["Portefeuillehouder", "gedeputeerde Van Essen-Rombout (Mobiliteit)"],
         ["Datum vergadering GS", "4 maart 2025"],
         ["Registratienummer", "PU-2025/81144"],
         ["Opgesteld door", "B.J. den Hartogh, beleidsadviseur Mobiliteit, 06 8337 1250"],
         ["Afgestemd met", "Rijkswaterstaat (M. Ruijgrok), gemeente Nieuwegein (wethouder Adriaansens), ODRU"]],
        widths=[45, 125], head=False)
    d.h("Geadviseerd besluit", 2)
    d.p("Gedeputeerde Staten besluiten: 1. in te stemmen met de bestuurlijke inzet voor het gesprek met minister "
        "Madlener van 24 februari 2025 (achteraf); 2. de commissaris van de Koning, de heer Oosters, te vragen het "
        "onderwerp te agenderen in het Bestuurlijk Overleg MIRT; 3. Provinciale Staten te informeren via een "
        "statenbrief.")
    d.h("Toelichting", 2)
    d.p("De provincie ontvangt klachten over de N408 (Nieuwegein – Vianen) die samenhangen met omleidingsverkeer door "
        "de werkzaamheden aan de Lekbrug. Gedeputeerde Van Essen-Rombout heeft met wethouder Adriaansens afgesproken "
        "dat de ODRU de metingen coördineert. De heer Den Hartogh is ambtelijk aanspreekpunt. Vragen van Statenlid "
        "Dercksen (PVV) over de N408 worden in dezelfde statenbrief beantwoord.")
    d.t([["Naam", "Functie", "Paraaf", "Datum"],
         ["Hartogh, B.J. den", "beleidsadviseur", "BdH", "24-02"],
         ["Scholte-Veenstra, A.", "teamleider Mobiliteit", "ASV", "25-02"],
         ["Kalkman, P.", "concerncontroller", "PK", "26-02"]], widths=[45, 55, 25, 25])
    motivation(d)
    d.post.append(lambda pth: set_meta(pth, author="Hartogh, B.J. den (Bart)", xmp_creator=["Anja Scholte-Veenstra"]))
    d.R("PERSON", "B.J. den Hartogh", "den Hartogh", "Den Hartogh", "Hartogh, B.J. den")
    d.R("PHONE", "06 8337 1250", "06 8337 1250")
    d.R("PERSON", "M. Ruijgrok", "Ruijgrok")
    d.R("PERSON", "A. Scholte-Veenstra", "Scholte-Veenstra")
    d.R("PERSON", "P. Kalkman", "Kalkman")
    d.R("PARAPH", "BdH", "BdH")
    d.R("PARAPH", "ASV", "ASV")
    d.R("PARAPH", "PK", "PK")
    d.R("PERSON", "Bart den Hartogh (metadata)", "Bart", channel="metadata")
    d.R("PERSON", "Anja Scholte-Veenstra (XMP)", "Anja Scholte-Veenstra", channel="metadata")
    d.K("OFFICE", "gedeputeerde Van Essen-Rombout", "gedeputeerde Van Essen-Rombout", "Gedeputeerde Van Essen-Rombout")
    d.K("OFFICE", "wethouder Adriaansens", "wethouder Adriaansens")
    d.K("OFFICE", "minister Madlener", "Madlener")
    d.K("OFFICE", "Oosters", "de heer Oosters")
    d.K("OFFICE", "Statenlid Dercksen", "Statenlid Dercksen")
    d.K("ORG", "Provincie Utrecht", "Provincie Utrecht")
    d.K("ORG", "Rijkswaterstaat", "Rijkswaterstaat")
    d.K("ORG", "ODRU", "ODRU")
    d.K("ORG", "PVV", "PVV")
    d.K("ROAD", "N408", "N408")
    d.K("ROAD", "A27", "A27")
    d.K("CASE", "PU-2025/81144", "PU-2025/81144")
    d.K("PROGRAMME", "MIRT", "MIRT")
    d.K("ROLE", "beleidsadviseur", "beleidsadviseur")
    d.K("ROLE", "teamleider Mobiliteit", "teamleider Mobiliteit")
    d.K("ROLE", "concerncontroller", "concerncontroller")
    d.K("PLACE", "Vianen", "Vianen")
    d.K("DATE", "4 maart 2025", "4 maart 2025")
    return d


@reg
def ca19():
    d = Doc("ca19", producer="scan", title="")
    M = lambda t, s=36, x=170: (t, "LibMono", s, x)
    d.scan_lines = [
        M("J.A. Wesseling-van Rhijn"), M("Prinses Beatrixlaan 140"), M("4131 JG  Vianen"),
        None,
        M("Rijkswaterstaat Midden-Nederland"), M("Schadeloket"), M("Postbus 2232"), M("3500 GE  Utrecht"),
        None,
        M("Vianen, 20 maart 2025", 36, 900),
        None,
        M("Betreft: schade aan woning door heiwerk A27, uw zaak NC-2025-0338"),
        None,
        M("Geachte heer/mevrouw,"),
        None,
        M("Op 14 januari jl. ontstonden scheuren in de kelder van mijn"),
        M("woning. Uw schade-expert, de heer Vreugdenhil van Crawford,"),
        M("heeft de schade op 5 maart opgenomen. Ik heb nog steeds geen"),
        M("bericht ontvangen. Mijn man Gerard is sinds kort opgenomen in"),
        M("verpleeghuis De Lekstroom (dementie) en ik moet alles alleen"),
        M("regelen. Wilt u mij bellen op 0347-371 866?"),
        None,
        M("Mijn rekeningnummer voor de vergoeding: " + make_iban("ABNA", "4471920")),
        None,
        M("Hoogachtend,"),
        ("J. Wesseling", "Femke", 70, 200),
        None, None,
        ("Ontv. RWS 24-03-2025  doorgez. naar: R. Zwijnenberg", "DejaVuSans", 30, 700),
    ]
    d.scan_opts = {"angle": 1.1, "top": 150, "lead": 1.5, "creator": "KONICA MINOLTA bizhub C300i"}
    d.R("PERSON", "J.A. Wesseling-van Rhijn", "Wesseling-van Rhijn", ocr=True)
    d.R("ADDRESS", "Prinses Beatrixlaan 140, 4131 JG Vianen", "Prinses Beatrixlaan 140", "4131 JG", ocr=True)
    d.R("PERSON", "Vreugdenhil", "Vreugdenhil", ocr=True)
    d.R("PERSON", "Gerard", "Gerard", ocr=True)
    d.R("HEALTH", "dementie", "dementie", ocr=True)
    d.R("PHONE", "0347-371 866", "0347-371 866", ocr=True)
    d.R("IBAN", make_iban("ABNA", "4471920"), make_iban("ABNA", "4471920"), ocr=True)
    d.R("PERSON", "R. Zwijnenberg", "Zwijnenberg", ocr=True)
    return d


@reg
def ca20():
    d = Doc("ca20", font="Helvetica", size=10, title="Memo intake vergunningaanvraag geluidsschermen")
    d.h("MEMO", 1)
    d.t([["Aan", "Intakeoverleg Vergunningverlening, gemeente Houten"],
         ["Van", "Zandbergen, I.M. (vergunningverlener)"],
         ["Datum", "17 december 2024"],
         ["Onderwerp", "Vooroverleg ProRail – geluidsschermen Spoorlaan-Oost en Molenweg (aanvraag OV-2024-2231)"]],
        widths=[30, 140], head=False)
    d.p("<b>Aanwezig:</b> Zandbergen, I.M.; Pauwels, D. (jurist); Akkermans-Lo, W.Y. (stedenbouwkundige); "
        "Oosterbaan, P.J. (ProRail); Kuipers, F. (ProRail, akoestiek); van Rooij, P. (beleidsmedewerker Mobiliteit). "
        "<b>Afwezig:</b> Dijksman, A. (welstand).")
    d.h("1. Aanvraag", 2)
    d.p("ProRail vraagt een omgevingsvergunning voor twee geluidsschermen (4,0 m) in het kader van het programma "
        "Geluidsanering Spoor (Meerjarenprogramma Geluidsanering, MJPG). Het scherm aan de Spoorlaan-Oost raakt de "
        "achtertuinen van zes woningen. Pauwels wijst erop dat een bewoonster (Spoorlaan-Oost 7) al per brief heeft "
        "laten weten bezwaar te zullen maken; zij is 81 en zit in een rolstoel.")
    d.h("2. Welstand en stedenbouw", 2)
    d.p("Akkermans-Lo adviseert een transparant bovendeel. Wendy neemt contact op met de welstandscommissie "
        "(Mooisticht). Van Rooij merkt op dat wethouder Van Rooijen het onderwerp in de raadscommissie van 14 januari "
        "wil toelichten; raadslid Hoogeveen-Smit (VVD) heeft er vragen over gesteld.")
    d.h("3. Acties", 2)
    d.t([["Actie", "Wie", "Gereed"],
         ["Schaduwstudie opvragen bij ProRail", "PJO", "10-01-2025"],
         ["Vooroverleg welstand", "WAL", "10-01-2025"],
         ["Concept-besluit", "IMZ", "31-01-2025"]], widths=[90, 30, 40])
    d.p("Interne noot: telefoonnummers deelnemers in de teamsite; P.J. Oosterbaan direct bereikbaar via "
        "pieterjan.oosterbaan@prorail.nl en 06-10 33 48 72.", fontSize=8)
    motivation(d)
    d.R("PERSON", "I.M. Zandbergen", "Zandbergen")
    d.R("PERSON", "D. Pauwels", "Pauwels")
    d.R("PERSON", "W.Y. Akkermans-Lo", "Akkermans-Lo", "Wendy")
    d.R("PERSON", "P.J. Oosterbaan", "Oosterbaan")
    d.R("PERSON", "F. Kuipers", "Kuipers")
    d.R("PERSON", "P. van Rooij", "van Rooij", "Van Rooij")
    d.R("PERSON", "A. Dijksman", "Dijksman")
    d.R("ADDRESS", "Spoorlaan-Oost 7", "Spoorlaan-Oost 7")
    d.R("HEALTH", "rolstoel", "rolstoel")
    d.R("PARAPH", "PJO", "PJO")
    d.R("PARAPH", "WAL", "WAL")
    d.R("PARAPH", "IMZ", "IMZ")
    d.R("EMAIL", "pieterjan.oosterbaan@prorail.nl", "pieterjan.oosterbaan@prorail.nl")
    d.R("PHONE", "06-10 33 48 72", "06-10 33 48 72")
    d.K("OFFICE", "wethouder Van Rooijen", "wethouder Van Rooijen")
    d.K("OFFICE", "raadslid Hoogeveen-Smit", "raadslid Hoogeveen-Smit")
    d.K("ORG", "ProRail", "ProRail")
    d.K("ORG", "gemeente Houten", "gemeente Houten")
    d.K("ORG", "Mooisticht", "Mooisticht")
    d.K("ORG", "VVD", "VVD")
    d.K("PROGRAMME", "MJPG", "Meerjarenprogramma Geluidsanering", "MJPG")
    d.K("CASE", "OV-2024-2231", "OV-2024-2231")
    d.K("ROLE", "jurist", "jurist")
    d.K("ROLE", "stedenbouwkundige", "stedenbouwkundige")
    d.K("ROLE", "beleidsmedewerker Mobiliteit", "beleidsmedewerker Mobiliteit")
    d.K("ROLE", "welstand", "welstandscommissie")
    d.K("DATE", "17 december 2024", "17 december 2024")
    d.K("PLACE", "Molenweg", "Molenweg")
    return d


@reg
def ca21():
    d = Doc("ca21", font="LibSans", size=8, landscape=True, title="Export klachtenregistratie Omgevingslijn")
    d.h("Export klachtenregistratie Omgevingslijn – project A27 Houten–Hooipolder – periode 01-11-2024 t/m 28-02-2025", 2)
    d.p("Bron: CRM Omgevingsmanagement RWS (Dynamics 365), export 03-03-2025 door gebruiker YBOUKHARI. Kolommen 'BSN' "
        "en 'Geboortedatum' worden normaal niet gevuld.")
    rows = [["Melding", "Datum", "Melder", "Adres", "Telefoon", "E-mail", "Categorie", "Afhandeling"]]
    data = [
        ("OL-24-1101", "04-11-2024", "VAN DER WEIJDEN, R.P.", "Lekboulevard 118", "06-23901177", "rutgervdweijden@hotmail.com", "Geluid nacht", "Teruggebeld (IS)"),
        ("OL-24-1107", "06-11-2024", "SMEETS-DE WIT, H.", "Lekboulevard 96", "030 6041 882", "hsmeets.dewit@gmail.com", "Trillingen", "Meting TR-07"),
        ("OL-24-1112", "09-11-2024", "ÖZTÜRK, M.", "Wilhelminakade 12", "+31 (0)6 4488 2301", "m.ozturk77@outlook.com", "Stof", "Doorgezet naar ODRU"),
        ("OL-24-1130", "15-11-2024", "HAGENBEEK, J.W.M.", "Ravenswade 60", "06 55 19 02 88", "jwm.hagenbeek@planet.nl", "Geluid dag", "Niet RWS (Lekbeton)"),
        ("OL-24-1151", "21-11-2024", "EL AMRANI, S.", "Lekboulevard 118", "06 – 19 55 40 32", "—", "Geluid nacht", "Klachtnotitie (IS)"),
        ("OL-24-1163", "27-11-2024", "DE VRIES, GERRIT", "Vreeswijksestraatweg 3", "030-6062217", "—", "Verkeer omleiding", "Info N408 provincie"),
        ("OL-24-1188", "05-12-2024", "BERKHOUT-ZWART, E.", "Hoogstraat 41, Vianen", "0347 - 37 12 09", "e.berkhout.zwart@ziggo.nl", "Trillingen", "Schadeloket"),
        ("OL-25-0014", "08-01-2025", "VAN DER WEIJDEN, R.P.", "Lekboulevard 118", "06-23901177", "rutgervdweijden@hotmail.com", "Geluid nacht", "Hotelvergoeding"),
        ("OL-25-0031", "14-01-2025", "WESSELING-VAN RHIJN, J.A.", "Prinses Beatrixlaan 140", "0347-371 866", "—", "Schade woning", "Schadeloket NC-2025-0338"),
        ("OL-25-0052", "22-01-2025", "MAHABIER, R.", "Lekboulevard 102", "0031 6 3877 4120", "raj.mahabier@gmail.com", "Trillingen", "Meting TR-09"),
        ("OL-25-0077", "03-02-2025", "SMEETS-DE WIT, H.", "Lekboulevard 96", "030 6041 882", "hsmeets.dewit@gmail.com", "Trillingen", "Gesprek omgevingsmanager"),
        ("OL-25-0090", "13-02-2025", "EL AMRANI, S.", "Lekboulevard 118", "06 – 19 55 40 32", "—", "Trillingen", "Piek 7,8 mm/s; Heijmans"),
        ("OL-25-0104", "19-02-2025", "KRAMER, TOOS", "Jachthaven De Helling, ligplaats 14", "06-4120 7718", "toos.kramer@xs4all.nl", "Geluid nacht", "Woonboot; doorgezet"),
        ("OL-25-0119", "26-02-2025", "ÖZTÜRK, M.", "Wilhelminakade 12", "+31 (0)6 4488 2301", "m.ozturk77@outlook.com", "Stof", "ODRU-INS-2025-0412"),
    ]
    for r in data:
        rows.append(list(r))
    d.t(rows, widths=[20, 18, 38, 38, 28, 45, 25, 45], size=7.5)
    d.p("Legenda afhandeling: IS = medewerker Omgevingslijn (initialen); TR = trillingsopnemer. Klachten over Lekbeton "
        "(Kelvinbaan 12) zijn overgedragen aan de Omgevingsdienst regio Utrecht. Vragen over deze export: "
        "omgevingslijn@rws.nl.")
    d.R("PERSON", "R.P. van der Weijden", "VAN DER WEIJDEN, R.P.")
    d.R("PERSON", "H. Smeets-de Wit", "SMEETS-DE WIT")
    d.R("PERSON", "M. Öztürk", "ÖZTÜRK")
    d.R("PERSON", "J.W.M. Hagenbeek", "HAGENBEEK")
    d.R("PERSON", "S. El Amrani", "EL AMRANI")
    d.R("PERSON", "Gerrit de Vries", "DE VRIES, GERRIT")
    d.R("PERSON", "E. Berkhout-Zwart", "BERKHOUT-ZWART")
    d.R("PERSON", "J.A. Wesseling-van Rhijn", "WESSELING-VAN RHIJN")
    d.R("PERSON", "R. Mahabier", "MAHABIER")
    d.R("PERSON", "Toos Kramer", "KRAMER, TOOS")
    d.R("PERSON", "Y. Boukhari (user)", "YBOUKHARI")
    for a in ("Lekboulevard 118", "Lekboulevard 96", "Wilhelminakade 12", "Ravenswade 60", "Vreeswijksestraatweg 3",
              "Hoogstraat 41", "Prinses Beatrixlaan 140", "Lekboulevard 102", "ligplaats 14"):
        d.R("ADDRESS", a, a)
    for p in ("06-23901177", "030 6041 882", "+31 (0)6 4488 2301", "06 55 19 02 88", "06 – 19 55 40 32", "030-6062217",
              "0347 - 37 12 09", "0347-371 866", "0031 6 3877 4120", "06-4120 7718"):
        d.R("PHONE", p, p)
    for e in ("rutgervdweijden@hotmail.com", "hsmeets.dewit@gmail.com", "m.ozturk77@outlook.com", "jwm.hagenbeek@planet.nl",
              "e.berkhout.zwart@ziggo.nl", "raj.mahabier@gmail.com", "toos.kramer@xs4all.nl"):
        d.R("EMAIL", e, e)
    d.R("PARAPH", "IS", "(IS)")
    d.K("PROJECT", "A27 Houten–Hooipolder", "A27 Houten–Hooipolder")
    d.K("CASE", "OL-24-1101", "OL-24-1101")
    d.K("CASE", "OL-25-0119", "OL-25-0119")
    d.K("CASE", "OL-25-0052", "OL-25-0052")
    d.K("CASE", "NC-2025-0338", "NC-2025-0338")
    d.K("CASE", "ODRU-INS-2025-0412", "ODRU-INS-2025-0412")
    d.K("CAT", "Geluid nacht", "Geluid nacht")
    d.K("CAT", "Trillingen", "Trillingen")
    d.K("CAT", "Schadeloket", "Schadeloket")
    d.K("ORG", "ODRU", "ODRU")
    d.K("ORG", "Lekbeton", "Lekbeton")
    d.K("ORG", "Heijmans", "Heijmans")
    d.K("EMAIL", "omgevingslijn@rws.nl", "omgevingslijn@rws.nl")
    d.K("PRODUCT", "Dynamics 365", "Dynamics 365")
    d.K("ADDRESS", "Kelvinbaan 12", "Kelvinbaan 12")
    d.K("ROAD", "N408", "N408")
    d.K("CODE", "TR-09", "TR-09")
    d.K("DATE", "22-01-2025", "22-01-2025")
    d.K("ORG", "Omgevingsdienst regio Utrecht", "Omgevingsdienst regio Utrecht")
    return d


@reg
def ca22():
    d = Doc("ca22", font="Times", size=10.5, title="Beslisnota nadeelcompensatie Lekbrug")
    d.h("Beslisnota – Ministerie van Infrastructuur en Waterstaat", 1)
    d.t([["Aan", "de minister van Infrastructuur en Waterstaat"],
         ["Van", "DG Mobiliteit, directie Wegen en Verkeersveiligheid"],
         ["Datum", "5 maart 2025"],
         ["Kenmerk", "IENW/BSK-2025/60218"],
         ["Contactpersoon", "ir. L.H. Quispel-Noordam, T 06 - 5199 3047"]], widths=[35, 135], head=False)
    d.h("Aanleiding", 2)
    d.p("Bewoners langs de A27 bij de Lekbrug hebben sinds november 2024 veel klachten ingediend over geluid en "
        "trillingen. U bezoekt op 10 maart 2025 het werkterrein samen met burgemeester Schouten van Nieuwegein. "
        "Aan de minister wordt gevraagd in te stemmen met een ruimere toepassing van de Regeling nadeelcompensatie "
        "Infrastructuur en Waterstaat 2024 voor hotelovernachtingen tijdens nachtwerk.")
    d.h("Geadviseerd besluit", 2)
    d.p("Instemmen met een forfaitaire vergoeding van € 125 per nacht per huishouden voor woningen binnen 150 meter "
        "van de heiwerkzaamheden. Kosten naar schatting € 180.000, te dekken uit het projectbudget.")
    d.h("Kern", 2)
    d.p("Rijkswaterstaat heeft met Heijmans het heien vervangen door drukken. Toch blijven nachtelijke werkzaamheden "
        "nodig voor de verkeersveiligheid. De DG Mobiliteit, mevrouw Everaars, adviseert positief. De staatssecretaris "
        "is geïnformeerd omdat ProRail een vergelijkbare regeling overweegt voor Houten.")
    d.h("Krachtenveld", 2)
    d.p("Gedeputeerde Van Essen-Rombout steunt de regeling. Het Kamerlid De Hoop heeft gevraagd om ruimhartige "
        "compensatie.")
    motivation(d)
    d.post.append(lambda pth: add_notes(pth, [
        (0, 500, 700, "Quispel-Noordam, Liesbeth", "Graag nog check door Maarten Ruijgrok op het bedrag per nacht."),
        (0, 500, 520, "Everaars, M.", "Akkoord. Wel even afstemmen met Jeroen van de Graaf (FEZ), tst. 4471."),
        (0, 500, 380, "Tjin-A-Lim, S.", "Bureau BR: past in de lijn; zie mail van Sabrina 18-2."),
    ]))
    d.R("PERSON", "L.H. Quispel-Noordam", "Quispel-Noordam")
    d.R("PHONE", "06 - 5199 3047", "06 - 5199 3047")
    d.R("PERSON", "Liesbeth Quispel-Noordam (note)", "Liesbeth", channel="annotations")
    d.R("PERSON", "Maarten Ruijgrok (note)", "Maarten Ruijgrok", channel="annotations")
    d.R("PERSON", "Jeroen van de Graaf (note)", "Jeroen van de Graaf", channel="annotations")
    d.R("PHONE", "tst. 4471 (note)", "tst. 4471", channel="annotations")
    d.R("PERSON", "S. Tjin-A-Lim (note)", "Tjin-A-Lim", "Sabrina", channel="annotations")
    d.K("OFFICE", "burgemeester Schouten", "burgemeester Schouten")
    d.K("OFFICE", "DG Everaars", "mevrouw Everaars")
    d.K("OFFICE", "gedeputeerde Van Essen-Rombout", "Gedeputeerde Van Essen-Rombout")
    d.K("OFFICE", "Kamerlid De Hoop", "Kamerlid De Hoop")
    d.K("ORG", "Rijkswaterstaat", "Rijkswaterstaat")
    d.K("ORG", "Heijmans", "Heijmans")
    d.K("ORG", "ProRail", "ProRail")
    d.K("CASE", "IENW/BSK-2025/60218", "IENW/BSK-2025/60218")
    d.K("LAW", "Regeling nadeelcompensatie", "Regeling nadeelcompensatie Infrastructuur en Waterstaat 2024")
    d.K("ORG", "directie Wegen en Verkeersveiligheid", "directie Wegen en Verkeersveiligheid")
    d.K("AMOUNT", "€ 125", "€ 125")
    d.K("AMOUNT", "€ 180.000", "€ 180.000")
    d.K("DATE", "10 maart 2025", "10 maart 2025")
    d.K("PLACE", "Lekbrug", "Lekbrug")
    return d


@reg
def ca23():
    d = Doc("ca23", font="LibSerif", size=10.5, title="Agenda en stukken Stuurgroep U Ned")
    d.h("Stuurgroep U Ned – agenda 2 april 2025", 1)
    d.p("Locatie: Provinciehuis Utrecht, Archimedeslaan 6, zaal Domtoren. Tijd: 14.00 – 16.30 uur.")
    d.p("Leden: minister Madlener (voorzitter, IenW), gedeputeerde Van Essen-Rombout (provincie Utrecht), wethouder "
        "Eerenberg (gemeente Utrecht), wethouder Van Rooijen (Houten), burgemeester Schouten (Nieuwegein), directeur "
        "Regio ProRail, hoofdingenieur-directeur RWS Midden-Nederland. Secretariaat: programmabureau U Ned "
        "(secretariaat@uned.nl).")
    d.h("1. Opening en mededelingen", 2)
    d.p("De voorzitter meldt dat staatssecretaris Jansen bij agendapunt 4 aansluit.")
    d.h("2. Voortgang A27 Houten–Hooipolder en Lekbrug", 2)
    d.p("Bijlage 2a: voortgangsrapportage Q1 2025. Bijlage 2b: klachtenoverzicht Omgevingslijn (geanonimiseerd).")
    d.h("3. Trillingsnorm en nadeelcompensatie", 2)
    d.p("Besluitpunt: instemmen met een uniforme hotelregeling voor nachtwerk bij projecten van Rijkswaterstaat en "
        "ProRail in de regio Utrecht (zie beslisnota IENW/BSK-2025/60218).")
    d.pb()
    d.h("4. Spoor: vierde spoor Houten en geluidsschermen", 2)
    d.p("Toelichting door de directeur Regio van ProRail over de Meerjarenprogramma Geluidsanering-schermen aan de "
        "Spoorlaan-Oost en het bezwaar daartegen. Staatssecretaris Jansen informeert over het OV-Toekomstbeeld.")
    d.h("5. Rondvraag en sluiting", 2)
    d.p("Volgende vergadering: 2 juli 2025, Ministerie van IenW, Rijnstraat 8, Den Haag.")
    d.post.append(lambda pth: add_outline(pth, [
        ("Agenda 2 april 2025", 0),
        ("Concept – opgesteld door Ruud Brandsma-Tiel (programmabureau)", 0),
        ("Opmerkingen Gijs Verhoeckx, ProRail", 1),
    ]))
    d.post.append(lambda pth: set_meta(pth, author="R. Brandsma-Tiel", subject="Stuurgroep U Ned 2-4-2025"))
    d.R("PERSON", "Ruud Brandsma-Tiel", "Brandsma-Tiel", "Ruud Brandsma-Tiel", channel="outline")
    d.R("PERSON", "Gijs Verhoeckx", "Verhoeckx", "Gijs", channel="outline")
    d.R("PERSON", "R. Brandsma-Tiel (Author)", "R. Brandsma-Tiel", channel="metadata")
    d.K("PROGRAMME", "U Ned", "U Ned")
    d.K("OFFICE", "minister Madlener", "minister Madlener")
    d.K("OFFICE", "gedeputeerde Van Essen-Rombout", "gedeputeerde Van Essen-Rombout")
    d.K("OFFICE", "wethouder Eerenberg", "wethouder Eerenberg")
    d.K("OFFICE", "wethouder Van Rooijen", "wethouder Van Rooijen")
    d.K("OFFICE", "burgemeester Schouten", "burgemeester Schouten")
    d.K("OFFICE", "staatssecretaris Jansen", "staatssecretaris Jansen", "Staatssecretaris Jansen")
    d.K("ORG", "ProRail", "ProRail")
    d.K("ORG", "Rijkswaterstaat", "Rijkswaterstaat")
    d.K("ADDRESS", "Archimedeslaan 6", "Archimedeslaan 6")
    d.K("ADDRESS", "Rijnstraat 8", "Rijnstraat 8")
    d.K("EMAIL", "secretariaat@uned.nl", "secretariaat@uned.nl")
    d.K("CASE", "IENW/BSK-2025/60218", "IENW/BSK-2025/60218")
    d.K("PROGRAMME", "OV-Toekomstbeeld", "OV-Toekomstbeeld")
    d.K("PROJECT", "A27 Houten–Hooipolder", "A27 Houten–Hooipolder")
    d.K("ROLE", "directeur Regio", "directeur Regio")
    d.K("PLACE", "Spoorlaan-Oost", "Spoorlaan-Oost")
    d.K("DATE", "2 juli 2025", "2 juli 2025")
    d.K("PLACE", "Provinciehuis Utrecht", "Provinciehuis Utrecht")
    return d


@reg
def ca24():
    d = Doc("ca24", font="Courier", size=9.5, title="Proces-verbaal van bevindingen")
    d.h("PROCES-VERBAAL VAN BEVINDINGEN", 1)
    d.p("Omgevingsdienst regio Utrecht – Team Handhaving Buitengebied<br/>PV-nummer: ODRU-PV-2025-0077<br/>"
        "Feitcode: M210 (afvalstoffen storten, artikel 10.2 Wet milieubeheer)")
    d.p("Ik, verbalisant, Kees-Jan Bultsma, buitengewoon opsporingsambtenaar (BOA-registratienummer 200.451.337), "
        "werkzaam bij de Omgevingsdienst regio Utrecht, verklaar het volgende.")
    d.p("Op donderdag 13 maart 2025 omstreeks 10.20 uur bevond ik mij in uniform op de Lekdijk-Oost te Nieuwegein, "
        "ter hoogte van hectometerpaal 12,4, bij de werkstrook van Rijkswaterstaat. Ik zag dat een bestelbus, "
        "Renault Master, kenteken VX-218-P, bouw- en sloopafval in de berm loste. De bestuurder verklaarde desgevraagd "
        "te zijn:")
    d.t([["Achternaam", "Rietveld"], ["Voornamen", "Marco Johannes"], ["Geboren", "9 juni 1987 te Utrecht"],
         ["Adres", "Batauweg 27, 3436 TH Nieuwegein"], ["BSN", make_bsn("20418876")],
         ["Legitimatie", "rijbewijs nr. 5391887120"]], widths=[35, 100], head=False)
    d.p("De verdachte verklaarde: ‘Ik werk zwart voor een sloper, ik weet niet waar het vandaan komt.’ Uit "
        "raadpleging van het justitieel documentatiesysteem bleek dat Rietveld in 2022 is veroordeeld voor heling. "
        "Ik heb hem medegedeeld dat hij niet tot antwoorden verplicht was. Collega BOA Tamara Aksoy "
        "(registratienummer 211.078.119) was getuige.")
    d.p("Het afval (circa 2 m³) is op kosten van de overtreder verwijderd door Rijkswaterstaat (aannemer Heijmans). "
        "Van de bevindingen is foto-opname gemaakt. Dit proces-verbaal wordt gezonden aan het Openbaar Ministerie, "
        "Functioneel Parket.")
    d.p("Waarvan door mij is opgemaakt dit proces-verbaal, dat ik sloot en ondertekende op ambtseed te Utrecht op "
        "13 maart 2025.")
    d.p("K.J. Bultsma")
    motivation(d, "Strafrechtelijke persoonsgegevens zijn niet openbaar gemaakt op grond van artikel 5.1, eerste lid, "
                  "onder d, van de Woo.")
    d.R("PERSON", "Kees-Jan Bultsma", "Bultsma", "Kees-Jan")
    d.R("BADGE", "200.451.337", "200.451.337")
    d.R("PERSON", "Marco Johannes Rietveld", "Rietveld", "Marco Johannes")
    d.R("DOB", "9 juni 1987", "9 juni 1987")
    d.R("ADDRESS", "Batauweg 27, 3436 TH Nieuwegein", "Batauweg 27", "3436 TH")
    d.R("BSN", make_bsn("20418876"), make_bsn("20418876"))
    d.R("ID", "rijbewijs 5391887120", "5391887120")
    d.R("PLATE", "VX-218-P", "VX-218-P")
    d.R("CRIMINAL", "veroordeeld voor heling", "veroordeeld voor heling")
    d.R("PERSON", "Tamara Aksoy", "Tamara Aksoy")
    d.R("BADGE", "211.078.119", "211.078.119")
    d.K("ORG", "Omgevingsdienst regio Utrecht", "Omgevingsdienst regio Utrecht")
    d.K("CASE", "ODRU-PV-2025-0077", "ODRU-PV-2025-0077")
    d.K("LAW", "Wet milieubeheer", "Wet milieubeheer")
    d.K("CODE", "M210", "M210")
    d.K("PLACE", "Lekdijk-Oost", "Lekdijk-Oost")
    d.K("ORG", "Rijkswaterstaat", "Rijkswaterstaat")
    d.K("ORG", "Heijmans", "Heijmans")
    d.K("ORG", "Openbaar Ministerie", "Openbaar Ministerie")
    d.K("ORG", "Functioneel Parket", "Functioneel Parket")
    d.K("PRODUCT", "Renault Master", "Renault Master")
    d.K("ROLE", "buitengewoon opsporingsambtenaar", "buitengewoon opsporingsambtenaar")
    d.K("DATE", "13 maart 2025", "13 maart 2025")
    d.K("TERM", "hectometerpaal 12,4", "hectometerpaal 12,4")
    return d


@reg
def ca25():
    d = Doc("ca25", producer="docx", font="DejaVuSerif", size=10, title="Besluit nadeelcompensatie NC-2025-0338")
    d.p("<b>Rijkswaterstaat Midden-Nederland</b> – Schadeloket")
    d.p("Mevrouw J.A. Wesseling-van Rhijn<br/>Prinses Beatrixlaan 140<br/>4131 JG Vianen")
    d.p("Datum: 9 mei 2025 | Zaaknummer: NC-2025-0338 | BSN: " + make_bsn("31166204") +
        " | Behandelaar: R. Zwijnenberg")
    d.h("Besluit op uw verzoek om nadeelcompensatie", 2)
    d.p("Geachte mevrouw Wesseling,")
    d.p("U heeft op 20 maart 2025 om vergoeding gevraagd van schade aan uw woning, die volgens u is ontstaan door "
        "heiwerkzaamheden aan de A27 bij de Lekbrug. Op grond van titel 4.5 van de Algemene wet bestuursrecht en de "
        "Regeling nadeelcompensatie Infrastructuur en Waterstaat 2024 kennen wij u een vergoeding toe.")
    d.h("Beoordeling", 2)
    d.p("Schade-expert R. Vreugdenhil (Crawford & Company, rapport CR-25-11872 van 12 april 2025) stelt vast dat de "
        "scheuren in de kelderwand met grote waarschijnlijkheid zijn veroorzaakt door trillingen van het heiwerk. "
        "De trillingsopnemer TR-11 registreerde op 14 januari 2025 een piekwaarde van 6,1 mm/s. Het normaal "
        "maatschappelijk risico bedraagt 2% van de schade.")
    d.t([["Post", "Bedrag"], ["Herstel kelderwand", "€ 8.420,00"], ["Expertisekosten", "€ 1.150,00"],
         ["Af: normaal maatschappelijk risico", "– € 168,40"], ["Totaal", "€ 9.401,60"]])
    d.p("Wij maken het bedrag binnen zes weken over op rekening " + make_iban("ABNA", "4471920") +
        " ten name van J.A. Wesseling-van Rhijn. U schreef dat uw echtgenoot G.H. Wesseling in een verpleeghuis "
        "verblijft; daarom sturen wij een afschrift van dit besluit ook aan uw dochter, mevrouw C. Wesseling "
        "(Stationsweg 3, 4131 BG Vianen), die u heeft gemachtigd.")
    d.p("Met vriendelijke groet,<br/>de minister van Infrastructuur en Waterstaat,<br/>namens deze,<br/>"
        "het hoofd Schadeloket,<br/>drs. H. Wigboldus-Stam")
    motivation(d)
    d.R("PERSON", "J.A. Wesseling-van Rhijn", "Wesseling-van Rhijn", "mevrouw Wesseling")
    d.R("ADDRESS", "Prinses Beatrixlaan 140, 4131 JG Vianen", "Prinses Beatrixlaan 140", "4131 JG")
    d.R("BSN", make_bsn("31166204"), make_bsn("31166204"))
    d.R("PERSON", "R. Zwijnenberg", "Zwijnenberg")
    d.R("PERSON", "R. Vreugdenhil", "Vreugdenhil")
    d.R("IBAN", make_iban("ABNA", "4471920"), make_iban("ABNA", "4471920"))
    d.R("PERSON", "G.H. Wesseling", "G.H. Wesseling")
    d.R("HEALTH", "verpleeghuis", "in een verpleeghuis")
    d.R("PERSON", "C. Wesseling", "C. Wesseling")
    d.R("ADDRESS", "Stationsweg 3, 4131 BG Vianen", "Stationsweg 3", "4131 BG")
    d.R("PERSON", "H. Wigboldus-Stam", "Wigboldus-Stam")
    d.K("ORG", "Rijkswaterstaat", "Rijkswaterstaat Midden-Nederland")
    d.K("CASE", "NC-2025-0338", "NC-2025-0338")
    d.K("CASE", "CR-25-11872", "CR-25-11872")
    d.K("ORG", "Crawford & Company", "Crawford & Company")
    d.K("LAW", "Awb", "Algemene wet bestuursrecht")
    d.K("LAW", "Regeling nadeelcompensatie", "Regeling nadeelcompensatie Infrastructuur en Waterstaat 2024")
    d.K("AMOUNT", "€ 9.401,60", "€ 9.401,60")
    d.K("AMOUNT", "€ 8.420,00", "€ 8.420,00")
    d.K("CODE", "TR-11", "TR-11")
    d.K("TERM", "normaal maatschappelijk risico", "normaal maatschappelijk risico")
    d.K("ROLE", "hoofd Schadeloket", "het hoofd Schadeloket")
    d.K("DATE", "9 mei 2025", "9 mei 2025")
    d.K("PLACE", "Lekbrug", "Lekbrug")
    return d


@reg
def ca26():
    d = Doc("ca26", font="LibSans", size=10, title="Bewonersbrief werkzaamheden spoor Houten")
    d.p("<b>ProRail</b> – Regio Midden-Nederland")
    d.p("Aan de bewoners en bedrijven van de Schoolwerf, Spoorlaan-Oost, Molenweg en Het Rond in Houten")
    d.p("Utrecht, 20 januari 2025 | Ons kenmerk: PR-OM-2025-0044")
    d.h("Nachtelijke werkzaamheden aan het spoor tussen Houten en Houten Castellum", 2)
    d.p("Beste bewoner,")
    d.p("In de nachten van 7 op 8 februari en van 14 op 15 februari 2025 vervangt ProRail wissels en spoorstaven "
        "tussen station Houten en station Houten Castellum. Aannemer Strukton Rail voert het werk uit. U kunt geluid "
        "horen van zaagmachines, trilplaten en waarschuwingssignalen. De treinen van NS rijden in deze nachten niet; "
        "de goederentreinen rijden via Geldermalsen.")
    d.p("Naar aanleiding van de bewonersavond van 21 november 2024 laten wij in februari ook trillingsmetingen uitvoeren "
        "bij vier woningen. De bewoners van die woningen zijn persoonlijk benaderd.")
    d.p("<b>Vragen?</b> Bel de ProRail Publieksservice: 0800 – 776 72 45 (gratis, dag en nacht) of mail naar "
        "omgeving.midden@prorail.nl. Voor vragen over het geluidsscherm kunt u terecht bij de gemeente Houten, "
        "telefoon 14 030.")
    d.p("Met vriendelijke groet,")
    d.p("Pieter-Jan Oosterbaan<br/>Omgevingsmanager ProRail<br/>06 - 10 33 48 72")
    d.p("P.S. Wethouder Van Rooijen en burgemeester Van Schaik van Houten zijn op de hoogte gebracht.", fontSize=9)
    d.R("PERSON", "Pieter-Jan Oosterbaan", "Oosterbaan", "Pieter-Jan")
    d.R("PHONE", "06 - 10 33 48 72", "06 - 10 33 48 72")
    d.K("ORG", "ProRail", "ProRail")
    d.K("ORG", "Strukton Rail", "Strukton Rail")
    d.K("ORG", "NS", "NS")
    d.K("PLACE", "Geldermalsen", "Geldermalsen")
    d.K("PLACE", "Houten Castellum", "Houten Castellum")
    d.K("PLACE", "Schoolwerf", "Schoolwerf")
    d.K("PLACE", "Spoorlaan-Oost", "Spoorlaan-Oost")
    d.K("PLACE", "Het Rond", "Het Rond")
    d.K("CASE", "PR-OM-2025-0044", "PR-OM-2025-0044")
    d.K("PHONE", "0800 – 776 72 45", "0800 – 776 72 45")
    d.K("PHONE", "14 030", "14 030")
    d.K("EMAIL", "omgeving.midden@prorail.nl", "omgeving.midden@prorail.nl")
    d.K("ORG", "gemeente Houten", "gemeente Houten")
    d.K("OFFICE", "Wethouder Van Rooijen", "Wethouder Van Rooijen")
    d.K("OFFICE", "burgemeester Van Schaik", "burgemeester Van Schaik")
    d.K("ROLE", "Omgevingsmanager", "Omgevingsmanager")
    d.K("DATE", "20 januari 2025", "20 januari 2025")
    d.K("ORG", "ProRail Publieksservice", "ProRail Publieksservice")
    return d


def _presence_draw(dr, img):
    from PIL import ImageFont
    f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 30)
    fb = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 30)
    y0, x = 520, [120, 620, 1040, 1330]
    for i, h in enumerate(["Naam", "Organisatie / adres", "Telefoon", "Handtekening"]):
        dr.text((x[i], y0), h, font=fb, fill=20)
    for k in range(9):
        dr.line((110, y0 + 45 + k * 110, 1560, y0 + 45 + k * 110), fill=60, width=2)


@reg
def ca27():
    d = Doc("ca27", producer="scan", title="")
    d.scan_lines = [
        ("Presentielijst keukentafelgesprekken geluidsscherm Spoorlaan-Oost", "DejaVuSans-Bold", 38, 120),
        ("Gemeente Houten en ProRail - 4 februari 2025 - Het Kruispunt, Houten", "DejaVuSans", 30, 120),
    ]
    rows = [("Gerda Wolthuis-Ekker", "Spoorlaan-Oost 11", "06 38 27 10 44", "G. Wolthuis"),
            ("Wilhelmina Staal-de Roos", "Spoorlaan-Oost 7", "030-6371905", "W. Staal"),
            ("Lotte van 't Hul", "Schoolwerf 31", "06-29 41 88 05", "L. van 't Hul"),
            ("Bram Kortekaas", "VvE De Castellumhof", "06 8120 4431", "B. Kortekaas"),
            ("Pieter-Jan Oosterbaan", "ProRail", "06 - 10 33 48 72", "P.J.O."),
            ("Irene Zandbergen", "Gemeente Houten", "030 - 639 28 61", "IZ")]
    d.scan_opts = {"angle": 0.7, "top": 150, "lead": 1.5, "draw": [_presence_draw],
                   "creator": "Xerox WorkCentre 7845"}

    def draw_rows(dr, img):
        from PIL import ImageFont
        fh = ImageFont.truetype("/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf", 46)
        fs = ImageFont.truetype("/usr/share/fonts/truetype/fifthhorseman/dkg.ttf", 50)
        for k, (n, a, t, s) in enumerate(rows):
            y = 520 + 60 + k * 110
            dr.text((120, y), n, font=fh, fill=25)
            dr.text((620, y), a, font=fh, fill=25)
            dr.text((1040, y), t, font=fh, fill=25)
            dr.text((1330, y - 5), s, font=fs, fill=35)
    d.scan_opts["draw"].append(draw_rows)
    # Only the probes tesseract reads in the original are gold; the other handwritten names, addresses and
    # phone numbers (Wolthuis-Ekker, Zandbergen, four phone numbers) are in the pixels but OCR cannot read them.
    d.R("PERSON", "Wilhelmina Staal-de Roos", "Wilhelmina", "Staal-de Roos", ocr=True)
    d.R("ADDRESS", "Spoorlaan-Oost 7", "Spoorlaan-Oost 7", ocr=True)
    d.R("PERSON", "Lotte van 't Hul", "Lotte", ocr=True)
    d.R("PERSON", "Bram Kortekaas", "Kortekaas", "Bram", ocr=True)
    d.R("PERSON", "Pieter-Jan Oosterbaan", "Pieter-Jan", ocr=True)
    return d


@reg
def ca28():
    d = Doc("ca28", font="DejaVuSans", size=9.5, title="Dijkversterking Lekdijk - werkweg en trillingen")
    d.p("<b>Van:</b> H. (Hidde) Bosch-Verkerk &lt;hidde.bosch-verkerk@hdsr.nl&gt;<br/><b>Verzonden:</b> 2 april 2025 "
        "08:55<br/><b>Aan:</b> Ruijgrok, Maarten &lt;maarten.ruijgrok@rws.nl&gt;; dijkversterking@hdsr.nl<br/>"
        "<b>CC:</b> Secretariaat dijkgraaf &lt;secretariaat.db@hdsr.nl&gt;<br/><b>Onderwerp:</b> Werkweg over de "
        "Lekdijk bij Vreeswijk – trillingen en watervergunning WV-2025-0219")
    d.p("Dag Maarten,")
    d.p("Het Hoogheemraadschap De Stichtse Rijnlanden (HDSR) heeft de aanvraag voor de watervergunning voor de "
        "tijdelijke werkweg over de Lekdijk ontvangen. Dijkgraaf Hanegraaf-Lutz wil voordat het dagelijks bestuur "
        "besluit zeker weten dat het bouwverkeer de dijk niet verzwakt. Heemraad Ouwehand (portefeuille "
        "Waterveiligheid) heeft gevraagd om continue monitoring van de waterspanning met peilbuizen.")
    d.p("Onze geotechnisch adviseur, Laura Bosch (geen familie 🙂), heeft de berekening van Heijmans (kenmerk "
        "HM-GT-25-014) beoordeeld. Zij ziet één knelpunt bij dijkpaal 47: daar woont direct achter de dijk een "
        "gezin (Lekdijk 112) met een oude stenen kelder. Kun je nagaan of de bewoners, familie Bosman, toestemming "
        "geven voor een nulmeting? Hun nummer uit onze keurregistratie: 030 - 601 12 83.")
    d.p("In het Waterschapsbestuur van 16 april staat de vergunning op de agenda. Raadpleeg ook de Keur HDSR 2025 en "
        "de Legger primaire waterkeringen.")
    d.p("Groet,<br/>Hidde<br/>—<br/>ir. H. Bosch-Verkerk | vergunningverlener Waterwet/Omgevingswet | "
        "Hoogheemraadschap De Stichtse Rijnlanden | Postbus 550, 3990 GJ Houten | T 030 - 634 57 00 (algemeen) | "
        "M 06–5820 1174")
    d.sp(6)
    d.p("<b>Van:</b> Ruijgrok, Maarten<br/><b>Verzonden:</b> 2 april 2025 11:31<br/><b>Aan:</b> Bosch-Verkerk, Hidde<br/>"
        "<b>Onderwerp:</b> RE: Werkweg")
    d.p("Hoi Hidde, ik laat Yassin contact opnemen met de familie Bosman. Theo van Heijmans levert de peilbuisgegevens "
        "aan Laura. Gr. Maarten")
    d.R("PERSON", "Hidde Bosch-Verkerk", "Bosch-Verkerk", "Hidde")
    d.R("EMAIL", "hidde.bosch-verkerk@hdsr.nl", "hidde.bosch-verkerk@hdsr.nl")
    d.R("PERSON", "Maarten Ruijgrok", "Ruijgrok", "Maarten")
    d.R("EMAIL", "maarten.ruijgrok@rws.nl", "maarten.ruijgrok@rws.nl")
    d.R("PERSON", "Laura Bosch", "Laura Bosch", "Laura")
    d.R("ADDRESS", "Lekdijk 112", "Lekdijk 112")
    d.R("PERSON", "familie Bosman", "Bosman")
    d.R("PHONE", "030 - 601 12 83", "030 - 601 12 83")
    d.R("PHONE", "06–5820 1174", "06–5820 1174")
    d.R("PERSON", "Yassin", "Yassin")
    d.R("PERSON", "Theo", "Theo")
    d.K("OFFICE", "Dijkgraaf Hanegraaf-Lutz", "Dijkgraaf Hanegraaf-Lutz")
    d.K("OFFICE", "Heemraad Ouwehand", "Heemraad Ouwehand")
    d.K("ORG", "HDSR", "Hoogheemraadschap De Stichtse Rijnlanden", "HDSR")
    d.K("EMAIL", "dijkversterking@hdsr.nl", "dijkversterking@hdsr.nl")
    d.K("EMAIL", "secretariaat.db@hdsr.nl", "secretariaat.db@hdsr.nl")
    d.K("CASE", "WV-2025-0219", "WV-2025-0219")
    d.K("CASE", "HM-GT-25-014", "HM-GT-25-014")
    d.K("ORG", "Heijmans", "Heijmans")
    d.K("PLACE", "Vreeswijk", "Vreeswijk")
    d.K("LAW", "Keur HDSR 2025", "Keur HDSR 2025")
    d.K("DOC", "Legger primaire waterkeringen", "Legger primaire waterkeringen")
    d.K("PHONE", "030 - 634 57 00", "030 - 634 57 00")
    d.K("ADDRESS", "Postbus 550", "Postbus 550, 3990 GJ Houten")
    d.K("ROLE", "geotechnisch adviseur", "geotechnisch adviseur")
    d.K("ROLE", "vergunningverlener Waterwet/Omgevingswet", "vergunningverlener Waterwet/Omgevingswet")
    d.K("TERM", "dijkpaal 47", "dijkpaal 47")
    d.K("ORG", "Waterschapsbestuur", "Waterschapsbestuur")
    return d


@reg
def ca29():
    d = Doc("ca29", producer="docx", font="LibSans", size=10, title="Verslag Bestuurlijk Overleg MIRT Midden-Nederland")
    d.h("Verslag Bestuurlijk Overleg MIRT Midden-Nederland", 1)
    d.p("Datum: 20 november 2024 | Locatie: Provinciehuis Utrecht | Kenmerk: BO-MIRT-MN-2024-02")
    d.p("<b>Aanwezig:</b> minister Madlener (IenW, voorzitter), staatssecretaris Jansen (IenW), commissaris van de "
        "Koning Oosters (provincie Utrecht, agendapunt 1), gedeputeerde Van Essen-Rombout (provincie Utrecht), "
        "gedeputeerde Meijer-Zondag (provincie Gelderland), burgemeester Dijksma (Utrecht), wethouder Eerenberg "
        "(Utrecht), burgemeester Schouten (Nieuwegein), wethouder Van Rooijen (Houten), dijkgraaf Hanegraaf-Lutz "
        "(HDSR), directeur-generaal Mobiliteit Everaars.")
    d.p("<b>Ambtelijk:</b> S. Tjin-A-Lim (Bureau Bestuursraad, verslag), M. Ruijgrok (RWS), B.J. den Hartogh "
        "(provincie Utrecht), Anouk Dijksman (gemeente Utrecht), P. van Rooij (gemeente Houten).")
    d.h("1. Opening", 2)
    d.p("De minister opent het overleg. Commissaris van de Koning Oosters heet de aanwezigen welkom in het "
        "Provinciehuis.")
    d.h("2. A27 Houten–Hooipolder en Lekbrug", 2)
    d.p("Gedeputeerde Van Essen-Rombout vraagt aandacht voor de klachten van omwonenden over nachtwerk. Burgemeester "
        "Schouten ondersteunt dat: in Nieuwegein zijn ruim honderd klachten binnengekomen, onder meer van een gezin aan "
        "de Lekboulevard met een kind dat door het lawaai niet kan slapen. De minister zegt toe dat Rijkswaterstaat "
        "een hotelregeling uitwerkt. De DG Mobiliteit licht toe dat de aannemer overschakelt op drukken.")
    d.pb()
    d.h("3. Spoor Utrecht – ’s-Hertogenbosch", 2)
    d.p("Staatssecretaris Jansen meldt dat ProRail de geluidproductieplafonds bij Houten opnieuw laat doorrekenen. "
        "Wethouder Van Rooijen vraagt om snelheid voor de geluidsschermen aan de Spoorlaan-Oost. Burgemeester Dijksma "
        "vraagt aandacht voor het Merwedekanaal en de kademuren; wethouder Eerenberg licht het trillingsvrije werk toe.")
    d.h("4. Waterveiligheid", 2)
    d.p("Dijkgraaf Hanegraaf-Lutz meldt dat het Hoogwaterbeschermingsprogramma (HWBP) de Lekdijk versterkt en vraagt "
        "om afstemming van bouwverkeer met de A27-werkzaamheden. Afgesproken wordt dat M. Ruijgrok en de heer Den "
        "Hartogh een gezamenlijke planning opstellen.")
    d.h("5. Afspraken", 2)
    d.t([["Nr.", "Afspraak", "Trekker"],
         ["1", "Hotelregeling nachtwerk uitwerken", "IenW/RWS (Ruijgrok)"],
         ["2", "Planning bouwverkeer Lekdijk", "Provincie Utrecht (Den Hartogh) en HDSR"],
         ["3", "Brief aan de Tweede Kamer over trillingshinder", "minister Madlener"]])
    d.p("Verslag: S. Tjin-A-Lim, vastgesteld 4 december 2024.")
    motivation(d)
    d.R("PERSON", "S. Tjin-A-Lim", "Tjin-A-Lim")
    d.R("PERSON", "M. Ruijgrok", "Ruijgrok")
    d.R("PERSON", "B.J. den Hartogh", "den Hartogh", "Den Hartogh")
    d.R("PERSON", "Anouk Dijksman", "Dijksman", "Anouk")
    d.R("PERSON", "P. van Rooij", "van Rooij")
    d.K("OFFICE", "minister Madlener", "minister Madlener")
    d.K("OFFICE", "staatssecretaris Jansen", "staatssecretaris Jansen", "Staatssecretaris Jansen")
    d.K("OFFICE", "CdK Oosters", "Koning Oosters")
    d.K("OFFICE", "gedeputeerde Van Essen-Rombout", "Van Essen-Rombout")
    d.K("OFFICE", "gedeputeerde Meijer-Zondag", "gedeputeerde Meijer-Zondag")
    d.K("OFFICE", "burgemeester Dijksma", "burgemeester Dijksma", "Burgemeester Dijksma")
    d.K("OFFICE", "wethouder Eerenberg", "wethouder Eerenberg")
    d.K("OFFICE", "burgemeester Schouten", "burgemeester Schouten", "Burgemeester Schouten")
    d.K("OFFICE", "wethouder Van Rooijen", "wethouder Van Rooijen", "Wethouder Van Rooijen")
    d.K("OFFICE", "dijkgraaf Hanegraaf-Lutz", "Hanegraaf-Lutz")
    d.K("OFFICE", "DG Everaars", "directeur-generaal Mobiliteit Everaars")
    d.K("ORG", "HDSR", "HDSR")
    d.K("ORG", "ProRail", "ProRail")
    d.K("ORG", "Rijkswaterstaat", "Rijkswaterstaat")
    d.K("PROGRAMME", "HWBP", "Hoogwaterbeschermingsprogramma", "HWBP")
    d.K("PROGRAMME", "MIRT", "MIRT")
    d.K("CASE", "BO-MIRT-MN-2024-02", "BO-MIRT-MN-2024-02")
    d.K("ORG", "provincie Gelderland", "provincie Gelderland")
    d.K("PLACE", "Merwedekanaal", "Merwedekanaal")
    d.K("PLACE", "Lekdijk", "Lekdijk")
    d.K("DATE", "20 november 2024", "20 november 2024")
    return d


def _screenshot_ca30(d, out):
    """A page with a text header and an embedded phone screenshot (SMS thread) as image."""
    import io as _io
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    W, H = 900, 1500
    im = Image.new("RGB", (W, H), (245, 245, 245))
    dr = ImageDraw.Draw(im)
    f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 30)
    fb = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 34)
    dr.rectangle((0, 0, W, 110), fill=(230, 230, 235))
    dr.text((40, 35), "Mirjam Hoefsloot", font=fb, fill=(0, 0, 0))
    dr.text((560, 40), "+31 6 28 44 51 97", font=f, fill=(60, 60, 60))
    msgs = [("in", "Goedemorgen, met Mirjam Hoefsloot,"), ("in", "Lekboulevard 84. Vannacht weer"),
            ("in", "heiwerk tot 3 uur. Ik ben zwanger"), ("in", "en kan zo niet meer slapen."),
            ("out", "Dag mevrouw Hoefsloot, ik heb het"), ("out", "doorgegeven aan de uitvoerder."),
            ("out", "Groet, Yassin Boukhari, RWS"), ("in", "Graag terugbellen op 030 6044 218"),
            ("in", "na 17 uur. Mijn man Dennis is"), ("in", "overdag thuis.")]
    y = 160
    for side, t in msgs:
        x = 40 if side == "in" else 300
        col = (255, 255, 255) if side == "in" else (220, 248, 198)
        dr.rounded_rectangle((x - 15, y - 10, x + 560, y + 50), radius=14, fill=col)
        dr.text((x, y), t, font=f, fill=(20, 20, 20))
        y += 95
    buf = _io.BytesIO()
    im.save(buf, "PNG")
    buf.seek(0)
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setTitle("Bijlage 4 - schermafdruk sms-contact bewoner")
    c.setAuthor("")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(60, A4[1] - 60, "Bijlage 4 bij klachtnotitie OL-25-0061 – schermafdruk sms-contact")
    c.setFont("Helvetica", 10)
    c.drawString(60, A4[1] - 80, "Rijkswaterstaat Midden-Nederland, project A27 Houten–Hooipolder, Omgevingslijn.")
    c.drawString(60, A4[1] - 94, "Toelichting: sms-verkeer via de dienst-06 van de omgevingsmanager, 27 januari 2025.")
    c.drawImage(ImageReader(buf), 110, 120, width=360, height=600)
    c.setFont("Helvetica", 9)
    c.drawString(60, 90, "Afhandeling: doorgezet naar Heijmans (uitvoering) en Schadeloket; zie OL-25-0061.")
    c.showPage()
    c.save()


@reg
def ca30():
    d = Doc("ca30", producer=_screenshot_ca30)
    d.R("PERSON", "Mirjam Hoefsloot", "Hoefsloot", "Mirjam", ocr=True)
    d.R("PHONE", "+31 6 28 44 51 97", "+31 6 28 44 51 97", ocr=True)
    d.R("ADDRESS", "Lekboulevard 84", "Lekboulevard 84", ocr=True)
    d.R("HEALTH", "zwanger", "zwanger", ocr=True)
    d.R("PERSON", "Yassin Boukhari", "Boukhari", "Yassin", ocr=True)
    d.R("PHONE", "030 6044 218", "030 6044 218", ocr=True)
    d.R("PERSON", "Dennis", "Dennis", ocr=True)
    d.K("CASE", "OL-25-0061", "OL-25-0061")
    d.K("ORG", "Rijkswaterstaat", "Rijkswaterstaat Midden-Nederland")
    d.K("PROJECT", "A27 Houten–Hooipolder", "A27 Houten–Hooipolder")
    d.K("ORG", "Heijmans", "Heijmans")
    d.K("ORG", "Schadeloket", "Schadeloket")
    d.K("ORG", "Omgevingslijn", "Omgevingslijn")
    d.K("DATE", "27 januari 2025", "27 januari 2025")
    return d


@reg
def ca31():
    d = Doc("ca31", font="DejaVuSans", size=8.5, landscape=True, title="Contactlijst projectteam Lekbrug")
    d.h("Contactlijst projectteam A27 Lekbrug – versie 7 (maart 2025) – intern", 2)
    rows = [["Naam", "Organisatie", "Rol", "Telefoon", "E-mail"],
            ["Maarten Ruijgrok", "Rijkswaterstaat GPO", "projectmanager", "06 - 22 81 93 40", "maarten.ruijgrok@rws.nl"],
            ["Y. (Yassin) Boukhari", "Rijkswaterstaat GPO", "omgevingsmanager", "06-3918 4410", "yassin.boukhari@rws.nl"],
            ["Rianne Zwijnenberg", "RWS Schadeloket", "schadebehandelaar", "06 1532 8870", "rianne.zwijnenberg@rws.nl"],
            ["Th.J.M. Langeveld-Ouwerkerk", "Heijmans Infra", "lead engineer funderingen", "+31 6 1004 7281", "tlangeveld@heijmans.nl"],
            ["A. van Dijk-Kramer", "Heijmans Infra", "omgevingsmanager", "06 4410 2836", "avandijkkramer@heijmans.nl"],
            ["R. Kuijpers", "Heijmans Infra", "uitvoerder", "06-1234 8871", "r.kuijpers@heijmans.nl"],
            ["J. Oberhäuser", "Spezialtiefbau Rhein-Ruhr", "Bauleiter", "+49 (0) 172 554 81 90", "j.oberhaeuser@srr-tiefbau.de"],
            ["E. Brouwer-Slot", "ODRU", "toezichthouder (BOA)", "06 48 02 17 33", "e.brouwer-slot@odru.nl"],
            ["B.J. den Hartogh", "Provincie Utrecht", "beleidsadviseur", "06 8337 1250", "bart.den.hartogh@provincie-utrecht.nl"],
            ["H. Bosch-Verkerk", "HDSR", "vergunningverlener", "06–5820 1174", "hidde.bosch-verkerk@hdsr.nl"],
            ["Servicedesk RWS", "Rijkswaterstaat", "algemeen", "0800 - 8002", "omgevingslijn@rws.nl"],
            ["Meldkamer Heijmans", "Heijmans Infra", "calamiteiten 24/7", "088 443 50 00", "meldkamer@heijmans.nl"]]
    d.t(rows, widths=[50, 45, 45, 40, 75], size=8)
    d.p("Bestuurlijke contacten lopen via de ambtelijke lijn: minister Madlener via Bureau Bestuursraad (bbr@minienw.nl), "
        "gedeputeerde Van Essen-Rombout via het provinciaal secretariaat, burgemeester Schouten via het "
        "bestuurssecretariaat Nieuwegein. Privénummers staan niet op deze lijst; Maarten is bij calamiteiten buiten "
        "kantoortijd ook bereikbaar via 0031-6-22819340.")
    d.p("Verspreiding: projectteam, aannemers. Niet doorsturen. Beheer lijst: Yassin.")
    d.R("PERSON", "Maarten Ruijgrok", "Ruijgrok", "Maarten")
    d.R("EMAIL", "maarten.ruijgrok@rws.nl", "maarten.ruijgrok@rws.nl")
    d.R("PHONE", "06 - 22 81 93 40", "06 - 22 81 93 40")
    d.R("PHONE", "0031-6-22819340", "0031-6-22819340")
    d.R("PERSON", "Yassin Boukhari", "Boukhari", "Yassin")
    d.R("PHONE", "06-3918 4410", "06-3918 4410")
    d.R("EMAIL", "yassin.boukhari@rws.nl", "yassin.boukhari@rws.nl")
    d.R("PERSON", "Rianne Zwijnenberg", "Zwijnenberg", "Rianne")
    d.R("PHONE", "06 1532 8870", "06 1532 8870")
    d.R("EMAIL", "rianne.zwijnenberg@rws.nl", "rianne.zwijnenberg@rws.nl")
    d.R("PERSON", "Th.J.M. Langeveld-Ouwerkerk", "Langeveld-Ouwerkerk")
    d.R("PHONE", "+31 6 1004 7281", "+31 6 1004 7281")
    d.R("EMAIL", "tlangeveld@heijmans.nl", "tlangeveld@heijmans.nl")
    d.R("PERSON", "A. van Dijk-Kramer", "van Dijk-Kramer")
    d.R("PHONE", "06 4410 2836", "06 4410 2836")
    d.R("EMAIL", "avandijkkramer@heijmans.nl", "avandijkkramer@heijmans.nl")
    d.R("PERSON", "R. Kuijpers", "Kuijpers")
    d.R("PHONE", "06-1234 8871", "06-1234 8871")
    d.R("EMAIL", "r.kuijpers@heijmans.nl", "r.kuijpers@heijmans.nl")
    d.R("PERSON", "J. Oberhäuser", "Oberhäuser")
    d.R("PHONE", "+49 (0) 172 554 81 90", "+49 (0) 172 554 81 90")
    d.R("EMAIL", "j.oberhaeuser@srr-tiefbau.de", "j.oberhaeuser@srr-tiefbau.de")
    d.R("PERSON", "E. Brouwer-Slot", "Brouwer-Slot")
    d.R("PHONE", "06 48 02 17 33", "06 48 02 17 33")
    d.R("EMAIL", "e.brouwer-slot@odru.nl", "e.brouwer-slot@odru.nl")
    d.R("PERSON", "B.J. den Hartogh", "den Hartogh")
    d.R("PHONE", "06 8337 1250", "06 8337 1250")
    d.R("EMAIL", "bart.den.hartogh@provincie-utrecht.nl", "bart.den.hartogh@provincie-utrecht.nl")
    d.R("PERSON", "H. Bosch-Verkerk", "Bosch-Verkerk")
    d.R("PHONE", "06–5820 1174", "06–5820 1174")
    d.R("EMAIL", "hidde.bosch-verkerk@hdsr.nl", "hidde.bosch-verkerk@hdsr.nl")
    d.K("ORG", "Rijkswaterstaat", "Rijkswaterstaat")
    d.K("ORG", "Heijmans Infra", "Heijmans Infra")
    d.K("ORG", "Spezialtiefbau Rhein-Ruhr", "Spezialtiefbau Rhein-Ruhr")
    d.K("ORG", "ODRU", "ODRU")
    d.K("ORG", "HDSR", "HDSR")
    d.K("ORG", "Provincie Utrecht", "Provincie Utrecht")
    d.K("PHONE", "0800 - 8002", "0800 - 8002")
    d.K("PHONE", "088 443 50 00", "088 443 50 00")
    d.K("EMAIL", "omgevingslijn@rws.nl", "omgevingslijn@rws.nl")
    d.K("EMAIL", "meldkamer@heijmans.nl", "meldkamer@heijmans.nl")
    d.K("EMAIL", "bbr@minienw.nl", "bbr@minienw.nl")
    d.K("OFFICE", "minister Madlener", "minister Madlener")
    d.K("OFFICE", "gedeputeerde Van Essen-Rombout", "gedeputeerde Van Essen-Rombout")
    d.K("OFFICE", "burgemeester Schouten", "burgemeester Schouten")
    d.K("ROLE", "projectmanager", "projectmanager")
    d.K("ROLE", "omgevingsmanager", "omgevingsmanager")
    d.K("ROLE", "schadebehandelaar", "schadebehandelaar")
    d.K("ROLE", "Bauleiter", "Bauleiter")
    d.K("ROLE", "uitvoerder", "uitvoerder")
    d.K("LABEL", "Servicedesk RWS", "Servicedesk RWS")
    return d


@reg
def ca32():
    d = Doc("ca32", font="LibSerif", size=10.5, title="Beslissing op bezwaar OV-2024-2231")
    d.p("<b>Gemeente Houten</b><br/>Commissie bezwaarschriften")
    d.p("Mevrouw W. Staal-de Roos<br/>p/a mevrouw A. Staal<br/>Koppeldijk 18<br/>3995 DN Houten")
    d.t([["Datum", "Ons kenmerk", "Behandeld door"],
         ["3 juni 2025", "BZ-2025-0017 (OV-2024-2231)", "mr. C.P.M. de Wildt-Huijsmans, secretaris"]], head=True)
    d.h("Beslissing op bezwaar – geluidsscherm Spoorlaan-Oost", 2)
    d.p("Geachte mevrouw Staal-de Roos,")
    d.p("Op 14 januari 2025 ontvingen wij uw handgeschreven bezwaarschrift van 12 januari 2025 tegen de "
        "omgevingsvergunning die wij op 6 december 2024 aan ProRail hebben verleend voor een geluidsscherm van 4 meter "
        "langs de Spoorlaan-Oost. Uw dochter, mevrouw Annemiek Staal, heeft u gemachtigd en heeft u op de hoorzitting "
        "van 7 april 2025 bijgestaan.")
    d.h("Hoorzitting", 2)
    d.p("Op de hoorzitting waren aanwezig: namens de commissie mr. J. Vlietstra (voorzitter), drs. E.M. Oskam-Brink en "
        "R. Tuinstra (leden); namens het college mevrouw Zandbergen (vergunningverlener); namens ProRail de heer "
        "Oosterbaan. Uw buurvrouw, mevrouw Kolkman, was als toehoorder aanwezig.")
    d.p("U heeft toegelicht dat u na een beroerte grotendeels aan huis gebonden bent en dat de keuken uw belangrijkste "
        "verblijfsruimte is. Het scherm zou uw keukenraam vrijwel geheel blokkeren.")
    d.pb()
    d.h("Overwegingen", 2)
    d.p("De commissie heeft de schaduwstudie van ProRail (PR-SCH-2025-003) en het akoestisch rapport van LBP Akoestiek "
        "(LBP-R-2025.0117) betrokken. Het college heeft onvoldoende gemotiveerd waarom een transparant bovendeel ter "
        "hoogte van de woning Spoorlaan-Oost 7 niet mogelijk is. Het bezwaar is daarom gegrond.")
    d.h("Besluit", 2)
    d.p("Het college van burgemeester en wethouders van Houten besluit, overeenkomstig het advies van de commissie:<br/>"
        "1. het bezwaar gegrond te verklaren;<br/>2. de omgevingsvergunning OV-2024-2231 te wijzigen in die zin dat het "
        "scherm over 30 meter een transparant bovendeel krijgt;<br/>3. de proceskosten niet te vergoeden, omdat geen "
        "rechtsbijstand is verleend.")
    d.p("Tegen deze beslissing kunt u binnen zes weken beroep instellen bij de rechtbank Midden-Nederland "
        "(artikel 8:1 Awb).")
    d.p("Met vriendelijke groet,<br/>burgemeester en wethouders van Houten,<br/>de secretaris, de burgemeester,")
    d.p("drs. M.A. Lindhout-Prins &nbsp;&nbsp;&nbsp;&nbsp; burgemeester Van Schaik")
    motivation(d, "Gegevens over gezondheid zijn niet openbaar gemaakt op grond van artikel 5.1, eerste lid, onder d, "
                  "van de Woo.")
    d.R("PERSON", "W. Staal-de Roos", "Staal-de Roos")
    d.R("PERSON", "Annemiek Staal", "Annemiek Staal", "A. Staal")
    d.R("ADDRESS", "Koppeldijk 18, 3995 DN Houten", "Koppeldijk 18", "3995 DN")
    d.R("PERSON", "C.P.M. de Wildt-Huijsmans", "de Wildt-Huijsmans")
    d.R("PERSON", "J. Vlietstra", "Vlietstra")
    d.R("PERSON", "E.M. Oskam-Brink", "Oskam-Brink")
    d.R("PERSON", "R. Tuinstra", "Tuinstra")
    d.R("PERSON", "Zandbergen", "Zandbergen")
    d.R("PERSON", "Oosterbaan", "Oosterbaan")
    d.R("PERSON", "Kolkman", "Kolkman")
    d.R("HEALTH", "beroerte", "beroerte")
    d.R("ADDRESS", "Spoorlaan-Oost 7", "Spoorlaan-Oost 7")
    d.R("PERSON", "M.A. Lindhout-Prins", "Lindhout-Prins")
    d.K("ORG", "Gemeente Houten", "Gemeente Houten")
    d.K("ORG", "Commissie bezwaarschriften", "Commissie bezwaarschriften")
    d.K("CASE", "BZ-2025-0017", "BZ-2025-0017")
    d.K("CASE", "OV-2024-2231", "OV-2024-2231")
    d.K("CASE", "PR-SCH-2025-003", "PR-SCH-2025-003")
    d.K("CASE", "LBP-R-2025.0117", "LBP-R-2025.0117")
    d.K("ORG", "ProRail", "ProRail")
    d.K("ORG", "LBP Akoestiek", "LBP Akoestiek")
    d.K("ORG", "rechtbank Midden-Nederland", "rechtbank Midden-Nederland")
    d.K("LAW", "Awb", "Awb")
    d.K("OFFICE", "burgemeester Van Schaik", "burgemeester Van Schaik")
    d.K("DATE", "7 april 2025", "7 april 2025")
    d.K("DATE", "3 juni 2025", "3 juni 2025")
    d.K("ROLE", "vergunningverlener", "vergunningverlener")
    d.K("ROLE", "secretaris", "secretaris")
    return d


@reg
def ca33():
    d = Doc("ca33", font="Helvetica", size=10, title="Dredging Lek - night works and residents")
    d.p("<b>From:</b> Wim Goossens &lt;wim.goossens@jandenul.com&gt;<br/><b>Sent:</b> Tuesday, 13 May 2025 07:58<br/>"
        "<b>To:</b> Boukhari, Yassin (RWS-GPO) &lt;yassin.boukhari@rws.nl&gt;<br/><b>Cc:</b> An Vermeersch-De Clercq "
        "&lt;an.vermeersch@jandenul.com&gt;<br/><b>Subject:</b> Dredging Lek near Vreeswijk – night works and "
        "complaints from residents")
    d.p("Dear Yassin,")
    d.p("Following our site meeting, Jan De Nul will limit dredging near the Prinses Beatrixsluis to 07:00–22:00 from "
        "next week. Two residents contacted our vessel master directly last night: Mr. Gerrit de Vries "
        "(Vreeswijksestraatweg 3, +31 30 606 2217) and a houseboat owner at Jachthaven De Helling, Ms. Toos Kramer. "
        "We referred both to the Rijkswaterstaat Omgevingslijn.")
    d.p("The noise measurements by our subcontractor Antea Group are attached (report AG-NL-25-3391). My colleague An "
        "will present them at the residents’ meeting on 22 May, which wethouder Van Rooijen and dijkgraaf "
        "Hanegraaf-Lutz will attend.")
    d.p("For urgent matters at night, please call our vessel master, Kapitein Dirk Lammens, on +32 (0)478 66 20 14. "
        "Our Belgian head office in Aalst is reachable on +32 53 73 17 11.")
    d.p("Best regards,<br/>Wim Goossens<br/>Project Manager Dredging Benelux<br/>Jan De Nul Group<br/>"
        "Tragel 60, 9308 Hofstade-Aalst, Belgium<br/>Mobile: +32 495 11 40 87")
    motivation(d)
    d.R("PERSON", "Wim Goossens", "Goossens", "Wim")
    d.R("EMAIL", "wim.goossens@jandenul.com", "wim.goossens@jandenul.com")
    d.R("PERSON", "Yassin Boukhari", "Boukhari", "Yassin")
    d.R("EMAIL", "yassin.boukhari@rws.nl", "yassin.boukhari@rws.nl")
    d.R("PERSON", "An Vermeersch-De Clercq", "Vermeersch-De Clercq", "An Vermeersch")
    d.R("EMAIL", "an.vermeersch@jandenul.com", "an.vermeersch@jandenul.com")
    d.R("PERSON", "Gerrit de Vries", "Gerrit de Vries")
    d.R("ADDRESS", "Vreeswijksestraatweg 3", "Vreeswijksestraatweg 3")
    d.R("PHONE", "+31 30 606 2217", "+31 30 606 2217")
    d.R("PERSON", "Toos Kramer", "Toos Kramer")
    d.R("PERSON", "Dirk Lammens", "Lammens", "Dirk")
    d.R("PHONE", "+32 (0)478 66 20 14", "+32 (0)478 66 20 14")
    d.R("PHONE", "+32 495 11 40 87", "+32 495 11 40 87")
    d.K("ORG", "Jan De Nul", "Jan De Nul")
    d.K("ORG", "Rijkswaterstaat", "Rijkswaterstaat")
    d.K("ORG", "Antea Group", "Antea Group")
    d.K("PLACE", "Prinses Beatrixsluis", "Prinses Beatrixsluis")
    d.K("PLACE", "Vreeswijk", "Vreeswijk")
    d.K("PLACE", "Jachthaven De Helling", "Jachthaven De Helling")
    d.K("CASE", "AG-NL-25-3391", "AG-NL-25-3391")
    d.K("OFFICE", "wethouder Van Rooijen", "wethouder Van Rooijen")
    d.K("OFFICE", "dijkgraaf Hanegraaf-Lutz", "dijkgraaf Hanegraaf-Lutz")
    d.K("PHONE", "+32 53 73 17 11", "+32 53 73 17 11")
    d.K("ADDRESS", "Tragel 60", "Tragel 60, 9308 Hofstade-Aalst")
    d.K("ROLE", "Project Manager Dredging Benelux", "Project Manager Dredging Benelux")
    d.K("ROLE", "vessel master", "vessel master")
    d.K("ORG", "Omgevingslijn", "Omgevingslijn")
    d.K("DATE", "22 May", "22 May")
    d.K("PLACE", "Lek", "Lek")
    return d


# =====================================================================================
def main(argv):
    import shutil
    want = set(argv)
    queue, docs = [], []
    for fn in ALL:
        if want and fn.__name__ not in want:
            continue
        d = fn()
        build(d, queue)
        docs.append(d)
    soffice_convert(queue, DOCS_DIR)
    tot_r = tot_k = pages = 0
    for d in docs:
        g = finish(d)
        nr = sum(len(i["probes"]) for i in g["redact"])
        nk = sum(len(i["probes"]) for i in g["keep"])
        tot_r, tot_k, pages = tot_r + nr, tot_k + nk, pages + g["pages"]
        print(f"{d.stem}: pages={g['pages']} redact={nr} keep={nk}")
    shutil.rmtree(TMP, ignore_errors=True)
    print(f"documents={len(docs)} pages={pages} redact_probes={tot_r} keep_probes={tot_k}")


if __name__ == "__main__":
    main(sys.argv[1:])
