"""Documents an01-an15 of set AN."""
from __future__ import annotations

import sys
from pathlib import Path

import framework as fw
from framework import esc
from util import (A4, A4L, P, Spacer, colors, html_page, mm, rl_doc, st, table)

DOCS = []


def doc(name):
    def deco(fn):
        DOCS.append((name, fn))
        return fn
    return deco


# ------------------------------------------------------------------------------------------
@doc("an01_teams_chat_werkgroep_woo_laptops")
def an01(out):
    msgs = [
        ("sys", "Roos Bakker heeft Storm El Amrani, Tjitske Hoekstra en Bo Nguyen toegevoegd aan de chat."),
        ("Roos Bakker", "ma 2-3 09:02", "Goedemorgen allemaal! Het Woo-verzoek over de inkoop van laptops (WOO-2026-0117) is binnen. "
         "Deadline besluit is 14 april. Ik zet de stukken op SharePoint in de map <i>Woo/2026/0117</i>.", "👍 3"),
        ("Storm El Amrani", "ma 2-3 09:05", "@Roos ik pak de mails van DICTU. Heeft iemand toegang tot de TopDesk-meldingen van vorig jaar?", ""),
        ("Tjitske Hoekstra", "ma 2-3 09:11", "@Storm ja, via Servicedesk SSC-ICT. Ik vraag het aan Hylke, die zit daar nog in het beheerteam.", "❤ 1"),
        ("Bo Nguyen", "ma 2-3 09:14", "Ik heb vanmiddag overleg met Sky van Inkoop (Sky Martina). Zal ik vragen of zij het contract met de leverancier kan aanleveren?", ""),
        ("Roos Bakker", "ma 2-3 09:15", "Graag! En vraag ook naar de offerte van juni. Let op: in de bijlagen staan veel namen van medewerkers van de leverancier.", "👍 2  😮 1"),
        ("sys", "Ingrid Kowalska heeft deelgenomen aan de chat."),
        ("Ingrid Kowalska", "ma 2-3 10:40", "Hoi, ik ben de nieuwe jurist bij WJZ en sluit aan voor de zienswijzeprocedure. Tjitske, kun je me de inventarislijst sturen?", ""),
        ("Tjitske Hoekstra", "ma 2-3 10:42", "Welkom Ingrid! Staat in de map, tabblad <i>Inventaris</i> in Excel. Reply all op de mail van Roos werkt ook.", ""),
        ("Storm El Amrani", "di 3-3 08:31", "Ik zit vandaag in Rijnstraat 50 (zaal 4.D.12). Bellen kan via Teams of op mijn mobiel 06-48 27 51 09.", ""),
        ("Bo Nguyen", "di 3-3 11:02", "Sky zegt dat het contract via het Rijksinkoopcentrum loopt. Contactpersoon daar is Dawit Tesfamariam.", "👍 1"),
        ("sys", "Ingrid Kowalska heeft de chat verlaten."),
        ("Roos Bakker", "di 3-3 11:20", "Jammer, Ingrid gaat naar een ander team. @Tjitske wil jij de jurist-rol overnemen tot er iemand van WJZ is?", ""),
        ("Tjitske Hoekstra", "di 3-3 11:23", "Prima. Ik zet het op de agenda van het MT-overleg van donderdag.", "✔ Gezien door 4"),
    ]
    css = """
    .hdr{border-bottom:1px solid #ccc;padding-bottom:6px;margin-bottom:10px}
    .hdr h1{font-size:14pt;margin:0;color:#464775}
    .m{margin:7px 0 7px 0;display:flex}
    .av{width:26px;height:26px;border-radius:13px;background:#c5c6e8;color:#333;font-size:8pt;text-align:center;line-height:26px;margin-right:8px;flex:none}
    .b{background:#f3f2f1;border-radius:4px;padding:5px 9px;max-width:88%}
    .who{font-weight:bold;font-size:9pt} .t{color:#777;font-size:8pt;margin-left:6px}
    .r{font-size:8pt;color:#555;margin-top:2px}
    .sys{color:#616161;font-size:8.5pt;text-align:center;margin:8px 0;font-style:italic}
    """
    body = ["<div class='hdr'><h1>Werkgroep Woo-verzoek laptops</h1>"
            "<div class='small'>Chat in Microsoft Teams &middot; 5 deelnemers &middot; geëxporteerd op 4 maart 2026 "
            "door de Woo-coördinator van DG Overheidsorganisatie</div></div>"]
    for m in msgs:
        if m[0] == "sys":
            body.append(f"<div class='sys'>{m[1]}</div>")
            continue
        who, t, txt, re = m
        ini = "".join(w[0] for w in who.split()[:2])
        body.append(f"<div class='m'><div class='av'>{esc(ini)}</div><div class='b'><span class='who'>{esc(who)}</span>"
                    f"<span class='t'>{t}</span><div>{txt}</div>"
                    + (f"<div class='r'>{re}</div>" if re else "") + "</div></div>")
    fw.chromium_pdf(html_page("Chat | Werkgroep Woo-verzoek laptops | Microsoft Teams", "".join(body), css), out)
    return {"R": [
        ("PERSON", "Roos Bakker", ["Roos Bakker", "Roos", "Bakker"]),
        ("PERSON", "Storm El Amrani", ["Storm El Amrani", "El Amrani", "Storm"]),
        ("PERSON", "Tjitske Hoekstra", ["Tjitske Hoekstra", "Hoekstra", "Tjitske"]),
        ("PERSON", "Bo Nguyen", ["Bo Nguyen", "Nguyen", "Bo"]),
        ("PERSON", "Sky Martina", ["Sky Martina", "Martina", "Sky"]),
        ("PERSON", "Ingrid Kowalska", ["Ingrid Kowalska", "Kowalska", "Ingrid"]),
        ("PERSON", "Hylke", ["Hylke"]),
        ("PERSON", "Dawit Tesfamariam", ["Dawit Tesfamariam", "Tesfamariam"]),
        ("PHONE", "06-48 27 51 09", [("06-48 27 51 09", False)]),
    ], "K": [
        ("PRODUCT", "Microsoft Teams", ["Microsoft Teams", "Teams"]),
        ("PRODUCT", "SharePoint", ["SharePoint"]), ("PRODUCT", "TopDesk", ["TopDesk"]), ("PRODUCT", "Excel", ["Excel"]),
        ("ORG", "DICTU", ["DICTU"]), ("ORG", "SSC-ICT", ["SSC-ICT"]), ("ORG", "WJZ", ["WJZ"]),
        ("ORG", "Rijksinkoopcentrum", ["Rijksinkoopcentrum"]), ("ORG", "DG Overheidsorganisatie", ["DG Overheidsorganisatie"]),
        ("LOC", "Rijnstraat 50", ["Rijnstraat 50"]), ("ROOM", "zaal 4.D.12", ["4.D.12"]),
        ("UI", "Reply all", ["Reply all"]), ("ID", "WOO-2026-0117", ["WOO-2026-0117"]),
        ("FUNC", "jurist", ["jurist"]), ("FUNC", "Woo-coördinator", ["Woo-coördinator"]),
        ("MISC", "Inventaris", ["Inventaris"]), ("ORG", "Inkoop", ["Inkoop"]),
    ]}


