"""Documents 21-30 of set BA. All persons, addresses and numbers are invented."""
from ids import bsn, iban
from content_b import form_page

DOCS = []


def doc(**kw):
    DOCS.append(kw)


# ------------------------------------------------------------------ 21 verhuisaangifte scan (2 pages, handwritten fields)
B21 = bsn(2101)


def _verklaring(dr, f, rnd):
    dr.text((180, 180), "VERKLARING HOOFDBEWONER / TOESTEMMING INWONING", font=f["h"], fill=0)
    dr.text((180, 270), "Bijlage bij aangifte verhuizing - Wet basisregistratie personen, artikel 2.38", font=f["s"], fill=40)
    dr.line((180, 330, 2300, 330), fill=0, width=4)
    lines = [("Ondergetekende (hoofdbewoner):", "Geertje Hylkema-Sikkema"),
             ("Adres:", "Harlingerstraatweg 86, 8914 AZ Leeuwarden"),
             ("Telefoon:", "06 2764 8815"),
             ("verklaart dat bij haar/hem inwoont:", "Ivana Dragović"),
             ("Relatie tot inwoner:", "huurder kamer (onderhuur)"),
             ("Sinds:", "1 september 2025")]
    y = 420
    for lab, val in lines:
        dr.text((180, y), lab, font=f["t"], fill=0)
        dr.text((1100 + rnd.randint(-5, 5), y - 6), val, font=f["hw"], fill=25)
        dr.line((1080, y + 58, 2300, y + 58), fill=90, width=2)
        y += 120
    y += 40
    for line in ["Let op: een valse verklaring is strafbaar (artikel 225 Wetboek van Strafrecht).",
                 "Voeg een kopie van het identiteitsbewijs van de hoofdbewoner toe.",
                 "In te leveren bij de balie Burgerzaken, Oldehoofsterkerkhof 2, of via 14 058."]:
        dr.text((180, y), line, font=f["t"], fill=0)
        y += 60
    dr.text((180, y + 80), "Handtekening hoofdbewoner:", font=f["t"], fill=0)
    dr.text((1100, y + 60), "G. Hylkema", font=f["hw"], fill=10)
    dr.text((180, y + 200), "Ontvangen door (paraaf medewerker):", font=f["t"], fill=0)
    dr.text((1100, y + 185), "JdV  17/9", font=f["hw"], fill=10)


doc(name="ba21_verhuisaangifte_scan.pdf", producer="scan", seed=21,
    pages=[form_page("GEMEENTE LEEUWARDEN - AANGIFTE VERHUIZING", "Formulier BZ-12  ·  Burgerzaken  ·  invullen in blokletters",
                     [("Achternaam", "Dragović"), ("Voornamen", "Ivana Marija"), ("Geboortedatum", "08-11-1997"),
                      ("BSN", f"{B21}"), ("Nieuw adres", "Harlingerstraatweg 86"), ("Postcode / plaats", "8914 AZ Leeuwarden"),
                      ("Vorig adres", "Ulica Kralja Zvonimira 14, Split (HR)"), ("Telefoon", "+385 91 447 2108"),
                      ("E-mail", "ivana.dragovic97@gmail.com"), ("Datum verhuizing", "01-09-2025")],
                     [["Meeverhuizende personen: geen.", "Ik verklaar dit formulier naar waarheid te hebben ingevuld."]],
                     sign=("Handtekening aangever:", "I. Dragović")), _verklaring],
    redact=[("PERSON", "Ivana Marija Dragović", [{"text": "Dragovi", "word": False}, "Ivana"]), ("DATE_OF_BIRTH", "08-11-1997", ["08-11-1997"]), ("BSN", B21, [B21]),
            ("ADDRESS", "Harlingerstraatweg 86, 8914 AZ", ["Harlingerstraatweg 86", "8914 AZ"]),
            ("ADDRESS", "Ulica Kralja Zvonimira 14", ["Kralja Zvonimira 14"]), ("PHONE", "+385 91 447 2108", ["447 2108"]),
            ("EMAIL", "ivana.dragovic97@gmail.com", ["dragovic97@gmail.com"]),
            ("PERSON", "Geertje Hylkema-Sikkema", ["Geertje", "Hylkema-Sikkema", "Hylkema"]), ("PHONE", "06 2764 8815", ["06 2764 8815"]),
            ("PARAPH", "JdV", ["JdV"])],
    keep=[])

# ------------------------------------------------------------------ 22 aanvraag graf / melding begraving scan (typewriter)
def _graf(dr, f, rnd):
    dr.text((180, 170), "GEMEENTE DEVENTER", font=f["h"], fill=0)
    dr.text((180, 250), "Begraafplaatsen - Melding begraving en aanvraag uitgifte grafrecht", font=f["tb"], fill=0)
    dr.line((180, 320, 2300, 320), fill=0, width=3)
    rows = [("Begraafplaats", "Algemene Begraafplaats Diepenveen"),
            ("Naam overledene", "Tjeerd Albertus Veldhuis"),
            ("Geboren / overleden", "04-06-1941 / 22-09-2025"),
            ("Laatste adres", "Dorpsstraat 17, 7431 CC Diepenveen"),
            ("Uitvaartondernemer", "Dela Uitvaartzorg, Deventer"),
            ("Contact uitvaartleider", "Marjolein Spekschoor 06-5193 4420"),
            ("Aanvrager grafrecht", "Hermanus (Herman) Veldhuis"),
            ("Adres aanvrager", "Weteringstraat 6, 7431 EP Diepenveen"),
            ("Telefoon aanvrager", "0570-59 18 26"),
            ("IBAN voor incasso", iban("RABO", 2201)),
            ("Soort graf", "particulier, 2 diep, 20 jaar"),
            ("Datum begraving", "27-09-2025, 13.30 uur")]
    y = 400
    for lab, val in rows:
        dr.text((180, y), lab, font=f["t"], fill=0)
        dr.text((980, y), val, font=f["m"], fill=15)
        dr.line((960, y + 55, 2300, y + 55), fill=120, width=1)
        y += 100
    y += 40
    for line in ["Graf toegewezen: D-031 (ingevuld door de beheerder).",
                 "Algemene voorwaarden: Beheersverordening begraafplaatsen Deventer 2021.",
                 "Voor vragen: team Begraafplaatsen, 14 0570, begraafplaatsen@deventer.nl."]:
        dr.text((180, y), line, font=f["t"], fill=0)
        y += 60
    dr.text((180, y + 90), "Handtekening aanvrager:", font=f["t"], fill=0)
    dr.text((900, y + 70), "H. Veldhuis", font=f["hw"], fill=10)
    dr.text((1500, y + 90), "Paraaf beheerder:", font=f["t"], fill=0)
    dr.text((1950, y + 70), "GH", font=f["hw"], fill=10)


