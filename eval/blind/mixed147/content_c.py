"""Set DW documents dw15-dw24."""
from lib import Doc

P = "PERSON"; E = "EMAIL"; T = "PHONE"; A = "ADDRESS"; H = "HEALTH"; O = "ORG"; L = "LAW"; R = "REF"; PL = "PLACE"
PO = "PUBLIC_OFFICIAL"; X = "OTHER"
DOCS = []

DOCS.append(Doc("dw15_mail_provincie_ilt", [
    "Van: Çelik, Hüseyin <h.celik@overijssel.nl>",
    "Verzonden: woensdag 14 januari 2026 16:31",
    "Aan: Brinkhuis, Ruud <ruud.brinkhuis@ilent.nl>",
    "CC: Hofstede-secretariaat <secretariaat.gs@overijssel.nl>; Lammers, Ineke <i.lammers@overijssel.nl>",
    "Onderwerp: RE: grondwaterbescherming Diepenveen na E. coli",
    "Beste Ruud,",
    "Gedeputeerde Hofstede wil weten of het waterwingebied Diepenveen in de Omgevingsverordening Overijssel 2017 extra bescherming nodig heeft. Ineke Lammers (team Bodem en Water) stuurt je de boringsvrije zones. Kun je bevestigen dat de oorzaak bij de flens ligt en niet bij het grondwater?",
    "Groet, Hüseyin",
    "Hüseyin Çelik | adviseur water | T 038 499 76 12 | M 06-2081 3345",
    "-----Oorspronkelijk bericht-----",
    "Van: Brinkhuis, Ruud <ruud.brinkhuis@ilent.nl>",
    "Verzonden: woensdag 14 januari 2026 11:02",
    "Aan: Çelik, Hüseyin <h.celik@overijssel.nl>",
    "Onderwerp: grondwaterbescherming Diepenveen na E. coli",
    "Hüseyin, de ILT ziet tot nu toe geen aanwijzing voor verontreiniging van de bron. Ons rapport ILT-2026/112045 volgt volgende week. Mijn collega Jolien Nooitgedagt doet de bemonstering mee. Met vriendelijke groet, Ruud Brinkhuis, inspecteur drinkwater, ILT. Bereikbaar via 088 489 00 00 (algemeen).",
], redact=[(P, "Hüseyin Çelik", ["Çelik, Hüseyin", "Hüseyin Çelik", "Hüseyin"]), (E, "h.celik@overijssel.nl"),
           (P, "Ruud Brinkhuis", ["Brinkhuis, Ruud", "Ruud Brinkhuis", "Ruud"]), (E, "ruud.brinkhuis@ilent.nl"),
           (P, "Ineke Lammers", ["Lammers, Ineke", "Ineke Lammers"]), (E, "i.lammers@overijssel.nl"), (T, "038 499 76 12"), (T, "06-2081 3345"),
           (P, "Jolien Nooitgedagt")],
    keep=[(E, "secretariaat.gs@overijssel.nl"), (PO, "Gedeputeerde Hofstede"), (L, "Omgevingsverordening Overijssel 2017"),
          (R, "ILT-2026/112045"), (T, "088 489 00 00"), (X, "waterwingebied Diepenveen"), (X, "team Bodem en Water"), (X, "boringsvrije zones"),
          (X, "inspecteur drinkwater"), (X, "adviseur water")],
    font="dvs", producer="Microsoft® Outlook® for Microsoft 365", creator="Microsoft® Outlook® for Microsoft 365"))

