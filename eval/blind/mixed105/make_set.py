"""Rebuild set ED (eval/blind/mixed105): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py           # all documents
    /work/main/.venv/bin/python make_set.py ed03 ed17 # only these

Theme: Provincie Gelderland and the Omgevingsdienst Rivierenland (ODR) on an environmental permit
(omgevingsvergunning milieubelastende activiteit) for a factory in Tiel and enforcement (last onder
dwangsom) at a pig farm in Lienden run by a sole trader. All persons are invented.

Gold is derived from two registries below: PERSONAL (redact: every probe found in a document's text
channel, after=0) and PUBLIC (keep: every probe found, after = its count in the original's PDFium
text, counted with the evaluator's own functions). Probes only in hidden channels (metadata, XMP,
outline, annotations, form fields) are declared per document; scans are OCR-only (probe 'ocr': true,
kept only when tesseract reads the probe in the original). A redact match that overlaps a keep match
is an error.
"""
from __future__ import annotations

import io
import json
import math
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")

from evaluate import (count_in, norm, probe_regex, text_pdfium, extract_channels,  # noqa: E402
                      channel_counts, ocr_text, ocr_count, image_pages)

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
FONTS = "/usr/share/fonts/truetype"

# ---------------------------------------------------------------- registries
PERSONAL: list = []   # (kind, value, [probe texts])
PUBLIC: list = []


def red(kind, value, *probes):
    PERSONAL.append((kind, value, list(probes)))


def keep(kind, value, *probes):
    PUBLIC.append((kind, value, list(probes or [value])))


# ---------------------------------------------------------------- numbers with valid checksums
def make_bsn(prefix8: str) -> str:
    while True:
        d = [int(x) for x in prefix8]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s != 10:
            break
        prefix8 = prefix8[:7] + str((d[7] + 1) % 10)
    return prefix8 + str(s)


def make_iban(bank: str, acct: str) -> str:
    acct = acct.zfill(10)
    num = "".join(str(int(ch, 36)) for ch in (bank + acct + "NL00"))
    ck = 98 - int(num) % 97
    s = f"NL{ck:02d}{bank}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


BSN_HENK = make_bsn("18342957")
IBAN_HENK = make_iban("RABO", "3187446520")
IBAN_PROV = make_iban("BNGH", "0285166213")     # the province's account: organisation, kept

# ---------------------------------------------------------------- personal data (redact)
# ODR staff
red("PERSON", "Rutger Hoefnagels", "Hoefnagels", "Rutger", "r.hoefnagels@odrivierenland.nl", "0344 57 98 41",
    "06 2184 7730", "06-21847730")
red("PERSON", "Yvette Strijbosch", "Strijbosch", "Yvette", "y.strijbosch@odrivierenland.nl", "06 4391 0826",
    "06-43910826", "YSt")
red("PERSON", "Karim el Ouazzani", "Ouazzani", "Karim", "k.elouazzani@odrivierenland.nl", "0344 57 98 63")
red("PERSON", "Mirte van Schaijk", "Schaijk", "Mirte", "m.vanschaijk@odrivierenland.nl", "MvS")
red("PERSON", "Daan Kloosterboer", "Kloosterboer", "Daan", "d.kloosterboer@odrivierenland.nl", "0344 57 98 77")
red("PERSON", "Jelmer Wentink", "Wentink", "Jelmer", "j.wentink@odrivierenland.nl")
red("PERSON", "Sanne Bouwhuis", "Bouwhuis", "Sanne", "s.bouwhuis@odrivierenland.nl")
# province staff
red("PERSON", "Stijn Vermeegen", "Vermeegen", "Stijn", "s.vermeegen@gelderland.nl", "06 1307 5582", "06-13075582")
red("PERSON", "Lotte Ravensbergen", "Ravensbergen", "Lotte", "l.ravensbergen@gelderland.nl", "026 359 87 42")
red("PERSON", "Bas Hogendoorn", "Hogendoorn", "b.hogendoorn@gelderland.nl", "BHo")
red("PERSON", "Ingrid Weerdenburg", "Weerdenburg", "Ingrid", "i.weerdenburg@gelderland.nl")
red("PERSON", "Evelien Dekkers-Smit", "Dekkers-Smit", "Evelien", "e.dekkers@buren.nl", "0344 57 93 18")
red("PERSON", "Rianne Pothoven", "Pothoven", "0344 63 71 25")
red("PERSON", "Carla Heijboer", "Heijboer", "Carla")
red("PERSON", "Thijs Overmars", "Overmars", "Thijs")
# farmer (sole trader) and family
red("PERSON", "Henk Verhoeckx", "Verhoeckx", "Henk", "Hendrik Jan", "henk.verhoeckx@ziggo.nl",
    "06 5127 4409", "06-51274409")
red("ADDRESS", "Zandweg 14, 4033 KB Lienden", "Zandweg 14", "4033 KB")
red("DATE_OF_BIRTH", "12 maart 1968", "12 maart 1968", "12-03-1968")
red("KVK_SOLE_TRADER", "71834256", "71834256")
red("BSN", BSN_HENK, BSN_HENK)
red("IBAN", IBAN_HENK, IBAN_HENK, IBAN_HENK.replace(" ", ""))
red("CRIMINAL", "proces-verbaal 2025-OOST-118734", "2025-OOST-118734", "dierenmishandeling")
red("PERSON", "Gerdien Verhoeckx-van Wely", "Wely", "Gerdien")
red("PERSON", "Bram Verhoeckx", "Bram")
red("PERSON", "Gijs Nieuwenhuize", "Nieuwenhuize", "Gijs", "g.nieuwenhuize@ltonoord.nl", "06 2290 1147")
# factory staff
red("PERSON", "Ruud Prinsenberg", "Prinsenberg", "Ruud", "r.prinsenberg@betuwecoatings.nl", "06 5306 8124")
red("PERSON", "Sabine Koolhaas-Termeer", "Koolhaas", "Termeer", "Sabine", "s.koolhaas@betuwecoatings.nl",
    "0344 68 22 17")
red("PERSON", "Hugo Stavenuiter", "Stavenuiter", "h.stavenuiter@peutz.nl")
# residents near the farm (Lienden)
red("PERSON", "Pieter Lamberink", "Lamberink", "Pieter", "p.lamberink@kpnmail.nl", "06 3854 2261")
red("ADDRESS", "Kooiweg 5, 4033 KG Lienden", "Kooiweg 5", "4033 KG")
red("PERSON", "Wilma Gortzak", "Gortzak", "Wilma", "wgortzak@hotmail.com")
red("ADDRESS", "Achterstraat 27, 4033 CJ Lienden", "Achterstraat 27", "4033 CJ")
red("HEALTH", "COPD (husband of Wilma Gortzak)", "COPD")
red("PERSON", "Erik van Dijkhuizen", "Dijkhuizen", "Erik", "erik.vandijkhuizen@gmail.com", "06 4120 9935")
red("ADDRESS", "Ommerenseweg 40, 4033 ER Lienden", "Ommerenseweg 40", "4033 ER")
red("PERSON", "Hanneke Brouwer-Tap", "Brouwer-Tap", "Hanneke", "Brouwer")
red("ADDRESS", "Dorpsstraat 31, 4033 AH Lienden", "Dorpsstraat 31", "4033 AH")
red("PERSON", "Teun Verschuur", "Verschuur", "Teun")
red("PERSON", "Ben Roelofsen", "Roelofsen")
# residents near the factory (Tiel)
red("PERSON", "Jolanda Wisseborn", "Wisseborn", "Jolanda", "jwisseborn@ziggo.nl", "06 1775 3308")
red("ADDRESS", "Fazantstraat 19, 4005 GL Tiel", "Fazantstraat 19", "4005 GL")
red("HEALTH", "astma (daughter of Jolanda Wisseborn)", "astma", "astma-aanvallen")
red("PERSON", "Marco Terlouw", "Terlouw", "Marco", "marco.terlouw@outlook.com", "0344 61 27 90")
red("ADDRESS", "Merelstraat 4, 4005 GK Tiel", "Merelstraat 4", "4005 GK")
red("PERSON", "Fatma Yıldırım", "Yıldırım", "Fatma", "fatma.yildirim83@gmail.com")
red("ADDRESS", "Sperwerlaan 62, 4005 GS Tiel", "Sperwerlaan 62", "4005 GS")
red("PERSON", "Sven Oosterbaan", "Oosterbaan", "Sven", "sven.oosterbaan@hotmail.com", "06 2748 5530")
red("ADDRESS", "Lingedijk 143, 4004 LE Tiel", "Lingedijk 143", "4004 LE")
red("PERSON", "Dirk-Jan Mulderije", "Mulderije", "Dirk-Jan", "06 3302 9174")
red("PERSON", "Ans Quist-Heuvelman", "Quist-Heuvelman", "Quist")
red("PERSON", "Rob Tijhuis", "Tijhuis")
red("PERSON", "Gerrit Blankespoor", "Blankespoor", "Gerrit")
red("PERSON", "Ilse Vreugdenhil", "Vreugdenhil")
red("PERSON", "Kees Bakkenes", "Bakkenes")
red("PERSON", "Miriam de Ruijter-Vos", "Ruijter-Vos", "Miriam")
red("ADDRESS", "complainants' addresses (register)", "Kwartelstraat 8", "Havikstraat 33", "Zwaluwstraat 2",
    "Reigerstraat 17", "Buizerdlaan 5", "Kievitstraat 40", "Sperwerlaan 9", "Ooievaarstraat 11")
red("PHONE", "complainants' phone numbers (register)", "06 1940 2283", "06 5537 0716", "0344 63 15 48",
    "06 8114 9032", "06 2475 6619")
# law firm and Raad van State staff
red("PERSON", "Tessa Bloemendal", "Bloemendal", "Tessa", "bloemendal@dirkzwager.nl", "026 365 56 47")
red("PERSON", "Joris Ebbinkhuijsen", "Ebbinkhuijsen", "Joris", "ebbinkhuijsen@dirkzwager.nl")
red("PERSON", "Nadia Bouzambou", "Bouzambou", "Nadia", "n.bouzambou@raadvanstate.nl", "070 426 48 19")
red("PERSON", "Arjen Dolleman", "Dolleman", "Arjen", "a.dolleman@raadvanstate.nl")
# persons only in hidden channels
red("PERSON", "Femke Rietbergen", "Rietbergen")
red("PERSON", "Marjolein Tuenter", "Tuenter")
red("PERSON", "Wouter Brakkee", "Brakkee")
red("PERSON", "Niels Kamperman", "Kamperman")
red("PERSON", "Lisa Zwartkruis", "Zwartkruis", "l.zwartkruis@odrivierenland.nl")
red("PERSON", "Arend Mulckhuyse", "Mulckhuyse")

# ---------------------------------------------------------------- public (keep)
keep("ORG", "Provincie Gelderland", "Provincie Gelderland", "provincie Gelderland")
keep("ORG", "Gedeputeerde Staten van Gelderland", "Gedeputeerde Staten van Gelderland", "Gedeputeerde Staten")
keep("ORG", "Provinciale Staten", "Provinciale Staten")
keep("ORG", "Omgevingsdienst Rivierenland", "Omgevingsdienst Rivierenland")
keep("ORG", "ODR", "ODR")
keep("ORG", "gemeente Buren", "gemeente Buren", "Gemeente Buren")
keep("ORG", "gemeente Tiel", "gemeente Tiel", "Gemeente Tiel")
keep("ORG", "Raad van State", "Raad van State")
keep("ORG", "Afdeling bestuursrechtspraak", "Afdeling bestuursrechtspraak", "Afdeling")
keep("ORG", "Betuwe Coatings B.V.", "Betuwe Coatings")
keep("ORG", "Dirkzwager", "Dirkzwager")
keep("ORG", "LTO Noord", "LTO Noord")
keep("ORG", "Stichting Leefbaar Lienden-Oost", "Leefbaar Lienden-Oost")
keep("ORG", "Kamer van Koophandel", "Kamer van Koophandel", "KvK")
keep("ORG", "Kadaster", "Kadaster")
keep("ORG", "Peutz", "Peutz")
keep("ORG", "NVWA", "NVWA")
keep("ORG", "GGD Gelderland-Zuid", "GGD Gelderland-Zuid")
keep("ORG", "PostNL", "PostNL")
keep("ORG", "Rabobank", "Rabobank")
keep("ORG", "Politie Oost-Nederland", "Politie")
keep("ORG", "Commissie bezwaarschriften", "commissie bezwaarschriften", "Commissie bezwaarschriften")
keep("ORG", "Rijkswaterstaat", "Rijkswaterstaat")
keep("PLACE", "Arnhem", "Arnhem")
keep("PLACE", "Den Haag", "Den Haag")
keep("PLACE", "Betuwe", "Betuwe")
keep("PLACE", "Amsterdam-Rijnkanaal", "Amsterdam-Rijnkanaal")
keep("PLACE", "Panovenweg 18 (company address)", "Panovenweg 18")
keep("PLACE", "Markt 11 (provinciehuis)", "Markt 11")
keep("PLACE", "Kneuterdijk 22 (Raad van State)", "Kneuterdijk 22")
keep("PLACE", "Prins Bernhardlaan (street named after a person)", "Prins Bernhardlaan")
keep("PLACE", "Burgemeester Meslaan (street named after a person)", "Burgemeester Meslaan")
keep("LAW", "Omgevingswet", "Omgevingswet")
keep("LAW", "Besluit activiteiten leefomgeving", "Besluit activiteiten leefomgeving", "Bal")
keep("LAW", "Besluit kwaliteit leefomgeving", "Besluit kwaliteit leefomgeving")
keep("LAW", "Omgevingsbesluit", "Omgevingsbesluit")
keep("LAW", "Algemene wet bestuursrecht", "Algemene wet bestuursrecht", "Awb")
keep("LAW", "Wet open overheid", "Wet open overheid", "Woo")
keep("LAW", "Handelsregisterwet 2007", "Handelsregisterwet 2007")
keep("LAW", "Omgevingsverordening Gelderland", "Omgevingsverordening Gelderland")
keep("LAW", "artikel 5:32 Awb", "artikel 5:32", "artikel 5:37", "artikel 5:31d", "artikel 5:33", "artikel 4:8",
     "artikel 3.84", "artikel 3.117", "artikel 4.746", "artikel 8:42", "artikel 18.1")
keep("LAW", "Wet dieren", "Wet dieren")
keep("PROGRAMME", "Gelderse Maatregelen Stikstof", "Gelderse Maatregelen Stikstof")
keep("PRODUCT", "AERIUS Calculator", "AERIUS Calculator")
keep("PRODUCT", "Omgevingsloket", "Omgevingsloket")
keep("PRODUCT", "BBT-conclusies", "BBT-conclusies", "BREF")
keep("OFFICE_HOLDER", "commissaris van de Koning John Berends", "Berends")
keep("OFFICE_HOLDER", "gedeputeerde Marieke Roodbergen (invented)", "Roodbergen", "Marieke Roodbergen")
keep("OFFICE_HOLDER", "burgemeester Joost van Oostrum (Buren)", "Van Oostrum", "van Oostrum")
keep("OFFICE_HOLDER", "burgemeester Hein van der Loo (Tiel)", "Van der Loo", "van der Loo")
keep("OFFICE_HOLDER", "wethouder Gijsbert Koudijs (Buren, invented)", "Koudijs")
keep("OFFICE_HOLDER", "woordvoerder Thomas Aalderink (spokesperson, invented)", "Aalderink")
keep("MAILBOX", "post@gelderland.nl", "post@gelderland.nl")
keep("MAILBOX", "info@odrivierenland.nl", "info@odrivierenland.nl")
keep("MAILBOX", "vergunningen@odrivierenland.nl", "vergunningen@odrivierenland.nl")
keep("MAILBOX", "handhaving@odrivierenland.nl", "handhaving@odrivierenland.nl")
keep("MAILBOX", "bestuursrechtspraak@raadvanstate.nl", "bestuursrechtspraak@raadvanstate.nl")
keep("MAILBOX", "klachten@odrivierenland.nl", "klachten@odrivierenland.nl")
keep("MAILBOX", "woo@gelderland.nl", "woo@gelderland.nl")
keep("MAILBOX", "pers@gelderland.nl", "pers@gelderland.nl")
keep("PHONE_GENERAL", "026 359 91 11", "026 359 91 11")
keep("PHONE_GENERAL", "0344 57 98 00", "0344 57 98 00")
keep("PHONE_GENERAL", "070 426 44 26", "070 426 44 26")
keep("PHONE_GENERAL", "0900 - 8844 (politie)", "0900-8844")
keep("IBAN_ORG", IBAN_PROV, IBAN_PROV)
keep("KVK_ORG", "KvK Betuwe Coatings 30217745", "30217745")
keep("CASE", "case and reference numbers", "Z2026-004518", "Z2026-011302", "OLO 9815532", "HH-2026-0193",
     "HH-2026-0247", "202605317/1/R2", "2026-008817", "2026-012450", "BZ-2026-031", "GS-2026-0644",
     "KL-2026-0412", "RO-2026-117", "PS-2026-19")