doc(name="ba22_melding_begraving_scan.pdf", producer="scan", seed=22, pages=[_graf],
    redact=[("PERSON", "Tjeerd Albertus Veldhuis", ["Tjeerd", "Veldhuis"]), ("DATE", "04-06-1941 / 22-09-2025", ["04-06-1941"]),
            ("ADDRESS", "Dorpsstraat 17, 7431 CC", ["Dorpsstraat 17", "7431 CC"]), ("PERSON", "Marjolein Spekschoor", ["Marjolein", "Spekschoor"]),
            ("PHONE", "06-5193 4420", ["06-5193 4420"]), ("PERSON", "Hermanus (Herman) Veldhuis", ["Hermanus", "H. Veldhuis"]),
            ("ADDRESS", "Weteringstraat 6, 7431 EP", ["Weteringstraat 6", "7431 EP"]), ("PHONE", "0570-59 18 26", ["0570-59 18 26"]),
            ("IBAN", iban("RABO", 2201), [iban("RABO", 2201)]), ("PARAPH", "GH", ["GH"])],
    keep=[])

# ------------------------------------------------------------------ 23 actielijst met parafen (reportlab)
doc(name="ba23_actielijst_mt_publiekszaken.pdf", producer="rl_doc",
    header="Gemeente Deventer – MT Publiekszaken – Actie- en besluitenlijst 2 oktober 2025",
    footer="Intern · niet voor verspreiding buiten MT Publiekszaken",
    title="Actielijst MT Publiekszaken 2-10-2025", author="Veldman-Oosterhuis, Carla",
    items=[("h1", "Actie- en besluitenlijst MT Publiekszaken"),
           ("p", "Aanwezig: Carla Veldman-Oosterhuis (afdelingshoofd Publiekszaken, voorzitter, CVO), Ruud Wansink (teamleider Burgerzaken, RW), "
                 "Mehmet Akgül (teamleider Verkiezingen en Documenten, MA), Lotte Brinkerink-Haverkamp (senior medewerker Naamgebruik, LBH), "
                 "Gerda Hofsink (begraafplaatsen, GH), Koen Teunissen (Schuldhulpverlening, KT). Afwezig met bericht: Sanne de Vries-Oguz (HR-adviseur, SdVO). "
                 "Te gast bij punt 3: wethouder Nazira El Bouzidi. Notulist: Ilse ten Brinke."),
           ("h2", "Besluiten"),
           ("p", "B1. Het MT stemt in met de proef 'burgerzaken aan huis' voor inwoners van De Worp en De Kruimelberg (100 paspoorten).<br/>"
                 "B2. De ruimingsronde 2026 op de Algemene Begraafplaats Diepenveen gaat door; de publicatie komt in het Deventer Dagblad en op "
                 "het bord aan de Kerkweg 35.<br/>B3. Het MT adviseert burgemeester König de gemeenteraadsverkiezingen van 18 maart 2026 met "
                 "acht extra stembureaus in Colmschate en Bathmen te organiseren."),
           ("h2", "Acties"),
           ("table", [["Nr", "Actie", "Trekker", "Gereed", "Status"],
                      ["A-41", "Dossier Oulad Haj Amar compleet maken, naar Justis", "LBH", "15-10", "loopt"],
                      ["A-42", "Brief aan rechthebbenden vak C (12 graven), incl. graf C-101 (fam. Van 't Hul)", "GH", "01-11", "loopt"],
                      ["A-43", "Werving 150 stembureauleden; samenwerking met ROC Aventus", "MA", "01-12", "nieuw"],
                      ["A-44", "Klacht mw. Bloemendaal (wachttijd Wmo) doorzetten naar team Wmo, N. Rouwenhorst", "RW / KT", "09-10", "gereed"],
                      ["A-45", "Verzuimgesprek met medewerker balie (re-integratie na burn-out) voorbereiden", "CVO / SdVO", "16-10", "vertrouwelijk"],
                      ["A-46", "Adresonderzoek Hanzeweg 61 afronden, ambtshalve uitschrijving mw. Koendjbiharie", "RW", "31-10", "loopt"]],
            [12, 88, 24, 16, 24]),
           ("h2", "Paraaf verslag"),
           ("table", [["Naam", "Functie", "Paraaf", "Datum"],
                      ["C. Veldman-Oosterhuis", "afdelingshoofd Publiekszaken", "CVO", "03-10-2025"],
                      ["I. ten Brinke", "notulist", "ItB", "03-10-2025"]], [45, 60, 25, 30]),
           ("p", "Volgende vergadering: 16 oktober 2025, Stadhuis, zaal De Waag. Agendapunten naar mt-publiekszaken@deventer.nl.")],
    redact=[("PERSON", "Carla Veldman-Oosterhuis", ["Carla", "Veldman-Oosterhuis", "CVO"]), ("PERSON", "Ruud Wansink", ["Ruud", "Wansink", "RW"]),
            ("PERSON", "Mehmet Akgül", ["Mehmet", "Akgül", "MA"]), ("PERSON", "Lotte Brinkerink-Haverkamp", ["Lotte", "Brinkerink-Haverkamp", "LBH"]),
            ("PERSON", "Gerda Hofsink", ["Gerda", "Hofsink", "GH"]), ("PERSON", "Koen Teunissen", ["Koen", "Teunissen", "KT"]),
            ("PERSON", "Sanne de Vries-Oguz", ["Sanne", "de Vries-Oguz", "SdVO"]), ("PERSON", "Ilse ten Brinke", ["Ilse", "ten Brinke", "ItB"]),
            ("PERSON", "S.A. Oulad Haj Amar", ["Oulad Haj Amar"]), ("PERSON", "Van 't Hul", ["Van 't Hul"]),
            ("PERSON", "Anja Bloemendaal-Teeuwen", ["Bloemendaal"]), ("PERSON", "Niels Rouwenhorst", ["Rouwenhorst"]),
            ("PERSON", "Marisol Koendjbiharie", ["Koendjbiharie"]), ("ADDRESS", "Hanzeweg 61", ["Hanzeweg 61"]),
            ("HEALTH", "burn-out", ["burn-out"])],
    keep=[("ORG", "Gemeente Deventer", ["Gemeente Deventer"]), ("TITLE", "afdelingshoofd Publiekszaken", ["afdelingshoofd Publiekszaken"]),
          ("TITLE", "teamleider Burgerzaken", ["teamleider Burgerzaken"]), ("TITLE", "HR-adviseur", ["HR-adviseur"]),
          ("PUBLIC_PERSON", "wethouder Nazira El Bouzidi", ["Nazira El Bouzidi"]), ("PUBLIC_PERSON", "burgemeester König", ["König"]),
          ("ORG", "Justis", ["Justis"]), ("ORG", "ROC Aventus", ["ROC Aventus"]), ("ORG", "Deventer Dagblad", ["Deventer Dagblad"]),
          ("PLACE", "Algemene Begraafplaats Diepenveen", ["Algemene Begraafplaats Diepenveen"]), ("ADDRESS_PUBLIC", "Kerkweg 35", ["Kerkweg 35"]),
          ("PLACE", "Colmschate", ["Colmschate"]), ("PLACE", "Bathmen", ["Bathmen"]), ("PLACE", "De Worp", ["De Worp"]),
          ("ID", "C-101", ["C-101"]), ("ID", "A-43", ["A-43"]), ("PLACE", "zaal De Waag", ["zaal De Waag"]),
          ("EMAIL_FUNC", "mt-publiekszaken@deventer.nl", ["mt-publiekszaken@deventer.nl"]), ("TITLE", "notulist", ["notulist"])])

