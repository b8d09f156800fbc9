"""Set BP, documents bp15-bp22: hearing invitation and advice, chat, RIB with notes, form, motion,
college reaction to the rekenkamer, objection by a lawyer."""
from kit import *  # noqa: F401,F403
from reportlab.platypus import Frame


def _letter_side(lines, name_top="Gemeente Hof van Twente", color="#006b3f", font="Times-Roman"):
    bold = {"Times-Roman": "Times-Bold", "Helvetica": "Helvetica-Bold"}.get(font, font + "-Bold")

    def _f(c, d):
        c.saveState()
        c.setFont(bold, 16)
        c.setFillColor(colors.HexColor(color))
        c.drawString(20 * mm, 278 * mm, name_top)
        c.setFillColor(colors.black)
        if c.getPageNumber() == 1:
            y = 245 * mm
            for lab, val in lines:
                if lab:
                    c.setFont(bold, 7.5)
                    c.drawString(152 * mm, y, lab)
                c.setFont(font, 7.5)
                c.drawString(152 * mm, y - 3.3 * mm, val)
                y -= 8.5 * mm if lab else 4 * mm
        c.setFont(font, 7)
        c.drawRightString(190 * mm, 12 * mm, f"pagina {c.getPageNumber()}")
        c.restoreState()
    return _f


# ------------------------------------------------------------------ bp15 invitation to a hearing
def bp15(path):
    F = "Times-Roman"
    b = st(F, 10.5, 14.5, space=7)
    side = [("Bezoekadres", "Marktstraat 1, Goor"), ("Postadres", "Postbus 54, 7470 AB Goor"),
            ("Telefoon", "14 0547"), ("E-mail", "info@hofvantwente.nl"), ("", ""),
            ("Behandeld door", "mr. Femke Heuvelink"), ("Telefoon direct", "0547 - 85 81 62"),
            ("E-mail", "f.heuvelink@hofvantwente.nl"), ("", ""), ("Ons kenmerk", "2025/0412-BZ"),
            ("Verzonden", "16 september 2025")]
    story = [
        Spacer(1, 28 * mm),
        P("Aangetekend en per gewone post<br/>De heer K.J. Wildeboer<br/>Deldenerstraat 41<br/>7471 AC Goor", b),
        Spacer(1, 10),
        P("<b>Onderwerp</b>: uitnodiging hoorzitting bezwaar tegen last onder dwangsom (schuur achtererf)", b),
        P("Geachte heer Wildeboer,", b),
        P("U heeft op 2 juli 2025, via uw gemachtigde mr. Y. Draaisma van Twentse Rechtshulp, bezwaar "
          "gemaakt tegen het besluit van 28 mei 2025 waarbij het college u een last onder dwangsom heeft "
          "opgelegd. De commissie bezwaarschriften nodigt u uit voor een hoorzitting op:", b),
        P("<b>woensdag 8 oktober 2025 om 14.30 uur</b><br/>Gemeentehuis Goor, Marktstraat 1, vergaderzaal De Regge", b),
        P("Op de hoorzitting kunt u uw bezwaar mondeling toelichten. Ook het college is uitgenodigd; namens "
          "het college zal de heer Mulderij van team Vergunningen, Toezicht en Handhaving aanwezig zijn. "
          "Wij hebben ook uw buurman, de heer E. Stoelinga, als belanghebbende uitgenodigd (artikel 7:2 "
          "Algemene wet bestuursrecht).", b),
        P("De stukken liggen vanaf 24 september ter inzage. Wilt u vooraf laten weten of u komt? Dat kan "
          "bij mij, telefonisch of per e-mail, of via bezwaar@hofvantwente.nl.", b),
        P("Met vriendelijke groet,<br/>namens de commissie bezwaarschriften,", b),
        Spacer(1, 16),
        P("mr. F. Heuvelink<br/>secretaris", b),
        Spacer(1, 8),
        P("Afschrift: mr. Y. Draaisma, Twentse Rechtshulp, Grotestraat 120, Almelo", st(F, 8.5, 11)),
    ]
    fr = [Frame(20 * mm, 20 * mm, 125 * mm, 252 * mm, id="f")]
    build(path, story, onpage=_letter_side(side), frames=fr, title="Uitnodiging hoorzitting 2025/0412",
          author="F. Heuvelink")
    red = [R("PERSON", "Femke Heuvelink", "Femke Heuvelink", "F. Heuvelink"), R("PHONE", "0547 - 85 81 62"),
           R("EMAIL", "f.heuvelink@hofvantwente.nl"), R("PERSON", "K.J. Wildeboer", "K.J. Wildeboer", "Wildeboer"),
           R("ADDRESS", "Deldenerstraat 41", "Deldenerstraat 41", "7471 AC"),
           R("PERSON", "Y. Draaisma", "Y. Draaisma"), R("PERSON", "Mulderij", "Mulderij"),
           R("PERSON", "E. Stoelinga", "E. Stoelinga")]
    keep = [K("ORG", "Gemeente Hof van Twente"), K("ADDRESS_PUBLIC", "Marktstraat 1"), K("PLACE", "Goor"),
            K("ADDRESS_PUBLIC", "Postbus 54"), K("PHONE_PUBLIC", "14 0547"), K("MAILBOX", "info@hofvantwente.nl"),
            K("MAILBOX", "bezwaar@hofvantwente.nl"), K("REF", "2025/0412-BZ"), K("ORG", "Twentse Rechtshulp"),
            K("ORG", "team Vergunningen, Toezicht en Handhaving"), K("LAW", "Algemene wet bestuursrecht"),
            K("PLACE", "Almelo"), K("ADDRESS_PUBLIC", "Grotestraat 120"), K("DATE", "8 oktober 2025"),
            K("FUNCTION", "secretaris")]
    return {"red": red, "keep": keep}


