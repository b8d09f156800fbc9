"""Set BM documents bm01-bm11: provincial permits, enforcement, nitrogen, water board levies."""
from __future__ import annotations

from lib import (A4, Doc, landscape, mm, colors, make_bsn, make_iban, scan_pdf, bold_of, TA_RIGHT)

DOCS = []


def reg(fn):
    DOCS.append(fn)
    return fn


def sidecol(c, lines, x, y, font="Helvetica", size=7.3, lead=9.6):
    for ln in lines:
        f = font
        if ln.startswith("**"):
            ln = ln[2:]
            f = bold_of(font)
        c.setFont(f, size)
        c.drawString(x, y, ln)
        y -= lead


def logo(c, x, y, name, sub=None, font="Helvetica-Bold", size=14, color="#00557f"):
    c.setFillColor(colors.HexColor(color))
    c.rect(x, y - 2, 5 * mm, 5 * mm, fill=1, stroke=0)
    c.setFont(font, size)
    c.drawString(x + 7 * mm, y, name)
    if sub:
        c.setFont("Helvetica", 7.5)
        c.drawString(x + 7 * mm, y - 10, sub)
    c.setFillColor(colors.black)


# ============================================================== bm01 Gelderland natuurvergunning
@reg
def bm01():
    d = Doc("bm01_gelderland_besluit_natura2000_activiteit", "Besluit omgevingsvergunning Natura 2000-activiteit",
            font="LiberationSans", size=9.3, producer="reportlab (Liberation Sans, side column)")
    d.first_top = 88 * mm
    d.first_right = 68 * mm
    W, H = A4

    def fp(c, doc):
        logo(c, 25 * mm, H - 22 * mm, "provincie Gelderland", color="#7a1f3d")
        sidecol(c, ["**Huis der Provincie", "Markt 11, Arnhem", "Postbus 9090", "6800 GX Arnhem",
                    "telefoon (026) 359 99 99", "post@gelderland.nl", "www.gelderland.nl", "",
                    "**Contactpersoon", "ing. R.J. Wamelink", "telefoon 06 38 51 27 94",
                    "r.wamelink@gelderland.nl", "", "**Zaaknummer", "2024-018734", "**Ons kenmerk",
                    "2025-003112", "**Datum", "14 maart 2025", "**Bijlage(n)", "1 (AERIUS-berekening)"],
                W - 60 * mm, H - 45 * mm, font="LiberationSans")
        c.setFont("LiberationSans", 9.3)
        y = H - 50 * mm
        for ln in ["Maatschap Hulshof-Te Brake", "T.a.v. de heer G.H.J. Hulshof", "Lintveldseweg 14",
                   "7131 PK  LICHTENVOORDE"]:
            c.drawString(25 * mm, y, ln)
            y -= 12
    d.first_page = fp
    d.footer = "Provincie Gelderland  |  2025-003112  |  pagina {p} van 2"
    d.p("<b>Onderwerp:</b> besluit omgevingsvergunning Natura 2000-activiteit, melkveehouderij Lintveldseweg 14")
    d.p("Geachte heer Hulshof,")
    d.p("Op 3 oktober 2024 hebben wij uw aanvraag ontvangen voor een omgevingsvergunning voor een "
        "Natura 2000-activiteit als bedoeld in artikel 5.1, eerste lid, onder e, van de Omgevingswet. De "
        "aanvraag betreft het wijzigen van de melkveehouderij van de maatschap: het vervangen van de "
        "ligboxenstal door een emissiearme stal (Rav-code A 1.100) en het afstoten van 40 stuks jongvee. "
        "Uw adviseur, de heer Stijn Overbeek van Countus accountants + adviseurs, heeft de aanvraag op 18 november "
        "2024 aangevuld met een nieuwe berekening in AERIUS Calculator.")
    d.h("Besluit", size=10.5)
    d.p("Gedeputeerde Staten van Gelderland besluiten de omgevingsvergunning te verlenen onder de voorschriften "
        "in paragraaf 4. De vergunning geldt voor de locatie Lintveldseweg 14 in de gemeente Oost Gelre.")
    d.h("Overwegingen", size=10.5)
    d.p("De dichtstbijzijnde stikstofgevoelige Natura 2000-gebieden zijn Korenburgerveen, Stelkampsveld en "
        "Willinks Weust. Uit de AERIUS-berekening (kenmerk RfNWjX8q2sXk, 12 november 2024) blijkt dat de "
        "beoogde situatie op geen enkel hexagoon leidt tot een toename van stikstofdepositie ten opzichte van "
        "de referentiesituatie. Van intern salderen is daarmee sprake; extern salderen is niet aan de orde. "
        "Wij hebben de aanvraag getoetst aan de Beleidsregels intern salderen Gelderland en aan de "
        "uitspraak van de Afdeling bestuursrechtspraak van de Raad van State van 18 december 2024 "
        "(ECLI:NL:RVS:2024:4923) over de vergunningplicht bij intern salderen.")
    d.p("Het bedrijf is ook een PAS-melder voor de uitbreiding van 2017; die melding valt buiten dit besluit "
        "en wordt behandeld in het Programma legalisatie PAS-meldingen van BIJ12 en de provincie. "
        "De heer Hulshof heeft ons op 27 januari 2025 telefonisch laten weten dat zijn schoonzoon, "
        "Bart Kempers, het bedrijf op termijn overneemt; dat heeft geen gevolgen voor deze vergunning.")
    d.brk()
    d.h("Voorschriften (paragraaf 4)", size=10.5)
    d.table([["Nr.", "Voorschrift"],
             ["4.1", "Het aantal dieren bedraagt ten hoogste 145 melk- en kalfkoeien en 90 stuks jongvee."],
             ["4.2", "De nieuwe stal wordt uitgevoerd als emissiearm systeem met Rav-code A 1.100."],
             ["4.3", "Binnen vier weken na ingebruikname meldt de vergunninghouder dit aan de "
                     "Omgevingsdienst Achterhoek (ODA) via vergunningen@odachterhoek.nl."],
             ["4.4", "De oude ligboxenstal is uiterlijk 1 oktober 2026 buiten gebruik gesteld."]], (12, 128))
    d.h("Bezwaar", size=10.5)
    d.p("Binnen zes weken na de dag van verzending kunt u bezwaar maken bij Gedeputeerde Staten van "
        "Gelderland, Postbus 9090, 6800 GX Arnhem, of digitaal via www.gelderland.nl/bezwaar. Zie de "
        "Algemene wet bestuursrecht, hoofdstuk 6 en 7.")
    d.p("Hoogachtend,<br/>namens Gedeputeerde Staten van Gelderland,")
    d.sp(10)
    d.p("ing. M.A. Ter Haar-Verbeek<br/>teamleider Vergunningverlening Natuur")
    d.sp(2)
    d.p("Afschrift aan: gemeente Oost Gelre; Omgevingsdienst Achterhoek; Waterschap Rijn en IJssel; "
        "S. Overbeek (Countus), per e-mail s.overbeek@countus.nl", size=8)
    d.r("PERSON", "G.H.J. Hulshof", "Hulshof", "G.H.J.")
    d.r("PERSON", "Te Brake (maat)", "Te Brake")
    d.r("ADDRESS", "Lintveldseweg 14, 7131 PK Lichtenvoorde", "Lintveldseweg 14", "7131 PK")
    d.r("PERSON", "R.J. Wamelink", "Wamelink", "R.J.")
    d.r("PHONE", "06 38 51 27 94", "06 38 51 27 94")
    d.r("EMAIL", "r.wamelink@gelderland.nl", "r.wamelink@gelderland.nl")
    d.r("PERSON", "Stijn Overbeek", "Overbeek", "Stijn", "S. Overbeek")
    d.r("EMAIL", "s.overbeek@countus.nl", "s.overbeek@countus.nl")
    d.r("PERSON", "Bart Kempers", "Kempers", "Bart")
    d.r("PERSON", "M.A. Ter Haar-Verbeek", "Ter Haar-Verbeek", "M.A.")
    d.k("ORG", "Provincie Gelderland", "Provincie Gelderland")
    d.k("ORG", "Gedeputeerde Staten van Gelderland", "Gedeputeerde Staten van Gelderland")
    d.k("ADDRESS_PUBLIC", "Postbus 9090", "Postbus 9090", "6800 GX Arnhem", "Markt 11")
    d.k("PHONE_SWITCHBOARD", "(026) 359 99 99", "(026) 359 99 99")
    d.k("EMAIL_FUNCTIONAL", "post@gelderland.nl", "post@gelderland.nl", "vergunningen@odachterhoek.nl")
    d.k("CASE", "2024-018734", "2024-018734", "2025-003112")
    d.k("LAW", "Omgevingswet", "Omgevingswet", "Algemene wet bestuursrecht")
    d.k("PLACE", "Natura 2000", "Korenburgerveen", "Stelkampsveld", "Willinks Weust")
    d.k("PRODUCT", "AERIUS Calculator", "AERIUS Calculator")
    d.k("ORG", "Omgevingsdienst Achterhoek", "Omgevingsdienst Achterhoek", "ODA", "BIJ12",
        "Waterschap Rijn en IJssel", "Countus")
    d.k("PLACE", "gemeente Oost Gelre", "Oost Gelre")
    d.k("CASE", "ECLI", "ECLI:NL:RVS:2024:4923")
    d.k("TERM", "Rav-code", "Rav-code A 1.100", "PAS-melder")
    d.k("FUNCTION", "teamleider", "teamleider Vergunningverlening Natuur")
    return d


