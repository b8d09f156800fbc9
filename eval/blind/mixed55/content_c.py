"""Set BM documents bm23-bm33: enforcement request, water board decisions, scans, levies, advice."""
from __future__ import annotations

from lib import (A4, Doc, landscape, mm, colors, make_bsn, make_iban, scan_pdf, bold_of, DOCS_DIR,
                 soffice_pdf)
from content_a import sidecol, logo

DOCS = []


def reg(fn):
    DOCS.append(fn)
    return fn


# ============================================================== bm23 handhavingsverzoek per e-mail (FUMO)
@reg
def bm23():
    d = Doc("bm23_fumo_handhavingsverzoek_buurvrouw_email", "Handhavingsverzoek geitenhouderij",
            font="DejaVuSans", size=9, producer="reportlab (DejaVu Sans, e-mail print)")
    d.top = 18 * mm
    d.footer = "FUMO - registratie 2025-HV-0093 - {p}"
    d.table([["Van:", "Sytske Bosma-Wiersma &lt;sytske.bosma@outlook.com&gt;"],
             ["Verzonden:", "zondag 23 februari 2025 21:47"],
             ["Aan:", "info@fumo.nl"],
             ["CC:", "provincie@fryslan.frl; Jelle Bosma &lt;jellebosma71@gmail.com&gt;"],
             ["Onderwerp:", "Verzoek om handhaving geitenhouderij Wiersma, Skrok 4 Aldeboarn"]],
            (24, 134), header=False, grid=False, size=8.5, pad=1)
    d.p("Geachte heer/mevrouw,")
    d.p("Hierbij verzoek ik, mede namens mijn man Jelle, om handhaving bij de geitenhouderij aan de Skrok 4 "
        "in Aldeboarn. De eigenaar, de heer Anne Wiersma (geen familie van mij, al denken mensen dat vaak, en "
        "ook geen familie van minister Wiersma), heeft in 2024 een nieuwe stal gebouwd en houdt volgens mijn "
        "telling nu ruim 2.400 geiten. Volgens het Omgevingsloket is een vergunning voor 1.500 geiten verleend.")
    d.p("Onze dochter Femke (9) heeft sinds vorig jaar longklachten. Sinds de Q-koorts in 2009 ben ik "
        "ongerust; de GGD Fryslân heeft ons verwezen naar de FUMO. Wij wonen op Skrok 9, op 250 meter van de stal.")
    d.p("Ik vraag u: 1. een controle uit te voeren; 2. als er meer dieren zijn dan vergund, een last onder "
        "dwangsom op te leggen; 3. mij te laten weten wat u doet. Ik heb ook gemaild met Statenlid "
        "Hofstra (Partij voor de Dieren); zij stelt misschien vragen.")
    d.p("Met vriendelijke groet,<br/>Sytske Bosma-Wiersma<br/>Skrok 9, 8495 KR Aldeboarn<br/>06 50 38 14 92")
    d.p("<i>---- Registratie FUMO ----</i><br/>Ontvangen: 24-02-2025 door team Vergunningverlening en Handhaving "
        "Agrarisch (behandelaar: Rients de Jong, tel. 088 022 51 37). Zaak 2025-HV-0093. Bevoegd gezag: "
        "Gedeputeerde Staten van Fryslân (Natura 2000-activiteit, Alde Feanen op 6,2 km) en gemeente "
        "Heerenveen (milieu). Termijn besluit: 8 weken (artikel 4:13 Awb).", size=8)
    d.r("PERSON", "Sytske Bosma-Wiersma", "Bosma-Wiersma", "Sytske")
    d.r("EMAIL", "sytske.bosma@outlook.com", "sytske.bosma@outlook.com")
    d.r("PERSON", "Jelle Bosma", "Jelle Bosma", "Jelle")
    d.r("EMAIL", "jellebosma71@gmail.com", "jellebosma71@gmail.com")
    d.r("PERSON", "Anne Wiersma (geitenhouder)", "Anne Wiersma", "geitenhouderij Wiersma")
    d.r("ADDRESS", "Skrok 4, Aldeboarn", "Skrok 4")
    d.r("ADDRESS", "Skrok 9, 8495 KR Aldeboarn", "Skrok 9", "8495 KR")
    d.r("PERSON", "Femke (dochter)", "Femke")
    d.r("HEALTH", "longklachten", "longklachten")
    d.r("PHONE", "06 50 38 14 92", "06 50 38 14 92")
    d.r("PERSON", "Rients de Jong", "Rients de Jong")
    d.r("PHONE", "088 022 51 37", "088 022 51 37")
    d.k("OFFICE_HOLDER", "minister Wiersma", "minister Wiersma")
    d.k("OFFICE_HOLDER", "Statenlid Hofstra", "Hofstra")
    d.k("ORG", "FUMO", "FUMO", "GGD Fryslân", "Partij voor de Dieren", "Omgevingsloket")
    d.k("EMAIL_FUNCTIONAL", "info@fumo.nl", "info@fumo.nl", "provincie@fryslan.frl")
    d.k("CASE", "2025-HV-0093", "2025-HV-0093")
    d.k("ORG", "Gedeputeerde Staten van Fryslân", "Gedeputeerde Staten van Fryslân")
    d.k("PLACE", "places", "Alde Feanen", "gemeente Heerenveen")
    d.k("LAW", "Awb", "artikel 4:13 Awb")
    d.k("TERM", "Q-koorts", "Q-koorts")
    return d


