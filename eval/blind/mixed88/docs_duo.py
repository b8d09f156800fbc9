"""Set CT: DUO (Dienst Uitvoering Onderwijs), controle uitwonendenbeurs, herziening, bezwaar, herstelregeling."""
from __future__ import annotations

from lib import *  # noqa: F401,F403
from lib import registry

DOCS: list = []
doc = registry(DOCS)

DUO_ADDR = "Kempkensberg 12<br/>9722 TB Groningen<br/>Postbus 50061<br/>9702 AB Groningen<br/>T 050 599 77 55<br/>www.duo.nl"
DUO_IBAN = valid_iban("INGB", "6730218")


def duo_head(st, right):
    h = Table([[P("<b>DUO</b><br/>Dienst Uitvoering Onderwijs<br/>Ministerie van Onderwijs, Cultuur en "
                  "Wetenschap", st["small"]), P(DUO_ADDR, st["tiny"])]], colWidths=[112 * mm, 53 * mm])
    h.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [h, Spacer(1, 6 * mm), plain_table(right, [34 * mm, 100 * mm], st["small"]), Spacer(1, 5 * mm)]


# ------------------------------------------------------------------------------------------ ct17
@doc("ct17", "DUO rapport huisbezoek controle uitwonendenbeurs (form-like)", "reportlab LibSans")
def ct17(d):
    st = styles("LibSans", 9)
    s = [P("Rapport van bevindingen huisbezoek - controle woonsituatie", st["h1"]),
         P("Team Handhaving Studiefinanciering, regio Noord | Zaaknummer HH-2023-118742", st["small"]),
         Spacer(1, 3 * mm),
         P("1. Gegevens student", st["h2"]),
         grid_table([["Naam", "Jelle Hoekstra"], ["Geboortedatum", "22-07-2004"], ["BSN", "209318478"],
                     ["Studentnummer (Hanzehogeschool)", "4417263"],
                     ["Adres volgens BRP", "Herestraat 88a, 9711 LM Groningen"],
                     ["Adres ouders", "Hoofdweg 142, 9621 AM Slochteren"],
                     ["Telefoon", "06-2855 1093"], ["Opleiding", "hbo-bachelor Bedrijfskunde, Hanzehogeschool Groningen"],
                     ["Woonvorm sf", "uitwonend sinds 1 september 2022"]],
                    [55 * mm, 110 * mm], st["n"], header=False),
         P("2. Huisbezoek", st["h2"]),
         grid_table([["Datum / tijd", "dinsdag 14 maart 2023, 08.10 uur"],
                     ["Controleurs", "S. Bouwhuis (controleur, pers.nr. 40117) en T. Noordhof (controleur, "
                                     "pers.nr. 40388)"],
                     ["Aanleiding", "selectie risicoprofiel uitwonendenbeurs (afstand tot ouders, leeftijd, "
                                    "opleidingsniveau), steekproef Q1-2023"],
                     ["Aangetroffen", "mevrouw G. Pruim-Kok, hoofdbewoner en eigenaar van de woning"]],
                    [40 * mm, 125 * mm], st["n"], header=False),
         P("3. Bevindingen", st["h2"]),
         P("Wij hebben ons gelegitimeerd en het doel van het bezoek uitgelegd. Mevrouw Pruim-Kok verleende "
           "toestemming om de woning te betreden. Zij verklaarde dat de heer Hoekstra de kamer op de eerste "
           "verdieping (circa 12 m²) huurt voor € 395 per maand. In de kamer troffen wij een opgemaakt bed, "
           "kleding in de kast, studieboeken en een laptop aan. In de gedeelde badkamer stonden toiletartikelen "
           "die volgens de hoofdbewoner van de student zijn.", st["n"]),
         P("De student was niet aanwezig. Volgens mevrouw Pruim-Kok verblijft hij sinds januari 2023 "
           "doordeweeks vaak bij zijn ouders in Slochteren, omdat zijn vader na een hartinfarct "
           "revalideert en hulp nodig heeft bij het bedrijf. Post voor de student wordt bezorgd op het "
           "adres Herestraat 88a.", st["n"]),
         P("Om 08.45 uur heeft controleur Bouwhuis de student telefonisch bereikt op 06-2855 1093. Hij "
           "bevestigde dat hij de afgelopen weken 'meestal' in Slochteren sliep en de kamer aanhoudt.", st["n"]),
         PageBreak(),
         P("4. Verklaring buurman", st["h2"]),
         P("De buurman op nummer 88b, de heer K. Dusseldorp, verklaarde de student 'eigenlijk nooit meer' te "
           "zien sinds de kerstvakantie. Hij wilde geen schriftelijke verklaring tekenen.", st["n"]),
         P("5. Conclusie controleurs", st["h2"]),
         P("Er zijn aanwijzingen dat de student niet woont op het BRP-adres in de zin van artikel 1.1 van de "
           "Wet studiefinanciering 2000 (WSF 2000). De woonsituatie wordt voorgelegd aan de afdeling Bezwaar, "
           "Beroep en Handhaving voor een besluit over herziening van de uitwonendenbeurs (artikel 3.2 en 3.18 "
           "WSF 2000). Er is geen melding gedaan bij het Openbaar Ministerie.", st["n"]),
         Spacer(1, 4 * mm),
         grid_table([["Controleur", "Handtekening", "Datum"],
                     ["S. Bouwhuis", "", "14-03-2023"],
                     ["T. Noordhof", "", "14-03-2023"]], [50 * mm, 70 * mm, 40 * mm], st["n"]),
         Spacer(1, 3 * mm),
         P("Gezien, teamleider Handhaving: G. Smeenge (GS), 16-03-2023. Vragen: handhaving@duo.nl.", st["small"]),
         P("Dit rapport is opgesteld volgens de werkinstructie 'Huisbezoeken uitwonendenbeurs' versie 2022.3. "
           "De controle is uitgevoerd onder verantwoordelijkheid van minister Dijkgraaf (OCW).", st["small"]),
         ]
    build_platypus(d.path, s, on_page=footer("DUO - Handhaving - HH-2023-118742 - vertrouwelijk", font="LibSans",
                                             logo="DUO"), author="DUO Handhaving")
    d.r("PERSON", "Jelle Hoekstra", "Jelle Hoekstra", "Hoekstra")
    d.r("DOB", "22-07-2004")
    d.r("BSN", "209318478")
    d.r("STUDENTNR", "4417263")
    d.r("ADDRESS", "Herestraat 88a, 9711 LM Groningen", "Herestraat 88a", "9711 LM", "88b")
    d.r("ADDRESS", "Hoofdweg 142, 9621 AM Slochteren", "Hoofdweg 142", "9621 AM")
    d.r("PHONE", "06-2855 1093")
    d.r("PERSON", "S. Bouwhuis", "S. Bouwhuis", "Bouwhuis")
    d.r("PERSONNELNR", "40117")
    d.r("PERSON", "T. Noordhof")
    d.r("PERSONNELNR", "40388")
    d.r("PERSON", "G. Pruim-Kok", "G. Pruim-Kok", "Pruim-Kok")
    d.r("HEALTH", "na een hartinfarct revalideert", "hartinfarct")
    d.r("PERSON", "K. Dusseldorp")
    d.r("PERSON", "G. Smeenge")
    d.r("PARAPH", "GS")
    d.k("ORG", "DUO")
    d.k("EMAIL", "handhaving@duo.nl")
    d.k("REF", "HH-2023-118742")
    d.k("ORG", "Hanzehogeschool Groningen")
    d.k("ORG", "Hanzehogeschool")
    d.k("LAW", "Wet studiefinanciering 2000")
    d.k("LAW", "WSF 2000")
    d.k("TERM", "BRP")
    d.k("ORG", "Openbaar Ministerie")
    d.k("OFFICE", "minister Dijkgraaf")
    d.k("TERM", "risicoprofiel uitwonendenbeurs")
    d.k("ROLE", "controleur")
    d.k("ROLE", "hoofdbewoner")
    d.k("ROLE", "teamleider Handhaving")
    d.k("PLACE", "Slochteren")
    d.k("ORG", "Team Handhaving Studiefinanciering")
    d.k("PROG", "Huisbezoeken uitwonendenbeurs")
    d.k("DATE", "14 maart 2023")


