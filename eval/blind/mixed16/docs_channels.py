"""PDF channels besides page text (reportlab, fpdf2, Ghostscript) and scans (image-only PDFs)."""
from __future__ import annotations

from framework import WORK, Doc, bsn, finish, ghostscript, iban, plain, scan_pages
from registry import doc


def _dt():
    import datetime
    return datetime.datetime(2025, 3, 14, 9, 30, tzinfo=datetime.timezone.utc)
from render import _rl_fonts, fpdf_blocks, fpdf_doc, rl_pdf


# ------------------------------------------------------------------------------------------
# z20 AcroForm
# ------------------------------------------------------------------------------------------
@doc("z20")
def z20():
    d = Doc("z20", "filled AcroForm (Wmo/Participatiewet application): names in field values, checkboxes",
            "reportlab acroform")
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas
    _rl_fonts()
    out = WORK / "z20.rl.pdf"
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setFont("DejaVu-Bold", 14)
    c.drawString(20 * mm, 275 * mm, d.t("Aanvraagformulier bijzondere bijstand"))
    c.setFont("DejaVu", 9)
    c.drawString(20 * mm, 268 * mm, d.t("{{Gemeente Kerkrade|ORG}} - {{Participatiewet|LAW}} artikel 35 - "
                                         "inleveren bij {{Sociaal Domein|ORG}} of via {{DigiD|PRODUCT}}"))
    fields = [("Naam aanvrager", "aanvrager", "[[KARIMI, Habibullah|P=Habibullah Karimi]]"),
              ("BSN", "bsn", "[[" + bsn(2001) + "|B]]"),
              ("Adres", "adres", "[[Kloosterraderstraat 17|A]], [[6461 HA Kerkrade|A]]"),
              ("Telefoon", "tel", "[[06 1470 2258|T]]"),
              ("E-mail", "email", "[[h.karimi1988@outlook.com|E]]"),
              ("Partner", "partner", "[[Zahra Rahimi|P]]"),
              ("IBAN", "iban", "[[" + iban("RABO", 2002) + "|N]]"),
              ("Kosten waarvoor bijstand", "kosten", "Wasmachine en {{bed|TERM}}, EUR 640"),
              ("Ingevuld met hulp van", "hulp", "[[Jildou Postma|P]] ({{Vluchtelingenwerk|ORG}})")]
    y = 250
    for label, name, val in fields:
        c.setFont("DejaVu", 9)
        c.drawString(20 * mm, y * mm + 2, d.t(label))
        c.acroForm.textfield(name=name, value=d.t(val, "annotations"), x=70 * mm, y=y * mm - 2, width=115 * mm,
                             height=7 * mm, fontName="Helvetica", fontSize=9, borderWidth=0.5,
                             fillColor=None, textColor=None, forceBorder=True)
        y -= 11
    c.drawString(20 * mm, y * mm + 2, d.t("Situatie:"))
    for i, (lab, on) in enumerate([("alleenstaand", False), ("gehuwd / samenwonend", True), ("kinderen", True)]):
        c.acroForm.checkbox(name=f"sit{i}", checked=on, x=70 * mm + i * 45 * mm, y=y * mm, size=10)
        c.drawString(76 * mm + i * 45 * mm, y * mm + 2, d.t(lab))
    y -= 14
    c.setFont("DejaVu", 8)
    for line in ["Ik verklaar dit formulier naar waarheid te hebben ingevuld. De {{Sociale Verzekeringsbank|ORG}} en "
                 "het {{UWV|ACRONYM}} kunnen gegevens leveren",
                 "via {{Suwinet|PRODUCT}}. Vragen: {{14 045|SWITCHBOARD}} of {{bijstand@kerkrade.nl|MAILBOX}}."]:
        c.drawString(20 * mm, y * mm, d.t(line))
        y -= 5
    c.drawString(20 * mm, (y - 4) * mm, d.t("Handtekening aanvrager:"))
    c.acroForm.textfield(name="handtekening", value=d.t("[[H. Karimi|P=Habibullah Karimi]]", "annotations"),
                         x=70 * mm, y=(y - 6) * mm, width=60 * mm, height=8 * mm, fontName="Helvetica-Oblique",
                         fontSize=11, borderWidth=0.5, forceBorder=True)
    c.drawString(20 * mm, 30 * mm, d.t("Intern: ontvangen door [[R. Maréchal|P=René Maréchal]], klantmanager, 4-3-2025"))
    c.save()
    finish(out, d, info={"Author": "{{Gemeente Kerkrade|ORG}}", "Title": "Aanvraag bijzondere bijstand"})
    return d


