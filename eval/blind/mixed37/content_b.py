"""LNV Woo dossier (part 2): scans, a Word document converted by LibreOffice, provincie
Gelderland documents, press and parliamentary drafts."""
import tempfile
from pathlib import Path

from framework import (B, Bookmark, Doc, H, K, KV, P, R, SP, StickyNote, T, build_pdf, letterhead,
                       render_scan, soffice_pdf)
from registry import BSN_KUIPERS, IBAN_HENDRIKSEN, IBAN_KUIPERS
from content_a import LNV, MOTIV, mailhdr


def d12(path):
    lines = [
        "Notitie 8/5 - PAS-melders Barneveld",
        "",
        "- gebeld met Gerrit Hendriksen (loonbedrijf)",
        ("tel. 0342-471839, wil offerte terug", 40),
        "- mevr. Kuipers-Ramdas belt terug",
        ("over haar melding, Garderbroekerweg 112", 40),
        "- Jeroen de Wit: AERIUS-run opnieuw",
        "- Anouk vragen naar juridische route",
        "- Rachid: dashboard voor Rummenie",
        "",
        "afspraak provincie do 10.30 (Emre Aydin)",
        "",
        "T. Ghebremedhin",
    ]
    render_scan(path, lines, seed=12, hand=True, size=46,
                meta={"title": "Scan 2024-05-08 09.14", "creator": "RICOH IM C3000 scan"})


def d13(path):
    """python-docx document converted with LibreOffice: two-column letterhead, wrapping table."""
    import docx
    from docx.shared import Cm, Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "DejaVu Sans"
    st.font.size = Pt(9)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = Cm(1.6)
    lh = d.add_table(rows=1, cols=2)
    lh.autofit = False
    left, right = lh.rows[0].cells
    left.width, right.width = Cm(11.5), Cm(5.5)
    left.text = ("Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur\nDirectie Stikstof en Natuur\n\n"
                 "Aan: Rijksdienst voor Ondernemend Nederland (RVO)\nt.a.v. team PAS-melders, Zwolle")
    right.text = ("Behandeld door\nZhou Meiling\nT\n(070) 3786512\nE\nm.zhou@minlnv.nl\n"
                  "Ons kenmerk\nDGNVLG / 24230518\nDatum\n30 mei 2024")
    d.add_paragraph()
    h = d.add_paragraph()
    r = h.add_run("Adreslijst PAS-melders gemeente Barneveld (selectie Veluwe)")
    r.bold = True
    r.font.size = Pt(12)
    d.add_paragraph("Onderstaande melders hebben toestemming gegeven voor een keukentafelgesprek. De lijst is "
                    "bestemd voor RVO en de provincie Gelderland. Niet verder verspreiden. Rekeningnummers zijn "
                    "nodig voor de voorschotregeling in het kader van het Programma Aanpak Stikstof.")
    rows = [("Nr.", "Naam melder", "Adres locatie", "BSN / KvK", "IBAN", "Status"),
            ("1", "mevrouw H. (Riek) Kuipers-Ramdas", "Garderbroekerweg 112\n3774 JK Kootwijkerbroek",
             "BSN " + BSN_KUIPERS, IBAN_KUIPERS, "AERIUS-berekening gereed"),
            ("2", "de heer B. (Bertus) van Ee", "Zeumerseweg 9a\n3781 NC Voorthuizen", "BSN -", "-",
             "wacht op stukken"),
            ("3", "A. en G. Roseboom-'t Hart (VOF)", "Stroeërweg 41\n3776 MG Stroe", "KvK 09182211", "-",
             "Lbv-plus aangemeld"),
            ("4", "Loonbedrijf G. Hendriksen (eenmanszaak, loonwerk voor nr. 1-3)", "Molenweg 3\n3781 PL Voorthuizen",
             "KvK 71234599", IBAN_HENDRIKSEN, "offerte"),
            ("5", "Hooijer, Derk Jan", "Postweg 220\n6718 SM Ede", "BSN -", "-",
             "extern salderen met Veluwse Mengvoeders B.V.")]
    t = d.add_table(rows=len(rows), cols=6)
    t.style = "Table Grid"
    widths = [Cm(0.9), Cm(3.2), Cm(3.3), Cm(2.5), Cm(3.6), Cm(3.3)]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.rows[i].cells[j]
            c.width = widths[j]
            c.text = val
            for para in c.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(8)
                    run.bold = i == 0
    d.add_paragraph()
    d.add_paragraph("Contact bij RVO: het algemene nummer. Vragen over deze lijst: Zhou Meiling of Łukasz "
                    "Wiśniewski (team Stikstof).")
    d.add_paragraph("Informatie die niet openbaar gemaakt kan worden").runs[0].bold = True
    d.add_paragraph("Motivering")
    d.add_paragraph("In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren "
                    "geanonimiseerd; BSN (5.1.1e) en rekeningnummers van melders zijn eveneens gelakt.")
    d.core_properties.author = "Zhou Meiling"
    d.core_properties.title = "Adreslijst PAS-melders Barneveld - Kuipers-Ramdas e.a."
    d.core_properties.last_modified_by = "Wiśniewski, Łukasz"
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "adreslijst_pas_melders.docx"
        d.save(str(src))
        soffice_pdf(src, path)


