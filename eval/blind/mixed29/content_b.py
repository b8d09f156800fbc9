"""Documents am16-am30 of set AM: scans, e-mails, forms and hidden channels. All persons except office holders in
office are invented."""
import tempfile
from pathlib import Path

from framework import A4, add_hidden, colors, docx_pdf, html_pdf, landscape, mm, rl_pdf, scan_pdf  # noqa: F401

DOCS = []


def doc(name, producer, redact, keep, scan=False):
    def deco(fn):
        DOCS.append({"name": name, "producer": producer, "make": fn, "redact": redact, "keep": keep, "scan": scan})
        return fn
    return deco


def scanned(path, blocks, *, seed, ocr_layer=False, onpage=None, font="DVS", size=10.5, angle=0.6, **kw):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "src.pdf"
        rl_pdf(src, blocks, font=font, size=size, onpage=onpage, **kw)
        scan_pdf(path, src, seed=seed, angle=angle, ocr_layer=ocr_layer)


def squiggle(c, x, y, w=40, seed=1):
    import random
    r = random.Random(seed)
    c.saveState(); c.setStrokeColor(colors.HexColor("#1a2a6c")); c.setLineWidth(0.9)
    p = c.beginPath(); p.moveTo(x, y)
    for i in range(1, 9):
        p.curveTo(x + i * w / 9 - 4, y + r.uniform(-7, 9), x + i * w / 9 - 2, y + r.uniform(-8, 8), x + i * w / 9, y + r.uniform(-3, 3))
    c.drawPath(p); c.restoreState()


# ------------------------------------------------------------------------------------------------ am16 (scan)
@doc("am16_scan_invitation_ceo.pdf", "scan (image only)", scan=True,
     redact=[("PERSON", "Hermanus Kloppenburg"), ("PERSON", "Ellen Brinkhorst"), ("PHONE", "06-5127 3368"),
             ("EMAIL", "e.brinkhorst@vopak.com"), ("PERSON", "Gijs Achterberg"), ("PERSON", "Hanna Molenaar")],
     keep={})
def am16(path):
    def onpage(c, d):
        c.saveState(); c.setFont("DV-B", 16); c.drawString(22 * mm, 275 * mm, "Royal Vopak")
        c.setFont("DV", 8); c.drawString(22 * mm, 270 * mm, "Westerlaan 10, 3016 CK Rotterdam — www.vopak.com")
        squiggle(c, 26 * mm, 153 * mm, 45 * mm, seed=3)
        c.setFont("DV-I", 11); c.setFillColor(colors.HexColor("#1a2a6c"))
        c.drawString(110 * mm, 52 * mm, "Graag agenderen — Gijs Achterberg")
        c.drawString(110 * mm, 46 * mm, "via Hanna Molenaar (agenda)")
        c.restoreState()
    b = [("sp", 30),
         ("p", "Aan de minister van Klimaat en Groene Groei<br/>mevrouw S. Hermans<br/>Postbus 20401<br/>2500 EK Den Haag"),
         ("sp", 6), ("p", "Rotterdam, 14 april 2025"),
         ("p", "<b>Uitnodiging opening ammoniakterminal Maasvlakte</b>"),
         ("p", "Geachte mevrouw Hermans,"),
         ("p", "Met genoegen nodigen wij u uit voor de opening van onze nieuwe terminal voor de import van groene ammoniak op "
               "de Maasvlakte, op donderdag 26 juni 2025. De terminal is een belangrijke schakel in de waterstofketen van de "
               "haven van Rotterdam. Wij zouden het zeer op prijs stellen als u de opening wilt verrichten."),
         ("p", "Voor de praktische voorbereiding kunt u contact opnemen met Ellen Brinkhorst, manager public affairs, "
               "telefoon 06-5127 3368, e-mail e.brinkhorst@vopak.com."),
         ("p", "Met vriendelijke groet,"), ("sp", 16),
         ("p", "Hermanus Kloppenburg<br/>Managing Director Vopak Nederland")]
    scanned(path, b, seed=16, onpage=onpage)


# ------------------------------------------------------------------------------------------------ am17 (scan)
@doc("am17_scan_presentielijst.pdf", "scan (image only)", scan=True,
     redact=[("PERSON", "Wilbert Scholten"), ("PERSON", "Jolanda Verhoef"), ("PERSON", "Rachid El Idrissi"),
             ("PERSON", "Marit Gunnarsdottir", "Marit Gunnarsdottir", "Gunnarsdottir"), ("PERSON", "Pieter Kuijt"),
             ("PERSON", "Sanne Vermaas"), ("PERSON", "Koos Dijkema"), ("PERSON", "Lieve Claessens"), ("PERSON", "Tjitske Hylkema"),
             ("PERSON", "Ayşe Demirtaş", "Demirtaş", "Demirtas"), ("PERSON", "Frank Hofstede"), ("PERSON", "Mirjam Boender"),
             ("EMAIL", "w.scholten@gasunie.nl"), ("EMAIL", "j.verhoef@portofrotterdam.com"), ("EMAIL", "r.elidrissi@hydrogenpro.nl"),
             ("EMAIL", "koos.dijkema@fnv.nl")],
     keep={})
def am17(path):
    rows = [["Naam", "Organisatie", "E-mail", "Handtekening"],
            ["Wilbert Scholten", "Gasunie", "w.scholten@gasunie.nl", ""],
            ["Jolanda Verhoef", "Havenbedrijf Rotterdam", "j.verhoef@portofrotterdam.com", ""],
            ["Rachid El Idrissi", "HydrogenPro", "r.elidrissi@hydrogenpro.nl", ""],
            ["Marit Gunnarsdottir", "Equinor", "", ""],
            ["Pieter Kuijt", "Nobian", "", ""],
            ["Sanne Vermaas", "Natuur & Milieu", "", ""],
            ["Koos Dijkema", "FNV", "koos.dijkema@fnv.nl", ""],
            ["Lieve Claessens", "Fluxys (België)", "", ""],
            ["Tjitske Hylkema", "Provincie Groningen", "", ""],
            ["Ayşe Demirtaş", "VNO-NCW", "", ""],
            ["Frank Hofstede", "KGG (voorzitter)", "", ""],
            ["Mirjam Boender", "KGG (secretaris)", "", ""]]
    def onpage(c, d):
        for i in range(12):
            squiggle(c, 165 * mm, (252.8 - i * 5.98) * mm, 22 * mm, seed=40 + i)
    b = [("h1", "Presentielijst Klankbordgroep Waterstof"), ("p", "Ministerie van Klimaat en Groene Groei, 20 maart 2025, 13.30 uur, zaal 5.02"),
         ("table", rows, [38, 40, 62, 30])]
    scanned(path, b, seed=17, onpage=onpage, font="DV", size=11, angle=-0.5)


# ------------------------------------------------------------------------------------------------ am18 (scan + OCR layer)
@doc("am18_scan_embassy_warsaw.pdf", "scan with tesseract OCR layer",
     redact=[("PERSON", "Krzysztof Malinowski"), ("PERSON", "Joanna Lewandowska"), ("PERSON", "Marek Zając", "Marek Zając", "Zając", "Zajac"),
             ("PERSON", "Hester Bruggink"), ("PERSON", "Dorien Smulders"), ("PHONE", "+48 22 559 12 07"),
             ("EMAIL", "hester.bruggink@minbuza.nl")],
     keep={"ORG": ["Ministerstwo Klimatu i Środowiska", "Ambassade", "Ministerie van Klimaat en Groene Groei", "PGE"],
           "PLACE": ["Warschau", "Rotterdam", "Den Haag"], "OFFICE": ["Hennig-Kloska", "minister Hermans"],
           "TERM": ["offshore wind", "kernenergie", "waterstof"]})