# ------------------------------------------------------------------------------------------
# z21 sticky notes, bookmarks, Info + XMP
# ------------------------------------------------------------------------------------------
@doc("z21")
def z21():
    d = Doc("z21", "memo with sticky notes (author /T), bookmarks naming people, Info and XMP creator", "reportlab")
    blocks = [
        ("h1", "Memo: evaluatie opvanglocatie {{COA|ACRONYM}} {{Budel-Cranendonck|PLACE}}"),
        ("p", "Aan: {{burgemeester Van Gerven|PUBLIC}} ({{Cranendonck|PLACE}})\nVan: [[Dewi Sulistyowati|P]], "
              "{{beleidsadviseur|ROLE}} {{Openbare Orde en Veiligheid|ORG}}\nDatum: 4 maart 2025"),
        ("h2", "1. Aanleiding"),
        ("p", "Het {{Centraal Orgaan opvang asielzoekers|ORG}} wil de noodopvang in de {{Kempen|PLACE}} met een jaar "
              "verlengen. De {{Commissaris van de Koning|ROLE}}, {{Ina Adema|PUBLIC}}, vroeg de regiogemeenten om "
              "een reactie vóór 1 april. Staatssecretaris {{Struycken|PUBLIC}} (voorheen) en minister "
              "{{Faber|PUBLIC}} hebben de spreidingsafspraken niet gewijzigd."),
        ("h2", "2. Ervaringen"),
        ("p", "Locatiemanager [[Gerrit-Jan Dijkhuis|P]] meldt weinig incidenten. Buurtbewoner [[Henk Winter|P]] "
              "(bewonerscommissie) noemt de samenwerking goed; [[Winter|P=Henk Winter]] vraagt wel om betere "
              "verlichting op de {{Maarheezerweg|STREET}}. Wijkagent [[Sanne Koning|P]] van de {{Politie Oost-Brabant|ORG}} "
              "bevestigt dat beeld."),
        ("p", "{{Stichting Nidos|ORG}} begeleidt 24 alleenstaande minderjarigen. De {{GGD Brabant-Zuidoost|ORG}} "
              "houdt spreekuur op dinsdag. Er zijn afspraken over {{Vluchtelingenwerk Zuid-Nederland|ORG}}."),
        ("pb",),
        ("h2", "3. Advies"),
        ("p", "Instemmen met verlenging tot 1 juli 2026, onder voorwaarde van een bewonersavond. Wethouder "
              "{{Jan Hoeben|PUBLIC}} kan die avond voorzitten. Contact {{COA|ACRONYM}}: "
              "{{bestuurlijkezaken@coa.nl|MAILBOX}}, {{088 715 7000|SWITCHBOARD}}."),
        ("h2", "4. Afstemming"),
        ("p", "Afgestemd met [[Dijkhuis|P=Gerrit-Jan Dijkhuis]] (COA) en [[Koning|P=Sanne Koning]] (politie). "
              "Paraaf: [[DS|I=Dewi Sulistyowati]]."),
    ]
    src = rl_pdf(d, blocks, header="{{Gemeente Cranendonck|ORG}} - intern memo",
                 footer="Opsteller [[D. Sulistyowati|P=Dewi Sulistyowati]] - versie 0.4")
    annots = [{"type": "text", "page": 0, "rect": [520, 700, 540, 720], "author": "[[Jeroen Bakker|P]]",
               "text": "[[Dewi|P=Dewi Sulistyowati]], check bij [[Henk Winter|P]] of hij genoemd wil worden.",
               "subject": "Opmerking"},
              {"type": "text", "page": 0, "rect": [520, 500, 540, 520], "author": "[[Sulistyowati, Dewi|P=Dewi Sulistyowati]]",
               "text": "Akkoord. Mobiel [[Henk Winter|P]]: [[06 3829 1047|T]]", "subject": "Antwoord"},
              {"type": "text", "page": 1, "rect": [520, 700, 540, 720], "author": "[[K. Wever|P=Kimberly Wever]]",
               "text": "Juridisch geen bezwaar. Burgemeester {{Van Gerven|PUBLIC}} tekent.", "subject": "Opmerking"}]
    outline = [("Memo COA - [[Dewi Sulistyowati|P]]", 0), ("Ervaringen (input [[Gerrit-Jan Dijkhuis|P]])", 0),
               ("Advies", 1)]
    finish(src, d, info={"Author": "[[Dewi Sulistyowati|P]]", "Title": "Memo COA Budel"},
           xmp={"dc:creator": ["[[Dewi Sulistyowati|P]]", "[[Jeroen Bakker|P]]"], "pdf:Producer": "Microsoft® Word voor Microsoft 365"},
           outline=outline, annots=annots, keep_info=())
    return d


