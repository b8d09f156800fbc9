"""Documents be17-be30 of the mixed47 blind set (all persons invented)."""
from xml.sax.saxutils import escape as xesc

from lib import (Gold, WORK, rl_pdf, rijk_lh, postprocess, chromium_pdf, docx_pdf, scan_pdf, soffice_pdf,  # noqa: F401
                 make_bsn, make_iban, bsn_ok, iban_ok)

BZ = rijk_lh(["Ministerie van Buitenlandse", "Zaken"])
DEF = rijk_lh(["Ministerie van Defensie"])
FIN = rijk_lh(["Ministerie van Financiën"])
IENW = rijk_lh(["Ministerie van Infrastructuur en", "Waterstaat"])
OCW = rijk_lh(["Ministerie van Onderwijs, Cultuur en", "Wetenschap"])
SZW = rijk_lh(["Ministerie van Sociale Zaken en", "Werkgelegenheid"])


def be17(out):
    """Individual country-of-origin report (individueel ambtsbericht) on an asylum seeker."""
    g = Gold(out.name)
    blocks = [
        ("kv", [["Aan", "Immigratie- en Naturalisatiedienst (IND), Unit Bijzondere Zaken, Zwolle"],
                ["Van", "Directie Consulaire Zaken en Migratiebeleid (DCM), afdeling Ambtsberichten"],
                ["Datum", "28 januari 2025"], ["Kenmerk", "DCM/AB-2025/0117"],
                ["Uw kenmerk", "IND-BZ 2024-88213"],
                ["Betreft", "Individueel ambtsbericht inzake vreemdeling Tesfaye Gebremedhin Haile"]], (28, 130)),
        "# Individueel ambtsbericht",
        "## 1. Vraagstelling",
        "De IND heeft verzocht te onderzoeken of de door de vreemdeling Tesfaye Gebremedhin Haile (geboren "
        "14-07-1996 te Mendefera, Eritrea; V-nummer 2874 113 506) overgelegde documenten echt zijn, en of "
        "betrokkene in 2019 in de gevangenis van Adi Abeito heeft vastgezeten.",
        "## 2. Onderzoek",
        "Het onderzoek is verricht door een vertrouwenspersoon van de ambassade in Khartoem (thans vanuit "
        "Addis Abeba). De vertrouwenspersoon heeft gesproken met een familielid van betrokkene, mevrouw Saba "
        "Gebremedhin, woonachtig in Asmara.",
        "## 3. Bevindingen",
        "- Het overgelegde doopcertificaat van de Eritrees-orthodoxe kerk is naar vorm en inhoud echt.",
        "- Betrokkene heeft van maart tot november 2019 vastgezeten wegens dienstweigering (Eritrese Nationale "
        "Dienst). Hij is daar mishandeld en heeft sindsdien een gehoorbeschadiging aan het linkeroor.",
        "- Er zijn geen aanwijzingen dat betrokkene een strafblad heeft in Sudan.",
        "## 4. Algemene informatie",
        "Voor de algemene situatie wordt verwezen naar het Algemeen Ambtsbericht Eritrea van juli 2024. De "
        "Nationale Dienst is van onbepaalde duur; dienstweigering wordt zonder proces bestraft (zie ook UN Human "
        "Rights Council, A/HRC/56/24).",
        ("pb",),
        "## 5. Verantwoording",
        "Dit ambtsbericht is opgesteld door de afdeling Ambtsberichten op basis van vertrouwelijke bronnen. "
        "Bronnen worden niet vermeld (artikel 5.1, tweede lid, onder a en h, Woo). Behandelend ambtenaar: "
        "drs. Maud Koppejan-Ferreira, telefoon 070 348 7290. Tweede lezer: Yusuf Demirbaş.",
        "De minister van Buitenlandse Zaken,\nnamens deze,\nhet hoofd van de afdeling Ambtsberichten,\n\n"
        "<<<font name='DVS-I' size='14'>R. Vlietstra</font>",
        "R.J. Vlietstra",
        "~ Dit ambtsbericht is uitsluitend bestemd voor de IND en de vreemdeling in het kader van de "
        "asielprocedure. Algemene vragen: ambtsberichten@minbuza.nl.",
    ]
    rl_pdf(out, blocks, title="Individueel ambtsbericht DCM/AB-2025/0117", author="Koppejan-Ferreira, M.",
           letterhead=BZ, footer="DCM/AB-2025/0117 — pagina {page}")
    g.r("PERSON", "Tesfaye Gebremedhin Haile", "Tesfaye", "Gebremedhin Haile")
    g.r("DOB", "14-07-1996", "14-07-1996")
    g.r("ID", "V-nummer 2874 113 506", "2874 113 506")
    g.r("PERSON", "Saba Gebremedhin", "Saba Gebremedhin", "Saba")
    g.r("CRIMINAL", "vastgezeten wegens dienstweigering", ("vastgezeten wegens dienstweigering", False))
    g.r("HEALTH", "gehoorbeschadiging aan het linkeroor", ("gehoorbeschadiging", True))
    g.r("PERSON", "Maud Koppejan-Ferreira", "Maud", "Koppejan-Ferreira")
    g.r("PHONE", "070 348 7290", "070 348 7290")
    g.r("PERSON", "Yusuf Demirbaş", "Yusuf", "Demirbaş")
    g.r("PERSON", "R.J. Vlietstra", "Vlietstra")
    g.k("MAILBOX", "ambtsberichten@minbuza.nl", ("ambtsberichten@minbuza.nl", False))
    g.kk("ORG", "Immigratie- en Naturalisatiedienst", "IND", "DCM", "UN Human Rights Council",
         "Eritrees-orthodoxe kerk", "Unit Bijzondere Zaken")
    g.kk("MISC", "Algemeen Ambtsbericht Eritrea", "Adi Abeito", "Khartoem", "Addis Abeba",
         "DCM/AB-2025/0117", "28 januari 2025", "A/HRC/56/24", "vertrouwenspersoon")
    return g


def be18(out):
    """Scan (two pages) of typed notes of a bilateral call, with handwritten remarks."""
    g = Gold(out.name)
    g.ocr = True
    src = WORK / (out.stem + "-src.pdf")
    WORK.mkdir(exist_ok=True)
    blocks = [
        "# Aantekeningen telefoongesprek",
        ("kv", [["Datum", "13 maart 2025, 16.30 uur"],
                ["Deelnemers", "burgemeester Van Zanen (Den Haag), NCTV, Ministerie van JenV (DGPenV)"],
                ["Verslag", "Koen Baggerman-Oyelaran (DGPenV/Crisisbeheersing)"]], (32, 128)),
        "## NAVO-top Den Haag 24-25 juni 2025",
        "1. De burgemeester vraagt om duidelijkheid over de veiligheidszones rond het World Forum. De "
        "driehoek (burgemeester, politie, OM) besluit op 1 april.",
        "2. De NCTV meldt dat het dreigingsniveau 4 blijft. Contactpersoon bij de politie eenheid Den Haag is "
        "Rachida Bouzambou-Klein (06 4117 2839).",
        "3. Overlast voor bewoners: de gemeente regelt een meldpunt. Een bewoner van de Johan de Wittlaan, dhr. "
        "Arnold Kuipers-Wenzel, heeft een klacht ingediend over de afsluiting; hij is rolstoelgebruiker en "
        "moet bereikbaar blijven voor zijn dialysebehandeling.",
        ("pb",),
        "## Afspraken",
        ("t", [["Nr", "Afspraak", "Wie"],
               ["1", "Juridische grondslag noodverordening toetsen", "DGPenV (K. Baggerman-Oyelaran)"],
               ["2", "Communicatie bewoners Statenkwartier", "gemeente Den Haag"],
               ["3", "Terugkoppeling aan minister Van Weel vóór 20 maart", "Lotte Amptmeijer"]], (12, 100, 50)),
        ("sp", 16),
        "<<<font name='DVS-I' size='15'>akkoord — Lotte A. 14/3</font>",
        ("sp", 8),
        "~ Ministerie van Justitie en Veiligheid, Turfmarkt 147, Den Haag. Crisiscentrum 070 370 7000.",
    ]
    rl_pdf(src, blocks, font="DVM", size=10.5, margins=(25, 22, 22, 25))
    scan_pdf(src, out, seed=18, angle=0.8)
    g.r("PERSON", "Koen Baggerman-Oyelaran", "Koen", "Baggerman-Oyelaran", "Baggerman")
    g.r("PERSON", "Rachida Bouzambou-Klein", "Rachida", "Bouzambou-Klein")
    g.r("PHONE", "06 4117 2839", "06 4117 2839")
    g.r("PERSON", "Arnold Kuipers-Wenzel", "Arnold", "Kuipers-Wenzel")
    g.r("HEALTH", "dialysebehandeling", "dialysebehandeling", "rolstoelgebruiker")
    g.r("PERSON", "Lotte Amptmeijer", "Lotte", "Amptmeijer")
    return g


