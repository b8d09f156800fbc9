"""Content of set mixed162. All persons are invented. PII: (kind, value, probe); KEEP: (kind, value)."""

P = []


def person(value, *probes, kind="PERSON"):
    for p in probes or (value,):
        P.append((kind, value, p))


person("Sjoerd van der Wal", "Sjoerd van der Wal", "S. van der Wal", "Van der Wal", "van der Wal", "Sjoerd", "SvdW")
person("Sjoerd van der Wal e-mail", "sjoerd.vanderwal@havenharlingen.nl", kind="EMAIL")
person("Sjoerd van der Wal mobiel", "06-41827365", "+31 6 41827365", kind="PHONE")
person("Anneke de Boer-Rijpma", "Anneke de Boer-Rijpma", "A. de Boer-Rijpma", "De Boer-Rijpma", "de Boer-Rijpma", "Anneke", "AdBR")
person("Anneke de Boer-Rijpma e-mail", "a.deboer-rijpma@harlingen.nl", kind="EMAIL")
person("Anneke de Boer-Rijpma tel", "0517 - 49 23 18", "0517-492318", kind="PHONE")
person("Thijs ter Horst", "Thijs ter Horst", "T. ter Horst", "Ter Horst", "ter Horst", "Thijs", "TtH")
person("Thijs ter Horst mobiel", "06 2938 4711", kind="PHONE")
person("Thijs ter Horst e-mail", "t.terhorst@loodswezen.nl", kind="EMAIL")
person("Jurģis Ozoliņš", "Jurģis Ozoliņš", "J. Ozoliņš", "Ozoliņš", "OZOLIŅŠ", "Jurģis")
person("Jurģis Ozoliņš (ASCII)", "Jurgis Ozolins", "Ozolins")
person("Mikołaj Wróbel (ASCII)", "Mikolaj Wrobel", "Wrobel")
person("Rolando Dela Cruz", "Rolando Dela Cruz", "Dela Cruz", "DELA CRUZ", "Rolando")
person("Mikołaj Wróbel", "Mikołaj Wróbel", "M. Wróbel", "Wróbel", "WRÓBEL", "Mikołaj")
person("Mikołaj Wróbel geboortedatum", "12-03-1991", "12 maart 1991", kind="DATE_OF_BIRTH")
person("Mikołaj Wróbel gezondheid", "dampvergiftiging", "zuurstoftherapie", kind="HEALTH")
person("Femke 't Hart", "Femke 't Hart", "F. 't Hart", "'t Hart", "Femke", "FtH")
person("Femke 't Hart e-mail", "femke.thart@ilent.nl", kind="EMAIL")
person("Femke 't Hart tel", "088 489 12 77", kind="PHONE")
person("Bas Koopmans", "Bas Koopmans", "B.J. Koopmans", "Koopmans", "Bas")
person("Bas Koopmans e-mail", "bas.koopmans@rws.nl", kind="EMAIL")
person("Bas Koopmans mobiel", "+31 (0)6 5120 3344", "06-51203344", kind="PHONE")
person("Rients Oosterbaan", "Rients Oosterbaan", "R. Oosterbaan", "Oosterbaan", "OOSTERBAAN", "Rients")
person("Oosterbaan IBAN", "NL42 RABO 0312 4567 89", kind="IBAN")
person("Oosterbaan KvK", "71234568", kind="KVK")
person("Oosterbaan adres", "Kerkpad 7", "8861 BT", kind="ADDRESS")
person("Oosterbaan tel", "0517-415590", "06 1122 9087", kind="PHONE")
person("Oosterbaan e-mail", "rients@oosterbaan-duikwerken.nl", kind="EMAIL")
person("Marit Zijlstra", "Marit Zijlstra", "M. Zijlstra", "Zijlstra", "Marit", "Zijl", "MZ")
person("Marit Zijlstra mobiel", "06-33419285", kind="PHONE")
person("Marit Zijlstra e-mail", "marit.zijlstra@havenharlingen.nl", kind="EMAIL")
person("Gerben Kuipers", "Gerben Kuipers", "G. Kuipers", "Kuipers", "Gerben", "Gerbs")
person("Gerben Kuipers mobiel", "06-20394857", kind="PHONE")
person("Lotte Brandsma", "Lotte Brandsma", "L. Brandsma", "Brandsma", "Lotte")
person("Lotte Brandsma e-mail", "l.brandsma@lc.nl", kind="EMAIL")
person("Lotte Brandsma tel", "058 - 284 55 10", kind="PHONE")
person("Hendrik Jan Postma", "H.J. Postma", "Hendrik Jan Postma", "Postma", "POSTMA")
person("Postma adres", "Oosterstraat 19", "8861 XK", kind="ADDRESS")
person("Postma BSN", "111222333", kind="BSN")
person("Postma tel", "0031 517 418 302", kind="PHONE")
person("Postma e-mail", "hj.postma1958@ziggo.nl", kind="EMAIL")
person("Jan-Willem Meijering", "J.W. Meijering", "Jan-Willem Meijering", "Meijering", "JWM")
person("Jan-Willem Meijering e-mail", "jw.meijering@ilent.nl", kind="EMAIL")
person("Erik-Jan Smits", "Erik-Jan Smits", "E.J. Smits", "EJ Smits", "Smits", "Erik-Jan", "EJS")
person("Yvonne Tjalsma", "Yvonne Tjalsma", "Y. Tjalsma", "Tjalsma", "Yvonne", "YT")
person("Yvonne Tjalsma e-mail", "y.tjalsma@harlingen.nl", kind="EMAIL")
person("Yvonne Tjalsma mobiel", "06-48120933", kind="PHONE")
person("Hanneke Ruiter", "Hanneke Ruiter", "H. Ruiter", "Ruiter", "Hanneke")
person("Hanneke Ruiter e-mail", "hanneke.ruiter@ilent.nl", kind="EMAIL")
person("Koen Verbeek", "Koen Verbeek", "K. Verbeek", "Verbeek", "Koen")
person("Koen Verbeek tel", "0800-8002 toestel 4417", "toestel 4417", kind="PHONE")
person("Pieter Wiersma", "Pieter Wiersma", "P.G. Wiersma", "Wiersma", "PGW")
person("Pieter Wiersma e-mail", "p.wiersma@havenharlingen.nl", kind="EMAIL")
person("Jelmer Dijkstra", "Jelmer Dijkstra", "Dijkstra")
person("Tineke Bos-Hettema", "Tineke Bos-Hettema", "Bos-Hettema")
person("Willemijn Frieswijk", "Willemijn Frieswijk", "Frieswijk", "W. Frieswijk")
person("Douwe Hiemstra", "Douwe Hiemstra", "D. Hiemstra", "Hiemstra", "Douwe")
person("Douwe Hiemstra mobiel", "06 5533 1870", kind="PHONE")
person("Sanne Eisma", "Sanne Eisma", "S. Eisma", "Eisma", "Sanne", "SE")
person("Sanne Eisma e-mail", "sanne.eisma@harlingen.nl", kind="EMAIL")
person("Özlem Çelik", "Özlem Çelik", "Çelik", "Özlem", "ÇELIK")
person("Özlem Çelik e-mail", "özlem.çelik@veiligheidsregiofryslan.nl", kind="EMAIL")
person("Özlem Çelik mobiel", "06-17283940", kind="PHONE")
person("Wietse Bouma", "Wietse Bouma", "W. Bouma", "Bouma", "Wietse")
person("Wietse Bouma e-mail", "wietse@boumaschoonmaak.nl", kind="EMAIL")
person("Wietse Bouma IBAN", "NL19 INGB 0007 7340 21", kind="IBAN")
person("Wietse Bouma adres", "Sluisweg 14", "8862 AB", kind="ADDRESS")
person("Wietse Bouma mobiel", "06 4477 2019", kind="PHONE")
person("Wietse Bouma KvK", "80445219", kind="KVK")
person("Klaas Jan de Vries", "Klaas Jan de Vries", "K.J. de Vries", "de Vries", "De Vries", "Klaas Jan")
person("Rixt van Dijk", "Rixt van Dijk", "R. van Dijk", "van Dijk", "Rixt")
person("Rixt van Dijk adres", "Zuiderhaven 88-b", kind="ADDRESS")
person("Rixt van Dijk tel", "06 3030 1212", kind="PHONE")
person("Arjen Schaap", "Arjen Schaap", "A. Schaap", "Schaap", "Arjen")
person("Arjen Schaap tel", "020 - 590 44 81", kind="PHONE")
person("Arjen Schaap e-mail", "arjen.schaap@wadsalvage.nl", kind="EMAIL")
person("Niels Dekker", "Niels Dekker", "N. Dekker", "Dekker", "Niels")
person("Anouk Visser", "Anouk Visser", "Visser", "Anouk")

