"""Set BP, documents bp20-bp32: motion, college reaction, objection, sign-in scan, press release,
hearing report, petition mail, inventory, Woo decision, English statement, incident memo, scans."""
from kit import *  # noqa: F401,F403
from reportlab.platypus import Frame


# ------------------------------------------------------------------ bp20 motion Den Haag
def bp20(path):
    F = "Times-Roman"
    b = st(F, 11, 15, space=6)
    story = [
        P("MOTIE", st(F, 22, 26, bold=True, align=TA_CENTER)),
        P("Gemeenteraad Den Haag - vergadering van 10 april 2025 - agendapunt 14 (RIS 321 456)", st(F, 10, 13, align=TA_CENTER)),
        P("<b>Geef de Binckhorst een stem</b>", st(F, 14, 18, align=TA_CENTER)),
        Spacer(1, 8),
        P("De gemeenteraad van Den Haag, in vergadering bijeen op 10 april 2025, ter bespreking van het "
          "raadsvoorstel Gebiedsvisie Binckhorst 2.0,", b),
        P("<b>constaterende dat</b><br/>- in de Binckhorst ruim 5.000 woningen worden gebouwd terwijl er nog "
          "geen wijkraad is;<br/>- bewoners tijdens de inspreekavond van 27 maart 2025 hebben verteld dat zij "
          "pas via de krant van de plannen hoorden; inspreker mevrouw Anna Koning, die sinds 2021 aan de "
          "Binckhorstlaan woont, noemde het 'bouwen over onze hoofden heen';<br/>- ook de heer Tjeerd "
          "Wassenaar van het Binckhorst Ondernemers Collectief pleitte voor een vast aanspreekpunt;", b),
        P("<b>overwegende dat</b><br/>- de Haagse Participatieverordening 2024 het college opdraagt "
          "participatie in een vroeg stadium te organiseren;<br/>- wethouder Balster eerder heeft "
          "toegezegd een bewonersplatform te ondersteunen;", b),
        P("<b>verzoekt het college</b><br/>- binnen drie maanden, samen met bewoners en ondernemers, een "
          "Bewonersplatform Binckhorst op te richten en dit te faciliteren met een wijkbudget;<br/>- de raad "
          "hierover voor het zomerreces te informeren via een raadsmededeling,", b),
        P("en gaat over tot de orde van de dag.", b),
        Spacer(1, 10),
        tbl([["Indieners", ""], ["M.A. Sluijs", "Partij voor de Dieren"], ["R. van Haersma Buma-Kok", "CDA"],
             ["T.Y. Öztürk", "GroenLinks"], ["D. de Jonge van Ellemeet", "VVD"]], [70 * mm, 60 * mm],
            st(F, 10, 13, space=0), grid=False, head=True),
        Spacer(1, 8),
        P("Aangenomen / verworpen (door griffie in te vullen): aangenomen, 31 voor, 14 tegen. Burgemeester "
          "Van Zanen, voorzitter.", st(F, 9, 12, italic=True)),
    ]
    build(path, story, onpage=footer("RIS 321 456 - motie", font="Times-Roman"), title="Motie Binckhorst",
          author="Raadsgriffie Den Haag")
    red = [R("PERSON", "Anna Koning", "Anna Koning", "Koning"), R("PERSON", "Tjeerd Wassenaar", "Tjeerd Wassenaar")]
    keep = [K("PLACE", "Binckhorst"), K("STREET", "Binckhorstlaan"), K("REF", "RIS 321 456"),
            K("LAW", "Gebiedsvisie Binckhorst 2.0"), K("ORG", "Binckhorst Ondernemers Collectief"),
            K("LAW", "Haagse Participatieverordening 2024"), K("PERSON_PUBLIC", "wethouder Balster", "Balster"),
            K("PERSON_PUBLIC", "raadslid Sluijs", "M.A. Sluijs"), K("PERSON_PUBLIC", "raadslid Van Haersma Buma-Kok", "R. van Haersma Buma-Kok"),
            K("PERSON_PUBLIC", "raadslid Öztürk", "T.Y. Öztürk"), K("PERSON_PUBLIC", "raadslid De Jonge van Ellemeet", "D. de Jonge van Ellemeet"),
            K("PERSON_PUBLIC", "burgemeester Van Zanen", "Van Zanen"), K("ORG", "Partij voor de Dieren"),
            K("PLACE", "Den Haag"), K("DATE", "10 april 2025")]
    return {"red": red, "keep": keep}


# ------------------------------------------------------------------ bp21 college reaction to the rekenkamer
def bp21(path):
    F = "Carlito"
    b = st(F, 10.5, 14.5, space=7)
    def side(c, d):
        c.saveState()
        c.setFont("Carlito-Bold", 17)
        c.setFillColor(colors.HexColor("#c4161c"))
        c.drawString(20 * mm, 279 * mm, "gemeente Arnhem")
        c.setFillColor(colors.black)
        y = 250 * mm
        for t in ("Postbus 9200", "6800 HA Arnhem", "Telefoon 0900 - 1809", "www.arnhem.nl", "",
                  "Contactpersoon", "Bram Scholtens", "Telefoon 026 - 377 31 58", "bram.scholtens@arnhem.nl", "",
                  "Datum 22 juli 2025", "Ons kenmerk 2025.0.142.559", "Uw kenmerk RKA-2025-03"):
            c.setFont("Carlito-Bold" if t in ("Contactpersoon",) else "Carlito", 8)
            c.drawString(155 * mm, y, t)
            y -= 4.2 * mm
        c.setFont("Carlito", 7)
        c.drawString(20 * mm, 12 * mm, "Bestuurlijke reactie rapport 'Meedoen aan de warmtetransitie'")
        c.restoreState()
    story = [
        Spacer(1, 22 * mm),
        P("Rekenkamer Arnhem<br/>t.a.v. de voorzitter<br/>Postbus 9200<br/>6800 HA Arnhem", b),
        Spacer(1, 8),
        P("<b>Onderwerp</b>: bestuurlijke reactie op het rapport 'Meedoen aan de warmtetransitie'", b),
        P("Geachte Rekenkamer,", b),
        P("Wij danken u voor het rapport en voor de prettige samenwerking met uw onderzoekers, mevrouw "
          "Hengeveld en de heer Albersen. Wij nemen de aanbevelingen 1 en 2 over. Aanbeveling 3 nemen wij "
          "over in aangepaste vorm: de Energiecoöperatie Arnhem-Noord wordt betrokken bij de "
          "wijkuitvoeringsplannen in Arnhem-Noord, niet in de andere wijken.", b),
        P("Bij de feitelijke tekst hebben wij één correctie: de wijkregisseur Presikhaaf, mevrouw "
          "Verhagen-Pauw, is niet sinds 2021 maar sinds 2022 in functie. Ambtelijk is het wederhoor verzorgd "
          "door de heer Scholtens; inhoudelijke vragen kunt u aan hem stellen.", b),
        P("Wethouder Van Leeuwen-Kaya zal het rapport op 9 september 2025 in de commissie Wonen en "
          "Ruimte bespreken. Het college stuurt uiterlijk in het eerste kwartaal van 2026 een "
          "uitvoeringsagenda aan de raad.", b),
        P("Met vriendelijke groet,<br/>burgemeester en wethouders van Arnhem,", b),
        tbl([["de secretaris,", "de burgemeester,"], ["", "A. Marcouch"]], [55 * mm, 55 * mm], b, head=False, grid=False),
    ]
    fr = [Frame(20 * mm, 20 * mm, 128 * mm, 255 * mm, id="f")]
    build(path, story, onpage=side, frames=fr, title="Bestuurlijke reactie RKA-2025-03", author="Gemeente Arnhem")
    red = [R("PERSON", "Bram Scholtens", "Bram Scholtens", "Scholtens"), R("PHONE", "026 - 377 31 58"),
           R("EMAIL", "bram.scholtens@arnhem.nl"), R("PERSON", "Hengeveld", "Hengeveld"),
           R("PERSON", "Albersen", "Albersen"), R("PERSON", "Verhagen-Pauw", "Verhagen-Pauw")]
    keep = [K("ORG", "Rekenkamer Arnhem"), K("ADDRESS_PUBLIC", "Postbus 9200"), K("PHONE_PUBLIC", "0900 - 1809"),
            K("URL", "www.arnhem.nl"), K("REF", "2025.0.142.559"), K("REF", "RKA-2025-03"),
            K("ORG", "Energiecoöperatie Arnhem-Noord"), K("FUNCTION", "wijkregisseur Presikhaaf"),
            K("PERSON_PUBLIC", "wethouder Van Leeuwen-Kaya", "Van Leeuwen-Kaya"),
            K("PERSON_PUBLIC", "burgemeester Marcouch", "A. Marcouch"), K("ORG", "commissie Wonen en Ruimte")]
    return {"red": red, "keep": keep}


