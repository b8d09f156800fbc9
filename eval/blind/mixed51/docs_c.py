"""Set BI documents 21-32."""
from __future__ import annotations

from pathlib import Path

import docx
from docx.shared import Pt, Cm
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, PageBreak, Flowable
from reportlab.pdfgen import canvas

from lib import (P, R, K, build_rl, styles, table, soffice_pdf, chromium_pdf, hide, bsn, iban)
from docs_b import _docx_table

DOCS = []


def reg(name):
    def deco(fn):
        DOCS.append((name, fn))
        return fn
    return deco


class Box(Flowable):
    """An inline black box from an earlier redaction round, with its ground printed in white."""

    def __init__(self, w, label="5.1.2e", h=11):
        super().__init__()
        self.w, self.h, self.label = w, h, label

    def wrap(self, aw, ah):
        return self.w, self.h + 2

    def draw(self):
        c = self.canv
        c.setFillColor(colors.black)
        c.rect(0, 0, self.w, self.h, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(2, 3, self.label)


# ------------------------------------------------------------------ 21
@reg("bi21_nota_bzk_tweede_lakronde")
def d21(out: Path, work: Path):
    st = styles("times", 10.5)
    B = '<font backColor="black" color="white" size="7"><b>&nbsp;5.1.2e&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</b></font>'
    Bi = '<font backColor="black" color="white" size="7"><b>&nbsp;5.1.2i&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</b></font>'
    story = [P("<font color='#8a1c1c' size='8'>Openbaar gemaakt op 12-12-2024 (Woo-besluit BZK 2024-0000712290) – "
               "in 2025 opnieuw beoordeeld i.v.m. bezwaar</font>", st["t"]), Spacer(1, 4 * mm),
             P("Beslisnota", st["h1"]),
             table([["Aan", "Staatssecretaris Digitalisering en Koninkrijksrelaties"],
                    ["Van", f"{B} (DGDOO / Directie Digitale Samenleving)"],
                    ["Contactpersoon", f"{B} &nbsp; T {B}"],
                    ["Datum", "2 oktober 2024"],
                    ["Kenmerk", "2024-0000589113"],
                    ["Onderwerp", "Inzet algoritmeregister bij gemeenten en uitvoeringsorganisaties"]],
                   st, [35 * mm, 125 * mm], header=False, grid=True),
             P("Aanleiding", st["h2"]),
             P("Tijdens het commissiedebat Digitale Zaken heeft u het lid Kathmann (GL-PvdA) toegezegd de Kamer "
               "te informeren over de verplichtstelling van het Algoritmeregister. Deze nota bereidt dat "
               "besluit voor.", st["n"]),
             P("Geadviseerd besluit", st["h2"]),
             P("Aan de staatssecretaris wordt gevraagd in te stemmen met een wettelijke registratieplicht voor "
               "hoog-risico-algoritmes vanaf 2026, aansluitend op de AI-verordening.", st["n"]),
             P("Toelichting", st["h2"]),
             P(f"Ambtelijk is afgestemd met de VNG, het Interprovinciaal Overleg en de Autoriteit Persoonsgegevens "
               f"(AP). Namens de AP reageerde {B}; de AP steunt de registratieplicht. De VNG (Sjoerd Lamberts-"
               f"Kuijpers, senior adviseur) vraagt om compensatie van de uitvoeringskosten. Sjoerd heeft "
               f"aangegeven dat de gemeente Utrecht als pilot wil dienen; wethouder Eerenberg is daarover "
               f"enthousiast.", st["n"]),
             P("De Algemene Rekenkamer heeft in 2024 geconstateerd dat slechts 5 procent van de algoritmes van de "
               "Rijksoverheid in het register staat. Minister Uitermark is geïnformeerd via de DG.", st["n"]),
             P("Krachtenveld", st["h2"]),
             P(f"Het IPO is terughoudend. De mobiele verbinding met de staatssecretaris ({Bi}) is gebruikt "
               f"voor een vooraankondiging. Contact bij de Rekenkamer: de heer Vermaas-Tol (06-5118 2034).",
               st["n"]),
             PageBreak(),
             P("Parafen", st["h2"]),
             table([["Naam", "Functie", "Paraaf", "Datum"],
                    [B, "senior beleidsmedewerker", B, "30-9-2024"],
                    ["Lotte Uitdehaag", "afdelingshoofd Digitale Samenleving", "LU", "1-10-2024"],
                    [B, "directeur DS", B, "1-10-2024"],
                    ["DGDOO", "directeur-generaal", "akkoord", "2-10-2024"]],
                   st, [50 * mm, 65 * mm, 30 * mm, 25 * mm]),
             Spacer(1, 6 * mm),
             P("Informatie die niet openbaar gemaakt kan worden", st["h2"]),
             P("Motivering: In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van "
               "ambtenaren geanonimiseerd (artikel 5.1, tweede lid, onder e, Woo). Het mobiele nummer van de "
               "staatssecretaris is niet openbaar gemaakt (artikel 5.1, tweede lid, onder i, Woo).", st["n"]),
             Spacer(1, 6 * mm),
             P("Opmerking Woo-team 2025: in de eerste ronde zijn de naam van de VNG-adviseur, de naam en het "
               "telefoonnummer van de Rekenkamer-medewerker en één paraaf niet gelakt. Dit wordt in deze "
               "versie hersteld.", st["s"])]
    build_rl(out, story, font="times", margins=(20, 22, 20, 22),
             footer="Beslisnota 2024-0000589113 – Woo-versie (tweede ronde)",
             meta={"title": "Beslisnota algoritmeregister (Woo-versie)", "author": "BZK Woo-team"})
    redact = [R("PERSON", "Sjoerd Lamberts-Kuijpers (VNG)", "Lamberts-Kuijpers", "Sjoerd"),
              R("PERSON", "de heer Vermaas-Tol (Rekenkamer)", "Vermaas-Tol"), R("PHONE", "06-5118 2034"),
              R("PERSON", "Lotte Uitdehaag", "Uitdehaag", "Lotte"), R("PARAPH", "LU", "LU")]
    keep = [K("LABEL", "5.1.2e (earlier round)", "5.1.2e"), K("LABEL", "5.1.2i (earlier round)", "5.1.2i"),
            K("OFFICEHOLDER", "lid Kathmann (GL-PvdA)", "Kathmann"), K("OFFICEHOLDER", "wethouder Eerenberg", "Eerenberg"),
            K("OFFICEHOLDER", "Minister Uitermark", "Uitermark"), K("PRODUCT", "Algoritmeregister"),
            K("LAW", "AI-verordening"), K("ORG", "Autoriteit Persoonsgegevens"), K("ORG", "Interprovinciaal Overleg"),
            K("ORG", "Algemene Rekenkamer"), K("ORG", "VNG"), K("ACRONYM", "DGDOO"), K("ORG", "IPO"),
            K("PLACE", "Utrecht"), K("ID", "2024-0000589113")]
    return redact, keep


# ------------------------------------------------------------------ 22
@reg("bi22_formulier_woo_verzoek")
def d22(out: Path, work: Path):
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setTitle("Webformulier Woo-verzoek OCW")
    c.setAuthor("Formulierenserver OCW")
    W, H = A4
    c.setFillColor(colors.HexColor("#154273"))
    c.rect(0, H - 28 * mm, W, 28 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(20 * mm, H - 17 * mm, "Woo-verzoek indienen – Ministerie van OCW")
    c.setFont("Helvetica", 9)
    c.drawString(20 * mm, H - 23 * mm, "Afdruk van het ingevulde webformulier – ontvangen 8 april 2025 10:14 – referentie WOO-OCW-2025-0417")
    c.setFillColor(colors.black)
    fields = [("Naam aanvrager", "naam", "Marieke-Louise Ten Brinke"),
              ("E-mailadres", "email", "ml.tenbrinke@kpnmail.nl"),
              ("Namens organisatie (optioneel)", "org", "Stichting Onderwijsgeschillen"),
              ("Onderwerp verzoek", "onderwerp", "Correspondentie over de Wet vrije schoolkeuze"),
              ("Periode", "periode", "1 januari 2024 - 31 maart 2025")]
    y = H - 45 * mm
    form = c.acroForm
    for label, name, val in fields:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(20 * mm, y + 4, label)
        form.textfield(name=name, tooltip=label, x=80 * mm, y=y - 2, width=110 * mm, height=16, value=val,
                       fontName="Helvetica", fontSize=10, borderColor=colors.grey, fillColor=colors.white,
                       forceBorder=True)
        y -= 28
    c.setFont("Helvetica", 10)
    text = c.beginText(20 * mm, y - 10)
    text.setLeading(14)
    for ln in ["Omschrijving van uw verzoek:",
               "Ik verzoek om alle documenten (e-mails, nota's, verslagen) over de voorbereiding van de Wet vrije",
               "schoolkeuze, inclusief de contacten met de PO-Raad, de VO-raad en het Nederlands Jeugdinstituut.",
               "Ook verzoek ik om de agenda's van minister Bruins en staatssecretaris Paul voor zover het",
               "overleggen over dit wetsvoorstel betreft.",
               "",
               "Hoe wilt u de documenten ontvangen?   [x] digitaal   [ ] op papier",
               "",
               "Verwerking: het verzoek is doorgezet naar de coördinator Woo van de Directie Wetgeving en",
               "Juridische Zaken (woo@minocw.nl). Ontvangstbevestiging verstuurd op 8 april 2025.",
               "",
               "Privacyverklaring: uw gegevens worden alleen gebruikt voor de afhandeling van uw verzoek."]:
        text.textLine(ln)
    c.drawText(text)
    c.setFont("Helvetica", 7.5)
    c.drawString(20 * mm, 12 * mm, "Ministerie van Onderwijs, Cultuur en Wetenschap | Rijnstraat 50 | Postbus 16375 | 2500 BJ Den Haag")
    c.showPage()
    c.save()
    redact = [R("PERSON", "Marieke-Louise Ten Brinke (form field value, hidden)", "Ten Brinke", "Marieke-Louise"),
              R("EMAIL", "ml.tenbrinke@kpnmail.nl (form field value, hidden)", "ml.tenbrinke@kpnmail.nl")]
    keep = [K("LAW", "Wet vrije schoolkeuze"), K("ORG", "PO-Raad"), K("ORG", "VO-raad"),
            K("ORG", "Nederlands Jeugdinstituut"), K("OFFICEHOLDER", "minister Bruins", "Bruins"),
            K("OFFICEHOLDER", "staatssecretaris Paul", "Paul"), K("MAILBOX", "woo@minocw.nl"),
            K("ADDRESS_ORG", "Rijnstraat 50"), K("ADDRESS_ORG", "Postbus 16375"), K("ID", "WOO-OCW-2025-0417"),
            K("LABEL", "Naam aanvrager")]
    return redact, keep


# ------------------------------------------------------------------ 23
@reg("bi23_antwoorden_kamervragen_concept")
def d23(out: Path, work: Path):
    d = docx.Document()
    d.styles["Normal"].font.name = "DejaVu Sans"
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "CONCEPT v3 – Directie Rechtsbestel – niet voor verspreiding"
    sec.footer.paragraphs[0].text = "Ministerie van Justitie en Veiligheid | Turfmarkt 147 | 2511 DP Den Haag"
    d.add_heading("Antwoorden op Kamervragen van het lid Van Nispen (SP) over lange doorlooptijden bij de rechtbank Overijssel", level=2)
    d.add_paragraph("(ingezonden 14 maart 2025, 2025Z04711)")
    qa = [
        ("Vraag 1", "Kent u het bericht 'Vader uit Almelo wacht al twee jaar op uitspraak over omgang met zijn kinderen' "
                    "(Tubantia, 10 maart 2025)?"),
        ("Antwoord 1", "Ja. [Opmerking DWJZ/MvS: niet ingaan op de individuele zaak van de heer Scholtens-Meijer; "
                       "dat is aan de rechter.]"),
        ("Vraag 2", "Hoeveel familiezaken bij de rechtbank Overijssel duren langer dan een jaar?"),
        ("Antwoord 2", "Volgens de Raad voor de rechtspraak waren dat er eind 2024 ongeveer 640. De Raad heeft "
                       "extra rechters ingezet vanuit de rechtbanken Gelderland en Noord-Nederland."),
        ("Vraag 3", "Bent u bereid met de Raad voor de rechtspraak in gesprek te gaan over de werkvoorraad?"),
        ("Antwoord 3", "Staatssecretaris Struycken heeft op 2 april 2025 met de voorzitter van de Raad voor de "
                       "rechtspraak gesproken. [Tekstsuggestie Hester: 'constructief gesprek' schrappen, te "
                       "positief. — Akkoord, Gijs]"),
        ("Vraag 4", "Klopt het dat de betrokken vader, Henk Scholtens-Meijer, inmiddels kampt met ernstige "
                    "psychische klachten door de lange duur?"),
        ("Antwoord 4", "Ik ga niet in op individuele zaken. In algemene zin geldt dat de Wet op de rechterlijke "
                       "organisatie de rechter onafhankelijk maakt in de behandeling van zaken."),
        ("Vraag 5", "Wat doet u aan het tekort aan rechters, zoals ook gevraagd door het lid Ellian (VVD)?"),
        ("Antwoord 5", "Het kabinet investeert structureel in de rechtspraak (Voorjaarsnota 2025). De werving "
                       "loopt via de Stichting Studiecentrum Rechtspleging (SSR)."),
    ]
    for q, a in qa:
        p = d.add_paragraph()
        r = p.add_run(q + "\n")
        r.bold = True
        p.add_run(a)
    d.add_page_break()
    d.add_heading("Afstemming en routing (intern)", level=3)
    _docx_table(d, [("Onderdeel", "Wie", "Status"),
                    ("Inhoud DRb", "Hester Vinkenoog-Bal (MvS), toestel 070 370 64 19", "verwerkt"),
                    ("Juridische check DWJZ", "Gijs Terlouw", "akkoord"),
                    ("Raad voor de rechtspraak", "via functionele mailbox communicatie@rechtspraak.nl", "feitencheck ok"),
                    ("Woordvoering", "woordvoerder Van der Kooij", "geen bezwaar"),
                    ("Parlementaire zaken", "PZ-coördinator, parlementairezaken@minjenv.nl", "inzenden 8 april")], size=9,
                widths=(3.6, 10.0, 3.4))
    d.add_paragraph("")
    d.add_paragraph("Let op: in vraag 1 en 4 staat de naam van een burger uit de krant. In de Woo-versie van dit "
                    "concept wordt die naam gelakt; in de Kamervragen zelf staat hij al (zie 2025Z04711).")
    d.core_properties.author = "JenV"
    src = work / (out.stem + ".docx")
    d.save(src)
    soffice_pdf(src, work).replace(out)
    redact = [R("PERSON", "Henk Scholtens-Meijer (private person in news item)", "Scholtens-Meijer", "Henk"),
              R("HEALTH", "ernstige psychische klachten (named person)", "ernstige psychische klachten"),
              R("PARAPH", "MvS", "MvS"), R("PERSON", "Hester Vinkenoog-Bal", "Vinkenoog-Bal", "Hester"),
              R("PHONE", "070 370 64 19"), R("PERSON", "Gijs Terlouw", "Terlouw", "Gijs")]
    keep = [K("OFFICEHOLDER", "lid Van Nispen (SP)", "Van Nispen"), K("OFFICEHOLDER", "lid Ellian (VVD)", "Ellian"),
            K("OFFICEHOLDER", "Staatssecretaris Struycken", "Struycken"),
            K("SPOKESPERSON", "woordvoerder Van der Kooij", "Van der Kooij"),
            K("ORG", "Raad voor de rechtspraak"), K("ORG", "rechtbank Overijssel"), K("ORG", "Tubantia"),
            K("PLACE", "Almelo"), K("LAW", "Wet op de rechterlijke organisatie"),
            K("ORG", "Stichting Studiecentrum Rechtspleging"), K("MAILBOX", "communicatie@rechtspraak.nl"),
            K("MAILBOX", "parlementairezaken@minjenv.nl"), K("ID", "2025Z04711"), K("ADDRESS_ORG", "Turfmarkt 147"),
            K("ACRONYM", "DWJZ")]
    return redact, keep


# ------------------------------------------------------------------ 24
@reg("bi24_verslag_bestuurlijk_overleg_wonen")
def d24(out: Path, work: Path):
    st = styles("djserif", 9.8)
    story = [P("Verslag Bestuurlijk Overleg Woningbouw Zuidelijke Randstad", st["h1"]),
             table([["Datum", "19 mei 2025, 10.00–12.00 uur"],
                    ["Plaats", "Provinciehuis Zuid-Holland, Zuid-Hollandplein 1, Den Haag"],
                    ["Aanwezig (bestuurlijk)", "minister Keijzer (VRO, voorzitter); commissaris van de Koning Kolff "
                     "(Zuid-Holland); gedeputeerde Stolk (Zuid-Holland); burgemeester Van Zanen (Den Haag); "
                     "wethouder Kasmi (Rotterdam); wethouder Van Ooijen-de Graaf (Leiden)"],
                    ["Ambtelijk", "Evert-Jan Schuitemaker (VRO, secretaris); Samira Bouzambou (VRO); "
                     "Thijs Reeuwijk-Vogel (provincie Zuid-Holland); Laura Mendes da Costa (gemeente Den Haag); "
                     "ir. P.J. Huijsmans (gemeente Rotterdam)"],
                    ["Verslag", "Samira Bouzambou"]],
                   st, [40 * mm, 130 * mm], header=False, grid=False),
             P("1. Opening", st["h2"]),
             P("Minister Keijzer opent het overleg en heet in het bijzonder wethouder Van Ooijen-de Graaf welkom, "
               "die voor het eerst aanschuift. Burgemeester Van Zanen meldt dat de Binckhorst en het gebied rond "
               "Laan van Nieuw Oost-Indië vertraging oplopen door netcongestie.", st["n"]),
             P("2. Voortgang woningbouwafspraken", st["h2"]),
             P("De heer Kolff benadrukt dat de provincie op schema ligt met 50.000 woningen in de Zuidplaspolder en "
               "de Oude Lijn. Gedeputeerde Stolk vraagt het Rijk om de bijdrage uit de Woningbouwimpuls voor "
               "Rotterdam-Zuid naar voren te halen. Wethouder Kasmi steunt dit: in Feijenoord en bij het "
               "Hart van Zuid staan 4.000 woningen op de rol. Samira zegt toe de kasritmes na te gaan met "
               "het Ministerie van Financiën.", st["n"]),
             P("Mevrouw Keijzer wijst erop dat de Voorjaarsnota geen extra middelen bevat. Thijs Reeuwijk-Vogel "
               "licht de provinciale monitor toe; Laura (gemeente Den Haag) vult aan dat het project "
               "Willem Dreeslaan-Noord (genoemd naar de straat) in 2026 start.", st["n"]),
             P("3. Stikstof en bouwvrijstelling", st["h2"]),
             P("Na de uitspraak van de Raad van State over de bouwvrijstelling ligt een aantal projecten stil. "
               "De ambtelijke werkgroep (Huijsmans, Schuitemaker) brengt de gevolgen in kaart.", st["n"]),
             PageBreak(),
             P("4. Actiepunten", st["h2"]),
             table([["Nr.", "Actie", "Wie", "Wanneer"],
                    ["1", "Kasritme Woningbouwimpuls Rotterdam-Zuid nagaan met FIN", "SB (VRO)", "juni 2025"],
                    ["2", "Overzicht projecten geraakt door netcongestie", "TRV (PZH) / LMdC (DH)", "juni 2025"],
                    ["3", "Brief aan de Kamer over bouwvrijstelling", "minister Keijzer", "zomer 2025"],
                    ["4", "Agenderen Oude Lijn in BO MIRT", "gedeputeerde Stolk", "najaar 2025"],
                    ["5", "Verslag rondsturen", "Evert-Jan", "23 mei 2025"]],
                   st, [12 * mm, 88 * mm, 45 * mm, 25 * mm]),
             P("5. Rondvraag en sluiting", st["h2"]),
             P("Burgemeester Van Zanen vraagt aandacht voor de huisvesting van statushouders. Minister Keijzer "
               "sluit de vergadering om 11.55 uur. Contact secretariaat: bo-woningbouw@minvro.nl of via "
               "Evert-Jan Schuitemaker, 06-4471 0923.", st["n"])]
    build_rl(out, story, font="djserif", margins=(20, 20, 20, 20),
             header="Bestuurlijk Overleg Woningbouw Zuidelijke Randstad – verslag – vastgesteld 2 juni 2025",
             footer="VRO / DG Volkshuisvesting en Bouwen",
             meta={"title": "Verslag BO Woningbouw Zuidelijke Randstad 19-05-2025", "author": "VRO"})
    redact = [R("PERSON", "Evert-Jan Schuitemaker", "Schuitemaker", "Evert-Jan"),
              R("PERSON", "Samira Bouzambou", "Bouzambou", "Samira"), R("PARAPH", "SB", "SB"),
              R("PERSON", "Thijs Reeuwijk-Vogel", "Reeuwijk-Vogel", "Thijs"), R("PARAPH", "TRV", "TRV"),
              R("PERSON", "Laura Mendes da Costa", "Mendes da Costa", "Laura"), R("PARAPH", "LMdC", "LMdC"),
              R("PERSON", "ir. P.J. Huijsmans", "Huijsmans"), R("PHONE", "06-4471 0923")]
    keep = [K("OFFICEHOLDER", "minister/mevrouw Keijzer", "Keijzer"),
            K("OFFICEHOLDER", "commissaris van de Koning Kolff / de heer Kolff", "Kolff"),
            K("OFFICEHOLDER", "gedeputeerde Stolk", "Stolk"), K("OFFICEHOLDER", "burgemeester Van Zanen", "Van Zanen"),
            K("OFFICEHOLDER", "wethouder Kasmi", "Kasmi"),
            K("OFFICEHOLDER", "wethouder Van Ooijen-de Graaf (invented)", "Van Ooijen-de Graaf"),
            K("ADDRESS_ORG", "Zuid-Hollandplein 1"), K("PLACE", "Binckhorst"), K("STREET", "Laan van Nieuw Oost-Indië"),
            K("PLACE", "Zuidplaspolder"), K("PROJECT", "Oude Lijn"), K("PROJECT", "Willem Dreeslaan-Noord"),
            K("PLACE", "Hart van Zuid"), K("ORG", "Raad van State"), K("MAILBOX", "bo-woningbouw@minvro.nl"),
            K("PROGRAMME", "Woningbouwimpuls"), K("ACRONYM", "MIRT")]
    return redact, keep


# ------------------------------------------------------------------ 25
@reg("bi25_persbericht_concept_ocw")
def d25(out: Path, work: Path):
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Persbericht concept</title>
<style>body{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt;margin:20mm 22mm;line-height:1.45}
.logo{font-weight:bold;font-size:11pt;border-left:4px solid #154273;padding-left:8px;margin-bottom:18px}
h1{font-size:15pt} .c{background:#fff3b0;font-size:9pt;padding:2px 4px} .noot{font-size:9pt;border-top:1px solid #888;margin-top:18px;padding-top:6px}</style></head><body>
<div class="logo">Rijksoverheid<br>Ministerie van Onderwijs, Cultuur en Wetenschap</div>
<p><b>CONCEPT PERSBERICHT – embargo tot dinsdag 17 juni 2025, 00.01 uur</b></p>
<h1>Extra geld voor leraren in het speciaal onderwijs</h1>
<p>Minister Bruins trekt 85 miljoen euro extra uit voor leraren in het speciaal onderwijs. Scholen kunnen het
geld vanaf 1 augustus aanvragen bij DUO. "Leraren in het speciaal onderwijs doen onmisbaar werk", zegt minister
Bruins. "Met deze impuls kunnen scholen kleinere groepen maken."</p>
<p>Staatssecretaris Paul bezocht vorige week de Prins Willem-Alexanderschool in Tilburg, een school voor
zeer moeilijk lerende kinderen. <span class="c">[naam leerkracht, toestemming nog vragen: Fatima Ait Taleb, 06-1288 4730]</span>
"Een leraar hier heeft vaak maar acht leerlingen, maar die hebben wel alle aandacht nodig."</p>
<p>De regeling is afgestemd met de PO-Raad, de VO-raad en de Algemene Onderwijsbond (AOb). De Onderwijsraad
adviseerde eerder om het speciaal onderwijs te ontzien bij bezuinigingen.</p>
<p><span class="c">[Opmerking Jochem: cijfer 85 mln checken bij FEZ, zie mail Wilbert Kalkman 12-6]</span></p>
<div class="noot"><b>Noot voor de redactie</b> (niet voor publicatie)<br>
Voor meer informatie: Directie Communicatie OCW, telefoon 070 412 34 56 (persvoorlichting, ook buiten kantoortijd),
of woordvoerder Van Kempen-Mulder. Beeldmateriaal via pers@minocw.nl.<br>
Intern: woordvoerder Van Kempen-Mulder bereikbaar op 06-5590 1147 (niet opnemen in definitieve versie).</div>
</body></html>"""
    chromium_pdf(html, out, work)
    redact = [R("PERSON", "Fatima Ait Taleb (leerkracht, private)", "Ait Taleb", "Fatima"),
              R("PHONE", "06-1288 4730"), R("PERSON", "Jochem (OCW)", "Jochem"),
              R("PERSON", "Wilbert Kalkman (FEZ)", "Kalkman", "Wilbert"),
              R("PHONE", "06-5590 1147 (spokesperson's mobile)", "06-5590 1147")]
    keep = [K("OFFICEHOLDER", "minister Bruins", "Bruins"), K("OFFICEHOLDER", "Staatssecretaris Paul", "Paul"),
            K("SPOKESPERSON", "woordvoerder Van Kempen-Mulder", "Van Kempen-Mulder"),
            K("SCHOOL", "Prins Willem-Alexanderschool"), K("PLACE", "Tilburg"), K("ORG", "DUO"),
            K("ORG", "PO-Raad"), K("ORG", "VO-raad"), K("ORG", "Algemene Onderwijsbond"), K("ORG", "Onderwijsraad"),
            K("PHONE_GENERAL", "070 412 34 56"), K("MAILBOX", "pers@minocw.nl"), K("ACRONYM", "FEZ")]
    return redact, keep


# ------------------------------------------------------------------ 26
@reg("bi26_brief_herstel_toeslagen")
def d26(out: Path, work: Path):
    st = styles("helv", 10)
    BSN = bsn("20715385")
    IB = iban("INGB", "0006718224")

    def side(c, d):
        x = 145 * mm
        y = 262 * mm
        c.setFont("Helvetica-Bold", 8)
        c.drawString(x, y, "Uitvoeringsorganisatie Herstel Toeslagen")
        c.setFont("Helvetica", 8)
        for i, t in enumerate(["Postbus 8010", "7300 AA Apeldoorn", "Telefoon 0800 - 2000 (gratis)",
                               "www.herstel.toeslagen.nl", "", "Uw behandelaar", "Rianne Bloemendaal",
                               "Direct 055 578 41 96", "", "Ons kenmerk", "UHT/IB/2025/118702", "",
                               "Klantnummer", "HT-0081 4472 39", "", "Datum", "24 april 2025"]):
            c.drawString(x, y - (i + 1) * 10, t)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(22 * mm, 280 * mm, "Belastingdienst | Herstel Toeslagen")

    story = [Spacer(1, 22 * mm), P("Retouradres: Postbus 8010, 7300 AA Apeldoorn", st["s"]), Spacer(1, 2 * mm),
             P("Mevrouw S.J.M. Kersbergen-Dijkstra<br/>Peppelhof 9<br/>5401 TX Uden", st["t"]), Spacer(1, 14 * mm),
             P("<b>Beslissing integrale beoordeling kinderopvangtoeslag</b>", st["n"]),
             P("Geachte mevrouw Kersbergen-Dijkstra,", st["n"]),
             P(f"U heeft gevraagd om een integrale beoordeling van uw kinderopvangtoeslag over de jaren 2012 tot "
               f"en met 2019. Wij hebben uw dossier beoordeeld. Uw gegevens: burgerservicenummer {BSN}, "
               f"geboortedatum 7 juni 1986. U bent gedupeerde in de zin van de Wet hersteloperatie toeslagen.",
               st["n"]),
             P("Wat betekent dit voor u?", st["h2"]),
             P(f"U ontvangt een compensatie van € 41.870,-. Dit bedrag maken wij binnen zes weken over op "
               f"rekeningnummer {IB}. Ook hebben uw kinderen Noa en Sem recht op de kindregeling van de "
               f"Wet hersteloperatie toeslagen. Daarover ontvangen zij een aparte brief.", st["n"]),
             P("In uw gesprek met uw persoonlijk zaakbehandelaar heeft u verteld dat u door de terugvorderingen "
               "een burn-out kreeg en dat u in 2017 een schuldhulptraject bij de gemeente Maashorst bent gestart. "
               "Wij hebben dit meegewogen bij de beoordeling van de immateriële schade.", st["n"]),
             P("Bent u het niet eens met deze beslissing?", st["h2"]),
             P("Dan kunt u binnen zes weken bezwaar maken. U kunt ook de Commissie Werkelijke Schade vragen uw "
               "schade te beoordelen. Heeft u vragen? Bel gratis 0800 - 2000 of bel uw behandelaar.", st["n"]),
             P("Met vriendelijke groet,<br/><br/>Uitvoeringsorganisatie Herstel Toeslagen<br/>namens deze,<br/><br/>"
               "Rianne Bloemendaal<br/>persoonlijk zaakbehandelaar", st["n"])]
    build_rl(out, story, font="helv", side=side, margins=(22, 68, 22, 22),
             footer="UHT/IB/2025/118702 – Woo-verzoek FIN 2025-2291, document FIN-2291-016 (bijlage)",
             meta={"title": "Beslissing integrale beoordeling", "author": "UHT"})
    redact = [R("PERSON", "S.J.M. Kersbergen-Dijkstra", "Kersbergen-Dijkstra"),
              R("ADDRESS", "Peppelhof 9, 5401 TX Uden", "Peppelhof 9", "5401 TX"),
              R("BSN", BSN), R("DOB", "7 juni 1986"), R("IBAN", IB),
              R("CLIENTNR", "HT-0081 4472 39"), R("CASENR", "UHT/IB/2025/118702 (kenmerk tied to the person)", "UHT/IB/2025/118702"),
              R("PERSON", "Noa (kind)", "Noa"), R("PERSON", "Sem (kind)", "Sem"),
              R("HEALTH", "burn-out", "burn-out"), R("FINANCIAL", "schuldhulptraject (identifies her)", "schuldhulptraject"),
              R("PERSON", "Rianne Bloemendaal (zaakbehandelaar)", "Bloemendaal", "Rianne"),
              R("PHONE", "055 578 41 96")]
    keep = [K("ORG", "Uitvoeringsorganisatie Herstel Toeslagen"), K("ADDRESS_ORG", "Postbus 8010"),
            K("PHONE_GENERAL", "0800 - 2000"), K("LAW", "Wet hersteloperatie toeslagen"),
            K("ORG", "Commissie Werkelijke Schade"), K("PLACE", "Maashorst"), K("WEB", "www.herstel.toeslagen.nl"),
            K("AMOUNT", "€ 41.870,-", "41.870"), K("TITLE", "persoonlijk zaakbehandelaar")]
    return redact, keep


# ------------------------------------------------------------------ 27
@reg("bi27_memo_integriteit_jenv")
def d27(out: Path, work: Path):
    st = styles("djsans", 9.5)
    story = [P("VERTROUWELIJK – memo", st["h1"]),
             table([["Aan", "plv. secretaris-generaal JenV"], ["Van", "Bureau Integriteit (BIJ), O.C. Wegman-Sluis"],
                    ["Datum", "12 maart 2025"], ["Betreft", "Vooronderzoek integriteitsmelding DJI-2025-0042"]],
                   st, [25 * mm, 120 * mm], header=False, grid=False),
             Spacer(1, 4 * mm),
             P("1. Melding", st["h2"]),
             P("Op 3 februari 2025 ontving het Meldpunt Integriteit een melding over de heer Kevin Roozendaal-Ait "
               "(personeelsnummer 7781204), werkzaam als inkoper bij de Dienst Justitiële Inrichtingen (DJI), "
               "standplaats Utrecht. Hij zou opdrachten hebben gegund aan het bedrijf van zijn zwager. "
               "Het bedrijf, Roozendaal Facilitair B.V., is gevestigd aan de Kanaalweg 14 in Utrecht.", st["n"]),
             P("2. Bevindingen", st["h2"]),
             P("Uit het personeelsdossier blijkt dat voor de heer Roozendaal-Ait in 2019 een VOG is afgegeven. "
               "Bij de herbeoordeling in 2024 is gebleken dat hij in 2022 is veroordeeld voor rijden onder "
               "invloed. Hij is sinds 6 januari 2025 ziek gemeld met een burn-out; de bedrijfsarts adviseert "
               "het gesprek uit te stellen. Betrokkene heeft verder in december vrij gevraagd voor de hadj; "
               "dat verzoek staat los van de melding en speelt geen rol.", st["n"]),
             P("De melder, mevrouw D. Oerlemans (afdeling Inkoop), wil anoniem blijven tegenover betrokkene. "
               "Zij is bereikbaar via 06-2058 9916.", st["n"]),
             P("3. Advies", st["h2"]),
             P("Wij adviseren een extern onderzoek door het Bureau Integriteit Rijksoverheid (BIR) en melding aan "
               "de Auditdienst Rijk. Het kader is de Gedragscode Integriteit Rijk en artikel 125quater "
               "Ambtenarenwet 2017 (oud).", st["n"]),
             P("O.C. Wegman-Sluis<br/>senior adviseur integriteit<br/>T 070 370 58 83", st["n"])]
    build_rl(out, story, font="djsans", margins=(22, 22, 22, 22), header="VERTROUWELIJK",
             footer="Bureau Integriteit JenV – DJI-2025-0042",
             meta={"title": "Memo vooronderzoek", "author": "BIJ"})
    redact = [R("PERSON", "O.C. Wegman-Sluis", "Wegman-Sluis"), R("PHONE", "070 370 58 83"),
              R("PERSON", "Kevin Roozendaal-Ait", "Roozendaal-Ait", "Kevin"),
              R("ID", "personeelsnummer 7781204", "7781204"),
              R("TRADE", "Roozendaal Facilitair B.V. (firm named after the family of the person)", "Roozendaal Facilitair"),
              R("CASENR", "DJI-2025-0042 (integrity case about one person)", "DJI-2025-0042"),
              R("CRIMINAL", "veroordeeld voor rijden onder invloed", "veroordeeld voor rijden onder invloed"),
              R("HEALTH", "burn-out", "burn-out"), R("HEALTH", "bedrijfsarts adviseert", "bedrijfsarts"),
              R("RELIGION", "hadj", "hadj"),
              R("PERSON", "mevrouw D. Oerlemans (melder)", "Oerlemans"), R("PHONE", "06-2058 9916")]
    keep = [K("ORG", "Dienst Justitiële Inrichtingen"), K("ORG", "Meldpunt Integriteit"),
            K("ORG", "Bureau Integriteit Rijksoverheid"), K("ORG", "Auditdienst Rijk"),
            K("DOC", "Gedragscode Integriteit Rijk"), K("LAW", "Ambtenarenwet 2017"),
            K("TITLE", "senior adviseur integriteit"), K("PLACE", "Utrecht"), K("TERM", "VOG")]
    return redact, keep


# ------------------------------------------------------------------ 28
@reg("bi28_ocw_brief_schoolbestuur")
def d28(out: Path, work: Path):
    d = docx.Document()
    d.styles["Normal"].font.name = "DejaVu Serif"
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Ministerie van Onderwijs, Cultuur en Wetenschap\tDirectie Voortgezet Onderwijs"
    sec.footer.paragraphs[0].text = "Rijnstraat 50 | Postbus 16375 | 2500 BJ Den Haag | www.rijksoverheid.nl/ocw"
    t = _docx_table(d, [("Adres", "Kenmerk en contact"),
                        ("Het bevoegd gezag van\nStichting Voortgezet Onderwijs Dollardstreek\nt.a.v. de heer drs. "
                         "A.F. Zijlstra-Hoekman, voorzitter college van bestuur\nKerkstraat 64\n9671 HB Winschoten",
                         "Ons kenmerk OCW/VO/2025-77312\nBRIN 20KX\nContactpersoon: Jolanda Pietersma-Veenstra\n"
                         "T 06-2739 5580\nj.pietersma@minocw.nl")], size=9)
    d.add_paragraph("")
    d.add_paragraph("Datum\t4 juni 2025\nOnderwerp\tAanvraag Regeling aanvullende bekostiging krimp VO")
    d.add_paragraph("Geacht college van bestuur,")
    for p in [
        "Op 14 maart 2025 heeft u een aanvraag ingediend voor aanvullende bekostiging op grond van de Regeling "
        "aanvullende bekostiging bij leerlingendaling VO. Uw aanvraag betreft het Dollard College, locatie "
        "Pekela, en de vestiging aan de Johan Willem Frisostraat in Winschoten.",
        "Ik ken u een bedrag toe van € 312.400. De Dienst Uitvoering Onderwijs (DUO) betaalt dit bedrag in twee "
        "termijnen. De Inspectie van het Onderwijs heeft in haar rapport van 12 november 2024 (inspecteur "
        "mw. drs. Bakhuizen-Jongsma) vastgesteld dat de onderwijskwaliteit op peil is.",
        "Uw voorzitter, de heer Zijlstra-Hoekman, heeft in het gesprek van 22 april met gedeputeerde "
        "Kleinhuis (provincie Groningen) en burgemeester Velema aangegeven dat de stichting wil samenwerken met "
        "het Winkler Prins in Veendam. Dat juich ik toe.",
        "Heeft u vragen over deze brief? Neem dan contact op met de contactpersoon bovenaan deze brief, of met "
        "het Informatiecentrum Onderwijs (1400).",
    ]:
        d.add_paragraph(p)
    d.add_paragraph("De minister van Onderwijs, Cultuur en Wetenschap,\nnamens deze,\n\n\n"
                    "drs. R.W. Hoogeveen-Landman\ndirecteur Voortgezet Onderwijs")
    d.core_properties.author = "Pietersma-Veenstra, Jolanda"
    src = work / (out.stem + ".docx")
    d.save(src)
    soffice_pdf(src, work).replace(out)
    redact = [R("PERSON", "drs. A.F. Zijlstra-Hoekman (voorzitter CvB)", "Zijlstra-Hoekman"),
              R("PERSON", "Jolanda Pietersma-Veenstra", "Pietersma-Veenstra", "Jolanda"),
              R("PHONE", "06-2739 5580"), R("EMAIL", "j.pietersma@minocw.nl"),
              R("PERSON", "mw. drs. Bakhuizen-Jongsma (inspecteur)", "Bakhuizen-Jongsma"),
              R("PERSON", "drs. R.W. Hoogeveen-Landman (directeur, namens)", "Hoogeveen-Landman")]
    keep = [K("ORG", "Stichting Voortgezet Onderwijs Dollardstreek"), K("ADDRESS_ORG", "Kerkstraat 64"),
            K("PLACE", "Winschoten"), K("ID", "BRIN 20KX", "20KX"), K("SCHOOL", "Dollard College"),
            K("STREET", "Johan Willem Frisostraat"), K("SCHOOL", "Winkler Prins"), K("PLACE", "Veendam"),
            K("OFFICEHOLDER", "gedeputeerde Kleinhuis", "Kleinhuis"), K("OFFICEHOLDER", "burgemeester Velema", "Velema"),
            K("ORG", "Dienst Uitvoering Onderwijs"), K("ORG", "Inspectie van het Onderwijs"),
            K("PHONE_GENERAL", "1400"), K("ADDRESS_ORG", "Rijnstraat 50"), K("ID", "OCW/VO/2025-77312"),
            K("TITLE", "directeur Voortgezet Onderwijs")]
    return redact, keep


# ------------------------------------------------------------------ 29
@reg("bi29_bezoekersaanmelding_ezk")
def d29(out: Path, work: Path):
    st = styles("djsans", 8.6)
    rows = [["Tijd", "Naam bezoeker", "Organisatie", "Kenteken", "Gastheer/-vrouw", "Ruimte"],
            ["09:00", "Bart-Jan Hooghiemstra", "Eneco", "GX-512-T", "Floor Wessels (DGKE)", "Lely"],
            ["09:00", "Ayşe Karaman", "Vattenfall", "—", "Floor Wessels (DGKE)", "Lely"],
            ["10:30", "dr. Hendrik Oosterbaan", "TNO", "8-KZR-41", "Cas Bleeker (DGBI)", "Van 't Hoff"],
            ["11:00", "Minke van Hulten", "Energie-Nederland", "V-207-BN", "minister Beljaarts", "Ministerskamer"],
            ["13:00", "Joris Dekkers-Lim", "Coolblue", "—", "minister Beljaarts", "Ministerskamer"],
            ["14:00", "Olga Sierzputowska", "Netbeheer Nederland", "ZT-418-X", "Cas Bleeker (DGBI)", "Van 't Hoff"],
            ["15:30", "Delegatie Groningen Seaports", "Groningen Seaports", "bus", "Floor Wessels (DGKE)", "Zaal Philips"]]
    story = [P("Bezoekersaanmelding Bezuidenhoutseweg 73 – dinsdag 27 mei 2025", st["h1"]),
             P("Aangemeld via het bezoekersportaal door het secretariaat DGKE (secretariaat-dgke@minezk.nl). "
               "Parkeren in de garage P2 alleen met vooraf aangemeld kenteken. Beveiliging: meldkamer 070 379 80 00.",
               st["n"]),
             table(rows, st, [13 * mm, 37 * mm, 33 * mm, 19 * mm, 36 * mm, 32 * mm]),
             Spacer(1, 5 * mm),
             P("Bijzonderheden: mevrouw Karaman is rolstoelgebruiker; graag de mindervalidenlift bij ingang B "
               "vrijhouden. De heer Dekkers-Lim (Coolblue) komt in verband met het gesprek over de Nationale "
               "Energiecampagne; foto's door de huisfotograaf toegestaan.", st["n"]),
             P("Vragen: Floor Wessels, 06-3950 1184.", st["n"])]
    build_rl(out, story, font="djsans", margins=(18, 16, 18, 16), footer="Facilitair Bedrijf – bezoekersregistratie EZK/KGG",
             meta={"title": "Bezoekersaanmelding 27-05-2025", "author": "Bezoekersportaal"})
    redact = [R("PERSON", "Bart-Jan Hooghiemstra (Eneco)", "Hooghiemstra", "Bart-Jan"),
              R("PLATE", "GX-512-T"), R("PERSON", "Ayşe Karaman (Vattenfall)", "Karaman", "Ayşe"),
              R("HEALTH", "rolstoelgebruiker (named visitor)", "rolstoelgebruiker"),
              R("PERSON", "dr. Hendrik Oosterbaan (TNO)", "Oosterbaan", "Hendrik"), R("PLATE", "8-KZR-41"),
              R("PERSON", "Minke van Hulten", "Hulten", "Minke"), R("PLATE", "V-207-BN"),
              R("PERSON", "Olga Sierzputowska", "Sierzputowska", "Olga"), R("PLATE", "ZT-418-X"),
              R("PERSON", "Floor Wessels (DGKE)", "Wessels", "Floor"), R("PHONE", "06-3950 1184"),
              R("PERSON", "Cas Bleeker (DGBI)", "Bleeker", "Cas")]
    redact.append(R("PERSON", "Joris Dekkers-Lim (Coolblue)", "Dekkers-Lim", "Joris"))
    keep = [K("OFFICEHOLDER", "minister Beljaarts", "Beljaarts"), K("ORG", "Eneco"), K("ORG", "Vattenfall"),
            K("ORG", "TNO"), K("ORG", "Energie-Nederland"), K("ORG", "Coolblue"), K("ORG", "Netbeheer Nederland"),
            K("ORG", "Groningen Seaports"), K("ROOM", "Van 't Hoff (room)", "Van 't Hoff"), K("ROOM", "Zaal Philips", "Philips"),
            K("ROOM", "Lely (room)", "Lely"), K("ADDRESS_ORG", "Bezuidenhoutseweg 73"),
            K("MAILBOX", "secretariaat-dgke@minezk.nl"), K("PHONE_GENERAL", "070 379 80 00"),
            K("PROGRAMME", "Nationale Energiecampagne")]
    return redact, keep


# ------------------------------------------------------------------ 30
@reg("bi30_nota_kgg_aanlanding")
def d30(out: Path, work: Path):
    st = styles("helv", 9.8)
    story = [P("Ministerie van Klimaat en Groene Groei", st["b"]),
             P("Nota aan de minister van Klimaat en Groene Groei", st["h1"]),
             table([["Van", "DG Klimaat en Energie, directie Elektriciteit", "Datum", "3 juni 2025"],
                    ["Opsteller", "Niels Vroegindeweij", "Kenmerk", "DGKE-E / 25183402"],
                    ["Telefoon", "06-2207 6691", "Kopie aan", "DGKE, SG"]],
                   st, [22 * mm, 68 * mm, 22 * mm, 58 * mm], header=False, grid=True),
             P("Onderwerp: aanlanding 2 GW-netten Nederwiek en IJmuiden Ver Gamma", st["h2"]),
             P("Geadviseerd besluit", st["h2"]),
             P("Instemmen met de voorkeursroute voor de aanlanding van Nederwiek 2 via de Maasvlakte en met het "
               "informeren van de Tweede Kamer vóór het commissiedebat Klimaat en Energie.", st["n"]),
             P("Kern", st["h2"]),
             P("TenneT heeft het kabellegschip Willem de Vlamingh (Jan De Nul) gecontracteerd; de kabels worden "
               "in 2028 gelegd. De aanlanding kruist het tracé van het CCS-project Porthos en de leidingstraat "
               "van de Delta Rhine Corridor. Het Havenbedrijf Rotterdam en Gasunie zijn akkoord met de "
               "kruisingsovereenkomst. Minister Hermans heeft met gedeputeerde Baljeu (Zuid-Holland) afgesproken "
               "dat de provincie een inpassingsplan maakt.", st["n"]),
             P("Toelichting", st["h2"]),
             P("Het Programma VAWOZ (Verbindingen Aanlanding Wind Op Zee) stelt de routes vast. De Rijkscoördinatieregeling "
               "is van toepassing (Energiewet, hoofdstuk 3). Rijkswaterstaat verleent de Waterwetvergunning. De "
               "stichting Natuur & Milieu vraagt aandacht voor de Voordelta (Natura 2000).", st["n"]),
             P("Ambtelijke afstemming: DG Water en Bodem (IenW), Rijksvastgoedbedrijf, Ministerie van Defensie "
               "(schietgebied Maasvlakte). Contactpersoon bij IenW: Bregje Hoogendijk-Nassar.", st["n"]),
             P("Informatie die niet openbaar gemaakt kan worden", st["h2"]),
             P("Motivering: in de openbaar te maken versie worden persoonsgegevens van ambtenaren gelakt "
               "(5.1.2e Woo). Passages over de contractwaarde vallen onder 5.1.1c.", st["n"])]
    build_rl(out, story, font="helv", margins=(18, 18, 18, 18), footer="KGG – nota DGKE-E / 25183402",
             meta={"title": "Nota aanlanding Nederwiek", "author": "KGG"})
    hide(out, xmp_creator="Rutger Klaassen-Bos",
         outline=[("Opmerkingen Wendelien Oskam (DGKE) – verwerkt", 0), ("Geadviseerd besluit", 0),
                  ("Versie Rutger Klaassen-Bos 2-6-2025", 0)])
    redact = [R("PERSON", "Niels Vroegindeweij", "Vroegindeweij", "Niels"), R("PHONE", "06-2207 6691"),
              R("PERSON", "Bregje Hoogendijk-Nassar (IenW)", "Hoogendijk-Nassar", "Bregje"),
              R("PERSON", "Wendelien Oskam (outline title, hidden)", "Oskam", "Wendelien"),
              R("PERSON", "Rutger Klaassen-Bos (outline title and XMP creator, hidden)", "Klaassen-Bos", "Rutger")]
    keep = [K("SHIP", "kabellegschip Willem de Vlamingh", "Willem de Vlamingh"), K("ORG", "Jan De Nul"),
            K("PROJECT", "Porthos"), K("PROJECT", "Delta Rhine Corridor"), K("ORG", "Havenbedrijf Rotterdam"),
            K("ORG", "Gasunie"), K("ORG", "TenneT"), K("OFFICEHOLDER", "Minister Hermans", "Hermans"),
            K("OFFICEHOLDER", "gedeputeerde Baljeu", "Baljeu"), K("PROGRAMME", "Programma VAWOZ", "VAWOZ"),
            K("LAW", "Energiewet"), K("ORG", "Rijkswaterstaat"), K("ORG", "Natuur & Milieu"),
            K("PLACE", "Voordelta"), K("PLACE", "Maasvlakte"), K("PROJECT", "Nederwiek"),
            K("PROJECT", "IJmuiden Ver Gamma"), K("ORG", "Rijksvastgoedbedrijf")]
    return redact, keep


# ------------------------------------------------------------------ 31
@reg("bi31_mail_ocw_bzk_doorgestuurd")
def d31(out: Path, work: Path):
    d = docx.Document()
    d.styles["Normal"].font.name = "DejaVu Sans"
    d.styles["Normal"].font.size = Pt(10)
    d.add_paragraph().add_run("El Yousfi, Karim").bold = True
    hdrs = [("Van:", "El Yousfi, Karim <k.elyousfi@minocw.nl>"), ("Verzonden:", "vrijdag 23 mei 2025 16:05"),
            ("Aan:", "Postbus Woo-coördinatie BZK <woo-coordinatie@minbzk.nl>"),
            ("CC:", "Van den Heuvel-Tjon, Desirée <d.vandenheuvel@minocw.nl>"),
            ("Onderwerp:", "FW: chatberichten bewindspersonen – bewaarbeleid OCW"),
            ("Bijlagen:", "Handreiking bewaren chatberichten OCW v1.2.pdf")]
    for k, v in hdrs:
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.add_run(k + "\t").bold = True
        p.add_run(v)
    d.add_paragraph("")
    for t in ["Goedemiddag,",
              "Hierbij doorgestuurd de reactie van onze CIO-office over het bewaren van chatberichten. In lijn met "
              "de Archiefwet 1995 en de Rijksbrede handreiking worden berichten van minister Bruins en "
              "staatssecretaris Paul maandelijks geëxporteerd. Desirée kan toelichten hoe dat technisch gaat.",
              "Reageren kan via de knop hieronder.",
              "[ Reageer op dit bericht ]",
              "Met vriendelijke groet,",
              "Karim El Yousfi\nStrategisch adviseur informatiehuishouding | CIO-office OCW\nRijnstraat 50 | 2515 XP Den Haag\nM 06-4462 8019",
              "________________________________",
              "Van: CIO-office OCW <cio-office@minocw.nl>\nVerzonden: donderdag 22 mei 2025 09:12\n"
              "Aan: El Yousfi, Karim <k.elyousfi@minocw.nl>\nOnderwerp: chatberichten bewindspersonen – bewaarbeleid OCW",
              "Karim,",
              "Kort antwoord op de vraag van BZK: OCW gebruikt Signal en WhatsApp niet voor besluitvorming. Chats van "
              "bewindspersonen worden via de Rijksapp 'Chatarchief' bewaard; de Nationaal Archief-richtlijn "
              "wordt gevolgd. Een uitzondering is de telefoon van de voormalige staatssecretaris; die is "
              "in 2024 vervangen (zie het Woo-besluit van 4 februari 2025).",
              "Vragen? Bel de servicedesk van DICTU (088 005 00 00) of mij, Thijs ter Horst-Amankwah, 070 412 88 07.",
              "Groet, Thijs"]:
        d.add_paragraph(t)
    d.core_properties.author = "OCW"
    src = work / (out.stem + ".docx")
    d.save(src)
    soffice_pdf(src, work).replace(out)
    # a mailto link over the '[ Reageer op dit bericht ]' line (address found only in the link)
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(out))
    page = pdf[0]
    tp = page.get_textpage()
    rect = None
    s = tp.get_text_range()
    i = s.find("[ Reageer")
    if i >= 0:
        boxes = [tp.get_charbox(j) for j in range(i, i + 24)]
        rect = [min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes)]
    tp.close(); page.close(); pdf.close()
    hide(out, mailto=[(0, rect or [70, 500, 250, 515], "desiree.vandenheuvel-tjon@minocw.nl")])
    redact = [R("PERSON", "Karim El Yousfi", "El Yousfi", "Karim"), R("EMAIL", "k.elyousfi@minocw.nl"),
              R("PHONE", "06-4462 8019"),
              R("PERSON", "Desirée van den Heuvel-Tjon", "Heuvel-Tjon", "Desirée"),
              R("EMAIL", "d.vandenheuvel@minocw.nl"),
              R("EMAIL", "desiree.vandenheuvel-tjon@minocw.nl (mailto link, hidden)", "desiree.vandenheuvel-tjon@minocw.nl"),
              R("PERSON", "Thijs ter Horst-Amankwah", "Horst-Amankwah", "Thijs"), R("PHONE", "070 412 88 07")]
    keep = [K("MAILBOX", "woo-coordinatie@minbzk.nl"), K("MAILBOX", "cio-office@minocw.nl"),
            K("LAW", "Archiefwet 1995"), K("OFFICEHOLDER", "minister Bruins", "Bruins"),
            K("OFFICEHOLDER", "staatssecretaris Paul", "Paul"), K("PRODUCT", "Signal"), K("PRODUCT", "WhatsApp"),
            K("ORG", "DICTU"), K("PHONE_GENERAL", "088 005 00 00"), K("ORG", "CIO-office OCW"),
            K("ADDRESS_ORG", "Rijnstraat 50"), K("TITLE", "Strategisch adviseur informatiehuishouding")]
    return redact, keep


# ------------------------------------------------------------------ 32
@reg("bi32_besluit_ocw_woo_journalist")
def d32(out: Path, work: Path):
    d = docx.Document()
    d.styles["Normal"].font.name = "DejaVu Sans Condensed"
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Ministerie van Onderwijs, Cultuur en Wetenschap"
    sec.footer.paragraphs[0].text = "Besluit Woo-verzoek WOO-OCW-2025-0211 | pagina"
    d.add_paragraph("Retouradres Postbus 16375 2500 BJ Den Haag")
    d.add_paragraph("De heer T.R. Baalbaki-Visser\np/a redactie Follow the Money\nPostbus 15513\n1001 NA Amsterdam")
    d.add_paragraph("Datum\t26 juni 2025\nBetreft\tBesluit op uw Woo-verzoek over de Regeling "
                    "Nationaal Programma Onderwijs\nOns kenmerk\tWOO-OCW-2025-0211\nContactpersoon\t"
                    "mr. Sophie Adriaansens-Pool, T 06-1823 4475")
    d.add_paragraph("Geachte heer Baalbaki-Visser,")
    for t in [
        "Met uw e-mail van 3 maart 2025 heeft u een verzoek gedaan op grond van de Wet open overheid (Woo) om "
        "documenten over de besteding van de middelen uit het Nationaal Programma Onderwijs (NP Onderwijs) door "
        "schoolbesturen in 2023 en 2024.",
        "Ik heb 41 documenten gevonden. Ik maak 30 documenten deels openbaar en 11 geheel openbaar. Namen en "
        "contactgegevens van ambtenaren en van medewerkers van schoolbesturen lak ik (artikel 5.1, tweede lid, "
        "onder e, Woo). De namen van minister Bruins, oud-minister Wiersma en van het Kamerlid Stultiens zijn niet "
        "gelakt.",
        "Zienswijzen. Voorafgaand aan dit besluit zijn de volgende derden geraadpleegd:",
    ]:
        d.add_paragraph(t)
    _docx_table(d, [("Derde", "Contactpersoon", "Reactie"),
                    ("PO-Raad", "via info@poraad.nl", "geen bezwaar"),
                    ("VO-raad", "Hanna Kapteijns-Aydın, beleidsadviseur", "bezwaar tegen document 17, deels gevolgd"),
                    ("Stichting Openbaar Onderwijs Zwolle", "bestuurssecretaris drs. W.F. Jongeneel", "geen reactie"),
                    ("Ouders & Onderwijs", "Saskia Verbrugge", "geen bezwaar"),
                    ("Particulier (ouder, document 22)", "mevrouw E. van Reenen-Offringa", "bezwaar, gevolgd")], size=8.5)
    d.add_paragraph("")
    d.add_paragraph("Mevrouw Van Reenen-Offringa heeft bezwaar gemaakt tegen openbaarmaking van haar klacht "
                    "over de school van haar dochter. Haar gegevens en die van haar dochter (groep 7, "
                    "diagnose dyslexie) worden volledig gelakt.")
    d.add_page_break()
    d.add_paragraph("Betrokken ambtenaren (alleen in de niet-openbare versie)")
    _docx_table(d, [("Naam", "Functie", "Rol"),
                    ("mr. Sophie Adriaansens-Pool", "jurist DWJZ", "behandelaar"),
                    ("Youssef Ben Haddou", "beleidsmedewerker NP Onderwijs", "zoekslag"),
                    ("Annelies de Bruijn-Kortenhorst", "teamleider Woo", "kwaliteitscontrole")], size=9)
    d.add_paragraph("")
    d.add_paragraph("Publicatie. De documenten worden geplaatst op open.overheid.nl. Bezwaar kunt u binnen "
                    "zes weken maken bij de minister van Onderwijs, Cultuur en Wetenschap, Postbus 16375, "
                    "2500 BJ Den Haag, of via woo@minocw.nl.")
    d.add_paragraph("De minister van Onderwijs, Cultuur en Wetenschap,\nnamens deze,\n\n\n"
                    "de teamleider Woo")
    d.core_properties.author = "WOO-team OCW"
    src = work / (out.stem + ".docx")
    d.save(src)
    soffice_pdf(src, work).replace(out)
    redact = [R("PERSON", "T.R. Baalbaki-Visser (verzoeker, journalist)", "Baalbaki-Visser"),
              R("PERSON", "mr. Sophie Adriaansens-Pool", "Adriaansens-Pool", "Sophie"), R("PHONE", "06-1823 4475"),
              R("PERSON", "Hanna Kapteijns-Aydın (VO-raad)", "Kapteijns-Aydın", "Hanna"),
              R("PERSON", "drs. W.F. Jongeneel", "Jongeneel"),
              R("PERSON", "Saskia Verbrugge", "Verbrugge", "Saskia"),
              R("PERSON", "mevrouw E. van Reenen-Offringa", "Reenen-Offringa"),
              R("HEALTH", "diagnose dyslexie (child)", "dyslexie"),
              R("PERSON", "Youssef Ben Haddou", "Ben Haddou", "Youssef"),
              R("PERSON", "Annelies de Bruijn-Kortenhorst", "Bruijn-Kortenhorst", "Annelies")]
    keep = [K("ORG", "Follow the Money"), K("ADDRESS_ORG", "Postbus 15513"), K("PROGRAMME", "Nationaal Programma Onderwijs"),
            K("OFFICEHOLDER", "minister Bruins", "Bruins"), K("FORMER_OFFICEHOLDER", "oud-minister Wiersma", "Wiersma"),
            K("OFFICEHOLDER", "Kamerlid Stultiens", "Stultiens"), K("MAILBOX", "info@poraad.nl"), K("ORG", "PO-Raad"),
            K("ORG", "VO-raad"), K("ORG", "Stichting Openbaar Onderwijs Zwolle"), K("MAILBOX", "woo@minocw.nl"),
            K("ADDRESS_ORG", "Postbus 16375"), K("ID", "WOO-OCW-2025-0211"), K("TITLE", "teamleider Woo"),
            K("LAW", "Wet open overheid")]
    return redact, keep