keep("AMOUNT", "amounts", "€ 2.500", "€ 50.000", "€ 7.500", "€ 365", "€ 184")
keep("JOB", "job titles", "toezichthouder", "vergunningverlener", "handhavingsjurist", "teamleider",
     "adviseur geluid", "beleidsadviseur", "griffier", "advocaat")
keep("DATE", "meeting and decision dates", "14 april 2026", "3 juni 2026", "9 september 2026",
     "22 september 2026", "11 november 2026")
keep("TERM", "substances and measures", "ammoniak", "geur", "luchtwasser", "tolueen", "xyleen",
     "dB(A)", "odour units", "ouE/m3", "emissiepunt")


# ---------------------------------------------------------------- producers
def _rx_inline(t: str) -> str:
    t = escape(t).replace("&lt;br/&gt;", "<br/>")  # a line break within a paragraph (address blocks)
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)


_FONTS_DONE = False


def rl_fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    fams = {
        "DejaVuSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
        "DejaVuSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
        "LiberationSerif": ("liberation2/LiberationSerif-Regular.ttf", "liberation2/LiberationSerif-Bold.ttf"),
        "LiberationSans": ("liberation2/LiberationSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf"),
        "Carlito": ("crosextra/Carlito-Regular.ttf", "crosextra/Carlito-Bold.ttf"),
        "DejaVuSansCondensed": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    }
    for fam, (r, b) in fams.items():
        pdfmetrics.registerFont(TTFont(fam, f"{FONTS}/{r}"))
        pdfmetrics.registerFont(TTFont(fam + "-Bold", f"{FONTS}/{b}"))
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-Bold")
        addMapping(fam, 0, 1, fam)
        addMapping(fam, 1, 1, fam + "-Bold")
    _FONTS_DONE = True


BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}


def signature_png(seed: int, w=360, h=110) -> bytes:
    from PIL import Image, ImageDraw
    rnd = random.Random(seed)
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    pts, x = [], 10
    while x < w - 20:
        pts.append((x, h / 2 + rnd.uniform(-35, 35)))
        x += rnd.uniform(8, 22)
    d.line(pts, fill=(20, 30, 90), width=3)
    d.line([(pts[0][0], pts[0][1] + 20), (w - 30, h / 2 + 25)], fill=(20, 30, 90), width=2)
    b = io.BytesIO()
    im.save(b, "PNG")
    return b.getvalue()


def build_rl(path: Path, blocks: list, font="Helvetica", size=10, landscape=False, author="", title="",
             margins=(2.2, 2.0, 2.2, 2.0)):
    from reportlab.lib.pagesizes import A4, landscape as ls
    from reportlab.lib.units import cm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak,
                                    Image as RLImage)
    rl_fonts()
    bold = BOLD.get(font, font + "-Bold")
    st = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.35, spaceAfter=size * 0.5)
    sm = ParagraphStyle("s", parent=st, fontSize=size - 2, leading=(size - 2) * 1.3, spaceAfter=2)
    h1 = ParagraphStyle("h1", parent=st, fontName=bold, fontSize=size + 5, leading=size + 9, spaceAfter=8)
    h2 = ParagraphStyle("h2", parent=st, fontName=bold, fontSize=size + 1, leading=size + 5, spaceBefore=6)
    cell = ParagraphStyle("c", parent=st, fontSize=size - 1.5, leading=(size - 1.5) * 1.25, spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cell, fontName=bold)
    ps = ls(A4) if landscape else A4
    l, r, t, b = margins
    doc = SimpleDocTemplate(str(path), pagesize=ps, leftMargin=l * cm, rightMargin=r * cm, topMargin=t * cm,
                            bottomMargin=b * cm, author=author, title=title, creator="ReportLab",
                            subject="")
    avail = ps[0] - (l + r) * cm
    story = []
    for blk in blocks:
        k = blk[0]
        if k == "title":
            story.append(Paragraph(_rx_inline(blk[1]), h1))
        elif k == "h":
            story.append(Paragraph(_rx_inline(blk[1]), h2))
        elif k == "p":
            story.append(Paragraph(_rx_inline(blk[1]), st))
        elif k == "small":
            story.append(Paragraph(_rx_inline(blk[1]), sm))
        elif k == "b":
            story.append(Paragraph("\u2022 " + _rx_inline(blk[1]), ParagraphStyle("bl", parent=st, leftIndent=12,
                                                                                   firstLineIndent=-8)))
        elif k == "sp":
            story.append(Spacer(1, blk[1]))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "sig":
            story.append(RLImage(io.BytesIO(signature_png(blk[1])), width=4.2 * cm, height=1.3 * cm, hAlign="LEFT"))
        elif k in ("table", "kv", "lh"):
            rows = blk[1]
            header = k == "table"
            data = []
            for i, row in enumerate(rows):
                data.append([Paragraph(_rx_inline(str(c)).replace("\n", "<br/>"),
                                       cellb if (header and i == 0) or (k == "lh" and j == 0 and i == 0) else cell)
                             for j, c in enumerate(row)])
            widths = blk[2] if len(blk) > 2 and blk[2] else None
            if widths:
                tot = sum(widths)
                widths = [avail * w / tot for w in widths]
            tb = Table(data, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
            style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                     ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
            if header:
                style += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                          ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee"))]
            story.append(tb)
            tb.setStyle(TableStyle(style))
            story.append(Spacer(1, 6))
        else:
            raise ValueError(k)
    doc.build(story)


def build_docx(path: Path, blocks: list, font="Liberation Sans", size=10.5, author=""):
    import docx
    from docx.shared import Pt, Cm
    d = docx.Document()
    d.core_properties.author = author
    d.core_properties.last_modified_by = author
    d.core_properties.title = ""
    d.core_properties.comments = ""
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.3)
        s.top_margin = s.bottom_margin = Cm(2.0)
    stl = d.styles["Normal"]
    stl.font.name = font
    stl.font.size = Pt(size)
    for hn in ("Heading 1", "Heading 2", "Title"):
        d.styles[hn].font.name = font

    def add_runs(par, text):
        parts = re.split(r"(\*\*.+?\*\*|<br/>)", text)
        for prt in parts:
            if prt == "<br/>":
                par.add_run().add_break()  # a line break within a paragraph (address blocks)
            elif prt.startswith("**") and prt.endswith("**"):
                par.add_run(prt[2:-2]).bold = True
            elif prt:
                par.add_run(prt)

    for blk in blocks:
        k = blk[0]
        if k == "title":
            d.add_heading(blk[1], level=1)
        elif k == "h":
            d.add_heading(blk[1], level=2)
        elif k in ("p", "small"):
            p = d.add_paragraph()
            add_runs(p, blk[1])
            if k == "small":
                for r in p.runs:
                    r.font.size = Pt(size - 2)
        elif k == "b":
            p = d.add_paragraph(style="List Bullet")
            add_runs(p, blk[1])
        elif k == "sp":
            d.add_paragraph()
        elif k == "pb":
            d.add_page_break()
        elif k == "sig":
            d.add_picture(io.BytesIO(signature_png(blk[1])), width=Cm(4.2))
        elif k in ("table", "kv", "lh"):
            rows = blk[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            if k == "table":
                t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    cellp = t.cell(i, j).paragraphs[0]
                    lines = str(c).split("\n")
                    for li, line in enumerate(lines):
                        if li:
                            cellp = t.cell(i, j).add_paragraph()
                        add_runs(cellp, line)
                        if k == "table" and i == 0:
                            for r in cellp.runs:
                                r.bold = True
            d.add_paragraph()
        else:
            raise ValueError(k)
    d.save(str(path))


def lo_convert(docx_paths: list, outdir: Path):
    if not docx_paths:
        return
    prof = Path(tempfile.mkdtemp(prefix="lo_ed_"))
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(outdir), *map(str, docx_paths)], check=True, capture_output=True, timeout=600)
    shutil.rmtree(prof, ignore_errors=True)


def build_scan(path: Path, lines: list, hand=False, seed=1, angle=0.6, quality=55):
    """lines: (text, size_px, indent_px, bold) at 200 dpi; rendered, rotated, noised, JPEG, image-only PDF."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    rnd = random.Random(seed)
    W, H = 1654, 2339
    im = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(im)
    y = 150
    for item in lines:
        if item == "":
            y += 40
            continue
        text, sz, ind, bold = (list(item) + [38, 0, False])[:4] if isinstance(item, tuple) else (item, 38, 0, False)
        if hand:
            f = ImageFont.truetype(f"{FONTS}/femkeklaver/femkeklaver.ttf", sz + 16)
            color = 40
            x = 140 + ind + rnd.randint(-6, 6)
        else:
            f = ImageFont.truetype(f"{FONTS}/liberation2/LiberationSerif-{'Bold' if bold else 'Regular'}.ttf", sz)
            color = 25
            x = 150 + ind
        d.text((x, y), text, font=f, fill=color)
        y += int(sz * (1.75 if hand else 1.45))
    if hand:
        sig = Image.open(io.BytesIO(signature_png(seed))).convert("L")
        im.paste(sig, (150, y + 10))
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=250)
    px = im.load()
    for _ in range(9000):
        xx, yy = rnd.randrange(W), rnd.randrange(H)
        px[xx, yy] = rnd.choice((120, 160, 200))
    im = im.filter(ImageFilter.GaussianBlur(0.35 if hand else 0.6))
    b = io.BytesIO()
    im.save(b, "JPEG", quality=quality)
    Image.open(io.BytesIO(b.getvalue())).save(str(path), "PDF", resolution=200.0)


def postprocess(path: Path, spec: dict):
    """Hidden channels: Info entries, XMP dc:creator, outline titles, sticky notes, mailto links."""
    import pikepdf
    if not any(spec.get(k) for k in ("info", "xmp_creator", "outline", "notes", "links")):
        return
    with pikepdf.open(str(path), allow_overwriting_input=True) as pdf:
        for k, v in (spec.get("info") or {}).items():
            pdf.docinfo[k] = v
        if spec.get("xmp_creator"):
            with pdf.open_metadata(set_pikepdf_as_editor=False) as md:
                md["dc:creator"] = [spec["xmp_creator"]]
                md["dc:title"] = spec.get("xmp_title", path.stem)
        if spec.get("outline"):
            with pdf.open_outline() as ol:
                for title, pg in spec["outline"]:
                    ol.root.append(pikepdf.OutlineItem(title, pg))
        for author, contents, pg, rect in spec.get("notes") or []:
            page = pdf.pages[pg]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=rect,
                T=pikepdf.String(author), Contents=pikepdf.String(contents), Name=pikepdf.Name.Comment,
                Open=False))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(annot)
        for uri, pg, rect in spec.get("links") or []:
            page = pdf.pages[pg]
            annot = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=rect, Border=[0, 0, 0],
                A=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String(uri))))
            if "/Annots" not in page.obj:
                page.obj.Annots = pdf.make_indirect(pikepdf.Array())
            page.obj.Annots.append(annot)
        pdf.save(str(path))


def build_form(path: Path, head: list, fields: list, tail: list, author=""):
    """A web complaint form printed to PDF with filled AcroForm text fields (values only in /V and the
    widgets' appearance streams)."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    rl_fonts()
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setAuthor(author)
    c.setTitle("Klachtformulier")
    W, H = A4
    y = H - 70
    for i, line in enumerate(head):
        c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 15 if i == 0 else 9.5)
        c.drawString(60, y, line)
        y -= 22 if i == 0 else 14
    y -= 10
    for n, (label, value, h) in enumerate(fields):
        c.setFont("Helvetica", 9.5)
        c.drawString(60, y, label)
        c.acroForm.textfield(name=f"f{n}", value=value, x=220, y=y - 5 - (h - 18), width=310, height=h,
                             fontName="Helvetica", fontSize=9, borderWidth=0.6, fieldFlags="multiline" if h > 20 else "")
        y -= h + 12
    y -= 8
    for line in tail:
        c.setFont("Helvetica", 9)
        c.drawString(60, y, line)
        y -= 13
    c.showPage()
    c.save()


# ---------------------------------------------------------------- documents
DOCS: list = []


def doc(stem, producer, blocks=None, **opts):
    DOCS.append({"stem": stem, "producer": producer, "blocks": blocks or [], **opts})

ODR_LH = ("lh", [["Omgevingsdienst Rivierenland", "Postbus 6052\n4000 HB Tiel\nT 0344 57 98 00\ninfo@odrivierenland.nl"]],
          [3, 2])
PROV_LH = ("lh", [["Provincie Gelderland", "Markt 11, 6811 CG Arnhem\nPostbus 9090, 6800 GX Arnhem\n"
                   "T 026 359 91 11\npost@gelderland.nl"]], [3, 2])

# ed01: acknowledgement of the permit application (reportlab Helvetica)
doc("ed01", "rl", [
    ODR_LH, ("sp", 14),
    ("p", "Betuwe Coatings B.V.<br/>t.a.v. de heer R. Prinsenberg, directeur<br/>Panovenweg 18<br/>4004 JE Tiel"),
    ("sp", 8),
    ("kv", [["Datum", "3 februari 2026"], ["Ons kenmerk", "Z2026-004518"], ["Uw aanvraag", "OLO 9815532"],
            ["Behandeld door", "R.M. Hoefnagels, vergunningverlener"], ["Telefoon", "0344 57 98 41"],
            ["E-mail", "r.hoefnagels@odrivierenland.nl"],
            ["Onderwerp", "Ontvangstbevestiging aanvraag omgevingsvergunning milieubelastende activiteit"]], [1, 3]),
    ("p", "Geachte heer Prinsenberg,"),
    ("p", "Op 28 januari 2026 hebben wij via het Omgevingsloket uw aanvraag ontvangen voor een omgevingsvergunning "
          "voor een milieubelastende activiteit (artikel 5.1, tweede lid, onder b, van de Omgevingswet) voor het "
          "uitbreiden van de spuitcabines en het plaatsen van een tweede naverbrander op het perceel Panovenweg 18 "
          "in Tiel. Gedeputeerde Staten van Gelderland zijn bevoegd gezag, omdat de inrichting een IPPC-installatie "
          "is (bijlage V Omgevingsbesluit). De Omgevingsdienst Rivierenland (ODR) behandelt de aanvraag namens hen."),
    ("p", "Op de aanvraag is de uitgebreide voorbereidingsprocedure van afdeling 3.4 van de Algemene wet "
          "bestuursrecht (Awb) van toepassing. De beslistermijn is zes maanden. Wij beoordelen de aanvraag aan de "
          "hand van het Besluit activiteiten leefomgeving (Bal) en de BBT-conclusies voor de oppervlaktebehandeling "
          "met organische oplosmiddelen (BREF STS). Uit een eerste toets blijkt dat de aanvraag op twee punten "
          "onvolledig is:"),
    ("b", "het geuronderzoek gaat niet in op de emissie van tolueen en xyleen bij emissiepunt E3;"),
    ("b", "de AERIUS Calculator-berekening voor de stikstofdepositie ontbreekt."),
    ("p", "Wij vragen u deze gegevens binnen vier weken aan te vullen via het Omgevingsloket (artikel 4:5 Awb). "
          "Voor inhoudelijke vragen kunt u contact opnemen met de heer Hoefnagels. Algemene vragen kunt u stellen "
          "via vergunningen@odrivierenland.nl of 0344 57 98 00."),
    ("p", "Met vriendelijke groet,"), ("sig", 11),
    ("p", "namens Gedeputeerde Staten van Gelderland,<br/>Rutger Hoefnagels<br/>vergunningverlener, team Vergunningen"),
    ("small", "Kopie: gemeente Tiel, t.a.v. R. Pothoven (ter informatie, mede i.v.m. de aansluiting op de riolering)"),
], font="Helvetica", author="Omgevingsdienst Rivierenland", title="Ontvangstbevestiging Z2026-004518")