def d14(path):
    s = [P("<b>Provincie Gelderland</b>", "h1", raw=True),
         P("Markt 11 | Postbus 9090 | 6800 GX Arnhem | 026 359 99 99 | post@gelderland.nl", "small"), SP(4),
         H("Statenvoorstel / GS-nota"),
         KV([("Zaaknummer", "2024-004871"), ("Portefeuillehouder", "gedeputeerde P. van 't Hoog"),
             ("Opsteller", "W. Groot Wassink (Gebiedsprogramma Veluwe), 026 359 87 41"),
             ("Afdeling", "Vitaal Platteland"), ("Datum", "9 april 2024"),
             ("Onderwerp", "Inzet provincie bij legalisatie PAS-melders Veluwe")], 34, 130), SP(2),
         H("Paraafroute", 2),
         T([["Naam", "Rol", "Paraaf", "Datum"],
            ["Groot Wassink, W.", "opsteller", "WGW", "09-04-2024"],
            ["Aydın, E.", "meelezer juridisch", "EA", "10-04-2024"],
            ["J.M. (Hans) TEN BRINK-OLTHOF", "teammanager", "JMTB", "11-04-2024"],
            ["P. van 't Hoog", "gedeputeerde", "akkoord", "16-04-2024"]], [55, 45, 25, 30]), SP(2),
         H("Beslispunten", 2),
         P("Gedeputeerde Staten besluiten: 1. in te stemmen met de provinciale bijdrage van 12,5 miljoen euro "
           "aan de legalisatie van PAS-melders op de Veluwe; 2. de commissaris van de Koning, de heer Berends, "
           "te vragen dit in het IPO-overleg in te brengen; 3. het ministerie van LNV (minister Wiersma) "
           "hierover per brief te informeren."),
         H("Toelichting", 2),
         P("Op de Veluwe liggen 187 locaties van PAS-melders. De stikstofdepositie op het Natura 2000-gebied is "
           "hoog. Met LNV (team Stikstof, de heren Boukhari en De Wit) is afgesproken dat RVO de aanvragen "
           "beoordeelt. LTO Noord en Natuurmonumenten zijn betrokken in de gebiedstafel Barneveld."),
         StickyNote("Hans: bedrag nog checken met financiën. Emre", "Aydın, Emre"),
         H("Informatie die niet openbaar gemaakt kan worden", 2), P("Motivering"),
         P("In de openbaar gemaakte versie zijn de persoonsgegevens van medewerkers van de provincie "
           "geanonimiseerd (5.1.2e).")]
    build_pdf(path, s, meta={"title": "GS-nota PAS-melders Veluwe", "author": "TEN BRINK-OLTHOF, Hans",
                             "creator": "Microsoft Word - Corsa"})


