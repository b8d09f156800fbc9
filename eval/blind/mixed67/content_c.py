"""Set BY, part C: scans, forms, annotations, outlines, metadata and images."""
from lib import KW, K, P, R, doc, iban

DOCS = []
A = DOCS.append


def O(text, word=True):
    return P(text, word, ch="ocr")


# ------------------------------------------------------------------ by22 zienswijze (getypt, gescand)
A(doc("by22_zienswijze_algra_scan", "scan", [
    "Pietsje Algra-de Boer",
    "Lytsewei 6",
    "9047 KL Minnertsga",
    "telefoon 0518-47 13 09",
    "---",
    "Wetterskip Fryslân",
    "t.a.v. team Vergunningverlening",
    "Postbus 36, 8900 AA Leeuwarden",
    "---",
    "Minnertsga, 22 februari 2026",
    "---",
    "# Zienswijze op de aanvraag WF/2026/004417",
    "---",
    "Geachte heer, mevrouw,",
    "Hierbij dien ik een zienswijze in op de aanvraag van mijn buurman, de heer Tjeerd Terpstra, voor het onttrekken "
    "van grondwater. Mijn waterput staat op nog geen 200 meter van de geplande bron. In de droge zomer van 2022 viel "
    "mijn put al droog. Ik ben 78 jaar en heb hartfalen; ik kan niet zonder drinkwater uit de put.",
    "Ik vraag u een meetverplichting op te nemen voor de grondwaterstand bij mijn perceel. Mijn zoon Wybren Algra "
    "helpt mij met deze brief. U kunt hem bereiken op wybren.algra@gmail.com.",
    "---",
    "Met vriendelijke groet,",
    "---",
    "P. Algra-de Boer",
], [
    R("PERSON", "Pietsje Algra-de Boer", O("Algra-de Boer")),
    R("ADDRESS", "Lytsewei 6, 9047 KL Minnertsga", O("Lytsewei 6"), O("9047 KL")),
    R("PHONE", "0518-47 13 09", O("0518-47 13 09", False)),
    R("PERSON", "Tjeerd Terpstra", O("Tjeerd Terpstra")),
    R("HEALTH", "hartfalen", O("hartfalen")),
    R("PERSON", "Wybren Algra", O("Wybren Algra")),
    R("EMAIL", "wybren.algra@gmail.com", O("wybren.algra@gmail.com")),
], [], scanfont="LiberationSerif", scansize=32, rotate=0.6, title="Scan0047", creator="RICOH MP C3004 scanner"))

# ------------------------------------------------------------------ by23 handgeschreven bezwaar (femkeklaver)
A(doc("by23_bezwaar_bylsma_handgeschreven", "scan", [
    "Durk Bylsma",
    "Buorren 21",
    "9047 KN Minnertsga",
    "---",
    "Aan het dagelijks bestuur van het Wetterskip",
    "---",
    "Minnertsga 20 mei 2026",
    "---",
    "Bezwaar tegen vergunning WF/2026/004417",
    "---",
    "Geachte heren dames,",
    "Ik maak bezwaar tegen de vergunning die jullie aan Terpstra hebben gegeven voor het oppompen van grondwater. "
    "Mijn land ligt er naast en in 2022 stond mijn sloot droog. Ik heb toen schade gehad aan mijn aardappelen.",
    "Ik wil graag gehoord worden. Mijn telefoon is 06 4387 2210.",
    "---",
    "Durk Bylsma",
], [
    R("PERSON", "Durk Bylsma", O("Durk Bylsma"), O("Bylsma")),
    R("ADDRESS", "Buorren 21, 9047 KN Minnertsga", O("Buorren 21")),
    R("PERSON", "Terpstra", O("Terpstra")),
    R("PHONE", "06 4387 2210", O("2210")),
], [], scanfont="femkeklaver", scansize=52, rotate=-0.9, ink=40, title="", creator="HP OfficeJet Pro 9010 scan"))