def am18(path):
    def onpage(c, d):
        c.saveState(); c.setFont("DV", 8)
        c.drawString(22 * mm, 285 * mm, "FAX  +48 22 559 12 00      14-05-2025 09:42      P. 1/1")
        c.setFont("DV-B", 12); c.drawString(22 * mm, 272 * mm, "Ambassade van het Koninkrijk der Nederlanden — Warschau")
        c.restoreState()
    b = [("sp", 22),
         ("p", "Aan: Ministerie van Klimaat en Groene Groei, Directie Internationaal, Den Haag<br/>t.a.v. Dorien Smulders"),
         ("p", "Van: Hester Bruggink, Ambassade Warschau (hester.bruggink@minbuza.nl, +48 22 559 12 07)"),
         ("p", "<b>Onderwerp: bezoek Poolse delegatie aan Rotterdam en Den Haag, 2-3 juni</b>"),
         ("p", "Het Ministerstwo Klimatu i Środowiska heeft het bezoek bevestigd. De delegatie staat onder leiding van "
               "Krzysztof Malinowski, hoofd van de afdeling internationale samenwerking; verder reizen mee Joanna Lewandowska (directeur energie) en Marek Zając "
               "(PGE). Minister Hennig-Kloska zelf komt niet; zij stelt een gesprek met minister Hermans in het najaar voor."),
         ("p", "Onderwerpen: offshore wind in de Oostzee, kernenergie en waterstof. De Poolse kant wil graag de haven van "
               "Rotterdam bezoeken. Graag een reactie voor 20 mei."),
         ("p", "Met vriendelijke groet,<br/>Hester Bruggink<br/>Ambassade Warschau")]
    scanned(path, b, seed=18, ocr_layer=True, onpage=onpage, font="DVM", size=10, angle=0.4)


# ------------------------------------------------------------------------------------------------ am19 (scan + OCR layer)
@doc("am19_scan_bilateral_hungary.pdf", "scan with tesseract OCR layer",
     redact=[("PERSON", "Gábor Tóth-Nemes", "Tóth-Nemes", "Toth-Nemes"), ("PERSON", "Eszter Kovács", "Eszter Kovács", "Kovács", "Kovacs"),
             ("PERSON", "Niek Leenders"), ("PERSON", "Annelies Verbrugge"), ("PERSON", "Georgios Alexíou", "Alexíou", "Alexiou"),
             ("PERSON", "Maria Tsakalídou", "Tsakalídou", "Tsakalidou"), ("PHONE", "06-2855 1903"), ("PARAPH", "NL/AV", "NL/AV")],
     keep={"OFFICE": ["Csaba Lantos", "minister Lantos", "minister Hermans"],
           "ORG": ["Paks II", "Rosatom", "MVM", "Europese Commissie", "IPCEI"],
           "PLACE": ["Boedapest", "Athene", "Griekenland", "Hongarije"],
           "TERM": ["kernenergie", "gasleveringen", "interconnectie", "Verslag"]})
def am19(path):
    b = [("h1", "Verslag"),
         ("p", "<b>Bilateraal minister Hermans — minister Lantos (Hongarije)</b>, marge Raad Energie, 16 juni 2025"),
         ("p", "Aanwezig HU: Csaba Lantos, Gábor Tóth-Nemes (kabinet), Eszter Kovács (MVM).<br/>"
               "Aanwezig NL: minister Hermans, Niek Leenders (DIE), Annelies Verbrugge (verslag, 06-2855 1903)."),
         ("p", "1. Minister Lantos lichtte de stand van Paks II toe; Rosatom blijft hoofdaannemer. Minister Hermans vroeg naar "
               "de gevolgen van sancties. Eszter Kovács gaf aan dat MVM de gasleveringen via de zuidelijke route uitbreidt."),
         ("p", "2. Interconnectie: Hongarije steunt een IPCEI voor waterstof, maar wil geen verplichtingen. De Europese Commissie "
               "moet volgens Gábor Tóth-Nemes meer flexibiliteit tonen."),
         ("p", "3. Marge-gesprek met Griekenland (Georgios Alexíou en Maria Tsakalídou, Athene): eilandnetten en kabel naar "
               "Cyprus. Afgesproken: contact via de ambassade in Athene; Hongarije nodigt NL uit in Boedapest."),
         ("p", "Actie: Niek Leenders stuurt een notitie over kernenergie. NL/AV 17-6.")]
    scanned(path, b, seed=19, ocr_layer=True, font="DVM", size=10, angle=-0.7)


# ------------------------------------------------------------------------------------------------ am20 (scan)
@doc("am20_scan_ngo_petition.pdf", "scan (image only)", scan=True,
     redact=[("PERSON", "Donald Pols-Harmsen", "Pols-Harmsen"), ("PERSON", "Evelien Brouwer"), ("PERSON", "Joke Wiersma-Tiemersma", "Wiersma-Tiemersma"),
             ("PERSON", "Hamid Azizi"), ("PERSON", "Truus Overbeek"), ("PERSON", "Bert van Dijken", "Bert van Dijken", "van Dijken"),
             ("PERSON", "Gerda Noordhoek"), ("PERSON", "Jan-Willem Pasman"), ("ADDRESS", "Kerkstraat 12, Loppersum", "Kerkstraat 12"),
             ("ADDRESS", "Hoofdweg 207, Zuidbroek", "Hoofdweg 207"), ("ADDRESS", "Molenlaan 4a, Appingedam", "Molenlaan 4a"),
             ("PHONE", "06-1938 7721"), ("EMAIL", "evelien.brouwer@milieudefensie.nl"), ("ADDRESS", "Dorpsweg 88, Garrelsweer", "Dorpsweg 88")],
     keep={})
def am20(path):
    def onpage(c, d):
        squiggle(c, 24 * mm, 222 * mm, 40 * mm, seed=7); squiggle(c, 95 * mm, 222 * mm, 40 * mm, seed=8)
    rows = [["Naam", "Adres", "Handtekening"],
            ["Joke Wiersma-Tiemersma", "Kerkstraat 12, Loppersum", ""],
            ["Hamid Azizi", "Hoofdweg 207, Zuidbroek", ""],
            ["Truus Overbeek", "Molenlaan 4a, Appingedam", ""],
            ["Bert van Dijken", "Dorpsweg 88, Garrelsweer", ""],
            ["Gerda Noordhoek", "Loppersum", ""]]
    b = [("h1", "Milieudefensie"),
         ("p", "Aan minister Hermans, Ministerie van Klimaat en Groene Groei — Amsterdam, 3 maart 2025"),
         ("p", "<b>Petitie: stop met fossiele subsidies, help Groningen</b>"),
         ("p", "Geachte minister, namens ruim 41.000 ondertekenaars bieden wij u deze petitie aan. Wij vragen u de fossiele "
               "subsidies af te bouwen en het geld te besteden aan isolatie in Groningen. Contact: Evelien Brouwer, "
               "evelien.brouwer@milieudefensie.nl, 06-1938 7721."),
         ("sp", 18),
         ("p", "Donald Pols-Harmsen, directeur &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Evelien Brouwer, campagneleider"),
         ("p", "Bijlage: eerste ondertekenaars uit het aardbevingsgebied (met toestemming). Overhandigd door Jan-Willem Pasman."),
         ("table", rows, [55, 70, 40])]
    scanned(path, b, seed=20, onpage=onpage, font="DV", size=10.5, angle=0.9)


