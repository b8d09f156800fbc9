"""Rebuild set mixed78 (Provincie Noord-Brabant, Woo decision on e-mail about the N279 Veghel-Asten):
documents in docs/, gold in gold/. Written blind.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py cj03 cj08  # only these

Redact probes come from the invented persons in persons78.py: a probe enters a document's gold when it
occurs in that document's PDFium text (or, for the image-only scans, in the evaluator's OCR text; those
probes carry "ocr": true). Probes that exist only in a hidden channel (metadata, outline, annotations,
form fields) are listed in HIDDEN with the channel; check_gold.py verifies them there. Keep probes come
from KEEP (organisations, places, roads, office holders in their role, laws, programmes, functional
mailboxes, switchboards, case and document numbers); 'after' is their count in the PDFium text.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, extract_channels, ocr_plain, probe_regex, text_pdfium  # noqa: E402

import lib78  # noqa: E402
from docs78 import DOCS, INV  # noqa: E402
from persons78 import P  # noqa: E402

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"

# ------------------------------------------------------------------ extra persons/data not in persons78
EXTRA = [
    ("HEALTH", "hartoperatie (echtgenoot klager)", ["hartoperatie"]),
    ("HEALTH", "opname ziekenhuis (echtgenoot klager)", ["Elkerliek"]),
    ("HEALTH", "astma (kind van bewoner)", ["astma"]),
]

# ------------------------------------------------------------------ hidden-only probes: doc -> [(kind, value, probe, channel)]
HIDDEN = {
    "cj09": [("PERSON", "Nadia El Amrani", "Nadia El Amrani", "metadata")],
    "cj20": [("PERSON", "Ilse Swinkels", "Ilse Swinkels", "annotations"),
             ("PHONE", "06 1827 3645", "06 1827 3645", "annotations")],
    "cj21": [("PERSON", "Femke Aarts", "Femke Aarts", "annotations"),
             ("PERSON", "Rutger Mollema", "Rutger Mollema", "annotations")],
    "cj22": [("PERSON", "Henk van Gerwen", "Henk van Gerwen", "outline")],
    "cj26": [("PERSON", "Anouk Verhoeven-Smits", "Verhoeven-Smits", "metadata")],
    "cj30": [("PERSON", "Marieke van Boxtel", "mvboxtel", "metadata")],
    "cj31": [("PERSON", "Joost van den Broek", "Broek, Joost van den", "metadata")],
}

# ------------------------------------------------------------------ keep vocabulary
KEEP = [
    ("ORG", ["Provincie Noord-Brabant", "Gedeputeerde Staten", "Provinciale Staten", "ZLTO", "Witteveen+Bos",
             "Rijkswaterstaat", "Rijkswaterstaat Zuid-Nederland", "BAM Infra Nederland", "Kadaster", "ODZOB",
             "Omgevingsdienst Zuidoost-Brabant", "Brabantse Ontwikkelings Maatschappij", "Omroep Brabant",
             "Eindhovens Dagblad", "Fietsersbond", "CROW", "Ministerie van Infrastructuur en Waterstaat",
             "gemeente Helmond", "Gemeente Helmond", "gemeente Laarbeek", "Gemeente Laarbeek", "Gemeente Asten",
             "Bureau Schadeonderzoek Zuid", "Verkeersmodel Brabant", "Relatics", "Microsoft Teams"]),
    ("PLACE", ["Noord-Brabant", "Veghel", "Asten", "Beek en Donk", "Dierdonk", "Laarbeek", "Meierijstad",
               "Boerdonk", "Mariahout", "Erp", "Lieshout", "Ommel", "Someren", "Deventer", "'s-Hertogenbosch", "Tilburg",
               "Ravenstein", "5701 AE Helmond", "Zuid-Willemsvaart", "Deurnsche Peel", "Strabrechtse Heide",
               "Peel en Maasvallei", "Beekse Dijk", "Beekse Brug", "Lieshoutseweg", "Pastoor Elsenstraat",
               "Dierdonklaan", "Brabantlaan 1", "Koppelstraat 2", "Weverijplein 1", "Prins Bernhardstraat",
               "Emmastraat", "Leeuwenbrug 8", "Onderwijsboulevard 225", "Runnenburg 9", "Postbus 90151"]),
    ("ROAD", ["N279", "A67", "A50", "A2", "N615", "N266", "Veghel-Asten"]),
    ("OFFICE_HOLDER", ["Van der Maat", "C. van der Maat", "Van der Wal", "Z. van der Wal", "Adema",
                       "I. Adema", "Ina Adema", "Blanksma-van den Heuvel", "Van der Meijden",
                       "F. van der Meijden", "Van Rooij", "Van der Loo", "H. van der Loo", "Stienen", "Briels",
                       "Van der Pas", "Koolen", "Wittebrood", "commissaris van de Koning",
                       "Commissaris van de Koning"]),
    ("LAW", ["Wet open overheid", "Omgevingswet", "Tracéwet", "Algemene wet bestuursrecht", "artikel 5.1",
             "5.1.2e", "Natura 2000"]),
    ("PROGRAMME", ["Brabants Programma Landelijk Gebied", "Gebiedsprogramma Peel", "Subsidieregeling Vitale Landbouw",
                   "AERIUS Calculator", "SSK", "Statenmededeling", "Statenbesluit 12/23 B"]),
    ("MAILBOX", ["woo@brabant.nl", "N279@brabant.nl", "info@brabant.nl", "pers@brabant.nl",
                 "secretariaatgs@brabant.nl", "kabinetcdk@brabant.nl", "klachten@brabant.nl",
                 "belangenbehartiging@zlto.nl", "gemeente@asten.nl", "info@laarbeek.nl",
                 "omgevingsdienst@odzob.nl", "info@n279veghelasten.nl", "www.brabant.nl", "www.zlto.nl",
                 "www.witteveenbos.com"]),
    ("PHONE_GENERAL", ["073 681 28 12", "14 0492", "0800-8002", "0800 0279 000", "0492 469 700", "0493 671 212",
                       "+31 570 69 79 11", "+31 20 708 5109"]),
    ("CASE", ["Z-2026-004412", "C2611873/5590214", "Z-2025-001187", "C2553011/5534420", "Z-2025-000931",
              "Z-2025-001802", "C2561004", "KvK 38020751", "KvK 30023133"] + [r[1] for r in INV]),
]
# keep terms that are not counted in a document (they stand inside a private address or next to one)
KEEP_SKIP = {"cj11": {"Lieshout"}, "cj25": {"Erp"}, "cj34": {"Lieshoutseweg", "Beek en Donk"}}


# ------------------------------------------------------------------ special documents
def build_cj08(path):
    def b(doc):
        doc.add_heading("Verslag bestuurlijk overleg N279 Veghel-Asten", 1)
        for lab, val in [("Datum", "dinsdag 11 februari 2025, 14.00-16.00 uur"),
                         ("Locatie", "Provinciehuis 's-Hertogenbosch, zaal Statenzaal-Oost"),
                         ("Zaaknummer", "Z-2025-000412")]:
            doc.add_paragraph(f"{lab}: {val}")
        doc.add_paragraph(
            "Aanwezig: gedeputeerde Van der Maat (voorzitter), burgemeester Blanksma-van den Heuvel en wethouder "
            "Stienen (gemeente Helmond), wethouder Briels (gemeente Laarbeek), wethouder Van der Pas (Meierijstad), "
            "burgemeester Van der Loo (Asten); ambtelijk: Bart Hermens (BH), Pieter Jansen (PJ), "
            "Anouk Verhoeven-Smits (AVS), Joost van den Broek (JvdB), Dennis Vrijsen (DV, Helmond), "
            "Ellen van Dijk-Raaijmakers (EvD, Laarbeek), Koen Pennings (KP, Meierijstad); "
            "verslag: Lotte Raaijmakers (PNB).")
        doc.add_paragraph("Afwezig: gedeputeerde Van der Wal (vervangen door Femke Aarts, ambtelijk).")
        doc.add_heading("1. Opening", 2)
        doc.add_paragraph("De voorzitter opent de vergadering. Het verslag van 12 november 2024 wordt ongewijzigd "
                          "vastgesteld.")
        doc.add_heading("2. Varianten aansluiting Beek en Donk", 2)
        doc.add_paragraph(
            "PJ licht het memo van Witteveen+Bos toe. Variant 2 heeft de voorkeur van de provincie. Wethouder "
            "Briels vraagt aandacht voor de agrarische bedrijven langs de Beekse Dijk en voor de fietsers van en "
            "naar Lieshout. Gedeputeerde Van der Maat zegt toe dat de provincie met ZLTO in gesprek gaat over "
            "ruilgrond. Burgemeester Blanksma-van den Heuvel steunt variant 2 onder voorwaarde dat de fietstunnel "
            "Dierdonk in de eerste fase komt.")
        doc.add_heading("3. Grondverwerving", 2)
        doc.add_paragraph(
            "JvdB meldt dat met elf van de veertien eigenaren overeenstemming is bereikt. Met drie agrarische "
            "ondernemers in Erp en Beek en Donk lopen gesprekken; onteigening op grond van de Omgevingswet wordt "
            "voorbereid als vangnet. Femke vraagt om de stikstofeffecten (AERIUS Calculator) mee te nemen.")
        doc.add_heading("4. Omgevingsmanagement", 2)
        doc.add_paragraph(
            "AVS meldt dat er 46 meldingen van omwonenden zijn binnengekomen, vooral over trillingen bij Lieshout. "
            "Burgemeester Van der Loo vraagt om de omleiding bij Asten vroeg met de inwoners te delen.")
        doc.add_heading("Actielijst", 2)
        t = doc.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for i, h in enumerate(["Nr.", "Actie", "Wie", "Wanneer"]):
            t.rows[0].cells[i].text = h
        rows = [("25-01", "Gesprek ZLTO en ondernemers over ruilgrond organiseren", "JvdB / PJ", "maart 2025"),
                ("25-02", "Fasering fietstunnel Dierdonk uitwerken met gemeente Helmond", "PJ, DV", "18 maart 2025"),
                ("25-03", "Bewonersbrief trillingen Lieshout en trillingsmeter", "AVS", "direct"),
                ("25-04", "Bijdrage fietsverbinding Lieshoutseweg voorleggen aan raad Laarbeek", "EvD", "april 2025"),
                ("25-05", "Omleidingsroute Asten afstemmen met Rijkswaterstaat", "PJ / KP", "april 2025"),
                ("25-06", "Volgend BO plannen (secretariaat gedeputeerde)", "MvB", "februari 2025")]
        for r in rows:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = v
        doc.add_paragraph("")
        doc.add_paragraph("Volgend overleg: dinsdag 18 maart 2025, gemeentehuis Laarbeek, Beek en Donk.")
    lib78.docx_pdf(path, b, author="Lotte Raaijmakers")


def build_cj09(path):
    def b(doc):
        doc.add_heading("Memo", 1)
        for lab, val in [("Aan", "P. Jansen (Provincie Noord-Brabant)"),
                         ("Van", "ir. G. Lodewijks, N. El Amrani (Witteveen+Bos)"),
                         ("Datum", "20 januari 2025"), ("Kenmerk", "N279BD-12-23/25-001144"),
                         ("Onderwerp", "Varianten aansluiting Beek en Donk, N279 Veghel-Asten"),
                         ("Status", "concept v0.3")]:
            doc.add_paragraph(f"{lab}: {val}")
        doc.add_heading("1 Aanleiding", 2)
        doc.add_paragraph(
            "De Provincie Noord-Brabant heeft Witteveen+Bos gevraagd drie varianten voor de aansluiting van de "
            "N279 op de Beekse Dijk / N615 bij Beek en Donk te vergelijken op doorstroming, verkeersveiligheid, "
            "ruimtebeslag, stikstofdepositie en kosten.")
        doc.add_heading("2 Varianten", 2)
        t = doc.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for i, h in enumerate(["Variant", "Omschrijving", "Ruimtebeslag", "Raming (SSK, excl. btw)"]):
            t.rows[0].cells[i].text = h
        for r in [("1", "Gelijkvloers, verkeerslichten", "0,4 ha", "EUR 11,2 mln"),
                  ("2", "Ongelijkvloers, turborotonde oostzijde", "1,4 ha", "EUR 18,9 mln"),
                  ("3", "Ongelijkvloers, halve aansluiting", "0,9 ha", "EUR 15,6 mln")]:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = v
        doc.add_heading("3 Verkeer", 2)
        doc.add_paragraph(
            "De verkeerscijfers zijn berekend met het Verkeersmodel Brabant (BBMA 2030, hoog scenario). In variant 2 "
            "daalt de gemiddelde wachttijd op de N615 in de avondspits van 94 naar 21 seconden. De fietsoversteek "
            "naar Lieshout wordt ongelijkvloers.")
        doc.add_heading("4 Kosten en planeconomie", 2)
        doc.add_paragraph(
            "De ramingen volgen de SSK-systematiek (CROW-publicatie 137). De planeconomische uitgangspunten zijn "
            "afgestemd met T. Rovers (Provincie Noord-Brabant). De vastgoedkosten zijn indicatief; de taxaties "
            "door het Kadaster volgen.")
        doc.add_heading("5 Advies", 2)
        doc.add_paragraph(
            "Wij adviseren variant 2 verder uit te werken. Wij stemmen de stikstofberekening (AERIUS Calculator) "
            "af met de Omgevingsdienst Zuidoost-Brabant. Vragen over dit memo: ir. G. Lodewijks, "
            "telefoon 06 1054 9921.")
        doc.add_paragraph("Witteveen+Bos Raadgevende ingenieurs B.V. | Leeuwenbrug 8 | 7411 TJ Deventer")
    lib78.docx_pdf(path, b, author="Nadia El Amrani")


def build_cj10(path):
    from docs78 import ZLTO
    lib78.scan(path, ZLTO, seed=10, angle=0.6)


NOTE = [
    "** Provincie Noord-Brabant",
    "Notitie",
    "",
    "",
]


def build_cj12(path):
    hand = [(150, 330, "25/2  tel. mw. Verbakel"),
            (150, 410, "trillingen Heuvelakker - meter!"),
            (150, 490, "-> Anouk regelt meter"),
            (150, 570, "-> Joost: grond Van Gerwen"),
            (150, 650, "Sanne: Q&A infoavond"),
            (150, 730, "BO 11/2 agenderen - Pieter"),
            (150, 900, "JvdB")]
    lib78.scan(path, NOTE, seed=12, hand_lines=hand, angle=-0.9, serif=False, quality=60)


SPECIAL = {"cj08": build_cj08, "cj09": build_cj09, "cj10": build_cj10, "cj12": build_cj12}
SCANS = {"cj10", "cj12"}
STEMS = sorted(set(DOCS) | set(SPECIAL))


def build(stem):
    path = DOCS_DIR / f"{stem}.pdf"
    if stem in SPECIAL:
        SPECIAL[stem](path)
    else:
        d = DOCS[stem]
        lib78.render(path, d["lines"], font=d.get("font", "carlito"), size=d.get("size", 10.5),
                     author=d.get("author", ""), title=d.get("title", ""), creator=d.get("creator", ""),
                     outline=d.get("outline"), annots=d.get("annots"), fields=d.get("fields"))
    return path


def spans(text, probe, word=True):
    return [m.span() for m in probe_regex(probe, word).finditer(text)]


def make_gold(stem, path):
    text, _ = text_pdfium(path)
    ch = extract_channels(path, ocr="auto" if stem in SCANS else "off")
    src = ocr_plain(ch["channels"].get("ocr", [])) if stem in SCANS else text
    redact, rsp = [], []
    for kind, value, probes in P + EXTRA:
        got = []
        for pr in probes:
            word = not pr.startswith("~")
            pr = pr.lstrip("~")
            probe = {"text": pr, "word": word, "after": 0}
            if stem in SCANS:
                if ch["channels"].get("ocr") and sum(
                        count_in(e["render"], probe) for e in ch["channels"]["ocr"]) > 0:
                    probe["ocr"] = True
                    got.append(probe)
            elif count_in(src, probe) > 0:
                got.append(probe)
                rsp += spans(text, pr, word)
        if got:
            redact.append({"kind": kind, "value": value, "probes": got})
    for kind, value, pr, chan in HIDDEN.get(stem, []):
        redact.append({"kind": kind, "value": value, "channel": chan,
                       "probes": [{"text": pr, "word": True, "after": 0, "channel": chan}]})
    keep = []
    if stem not in SCANS:
        for kind, terms in KEEP:
            for t in terms:
                if t in KEEP_SKIP.get(stem, ()):
                    continue
                n = count_in(text, {"text": t, "word": True})
                if not n:
                    continue
                ks = spans(text, t)
                clash = [s for s in ks if any(a < s[1] and s[0] < b for a, b in rsp)]
                if clash:
                    print(f"  {stem}: keep {t!r} overlaps a redact probe, skipped")
                    continue
                keep.append({"kind": kind, "value": t, "probes": [{"text": t, "word": True, "after": n}]})
    gold = {"doc": path.name, "pages": ch.get("pages"), "redact": redact, "keep": keep}
    (GOLD_DIR / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    nr = sum(len(r["probes"]) for r in redact)
    nk = sum(len(k["probes"]) for k in keep)
    print(f"{stem}: pages={ch.get('pages')} redact={nr} keep={nk}")


def main(argv):
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    for stem in argv or STEMS:
        make_gold(stem, build(stem))


if __name__ == "__main__":
    main(sys.argv[1:])
