"""Set HG documents 23-33: construction meeting, club contacts, beslisnota, drafts with notes, press release,
scanned attendance list, KNZB mail, inspection report, WhatsApp export, Woo decision and inventory."""
from lib import Doc, R, K, make_iban, make_bsn, A4, landscape

HDR = "Gemeente Hengelo\nPostbus 18, 7550 AA Hengelo  |  telefoon 14 074  |  www.hengelo.nl"
DOCS = []

# ------------------------------------------------------------------ hg23 construction meeting minutes (2 pages)
DOCS.append(Doc("hg23_verslag_bouwvergadering_07", [
    "# Renovatie zwembad De Tuinkamp - verslag bouwvergadering nr. 7",
    "l Datum: 16 oktober 2025, 10:00 uur, bouwkeet Heijmans, parkeerterrein zwembad\nProjectnummer Heijmans: "
    "HU-240871 | gemeentelijk kenmerk HGL-2025-017",
    ("t", [["Aanwezig", "Organisatie", "Functie", "Afk."],
           ["R.J. van 't Hul", "Gemeente Hengelo", "projectleider (vz)", "RH"],
           ["B. Nijenhuis", "Gemeente Hengelo", "projectmedewerker (notulen)", "BN"],
           ["ing. K. Staal", "Heijmans Utiliteit", "projectmanager", "KS"],
           ["Wim Boerrigter", "Heijmans Utiliteit", "uitvoerder", "WB"],
           ["J. Pérez García", "Heijmans Utiliteit", "werkvoorbereider installaties", "JPG"],
           ["M. Akkerman", "Variopool B.V.", "servicemonteur", "MA"],
           ["ir. S. de Graaf-Lenferink", "Tijhuis Installatieadvies", "adviseur zwembadtechniek", "SdG"],
           ["K. Yıldız", "Gemeente Hengelo", "bedrijfsleider zwembad", "KY"]],
     [42, 42, 55, 15]),
    "## 1. Verslag bouwvergadering 6 (2 oktober)",
    "p Vastgesteld. Actie 6.3 (tekening afdekprofiel beweegbare bodem) is afgerond door JPG.",
    "## 2. Voortgang fase 1",
    "p KS meldt dat de luchtbehandelingskasten (Menerga) op 28 oktober worden geleverd. De ruwbouw van de "
    "technische ruimte ligt op schema. Uitvoerder Wim meldt twee dagen vertraging door de ontdekking van "
    "asbesthoudende kit in de oude dilatatievoegen; Ingenieursbureau Oost heeft bemonsterd, sanering door "
    "een gecertificeerd bedrijf (SC-530) volgt in week 44. De Omgevingsdienst Twente is geïnformeerd.",
    "## 3. Beweegbare bodem instructiebad",
    "p Variopool (de heer Akkerman) bevestigt dat de bodem is vastgezet op 1,20 m met een afdekprofiel. SdG "
    "heeft het profiel op 10 oktober gecontroleerd en akkoord bevonden. RH meldt dat het college op 23 september "
    "heeft ingestemd met het naar voren halen van de vervanging (meerkosten EUR 64.000). Levertijd nieuwe "
    "bodem: 14 weken; montage in fase 2.",
    "---",
    "## 4. Veiligheid en omgeving",
    "p Bij de bouwplaats is op 9 oktober een bijna-ongeval geweest: een medewerker van een onderaannemer "
    "(de heer T. Nguyen) viel van een steiger van 1,8 m maar raakte niet gewond. Heijmans heeft het voorval "
    "gemeld volgens de eigen VGM-procedure; een melding aan de Nederlandse Arbeidsinspectie was niet verplicht. "
    "KY vraagt om de bouwhekken aan de zijde van de Tuinkampweg beter te verankeren i.v.m. de schoolroute.",
    "## 5. Actielijst",
    ("t", [["Nr.", "Actie", "Wie", "Gereed"],
           ["7.1", "Planning sanering kit (SC-530) naar gemeente", "WB", "23-10"],
           ["7.2", "Bouwhekken Tuinkampweg verankeren, foto naar KY", "WB", "20-10"],
           ["7.3", "Opdracht nieuwe beweegbare bodem (meerwerk MW-11) verstrekken", "RH / KS", "31-10"],
           ["7.4", "Inregelrapport luchtbehandeling", "JPG / SdG", "week 46"],
           ["7.5", "Bewonersbrief omwonenden (via communicatie, J. Verhulst)", "BN", "24-10"]],
     [12, 110, 22, 20]),
    "s Volgende bouwvergadering: 30 oktober 2025. Verslag: B. Nijenhuis (b.nijenhuis@hengelo.nl). Opmerkingen "
    "binnen 5 werkdagen, anders vastgesteld.",
], [
    R("PERSON", "Reinier van 't Hul", "van 't Hul", "RH", "R.J."), R("PERSON", "Bart Nijenhuis", "Nijenhuis", "BN"),
    R("EMAIL", "b.nijenhuis@hengelo.nl"), R("PERSON", "Koen Staal", "Staal", "KS"),
    R("PERSON", "Wim Boerrigter", "Boerrigter", "Wim", "WB"), R("PERSON", "J. Pérez García", "Pérez García", "JPG"),
    R("PERSON", "M. Akkerman", "Akkerman", "MA"), R("PERSON", "S. de Graaf-Lenferink", "de Graaf-Lenferink", "SdG"),
    R("PERSON", "Kerem Yıldız", "Yıldız", "KY"), R("PERSON", "T. Nguyen", "Nguyen"), R("PERSON", "Joost Verhulst", "Verhulst"),
], [
    K("FACILITY", "zwembad De Tuinkamp", "De Tuinkamp"), K("ORG", "Heijmans Utiliteit"), K("REF", "HU-240871"),
    K("REF", "HGL-2025-017"), K("ORG", "Variopool B.V."), K("ORG", "Tijhuis Installatieadvies"), K("ORG", "Menerga"),
    K("ORG", "Ingenieursbureau Oost"), K("ORG", "Omgevingsdienst Twente"), K("ORG", "Nederlandse Arbeidsinspectie"),
    K("REF", "SC-530"), K("REF", "MW-11"), K("STREET", "Tuinkampweg"), K("AMOUNT", "EUR 64.000"),
    K("TITLE", "uitvoerder"), K("TITLE", "projectmanager"), K("DATE", "16 oktober 2025"), K("TERM", "VGM-procedure"),
], font="Carlito", size=10, creator="Microsoft Word", producer="Microsoft: Print To PDF",
    footer="Heijmans - HU-240871 - BV07"))