def be19(out):
    """Outlook-on-the-web print of a citizen's e-mail forwarded inside SZW (Chromium)."""
    g = Gold(out.name)
    bsn = make_bsn("20573914")
    assert bsn_ok(bsn)
    html_text = f"""<!doctype html><html lang="nl"><head><meta charset="utf-8">
<title>Outlook - FW: AOW-gat na emigratie - Karin Dijkgraaf-Mensah</title>
<style>body{{font-family:'DejaVu Sans',sans-serif;font-size:10pt;margin:30px 44px}}
.hd td{{padding:1px 8px 1px 0;vertical-align:top}} .hd td:first-child{{color:#555;width:90px}}
.q{{border-left:2px solid #bbb;padding-left:10px;color:#222;margin-top:12px}} .sig{{color:#444;font-size:9pt}}
h2{{font-size:12.5pt;margin-bottom:6px}}</style></head><body>
<h2>FW: AOW-gat na emigratie — verzoek om persoonlijk contact</h2>
<table class="hd"><tr><td>Van</td><td>Postbus Burgerbrieven SZW &lt;burgerbrieven@minszw.nl&gt;</td></tr>
<tr><td>Namens</td><td>Tjitske Hoogterp</td></tr>
<tr><td>Datum</td><td>ma 17-2-2025 11:05</td></tr>
<tr><td>Aan</td><td>Directie Pensioenen &lt;dp-secretariaat@minszw.nl&gt;</td></tr>
<tr><td>CC</td><td>Wouter Zandbergen &lt;wzandbergen@minszw.nl&gt;</td></tr></table>
<p>Collega's, graag een concept-antwoord namens minister Van Hijum binnen drie weken (termijn 10 maart). De SVB
is al op de hoogte. Groet, Tjitske (team Burgerbrieven, 070 333 4912)</p>
<div class="q"><b>Van:</b> Karin Dijkgraaf-Mensah &lt;karin.dm1962@gmail.com&gt;<br>
<b>Verzonden:</b> zaterdag 15 februari 2025 22:41<br><b>Aan:</b> burgerbrieven@minszw.nl<br>
<b>Onderwerp:</b> AOW-gat na emigratie<br><br>
Geachte minister Van Hijum,<br><br>
Ik heb van 1988 tot 1999 in Ghana gewoond en daardoor een AOW-gat van 22%. Mijn BSN is {bsn}. De SVB
in Amstelveen zegt dat ik mij niet meer vrijwillig kan verzekeren. Ik heb reuma en kan niet meer werken, mijn
man Kwabena Mensah is vorig jaar overleden.<br><br>
Mijn adres: Laan van Nieuw-Oost-Indië 288, 2593 CA Den Haag. Telefoon 06 2855 1049.<br><br>
Met vriendelijke groet,<br>Karin Dijkgraaf-Mensah</div>
<p class="sig">Ministerie van Sociale Zaken en Werkgelegenheid | Parnassusplein 5 | 2511 VX Den Haag |
Postbus 90801 | 2509 LV Den Haag | algemeen nummer 070 333 4444</p>
</body></html>"""
    chromium_pdf(html_text, out)
    g.r("PERSON", "Karin Dijkgraaf-Mensah", "Karin", "Dijkgraaf-Mensah", ("karin.dm1962@gmail.com", False))
    g.r("BSN", bsn, bsn)
    g.r("HEALTH", "reuma", "reuma")
    g.r("PERSON", "Kwabena Mensah", "Kwabena", "Kwabena Mensah")
    g.r("ADDRESS", "Laan van Nieuw-Oost-Indië 288, 2593 CA Den Haag", "Laan van Nieuw-Oost-Indië 288", "2593 CA")
    g.r("PHONE", "06 2855 1049", "06 2855 1049")
    g.r("PERSON", "Tjitske Hoogterp", "Tjitske", "Hoogterp")
    g.r("PHONE", "070 333 4912", "070 333 4912")
    g.r("PERSON", "Wouter Zandbergen", "Wouter", "Zandbergen", ("wzandbergen@minszw.nl", False))
    g.k("MAILBOX", "burgerbrieven@minszw.nl", ("burgerbrieven@minszw.nl", False))
    g.k("MAILBOX", "dp-secretariaat@minszw.nl", ("dp-secretariaat@minszw.nl", False))
    g.k("SWITCHBOARD", "070 333 4444", "070 333 4444")
    g.kk("PUBLIC", "Van Hijum")
    g.kk("ORG", "SVB", "Directie Pensioenen", "Postbus Burgerbrieven SZW")
    g.kk("MISC", "Amstelveen", "AOW-gat", "Parnassusplein 5", "Postbus 90801", "ma 17-2-2025 11:05")
    return g


def be20(out):
    """HR: voordracht benoeming (P-Direkt), BSN, IBAN, date of birth, home address."""
    g = Gold(out.name)
    bsn = make_bsn("31847602")
    iban = make_iban("ABNA", "0417283950")
    assert bsn_ok(bsn) and iban_ok(iban)
    blocks = [
        "# Voordracht benoeming / aanstelling",
        "~ P-Direkt formulier PD-AAN-03 — in te dienen via het Personeelsdossier (PDOS). Vertrouwelijk: "
        "personeelsdossier.",
        ("t", [["Gegevens medewerker", ""],
               ["Naam", "BEUKERS-ANTWI, Miranda Yaa"], ["Roepnaam", "Miranda"],
               ["Geboortedatum", "02-11-1987"], ["BSN", bsn],
               ["Adres", "Kanaalweg 9-bis\n2903 LR Capelle aan den IJssel"],
               ["IBAN", iban], ["Privé e-mail", "m.beukers.antwi@outlook.com"]], (55, 105),
         {"bold_first_col": True}),
        ("t", [["Functie", ""],
               ["Organisatie", "Ministerie van Financiën, Directie Financiële Markten (DFM)"],
               ["Functie (Functiegebouw Rijksoverheid)", "Senior beleidsmedewerker (FGR-profiel Beleid)"],
               ["Salarisschaal", "schaal 12, trede 6 (CAO Rijk 2024-2025)"],
               ["Ingangsdatum", "1 april 2025"], ["Proeftijd", "geen (art. 652 BW niet van toepassing)"],
               ["VOG", "aangevraagd via Justis op 3 maart 2025"]], (55, 105), {"bold_first_col": True}),
        "## Akkoord",
        ("t", [["Rol", "Naam", "Handtekening / datum"],
               ["Leidinggevende", "Stijn Overmars", "<<<font name='DVS-I' size='12'>S. Overmars</font> 6-3-2025"],
               ["HR-adviseur", "Joyce Lamberts-Nzeyimana", "JLN 7-3"],
               ["Directeur DFM", "mr. C.A. van Steenderen", "<<<font name='DVS-I' size='12'>CvS</font> 7-3"]],
         (40, 55, 65)),
        "Ondertekend retour aan P-Direkt, Postbus 19001, 7500 CA Enschede. Vragen over dit formulier: "
        "P-Direkt Contactcenter 088 501 5000.",
    ]
    rl_pdf(out, blocks, title="Voordracht benoeming Beukers-Antwi", author="Lamberts-Nzeyimana, J.",
           letterhead=FIN, font="DVC", size=10)
    g.r("PERSON", "Miranda Yaa Beukers-Antwi", "Miranda", "BEUKERS-ANTWI", "Yaa", ("m.beukers.antwi@outlook.com", False))
    g.r("DOB", "02-11-1987", "02-11-1987")
    g.r("BSN", bsn, bsn)
    g.r("ADDRESS", "Kanaalweg 9-bis, 2903 LR Capelle aan den IJssel", "Kanaalweg 9-bis", "2903 LR")
    g.r("IBAN", iban, (iban, False))
    g.r("PERSON", "Stijn Overmars", "Stijn", "Overmars")
    g.r("PERSON", "Joyce Lamberts-Nzeyimana", "Joyce", "Lamberts-Nzeyimana", "JLN")
    g.r("PERSON", "mr. C.A. van Steenderen", "van Steenderen", "CvS")
    g.kk("ORG", "P-Direkt", "Directie Financiële Markten", "DFM", "Justis", "PDOS")
    g.k("SWITCHBOARD", "088 501 5000", "088 501 5000")
    g.kk("MISC", "Functiegebouw Rijksoverheid", "CAO Rijk 2024-2025", "1 april 2025",
         "Senior beleidsmedewerker", "art. 652 BW", "Postbus 19001", "Leidinggevende", "HR-adviseur")
    return g