# ------------------------------------------------------------------ by24 aanmeldformulier stembureaulid, in blokletters ingevuld, gescand
A(doc("by24_aanmeldformulier_blokletters_scan", "scan", [
    "# Gemeente Leeuwarden - Aanmelding stembureaulid 2027",
    "Provinciale Staten- en waterschapsverkiezingen 17 maart 2027. Vul dit formulier in blokletters in.",
    "---",
    "~Voorletters en achternaam:|T.J. VAN DER MEULEN",
    "~Roepnaam:|TJITSKE",
    "~Adres:|PIETER STUYVESANTWEG 88",
    "~Postcode en woonplaats:|8937 AK LEEUWARDEN",
    "~Geboortedatum:|12-04-2003",
    "~Telefoon (mobiel):|06-15 82 70 34",
    "~E-mailadres:|TJITSKE.VDMEULEN@GMAIL.COM",
    "~Rekeningnummer (IBAN):|" + iban("INGB", "0007713650"),
    "~Voorkeur functie:|LID / TELLER",
    "~Voorkeur stembureau:|ORANJEKERK OF DBIEB",
    "~Ervaring:|JA, GR 2026 (STEMBUREAU 15)",
    "---",
    "~Handtekening:|T. VAN DER MEULEN",
    "~Datum:|3-11-2026",
    "---",
    "Inleveren bij de balie van het Stadskantoor of mailen naar verkiezingen@leeuwarden.nl",
], [
    R("PERSON", "T.J. van der Meulen", O("VAN DER MEULEN"), O("TJITSKE")),
    R("ADDRESS", "Pieter Stuyvesantweg 88, 8937 AK", O("PIETER STUYVESANTWEG 88")),
    R("DOB", "12-04-2003", O("12-04-2003")),
    R("PHONE", "06-15 82 70 34", O("06-15 82 70 34", False)),
    R("EMAIL", "tjitske.vdmeulen@gmail.com", O("VDMEULEN", False)),
    R("IBAN", iban("INGB", "0007713650"), O("0007 7136 50", False)),
], [], scanfont="humor", scansize=40, labelsize=30, valuex=560, rotate=0.4, ink=30,
    title="", creator="Konica Minolta bizhub C300i"))

# ------------------------------------------------------------------ by25 digitaal formulier: waarden alleen in AcroForm-velden
A(doc("by25_formulier_stembureaulid_velden", "form", [
    "# Aanmelding stembureaulid Provinciale Staten- en waterschapsverkiezingen 2027",
    "Gemeente Smallingerland, team Burgerzaken. Dit formulier is digitaal ingevuld en op 28 oktober 2026 ontvangen\n"
    "via het e-loket. Zaaknummer SML-2026-44871. Vragen: verkiezingen@smallingerland.nl of 14 0512.",
    "FIELD:naam:Naam:Bauke Jan Holtrop",
    "FIELD:adres:Adres:De Kaden 37, 9203 HL Drachten",
    "FIELD:gebdat:Geboortedatum:21 juli 1987",
    "FIELD:tel:Telefoon:06 3390 1742",
    "FIELD:mail:E-mail:bj.holtrop@hotmail.com",
    "FIELD:bsn:BSN (voor uitbetaling):208351778",
    "FIELD:voorkeur:Voorkeur stembureau:De Lawei of Gemeentehuis Drachten",
    "Verklaring: ik heb de e-learning van de Kiesraad gevolgd en ben niet verwant aan een kandidaat.\n"
    "De gegevens worden bewaard tot zes maanden na de verkiezing (Archiefwet 1995, selectielijst gemeenten).",
], [
    R("PERSON", "Bauke Jan Holtrop", P("Bauke Jan Holtrop", ch="annotations"), P("Holtrop", ch="annotations")),
    R("ADDRESS", "De Kaden 37, 9203 HL Drachten", P("De Kaden 37", ch="annotations"), P("9203 HL", ch="annotations")),
    R("DOB", "21 juli 1987", P("21 juli 1987", ch="annotations")),
    R("PHONE", "06 3390 1742", P("06 3390 1742", False, ch="annotations")),
    R("EMAIL", "bj.holtrop@hotmail.com", P("bj.holtrop@hotmail.com", ch="annotations")),
    R("BSN", "208351778", P("208351778", ch="annotations")),
], [
    K("PLACE", "Smallingerland"), K("DATE", "28 oktober 2026"), K("REF", "SML-2026-44871"),
    K("EMAIL_FUNCTIONAL", "verkiezingen@smallingerland.nl"), K("PHONE_GENERAL", "14 0512"), K("ORG", "Kiesraad"),
    K("LAW", "Archiefwet 1995"), K("TERM", "Provinciale Staten- en waterschapsverkiezingen 2027"),
], font="Helvetica", title="Aanmelding stembureaulid", author="e-loket Smallingerland"))