# ------------------------------------------------------------------------------------------ ct18
@doc("ct18", "DUO besluit herziening uitwonendenbeurs en boete, brief aan student",
     "reportlab Helvetica, letter with address window and IBANs")
def ct18(d):
    st = styles("Helvetica", 9.5)
    iban_st = valid_iban("RABO", "3318207745")
    s = [P("DHR. J. HOEKSTRA<br/>HOOFDWEG 142<br/>9621 AM SLOCHTEREN", st["n"]), Spacer(1, 6 * mm)]
    s += duo_head(st, [["Datum", "11 april 2023"], ["Ons kenmerk", "B&amp;B/2023/55120"],
                       ["Zaaknummer", "HH-2023-118742"], ["Burgerservicenummer", "209318478"],
                       ["Behandeld door", "mr. L. van Wijngaarden-Post"],
                       ["Onderwerp", "Herziening studiefinanciering en boete"]])
    s += [P("Beste Jelle Hoekstra,", st["n"]),
          P("Op 14 maart 2023 hebben twee controleurs van DUO een huisbezoek afgelegd op het adres Herestraat "
            "88a, 9711 LM Groningen, waar u volgens de Basisregistratie Personen (BRP) woont. Uit dat bezoek en "
            "uit uw eigen verklaring blijkt dat u sinds 1 januari 2023 niet meer op dat adres woont. Wij "
            "stellen daarom vast dat u vanaf die datum thuiswonend bent.", st["n"]),
          P("<b>Besluit</b>", st["b"]),
          grid_table([["Onderdeel", "Bedrag"],
                      ["Herziening aanvullende beurs en basisbeurs uitwonend, jan-mrt 2023", "€ 1.146,30"],
                      ["Boete (artikel 9.13 WSF 2000), 100% van het benadeelde bedrag", "€ 1.146,30"],
                      ["Totaal terug te betalen", "€ 2.292,60"]], [120 * mm, 40 * mm], st["n"]),
          Spacer(1, 3 * mm),
          P("Wij verrekenen dit bedrag niet met uw lopende studiefinanciering. U betaalt het bedrag binnen "
            "6 weken op rekening " + DUO_IBAN + " ten name van DUO Groningen, onder vermelding van "
            "betalingskenmerk 7000 3120 5512 0044. Wilt u in termijnen betalen? Regel dat in Mijn DUO.", st["n"]),
          P("Vanaf mei 2023 maken wij uw studiefinanciering over op uw rekening " + iban_st + " als "
            "thuiswonende student.", st["n"]),
          PageBreak(),
          P("<b>Waarom deze boete?</b> U heeft een wijziging van uw adres niet op tijd doorgegeven. Bij het "
            "bepalen van de hoogte hebben wij rekening gehouden met uw verklaring dat u voor uw vader zorgt. "
            "Die omstandigheid leidt niet tot een lagere boete, omdat u de wijziging wel had kunnen melden.",
            st["n"]),
          P("<b>Bent u het niet eens met dit besluit?</b> Dan kunt u binnen 6 weken bezwaar maken via Mijn DUO "
            "of per post: DUO, Postbus 50061, 9702 AB Groningen (artikel 6:7 Algemene wet bestuursrecht). "
            "Een bezwaar schort de betaling niet op.", st["n"]),
          P("Heeft u vragen? Bel ons op 050 599 77 55 (maandag tot en met vrijdag van 9.00 tot 17.00 uur).",
            st["n"]),
          P("Met vriendelijke groet,<br/>namens de minister van Onderwijs, Cultuur en Wetenschap,<br/><br/>"
            "mr. L. van Wijngaarden-Post<br/>senior jurist Bezwaar, Beroep en Handhaving", st["n"]),
          P("Dit besluit is genomen op grond van de artikelen 3.2, 3.18, 9.6 en 9.13 van de Wet "
            "studiefinanciering 2000.", st["small"])]
    build_platypus(d.path, s, on_page=footer("DUO | B&B/2023/55120 | 209318478"))
    d.r("PERSON", "J. HOEKSTRA", "HOEKSTRA", "Jelle Hoekstra")
    d.r("ADDRESS", "HOOFDWEG 142, 9621 AM SLOCHTEREN", "HOOFDWEG 142", "9621 AM")
    d.r("BSN", "209318478")
    d.r("PERSON", "L. van Wijngaarden-Post", "L. van Wijngaarden-Post")
    d.r("ADDRESS", "Herestraat 88a, 9711 LM Groningen", "Herestraat 88a", "9711 LM")
    d.r("IBAN", iban_st)
    d.r("HEALTH", "uw verklaring dat u voor uw vader zorgt", "voor uw vader zorgt")
    d.k("IBAN", "DUO account", DUO_IBAN)
    d.k("REF", "B&B/2023/55120")
    d.k("REF", "HH-2023-118742")
    d.k("REF", "betalingskenmerk", "7000 3120 5512 0044")
    d.k("ORG", "DUO")
    d.k("ADDRESS", "Postbus 50061")
    d.k("PHONE", "050 599 77 55")
    d.k("PROG", "Mijn DUO")
    d.k("LAW", "Wet studiefinanciering 2000")
    d.k("LAW", "Algemene wet bestuursrecht")
    d.k("TERM", "Basisregistratie Personen")
    d.k("ROLE", "senior jurist")
    d.k("ROLE", "minister van Onderwijs, Cultuur en Wetenschap")
    d.k("AMOUNT", "€ 2.292,60")
    d.k("DATE", "11 april 2023")