def be21(out):
    """Programme of a ministerial visit (Word -> LibreOffice), delegation with mobile numbers."""
    g = Gold(out.name)
    parts = [
        "# Programma werkbezoek minister Veldkamp — Brussel, Raad Buitenlandse Zaken",
        "Maandag 14 april 2025 — Europagebouw / Justus Lipsius. Versie 3 (11 april, 18.20 uur)",
        "## Delegatie",
        ("t", [["Naam", "Functie", "Mobiel"],
               ["C. Veldkamp", "minister van Buitenlandse Zaken", "via kabinet"],
               ["Eline\nRozendaal-Baptiste", "politiek assistent", "06 1377 5204"],
               ["Mehmet\nÇelik", "woordvoerder (DCO)", "06 2913 8870"],
               ["Aafke van 't\nHul", "EU-coördinator DIE", "06 5098 3371"],
               ["PV EU", "Permanente Vertegenwoordiging", "+32 2 679 1511 (algemeen)"]], (5.0, 6.0, 5.0)),
        "## Programma",
        ("t", [["Tijd", "Onderdeel", "Begeleiding"],
               ["07.02", "Vertrek Den Haag Centraal (Thalys/Eurostar 9312)", "Eline"],
               ["09.15", "Ontbijtoverleg met ambassadeur Joost Mollinga-Prins (PV EU)", "Aafke"],
               ["10.00", "Raad Buitenlandse Zaken, o.a. Oekraïne, Midden-Oosten, Westelijke Balkan", "—"],
               ["13.00", "Lunch met HV/VV Kaja Kallas en de E3-ministers", "Aafke"],
               ["16.30", "Doorstap pers (Nederlandse media)", "Mehmet"],
               ["18.40", "Terugreis; aankomst Den Haag 20.45", "Eline"]], (2.2, 10.0, 3.8)),
        "## Praktisch",
        "Chauffeur ter plaatse: dhr. Patrick Dewulf (+32 475 61 92 08). Hotel: niet van toepassing. De "
        "veiligheidsbegeleiding wordt verzorgd door de Dienst Koninklijk en Diplomatieke Beveiliging (DKDB).",
        "De minister wordt op het Europagebouw ontvangen door ambassadeur Joost Mollinga-Prins. Kamerleden "
        "Sjoerdsma en Ceder zijn in dezelfde week in Brussel voor de COSAC.",
        "Opgesteld door Aafke van 't Hul, DIE. Reacties naar kabinet-minister@minbuza.nl.",
    ]
    docx_pdf(out, parts, author="Aafke van 't Hul", last_by="Rozendaal-Baptiste, E.",
             title="Programma werkbezoek Brussel RBZ 14-04-2025", header="Ministerie van Buitenlandse Zaken — "
             "Directie Integratie Europa (DIE)")
    g.r("PERSON", "Eline Rozendaal-Baptiste", "Eline", "Rozendaal-Baptiste")
    g.r("PHONE", "06 1377 5204", "06 1377 5204")
    g.r("PERSON", "Mehmet Çelik", "Mehmet", "Çelik")
    g.r("PHONE", "06 2913 8870", "06 2913 8870")
    g.r("PERSON", "Aafke van 't Hul", "Aafke", "van 't Hul")
    g.r("PHONE", "06 5098 3371", "06 5098 3371")
    g.r("PERSON", "Patrick Dewulf", "Patrick", "Dewulf")
    g.r("PHONE", "+32 475 61 92 08", ("+32 475 61 92 08", False))
    g.kk("PUBLIC", "Veldkamp", "Kaja Kallas", "Sjoerdsma", "Ceder")
    g.k("PUBLIC", "ambassadeur Joost Mollinga-Prins", "Joost Mollinga-Prins")
    g.k("MAILBOX", "kabinet-minister@minbuza.nl", ("kabinet-minister@minbuza.nl", False))
    g.k("SWITCHBOARD", "+32 2 679 1511", ("+32 2 679 1511", False))
    g.kk("ORG", "DIE", "DKDB", "Dienst Koninklijk en Diplomatieke Beveiliging", "COSAC", "Permanente Vertegenwoordiging",
         "Raad Buitenlandse Zaken", "DCO")
    g.kk("MISC", "politiek assistent", "woordvoerder", "EU-coördinator", "Europagebouw", "Justus Lipsius",
         "Westelijke Balkan", "Maandag 14 april 2025")
    return g


def be22(out):
    """FEZ nota on a supplementary budget with paraph box in a side table and a Kamerbrief draft."""
    g = Gold(out.name)
    blocks = [
        "# Nota aan de minister",
        ("t", [["Aan", "minister van Infrastructuur en Waterstaat", "Paraaf", "Datum"],
               ["Van", "directeur Financiën, Management en Control (FMC)", "PvK", "2-5"],
               ["Via", "SG", "SG", "5-5"],
               ["Datum", "2 mei 2025", "", ""],
               ["Onderwerp", "Eerste suppletoire begroting 2025 — Mobiliteitsfonds en Deltafonds", "", ""],
               ["Contact", "Sanne Pieterse-Lo (FMC/BZ), 06 1185 2297", "", ""]], (26, 98, 20, 20),
         {"header": False, "bold_first_col": True}),
        "**Ter beslissing** — uiterlijk 6 mei (aanlevering Financiën).",
        "## Beslispunten",
        "1. Stemt u in met de eerste suppletoire begroting 2025 van hoofdstuk XII, het Mobiliteitsfonds "
        "(hoofdstuk A) en het Deltafonds (hoofdstuk J)?\n2. Stemt u in met de bijgevoegde concept-Kamerbrief?",
        "## Kern",
        "De Voorjaarsnota leidt tot een kasschuif van € 412 mln binnen het Mobiliteitsfonds (artikel 12 "
        "Hoofdwegennet) omdat projecten van Rijkswaterstaat vertraagd zijn door stikstof en PFAS. Staatssecretaris "
        "Jansen is geïnformeerd. Het Deltafonds blijft binnen het plafond.",
        "## Afstemming",
        "Afgestemd met de Inspectie der Rijksfinanciën (IRF) en met het DG Mobiliteit (via Paul "
        "van Kampen-Özdemir). Rijkswaterstaat (FMC-RWS, contact Dirk-Jan Hulscher) heeft de cijfers "
        "aangeleverd.",
        ("pb",),
        "# Concept-Kamerbrief",
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
        "Hierbij bied ik u, mede namens de staatssecretaris van Infrastructuur en Waterstaat, de eerste "
        "suppletoire begroting 2025 aan. De belangrijkste mutaties zijn:",
        ("t", [["Mutatie", "2025 (× € 1 mln)", "Toelichting"],
               ["Kasschuif Hoofdwegennet", "−412", "vertraging A27 Houten–Hooipolder, ViA15"],
               ["Instandhouding bruggen en sluizen", "+95", "programma Vervanging en Renovatie"],
               ["Deltaprogramma zoetwater", "+18", "Deltafonds artikel 2"]], (55, 30, 75)),
        "Hiermee voldoe ik aan de toezegging in het commissiedebat MIRT van 12 december 2024 (Kamerstuk "
        "36 600 A, nr. 23). Het lid Olger van Dijk (NSC) heeft gevraagd om een overzicht per project; dat "
        "volgt bij het MIRT-overzicht.",
        "De minister van Infrastructuur en Waterstaat,\n\nBarry Madlener",
    ]
    rl_pdf(out, blocks, title="Nota 1e suppletoire begroting 2025 IenW", author="Pieterse-Lo, S.", letterhead=IENW,
           footer="IENW/BSK-2025/118204 — {page}")
    g.r("PERSON", "Sanne Pieterse-Lo", "Sanne", "Pieterse-Lo")
    g.r("PHONE", "06 1185 2297", "06 1185 2297")
    g.r("PERSON", "Paul van Kampen-Özdemir", "Paul", "van Kampen-Özdemir", "PvK")
    g.r("PERSON", "Dirk-Jan Hulscher", "Dirk-Jan", "Hulscher")
    g.kk("PUBLIC", "Jansen", "Olger van Dijk", "Barry Madlener")
    g.kk("ORG", "Rijkswaterstaat", "Inspectie der Rijksfinanciën", "IRF", "DG Mobiliteit", "FMC", "NSC",
         "Mobiliteitsfonds", "Deltafonds")
    g.kk("MISC", "Kamerstuk 36 600 A, nr. 23", "€ 412 mln", "A27 Houten–Hooipolder", "ViA15", "hoofdstuk XII",
         "Vervanging en Renovatie", "2 mei 2025", "IENW/BSK-2025/118204", "Ter beslissing")
    return g