# ============================================================== bm02 last onder dwangsom (ODRN)
@reg
def bm02():
    d = Doc("bm02_odrn_last_onder_dwangsom_varkenshouderij", "Last onder dwangsom varkenshouderij",
            font="Times-Roman", size=10.2, producer="reportlab (Times, standard-14)")
    d.first_top = 80 * mm
    W, H = A4

    def fp(c, doc):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(25 * mm, H - 20 * mm, "Omgevingsdienst Regio Nijmegen")
        c.setFont("Helvetica", 7.5)
        c.drawString(25 * mm, H - 25 * mm, "namens Gedeputeerde Staten van Gelderland  |  Tweede Walstraat 20, "
                     "6511 LW Nijmegen  |  (024) 360 16 16  |  info@odrn.nl")
        c.setFont("Times-Roman", 10.2)
        y = H - 42 * mm
        for ln in ["AANGETEKEND EN PER GEWONE POST", "", "De heer W.J.M. van 't Hul", "Varkenshouderij Van 't Hul",
                   "Kraaijenbergseweg 3a", "6642 DD  BEUNINGEN (GLD)"]:
            c.drawString(25 * mm, y, ln)
            y -= 12.5
        c.setFont("Times-Roman", 8.5)
        y = H - 42 * mm
        for ln in ["Behandeld door: Y. Özdemir", "Doorkiesnummer: 024 360 17 42",
                   "Zaak: Z/24/214567-HH", "Datum: 2 april 2025"]:
            c.drawRightString(W - 25 * mm, y, ln)
            y -= 11
    d.first_page = fp
    d.footer = "ODRN Z/24/214567-HH  -  {p}"
    d.p("<b>Onderwerp: last onder dwangsom, overschrijding vergunde dieraantallen en PAS-melding</b>")
    d.p("Geachte heer Van 't Hul,")
    d.p("Op 11 februari 2025 heeft onze toezichthouder, de heer Yusuf Özdemir, samen met een collega van de "
        "Nederlandse Voedsel- en Warenautoriteit (NVWA) een controle uitgevoerd op uw bedrijf aan de "
        "Kraaijenbergseweg 3a. Daarbij zijn 3.460 vleesvarkens geteld, terwijl de natuurvergunning van 12 mei "
        "2009 er 2.200 toestaat. U stelt dat de uitbreiding is gemeld onder het Programma Aanpak Stikstof "
        "(PAS-melding van 4 maart 2016). Een PAS-melding is geen toestemming: de Afdeling bestuursrechtspraak "
        "heeft in 2019 geoordeeld dat het PAS niet als toestemmingsbasis kan dienen.")
    d.p("In het gesprek op 3 maart 2025 verklaarde uw echtgenote, mevrouw A.C. van 't Hul-Verhoeven, dat "
        "de extra dieren tijdelijk worden gehouden in afwachting van de legalisatie. Uw zoon Thijs "
        "van 't Hul liet weten dat het bedrijf wil deelnemen aan de Lbv-plus.")
    d.h("Besluit", size=11)
    d.p("Gedeputeerde Staten van Gelderland leggen u een last onder dwangsom op (artikel 5:32 Algemene wet "
        "bestuursrecht en artikel 18.1 van de Omgevingswet). U moet binnen twaalf weken na verzending van dit "
        "besluit het aantal vleesvarkens terugbrengen tot ten hoogste 2.200. Doet u dat niet, dan verbeurt u "
        "een dwangsom van € 25.000 per controle waarbij een overschrijding wordt vastgesteld, tot een maximum "
        "van € 150.000.")
    d.p("Wij zijn niet bevoegd te gedogen zolang de legalisatie niet zeker is. Gedeputeerde Van Heeswijk "
        "heeft in de Statencommissie Landelijk Gebied van 5 maart 2025 toegezegd dat PAS-melders niet "
        "zonder overleg worden gehandhaafd; dat overleg heeft met u plaatsgevonden.")
    d.brk()
    d.h("Begunstigingstermijn en zienswijze", size=11)
    d.p("Bij de vaststelling van de termijn hebben wij rekening gehouden met uw verklaring dat u vanwege "
        "een knieoperatie van uw zoon tijdelijk minder personeel heeft. Tegen het voornemen van 4 maart 2025 "
        "heeft uw advocaat, mr. J.-B. Mertens van Waalkade Advocaten, een zienswijze "
        "ingediend; die is in bijlage 2 samengevat en beantwoord.")
    d.h("Bezwaar", size=11)
    d.p("U kunt binnen zes weken bezwaar maken bij Gedeputeerde Staten van Gelderland, Postbus 9090, "
        "6800 GX Arnhem. Een voorlopige voorziening vraagt u aan bij de voorzieningenrechter van de "
        "rechtbank Gelderland.")
    d.p("Met vriendelijke groet,<br/>namens Gedeputeerde Staten van Gelderland,<br/>"
        "de directeur van de Omgevingsdienst Regio Nijmegen,")
    d.sp(9)
    d.p("drs. H.P. Lammers-Wagenvoort<br/>afdelingshoofd Toezicht en Handhaving Agrarisch<br/>"
        "(gemandateerd)")
    d.p("Afschrift: mr. J.-B. Mertens, jbmertens@waalkade-advocaten.nl; NVWA, regio Oost; gemeente Beuningen", size=8.5)
    d.r("PERSON", "W.J.M. van 't Hul", "van 't Hul", "Van 't Hul", "W.J.M.")
    d.r("ADDRESS", "Kraaijenbergseweg 3a, 6642 DD Beuningen", "Kraaijenbergseweg 3a", "6642 DD")
    d.r("PERSON", "Yusuf Özdemir", "Özdemir", "Yusuf", "Y. Özdemir")
    d.r("PHONE", "024 360 17 42", "024 360 17 42")
    d.r("PERSON", "A.C. van 't Hul-Verhoeven", "Hul-Verhoeven", "A.C.")
    d.r("PERSON", "Thijs van 't Hul", "Thijs")
    d.r("HEALTH", "knieoperatie (zoon)", "knieoperatie")
    d.r("PERSON", "mr. J.-B. Mertens", "Mertens", "J.-B.")
    d.r("EMAIL", "jbmertens@waalkade-advocaten.nl", "jbmertens@waalkade-advocaten.nl")
    d.r("PERSON", "H.P. Lammers-Wagenvoort", "Lammers-Wagenvoort", "H.P.")
    d.k("ORG", "Omgevingsdienst Regio Nijmegen", "Omgevingsdienst Regio Nijmegen")
    d.k("ADDRESS_PUBLIC", "Tweede Walstraat 20", "Tweede Walstraat 20", "(024) 360 16 16", "info@odrn.nl")
    d.k("CASE", "Z/24/214567-HH", "Z/24/214567-HH")
    d.k("ORG", "NVWA", "Nederlandse Voedsel- en Warenautoriteit", "NVWA")
    d.k("PROGRAMME", "Programma Aanpak Stikstof", "Programma Aanpak Stikstof", "PAS-melding", "Lbv-plus")
    d.k("LAW", "Awb", "artikel 5:32 Algemene wet bestuursrecht", "artikel 18.1 van de Omgevingswet")
    d.k("OFFICE_HOLDER", "gedeputeerde Van Heeswijk", "Van Heeswijk")
    d.k("ORG", "Gedeputeerde Staten van Gelderland", "Gedeputeerde Staten van Gelderland")
    d.k("ORG", "Statencommissie Landelijk Gebied", "Statencommissie Landelijk Gebied")
    d.k("ORG", "rechtbank Gelderland", "rechtbank Gelderland", "Afdeling bestuursrechtspraak")
    d.k("AMOUNT", "dwangsom", "€ 25.000", "€ 150.000")
    d.k("FUNCTION", "afdelingshoofd", "afdelingshoofd Toezicht en Handhaving Agrarisch")
    d.k("PLACE", "gemeente Beuningen", "gemeente Beuningen")
    return d


