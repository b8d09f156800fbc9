"""Batch registry (set FD): invented persons whose every form is redacted wherever it occurs, and
public terms whose occurrences are kept (counted per document)."""
P = {}


def p(key, kind, value, *probes):
    P[key] = (kind, value, list(probes))


# handhavers (BOA's) and team
p("wijnb", "PERSON", "Sander Wijnbergen", "Sander Wijnbergen", "Wijnbergen", "S. Wijnbergen", "WIJNBERGEN", "Sander", "SW")
p("khatib", "PERSON", "Fatima el Khatib-Bouzid", "Fatima el Khatib-Bouzid", "El Khatib-Bouzid", "el Khatib", "F. el Khatib-Bouzid", "Fatima", "FeK")
p("hek", "PERSON", "Jeroen van 't Hek", "Jeroen van 't Hek", "Van 't Hek", "van 't Hek", "J. van 't Hek", "Jeroen", "JvtH")
p("karto", "PERSON", "Dewi Kartowikromo", "Dewi Kartowikromo", "Kartowikromo", "Dewi", "D. Kartowikromo", "DK")
p("oudenij", "PERSON", "Bas Oude Nijhuis", "Bas Oude Nijhuis", "Oude Nijhuis", "B. Oude Nijhuis", "Bas", "BON")
p("terborg", "PERSON", "Mirjam ter Borg", "Mirjam ter Borg", "Ter Borg", "ter Borg", "M. ter Borg", "Mirjam", "MtB")
p("hofst", "PERSON", "Luuk Hofstede (Hofje)", "Luuk Hofstede", "Hofstede", "Luuk", "Hofje", "L.H.")
# ambtenaren
p("schuur", "PERSON", "Inge Schuurmans-Lammers", "Inge Schuurmans-Lammers", "Schuurmans-Lammers", "Schuurmans", "I. Schuurmans-Lammers", "Inge", "ISL")
p("diep", "PERSON", "Koen Diepeveen", "Koen Diepeveen", "Diepeveen", "K.J. Diepeveen", "Koen", "KD")
p("wiel", "PERSON", "Anouk van der Wiel", "Anouk van der Wiel", "Van der Wiel", "van der Wiel", "A. van der Wiel", "Anouk")
p("pasv", "PERSON", "Reinier Pasveer", "Reinier Pasveer", "Pasveer", "Reinier")
p("grol", "PERSON", "Marloes Grolleman", "Marloes Grolleman", "Grolleman", "M.A. Grolleman", "Marloes")
# Wielwerk (social enterprise) staff
p("brouw", "PERSON", "Gerda Brouwer-Zondag", "Gerda Brouwer-Zondag", "Brouwer-Zondag", "G.H. Brouwer-Zondag", "Gerda", "BROUWER-ZONDAG")
p("celik", "PERSON", "Hüseyin Çelik", "Hüseyin Çelik", "Çelik", "Hüseyin", "H. Çelik", "HC")
p("zwiers", "PERSON", "Tom Zwiers", "Tom Zwiers", "Zwiers", "Tom")
# owners and other private persons
p("spoel", "PERSON", "Maarten Spoelstra", "Maarten Spoelstra", "Spoelstra", "M.R. Spoelstra", "Maarten", "SPOELSTRA")
p("veen", "PERSON", "Jolanda Veenstra-Ruiter", "Jolanda Veenstra-Ruiter", "Veenstra-Ruiter", "Veenstra", "J. Veenstra-Ruiter", "Jolanda")
p("mulder", "PERSON", "Thijs Mulderije", "Thijs Mulderije", "Mulderije", "T. Mulderije", "Thijs", "MULDERIJE")
p("lefev", "PERSON", "Océane Lefèvre", "Océane Lefèvre", "Lefèvre", "Océane", "O. Lefèvre")
p("hoogev", "PERSON", "R. Hoogeveen", "R. Hoogeveen", "Hoogeveen", "Rutger Hoogeveen", "Rutger")
p("aith", "PERSON", "Noor Ait Haddou", "Noor Ait Haddou", "Ait Haddou", "N. Ait Haddou", "Noor")
p("oost", "PERSON", "Ties Oosterbaan", "Ties Oosterbaan", "Oosterbaan", "T.W. Oosterbaan", "Ties")
p("dokkum", "PERSON", "Arjen van Dokkum", "Arjen van Dokkum", "A. van Dokkum", "Arjen")
p("stam", "PERSON", "Erwin Stam", "Erwin Stam", "Stam", "E. Stam", "Erwin")
p("bosv", "PERSON", "K. Bosveld", "K. Bosveld", "Bosveld", "Karin Bosveld", "Karin")
p("dijkh", "PERSON", "Wendy Dijkhuis", "Wendy Dijkhuis", "Dijkhuis", "Wendy")
# contact data
for k, v in {
    "m1": "s.wijnbergen@deventer.nl", "m2": "f.elkhatib@deventer.nl", "m3": "j.vanthek@deventer.nl",
    "m4": "m.terborg@deventer.nl", "m5": "i.schuurmans@deventer.nl", "m6": "k.diepeveen@deventer.nl",
    "m7": "a.vanderwiel@deventer.nl", "m8": "gerda@wielwerk.nl", "m9": "h.celik@wielwerk.nl",
    "m10": "maarten.spoelstra@ziggo.nl", "m11": "océane.lefèvre@orange.fr", "m12": "tmulderije@gmail.com",
    "m13": "jolanda.veenstra61@hotmail.com", "m14": "ties@oosterbaanschrijft.nl", "m15": "info@rijwielherstelvandokkum.nl",
    "m16": "karin.bosveld@politie.nl", "m17": "d.kartowikromo@deventer.nl", "m18": "r.pasveer@deventer.nl",
    "m19": "m.grolleman@deventer.nl", "m20": "noor.aithaddou@kpnmail.nl", "m21": "b.oudenijhuis@deventer.nl",
}.items():
    p(k, "EMAIL", v, v)