# ------------------------------------------------------------------ hg24 club contact list (table)
clubs = [
    ("VV Jan van Arkel", "voorzitter", "Henk-Jan Bosch", "06-2284 1907", "hj.bosch@ziggo.nl"),
    ("VV Jan van Arkel", "wedstrijdsecretaris", "Mark ten Brinke", "06-3415 9920", "wedstrijdzaken@vvjanvanarkel.nl"),
    ("SV Tuindorp '56", "voorzitter", "Mehmet Demir", "06-4882 1034", "m.demir56@gmail.com"),
    ("SV Tuindorp '56", "coördinator meidenvoetbal", "Sabine Oude Kotte", "06-1029 4471", "meiden@svtuindorp56.nl"),
    ("HVV Tubantia", "accommodatiebeheer", "Gerrit-Jan Wolbers", "06-5540 2783", "g.wolbers@hvvtubantia.nl"),
    ("HZPC De Dolfijn", "voorzitter", "Carla Veldhuis-ter Braak", "06-2276 9318", "voorzitter@hzpcdedolfijn.nl"),
    ("HZPC De Dolfijn", "hoofdtrainer", "Jeroen Tuinman", "06-4710 3386", "j.tuinman@hzpcdedolfijn.nl"),
    ("Reddingsbrigade Hengelo", "secretaris", "Lars Ekkelboom", "06-3182 0475", "info@reddingsbrigadehengelo.nl"),
    ("AV Hengelo", "voorzitter", "Ingrid Hofman-Nijland", "06-5917 2468", "ingrid.hofman@avhengelo.nl"),
    ("Hockeyclub Hengelo", "veldcommissie", "Pieter-Bas Lansink", "06-2647 5539", "veldcie@hchengelo.nl"),
]
rows = [["Vereniging", "Functie", "Naam", "Mobiel", "E-mail"]] + [list(c) for c in clubs]
func_mail = {"wedstrijdzaken@vvjanvanarkel.nl", "meiden@svtuindorp56.nl", "voorzitter@hzpcdedolfijn.nl",
             "info@reddingsbrigadehengelo.nl", "veldcie@hchengelo.nl"}
red24 = []
for club, fn, name, tel, mail in clubs:
    parts = name.split(" ", 1)
    red24.append(R("PERSON", name, parts[1], parts[0]))
    red24.append(R("PHONE", tel))
    if mail not in func_mail:
        red24.append(R("EMAIL", mail))
DOCS.append(Doc("hg24_contactlijst_verenigingen_sportaccommodaties", [
    "# Contactlijst verenigingen - sportaccommodaties gemeente Hengelo (peildatum 1 augustus 2025)",
    "s Alleen voor intern gebruik door de planners sportaccommodaties en de beheerders van de sportparken. "
    "Wijzigingen doorgeven aan sportaccommodaties@hengelo.nl.",
    ("t", rows, [38, 36, 42, 25, 56]),
    "p Bij calamiteiten buiten kantoortijd: piketdienst beheer buitensport via het algemene nummer 14 074 "
    "(keuze 3). Beheerder Sportpark Johan Cruijff en Sportpark Het Wilbert: zie het beheerdersrooster. "
    "Fanny Blankers-Koen stadion: via AV Hengelo en het Sportbedrijf.",
], red24 + [R("PERSON", "Jeroen Tuinman", "Jeroen")], [
    K("ORG", "VV Jan van Arkel"), K("ORG", "SV Tuindorp '56"), K("ORG", "HVV Tubantia"), K("ORG", "HZPC De Dolfijn"),
    K("ORG", "Reddingsbrigade Hengelo"), K("ORG", "AV Hengelo"), K("ORG", "Hockeyclub Hengelo"),
    K("EMAIL_FUNC", "wedstrijdzaken@vvjanvanarkel.nl"), K("EMAIL_FUNC", "meiden@svtuindorp56.nl"),
    K("EMAIL_FUNC", "voorzitter@hzpcdedolfijn.nl"), K("EMAIL_FUNC", "info@reddingsbrigadehengelo.nl"),
    K("EMAIL_FUNC", "veldcie@hchengelo.nl"), K("EMAIL_FUNC", "sportaccommodaties@hengelo.nl"),
    K("PHONE_GEN", "14 074"), K("FACILITY", "Sportpark Johan Cruijff"), K("FACILITY", "Sportpark Het Wilbert"),
    K("FACILITY", "Fanny Blankers-Koen stadion"), K("TITLE", "voorzitter", "voorzitter"),
    K("TITLE", "hoofdtrainer"), K("TITLE", "wedstrijdsecretaris"),
], font="LiberationSans", size=9.5, pagesize=landscape(A4), margins=(15, 15, 15, 15),
    creator="Microsoft Excel", producer="Microsoft: Print To PDF"))

