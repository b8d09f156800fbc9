"""Set HG documents 05-12: Teams chat, sportraad minutes, accident report and form, roster, tender, invoices."""
from lib import Doc, R, K, make_iban, make_bsn, A4, landscape
from reportlab.lib import colors

HDR = "Gemeente Hengelo\nPostbus 18, 7550 AA Hengelo  |  telefoon 14 074  |  www.hengelo.nl"
DOCS = []

# ------------------------------------------------------------------ hg05 Teams chat
chat = [
    ("Kerem Yıldız", "6-9-2025 10:12", "Ongeval instructiebad om 09:40, meisje van 9 uit de zwemles van Lotte. Ze is met haar hoofd tegen de rand van de beweegbare bodem gekomen. Ambulance is geweest, ze is mee naar ZGT Hengelo."),
    ("Eefje de Jong-Beltman", "6-9-2025 10:14", "Jeetje. Hoe is het met haar? Weten de ouders het?"),
    ("Kerem Yıldız", "6-9-2025 10:15", "Moeder was op de tribune. Hoofdwond, moest gehecht worden denk ik, en mogelijk hersenschudding. Lotte is behoorlijk aangeslagen, Daan neemt haar groep over."),
    ("Eefje de Jong-Beltman", "6-9-2025 10:17", "Oké. Beweegbare bodem direct buiten gebruik, lint eromheen. Ongevalsformulier invullen en foto's maken van de rand. Ik bel Reinier, want dit raakt de renovatie."),
    ("Reinier van 't Hul", "6-9-2025 10:31", "Gezien. Die bodem staat op de lijst voor vervanging in fase 2, Heijmans heeft de rand in juni al als risico gemeld. Niet extern over praten voordat juridische zaken ernaar kijkt. @Marloes kun jij meekijken?"),
    ("Marloes Oude Nijhuis", "6-9-2025 10:48", "Ja. Meld het ook bij de verzekeraar (Centraal Beheer, polis via Inkoop). En check of het onder de meldplicht van de NVWA valt, ernstig letsel bij een attractie-achtig toestel. Ik denk het niet, maar liever zeker."),
    ("Kerem Yıldız", "6-9-2025 11:02", "Doe ik. Naam kind: Noa Lammers, de moeder heet Ellen. Telefoon moeder staat op het formulier."),
    ("Eefje de Jong-Beltman", "6-9-2025 11:05", "Dank Kerem. Hou het in de chat bij voornamen aub, dit kanaal wordt breed gelezen. Ik bel vanmiddag zelf met mevrouw Lammers."),
    ("Reinier van 't Hul", "6-9-2025 13:20", "Update: Heijmans komt maandag 8/9 kijken, Koen Staal van hun kant. Ik heb de wethouder gebriefd via Annelies."),
]
blocks = ["# Team Zwembad De Tuinkamp > kanaal: Operatie en veiligheid",
          "s Export uit Microsoft Teams, 8 september 2025 08:02 - gesprek 'Ongeval instructiebad'"]
for who, when, msg in chat:
    blocks.append(f"l <b>{who}</b>   {when}")
    blocks.append(f"p {msg}")
blocks.append("s 3 personen hebben dit gesprek met een duim omhoog gemarkeerd. Bijlage: IMG_4471.jpg (niet geëxporteerd)")
DOCS.append(Doc("hg05_teams_chat_ongeval_instructiebad", blocks, [
    R("PERSON", "Kerem Yıldız", "Yıldız", "Kerem"),
    R("PERSON", "Eefje de Jong-Beltman", "de Jong-Beltman", "Eefje"),
    R("PERSON", "Reinier van 't Hul", "van 't Hul", "Reinier"),
    R("PERSON", "Marloes Oude Nijhuis", "Oude Nijhuis", "Marloes"),
    R("PERSON", "Lotte Brinkman", "Lotte"), R("PERSON", "Daan Oosterveld", "Daan"),
    R("PERSON", "Noa Lammers", "Noa", "Lammers"), R("PERSON", "Ellen Lammers-Wiegman", "Ellen"),
    R("HEALTH", "injury of the child", "Hoofdwond", "hersenschudding"),
    R("PERSON", "Koen Staal", "Koen Staal"), R("PERSON", "Annelies Snijders", "Annelies"),
], [
    K("FACILITY", "Zwembad De Tuinkamp", "De Tuinkamp"), K("PRODUCT", "Microsoft Teams"),
    K("ORG", "ZGT Hengelo", "ZGT"), K("ORG", "Heijmans", "Heijmans"), K("ORG", "Centraal Beheer"),
    K("ORG", "NVWA"), K("FACILITY", "instructiebad", "instructiebad"), K("TEXT", "beweegbare bodem", "beweegbare bodem"),
    K("TEXT", "Ongeval instructiebad"), K("TEXT", "Operatie en veiligheid"),
], font="DejaVuSans", size=9.5, creator="Microsoft Teams", producer="Microsoft Edge PDF (Chromium)"))