# ------------------------------------------------------------------ bp22 objection by a lawyer (docx, 2 p.)
def bp22(path):
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_BREAK, WD_ALIGN_PARAGRAPH
    d = new_docx("Liberation Sans", 10)
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "KROON & VAN DIJK ADVOCATEN  |  Westblaak 180, 3012 KN Rotterdam  |  T 010 - 413 20 00  |  www.kroonvandijk.nl"
    d.sections[0].footer.paragraphs[0].text = ("Op al onze diensten zijn de algemene voorwaarden van Kroon & Van Dijk "
                                                "Advocaten B.V. van toepassing. KvK 24351177.")
    d.add_paragraph("Aan het college van burgemeester en wethouders van Rotterdam\nt.a.v. de Commissie voor de "
                    "bezwaarschriften\nPostbus 70012\n3000 KP Rotterdam")
    d.add_paragraph("Rotterdam, 14 augustus 2025\nOns kenmerk: 2025.0613/SR\nBehandeld door: mr. S. (Sarita) "
                    "Ramsaran-Mahabir\nDirect: 010 - 413 20 47  |  ramsaran@kroonvandijk.nl")
    p = d.add_paragraph()
    r = p.add_run("Betreft: pro forma bezwaarschrift namens de heer R.E. Martis tegen weigering "
                  "ligplaatsvergunning woonboot (kenmerk OZR-2025-07781)")
    r.bold = True
    d.add_paragraph("Edelachtbaar college,")
    d.add_paragraph("Namens mijn cliënt, de heer Ricardo Eduardo Martis, geboren op 3 februari 1979 te "
                    "Willemstad (Curaçao), wonende aan boord van de woonboot 'Zeemeeuw', ligplaats "
                    "Oostervantsekade 12, 3024 AB Rotterdam, BSN 174 902 335, maak ik hierbij bezwaar tegen uw "
                    "besluit van 9 juli 2025.")
    d.add_paragraph("Het besluit is genomen na een controle door twee toezichthouders van de afdeling "
                    "Vergunningen, de heren Van Oudheusden en Achterberg. Mijn cliënt was tijdens die controle "
                    "niet aan boord; zijn toenmalige partner, mevrouw Kimberly Jonkman, heeft hen ontvangen.")
    d.add_paragraph("Dit bezwaarschrift is pro forma. Ik verzoek u mij een termijn van vier weken te gunnen om "
                    "de gronden aan te vullen, en verzoek tevens om toezending van het volledige dossier, "
                    "waaronder de controlerapporten en de e-mail van de havenmeester van het Havenbedrijf "
                    "Rotterdam.")
    d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph("Voorlopige gronden").runs[0].bold = True
    d.add_paragraph("1. Het besluit is in strijd met artikel 3:2 Algemene wet bestuursrecht: er is onvoldoende "
                    "onderzocht of de woonboot voldoet aan de Verordening op de woonschepen Rotterdam 2018. "
                    "Het rapport van de heer Van Oudheusden vermeldt geen metingen.")
    d.add_paragraph("2. Cliënt woont sinds 2016 op deze ligplaats en heeft een medische indicatie voor "
                    "wonen op het water (PTSS, behandeld door Parnassia). Dit is niet meegewogen.")
    d.add_paragraph("3. Burgemeester Schouten heeft in haar brief aan de raad van 2 juni 2025 toegezegd dat "
                    "bestaande woonboten een overgangstermijn krijgen; wethouder Kasmi bevestigde dat in de "
                    "commissie Bestuur, Organisatie, Financiën en Veiligheid.")
    d.add_paragraph("Ik verzoek u de proceskosten in bezwaar te vergoeden op rekening NL59 ABNA 0457 3312 18 "
                    "(derdengelden Kroon & Van Dijk Advocaten) onder vermelding van 2025.0613.")
    d.add_paragraph("Hoogachtend,\n\n\nmr. S. Ramsaran-Mahabir\nadvocaat")
    d.add_paragraph("Bijlagen: besluit van 9 juli 2025; machtiging R.E. Martis; kopie identiteitsbewijs (nr. NXC8K41P2)")
    d.core_properties.author = "sramsaran"
    save_docx_pdf(d, path)
    red = [R("PERSON", "Sarita Ramsaran-Mahabir", "S. (Sarita) Ramsaran-Mahabir", "Ramsaran-Mahabir"),
           R("PHONE", "010 - 413 20 47"), R("EMAIL", "ramsaran@kroonvandijk.nl"),
           R("PERSON", "Ricardo Eduardo Martis", "R.E. Martis", "Ricardo Eduardo Martis"),
           R("DOB", "3 februari 1979", "3 februari 1979"), R("ADDRESS", "Oostervantsekade 12", "Oostervantsekade 12", "3024 AB"),
           R("BSN", "174 902 335"), R("PERSON", "Van Oudheusden", "Van Oudheusden"), R("PERSON", "Achterberg", "Achterberg"),
           R("PERSON", "Kimberly Jonkman", "Kimberly Jonkman"), R("HEALTH", "PTSS", "PTSS"),
           R("IBAN", "NL59 ABNA 0457 3312 18"), R("ID", "NXC8K41P2"),
           R("PERSON", "Info /Author sramsaran", "sramsaran", ch="metadata")]
    keep = [K("ORG", "Kroon & Van Dijk Advocaten"), K("ADDRESS_PUBLIC", "Westblaak 180"), K("PHONE_PUBLIC", "010 - 413 20 00"),
            K("URL", "www.kroonvandijk.nl"), K("ORG", "Commissie voor de bezwaarschriften"), K("ADDRESS_PUBLIC", "Postbus 70012"),
            K("REF", "OZR-2025-07781"), K("REF", "2025.0613/SR"), K("PLACE", "Willemstad"), K("PLACE", "Curaçao"),
            K("LAW", "Algemene wet bestuursrecht"), K("LAW", "Verordening op de woonschepen Rotterdam 2018"),
            K("ORG", "Havenbedrijf Rotterdam"), K("ORG", "Parnassia"), K("PERSON_PUBLIC", "burgemeester Schouten", "Schouten"),
            K("PERSON_PUBLIC", "wethouder Kasmi", "Kasmi"), K("REF", "KvK 24351177", "24351177")]
    return {"red": red, "keep": keep}