for k, v in {
    "t1": "06-41873625", "t2": "06 2290 4471", "t3": "+31 (0)6 55 01 93 28", "t4": "0570-693 412",
    "t5": "(0570) 69 34 18", "t6": "06-18442097", "t7": "0031 6 4120 7765", "t8": "0570 - 61 22 90",
    "t9": "06-30917254", "t10": "+31 6 2748 1190", "t11": "06 51 33 72 04", "t12": "0570-693 455",
    "t13": "06-27193346", "t14": "+33 6 12 45 78 90",  "t19": "06-19873302", "t20": "06-58830147", "t16": "06-37720915", "t17": "06-37720916", "t18": "06-44017725",
}.items():
    p(k, "PHONE", v, v)
p("t15", "PHONE", "0900-8844 toestel 2231 (direct extension)", "toestel 2231")
p("iban1", "IBAN", "NL62 RABO 0312 4476 90", "NL62 RABO 0312 4476 90", "NL62RABO0312447690")
p("iban2", "IBAN", "NL27 INGB 0006 8123 45", "NL27 INGB 0006 8123 45")
p("iban3", "IBAN", "NL09 ASNB 0708 1234 56", "NL09 ASNB 0708 1234 56")
p("kvk1", "KVK", "KvK 71834512 (eenmanszaak)", "71834512")
p("bsn1", "BSN", "BSN 194857362", "194857362")
p("bsn2", "BSN", "BSN 228416795", "228416795")
p("dob1", "DATE_OF_BIRTH", "14-03-1961", "14-03-1961")
p("dob2", "DATE_OF_BIRTH", "2 augustus 1988", "2 augustus 1988")
p("dob3", "DATE_OF_BIRTH", "30-11-1974", "30-11-1974")
p("a7", "ADDRESS", "Brinkgreverweg 55A (home and workshop of a sole trader)", "Brinkgreverweg 55A")
p("a1", "ADDRESS", "Van Oldenbarneveltstraat 42, 7412 KT Deventer", "Van Oldenbarneveltstraat 42", "7412 KT")
p("a2", "ADDRESS", "Rembrandtkade 7-II, 7411 NA Deventer", "Rembrandtkade 7-II", "7411 NA")
p("a3", "ADDRESS", "Zandweerdlaan 118, 7415 BR Deventer", "Zandweerdlaan 118", "7415 BR")
p("a4", "ADDRESS", "12 rue des Tanneurs, 59000 Lille", "12 rue des Tanneurs", "59000 Lille")
p("a5", "ADDRESS", "Mr. Cornelisstraat 3, 7425 CD Deventer", "Mr. Cornelisstraat 3", "7425 CD")
p("a6", "ADDRESS", "Hoge Hondstraat 201, 7418 DJ Deventer", "Hoge Hondstraat 201", "7418 DJ")
p("pn1", "PERSONNEL_NR", "40217", "40217")
p("pn2", "PERSONNEL_NR", "40388", "40388")
p("pn3", "PERSONNEL_NR", "41102", "41102")
p("pn4", "PERSONNEL_NR", "39954", "39954")
p("pn5", "PERSONNEL_NR", "41460", "41460")
p("boa1", "ID_NUMBER", "BOA-pasnummer 2219-0447", "2219-0447")
p("boa2", "ID_NUMBER", "BOA-pasnummer 2219-0613", "2219-0613")
p("health", "HEALTH", "multiple sclerose (5.1.1d)", "multiple sclerose", "MS-patiënt")
p("health2", "HEALTH", "rugoperatie (5.1.1d)", "rugoperatie", "hernia")