DOCS.append(Doc("dw16_dienstrooster", [
    "# Rooster storingsdienst productie Oost, week 2-3 2026",
    "Naam | Pers.nr. | Rol | Mobiel | Dienst",
    "J. van den Akker | 10288 | ploegleider | 06-23 45 67 81 | 12-01 t/m 18-01",
    "W. Dijkhuis | 11903 | monteur | 06-1938 4410 | 12-01 t/m 18-01",
    "B. Jansen-Kuipers | 12456 | procestechnoloog | 06 47 11 20 93 | 12-01 t/m 14-01",
    "S. Yıldırım | 20417 | laborant | 06-3002 8841 | oproep",
    "T. O'Neill-de Graaf | 13870 | monteur | 06 15 48 22 09 | 15-01 t/m 18-01",
    "R. ten Cate | 10911 | reserve | 06-4418 2736 | 19-01 t/m 25-01",
    "Meldkamer IJsselvallei Water: 0800 0233 (24/7). Afwijkingen melden bij het teamleiderschap Productie Oost.",
    "Toelichting: W. Dijkhuis en B. Jansen-Kuipers ruilen 14-01 vanwege ziekte (griep) van Dijkhuis.",
], redact=[(P, "J. van den Akker"), ("ID", "10288"), (T, "06-23 45 67 81"), (P, "W. Dijkhuis", ["W. Dijkhuis", "Dijkhuis"]), ("ID", "11903"),
           (T, "06-1938 4410"), (P, "B. Jansen-Kuipers"), ("ID", "12456"), (T, "06 47 11 20 93"), (P, "S. Yıldırım"), ("ID", "20417"),
           (T, "06-3002 8841"), (P, "T. O'Neill-de Graaf"), ("ID", "13870"), (T, "06 15 48 22 09"), (P, "R. ten Cate"), ("ID", "10911"),
           (T, "06-4418 2736"), (H, "ziekte (griep)")],
    keep=[(T, "0800 0233"), (O, "IJsselvallei Water"), (X, "Productie Oost"), (X, "ploegleider"), (X, "procestechnoloog"), (X, "laborant")],
    font="dvs", size=8.5, producer="Microsoft® Excel® 2016", creator="Microsoft® Excel® 2016", author="t.oneill@ijsselvallei-water.nl",
    hidden=[(E, "t.oneill@ijsselvallei-water.nl", None, "metadata")]))

DOCS.append(Doc("dw17_ggd_advies", [
    "# GGD IJsselland - Advies aan de burgemeester over het kookadvies",
    "Zwolle, 13 januari 2026 | Kenmerk GGD-IZB-2026-0044",
    "Geachte burgemeester Vermeulen-Stroink,",
    "Naar aanleiding van de overschrijding van de norm voor E. coli adviseert GGD IJsselland het kookadvies van IJsselvallei Water te handhaven totdat twee opeenvolgende metingen met een tussenpoos van 24 uur negatief zijn. Dit sluit aan bij de LCI-richtlijn en de Handreiking kookadvies van het RIVM.",
    "Bij de GGD zijn tot en met vandaag 23 meldingen van maag-darmklachten binnengekomen. Van twee personen is een feceskweek positief op STEC; het gaat om een kind van 4 jaar uit Diepenveen (Lena Petrović) en een 81-jarige bewoner van zorgcentrum Humanitas (mevrouw G. Wessels-Aarnink), die in het Deventer Ziekenhuis is opgenomen.",
    "Wij adviseren kwetsbare groepen (zuigelingen, ouderen, mensen met verminderde weerstand) flessenwater te gebruiken. De GGD informeert huisartsen via het Zorgmail-bericht van 13 januari.",
    "Met vriendelijke groet,",
    "namens de directeur publieke gezondheid,",
    "drs. A. 't Hart, arts infectieziektebestrijding",
    "Contact via het algemene nummer 038 428 14 28 of infectieziekten@ggdijsselland.nl",
], redact=[(P, "Lena Petrović"), (P, "G. Wessels-Aarnink"), (H, "feceskweek positief op STEC"), (H, "in het Deventer Ziekenhuis is opgenomen"),
           (P, "A. 't Hart"), ("AGE", "81-jarige")],
    keep=[(O, "GGD IJsselland"), (PL, "Zwolle"), (R, "GGD-IZB-2026-0044"), (PO, "burgemeester Vermeulen-Stroink"), (O, "IJsselvallei Water"),
          (X, "LCI-richtlijn"), (X, "Handreiking kookadvies"), (O, "RIVM"), (O, "Humanitas"), (T, "038 428 14 28"), (E, "infectieziekten@ggdijsselland.nl"),
          (X, "Zorgmail"), (X, "directeur publieke gezondheid")],
    font="dvse", producer="Microsoft® Word 2016", creator="Microsoft® Word 2016"))