def d15(path):
    lines = [
        "Hendrika Kuipers-Ramdas",
        "Garderbroekerweg 112",
        "3774 JK Kootwijkerbroek",
        "",
        "Aan: Rijksdienst voor Ondernemend Nederland",
        "t.a.v. team PAS-melders, Postbus 40219, 8004 DE Zwolle",
        "",
        "Kootwijkerbroek, 22 april 2024",
        "",
        "Betreft: melding PAS, verzoek voorschot",
        "",
        "Geachte heer, mevrouw,",
        "",
        "Hierbij vraag ik een voorschot aan voor de legalisatie",
        "van mijn melding (locatie Garderbroekerweg 112).",
        "Mijn burgerservicenummer is " + BSN_KUIPERS + ".",
        "Het bedrag kan worden overgemaakt op rekening",
        IBAN_KUIPERS + " t.n.v. H. Kuipers-Ramdas.",
        "",
        "Mijn buurman Bertus van Ee heeft dezelfde vraag.",
        "",
        "Met vriendelijke groet,",
        "",
        "Riek Kuipers-Ramdas",
    ]
    render_scan(path, lines, seed=15, hand=False, size=36,
                meta={"title": "scan_ontvangst_RVO_20240424", "creator": "Kofax scan"})


def d16(path):
    s = [P("<b>Verhoeckx, Daan</b>", "mail", raw=True), SP(1),
         mailhdr([("Van:", "Verhoeckx, Daan <woordvoering@minlnv.nl>"), ("Verzonden:", "woensdag 12 juni 2024 14:05"),
                  ("Aan:", "Marloes Stekelenburg <m.stekelenburg@gelderlander-redactie.nl>"),
                  ("CC:", "Van der Gragt, Floor; Boukhari, Rachid"),
                  ("Onderwerp:", "RE: persvragen PAS-melders Veluwe")]), SP(2),
         P("Beste mevrouw Stekelenburg,"),
         P("Dank voor uw vragen. Minister Wiersma en staatssecretaris Rummenie hebben de Tweede Kamer op "
           "10 oktober geïnformeerd. Op de Veluwe gaat het om 187 PAS-melders; RVO behandelt de aanvragen. "
           "Voor vragen over de provinciale bijdrage verwijs ik u naar de woordvoerder van de provincie "
           "Gelderland (026 359 99 99)."),
         P("Met vriendelijke groet,\nDaan Verhoeckx\nwoordvoerder minister van LNV\nT 070 378 68 68"),
         SP(3), P("-----Original Message-----", "mail"),
         mailhdr([("From:", "Marloes Stekelenburg <m.stekelenburg@gelderlander-redactie.nl>"),
                  ("Sent:", "Wednesday, June 12, 2024 10:12 AM"), ("To:", "woordvoering@minlnv.nl"),
                  ("Subject:", "persvragen PAS-melders Veluwe")]), SP(2),
         P("Goedemorgen, ik werk aan een stuk over PAS-melders in Barneveld. Een boerin, mevrouw Kuipers-Ramdas "
           "uit Kootwijkerbroek, zegt dat ze al vijf jaar wacht. Klopt het dat LNV haar dossier kent? Kunt u "
           "voor 17.00 uur reageren? Mijn mobiel: 06 13 57 24 68.\nMarloes Stekelenburg, verslaggever"),
         SP(3), P("Interne notitie (niet verzonden): Floor, kun jij met Rachid checken of we iets over "
                  "individuele melders mogen zeggen? Nee dus.", "mail")]
    build_pdf(path, s, meta={"title": "RE: persvragen PAS-melders", "author": "Verhoeckx, Daan",
                             "creator": "Microsoft Outlook"})