# ============================================================== bm03 controlerapport (table, BOA)
@reg
def bm03():
    d = Doc("bm03_controlerapport_melkveebedrijf", "Controlerapport agrarische inrichting",
            font="DejaVuSansCondensed", size=8.6, producer="reportlab (DejaVu Sans Condensed, tables)")
    W, H = A4
    d.top = 20 * mm

    def fp(c, doc):
        c.setFont("DejaVuSansCondensed-Bold", 9)
        c.drawRightString(W - 25 * mm, H - 12 * mm, "RUD Drenthe  -  Controlerapport  -  vertrouwelijk tot besluit")
    d.first_page = fp
    d.footer = "RUD Drenthe | Lauwers 10, Assen | 0592 36 53 03 | pagina {p}"
    d.h("CONTROLERAPPORT AGRARISCHE INRICHTING", size=11)
    d.kv([["Inrichting", "Melkveebedrijf J. en E. Nijboer-Oldenkamp, Drouwenermond"],
          ["Adres", "Gasselterweg 81, 9521 TA Nieuw-Buinen"],
          ["Bevoegd gezag", "Gedeputeerde Staten van Drenthe (Natura 2000-activiteit); gemeente Borger-Odoorn"],
          ["Zaaknummer", "RUD-2025-00871 / controle C25-0311"],
          ["Datum controle", "19 februari 2025, 09.15-12.40 uur"],
          ["Aanwezig namens bedrijf", "Jannes Nijboer (eigenaar), Edith Nijboer-Oldenkamp, Tomasz Kowalczyk (medewerker)"]],
         widths=(38, 120))
    d.h("Toezichthouders", size=9.5)
    d.table([["Naam", "Functie", "BOA-/legitimatienr.", "Telefoon"],
             ["F.A. (Frits) Mulder", "toezichthouder agrarisch", "BOA 3318-4471", "06 21 09 44 18"],
             ["L. Wassenaar", "toezichthouder natuur", "legitimatie RUD-0587", "06 52 73 80 06"],
             ["A. Bouwmeester", "stikstofspecialist (op afstand)", "-", "via 0592 36 53 03"]], (42, 44, 40, 32))
    d.h("Bevindingen", size=9.5)
    d.table([["Nr.", "Onderwerp", "Bevinding", "Oordeel"],
             ["1", "Dieraantallen", "Geteld: 212 melkkoeien, 130 jongvee. Vergund: 180 / 120. Volgens de heer "
                                    "Nijboer betreft het een PAS-melding uit 2015.", "overtreding"],
             ["2", "Stalsysteem", "Emissiearme vloer (Rav BB 18.06.01) aanwezig en in goede staat.", "in orde"],
             ["3", "Mestopslag", "Mestzak 1.500 m3, afgedekt. Logboek ontbreekt over januari.", "aandachtspunt"],
             ["4", "Beweiding", "Mevrouw Nijboer-Oldenkamp verklaart dat de koeien vanaf mei weiden; "
                               "dit is bepalend voor de berekening in AERIUS.", "n.v.t."],
             ["5", "Natura 2000", "Afstand tot Drentsche Aa-gebied 9,1 km; Drouwenerzand 2,4 km.", "n.v.t."]],
            (9, 26, 100, 23))
    d.h("Conclusie en vervolg", size=9.5)
    d.p("Overtreding 1 wordt voorgelegd aan het team Juridische Handhaving van de RUD Drenthe (voorstel: "
        "voornemen last onder dwangsom). De heer Kowalczyk heeft het logboek na afloop per e-mail "
        "nagezonden (t.kowalczyk@nijboermelk.nl). Bij de uitvoering van de controle is de Handhavingsstrategie "
        "Drenthe 2023 gevolgd en is overlegd met gedeputeerde Jumelet (stikstof) over de "
        "lijn voor PAS-melders.")
    d.sp(3)
    d.table([["Opgesteld", "Gecontroleerd"],
             ["F.A. Mulder, 20-02-2025", "L. Wassenaar, 21-02-2025"]], (79, 79))
    d.r("PERSON", "Jannes Nijboer", "Nijboer", "Jannes")
    d.r("PERSON", "Edith Nijboer-Oldenkamp", "Nijboer-Oldenkamp", "Edith")
    d.r("ADDRESS", "Gasselterweg 81, 9521 TA", "Gasselterweg 81", "9521 TA")
    d.r("PERSON", "Tomasz Kowalczyk", "Kowalczyk", "Tomasz")
    d.r("EMAIL", "t.kowalczyk@nijboermelk.nl", "t.kowalczyk@nijboermelk.nl")
    d.r("PERSON", "F.A. (Frits) Mulder", "Mulder", "Frits", "F.A.")
    d.r("ID", "BOA 3318-4471", "3318-4471")
    d.r("PHONE", "06 21 09 44 18", "06 21 09 44 18")
    d.r("PERSON", "L. Wassenaar", "Wassenaar")
    d.r("ID", "legitimatie RUD-0587", "RUD-0587")
    d.r("PHONE", "06 52 73 80 06", "06 52 73 80 06")
    d.r("PERSON", "A. Bouwmeester", "Bouwmeester")
    d.k("ORG", "RUD Drenthe", "RUD Drenthe")
    d.k("ADDRESS_PUBLIC", "Lauwers 10", "Lauwers 10", "0592 36 53 03")
    d.k("ORG", "Gedeputeerde Staten van Drenthe", "Gedeputeerde Staten van Drenthe")
    d.k("PLACE", "Borger-Odoorn", "gemeente Borger-Odoorn", "Drouwenermond")
    d.k("CASE", "RUD-2025-00871", "RUD-2025-00871", "C25-0311")
    d.k("PLACE", "Natura 2000", "Drentsche Aa-gebied", "Drouwenerzand")
    d.k("TERM", "Rav BB 18.06.01", "Rav BB 18.06.01", "AERIUS")
    d.k("PROGRAMME", "Handhavingsstrategie Drenthe 2023", "Handhavingsstrategie Drenthe 2023")
    d.k("OFFICE_HOLDER", "gedeputeerde (Jumelet)", "Jumelet")
    d.k("FUNCTION", "toezichthouder", "toezichthouder agrarisch", "toezichthouder natuur", "stikstofspecialist")
    return d