# ------------------------------------------------------------------ 24 e-mail thread bijstand (chromium)
doc(name="ba24_mail_signaal_bijstand.pdf", producer="html", title="FW: anoniem signaal Marktplaats - zaak WI-2025-10233",
    body="""<div class='hdr'><b>Van:</b> Bosch, Rutger van den &lt;r.vandenbosch@leeuwarden.nl&gt;<br>
<b>Verzonden:</b> woensdag 6 augustus 2025 11:18<br>
<b>Aan:</b> El Idrissi-Boukhari, Samira &lt;s.elidrissi@leeuwarden.nl&gt;<br>
<b>CC:</b> Haan, Thomas de &lt;t.dehaan@leeuwarden.nl&gt;; Team Handhaving WI &lt;handhavingwi@leeuwarden.nl&gt;; Postma-Kingma, Baukje &lt;b.postma-kingma@leeuwarden.nl&gt;<br>
<b>Onderwerp:</b> FW: anoniem signaal Marktplaats - zaak WI-2025-10233</div>
<p>Hoi Samira,</p>
<p>Zie onderstaand signaal. Ik heb de advertenties bekeken: er staan sinds mei vier auto's te koop onder de naam "GS Auto's Leeuwarden", met als
contact 06-2477 9310. Dat nummer staat niet in ons systeem. Ik stel voor om de heer Şahin uit te nodigen voor een gesprek; zijn medische situatie
(operatie) houden we in het oog. Baukje, kun jij het RDW-kentekenregister laten checken voor het kenteken 84-KXB-3? Het CJIB-overzicht
komt via Suwinet.</p>
<p>Met vriendelijke groet,<br>Rutger van den Bosch<br>sociaal rechercheur | team Handhaving Werk en Inkomen<br>Gemeente Leeuwarden |
T 058 233 6614 | M 06 5001 7788</p>
<div class='q'><div class='hdr'><b>Van:</b> Klantcontactcentrum Leeuwarden &lt;kcc@leeuwarden.nl&gt;<br><b>Verzonden:</b> dinsdag 5 augustus 2025 16:40<br>
<b>Aan:</b> Team Handhaving WI &lt;handhavingwi@leeuwarden.nl&gt;<br><b>Onderwerp:</b> anoniem signaal Marktplaats</div>
<p>Beller (wil anoniem blijven, belde vanaf 0031 58 212 4470) meldt dat de heer Gökhan Şahin, Iepenlaan 19, in bijstand zit maar
auto's verkoopt via Marktplaats. Volgens de beller staan de auto's bij zijn zwager, Serkan Doğan, aan de Bilgaardpark 3-C.
Opgenomen door: Petra Kingma-van Dijk, KCC, 5 augustus 2025.</p>
<div class='q'><p>Tekst advertentie (kopie): "Nette Opel Astra 2016, APK tot 2026, bel of app Gökhan 06-2477 9310, bezichtigen in Leeuwarden-Noord."</p></div></div>
<p class='small'>Dit bericht is uitsluitend bestemd voor de geadresseerde. Staatssecretaris Nobel heeft in 2025 een handreiking over menselijke maat
bij handhaving in de Participatiewet gepubliceerd.</p>""",
    redact=[("PERSON", "Rutger van den Bosch", ["Rutger", "van den Bosch", "Bosch, Rutger van den"]),
            ("EMAIL", "r.vandenbosch@leeuwarden.nl", ["r.vandenbosch@leeuwarden.nl"]),
            ("PERSON", "Samira El Idrissi-Boukhari", ["Samira", "El Idrissi-Boukhari"]), ("EMAIL", "s.elidrissi@leeuwarden.nl", ["s.elidrissi@leeuwarden.nl"]),
            ("PERSON", "Thomas de Haan", ["Haan, Thomas de"]), ("EMAIL", "t.dehaan@leeuwarden.nl", ["t.dehaan@leeuwarden.nl"]),
            ("PERSON", "Baukje Postma-Kingma", ["Baukje", "Postma-Kingma"]), ("EMAIL", "b.postma-kingma@leeuwarden.nl", ["b.postma-kingma@leeuwarden.nl"]),
            ("TRADE", "GS Auto's Leeuwarden", ["GS Auto's"]), ("PHONE", "06-2477 9310", ["06-2477 9310"]), ("PERSON", "Gökhan Şahin", ["Gökhan", "Şahin"]),
            ("HEALTH", "operatie", ["medische situatie (operatie)"]), ("ID", "kenteken 84-KXB-3", ["84-KXB-3"]),
            ("PHONE", "058 233 6614", ["058 233 6614"]), ("PHONE", "06 5001 7788", ["06 5001 7788"]), ("PHONE", "0031 58 212 4470", ["0031 58 212 4470"]),
            ("ADDRESS", "Iepenlaan 19", ["Iepenlaan 19"]), ("PERSON", "Serkan Doğan", ["Serkan", "Doğan"]), ("ADDRESS", "Bilgaardpark 3-C", ["Bilgaardpark 3-C"]),
            ("PERSON", "Petra Kingma-van Dijk", ["Petra", "Kingma-van Dijk"])],
    keep=[("EMAIL_FUNC", "handhavingwi@leeuwarden.nl", ["handhavingwi@leeuwarden.nl"]), ("EMAIL_FUNC", "kcc@leeuwarden.nl", ["kcc@leeuwarden.nl"]),
          ("ORG", "Team Handhaving WI", ["Team Handhaving WI"]), ("ORG", "Klantcontactcentrum Leeuwarden", ["Klantcontactcentrum Leeuwarden"]),
          ("ORG", "Marktplaats", ["Marktplaats"]), ("ORG", "RDW", ["RDW"]), ("ORG", "CJIB", ["CJIB"]), ("ORG", "Suwinet", ["Suwinet"]),
          ("PUBLIC_PERSON", "Staatssecretaris Nobel", ["Nobel"]), ("LAW", "Participatiewet", ["Participatiewet"]),
          ("TITLE", "sociaal rechercheur", ["sociaal rechercheur"]), ("ID", "WI-2025-10233", ["WI-2025-10233"]),
          ("ORG", "Gemeente Leeuwarden", ["Gemeente Leeuwarden"]), ("PLACE", "Leeuwarden-Noord", ["Leeuwarden-Noord"]), ("ORG", "Opel Astra", ["Opel Astra"])])

