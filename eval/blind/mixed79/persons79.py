"""Invented persons of set mixed79. Each entry: (kind, value, probes). Probes that do not occur in
a document are dropped for that document by make_set.py (reported)."""

def P(value, *probes, kind="PERSON"):
    return (kind, value, list(probes))


# ---- Omgevingsdienst Noordzeekanaalgebied (OD NZKG) staff
OUDEJANS = P("Thijs Oudejans", "Thijs", "Oudejans", "t.oudejans@odnzkg.nl", "06-41 83 27 59", "TH-0417")
BOUZERDA = P("Nadia Bouzerda", "Nadia", "Bouzerda", "n.bouzerda@odnzkg.nl", "06-2874 1190", "TH-0388")
WESTERBEEK = P("Eline Westerbeek", "Eline", "Westerbeek", "e.westerbeek@odnzkg.nl", "088 567 0342")
SLEUTJES = P("Maarten Sleutjes", "Maarten", "Sleutjes", "m.sleutjes@odnzkg.nl", "06-5190 2267")
KROONENBERG = P("Ingrid Kroonenberg", "Ingrid", "Kroonenberg", "i.kroonenberg@odnzkg.nl", "06-5312 8840")
VLASVELD = P("Robbert-Jan Vlasveld", "Robbert-Jan", "Vlasveld", "rj.vlasveld@odnzkg.nl", "06-1447 3096")
DOORNBOSCH = P("Saskia Doornbosch", "Saskia", "Doornbosch", "s.doornbosch@odnzkg.nl", "06-3350 7812")
LAGERWERF = P("Femke Lagerwerf", "Femke", "Lagerwerf", "f.lagerwerf@odnzkg.nl", "088 567 0419")
RAMDIN = P("Priya Ramdin", "Priya", "Ramdin", "p.ramdin@odnzkg.nl")
PRONK = P("Gerard Pronk", "Gerard", "Pronk", "g.pronk@odnzkg.nl", "06-2019 6634")
VANDERHORST = P("Wouter van der Horst", "Wouter", "van der Horst", "Van der Horst", "w.vanderhorst@odnzkg.nl", "06-4871 2205")

# ---- Provincie Noord-Holland (civil servants; the gedeputeerde is kept)
HAAKMA = P("Jorien Haakma", "Jorien", "Haakma", "j.haakma@noord-holland.nl", "06-1077 3402")
BOSCHMA = P("Rutger Boschma", "Rutger", "Boschma", "r.boschma@noord-holland.nl", "023 514 4187")

# ---- other authorities (civil servants)
RIETVELD = P("Wilco Rietveld", "Wilco", "Rietveld", "w.rietveld@dcmr.nl", "010 246 8512")
VERHEIJEN = P("Anouk Verheijen", "Anouk", "Verheijen", "a.verheijen@odrn.nl", "06-2290 4178")
HOLTROP = P("Bas Holtrop", "Holtrop", "bas.holtrop@ilent.nl", "06-5266 0913")
TJOA = P("Mirjam Tjoa", "Mirjam", "Tjoa", "mirjam.tjoa@rws.nl", "06-3112 8740")

# ---- company staff (private persons)
KOELEMAN = P("Dennis Koeleman", "Dennis", "Koeleman", "d.koeleman@zmv-zaandam.nl", "06-2433 9015")
SMALBRUGGE = P("Yvette Smalbrugge", "Yvette", "Smalbrugge", "y.smalbrugge@zmv-zaandam.nl")
OLGERS = P("Ferry Olgers", "Ferry", "Olgers", "f.olgers@bodemzorgwestpoort.nl", "06-5544 2190")
PAUW = P("Arjan Pauw", "Arjan", "Pauw")
MOLENKAMP = P("Jeroen Molenkamp", "Jeroen", "Molenkamp", "j.molenkamp@velsenstaal.nl", "06-1980 3326")
VERMEULEN = P("Lotte Vermeulen-Bos", "Lotte", "Vermeulen-Bos", "l.vermeulen@kkr-recycling.nl", "06-3719 4428")

# ---- sole trader (eenmanszaak) and his home address
KUIPERS = P("Ruud Kuipers", "Ruud", "Kuipers", "ruudkuipers68@gmail.com", "06-1290 4471")
KUIPERS_ADDR = P("Lagedijk 212, 1544 BL Zaandijk", "Lagedijk 212", "1544 BL", kind="ADDRESS")

# ---- complainants and other private persons
PLASMEIJER = P("Hennie Plasmeijer", "Hennie", "Plasmeijer", "h.plasmeijer@ziggo.nl", "075-617 22 83")
PLASMEIJER_ADDR = P("Lagedijk 190, 1544 BL Zaandijk", "Lagedijk 190", kind="ADDRESS")
SCHOEMAKER = P("Wim Schoemaker", "Wim", "Schoemaker", "wimschoemaker@gmail.com", "06-1834 7720")
GERDA = P("Gerda Schoemaker", "Gerda")
SCHOEMAKER_ADDR = P("Vincent van Goghweg 41, 1506 JD Zaandam", "Vincent van Goghweg 41", "1506 JD", kind="ADDRESS")
DEMIRKAN = P("Yusuf Demirkan", "Yusuf", "Demirkan", "y.demirkan@hotmail.com", "06-4120 5583")
DEMIRKAN_ADDR = P("Wijkerstraatweg 156, 1951 EK Velsen-Noord", "Wijkerstraatweg 156", "1951 EK", kind="ADDRESS")
OOTJERS = P("Marijke Ootjers", "Marijke", "Ootjers", "075-621 44 08")
OOTJERS_ADDR = P("Lagedijk 204, Zaandijk", "Lagedijk 204", kind="ADDRESS")
OVERMARS = P("Daan Overmars", "Daan", "Overmars", "d.overmars@mfnh.nl", "06-4433 0871")
BRUGMAN = P("Hidde Brugman", "Hidde", "Brugman", "h.brugman@zaanstedeadvocaten.nl", "075-303 1188")
BAKKUM = P("Leo Bakkum", "Leo", "Bakkum", "leo.bakkum@xs4all.nl", "06-2505 6613")
VANTONGEREN = P("Anja van Tongeren", "Anja", "van Tongeren", "anjavantongeren@kpnmail.nl", "075-612 90 37")