# ------------------------------------------------------------------------------------------
@doc("an02_whatsapp_export_piketgroep_wateroverlast")
def an02(out):
    from reportlab.platypus import Preformatted
    lines = """[03-03-2026 06:48] Hoop Sanichar: Goedemorgen, de Maas staat hoog bij Venlo. Veiligheidsregio Limburg-Noord heeft om 06:30 opgeschaald naar GRIP 2.
[03-03-2026 06:51] Joost: Dank Hoop. Ik bel om 7 uur met het LOCC. Wie neemt de lijn met IenW?
[03-03-2026 06:52] +31 6 1932 4471: Dat doe ik, ik zit al in de trein naar Den Haag.
[03-03-2026 06:52] Joost: Wie is +31 6 1932 4471? 😅
[03-03-2026 06:53] +31 6 1932 4471: Sorry! Winter hier, Lieke Winter. Nieuw nummer sinds vorige week.
[03-03-2026 06:55] Hoop Sanichar: ‎Hoop Sanichar heeft Lieke Winter toegevoegd
[03-03-2026 07:02] Mustafa Öztürk: Burgemeester Scholten van Venlo geeft om 10:00 een persconferentie. NCTV vraagt of BZK iemand stuurt.
[03-03-2026 07:04] Joost: Ik vraag het aan Sterre, zij is vandaag piket-woordvoerder.
[03-03-2026 07:10] Sterre de Wit-Vos: Ik ga. Kan iemand me om 08:15 ophalen bij station Venlo? Mijn mobiel: 06 2219 8640
[03-03-2026 07:11] Mustafa Öztürk: <Media weggelaten>
[03-03-2026 07:11] Mustafa Öztürk: Kaartje van de kaderichting, van Rijkswaterstaat Zuid-Nederland.
[03-03-2026 07:15] Joost: 👍
[03-03-2026 07:31] Lieke Winter: IenW meldt: dijkbewaking loopt, geen evacuatie nodig volgens Waterschap Limburg.
[03-03-2026 07:40] Hoop Sanichar: Dit bericht is verwijderd
[03-03-2026 07:41] Hoop Sanichar: Correctie: GRIP 2 alleen voor Venlo en Beesel.
[03-03-2026 08:02] Joost: Ingrid heeft de groep verlaten? Was dat per ongeluk?
[03-03-2026 08:03] Mustafa Öztürk: ‎Ingrid Kowalska heeft de groep verlaten
[03-03-2026 08:05] Mustafa Öztürk: Geen idee. Ik voeg haar niet opnieuw toe, ze heeft vandaag verlof.
[03-03-2026 09:58] Sterre de Wit-Vos: Aangekomen bij het gemeentehuis. Scholten is er, commissaris van de Koning Roemer komt om 11 uur.
[03-03-2026 10:47] Joost van Dijk-Ramautar: Dank allen. Ik stel om 12:00 een situatierapport op voor de SG. Reacties graag vóór 11:45 hier of via crisis@minbzk.nl
[03-03-2026 10:48] Lieke Winter: ❤️
[03-03-2026 10:48] Hoop Sanichar: 👍
[03-03-2026 12:05] Joost van Dijk-Ramautar: Sitrap staat op de crisis-SharePoint. Nog een vraag van Mustafa's collega Yusuf over de bereikbaarheid in het weekend: wie heeft zaterdag piket?
[03-03-2026 12:09] Lieke Winter: Ik. Bereikbaar op het nieuwe nummer.
[03-03-2026 12:10] Hoop Sanichar: Zondag ik, daarna weer Joost.
[03-03-2026 16:22] Sterre de Wit-Vos: Terug in de trein. Persconferentie rustig verlopen. Video staat op de site van de gemeente Venlo.
[03-03-2026 16:30] Mustafa Öztürk: Mooi. Morgen om 9:00 evaluatie in zaal Hofvijver (Turfmarkt 147, 12e).
[03-03-2026 16:31] Joost: Top 💪
[04-03-2026 07:02] Lieke Winter: Goedemorgen. Waterstand Venlo daalt, volgens Rijkswaterstaat piek voorbij om 04:00.
[04-03-2026 07:05] Hoop Sanichar: Dank Lieke. Afschaling GRIP verwacht om 10:00, meldt de Veiligheidsregio.
[04-03-2026 07:20] Mustafa Öztürk: Evaluatie om 9:00 gaat door. Teams-link staat in de agenda. Wie notuleert?
[04-03-2026 07:21] Sterre de Wit-Vos: Ik niet, ik heb om 9:30 de persvoorlichters van IenW.
[04-03-2026 07:24] +31 6 5127 0398: Ik kan notuleren. Groet, Femke (DCC IenW)
[04-03-2026 07:25] Joost: Dank Femke! Wil je je naam opslaan zodat we je herkennen? 🙂
[04-03-2026 07:26] Femke Oudejans: Gedaan 😉
[04-03-2026 08:58] Mustafa Öztürk: ‎Mustafa Öztürk heeft de groepsnaam gewijzigd in "Piketgroep Crisis BZK - maart 2026"
[04-03-2026 09:47] Mustafa Öztürk: Evaluatiepunten: (1) bereikbaarheidslijst klopte niet, (2) nummer Lieke ontbrak, (3) WhatsApp is geen officieel kanaal: besluiten vastleggen in LCMS.
[04-03-2026 09:49] Joost van Dijk-Ramautar: Eens. @Hoop wil jij de bereikbaarheidslijst bijwerken en naar crisis@minbzk.nl sturen?
[04-03-2026 09:50] Hoop Sanichar: Komt goed. Ik zet ook de nieuwe nummers erin. Lieke, klopt 06 1932 4471?
[04-03-2026 09:52] Lieke Winter: Ja 👍
[04-03-2026 10:15] Hoop Sanichar: Veiligheidsregio heeft afgeschaald. Einde inzet.
[04-03-2026 10:16] Joost: Dank allemaal, goed werk! Berichten in deze groep worden bewaard voor het logboek (Archiefwet).
[04-03-2026 10:30] Femke Oudejans: ‎Femke Oudejans heeft de groep verlaten
[04-03-2026 11:02] Sterre de Wit-Vos: Foto van de persconferentie: <Media weggelaten>
[04-03-2026 11:03] Sterre de Wit-Vos: Met dank aan de gemeente Venlo en burgemeester Scholten voor de gastvrijheid.
[04-03-2026 11:05] Mustafa Öztürk: ❤️"""
    lines = lines.replace("🙂", ":)").replace("😉", ";)").replace("😅", ":-)").replace("👍", "(duim)").replace("❤️", "<3").replace("💪", "(spierballen)")
    story = [P("WhatsApp-chat met Piketgroep Crisis BZK (export, txt), afgedrukt uit Kladblok", 9, "DV", color=colors.grey),
             Spacer(1, 6)]
    story.append(Preformatted(lines, st(8.6, "MONO", lead=11.2), maxLineLength=98))
    rl_doc(out, story, title="WhatsApp-chat met Piketgroep Crisis BZK.txt", creator="Kladblok - Microsoft Print to PDF")
    return {"R": [
        ("PERSON", "Hoop Sanichar", ["Hoop Sanichar", "Sanichar", "Hoop"]),
        ("PERSON", "Joost van Dijk-Ramautar", ["Joost van Dijk-Ramautar", "van Dijk-Ramautar", "Joost"]),
        ("PHONE", "+31 6 1932 4471", [("+31 6 1932 4471", False)]),
        ("PERSON", "Lieke Winter", ["Lieke Winter", "Winter", "Lieke"]),
        ("PERSON", "Mustafa Öztürk", ["Mustafa Öztürk", "Öztürk", "Mustafa"]),
        ("PERSON", "Sterre de Wit-Vos", ["Sterre de Wit-Vos", "de Wit-Vos", "Sterre"]),
        ("PHONE", "06 2219 8640", [("06 2219 8640", False)]),
        ("PERSON", "Ingrid Kowalska", ["Ingrid Kowalska", "Kowalska", "Ingrid"]),
        ("PERSON", "Yusuf", ["Yusuf"]),
        ("PHONE", "+31 6 5127 0398", [("+31 6 5127 0398", False)]), ("PHONE", "06 1932 4471", [("06 1932 4471", False)]),
        ("PERSON", "Femke Oudejans", ["Femke Oudejans", "Oudejans", "Femke"]),
    ], "K": [
        ("PRODUCT", "WhatsApp", ["WhatsApp"]), ("ORG", "Veiligheidsregio Limburg-Noord", ["Veiligheidsregio Limburg-Noord"]),
        ("ORG", "LOCC", ["LOCC"]), ("ORG", "IenW", ["IenW"]), ("ORG", "NCTV", ["NCTV"]), ("ORG", "BZK", ["BZK"]),
        ("OFFICIAL", "Burgemeester Scholten", ["Burgemeester Scholten", "Scholten"]),
        ("OFFICIAL", "commissaris van de Koning Roemer", ["commissaris van de Koning Roemer"]),
        ("ORG", "Rijkswaterstaat Zuid-Nederland", ["Rijkswaterstaat Zuid-Nederland"]),
        ("ORG", "Waterschap Limburg", ["Waterschap Limburg"]), ("LOC", "Venlo", ["Venlo"]), ("LOC", "Beesel", ["Beesel"]),
        ("LOC", "Den Haag", ["Den Haag"]), ("LOC", "Maas", ["Maas"]), ("MISC", "GRIP 2", ["GRIP 2"]),
        ("EMAIL_FUNC", "crisis@minbzk.nl", [("crisis@minbzk.nl", False)]), ("PRODUCT", "SharePoint", ["SharePoint"]),
        ("ROOM", "zaal Hofvijver", ["Hofvijver"]), ("LOC", "Turfmarkt 147", ["Turfmarkt 147"]),
        ("MISC", "<Media weggelaten>", ["Media weggelaten"]), ("PRODUCT", "LCMS", ["LCMS"]),
        ("LAW", "Archiefwet", ["Archiefwet"]), ("ORG", "DCC IenW", ["DCC IenW"]), ("FUNC", "persvoorlichters", ["persvoorlichters"]), ("FUNC", "piket-woordvoerder", ["piket-woordvoerder"]),
    ]}


# ------------------------------------------------------------------------------------------
@doc("an03_signal_groep_ict_storing")
def an03(out):
    msgs = [
        ("Chen Yu-Ting", "08:12", "Storing aan de Rijksportaal-koppeling, inloggen met de Rijkspas lukt niet op de 9e.", ""),
        ("Wietse Postma", "08:14", "Hier ook. TopDesk-melding gemaakt: M2603-0412.", "👍 Chen Yu-Ting"),
        ("Kofi", "08:15", "Bij DICTU Assen hebben ze het ook. Ik heb Nadia gebeld.", ""),
        ("Nadia Achahbar", "08:21", "Klopt, het ligt aan een certificaat op de proxy. Oplossing verwacht rond 10:00. Tot dan werken via het Rijksportaal op de iPad.", "❤ Wietse Postma, Kofi"),
        ("Wietse Postma", "08:30", "@Nadia Achahbar kun je het in de storingspagina zetten? Dan hoeven we niet alle 200 collega's te mailen.", ""),
        ("Nadia Achahbar", "08:31", "Staat erop. Vragen naar servicedesk@dictu.nl, niet naar mij persoonlijk graag 😊", "😂 2"),
        ("Kofi Mensah-Boateng", "09:47", "Opgelost! Met dank aan Piotr Zieliński van het netwerkteam.", "🎉 3"),
        ("sys", "Chen Yu-Ting heeft de groep verlaten."),
        ("sys", "Berichten verdwijnen na 4 weken. Ingesteld door Wietse Postma."),
    ]
    css = """
    body{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt}
    .top{background:#2c6bed;color:white;padding:8px 12px;font-size:12pt}
    .m{margin:8px 14px;padding:6px 10px;border-radius:10px;background:#e9e9e9;max-width:78%}
    .me{background:#d6e4ff;margin-left:auto}
    .w{font-size:8pt;font-weight:bold;color:#3a3a8a}.t{font-size:7.5pt;color:#777}
    .re{font-size:7.5pt;color:#444;margin-top:3px}
    .sys{text-align:center;color:#777;font-size:8pt;margin:10px}
    """
    body = ["<div class='top'>Signal &middot; Storingen werkplek DGOO (7 leden)</div>",
            "<div class='sys'>Dinsdag 3 maart 2026</div>"]
    for m in msgs:
        if m[0] == "sys":
            body.append(f"<div class='sys'>{m[1]}</div>")
            continue
        who, t, txt, re = m
        cls = "m me" if who == "Wietse Postma" else "m"
        re = re.replace("👍", "+1").replace("😂", "haha").replace("🎉", "feest")
        txt = txt.replace("😊", ":)")
        body.append(f"<div class='{cls}'><div class='w'>{esc(who)}</div><div>{esc(txt)}</div>"
                    f"<div class='t'>{t}</div>" + (f"<div class='re'>{esc(re)}</div>" if re else "") + "</div>")
    body.append("<p class='small'>Afgedrukt vanuit Signal Desktop door W. Postma voor het Woo-dossier, 5 maart 2026.</p>")
    fw.chromium_pdf(html_page("Signal - Storingen werkplek DGOO", "".join(body), css), out)
    return {"R": [
        ("PERSON", "Chen Yu-Ting", ["Chen Yu-Ting", "Yu-Ting"]),
        ("PERSON", "Wietse Postma", ["Wietse Postma", "Postma", "Wietse", "W. Postma"]),
        ("PERSON", "Kofi Mensah-Boateng", ["Kofi Mensah-Boateng", "Mensah-Boateng", "Kofi"]),
        ("PERSON", "Nadia Achahbar", ["Nadia Achahbar", "Achahbar", "Nadia"]),
        ("PERSON", "Piotr Zieliński", ["Piotr Zieliński", "Zieliński", "Piotr"]),
    ], "K": [
        ("PRODUCT", "Signal", ["Signal"]), ("PRODUCT", "Rijksportaal", ["Rijksportaal"]), ("PRODUCT", "Rijkspas", ["Rijkspas"]),
        ("PRODUCT", "TopDesk", ["TopDesk"]), ("ID", "M2603-0412", ["M2603-0412"]), ("ORG", "DICTU", ["DICTU"]),
        ("LOC", "Assen", ["Assen"]), ("EMAIL_FUNC", "servicedesk@dictu.nl", [("servicedesk@dictu.nl", False)]),
        ("ORG", "DGOO", ["DGOO"]), ("PRODUCT", "iPad", ["iPad"]), ("MISC", "netwerkteam", ["netwerkteam"]),
        ("PRODUCT", "Signal Desktop", ["Signal Desktop"]), ("MISC", "Woo-dossier", ["Woo-dossier"]),
        ("MISC", "proxy", ["proxy"]), ("MISC", "storingspagina", ["storingspagina"]), ("MISC", "certificaat", ["certificaat"]),
    ]}