# ------------------------------------------------------------------------------------------------ am21
@doc("am21_email_council_debrief.pdf", "Chromium (Outlook web print)",
     redact=[("PERSON", "Femke Haverkamp"), ("EMAIL", "femke.haverkamp@minkgg.nl"), ("PERSON", "Maarten van Everdingen-Kok"),
             ("EMAIL", "maarten.vaneverdingen@minkgg.nl"), ("PERSON", "Willemijn Ter Horst-Bakker", "Willemijn Ter Horst-Bakker", "Ter Horst-Bakker", "Willemijn"), ("EMAIL", "w.terhorst@minbuza.nl"),
             ("PERSON", "Caoimhe Ní Bhriain", "Caoimhe Ní Bhriain", "Ní Bhriain"), ("PERSON", "Jurre Brandsma"), ("EMAIL", "jurre.brandsma@minkgg.nl"),
             ("PHONE", "+31 6 2219 0846"), ("PERSON", "Ludwig Schäfer-Albrecht"), ("PERSON", "Femke", "Femke"), ("PERSON", "Maarten", "Maarten"),
             ("PERSON", "Agata Nowicka")],
     keep={"OFFICE": ["Minister Hermans", "Commissioner Jørgensen", "Minister O'Brien", "Katherina Reiche", "Lars Aagaard"],
           "ORG": ["Energy Council", "Polish Presidency", "Danish Presidency", "European Commission", "Permanent Representation",
                   "Council Legal Service"],
           "TERM": ["general approach", "grids package", "security of supply", "gas storage regulation", "Debrief", "AOB"],
           "PLACE": ["Luxembourg", "Ireland", "Germany"], "MAILBOX": ["eu-energie@minkgg.nl"]})
def am21(path):
    html = """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: A4; margin: 15mm; } body { font-family: 'DejaVu Sans'; font-size: 10pt; }
.hdr { border-bottom: 1px solid #ccc; padding-bottom: 6px; margin-bottom: 10px; } .hdr td { padding: 1px 6px 1px 0; vertical-align: top; }
.lbl { color: #555; width: 70px; } .sig { color: #444; font-size: 9pt; margin-top: 14px; } .quote { border-left: 2px solid #99a; padding-left: 8px; color: #333; }
.top { font-size: 8pt; color: #666; display: flex; justify-content: space-between; }
</style></head><body>
<div class="top"><span>Outlook</span><span>Femke Haverkamp</span></div>
<h2 style="font-size:13pt">Debrief Energy Council 16 June — general approach on grids package</h2>
<table class="hdr"><tr><td class="lbl">From</td><td>Femke Haverkamp &lt;femke.haverkamp@minkgg.nl&gt;</td></tr>
<tr><td class="lbl">Sent</td><td>Monday, 16 June 2025 19:48</td></tr>
<tr><td class="lbl">To</td><td>eu-energie@minkgg.nl; Maarten van Everdingen-Kok &lt;maarten.vaneverdingen@minkgg.nl&gt;</td></tr>
<tr><td class="lbl">Cc</td><td>Willemijn Ter Horst-Bakker &lt;w.terhorst@minbuza.nl&gt;; Jurre Brandsma &lt;jurre.brandsma@minkgg.nl&gt;</td></tr></table>
<p>Dear all,</p>
<p>Short debrief from Luxembourg. The Polish Presidency reached a general approach on the grids package. Minister Hermans
intervened on anticipatory investments and got support from Minister O'Brien (Ireland) and Lars Aagaard. Katherina Reiche
(Germany) asked for a review clause, which was accepted. Commissioner Jørgensen welcomed the outcome and announced the gas
storage regulation follow-up under the Danish Presidency.</p>
<p>Under AOB, security of supply: the Council Legal Service (Ludwig Schäfer-Albrecht) explained the legal basis. Caoimhe Ní
Bhriain of the Irish delegation will share their non-paper; Agata Nowicka (Polish Presidency) confirmed the timeline.</p>
<p>Maarten, can you draft the report for the Kamerbrief? Willemijn, thanks for the support of the Permanent Representation.</p>
<div class="sig">Kind regards,<br>Femke<br><br>Femke Haverkamp | Senior policy officer EU energy<br>Ministry of Climate and Green
Growth | Directorate International<br>M +31 6 2219 0846 | femke.haverkamp@minkgg.nl</div>
<hr><p class="quote"><b>From:</b> Maarten van Everdingen-Kok<br><b>Sent:</b> Monday, 16 June 2025 08:02<br><b>Subject:</b> instruction
Energy Council<br><br>Femke, attached the final instruction; the European Commission text of Friday is the basis. Maarten</p>
</body></html>"""
    html_pdf(path, html)


# ------------------------------------------------------------------------------------------------ am22
@doc("am22_email_lobbyist_thread.pdf", "Chromium (Thunderbird-style print)",
     redact=[("PERSON", "Hendrik-Jan Ruijsenaars"), ("EMAIL", "hj.ruijsenaars@catalystpa.nl"), ("PHONE", "06-2384 5519"),
             ("PERSON", "Boudewijn van der Heijden"), ("EMAIL", "b.vanderheijden@minkgg.nl"), ("PERSON", "Hendrik-Jan", "Hendrik-Jan"),
             ("PERSON", "Boudewijn", "Boudewijn"), ("PERSON", "Fatima Bouzerda"), ("EMAIL", "f.bouzerda@minkgg.nl"),
             ("PERSON", "Charlotte Vos-de Mooij", "Charlotte Vos-de Mooij", "Vos-de Mooij"), ("PERSON", "Maurits Sillevis-Smitt", "Maurits Sillevis-Smitt", "Sillevis-Smitt")],
     keep={"ORG": ["Catalyst Public Affairs", "VEMW", "Tata Steel Nederland", "Ministerie van Klimaat en Groene Groei", "Lobbyregister",
                   "Tweede Kamer", "Dow Benelux", "Yara Sluiskil"],
           "OFFICE": ["minister Hermans", "oud-minister Wiebes", "Eric Wiebes"],
           "TERM": ["indirecte kostencompensatie", "Klimaatakkoord", "staatssecretaris", "lobbyist"],
           "PLACE": ["Terneuzen", "Sluiskil"], "MAILBOX": ["lobbyregister@minkgg.nl"]})