# ------------------------------------------------------------------ hg25 beslisnota college (2 pages, outline title hidden)
DOCS.append(Doc("hg25_beslisnota_college_vervanging_bodem", [
    "# Collegevoorstel: vervanging beweegbare bodem instructiebad De Tuinkamp",
    ("t", [["Collegevergadering", "23 september 2025"], ["Portefeuillehouder", "wethouder Rouwhorst"],
           ["Zaaknummer", "Z-2025-11872"], ["Team", "Sport en Bewegen"],
           ["Steller", "R.J. van 't Hul, projectleider, 06 5291 0437"],
           ["Medeparaaf", "M. Oude Nijhuis (JZ), H. Kaya (Financiën)"],
           ["Openbaar", "ja, na besluitvorming (actieve openbaarmaking, Woo art. 3.3)"]],
     [45, 120], {"head": False}),
    "## Aanleiding",
    "p Op 6 september 2025 is in het instructiebad een kind gewond geraakt aan de rand van de beweegbare bodem. "
    "De bodem is sindsdien vastgezet. Onderzoek door Heijmans en de leverancier Variopool wijst uit dat de "
    "overgang niet voldoet aan NEN-EN 15288-1.",
    "## Geadviseerd besluit",
    "p Het college wordt gevraagd: 1. de vervanging van de beweegbare bodem naar voren te halen en uit te voeren in "
    "fase 2 (maart-juni 2026); 2. de meerkosten van EUR 64.000 te dekken uit de post onvoorzien van het krediet "
    "renovatie De Tuinkamp; 3. de raad te informeren via de beantwoording van de raadsvragen RV-2025-038.",
    "## Kern",
    "p Vervanging was voorzien in 2029. Door de vervanging nu uit te voeren, kan de bodem in fase 2 worden "
    "gemonteerd en hoeft het instructiebad niet opnieuw te sluiten. Heijmans heeft een meerwerkofferte "
    "(MW-11) uitgebracht; de kosten zijn door Tijhuis Installatieadvies getoetst en marktconform bevonden.",
    "---",
    "## Krachtenveld",
    "p De ouders van het kind hebben de gemeente aansprakelijk gesteld; de verzekeraar (Centraal Beheer) behandelt "
    "de claim. HZPC De Dolfijn en de Reddingsbrigade Hengelo dringen aan op snelle heropening. De raadsleden "
    "Kamphuis (VVD) en Van der Kolk (GroenLinks-PvdA) hebben vragen gesteld.",
    "## Financiën",
    "p Krediet renovatie: EUR 9.200.000 (raadsbesluit 9 juli 2024). Besteed en verplicht: EUR 8.455.000. "
    "Onvoorzien na dit besluit: EUR 250.000 - EUR 186.000 (uitwijken) - EUR 64.000 = EUR 0.",
    "## Informatie die niet openbaar gemaakt kan worden",
    "p [in te vullen]",
    ("sp", 4),
    "s Bijlagen: 1. memo beweegbare bodem 9 september 2025; 2. meerwerkofferte MW-11 (bedrijfsvertrouwelijk, "
    "art. 5.1 lid 1 sub c Woo).",
], [
    R("PERSON", "Reinier van 't Hul", "van 't Hul", "R.J."), R("PHONE", "06 5291 0437"),
    R("PERSON", "Marloes Oude Nijhuis", "Oude Nijhuis"), R("PERSON", "H. Kaya", "Kaya"),
    R("PERSON", "Annelies Snijders", "Snijders", ch="outline"),
    R("PERSON", "Sanne Wessels-ter Horst", "Sanne", "Wessels", ch="outline"),
], [
    K("OFFICIAL", "wethouder Rouwhorst", "Rouwhorst"), K("REF", "Z-2025-11872"), K("FACILITY", "De Tuinkamp"),
    K("ORG", "Heijmans"), K("ORG", "Variopool"), K("NORM", "NEN-EN 15288-1"), K("AMOUNT", "EUR 64.000"),
    K("REF", "RV-2025-038"), K("REF", "MW-11"), K("ORG", "Tijhuis Installatieadvies"), K("ORG", "Centraal Beheer"),
    K("ORG", "HZPC De Dolfijn"), K("ORG", "Reddingsbrigade Hengelo"), K("OFFICIAL", "raadslid Kamphuis", "Kamphuis"),
    K("OFFICIAL", "raadslid Van der Kolk", "Van der Kolk"), K("AMOUNT", "EUR 9.200.000"), K("AMOUNT", "EUR 186.000"),
    K("LAW", "Woo", "Woo"), K("DATE", "23 september 2025"), K("TEXT", "Geadviseerd besluit"),
], font="DejaVuSans", size=9.5, title="Collegevoorstel vervanging beweegbare bodem",
    outline=[("Collegevoorstel vervanging bodem", 0), ("Opmerkingen Annelies Snijders verwerkt (v3)", 0),
             ("Financiën - check Sanne Wessels", 1)],
    creator="Corsa 7.1", producer="Aspose.PDF for .NET 23.4", header=HDR))

# ------------------------------------------------------------------ hg26 draft press release with sticky notes
DOCS.append(Doc("hg26_concept_persbericht_heropening_met_opmerkingen", [
    "c <b>CONCEPT - niet verspreiden</b>",
    "# Persbericht: 25-metervak De Tuinkamp weer open na eerste renovatiefase",
    "p Hengelo, [datum] - Het 25-metervak van zwembad De Tuinkamp gaat op zaterdag 14 februari 2026 weer open. "
    "In de eerste fase van de renovatie heeft Heijmans de technische installaties vervangen. Het nieuwe "
    "luchtbehandelingssysteem met warmteterugwinning bespaart naar verwachting 38% energie.",
    "p Wethouder Rouwhorst: \"Ik ben blij dat de zwemverenigingen weer in hun eigen bad kunnen trainen. Ik dank "
    "HZPC De Dolfijn, de Reddingsbrigade Hengelo en alle zwemscholen voor hun geduld. Zij zwommen vijf maanden in "
    "Enschede en Almelo.\"",
    "p In maart 2026 start de tweede fase: het instructiebad krijgt een nieuwe beweegbare bodem, een tillift en een "
    "aangepaste kleedruimte. Het recreatiebad blijft dan open.",
    "p Op de openingsdag geven oud-olympiërs een clinic. De gemeente is in gesprek met de KNZB over een bezoek van "
    "Pieter van den Hoogenband, die in 2000 in Sydney olympisch kampioen werd.",
    "s Noot voor de redactie: meer informatie via persvoorlichting gemeente Hengelo, telefoon 074 245 9999 of "
    "pers@hengelo.nl.",
], [
    R("PERSON", "Joost Verhulst", "Joost Verhulst", "Verhulst", ch="annotations"),
    R("PERSON", "Sanne Wessels-ter Horst", "Sanne", ch="annotations"),
    R("PERSON", "Kerem Yıldız", "Kerem", ch="annotations"),
    R("PHONE", "06-2394 8810", ch="annotations"),
    R("PERSON", "Marco Veenstra", "Veenstra", ch="annotations"),
], [
    K("FACILITY", "zwembad De Tuinkamp", "De Tuinkamp"), K("ORG", "Heijmans"), K("OFFICIAL", "Wethouder Rouwhorst", "Rouwhorst"),
    K("ORG", "HZPC De Dolfijn"), K("ORG", "Reddingsbrigade Hengelo"), K("PLACE", "Enschede"), K("PLACE", "Almelo"),
    K("ORG", "KNZB"), K("PUBLIC_FIGURE", "Pieter van den Hoogenband (historical)", "Pieter van den Hoogenband"),
    K("PLACE", "Sydney"), K("PHONE_GEN", "074 245 9999"), K("EMAIL_FUNC", "pers@hengelo.nl"),
    K("DATE", "14 februari 2026"), K("TEXT", "25-metervak"),
], font="LiberationSerif", size=11, creator="Microsoft Word", producer="Adobe PDF Library 21.1",
    annots=[(0, [440, 760, 460, 780], "Joost Verhulst",
             "Datum nog invullen na akkoord wethouder. Sanne: klopt 38%? - Joost Verhulst, communicatie, 06-2394 8810"),
            (0, [440, 560, 460, 580], "Kerem Yıldız",
             "Tillift pas in fase 2, niet beloven dat die er bij opening is. Kerem"),
            (0, [440, 430, 460, 450], "Joost Verhulst",
             "KNZB-contact Marco Veenstra zegt toe te vragen; PvdH niet bevestigd, dus formulering voorzichtig houden.")]))