# ------------------------------------------------------------------------------------------ ct19
STUDENTS = [
    # name, studentnr, bsn, address, bevinding, besluit
    ("Jelle Hoekstra", "4417263", "209318478", "Herestraat 88a, Groningen", "niet woonachtig", "herzien + boete"),
    ("Amira Benali", "13820471", "315728607", "Eerste Van Swindenstraat 41-II, Amsterdam", "woonachtig",
     "geen actie"),
    ("Yusuf Demir", "2093318", "177029389", "Zwart Janstraat 63B, Rotterdam", "niet woonachtig", "herzien"),
    ("Lieke Schouten-Ma", "5102247", "261184507", "Oude Ebbingestraat 12, Groningen", "woonachtig",
     "geen actie"),
    ("Mohamed Ouali", "4380015", "194837269", "Kanaalweg 8-3, Utrecht", "twijfel", "nader onderzoek"),
    ("Sophie van Rhijn", "6631098", "228401756", "Nieuwe Binnenweg 211c, Rotterdam", "woonachtig",
     "geen actie"),
    ("Dennis Zwart", "3217740", "304177982", "Vismarkt 4a, Groningen", "niet woonachtig", "herzien + boete"),
    ("Ilse ter Haar", "5527761", "155963028", "Biltstraat 90 bis, Utrecht", "woonachtig", "geen actie"),
    ("Kerem Aydın", "4490021", "277381046", "Burgemeester Meineszlaan 77a, Rotterdam", "niet woonachtig",
     "herzien"),
    ("Nina Brouwer", "13011976", "240619535", "Dapperstraat 15-1, Amsterdam", "twijfel", "nader onderzoek"),
]


@doc("ct19", "DUO overzicht bevindingen huisbezoeken Q1-2023 (landscape table with student numbers, BSN)",
     "reportlab DejaVu, landscape table")
def ct19(d):
    st = styles("DejaVu", 7.8)
    rows = [["Zaak", "Student", "Studentnr.", "BSN", "Adres (BRP)", "Bevinding", "Besluit", "Contr."]]
    codes = ["SB/TN", "RV/TN", "SB/AK", "RV/AK", "SB/TN", "AK/RV", "SB/TN", "RV/AK", "AK/SB", "TN/RV"]
    for i, (n, nr, bsn, adr, bev, bes) in enumerate(STUDENTS):
        rows.append([f"HH-2023-1187{42 + i * 3}", n, nr, bsn, adr, bev, bes, codes[i]])
    s = [P("Overzicht bevindingen huisbezoeken uitwonendenbeurs - Q1 2023 - steekproef risicoprofiel", st["h2"]),
         P("Team Handhaving Studiefinanciering (DUO) | peildatum 31 maart 2023 | bron: HH-registratie in "
           "Siebel | opgesteld door data-analist N. Oosterveld", st["small"]),
         Spacer(1, 3 * mm),
         grid_table(rows, [26 * mm, 34 * mm, 20 * mm, 20 * mm, 62 * mm, 26 * mm, 30 * mm, 18 * mm], st["n"]),
         Spacer(1, 3 * mm),
         P("Legenda controleurs: SB = S. Bouwhuis, TN = T. Noordhof, RV = R. Veenstra, AK = A. Kamphuis. "
           "Totaal 10 bezoeken, 4 keer niet woonachtig (40%), 2 keer twijfel. Ter vergelijking: landelijk "
           "percentage niet woonachtig in 2022: 27%.", st["small"]),
         P("Let op: deze tabel bevat persoonsgegevens (BSN) en is uitsluitend bestemd voor het MT "
           "Handhaving. Niet doorsturen aan de directie Studiefinanciering van OCW.", st["small"])]
    build_platypus(d.path, s, pagesize=landscape(A4), margins=(12, 12, 14, 14))
    for n, nr, bsn, adr, _b, _c in STUDENTS:
        d.r("PERSON", n)
        d.r("STUDENTNR", nr)
        d.r("BSN", bsn)
        d.r("ADDRESS", adr)
    d.r("PERSON", "N. Oosterveld")
    for n in ("S. Bouwhuis", "T. Noordhof", "R. Veenstra", "A. Kamphuis"):
        d.r("PERSON", n)
    for c in ("SB", "TN", "RV", "AK"):
        d.r("PARAPH", c)
    for i in (0, 4, 9):
        d.k("REF", f"HH-2023-1187{42 + i * 3}")
    d.k("ORG", "Team Handhaving Studiefinanciering")
    d.k("ORG", "DUO")
    d.k("PRODUCT", "Siebel")
    d.k("ROLE", "data-analist")
    d.k("ORG", "MT Handhaving")
    d.k("ORG", "directie Studiefinanciering")
    d.k("ORG", "OCW")
    d.k("TERM", "risicoprofiel")
    d.k("TERM", "uitwonendenbeurs")
    d.k("DATE", "31 maart 2023")