# ------------------------------------------------------------------ hg06 sportraad minutes (2 pages)
DOCS.append(Doc("hg06_notulen_sportraad_mei_2025", [
    "# Sportraad Hengelo - verslag openbare vergadering",
    "l Datum: 21 mei 2025, 19.30-21.45 uur\nLocatie: Fanny Blankers-Koen stadion, bestuurskamer\n"
    "Kenmerk: SR-2025-05",
    ("sp", 3),
    "## Aanwezig",
    ("t", [["Naam", "Rol", "Initialen"],
           ["H. Kroeze", "voorzitter", "HK"],
           ["W.G.M. Grootenhuis", "lid (ouderensport)", "WG"],
           ["A. Benali", "lid (jeugd en onderwijs)", "AB"],
           ["G.J. Pierik", "lid (verenigingen)", "GJP"],
           ["T. O'Neill", "lid (aangepast sporten)", "TON"],
           ["I. Damhuis", "lid (topsport en evenementen)", "ID"],
           ["G. Lohuis", "ambtelijk secretaris (gemeente)", "GL"],
           ["S. Wessels-ter Horst", "beleidsadviseur sport (agendapunt 3 en 4)", "SWtH"]],
     [55, 85, 25]),
    "l Afwezig met bericht: mw. E. van Dijk-Ozturk (lid), wethouder Rouwhorst (portefeuillehouder, schuift in juni aan)",
    "## 1. Opening en mededelingen",
    "p De voorzitter opent de vergadering. Hij meldt dat de sportraad een brief heeft ontvangen van VV Jan van Arkel "
    "over de veldtoewijzing en een mail van HZPC De Dolfijn over de badwatertijden tijdens de renovatie. Mevrouw "
    "Grootenhuis meldt dat de Stichting Sportief Twente haar valpreventiecursussen graag in het recreatiebad wil "
    "blijven geven.",
    "## 2. Verslag 9 april 2025",
    "p Vastgesteld met één correctie: de heer Pierik was afwezig met bericht, niet zonder bericht.",
    "## 3. Renovatie zwembad De Tuinkamp",
    "p Mevrouw Wessels-ter Horst licht de planning toe. De aanbesteding (HGL-2025-017) is gegund aan Heijmans; "
    "fase 1 (technische installaties, 25-metervak) loopt van 1 september 2025 tot februari 2026. In die periode "
    "zwemmen de verenigingen in het Sportfondsenbad in Enschede en in het Hofbad in Almelo. De heer O'Neill vraagt "
    "aandacht voor de tillift en de aangepaste kleedruimte; die zijn niet in het bestek opgenomen. Mevrouw "
    "Wessels-ter Horst zegt toe dit na te gaan.",
    "p De heer Benali vraagt of het schoolzwemmen doorgaat. Antwoord: ja, in het instructiebad, dat pas in fase 2 "
    "wordt aangepakt.",
    "## 4. Veldtoewijzing 2025-2026",
    "p De heer Pierik heeft als lid met portefeuille verenigingen gesproken met Henk-Jan Bosch (JvA) en Mehmet "
    "Demir (Tuindorp). Beide clubs voelen zich tekortgedaan. De sportraad adviseert de gemeente de normen uit de "
    "Sportnota 2023-2027 consequent toe te passen en meidenteams mee te tellen als volwaardige teams, zoals de KNVB "
    "ook doet in het programma Meer Meiden Op Het Veld. Mevrouw Damhuis merkt op dat Sportpark Johan Cruijff "
    "volgens NOC*NSF-cijfers een van de drukste parken van Twente is.",
    "---",
    "## 5. Rondvraag en sluiting",
    "p Mevrouw Damhuis herinnert eraan dat het Fanny Blankers-Koen stadion in 2028 het 80-jarig jubileum viert van "
    "de vier olympische titels van Fanny Blankers-Koen in Londen (1948); zij stelt voor de atletiekvereniging "
    "AV Hengelo hierbij te betrekken. De voorzitter sluit om 21.45 uur.",
    "## Actielijst",
    ("t", [["Nr.", "Actie", "Wie", "Wanneer"],
           ["25-11", "Nagaan of tillift en aangepaste kleedruimte in bestek fase 2 passen", "SWtH", "juni"],
           ["25-12", "Advies veldtoewijzing op schrift aan college", "HK / GJP", "1 juni"],
           ["25-13", "Contact HZPC De Dolfijn over badwatertijden Enschede/Almelo", "WG", "juni"],
           ["25-14", "Agenda juni: wethouder Rouwhorst, evaluatie jubileum FBK 2028", "GL", "juni"],
           ["25-15", "Voorstel jubileum 2028 met AV Hengelo uitwerken", "ID / TON", "september"]],
     [14, 100, 25, 25]),
    "s Verslag: G. Lohuis, ambtelijk secretaris. Vastgesteld in de vergadering van 18 juni 2025.",
], [
    R("PERSON", "Hans Kroeze", "Kroeze", "HK"), R("PERSON", "Wilma Grootenhuis", "Grootenhuis", "W.G.M.", "WG"),
    R("PERSON", "Ayoub Benali", "Benali", "AB"), R("PERSON", "Gert-Jan Pierik", "Pierik", "GJP", "G.J."),
    R("PERSON", "Thomas O'Neill", "O'Neill", "TON"), R("PERSON", "Ilse Damhuis", "Damhuis", "ID"),
    R("PERSON", "Gerda Lohuis", "Lohuis", "GL"),
    R("PERSON", "Sanne Wessels-ter Horst", "Wessels-ter Horst", "SWtH"),
    R("PERSON", "E. van Dijk-Ozturk", "van Dijk-Ozturk"),
    R("PERSON", "Henk-Jan Bosch", "Henk-Jan Bosch"), R("PERSON", "Mehmet Demir", "Mehmet Demir"),
], [
    K("ORG", "Sportraad Hengelo"), K("FACILITY", "Fanny Blankers-Koen stadion"),
    K("PUBLIC_FIGURE", "Fanny Blankers-Koen (historical)", "Fanny Blankers-Koen"),
    K("REF", "SR-2025-05"), K("OFFICIAL", "wethouder Rouwhorst", "Rouwhorst"), K("ORG", "VV Jan van Arkel"),
    K("ORG", "HZPC De Dolfijn"), K("ORG", "Stichting Sportief Twente"), K("FACILITY", "De Tuinkamp"),
    K("REF", "HGL-2025-017"), K("ORG", "Heijmans"), K("FACILITY", "Sportfondsenbad"), K("FACILITY", "Hofbad"),
    K("PLACE", "Enschede"), K("PLACE", "Almelo"), K("POLICY", "Sportnota 2023-2027"), K("ORG", "KNVB"),
    K("PROGRAMME", "Meer Meiden Op Het Veld"), K("FACILITY", "Sportpark Johan Cruijff"), K("ORG", "NOC*NSF"),
    K("ORG", "AV Hengelo"), K("PLACE", "Londen"), K("DATE", "21 mei 2025"), K("DATE", "18 juni 2025"),
    K("ABBR", "JvA"), K("ABBR", "FBK"), K("TITLE", "ambtelijk secretaris"),
], font="Helvetica", size=9.5, creator="Microsoft Word - Verslag SR mei 2025.docx",
    producer="Microsoft: Print To PDF"))