# ============================================================== bm24 besluit algemeen bestuur WSRL
@reg
def bm24():
    d = Doc("bm24_wsrl_besluit_algemeen_bestuur_krediet_gowa", "Besluit algemeen bestuur krediet GoWa",
            font="Times-Roman", size=10.3, producer="reportlab (Times, standard-14)")
    W, H = A4

    def fp(c, doc):
        logo(c, 25 * mm, H - 18 * mm, "Waterschap Rivierenland", font="Times-Bold", color="#1d5fa8")
    d.first_page = fp
    d.footer = "AB 25.041 - pagina {p}"
    d.h("BESLUIT VAN HET ALGEMEEN BESTUUR", size=12)
    d.p("Registratienummer: AB 25.041 / 2025-012209<br/>Vergadering: 27 juni 2025, Waterschapshuis Tiel")
    d.p("Het algemeen bestuur van Waterschap Rivierenland;")
    d.p("gelezen het voorstel van het dagelijks bestuur van 3 juni 2025 (portefeuillehouder heemraad "
        "Verbeek-Dolk);")
    d.p("gelet op artikel 78 van de Waterschapswet, de Verordening financieel beheer Waterschap Rivierenland "
        "2024 en het Hoogwaterbeschermingsprogramma 2025-2036;")
    d.p("<b>besluit:</b>")
    d.p("1. een aanvullend krediet beschikbaar te stellen van € 14,2 miljoen voor grondverwerving en "
        "schadeloosstellingen in het project Dijkversterking Gorinchem-Waardenburg;<br/>"
        "2. het dagelijks bestuur te machtigen zo nodig een verzoek om onteigening voor te bereiden voor de "
        "percelen K 2210 en K 1305 (gemeente West Betuwe);<br/>"
        "3. in te stemmen met de motie van het AB-lid Van Gent (Water Natuurlijk) over een onafhankelijke "
        "vertrouwenspersoon voor grondeigenaren.")
    d.p("Aldus besloten in de openbare vergadering van 27 juni 2025.")
    d.table([["de secretaris-directeur,", "de dijkgraaf,"],
             ["", ""],
             ["(voor deze: mr. C.A. Huisman-Ekelschot, bestuurssecretaris)", "Van Poelgeest"]], (80, 78),
            header=False, grid=False, size=10)
    d.h("Stemming", size=10.5)
    d.p("Voor: 27 (fracties VVD, CDA, BBB, Water Natuurlijk, Ongebouwd, Bedrijven, Natuur). Tegen: 3 (PVV). "
        "Insprekers: vertegenwoordiger van de Vereniging Dijkbewoners Waal. Het AB-lid Van Gent vroeg naar de "
        "vertrouwenspersoon; heemraad Verbeek-Dolk zegde toe dat die voor 1 oktober is aangesteld.")
    d.p("Notulist: Evelien Brouwer-Schipper (griffie), evelien.brouwer@wsrl.nl. Het verslag en het "
        "geluidsfragment staan op www.waterschaprivierenland.nl/vergaderingen.", size=8.5)
    d.r("PERSON", "mr. C.A. Huisman-Ekelschot", "Huisman-Ekelschot", "C.A.")
    d.r("PERSON", "Evelien Brouwer-Schipper", "Brouwer-Schipper", "Evelien")
    d.r("EMAIL", "evelien.brouwer@wsrl.nl", "evelien.brouwer@wsrl.nl")
    d.k("ORG", "Waterschap Rivierenland", "Waterschap Rivierenland")
    d.k("OFFICE_HOLDER", "dijkgraaf Van Poelgeest", "Van Poelgeest")
    d.k("OFFICE_HOLDER", "heemraad Verbeek-Dolk", "Verbeek-Dolk")
    d.k("OFFICE_HOLDER", "AB-lid Van Gent", "Van Gent")
    d.k("LAW", "Waterschapswet", "artikel 78 van de Waterschapswet",
        "Verordening financieel beheer Waterschap Rivierenland 2024")
    d.k("PROGRAMME", "HWBP", "Hoogwaterbeschermingsprogramma 2025-2036", "Dijkversterking Gorinchem-Waardenburg")
    d.k("CASE", "AB 25.041", "AB 25.041", "2025-012209")
    d.k("PARCEL", "percelen", "K 2210", "K 1305")
    d.k("ORG", "fracties", "Water Natuurlijk", "Vereniging Dijkbewoners Waal", "Waterschapshuis Tiel")
    d.k("AMOUNT", "krediet", "€ 14,2 miljoen")
    d.k("FUNCTION", "secretaris-directeur", "secretaris-directeur", "bestuurssecretaris")
    d.k("WEB", "website", "www.waterschaprivierenland.nl/vergaderingen")
    return d


# ============================================================== bm25 scan GS-nota paraph sheet (Utrecht)
@reg
def bm25():
    d = Doc("bm25_scan_paraafblad_gs_nota_utrecht", "Paraafblad GS-nota (scan)",
            producer="PIL scan (table + handwritten paraphs, JPEG)")

    def draw(img, dr, F):
        f = F("DejaVuSans", 30)
        fb = F("DejaVuSans-Bold", 34)
        hand = F("Femke", 52)
        x = 140
        dr.text((x, 170), "PROVINCIE UTRECHT", font=fb, fill=20)
        dr.text((x, 230), "Paraafblad bij GS-nota 835A1F2C - Vaststellen verwervingsstrategie", font=f, fill=20)
        dr.text((x, 275), "Gebiedsprogramma Utrechtse Heuvelrug, zone Kromme Rijn", font=f, fill=20)
        rows = [("Naam", "Functie", "Paraaf", "Datum"),
                ("Floor Dekker-Spaan", "beleidsadviseur grond", "", "12/3"),
                ("Jasper van Dongen", "teamleider Grondzaken", "", "13/3"),
                ("Aylin Demir", "jurist", "", "13/3"),
                ("Willemijn Akkerman", "afdelingshoofd", "", "14/3")]
        y = 380
        cols = [x, x + 520, x + 930, x + 1180, x + 1380]
        for i, r in enumerate(rows):
            for j, t in enumerate(r):
                dr.text((cols[j] + 12, y + 18), t, font=fb if i == 0 else f, fill=20)
            dr.line((cols[0], y, cols[-1], y), fill=60, width=2)
            y += 90
        dr.line((cols[0], y, cols[-1], y), fill=60, width=2)
        for cx in cols:
            dr.line((cx, 380, cx, y), fill=60, width=2)
        for i, p in enumerate(["FDS", "JvD", "AD", "WA"]):
            dr.text((cols[2] + 40, 380 + 90 * (i + 1) + 8), p, font=hand, fill=45)
        y += 60
        for ln in ["Besluit GS 18 maart 2025: conform.", "Portefeuillehouder: gedeputeerde Huib van Essen",
                   "Contact: F. Dekker-Spaan, 06-29 58 10 74"]:
            dr.text((x, y), ln, font=f, fill=20)
            y += 50
        dr.text((x + 760, y - 40), "akkoord - HvE", font=hand, fill=45)
    scan_pdf(d.stem, draw, seed=25, angle=-0.5, quality=60)
    d.built = True
    d.r("PERSON", "Floor Dekker-Spaan", "Dekker-Spaan", "Floor", ch="ocr")
    d.r("PERSON", "Jasper van Dongen", "van Dongen", "Jasper", ch="ocr")
    d.r("PERSON", "Aylin Demir", "Demir", "Aylin", ch="ocr")
    d.r("PERSON", "Willemijn Akkerman", "Akkerman", "Willemijn", ch="ocr")
    d.r("PHONE", "06-29 58 10 74", "06-29 58 10 74", ch="ocr")
    d.notes = "Image-only scan; handwritten paraphs are pixels only and not probed (OCR does not read them)."
    return d