# ------------------------------------------------------------------------------------------ ct20
@doc("ct20", "Bezwaarschrift student (scan of a typed letter with signature, image-only)",
     "PIL LiberationSerif + femkeklaver signature -> JPEG -> image-only PDF")
def ct20(d):
    lines = [
        "Amira Benali",
        "Eerste Van Swindenstraat 41-II",
        "1093 GD Amsterdam",
        "amira.benali@student.uva.nl / 06-1840 7725",
        "",
        "Dienst Uitvoering Onderwijs",
        "Afdeling Bezwaar en Beroep",
        "Postbus 50061",
        "9702 AB Groningen",
        "",
        "Amsterdam, 2 mei 2023",
        "",
        "Betreft: bezwaar tegen besluit B&B/2023/55871",
        "BSN: 315728607",
        "",
        "Geachte heer, mevrouw,",
        "",
        "Hierbij maak ik bezwaar tegen uw besluit van 24 maart 2023. Bij het",
        "huisbezoek van 21 maart was ik niet thuis omdat ik bij mijn moeder in",
        "Amsterdam-West was. Mijn moeder wordt behandeld voor borstkanker in het",
        "OLVG en ik help haar na de chemokuren. Ik woon echt op de Eerste Van",
        "Swindenstraat; mijn huisgenote Sanne Vrolijk kan dat bevestigen.",
        "",
        "Ik vind het ook vreemd dat juist ik ben geselecteerd. Ik heb gelezen dat",
        "DUO een risicoprofiel gebruikt. Ik verzoek u mij te horen.",
        "",
        "Met vriendelijke groet,",
    ]

    def draw(dr, font):
        f = font("LibSerif", 36)
        y = 170
        for t in lines:
            dr.text((190, y), t, font=f, fill=20)
            y += 58
        dr.text((200, y + 10), "Amira Benali", font=font("Femke", 70), fill=35)
        dr.text((190, y + 120), "Amira Benali", font=f, fill=20)
    scan_pdf(d.path, draw, seed=20, angle=-0.5, quality=50)
    d.r("PERSON", "Amira Benali", "Amira Benali", "Benali", ch="ocr")
    d.r("ADDRESS", "Eerste Van Swindenstraat 41-II", "Eerste Van Swindenstraat 41-II", "1093 GD", ch="ocr")
    d.r("EMAIL", "amira.benali@student.uva.nl", ch="ocr")
    d.r("PHONE", "06-1840 7725", ch="ocr")
    d.r("BSN", "315728607", ch="ocr")
    d.r("HEALTH", "behandeld voor borstkanker", "borstkanker", "chemokuren", ch="ocr")
    d.r("PERSON", "Sanne Vrolijk", "Sanne Vrolijk", "Vrolijk", ch="ocr")


# ------------------------------------------------------------------------------------------ ct21
@doc("ct21", "DUO e-mail thread (English Outlook headers, nested) on the risk profile and home visits",
     "reportlab Carlito, e-mail print")
def ct21(d):
    st = styles("Carlito", 10)

    def hdr(rows):
        return P("<br/>".join(f"<b>{k}</b> {esc(v)}" for k, v in rows), st["small"])
    s = [P("<b>Smeenge, Gerard</b>", st["n"]),
         hdr([("From:", "Smeenge, Gerard <gerard.smeenge@duo.nl>"), ("Sent:", "Thursday, June 15, 2023 9:14 AM"),
              ("To:", "Oosterveld, Niels <niels.oosterveld@duo.nl>; Kartosoewito, Dewi <dewi.kartosoewito@duo.nl>"),
              ("Cc:", "Handhaving MT <mt-handhaving@duo.nl>"),
              ("Subject:", "RE: risicoprofiel uitwonendenbeurs - vragen Investico / NOS")]),
         Spacer(1, 2 * mm),
         P("Niels, Dewi,", st["n"]),
         P("Dank. Ik stel voor dat we de huisbezoeken op basis van het profiel per direct pauzeren tot de "
           "analyse klaar is. Dewi, kun jij als privacy officer kijken of we een DPIA hebben die de criteria "
           "'afstand tot ouders' en 'opleidingsniveau' dekt? Ik heb er geen kunnen vinden.", st["n"]),
         P("Ik bel straks met de directie Studiefinanciering van OCW (Floor Dekkers). Minister Dijkgraaf "
           "krijgt vandaag een nota; de woordvoering loopt via de afdeling Communicatie van DUO.", st["n"]),
         P("Gerard<br/>Gerard Smeenge | teamleider Handhaving | DUO | M +31 6 1148 2093", st["n"]),
         Spacer(1, 3 * mm),
         hdr([("From:", "Oosterveld, Niels <niels.oosterveld@duo.nl>"), ("Sent:", "Wednesday, June 14, 2023 5:52 PM"),
              ("To:", "Smeenge, Gerard <gerard.smeenge@duo.nl>"),
              ("Subject:", "risicoprofiel uitwonendenbeurs - vragen Investico / NOS")]),
         Spacer(1, 2 * mm),
         P("Hi Gerard,", st["n"]),
         P("Quick heads-up: journalists of Investico and NOS asked for the selection criteria. I ran a first "
           "check on the 2022 data (n = 10.417 home visits). Students with a non-European migration "
           "background are strongly overrepresented in the selection, although the profile does not use "
           "nationality. Root cause is probably the combination of distance to parents and MBO level.", st["n"]),
         P("For context, one of the cases from the Q1 list (Amira Benali, HH-2023-118745) has already filed "
           "an objection and mentions the risk profile explicitly. Her hearing is with Liesbeth on 6 July.",
           st["n"]),
         P("I can present the numbers at the MT on Monday. Let me know if you want a one-pager first.", st["n"]),
         P("Best,<br/>Niels<br/>Niels Oosterveld MSc | data-analist Handhaving | Kempkensberg 12, Groningen | "
           "T 050 599 8871", st["n"]),
         Spacer(1, 3 * mm),
         hdr([("From:", "Kartosoewito, Dewi"), ("Sent:", "Thursday, June 15, 2023 10:02 AM"),
              ("To:", "Smeenge, Gerard; Oosterveld, Niels"), ("Subject:", "RE: RE: risicoprofiel")]),
         P("Klopt, er is geen DPIA op het profiel; alleen een quick scan uit 2012 (IB-Groep-tijd). Ik "
           "meld het bij de FG van DUO en zet het op de agenda van het privacyoverleg. Dewi", st["n"]),
         ]
    build_platypus(d.path, s, margins=(22, 20, 18, 18))
    d.r("PERSON", "Gerard Smeenge", "Smeenge, Gerard", "Gerard Smeenge", "Gerard")
    d.r("EMAIL", "gerard.smeenge@duo.nl")
    d.r("PERSON", "Niels Oosterveld", "Oosterveld, Niels", "Niels Oosterveld", "Niels")
    d.r("EMAIL", "niels.oosterveld@duo.nl")
    d.r("PERSON", "Dewi Kartosoewito", "Kartosoewito, Dewi", "Dewi")
    d.r("EMAIL", "dewi.kartosoewito@duo.nl")
    d.r("PERSON", "Floor Dekkers")
    d.r("PHONE", "+31 6 1148 2093")
    d.r("PERSON", "Amira Benali")
    d.r("PERSON", "Liesbeth", "Liesbeth")
    d.r("PHONE", "050 599 8871")
    d.k("EMAIL", "mt-handhaving@duo.nl")
    d.k("ORG", "Investico")
    d.k("ORG", "NOS")
    d.k("ORG", "DUO")
    d.k("ORG", "OCW")
    d.k("ORG", "IB-Groep")
    d.k("OFFICE", "Minister Dijkgraaf")
    d.k("ORG", "directie Studiefinanciering")
    d.k("TERM", "DPIA")
    d.k("TERM", "quick scan")
    d.k("TERM", "Root cause")
    d.k("TERM", "heads-up")
    d.k("ROLE", "privacy officer")
    d.k("ROLE", "teamleider Handhaving")
    d.k("ROLE", "data-analist Handhaving")
    d.k("ROLE", "FG")
    d.k("REF", "HH-2023-118745")
    d.k("ADDRESS", "Kempkensberg 12")
    d.k("TERM", "MBO")