# ------------------------------------------------------------------ bp16 advice of the bezwaarcommissie (docx, 2 p.)
def bp16(path):
    from docx.shared import Pt
    from docx.enum.text import WD_BREAK
    d = new_docx("Liberation Serif", 11)
    d.sections[0].header.paragraphs[0].text = "Commissie bezwaarschriften Hof van Twente - advies 2025/0412"
    d.sections[0].footer.paragraphs[0].text = "Advies aan het college van burgemeester en wethouders van Hof van Twente"
    p = d.add_paragraph()
    r = p.add_run("ADVIES")
    r.bold = True
    r.font.size = Pt(18)
    d.add_paragraph("inzake het bezwaar van K.J. Wildeboer, Deldenerstraat 41 te Goor, tegen het besluit van 28 mei "
                    "2025 (kenmerk VTH-2025-1187), last onder dwangsom.")
    d.add_heading("1. Procesverloop", level=2)
    d.add_paragraph("Het bezwaarschrift is op 2 juli 2025 ontvangen, ingediend door mr. Y. Draaisma namens "
                    "bezwaarde. Op 8 oktober 2025 heeft een hoorzitting plaatsgevonden. Daarbij waren aanwezig: "
                    "de heer Wildeboer en zijn gemachtigde; namens het college de heer S. Mulderij; als "
                    "belanghebbende de heer Evert Stoelinga. De commissie bestond uit mr. A.G. Nijhuis-Ten Dam "
                    "(voorzitter), R. Olde Rikkert en H. Kortbeek (leden); secretaris was mr. F. Heuvelink.")
    d.add_heading("2. Feiten", level=2)
    d.add_paragraph("Bezwaarde heeft op zijn achtererf een schuur van 48 m² gebouwd. Volgens de heer "
                    "Wildeboer staat de schuur er sinds 1998, wat zou blijken uit luchtfoto's. De heer "
                    "Stoelinga, die naast bezwaarde woont, stelt dat de schuur in 2023 is vergroot. Op een "
                    "vraag van de voorzitter verklaarde de heer Mulderij dat in het archief geen "
                    "omgevingsvergunning is gevonden.")
    d.add_paragraph("Ter zitting kwam ook aan de orde dat bezwaarde in 2021 is veroordeeld wegens "
                    "bedreiging van de heer Stoelinga. De commissie betrekt dit niet bij haar oordeel.")
    d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    d.add_heading("3. Beoordeling", level=2)
    d.add_paragraph("Ingevolge artikel 5.1 van de Omgevingswet is het verboden zonder omgevingsvergunning een "
                    "bouwactiviteit te verrichten. Het college is bevoegd handhavend op te treden (artikel "
                    "5:32 Awb). Het beroep op het gelijkheidsbeginsel slaagt niet: het door mr. Draaisma "
                    "genoemde geval aan de Hengevelderstraat 14 verschilt wezenlijk. De commissie acht wel "
                    "van belang dat de begunstigingstermijn van zes weken te kort is, gelet op de "
                    "gezondheid van bezwaarde (hartfalen, opname in ZGT Almelo in augustus 2025).")
    d.add_heading("4. Advies", level=2)
    d.add_paragraph("De commissie adviseert het college het bezwaar ongegrond te verklaren, met dien verstande "
                    "dat de begunstigingstermijn wordt verlengd tot zes maanden. De commissie ziet geen "
                    "aanleiding voor vergoeding van proceskosten.")
    d.add_paragraph("Goor, 29 oktober 2025")
    d.add_paragraph("mr. A.G. Nijhuis-Ten Dam, voorzitter\t\tmr. F. Heuvelink, secretaris")
    d.core_properties.author = "Femke Heuvelink"
    save_docx_pdf(d, path)
    red = [R("PERSON", "K.J. Wildeboer", "K.J. Wildeboer", "Wildeboer"),
           R("ADDRESS", "Deldenerstraat 41", "Deldenerstraat 41"), R("PERSON", "Y. Draaisma", "Y. Draaisma", "Draaisma"),
           R("PERSON", "S. Mulderij", "S. Mulderij", "Mulderij"), R("PERSON", "Evert Stoelinga", "Evert Stoelinga", "Stoelinga"),
           R("PERSON", "A.G. Nijhuis-Ten Dam", "Nijhuis-Ten Dam"), R("PERSON", "R. Olde Rikkert", "Olde Rikkert"),
           R("PERSON", "H. Kortbeek", "Kortbeek"), R("PERSON", "F. Heuvelink", "F. Heuvelink"),
           R("CRIMINAL", "veroordeling bedreiging", "veroordeeld wegens bedreiging"),
           R("HEALTH", "hartfalen", "hartfalen", "opname in ZGT Almelo"),
           R("PERSON", "Femke Heuvelink (Info /Author)", "Femke Heuvelink", ch="metadata")]
    keep = [K("PLACE", "Goor"), K("REF", "VTH-2025-1187"), K("LAW", "Omgevingswet"), K("LAW", "Awb"),
            K("STREET", "Hengevelderstraat"), K("ORG", "Commissie bezwaarschriften Hof van Twente"),
            K("DATE", "8 oktober 2025"), K("CASE", "2025/0412"), K("FUNCTION", "voorzitter")]
    return {"red": red, "keep": keep}


