"""Set WS, documents ws13-ws33."""
from lib import Doc, R, K

ORG = K("ORG?", "Waterschap Zuiderveld", "Belastingsamenwerking Zuiderveld-Oost", "BSZO")
DOCS = []

# ws13 hearing report (docx, 2 pages) ------------------------------------------------------------
DOCS.append(Doc("ws13-verslag-hoorzitting", "Verslag hoorzitting bezwaren kwijtschelding 20 mei 2025", [
    ("h", "Verslag hoorzitting adviescommissie bezwaarschriften BSZO"),
    ("p", "Datum: dinsdag 20 mei 2025, 13.30-16.15 uur\nLocatie: vergaderzaal De IJssel, Hanzeweg 40, Deventer\nZaken: KW-2025-11873, KW-2025-13015"),
    ("t", [["Aanwezig", "Rol"],
           ["mr. E.C. Hofstede-van Dam", "voorzitter (extern lid)"],
           ["drs. W. Oude Luttikhuis", "lid (extern)"],
           ["F.J. Dijkhuis", "secretaris (BSZO, Juridische Zaken)"],
           ["I. Brinkhuis", "namens de invorderingsambtenaar"],
           ["Tolk: E. Aydın", "tolk Turks (niet ingezet)"]]),
    ("h2", "1. Zaak KW-2025-11873 (mevrouw Wolters-Bakker)"),
    ("p", "Mevrouw Wolters-Bakker is verschenen, bijgestaan door haar echtgenoot, de heer R. Wolters. Zij licht toe dat "
          "haar zoon Milan (13) vanwege een chronische darmziekte (ziekte van Crohn) wekelijks een behandeling krijgt in "
          "het Isala-ziekenhuis in Zwolle en dat het openbaar vervoer vanuit Raalte op die tijden niet rijdt. De "
          "auto is volgens haar daarom onmisbaar. Het spaargeld dient voor de eigen bijdrage Wmo."),
    ("p", "Mevrouw Brinkhuis stelt namens de invorderingsambtenaar dat de noodzaak van de auto bij de aanvraag niet "
          "is onderbouwd. Na de zitting zal de medische verklaring alsnog worden beoordeeld. De voorzitter wijst op "
          "artikel 12, lid 2, onderdeel a, van de Uitvoeringsregeling Invorderingswet 1990."),
    ("h2", "2. Zaak KW-2025-13015 (de heer Van 't Hul)"),
    ("p", "De heer Van 't Hul (80) is verschenen met zijn buurman, de heer Gert Nijland, die het woord voert. De "
          "uitvaartverzekering van DELA mag volgens hem niet meetellen. De secretaris deelt mee dat de "
          "invorderingsambtenaar dit punt inmiddels heeft erkend. Over de betalingscapaciteit wordt geen nieuwe "
          "informatie gegeven. Mevrouw Hofstede-van Dam sluit dit deel om 15.40 uur."),
    ("pb",),
    ("h2", "3. Advies (concept, ter vaststelling)"),
    ("p", "KW-2025-11873: de commissie adviseert het bezwaar gegrond te verklaren, indien de medische verklaring de "
          "noodzaak van de auto bevestigt; kwijtschelding voor 100%. KW-2025-13015: bezwaar ongegrond voor zover het "
          "de betalingscapaciteit betreft; de commissie adviseert een betalingsregeling in twaalf termijnen."),
    ("h2", "4. Afspraken"),
    ("t", [["Nr.", "Actie", "Wie", "Wanneer"],
           ["1", "Medische verklaring Milan opvragen via mevrouw Wolters-Bakker", "IB", "27 mei 2025"],
           ["2", "Conceptadvies naar commissieleden", "FJD", "3 juni 2025"],
           ["3", "Terugkoppeling aan Waterschap Zuiderveld (rapportage AB)", "FJD", "juni 2025"]]),
    ("p", "Vastgesteld door de voorzitter op 3 juni 2025.\nSecretaris: F.J. Dijkhuis, f.dijkhuis@bszo.nl, 088 233 45 61"),
], [
    R("PERSON", "E.C. Hofstede-van Dam", "Hofstede-van Dam"),
    R("PERSON", "W. Oude Luttikhuis", "Oude Luttikhuis"),
    R("PERSON", "F.J. Dijkhuis", "Dijkhuis"),
    R("PERSON", "Ilse Brinkhuis", "Brinkhuis"),
    R("PERSON", "E. Aydın", "Aydın"),
    R("PERSON", "Saskia Wolters-Bakker", "Wolters-Bakker"),
    R("PERSON", "R. Wolters", "R. Wolters"),
    R("PERSON", "Milan Wolters", "Milan"),
    R("HEALTH", "ziekte van Crohn", "ziekte van Crohn", "chronische darmziekte"),
    R("PERSON", "J.W. van 't Hul", "Van 't Hul"),
    R("PERSON", "Gert Nijland", "Gert Nijland"),
    R("PARAPH", "IB", "IB"), R("PARAPH", "FJD", "FJD"),
    R("EMAIL", "f.dijkhuis@bszo.nl"), R("PHONE", "088 233 45 61"),
], [ORG, K("REF", "KW-2025-11873", "KW-2025-13015"), K("ADDRESS_PUBLIC", "Hanzeweg 40"), K("PLACE", "Zwolle", "Raalte"),
    K("ORG", "Isala-ziekenhuis", "DELA"), K("LAW", "Uitvoeringsregeling Invorderingswet 1990", "Wmo"),
    K("FUNCTION", "voorzitter (extern lid)", "secretaris", "invorderingsambtenaar"), K("TERM", "betalingsregeling",
    "adviescommissie bezwaarschriften", "De IJssel")],
    kind="docx", producer="lo", author="F.J. Dijkhuis"))