# ------------------------------------------------------------------------------------------ ct22
@doc("ct22", "Verklaring hoofdbewoner bij huisbezoek (form with printed answers and signature image)",
     "reportlab canvas Times + signature images")
def ct22(d):
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(str(d.path), pagesize=A4)
    W, H = A4
    c.setFont("Times-Bold", 14)
    c.drawString(25 * mm, H - 28 * mm, "Verklaring hoofdbewoner - controle woonsituatie studiefinanciering")
    c.setFont("Times-Roman", 9)
    c.drawString(25 * mm, H - 34 * mm, "DUO - formulier HH-07 (2022) - zaak HH-2023-118742")
    y = H - 50 * mm
    fields = [("Naam hoofdbewoner", "Geertruida Pruim-Kok"), ("Geboortedatum", "03-11-1958"),
              ("Adres", "Herestraat 88a, 9711 LM Groningen"), ("Telefoon", "050 313 4872"),
              ("Relatie tot student", "hospita / verhuurder"), ("Naam student", "Jelle Hoekstra"),
              ("Sinds wanneer woont student op dit adres?", "1 september 2022"),
              ("Hoeveel nachten per week slaapt de student hier?", "sinds januari 1 of 2, daarvoor 5"),
              ("Heeft de student een eigen sleutel?", "ja"),
              ("Betaalt de student huur? Hoeveel?", "ja, 395 euro per maand, per bank")]
    for lab, val in fields:
        c.setFont("Times-Bold", 10)
        c.drawString(25 * mm, y, lab)
        c.setFont("Times-Roman", 11)
        c.drawString(110 * mm, y, val)
        c.setLineWidth(0.3)
        c.line(108 * mm, y - 1.5 * mm, 185 * mm, y - 1.5 * mm)
        y -= 10 * mm
    c.setFont("Times-Roman", 10)
    t = c.beginText(25 * mm, y - 2 * mm)
    t.setLeading(13)
    for line in ["Toelichting hoofdbewoner: 'Jelle is een nette jongen. Zijn vader is ziek geworden en hij",
                 "helpt op de boerderij. De kamer houdt hij aan, de huur komt altijd op tijd.'",
                 "",
                 "Ik verklaar dit formulier naar waarheid te hebben ingevuld. Ik ben erop gewezen dat ik niet",
                 "verplicht ben een verklaring af te leggen (artikel 5:10a Algemene wet bestuursrecht)."]:
        t.textLine(line)
    c.drawText(t)
    y2 = y - 90 * mm + 15 * mm
    c.setFont("Times-Bold", 10)
    c.drawString(25 * mm, y2 + 28 * mm, "Handtekening hoofdbewoner")
    c.drawString(110 * mm, y2 + 28 * mm, "Handtekening controleurs")
    c.drawImage(ImageReader(signature_image("G. Pruim", seed=22)), 25 * mm, y2 + 8 * mm, 55 * mm, 13 * mm)
    c.drawImage(ImageReader(signature_image("SBouwhuis", seed=23)), 110 * mm, y2 + 8 * mm, 45 * mm, 10 * mm)
    c.drawImage(ImageReader(signature_image("Noordhof", seed=24)), 150 * mm, y2 + 8 * mm, 40 * mm, 10 * mm)
    c.setFont("Times-Roman", 9)
    c.drawString(25 * mm, y2 + 3 * mm, "Groningen, 14 maart 2023")
    c.drawString(110 * mm, y2 + 3 * mm, "S. Bouwhuis (40117) / T. Noordhof (40388)")
    c.setFont("Times-Italic", 8)
    c.drawString(25 * mm, 15 * mm, "DUO, Kempkensberg 12, Groningen - informatie: www.duo.nl/handhaving")
    c.showPage()
    c.save()
    d.r("PERSON", "Geertruida Pruim-Kok", "Geertruida Pruim-Kok")
    d.r("DOB", "03-11-1958")
    d.r("ADDRESS", "Herestraat 88a, 9711 LM Groningen")
    d.r("PHONE", "050 313 4872")
    d.r("PERSON", "Jelle Hoekstra", "Jelle Hoekstra", "Jelle")
    d.r("HEALTH", "Zijn vader is ziek geworden", "vader is ziek geworden")
    d.r("PERSON", "S. Bouwhuis")
    d.r("PERSON", "T. Noordhof")
    d.r("PERSONNELNR", "40117")
    d.r("PERSONNELNR", "40388")
    d.k("REF", "HH-2023-118742")
    d.k("REF", "HH-07")
    d.k("ORG", "DUO")
    d.k("ADDRESS", "Kempkensberg 12")
    d.k("URL", "www.duo.nl/handhaving")
    d.k("LAW", "Algemene wet bestuursrecht")
    d.k("ROLE", "hoofdbewoner")
    d.k("ROLE", "hospita")
    d.k("TERM", "studiefinanciering")
    d.k("DATE", "14 maart 2023")