# ------------------------------------------------------------------ hg27 final press release (metadata author + XMP)
DOCS.append(Doc("hg27_persbericht_heropening_25_metervak", [
    "l <b>Gemeente Hengelo - Persbericht</b>\n12 februari 2026",
    "# 25-metervak De Tuinkamp weer open na eerste renovatiefase",
    "p Het 25-metervak van zwembad De Tuinkamp gaat op zaterdag 14 februari 2026 weer open. In de eerste fase van de "
    "renovatie heeft Heijmans de technische installaties vervangen. Het nieuwe luchtbehandelingssysteem met "
    "warmteterugwinning bespaart naar verwachting 38% energie en past in de Routekaart Verduurzaming "
    "Sportaccommodaties van de VNG en NOC*NSF.",
    "p Wethouder Rouwhorst: \"Ik ben blij dat de zwemverenigingen weer in hun eigen bad kunnen trainen. Ik dank "
    "HZPC De Dolfijn, de Reddingsbrigade Hengelo en alle zwemscholen voor hun geduld.\"",
    "p In maart 2026 start de tweede fase: het instructiebad krijgt een nieuwe beweegbare bodem. Ook komen er een "
    "tillift en een aangepaste kleedruimte, zodat mensen met een beperking zelfstandig kunnen zwemmen. Dat sluit "
    "aan bij het Nationaal Sportakkoord en de lokale afspraken in het Hengelose Sportakkoord.",
    "p Op de openingsdag geven zwemmers van HZPC De Dolfijn demonstraties. Bezoekers kunnen zien waar ooit "
    "Ada Kok en Inge de Bruijn een clinic gaven. Toegang is gratis van 10:00 tot 16:00 uur.",
    "s Noot voor de redactie: meer informatie via persvoorlichting gemeente Hengelo, telefoon 074 245 9999 of "
    "pers@hengelo.nl.",
], [
    R("PERSON", "Joost Verhulst", "Joost Verhulst", "Verhulst", ch="metadata"),
], [
    K("FACILITY", "zwembad De Tuinkamp", "De Tuinkamp"), K("ORG", "Heijmans"), K("OFFICIAL", "Wethouder Rouwhorst", "Rouwhorst"),
    K("ORG", "VNG"), K("ORG", "NOC*NSF"), K("PROGRAMME", "Routekaart Verduurzaming Sportaccommodaties"),
    K("ORG", "HZPC De Dolfijn"), K("ORG", "Reddingsbrigade Hengelo"), K("PROGRAMME", "Nationaal Sportakkoord"),
    K("PROGRAMME", "Hengelose Sportakkoord"), K("PUBLIC_FIGURE", "Ada Kok (historical)", "Ada Kok"),
    K("PUBLIC_FIGURE", "Inge de Bruijn (historical)", "Inge de Bruijn"), K("PHONE_GEN", "074 245 9999"),
    K("EMAIL_FUNC", "pers@hengelo.nl"), K("DATE", "14 februari 2026"),
], font="Helvetica", size=10.5, title="Persbericht heropening 25-metervak", author="Joost Verhulst",
    xmp_creator=["Joost Verhulst"], creator="Microsoft Word", producer="Microsoft Word for Microsoft 365"))

# ------------------------------------------------------------------ hg28 scanned attendance list (image only)
att = [("Carla Veldhuis-ter Braak", "HZPC De Dolfijn"), ("Jeroen Tuinman", "HZPC De Dolfijn"),
       ("Lars Ekkelboom", "Reddingsbrigade Hengelo"), ("Marieke Hofstede", "Zwemcoaching Spetterfit"),
       ("Wilma Grootenhuis", "Sportraad Hengelo"), ("Thomas O'Neill", "Sportraad Hengelo"),
       ("Henriëtte Brouwer", "Stichting Sportief Twente"), ("Marco Veenstra", "KNZB"),
       ("Kerem Yildiz", "Gemeente Hengelo"), ("Sanne Wessels-ter Horst", "Gemeente Hengelo")]