# ============================================================== bm04 GS-nota PAS-melders with paraphs
@reg
def bm04():
    d = Doc("bm04_gs_nota_legalisatie_pas_melders", "GS-nota legalisatie PAS-melders Overijssel",
            font="Carlito", size=10, producer="reportlab (Carlito, paraph table)")
    W, H = A4
    d.footer = "GS-nota 2025/0412881  |  blad {p}"
    d.author = "Vos, Daniëlle (Provincie Overijssel)"

    def fp(c, doc):
        logo(c, 25 * mm, H - 18 * mm, "Provincie Overijssel", font="Carlito-Bold", color="#005a9c")
    d.first_page = fp
    d.h("Nota aan Gedeputeerde Staten", size=13)
    d.table([["Onderwerp", "Aanpak legalisatie PAS-melders, voortgang en verzoek om extra formatie"],
             ["Portefeuillehouder", "gedeputeerde Maurits von Martels (landbouw en natuur)"],
             ["Eenheid / team", "Ruimte en Bereikbaarheid / team Stikstof en Natuurvergunningen"],
             ["Steller", "D. (Daniëlle) Vos, tel. 038 499 71 36, d.vos@overijssel.nl"],
             ["Registratienummer", "2025/0412881"],
             ["Datum", "22 april 2025"],
             ["Openbaar", "ja, na besluitvorming"]], (40, 118), header=False, size=9.3)
    d.h("Paraaf")
    d.table([["Naam", "Functie", "Paraaf", "Datum"],
             ["H. (Henk) Scholten-Ten Dam", "teammanager Stikstof", "HSTD", "23-04"],
             ["C.M. Brouwer", "eenheidsmanager", "CMB", "24-04"],
             ["drs. E. Stegeman", "concerncontroller", "ES", "25-04"],
             ["S. Yilmaz-van Dorth", "juridisch adviseur Team Handhaving", "SYD", "25-04"]], (52, 60, 22, 24),
            size=9)
    d.h("Aanleiding")
    d.p("Overijssel telt 632 PAS-melders (stand BIJ12, 1 april 2025). Het Rijk heeft in de Kamerbrief van "
        "minister Wiersma van 14 februari 2025 aangegeven dat het legalisatieprogramma doorloopt tot 2030. "
        "Gedeputeerde Von Martels heeft in de Statencommissie Economie en Landbouw gevraagd om een "
        "voorstel voor extra capaciteit bij de Omgevingsdienst IJsselland.")
    d.h("Geadviseerd besluit")
    d.p("Gedeputeerde Staten wordt gevraagd: 1. kennis te nemen van de voortgang; 2. in te stemmen met 4 fte "
        "extra bij team Stikstof en Natuurvergunningen, ten laste van het Uitvoeringsprogramma Landelijk "
        "Gebied; 3. in te stemmen met de beantwoording van de brief van LTO Noord van 2 april 2025.")
    d.h("Kern")
    d.p("Van de 632 melders zijn er 141 met een individueel traject. Bij 22 bedrijven loopt een "
        "handhavingsverzoek van Mobilisation for the Environment (MOB); de heer Vollenbroek heeft namens MOB "
        "aangekondigd bij uitblijven van handhaving beroep in te stellen. Hij treedt op als "
        "voorzitter van die vereniging. In het casusoverleg van 15 april is de situatie van de "
        "familie Haarman uit Dalfsen besproken: daar speelt een bedrijfsovername na het overlijden "
        "van mevrouw G. Haarman-Bosch (februari 2025).")
    d.brk()
    d.h("Toelichting")
    d.p("Het team rekent met 1,5 fte per 40 individuele dossiers. De ODRA en de Omgevingsdienst IJsselland "
        "hebben via hun directeuren laten weten geen capaciteit te kunnen leveren vóór 1 september 2025. "
        "Contactpersoon bij IJsselland is de heer Rik Beltman (ambtelijk opdrachtnemer).")
    d.h("Krachtenveld")
    d.p("LTO Noord, BBB-fractie en de Vereniging PAS-melders Nederland (VPN) vragen om snelheid. "
        "Kamerlid Vermeer (BBB) heeft schriftelijke vragen gesteld (Aanhangsel Handelingen 2024-2025, nr. 1377).")
    d.h("Informatie die niet openbaar gemaakt kan worden")
    d.p("[Nog in te vullen bij openbaarmaking.]")
    d.r("PERSON", "D. (Daniëlle) Vos", "Vos", "Daniëlle")
    d.r("PHONE", "038 499 71 36", "038 499 71 36")
    d.r("EMAIL", "d.vos@overijssel.nl", "d.vos@overijssel.nl")
    d.r("PERSON", "Henk Scholten-Ten Dam", "Scholten-Ten Dam", "Henk")
    d.r("PARAPH", "HSTD", "HSTD")
    d.r("PERSON", "C.M. Brouwer", "Brouwer", "C.M.")
    d.r("PARAPH", "CMB", "CMB")
    d.r("PERSON", "drs. E. Stegeman", "Stegeman")
    d.r("PARAPH", "ES", "ES")
    d.r("PERSON", "S. Yilmaz-van Dorth", "Yilmaz-van Dorth")
    d.r("PARAPH", "SYD", "SYD")
    d.r("PERSON", "Haarman (familie)", "Haarman")
    d.r("PERSON", "G. Haarman-Bosch", "Haarman-Bosch")
    d.r("PERSON", "Rik Beltman", "Beltman", "Rik")
    d.r("PERSON", "Vos, Daniëlle (Info Author)", "Vos, Daniëlle", ch="metadata")
    d.k("OFFICE_HOLDER", "gedeputeerde Von Martels", "Maurits von Martels", "Von Martels")
    d.k("OFFICE_HOLDER", "minister Wiersma", "Wiersma")
    d.k("OFFICE_HOLDER", "Kamerlid Vermeer", "Vermeer")
    d.k("ORG", "Provincie Overijssel", "Provincie Overijssel")
    d.k("ORG", "BIJ12", "BIJ12", "LTO Noord", "Omgevingsdienst IJsselland", "ODRA")
    d.k("ORG", "MOB", "Mobilisation for the Environment", "Vereniging PAS-melders Nederland")
    d.k("CASE", "2025/0412881", "2025/0412881")
    d.k("PROGRAMME", "Uitvoeringsprogramma Landelijk Gebied", "Uitvoeringsprogramma Landelijk Gebied")
    d.k("PLACE", "Dalfsen", "Dalfsen")
    d.k("FUNCTION", "functions", "teammanager Stikstof", "eenheidsmanager", "concerncontroller")
    d.k("ORG", "Statencommissie Economie en Landbouw", "Statencommissie Economie en Landbouw")
    d.k("DOC", "Aanhangsel Handelingen", "Aanhangsel Handelingen 2024-2025, nr. 1377")
    return d


# ============================================================== bm05 besluitenlijst GS (mostly keep)
@reg
def bm05():
    d = Doc("bm05_besluitenlijst_gs_brabant", "Besluitenlijst vergadering Gedeputeerde Staten",
            font="Helvetica", size=9, producer="reportlab (Helvetica, standard-14)")
    W, H = A4
    d.footer = "Besluitenlijst GS 20 mei 2025 - pagina {p} van 1"

    def fp(c, doc):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(25 * mm, H - 16 * mm, "Provincie Noord-Brabant")
    d.first_page = fp
    d.h("Besluitenlijst van de vergadering van Gedeputeerde Staten van dinsdag 20 mei 2025", size=11)
    d.p("Aanwezig: commissaris van de Koning Ina Adema (voorzitter); gedeputeerden Van der Maat, Otters-Bruijnen, "
        "Smit en Van den Hout. Afwezig met bericht: gedeputeerde Koppen. Notulist: B.M. (Babette) "
        "Verschuren-Ooms, bestuursadviseur.")
    d.table([["Nr.", "Onderwerp", "Besluit", "Portefeuille"],
             ["1", "Vaststellen besluitenlijst 13 mei 2025", "Conform.", "CdK"],
             ["2", "Gebiedsprogramma Peelvenen; aankoop gronden rond Groote Peel (nota 5587421, steller "
                   "J. van Lieshout)", "Ingestemd met aankoopstrategie; mandaat aan directeur Ruimte.",
              "gedeputeerde Van der Maat"],
             ["3", "Handhavingsverzoek Stichting Brabantse Milieufederatie (BMF) inzake PAS-melders Gemert-Bakel",
              "Afgewezen conform advies ODZOB; brief aan BMF ondertekend.", "gedeputeerde Otters-Bruijnen"],
             ["4", "Zienswijze dijkversterking Maas (Waterschap Aa en Maas, traject Ravenstein-Lith)",
              "Vastgesteld; PS informeren met statenmededeling.", "gedeputeerde Smit"],
             ["5", "Verzoek om gesprek van de heer P.J.M. Daniëls (melkveehouder, Deurne) over de "
                   "Lbv-plus-regeling", "Gedeputeerde Van der Maat voert gesprek; ambtelijke voorbereiding "
                   "door M. Ramdin.", "gedeputeerde Van der Maat"],
             ["6", "Benoeming lid Adviescommissie bezwaarschriften (mr. K.E. Terpstra)", "Besloten, "
                   "aanhouden tot na gesprek.", "CdK"],
             ["7", "Woo-verzoek Omroep Brabant over stikstofbank", "Besluit conform; lakken persoonsgegevens.",
              "gedeputeerde Van den Hout"]], (9, 66, 55, 30), size=8.3)
    d.p("Ondertekend: de commissaris van de Koning, Ina Adema; de secretaris (voor deze: B.M. Verschuren-Ooms).",
        size=8.5)
    d.p("Adres: Provinciehuis, Brabantlaan 1, 5216 TV 's-Hertogenbosch, telefoon (073) 681 28 12, "
        "info@brabant.nl", size=8)
    d.r("PERSON", "B.M. (Babette) Verschuren-Ooms", "Verschuren-Ooms", "Babette", "B.M.")
    d.r("PERSON", "J. van Lieshout", "van Lieshout")
    d.r("PERSON", "P.J.M. Daniëls", "Daniëls", "P.J.M.")
    d.r("PERSON", "M. Ramdin", "Ramdin")
    d.r("PERSON", "mr. K.E. Terpstra", "Terpstra", "K.E.")
    d.k("OFFICE_HOLDER", "CdK Ina Adema", "Ina Adema")
    d.k("OFFICE_HOLDER", "gedeputeerden", "Van der Maat", "Otters-Bruijnen", "Smit", "Van den Hout", "Koppen")
    d.k("ORG", "Provincie Noord-Brabant", "Provincie Noord-Brabant", "Gedeputeerde Staten")
    d.k("PROGRAMME", "Gebiedsprogramma Peelvenen", "Gebiedsprogramma Peelvenen", "Groote Peel", "Lbv-plus-regeling")
    d.k("ORG", "BMF", "Stichting Brabantse Milieufederatie", "BMF", "ODZOB", "Waterschap Aa en Maas",
        "Omroep Brabant", "Adviescommissie bezwaarschriften")
    d.k("PLACE", "places", "Gemert-Bakel", "Ravenstein-Lith", "Deurne")
    d.k("CASE", "nota 5587421", "5587421")
    d.k("ADDRESS_PUBLIC", "Brabantlaan 1", "Brabantlaan 1", "(073) 681 28 12", "info@brabant.nl")
    d.k("FUNCTION", "bestuursadviseur", "bestuursadviseur", "melkveehouder")
    return d