# ------------------------------------------------------------------ bp23 sign-in list of a residents' evening (scan)
def bp23(path):
    from reportlab.pdfgen import canvas
    tmp = path.with_suffix(".src.pdf")
    c = canvas.Canvas(str(tmp), pagesize=A4)
    W, H = A4
    c.setFont("Helvetica-Bold", 15)
    c.drawString(20 * mm, H - 25 * mm, "Gemeente Enschede - Bewonersavond sloop Pathmos-flats")
    c.setFont("Helvetica", 11)
    c.drawString(20 * mm, H - 33 * mm, "Presentielijst  -  dinsdag 4 november 2025, wijkcentrum Pathmos")
    c.drawString(20 * mm, H - 40 * mm, "Naam / adres / e-mail (alleen als u de nieuwsbrief wilt ontvangen)")
    rows = [("Gerda Nijhof", "Pathmosweg 71"), ("Henk Kottink", "Lasondersingel 40"),
            ("Fatma Demirci", "Pathmosweg 12"), ("Jurre Klein Gunnewiek", "Bothoven 3"),
            ("Bep Hoenderdaal", "Pathmosweg 88"), ("Vincent Dijkslag", "Twekkelerweg 9")]
    top = H - 50 * mm
    c.setLineWidth(0.7)
    for i in range(len(rows) + 1):
        c.line(20 * mm, top - i * 22 * mm, 190 * mm, top - i * 22 * mm)
    for x in (20, 95, 150, 190):
        c.line(x * mm, top, x * mm, top - len(rows) * 22 * mm)
    c.setFillColor(colors.HexColor("#15207a"))
    for i, (n, a) in enumerate(rows):
        y = top - i * 22 * mm - 14 * mm
        c.setFont("Femke", 20)
        c.drawString(23 * mm, y, n)
        c.setFont("Femke", 17)
        c.drawString(98 * mm, y, a)
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 9)
    c.drawString(20 * mm, 30 * mm, "Uw gegevens worden na de avond vernietigd. Vragen: wijkteam Pathmos, 14 053.")
    c.save()
    scan_pages(tmp, path, seed=23, dpi=200, angle=1.1, quality=65, noise=6)
    tmp.unlink()
    # tesseract reads the handwriting only in part (run on the original, 2026-12-05); only the strings
    # it reads are probes, the other names and addresses are in the pixels but not in the gold
    red = [R("PERSON", "Gerda Nijhof", "Gerda", ch="ocr"), R("PERSON", "Henk Kottink", "Kottink", ch="ocr"),
           R("PERSON", "Fatma Demirci", "Fatma", ch="ocr"), R("PERSON", "Jurre Klein Gunnewiek", "Jurre", ch="ocr"),
           R("PERSON", "Vincent Dijkslag", "Vincent", ch="ocr"),
           R("ADDRESS", "Pathmosweg 12", "Pathmosweg 12", ch="ocr"), R("ADDRESS", "Bothoven 3", "Bothoven 3", ch="ocr")]
    return {"red": red, "keep": []}


# ------------------------------------------------------------------ bp24 press release with spokesperson
def bp24(path):
    F = "DejaVuSans"
    b = st(F, 9.5, 13.5, space=7)
    story = [
        P("PERSBERICHT", st(F, 9, 12, bold=True, color=colors.HexColor("#00a0e1"))),
        P("Raad Enschede zet streep door sloop Pathmos-flats", st(F, 16, 20, bold=True)),
        P("Enschede, 14 november 2025", st(F, 9, 12, italic=True)),
        P("De gemeenteraad van Enschede heeft donderdagavond met 27 tegen 12 stemmen een motie aangenomen "
          "die het college vraagt de sloop van vier flats in Pathmos uit te stellen. Drie insprekers "
          "vroegen de raad om meer tijd voor bewoners. 'Ik woon hier al 52 jaar en ik wil hier dood,' zei "
          "bewoonster Gerda Nijhof-Assink (78), die met haar rollator naar de raadszaal was gekomen.", b),
        P("Wethouder Van Agteren (Wonen) reageerde: 'We nemen de zorgen serieus. Woningcorporatie Domijn "
          "en de gemeente gaan met iedere huurder apart in gesprek.' Raadslid Drenth (D66), die de motie "
          "indiende: 'De bewoners hebben vanavond laten zien dat de Pathmosweg meer is dan stenen.' "
          "Burgemeester Van Veldhuizen schorste de vergadering even toen een toehoorder, de heer Hennie "
          "Lansink, de wethouder luidkeels uitschold.", b),
        P("Ook de jongerenraad sprak in. Hamza el Idrissi (19): 'Mijn opa woont in de flat aan de "
          "Lasondersingel. Waar moet hij naartoe?'", b),
        P("De raad besluit in februari 2026 over het Wijkontwikkelingsplan Pathmos, dat onderdeel is van "
          "het Nationaal Programma Leefbaarheid en Veiligheid.", b),
        Spacer(1, 8),
        P("<b>Noot voor de redactie</b><br/>Voor meer informatie: woordvoerder Kim Bergsma, persvoorlichting "
          "gemeente Enschede, telefoon 053 - 481 10 10 (persnummer), pers@enschede.nl. Foto's van de "
          "vergadering zijn vrij te gebruiken met vermelding 'gemeente Enschede'.", b),
    ]
    build(path, story, onpage=footer("gemeente Enschede - persvoorlichting", font="DejaVuSans", size=7),
          title="Persbericht raad Enschede Pathmos", author="Persvoorlichting")
    red = [R("PERSON", "Gerda Nijhof-Assink", "Gerda Nijhof-Assink"), R("HEALTH", "rollator", "rollator"),
           R("PERSON", "Hennie Lansink", "Hennie Lansink"), R("PERSON", "Hamza el Idrissi", "Hamza el Idrissi")]
    keep = [K("PERSON_PUBLIC", "woordvoerder Kim Bergsma (spokesperson: public function)", "Kim Bergsma"),
            K("PERSON_PUBLIC", "wethouder Van Agteren", "Van Agteren"), K("PERSON_PUBLIC", "raadslid Drenth", "Drenth"),
            K("PERSON_PUBLIC", "burgemeester Van Veldhuizen", "Van Veldhuizen"), K("ORG", "Domijn"),
            K("PLACE", "Pathmos"), K("STREET", "Pathmosweg"), K("STREET", "Lasondersingel"),
            K("LAW", "Wijkontwikkelingsplan Pathmos"), K("PROGRAMME", "Nationaal Programma Leefbaarheid en Veiligheid"),
            K("PHONE_PUBLIC", "053 - 481 10 10"), K("MAILBOX", "pers@enschede.nl"), K("PLACE", "Enschede")]
    return {"red": red, "keep": keep}