# ------------------------------------------------------------------ hg07 accident report (health data)
DOCS.append(Doc("hg07_ongevalsrapportage_zwembad", [
    "# Ongevalsrapportage Zwembad De Tuinkamp",
    "s Intern registratienummer: ONG-2025-0917 | Categorie: ernstig letsel (ambulance) | Registratie in "
    "ongevallenregister conform Besluit activiteiten leefomgeving",
    ("t", [["Gegevens slachtoffer", ""],
           ["Naam", "Noa Sophie Lammers"],
           ["Geboortedatum", "14-03-2016 (9 jaar)"],
           ["Adres", "Bornsestraat 88, 7556 BJ Hengelo"],
           ["Ouder/verzorger", "E.M. Lammers-Wiegman, tel. 06-4429 8163"],
           ["Zwemles", "diploma B, groep za 09:00 (instructeur: L. Brinkman)"]],
     [45, 120], {"head": False}),
    ("t", [["Ongeval", ""],
           ["Datum/tijd", "zaterdag 6 september 2025, ca. 09:40 uur"],
           ["Locatie", "instructiebad, noordrand beweegbare bodem (diepte-instelling 1,20 m)"],
           ["Toedracht", "Slachtoffer sprong vanaf de kant in het water en raakte bij het opduiken met het hoofd "
                         "de rand van de beweegbare bodem, die ca. 4 cm boven de badrand van het diepe deel uitsteekt."],
           ["Letsel", "Hoofdwond boven linkeroog (ca. 3 cm), kort bewusteloos, misselijk. Vermoedelijk "
                      "hersenschudding. Kind gebruikt medicatie voor epilepsie (volgens moeder); geen aanval waargenomen."],
           ["Eerste hulp", "EHBO door T. ter Haar (toezicht) en L. Brinkman; 112 gebeld 09:43; ambulance 09:52, "
                          "vervoer naar ZGT Hengelo, SEH."]],
     [45, 120], {"head": False}),
    ("t", [["Getuigen", "Functie", "Telefoon"],
           ["Tim ter Haar", "toezichthouder", "06-1187 3390"],
           ["Lotte Brinkman", "zweminstructeur", "06-2718 0452"],
           ["mw. F. El Idrissi", "kassa/receptie", "via zwembad"],
           ["dhr. R. Ten Hove", "ouder (tribune)", "06-5390 7716"]],
     [60, 55, 50]),
    "## Maatregelen",
    "p Beweegbare bodem direct buiten gebruik gesteld. Melding aan projectleider renovatie (R. van 't Hul) en "
    "juridisch adviseur. Heijmans inspecteert de rand op 8 september. Navraag 9 september: Noa is dezelfde dag "
    "ontslagen uit het ziekenhuis, drie hechtingen, rust voorgeschreven; geen blijvend letsel verwacht.",
    ("sp", 2),
    "l Opgesteld: K. Yıldız, bedrijfsleider, 6 september 2025\nGezien: E. de Jong-Beltman, teamleider zwembad",
], [
    R("PERSON", "Noa Sophie Lammers", "Noa Sophie Lammers", "Noa", "Lammers"),
    R("DOB", "14-03-2016", "14-03-2016"),
    R("ADDRESS", "Bornsestraat 88, 7556 BJ Hengelo", "Bornsestraat 88", "7556 BJ"),
    R("PERSON", "Ellen Lammers-Wiegman", "Lammers-Wiegman", "E.M."), R("PHONE", "06-4429 8163"),
    R("PERSON", "Lotte Brinkman", "Brinkman"), R("PERSON", "Tim ter Haar", "ter Haar", "Tim"),
    R("PHONE", "06-1187 3390"), R("PHONE", "06-2718 0452"),
    R("PERSON", "Fatima El Idrissi", "El Idrissi"), R("PERSON", "R. Ten Hove", "Ten Hove"), R("PHONE", "06-5390 7716"),
    R("HEALTH", "injuries and medical data of the child", "Hoofdwond boven linkeroog", "bewusteloos",
      "hersenschudding", "epilepsie", "drie hechtingen"),
    R("PERSON", "Reinier van 't Hul", "van 't Hul"), R("PERSON", "Kerem Yıldız", "Yıldız"),
    R("PERSON", "Eefje de Jong-Beltman", "de Jong-Beltman"),
], [
    K("FACILITY", "Zwembad De Tuinkamp", "De Tuinkamp"), K("REF", "ONG-2025-0917"),
    K("LAW", "Besluit activiteiten leefomgeving"), K("ORG", "ZGT Hengelo"), K("ORG", "Heijmans"),
    K("TEXT", "beweegbare bodem", "beweegbare bodem"), K("PHONE_GEN", "112"), K("TITLE", "bedrijfsleider"),
    K("TITLE", "toezichthouder"), K("TITLE", "zweminstructeur"), K("DATE", "6 september 2025"),
    K("TEXT", "instructiebad", "instructiebad"),
], font="LiberationSans", size=9.5, creator="Zwembad Beheer Systeem (ZBS) 4.2", producer="iText 5.5.13"))