# ed02: public notice of the draft decision (reportlab Times, two columns as tables)
doc("ed02", "rl", [
    ("title", "Kennisgeving ontwerpbesluit omgevingsvergunning Betuwe Coatings B.V., Tiel"),
    ("small", "Provinciaal Blad van Gelderland, PS-2026-19, 14 april 2026"),
    ("p", "Gedeputeerde Staten van Gelderland maken bekend dat zij van plan zijn een omgevingsvergunning te "
          "verlenen aan Betuwe Coatings B.V. (KvK 30217745) voor het veranderen van een milieubelastende activiteit "
          "aan de Panovenweg 18 in Tiel (zaaknummer Z2026-004518). Het gaat om twee extra spuitcabines, een "
          "tweede naverbrander en een nieuw emissiepunt aan de zijde van het Amsterdam-Rijnkanaal."),
    ("h", "Inzage"),
    ("p", "Het ontwerpbesluit en de bijbehorende stukken liggen van 15 april 2026 tot en met 26 mei 2026 ter inzage. "
          "U kunt de stukken inzien op www.officielebekendmakingen.nl en, op afspraak, in het provinciehuis "
          "(Markt 11, Arnhem) en in het stadhuis van de gemeente Tiel. Een afspraak maakt u via 026 359 91 11."),
    ("h", "Zienswijzen"),
    ("p", "Iedereen kan tijdens de inzagetermijn een zienswijze naar voren brengen. Schriftelijke zienswijzen "
          "stuurt u aan Gedeputeerde Staten van Gelderland, p/a Omgevingsdienst Rivierenland, Postbus 6052, "
          "4000 HB Tiel, of per e-mail aan vergunningen@odrivierenland.nl, onder vermelding van Z2026-004518. "
          "Wilt u mondeling een zienswijze geven, bel dan 0344 57 98 00."),
    ("p", "Op 3 juni 2026 organiseert de ODR een informatieavond in het stadhuis van Tiel. Ook de geur- en "
          "geluidsrapporten van Peutz worden daar toegelicht."),
    ("h", "Persoonsgegevens"),
    ("p", "Uw zienswijze wordt met uw naam en adres opgenomen in het dossier. In de openbare nota van zienswijzen "
          "worden persoonsgegevens weggelaten. Zie de privacyverklaring van de Provincie Gelderland."),
], font="Times-Roman", size=10.5, author="Provincie Gelderland", title="Kennisgeving ontwerpbesluit")

# ed03: zienswijze by e-mail, printed (python-docx -> LibreOffice, Carlito)
doc("ed03", "lo", [
    ("kv", [["Van:", "Jolanda Wisseborn <jwisseborn@ziggo.nl>"],
            ["Verzonden:", "donderdag 7 mei 2026 22:14"],
            ["Aan:", "vergunningen@odrivierenland.nl"],
            ["CC:", "Marco Terlouw <marco.terlouw@outlook.com>"],
            ["Onderwerp:", "Zienswijze ontwerpbesluit Betuwe Coatings, Z2026-004518"]], [1, 4]),
    ("p", "Geachte heer, mevrouw,"),
    ("p", "Hierbij dien ik een zienswijze in tegen het ontwerpbesluit van Gedeputeerde Staten van Gelderland over "
          "de uitbreiding van Betuwe Coatings B.V. aan de Panovenweg 18. Ik woon met mijn gezin op de "
          "Fazantstraat 19, 4005 GL Tiel, op ongeveer 350 meter van de nieuwe schoorsteen."),
    ("p", "1. Geur. Nu al ruiken wij op avonden met oostenwind een oplosmiddelgeur. Het geurrapport rekent met "
          "0,5 odour units (ouE/m3) als 98-percentiel op onze woning, maar meet niet tijdens het vullen van de "
          "tanks. Onze dochter heeft astma en krijgt op zulke avonden astma-aanvallen; onze huisarts heeft dat "
          "bevestigd. Ik vraag u een strengere geurnorm op te nemen."),
    ("p", "2. Geluid. De naverbrander draait ook 's nachts. Een grenswaarde van 40 dB(A) in de nachtperiode op de "
          "gevel van de woningen aan de Burgemeester Meslaan is naar mijn mening te ruim."),
    ("p", "3. Verkeer. Vrachtwagens rijden nu door de woonwijk in plaats van via de Prins Bernhardlaan."),
    ("p", "Mijn buurman, de heer Terlouw (Merelstraat 4), sluit zich bij deze zienswijze aan. Wij willen graag "
          "worden uitgenodigd voor de informatieavond van 3 juni 2026."),
    ("p", "Met vriendelijke groet,"),
    ("p", "Jolanda Wisseborn\nFazantstraat 19\n4005 GL Tiel\n06 1775 3308"),
], font="Carlito", size=11, docx_author="Jolanda Wisseborn")

# ed04: zienswijze of a residents' foundation (reportlab Liberation Serif, 2 pages)
doc("ed04", "rl", [
    ("p", "**Stichting Leefbaar Lienden-Oost**<br/>p/a Ommerenseweg 40<br/>4033 ER Lienden<br/>"
          "erik.vandijkhuizen@gmail.com"),
    ("sp", 10),
    ("p", "Gedeputeerde Staten van Gelderland<br/>p/a Omgevingsdienst Rivierenland<br/>Postbus 6052<br/>4000 HB Tiel"),
    ("sp", 6),
    ("kv", [["Lienden,", "19 mei 2026"], ["Betreft:", "zienswijze en verzoek om handhaving varkenshouderij "
                                           "Zandweg, Lienden (uw kenmerk HH-2026-0193)"]], [1, 5]),
    ("p", "Geachte leden van het college,"),
    ("p", "Namens het bestuur van Stichting Leefbaar Lienden-Oost en de hieronder genoemde omwonenden schrijf ik u "
          "over de varkenshouderij van de heer H.J. Verhoeckx aan de Zandweg in Lienden. Sinds de uitbreiding van "
          "stal 3 in 2024 is de geurhinder sterk toegenomen. Bewoners melden vooral na het mixen van mest en bij "
          "het ventileren in de avond een penetrante geur."),
    ("p", "Wij hebben sterke aanwijzingen dat de luchtwasser van stal 3 regelmatig uitstaat. Op 2, 9 en 16 mei "
          "2026 hebben bewoners 's avonds geen geluid van de wasserpompen gehoord, terwijl de ventilatoren wel "
          "draaiden. Wij verzoeken u op grond van artikel 5:31d Awb handhavend op te treden en de "
          "ammoniak-emissie te laten meten."),
    ("h", "Gezondheid"),
    ("p", "Mevrouw Gortzak, Achterstraat 27, laat weten dat haar man door COPD niet meer buiten kan zitten als de "
          "wind uit het zuidwesten komt. De GGD Gelderland-Zuid heeft ons eerder geadviseerd de klachten te "
          "blijven melden bij de ODR."),
    ("h", "Ondertekenaars"),
    ("table", [["Naam", "Adres", "Contact"],
               ["Erik van Dijkhuizen (voorzitter)", "Ommerenseweg 40, 4033 ER Lienden", "06 4120 9935"],
               ["Wilma Gortzak", "Achterstraat 27, 4033 CJ Lienden", "wgortzak@hotmail.com"],
               ["Pieter Lamberink", "Kooiweg 5, 4033 KG Lienden", "p.lamberink@kpnmail.nl"],
               ["Ben Roelofsen", "Kooiweg 5, 4033 KG Lienden", "via Pieter Lamberink"]], [3, 4, 3]),
    ("pb",),
    ("h", "Verzoek"),
    ("p", "Wij verzoeken Gedeputeerde Staten van Gelderland:"),
    ("b", "een onaangekondigde controle uit te voeren op de werking van de luchtwasser, met uitlezing van het "
          "elektronisch logboek over de afgelopen drie maanden;"),
    ("b", "bij overtreding een last onder dwangsom op te leggen (artikel 5:32 Awb);"),
    ("b", "de gemeente Buren en wethouder Koudijs te informeren over de uitkomst."),
    ("p", "Wij hebben dit verzoek ook besproken met burgemeester Van Oostrum tijdens het wijkgesprek op "
          "14 april 2026. Hij heeft toegezegd de zorgen door te geven aan de provincie."),
    ("p", "Correspondentie over dit verzoek ontvangen wij graag per e-mail op erik.vandijkhuizen@gmail.com."),
    ("p", "Met vriendelijke groet,<br/>namens het bestuur,"), ("sig", 4),
    ("p", "Erik van Dijkhuizen<br/>voorzitter"),
], font="LiberationSerif", size=10.5, author="Erik van Dijkhuizen", title="Zienswijze Leefbaar Lienden-Oost")

# ed05: handwritten objection, scanned (image only)
doc("ed05", "scan", [
    ("Hanneke Brouwer-Tap", 40),
    ("Dorpsstraat 31", 40),
    ("4033 AH Lienden", 40),
    "",
    ("Aan Gedeputeerde Staten van Gelderland", 40),
    ("p/a Omgevingsdienst Rivierenland", 40),
    "",
    ("Lienden, 21 mei 2026", 40),
    "",
    ("Betreft: bezwaar tegen de stank van de", 40),
    ("varkens van Verhoeckx, Zandweg", 40),
    "",
    ("Geachte heer, mevrouw,", 40),
    ("Ik wil bezwaar maken. Sinds vorig jaar", 40),
    ("stinkt het elke avond. Ik kan mijn was", 40),
    ("niet meer buiten hangen. Mijn buurman", 40),
    ("Teun Verschuur zegt dat de wasser uit staat.", 40),
    ("Wilt u dat controleren? U kunt mij bellen", 40),
    ("op 0344 64 18 05.", 40),
    "",
    ("Hoogachtend,", 40),
    ("Hanneke Brouwer-Tap", 40),
], hand=True, seed=5, angle=0.8)

# ed06: nota van zienswijzen (python-docx -> LibreOffice, table; 2 pages)
doc("ed06", "lo", [
    ("title", "Nota van zienswijzen"),
    ("p", "Ontwerpbesluit omgevingsvergunning Betuwe Coatings B.V., Panovenweg 18 te Tiel, zaaknummer Z2026-004518. "
          "Concept ten behoeve van het besluit van Gedeputeerde Staten van Gelderland. Opgesteld door "
          "R. Hoefnagels (ODR) met inbreng van D. Kloosterboer (adviseur geluid)."),
    ("h", "1. Ontvangen zienswijzen"),
    ("p", "Tijdens de inzagetermijn (15 april 2026 tot en met 26 mei 2026) zijn vier zienswijzen ontvangen. De "
          "indieners staan hieronder; in de openbare versie worden hun gegevens weggelaten."),
    ("table", [["Nr.", "Indiener", "Adres", "Ontvangen"],
               ["1", "J. Wisseborn, mede namens M. Terlouw", "Fazantstraat 19, 4005 GL Tiel", "7 mei 2026"],
               ["2", "F. Yıldırım", "Sperwerlaan 62, 4005 GS Tiel", "12 mei 2026"],
               ["3", "S. Oosterbaan", "Lingedijk 143, 4004 LE Tiel", "25 mei 2026"],
               ["4", "Rijkswaterstaat Oost-Nederland", "Postbus 9070, Arnhem", "26 mei 2026"]]),
    ("h", "2. Samenvatting en beantwoording"),
    ("table", [["Nr.", "Zienswijze", "Reactie", "Gevolg"],
               ["1a", "Geur: de norm van 0,5 ouE/m3 is te ruim; de vulprocedure is niet meegenomen.",
                "Het geuronderzoek is aangevuld met de vulprocedure. De emissie van tolueen en xyleen blijft "
                "binnen de BBT-conclusies.", "Voorschrift 3.2.4 aangescherpt."],
               ["1b", "Gezondheid van een kind met astma in de woning van indiener 1.",
                "Wij hebben de GGD Gelderland-Zuid om advies gevraagd.", "Geen wijziging."],
               ["1c", "Geluid 's nachts bij de Burgemeester Meslaan.",
                "De heer Kloosterboer heeft de berekening gecontroleerd: 38 dB(A) etmaalwaarde op de gevel.",
                "Geen wijziging."],
               ["2", "Mevrouw Yıldırım vraagt om een meldnummer voor geurklachten.",
                "Klachten kunnen 24 uur per dag worden gemeld via 0344 57 98 00 of klachten@odrivierenland.nl.",
                "Geen wijziging."],
               ["3", "De heer Oosterbaan stelt dat de vrachtwagenroute niet via de woonwijk mag lopen.",
                "Verkeer op de openbare weg valt buiten deze vergunning; de gemeente Tiel is geïnformeerd.",
                "Geen wijziging."],
               ["4", "Rijkswaterstaat vraagt om een lozingsvoorschrift voor het Amsterdam-Rijnkanaal.",
                "Het voorschrift is opgenomen.", "Voorschrift 5.1.1 toegevoegd."]]),
    ("h", "3. Conclusie"),
    ("p", "De zienswijzen leiden tot twee wijzigingen ten opzichte van het ontwerpbesluit. Gedeputeerde Staten "
          "besluiten op 9 september 2026. Vragen: vergunningen@odrivierenland.nl."),
    ("small", "Concept 0.3 – opmerkingen van Mirte van Schaijk (teamleider) verwerkt op 1 juli 2026."),
], font="Liberation Sans", size=10)