hand28 = [(0, 146, 50.5 + i * 5.45, n.split()[0][0] + ". " + n.split()[-1][:6], 10) for i, (n, _) in enumerate(att)]
DOCS.append(Doc("hg28_scan_presentielijst_gebruikersavond", [
    "# Presentielijst gebruikersavond zwembad De Tuinkamp",
    "l Datum: dinsdag 18 november 2025, 19:30 uur - locatie: kantine HZPC De Dolfijn (tijdelijk: Sportfondsenbad Enschede)",
    ("sp", 4),
    ("t", [["Nr", "Naam", "Organisatie", "Handtekening"]] +
     [[str(i + 1), n, o, ""] for i, (n, o) in enumerate(att)], [10, 60, 55, 45]),
    "s Met uw handtekening geeft u toestemming om uw naam op te nemen in het verslag van de avond (AVG).",
], [R("PERSON", n, n.split()[-1] if "'" not in n else "Neill", ch="ocr") for n, _ in att], [],
    font="Helvetica", size=11, lead=15,
    scan={"dpi": 200, "angle": 0.9, "q": 62, "seed": 28, "hand": hand28},
    producer="KONICA MINOLTA bizhub C300i", creator="KONICA MINOLTA"))

# ------------------------------------------------------------------ hg29 KNZB e-mail
DOCS.append(Doc("hg29_mail_knzb_competitie_uitwijklocatie", [
    "m Van:        Marco Veenstra <m.veenstra@knzb.nl>\nVerzonden:  donderdag 26 juni 2025 14:08\n"
    "Aan:        sportaccommodaties@hengelo.nl\nCC:         competitie.oost@knzb.nl; Carla Veldhuis "
    "<voorzitter@hzpcdedolfijn.nl>\nOnderwerp:  Uitwijklocatie waterpolo HZPC De Dolfijn seizoen 2025-2026",
    ("sp", 3),
    "p Goedemiddag,",
    "p Naar aanleiding van de brief van wethouder Rouwhorst van 10 juni (kenmerk U25.03318) bevestig ik dat de "
    "KNZB akkoord gaat met het Sportfondsenbad Enschede als tijdelijke thuislocatie voor HZPC De Dolfijn in de "
    "waterpolocompetitie regio Oost. Het bad voldoet aan de eisen van het Reglement Waterpolo (speelveld 25 x "
    "15 m, diepte minimaal 1,80 m).",
    "p Wel vraag ik u om de wedstrijdtijden vóór 15 juli door te geven aan competitie.oost@knzb.nl, zodat de "
    "scheidsrechtersaanwijzing rond komt. Onze scheidsrechterscoördinator, Henriëtte Brouwer, neemt daarna "
    "contact op met de vereniging.",
    "p Ik hoor graag wie bij de gemeente mijn vaste aanspreekpunt wordt. Tot en met 11 juli ben ik bereikbaar "
    "op 06-5371 9024, daarna na de zomerstop.",
    "p Met sportieve groet,",
    "l Marco Veenstra\nregiomanager Oost\nKNZB - Koninklijke Nederlandse Zwembond\nNieuwegein | www.knzb.nl",
    ("sp", 3),
    "m Van: sportaccommodaties@hengelo.nl\nVerzonden: donderdag 26 juni 2025 15:32\nAan: Marco Veenstra\n"
    "Onderwerp: RE: Uitwijklocatie waterpolo",
    "p Beste Marco, dank! Je aanspreekpunt wordt Sanne Wessels-ter Horst (074 245 8812). Met vriendelijke "
    "groet, Priya Ramdin, team Sportaccommodaties",
], [
    R("PERSON", "Marco Veenstra", "Veenstra", "Marco"), R("EMAIL", "m.veenstra@knzb.nl"),
    R("PERSON", "Carla Veldhuis-ter Braak", "Carla Veldhuis"), R("PERSON", "Henriëtte Brouwer", "Brouwer", "Henriëtte"),
    R("PHONE", "06-5371 9024"), R("PERSON", "Sanne Wessels-ter Horst", "Wessels-ter Horst", "Sanne"),
    R("PHONE", "074 245 8812"), R("PERSON", "Priya Ramdin", "Ramdin", "Priya"),
], [
    K("EMAIL_FUNC", "sportaccommodaties@hengelo.nl"), K("EMAIL_FUNC", "competitie.oost@knzb.nl"),
    K("EMAIL_FUNC", "voorzitter@hzpcdedolfijn.nl"), K("ORG", "KNZB", "KNZB"), K("ORG", "HZPC De Dolfijn"),
    K("OFFICIAL", "wethouder Rouwhorst", "Rouwhorst"), K("REF", "U25.03318"), K("ORG", "Sportfondsenbad Enschede"),
    K("RULE", "Reglement Waterpolo"), K("ORG", "Koninklijke Nederlandse Zwembond"), K("PLACE", "Nieuwegein"),
    K("TITLE", "regiomanager Oost"), K("DATE", "26 juni 2025"),
], font="DejaVuSans", size=9, creator="Microsoft Outlook", producer="Microsoft: Print To PDF"))