# ------------------------------------------------------------------ 25 interne memo Wmo with sticky notes, bookmarks, Author (reportlab)
doc(name="ba25_memo_wachtlijst_wmo.pdf", producer="rl_doc",
    header="Gemeente Deventer – Sociaal Domein – Interne memo",
    footer="Memo SD/2025/114 · concept 0.3 · intern",
    title="Memo wachtlijst Wmo - concept Rouwenhorst", author="N. Rouwenhorst",
    hidden={"notes": [(0, 520, 700, "Dorien Scheffer-Lubbers", "Niels, klopt het aantal van 412? Ik kom op 398. Groet, Dorien"),
                      (0, 520, 420, "Dorien Scheffer-Lubbers", "Casus mw. Bloemendaal (Marnixstraat) hier niet noemen, is al via de griffie gelopen."),
                      (1, 520, 600, "Wouter Klein Gunnewiek", "Akkoord met advies 2. WKG")],
            "outline": [("Memo wachtlijst Wmo (N. Rouwenhorst)", 0), ("1. Aanleiding", 0), ("2. Cijfers", 0),
                        ("3. Advies – reactie D. Scheffer-Lubbers verwerkt", 1)]},
    items=[("h1", "Memo: wachtlijst huishoudelijke hulp (Wmo)"),
           ("table", [["Aan", "wethouder Gerrit-Jan Wolters (Zorg, Wmo, Jeugd)"], ["Van", "team Wmo, Niels Rouwenhorst, consulent/beleidsondersteuner"],
                      ["Via", "Wouter Klein Gunnewiek, teamleider Wmo"], ["Datum", "19 september 2025"], ["Kenmerk", "SD/2025/114"]], [30, 130]),
           ("h2", "1. Aanleiding"),
           ("p", "In de commissie Sociaal Domein van 9 september 2025 heeft de wethouder toegezegd de raad te informeren over de wachtlijst "
                 "huishoudelijke hulp (toezegging T-25-32). Raadslid Ilse Smit-Kamphuis (PvdA) vroeg om cijfers per wijk."),
           ("h2", "2. Cijfers"),
           ("table", [["Wijk", "Wachtenden", "Gem. wachttijd", "Langst wachtend"],
                      ["Binnenstad", "64", "9 wk", "17 wk"], ["Keizerslanden", "88", "12 wk", "21 wk"], ["Colmschate", "101", "11 wk", "19 wk"],
                      ["Diepenveen/Schalkhaar", "57", "8 wk", "15 wk"], ["Bathmen", "21", "7 wk", "12 wk"], ["overig", "81", "13 wk", "24 wk"],
                      ["Totaal", "412", "11 wk", "24 wk"]], [50, 30, 35, 35]),
           ("p", "De langst wachtende cliënt (24 weken) is een 91-jarige inwoner van Zandweerd met een heupfractuur; de mantelzorger "
                 "is ingeschakeld via Mantelzorg Deventer."),
           ("pb",),
           ("h2", "3. Advies"),
           ("p", "1. Tijdelijk een extra aanbieder contracteren via de regionale inkoop (Regio Stedendriehoek).<br/>"
                 "2. Een algemene voorziening 'schoon huis' starten met Stichting Raster, zoals in Apeldoorn.<br/>"
                 "3. De raad vóór 1 november informeren met een raadsinformatiebrief."),
           ("p", "Contact: Niels Rouwenhorst, 06-1433 9087, n.rouwenhorst@deventer.nl; of het algemene nummer 14 0570.")],
    redact=[("PERSON", "Niels Rouwenhorst", ["Niels", "Rouwenhorst", "N. Rouwenhorst"]),
            ("PERSON", "Wouter Klein Gunnewiek", ["Wouter", "Klein Gunnewiek", "WKG"]),
            ("PERSON", "Dorien Scheffer-Lubbers", ["Dorien", "Scheffer-Lubbers", "D. Scheffer-Lubbers"]),
            ("PERSON", "mw. Bloemendaal", ["Bloemendaal"]), ("ADDRESS", "Marnixstraat", ["Marnixstraat"]),
            ("HEALTH", "heupfractuur", ["heupfractuur"]), ("PHONE", "06-1433 9087", ["06-1433 9087"]),
            ("EMAIL", "n.rouwenhorst@deventer.nl", ["n.rouwenhorst@deventer.nl"])],
    keep=[("PUBLIC_PERSON", "wethouder Gerrit-Jan Wolters", ["Gerrit-Jan Wolters"]), ("PUBLIC_PERSON", "raadslid Ilse Smit-Kamphuis", ["Ilse Smit-Kamphuis"]),
          ("ORG", "PvdA", ["PvdA"]), ("ORG", "team Wmo", ["team Wmo"]), ("TITLE", "teamleider Wmo", ["teamleider Wmo"]),
          ("ORG", "Mantelzorg Deventer", ["Mantelzorg Deventer"]), ("ORG", "Regio Stedendriehoek", ["Regio Stedendriehoek"]),
          ("ORG", "Stichting Raster", ["Stichting Raster"]), ("PLACE", "Keizerslanden", ["Keizerslanden"]), ("PLACE", "Zandweerd", ["Zandweerd"]),
          ("PLACE", "Apeldoorn", ["Apeldoorn"]), ("ID", "SD/2025/114", ["SD/2025/114"]), ("PHONE_PUBLIC", "14 0570", ["14 0570"]),
          ("ID", "T-25-32", ["T-25-32"]), ("AMOUNT", "412", ["412"])])