# ============================================================== bm26 juridisch advies (DOCX, outline)
@reg
def bm26():
    import docx
    from docx.shared import Pt, Mm
    d = Doc("bm26_advies_onteigening_voorkeursrecht_gowa", "Juridisch advies onteigening en voorkeursrecht",
            producer="python-docx + LibreOffice (Carlito), outline added with pikepdf")
    doc = docx.Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(25)
    st = doc.styles["Normal"]
    st.font.name = "Carlito"
    st.font.size = Pt(11)
    sec.header.paragraphs[0].text = "VERTROUWELIJK - advies in het kader van juridische bijstand"
    sec.footer.paragraphs[0].text = "Van Wijnbergen Omgevingsrecht B.V. | Stationsplein 14, 3818 LE Amersfoort | 033 460 07 00"

    def P(t, b=False, size=None):
        p = doc.add_paragraph()
        r = p.add_run(t)
        r.bold = b
        if size:
            r.font.size = Pt(size)
        return p
    P("MEMO", b=True, size=16)
    tbl = doc.add_table(rows=5, cols=2)
    for i, (k, v) in enumerate([("Aan", "Waterschap Rivierenland, t.a.v. ing. G.W. Vermeulen en mr. N. van den Brink"),
                                ("Van", "mr. drs. Femke Oosterhuis-Lindqvist en mr. Tobias Wennekes"),
                                ("Datum", "14 mei 2025"),
                                ("Dossier", "WSRL/2025/0311 - Dijkversterking Gorinchem-Waardenburg"),
                                ("Betreft", "Onteigening percelen K 2210 en K 1305; voorkeursrecht; bezwaren De Bruijn")]):
        tbl.cell(i, 0).text = k
        tbl.cell(i, 1).text = v
    P("")
    P("1. Vraag", b=True)
    P("U vraagt ons of het waterschap voor de percelen K 2210 (eigenaar de heer C. de Bruijn) en K 1305 "
      "(Maatschap Van Mourik-Tuinstra) een onteigeningsbeschikking kan nemen onder de Omgevingswet, en of "
      "vestiging van een voorkeursrecht zinvol is voor het restant van de boomgaard van de familie "
      "Zwijnenberg.")
    P("2. Kader", b=True)
    P("Sinds 1 januari 2024 is de Onteigeningswet vervallen. Onteigening verloopt via hoofdstuk 11 van de "
      "Omgevingswet: het algemeen bestuur neemt een onteigeningsbeschikking, die door de bestuursrechter "
      "wordt bekrachtigd (afdeling 16.4a Omgevingswet). Het projectbesluit of projectplan moet onherroepelijk "
      "zijn, of gelijktijdig worden behandeld. Voorafgaand is minnelijk overleg vereist (artikel 11.6 "
      "Omgevingswet).")
    P("3. Beoordeling", b=True)
    P("Het minnelijk overleg met de heer De Bruijn is voldoende gedocumenteerd (keukentafelgesprekken "
      "12 februari, 9 april 2025; schriftelijk aanbod). Wij wijzen wel op de positie van zijn echtgenote, "
      "mevrouw M. de Bruijn-van Harten, die mede-eigenaar is en in een verpleeghuis verblijft. Voor een "
      "rechtsgeldige overdracht of voor de kennisgeving moet de volmacht aan haar zoon, de heer Marco de "
      "Bruijn, worden gecontroleerd; mogelijk is een mentor of curator benoemd (rechtbank Gelderland, "
      "kantonrechter Tiel).")
    P("Bij Maatschap Van Mourik-Tuinstra is de vraag om ruilgrond redelijk. De rechter toetst of het "
      "waterschap serieus naar alternatieven heeft gekeken. Wij adviseren het gesprek met Staatsbosbeheer "
      "over perceel K 1302 te documenteren. De heer J.P. van Mourik heeft bij de zitting van de "
      "commissie van 3 april 2025 verklaard dat hij 'desnoods tot aan de Raad van State' procedeert.")
    P("4. Voorkeursrecht", b=True)
    P("Vestiging van een voorkeursrecht (afdeling 9.1 Omgevingswet) ligt bij de gemeente West Betuwe. Het "
      "waterschap kan daar niet zelf om besluiten. Wethouder Keuken heeft al aangegeven dit te willen "
      "agenderen; wij adviseren een bestuurlijk overleg tussen dijkgraaf en wethouder.")
    P("5. Conclusie", b=True)
    P("Onteigening is juridisch haalbaar voor beide percelen, mits het dossier over het minnelijk overleg "
      "wordt aangevuld. Wij ramen de doorlooptijd op 12 tot 15 maanden. Voor vragen: Femke "
      "Oosterhuis-Lindqvist, 06 28 71 40 66, f.oosterhuis@vanwijnbergen-omgevingsrecht.nl.")
    P("Dit advies is uitsluitend bestemd voor Waterschap Rivierenland en valt onder het verschoningsrecht.",
      size=9)
    soffice_pdf(doc, d.stem)
    d.built = True
    d.outline = [("Memo onteigening GoWa", 0), ("Reactie Hans Brinkhuis (WSRL Juridische Zaken) verwerkt", 0),
                 ("5. Conclusie", 1)]
    d.r("PERSON", "G.W. Vermeulen", "Vermeulen", "G.W.")
    d.r("PERSON", "mr. N. van den Brink", "van den Brink")
    d.r("PERSON", "mr. drs. Femke Oosterhuis-Lindqvist", "Oosterhuis-Lindqvist", "Femke")
    d.r("PERSON", "mr. Tobias Wennekes", "Wennekes", "Tobias")
    d.r("PERSON", "C. de Bruijn", "de Bruijn", "De Bruijn", "C. de Bruijn")
    d.r("PERSON", "M. de Bruijn-van Harten", "de Bruijn-van Harten")
    d.r("PERSON", "Marco de Bruijn", "Marco")
    d.r("HEALTH", "verpleeghuis / mentor or curator", "verpleeghuis", "mentor of curator")
    d.r("PERSON", "Van Mourik-Tuinstra", "Van Mourik-Tuinstra")
    d.r("PERSON", "J.P. van Mourik", "van Mourik", "J.P.")
    d.r("PERSON", "Zwijnenberg", "Zwijnenberg")
    d.r("PHONE", "06 28 71 40 66", "06 28 71 40 66")
    d.r("EMAIL", "f.oosterhuis@vanwijnbergen-omgevingsrecht.nl", "f.oosterhuis@vanwijnbergen-omgevingsrecht.nl")
    d.r("PERSON", "Hans Brinkhuis (outline)", "Brinkhuis", "Hans Brinkhuis", ch="outline")
    d.k("ORG", "Waterschap Rivierenland", "Waterschap Rivierenland")
    d.k("ORG", "Van Wijnbergen Omgevingsrecht", "Van Wijnbergen Omgevingsrecht B.V.")
    d.k("ADDRESS_PUBLIC", "Stationsplein 14", "Stationsplein 14, 3818 LE Amersfoort", "033 460 07 00")
    d.k("CASE", "WSRL/2025/0311", "WSRL/2025/0311")
    d.k("LAW", "Omgevingswet", "hoofdstuk 11 van de Omgevingswet", "afdeling 16.4a Omgevingswet",
        "artikel 11.6 Omgevingswet", "afdeling 9.1 Omgevingswet", "Onteigeningswet")
    d.k("ORG", "Staatsbosbeheer", "Staatsbosbeheer", "rechtbank Gelderland", "Raad van State")
    d.k("PLACE", "West Betuwe", "gemeente West Betuwe", "kantonrechter Tiel")
    d.k("OFFICE_HOLDER", "wethouder Keuken", "Keuken")
    d.k("PARCEL", "percelen", "K 2210", "K 1305", "K 1302")
    d.k("PROGRAMME", "GoWa", "Dijkversterking Gorinchem-Waardenburg")
    return d