# ------------------------------------------------------------------------------------------
# z22 embedded files, file attachment annotation, mailto link
# ------------------------------------------------------------------------------------------
@doc("z22")
def z22():
    d = Doc("z22", "letter with embedded file attachments (csv, eml), a file-attachment annotation and a mailto link",
            "reportlab + pikepdf attachments")
    blocks = [
        ("p", "{{Ministerie van Onderwijs, Cultuur en Wetenschap|ORG}}\n{{Rijnstraat 50|ADDRESS_ORG}}, {{Den Haag|PLACE}}"),
        ("p", "Aan de deelnemers van de klankbordgroep {{Leesoffensief|PROGRAM}}\nDatum: 27 februari 2025"),
        ("h2", "Verslag klankbordgroep 19 februari"),
        ("p", "Minister {{Bruins|PUBLIC}} opende de bijeenkomst. Namens de {{PO-Raad|ORG}} sprak [[Chloë Verhoeven|P]], "
              "namens {{Stichting Lezen|ORG}} [[Daan in 't Veld|P]]. De deelnemerslijst en de uitnodiging zijn als "
              "bijlagen in dit PDF-bestand opgenomen (paperclip)."),
        ("p", "Afspraken: (1) de {{Inspectie van het Onderwijs|ORG}} levert de peilingsgegevens; (2) het "
              "{{Nationaal Regieorgaan Onderwijsonderzoek|ORG}} ({{NRO|ACRONYM}}) start een {{pilot|TERM}}; (3) de "
              "{{Koninklijke Bibliotheek|ORG}} koppelt {{Bibliotheek op school|PROGRAM}} aan het offensief."),
        ("p", "Vragen over dit verslag: [[Luana Moreira da Silva|P]], secretaris klankbordgroep, "
              "[[l.moreiradasilva@minocw.nl|E]] of {{leesoffensief@minocw.nl|MAILBOX}}."),
        ("pb",),
        ("h2", "Bijlage: planning"),
        ("table", [["Datum", "Onderwerp", "Trekker"],
                   ["19 maart", "{{Leesmonitor|PRODUCT}}", "[[Daan in 't Veld|P]]"],
                   ["16 april", "{{Kinderboekenweek|PROGRAM}}", "{{CPNB|ACRONYM}}"],
                   ["21 mei", "Evaluatie", "[[Moreira da Silva|P=Luana Moreira da Silva]]"]], [30, 80, 60]),
    ]
    src = rl_pdf(d, blocks, footer="{{OCW|ACRONYM}} - {{Directie Primair Onderwijs|ORG}}")
    csv = ("naam;organisatie;e-mail;telefoon\n"
           "[[Chloë Verhoeven|P]];PO-Raad;[[c.verhoeven@poraad.nl|E]];[[06 2810 4471|T]]\n"
           "[[Daan in 't Veld|P]];Stichting Lezen;[[daan.intveld@lezen.nl|E]];[[06 5563 0192|T]]\n"
           "[[Kwame Mensah|P]];KB;[[kwame.mensah@kb.nl|E]];[[070 314 0911|T]]\n"
           "[[Luana Moreira da Silva|P]];OCW;[[l.moreiradasilva@minocw.nl|E]];[[06 1287 4450|T]]\n")
    eml = ("From: [[Luana Moreira da Silva|P]] <[[l.moreiradasilva@minocw.nl|E]]>\nTo: klankbordgroep\n"
           "Subject: Uitnodiging 19 februari\n\nBeste allen, graag tot woensdag. Bel bij vragen [[Marco Ferreira|P]] "
           "op [[06 3322 1180|T]].\n")
    annots = [{"type": "file", "page": 0, "rect": [540, 760, 556, 780], "name": "deelnemers.csv", "data": plain(csv),
               "marked": csv, "mime": "text/csv", "contents": "Deelnemerslijst", "desc": "Deelnemerslijst"},
              {"type": "link", "page": 0, "rect": [50, 560, 300, 575], "uri": "mailto:[[l.moreiradasilva@minocw.nl|E]]"}]
    attach = [{"name": "uitnodiging.eml", "data": plain(eml), "marked": eml, "mime": "message/rfc822",
               "desc": "Uitnodiging van [[L. Moreira da Silva|P=Luana Moreira da Silva]]"}]
    d.t(attach[0]["desc"], "raw")
    finish(src, d, info={"Title": "Verslag klankbordgroep Leesoffensief"}, annots=annots, attach=attach)
    return d