# ------------------------------------------------------------------ 26 AcroForm aanmelding stembureaulid (reportlab canvas)
def _acro(path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("Aanmelding stembureaulid GR2026")
    c.setAuthor("Gemeente Arnhem")
    W, H = A4
    c.setFont("DVB", 15)
    c.drawString(60, H - 70, "Gemeente Arnhem – Aanmelden als stembureaulid")
    c.setFont("DV", 9)
    c.drawString(60, H - 90, "Gemeenteraadsverkiezingen 18 maart 2026 · Team Verkiezingen · verkiezingen@arnhem.nl · 0800-1809")
    fields = [("achternaam", "Achternaam", "Nieuwenhuis-Mbeki"), ("voornamen", "Voornamen", "Thandiwe Grace"),
              ("geboortedatum", "Geboortedatum", "23-01-1999"), ("adres", "Adres", "Sonsbeeksingel 120-B, 6822 BP Arnhem"),
              ("telefoon", "Telefoon", "06 3108 5527"), ("email", "E-mail", "thandiwe.nm@outlook.com"),
              ("iban", "IBAN (vergoeding)", iban("ABNA", 2601)), ("rol", "Voorkeur rol", "teller"),
              ("ervaring", "Eerdere ervaring", "TK 2025, stembureau 101, met voorzitter Riek Jansen")]
    y = H - 140
    form = c.acroForm
    for name, lab, val in fields:
        c.setFont("DV", 10)
        c.drawString(60, y + 5, lab)
        form.textfield(name=name, tooltip=lab, x=200, y=y, width=330, height=20, value=val, fontName="Helvetica", fontSize=9,
                       borderWidth=1)
        y -= 34
    c.setFont("DV", 9)
    lines = ["Voorwaarden: u bent 18 jaar of ouder en volgt de e-learning van het Ministerie van Binnenlandse Zaken",
             "en de Kiesraad. De vergoeding voor een stembureaulid is € 200,00, voor een teller € 90,00.",
             "Uw gegevens worden verwerkt volgens de AVG en na de verkiezingen vernietigd.",
             "Vragen? Bel 0800-1809 of kom naar het Stadhuis, Koningstraat 38.",
             "Burgemeester Ahmed Marcouch benoemt de leden namens het college (artikel E 4 Kieswet).",
             "",
             "Verwerkt door (in te vullen door Team Verkiezingen):"]
    y -= 10
    for l in lines:
        c.drawString(60, y, l)
        y -= 14
    form.textfield(name="verwerkt_door", tooltip="Verwerkt door", x=320, y=y + 10, width=210, height=18,
                   value="J. Bakker-Veldkamp 12-11", fontName="Helvetica", fontSize=9)
    c.showPage()
    c.save()


doc(name="ba26_aanmelding_stembureaulid_formulier.pdf", producer="rl_custom", build=_acro,
    redact=[("PERSON", "Thandiwe Grace Nieuwenhuis-Mbeki", ["Nieuwenhuis-Mbeki", "Thandiwe"]), ("DATE_OF_BIRTH", "23-01-1999", ["23-01-1999"]),
            ("ADDRESS", "Sonsbeeksingel 120-B, 6822 BP", ["Sonsbeeksingel 120-B", "6822 BP"]), ("PHONE", "06 3108 5527", ["06 3108 5527"]),
            ("EMAIL", "thandiwe.nm@outlook.com", ["thandiwe.nm@outlook.com"]), ("IBAN", iban("ABNA", 2601), [iban("ABNA", 2601)]),
            ("PERSON", "Riek Jansen", ["Riek Jansen"]), ("PERSON", "J. Bakker-Veldkamp", ["Bakker-Veldkamp"])],
    keep=[("ORG", "Gemeente Arnhem", ["Gemeente Arnhem"]), ("ORG", "Team Verkiezingen", ["Team Verkiezingen"]),
          ("EMAIL_FUNC", "verkiezingen@arnhem.nl", ["verkiezingen@arnhem.nl"]), ("PHONE_PUBLIC", "0800-1809", ["0800-1809"]),
          ("ORG", "Ministerie van Binnenlandse Zaken", ["Ministerie van Binnenlandse Zaken"]), ("ORG", "Kiesraad", ["Kiesraad"]),
          ("LAW", "AVG", ["AVG"]), ("LAW", "Kieswet", ["Kieswet"]), ("ADDRESS_PUBLIC", "Koningstraat 38", ["Koningstraat 38"]),
          ("PUBLIC_PERSON", "Burgemeester Ahmed Marcouch", ["Ahmed Marcouch"]), ("AMOUNT", "€ 90,00", ["€ 90,00"]),
          ("LABEL", "Voorkeur rol", ["Voorkeur rol"]), ("LABEL", "Geboortedatum", ["Geboortedatum"])])

# ------------------------------------------------------------------ 27 klachtafhandeling (LibreOffice letter)
doc(name="ba27_klachtafhandeling_balie.pdf", producer="docx", author="Hendriks, Saskia", title="Afhandeling klacht K-2025-0912",
    header="Gemeente Arnhem · Publiekszaken · Klachtencoördinatie",
    blocks=[("p", "Gemeente Arnhem\nPostbus 9200\n6800 HA Arnhem"),
            ("p", "De heer R.E. (Reginald) Kromosoeto\nAlexanderstraat 7\n6812 BA  ARNHEM"),
            ("table", [["Ons kenmerk", "Behandeld door", "Telefoon", "Datum"],
                       ["K-2025-0912", "Saskia Hendriks, klachtencoördinator", "(026) 377 92 10", "3 oktober 2025"]], [3.5, 6, 3.5, 3]),
            ("p", "Onderwerp: afhandeling van uw klacht over de balie Burgerzaken"),
            ("p", "Geachte heer Kromosoeto,"),
            ("p", "Op 9 september 2025 diende u een klacht in over de manier waarop u op 4 september aan de balie Burgerzaken in het Stadhuis "
                  "(Koningstraat 38) bent behandeld bij het aanvragen van een paspoort voor uw dochter Chanelle Kromosoeto. U schrijft dat de "
                  "baliemedewerker, de heer Dennis Verhoef, u voor de wachtende bezoekers aansprak op uw Surinaamse geboorteakte en dat u zich "
                  "gediscrimineerd voelde."),
            ("p", "Op 24 september 2025 heb ik u en uw echtgenote, mevrouw Josien Kromosoeto-Vreden, gesproken in een hoorgesprek. "
                  "Ook de heer Verhoef en zijn leidinggevende, mevrouw Yvette Ramdin-Sewdien (teamleider Burgerzaken), waren aanwezig. "
                  "De heer Verhoef heeft zijn excuses aangeboden."),
            ("h2", "Mijn oordeel"),
            ("p", "Ik vind uw klacht gegrond. Een buitenlandse akte moet worden gelegaliseerd of geverifieerd (Wet basisregistratie personen, "
                  "artikel 2.8), maar de manier waarop dit aan u is uitgelegd, was niet zorgvuldig. Het team volgt in november een training "
                  "van het College voor de Rechten van de Mens. Het paspoort is op 18 september 2025 uitgereikt."),
            ("p", "Bent u het niet eens met deze afhandeling, dan kunt u zich wenden tot de Nationale ombudsman (0800-335 55 55). "
                  "Burgemeester Marcouch is als portefeuillehouder Publiekszaken over uw klacht geïnformeerd."),
            ("p", "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders van Arnhem,"),
            ("p", "Saskia Hendriks\nklachtencoördinator\ns.hendriks@arnhem.nl · 06-1099 3372 (ma-wo)")],
    redact=[("PERSON", "Reginald Kromosoeto", ["Reginald", "Kromosoeto", "R.E."]), ("ADDRESS", "Alexanderstraat 7, 6812 BA", ["Alexanderstraat 7", "6812 BA"]),
            ("PERSON", "Saskia Hendriks", ["Saskia", "Hendriks"]), ("PHONE", "(026) 377 92 10", ["(026) 377 92 10"]),
            ("PERSON", "Chanelle Kromosoeto", ["Chanelle"]), ("PERSON", "Dennis Verhoef", ["Dennis", "Verhoef"]),
            ("PERSON", "Josien Kromosoeto-Vreden", ["Josien", "Kromosoeto-Vreden"]), ("PERSON", "Yvette Ramdin-Sewdien", ["Yvette", "Ramdin-Sewdien"]),
            ("EMAIL", "s.hendriks@arnhem.nl", ["s.hendriks@arnhem.nl"]), ("PHONE", "06-1099 3372", ["06-1099 3372"])],
    keep=[("ORG", "Gemeente Arnhem", ["Gemeente Arnhem"]), ("ADDRESS_PUBLIC", "Postbus 9200", ["Postbus 9200", "6800 HA"]),
          ("ADDRESS_PUBLIC", "Koningstraat 38", ["Koningstraat 38"]), ("LAW", "Wet basisregistratie personen", ["Wet basisregistratie personen"]),
          ("ORG", "College voor de Rechten van de Mens", ["College voor de Rechten van de Mens"]), ("ORG", "Nationale ombudsman", ["Nationale ombudsman"]),
          ("PHONE_PUBLIC", "0800-335 55 55", ["0800-335 55 55"]), ("PUBLIC_PERSON", "Burgemeester Marcouch", ["Marcouch"]),
          ("TITLE", "klachtencoördinator", ["klachtencoördinator"]), ("TITLE", "teamleider Burgerzaken", ["teamleider Burgerzaken"]),
          ("ID", "K-2025-0912", ["K-2025-0912"]), ("DATE", "18 september 2025", ["18 september 2025"])])

# ------------------------------------------------------------------ 28 veiligheidsplan contactlijst festival (chromium)
cl = [("Organisatie / eindverantwoordelijk", "Osei Kwabena Boateng-Visscher<br>voorzitter Stichting Zandweerd Zomerfeest", "06 4467 1290<br>osei@zandweerdzomerfeest.nl"),
      ("Veiligheidscoördinator", "Marco Wennekes<br>Beveiliging Oost B.V.", "06-5234 0987<br>m.wennekes@beveiligingoost.nl"),
      ("Leidinggevende bar", "Lieke Wolters-Nieuwenhuis", "0031 6 1822 4519"),
      ("EHBO-post", "Rode Kruis Deventer, ploegleider Ahmad Al-Khatib", "06 1520 3007"),
      ("Verkeersregelaars", "Jeugd van Scouting Sint Jozef, begeleider Marloes ter Haar-Bremer", "+31 6 2043 8816"),
      ("Omwonendenpunt (klachten)", "Hatice Korkmaz-Yılmaz (bewoner, vrijwilliger)<br>Roggestraat 5", "06-2299 1047"),
      ("Gemeente – evenementencoördinator", "Ilona Scholten", "0570-69 38 44"),
      ("Gemeente – piket openbare orde", "Piketfunctionaris OOV (roulerend)", "14 0570 (vragen naar piket OOV)"),
      ("Politie – wijkagent Zandweerd", "Erik Hulshof", "0900-8844"),
      ("Veiligheidsregio IJsselland", "Meldkamer Oost-Nederland", "112 / 088-6 116 000")]
clr = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in cl)
doc(name="ba28_veiligheidsplan_contactlijst.pdf", producer="html", title="Veiligheidsplan ZZF 2025 bijlage 4 contactlijst (O. Boateng)",
    body=f"""<h1>Veiligheidsplan Zandweerd Zomerfeest 2025 – bijlage 4: contactlijst</h1>
<p class='small'>Versie 3, 30 juli 2025 · behoort bij de evenementenvergunning Z/25/291044 van de burgemeester van Deventer · niet verspreiden</p>
<table><tr><th style='width:30%'>Functie</th><th style='width:40%'>Naam / organisatie</th><th>Bereikbaarheid</th></tr>{clr}</table>
<h2>Opschalingsprocedure</h2>
<p>Bij een incident waarschuwt de veiligheidscoördinator eerst de EHBO-post en daarna de meldkamer. Bij onweer (KNMI code oranje) besluit de
eindverantwoordelijke samen met de piketfunctionaris OOV over ontruiming van het Zandweerdpark. Burgemeester Ron König wordt bij GRIP 1 door de
ambtenaar OOV geïnformeerd. Evacuatieroute: via de Zandweerdlaan naar de Hanzeweg (brede uitgang oost).</p>
<p class='small'>Opgesteld door: O.K. Boateng-Visscher en M. Wennekes. Getoetst door: I. Scholten (gemeente Deventer) en adviseur brandveiligheid
van Veiligheidsregio IJsselland.</p>""",
    redact=[("PERSON", "Osei Kwabena Boateng-Visscher", ["Osei", "Kwabena", "Boateng-Visscher", "O.K. Boateng-Visscher"]),
            ("PHONE", "06 4467 1290", ["06 4467 1290"]), ("EMAIL", "osei@zandweerdzomerfeest.nl", ["osei@zandweerdzomerfeest.nl"]),
            ("PERSON", "Marco Wennekes", ["Marco", "Wennekes", "M. Wennekes"]), ("PHONE", "06-5234 0987", ["06-5234 0987"]),
            ("EMAIL", "m.wennekes@beveiligingoost.nl", ["m.wennekes@beveiligingoost.nl"]),
            ("PERSON", "Lieke Wolters-Nieuwenhuis", ["Lieke", "Wolters-Nieuwenhuis"]), ("PHONE", "0031 6 1822 4519", ["0031 6 1822 4519"]),
            ("PERSON", "Ahmad Al-Khatib", ["Ahmad", "Al-Khatib"]), ("PHONE", "06 1520 3007", ["06 1520 3007"]),
            ("PERSON", "Marloes ter Haar-Bremer", ["Marloes", "ter Haar-Bremer"]), ("PHONE", "+31 6 2043 8816", ["+31 6 2043 8816"]),
            ("PERSON", "Hatice Korkmaz-Yılmaz", ["Hatice", "Korkmaz-Yılmaz"]), ("ADDRESS", "Roggestraat 5", ["Roggestraat 5"]),
            ("PHONE", "06-2299 1047", ["06-2299 1047"]), ("PERSON", "Ilona Scholten", ["Ilona Scholten", "I. Scholten"]),
            ("PHONE", "0570-69 38 44", ["0570-69 38 44"]), ("PERSON", "Erik Hulshof", ["Erik Hulshof"])],
    keep=[("ORG", "Stichting Zandweerd Zomerfeest", ["Stichting Zandweerd Zomerfeest"]), ("ORG", "Beveiliging Oost B.V.", ["Beveiliging Oost B.V."]),
          ("ORG", "Rode Kruis Deventer", ["Rode Kruis Deventer"]), ("ORG", "Scouting Sint Jozef", ["Scouting Sint Jozef"]),
          ("ORG", "Veiligheidsregio IJsselland", ["Veiligheidsregio IJsselland"]), ("ORG", "Meldkamer Oost-Nederland", ["Meldkamer Oost-Nederland"]),
          ("PHONE_PUBLIC", "0900-8844", ["0900-8844"]), ("PHONE_PUBLIC", "088-6 116 000", ["088-6 116 000"]), ("PHONE_PUBLIC", "14 0570", ["14 0570"]),
          ("ORG", "KNMI", ["KNMI"]), ("PUBLIC_PERSON", "Burgemeester Ron König", ["Ron König"]), ("PLACE", "Zandweerdpark", ["Zandweerdpark"]),
          ("STREET", "Hanzeweg", ["naar de Hanzeweg"]), ("TITLE", "Veiligheidscoördinator", ["Veiligheidscoördinator"]),
          ("TITLE", "evenementencoördinator", ["evenementencoördinator"]), ("ID", "Z/25/291044", ["Z/25/291044"]), ("TITLE", "wijkagent", ["wijkagent"])])

