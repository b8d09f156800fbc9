"""Rebuild set BS (eval/blind/mixed61): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py bs03 bs17  # only these

Theme: a general BZK Woo dossier (pilot with generative AI at the Rijksoverheid, 2024-2025).
Every keep probe's 'after' is counted on the original's PDFium text with the evaluator's own
functions; every redact probe has after=0 and is checked by check_gold.py in the channel it claims.
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

from evaluate import count_in, text_pdfium  # noqa: E402
from lib import A4, Flow, landscape, mm, scan_page, multi_scan, soffice, BOLD  # noqa: E402,F401

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
DOCS: list = []


def doc(stem):
    def deco(fn):
        DOCS.append((stem, fn))
        return fn
    return deco


def R(kind, value, *probes, ch="text"):
    ps = []
    for p in probes:
        t, w = (p if isinstance(p, tuple) else (p, True))
        d = {"text": t, "word": w, "after": 0}
        if ch == "ocr":
            d["ocr"] = True
        ps.append(d)
    return {"kind": kind, "value": value, "channel": ch, "probes": ps}


def K(kind, value, *probes):
    ps = []
    for p in probes:
        t, w = (p if isinstance(p, tuple) else (p, True))
        ps.append({"text": t, "word": w})
    return {"kind": kind, "value": value, "probes": ps}


def _annots(pdf, pg):
    import pikepdf
    o = pdf.pages[pg].obj
    if "/Annots" not in o:
        o.Annots = pdf.make_indirect(pikepdf.Array())


def hide(path, author=None, title=None, xmp_creator=None, outline=None, annots=None, links=None,
         fields=None):
    """Put data into hidden channels of an existing PDF (rewritten as a whole)."""
    import pikepdf
    tmp = Path(str(path) + ".tmp")
    with pikepdf.open(path) as pdf:
        if author is not None:
            pdf.docinfo["/Author"] = author
        if title is not None:
            pdf.docinfo["/Title"] = title
        if xmp_creator is not None:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
                m["dc:creator"] = xmp_creator
        if outline:
            with pdf.open_outline() as ol:
                for t, pg in outline:
                    ol.root.append(pikepdf.OutlineItem(t, pg))
        for pg, rect, text, who in (annots or []):
            a = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=rect,
                Contents=pikepdf.String(text), T=pikepdf.String(who), Open=False))
            _annots(pdf, pg)
            pdf.pages[pg].obj.Annots.append(a)
        for pg, rect, uri in (links or []):
            a = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=rect, Border=[0, 0, 0],
                A=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String(uri))))
            _annots(pdf, pg)
            pdf.pages[pg].obj.Annots.append(a)
        pdf.save(tmp)
    tmp.replace(path)


# =============================================================== common cast
BZK = "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"
SW = "070 426 6426"  # switchboard (keep)


def bzk_header(f, dir_="Directoraat-generaal Digitalisering en Overheidsorganisatie"):
    c = f.c
    c.setFillColorRGB(0.08, 0.2, 0.45)
    c.rect(f.W / 2 - 7 * mm, f.H - 32 * mm, 14 * mm, 32 * mm, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    f.text(f.W / 2 + 10 * mm, f.H - 20 * mm, "Ministerie van Binnenlandse Zaken en", "Helvetica", 9)
    f.text(f.W / 2 + 10 * mm, f.H - 24 * mm, "Koninkrijksrelaties", "Helvetica", 9)
    f.y = f.H - 45 * mm


def side_column(f, lines, x=None, y=None, fs=7):
    x = x or f.W - 55 * mm
    y = y or f.H - 48 * mm
    for ln in lines:
        bold = ln.startswith("*")
        f.text(x, y, ln.lstrip("*"), "Helvetica-Bold" if bold else "Helvetica", fs)
        y -= fs * 1.45


def page_no(label="Pagina {n}"):
    def foot(f):
        f.text(f.W - f.rm - 25 * mm, 12 * mm, label.format(n=f.page), "Helvetica", 7)
    return foot


# =============================================================== bs01 Woo-besluit with inventory
@doc("bs01_woo_besluit")
def bs01(path):
    def head(f):
        bzk_header(f)
        if f.page == 1:
            side_column(f, ["*Directie Constitutionele Zaken", "*en Wetgeving", "Team Woo-verzoeken",
                            "", "Turfmarkt 147", "2511 DP Den Haag", "Postbus 20011",
                            "2500 EA Den Haag", "www.rijksoverheid.nl", "", "*Contactpersoon",
                            "mr. N.A. Pinas", "T 070 426 7312", "natasja.pinas@minbzk.nl", "",
                            "*Kenmerk", "2025-0000214877", "", "*Uw kenmerk", "Woo-verzoek 3 januari 2025"])
    f = Flow(path, font="Helvetica", fs=9.5, rm=62 * mm, header=head, footer=page_no("Pagina {n} van 2"),
             title="Besluit op uw Woo-verzoek over de pilot generatieve AI", author="Pinas, N.A.")
    f.lines("""Mevrouw drs. E.M. Brouwers-Nauta
Oosterkade 14
8911 KM  LEEUWARDEN""")
    f.gap(18)
    f.line("Datum      17 april 2025")
    f.line("Betreft    Besluit op uw Woo-verzoek over de pilot met generatieve AI")
    f.gap(12)
    f.p("Geachte mevrouw Brouwers-Nauta,")
    f.p("In uw e-mail van 3 januari 2025, ontvangen op dezelfde dag, heeft u met een beroep op de Wet open "
        "overheid (Woo) gevraagd om documenten over de pilot met een generatieve AI-assistent voor "
        "Rijksambtenaren, over de periode 1 september 2024 tot en met 31 december 2024. Op 28 januari 2025 "
        "heeft u telefonisch met mevrouw Pinas afgesproken dat uw verzoek beperkt wordt tot documenten van "
        "de directie Digitale Overheid en het CIO Rijk.")
    f.b("1. Besluit")
    f.p("Ik heb besloten uw verzoek gedeeltelijk toe te wijzen. Er zijn 29 documenten gevonden. Van deze "
        "documenten maak ik er 4 volledig openbaar en 25 gedeeltelijk openbaar. In de bijgevoegde "
        "inventarislijst staat per document welke informatie niet openbaar wordt gemaakt en op welke grond.")
    f.b("2. Zienswijzen")
    f.p("Bij documenten 12 en 17 zijn belangen van derden betrokken: de Vereniging van Nederlandse Gemeenten "
        "(VNG) en Nordlicht Data B.V. in Zwolle. Zij hebben een zienswijze gegeven; de heer T. Kowalczyk "
        "heeft namens Nordlicht Data B.V. geen bezwaar gemaakt tegen openbaarmaking.")
    f.b("3. Weigeringsgronden")
    f.p("Persoonsgegevens (artikel 5.1, tweede lid, onder e, Woo). De namen, e-mailadressen en directe "
        "telefoonnummers van ambtenaren en van derden maak ik niet openbaar. Namen van bewindspersonen, "
        "Kamerleden, de secretaris-generaal en de directeuren-generaal worden wel openbaar gemaakt, evenals "
        "functionele e-mailadressen zoals woo@minbzk.nl en het algemene nummer 070 426 6426.")
    f.p("Bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, Woo). In document 21 staat "
        "informatie over de gezondheid van een medewerker; die maak ik niet openbaar.")
    f.b("4. Wijze van openbaarmaking")
    f.p("De documenten worden geplaatst op open.overheid.nl. Met vriendelijke groet,")
    f.gap(4)
    f.lines("""De minister van Binnenlandse Zaken en Koninkrijksrelaties,
namens deze,
het hoofd Team Woo-verzoeken,""")
    f.gap(22)
    f.line("mr. W.P. (Wouter) Oudeboon")
    f.newpage()
    f.rm = 20 * mm
    f.b("Bijlage 1 - Inventarislijst Woo-verzoek 2025-0000214877", fs=10.5)
    rows = [["Nr.", "Document", "Datum", "Beoordeling", "Grond", "Toelichting"],
            ["1", "E-mailwisseling Hylkema - Sikkema-de Boer over uitgangspunten pilot", "12-09-2024",
             "Deels openbaar", "5.1.2e", ""],
            ["2", "Uitnodiging kick-off pilot (Teams)", "19-09-2024", "Deels openbaar", "5.1.2e", ""],
            ["3", "Beslisnota aan staatssecretaris Szabó", "07-10-2024", "Deels openbaar", "5.1.2e, 5.2.1", ""],
            ["4", "Kamerbrief voortgang generatieve AI", "15-10-2024", "Openbaar", "", "Reeds openbaar"],
            ["5", "Signal-berichten projectteam", "22-10-2024", "Deels openbaar", "5.1.2e", ""],
            ["12", "Brief VNG, deels gelakt door VNG", "04-11-2024", "Deels openbaar", "5.1.2e",
             "Zienswijze VNG"],
            ["17", "Offerte Nordlicht Data B.V.", "18-11-2024", "Deels openbaar", "5.1.1c, 5.1.2e",
             "Zienswijze"],
            ["21", "Overdrachtsnotitie projectleiding", "02-12-2024", "Deels openbaar", "5.1.1d, 5.1.2e", ""],
            ["29", "Antwoorden Kamervragen lid Kathmann", "20-12-2024", "Openbaar", "", "Reeds openbaar"]]
    f.table(rows, [10 * mm, 62 * mm, 20 * mm, 24 * mm, 22 * mm, 28 * mm], fs=7.5)
    f.p("Bezwaar: binnen zes weken na verzending kunt u bezwaar maken bij de minister van Binnenlandse "
        "Zaken en Koninkrijksrelaties, Postbus 20011, 2500 EA Den Haag, of per e-mail aan woo@minbzk.nl.", fs=8)
    f.save()
    red = [R("PERSON", "E.M. Brouwers-Nauta", "Brouwers-Nauta", "E.M."),
           R("ADDRESS", "Oosterkade 14, 8911 KM Leeuwarden", "Oosterkade 14", "8911 KM"),
           R("PERSON", "N.A. Pinas", "Pinas", "N.A."), R("PHONE", "070 426 7312", "070 426 7312"),
           R("EMAIL", "natasja.pinas@minbzk.nl", "natasja.pinas@minbzk.nl"),
           R("PERSON", "T. Kowalczyk", "Kowalczyk"),
           R("PERSON", "Sjoerd Hylkema", "Hylkema"), R("PERSON", "Jildou Sikkema-de Boer", "Sikkema-de Boer"),
           R("PERSON", "W.P. (Wouter) Oudeboon", "Oudeboon", "Wouter", "W.P."),
           R("PERSON", "Pinas (Info /Author)", "Pinas, N.A.", ch="metadata")]
    keep = [K("ORG", "BZK", BZK.replace("Ministerie van ", "") if False else "Binnenlandse Zaken en Koninkrijksrelaties"),
            K("LAW", "Wet open overheid", "Wet open overheid"), K("ORG", "VNG", "VNG"),
            K("ORG", "Nordlicht Data B.V.", "Nordlicht Data B.V."), K("PLACE", "Zwolle", "Zwolle"),
            K("OFFICE", "staatssecretaris Szabó", "Szabó"), K("OFFICE", "lid Kathmann", "Kathmann"),
            K("MAILBOX", "woo@minbzk.nl", "woo@minbzk.nl"), K("PHONE", "switchboard", SW),
            K("REF", "kenmerk", "2025-0000214877"), K("ADDRESS", "Turfmarkt 147", "Turfmarkt 147"),
            K("ORG", "CIO Rijk", "CIO Rijk"), K("DATE", "besluit", "17 april 2025"),
            K("GROUND", "5.1.2e", "5.1.2e"), K("ORG", "open.overheid.nl", "open.overheid.nl"),
            K("ORG", "Vereniging van Nederlandse Gemeenten", "Vereniging van Nederlandse Gemeenten"),
            K("PLACE", "Leeuwarden", ("LEEUWARDEN", True))]
    return red, keep


# =============================================================== bs02 Outlook chain (Dutch, quoted)
@doc("bs02_mail_uitgangspunten")
def bs02(path):
    f = Flow(path, font="Carlito", fs=10.5, lm=20 * mm, footer=page_no("{n}"),
             title="RE: uitgangspunten pilot Rijksassistent", author="Hylkema, Sjoerd")
    f.line("Hylkema, Sjoerd", font="Carlito-Bold", fs=13)
    f.rule()
    f.lines("""Van:                Hylkema, Sjoerd
Verzonden:     donderdag 12 september 2024 16:42
Aan:               Sikkema-de Boer, Jildou
CC:                 Ramdin, Rishi; Yıldırım, Emre; Postbus DGDOO
Onderwerp:     RE: uitgangspunten pilot Rijksassistent""")
    f.gap(8)
    f.p("Hoi Jildou,")
    f.p("Dank voor je snelle reactie. Ik heb de uitgangspunten aangepast: de pilot draait alleen op de "
        "Rijkscloud, er gaat geen data naar de leverancier en de FG (Iris Groen) kijkt vóór de start mee naar "
        "de DPIA. Emre maakt de modelkaart voor het Algoritmeregister. Zou jij dit vrijdag in het MT "
        "willen inbrengen? Staatssecretaris Szabó wil uiterlijk 1 oktober een beslisnota.")
    f.p("Groet,")
    f.lines("""Sjoerd
.......................................................................
Sjoerd Hylkema | senior beleidsmedewerker
Directie Digitale Overheid | Afdeling Data & AI
Ministerie van Binnenlandse Zaken en Koninkrijksrelaties
Turfmarkt 147 | 2511 DP | Den Haag
M 06 4127 8390 | s.hylkema@minbzk.nl
Aanwezig: ma, di, do""", fs=9)
    f.gap(10)
    f.lines("""Van: Sikkema-de Boer, Jildou <jildou.sikkema@minbzk.nl>
Verzonden: donderdag 12 september 2024 11:05
Aan: Hylkema, Sjoerd <s.hylkema@minbzk.nl>
CC: Ramdin, Rishi <r.ramdin@minbzk.nl>; Postbus DGDOO <postbus.dgdoo@minbzk.nl>
Onderwerp: RE: uitgangspunten pilot Rijksassistent""", fs=9.5)
    f.gap(6)
    f.lines("""> Sjoerd, prima opzet. Twee punten:
> 1. Laat Rishi de planning afstemmen met Agnieszka Wiśniewska van Logius
>    (zij gaat over de hosting), niet rechtstreeks met de leverancier.
> 2. Het lid Kathmann heeft al vragen aangekondigd; neem de lijn van
>    minister Uitermark uit het commissiedebat over.
>
> Jildou
>
> mr. Jildou Sikkema-de Boer
> Afdelingshoofd Data & AI | DDO
> T 070 426 5588 | M 06-52 90 17 44""", font="DejaVuMono", fs=8)
    f.gap(8)
    f.lines(""">> Van: Hylkema, Sjoerd
>> Verzonden: woensdag 11 september 2024 17:58
>> Aan: Sikkema-de Boer, Jildou
>> Onderwerp: uitgangspunten pilot Rijksassistent
>>
>> Beste Jildou,
>> Hierbij de eerste versie van de uitgangspunten. Ik heb ze gisteren
>> besproken met Ratna Wibisono (CIO Rijk) en met mevrouw
>> El Amrani-Bouzid van het Kabinet. Secretaris-generaal Camps
>> wil de pilot in de SG-overleg van 24 september agenderen.
>> Voor vragen: ik ben vandaag tot 18.00 uur bereikbaar via
>> 06 4127 8390 of via het algemene nummer 070 426 6426.
>>
>> Sjoerd Hylkema""", font="DejaVuMono", fs=8)
    f.gap(8)
    f.p("Bijlage: Uitgangspunten pilot Rijksassistent v0.3 (getekend Emre Y.).", fs=9)
    f.save()
    red = [R("PERSON", "Sjoerd Hylkema", "Hylkema", "Sjoerd"),
           R("EMAIL", "s.hylkema@minbzk.nl", "s.hylkema@minbzk.nl"),
           R("PHONE", "06 4127 8390", "06 4127 8390"),
           R("PERSON", "Jildou Sikkema-de Boer", "Sikkema-de Boer", "Jildou"),
           R("EMAIL", "jildou.sikkema@minbzk.nl", "jildou.sikkema@minbzk.nl"),
           R("PHONE", "070 426 5588", "070 426 5588"), R("PHONE", "06-52 90 17 44", "06-52 90 17 44"),
           R("PERSON", "Rishi Ramdin", "Ramdin", "Rishi"), R("EMAIL", "r.ramdin@minbzk.nl", "r.ramdin@minbzk.nl"),
           R("PERSON", "Emre Yıldırım", "Yıldırım", "Emre", "Emre Y."),
           R("PERSON", "Iris Groen", "Iris Groen"),
           R("PERSON", "Agnieszka Wiśniewska", "Wiśniewska", "Agnieszka"),
           R("PERSON", "Ratna Wibisono", "Wibisono", "Ratna"),
           R("PERSON", "El Amrani-Bouzid", "El Amrani-Bouzid"),
           R("PERSON", "Hylkema (Info /Author)", "Hylkema, Sjoerd")]
    keep = [K("OFFICE", "staatssecretaris Szabó", "Szabó"), K("OFFICE", "lid Kathmann", "Kathmann"),
            K("OFFICE", "minister Uitermark", "Uitermark"), K("OFFICE", "SG Camps", "Camps"),
            K("ORG", "Logius", "Logius"), K("MAILBOX", "postbus.dgdoo@minbzk.nl", "postbus.dgdoo@minbzk.nl"),
            K("MAILBOX", "Postbus DGDOO", "Postbus DGDOO"), K("PHONE", "switchboard", SW),
            K("PROG", "Algoritmeregister", "Algoritmeregister"), K("PROG", "Rijkscloud", "Rijkscloud"),
            K("ORG", "Directie Digitale Overheid", "Directie Digitale Overheid"),
            K("ORG", "CIO Rijk", "CIO Rijk"), K("TERM", "DPIA", "DPIA"),
            K("ADDRESS", "Turfmarkt 147", "Turfmarkt 147"), K("PROG", "Rijksassistent", "Rijksassistent")]
    return red, keep




# =============================================================== bs03 English/Dutch mixed chain
@doc("bs03_mail_logius_hosting")
def bs03(path):
    f = Flow(path, font="LibSans", fs=10, lm=18 * mm, rm=18 * mm, footer=page_no("Page {n}"),
             author="Agnieszka Wisniewska")
    f.lines("""From: Wiśniewska, Agnieszka <agnieszka.wisniewska@logius.nl>
