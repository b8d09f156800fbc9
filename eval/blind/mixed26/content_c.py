"""Set AJ, documents aj21-aj31: message lists, webmail, scans, a form, English thread, distribution lists,
a functional mailbox with hidden annotations, a Teams transcript."""
from __future__ import annotations

import framework as fw
import mailprint as mp
from framework import Doc, H, K, P, Pr, esc

DOCS = []

# ---------------------------------------------------------------------------------------------- aj21
MUL = "Mulder, Daan <daan.mulder@minszw.nl>"
ELK = "El Khattabi, Yasmina <y.elkhattabi@minszw.nl>"
SEW = "Sewdien, Anand <anand.sewdien@uwv.nl>"
NIE = "Nieuwenhuis, Ingrid <ingrid.nieuwenhuis@minszw.nl>"
ADJ = "Adjei, Kojo <kojo.adjei@minszw.nl>"
OUA = "Ouali, Karim <k.ouali@nlarbeidsinspectie.nl>"
BAK = "Bakker, Sandra <sandra.bakker@minszw.nl>"
PAM = "postbus-arbeidsmarkt@minszw.nl"
SEC = "Secretariaat Minister SZW <secretariaatminister@minszw.nl>"
ROWS21 = [
    ("0001", "06-01-2025 09:12", "Outlook", NIE, f"{ELK}; {MUL}", "Regietafel Arbeidsmigratie – agenda 13 januari"),
    ("0002", "06-01-2025 11:40", "Outlook", ELK, NIE, "RE: Regietafel Arbeidsmigratie – agenda 13 januari"),
    ("0003", "13-01-2025 10:02", "Signal", "+31 6 2611 8490 (Adjei)", "groep Regietafel Arbeidsmigratie", "Bericht: ‘Stukken staan in de map.’"),
    ("0004", "13-01-2025 10:05", "Signal", "Minister SZW (secretariaat)", "groep Regietafel Arbeidsmigratie", "Bericht: ‘Dank, tot straks.’"),
    ("0005", "20-01-2025 15:31", "Outlook", OUA, f"{ELK}; {PAM}", "Inspectiebeeld uitzendsector Q4"),
    ("0006", "20-01-2025 16:02", "Outlook", ELK, f"{OUA}; {ADJ}", "RE: Inspectiebeeld uitzendsector Q4"),
    ("0007", "27-01-2025 08:45", "Teams", "Adjei, Kojo", "chat: Nieuwenhuis, Ingrid", "‘Heb jij de cijfers van Karim al?’"),
    ("0008", "27-01-2025 08:47", "Teams", "Nieuwenhuis, Ingrid", "chat: Adjei, Kojo", "‘Ja, in de map. Sandra heeft ze gecheckt.’"),
    ("0009", "03-02-2025 13:20", "Outlook", BAK, f"{NIE}; {SEC}", "Nota Regietafel – versie voor de minister"),
    ("0010", "03-02-2025 17:58", "Outlook", SEC, BAK, "RE: Nota Regietafel – versie voor de minister"),
    ("0011", "12-02-2025 07:14", "Signal", "Minister SZW (secretariaat)", "groep Regietafel Arbeidsmigratie", "Bericht van minister Van Hijum: ‘Geen besluiten via de app.’"),
    ("0012", "12-02-2025 07:20", "Signal", "+31 6 3390 1177 (Sewdien)", "groep Regietafel Arbeidsmigratie", "Reactie: duim omhoog"),
    ("0013", "12-02-2025 07:22", "Signal", "+31 6 2611 8490 (Adjei)", "groep Regietafel Arbeidsmigratie", "Reactie: duim omhoog"),
    ("0014", "18-02-2025 16:20", "Outlook", ELK, MUL, "Signal-groep Regietafel Arbeidsmigratie – bewaren berichten"),
    ("0015", "19-02-2025 11:05", "Outlook", MUL, f"{ELK}; {SEW}; {PAM}", "RE: Signal-groep Regietafel Arbeidsmigratie – bewaren berichten"),
    ("0016", "19-02-2025 14:33", "Outlook", SEW, MUL, "RE: Signal-groep – export UWV-deelnemers"),
    ("0017", "24-02-2025 09:00", "Teams", "Ouali, Karim", "chat: El Khattabi, Yasmina", "‘Kun je de export ook naar de Inspectie sturen?’"),
    ("0018", "24-02-2025 09:12", "Teams", "El Khattabi, Yasmina", "chat: Ouali, Karim", "‘Nee, dat loopt via de Woo-coördinator.’"),
    ("0019", "03-03-2025 10:10", "Outlook", PAM, "woo@minszw.nl", "Doorgestuurd: Woo-verzoek RTL Nieuws chatberichten regietafel"),
    ("0020", "03-03-2025 12:47", "Outlook", NIE, f"{ADJ}; {BAK}", "RE: Woo-verzoek RTL Nieuws – zoekslag"),
    ("0021", "04-03-2025 08:30", "Outlook", ADJ, NIE, "RE: Woo-verzoek RTL Nieuws – zoekslag (mijn telefoon: 06 2611 8490)"),
    ("0022", "05-03-2025 15:15", "Outlook", "woo@minszw.nl", "verzoeker (RTL Nieuws)", "Ontvangstbevestiging Woo-verzoek 2025-0071"),
]