# ------------------------------------------------------------------ hg30 inspection report Omgevingsdienst Twente
DOCS.append(Doc("hg30_controlerapport_odt_zwembad", [
    "l <b>Omgevingsdienst Twente</b> - Team Toezicht Milieu en Veiligheid\nPostbus 1500, 7500 BM Enschede - "
    "053 481 1000 - info@odtwente.nl",
    ("sp", 5),
    "# Controlerapport zwemvoorziening - hercontrole na ongeval",
    ("t", [["Inrichting", "Zwembad De Tuinkamp, Tuinkampweg 2, Hengelo"],
           ["Exploitant", "gemeente Hengelo (bevoegd gezag: college van B&W Hengelo)"],
           ["Datum controle", "18 september 2025, 09:00-11:30 uur"],
           ["Toezichthouders", "ing. S. Pots (rapporteur) en R.W.J. Dijkstra"],
           ["Namens exploitant aanwezig", "K. Yıldız (bedrijfsleider), E. de Jong-Beltman (teamleider)"],
           ["Zaaknummer ODT", "ODT-2025-087612"]],
     [55, 110], {"head": False}),
    "## Bevindingen",
    ("t", [["Onderdeel", "Voorschrift", "Bevinding", "Oordeel"],
           ["Ongevallenregister", "Bal art. 15.40", "Ongeval 6-9-2025 geregistreerd (ONG-2025-0917), maatregelen vastgelegd", "voldoet"],
           ["Toezicht", "Bal art. 15.38", "Rooster week 36-38 ingezien; steeds ten minste 2 toezichthouders per bassin", "voldoet"],
           ["Badinrichting", "NEN-EN 15288-1", "Beweegbare bodem vastgezet op 1,20 m met afdekprofiel; springverbod aangegeven", "voldoet (tijdelijk)"],
           ["Waterkwaliteit", "Bal art. 15.42", "Vrij chloor 0,9 mg/l, pH 7,2 (eigen meting ODT); legionella-beheersplan actueel", "voldoet"],
           ["Bouwplaats", "Bbl / BRL SC-530", "Asbestsanering gepland wk 44, melding via Omgevingsloket ontvangen", "n.v.t."]],
     [32, 30, 78, 25]),
    "## Conclusie",
    "p Er zijn geen overtredingen geconstateerd. De tijdelijke maatregel bij de beweegbare bodem is adequaat tot "
    "de vervanging in fase 2. Een volgende controle volgt na de heropening van het instructiebad.",
    "p Mevrouw De Jong-Beltman gaf aan dat het slachtoffer inmiddels hersteld is; ODT heeft geen medische "
    "gegevens opgevraagd of ingezien.",
    ("sp", 3),
    "l Rapporteur: ing. S. Pots, toezichthouder\nE-mail: s.pots@odtwente.nl  |  telefoon 06-1023 8475",
], [
    R("PERSON", "S. Pots", "Pots"), R("PERSON", "R.W.J. Dijkstra", "Dijkstra", "R.W.J."),
    R("PERSON", "Kerem Yıldız", "Yıldız"), R("PERSON", "Eefje de Jong-Beltman", "de Jong-Beltman", "De Jong-Beltman"),
    R("EMAIL", "s.pots@odtwente.nl"), R("PHONE", "06-1023 8475"),
], [
    K("ORG", "Omgevingsdienst Twente"), K("PHONE_GEN", "053 481 1000"), K("EMAIL_FUNC", "info@odtwente.nl"),
    K("FACILITY", "Zwembad De Tuinkamp"), K("ADDR", "Tuinkampweg 2"), K("REF", "ODT-2025-087612"),
    K("REF", "ONG-2025-0917"), K("LAW", "Bal art. 15.40"), K("LAW", "Bal art. 15.38"), K("NORM", "NEN-EN 15288-1"),
    K("ORG", "Omgevingsloket"), K("ABBR", "ODT", "ODT"), K("TITLE", "toezichthouder"), K("DATE", "18 september 2025"),
    K("TERM", "legionella-beheersplan"),
], font="LiberationSans", size=9.5, creator="Squit XO", producer="PDFsharp 1.50.5147 (www.pdfsharp.com)"))

# ------------------------------------------------------------------ hg31 WhatsApp export (club board group, supplied by the club)
wa = [
    ("14-04-2025 21:03", "Henk-Jan", "Ik heb net met Annelies van de gemeente gebeld. Ze blijven bij dinsdag voor Tuindorp."),
    ("14-04-2025 21:05", "Rob Assink", "Dan moeten we op de ALV hard zijn. Ik zet het voorstel van de wethouder op de agenda met negatief advies."),
    ("14-04-2025 21:06", "Daan (jeugd)", "Jonny zegt dat de O9 best naar Het Wilbert kan hoor"),
    ("14-04-2025 21:08", "Henk-Jan", "Jonny is niet het bestuur :-("),
    ("14-04-2025 21:15", "Danielle penningm.", "Lichtinstallatie was 38k. Ik zoek de mail van Bruggink uit 2021 op, daarin staat die toezegging."),
    ("14-04-2025 21:16", "Rob Assink", "Top Dani. Stuur door naar mij en Henk-Jan, dan gaat het naar de advocaat."),
    ("14-04-2025 21:40", "Mark tB", "Even iets anders: Bram de Wit (JO15-2) is vrijdag bij de training onwel geworden, "
                                  "hartritmestoornis. Ouders vragen of we een AED op veld 3 kunnen krijgen."),
    ("14-04-2025 21:42", "Henk-Jan", "AED hangt bij de kantine. Wel goed punt voor de gemeente, neem ik mee. Beterschap voor Bram!"),
    ("15-04-2025 07:12", "Daan (jeugd)", "Nummer van Sanne van de gemeente is 06-4173 2290 als iemand haar wil bellen over de velden"),
]
DOCS.append(Doc("hg31_whatsapp_export_bestuur_jva", [
    "# WhatsApp-chat 'Bestuur JvA' - export (aangeleverd door VV Jan van Arkel bij zienswijze, 2 februari 2026)",
    "s Berichten en oproepen worden end-to-end versleuteld. Geëxporteerd zonder media.",
] + [f"l [{t}] <b>{w}</b>: {m}" for t, w, m in wa], [
    R("PERSON", "Henk-Jan Bosch", "Henk-Jan"), R("PERSON", "Annelies Snijders", "Annelies"),
    R("PERSON", "Rob Assink", "Rob Assink"), R("PERSON", "Daan Lenferink (jeugd)", "Daan"),
    R("PERSON", "Jonny Klein Gebbink", "Jonny"), R("PERSON", "Daniëlle Vos-Ekkelkamp", "Danielle", "Dani"),
    R("PERSON", "W.F. Bruggink", "Bruggink"), R("PERSON", "Mark ten Brinke", "Mark tB"),
    R("PERSON", "Bram de Wit", "Bram de Wit", "Bram"), R("HEALTH", "player's heart condition", "hartritmestoornis", "onwel geworden"),
    R("PERSON", "Sanne Wessels-ter Horst", "Sanne"), R("PHONE", "06-4173 2290"),
], [
    K("ORG", "VV Jan van Arkel"), K("ABBR", "JvA"), K("ORG", "Tuindorp"), K("FACILITY", "Het Wilbert"),
    K("ABBR", "ALV"), K("TEXT", "JO15-2"), K("PRODUCT", "WhatsApp"), K("TEXT", "AED"), K("TEXT", "veld 3"),
], font="DejaVuSans", size=9.5, creator="WhatsApp chat export (txt) printed", producer="Skia/PDF m120"))