# ============================================================== bm06 e-mail chain province/OD/lawyer
@reg
def bm06():
    d = Doc("bm06_mailwisseling_provincie_od_advocaat", "RE: dwangsom Van 't Hul - verzoek uitstel",
            font="DejaVuSans", size=8.8, producer="reportlab (DejaVu Sans, Outlook print)")
    d.top = 18 * mm
    d.footer = "{p}"
    d.annots = [(0, "Lubbers, Dorien (PGLD)", "Marit, check even of de termijn van 2 juni klopt met het dwangsombesluit? Dorien")]
    W, H = A4

    def hdr(rows):
        d.table(rows, (24, 134), header=False, grid=False, size=8.4, pad=1)
    d.p("<b>Marit Hoogeveen</b>", size=11)
    d.flow[-1].style.spaceAfter = 6
    hdr([["Van:", "Marit Hoogeveen &lt;marit.hoogeveen@gelderland.nl&gt;"],
         ["Verzonden:", "donderdag 8 mei 2025 16:41"],
         ["Aan:", "'mr. J.-B. Mertens' &lt;jbmertens@waalkade-advocaten.nl&gt;"],
         ["CC:", "Özdemir, Yusuf &lt;y.ozdemir@odrn.nl&gt;; Juridische Zaken ODRN &lt;jz@odrn.nl&gt;; "
                 "Klein Gunnewiek, Jeroen &lt;jeroen.kleingunnewiek@gelderland.nl&gt;"],
         ["Onderwerp:", "RE: dwangsom Van 't Hul - verzoek uitstel begunstigingstermijn (Z/24/214567-HH)"]])
    d.p("Geachte heer Mertens,")
    d.p("Dank voor uw bericht. Wij hebben uw verzoek om verlenging van de begunstigingstermijn besproken met de "
        "Omgevingsdienst Regio Nijmegen. Gedeputeerde Staten zijn bereid de termijn te verlengen tot 2 juni "
        "2025, mits uw cliënt vóór 20 mei een ondertekende aanmelding voor de Lbv-plus kan overleggen. "
        "Gedeputeerde Van Heeswijk is over deze lijn geïnformeerd.")
    d.p("Met vriendelijke groet,<br/>Marit Hoogeveen<br/>Senior jurist Vergunningverlening, Toezicht en "
        "Handhaving<br/>Provincie Gelderland | Markt 11 | Arnhem<br/>M 06 47 20 83 15<br/>"
        "Werkdagen: ma, di, do", size=8.4)
    d.p("-----Oorspronkelijk bericht-----", size=8)
    hdr([["Van:", "Waalkade Advocaten &lt;secretariaat@waalkade-advocaten.nl&gt; namens mr. J.-B. Mertens"],
         ["Verzonden:", "dinsdag 6 mei 2025 09:12"],
         ["Aan:", "Hoogeveen, Marit"],
         ["CC:", "W. van 't Hul &lt;wimvanthul@kpnmail.nl&gt;"],
         ["Onderwerp:", "dwangsom Van 't Hul - verzoek uitstel begunstigingstermijn"]])
    d.p("Geachte mevrouw Hoogeveen, beste Marit,")
    d.p("Namens mijn cliënt, de heer W.J.M. van 't Hul, verzoek ik u de begunstigingstermijn met acht weken "
        "te verlengen. Cliënt heeft zich op 29 april gemeld bij RVO voor de Lbv-plus; de bevestiging "
        "(referentie LBVP-25-008812) stuur ik mee. De afvoer van dieren kost tijd: de slachterij (Vion, "
        "Boxtel) kan pas in week 22 extra dieren afnemen. Daarnaast is mijn cliënt sinds maart onder "
        "behandeling bij de GGZ vanwege overspannenheid; zijn zoon Thijs neemt het werk zoveel mogelijk over.")
    d.p("Ik verneem graag vóór vrijdag van u. Bij gebreke daarvan zal ik de voorzieningenrechter vragen "
        "een voorlopige voorziening te treffen.")
    d.p("Met vriendelijke groet,<br/>mr. Jean-Baptiste Mertens<br/>advocaat omgevingsrecht<br/>Waalkade "
        "Advocaten | Van Schaeck Mathonsingel 4 | 6512 AN Nijmegen<br/>T 024 322 19 80 | M +32 478 55 21 09",
        size=8.4)
    d.brk()
    d.p("-----Oorspronkelijk bericht-----", size=8)
    hdr([["Van:", "Özdemir, Yusuf &lt;y.ozdemir@odrn.nl&gt;"],
         ["Verzonden:", "maandag 5 mei 2025 11:03"],
         ["Aan:", "Hoogeveen, Marit; Klein Gunnewiek, Jeroen"],
         ["Onderwerp:", "hercontrole Kraaijenbergseweg"]])
    d.p("Hoi Marit en Jeroen,")
    d.p("Gisteren nog even langs geweest met Wendy van het team Agrarisch. Er staan nu ca. 3.100 varkens, "
        "dus er gaat wat af. Wim zelf was er niet; we hebben gesproken met zijn vrouw Annie en met Thijs. "
        "Wat mij betreft is uitstel tot begin juni verdedigbaar, maar dat is aan jullie. Let op: "
        "de advocaat heeft ook contact gehad met Kamerlid Van der Plas, ze kan vragen gaan stellen.")
    d.p("Groet,<br/>Yusuf<br/>Toezichthouder agrarisch | Omgevingsdienst Regio Nijmegen<br/>"
        "T 024 360 17 42 | www.odrn.nl", size=8.4)
    d.p("Dit bericht kan informatie bevatten die niet voor u bestemd is. De Provincie Gelderland aanvaardt "
        "geen aansprakelijkheid voor schade als gevolg van het gebruik van e-mail.", size=7)
    d.r("PERSON", "Marit Hoogeveen", "Hoogeveen", "Marit")
    d.r("EMAIL", "marit.hoogeveen@gelderland.nl", "marit.hoogeveen@gelderland.nl")
    d.r("PHONE", "06 47 20 83 15", "06 47 20 83 15")
    d.r("PERSON", "mr. Jean-Baptiste Mertens", "Mertens", "Jean-Baptiste", "J.-B.")
    d.r("EMAIL", "jbmertens@waalkade-advocaten.nl", "jbmertens@waalkade-advocaten.nl")
    d.r("PHONE", "+32 478 55 21 09", "+32 478 55 21 09")
    d.r("PERSON", "Yusuf Özdemir", "Özdemir", "Yusuf")
    d.r("EMAIL", "y.ozdemir@odrn.nl", "y.ozdemir@odrn.nl")
    d.r("PHONE", "024 360 17 42", "024 360 17 42")
    d.r("PERSON", "Jeroen Klein Gunnewiek", "Klein Gunnewiek", "Jeroen")
    d.r("EMAIL", "jeroen.kleingunnewiek@gelderland.nl", "jeroen.kleingunnewiek@gelderland.nl")
    d.r("PERSON", "W.J.M. (Wim) van 't Hul", "van 't Hul", "Van 't Hul", "W.J.M.", "Wim")
    d.r("EMAIL", "wimvanthul@kpnmail.nl", "wimvanthul@kpnmail.nl")
    d.r("PERSON", "Thijs van 't Hul", "Thijs")
    d.r("PERSON", "Annie van 't Hul", "Annie")
    d.r("PERSON", "Wendy (team Agrarisch)", "Wendy")
    d.r("HEALTH", "GGZ, overspannenheid", "overspannenheid")
    d.r("ID", "RVO reference tied to the farmer", "LBVP-25-008812")
    d.r("PERSON", "Dorien Lubbers (sticky note author)", "Lubbers", "Dorien", ch="annotations")
    d.k("ORG", "Provincie Gelderland", "Provincie Gelderland", "Gedeputeerde Staten")
    d.k("ORG", "Omgevingsdienst Regio Nijmegen", "Omgevingsdienst Regio Nijmegen", "ODRN")
    d.k("EMAIL_FUNCTIONAL", "jz@odrn.nl", "jz@odrn.nl", "secretariaat@waalkade-advocaten.nl")
    d.k("ORG", "Waalkade Advocaten", "Waalkade Advocaten")
    d.k("ADDRESS_PUBLIC", "Van Schaeck Mathonsingel 4", "Van Schaeck Mathonsingel 4", "024 322 19 80")
    d.k("CASE", "Z/24/214567-HH", "Z/24/214567-HH")
    d.k("OFFICE_HOLDER", "gedeputeerde Van Heeswijk", "Van Heeswijk")
    d.k("OFFICE_HOLDER", "Kamerlid Van der Plas", "Van der Plas")
    d.k("ORG", "RVO", "RVO", "Vion", "Lbv-plus")
    d.k("PLACE", "Boxtel", "Boxtel")
    d.k("FUNCTION", "Senior jurist", "Senior jurist Vergunningverlening", "advocaat omgevingsrecht")
    return d


