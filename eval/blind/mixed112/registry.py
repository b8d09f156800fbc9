"""Invented persons of set IG and the keep vocabulary. Every probe of a person is put in a document's gold
when it occurs in that document's claimed channel (text or OCR); hidden-channel probes are listed per
document in content.py."""
from __future__ import annotations


def make_iban(bank: str, acct: str, grouped=True) -> str:
    acct = acct.zfill(10)
    num = "".join(str(int(ch, 36)) for ch in (bank + acct + "NL00"))
    ck = 98 - int(num) % 97
    s = f"NL{ck:02d}{bank}{acct}"
    if grouped:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


IBAN_OUDEJANS = make_iban("RABO", "0312447790")
IBAN_OUDEJANS_RAW = make_iban("RABO", "0312447790", grouped=False)
IBAN_KUIJPERS = make_iban("INGB", "0006623418")
IBAN_OOSTERWIJK = make_iban("ASNB", "0709332415")
assert iban_ok(IBAN_OUDEJANS) and iban_ok(IBAN_KUIJPERS) and iban_ok(IBAN_OOSTERWIJK)

P = "provincie-utrecht.nl"

# key: (display name, [(probe text, kind, word)])
PERSONS = {
    "veen": ("Ingrid van der Veen-Schouten", [
        ("Veen", "PERSON", True), ("Schouten", "PERSON", True), ("SCHOUTEN", "PERSON", True), ("Ingrid", "PERSON", True),
        ("IvdV", "PARAPH", True), ("VAN DER VEEN", "PERSON", True), ("104417", "PERSNR", True),
        (f"i.vanderveen-schouten@{P}", "EMAIL", False), ("ingridschouten71@gmail.com", "EMAIL", False),
        ("06 4127 8390", "PHONE", False), ("06-41278390", "PHONE", False)]),
    "kuijpers": ("Marco Kuijpers", [
        ("Kuijpers", "PERSON", True), ("KUIJPERS", "PERSON", True), ("Marco", "PERSON", True),
        ("MKu", "PARAPH", True), ("088213", "PERSNR", True), (f"m.kuijpers@{P}", "EMAIL", False),
        ("marcokuijpers@hotmail.com", "EMAIL", False), ("06-23918475", "PHONE", False),
        ("06 2391 8475", "PHONE", False), ("+31 6 23918475", "PHONE", False),
        ("Weteringlaan 41", "ADDRESS", False), ("3701 KV", "ADDRESS", False),
        ("14-02-1979", "DOB", False), ("14 februari 1979", "DOB", False), (IBAN_KUIJPERS, "IBAN", False)]),
    "oudejans": ("Dennis Oudejans", [
        ("Oudejans", "PERSON", True), ("OUDEJANS", "PERSON", True), ("Dennis", "PERSON", True),
        ("84736291", "KVK", True), (IBAN_OUDEJANS, "IBAN", False), ("Lindenhof 7", "ADDRESS", False), ("3993 XA", "ADDRESS", False),
        ("info@oudejansadvies.nl", "EMAIL", False), ("www.oudejansadvies.nl", "URL", False),
        ("d.oudejans@hotmail.com", "EMAIL", False), ("0031 6 5532 1190", "PHONE", False),
        ("+31 (0)6 55 32 11 90", "PHONE", False), ("06-55321190", "PHONE", False),
        ("03-09-1981", "DOB", False), ("3 september 1981", "DOB", False)]),
    "ngadi": ("Joëlle Ngadi", [
        ("Ngadi", "PERSON", True), ("Joëlle", "PERSON", True), ("JN", "PARAPH", True), (f"j.ngadi@{P}", "EMAIL", False),
        ("030-2582714", "PHONE", False), ("06 3810 4452", "PHONE", False)]),
    "terpstra": ("Annemiek Terpstra", [
        ("Terpstra", "PERSON", True), ("Annemiek", "PERSON", True), ("ATe", "PARAPH", True),
        (f"a.terpstra@{P}", "EMAIL", False), ("06-18442093", "PHONE", False), ("06 1844 2093", "PHONE", False)]),
    "boschloo": ("Wouter Boschloo", [
        ("Boschloo", "PERSON", True), ("Wouter", "PERSON", True), ("WBo", "PARAPH", True),
        (f"w.boschloo@{P}", "EMAIL", False), ("030 258 2001", "PHONE", False)]),
    "zwartjes": ("Hanneke Zwartjes", [
        ("Zwartjes", "PERSON", True), ("Hanneke", "PERSON", True), (f"h.zwartjes@{P}", "EMAIL", False)]),
    "lammers": ("Yvonne Lammers", [
        ("Lammers", "PERSON", True), ("Yvonne", "PERSON", True), ("YLa", "PARAPH", True),
        (f"y.lammers@{P}", "EMAIL", False), ("030 258 3377", "PHONE", False)]),
    "hek": ("Thijs van 't Hek", [
        ("Hek", "PERSON", True), ("Thijs", "PERSON", True), ("TvtH", "PARAPH", True),
        (f"t.vanthek@{P}", "EMAIL", False)]),
    "rooij": ("Bart-Jan de Rooij", [
        ("Rooij", "PERSON", True), ("Bart-Jan", "PERSON", True), ("BdR", "PARAPH", True),
        (f"b.derooij@{P}", "EMAIL", False), ("06-52093318", "PHONE", False)]),
    "holtkamp": ("Gert Holtkamp", [
        ("Holtkamp", "PERSON", True), ("HOLTKAMP", "PERSON", True), ("Gert", "PERSON", True), ("GHo", "PARAPH", True),
        (f"g.holtkamp@{P}", "EMAIL", False)]),
    "verhoeff": ("Sanne Verhoeff", [
        ("Verhoeff", "PERSON", True), ("Sanne", "PERSON", True), ("SVe", "PARAPH", True), (f"s.verhoeff@{P}", "EMAIL", False)]),
    "bakkali": ("Noor Bakkali", [
        ("Bakkali", "PERSON", True), ("Noor", "PERSON", True), ("NBa", "PARAPH", True), (f"n.bakkali@{P}", "EMAIL", False),
        ("06 4470 1286", "PHONE", False)]),
    "wagenaar": ("Sjoerd Wagenaar", [
        ("Wagenaar", "PERSON", True), ("Sjoerd", "PERSON", True), ("SWa", "PARAPH", True),
        ("s.wagenaar@hoffmann.nl", "EMAIL", False), ("06 2874 1150", "PHONE", False)]),
    "ramdin": ("Priya Ramdin", [
        ("Ramdin", "PERSON", True), ("Priya", "PERSON", True), ("PRa", "PARAPH", True),
        ("p.ramdin@hoffmann.nl", "EMAIL", False)]),
    "ploeger": ("Daan Ploeger", [("Ploeger", "PERSON", True), ("Daan", "PERSON", True)]),
    "roodbeen": ("Femke Roodbeen", [("Roodbeen", "PERSON", True), ("Femke", "PERSON", True)]),
    "dekker": ("Charlotte Dekker-Mulder", [
        ("Dekker-Mulder", "PERSON", True), ("Charlotte", "PERSON", True),
        ("c.dekker-mulder@domstadadvocaten.nl", "EMAIL", False), ("+31 (0)6 41 55 28 09", "PHONE", False)]),
    "oosterwijk": ("Koen Oosterwijk", [
        ("Oosterwijk", "PERSON", True), ("Koen", "PERSON", True), ("koen.oosterwijk@gmail.com", "EMAIL", False),
        ("06 1937 2284", "PHONE", False), ("Schoudermantel 34", "ADDRESS", False), ("3981 AJ", "ADDRESS", False),
        (IBAN_OOSTERWIJK, "IBAN", False)]),
    "brandsma": ("Lotte Brandsma", [
        ("Brandsma", "PERSON", True), ("Lotte", "PERSON", True), (f"l.brandsma@{P}", "EMAIL", False),
        ("030 258 4410", "PHONE", False)]),
    "haverkamp": ("Ruud Haverkamp", [
        ("Haverkamp", "PERSON", True), ("Ruud", "PERSON", True), ("RHa", "PARAPH", True), ("r.haverkamp@groenlijn-infra.nl", "EMAIL", False),
        ("010-4127730", "PHONE", False)]),
    "nowak": ("Wojciech Nowak", [("Nowak", "PERSON", True), ("Wojciech", "PERSON", True), ("WNo", "PARAPH", True),
                                     ("NOWAK", "PERSON", True)]),
    "ozturk": ("Mehmet Öztürk", [
        ("Öztürk", "PERSON", True), ("Mehmet", "PERSON", True), ("m.ozturk@utrecht.nl", "EMAIL", False),
        ("030 - 286 12 45", "PHONE", False)]),
    "kleinjan": ("Esther Kleinjan", [
        ("Kleinjan", "PERSON", True), ("Esther", "PERSON", True), ("EK", "PARAPH", True), (f"e.kleinjan@{P}", "EMAIL", False)]),
}