# ============================================================== bm27 reactienota zienswijzen (HDSR)
@reg
def bm27():
    d = Doc("bm27_hdsr_reactienota_zienswijzen_peilbesluit", "Reactienota zienswijzen peilbesluit Kromme Rijn",
            font="LiberationSans", size=8.8, producer="reportlab (Liberation Sans, table)")
    d.footer = "HDSR - Reactienota ontwerp-peilbesluit Kromme Rijn - D25.01772 - pagina {p}"
    d.top = 20 * mm
    d.h("Reactienota zienswijzen ontwerp-peilbesluit Kromme Rijn (Hoogheemraadschap De Stichtse Rijnlanden)",
        size=11)
    d.p("Het ontwerp-peilbesluit lag van 6 januari tot en met 17 februari 2025 ter inzage. Er zijn elf "
        "zienswijzen ingediend. In de openbare versie van deze nota zijn de namen van indieners die "
        "particulier zijn vervangen door een nummer; in deze ambtelijke versie staan zij nog vermeld. "
        "Het dagelijks bestuur (portefeuillehouder hoogheemraad Ruitenberg) stelt de nota vast.")
    rows = [["Nr.", "Indiener", "Samenvatting zienswijze", "Reactie HDSR", "Wijziging"]]
    data = [
        ("1", "H.J.M. Bunnik, fruitteler, Odijk", "Hoger zomerpeil leidt tot natte voeten in boomgaard perceel "
         "Odijk B 2311.", "Drainage wordt op kosten HDSR aangepast.", "ja"),
        ("2", "LTO Noord afd. Kromme Rijn", "Vraagt om flexibel peilbeheer in droge zomers.", "Overgenomen in "
         "art. 4.", "ja"),
        ("3", "Fam. Van Rossum-Schimmel, Werkhoven", "Vreest schade aan fundering woning (houten palen).",
         "Nulmeting bij 38 woningen; schaderegeling.", "nee"),
        ("4", "Natuur en Milieu Utrecht (NMU)", "Wil hoger peil in Natura 2000-gebied Kolland en Overlangbroek.",
         "Buiten plangebied.", "nee"),
        ("5", "G. (Geert) ten Hove-Smit", "Eigen waterinlaat bij Wijk bij Duurstede blijft nodig.",
         "Inlaat wordt gehandhaafd.", "nee"),
        ("6", "Gemeente Bunnik", "Afstemming met bestemmingsplan Kromme Rijngebied.", "Akkoord.", "nee"),
        ("7", "M. El Khatib namens VvE Odijkerweg", "Grondwateroverlast kelders.", "Monitoring via "
         "peilbuizen.", "nee"),
        ("8", "Staatsbosbeheer, regio Midden", "Steunt voorstel; vraagt om natuurvriendelijke oevers.",
         "Wordt meegenomen in uitvoering.", "nee"),
        ("9", "Wim Verkerk, Cothen", "Bezwaar tegen stuw bij Cothen; vraagt om gesprek met het "
         "dagelijks bestuur.", "Gesprek met hoogheemraad Ruitenberg "
         "op 3 april 2025.", "nee"),
        ("10", "Ingrid van Harskamp-de Leeuw", "Vraagt schadevergoeding voor verloren teelt 2024; zij heeft "
         "door haar MS de teelt niet kunnen aanpassen.", "Verwezen naar Schadeverordening HDSR.", "nee"),
        ("11", "Provincie Utrecht", "Peilbesluit past in Provinciale Omgevingsverordening.", "-", "nee"),
    ]
    rows += [list(r) for r in data]
    d.table(rows, (9, 38, 55, 46, 14), size=8.2)
    d.h("Contact", size=9.5)
    d.p("Projectleider peilbesluiten: ir. Bas Ruijgrok-Meerman, 06 15 62 70 31, b.ruijgrok@hdsr.nl. "
        "Algemeen: Hoogheemraadschap De Stichtse Rijnlanden, Postbus 550, 3990 GJ Houten, 030 634 57 00, "
        "info@hdsr.nl.")
    d.r("PERSON", "H.J.M. Bunnik", "H.J.M. Bunnik")
    d.r("PERSON", "Fam. Van Rossum-Schimmel", "Van Rossum-Schimmel")
    d.r("PERSON", "G. (Geert) ten Hove-Smit", "ten Hove-Smit", "Geert")
    d.r("PERSON", "M. El Khatib", "El Khatib")
    d.r("PERSON", "Wim Verkerk", "Verkerk", "Wim")
    d.r("PERSON", "Ingrid van Harskamp-de Leeuw", "van Harskamp-de Leeuw", "Ingrid")
    d.r("HEALTH", "MS", "haar MS")
    d.r("PERSON", "ir. Bas Ruijgrok-Meerman", "Ruijgrok-Meerman", "Bas")
    d.r("PHONE", "06 15 62 70 31", "06 15 62 70 31")
    d.r("EMAIL", "b.ruijgrok@hdsr.nl", "b.ruijgrok@hdsr.nl")
    d.k("ORG", "HDSR", "Hoogheemraadschap De Stichtse Rijnlanden", "HDSR")
    d.k("OFFICE_HOLDER", "hoogheemraad Ruitenberg", "Ruitenberg")
    d.k("ORG", "Gemeente Bunnik", "Gemeente Bunnik", "LTO Noord", "Natuur en Milieu Utrecht", "Staatsbosbeheer",
        "Provincie Utrecht")
    d.k("PLACE", "places", "Odijk", "Werkhoven", "Cothen", "Wijk bij Duurstede", "Kolland en Overlangbroek")
    d.k("ADDRESS_PUBLIC", "Postbus 550", "Postbus 550, 3990 GJ Houten", "030 634 57 00", "info@hdsr.nl")
    d.k("LAW", "regels", "Schadeverordening HDSR", "Provinciale Omgevingsverordening")
    d.k("CASE", "D25.01772", "D25.01772")
    d.k("FUNCTION", "Projectleider peilbesluiten", "Projectleider peilbesluiten")
    d.notes = ("Indiener 1 'Bunnik' shares the name of the municipality Bunnik: probe is 'H.J.M. Bunnik'.")
    return d