# ============================================================== bm07 bezwaarschrift advocaat (DOCX)
@reg
def bm07():
    import docx
    from docx.shared import Pt, Mm
    from lib import soffice_pdf
    d = Doc("bm07_bezwaarschrift_advocaat_dwangsom", "Bezwaarschrift last onder dwangsom",
            producer="python-docx + LibreOffice (Liberation Serif)")
    doc = docx.Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(28)
    st = doc.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(10.5)
    hp = sec.header.paragraphs[0]
    hp.text = "WAALKADE ADVOCATEN  ·  Van Schaeck Mathonsingel 4  ·  6512 AN Nijmegen  ·  024 322 19 80"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = ("Op al onze diensten zijn de algemene voorwaarden van toepassing. Derdengelden: Stichting "
               "Beheer Derdengelden Waalkade Advocaten, IBAN " + make_iban("RABO", "316887012") + ".")
    fp.runs[0].font.size = Pt(7)

    def P(t, b=False, size=None, align=None):
        p = doc.add_paragraph()
        r = p.add_run(t)
        r.bold = b
        if size:
            r.font.size = Pt(size)
        if align == "r":
            p.alignment = 2
        return p
    P("Aan Gedeputeerde Staten van Gelderland\nt.a.v. de Adviescommissie bezwaarschriften\nPostbus 9090\n"
      "6800 GX ARNHEM")
    P("Nijmegen, 12 mei 2025", align="r")
    P("Ons kenmerk: 2025.0419/JBM/ld\nUw kenmerk: Z/24/214567-HH\nBetreft: bezwaar tegen last onder dwangsom "
      "d.d. 2 april 2025 – W.J.M. van 't Hul", size=9.5)
    P("Edelachtbaar college,")
    P("Ondergetekende, mr. Jean-Baptiste Mertens, advocaat te Nijmegen, kantoorhoudende aan de Van Schaeck "
      "Mathonsingel 4, treedt op voor de heer Wilhelmus Johannes Maria van 't Hul, geboren op 17 augustus "
      "1966, wonende aan de Kraaijenbergseweg 3a te (6642 DD) Beuningen, hierna: cliënt. Namens cliënt "
      "maak ik bezwaar tegen het besluit van 2 april 2025, kenmerk Z/24/214567-HH.")
    P("1. Feiten", b=True)
    P("Cliënt exploiteert sinds 1994 een varkenshouderij. In 2016 heeft hij een uitbreiding gemeld onder het "
      "Programma Aanpak Stikstof. Hij handelde te goeder trouw op aanwijzing van de provincie. Cliënt heeft "
      "een rapport laten opstellen door ir. Sanne Plomp-Achterberg van Arcadis; daaruit volgt dat de "
      "depositie op de Rijntakken minder dan 0,005 mol/ha/jaar bedraagt.")
    P("2. Gronden", b=True)
    P("2.1 Het besluit is in strijd met het vertrouwensbeginsel. De gedeputeerde, de heer Van Heeswijk, "
      "heeft in de Statencommissie toegezegd dat PAS-melders niet worden gehandhaafd zolang het "
      "legalisatieprogramma loopt. De staatssecretaris van LVVN, de heer Rummenie, heeft dat in "
      "zijn brief van 20 december 2024 bevestigd. Ook de toezichthouder, de heer Özdemir, heeft cliënt in "
      "2023 laten weten dat handhaving 'voorlopig niet aan de orde' was.")
    P("2.2 Het besluit is onevenredig (artikel 3:4 Awb). De gezondheidssituatie van cliënt, die sinds maart "
      "2025 wordt behandeld voor een depressie, maakt afbouw binnen twaalf weken onmogelijk. Cliënts "
      "echtgenote, mevrouw Adriana Cornelia van 't Hul-Verhoeven, heeft dit in haar verklaring (productie 3) "
      "toegelicht.")
    P("2.3 De begunstigingstermijn is te kort. Verwezen wordt naar ABRvS 23 februari 2022, "
      "ECLI:NL:RVS:2022:556.")
    P("3. Verzoek", b=True)
    P("Cliënt verzoekt u het besluit te herroepen, hem te horen en de proceskosten te vergoeden op grond van "
      "artikel 7:15 Awb. Cliënt machtigt ondergetekende; de machtiging is bijgevoegd.")
    P("Hoogachtend,")
    P("mr. J.-B. Mertens")
    P("Producties: 1. besluit 2 april 2025; 2. rapport Arcadis (S. Plomp-Achterberg); 3. verklaring "
      "A.C. van 't Hul-Verhoeven; 4. machtiging; 5. bevestiging RVO.", size=9)
    soffice_pdf(doc, d.stem)
    d.built = True
    d.r("PERSON", "mr. Jean-Baptiste Mertens", "Mertens", "Jean-Baptiste", "J.-B.")
    d.r("PARAPH", "JBM/ld", "JBM/ld", word=False)
    d.r("PERSON", "Wilhelmus Johannes Maria van 't Hul", "van 't Hul", "Wilhelmus Johannes Maria", "W.J.M.")
    d.r("DOB", "17 augustus 1966", "17 augustus 1966")
    d.r("ADDRESS", "Kraaijenbergseweg 3a, 6642 DD Beuningen", "Kraaijenbergseweg 3a", "6642 DD")
    d.r("PERSON", "ir. Sanne Plomp-Achterberg", "Plomp-Achterberg", "Sanne")
    d.r("PERSON", "Özdemir", "Özdemir")
    d.r("HEALTH", "depressie", "depressie")
    d.r("PERSON", "Adriana Cornelia van 't Hul-Verhoeven", "Hul-Verhoeven", "Adriana Cornelia", "A.C.")
    d.k("ORG", "Waalkade Advocaten", "WAALKADE ADVOCATEN", "Stichting Beheer Derdengelden Waalkade Advocaten")
    d.k("ORG", "Gedeputeerde Staten van Gelderland", "Gedeputeerde Staten van Gelderland")
    d.k("ADDRESS_PUBLIC", "Van Schaeck Mathonsingel 4", "Van Schaeck Mathonsingel 4", "024 322 19 80")
    d.k("IBAN_ORG", "derdengeldrekening", make_iban("RABO", "316887012"))
    d.k("CASE", "Z/24/214567-HH", "Z/24/214567-HH", "2025.0419")
    d.k("OFFICE_HOLDER", "gedeputeerde Van Heeswijk", "Van Heeswijk")
    d.k("OFFICE_HOLDER", "staatssecretaris Rummenie", "Rummenie")
    d.k("PROGRAMME", "Programma Aanpak Stikstof", "Programma Aanpak Stikstof")
    d.k("ORG", "Arcadis", "Arcadis", "LVVN")
    d.k("PLACE", "Rijntakken", "Rijntakken", "Nijmegen")
    d.k("LAW", "Awb", "artikel 3:4 Awb", "artikel 7:15 Awb", "ECLI:NL:RVS:2022:556")
    d.k("ORG", "Adviescommissie bezwaarschriften", "Adviescommissie bezwaarschriften")
    return d