def am22(path):
    html = """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: A4; margin: 16mm; } body { font-family: 'DejaVu Sans'; font-size: 9.8pt; }
.h { background: #f1f1f1; border: 1px solid #ccc; padding: 5px; margin: 10px 0; font-size: 9pt; } .h b { display: inline-block; width: 80px; }
blockquote { border-left: 2px solid #1f4e9c; margin-left: 4px; padding-left: 8px; color: #222; }
</style></head><body>
<div class="h"><b>Onderwerp:</b> RE: vervolg gesprek kostencompensatie<br><b>Van:</b> Boudewijn van der Heijden &lt;b.vanderheijden@minkgg.nl&gt;<br>
<b>Datum:</b> 21-02-2025 16:12<br><b>Aan:</b> Hendrik-Jan Ruijsenaars &lt;hj.ruijsenaars@catalystpa.nl&gt;<br>
<b>CC:</b> Fatima Bouzerda &lt;f.bouzerda@minkgg.nl&gt;, lobbyregister@minkgg.nl</div>
<p>Beste Hendrik-Jan,</p>
<p>Dank voor de cijfers van VEMW. Wij nemen ze mee in de afweging over de indirecte kostencompensatie; minister Hermans beslist
in maart. Ik wijs er wel op dat wij gesprekken met lobbyisten registreren in het Lobbyregister. Een vervolggesprek met de minister
zelf is op dit moment niet aan de orde.</p>
<p>Met vriendelijke groet,<br>Boudewijn van der Heijden<br>directeur Energiemarkt, Ministerie van Klimaat en Groene Groei</p>
<blockquote>
<div class="h"><b>Van:</b> Hendrik-Jan Ruijsenaars &lt;hj.ruijsenaars@catalystpa.nl&gt;<br><b>Datum:</b> 19-02-2025 09:03<br>
<b>Aan:</b> Boudewijn van der Heijden<br><b>Onderwerp:</b> vervolg gesprek kostencompensatie</div>
<p>Beste Boudewijn,</p>
<p>Zoals besproken hierbij de cijfers van VEMW, aangevuld met gegevens van Tata Steel Nederland, Dow Benelux en Yara Sluiskil
(Terneuzen). Je kent mij nog uit mijn tijd als staatssecretaris: ik weet hoe lastig dit dossier is. In 2019 heeft oud-minister
Wiebes in het Klimaatakkoord toegezegd dat de compensatie blijft zolang de CO2-heffing geldt; Eric Wiebes zei dat ook in de
Tweede Kamer. Ik zou het op prijs stellen als ik dit kort met minister Hermans kan bespreken.</p>
<p>Mijn collega's Charlotte Vos-de Mooij en Maurits Sillevis-Smitt sluiten graag aan.</p>
<p>Hartelijke groet,<br>Hendrik-Jan Ruijsenaars<br>Partner | Catalyst Public Affairs<br>06-2384 5519</p>
</blockquote>
<p style="font-size:8.5pt;color:#555">Registratie: de heer Ruijsenaars is oud-staatssecretaris en nu lobbyist; hij wordt in het
Lobbyregister vermeld als vertegenwoordiger van Catalyst Public Affairs.</p>
</body></html>"""
    html_pdf(path, html)


# ------------------------------------------------------------------------------------------------ am23
@doc("am23_commissiedebat_dossier.pdf", "reportlab",
     redact=[("PERSON", "Liesbeth Roodenburg"), ("EMAIL", "l.roodenburg@minkgg.nl"), ("PHONE", "06-3047 2290"),
             ("PERSON", "Jasper Wolters"), ("PERSON", "Hatice Kaya"), ("PERSON", "Jeroen Vlietstra"), ("PERSON", "Femke Haverkamp"),
             ("PERSON", "Reinier Prins", "Reinier Prins", "Prins"), ("PERSON", "Sevda Karaca-Oomen"), ("PERSON", "Tobias van Kooten-Lie", "Tobias van Kooten-Lie", "van Kooten-Lie"),
             ("PERSON", "Gerlinde Staal")],
     keep={"OFFICE": ["Kops", "Kröger", "Erkens", "Bontenbal", "Teunissen", "Grinwis", "Vermeer", "Thijssen", "Dijk",
                      "minister Hermans", "Van der Plas"],
           "ORG": ["PVV", "GroenLinks-PvdA", "VVD", "CDA", "PvdD", "ChristenUnie", "BBB", "SP", "NSC", "Tweede Kamer", "Bureau Wetgeving"],
           "TERM": ["commissiedebat", "netcongestie", "kernenergie", "salderingsregeling", "energiearmoede", "Klimaatfonds",
                    "Prinsjesdag", "woordvoerders"],
           "PLACE": ["Den Haag"], "TITLE": ["parlementair adviseur", "dossierhouder"]})
def am23(path):
    rows = [["Woordvoerder", "Fractie", "Verwachte vragen", "Dossierhouder KGG"],
            ["Kops", "PVV", "Kosten van de energietransitie, kernenergie", "Hatice Kaya"],
            ["Kröger", "GroenLinks-PvdA", "Netcongestie, energiearmoede", "Jasper Wolters"],
            ["Erkens", "VVD", "Kernenergie, vergunningen", "Hatice Kaya"],
            ["Bontenbal", "CDA", "Klimaatfonds, industrie", "Jeroen Vlietstra"],
            ["Teunissen", "PvdD", "Fossiele subsidies", "Sevda Karaca-Oomen"],
            ["Grinwis", "ChristenUnie", "Warmtenetten", "Tobias van Kooten-Lie"],
            ["Vermeer", "BBB", "Salderingsregeling, boeren als energieproducent", "Reinier Prins"],
            ["Thijssen", "GroenLinks-PvdA", "Europese inzet, grids package", "Femke Haverkamp"],
            ["Dijk", "SP", "Energierekening, energiearmoede", "Jasper Wolters"],
            ["(vervanger) Van der Plas", "BBB", "Netcongestie platteland", "Reinier Prins"]]
    def onpage(c, d):
        c.saveState(); c.setFont("DV", 7.5)
        c.drawString(20 * mm, 287 * mm, "Dossier commissiedebat Klimaat & Energie — 14 mei 2025 — minister Hermans")
        c.drawRightString(190 * mm, 10 * mm, f"{d.page}")
        if d.page != 1:
            c.restoreState(); return
        c.setStrokeColor(colors.HexColor("#6a1b4d")); c.rect(130 * mm, 22 * mm, 60 * mm, 28 * mm)
        t = c.beginText(132 * mm, 45 * mm); t.setFont("DV", 7.5)
        for ln in ["Coördinatie parlementaire zaken:", "Liesbeth Roodenburg", "l.roodenburg@minkgg.nl", "06-3047 2290",
                   "Bijdragen: Gerlinde Staal (BWB)"]:
            t.textLine(ln)
        c.drawText(t); c.restoreState()
    b = [("h1", "Dossier commissiedebat<br/>Klimaat &amp; Energie"),
         ("p", "Inhoud: 1. Overzicht woordvoerders; 2. Kernpunten; 3. Lastige vragen; 4. Contactpersonen"),
         ("sp", 8),
         ("h2", "1. Overzicht woordvoerders en verwachte vragen"),
         ("table", rows, [38, 32, 60, 40]),
         ("h2", "2. Kernpunten voor minister Hermans"),
         ("p", "Netcongestie blijft het dominante thema. Verwacht wordt dat Kröger en Bontenbal een motie over maatschappelijk "
               "prioriteren indienen. Kops en Vermeer zullen de kosten van de salderingsregeling aan de orde stellen; Erkens "
               "vraagt naar de planning van kernenergie. Van der Plas valt mogelijk in voor Vermeer."),
         ("h2", "3. Lastige vragen"),
         ("p", "Wat gebeurt er met het Klimaatfonds na Prinsjesdag? Antwoord: het kabinet neemt daar in augustus een besluit "
               "over. Waarom zijn de lobbygesprekken met de industrie niet openbaar? Antwoord: ze staan in het Lobbyregister."),
         ("pb",),
         ("h2", "4. Contactpersonen tijdens het debat"),
         ("p", "In de ambtenarenbox: Jasper Wolters (netcongestie), Hatice Kaya (kernenergie), Jeroen Vlietstra (industrie), "
               "Reinier Prins (zon en saldering). Bureau Wetgeving: Gerlinde Staal. Femke Haverkamp is beschikbaar voor Europese "
               "vragen; Prins en Wolters zitten ook het tweeminutendebat."),
         ("p", "Parlementair adviseur Liesbeth Roodenburg verzorgt de afstemming met de woordvoerders in de Tweede Kamer.")]
    rl_pdf(path, b, onpage=onpage, margins=(20, 22, 20, 18), title="Dossier commissiedebat", author="Liesbeth Roodenburg")