def b_aj21(out):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    st = fw.styles("DVC", 8.6)
    S = [Paragraph("Berichtenlijst Woo-verzoek 2025-0071 – export woo-export 2.3.1", st["h2"]),
         Paragraph("Bron: mailboxen en chats van 3 custodians (zie bladwijzers), periode 01-01-2025 t/m 05-03-2025; "
                   "22 items na ontdubbeling. Kolommen zoals in de CSV-export; namen van custodians staan in de "
                   "bladwijzers, niet in de tabel.", st["small"]), Spacer(1, 6)]
    head = ["ID", "Datum/tijd", "Kanaal", "Van", "Aan", "Onderwerp / inhoud"]
    data = [[Paragraph(f"<b>{h}</b>", st["small"]) for h in head]]
    for r in ROWS21:
        data.append([Paragraph(esc(c), st["t"]) for c in r])
    t = Table(data, colWidths=[13 * mm, 27 * mm, 16 * mm, 71 * mm, 77 * mm, 63 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, "#888888"), ("BACKGROUND", (0, 0), (-1, 0), "#dfe6ee"),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    S.append(t)

    def onpage(c, d):
        n = c.getPageNumber()
        c.setFont("DVC", 7)
        c.drawString(15 * mm, 8 * mm, "Woo-verzoek 2025-0071 · berichtenlijst · intern werkdocument")
        c.drawRightString(282 * mm, 8 * mm, f"pagina {n}")
        if n == 1:
            for k, (title, lvl) in enumerate((("Berichtenlijst Woo-verzoek 2025-0071", 0),
                                              ("Custodian Ingrid Nieuwenhuis – 41 items", 1),
                                              ("Custodian Reinier Vos – 17 items", 1),
                                              ("Custodian Laila Bouzerda (UWV) – 9 items", 1))):
                c.bookmarkPage(f"p1_{k}")
                c.addOutlineEntry(title, f"p1_{k}", level=lvl)
            c.showOutline()
        else:
            c.bookmarkPage(f"p{n}")
            c.addOutlineEntry(f"Vervolg pagina {n}", f"p{n}", level=1)

    fw.reportlab_doc(out, S, title="Berichtenlijst Woo-verzoek 2025-0071", author="woo-export 2.3.1", onpage=onpage,
                     pagesize=landscape(A4), margins=(15, 15, 14, 14))


DOCS.append(Doc(
    "aj21", "Message list exported by an e-discovery tool (landscape table, 2 pages); custodians only in bookmarks",
    "reportlab", b_aj21,
    redact=[
        P("Daan Mulder", ["Mulder", "Daan"], email=["daan.mulder@minszw.nl"]),
        P("Yasmina El Khattabi", ["El Khattabi", "Yasmina"], email=["y.elkhattabi@minszw.nl"]),
        P("Anand Sewdien", ["Sewdien", "Anand"], email=["anand.sewdien@uwv.nl"], phone=["+31 6 3390 1177"]),
        P("Ingrid Nieuwenhuis", ["Nieuwenhuis", "Ingrid"], email=["ingrid.nieuwenhuis@minszw.nl"]),
        P("Kojo Adjei", ["Adjei", "Kojo"], email=["kojo.adjei@minszw.nl"], phone=["+31 6 2611 8490", "06 2611 8490"]),
        P("Karim Ouali", ["Ouali", "Karim"], email=["k.ouali@nlarbeidsinspectie.nl"]),
        P("Sandra Bakker", ["Bakker", "Sandra"], email=["sandra.bakker@minszw.nl"]),
        H("PERSON", "Reinier Vos (custodian, only in bookmarks)", "Reinier Vos"),
        H("PERSON", "Laila Bouzerda (custodian, only in bookmarks)", "Laila Bouzerda", "Bouzerda"),
        H("PERSON", "Ingrid Nieuwenhuis as custodian (bookmark)", "Ingrid Nieuwenhuis"),
    ],
    keep=[
        K("MAILBOX", "postbus-arbeidsmarkt@minszw.nl"), K("MAILBOX", "secretariaatminister@minszw.nl"),
        K("MAILBOX", "Secretariaat Minister SZW"), K("MAILBOX", "woo@minszw.nl"), K("OFFICE_HOLDER", "Van Hijum"),
        K("TITLE", "Minister SZW"), K("ORG", "Regietafel Arbeidsmigratie"), K("PRODUCT", "Signal"), K("PRODUCT", "Outlook"),
        K("PRODUCT", "Teams"), K("ORG", "RTL Nieuws"), K("ID", "Woo-verzoek 2025-0071"), K("PRODUCT", "woo-export 2.3.1"),
        K("TERM", "custodians"), K("TERM", "Inspectiebeeld uitzendsector Q4"), K("TITLE", "Woo-coördinator"),
        K("TERM", "Reactie: duim omhoog"), K("DATE", "12-02-2025 07:14"),
    ]))

# ---------------------------------------------------------------------------------------------- aj22


def b_aj22(out):
    msgs = [
        {"av": "JR", "name": "Jan-Pieter Ravesteijn", "mail": "jp.ravesteijn@zonnepark-achterhoek.nl",
         "date": "do 10-4-2025 08:17", "to": "Chantal Wijnaldum <c.wijnaldum@rvo.nl>", "cc": "SDE Helpdesk <sde@rvo.nl>",
         "body": ["""Goedemorgen mevrouw Wijnaldum,

Dank voor uw snelle reactie. De transportindicatie van Liander volgt volgens mevrouw Kowalska (accountmanager grootzakelijk) uiterlijk 25 april. Burgemeester Bengevoord heeft ons vorige week laten weten dat de gemeente Winterswijk de omgevingsvergunning aanhoudt tot die indicatie er is.

Kunnen we de aanvraag SDE++ (SDE25-04417) tot die datum openhouden? Zo niet, dan dienen wij opnieuw in in de najaarsronde.

Met vriendelijke groet,""",
                  ("sig", """Jan-Pieter Ravesteijn
Directeur | Zonnepark Achterhoek B.V.
Misterweg 140 | 7102 EM Winterswijk
+31 6 5300 8812 | KvK 80114433"""),
                  ("hdr", {"from": "Chantal Wijnaldum <c.wijnaldum@rvo.nl>", "sent": "woensdag 9 april 2025 14:22",
                           "to": "Jan-Pieter Ravesteijn <jp.ravesteijn@zonnepark-achterhoek.nl>",
                           "cc": "SDE Helpdesk <sde@rvo.nl>",
                           "subject": "Aanvraag SDE++ SDE25-04417 – ontbrekende transportindicatie"}),
                  """Geachte heer Ravesteijn,

Bij de beoordeling van uw aanvraag SDE25-04417 ontbreekt de transportindicatie van de netbeheerder. Zonder die indicatie kunnen wij de aanvraag niet in behandeling nemen. Mijn collega Bart-Jan Heuvelink heeft u hierover op 2 april al gebeld.

Met vriendelijke groet,

Chantal Wijnaldum
Adviseur Duurzame Energie | Rijksdienst voor Ondernemend Nederland
T 088 042 4516 | c.wijnaldum@rvo.nl
Algemeen nummer RVO: 088 042 4242"""]},
        {"av": "CW", "name": "Chantal Wijnaldum", "mail": "c.wijnaldum@rvo.nl", "date": "do 10-4-2025 11:03",
         "to": "Jan-Pieter Ravesteijn <jp.ravesteijn@zonnepark-achterhoek.nl>", "cc": "SDE Helpdesk <sde@rvo.nl>",
         "body": ["""Geachte heer Ravesteijn,

De aanvraag blijft tot en met 30 april 2025 open. Stuurt u de indicatie via het eLoket; mailen hoeft niet. Ik heb dit afgestemd met mijn teamleider, de heer Heuvelink.

Met vriendelijke groet,
Chantal Wijnaldum"""]},
    ]
    fw.chromium(mp.owa("RE: Aanvraag SDE++ SDE25-04417 – ontbrekende transportindicatie", msgs,
                       title="E-mail – Chantal Wijnaldum – Outlook"), out)


DOCS.append(Doc(
    "aj22", "Outlook on the web print: initials avatars, a company director's mobile, 'Winterswijk' near a surname",
    "chromium-owa", b_aj22,
    redact=[
        P("Jan-Pieter Ravesteijn", ["Jan-Pieter Ravesteijn", "Ravesteijn", "Jan-Pieter"],
          email=["jp.ravesteijn@zonnepark-achterhoek.nl"], phone=["+31 6 5300 8812"], codes=["JR"]),
        P("Chantal Wijnaldum", ["Chantal Wijnaldum", "Wijnaldum", "Chantal"], email=["c.wijnaldum@rvo.nl"],
          phone=["088 042 4516"], codes=["CW"]),
        P("mevrouw Kowalska (Liander)", ["Kowalska"]),
        P("Bart-Jan Heuvelink", ["Bart-Jan Heuvelink", "Heuvelink"]),
    ],
    keep=[
        K("ORG", "Rijksdienst voor Ondernemend Nederland"), K("ACRONYM", "RVO"), K("MAILBOX", "sde@rvo.nl"),
        K("MAILBOX", "SDE Helpdesk"), K("ORG", "Liander"), K("OFFICE_HOLDER", "Bengevoord"), K("PLACE", "Winterswijk"),
        K("PROGRAMME", "SDE++"), K("ID", "SDE25-04417"), K("ORG", "Zonnepark Achterhoek B.V."),
        K("ADDRESS_ORG", "Misterweg 140"), K("ID", "KvK 80114433"), K("SWITCHBOARD", "088 042 4242"),
        K("TERM", "transportindicatie"), K("TERM", "omgevingsvergunning"), K("PRODUCT", "eLoket"),
        K("TITLE", "Adviseur Duurzame Energie"), K("TITLE", "accountmanager grootzakelijk"), K("TITLE", "Directeur"),
        K("TERM", "netbeheerder"),
    ]))

# ---------------------------------------------------------------------------------------------- aj23 (scan)


def b_aj23(out):
    msgs = [{
        "from": "Oude Luttikhuis, Sven <s.oudeluttikhuis@overijssel.nl>",
        "sent": "dinsdag 25 februari 2025 15:48",
        "to": "Popescu, Nicoleta <nicoleta.popescu@heijmans.nl>",
        "cc": "Tjoe-Awie, Kevin <k.tjoeawie@overijssel.nl>; Projectbureau N340 <n340@overijssel.nl>",
        "subject": "RE: Nachtwerk N340 Ommen-Hardenberg – melding omwonenden",
        "body": ["""Nicoleta,

Dank voor de planning. Het nachtwerk bij de kruising met de Balkerweg gaat door in week 11. Omwonenden krijgen deze week een brief; Kevin belt vooraf met de twee boerderijen aan de Varsenerdijk (familie Nijenhuis en de heer Stegeman), omdat zij de omleiding het meest merken.

Gedeputeerde Van Wageningen wil graag een korte update voor de Statencommissie van 12 maart. Kun jij vóór vrijdag de aantallen klachten aanleveren?

Groet,
Sven Oude Luttikhuis
Omgevingsmanager N340 | Provincie Overijssel
M 06 1340 7782""",
                 ("hdr", {"from": "Popescu, Nicoleta <nicoleta.popescu@heijmans.nl>", "sent": "dinsdag 25 februari 2025 11:02",
                          "to": "Oude Luttikhuis, Sven <s.oudeluttikhuis@overijssel.nl>",
                          "subject": "Nachtwerk N340 Ommen-Hardenberg – melding omwonenden"}),
                 """Sven,

In de bijlage de planning voor het nachtwerk. Onze uitvoerder, Gerrit-Jan Schuurman (06 4127 9930), is die nachten aanspreekpunt ter plaatse.

Met vriendelijke groet,
Nicoleta Popescu
Projectleider | Heijmans Infra"""]}]
    src = fw.TMP / "aj23-src.pdf"
    fw.chromium(mp.outlook("Oude Luttikhuis, Sven", msgs), src)
    fw.scan(src, out, ocr_layer=False, angle=-0.9, noise=8, seed=23, blur=0.4)
    fw.post(out, info={"/Title": "Scan 2025-03-03 09.41", "/Author": "hzwiers", "/Producer": "Canon iR-ADV C5550 PDF",
                       "/Creator": "Canon iR-ADV C5550"}, drop_info=True)


DOCS.append(Doc(
    "aj23", "Scanned print of a province-contractor mail (image only); the scanning user's login in the metadata",
    "scan-image", b_aj23, scan=True,
    redact=[
        P("Sven Oude Luttikhuis", ["Sven Oude Luttikhuis", "Oude Luttikhuis", "Sven"],
          email=["s.oudeluttikhuis@overijssel.nl"], phone=["06 1340 7782"]),
        P("Nicoleta Popescu", ["Nicoleta Popescu", "Popescu", "Nicoleta"], email=["nicoleta.popescu@heijmans.nl"]),
        P("Kevin Tjoe-Awie", ["Tjoe-Awie", "Kevin"], email=["k.tjoeawie@overijssel.nl"]),
        P("familie Nijenhuis", ["Nijenhuis"]), P("de heer Stegeman", ["Stegeman"]),
        P("Gerrit-Jan Schuurman", ["Gerrit-Jan Schuurman"], phone=["06 4127 9930"]),
        H("PERSON", "H. Zwiers (scanning user, metadata)", "hzwiers"),
    ]))

# ---------------------------------------------------------------------------------------------- aj24 (scan + OCR layer)


def b_aj24(out):
    css = mp.MAIL_CSS + "table.hdr td.l { width: 150px; } body { font-size: 10.5pt; }"
    rows = [("Onderwerp", "Vooroverleg Statencommissie Ruimte – N340 en netcongestie"),
            ("Locatie", "Microsoft Teams-vergadering; Provinciehuis Zwolle, kamer B2.14"),
            ("Begin", "wo 5-3-2025 13:00"), ("Einde", "wo 5-3-2025 14:00"), ("Terugkeerpatroon", "(geen)"),
            ("Organisator", "Hagenbeek, Marloes (Overijssel)"),
            ("Verplichte deelnemers", "Oude Luttikhuis, Sven; Tjoe-Awie, Kevin; Demir, Serkan; Secretariaat Gedeputeerde Staten"),
            ("Optionele deelnemers", "Zijlstra-Boukema, Froukje")]
    hdr = "<table class='hdr'>" + "".join(f"<tr><td class='l'>{esc(k)}:</td><td>{esc(v)}</td></tr>" for k, v in rows) + "</table>"
    body = mp.blocks(["""Beste allen,

Vooroverleg voor de Statencommissie Ruimte van 12 maart. Gedeputeerde Van Wageningen sluit het laatste half uur aan. Sven geeft de stand van de N340, Serkan de stand van de netcongestie.

Groet, Marloes"""])
    teams = """<div style='margin-top:14px'><div style='border-top:1px solid #999;margin:8px 0'></div>
<div style='font-size:13pt;font-weight:bold'>Microsoft Teams</div>
<div>Vergadering-id: 392 118 604 775</div><div>Wachtwoord: Tq7mV2</div>
<div><b>Inbellen via telefoon</b></div><div>+31 20 794 8439,,615227083# Nederland, Amsterdam</div>
<div>Telefonische vergadering-id: 615 227 083#</div>
<div style='border-top:1px solid #999;margin:8px 0'></div></div>"""
    src = fw.TMP / "aj24-src.pdf"
    fw.chromium(fw.page("<div class='acct'>Tjoe-Awie, Kevin</div><div class='rule'></div>" + hdr + body + teams,
                        title="Vooroverleg Statencommissie", css=css), src)
    fw.scan(src, out, ocr_layer=True, angle=0.5, noise=7, seed=24, blur=0.35)
    fw.post(out, info={"/Title": "Vooroverleg Statencommissie (scan)", "/Producer": "Tesseract 5 / scanstraat DIV"})


DOCS.append(Doc(
    "aj24", "Scanned meeting invitation with an invisible OCR layer (tesseract): attendees go, Teams IDs stay",
    "scan-ocr-layer", b_aj24, scan=True, ocr_layer=True, not_personal=["Zwolle"],
    redact=[
        P("Marloes Hagenbeek", ["Hagenbeek", "Marloes"]),
        P("Sven Oude Luttikhuis", ["Oude Luttikhuis", "Sven"]),
        P("Kevin Tjoe-Awie", ["Tjoe-Awie", "Kevin"]),
        P("Serkan Demir", ["Demir", "Serkan"]),
        P("Froukje Zijlstra-Boukema", ["Zijlstra-Boukema", "Zijlstra", "Froukje"]),
    ],
    keep=[
        K("ID", "392 118 604 775"), K("SWITCHBOARD", "+31 20 794 8439"), K("ID", "615 227 083"),
        K("OFFICE_HOLDER", "Van Wageningen"), K("ORG", "Statencommissie Ruimte"), K("ROAD", "N340"),
        K("TERM", "netcongestie"), K("ORG", "Provinciehuis Zwolle"), K("MAILBOX", "Secretariaat Gedeputeerde Staten"),
        K("PRODUCT", "Microsoft Teams"), K("TERM", "Organisator"),
    ]))

# ---------------------------------------------------------------------------------------------- aj25 (scan + OCR layer, 2 pages)


def b_aj25(out):
    msgs = [{
        "from": "Benhaddou, Tarik <t.benhaddou@enschede.nl>",
        "sent": "vrijdag 21 maart 2025 16:12",
        "to": "Dennis Kuipers <dennis@zomerfestivalvolkspark.nl>",
        "cc": "Oude Nijhuis, Marieke <m.oudenijhuis@enschede.nl>; Vergunningen Evenementen <evenementen@enschede.nl>",
        "subject": "RE: Evenementenvergunning Zomerfestival Volkspark 2025 – aanvullende voorwaarden",
        "body": ["""Beste Dennis,

Na het overleg met politie, brandweer en GGD zijn de aanvullende voorwaarden als volgt:

1. De eindtijd op zaterdag wordt 23.00 uur (was 00.00 uur); de geluidsnorm blijft 85 dB(A) op de gevel van de woningen aan de Hengelosestraat.
2. Er komt een verkeersregelaar bij de ingang aan de Volksparksingel; de wijkagent, Mustafa Yılmaz, kijkt mee bij de opbouw.
3. Het crowdmanagementplan wordt vóór 15 april aangevuld. Marieke Oude Nijhuis beoordeelt dat namens het team Evenementen.

De burgemeester neemt het besluit op basis van ons advies; het college is geïnformeerd.

Met vriendelijke groet,

Tarik Benhaddou
Vergunningverlener evenementen | Gemeente Enschede
T 053 481 6729 | algemeen 14 053""",
                 ("hdr", {"from": "Dennis Kuipers <dennis@zomerfestivalvolkspark.nl>", "sent": "dinsdag 18 maart 2025 22:04",
                          "to": "Benhaddou, Tarik <t.benhaddou@enschede.nl>",
                          "subject": "Evenementenvergunning Zomerfestival Volkspark 2025"}),
                 """Hoi Tarik,

Zoals besproken in het vooroverleg: we verwachten dit jaar 6.500 bezoekers per dag. Onze beveiliging doet weer SecuPro Twente; de EHBO doen we met de vrijwilligers van het Rode Kruis (contact: Anja Weggeman).

Een buurtbewoner, mevrouw Lammerink van de Hengelosestraat, heeft gevraagd of de bassen dit jaar richting het park kunnen staan. Dat doen we.

Groeten,
Dennis Kuipers
Stichting Zomerfestival Volkspark
06 3821 5590""",
                 ("hdr", {"from": "Oude Nijhuis, Marieke <m.oudenijhuis@enschede.nl>", "sent": "maandag 17 maart 2025 09:30",
                          "to": "Benhaddou, Tarik <t.benhaddou@enschede.nl>",
                          "subject": "Zomerfestival – advies veiligheid"}),
                 """Tarik,

Het advies van de veiligheidsregio (Twente) is binnen; contactpersoon daar is Wendy ter Beek. Belangrijkste punt: de ontruimingsroute langs de vijver moet vrij blijven. Ik stel voor dat jij het met Dennis bespreekt.

Marieke"""]}]
    src = fw.TMP / "aj25-src.pdf"
    fw.chromium(mp.outlook("Benhaddou, Tarik", msgs, extra_css="body { font-size: 11.5pt; line-height: 1.35; }"), src)
    fw.scan(src, out, ocr_layer=True, angle=-0.6, noise=8, seed=25, blur=0.35)
    fw.post(out, info={"/Title": "Zomerfestival correspondentie (scan)", "/Producer": "Tesseract 5 / scanstraat DIV"})


DOCS.append(Doc(
    "aj25", "Scanned two-page reply chain with an invisible OCR layer: event permit, residents and volunteers",
    "scan-ocr-layer", b_aj25, scan=True, ocr_layer=True,
    redact=[
        P("Tarik Benhaddou", ["Tarik Benhaddou", "Benhaddou", "Tarik"], email=["t.benhaddou@enschede.nl"],
          phone=["053 481 6729"]),
        P("Dennis Kuipers", ["Dennis Kuipers", "Kuipers", "Dennis"], email=["dennis@zomerfestivalvolkspark.nl"],
          phone=["06 3821 5590"]),
        P("Marieke Oude Nijhuis", ["Marieke Oude Nijhuis", "Oude Nijhuis", "Marieke"], email=["m.oudenijhuis@enschede.nl"]),
        P("Mustafa Yılmaz (wijkagent; the OCR layer reads Yilmaz)", ["Mustafa", "Yilmaz"]),
        P("Anja Weggeman", ["Anja Weggeman"]),
        P("mevrouw Lammerink (resident)", ["Lammerink"]),
        P("Wendy ter Beek", ["Wendy ter Beek"]),
    ],
    keep=[
        K("ORG", "Gemeente Enschede"), K("MAILBOX", "evenementen@enschede.nl"), K("MAILBOX", "Vergunningen Evenementen"),
        K("EVENT", "Zomerfestival Volkspark"), K("STREET", "Hengelosestraat"), K("STREET", "Volksparksingel"),
        K("ORG", "GGD"), K("ORG", "Rode Kruis"), K("ORG", "SecuPro Twente"), K("SWITCHBOARD", "14 053"),
        K("TITLE", "wijkagent"), K("TITLE", "Vergunningverlener evenementen"), K("TERM", "crowdmanagementplan"),
        K("ORG", "Stichting Zomerfestival Volkspark"), K("TERM", "85 dB(A)"), K("TITLE", "burgemeester"),
    ]))

# ---------------------------------------------------------------------------------------------- aj26 (scan)
WA_CSS = """
.cap { font-size: 10pt; margin-bottom: 10px; }
.phones { display: flex; gap: 14px; }
.ph { width: 86mm; border: 2px solid #333; border-radius: 10px; padding: 0 0 8px 0; background: #ece5dd; }
.top { background: #075e54; color: #fff; padding: 7px 9px; border-radius: 8px 8px 0 0; font-size: 10.5pt; }
.top small { display: block; font-size: 8pt; color: #d8efe9; }
.b { max-width: 74%; margin: 7px 8px; padding: 5px 8px; border-radius: 6px; font-size: 10pt; line-height: 1.3; }
.l { background: #fff; }
.r { background: #dcf8c6; margin-left: auto; }
.tm { font-size: 7.5pt; color: #666; text-align: right; }
.day { text-align: center; font-size: 8pt; color: #444; margin: 6px 0; }
"""


def bubble(side, text, t):
    return f"<div class='b {side}'>{esc(text)}<div class='tm'>{esc(t)}</div></div>"


def b_aj26(out):
    s1 = ("<div class='ph'><div class='top'>Juf Marleen (groep 6)<small>+31 6 4802 1139</small></div>"
          "<div class='day'>DINSDAG 25 FEBRUARI</div>"
          + bubble("r", "Goedemiddag juf, Sofiia was vandaag erg verdrietig na de gymles. Klopt het dat ze niet mee mocht doen?", "14:02")
          + bubble("l", "Hoi Oksana. Ze had haar gymspullen niet bij zich, dat is de afspraak voor iedereen.", "14:31")
          + bubble("r", "Ze zegt dat Noor en Lars haar hebben uitgelachen. Dat gebeurt vaker.", "14:35")
          + bubble("l", "Ik bespreek het morgen met meester Ruben (directeur). Kunt u donderdag om 15.00 uur langskomen?", "15:10")
          + "</div>")
    s2 = ("<div class='ph'><div class='top'>Juf Marleen (groep 6)<small>+31 6 4802 1139</small></div>"
          "<div class='day'>DONDERDAG 27 FEBRUARI</div>"
          + bubble("l", "Het gesprek van vandaag gaat niet door, meester Ruben is ziek. Ik bel u volgende week.", "08:12")
          + bubble("r", "Dit is de derde keer. Ik ga een klacht indienen bij de gemeente en de leerplichtambtenaar.", "08:40")
          + bubble("l", "Dat is uw recht. De klachtenregeling staat op de website van De Regenboog.", "09:05")
          + "</div>")
    body = ("<div class='cap'><b>Bijlage 2 bij klacht van mevrouw O. Hrytsenko, ontvangen 3 maart 2025</b><br>"
            "Schermafbeeldingen WhatsApp, aangeleverd door klager (afgedrukt en gescand door team Leerplicht)</div>"
            f"<div class='phones'>{s1}{s2}</div>")
    src = fw.TMP / "aj26-src.pdf"
    fw.chromium(fw.page(body, title="Bijlage 2", css=WA_CSS, size="10pt"), src)
    fw.scan(src, out, ocr_layer=False, angle=1.1, noise=8, seed=26, blur=0.4)
    fw.post(out, info={"/Title": "Scan Leerplicht 2025-03-04", "/Producer": "RICOH MP C3004"}, drop_info=True)


DOCS.append(Doc(
    "aj26", "Scanned print of WhatsApp screenshots attached to a parent's complaint (image only)", "scan-image", b_aj26,
    scan=True,
    redact=[
        P("Marleen (teacher)", ["Juf Marleen", "Marleen"], phone=["+31 6 4802 1139"]),
        P("Oksana Hrytsenko (parent)", ["O. Hrytsenko", "Hrytsenko", "Oksana"]),
        P("Sofiia (child)", ["Sofiia"]),
        P("Noor (child)", ["Noor"]), P("Lars (child)", ["Lars"]),
        P("meester Ruben (director)", ["Ruben"]),
    ]))

# ---------------------------------------------------------------------------------------------- aj27 (form)


def b_aj27(out):
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    fw.rl_fonts()
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setAuthor("Team Woo BZK")
    c.setTitle("Registratieformulier Woo-verzoek ontvangen per e-mail")
    c.setFont("DV-B", 14)
    c.drawString(20 * mm, 275 * mm, "Registratieformulier Woo-verzoek (ontvangen per e-mail)")
    c.setFont("DV", 8.5)
    c.drawString(20 * mm, 269 * mm, "Ministerie van BZK · Team Woo · in te vullen door de intake-medewerker · versie 3.2 (2024)")
    fields = [("naam", "Naam verzoeker", "Emre Aydin"), ("email", "E-mailadres verzoeker", "emre.aydin@outlook.com"),
              ("tel", "Telefoonnummer verzoeker", "06 2377 1490"), ("via", "Ontvangen via", "woo@minbzk.nl"),
              ("datum", "Datum ontvangst", "17-03-2025"), ("kenmerk", "Kenmerk", "WOO-2025-0412"),
              ("onderwerp", "Onderwerp", "chatberichten Kamervragen instant messaging"),
              ("behandelaar", "Behandelaar", "Wessel Kramer (DJZ)"), ("dg", "Betrokken DG", "DGDOO")]
    y = 255 * mm
    form = c.acroForm
    for name, label, value in fields:
        c.setFont("DV", 9.5)
        c.drawString(20 * mm, y + 2 * mm, label)
        form.textfield(name=name, tooltip=label, x=75 * mm, y=y, width=115 * mm, height=7 * mm, value=value,
                       fontName="Helvetica", fontSize=9, borderColor=HexColor("#777777"), fillColor=HexColor("#f2f6fb"),
                       forceBorder=True)
        y -= 11 * mm
    c.setFont("DV-B", 10)
    c.drawString(20 * mm, y, "Toelichting intake")
    c.setFont("DV", 9.5)
    lines = ["Verzoek binnengekomen per e-mail bij de functionele mailbox woo@minbzk.nl en doorgezet naar de Postbus",
             "Kamervragen DGDOO. Het verzoek sluit aan bij de Kamervragen van het lid Kathmann (2025Z03318); de",
             "antwoorden van staatssecretaris Szabó zijn op 14 maart verstuurd. Ontvangstbevestiging verstuurd op",
             "18-03-2025. Beslistermijn: 14-04-2025 (verdaging mogelijk tot 28-04-2025).",
             "",
             "Let op: de verzoeker vraagt ook om chats uit de oude tenant (2024); afstemmen met Logius (GDI Platform).",
             "Contact Logius via de servicedesk, niet via individuele medewerkers."]
    y -= 6 * mm
    for l in lines:
        c.drawString(20 * mm, y, l)
        y -= 5 * mm
    y -= 6 * mm
    c.setFont("DV", 9.5)
    c.drawString(20 * mm, y, "Paraaf teamleider:")
    form.textfield(name="paraaf", tooltip="Paraaf teamleider", x=55 * mm, y=y - 2 * mm, width=30 * mm, height=7 * mm,
                   value="HvdB", fontName="Helvetica", fontSize=9, borderColor=HexColor("#777777"), forceBorder=True)
    c.drawString(95 * mm, y, "Status:")
    form.checkbox(name="ontvangen", tooltip="Ontvangst bevestigd", x=110 * mm, y=y - 1.5 * mm, size=5 * mm, checked=True)
    c.drawString(117 * mm, y, "ontvangst bevestigd")
    c.setFont("DV", 7)
    c.drawString(20 * mm, 12 * mm, "Formulier Team Woo BZK · bewaren in het zaakdossier · Postbus 20011 · 2500 EA Den Haag")
    c.showPage()
    c.save()


DOCS.append(Doc(
    "aj27", "Intake form with filled form fields: the requester's data live only in the field values", "reportlab-acroform",
    b_aj27,
    redact=[
        # form field values: drawn on the page (pdftotext, OCR) and in the fields' /V, not in PDFium's page text
        P("Emre Aydin (requester, form field)", ["Emre Aydin", "Aydin"], email=["emre.aydin@outlook.com"],
          phone=["06 2377 1490"]),
        P("Wessel Kramer (behandelaar, form field)", ["Wessel Kramer"]),
        P("HvdB (teamleider paraph, form field)", ["HvdB"], kind="INITIALS"),
    ],
    keep=[
        K("MAILBOX", "woo@minbzk.nl"), K("MAILBOX", "Postbus Kamervragen DGDOO"), K("OFFICE_HOLDER", "Kathmann"),
        K("OFFICE_HOLDER", "Szabó"), K("ID", "2025Z03318"), K("ORG", "Logius"), K("ORG", "GDI Platform"),
        K("ORG", "Team Woo"), K("TERM", "Beslistermijn"), K("TERM", "Paraaf teamleider"), K("TERM", "Naam verzoeker"),
        K("TERM", "Behandelaar"), K("ADDRESS_ORG", "Postbus 20011"), K("TERM", "oude tenant"),
    ]))

# ---------------------------------------------------------------------------------------------- aj28
Q_OLENA = """Dear Hanna,

Thank you for hosting us last week in Groningen. As agreed, a short summary of the follow-up:

– UNHCR will share the protection monitoring results for the three municipal reception locations (Kardinge, Hoogkerk and the former Bethesda building) by 21 March.
– IOM (Daniel) will check whether return and onward-migration counselling can also be offered in Ukrainian and Russian.
– One case needs urgent attention: Mr Mykola Savchenko (location Hoogkerk). His temporary protection ends in March 2026 and he needs continued care. He has consented to us sharing his details; my colleague Iryna Tkachenko will send the file through the secure channel, not by e-mail."""


def b_aj28(out):
    msgs = [
        {"name": "Olena Kovalenko", "mail": "olena.kovalenko@unhcr.org", "date": "Tue, 11 Mar 2025, 16:20",
         "to": "Hanna Dijkhuis <h.dijkhuis@groningen.nl>", "cc": "Daniel Tesfaye <dtesfaye@iom.int>",
         "body": [Q_OLENA + """

Best regards,""", ("sig", """Olena Kovalenko
Senior Protection Officer | UNHCR Representation in the Netherlands
Mobile +31 6 1872 4460""")]},
        {"name": "Hanna Dijkhuis", "mail": "h.dijkhuis@groningen.nl", "date": "Wed, 12 Mar 2025, 09:05",
         "to": "Olena Kovalenko <olena.kovalenko@unhcr.org>", "cc": "Daniel Tesfaye <dtesfaye@iom.int>",
         "body": ["""Dear Olena, dear Daniel,

Many thanks. Mayor Schuiling has asked for a short briefing before the council debate on 26 March, so it would help if the monitoring results could arrive one day earlier.

About Mr Savchenko: please do not send anything to me directly. Our case manager Ruud Hoekzema handles it; he can be reached through the secure mailbox of the municipal care team (zorgteam@groningen.nl) or on 050 367 4412. The COA location manager at Hoogkerk is informed.

Kind regards,
Hanna""",
                  ("sig", """Hanna Dijkhuis
Programme manager Opvang Oekraïne | Gemeente Groningen
Kreupelstraat 1 | 9712 HW Groningen | general number 14 050"""),
                  ("wrote", "On Tue, 11 Mar 2025 at 16:20, Olena Kovalenko <olena.kovalenko@unhcr.org> wrote:"),
                  ("bq", ["""Dear Hanna,

Thank you for hosting us last week in Groningen. [...]"""])]},
        {"name": "Daniel Tesfaye", "mail": "dtesfaye@iom.int", "date": "Wed, 12 Mar 2025, 13:47",
         "to": "Hanna Dijkhuis <h.dijkhuis@groningen.nl>, Olena Kovalenko <olena.kovalenko@unhcr.org>",
         "body": ["""Hi both,

IOM can offer counselling in Ukrainian and Russian from April; my colleague Oleh Marchenko will do the intakes on Tuesdays at Kardinge. For the Eritrean residents at the Bethesda location we can use Tigrinya interpreters through the national contract.

Kind regards,""",
                  ("sig", """Daniel Tesfaye
Programme Officer | IOM The Netherlands
+31 70 318 1500 (office) | +31 6 4019 2278"""),
                  ("wrote", "On Wed, 12 Mar 2025 at 09:05, Hanna Dijkhuis <h.dijkhuis@groningen.nl> wrote:"),
                  ("bq", ["""Dear Olena, dear Daniel,

Many thanks. Mayor Schuiling has asked for a short briefing before the council debate on 26 March. [...]"""])]},
    ]
    fw.chromium(mp.gmail("Hanna Dijkhuis", "h.dijkhuis@groningen.nl",
                         "Follow-up visit Groningen – protection monitoring and individual cases", msgs, lang="en"), out)


DOCS.append(Doc(
    "aj28", "English Gmail thread (UNHCR, IOM, municipality): staff and a displaced person named in passing",
    "chromium-gmail", b_aj28,
    redact=[
        P("Olena Kovalenko", ["Olena Kovalenko", "Kovalenko", "Olena"], email=["olena.kovalenko@unhcr.org"],
          phone=["+31 6 1872 4460"]),
        P("Hanna Dijkhuis", ["Hanna Dijkhuis", "Dijkhuis", "Hanna"], email=["h.dijkhuis@groningen.nl"]),
        P("Daniel Tesfaye", ["Daniel Tesfaye", "Tesfaye", "Daniel"], email=["dtesfaye@iom.int"], phone=["+31 6 4019 2278"]),
        P("Mykola Savchenko (displaced person)", ["Mykola Savchenko", "Savchenko"]),
        P("Iryna Tkachenko", ["Iryna Tkachenko"]),
        P("Ruud Hoekzema", ["Ruud Hoekzema"], phone=["050 367 4412"]),
        P("Oleh Marchenko", ["Oleh Marchenko"]),
    ],
    keep=[
        K("ORG", "UNHCR"), K("ORG", "IOM"), K("ORG", "Gemeente Groningen"), K("PLACE", "Groningen"),
        K("OFFICE_HOLDER", "Schuiling"), K("TITLE", "Mayor"), K("PLACE", "Kardinge"), K("PLACE", "Hoogkerk"),
        K("PLACE", "Bethesda"), K("ORG", "COA"), K("MAILBOX", "zorgteam@groningen.nl"), K("SWITCHBOARD", "14 050"),
        K("SWITCHBOARD", "+31 70 318 1500"), K("ADDRESS_ORG", "Kreupelstraat 1"), K("TITLE", "Senior Protection Officer"),
        K("TITLE", "Programme Officer"), K("TERM", "temporary protection"), K("TERM", "protection monitoring"),
        K("LANG", "Tigrinya"), K("LANG", "Ukrainian"), K("TITLE", "case manager"), K("DATE", "26 March"),
    ]))

# ---------------------------------------------------------------------------------------------- aj29
TO29 = ("Hoekstra, Wiebe (DGDOO/DIO); Lindqvist-Mohan, Sunita (JenV/DGSenB); Arslan, Burak (IenW/HBJZ); "
        "van Leeuwen, Marit (OCW/DIO); Ferreira, Joana (Fin/FEZ); Kwakman, Thijs (Def/HDB); O'Neill-Bos, Siobhan (AZ/DIO); "
        "de Ruiter, Bastiaan (BZ/DCO); Nguyen, Thi Lan (VWS/DICIO); Grootveld, Esther (LVVN/DIO); Mahadew, Rishi (EZ/CIO); "
        "Sommer, Ludger (SZW/CIO); Postbus CIO-beraad <cio-beraad@minbzk.nl>")


def b_aj29(out):
    msgs = [{
        "from": "Tjin-A-Tsoi, Rachel (BZK/CIO Rijk) <rachel.tjin-a-tsoi@minbzk.nl>",
        "sent": "donderdag 6 februari 2025 10:31",
        "to": TO29,
        "cc": "Nationaal Archief Toezicht <toezicht@nationaalarchief.nl>; Inspectie Overheidsinformatie en Erfgoed "
              "<info@inspectie-oe.nl>; Boukhari, Samira (DGDOO/DIO)",
        "bcc": "Yildiz-Kaya, Selin (DGDOO/DIO)",
        "subject": "Uitnodiging IDO Archivering chat en sms – 20 februari 2025, Turfmarkt 147",
        "attach": "Agenda_IDO_chat_20feb.docx; Format_slide_departement.pptx",
        "body": ["""Beste collega's,

Namens de CIO Rijk nodig ik jullie uit voor het interdepartementaal overleg (IDO) over de archivering van chat- en sms-berichten op donderdag 20 februari van 13:00 tot 15:00 uur, Turfmarkt 147, zaal 2.30, en via Teams.

Agenda
1. Stand van zaken per departement (graag één slide per departement vóór 17 februari naar cio-beraad@minbzk.nl).
2. Ervaringen met exports: woo-export van Logius en Microsoft Purview.
3. Bewaartermijnen: de selectielijst en het advies van het Nationaal Archief.
4. De brief die minister-president Schoof de Kamer heeft toegezegd.

Wie niet kan: graag een vervanger sturen. Voor AZ sluit naast Siobhan ook een collega van het kabinet van de minister-president aan. Thijs heeft aangeboden de ervaringen van Defensie met het uitzetten van verdwijnende berichten te delen. Namens de Inspectie komt de heer Van Lier, als waarnemer.

Met vriendelijke groet,""",
                 ("sig", """Rachel Tjin-A-Tsoi
Strategisch adviseur informatiehuishouding | CIO Rijk
Ministerie van Binnenlandse Zaken en Koninkrijksrelaties
M 06 1022 8735""")]}]
    fw.chromium(mp.outlook("Tjin-A-Tsoi, Rachel", msgs), out)


DOCS.append(Doc(
    "aj29", "Invitation to a distribution list: thirteen 'Surname, First (DG-X)' recipients over several lines, BCC, "
            "functional mailboxes", "chromium-outlook", b_aj29,
    redact=[
        P("Rachel Tjin-A-Tsoi", ["Rachel Tjin-A-Tsoi", "Tjin-A-Tsoi", "Rachel"], email=["rachel.tjin-a-tsoi@minbzk.nl"],
          phone=["06 1022 8735"]),
        P("Wiebe Hoekstra", ["Hoekstra", "Wiebe"]), P("Sunita Lindqvist-Mohan", ["Lindqvist-Mohan", "Sunita"]),
        P("Burak Arslan", ["Arslan", "Burak"]), P("Marit van Leeuwen", ["van Leeuwen", "Marit"]),
        P("Joana Ferreira", ["Ferreira", "Joana"]), P("Thijs Kwakman", ["Kwakman", "Thijs"]),
        P("Siobhan O'Neill-Bos", ["O'Neill-Bos", "Siobhan"]), P("Bastiaan de Ruiter", ["de Ruiter", "Bastiaan"]),
        P("Thi Lan Nguyen", ["Nguyen", "Thi Lan"]), P("Esther Grootveld", ["Grootveld", "Esther"]),
        P("Rishi Mahadew", ["Mahadew", "Rishi"]), P("Ludger Sommer", ["Sommer", "Ludger"]),
        P("Samira Boukhari", ["Boukhari", "Samira"]), P("Selin Yildiz-Kaya", ["Yildiz-Kaya", "Selin"]),
        P("de heer Van Lier (Inspectie)", ["Van Lier"]),
    ],
    keep=[
        K("MAILBOX", "Postbus CIO-beraad"), K("MAILBOX", "cio-beraad@minbzk.nl"), K("MAILBOX", "toezicht@nationaalarchief.nl"),
        K("MAILBOX", "info@inspectie-oe.nl"), K("ORG", "Inspectie Overheidsinformatie en Erfgoed"),
        K("ORG", "Nationaal Archief"), K("ORG", "CIO Rijk"), K("OFFICE_HOLDER", "Schoof"), K("TITLE", "minister-president"),
        K("ACRONYM", "DGSenB"), K("ACRONYM", "HBJZ"), K("ACRONYM", "JenV"), K("ACRONYM", "IenW"), K("ACRONYM", "OCW"),
        K("ACRONYM", "FEZ"), K("ACRONYM", "HDB"), K("ACRONYM", "DCO"), K("ACRONYM", "DICIO"), K("ACRONYM", "LVVN"),
        K("ACRONYM", "AZ"), K("ORG", "Logius"), K("PRODUCT", "Microsoft Purview"), K("PRODUCT", "woo-export"),
        K("ADDRESS_ORG", "Turfmarkt 147"), K("ORG", "Defensie"), K("TERM", "selectielijst"), K("ACRONYM", "IDO"),
        K("TITLE", "Strategisch adviseur informatiehuishouding"), K("FILE", "Agenda_IDO_chat_20feb.docx"),
    ]))

# ---------------------------------------------------------------------------------------------- aj30


def b_aj30(out):
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfdoc import PDFName, PDFString
    from reportlab.platypus import Flowable, HRFlowable, Paragraph, Spacer

    st = fw.styles("DV", 9.5)

    class Link(Flowable):
        """A line of text with a mailto: link annotation over 'dit formulier' and a sticky note."""

        def __init__(self):
            super().__init__()
            self.width, self.height = 170 * mm, 14

        def draw(self):
            c = self.canv
            c.setFont("DV", 9.5)
            pre = "Heeft u vragen? Reageer via "
            c.drawString(0, 3, pre)
            x0 = c.stringWidth(pre, "DV", 9.5)
            c.setFillColor("#1a4fb0")
            c.drawString(x0, 3, "dit formulier")
            w = c.stringWidth("dit formulier", "DV", 9.5)
            c.line(x0, 2, x0 + w, 2)
            c.setFillColor("black")
            c.drawString(x0 + w, 3, " en vermeld het kenmerk.")
            c.linkURL("mailto:wessel.kramer@minbzk.nl?subject=WOO-2025-0412", (x0, 0, x0 + w, 12), relative=1,
                      thickness=0)
            c.textAnnotation("Let op: verzoeker is de zwager van Burak Arslan (IenW/HBJZ, zit in het IDO over chatarchivering). "
                             "Niet door DGDOO laten behandelen. – W.K.", Rect=(150 * mm, 0, 158 * mm, 10), relative=1,
                             addtopage=1, Name=PDFName("Comment"), T=PDFString("Kramer, Wessel"))
            c.textAnnotation("Ontvangstbevestiging gecontroleerd, 18-3 – Lieke Brouwer-Tan", Rect=(160 * mm, 0, 168 * mm, 10),
                             relative=1, addtopage=1, T=PDFString("Brouwer-Tan, Lieke"))

    S = [Paragraph("Postbus Woo BZK", fw.styles("DV", 12.5)["b"]),
         HRFlowable(width="100%", thickness=2.2, color="black", spaceBefore=2, spaceAfter=6),
         fw.rl_header_table([("Van:", "Kramer, Wessel (BZK/DJZ) namens Postbus Woo BZK <woo@minbzk.nl>"),
                             ("Verzonden:", "dinsdag 18 maart 2025 09:20"), ("Aan:", "emre.aydin@outlook.com"),
                             ("Onderwerp:", "Ontvangstbevestiging Woo-verzoek WOO-2025-0412")], st, label_mm=25),
         Spacer(1, 8)]
    S += fw.rl_text("""Geachte heer Aydin,

Op 17 maart 2025 hebben wij uw verzoek op grond van de Wet open overheid ontvangen. Uw verzoek gaat over chatberichten over het instant-messagingbeleid van het Rijk en is geregistreerd onder kenmerk WOO-2025-0412.

Wij beslissen binnen vier weken na ontvangst, dus uiterlijk op 14 april 2025. Deze termijn kunnen wij met twee weken verdagen. Als er belanghebbenden zijn die wij om hun mening vragen, laten wij u dat weten.""", st["n"])
    S.append(Link())
    S += fw.rl_text("""Met vriendelijke groet,

Team Woo
Ministerie van Binnenlandse Zaken en Koninkrijksrelaties
woo@minbzk.nl | T 070 426 6426 (algemeen)""", st["n"])
    S.append(HRFlowable(width="100%", thickness=0.6, color="#9aaccc", spaceBefore=6, spaceAfter=4))
    S += fw.rl_text("""-----Oorspronkelijk bericht-----
Van: Emre Aydin <emre.aydin@outlook.com>
Verzonden: maandag 17 maart 2025 21:55
Aan: woo@minbzk.nl
Onderwerp: Woo-verzoek chatberichten instant messaging""", st["t"])
    S.append(Spacer(1, 6))
    S += fw.rl_text("""Geachte heer/mevrouw,

Graag ontvang ik op grond van de Woo alle chatberichten (Signal, WhatsApp, Teams) uit 2024 en 2025 over het Rijksbreed beleid instant messaging, inclusief de reacties op die berichten, en de verslagen van het interdepartementaal overleg hierover.

Met vriendelijke groet,
Emre Aydin
Van Ostadestraat 212-3
1073 TP Amsterdam
06 2377 1490""", st["n"])
    fw.reportlab_doc(out, S, title="Ontvangstbevestiging Woo-verzoek WOO-2025-0412", creator="Microsoft Outlook")


DOCS.append(Doc(
    "aj30", "Acknowledgement sent 'on behalf of' a functional mailbox; a mailto link and sticky notes carry names",
    "reportlab", b_aj30,
    redact=[
        P("Wessel Kramer", ["Kramer", "Wessel"]),
        P("Emre Aydin", ["Emre Aydin", "Aydin", "Emre"], email=["emre.aydin@outlook.com"], phone=["06 2377 1490"],
          address=["Van Ostadestraat 212-3", "1073 TP"]),
        H("EMAIL", "Wessel Kramer (mailto link only)", "wessel.kramer@minbzk.nl"),
        H("PERSON", "Burak Arslan (sticky note)", "Burak Arslan"),
        H("INITIALS", "W.K. (sticky note)", "W.K."),
        H("PERSON", "Lieke Brouwer-Tan (sticky note and its author)", "Brouwer-Tan", "Lieke"),
    ],
    keep=[
        K("MAILBOX", "Postbus Woo BZK"), K("MAILBOX", "woo@minbzk.nl"), K("ID", "WOO-2025-0412"),
        K("LAW", "Wet open overheid"), K("ORG", "Team Woo"), K("ORG", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"),
        K("SWITCHBOARD", "070 426 6426"), K("PRODUCT", "Signal"), K("PRODUCT", "WhatsApp"), K("PRODUCT", "Teams"),
        K("POLICY", "Rijksbreed beleid instant messaging"), K("ACRONYM", "DJZ"), K("DATE", "14 april 2025"),
        K("TERM", "belanghebbenden"),
    ]))

# ---------------------------------------------------------------------------------------------- aj31
TRANSCRIPT = [
    ("Boukhari, Samira (DGDOO/DIO)", "0:03", "Oké, ik denk dat iedereen er is. Dank jullie wel. We hebben een half uur. Het gaat over het besluit op het verzoek van de heer Aydin en eigenlijk ook over de lijn voor de chats in het algemeen."),
    ("Kowalczyk, Agnieszka (BZK/DJZ)", "0:21", "Ja. Even vooraf: de transcriptie staat aan, dat weet iedereen? Goed."),
    ("de Graaf, Jeroen (DGDOO/DIO)", "0:34", "Ja, prima. Zoals ik vorige week al zei: de exports uit de oude tenant zijn er nu. Sanne heeft ze gisteren gestuurd."),
    ("Oosterhuis, Sanne (Logius)", "0:51", "Klopt. Het zijn ongeveer twaalfhonderd berichten, de meeste uit 2024. Taras heeft een script gemaakt dat ook de reacties meeneemt, dus de duimpjes en de hartjes."),
    ("Boukhari, Samira (DGDOO/DIO)", "1:20", "En moeten we die reacties ook beoordelen? Daar staan namen bij, toch?"),
    ("Kowalczyk, Agnieszka (BZK/DJZ)", "1:34", "Ja, een reactie met een naam erbij is een persoonsgegeven. Namen van ambtenaren lakken we, de naam van de staatssecretaris blijft staan. Dus als staatssecretaris Szabó een duim geeft, blijft Szabó gewoon staan. Minister Uitermark zat niet in die groepen, heb ik begrepen."),
    ("Onbekende spreker", "2:10", "Sorry, ik was even weg. Kunnen jullie me horen? Met Femke van DJZ."),
    ("de Graaf, Jeroen (DGDOO/DIO)", "2:18", "Ja hoor, Femke. We hadden het over de reacties in de chats."),
    ("Yildiz-Kaya, Selin (DGDOO/DIO)", "2:30", "Mag ik daar iets aan toevoegen? Die mail van mevrouw Brandsma-Olde Heuvel valt er ook onder. Haar naam lakken we, zij is geen bewindspersoon meer, ze treedt op als adviseur van een bedrijf."),
    ("Kowalczyk, Agnieszka (BZK/DJZ)", "3:02", "Eens. En de voornaam van de chauffeur van de minister van VRO die in de export van DGVH opduikt, Bas, ook lakken. Navraag bij mevrouw Sharma heeft bevestigd dat dat geen publieke functie is."),
    ("Boukhari, Samira (DGDOO/DIO)", "3:40", "Helder. Dan het tweede punt: de termijn. We zitten op 14 april. Ik stel voor dat we verdagen tot 28 april, gezien de omvang."),
    ("Oosterhuis, Sanne (Logius)", "4:05", "Nog één ding: de collega van Femke, Daan, vroeg of jullie de export ook als PST willen hebben. Wij leveren standaard PDF en CSV."),
    ("de Graaf, Jeroen (DGDOO/DIO)", "4:30", "PDF is prima. Dan is de actie voor mij: een concept-besluit vóór 7 april. Agnieszka kijkt mee, en Wessel stuurt de verdagingsbrief."),
    ("Yildiz-Kaya, Selin (DGDOO/DIO)", "4:52", "En ik vraag bij Rachel na of het IDO van 20 februari een verslag heeft; dat valt ook onder het verzoek."),
    ("Boukhari, Samira (DGDOO/DIO)", "5:10", "Top. Dan sluit ik af. Dank allemaal, fijne dag."),
]


def b_aj31(out):
    d = fw.docx_new(author="Boukhari, Samira", title="Transcript Afstemming Woo-besluit chatberichten", font="Segoe UI",
                    size=10.5)
    fw.docx_par(d, "Afstemming Woo-besluit chatberichten-20250318_140214-Vergaderingsopname", bold=True, size=13)
    fw.docx_par(d, "18 maart 2025, 14:02:14\n5m 24s", color="555555", after=6)
    fw.docx_par(d, "Boukhari, Samira (DGDOO/DIO) heeft de transcriptie gestart", italic=True, color="555555", size=9)
    for who, t, text in TRANSCRIPT:
        fw.docx_runs(d, [(who, "b"), ("   " + t, "")], after=0)
        fw.docx_par(d, text, after=8)
    fw.docx_par(d, "Kowalczyk, Agnieszka (BZK/DJZ) heeft de transcriptie gestopt", italic=True, color="555555", size=9)
    fw.libreoffice(d, out)


DOCS.append(Doc(
    "aj31", "Teams meeting transcript (.docx download): speaker labels, an unknown speaker, people named in passing",
    "libreoffice-docx", b_aj31,
    redact=[
        P("Samira Boukhari", ["Boukhari", "Samira"]),
        P("Agnieszka Kowalczyk", ["Kowalczyk", "Agnieszka"]),
        P("Jeroen de Graaf", ["de Graaf", "Jeroen"]),
        P("Sanne Oosterhuis", ["Oosterhuis", "Sanne"]),
        P("Selin Yildiz-Kaya", ["Yildiz-Kaya", "Selin"]),
        P("Taras (Logius)", ["Taras"]), P("Femke (DJZ)", ["Femke"]), P("Daan (DJZ)", ["Daan"]),
        P("Bas (chauffeur)", ["Bas"]), P("mevrouw Sharma", ["Sharma"]), P("Wessel (Kramer)", ["Wessel"]),
        P("Rachel (Tjin-A-Tsoi)", ["Rachel"]), P("de heer Aydin (requester)", ["Aydin"]),
        P("mevrouw Brandsma-Olde Heuvel (former staatssecretaris, now adviser)", ["Brandsma-Olde Heuvel"]),
    ],
    keep=[
        K("OFFICE_HOLDER", "Szabó"), K("OFFICE_HOLDER", "Uitermark"), K("TITLE", "staatssecretaris"),
        K("ACRONYM", "DGDOO"), K("ACRONYM", "DIO"), K("ACRONYM", "DJZ"), K("ORG", "Logius"), K("ACRONYM", "DGVH"),
        K("ORG", "VRO"), K("TERM", "Onbekende spreker"), K("TERM", "transcriptie"), K("TERM", "oude tenant"),
        K("TERM", "PST"), K("TERM", "CSV"), K("ACRONYM", "IDO"), K("DATE", "18 maart 2025"), K("TITLE", "chauffeur"),
        K("TERM", "Vergaderingsopname"),
    ]))