# ------------------------------------------------------------------ hg08 accident notification form (AcroForm)
def form_fields(c, d):
    f = c.acroForm
    fields = [("naam_kind", "Noa Sophie Lammers", 700, "Naam slachtoffer"),
              ("geboortedatum", "14-03-2016", 675, "Geboortedatum"),
              ("naam_ouder", "Ellen Lammers-Wiegman", 650, "Naam ouder/verzorger"),
              ("telefoon_ouder", "06-4429 8163", 625, "Telefoon ouder/verzorger"),
              ("email_ouder", "ellen.lammers76@hotmail.com", 600, "E-mail ouder/verzorger"),
              ("letsel", "hoofdwond, hersenschudding", 575, "Aard van het letsel"),
              ("ingevuld_door", "K. Yildiz (bedrijfsleider)", 550, "Ingevuld door")]
    c.setFont("Helvetica", 10)
    for name, val, y, label in fields:
        c.drawString(62, y + 5, label)
        f.textfield(name=name, tooltip=name, value=val, x=220, y=y, width=300, height=18, borderWidth=0.6,
                    fontName="Helvetica", fontSize=9, borderColor=colors.grey, fillColor=colors.white)


DOCS.append(Doc("hg08_formulier_melding_ongeval", [
    "# Formulier melding ongeval of incident",
    "s Zwembad De Tuinkamp - Sport en Bewegen - in te vullen door de dienstdoende bedrijfsleider; na invullen "
    "opslaan in het zaakdossier Z-2025-11872 en doorsturen aan veiligheid@hengelo.nl",
    ("sp", 72),
    "p Toelichting: dit formulier is bestemd voor de registratie van ongevallen met letsel, de melding aan de "
    "verzekeraar en - bij ernstig letsel - de afweging of melding aan de NVWA of de Inspectie SZW (Nederlandse "
    "Arbeidsinspectie) nodig is. De gegevens worden bewaard volgens de Archiefwet 1995 en de selectielijst voor "
    "gemeenten en intergemeentelijke organen.",
    "p Datum ongeval: 6 september 2025. Locatie: instructiebad. Ambulance ingezet: ja.",
], [
    R("PERSON", "Noa Sophie Lammers", "Noa Sophie Lammers", "Lammers", ch="annotations"),
    R("DOB", "14-03-2016", "14-03-2016", ch="annotations"),
    R("PERSON", "Ellen Lammers-Wiegman", "Lammers-Wiegman", ch="annotations"),
    R("PHONE", "06-4429 8163", ch="annotations"),
    R("EMAIL", "ellen.lammers76@hotmail.com", ch="annotations"),
    R("HEALTH", "injury", "hoofdwond", "hersenschudding", ch="annotations"),
    R("PERSON", "Kerem Yildiz", "Yildiz", ch="annotations"),
], [
    K("FACILITY", "Zwembad De Tuinkamp"), K("REF", "Z-2025-11872"), K("EMAIL_FUNC", "veiligheid@hengelo.nl"),
    K("ORG", "NVWA"), K("ORG", "Nederlandse Arbeidsinspectie"), K("LAW", "Archiefwet 1995"),
    K("DATE", "6 september 2025"), K("TEXT", "Naam slachtoffer"), K("TEXT", "Geboortedatum"),
], font="Helvetica", size=10, onfirst=form_fields, creator="Adobe Acrobat Pro 2020",
    producer="Adobe PDF Library 20.12"))