# ------------------------------------------------------------------------------------------ ct23
@doc("ct23", "DUO verslag hoorzitting bezwaar (docx, attendance, lawyer, hearing)",
     "python-docx -> LibreOffice, Liberation Serif")
def ct23(d):
    x = docx_new("Liberation Serif", 11)
    docx_para(x, "Verslag hoorzitting", bold=True, size=15)
    docx_table(x, [["Bezwaarnummer", "B&B/2023/55871-BZ"], ["Zaak", "HH-2023-118745"],
                   ["Datum en tijd", "donderdag 6 juli 2023, 14.00-14.50 uur (via Microsoft Teams)"],
                   ["Voorzitter", "mr. L. van Wijngaarden-Post, senior jurist"],
                   ["Verslag", "E. Tuinstra, juridisch medewerker"],
                   ["Bezwaarmaker", "mevrouw A. Benali (BSN 315728607)"],
                   ["Gemachtigde", "mr. S.R. Boukhari, advocaat, Boukhari & Van Leeuwen Advocaten, Amsterdam"],
                   ["Namens DUO Handhaving", "S. Bouwhuis, controleur"]], [45, 120], style="Table Grid",
               bold_header=False)
    docx_para(x, "")
    docx_para(x, "1. Opening", bold=True)
    docx_para(x, "De voorzitter opent de hoorzitting, stelt de aanwezigen voor en wijst erop dat van de "
              "hoorzitting een verslag wordt gemaakt dat aan partijen wordt toegezonden (artikel 7:7 Awb).")
    docx_para(x, "2. Toelichting bezwaarmaker", bold=True)
    docx_para(x, "Mr. Boukhari licht het bezwaar toe. Cliënte woont sinds september 2021 aan de Eerste Van "
              "Swindenstraat 41-II. Op 21 maart 2023 was zij bij haar moeder, die in het OLVG wordt behandeld "
              "voor borstkanker. Huisgenote Sanne Vrolijk heeft een schriftelijke verklaring afgelegd "
              "(bijlage 3). De gemachtigde stelt dat de selectie op grond van het risicoprofiel indirect "
              "discriminerend is en verwijst naar de berichtgeving van Investico en NOS en naar artikel 1 "
              "van de Grondwet.")
    docx_para(x, "Mevrouw Benali vult aan dat de controleurs haar huisgenote hebben gevraagd of zij "
              "'moslim' is, omdat er een gebedskleed in de gang lag. Zij vond dat kwetsend.")
    docx_para(x, "3. Reactie DUO", bold=True)
    docx_para(x, "De heer Bouwhuis verklaart dat de vraag naar het geloof niet in de werkinstructie staat en "
              "dat hij die niet heeft gesteld; zijn collega mevrouw Noordhof was die dag niet aanwezig. Hij "
              "erkent dat de kamer een bewoonde indruk maakte.")
    docx_para(x, "4. Afsluiting", bold=True)
    docx_para(x, "De voorzitter deelt mee dat binnen twaalf weken na afloop van de bezwaartermijn wordt "
              "beslist. Zij wijst op de mogelijkheid de beslistermijn met zes weken te verdagen. "
              "Post: DUO, Postbus 50061, 9702 AB Groningen. Vragen: bezwaar@duo.nl.")
    docx_para(x, "")
    docx_para(x, "Verslag: ET, 7 juli 2023 | gezien: LvWP", size=9)
    x.save(DOCX_DIR / "ct23.docx")
    d.r("PERSON", "L. van Wijngaarden-Post")
    d.r("PERSON", "E. Tuinstra")
    d.r("PERSON", "A. Benali", "A. Benali", "Benali")
    d.r("BSN", "315728607")
    d.r("PERSON", "S.R. Boukhari", "S.R. Boukhari", "Boukhari")
    d.r("PERSON", "S. Bouwhuis", "S. Bouwhuis", "Bouwhuis")
    d.r("ADDRESS", "Eerste Van Swindenstraat 41-II")
    d.r("HEALTH", "behandeld voor borstkanker", "borstkanker")
    d.r("PERSON", "Sanne Vrolijk")
    d.r("RELIGION", "of zij 'moslim' is, omdat er een gebedskleed in de gang lag", "moslim", "gebedskleed")
    d.r("PERSON", "Noordhof")
    d.r("PARAPH", "ET")
    d.r("PARAPH", "LvWP")
    d.k("REF", "B&B/2023/55871-BZ")
    d.k("REF", "HH-2023-118745")
    d.k("PRODUCT", "Microsoft Teams")
    d.k("ORG", "OLVG")
    d.k("ORG", "Investico")
    d.k("ORG", "NOS")
    d.k("LAW", "Grondwet")
    d.k("LAW", "Awb")
    d.k("ORG", "DUO Handhaving")
    d.k("EMAIL", "bezwaar@duo.nl")
    d.k("ADDRESS", "Postbus 50061")
    d.k("ROLE", "senior jurist")
    d.k("ROLE", "juridisch medewerker")
    d.k("ROLE", "advocaat")
    d.k("ROLE", "Gemachtigde")
    d.k("TERM", "risicoprofiel")
    d.k("DATE", "6 juli 2023")


# ------------------------------------------------------------------------------------------ ct24
@doc("ct24", "DUO werkinstructie huisbezoeken with reviewers' sticky-note annotations",
     "reportlab Helvetica + pikepdf text annotations")