# ------------------------------------------------------------------ hg32 the Woo decision (2 pages)
DOCS.append(Doc("hg32_besluit_woo_verzoek_sportaccommodaties", [
    ("sp", 6),
    "l De heer D.J. Vrielink\nEnschedesestraat 302\n7552 CT Hengelo",
    ("sp", 6),
    ("t", [["Datum", "Ons kenmerk", "Contactpersoon", "E-mail"],
           ["20 februari 2026", "WOO-2026-0012", "W. ten Dam", "woo@hengelo.nl"]],
     [35, 40, 40, 50], {"grid": False, "bg": "#ffffff"}),
    "l Onderwerp: besluit op uw Woo-verzoek over zwembad De Tuinkamp en de sportvelden",
    ("sp", 3),
    "p Geachte heer Vrielink,",
    "p Op 12 januari 2026 heeft u ons gevraagd documenten openbaar te maken over de renovatie van zwembad De "
    "Tuinkamp, de veldtoewijzing op Sportpark Johan Cruijff en Sportpark Het Wilbert, het ongeval van 6 september "
    "2025 en de adviezen van de Sportraad Hengelo. Op 9 februari 2026 hebben wij de beslistermijn met twee weken "
    "verdaagd. In deze brief leest u ons besluit.",
    "## Besluit",
    "p Wij maken de documenten op de inventarislijst (bijlage 1) deels openbaar. Twee documenten maken wij niet "
    "openbaar: de meerwerkofferte MW-11 van Heijmans (artikel 5.1 lid 1 sub c Woo, bedrijfsgegevens) en de "
    "medische verklaring van het ziekenhuis over het kind (artikel 5.1 lid 1 sub d Woo, gezondheid).",
    "## Zienswijzen",
    "p VV Jan van Arkel, HZPC De Dolfijn, Heijmans Utiliteit B.V. en de ouders van het kind zijn in de gelegenheid "
    "gesteld een zienswijze te geven. VV Jan van Arkel heeft op 2 februari 2026 een zienswijze ingediend en daarbij "
    "zelf een WhatsApp-export aangeleverd; de vereniging vraagt de namen van bestuursleden en jeugdleden niet "
    "openbaar te maken. Wij volgen dat.",
    "---",
    "## Motivering",
    "p <b>Persoonsgegevens (artikel 5.1 lid 2 sub e Woo).</b> Wij maken namen, e-mailadressen, telefoonnummers, "
    "handtekeningen en personeelsnummers van medewerkers van de gemeente en van derden niet openbaar. Dat geldt "
    "niet voor de burgemeester, de wethouder en de raadsleden, die in hun publieke functie optreden. Ook de namen "
    "van sportaccommodaties die naar een persoon zijn vernoemd en de namen van bekende sporters in een "
    "historische context blijven leesbaar.",
    "p <b>Bijzondere persoonsgegevens (artikel 5.1 lid 1 sub d Woo).</b> Gegevens over de gezondheid van het kind "
    "en van een jeugdspeler maken wij niet openbaar.",
    "p <b>Identificatienummers (artikel 5.1 lid 1 sub e Woo).</b> Het burgerservicenummer in de brief van de ouder "
    "maken wij niet openbaar.",
    "p De documenten worden ook gepubliceerd op open.overheid.nl. Bent u het niet eens met dit besluit? Dan kunt "
    "u binnen zes weken bezwaar maken bij ons college (Algemene wet bestuursrecht, artikel 6:7).",
    "p Met vriendelijke groet,<br/>burgemeester en wethouders van Hengelo,<br/>namens dezen,",
    ("sig", "A. Snijders"),
    "l A. Snijders\nteamleider Sport en Bewegen",
    "s Bijlagen: 1. inventarislijst; 2. documenten (geanonimiseerd). Behandelaar: W. ten Dam, 074 245 8730.",
], [
    R("PERSON", "Dennis Vrielink", "Vrielink", "D.J. Vrielink"),
    R("ADDRESS", "Enschedesestraat 302, 7552 CT Hengelo", "Enschedesestraat 302", "7552 CT"),
    R("PERSON", "Wouter ten Dam", "W. ten Dam", "ten Dam"), R("PHONE", "074 245 8730"),
    R("PERSON", "Annelies Snijders", "A. Snijders", "Snijders"),
], [
    K("REF", "WOO-2026-0012"), K("EMAIL_FUNC", "woo@hengelo.nl"), K("FACILITY", "Sportpark Johan Cruijff"),
    K("FACILITY", "Sportpark Het Wilbert"), K("ORG", "Sportraad Hengelo"), K("REF", "MW-11"), K("ORG", "Heijmans"),
    K("LAW", "artikel 5.1 lid 1 sub c Woo"), K("LAW", "artikel 5.1 lid 1 sub d Woo"), K("LAW", "artikel 5.1 lid 2 sub e Woo"),
    K("ORG", "VV Jan van Arkel"), K("ORG", "HZPC De Dolfijn"), K("ORG", "Heijmans Utiliteit B.V."),
    K("LAW", "Algemene wet bestuursrecht"), K("SITE", "open.overheid.nl"), K("DATE", "20 februari 2026"),
    K("DATE", "12 januari 2026"), K("TITLE", "teamleider Sport en Bewegen"), K("TEXT", "deels openbaar"),
], header=HDR, font="LiberationSans", size=10, creator="Corsa 7.1", producer="Aspose.PDF for .NET 23.4"))

