"""Set BF, part E: natuurvergunning (LibreOffice, 3 pages), vogelgriep mail chain, raadsinformatiebrief
(Chromium), scanned hoorzitting notes."""
from lib import A4, mm, Paragraph, Spacer, PageBreak, colors, styles, tbl, kv, rl, lines, pagenum, hide, R, K, \
    bsn, iban, docx_new, docx_pdf, chromium, scan, WORK

DOCS = []


def doc(name):
    def deco(fn):
        DOCS.append((name, fn))
        return fn
    return deco


# ---------------------------------------------------------------------------------------------
@doc("bf30_besluit_natura2000_activiteit_gelderland")
def bf30(out):
    d = docx_new()
    from docx.enum.text import WD_BREAK
    d.add_heading("Besluit omgevingsvergunning Natura 2000-activiteit", level=1)
    d.add_paragraph("Gedeputeerde Staten van Gelderland\nZaaknummer: 2024-019934\nDatum: 25 april 2025\n"
                    "Aanvrager: Maatschap Van Eck-Hoogendoorn, Bovenstraat 61, 4043 LJ Opheusden\n"
                    "Behandelaar: ing. Jorrit Wassink-Blom, telefoon 026 359 87 12, j.wassink@gelderland.nl\n"
                    "Algemeen: post@gelderland.nl, (026) 359 91 11, Markt 11, Arnhem")
    d.add_heading("1. Aanvraag", level=2)
    d.add_paragraph("Op 3 oktober 2024 hebben wij een aanvraag ontvangen van de maatschap, vertegenwoordigd door de "
                    "heer Willem van Eck en mevrouw Gerda van Eck-Hoogendoorn, voor het wijzigen van een "
                    "melkveehouderij met 145 melkkoeien en 90 stuks jongvee. De aanvraag is ingediend door adviseur "
                    "Jeroen Kolkman van DLV Advies (Arnhem). De inrichting ligt nabij de Natura 2000-gebieden "
                    "Rijntakken, Veluwe en Uiterwaarden Neder-Rijn.")
    d.add_heading("2. Wettelijk kader", level=2)
    d.add_paragraph("Dit besluit is genomen op grond van artikel 5.1, eerste lid, onder e, van de Omgevingswet en "
                    "artikel 8.74b van het Besluit kwaliteit leefomgeving. Wij hebben getoetst aan de "
                    "instandhoudingsdoelstellingen uit de aanwijzingsbesluiten en de Omgevingsverordening Gelderland.")
    d.add_heading("3. Stikstofdepositie", level=2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Gebied", "Habitattype", "Referentie", "Beoogd"]):
        t.rows[0].cells[i].text = h
    for row in [("Rijntakken", "H6510A glanshaverhooilanden", "0,38", "0,21"),
                ("Veluwe", "H4030 droge heiden", "0,07", "0,04"),
                ("Uiterwaarden Neder-Rijn", "H91E0C vochtige alluviale bossen", "0,12", "0,08")]:
        cs = t.add_row().cells
        for i, v in enumerate(row):
            cs[i].text = v
    d.add_paragraph("Bron: AERIUS Calculator 2024.1, berekening RrJ4wLk2Ht8s (beoogd) en RbB71MtyUu5P (referentie), "
                    "in mol N/ha/jaar.")
    d.add_paragraph("De depositie neemt op alle hexagonen af. Er is sprake van intern salderen; conform de uitspraak "
                    "van de Afdeling bestuursrechtspraak van 18 december 2024 (ECLI:NL:RVS:2024:4923) is een "
                    "passende beoordeling uitgevoerd door Bureau Waardenburg.")
    d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    d.add_heading("4. Zienswijzen", level=2)
    d.add_paragraph("Het ontwerpbesluit heeft van 6 januari tot en met 17 februari 2025 ter inzage gelegen. Er zijn "
                    "drie zienswijzen ingediend:")
    t2 = d.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    for i, h in enumerate(["Nr", "Indiener", "Kern"]):
        t2.rows[0].cells[i].text = h
    for row in [("1", "Vereniging Leefmilieu", "Intern salderen met niet-benutte ruimte is onrechtmatig."),
                ("2", "H.M. Bouwmeester-Sluiter, Dalwagen 9, 4043 JK Opheusden",
                 "Vreest ammoniakgeur; haar kleinzoon heeft ernstige astma."),
                ("3", "Mobilisation for the Environment (MOB)", "Verzoekt om volledige externe saldering.")]:
        cs = t2.add_row().cells
        for i, v in enumerate(row):
            cs[i].text = v
    d.add_paragraph("")
    d.add_paragraph("Ad 1 en 3. De zienswijzen van Vereniging Leefmilieu en MOB geven geen aanleiding tot wijziging. "
                    "Ad 2. Geurhinder wordt beoordeeld in het kader van de omgevingsvergunning milieubelastende "
                    "activiteit die de gemeente Neder-Betuwe verleent; de afstand tot de woning van mevrouw "
                    "Bouwmeester-Sluiter bedraagt 210 meter.")
    d.add_heading("5. Voorschriften", level=2)
    for v in ["1. De stallen worden uitgevoerd met emissiearm systeem Rav BA 1.100.",
              "2. Het aantal dieren bedraagt ten hoogste 145 melkkoeien en 90 stuks jongvee.",
              "3. Vergunninghouder meldt de ingebruikname binnen twee weken bij team VTH van de provincie.",
              "4. Percelen kadastraal bekend gemeente Kesteren, sectie F, nummers 912 en 913 worden niet meer "
              "bemest."]:
        d.add_paragraph(v)
    d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    d.add_heading("6. Ondertekening", level=2)
    d.add_paragraph("Gedeputeerde Staten van Gelderland, namens dezen,\n\nPeter Drenth\ngedeputeerde Natuur en "
                    "Stikstof")
    d.add_paragraph("Beroep: binnen zes weken bij de rechtbank Gelderland, Postbus 9030, 6800 EM Arnhem. "
                    "Dit besluit wordt gepubliceerd in het Provinciaal Blad (2025, nr. 6120).")
    d.add_paragraph("Verzonden aan: Maatschap Van Eck-Hoogendoorn; afschrift aan DLV Advies t.a.v. J. Kolkman; "
                    "gemeente Neder-Betuwe; Omgevingsdienst Rivierenland.")
    docx_pdf(d, out, author="Wassink-Blom, Jorrit", title="Besluit 2024-019934 Van Eck-Hoogendoorn")
    return [
        R("TRADE", "Maatschap Van Eck-Hoogendoorn", "Van Eck-Hoogendoorn", "Hoogendoorn"),
        R("ADDRESS", "Bovenstraat 61, 4043 LJ Opheusden", "Bovenstraat 61", "4043 LJ"),
        R("PERSON", "Jorrit Wassink-Blom", "Jorrit", "Wassink-Blom", "Wassink", "j.wassink@gelderland.nl"),
        R("PHONE", "026 359 87 12", "026 359 87 12"),
        R("PERSON", "Willem van Eck", "Willem van Eck"), R("PERSON", "Gerda van Eck-Hoogendoorn", "Gerda"),
        R("PERSON", "Jeroen Kolkman", "Jeroen", "Kolkman"),
        R("PERSON", "H.M. Bouwmeester-Sluiter", "Bouwmeester-Sluiter", "Sluiter"),
        R("ADDRESS", "Dalwagen 9, 4043 JK", "Dalwagen 9", "4043 JK"),
        R("HEALTH", "kleinzoon ernstige astma", "astma"),
        R("CADASTRAL", "Kesteren F 912 en 913", "nummers 912 en 913"),
        K("ORG", "Gedeputeerde Staten van Gelderland"), K("CASE", "2024-019934"), K("EMAIL", "post@gelderland.nl"),
        K("PHONE", "(026) 359 91 11"), K("ADDRESS", "Markt 11"), K("ORG", "DLV Advies"),
        K("PLACE", "Rijntakken"), K("PLACE", "Uiterwaarden Neder-Rijn"), K("LAW", "Omgevingswet"),
        K("LAW", "Besluit kwaliteit leefomgeving"), K("LAW", "Omgevingsverordening Gelderland"),
        K("ID", "RrJ4wLk2Ht8s"), K("ID", "RbB71MtyUu5P"), K("CASE", "ECLI:NL:RVS:2024:4923"),
        K("ORG", "Bureau Waardenburg"), K("ORG", "Vereniging Leefmilieu"),
        K("ORG", "Mobilisation for the Environment"), K("ORG", "gemeente Neder-Betuwe"),
        K("OFFICIAL", "gedeputeerde Peter Drenth", "Peter Drenth"), K("ORG", "rechtbank Gelderland"),
        K("ADDRESS", "Postbus 9030"), K("CASE", "Provinciaal Blad (2025, nr. 6120)", "nr. 6120"),
        K("ORG", "Omgevingsdienst Rivierenland"), K("ID", "Rav BA 1.100"), K("DATE", "25 april 2025"),
        K("TITLE", "gedeputeerde Natuur en Stikstof"),
    ]


# ---------------------------------------------------------------------------------------------
@doc("bf31_mailketen_vogelgriep_ruiming")
def bf31(out):
    S = styles("DV", 9)

    def hdr(van, verz, aan, ond, cc=None):
        rows = [("Van:", van), ("Verzonden:", verz), ("Aan:", aan)] + ([("CC:", cc)] if cc else []) + \
            [("Onderwerp:", ond)]
        return kv(rows, [25 * mm, 137 * mm], size=8.5)

    Q = lambda t: Paragraph("<font color='#444444'>" + t + "</font>", S["p"])  # noqa: E731
    story = [
        hdr("CRISISTEAM VOGELGRIEP &lt;crisisteam.vogelgriep@nvwa.nl&gt;", "zaterdag 15 februari 2025 07:31",
            "Gemeente Barneveld - Openbare Orde &lt;ooo@barneveld.nl&gt;; VGGM Crisisbeheersing "
            "&lt;crisis@vggm.nl&gt;", "RE: HPAI H5N1 Barneveld - ruiming en 1 km-zone",
            cc="Marloes Teeuwen &lt;m.teeuwen@minlvvn.nl&gt;; ZWARTENKOT, W.F. (Wessel) &lt;w.zwartenkot@nvwa.nl&gt;"),
        Spacer(1, 4),
        Paragraph("Goedemorgen,", S["p"]),
        Paragraph("Vannacht is op het leghennenbedrijf aan de Kallenbroekerweg 37 (UBN 2988410) hoogpathogene vogelgriep "
                  "H5N1 bevestigd door Wageningen Bioveterinary Research. De minister van LVVN heeft om 05.10 uur "
                  "besloten tot ruiming. In de 1 km-zone liggen de onderstaande bedrijven; zij worden preventief "
                  "geruimd op grond van artikel 5.1 van de Wet dieren en de Beleidsregels vogelgriep.", S["p"]),
        tbl([["UBN", "Houder", "Adres", "Dieren"],
             ["2988410", "G.J. VAN<br/>DE BEEK-<br/>OUWENEEL", "Kallenbroekerweg 37", "64.000 leghennen (besmet)"],
             ["2765019", "Pluimveebedrijf Wolswinkel", "Kallenbroekerweg 58", "38.000 vleeskuikens"],
             ["5102288", "H. DE WIT", "Garderbroekerweg 201", "22.000 leghennen"],
             ["6640172", "Hennegoed Barneveld B.V.", "Harselaarseweg 120", "81.000 opfokhennen"]],
            [20 * mm, 45 * mm, 50 * mm, 47 * mm], S, size=8.5),
        Spacer(1, 6),
        Paragraph("De burgemeester van Barneveld, Jan Luteijn, is gisteravond door de minister gebeld. Wessel "
                  "coördineert de ruimingslocatie; bereikbaar via 06 5521 0983. Communicatie loopt via "
                  "woordvoering@nvwa.nl.", S["p"]),
        Paragraph("Met vriendelijke groet,<br/>namens het Crisisteam Vogelgriep<br/>Anouk Brandsma-de Rooij, "
                  "dierenarts / operationeel leider<br/>NVWA | Catharijnesingel 59 | Utrecht | crisislijn 0900 0388",
                  S["p"]),
        Q("-----Oorspronkelijk bericht-----<br/>Van: Openbare Orde Barneveld &lt;ooo@barneveld.nl&gt;<br/>Verzonden: "
          "vrijdag 14 februari 2025 23:02<br/>Aan: CRISISTEAM VOGELGRIEP<br/>Onderwerp: HPAI H5N1 Barneveld - "
          "ruiming en 1 km-zone"),
        Q("Beste collega's, de pluimveehouder, de heer Van de Beek, belde ons net in paniek. Hij heeft "
          "hartproblemen en zijn vrouw vraagt of er een arts kan komen. Daarnaast heeft buurman Henk de Wit "
          "(Garderbroekerweg 201) gedreigd de ruimers 'met de shovel tegen te houden'. Kan de politie "
          "(Team Barneveld, wijkagent Yusuf Ekinci) aansluiten? Met groet, Evelien Ruitenberg, AOV-er gemeente "
          "Barneveld, 06 4092 1175"),
        PageBreak(),
        hdr("Marloes Teeuwen &lt;m.teeuwen@minlvvn.nl&gt;", "zaterdag 15 februari 2025 08:15",
            "CRISISTEAM VOGELGRIEP; ZWARTENKOT, W.F. (Wessel)", "RE: RE: HPAI H5N1 Barneveld - ruiming en 1 km-zone"),
        Spacer(1, 4),
        Paragraph("Dank. Ik informeer de minister en de staatssecretaris voor de persconferentie van 12.00 uur in "
                  "Den Haag. Graag om 10.30 uur een update met aantallen. Let op: de namen van de houders niet in de "
                  "Kamerbrief; de Kamerleden Van Campen (VVD) en Vedder (CDA) hebben al vragen gesteld.", S["p"]),
        Paragraph("Marloes Teeuwen<br/>senior beleidsmedewerker dierziekten, directie Dierketens en "
                  "Dierenwelzijn<br/>Ministerie van LVVN | 06 3917 5528", S["p"]),
        Spacer(1, 8),
        Paragraph("<b>Logboek ruimingslocatie (bijlage)</b>", S["p"]),
        tbl([["Tijd", "Gebeurtenis", "Door"],
             ["08.40", "Ruimploeg Pluimvee Services Gelderland ter plaatse", "WZ"],
             ["09.15", "Politie Team Barneveld aanwezig; dhr. De Wit kalm", "WZ / YE"],
             ["10.20", "Huisarts bij familie Van de Beek", "ABR"],
             ["11.05", "Start ruiming stal 1 (CO2-container)", "WZ"]], [20 * mm, 110 * mm, 30 * mm], S, size=8.5),
    ]
    rl(out, story, first=lambda c, d: pagenum(c, d, "HPAI Barneveld | "), margins=(22, 18, 22, 20))
    hide(out, author="Brandsma-de Rooij, A.", title="RE: HPAI H5N1 Barneveld - ruiming en 1 km-zone")
    return [
        R("PERSON", "G.J. van de Beek-Ouweneel", "OUWENEEL", "Van de Beek", "~BEEK-"),
        R("ID", "UBN 2988410", "2988410"),
        R("ADDRESS", "Kallenbroekerweg 37", "Kallenbroekerweg 37"),
        R("TRADE", "Pluimveebedrijf Wolswinkel", "Wolswinkel"),
        R("ID", "UBN 2765019", "2765019"), R("ADDRESS", "Kallenbroekerweg 58", "Kallenbroekerweg 58"),
        R("PERSON", "Henk de Wit (H. DE WIT)", "H. DE WIT", "Henk de Wit", "De Wit"),
        R("ID", "UBN 5102288", "5102288"), R("ADDRESS", "Garderbroekerweg 201", "Garderbroekerweg 201"),
        R("HEALTH", "hartproblemen", "hartproblemen"),
        R("PERSON", "Marloes Teeuwen", "Marloes", "Teeuwen", "m.teeuwen@minlvvn.nl"),
        R("PERSON", "Wessel Zwartenkot", "Wessel", "ZWARTENKOT", "w.zwartenkot@nvwa.nl", "WZ"),
        R("PHONE", "06 5521 0983", "06 5521 0983"), R("PHONE", "06 3917 5528", "06 3917 5528"),
        R("PERSON", "Anouk Brandsma-de Rooij", "Anouk", "Brandsma-de Rooij", "Rooij", "ABR"),
        R("PERSON", "Yusuf Ekinci", "Yusuf", "Ekinci", "YE"),
        R("PERSON", "Evelien Ruitenberg", "Evelien", "Ruitenberg"), R("PHONE", "06 4092 1175", "06 4092 1175"),
        K("EMAIL", "crisisteam.vogelgriep@nvwa.nl"), K("EMAIL", "ooo@barneveld.nl"), K("EMAIL", "crisis@vggm.nl"),
        K("EMAIL", "woordvoering@nvwa.nl"), K("ORG", "CRISISTEAM VOGELGRIEP"), K("ORG", "Hennegoed Barneveld B.V."),
        K("ID", "UBN 6640172", "6640172"), K("ADDRESS", "Harselaarseweg 120"),
        K("OFFICIAL", "burgemeester Jan Luteijn", "Jan Luteijn"), K("ORG", "Wageningen Bioveterinary Research"),
        K("LAW", "Wet dieren"), K("PROGRAM", "Beleidsregels vogelgriep"), K("ADDRESS", "Catharijnesingel 59"),
        K("PHONE", "0900 0388"), K("OFFICIAL", "Kamerleden Van Campen (VVD) en Vedder (CDA)", "Van Campen", "Vedder"),
        K("ORG", "Pluimvee Services Gelderland"), K("ORG", "Politie Team Barneveld"), K("ID", "HPAI H5N1"),
        K("TITLE", "senior beleidsmedewerker dierziekten"), K("TITLE", "wijkagent"),
    ]


# ---------------------------------------------------------------------------------------------
@doc("bf32_raadsinformatiebrief_pas_melders_html")
def bf32(out):
    html = """<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Raadsinformatiebrief PAS-melders</title>
<style>body{font-family:'DejaVu Serif',serif;font-size:10.5pt;margin:20mm 22mm;line-height:1.4}
h1{font-size:15pt} .meta td{padding:2px 10px 2px 0;font-size:9.5pt} .box{border-left:4px solid #2e7d32;padding:4px 10px;
background:#f1f8f1} table.d{border-collapse:collapse} table.d td,table.d th{border:1px solid #999;padding:4px 6px}
.pb{page-break-before:always}</style></head><body>
<p><b>Gemeente Ede</b> - Raadsinformatiebrief</p>
<table class="meta"><tr><td>Nummer</td><td>RIB 2025-041</td></tr><tr><td>Datum</td><td>20 mei 2025</td></tr>
<tr><td>Portefeuillehouder</td><td>wethouder Jan Pieter van der Schans</td></tr>
<tr><td>Contactpersoon</td><td>Lotte Verbeek-Amankwah, telefoon 0318 68 04 27</td></tr>
<tr><td>Onderwerp</td><td>Stand van zaken PAS-melders en interimmers in Ede</td></tr></table>
<h1>Stand van zaken PAS-melders</h1>
<p>Geachte leden van de raad,</p>
<p>Met deze brief informeren wij u over de 37 PAS-melders en 12 interimmers in onze gemeente. De provincie Gelderland
(gedeputeerde Peter Drenth) legaliseert deze bedrijven via het legalisatieprogramma van het Rijk. Minister Wiersma
heeft op 25 april 2025 laten weten dat het budget daarvoor wordt verhoogd tot € 265 miljoen.</p>
<div class="box">Kern: geen enkele PAS-melder in Ede is tot nu toe gelegaliseerd. Handhavingsverzoeken van Mobilisation
for the Environment (MOB) worden door de Omgevingsdienst De Vallei (ODDV) behandeld.</div>
<h2>Cijfers</h2>
<table class="d"><tr><th>Categorie</th><th>Aantal</th><th>Handhavingsverzoek</th></tr>
<tr><td>PAS-melders</td><td>37</td><td>9</td></tr><tr><td>Interimmers</td><td>12</td><td>2</td></tr>
<tr><td>Meldingsvrije activiteiten</td><td>ca. 60</td><td>0</td></tr></table>
<p class="pb">Tijdens de informatieavond op 8 mei 2025 in De Reehorst vertelde een melkveehouder uit Lunteren,
de heer Bram van Schaik (Dorpsstraat 112, 6741 AP Lunteren), dat zijn bank de financiering heeft stopgezet. Wij hebben
hem in contact gebracht met Zorgen om Boeren (0800 5151) en de ZLTO.</p>
<p>Het college heeft ook gesproken met Kamerlid Thom van Campen en met burgemeester René Verhulst. De brief van de
Staatssecretaris van LVVN, Jean Rummenie, over de PAS-melders (Kamerstuk 35334, nr. 320) is als bijlage toegevoegd.</p>
<p>Met vriendelijke groet,<br>het college van burgemeester en wethouders van Ede,<br>
de burgemeester, René Verhulst</p>
<p style="font-size:8.5pt;color:#555">Gemeente Ede, Bahnhofstraat 1, 6711 AA Ede | 14 0318 | gemeente@ede.nl |
<a href="mailto:l.verbeek@ede.nl">mail de contactpersoon</a></p></body></html>"""
    chromium(html, out)
    hide(out, author="Verbeek-Amankwah, L.", title="RIB 2025-041 PAS-melders")
    return [
        R("PERSON", "Lotte Verbeek-Amankwah", "Lotte", "Verbeek-Amankwah", "Amankwah", "l.verbeek@ede.nl"),
        R("PHONE", "0318 68 04 27", "0318 68 04 27"),
        R("PERSON", "Bram van Schaik", "Bram", "van Schaik"),
        R("ADDRESS", "Dorpsstraat 112, 6741 AP", "Dorpsstraat 112", "6741 AP"),
        K("ORG", "Gemeente Ede"), K("CASE", "RIB 2025-041"),
        K("OFFICIAL", "wethouder Jan Pieter van der Schans", "Jan Pieter van der Schans"),
        K("OFFICIAL", "gedeputeerde Peter Drenth", "Peter Drenth"), K("OFFICIAL", "Minister Wiersma", "Wiersma"),
        K("OFFICIAL", "Kamerlid Thom van Campen", "Thom van Campen"),
        K("OFFICIAL", "burgemeester René Verhulst", "René Verhulst"),
        K("OFFICIAL", "Staatssecretaris Jean Rummenie", "Jean Rummenie"), K("AMOUNT", "€ 265 miljoen"),
        K("ORG", "Mobilisation for the Environment"), K("ORG", "Omgevingsdienst De Vallei"), K("ORG", "ZLTO"),
        K("ORG", "Zorgen om Boeren"), K("PHONE", "0800 5151"), K("PLACE", "De Reehorst"),
        K("CASE", "Kamerstuk 35334, nr. 320"), K("ADDRESS", "Bahnhofstraat 1"), K("PHONE", "14 0318"),
        K("EMAIL", "gemeente@ede.nl"), K("DATE", "20 mei 2025"),
    ]


# ---------------------------------------------------------------------------------------------
@doc("bf33_scan_aantekeningen_hoorzitting_duo")
def bf33(out):
    S = styles("DV", 11.5)
    B = bsn(3301)

    def mk(src):
        story = [
            Paragraph("DUO - aantekeningen hoorzitting (intern)", S["h2"]),
            Paragraph("Bezwaar 25-BZ-0093381, hoorzitting 11 juni 2025, Groningen", S["p"]),
            Paragraph("Belanghebbende: Noor Sahin-Demir, BSN " + B, S["p"]),
            Paragraph("Adres: Pelikaanstraat 19, 9721 KJ Groningen", S["p"]),
            Paragraph("Hoorder: Jasper Timmerman. Notulist: Wendy Bosma.", S["p"]),
            Spacer(1, 6),
            Paragraph("- Studente stopte in 2024 met haar studie door zwangerschapscomplicaties en een opname in "
                      "het UMCG.", S["p"]),
            Paragraph("- Vraagt kwijtschelding van de prestatiebeurs (hardheidsclausule, artikel 11.5 Wet "
                      "studiefinanciering 2000).", S["p"]),
            Paragraph("- Moeder, Ayse Demir, belt sinds januari wekelijks met DUO; telefoon 06 1459 7302.",
                      S["p"]),
            Paragraph("- Advies hoorder: medisch advies vragen aan de GGD-arts.", S["p"]),
            Spacer(1, 10),
            Paragraph("paraaf: JT  11/6", S["p"]),
        ]
        rl(src, story, margins=(28, 25, 25, 25))
    src = WORK / (out.stem + "_src.pdf")
    WORK.mkdir(exist_ok=True)
    mk(src)
    scan(src, out, skew=0.4, seed=33)
    hide(out, author="scanner DUO Kempkensberg", title="SCAN_20250612_0931")
    return [
        R("PERSON", "Noor Sahin-Demir", "Noor", "Sahin-Demir"),
        R("BSN", B, B), R("ADDRESS", "Pelikaanstraat 19, 9721 KJ", "Pelikaanstraat 19", "9721 KJ"),
        R("PERSON", "Jasper Timmerman", "Jasper", "Timmerman", "JT"),
        R("PERSON", "Wendy Bosma", "Wendy", "Bosma"),
        R("HEALTH", "zwangerschapscomplicaties, opname UMCG", "zwangerschapscomplicaties"),
        R("PERSON", "Ayse Demir", "Ayse"), R("PHONE", "06 1459 7302", "06 1459 7302"),
    ]


# ---------------------------------------------------------------------------------------------
@doc("bf34_uht_beschikking_herstel_toeslagen")
def bf34(out):
    S = styles("DV", 9.5)
    B = bsn(3401, dots=True)
    IB = iban(3401, "TRIO")

    def first(c, d):
        c.setFont("DVB", 10)
        c.drawString(25 * mm, A4[1] - 18 * mm, "Uitvoeringsorganisatie Herstel Toeslagen")
        c.setFont("DV", 8)
        c.drawString(25 * mm, A4[1] - 22 * mm, "Ministerie van Financiën")
        lines(c, 148 * mm, A4[1] - 48 * mm, [
            "**Uw persoonlijk", "**zaakbehandelaar", "Dewi Kartoredjo-", "Pinas", "06 2218 5096", "", "**Datum",
            "14 februari 2025", "", "**Dossiernummer", "UHT-2021-0388415", "", "**BSN", B, "", "**Bereikbaar",
            "0800 2356 (gratis)", "Postbus 2585", "6401 DB Heerlen"], "DV", 7.2)
        pagenum(c, d)

    story = [
        Paragraph("Mevrouw R.N. Ramcharan-Oudshoorn<br/>Laan van Meerdervoort 1450<br/>2555 BN Den Haag", S["p"]),
        Spacer(1, 18),
        Paragraph("<b>Beschikking: uitkomst integrale beoordeling kinderopvangtoeslag</b>", S["p"]),
        Paragraph("Beste mevrouw Ramcharan-Oudshoorn,", S["p"]),
        Paragraph("Wij hebben uw situatie over de jaren 2009 tot en met 2016 integraal beoordeeld op grond van de "
                  "Wet hersteloperatie toeslagen. Uw kinderopvangtoeslag is in 2013 en 2014 ten onrechte volledig "
                  "teruggevorderd omdat uw gastouderbureau (Gastouderbureau Kindje Koester) geen volledige "
                  "urenregistratie kon overleggen. U bent daarom gedupeerde in de zin van de wet.", S["p"]),
        tbl([["Onderdeel", "Bedrag"], ["Vergoeding werkelijke schade (terugvordering 2013-2014)", "€ 18.204,00"],
             ["Forfaitaire compensatie (25%)", "€ 4.551,00"], ["Vergoeding immateriële schade (6 jaar)", "€ 3.000,00"],
             ["Eerder uitbetaald (Catshuisregeling)", "- € 30.000,00"], ["Nog te betalen", "€ 0,00"]],
            [80 * mm, 32 * mm], S),
        Spacer(1, 6),
        Paragraph("Omdat u al € 30.000 op grond van de Catshuisregeling heeft ontvangen op rekening " + IB + ", "
                  "ontvangt u geen aanvullend bedrag. U heeft in het gesprek van 9 januari 2025 verteld dat u in "
                  "2015 uw huis moest verkopen en dat uw zoon Kevin Ramcharan sindsdien onder behandeling is bij "
                  "jeugd-GGZ. Wij verwijzen u voor die schade naar de Commissie Werkelijke Schade.", S["p"]),
        Paragraph("Staatssecretaris Sandra Palmen (Herstel en Toeslagen) heeft de Tweede Kamer geïnformeerd over "
                  "de voortgang (Kamerstuk 31066, nr. 1472). Bent u het niet eens met deze beschikking? Dan kunt u "
                  "binnen zes weken bezwaar maken; de Onafhankelijke Adviescommissie (BAC) adviseert over uw "
                  "bezwaar.", S["p"]),
        Paragraph("Met vriendelijke groet,<br/>Uitvoeringsorganisatie Herstel Toeslagen<br/><br/>"
                  "D. Kartoredjo-Pinas, persoonlijk zaakbehandelaar", S["p"]),
    ]
    rl(out, story, first=first, later=lambda c, d: pagenum(c, d), frame_first=(25, 25, 115, 232))
    hide(out, author="dkartoredjo", title="Beschikking IB UHT-2021-0388415")
    return [
        R("PERSON", "R.N. Ramcharan-Oudshoorn", "Ramcharan-Oudshoorn", "Ramcharan", "Oudshoorn"),
        R("ADDRESS", "Laan van Meerdervoort 1450, 2555 BN", "Laan van Meerdervoort 1450", "2555 BN"),
        R("BSN", B.replace(".", ""), B), R("IBAN", IB, IB),
        R("PERSON", "Dewi Kartoredjo-Pinas", "Dewi", "Kartoredjo-Pinas", "Kartoredjo", "dkartoredjo"),
        R("PHONE", "06 2218 5096", "06 2218 5096"),
        R("PERSON", "Kevin Ramcharan", "Kevin"), R("HEALTH", "onder behandeling bij jeugd-GGZ", "jeugd-GGZ"),
        K("ORG", "Uitvoeringsorganisatie Herstel Toeslagen"), K("ORG", "Ministerie van Financiën"),
        K("CASE", "UHT-2021-0388415"), K("PHONE", "0800 2356"), K("ADDRESS", "Postbus 2585"),
        K("LAW", "Wet hersteloperatie toeslagen"), K("ORG", "Gastouderbureau Kindje Koester"),
        K("AMOUNT", "€ 18.204,00"), K("AMOUNT", "€ 4.551,00"), K("PROGRAM", "Catshuisregeling"),
        K("ORG", "Commissie Werkelijke Schade"), K("OFFICIAL", "Staatssecretaris Sandra Palmen", "Sandra Palmen"),
        K("CASE", "Kamerstuk 31066, nr. 1472"), K("ORG", "Onafhankelijke Adviescommissie"),
        K("DATE", "14 februari 2025"), K("TITLE", "persoonlijk zaakbehandelaar"),
    ]