# ------------------------------------------------------------------------------------------------ am24 (form)
@doc("am24_visitor_form.pdf", "reportlab + AcroForm fields",
     redact=[("PERSON", "Siobhán McAuliffe"), ("PERSON", "Declan Ó Murchú", "Declan Ó Murchú", "Ó Murchú"), ("PERSON", "Niamh Fitzgerald"),
             ("EMAIL", "siobhan.mcauliffe@decc.gov.ie"), ("PHONE", "+353 87 412 6630"), ("PERSON", "Joost Plomp"), ("PERSON", "Priya Ramsaran")],
     keep={"ORG": ["Department of the Environment, Climate and Communications", "Ministerie van Klimaat en Groene Groei", "Rijksbeveiliging",
                   "Facilitair Bedrijf"],
           "PLACE": ["Dublin", "Ireland", "Den Haag", "Rijnstraat 8"], "OFFICE": ["Darragh O'Brien", "minister Hermans"],
           "TERM": ["Aanmeldformulier bezoekers", "Naam bezoeker", "Nationaliteit", "paspoortnummer", "Gastheer"]})
def am24(path):
    fields = [("Naam bezoeker 1", "Siobhán McAuliffe"), ("Naam bezoeker 2", "Declan Ó Murchú"), ("Naam bezoeker 3", "Niamh Fitzgerald"),
              ("E-mail contactpersoon", "siobhan.mcauliffe@decc.gov.ie"), ("Telefoon", "+353 87 412 6630"),
              ("Gastheer KGG", "Joost Plomp"), ("Organisatie", "Department of the Environment, Climate and Communications")]
    def onpage(c, d):
        c.saveState(); c.setFont("DV", 9)
        y = 225
        for lbl, _ in fields:
            c.drawString(22 * mm, y * mm, lbl + ":")
            c.rect(72 * mm, (y - 2) * mm, 110 * mm, 7 * mm)
            y -= 11
        c.setFont("DV", 7.5); c.drawString(22 * mm, 12 * mm, "Facilitair Bedrijf — Rijnstraat 8, Den Haag — versie 2024-2")
        c.restoreState()
    b = [("h1", "Aanmeldformulier bezoekers"),
         ("p", "Bezoek van de delegatie uit Dublin (Ireland) aan het Ministerie van Klimaat en Groene Groei, Rijnstraat 8, Den Haag, "
               "op 9 juli 2025, ter voorbereiding van het bezoek van minister Darragh O'Brien aan minister Hermans."),
         ("p", "Vul per bezoeker de naam in. Nationaliteit en paspoortnummer worden door de Rijksbeveiliging apart opgevraagd. "
               "Gastheer: de medewerker die de bezoekers ophaalt bij de receptie."),
         ("sp", 95),
         ("small", "Verwerking door het Facilitair Bedrijf: gegevens worden na 4 weken verwijderd. Ingevuld door Priya Ramsaran (secretariaat DIE).")]
    rl_pdf(path, b, onpage=onpage, margins=(22, 22, 22, 20))
    y = 225
    fl = []
    for name, val in fields:
        fl.append((name, val, 0, [72 * mm / 1 + 0, (y - 2) * 2.8346, 182 * 2.8346, (y + 5) * 2.8346]))
        y -= 11
    fl = [(n, v, p, [r[0], r[1], r[2], r[3]]) for n, v, p, r in fl]
    add_hidden(path, fields=fl)


# ------------------------------------------------------------------------------------------------ am25
@doc("am25_press_release_draft.pdf", "reportlab",
     redact=[("PERSON", "Merel Snoek"), ("PHONE", "06-4410 2387"), ("PERSON", "Wendelien Kappeyne van de Coppello", "Wendelien Kappeyne van de Coppello", "Kappeyne van de Coppello"),
             ("PERSON", "Daan Hovestadt"), ("PERSON", "Anton Oudendijk"),
             ("PERSON", "Ottolien Brederode"), ("PERSON", "Sybren Kalsbeek")],
     keep={"OFFICE": ["Sophie Hermans", "minister Hermans", "Darragh O'Brien", "Lars Aagaard", "Hermans"],
           "TITLE": ["woordvoerder Tamara Bouwhuis", "Tamara Bouwhuis"],
           "ORG": ["Ministerie van Klimaat en Groene Groei", "North Seas Energy Cooperation", "TenneT", "EirGrid", "Energinet", "Rijksoverheid"],
           "PLACE": ["Dublin", "Den Haag", "Noordzee", "Ierland", "Denemarken"],
           "TERM": ["Noot voor de redactie", "persbericht", "hybride interconnector", "gigawatt"],
           "PHONE": ["070 379 8000"], "MAILBOX": ["pers@minkgg.nl"]})
def am25(path):
    def onpage(c, d):
        c.saveState(); c.setFont("DV-B", 9); c.setFillColor(colors.HexColor("#154273"))
        c.drawString(22 * mm, 284 * mm, "Rijksoverheid"); c.setFont("DV", 7.5); c.setFillColor(colors.black)
        c.drawString(22 * mm, 280 * mm, "Ministerie van Klimaat en Groene Groei"); c.drawRightString(188 * mm, 284 * mm, "CONCEPT — embargo tot 10 juli 10.00 uur")
        c.restoreState()
    b = [("sp", 6), ("h1", "Nederland, Ierland en Denemarken bouwen samen aan stroomverbindingen op zee"),
         ("p", "<b>Den Haag, 10 juli 2025</b> — Minister Sophie Hermans heeft vandaag in Dublin met haar Ierse collega Darragh "
               "O'Brien en de Deense minister Lars Aagaard afgesproken samen een hybride interconnector te onderzoeken. De verbinding "
               "kan 2 gigawatt windstroom van de Noordzee naar drie landen brengen. TenneT, EirGrid en Energinet werken het plan uit."),
         ("p", "'Dit is Europese samenwerking op zijn best,' aldus minister Hermans. 'Wat we op de Noordzee samen bouwen, kan geen "
               "land alleen.' Hermans noemde de North Seas Energy Cooperation de motor achter het plan."),
         ("p", "Volgens woordvoerder Tamara Bouwhuis van het ministerie volgt in het najaar een besluit over de studie."),
         ("h2", "Noot voor de redactie (niet voor publicatie)"),
         ("p", "Voor vragen: woordvoerder Tamara Bouwhuis, via pers@minkgg.nl of 070 379 8000. Achtergrond: Merel Snoek (06-4410 2387). "
               "Inhoudelijke check: Wendelien Kappeyne van de Coppello (DIE). Foto's: Daan Hovestadt. Dit persbericht wordt "
               "geplaatst op Rijksoverheid.nl."),
         ("small", "Concept 2, gecontroleerd door Anton Oudendijk.")]
    rl_pdf(path, b, onpage=onpage, margins=(22, 25, 22, 20), title="Persbericht NSEC Dublin (concept)", author="Ottolien Brederode",
           subject="concept persbericht, review Sybren Kalsbeek")