# ------------------------------------------------------------------ hg33 inventory list (2 pages)
inv = [
    ("1", "Woo-verzoek D.J. Vrielink", "12-01-2026", "deels openbaar", "5.1.2e", ""),
    ("2", "Ontvangstbevestiging", "19-01-2026", "deels openbaar", "5.1.2e", ""),
    ("3", "Brief VV Jan van Arkel veldtoewijzing", "03-03-2025", "deels openbaar", "5.1.2e", "zienswijze vereniging"),
    ("4", "Mailwisseling bezettingscijfers", "17/19-03-2025", "deels openbaar", "5.1.2e", "4 berichten, één thread"),
    ("5", "Teams-chat ongeval instructiebad", "06-09-2025", "deels openbaar", "5.1.2e, 5.1.1d", ""),
    ("6", "Verslag Sportraad 21 mei 2025", "21-05-2025", "deels openbaar", "5.1.2e", "reeds openbaar? nee"),
    ("7", "Ongevalsrapportage ONG-2025-0917", "06-09-2025", "deels openbaar", "5.1.2e, 5.1.1d", ""),
    ("8", "Formulier melding ongeval", "06-09-2025", "deels openbaar", "5.1.2e, 5.1.1d", "formuliervelden"),
    ("9", "Dienstrooster toezicht week 36", "25-08-2025", "deels openbaar", "5.1.2e", ""),
    ("10", "Beoordelingsrapport HGL-2025-017", "24-04-2025", "deels openbaar", "5.1.2e", "scores openbaar na gunning"),
    ("11", "Factuur 2025-037 zweminstructeur", "30-09-2025", "deels openbaar", "5.1.2e", "eenmanszaak"),
    ("12", "Factuur TTS-25-118 terreinonderhoud", "15-07-2025", "deels openbaar", "5.1.2e", "eenmanszaak"),
    ("13", "Brief wethouder aan HZPC De Dolfijn", "10-06-2025", "deels openbaar", "5.1.2e", ""),
    ("14", "Schriftelijke vragen RV-2025-038", "15-09-2025", "openbaar", "", "reeds openbaar (raadsinformatiesysteem)"),
    ("15", "Beantwoording RV-2025-038", "07-10-2025", "deels openbaar", "5.1.2e", "ambtelijke paraaf"),
    ("16", "Brief ouder aansprakelijkstelling (scan)", "12-09-2025", "deels openbaar", "5.1.2e, 5.1.1d, 5.1.1e", ""),
    ("17", "Memo beweegbare bodem (scan)", "09-09-2025", "deels openbaar", "5.1.2e", "handgeschreven notitie"),
    ("18", "Notitie veldtoewijzing 2025-2026", "08-04-2025", "deels openbaar", "5.1.2e", ""),
    ("19", "Verslag gesprek wethouder - bestuur JvA", "03-04-2025", "deels openbaar", "5.1.2e", ""),
    ("20", "Mail aankondiging juridische stappen", "02-05-2025", "deels openbaar", "5.1.2e", ""),
    ("21", "Brief Lexwerk Advocaten", "16-05-2025", "deels openbaar", "5.1.2e", ""),
    ("22", "Juridisch advies JZ-25-0211", "12-05-2025", "deels openbaar", "5.1.2e", "geen 5.2 toegepast"),
    ("23", "Verslag bouwvergadering 7", "16-10-2025", "deels openbaar", "5.1.2e", ""),
    ("24", "Contactlijst verenigingen", "01-08-2025", "deels openbaar", "5.1.2e", "functionele adressen openbaar"),
    ("25", "Collegevoorstel vervanging bodem", "23-09-2025", "deels openbaar", "5.1.2e", "bijlage 2 niet openbaar"),
    ("26", "Concept persbericht met opmerkingen", "10-02-2026", "deels openbaar", "5.1.2e", ""),
    ("27", "Persbericht heropening", "12-02-2026", "openbaar", "", "reeds openbaar (hengelo.nl)"),
    ("28", "Presentielijst gebruikersavond (scan)", "18-11-2025", "deels openbaar", "5.1.2e", "handtekeningen"),
    ("29", "Mail KNZB uitwijklocatie", "26-06-2025", "deels openbaar", "5.1.2e", ""),
    ("30", "Controlerapport ODT-2025-087612", "18-09-2025", "deels openbaar", "5.1.2e", ""),
    ("31", "WhatsApp-export bestuur JvA", "14-04-2025", "deels openbaar", "5.1.2e, 5.1.1d", "aangeleverd bij zienswijze"),
    ("32", "Meerwerkofferte MW-11 Heijmans", "19-09-2025", "niet openbaar", "5.1.1c", ""),
    ("33", "Medische verklaring ZGT (kind)", "10-09-2025", "niet openbaar", "5.1.1d, 5.1.2e", ""),
]
DOCS.append(Doc("hg33_inventarislijst_woo_2026_0012", [
    "# Inventarislijst Woo-verzoek WOO-2026-0012 (bijlage 1 bij besluit van 20 februari 2026)",
    "s Verzoeker: D.J. Vrielink. Behandelaar: W. ten Dam (Woo-coördinator). Beoordeling door het vakteam Sport en "
    "Bewegen en Juridische Zaken.",
    ("t", [["Nr.", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"]] + [list(r) for r in inv],
     [12, 80, 25, 28, 32, 68]),
    "p Toelichting op de gronden: 5.1.1c bedrijfs- en fabricagegegevens; 5.1.1d bijzondere persoonsgegevens; "
    "5.1.1e identificatienummers; 5.1.2e eerbiediging van de persoonlijke levenssfeer.",
], [
    R("PERSON", "Dennis Vrielink", "Vrielink", "D.J. Vrielink"), R("PERSON", "Wouter ten Dam", "W. ten Dam", "ten Dam"),
], [
    K("REF", "WOO-2026-0012"), K("TEXT", "deels openbaar", "deels openbaar"), K("TEXT", "niet openbaar", "niet openbaar"),
    K("GROUND", "5.1.2e", "5.1.2e"), K("GROUND", "5.1.1d", "5.1.1d"), K("GROUND", "5.1.1c", "5.1.1c"),
    K("REF", "HGL-2025-017"), K("REF", "RV-2025-038"), K("REF", "ONG-2025-0917"), K("REF", "JZ-25-0211"),
    K("REF", "ODT-2025-087612"), K("REF", "TTS-25-118"), K("ORG", "Lexwerk Advocaten"), K("ORG", "KNZB"),
    K("ORG", "HZPC De Dolfijn"), K("ORG", "VV Jan van Arkel"), K("ORG", "Heijmans"), K("ORG", "ZGT"),
    K("TITLE", "Woo-coördinator"), K("ORG", "Juridische Zaken"),
], font="Helvetica", size=9.5, pagesize=landscape(A4), margins=(15, 15, 15, 15), creator="Microsoft Excel",
    producer="Microsoft: Print To PDF", title="Inventarislijst WOO-2026-0012"))