K = []


def k(kind, value, *probes):
    K.append((kind, value, list(probes or [value])))


k("ORG", "gemeente Deventer", "gemeente Deventer", "Gemeente Deventer")
k("ORG", "Wielwerk B.V.", "Wielwerk B.V.", "Wielwerk")
k("ORG", "Fietsdepot Deventer", "Fietsdepot Deventer", "fietsdepot")
k("ORG", "RDW", "RDW")
k("ORG", "Politie Oost-Nederland", "Politie Oost-Nederland")
k("ORG", "ProRail", "ProRail")
k("ORG", "NS", "NS")
k("ORG", "Stichting Fietsdiefstal Nederland", "Stichting Fietsdiefstal Nederland")
k("ORG", "team Handhaving", "Handhaving")
k("ORG", "Lokaal Deventer", "Lokaal Deventer")
k("ORG", "KvK", "KvK")
k("PLACE", "Deventer", "Deventer")
k("PLACE", "Station Deventer", "Station Deventer")
k("PLACE", "Stationsplein", "Stationsplein")
k("PLACE", "Handelskade 9", "Handelskade 9")
k("PLACE", "Keizerstraat", "Keizerstraat")
k("PLACE", "Etty Hillesum Lyceum", "Etty Hillesum Lyceum")
k("PLACE", "Burgemeester Van Suchtelenstraat", "Burgemeester Van Suchtelenstraat")
k("PLACE", "Grote Kerkhof 4", "Grote Kerkhof 4")
k("PLACE", "Lebuïnuskerk", "Lebuïnuskerk")
k("PUBLIC_PERSON", "wethouder Tuinstra", "wethouder Tuinstra", "Marjolein Tuinstra", "Tuinstra")
k("PUBLIC_PERSON", "burgemeester Rozendaal", "burgemeester Rozendaal", "A.M. Rozendaal", "Rozendaal")
k("PUBLIC_PERSON", "raadslid Haverkamp", "raadslid Haverkamp", "Erik Haverkamp", "Haverkamp")
k("LAW", "Algemene Plaatselijke Verordening", "Algemene Plaatselijke Verordening", "APV", "artikel 5:12")
k("LAW", "Woo", "Woo", "Wet open overheid")
k("LAW", "Burgerlijk Wetboek", "Burgerlijk Wetboek", "artikel 5:8")
k("LAW", "Awb", "Awb", "Algemene wet bestuursrecht")
k("PROJECT", "Programma Fiets Deventer 2030", "Programma Fiets Deventer 2030")
k("PROJECT", "Schoon Stationsgebied", "Schoon Stationsgebied")
k("PRODUCT", "Gazelle", "Gazelle")
k("PRODUCT", "Batavus", "Batavus")
k("PRODUCT", "Cortina", "Cortina")
k("PRODUCT", "VanMoof", "VanMoof")
k("PRODUCT", "OV-fiets", "OV-fiets")
k("CASE", "WOO-2026-0231", "WOO-2026-0231")
k("CASE", "HH-FD-2026", "HH-FD-2026")
k("CASE", "Z-2026-11873", "Z-2026-11873")
k("EMAIL_FUNCTIONAL", "fietsdepot@deventer.nl", "fietsdepot@deventer.nl")
k("EMAIL_FUNCTIONAL", "woo@deventer.nl", "woo@deventer.nl")
k("EMAIL_FUNCTIONAL", "info@wielwerk.nl", "info@wielwerk.nl")
k("EMAIL_FUNCTIONAL", "griffie@deventer.nl", "griffie@deventer.nl")
k("PHONE_GENERAL", "14 0570", "14 0570")
k("PHONE_GENERAL", "0900-8844", "0900-8844")
k("FUNCTION", "handhaver", "handhaver", "handhavers", "boa")
k("FUNCTION", "teamleider Handhaving", "teamleider")
k("FUNCTION", "depotbeheerder", "depotbeheerder")
k("FUNCTION", "directeur", "directeur")
k("TERM", "framenummer", "framenummer", "framenummers")
k("TERM", "weesfiets", "weesfiets", "weesfietsen")
k("TERM", "fietswrak", "fietswrak", "fietswrakken")
k("TERM", "sticker", "sticker")
k("TERM", "Participatiewet", "Participatiewet")
k("PLACE", "Hendrik Schelfhoutplein", "Hendrik Schelfhoutplein")
k("ORG", "Stichting Jan Ligthart Fonds", "Stichting Jan Ligthart Fonds")
k("PRIZE", "Gouden Trapper", "Gouden Trapper")
k("PLACE", "Postbus 5000, 7400 GC Deventer", "Postbus 5000", "7400 GC")
k("ORG", "Juridische Zaken", "Juridische Zaken")
k("ORG", "team Mobiliteit", "Mobiliteit")
k("ORG", "Nationale ombudsman", "Nationale ombudsman")
k("ORG", "Deventer Courant", "Deventer Courant")
k("ORG", "BVH", "BVH")
k("ORG", "Basisteam IJssel", "Basisteam IJssel")
k("PLACE", "Stadskantoor", "Stadskantoor")
k("CASE", "INK-2025-0388", "INK-2025-0388")
k("CASE", "BN-2026-112", "BN-2026-112")
k("CASE", "RV-2026-041", "RV-2026-041")
k("URL", "open.overheid.nl", "open.overheid.nl")
k("TERM", "legitimatie", "legitimatie", "legitimatiebewijs")
k("TERM", "Woo-coördinator", "Woo-coördinator")
for fr in ["GZ4417823", "BA0920114K", "CN18L33902", "VM3SA041877", "WBK77201X", "GZ9901267", "BA77K01923",
           "GZ5520981", "BA31190275", "CN20M11847", "SP8812044", "SP1180342", "GZ0034412", "BA5512093", "CN22E90117"]:
    k("FRAME_NUMBER", fr, fr)
for n in range(412, 435):
    k("LABEL", f"FD-26-0{n}", f"FD-26-0{n}")