# ============================================================== bm08 scan: handwritten zienswijze
@reg
def bm08():
    d = Doc("bm08_scan_zienswijze_buurman", "Zienswijze (scan)", producer="PIL scan (femkeklaver handwriting, JPEG)")

    def draw(img, dr, F):
        hand = F("Femke", 46)
        small = F("DejaVuSerif", 30)
        x = 150
        dr.text((1020, 150), "Ingekomen 14 MRT 2025", font=F("DejaVuSans-Bold", 30), fill=90)
        dr.text((1020, 190), "Provincie Gelderland / DIV", font=F("DejaVuSans", 24), fill=90)
        dr.rectangle((1000, 140, 1520, 230), outline=90, width=3)
        y = 320
        for ln in ["G. Wolterink - Ten Brinke", "Holtdijk 22", "7134 NG Vragender", "tel. 06-24 71 90 38", ""]:
            dr.text((x, y), ln, font=small, fill=20)
            y += 44
        y += 20
        for ln in ["Aan Gedeputeerde Staten van Gelderland", "Postbus 9090, 6800 GX Arnhem", "",
                   "Betreft: zienswijze vergunning Lintveldseweg 14", "", "Geachte heren en dames,", ""]:
            dr.text((x, y), ln, font=small, fill=20)
            y += 44
        for ln in ["Als buurman van de familie Hulshof wil ik", "mijn zorgen melden over de nieuwe stal.",
                   "Mijn vrouw Riek heeft astma en de stank", "is nu al erg. Wij wonen op 300 meter.",
                   "Ik vraag u de vergunning te weigeren.", "", "Met vriendelijke groet,"]:
            dr.text((x, y), ln, font=hand, fill=25)
            y += 64
        dr.line((x, y + 70, x + 380, y + 40), fill=30, width=4)
        dr.arc((x + 60, y + 10, x + 300, y + 110), 190, 350, fill=30, width=4)
        dr.text((x, y + 130), "Gerrit Wolterink", font=small, fill=20)
    scan_pdf(d.stem, draw, seed=8, angle=-0.8)
    d.built = True
    d.r("PERSON", "G. Wolterink-Ten Brinke", "Wolterink", ch="ocr")
    d.r("PERSON", "Gerrit Wolterink", "Gerrit", ch="ocr")
    d.r("ADDRESS", "Holtdijk 22, 7134 NG Vragender", "Holtdijk 22", "7134 NG", ch="ocr")
    d.r("PHONE", "06-24 71 90 38", "06-24 71 90 38", ch="ocr")
    d.notes = "Image-only scan; handwritten body lines (femkeklaver) are not probed where OCR misses them."
    return d


# ============================================================== bm09 watervergunning (Vallei en Veluwe)
@reg
def bm09():
    d = Doc("bm09_watervergunning_beregening_vallei_veluwe", "Watervergunning grondwateronttrekking beregening",
            font="DejaVuSerif", size=8.9, producer="reportlab (DejaVu Serif, side column)")
    d.first_top = 70 * mm
    d.first_right = 64 * mm
    W, H = A4

    def fp(c, doc):
        logo(c, 25 * mm, H - 20 * mm, "Waterschap Vallei en Veluwe", color="#0b7a3e")
        sidecol(c, ["**Bezoekadres", "Kanaal Noord 101", "7323 AB Apeldoorn", "**Postadres", "Postbus 4142",
                    "7320 JA Apeldoorn", "T 055 527 29 11", "waterschap@vallei-veluwe.nl", "",
                    "**Behandeld door", "Marjolein de Groot-Ubbink", "T 055 527 26 84",
                    "mdgroot@vallei-veluwe.nl", "", "**Zaaknummer", "VV-2025-004418", "**Datum",
                    "6 juni 2025"], W - 58 * mm, H - 38 * mm, font="DejaVuSans", size=7)
        c.setFont("DejaVuSerif", 8.9)
        y = H - 44 * mm
        for ln in ["Loonbedrijf en Akkerbouw Van Ark V.O.F.", "t.a.v. dhr. H. van Ark en mevr. S. van Ark-Top",
                   "Wolweg 18", "3776 LP Stroe"]:
            c.drawString(25 * mm, y, ln)
            y -= 11.5
    d.first_page = fp
    d.footer = "VV-2025-004418 | pagina {p}"
    d.p("<b>Onderwerp: watervergunning voor het onttrekken van grondwater voor beregening</b>")
    d.p("Beste heer en mevrouw Van Ark,")
    d.p("Op 14 april 2025 ontvingen wij uw aanvraag voor een watervergunning voor het onttrekken van maximaal "
        "60.000 m³ grondwater per jaar uit twee putten op het perceel naast de Wolweg 18 (kadastraal "
        "Barneveld, sectie L). Het dagelijks bestuur van Waterschap Vallei en Veluwe verleent de vergunning op "
        "grond van artikel 5.1 van de Omgevingswet en de Waterschapsverordening Vallei en Veluwe 2024.")
    d.p("De onttrekking ligt op 1,8 km van de Natura 2000-gebieden Veluwe en Binnenveld. Volgens de "
        "hydrologische toets van ing. Koen van der Zwaag (adviesbureau Tauw) blijft de verlaging bij "
        "de grens van het Natura 2000-gebied onder 2 cm. Wij nemen die toets over.")
    d.table([["Voorschrift", "Inhoud"],
             ["1", "De putten hebben een watermeter; de meterstand wordt jaarlijks vóór 1 februari gemeld via "
                   "het Omgevingsloket."],
             ["2", "Bij een beregeningsverbod (afkondiging dijkgraaf) wordt de onttrekking direct gestaakt."],
             ["3", "Contactpersoon bij calamiteiten namens de vergunninghouder: Hendrik van Ark, 06 11 93 27 45."]],
            (22, 84))
    d.p("Dijkgraaf Klip-Martin heeft in de vergadering van het algemeen bestuur van 19 maart 2025 het "
        "beleid voor beregening uit grondwater toegelicht. Deze vergunning past in dat beleid.")
    d.p("Heeft u vragen? Bel Marjolein de Groot-Ubbink of mail naar vergunningen@vallei-veluwe.nl.")
    d.p("Met vriendelijke groet,<br/>namens het dagelijks bestuur van Waterschap Vallei en Veluwe,<br/><br/>"
        "<br/>R.A.H. Pranger<br/>teamleider Vergunningen")
    d.r("PERSON", "H. van Ark", "van Ark", "Van Ark", "H. van Ark")
    d.r("PERSON", "S. van Ark-Top", "Ark-Top")
    d.r("PERSON", "Hendrik van Ark", "Hendrik")
    d.r("ADDRESS", "Wolweg 18, 3776 LP Stroe", "Wolweg 18", "3776 LP")
    d.r("PHONE", "06 11 93 27 45", "06 11 93 27 45")
    d.r("PERSON", "Marjolein de Groot-Ubbink", "de Groot-Ubbink", "Marjolein")
    d.r("PHONE", "055 527 26 84", "055 527 26 84")
    d.r("EMAIL", "mdgroot@vallei-veluwe.nl", "mdgroot@vallei-veluwe.nl")
    d.r("PERSON", "Koen van der Zwaag", "van der Zwaag", "Koen")
    d.r("PERSON", "R.A.H. Pranger", "Pranger", "R.A.H.")
    d.k("ORG", "Waterschap Vallei en Veluwe", "Waterschap Vallei en Veluwe")
    d.k("ADDRESS_PUBLIC", "Kanaal Noord 101", "Kanaal Noord 101", "Postbus 4142", "055 527 29 11")
    d.k("EMAIL_FUNCTIONAL", "functional", "waterschap@vallei-veluwe.nl", "vergunningen@vallei-veluwe.nl")
    d.k("CASE", "VV-2025-004418", "VV-2025-004418")
    d.k("LAW", "Omgevingswet", "artikel 5.1 van de Omgevingswet", "Waterschapsverordening Vallei en Veluwe 2024")
    d.k("PLACE", "Natura 2000", "Veluwe", "Binnenveld", "Barneveld")
    d.k("OFFICE_HOLDER", "dijkgraaf Klip-Martin", "Klip-Martin")
    d.k("ORG", "Tauw", "Tauw", "Omgevingsloket")
    d.k("FUNCTION", "teamleider Vergunningen", "teamleider Vergunningen")
    return d


