"""Rebuild set mixed94 (childcare benefits recovery operation): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py hk03 hk17  # only these

Probes are written inline in content*.py: [[K|text]] is a redact probe (after 0), {{K|text}} a keep probe
whose 'after' is counted on the original's PDFium text with the evaluator's own functions. Probes that
live only in hidden channels (metadata, outline, annotations, form fields) are listed per document.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import lib  # noqa: E402
from content1 import D as D1  # noqa: E402
from content2 import D as D2  # noqa: E402
from content3 import D as D3  # noqa: E402


def build_intake(spec, out: Path, tmp: Path, col):
    """Aanmeldformulier with AcroForm text fields whose values are the parent's data."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.lib import colors
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setAuthor("Belastingdienst/Toeslagen")
    c.setTitle("Aanmeldformulier hersteloperatie")
    W, H = A4
    c.setFillColor(colors.HexColor("#154273"))
    c.rect(0, H - 70, W, 70, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(50, H - 40, col.strip("Aanmelden {{G|hersteloperatie kinderopvangtoeslag}}"))
    c.setFont("Helvetica", 9)
    c.drawString(50, H - 58, col.strip("{{O|Uitvoeringsorganisatie Herstel Toeslagen}} - formulier {{Z|UHT-AF-01}} (versie 2023)"))
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 9)
    intro = ["Met dit formulier meldt u zich aan als ouder die gedupeerd is door problemen met de kinderopvangtoeslag.",
             col.strip("Wij verwerken uw gegevens volgens de {{W|Algemene verordening gegevensbescherming}} en de {{W|Wet hersteloperatie toeslagen}}."),
             col.strip("Hulp nodig bij het invullen? Bel {{X|0800 - 2 358 358}} of vraag het {{O|Informatiepunt Digitale Overheid}} in uw bibliotheek.")]
    y = H - 95
    for ln in intro:
        c.drawString(50, y, ln)
        y -= 13
    fields = [
        ("Naam ouder", "naam", "Priscilla Doelwijt"),
        ("Burgerservicenummer", "bsn", "266402185"),
        ("Straat en huisnummer", "adres", "Kikkenstein 2214"),
        ("Postcode en plaats", "pcplaats", "1106 CD Amsterdam"),
        ("E-mailadres", "email", "p.doelwijt88@hotmail.com"),
        ("Telefoonnummer", "tel", "06-34019827"),
        ("Naam kind 1", "kind1", "Jayden"),
        ("Geboortedatum kind 1", "gebk1", "19-07-2010"),
        ("Naam kind 2", "kind2", "Shanaya"),
        ("Geboortedatum kind 2", "gebk2", "03-12-2014"),
        ("IBAN", "iban", "NL72 SNSB 0942 7718 35"),
        ("Jaren met toeslag", "jaren", "2011, 2012, 2013"),
    ]
    y -= 15
    c.setFont("Helvetica-Bold", 11)
    c.drawString(50, y, "1. Uw gegevens")
    y -= 22
    form = c.acroForm
    for label, name, val in fields:
        c.setFont("Helvetica", 9.5)
        c.drawString(50, y + 5, label)
        form.textfield(name=name, value=val, x=210, y=y, width=300, height=18, fontName="Helvetica", fontSize=9,
                       borderColor=colors.grey, fillColor=colors.HexColor("#f4f6f9"), textColor=colors.black, borderWidth=0.6)
        y -= 27
    y -= 8
    c.setFont("Helvetica-Bold", 11)
    c.drawString(50, y, "2. Ondertekening")
    y -= 18
    c.setFont("Helvetica", 9)
    for ln in [col.strip("Ik verklaar dit formulier naar waarheid te hebben ingevuld. Stuur het formulier naar"),
               col.strip("{{O|Uitvoeringsorganisatie Herstel Toeslagen}}, Antwoordnummer 1234, 7300 VB {{L|Apeldoorn}}, of mail een scan naar"),
               col.strip("{{M|aanmelden.herstel@toeslagen.nl}}. Lees meer op {{P|herstel.toeslagen.nl}}.")]:
        c.drawString(50, y, ln)
        y -= 13
    c.setFont("Helvetica", 9.5)
    c.drawString(50, y - 10, "Datum:")
    form.textfield(name="datum", value="14-02-2023", x=210, y=y - 15, width=120, height=18, fontName="Helvetica", fontSize=9,
                   borderColor=colors.grey, fillColor=colors.HexColor("#f4f6f9"), textColor=colors.black, borderWidth=0.6)
    c.setFont("Helvetica", 7)
    c.drawString(50, 30, col.strip("{{Z|UHT-AF-01}} | {{O|Belastingdienst/Toeslagen}} | pagina 1 van 1"))
    c.showPage()
    c.save()


ALL = D1 + D2 + D3
for d in ALL:
    if d["stem"].startswith("hk07"):
        d["fn"] = build_intake


def main(argv):
    lib.DOCS.mkdir(exist_ok=True)
    lib.GOLD.mkdir(exist_ok=True)
    want = set(argv)
    stems = [d["stem"] for d in ALL]
    assert len(stems) == len(set(stems))
    for d in ALL:
        if want and d["stem"][:4] not in want:
            continue
        g = lib.build(d)
        print(f"{d['stem']}: pages={g['pages']} redact={sum(len(i['probes']) for i in g['redact'])} "
              f"keep={sum(len(i['probes']) for i in g['keep'])}")


if __name__ == "__main__":
    main(sys.argv[1:])