# ------------------------------------------------------------------------------------------
@doc("an04_outlook_uitnodiging_bestuurlijk_overleg")
def an04(out):
    req = ["Ouali, Fatima (DGOO)", "Vries-Hamstra, Jeroen de (DGDOO)", "Yılmaz, Deniz (DG-BK)",
           "Tesfaye, Senait (DGOO/DAO)", "Kok, Maarten (FEZ)", "Huang, Mei-Lin (WJZ)"]
    opt = ["Groningen, Tjeerd (DGOO)", "Sewdien-Pinas, Ashwin (Communicatie)", "Nowak, Agnieszka (DGDOO)"]
    css = """
    h1{font-size:15pt;margin:0 0 4px 0}
    table.f td{padding:2px 10px 2px 0;font-size:9.5pt} table.f td.k{color:#555;width:140px}
    .join{border-top:1px dashed #999;margin-top:14px;padding-top:8px;font-size:9pt}
    .btn{display:inline-block;border:1px solid #6264a7;color:#6264a7;padding:2px 8px;margin-right:6px;font-size:8.5pt}
    """
    body = f"""
    <div class='small'>Outlook &ndash; Agenda-item afdrukken (Memostijl)</div>
    <h1>Bestuurlijk overleg Woo-uitvoering gemeenten (G4 + VNG)</h1>
    <div><span class='btn'>Accepted</span><span class='btn'>Tentative</span><span class='btn'>Decline</span><span class='btn'>Propose New Time</span></div>
    <table class='f'>
    <tr><td class='k'>Organisator:</td><td>Hoekstra, Wytse (DGOO) &lt;wytse.hoekstra@minbzk.nl&gt;</td></tr>
    <tr><td class='k'>Verzonden namens:</td><td>Secretariaat DGOO &lt;secretariaat.dgoo@minbzk.nl&gt;</td></tr>
    <tr><td class='k'>Begin:</td><td>donderdag 12 maart 2026 14:00</td></tr>
    <tr><td class='k'>Einde:</td><td>donderdag 12 maart 2026 15:30</td></tr>
    <tr><td class='k'>Locatie:</td><td>Turfmarkt 147, vergaderzaal 12.41 &lsquo;Hofvijver&rsquo;; Microsoft Teams-vergadering</td></tr>
    <tr><td class='k'>Terugkeerpatroon:</td><td>(geen)</td></tr>
    <tr><td class='k'>Vergaderstatus:</td><td>Accepted</td></tr>
    <tr><td class='k'>Verplichte deelnemers:</td><td>{'; '.join(esc(r) for r in req)}</td></tr>
    <tr><td class='k'>Optionele deelnemers:</td><td>{'; '.join(esc(o) for o in opt)}</td></tr>
    <tr><td class='k'>Resources:</td><td>BZK-TM147-12.41 Hofvijver (16 pers.); BZK-TM147-Beamer-07</td></tr>
    </table>
    <p>Beste allen,</p>
    <p>Graag nodig ik jullie uit voor het bestuurlijk overleg over de uitvoering van de Woo bij gemeenten. Namens de G4 sluiten aan:
    burgemeester Halsema (Amsterdam, voorzitter G4-overleg Woo), wethouder Meliani (Amsterdam) en ambtelijk de heer
    Rachid Bouzidi (gemeente Rotterdam). Namens de VNG: Lotte Zomer-Çelik (senior adviseur informatiebeleid).</p>
    <p>Agenda: (1) stand van zaken Woo-index en actieve openbaarmaking, (2) capaciteit en termijnen, (3) programma Open Overheid 2026.
    Fatima verzorgt het eerste agendapunt, Jeroen het tweede. De stukken staan vanaf maandag in de Teams-omgeving
    <i>BO Woo gemeenten</i>.</p>
    <p>Met vriendelijke groet,<br>Wytse Hoekstra<br>programmamanager Open Overheid<br>M 06-31 88 02 47</p>
    <div class='join'><b>Microsoft Teams Need help?</b><br>Join the meeting now<br>Meeting ID: 371 552 804 196<br>Passcode: Xa7bQ2<br>
    Dial in by phone: +31 20 703 8546,,928455103# Netherlands, Amsterdam<br>
    <span class='small'>For organizers: Meeting options | Reset dial-in PIN</span></div>
    """
    fw.chromium_pdf(html_page("Bestuurlijk overleg Woo-uitvoering gemeenten - Vergadering", body, css), out)
    names = [("Fatima Ouali", ["Ouali, Fatima", "Ouali", "Fatima"]),
             ("Jeroen de Vries-Hamstra", ["Vries-Hamstra, Jeroen de", "Vries-Hamstra", "Jeroen"]),
             ("Deniz Yılmaz", ["Yılmaz, Deniz", "Yılmaz"]), ("Senait Tesfaye", ["Tesfaye, Senait", "Tesfaye"]),
             ("Maarten Kok", ["Kok, Maarten", "Kok"]), ("Mei-Lin Huang", ["Huang, Mei-Lin", "Huang"]),
             ("Tjeerd Groningen", ["Groningen, Tjeerd"]), ("Ashwin Sewdien-Pinas", ["Sewdien-Pinas, Ashwin", "Sewdien-Pinas"]),
             ("Agnieszka Nowak", ["Nowak, Agnieszka", "Nowak"]),
             ("Wytse Hoekstra", ["Hoekstra, Wytse", "Wytse Hoekstra", "Hoekstra", ("wytse.hoekstra@minbzk.nl", False)]),
             ("Rachid Bouzidi", ["Rachid Bouzidi", "Bouzidi"]), ("Lotte Zomer-Çelik", ["Lotte Zomer-Çelik", "Zomer-Çelik"])]
    return {"R": [("PERSON", n, p) for n, p in names] + [
        ("PHONE", "06-31 88 02 47", [("06-31 88 02 47", False)])], "K": [
        ("EMAIL_FUNC", "secretariaat.dgoo@minbzk.nl", [("secretariaat.dgoo@minbzk.nl", False)]),
        ("OFFICIAL", "burgemeester Halsema", ["burgemeester Halsema"]), ("OFFICIAL", "wethouder Meliani", ["wethouder Meliani"]),
        ("ORG", "VNG", ["VNG"]), ("ORG", "G4", ["G4"]), ("ORG", "DGOO", ["DGOO"]), ("ORG", "DGDOO", ["DGDOO"]),
        ("ORG", "DG-BK", ["DG-BK"]), ("ORG", "FEZ", ["FEZ"]), ("ORG", "WJZ", ["WJZ"]), ("ORG", "Communicatie", ["Communicatie"]),
        ("ROOM", "12.41 Hofvijver", ["12.41", "Hofvijver"]), ("LOC", "Turfmarkt 147", ["Turfmarkt 147"]),
        ("PRODUCT", "Microsoft Teams", ["Microsoft Teams"]), ("UI", "Accepted", ["Accepted"]), ("UI", "Tentative", ["Tentative"]),
        ("UI", "Join the meeting now", ["Join the meeting now"]), ("UI", "Meeting ID", ["Meeting ID"]),
        ("PROG", "Open Overheid", ["Open Overheid"]), ("PROG", "Woo-index", ["Woo-index"]),
        ("FUNC", "programmamanager", ["programmamanager"]), ("FUNC", "senior adviseur informatiebeleid", ["senior adviseur informatiebeleid"]),
        ("LOC", "Amsterdam", ["Amsterdam"]), ("ORG", "gemeente Rotterdam", ["gemeente Rotterdam"]),
        ("PHONE_FUNC", "+31 20 703 8546", [("+31 20 703 8546", False)]),
    ]}


# ------------------------------------------------------------------------------------------
@doc("an05_agenda_weekoverzicht_directeur")
def an05(out):
    days = ["ma 9 mrt", "di 10 mrt", "wo 11 mrt", "do 12 mrt", "vr 13 mrt"]
    slots = ["08:30", "09:30", "10:30", "11:30", "12:30", "13:30", "14:30", "15:30", "16:30"]
    cal = {
        (0, 0): "Bila Senait T. (vast)", (0, 2): "MT DGOO\nzaal 12.41 Hofvijver", (0, 5): "Voorbereiding BO Woo\nmet Fatima en Jeroen",
        (1, 1): "Bila Maarten Kok (FEZ)", (1, 3): "Lunch Storm/Roos\n(Grand Café Turfmarkt)", (1, 6): "Tandarts (privé)\nniet inplannen",
        (2, 0): "Regie-overleg Logius\nTeams", (2, 4): "Sollicitatiegesprek\nkandidaat Van Thanh Tran", (2, 7): "Kinderen ophalen (privé)",
        (3, 1): "Werkbezoek Rijksvastgoedbedrijf\nRijnstraat 50", (3, 5): "Bestuurlijk overleg Woo\nburgemeester Halsema",
        (4, 0): "Thuiswerken", (4, 2): "Coaching H. Ghebremichael", (4, 6): "Borrel afscheid Agnieszka Nowak\nAtrium",
    }
    rows = [["", *days]]
    for si, s in enumerate(slots):
        rows.append([s] + [cal.get((d, si), "").replace("\n", "<br/>") for d in range(5)])
    story = [P("<b>Agenda Winter, Ellen (DGOO/DAO) &ndash; werkweek 11 (9 t/m 13 maart 2026)</b>", 12, "CALB"),
             P("Afgedrukt uit Outlook door secretariaat DAO &middot; Weergave: Werkweek &middot; Tijdzone (UTC+01:00) Amsterdam", 8, "CAL", color=colors.grey),
             Spacer(1, 5),
             table(rows, [18 * mm] + [50 * mm] * 5, size=8, font="CAL", head_font="CALB",
                   style=[("BACKGROUND", (1, 1), (-1, -1), colors.HexColor("#f6f9fd"))]),
             Spacer(1, 5),
             P("Vervanging bij afwezigheid: Senait Tesfaye (plv. directeur), 06-53 71 20 84. Secretariaat: 070 426 6426 (algemeen nummer BZK) "
               "of secretariaat.dao@minbzk.nl.", 8.5, "CAL")]
    rl_doc(out, story, pagesize=A4L, margins=(12, 12, 12, 12), title="Agenda - werkweek 11", author="Ellen Winter",
           creator="Microsoft Outlook")
    return {"R": [
        ("PERSON", "Ellen Winter", ["Winter, Ellen", "Winter"]),
        ("PERSON", "Senait Tesfaye", ["Senait T.", "Senait Tesfaye", "Senait", "Tesfaye"]),
        ("PERSON", "Fatima", ["Fatima"]), ("PERSON", "Jeroen", ["Jeroen"]),
        ("PERSON", "Maarten Kok", ["Maarten Kok", "Kok"]), ("PERSON", "Storm", ["Storm"]), ("PERSON", "Roos", ["Roos"]),
        ("PERSON", "Van Thanh Tran", ["Van Thanh Tran", "Thanh Tran"]),
        ("PERSON", "H. Ghebremichael", ["H. Ghebremichael", "Ghebremichael"]),
        ("PERSON", "Agnieszka Nowak", ["Agnieszka Nowak", "Nowak"]),
        ("PHONE", "06-53 71 20 84", [("06-53 71 20 84", False)]),
    ], "K": [
        ("ORG", "DGOO", ["DGOO"]), ("ORG", "DAO", ["DAO"]), ("ORG", "FEZ", ["FEZ"]), ("ORG", "Logius", ["Logius"]),
        ("ORG", "Rijksvastgoedbedrijf", ["Rijksvastgoedbedrijf"]), ("LOC", "Rijnstraat 50", ["Rijnstraat 50"]),
        ("ROOM", "Hofvijver", ["Hofvijver"]), ("ROOM", "Atrium", ["Atrium"]), ("LOC", "Grand Café Turfmarkt", ["Grand Café Turfmarkt"]),
        ("OFFICIAL", "burgemeester Halsema", ["burgemeester Halsema"]), ("PRODUCT", "Outlook", ["Outlook"]),
        ("PRODUCT", "Teams", ["Teams"]), ("PHONE_FUNC", "070 426 6426", [("070 426 6426", False)]),
        ("EMAIL_FUNC", "secretariaat.dao@minbzk.nl", [("secretariaat.dao@minbzk.nl", False)]),
        ("FUNC", "plv. directeur", ["plv. directeur"]), ("MISC", "Werkweek", ["Werkweek"]), ("LOC", "Amsterdam", ["Amsterdam"]),
        ("MISC", "Sollicitatiegesprek", ["Sollicitatiegesprek"]),
    ]}