# ed07: the permit decision (reportlab DejaVu Sans, 3 pages, outline, Info /Author)
doc("ed07", "rl", [
    PROV_LH, ("sp", 10),
    ("title", "Besluit omgevingsvergunning milieubelastende activiteit"),
    ("kv", [["Zaaknummer", "Z2026-004518"], ["Aanvraag", "OLO 9815532, ontvangen 28 januari 2026"],
            ["Aanvrager", "Betuwe Coatings B.V., Panovenweg 18, 4004 JE Tiel (KvK 30217745)"],
            ["Datum besluit", "9 september 2026"], ["Ons kenmerk", "2026-008817"]], [1, 3]),
    ("h", "1. Besluit"),
    ("p", "Gedeputeerde Staten van Gelderland besluiten, gelet op artikel 5.1 van de Omgevingswet, de "
          "Omgevingsverordening Gelderland en de artikelen 8.74 en 8.77 van het Besluit kwaliteit leefomgeving, "
          "de omgevingsvergunning voor het veranderen van de milieubelastende activiteit te verlenen, met de "
          "voorschriften in bijlage 1. De nota van zienswijzen maakt deel uit van dit besluit."),
    ("h", "2. Procedure"),
    ("p", "De aanvraag is op 3 februari 2026 bevestigd en op 2 maart 2026 aangevuld met een geuronderzoek en een "
          "AERIUS Calculator-berekening. Het ontwerpbesluit heeft van 15 april 2026 tot en met 26 mei 2026 ter "
          "inzage gelegen. Er zijn vier zienswijzen ingediend; zie de nota van zienswijzen."),
    ("p", "De gemeente Tiel heeft op 18 februari 2026 advies uitgebracht (behandelend ambtenaar "
          "R. Pothoven, 0344 63 71 25). Burgemeester Van der Loo heeft in een brief van 2 maart 2026 gevraagd "
          "om extra aandacht voor de vrachtwagenroute."),
    ("h", "3. Overwegingen"),
    ("p", "**Geur.** De activiteit valt onder paragraaf 3.3.6 van het Besluit activiteiten leefomgeving. De "
          "geurbelasting op de dichtstbijzijnde woningen bedraagt na de wijziging ten hoogste 0,5 ouE/m3 als "
          "98-percentiel. Dit is aanvaardbaar. Met de tweede naverbrander daalt de emissie van tolueen en xyleen "
          "met circa 40 procent."),
    ("p", "**Geluid.** Peutz heeft het akoestisch onderzoek uitgevoerd (rapport O 2026-114, opgesteld door "
          "ir. H. Stavenuiter). De adviseur geluid van de ODR heeft het onderzoek beoordeeld. De grenswaarden van "
          "50, 45 en 40 dB(A) voor dag, avond en nacht worden gehaald."),
    ("p", "**BBT.** De installatie voldoet aan de BBT-conclusies (BREF STS, 2020). Voor emissiepunt E3 geldt een "
          "emissiegrenswaarde van 20 mg C/Nm3."),
    ("pb",),
    ("p", "**Stikstof.** Uit de AERIUS Calculator-berekening volgt geen toename van depositie boven 0,00 mol/ha/jaar "
          "op Natura 2000-gebieden. Een natuurvergunning is niet nodig. De maatregel past binnen het programma "
          "Gelderse Maatregelen Stikstof."),
    ("p", "**Afvalwater.** Op verzoek van Rijkswaterstaat is een voorschrift opgenomen voor de lozing van "
          "koelwater op het Amsterdam-Rijnkanaal."),
    ("h", "4. Zienswijzen"),
    ("p", "De zienswijzen van vier indieners zijn beantwoord in de nota van zienswijzen. Naar aanleiding van de "
          "zienswijze van mevrouw Wisseborn is het voorschrift over de vulprocedure aangescherpt."),
    ("h", "5. Voorschriften (uittreksel)"),
    ("table", [["Nr.", "Voorschrift"],
               ["3.2.4", "Tijdens het vullen van de opslagtanks is de dampretour aangesloten; het vullen gebeurt "
                         "alleen tussen 07.00 en 19.00 uur."],
               ["3.3.1", "De naverbrander is in werking zolang een spuitcabine in gebruik is."],
               ["4.1.2", "Het langtijdgemiddeld beoordelingsniveau bedraagt op de beoordelingspunten niet meer "
                         "dan 50, 45 en 40 dB(A)."],
               ["5.1.1", "Koelwater wordt alleen via het controlepunt geloosd."]], [1, 6]),
    ("h", "6. Beroep"),
    ("p", "Belanghebbenden kunnen binnen zes weken na de dag van terinzagelegging beroep instellen bij de "
          "Afdeling bestuursrechtspraak van de Raad van State, Postbus 20019, 2500 EA Den Haag. Wie beroep "
          "instelt, kan de voorzieningenrechter vragen om een voorlopige voorziening (artikel 8:81 Awb)."),
    ("p", "Gedeputeerde Staten van Gelderland,<br/>namens dezen,"), ("sig", 7),
    ("p", "Mirte van Schaijk<br/>teamleider Vergunningen, Omgevingsdienst Rivierenland"),
    ("pb",),
    ("h", "Bijlage 2. Verzendlijst"),
    ("table", [["Aan", "Adres"],
               ["Betuwe Coatings B.V.", "Panovenweg 18, 4004 JE Tiel"],
               ["J. Wisseborn", "Fazantstraat 19, 4005 GL Tiel"],
               ["M. Terlouw", "Merelstraat 4, 4005 GK Tiel"],
               ["F. Yıldırım", "Sperwerlaan 62, 4005 GS Tiel"],
               ["S. Oosterbaan", "Lingedijk 143, 4004 LE Tiel"],
               ["Rijkswaterstaat Oost-Nederland", "Postbus 9070, 6800 ED Arnhem"],
               ["gemeente Tiel", "Postbus 6325, 4000 HH Tiel"]], [2, 3]),
    ("p", "Kopie: gedeputeerde Roodbergen (portefeuille Milieu), Provinciale Staten (ter kennisname)."),
], font="DejaVuSans", size=9.5, author="Provincie Gelderland", title="Besluit Z2026-004518",
    info={"/Author": "Wouter Brakkee"},
    outline=[("1. Besluit", 0), ("5. Voorschriften", 1), ("Bijlage 2 (concept Wouter Brakkee)", 2)],
    hidden=[("PERSON", "Wouter Brakkee", "Brakkee", "metadata"), ("PERSON", "Wouter Brakkee", "Brakkee", "outline")])

# ed08: internal memo on noise (reportlab Courier)
doc("ed08", "rl", [
    ("title", "MEMO"),
    ("kv", [["Aan:", "R. Hoefnagels, vergunningverlener"], ["Van:", "D. Kloosterboer, adviseur geluid"],
            ["Datum:", "22 juli 2026"], ["Zaak:", "Z2026-004518 Betuwe Coatings"],
            ["Onderwerp:", "toets akoestisch onderzoek Peutz O 2026-114"]], [1, 4]),
    ("p", "Rutger,"),
    ("p", "Ik heb het rapport van Peutz doorgenomen. De bronsterktes van de naverbrander (LwA 98 dB(A)) en de "
          "dakventilatoren zijn plausibel. Op beoordelingspunt 7 (gevel Burgemeester Meslaan) kom ik met het "
          "rekenmodel op 38 dB(A) in de nachtperiode; Peutz rekent 39 dB(A). Het verschil zit in de "
          "bodemfactor langs het Amsterdam-Rijnkanaal."),
    ("p", "Ik heb ir. Stavenuiter van Peutz gebeld (h.stavenuiter@peutz.nl); hij past de bodemfactor aan in een "
          "erratum. Zienswijze 1c (Wisseborn) kan met de nieuwe waarde worden beantwoord."),
    ("p", "Let op: de melding van 4 juni 2026 uit de Fazantstraat (klachtnummer KL-2026-0412) gaat over "
          "laagfrequent geluid. Dat valt buiten het rapport; ik stel voor dat Yvette daar bij de eerstvolgende "
          "controle op let."),
    ("p", "Groet,<br/>Daan<br/>0344 57 98 77"),
], font="Courier", size=9.5, author="Omgevingsdienst Rivierenland", title="Memo geluid")

# ed09: inspection report at the farm (reportlab Carlito, 2 pages, XMP creator)
doc("ed09", "rl", [
    ODR_LH,
    ("title", "Controlerapport milieu – agrarische activiteit"),
    ("kv", [["Zaaknummer", "HH-2026-0193"], ["Datum controle", "27 mei 2026, 19.40 – 21.15 uur (onaangekondigd)"],
            ["Toezichthouder", "Y. Strijbosch (06 4391 0826)"], ["Tweede toezichthouder", "K. el Ouazzani"],
            ["Aanleiding", "handhavingsverzoek Stichting Leefbaar Lienden-Oost (19 mei 2026) en meldingen"]], [1, 3]),
    ("h", "1. Gegevens inrichting"),
    ("table", [["Gegeven", "Inhoud"],
               ["Drijver", "H.J. Verhoeckx, h.o.d.n. Varkenshouderij H.J. Verhoeckx (eenmanszaak)"],
               ["KvK-nummer", "71834256"],
               ["Woonadres drijver", "Zandweg 14, 4033 KB Lienden"],
               ["Locatie activiteit", "Zandweg, Lienden (stallen 1 t/m 3), kadastraal Lienden sectie F"],
               ["Contact", "06 5127 4409, henk.verhoeckx@ziggo.nl"],
               ["Vergunde dieren", "3.960 vleesvarkens (Rav-code D 3.2.15.1), stal 3 met chemische luchtwasser"],
               ["Aanwezig bij controle", "de heer Verhoeckx en zijn zoon Bram"]], [1, 3]),
    ("h", "2. Bevindingen"),
    ("p", "Bij aankomst om 19.40 uur was bij de erfgrens een duidelijke varkensgeur waarneembaar (geurintensiteit 4 "
          "op de zevenpuntsschaal). De ventilatoren van stal 3 draaiden op circa 60 procent. De circulatiepomp van "
          "de luchtwasser stond uit; de pH-regeling gaf een storing (\"zuurdosering geblokkeerd\") sinds 3 mei 2026."),
    ("p", "Het elektronisch logboek van de luchtwasser is ter plaatse uitgelezen. Over de periode 1 maart tot en "
          "met 27 mei 2026 was de wasser op 41 van de 88 dagen niet of onvoldoende in werking. Dit is een "
          "overtreding van artikel 4.746 van het Bal in samenhang met de vergunningvoorschriften."),
    ("p", "De heer Verhoeckx verklaarde dat de zuurpomp sinds begin mei defect is en dat de leverancier pas in juli "
          "kan komen. Hij gaf aan dat hij financieel krap zit."),
    ("pb",),
    ("h", "3. Eerdere handhaving"),
    ("p", "In 2025 heeft de NVWA bij dit bedrijf een inspectie uitgevoerd op grond van de Wet dieren. Naar "
          "aanleiding daarvan heeft de Politie Oost-Nederland proces-verbaal 2025-OOST-118734 opgemaakt wegens "
          "dierenmishandeling tegen de drijver. Dit is voor deze milieucontrole niet relevant en wordt in het "
          "handhavingsbesluit niet betrokken."),
    ("h", "4. Conclusie en vervolg"),
    ("p", "Overtreding: de emissiearme techniek van stal 3 wordt niet gebruikt, met een hogere emissie van "
          "ammoniak en geur tot gevolg. Overeenkomstig de Landelijke Handhavingsstrategie (categorie 3B) wordt "
          "een voornemen tot het opleggen van een last onder dwangsom voorbereid. Herstel- en "
          "begunstigingstermijn voorstel: vier weken."),
    ("table", [["Foto", "Omschrijving"],
               ["F1", "display luchtwasser met storingsmelding"],
               ["F2", "uitgelezen logboek, scherm 3 van 5"],
               ["F3", "erf met mestsilo, zicht vanaf de Zandweg"]], [1, 5]),
    ("p", "Opgemaakt naar waarheid door Yvette Strijbosch, toezichthouder, en Karim el Ouazzani, handhavingsjurist, "
          "op 28 mei 2026."),
    ("small", "Paraaf: YSt / KeO – versie 1.1"),
], font="Carlito", size=10.5, author="ODR", title="Controlerapport HH-2026-0193",
    xmp_creator="Marjolein Tuenter",
    hidden=[("PERSON", "Marjolein Tuenter", "Tuenter", "metadata")])

# ed10: Handelsregister extract of the sole trader (reportlab Helvetica, small type)
doc("ed10", "rl", [
    ("title", "Uittreksel Handelsregister Kamer van Koophandel"),
    ("small", "KvK-nummer 71834256 – Pagina 1 (van 1) – Dit uittreksel is gewaarmerkt met een elektronische handtekening "
              "en is een authentiek bewijsmiddel in de zin van artikel 20 van de Handelsregisterwet 2007."),
    ("h", "Onderneming"),
    ("kv", [["Handelsnamen", "Varkenshouderij H.J. Verhoeckx\nVerhoeckx Agrarisch Loonwerk"],
            ["Rechtsvorm", "Eenmanszaak"], ["Startdatum onderneming", "01-04-1995"],
            ["Activiteiten", "SBI-code: 01461 – Fokken en houden van varkens\nSBI-code: 0161 – Dienstverlening voor de "
                             "teelt van gewassen"],
            ["Werkzame personen", "2"]], [1, 2]),
    ("h", "Vestiging"),
    ("kv", [["Vestigingsnummer", "000036182944"], ["Bezoekadres", "Zandweg 14, 4033 KB Lienden"],
            ["Telefoonnummer", "06-51274409"], ["E-mailadres", "henk.verhoeckx@ziggo.nl"]], [1, 2]),
    ("h", "Eigenaar"),
    ("kv", [["Naam", "Verhoeckx, Hendrik Jan"], ["Geboortedatum", "12-03-1968"],
            ["Adres", "Zandweg 14, 4033 KB Lienden"], ["Datum in functie", "01-04-1995"]], [1, 2]),
    ("h", "Gevolmachtigde"),
    ("kv", [["Naam", "Verhoeckx-van Wely, Gerdien"], ["Volmacht", "beperkt, tot € 50.000"]], [1, 2]),
    ("small", "Uittreksel opgevraagd door de Omgevingsdienst Rivierenland op 28 mei 2026 om 10.12 uur, ten behoeve van "
              "zaak HH-2026-0193."),
], font="Helvetica", size=9, author="Kamer van Koophandel", title="Uittreksel 71834256")

# ed11: notice of intent to impose a last onder dwangsom, to the person (python-docx -> LibreOffice, 2 pages)
doc("ed11", "lo", [
    ("p", "Omgevingsdienst Rivierenland – namens Gedeputeerde Staten van Gelderland"),
    ("p", "AANGETEKEND EN PER E-MAIL (henk.verhoeckx@ziggo.nl)"),
    ("p", "De heer H.J. Verhoeckx\nZandweg 14\n4033 KB Lienden"),
    ("kv", [["Datum", "4 juni 2026"], ["Zaaknummer", "HH-2026-0193"], ["Contactpersoon", "mr. K. el Ouazzani"],
            ["Telefoon", "0344 57 98 63"], ["E-mail", "k.elouazzani@odrivierenland.nl"],
            ["Onderwerp", "voornemen last onder dwangsom luchtwasser stal 3"]]),
    ("p", "Geachte heer Verhoeckx,"),
    ("p", "Op 27 mei 2026 heeft toezichthouder Y. Strijbosch uw varkenshouderij aan de Zandweg in Lienden "
          "gecontroleerd. Daarbij is vastgesteld dat de chemische luchtwasser van stal 3 niet in werking was en "
          "dat het logboek over de afgelopen maanden op 41 dagen een storing of uitval laat zien. Hiermee "
          "overtreedt u artikel 4.746 van het Besluit activiteiten leefomgeving en voorschrift 2.3 van uw "
          "omgevingsvergunning van 2023."),
    ("h", "Voornemen"),
    ("p", "Gedeputeerde Staten van Gelderland zijn van plan u een last onder dwangsom op te leggen (artikel 5:32 "
          "Awb en artikel 18.1 Omgevingswet). De last houdt in dat u de luchtwasser binnen vier weken na "
          "verzending van het besluit herstelt en daarna onafgebroken in werking houdt. Als u dat niet doet, "
          "verbeurt u een dwangsom van € 2.500 per dag met een maximum van € 50.000."),
    ("h", "Zienswijze"),
    ("p", "Voordat Gedeputeerde Staten besluiten, kunt u binnen twee weken uw zienswijze geven (artikel 4:8 Awb). "
          "Dat kan schriftelijk, per e-mail aan handhaving@odrivierenland.nl of mondeling. U mag zich laten "
          "bijstaan, bijvoorbeeld door een adviseur van LTO Noord."),
    ("pb",),
    ("h", "Wat als u de overtreding al heeft beëindigd?"),
    ("p", "Stuur ons dan een kopie van de werkbon van de leverancier en een uitdraai van het logboek vanaf de "
          "datum van herstel. Toezichthouder Strijbosch komt dan een hercontrole uitvoeren."),
    ("p", "Wij begrijpen uit het gesprek op 27 mei 2026 dat de kosten van herstel voor u zwaar wegen. Dat is "
          "voor de begunstigingstermijn van belang; de verplichting zelf blijft bestaan."),
    ("p", "Met vriendelijke groet,"),
    ("p", "namens Gedeputeerde Staten van Gelderland,"),
    ("sig", 13),
    ("p", "mr. Karim el Ouazzani\nhandhavingsjurist"),
    ("small", "Kopie: Stichting Leefbaar Lienden-Oost, t.a.v. de heer E. van Dijkhuizen (verzoeker om handhaving); "
              "gemeente Buren."),
], font="DejaVu Serif", size=10)