# ------------------------------------------------------------------ by26 checklist met plaknotities (annotaties)
A(doc("by26_checklist_hertelling_annotaties", "rl", [
    "# Checklist hertelling door het gemeentelijk stembureau",
    "Gemeente Amersfoort, team Burgerzaken. Versie 2, 22 maart 2026. Te gebruiken bij de hertelling van stembureau 27 "
    "(Bibliotheek Vathorst) op 24 maart 2026 in de raadzaal van het Stadhuis, Stadhuisplein 1.",
    "|Stap|Handeling|Verantwoordelijk|Gereed",
    "|1|Openbare kennisgeving van tijd en plaats van de hertelling op www.amersfoort.nl|Communicatie|22-03",
    "|2|Verzegelde pakken van SB 27 ophalen uit de kluis|Team Burgerzaken|24-03",
    "|3|Tellers instrueren: telling per lijst en per kandidaat|Coördinator telling|24-03",
    "|4|Resultaat invoeren in OSV2020 (twee invoerders)|Team Burgerzaken|24-03",
    "|5|Proces-verbaal hertelling opmaken (model Na 14-2)|Secretaris GSB|24-03",
    "|6|Uitslag melden aan het centraal stembureau (burgemeester Bolsius)|Secretaris GSB|24-03",
    "|7|Processen-verbaal publiceren en Kiesraad informeren|Team Burgerzaken|25-03",
    "Opmerkingen staan als notities bij de stappen. Vragen over de Kieswet: Bureau van de Kiesraad, verkiezingen@kiesraad.nl.",
], [
    R("PERSON", "Marloes Verbeek", P("Marloes Verbeek", ch="annotations")),
    R("PERSON", "Tim Oudshoorn", P("Tim Oudshoorn", ch="annotations")),
    R("PERSON", "Hendrik Kooistra", P("Kooistra", ch="annotations")),
    R("PHONE", "06 4120 9355", P("06 4120 9355", False, ch="annotations")),
    R("PERSON", "Josephine Adjei-Boateng", P("Adjei-Boateng", ch="annotations")),
    R("PERSON", "Lieke Haverkamp", P("Lieke Haverkamp", ch="annotations")),
], [
    K("PLACE", "Amersfoort"), K("ORG", "Bibliotheek Vathorst"), K("DATE", "24 maart 2026"), K("DATE", "22 maart 2026"),
    K("ADDRESS_PUBLIC", "Stadhuisplein 1"), K("URL", "www.amersfoort.nl"), K("PRODUCT", "OSV2020"), K("TERM", "Na 14-2"),
    K("ROLE", "burgemeester Bolsius"), K("ORG", "Bureau van de Kiesraad"), K("EMAIL_FUNCTIONAL", "verkiezingen@kiesraad.nl"),
    K("LAW", "Kieswet"), K("ORG", "Team Burgerzaken"), K("TERM", "stembureau 27"), K("TERM", "SB 27"),
], font="LiberationSans", size=9.5, title="Checklist hertelling SB 27", author="Team Burgerzaken",
    colw=[.07, .58, .22, .13],
    annots=[
        (0, [470, 600, 490, 620], "Marloes Verbeek",
         "Tim Oudshoorn: check of Kooistra (Kiesraad) akkoord is met andere tellers. Zijn mobiel: 06 4120 9355."),
        (0, [470, 560, 490, 580], "Tim Oudshoorn",
         "Voorzitter SB 27 (mevrouw Adjei-Boateng) wil bij de hertelling aanwezig zijn. Mag dat als toehoorder?"),
        (0, [470, 520, 490, 540], "Lieke Haverkamp", "Tweede invoerder: ik. Invoer klaar om 14.30 uur."),
    ]))