# ------------------------------------------------------------------------------------------
@doc("an06_doorgestuurde_mailketen_zienswijze")
def an06(out):
    from reportlab.platypus import Preformatted
    txt = """Onderwerp: Fwd: RE: Zienswijze derde-belanghebbende Woo-verzoek 2026-0117
Van: Tjitske Hoekstra <t.hoekstra@minbzk.nl>
Datum: 05-03-2026 16:02
Aan: Woo-loket BZK <woo@minbzk.nl>
CC: Ingrid Kowalska <i.kowalska@minbzk.nl>, Roos Bakker <roos.bakker@minbzk.nl>

Ter archivering in het Woo-dossier. Zie onderaan de reactie van de leverancier.

Tjitske

-------- Doorgestuurd bericht --------
Onderwerp: RE: Zienswijze derde-belanghebbende Woo-verzoek 2026-0117
Datum: Thu, 5 Mar 2026 14:47:19 +0000
Van: Kowalska, Ingrid <i.kowalska@minbzk.nl>
Aan: Hoekstra, Tjitske <t.hoekstra@minbzk.nl>

Hoi Tjitske,

Ik ben vanaf maandag bij DGDOO, dus ik draag dit aan je over. De leverancier
heeft op tijd gereageerd (zie hieronder). Hun jurist, mr. Daan Kuipers, wil
graag nog even bellen: 020-794 3318 (direct).

Groet, Ingrid

Op di 3 mrt. 2026 om 10:12 schreef Daan Kuipers <d.kuipers@grachtzijde-advocaten.nl>:
> Geachte mevrouw Kowalska,
>
> Namens TechnoRent Nederland B.V. maak ik bezwaar tegen openbaarmaking van
> bijlage 4 (prijsopbouw) en de namen van onze accountmanagers, de heer
> Emre Aydın en mevrouw Jasmijn Storm. Zij hebben geen publieke functie.
>
> Met vriendelijke groet,
> mr. D.J. Kuipers
> Grachtzijde Advocaten, Keizersgracht 311, 1016 EE Amsterdam
>
> Op ma 2 mrt. 2026 om 17:30 schreef Kowalska, Ingrid <i.kowalska@minbzk.nl>:
>> Geachte heer Kuipers,
>>
>> Op grond van artikel 4.4 van de Woo stel ik u in de gelegenheid een
>> zienswijze te geven. De stukken (8 documenten) zijn bijgevoegd. Bent u
>> het niet eens met openbaarmaking, laat het ons dan vóór 16 maart weten.
>>
>> Met vriendelijke groet,
>> Ingrid Kowalska
>> jurist Woo | Directie Wetgeving en Juridische Zaken
>> Ministerie van Binnenlandse Zaken en Koninkrijksrelaties
>> T 070 426 6426 (algemeen) | M 06-29 11 74 35
>>
>>> -----Oorspronkelijk bericht-----
>>> Van: Bakker, Roos <roos.bakker@minbzk.nl>
>>> Verzonden: maandag 2 maart 2026 09:44
>>> Aan: Kowalska, Ingrid <i.kowalska@minbzk.nl>
>>> Onderwerp: adres leverancier
>>>
>>> Ingrid, het contact bij TechnoRent is Jasmijn Storm,
>>> j.storm@technorent.nl, 06-14 55 82 90. Hun advocaat staat in de offerte.
>>> Roos
>>>
>>> Dit bericht kan informatie bevatten die niet voor u is bestemd. Indien u
>>> niet de geadresseerde bent of dit bericht abusievelijk aan u is
>>> toegezonden, wordt u verzocht dat aan de afzender te melden en het
>>> bericht te verwijderen. De Staat aanvaardt geen aansprakelijkheid voor
>>> schade, van welke aard ook, die verband houdt met risico's verbonden aan
>>> het elektronisch verzenden van berichten."""
    story = [Preformatted(txt, st(8.8, "MONO", lead=11.6), maxLineLength=96)]

    def foot(c, d):
        c.setFont("DV", 7)
        c.drawString(18 * mm, 10 * mm, "Thunderbird - Fwd: RE: Zienswijze derde-belanghebbende Woo-verzoek 2026-0117")
        c.drawRightString(192 * mm, 10 * mm, f"Pagina {d.page}")
    rl_doc(out, story, title="Fwd: RE: Zienswijze derde-belanghebbende Woo-verzoek 2026-0117", author="t.hoekstra",
           creator="Mozilla Thunderbird", onpage=foot)
    return {"R": [
        ("PERSON", "Tjitske Hoekstra", ["Tjitske Hoekstra", "Hoekstra, Tjitske", "Tjitske", "Hoekstra", ("t.hoekstra@minbzk.nl", False)]),
        ("PERSON", "Ingrid Kowalska", ["Ingrid Kowalska", "Kowalska, Ingrid", "Kowalska", "Ingrid", ("i.kowalska@minbzk.nl", False)]),
        ("PERSON", "Roos Bakker", ["Roos Bakker", "Bakker, Roos", "Roos", ("roos.bakker@minbzk.nl", False)]),
        ("PERSON", "Daan Kuipers", ["Daan Kuipers", "D.J. Kuipers", "Kuipers", ("d.kuipers@grachtzijde-advocaten.nl", False)]),
        ("PHONE", "020-794 3318", [("020-794 3318", False)]),
        ("PERSON", "Emre Aydın", ["Emre Aydın", "Aydın"]),
        ("PERSON", "Jasmijn Storm", ["Jasmijn Storm", "Jasmijn", ("j.storm@technorent.nl", False)]),
        ("PHONE", "06-29 11 74 35", [("06-29 11 74 35", False)]),
        ("PHONE", "06-14 55 82 90", [("06-14 55 82 90", False)]),
    ], "K": [
        ("EMAIL_FUNC", "woo@minbzk.nl", [("woo@minbzk.nl", False)]), ("ORG", "Woo-loket BZK", ["Woo-loket BZK"]),
        ("ORG", "DGDOO", ["DGDOO"]), ("ORG", "TechnoRent Nederland B.V.", ["TechnoRent Nederland B.V."]),
        ("ORG", "Grachtzijde Advocaten", ["Grachtzijde Advocaten"]), ("LOC", "Keizersgracht 311", ["Keizersgracht 311"]),
        ("LOC", "Amsterdam", ["Amsterdam"]), ("LAW", "artikel 4.4 van de Woo", ["artikel 4.4 van de Woo"]),
        ("ORG", "Directie Wetgeving en Juridische Zaken", ["Directie Wetgeving en Juridische Zaken"]),
        ("ORG", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", ["Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"]),
        ("PHONE_FUNC", "070 426 6426", [("070 426 6426", False)]), ("FUNC", "jurist Woo", ["jurist Woo"]),
        ("UI", "Doorgestuurd bericht", ["Doorgestuurd bericht"]), ("UI", "Oorspronkelijk bericht", ["Oorspronkelijk bericht"]),
        ("FUNC", "accountmanagers", ["accountmanagers"]), ("ORG", "De Staat", ["De Staat"]),
        ("PRODUCT", "Thunderbird", ["Thunderbird"]), ("ID", "2026-0117", ["2026-0117"]),
    ]}


# ------------------------------------------------------------------------------------------
@doc("an07_english_mail_chain_eu_interoperability")
def an07(out):
    css = """
    .hd{border-bottom:2px solid #444;margin-bottom:6px;font-size:9pt}
    .msg{border-top:1px solid #ccc;padding-top:6px;margin-top:8px}
    .fr{font-weight:bold}.dt{float:right;color:#666;font-size:8.5pt}
    .to{color:#555;font-size:8.5pt}
    blockquote{border-left:2px solid #ccc;margin:6px 0 6px 4px;padding-left:8px;color:#444}
    """
    body = """
    <div class='hd'><b>Gmail</b> &nbsp; Sky Winter &lt;skywinter.nl@gmail.com&gt;</div>
    <h2 style='font-size:13pt;margin:4px 0'>Fwd: Interoperable Europe Act &ndash; national contact points</h2>
    <div class='small'>3 messages</div>
    <div class='msg'><span class='fr'>Sky Winter</span> &lt;skywinter.nl@gmail.com&gt;<span class='dt'>Wed, Mar 4, 2026 at 7:58 PM</span>
    <div class='to'>To: Mei-Lin Huang &lt;meilin.huang@minbzk.nl&gt;</div>
    <p>Forwarding to my work colleague as discussed &ndash; I accidentally got this on my private address. Please Reply all from your BZK account.</p>
    <p>---------- Forwarded message ---------<br>From: <b>Wojciech Kamiński</b> &lt;wojciech.kaminski@ec.europa.eu&gt;<br>
    Date: Wed, 4 Mar 2026 at 16:21<br>Subject: RE: Interoperable Europe Act &ndash; national contact points<br>
    To: Sky Winter &lt;skywinter.nl@gmail.com&gt;<br>Cc: Thi Lan Pham &lt;thi-lan.pham@ec.europa.eu&gt;, DIGIT-INTEROPERABILITY &lt;DIGIT-INTEROPERABLE-EUROPE@ec.europa.eu&gt;</p>
    <p>Dear Sky,</p>
    <p>Thank you for confirming. For the Interoperable Europe Board we still need the name of the Dutch alternate member.
    Could Ms Huang or Mr Ghebremichael be nominated? The Board meets in Brussels on 24 March (Berlaymont, room S3).</p>
    <p>Kind regards,<br>Wojciech Kamiński<br>Policy Officer, DG DIGIT, Unit B.2 Interoperability<br>European Commission<br>Tel. +32 2 298 41 77</p>
    <blockquote>On Tue, 3 Mar 2026 at 11:05, Sky Winter &lt;skywinter.nl@gmail.com&gt; wrote:<br>
    Dear Mr Kamiński, dear Wojciech,<br>The Netherlands confirms the Ministry of the Interior and Kingdom Relations (BZK) as national
    competent authority under the Interoperable Europe Act. The national contact point will be the functional mailbox
    interoperabiliteit@minbzk.nl. I will be on leave until 16 March; my colleague Mei-Lin Huang will take over.<br>
    Best, Sky<br>
    <blockquote>On Mon, 2 Mar 2026 at 09:40, Thi Lan Pham &lt;thi-lan.pham@ec.europa.eu&gt; wrote:<br>
    Dear colleagues, as a reminder: Member States are asked to notify their competent authorities by 31 March 2026 via EU Survey.
    Questions can be sent to DIGIT-INTEROPERABLE-EUROPE@ec.europa.eu.<br>Thi Lan</blockquote></blockquote></div>
    <div class='msg'><span class='fr'>Mei-Lin Huang</span> &lt;meilin.huang@minbzk.nl&gt;<span class='dt'>Thu, Mar 5, 2026 at 9:12 AM</span>
    <div class='to'>To: Sky Winter, Wojciech Kamiński; Cc: Habtom Ghebremichael &lt;h.ghebremichael@minbzk.nl&gt;</div>
    <p>Thanks Sky. Wojciech: we will propose Habtom as alternate member after consultation with the Permanent Representation (PV EU).
    The Minister does not need to sign the nomination. I'm reachable at +31 6 4120 9953.</p></div>
    <div class='msg'><span class='fr'>Wojciech Kamiński</span><span class='dt'>Thu, Mar 5, 2026 at 10:30 AM</span>
    <p>Noted, thank you both. Accepted for the Board list.</p></div>
    """
    fw.chromium_pdf(html_page("Gmail - Fwd: Interoperable Europe Act - national contact points", body, css), out)
    return {"R": [
        ("PERSON", "Sky Winter", ["Sky Winter", "Sky", "Winter", ("skywinter.nl@gmail.com", False)]),
        ("PERSON", "Mei-Lin Huang", ["Mei-Lin Huang", "Mei-Lin", "Huang", ("meilin.huang@minbzk.nl", False)]),
        ("PERSON", "Wojciech Kamiński", ["Wojciech Kamiński", "Kamiński", "Wojciech", ("wojciech.kaminski@ec.europa.eu", False)]),
        ("PERSON", "Thi Lan Pham", ["Thi Lan Pham", "Thi Lan", "Pham", ("thi-lan.pham@ec.europa.eu", False)]),
        ("PERSON", "Habtom Ghebremichael", ["Habtom Ghebremichael", "Ghebremichael", "Habtom", ("h.ghebremichael@minbzk.nl", False)]),
        ("PHONE", "+32 2 298 41 77", [("+32 2 298 41 77", False)]), ("PHONE", "+31 6 4120 9953", [("+31 6 4120 9953", False)]),
    ], "K": [
        ("LAW", "Interoperable Europe Act", ["Interoperable Europe Act"]), ("ORG", "Interoperable Europe Board", ["Interoperable Europe Board"]),
        ("ORG", "European Commission", ["European Commission"]), ("ORG", "DG DIGIT", ["DG DIGIT"]),
        ("EMAIL_FUNC", "DIGIT-INTEROPERABLE-EUROPE@ec.europa.eu", [("DIGIT-INTEROPERABLE-EUROPE@ec.europa.eu", False)]),
        ("EMAIL_FUNC", "interoperabiliteit@minbzk.nl", [("interoperabiliteit@minbzk.nl", False)]),
        ("ORG", "Ministry of the Interior and Kingdom Relations", ["Ministry of the Interior and Kingdom Relations"]),
        ("ORG", "BZK", ["BZK"]), ("LOC", "Brussels", ["Brussels"]), ("LOC", "Berlaymont", ["Berlaymont"]),
        ("ORG", "PV EU", ["PV EU"]), ("ORG", "Permanent Representation", ["Permanent Representation"]),
        ("UI", "Forwarded message", ["Forwarded message"]), ("UI", "Reply all", ["Reply all"]), ("UI", "wrote:", [("wrote:", False)]),
        ("PRODUCT", "Gmail", ["Gmail"]), ("PRODUCT", "EU Survey", ["EU Survey"]), ("FUNC", "Policy Officer", ["Policy Officer"]),
        ("LOC", "The Netherlands", ["The Netherlands"]), ("MISC", "Accepted", ["Accepted"]),
    ]}


# ------------------------------------------------------------------------------------------
def _xlsx_to_pdf(wb, out, stem):
    src = fw.WORK / f"{stem}.xlsx"
    wb.save(src)
    fw.soffice_pdf(src, out)


@doc("an08_excel_deelnemerslijst_werksessie")
def an08(out):
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment
    wb = Workbook()
    ws = wb.active
    ws.title = "Deelnemers"
    ws.append(["Werksessie 'Woo in de praktijk' - Digicampus, Utrecht - 18 maart 2026", None, None, None, None, None, None, None])
    ws["A1"].font = Font(bold=True, size=12)
    hdr = ["Nr", "Achternaam", "Voornaam", "Organisatie", "Functie", "E-mail", "Telefoon", "Dieet/opm.", "Aanw."]
    ws.append(hdr)
    rows = [
        (1, "Dijkstra", "Auke", "Provincie Fryslân", "adviseur informatiebeheer", "a.dijkstra@fryslan.frl", "058-292 5871", "", "ja"),
        (2, "Ramdin", "Priya", "Gemeente Almere", "Woo-contactpersoon", "p.ramdin@almere.nl", "06-81 44 29 07", "vegetarisch", "ja"),
        (3, "van den Broek-Tahiri", "Samira", "Logius", "productmanager Woo-index", "samira.vandenbroek@logius.nl", "06-30 17 66 52", "", "ja"),
        (4, "Isenia", "Giovanni", "Ministerie van VWS", "senior jurist informatieverzoeken", "g.isenia@minvws.nl", "070-340 61 18", "halal", "nee"),
        (5, "Vos", "Merel", "Gemeente Groningen", "teamleider DIV en archief", "merel.vos@groningen.nl", "050-367 0422", "", "ja"),
        (6, "Trần", "Quốc Bảo", "Rijksdienst voor Ondernemend Nederland", "informatiespecialist", "quocbao.tran@rvo.nl", "06-27 90 13 48", "glutenvrij", "ja"),
        (7, "Çelik", "Hatice", "UWV", "privacy officer", "hatice.celik@uwv.nl", "06-48 02 36 71", "", "ja"),
        (8, "Kartosen-Wongsodikromo", "Rinaldo", "Gemeente Rotterdam", "coördinator Woo-verzoeken", "r.kartosen@rotterdam.nl", "010-267 3319", "notenallergie (ernstig)", "ja"),
        (9, "Haile", "Yonas", "BZK (organisator)", "beleidsmedewerker Open Overheid", "yonas.haile@minbzk.nl", "06-15 72 48 36", "", "org"),
    ]
    for r in rows:
        ws.append(list(r))
    ws.append([])
    ws.append(["Contact dag zelf: Digicampus-receptie 030-711 2200 of openoverheid@minbzk.nl. Parkeren: P+R Papendorp."])
    widths = [4, 14, 10, 20, 18, 22, 13, 11, 6]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    for c in ws[2]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    for row in ws.iter_rows(min_row=3, max_row=11):
        for c in row:
            c.font = Font(size=9)
        row[7].font = Font(size=6, color="808080")  # hidden-looking small grey remarks
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.print_options.gridLines = True
    ws.oddFooter.center.text = "&A - pagina &P van &N"
    ws.oddHeader.right.text = "Deelnemerslijst (intern)"
    _xlsx_to_pdf(wb, out, out.stem)
    R = []
    for r in rows:
        R.append(("PERSON", f"{r[2]} {r[1]}", [r[1], r[2], (r[5], False)]))
        R.append(("PHONE", r[6], [(r[6], False)]))
    # Calc clips text in a cell whose right neighbour is filled: only the visible fragment is in the PDF
    R += [("PERSON", "Samira van den Broek-Tahiri (cut off)", [("van den Broek-Ta", False), ("samira.vandenbroek@logiu", False)]),
          ("PERSON", "Rinaldo Kartosen-Wongsodikromo (cut off)", [("Kartosen-Wongso", False), ("r.kartosen@rotterdam.nl", False)])]
    return {"R": R, "K": [
        ("ORG", "Provincie Fryslân", ["Provincie Fryslân"]), ("ORG", "Gemeente Almere", ["Gemeente Almere"]), ("ORG", "Logius", ["Logius"]),
        ("ORG", "Ministerie van VWS", ["Ministerie van VWS"]), ("ORG", "Gemeente Groningen", ["Gemeente Groningen"]),
        ("ORG", "Rijksdienst voor Ondernemend Nederland", ["Rijksdienst voor Ondernemend Nederland"]), ("ORG", "UWV", ["UWV"]),
        ("ORG", "Gemeente Rotterdam", ["Gemeente Rotterdam"]), ("ORG", "BZK", ["BZK"]), ("LOC", "Digicampus", ["Digicampus"]),
        ("LOC", "Utrecht", ["Utrecht"]), ("LOC", "P+R Papendorp", ["Papendorp"]),
        ("EMAIL_FUNC", "openoverheid@minbzk.nl", [("openoverheid@minbzk.nl", False)]), ("PHONE_FUNC", "030-711 2200", [("030-711 2200", False)]),
        ("FUNC", "adviseur informatiebeheer", ["adviseur informatiebeheer"]), ("FUNC", "privacy officer", ["privacy officer"]),
        ("FUNC", "informatiespecialist", ["informatiespecialist"]), ("PROG", "Woo in de praktijk", ["Woo in de praktijk"]),
        ("MISC", "Deelnemers", ["Deelnemers"]), ("MISC", "vegetarisch", ["vegetarisch"]),
    ]}


# ------------------------------------------------------------------------------------------
@doc("an09_excel_verlofplanning_q2")
def an09(out):
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment
    wb = Workbook()
    ws = wb.active
    ws.title = "Verlof Q2"
    weeks = [f"wk {w}" for w in range(14, 27)]
    ws.append(["Verlofplanning team Woo-coördinatie DGOO - Q2 2026 (V = verlof, C = cursus, Z = zorgverlof, T = thuis)"])
    ws["A1"].font = Font(bold=True, size=11)
    ws.append(["Init.", "Naam", "Uren"] + weeks)
    team = [
        ("RBA", "Roos Bakker", 36, {2: "V", 3: "V", 9: "C"}),
        ("SEA", "Storm El Amrani", 32, {5: "V", 6: "V", 7: "V"}),
        ("THO", "Tjitske Hoekstra", 36, {0: "V", 11: "V", 12: "V"}),
        ("BNG", "Bo Nguyen", 24, {4: "Z", 5: "Z", 6: "Z", 7: "Z"}),
        ("HSA", "Hoop Sanichar", 36, {8: "V", 9: "V"}),
        ("WPO", "Wietse Postma", 36, {1: "T", 10: "V", 11: "V", 12: "V"}),
        ("MvdB", "Marloes van der Berg-Zomer", 28, {3: "C", 4: "V"}),
        ("KJA", "Kevin Janga", 36, {6: "V", 7: "V", 8: "V"}),
    ]
    for ini, name, h, marks in team:
        ws.append([ini, name, h] + [marks.get(i, "") for i in range(13)])
    ws.append([])
    ws.append(["Bezetting min. 4 per week. Afstemming via teamleider; vragen aan P&O-advies of via YouForce. BNG: zorgverlof i.v.m. mantelzorg (vertrouwelijk)."])
    ws.append(["Laatst bijgewerkt: 27-02-2026 door THO"])
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 12  # cut-off names
    ws.column_dimensions["C"].width = 5
    for i in range(13):
        ws.column_dimensions[chr(68 + i)].width = 6
    fill = {"V": "C6EFCE", "C": "FFEB9C", "Z": "FFC7CE", "T": "DDEBF7"}
    for row in ws.iter_rows(min_row=3, max_row=10):
        for c in row[3:]:
            if c.value in fill:
                c.fill = PatternFill("solid", fgColor=fill[c.value])
                c.alignment = Alignment(horizontal="center")
    for c in ws[2]:
        c.font = Font(bold=True, size=9)
    ws.page_setup.orientation = "landscape"
    ws.print_options.gridLines = True
    ws.oddFooter.left.text = "&F"
    _xlsx_to_pdf(wb, out, out.stem)
    R = []
    for ini, name, h, m in team:
        parts = name.split(" ", 1)
        R.append(("PERSON", name, [ini, name, parts[1] if parts[0] != "Marloes" else "van der Berg-Zomer"]))
    R += [("PERSON", "Storm El Amrani (cut off)", [("Storm El Amran", False)]),
          ("PERSON", "Tjitske Hoekstra (cut off)", [("Tjitske Hoekstr", False)]),
          ("PERSON", "Marloes van der Berg-Zomer (cut off)", ["Marloes"])]
    return {"R": R, "K": [
        ("ORG", "DGOO", ["DGOO"]), ("ORG", "Woo-coördinatie", ["Woo-coördinatie"]), ("ORG", "P&O-advies", ["P&O-advies"]),
        ("PRODUCT", "YouForce", ["YouForce"]), ("FUNC", "teamleider", ["teamleider"]), ("MISC", "Verlofplanning", ["Verlofplanning"]),
        ("MISC", "wk 14", ["wk 14"]), ("MISC", "wk 26", ["wk 26"]), ("MISC", "Bezetting", ["Bezetting"]), ("MISC", "Q2 2026", ["Q2 2026"]),
        ("MISC", "zorgverlof", ["zorgverlof"]), ("MISC", "Verlof Q2", ["Verlof Q2"]),
        ("MISC", "cursus", ["cursus"]), ("MISC", "Uren", ["Uren"]), ("MISC", "Laatst bijgewerkt", ["Laatst bijgewerkt"]),
    ]}


# ------------------------------------------------------------------------------------------
@doc("an10_powerpoint_notities_sprintreview")
def an10(out):
    sys.path.append(str(Path(__import__("os").environ.get("PYPTX_PATH", "/tmp/an_pkgs"))))
    from pptx import Presentation
    from pptx.util import Pt
    prs = Presentation()
    slides = [
        ("Sprintreview Woo-platform – sprint 26.05",
         ["Team Publicatie & Index · 4 maart 2026", "Product owner: zie notities"],
         "Welkom door Lente Hylkema (product owner). Storm is ziek, Bo Nguyen presenteert de demo in plaats van hem. "
         "Vergeet niet de opname in Teams te starten. Sterre de Wit-Vos van Communicatie kijkt mee."),
        ("Wat hebben we opgeleverd?",
         ["Koppeling Woo-index met open.overheid.nl (DiWoo 0.9.8)", "Inventarislijst-import uit Excel", "Bugfix: metadata-veld 'auteur' werd meegepubliceerd (JIRA WOO-1432)"],
         "Bij de bugfix: dit kwam aan het licht door een melding van Dennis Cijntje (Logius). In drie gepubliceerde besluiten stond "
         "de naam van de behandelaar in de PDF-metadata. Piotr heeft de fix gebouwd; Mei-Lin Huang (WJZ) heeft beoordeeld of "
         "een datalek-melding nodig was: nee."),
        ("Volgende sprint",
         ["Zoeken op documentsoort", "Toegankelijkheid (WCAG 2.2) – audit door Digitoegankelijk", "Demo aan stuurgroep op 1 april"],
         "Stuurgroep: voorzitter is de DG, secretaris Maarten Kok. Vraag aan Habtom of de audit op tijd klaar is; zijn nummer "
         "stond verkeerd in de smoelenboek, het juiste is 06-22 93 40 18. Volgende review: 18 maart, zaal Malieveld (Rijnstraat 50)."),
    ]
    for title, bullets, notes in slides:
        s = prs.slides.add_slide(prs.slide_layouts[1])
        s.shapes.title.text = title
        tf = s.placeholders[1].text_frame
        tf.text = bullets[0]
        for b in bullets[1:]:
            tf.add_paragraph().text = b
        s.notes_slide.notes_text_frame.text = notes
    prs.core_properties.author = "Lente Hylkema"
    prs.core_properties.last_modified_by = "BZK\\lhylkema"
    src = fw.WORK / f"{out.stem}.pptx"
    prs.save(src)
    fw.soffice_pdf(src, out, fw.IMPRESS_NOTES)
    return {"R": [
        ("PERSON", "Lente Hylkema", ["Lente Hylkema", "Hylkema", "Lente"]), ("PERSON", "Storm", ["Storm"]),
        ("PERSON", "Bo Nguyen", ["Bo Nguyen", "Nguyen"]), ("PERSON", "Sterre de Wit-Vos", ["Sterre de Wit-Vos", "de Wit-Vos"]),
        ("PERSON", "Dennis Cijntje", ["Dennis Cijntje", "Cijntje"]), ("PERSON", "Piotr", ["Piotr"]),
        ("PERSON", "Mei-Lin Huang", ["Mei-Lin Huang", "Huang"]), ("PERSON", "Maarten Kok", ["Maarten Kok", "Kok"]),
        ("PERSON", "Habtom", ["Habtom"]), ("PHONE", "06-22 93 40 18", [("06-22 93 40 18", False)]),
    ], "K": [
        ("PROG", "Woo-platform", ["Woo-platform"]), ("PROG", "Woo-index", ["Woo-index"]), ("LOC", "open.overheid.nl", [("open.overheid.nl", False)]),
        ("MISC", "DiWoo 0.9.8", ["DiWoo 0.9.8"]), ("PRODUCT", "Excel", ["Excel"]), ("PRODUCT", "Teams", ["Teams"]),
        ("PRODUCT", "JIRA", ["JIRA"]), ("ID", "WOO-1432", ["WOO-1432"]), ("ORG", "Logius", ["Logius"]), ("ORG", "WJZ", ["WJZ"]),
        ("ORG", "Communicatie", ["Communicatie"]), ("ORG", "Digitoegankelijk", ["Digitoegankelijk"]), ("MISC", "WCAG 2.2", ["WCAG 2.2"]),
        ("FUNC", "product owner", ["product owner"]), ("ROOM", "zaal Malieveld", ["Malieveld"]), ("LOC", "Rijnstraat 50", ["Rijnstraat 50"]),
        ("MISC", "Sprintreview", ["Sprintreview"]), ("ORG", "stuurgroep", ["stuurgroep"]), ("FUNC", "secretaris", ["secretaris"]),
    ]}


# ------------------------------------------------------------------------------------------
@doc("an11_jira_ticket_woo_1432")
def an11(out):
    css = """
    body{font-family:'DejaVu Sans',sans-serif;font-size:9pt}
    .bc{color:#0052cc;font-size:8.5pt} h1{font-size:15pt;margin:4px 0 10px 0}
    .grid{display:flex;gap:18px} .main{flex:2} .side{flex:1;border-left:1px solid #ddd;padding-left:10px}
    .side table td{padding:2px 4px;font-size:8.5pt}.side td.k{color:#6b778c}
    .c{border-top:1px solid #eee;padding:6px 0}.cw{font-weight:bold}.ct{color:#6b778c;font-size:8pt}
    .lozenge{background:#deebff;color:#0747a6;padding:1px 5px;font-size:8pt;font-weight:bold}
    .mention{background:#e9f2ff;color:#0c66e4;padding:0 2px}
    """
    comments = [
        ("Dennis Cijntje", "dcijntje", "2 mrt. 2026 09:18",
         "Bij controle van besluit 2026-0044 zag ik dat de PDF-eigenschap <i>Auteur</i> de naam van de behandelend jurist bevat. Zelfde bij 2026-0051 en 2026-0063."),
        ("Lente Hylkema", "lhylkema", "2 mrt. 2026 10:02",
         "<span class='mention'>@Piotr Zieliński</span> kun jij dit oppakken? Prioriteit hoog. <span class='mention'>@Mei-Lin Huang</span> graag juridische beoordeling (datalek?)."),
        ("Piotr Zieliński", "pzielinski", "3 mrt. 2026 16:40",
         "Oorzaak: de export uit het DMS neemt <code>dc:creator</code> over. Fix in branch WOO-1432-strip-xmp. Getest met de drie besluiten; metadata nu leeg. Review door <span class='mention'>@jdevries2</span>."),
        ("Jeroen de Vries-Hamstra", "jdevries2", "4 mrt. 2026 08:55", "Code review akkoord. Merged naar main."),
        ("Mei-Lin Huang", "mhuang", "4 mrt. 2026 11:30",
         "Geen meldplicht AP: de namen stonden ook al in de ondertekening (besluiten zijn door de jurist ondertekend). Wel de drie PDF's vervangen op open.overheid.nl."),
    ]
    side = [("Status", "<span class='lozenge'>DONE</span>"), ("Assignee", "Piotr Zieliński"), ("Reporter", "Dennis Cijntje"),
            ("Watchers", "Lente Hylkema, Mei-Lin Huang, Kevin Janga"), ("Priority", "High"), ("Labels", "privacy, metadata, woo-index"),
            ("Sprint", "Woo-platform 26.05"), ("Fix versions", "2026.3.1"), ("Component", "Publicatie-export"),
            ("Created", "2 maart 2026 09:18"), ("Resolved", "4 maart 2026 11:31"), ("Time tracking", "6h 30m logged")]
    body = f"""
    <div class='bc'>Projects / Woo-platform (WOO) / WOO-1432</div>
    <h1>Naam behandelaar zichtbaar in PDF-metadata van gepubliceerde besluiten</h1>
    <div class='grid'><div class='main'>
    <b>Description</b>
    <p>Bij gepubliceerde Woo-besluiten staat de naam van de opsteller in het metadata-veld Author. Gevonden door Logius bij een steekproef.
    Reproduceren: download besluit 2026-0044 van open.overheid.nl, open Document Properties in Acrobat Reader.</p>
    <p><b>Acceptatiecriteria</b>: Author, Creator en XMP <code>dc:creator</code> leeg of &lsquo;Ministerie van BZK&rsquo;; regressietest in de pipeline.</p>
    <b>Activity</b> &nbsp; <span class='ct'>All | Comments | History | Work log</span>
    {''.join(f"<div class='c'><span class='cw'>{w}</span> <span class='ct'>({u}) &middot; {t}</span><div>{x}</div></div>" for w,u,t,x in comments)}
    </div><div class='side'><table>{''.join(f"<tr><td class='k'>{k}</td><td>{v}</td></tr>" for k,v in side)}</table>
    <p class='small'>Linked issues: relates to WOO-1398 (Confluence: <i>Publicatierichtlijn metadata</i>)</p></div></div>
    <p class='small'>Printed from Jira Software by kjanga on 6 March 2026</p>
    """
    fw.chromium_pdf(html_page("[WOO-1432] Naam behandelaar zichtbaar in PDF-metadata - Jira", body, css), out)
    return {"R": [
        ("PERSON", "Dennis Cijntje", ["Dennis Cijntje", "Cijntje", ("dcijntje", True)]),
        ("PERSON", "Lente Hylkema", ["Lente Hylkema", "lhylkema"]),
        ("PERSON", "Piotr Zieliński", ["Piotr Zieliński", "Zieliński", "pzielinski"]),
        ("PERSON", "Mei-Lin Huang", ["Mei-Lin Huang", "mhuang"]),
        ("PERSON", "Jeroen de Vries-Hamstra", ["Jeroen de Vries-Hamstra", "jdevries2"]),
        ("PERSON", "Kevin Janga", ["Kevin Janga", "kjanga"]),
    ], "K": [
        ("PRODUCT", "Jira", ["Jira"]), ("PRODUCT", "Confluence", ["Confluence"]), ("PRODUCT", "Acrobat Reader", ["Acrobat Reader"]),
        ("ID", "WOO-1432", ["WOO-1432"]), ("ID", "WOO-1398", ["WOO-1398"]), ("ORG", "Logius", ["Logius"]),
        ("ORG", "AP", ["AP"]), ("LOC", "open.overheid.nl", [("open.overheid.nl", False)]), ("UI", "Assignee", ["Assignee"]),
        ("UI", "Reporter", ["Reporter"]), ("UI", "Watchers", ["Watchers"]), ("UI", "Description", ["Description"]),
        ("MISC", "dc:creator", [("dc:creator", False)]), ("ORG", "Ministerie van BZK", ["Ministerie van BZK"]),
        ("PROG", "Woo-platform", ["Woo-platform"]), ("ID", "2026-0044", ["2026-0044"]), ("FUNC", "jurist", ["jurist"]),
        ("UI", "Work log", ["Work log"]),
    ]}


# ------------------------------------------------------------------------------------------
@doc("an12_topdesk_melding_werkplek")
def an12(out):
    css = """
    body{font-family:'DejaVu Sans',sans-serif;font-size:8.8pt}
    .t{background:#1b3a57;color:#fff;padding:6px 10px;font-size:11pt}
    table.k{width:100%;margin-top:8px} table.k td{border:1px solid #ccd;padding:3px 5px} table.k td.l{background:#eef2f7;width:22%;color:#333}
    h3{font-size:10pt;margin:12px 0 4px 0;border-bottom:1px solid #1b3a57}
    .act td{border-bottom:1px solid #ddd;padding:3px 5px;font-size:8.3pt}
    """
    body = """
    <div class='t'>TOPdesk &middot; Incident M2603 118 &middot; Tweedelijns &middot; Status: Afgemeld</div>
    <table class='k'>
    <tr><td class='l'>Melder</td><td>Çelik-Janssen, Aylin</td><td class='l'>Afdeling</td><td>DGOO / Directie Ambtenaar en Organisatie</td></tr>
    <tr><td class='l'>E-mail melder</td><td>aylin.celik-janssen@minbzk.nl</td><td class='l'>Telefoon melder</td><td>06-39 05 77 12</td></tr>
    <tr><td class='l'>Vestiging</td><td>Turfmarkt 147</td><td class='l'>Kamer/werkplek</td><td>T147-09.32 (flexplek)</td></tr>
    <tr><td class='l'>Aangemeld door</td><td>Servicedesk (Van Leeuwen, Dirk)</td><td class='l'>Soort melding</td><td>Verstoring</td></tr>
    <tr><td class='l'>Operatorgroep</td><td>SSC-ICT Werkplek Tweede Lijn</td><td class='l'>Behandelaar</td><td>Bouma, Hielke</td></tr>
    <tr><td class='l'>Object</td><td>Laptop HP EliteBook 840 G10, asset RL-228451</td><td class='l'>Impact / urgentie</td><td>Persoon / Hoog</td></tr>
    <tr><td class='l'>Korte omschrijving</td><td colspan='3'>Outlook crasht bij openen gedeelde mailbox woo-dgoo; Teams-meldingen komen niet binnen</td></tr>
    </table>
    <h3>Verzoek</h3>
    <p>Mevrouw Çelik-Janssen meldt dat Outlook vastloopt bij het openen van de gedeelde mailbox woo-dgoo@minbzk.nl. Zij heeft namens
    haar leidinggevende Youssef Ameziane ook toegang tot diens agenda. Bereikbaar tot 15:00, daarna via collega Floor Doran (06-44 12 90 63).</p>
    <h3>Acties</h3>
    <table class='act'>
    <tr><td>03-03-2026 09:12</td><td>Van Leeuwen, Dirk</td><td>Melding aangemaakt via telefoon (servicenummer 088 115 1000).</td></tr>
    <tr><td>03-03-2026 10:40</td><td>Bouma, Hielke</td><td>Outlook-profiel opnieuw aangemaakt, OST-bestand verwijderd. Gedelegeerde toegang agenda Ameziane, Y. opnieuw ingesteld.</td></tr>
    <tr><td>03-03-2026 11:05</td><td>Bouma, Hielke</td><td>Teams-cache geleegd. Gebruiker akkoord, wacht op bevestiging.</td></tr>
    <tr><td>04-03-2026 08:30</td><td>Systeem</td><td>Gebruiker heeft bevestigd via Selfservicedesk. Melding afgemeld. Tevredenheid: 5/5 &ldquo;Top geholpen door Hielke!&rdquo;</td></tr>
    </table>
    <p class='small'>Afgedrukt uit TOPdesk door hbouma &middot; SSC-ICT Haaglanden &middot; 4-3-2026 08:41</p>
    """
    fw.chromium_pdf(html_page("TOPdesk - M2603 118", body, css), out)
    return {"R": [
        ("PERSON", "Aylin Çelik-Janssen", ["Çelik-Janssen, Aylin", "Çelik-Janssen", "Aylin", ("aylin.celik-janssen@minbzk.nl", False)]),
        ("PHONE", "06-39 05 77 12", [("06-39 05 77 12", False)]),
        ("PERSON", "Dirk van Leeuwen", ["Van Leeuwen, Dirk", "Van Leeuwen"]),
        ("PERSON", "Hielke Bouma", ["Bouma, Hielke", "Bouma", "Hielke", "hbouma"]),
        ("PERSON", "Youssef Ameziane", ["Youssef Ameziane", "Ameziane, Y.", "Ameziane"]),
        ("PERSON", "Floor Doran", ["Floor Doran", "Doran"]), ("PHONE", "06-44 12 90 63", [("06-44 12 90 63", False)]),
    ], "K": [
        ("PRODUCT", "TOPdesk", ["TOPdesk"]), ("PRODUCT", "Outlook", ["Outlook"]), ("PRODUCT", "Teams", ["Teams"]),
        ("ORG", "SSC-ICT Werkplek Tweede Lijn", ["SSC-ICT Werkplek Tweede Lijn"]), ("ORG", "SSC-ICT Haaglanden", ["SSC-ICT Haaglanden"]),
        ("ORG", "Directie Ambtenaar en Organisatie", ["Directie Ambtenaar en Organisatie"]), ("ORG", "DGOO", ["DGOO"]),
        ("LOC", "Turfmarkt 147", ["Turfmarkt 147"]), ("ROOM", "T147-09.32", ["T147-09.32"]),
        ("EMAIL_FUNC", "woo-dgoo@minbzk.nl", [("woo-dgoo@minbzk.nl", False)]), ("PHONE_FUNC", "088 115 1000", [("088 115 1000", False)]),
        ("PRODUCT", "HP EliteBook 840 G10", ["HP EliteBook 840 G10"]), ("ID", "RL-228451", ["RL-228451"]), ("ID", "M2603 118", ["M2603 118"]),
        ("UI", "Operatorgroep", ["Operatorgroep"]), ("UI", "Behandelaar", ["Behandelaar"]), ("ORG", "Servicedesk", ["Servicedesk"]),
        ("PRODUCT", "Selfservicedesk", ["Selfservicedesk"]), ("FUNC", "leidinggevende", ["leidinggevende"]),
    ]}


# ------------------------------------------------------------------------------------------
@doc("an13_dms_metadatablad_versiehistorie")
def an13(out):
    from docx import Document
    from docx.shared import Pt
    d = Document()
    st_ = d.styles["Normal"]
    st_.font.name = "Liberation Sans"
    st_.font.size = Pt(9.5)
    d.add_heading("Documenteigenschappen en versiegeschiedenis", level=1)
    d.add_paragraph("Export uit DigiDoc (Documentum D2) ten behoeve van Woo-verzoek 2026-0117. Document: "
                    "\u2018Nota aanbesteding laptops DGOO 2025\u2019 (objectnummer 0901d3a8802f77c1).")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Titel", "Nota aanbesteding laptops DGOO 2025"), ("Documentsoort", "Beslisnota"),
                 ("Auteur", "Wouters-Kaya, Selin"), ("Eigenaar", "BZK\\swouters"), ("Aangemaakt", "14-05-2025 09:31"),
                 ("Laatst gewijzigd door", "BZK\\ameziane (Ameziane, Youssef)"), ("Laatst gewijzigd", "02-07-2025 17:48"),
                 ("Status", "Definitief, vastgesteld"), ("Dossier", "DGOO/2025/Inkoop/ICT-werkplek"),
                 ("Bewaartermijn", "10 jaar (Selectielijst BZK 2021, cat. 4.2)"), ("Vertrouwelijkheid", "Departementaal vertrouwelijk"),
                 ("Classificatie", "Rijksbreed: Inkoop en aanbesteding")]:
        r = t.add_row().cells
        r[0].text, r[1].text = k, v
    d.add_paragraph()
    d.add_heading("Versiegeschiedenis", level=2)
    vt = d.add_table(rows=1, cols=4)
    vt.style = "Table Grid"
    for c, h in zip(vt.rows[0].cells, ["Versie", "Datum", "Gebruiker", "Opmerking bij inchecken"]):
        c.text = h
    for row in [("0.1", "14-05-2025", "BZK\\swouters", "eerste opzet"),
                ("0.2", "21-05-2025", "jdevries2", "input FEZ verwerkt (Maarten)"),
                ("0.3", "28-05-2025", "ttesfamariam", "opmerkingen RIC verwerkt"),
                ("0.4", "11-06-2025", "BZK\\swouters", "na overleg met Selin en Dawit: scenario 2 geschrapt"),
                ("0.5", "20-06-2025", "mkok3", "financiële paragraaf"),
                ("1.0", "02-07-2025", "BZK\\ameziane", "vastgesteld door directeur; paraaf YA")]:
        cells = vt.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    d.add_paragraph()
    d.add_paragraph("Toegangsrechten: lezen \u2013 groep BZK-DGOO-Inkoop; schrijven \u2013 swouters, ameziane, jdevries2. "
                    "Workflow: parafering via Digitaal Parafeersysteem, beoordelaar Ouali, Fatima (jurist), akkoord 01-07-2025.")
    d.core_properties.author = "Selin Wouters-Kaya"
    d.core_properties.last_modified_by = "Youssef Ameziane"
    d.core_properties.title = "Documenteigenschappen 0901d3a8802f77c1"
    src = fw.WORK / f"{out.stem}.docx"
    d.save(src)
    fw.soffice_pdf(src, out)
    return {"R": [
        ("PERSON", "Selin Wouters-Kaya", ["Wouters-Kaya, Selin", "Wouters-Kaya", "Selin", "swouters", "Selin Wouters-Kaya"]),
        ("PERSON", "Youssef Ameziane", ["Ameziane, Youssef", "Ameziane", "ameziane", "Youssef", "YA"]),
        ("PERSON", "Jeroen de Vries", ["jdevries2"]), ("PERSON", "Tesfamariam", ["ttesfamariam"]),
        ("PERSON", "Maarten Kok", ["Maarten", "mkok3"]), ("PERSON", "Dawit", ["Dawit"]),
        ("PERSON", "Fatima Ouali", ["Ouali, Fatima", "Ouali"]),
    ], "K": [
        ("PRODUCT", "DigiDoc", ["DigiDoc"]), ("PRODUCT", "Documentum D2", ["Documentum D2"]), ("ID", "0901d3a8802f77c1", ["0901d3a8802f77c1"]),
        ("ORG", "FEZ", ["FEZ"]), ("ORG", "RIC", ["RIC"]), ("ORG", "BZK-DGOO-Inkoop", ["BZK-DGOO-Inkoop"]),
        ("MISC", "Beslisnota", ["Beslisnota"]), ("MISC", "Selectielijst BZK 2021", ["Selectielijst BZK 2021"]),
        ("PRODUCT", "Digitaal Parafeersysteem", ["Digitaal Parafeersysteem"]), ("FUNC", "directeur", ["directeur"]),
        ("UI", "Laatst gewijzigd door", ["Laatst gewijzigd door"]), ("MISC", "Versiegeschiedenis", ["Versiegeschiedenis"]),
        ("MISC", "Departementaal vertrouwelijk", ["Departementaal vertrouwelijk"]), ("ID", "2026-0117", ["2026-0117"]),
        ("MISC", "DGOO/2025/Inkoop/ICT-werkplek", [("DGOO/2025/Inkoop/ICT-werkplek", False)]),
    ]}