# ------------------------------------------------------------------ bp17 chat export of a council group (first names)
def bp17(path):
    F = "LiberationSans"
    b = st(F, 9, 12, space=2)
    me = st(F, 9, 12, space=2, indent=40 * mm)
    msgs = [
        ("12-11-25 20:02", "Sanne Oosterhuis", "Hoi allemaal, de sprekerslijst voor donderdag staat. 3 insprekers bij de Pathmos-sloop."),
        ("12-11-25 20:03", "Sanne Oosterhuis", "Eerste is mevr. Gerda Nijhof-Assink van de Pathmosweg, die heeft vorig jaar ook ingesproken"),
        ("12-11-25 20:05", "Bram Wiegersma", "Gerda is die van de rollator toch? Dan moeten we zorgen dat de lift het doet"),
        ("12-11-25 20:06", "Eva Drenth", "Raadslid Drenth hier: ik wil haar vooraf even bellen. Heeft iemand haar nummer?"),
        ("12-11-25 20:08", "Sanne Oosterhuis", "06 40 12 77 85 (van het aanmeldformulier, niet doorsturen pls)"),
        ("12-11-25 20:11", "Bram Wiegersma", "Tweede is Hamza, die jongen van de jongerenraad. Achternaam El Idrissi geloof ik"),
        ("12-11-25 20:12", "Sanne Oosterhuis", "Klopt, Hamza el Idrissi. En als derde iemand van Domijn, Wilco Brinkers"),
        ("12-11-25 20:15", "Eva Drenth", "Ok. Wethouder Van Agteren komt ook, hij heeft het dossier van wethouder Kerkhof overgenomen"),
        ("12-11-25 20:17", "Bram Wiegersma", "Sanne, kun jij de spreektekst van Gerda uitprinten? Ze stuurde hem naar fractie@d66enschede.nl"),
        ("12-11-25 20:18", "Sanne Oosterhuis", "Doe ik. Bram, jij haalt Wilco op bij de ingang Langestraat?"),
        ("12-11-25 20:20", "Bram Wiegersma", "Yes. Morgen 18.30 voorbespreking in kamer 1.12, burgemeester Van Agteren? nee sorry, burgemeester Van Veldhuizen zit voor"),
        ("12-11-25 20:21", "Eva Drenth", "haha. Tot morgen!"),
    ]
    story = [P("WhatsApp-chat met Fractie D66 Enschede (export)", st(F, 11, 14, bold=True)),
             P("Geëxporteerd op 3 december 2025 ten behoeve van Woo-verzoek 2025-0188; deelnemers: 3", st(F, 8, 10, italic=True)),
             Spacer(1, 6)]
    for t, who, txt in msgs:
        story.append(P(f"<font color='#666666'>[{t}]</font> <b>{who}</b>: {txt}", me if who == "Sanne Oosterhuis" else b))
    story.append(Spacer(1, 8))
    story.append(P("&lt;Bijlage weggelaten: spreektekst-gerda-pathmos.docx&gt;", st(F, 8, 10, italic=True)))
    build(path, story, margins=(15 * mm, 15 * mm, 15 * mm, 15 * mm), title="WhatsApp export",
          onpage=footer("Woo 2025-0188 - document 7", font="LiberationSans"), author="export")
    red = [R("PERSON", "Sanne Oosterhuis", "Sanne Oosterhuis", "Sanne"), R("PERSON", "Bram Wiegersma", "Bram Wiegersma", "Bram"),
           R("PERSON", "Gerda Nijhof-Assink", "Gerda Nijhof-Assink", "Gerda", "gerda"),
           R("HEALTH", "rollator", "rollator"), R("PHONE", "06 40 12 77 85"),
           R("PERSON", "Hamza el Idrissi", "Hamza", "El Idrissi", "el Idrissi"),
           R("PERSON", "Wilco Brinkers", "Wilco Brinkers", "Wilco")]
    keep = [K("PERSON_PUBLIC", "raadslid Drenth", "Raadslid Drenth"), K("ORG", "Domijn"),
            K("PERSON_PUBLIC", "wethouder Van Agteren", "Wethouder Van Agteren"),
            K("PERSON_PUBLIC", "wethouder Kerkhof", "wethouder Kerkhof"),
            K("PERSON_PUBLIC", "burgemeester Van Veldhuizen", "burgemeester Van Veldhuizen"),
            K("MAILBOX", "fractie@d66enschede.nl"), K("STREET", "Pathmosweg"), K("STREET", "Langestraat"),
            K("ORG", "Fractie D66 Enschede"), K("REF", "2025-0188"), K("ORG", "jongerenraad")]
    return {"red": red, "keep": keep}