DOCS.append(Doc("dw18_klachtbrief_gezondheid", [
    "# Klacht over het kookadvies en schadeclaim",
    "Afzender: Dragan Petrović en Mirela Petrović-Hadžić",
    "Snipperlingsdijk 41, 7417 BJ Deventer, e-mail dragan.petrovic77@gmail.com, tel. 06 24 55 81 07",
    "Aan: IJsselvallei Water, afdeling Klachten, Postbus 340, 7400 AH Deventer",
    "Deventer, 19 januari 2026",
    "Geachte heer, mevrouw,",
    "Ons dochtertje Lena (geboren 9 augustus 2021) is op 13 januari met bloederige diarree opgenomen in het Deventer Ziekenhuis en heeft drie dagen een infuus gehad. Onze zoon Luka (7) had twee dagen koorts. Wij hebben het kookadvies pas op maandagavond via de buren gehoord; op ijsselvallei-water.nl stond om 9 uur nog niets.",
    "Wij stellen IJsselvallei Water aansprakelijk voor de schade: eigen risico zorgverzekering (385 euro), twee dagen verlof en vervangen waterfilter. Ons BSN-nummer voor de zorgverzekeraar is 207193748 (Dragan).",
    "Gelieve het bedrag over te maken op NL12 INGB 0006 7391 22 t.n.v. D. Petrović.",
    "Een kopie van deze brief stuur ik naar de Geschillencommissie Energie en Water en naar wethouder Bulut.",
    "Met vriendelijke groet,",
    "Dragan Petrović",
], redact=[(P, "Dragan Petrović", ["Dragan Petrović", "Dragan", "D. Petrović"]), (P, "Mirela Petrović-Hadžić"), (A, "Snipperlingsdijk 41"),
           (A, "7417 BJ"), (E, "dragan.petrovic77@gmail.com"), (T, "06 24 55 81 07"), (P, "Lena", ["Lena"]), ("DOB", "9 augustus 2021"),
           (H, "bloederige diarree"), (H, "infuus"), (P, "Luka"), (H, "twee dagen koorts"), ("BSN", "207193748"), ("IBAN", "NL12 INGB 0006 7391 22")],
    keep=[(O, "IJsselvallei Water"), (X, "Postbus 340"), (X, "7400 AH Deventer"), (O, "Geschillencommissie Energie en Water"),
          (PO, "wethouder Bulut"), (X, "ijsselvallei-water.nl"), (X, "Deventer Ziekenhuis"), (X, "afdeling Klachten")],
    font="dvs", producer="Microsoft® Word 2013", creator="Microsoft® Word 2013", author="Dragan",
    hidden=[]))

DOCS.append(Doc("dw19_meldingsformulier", [
    "# Meldingsformulier overschrijding drinkwaterkwaliteit (artikel 21 Drinkwaterbesluit)",
    "Door de drinkwaterbedrijf in te vullen en te zenden aan de ILT, meldpunt drinkwater (meldpunt-drinkwater@ilent.nl).",
    "Formulier ILT-DW-M01, versie 2024. Invullen digitaal; velden hieronder.",
], redact=[], keep=[(L, "Drinkwaterbesluit"), (E, "meldpunt-drinkwater@ilent.nl"), (R, "ILT-DW-M01"), (O, "ILT")],
    font="helv", producer="Adobe Acrobat Pro (64-bit) 24.1", creator="Adobe Acrobat Pro (64-bit) 24.1",
    form=[("bedrijf", "Drinkwaterbedrijf", "IJsselvallei Water"), ("melder", "Naam melder", "Marloes ter Horst"),
          ("tel", "Telefoon melder", "06 41 27 83 90"), ("mail", "E-mail melder", "m.terhorst@ijsselvallei-water.nl"),
          ("tijd", "Tijdstip melding", "12-01-2026 07:02"), ("param", "Parameter", "E. coli 14 kve/100 ml"),
          ("ontvanger", "Ontvangen door (ILT)", "Ruud Brinkhuis"), ("paraaf", "Paraaf", "RB/JNB")],
    hidden=[(P, "Marloes ter Horst", ["Marloes ter Horst"], "annotations"), (T, "06 41 27 83 90", None, "annotations"),
            (E, "m.terhorst@ijsselvallei-water.nl", None, "annotations"), (P, "Ruud Brinkhuis", ["Ruud Brinkhuis"], "annotations"),
            ("PARAPH", "RB/JNB", None, "annotations")]))

DOCS.append(Doc("dw20_aantekening_scan", [
    "# Aantekening telefoongesprek",
    "Datum: 12 januari 2026, 07:05 uur",
    "Gesprek met Marloes ter Horst (IJsselvallei Water)",
    "Zij meldt E. coli 14 kve/100 ml in reinwater Diepenveen.",
    "Terugbellen: 06 41 27 83 90",
    "~ Afgehandeld, kookadvies afgestemd met Anouk 't Hart. Groet, Ruud Brinkhuis",
], redact=[(P, "Marloes ter Horst"), (T, "06 41 27 83 90"), (P, "Anouk 't Hart", ["Anouk"]), (P, "Ruud Brinkhuis")],
    keep=[], scan=True, producer="RICOH IM C3000 PDF", creator="RICOH IM C3000"))