Sent: Tuesday, October 1, 2024 9:14 AM
To: Ramdin, Rishi <r.ramdin@minbzk.nl>
Cc: Tjahjadi, Hendra <hendra.tjahjadi@ictu.nl>; Servicedesk Logius <servicedesk@logius.nl>
Subject: RE: hosting Rijksassistent - capacity""")
    f.gap(6)
    f.p("Hi Rishi,")
    f.p("As discussed with Hendra yesterday: we can host the model in the Logius datacenter in Apeldoorn "
        "from 4 November. Our supplier's engineer, Mr. Tomasz Kowalczyk, needs a Rijkspas to enter the "
        "building; could you ask Karima to arrange a visitor pass? His mobile is +48 601 442 918 (Polish "
        "number), he will be in Apeldoorn from Monday.")
    f.p("Kind regards / Met vriendelijke groet,")
    f.lines("""Agnieszka Wiśniewska
Lead architect Hosting | Logius
Wilhelmina van Pruisenweg 52 | 2595 AN Den Haag
T +31 6 2290 4471""", fs=9)
    f.gap(10)
    f.lines("""From: Ramdin, Rishi <r.ramdin@minbzk.nl>
Sent: Monday, September 30, 2024 5:47 PM
To: Wiśniewska, Agnieszka <agnieszka.wisniewska@logius.nl>
Subject: hosting Rijksassistent - capacity""", fs=9.5)
    f.gap(4)
    f.p("Dag Agnieszka,", fs=9.5)
    f.p("Staatssecretaris Szabó heeft de beslisnota nog niet getekend, maar we willen de capaciteit alvast "
        "reserveren. Kun je bevestigen dat de GPU-servers beschikbaar zijn? Ik heb Hendra (ICTU) in de "
        "loop gehouden. Bel me gerust op 06 1834 2276.", fs=9.5)
    f.lines("""Groet, Rishi

R.K. (Rishi) Ramdin
Projectleider pilot Rijksassistent
Directie Digitale Overheid
Ministerie van BZK | Turfmarkt 147 | Den Haag
06 1834 2276""", fs=9)
    f.gap(10)
    f.lines("""-----Original Message-----
From: Tjahjadi, Hendra
Sent: Monday, September 30, 2024 2:03 PM
To: Ramdin, Rishi
Subject: FW: planning""", font="Courier", fs=8.5)
    f.p("Rishi, zie hieronder. Mevrouw Wiśniewska is de juiste persoon voor hosting; Guus van "
        "Kempen-Tjon A Fong (ICTU) doet de aanbesteding. H.", fs=9.5, font="LibSans-Italic")
    f.save()
    hide(path, links=[(0, [60, 700, 300, 715], "mailto:agnieszka.wisniewska@logius.nl")])
    red = [R("PERSON", "Agnieszka Wiśniewska", "Wiśniewska", "Agnieszka"),
           R("EMAIL", "agnieszka.wisniewska@logius.nl", "agnieszka.wisniewska@logius.nl"),
           R("PHONE", "+31 6 2290 4471", "+31 6 2290 4471"),
           R("PERSON", "Rishi Ramdin", "Ramdin", "Rishi", "R.K."),
           R("EMAIL", "r.ramdin@minbzk.nl", "r.ramdin@minbzk.nl"), R("PHONE", "06 1834 2276", "06 1834 2276"),
           R("PERSON", "Hendra Tjahjadi", "Tjahjadi", "Hendra"),
           R("EMAIL", "hendra.tjahjadi@ictu.nl", "hendra.tjahjadi@ictu.nl"),
           R("PERSON", "Tomasz Kowalczyk", "Kowalczyk", "Tomasz"), R("PHONE", "+48 601 442 918", "+48 601 442 918"),
           R("PERSON", "Karima", "Karima"),
           R("PERSON", "Guus van Kempen-Tjon A Fong", "Kempen-Tjon A Fong", "Guus"),
           R("PERSON", "Info /Author", "Agnieszka Wisniewska", ch="metadata")]
    keep = [K("ORG", "Logius", "Logius"), K("ORG", "ICTU", "ICTU"), K("PLACE", "Apeldoorn", "Apeldoorn"),
            K("ADDRESS", "Wilhelmina van Pruisenweg", "Wilhelmina van Pruisenweg 52"),
            K("MAILBOX", "servicedesk@logius.nl", "servicedesk@logius.nl"),
            K("OFFICE", "staatssecretaris Szabó", "Szabó"), K("PROG", "Rijksassistent", "Rijksassistent"),
            K("TERM", "Rijkspas", "Rijkspas"), K("ORG", "BZK", "BZK")]
    return red, keep


# =============================================================== bs04 meeting invitation
@doc("bs04_uitnodiging_kickoff")
def bs04(path):
    f = Flow(path, font="DejaVu", fs=9, lm=20 * mm, title="Kick-off pilot Rijksassistent")
    f.line("Vergadering", font="DejaVu-Bold", fs=14)
    f.gap(4)
    f.table([["Onderwerp", "Kick-off pilot Rijksassistent"],
             ["Locatie", "Turfmarkt 147, zaal 04.12 (Koningin Julianazaal) / Microsoft Teams"],
             ["Begin", "do 19-9-2024 13:30"], ["Einde", "do 19-9-2024 15:00"],
             ["Terugkeerpatroon", "(geen)"], ["Status van vergadering", "Geaccepteerd"],
             ["Organisator", "Ramdin, Rishi"],
             ["Verplichte deelnemers", "Ramdin, Rishi; Hylkema, Sjoerd; Sikkema-de Boer, Jildou; Yıldırım, "
              "Emre; Wibisono, Ratna; Groen, Iris; Ait Haddou, Karima; Wiśniewska, Agnieszka (Logius); "
              "Tjahjadi, Hendra (ICTU)"],
             ["Optionele deelnemers", "Meulen, Bram van der; Horst-van den Broek, Els ter; Winter, Daan; "
              "Postbus DGDOO"]], [42 * mm, 128 * mm], head=False, fs=8.5)
    f.p("Beste allen,")
    f.p("Graag nodig ik jullie uit voor de kick-off van de pilot. Agenda:")
    f.lines("""1. Opening door de directeur Digitale Overheid (Bram)
2. Doel en scope van de pilot (Sjoerd)
3. Hosting bij Logius (Agnieszka / Hendra)
4. Privacy: DPIA en rol van de FG (Iris)
5. Planning richting beslisnota staatssecretaris Szabó
6. Rondvraag""", indent=8)
    f.gap(6)
    f.p("Daan Winter notuleert. Wie niet fysiek aanwezig kan zijn, kan via Teams inbellen: "
        "+31 20 794 8471 (Nederland, gratis), conferentie-ID 482 193 771#.")
    f.p("Parkeren: meld je bij de receptie aan de Turfmarkt; bezoekers melden zich aan via "
        "bezoekersbalie@minbzk.nl.")
    f.p("Groet, Rishi")
    f.gap(4)
    f.line("________________________________________________________________________________", fs=7)
    f.line("Deelnemen aan Microsoft Teams-vergadering", font="DejaVu-Bold")
    f.line("Meer info | Opties voor vergadering", fs=7.5)
    f.save()
    hide(path, annots=[(0, [500, 780, 520, 800], "Karima: zaal geboekt via Planon, Els komt later (tandarts).",
                        "Ait Haddou, K.")])
    red = [R("PERSON", "Rishi Ramdin", "Ramdin", "Rishi"), R("PERSON", "Sjoerd Hylkema", "Hylkema", "Sjoerd"),
           R("PERSON", "Jildou Sikkema-de Boer", "Sikkema-de Boer"), R("PERSON", "Emre Yıldırım", "Yıldırım"),
           R("PERSON", "Ratna Wibisono", "Wibisono"), R("PERSON", "Iris Groen", "Groen", "Iris"),
           R("PERSON", "Karima Ait Haddou", "Ait Haddou"), R("PERSON", "Agnieszka Wiśniewska", "Wiśniewska", "Agnieszka"),
           R("PERSON", "Hendra Tjahjadi", "Tjahjadi", "Hendra"),
           R("PERSON", "Bram van der Meulen", "Meulen, Bram van der", "Bram"),
           R("PERSON", "Els ter Horst-van den Broek", "Horst-van den Broek"),
           R("PERSON", "Daan Winter", "Daan Winter", ("Winter, Daan", True)),
           R("PERSON", "annotation author", "Ait Haddou, K.", ch="annotations"),
           R("PERSON", "annotation Els", "Els komt later", ch="annotations")]
    keep = [K("ADDRESS", "Turfmarkt 147", "Turfmarkt 147"), K("PLACE", "Koningin Julianazaal", "Koningin Julianazaal"),
            K("ORG", "Logius", "Logius"), K("ORG", "ICTU", "ICTU"), K("OFFICE", "staatssecretaris Szabó", "Szabó"),
            K("MAILBOX", "Postbus DGDOO", "Postbus DGDOO"), K("MAILBOX", "bezoekersbalie@minbzk.nl", "bezoekersbalie@minbzk.nl"),
            K("PHONE", "Teams dial-in", "+31 20 794 8471"), K("PRODUCT", "Microsoft Teams", "Microsoft Teams"),
            K("TERM", "DPIA", "DPIA"), K("ORG", "Directie", "directeur Digitale Overheid"), K("DATE", "date", "19-9-2024")]
    return red, keep


# =============================================================== bs05 beslisnota (Word -> LibreOffice)
@doc("bs05_beslisnota_pilot")
def bs05(path):
    from docx import Document
    from docx.shared import Pt, Mm
    d = Document()
    sec = d.sections[0]
    sec.left_margin, sec.right_margin, sec.top_margin = Mm(20), Mm(15), Mm(20)
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Liberation Sans", Pt(9.5)
    d.core_properties.author = "El Amrani, Y. (DGDOO/DDO)"
    d.core_properties.title = "Beslisnota pilot Rijksassistent"
    d.core_properties.last_modified_by = "Hylkema, S."
    hp = sec.header.paragraphs[0]
    hp.text = "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties\t\tnota"
    fp = sec.footer.paragraphs[0]
    fp.text = "Beslisnota pilot Rijksassistent - 2024-0000598811"
    t = d.add_table(rows=1, cols=2)
    t.autofit = False
    main, side = t.rows[0].cells
    main.width, side.width = Mm(122), Mm(50)
    side.text = ""
    sp = side.paragraphs[0]
    for ln in ["Directoraat-generaal", "Digitalisering en", "Overheidsorganisatie", "Directie Digitale Overheid",
               "Afdeling Data & AI", "", "Turfmarkt 147", "Den Haag", "Postbus 20011", "2500 EA Den Haag", "",
               "Contactpersoon", "S. Hylkema", "senior beleidsmedewerker", "T 06-41278390",
               "s.hylkema@minbzk.nl", "", "Datum", "7 oktober 2024", "", "Kenmerk", "2024-0000598811", "",
               "Kopie aan", "CIO Rijk, DCZW", "", "Bijlage(n)", "2"]:
        r = sp.add_run(ln + "\n")
        r.font.size = Pt(7)
    mp = main.paragraphs[0]
    r = mp.add_run("nota")
    r.bold, r.font.size = True, Pt(14)

    def P(text, bold=False, size=None):
        p = main.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        return p
    P("Aan: de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties (Digitalisering en "
      "Koninkrijksrelaties)")
    P("Van: Sjoerd Hylkema, Directie Digitale Overheid")
    P("Onderwerp: Start pilot generatieve AI-assistent (Rijksassistent)", bold=True)
    P("Beslispunten", bold=True)
    P("Aan de staatssecretaris wordt gevraagd in te stemmen met de start van de pilot Rijksassistent per "
      "4 november 2024, met 400 deelnemers bij BZK, Logius en de Belastingdienst, en de Tweede Kamer hierover "
      "te informeren met bijgevoegde Kamerbrief.")
    P("Aanleiding", bold=True)
    P("In het commissiedebat Digitale Zaken van 18 september 2024 heeft u toegezegd de Kamer voor het "
      "kerstreces te informeren over experimenten met generatieve AI. Het lid Six Dijkstra (NSC) vroeg "
      "daarbij naar de naleving van de AI-verordening; het lid Dekker-Abdulaziz (D66) naar de rol van de "
      "Autoriteit Persoonsgegevens.")
    P("Kern", bold=True)
    P("De pilot draait op de Rijkscloud bij Logius. Er is een DPIA uitgevoerd; de functionaris voor "
      "gegevensbescherming, mevrouw I. Groen, adviseert positief onder voorwaarden. Het model wordt "
      "opgenomen in het Algoritmeregister. De leverancier, Nordlicht Data B.V., heeft geen toegang tot "
      "invoer van gebruikers. Projectleider is de heer R.K. Ramdin; het CIO-office (mevrouw Wibisono) "
      "toetst de architectuur.")
    P("Krachtenveld", bold=True)
    P("De VNG (Wytske Hoekstra) wil dat gemeenten kunnen aansluiten. Minister Uitermark is via de "
      "ministerstaf geïnformeerd. De ondernemingsraad van BZK vraagt om een evaluatie na drie maanden.")
    P("Informatie die niet openbaar gemaakt kan worden", bold=True)
    P("[in te vullen]")
    P("Paraafroute", bold=True)
    pt = main.add_table(rows=6, cols=4)
    pt.style = "Table Grid"
    rows = [("Naam", "Functie", "Paraaf", "Datum"),
            ("S. Hylkema", "senior beleidsmedewerker", "SH", "2-10-2024"),
            ("J. Sikkema-de Boer", "afdelingshoofd Data & AI", "JSdB", "3-10-2024"),
            ("B. van der Meulen", "directeur DDO", "BvdM", "4-10-2024"),
            ("E. ter Horst-van den Broek", "plv. DGDOO", "EtH", "4-10-2024"),
            ("", "SG", "gezien", "7-10-2024")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            pt.rows[i].cells[j].text = v
    P("")
    P("Bijlagen: 1. Kamerbrief; 2. DPIA-samenvatting. Gekregen via Yassine (Kabinet) op 1 oktober.")
    with tempfile.TemporaryDirectory() as td:
        dp = Path(td) / "bs05.docx"
        d.save(dp)
        out = soffice(dp, Path(td))
        Path(out).replace(path)
    red = [R("PERSON", "Sjoerd Hylkema", "Hylkema", "Sjoerd", "S. Hylkema"),
           R("PHONE", "06-41278390", "06-41278390"), R("EMAIL", "s.hylkema@minbzk.nl", "s.hylkema@minbzk.nl"),
           R("PERSON", "I. Groen", "Groen"), R("PERSON", "R.K. Ramdin", "Ramdin"),
           R("PERSON", "Wibisono", "Wibisono"), R("PERSON", "Wytske Hoekstra", "Hoekstra", "Wytske"),
           R("PERSON", "J. Sikkema-de Boer", "Sikkema-de Boer"), R("PARAPH", "JSdB", "JSdB"), R("PARAPH", "SH", "SH"),
           R("PERSON", "B. van der Meulen", "van der Meulen"), R("PARAPH", "BvdM", "BvdM"),
           R("PERSON", "E. ter Horst-van den Broek", "ter Horst-van den Broek"), R("PARAPH", "EtH", "EtH"),
           R("PERSON", "Yassine", "Yassine"),
           R("PERSON", "author metadata", "El Amrani, Y.", ch="metadata")]
    keep = [K("OFFICE", "lid Six Dijkstra", "Six Dijkstra"), K("OFFICE", "lid Dekker-Abdulaziz", "Dekker-Abdulaziz"),
            K("OFFICE", "minister Uitermark", "Uitermark"), K("ORG", "Autoriteit Persoonsgegevens", "Autoriteit Persoonsgegevens"),
            K("ORG", "Logius", "Logius"), K("ORG", "Belastingdienst", "Belastingdienst"), K("ORG", "VNG", "VNG"),
            K("ORG", "Nordlicht Data B.V.", "Nordlicht Data B.V."), K("LAW", "AI-verordening", "AI-verordening"),
            K("PROG", "Algoritmeregister", "Algoritmeregister"), K("ORG", "NSC", "NSC"), K("ORG", "D66", "D66"),
            K("REF", "kenmerk", "2024-0000598811"), K("ORG", "Tweede Kamer", "Tweede Kamer"),
            K("FUNC", "function", "afdelingshoofd Data & AI"), K("FUNC", "function", "directeur DDO"),
            K("HEADING", "motivation heading", "Informatie die niet openbaar gemaakt kan worden"),
            K("DATE", "debate", "18 september 2024")]
    return red, keep


def _draw_lines(d, font, x, y, lines, lead, fill=20):
    for ln in lines:
        d.text((x, y), ln, font=font, fill=fill)
        y += lead
    return y


# =============================================================== bs06 printed e-mail with handwriting (scan)
@doc("bs06_scan_geprinte_mail")
def bs06(path):
    def draw(d, F, px):
        f1, fb, fh = F("LibSans", 10.5), F("LibSans-Bold", 11), F("Femke", 17)
        x = int(60 * px)
        y = int(50 * px)
        d.text((x, y), "Yıldırım, Emre", font=F("LibSans-Bold", 14), fill=10)
        y += int(24 * px)
        d.line((x, y, int(540 * px), y), fill=40, width=3)
        y += int(10 * px)
        y = _draw_lines(d, f1, x, y, [
            "Van:            Yildirim, Emre <emre.yildirim@minbzk.nl>",
            "Verzonden:  maandag 21 oktober 2024 08:57",
            "Aan:             Wibisono, Ratna <r.wibisono@minbzk.nl>",
            "CC:               Hylkema, Sjoerd",
            "Onderwerp:  Modelkaart Rijksassistent voor Algoritmeregister"], int(16 * px))
        y += int(14 * px)
        y = _draw_lines(d, f1, x, y, [
            "Ratna,",
            "",
            "Bijgaand de modelkaart. Kun jij checken of de risicoclassificatie klopt met",
            "de AI-verordening? De publicatie in het Algoritmeregister staat gepland op",
            "4 november, gelijk met de start. Bel me als er iets niet klopt: 06 2378 5510.",
            "",
            "Met vriendelijke groet,",
            "",
            "Emre Yildirim",
            "Data-adviseur | CIO Rijk",
            "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
            "M 06 2378 5510"], int(16 * px))
        # handwritten notes
        d.text((int(330 * px), int(300 * px)), "ok - Ratna 22/10", font=fh, fill=30)
        d.text((int(70 * px), int(520 * px)), "Bespreken met Sjoerd + Natasja (juridisch)", font=fh, fill=35)
        d.text((int(70 * px), int(550 * px)), "bel Hendra: 06 3391 0472", font=fh, fill=35)
        d.ellipse((int(300 * px), int(190 * px), int(470 * px), int(215 * px)), outline=60, width=3)
        d.text((int(400 * px), int(780 * px)), "1 / 1", font=F("LibSans", 8), fill=40)
    scan_page(draw, path, seed=6, rot=0.8)
    red = [R("PERSON", "Emre Yıldırım", "Emre", "Yildirim", ch="ocr"),
           R("EMAIL", "emre.yildirim@minbzk.nl", "emre.yildirim@minbzk.nl", ch="ocr"),
           R("PERSON", "Ratna Wibisono", "Wibisono", "Ratna", ch="ocr"),
           R("EMAIL", "r.wibisono@minbzk.nl", "r.wibisono@minbzk.nl", ch="ocr"),
           R("PERSON", "Sjoerd Hylkema", "Hylkema", ch="ocr"),
           R("PHONE", "06 2378 5510", "2378 5510", ch="ocr")]
    keep = []
    return red, keep


# =============================================================== bs07 Signal export
@doc("bs07_signal_projectteam")
def bs07(path):
    def head(f):
        f.text(f.lm, f.H - 15 * mm, "Signal - chatexport 'Pilot RA kernteam' - 21-10-2024 t/m 05-11-2024",
               "DejaVu", 7.5, (0.4, 0.4, 0.4))
    f = Flow(path, font="DejaVu", fs=9, tm=22 * mm, header=head, footer=page_no("{n}"),
             title="Signal export Pilot RA kernteam")
    f.line("Pilot RA kernteam", font="DejaVu-Bold", fs=13)
    f.line("Leden: Rishi Ramdin, Sjoerd, Jildou S., Emre Yıldırım, +31 6 1620 7735", fs=8)
    f.gap(6)
    msgs = [
        ("21-10-2024 07:42", "Rishi Ramdin", "Morgen 9u stand-up, ik ben om 8u bij Logius in Apeldoorn"),
        ("21-10-2024 07:45", "Jildou S.", "👍 ik sluit later aan, eerst MT"),
        ("21-10-2024 08:03", "Sjoerd", "Stas heeft de nota getekend!! Szabó wil 4/11 zelf de aftrap doen"),
        ("21-10-2024 08:04", "Emre Yıldırım", "Top. Modelkaart ligt bij Ratna"),
        ("21-10-2024 08:10", "+31 6 1620 7735", "Hoi allen, Lieke hier (Kabinet stas). Kan iemand mij de "
         "Q&A sturen voor de aftrap? Mijn nummer is dit, sla maar op"),
        ("21-10-2024 08:12", "Rishi Ramdin", "Lieke in 't Veld toegevoegd aan de groep"),
        ("21-10-2024 08:15", "Sjoerd", "@Lieke stuur ik je vanmiddag, via Yassine of direct?"),
        ("21-10-2024 08:16", "Lieke in 't Veld", "direct graag, l.intveld@minbzk.nl"),
        ("23-10-2024 12:31", "Jildou S.", "Heads up: Kamerlid Kathmann twittert over de pilot, "
         "woordvoering is op de hoogte"),
        ("23-10-2024 12:40", "Emre Yıldırım", "Ik ben morgen ziek thuis, Daan neemt de demo over"),
        ("28-10-2024 16:20", "Rishi Ramdin", "Tomasz van Nordlicht zegt dat de GPU-nodes pas 6/11 "
         "live zijn. Escaleren naar Bram?"),
        ("28-10-2024 16:22", "Jildou S.", "Ja, en zet Agnieszka in cc"),
        ("28-10-2024 16:25", "Sjoerd", "Ik bel Bram nu"),
        ("31-10-2024 09:02", "Rishi Ramdin", "Nieuw: aftrap verschoven naar 11/11. Stas akkoord, SG Camps "
         "ook geïnformeerd"),
        ("31-10-2024 09:05", "Lieke in 't Veld", "Ik pas de agenda van de stas aan 👌"),
        ("04-11-2024 18:47", "Emre Yıldırım", "Modelkaart staat live in het Algoritmeregister"),
        ("05-11-2024 08:30", "Sjoerd", "Mooi! Borrel vrijdag bij Café De Zwarte Ruiter?"),
        ("05-11-2024 08:31", "Jildou S.", "Ik neem Wytske van de VNG mee"),
    ]
    for ts, who, msg in msgs:
        f.need(40)
        f.line(f"{who}  ·  {ts}", font="DejaVu-Bold", fs=8, color=(0.15, 0.3, 0.6))
        f.p(msg, indent=6, after=5)
    f.save()
    red = [R("PERSON", "Rishi Ramdin", "Ramdin", "Rishi"), R("PERSON", "Sjoerd", "Sjoerd"),
           R("PERSON", "Jildou S.", "Jildou", "Jildou S."), R("PERSON", "Emre Yıldırım", "Yıldırım", "Emre"),
           R("PHONE", "+31 6 1620 7735", "+31 6 1620 7735"), R("PERSON", "Lieke in 't Veld", "in 't Veld", "Lieke"),
           R("EMAIL", "l.intveld@minbzk.nl", "l.intveld@minbzk.nl"), R("PERSON", "Ratna", "Ratna"),
           R("PERSON", "Yassine", "Yassine"), R("PERSON", "Daan", "Daan"), R("PERSON", "Tomasz", "Tomasz"),
           R("PERSON", "Bram", "Bram"), R("PERSON", "Agnieszka", "Agnieszka"), R("PERSON", "Wytske", "Wytske"),
           R("HEALTH", "ziek thuis", "ziek thuis")]
    keep = [K("OFFICE", "Szabó", "Szabó"), K("OFFICE", "Kamerlid Kathmann", "Kathmann"), K("OFFICE", "SG Camps", "Camps"),
            K("ORG", "Logius", "Logius"), K("PLACE", "Apeldoorn", "Apeldoorn"), K("ORG", "Nordlicht", "Nordlicht"),
            K("PROG", "Algoritmeregister", "Algoritmeregister"), K("ORG", "VNG", "VNG"),
            K("PLACE", "Café De Zwarte Ruiter", "Café De Zwarte Ruiter"), K("TERM", "Kabinet stas", "Kabinet stas"),
            K("DATE", "timestamp", "21-10-2024 08:03")]
    return red, keep


# =============================================================== bs08 WhatsApp export (plain text printed)
@doc("bs08_whatsapp_export")
def bs08(path):
    f = Flow(path, font="Courier", fs=8.5, lm=15 * mm, rm=12 * mm, tm=18 * mm,
             title="WhatsApp-chat met Rishi Ramdin.txt")
    f.line("WhatsApp-chat met Rishi Ramdin.txt", font="Courier-Bold", fs=9)
    f.gap(4)
    raw = """11-11-2024, 07:58 - Berichten en oproepen zijn end-to-end versleuteld.