# ------------------------------------------------------------------------------------------
# z23 black box over live text, white text, text under an image
# ------------------------------------------------------------------------------------------
@doc("z23")
def z23():
    d = Doc("z23", "earlier 'redaction' by drawn black boxes over live text, white text, text under a logo image",
            "reportlab")
    from reportlab.lib.units import mm
    boxed = "[[Jurgen Schäfer|P]]"
    white = "Intern: dossier aangelegd door [[Ayaan Warsame|P]], [[a.warsame@uwv.nl|E]], [[06 5521 3390|T]]."
    under = "Contact: [[Priscilla Statia-Mathilda|P]] [[06 1033 2917|T]]"

    def after_page(c, doc):
        if doc.page != 1:
            return
        c.saveState()
        c.setFillColorRGB(1, 1, 1)
        c.setFont("DejaVu", 6)
        c.drawString(20 * mm, 14 * mm, plain(white))
        c.setFillColorRGB(0, 0, 0)
        c.setFont("DejaVu", 9)
        c.drawString(120 * mm, 282 * mm, plain(under))
        from reportlab.lib.utils import ImageReader
        from PIL import Image, ImageDraw
        im = Image.new("RGB", (600, 60), (31, 78, 121))
        ImageDraw.Draw(im).text((12, 18), "UWV  werkbedrijf", fill=(255, 255, 255))
        c.drawImage(ImageReader(im), 118 * mm, 278 * mm, width=80 * mm, height=10 * mm)
        c.restoreState()

    d.t(white)
    d.t(under)
    blocks = [
        ("space", 20),
        ("h1", "Rapportage re-integratie (geanonimiseerde versie)"),
        ("p", "{{UWV|ACRONYM}} {{WERKbedrijf|ORG}} - regio {{Zuid-Limburg|PLACE}} - dossier 44120"),
        ("p", f"Cliënt: {boxed}, geboren 3 mei 1979, BSN [[{bsn(2301)}|B]]."),
        ("p", "De arbeidsdeskundige, [[Edsel Petronia|P]], sprak op 12 februari met cliënt en zijn werkgever "
              "{{DSM-Firmenich|ORG}} in {{Geleen|PLACE}}. Cliënt werkt 20 uur in aangepast werk. De "
              "{{bedrijfsarts|ROLE}}, [[dr. Marleen Kessels|P]], adviseert opbouw naar 28 uur."),
        ("p", "Er is een {{Wajong|LAW}}-beoordeling gedaan; cliënt valt onder de {{Wet WIA|LAW}}. Het "
              "{{Werkgeversservicepunt Zuid-Limburg|ORG}} zoekt een tweede spoor. Contact: "
              "{{wsp@uwv.nl|MAILBOX}} of {{088 898 9294|SWITCHBOARD}}."),
        ("p", "Volgende evaluatie: 1 juni 2025, door [[Petronia|P=Edsel Petronia]]."),
    ]
    boxes = []

    def after(c, doc):
        after_page(c, doc)

    src = rl_pdf(d, blocks, after_page=after, footer="{{UWV|ACRONYM}} - vertrouwelijk")
    # second pass: draw black rectangles over the client's name where it was printed
    import pdfplumber
    import pikepdf
    with pdfplumber.open(str(src)) as pp:
        words = pp.pages[0].extract_words()
    tgt = [w for w in words if w["text"] in ("Jurgen", "Schäfer,")]
    pdf = pikepdf.open(str(src))
    page = pdf.pages[0]
    h = float(page.mediabox[3])
    ops = b"q 0 0 0 rg "
    for w in tgt:
        ops += f"{w['x0'] - 1:.1f} {h - w['bottom'] - 1:.1f} {w['x1'] - w['x0'] + 2:.1f} {w['bottom'] - w['top'] + 2:.1f} re f ".encode()
    ops += b"Q"
    page.contents_add(pdf.make_stream(ops), prepend=False)
    out = WORK / "z23.box.pdf"
    pdf.save(str(out))
    boxes.append(len(tgt))
    d.notes.append(f"black boxes drawn over {len(tgt)} words")
    finish(out, d, info={"Author": "[[Edsel Petronia|P]]"})
    return d