# ------------------------------------------------------------------------------------------------ am26
@doc("am26_incoming_delegation_programme.pdf", "LibreOffice (Word, landscape section)",
     redact=[("PERSON", "Alessandro Bellucci"), ("PERSON", "Chiara Lombardi-Ferrante"), ("PERSON", "Konstantinos Vlachos"),
             ("PERSON", "Sofía Ibáñez"), ("PERSON", "Mathilde Øverland", "Mathilde Øverland", "Øverland"), ("PERSON", "Freek Willems"),
             ("PERSON", "Iris Mook"), ("PERSON", "Marnix van Oordt", "Marnix van Oordt", "van Oordt"), ("PERSON", "Tess Wijnants"),
             ("PHONE", "06-1566 2093"), ("EMAIL", "iris.mook@minkgg.nl"), ("PERSON", "Hamza Belkacem"), ("PERSON", "Rens Arnhem", "Rens Arnhem", "~Arnhem")],
     keep={"ORG": ["Ministero dell'Ambiente e della Sicurezza Energetica", "Snam", "Gasunie", "Port of Rotterdam", "TenneT", "Equinor",
                   "Ministerie van Klimaat en Groene Groei", "Rijksmuseum"],
           "PLACE": ["Rome", "Athene", "Madrid", "Oslo", "Rotterdam", "Groningen", "Arnhem", "Eemshaven", "Amsterdam"],
           "OFFICE": ["minister Hermans", "Gilberto Pichetto Fratin"],
           "TERM": ["study visit", "hydrogen backbone", "offshore grid", "Programme", "transfer"]})
def am26(path):
    rows = [["Date / time", "Item", "Location", "Participants (guests)", "NL host / escort"],
            ["Mon 8 Sept 10:00", "Welcome at the ministry, introduction by minister Hermans", "The Hague", "all", "Freek Willems, Iris Mook"],
            ["Mon 8 Sept 14:00", "Hydrogen backbone briefing with Gasunie", "Groningen", "Alessandro Bellucci (Rome), Chiara Lombardi-Ferrante (Snam)", "Marnix van Oordt"],
            ["Tue 9 Sept 09:00", "Eemshaven: offshore grid landing point, TenneT", "Eemshaven", "Konstantinos Vlachos (Athene), Sofía Ibáñez (Madrid)", "Marnix van Oordt"],
            ["Tue 9 Sept 15:00", "Transfer to Arnhem, TenneT control room", "Arnhem", "Mathilde Øverland (Oslo, Equinor)", "Rens Arnhem (TenneT)"],
            ["Wed 10 Sept 10:00", "Port of Rotterdam: import terminals", "Rotterdam", "all", "Tess Wijnants"],
            ["Wed 10 Sept 19:00", "Dinner, Rijksmuseum", "Amsterdam", "all", "Freek Willems; driver Hamza Belkacem"]]
    b = [("h1", "Study visit of the Southern and Northern European hydrogen delegation"),
         ("p", "8–10 September 2025 | organised by the Ministerie van Klimaat en Groene Groei, Directorate International"),
         ("p", "The delegation follows up on the talks between minister Hermans and Italian minister Gilberto Pichetto Fratin "
               "(Ministero dell'Ambiente e della Sicurezza Energetica) in Rome. Guests come from Rome, Athene, Madrid and Oslo."),
         ("p", "**Practical:** coordination Iris Mook (iris.mook@minkgg.nl, 06-1566 2093). Transport by minibus; driver Hamza Belkacem."),
         ("landscape",),
         ("h2", "Programme"),
         ("table", rows, [3.4, 7.0, 3.0, 7.5, 4.6]),
         ("p", "Note: Rens Arnhem of TenneT hosts in Arnhem; the transfer from Eemshaven takes three hours."),
         ("h2", "Participants"),
         ("p", "Italy: Alessandro Bellucci (ministry), Chiara Lombardi-Ferrante (Snam). Greece: Konstantinos Vlachos. Spain: Sofía "
               "Ibáñez. Norway: Mathilde Øverland (Equinor). Netherlands: Freek Willems, Iris Mook, Marnix van Oordt, Tess Wijnants.")]
    docx_pdf(path, b, header="Study visit hydrogen – programme v2", footer="Ministerie van Klimaat en Groene Groei – Directorate International",
             author="Iris Mook", title="Programme study visit")


# ------------------------------------------------------------------------------------------------ am27
@doc("am27_trilateral_hydrogen_report.pdf", "reportlab + outline + attachments",
     redact=[("PERSON", "Federica Sanfilippo"), ("PERSON", "Johannes Weißenborn", "Johannes Weißenborn", "Weißenborn", "Weissenborn"), ("PERSON", "Ute Brandstätter-Lenz"),
             ("PERSON", "Luca Dell'Orto", "Luca Dell'Orto", "Dell'Orto"), ("PERSON", "Marnix van Oordt"), ("PERSON", "Sophie Kamerling"),
             ("EMAIL", "sophie.kamerling@minkgg.nl"), ("PERSON", "Wiebe Hylkema-Zwart"), ("PERSON", "Anke Schröder"),
             ("PERSON", "Evert Rozendaal"), ("PERSON", "Ludmila Novák"), ("PERSON", "Reinout Geelhoed")],
     keep={"ORG": ["Bundesministerium für Wirtschaft und Energie", "BMWE", "Ministero dell'Ambiente e della Sicurezza Energetica",
                   "MASE", "Gasunie", "Snam", "OGE", "European Hydrogen Bank", "IPCEI Hy2Infra", "ENNOH"],
           "PLACE": ["Berlin", "Milan", "Rotterdam", "North Africa", "Tarvisio"],
           "OFFICE": ["Katherina Reiche", "Gilberto Pichetto Fratin", "Minister Hermans"],
           "TERM": ["SoutH2 Corridor", "Delta Rhine Corridor", "hydrogen", "tariff methodology", "Summary"]})