11-11-2024, 07:58 - Rishi Ramdin: Goedemorgen Natasja! Kun jij vandaag
bij de aftrap zijn? Stas Szabó opent om 10.00 uur in het atrium.
11-11-2024, 08:02 - Natasja: Ja hoor. Moet ik iets zeggen over de
verwerkersovereenkomst met Nordlicht?
11-11-2024, 08:03 - Rishi Ramdin: Alleen als Kamerlid Six Dijkstra
ernaar vraagt, hij komt kijken 😅
11-11-2024, 08:05 - Natasja: Ok. Ik neem Gerold mee, hij heeft de AVG-
toets gedaan. Zijn nummer 06-2947 1183 als je hem zoekt.
11-11-2024, 08:06 - Rishi Ramdin: <Media weggelaten>
11-11-2024, 08:06 - Rishi Ramdin: dit is de definitieve draaiboek
11-11-2024, 09:40 - Natasja: Ik sta bij de ingang Turfmarkt, waar
ben jij?
11-11-2024, 09:41 - Rishi Ramdin: Bij de liften, met mevr. Wijngaarde-
Pinas en Zeynep van UWV
11-11-2024, 11:15 - Natasja: Goed gegaan! Szabó was enthousiast.
11-11-2024, 11:16 - Rishi Ramdin: Dank je wel 🙏 Zeg tegen Gerold dat
hij morgen vrij mag nemen (zijn vrouw is net bevallen toch?)
11-11-2024, 11:20 - Natasja: Klopt, dochter Amara. Ik geef het door
12-11-2024, 08:12 - Rishi Ramdin: Wil je de notulen naar Karima sturen
(k.aithaddou@minbzk.nl)? Zij archiveert in DigiDoc
12-11-2024, 08:30 - Natasja: Gedaan"""
    f.lines(raw)
    f.save()
    red = [R("PERSON", "Rishi Ramdin", "Ramdin", "Rishi"), R("PERSON", "Natasja", "Natasja"),
           R("PERSON", "Gerold", "Gerold"), R("PHONE", "06-2947 1183", "06-2947 1183"),
           R("PERSON", "Wijngaarde-Pinas", "Wijngaarde-Pinas"), R("PERSON", "Zeynep", "Zeynep"),
           R("PERSON", "Amara (child)", "Amara"), R("PERSON", "Karima", "Karima"),
           R("EMAIL", "k.aithaddou@minbzk.nl", "k.aithaddou@minbzk.nl"),
           R("PRIVATE", "bevallen", "bevallen")]
    keep = [K("OFFICE", "Stas Szabó", "Szabó"), K("OFFICE", "Kamerlid Six Dijkstra", "Six Dijkstra"),
            K("ORG", "Nordlicht", "Nordlicht"), K("ORG", "UWV", "UWV"), K("ADDRESS", "Turfmarkt", "Turfmarkt"),
            K("LAW", "AVG", "AVG"), K("PRODUCT", "DigiDoc", "DigiDoc"), K("DATE", "ts", "11-11-2024, 08:02")]
    return red, keep


# =============================================================== bs09 Kamervragen answers (Word -> LibreOffice)
@doc("bs09_antwoorden_kamervragen")
def bs09(path):
    from docx import Document
    from docx.shared import Pt, Mm
    d = Document()
    sec = d.sections[0]
    sec.left_margin, sec.right_margin = Mm(25), Mm(25)
    st = d.styles["Normal"]
    st.font.name, st.font.size = "DejaVu Serif", Pt(9.5)
    d.core_properties.author = "Hoekstra-Brandsma, Tjitske"
    d.core_properties.title = "Antwoorden Kamervragen Kathmann generatieve AI"
    sec.footer.paragraphs[0].text = "2024Z19532 - antwoorden - BZK"

    def P(t, bold=False, italic=False):
        p = d.add_paragraph()
        r = p.add_run(t)
        r.bold, r.italic = bold, italic
        return p
    P("Antwoorden op vragen van het lid Kathmann (GroenLinks-PvdA) over de inzet van generatieve AI bij de "
      "Rijksoverheid (ingezonden 12 november 2024, 2024Z19532)", bold=True)
    qa = [
        ("Vraag 1", "Bent u bekend met het bericht 'Ambtenaren testen chatbot van het Rijk' in de Volkskrant "
         "van 8 november 2024?", "Antwoord op vraag 1", "Ja."),
        ("Vraag 2", "Hoeveel ambtenaren nemen deel aan de pilot en bij welke organisaties?",
         "Antwoord op vraag 2", "Aan de pilot Rijksassistent nemen circa 400 medewerkers deel van het "
         "ministerie van BZK, Logius en de Belastingdienst. Deelname is vrijwillig."),
        ("Vraag 3", "Is er een DPIA uitgevoerd en is de Autoriteit Persoonsgegevens geraadpleegd?",
         "Antwoord op vraag 3", "Er is een DPIA uitgevoerd. Voorafgaande raadpleging van de Autoriteit "
         "Persoonsgegevens was niet nodig omdat de restrisico's beperkt zijn. De samenvatting van de DPIA "
         "is op 15 oktober 2024 aan uw Kamer gezonden (Kamerstuk 26643, nr. 1231)."),
        ("Vraag 4", "Deelt u de zorg van het lid Van Baarle (DENK) dat AI-systemen kunnen discrimineren?",
         "Antwoord op vraag 4", "Ja, dat risico bestaat. Daarom is het model vooraf getoetst met het "
         "Impact Assessment Mensenrechten en Algoritmes (IAMA) en staat het in het Algoritmeregister. "
         "Ik verwijs ook naar de brief van minister Uitermark over de Rijksbrede visie op generatieve AI."),
        ("Vraag 5", "Kunt u deze vragen beantwoorden vóór het commissiedebat Digitale Zaken?",
         "Antwoord op vraag 5", "Ja."),
    ]
    for q, qt, a, at in qa:
        P(q, bold=True)
        P(qt, italic=True)
        P(a, bold=True)
        P(at)
    P("")
    P("Toelichting (niet voor publicatie): conceptantwoorden opgesteld door T. Hoekstra-Brandsma (DDO), "
      "afgestemd met mr. N.A. Pinas (DCZW) en gecheckt door Auke de Vries van de Belastingdienst. "
      "Vragen over vraag 3 aan Tjitske: 06 5518 2046.")
    P("")
    P("De staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties,")
    P("Digitalisering en Koninkrijksrelaties")
    P("")
    P("Zsolt Szabó")
    with tempfile.TemporaryDirectory() as td:
        dp = Path(td) / "bs09.docx"
        d.save(dp)
        Path(soffice(dp, Path(td))).replace(path)
    red = [R("PERSON", "T. Hoekstra-Brandsma", "Hoekstra-Brandsma", "Tjitske"),
           R("PERSON", "N.A. Pinas", "Pinas", "N.A."), R("PERSON", "Auke de Vries", "Auke de Vries"),
           R("PHONE", "06 5518 2046", "06 5518 2046"),
           R("PERSON", "author", "Hoekstra-Brandsma, Tjitske", ch="metadata")]
    keep = [K("OFFICE", "lid Kathmann", "Kathmann"), K("OFFICE", "lid Van Baarle", "Van Baarle"),
            K("OFFICE", "minister Uitermark", "Uitermark"), K("OFFICE", "Zsolt Szabó", "Zsolt Szabó"),
            K("ORG", "GroenLinks-PvdA", "GroenLinks-PvdA"), K("ORG", "DENK", "DENK"),
            K("ORG", "Autoriteit Persoonsgegevens", "Autoriteit Persoonsgegevens"),
            K("ORG", "Volkskrant", "Volkskrant"), K("REF", "2024Z19532", "2024Z19532"),
            K("REF", "Kamerstuk", "26643, nr. 1231"), K("ORG", "Belastingdienst", "Belastingdienst"),
            K("PROG", "IAMA", "IAMA"), K("PROG", "Algoritmeregister", "Algoritmeregister"),
            K("ORG", "Logius", "Logius"), K("PROG", "Rijksassistent", "Rijksassistent")]
    return red, keep


# =============================================================== bs10 letter already partly redacted by VNG
@doc("bs10_vng_brief_gelakt")
def bs10(path):
    def head(f):
        f.text(f.lm, f.H - 22 * mm, "VNG", "Helvetica-Bold", 22, (0.0, 0.35, 0.6))
        f.text(f.lm, f.H - 27 * mm, "Vereniging van Nederlandse Gemeenten", "Helvetica", 8)
        f.text(f.W - 60 * mm, f.H - 20 * mm, "Nassaulaan 12", "Helvetica", 7.5)
        f.text(f.W - 60 * mm, f.H - 24 * mm, "2514 JS Den Haag", "Helvetica", 7.5)
        f.text(f.W - 60 * mm, f.H - 28 * mm, "www.vng.nl", "Helvetica", 7.5)
        f.y = f.H - 45 * mm
    f = Flow(path, font="Times-Roman", fs=10.5, header=head, footer=page_no("blad {n}"),
             title="Brief VNG aan BZK - aansluiting gemeenten (openbare versie VNG)")
    f.lines("""Ministerie van Binnenlandse Zaken en Koninkrijksrelaties