def d17(path):
    s = [Bookmark("Concept-antwoorden Kamervragen Bromet"),
         Bookmark("Reactie JZ (Zhou Meiling)", 1),
         H("Concept-antwoorden op vragen van het lid Bromet (GroenLinks-PvdA)"),
         P("over de legalisatie van PAS-melders op de Veluwe (2024Z03117, ingezonden 14 februari 2024)", "small"),
         P("Versie 0.3 - opsteller: team Stikstof (R. Boukhari), meelezer: mr. Z. Çelik", "small"), SP(3),
         B("Vraag 1"),
         P("Hoeveel PAS-melders zijn er in de provincie Gelderland, en hoeveel daarvan liggen op de Veluwe?"),
         B("Antwoord 1"),
         P("In Gelderland zijn ongeveer 2.450 PAS-melders bekend bij RVO. Op de Veluwe gaat het om 187 "
           "locaties."),
         StickyNote("Rachid: getal 2.450 klopt niet meer, zie dashboard wk 35. Jeroen", "Wit, Jeroen de"),
         B("Vraag 2"),
         P("Deelt u de mening dat de gedeputeerde, de heer Van 't Hoog, te langzaam handelt?"),
         B("Antwoord 2"),
         P("Nee. Ik heb op 16 januari 2024 met gedeputeerde Van 't Hoog afspraken gemaakt over de versnelling. "
           "Het lid Vedder (CDA) heeft eerder vergelijkbare vragen gesteld."),
         StickyNote("Deze formulering liever niet, te stellig. Anouk", "Brugge, A. ter"),
         B("Vraag 3"),
         P("Wanneer ontvangen de melders duidelijkheid?"),
         B("Antwoord 3"),
         P("Voor 1 juli 2025 ontvangen alle melders op de Veluwe een brief van RVO. Het Programma Aanpak Stikstof "
           "en de Lbv-plus bieden daarvoor de kaders."),
         SP(4), P("Staatssecretaris van Landbouw, Visserij, Voedselzekerheid en Natuur, J.F. Rummenie")]
    build_pdf(path, s, meta={"title": "Concept antwoorden Kamervragen Bromet - v0.3 RB/ZC",
                             "author": "Boukhari, Rachid", "outline": True})


DOCS = [
    Doc("au12_scan_notitie_handgeschreven", d12, [R("PERSON", "Emre Aydın (OCR without dotless i)", "Aydin"),
                                                R("PERSON", "Jeroen de Wit (OCR reads the italic J as j)", "jeroen")],
        ocr_only=True),
    Doc("au13_adreslijst_docx_libreoffice", d13, [R("KVK", "VOF Roseboom-'t Hart KvK (persons' firm)", "09182211"),
                                                  R("ADDRESS", "Garderbroekerweg 112 (wrapped in a cell)",
                                                    ("Garderbroekerwe", False))]),
    Doc("au14_gs_nota_gelderland", d14, [
        R("PERSON", "J.M. (Hans) ten Brink-Olthof", "TEN BRINK-OLTHOF", "Hans", "JMTB"),
        R("PARAPH", "WGW", "WGW"), R("PARAPH", "EA (Emre Aydın)", "EA"),
        K("PUBLIC", "gedeputeerde P. van 't Hoog", "P. van 't Hoog"), K("ORG", "IPO", "IPO"),
        K("ORG", "Vitaal Platteland", "Vitaal Platteland")]),
    Doc("au15_scan_brief_melder", d15, [R("PERSON", "Hendrika Kuipers-Ramdas", "Hendrika")], ocr_only=True),
    Doc("au16_mail_persvragen", d16, [
        R("PERSON", "Marloes Stekelenburg (journalist)", "Stekelenburg", "Marloes",
          "m.stekelenburg@gelderlander-redactie.nl"),
        R("PHONE", "06 13 57 24 68", "06 13 57 24 68"),
        K("PUBLIC", "spokesperson Daan Verhoeckx (kept by rule)", "Daan Verhoeckx"),
        K("CONTACT", "woordvoering@minlnv.nl", ("woordvoering@minlnv.nl", False))]),
    Doc("au17_concept_kamervragen", d17, [R("PARAPH", "ZC (Zeynep Çelik) in metadata title", "RB/ZC"),
                                          K("PUBLIC", "staatssecretaris J.F. Rummenie", "J.F. Rummenie")]),
]