# ------------------------------------------------------------------------------------------
@doc("an14_telefoonlijst_directie_dao")
def an14(out):
    rows = [["Naam", "Functie", "Kamer", "Toestel", "Mobiel", "E-mail"]]
    people = [
        ("Winter, E. (Ellen)", "directeur", "12.02", "070 426 8811", "06-53 20 11 47", "ellen.winter@minbzk.nl"),
        ("Tesfaye, S. (Senait)", "plv. directeur", "12.04", "070 426 8812", "06-53 71 20 84", "senait.tesfaye@minbzk.nl"),
        ("Sewdien-Pinas, A.R. (Ashwin)", "communicatieadviseur", "12.11", "070 426 8830", "06-20 46 93 15", "ashwin.sewdien@minbzk.nl"),
        ("Feenstra, J. (Jildou)", "MT-adviseur", "12.06", "070 426 8815", "", "jildou.feenstra@minbzk.nl"),
        ("Ghebremichael, H. (Habtom)", "senior beleidsmedewerker", "12.18", "070 426 8844", "06-22 93 40 18", "h.ghebremichael@minbzk.nl"),
        ("Rosaria, K.M. (Kimberly)", "beleidsmedewerker", "12.18", "070 426 8845", "06-41 38 05 26", "kimberly.rosaria@minbzk.nl"),
        ("Wiśniewska, A. (Ania)", "financieel adviseur", "12.22", "070 426 8851", "", "ania.wisniewska@minbzk.nl"),
        ("Lin, W. (Wei)", "data-analist", "12.25", "070 426 8860", "06-19 84 52 03", "wei.lin@minbzk.nl"),
        ("Vos, B. (Bo)", "stagiair", "flex", "–", "06-37 18 29 64", "bo.vos@minbzk.nl"),
    ]
    for p in people:
        rows.append(list(p))
    story = [P("<b>Telefoonlijst Directie Ambtenaar en Organisatie (DAO)</b>", 13, "CALB"),
             P("Stand 1 maart 2026 &middot; Turfmarkt 147, 12e verdieping &middot; alleen voor intern gebruik", 8.5, "CAL", color=colors.grey),
             Spacer(1, 6), table(rows, [46 * mm, 38 * mm, 13 * mm, 24 * mm, 24 * mm, 48 * mm], size=7.8, font="CAL", head_font="CALB"),
             Spacer(1, 8),
             table([["Functionele nummers en postbussen", ""],
                    ["Secretariaat DAO", "070 426 6426 (algemeen nummer BZK, vraag naar DAO) · secretariaat.dao@minbzk.nl"],
                    ["Woo-coördinatie DGOO", "woo-dgoo@minbzk.nl"],
                    ["Servicedesk SSC-ICT", "088 115 1000"],
                    ["Bedrijfshulpverlening Turfmarkt", "toestel 2222 (alarm)"]],
                   [60 * mm, 133 * mm], size=8, font="CAL", head_font="CALB"),
             Spacer(1, 6), P("Wijzigingen doorgeven aan Jildou Feenstra (MT-adviseur).", 8, "CAL")]
    rl_doc(out, story, margins=(8, 8, 14, 14), title="Telefoonlijst DAO maart 2026", author="jfeenstra", creator="Microsoft Word")
    R = []
    for p in people:
        sur, rest = p[0].split(", ", 1)
        ini, first = rest.split(" (")
        first = first.rstrip(")")
        probes = [p[0], sur, first, (p[5], False)]
        R.append(("PERSON", f"{first} {sur}", probes))
        R.append(("PHONE", p[3], [(p[3], False)]))
        if p[4]:
            R.append(("PHONE", p[4], [(p[4], False)]))
    R[-3] = ("PERSON", "Bo Vos", ["Vos, B. (Bo)", "Vos", ("bo.vos@minbzk.nl", False)])
    R = [r for r in R if r[1] != "–"]
    R.append(("PERSON", "Jildou Feenstra", ["Jildou Feenstra"]))
    return {"R": R, "K": [
        ("ORG", "Directie Ambtenaar en Organisatie", ["Directie Ambtenaar en Organisatie"]), ("ORG", "DAO", ["DAO"]),
        ("LOC", "Turfmarkt 147", ["Turfmarkt 147"]), ("PHONE_FUNC", "070 426 6426", [("070 426 6426", False)]),
        ("EMAIL_FUNC", "secretariaat.dao@minbzk.nl", [("secretariaat.dao@minbzk.nl", False)]),
        ("EMAIL_FUNC", "woo-dgoo@minbzk.nl", [("woo-dgoo@minbzk.nl", False)]), ("PHONE_FUNC", "088 115 1000", [("088 115 1000", False)]),
        ("FUNC", "directeur", ["directeur"]), ("FUNC", "communicatieadviseur", ["communicatieadviseur"]), ("FUNC", "MT-adviseur", ["MT-adviseur"]),
        ("FUNC", "senior beleidsmedewerker", ["senior beleidsmedewerker"]), ("FUNC", "financieel adviseur", ["financieel adviseur"]),
        ("FUNC", "data-analist", ["data-analist"]), ("FUNC", "stagiair", ["stagiair"]), ("ORG", "SSC-ICT", ["SSC-ICT"]),
        ("MISC", "Bedrijfshulpverlening", ["Bedrijfshulpverlening"]), ("ROOM", "12.18", ["12.18"]),
    ]}


