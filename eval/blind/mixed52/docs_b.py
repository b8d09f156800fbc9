"""Set BJ documents, part B: onderwijsinspectie, CIZ/zorgkantoor/Wzd, jeugd, NVWA."""
from __future__ import annotations

from reportlab.lib.units import cm

from framework import DOCS, WORK, Doc, docx_build, hide, html_build, make_bsn, make_iban, merge, rl_build, scan_pdf

ALL = []


def reg(fn):
    ALL.append(fn)
    return fn


def foot(d, font, text, size=7.5):
    def f(c, n):
        c.setFont(font, size)
        c.drawCentredString(10.5 * cm, 1.1 * cm, d.t(text + f"  -  {n}"))
    return f


# ------------------------------------------------------------------------------------------------
@reg
def doc_onderwijs_inspectierapport():
    d = Doc("onderwijs_inspectierapport", "Inspectie van het Onderwijs report on a primary school", "reportlab DejaVuSans, 2 pages")

    def hdr(c, n):
        c.setFillColorRGB(0.09, 0.27, 0.45)
        c.rect(0, 28.4 * cm, 21 * cm, 1.3 * cm, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("DejaVuSans-Bold", 10)
        c.drawString(2 * cm, 28.9 * cm, d.t("{{+ORG|Inspectie van het Onderwijs}}"))
        c.setFont("DejaVuSans", 8)
        c.drawRightString(19 * cm, 28.9 * cm, d.t("Ministerie van Onderwijs, Cultuur en Wetenschap"))
        c.setFillColorRGB(0, 0, 0)

    flow = [
        ("h", "Rapport van bevindingen - onderzoek naar aanleiding van signalen", 14),
        ("kv", [("School", "{{+SCHOOL|Openbare basisschool De Vlinderboom}}"),
                ("BRIN / vestiging", "{{+CASE_ORG|21QK-00}}"),
                ("Adres", "{{+ADDR_CO|Johan Frisostraat 3}}, 1441 CN Purmerend"),
                ("Bestuur", "{{+ORG|Stichting Openbaar Primair Onderwijs Waterland}}"),
                ("Datum onderzoek", "11 en 12 maart 2025"),
                ("Inspecteurs", "drs. {{PERSON|R. Achterberg|Rianne Achterberg}}, {{PERSON|M.Y. Sahin|Murat Sahin}} (i.o.)")], 3.8),
        ("h", "1. Aanleiding", 11),
        ("p", "De inspectie ontving in januari 2025 via het {{+ORG|Meldpunt Vertrouwensinspecteurs}} en via ouders signalen "
              "over de veiligheid op school en over de zorg voor leerlingen met extra ondersteuningsbehoeften. Op grond van "
              "artikel 11 van de {{+LAW|Wet op het onderwijstoezicht}} heeft de inspectie een onderzoek ingesteld."),
        ("h", "2. Oordelen", 11),
        ("tbl", [["Standaard", "Oordeel"],
                 ["OP2 Zicht op ontwikkeling en begeleiding", "Onvoldoende"],
                 ["OP4 (Extra) ondersteuning", "Voldoende"],
                 ["SK1 Veiligheid", "Onvoldoende"],
                 ["KA1 Kwaliteitszorg", "Voldoende"]],
         [11, 5]),
        ("p", "Het percentage leerlingen dat de referentieniveaus 1F haalde lag in 2024 op 94,1 procent; de signaleringswaarde "
              "voor deze schoolweging is 85 procent. Het aantal thuiszitters op de school is in twee jaar gestegen van 0 naar 3."),
        ("pb",),
        ("h", "3. Bevindingen veiligheid", 11),
        ("p", "De school monitort de sociale veiligheid jaarlijks met {{+PRODUCT|Vensters}} en {{+PRODUCT|ZIEN!}}, maar "
              "analyseert de uitkomsten niet. In twee klassen vonden incidenten plaats die niet in het incidentenregister staan. "
              "Eén incident betrof een leerling van groep 7 ({{PERSON|Noah van Dijk}}) die "
              "een {{HEALTH|angststoornis|angststoornis Noah van Dijk}} heeft en sinds november niet meer naar school gaat."),
        ("p", "Het anti-pestbeleid verwijst naar de {{+PROG|KiVa}}-methode, die de school niet meer gebruikt. De "
              "vertrouwenspersoon (mevrouw {{PERSON|T. Wijers|Tineke Wijers}}) is bij de meeste ouders onbekend."),
        ("h", "4. Vervolg", 11),
        ("p", "Het bestuur draagt er zorg voor dat de tekortkomingen uiterlijk 1 maart 2026 zijn hersteld. De inspectie "
              "voert daarna een herstelonderzoek uit. Reactie van het bestuur: zie bijlage, ondertekend door de "
              "voorzitter van het college van bestuur, mw. drs. {{PERSON|E. (Elske) Faber-Nieuwland|Elske Faber-Nieuwland}}."),
        ("sm", "{{+ORG|Inspectie van het Onderwijs}} - {{+ADDR_GOV|Park Voorn 4}}, Utrecht - {{+URL|www.onderwijsinspectie.nl}} - "
               "Loket: {{+PHONE_GEN|088 669 6060}}"),
    ]
    out = DOCS / (d.name + ".pdf")
    rl_build(d, out, flow, font="DejaVuSans", size=9.5, header=hdr, footer=foot(d, "DejaVuSans", "Rapport De Vlinderboom"),
             margins=(2.0, 2.0, 2.4, 2.0))
    hide(d, out, xmp_creator="{{PERSON|Thijs Wijnberg}}", title="Rapport van bevindingen De Vlinderboom")
    return d


# ------------------------------------------------------------------------------------------------
@reg
def doc_onderwijs_signaal_email_en():
    d = Doc("onderwijs_signaal_email_en", "webmail print, English headers, school signal about a pupil", "Chromium (Skia/PDF)")
    body = """
<div style="font-size:9pt;color:#555">{{PERSON|Wilma Reijnders}} &lt;{{EMAIL|w.reijnders@owinsp.nl}}&gt; - Outlook</div>
<hr/>
<h3>FW: Signaal thuiszitter groep 8 - verzoek om advies</h3>
<table style="font-size:10pt">
<tr><td><b>From:</b></td><td>{{PERSON|Wilma Reijnders}}</td></tr>
<tr><td><b>Sent:</b></td><td>Thursday, February 13, 2025 8:51 AM</td></tr>
<tr><td><b>To:</b></td><td>{{+EMAIL_FUNC|loket@owinsp.nl}}</td></tr>
<tr><td><b>Subject:</b></td><td>FW: Signaal thuiszitter groep 8</td></tr>
</table>
<p>Ter registratie in het signalensysteem. Graag doorzetten naar de inspecteur van het bestuur.</p>
<p>Groet,<br/>{{PERSON|Wilma}}</p>
<hr/>
<table style="font-size:10pt">
<tr><td><b>From:</b></td><td>{{PERSON|Kees Hoekman|Kees Hoekman}} &lt;{{EMAIL|k.hoekman@vlinderboom.nl}}&gt;</td></tr>
<tr><td><b>Sent:</b></td><td>Wednesday, February 12, 2025 4:37 PM</td></tr>
<tr><td><b>To:</b></td><td>{{PERSON|Wilma Reijnders}} &lt;{{EMAIL|w.reijnders@owinsp.nl}}&gt;</td></tr>
<tr><td><b>Cc:</b></td><td>{{PERSON|Ayla Koç}} &lt;{{EMAIL|a.koc@purmerend.nl}}&gt;</td></tr>
<tr><td><b>Subject:</b></td><td>Signaal thuiszitter groep 8</td></tr>
</table>
<p>Beste mevrouw {{PERSON|Reijnders|Wilma Reijnders}},</p>
<p>Zoals telefonisch besproken meld ik hierbij de situatie van {{PERSON|Daan Koopmans}} (groep 8, geboren
{{DOB|6 augustus 2012}}). {{PERSON|Daan|Daan Koopmans}} is sinds 4 november 2024 niet meer op school geweest.
Hij heeft een {{HEALTH|autismespectrumstoornis|ASS Daan Koopmans}} ({{HEALTH|ASS|ASS Daan Koopmans}}) en ernstige {{HEALTH|faalangst|faalangst Daan Koopmans}};
de jeugdarts van de {{+ORG|GGD Zaanstreek-Waterland}} is betrokken. Het samenwerkingsverband
{{+ORG|Passend Primair Onderwijs Waterland}} heeft nog geen plek in het speciaal onderwijs gevonden.</p>
<p>De leerplichtambtenaar, mevrouw {{PERSON|Koç|Ayla Koç}}, staat in de cc. Moeder
({{PERSON|Sandra Koopmans-Tol}}, {{PHONE|06 2871 0394}}) wil graag zelf met de inspectie spreken.</p>
<p>We werken volgens de {{+LAW|Leerplichtwet 1969}} en het {{+TERM|Thuiszittersprotocol}} van het samenwerkingsverband.
Ik hoor graag of u mee wilt kijken.</p>
<p>Met vriendelijke groet,<br/><br/>{{PERSON|Kees Hoekman}}<br/>intern begeleider<br/>
{{+SCHOOL|Openbare basisschool De Vlinderboom}}<br/>{{+ADDR_CO|Johan Frisostraat 3}}, Purmerend<br/>
T {{+PHONE_GEN|0299 412 780}} (school)</p>
"""
    out = DOCS / (d.name + ".pdf")
    html_build(d, out, body, title="FW: Signaal thuiszitter groep 8")
    return d


# ------------------------------------------------------------------------------------------------
@reg
def doc_ciz_wlz_indicatiebesluit():
    d = Doc("ciz_wlz_indicatiebesluit", "CIZ decision letter Wlz indication to a citizen", "reportlab Helvetica, 2 pages")
    bsn = make_bsn(202)

    def first(c, n):
        c.setFont("Helvetica-Bold", 16)
        c.drawString(2.3 * cm, 27.5 * cm, d.t("{{+ORG|CIZ}}"))
        c.setFont("Helvetica", 7.5)
        c.drawString(2.3 * cm, 27.0 * cm, d.t("Centrum indicatiestelling zorg"))
        y = 25.0
        for ln in ["Retouradres: Postbus 2042, 3500 GA Utrecht", "", "Mevrouw {{PERSON|G.H. Verschuur-Olthof|Gerda Verschuur-Olthof}}",
                   "p/a mevrouw {{PERSON|M. Verschuur|Monique Verschuur}}", "{{ADDRESS|Bremstraat 7|Bremstraat 7, 7823 PL Emmen}}",
                   "{{ADDRESS|7823 PL|Bremstraat 7, 7823 PL Emmen}}  EMMEN"]:
            c.setFont("Helvetica", 6.5 if ln.startswith("Retour") else 10)
            c.drawString(2.3 * cm, y * cm, d.t(ln))
            y -= 0.48
        c.setFont("Helvetica", 7.5)
        y = 25.0
        for lab, val in [("Datum", "24 juni 2025"), ("Ons kenmerk", "{{ID|WLZ-5518204|dossiernummer Verschuur-Olthof}}"),
                         ("Cliëntnummer", "{{ID|40017736|cliëntnummer Verschuur-Olthof}}"), ("BSN", f"{{{{BSN|{bsn}}}}}"),
                         ("Geboortedatum", "{{DOB|30-09-1941}}"), ("Behandeld door", "{{PERSON|J. Boerrigter|Jeroen Boerrigter}}"),
                         ("Telefoon", "{{+PHONE_GEN|088 789 10 00}}")]:
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(13.2 * cm, y * cm, d.t(lab))
            c.setFont("Helvetica", 7.5)
            c.drawString(15.6 * cm, y * cm, d.t(val))
            y -= 0.42

    flow = [
        ("sp", 62),
        ("p", "<b>Onderwerp: besluit over uw aanvraag Wet langdurige zorg</b>"),
        ("p", "Geachte mevrouw {{PERSON|Verschuur-Olthof|Gerda Verschuur-Olthof}},"),
        ("p", "U hebt op 2 mei 2025 een aanvraag gedaan voor zorg uit de {{+LAW|Wet langdurige zorg}} (Wlz). In deze brief "
              "leest u ons besluit. Wij hebben besloten dat u recht hebt op zorg uit de Wlz vanaf 24 juni 2025."),
        ("h", "Waarom krijgt u een indicatie?", 11),
        ("p", "U hebt blijvend 24 uur per dag zorg in de nabijheid nodig. Dat komt door "
              "de {{HEALTH|ziekte van Parkinson|parkinson Verschuur-Olthof}} en beginnende {{HEALTH|dementie|dementie Verschuur-Olthof}}. "
              "U valt vaak en kunt niet meer zelfstandig opstaan. Dit blijkt uit het gesprek met u en uw dochter op 10 juni en "
              "uit de informatie van uw huisarts, dokter {{PERSON|Ter Horst|huisarts Ter Horst}}."),
        ("kv", [("Grondslag", "somatische aandoening of beperking"),
                ("Zorgprofiel", "Verpleging en Verzorging"),
                ("Geldigheid", "onbepaalde tijd")], 4.0),
        ("h", "Wat gebeurt er nu?", 11),
        ("p", "Wij sturen dit besluit ook naar het zorgkantoor in uw regio, {{+ORG|Zilveren Kruis Zorgkantoor}}. Het zorgkantoor "
              "neemt contact met u op om te bespreken hoe u de zorg wilt ontvangen: in een instelling, met een "
              "{{+TERM|volledig pakket thuis}}, een {{+TERM|modulair pakket thuis}} of een persoonsgebonden budget."),
        ("pb",),
        ("h", "Bent u het niet eens met dit besluit?", 11),
        ("p", "Dan kunt u binnen 6 weken na de datum van deze brief bezwaar maken. Dat kan via {{+URL|www.ciz.nl/bezwaar}} of per "
              "post naar CIZ, afdeling Bezwaar en Beroep, Postbus 2042, 3500 GA Utrecht. Zet in uw brief uw cliëntnummer "
              "{{ID|40017736|cliëntnummer Verschuur-Olthof}}."),
        ("p", "Met vriendelijke groet,"),
        ("p", "{{PERSON|J. Boerrigter|Jeroen Boerrigter}}<br/>indicatiesteller"),
        ("sp", 10),
        ("sm", "Het {{+ORG|CIZ}} verwerkt uw gegevens volgens de {{+LAW|Algemene verordening gegevensbescherming}} ({{+TERM|AVG}}). "
               "Meer informatie: {{+URL|www.ciz.nl/privacy}}. Algemeen telefoonnummer: {{+PHONE_GEN|088 789 10 00}}."),
    ]
    out = DOCS / (d.name + ".pdf")
    rl_build(d, out, flow, font="Helvetica", size=10, first_header=first, margins=(2.3, 2.0, 2.0, 2.0),
             footer=foot(d, "Helvetica", "CIZ - besluit Wlz"))
    return d


# ------------------------------------------------------------------------------------------------
@reg
def doc_zorgkantoor_pgb_brief():
    d = Doc("zorgkantoor_pgb_brief", "zorgkantoor letter on a Wlz pgb, IBAN", "LibreOffice from .docx")
    iban = make_iban("INGB", "0007431190")
    iban2 = make_iban("RABO", "0318842716")
    blocks = [
        ("p", "{{+ORG|Zorgkantoor Zuid-Holland Noord}}\n{{+ADDR_CO|Stationsplein 140}}\n2312 AV Leiden"),
        ("sp",),
        ("p", "De heer {{PERSON|A. van 't Hul|Arjen van 't Hul}}\n{{ADDRESS|Zeemanlaan 31|Zeemanlaan 31, 2313 SW Leiden}}\n"
              "{{ADDRESS|2313 SW|Zeemanlaan 31, 2313 SW Leiden}} Leiden"),
        ("kv", [("Datum", "3 juli 2025"),
                ("Budgethouder", "{{PERSON|S. van 't Hul|Sem van 't Hul}} (zoon), cliëntnummer {{ID|ZK-883104|cliëntnummer Sem van 't Hul}}"),
                ("Onderwerp", "Toekenning persoonsgebonden budget Wlz 2025")], [4.0, 12.0]),
        ("p", "Geachte heer {{PERSON|Van 't Hul|Arjen van 't Hul}},"),
        ("p", "U vroeg als wettelijk vertegenwoordiger van uw zoon {{PERSON|Sem|Sem van 't Hul}} een persoonsgebonden budget (pgb) aan. "
              "Uw zoon heeft een Wlz-indicatie vanwege een ernstige {{HEALTH|meervoudige beperking|meervoudige beperking Sem van 't Hul}} "
              "en {{HEALTH|epilepsie|epilepsie Sem van 't Hul}}. Wij kennen een budget toe van € 78.412 per jaar."),
        ("p", "De {{+ORG|Sociale Verzekeringsbank}} (SVB) betaalt uw zorgverleners uit dit budget. Uw zorgverlener "
              f"{{{{PERSON|Fatima Azzouz}}}} (zzp, IBAN {{{{IBAN|{iban}}}}}) en uw schoonzus {{{{PERSON|Marieke van 't Hul-Brouwer}}}} "
              f"(IBAN {{{{IBAN|{iban2}}}}}) zijn als zorgverleners geregistreerd."),
        ("p", "Hebt u vragen? Uw pgb-consulent is {{PERSON|Danny Roodenburg}}, bereikbaar op {{PHONE|071 582 4417}} of "
              "{{EMAIL|d.roodenburg@zk-zhn.nl}}. Algemene vragen: {{+EMAIL_FUNC|pgb@zk-zhn.nl}}."),
        ("p", "Met vriendelijke groet,\n\n{{PERSON|Danny Roodenburg}}\npgb-consulent"),
    ]
    out = DOCS / (d.name + ".pdf")
    docx_build(d, out, blocks, font="Verdana", size=9.5, footer="{{+ORG|Zorgkantoor Zuid-Holland Noord}} is onderdeel van "
               "{{+ORG|Zorg en Zekerheid}}", author="{{PERSON|Marieke Oldenkamp}}", title="Toekenning pgb")
    return d


# ------------------------------------------------------------------------------------------------
@reg
def doc_wzd_besluit_opname():
    d = Doc("wzd_besluit_opname", "CIZ Wzd decision (art. 21) admission, client with intellectual disability", "reportlab DejaVuSerif")
    flow = [
        ("h", "Besluit opname en verblijf (artikel 21 Wzd)", 13),
        ("kv", [("Cliënt", "{{PERSON|Jesse Lamberts}}"),
                ("Geboortedatum", "{{DOB|12-01-2001}}"),
                ("Woonadres", "{{ADDRESS|Akkerwinde 22, 5035 HE Tilburg}}"),
                ("Vertegenwoordiger", "mentor mr. {{PERSON|E.A. Spronck|Eva Spronck}}, {{+ORG|Mentorschap Brabant}}"),
                ("Accommodatie", "{{+ORG|Amarant}}, locatie Huize Assisië, Udenhout"),
                ("Zaaknummer", "{{ID|WZD-24-77031|zaaknummer Lamberts}}")], 4.0),
        ("p", "Het {{+ORG|CIZ}} heeft de aanvraag van 14 april 2025 beoordeeld. De cliënt heeft "
              "een matige {{HEALTH|verstandelijke beperking|verstandelijke beperking Lamberts}} ({{HEALTH|IQ 45|verstandelijke beperking Lamberts}}) en "
              "een {{HEALTH|stoornis in het gebruik van alcohol|alcoholstoornis Lamberts}}. Hij verzet zich niet tegen opname, "
              "maar stemt er ook niet mee in. Zonder opname ontstaat ernstig nadeel: hij raakt zijn woning kwijt en is "
              "slachtoffer geworden van financiële uitbuiting."),
        ("p", "Het CIZ stelt vast dat is voldaan aan de criteria van artikel 21 van de {{+LAW|Wet zorg en dwang psychogeriatrische "
              "en verstandelijk gehandicapte cliënten}}. Het medisch advies is gegeven door de arts verstandelijk gehandicapten "
              "drs. {{PERSON|P. Maas|Pauline Maas}}. De zorgverantwoordelijke is {{PERSON|Orlando Tjin-A-Soe}}."),
        ("p", "<b>Besluit.</b> Het CIZ neemt het besluit dat de cliënt kan worden opgenomen in een Wzd-accommodatie voor de duur "
              "van vijf jaar. Tegen dit besluit kunt u binnen zes weken bezwaar maken. Persoonsgegevens verwerken wij volgens "
              "de {{+TERM|AVG}}."),
        ("sp", 4),
        ("p", "Namens het CIZ,<br/>{{PERSON|H. Yildirim|Hatice Yildirim}}, indicatiesteller Wzd"),
        ("sm", "Afschrift: mentor; {{+ORG|Amarant}}; cliëntenvertrouwenspersoon Wzd ({{+ORG|Adviespunt Zorgbelang}})"),
    ]
    out = DOCS / (d.name + ".pdf")
    rl_build(d, out, flow, font="DejaVuSerif", size=9.5, footer=foot(d, "DejaVuSerif", "CIZ - Wzd"))
    return d


# ------------------------------------------------------------------------------------------------
@reg
def doc_veilig_thuis_overdracht():
    d = Doc("veilig_thuis_overdracht", "Veilig Thuis handover form to a local team", "LibreOffice from .docx, 2 pages")
    bsn1, bsn2 = make_bsn(303), make_bsn(304)
    blocks = [
        ("h", "Overdrachtsformulier Veilig Thuis - lokaal team", 1),
        ("kv", [("Dossiernummer", "{{ID|VT-2025-031877|dossiernummer gezin Pranger}}"),
                ("Datum overdracht", "18 augustus 2025"),
                ("Van", "{{PERSON|Lotte Schreuder}}, medewerker onderzoek, {{+ORG|Veilig Thuis Kennemerland}}"),
                ("Aan", "Sociaal Wijkteam Haarlem-Noord, t.a.v. {{PERSON|Mo Haddou}}"),
                ("Telefoon VT", "{{PHONE|023 789 4512}} (direct) / {{+PHONE_GEN|0800-2000}} (algemeen)")], [4.5, 11.5]),
        ("h", "Gezinssamenstelling", 2),
        ("tbl", [["Naam", "Rol", "Geboortedatum", "BSN"],
                 ["{{PERSON|Dennis Pranger}}", "vader", "{{DOB|04-06-1989}}", ""],
                 ["{{PERSON|Chantal Pranger-Zeeman}}", "moeder", "{{DOB|21-10-1991}}", ""],
                 ["{{PERSON|Tygo Pranger}}", "kind", "{{DOB|09-02-2015}}", f"{{{{BSN|{bsn1}}}}}"],
                 ["{{PERSON|Fenna Pranger}}", "kind", "{{DOB|30-11-2019}}", f"{{{{BSN|{bsn2}}}}}"]], [5.5, 2.5, 3.5, 4.5]),
        ("p", "Adres: {{ADDRESS|Vondelweg 418, 2026 BT Haarlem}}"),
        ("h", "Aanleiding melding", 2),
        ("p", "Melding door de politie op 2 juli 2025 na huiselijk geweld in aanwezigheid van de kinderen. Vader was onder invloed. "
              "Uit het onderzoek blijkt dat vader al jaren {{HEALTH|alcoholverslaafd|alcoholverslaving Dennis Pranger}} is en in "
              "2021 is {{CRIMINAL|veroordeeld voor mishandeling|veroordeling Dennis Pranger}} van zijn ex-partner. Moeder is "
              "sinds de geboorte van {{PERSON|Fenna|Fenna Pranger}} behandeld voor een {{HEALTH|depressie|depressie Chantal Pranger-Zeeman}}."),
        ("pb",),
        ("h", "Afspraken en veiligheidsplan", 2),
        ("tbl", [["Afspraak", "Wie", "Termijn"],
                 ["Vader volgt behandeling bij {{+ORG|Brijder Verslavingszorg}}", "vader", "start 1 september"],
                 ["Tygo krijgt hulp van de schoolmaatschappelijk werker", "{{PERSON|MH|Mo Haddou}}", "september"],
                 ["Veiligheidsplan evalueren met gezin", "{{PERSON|LS|Lotte Schreuder}} / {{PERSON|MH|Mo Haddou}}", "6 weken"],
                 ["Bij nieuw incident: melding bij Veilig Thuis", "allen", "direct"]], [9.0, 4.0, 3.0]),
        ("p", "Werkwijze volgens de {{+LAW|Wet verplichte meldcode huiselijk geweld en kindermishandeling}} en het "
              "{{+TERM|Handelingsprotocol Veilig Thuis}}. De ouders zijn geïnformeerd over de overdracht en hebben toestemming gegeven."),
        ("p", "Ondertekening: {{PERSON|L. Schreuder|Lotte Schreuder}}, medewerker onderzoek. Gezien door gedragswetenschapper "
              "dr. {{PERSON|K. Veenstra-Lubbers|Karin Veenstra-Lubbers}}."),
    ]
    out = DOCS / (d.name + ".pdf")
    docx_build(d, out, blocks, font="Liberation Sans", size=10, header="{{+ORG|Veilig Thuis Kennemerland}} - VERTROUWELIJK",
               footer="Formulier overdracht versie 3.1 - {{+URL|www.veiligthuiskennemerland.nl}}",
               author="{{PERSON|Lotte Schreuder}}", title="Overdracht VT")
    return d


# ------------------------------------------------------------------------------------------------
@reg
def doc_jb_whatsapp_chat():
    d = Doc("jb_whatsapp_chat", "WhatsApp export jeugdbeschermer - foster mother", "reportlab DejaVuSans")
    msgs = [
        ("12-05-25 08:14", "{{PERSON|Ilse|Ilse Roozendaal}}", "Goedemorgen {{PERSON|Marjan|Marjan Lubbers}}, hoe ging het weekend met {{PERSON|Jayden|Jayden Mahabier}}?"),
        ("12-05-25 08:31", "{{PERSON|Marjan|Marjan Lubbers}}", "Zaterdag was lastig. Hij wilde zijn {{HEALTH|Ritalin|medicatie Jayden}} niet innemen en is weggelopen. "
                                            "Om 22.00 uur was hij terug."),
        ("12-05-25 08:33", "{{PERSON|Ilse|Ilse Roozendaal}}", "Vervelend. Heeft hij contact gehad met zijn vader?"),
        ("12-05-25 08:40", "{{PERSON|Marjan|Marjan Lubbers}}", "Ja, via Snapchat. Vader ({{PERSON|Roy Mahabier|Roy Mahabier}}) zit nog in "
                                            "de {{CRIMINAL|PI Zwolle|detentie Roy Mahabier}} toch?"),
        ("12-05-25 08:44", "{{PERSON|Ilse|Ilse Roozendaal}}", "Klopt. Ik bespreek het met de gedragswetenschapper. Donderdag kom ik langs op de "
                                            "{{ADDRESS|Berkenlaan 6|adres pleeggezin Lubbers}}, 15.00 uur oké?"),
        ("12-05-25 08:45", "{{PERSON|Marjan|Marjan Lubbers}}", "Prima, tot donderdag."),
        ("12-05-25 13:02", "{{PERSON|Ilse|Ilse Roozendaal}}", "De kinderrechter heeft de ondertoezichtstelling verlengd met een jaar. "
                                            "De beschikking van de {{+ORG|Rechtbank Overijssel}} stuur ik via {{+PRODUCT|Zivver}}."),
        ("12-05-25 13:10", "{{PERSON|Marjan|Marjan Lubbers}}", "Dank je. Bel me anders even op {{PHONE|06 5566 1207}}, ik ben vanmiddag thuis."),
    ]
    flow = [("h", "WhatsApp-chat met {{PERSON|Marjan Lubbers}} (pleegmoeder)", 12),
            ("sm", "Geëxporteerd door {{PERSON|Ilse Roozendaal}}, jeugdbeschermer {{+ORG|Jeugdbescherming Overijssel}}, 15-05-2025. "
                   "Berichten en oproepen zijn end-to-end versleuteld."), ("hr",)]
    for ts, who, txt in msgs:
        flow.append(("p", f"<font size=7.5>[{ts}]</font> <b>{who}</b>: {txt}"))
    out = DOCS / (d.name + ".pdf")
    rl_build(d, out, flow, font="DejaVuSans", size=9.5)
    return d


# ------------------------------------------------------------------------------------------------
@reg
def doc_raad_verzoek_ots():
    d = Doc("raad_verzoek_ots", "Raad voor de Kinderbescherming request for supervision order, bookmarks", "reportlab Times")
    flow = [
        ("sm", "{{+ORG|Raad voor de Kinderbescherming}} - regio Midden-Nederland - locatie Utrecht"),
        ("h", "Rekest ondertoezichtstelling", 14),
        ("kv", [("Aan", "de kinderrechter van de {{+ORG|Rechtbank Midden-Nederland}}"),
                ("Betreft", "{{PERSON|Anjali Ramdin}}, geboren {{DOB|15 mei 2011}} te Utrecht"),
                ("Moeder", "{{PERSON|Shanti Ramdin}}, {{ADDRESS|Kanaalweg 88-bis, 3533 HK Utrecht}}"),
                ("Vader", "{{PERSON|Vikash Chotkan}}, adres onbekend"),
                ("Raadsonderzoeker", "{{PERSON|Miriam de Boer-Visscher}}")], 3.6),
        ("p", "De Raad verzoekt de kinderrechter {{PERSON|Anjali|Anjali Ramdin}} onder toezicht te stellen van de "
              "{{+ORG|Samen Veilig Midden-Nederland}} voor de duur van twaalf maanden (artikel 1:255 {{+LAW|Burgerlijk Wetboek}})."),
        ("p", "<b>Zorgen.</b> {{PERSON|Anjali|Anjali Ramdin}} verzuimt sinds september 2024 structureel van school en "
              "is in maart 2025 opgenomen na een {{HEALTH|suïcidepoging|suïcidepoging Anjali Ramdin}}. Moeder "
              "heeft een {{HEALTH|posttraumatische stressstoornis|PTSS Shanti Ramdin}} en staat er alleen voor. Het gezin is "
              "{{RELIGION|hindoeïstisch|geloof gezin Ramdin}}; moeder wil dat de hulp daar rekening mee houdt. Vrijwillige hulp via "
              "het buurtteam is niet van de grond gekomen."),
        ("p", "<b>Standpunt ouders.</b> Moeder stemt in met de maatregel. Vader is niet bereikt."),
        ("p", "Utrecht, 2 juni 2025<br/>{{PERSON|M. de Boer-Visscher|Miriam de Boer-Visscher}}, raadsonderzoeker<br/>"
              "drs. {{PERSON|L.K. Brouwer|Lianne Brouwer}}, teamleider"),
    ]
    out = DOCS / (d.name + ".pdf")
    rl_build(d, out, flow, font="Times-Roman", size=11, footer=foot(d, "Times-Roman", "{{+ORG|Raad voor de Kinderbescherming}} - vertrouwelijk"))
    hide(d, out, outline=[("Rekest OTS {{PERSON|Ramdin|Anjali Ramdin}}", 0),
                          ("Zorgen en standpunt - gesprek met {{PERSON|Gita Ramdin-Bansi}} (oma)", 0)])
    return d


# ------------------------------------------------------------------------------------------------
@reg
def doc_nvwa_inspectierapport_cafetaria():
    d = Doc("nvwa_inspectierapport_cafetaria", "NVWA hygiene inspection report, sole trader snack bar", "reportlab Helvetica form")

    def hdr(c, n):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(2.0 * cm, 28.0 * cm, d.t("{{+ORG|Nederlandse Voedsel- en Warenautoriteit}}"))
        c.setFont("Helvetica", 8)
        c.drawString(2.0 * cm, 27.55 * cm, d.t("Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur"))
        c.drawRightString(19.0 * cm, 28.0 * cm, d.t("{{+ADDR_GOV|Catharijnesingel 59}}, 3511 GG Utrecht"))

    flow = [
        ("sp", 6),
        ("h", "Inspectierapport Warenwet - horeca", 13),
        ("tbl", [["Bedrijf", "{{TRADE|Cafetaria Özdemir}}"],
                 ["Eigenaar (eenmanszaak)", "{{PERSON|Mehmet Özdemir}}"],
                 ["KvK-nummer", "{{ID|71839024|KvK eenmanszaak Özdemir}}"],
                 ["Vestigingsadres", "Marktstraat 17, 7411 HR Deventer"],
                 ["Datum inspectie", "9 april 2025, 11.30 - 13.10 uur"],
                 ["Inspecteur", "{{PERSON|A.C. Hendriksen|Anton Hendriksen}} (code {{ID|INS-4471|inspecteurscode Hendriksen}})"],
                 ["Aanwezig namens bedrijf", "{{PERSON|Emre Özdemir}} (zoon, bedrijfsleider)"]], [5.0, 11.6], False),
        ("h", "Bevindingen", 11),
        ("tbl", [["Onderdeel", "Norm", "Bevinding"],
                 ["Temperatuur koeling", "max. 7 °C", "Koelcel 11 °C; gehakt en kipsaté boven norm"],
                 ["Ongediertewering", "geen sporen", "Muizenkeutels achter frituur"],
                 ["Persoonlijke hygiëne", "{{+TERM|Hygiënecode voor de horeca}}", "In orde"],
                 ["Allergeneninformatie", "art. 9 {{+LAW|Verordening (EU) nr. 1169/2011}}", "Niet beschikbaar voor klanten"],
                 ["Leveranciers", "traceerbaarheid", "Facturen {{+ORG|Sligro}} en {{+ORG|Hanos}} aanwezig"]],
         [4.2, 5.6, 6.8]),
        ("h", "Conclusie", 11),
        ("p", "Er zijn overtredingen geconstateerd van het {{+LAW|Warenwetbesluit Hygiëne van levensmiddelen}}. De NVWA legt "
              "een bestuurlijke boete op (rapport van bevindingen volgt) en voert binnen acht weken een herinspectie uit. "
              "Dit rapport is op locatie besproken met de bedrijfsleider. De eigenaar, de heer "
              "{{PERSON|Özdemir|Mehmet Özdemir}}, was niet aanwezig in verband met een {{HEALTH|ziekenhuisopname|ziekenhuisopname Mehmet Özdemir}}."),
        ("sp", 4),
        ("tbl", [["Paraaf inspecteur", "Paraaf bedrijf"], ["{{PERSON|ACH|Anton Hendriksen}}", "{{PERSON|E.Ö.|Emre Özdemir}}"]], [8.3, 8.3]),
        ("sm", "NVWA Klantcontactcentrum: {{+PHONE_GEN|0900 0388}} - {{+URL|www.nvwa.nl}}"),
    ]
    out = DOCS / (d.name + ".pdf")
    rl_build(d, out, flow, font="Helvetica", size=9.5, header=hdr, margins=(2.0, 2.0, 2.6, 2.0))
    return d


# ------------------------------------------------------------------------------------------------
@reg
def doc_nvwa_email_terugroepactie():
    d = Doc("nvwa_email_terugroepactie", "NVWA e-mail chain with a cheese farm owner (Listeria recall)", "reportlab DejaVuSans")
    kv = lambda rows: ("kv", rows, 2.4)
    flow = [
        kv([("Van:", "{{PERSON|Gerrit van Wijngaarden}} <{{EMAIL|info@kaasboerderijvanwijngaarden.nl}}>"),
            ("Verzonden:", "vrijdag 21 november 2025 19:02"),
            ("Aan:", "{{PERSON|Kuipers|Bart Kuipers}}, {{PERSON|Bart|Bart Kuipers}} (NVWA)"),
            ("Onderwerp:", "RE: Uitslag monster rauwmelkse kaas - terugroepen")]),
        ("p", "Meneer {{PERSON|Kuipers|Bart Kuipers}},"),
        ("p", "Wij hebben alle kazen van partij 2025-44 teruggehaald bij de winkels. Ook bij de {{+ORG|Albert Heijn}} in "
              "Woerden en bij {{+ORG|Jumbo}} Bodegraven liggen ze niet meer. De waarschuwing staat op onze website en op "
              "Facebook. Ik was vorige week niet bereikbaar omdat ik een {{HEALTH|hernia-operatie|operatie Gerrit van Wijngaarden}} had, "
              "mijn vrouw {{PERSON|Ria|Ria van Wijngaarden}} heeft het overgenomen."),
        ("p", "Groet,<br/>{{PERSON|Gerrit van Wijngaarden}}<br/>{{TRADE|Kaasboerderij Van Wijngaarden}}, "
              "{{ADDRESS|Hollandse Kade 40, 3449 HB Woerden|adres kaasboerderij (woonboerderij)}}<br/>{{PHONE|06 1203 8865}}"),
        ("hr",),
        kv([("Van:", "{{PERSON|Kuipers|Bart Kuipers}}, {{PERSON|Bart|Bart Kuipers}} (NVWA)"),
            ("Verzonden:", "donderdag 20 november 2025 10:15"),
            ("Aan:", "{{EMAIL|info@kaasboerderijvanwijngaarden.nl}}"),
            ("CC:", "{{+EMAIL_FUNC|incidenten@nvwa.nl}}; {{PERSON|Sevda Aydın}}"),
            ("Onderwerp:", "Uitslag monster rauwmelkse kaas - terugroepen")]),
        ("p", "Geachte heer {{PERSON|Van Wijngaarden|Gerrit van Wijngaarden}},"),
        ("p", "In het monster dat wij op 12 november namen van uw Goudse boerenkaas (rauwe melk, partij 2025-44) is "
              "{{+TERM|Listeria monocytogenes}} aangetroffen (340 kve/g). Op grond van artikel 19 van "
              "{{+LAW|Verordening (EG) nr. 178/2002}} moet u het product uit de handel nemen en consumenten waarschuwen. "
              "Het {{+ORG|RIVM}} heeft geen patiënten met hetzelfde type gevonden."),
        ("p", "Wilt u uiterlijk vrijdag bevestigen dat de terugroepactie is uitgevoerd?"),
        ("p", "Met vriendelijke groet,<br/>{{PERSON|Bart Kuipers}}<br/>Inspecteur, Team Incidenten en Crisis<br/>"
              "{{+ORG|Nederlandse Voedsel- en Warenautoriteit}}<br/>M {{PHONE|06 4615 0932}} | "
              "{{EMAIL|b.kuipers@nvwa.nl}}"),
    ]
    out = DOCS / (d.name + ".pdf")
    rl_build(d, out, flow, font="DejaVuSans", size=9.5)
    return d


# ------------------------------------------------------------------------------------------------
@reg
def doc_nvwa_checklist_scan():
    d = Doc("nvwa_checklist_scan", "scanned NVWA inspection checklist of a bakery (image only)", "reportlab -> raster scan")
    ch = "scan"
    flow = [
        ("h", "NVWA - Controlelijst hygiëne ambachtelijke bakkerij", 14),
        ("kv", [("Bedrijf", "{{TRADE|Bakkerij Hamdaoui}}"),
                ("Eigenaar", "{{PERSON|Youssef Hamdaoui}}"),
                ("Adres", "Kerkstraat 52, Oss"),
                ("Datum", "3 juni 2025"),
                ("Inspecteur", "{{PERSON|Linda Verbeek}}")], 4.0),
        ("tbl", [["Controlepunt", "OK", "Niet OK", "Opmerking"],
                 ["Reiniging werkruimte", "x", "", ""],
                 ["Temperatuur vitrine", "", "x", "9 graden"],
                 ["Allergenenlijst", "x", "", ""],
                 ["Handenwasvoorziening", "", "x", "geen zeep"]], [6.5, 1.8, 1.8, 6.0], True, 11),
        ("p", "Besproken met de eigenaar. Hij vertelde dat zijn vrouw {{PERSON|Naima Hamdaoui}} de administratie doet."),
        ("p", "Herinspectie: juli 2025. Paraaf inspecteur: {{PERSON|LVB|Linda Verbeek}}"),
    ]
    src = WORK / (d.name + "-src.pdf")
    WORK.mkdir(parents=True, exist_ok=True)
    rl_build(d, src, flow, font="Helvetica", size=12, channel=ch)
    out = DOCS / (d.name + ".pdf")
    scan_pdf(src, out, angle=0.7, seed=5)
    return d