t.a.v. de directeur Digitale Overheid
Postbus 20011
2500 EA  Den Haag""")
    f.gap(14)
    y0 = f.y
    f.table([["uw kenmerk", "ons kenmerk", "behandeld door", "datum"],
             ["2024-0000598811", "TLO/U202400871", "                          ", "4 november 2024"]],
            [38 * mm, 38 * mm, 50 * mm, 34 * mm], font="Helvetica", fs=8, shade=False)
    f.blackbox(f.lm + 77 * mm, f.y + 8, 46 * mm, 9)
    f.line("Onderwerp: aansluiting gemeenten bij de pilot Rijksassistent", font="Times-Bold")
    f.gap(8)
    f.p("Geachte heer                   ,")
    f.blackbox(f.lm + 60, f.y + 2, 70, 11)
    f.p("Naar aanleiding van ons overleg van 29 oktober jl. met uw medewerkers de heer Hylkema en mevrouw "
        "Sikkema-de Boer laten wij u weten dat de gemeenten Leeuwarden, Zwolle en Tilburg willen "
        "deelnemen aan een tweede fase van de pilot. Burgemeester Buma van Leeuwarden heeft dit ook in de "
        "commissie Informatiesamenleving van de VNG bepleit.")
    yb = f.y
    f.p("Namens de gemeente Tilburg is                                  het aanspreekpunt; "
        "voor Zwolle is dat Wytske Hoekstra, die tot 1 november bij de VNG werkte en nu bij de gemeente "
        "Zwolle in dienst is (w.hoekstra@zwolle.nl, 06 1290 5563).")
    f.blackbox(f.lm + 133, yb - 13, 118, 11)
    f.p("Wij vragen u de verwerkersovereenkomst met Nordlicht Data B.V. zo op te stellen dat gemeenten "
        "kunnen toetreden zonder eigen aanbesteding. Wij verwijzen naar het Besluit Informatiebeveiliging "
        "Overheid (BIO) en de Wet digitale overheid.")
    f.p("Met vriendelijke groet,")
    f.line("Vereniging van Nederlandse Gemeenten")
    f.gap(26)
    f.blackbox(f.lm, f.y - 4, 110, 24)
    f.gap(6)
    f.line("directeur Informatiesamenleving")
    f.gap(8)
    f.p("Kopie: A. Dijkstra (gemeente Leeuwarden, CIO-office); Sjoerd Hylkema (BZK)", fs=8.5)
    f.save()
    red = [R("PERSON", "Hylkema", "Hylkema"), R("PERSON", "Sikkema-de Boer", "Sikkema-de Boer"),
           R("PERSON", "Wytske Hoekstra", "Hoekstra", "Wytske"),
           R("EMAIL", "w.hoekstra@zwolle.nl", "w.hoekstra@zwolle.nl"), R("PHONE", "06 1290 5563", "06 1290 5563"),
           R("PERSON", "A. Dijkstra", "Dijkstra"), R("PERSON", "Sjoerd", "Sjoerd")]
    keep = [K("ORG", "VNG", "VNG"), K("OFFICE", "Burgemeester Buma", "Buma"), K("PLACE", "Leeuwarden", "Leeuwarden"),
            K("PLACE", "Zwolle", "Zwolle"), K("PLACE", "Tilburg", "Tilburg"), K("ADDRESS", "Nassaulaan 12", "Nassaulaan 12"),
            K("REF", "ons kenmerk", "TLO/U202400871"), K("REF", "uw kenmerk", "2024-0000598811"),
            K("LAW", "Wet digitale overheid", "Wet digitale overheid"), K("LAW", "BIO", "BIO"),
            K("ORG", "Nordlicht Data B.V.", "Nordlicht Data B.V."), K("GROUND", "existing labels", "5.1.2e"),
            K("FUNC", "directeur Informatiesamenleving", "directeur Informatiesamenleving")]
    return red, keep


# =============================================================== bs11 landscape overview (spreadsheet export)
@doc("bs11_overzicht_deelnemers")
def bs11(path):
    def foot(f):
        f.text(f.lm, 10 * mm, "Deelnemersoverzicht_pilot_RA_v7.xlsx - Blad1", "Helvetica", 6.5)
        f.text(f.W - 30 * mm, 10 * mm, f"Pagina {f.page}", "Helvetica", 6.5)
    f = Flow(path, size=landscape(A4), font="LibSans", fs=7.5, lm=12 * mm, rm=12 * mm, tm=14 * mm, bm=16 * mm,
             footer=foot, title="Deelnemersoverzicht_pilot_RA_v7.xlsx")
    rows = [["Nr", "Organisatie", "Onderdeel", "Contactpersoon", "E-mail", "Telefoon", "Rol", "Start", "Opmerking"],
            ["1", "BZK", "DDO", "Hylkema, S.", "s.hylkema@minbzk.nl", "06 4127 8390", "beleid", "04-11-2024", ""],
            ["2", "BZK", "CIO Rijk", "Wibisono, R.", "r.wibisono@minbzk.nl", "070 426 8841", "architectuur", "04-11-2024", ""],
            ["3", "BZK", "DCZW", "PINAS, N.A.", "natasja.pinas@minbzk.nl", "070 426 7312", "juridisch", "04-11-2024", ""],
            ["4", "Logius", "Hosting", "Wiśniewska, A.", "agnieszka.wisniewska@logius.nl", "+31 6 2290 4471",
             "hosting", "04-11-2024", "werkt vanuit Apeldoorn"],
            ["5", "ICTU", "Projecten", "Tjahjadi, H.", "hendra.tjahjadi@ictu.nl", "06 3391 0472", "aanbesteding",
             "11-11-2024", ""],
            ["6", "Belastingdienst", "CIO-office", "Vries, A. de", "a.de.vries@belastingdienst.nl", "06 4871 2209",
             "gebruikerstest", "11-11-2024", "vervangt Bakker"],
            ["7", "UWV", "Digitale dienstverlening", "Aktaş, Zeynep", "zeynep.aktas@uwv.nl", "06 5003 8127",
             "gebruikerstest", "18-11-2024", "deeltijd (ma-wo)"],
            ["8", "Nordlicht Data B.V.", "Accountmanagement", "Kowalczyk, T.", "tomasz.kowalczyk@nordlichtdata.nl",
             "+48 601 442 918", "leverancier", "n.v.t.", "alleen via Logius"],
            ["9", "VNG", "Informatiesamenleving", "functioneel", "informatiesamenleving@vng.nl", "070 373 8393",
             "koepel", "n.v.t.", "algemeen nummer"],
            ["10", "Gemeente Zwolle", "I&A", "Hoekstra, W.", "w.hoekstra@zwolle.nl", "06 1290 5563", "fase 2",
             "2025", ""],
            ["11", "Gemeente Leeuwarden", "CIO-office", "DIJKSTRA, A.", "a.dijkstra@leeuwarden.nl", "058 233 8311",
             "fase 2", "2025", "bereikbaar via KCC 14 058"],
            ["12", "BZK", "Kabinet stas", "In 't Veld, L.", "l.intveld@minbzk.nl", "+31 6 1620 7735", "kabinet",
             "n.v.t.", "geen deelnemer"],
            ["13", "Autoriteit Persoonsgegevens", "Toezicht", "de la Court, J.", "info@autoriteitpersoonsgegevens.nl",
             "088 180 5250", "informeel", "n.v.t.", "algemene mailbox"]]
    f.line("Overzicht deelnemers en contactpersonen pilot Rijksassistent (stand 15-11-2024)", font="LibSans-Bold", fs=11)
    f.gap(4)
    f.table(rows, [w * mm for w in (8, 34, 30, 28, 56, 26, 22, 18, 36)], fs=7.2)
    f.p("Bron: projectbureau DDO. Vertrouwelijk - niet doorsturen. Bijgehouden door Karima Ait Haddou.", fs=7)
    f.save()
    red = [R("PERSON", "Hylkema", "Hylkema"), R("EMAIL", "s.hylkema", "s.hylkema@minbzk.nl"), R("PHONE", "", "06 4127 8390"),
           R("PERSON", "Wibisono", "Wibisono"), R("EMAIL", "", "r.wibisono@minbzk.nl"), R("PHONE", "", "070 426 8841"),
           R("PERSON", "PINAS", "PINAS"), R("EMAIL", "", "natasja.pinas@minbzk.nl"), R("PHONE", "", "070 426 7312"),
           R("PERSON", "Wiśniewska", "Wiśniewska"), R("EMAIL", "", "agnieszka.wisniewska@logius.nl"),
           R("PHONE", "", "+31 6 2290 4471"), R("PERSON", "Tjahjadi", "Tjahjadi"), R("EMAIL", "", "hendra.tjahjadi@ictu.nl"),
           R("PHONE", "", "06 3391 0472"), R("PERSON", "A. de Vries", "Vries, A. de"),
           R("EMAIL", "", "a.de.vries@belastingdienst.nl"), R("PHONE", "", "06 4871 2209"), R("PERSON", "Bakker", "Bakker"),
           R("PERSON", "Zeynep Aktaş", "Aktaş", "Zeynep"), R("EMAIL", "", "zeynep.aktas@uwv.nl"), R("PHONE", "", "06 5003 8127"),
           R("PERSON", "Kowalczyk", "Kowalczyk"), R("EMAIL", "", "tomasz.kowalczyk@nordlichtdata.nl"),
           R("PHONE", "", "+48 601 442 918"), R("PERSON", "W. Hoekstra", "Hoekstra"), R("EMAIL", "", "w.hoekstra@zwolle.nl"),
           R("PHONE", "", "06 1290 5563"), R("PERSON", "DIJKSTRA", "DIJKSTRA"), R("EMAIL", "", "a.dijkstra@leeuwarden.nl"),
           R("PERSON", "L. In 't Veld", "In 't Veld"), R("EMAIL", "", "l.intveld@minbzk.nl"), R("PHONE", "", "+31 6 1620 7735"),
           R("PERSON", "J. de la Court", "de la Court"), R("PERSON", "Karima Ait Haddou", "Ait Haddou", "Karima")]
    keep = [K("ORG", "Logius", "Logius"), K("ORG", "ICTU", "ICTU"), K("ORG", "Belastingdienst", "Belastingdienst"),
            K("ORG", "UWV", "UWV"), K("ORG", "Nordlicht Data B.V.", "Nordlicht Data B.V."),
            K("MAILBOX", "informatiesamenleving@vng.nl", "informatiesamenleving@vng.nl"),
            K("PHONE", "VNG switchboard", "070 373 8393"), K("PHONE", "Leeuwarden switchboard", "058 233 8311"),
            K("PHONE", "AP switchboard", "088 180 5250"),
            K("MAILBOX", "info@autoriteitpersoonsgegevens.nl", "info@autoriteitpersoonsgegevens.nl"),
            K("ORG", "Autoriteit Persoonsgegevens", "Autoriteit Persoonsgegevens"),
            K("ORG", "Gemeente Zwolle", "Gemeente Zwolle"), K("ORG", "Gemeente Leeuwarden", "Gemeente Leeuwarden"),
            K("PLACE", "Apeldoorn", "Apeldoorn"), K("ORG", "CIO Rijk", "CIO Rijk"), K("ORG", "DCZW", "DCZW"),
            K("PHONE", "KCC 14 058", "14 058"), K("DATE", "start", "04-11-2024")]
    return red, keep


# =============================================================== bs12 presentation exported to PDF
@doc("bs12_presentatie_aftrap")
def bs12(path):
    W, H = 960, 540
    from reportlab.pdfgen import canvas as cv
    c = cv.Canvas(str(path), pagesize=(W, H), invariant=1)
    c.setTitle("Aftrap pilot Rijksassistent - 11 november 2024")
    c.setAuthor("Ramdin")

    def slide(n, title, bullets, speaker=None, notes=None):
        c.setFillColorRGB(0.08, 0.2, 0.45)
        c.rect(0, H - 70, W, 70, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Carlito-Bold", 30)
        c.drawString(40, H - 48, title)
        c.setFillColorRGB(0, 0, 0)
        y = H - 120
        for b in bullets:
            c.setFont("Carlito", 20)
            c.drawString(60, y, "•  " + b)
            y -= 34
        if speaker:
            c.setFont("Carlito-Italic", 14)
            c.setFillColorRGB(0.3, 0.3, 0.3)
            c.drawString(40, 40, speaker)
            c.setFillColorRGB(0, 0, 0)
        c.setFont("Carlito", 10)
        c.drawString(W - 140, 20, f"Rijksoverheid | {n}")
        c.showPage()
    slide(1, "Aftrap pilot Rijksassistent", ["11 november 2024, Atrium Turfmarkt 147",
                                           "Opening: staatssecretaris Zsolt Szabó",
                                           "Toelichting: Rishi Ramdin (projectleider) en",
                                           "Jildou Sikkema-de Boer (afdelingshoofd Data & AI)"],
          speaker="Spreker: Rishi Ramdin")
    slide(2, "Wat gaan we doen?", ["400 deelnemers: BZK, Logius, Belastingdienst, UWV",
                                   "Hosting: Rijkscloud bij Logius (contact: A. Wiśniewska)",
                                   "Geen gebruikersdata naar leverancier",
                                   "Publicatie in het Algoritmeregister",
                                   "Evaluatie na drie maanden door ICTU"],
          speaker="Spreker: Jildou Sikkema-de Boer")
    slide(3, "Privacy en ethiek", ["DPIA afgerond (FG: Iris Groen)", "IAMA-sessie met o.a. Gerold Wijngaarde",
                                   "AI-verordening: beperkt risico",
                                   "Vragen? rijksassistent@minbzk.nl"],
          speaker="Spreker: Emre Yıldırım, data-adviseur CIO Rijk")
    slide(4, "Vragen", ["Kamerlid Six Dijkstra (NSC) en Kamerlid Kathmann", "(GroenLinks-PvdA) zijn uitgenodigd",
                        "Moderator: Lieke in 't Veld", "Foto's: Fenna Bottema (Audiovisuele Dienst)"])
    c.save()
    hide(path, outline=[("Dia 1 - Rishi Ramdin", 0), ("Dia 2 - Jildou", 1), ("Dia 3 - Emre (notities: belt Ratna)", 2)])
    red = [R("PERSON", "Rishi Ramdin", "Ramdin", "Rishi"), R("PERSON", "Jildou Sikkema-de Boer", "Sikkema-de Boer", "Jildou"),
           R("PERSON", "A. Wiśniewska", "Wiśniewska"), R("PERSON", "Iris Groen", "Iris Groen"),
           R("PERSON", "Gerold Wijngaarde", "Wijngaarde", "Gerold"), R("PERSON", "Emre Yıldırım", "Yıldırım", "Emre"),
           R("PERSON", "Lieke in 't Veld", "in 't Veld", "Lieke"), R("PERSON", "Fenna Bottema", "Bottema", "Fenna"),
           R("PERSON", "outline Ratna", "belt Ratna", ch="outline")]
    keep = [K("OFFICE", "Zsolt Szabó", "Zsolt Szabó"), K("OFFICE", "Six Dijkstra", "Six Dijkstra"),
            K("OFFICE", "Kathmann", "Kathmann"), K("ADDRESS", "Turfmarkt 147", "Turfmarkt 147"),
            K("ORG", "Logius", "Logius"), K("ORG", "UWV", "UWV"), K("ORG", "ICTU", "ICTU"),
            K("MAILBOX", "rijksassistent@minbzk.nl", "rijksassistent@minbzk.nl"), K("PROG", "Rijkscloud", "Rijkscloud"),
            K("LAW", "AI-verordening", "AI-verordening"), K("ORG", "Audiovisuele Dienst", "Audiovisuele Dienst"),
            K("FUNC", "projectleider", "projectleider"), K("FUNC", "data-adviseur", "data-adviseur CIO Rijk")]
    return red, keep


# =============================================================== bs13 scanned citizen letter (image only)
@doc("bs13_scan_brief_burger")
def bs13(path):
    def draw(d, F, px):
        f1 = F("LibSerif", 11.5)
        x, y = int(70 * px), int(60 * px)
        y = _draw_lines(d, f1, x, y, ["H. Demir", "Vlietstraat 23", "2311 RC Leiden",
                                      "tel. 06 4419 3382", "h.demir1968@gmail.com"], int(16 * px))
        y += int(30 * px)
        y = _draw_lines(d, f1, x, y, ["Aan de staatssecretaris van Binnenlandse Zaken",
                                      "en Koninkrijksrelaties", "Postbus 20011", "2500 EA Den Haag"], int(16 * px))
        y += int(24 * px)
        y = _draw_lines(d, f1, x, y, ["Leiden, 14 november 2024", "", "Betreft: chatbot van de overheid",
                                      "", "Geachte staatssecretaris Szabó,", "",
                                      "Ik las dat ambtenaren nu een chatbot gebruiken. Ik ben zelf",
                                      "slechthorend en heb een uitkering van het UWV. Mijn BSN is",
                                      "271534904. Ik wil weten of mijn dossier in die chatbot komt.",
                                      "Mijn dochter Elif Demir helpt mij met deze brief.",
                                      "", "Met vriendelijke groet,"], int(17 * px))
        d.text((x, y + int(6 * px)), "H. Demir", font=F("Femke", 26), fill=25)
        y += int(46 * px)
        _draw_lines(d, f1, x, y, ["Hüseyin Demir"], int(16 * px))
        d.text((int(380 * px), int(70 * px)), "ONTVANGEN 18 NOV 2024", font=F("LibSans-Bold", 11), fill=90)
        d.text((int(380 * px), int(86 * px)), "BZK / DIV 2024-0000671204", font=F("LibSans", 9), fill=90)
    scan_page(draw, path, seed=13, rot=-0.7)
    red = [R("PERSON", "Hüseyin Demir", "Demir", "Hüseyin", ch="ocr"), R("ADDRESS", "Vlietstraat 23", "Vlietstraat 23", ch="ocr"),
           R("ADDRESS", "2311 RC", "2311 RC", ch="ocr"), R("PHONE", "06 4419 3382", "4419 3382", ch="ocr"),
           R("EMAIL", "h.demir1968@gmail.com", "demir1968", ch="ocr"), R("BSN", "271534904", "271534904", ch="ocr"),
           R("PERSON", "Elif", "Elif", ch="ocr"), R("HEALTH", "slechthorend", "slechthorend", ch="ocr")]
    return red, []


# =============================================================== bs14 scanned handwritten meeting notes + paraph sheet
@doc("bs14_scan_aantekeningen")
def bs14(path):
    def draw1(d, F, px):
        fh, f1 = F("Femke", 19), F("LibSans", 10)
        d.text((int(60 * px), int(40 * px)), "Aantekeningen SG-overleg 24-9-2024", font=F("LibSans-Bold", 13), fill=20)
        for i in range(30):
            yy = int((80 + i * 24) * px)
            d.line((int(50 * px), yy, int(550 * px), yy), fill=200, width=1)
        lines = ["SG Camps: akkoord met pilot, wel evaluatie", "Bram: planning haalbaar? -> Rishi checkt",
                 "Els: OR informeren (Marco Vlietstra)", "FG Iris: DPIA nog niet af",
                 "Actie Sjoerd: nota naar stas voor 7/10", "Stas Szabó wil zelf aftrap doen"]
        y = int(60 * px)
        for ln in lines:
            d.text((int(62 * px), y), ln, font=fh, fill=30)
            y += int(24 * px)
        d.text((int(60 * px), int(790 * px)), "Getypt door: Karima Ait Haddou, secretariaat DDO, tst. 5519",
               font=f1, fill=30)
    def draw2(d, F, px):
        f1, fb = F("DejaVu", 10.5), F("DejaVu-Bold", 11)
        x = int(60 * px)
        d.text((x, int(50 * px)), "PARAAFBLAD  -  nota 2024-0000598811", font=F("DejaVu-Bold", 14), fill=15)
        rows = [("Naam", "Functie", "Paraaf", "Datum"), ("S. HYLKEMA", "sr. beleidsmedewerker", "", "02-10-2024"),
                ("J. SIKKEMA-DE BOER", "afdelingshoofd", "", "03-10-2024"),
                ("B. VAN DER MEULEN", "directeur DDO", "", "04-10-2024"),
                ("M. CAMPS", "secretaris-generaal", "", "07-10-2024")]
        y = int(90 * px)
        cws = [150, 150, 90, 90]
        for r in rows:
            xx = x
            for i, cell in enumerate(r):
                d.rectangle((xx, y, xx + int(cws[i] * px), y + int(30 * px)), outline=40, width=2)
                d.text((xx + int(5 * px), y + int(8 * px)), cell, font=fb if r[0] == "Naam" else f1, fill=20)
                xx += int(cws[i] * px)
            y += int(30 * px)
        fh = F("Femke", 18)
        for i, p in enumerate(["SH", "JSdB", "BvdM", "MC"]):
            d.text((x + int(310 * px), int((124 + 30 * i) * px)), p, font=fh, fill=35)
        d.text((x, int(270 * px)), "Retour aan: Sjoerd Hylkema, kamer 06.41", font=f1, fill=20)
    multi_scan([draw1, draw2], path, seed=14, rots=[0.9, -0.4])
    red = [R("PERSON", "Karima Ait Haddou", "Karima", "Ait Haddou", ch="ocr"),
           R("PERSON", "S. HYLKEMA", "HYLKEMA", "Hylkema", ch="ocr"), R("PERSON", "J. SIKKEMA-DE BOER", "SIKKEMA-DE BOER", ch="ocr"),
           R("PERSON", "B. VAN DER MEULEN", "VAN DER MEULEN", ch="ocr"), R("PERSON", "Sjoerd", "Sjoerd", ch="ocr"),
           R("PERSON", "Bram", "Bram", ch="ocr"), R("PERSON", "Rishi", "Rishi", ch="ocr"),
           R("PERSON", "Marco Vlietstra", "Vlietstra", ch="ocr"), R("PERSON", "Els", "Els", ch="ocr")]
    return red, []


# =============================================================== bs15 meeting report with initials
@doc("bs15_verslag_kickoff")
def bs15(path):
    f = Flow(path, font="LibSerif", fs=10.5, footer=page_no("- {n} -"), title="Verslag kick-off")
    f.line("Verslag kick-off pilot Rijksassistent", font="LibSerif-Bold", fs=14)
    f.gap(4)
    f.table([["Datum", "19 september 2024, 13.30-15.00 uur"], ["Plaats", "Turfmarkt 147, Koningin Julianazaal"],
             ["Aanwezig", "B. van der Meulen (vz), J. Sikkema-de Boer, S. Hylkema, R.K. Ramdin, E. Yıldırım, "
              "R. Wibisono, I. Groen, A. Wiśniewska (Logius), H. Tjahjadi (ICTU), D. Winter (verslag)"],
             ["Afwezig", "E. ter Horst-van den Broek, K. Ait Haddou"]],
            [30 * mm, 130 * mm], font="LibSerif", fs=9.5, head=False)
    items = [
        ("1. Opening", "BvdM opent en memoreert dat minister Uitermark en staatssecretaris Szabó het belang van "
         "verantwoorde inzet van AI hebben benadrukt in de Kamerbrief van juni."),
        ("2. Doel en scope", "SH licht de uitgangspunten toe. RR vult aan dat de scope beperkt blijft tot "
         "tekstondersteuning; geen besluitvorming over burgers."),
        ("3. Hosting", "AW: Logius kan vanaf 4 november hosten in Apeldoorn. HT: de aanbesteding loopt via het "
         "Rijks ICT Gilde; contract met Nordlicht Data B.V. tot 31-12-2025."),
        ("4. Privacy", "IG vraagt de DPIA vóór 15 oktober af te ronden. EY maakt de modelkaart."),
        ("5. Planning", "Beslisnota naar de stas uiterlijk 7 oktober (SH). Afstemming met het Kabinet via de "
         "politiek assistent, mevrouw In 't Veld."),
        ("6. Rondvraag", "JSdB meldt dat de VNG interesse heeft (contact: mw. Hoekstra). Volgende "
         "bijeenkomst 17 oktober."),
    ]
    for h, t in items:
        f.b(h, fs=10.5, after=1)
        f.p(t)
    f.b("Actiepunten", fs=10.5)
    f.table([["Nr", "Actie", "Wie", "Wanneer"], ["1", "Modelkaart Algoritmeregister", "EY", "21-10"],
             ["2", "DPIA afronden", "IG / SH", "15-10"], ["3", "Hostingcontract", "AW / HT", "01-11"],
             ["4", "Beslisnota", "SH", "07-10"]], [12 * mm, 80 * mm, 30 * mm, 30 * mm], font="LibSerif", fs=9.5)
    f.save()
    red = [R("PERSON", "B. van der Meulen", "van der Meulen"), R("PARAPH", "BvdM", "BvdM"),
           R("PERSON", "J. Sikkema-de Boer", "Sikkema-de Boer"), R("PARAPH", "JSdB", "JSdB"),
           R("PERSON", "S. Hylkema", "Hylkema"), R("PARAPH", "SH", "SH"), R("PERSON", "R.K. Ramdin", "Ramdin"),
           R("PARAPH", "RR", "RR"), R("PERSON", "E. Yıldırım", "Yıldırım"), R("PARAPH", "EY", "EY"),
           R("PERSON", "R. Wibisono", "Wibisono"), R("PERSON", "I. Groen", "Groen"), R("PARAPH", "IG", "IG"),
           R("PERSON", "A. Wiśniewska", "Wiśniewska"), R("PARAPH", "AW", "AW"), R("PERSON", "H. Tjahjadi", "Tjahjadi"),
           R("PARAPH", "HT", "HT"), R("PERSON", "D. Winter", "Winter"),
           R("PERSON", "E. ter Horst-van den Broek", "ter Horst-van den Broek"), R("PERSON", "K. Ait Haddou", "Ait Haddou"),
           R("PERSON", "In 't Veld", "In 't Veld"), R("PERSON", "mw. Hoekstra", "Hoekstra")]
    keep = [K("OFFICE", "minister Uitermark", "Uitermark"), K("OFFICE", "staatssecretaris Szabó", "Szabó"),
            K("ORG", "Logius", "Logius"), K("ORG", "ICTU", "ICTU"), K("ORG", "Rijks ICT Gilde", "Rijks ICT Gilde"),
            K("ORG", "Nordlicht Data B.V.", "Nordlicht Data B.V."), K("PLACE", "Apeldoorn", "Apeldoorn"),
            K("PLACE", "Koningin Julianazaal", "Koningin Julianazaal"), K("ORG", "VNG", "VNG"),
            K("PROG", "Algoritmeregister", "Algoritmeregister"), K("TERM", "DPIA", "DPIA"),
            K("DATE", "meeting", "19 september 2024"), K("FUNC", "politiek assistent", "politiek assistent")]
    return red, keep


# =============================================================== bs16 long reply chain (2 pages)
@doc("bs16_mail_escalatie_gpu")
def bs16(path):
    f = Flow(path, font="LibSans", fs=9.5, lm=18 * mm, rm=16 * mm, footer=page_no("{n}"),
             title="RE: RE: FW: GPU-nodes Nordlicht vertraagd")
    f.line("Meulen, Bram van der", font="LibSans-Bold", fs=12)
    f.rule()
    f.lines("""Van:           Meulen, Bram van der