# ============================================================== bm28 Outlook meeting invite
@reg
def bm28():
    d = Doc("bm28_uitnodiging_overleg_pas_melders_outlook", "Vergaderverzoek overleg PAS-melders",
            font="Carlito", size=10, producer="reportlab (Carlito, Outlook meeting print)")
    d.top = 18 * mm
    d.footer = "{p}"
    d.p("<b>Annemieke Scheepstra-Ruiter</b>", size=12)
    d.table([["Onderwerp:", "Bestuurlijk overleg PAS-melders Oost-Nederland (provincies, BIJ12, omgevingsdiensten)"],
             ["Locatie:", "Provinciehuis Overijssel, zaal IJssel / Microsoft Teams-vergadering"],
             ["Begin:", "do 5-6-2025 13:30"],
             ["Einde:", "do 5-6-2025 16:00"],
             ["Organisator:", "Scheepstra-Ruiter, Annemieke"],
             ["Verplichte deelnemers:", "gedeputeerde Von Martels (Overijssel); gedeputeerde Van Heeswijk "
                                        "(Gelderland); Ter Horst-Dijkman, A.J.; Hoogeveen, Marit; "
                                        "Pieters, Ruud (BIJ12); Nguyen, Thi Lan (Omgevingsdienst IJsselland); "
                                        "Lammers-Wagenvoort, H.P. (ODRN)"],
             ["Optionele deelnemers:", "Bestuurssecretariaat Overijssel; Wamelink, R.J.; "
                                       "O'Connor, Siobhan (RVO)"]],
            (36, 122), header=False, grid=False, size=9, pad=1)
    d.p("Beste allen,")
    d.p("Hierbij de uitnodiging voor het derde bestuurlijk overleg PAS-melders. Agenda:")
    d.p("1. Stand legalisatie per provincie (BIJ12, Ruud)<br/>2. Handhavingsverzoeken MOB: gezamenlijke lijn<br/>"
        "3. Casus Beuningen (Gld): dwangsom en bezwaar - toelichting Marit<br/>4. Brief aan minister Wiersma over "
        "de rekenkundige ondergrens<br/>5. Rondvraag")
    d.p("Voorbereiding: Thi Lan stuurt vooraf de cijfers van IJsselland. Siobhan sluit aan voor de vragen over "
        "de Lbv-plus. Bij verhindering graag een vervanger doorgeven aan bestuurssecretariaat@overijssel.nl.")
    d.p("Teams: Deelnemen aan de vergadering<br/>Vergadering-id: 374 118 902 55<br/>Wachtwoord: pZ7kQ3")
    d.p("Groet,<br/>Annemieke<br/>Bestuursadviseur Landelijk Gebied | Provincie Overijssel | 06 22 90 13 57", size=9)
    d.r("PERSON", "Annemieke Scheepstra-Ruiter", "Scheepstra-Ruiter", "Annemieke")
    d.r("PERSON", "A.J. ter Horst-Dijkman", "Ter Horst-Dijkman", "A.J.")
    d.r("PERSON", "Marit Hoogeveen", "Hoogeveen", "Marit")
    d.r("PERSON", "Ruud Pieters (BIJ12)", "Pieters", "Ruud")
    d.r("PERSON", "Nguyen Thi Lan", "Nguyen", "Thi Lan")
    d.r("PERSON", "H.P. Lammers-Wagenvoort", "Lammers-Wagenvoort", "H.P.")
    d.r("PERSON", "R.J. Wamelink", "Wamelink", "R.J.")
    d.r("PERSON", "Siobhan O'Connor", "O'Connor", "Siobhan")
    d.r("PHONE", "06 22 90 13 57", "06 22 90 13 57")
    d.k("OFFICE_HOLDER", "gedeputeerden", "Von Martels", "Van Heeswijk")
    d.k("OFFICE_HOLDER", "minister Wiersma", "Wiersma")
    d.k("ORG", "BIJ12", "BIJ12", "Omgevingsdienst IJsselland", "ODRN", "RVO", "MOB")
    d.k("ORG", "Provincie Overijssel", "Provincie Overijssel", "Provinciehuis Overijssel")
    d.k("EMAIL_FUNCTIONAL", "bestuurssecretariaat@", "bestuurssecretariaat@overijssel.nl", "Bestuurssecretariaat Overijssel")
    d.k("PLACE", "Beuningen", "Beuningen (Gld)")
    d.k("FUNCTION", "Bestuursadviseur", "Bestuursadviseur Landelijk Gebied")
    d.k("PROGRAMME", "Lbv-plus", "Lbv-plus")
    return d