# ed12: the farmer's adviser's zienswijze by e-mail (reportlab Liberation Sans)
doc("ed12", "rl", [
    ("kv", [["From:", "Gijs Nieuwenhuize <g.nieuwenhuize@ltonoord.nl>"],
            ["Sent:", "Wednesday, June 17, 2026 4:52 PM"],
            ["To:", "handhaving@odrivierenland.nl; Karim el Ouazzani <k.elouazzani@odrivierenland.nl>"],
            ["Cc:", "henk.verhoeckx@ziggo.nl"],
            ["Subject:", "Zienswijze HH-2026-0193 – Varkenshouderij Verhoeckx"]], [1, 5]),
    ("p", "Geachte heer El Ouazzani,"),
    ("p", "Namens mijn cliënt, de heer Verhoeckx, geef ik hierbij een zienswijze op het voornemen van 4 juni 2026."),
    ("p", "1. Mijn cliënt erkent dat de luchtwasser van stal 3 in mei 2026 niet goed werkte. De zuurpomp is op "
          "12 juni 2026 vervangen; de werkbon en een uitdraai van het logboek stuur ik mee."),
    ("p", "2. Een dwangsom van € 2.500 per dag is onevenredig hoog voor een gezinsbedrijf met twee werkzame "
          "personen. Wij verzoeken u de dwangsom te verlagen naar € 365 per dag en de begunstigingstermijn op "
          "acht weken te stellen."),
    ("p", "3. De heer Verhoeckx heeft de stichting eerder uitgenodigd voor een keukentafelgesprek. Zijn vrouw "
          "Gerdien wil daar ook graag bij zijn. Wij vragen de ODR dat gesprek te faciliteren."),
    ("p", "Ik ben bereikbaar op 06 2290 1147.", ),
    ("p", "Met vriendelijke groet,<br/>Gijs Nieuwenhuize<br/>adviseur Ruimte en Milieu, LTO Noord"),
    ("small", "Bijlagen: werkbon_zuurpomp_12062026.pdf; logboek_stal3_juni.xlsx"),
], font="LiberationSans", size=10, author="LTO Noord", title="Zienswijze HH-2026-0193",
    links=[("mailto:g.nieuwenhuize@ltonoord.nl", 0, [100, 770, 300, 785])])

# ed13: decision imposing the last onder dwangsom (reportlab Times, 2 pages, signature)
doc("ed13", "rl", [
    PROV_LH, ("sp", 6),
    ("p", "Aangetekend<br/>De heer H.J. Verhoeckx<br/>Zandweg 14<br/>4033 KB Lienden"),
    ("kv", [["Datum", "1 juli 2026"], ["Ons kenmerk", "2026-012450"], ["Zaaknummer ODR", "HH-2026-0193"],
            ["Behandeld door", "K. el Ouazzani (ODR), 0344 57 98 63"],
            ["Onderwerp", "Besluit last onder dwangsom"]], [1, 3]),
    ("p", "Geachte heer Verhoeckx,"),
    ("p", "Gedeputeerde Staten van Gelderland hebben besloten u een last onder dwangsom op te leggen. In deze brief "
          "leest u waarom en wat u moet doen."),
    ("h", "1. Overtreding"),
    ("p", "Tijdens de controle van 27 mei 2026 is vastgesteld dat de luchtwasser van stal 3 van uw varkenshouderij "
          "niet in werking was. Dit is in strijd met artikel 4.746 van het Besluit activiteiten leefomgeving. "
          "Het controlerapport van toezichthouder Strijbosch is als bijlage bijgevoegd."),
    ("h", "2. Zienswijze"),
    ("p", "Uw adviseur, de heer Nieuwenhuize van LTO Noord, heeft op 17 juni 2026 een zienswijze gegeven. Wij "
          "hebben daarin aanleiding gezien de dwangsom te verlagen tot € 7.500 per week dat de overtreding "
          "voortduurt, met een maximum van € 50.000. De gevraagde begunstigingstermijn van acht weken nemen wij "
          "niet over: de pomp is inmiddels vervangen, zodat vier weken volstaat."),
    ("h", "3. Last"),
    ("p", "U moet uiterlijk 29 juli 2026 de luchtwasser van stal 3 volledig in werking hebben en houden, en het "
          "logboek elke maand aan de ODR sturen (handhaving@odrivierenland.nl). Doet u dat niet, dan verbeurt u een "
          "dwangsom van € 7.500 per week (artikel 5:32 Awb, artikel 5:33 Awb)."),
    ("h", "4. Belangenafweging"),
    ("p", "Wij hebben rekening gehouden met uw financiële situatie, zoals uw adviseur die heeft toegelicht, en met "
          "het belang van omwonenden bij een beperking van geur en ammoniak. Het feit dat u in 2025 door de "
          "politie bent verhoord wegens dierenmishandeling hebben wij niet meegewogen."),
    ("pb",),
    ("h", "5. Bezwaar"),
    ("p", "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken bij Gedeputeerde Staten "
          "van Gelderland, Postbus 9090, 6800 GX Arnhem, of via post@gelderland.nl. Het bezwaar wordt behandeld "
          "door de commissie bezwaarschriften. Bezwaar schorst de werking van dit besluit niet."),
    ("p", "Verbeurde dwangsommen worden ingevorderd op rekening " + IBAN_PROV + " van de Provincie Gelderland."),
    ("p", "Hoogachtend,<br/>Gedeputeerde Staten van Gelderland,<br/>namens dezen,"),
    ("sig", 17),
    ("p", "drs. B. Hogendoorn<br/>afdelingshoofd Vergunningverlening, Toezicht en Handhaving"),
    ("small", "Afschrift: Stichting Leefbaar Lienden-Oost (E. van Dijkhuizen); G. Nieuwenhuize, LTO Noord; gemeente "
              "Buren; gedeputeerde Roodbergen."),
], font="Times-Roman", size=11, author="Provincie Gelderland", title="Besluit last onder dwangsom 2026-012450")

# ed14: scanned PostNL registered-mail receipt with a handwritten signature name (image only)
doc("ed14", "scan", [
    ("PostNL - Bewijs van ontvangst aangetekende zending", 42, 0, True),
    "",
    ("Zendingnummer: 3SODR 7754 1290 6612", 36),
    ("Afzender: Provincie Gelderland, Postbus 9090, Arnhem", 36),
    ("Kenmerk afzender: 2026-012450", 36),
    "",
    ("Geadresseerde: H.J. Verhoeckx", 36),
    ("Adres: Zandweg 14, 4033 KB Lienden", 36),
    "",
    ("Datum uitreiking: 3 juli 2026   Tijd: 11:42", 36),
    ("In ontvangst genomen door: G. Verhoeckx-van Wely", 36),
    ("Relatie tot geadresseerde: echtgenote", 36),
    "",
    ("Handtekening ontvanger:", 36),
], hand=False, seed=14, angle=-0.5)

# ed15: re-inspection after the compliance period (reportlab DejaVu Sans Condensed, form-like tables)
doc("ed15", "rl", [
    ("title", "Hercontrole last onder dwangsom"),
    ("table", [["Veld", "Waarde"],
               ["Zaak", "HH-2026-0193 / besluit 2026-012450"],
               ["Locatie", "Varkenshouderij, Zandweg, Lienden"],
               ["Drijver", "H.J. Verhoeckx (KvK 71834256)"],
               ["Datum hercontrole", "12 augustus 2026, 20.05 uur"],
               ["Toezichthouders", "Y. Strijbosch en L. Zwartkruis (in opleiding)"],
               ["Aanwezig", "Gerdien Verhoeckx-van Wely"]], [1, 3]),
    ("h", "Bevindingen"),
    ("table", [["Nr.", "Controlepunt", "Resultaat"],
               ["1", "luchtwasser stal 3 in werking", "ja"],
               ["2", "pH waswater binnen bandbreedte", "nee: pH 5,9 (eis 3,0 – 4,5)"],
               ["3", "logboek juli ontvangen", "nee"],
               ["4", "spuiwater afgevoerd volgens registratie", "ja, afvoerbon 30 juli 2026"],
               ["5", "geur bij erfgrens", "intensiteit 2"]], [1, 5, 4]),
    ("p", "Conclusie: de last is niet volledig nageleefd. De luchtwasser draait, maar de zuurdosering werkt niet "
          "goed en het logboek over juli is niet toegestuurd. Op grond van het besluit van 1 juli 2026 is één "
          "dwangsom van € 7.500 verbeurd (week 31). Advies aan de handhavingsjurist: invordering voorbereiden."),
    ("p", "Mevrouw Verhoeckx-van Wely deelde mee dat haar man in het ziekenhuis ligt en dat zij het logboek niet kon "
          "uitlezen. Toezichthouder heeft uitgelegd hoe dat kan en een termijn van één week gegeven."),
    ("small", "Opgemaakt: 13 augustus 2026 – Y. Strijbosch, toezichthouder – y.strijbosch@odrivierenland.nl"),
], font="DejaVuSansCondensed", size=9.5, author="Yvette Strijbosch", title="Hercontrole HH-2026-0193")

# ed16: recovery decision with the person's BSN and IBAN (python-docx -> LibreOffice)
doc("ed16", "lo", [
    ("p", "PROVINCIE GELDERLAND\nPostbus 9090, 6800 GX Arnhem – 026 359 91 11"),
    ("p", "De heer H.J. Verhoeckx\nZandweg 14\n4033 KB Lienden"),
    ("kv", [["Datum", "2 september 2026"], ["Kenmerk", "2026-015377 / HH-2026-0193"],
            ["Onderwerp", "Invorderingsbesluit verbeurde dwangsom"]]),
    ("p", "Geachte heer Verhoeckx,"),
    ("p", "Bij besluit van 1 juli 2026 (kenmerk 2026-012450) hebben Gedeputeerde Staten van Gelderland u een last "
          "onder dwangsom opgelegd. Bij de hercontrole van 12 augustus 2026 is vastgesteld dat u de last niet "
          "volledig bent nagekomen. U heeft daardoor van rechtswege een dwangsom van € 7.500 verbeurd."),
    ("p", "Wij besluiten dit bedrag in te vorderen (artikel 5:37 Awb). U wordt verzocht het bedrag binnen zes weken "
          "over te maken op rekening " + IBAN_PROV + " ten name van Provincie Gelderland, onder vermelding van "
          "2026-015377."),
    ("p", "Betaalt u niet op tijd, dan volgt een aanmaning met € 184 aan kosten en daarna een dwangbevel. Voor de "
          "beslaglegging hebben wij de volgende gegevens vastgelegd: BSN " + BSN_HENK + ", bankrekening " + IBAN_HENK +
          " (Rabobank), geboortedatum 12 maart 1968."),
    ("p", "Heeft u betalingsproblemen, neem dan contact op met de afdeling Financiën via 026 359 91 11. Een "
          "betalingsregeling is mogelijk."),
    ("h", "Bezwaar"),
    ("p", "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij Gedeputeerde Staten van Gelderland."),
    ("p", "Met vriendelijke groet,\nnamens Gedeputeerde Staten van Gelderland,"),
    ("sig", 16),
    ("p", "L. Ravensbergen\njurist, team Juridische Zaken\n026 359 87 42 – l.ravensbergen@gelderland.nl"),
], font="Liberation Serif", size=11, docx_author="Lisa Zwartkruis",
    hidden=[("PERSON", "Lisa Zwartkruis", "Zwartkruis", "metadata")])

# ed17: legal advice from a law firm (firm kept, lawyers removed) (reportlab Liberation Serif, 2 pages)
doc("ed17", "rl", [
    ("p", "**DIRKZWAGER advocaten &amp; notarissen N.V.**".replace("&amp;", "&") + "<br/>Velperweg 26, Arnhem"),
    ("sp", 8),
    ("p", "VERTROUWELIJK – ADVIES"),
    ("kv", [["Aan", "Provincie Gelderland, t.a.v. mr. L. Ravensbergen en S. Vermeegen"],
            ["Van", "mr. T.A. Bloemendal en mr. J.P. Ebbinkhuijsen"],
            ["Datum", "21 september 2026"], ["Dossier", "RO-2026-117"],
            ["Betreft", "beroep Stichting Leefbaar Lienden-Oost e.a. / Betuwe Coatings; handhaving Zandweg"]], [1, 4]),
    ("h", "1. Vraagstelling"),
    ("p", "U heeft ons gevraagd (i) de kansen in te schatten van het beroep dat bij de Afdeling bestuursrechtspraak "
          "van de Raad van State is ingesteld tegen de omgevingsvergunning van 9 september 2026 voor Betuwe Coatings "
          "B.V., en (ii) te adviseren over de vraag of Gedeputeerde Staten bij een tweede overtreding door de "
          "varkenshouderij aan de Zandweg een hogere dwangsom kunnen opleggen."),
    ("h", "2. Beroep tegen de vergunning"),
    ("p", "De appellanten betogen dat het geuronderzoek de vulprocedure onvoldoende betrekt. Dat betoog heeft weinig "
          "kans: het onderzoek is op dit punt aangevuld en het voorschrift is aangescherpt. Meer risico zit in de "
          "geluidsberekening. Het erratum van Peutz is pas na de terinzagelegging opgesteld. Wij adviseren het "
          "erratum met het verweerschrift mee te sturen en de adviseur geluid van de ODR als deskundige mee te "
          "nemen naar de zitting."),
    ("p", "Het argument over de gezondheid van een kind van een appellant (astma) vraagt een zorgvuldige, maar "
          "terughoudende reactie; verwijs naar het advies van de GGD Gelderland-Zuid en noem geen medische "
          "details in het verweerschrift."),
    ("pb",),
    ("h", "3. Tweede dwangsom"),
    ("p", "Een nieuwe last met een hogere dwangsom is mogelijk zodra de eerste volledig is verbeurd of is "
          "uitgewerkt (vaste rechtspraak sinds ABRvS 2015). De financiële positie van de overtreder is in beginsel "
          "geen reden om van handhaving af te zien, maar kan een rol spelen bij de hoogte. De eerdere strafrechtelijke "
          "verdenking tegen de heer Verhoeckx mag niet worden meegewogen."),
    ("h", "4. Conclusie"),
    ("b", "De kans dat de vergunning in stand blijft, schatten wij als redelijk tot goed in."),
    ("b", "Bij een volgende overtreding adviseren wij een last van € 7.500 per week met een maximum van € 75.000."),
    ("p", "Voor vragen: mr. Bloemendal, 026 365 56 47, bloemendal@dirkzwager.nl."),
    ("p", "Met vriendelijke groet,<br/>Dirkzwager advocaten &amp; notarissen N.V.".replace("&amp;", "&")),
    ("p", "Tessa Bloemendal, advocaat<br/>Joris Ebbinkhuijsen, advocaat-partner"),
], font="LiberationSerif", size=10.5, author="Dirkzwager", title="Advies RO-2026-117")