# ------------------------------------------------------------------ by27 evaluatierapport met bladwijzers (outline)
A(doc("by27_evaluatie_verkiezingen_zwolle_outline", "rl", [
    "# Evaluatie gemeenteraadsverkiezing 18 maart 2026",
    "Gemeente Zwolle, afdeling Publiekszaken. Rapport voor de gemeenteraad, 9 juni 2026. Kenmerk: PZ-2026-0412.",
    "## 1. Inleiding",
    "De gemeenteraadsverkiezing van 18 maart 2026 verliep in Zwolle in het algemeen goed. De opkomst was 54,1 procent. "
    "Er waren 74 stembureaus, waarvan 9 mobiele stembureaus en 3 stembureaus op station Zwolle en in de Isala-kliniek. "
    "Burgemeester Snijders was voorzitter van het centraal stembureau; het gemeentelijk stembureau telde op 19 maart in "
    "de IJsselhallen.",
    "## 2. Werving en training van stembureauleden",
    "De gemeente werkte met 612 stembureauleden en 148 tellers. 31 procent was nieuw. Alle voorzitters volgden de "
    "klassikale training; 92 procent van de leden de e-learning van de Kiesraad. Op de verkiezingsdag meldden zich 23 "
    "stembureauleden af; de reservepool was voldoende.",
    "## 3. Ervaringen van voorzitters",
    "Voor deze evaluatie zijn twee voorzitters van stembureaus geïnterviewd (de verslagen staan in de bijlagen, zie de "
    "bladwijzers). De voorzitter van stembureau 31 wijst op de verwarring over het meetellen van volmachtbewijzen, die "
    "leidde tot de hertelling op 23 maart 2026. De voorzitter van stembureau 52 beschrijft het incident met een "
    "agressieve kiezer en vraagt om een vaste contactpersoon bij de politie IJsselland.",
    "PAGEBREAK",
    "## 4. Hertelling stembureau 31",
    "Bij de hertelling bleek het verschil van 17 stembiljetten verklaard door volmachtbewijzen die als stempas waren "
    "geteld. De zetelverdeling veranderde niet: Swollwacht behield 5 zetels. De Kiesraad heeft in zijn evaluatie van de "
    "gemeenteraadsverkiezingen 2026 vergelijkbare gevallen in 14 gemeenten gemeld.",
    "## 5. Aanbevelingen voor de Provinciale Staten- en waterschapsverkiezingen van 17 maart 2027",
    "1. Neem in de training een aparte module op over volmachten.\n"
    "2. Maak afspraken met de politie (basisteam IJsselland-Zwolle) over een vast aanspreekpunt op de verkiezingsdag.\n"
    "3. Leg de stemmal voor slechtzienden in ieder stemhokje.\n"
    "4. Stem met Waterschap Drents Overijsselse Delta af over de kosten van de gecombineerde verkiezing.",
    "## Bijlagen",
    "Bijlage A: verslag interview voorzitter stembureau 31 (29 april 2026).\n"
    "Bijlage B: verslag interview voorzitter stembureau 52 (6 mei 2026).\n"
    "Bijlage C: cijfers opkomst per stembureau.",
], [
    R("PERSON", "Femke Lubbers", P("Femke Lubbers", ch="outline")),
    R("PERSON", "Esmée Nijhof-Kamphuis", P("Esmée Nijhof-Kamphuis", ch="outline")),
    R("PERSON", "Nienke ter Haar", P("Nienke ter Haar", ch="outline")),
], [
    K("DATE", "18 maart 2026"), K("PLACE", "Zwolle"), K("ORG", "Publiekszaken"), K("DATE", "9 juni 2026"),
    K("REF", "PZ-2026-0412"), K("NUM", "54,1 procent"), K("ORG", "Isala-kliniek"), K("ROLE", "Burgemeester Snijders"),
    K("ORG", "IJsselhallen"), K("ORG", "Kiesraad"), K("ORG", "politie IJsselland"), K("ORG", "Swollwacht"),
    K("DATE", "17 maart 2027"), K("ORG", "IJsselland-Zwolle"), K("ORG", "Waterschap Drents Overijsselse Delta"),
    K("TERM", "stembureau 31"), K("TERM", "stembureau 52"), K("DATE", "23 maart 2026"),
], font="LiberationSerif", size=10.5, title="Evaluatie GR2026 Zwolle", author="Publiekszaken Zwolle",
    outline=[("Evaluatie gemeenteraadsverkiezing 2026", 0), ("3. Ervaringen van voorzitters", 0),
             ("Bijlage A - interview Femke Lubbers (SB 31)", 1),
             ("Bijlage B - interview Esmée Nijhof-Kamphuis (SB 52)", 1),
             ("Bijlage C - cijfers (aangeleverd door Nienke ter Haar)", 1)]))