# ============================================================== bm29 brief van de boer (typed letter)
@reg
def bm29():
    d = Doc("bm29_brief_melkveehouder_koster_aan_gs", "Brief melkveehouder aan GS",
            font="Courier", size=9.6, producer="reportlab (Courier, typed letter)")
    d.top = 22 * mm
    d.footer = ""
    d.p("H.G. (Henk) Koster en G. Koster-Bakker<br/>Melkveebedrijf De Hoge Esch<br/>Hoge Esch 7<br/>"
        "7722 TH Dalfsen<br/>tel. 0529 43 18 20 / 06 33 81 46 09<br/>"
        "hogeesch.koster@planet.nl")
    d.sp(3)
    d.p("Aan Gedeputeerde Staten van Overijssel<br/>t.a.v. gedeputeerde Von Martels<br/>Postbus 10078<br/>"
        "8000 GB Zwolle")
    d.p("Dalfsen, 3 juni 2025")
    d.p("Betreft: onze PAS-melding (BIJ12 dossier PM-OV-04417) en het bezoek van uw ambtenaar")
    d.p("Geachte heer Von Martels,")
    d.p("Wij zijn PAS-melder sinds 2015. Al negen jaar horen wij dat het goed komt. Op 14 mei stond uw "
        "medewerker, mevrouw Ter Horst, bij ons op het erf met een man van de Omgevingsdienst IJsselland "
        "(de heer Veldkamp) voor een 'kennismaking'. Mijn vrouw Gerda was alleen thuis en is erg geschrokken; "
        "zij heeft sinds haar borstkanker in 2022 weinig energie en wil dit soort bezoeken niet meer zonder "
        "aankondiging.")
    d.p("Onze buurman Jan Bakker (Hoge Esch 9) is in 2023 gestopt via de Lbv. Wij willen niet stoppen. Onze "
        "zoon Jorrit (23) wil het bedrijf overnemen. Wij vragen u: geef ons zekerheid, of koop ons uit tegen "
        "een eerlijke prijs. De bakker in het dorp doet ook niet moeilijk als je om brood vraagt.")
    d.p("Wij sturen een kopie van deze brief aan de Statenfractie van BBB en aan LTO Noord.")
    d.p("Met vriendelijke groet,")
    d.sp(8)
    d.p("Henk Koster&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Gerda Koster-Bakker")
    d.p("Ontvangen Provincie Overijssel 05-06-2025, DIV-nr. 2025/0598112, toegewezen aan team Stikstof.",
        size=7.5)
    d.r("PERSON", "H.G. (Henk) Koster", "Henk Koster", "Koster", "H.G.", "Henk")
    d.r("PERSON", "G. (Gerda) Koster-Bakker", "Koster-Bakker", "Gerda")
    d.r("ADDRESS", "Hoge Esch 7, 7722 TH Dalfsen", "Hoge Esch 7", "7722 TH")
    d.r("PHONE", "0529 43 18 20", "0529 43 18 20")
    d.r("PHONE", "06 33 81 46 09", "06 33 81 46 09")
    d.r("EMAIL", "hogeesch.koster@planet.nl", "hogeesch.koster@planet.nl")
    d.r("ID", "BIJ12 dossier PM-OV-04417", "PM-OV-04417")
    d.r("PERSON", "mevrouw Ter Horst", "Ter Horst")
    d.r("PERSON", "de heer Veldkamp", "Veldkamp")
    d.r("HEALTH", "borstkanker", "borstkanker")
    d.r("PERSON", "Jan Bakker", "Jan Bakker")
    d.r("ADDRESS", "Hoge Esch 9", "Hoge Esch 9")
    d.r("PERSON", "Jorrit Koster", "Jorrit")
    d.k("OFFICE_HOLDER", "gedeputeerde Von Martels", "Von Martels")
    d.k("ORG", "Gedeputeerde Staten van Overijssel", "Gedeputeerde Staten van Overijssel", "Provincie Overijssel")
    d.k("ADDRESS_PUBLIC", "Postbus 10078", "Postbus 10078", "8000 GB Zwolle")
    d.k("ORG", "orgs", "Omgevingsdienst IJsselland", "BIJ12", "LTO Noord", "BBB")
    d.k("ORG", "Melkveebedrijf De Hoge Esch", "Melkveebedrijf De Hoge Esch")
    d.k("WORD", "bakker (word)", "De bakker in het dorp")
    d.k("PLACE", "Dalfsen", "Dalfsen, 3 juni 2025")
    d.k("CASE", "DIV-nr.", "2025/0598112")
    d.k("PROGRAMME", "Lbv", "Lbv")
    d.notes = ("'Koster' and 'Bakker' are surnames and words: probes are 'Henk Koster', 'Koster-Bakker', "
               "'Jan Bakker'; the keep probe 'De bakker in het dorp' holds the word.")
    return d


# ============================================================== bm30 adviesrapport AERIUS (XMP creator)
@reg
def bm30():
    d = Doc("bm30_odij_advies_aerius_intern_salderen", "Advies stikstofdepositie intern salderen",
            font="DejaVuSans", size=9, producer="reportlab (DejaVu Sans, report with XMP)")
    d.xmp_creators = ["Lindeboom, Pieter (OD IJsselland)", "Woo-team Overijssel"]
    d.footer = "Omgevingsdienst IJsselland | Advies ODIJ-2025-3317 | pagina {p}"
    d.h("Advies stikstofdepositie - intern salderen", size=12)
    d.kv([["Adviesnummer", "ODIJ-2025-3317"],
          ["Aanvrager", "Melkveebedrijf De Hoge Esch (H.G. en G. Koster), Dalfsen"],
          ["Bevoegd gezag", "Gedeputeerde Staten van Overijssel"],
          ["Opgesteld", "ing. P. Lindeboom, adviseur stikstof"],
          ["Collegiale toets", "dr. ir. M. (Maaike) Schuurman-Odink"],
          ["Datum", "20 juni 2025"]], widths=(34, 124))
    d.h("1. Samenvatting")
    d.p("De aanvraag voorziet in een nieuwe ligboxenstal met emissiearme vloer en het terugbrengen van het "
        "aantal jongvee. Met AERIUS Calculator 2024.2 is de depositie berekend op de Natura 2000-gebieden "
        "Vecht- en Beneden-Reggegebied, Olde Maten &amp; Veerslootslanden en Sallandse Heuvelrug. De "
        "beoogde situatie leidt nergens tot een toename ten opzichte van de referentiesituatie.")
    d.table([["Natura 2000-gebied", "Referentie (mol/ha/j)", "Beoogd (mol/ha/j)", "Verschil"],
             ["Vecht- en Beneden-Reggegebied", "1,84", "1,31", "-0,53"],
             ["Olde Maten & Veerslootslanden", "0,92", "0,66", "-0,26"],
             ["Sallandse Heuvelrug", "0,37", "0,28", "-0,09"]], (60, 35, 35, 28))
    d.h("2. Referentiesituatie")
    d.p("De referentiesituatie is de feitelijk en planologisch legale situatie op de Europese referentiedatum "
        "(7 december 2004) of de latere vergunning. Volgens de heer Koster is in 2015 uitgebreid op basis van "
        "een PAS-melding; die uitbreiding telt niet mee. De gegevens over 2004 zijn ontleend aan de "
        "Landbouwtelling van het CBS en de milieuvergunning van de gemeente Dalfsen van 11 augustus 2003.")
    d.h("3. Advies")
    d.p("Wij adviseren Gedeputeerde Staten vast te stellen dat voor het intern salderen geen "
        "omgevingsvergunning voor een Natura 2000-activiteit nodig is, met inachtneming van de uitspraak "
        "van de Afdeling bestuursrechtspraak van 18 december 2024. Er moet wel een ecologische voortoets "
        "worden gedaan; die kan door Bureau Waardenburg of een ander ecologisch bureau worden uitgevoerd.")
    d.brk()
    d.h("Bijlage - verantwoording invoer")
    d.table([["Bron", "Rav-code", "Aantal", "Emissie (kg NH3/j)"],
             ["Stal 1 (bestaand)", "A 1.100", "120", "1.020"],
             ["Stal 2 (nieuw)", "A 1.28", "65", "390"],
             ["Jongvee", "A 3.100", "40", "176"],
             ["Mestopslag", "-", "-", "n.v.t."]], (50, 30, 30, 40))
    d.p("De invoergegevens zijn op 16 juni 2025 telefonisch geverifieerd met de adviseur van de aanvrager, "
        "Linda Groothuis van DLV Advies (06 42 19 85 53).")
    d.p("Vragen? Omgevingsdienst IJsselland, Dokter van Thienenweg 1, Zwolle, 038 428 16 00, "
        "info@odijsselland.nl.", size=8.5)
    d.r("PERSON", "H.G. en G. Koster", "H.G. en G. Koster", "heer Koster", "Koster")
    d.r("PERSON", "ing. P. Lindeboom", "Lindeboom")
    d.r("PERSON", "dr. ir. M. (Maaike) Schuurman-Odink", "Schuurman-Odink", "Maaike")
    d.r("PERSON", "Linda Groothuis", "Groothuis", "Linda")
    d.r("PHONE", "06 42 19 85 53", "06 42 19 85 53")
    d.r("PERSON", "XMP creator Pieter Lindeboom", "Pieter", ch="metadata")
    d.k("ORG", "Omgevingsdienst IJsselland", "Omgevingsdienst IJsselland")
    d.k("CASE", "ODIJ-2025-3317", "ODIJ-2025-3317")
    d.k("ORG", "Melkveebedrijf De Hoge Esch", "Melkveebedrijf De Hoge Esch")
    d.k("ORG", "Gedeputeerde Staten van Overijssel", "Gedeputeerde Staten van Overijssel")
    d.k("PRODUCT", "AERIUS Calculator 2024.2", "AERIUS Calculator 2024.2")
    d.k("PLACE", "Natura 2000", "Vecht- en Beneden-Reggegebied", "Sallandse Heuvelrug", "Veerslootslanden")
    d.k("ORG", "CBS", "CBS", "DLV Advies", "Bureau Waardenburg")
    d.k("STREET_PERSON", "Dokter van Thienenweg 1", "Dokter van Thienenweg 1")
    d.k("PHONE_SWITCHBOARD", "038 428 16 00", "038 428 16 00", "info@odijsselland.nl")
    d.k("TERM", "Rav", "A 1.100", "A 3.100")
    d.k("FUNCTION", "adviseur stikstof", "adviseur stikstof")
    return d