def ct24(d):
    st = styles("Helvetica", 9.5)
    s = [P("Werkinstructie Huisbezoeken uitwonendenbeurs", st["h1"]),
         P("Versie 2024.1 (concept) | eigenaar: Team Handhaving Studiefinanciering | status: ter review",
           st["small"]),
         P("1. Doel", st["h2"]),
         P("Deze werkinstructie beschrijft hoe DUO controleert of een student met een uitwonendenbeurs "
           "woont op het adres dat in de Basisregistratie Personen (BRP) staat (artikel 1.1 en 3.2 Wet "
           "studiefinanciering 2000). De instructie vervangt versie 2022.3. Selectie op basis van het "
           "voormalige risicoprofiel is niet meer toegestaan; DUO selecteert aselect of op basis van een "
           "concreet signaal.", st["n"]),
         P("2. Voorbereiding", st["h2"]),
         P("De controleur raadpleegt de BRP en het handhavingsdossier in Siebel. Er worden geen gegevens over "
           "nationaliteit, geboorteland of religie geraadpleegd of vastgelegd. Per bezoek gaan twee "
           "controleurs; zij dragen hun DUO-legitimatiebewijs.", st["n"]),
         P("3. Het bezoek", st["h2"]),
         P("Bezoeken vinden plaats tussen 07.00 en 22.00 uur. De controleur vraagt toestemming om de woning "
           "te betreden en wijst de bewoner op het zwijgrecht (artikel 5:10a Awb). De controleur stelt geen "
           "vragen over geloof, gezondheid of gezinsomstandigheden, tenzij de student daar zelf over begint.",
           st["n"]),
         PageBreak(),
         P("4. Rapportage", st["h2"]),
         P("Het rapport van bevindingen wordt binnen twee werkdagen vastgelegd in Siebel, met het formulier "
           "HH-07 als bijlage. Foto's worden alleen gemaakt met toestemming en nooit van personen.", st["n"]),
         P("5. Klachten en vragen", st["h2"]),
         P("Klachten over een huisbezoek lopen via klachten@duo.nl. De herstelregeling voor studenten die "
           "tussen 2012 en 2023 op basis van het risicoprofiel zijn gecontroleerd, wordt uitgevoerd door het "
           "Programma Herstel Uitwonendenbeurs; zie www.duo.nl/herstel.", st["n"]),
         P("6. Vaststelling", st["h2"]),
         P("Vast te stellen door het MT Handhaving na review door de afdeling Juridische Zaken en de "
           "Functionaris Gegevensbescherming van DUO.", st["n"])]
    build_platypus(d.path, s, on_page=footer("DUO - Werkinstructie HH - v2024.1 concept"), title="Werkinstructie")

    def post(path):
        add_text_annots(path, [
            (0, [480, 640, 500, 660], "Dewi Kartosoewito",
             "Graag ook verwijzen naar de DPIA van 12-02-2024. Groet, Dewi"),
            (0, [480, 420, 500, 440], "Smeenge, G.",
             "Zwijgrecht alleen bij verdenking? Check met Liesbeth van Wijngaarden."),
            (1, [480, 700, 500, 720], "R.Veenstra",
             "Foto's nu al verplicht in Siebel-formulier, aanpassen. (Rutger, 06-5520 3381)"),
        ])
    d.post = post
    d.r("ANNOT", "Dewi Kartosoewito", "Dewi Kartosoewito", ch="annotations")
    d.r("ANNOT", "Smeenge, G.", "Smeenge", ch="annotations")
    d.r("ANNOT", "Liesbeth van Wijngaarden", "Liesbeth van Wijngaarden", ch="annotations")
    d.r("ANNOT", "R.Veenstra", "Veenstra", ch="annotations")
    d.r("ANNOT", "06-5520 3381", "06-5520 3381", ch="annotations")
    d.r("ANNOT", "Rutger", "Rutger", ch="annotations")
    d.k("ORG", "Team Handhaving Studiefinanciering")
    d.k("ORG", "DUO")
    d.k("TERM", "Basisregistratie Personen")
    d.k("LAW", "Wet studiefinanciering 2000")
    d.k("LAW", "Awb")
    d.k("PRODUCT", "Siebel")
    d.k("REF", "HH-07")
    d.k("EMAIL", "klachten@duo.nl")
    d.k("PROG", "Programma Herstel Uitwonendenbeurs")
    d.k("URL", "www.duo.nl/herstel")
    d.k("ORG", "MT Handhaving")
    d.k("ROLE", "Functionaris Gegevensbescherming")
    d.k("ORG", "afdeling Juridische Zaken")
    d.k("TERM", "herstelregeling")
    d.k("TERM", "uitwonendenbeurs")


# ------------------------------------------------------------------------------------------ ct25
@doc("ct25", "DUO notitie analyse risicoprofiel (XMP dc:creator and Info /Author name the analysts)",
     "reportlab LibSerif + pikepdf XMP")