# ------------------------------------------------------------------ 29 collegevoorstel / beslisnota (reportlab, 2 pages)
doc(name="ba29_collegevoorstel_verkiezingen.pdf", producer="rl_doc",
    header="Gemeente Arnhem – Collegevoorstel – Organisatie gemeenteraadsverkiezingen 2026",
    footer="Registratienummer 2025.0.512.004 · college 9 december 2025",
    title="Collegevoorstel GR2026", author="Akkermans, Wendy",
    hidden={"outline": [("Collegevoorstel GR2026 – W. Akkermans", 0), ("Paraafroute", 1)]},
    items=[("h1", "Collegevoorstel: organisatie gemeenteraadsverkiezingen 18 maart 2026"),
           ("table", [["Portefeuillehouder", "burgemeester Ahmed Marcouch"], ["Opsteller", "Wendy Akkermans, senior adviseur Verkiezingen, 026 377 2291"],
                      ["Directie", "Publiekszaken en Dienstverlening"], ["Geheim", "nee"], ["Datum", "25 november 2025"]], [40, 120]),
           ("h2", "Aanleiding"),
           ("p", "De gemeenteraadsverkiezingen vinden plaats op woensdag 18 maart 2026. Het college benoemt de leden van de stembureaus "
                 "(artikel E 4 Kieswet) en wijst de stemlokalen aan (artikel J 1 Kieswet). Minister Uitermark van Binnenlandse Zaken heeft "
                 "in haar brief aan de Tweede Kamer van 10 april 2025 de experimenten met een centrale stemopneming aangekondigd."),
           ("h2", "Geadviseerd besluit"),
           ("p", "1. 98 stemlokalen aan te wijzen, waarvan 6 mobiel;<br/>2. de vergoeding voor stembureauleden vast te stellen op € 200,00 "
                 "(voorzitter € 225,00) en voor tellers op € 90,00;<br/>3. centrale stemopneming toe te passen in Sporthal Valkenburg;<br/>"
                 "4. in te stemmen met de wervingscampagne 'Arnhem telt mee'."),
           ("h2", "Kern"),
           ("p", "Bij de Tweede Kamerverkiezing van 29 oktober 2025 viel 3,4 procent van de leden op de dag zelf uit. De reservepool "
                 "wordt daarom vergroot. De evaluatie is met de raad gedeeld (raadsinformatiebrief van 25 november 2025)."),
           ("h2", "Krachtenveld"),
           ("p", "Raadslid Kees Oosterwijk (CDA) heeft gevraagd om een stembureau in elk wijkcentrum. De Cliëntenraad Arnhem vraagt om "
                 "toegankelijke stemlokalen; Kamerlid Caroline van der Plas stelde in de Tweede Kamer vragen over stemmen in kleine kernen."),
           ("h2", "Informatie die niet openbaar gemaakt kan worden"),
           ("p", "[nog in te vullen]"),
           ("pb",),
           ("h2", "Paraafroute"),
           ("table", [["Naam", "Functie", "Paraaf", "Datum", "Opmerking"],
                      ["Wendy Akkermans", "senior adviseur Verkiezingen", "WA", "25-11", ""],
                      ["Joyce Bakker-Veldkamp", "teamleider Verkiezingen", "JBV", "26-11", "akkoord"],
                      ["Frank Ouwehand", "directeur Publiekszaken en Dienstverlening", "FO", "27-11", "punt 3 aanscherpen"],
                      ["Martijn de Ruiter-Wessels", "concerncontroller", "MdRW", "28-11", "dekking uit budget verkiezingen"],
                      ["Anton Pels-Rijcken", "gemeentesecretaris", "", "", ""]], [40, 55, 17, 15, 43]),
           ("p", "Overleg gevoerd met: Hanneke Schuurman (coördinator stembureaus), Bas Lenferink (ICT), Marloes Groothuis (Publiekszaken), "
                 "en de Kiesraad (bureau, helpdesk 070-426 7329)."),
           ("p", "Bijlagen: planning GR2026 (openbaar); lijst stemlokalen (openbaar); wervingsplan.")],
    redact=[("PERSON", "Wendy Akkermans", ["Wendy", "Akkermans", "W. Akkermans", "WA"]), ("PHONE", "026 377 2291", ["026 377 2291"]),
            ("PERSON", "Joyce Bakker-Veldkamp", ["Joyce", "Bakker-Veldkamp", "JBV"]), ("PERSON", "Frank Ouwehand", ["Frank", "Ouwehand", "FO"]),
            ("PERSON", "Martijn de Ruiter-Wessels", ["Martijn", "de Ruiter-Wessels", "MdRW"]),
            ("PERSON", "Hanneke Schuurman", ["Hanneke", "Schuurman"]), ("PERSON", "Bas Lenferink", ["Bas", "Lenferink"]),
            ("PERSON", "Marloes Groothuis", ["Marloes", "Groothuis"])],
    keep=[("PUBLIC_PERSON", "burgemeester Ahmed Marcouch", ["Ahmed Marcouch"]), ("PUBLIC_PERSON", "Minister Uitermark", ["Uitermark"]),
          ("PUBLIC_PERSON", "raadslid Kees Oosterwijk", ["Kees Oosterwijk"]), ("PUBLIC_PERSON", "Kamerlid Caroline van der Plas", ["Caroline van der Plas"]),
          ("PUBLIC_PERSON", "gemeentesecretaris Anton Pels-Rijcken", ["Anton Pels-Rijcken"]), ("LAW", "Kieswet", ["Kieswet"]),
          ("ORG", "Tweede Kamer", ["Tweede Kamer"]), ("ORG", "Cliëntenraad Arnhem", ["Cliëntenraad Arnhem"]), ("ORG", "Kiesraad", ["Kiesraad"]),
          ("PHONE_PUBLIC", "070-426 7329", ["070-426 7329"]), ("PLACE", "Sporthal Valkenburg", ["Sporthal Valkenburg"]),
          ("TITLE", "senior adviseur Verkiezingen", ["senior adviseur Verkiezingen"]), ("TITLE", "concerncontroller", ["concerncontroller"]),
          ("TITLE", "teamleider Verkiezingen", ["teamleider Verkiezingen"]), ("AMOUNT", "€ 225,00", ["€ 225,00"]),
          ("ID", "2025.0.512.004", ["2025.0.512.004"]), ("ORG", "Publiekszaken en Dienstverlening", ["Publiekszaken en Dienstverlening"])])