Verzonden:  maandag 28 oktober 2024 17:31
Aan:            Ramdin, Rishi; Hylkema, Sjoerd
CC:             Sikkema-de Boer, Jildou; Horst-van den Broek, Els ter; Wiśniewska, Agnieszka;
                   Postbus Kabinet Staatssecretaris DKR
Onderwerp:  RE: RE: FW: GPU-nodes Nordlicht vertraagd
Urgentie:     Hoog""")
    f.gap(6)
    f.p("Rishi, Sjoerd,")
    f.p("Ik heb net met de DGDOO gebeld. Afspraak: we verschuiven de aftrap naar 11 november. Ik informeer "
        "de SG zelf; Sjoerd, wil jij een kort bericht voor de staatssecretaris maken via het Kabinet (Lieke)? "
        "Graag ook een lijn voor het geval Kamerlid Kathmann of het lid Six Dijkstra ernaar vraagt.")
    f.p("Dank,")
    f.lines("""Bram
---
drs. B.J.M. (Bram) van der Meulen
directeur Digitale Overheid
Directoraat-generaal Digitalisering en Overheidsorganisatie
M 06 1177 3054 | b.vandermeulen@minbzk.nl
Secretariaat: Karima Ait Haddou, T 070 426 5519""", fs=8.5)
    f.gap(8)
    f.lines("""From: Kowalczyk, Tomasz <tomasz.kowalczyk@nordlichtdata.nl>
Sent: Monday, 28 October 2024 15:02
To: Ramdin, Rishi <r.ramdin@minbzk.nl>
Cc: Wiśniewska, Agnieszka <agnieszka.wisniewska@logius.nl>; Sales NL <sales@nordlichtdata.nl>
Subject: RE: FW: GPU-nodes Nordlicht vertraagd""", fs=8.5)
    f.gap(4)
    f.lines("""> Dear Rishi,
>
> I regret to inform you that the delivery of the GPU nodes is delayed
> until 6 November due to a customs issue in Gdańsk. Our CTO, Mr. Marek
> Zieliński, has personally contacted the carrier. I will keep Agnieszka
> informed. My colleague Ms. Joanna Nowak-Berger (j.nowak-berger@
> nordlichtdata.nl) will be your contact while I am on leave.
>
> Best regards,
> Tomasz Kowalczyk | Key Account Manager Public Sector
> Nordlicht Data B.V. | Hanzeweg 18 | 8017 JL Zwolle
> M +48 601 442 918 | T +31 38 760 2200 (reception)""", font="DejaVuMono", fs=7.8)
    f.gap(8)
    f.lines("""-----Oorspronkelijk bericht-----
Van: Ramdin, Rishi
Verzonden: maandag 28 oktober 2024 09:14
Aan: 'tomasz.kowalczyk@nordlichtdata.nl'
CC: Hylkema, Sjoerd
Onderwerp: FW: GPU-nodes Nordlicht vertraagd""", fs=8.5)
    f.gap(4)
    f.lines(""">> Tomasz, wij horen van Logius dat de nodes niet op 1 november binnen
>> zijn. Klopt dat? Staatssecretaris Szabó opent de pilot op 4 november
>> en minister Uitermark is mogelijk aanwezig. Graag uiterlijk vandaag
>> uitsluitsel. Bel desnoods met mijn collega Sjoerd Hylkema
>> (06 4127 8390) als ik in overleg zit.
>>
>> Met vriendelijke groet,
>> Rishi Ramdin
>>
>> Verzonden vanaf mijn iPhone""", font="DejaVuMono", fs=7.8)
    f.gap(8)
    f.lines(""">>> Van: Wiśniewska, Agnieszka
>>> Verzonden: vrijdag 25 oktober 2024 16:40
>>> Aan: Ramdin, Rishi
>>> Onderwerp: GPU-nodes Nordlicht vertraagd
>>>
>>> Rishi, volgens onze leveranciersmanager (Bas Oranje) zijn de nodes
>>> nog niet verscheept. Ik zou Nordlicht even bellen. Ik ben maandag
>>> vrij (verhuizing naar Amersfoort), daarna weer bereikbaar.
>>> Agnieszka""", font="DejaVuMono", fs=7.8)
    f.save()
    red = [R("PERSON", "Bram van der Meulen", "Meulen, Bram van der", "van der Meulen", "Bram", "B.J.M."),
           R("PHONE", "06 1177 3054", "06 1177 3054"), R("EMAIL", "b.vandermeulen@minbzk.nl", "b.vandermeulen@minbzk.nl"),
           R("PERSON", "Rishi Ramdin", "Ramdin", "Rishi"), R("EMAIL", "", "r.ramdin@minbzk.nl"),
           R("PERSON", "Sjoerd Hylkema", "Hylkema", "Sjoerd"), R("PHONE", "", "06 4127 8390"),
           R("PERSON", "Jildou Sikkema-de Boer", "Sikkema-de Boer"),
           R("PERSON", "Els ter Horst-van den Broek", "Horst-van den Broek, Els ter"),
           R("PERSON", "Agnieszka Wiśniewska", "Wiśniewska", "Agnieszka"),
           R("EMAIL", "", "agnieszka.wisniewska@logius.nl"), R("PERSON", "Lieke", "Lieke"),
           R("PERSON", "Karima Ait Haddou", "Ait Haddou"), R("PHONE", "070 426 5519", "070 426 5519"),
           R("PERSON", "Tomasz Kowalczyk", "Kowalczyk", "Tomasz"), R("EMAIL", "", "tomasz.kowalczyk@nordlichtdata.nl"),
           R("PHONE", "", "+48 601 442 918"), R("PERSON", "Marek Zieliński", "Zieliński", "Marek"),
           R("PERSON", "Joanna Nowak-Berger", "Nowak-Berger", "Joanna"),
           R("EMAIL", "j.nowak-berger@nordlichtdata.nl", ("j.nowak-berger@", False)),
           R("PERSON", "Bas Oranje", "Bas Oranje"), R("PRIVATE", "verhuizing", "verhuizing naar Amersfoort")]
    keep = [K("OFFICE", "Kamerlid Kathmann", "Kathmann"), K("OFFICE", "lid Six Dijkstra", "Six Dijkstra"),
            K("OFFICE", "Szabó", "Szabó"), K("OFFICE", "Uitermark", "Uitermark"),
            K("MAILBOX", "Postbus Kabinet", "Postbus Kabinet Staatssecretaris DKR"),
            K("MAILBOX", "sales@nordlichtdata.nl", "sales@nordlichtdata.nl"), K("PHONE", "reception", "+31 38 760 2200"),
            K("ORG", "Nordlicht Data B.V.", "Nordlicht Data B.V."), K("ADDRESS", "Hanzeweg 18", "Hanzeweg 18"),
            K("PLACE", "Gdańsk", "Gdańsk"), K("PLACE", "Zwolle", "Zwolle"), K("ORG", "Logius", "Logius"),
            K("FUNC", "directeur", "directeur Digitale Overheid"), K("FUNC", "KAM", "Key Account Manager Public Sector"),
            K("FUNC", "CTO", "CTO"), K("DATE", "aftrap", "11 november")]
    return red, keep


# =============================================================== bs17 quotation from supplier (company letterhead)
@doc("bs17_offerte_nordlicht")
def bs17(path):
    def head(f):
        f.text(f.lm, f.H - 20 * mm, "NORDLICHT", "Helvetica-Bold", 20, (0.1, 0.45, 0.4))
        f.text(f.lm + 50 * mm, f.H - 20 * mm, "DATA", "Helvetica", 20, (0.1, 0.45, 0.4))
        f.text(f.lm, f.H - 25 * mm, "Nordlicht Data B.V. · Hanzeweg 18 · 8017 JL Zwolle · KvK 81234567 · "
               "BTW NL862345901B01", "Helvetica", 7)
        f.y = f.H - 38 * mm

    def foot(f):
        f.text(f.lm, 12 * mm, "Op al onze offertes zijn de ARBIT-voorwaarden van toepassing. Pagina "
               f"{f.page}", "Helvetica", 6.5)
    f = Flow(path, font="LibSans", fs=9.5, header=head, footer=foot, title="Offerte NLD-2024-1187",
             author="Joanna Nowak-Berger")
    f.lines("""Ministerie van Binnenlandse Zaken en Koninkrijksrelaties
t.a.v. de heer R.K. Ramdin, projectleider
Turfmarkt 147
2511 DP  Den Haag""")
    f.gap(10)
    f.table([["Offertenummer", "Datum", "Geldig tot", "Uw referentie"],
             ["NLD-2024-1187", "18 november 2024", "18 december 2024", "Rijks ICT Gilde / mini-competitie 2024-77"]],
            [35 * mm, 35 * mm, 35 * mm, 60 * mm], fs=8)
    f.b("Offerte: uitbreiding pilot Rijksassistent fase 2 (gemeenten)")
    f.p("Geachte heer Ramdin,")
    f.p("Naar aanleiding van ons gesprek met u en mevrouw Sikkema-de Boer op 12 november bieden wij u het "
        "volgende aan. De prijzen zijn vertrouwelijk bedrijfsgegevens in de zin van artikel 5.1, eerste lid, "
        "onder c, Woo.")
    f.table([["Post", "Omschrijving", "Aantal", "Prijs excl. btw"],
             ["1", "GPU-node H100 (hosting bij Logius, 12 mnd)", "4", "€ 184.000"],
             ["2", "Modelbeheer en updates", "12 mnd", "€ 96.000"],
             ["3", "Onboarding gemeenten Zwolle, Leeuwarden, Tilburg", "3", "€ 27.000"],
             ["4", "Projectleiding (ir. M. Zieliński, 0,2 fte)", "12 mnd", "€ 41.500"],
             ["", "Totaal", "", "€ 348.500"]], [12 * mm, 95 * mm, 20 * mm, 35 * mm], fs=8.5)
    f.p("Uw vaste aanspreekpunt blijft de heer T. Kowalczyk. Tijdens zijn verlof tot 2 december kunt u "
        "terecht bij ondergetekende.")
    f.p("Met vriendelijke groet,")
    f.gap(16)
    f.lines("""Joanna Nowak-Berger