PII = P

KEEP = [(k, v) for k, vs in {
    "ORG": ["Havenbedrijf Harlingen", "gemeente Harlingen", "Gemeente Harlingen", "Rijkswaterstaat", "RWS",
            "Inspectie Leefomgeving en Transport", "ILT", "Loodswezen", "Kustwacht", "Kustwachtcentrum",
            "Veiligheidsregio Fryslân", "Wad Salvage B.V.", "Leeuwarder Courant", "Omrop Fryslân",
            "Wetterskip Fryslân", "Paris MoU", "Medisch Centrum Leeuwarden", "Harbour Coordination Centre",
            "havendienst", "Havendienst", "Oosterbaan Duik- en Bergingswerken", "Bouma Schoonmaak",
            "Ministerie van Infrastructuur en Waterstaat", "Tweede Kamer", "Provincie Fryslân", "college van B en W",
            "Waddenvereniging", "Baltic Tanker Management SIA", "Bureau Veritas", "Rederij Doeksen"],
    "SHIP": ["Geertruida Hoekstra", "Grietje Stienstra", "Arca", "Johan van Veen", "Willem Ruys", "Anna Bouwes",
             "Koningin Wilhelmina", "Vlieland"],
    "PLACE": ["Harlingen", "Zuiderhaven", "Nieuwe Willemshaven", "Willem Barentszkade", "Vlieland", "Terschelling",
              "Waddenzee", "Vliestroom", "Blauwe Slenk", "Leeuwarden", "Den Helder", "Riga", "Havenweg",
              "Noorderhaven", "Kimswerd", "Pingjum", "Lauwersoog"],
    "LAW": ["Wet open overheid", "Woo", "Scheepvaartverkeerswet", "Waterwet", "MARPOL", "Wet milieubeheer",
            "Havenbeveiligingswet", "Bestuursakkoord Waddengebied", "Havenverordening Harlingen 2019",
            "Richtlijn 2009/16/EG", "artikel 5.1, tweede lid, onder e", "5.1.2e", "5.1.1d", "5.1.1e"],
    "OFFICIAL": ["burgemeester Haarsma", "minister Van Rijckevorsel", "staatssecretaris Oudega", "Kamerlid El Yassini",
                 "wethouder Feenstra", "gedeputeerde Sikkema", "raadslid Terpstra", "commissaris van de Koning Bergsma"],
    "REF": ["WOO-2026-0448", "ILT-2026/118734", "PSC-NL-2026-03391", "HBH-INC-2026-017", "IMO 9412345",
            "RWS-NN-2026-5521", "Z/26/044871", "INV-2026-0311", "2026-1014-HCC", "HBH/JUR/2026-088"],
    "PHONE_GEN": ["14 0517", "0800-8002", "0517 - 49 22 22", "112", "0900-0111"],
    "MAIL_GEN": ["havendienst@havenharlingen.nl", "woo@harlingen.nl", "pers@rws.nl", "info@havenharlingen.nl",
                 "communicatie@harlingen.nl", "meldkamer@kustwacht.nl", "psc@ilent.nl", "facturen@havenharlingen.nl"],
    "TERM": ["Tier 2", "bunker spill", "oil boom", "heavy fuel oil", "HFO", "VHF kanaal 11", "port state control",
             "detention", "deficiency", "Incident Command System", "skimmer", "havenmeester", "loods", "kapitein",
             "chief engineer", "walradar", "oliescherm", "loodsbrief", "beslisnota", "Bonn Agreement"],
    "PUBLIC": ["Maritiem Museum Harlingen", "Stichting Willem Barentsz", "Simon Vestdijkprijs",
               "Hannemahuis", "Anna Bouwes-steiger"],
}.items() for v in vs]

DOCS = []


def doc(stem, lines, **kw):
    d = {"stem": stem, "lines": [l for l in lines.strip("\n").split("\n")]}
    d.update(kw)
    DOCS.append(d)


from content_docs import *  # noqa: E402,F401,F403