def am27(path):
    def onpage(c, d):
        c.saveState(); c.setFont("DV", 7.5)
        c.drawString(20 * mm, 288 * mm, "Trilateral DE–IT–NL hydrogen corridors — technical meeting — report")
        c.drawRightString(190 * mm, 9 * mm, f"page {d.page} of 2"); c.restoreState()
    b = [("h1", "Trilateral meeting on hydrogen corridors (DE–IT–NL)"),
         ("p", "Berlin, Bundesministerium für Wirtschaft und Energie (BMWE), 2 October 2025. Report: Sophie Kamerling "
               "(sophie.kamerling@minkgg.nl)."),
         ("h2", "Summary"),
         ("p", "The three delegations discussed the link between the SoutH2 Corridor (North Africa – Italy – Germany) and the Delta "
               "Rhine Corridor (Rotterdam – Germany). Ministers Katherina Reiche and Gilberto Pichetto Fratin had asked their "
               "administrations, together with Minister Hermans, to identify bottlenecks before the end of the year."),
         ("h2", "Participants"),
         ("table", [["Delegation", "Name", "Organisation"],
                    ["Germany", "Johannes Weißenborn", "BMWE, head of unit hydrogen"],
                    ["Germany", "Ute Brandstätter-Lenz", "OGE"],
                    ["Italy", "Federica Sanfilippo", "MASE"],
                    ["Italy", "Luca Dell'Orto", "Snam"],
                    ["Netherlands", "Marnix van Oordt", "KGG"],
                    ["Netherlands", "Sophie Kamerling", "KGG (report)"],
                    ["Netherlands", "Wiebe Hylkema-Zwart", "Gasunie"],
                    ["ENNOH (observer)", "Ludmila Novák", "ENNOH secretariat"]], [40, 55, 70]),
         ("h2", "1. Cross-border tariff methodology"),
         ("p", "Johannes Weißenborn presented the German proposal; Luca Dell'Orto (Snam) explained the Italian entry point at "
               "Tarvisio. The Dutch delegation stressed that the tariff methodology should not penalise transit. ENNOH will "
               "prepare a paper."),
         ("pb",),
         ("h2", "2. Financing"),
         ("p", "All three countries support a second round of the European Hydrogen Bank and the use of IPCEI Hy2Infra for "
               "cross-border pipelines. Federica Sanfilippo asked for a joint letter; Minister Hermans is willing to sign."),
         ("h2", "3. Next steps"),
         ("p", "Next meeting in Milan in February. Gasunie (Wiebe Hylkema-Zwart) and OGE (Ute Brandstätter-Lenz) coordinate the "
               "technical annex. Sophie Kamerling circulates the report via the Directorate International."),
         ("p", "Attachments: presentation BMWE; participant list.")]
    rl_pdf(path, b, onpage=onpage, margins=(20, 22, 20, 18), title="Trilateral hydrogen DE-IT-NL", author="Sophie Kamerling")
    add_hidden(path, outline=[("Summary", 0), ("Participants (list by Anke Schröder, BMWE)", 0), ("1. Tariffs - comments Evert Rozendaal", 0),
                              ("2. Financing", 1), ("3. Next steps", 1)],
               attachments=[("presentation BMWE Weissenborn.pdf", b"%PDF-1.4 placeholder presentation\n", "presentation BMWE"),
                            ("deelnemerslijst Reinout Geelhoed.xlsx", b"PK placeholder", "participant list as received")])


# ------------------------------------------------------------------------------------------------ am28
@doc("am28_calendar_invite_ireland.pdf", "Chromium (Outlook calendar print)",
     redact=[("PERSON", "Joost Plomp"), ("EMAIL", "joost.plomp@minkgg.nl"), ("PERSON", "Siobhán McAuliffe"), ("EMAIL", "siobhan.mcauliffe@decc.gov.ie"),
             ("PERSON", "Padraig McGrath"), ("PERSON", "Niamh Fitzgerald"), ("PERSON", "Declan Ó Murchú", "Declan Ó Murchú", "Ó Murchú"),
             ("PERSON", "Priya Ramsaran"), ("EMAIL", "priya.ramsaran@minkgg.nl"), ("PERSON", "Wendelien Kappeyne van de Coppello", "Wendelien Kappeyne van de Coppello"),
             ("PERSON", "Bart Hoogerheide"), ("PHONE", "+353 1 678 2044")],
     keep={"OFFICE": ["Darragh O'Brien", "minister Hermans", "Minister O'Brien"],
           "ORG": ["Department of the Environment, Climate and Communications", "DECC", "EirGrid", "Ministerie van Klimaat en Groene Groei",
                   "Microsoft Teams", "Netherlands Embassy Dublin"],
           "PLACE": ["Dublin", "Den Haag", "Rijnstraat 8", "Celtic Interconnector"],
           "TERM": ["Required", "Optional", "Accepted", "Tentative", "hybrid interconnector", "Agenda"],
           "MAILBOX": ["secretariaat-die@minkgg.nl"]})