Sales Director Benelux
T +31 6 3811 9024 | j.nowak-berger@nordlichtdata.nl""")
    f.gap(10)
    f.p("Akkoord opdrachtgever (naam, datum, handtekening): ______________________", fs=8.5)
    f.save()
    red = [R("PERSON", "R.K. Ramdin", "Ramdin", "R.K."), R("PERSON", "Sikkema-de Boer", "Sikkema-de Boer"),
           R("PERSON", "M. Zieliński", "Zieliński"), R("PERSON", "T. Kowalczyk", "Kowalczyk"),
           R("PERSON", "Joanna Nowak-Berger", "Nowak-Berger", "Joanna"), R("PHONE", "+31 6 3811 9024", "+31 6 3811 9024"),
           R("EMAIL", "j.nowak-berger@nordlichtdata.nl", "j.nowak-berger@nordlichtdata.nl")]
    keep = [K("ORG", "Nordlicht Data B.V.", "Nordlicht Data B.V."), K("ADDRESS", "Hanzeweg 18", "Hanzeweg 18"),
            K("REF", "KvK", "KvK 81234567"), K("REF", "offerte", "NLD-2024-1187"), K("ORG", "Rijks ICT Gilde", "Rijks ICT Gilde"),
            K("ORG", "Logius", "Logius"), K("PLACE", "Zwolle", "Zwolle"), K("PLACE", "Tilburg", "Tilburg"),
            K("TERM", "ARBIT", "ARBIT-voorwaarden"), K("FUNC", "Sales Director", "Sales Director Benelux"),
            K("ADDRESS", "Turfmarkt 147", "Turfmarkt 147"), K("FUNC", "projectleider", "projectleider")]
    return red, keep


# =============================================================== bs18 Kamerbrief (public, keep-heavy)
@doc("bs18_kamerbrief_voortgang")
def bs18(path):
    def head(f):
        bzk_header(f)
        if f.page == 1:
            side_column(f, ["*Directoraat-generaal Digitalisering", "*en Overheidsorganisatie", "",
                            "Turfmarkt 147", "Den Haag", "Postbus 20011", "2500 EA Den Haag", "",
                            "*Kenmerk", "2024-0000631550"])
    f = Flow(path, font="LibSerif", fs=10.5, rm=62 * mm, header=head, footer=page_no("Pagina {n} van 2"),
             title="Kamerbrief over voortgang pilot generatieve AI")
    f.lines("""Aan de Voorzitter van de Tweede Kamer
der Staten-Generaal
Postbus 20018
2500 EA  Den Haag""")
    f.gap(14)
    f.line("Datum      15 oktober 2024")
    f.line("Betreft    Voortgang experimenten generatieve AI bij de Rijksoverheid")
    f.gap(10)
    f.p("In het commissiedebat Digitale Zaken van 18 september 2024 heb ik toegezegd uw Kamer te informeren "
        "over de experimenten met generatieve AI binnen de Rijksoverheid. Met deze brief kom ik die "
        "toezegging na, mede namens de minister van Binnenlandse Zaken en Koninkrijksrelaties.")
    f.b("Pilot Rijksassistent")
    f.p("Op 4 november 2024 start een pilot met een generatieve AI-assistent voor circa 400 medewerkers van "
        "BZK, Logius en de Belastingdienst. De assistent draait op de Rijkscloud, wordt gehost door Logius in "
        "Apeldoorn en is opgenomen in het Algoritmeregister. De leverancier heeft geen toegang tot de "
        "invoer van gebruikers.")
    f.b("Waarborgen")
    f.p("Voor de pilot is een DPIA uitgevoerd en een Impact Assessment Mensenrechten en Algoritmes (IAMA). "
        "De pilot valt onder de AI-verordening in de categorie beperkt risico. De Autoriteit "
        "Persoonsgegevens is geïnformeerd. Ik kom hiermee tegemoet aan de motie van het lid Kathmann "
        "(Kamerstuk 26643, nr. 1120) en de motie van de leden Six Dijkstra en Dekker-Abdulaziz "
        "(Kamerstuk 26643, nr. 1127).")
    f.b("Gemeenten")
    f.p("De Vereniging van Nederlandse Gemeenten (VNG) heeft belangstelling getoond. In een tweede fase "
        "kunnen de gemeenten Leeuwarden, Zwolle en Tilburg deelnemen. Ik heb hierover gesproken met "
        "burgemeester Buma van Leeuwarden.")
    f.newpage()
    f.b("Vervolg")
    f.p("Na drie maanden laat ik de pilot evalueren door ICTU. Ik informeer uw Kamer vóór de zomer van 2025 "
        "over de uitkomsten, in samenhang met de Rijksbrede visie op generatieve AI en de Werkagenda "
        "Waardengedreven Digitaliseren.")
    f.gap(10)
    f.lines("""De staatssecretaris van Binnenlandse Zaken en
Koninkrijksrelaties - Digitalisering en Koninkrijksrelaties,