# ------------------------------------------------------------------ by28 notitie Kiesraad: namen alleen in metadata
A(doc("by28_notitie_kiesraad_metadata", "rl", [
    "# Notitie",
    "|Aan|Kiesraad (vergadering 15 april 2026)",
    "|Van|Bureau van de Kiesraad, cluster Juridische zaken",
    "|Datum|8 april 2026",
    "|Kenmerk|KR-2026-04377",
    "|Onderwerp|Hertellingen bij de gemeenteraadsverkiezingen van 18 maart 2026",
    "## Aanleiding",
    "Bij de gemeenteraadsverkiezingen van 18 maart 2026 hebben 41 centrale stembureaus één of meer stembureaus laten "
    "hertellen. In 14 gemeenten lag de oorzaak bij volmachtbewijzen die als stempas waren geteld (onder meer Zwolle en "
    "Amersfoort). Deze notitie geeft een overzicht en doet een voorstel voor de voorlichting in aanloop naar de "
    "Provinciale Staten-, waterschaps- en eilandsraadsverkiezingen van 17 maart 2027.",
    "## Kern",
    "De Kieswet biedt het centraal stembureau ruimte om bij een onverklaard verschil te laten hertellen. Het Bureau "
    "adviseert gemeenten de telinstructie in model N 10-1 te verduidelijken en vóór 1 november 2026 een nieuwe "
    "handreiking te publiceren. De minister van Binnenlandse Zaken en Koninkrijksrelaties wordt over de uitkomst "
    "geïnformeerd in de evaluatiebrief die de Kiesraad uiterlijk 1 juli 2026 aanbiedt.",
    "## Voorstel",
    "De Kiesraad wordt gevraagd in te stemmen met (a) de handreiking 'Hertellingen' en (b) een webinar voor "
    "gemeenten op 7 oktober 2026, samen met de NVVB.",
    "## Informatie die niet openbaar gemaakt kan worden",
    "Niet van toepassing.",
], [
    R("PERSON", "Aylin Demir", P("Aylin Demir", ch="metadata")),
    R("PERSON", "Pieter-Jan van den Akker", P("Pieter-Jan van den Akker", ch="metadata"), P("van den Akker", ch="metadata")),
], [
    K("ORG", "Kiesraad"), K("ORG", "Bureau van de Kiesraad"), K("DATE", "8 april 2026"), K("REF", "KR-2026-04377"),
    K("DATE", "18 maart 2026"), K("PLACE", "Zwolle"), K("PLACE", "Amersfoort"), K("DATE", "17 maart 2027"),
    K("LAW", "Kieswet"), K("TERM", "N 10-1"), K("ORG", "Binnenlandse Zaken en Koninkrijksrelaties"), K("ORG", "NVVB"),
    K("DATE", "7 oktober 2026"), K("DATE", "15 april 2026"), K("TERM", "centraal stembureau"),
], font="Helvetica", size=10, title="Notitie hertellingen GR2026", author="Aylin Demir",
    xmp_creator=["Aylin Demir", "Pieter-Jan van den Akker"], colw=[.2, .8]))


