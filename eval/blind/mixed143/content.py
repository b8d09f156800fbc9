"""Content of set KL: an integrity investigation at the (invented) Ministerie van Ruimte en Leefomgeving.

PEOPLE: every person whose data must go, with the surface forms used anywhere in the set; a form is a
redact probe of a document when it occurs in that document's page text. POOL: public terms; a term is a
keep probe of a document when it occurs there (its count is taken from the original). Per document,
'redact' and 'keep' add items that are specific to it (hidden channels, OCR, one-off terms).
All persons are invented.
"""

PEOPLE = [
    ("PERSON", "Yara Dijkstra-Hofman", ["Yara Dijkstra-Hofman", "Dijkstra-Hofman", "Yara", "Y. Dijkstra-Hofman",
                                         "DIJKSTRA-HOFMAN", "YDH"]),
    ("EMAIL", "y.dijkstra-hofman@minrenl.nl", ["y.dijkstra-hofman@minrenl.nl"]),
    ("PHONE", "06 18 33 72 05", ["06 18 33 72 05"]),
    ("EMAIL", "yara.dh@protonmail.com", ["yara.dh@protonmail.com"]),
    ("PERSON", "Gert-Jan van der Wiel", ["Gert-Jan van der Wiel", "Van der Wiel", "van der Wiel",
                                          "G.J. van der Wiel", "Gert-Jan", "GJ", "GJvdW", "VAN DER WIEL"]),
    ("EMAIL", "gertjan.vanderwiel@minrenl.nl", ["gertjan.vanderwiel@minrenl.nl"]),
    ("PHONE", "06-52 90 14 37", ["06-52 90 14 37"]),
    ("PERSON", "Hanneke Stuivenberg", ["Hanneke Stuivenberg", "Stuivenberg", "Hanneke", "H. Stuivenberg"]),
    ("EMAIL", "h.stuivenberg@minrenl.nl", ["h.stuivenberg@minrenl.nl"]),
    ("PHONE", "070 456 8812", ["070 456 8812"]),
    ("PERSON", "Lotte Ramdin", ["Lotte Ramdin", "Ramdin", "L. Ramdin", "Lotte", "LR"]),
    ("EMAIL", "l.ramdin@integra-onderzoek.nl", ["l.ramdin@integra-onderzoek.nl"]),
    ("PHONE", "+31 (0)6 2210 4478", ["+31 (0)6 2210 4478"]),
    ("PERSON", "Daan Everaert", ["Daan Everaert", "Everaert", "D. Everaert", "Daan", "DE"]),
    ("PERSON", "Sietske Oosterbaan", ["Sietske Oosterbaan", "Oosterbaan", "Sietske", "S. Oosterbaan", "Siets"]),
    ("PERSON", "Mehmet Yıldırım", ["Mehmet Yıldırım", "Yıldırım", "Mehmet", "M. Yıldırım", "Mem"]),
    ("EMAIL", "m.yildirim@minrenl.nl", ["m.yildirim@minrenl.nl"]),
    ("PERSON", "Joëlle Baptiste", ["Joëlle Baptiste", "Baptiste", "Joëlle", "J. Baptiste", "Jo"]),
    ("EMAIL", "joëlle.baptiste@minrenl.nl", ["joëlle.baptiste@minrenl.nl"]),
    ("PERSON", "Ruud 't Hooft", ["Ruud 't Hooft", "'t Hooft", "Ruud", "R. 't Hooft", "RtH"]),
    ("PERSON", "Renske Molenaar", ["Renske Molenaar", "Molenaar", "Renske", "R. Molenaar", "RM"]),
    ("EMAIL", "renske.molenaar@minrenl.nl", ["renske.molenaar@minrenl.nl"]),
    ("PHONE", "06-41 87 22 90", ["06-41 87 22 90"]),
    ("PERSON", "Wouter Gerritsma", ["Wouter Gerritsma", "Gerritsma", "Wouter", "W. Gerritsma", "WG"]),
    ("EMAIL", "w.gerritsma@minrenl.nl", ["w.gerritsma@minrenl.nl"]),
    ("PHONE", "0031 70 456 8890", ["0031 70 456 8890"]),
    ("PERSON", "Esra Doğan", ["Esra Doğan", "Doğan", "Esra", "E. Doğan"]),
    ("EMAIL", "esra.dogan@minrenl.nl", ["esra.dogan@minrenl.nl"]),
    ("PHONE", "070-456 8731 (toestel 231)", ["070-456 8731", "toestel 231"]),
    ("PERSON", "Tamara Veldkamp", ["Tamara Veldkamp", "Veldkamp", "Tamara", "T. Veldkamp"]),
    ("PERSON", "Bram Wennekes", ["Bram Wennekes", "Wennekes", "Bram", "B. Wennekes", "BW"]),
    ("EMAIL", "bram.wennekes@minrenl.nl", ["bram.wennekes@minrenl.nl"]),
    ("PERSON", "Noor el Amrani", ["Noor el Amrani", "El Amrani", "el Amrani", "Noor", "N. el Amrani"]),
    ("PERSON", "Kees Verhulst", ["Kees Verhulst", "Verhulst", "K. Verhulst", "KEES VERHULST", "Kees"]),
    ("PERSON", "Marloes Brinkhuis-Otten", ["Marloes Brinkhuis-Otten", "Brinkhuis-Otten", "M. Brinkhuis-Otten"]),
    ("EMAIL", "m.brinkhuis@brinkhuis-advocatuur.nl", ["m.brinkhuis@brinkhuis-advocatuur.nl"]),
    ("PERSON", "Fenna Lammerts", ["Fenna Lammerts", "Lammerts", "F. Lammerts", "Fenna"]),
    ("EMAIL", "fenna.lammerts@posteo.nl", ["fenna.lammerts@posteo.nl"]),
    ("ADDRESS", "Lange Nieuwstraat 41, 3512 PH", ["Lange Nieuwstraat 41", "3512 PH"]),
    ("PHONE", "030-231 77 54", ["030-231 77 54"]),
    ("PERSON", "Thijs Zandvoort", ["Thijs Zandvoort", "Zandvoort", "Thijs", "T. Zandvoort"]),
    ("PERSON", "Ilse Kamphuys", ["Ilse Kamphuys", "Kamphuys", "Ilse", "I. Kamphuys", "IK"]),
    ("EMAIL", "ilse.kamphuys@minrenl.nl", ["ilse.kamphuys@minrenl.nl"]),
    ("PERSON", "Priya Ramcharan", ["Priya Ramcharan", "Ramcharan", "P. Ramcharan", "Priya"]),
    ("PERSON", "Karin Smeets", ["Karin Smeets", "Smeets", "K. Smeets", "KARIN SMEETS"]),
    ("IBAN", "NL27 RABO 0318 4466 12", ["NL27 RABO 0318 4466 12", "NL27RABO0318446612"]),
    ("PERSON", "Jeroen Holtkamp", ["Jeroen Holtkamp", "Holtkamp", "J.H.M. Holtkamp"]),
    ("IBAN", "NL91 INGB 0007 6421 83", ["NL91 INGB 0007 6421 83"]),
    ("ID", "BSN 183746529", ["183746529"]),
    ("DATE_OF_BIRTH", "14-03-1986", ["14-03-1986"]),
    ("HEALTH", "burn-out", ["burn-outklachten", "slaapproblemen"]),
    ("PERSON", "Sander de Koning-Baas", ["Sander de Koning-Baas", "De Koning-Baas", "de Koning-Baas"]),
]