Zsolt Szabó""")
    f.save()
    hide(path, xmp_creator=["Sjoerd Hylkema"])
    red = [R("PERSON", "XMP dc:creator", "Sjoerd Hylkema", ch="metadata")]
    keep = [K("OFFICE", "Zsolt Szabó", "Zsolt Szabó"), K("OFFICE", "lid Kathmann", "Kathmann"),
            K("OFFICE", "Six Dijkstra", "Six Dijkstra"), K("OFFICE", "Dekker-Abdulaziz", "Dekker-Abdulaziz"),
            K("OFFICE", "burgemeester Buma", "Buma"), K("ORG", "Tweede Kamer", "Tweede Kamer"),
            K("ORG", "Logius", "Logius"), K("ORG", "Belastingdienst", "Belastingdienst"), K("ORG", "ICTU", "ICTU"),
            K("ORG", "VNG", "Vereniging van Nederlandse Gemeenten"),
            K("ORG", "Autoriteit Persoonsgegevens", ("Autoriteit Persoonsgegevens", True)),
            K("PROG", "Rijkscloud", "Rijkscloud"), K("PROG", "Algoritmeregister", "Algoritmeregister"),
            K("PROG", "IAMA", "Impact Assessment Mensenrechten en Algoritmes"), K("LAW", "AI-verordening", "AI-verordening"),
            K("REF", "Kamerstuk 1120", "26643, nr. 1120"), K("REF", "Kamerstuk 1127", "26643, nr. 1127"),
            K("REF", "kenmerk", "2024-0000631550"), K("PLACE", "Leeuwarden", "Leeuwarden"), K("PLACE", "Apeldoorn", "Apeldoorn"),
            K("PROG", "Werkagenda", "Werkagenda Waardengedreven Digitaliseren"), K("DATE", "debate", "18 september 2024")]
    return red, keep


# =============================================================== bs19 agenda staff meeting with attendee list
@doc("bs19_agenda_stafoverleg")
def bs19(path):
    f = Flow(path, font="Carlito", fs=10.5, title="Agenda stafoverleg staatssecretaris DKR 4 november 2024")
    f.line("AGENDA STAFOVERLEG STAATSSECRETARIS DIGITALISERING EN KONINKRIJKSRELATIES", font="Carlito-Bold", fs=11.5)
    f.line("maandag 4 november 2024, 08.30-09.30 uur, kamer 20.07 (torenkamer)", fs=9.5)
    f.gap(6)
    f.b("Aanwezig", after=1)
    f.table([["Naam", "Functie"], ["Zsolt Szabó", "staatssecretaris (voorzitter)"],
             ["Maarten Camps", "secretaris-generaal"],
             ["ALBERT-JAN KOOPMANS", "directeur Kabinet en Communicatie"],
             ["Lieke in 't Veld", "politiek assistent"], ["Yassine El Amrani", "kabinet (verslag)"],
             ["Nadia Bouchtaoui-Smit", "Directie Communicatie"],
             ["Bram van der Meulen", "directeur Digitale Overheid (agendapunt 3)"]],
            [70 * mm, 90 * mm], fs=9.5)
    f.b("Agenda", after=1)
    for ln in ["1. Opening en mededelingen",
               "2. Terugblik Kamerdebat met o.a. Kamerlid Kathmann en Kamerlid Van Baarle",
               "3. Pilot Rijksassistent: stand van zaken (toelichting Van der Meulen; vraag aan Van der Meulen "
               "over vertraging GPU-nodes)",
               "4. Werkbezoek Curaçao en Sint Maarten (met minister Uitermark), voorbereiding door Gerold Wijngaarde",
               "5. Rondvraag"]:
        f.p(ln, indent=6, after=2)
    f.gap(4)
    f.p("Stukken: nota 2024-0000598811; Q&A aftrap. Vragen aan het secretariaat: secretariaat.dkr@minbzk.nl of "
        "via Yassine (06 2814 6690).", fs=9)
    f.save()
    red = [R("PERSON", "Albert-Jan Koopmans", "KOOPMANS", "ALBERT-JAN"),
           R("PERSON", "Lieke in 't Veld", "in 't Veld"), R("PERSON", "Yassine El Amrani", "El Amrani", "Yassine"),
           R("PERSON", "Nadia Bouchtaoui-Smit", "Bouchtaoui-Smit", "Nadia"),
           R("PERSON", "Bram van der Meulen", "van der Meulen", "Van der Meulen", "Bram"),
           R("PERSON", "Gerold Wijngaarde", "Wijngaarde", "Gerold"), R("PHONE", "06 2814 6690", "06 2814 6690")]
    keep = [K("OFFICE", "Zsolt Szabó", "Zsolt Szabó"), K("OFFICE", "SG Maarten Camps", "Maarten Camps"),
            K("OFFICE", "Kathmann", "Kathmann"), K("OFFICE", "Van Baarle", "Van Baarle"),
            K("OFFICE", "minister Uitermark", "Uitermark"), K("PLACE", "Curaçao", "Curaçao"),
            K("PLACE", "Sint Maarten", "Sint Maarten"), K("MAILBOX", "secretariaat.dkr@minbzk.nl", "secretariaat.dkr@minbzk.nl"),
            K("FUNC", "secretaris-generaal", "secretaris-generaal"), K("FUNC", "politiek assistent", "politiek assistent"),
            K("REF", "nota", "2024-0000598811"), K("DATE", "meeting", "4 november 2024")]
    return red, keep


# =============================================================== bs20 handover note with health data (5.1.1d)
@doc("bs20_overdrachtsnotitie")
def bs20(path):
    f = Flow(path, font="DejaVuSerif", fs=9.5, footer=page_no("{n}"), title="Overdracht projectleiding pilot RA",
             author="R. Ramdin")
    f.line("Overdrachtsnotitie projectleiding pilot Rijksassistent", font="DejaVu-Bold", fs=12)
    f.line("2 december 2024 - intern, niet verspreiden", fs=8.5)
    f.gap(6)
    f.p("Van: R.K. Ramdin  |  Aan: J. Sikkema-de Boer, D. Winter  |  Kopie: Personeelsdossier P-Direkt")
    f.b("1. Aanleiding")
    f.p("Vanaf 9 december 2024 ben ik voor langere tijd afwezig vanwege een operatie en herstel (hernia, "
        "verwacht 8 weken). De bedrijfsarts van Arbo Unie is betrokken. Daan Winter neemt de "
        "projectleiding waar; Jildou blijft opdrachtgever namens de directie.")
    f.b("2. Lopende zaken")
    f.table([["Onderwerp", "Stand", "Contact"],
             ["Hosting Logius", "live sinds 11-11", "A. Wiśniewska (Logius)"],
             ["Contract Nordlicht fase 2", "offerte NLD-2024-1187 ligt voor", "J. Nowak-Berger"],
             ["Evaluatie ICTU", "start 3 februari 2025", "H. Tjahjadi"],
             ["Kamervragen Kathmann", "antwoorden bij stas", "T. Hoekstra-Brandsma"],
             ["Woo-verzoek (pilot)", "ontvangen? nog niet", "team Woo, woo@minbzk.nl"]],
            [50 * mm, 60 * mm, 50 * mm], font="DejaVuSerif", fs=8.5)
    f.b("3. Persoonlijk")
    f.p("Mijn personeelsnummer bij P-Direkt is 4471208; declaraties lopen door via Karima. Ik ben in "
        "noodgevallen bereikbaar via mijn partner Shanti Ramdin-Jagesar, 06 3140 8826. Graag niet via "
        "de groepsapp.")
    f.b("4. Bijlagen")
    f.p("Wachtwoordkluis en toegangsrechten (los verstrekt aan D. Winter).")
    f.save()
    red = [R("PERSON", "R.K. Ramdin", "Ramdin", "R.K."), R("PERSON", "J. Sikkema-de Boer", "Sikkema-de Boer", "Jildou"),
           R("PERSON", "Daan Winter", "Winter", "Daan"), R("HEALTH", "hernia", "hernia"),
           R("HEALTH", "operatie en herstel", "operatie en herstel"),
           R("PERSON", "A. Wiśniewska", "Wiśniewska"), R("PERSON", "J. Nowak-Berger", "Nowak-Berger"),
           R("PERSON", "H. Tjahjadi", "Tjahjadi"), R("PERSON", "T. Hoekstra-Brandsma", "Hoekstra-Brandsma"),
           R("NUMBER", "personnel number", "4471208"), R("PERSON", "Karima", "Karima"),
           R("PERSON", "Shanti Ramdin-Jagesar", "Ramdin-Jagesar", "Shanti"), R("PHONE", "06 3140 8826", "06 3140 8826"),
           R("PERSON", "author", "R. Ramdin", ch="metadata")]
    keep = [K("ORG", "Logius", "Logius"), K("ORG", "Nordlicht", "Nordlicht"), K("ORG", "ICTU", "ICTU"),
            K("OFFICE", "Kathmann", "Kathmann"), K("ORG", "P-Direkt", "P-Direkt"), K("ORG", "Arbo Unie", "Arbo Unie"),
            K("MAILBOX", "woo@minbzk.nl", "woo@minbzk.nl"), K("REF", "offerte", "NLD-2024-1187"),
            K("FUNC", "bedrijfsarts", "bedrijfsarts"), K("DATE", "date", "2 december 2024")]
    return red, keep


# =============================================================== bs21 registration form with AcroForm fields
@doc("bs21_aanmeldformulier")
def bs21(path):
    from reportlab.pdfgen import canvas as cv
    c = cv.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("Aanmeldformulier deelname pilot Rijksassistent")
    W, H = A4
    c.setFont("Helvetica-Bold", 14)
    c.drawString(25 * mm, H - 30 * mm, "Aanmeldformulier deelname pilot Rijksassistent")
    c.setFont("Helvetica", 9)
    c.drawString(25 * mm, H - 37 * mm, "Ministerie van BZK - Directie Digitale Overheid - versie 2 (oktober 2024)")
    c.drawString(25 * mm, H - 44 * mm, "Stuur het ingevulde formulier naar rijksassistent@minbzk.nl. Vragen: 070 426 6426.")
    fields = [("naam", "Naam deelnemer", "Wietske Zandstra-Faber"), ("organisatie", "Organisatie", "Belastingdienst"),
              ("afdeling", "Afdeling", "Team Klantinteractie Heerlen"),
              ("email", "E-mailadres", "w.zandstra-faber@belastingdienst.nl"),
              ("telefoon", "Telefoon (mobiel)", "06 2077 4315"), ("leidinggevende", "Naam leidinggevende",
                                                                   "Priya Mangal-Bhagwandin"),
              ("personeelsnummer", "Personeelsnummer", "BD-882091")]
    y = H - 62 * mm
    form = c.acroForm
    for name, label, value in fields:
        c.setFont("Helvetica", 10)
        c.drawString(25 * mm, y + 2 * mm, label)
        form.textfield(name=name, tooltip=label, x=75 * mm, y=y, width=105 * mm, height=7 * mm, value=value,
                       fontName="Helvetica", fontSize=9, borderWidth=0.5)
        y -= 12 * mm
    c.setFont("Helvetica", 9)
    for i, ln in enumerate(["Door ondertekening stemt u in met de verwerking van uw gegevens voor de duur van de",
                            "pilot (grondslag: artikel 6, eerste lid, onder e, AVG). Zie de privacyverklaring van",
                            "BZK op rijksoverheid.nl. Functionaris voor gegevensbescherming: fg@minbzk.nl."]):
        c.drawString(25 * mm, y - i * 5 * mm, ln)
    c.drawString(25 * mm, y - 25 * mm, "Handtekening deelnemer: ______________________     Datum: 28-10-2024")
    c.showPage()
    c.save()
    red = [R("PERSON", "Wietske Zandstra-Faber", "Zandstra-Faber", ch="annotations"),
           R("EMAIL", "", "w.zandstra-faber@belastingdienst.nl", ch="annotations"),
           R("PHONE", "", "06 2077 4315", ch="annotations"),
           R("PERSON", "Priya Mangal-Bhagwandin", "Mangal-Bhagwandin", ch="annotations"),
           R("NUMBER", "personnel", "BD-882091", ch="annotations")]
    keep = [K("MAILBOX", "rijksassistent@minbzk.nl", "rijksassistent@minbzk.nl"), K("PHONE", "switchboard", SW),
            K("MAILBOX", "fg@minbzk.nl", "fg@minbzk.nl"), K("LAW", "AVG", "AVG"), K("ORG", "BZK", "BZK"),
            K("FUNC", "label", "Naam leidinggevende"), K("ORG", "Directie Digitale Overheid", "Directie Digitale Overheid")]
    return red, keep


# =============================================================== bs22 screenshot of a Teams chat (image)
@doc("bs22_screenshot_teams")
def bs22(path):
    def draw(d, F, px):
        W = int(595 * px)
        d.rectangle((0, 0, W, int(40 * px)), fill=70)
        d.text((int(20 * px), int(12 * px)), "Teams  |  Chat: Daan Winter, Ratna Wibisono", font=F("DejaVu-Bold", 12), fill=245)
        msgs = [("Daan Winter  3-12 09:14", "Ratna, heb jij de inlog van Rishi voor de beheeromgeving?"),
                ("Ratna Wibisono  3-12 09:20", "Nee, die loopt via Agnieszka bij Logius. Bel haar even."),
                ("Daan Winter  3-12 09:21", "Ok. Weet jij hoe lang Rishi weg is?"),
                ("Ratna Wibisono  3-12 09:25", "Minstens twee maanden zei Jildou. Niet verder vertellen"),
                ("Daan Winter  3-12 09:26", "Natuurlijk. Ik stuur Emre een uitnodiging voor de demo")]
        y = int(70 * px)
        for who, m in msgs:
            d.text((int(40 * px), y), who, font=F("DejaVu-Bold", 10), fill=60)
            d.rounded_rectangle((int(36 * px), y + int(16 * px), int(540 * px), y + int(44 * px)),
                                radius=int(6 * px), fill=232)
            d.text((int(44 * px), y + int(22 * px)), m, font=F("DejaVu", 10.5), fill=20)
            y += int(62 * px)
        d.text((int(40 * px), int(780 * px)), "Schermafdruk gemaakt door D. Winter op 3-12-2024",
               font=F("DejaVu", 8), fill=90)
    scan_page(draw, path, seed=22, rot=0.0, quality=80, noise=3)
    red = [R("PERSON", "Daan Winter", "Daan Winter", "Winter", ch="ocr"),
           R("PERSON", "Ratna Wibisono", "Wibisono", "Ratna", ch="ocr"), R("PERSON", "Rishi", "Rishi", ch="ocr"),
           R("PERSON", "Agnieszka", "Agnieszka", ch="ocr"), R("PERSON", "Jildou", "Jildou", ch="ocr"),
           R("PERSON", "Emre", "Emre", ch="ocr")]
    return red, []


# =============================================================== bs23 working visit programme
@doc("bs23_programma_werkbezoek")
def bs23(path):
    f = Flow(path, font="LibSans", fs=9.5, footer=page_no("{n}"), title="Programma werkbezoek stas Leeuwarden",
             author="Kabinet DKR")
    f.line("Programma werkbezoek staatssecretaris Szabó aan Leeuwarden", font="LibSans-Bold", fs=13)
    f.line("dinsdag 10 december 2024 - gemeentehuis Leeuwarden, Oldehoofsterkerkhof 2", fs=9)
    f.gap(6)
    f.table([["Tijd", "Onderdeel", "Wie"],
             ["08.15", "Vertrek Turfmarkt, chauffeur Hans Jellema (06 5339 0127)", "stas, Lieke in 't Veld"],
             ["10.00", "Ontvangst door burgemeester Buma en wethouder Zijlstra", "stas, Buma, Zijlstra"],
             ["10.15", "Demonstratie Rijksassistent door gemeentelijke medewerkers (Auke Dijkstra, Froukje "
              "van der Ploeg-Terpstra)", "stas, Dijkstra, Van der Ploeg-Terpstra"],
             ["11.15", "Gesprek met Kamerlid Six Dijkstra en Statenlid (fractie FNP) over digitale inclusie",
              "stas, Six Dijkstra"],
             ["12.00", "Lunch in Blokhuispoort met ondernemers (o.a. Sybren Tjeerdsma, Tjeerdsma ICT B.V.)", "allen"],
             ["13.30", "Persmoment (woordvoering: zie draaiboek)", "stas, Kabinet"],
             ["14.00", "Terugreis", "stas, Lieke in 't Veld"]],
            [18 * mm, 100 * mm, 52 * mm], fs=8.5)
    f.b("Praktisch")
    f.p("Contact ter plaatse: Auke Dijkstra, 06 4308 2251. Algemeen nummer gemeente Leeuwarden: 14 058. "
        "Parkeren bij de Harmonie. Beveiliging: KMar via het Kabinet, contactpersoon wachtmeester "
        "K. Ouali (06 1455 8802).")
    f.p("Dieetwensen: stas geen; Lieke vegetarisch; chauffeur Jellema glutenvrij (coeliakie).", fs=8.5)
    f.save()
    red = [R("PERSON", "Hans Jellema", "Jellema", "Hans"), R("PHONE", "06 5339 0127", "06 5339 0127"),
           R("PERSON", "Lieke in 't Veld", "in 't Veld", "Lieke"),
           R("PERSON", "Auke Dijkstra", "Auke Dijkstra", "Auke"),
           R("PERSON", "Froukje van der Ploeg-Terpstra", "Ploeg-Terpstra", "Froukje"),
           R("PERSON", "Sybren Tjeerdsma", "Sybren"), R("PHONE", "06 4308 2251", "06 4308 2251"),
           R("PERSON", "K. Ouali", "Ouali"), R("PHONE", "06 1455 8802", "06 1455 8802"),
           R("HEALTH", "coeliakie", "coeliakie")]
    keep = [K("OFFICE", "staatssecretaris Szabó", "Szabó"), K("OFFICE", "burgemeester Buma", "Buma"),
            K("OFFICE", "wethouder Zijlstra", "Zijlstra"), K("OFFICE", "Kamerlid Six Dijkstra", "Six Dijkstra"),
            K("PLACE", "Leeuwarden", "Leeuwarden"), K("ADDRESS", "Oldehoofsterkerkhof 2", "Oldehoofsterkerkhof 2"),
            K("PLACE", "Blokhuispoort", "Blokhuispoort"), K("PLACE", "Harmonie", "Harmonie"), K("ORG", "FNP", "FNP"),
            K("ORG", "Tjeerdsma ICT B.V.", "Tjeerdsma ICT B.V."), K("ORG", "KMar", "KMar"), K("PHONE", "14 058", "14 058"),
            K("ADDRESS", "Turfmarkt", "Turfmarkt"), K("DATE", "visit", "10 december 2024")]
    return red, keep


def make_iban(bank, acct):
    acct = acct.zfill(10)
    num = "".join(str(int(ch, 36)) for ch in (bank + acct + "NL00"))
    ck = 98 - int(num) % 97
    s = f"NL{ck:02d}{bank}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# =============================================================== bs24 expense claim (IBAN, personnel number)
@doc("bs24_declaratie_reiskosten")
def bs24(path):
    iban = make_iban("INGB", "6618204")
    f = Flow(path, font="Helvetica", fs=9, title="Declaratieformulier reis- en verblijfkosten",
             author="P-Direkt Declaratieservice")
    f.line("P-Direkt  |  Declaratie reis- en verblijfkosten (binnenland)", font="Helvetica-Bold", fs=12)
    f.line("Uitdraai uit P-Direktportaal, 14-11-2024 16:02", fs=7.5)
    f.gap(6)
    f.table([["Gegevens medewerker", ""], ["Naam", "Wibisono, R. (Ratna)"], ["Personeelsnummer", "3309127"],
             ["Organisatie", "BZK / DGDOO / CIO Rijk"], ["Woonadres", "Kamperfoelielaan 31, 3818 HM Amersfoort"],
             ["IBAN", iban], ["Geboortedatum", "17-03-1986"]], [50 * mm, 110 * mm], fs=8.5)
    f.table([["Datum", "Van", "Naar", "Doel", "Vervoer", "Bedrag"],
             ["04-11-2024", "Amersfoort", "Apeldoorn (Logius)", "Livegang pilot Rijksassistent", "OV (NS-Business Card)", "€ 0,00"],
             ["11-11-2024", "Amersfoort", "Den Haag", "Aftrap met stas Szabó", "OV", "€ 0,00"],
             ["12-11-2024", "Den Haag", "Zwolle (Nordlicht)", "Overleg leverancier", "eigen auto, 112 km", "€ 26,88"],
             ["12-11-2024", "", "", "Parkeren Hanzeweg", "", "€ 7,50"]],
            [22 * mm, 22 * mm, 32 * mm, 44 * mm, 32 * mm, 18 * mm], fs=8)
    f.p("Totaal te declareren: € 34,38. Akkoord leidinggevende: J. Sikkema-de Boer (digitaal, 15-11-2024). "
        "Budgethouder: Directie Digitale Overheid, kostenplaats 4320-118.")
    f.p("Bij vragen: P-Direkt Contactcenter, 088 047 4747 (werkdagen 8.00-17.00 uur).", fs=8)
    f.save()
    red = [R("PERSON", "Ratna Wibisono", "Wibisono", "Ratna"), R("NUMBER", "personnel", "3309127"),
           R("ADDRESS", "Kamperfoelielaan 31", "Kamperfoelielaan 31", "3818 HM"), R("IBAN", iban, iban),
           R("DOB", "17-03-1986", "17-03-1986"), R("PERSON", "J. Sikkema-de Boer", "Sikkema-de Boer")]
    keep = [K("ORG", "P-Direkt", "P-Direkt"), K("PHONE", "P-Direkt", "088 047 4747"), K("ORG", "CIO Rijk", "CIO Rijk"),
            K("OFFICE", "stas Szabó", "Szabó"), K("PLACE", "Apeldoorn", "Apeldoorn"), K("PLACE", "Zwolle", "Zwolle"),
            K("ORG", "Logius", "Logius"), K("REF", "kostenplaats", "4320-118"), K("PRODUCT", "NS-Business Card", "NS-Business Card"),
            K("ORG", "DDO", "Directie Digitale Overheid"), K("AMOUNT", "total", "€ 34,38")]
    return red, keep


# =============================================================== bs25 reply letter to the citizen (Word -> LibreOffice)
@doc("bs25_antwoordbrief_burger")
def bs25(path):
    from docx import Document
    from docx.shared import Pt, Mm
    d = Document()
    sec = d.sections[0]
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Carlito", Pt(10.5)
    d.core_properties.author = "Bottema, F."
    sec.footer.paragraphs[0].text = "Ons kenmerk 2024-0000671204 - pagina 1"

    def P(t, bold=False):
        p = d.add_paragraph()
        r = p.add_run(t)
        r.bold = bold
    P("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", bold=True)
    P("Directie Digitale Overheid\nPostbus 20011, 2500 EA Den Haag\nwww.rijksoverheid.nl\n\n"
      "Contactpersoon: F. Bottema\nT 070 426 6426 (algemeen)\nE rijksassistent@minbzk.nl")
    P("De heer H. Demir\nVlietstraat 23\n2311 RC  LEIDEN")
    P("Datum: 3 december 2024\nOns kenmerk: 2024-0000671204\nUw brief van: 14 november 2024\n"
      "Onderwerp: uw vragen over de chatbot van de Rijksoverheid")
    P("Geachte heer Demir,")
    P("Namens staatssecretaris Szabó dank ik u voor uw brief. U vraagt of uw gegevens in de chatbot van de "
      "Rijksoverheid terechtkomen. Dat is niet het geval. De pilot Rijksassistent gebruikt geen gegevens "
      "van burgers of uitkeringsgerechtigden van het UWV. Uw burgerservicenummer heb ik niet in onze "
      "systemen vastgelegd; ik raad u aan dit nummer niet per post of e-mail te delen.")
    P("Meer informatie over de pilot vindt u in het Algoritmeregister (algoritmes.overheid.nl) en in de "
      "Kamerbrief van 15 oktober 2024. Heeft u nog vragen, dan kunt u bellen met Informatie Rijksoverheid, "
      "telefoon 1400.")
    P("Met vriendelijke groet,\n\nDE STAATSSECRETARIS VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES,\n"
      "namens deze,\nde senior communicatieadviseur,\n\n\nFenna Bottema")
    with tempfile.TemporaryDirectory() as td:
        dp = Path(td) / "bs25.docx"
        d.save(dp)
        Path(soffice(dp, Path(td))).replace(path)
    red = [R("PERSON", "F. Bottema", "Bottema", "Fenna"), R("PERSON", "H. Demir", "Demir"),
           R("ADDRESS", "Vlietstraat 23", "Vlietstraat 23", "2311 RC")]
    keep = [K("OFFICE", "staatssecretaris Szabó", "Szabó"), K("MAILBOX", "rijksassistent@minbzk.nl", "rijksassistent@minbzk.nl"),
            K("PHONE", "switchboard", SW), K("PHONE", "1400", "1400"), K("ORG", "UWV", "UWV"),
            K("PROG", "Algoritmeregister", "Algoritmeregister"), K("ORG", "algoritmes.overheid.nl", "algoritmes.overheid.nl"),
            K("REF", "kenmerk", "2024-0000671204"), K("PLACE", "Leiden", ("LEIDEN", True)),
            K("ORG", "Informatie Rijksoverheid", "Informatie Rijksoverheid"),
            K("FUNC", "communicatieadviseur", "senior communicatieadviseur")]
    return red, keep


# =============================================================== bs26 Q&A for the press line (2 pages)
@doc("bs26_qa_woordvoering")
def bs26(path):
    f = Flow(path, font="DejaVu", fs=9, footer=page_no("Q&A aftrap - pagina {n}"), title="Q&A aftrap pilot",
             author="Bouchtaoui-Smit, N.")
    f.line("Q&A aftrap pilot Rijksassistent (11 november 2024) - intern", font="DejaVu-Bold", fs=12)
    f.line("Opgesteld: N. Bouchtaoui-Smit (Directie Communicatie) met input van S. Hylkema en R.K. Ramdin", fs=8)
    f.line("Status: afgestemd met Kabinet stas (Lieke), versie 3", fs=8)
    f.gap(6)
    qa = [("Waarom experimenteert de overheid met AI?",
           "De staatssecretaris wil dat ambtenaren verantwoord ervaring opdoen met generatieve AI. Dat past in "
           "de Rijksbrede visie op generatieve AI en de Werkagenda Waardengedreven Digitaliseren."),
          ("Komen gegevens van burgers in het systeem?",
           "Nee. De assistent verwerkt alleen teksten die deelnemers zelf invoeren; gebruik van persoonsgegevens "
           "van burgers is verboden."),
          ("Wat kost de pilot?",
           "De pilot kost circa € 1,2 miljoen en wordt gefinancierd uit het budget voor de Werkagenda."),
          ("Wie is de leverancier?",
           "Nordlicht Data B.V. uit Zwolle, gecontracteerd via het Rijks ICT Gilde. Hosting gebeurt door Logius."),
          ("Is de Autoriteit Persoonsgegevens akkoord?",
           "De AP is geïnformeerd; voorafgaande raadpleging was niet nodig."),
          ("Wat vindt de Kamer ervan?",
           "Kamerlid Kathmann (GroenLinks-PvdA) heeft schriftelijke vragen gesteld; die worden binnen de "
           "termijn beantwoord. Kamerlid Six Dijkstra (NSC) bezoekt de aftrap."),
          ("Waarom is de aftrap verschoven?",
           "Door een vertraagde levering van hardware. Niet noemen: namen van medewerkers van de leverancier "
           "(de heer Kowalczyk, de heer Zieliński)."),
          ("Wat als een journalist vraagt naar een ambtenaar die ziek is?",
           "Geen mededelingen over individuele medewerkers. Verwijs door naar de woordvoerder van dienst "
           "via 070 426 7363 (persvoorlichting) of pers@minbzk.nl."),
          ("Mag de pers de deelnemers interviewen?",
           "Ja, na afstemming. Beschikbaar: Froukje van der Ploeg-Terpstra (gemeente Leeuwarden, fase 2) en "
           "Zeynep Aktaş (UWV). Telefoon Zeynep: 06 5003 8127."),
          ]
    for i, (q, a) in enumerate(qa, 1):
        f.need(50)
        f.b(f"V{i}. {q}", after=1)
        f.p(a, indent=10, after=6)
    f.gap(4)
    f.p("Niet actief communiceren. Bij twijfel: Nadia (06 1732 0958) of Sjoerd.", fs=8)
    f.newpage()
    f.b("Bijlage: kernboodschap (voor de staatssecretaris)")
    f.p("'Wij willen als overheid leren van nieuwe technologie, maar wel op onze voorwaarden: veilig, "
        "transparant en met respect voor privacy. Daarom beginnen we klein, met ambtenaren die zich vrijwillig "
        "melden, en laten we de pilot onafhankelijk evalueren.' - Zsolt Szabó")
    f.p("Feiten: 400 deelnemers, 3 organisaties (BZK, Logius, Belastingdienst), start 11 november 2024, "
        "evaluatie door ICTU in het voorjaar van 2025.")
    f.save()
    red = [R("PERSON", "N. Bouchtaoui-Smit", "Bouchtaoui-Smit", "Nadia"), R("PERSON", "S. Hylkema", "Hylkema", "Sjoerd"),
           R("PERSON", "R.K. Ramdin", "Ramdin"), R("PERSON", "Lieke", "Lieke"), R("PERSON", "Kowalczyk", "Kowalczyk"),
           R("PERSON", "Zieliński", "Zieliński"), R("PERSON", "Froukje van der Ploeg-Terpstra", "Ploeg-Terpstra", "Froukje"),
           R("PERSON", "Zeynep Aktaş", "Aktaş", "Zeynep"), R("PHONE", "06 5003 8127", "06 5003 8127"),
           R("PHONE", "06 1732 0958", "06 1732 0958")]
    keep = [K("OFFICE", "Kathmann", "Kathmann"), K("OFFICE", "Six Dijkstra", "Six Dijkstra"),
            K("OFFICE", "Zsolt Szabó", "Zsolt Szabó"), K("ORG", "Nordlicht Data B.V.", "Nordlicht Data B.V."),
            K("ORG", "Rijks ICT Gilde", "Rijks ICT Gilde"), K("ORG", "Logius", "Logius"),
            K("ORG", "Autoriteit Persoonsgegevens", "Autoriteit Persoonsgegevens"), K("ORG", "AP", "AP"),
            K("PHONE", "persvoorlichting", "070 426 7363"), K("MAILBOX", "pers@minbzk.nl", "pers@minbzk.nl"),
            K("ORG", "GroenLinks-PvdA", "GroenLinks-PvdA"), K("PROG", "Werkagenda", "Werkagenda Waardengedreven Digitaliseren"),
            K("ORG", "UWV", "UWV"), K("ORG", "ICTU", "ICTU"), K("AMOUNT", "cost", "€ 1,2 miljoen")]
    return red, keep


# =============================================================== bs27 English exchange with the European Commission
@doc("bs27_mail_ai_office")
def bs27(path):
    f = Flow(path, font="LibSans", fs=9.5, lm=20 * mm, footer=page_no("{n}"),
             title="RE: Dutch pilot - AI Act classification")
    f.lines("""From: CNECT-AI-OFFICE@ec.europa.eu