# ============================================================== bm10 kwijtschelding waterschapsbelasting
@reg
def bm10():
    d = Doc("bm10_gblt_kwijtschelding_afwijzing", "Beslissing op verzoek om kwijtschelding",
            font="Helvetica", size=9.2, producer="reportlab (Helvetica, window envelope layout)")
    d.first_top = 95 * mm
    W, H = A4
    bsn = make_bsn("17342098")
    d.bsn = bsn

    def fp(c, doc):
        c.setFont("Helvetica-Bold", 13)
        c.drawString(25 * mm, H - 20 * mm, "GBLT")
        c.setFont("Helvetica", 7.5)
        c.drawString(25 * mm, H - 25 * mm, "Belastingen voor Waterschap Drents Overijsselse Delta, Waterschap "
                     "Rijn en IJssel en Waterschap Vallei en Veluwe")
        c.drawString(25 * mm, H - 29 * mm, "Postbus 1271, 7301 BM Apeldoorn  -  088 064 55 55  -  www.gblt.nl")
        c.setFont("Helvetica", 9.2)
        y = H - 52 * mm
        for ln in ["Mevrouw N. (Nadia) el Amrani", "Noordweg 47", "8264 PT  KAMPEN"]:
            c.drawString(25 * mm, y, ln)
            y -= 12
        c.setFont("Helvetica", 8)
        y = H - 52 * mm
        for ln in ["Datum: 23 januari 2025", "Debiteurnummer: 5.204.118.637", f"BSN: {bsn}",
                   "Aanslagnummer: 2024.07.118456", "Behandelaar: T. Kamphuis"]:
            c.drawString(125 * mm, y, ln)
            y -= 11
    d.first_page = fp
    d.footer = "GBLT - kwijtschelding - pagina {p}"
    d.p("<b>Onderwerp: beslissing op uw verzoek om kwijtschelding van waterschapsbelasting 2024</b>")
    d.p("Geachte mevrouw El Amrani,")
    d.p("Op 4 december 2024 ontvingen wij uw verzoek om kwijtschelding van de watersysteemheffing "
        "ingezetenen en de zuiveringsheffing woonruimten 2024 van Waterschap Drents Overijsselse Delta, "
        "in totaal € 412,36. Wij hebben uw verzoek getoetst aan de Invorderingswet 1990 en de "
        "Leidraad Invordering van het waterschap.")
    d.table([["", "Per maand"],
             ["Netto-inkomen (uitkering Participatiewet)", "€ 1.412,08"],
             ["Kostennorm (90% bijstandsnorm)", "€ 1.282,71"],
             ["Woonlasten boven normbedrag", "€ 96,40"],
             ["Betalingscapaciteit", "€ 32,97"]], (100, 40))
    d.p("Uw betalingscapaciteit over twaalf maanden is € 395,64. U krijgt daarom gedeeltelijk kwijtschelding: "
        "€ 16,72. Het resterende bedrag van € 395,64 kunt u in tien termijnen betalen. Uw bankrekening "
        f"{make_iban('INGB', '7718204')} wordt maandelijks belast als u een machtiging afgeeft.")
    d.p("U schreef dat u door de gevolgen van uw reumatische artritis extra zorgkosten heeft. Zorgkosten "
        "worden alleen meegenomen als zij blijken uit de beschikking van de gemeente Kampen (Wmo).")
    d.p("Bent u het niet eens met deze beslissing? Dan kunt u binnen drie maanden in beroep gaan bij de "
        "directeur van GBLT, Postbus 1271, 7301 BM Apeldoorn. Uw geboortedatum (09-11-1979) en "
        "debiteurnummer vermeldt u in uw beroepschrift.")
    d.p("Met vriendelijke groet,<br/>de directeur van GBLT, namens deze,<br/>T. Kamphuis, medewerker Kwijtschelding")
    iban = make_iban('INGB', '7718204')
    d.r("PERSON", "N. (Nadia) el Amrani", "el Amrani", "El Amrani", "Nadia")
    d.r("ADDRESS", "Noordweg 47, 8264 PT Kampen", "Noordweg 47", "8264 PT")
    d.r("ID", "debiteurnummer", "5.204.118.637")
    d.r("BSN", bsn, bsn)
    d.r("ID", "aanslagnummer", "2024.07.118456")
    d.r("PERSON", "T. Kamphuis", "Kamphuis")
    d.r("IBAN", iban, iban)
    d.r("HEALTH", "reumatische artritis", "reumatische artritis")
    d.r("DOB", "09-11-1979", "09-11-1979")
    d.k("ORG", "GBLT", "GBLT", "Waterschap Drents Overijsselse Delta")
    d.k("ADDRESS_PUBLIC", "Postbus 1271", "Postbus 1271, 7301 BM Apeldoorn", "088 064 55 55")
    d.k("LAW", "Invorderingswet 1990", "Invorderingswet 1990", "Leidraad Invordering", "Participatiewet")
    d.k("TERM", "heffingen", "watersysteemheffing", "zuiveringsheffing woonruimten")
    d.k("AMOUNT", "bedragen", "€ 412,36", "€ 16,72", "€ 395,64")
    d.k("PLACE", "gemeente Kampen", "gemeente Kampen")
    d.k("FUNCTION", "medewerker Kwijtschelding", "medewerker Kwijtschelding")
    return d


# ============================================================== bm11 kwijtschelding form (AcroForm)
@reg
def bm11():
    from reportlab.pdfgen import canvas
    from lib import DOCS_DIR
    d = Doc("bm11_formulier_kwijtschelding_acroform", "Verzoek om kwijtschelding (ingevuld formulier)",
            producer="reportlab canvas AcroForm (Helvetica)")
    out = DOCS_DIR / f"{d.stem}.pdf"
    W, H = A4
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setTitle("Verzoek om kwijtschelding waterschapsbelasting")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(22 * mm, H - 22 * mm, "Wetterskip Fryslân - Verzoek om kwijtschelding 2025")
    c.setFont("Helvetica", 8.5)
    c.drawString(22 * mm, H - 28 * mm, "Stuur dit formulier naar Wetterskip Fryslân, Postbus 36, 8900 AA "
                 "Leeuwarden, of mail het naar kwijtschelding@wetterskipfryslan.nl. Vragen? 058 292 22 22.")
    bsn = make_bsn("20561374")
    iban = make_iban("RABO", "3327501")
    fields = [("naam", "Naam aanvrager", "Sjoerdtsje Hettinga-de Vries"),
              ("geb", "Geboortedatum", "03-05-1958"),
              ("bsn", "Burgerservicenummer", bsn),
              ("adres", "Adres", "Skilplein 9, 9001 ZJ Grou"),
              ("tel", "Telefoon", "06 83 12 50 77"),
              ("mail", "E-mail", "s.hettinga58@ziggo.nl"),
              ("iban", "IBAN", iban),
              ("partner", "Naam partner", "Auke Hettinga (overleden 2023)"),
              ("inkomen", "Netto inkomen per maand", "AOW + pensioen PFZW, samen 1.488,20"),
              ("toelichting", "Toelichting", "Kosten voor thuiszorg na mijn heupoperatie")]
    y = H - 45 * mm
    form = c.acroForm
    for name, label, val in fields:
        c.setFont("Helvetica", 9)
        c.drawString(22 * mm, y + 2, label)
        form.textfield(name=name, tooltip=label, x=75 * mm, y=y - 3, width=110 * mm, height=14, value=val,
                       fontName="Helvetica", fontSize=9, borderWidth=0.5)
        y -= 22
    c.setFont("Helvetica", 8.5)
    y -= 8
    for ln in ["Ik verklaar dit formulier naar waarheid te hebben ingevuld. Wetterskip Fryslân controleert de",
               "gegevens bij het Inlichtingenbureau en de Belastingdienst (artikel 26 Invorderingswet 1990).",
               "", "Heeft u meer aanslagen? Vermeld alle aanslagnummers op de achterzijde.",
               "Ontvangen door team Heffingen, 19-02-2025, zaak WF-HEF-2025-22719."]:
        c.drawString(22 * mm, y, ln)
        y -= 12
    c.setFont("Helvetica", 7)
    c.drawString(22 * mm, 14 * mm, "Wetterskip Fryslân | Harlingerstraatweg 113 | Leeuwarden | formulier K-2025-v3")
    c.showPage()
    c.save()
    d.built = True
    for v, kind in [("Hettinga-de Vries", "PERSON"), ("Sjoerdtsje", "PERSON"), ("03-05-1958", "DOB"),
                    (bsn, "BSN"), ("Skilplein 9", "ADDRESS"), ("9001 ZJ", "ADDRESS"),
                    ("06 83 12 50 77", "PHONE"), ("s.hettinga58@ziggo.nl", "EMAIL"), (iban, "IBAN"),
                    ("Auke Hettinga", "PERSON"), ("heupoperatie", "HEALTH")]:
        d.r(kind, v, v, ch="annotations")
    d.k("ORG", "Wetterskip Fryslân", "Wetterskip Fryslân")
    d.k("ADDRESS_PUBLIC", "Postbus 36", "Postbus 36, 8900 AA", "058 292 22 22", "Harlingerstraatweg 113")
    d.k("EMAIL_FUNCTIONAL", "kwijtschelding@", "kwijtschelding@wetterskipfryslan.nl")
    d.k("ORG", "Inlichtingenbureau", "Inlichtingenbureau", "Belastingdienst")
    d.k("LAW", "Invorderingswet 1990", "artikel 26 Invorderingswet 1990")
    d.k("CASE", "WF-HEF-2025-22719", "WF-HEF-2025-22719", "K-2025-v3")
    d.k("LABEL", "form labels", "Burgerservicenummer", "Geboortedatum", "Naam partner")
    d.notes = ("Field values live only in AcroForm /V and widget appearance streams: not in PDFium/pdfplumber "
               "page text; pdftotext, qpdf and the annotation channel see them.")
    return d