# ed18: the gedeputeerde's letter to the residents' foundation (kept office holder) (reportlab Helvetica)
doc("ed18", "rl", [
    PROV_LH, ("sp", 10),
    ("p", "Stichting Leefbaar Lienden-Oost<br/>t.a.v. de heer E. van Dijkhuizen<br/>Ommerenseweg 40<br/>4033 ER Lienden"),
    ("kv", [["Datum", "22 september 2026"], ["Kenmerk", "GS-2026-0644"],
            ["Contactpersoon", "S. Vermeegen, 06 1307 5582"], ["Onderwerp", "uw brief over geurhinder Zandweg"]], [1, 3]),
    ("p", "Geachte heer Van Dijkhuizen,"),
    ("p", "Dank voor uw brief van 19 mei 2026 en voor het gesprek dat ik op 3 juni 2026 met u, mevrouw Gortzak en de "
          "heer Lamberink in Lienden had. Ik begrijp dat de geur van de varkenshouderij uw leefomgeving al lange tijd "
          "aantast."),
    ("p", "Gedeputeerde Staten hebben de ondernemer op 1 juli 2026 een last onder dwangsom opgelegd. Bij de "
          "hercontrole bleek dat de luchtwasser weer draait, maar nog niet goed werkt. Een dwangsom is daarom "
          "ingevorderd. De Omgevingsdienst Rivierenland blijft de komende maanden onaangekondigd controleren."),
    ("p", "Ik heb burgemeester Van Oostrum en wethouder Koudijs van de gemeente Buren gevraagd samen met de provincie "
          "te verkennen of het bedrijf in aanmerking komt voor de Gelderse Maatregelen Stikstof, zodat ook de "
          "ammoniakuitstoot structureel daalt. Commissaris van de Koning Berends is over uw zorgen geïnformeerd."),
    ("p", "Over de persoonlijke omstandigheden van de ondernemer kan ik u niets melden."),
    ("p", "Met vriendelijke groet,"), ("sig", 18),
    ("p", "Marieke Roodbergen<br/>gedeputeerde Milieu, Energie en Handhaving<br/>Provincie Gelderland"),
    ("small", "Deze brief is ook verzonden aan mevrouw W. Gortzak en de heer P. Lamberink."),
], font="Helvetica", size=10.5, author="Provincie Gelderland", title="Brief gedeputeerde Roodbergen")

# ed19: decision memo for Gedeputeerde Staten with a paraph table (python-docx -> LibreOffice, 2 pages)
doc("ed19", "lo", [
    ("title", "Statennotitie / GS-nota"),
    ("table", [["Veld", "Inhoud"],
               ["Onderwerp", "Vaststellen omgevingsvergunning Betuwe Coatings B.V. (Z2026-004518)"],
               ["Portefeuillehouder", "gedeputeerde M. Roodbergen"],
               ["Vergadering GS", "9 september 2026"],
               ["Steller", "S. Vermeegen, beleidsadviseur VTH, s.vermeegen@gelderland.nl"],
               ["Registratienummer", "GS-2026-0644"]]),
    ("h", "Aanleiding"),
    ("p", "De ODR heeft de aanvraag van Betuwe Coatings B.V. behandeld. Na de terinzagelegging zijn vier zienswijzen "
          "ingediend. De ODR adviseert de vergunning te verlenen met twee aangescherpte voorschriften."),
    ("h", "Geadviseerd besluit"),
    ("p", "Gedeputeerde Staten wordt gevraagd: de omgevingsvergunning te verlenen overeenkomstig het bijgevoegde "
          "besluit en de nota van zienswijzen vast te stellen."),
    ("h", "Krachtenveld"),
    ("p", "De gemeente Tiel steunt de uitbreiding vanwege de werkgelegenheid (ongeveer 140 banen). Burgemeester "
          "Van der Loo heeft wel zorg geuit over de vrachtwagenroute. Omwonenden, onder wie mevrouw Wisseborn en de "
          "heer Oosterbaan, hebben aangekondigd beroep in te stellen. Betuwe Coatings (directeur Prinsenberg) heeft "
          "laten weten het besluit snel te willen ontvangen."),
    ("h", "Communicatie"),
    ("p", "Woordvoerder Thomas Aalderink stemt een nieuwsbericht af met de gemeente Tiel (pers@gelderland.nl)."),
    ("pb",),
    ("h", "Parafen"),
    ("table", [["Naam", "Functie", "Paraaf", "Datum"],
               ["S. Vermeegen", "beleidsadviseur VTH", "SV", "24-08-2026"],
               ["L. Ravensbergen", "jurist", "LR", "25-08-2026"],
               ["B. Hogendoorn", "afdelingshoofd VTH", "BHo", "26-08-2026"],
               ["M. van Schaijk (ODR)", "teamleider", "MvS", "26-08-2026"]]),
    ("h", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "[nog in te vullen]"),
], font="Carlito", size=10.5, docx_author="Provincie Gelderland")

# ed20: e-mail chain with the Raad van State's registry (reportlab Courier / Helvetica, 2 pages)
doc("ed20", "rl", [
    ("kv", [["Van:", "Bouzambou, Nadia <n.bouzambou@raadvanstate.nl>"],
            ["Verzonden:", "dinsdag 27 oktober 2026 09:31"],
            ["Aan:", "Ravensbergen, Lotte <l.ravensbergen@gelderland.nl>"],
            ["CC:", "bestuursrechtspraak@raadvanstate.nl"],
            ["Onderwerp:", "RE: 202605317/1/R2 – stukken en zittingsdatum"]], [1, 4]),
    ("p", "Geachte mevrouw Ravensbergen,"),
    ("p", "Dank voor het toezenden van het verweerschrift en de op de zaak betrekking hebbende stukken (artikel 8:42 "
          "Awb). Het erratum van Peutz ontbreekt nog. Wilt u dat uiterlijk 10 november 2026 nazenden? De zaak wordt "
          "behandeld ter zitting van 11 november 2026 om 10.00 uur, Kneuterdijk 22, Den Haag."),
    ("p", "Mr. Dolleman is de behandelend jurist. Vragen over de zitting kunt u aan hem richten "
          "(a.dolleman@raadvanstate.nl) of aan mij via 070 426 48 19."),
    ("p", "Met vriendelijke groet,<br/>Nadia Bouzambou<br/>medewerker griffie, team R2<br/>"
          "Raad van State, Postbus 20019, 2500 EA Den Haag – 070 426 44 26"),
    ("p", "-----Oorspronkelijk bericht-----"),
    ("kv", [["Van:", "Ravensbergen, Lotte"], ["Verzonden:", "vrijdag 23 oktober 2026 16:05"],
            ["Aan:", "bestuursrechtspraak@raadvanstate.nl"],
            ["CC:", "Vermeegen, Stijn; Hoefnagels, Rutger (ODR)"],
            ["Onderwerp:", "202605317/1/R2 – verweerschrift Gedeputeerde Staten van Gelderland"]], [1, 4]),
    ("p", "Geachte griffier,"),
    ("p", "Hierbij ontvangt u het verweerschrift van Gedeputeerde Staten van Gelderland in de zaak 202605317/1/R2 "
          "(Stichting Leefbaar Lienden-Oost, J. Wisseborn en S. Oosterbaan tegen Gedeputeerde Staten van "
          "Gelderland), met de inventarislijst van de stukken."),
    ("p", "Namens ons college verschijnen ter zitting mr. Ravensbergen en, als deskundige, de heer Kloosterboer van "
          "de Omgevingsdienst Rivierenland. Betuwe Coatings B.V. wordt bijgestaan door haar eigen advocaat."),
    ("p", "Met vriendelijke groet,<br/>Lotte Ravensbergen<br/>jurist Provincie Gelderland<br/>026 359 87 42"),
    ("pb",),
    ("p", "-----Oorspronkelijk bericht-----"),
    ("kv", [["Van:", "Hoefnagels, Rutger <r.hoefnagels@odrivierenland.nl>"],
            ["Verzonden:", "donderdag 22 oktober 2026 11:47"],
            ["Aan:", "Ravensbergen, Lotte; Kloosterboer, Daan"],
            ["Onderwerp:", "RE: erratum Peutz"]], [1, 4]),
    ("p", "Hoi Lotte,"),
    ("p", "Het erratum heb ik gisteren van Hugo Stavenuiter ontvangen; Daan kijkt er vandaag nog naar. Ik stuur het "
          "morgen door, dan kun jij het meesturen naar de griffie. Kun jij ook nagaan of de appellanten "
          "(Wisseborn en Oosterbaan) een pro-formaberoep hebben aangevuld? Volgens mij wel, op 14 oktober."),
    ("p", "Groet, Rutger<br/>06-21847730"),
], font="Courier", size=9.5, author="Lotte Ravensbergen", title="RE: 202605317/1/R2")

# ed21: letter from the Raad van State's registry (reportlab DejaVu Serif)
doc("ed21", "rl", [
    ("p", "**Raad van State**<br/>Afdeling bestuursrechtspraak<br/>Postbus 20019, 2500 EA Den Haag<br/>"
          "Kneuterdijk 22 – 070 426 44 26"),
    ("sp", 10),
    ("p", "Gedeputeerde Staten van Gelderland<br/>t.a.v. mr. L. Ravensbergen<br/>Postbus 9090<br/>6800 GX Arnhem"),
    ("kv", [["Datum", "2 oktober 2026"], ["Ons nummer", "202605317/1/R2"],
            ["Behandelaar", "N. Bouzambou, 070 426 48 19"],
            ["Onderwerp", "beroep tegen omgevingsvergunning Betuwe Coatings B.V."]], [1, 3]),
    ("p", "Geachte mevrouw Ravensbergen,"),
    ("p", "Bij de Afdeling bestuursrechtspraak van de Raad van State is op 14 oktober 2026 (aanvulling) een "
          "beroepschrift ontvangen van Stichting Leefbaar Lienden-Oost, mevrouw J. Wisseborn en de heer "
          "S. Oosterbaan tegen uw besluit van 9 september 2026, kenmerk 2026-008817. Een kopie van het "
          "beroepschrift is bijgevoegd."),
    ("p", "Ik verzoek u binnen vier weken een verweerschrift in te dienen en de op de zaak betrekking hebbende "
          "stukken toe te zenden (artikel 8:42 Awb). U kunt de stukken digitaal indienen via het Digitaal loket "
          "van de Raad van State."),
    ("p", "Het griffierecht van de appellanten is voldaan. De heer Oosterbaan treedt op als gemachtigde van de "
          "overige appellanten (sven.oosterbaan@hotmail.com)."),
    ("p", "Hoogachtend,<br/>de griffier van de Afdeling bestuursrechtspraak,<br/>namens deze,"),
    ("sig", 21),
    ("p", "mr. A. Dolleman"),
], font="DejaVuSerif", size=10, author="Raad van State", title="202605317/1/R2")

# ed22: statement of defence to the Raad van State (python-docx -> LibreOffice, 2 pages)
doc("ed22", "lo", [
    ("p", "VERWEERSCHRIFT"),
    ("p", "aan de Afdeling bestuursrechtspraak van de Raad van State"),
    ("kv", [["Zaaknummer", "202605317/1/R2"],
            ["Appellanten", "Stichting Leefbaar Lienden-Oost, J. Wisseborn (Fazantstraat 19, Tiel) en S. Oosterbaan "
                            "(Lingedijk 143, Tiel)"],
            ["Verweerder", "Gedeputeerde Staten van Gelderland"],
            ["Vergunninghouder", "Betuwe Coatings B.V., Tiel"],
            ["Bestreden besluit", "omgevingsvergunning van 9 september 2026, kenmerk 2026-008817"]]),
    ("h", "1. Ontvankelijkheid"),
    ("p", "Verweerder stelt vast dat Stichting Leefbaar Lienden-Oost geen zienswijze op het ontwerpbesluit heeft "
          "ingediend. Haar doelstelling richt zich bovendien op de leefbaarheid van Lienden-Oost en niet op Tiel. "
          "Verweerder vraagt de Afdeling het beroep van de stichting niet-ontvankelijk te verklaren."),
    ("h", "2. Geur"),
    ("p", "Appellante Wisseborn voert aan dat de vulprocedure niet in het geuronderzoek is betrokken. Het onderzoek is "
          "op 2 juli 2026 aangevuld. Voorschrift 3.2.4 beperkt het vullen tot de dagperiode. De geurbelasting op "
          "haar woning bedraagt 0,4 ouE/m3 als 98-percentiel."),
    ("h", "3. Geluid"),
    ("p", "Appellant Oosterbaan betoogt dat de grenswaarde van 40 dB(A) in de nacht op de gevels aan de "
          "Burgemeester Meslaan niet wordt gehaald. Uit het erratum van Peutz blijkt een waarde van 38 dB(A). De "
          "adviseur geluid van de ODR heeft dit gecontroleerd."),
    ("pb",),
    ("h", "4. Gezondheid"),
    ("p", "Verweerder heeft kennisgenomen van de persoonlijke omstandigheden die appellante Wisseborn noemt. De "
          "GGD Gelderland-Zuid heeft geadviseerd dat bij een geurbelasting onder 1 ouE/m3 geen "
          "gezondheidseffecten te verwachten zijn."),
    ("h", "5. Conclusie"),
    ("p", "Verweerder verzoekt de Afdeling het beroep van de stichting niet-ontvankelijk en de beroepen van de "
          "overige appellanten ongegrond te verklaren."),
    ("p", "Arnhem, 23 oktober 2026\nGedeputeerde Staten van Gelderland,\nnamens dezen,"),
    ("sig", 22),
    ("p", "mr. L. Ravensbergen"),
    ("small", "Bijlagen: inventarislijst (42 stukken); erratum Peutz O 2026-114 (volgt)"),
], font="Liberation Sans", size=10.5, docx_author="Provincie Gelderland",
    notes=[("Arend Mulckhuyse", "Lotte, randnummer 4 nog even afstemmen met de GGD?", 0, [500, 760, 520, 780])],
    hidden=[("PERSON", "Arend Mulckhuyse", "Mulckhuyse", "annotations"),
            ("PERSON", "Lotte Ravensbergen", "Lotte", "annotations")])

