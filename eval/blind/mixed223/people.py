"""Invented persons of set AD and their probes (all fictitious)."""
# ODLM civil servants
WOLTERS = ("PERSON", "Jolanda Wolters", ["Jolanda Wolters", "Wolters"])
TERSTEEGE = ("PERSON", "Bram ter Steege", ["Bram ter Steege", "ter Steege"])
DEROOS = ("PERSON", "Femke de Roos-Aarts", ["Femke de Roos-Aarts", "De Roos-Aarts"])
MULCK = ("PERSON", "Sander Mulckhuijse", ["Sander Mulckhuijse", "Mulckhuijse"])
BRINK = ("PERSON", "Ilse Brinkhorst", ["Ilse Brinkhorst", "Brinkhorst"])
ELAMRANI = ("PERSON", "Youssef El Amrani", ["Youssef El Amrani", "El Amrani"])
DIJKGRAAF = ("PERSON", "Hans-Peter Dijkgraaf", ["Hans-Peter Dijkgraaf", "Dijkgraaf"])
# province
OUDENHOVEN = ("PERSON", "Marloes Oudenhoven", ["Marloes Oudenhoven", "Oudenhoven"])
VDAKKER = ("PERSON", "Thijs van den Akker", ["Thijs van den Akker", "Van den Akker"])
# company
VERHEIJDEN = ("PERSON", "Ronald Verheijden", ["Ronald Verheijden", "Verheijden"])
SOERADJ = ("PERSON", "Dewi Soeradj-Verheijden", ["Dewi Soeradj-Verheijden", "Soeradj"])
OZTURK = ("PERSON", "Kemal Öztürk", ["Kemal Öztürk", "Öztürk"])
VANTHOOG = ("PERSON", "Piet van 't Hoog", ["Piet van 't Hoog", "van 't Hoog"])
# neighbours, lawyer, police, sole trader, requester
SCHOLTEN = ("PERSON", "Gert-Jan Scholten", ["Gert-Jan Scholten", "Scholten"])
HUIJBREGTS = ("PERSON", "René Huijbregts", ["René Huijbregts", "Huijbregts"])
LAMMERS = ("PERSON", "Wouter Lammers", ["Wouter Lammers", "Lammers"])
KOCAK = ("PERSON", "Mert Koçak", ["Mert Koçak", "Koçak"])
JONGENEEL = ("PERSON", "S.A. Jongeneel", ["S.A. Jongeneel", "Jongeneel"])
KUIJPERS = ("PERSON", "Leon Kuijpers", ["Leon Kuijpers", "Kuijpers"])
WIJNANDS = ("PERSON", "Tessa Wijnands", ["Tessa Wijnands", "Wijnands"])


def p(base, *extra):
    """Person item with extra probes."""
    k, v, pr = base
    return (k, v, list(pr) + list(extra))


def only(base, *probes):
    k, v, _ = base
    return (k, v, list(probes))


def r(kind, value, *probes):
    return (kind, value, list(probes) or [value])


def k(*texts, kind="MISC"):
    return [(kind, t) for t in texts]