# ------------------------------------------------------------------ bp25 hearing report in table form (Deventer)
def bp25(path):
    F = "LiberationSerif"
    b = st(F, 10, 13.5, space=5)
    sm = st(F, 9.5, 12, space=0)
    rows = [["Onderdeel", "Verslag"],
            ["Zaak", "BZW-25-0031, bezwaar van mevrouw N. Kroeze (Brinkgreverweg 203, Deventer) tegen last onder dwangsom"],
            ["Ter zitting", "Commissie: mr. drs. C.W.M. Eshuis (vz.), H. Ruitenberg-Klein. Secretaris: Y. Amrani. Bezwaarde "
             "met haar partner Ricardo dos Santos Pereira; gemachtigde mr. W.J.A. Klaassen. Namens de burgemeester: "
             "ing. M. Hofman en R. Lassche."],
            ["Standpunt bezwaarde", "Mevrouw Kroeze erkent dat er in de schuur hennepplanten zijn aangetroffen, maar stelt "
             "dat deze van haar vorige huurder waren. Zij was in die periode met een burn-out thuis en kwam niet in de "
             "schuur. Mr. Klaassen wijst op de Beleidsregel Damoclesbeleid Deventer 2023."],
            ["Standpunt verweerder", "Mevrouw Hofman verwijst naar het proces-verbaal van de politie Oost-Nederland "
             "(PL0600-2024211873). Burgemeester König heeft bij de sluiting rekening gehouden met de belangen van "
             "de kinderen van bezwaarde."],
            ["Vragen commissie", "Op vraag van mevrouw Ruitenberg-Klein verklaart de heer Lassche dat de vorige huurder, "
             "een zekere Dennis Wijers, niet is gehoord."],
            ["Afspraken", "Bezwaarde stuurt het huurcontract met Wijers binnen twee weken na. De hoorzitting wordt "
             "daarna gesloten."]]
    story = [
        P("Gemeente Deventer - commissie bezwaarschriften", st(F, 9, 12, color=colors.grey)),
        P("Verslag hoorzitting 17 februari 2025", st(F, 15, 19, bold=True)),
        tbl(rows, [38 * mm, 128 * mm], sm),
        Spacer(1, 8),
        P("Dit verslag is vastgesteld op 3 maart 2025. Paraaf secretaris: YA. Het verslag wordt "
          "meegezonden met het advies aan de burgemeester. Correspondentie: bezwaarschriften@deventer.nl.", b),
    ]
    build(path, story, onpage=footer("BZW-25-0031 verslag hoorzitting", font="LiberationSerif"),
          title="Verslag hoorzitting BZW-25-0031", author="Juridische Zaken Deventer")
    red = [R("PERSON", "Nadia Kroeze", "N. Kroeze", "Kroeze"), R("ADDRESS", "Brinkgreverweg 203", "Brinkgreverweg 203"),
           R("PERSON", "C.W.M. Eshuis", "C.W.M. Eshuis"), R("PERSON", "H. Ruitenberg-Klein", "Ruitenberg-Klein"),
           R("PERSON", "Y. Amrani", "Y. Amrani"), R("PERSON", "Ricardo dos Santos Pereira", "Ricardo dos Santos Pereira"),
           R("PERSON", "W.J.A. Klaassen", "W.J.A. Klaassen", "Klaassen"), R("PERSON", "M. Hofman", "M. Hofman", "Hofman"),
           R("PERSON", "R. Lassche", "R. Lassche", "Lassche"), R("CRIMINAL", "hennep", "hennepplanten"),
           R("HEALTH", "burn-out", "burn-out"), R("REF_CRIMINAL", "proces-verbaal nummer", "PL0600-2024211873"),
           R("PERSON", "Dennis Wijers", "Dennis Wijers", "Wijers"), R("PARAPH", "YA", "YA")]
    keep = [K("CASE", "BZW-25-0031"), K("PLACE", "Deventer"), K("LAW", "Beleidsregel Damoclesbeleid Deventer 2023"),
            K("ORG", "politie Oost-Nederland"), K("PERSON_PUBLIC", "burgemeester König", "König"),
            K("MAILBOX", "bezwaarschriften@deventer.nl"), K("DATE", "17 februari 2025"), K("FUNCTION", "Secretaris")]
    return {"red": red, "keep": keep}