# ------------------------------------------------------------------ bp18 raadsinformatiebrief with sticky notes
def bp18(path):
    F = "Helvetica"
    b = st(F, 10, 14, space=7)
    story = [
        P("Raadsinformatiebrief", st(F, 18, 22, bold=True, color=colors.HexColor("#6d2077"))),
        tbl([["Aan", "de gemeenteraad van Almere"], ["Van", "het college van burgemeester en wethouders"],
             ["Portefeuillehouder", "burgemeester Van der Loo"], ["Datum", "14 mei 2025"],
             ["Onderwerp", "Nieuwe werkwijze spreekrecht en petities"], ["Kenmerk", "RIB-2025-0093"]],
            [40 * mm, 120 * mm], st(F, 9.5, 12, space=0), head=False),
        Spacer(1, 8),
        P("Met deze brief informeren wij u over de nieuwe werkwijze voor het spreekrecht van inwoners in "
          "de raadsvergadering en de commissies, zoals de raad die op 27 maart 2025 heeft vastgesteld in "
          "het Reglement van orde voor de vergaderingen van de raad van Almere 2025.", b),
        P("<b>Wat verandert er?</b> Inwoners kunnen zich voortaan tot 24 uur voor de vergadering aanmelden "
          "via het digitale formulier op almere.nl/spreekrecht of bij de griffie (griffie@almere.nl, "
          "036 - 539 99 11). Petities kunnen digitaal worden aangeboden via het Petitieloket. De griffie "
          "publiceert alleen de naam van de inspreker als die daar uitdrukkelijk mee instemt; in de "
          "notulen wordt anders 'een inwoner' vermeld.", b),
        P("<b>Privacy.</b> Het college heeft de Autoriteit Persoonsgegevens niet geraadpleegd, omdat er "
          "geen hoog risico is. De functionaris gegevensbescherming van de gemeente heeft een advies "
          "gegeven (FG-advies 2025-14).", b),
        P("<b>Vervolg.</b> De werkwijze wordt na een jaar geëvalueerd door de griffie samen met de "
          "werkgeverscommissie. Burgemeester Van der Loo zal de uitkomst in het presidium bespreken.", b),
        Spacer(1, 8),
        P("Het college van burgemeester en wethouders van Almere", b),
    ]
    build(path, story, onpage=footer("RIB-2025-0093  Almere"), title="RIB-2025-0093", author="Gemeente Almere")
    post(path, notes=[(0, [480, 700, 500, 720], "Desiree: kan de naam van Johan Pronk (de inspreker van maart) hier "
                        "als voorbeeld in? Graag check bij Gijs Wolters van Juridische Zaken.", "Desiree Kleinjan"),
                       (0, [480, 560, 500, 580], "FG-advies is van mr. Petra Yilmaz-Hoekman, zij wil niet genoemd worden.",
                        "Gijs Wolters")])
    red = [R("PERSON", "Desiree Kleinjan", "Desiree Kleinjan", ch="annotations"),
           R("PERSON", "Johan Pronk", "Johan Pronk", ch="annotations"),
           R("PERSON", "Gijs Wolters", "Gijs Wolters", ch="annotations"),
           R("PERSON", "Petra Yilmaz-Hoekman", "Yilmaz-Hoekman", ch="annotations")]
    keep = [K("PERSON_PUBLIC", "burgemeester Van der Loo", "Van der Loo"), K("REF", "RIB-2025-0093"),
            K("LAW", "Reglement van orde voor de vergaderingen van de raad van Almere 2025"),
            K("URL", "almere.nl/spreekrecht"), K("MAILBOX", "griffie@almere.nl"), K("PHONE_PUBLIC", "036 - 539 99 11"),
            K("ORG", "Petitieloket"), K("ORG", "Autoriteit Persoonsgegevens"), K("REF", "FG-advies 2025-14"),
            K("FUNCTION", "functionaris gegevensbescherming"), K("ORG", "werkgeverscommissie"), K("PLACE", "Almere")]
    return {"red": red, "keep": keep}