# ------------------------------------------------------------------ 30 uitnodiging naturalisatieceremonie (LibreOffice letter)
B30 = bsn(3001)
doc(name="ba30_uitnodiging_naturalisatie.pdf", producer="docx", author="Bouma-de Jong, A.", title="Uitnodiging ceremonie Woldu",
    header="Gemeente Leeuwarden · Burgerzaken · Naturalisatie",
    blocks=[("p", "Gemeente Leeuwarden\nPostbus 21000\n8900 JA Leeuwarden"),
            ("p", "Mevrouw R.M. Woldu\nKalverdijkje 112\n8924 GA  LEEUWARDEN"),
            ("table", [["Datum", "Kenmerk", "Contactpersoon", "Telefoon"],
                       ["29 september 2025", "NAT-2025-0331", "A. Bouma-de Jong", "06 2817 4409"]], [3.5, 3.5, 4.5, 4.5]),
            ("p", "Onderwerp: uitnodiging naturalisatieceremonie"),
            ("p", "Geachte mevrouw Woldu,"),
            ("p", f"Gefeliciteerd! Bij Koninklijk Besluit van 19 september 2025 bent u genaturaliseerd tot Nederlander. De Immigratie- en "
                  f"Naturalisatiedienst (IND) heeft ons dit laten weten onder uw V-nummer 2048 117 905. Uw BSN is {B30}."),
            ("p", "U wordt uitgenodigd voor de naturalisatieceremonie op woensdag 15 oktober 2025 om 15.00 uur in de Raadzaal van het Stadhuis, "
                  "Hofplein 38. Burgemeester Sybrand Buma reikt het besluit uit. Het Nederlanderschap gaat pas in als u de verklaring van "
                  "verbondenheid heeft afgelegd (artikel 9 Rijkswet op het Nederlanderschap)."),
            ("p", "U mag twee gasten meenemen. U gaf aan dat uw buurvrouw, mevrouw Froukje Wijbenga, en uw taalcoach van VluchtelingenWerk "
                  "Noord-Nederland, de heer Habtom Ghebreyesus, meekomen. Neemt u uw verblijfsdocument en uw paspoort mee?"),
            ("p", "Kunt u niet komen? Bel dan voor 8 oktober met mevrouw Bouma via 06 2817 4409 of mail naar naturalisatie@leeuwarden.nl. "
                  "De ceremonie is gratis; de kosten van de naturalisatie (€ 1.470,00) heeft u al aan de IND betaald."),
            ("p", "Met vriendelijke groet,\nde burgemeester van Leeuwarden,\nnamens deze,"),
            ("p", "A. Bouma-de Jong\nceremoniemeester, team Burgerzaken")],
    redact=[("PERSON", "Rahwa Mehari Woldu", ["Woldu", "R.M. Woldu"]), ("ADDRESS", "Kalverdijkje 112, 8924 GA", ["Kalverdijkje 112", "8924 GA"]),
            ("PERSON", "Anneke Bouma-de Jong", ["Bouma-de Jong", "A. Bouma-de Jong", "Bouma"]), ("PHONE", "06 2817 4409", ["06 2817 4409"]),
            ("ID", "V-nummer 2048 117 905", ["2048 117 905"]), ("BSN", B30, [B30]),
            ("PERSON", "Froukje Wijbenga", ["Froukje", "Wijbenga"]), ("PERSON", "Habtom Ghebreyesus", ["Habtom", "Ghebreyesus"])],
    keep=[("ORG", "Gemeente Leeuwarden", ["Gemeente Leeuwarden"]), ("ADDRESS_PUBLIC", "Postbus 21000", ["Postbus 21000", "8900 JA"]),
          ("ORG", "IND", ["IND"]), ("ADDRESS_PUBLIC", "Hofplein 38", ["Hofplein 38"]), ("PUBLIC_PERSON", "Burgemeester Sybrand Buma", ["Sybrand Buma"]),
          ("LAW", "Rijkswet op het Nederlanderschap", ["Rijkswet op het Nederlanderschap"]),
          ("ORG", "VluchtelingenWerk Noord-Nederland", ["VluchtelingenWerk Noord-Nederland"]),
          ("EMAIL_FUNC", "naturalisatie@leeuwarden.nl", ["naturalisatie@leeuwarden.nl"]), ("AMOUNT", "€ 1.470,00", ["€ 1.470,00"]),
          ("ID", "NAT-2025-0331", ["NAT-2025-0331"]), ("TITLE", "ceremoniemeester", ["ceremoniemeester"]), ("PLACE", "Raadzaal", ["Raadzaal"]),
          ("DATE", "15 oktober 2025", ["15 oktober 2025"])])