# ------------------------------------------------------------------ bp26 petition handed in: e-mail thread Haarlem
def bp26(path):
    F = "Helvetica"
    hd = st(F, 9, 12, space=0)
    b = st(F, 9.5, 13, space=4)
    story = [
        P("Van: Griffie Haarlem &lt;griffie@haarlem.nl&gt;<br/>Namens: Tom Verduijn<br/>Datum: vrijdag 10 oktober 2025 09:12"
          "<br/>Aan: annemiek.brouwersmit@xs4all.nl<br/>CC: Secretariaat wethouder Sikkema "
          "&lt;secretariaatwethouders@haarlem.nl&gt;<br/>Onderwerp: Ontvangstbevestiging petitie Wilhelminaschool "
          "(P-2025-014)", hd),
        Spacer(1, 8),
        P("Beste mevrouw Brouwer,", b),
        P("Hierbij bevestig ik de ontvangst van uw petitie 'Houd de Wilhelminaschool open!', die u gisteren "
          "samen met de heer Van der Linden en mevrouw Ramdin aan burgemeester Wienen hebt aangeboden. De "
          "petitie is geregistreerd onder nummer P-2025-014 en komt als ingekomen stuk op de lijst voor de "
          "commissie Samenleving van 6 november 2025.", b),
        P("Volgens de Verordening op het petitierecht Haarlem 2024 publiceren wij alleen de naam van de "
          "eerste indiener. Wilt u mij laten weten of u daarmee instemt? U kunt mij direct bereiken op "
          "023 - 511 43 82 of t.verduijn@haarlem.nl.", b),
        P("Met vriendelijke groet,<br/>Tom Verduijn<br/>commissiegriffier Samenleving", b),
        Spacer(1, 10),
        P("-----Oorspronkelijk bericht-----<br/>Van: Annemiek Brouwer-Smit &lt;annemiek.brouwersmit@xs4all.nl&gt;"
          "<br/>Verzonden: donderdag 9 oktober 2025 22:47<br/>Aan: griffie@haarlem.nl<br/>Onderwerp: petitie "
          "+ lijst", hd),
        Spacer(1, 6),
        P("Hallo Tom,", b),
        P("Zoals besproken stuur ik hierbij de spreadsheet met alle 1.184 ondertekenaars. Joost en Priya "
          "waren vanavond ook mee. Lisanne de Jong (zij zit in de MR) wil graag inspreken in de "
          "commissie. Haar nummer is 06 31 77 20 64.", b),
        P("Groetjes, Annemiek<br/>Kleverlaan 12, Haarlem", b),
    ]
    build(path, story, onpage=footer("P-2025-014 - e-mail"), title="Ontvangstbevestiging petitie",
          author="Griffie Haarlem")
    post(path, links=[(0, [56, 700, 300, 712], "mailto:t.verduijn@haarlem.nl")])
    red = [R("PERSON", "Tom Verduijn", "Tom Verduijn", "Tom"), R("EMAIL", "t.verduijn@haarlem.nl"),
           R("PHONE", "023 - 511 43 82"), R("PERSON", "Annemiek Brouwer-Smit", "Brouwer-Smit", "Annemiek",
                                              "mevrouw Brouwer"),
           R("EMAIL", "annemiek.brouwersmit@xs4all.nl"), R("PERSON", "Joost van der Linden", "Van der Linden", "Joost"),
           R("PERSON", "Priya Ramdin", "Ramdin", "Priya"), R("PERSON", "Lisanne de Jong", "Lisanne de Jong"),
           R("PHONE", "06 31 77 20 64"), R("ADDRESS", "Kleverlaan 12", "Kleverlaan 12")]
    keep = [K("MAILBOX", "griffie@haarlem.nl"), K("MAILBOX", "secretariaatwethouders@haarlem.nl"),
            K("PERSON_PUBLIC", "wethouder Sikkema", "Sikkema"), K("PERSON_PUBLIC", "burgemeester Wienen", "Wienen"),
            K("ORG", "Wilhelminaschool"), K("REF", "P-2025-014"), K("LAW", "Verordening op het petitierecht Haarlem 2024"),
            K("FUNCTION", "commissiegriffier Samenleving"), K("DATE", "6 november 2025"), K("ORG", "MR")]
    return {"red": red, "keep": keep}