# keep vocabulary: (kind, text, word)
KEEP = [
    ("ORG", "Provincie Utrecht", False), ("ORG", "provincie Utrecht", False),
    ("ORG", "Gedeputeerde Staten", False), ("ORG", "Provinciale Staten", False),
    ("ORG", "Bureau Integriteit", False), ("ORG", "Hoffmann Bedrijfsrecherche", False),
    ("ORG", "Hoffmann", True), ("ORG", "Groenlijn Infra B.V.", False), ("ORG", "Groenlijn Infra", False),
    ("ORG", "BIOS", True), ("ORG", "gemeente Utrecht", False), ("ORG", "Gemeente Utrecht", False),
    ("ORG", "Openbaar Ministerie", False), ("ORG", "Domstad Advocaten", False),
    ("ORG", "Kamer van Koophandel", False), ("ORG", "TenderNed", True), ("ORG", "Huis voor Klokkenluiders", False),
    ("ORG", "Team Inkoop & Contractmanagement", False), ("ORG", "Rabobank", True), ("ORG", "CAO Provincies", False),
    ("ORG", "Stichtse Bermbeheer B.V.", False), ("ORG", "Rijkswaterstaat", True),
    ("PRODUCT", "Microsoft Teams", False), ("PRODUCT", "Outlook", True),
    ("LAW", "Ambtenarenwet 2017", False), ("LAW", "Provinciewet", True), ("LAW", "Gemeentewet", True),
    ("LAW", "Wet open overheid", False), ("LAW", "Woo", True), ("LAW", "Aanbestedingswet 2012", False),
    ("LAW", "Algemene verordening gegevensbescherming", False), ("LAW", "AVG", True),
    ("LAW", "Wetboek van Strafrecht", False), ("LAW", "Gedragscode Integriteit", False),
    ("LAW", "Wet bescherming klokkenluiders", False), ("LAW", "Algemene wet bestuursrecht", False),
    ("LAW", "Handelsregisterwet 2007", False), ("LAW", "Regeling melden vermoeden van een misstand", False),
    ("LAW", "Inkoop- en aanbestedingsbeleid", False),
    ("PLACE", "Utrecht", True), ("PLACE", "Nieuwegein", True), ("PLACE", "Amersfoort", True),
    ("FUNC", "senior inkoopadviseur", False), ("FUNC", "vertrouwenspersoon", True),
    ("FUNC", "provinciesecretaris", True), ("FUNC", "coördinator integriteit", False),
    ("FUNC", "teamleider", True), ("FUNC", "commissaris van de Koning", False), ("FUNC", "gedeputeerde", True),
    ("FUNC", "burgemeester", True), ("FUNC", "contractmanager", True), ("FUNC", "bedrijfsrechercheur", True),
    ("OFFICE", "Oosters", True), ("OFFICE", "Dijksma", True),
    ("REF", "INT-2025-014", False), ("REF", "WOO-2026-0311", False), ("REF", "HB-25-0417", False),
    ("REF", "PU-2024-0388", False), ("REF", "PS-2025-1187", False), ("REF", "UIT-2025-20931", False),
    ("REF", "UIT-2026-04415", False), ("REF", "GU-INT-25-031", False),
    ("MAIL", "integriteit@provincie-utrecht.nl", False), ("MAIL", "woo@provincie-utrecht.nl", False),
    ("MAIL", "inkoop@provincie-utrecht.nl", False), ("MAIL", "vertrouwenspersoon@provincie-utrecht.nl", False),
    ("MAIL", "info@groenlijn-infra.nl", False),
    ("PHONE", "030 258 9111", False), ("PHONE", "030-2589111", False), ("PHONE", "14 030", False),
    ("ADDR", "Archimedeslaan 6", False), ("ADDR", "3584 BA", False), ("ADDR", "Postbus 80300", False),
    ("ADDR", "3508 TH", False),
    ("DATE", "3 februari 2025", False), ("DATE", "6 maart 2025", False), ("DATE", "18 maart 2025", False),
    ("DATE", "6 juni 2025", False), ("DATE", "20 juni 2025", False), ("DATE", "8 juli 2025", False),
    ("DATE", "2 februari 2026", False),
    ("MONEY", "€ 96.800", False), ("MONEY", "€ 1.240.000", False),
]