# ------------------------------------------------------------------ by29 bijlage met schermafdruk van een chat (OCR)
def chat_image():
    from PIL import Image, ImageDraw, ImageFont

    W, H = 900, 1320
    img = Image.new("RGB", (W, H), (236, 229, 221))
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 27)
    fb = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 27)
    dr.rectangle([0, 0, W, 110], fill=(7, 94, 84))
    dr.text((30, 35), "Tellers SB 27 Vathorst", font=fb, fill=(255, 255, 255))
    msgs = [
        ("Josephine", "Iedereen om 8.45 bij de bieb a.u.b.", False),
        ("Mila Verhoeven", "Ik ben er. Heb mijn dochter bij me, oppas ziek", False),
        ("Ruud Pannekoek", "Ik sta in de file op de A1, 10 min later", False),
        ("Josephine", "Prima Ruud. Mila, geen probleem", False),
        ("Ik", "Sleutel van de raadzaal ligt bij de bode", True),
        ("+31 6 5530 1288", "Met Gerda Holleman, reserve. Moet ik komen?", False),
        ("Josephine", "Ja graag Gerda! Lijst 3 en 13 opnieuw", False),
    ]
    y = 140
    for who, txt, me in msgs:
        bw = 700
        x = W - bw - 30 if me else 30
        dr.rounded_rectangle([x, y, x + bw, y + 120], 16, fill=(220, 248, 198) if me else (255, 255, 255))
        dr.text((x + 20, y + 14), who, font=fb, fill=(30, 110, 160))
        dr.text((x + 20, y + 62), txt, font=f, fill=(20, 20, 20))
        y += 160
    return img


A(doc("by29_bijlage_chat_schermafdruk", "rl", [
    "# Bijlage 8 bij besluit WOO-2026-041: WhatsApp-berichten voorzitter SB 27",
    "Schermafdruk aangeleverd door de voorzitter van stembureau 27 op 24 maart 2026 (document 8 van de "
    "inventarislijst). De berichten gaan over de hertelling in de raadzaal van het Stadhuis, Stadhuisplein 1, Amersfoort.",
    "IMG:chat",
    "Beoordeling: deels openbaar, 5.1.2e (namen en telefoonnummers van tellers).",
], [
    R("PERSON", "Josephine Adjei-Boateng", P("Josephine", ch="ocr")),
    R("PERSON", "Mila Verhoeven", P("Mila Verhoeven", ch="ocr"), P("Mila", ch="ocr")),
    R("PERSON", "Ruud Pannekoek", P("Ruud Pannekoek", ch="ocr"), P("Ruud", ch="ocr")),
    R("PHONE", "+31 6 5530 1288", P("5530 1288", ch="ocr")),
    R("PERSON", "Gerda Holleman", P("Gerda Holleman", ch="ocr"), P("Gerda", ch="ocr")),
], [
    K("REF", "WOO-2026-041"), K("TERM", "SB 27"), K("DATE", "24 maart 2026"), K("ADDRESS_PUBLIC", "Stadhuisplein 1"),
    K("PLACE", "Amersfoort"), K("GROUND", "5.1.2e"), K("TERM", "deels openbaar"), K("TERM", "stembureau 27"),
], font="Helvetica", size=10, title="Bijlage 8 WOO-2026-041", author="Woo-team Amersfoort",
    images={"chat": (chat_image(), 115)}))