# ============================================================== bm31 persbericht (keep only)
@reg
def bm31():
    d = Doc("bm31_persbericht_start_dijkversterking_gowa", "Persbericht start dijkversterking",
            font="LiberationSans", size=10, producer="reportlab (Liberation Sans, press release)")
    d.footer = "Persbericht Waterschap Rivierenland en Provincie Gelderland - {p}"
    d.h("PERSBERICHT", size=14)
    d.p("Tiel/Arnhem, 1 september 2025")
    d.h("Eerste schop in de grond voor dijkversterking Gorinchem-Waardenburg", size=12)
    d.p("Dijkgraaf Van Poelgeest van Waterschap Rivierenland en gedeputeerde Van Heeswijk van de provincie "
        "Gelderland hebben vandaag in Haaften het startsein gegeven voor de versterking van 23 kilometer "
        "Waaldijk. Het project is onderdeel van het Hoogwaterbeschermingsprogramma en kost ruim 500 miljoen euro.")
    d.p("'Met deze dijk houden we 200.000 mensen in de Betuwe en de Alblasserwaard droge voeten,' zei de "
        "dijkgraaf. Gedeputeerde Van Heeswijk: 'We hebben met veel grondeigenaren aan de keukentafel gezeten. "
        "Dat was niet altijd makkelijk, maar het is gelukt zonder één onteigening.'")
    d.p("Minister Madlener van Infrastructuur en Waterstaat sprak via een video-boodschap. Ook burgemeester "
        "Van Kooten van West Betuwe en burgemeester Melissant-Briene van Gorinchem waren aanwezig. De "
        "aannemerscombinatie Mourik Sterk voert het werk uit.")
    d.p("<b>Noot voor de redactie</b><br/>Voor meer informatie: team Communicatie Waterschap Rivierenland, "
        "(0344) 64 90 90, communicatie@wsrl.nl; persvoorlichting provincie Gelderland, (026) 359 90 00, "
        "pers@gelderland.nl.", size=9)
    d.k("OFFICE_HOLDER", "dijkgraaf Van Poelgeest", "Van Poelgeest")
    d.k("OFFICE_HOLDER", "gedeputeerde Van Heeswijk", "Van Heeswijk")
    d.k("OFFICE_HOLDER", "minister Madlener", "Madlener")
    d.k("OFFICE_HOLDER", "burgemeesters", "Van Kooten", "Melissant-Briene")
    d.k("ORG", "Waterschap Rivierenland", "Waterschap Rivierenland", "Mourik Sterk", "Infrastructuur en Waterstaat")
    d.k("PROGRAMME", "HWBP", "Hoogwaterbeschermingsprogramma", "Gorinchem-Waardenburg")
    d.k("PLACE", "places", "Haaften", "Betuwe", "Alblasserwaard", "West Betuwe", "Gorinchem", "Waaldijk")
    d.k("EMAIL_FUNCTIONAL", "communicatie@", "communicatie@wsrl.nl", "pers@gelderland.nl")
    d.k("PHONE_SWITCHBOARD", "switchboards", "(0344) 64 90 90", "(026) 359 90 00")
    return d