# ------------------------------------------------------------------------------------------
# z24 hearing report with speaker labels, two columns, Ghostscript
# ------------------------------------------------------------------------------------------
@doc("z24")
def z24():
    d = Doc("z24", "hearing report (bezwaar) with speaker labels, two columns, re-distilled", "reportlab -> Ghostscript")
    blocks = [
        ("h1", "Verslag hoorzitting bezwaarschriftencommissie"),
        ("p", "{{Gemeente Leeuwarden|ORG}} - kamer {{Sociaal Domein|ORG}} - 25 februari 2025, 10.00 uur, "
              "{{Stadhuis|ORG}}, {{Hofplein 38|ADDRESS_ORG}}"),
        ("p", "Aanwezig: mr. [[A.B. Kuipers-Twijnstra|P=Anke Kuipers-Twijnstra]] (voorzitter), [[Rintje Bosma|P]] "
              "(lid), [[Sharlon Isenia|P]] (secretaris); bezwaarmaker [[Wietse Yntema|P]] met zijn gemachtigde "
              "mr. [[Quirine Hofstra|P]] ({{Het Juridisch Loket|ORG}}); namens het college [[Aukje Postma|P]] "
              "({{klantmanager|ROLE}})."),
        ("h2", "Onderwerp"),
        ("p", "Bezwaar tegen de terugvordering van bijstand ({{Participatiewet|LAW}}), besluit van 9 december 2024."),
        ("h2", "Verloop"),
        ("p", "Voorzitter: Welkom. De commissie is onafhankelijk en adviseert het college."),
        ("p", "[[Hofstra|P=Quirine Hofstra]]: Mijn cliënt wist niet dat de giften van zijn moeder, mevrouw "
              "[[Yntema-de Vries|P=Gerbrich Yntema-de Vries]], gemeld moesten worden. Het ging om boodschappen."),
        ("p", "[[Yntema|P=Wietse Yntema]]: Ze kocht soms eten voor de kinderen, [[Sytske|P=Sytske Yntema]] en "
              "[[Bauke|P=Bauke Yntema]]. Ik heb nooit geld op mijn rekening gekregen."),
        ("p", "[[Postma|P=Aukje Postma]]: Uit de bankafschriften blijkt dat er maandelijks € 300 werd overgemaakt "
              "van rekening [[" + iban("INGB", 2401) + "|N]]. Dat is de rekening van zijn moeder."),
        ("p", "[[Bosma|P=Rintje Bosma]]: Is er overleg geweest met {{Schuldhulpmaatje|ORG}}?"),
        ("p", "[[Yntema|P=Wietse Yntema]]: Ja, met [[Jan-Willem van Ommen|P]]. Hij heeft ook de {{Belastingdienst|ORG}} gebeld."),
        ("p", "[[Postma|P=Aukje Postma]]: Het college heeft rekening gehouden met de {{Wet terugvordering|LAW}}- "
              "beleidsregels en de {{hardheidsclausule|TERM}} overwogen."),
        ("h2", "Afsluiting"),
        ("p", "De voorzitter sluit om 10.52 uur. Het advies volgt binnen vier weken. Wethouder {{Sybrand Buma|PUBLIC}} "
              "(voorheen burgemeester) is als portefeuillehouder niet aanwezig; bedoeld is wethouder "
              "{{Abe Brouwer|PUBLIC}}."),
        ("small", "Verslag: [[S. Isenia|P=Sharlon Isenia]] - {{bezwaar@leeuwarden.nl|MAILBOX}} - {{14 058|SWITCHBOARD}}"),
    ]
    src = rl_pdf(d, blocks, columns=2, font="Times-Roman", size=10.5,
                 header="{{Bezwaarschriftencommissie Leeuwarden|ORG}} - zaak BZ-2025-0071")
    gs = ghostscript(src)
    finish(gs, d, info={"Author": "[[Sharlon Isenia|P]]", "Title": "Verslag hoorzitting BZ-2025-0071"})
    return d