# ------------------------------------------------------------------ hg09 lifeguard roster (landscape table)
staff = [
    ("Lotte Brinkman", "P-204117", "06-2718 0452", "zweminstructeur, BHV"),
    ("Daan Oosterveld", "P-204233", "06-1432 9087", "toezichthouder"),
    ("Fatima El Idrissi", "P-203980", "06-8120 4476", "kassa/receptie, toezicht reserve"),
    ("Sem van der Veen", "P-205012", "06-3347 1190", "toezichthouder, EHBO"),
    ("Iris Smit-Roelofs", "P-201744", "06-5508 2361", "zweminstructeur"),
    ("Tim ter Haar", "P-204551", "06-1187 3390", "toezichthouder, BHV"),
    ("Yara Bekkering", "P-205230", "06-2964 7718", "toezichthouder (stagiair ROC van Twente)"),
    ("Jesse Kuipers", "P-202896", "06-4071 5523", "technisch medewerker"),
    ("N. (Niels) Wolters", "P-203305", "06-3819 6604", "zweminstructeur, oproepkracht"),
    ("A.M. Hesselink", "P-200918", "06-5162 0347", "coördinator toezicht"),
]
days = ["ma 1/9", "di 2/9", "wo 3/9", "do 4/9", "vr 5/9", "za 6/9"]
import itertools
rows = [["Naam", "Pers.nr.", "Mobiel", "Functie"] + days]
pat = ["V", "A", "-", "V", "A", "V", "-", "A", "V", "A"]
for i, (n, p, t, f) in enumerate(staff):
    rows.append([n, p, t, f] + [pat[(i + j) % len(pat)] for j in range(6)])
DOCS.append(Doc("hg09_rooster_toezicht_zwembad_sept2025", [
    "# Dienstrooster toezicht en zwemonderwijs - Zwembad De Tuinkamp - week 36 (1-6 september 2025)",
    "s V = vroege dienst 06:45-14:00, A = avonddienst 14:00-22:00, - = vrij. Minimaal twee gediplomeerde "
    "toezichthouders per geopend bassin (richtlijn NRZ / Besluit activiteiten leefomgeving, art. 15.38).",
    ("t", rows, [40, 20, 25, 62] + [17] * 6),
    "p Bij ziekte: melden bij de coördinator toezicht vóór 06:00 (vroege dienst) of 12:00 (avonddienst). "
    "Ruilen alleen na akkoord van de bedrijfsleider K. Yıldız. Algemeen nummer zwembad: 074 245 8900. "
    "Bereikbaarheidsdienst technische storingen (Heijmans, tijdens renovatie fase 1): 088 443 5000.",
    "p Let op: vanaf maandag 8 september is het instructiebad gesloten voor onderzoek van de beweegbare bodem; "
    "zwemles groep za 09:00 wordt ondergebracht in het recreatiebad (afstemming Lotte / Iris).",
    "s Opgesteld door A.M. Hesselink, 25 augustus 2025 - versie 3",
], [R("PERSON", n, *(([n.split()[-1]] if "Wolters" not in n else ["Wolters", "Niels"])
                      if "ter Haar" not in n and "van der Veen" not in n and "El Idrissi" not in n
                      else [n.split(" ", 1)[1]]), ) for n, *_ in staff]
  + [R("PERSONNEL_NR", p, p) for _, p, _, _ in staff]
  + [R("PHONE", t, t) for _, _, t, _ in staff]
  + [R("PERSON", "Kerem Yıldız", "Yıldız"), R("PERSON", "Lotte Brinkman", "Lotte"),
     R("PERSON", "Iris Smit-Roelofs", "Iris"), R("PERSON", "A.M. Hesselink", "A.M.")],
[
    K("FACILITY", "Zwembad De Tuinkamp"), K("ORG", "NRZ"), K("LAW", "Besluit activiteiten leefomgeving"),
    K("LAW", "art. 15.38"), K("ORG", "ROC van Twente"), K("PHONE_GEN", "074 245 8900"), K("ORG", "Heijmans"),
    K("PHONE_GEN", "088 443 5000"), K("TITLE", "toezichthouder", "toezichthouder"), K("TITLE", "zweminstructeur"),
    K("TITLE", "coördinator toezicht"), K("TITLE", "technisch medewerker"), K("DATE", "8 september"),
    K("TEXT", "week 36"),
], font="DejaVuSans", size=9, pagesize=landscape(A4), margins=(15, 15, 15, 15), creator="Microsoft Excel",
    producer="Microsoft: Print To PDF"))