POOL = [
    ("ORG", "Ministerie van Ruimte en Leefomgeving"), ("ORG", "RenL"), ("ORG", "Integra Onderzoek B.V."),
    ("ORG", "Integra Onderzoek"), ("ORG", "Huis voor Klokkenluiders"), ("LAW", "Wet bescherming klokkenluiders"),
    ("LAW", "Wbk"), ("LAW", "Wet open overheid"), ("LAW", "Woo"), ("ORG", "Tweede Kamer"),
    ("PROGRAM", "Regeling Groene Schoolpleinen"), ("PROGRAM", "RGS"), ("ORG", "Stichting Groen Speelterrein"),
    ("ORG", "Bureau Integriteit"), ("ORG", "Directie Subsidies en Regelingen"), ("ORG", "DSR"),
    ("FUNCTION", "secretaris-generaal"), ("LAW", "Algemene wet bestuursrecht"), ("LAW", "Awb"),
    ("ADDRESS_PUBLIC", "Rijnstraat 8"), ("PLACE", "Den Haag"), ("PLACE", "Utrecht"), ("PLACE", "Zwolle"),
    ("ADDRESS_PUBLIC", "Postbus 20951"), ("EMAIL_FUNCTIONAL", "integriteit@minrenl.nl"),
    ("EMAIL_FUNCTIONAL", "woo@minrenl.nl"), ("CASE", "INT-2026-044"), ("CASE", "WOO-RL-2026-0318"),
    ("LAW", "Ambtenarenwet 2017"), ("POLICY", "Gedragscode Integriteit Rijk"),
    ("OFFICE_HOLDER", "minister Kortenhoeve"), ("OFFICE_HOLDER", "secretaris-generaal Aalbersberg"),
    ("OFFICE_HOLDER", "Kamerlid Terpstra"), ("OFFICE_HOLDER", "het lid Bouwmeester-Aydın"),
    ("ORG", "NSC"), ("ORG", "CDA"), ("BUILDING", "Thorbeckezaal"), ("BUILDING", "Willem Drees-zaal"),
    ("PLACE", "Prins Clausplein"), ("FUNCTION", "vertrouwenspersoon"), ("FUNCTION", "afdelingshoofd"),
    ("FUNCTION", "directeur Subsidies en Regelingen"), ("FUNCTION", "HR-adviseur"),
    ("PHONE_GENERAL", "088 371 3000"), ("PHONE_GENERAL", "070 456 0000"), ("PHONE_GENERAL", "0800-2468"),
    ("ORG", "Rijksinspectie Digitale Infrastructuur"), ("ORG", "Algemene Rekenkamer"),
    ("ORG", "P-Direkt"), ("ORG", "Auditdienst Rijk"), ("ORG", "ADR"), ("LAW", "Kaderwet subsidies"),
    ("PROGRAM", "Programma Gezonde Leefomgeving 2025-2028"), ("TERM", "conflict of interest"),
    ("TERM", "audit trail"), ("PRODUCT", "Microsoft Teams"), ("PRODUCT", "Signal"),
    ("ORG", "Nationale ombudsman"), ("ORG", "Raad van State"), ("CASE", "2026Z04417"),
    ("CASE", "2026D18832"), ("CASE", "RGS-2025-0117"), ("CASE", "RGS-2025-0142"),
    ("ORG", "Stichting Schoolplein Natuurlijk"), ("PLACE", "Amersfoort"), ("ORG", "Kamercommissie voor Ruimte"),
]

ALL = []


def D(stem, lines=None, **kw):
    d = {"stem": stem, "lines": lines, "redact": kw.pop("redact", []), "keep": kw.pop("keep", [])}
    d.update(kw)
    ALL.append(d)


WORD = {"/Producer": "Microsoft® Word voor Microsoft 365", "/Creator": "Microsoft® Word voor Microsoft 365"}
OUTLOOK = {"/Producer": "Microsoft: Print To PDF", "/Creator": "Microsoft Outlook"}
ASPOSE = {"/Producer": "Aspose.PDF for .NET 23.4.0", "/Creator": "Aspose"}
ITEXT = {"/Producer": "iText® 7.2.5 ©2000-2023 iText Group NV", "/Creator": "Corsa Documentmanagement"}
NITRO = {"/Producer": "Nitro Pro 13 (13.70.2.40)", "/Creator": "Nitro Pro 13"}
PDFPEN = {"/Producer": "PDFpen 13.1", "/Creator": "PDFpen"}
SCANNER = {"/Producer": "Canon iR-ADV C5535 PDF", "/Creator": "Canon iR-ADV C5535"}

from content_docs import *  # noqa: E402,F401,F403