def be23(out):
    """Short memo whose author is only in the metadata (Info + XMP) and outline titles."""
    g = Gold(out.name)
    blocks = [
        ("bm", "Memo voor Priscilla Doornbos-Agyeman"),
        "# Memo",
        ("kv", [["Aan", "plv. directeur Luchtvaart"], ["Van", "afdeling Luchthavens"], ["Datum", "19 maart 2025"],
                ["Onderwerp", "Stand van zaken Luchthavenverkeerbesluit Schiphol en de Europese "
                 "Verordening 598/2014 (balanced approach)"]], (28, 130)),
        "De Europese Commissie heeft op 17 maart haar reactie gegeven op de notificatie van de geluidsmaatregelen "
        "voor Schiphol. De Commissie vraagt om aanvullende informatie over de kosteneffectiviteit. Minister "
        "Madlener wil de Kamer vóór het commissiedebat Luchtvaart van 9 april informeren.",
        "De Inspectie Leefomgeving en Transport (ILT) handhaaft vanaf 1 november 2024 op het nieuwe stelsel. "
        "KLM en de Air Cargo Netherlands (ACN) hebben bij de Raad van State beroep ingesteld.",
        ("bm", "Reactie Wessel (ILT)", 1),
        "**Voorstel:** de afdeling stelt een Kamerbrief op en stemt deze af met DJZ en de Landsadvocaat.",
    ]
    rl_pdf(out, blocks, title="Memo LVB Schiphol - Wessel Brandhorst", author="Priscilla Doornbos-Agyeman",
           letterhead=IENW, subject="concept W. Brandhorst / P. Doornbos-Agyeman")
    postprocess(out, xmp_creator="Priscilla Doornbos-Agyeman",
                info={"Title": "Memo LVB Schiphol - Wessel Brandhorst", "Author": "Priscilla Doornbos-Agyeman",
                      "Subject": "concept W. Brandhorst / P. Doornbos-Agyeman"})
    g.r("PERSON", "Priscilla Doornbos-Agyeman", "Priscilla", "Doornbos-Agyeman")
    g.r("PERSON", "Wessel Brandhorst", "Wessel", "Brandhorst")
    g.kk("PUBLIC", "Madlener")
    g.kk("ORG", "Europese Commissie", "Inspectie Leefomgeving en Transport", "ILT", "KLM", "Air Cargo Netherlands",
         "Raad van State", "Landsadvocaat", "DJZ")
    g.kk("MISC", "Luchthavenverkeerbesluit Schiphol", "Verordening 598/2014", "balanced approach", "19 maart 2025",
         "plv. directeur Luchtvaart", "commissiedebat Luchtvaart")
    return g


def be24(out):
    """Attendance list of a round-table meeting, names in capitals, signatures column."""
    g = Gold(out.name)
    rows = [["Naam", "Organisatie", "Functie", "Paraaf"],
            ["Wiersma, F.M. (minister)", "Ministerie van LVVN", "minister", "—"],
            ["BOUWKNEGT, Hendrika", "LTO Nederland", "beleidsadviseur", "<<<font name='DVS-I'>H.B.</font>"],
            ["OUDEJANS-TRAORÉ, Mariam", "Natuurmonumenten", "senior adviseur\nwetgeving", "<<<font name='DVS-I'>MOT</font>"],
            ["VAN DER KRUK, Gerrit-Jan", "melkveehouder, Ommen", "—", "<<<font name='DVS-I'>GJ vd Kruk</font>"],
            ["HAKKERT, Sietske", "Provincie Overijssel", "programmamanager", "<<<font name='DVS-I'>S.H.</font>"],
            ["Kamerlid Holman (NSC)", "Tweede Kamer", "toehoorder", "—"],
            ["ZWIERSTRA, Ids", "ministerie van LVVN, DGNVG", "secretaris", "<<<font name='DVS-I'>IZ</font>"]]
    blocks = [
        "# Presentielijst rondetafelgesprek ‘Toekomst melkveehouderij en natuurherstel’",
        ("kv", [["Datum", "woensdag 26 februari 2025, 13.00–16.00 uur"],
                ["Locatie", "Bezuidenhoutseweg 73, Den Haag, zaal Nieuwe Ontmoeting"],
                ["Voorzitter", "minister Wiersma"]], (25, 130)),
        ("t", rows, (55, 45, 35, 30), {"zebra": True}),
        "Verontschuldigd: de heer Bart Wolbersen-Kapteyn (NAJK), mevrouw drs. A.M. Ruisch (Rabobank). "
        "Het verslag wordt opgesteld door Ids Zwierstra en binnen twee weken verspreid via "
        "rondetafel-landbouw@minlvvn.nl.",
        "Ondertekening presentielijst is vrijwillig; gegevens worden gebruikt conform de AVG.",
    ]
    rl_pdf(out, blocks, title="Presentielijst rondetafel 26-02-2025", author="Zwierstra, I.", landscape=False,
           letterhead=rijk_lh(["Ministerie van Landbouw, Visserij,", "Voedselzekerheid en Natuur"]))
    g.r("PERSON", "Hendrika Bouwknegt", "Hendrika", "BOUWKNEGT", "H.B.")
    g.r("PERSON", "Mariam Oudejans-Traoré", "Mariam", "OUDEJANS-TRAORÉ", "MOT")
    g.r("PERSON", "Gerrit-Jan van der Kruk", "Gerrit-Jan", "VAN DER KRUK", "GJ vd Kruk")
    g.r("PERSON", "Sietske Hakkert", "Sietske", "HAKKERT", "S.H.")
    g.r("PERSON", "Ids Zwierstra", "Ids", "ZWIERSTRA", "Zwierstra", "IZ")
    g.r("PERSON", "Bart Wolbersen-Kapteyn", "Bart", "Wolbersen-Kapteyn")
    g.r("PERSON", "drs. A.M. Ruisch", "Ruisch")
    g.kk("PUBLIC", "Wiersma", "Holman")
    g.k("MAILBOX", "rondetafel-landbouw@minlvvn.nl", ("rondetafel-landbouw@minlvvn.nl", False))
    g.kk("ORG", "LTO Nederland", "Natuurmonumenten", "Provincie Overijssel", "NAJK", "Rabobank", "Tweede Kamer",
         "DGNVG")
    g.kk("MISC", "beleidsadviseur", "programmamanager", "melkveehouder", "AVG",
         "woensdag 26 februari 2025, 13.00–16.00 uur")
    return g