# ------------------------------------------------------------------ hg10 tender evaluation (2 pages)
DOCS.append(Doc("hg10_beoordelingsrapport_aanbesteding_renovatie", [
    "# Beoordelingsrapport Europese aanbesteding HGL-2025-017 'Renovatie zwembad De Tuinkamp'",
    "l Procedure: openbare procedure (Aanbestedingswet 2012), publicatie TenderNed 2025-418822\n"
    "Gunningscriterium: beste prijs-kwaliteitverhouding (BPKV), prijs 40% / kwaliteit 60%\n"
    "Datum beoordeling: 24 april 2025 (consensusbijeenkomst), Stadhuis Hengelo, kamer 2.14",
    "## 1. Beoordelingscommissie",
    ("t", [["Lid", "Rol", "Code"],
           ["ing. R.J. van 't Hul", "projectleider renovatie (voorzitter, niet stemgerechtigd)", "RvtH"],
           ["T. Brinkers", "inkoopadviseur (procesbegeleider)", "TB"],
           ["E. de Jong-Beltman", "teamleider zwembad, beoordelaar", "EdJ"],
           ["M.A. Scholten-Vos", "adviseur vastgoed, beoordelaar", "MSV"],
           ["drs. L. Ahmadi", "adviseur duurzaamheid, beoordelaar", "LA"],
           ["G. Tijhuis", "extern adviseur zwembadtechniek (Tijhuis Installatieadvies)", "GT"]],
     [50, 100, 20]),
    "p De beoordelaars hebben de kwaliteitsplannen eerst individueel beoordeeld; de scores zijn daarna in een "
    "consensusbijeenkomst vastgesteld. De inschrijvingen zijn geanonimiseerd beoordeeld (inschrijver A, B, C).",
    "## 2. Individuele scores kwaliteit (schaal 0-10)",
    ("t", [["Subcriterium (weging)", "Inschr.", "EdJ", "MSV", "LA", "GT", "Consensus"],
           ["K1 Planning en bereikbaarheid tijdens fase 1 (20%)", "A", "8", "7", "7", "8", "8"],
           ["", "B", "6", "6", "5", "7", "6"],
           ["", "C", "7", "7", "6", "6", "7"],
           ["K2 Duurzaamheid, BENG en warmteterugwinning (20%)", "A", "7", "8", "9", "8", "8"],
           ["", "B", "7", "6", "7", "6", "7"],
           ["", "C", "6", "6", "8", "7", "7"],
           ["K3 Veiligheid en risicobeheersing (20%)", "A", "8", "7", "8", "9", "8"],
           ["", "B", "7", "7", "6", "7", "7"],
           ["", "C", "5", "6", "6", "5", "5"]],
     [70, 14, 14, 14, 14, 14, 20]),
    "p Opmerking EdJ bij K3/C: de inschrijver gaat niet in op de beweegbare bodem van het instructiebad. "
    "GT wijst erop dat de rand van die bodem bij inschrijver A wel als risico is benoemd.",
    "---",
    "## 3. Prijs en eindscore",
    ("t", [["Inschrijver", "Onderneming", "Inschrijfsom (excl. btw)", "Score prijs", "Score kwaliteit", "Totaal"],
           ["A", "Heijmans Utiliteit B.V.", "EUR 7.845.000", "36,7", "48,0", "84,7"],
           ["B", "BAM Bouw en Techniek B.V.", "EUR 7.190.000", "40,0", "40,0", "80,0"],
           ["C", "Dura Vermeer Bouw Midden West B.V.", "EUR 7.512.500", "38,3", "38,0", "76,3"]],
     [20, 60, 35, 22, 25, 18]),
    "p Advies: gunning aan inschrijver A, Heijmans Utiliteit B.V. De contactpersoon van Heijmans voor de "
    "inschrijving was ing. K. Staal (tel. 06-2155 8034); voor BAM mevrouw F. Arends (f.arends@bam.com). Beide "
    "zijn op 2 mei 2025 via TenderNed geïnformeerd. De opschortende termijn van 20 kalenderdagen eindigde op 22 "
    "mei 2025; er is geen kort geding aangespannen.",
    "p Voor de volledigheid: het lid M.A. Scholten-Vos heeft een verklaring geen belangenverstrengeling "
    "getekend na de melding dat haar zwager bij een onderaannemer van inschrijver C werkt.",
    ("t", [["Ondertekening", "Paraaf", "Datum"],
           ["projectleider", "RvtH", "24-04-2025"], ["inkoopadviseur", "TB", "24-04-2025"],
           ["teamleider Sport en Bewegen", "AS", "28-04-2025"]],
     [70, 40, 40]),
], [
    R("PERSON", "Reinier van 't Hul", "van 't Hul", "RvtH", "R.J."), R("PERSON", "Thijs Brinkers", "Brinkers", "TB"),
    R("PERSON", "Eefje de Jong-Beltman", "de Jong-Beltman", "EdJ"),
    R("PERSON", "M.A. Scholten-Vos", "Scholten-Vos", "MSV"), R("PERSON", "L. Ahmadi", "Ahmadi", "LA"),
    R("PERSON", "G. Tijhuis", "G. Tijhuis", "GT"), R("PERSON", "Koen Staal", "K. Staal"), R("PHONE", "06-2155 8034"),
    R("PERSON", "F. Arends", "Arends"), R("EMAIL", "f.arends@bam.com"), R("PERSON", "Annelies Snijders", "AS"),
], [
    K("REF", "HGL-2025-017"), K("FACILITY", "zwembad De Tuinkamp", "De Tuinkamp"), K("LAW", "Aanbestedingswet 2012"),
    K("ORG", "TenderNed"), K("REF", "2025-418822"), K("ORG", "Heijmans Utiliteit B.V."), K("ORG", "BAM Bouw en Techniek B.V."),
    K("ORG", "Dura Vermeer Bouw Midden West B.V."), K("AMOUNT", "EUR 7.845.000"), K("AMOUNT", "EUR 7.190.000"),
    K("AMOUNT", "EUR 7.512.500"), K("TERM", "BPKV"), K("TERM", "BENG"), K("FACILITY", "Stadhuis Hengelo"),
    K("TITLE", "projectleider", "projectleider"), K("TITLE", "inkoopadviseur", "inkoopadviseur"),
    K("DATE", "24 april 2025"), K("SCORE", "84,7"),
], font="LiberationSerif", size=9.5, title="Beoordelingsrapport HGL-2025-017", creator="Microsoft Word",
    producer="Microsoft Word for Microsoft 365", footer="Vertrouwelijk tot gunning - HGL-2025-017 - versie 1.0"))