# ------------------------------------------------------------------------------------------
# fpdf2
# ------------------------------------------------------------------------------------------
@doc("z25")
def z25():
    d = Doc("z25", "Woo inventory landscape table with narrow cells, outline, embedded csv", "fpdf2")
    pdf = fpdf_doc(landscape=True)
    pdf.set_author(plain(d.t("[[Zahra Ahmadzai|P]]", "metadata")))
    pdf.add_page()
    pdf.start_section(d.t("Inventarislijst Woo-besluit deelnemingen", "outline"))
    rows = [["Nr", "Datum", "Soort", "Omschrijving", "Van", "Aan", "Oordeel", "Grond", "Opmerking"]]
    data = [("11-04-2024", "e-mail", "Vragen over dividend {{Schiphol Group|ORG}}", "[[Ahmadzai, Z.|P=Zahra Ahmadzai]]",
             "[[Noorzai, F.|P=Farid Noorzai]]", "deels", "5.1.2e", ""),
            ("12-04-2024", "nota", "Nota aan minister {{Heinen|PUBLIC}}", "[[Noorzai, F.|P=Farid Noorzai]]",
             "{{minister van Financiën|ROLE}}", "deels", "5.1.2e, 5.2.1", ""),
            ("15-04-2024", "e-mail", "Reactie {{NS|ACRONYM}} op aandeelhoudersbrief", "[[Maria João Carvalho Pereira|P]] ({{NS|ACRONYM}})",
             "[[Ahmadzai, Z.|P=Zahra Ahmadzai]]", "deels", "5.1.2e", "bedrijfsgegevens weggelakt"),
            ("19-04-2024", "verslag", "Overleg {{TenneT|ORG}} kapitaalstorting", "[[Blom, W.|P=Wouter Blom]]",
             "[[Groot, B. de|P=Bas de Groot]]", "deels", "5.1.2e, 5.1.2i", ""),
            ("22-04-2024", "brief", "Brief aan de {{Tweede Kamer|ORG}}", "{{minister Heinen|PUBLIC}}",
             "{{Tweede Kamer|ORG}}", "openbaar", "", "reeds openbaar"),
            ("25-04-2024", "app", "Berichten DG-{{FIN|ACRONYM}}", "[[Wouter Blom|P]]", "[[Zahra Ahmadzai|P]]",
             "deels", "5.1.2e", "mobiel nr."),
            ("02-05-2024", "e-mail", "Fw: vraag lid {{Dijk|PUBLIC}} ({{SP|ORG}})", "[[Farid Noorzai|P]]",
             "{{postbus-deelnemingen@minfin.nl|MAILBOX}}", "deels", "5.1.2e", "")]
    for i, r in enumerate(data):
        rows.append([str(i + 1)] + list(r))
    fpdf_blocks(d, pdf, [("h1", "Inventarislijst Woo-besluit 2024-0551"),
                         ("p", "{{Ministerie van Financiën|ORG}} - {{Directie Financieringen|ORG}} - "
                               "{{Wet open overheid|LAW}}"),
                         ("table", rows, (8, 20, 14, 48, 34, 34, 14, 18, 30))])
    pdf.start_section(d.t("Toelichting ([[Z. Ahmadzai|P=Zahra Ahmadzai]])", "outline"))
    fpdf_blocks(d, pdf, [("p", "Toelichting: namen van medewerkers van staatsdeelnemingen zijn weggelakt, ook die "
                               "van [[Carvalho Pereira|P=Maria João Carvalho Pereira]]. Namen van bewindspersonen en "
                               "Kamerleden blijven staan. Behandelaar: [[Zahra Ahmadzai|P]], "
                               "[[z.ahmadzai@minfin.nl|E]].")])
    csv = ("nr;van;aan\n1;[[Zahra Ahmadzai|P]];[[Farid Noorzai|P]]\n3;[[Maria João Carvalho Pereira|P]];"
           "[[Zahra Ahmadzai|P]]\n")
    pdf.embed_file(basename="inventaris.csv", bytes=plain(csv).encode("utf-8"), desc="inventaris",
                   compress=False, creation_date=_dt(), modification_date=_dt())
    d.t(csv, "raw")
    out = WORK / "z25.fpdf.pdf"
    pdf.output(str(out))
    finish(out, d, info={"Author": "[[Zahra Ahmadzai|P]]"})
    return d


@doc("z26")
def z26():
    d = Doc("z26", "decision letter to a private person with a text annotation and mailto link", "fpdf2")
    pdf = fpdf_doc()
    pdf.add_page()
    fpdf_blocks(d, pdf, [
        ("p", "{{Dienst Uitvoering Onderwijs|ORG}}\nPostbus 50061, {{9702 AB Groningen|ADDRESS_ORG}}"),
        ("p", "[[Mevrouw S.M. Abdullahi|P=Sahra Abdullahi]]\n[[Paterswoldseweg 440|A]]\n[[9728 BZ Groningen|A]]"),
        ("p", "Datum: 3 maart 2025\nBetreft: kwijtschelding studieschuld (kenmerk 7719 2210)"),
        ("p", "Geachte mevrouw [[Abdullahi|P=Sahra Abdullahi]],"),
        ("p", "U heeft ons gevraagd uw studieschuld kwijt te schelden vanwege langdurige arbeidsongeschiktheid. "
              "Wij hebben uw aanvraag beoordeeld op grond van de {{Wet studiefinanciering 2000|LAW}}. Uw aanvraag "
              "wordt toegewezen. Het restant van € 18.412 wordt per 1 april 2025 kwijtgescholden."),
        ("p", "U gaf toestemming om informatie op te vragen bij uw behandelaar in het {{UMCG|ACRONYM}}, "
              "[[dr. Abena Owusu|P]]. Uw zus, [[Ifrah Abdullahi|P]], was bij het telefoongesprek aanwezig."),
        ("p", "Heeft u vragen? Bel {{050 599 77 55|SWITCHBOARD}} of kijk op {{duo.nl|WEB}}. Uw vaste contactpersoon is "
              "[[Gerben Hoekstra|P]] ([[g.hoekstra@duo.nl|E]])."),
        ("p", "Met vriendelijke groet,\n\n[[drs. G. Hoekstra|P=Gerben Hoekstra]]\n{{teamleider Bijzondere Dossiers|ROLE}}"),
        ("small", "Bezwaar: stuur binnen zes weken een brief aan {{DUO|ACRONYM}}, afdeling {{Bezwaar en Beroep|ORG}}."),
    ])
    pdf.text_annotation(x=180, y=20, text=d.t("Naam zus weghalen? - [[GH|I=Gerben Hoekstra]] / [[Wopke Dam|P]]", "annotations"),
                        title=d.t("[[Wopke Dam|P]]", "annotations"))
    pdf.link(x=30, y=180, w=60, h=6, link=d.t("mailto:[[g.hoekstra@duo.nl|E]]", "annotations"))
    pdf.set_author(d.t("[[Gerben Hoekstra|P]]", "metadata"))
    out = WORK / "z26.fpdf.pdf"
    pdf.output(str(out))
    finish(out, d, info={"Author": "[[Gerben Hoekstra|P]]", "Subject": "Kwijtschelding [[Abdullahi|P=Sahra Abdullahi]]"})
    return d