# ------------------------------------------------------------------------------------------
@doc("an15_smoelenboek_team_publicatie")
def an15(out):
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setTitle("Smoelenboek team Publicatie & Index")
    c.setAuthor("Kevin Janga")
    W, H = A4
    c.setFont("DVB", 16)
    c.drawString(18 * mm, H - 22 * mm, "Wie is wie? Team Publicatie & Index")
    c.setFont("DV", 8.5)
    c.drawString(18 * mm, H - 28 * mm, "Programma Open Overheid · DGOO · Rijnstraat 50 (Den Haag) · maart 2026 · versie voor intranet (Rijksportaal)")
    people = [
        ("Lente Hylkema", "product owner", "Lente", "Werkt ma-do. Fietst elke dag vanuit Delft."),
        ("Bo Nguyen", "scrum master", "Bo", "Spreekt Vietnamees en Frans."),
        ("Storm El Amrani", "ontwikkelaar", "Stormy", "Altijd in voor een potje tafeltennis."),
        ("Piotr Zieliński", "ontwikkelaar", "Pjotr", "Komt uit Łódź, woont in Zoetermeer."),
        ("Hoop Sanichar", "informatiespecialist", "Hoopje", "Coördineert de piketdienst."),
        ("Kevin Janga", "tester", "Kev", "Curaçaoënaar, zingt in een gospelkoor."),
        ("Dennis Cijntje", "liaison Logius", "Dennis", "Gedetacheerd vanuit Logius (Apeldoorn)."),
        ("Yohannes Weldemariam", "data-engineer", "Yo", "Nieuw sinds februari. Spreekt Tigrinya."),
        ("Sky Martina", "inkoopadviseur", "Sky", "Contact voor contracten met leveranciers."),
    ]
    x0, y0 = 18 * mm, H - 40 * mm
    for i, (name, func, nick, line) in enumerate(people):
        col, row = i % 3, i // 3
        x, y = x0 + col * 60 * mm, y0 - row * 78 * mm
        c.setFillColor(colors.HexColor("#d8dde3"))
        c.rect(x, y - 42 * mm, 40 * mm, 42 * mm, fill=1, stroke=0)
        c.setFillColor(colors.HexColor("#aab3bd"))
        c.circle(x + 20 * mm, y - 15 * mm, 8 * mm, fill=1, stroke=0)
        c.ellipse(x + 8 * mm, y - 42 * mm, x + 32 * mm, y - 24 * mm, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("DVB", 9.5)
        c.drawString(x, y - 48 * mm, name)
        c.setFont("DV", 8)
        c.drawString(x, y - 53 * mm, func)
        c.drawString(x, y - 58 * mm, f"Roepnaam: {nick}")
        c.setFont("DV", 7)
        c.drawString(x, y - 63 * mm, line)
    c.setFont("DV", 7)
    c.drawString(18 * mm, 12 * mm, "Foto's verwijderd in deze afdruk. Vragen: team-publicatie@minbzk.nl")
    c.showPage()
    c.save()
    return {"R": [
        ("PERSON", "Lente Hylkema", ["Lente Hylkema", "Lente", "Hylkema"]), ("PERSON", "Bo Nguyen", ["Bo Nguyen", "Bo"]),
        ("PERSON", "Storm El Amrani", ["Storm El Amrani", "Stormy"]), ("PERSON", "Piotr Zieliński", ["Piotr Zieliński", "Pjotr"]),
        ("PERSON", "Hoop Sanichar", ["Hoop Sanichar", "Hoopje"]), ("PERSON", "Kevin Janga", ["Kevin Janga", "Kev", "Janga"]),
        ("PERSON", "Dennis Cijntje", ["Dennis Cijntje", "Dennis"]),
        ("PERSON", "Yohannes Weldemariam", ["Yohannes Weldemariam", "Weldemariam", "Yo"]),
        ("PERSON", "Sky Martina", ["Sky Martina", "Sky"]),
    ], "K": [
        ("PROG", "Open Overheid", ["Open Overheid"]), ("ORG", "DGOO", ["DGOO"]), ("LOC", "Rijnstraat 50", ["Rijnstraat 50"]),
        ("LOC", "Den Haag", ["Den Haag"]), ("PRODUCT", "Rijksportaal", ["Rijksportaal"]), ("LOC", "Delft", ["Delft"]),
        ("LOC", "Zoetermeer", ["Zoetermeer"]), ("LOC", "Apeldoorn", ["Apeldoorn"]), ("ORG", "Logius", ["Logius"]),
        ("FUNC", "product owner", ["product owner"]), ("FUNC", "scrum master", ["scrum master"]), ("FUNC", "ontwikkelaar", ["ontwikkelaar"]),
        ("FUNC", "tester", ["tester"]), ("FUNC", "data-engineer", ["data-engineer"]), ("FUNC", "inkoopadviseur", ["inkoopadviseur"]),
        ("EMAIL_FUNC", "team-publicatie@minbzk.nl", [("team-publicatie@minbzk.nl", False)]), ("MISC", "Tigrinya", ["Tigrinya"]),
        ("MISC", "Roepnaam", ["Roepnaam"]),
    ]}
