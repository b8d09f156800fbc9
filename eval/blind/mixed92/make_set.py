"""Rebuild set NK (eval/blind/mixed92): Gemeente Nijmegen, event permits 2026 (Koningsdag + Koningskermis
on the Wedren, festival 'Waalzinnig' on the Waalkade). Documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py           # all documents
    /work/main/.venv/bin/python make_set.py nk03 nk17 # only these

Every keep probe's 'after' is counted on the original's PDFium text with the evaluator's own functions
(and it is checked that no keep probe lies inside a redacted value or probe); every redact probe has
after=0 and is checked by check_gold.py in the channel it claims.
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from lib import (DOCS_DIR, GOLD_DIR, HAND, HAND2, Gold, build_docx, finish_gold, hand_png, render_rl,  # noqa: E402
                 scan_pdf, set_meta, soffice_batch, squiggle_png)

DOCS: dict = {}


def doc(stem, prod="rl", font="Helvetica", size=10, land=False, meta=None, hidden=None, on_page=None, seed=None):
    def deco(fn):
        DOCS[stem] = dict(fn=fn, prod=prod, font=font, size=size, land=land, meta=meta or {}, hidden=hidden,
                          on_page=on_page, seed=seed)
        return fn
    return deco


# ------------------------------------------------------------------ shared fixtures (all invented persons)
GEM = "Gemeente Nijmegen"
GEM_ADR = "Stadhuis, Korte Burchtstraat 20 | Postbus 9105, 6500 HG Nijmegen | telefoon 14 024 | www.nijmegen.nl"
Z_FEST = "Z-EVV-2026-00318"
Z_KERM = "Z-EVV-2026-00142"
Z_BIB = "BIB-2026-017"

BSN_HERMSEN = "184572630"
BSN_WILMA = "203918472"
IBAN_HERMSEN = "NL75 RABO 3358 8120 79"
IBAN_STAM = "NL03 TRIO 2019 4486 10"


def std_keep(g):
    g.k("ORG", "Gemeente Nijmegen")


def motivation(extra=""):
    return [("h2", "Informatie die niet openbaar gemaakt kan worden"),
            ("p", "**Motivering.** In de openbaar gemaakte versie van dit document zijn persoonsgegevens van "
                  "medewerkers, omwonenden en betrokkenen onleesbaar gemaakt op grond van artikel 5.1, tweede lid, "
                  "onder e, van de Woo." + extra)]


# ================================================================== nk01 aanvraag evenementenvergunning (docx)
@doc("nk01", prod="docx", font="Carlito")
def nk01():
    g = Gold()
    b = [("lh", "Aanvraagformulier evenementenvergunning", "Gemeente Nijmegen | Team Evenementen | ingediend via het e-loket op 12 januari 2026"),
         ("kv", [["Zaaknummer", Z_FEST], ["Soort evenement", "C-evenement (risicovol), meerdaags muziekfestival"],
                 ["Naam evenement", "Waalzinnig Festival 2026"],
                 ["Datum en tijden", "vrijdag 3 juli 2026 16.00-23.30 uur; zaterdag 4 juli en zondag 5 juli 2026 12.00-23.30 uur"],
                 ["Locatie", "Waalkade (tussen Lage Markt en Veerpoorttrap), Valkhofpark en Kronenburgerpark (alleen opbouwterrein)"],
                 ["Verwacht aantal bezoekers", "maximaal 9.500 gelijktijdig, 24.000 unieke bezoekers over drie dagen"]], [0.3, 0.7]),
         ("h2", "1. Gegevens organisator"),
         ("kv", [["Organisatie", "Stichting Waalzinnig Festival"], ["KvK-nummer", "81234567"],
                 ["Postadres", "Postbus 1140, 6501 BC Nijmegen"], ["Algemeen e-mailadres", "info@waalzinnig.nl"],
                 ["Vertegenwoordigd door", "J.W. (Jeroen) Stam, voorzitter en festivaldirecteur"],
                 ["Geboortedatum vertegenwoordiger", "22-09-1981"],
                 ["Woonadres vertegenwoordiger", "Groesbeekseweg 211, 6524 DE Nijmegen"],
                 ["Mobiel", "06-41 27 88 35"], ["E-mail", "jeroen@waalzinnig.nl"]], [0.3, 0.7]),
         ("h2", "2. Contactpersonen tijdens opbouw, evenement en afbouw"),
         ("table", [["Rol", "Naam", "Mobiel", "E-mail"],
                    ["Productieleider", "Priya Ramdin-Sewnath", "06-18 55 02 91", "priya@waalzinnig.nl"],
                    ["Veiligheidscoördinator", "Koen de Wit", "06-27 30 64 18", "koen.dewit@outlook.com"],
                    ["Hoofd beveiliging (Gelre Event Security B.V.)", "Mustafa Yıldız", "06-53 90 17 42", "m.yildiz@gelre-eventsecurity.nl"],
                    ["Productiekantoor (algemeen, 24/7 bemand)", "-", "024 820 44 10", "productie@waalzinnig.nl"]],
          [0.32, 0.24, 0.16, 0.28]),
         ("h2", "3. Activiteiten en voorzieningen"),
         ("p", "Twee podia (hoofdpodium Waalkade ter hoogte van de Waalbrug, tweede podium 'Valkhof Stage' in het Valkhofpark), "
               "horeca met zwak-alcoholhoudende en alcoholhoudende drank (ontheffing artikel 35 Alcoholwet wordt apart aangevraagd), "
               "tijdelijke bouwwerken (tribune 400 personen, twee overkappingen), EHBO-post van het Rode Kruis, muntenverkoop "
               "via de app en aan de kassa. Geluidsnorm conform de Evenementenkalender en het Evenementenbeleid Nijmegen 2023."),
         ("p", "Verkeersmaatregelen: afsluiting Waalkade voor gemotoriseerd verkeer van 2 juli 07.00 uur tot 6 juli 12.00 uur; "
               "omleiding via de Weurtseweg en de Oranjesingel. Fietsenstalling op het Kelfkensbos (capaciteit 1.800)."),
         ("h2", "4. Bijlagen"),
         ("p", "Situatietekening (versie 3), veiligheidsplan, beveiligingsplan Gelre Event Security B.V., calamiteitenplan, "
               "constructieberekening tribune, verzekeringspolis (Centraal Beheer, polisnummer 2026-EVT-44817), bewonersbrief."),
         ("h2", "5. Ondertekening"),
         ("p", "Naar waarheid ingevuld te Nijmegen op 12 januari 2026 door J.W. Stam namens Stichting Waalzinnig Festival."),
         ("img", squiggle_png(101), 45)]
    g.r("PERSON", "J.W. (Jeroen) Stam", "J.W. (Jeroen) Stam", "J.W. Stam")
    g.r("DATE_OF_BIRTH", "22-09-1981")
    g.r("ADDRESS", "Groesbeekseweg 211, 6524 DE Nijmegen", "Groesbeekseweg 211", "6524 DE")
    g.r("PHONE", "06-41 27 88 35")
    g.r("EMAIL", "jeroen@waalzinnig.nl")
    g.r("PERSON", "Priya Ramdin-Sewnath")
    g.r("PHONE", "06-18 55 02 91")
    g.r("EMAIL", "priya@waalzinnig.nl")
    g.r("PERSON", "Koen de Wit")
    g.r("PHONE", "06-27 30 64 18")
    g.r("EMAIL", "koen.dewit@outlook.com")
    g.r("PERSON", "Mustafa Yıldız")
    g.r("PHONE", "06-53 90 17 42")
    g.r("EMAIL", "m.yildiz@gelre-eventsecurity.nl")
    std_keep(g)
    g.k("CASE", Z_FEST)
    g.k("ORG", "Stichting Waalzinnig Festival", "Gelre Event Security B.V.", "Rode Kruis", "Centraal Beheer")
    g.k("EVENT", "Waalzinnig Festival 2026")
    g.k("PLACE", "Waalkade", "Lage Markt", "Veerpoorttrap", "Valkhofpark", "Kronenburgerpark", "Weurtseweg", "Oranjesingel", "Kelfkensbos", "Waalbrug")
    g.k("ID", "81234567", "2026-EVT-44817")
    g.k("ADDRESS_ORG", "Postbus 1140, 6501 BC Nijmegen")
    g.k("EMAIL_FUNC", "info@waalzinnig.nl", "productie@waalzinnig.nl")
    g.k("PHONE_GEN", "024 820 44 10")
    g.k("LAW", "artikel 35 Alcoholwet", "Evenementenbeleid Nijmegen 2023")
    g.k("JOB", "Productieleider", "Veiligheidscoördinator", "festivaldirecteur")
    g.k("DATE", "12 januari 2026")
    return b, g


# ================================================================== nk02 ontvangstbevestiging (reportlab Helvetica)
@doc("nk02", font="Helvetica")
def nk02():
    g = Gold()
    b = [("lh", "Gemeente Nijmegen", GEM_ADR),
         ("p", "Stichting Waalzinnig Festival\nt.a.v. de heer J.W. Stam\nPostbus 1140\n6501 BC  NIJMEGEN"),
         ("sp", 4),
         ("kv", [["Datum", "19 januari 2026"], ["Ons kenmerk", Z_FEST], ["Behandeld door", "M. ten Brinke"],
                 ["Telefoon", "06 294 781 56"], ["E-mail", "evenementen@nijmegen.nl"],
                 ["Onderwerp", "Ontvangstbevestiging aanvraag evenementenvergunning Waalzinnig Festival 2026"]], [0.25, 0.75]),
         ("sp", 3),
         ("p", "Geachte heer Stam,"),
         ("p", "Op 12 januari 2026 hebben wij uw aanvraag voor een evenementenvergunning ontvangen voor het Waalzinnig Festival "
               "2026 op de Waalkade en in het Valkhofpark. Wij hebben uw aanvraag geregistreerd onder zaaknummer " + Z_FEST + ". "
               "Vermeld dit nummer bij alle correspondentie."),
         ("p", "Uw evenement is ingedeeld als C-evenement. Wij vragen advies aan de politie (eenheid Oost-Nederland), de "
               "Veiligheidsregio Gelderland-Zuid (brandweer en GHOR) en de interne afdelingen Openbare Ruimte en Verkeer. "
               "Omdat u alcoholhoudende drank wilt verstrekken, voeren wij ook een toets uit op grond van de Wet Bibob. "
               "Wij beslissen binnen de termijn van artikel 2:25 APV Nijmegen; de beslistermijn is acht weken en kan "
               "eenmaal worden verlengd (artikel 4:14 Awb)."),
         ("p", "Ontbrekende stukken: de constructieberekening van de tribune en de getekende verklaring van de "
               "beveiligingsorganisatie (Wpbr-vergunningnummer). Wilt u deze uiterlijk 9 februari 2026 nasturen naar "
               "evenementen@nijmegen.nl?"),
         ("p", "Heeft u vragen, bel dan met mevrouw Ten Brinke van het Team Evenementen, rechtstreeks op 06 294 781 56, of "
               "via het algemene nummer 14 024."),
         ("p", "Met vriendelijke groet,\n\nnamens de burgemeester van Nijmegen,"),
         ("img", squiggle_png(202), 42),
         ("p", "Marloes ten Brinke\nvergunningverlener evenementen"),
         ]
    g.r("PERSON", "J.W. Stam", "J.W. Stam", "Stam")
    g.r("PERSON", "Marloes ten Brinke", "M. ten Brinke", "Marloes ten Brinke", "Ten Brinke")
    g.r("PHONE", "06 294 781 56")
    std_keep(g)
    g.k("CASE", Z_FEST)
    g.k("ORG", "Stichting Waalzinnig Festival", "Veiligheidsregio Gelderland-Zuid", "GHOR", "Team Evenementen", "Openbare Ruimte en Verkeer")
    g.k("ADDRESS_ORG", "Korte Burchtstraat 20", "Postbus 9105, 6500 HG Nijmegen", "Postbus 1140")
    g.k("PHONE_GEN", "14 024")
    g.k("EMAIL_FUNC", "evenementen@nijmegen.nl")
    g.k("LAW", "Wet Bibob", "artikel 2:25 APV Nijmegen", "artikel 4:14 Awb", "Wpbr")
    g.k("EVENT", "Waalzinnig Festival 2026")
    g.k("PLACE", "Waalkade", "Valkhofpark")
    g.k("JOB", "vergunningverlener evenementen", "burgemeester van Nijmegen")
    g.k("DATE", "19 januari 2026", "9 februari 2026")
    return b, g


# ================================================================== nk03 e-mail thread (DejaVu)
@doc("nk03", font="DejaVu", size=9)
def nk03():
    g = Gold()
    b = [("small", "Afgedrukt uit Outlook door Ten Brinke, Marloes op 24-2-2026 09:12"),
         ("h2", "RE: Situatietekening versie 3 - Waalzinnig 2026 (" + Z_FEST + ")"),
         ("kv", [["Van:", "Brinke, Marloes ten <m.tenbrinke@nijmegen.nl>"], ["Verzonden:", "maandag 23 februari 2026 16:47"],
                 ["Aan:", "Priya Ramdin-Sewnath <priya@waalzinnig.nl>"],
                 ["CC:", "Evenementen Nijmegen <evenementen@nijmegen.nl>; Vermeulen-Akkermans, Dennis <d.vermeulen-akkermans@nijmegen.nl>"],
                 ["Onderwerp:", "RE: Situatietekening versie 3 - Waalzinnig 2026"]], [0.15, 0.85]),
         ("p", "Hoi Priya,\n\nDank voor de snelle aanpassing. Thijs van de brandweer heeft nog één punt: de nooduitgang aan de "
               "kant van de Grote Markt moet 3,50 meter breed zijn (nu 2,80 m op tekening). Verder akkoord van Openbare Ruimte "
               "op de kabelgoten over de Waalkade. Dennis neemt de verkeerskant over terwijl ik met verlof ben (9 t/m 13 maart)."),
         ("p", "Groet,\nMarloes\n\nMarloes ten Brinke | vergunningverlener evenementen | Team Evenementen\nGemeente Nijmegen | "
               "T 06 294 781 56 | werkdagen ma-do"),
         ("small", "-----Oorspronkelijk bericht-----"),
         ("kv", [["Van:", "Priya Ramdin-Sewnath <priya@waalzinnig.nl>"], ["Verzonden:", "maandag 23 februari 2026 11:05"],
                 ["Aan:", "Brinke, Marloes ten <m.tenbrinke@nijmegen.nl>"], ["CC:", "productie@waalzinnig.nl; Jeroen Stam <jeroen@waalzinnig.nl>"],
                 ["Onderwerp:", "Situatietekening versie 3 - Waalzinnig 2026"]], [0.15, 0.85]),
         ("p", "Dag Marloes,\n\nIn de bijlage versie 3 van de situatietekening. Aangepast: de toiletunits staan nu bij de "
               "Veerpoorttrap in plaats van onder de Waalbrug, het tweede podium is 15 meter opgeschoven richting de "
               "Belvédère. De crowd management-paragraaf is herschreven door Koen (onze veiligheidscoördinator) op basis "
               "van het gesprek met mevrouw El Amrani van de politie."),
         ("p", "Kun jij laten weten of de brandweer nog iets wil zien? Ik ben morgen de hele dag bereikbaar op mijn mobiel "
               "(06-18 55 02 91)."),
         ("p", "Hartelijke groet,\nPriya Ramdin\nProductieleider Waalzinnig Festival\nStichting Waalzinnig Festival | Postbus 1140, "
               "6501 BC Nijmegen | www.waalzinnig.nl"),
         ("small", "-----Oorspronkelijk bericht-----"),
         ("kv", [["Van:", "Verhoef, Thijs <t.verhoef@vrgz.nl>"], ["Verzonden:", "vrijdag 20 februari 2026 14:31"],
                 ["Aan:", "Brinke, Marloes ten <m.tenbrinke@nijmegen.nl>"], ["CC:", "evenementen@vrgz.nl"],
                 ["Onderwerp:", "Waalzinnig: opmerkingen tekening v2"]], [0.15, 0.85]),
         ("p", "Marloes,\n\nNog twee opmerkingen bij v2: (1) opstelplaats voor de ambulance bij de Lage Markt vrijhouden, "
               "(2) breedte nooduitgang Grote Markt minimaal 3,50 m (zie Handreiking evenementenveiligheid). Ik stuur het "
               "formele advies volgende week.\n\nMet vriendelijke groet,\nThijs Verhoef\nAdviseur evenementenveiligheid | "
               "Brandweer Gelderland-Zuid | Veiligheidsregio Gelderland-Zuid\nM 06-22 81 40 77 | Algemeen 088 - 355 0000"),
         ]
    g.r("PERSON", "Marloes ten Brinke", "Marloes ten Brinke", "Brinke, Marloes ten", "Ten Brinke, Marloes", "Marloes")
    g.r("EMAIL", "m.tenbrinke@nijmegen.nl")
    g.r("PHONE", "06 294 781 56")
    g.r("PERSON", "Priya Ramdin-Sewnath", "Priya Ramdin-Sewnath", "Priya Ramdin", "Priya")
    g.r("EMAIL", "priya@waalzinnig.nl")
    g.r("PHONE", "06-18 55 02 91")
    g.r("PERSON", "Dennis Vermeulen-Akkermans", "Vermeulen-Akkermans, Dennis", "Dennis")
    g.r("EMAIL", "d.vermeulen-akkermans@nijmegen.nl")
    g.r("PERSON", "Jeroen Stam")
    g.r("EMAIL", "jeroen@waalzinnig.nl")
    g.r("PERSON", "Thijs Verhoef", "Verhoef, Thijs", "Thijs Verhoef", "Thijs")
    g.r("EMAIL", "t.verhoef@vrgz.nl")
    g.r("PHONE", "06-22 81 40 77")
    g.r("PERSON", "Koen (de Wit)", "Koen")
    g.r("PERSON", "mevrouw El Amrani", "El Amrani")
    std_keep(g)
    g.k("CASE", Z_FEST)
    g.k("EMAIL_FUNC", "evenementen@nijmegen.nl", "productie@waalzinnig.nl", "evenementen@vrgz.nl")
    g.k("PHONE_GEN", "088 - 355 0000")
    g.k("ORG", "Brandweer Gelderland-Zuid", "Veiligheidsregio Gelderland-Zuid", "Stichting Waalzinnig Festival", "Openbare Ruimte", "Team Evenementen")
    g.k("PLACE", "Grote Markt", "Waalkade", "Veerpoorttrap", "Waalbrug", "Belvédère", "Lage Markt")
    g.k("JOB", "vergunningverlener evenementen", "Productieleider", "Adviseur evenementenveiligheid", "veiligheidscoördinator")
    g.k("DOC", "Handreiking evenementenveiligheid")
    g.k("TERM", "crowd management")
    g.k("WEB", "www.waalzinnig.nl")
    return b, g


# ================================================================== nk04 politieadvies (Times)
@doc("nk04", font="Times", size=10.5, meta={"title": "Politieadvies Waalzinnig 2026", "author": "Politie Oost-Nederland"})
def nk04():
    g = Gold()
    b = [("lh", "Politie Oost-Nederland", "District Gelderland-Zuid | Basisteam Nijmegen-Noord | Postbus 1600, 6501 BP Nijmegen | 0900-8844", "#15325f"),
         ("p", "Burgemeester van Nijmegen\nt.a.v. Team Evenementen\nPostbus 9105\n6500 HG Nijmegen"),
         ("kv", [["Datum", "3 maart 2026"], ["Uw kenmerk", Z_FEST], ["Ons kenmerk", "PON-EVT-2026-0712"],
                 ["Contactpersoon", "N. El Amrani, operationeel specialist evenementen"],
                 ["Telefoon / e-mail", "06-45 19 73 02 / naima.el-amrani@politie.nl"],
                 ["Onderwerp", "Advies evenementenvergunning Waalzinnig Festival 2026"]], [0.25, 0.75]),
         ("p", "Geachte burgemeester,"),
         ("p", "U heeft de politie om advies gevraagd over de aanvraag van Stichting Waalzinnig Festival voor het festival "
               "van 3 tot en met 5 juli 2026 op de Waalkade en in het Valkhofpark. De politie adviseert **positief**, onder "
               "de volgende voorwaarden:"),
         ("p", "1. De organisator zet minimaal 38 gecertificeerde beveiligers in op vrijdag en 46 op zaterdag en zondag, "
               "waarvan vier met de aantekening crowd management.\n"
               "2. Het toegangsbeleid (huisregels, fouillering, leeftijdscontrole 18+ bij de bars) wordt vooraf afgestemd "
               "met de wijkagent Centrum, brigadier E. Schoonderwoerd.\n"
               "3. Er is een gezamenlijke commandopost (CoPI-light) in het Mariënburg-paviljoen met een vaste verbindingsofficier "
               "van de politie op zaterdag vanaf 18.00 uur.\n"
               "4. Bij een bezettingsgraad boven 90% sluit de organisator de ingangen aan de Lage Markt en de Veerpoorttrap, in "
               "overleg met de politie.\n"
               "5. Er wordt geen glas geschonken op het terrein; het terras van café De Plak valt buiten de vergunning."),
         ("p", "Informatie uit de politiesystemen geeft geen aanleiding om te twijfelen aan de organisator. Over een van "
               "de horeca-exploitanten die op het festival een bar zal draaien, de heer R. (Rachid) Bouzidi, zijn wel "
               "registraties bekend: hij is in 2023 door de politierechter veroordeeld voor mishandeling na een "
               "vechtpartij bij zijn zaak aan de Hertogstraat. Wij adviseren u dit te betrekken bij de Bibob-toets."),
         ("p", "De politie zet tijdens het festival naast de reguliere dienst een extra team van acht agenten in; de "
               "inzet wordt vastgelegd in het operationeel draaiboek. Voor de aansluitende Vierdaagsefeesten en de Internationale "
               "Vierdaagse geldt een afzonderlijk advies."),
         ("p", "Met vriendelijke groet,\n\nde teamchef Basisteam Nijmegen-Noord,\nnamens deze,"),
         ("img", squiggle_png(404), 40),
         ("p", "N. El Amrani\noperationeel specialist evenementen"),
         ("pb",),
         ("h2", "Bijlage: aandachtspunten uit de risicoanalyse (Politie Oost-Nederland)"),
         ("table", [["Risico", "Kans", "Effect", "Maatregel"],
                    ["Overvolle kade bij headliner zaterdag", "middel", "groot", "dynamische telling, slagbomen Lage Markt"],
                    ["Zakkenrollerij bij de uitgang Waalbrug", "groot", "klein", "extra surveillance, waarschuwing in app"],
                    ["Drugsgebruik en -handel", "middel", "middel", "controle bij de ingang, samenwerking met GGD Gelderland-Zuid"],
                    ["Verstoring door tegenstanders Waalbrug-project", "klein", "middel", "contact met Informatieknooppunt"],
                    ["Hitte (> 30 °C)", "middel", "groot", "gratis drinkwater, schaduw, GHOR-advies"]], [0.35, 0.1, 0.1, 0.45]),
         ("p", "De verbindingsofficier voor zaterdag is inspecteur D. Hoogkamp (mobiel 06-38 02 55 61). Voor spoed "
               "buiten de commandopost altijd 112; voor niet-spoed 0900-8844."),
         ]
    g.r("PERSON", "Naima El Amrani", "N. El Amrani")
    g.r("PHONE", "06-45 19 73 02")
    g.r("EMAIL", "naima.el-amrani@politie.nl")
    g.r("PERSON", "E. Schoonderwoerd")
    g.r("PERSON", "R. (Rachid) Bouzidi", "R. (Rachid) Bouzidi")
    g.r("CRIMINAL", "veroordeeld voor mishandeling", "veroordeeld voor mishandeling")
    g.r("PERSON", "D. Hoogkamp")
    g.r("PHONE", "06-38 02 55 61")
    std_keep(g) if False else None
    g.k("ORG", "Politie Oost-Nederland", "Basisteam Nijmegen-Noord", "Stichting Waalzinnig Festival", "GGD Gelderland-Zuid", "Team Evenementen", "Informatieknooppunt")
    g.k("PHONE_GEN", "0900-8844", "112")
    g.k("CASE", Z_FEST, "PON-EVT-2026-0712")
    g.k("ADDRESS_ORG", "Postbus 1600, 6501 BP Nijmegen", "Postbus 9105")
    g.k("PLACE", "Waalkade", "Valkhofpark", "Lage Markt", "Veerpoorttrap", "Mariënburg-paviljoen", "Hertogstraat", "Waalbrug")
    g.k("JOB", "wijkagent Centrum", "operationeel specialist evenementen", "teamchef", "verbindingsofficier")
    g.k("EVENT", "Vierdaagsefeesten", "Internationale Vierdaagse")
    g.k("TERM", "CoPI-light", "crowd management")
    g.k("ORG", "café De Plak")
    g.k("DATE", "3 maart 2026")
    return b, g


# ================================================================== nk05 brandweeradvies (docx, Liberation Sans)
@doc("nk05", prod="docx", font="Liberation Sans", size=10, meta={"author": "VRGZ", "title": "Brandveiligheidsadvies"})
def nk05():
    g = Gold()
    b = [("lh", "Veiligheidsregio Gelderland-Zuid", "Brandweer Gelderland-Zuid | GHOR | Postbus 1119, 6501 BC Nijmegen | 088 - 355 0000 | evenementen@vrgz.nl"),
         ("h1", "Advies brandveiligheid en hulpverlening evenement"),
         ("kv", [["Evenement", "Waalzinnig Festival 2026, 3-5 juli 2026"], ["Gemeente / zaak", "Nijmegen / " + Z_FEST],
                 ["VRGZ-registratie", "VR-EV-26-0233"], ["Opgesteld door", "ing. T.J. Verhoef, adviseur evenementenveiligheid"],
                 ["Gecontroleerd (4-ogen)", "F. Lambrechts-Wouters, senior adviseur risicobeheersing"],
                 ["Datum", "5 maart 2026"]], [0.3, 0.7]),
         ("h2", "1. Conclusie"),
         ("p", "De VRGZ adviseert de burgemeester de vergunning te verlenen met de voorschriften in paragraaf 3. Het "
               "evenement is getoetst aan het Besluit brandveilig gebruik en basishulpverlening overige plaatsen (Bgbop), "
               "de Handreiking evenementenveiligheid en de Leidraad Evenementen VRGZ 2024."),
         ("h2", "2. Beoordeling"),
         ("p", "Bereikbaarheid: de Waalkade is voor hulpdiensten bereikbaar via de Lage Markt en de Weurtseweg; de "
               "doorgang onder de Waalbrug moet 4,00 m vrij blijven. De opstelplaats voor de ambulance bij de Lage Markt "
               "is op de tekening (versie 3) opgenomen.\n"
               "Vluchtwegen: de capaciteit van de uitgangen is voldoende voor 9.500 bezoekers; de nooduitgang bij de Grote "
               "Markt is verbreed naar 3,50 m.\n"
               "Tijdelijke bouwwerken: de tribune (400 pers.) voldoet op basis van de constructieberekening van Bureau Stabiel "
               "(rapport 26-0419). Een keuringsrapport wordt vóór opening overgelegd."),
         ("h2", "3. Voorschriften"),
         ("table", [["Nr.", "Voorschrift"],
                    ["B1", "Per podium twee brandblussers (6 kg ABC) en een blusdeken bij elk bakkraam met frituur."],
                    ["B2", "Aggregaten op minimaal 5 m van publieksruimte, met lekbak; brandstofopslag max. 200 liter."],
                    ["B3", "Vluchtwegaanduiding en noodverlichting bij de tribune en in de overkappingen."],
                    ["B4", "Schouw op vrijdag 3 juli om 13.00 uur met de brandweer; bij afwijkingen geen opening."],
                    ["G1", "EHBO: 10 hulpverleners met diploma Eerste Hulp en 2 verpleegkundigen (Rode Kruis), post bij de Belvédère."],
                    ["G2", "Hitteplan activeren vanaf 27 °C (KNMI-verwachting); gratis watertappunten."]], [0.08, 0.92]),
         ("h2", "4. Contact"),
         ("p", "Tijdens het evenement is de officier van dienst Brandweer bereikbaar via de meldkamer (Meldkamer Oost-Nederland). "
               "Vragen over dit advies: ing. T.J. Verhoef, t.verhoef@vrgz.nl, 06-22 81 40 77."),
         ("p", "Met de GHOR is afgestemd door L. Bakker-Oomen (adviseur GHOR). Het GHOR-advies volgt separaat per e-mail."),
         ]
    g.r("PERSON", "Thijs Verhoef", "T.J. Verhoef")
    g.r("EMAIL", "t.verhoef@vrgz.nl")
    g.r("PHONE", "06-22 81 40 77")
    g.r("PERSON", "F. Lambrechts-Wouters")
    g.r("PERSON", "L. Bakker-Oomen")
    g.k("ORG", "Veiligheidsregio Gelderland-Zuid", "Brandweer Gelderland-Zuid", "VRGZ", "GHOR", "Rode Kruis", "Meldkamer Oost-Nederland", "Bureau Stabiel", "KNMI")
    g.k("ADDRESS_ORG", "Postbus 1119, 6501 BC Nijmegen")
    g.k("PHONE_GEN", "088 - 355 0000")
    g.k("EMAIL_FUNC", "evenementen@vrgz.nl")
    g.k("CASE", Z_FEST, "VR-EV-26-0233", "26-0419")
    g.k("LAW", "Besluit brandveilig gebruik en basishulpverlening overige plaatsen", "Bgbop", "Leidraad Evenementen VRGZ 2024")
    g.k("PLACE", "Waalkade", "Lage Markt", "Weurtseweg", "Waalbrug", "Belvédère")
    g.k("JOB", "adviseur evenementenveiligheid", "senior adviseur risicobeheersing", "officier van dienst", "adviseur GHOR")
    g.k("EVENT", "Waalzinnig Festival 2026")
    return b, g


# ================================================================== nk06 GHOR advice e-mail (English Outlook headers)
@doc("nk06", font="Carlito", size=10)
def nk06():
    g = Gold()
    b = [("h2", "FW: GHOR-advies Waalzinnig Festival 2026"),
         ("kv", [["From:", "Bakker-Oomen, Lisanne <l.bakker-oomen@vrgz.nl>"], ["Sent:", "Tuesday, March 10, 2026 8:52 AM"],
                 ["To:", "Evenementen Nijmegen <evenementen@nijmegen.nl>"], ["Cc:", "Verhoef, Thijs <t.verhoef@vrgz.nl>; ghor@vrgz.nl"],
                 ["Subject:", "GHOR-advies Waalzinnig Festival 2026 (" + Z_FEST + ")"],
                 ["Attachments:", "GHOR-advies_Waalzinnig_2026.pdf; Medisch_plan_RodeKruis.pdf"]], [0.15, 0.85]),
         ("p", "Beste collega's van het Team Evenementen,"),
         ("p", "Hierbij het advies van de GHOR Gelderland-Zuid. Samengevat: positief, met de voorwaarden uit het advies van "
               "de VRGZ (G1 en G2) en de volgende aanvullingen:"),
         ("p", "- De organisator meldt het evenement aan bij de Regionale Ambulancevoorziening Gelderland-Zuid en de "
               "Meldkamer Ambulancezorg; de contactgegevens van de medisch coördinator staan in het medisch plan.\n"
               "- De ziekenhuizen in de regio (Radboudumc, Canisius Wilhelmina Ziekenhuis en Maasziekenhuis Pantein) worden "
               "vooraf geïnformeerd in verband met de overlap met de Vierdaagse-week.\n"
               "- Drugsvoorlichting door Unity (Jellinek) en het Trimbos-instituut materiaal 'Festival Fit' bij de ingang."),
         ("p", "Het medisch plan van het Rode Kruis noemt als medisch coördinator de heer W. Terlouw (arts, BIG-registratie "
               "79083145601). Kunnen jullie de organisator vragen om ook een vervanger te noemen?"),
         ("p", "Met vriendelijke groet,\n\nLisanne Bakker-Oomen\nAdviseur GHOR | GHOR Gelderland-Zuid\nT 088 - 355 0000 | M 06-12 70 39 84\n"
               "Werkdagen: di, wo, vr"),
         ("small", "________________________________"),
         ("kv", [["Van:", "Evenementen Nijmegen <evenementen@nijmegen.nl>"], ["Verzonden:", "woensdag 4 maart 2026 10:20"],
                 ["Aan:", "ghor@vrgz.nl"], ["Onderwerp:", "Adviesaanvraag Waalzinnig Festival 2026"]], [0.15, 0.85]),
         ("p", "Goedemorgen,\n\nGraag ontvangen wij uw advies over bijgaande aanvraag voor het Waalzinnig Festival 2026 "
               "vóór 13 maart 2026.\n\nMet vriendelijke groet,\nTeam Evenementen, namens D. Vermeulen-Akkermans\n"
               "Gemeente Nijmegen | 14 024"),
         ("small", "Dit bericht kan vertrouwelijke informatie bevatten. This e-mail may contain confidential information. "
                   "If you are not the intended recipient, please notify the sender and delete this message."),
         ]
    g.r("PERSON", "Lisanne Bakker-Oomen", "Bakker-Oomen, Lisanne", "Lisanne Bakker-Oomen")
    g.r("EMAIL", "l.bakker-oomen@vrgz.nl")
    g.r("PERSON", "Thijs Verhoef", "Verhoef, Thijs")
    g.r("EMAIL", "t.verhoef@vrgz.nl")
    g.r("PERSON", "W. Terlouw")
    g.r("ID", "BIG-registratie 79083145601", "79083145601")
    g.r("PHONE", "06-12 70 39 84")
    g.r("PERSON", "D. Vermeulen-Akkermans")
    std_keep(g)
    g.k("EMAIL_FUNC", "evenementen@nijmegen.nl", "ghor@vrgz.nl")
    g.k("ORG", "GHOR Gelderland-Zuid", "VRGZ", "Regionale Ambulancevoorziening Gelderland-Zuid", "Meldkamer Ambulancezorg",
        "Radboudumc", "Canisius Wilhelmina Ziekenhuis", "Maasziekenhuis Pantein", "Unity", "Jellinek", "Trimbos-instituut", "Rode Kruis", "Team Evenementen")
    g.k("PHONE_GEN", "088 - 355 0000", "14 024")
    g.k("CASE", Z_FEST)
    g.k("JOB", "Adviseur GHOR", "medisch coördinator")
    g.k("PRODUCT", "Festival Fit")
    g.k("FILE", "GHOR-advies_Waalzinnig_2026.pdf")
    g.k("TERM", "confidential information")
    return b, g


# ================================================================== nk07 Bibob-vragenlijst (reportlab LibSerif + AcroForm fields)
def _nk07_fields(c, d):
    if c.getPageNumber() != 2:
        return
    c.setFont("Helvetica", 8)
    c.drawString(57, 120, "Digitaal aangevuld (e-loket): telefoon overdag / e-mail partner / bankrekening privé")
    af = c.acroForm
    af.textfield(name="tel_overdag", value="06-30 44 81 27", x=57, y=92, width=150, height=18, fontSize=9,
                 tooltip="Telefoon overdag")
    af.textfield(name="email_partner", value="wilma.hermsen@kpnmail.nl", x=215, y=92, width=180, height=18, fontSize=9,
                 tooltip="E-mail partner")
    af.textfield(name="iban_prive", value=IBAN_HERMSEN, x=400, y=92, width=140, height=18, fontSize=9,
                 tooltip="Bankrekening privé")


@doc("nk07", font="LibSerif", size=9.5, on_page=_nk07_fields, meta={"title": "Bibob-vragenlijst natuurlijke personen"})
def nk07():
    g = Gold()
    b = [("lh", "Gemeente Nijmegen", "Vragenlijst Wet Bibob - evenementenvergunning / exploitatie kermisattracties | vertrouwelijk"),
         ("kv", [["Dossiernummer Bibob", Z_BIB], ["Gerelateerde zaak", Z_KERM + " (Koningskermis Wedren 2026)"],
                 ["Aanvrager (rechtspersoon)", "Kermisexploitatie Gelderse Poort B.V., KvK 09176543"],
                 ["Ontvangen", "2 februari 2026"]], [0.3, 0.7]),
         ("h2", "Deel A. Gegevens bestuurder / eigenaar (natuurlijk persoon)"),
         ("kv", [["Achternaam en voornamen", "HERMSEN, Gerardus Johannes Maria (roepnaam Gerrit)"],
                 ["Geboortedatum en -plaats", "02-08-1968 te Druten"], ["Nationaliteit", "Nederlandse"],
                 ["Burgerservicenummer", BSN_HERMSEN], ["Woonadres", "Rijksweg 142, 6581 EK Malden"],
                 ["Functie", "directeur-grootaandeelhouder (80% van de aandelen)"]], [0.3, 0.7]),
         ("h2", "Deel B. Echtgenote / geregistreerd partner"),
         ("kv", [["Naam", "Wilhelmina (Wilma) Hermsen-Peters"], ["Geboortedatum", "19-11-1970"],
                 ["Burgerservicenummer", BSN_WILMA], ["Woonadres", "zelfde als deel A"],
                 ["Rol in de onderneming", "aandeelhouder 20%, verzorgt de administratie"]], [0.3, 0.7]),
         ("h2", "Deel C. Zeggenschap en financiering"),
         ("table", [["Vraag", "Antwoord aanvrager"],
                    ["C1 Wie zijn de uiteindelijk belanghebbenden (UBO)?", "G.J.M. Hermsen (80%) en W. Hermsen-Peters (20%)."],
                    ["C2 Hoe zijn de attracties gefinancierd?", "Lening Rabobank (2019, € 640.000) en lening van zwager "
                     "A. Peters, Beuningen (€ 85.000, onderhandse akte in bijlage 4)."],
                    ["C3 Zijn er de afgelopen 5 jaar belastingschulden geweest?", "Betalingsregeling Belastingdienst 2021, afgelost in 2023."],
                    ["C4 Is een van de betrokkenen in de afgelopen 5 jaar veroordeeld of verdacht van een strafbaar feit?",
                     "Ja: G.J.M. Hermsen, transactie OM 2022 wegens overtreding Wet wapens en munitie (boksbeugel in bedrijfsauto)."],
                    ["C5 Bankrekening onderneming", "NL91 RABO 0315 2204 47 (zakelijk)"]], [0.42, 0.58]),
         ("pb",),
         ("h2", "Deel D. Attracties en personeel"),
         ("table", [["Attractie", "Type", "Keuringsinstantie / certificaat"],
                    ["Booster Maxx", "hoogteattractie", "KIWA Register, certificaat K-26-10433"],
                    ["Break Dance No. 2", "draaimolen", "TÜV Nederland, T-2026-5528"],
                    ["Spookhuis Het Gekkenhuis", "darkride", "KIWA Register, K-26-10471"],
                    ["Oliebollenkraam De Gouden Bol", "horeca", "n.v.t. (HACCP-verklaring)"]], [0.35, 0.2, 0.45]),
         ("p", "Bedrijfsleider ter plaatse: Bart Hermsen (zoon), mobiel 06-21 09 63 58."),
         ("h2", "Deel E. Verklaring"),
         ("p", "Ondergetekende verklaart de vragenlijst naar waarheid te hebben ingevuld en is ermee bekend dat de gemeente "
               "op grond van artikel 7 en 9 Wet Bibob advies kan vragen aan het Landelijk Bureau Bibob (Justis) en "
               "informatie kan inwinnen bij de Belastingdienst, de politie en het Openbaar Ministerie."),
         ("p", "Plaats en datum: Malden, 30 januari 2026"),
         ("img", squiggle_png(707), 40),
         ("p", "G.J.M. Hermsen"),
         ]
    g.r("PERSON", "Gerardus Johannes Maria (Gerrit) Hermsen", "HERMSEN", "Gerardus Johannes Maria", "Gerrit", "G.J.M. Hermsen", "Hermsen")
    g.r("DATE_OF_BIRTH", "02-08-1968")
    g.r("BSN", BSN_HERMSEN)
    g.r("ADDRESS", "Rijksweg 142, 6581 EK Malden", "Rijksweg 142", "6581 EK")
    g.r("PERSON", "Wilhelmina (Wilma) Hermsen-Peters", "Wilhelmina (Wilma) Hermsen-Peters", "W. Hermsen-Peters")
    g.r("DATE_OF_BIRTH", "19-11-1970")
    g.r("BSN", BSN_WILMA)
    g.r("PERSON", "A. Peters")
    g.r("CRIMINAL", "transactie OM 2022 wegens overtreding Wet wapens en munitie", "transactie OM 2022", "boksbeugel in bedrijfsauto")
    g.r("PERSON", "Bart Hermsen")
    g.r("PHONE", "06-21 09 63 58")
    g.r("PHONE", "06-30 44 81 27", channel="annotations")
    g.r("EMAIL", "wilma.hermsen@kpnmail.nl", channel="annotations")
    g.r("IBAN", IBAN_HERMSEN, channel="annotations")
    std_keep(g)
    g.k("CASE", Z_BIB, Z_KERM)
    g.k("ORG", "Kermisexploitatie Gelderse Poort B.V.", "Rabobank", "Belastingdienst", "Landelijk Bureau Bibob", "Justis",
        "Openbaar Ministerie", "KIWA Register", "TÜV Nederland")
    g.k("ID", "09176543", "K-26-10433", "T-2026-5528", "NL91 RABO 0315 2204 47")
    g.k("EVENT", "Koningskermis Wedren 2026")
    g.k("PRODUCT", "Booster Maxx", "Break Dance No. 2", "Spookhuis Het Gekkenhuis", "Oliebollenkraam De Gouden Bol")
    g.k("LAW", "Wet Bibob", "artikel 7 en 9 Wet Bibob")
    g.k("PLACE", "Druten", "Beuningen")
    g.k("JOB", "directeur-grootaandeelhouder", "Bedrijfsleider")
    g.k("DATE", "2 februari 2026")
    return b, g


# ================================================================== nk08 Bibob-advies intern (memo, Helvetica)
@doc("nk08", font="Helvetica", size=9.5, hidden={"author": "Y. Demirel"})
def nk08():
    g = Gold()
    b = [("h1", "Interne notitie - Bibob-toets Koningskermis Wedren 2026"),
         ("kv", [["Aan", "burgemeester H.M.F. Bruls (portefeuille Openbare orde en veiligheid)"],
                 ["Via", "I. van 't Hek, teamleider Vergunningen"], ["Van", "Y. Demirel, Bibob-coördinator (YD)"],
                 ["Datum", "16 februari 2026"], ["Kenmerk", Z_BIB + " / " + Z_KERM], ["Rubricering", "Vertrouwelijk - Wet Bibob"]], [0.2, 0.8]),
         ("h2", "Aanleiding"),
         ("p", "Kermisexploitatie Gelderse Poort B.V. vraagt een vergunning voor de Koningskermis op de Wedren (24 april - 3 mei "
               "2026), inclusief de exploitatie van een horecatent met alcohol. Conform de Beleidslijn Bibob Nijmegen 2022 is een "
               "eigen onderzoek uitgevoerd op de ingevulde vragenlijst (ontvangen 2 februari 2026)."),
         ("h2", "Bevindingen"),
         ("p", "1. De heer Hermsen (DGA) heeft in 2022 een transactie met het OM getroffen wegens overtreding van de Wet wapens en "
               "munitie. Dit feit is door hem zelf gemeld (vraag C4). Het gaat om een enkel feit zonder relatie met de "
               "exploitatie.\n"
               "2. De financiering via een onderhandse lening van de zwager (A. Peters) is met bankafschriften onderbouwd.\n"
               "3. Het Informatiebureau Bibob/RIEC Oost-Nederland heeft geen aanvullende signalen.\n"
               "4. Navraag bij de gemeente Arnhem (kermis Sonsbeek 2025) leverde geen bijzonderheden op."),
         ("h2", "Advies"),
         ("p", "Geen ernstig gevaar in de zin van artikel 3 Wet Bibob; de vergunning kan zonder Bibob-voorschriften worden "
               "verleend. Een advies van het Landelijk Bureau Bibob is niet nodig."),
         ("h2", "Paraaf"),
         ("table", [["Naam", "Functie", "Paraaf", "Datum"],
                    ["Y. Demirel", "Bibob-coördinator", "YD", "16-02-2026"],
                    ["I. van 't Hek", "teamleider Vergunningen", "IvtH", "17-02-2026"],
                    ["R. de Graaff", "juridisch adviseur", "RdG", "17-02-2026"]], [0.3, 0.35, 0.15, 0.2]),
         ("p", "Vragen: Y. Demirel, direct 024 329 87 61, y.demirel@nijmegen.nl of via bibob@nijmegen.nl."),
         ]
    g.r("PERSON", "Yusuf Demirel", "Y. Demirel", "YD")
    g.r("PERSON", "Ingrid van 't Hek", "I. van 't Hek", "IvtH")
    g.r("PERSON", "Ruud de Graaff", "R. de Graaff", "RdG")
    g.r("PERSON", "Gerrit Hermsen", "Hermsen")
    g.r("CRIMINAL", "transactie met het OM wegens overtreding Wet wapens en munitie", "transactie met het OM getroffen")
    g.r("PERSON", "A. Peters")
    g.r("PHONE", "024 329 87 61")
    g.r("EMAIL", "y.demirel@nijmegen.nl")
    g.k("PERSON_PUBLIC", "burgemeester H.M.F. Bruls")
    g.k("CASE", Z_BIB, Z_KERM)
    g.k("ORG", "Kermisexploitatie Gelderse Poort B.V.", "Informatiebureau Bibob", "RIEC Oost-Nederland", "Landelijk Bureau Bibob", "gemeente Arnhem")
    g.k("LAW", "Beleidslijn Bibob Nijmegen 2022", "artikel 3 Wet Bibob")
    g.k("EMAIL_FUNC", "bibob@nijmegen.nl")
    g.k("PLACE", "Wedren", "Sonsbeek")
    g.k("JOB", "teamleider Vergunningen", "Bibob-coördinator", "juridisch adviseur")
    g.k("EVENT", "Koningskermis")
    g.k("DATE", "16 februari 2026")
    return b, g


# ================================================================== nk09 complaint e-mail (Liberation Serif)
@doc("nk09", font="LibSerif", size=10.5)
def nk09():
    g = Gold()
    b = [("kv", [["Van:", "Anneke Roelofsen <ann.roelofsen@ziggo.nl>"], ["Verzonden:", "dinsdag 28 april 2026 07:41"],
                 ["Aan:", "info@nijmegen.nl"], ["Onderwerp:", "Klacht kermis Wedren en Koningsdag - geluid en wildplassen"]], [0.15, 0.85]),
         ("p", "Geacht college,"),
         ("p", "Ik woon sinds 31 jaar aan de Lage Markt 27-B (6511 VK Nijmegen) en ik wil een klacht indienen over de "
               "afgelopen dagen. Tijdens Koningsdag stond er tot 01.30 uur harde muziek bij de Waalkade, en de kermis op de "
               "Wedren draait elke avond tot na middernacht met bastonen die je tot in de slaapkamer voelt."),
         ("p", "Mijn man is hartpatiënt (na een hartinfarct in januari) en slaapt al drie nachten slecht. De huisarts "
               "heeft hem rust voorgeschreven. Ook werd er in onze portiek geplast en lag er 's ochtends glas voor de deur."),
         ("p", "Ik heb zondag om 23.50 uur gebeld met het algemene nummer 14 024 en werd doorverwezen naar de politie "
               "(0900-8844). Daar kreeg ik te horen dat er 'een vergunning is'. Ik wil graag weten tot hoe laat de kermis "
               "geluid mag maken en wie er handhaaft. Meneer Van der Lugt van de overkant heeft ook geklaagd, zegt hij."),
         ("p", "U kunt mij bereiken op 024-322 18 74 (vaste lijn) of 06-47 12 55 09.\n\nMet vriendelijke groet,\n"
               "A.M. Roelofsen-van Eck\nLage Markt 27-B\n6511 VK Nijmegen"),
         ("small", "-- Registratie KCC: klacht geregistreerd door S. Hoekstra (KCC) op 28-04-2026 onder KL-2026-00871, "
                   "doorgezet naar Team Evenementen (evenementen@nijmegen.nl) en Toezicht & Handhaving."),
         ]
    g.r("PERSON", "A.M. (Anneke) Roelofsen-van Eck", "Anneke Roelofsen", "A.M. Roelofsen-van Eck")
    g.r("EMAIL", "ann.roelofsen@ziggo.nl")
    g.r("ADDRESS", "Lage Markt 27-B, 6511 VK Nijmegen", "Lage Markt 27-B", "6511 VK")
    g.r("HEALTH", "hartpatiënt (na een hartinfarct in januari)", "hartpatiënt", "hartinfarct")
    g.r("PHONE", "024-322 18 74")
    g.r("PHONE", "06-47 12 55 09")
    g.r("PERSON", "Van der Lugt")
    g.r("PERSON", "S. Hoekstra")
    g.k("EMAIL_FUNC", "info@nijmegen.nl", "evenementen@nijmegen.nl")
    g.k("PHONE_GEN", "14 024", "0900-8844")
    g.k("PLACE", "Waalkade", "Wedren")
    g.k("EVENT", "Koningsdag")
    g.k("ORG", "Team Evenementen", "Toezicht & Handhaving", "KCC")
    g.k("CASE", "KL-2026-00871")
    return b, g


# ================================================================== nk10 handwritten complaint letter (scan)
@doc("nk10", prod="scan", font="Hand", size=19, seed=1010)
def nk10():
    g = Gold()
    b = [("typed", "GEMEENTE NIJMEGEN - POSTREGISTRATIE\nOntvangen: 30-04-2026   Registratienr: KL-2026-00902\n"
                    "Afzender: P. van der Lugt, Ubbergseweg 14, 6522 KA Nijmegen\nTel. afzender: 024-323 90 16\n"
                    "Doorgestuurd aan: Team Evenementen / " + Z_KERM),
         ("right", "P. van der Lugt\nUbbergseweg 14\n6522 KA Nijmegen\n29 april 2026"),
         ("sp", 3),
         ("p", "Aan de burgemeester van Nijmegen"),
         ("p", "Geachte burgemeester,"),
         ("p", "Ik klaag over de kermis op de Wedren. Elke avond tot 00.30 harde muziek van de Booster. "
               "Ik ben 78 jaar en heb Parkinson, ik kan niet meer slapen door het lawaai."),
         ("p", "Vorig jaar was het ook al zo. Niemand doet iets. Graag een reactie.\nMijn telefoon is 024-323 90 16."),
         ("p", "Hoogachtend,"),
         ("p", "Piet van der Lugt"),
         ]
    g.r("PERSON", "P. (Piet) van der Lugt", "Lugt", ocr=True)
    g.r("ADDRESS", "Ubbergseweg 14, 6522 KA Nijmegen", "Ubbergseweg 14", "6522 KA", ocr=True)
    g.r("HEALTH", "Parkinson", "Parkinson", ocr=True)
    g.r("PHONE", "024-323 90 16", "323 90 16", ocr=True)
    return b, g


# ================================================================== nk11 complaints overview (docx landscape)
@doc("nk11", prod="docx", font="Liberation Sans", size=9, land=True, meta={"title": "Klachtenoverzicht Koningsdag en kermis 2026"})
def nk11():
    g = Gold()
    b = [("h1", "Overzicht meldingen en klachten Koningsdag en Koningskermis 2026"),
         ("p", "Bron: KCC-registratie, MOR-app (Meldingen Openbare Ruimte) en e-mail. Peildatum 6 mei 2026. Zaak " + Z_KERM + ". "
               "Intern document Team Evenementen; bevat persoonsgegevens van melders."),
         ("table", [["Nr.", "Datum", "Melder", "Adres melder", "Telefoon", "Locatie overlast", "Aard", "Afhandeling"],
                    ["KL-2026-00871", "28-04", "A.M. Roelofsen-van Eck", "Lage Markt 27-B", "06-47 12 55 09", "Wedren / Waalkade", "geluid, wildplassen", "brief MtB 12-05"],
                    ["KL-2026-00874", "28-04", "fam. Tahiri", "Van Welderenstraat 118-2", "06-19 84 30 72", "Wedren", "geluid na 24.00 u", "gebeld DVA"],
                    ["KL-2026-00880", "29-04", "S. Koç", "Hertogstraat 53", "06-33 08 21 65", "Hertogstraat", "bezoekers kermis, afval", "doorgezet BOA"],
                    ["KL-2026-00902", "30-04", "P. van der Lugt", "Ubbergseweg 14", "024-323 90 16", "Wedren", "geluid (Booster)", "brief MtB 12-05"],
                    ["KL-2026-00911", "30-04", "anoniem", "-", "-", "Kelfkensbos", "fietsen op stoep", "MOR: Openbare Ruimte"],
                    ["KL-2026-00915", "01-05", "J. Abdelkader", "Berg en Dalseweg 64", "06-58 27 11 40", "Wedren", "parkeren stoep", "handhaving BO"],
                    ["KL-2026-00926", "02-05", "mr. drs. C.H. de Bruijn-Verstappen", "Sint Annastraat 9", "024-360 47 92", "Wedren", "geluid, trillingen", "gebeld DVA"],
                    ["KL-2026-00931", "03-05", "Café De Plak (bedrijf)", "Bloemerstraat 90", "024 322 57 26", "Hertogstraat", "afzetting blokkeert terras", "overleg MtB"]],
          [0.09, 0.05, 0.15, 0.14, 0.1, 0.12, 0.15, 0.12]),
         ("p", "Paraafcodes in kolom Afhandeling: MtB = Marloes ten Brinke (vergunningverlening), DVA = Dennis Vermeulen-Akkermans "
               "(coördinatie), BO = Bas Oudenhoven (BOA Toezicht & Handhaving)."),
         ("p", "Opmerking: mevrouw Koç gaf telefonisch aan dat haar dochter epilepsie heeft en dat de lichtshow van de Booster "
               "bij haar een aanval uitlokte op 29 april. Zij vraagt of de stroboscoop kan worden gericht op de Wedren zelf. "
               "Doorgegeven aan de exploitant (Kermisexploitatie Gelderse Poort B.V.)."),
         ]
    for name, probes in [("A.M. Roelofsen-van Eck", ["A.M. Roelofsen-van Eck"]), ("fam. Tahiri", ["Tahiri"]),
                         ("S. Koç", ["S. Koç", "Koç"]), ("P. van der Lugt", ["P. van der Lugt"]), ("J. Abdelkader", ["J. Abdelkader"]),
                         ("C.H. de Bruijn-Verstappen", ["de Bruijn-Verstappen"])]:
        g.r("PERSON", name, *probes)
    for adr in ["Lage Markt 27-B", "Van Welderenstraat 118-2", "Hertogstraat 53", "Ubbergseweg 14", "Berg en Dalseweg 64", "Sint Annastraat 9"]:
        g.r("ADDRESS", adr)
    for ph in ["06-47 12 55 09", "06-19 84 30 72", "06-33 08 21 65", "024-323 90 16", "06-58 27 11 40", "024-360 47 92"]:
        g.r("PHONE", ph)
    g.r("PERSON", "Marloes ten Brinke", "MtB", "Marloes ten Brinke")
    g.r("PERSON", "Dennis Vermeulen-Akkermans", "DVA", "Dennis Vermeulen-Akkermans")
    g.r("PERSON", "Bas Oudenhoven", "BO", "Bas Oudenhoven")
    g.r("HEALTH", "dochter heeft epilepsie; aanval 29 april", "epilepsie", "een aanval uitlokte")
    g.k("CASE", Z_KERM, "KL-2026-00871", "KL-2026-00911", "KL-2026-00931")
    g.k("ORG", "Café De Plak", "Kermisexploitatie Gelderse Poort B.V.", "Team Evenementen", "Openbare Ruimte", "Toezicht & Handhaving")
    g.k("PHONE_GEN", "024 322 57 26")
    g.k("ADDRESS_ORG", "Bloemerstraat 90")
    g.k("PLACE", "Wedren", "Kelfkensbos", "Waalkade")
    g.k("PRODUCT", "MOR-app", "Booster")
    g.k("EVENT", "Koningsdag", "Koningskermis 2026")
    return b, g


# ================================================================== nk12 reply letter to complainant (Times)
@doc("nk12", font="Times", size=11)
def nk12():
    g = Gold()
    b = [("lh", "Gemeente Nijmegen", GEM_ADR),
         ("p", "Mevrouw A.M. Roelofsen-van Eck\nLage Markt 27-B\n6511 VK  Nijmegen"),
         ("kv", [["Datum", "12 mei 2026"], ["Ons kenmerk", "KL-2026-00871 / " + Z_KERM], ["Contactpersoon", "M. ten Brinke"],
                 ["Onderwerp", "Uw klacht over Koningsdag en de Koningskermis"]], [0.22, 0.78]),
         ("p", "Geachte mevrouw Roelofsen,"),
         ("p", "Op 28 april 2026 ontvingen wij uw e-mail over geluidsoverlast en wildplassen tijdens Koningsdag en de "
               "Koningskermis op de Wedren. Het spijt ons dat u en uw echtgenoot overlast hebben ervaren."),
         ("p", "De burgemeester heeft voor de kermis een evenementenvergunning verleend op grond van artikel 2:25 van de "
               "Algemene Plaatselijke Verordening Nijmegen. Daarin staat dat muziek op de attracties tot 23.00 uur is "
               "toegestaan (vrijdag en zaterdag tot 24.00 uur) met een maximum van 85 dB(C) op de gevel van de dichtstbijzijnde "
               "woning. Onze handhavers hebben op 29 en 30 april gemeten; op 30 april is een overschrijding vastgesteld "
               "en de exploitant heeft een waarschuwing gekregen."),
         ("p", "Het wildplassen in de portieken aan de Lage Markt nemen wij mee in de evaluatie. Voor de komende editie onderzoeken "
               "wij extra urinoirs bij de Waalkade en een afsluitbaar hek voor de portieken."),
         ("p", "Bent u het niet eens met de afhandeling, dan kunt u zich wenden tot de Nationale ombudsman, "
               "Postbus 93122, 2509 AC Den Haag."),
         ("p", "Met vriendelijke groet,\nnamens de burgemeester van Nijmegen,"),
         ("img", squiggle_png(1212), 40),
         ("p", "Marloes ten Brinke\nvergunningverlener evenementen"),
         ]
    g.r("PERSON", "A.M. Roelofsen-van Eck", "A.M. Roelofsen-van Eck", "Roelofsen")
    g.r("ADDRESS", "Lage Markt 27-B, 6511 VK Nijmegen", "Lage Markt 27-B", "6511 VK")
    g.r("PERSON", "Marloes ten Brinke", "M. ten Brinke", "Marloes ten Brinke")
    std_keep(g)
    g.k("CASE", "KL-2026-00871", Z_KERM)
    g.k("LAW", "artikel 2:25 van de Algemene Plaatselijke Verordening Nijmegen")
    g.k("ORG", "Nationale ombudsman")
    g.k("ADDRESS_ORG", "Postbus 93122, 2509 AC Den Haag", "Korte Burchtstraat 20")
    g.k("PLACE", "Wedren", "Waalkade")
    g.k("EVENT", "Koningskermis", "Koningsdag")
    g.k("JOB", "vergunningverlener evenementen")
    g.k("DATE", "12 mei 2026")
    return b, g


# ================================================================== nk13 besluit burgemeester festival (Times, 2 pages)
@doc("nk13", font="Times", size=10.5, meta={"title": "Besluit evenementenvergunning Waalzinnig Festival 2026"})
def nk13():
    g = Gold()
    b = [("lh", "Gemeente Nijmegen", GEM_ADR),
         ("p", "Stichting Waalzinnig Festival\nt.a.v. het bestuur\nPostbus 1140\n6501 BC  Nijmegen"),
         ("kv", [["Datum", "9 juni 2026"], ["Zaaknummer", Z_FEST], ["Behandeld door", "Team Evenementen, tel. 14 024"],
                 ["Onderwerp", "Besluit op uw aanvraag evenementenvergunning Waalzinnig Festival 2026"]], [0.22, 0.78]),
         ("h2", "BESLUIT"),
         ("p", "De burgemeester van Nijmegen,\n\ngelet op artikel 174 van de Gemeentewet, artikel 2:25 van de APV Nijmegen, "
               "artikel 35 van de Alcoholwet en de Wet Bibob, en gezien de adviezen van de politie Oost-Nederland (3 maart 2026), "
               "de Veiligheidsregio Gelderland-Zuid (5 maart 2026) en de GHOR (10 maart 2026),"),
         ("p", "**besluit:**\n1. aan Stichting Waalzinnig Festival een evenementenvergunning te verlenen voor het Waalzinnig Festival "
               "2026 op 3, 4 en 5 juli 2026 op de Waalkade en in het Valkhofpark, onder de voorschriften in de bijlage;\n"
               "2. de maximale gelijktijdige bezoekerscapaciteit vast te stellen op 9.500 personen;\n"
               "3. ontheffing te verlenen van de geluidsvoorschriften tot 23.30 uur."),
         ("h2", "Overwegingen"),
         ("p", "Het festival past binnen het Evenementenbeleid Nijmegen 2023 en de Evenementenkalender 2026. De adviezen van de "
               "hulpdiensten zijn overgenomen. Uit de Bibob-toets is geen ernstig gevaar gebleken. Over de horeca-exploitant "
               "van bar 3 is de politie-informatie betrokken; hij heeft een ontheffing op eigen naam aangevraagd (zie besluit "
               "van 2 juni 2026), zodat dit besluit daarop geen gevolgen heeft."),
         ("p", "De belangen van omwonenden zijn meegewogen. Er zijn tijdens de ter-inzagelegging drie zienswijzen ingediend, "
               "onder meer door de Bewonersvereniging Benedenstad en door twee bewoners van de Waalkade. Hun bezwaren over "
               "de eindtijd op zondag hebben geleid tot voorschrift 14 (eindtijd zondag 22.30 uur voor het Valkhofpodium)."),
         ("h2", "Bezwaar"),
         ("p", "Tegen dit besluit kunt u binnen zes weken na verzending bezwaar maken bij de burgemeester van Nijmegen, "
               "Postbus 9105, 6500 HG Nijmegen. U kunt ook een voorlopige voorziening vragen bij de voorzieningenrechter van "
               "de Rechtbank Gelderland."),
         ("p", "De burgemeester van Nijmegen,"),
         ("img", squiggle_png(1313), 48),
         ("p", "H.M.F. Bruls"),
         ("pb",),
         ("h2", "Bijlage - voorschriften (uittreksel)"),
         ("table", [["Nr.", "Voorschrift", "Toezicht"],
                    ["1", "De vergunninghouder is tijdens het evenement bereikbaar via het productiekantoor (024 820 44 10).", "Team Evenementen"],
                    ["5", "Minimaal 38 (vrijdag) en 46 (zaterdag, zondag) beveiligers, Wpbr-erkend bedrijf.", "Politie"],
                    ["8", "Brandveiligheidsvoorschriften B1-B4 uit het VRGZ-advies VR-EV-26-0233.", "Brandweer"],
                    ["9", "Medische voorschriften G1-G2 en het medisch plan van het Rode Kruis.", "GHOR"],
                    ["14", "Eindtijd zondag 5 juli 22.30 uur voor het Valkhofpodium, 23.30 uur voor het hoofdpodium.", "Toezicht & Handhaving"],
                    ["17", "Geluid max. 100 dB(A) / 113 dB(C) op de mengtafel; meting door Akoestiekbureau Peutz.", "Toezicht & Handhaving"],
                    ["21", "Het terrein is uiterlijk 6 juli 2026 18.00 uur schoon opgeleverd (Dar).", "Openbare Ruimte"]], [0.06, 0.72, 0.22]),
         ("p", "Dit besluit wordt gepubliceerd in het Gemeenteblad en op www.nijmegen.nl/evenementen."),
         ]
    std_keep(g)
    g.k("PERSON_PUBLIC", "H.M.F. Bruls")
    g.k("CASE", Z_FEST, "VR-EV-26-0233")
    g.k("LAW", "artikel 174 van de Gemeentewet", "artikel 35 van de Alcoholwet", "Wet Bibob", "Evenementenbeleid Nijmegen 2023", "Wpbr")
    g.k("ORG", "Stichting Waalzinnig Festival", "Veiligheidsregio Gelderland-Zuid", "GHOR", "Bewonersvereniging Benedenstad",
        "Rechtbank Gelderland", "Rode Kruis", "Akoestiekbureau Peutz", "Dar", "Team Evenementen")
    g.k("PHONE_GEN", "14 024", "024 820 44 10")
    g.k("PLACE", "Waalkade", "Valkhofpark")
    g.k("JOB", "De burgemeester van Nijmegen", "voorzieningenrechter")
    g.k("DATE", "9 juni 2026", "3, 4 en 5 juli 2026")
    g.k("EVENT", "Waalzinnig Festival 2026")
    g.k("WEB", "www.nijmegen.nl/evenementen")
    return b, g


# ================================================================== nk14 besluit Koningskermis (docx)
@doc("nk14", prod="docx", font="Liberation Serif", size=10.5, meta={"author": "Gemeente Nijmegen", "title": "Besluit Koningskermis 2026"})
def nk14():
    g = Gold()
    b = [("lh", "Gemeente Nijmegen", GEM_ADR),
         ("p", "Kermisexploitatie Gelderse Poort B.V.\nt.a.v. de directie\nPostbus 37\n6580 AA  Malden"),
         ("kv", [["Datum", "7 april 2026"], ["Zaaknummer", Z_KERM], ["Bibob-dossier", Z_BIB],
                 ["Onderwerp", "Evenementenvergunning Koningskermis Wedren en Koningsdag-programma 2026"]], [0.25, 0.75]),
         ("p", "Geachte directie,"),
         ("p", "De burgemeester van Nijmegen verleent u een evenementenvergunning voor de Koningskermis op de Wedren van "
               "vrijdag 24 april tot en met zondag 3 mei 2026, inclusief het vrijmarktprogramma op Koningsdag maandag 27 april "
               "2026 (06.00-18.00 uur) in samenwerking met Oranjecomité Nijmegen-Oost."),
         ("p", "**Openingstijden attracties:** ma-do 13.00-23.00 uur, vr-za 13.00-24.00 uur, zo 12.00-22.00 uur. Op "
               "Koningsdag opent de kermis om 10.00 uur.\n**Geluid:** maximaal 85 dB(C) op de gevel van de dichtstbijzijnde "
               "woning; elke attractie heeft een geluidsbegrenzer.\n**Veiligheid:** alle attracties hebben een geldig "
               "keuringscertificaat (Warenwetbesluit attractie- en speeltoestellen); kopieën vóór 20 april 2026 aan "
               "evenementen@nijmegen.nl.\n**Bibob:** uit het onderzoek (dossier " + Z_BIB + ") is geen ernstig gevaar gebleken."),
         ("p", "Aanspreekpunt namens u tijdens de kermis is uw bedrijfsleider; aanspreekpunt namens de gemeente is de "
               "coördinator evenementen (bereikbaar via 14 024). Bij calamiteiten: 112."),
         ("p", "Bezwaar: binnen zes weken na de datum van verzending, bij de burgemeester van Nijmegen."),
         ("p", "De burgemeester van Nijmegen,\nnamens deze,\n\n\nI. van 't Hek\nteamleider Vergunningen"),
         ("small", "Afschrift: politie Oost-Nederland, VRGZ, Oranjecomité Nijmegen-Oost, Toezicht & Handhaving (t.a.v. B. Oudenhoven)"),
         ]
    g.r("PERSON", "Ingrid van 't Hek", "I. van 't Hek")
    g.r("PERSON", "Bas Oudenhoven", "B. Oudenhoven")
    std_keep(g)
    g.k("CASE", Z_KERM, Z_BIB)
    g.k("ORG", "Kermisexploitatie Gelderse Poort B.V.", "Oranjecomité Nijmegen-Oost", "VRGZ", "Toezicht & Handhaving")
    g.k("ADDRESS_ORG", "Postbus 37")
    g.k("LAW", "Warenwetbesluit attractie- en speeltoestellen")
    g.k("EMAIL_FUNC", "evenementen@nijmegen.nl")
    g.k("PHONE_GEN", "14 024", "112")
    g.k("PLACE", "Wedren", "Malden")
    g.k("EVENT", "Koningskermis", "Koningsdag")
    g.k("JOB", "teamleider Vergunningen", "coördinator evenementen", "bedrijfsleider")
    g.k("DATE", "7 april 2026")
    return b, g


# ================================================================== nk15 beveiligingsplan + staff list (Carlito)
STAFF = [("M. Yıldız", "Mustafa Yıldız", "1984-05-17", "ND-3318842", "hoofd beveiliging"),
         ("S.A. Pinas", "Sharon Pinas", "1991-02-03", "ND-4120571", "teamleider ingang Lage Markt"),
         ("T. van Raaij", "Tom van Raaij", "1997-10-29", "ND-4477310", "teamleider Valkhof"),
         ("D. Kok", "Dewi Kok", "2001-06-11", "ND-5012288", "beveiliger (crowd management)"),
         ("L.M. Jansen-Ozturk", "Leyla Jansen-Ozturk", "1988-12-24", "ND-3890155", "beveiliger (fouillering dames)"),
         ("R. Bakkali", "Redouan Bakkali", "1995-07-08", "ND-4301967", "beveiliger"),
         ("K. Wijnen", "Kevin Wijnen", "1999-03-15", "ND-4823305", "beveiliger"),
         ("J.P. ter Horst", "Jan-Pieter ter Horst", "1976-09-30", "ND-2984411", "beveiliger / BHV"),
         ("N. Verbruggen", "Nadia Verbruggen", "2002-01-21", "ND-5177620", "beveiliger (stagiair MBO)"),
         ("B. de Vries", "Bram de Vries", "1993-11-02", "ND-4210096", "beveiliger"),
         ]


@doc("nk15", font="Carlito", size=10, meta={"title": "Beveiligingsplan Waalzinnig 2026", "author": "Gelre Event Security B.V."})
def nk15():
    g = Gold()
    rows = [["Naam", "Geboortedatum", "Pasnummer (Justis)", "Functie / post"]]
    for s in STAFF:
        rows.append([s[0], s[2], s[3], s[4]])
    b = [("lh", "Gelre Event Security B.V.", "Wpbr-vergunning ND 6512 | KvK 71833902 | Industrieweg 12, Wijchen | planning@gelre-eventsecurity.nl | 024 642 70 00", "#0c5d3a"),
         ("h1", "Beveiligingsplan Waalzinnig Festival 2026 (versie 2, 14 mei 2026)"),
         ("p", "Opdrachtgever: Stichting Waalzinnig Festival. Dit plan hoort bij de vergunningaanvraag " + Z_FEST + " en is "
               "afgestemd met de politie (operationeel specialist evenementen) en de veiligheidscoördinator van de organisatie."),
         ("h2", "1. Inzet"),
         ("table", [["Dag", "Beveiligers", "Crowd managers", "Verkeersregelaars", "Hoofd beveiliging"],
                    ["vr 3 juli", "38", "4", "6", "M. Yıldız"], ["za 4 juli", "46", "4", "8", "M. Yıldız"],
                    ["zo 5 juli", "46", "4", "8", "S.A. Pinas"]], [0.18, 0.18, 0.18, 0.2, 0.26]),
         ("p", "Communicatie via portofoons (kanaal 1 beveiliging, kanaal 2 productie, kanaal 3 EHBO). Het hoofd beveiliging "
               "zit in de commandopost in het Mariënburg-paviljoen. Mobiel hoofd beveiliging: 06-53 90 17 42."),
         ("h2", "2. Fouillering en toegang"),
         ("p", "Visitatie aan de ingangen Lage Markt en Veerpoorttrap; fouillering door beveiligers van hetzelfde geslacht. "
               "Verboden: glas, eigen drank, wapens, drugs, spuitbussen. Inbeslaggenomen verboden middelen gaan in een "
               "amnestiebox en worden aan de politie overgedragen."),
         ("pb",),
         ("h2", "Bijlage A - Personeelslijst (vertrouwelijk, alleen voor politie en gemeente)"),
         ("table", rows, [0.25, 0.17, 0.2, 0.38]),
         ("p", "Alle medewerkers hebben een geldig legitimatiebewijs beveiliger (Justis) en zijn vooraf gescreend. "
               "De lijst met reserves (12 personen) is op te vragen bij de planning."),
         ("p", "Opgesteld: M. Yıldız, hoofd beveiliging. Gecontroleerd: R.W. Hendriksen, operationeel directeur."),
         ]
    for s in STAFF:
        g.r("PERSON", s[1], s[0])
        g.r("DATE_OF_BIRTH", s[2])
        g.r("ID", s[3])
    g.r("PHONE", "06-53 90 17 42")
    g.r("PERSON", "R.W. Hendriksen")
    g.k("ORG", "Gelre Event Security B.V.", "Stichting Waalzinnig Festival", "Justis")
    g.k("ID", "ND 6512", "71833902")
    g.k("ADDRESS_ORG", "Industrieweg 12, Wijchen")
    g.k("EMAIL_FUNC", "planning@gelre-eventsecurity.nl")
    g.k("PHONE_GEN", "024 642 70 00")
    g.k("CASE", Z_FEST)
    g.k("PLACE", "Mariënburg-paviljoen", "Lage Markt", "Veerpoorttrap")
    g.k("JOB", "hoofd beveiliging", "operationeel directeur", "Crowd managers", "Verkeersregelaars", "operationeel specialist evenementen")
    g.k("EVENT", "Waalzinnig Festival 2026")
    g.k("TERM", "legitimatiebewijs beveiliger", "amnestiebox")
    return b, g


# ================================================================== nk16 draaiboek Koningsdag (docx landscape)
@doc("nk16", prod="docx", font="Carlito", size=9.5, land=True, meta={"author": "Team Evenementen", "title": "Draaiboek Koningsdag 2026"})
def nk16():
    g = Gold()
    b = [("h1", "Draaiboek Koningsdag 2026 en Koningskermis - bereikbaarheidslijst"),
         ("p", "Versie 4 (21 april 2026). Zaak " + Z_KERM + ". Niet verspreiden buiten de partners in de commandokamer. "
               "Algemene nummers: gemeente 14 024, politie 0900-8844, spoed 112, Dar (afval) 14 024 optie 3."),
         ("table", [["Rol", "Organisatie", "Naam", "Mobiel", "Bereikbaar"],
                    ["Coördinator evenementen (vakbekwaam)", "Gemeente Nijmegen", "Dennis Vermeulen-Akkermans", "06-51 83 20 47", "26-27 april 07.00-20.00"],
                    ["Vergunningverlener, achterwacht", "Gemeente Nijmegen", "Marloes ten Brinke", "06 294 781 56", "27 april 12.00-02.00"],
                    ["Ambtenaar openbare orde", "Gemeente Nijmegen", "Ruud de Graaff", "06-24 66 09 18", "27 april hele dag"],
                    ["BOA-coördinator", "Toezicht & Handhaving", "Bas Oudenhoven", "06-40 72 31 95", "26-28 april"],
                    ["Wijkagent Centrum", "Politie Oost-Nederland", "Erik Schoonderwoerd", "06-15 93 44 20", "27 april 06.00-16.00"],
                    ["Adviseur evenementenveiligheid", "Brandweer Gelderland-Zuid", "Thijs Verhoef", "06-22 81 40 77", "piket"],
                    ["Bedrijfsleider kermis", "Kermisexploitatie Gelderse Poort B.V.", "Bart Hermsen", "06-21 09 63 58", "24 april-3 mei"],
                    ["Voorzitter", "Oranjecomité Nijmegen-Oost", "Wim Tijssen", "06-49 20 11 73", "27 april"],
                    ["Burgemeester (piket)", "Gemeente Nijmegen", "burgemeester Bruls", "via bestuurssecretaris", "27 april"],
                    ["Bestuurssecretaris", "Kabinet burgemeester", "Jolanda Wijnbergen", "06-11 38 56 02", "27 april"]],
          [0.2, 0.2, 0.2, 0.14, 0.26]),
         ("h2", "Tijdlijn 27 april"),
         ("table", [["Tijd", "Activiteit", "Locatie", "Verantwoordelijk"],
                    ["06.00", "Start vrijmarkt, afsluiting Oranjesingel en Kelfkensbos", "Oranjesingel / Kelfkensbos", "Oranjecomité, Dar"],
                    ["10.00", "Aubade en opening kermis door burgemeester Bruls", "Wedren", "Kabinet / JW"],
                    ["14.00", "Schouw geluid attracties", "Wedren", "BO / Toezicht & Handhaving"],
                    ["18.00", "Einde vrijmarkt, start veegploegen", "Oranjesingel", "Dar"],
                    ["23.00", "Evaluatie in de commandokamer", "Stadhuis, kamer 2.14", "DVA"]], [0.08, 0.42, 0.25, 0.25]),
         ("p", "Afkortingen: DVA = coördinator evenementen, JW = bestuurssecretaris, BO = BOA-coördinator (namen zie boven)."),
         ]
    people = [("Dennis Vermeulen-Akkermans", "06-51 83 20 47", "DVA"), ("Marloes ten Brinke", "06 294 781 56", None),
              ("Ruud de Graaff", "06-24 66 09 18", None), ("Bas Oudenhoven", "06-40 72 31 95", "BO"),
              ("Erik Schoonderwoerd", "06-15 93 44 20", None), ("Thijs Verhoef", "06-22 81 40 77", None),
              ("Bart Hermsen", "06-21 09 63 58", None), ("Wim Tijssen", "06-49 20 11 73", None),
              ("Jolanda Wijnbergen", "06-11 38 56 02", "JW")]
    for n, ph, code in people:
        g.r("PERSON", n, *([n] + ([code] if code else [])))
        g.r("PHONE", ph)
    std_keep(g)
    g.k("PERSON_PUBLIC", "burgemeester Bruls")
    g.k("CASE", Z_KERM)
    g.k("PHONE_GEN", "14 024", "0900-8844", "112")
    g.k("ORG", "Toezicht & Handhaving", "Politie Oost-Nederland", "Brandweer Gelderland-Zuid", "Kermisexploitatie Gelderse Poort B.V.",
        "Oranjecomité Nijmegen-Oost", "Kabinet burgemeester", "Dar")
    g.k("JOB", "Coördinator evenementen", "Wijkagent Centrum", "Bestuurssecretaris", "BOA-coördinator", "Ambtenaar openbare orde", "Adviseur evenementenveiligheid")
    g.k("PLACE", "Oranjesingel", "Kelfkensbos", "Wedren")
    g.k("EVENT", "Koningsdag 2026")
    return b, g


# ================================================================== nk17 verslag multidisciplinair overleg (docx)
@doc("nk17", prod="docx", font="Carlito", size=10, meta={"author": "Team Evenementen", "title": "Verslag MDO Waalzinnig"},
     hidden={"xmp_creator": "D. Vermeulen-Akkermans"})
def nk17():
    g = Gold()
    b = [("h1", "Verslag multidisciplinair vooroverleg Waalzinnig Festival 2026"),
         ("kv", [["Datum / tijd", "woensdag 17 juni 2026, 13.30-15.00 uur"], ["Locatie", "Stadhuis Nijmegen, kamer 2.14, en Teams"],
                 ["Zaak", Z_FEST], ["Voorzitter", "Dennis Vermeulen-Akkermans (DVA), coördinator evenementen"],
                 ["Notulist", "Sanne Hoekstra (SH)"]], [0.25, 0.75]),
         ("h2", "Aanwezig"),
         ("table", [["Naam", "Organisatie", "Functie", "Paraaf"],
                    ["Dennis Vermeulen-Akkermans", "Gemeente Nijmegen", "coördinator evenementen", "DVA"],
                    ["Marloes ten Brinke", "Gemeente Nijmegen", "vergunningverlener", "MtB"],
                    ["Ruud de Graaff", "Gemeente Nijmegen", "ambtenaar openbare orde en veiligheid", "RdG"],
                    ["Naima El Amrani", "Politie Oost-Nederland", "operationeel specialist evenementen", "NEA"],
                    ["Thijs Verhoef", "VRGZ / Brandweer Gelderland-Zuid", "adviseur evenementenveiligheid", "TV"],
                    ["Lisanne Bakker-Oomen", "VRGZ / GHOR", "adviseur GHOR", "LBO"],
                    ["Jeroen Stam", "Stichting Waalzinnig Festival", "festivaldirecteur", "-"],
                    ["Koen de Wit", "Stichting Waalzinnig Festival", "veiligheidscoördinator", "-"],
                    ["Mustafa Yıldız", "Gelre Event Security B.V.", "hoofd beveiliging", "-"]], [0.28, 0.3, 0.3, 0.12]),
         ("p", "Afwezig met bericht: Erik Schoonderwoerd (politie), Priya Ramdin-Sewnath (Waalzinnig)."),
         ("h2", "1. Opening en mededelingen"),
         ("p", "DVA opent. Het besluit van de burgemeester is op 9 juni 2026 verzonden; er is geen bezwaar binnengekomen. "
               "Wethouder Cultuur heeft laten weten zaterdag het tweede podium te bezoeken."),
         ("h2", "2. Veiligheidsplan en crowd management"),
         ("p", "De heer De Wit licht het aangepaste crowd management-plan toe: telpoortjes bij de Lage Markt en de Veerpoorttrap, "
               "dashboard gekoppeld aan de commandopost. NEA vraagt om de drempel voor sluiten op 85% te zetten in plaats van "
               "90%. Stam stemt in. TV wijst op de hittevoorspelling van het KNMI: bij code oranje extra waterpunten."),
         ("h2", "3. Medisch"),
         ("p", "LBO: het Rode Kruis levert 12 hulpverleners; vervanger van de medisch coördinator is nu bekend. "
               "Afstemming met de Regionale Ambulancevoorziening is rond."),
         ("h2", "4. Actielijst"),
         ("table", [["Nr.", "Actie", "Wie", "Gereed"],
                    ["1", "Drempel sluiten ingangen naar 85% in het calamiteitenplan", "KdW", "24-06"],
                    ["2", "Schouwmoment vrijdag 3 juli 13.00 uur plannen met brandweer", "MtB / TV", "26-06"],
                    ["3", "Bewonersbrief tweede versie (eindtijd zondag) verspreiden Benedenstad", "JS", "19-06"],
                    ["4", "Contact met Bewonersvereniging Benedenstad over parkeren", "DVA", "26-06"],
                    ["5", "Inzetlijst beveiliging met pasnummers naar politie", "MY", "26-06"],
                    ["6", "Persbericht en publieksinformatie (afsluitingen)", "Communicatie", "30-06"]], [0.06, 0.64, 0.15, 0.15]),
         ("p", "Codes: KdW = Koen de Wit, JS = Jeroen Stam, MY = Mustafa Yıldız; overige codes zie presentielijst."),
         ("h2", "5. Rondvraag en sluiting"),
         ("p", "MtB meldt dat de ontheffing artikel 35 Alcoholwet voor bar 3 apart is verleend. Volgend overleg: evaluatie "
               "op dinsdag 15 september 2026."),
         ]
    for n, *codes in [("Dennis Vermeulen-Akkermans", "DVA"), ("Sanne Hoekstra", "SH"), ("Marloes ten Brinke", "MtB"),
                      ("Ruud de Graaff", "RdG"), ("Naima El Amrani", "NEA"), ("Thijs Verhoef", "TV"),
                      ("Lisanne Bakker-Oomen", "LBO"), ("Jeroen Stam", "JS", "Stam"), ("Koen de Wit", "KdW", "De Wit"),
                      ("Mustafa Yıldız", "MY"), ("Erik Schoonderwoerd",), ("Priya Ramdin-Sewnath",)]:
        g.r("PERSON", n, n, *codes)
    g.r("PERSON", "D. Vermeulen-Akkermans (XMP)", "D. Vermeulen-Akkermans", channel="metadata")
    std_keep(g)
    g.k("CASE", Z_FEST)
    g.k("ORG", "Politie Oost-Nederland", "VRGZ", "Brandweer Gelderland-Zuid", "GHOR", "Stichting Waalzinnig Festival",
        "Gelre Event Security B.V.", "KNMI", "Rode Kruis", "Regionale Ambulancevoorziening", "Bewonersvereniging Benedenstad", "Communicatie")
    g.k("JOB", "coördinator evenementen", "vergunningverlener", "ambtenaar openbare orde en veiligheid", "adviseur GHOR",
        "Wethouder Cultuur", "hoofd beveiliging", "medisch coördinator")
    g.k("PLACE", "Lage Markt", "Veerpoorttrap", "Benedenstad")
    g.k("LAW", "artikel 35 Alcoholwet")
    g.k("PRODUCT", "Teams")
    g.k("DATE", "17 juni 2026", "15 september 2026")
    g.k("TERM", "crowd management-plan")
    return b, g


# ================================================================== nk18 evaluatie Koningsdag/kermis (Helvetica, 2 pages)
@doc("nk18", font="Helvetica", size=9.5, meta={"title": "Evaluatie Koningsdag en Koningskermis 2026"},
     hidden={"outline": [("Evaluatie Koningsdag 2026 - concept MtB/IvtH", 0), ("Actielijst (opgesteld door Anouk Verschuren)", 1)]})
def nk18():
    g = Gold()
    b = [("h1", "Evaluatie Koningsdag en Koningskermis 2026"),
         ("kv", [["Overleg", "evaluatieoverleg gemeente, hulpdiensten en organisatoren"], ["Datum", "20 mei 2026, 10.00-12.00 uur"],
                 ["Zaak", Z_KERM], ["Verslag", "M. ten Brinke (MtB)"]], [0.2, 0.8]),
         ("h2", "Aanwezigen"),
         ("p", "Gemeente: I. van 't Hek (IvtH, voorzitter), M. ten Brinke (MtB), D. Vermeulen-Akkermans (DVA), B. Oudenhoven (BO); "
               "politie: E. Schoonderwoerd (ES); brandweer: T. Verhoef (TV); kermis: B. Hermsen (BH); Oranjecomité Nijmegen-Oost: "
               "W. Tijssen (WT). Burgemeester Bruls was bij punt 1 aanwezig."),
         ("h2", "1. Algemeen beeld"),
         ("p", "Burgemeester Bruls spreekt zijn waardering uit voor de samenwerking. Koningsdag verliep rustig: naar schatting "
               "65.000 bezoekers in de binnenstad, vrijmarkt op de Oranjesingel en het Kelfkensbos. De kermis trok circa "
               "110.000 bezoekers in tien dagen."),
         ("h2", "2. Incidenten"),
         ("p", "Politie (ES): 14 aanhoudingen op Koningsdag, waarvan 6 voor openlijke dronkenschap en 3 voor zakkenrollerij. "
               "Eén aanhouding betrof een 17-jarige jongen uit Lent die een beveiliger mishandelde; de zaak is in handen "
               "van het OM (registratienummer PL0600-2026118842). Rode Kruis: 41 hulpverleningen, 3 vervoerd naar het CWZ."),
         ("p", "Brandweer (TV): kortsluiting in de aggregaat van de oliebollenkraam op 29 april; geen letsel. Geluidsmetingen "
               "(BO): overschrijding op 30 april bij de Booster Maxx (91 dB(C) op de gevel Lage Markt); waarschuwing gegeven."),
         ("h2", "3. Klachten"),
         ("p", "Elf meldingen (zie overzicht KCC). Terugkerend: geluid na 23.00 uur, wildplassen in portieken Lage Markt, "
               "fietsen op de stoep bij het Kelfkensbos. Mevrouw Roelofsen en de heer Van der Lugt hebben een brief gekregen."),
         ("pb",),
         ("h2", "4. Actielijst"),
         ("table", [["Nr.", "Actie", "Paraaf", "Deadline", "Status"],
                    ["K26-01", "Geluidsbegrenzer verplicht voor hoogteattracties; voorschrift aanpassen", "MtB", "01-09-2026", "open"],
                    ["K26-02", "Extra urinoirs Waalkade en hekken portieken Lage Markt", "DVA", "01-03-2027", "open"],
                    ["K26-03", "Evaluatie inzet BOA's op Koningsdag delen met politie", "BO / ES", "15-06-2026", "gereed"],
                    ["K26-04", "Aggregaat-keuring opnemen in keuringslijst attracties", "TV / BH", "01-09-2026", "open"],
                    ["K26-05", "Fietsparkeren Kelfkensbos: extra rekken en verwijderbeleid", "WT / DVA", "01-02-2027", "open"],
                    ["K26-06", "Reactie op klachten Roelofsen en Van der Lugt controleren", "IvtH", "31-05-2026", "gereed"]],
          [0.1, 0.54, 0.12, 0.12, 0.12]),
         ("p", "Volgende evaluatie: na de Koningskermis 2027. Verslag vastgesteld per e-mail op 27 mei 2026."),
         ("small", "Paraafcodes: zie aanwezigen. Verslag: MtB."),
         ]
    for n, *p in [("Ingrid van 't Hek", "I. van 't Hek", "IvtH"), ("Marloes ten Brinke", "M. ten Brinke", "MtB"),
                  ("Dennis Vermeulen-Akkermans", "D. Vermeulen-Akkermans", "DVA"), ("Bas Oudenhoven", "B. Oudenhoven", "BO"),
                  ("Erik Schoonderwoerd", "E. Schoonderwoerd", "ES"), ("Thijs Verhoef", "T. Verhoef", "TV"),
                  ("Bart Hermsen", "B. Hermsen", "BH"), ("Wim Tijssen", "W. Tijssen", "WT"),
                  ("A.M. Roelofsen-van Eck", "Roelofsen"), ("P. van der Lugt", "Van der Lugt")]:
        g.r("PERSON", n, *p)
    g.r("CRIMINAL", "17-jarige uit Lent, mishandeling beveiliger, OM", "PL0600-2026118842", "17-jarige jongen uit Lent")
    g.r("PERSON", "MtB/IvtH outline", "Evaluatie Koningsdag 2026 - concept MtB/IvtH", channel="outline")
    g.r("PERSON", "Anouk Verschuren", "Anouk Verschuren", channel="outline")
    g.k("PERSON_PUBLIC", "Burgemeester Bruls")
    g.k("CASE", Z_KERM)
    g.k("ID", "K26-01", "K26-06")
    g.k("ORG", "Oranjecomité Nijmegen-Oost", "Rode Kruis", "CWZ", "OM", "KCC")
    g.k("PLACE", "Oranjesingel", "Kelfkensbos", "Lage Markt", "Waalkade")
    g.k("PRODUCT", "Booster Maxx")
    g.k("EVENT", "Koningsdag", "Koningskermis 2027")
    g.k("DATE", "20 mei 2026", "27 mei 2026")
    return b, g


# ================================================================== nk19 WhatsApp export (LibMono)
@doc("nk19", font="LibMono", size=8.5, meta={"title": "WhatsApp-chat met Team Waalzinnig productie"})
def nk19():
    g = Gold()
    lines = [
        "[03-07-2026 10:02] +31 6 18550291: Goedemorgen allemaal! Opbouw ligt op schema. Schouw 13.00 bij de Lage Markt 🎪",
        "[03-07-2026 10:04] Marloes Gemeente: Top Priya. Ik kom met Thijs van de brandweer.",
        "[03-07-2026 10:05] Koen dW: Nooduitgang Grote Markt is nu 3,60 m. Foto volgt.",
        "[03-07-2026 10:05] Koen dW: <Media weggelaten>",
        "[03-07-2026 13:48] Marloes Gemeente: Schouw akkoord, alleen blusdeken bij bakkraam 4 ontbreekt nog.",
        "[03-07-2026 13:51] Jeroen Stam: Regel ik. Jeroen",
        "[03-07-2026 16:02] Jeroen Stam: Deuren open! 🎉",
        "[03-07-2026 21:17] Mustafa GES: Telling Lage Markt 7.450. Nog ruim onder 85%.",
        "[04-07-2026 15:12] Koen dW: EHBO: dame gevallen bij trap Valkhof, Rode Kruis is erbij.",
        "[04-07-2026 15:20] +31 6 18550291: Ambulance gaat via Lage Markt, opstelplaats vrij. Koen kun jij de trap afzetten?",
        "[04-07-2026 15:21] Koen dW: Staat. Beveiliging erbij (Sharon).",
        "[04-07-2026 15:40] Marloes Gemeente: Wil je me straks de naam en gegevens van de bezoeker mailen voor de incidentregistratie? Niet in deze app aub.",
        "[04-07-2026 15:42] +31 6 18550291: Doe ik via mail. Ze heet Roos, meer via mail 👍",
        "[04-07-2026 19:55] Dennis Gemeente (piket): Burgemeester Bruls komt om 21.00 uur naar het hoofdpodium, met wethouder. Wie vangt op?",
        "[04-07-2026 19:56] Jeroen Stam: Ik. Ingang artiesten Waalkade 50.",
        "[04-07-2026 22:31] Mustafa GES: 92% bij headliner, ingang Lage Markt dicht volgens plan. Naima is geïnformeerd.",
        "[04-07-2026 22:58] Mustafa GES: Weer open, 80%.",
        "[05-07-2026 09:14] Marloes Gemeente: Klacht binnen van bewoner Waalkade 28 over geluid soundcheck 08.30. Kan dat later?",
        "[05-07-2026 09:16] +31 6 18550291: Sorry! Soundcheck verschoven naar 11.00.",
        "[05-07-2026 23:41] Jeroen Stam: Laatste bezoekers weg. Dank iedereen ❤️ Evaluatie 15/9.",
        "[06-07-2026 08:03] Koen dW: Afbouw gestart. Dar komt om 10.00.",
        "[06-07-2026 12:30] Marloes Gemeente: Hoi Koen, kun je je privénummer 06-27 30 64 18 uit de deelnemerslijst van de bewonersbrief halen? Gebruik voortaan productie@waalzinnig.nl.",
        "[06-07-2026 12:33] Koen dW: Klopt, sorry. Wordt aangepast.",
    ]
    b = [("h2", "WhatsApp-chat met Waalzinnig productie + gemeente"),
         ("small", "Export uit WhatsApp (zonder media), gemaakt door Team Evenementen ten behoeve van het Woo-verzoek van "
                   "2 oktober 2026 (WOO-2026-0389). Deelnemers: 7."),
         ("sp", 2)]
    for i, l in enumerate(lines):
        b.append(("p", l))
        if i == 13:
            b.append(("pb",))
    g.r("PHONE", "+31 6 18550291")
    g.r("PERSON", "Marloes ten Brinke", "Marloes")
    g.r("PERSON", "Priya Ramdin-Sewnath", "Priya")
    g.r("PERSON", "Thijs Verhoef", "Thijs")
    g.r("PERSON", "Koen de Wit", "Koen dW", "Koen")
    g.r("PERSON", "Jeroen Stam", "Jeroen Stam", "Jeroen")
    g.r("PERSON", "Mustafa Yıldız", "Mustafa")
    g.r("PERSON", "Sharon Pinas", "Sharon")
    g.r("PERSON", "Roos Lammerink", "Roos")
    g.r("PERSON", "Dennis Vermeulen-Akkermans", "Dennis")
    g.r("PERSON", "Naima El Amrani", "Naima")
    g.r("ADDRESS", "Waalkade 28 (bewoner)", "Waalkade 28")
    g.r("PHONE", "06-27 30 64 18")
    g.k("PERSON_PUBLIC", "Burgemeester Bruls")
    g.k("EMAIL_FUNC", "productie@waalzinnig.nl")
    g.k("CASE", "WOO-2026-0389")
    g.k("PLACE", "Lage Markt", "Grote Markt", "Valkhof", "Waalkade 50")
    g.k("ORG", "Rode Kruis", "Dar", "Team Evenementen", "GES")
    g.k("PRODUCT", "WhatsApp")
    return b, g


# ================================================================== nk20 EHBO incident report (scan, typed form + handwriting)
@doc("nk20", prod="scan", font="Helvetica", size=10, seed=2020)
def nk20():
    g = Gold()
    b = [("h1", "Rode Kruis - Registratieformulier hulpverlening evenement"),
         ("typed", "Evenement: Waalzinnig Festival 2026   Datum: 04-07-2026   Tijd melding: 15:09\n"
                   "Locatie: trap Valkhofpark / Belvédère   Formuliernr: RK-GZ-26-4471", "Helvetica"),
         ("h2", "Gegevens slachtoffer"),
         ("typed", "Naam: Roos Lammerink\nGeboortedatum: 12-03-1999\nAdres: Kerkstraat 31, 6602 AH Wijchen\n"
                   "Telefoon: 06-36 71 42 09", "Courier"),
         ("h2", "Letsel en behandeling"),
         ("typed", "Val van trap (ca. 6 treden). Hoofdwond boven linkeroog, vermoedelijke hersenschudding, pols rechts gezwollen.\n"
                   "Slachtoffer meldt insulineafhankelijke diabetes (type 1); glucose 3,1 mmol/l, dextro gegeven.\n"
                   "Overgedragen aan ambulance 15:34, vervoer naar CWZ (SEH).", "Courier"),
         ("h2", "Hulpverleners"),
         ("typed", "Teamleider EHBO: H. Gerritsen (RK-vrijwilliger 20417)\nVerpleegkundige: A. Smulders-Claessen", "Courier"),
         ("sp", 4),
         ("img", hand_png("Handtekening teamleider:  H. Gerritsen", size=46), 120),
         ]
    for v, *p in [("Roos Lammerink", "Roos Lammerink", "Lammerink"), ("12-03-1999",), ("Kerkstraat 31, 6602 AH Wijchen", "Kerkstraat 31", "6602 AH"),
                  ("06-36 71 42 09", "71 42 09"),
                  ("H. Gerritsen", "Gerritsen"), ("RK-vrijwilliger 20417", "20417"), ("A. Smulders-Claessen", "Smulders")]:
        g.r("PERSON" if v[0].isalpha() else "ID", v, *p, ocr=True)
    g.r("HEALTH", "hoofdwond, hersenschudding, pols", "hersenschudding", ocr=True)
    g.r("HEALTH", "insulineafhankelijke diabetes (type 1)", "diabetes", ocr=True)
    return b, g


# ================================================================== nk21 incident e-mail organiser -> gemeente (DejaVu)
@doc("nk21", font="DejaVu", size=9.5)
def nk21():
    g = Gold()
    b = [("kv", [["Van:", "Priya Ramdin-Sewnath <priya@waalzinnig.nl>"], ["Verzonden:", "zaterdag 4 juli 2026 18:22"],
                 ["Aan:", "Brinke, Marloes ten <m.tenbrinke@nijmegen.nl>"], ["CC:", "productie@waalzinnig.nl; Koen de Wit <koen.dewit@outlook.com>"],
                 ["Onderwerp:", "Incidentmelding 4 juli - val trap Valkhof (vertrouwelijk)"]], [0.15, 0.85]),
         ("p", "Hoi Marloes,"),
         ("p", "Zoals gevraagd de gegevens van het incident van vanmiddag, voor jullie registratie (" + Z_FEST + ")."),
         ("p", "Om 15.09 uur is een bezoeker, mevrouw Roos Lammerink (27 jaar, uit Wijchen), gevallen op de trap van het "
               "Valkhofpark naar de Belvédère. Volgens het Rode Kruis had ze een hoofdwond en mogelijk een hersenschudding, en "
               "een lage bloedsuiker omdat ze diabetes heeft. Ze is om 15.34 uur met de ambulance naar het CWZ gebracht. Haar "
               "vriend, Daan Hofman (06-44 19 08 37), was erbij en heeft ons later laten weten dat ze vanavond naar huis mag."),
         ("p", "Oorzaak: de trap was nat door gemorst bier, de leuning aan de rechterkant was afgezet voor een kabelgoot. Koen "
               "heeft direct de trap afgezet en een beveiliger (Sharon) geplaatst. Morgen laat Stabiel de leuning controleren. "
               "We hebben de verzekeraar (Centraal Beheer, polis 2026-EVT-44817) ingelicht."),
         ("p", "Het ingevulde formulier van het Rode Kruis (RK-GZ-26-4471) stuur ik als scan mee."),
         ("p", "Groetjes,\nPriya\n\nPriya Ramdin-Sewnath | Productieleider | Waalzinnig Festival\nM 06-18 55 02 91 | "
               "productie@waalzinnig.nl"),
         ("small", "Bijlage: RK-formulier_4juli.pdf"),
         ]
    g.r("PERSON", "Priya Ramdin-Sewnath", "Priya Ramdin-Sewnath", "Priya")
    g.r("EMAIL", "priya@waalzinnig.nl")
    g.r("PERSON", "Marloes ten Brinke", "Brinke, Marloes ten", "Marloes")
    g.r("EMAIL", "m.tenbrinke@nijmegen.nl")
    g.r("PERSON", "Koen de Wit", "Koen de Wit", "Koen")
    g.r("EMAIL", "koen.dewit@outlook.com")
    g.r("PERSON", "Roos Lammerink", "Roos Lammerink")
    g.r("HEALTH", "hoofdwond, hersenschudding, lage bloedsuiker, diabetes", "hoofdwond", "hersenschudding", "lage bloedsuiker", "diabetes")
    g.r("PERSON", "Daan Hofman")
    g.r("PHONE", "06-44 19 08 37")
    g.r("PERSON", "Sharon Pinas", "Sharon")
    g.r("PHONE", "06-18 55 02 91")
    g.k("CASE", Z_FEST, "RK-GZ-26-4471", "2026-EVT-44817")
    g.k("EMAIL_FUNC", "productie@waalzinnig.nl")
    g.k("ORG", "Rode Kruis", "CWZ", "Centraal Beheer", "Stabiel", "Waalzinnig Festival")
    g.k("PLACE", "Valkhofpark", "Belvédère", "Wijchen")
    g.k("JOB", "Productieleider")
    g.k("DATE", "4 juli 2026")
    return b, g


# ================================================================== nk22 handwritten phone note (scan)
@doc("nk22", prod="scan", font="Humor", size=15, seed=2222)
def nk22():
    g = Gold()
    b = [("typed", "Gemeente Nijmegen - Telefoonnotitie        Zaak: " + Z_FEST + "\nAangenomen door: MtB    Datum: 05-07-2026  09:05", "Helvetica"),
         ("p", "Beller: mevr. Hanneke Zwanenburg"),
         ("p", "Waalkade 28, 3e etage"),
         ("p", "tel 06-52 38 77 30"),
         ("p", "Klacht: soundcheck om half negen!! Zondag."),
         ("p", "Zij werkt nachtdienst in het Radboud."),
         ("p", "Afgesproken: ik bel Priya. Terugbellen voor 12 uur."),
         ("p", "-> gedaan 09:20, soundcheck naar 11.00"),
         ("p", "MtB"),
         ]
    g.r("PERSON", "Marloes ten Brinke (paraaf)", "MtB", ocr=True)
    g.r("PERSON", "Hanneke Zwanenburg", "HANNEKE ZWANENBURG", ocr=True)
    g.r("ADDRESS", "Waalkade 28", "WAALKADE 28", ocr=True)
    g.r("PHONE", "06-52 38 77 30", "38 77 30", ocr=True)
    g.r("PERSON", "Priya", "PRIYA", ocr=True)
    return b, g


# ================================================================== nk23 raadsvragen + antwoord college (Carlito)
@doc("nk23", font="Carlito", size=10.5, meta={"title": "Schriftelijke vragen art. 38 RvO - geluidsoverlast Koningskermis"})
def nk23():
    g = Gold()
    b = [("lh", "Gemeente Nijmegen - Gemeenteraad", "Schriftelijke vragen ex artikel 38 Reglement van orde | registratienummer RV-2026-118", "#1f3a60"),
         ("kv", [["Vragensteller", "raadslid Fleur van Kempen (GroenLinks)"], ["Ingediend", "4 mei 2026"],
                 ["Portefeuillehouder", "burgemeester H.M.F. Bruls"], ["Beantwoord", "2 juni 2026"]], [0.25, 0.75]),
         ("h2", "Vraag 1"),
         ("p", "Is het college bekend met de klachten van bewoners van de Lage Markt en de Ubbergseweg over geluidsoverlast van de "
               "Koningskermis op de Wedren, onder wie een 78-jarige bewoner die schrijft dat hij door het lawaai niet kan slapen?"),
         ("p", "**Antwoord:** Ja. Er zijn elf meldingen binnengekomen (zie de evaluatie van 20 mei 2026). Alle melders hebben een "
               "reactie gekregen. Op 30 april is een overschrijding van de geluidsnorm vastgesteld en is de exploitant gewaarschuwd."),
         ("h2", "Vraag 2"),
         ("p", "Wil de burgemeester in de vergunning voor 2027 een geluidsbegrenzer voor alle hoogteattracties voorschrijven?"),
         ("p", "**Antwoord:** Ja. Dit is opgenomen als actie K26-01 in de evaluatie. Het voorschrift wordt toegevoegd aan de "
               "standaardvoorschriften van het Evenementenbeleid Nijmegen 2023."),
         ("h2", "Vraag 3"),
         ("p", "Deelt het college de zorg van raadslid Hoogeveen (VVD), gesteld in de commissie Bestuur van 13 mei 2026, over de "
               "personele bezetting van het Team Evenementen?"),
         ("p", "**Antwoord:** De werkdruk is hoog. Het team bestaat uit 6,4 fte; in 2026 komt er 1 fte vergunningverlener bij. "
               "Wij noemen in dit antwoord bewust geen namen van medewerkers."),
         ("p", "Het college van burgemeester en wethouders van Nijmegen,\nde burgemeester,\nH.M.F. Bruls"),
         ("small", "Ambtelijk voorbereid door: D. Vermeulen-Akkermans (Team Evenementen), tel. 06-51 83 20 47. "
                   "Niet voor publicatie: conceptantwoord MtB d.d. 22 mei 2026."),
         ]
    g.r("PERSON", "Dennis Vermeulen-Akkermans", "D. Vermeulen-Akkermans")
    g.r("PHONE", "06-51 83 20 47")
    g.r("PERSON", "Marloes ten Brinke", "MtB")
    g.k("PERSON_PUBLIC", "raadslid Fleur van Kempen", "burgemeester H.M.F. Bruls", "raadslid Hoogeveen (VVD)", "H.M.F. Bruls")
    g.k("ORG", "GroenLinks", "Gemeenteraad", "Team Evenementen", "commissie Bestuur")
    g.k("CASE", "RV-2026-118", "K26-01")
    g.k("LAW", "artikel 38 Reglement van orde", "Evenementenbeleid Nijmegen 2023")
    g.k("PLACE", "Lage Markt", "Ubbergseweg", "Wedren")
    g.k("EVENT", "Koningskermis")
    g.k("DATE", "4 mei 2026", "2 juni 2026")
    return b, g


# ================================================================== nk24 ontheffing art. 35 Alcoholwet (Helvetica)
@doc("nk24", font="Helvetica", size=10)
def nk24():
    g = Gold()
    b = [("lh", "Gemeente Nijmegen", GEM_ADR),
         ("p", "De heer R. Bouzidi\nBrakkensteinweg 204\n6525 GR  Nijmegen"),
         ("kv", [["Datum", "2 juni 2026"], ["Zaaknummer", "Z-ALC-2026-00077 (gerelateerd: " + Z_FEST + ")"],
                 ["Onderwerp", "Ontheffing artikel 35 Alcoholwet - bar 3 Waalzinnig Festival"]], [0.22, 0.78]),
         ("p", "Geachte heer Bouzidi,"),
         ("p", "U heeft op 14 mei 2026 ontheffing gevraagd om tijdens het Waalzinnig Festival 2026 (3-5 juli) zwak-alcoholhoudende "
               "drank te verstrekken vanuit bar 3 op de Waalkade. De burgemeester verleent u deze ontheffing op grond van artikel "
               "35 van de Alcoholwet, onder de volgende voorwaarden:"),
         ("table", [["Leidinggevende", "Geboortedatum", "Verklaring Sociale Hygiëne (SVH-nr.)"],
                    ["R. Bouzidi", "11-06-1986", "SVH 1128476"],
                    ["I. Bouzidi-Amrani", "03-01-1989", "SVH 1310592"],
                    ["T. Hurkmans", "27-08-1994", "SVH 1498807"]], [0.35, 0.25, 0.4]),
         ("p", "- Tijdens de openingstijden is steeds een van de genoemde leidinggevenden aanwezig.\n"
               "- Geen verstrekking aan personen jonger dan 18 jaar; leeftijdsgrens zichtbaar aangeduid (polsbandjes 18+).\n"
               "- Geen sterke drank.\n- Het personeel heeft de instructie Verantwoord Alcoholgebruik (IVA) gevolgd."),
         ("p", "Bij de beoordeling is de Wet Bibob betrokken. Uit het advies van de politie blijkt een antecedent uit 2023. Omdat "
               "het gaat om een enkel feit dat niet samenhangt met de exploitatie, ziet de burgemeester geen grond om de "
               "ontheffing te weigeren; wel is een extra voorschrift opgenomen: bar 3 staat binnen het zicht van de "
               "beveiligingspost."),
         ("p", "Leges: € 62,35 (Legesverordening Nijmegen 2026, hoofdstuk 3). Bezwaar: binnen zes weken."),
         ("p", "Met vriendelijke groet,\nnamens de burgemeester van Nijmegen,\n\nR. de Graaff\njuridisch adviseur"),
         ]
    g.r("PERSON", "R. Bouzidi", "R. Bouzidi", "Bouzidi")
    g.r("ADDRESS", "Brakkensteinweg 204, 6525 GR Nijmegen", "Brakkensteinweg 204", "6525 GR")
    g.r("DATE_OF_BIRTH", "11-06-1986")
    g.r("ID", "SVH 1128476")
    g.r("PERSON", "I. Bouzidi-Amrani")
    g.r("DATE_OF_BIRTH", "03-01-1989")
    g.r("ID", "SVH 1310592")
    g.r("PERSON", "T. Hurkmans")
    g.r("DATE_OF_BIRTH", "27-08-1994")
    g.r("ID", "SVH 1498807")
    g.r("CRIMINAL", "antecedent uit 2023", "een antecedent uit 2023")
    g.r("PERSON", "R. de Graaff")
    std_keep(g)
    g.k("CASE", "Z-ALC-2026-00077", Z_FEST)
    g.k("LAW", "artikel 35 Alcoholwet", "Wet Bibob", "Legesverordening Nijmegen 2026")
    g.k("TERM", "Verklaring Sociale Hygiëne", "Verantwoord Alcoholgebruik")
    g.k("EVENT", "Waalzinnig Festival 2026")
    g.k("PLACE", "Waalkade")
    g.k("JOB", "juridisch adviseur", "Leidinggevende")
    g.k("AMOUNT", "€ 62,35")
    return b, g


# ================================================================== nk25 verkeersbesluit (LibSerif)
@doc("nk25", font="LibSerif", size=10)
def nk25():
    g = Gold()
    b = [("h1", "Verkeersbesluit tijdelijke afsluiting Waalkade e.o. - Waalzinnig Festival 2026"),
         ("p", "Gemeenteblad van Nijmegen, nr. 2026-148213, 16 juni 2026. Kenmerk VB-2026-061."),
         ("p", "Het college van burgemeester en wethouders van Nijmegen, gelet op de artikelen 15, 18 en 19 van de "
               "Wegenverkeerswet 1994 en artikel 12 van het Besluit administratieve bepalingen inzake het wegverkeer (BABW),"),
         ("p", "**besluit:** de volgende wegen tijdelijk af te sluiten voor alle verkeer, met uitzondering van hulpdiensten en "
               "vergunninghouders, door plaatsing van bord C1 van bijlage I van het RVV 1990:"),
         ("table", [["Weg", "Gedeelte", "Periode"],
                    ["Waalkade", "Lage Markt - Veerpoorttrap", "2 juli 07.00 - 6 juli 12.00 uur"],
                    ["Lage Markt", "Waalkade - Grotestraat", "3-5 juli 14.00 - 01.00 uur"],
                    ["Ubbergseweg", "Kelfkensbos - Nieuwe Markt", "4 juli 18.00 - 01.00 uur"],
                    ["Van Schaeck Mathonsingel", "busbaan (alleen omleiding lijn 3 en 5)", "3-5 juli"],
                    ["Burchtstraat", "laad- en losverbod", "3-5 juli 12.00 - 24.00 uur"]], [0.3, 0.4, 0.3]),
         ("p", "Omleidingen worden met gele borden aangegeven via de Oranjesingel, de Sint Canisiussingel en het "
               "Keizer Karelplein. Breng Openbaar Vervoer past de routes van de lijnen 3, 5 en 13 aan."),
         ("p", "Belanghebbenden kunnen binnen zes weken na bekendmaking bezwaar maken bij het college. Informatie: "
               "verkeersbesluiten@nijmegen.nl of 14 024."),
         ("p", "Nijmegen, 16 juni 2026\nnamens het college, de teamleider Verkeer,\nir. J.C. Ploegmakers"),
         ]
    g.r("PERSON", "J.C. Ploegmakers")
    g.k("CASE", "2026-148213", "VB-2026-061")
    g.k("LAW", "Wegenverkeerswet 1994", "Besluit administratieve bepalingen inzake het wegverkeer", "BABW", "RVV 1990")
    g.k("PLACE", "Waalkade", "Lage Markt", "Veerpoorttrap", "Grotestraat", "Ubbergseweg", "Kelfkensbos", "Nieuwe Markt",
        "Burchtstraat", "Oranjesingel")
    g.k("PLACE", "Van Schaeck Mathonsingel", "Sint Canisiussingel", "Keizer Karelplein", hard=True)
    g.k("ORG", "Breng Openbaar Vervoer")
    g.k("EMAIL_FUNC", "verkeersbesluiten@nijmegen.nl")
    g.k("PHONE_GEN", "14 024")
    g.k("JOB", "teamleider Verkeer")
    g.k("DATE", "16 juni 2026")
    return b, g


# ================================================================== nk26 bewonersbrief organisator (docx)
@doc("nk26", prod="docx", font="Carlito", size=11, meta={"author": "Stichting Waalzinnig Festival", "title": "Bewonersbrief Waalzinnig 2026"})
def nk26():
    g = Gold()
    b = [("lh", "Waalzinnig Festival 2026", "Stichting Waalzinnig Festival | Postbus 1140, 6501 BC Nijmegen | info@waalzinnig.nl"),
         ("p", "Aan de bewoners en ondernemers van de Benedenstad, de Waalkade en het Hunnerpark"),
         ("p", "Nijmegen, 19 juni 2026"),
         ("p", "Beste buren,"),
         ("p", "Van vrijdag 3 tot en met zondag 5 juli vindt het Waalzinnig Festival plaats op de Waalkade en in het Valkhofpark. "
               "De burgemeester heeft op 9 juni 2026 de vergunning verleend. In deze brief leest u wat u kunt verwachten."),
         ("p", "**Tijden:** vrijdag 16.00-23.30 uur, zaterdag 12.00-23.30 uur, zondag 12.00-22.30 uur (Valkhofpodium) en 23.30 uur "
               "(hoofdpodium). Soundchecks niet voor 11.00 uur.\n**Afsluitingen:** de Waalkade is van 2 juli 07.00 uur tot 6 juli "
               "12.00 uur afgesloten. Bewoners krijgen een doorrijpas via productie@waalzinnig.nl.\n"
               "**Gratis kaarten:** bewoners van de Waalkade en de Lage Markt kunnen twee vrijkaarten ophalen op 1 juli in "
               "Café De Plak, Bloemerstraat 90."),
         ("p", "**Overlast?** Bel tijdens het festival de bewonerslijn 024 820 44 19 (24 uur bemand) of mail naar "
               "bewoners@waalzinnig.nl. Klachten kunt u ook melden bij de gemeente via 14 024 of de app Slim Melden."),
         ("p", "Wij doen ons best om de overlast zo klein mogelijk te houden. Tot ziens op het festival!"),
         ("p", "Met hartelijke groet,\n\nJeroen Stam, festivaldirecteur\nKoen de Wit, veiligheidscoördinator (06-27 30 64 18)"),
         ]
    g.r("PERSON", "Jeroen Stam")
    g.r("PERSON", "Koen de Wit")
    g.r("PHONE", "06-27 30 64 18")
    g.k("ORG", "Stichting Waalzinnig Festival", "Café De Plak")
    g.k("EMAIL_FUNC", "info@waalzinnig.nl", "productie@waalzinnig.nl", "bewoners@waalzinnig.nl")
    g.k("PHONE_GEN", "024 820 44 19", "14 024")
    g.k("PLACE", "Benedenstad", "Waalkade", "Hunnerpark", "Valkhofpark", "Lage Markt")
    g.k("ADDRESS_ORG", "Bloemerstraat 90", "Postbus 1140, 6501 BC Nijmegen")
    g.k("PRODUCT", "Slim Melden")
    g.k("JOB", "festivaldirecteur", "veiligheidscoördinator")
    g.k("EVENT", "Waalzinnig Festival")
    return b, g


# ================================================================== nk27 BOA-rapportage Koningsdag (Courier/Helvetica)
@doc("nk27", font="DejaVu", size=9, meta={"title": "Rapportage handhaving Koningsdag 2026"})
def nk27():
    g = Gold()
    b = [("h1", "Rapportage Toezicht & Handhaving - Koningsdag en Koningskermis 2026"),
         ("kv", [["Periode", "24 april - 3 mei 2026"], ["Zaak", Z_KERM], ["Opgesteld", "B. Oudenhoven, BOA-coördinator (BOA-nr. 4471-NM)"],
                 ["Datum", "8 mei 2026"]], [0.2, 0.8]),
         ("h2", "1. Inzet"),
         ("p", "Per dag twee koppels BOA's (domein I, openbare ruimte); op Koningsdag vier koppels met de politie. Geluidsmetingen "
               "met een klasse-1 meter (Brüel & Kjær 2250) op 29 en 30 april en 1 mei."),
         ("h2", "2. Processen-verbaal en waarschuwingen (selectie)"),
         ("table", [["Datum", "Feit (feitcode)", "Betrokkene", "Geb.datum", "Afdoening", "BOA"],
                    ["27-04", "wildplassen (F075a APV)", "K.J. Martens", "14-02-2003", "bestuurlijke strafbeschikking", "4471-NM / 5190-NM"],
                    ["27-04", "openlijk drankgebruik (F351)", "S. Veldhuis", "30-09-1998", "proces-verbaal", "5190-NM"],
                    ["28-04", "fietsen in voetgangersgebied", "minderjarige (15 jr)", "-", "Halt-verwijzing", "4471-NM"],
                    ["30-04", "overschrijding geluid attractie", "Kermisexploitatie Gelderse Poort B.V.", "-", "schriftelijke waarschuwing", "4471-NM"],
                    ["01-05", "parkeren op trottoir Berg en Dalseweg", "kenteken GZ-418-T", "-", "Mulder-beschikking", "5190-NM"]],
          [0.07, 0.23, 0.2, 0.11, 0.2, 0.19]),
         ("p", "BOA-nummers: 4471-NM = B. Oudenhoven, 5190-NM = A. Kersten-Bolhuis. Naam van de minderjarige is bekend bij Halt Oost-Nederland."),
         ("h2", "3. Geluid"),
         ("table", [["Datum", "Tijd", "Meetpunt", "dB(C)", "Norm"],
                    ["29-04", "22.40", "gevel Lage Markt 27", "84", "85"], ["30-04", "23.15", "gevel Lage Markt 27", "91", "85"],
                    ["01-05", "22.55", "gevel Sint Annastraat", "82", "85"]], [0.12, 0.1, 0.4, 0.18, 0.2]),
         ("p", "Na de overschrijding op 30 april is de begrenzer van de Booster Maxx in aanwezigheid van de bedrijfsleider "
               "(B. Hermsen) teruggezet. Bij hercontrole op 1 mei geen overschrijding."),
         ]
    g.r("PERSON", "Bas Oudenhoven", "B. Oudenhoven")
    g.r("ID", "4471-NM")
    g.r("ID", "5190-NM")
    g.r("PERSON", "A. Kersten-Bolhuis")
    g.r("PERSON", "K.J. Martens")
    g.r("DATE_OF_BIRTH", "14-02-2003")
    g.r("PERSON", "S. Veldhuis")
    g.r("DATE_OF_BIRTH", "30-09-1998")
    g.r("CRIMINAL", "wildplassen - bestuurlijke strafbeschikking", "F075a APV")
    g.r("CRIMINAL", "openlijk drankgebruik - proces-verbaal", "F351")
    g.r("ID", "kenteken GZ-418-T", "GZ-418-T")
    g.r("PERSON", "B. Hermsen")
    g.k("CASE", Z_KERM)
    g.k("ORG", "Toezicht & Handhaving", "Kermisexploitatie Gelderse Poort B.V.", "Halt Oost-Nederland", "Brüel & Kjær")
    g.k("PLACE", "Berg en Dalseweg", "Sint Annastraat")
    g.k("PRODUCT", "Booster Maxx")
    g.k("JOB", "BOA-coördinator", "bedrijfsleider")
    g.k("TERM", "Halt-verwijzing", "Mulder-beschikking")
    g.k("DATE", "8 mei 2026")
    return b, g


# ================================================================== nk28 presentielijst evaluatie festival (scan with handwritten names)
@doc("nk28", prod="scan", font="Helvetica", size=10, seed=2828)
def nk28():
    g = Gold()
    rows = [["Naam", "Organisatie", "Paraaf"],
            ["Dennis Vermeulen-Akkermans", "Gemeente Nijmegen", ""], ["Marloes ten Brinke", "Gemeente Nijmegen", ""],
            ["Naima El Amrani", "Politie Oost-Nederland", ""], ["Thijs Verhoef", "Brandweer Gelderland-Zuid", ""],
            ["Jeroen Stam", "Stichting Waalzinnig Festival", ""], ["Priya Ramdin-Sewnath", "Stichting Waalzinnig Festival", ""],
            ["Mustafa Yildiz", "Gelre Event Security", ""]]
    b = [("h1", "Presentielijst evaluatie Waalzinnig Festival 2026"),
         ("typed", "Dinsdag 15 september 2026, 14.00 uur - Stadhuis, kamer 2.14 - zaak " + Z_FEST, "Helvetica"),
         ("grid", rows, [0.42, 0.38, 0.2]),
         ("sp", 3),
         ("img", hand_png("Nagekomen: Ilse Brugman (Dar)  ", size=50), 110),
         ("sp", 4),
         ("img", squiggle_png(2801, w=900, h=120), 150),
         ("small", "paraaf voorzitter"),
         ]
    for n, p in [("Dennis Vermeulen-Akkermans", "Vermeulen-Akkermans"), ("Marloes ten Brinke", "ten Brinke"),
                 ("Naima El Amrani", "El Amrani"), ("Thijs Verhoef", "Verhoef"), ("Jeroen Stam", "Jeroen Stam"),
                 ("Priya Ramdin-Sewnath", "Ramdin-Sewnath"), ("Mustafa Yildiz", "Mustafa Yildiz")]:
        g.r("PERSON", n, p, ocr=True)
    g.r("PERSON", "Ilse Brugman", "Brugman", ocr=True)
    return b, g


# ================================================================== nk29 interne notitie burgemeester (Times; Info/Author + sticky notes)
@doc("nk29", font="Times", size=10.5, meta={"title": "Notitie aan de burgemeester - evaluatie evenementenseizoen"},
     hidden={"author": "Femke Lagerwey-Brink", "annots": [(0, [450, 700, 470, 720], "Gijs Mertens", "Gijs: graag nog even checken met Femke (06-28 90 15 44) voor verzending."),
                                                         (0, [450, 420, 470, 440], "J. Wijnbergen", "Past in het bila van 23/9.")]})
def nk29():
    g = Gold()
    b = [("h1", "Notitie aan de burgemeester"),
         ("kv", [["Aan", "burgemeester Bruls"], ["Van", "Team Evenementen, via de teamleider Vergunningen"],
                 ["Datum", "18 september 2026"], ["Onderwerp", "Evaluatie evenementenseizoen 2026 - Koningsdag, Koningskermis en Waalzinnig"],
                 ["Bespreken in", "bila burgemeester 23 september 2026"]], [0.2, 0.8]),
         ("h2", "Kern"),
         ("p", "Het evenementenseizoen 2026 is zonder ernstige incidenten verlopen. Bij het Waalzinnig Festival is op 4 juli een "
               "bezoeker gevallen op de trap van het Valkhofpark; zij is na behandeling in het CWZ dezelfde dag naar huis gegaan. "
               "De aansprakelijkheid ligt bij de organisator; de gemeente heeft geen claim ontvangen."),
         ("h2", "Aandachtspunten"),
         ("p", "1. Geluid Koningskermis: de norm van 85 dB(C) is eenmaal overschreden. Voorstel: begrenzer verplicht (actie K26-01).\n"
               "2. Capaciteit Team Evenementen: de vergunningverlener en de coördinator hebben in juli en augustus samen 140 "
               "overuren gemaakt. De raad heeft hierover vragen gesteld (RV-2026-118).\n"
               "3. Bibob: het eigen onderzoek bij de kermisexploitant en bij een horeca-ondernemer leverde geen weigeringsgrond op. "
               "Voorstel om de Beleidslijn Bibob Nijmegen 2022 in 2027 te actualiseren.\n"
               "4. Woo-verzoek De Gelderlander (WOO-2026-0389) over de vergunningen: besluit voorzien op 30 november 2026."),
         ("h2", "Gevraagd besluit"),
         ("p", "Kennisnemen van de evaluatie en instemmen met de voorstellen onder 1 en 3."),
         ("p", "Behandelaar: Team Evenementen, evenementen@nijmegen.nl, 14 024."),
         ]
    g.r("PERSON", "Femke Lagerwey-Brink", "Femke Lagerwey-Brink", channel="metadata")
    g.r("PERSON", "Gijs Mertens", "Gijs Mertens", channel="annotations")
    g.r("PHONE", "06-28 90 15 44", channel="annotations")
    g.r("PERSON", "J. Wijnbergen", channel="annotations")
    g.k("PERSON_PUBLIC", "burgemeester Bruls")
    g.k("ORG", "Team Evenementen", "CWZ", "De Gelderlander")
    g.k("CASE", "K26-01", "RV-2026-118", "WOO-2026-0389")
    g.k("LAW", "Beleidslijn Bibob Nijmegen 2022")
    g.k("EMAIL_FUNC", "evenementen@nijmegen.nl")
    g.k("PHONE_GEN", "14 024")
    g.k("PLACE", "Valkhofpark")
    g.k("EVENT", "Waalzinnig Festival", "Koningskermis")
    g.k("JOB", "teamleider Vergunningen")
    g.k("DATE", "18 september 2026", "23 september 2026")
    return b, g


# ================================================================== nk30 evaluatie festival (docx)
@doc("nk30", prod="docx", font="Liberation Sans", size=10, meta={"title": "Evaluatie Waalzinnig Festival 2026"})
def nk30():
    g = Gold()
    b = [("h1", "Evaluatieverslag Waalzinnig Festival 2026"),
         ("kv", [["Datum", "dinsdag 15 september 2026, 14.00-16.00 uur"], ["Plaats", "Stadhuis, kamer 2.14"], ["Zaak", Z_FEST],
                 ["Verslag", "S. Hoekstra"]], [0.2, 0.8]),
         ("p", "Aanwezig: zie presentielijst (Gemeente Nijmegen: DVA, MtB; politie: NEA; brandweer: TV; Waalzinnig: JS, PRS; "
               "Gelre Event Security: MY; Dar: I. Brugman). Paraafcodes als in het vooroverleg van 17 juni 2026; PRS = Priya Ramdin-Sewnath."),
         ("h2", "1. Cijfers"),
         ("table", [["", "Vrijdag", "Zaterdag", "Zondag"], ["Unieke bezoekers", "6.900", "9.800", "8.100"],
                    ["Max. gelijktijdig", "7.450", "8.740", "7.020"], ["EHBO-contacten", "18", "37", "22"],
                    ["Vervoer ziekenhuis", "0", "2", "1"], ["Aanhoudingen politie", "1", "4", "0"]], [0.34, 0.22, 0.22, 0.22]),
         ("h2", "2. Bespreking"),
         ("p", "NEA: de sluiting van de ingang Lage Markt bij 92% op zaterdag verliep volgens plan; de drempel lag formeel op 85%, "
               "dat moet volgend jaar strakker. JS erkent dit. TV: de trap van het Valkhofpark (incident 4 juli) krijgt volgend jaar "
               "een tweede leuning en antislip. De bezoeker is volgens de organisatie hersteld; details zijn vertrouwelijk en "
               "staan niet in dit verslag."),
         ("p", "MtB: drie klachten over geluid, waarvan één over de soundcheck op zondagochtend. Het Team Evenementen wil een "
               "vaste bewonerslijn als voorschrift opnemen. I. Brugman (Dar): terrein op tijd opgeleverd, 14 ton afval."),
         ("h2", "3. Actielijst"),
         ("table", [["Nr.", "Actie", "Wie", "Wanneer"],
                    ["W26-01", "Drempel sluiten ingangen hard op 85% in calamiteitenplan 2027", "JS / NEA", "01-03-2027"],
                    ["W26-02", "Tweede leuning en antislip trap Valkhofpark (tijdelijke voorziening)", "PRS / TV", "01-05-2027"],
                    ["W26-03", "Bewonerslijn als standaardvoorschrift evenementen C", "MtB", "01-12-2026"],
                    ["W26-04", "Evaluatie inzet beveiliging delen met politie", "MY", "01-10-2026"],
                    ["W26-05", "Afvalplan met statiegeldbekers (Dar)", "I. Brugman / PRS", "01-04-2027"]], [0.1, 0.56, 0.17, 0.17]),
         ("p", "Het verslag is op 22 september 2026 per e-mail vastgesteld. Vragen via evenementen@nijmegen.nl."),
         ]
    for n, *p in [("Sanne Hoekstra", "S. Hoekstra"), ("Dennis Vermeulen-Akkermans", "DVA"), ("Marloes ten Brinke", "MtB"),
                  ("Naima El Amrani", "NEA"), ("Thijs Verhoef", "TV"), ("Jeroen Stam", "JS"), ("Priya Ramdin-Sewnath", "PRS", "Priya Ramdin-Sewnath"),
                  ("Mustafa Yıldız", "MY"), ("Ilse Brugman", "I. Brugman")]:
        g.r("PERSON", n, *p)
    std_keep(g)
    g.k("CASE", Z_FEST, "W26-01", "W26-05")
    g.k("ORG", "Gelre Event Security", "Dar", "Team Evenementen")
    g.k("PLACE", "Lage Markt", "Valkhofpark")
    g.k("EMAIL_FUNC", "evenementen@nijmegen.nl")
    g.k("EVENT", "Waalzinnig Festival 2026")
    g.k("DATE", "15 september 2026", "22 september 2026", "17 juni 2026")
    return b, g


# ================================================================== nk31 Woo-besluit to requester (Helvetica)
@doc("nk31", font="Helvetica", size=10, meta={"title": "Besluit op Woo-verzoek WOO-2026-0389"})
def nk31():
    g = Gold()
    b = [("lh", "Gemeente Nijmegen", GEM_ADR),
         ("p", "De Gelderlander\nt.a.v. mevrouw L. Hazenberg\nPostbus 36\n6500 DA  Nijmegen"),
         ("kv", [["Datum", "30 november 2026"], ["Kenmerk", "WOO-2026-0389"], ["Behandeld door", "Woo-team, woo@nijmegen.nl"],
                 ["Onderwerp", "Besluit op uw Woo-verzoek over evenementenvergunningen 2026"]], [0.22, 0.78]),
         ("p", "Geachte mevrouw Hazenberg,"),
         ("p", "Op 2 oktober 2026 heeft u met een beroep op de Wet open overheid (Woo) gevraagd om openbaarmaking van alle "
               "documenten over de vergunningen voor Koningsdag, de Koningskermis 2026 en het Waalzinnig Festival 2026. Op 26 oktober "
               "is de beslistermijn met twee weken verdaagd (artikel 4.4, tweede lid, Woo)."),
         ("h2", "Besluit"),
         ("p", "Ik heb besloten de documenten op de inventarislijst (bijlage 1) gedeeltelijk openbaar te maken. Een aantal "
               "documenten is geheel openbaar; bij de overige zijn persoonsgegevens en enkele andere gegevens weggelakt."),
         ("h2", "Informatie die niet openbaar gemaakt kan worden"),
         ("p", "**Motivering.** Persoonsgegevens (namen, e-mailadressen, telefoonnummers, woonadressen, geboortedata en "
               "handtekeningen) van medewerkers, omwonenden, bezoekers en medewerkers van bedrijven maak ik niet openbaar "
               "(artikel 5.1, tweede lid, onder e, Woo). De namen van de burgemeester en van raadsleden blijven zichtbaar. "
               "Bijzondere persoonsgegevens over de gezondheid van een bezoeker en van omwonenden en strafrechtelijke "
               "gegevens (artikel 5.1, eerste lid, onder d, Woo) maak ik niet openbaar; het burgerservicenummer evenmin "
               "(artikel 5.1, eerste lid, onder e, Woo). Pasnummers van beveiligers maak ik niet openbaar in het belang van "
               "de veiligheid van personen (artikel 5.1, tweede lid, onder h, Woo)."),
         ("h2", "Bezwaar"),
         ("p", "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken bij de burgemeester van Nijmegen."),
         ("p", "Met vriendelijke groet,\nde burgemeester van Nijmegen,\nnamens deze,\n\nmr. E.J. Koopmans-Dirks\nWoo-coördinator"),
         ("small", "Bijlagen: 1. inventarislijst; 2. documenten (33)."),
         ]
    g.r("PERSON", "L. Hazenberg", "L. Hazenberg", "Hazenberg")
    g.r("PERSON", "E.J. Koopmans-Dirks", "Koopmans-Dirks")
    std_keep(g)
    g.k("ORG", "De Gelderlander", "Woo-team")
    g.k("ADDRESS_ORG", "Postbus 36")
    g.k("CASE", "WOO-2026-0389")
    g.k("EMAIL_FUNC", "woo@nijmegen.nl")
    g.k("LAW", "Wet open overheid", "artikel 4.4, tweede lid, Woo", "artikel 5.1, tweede lid, onder e, Woo", "artikel 5.1, eerste lid, onder d, Woo")
    g.k("EVENT", "Waalzinnig Festival 2026", "Koningskermis 2026")
    g.k("JOB", "Woo-coördinator", "burgemeester van Nijmegen")
    g.k("DATE", "30 november 2026", "2 oktober 2026")
    return b, g


# ================================================================== nk32 inventarislijst Woo-besluit (landscape, Carlito)
@doc("nk32", font="Carlito", size=9, land=True, meta={"title": "Inventarislijst WOO-2026-0389"})
def nk32():
    g = Gold()
    rows = [["Nr.", "Documentnaam", "Datum", "Beoordeling", "Gronden", "Opmerking"],
            ["1", "Aanvraagformulier evenementenvergunning Waalzinnig", "12-01-2026", "deels openbaar", "5.1.2e", ""],
            ["2", "Ontvangstbevestiging aanvraag", "19-01-2026", "deels openbaar", "5.1.2e", ""],
            ["3", "RE_ Situatietekening versie 3 (mail Priya-Marloes).msg", "23-02-2026", "deels openbaar", "5.1.2e", "e-mailwisseling, 3 berichten"],
            ["4", "Politieadvies PON-EVT-2026-0712", "03-03-2026", "deels openbaar", "5.1.2e, 5.1.1d", ""],
            ["5", "Advies VRGZ VR-EV-26-0233", "05-03-2026", "deels openbaar", "5.1.2e", ""],
            ["6", "GHOR-advies (mail Bakker-Oomen)", "10-03-2026", "deels openbaar", "5.1.2e", ""],
            ["7", "Bibob-vragenlijst " + Z_BIB, "02-02-2026", "deels openbaar", "5.1.1d, 5.1.1e, 5.1.2e", "persoonsgegevens eigenaar"],
            ["8", "Interne notitie Bibob (YD)", "16-02-2026", "deels openbaar", "5.1.1d, 5.1.2e", ""],
            ["9-12", "Klachten omwonenden en reactie", "28-04 t/m 12-05-2026", "deels openbaar", "5.1.1d, 5.1.2e", ""],
            ["13", "Besluit evenementenvergunning Waalzinnig", "09-06-2026", "openbaar", "-", "reeds gepubliceerd (Gemeenteblad)"],
            ["14", "Besluit Koningskermis", "07-04-2026", "deels openbaar", "5.1.2e", ""],
            ["15", "Beveiligingsplan + personeelslijst Gelre Event Security", "14-05-2026", "deels openbaar", "5.1.2e, 5.1.2h", ""],
            ["16-18", "Draaiboek, verslag MDO, evaluatie Koningsdag", "april-mei 2026", "deels openbaar", "5.1.2e", ""],
            ["19", "WhatsApp-export Team Waalzinnig", "03-07 t/m 06-07-2026", "deels openbaar", "5.1.2e", ""],
            ["20-22", "Incidentregistratie 4 juli (Rode Kruis, mail, telefoonnotitie)", "juli 2026", "deels openbaar", "5.1.1d, 5.1.2e", ""],
            ["23", "Schriftelijke vragen RV-2026-118", "02-06-2026", "openbaar", "-", "reeds openbaar (raadsinformatie)"],
            ["24", "Ontheffing art. 35 Alcoholwet bar 3 (Bouzidi)", "02-06-2026", "deels openbaar", "5.1.1d, 5.1.2e", ""],
            ["25", "Verkeersbesluit VB-2026-061", "16-06-2026", "openbaar", "-", "Gemeenteblad 2026-148213"],
            ["26-30", "Bewonersbrief, handhavingsrapportage, presentielijst, notitie, evaluatie", "juni-sept. 2026", "deels openbaar", "5.1.2e", ""],
            ["31", "Concept-antwoord raadsvragen (versie MtB 22-05)", "22-05-2026", "niet openbaar", "5.2.1", "persoonlijke beleidsopvattingen"]]
    b = [("h1", "Bijlage 1 - Inventarislijst Woo-verzoek WOO-2026-0389 (evenementenvergunningen 2026)"),
         ("table", rows, [0.05, 0.38, 0.12, 0.11, 0.14, 0.2]),
         ("small", "Legenda gronden: 5.1.1d bijzondere persoonsgegevens; 5.1.1e identificatienummers; 5.1.2e eerbiediging van de "
                   "persoonlijke levenssfeer; 5.1.2h veiligheid van personen; 5.2.1 persoonlijke beleidsopvattingen. "
                   "Opgesteld door het Woo-team (woo@nijmegen.nl)."),
         ]
    g.r("PERSON", "Priya Ramdin-Sewnath", "Priya")
    g.r("PERSON", "Marloes ten Brinke", "Marloes", "MtB")
    g.r("PERSON", "Lisanne Bakker-Oomen", "Bakker-Oomen")
    g.r("PERSON", "Yusuf Demirel", "YD")
    g.r("PERSON", "R. Bouzidi", "Bouzidi")
    g.k("CASE", "WOO-2026-0389", "PON-EVT-2026-0712", "VR-EV-26-0233", Z_BIB, "RV-2026-118", "VB-2026-061", "2026-148213")
    g.k("GROUND", "5.1.2e", "5.1.1d", "5.1.2h", "5.2.1")
    g.k("ORG", "Gelre Event Security", "Rode Kruis", "GHOR", "Woo-team")
    g.k("EMAIL_FUNC", "woo@nijmegen.nl")
    g.k("LAW", "art. 35 Alcoholwet")
    g.k("TERM", "deels openbaar", "niet openbaar")
    return b, g


# ================================================================== nk33 restitutie waarborgsom (e-mail, LibSerif, English reply)
@doc("nk33", font="LibSerif", size=10)
def nk33():
    g = Gold()
    b = [("kv", [["From:", "Jeroen Stam <jeroen@waalzinnig.nl>"], ["Sent:", "Monday, July 20, 2026 11:04 AM"],
                 ["To:", "Financiën Debiteuren <debiteuren@nijmegen.nl>"], ["Cc:", "Brinke, Marloes ten <m.tenbrinke@nijmegen.nl>"],
                 ["Subject:", "RE: Terugbetaling waarborgsom Waalzinnig 2026 - factuur 2026-104418"]], [0.15, 0.85]),
         ("p", "Dear colleagues / beste mensen van Debiteuren,"),
         ("p", "Sorry for the mix-up. Het rekeningnummer in ons formulier was verkeerd: de waarborgsom van € 5.000 is in februari "
               "voorgeschoten van mijn privérekening, omdat de stichting toen nog geen rekening had. Willen jullie het bedrag "
               "terugstorten op NL03 TRIO 2019 4486 10 t.n.v. J.W. Stam? Ik heb dit met Marloes afgestemd."),
         ("p", "Voor de administratie: de stichting heeft inmiddels rekening NL42 TRIO 0788 1220 56 (Stichting Waalzinnig Festival)."),
         ("p", "Kind regards,\nJeroen Stam\nfestivaldirecteur | Waalzinnig Festival | 06-41 27 88 35"),
         ("small", "________________________________"),
         ("kv", [["Van:", "Financiën Debiteuren <debiteuren@nijmegen.nl>"], ["Verzonden:", "vrijdag 17 juli 2026 15:30"],
                 ["Aan:", "info@waalzinnig.nl"], ["Onderwerp:", "Terugbetaling waarborgsom Waalzinnig 2026 - factuur 2026-104418"]], [0.15, 0.85]),
         ("p", "Geachte heer/mevrouw,\n\nNa de eindschouw van 6 juli 2026 is vastgesteld dat het terrein schoon is opgeleverd. "
               "De waarborgsom (factuur 2026-104418, € 5.000) kan worden terugbetaald. Het opgegeven IBAN staat niet op naam van de "
               "stichting. Wilt u dit toelichten?\n\nMet vriendelijke groet,\n\nK. Boersma-Lindeman\nmedewerker debiteurenbeheer, "
               "afdeling Financiën\nGemeente Nijmegen | 14 024"),
         ]
    g.r("PERSON", "Jeroen Stam", "Jeroen Stam", "J.W. Stam")
    g.r("EMAIL", "jeroen@waalzinnig.nl")
    g.r("EMAIL", "m.tenbrinke@nijmegen.nl")
    g.r("PERSON", "Marloes ten Brinke", "Brinke, Marloes ten", "Marloes")
    g.r("IBAN", IBAN_STAM)
    g.r("PHONE", "06-41 27 88 35")
    g.r("PERSON", "K. Boersma-Lindeman")
    std_keep(g)
    g.k("EMAIL_FUNC", "debiteuren@nijmegen.nl", "info@waalzinnig.nl")
    g.k("ID", "2026-104418", "NL42 TRIO 0788 1220 56")
    g.k("ORG", "Stichting Waalzinnig Festival", "Financiën Debiteuren", "afdeling Financiën")
    g.k("PHONE_GEN", "14 024")
    g.k("AMOUNT", "€ 5.000")
    g.k("JOB", "festivaldirecteur", "medewerker debiteurenbeheer")
    g.k("TERM", "Kind regards", "waarborgsom")
    return b, g


# ================================================================== nk34 melding ongeval attractie (docx form, 2 pages)
@doc("nk34", prod="docx", font="Liberation Sans", size=9.5, meta={"author": "Kermisexploitatie Gelderse Poort B.V.", "title": "Melding ongeval attractie"})
def nk34():
    g = Gold()
    b = [("lh", "Melding ernstig ongeval attractie- of speeltoestel", "Artikel 20 Warenwetbesluit attractie- en speeltoestellen | melden bij de NVWA (meldpunt via www.nvwa.nl) | afschrift aan de gemeente"),
         ("kv", [["Meldingsnummer NVWA", "NVWA-ATT-2026-00614"], ["Gemeentelijke zaak", Z_KERM],
                 ["Datum en tijd ongeval", "zaterdag 2 mei 2026, 19.40 uur"], ["Locatie", "Koningskermis, Wedren Nijmegen, standplaats 7"],
                 ["Attractie", "Break Dance No. 2 (TÜV Nederland, certificaat T-2026-5528)"],
                 ["Exploitant", "Kermisexploitatie Gelderse Poort B.V., KvK 09176543"],
                 ["Melder", "B. Hermsen, bedrijfsleider, 06-21 09 63 58"]], [0.3, 0.7]),
         ("h2", "1. Gegevens slachtoffer"),
         ("kv", [["Naam", "Levi Oosterbaan"], ["Geboortedatum", "17-08-2016 (9 jaar)"],
                 ["Ouder / verzorger", "mevrouw D.M. Oosterbaan-Kuipers"],
                 ["Adres", "Tooropstraat 61, 6521 NM Nijmegen"], ["Telefoon ouder", "06-43 88 10 25"]], [0.3, 0.7]),
         ("h2", "2. Toedracht"),
         ("p", "Het slachtoffer zat met zijn moeder in gondel 3. Bij het afremmen schoot de beugel van de gondel ongeveer 10 cm "
               "omhoog voordat de vergrendeling weer aangreep. Het kind is met de linkerarm tussen de beugel en de zitting "
               "bekneld geraakt. De attractie is direct stilgezet door de operator (C. van Haaren)."),
         ("h2", "3. Letsel"),
         ("p", "EHBO door het Rode Kruis ter plaatse; vervolgens met de ambulance naar het Radboudumc (Amalia kinderziekenhuis). "
               "Volgens de moeder: gebroken onderarm links (fractuur van de radius), opgenomen voor één nacht. Het kind heeft "
               "daarnaast ADHD en was erg angstig; de moeder vraagt om daar in contacten rekening mee te houden."),
         ("pb",),
         ("h2", "4. Maatregelen exploitant"),
         ("table", [["Maatregel", "Door", "Datum"],
                    ["Attractie buiten gebruik tot inspectie", "exploitant", "02-05-2026"],
                    ["Inspectie vergrendeling door TÜV Nederland", "TÜV (inspecteur ing. P. Reijnders)", "03-05-2026"],
                    ["Vervanging veer beugelvergrendeling gondel 3", "technische dienst exploitant", "03-05-2026"],
                    ["Hercertificering, vrijgave", "TÜV Nederland", "03-05-2026 16.00 uur"]], [0.5, 0.3, 0.2]),
         ("h2", "5. Getuigen"),
         ("table", [["Naam", "Telefoon", "Rol"],
                    ["C. van Haaren", "06-12 57 90 33", "operator attractie"],
                    ["S.A. Pinas", "via Gelre Event Security (024 642 70 00)", "beveiliger ter plaatse"],
                    ["R. Ozdemir", "06-29 01 66 84", "bezoeker"]], [0.3, 0.4, 0.3]),
         ("h2", "6. Handtekening melder"),
         ("p", "Malden, 3 mei 2026"),
         ("img", squiggle_png(3434), 40),
         ("p", "B. Hermsen"),
         ("small", "Afschrift ontvangen door Team Evenementen op 4 mei 2026 (DVA). Doorgezet naar NVWA-toezichthouder en "
                   "Toezicht & Handhaving."),
         ]
    g.r("PERSON", "Bart Hermsen", "B. Hermsen")
    g.r("PHONE", "06-21 09 63 58")
    g.r("PERSON", "Levi Oosterbaan", "Levi Oosterbaan")
    g.r("DATE_OF_BIRTH", "17-08-2016")
    g.r("PERSON", "D.M. Oosterbaan-Kuipers", "Oosterbaan-Kuipers")
    g.r("ADDRESS", "Tooropstraat 61, 6521 NM Nijmegen", "Tooropstraat 61", "6521 NM")
    g.r("PHONE", "06-43 88 10 25")
    g.r("PERSON", "C. van Haaren", "C. van Haaren")
    g.r("HEALTH", "gebroken onderarm links (fractuur van de radius)", "gebroken onderarm", "fractuur van de radius")
    g.r("HEALTH", "ADHD", "ADHD")
    g.r("PERSON", "P. Reijnders")
    g.r("PHONE", "06-12 57 90 33")
    g.r("PERSON", "S.A. Pinas")
    g.r("PERSON", "R. Ozdemir")
    g.r("PHONE", "06-29 01 66 84")
    g.r("PERSON", "Dennis Vermeulen-Akkermans", "DVA")
    g.k("CASE", "NVWA-ATT-2026-00614", Z_KERM, "T-2026-5528")
    g.k("LAW", "Artikel 20 Warenwetbesluit attractie- en speeltoestellen")
    g.k("ORG", "Amalia kinderziekenhuis", hard=True)
    g.k("ORG", "NVWA", "TÜV Nederland", "Kermisexploitatie Gelderse Poort B.V.", "Rode Kruis", "Radboudumc", "Amalia kinderziekenhuis",
        "Gelre Event Security", "Team Evenementen", "Toezicht & Handhaving")
    g.k("PHONE_GEN", "024 642 70 00")
    g.k("PRODUCT", "Break Dance No. 2")
    g.k("PLACE", "Wedren", "Malden")
    g.k("JOB", "bedrijfsleider", "operator attractie")
    g.k("ID", "09176543")
    return b, g


if __name__ == "__main__":
    from lib import run
    run(DOCS, sys.argv[1:])