# ------------------------------------------------------------------------------------------
# scans
# ------------------------------------------------------------------------------------------
def _lines(x, y, texts, fnt="serif", size=11, step=6.2):
    out = []
    for t in texts:
        if t:
            out.append((x, y, t, fnt, size))
        y += step
    return out


@doc("z27")
def z27():
    d = Doc("z27", "scanned signed letter: handwritten signature and paraph", "PIL scan 250 dpi", scan=True)
    items = _lines(20, 20, ["Gemeente Zwolle", "Postbus 10007, 8000 GA Zwolle"], "sansb", 12)
    items += _lines(20, 50, ["De heer M. van der Meulen", "Thorbeckegracht 21", "8011 VM Zwolle"])
    items += _lines(20, 50, ["", "", "", ""])
    items = [(x, y, t, f, s) for x, y, t, f, s in items]
    # mark personal lines
    items[2] = (20, 50, "[[De heer M. van der Meulen|P=Maarten van der Meulen]]", "serif", 11)
    items[3] = (20, 56.2, "[[Thorbeckegracht 21|A]]", "serif", 11)
    items[4] = (20, 62.4, "[[8011 VM Zwolle|A]]", "serif", 11)
    items += _lines(20, 85, ["Datum: 17 februari 2025", "Onderwerp: uw melding over geluidsoverlast"])
    items += _lines(20, 105, [
        "Geachte heer [[Van der Meulen|P=Maarten van der Meulen]],",
        "",
        "Op 2 februari meldde u geluidsoverlast van een horecazaak. Toezichthouder",
        "[[Jeroen Bakker|P]] heeft op 8 en 15 februari metingen verricht. De normen",
        "uit het Activiteitenbesluit werden niet overschreden. Burgemeester Snijders",
        "heeft de exploitant wel gevraagd de deuren gesloten te houden.",
        "",
        "Voor vragen kunt u bellen met [[Jeroen Bakker|P]], telefoon [[06 1020 3344|T]].",
        "",
        "Met vriendelijke groet,",
        "namens de burgemeester van Zwolle,",
    ])
    items.append((22, 180, "[[Anouk van Dam|P=Anouk van Dam-Terpstra]]", "hand", 26, "scribble"))
    items += _lines(20, 205, ["[[A. van Dam-Terpstra|P=Anouk van Dam-Terpstra]]", "teamleider Toezicht en Handhaving"])
    items.append((170, 270, "[[AvD|I=Anouk van Dam-Terpstra]]", "hand", 20, "ink"))
    items += _lines(20, 282, ["Paraaf:"], "sans", 8)
    pdf = scan_pages(d, [items], dpi=250, angle=0.5, seed=27)
    finish(pdf, d, keep_info=())
    return d


@doc("z28")
def z28():
    d = Doc("z28", "scanned paper form (melding openbare ruimte) filled in by a resident", "PIL scan 200 dpi", scan=True)
    items = _lines(20, 18, ["MELDINGSFORMULIER OPENBARE RUIMTE", "Gemeente Súdwest-Fryslân"], "sansb", 13, 8)
    rows = [("Naam melder:", "[[Baukje Wijnia-Terpstra|P]]"), ("Adres:", "[[Singel 61|A]], [[8601 AG Sneek|A]]"),
            ("Telefoon:", "[[06 4820 1193|T]]"), ("E-mail:", "[[baukje.wijnia@hotmail.com|E]]"),
            ("Locatie:", "Oosterdijk, bij de brug"), ("Melding:", "Losliggende stoeptegels, mijn buurman"),
            ("", "[[Hendrik Tjalma|P]] is gevallen."), ("Datum:", "9 maart 2025")]
    y = 45
    for lab, val in rows:
        if lab:
            items.append((20, y, lab, "sans", 10))
        items.append((62, y, val, "mono", 11))
        items.append((60, y + 5.5, 185, "line", 0))
        y += 10
    items += _lines(20, 140, ["In te vullen door de gemeente:", "Behandeld door: [[S. Dijkstra|P=Sjoukje Dijkstra]]",
                              "Zaaknummer: MOR-2025-1187"], "sans", 10, 7)
    pdf = scan_pages(d, [items], dpi=200, angle=-0.8, seed=28)
    finish(pdf, d, keep_info=())
    return d