def ct25(d):
    st = styles("LibSerif", 10.5)
    s = [P("Notitie - Analyse selectie huisbezoeken uitwonendenbeurs 2012-2023", st["h1"]),
         plain_table([["Aan", "Raad van Bestuur DUO; directie Studiefinanciering OCW (ter informatie)"],
                      ["Datum", "20 maart 2024"], ["Kenmerk", "DUO/HH/2024/0193"],
                      ["Classificatie", "Departementaal vertrouwelijk"]], [30 * mm, 130 * mm], st["n"]),
         Spacer(1, 4 * mm),
         P("<b>Kern.</b> Uit de analyse van 21.529 huisbezoeken in de periode 2012-2023 blijkt dat het "
           "risicoprofiel (opleidingsniveau, afstand tot ouders, leeftijd) leidde tot een oververtegenwoordiging "
           "van studenten met een migratieachtergrond. PwC bevestigt dit in het onderzoek van januari 2024; "
           "Algorithm Audit kwam eerder dit jaar tot een vergelijkbare conclusie.", st["n"]),
         P("<b>Herstel.</b> Minister Dijkgraaf heeft op 1 maart 2024 in een brief aan de Tweede Kamer excuses "
           "aangeboden en een herstelregeling aangekondigd. Onterecht opgelegde boetes en terugvorderingen "
           "worden terugbetaald; daarnaast ontvangt iedere gecontroleerde student een tegemoetkoming. "
           "DUO verwacht circa 10.000 studenten te benaderen via Mijn DUO.", st["n"]),
         P("<b>Uitvoering.</b> Het Programma Herstel Uitwonendenbeurs start per 1 januari 2025. De kosten "
           "(circa € 61 miljoen) worden gedekt uit de begroting van OCW (artikel 11 Studiefinanciering).",
           st["n"]),
         P("<b>Privacy.</b> Voor de analyse is de nationaliteit gekoppeld via het CBS (Microdata, remote "
           "access). DUO zelf heeft geen gegevens over afkomst vastgelegd. De FG van DUO is betrokken.", st["n"]),
         P("Contact: team Analyse Handhaving, analyse-handhaving@duo.nl.", st["small"])]
    build_platypus(d.path, s, on_page=footer("DUO - Departementaal vertrouwelijk", font="LibSerif"),
                   author="N. Oosterveld; W. Bakker-Huisman", title="Analyse selectie huisbezoeken")

    def post(path):
        set_meta(path, creator_xmp=["Niels Oosterveld", "Wendela Bakker-Huisman"])
    d.post = post
    d.r("AUTHOR", "N. Oosterveld", "N. Oosterveld", ch="metadata")
    d.r("AUTHOR", "Niels Oosterveld", "Niels Oosterveld", ch="metadata")
    d.r("AUTHOR", "Wendela Bakker-Huisman", "Wendela Bakker-Huisman", "Bakker-Huisman", ch="metadata")
    d.k("ORG", "Raad van Bestuur DUO")
    d.k("ORG", "directie Studiefinanciering OCW")
    d.k("REF", "DUO/HH/2024/0193")
    d.k("ORG", "PwC")
    d.k("ORG", "Algorithm Audit")
    d.k("OFFICE", "Minister Dijkgraaf")
    d.k("ORG", "Tweede Kamer")
    d.k("PROG", "Programma Herstel Uitwonendenbeurs")
    d.k("PROG", "Mijn DUO")
    d.k("ORG", "CBS")
    d.k("PRODUCT", "Microdata")
    d.k("EMAIL", "analyse-handhaving@duo.nl")
    d.k("TERM", "herstelregeling")
    d.k("TERM", "risicoprofiel")
    d.k("AMOUNT", "€ 61 miljoen")
    d.k("ROLE", "FG")
    d.k("DATE", "1 maart 2024")


# ------------------------------------------------------------------------------------------ ct26
@doc("ct26", "DUO webchat transcript klantcontact (agent first name, student identifiers)",
     "reportlab LibMono, chat transcript")
def ct26(d):
    st = styles("LibMono", 8.5)
    lines = [
        ("11:02:14", "Systeem", "Chat gestart via duo.nl/contact. Ingelogd met DigiD. Klant: Yusuf Demir, "
                                "relatienummer 7719 0342, BSN 177029389."),
        ("11:02:40", "Mark (DUO)", "Goedemorgen, je spreekt met Mark van DUO. Waarmee kan ik je helpen?"),
        ("11:03:12", "Yusuf Demir", "Ik heb een brief gekregen dat ik terug moet betalen omdat ik niet op de "
                                    "Zwart Janstraat zou wonen. Maar dat klopt niet."),
        ("11:04:01", "Mark (DUO)", "Vervelend om te horen. Ik zie een besluit van 3 april 2023, kenmerk "
                                   "B&B/2023/55307. Je kunt daartegen bezwaar maken binnen 6 weken."),
        ("11:05:30", "Yusuf Demir", "Ik was die dag in het Erasmus MC voor een operatie aan mijn knie, daarom "
                                    "was ik niet thuis. Mijn broer Emre zat bij de controle."),
        ("11:06:02", "Mark (DUO)", "Dank je. Stuur dan een verklaring van het ziekenhuis mee met je bezwaar. "
                                   "Medische gegevens hoef je niet in de chat te zetten."),
        ("11:06:40", "Yusuf Demir", "Oké. Kunnen jullie me terugbellen op 06-4302 1187?"),
        ("11:07:15", "Mark (DUO)", "Ik heb een terugbelverzoek aangemaakt (TB-2023-04-8812). Een collega "
                                   "van Bezwaar en Beroep belt je binnen 3 werkdagen."),
        ("11:07:59", "Systeem", "Chat beëindigd. Medewerker: M. de Groot-Venema (medewerkerscode DUO4471)."),
    ]
    s = [P("DUO Klantcontact - transcript webchat", st["h2"]),
         P("Kanaal: webchat (LivePerson) | datum: 12 april 2023 | sessie-ID: WC-20230412-55093", st["small"]),
         Spacer(1, 3 * mm)]
    for t, who, msg in lines:
        s.append(P(f"[{t}] <b>{esc(who)}</b>: {esc(msg)}", st["n"]))
    s.append(Spacer(1, 4 * mm))
    s.append(P("Opgevraagd in het kader van het Woo-verzoek van 5 maart 2024 (zaak WOO-2024-0311).", st["small"]))
    build_platypus(d.path, s)
    d.r("PERSON", "Yusuf Demir", "Yusuf Demir", "Yusuf")
    d.r("CLIENTNR", "relatienummer 7719 0342", "7719 0342")
    d.r("BSN", "177029389")
    d.r("PERSON", "Mark", "Mark")
    d.r("ADDRESS", "Zwart Janstraat", "Zwart Janstraat")
    d.r("HEALTH", "in het Erasmus MC voor een operatie aan mijn knie", "operatie aan mijn knie")
    d.r("PERSON", "Emre", "Emre")
    d.r("PHONE", "06-4302 1187")
    d.r("PERSON", "M. de Groot-Venema")
    d.r("PERSONNELNR", "DUO4471")
    d.k("ORG", "DUO")
    d.k("PRODUCT", "DigiD")
    d.k("PRODUCT", "LivePerson")
    d.k("REF", "B&B/2023/55307")
    d.k("REF", "TB-2023-04-8812")
    d.k("REF", "WC-20230412-55093")
    d.k("REF", "WOO-2024-0311")
    d.k("ORG", "Bezwaar en Beroep")
    d.k("URL", "duo.nl/contact")
    d.k("TERM", "webchat")
    d.k("DATE", "12 april 2023")