# ------------------------------------------------------------------ bp19 AcroForm: registration to speak
def bp19(path):
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle("Aanmeldformulier spreekrecht")
    c.setAuthor("Griffie Zaanstad")
    W, H = A4
    c.setFont("Helvetica-Bold", 16)
    c.setFillColor(colors.HexColor("#003e7e"))
    c.drawString(20 * mm, H - 25 * mm, "Gemeente Zaanstad - Griffie")
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(20 * mm, H - 38 * mm, "Aanmeldformulier spreekrecht commissie / raad")
    c.setFont("Helvetica", 9.5)
    c.drawString(20 * mm, H - 46 * mm, "Stuur dit formulier naar griffie@zaanstad.nl of lever het in bij het stadhuis, Stadhuisplein 100, Zaandam.")
    fields = [("naam", "Naam", "Willemijn Kaaskooper"), ("adres", "Adres", "Zuiddijk 318, 1501 CJ Zaandam"),
              ("telefoon", "Telefoon", "06 55 03 19 62"), ("email", "E-mail", "w.kaaskooper@gmail.com"),
              ("namens", "Namens (organisatie)", "Vereniging Oud-Zaandam"),
              ("vergadering", "Vergadering", "Commissie Ruimte, 6 november 2025"),
              ("onderwerp", "Onderwerp", "Bestemmingsplan Hembrugterrein"),
              ("geboortedatum", "Geboortedatum", "22-08-1961")]
    y = H - 62 * mm
    form = c.acroForm
    for name, label, val in fields:
        c.setFont("Helvetica", 10)
        c.drawString(20 * mm, y + 2 * mm, label)
        form.textfield(name=name, tooltip=label, value=val, x=80 * mm, y=y, width=105 * mm, height=7 * mm,
                       fontName="Helvetica", fontSize=10, borderColor=colors.grey, fillColor=colors.white)
        y -= 12 * mm
    c.setFont("Helvetica", 9)
    tx = ["Het spreekrecht is geregeld in artikel 12 van het Reglement van orde gemeenteraad Zaanstad.",
          "U krijgt vijf minuten. De voorzitter van de commissie, raadslid Bakkum (PvdA), kan de spreektijd beperken.",
          "Uw gegevens worden alleen gebruikt om de vergadering te organiseren (privacyverklaring griffie).",
          "Vragen? Bel de griffie: 075 - 655 36 01 (algemeen nummer) of burgemeester Hamming voor het presidium."]
    y -= 6 * mm
    for t in tx:
        c.drawString(20 * mm, y, t)
        y -= 5.5 * mm
    c.drawString(20 * mm, 15 * mm, "Formulier GR-SPR-01 versie 2025")
    c.save()
    red = [R("PERSON", "Willemijn Kaaskooper", "Willemijn Kaaskooper", ch="annotations"),
           R("ADDRESS", "Zuiddijk 318", "Zuiddijk 318", ch="annotations"),
           R("PHONE", "06 55 03 19 62", ch="annotations"), R("EMAIL", "w.kaaskooper@gmail.com", ch="annotations"),
           R("DOB", "22-08-1961", ch="annotations")]
    keep = [K("ORG", "Gemeente Zaanstad"), K("MAILBOX", "griffie@zaanstad.nl"), K("ADDRESS_PUBLIC", "Stadhuisplein 100"),
            K("PLACE", "Zaandam"), K("LAW", "Reglement van orde gemeenteraad Zaanstad"),
            K("PERSON_PUBLIC", "raadslid Bakkum", "Bakkum"), K("PHONE_PUBLIC", "075 - 655 36 01"),
            K("PERSON_PUBLIC", "burgemeester Hamming", "Hamming"), K("REF", "GR-SPR-01")]
    return {"red": red, "keep": keep}


DOCS = [("bp15_uitnodiging_hoorzitting_hofvantwente", bp15), ("bp16_advies_bezwaarcommissie_hofvantwente", bp16),
        ("bp17_chat_fractie_enschede", bp17), ("bp18_raadsinformatiebrief_almere", bp18),
        ("bp19_formulier_spreekrecht_zaanstad", bp19)]