# ed23: complaints register, spreadsheet style (reportlab landscape, small font, 2 pages, Info /Author hidden)
REG_ROWS = [
    ["KL-2026-0388", "02-05-2026 21:40", "Zandweg e.o., Lienden", "geur", "W. Gortzak", "Achterstraat 27, Lienden",
     "wgortzak@hotmail.com", "varkens; wasser uit?", "doorgezet HH"],
    ["KL-2026-0391", "09-05-2026 22:05", "Zandweg e.o., Lienden", "geur", "P. Lamberink", "Kooiweg 5, Lienden",
     "06 3854 2261", "zelfde als 0388", "doorgezet HH"],
    ["KL-2026-0397", "16-05-2026 20:55", "Zandweg e.o., Lienden", "geur", "E. van Dijkhuizen", "Ommerenseweg 40, Lienden",
     "06 4120 9935", "namens stichting", "doorgezet HH"],
    ["KL-2026-0405", "28-05-2026 23:10", "Panovenweg, Tiel", "geur", "J. Wisseborn", "Fazantstraat 19, Tiel",
     "06 1775 3308", "oplosmiddelgeur", "toezicht 29-05"],
    ["KL-2026-0412", "04-06-2026 02:15", "Panovenweg, Tiel", "geluid", "M. Terlouw", "Merelstraat 4, Tiel",
     "0344 61 27 90", "brommend geluid, laagfrequent", "adviseur geluid"],
    ["KL-2026-0418", "11-06-2026 22:30", "Panovenweg, Tiel", "geur", "F. Yıldırım", "Sperwerlaan 62, Tiel",
     "fatma.yildirim83@gmail.com", "", "geen waarneming"],
    ["KL-2026-0426", "19-06-2026 21:05", "Panovenweg, Tiel", "geur", "G. Blankespoor", "Kwartelstraat 8, Tiel",
     "06 1940 2283", "", "geen waarneming"],
    ["KL-2026-0431", "24-06-2026 07:50", "Panovenweg, Tiel", "verkeer", "R. Tijhuis", "Havikstraat 33, Tiel",
     "06 5537 0716", "vrachtwagens Burgemeester Meslaan", "gemeente Tiel"],
    ["KL-2026-0440", "30-06-2026 22:45", "Zandweg e.o., Lienden", "geur", "H. Brouwer-Tap", "Dorpsstraat 31, Lienden",
     "0344 64 18 05", "schriftelijk, zie brief", "doorgezet HH"],
    ["KL-2026-0447", "07-07-2026 23:30", "Panovenweg, Tiel", "geur", "I. Vreugdenhil", "Zwaluwstraat 2, Tiel",
     "0344 63 15 48", "", "toezicht 08-07"],
    ["KL-2026-0452", "15-07-2026 21:15", "Panovenweg, Tiel", "geur", "K. Bakkenes", "Reigerstraat 17, Tiel",
     "06 8114 9032", "", "geen waarneming"],
    ["KL-2026-0460", "29-07-2026 20:20", "Zandweg e.o., Lienden", "geur", "T. Verschuur", "buurperceel",
     "via stichting", "", "hercontrole 12-08"],
    ["KL-2026-0466", "05-08-2026 22:00", "Panovenweg, Tiel", "geur", "A. Quist-Heuvelman", "Buizerdlaan 5, Tiel",
     "06 2475 6619", "", "geen waarneming"],
    ["KL-2026-0471", "14-08-2026 01:35", "Panovenweg, Tiel", "geluid", "D. Mulderije", "Kievitstraat 40, Tiel",
     "06 3302 9174", "naverbrander", "toezicht 14-08"],
    ["KL-2026-0479", "26-08-2026 21:50", "Panovenweg, Tiel", "geur", "M. de Ruijter-Vos", "Ooievaarstraat 11, Tiel",
     "", "anoniem gehouden op verzoek", "geen waarneming"],
    ["KL-2026-0483", "02-09-2026 22:10", "Panovenweg, Tiel", "geur", "S. Oosterbaan", "Lingedijk 143, Tiel",
     "sven.oosterbaan@hotmail.com", "", "toezicht 03-09"],
]
doc("ed23", "rl", [
    ("title", "Klachtenregister ODR – export 2026 (geur, geluid, verkeer)"),
    ("small", "Export uit het zaaksysteem, filter: locaties Zandweg (Lienden) en Panovenweg (Tiel), 1 mei – 15 sept. 2026. "
              "Meldingen via 0344 57 98 00 en klachten@odrivierenland.nl."),
    ("table", [["Nummer", "Datum/tijd", "Locatie bron", "Soort", "Melder", "Adres melder", "Contact", "Opmerking",
                "Afhandeling"]] + REG_ROWS, [11, 11, 13, 6, 12, 15, 17, 15, 11]),
    ("small", "Totaal: 16 meldingen, waarvan 6 over de varkenshouderij en 10 over Betuwe Coatings."),
], font="DejaVuSansCondensed", size=8.5, landscape=True, margins=(1.2, 1.2, 1.2, 1.2),
    author="ODR", title="Klachtenregister",
    info={"/Author": "Femke Rietbergen", "/Subject": "export door F. Rietbergen"},
    hidden=[("PERSON", "Femke Rietbergen", "Rietbergen", "metadata")])

# ed24: web complaint form with filled AcroForm fields (values only in form fields)
doc("ed24", "form", head=[
    "Klachtformulier milieuhinder",
    "Omgevingsdienst Rivierenland – www.odrivierenland.nl – klachten@odrivierenland.nl – 0344 57 98 00",
    "Ingezonden via het webformulier op 4 juni 2026 om 02:31 uur. Registratienummer KL-2026-0412.",
], fields=[
    ("Naam melder", "Marco Terlouw", 18),
    ("Adres", "Merelstraat 4, 4005 GK Tiel", 18),
    ("Telefoon", "0344 61 27 90", 18),
    ("E-mail", "marco.terlouw@outlook.com", 18),
    ("Soort hinder", "geluid", 18),
    ("Vermoedelijke bron", "Betuwe Coatings, Panovenweg", 18),
    ("Omschrijving", "Sinds middernacht een laag brommend geluid, ramen dicht helpt niet.", 40),
    ("Mag de ODR u terugbellen?", "ja, na 08.00 uur", 18),
], tail=[
    "Uw gegevens worden gebruikt om uw melding af te handelen (zie de privacyverklaring van de ODR).",
    "Algemene vragen: info@odrivierenland.nl. Gegevens van de melder worden niet aan de veroorzaker verstrekt.",
], author="webformulier ODR",
    hidden=[("PERSON", "Marco Terlouw", "Terlouw", "annotations"), ("PERSON", "Marco Terlouw",
            "marco.terlouw@outlook.com", "annotations"), ("ADDRESS", "Merelstraat 4, 4005 GK Tiel", "Merelstraat 4",
            "annotations"), ("ADDRESS", "Merelstraat 4, 4005 GK Tiel", "4005 GK", "annotations"),
            ("PERSON", "Marco Terlouw", "0344 61 27 90", "annotations")])

# ed25: map annex with cadastral parcels (reportlab canvas drawing; sticky note hidden)
doc("ed25", "map", title="Bijlage 3 bij controlerapport HH-2026-0193 – situatie en kadastrale percelen",
    parcels=[("F 1187", "stal 1 en 2", (120, 380, 150, 110)), ("F 1188", "stal 3 (luchtwasser)", (270, 380, 120, 110)),
             ("F 1204", "woning en erf", (120, 300, 150, 80)), ("F 1190", "mestsilo", (270, 300, 120, 80)),
             ("F 1311", "weiland (eig. T. Verschuur)", (390, 300, 120, 190)),
             ("F 1312", "boomgaard (eig. B. Roelofsen)", (120, 200, 270, 100))],
    legend=[
        "Bron ondergrond: Kadaster, BRK en BGT, peildatum 20 mei 2026. Schaal 1:2.000.",
        "Locatie activiteit: Zandweg, Lienden, kadastrale gemeente Lienden, sectie F.",
        "E1 = emissiepunt luchtwasser stal 3; M1-M3 = waarneempunten geur 27 mei 2026.",
        "Woning drijver: Zandweg 14 (perceel F 1204). Dichtstbijzijnde geurgevoelig object: Kooiweg 5 (P. Lamberink).",
        "Kaart: J. Wentink, GIS ODR, 29 mei 2026. Geen rechten te ontlenen.",
    ],
    notes=[("Niels Kamperman", "Niels: perceel F 1311 klopt niet meer, Verschuur heeft verkocht", 0,
            [480, 700, 500, 720])],
    hidden=[("PERSON", "Niels Kamperman", "Kamperman", "annotations")])

# ed26: noise measurement summary (reportlab Times, tables)
doc("ed26", "rl", [
    ("title", "Samenvatting geluidsmetingen Betuwe Coatings"),
    ("kv", [["Opdrachtgever", "Omgevingsdienst Rivierenland (zaak Z2026-011302)"],
            ["Uitvoering", "Peutz, ir. H. Stavenuiter, h.stavenuiter@peutz.nl"],
            ["Meetnachten", "13-14 en 20-21 augustus 2026"], ["Rapportdatum", "28 augustus 2026"]], [1, 3]),
    ("p", "Naar aanleiding van meldingen over laagfrequent geluid (KL-2026-0412 en KL-2026-0471) zijn bij drie "
          "woningen metingen verricht. De bewoners hebben toestemming gegeven voor plaatsing van de meetapparatuur "
          "in hun tuin."),
    ("table", [["Meetpunt", "Locatie", "Bewoner", "LAeq nacht", "Lmax", "63 Hz-band"],
               ["MP1", "Merelstraat 4", "M. Terlouw", "37 dB(A)", "52 dB(A)", "61 dB"],
               ["MP2", "Kievitstraat 40", "D.J. Mulderije", "39 dB(A)", "55 dB(A)", "64 dB"],
               ["MP3", "Burgemeester Meslaan (openbaar terrein)", "n.v.t.", "36 dB(A)", "49 dB(A)", "58 dB"]],
     [1, 3, 2, 1.4, 1.2, 1.4]),
    ("p", "Conclusie: de grenswaarde van 40 dB(A) in de nachtperiode wordt op alle meetpunten gehaald. Bij MP2 is "
          "in de 63 Hz-band een duidelijke tonale component gemeten, afkomstig van de ventilator van de tweede "
          "naverbrander. Peutz adviseert een geluiddemper. De ODR bespreekt dit met Betuwe Coatings "
          "(contactpersoon S. Koolhaas-Termeer, HSE-manager, 0344 68 22 17)."),
    ("p", "De heer Mulderije (06 3302 9174) heeft gevraagd om de meetresultaten per e-mail te ontvangen."),
    ("small", "Verwerkt door D. Kloosterboer, adviseur geluid, 31 augustus 2026."),
], font="Times-Roman", size=10.5, author="Peutz", title="Samenvatting geluidsmetingen")

# ed27: minutes of the objection hearing (python-docx -> LibreOffice, 2 pages)
doc("ed27", "lo", [
    ("title", "Verslag hoorzitting commissie bezwaarschriften"),
    ("kv", [["Zaak", "BZ-2026-031, bezwaar tegen de last onder dwangsom van 1 juli 2026 (2026-012450)"],
            ["Datum en plaats", "22 september 2026, 14.00 uur, provinciehuis, Markt 11, Arnhem"],
            ["Commissie", "mr. C. Heijboer (voorzitter), T. Overmars (lid)"],
            ["Secretaris", "I. Weerdenburg"],
            ["Bezwaarde", "de heer H.J. Verhoeckx, bijgestaan door de heer G. Nieuwenhuize (LTO Noord)"],
            ["Namens GS", "mr. K. el Ouazzani (ODR) en Y. Strijbosch (toezichthouder)"]]),
    ("h", "1. Opening"),
    ("p", "De voorzitter opent de hoorzitting en licht de procedure toe. De commissie adviseert Gedeputeerde Staten; "
          "het verslag wordt aan partijen toegezonden."),
    ("h", "2. Toelichting bezwaarde"),
    ("p", "De heer Nieuwenhuize stelt dat de last onduidelijk is over de pH-waarde en dat zijn cliënt de pomp binnen "
          "de termijn heeft vervangen. De heer Verhoeckx vult aan dat hij in augustus twee weken in het ziekenhuis "
          "heeft gelegen en dat zijn vrouw het logboek niet kon uitlezen. Hij vraagt de commissie rekening te houden "
          "met zijn gezondheid en met de financiële positie van het bedrijf."),
    ("h", "3. Toelichting verweerder"),
    ("p", "Mr. El Ouazzani wijst erop dat voorschrift 2.3 van de vergunning de bandbreedte van de pH vermeldt en dat "
          "de last daarnaar verwijst. Mevrouw Strijbosch licht de hercontrole van 12 augustus 2026 toe en legt foto's "
          "over. Zij bevestigt dat mevrouw Verhoeckx-van Wely behulpzaam was."),
    ("pb",),
    ("h", "4. Vragen van de commissie"),
    ("p", "De heer Overmars vraagt of de ODR een termijn had kunnen geven voor het uitlezen van het logboek. "
          "Mevrouw Strijbosch antwoordt dat een extra week is gegeven, maar dat de pH-afwijking zelf een "
          "overtreding blijft. Mr. Heijboer vraagt of sindsdien opnieuw is gecontroleerd; dat is op 9 september 2026 "
          "gebeurd, zonder overtreding."),
    ("h", "5. Sluiting"),
    ("p", "De voorzitter sluit de zitting om 15.10 uur. De commissie brengt binnen zes weken advies uit."),
    ("small", "Verslag: I. Weerdenburg, secretaris, i.weerdenburg@gelderland.nl"),
], font="DejaVu Sans", size=10, docx_author="Ingrid Weerdenburg")

# ed28: scanned inspection checklist with handwritten notes (image only)
doc("ed28", "scan", [
    ("ODR - Checklist controle luchtwasser", 44, 0, True),
    ("Zaak: HH-2026-0193     Datum: 09-09-2026", 36),
    ("Toezichthouder: Y. Strijbosch", 36),
    ("Drijver: H.J. Verhoeckx, Zandweg 14, Lienden", 36),
    "",
    ("1. Luchtwasser in werking:      JA", 36),
    ("2. pH waswater: 3,8  (eis 3,0 - 4,5)", 36),
    ("3. Logboek juli en augustus ontvangen: JA", 36),
    ("4. Spuiwater afvoerbon aanwezig: JA", 36),
    "",
    ("Opmerkingen:", 36, 0, True),
    ("Geen overtreding. Bram Verhoeckx toonde het logboek.", 36),
    ("Volgende controle onaangekondigd, december.", 36),
    ("Telefoon drijver: 06 5127 4409", 36),
    "",
    ("Paraaf toezichthouder: YSt", 36),
], hand=False, seed=28, angle=1.1, quality=45)

# ed29: internal e-mail between province and ODR on the enforcement request (reportlab Liberation Sans)
doc("ed29", "rl", [
    ("kv", [["Van:", "Vermeegen, Stijn <s.vermeegen@gelderland.nl>"],
            ["Verzonden:", "maandag 25 mei 2026 08:57"],
            ["Aan:", "Strijbosch, Yvette <y.strijbosch@odrivierenland.nl>"],
            ["CC:", "van Schaijk, Mirte; el Ouazzani, Karim"],
            ["Onderwerp:", "handhavingsverzoek Zandweg Lienden – HH-2026-0193"]], [1, 4]),
    ("p", "Hoi Yvette,"),
    ("p", "Gedeputeerde Roodbergen heeft vrijdag een brief gekregen van de stichting in Lienden-Oost (kopie "
          "bijgevoegd). Ze wil graag weten wanneer jullie gaan controleren en of we binnen de termijn van "
          "artikel 4:13 Awb kunnen beslissen. Kun jij deze week nog langs, liefst 's avonds en onaangekondigd?"),
    ("p", "Eén aandachtspunt: de ondernemer heeft een strafrechtelijk verleden (NVWA/politie, 2025). Dat hoort niet "
          "in het rapport of het besluit, maar houd er rekening mee bij het gesprek. Bel me als je vragen hebt: "
          "06 1307 5582."),
    ("p", "Groet,<br/>Stijn"),
    ("p", "—"),
    ("kv", [["Van:", "Strijbosch, Yvette"], ["Verzonden:", "maandag 25 mei 2026 10:14"],
            ["Aan:", "Vermeegen, Stijn"], ["Onderwerp:", "RE: handhavingsverzoek Zandweg Lienden – HH-2026-0193"]],
     [1, 4]),
    ("p", "Hoi Stijn, ik ga woensdagavond 27 mei samen met Karim. Ik heb de melders Gortzak en Lamberink gevraagd ons "
          "te bellen als het die avond erg stinkt. Rapport volgt uiterlijk vrijdag. Groet, Yvette (06-43910826)"),
], font="LiberationSans", size=10, author="Stijn Vermeegen", title="handhavingsverzoek Zandweg")