def am28(path):
    att = [("Joost Plomp &lt;joost.plomp@minkgg.nl&gt;", "Organizer", "Accepted"),
           ("secretariaat-die@minkgg.nl", "Required", "Accepted"),
           ("Siobhán McAuliffe &lt;siobhan.mcauliffe@decc.gov.ie&gt;", "Required", "Accepted"),
           ("Padraig McGrath (DECC)", "Required", "Tentative"),
           ("Niamh Fitzgerald (EirGrid)", "Optional", "Accepted"),
           ("Declan Ó Murchú (DECC)", "Optional", "None"),
           ("Wendelien Kappeyne van de Coppello", "Required", "Accepted"),
           ("Priya Ramsaran &lt;priya.ramsaran@minkgg.nl&gt;", "Optional", "Accepted"),
           ("Bart Hoogerheide (Netherlands Embassy Dublin)", "Optional", "Tentative")]
    trs = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in att)
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 15mm; }} body {{ font-family: 'DejaVu Sans'; font-size: 9.5pt; }}
.t {{ font-size: 14pt; font-weight: bold; }} table {{ border-collapse: collapse; }} td {{ padding: 2px 12px 2px 0; }}
.k {{ color: #666; width: 90px; }} .bar {{ background: #0f6cbd; color: white; padding: 4px 8px; font-size: 9pt; }}
</style></head><body>
<div class="bar">Calendar — Joost Plomp</div>
<p class="t">Prep call: visit Minister O'Brien to The Hague (9 July)</p>
<table><tr><td class="k">When</td><td>Thursday 26 June 2025 11:00–11:45 (UTC+01:00) Amsterdam, Dublin</td></tr>
<tr><td class="k">Where</td><td>Microsoft Teams / Rijnstraat 8, Den Haag, room 4.12</td></tr>
<tr><td class="k">Organizer</td><td>Joost Plomp</td></tr></table>
<h4>Attendees</h4><table>{trs}</table>
<h4>Agenda</h4>
<ol><li>Programme for the visit of Darragh O'Brien to minister Hermans on 9 July</li>
<li>Hybrid interconnector study with EirGrid; lessons from the Celtic Interconnector</li>
<li>Press moment (Department of the Environment, Climate and Communications to confirm)</li></ol>
<p>Dial-in for Dublin participants: +353 1 678 2044 (DECC conference line of Siobhán McAuliffe). Questions to the organizer or
secretariaat-die@minkgg.nl.</p>
<p style="font-size:8pt;color:#777">Microsoft Teams meeting — Join on your computer, mobile app or room device. Meeting ID: 381 552 907 144</p>
</body></html>"""
    html_pdf(path, html)


# ------------------------------------------------------------------------------------------------ am29
@doc("am29_beslisnota_conference.pdf", "reportlab + link annotation",
     redact=[("PERSON", "Gijs Achterberg"), ("EMAIL", "gijs.achterberg@minkgg.nl"), ("PHONE", "06-2710 5582"),
             ("PERSON", "Nadia Ouali-Brinkman"), ("PERSON", "Joëlle van Wijngaarden"), ("PERSON", "Karel Doorenbos"),
             ("PARAPH", "GA", "GA"), ("PARAPH", "NOB", "NOB"), ("PARAPH", "KD", "KD"), ("PERSON", "Hilde Brusselmans"),
             ("EMAIL", "lieke.oranje@minkgg.nl"), ("PERSON", "Tijmen Noordam")],
     keep={"OFFICE": ["minister Hermans", "Teresa Ribera", "Fatih Birol"],
           "ORG": ["IEA", "International Energy Agency", "Ministerie van Klimaat en Groene Groei", "Belgische federale overheid", "DGKE"],
           "PLACE": ["Parijs", "Brussel"],
           "TERM": ["Beslisnota", "Aanleiding", "Geadviseerd besluit", "Kern", "Krachtenveld", "Informatie die niet openbaar gemaakt kan worden",
                    "Motivering", "IEA Summit on Energy Security", "5.1.2e"],
           "TITLE": ["beleidsmedewerker", "afdelingshoofd"]})
def am29(path):
    b = [("h1", "Beslisnota"),
         ("table", [["Aan", "minister Hermans"], ["Van", "Gijs Achterberg, DIE (06-2710 5582, gijs.achterberg@minkgg.nl)"],
                    ["Datum", "12 maart 2025"], ["Kenmerk", "DIE / 25094411"], ["Onderwerp", "Deelname IEA Summit on Energy Security, Parijs"],
                    ["Kopie aan", "Joëlle van Wijngaarden (PS)"]], [30, 130], {"head": 0}),
         ("h2", "Aanleiding"),
         ("p", "De International Energy Agency (IEA) organiseert op 24-25 april in Parijs de IEA Summit on Energy Security. "
               "Uitvoerend directeur Fatih Birol heeft u uitgenodigd voor een panel met Executive Vice-President Teresa Ribera."),
         ("h2", "Geadviseerd besluit"),
         ("p", "Aan de minister wordt gevraagd akkoord te gaan met deelname op 24 april en een bilateraal met de Belgische "
               "federale overheid in de marge."),
         ("h2", "Kern"),
         ("p", "Deelname past bij de Nederlandse inzet op energiezekerheid. Het IEA is voor Nederland een belangrijk forum; Teresa "
               "Ribera heeft een bilateraal voorgesteld. De Belgische collega's (contact: Hilde Brusselmans) willen het "
               "Pentalateraal bespreken."),
         ("h2", "Krachtenveld"),
         ("p", "De DGKE steunt deelname. De agenda van 24 april is vrij volgens Joëlle van Wijngaarden; Brussel is op 25 april "
               "een alternatief. Tijmen Noordam (DGKE) bereidt de spreekpunten voor."),
         ("h2", "Informatie die niet openbaar gemaakt kan worden"),
         ("p", "Motivering: de persoonsgegevens van ambtenaren en van de Belgische contactpersoon worden niet openbaar gemaakt "
               "(artikel 5.1.2e Woo)."),
         ("pb",),
         ("h2", "Paraafblad"),
         ("table", [["Naam", "Functie", "Paraaf", "Datum"],
                    ["Gijs Achterberg", "beleidsmedewerker", "GA", "10-03"],
                    ["Nadia Ouali-Brinkman", "afdelingshoofd", "NOB", "11-03"],
                    ["Karel Doorenbos", "directeur", "KD", "12-03"]], [50, 50, 25, 25]),
         ("p", "Besluit minister: akkoord. Secretariaat: zie link in de digitale versie.")]
    rl_pdf(path, b, margins=(24, 24, 22, 20), title="Beslisnota IEA Summit", author="Gijs Achterberg")
    add_hidden(path, links=[(1, [60, 600, 300, 620], "mailto:lieke.oranje@minkgg.nl?subject=Paraafblad%20IEA")])


# ------------------------------------------------------------------------------------------------ am30
@doc("am30_geannoteerde_agenda_energieraad.pdf", "LibreOffice (Word)",
     redact=[("PERSON", "Femke Haverkamp"), ("PERSON", "Maarten van Everdingen-Kok"), ("EMAIL", "femke.haverkamp@minkgg.nl"),
             ("PHONE", "+31 6 2219 0846"), ("PERSON", "Lykke Sandvik-Berg", "Lykke Sandvik-Berg", "Sandvik-Berg"),
             ("PERSON", "Jochem Keizer", "Jochem Keizer", "~Keizer"), ("PERSON", "Marjolein Laan", "Marjolein Laan"), ("PERSON", "Odette Kamphuis")],
     keep={"OFFICE": ["minister Hermans", "Eurocommissaris Jørgensen", "Dan Jørgensen", "Wopke Hoekstra", "Teresa Ribera", "Stéphane Séjourné",
                      "Kröger", "Erkens"],
           "ORG": ["Raad Energie", "Deens voorzitterschap", "Europese Commissie", "Tweede Kamer", "Eerste Kamer", "ACER", "Europees Parlement",
                   "Raad Milieu", "Keizer Karel Universiteit"],
           "PLACE": ["Luxemburg", "Brussel", "Noorwegen", "Rusland", "Keizersgracht"],
           "TERM": ["geannoteerde agenda", "Affordable Energy Action Plan", "REPowerEU", "grids package", "algemene oriëntatie",
                    "beleidsdebat", "Diversen", "Rusland-gas", "Keizer"],
           "MAILBOX": ["eu-energie@minkgg.nl"]})
def am30(path):
    b = [("h1", "Geannoteerde agenda Raad Energie 16 juni 2025"),
         ("p", "Hierbij ontvangt de Tweede Kamer de geannoteerde agenda voor de Raad Energie van 16 juni 2025 in Luxemburg. "
               "Minister Hermans zal hieraan deelnemen. Een afschrift gaat naar de Eerste Kamer."),
         ("h2", "1. Grids package — algemene oriëntatie"),
         ("p", "Het Poolse voorzitterschap streeft naar een algemene oriëntatie. Het kabinet steunt de inzet op anticiperende "
               "investeringen en snellere vergunningverlening. ACER krijgt een grotere rol. Het Europees Parlement heeft zijn "
               "positie nog niet bepaald."),
         ("h2", "2. Affordable Energy Action Plan — beleidsdebat"),
         ("p", "Eurocommissaris Jørgensen presenteert de stand van zaken. Executive Vice-President Teresa Ribera en Eurocommissaris "
               "Stéphane Séjourné hebben het plan samen met Dan Jørgensen opgesteld. Nederland benadrukt dat netkosten en "
               "belastingen op energie nationaal blijven."),
         ("h2", "3. REPowerEU — afbouw Rusland-gas"),
         ("p", "De Europese Commissie wil de import van Rusland-gas uiterlijk eind 2027 beëindigen. Het kabinet steunt dit. "
               "Noorwegen blijft de belangrijkste leverancier. De leden Kröger en Erkens hebben hierover vragen gesteld; "
               "de antwoorden volgen voor de Raad."),
         ("h2", "4. Diversen"),
         ("p", "Het Deens voorzitterschap presenteert zijn werkprogramma. Eurocommissaris Wopke Hoekstra informeert over de "
               "voorbereiding van COP30 (vanuit de Raad Milieu). Keizer: werktitel van de Deense discussienota over "
               "energiezekerheid. Een studie van de Keizer Karel Universiteit wordt als achtergrond genoemd."),
         ("pb",),
         ("h2", "Interne bijlage (niet meezenden): contactpersonen"),
         ("table", [["Onderdeel", "Contactpersoon", "Bereikbaar"],
                    ["Grids package", "Maarten van Everdingen-Kok", "eu-energie@minkgg.nl"],
                    ["Affordable Energy Action Plan", "Femke Haverkamp", "femke.haverkamp@minkgg.nl, +31 6 2219 0846"],
                    ["REPowerEU", "Jochem Keizer", "via de PV in Brussel"],
                    ["Diversen / Deens voorzitterschap", "Lykke Sandvik-Berg (Deense ambassade)", "–"]], [5, 6, 6]),
         ("p", "Versie afgestemd met Marjolein Laan (BZ/DIE). Redactie: Odette Kamphuis, Keizersgracht-kantoor van de "
               "vertegenwoordiging in Amsterdam is niet betrokken. Jochem Keizer heeft de annotatie bij punt 3 geschreven.")]
    docx_pdf(path, b, header="Geannoteerde agenda Raad Energie – concept", footer="Ministerie van Klimaat en Groene Groei",
             author="Femke Haverkamp", title="Geannoteerde agenda Raad Energie juni 2025")