# ws14 Teams chat ---------------------------------------------------------------------------------
DOCS.append(Doc("ws14-teams-chat", "Teams-chat team Kwijtschelding mei 2025", [
    ("h", "Microsoft Teams - chat 'Kwijtschelding bezwaren' (export)"),
    ("p", "Deelnemers: Ilse Brinkhuis, Noor el Idrissi, Frank Dijkhuis, Marco Scholten-Lansink"),
    ("t", [["Tijd", "Afzender", "Bericht"],
           ["20-05 09:02", "Noor el Idrissi", "Ilse, heb jij de stukken van Wolters voor de zitting van vanmiddag?"],
           ["20-05 09:04", "Ilse Brinkhuis", "ja, ligt in de map. Die medische verklaring van het zoontje hebben we nog steeds niet"],
           ["20-05 09:05", "Frank Dijkhuis", "Els (voorzitter) wil om 13.15 even voorbespreken, kamer 2.14"],
           ["20-05 09:07", "Noor el Idrissi", "Top. Bij 't Hul komt de buurman mee, die heeft gisteren drie keer gebeld 🙃"],
           ["20-05 09:08", "Marco Scholten-Lansink", "Noortje, DELA-polis laten vallen, dat is beleid sinds de Leidraad-wijziging"],
           ["20-05 09:10", "Ilse Brinkhuis", "@Marco ok. En Yılmaz is rond, Priscilla heeft de bankverklaring gestuurd"],
           ["20-05 16:22", "Frank Dijkhuis", "Zitting klaar. Advies Wolters: gegrond onder voorwaarde. Verslag volgt"],
           ["20-05 16:25", "Marco Scholten-Lansink", "thx Frankie. Graag ook even Jorien (WZV) informeren ivm de AB-vragen"]], [22, 38, 105]),
    ("p", "Geëxporteerd op 12-02-2026 voor Woo-verzoek WZV-WOO-2026-003 door functioneel beheer BSZO."),
], [
    R("PERSON", "Ilse Brinkhuis", "Ilse Brinkhuis", "Ilse"),
    R("PERSON", "Noor el Idrissi", "Noor el Idrissi", "Noortje"),
    R("PERSON", "Frank Dijkhuis", "Frank Dijkhuis", "Frankie"),
    R("PERSON", "Marco Scholten-Lansink", "Marco Scholten-Lansink", "Marco"),
    R("PERSON", "Saskia Wolters-Bakker", "Wolters"),
    R("PERSON", "E.C. Hofstede-van Dam", "Els"),
    R("PERSON", "J.W. van 't Hul", "'t Hul"),
    R("PERSON", "Mehmet Yılmaz", "Yılmaz"),
    R("PERSON", "Priscilla Doornbos", "Priscilla"),
    R("PERSON", "Jorien Kamphuis", "Jorien"),
], [K("PRODUCT", "Microsoft Teams"), K("ORG", "DELA", "BSZO", "WZV"), K("REF", "WZV-WOO-2026-003"),
    K("TERM", "medische verklaring", "bankverklaring", "functioneel beheer", "AB-vragen", "Leidraad-wijziging"),
    K("ROOM", "kamer 2.14")],
    font="DejaVuSansCond", producer="rl"))