def be25(out):
    """Incoming Woo request from a journalist, forwarded to DJZ with an acknowledgement draft."""
    g = Gold(out.name)
    blocks = [
        ("kv", [["Van:", "Woo-verzoeken Defensie <woo-verzoeken@mindef.nl>"], ["Verzonden:", "vrijdag 7 maart 2025 09:12"],
                ["Aan:", "DJZ Woo-team; Rick Mulder-Vos"],
                ["Onderwerp:", "FW: Woo-verzoek inzet F-35 boven Polen (registratie 2025-0312)"]], (24, 140)),
        "Rick, wil jij dit verzoek oppakken? Termijn: 4 april 2025 (vier weken). Het gaat om een journalist; "
        "contact via het persbureau niet nodig. Groet, Noor (woo-team, tst. 070 441 9923)",
        ("sp", 4),
        "**Van:** Jelmer Okkerse-Baldé <jelmer.okkerse@proton.me>\n**Verzonden:** donderdag 6 maart 2025 "
        "23:58\n**Aan:** woo-verzoeken@mindef.nl\n**Onderwerp:** Woo-verzoek inzet F-35 boven Polen",
        "> Geachte heer, mevrouw,\n> Op grond van artikel 4.1 van de Wet open overheid verzoek ik om alle "
        "documenten (nota's, e-mails, chatberichten) over de inzet van Nederlandse F-35's voor de NAVO-missie "
        "boven Polen in de periode 1 november 2024 tot en met 28 februari 2025, inclusief de communicatie "
        "tussen minister Brekelmans en het Commando Luchtstrijdkrachten (CLSK).",
        "> Ik werk als freelance onderzoeksjournalist, onder meer voor Follow the Money. U kunt mij bereiken op "
        "06 3720 4481. Postadres: Hooghiemstraplein 115, 3514 AZ Utrecht.",
        "> Met vriendelijke groet,\n> Jelmer Okkerse-Baldé",
        ("sp", 6),
        "## Concept ontvangstbevestiging",
        "Geachte heer Okkerse-Baldé, wij hebben uw Woo-verzoek van 6 maart 2025 ontvangen en geregistreerd onder "
        "nummer 2025-0312. De beslistermijn is vier weken en kan met twee weken worden verdaagd (artikel 4.4 Woo).",
    ]
    rl_pdf(out, blocks, title="FW Woo-verzoek F-35 Polen", author="Mulder-Vos, R.", letterhead=DEF)
    g.r("PERSON", "Rick Mulder-Vos", "Rick", "Mulder-Vos")
    g.r("PERSON", "Noor (woo-team)", "Noor")
    g.r("PHONE", "070 441 9923", "070 441 9923")
    g.r("PERSON", "Jelmer Okkerse-Baldé", "Jelmer", "Okkerse-Baldé", ("jelmer.okkerse@proton.me", False))
    g.r("PHONE", "06 3720 4481", "06 3720 4481")
    g.r("ADDRESS", "Hooghiemstraplein 115, 3514 AZ Utrecht", "Hooghiemstraplein 115", "3514 AZ")
    g.k("MAILBOX", "woo-verzoeken@mindef.nl", ("woo-verzoeken@mindef.nl", False))
    g.kk("PUBLIC", "Brekelmans")
    g.kk("ORG", "Commando Luchtstrijdkrachten", "CLSK", "Follow the Money", "NAVO", "DJZ Woo-team")
    g.kk("MISC", "artikel 4.1", "artikel 4.4 Woo", "2025-0312", "Polen", "F-35", "onderzoeksjournalist",
         "vrijdag 7 maart 2025 09:12")
    return g


def be26(out):
    """Bilingual travel order (Chromium), passport number and date of birth."""
    g = Gold(out.name)
    html_text = """<!doctype html><html><head><meta charset="utf-8"><title>Dienstreisopdracht / Travel Order DRO-2025-0419</title>
<style>body{font-family:'DejaVu Sans Condensed',sans-serif;font-size:10pt;margin:32px 46px}
table{border-collapse:collapse;width:100%} td{border:1px solid #999;padding:4px 7px;vertical-align:top}
td.l{background:#eef1f5;width:36%;font-weight:bold} h1{font-size:14pt} .s{font-size:8.5pt;color:#444}</style></head>
<body><div class="s">Ministerie van Defensie — Defence Staff (DS) — Directie Operaties (DOPS)</div>
<h1>Dienstreisopdracht / Travel Order DRO-2025-0419</h1>
<table>
<tr><td class="l">Naam / Name</td><td>Majoor (Maj) Noortje SCHIPPERS-DELGADO</td></tr>
<tr><td class="l">Functie / Position</td><td>Military Assistant to the Chief of Defence Staff / staff officer J3</td></tr>
<tr><td class="l">Geboortedatum / Date of birth</td><td>21-05-1984</td></tr>
<tr><td class="l">Paspoort / Passport no.</td><td>NUF3K7L28 (dienstpaspoort)</td></tr>
<tr><td class="l">Bestemming / Destination</td><td>Camp Adazi, Latvia — Multinational Brigade Latvia (eFP)</td></tr>
<tr><td class="l">Periode / Period</td><td>24-03-2025 to 28-03-2025</td></tr>
<tr><td class="l">Doel / Purpose</td><td>Staff visit ahead of the NATO Summit; meeting with the Commander Multinational
Brigade Latvia and the Dutch Contingent Commander (NLD CC)</td></tr>
<tr><td class="l">Reisgenoot / Travel companion</td><td>Sergeant-majoor Kevin Appiah-Boerma (driver/security)</td></tr>
<tr><td class="l">Noodcontact / Emergency contact</td><td>Luis Delgado Romero (partner), +31 6 1749 3362</td></tr>
<tr><td class="l">Budgethouder / Budget holder</td><td>Kolonel Frederique Brinkman-Hsu, DOPS/J3, tst. 070 441 2018</td></tr>
</table>
<p>Reservering via Travel Management Defensie (TMD), CWT Meetings &amp; Events. Operationeel Centrum DOPS (24/7):
+31 70 441 0000. Toepasselijk: Regeling reizen buitenland Defensie en de NATO SOFA.</p>
<p class="s">Goedgekeurd in PeopleSoft op 11-03-2025 door F. Brinkman-Hsu.</p></body></html>"""
    chromium_pdf(html_text, out)
    g.r("PERSON", "Noortje Schippers-Delgado", "Noortje", "SCHIPPERS-DELGADO")
    g.r("DOB", "21-05-1984", "21-05-1984")
    g.r("ID", "NUF3K7L28", "NUF3K7L28")
    g.r("PERSON", "Kevin Appiah-Boerma", "Kevin", "Appiah-Boerma")
    g.r("PERSON", "Luis Delgado Romero", "Luis", "Delgado Romero")
    g.r("PHONE", "+31 6 1749 3362", ("+31 6 1749 3362", False))
    g.r("PERSON", "Frederique Brinkman-Hsu", "Frederique", "Brinkman-Hsu")
    g.r("PHONE", "070 441 2018", "070 441 2018")
    g.k("SWITCHBOARD", "+31 70 441 0000", ("+31 70 441 0000", False))
    g.kk("ORG", "Travel Management Defensie", "TMD", "DOPS", "Multinational Brigade Latvia", "CWT Meetings & Events",
         "PeopleSoft")
    g.kk("MISC", "Military Assistant to the Chief of Defence Staff", "Camp Adazi", "NATO SOFA", "DRO-2025-0419",
         "Dutch Contingent Commander", "Majoor", "Sergeant-majoor", "Kolonel", "24-03-2025")
    return g


FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{title}</dc:title><meta:initial-creator>{creator}</meta:initial-creator><dc:creator>{creator}</dc:creator>
<meta:creation-date>2025-03-20T10:00:00</meta:creation-date><dc:date>2025-03-21T15:12:00</dc:date></office:meta>
<office:font-face-decls><style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles><style:default-style style:family="paragraph"><style:text-properties style:font-name="DejaVu Sans" fo:font-size="10pt"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.18cm"/></style:style>
<style:style style:name="H1" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.25cm"/><style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>
<style:style style:name="H2" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="11.5pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Bold" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>
</office:styles>
<office:automatic-styles><style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.08cm"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.4cm" fo:margin-right="2.4cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
"""


def fodt(parts, title, creator):
    out = [FODT_HEAD.format(title=xesc(title), creator=xesc(creator))]
    for p in parts:
        if isinstance(p, tuple):
            rows = p[1]
            out.append('<table:table table:name="T%d">' % id(p) if False else '<table:table>')
            out.append('<table:table-column table:number-columns-repeated="%d"/>' % len(rows[0]))
            for r in rows:
                out.append("<table:table-row>")
                for x in r:
                    out.append('<table:table-cell table:style-name="TC" office:value-type="string">')
                    for line in str(x).split("\n"):
                        out.append('<text:p text:style-name="Standard">%s</text:p>' % xesc(line))
                    out.append("</table:table-cell>")
                out.append("</table:table-row>")
            out.append("</table:table>")
        elif p.startswith("# "):
            out.append('<text:p text:style-name="H1">%s</text:p>' % xesc(p[2:]))
        elif p.startswith("## "):
            out.append('<text:p text:style-name="H2">%s</text:p>' % xesc(p[3:]))
        elif p.startswith("~ "):
            out.append('<text:p text:style-name="Small">%s</text:p>' % xesc(p[2:]))
        elif p.startswith("**") and p.endswith("**"):
            out.append('<text:p text:style-name="Bold">%s</text:p>' % xesc(p[2:-2]))
        else:
            out.append('<text:p text:style-name="Standard">%s</text:p>' %
                       "<text:line-break/>".join(xesc(x) for x in p.split("\n")))
    out.append("</office:text></office:body></office:document>\n")
    return "".join(out)


def be27(out):
    """Nota on digital government written as a flat ODT by hand and exported by LibreOffice."""
    g = Gold(out.name)
    parts = [
        "~ Ministerie van Binnenlandse Zaken en Koninkrijksrelaties — DGDOO — Directie Digitale Samenleving",
        "# Nota",
        ("t", [["Aan", "staatssecretaris Digitalisering en Koninkrijksrelaties"],
               ["Van", "directeur Digitale Samenleving"], ["Datum", "21 maart 2025"],
               ["Kenmerk", "2025-0000167420"], ["Kopie aan", "DGDOO, DJZ, Directie Communicatie"],
               ["Onderwerp", "Inzet bij de Europese AI-verordening: toezicht door de Autoriteit Persoonsgegevens en RDI"],
               ["Contactpersoon", "ir. Thomas Nwosu-de Graaf\nT 070 426 8841\nthomas.nwosu@minbzk.nl"]]),
        "**Ter beslissing**",
        "## Aanleiding",
        "Op 2 februari 2025 zijn de eerste bepalingen van de AI-verordening (Verordening (EU) 2024/1689) in "
        "werking getreden. Staatssecretaris Szabó heeft de Kamer toegezegd vóór de zomer een "
        "uitvoeringswetsvoorstel in consultatie te brengen (Kamerstuk 26 643, nr. 1251).",
        "## Geadviseerd besluit",
        "Aan de staatssecretaris wordt gevraagd in te stemmen met de aanwijzing van de Autoriteit "
        "Persoonsgegevens (AP) en de Rijksinspectie Digitale Infrastructuur (RDI) als markttoezichthouders.",
        "## Toelichting",
        "De AP en de RDI hebben in hun gezamenlijke advies (november 2024) gevraagd om een coördinerende rol voor "
        "de AP bij algoritmes. EZ (DGEZK) is akkoord. De vakbonden en VNO-NCW zijn geconsulteerd via het "
        "Overleg Digitale Overheid. Mw. Gülşen Arslan-Peeters (EZ) en dhr. Thomas Nwosu-de Graaf hebben "
        "de teksten afgestemd.",
        "## Parafenlijst",
        ("t", [["Naam", "Functie", "Paraaf", "Datum"],
               ["Thomas Nwosu-\nde Graaf", "senior beleidsmedewerker", "TNdG", "20-03"],
               ["Marjan\nBlokzijl", "afdelingshoofd AI en Algoritmes", "MBl", "20-03"],
               ["Frank ter\nHaar-Sijbesma", "directeur Digitale Samenleving", "FtHS", "21-03"],
               ["DGDOO", "directeur-generaal Digitalisering en Overheidsorganisatie", "akkoord", "21-03"]]),
        "## Informatie die niet openbaar gemaakt kan worden",
        "Motivering:",
        "~ Versie 2 — opgeslagen door M. Blokzijl",
    ]
    src = WORK / (out.stem + ".fodt")
    WORK.mkdir(exist_ok=True)
    src.write_text(fodt(parts, "Nota AI-verordening toezicht", "Thomas Nwosu-de Graaf"), encoding="utf-8")
    soffice_pdf(src, out)
    g.r("PERSON", "Thomas Nwosu-de Graaf", "Thomas", "Nwosu-de Graaf", "TNdG", ("thomas.nwosu@minbzk.nl", False))
    g.r("PHONE", "070 426 8841", "070 426 8841")
    g.r("PERSON", "Gülşen Arslan-Peeters", "Gülşen", "Arslan-Peeters")
    g.r("PERSON", "Marjan Blokzijl", "Marjan", "Blokzijl", "MBl")
    g.r("PERSON", "Frank ter Haar-Sijbesma", "Frank", "Haar-Sijbesma", "FtHS")
    g.kk("PUBLIC", "Szabó")
    g.kk("ORG", "Autoriteit Persoonsgegevens", "Rijksinspectie Digitale Infrastructuur", "RDI", "AP", "DGEZK",
         "VNO-NCW", "DGDOO", "Overleg Digitale Overheid")
    g.kk("MISC", "Verordening (EU) 2024/1689", "Kamerstuk 26 643, nr. 1251", "2025-0000167420", "21 maart 2025",
         "AI-verordening", "afdelingshoofd AI en Algoritmes", "senior beleidsmedewerker")
    return g


def be28(out):
    """Final Kamerbrief (mostly public content), contact person in the side column."""
    g = Gold(out.name)
    side = ["**Directie Hoger Onderwijs en", "**Studiefinanciering", "Rijnstraat 50", "Den Haag",
            "Postbus 16375", "2500 BJ Den Haag", "www.rijksoverheid.nl", "", "**Contactpersoon",
            "Lisanne Hoogendoorn-Wit", "T 06 4628 0915", "", "**Onze referentie", "51234017", "", "**Bijlagen", "1"]
    blocks = [
        "> Retouradres Postbus 16375 2500 BJ Den Haag",
        "De Voorzitter van de Tweede Kamer\nder Staten-Generaal\nPostbus 20018\n2500 EA  DEN HAAG",
        ("kv", [["Datum", "28 maart 2025"],
                ["Betreft", "Internationale studenten en de Wet internationalisering in balans"]], (22, 110)),
        "Geachte voorzitter,",
        "Met deze brief informeer ik uw Kamer over de stand van zaken van het wetsvoorstel Wet "
        "internationalisering in balans (Kamerstuk 36 632) en over de afspraken met Universiteiten van "
        "Nederland (UNL) en de Vereniging Hogescholen (VH). Ik doe dat mede naar aanleiding van de motie van "
        "de leden Van der Werf (D66) en Martens-America (VVD) (Kamerstuk 31 288, nr. 1125).",
        "## Stand van zaken",
        "Het aantal eerstejaars internationale studenten in het wetenschappelijk onderwijs daalde in 2024-2025 "
        "met 6 procent. De Universiteit Twente, de Rijksuniversiteit Groningen en de Universiteit Maastricht "
        "hebben opleidingen omgezet naar het Nederlands. De Nuffic monitort de ontwikkeling.",
        "## Toegankelijkheid en regio",
        "In de grensregio’s (Limburg, Twente, Groningen) is het tekort aan technici groot. Ik heb daarom met "
        "de Regio Deal Zuid-Limburg en de provincie Limburg afgesproken dat opleidingen met een "
        "arbeidsmarktrelevantie worden ontzien. De Onderwijsraad adviseert in dezelfde richting (advies "
        "‘Taalbeleid in het hoger onderwijs’, 2024).",
        ("pb",),
        "## Financiële gevolgen",
        "De maatregelen leiden tot een besparing van € 293 miljoen structureel, zoals opgenomen in de "
        "OCW-begroting 2025 (Kamerstuk 36 600 VIII). De bekostiging via de rijksbijdrage wordt vanaf 2026 "
        "aangepast (artikel 6 Hoger onderwijs en studiefinanciering).",
        "## Vervolg",
        "Ik verwacht het wetsvoorstel na het advies van de Afdeling advisering van de Raad van State voor de "
        "zomer bij uw Kamer in te dienen. Het lid Stoffer (SGP) heeft gevraagd om een evaluatie na drie jaar; "
        "die neem ik op in het wetsvoorstel.",
        "De minister van Onderwijs, Cultuur en Wetenschap,\n\n\nEppo Bruins",
    ]
    rl_pdf(out, blocks, title="Kamerbrief internationalisering in balans", author="Hoogendoorn-Wit, L.",
           letterhead=OCW, side=side, font="DVS", size=10, footer="Pagina {page} van 2")
    g.r("PERSON", "Lisanne Hoogendoorn-Wit", "Lisanne", "Hoogendoorn-Wit")
    g.r("PHONE", "06 4628 0915", "06 4628 0915")
    g.kk("PUBLIC", "Eppo Bruins", "Van der Werf", "Martens-America", "Stoffer")
    g.kk("ORG", "Universiteiten van Nederland", "Vereniging Hogescholen", "Universiteit Twente",
         "Rijksuniversiteit Groningen", "Universiteit Maastricht", "Nuffic", "Onderwijsraad", "Raad van State",
         "Regio Deal Zuid-Limburg", "D66", "VVD", "SGP", "Directie Hoger Onderwijs en")
    g.kk("MISC", "Wet internationalisering in balans", "Kamerstuk 36 632", "Kamerstuk 31 288, nr. 1125",
         "Kamerstuk 36 600 VIII", "€ 293 miljoen", "28 maart 2025", "Limburg", "Twente", "Rijnstraat 50",
         "Postbus 16375", "51234017", "artikel 6")
    return g


def be29(out):
    """English coordination note (NATO Summit security) with liaison officers and a hotel manager."""
    g = Gold(out.name)
    blocks = [
        "# NATO Summit The Hague 2025 — security coordination note no. 7",
        ("kv", [["From", "Summit Taskforce, Ministry of Foreign Affairs (Protocol) / NCTV"],
                ["To", "Host Nation Support cell; Police Unit The Hague; KMar; DKDB"],
                ["Date", "2 June 2025"], ["Ref.", "NS25/TF/0707"]], (22, 130)),
        "## 1. Accommodation of delegations",
        "The Hotel Des Indes will host the delegation of Canada. Duty manager Mr. Olivier Vandenbussche has "
        "asked for a security briefing; his mobile number is +31 6 2750 8134. The Royal Netherlands "
        "Marechaussee (KMar) will provide the outer perimeter. Prime Minister Schoof will receive Heads of "
        "State and Government at the World Forum on 24 June.",
        "## 2. Liaison officers",
        ("t", [["Delegation", "NL liaison officer", "Contact"],
               ["Canada", "Ms. Anne-Fleur Terborg", "anne-fleur.terborg@minbuza.nl"],
               ["Türkiye", "Mr. Emre Yıldırım-Bakker", "+31 6 3318 6620"],
               ["United States", "Mr. Cornelis (Kees) Stapel", "via Protocol desk, 070 348 4700"]], (35, 60, 65)),
        "## 3. Public communication",
        "Mayor Jan van Zanen will hold a press briefing on 16 June. All questions from the media go to the "
        "Summit press office (press@nato-summit2025.nl). NCTV threat level remains 4 (substantial).",
        "~ Drafted by Summit Taskforce (A. Terborg). Distribution restricted.",
    ]
    rl_pdf(out, blocks, title="Security coordination note 7", author="Terborg, A.F.", letterhead=BZ,
           footer="NS25/TF/0707 — {page}")
    g.r("PERSON", "Olivier Vandenbussche", "Olivier", "Vandenbussche")
    g.r("PHONE", "+31 6 2750 8134", ("+31 6 2750 8134", False))
    g.r("PERSON", "Anne-Fleur Terborg", "Anne-Fleur", "Terborg", ("anne-fleur.terborg@minbuza.nl", False))
    g.r("PERSON", "Emre Yıldırım-Bakker", "Emre", "Yıldırım-Bakker")
    g.r("PHONE", "+31 6 3318 6620", ("+31 6 3318 6620", False))
    g.r("PERSON", "Cornelis (Kees) Stapel", "Cornelis", "Kees", "Stapel")
    g.kk("PUBLIC", "Schoof", "Jan van Zanen")
    g.k("MAILBOX", "press@nato-summit2025.nl", ("press@nato-summit2025.nl", False))
    g.k("SWITCHBOARD", "070 348 4700 (Protocol desk)", "070 348 4700")
    g.kk("ORG", "NCTV", "KMar", "DKDB", "Royal Netherlands Marechaussee", "Hotel Des Indes", "World Forum",
         "Host Nation Support")
    g.kk("MISC", "Summit Taskforce", "NS25/TF/0707", "2 June 2025", "liaison officer", "Canada", "Türkiye",
         "Heads of State and Government")
    return g


def be30(out):
    """Scan (two pages) of a signed nota with handwritten remarks and paraphs."""
    g = Gold(out.name)
    g.ocr = True
    src = WORK / (out.stem + "-src.pdf")
    WORK.mkdir(exist_ok=True)
    blocks = [
        "# Nota aan de minister van Asiel en Migratie",
        ("kv", [["Van", "DG Migratie"], ["Datum", "6 februari 2025"], ["Kenmerk", "6291048"],
                ["Onderwerp", "Uitvoering Spreidingswet en de noodopvang in Zeeland"],
                ["Behandeld door", "Jolanda Meerburg-Akkerman, 06 5319 4402"]], (35, 125)),
        "## Beslispunten",
        "1. Stemt u in met het verzoek aan het COA om de noodopvang in Middelburg te verlengen tot 1 juli 2025?",
        "2. Stemt u in met de brief aan de Commissaris van de Koning van Zeeland?",
        "## Toelichting",
        "Het COA meldt een tekort van 1.800 plaatsen. De gemeente Middelburg is bereid de opvang te verlengen "
        "mits het Rijk de kosten draagt. Directie Regie Migratieketen heeft dit met de gemeente besproken "
        "(contact: Wim-Jan Kooijman, 070 370 6119).",
        ("pb",),
        "## Parafering",
        ("t", [["Naam", "Functie", "Paraaf", "Datum"],
               ["J. MEERBURG-AKKERMAN", "beleidsmedewerker DRM", "<<<font name='DVS-I' size='14'>JMA</font>", "5/2"],
               ["H. RIETVELD", "directeur DRM", "<<<font name='DVS-I' size='14'>HR</font>", "6/2"]], (50, 55, 30, 25)),
        ("sp", 14),
        "<<<font name='DVS-I' size='16'>Akkoord met 1, niet met 2 — eerst bellen met Jolanda. (kabinet)</font>",
        ("sp", 10),
        "~ Ministerie van Asiel en Migratie, Turfmarkt 147, 2511 DP Den Haag",
    ]
    rl_pdf(src, blocks, font="DV", size=11, letterhead=None)
    scan_pdf(src, out, seed=30, angle=-0.5)
    g.r("PERSON", "Jolanda Meerburg-Akkerman", "Jolanda", "Meerburg-Akkerman", "MEERBURG-AKKERMAN", "JMA")
    g.r("PHONE", "06 5319 4402", "06 5319 4402")
    g.r("PERSON", "Wim-Jan Kooijman", "Wim-Jan", "Kooijman")
    g.r("PHONE", "070 370 6119", "070 370 6119")
    g.r("PERSON", "H. Rietveld", "RIETVELD")
    return g


def be31(out):
    """Nota to the staatssecretaris (Defensie): title on the Aan-line, a name on the Van-line, filled
    motivation section, paraph table with capitals and names broken over lines."""
    g = Gold(out.name)
    side = ["**Directoraat-Generaal Beleid", "Directie Personeelsbeleid", "", "Kalvermarkt 32", "2511 CB Den Haag",
            "Postbus 20701", "2500 ES Den Haag", "www.defensie.nl", "", "**Kenmerk", "BS2025004417", "",
            "**Datum", "10 april 2025"]
    blocks = [
        "# Nota",
        ("kv", [["Aan:", "staatssecretaris Tuinman"],
                ["Van:", "Wendy Kroonenberg-Ali, senior beleidsadviseur DPB"],
                ["Kopie aan:", "minister, SG, CDS, DGB, DJZ, HDFC"],
                ["Onderwerp:", "Dienplichtwet: eerste verkenning vrijwillige dienjaar en opkomstplicht"]], (26, 105)),
        "**Ter informatie**",
        "## Aanleiding",
        "In het commissiedebat Personeel van 26 maart 2025 heeft het lid Erkens (VVD) gevraagd naar de "
        "mogelijkheden om de opkomstplicht te activeren. U heeft toegezegd de Kamer vóór het zomerreces te "
        "informeren over het Defensity-dienjaar en de Wet vrijwillig dienjaar.",
        "## Kern",
        "- In 2024 namen 1.050 jongeren deel aan het Dienjaar; voor 2025 is de ambitie 1.500.",
        "- Een herinvoering van de opkomstplicht vraagt om een opkomstbesluit (artikel 98 Grondwet) en om "
        "uitvoeringscapaciteit bij het Commando DienstenCentra (CDC).",
        "- De NAVO-capaciteitsdoelen vragen om groei naar 100.000 militairen en reservisten in 2035.",
        "## Parafenlijst",
        ("t", [["Naam", "Functie", "Paraaf", "Datum"],
               ["KROONENBERG-ALI,\nW.", "senior beleidsadviseur", "WKA", "8-4"],
               ["Sjoerd van\nLingen-Hofstee", "hoofd afdeling Arbeidsmarkt", "SvLH", "9-4"],
               ["drs. L.\nPonsioen", "directeur Personeelsbeleid", "LP 9/4", "9-4"],
               ["DGB", "directeur-generaal Beleid", "akkoord", "10-4"]], (40, 55, 25, 20)),
        "## Informatie die niet openbaar gemaakt kan worden",
        "**Motivering.** In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van "
        "ambtenaren geanonimiseerd (artikel 5.1, tweede lid, onder e, Woo).",
    ]
    rl_pdf(out, blocks, title="Nota Dienplichtwet verkenning", author="KroonenbergW", letterhead=rijk_lh(
        ["Ministerie van Defensie"]), side=side, font="DV", size=9.5)
    g.r("PERSON", "Wendy Kroonenberg-Ali", "Wendy", "Kroonenberg-Ali", "KROONENBERG-ALI", "WKA",
        ("KroonenbergW", True))
    g.r("PERSON", "Sjoerd van Lingen-Hofstee", "Sjoerd", "Lingen-Hofstee", "SvLH")
    g.r("PERSON", "drs. L. Ponsioen", "Ponsioen", "LP 9/4")
    g.kk("PUBLIC", "Tuinman", "Erkens")
    g.kk("ORG", "Directie Personeelsbeleid", "DPB", "CDC", "Commando DienstenCentra", "DGB", "DJZ", "NAVO", "VVD",
         "Defensity")
    g.kk("MISC", "BS2025004417", "10 april 2025", "artikel 98 Grondwet", "Kalvermarkt 32", "Postbus 20701",
         "senior beleidsadviseur", "hoofd afdeling Arbeidsmarkt", "commissiedebat Personeel",
         "Wet vrijwillig dienjaar", "opkomstplicht")
    return g


def be32(out):
    """English Teams chat of an embassy (Chromium): first names alone, @-mentions, foreign names."""
    g = Gold(out.name)
    msgs = [
        ("Priya Raghavan-Smit", "08:51", "Morning all. Ambassador Wouters wants the talking points for the "
         "meeting with Foreign Minister Jaishankar by 11:00. @Sven can you take the trade part?"),
        ("Sven Mikkelsen-Bos", "08:54", "Sure Priya. I'll use the latest figures from DGBEB and the Netherlands "
         "Business Support Office (NBSO) Bengaluru. Is Anjali in today?"),
        ("Anjali Deshmukh", "09:02", "Yes, in office. Visa section has 41 business visas pending for the trade "
         "mission of minister Klever. My direct line is +91 11 4153 2218 if the delegation calls."),
        ("Priya Raghavan-Smit", "09:05", "Thanks Anjali. Also: Rahul from the political section is off sick "
         "(dengue) until Friday, please cover his inbox."),
        ("Sven Mikkelsen-Bos", "09:40", "Draft uploaded to the shared drive (POL/2025/India-NL). FYI the "
         "embassy switchboard +91 11 2419 7600 gets a lot of calls about the mission; the public mailbox "
         "nde@minbuza.nl is monitored by the front office."),
        ("Priya Raghavan-Smit", "09:42", "👍 great, thanks Sven"),
    ]
    rows = "".join(
        f"<div class='m'><div class='h'><span class='n'>{n}</span> <span class='t'>{t}</span></div>"
        f"<div class='b'>{b}</div></div>" for n, t, b in msgs)
    html_text = f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Chat | NDE Political &amp; Trade | Microsoft Teams</title>
<style>body{{font-family:'DejaVu Sans',sans-serif;font-size:10pt;margin:28px 40px}}
h1{{font-size:13pt}} .meta{{color:#555;font-size:8.5pt;margin-bottom:12px}}
.m{{margin:0 0 9px 0;padding:6px 8px;border-radius:4px;background:#f0f0f8}}
.n{{font-weight:bold}} .t{{color:#777;font-size:8pt;margin-left:6px}}</style></head><body>
<h1>NDE Political &amp; Trade — chat</h1>
<div class="meta">Embassy of the Kingdom of the Netherlands, New Delhi — exported 12 March 2025 by
Raghavan-Smit, Priya (Head of Political Affairs)</div>{rows}</body></html>"""
    chromium_pdf(html_text, out)
    g.r("PERSON", "Priya Raghavan-Smit", "Priya", "Raghavan-Smit")
    g.r("PERSON", "Sven Mikkelsen-Bos", "Sven", "Mikkelsen-Bos")
    g.r("PERSON", "Anjali Deshmukh", "Anjali", "Deshmukh")
    g.r("PHONE", "+91 11 4153 2218", ("+91 11 4153 2218", False))
    g.r("PERSON", "Rahul (political section)", "Rahul")
    g.r("HEALTH", "off sick (dengue)", ("dengue", True))
    g.k("PUBLIC", "Ambassador Wouters", "Wouters")
    g.kk("PUBLIC", "Jaishankar", "Klever")
    g.k("SWITCHBOARD", "+91 11 2419 7600", ("+91 11 2419 7600", False))
    g.k("MAILBOX", "nde@minbuza.nl", ("nde@minbuza.nl", False))
    g.kk("ORG", "DGBEB", "Netherlands Business Support Office", "NBSO")
    g.kk("MISC", "Head of Political Affairs", "Bengaluru", "New Delhi", "POL/2025/India-NL", "business visas",
         "12 March 2025", "Foreign Minister")
    return g