# ------------------------------------------------------------------ bp27 inventory list (landscape)
def bp27(path):
    F = "LiberationSans"
    sm = st(F, 8, 10, space=0)
    rows = [["Nr.", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"],
            ["1", "Verbatim verslag raadsvergadering 12 juni 2025", "03-07-2025", "openbaar", "-", "al openbaar (ibabs)"],
            ["2", "E-mail F. el Amrani-Bouzid aan griffie - aanmelding inspreken", "09-06-2025", "deels openbaar", "5.1.2e", ""],
            ["3", "Spreektekst G. Veenendaal (Bewonersoverleg Oog in Al)", "12-06-2025", "deels openbaar", "5.1.2e", ""],
            ["4", "E-mail H. Roosendaal-de Wit aan raadsleden", "05-06-2025", "deels openbaar", "5.1.2e", "doorgestuurd door raadslid Kreuger"],
            ["5", "Nagezonden tekst P.J. van den Akker (huisarts)", "13-06-2025", "deels openbaar", "5.1.2e, 5.1.1d", "gezondheid derde"],
            ["6", "Notitie griffie: sprekerslijst, opgesteld door E. Hakkert", "11-06-2025", "deels openbaar", "5.1.2e", ""],
            ["7", "Memo wethouder Verweij aan college - reactie insprekers", "16-06-2025", "openbaar", "-", ""],
            ["8", "Teams-chat griffie (Noor, Elif, Bas) over volgorde sprekers", "12-06-2025", "deels openbaar", "5.1.2e", ""],
            ["9", "Amendement A12 (Nijenhuis-Wolters c.s.)", "12-06-2025", "openbaar", "-", "al openbaar"],
            ["10", "Klacht mevr. J. Tielemans over parkeren Kanaalstraat", "20-06-2025", "niet openbaar", "5.1.2e", "valt buiten verzoek"]]
    story = [
        P("Inventarislijst Woo-besluit 2025-UTR-4471: inspreekbijdragen parkeerregulering Lombok en Oog in Al",
          st(F, 12, 15, bold=True)),
        P("Gemeente Utrecht - Team Woo - bijlage 1 bij besluit van 28 augustus 2025 - verzoeker: zie besluit",
          st(F, 8.5, 11, color=colors.grey)),
        Spacer(1, 6),
        tbl(rows, [10 * mm, 100 * mm, 22 * mm, 26 * mm, 26 * mm, 60 * mm], sm),
        Spacer(1, 6),
        P("Grondslagen: 5.1.2e Woo (eerbiediging van de persoonlijke levenssfeer); 5.1.1d Woo (bijzondere "
          "persoonsgegevens). Vragen: woo@utrecht.nl.", sm),
    ]
    build(path, story, pagesize=landscape(A4), margins=(15 * mm, 15 * mm, 15 * mm, 18 * mm),
          onpage=footer("2025-UTR-4471 inventarislijst", font="LiberationSans"), title="Inventarislijst 2025-UTR-4471",
          author="Team Woo")
    red = [R("PERSON", "F. el Amrani-Bouzid", "F. el Amrani-Bouzid"), R("PERSON", "G. Veenendaal", "G. Veenendaal"),
           R("PERSON", "H. Roosendaal-de Wit", "H. Roosendaal-de Wit"), R("PERSON", "P.J. van den Akker", "P.J. van den Akker"),
           R("PERSON", "E. Hakkert", "E. Hakkert"), R("PERSON", "Noor (griffie)", "Noor"), R("PERSON", "Elif (griffie)", "Elif"),
           R("PERSON", "Bas (griffie)", "Bas"), R("PERSON", "J. Tielemans", "J. Tielemans")]
    keep = [K("REF", "2025-UTR-4471"), K("ORG", "Bewonersoverleg Oog in Al"), K("PERSON_PUBLIC", "raadslid Kreuger", "Kreuger"),
            K("PERSON_PUBLIC", "wethouder Verweij", "Verweij"), K("PERSON_PUBLIC", "Nijenhuis-Wolters", "Nijenhuis-Wolters"),
            K("STREET", "Kanaalstraat"), K("GROUND", "5.1.2e", {"text": "5.1.2e", "word": False}),
            K("GROUND", "5.1.1d", {"text": "5.1.1d", "word": False}), K("MAILBOX", "woo@utrecht.nl"),
            K("FUNCTION", "huisarts"), K("ORG", "Team Woo"), K("REF", "amendement A12", "A12"),
            K("ASSESS", "deels openbaar"), K("ASSESS", "niet openbaar")]
    return {"red": red, "keep": keep}


# ------------------------------------------------------------------ bp28 Woo decision to a requester (2 p.)
def bp28(path):
    F = "Helvetica"
    b = st(F, 10, 14, space=7)
    h = st(F, 11, 14, bold=True, space=4)
    def lh(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#c8102e"))
        c.rect(20 * mm, 272 * mm, 8 * mm, 14 * mm, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(31 * mm, 278 * mm, "Gemeente Utrecht")
        if c.getPageNumber() == 1:
            c.setFont("Helvetica", 7.5)
            y = 262 * mm
            for t in ("Postbus 16200, 3500 CE Utrecht", "Telefoon 14 030", "woo@utrecht.nl", "",
                      "Behandeld door: Noor Abdelkader", "Team Woo", "T 030 - 286 14 93", "",
                      "Ons kenmerk 2025-UTR-4471", "Datum 28 augustus 2025"):
                c.drawString(150 * mm, y, t)
                y -= 3.8 * mm
        c.setFont("Helvetica", 7)
        c.drawString(20 * mm, 12 * mm, "Woo-besluit 2025-UTR-4471")
        c.drawRightString(190 * mm, 12 * mm, "%d/2" % c.getPageNumber())
        c.restoreState()
    story = [
        Spacer(1, 16 * mm),
        P("De heer L.M. Brink<br/>Tolsteegsingel 33 bis<br/>3582 AC Utrecht", b),
        Spacer(1, 14 * mm),
        P("<b>Onderwerp: besluit op uw Woo-verzoek over de inspreekbijdragen parkeerregulering</b>", b),
        P("Geachte heer Brink,", b),
        P("Op 30 juni 2025 heeft u ons gevraagd om alle documenten over de insprekers bij de "
          "raadsvergadering van 12 juni 2025 (agendapunt 5, parkeerregulering Lombok en Oog in Al). Uw "
          "verzoek is gedaan op grond van de Wet open overheid (Woo). Op 14 juli heeft u uw verzoek "
          "telefonisch toegelicht aan mijn collega, de heer Bas Terwindt.", b),
        P("Besluit", h),
        P("Wij maken de documenten deels openbaar. De inventarislijst (bijlage 1) laat per document zien wat "
          "wij hebben besloten. In documenten 2 tot en met 6 en 8 hebben wij namen en contactgegevens van "
          "insprekers en medewerkers weggelakt (artikel 5.1, tweede lid, onder e Woo). In document 5 staan "
          "gegevens over de gezondheid van een derde; die zijn geweigerd op grond van artikel 5.1, eerste "
          "lid, onder d Woo.", b),
        P("Namen van de burgemeester, wethouders en raadsleden maken wij openbaar, omdat zij in hun publieke "
          "functie optreden. Dat geldt bijvoorbeeld voor wethouder Verweij en raadslid Kreuger.", b),
        PageBreak(),
        P("Zienswijzen", h),
        P("Wij hebben de drie insprekers om hun zienswijze gevraagd (artikel 4.4 Woo). Mevrouw El Amrani-Bouzid "
          "en de heer Veenendaal hebben bezwaar gemaakt tegen openbaarmaking van hun naam; de heer Van den "
          "Akker heeft niet gereageerd. Hun namen worden niet openbaar gemaakt.", b),
        P("Publicatie", h),
        P("De openbaar gemaakte documenten worden na twee weken gepubliceerd op open.overheid.nl. Bent u het "
          "niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken bij het college van "
          "burgemeester en wethouders van Utrecht, Postbus 16200, 3500 CE Utrecht.", b),
        P("Met vriendelijke groet,<br/>namens het college van burgemeester en wethouders van Utrecht,", b),
        Spacer(1, 18),
        P("Noor Abdelkader<br/>juridisch adviseur Team Woo", b),
    ]
    build(path, story, onpage=lh, margins=(20 * mm, 20 * mm, 25 * mm, 22 * mm), frames=None,
          title="Woo-besluit 2025-UTR-4471", author="N. Abdelkader")
    post(path, author="Abdelkader, N. (Noor)")
    red = [R("PERSON", "Noor Abdelkader", "Noor Abdelkader"), R("PHONE", "030 - 286 14 93"),
           R("PERSON", "L.M. Brink", "L.M. Brink", "heer Brink"), R("ADDRESS", "Tolsteegsingel 33 bis", "Tolsteegsingel 33 bis", "3582 AC"),
           R("PERSON", "Bas Terwindt", "Bas Terwindt"), R("PERSON", "El Amrani-Bouzid", "El Amrani-Bouzid"),
           R("PERSON", "Veenendaal", "Veenendaal"), R("PERSON", "Van den Akker", "Van den Akker"),
           R("PERSON", "Info /Author", "Abdelkader, N.", ch="metadata")]
    keep = [K("ORG", "Gemeente Utrecht"), K("ADDRESS_PUBLIC", "Postbus 16200"), K("PHONE_PUBLIC", "14 030"),
            K("MAILBOX", "woo@utrecht.nl"), K("ORG", "Team Woo"), K("REF", "2025-UTR-4471"),
            K("LAW", "Wet open overheid"), K("LAW", "Woo"), K("PLACE", "Lombok"), K("ORG", "Oog in Al"),
            K("PERSON_PUBLIC", "wethouder Verweij", "Verweij"), K("PERSON_PUBLIC", "raadslid Kreuger", "Kreuger"),
            K("URL", "open.overheid.nl"), K("DATE", "12 juni 2025"), K("FUNCTION", "juridisch adviseur")]
    return {"red": red, "keep": keep}


# ------------------------------------------------------------------ bp29 English statement to an Amsterdam committee
def bp29(path):
    F = "LiberationSerif"
    b = st(F, 11, 15, space=8)
    story = [
        P("Written statement for the Raadscommissie Ruimte en Wonen, City of Amsterdam", st(F, 14, 18, bold=True)),
        P("Meeting of Wednesday 21 May 2025, agenda item 7: short-stay rentals and the Huisvestingsverordening "
          "Amsterdam 2025", st(F, 10, 13, italic=True)),
        P("Dear members of the committee, dear alderman Moorman,", b),
        P("My name is Dr. Hannah Whitfield-Achebe. I am a British researcher at the University of Amsterdam "
          "and I have lived on the Eerste Jan Steenstraat for six years. I cannot attend in person because "
          "of my pregnancy, so I submit this statement in writing.", b),
        P("Since the rules for holiday rentals changed, my landlord, Mr. Pieter Groeneveld, has tried to "
          "terminate my lease and rent the flat to tourists. My neighbour Chiara Bellucci, an Italian "
          "student, received the same letter. We have reported this to the Huurteam Amsterdam (case "
          "HT-25-33817) and to the municipal Meldpunt Goed Verhuren.", b),
        P("I ask the committee to support the proposal of councillor Kat (D66) for a registration number "
          "for every long-stay rental and to ask Mayor Halsema to use her powers under the Wet goed "
          "verhuurderschap.", b),
        P("You can reach me at h.whitfield-achebe@uva.nl or +31 6 2049 8813. Please do not publish my "
          "address.", b),
        P("Yours sincerely,<br/>Hannah Whitfield-Achebe", b),
        Spacer(1, 10),
        P("Received by the griffie (griffie@amsterdam.nl) on 19 May 2025; distributed to the committee "
          "members as ingekomen stuk 2025-IS-0412.", st(F, 9, 12, italic=True)),
    ]
    build(path, story, onpage=footer("2025-IS-0412", font="LiberationSerif"), title="Statement 2025-IS-0412",
          author="Hannah Whitfield-Achebe")
    red = [R("PERSON", "Hannah Whitfield-Achebe", "Whitfield-Achebe", "Hannah"), R("HEALTH", "pregnancy", "pregnancy"),
           R("PERSON", "Pieter Groeneveld", "Pieter Groeneveld"), R("PERSON", "Chiara Bellucci", "Chiara Bellucci"),
           R("EMAIL", "h.whitfield-achebe@uva.nl"), R("PHONE", "+31 6 2049 8813"), R("REF", "HT-25-33817 (case of a person)", "HT-25-33817")]
    keep = [K("PERSON_PUBLIC", "alderman Moorman", "Moorman"), K("PERSON_PUBLIC", "councillor Kat", "Kat"),
            K("PERSON_PUBLIC", "Mayor Halsema", "Halsema"), K("ORG", "University of Amsterdam"),
            K("STREET", "Eerste Jan Steenstraat"), K("ORG", "Huurteam Amsterdam"), K("ORG", "Meldpunt Goed Verhuren"),
            K("LAW", "Wet goed verhuurderschap"), K("LAW", "Huisvestingsverordening Amsterdam 2025"),
            K("MAILBOX", "griffie@amsterdam.nl"), K("REF", "2025-IS-0412"), K("ORG", "Raadscommissie Ruimte en Wonen")]
    return {"red": red, "keep": keep}


# ------------------------------------------------------------------ bp30 internal memo on an incident with paraph table
def bp30(path):
    F = "Carlito"
    b = st(F, 10.5, 14, space=6)
    sm = st(F, 9.5, 12, space=0)
    story = [
        P("MEMO", st(F, 20, 24, bold=True, color=colors.HexColor("#8a1538"))),
        tbl([["Aan", "presidium gemeenteraad Maastricht"], ["Van", "griffie, cluster Raadsondersteuning"],
             ["Datum", "2 oktober 2025"], ["Onderwerp", "incident tijdens de raadsvergadering van 30 september 2025"],
             ["Contactpersoon", "Jos Coenen, raadsadviseur, 043 - 350 44 17"]], [35 * mm, 130 * mm], sm, head=False),
        Spacer(1, 8),
        P("<b>Aanleiding</b><br/>Tijdens het spreekrecht bij agendapunt 6 (Herinrichting Markt) heeft inspreker "
          "de heer Ramon Lemmens raadslid Vossen (SP) na afloop van zijn spreektijd in de wandelgang bedreigd "
          "('ik weet waar je woont'). Bode Wendy Ruijters en beveiliger Sjef Ortmans hebben hem naar buiten "
          "begeleid. Raadslid Vossen heeft op 1 oktober aangifte gedaan bij de politie (registratienummer "
          "2025278114).", b),
        P("De heer Lemmens is volgens de politie eerder veroordeeld voor mishandeling. Hij heeft bij de "
          "aanmelding als adres Brusselsestraat 61A opgegeven.", b),
        P("<b>Voorstel</b><br/>Burgemeester Penn-te Strake stelt voor dat het presidium, gehoord de griffier, "
          "de heer Lemmens voor zes maanden het spreekrecht ontzegt op grond van artikel 14 van het Reglement "
          "van orde voor de vergaderingen van de gemeenteraad Maastricht 2022. Raadslid Vossen is over dit "
          "voorstel geïnformeerd.", b),
        P("<b>Informatie die niet openbaar gemaakt kan worden</b><br/>Deze memo bevat strafrechtelijke "
          "persoonsgegevens (artikel 5.1, eerste lid, onder d Woo).", b),
        Spacer(1, 6),
        tbl([["Naam", "Functie", "Paraaf", "Datum"], ["J. Coenen", "raadsadviseur", "JCo", "02-10"],
             ["M. Habets-Lardinois", "teamleider griffie", "MHL", "02-10"], ["-", "griffier", "akkoord", "03-10"]],
            [45 * mm, 45 * mm, 30 * mm, 25 * mm], sm),
    ]
    build(path, story, onpage=footer("Memo griffie Maastricht - vertrouwelijk", font="Carlito"), title="Memo incident",
          author="griffie")
    red = [R("PERSON", "Jos Coenen", "Jos Coenen", "J. Coenen"), R("PHONE", "043 - 350 44 17"),
           R("PERSON", "Ramon Lemmens", "Ramon Lemmens", "Lemmens"), R("PERSON", "Wendy Ruijters", "Wendy Ruijters"),
           R("PERSON", "Sjef Ortmans", "Sjef Ortmans"), R("CRIMINAL", "eerder veroordeeld voor mishandeling", "veroordeeld voor mishandeling"),
           R("ADDRESS", "Brusselsestraat 61A", "Brusselsestraat 61A"), R("PERSON", "M. Habets-Lardinois", "Habets-Lardinois"),
           R("PARAPH", "JCo", "JCo"), R("PARAPH", "MHL", "MHL"),
           R("REF_CRIMINAL", "registratienummer aangifte (crime report tied to a person)", "2025278114")]
    keep = [K("PERSON_PUBLIC", "raadslid Vossen", "Vossen"), K("PERSON_PUBLIC", "burgemeester Penn-te Strake", "Penn-te Strake"),
            K("PLACE", "Markt"), K("ORG", "SP"), K("LAW", "Reglement van orde voor de vergaderingen van de gemeenteraad Maastricht 2022"),
            K("FUNCTION", "raadsadviseur"), K("FUNCTION", "teamleider griffie"), K("ORG", "cluster Raadsondersteuning"),
            ]
    return {"red": red, "keep": keep}


# ------------------------------------------------------------------ bp31 scanned hearing report excerpt (Súdwest-Fryslân)
def bp31(path):
    tmp = path.with_suffix(".src.pdf")
    F = "Courier"
    b = st(F, 10.5, 14, space=6)
    story = [
        P("GEMEENTE SUDWEST-FRYSLAN", st("Helvetica", 13, 16, bold=True)),
        P("Commissie bezwaarschriften - verslag hoorzitting 11 maart 2025", st("Helvetica", 11, 14, bold=True)),
        P("Zaak: BZ 2025-0067  Bezwaarmaker: dhr. Wiebe Hoekstra, Skilpleats 4, Workum", b),
        P("Gemachtigde: mevr. mr. Tjitske Boonstra", b),
        P("Namens college: dhr. Klaas Hiemstra (jurist), mevr. Sytske Jellema (toezichthouder)", b),
        P("Dhr. Hoekstra licht toe dat hij de steiger aan de Workumer Trekvaart in 2019 met toestemming van "
          "een medewerker van Wetterskip Fryslan heeft gebouwd. Mr. Boonstra overlegt een e-mail van die "
          "medewerker, Durk Posthumus. Mevr. Jellema stelt dat de steiger groter is dan toegestaan.", b),
        P("Telefoon bezwaarmaker: 06-45 21 88 30. Volgende stap: advies binnen 6 weken.", b),
        P("Secretaris: mr. A. Wijnsma", b),
    ]
    build(tmp, story)
    scan_pages(tmp, path, seed=31, dpi=200, angle=-0.9, quality=50, noise=9)
    tmp.unlink()
    red = [R("PERSON", "Wiebe Hoekstra", "Wiebe Hoekstra", "Hoekstra", ch="ocr"), R("ADDRESS", "Skilpleats 4", "Skilpleats 4", ch="ocr"),
           R("PERSON", "Tjitske Boonstra", "Tjitske Boonstra", "Boonstra", ch="ocr"),
           R("PERSON", "Klaas Hiemstra", "Klaas Hiemstra", ch="ocr"), R("PERSON", "Sytske Jellema", "Sytske Jellema", "Jellema", ch="ocr"),
           R("PERSON", "Durk Posthumus", "Durk Posthumus", ch="ocr"), R("PHONE", "06-45 21 88 30", "06-45 21 88 30", ch="ocr"),
           R("PERSON", "A. Wijnsma", "Wijnsma", ch="ocr")]
    return {"red": red, "keep": []}


# ------------------------------------------------------------------ bp32 decision list of the presidium with a mailto link
def bp32(path):
    F = "DejaVuSerif"
    b = st(F, 9.5, 13, space=5)
    sm = st(F, 8.8, 11.5, space=0)
    rows = [["Nr.", "Onderwerp", "Besluit", "Actie"],
            ["1", "Verzoek inspreker om spreektijd in het Fries", "Toegestaan; griffie regelt tolk.", "griffie"],
            ["2", "Petitie 'Behâld it Grutte Wetter' (412 ondertekenaars)", "Agenderen commissie Omgeving 4 juni.", "griffier"],
            ["3", "Incident raadsvergadering 15 april", "Brief aan betrokkene; zie link in notulen.", "burgemeester"],
            ["4", "Werkbezoek Wetterskip Fryslân", "Datum 20 juni; aanmelden bij griffie@sudwestfryslan.nl.", "raadsleden"]]
    story = [
        P("Besluitenlijst presidium gemeenteraad Súdwest-Fryslân", st(F, 13, 17, bold=True)),
        P("Vergadering van 6 mei 2025. Aanwezig: burgemeester Rodenboog-Bosch (voorzitter), de fractievoorzitters "
          "De Jong-Atsma (FNP), Hylkema (CDA), Van der Werf (PvdA) en Tjalma (VVD), en de griffier.", b),
        tbl(rows, [10 * mm, 62 * mm, 70 * mm, 24 * mm], sm),
        Spacer(1, 8),
        P("Ad 1: de inspreker wordt door de griffie gemaild via de link hieronder.", b),
        P("<u>Mail de inspreker</u>", st(F, 9.5, 13, color=colors.blue)),
        P("Ad 3: de brief wordt ondertekend door burgemeester Rodenboog-Bosch en gaat aangetekend.", b),
    ]
    build(path, story, onpage=footer("Presidium 6 mei 2025", font="DejaVuSerif"), title="Besluitenlijst presidium 6 mei 2025",
          author="Griffie")
    post(path, links=[(0, [60, 470, 200, 490], "mailto:jetske.visser-postma@planet.nl?subject=Spreektijd%20Fries")],
         keywords="presidium; inspreker Jetske Visser-Postma; incident Harm Dijkstra")
    red = [R("EMAIL", "mailto link", "jetske.visser-postma@planet.nl", ch="annotations"),
           R("PERSON", "Jetske Visser-Postma (Info /Keywords)", "Jetske Visser-Postma", ch="metadata"),
           R("PERSON", "Harm Dijkstra (Info /Keywords)", "Harm Dijkstra", ch="metadata")]
    keep = [K("PERSON_PUBLIC", "burgemeester Rodenboog-Bosch", "Rodenboog-Bosch"), K("PERSON_PUBLIC", "De Jong-Atsma"),
            K("PERSON_PUBLIC", "Hylkema"), K("PERSON_PUBLIC", "Van der Werf"), K("PERSON_PUBLIC", "Tjalma"),
            K("ORG", "FNP"), K("ORG", "Wetterskip Fryslân"), K("MAILBOX", "griffie@sudwestfryslan.nl"),
            K("ORG", "commissie Omgeving"), K("DATE", "6 mei 2025")]
    return {"red": red, "keep": keep}


DOCS = [("bp20_motie_binckhorst_denhaag", bp20), ("bp21_bestuurlijke_reactie_arnhem", bp21),
        ("bp22_bezwaarschrift_advocaat_rotterdam", bp22), ("bp23_presentielijst_bewonersavond_scan", bp23),
        ("bp24_persbericht_enschede", bp24), ("bp25_verslag_hoorzitting_deventer", bp25),
        ("bp26_mail_petitie_haarlem", bp26), ("bp27_inventarislijst_utrecht", bp27),
        ("bp28_woo_besluit_utrecht", bp28), ("bp29_statement_amsterdam_en", bp29),
        ("bp30_memo_incident_maastricht", bp30), ("bp31_verslag_hoorzitting_sudwestfryslan_scan", bp31),
        ("bp32_besluitenlijst_presidium_sudwestfryslan", bp32)]