# ------------------------------------------------------------------ by30 circulaire Kiesraad aan gemeenten (docx)
A(doc("by30_circulaire_kiesraad_ps_ws_2027", "docx", [
    "# Kiesraad - Informatiebrief aan gemeenten en waterschappen",
    "Nummer 2026-09, 14 september 2026. Onderwerp: voorbereiding Provinciale Staten-, waterschaps- en "
    "eilandsraadsverkiezingen 17 maart 2027.",
    "Aan: de colleges van burgemeester en wethouders, de dagelijks besturen van de waterschappen en de "
    "hoofdstembureaus.",
    "## 1. Belangrijke data",
    "|Datum|Onderdeel",
    "|2 februari 2027|Dag van de kandidaatstelling",
    "|3 maart 2027|Uiterste datum verzending stempassen",
    "|17 maart 2027|Dag van de stemming",
    "|20 maart 2027|Uiterste datum zitting centraal stembureau waterschap",
    "## 2. Nieuwe modellen",
    "De Kiesraad publiceert op 1 oktober 2026 de nieuwe modellen, waaronder model N 10-1 met een aparte regel voor "
    "volmachtbewijzen. Aanleiding zijn de hertellingen bij de gemeenteraadsverkiezingen van 18 maart 2026 in onder meer "
    "Zwolle, Amersfoort en Súdwest-Fryslân.",
    "## 3. Software",
    "Het programma OSV2020 krijgt release 2.31. Gemeenten die problemen ondervinden met de installatie melden dit bij "
    "de servicedesk via osv@kiesraad.nl.",
    "## 4. Contact",
    "Vragen over deze informatiebrief kunt u stellen via verkiezingen@kiesraad.nl of 070 426 72 66. Contactpersonen "
    "voor deze brief: Pieter-Jan van den Akker (modellen) en Aylin Demir (software), Bureau van de Kiesraad, "
    "Postbus 20011, 2500 EA Den Haag.",
    "Deze informatiebrief is ook verstuurd aan de Unie van Waterschappen, de VNG en de NVVB.",
], [
    R("PERSON", "Pieter-Jan van den Akker", "Pieter-Jan van den Akker"),
    R("PERSON", "Aylin Demir", "Aylin Demir"),
], [
    K("ORG", "Kiesraad"), K("REF", "2026-09"), K("DATE", "14 september 2026"), K("DATE", "17 maart 2027"),
    K("DATE", "2 februari 2027"), K("DATE", "3 maart 2027"), K("DATE", "20 maart 2027"), K("DATE", "1 oktober 2026"),
    K("TERM", "N 10-1"), K("DATE", "18 maart 2026"), K("PLACE", "Zwolle"), K("PLACE", "Amersfoort"),
    K("PLACE", "Súdwest-Fryslân"), K("PRODUCT", "OSV2020"), K("EMAIL_FUNCTIONAL", "osv@kiesraad.nl"),
    K("EMAIL_FUNCTIONAL", "verkiezingen@kiesraad.nl"), K("PHONE_GENERAL", "070 426 72 66"),
    K("ORG", "Bureau van de Kiesraad"), K("ADDRESS_PUBLIC", "Postbus 20011"), K("ORG", "Unie van Waterschappen"),
    K("ORG", "VNG"), K("ORG", "NVVB"), K("TERM", "hoofdstembureaus"),
], font="DejaVu Serif", size=10, title="Informatiebrief 2026-09", author="Pieter-Jan van den Akker"))