# ------------------------------------------------------------------ hg11 invoice sole trader (swimming coach)
IBAN11 = make_iban("RABO", "3184726650")
DOCS.append(Doc("hg11_factuur_zzp_zweminstructeur", [
    "r <b>Zwemcoaching Spetterfit</b>\nMarieke Hofstede\nBeckumerstraat 141\n7554 RB Hengelo\n"
    "06 4012 7789 | marieke@spetterfit.nl\nKvK 81937720 | btw-id NL004412873B02",
    ("sp", 6),
    "l Gemeente Hengelo\nt.a.v. crediteurenadministratie\nPostbus 18\n7550 AA Hengelo",
    ("sp", 6),
    "# FACTUUR 2025-037",
    ("t", [["Factuurdatum", "Vervaldatum", "Uw referentie", "Inkoopordernr."],
           ["30 september 2025", "30 oktober 2025", "Zwembad De Tuinkamp, E. de Jong", "IO-2025-06631"]],
     [40, 40, 55, 35]),
    ("t", [["Omschrijving", "Aantal", "Tarief", "Bedrag"],
           ["Vervanging zwemonderwijs diploma A/B, instructiebad/recreatiebad, sept. 2025 (i.v.m. uitval vaste instructeur)", "22 uur", "EUR 42,50", "EUR 935,00"],
           ["Extra begeleiding groep za 09:00 na incident 6 september (gesprek ouders)", "2 uur", "EUR 42,50", "EUR 85,00"],
           ["Reiskosten", "180 km", "EUR 0,23", "EUR 41,40"],
           ["", "", "Subtotaal", "EUR 1.061,40"],
           ["", "", "Btw vrijgesteld (art. 11 lid 1 sub o Wet OB)", "EUR 0,00"],
           ["", "", "Totaal", "EUR 1.061,40"]],
     [95, 20, 30, 25]),
    f"p Graag binnen 30 dagen overmaken op {IBAN11} t.n.v. M. Hofstede, onder vermelding van factuurnummer 2025-037. "
    "Ik ben aangesloten bij het Nationaal Platform Zwembaden (NPZ|NRZ) als licentiehouder zwemonderwijs.",
    "s Op alle diensten zijn de algemene voorwaarden van Zwemcoaching Spetterfit van toepassing. Akkoord voor "
    "betaling (budgethouder): E. de Jong-Beltman, 2 oktober 2025, kostenplaats 6530 Zwembaden.",
], [
    R("PERSON", "Marieke Hofstede", "Hofstede", "Marieke"),
    R("ADDRESS", "Beckumerstraat 141, 7554 RB Hengelo", "Beckumerstraat 141", "7554 RB"),
    R("PHONE", "06 4012 7789"), R("EMAIL", "marieke@spetterfit.nl"), R("IBAN", IBAN11),
    R("PERSON", "Eefje de Jong-Beltman", "E. de Jong", "de Jong-Beltman"),
], [
    K("COMPANY", "Zwemcoaching Spetterfit"), K("REF", "2025-037"), K("REF", "IO-2025-06631"),
    K("FACILITY", "Zwembad De Tuinkamp"), K("AMOUNT", "EUR 1.061,40"), K("AMOUNT", "EUR 935,00"),
    K("LAW", "Wet OB"), K("ORG", "Nationaal Platform Zwembaden"), K("ORG", "Gemeente Hengelo"),
    K("REF", "kostenplaats 6530"), K("DATE", "30 september 2025"), K("TEXT", "FACTUUR"),
], font="Carlito", size=10, creator="Moneybird", producer="wkhtmltopdf 0.12.6", author="Marieke Hofstede"))