Sent: Thursday, 5 December 2024 10:12
To: Yıldırım, Emre
Cc: CARVALHO FERREIRA Inês (CNECT); Hylkema, Sjoerd
Subject: RE: Dutch pilot - AI Act classification""")
    f.gap(6)
    f.p("Dear Mr Yıldırım,")
    f.p("Thank you for your message. The AI Office cannot give a binding interpretation, but on the basis of "
        "your description the assistant would not be a high-risk system under Annex III of the AI Act. My "
        "colleague Inês Carvalho Ferreira will present the guidelines at the AI Board meeting; Commissioner "
        "Virkkunen has asked for an overview of national pilots by January.")
    f.lines("""Best regards,
Kristóf NAGY-SZABÓ
Policy Officer, Unit A.2 - AI Regulation and Compliance
European Commission, DG CNECT | BU25 02/117 | B-1049 Brussels
+32 2 298 41 77""", fs=8.5)
    f.gap(10)
    f.lines("""From: Yıldırım, Emre <emre.yildirim@minbzk.nl>
Sent: Tuesday, 3 December 2024 16:48
To: CNECT-AI-OFFICE@ec.europa.eu
Cc: Hylkema, Sjoerd <s.hylkema@minbzk.nl>
Subject: Dutch pilot - AI Act classification""", fs=9)
    f.gap(4)
    f.lines("""> Dear colleagues,
> The Dutch Ministry of the Interior (BZK) runs a pilot with a generative
> AI assistant for civil servants (Rijksassistent). State Secretary Szabó
> informed the Tweede Kamer on 15 October. Could you confirm our reading
> that the system is limited-risk? Our contact at the Permanent
> Representation in Brussels, Mrs. Dewi Sastrawinata, can set up a call.
> Kind regards,
> Emre Yıldırım, data adviser, Office of the Government CIO (CIO Rijk)
> +31 6 2378 5510""", font="DejaVuMono", fs=8)
    f.save()
    red = [R("PERSON", "Emre Yıldırım", "Yıldırım", "Emre"), R("EMAIL", "", "emre.yildirim@minbzk.nl"),
           R("PHONE", "", "+31 6 2378 5510"), R("PERSON", "Inês Carvalho Ferreira", "CARVALHO FERREIRA", "Carvalho Ferreira", "Inês"),
           R("PERSON", "Sjoerd Hylkema", "Hylkema"), R("EMAIL", "", "s.hylkema@minbzk.nl"),
           R("PERSON", "Kristóf Nagy-Szabó", "NAGY-SZABÓ", "Kristóf"), R("PHONE", "+32 2 298 41 77", "+32 2 298 41 77"),
           R("PERSON", "Dewi Sastrawinata", "Sastrawinata", "Dewi")]
    keep = [K("MAILBOX", "CNECT-AI-OFFICE@ec.europa.eu", "CNECT-AI-OFFICE@ec.europa.eu"),
            K("OFFICE", "Commissioner Virkkunen", "Virkkunen"), K("OFFICE", "State Secretary Szabó", "State Secretary Szabó"),
            K("ORG", "European Commission", "European Commission"), K("ORG", "DG CNECT", "DG CNECT"),
            K("ORG", "AI Office", "AI Office"), K("LAW", "AI Act", "AI Act"), K("ORG", "Tweede Kamer", "Tweede Kamer"),
            K("PLACE", "Brussels", "Brussels"), K("ORG", "AI Board", "AI Board"), K("ORG", "CIO Rijk", "CIO Rijk"),
            K("FUNC", "Policy Officer", "Policy Officer")]
    return red, keep


# =============================================================== bs28 MT decision list with sticky notes
@doc("bs28_besluitenlijst_mt")
def bs28(path):
    f = Flow(path, font="Helvetica", fs=9.5, footer=page_no("{n}"), title="Besluitenlijst MT DDO 21-11-2024")
    f.line("Besluiten- en actielijst MT Directie Digitale Overheid", font="Helvetica-Bold", fs=12)
    f.line("21 november 2024 | aanwezig: BvdM (vz), EtH, JSdB, M. Boukhari, P. de Graaf | notulist: K. Ait Haddou", fs=8)
    f.gap(6)
    f.table([["Nr", "Onderwerp", "Besluit / actie", "Wie", "Gereed"],
             ["24-81", "Pilot Rijksassistent", "Fase 2 gemeenten voorbereiden; offerte Nordlicht laten toetsen "
              "door Inkoop (Rijks ICT Gilde)", "JSdB", "15-12"],
             ["24-82", "Woo-verzoek pilot", "Verwacht na publicatie; documenten verzamelen bij Hylkema en Ramdin",
              "EtH", "31-01"],
             ["24-83", "Personeel", "Vacature senior adviseur AI openstellen; Daan Winter waarnemend projectleider "
              "vanaf 9-12", "BvdM", "9-12"],
             ["24-84", "Evaluatie", "ICTU vragen; opdrachtbrief via Tjahjadi", "JSdB", "20-12"],
             ["24-85", "Kamervragen lid Van Baarle", "Concept door Mohamed Boukhari; afstemming met DCZW "
              "(mr. Pinas)", "M. Boukhari", "10-12"]],
            [14 * mm, 34 * mm, 78 * mm, 22 * mm, 16 * mm], fs=8.2)
    f.p("Volgende MT: 5 december 2024. Stukken naar mt.ddo@minbzk.nl uiterlijk maandag 12.00 uur.", fs=8.5)
    f.save()
    hide(path, annots=[(0, [520, 700, 540, 720], "Piet: Rishi is langdurig ziek, niet in besluitenlijst zetten",
                        "de Graaf, P."),
                       (0, [520, 600, 540, 620], "akkoord, Els", "ter Horst, E.")])
    red = [R("PARAPH", "BvdM", "BvdM"), R("PARAPH", "EtH", "EtH"), R("PARAPH", "JSdB", "JSdB"),
           R("PERSON", "Mohamed Boukhari", "Boukhari", "Mohamed"), R("PERSON", "P. de Graaf", "de Graaf"),
           R("PERSON", "K. Ait Haddou", "Ait Haddou"), R("PERSON", "Hylkema", "Hylkema"), R("PERSON", "Ramdin", "Ramdin"),
           R("PERSON", "Daan Winter", "Daan Winter"), R("PERSON", "Tjahjadi", "Tjahjadi"), R("PERSON", "mr. Pinas", "Pinas"),
           R("HEALTH", "annotation", "langdurig ziek", ch="annotations"), R("PERSON", "annot Piet", "Piet", ch="annotations"),
           R("PERSON", "annot author", "ter Horst, E.", ch="annotations")]
    keep = [K("OFFICE", "lid Van Baarle", "Van Baarle"), K("ORG", "Nordlicht", "Nordlicht"), K("ORG", "ICTU", "ICTU"),
            K("ORG", "Rijks ICT Gilde", "Rijks ICT Gilde"), K("ORG", "DCZW", "DCZW"),
            K("MAILBOX", "mt.ddo@minbzk.nl", "mt.ddo@minbzk.nl"), K("REF", "24-81", "24-81"), K("REF", "24-85", "24-85"),
            K("FUNC", "senior adviseur AI", "senior adviseur AI"), K("DATE", "next MT", "5 december 2024")]
    return red, keep


# =============================================================== bs29 memo to the SG with bookmarks
@doc("bs29_memo_sg")
def bs29(path):
    def head(f):
        bzk_header(f)
    f = Flow(path, font="LibSerif", fs=10.5, header=head, footer=page_no("Pagina {n} van 2"), title="Memo SG")
    f.line("MEMO", font="LibSerif-Bold", fs=16)
    f.table([["Aan", "secretaris-generaal (M. Camps)"], ["Van", "directeur Digitale Overheid"],
             ["Cc", "DGDOO; plv. directeur; A. de Vries (Belastingdienst)"], ["Datum", "12 december 2024"],
             ["Onderwerp", "Stand pilot Rijksassistent en vervanging projectleider"]],
            [30 * mm, 130 * mm], font="LibSerif", fs=10, head=False, grid=False)
    f.rule()
    f.b("1. Stand van zaken")
    f.p("De pilot loopt sinds 11 november. Er zijn 372 actieve gebruikers. Tevredenheid 7,4. Er zijn geen "
        "datalekken gemeld bij de FG. De modelkaart staat in het Algoritmeregister.")
    f.b("2. Projectleiding")
    f.p("De projectleider is tot in februari afwezig. Daan Winter is waarnemend projectleider; hij wordt "
        "ondersteund door Emre Yıldırım (CIO Rijk) en door Wietske Zandstra-Faber, die vanuit de Belastingdienst "
        "is gedetacheerd. Om privacyredenen noem ik de reden van afwezigheid niet in deze memo.")
    f.b("3. Kamer")
    f.p("De antwoorden op de vragen van het lid Kathmann zijn op 20 december verzonden. Het lid Van Baarle "
        "heeft aanvullende vragen gesteld over discriminatierisico's; die worden door de directie in "
        "samenwerking met het College voor de Rechten van de Mens beantwoord. Contactpersoon bij het College "
        "is mevrouw Sharon Kartodikromo.")
    f.newpage()
    f.b("4. Woo")
    f.p("Er is een Woo-verzoek te verwachten van mevrouw Brouwers-Nauta, die eerder over de Rijkscloud "
        "publiceerde. Het Team Woo-verzoeken is geïnformeerd (woo@minbzk.nl).")
    f.b("5. Gevraagd")
    f.p("Kennisnemen; instemmen met de verlenging van de pilot tot 1 juli 2025 na de evaluatie van ICTU.")
    f.gap(14)
    f.line("directeur Digitale Overheid")
    f.line("drs. B.J.M. van der Meulen")
    f.save()
    hide(path, outline=[("Memo SG - Bram vd Meulen", 0), ("2. Projectleiding (Rishi afwezig)", 0), ("4. Woo", 1)])
    red = [R("PERSON", "A. de Vries", "A. de Vries"), R("PERSON", "Daan Winter", "Daan Winter", "Winter"),
           R("PERSON", "Emre Yıldırım", "Yıldırım"), R("PERSON", "Wietske Zandstra-Faber", "Zandstra-Faber", "Wietske"),
           R("PERSON", "Sharon Kartodikromo", "Kartodikromo", "Sharon"), R("PERSON", "Brouwers-Nauta", "Brouwers-Nauta"),
           R("PERSON", "B.J.M. van der Meulen", "van der Meulen", "B.J.M."),
           R("PERSON", "outline Bram", "Bram vd Meulen", ch="outline"), R("PERSON", "outline Rishi", "Rishi afwezig", ch="outline")]
    keep = [K("OFFICE", "SG M. Camps", "Camps"), K("OFFICE", "lid Kathmann", "Kathmann"), K("OFFICE", "lid Van Baarle", "Van Baarle"),
            K("ORG", "College voor de Rechten van de Mens", "College voor de Rechten van de Mens"),
            K("ORG", "Belastingdienst", "Belastingdienst"), K("ORG", "ICTU", "ICTU"), K("ORG", "CIO Rijk", "CIO Rijk"),
            K("PROG", "Algoritmeregister", "Algoritmeregister"), K("PROG", "Rijkscloud", "Rijkscloud"),
            K("MAILBOX", "woo@minbzk.nl", "woo@minbzk.nl"), K("FUNC", "directeur", "directeur Digitale Overheid"),
            K("DATE", "memo", "12 december 2024"), K("ORG", "DGDOO", "DGDOO")]
    return red, keep


# =============================================================== bs30 reply chain with line-broken names (Frisian municipality)
@doc("bs30_mail_fase2_gemeenten")
def bs30(path):
    f = Flow(path, font="DejaVu", fs=9, lm=18 * mm, rm=18 * mm, footer=page_no("{n}"),
             title="RE: fase 2 - aansluiting Leeuwarden", author="gemeente Leeuwarden")
    f.lines("""Van:              Dijkstra, Auke <a.dijkstra@leeuwarden.nl>
Verzonden:   woensdag 18 december 2024 14:22
Aan:              Winter, Daan <d.winter@minbzk.nl>
CC:               VAN DER PLOEG-TERPSTRA, FROUKJE; Sikkema-de Boer, Jildou; KCC Leeuwarden
Onderwerp:   RE: fase 2 - aansluiting Leeuwarden""")
    f.gap(6)
    f.lines("""Goeiemiddei Daan,

Dank voor het prettige gesprek van gisteren. Zoals besproken sluiten wij vanaf maart aan. Wethouder
Zijlstra heeft ingestemd; burgemeester Buma is geïnformeerd. Onze privacy officer, Tsjerk
Bottema-Hiemstra, stuurt de DPIA-aanvulling voor 10 januari. Voor de techniek kun je terecht bij
Froukje van der
Ploeg-Terpstra (teamleider Digitale Dienstverlening), 06 2260 7731.

Een puntje: in jullie planning staat mevrouw Sikkema-
de Boer nog als opdrachtgever, maar ik begreep van Jildou dat zij per 1 februari
een andere functie krijgt. Wie wordt dan ons aanspreekpunt? En is Rishi weer terug?

Groetnis,
Auke Dijkstra
Adviseur informatievoorziening | Gemeente Leeuwarden
Oldehoofsterkerkhof 2 | Postbus 21000 | 8900 JA Leeuwarden
T 058 233 8311 (algemeen) | M 06 4308 2251""")
    f.gap(8)
    f.lines("""Van: Winter, Daan
Verzonden: dinsdag 17 december 2024 17:05
Aan: 'a.dijkstra@leeuwarden.nl'
Onderwerp: fase 2 - aansluiting Leeuwarden""", fs=8.5)
    f.gap(4)
    f.lines("""> Beste Auke,
> Hierbij de afspraken. Staatssecretaris Szabó wil in maart een tweede werkbezoek, mogelijk samen met
> Kamerlid Six Dijkstra. Ik neem contact op met je collega GROEN (gegevensbeheer) over de koppeling; of
> heet hij Groenveld? Excuus, ik had alleen zijn voornaam: Wiebren.
> Hartelijke groet, Daan
> D. (Daan) Winter | waarnemend projectleider Rijksassistent | Ministerie van BZK
> M 06 3927 1180""", font="DejaVuMono", fs=8)
    f.save()
    red = [R("PERSON", "Auke Dijkstra", "Auke Dijkstra", "Auke", "Dijkstra, Auke"),
           R("EMAIL", "a.dijkstra@leeuwarden.nl", "a.dijkstra@leeuwarden.nl"),
           R("PERSON", "Daan Winter", "Daan", "Winter"), R("EMAIL", "d.winter@minbzk.nl", "d.winter@minbzk.nl"),
           R("PERSON", "Froukje van der Ploeg-Terpstra", "VAN DER PLOEG-TERPSTRA", "FROUKJE", "van der Ploeg-Terpstra", "Froukje"),
           R("PERSON", "Jildou Sikkema-de Boer", "Sikkema-de Boer", "Jildou"),
           R("PERSON", "Tsjerk Bottema-Hiemstra", "Bottema-Hiemstra", "Tsjerk"), R("PHONE", "06 2260 7731", "06 2260 7731"),
           R("PERSON", "Rishi", "Rishi"), R("PHONE", "06 4308 2251", "06 4308 2251"),
           R("PERSON", "Groen(veld)", "GROEN", "Groenveld", "Wiebren"), R("PHONE", "06 3927 1180", "06 3927 1180"),
           R("PERSON", "D. (Daan) Winter", "D. (Daan) Winter")]
    keep = [K("OFFICE", "Wethouder Zijlstra", "Zijlstra"), K("OFFICE", "burgemeester Buma", "Buma"),
            K("OFFICE", "Szabó", "Szabó"), K("OFFICE", "Kamerlid Six Dijkstra", "Six Dijkstra"),
            K("MAILBOX", "KCC Leeuwarden", "KCC Leeuwarden"), K("ORG", "Gemeente Leeuwarden", "Gemeente Leeuwarden"),
            K("ADDRESS", "Oldehoofsterkerkhof 2", "Oldehoofsterkerkhof 2"), K("ADDRESS", "Postbus 21000", "Postbus 21000"),
            K("PHONE", "switchboard", "058 233 8311"), K("TERM", "DPIA", "DPIA"), K("PROG", "Rijksassistent", "Rijksassistent"),
            K("FUNC", "privacy officer", "privacy officer"), K("FUNC", "teamleider", "teamleider Digitale Dienstverlening")]
    return red, keep
# =============================================================== build
def build(stem, fn):
    path = DOCS_DIR / f"{stem}.pdf"
    red, keep = fn(path)
    txt, n = text_pdfium(path)
    problems = []
    for e in keep:
        for p in e["probes"]:
            p["after"] = count_in(txt, p)
            if p["after"] == 0:
                problems.append(f"{stem}: keep probe {p['text']!r} not in PDFium text")
    for e in red:
        for p in e["probes"]:
            for k in keep:
                for q in k["probes"]:
                    if count_in(q["text"], p) or count_in(p["text"], q):
                        problems.append(f"{stem}: redact {p['text']!r} overlaps keep {q['text']!r}")
            if e["channel"] == "text" and count_in(txt, p) == 0:
                problems.append(f"{stem}: redact probe {p['text']!r} not in PDFium text")
    gold = {"doc": path.name, "pages": n, "redact": red, "keep": keep}
    (GOLD_DIR / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    for pr in problems:
        print("PROBLEM", pr)
    print(f"{stem}: pages={n} redact={sum(len(e['probes']) for e in red)} "
          f"keep={sum(len(e['probes']) for e in keep)}")


if __name__ == "__main__":
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    want = set(sys.argv[1:])
    for stem, fn in DOCS:
        if not want or stem.split("_")[0] in want:
            build(stem, fn)