# ------------------------------------------------------------------ by31 brief provincie Fryslân (PS 2027)
A(doc("by31_brief_provincie_fryslan_ps2027", "rl", [
    "Provinsje Fryslân | Postbus 20120 | 8900 HM Leeuwarden | (058) 292 59 25 | provincie@fryslan.frl",
    "---",
    "Aan de burgemeesters van de Friese gemeenten, als voorzitter van het hoofdstembureau\n"
    "en aan de dijkgraaf van Wetterskip Fryslân",
    "Leeuwarden, 19 oktober 2026\nKenmerk: 01984422\nOnderwerp: centraal stembureau Provinciale Statenverkiezing 2027",
    "Geachte burgemeesters, geachte dijkgraaf,",
    "Op 17 maart 2027 kiezen de inwoners van Fryslân de leden van Provinciale Staten. Het centraal stembureau voor deze "
    "verkiezing komt op 20 maart 2027 om 10.00 uur in openbare zitting bijeen in de Statenzaal van het Provinsjehûs, "
    "Tweebaksmarkt 52, Leeuwarden, om de uitslag vast te stellen. Commissaris van de Koning Brok woont de "
    "zitting bij.",
    "Namens het centraal stembureau is mevrouw Rixt Wiersma-Ypma (senior adviseur Statengriffie) uw aanspreekpunt "
    "voor de aanlevering van de processen-verbaal; bereikbaar op 06-20 11 58 73 of r.wiersma-ypma@fryslan.frl. Haar "
    "collega Menno Hiemstra (m.hiemstra@fryslan.frl) regelt de koeriers.",
    "Wij vragen u de tellingen per gemeente (model Na 31-2) uiterlijk 19 maart 2027 om 12.00 uur digitaal aan te leveren "
    "via het Kiesraad-portaal en de originele processen-verbaal per koerier te versturen.",
    "Met vriendelijke groet,\n\nArno Brok\nCommissaris van de Koning in Fryslân",
], [
    R("PERSON", "Rixt Wiersma-Ypma", "Rixt Wiersma-Ypma", "r.wiersma-ypma@fryslan.frl"),
    R("PHONE", "06-20 11 58 73", P("06-20 11 58 73", False)),
    R("PERSON", "Menno Hiemstra", "Menno Hiemstra", "m.hiemstra@fryslan.frl"),
], [
    K("ORG", "Provinsje Fryslân"), K("ADDRESS_PUBLIC", "Postbus 20120"), K("PHONE_GENERAL", "(058) 292 59 25"),
    K("EMAIL_FUNCTIONAL", "provincie@fryslan.frl"), K("ORG", "Wetterskip Fryslân"), K("DATE", "19 oktober 2026"),
    K("REF", "01984422"), K("DATE", "17 maart 2027"), K("DATE", "20 maart 2027"), K("ORG", "Provinsjehûs"),
    K("ADDRESS_PUBLIC", "Tweebaksmarkt 52"), K("ROLE", "Commissaris van de Koning Brok"), K("PERSON_PUBLIC", "Arno Brok"),
    K("TERM", "Na 31-2"), K("ORG", "Statengriffie"), K("TERM", "centraal stembureau"), K("PLACE", "Leeuwarden"),
], font="LiberationSans", size=10, title="Centraal stembureau PS2027", author="Statengriffie"))

# ------------------------------------------------------------------ by34 handgeschreven notitie bij proces-verbaal (femkeklaver)
A(doc("by34_notitie_voorzitter_handgeschreven", "scan", [
    "bijlage bij proces-verbaal stembureau 8 Bolsward, Broerekerk",
    "---",
    "bijzonderheden, 18 maart",
    "---",
    "om half tien belde de dochter van de heer Talsma dat haar vader ziek is (griep) en zijn volmacht aan "
    "buurman Bauke Rypkema heeft gegeven. de volmacht was goed ingevuld.",
    "---",
    "om kwart over drie is teller Doede Brouwer weggegaan, zijn vrouw lag in het ziekenhuis. reserve Sytske Dam "
    "kwam om vier uur.",
    "---",
    "de waarnemer van lijst 6 (de zoon van Wytse) heeft de hele middag bij de tafel gezeten. dat mag, "
    "maar hij maakte ook foto's. die heb ik verboden.",
    "---",
    "getekend, Tjitte Reitsma, voorzitter",
    "tjitte.reitsma@gmail.com",
], [
    # OCR (tesseract nld, as the evaluator runs it) misreads Talsma, griep, the hospital phrase, Wytse and the
    # e-mail address in this handwriting; they have no probe because no channel of the original yields them.
    R("PERSON", "Bauke Rypkema", O("Bauke Rypkema")),
    R("PERSON", "Doede Brouwer", O("Doede")),
    R("PERSON", "Sytske Dam", O("Sytske Dam")),
    R("PERSON", "Tjitte Reitsma", O("Tjitte Reitsma")),
], [], scanfont="femkeklaver", scansize=50, rotate=0.8, ink=35, title="", creator="Canon imageRUNNER C3226i"))