# ------------------------------------------------------------------ hg12 invoice sole trader (field maintenance)
IBAN12 = make_iban("INGB", "6627140")
DOCS.append(Doc("hg12_factuur_terreinonderhoud_sportpark", [
    "l <b>Twentse Terreinservice</b>\nG.H. van Beek\nHaaksbergerstraat 455\n7545 GT Enschede\n"
    "mob. 06-5133 0982\nKvK 74410285",
    ("sp", 8),
    "l Aan: Gemeente Hengelo, Sport en Bewegen, beheer buitensport\nFactuuradres: Postbus 18, 7550 AA Hengelo",
    ("sp", 4),
    "# Factuur TTS-25-118",
    "l Datum: 15 juli 2025\nProject: herstel veld 3 (kunstgras) Sportpark Johan Cruijff na toernooi VV Jan van Arkel\n"
    "Opdracht: P. Ramdin, mail 2 juli 2025 - inkoopnummer IO-2025-05120",
    ("sp", 3),
    ("t", [["Werkzaamheden", "Uren/stuks", "Prijs", "Totaal"],
           ["Borstelen en bijvullen infill (SBR vervangen door kurk, strafschopgebieden)", "14 u", "EUR 58,00", "EUR 812,00"],
           ["Kurkgranulaat, big bags", "3", "EUR 265,00", "EUR 795,00"],
           ["Reparatie naad middenlijn, lijm en tape", "1", "EUR 340,00", "EUR 340,00"],
           ["Afvoer oude infill naar erkende verwerker (Twence)", "1", "EUR 120,00", "EUR 120,00"],
           ["", "", "Subtotaal", "EUR 2.067,00"], ["", "", "21% btw", "EUR 434,07"], ["", "", "Totaal", "EUR 2.501,07"]],
     [95, 22, 25, 25]),
    f"p Betaling binnen 14 dagen op rekening {IBAN12} ten name van G.H. van Beek h.o.d.n. Twentse Terreinservice. "
    "Vragen over deze factuur? Bel Gerrit van Beek, 06-5133 0982.",
    "p Opmerking: tijdens het toernooi van 5 en 6 juli is door een speler van JO17-1 met een bankje over het "
    "veld gereden; de schade is gemeld aan de vereniging (dhr. R. Assink). Verhaal van de kosten loopt via de "
    "gemeente.",
], [
    R("PERSON", "Gerrit van Beek", "van Beek", "Gerrit", "G.H."),
    R("ADDRESS", "Haaksbergerstraat 455, 7545 GT Enschede", "Haaksbergerstraat 455", "7545 GT"),
    R("PHONE", "06-5133 0982"), R("IBAN", IBAN12), R("PERSON", "Priya Ramdin", "Ramdin"),
    R("PERSON", "Rob Assink", "Assink"),
], [
    K("REF", "TTS-25-118"), K("FACILITY", "Sportpark Johan Cruijff"), K("ORG", "VV Jan van Arkel"),
    K("REF", "IO-2025-05120"), K("ORG", "Twence"), K("AMOUNT", "EUR 2.501,07"), K("AMOUNT", "EUR 812,00"),
    K("ORG", "Gemeente Hengelo"), K("TEXT", "kunstgras"), K("TEXT", "JO17-1"), K("DATE", "15 juli 2025"),
    K("TEXT", "Kurkgranulaat"),
], font="Courier", size=9.5, creator="Excel 2016", producer="Nitro Pro 13"))