# ============================================================== bm32 aanslagbiljet waterschapsbelasting
@reg
def bm32():
    d = Doc("bm32_bsr_aanslagbiljet_waterschapsbelasting", "Aanslagbiljet waterschapsbelasting 2025",
            font="Helvetica", size=8.8, producer="reportlab (Helvetica, assessment notice)")
    d.first_top = 92 * mm
    W, H = A4
    org_iban = make_iban("BNGH", "285166004")
    pers_iban = make_iban("ABNA", "546120973")

    def fp(c, doc):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(22 * mm, H - 18 * mm, "Belastingsamenwerking Rivierenland")
        c.setFont("Helvetica", 7.5)
        c.drawString(22 * mm, H - 23 * mm, "namens Waterschap Rivierenland  |  Postbus 2, 4000 AA Tiel  |  "
                     "(0344) 57 99 99  |  www.bsr.nl")
        c.setFont("Helvetica", 9)
        y = H - 45 * mm
        for ln in ["J.A. Schimmel-Wolbers en", "M. Schimmel", "Lingedijk 112", "4196 HG  TRICHT"]:
            c.drawString(22 * mm, y, ln)
            y -= 11.5
        y = H - 45 * mm
        for k, v in [("Aanslagnummer", "2025.118.44719"), ("Subjectnummer", "40027781"),
                     ("Dagtekening", "28 februari 2025"), ("Vervaldatum", "zie termijnen")]:
            c.setFont("Helvetica", 8)
            c.drawString(118 * mm, y, k)
            c.drawString(150 * mm, y, v)
            y -= 11
    d.first_page = fp
    d.footer = "BSR - aanslagbiljet 2025 - dit is een aanslag als bedoeld in de Algemene wet inzake rijksbelastingen - {p}"
    d.h("AANSLAGBILJET WATERSCHAPSBELASTINGEN 2025", size=11)
    d.table([["Omschrijving", "Object", "Grondslag", "Tarief", "Bedrag"],
             ["Watersysteemheffing ingezetenen", "Lingedijk 112, Tricht", "1 woonruimte", "€ 134,87", "€ 134,87"],
             ["Watersysteemheffing gebouwd", "Lingedijk 112, Tricht", "WOZ € 612.000", "0,0394%", "€ 241,13"],
             ["Watersysteemheffing ongebouwd", "Tricht C 884, C 885", "6,82 ha", "€ 112,44/ha", "€ 766,84"],
             ["Zuiveringsheffing woonruimten", "Lingedijk 112, Tricht", "3 v.e.", "€ 70,76", "€ 212,28"],
             ["Totaal", "", "", "", "€ 1.355,12"]], (52, 38, 28, 22, 22), size=8.2)
    d.p("U betaalt in 10 termijnen via automatische incasso van rekening " + pers_iban + " (machtiging van "
        "14-03-2019, kenmerk MNDT-0088142-R). Betaalt u zelf? Maak het bedrag dan over op " + org_iban +
        " ten name van Belastingsamenwerking Rivierenland onder vermelding van het aanslagnummer.")
    d.p("Bent u het niet eens met deze aanslag? U kunt binnen zes weken na de dagtekening bezwaar maken via "
        "www.bsr.nl/bezwaar. Kwijtschelding kunt u aanvragen bij de BSR; de Waterschapswet en de "
        "Invorderingswet 1990 zijn van toepassing.")
    d.p("Medewerker Heffingen: R. Çelik, direct 0344 57 98 62.", size=8)
    d.r("PERSON", "J.A. Schimmel-Wolbers", "Schimmel-Wolbers", "J.A.")
    d.r("PERSON", "M. Schimmel", "M. Schimmel")
    d.r("ADDRESS", "Lingedijk 112, 4196 HG Tricht", "Lingedijk 112", "4196 HG")
    d.r("ID", "aanslagnummer", "2025.118.44719")
    d.r("ID", "subjectnummer", "40027781")
    d.r("IBAN", pers_iban, pers_iban)
    d.r("ID", "machtigingskenmerk", "MNDT-0088142-R")
    d.r("PERSON", "R. Çelik", "Çelik")
    d.r("PHONE", "0344 57 98 62", "0344 57 98 62")
    d.k("ORG", "Belastingsamenwerking Rivierenland", "Belastingsamenwerking Rivierenland", "BSR")
    d.k("IBAN_ORG", org_iban, org_iban)
    d.k("ORG", "Waterschap Rivierenland", "Waterschap Rivierenland")
    d.k("ADDRESS_PUBLIC", "Postbus 2", "Postbus 2, 4000 AA Tiel", "(0344) 57 99 99")
    d.k("TERM", "heffingen", "Watersysteemheffing ingezetenen", "Watersysteemheffing ongebouwd",
        "Zuiveringsheffing woonruimten")
    d.k("AMOUNT", "totaal", "€ 1.355,12", "€ 134,87")
    d.k("LAW", "wetten", "Waterschapswet", "Invorderingswet 1990", "Algemene wet inzake rijksbelastingen")
    d.k("WEB", "bsr.nl/bezwaar", "www.bsr.nl/bezwaar")
    d.notes = "The BSR's own IBAN is a keep probe (organisation's account for payment); the payer's IBAN is redacted."
    return d


# ============================================================== bm33 scan toestemming betreden grond
@reg
def bm33():
    d = Doc("bm33_scan_toestemming_betreden_grond", "Toestemmingsverklaring betreden percelen (scan)",
            producer="PIL scan (form with typed entries, JPEG)")

    def draw(img, dr, F):
        f = F("DejaVuSans", 29)
        fb = F("DejaVuSans-Bold", 33)
        typ = F("LiberationMono", 31)
        hand = F("Femke", 50)
        x = 150
        dr.text((x, 160), "Hoogheemraadschap De Stichtse Rijnlanden", font=fb, fill=20)
        dr.text((x, 210), "TOESTEMMING BETREDEN PERCELEN - grondonderzoek dijkversterking Lekdijk", font=f, fill=20)
        y = 320
        for lab, val in [("Naam eigenaar/gebruiker", "Cornelis Bastiaan Versteeg"),
                         ("Adres", "Lekdijk 241, 3411 MB Lopik"),
                         ("Telefoon", "06 57 23 04 81"),
                         ("Kadastrale percelen", "Lopik M 402, M 417"),
                         ("Pachter (indien van toepassing)", "Dirk Oudshoorn")]:
            dr.text((x, y), lab, font=f, fill=20)
            dr.text((x + 620, y), val, font=typ, fill=10)
            dr.line((x + 610, y + 40, x + 1380, y + 40), fill=90, width=2)
            y += 85
        y += 30
        for ln in ["Ondergetekende geeft toestemming aan medewerkers van het hoogheemraadschap en",
                   "aan Fugro Nederland B.V. om in de periode 1 juli - 30 september 2025",
                   "sonderingen en boringen uit te voeren. Schade wordt vergoed volgens de",
                   "Schadeverordening HDSR.", "", "Bijzonderheden: honden loslopend op erf, bellen vooraf",
                   "(niet op zondag: rustdag i.v.m. geloofsovertuiging)."]:
            dr.text((x, y), ln, font=f, fill=20)
            y += 48
        y += 40
        dr.text((x, y), "Plaats/datum:  Lopik, 18-06-2025", font=f, fill=20)
        dr.text((x, y + 70), "Handtekening:", font=f, fill=20)
        dr.text((x + 300, y + 50), "C.B. Versteeg", font=hand, fill=40)
        dr.text((x, y + 200), "Ontvangen HDSR team Vastgoed, behandelaar: Noor Bakkali", font=f, fill=20)
    scan_pdf(d.stem, draw, seed=33, angle=0.9, quality=52)
    d.built = True
    d.r("PERSON", "Cornelis Bastiaan Versteeg", "Versteeg", "Cornelis Bastiaan", ch="ocr")
    d.r("ADDRESS", "Lekdijk 241, 3411 MB Lopik", "Lekdijk 241", "3411 MB", ch="ocr")
    d.r("PHONE", "06 57 23 04 81", "06 57 23 04 81", ch="ocr")
    d.r("PERSON", "Dirk Oudshoorn", "Oudshoorn", ch="ocr")
    d.r("RELIGION", "geloofsovertuiging", "geloofsovertuiging", ch="ocr")
    d.r("PERSON", "Noor Bakkali", "Bakkali", ch="ocr")
    return d