@doc("z29")
def z29():
    d = Doc("z29", "scanned printout of an Outlook e-mail (300 dpi, rotated)", "PIL scan 300 dpi", scan=True)
    items = _lines(18, 20, ["[[Ratna Wijayakusuma|P]]"], "sansb", 13)
    items += _lines(18, 32, [
        "Van:        [[Wijayakusuma, Ratna|P=Ratna Wijayakusuma]]",
        "Verzonden:  vrijdag 24 januari 2025 17:03",
        "Aan:        [[Prasetyo, Bambang|P=Bambang Prasetyo]]",
        "CC:         [[Gerrit Dam|P]]",
        "Onderwerp:  RE: baggerwerk Vaartsche Rijn",
    ], "sans", 10, 5.6)
    items += _lines(18, 70, [
        "Hoi [[Bambang|P=Bambang Prasetyo]],",
        "",
        "Gedeputeerde Sterk wil maandag een update. Kun jij de planning van",
        "de aannemer sturen? [[Gerrit|P=Gerrit Dam]] belt de aannemer zelf.",
        "",
        "Groet, [[Ratna|P=Ratna Wijayakusuma]]",
        "",
        "[[Ratna Wijayakusuma|P]] | teamleider Juridische Zaken",
        "Provincie Utrecht | M [[06 3019 4472|T]]",
        "[[ratna.wijayakusuma@provincie-utrecht.nl|E]]",
    ], "sans", 10.5, 6)
    items += _lines(18, 150, ["1"], "sans", 8)
    pdf = scan_pages(d, [items], dpi=300, angle=1.1, seed=29, noise=8)
    finish(pdf, d, keep_info=())
    return d


@doc("z30")
def z30():
    d = Doc("z30", "scanned attendance list with handwritten names and signatures (2 pages)", "PIL scan 200 dpi", scan=True)
    people = [("[[Sietse Hiemstra|P]]", "Wetterskip Fryslân"), ("[[Trijntje Zwart|P]]", "bewoner"),
              ("[[Ahmad Al-Rifai|P]]", "bewoner"), ("[[Grietje de Boer|P]]", "Dorpsbelang"),
              ("[[Eelke Wijbenga|P]]", "bewoner"), ("[[Marjan Kooistra|P]]", "Provincie")]
    pages = []
    for pg in range(2):
        items = _lines(20, 18, ["PRESENTIELIJST INLOOPAVOND DIJKVERSTERKING", f"Zoutkamp, 4 maart 2025 - blad {pg + 1}"],
                       "sansb", 12, 8)
        items += [(20, 42, "Naam", "sansb", 10), (85, 42, "Organisatie", "sansb", 10), (140, 42, "Handtekening", "sansb", 10)]
        y = 52
        for i, (n, org) in enumerate(people[pg * 3:(pg + 1) * 3]):
            items.append((20, y, n, "mono", 12))
            items.append((85, y, org, "mono", 11))
            items.append((140, y - 4, n.split("|")[0] + "|P]]", "hand", 22, "scribble"))
            items.append((18, y + 12, 190, "line", 0))
            y += 22
        pages.append(items)
    pdf = scan_pages(d, pages, dpi=200, angle=0.9, seed=30)
    finish(pdf, d, keep_info=())
    return d


@doc("z31")
def z31():
    d = Doc("z31", "scanned typed memo with paraph route in the margin (fax quality)", "PIL scan 200 dpi", scan=True)
    items = _lines(20, 20, ["MEMO", "", "Aan:   directeur Veiligheid",
                            "Van:   [[J.P. Verhagen|P=Johan Verhagen]], afdeling Crisisbeheersing",
                            "Datum: 28 november 2024", "Betr.: oefening Waterproef"], "mono", 11, 6.5)
    items += _lines(20, 70, [
        "De oefening met Rijkswaterstaat en de Veiligheidsregio is goed verlopen.",
        "[[Mevrouw El Amrani|P=Nadia El Amrani]] (Waterschap) leidde het",
        "actiecentrum; [[Kees Visser|P]] verzorgde de verslaglegging.",
        "Knelpunt: de verbinding met het NL-Alert-systeem viel 20 min uit.",
        "Voorstel: herhaling in juni, met [[Visser|P=Kees Visser]] als evaluator.",
    ], "mono", 11, 6.5)
    items += _lines(20, 120, ["Paraafroute:"], "mono", 10)
    items.append((22, 128, "[[JPV|I=Johan Verhagen]]", "hand", 18, "ink"))
    items.append((50, 128, "[[NEA|I=Nadia El Amrani]]", "hand", 18, "ink"))
    items += _lines(20, 142, ["Tel. [[06 5512 0987|T]] ([[Verhagen|P=Johan Verhagen]], bereikbaar tijdens oefening)"], "mono", 10)
    pdf = scan_pages(d, [items], dpi=200, angle=-0.6, seed=31, noise=14, blur=0.7)
    finish(pdf, d, keep_info=())
    return d
