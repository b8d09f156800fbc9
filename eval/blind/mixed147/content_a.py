"""Set DW documents dw01-dw17."""
from lib import Doc

P = "PERSON"; E = "EMAIL"; T = "PHONE"; A = "ADDRESS"; H = "HEALTH"; O = "ORG"; L = "LAW"; R = "REF"; PL = "PLACE"
PO = "PUBLIC_OFFICIAL"; X = "OTHER"

K_BASE = [(O, "IJsselvallei Water"), (PL, "Deventer"), (O, "GGD IJsselland")]

DOCS = []

DOCS.append(Doc("dw01_woo_verzoek", [
    "# Verzoek om informatie op grond van de Wet open overheid",
    "Aan: Ministerie van Infrastructuur en Waterstaat, t.a.v. Woo-coördinator, Postbus 20901, 2500 EX Den Haag",
    "Van: L.A. Brinkman-Otten, Koekoekstraat 19, 7415 XL Deventer",
    "E-mail: lotte.brinkman.otten@hetnet.nl | Telefoon: 06-28 47 19 03",
    "Datum: 14 februari 2026",
    "Geachte heer, mevrouw,",
    "Op grond van de Wet open overheid (Woo) verzoek ik u om openbaarmaking van alle documenten over de verontreiniging van het drinkwater met E. coli in de gemeente Deventer en Olst-Wijhe in januari 2026, waaronder het kookadvies van IJsselvallei Water, de rapportages aan de Inspectie Leefomgeving en Transport (ILT), het overleg met GGD IJsselland en de provincie Overijssel, en de notulen van het crisisteam.",
    "Ik vraag in het bijzonder om de meetresultaten van productielocatie Diepenveen en de correspondentie over het Drinkwaterbesluit, artikel 21.",
    "Mijn dochter Fleur Brinkman (geboren 3 maart 2019) is in die week ziek geworden; ik verzoek u haar gegevens niet openbaar te maken.",
    "Met vriendelijke groet,",
    "Lotte Brinkman-Otten",
], redact=[(P, "L.A. Brinkman-Otten"), (P, "Lotte Brinkman-Otten"), (A, "Koekoekstraat 19"), (A, "7415 XL"),
           (E, "lotte.brinkman.otten@hetnet.nl"), (T, "06-28 47 19 03"), (P, "Fleur Brinkman"), ("DOB", "3 maart 2019")],
    keep=[(O, "Ministerie van Infrastructuur en Waterstaat"), (X, "Postbus 20901"), (PL, "Den Haag"), (L, "Wet open overheid"),
          (PL, "Deventer"), (PL, "Olst-Wijhe"), (O, "IJsselvallei Water"), (O, "Inspectie Leefomgeving en Transport"), (O, "ILT"),
          (O, "GGD IJsselland"), (O, "provincie Overijssel"), (X, "productielocatie Diepenveen"), (L, "Drinkwaterbesluit"), (X, "E. coli"),
          (X, "14 februari 2026")],
    producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365", author="Lotte"))

DOCS.append(Doc("dw02_ontvangstbevestiging", [
    "# Ontvangstbevestiging Woo-verzoek",
    "Kenmerk: IenW/BSK-2026/41877 | Zaaknummer WOO-IENW-2026-0233",
    "Den Haag, 17 februari 2026",
    "Mevrouw L.A. Brinkman-Otten",
    "Koekoekstraat 19",
    "7415 XL Deventer",
    "Geachte mevrouw Brinkman-Otten,",
    "Op 14 februari 2026 hebben wij uw verzoek op grond van de Wet open overheid ontvangen over de E. coli-besmetting van het drinkwater in Deventer. Wij beslissen binnen vier weken; deze termijn kan met twee weken worden verdaagd (artikel 4.4 Woo).",
    "Heeft u vragen? Neem dan contact op met de behandelend jurist, mr. D. (Daan) Scheepmaker, telefoon 070 456 8312, e-mail daan.scheepmaker@minienw.nl, of met het algemene nummer 14 070 en het functionele adres woo@minienw.nl.",
    "Met vriendelijke groet,",
    "DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,",
    "namens deze,",
    "het hoofd Juridische Zaken,",
    "mr. R.J.M. Hoogeveen-Sluijter",
], redact=[(P, "L.A. Brinkman-Otten"), (P, "Brinkman-Otten", ["Brinkman-Otten"]), (A, "Koekoekstraat 19"), (A, "7415 XL"),
           (P, "D. (Daan) Scheepmaker", ["Scheepmaker", "Daan"]), (T, "070 456 8312"), (E, "daan.scheepmaker@minienw.nl"),
           (P, "R.J.M. Hoogeveen-Sluijter")],
    keep=[(R, "IenW/BSK-2026/41877"), (R, "WOO-IENW-2026-0233"), (PL, "Den Haag"), (L, "Wet open overheid"), (L, "artikel 4.4 Woo"),
          (T, "14 070"), (E, "woo@minienw.nl"), (X, "DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT"), (X, "Juridische Zaken"), (PL, "Deventer")],
    font="times", producer="Aspose.PDF for .NET 23.4", creator="DMS Corsa 8.2"))

DOCS.append(Doc("dw03_incidentmelding", [
    "# IJsselvallei Water - Incidentmelding drinkwaterkwaliteit",
    "Meldingsnummer: IJV-INC-2026-007 | Versie 1.2 | Vertrouwelijk tot vrijgave",
    "## 1. Gegevens melder",
    "Melder: Marloes ter Horst, incidentmanager | Mobiel: 06 41 27 83 90 | m.terhorst@ijsselvallei-water.nl",
    "Tweede contact: ing. P.J. Wolters-Dekker, hoofd productie, 0570-639 214",
    "Storingsdienst 24/7: 0800 0233 (algemeen nummer)",
    "## 2. Aard van het incident",
    "Op 12 januari 2026 om 06:40 uur is bij de routinemonitoring (meetpunt RW-Diepenveen-04) E. coli aangetoond: 14 kve/100 ml; ook intestinale enterococcen (3 kve/100 ml). Norm volgens het Drinkwaterbesluit: 0 kve/100 ml.",
    "Vermoedelijke oorzaak: lekkage bij de reinwaterkelder na werkzaamheden door een aannemer; ingang van oppervlaktewater na hevige neerslag.",
    "## 3. Maatregelen",
    "- Kookadvies afgegeven voor 41.300 aansluitingen in Deventer-Noord, Diepenveen en Olst (12 januari, 11:15 uur).",
    "- Chloordosering op de transportleiding (0,3 mg/l vrij chloor) en spuien van het distributienet.",
    "- Melding aan de ILT via het meldpunt drinkwater en aan GGD IJsselland (dienstdoende arts: drs. Anouk 't Hart).",
    "## 4. Afstemming",
    "Overleg met Fenna Oosterveld (gemeente Deventer) en Hüseyin Çelik (provincie Overijssel). Bemonstering door laborant Sevda Yıldırım, laboratorium Van Leeuwenhoek.",
    "Opgesteld door: M. ter Horst | Gecontroleerd: PJWD",
], redact=[(P, "Marloes ter Horst", ["Marloes ter Horst", "M. ter Horst"]), (T, "06 41 27 83 90"), (E, "m.terhorst@ijsselvallei-water.nl"),
           (P, "P.J. Wolters-Dekker"), (T, "0570-639 214"), (P, "Anouk 't Hart"), (P, "Fenna Oosterveld"), (P, "Hüseyin Çelik"),
           (P, "Sevda Yıldırım"), ("PARAPH", "PJWD")],
    keep=[(O, "IJsselvallei Water"), (R, "IJV-INC-2026-007"), (T, "0800 0233"), (X, "RW-Diepenveen-04"), (X, "E. coli"),
          (L, "Drinkwaterbesluit"), (X, "intestinale enterococcen"), (PL, "Deventer-Noord"), (PL, "Olst"), (O, "ILT"), (O, "GGD IJsselland"),
          (O, "gemeente Deventer"), (O, "provincie Overijssel"), (O, "laboratorium Van Leeuwenhoek"), (X, "incidentmanager"), (X, "hoofd productie"),
          (X, "reinwaterkelder"), (X, "Kookadvies")],
    font="dvs", producer="iText® 7.2.5 ©2000-2023 iText Group NV", creator="IJV Incidentregistratie"))

DOCS.append(Doc("dw04_labuitslagen", [
    "# Laboratorium Van Leeuwenhoek - Analyserapport microbiologie",
    "Opdrachtgever: IJsselvallei Water, Productie Oost | Rapportnummer LVL-26-00391",
    "Monsternemer: S. Yıldırım (pers.nr. 20417) | Geautoriseerd: dr. ir. C.M. van Beusekom",
    "Monster | Meetpunt | Datum | E. coli kve/100ml | Enterococcen | Coliformen",
    "26-0391-01 | RW-Diepenveen-04 | 12-01-2026 | 14 | 3 | 86",
    "26-0391-02 | Tapkraan Brinkgreverweg | 12-01-2026 | 6 | 1 | 41",
    "26-0391-03 | Tapkraan Olst Centrum | 12-01-2026 | 0 | 0 | 2",
    "26-0391-04 | RW-Diepenveen-04 | 14-01-2026 | 1 | 0 | 9",
    "26-0391-05 | RW-Diepenveen-04 | 16-01-2026 | 0 | 0 | 0",
    "26-0391-06 | Klantmonster (adres: Snipperlingsdijk 41) | 13-01-2026 | 2 | 0 | 12",
    "Methode: NEN-EN-ISO 9308-1 (membraanfiltratie), NEN-EN-ISO 7899-2. Geaccrediteerd door de Raad voor Accreditatie onder L 183.",
    "Opmerking: het klantmonster van dhr. D. Petrović is op verzoek van de GGD genomen; klant meldde maag-darmklachten in het gezin.",
    "Vragen over dit rapport: klantenservice lab, 088 - 230 6600 (algemeen).",
], redact=[(P, "S. Yıldırım", ["Yıldırım"]), ("ID", "20417"), (P, "C.M. van Beusekom"), (A, "Snipperlingsdijk 41"),
           (P, "D. Petrović"), (H, "maag-darmklachten in het gezin")],
    keep=[(O, "Laboratorium Van Leeuwenhoek"), (O, "IJsselvallei Water"), (R, "LVL-26-00391"), (X, "RW-Diepenveen-04"),
          (X, "Tapkraan Brinkgreverweg"), (L, "NEN-EN-ISO 9308-1"), (L, "NEN-EN-ISO 7899-2"),
          (O, "Raad voor Accreditatie"), (T, "088 - 230 6600"), (R, "26-0391-01"), (R, "26-0391-06"), (O, "GGD"), (X, "membraanfiltratie")],
    font="dvs", size=8.8, producer="Crystal Reports 2020 PDF Library", creator="LIMS LabWare 8"))