# ed30: enforcement request by a resident (python-docx -> LibreOffice)
doc("ed30", "lo", [
    ("p", "Pieter Lamberink\nKooiweg 5\n4033 KG Lienden\np.lamberink@kpnmail.nl – 06 3854 2261"),
    ("p", "Aan Gedeputeerde Staten van Gelderland\nPostbus 9090\n6800 GX Arnhem"),
    ("p", "Lienden, 12 oktober 2026"),
    ("p", "Betreft: nieuw verzoek om handhaving (artikel 5:31d Awb) – varkenshouderij Zandweg"),
    ("p", "Geachte leden van het college,"),
    ("p", "Op 9 en 10 oktober 2026 was de stank rond de varkenshouderij van de heer Verhoeckx weer even erg als in mei. "
          "Mijn buurman, de heer Roelofsen, heeft dat ook gemeld bij de ODR. Ik verzoek u opnieuw te controleren en, "
          "als de luchtwasser weer niet werkt, een nieuwe last onder dwangsom op te leggen met een hogere dwangsom."),
    ("p", "Ik weet dat de heer Verhoeckx het moeilijk heeft, maar de omgeving mag daar niet de dupe van worden. "
          "Gedeputeerde Roodbergen schreef op 22 september 2026 dat de ODR onaangekondigd blijft controleren. "
          "Ik zou graag weten hoe vaak dat is gebeurd."),
    ("p", "Een kopie van dit verzoek stuur ik aan de gemeente Buren en aan Stichting Leefbaar Lienden-Oost."),
    ("p", "Met vriendelijke groet,"),
    ("sig", 30),
    ("p", "Pieter Lamberink"),
], font="Carlito", size=11, docx_author="Pieter Lamberink")

# ed31: press release (reportlab Helvetica; spokesperson and office holders kept)
doc("ed31", "rl", [
    ("small", "Nieuwsbericht Provincie Gelderland – 10 september 2026"),
    ("title", "Provincie verleent vergunning aan Betuwe Coatings met strengere geurregels"),
    ("p", "Gedeputeerde Staten van Gelderland hebben de omgevingsvergunning verleend voor de uitbreiding van "
          "Betuwe Coatings B.V. aan de Panovenweg in Tiel. Het bedrijf krijgt twee extra spuitcabines en een "
          "tweede naverbrander. Na zienswijzen van omwonenden zijn de regels voor het vullen van opslagtanks "
          "aangescherpt."),
    ("p", "\"We willen dat bedrijven kunnen groeien, maar niet ten koste van de mensen die er wonen\", zegt "
          "gedeputeerde Marieke Roodbergen. \"De naverbrander zorgt voor minder uitstoot van tolueen en xyleen. De "
          "Omgevingsdienst Rivierenland gaat strenger controleren.\""),
    ("p", "Burgemeester Hein van der Loo van Tiel is blij met de afspraken over de vrachtwagenroute: \"Vrachtverkeer "
          "rijdt voortaan via de Prins Bernhardlaan en niet meer door de wijk.\""),
    ("p", "Het besluit ligt zes weken ter inzage. Belanghebbenden kunnen beroep instellen bij de Raad van State."),
    ("h", "Meer informatie"),
    ("p", "Pers: Thomas Aalderink, woordvoerder gedeputeerde Roodbergen, pers@gelderland.nl, 026 359 91 11. "
          "Omwonenden met vragen: vergunningen@odrivierenland.nl of 0344 57 98 00."),
    ("small", "Zie ook: Wet open overheid – verzoeken om informatie via woo@gelderland.nl."),
], font="Helvetica", size=10.5, author="Provincie Gelderland", title="Nieuwsbericht Betuwe Coatings")

# ed32: decision on the second enforcement request (reportlab Carlito, 2 pages)
doc("ed32", "rl", [
    PROV_LH, ("sp", 8),
    ("p", "De heer P. Lamberink<br/>Kooiweg 5<br/>4033 KG Lienden"),
    ("kv", [["Datum", "17 november 2026"], ["Kenmerk", "HH-2026-0247"], ["Uw verzoek", "12 oktober 2026"],
            ["Behandeld door", "K. el Ouazzani, handhavingsjurist ODR"],
            ["Onderwerp", "besluit op uw verzoek om handhaving"]], [1, 3]),
    ("p", "Geachte heer Lamberink,"),
    ("p", "U heeft Gedeputeerde Staten van Gelderland op 12 oktober 2026 verzocht opnieuw handhavend op te treden "
          "tegen de varkenshouderij aan de Zandweg in Lienden. Wij hebben uw verzoek in behandeling genomen onder "
          "kenmerk HH-2026-0247 en de ondernemer in de gelegenheid gesteld een zienswijze te geven."),
    ("h", "Controles"),
    ("table", [["Datum", "Soort", "Toezichthouder", "Resultaat"],
               ["27 mei 2026", "onaangekondigd, avond", "Y. Strijbosch", "overtreding"],
               ["12 augustus 2026", "hercontrole", "Y. Strijbosch / L. Zwartkruis", "deels overtreding"],
               ["9 september 2026", "onaangekondigd", "Y. Strijbosch", "geen overtreding"],
               ["14 oktober 2026", "onaangekondigd, avond", "A. Mulckhuyse", "overtreding (pH)"],
               ["4 november 2026", "hercontrole", "A. Mulckhuyse", "geen overtreding"]], [2, 2, 2, 2]),
    ("h", "Besluit"),
    ("p", "Op 14 oktober 2026 is opnieuw een overtreding vastgesteld. Omdat de eerste last volledig is uitgewerkt, "
          "hebben Gedeputeerde Staten op 28 oktober 2026 een nieuwe last onder dwangsom opgelegd van € 7.500 per "
          "week met een maximum van € 75.000. Uw verzoek wordt daarmee toegewezen."),
    ("pb",),
    ("p", "Over de persoonlijke omstandigheden van de ondernemer, waaronder zijn gezondheid, doen wij geen "
          "mededelingen. Dit besluit is ook gezonden aan Stichting Leefbaar Lienden-Oost en aan de heer Roelofsen, "
          "die eveneens een melding deed."),
    ("h", "Bezwaar"),
    ("p", "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken bij Gedeputeerde Staten "
          "van Gelderland (post@gelderland.nl). Vermeld daarbij kenmerk HH-2026-0247."),
    ("p", "Met vriendelijke groet,<br/>Gedeputeerde Staten van Gelderland,<br/>namens dezen,"), ("sig", 32),
    ("p", "Mirte van Schaijk<br/>teamleider Toezicht en Handhaving, Omgevingsdienst Rivierenland"),
], font="Carlito", size=10.5, author="ODR", title="Besluit HH-2026-0247")

# ed33: notes of a coordination meeting (reportlab DejaVu Serif, attendee table)
doc("ed33", "rl", [
    ("title", "Verslag ambtelijk overleg handhaving Zandweg en Panovenweg"),
    ("kv", [["Datum", "11 november 2026, 09.30 – 11.00 uur, ODR, Tiel"], ["Kenmerk", "HH-2026-0247 / Z2026-011302"]],
     [1, 4]),
    ("table", [["Aanwezig", "Organisatie", "Rol"],
               ["Stijn Vermeegen", "Provincie Gelderland", "beleidsadviseur VTH"],
               ["Mirte van Schaijk", "ODR", "teamleider"],
               ["Yvette Strijbosch", "ODR", "toezichthouder"],
               ["Sanne Bouwhuis", "ODR", "notulist"],
               ["Evelien Dekkers-Smit", "gemeente Buren", "omgevingsadviseur"]], [3, 3, 3]),
    ("h", "1. Varkenshouderij Zandweg"),
    ("p", "Yvette meldt dat de luchtwasser sinds 4 november 2026 goed werkt. Mirte stelt voor de controlefrequentie "
          "tot de zomer op één keer per maand te houden. Evelien meldt dat wethouder Koudijs een "
          "keukentafelgesprek tussen de ondernemer en de stichting wil organiseren; de heer Verhoeckx staat daarvoor "
          "open."),
    ("h", "2. Betuwe Coatings"),
    ("p", "De geluiddemper op de ventilator van de tweede naverbrander is op 2 november 2026 geplaatst. "
          "Mevrouw Koolhaas van het bedrijf heeft dat per e-mail bevestigd (s.koolhaas@betuwecoatings.nl). "
          "De zitting bij de Raad van State is vandaag; mr. Ravensbergen en Daan Kloosterboer zijn in Den Haag."),
    ("h", "3. Actiepunten"),
    ("table", [["Nr.", "Actie", "Wie", "Wanneer"],
               ["1", "planning maandelijkse controles Zandweg", "Strijbosch", "december"],
               ["2", "terugkoppeling naar gedeputeerde Roodbergen", "Vermeegen", "20 november"],
               ["3", "geluidsmeting na plaatsing demper", "Kloosterboer", "januari 2027"],
               ["4", "verslag naar deelnemers en info@odrivierenland.nl", "Bouwhuis", "13 november"]], [1, 6, 2, 2]),
], font="DejaVuSerif", size=10, author="Sanne Bouwhuis", title="Verslag overleg 11 november 2026")

# ---------------------------------------------------------------- additions to the registry
red("PHONE", "Hanneke Brouwer-Tap's phone", "0344 64 18 05")
red("PARAPH", "paraphs", "KeO", "SV", "LR")
red("HEALTH", "hospitalisation of Henk Verhoeckx", "ziekenhuis")
red("CRIMINAL", "criminal past of Henk Verhoeckx", "strafrechtelijk verleden", "strafrechtelijke verdenking")


# ---------------------------------------------------------------- map annex
def build_map(path: Path, title: str, parcels: list, legend: list, author=""):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors
    rl_fonts()
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setAuthor(author)
    c.setTitle("Kaartbijlage")
    W, H = A4
    c.setFont("LiberationSans-Bold", 12)
    c.drawString(50, H - 60, title[:90])
    c.setFont("LiberationSans", 8)
    # frame and roads
    c.setStrokeColor(colors.black)
    c.rect(50, 150, W - 100, H - 240)
    c.setFillColor(colors.HexColor("#e8e2d0"))
    c.rect(60, 520, W - 120, 24, fill=1, stroke=0)
    c.setFillColor(colors.black)
    c.drawString(250, 528, "Zandweg")
    c.setFillColor(colors.HexColor("#e8e2d0"))
    c.rect(530, 160, 18, 360, fill=1, stroke=0)
    c.setFillColor(colors.black)
    c.saveState()
    c.translate(543, 300)
    c.rotate(90)
    c.drawString(0, 0, "Kooiweg")
    c.restoreState()
    for i, (nr, use, (x, y, w, h)) in enumerate(parcels):
        c.setFillColor(colors.HexColor(["#f6d8c8", "#f2c3a8", "#fdf1d6", "#e6e6e6", "#d8ecd0", "#cfe6f2"][i % 6]))
        c.setStrokeColor(colors.HexColor("#993333"))
        c.rect(x, y, w, h, fill=1, stroke=1)
        c.setFillColor(colors.black)
        c.setFont("LiberationSans-Bold", 8)
        c.drawString(x + 5, y + h - 12, nr)
        c.setFont("LiberationSans", 7)
        c.drawString(x + 5, y + h - 22, use)
    c.setFillColor(colors.red)
    for lbl, (x, y) in (("E1", (330, 440)), ("M1", (200, 560)), ("M2", (420, 520)), ("M3", (560, 250))):
        c.circle(x, y, 3, fill=1)
        c.drawString(x + 5, y - 3, lbl)
    c.setFillColor(colors.black)
    c.line(W - 110, H - 120, W - 110, H - 95)
    c.drawString(W - 113, H - 90, "N")
    c.rect(70, 165, 100, 5)
    c.drawString(70, 173, "0      50     100 m")
    y = 130
    c.setFont("LiberationSans", 8.5)
    for line in legend:
        c.drawString(55, y, line)
        y -= 13
    c.showPage()
    c.save()


# ---------------------------------------------------------------- build
def build_all(only: set) -> None:
    DOCS_DIR.mkdir(exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="ed_docx_"))
    lo = []
    for d in DOCS:
        if only and d["stem"] not in only:
            continue
        out = DOCS_DIR / f"{d['stem']}.pdf"
        pr = d["producer"]
        if pr == "rl":
            build_rl(out, d["blocks"], font=d.get("font", "Helvetica"), size=d.get("size", 10),
                     landscape=d.get("landscape", False), author=d.get("author", ""), title=d.get("title", ""),
                     margins=d.get("margins", (2.2, 2.0, 2.2, 2.0)))
        elif pr == "lo":
            p = tmp / f"{d['stem']}.docx"
            build_docx(p, d["blocks"], font=d.get("font", "Liberation Sans"), size=d.get("size", 10.5),
                       author=d.get("docx_author", "Omgevingsdienst Rivierenland"))
            lo.append(p)
        elif pr == "scan":
            build_scan(out, d["blocks"], hand=d.get("hand", False), seed=d.get("seed", 1), angle=d.get("angle", 0.6),
                       quality=d.get("quality", 55))
        elif pr == "form":
            build_form(out, d["head"], d["fields"], d["tail"], author=d.get("author", ""))
        elif pr == "map":
            build_map(out, d["title"], d["parcels"], d["legend"], author="ODR GIS")
        else:
            raise ValueError(pr)
    lo_convert(lo, DOCS_DIR)
    shutil.rmtree(tmp, ignore_errors=True)
    for d in DOCS:
        if only and d["stem"] not in only:
            continue
        postprocess(DOCS_DIR / f"{d['stem']}.pdf", d)


def spans(text: str, probe: str) -> list:
    return [m.span() for m in probe_regex(probe, True).finditer(text)]


def make_gold(d: dict) -> tuple[dict, list]:
    path = DOCS_DIR / f"{d['stem']}.pdf"
    text, pages = text_pdfium(path)
    problems = []
    scan = d["producer"] == "scan"
    if scan:
        with tempfile.TemporaryDirectory() as td:
            entries = ocr_text(path, Path(td), image_pages(path))
    redact, keep_items, rspans = [], [], []
    for kind, value, probes in PERSONAL:
        found = []
        for p in probes:
            pr = {"text": p, "word": True, "after": 0}
            if scan:
                if ocr_count(entries, pr) > 0:
                    found.append({**pr, "ocr": True, "channel": "ocr"})
                elif any(norm(p) in norm(str(b)) for b in d["blocks"]):
                    problems.append(f"{d['stem']}: OCR does not read {p!r} (dropped)")
            else:
                c = count_in(text, pr)
                if c:
                    found.append({**pr, "channel": "text"})
                    rspans += [(s, p) for s in spans(text, p)]
        if found:
            redact.append({"kind": kind, "value": value, "probes": found})
    # hidden channels
    hid: dict = {}
    for kind, value, p, chan in d.get("hidden", []):
        if count_in(text, {"text": p, "word": True}):
            problems.append(f"{d['stem']}: hidden probe {p!r} is in the page text")
        key = (kind, value, p)
        hid.setdefault(key, []).append(chan)
    for (kind, value, p), chans in hid.items():
        item = next((r for r in redact if r["kind"] == kind and r["value"] == value), None)
        if item is None:
            item = {"kind": kind, "value": value, "probes": []}
            redact.append(item)
        item["probes"].append({"text": p, "word": True, "after": 0, "channel": "+".join(chans)})
    for kind, value, probes in PUBLIC:
        found = []
        for p in probes:
            pr = {"text": p, "word": True}
            c = count_in(text, pr)
            if c:
                found.append({"text": p, "word": True, "after": c})
                for ks in spans(text, p):
                    for rs, rp in rspans:
                        if ks[0] < rs[1] and rs[0] < ks[1]:
                            problems.append(f"{d['stem']}: keep {p!r} overlaps redact {rp!r}")
        if found:
            keep_items.append({"kind": kind, "value": value, "probes": found})
    gold = {"doc": path.name, "pages": pages, "producer": d["producer"], "redact": redact, "keep": keep_items}
    return gold, problems


def main(argv):
    only = set(argv)
    build_all(only)
    GOLD_DIR.mkdir(exist_ok=True)
    allp = []
    for d in DOCS:
        if only and d["stem"] not in only:
            continue
        gold, problems = make_gold(d)
        (GOLD_DIR / f"{d['stem']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                     encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{d['stem']}: pages={gold['pages']} redact={nr} keep={nk}")
        allp += problems
    for p in allp:
        print("NOTE", p)


if __name__ == "__main__":
    main(sys.argv[1:])
