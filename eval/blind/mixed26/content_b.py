"""Set AJ, documents aj11-aj20: Signal/Slack exports, a scan, calendar invites, notes written from chats."""
from __future__ import annotations

import framework as fw
import mailprint as mp
from framework import Doc, H, K, P, Pr, esc

DOCS = []

# ---------------------------------------------------------------------------------------------- aj11
SIGNAL_MEMBERS = [("Bauke Kloosterman", "+31 6 2190 4477", " (beheerder)"), ("Geartsje Hylkema", "+31 6 5512 0839", ""),
                  ("Jelle Postma", "+31 6 4870 2216", ""), ("Priscilla Doelwijt", "+31 6 1277 9045", ""),
                  ("Ahmet Çelik", "+31 6 3308 6612", ""), ("Wietske van der Wal", "+31 6 2945 1180", ""),
                  ("NCG Piketdienst", "+31 88 042 4200", "")]
SIGNAL_MSGS = [
    ("day", "woensdag 22 januari 2025"),
    ("2025-01-22 18:03", "Bauke", "Beving van 2,4 bij Garrelsweer, 17:51 uur. KNMI bevestigt. Eerste meldingen komen binnen bij het IMG.",
     "Reacties: ! Geartsje · ! Jelle"),
    ("2025-01-22 18:05", "Geartsje", "Ik bel de burgemeester van Eemsdelta. Via het kabinet of rechtstreeks?", ""),
    ("2025-01-22 18:06", "Bauke", "> Geartsje: Ik bel de burgemeester van Eemsdelta. Via het kabinet of rechtstreeks?\nRechtstreeks, hij verwacht je.", ""),
    ("2025-01-22 18:09", "Jelle", "Commissaris van de Koning Paas wil om 20:00 een call met NCG en IMG. Ik zet een Teams-link in de agenda.", "Reacties: ✔ Bauke"),
    ("2025-01-22 18:15", "Priscilla", "Persvragen van RTV Noord en Dagblad van het Noorden. Lijn: we wachten de duiding van het KNMI af. @Wietske akkoord?", ""),
    ("2025-01-22 18:16", "Wietske", "Akkoord. En let op: staatssecretaris Van Marum is morgen op werkbezoek in Loppersum, dus onze lijn moet kloppen met die van BZK.", "Reacties: ✔ Priscilla"),
    ("2025-01-22 18:30", "Ahmet", "Schademeldingen tot nu toe: 37 (IMG-dashboard). Een bewoner aan de Hoofdweg, meneer Doornbosch, belde mij direct (nummer via de dorpsraad) over een scheur in de gevel. Ik heb hem doorverwezen naar het IMG, 088 450 9170.", ""),
    ("2025-01-22 18:31", "Bauke", "Dank Ahmet. Graag geen namen van bewoners in deze groep.", "Reacties: ✔ Ahmet · ✔ Wietske"),
    ("2025-01-22 19:58", "Jelle", "Link voor 20:00: teams.microsoft.com/l/meetup-join/19%3ameeting_NzY4ZTk (inbellen +31 20 794 8439, id 512 883 047#)", ""),
    ("sys", "Bauke heeft de timer voor verdwijnende berichten ingesteld op 4 weken."),
    ("day", "donderdag 23 januari 2025"),
    ("2025-01-23 07:45", "Geartsje", "Verslag van de call staat in de map. Paas: ‘inwoners moeten binnen 48 uur weten waar ze aan toe zijn.’",
     "Reacties: ✔ Bauke · ✔ Priscilla · ♥ Wietske"),
    ("2025-01-23 07:50", "Wietske", "Top. @Priscilla, wil jij de quote afstemmen met het kabinet van de CdK? Jelle is vandaag in Den Haag.", ""),
    ("2025-01-23 07:52", "Priscilla", "Doe ik. Ik zet Geartsje in cc.", "Reacties: ♥ Geartsje"),
]


def b_aj11(out):
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    st = fw.styles("DV", 8.8)
    S = [Paragraph("Signal – groep ‘Beleidsteam Aardbevingen Provincie Groningen’", st["h2"]),
         Paragraph("Export met signal-export 2.1 op 24-01-2025 09:12 · 15 berichten · tijdzone Europe/Amsterdam", st["small"]),
         Spacer(1, 6), Paragraph("<b>Groepsleden (8)</b>", st["t"])]
    S += [Paragraph(esc(f"{n} · {t}{x}"), st["t"]) for n, t, x in SIGNAL_MEMBERS] + [Paragraph("Jij", st["t"]), Spacer(1, 8)]
    rows = []
    for m in SIGNAL_MSGS:
        if m[0] == "day":
            rows.append(["", Paragraph(f"<font color='#666666'>— {esc(m[1])} —</font>", st["small"])])
            continue
        if m[0] == "sys":
            rows.append(["", Paragraph(f"<i><font color='#666666'>{esc(m[1])}</font></i>", st["small"])])
            continue
        ts, who, text, re_ = m
        body = "<br/>".join(("<font color='#555555'>" + esc(l) + "</font>") if l.startswith(">") else esc(l)
                            for l in text.split("\n"))
        if re_:
            body += f"<br/><font size='7.5' color='#444444'>{esc(re_)}</font>"
        rows.append([Paragraph(f"<font color='#666666'>[{ts[11:]}]</font>", st["small"]),
                     Paragraph(f"<b>{esc(who)}</b>: {body}", st["t"])])
    t = Table(rows, colWidths=[16 * mm, 152 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    S.append(t)

    def onpage(c, d):
        c.setFont("DV", 7)
        c.drawString(20 * mm, 10 * mm, "signal-export · Beleidsteam Aardbevingen Provincie Groningen")
        c.drawRightString(190 * mm, 10 * mm, f"pagina {c.getPageNumber()}")

    fw.reportlab_doc(out, S, title="Signal export – Beleidsteam Aardbevingen", creator="signal-export", onpage=onpage)


DOCS.append(Doc(
    "aj11", "Signal group export: member list with numbers, first names, quoted replies, reactions by first name",
    "reportlab", b_aj11,
    redact=[
        P("Bauke Kloosterman", ["Bauke Kloosterman", "Bauke"], phone=["+31 6 2190 4477"]),
        P("Geartsje Hylkema", ["Geartsje Hylkema", "Geartsje"], phone=["+31 6 5512 0839"]),
        P("Jelle Postma", ["Jelle Postma", "Jelle"], phone=["+31 6 4870 2216"]),
        P("Priscilla Doelwijt", ["Priscilla Doelwijt", "Priscilla"], phone=["+31 6 1277 9045"]),
        P("Ahmet Çelik", ["Ahmet Çelik", "Ahmet"], phone=["+31 6 3308 6612"]),
        P("Wietske van der Wal", ["Wietske van der Wal", "Wietske"], phone=["+31 6 2945 1180"]),
        P("meneer Doornbosch (resident)", ["Doornbosch"]),
    ],
    keep=[
        K("OFFICE_HOLDER", "Paas"), K("TITLE", "Commissaris van de Koning"), K("OFFICE_HOLDER", "Van Marum"),
        K("TITLE", "staatssecretaris"), K("ORG", "KNMI"), K("ORG", "IMG"), K("ORG", "NCG"), K("MAILBOX", "NCG Piketdienst"),
        K("SWITCHBOARD", "+31 88 042 4200"), K("SWITCHBOARD", "088 450 9170"), K("PLACE", "Garrelsweer"),
        K("PLACE", "Eemsdelta"), K("PLACE", "Loppersum"), K("STREET", "Hoofdweg"), K("ORG", "RTV Noord"),
        K("ORG", "Dagblad van het Noorden"), K("ORG", "BZK"), K("ACRONYM", "CdK"), K("PRODUCT", "signal-export"),
        K("TERM", "verdwijnende berichten"), K("URL", "teams.microsoft.com"), K("SWITCHBOARD", "+31 20 794 8439"),
        K("ID", "512 883 047"), K("ORG", "Beleidsteam Aardbevingen Provincie Groningen"),
    ]))

# ---------------------------------------------------------------------------------------------- aj12
SLACK_CSS = """
.ws { display: flex; justify-content: space-between; border-bottom: 1px solid #ddd; padding-bottom: 6px; margin-bottom: 8px; }
.ch { font-weight: bold; font-size: 12pt; }
.topic { color: #555; font-size: 8.3pt; }
.m { display: flex; margin: 0 0 9px 0; }
.av { width: 26px; height: 26px; border-radius: 4px; background: #b9c7d6; flex: none; margin-right: 8px; }
.n { font-weight: bold; }
.app { background: #e8e8e8; color: #555; font-size: 6.8pt; padding: 0 3px; border-radius: 2px; margin-left: 4px; }
.t { color: #777; font-size: 7.8pt; margin-left: 6px; }
.r { margin-top: 3px; }
.r span { border: 1px solid #cfd8e3; border-radius: 10px; padding: 0 6px; font-size: 7.8pt; margin-right: 4px; color: #1d4f91; }
.th { color: #1264a3; font-size: 8pt; font-weight: bold; margin-top: 2px; }
.mention { background: #e8f5fa; color: #1264a3; }
code { font-family: 'DejaVu Sans Mono'; font-size: 8pt; background: #f4f4f4; padding: 0 2px; }
.day { text-align: center; font-size: 8pt; font-weight: bold; margin: 8px 0; border-top: 1px solid #eee; padding-top: 4px; }
.ind { margin-left: 34px; border-left: 2px solid #eee; padding-left: 8px; }
"""


def slack_msg(name, t, html_text, react=(), thread=None, app=False, indent=False):
    a = "<span class='app'>APP</span>" if app else ""
    r = "<div class='r'>" + "".join(f"<span>{esc(x)}</span>" for x in react) + "</div>" if react else ""
    th = f"<div class='th'>{esc(thread)}</div>" if thread else ""
    cls = "m ind" if indent else "m"
    return (f"<div class='{cls}'><div class='av'></div><div><span class='n'>{esc(name)}</span>{a}<span class='t'>{esc(t)}</span>"
            f"<div>{html_text}</div>{r}{th}</div></div>")


def b_aj12(out):
    M = [
        "<div class='ws'><span class='ch'># woo-export-tooling</span><span class='topic'>GDI Platform · 7 leden · "
        "Topic: export van mail en chat voor Woo-verzoeken (PST, Teams, Graph)</span></div>",
        "<div class='day'>dinsdag 11 maart</div>",
        slack_msg("Taras Melnyk", "09:14", "Morning! The PST export for the Woo request of DGDOO is stuck again. The "
                  "Microsoft Graph API returns <code>429</code> (rate limit) after ~40k items. Anyone seen this before?",
                  react=[":eyes: 2"], thread="3 antwoorden · Laatste antwoord vandaag om 09:33"),
        slack_msg("Ka-Ho Lau", "09:20", "Yes, we need to batch per mailbox and respect the <code>Retry-After</code> header. "
                  "I have a branch for that: <code>feature/graph-throttling</code>, merge request !412 in GitLab.", indent=True),
        slack_msg("Floor de Wit", "09:31", "<span class='mention'>@Taras Melnyk</span> can you share the job ID? I'll check "
                  "the logs in Kibana. Btw the service account <code>svc-woo-export</code> needs the eDiscovery Manager "
                  "role again after the tenant migration.", indent=True),
        slack_msg("Taras Melnyk", "09:33", "Job <code>7f3c-22ab</code>. Thanks Floor!", react=[":pray: 1"], indent=True),
        slack_msg("deploy-bot", "09:40", "✔ Pipeline #18842 passed on <code>main</code> (woo-export 2.3.1). Deployed to "
                  "acceptance by Ka-Ho Lau.", app=True),
        slack_msg("Sanne Oosterhuis", "10:02", "Ter info: de Woo-coördinator van DGDOO (Samira) vraagt of de Teams-chats van "
                  "de groep ‘Kamervragen IM-beleid’ ook mee kunnen. Dat zijn chats uit 2024; die staan nog in de oude tenant.",
                  react=[":+1: 3"]),
        slack_msg("Floor de Wit", "10:05", "Chats uit de oude tenant kunnen via de compliance search, maar verdwenen "
                  "Signal-berichten natuurlijk niet. <span class='mention'>@Taras Melnyk</span> wil jij dat aan Samira "
                  "terugkoppelen? Zij zit in het Woo-overleg met Kwaku Asante."),
        slack_msg("Taras Melnyk", "10:06", "Will do. Kwaku also asked whether we can export reactions (like, heart). Graph "
                  "returns them as a <code>reactions</code> array, so yes, they end up in the export."),
        slack_msg("Ka-Ho Lau", "11:48", "Merged !412. Release notes: gitlab.logius.nl/gdi/woo-export/-/releases. "
                  "<span class='mention'>@Sanne Oosterhuis</span> the new version also writes a CSV with sender, "
                  "recipients and timestamps per message, handy for the inventory list.", react=[":tada: 4", ":white_check_mark: 1"]),
    ]
    fw.chromium(fw.page("".join(M), title="Slack | woo-export-tooling | GDI Platform – Gijs Verhoeven", css=SLACK_CSS,
                        size="9.3pt"), out)


DOCS.append(Doc(
    "aj12", "Slack channel print: English IT terms, threads, @mentions, a bot, reactions; user in the page title",
    "chromium-slack", b_aj12,
    redact=[
        P("Taras Melnyk", ["Taras Melnyk", "Taras"]),
        P("Ka-Ho Lau", ["Ka-Ho Lau", "Ka-Ho"]),
        P("Floor de Wit", ["Floor de Wit", "Floor"]),
        P("Sanne Oosterhuis", ["Sanne Oosterhuis", "Oosterhuis", "Sanne"]),
        P("Samira (Boukhari)", ["Samira"]),
        P("Kwaku Asante", ["Kwaku Asante", "Kwaku"]),
        H("PERSON", "Gijs Verhoeven (logged-in user, only in the PDF title)", "Gijs Verhoeven", "Verhoeven"),
    ],
    keep=[
        K("ORG", "GDI Platform"), K("CHANNEL", "woo-export-tooling"), K("TERM", "PST export"),
        K("PRODUCT", "Microsoft Graph API"), K("TERM", "rate limit"), K("TERM", "Retry-After"),
        K("TERM", "feature/graph-throttling"), K("PRODUCT", "GitLab"), K("PRODUCT", "Kibana"),
        K("TERM", "service account"), K("ID", "svc-woo-export"), K("TERM", "eDiscovery Manager"),
        K("TERM", "tenant migration"), K("ID", "Pipeline #18842"), K("PRODUCT", "woo-export 2.3.1"),
        K("TERM", "compliance search"), K("ACRONYM", "DGDOO"), K("PRODUCT", "Signal"), K("APP", "deploy-bot"),
        K("ID", "7f3c-22ab"), K("URL", "gitlab.logius.nl/gdi/woo-export/-/releases"), K("TITLE", "Woo-coördinator"),
        K("TERM", "merge request"), K("TERM", "CSV"),
    ]))

# ---------------------------------------------------------------------------------------------- aj13 (scan)


def b_aj13(out):
    msgs = [{
        "from": "Piotr Kaminski <p.kaminski84@hotmail.com>",
        "sent": "donderdag 13 maart 2025 22:47",
        "to": "Meldpunt Zorg en Overlast <meldpuntzorgenoverlast@amsterdam.nl>",
        "cc": "Team Vakantieverhuur <vakantieverhuur@amsterdam.nl>",
        "subject": "Overlast Plantage Kerklaan 14 (vakantieverhuur)",
        "body": ["""Geachte heer/mevrouw,

Sinds januari wordt de woning boven mij bijna elk weekend verhuurd aan toeristen. Gisteren tot 03.00 uur harde muziek en geschreeuw in het trappenhuis. De eigenaar, de heer R. Mahabier, woont zelf in Almere en is voor mij niet bereikbaar.

Mijn buurvrouw, mevrouw Groenewegen van de benedenwoning, kan dit bevestigen. Ik heb ook burgemeester Halsema hierover gemaild, maar nog geen reactie gehad.

Ik wil graag weten of de woning een registratienummer voor vakantieverhuur heeft en hoeveel nachten er dit jaar al zijn gemeld.

Met vriendelijke groet,

Piotr Kaminski
Plantage Kerklaan 14-2
1018 CX Amsterdam
06 3190 5527""",
                 ("html", "<div style='margin-top:28px;border:1px dashed #444;padding:6px;width:70%;font-size:9pt'>"
                          "Routing DIV: doorgezet naar Team Vakantieverhuur (behandelaar J. Koster), 17-03-2025. "
                          "Zaak 2025-VV-00831.</div>")]}]
    src = fw.TMP / "aj13-src.pdf"
    fw.chromium(mp.outlook("Meldpunt Zorg en Overlast", msgs), src)
    fw.scan(src, out, ocr_layer=False, angle=0.7, noise=9, seed=13,
            stamp={"lines": ["ONTVANGEN", "17 MRT 2025", "DIV - post"], "xy": (1000, 1050)})
    fw.post(out, info={"/Title": "SKM_C45825031709120", "/Producer": "KONICA MINOLTA bizhub C458",
                       "/Creator": "KONICA MINOLTA bizhub C458"}, drop_info=True)


DOCS.append(Doc(
    "aj13", "Scanned print of a resident's e-mail with a received stamp and routing note (image only)", "scan-image",
    b_aj13, scan=True,
    redact=[
        P("Piotr Kaminski", ["Piotr Kaminski", "Kaminski"], email=["p.kaminski84@hotmail.com"], phone=["06 3190 5527"],
          address=["Plantage Kerklaan 14-2", "1018 CX"]),
        P("R. Mahabier (owner)", ["R. Mahabier", "Mahabier"]),
        P("mevrouw Groenewegen (neighbour)", ["Groenewegen"]),
        P("J. Koster (behandelaar)", ["J. Koster", "Koster"]),
    ]))

# ---------------------------------------------------------------------------------------------- aj14
TEAMS_BLOCK = """<div style='margin-top:16px;color:#252424'>
<div style='border-top:1px solid #999;margin:10px 0 6px 0'></div>
<div style='font-size:13pt;font-weight:bold'>Microsoft Teams <span style='font-size:9pt;font-weight:normal;color:#5b5fc7'>Hulp nodig?</span></div>
<div style='margin:6px 0;font-size:11pt;color:#5b5fc7;font-weight:bold'>Nu deelnemen aan de vergadering</div>
<div>Vergadering-id: 348 772 915 604</div>
<div>Wachtwoord: aB3xQ9Zp</div>
<div style='border-top:1px solid #ddd;margin:6px 0'></div>
<div><b>Inbellen via telefoon</b></div>
<div>+31 20 794 8439,,839201744# Nederland, Amsterdam</div>
<div>Telefonische vergadering-id: 839 201 744#</div>
<div style='color:#5b5fc7'>Lokaal nummer zoeken | PIN opnieuw instellen</div>
<div style='border-top:1px solid #ddd;margin:6px 0'></div>
<div><b>Deelnemen op een videoconferentieapparaat</b></div>
<div>Tenant-sleutel: teams@vc.rijksoverheid.nl</div>
<div>Video-id: 118 544 721 9</div>
<div style='color:#5b5fc7'>Meer informatie</div>
<div style='border-top:1px solid #ddd;margin:6px 0'></div>
<div style='color:#5b5fc7'>Voor organisatoren: Vergaderopties | PIN opnieuw instellen</div>
<div style='border-top:1px solid #999;margin:6px 0'></div></div>"""


def b_aj14(out):
    css = mp.MAIL_CSS + "table.hdr td.l { width: 150px; }"
    rows = [("Onderwerp", "Voorbereiding Woontop 2 – bewindspersonenoverleg minister Keijzer"),
            ("Locatie", "Microsoft Teams-vergadering; Turfmarkt 147, zaal 4.12 (Wilhelmina)"),
            ("Begin", "do 20-3-2025 10:00"), ("Einde", "do 20-3-2025 11:30"), ("Weergeven als", "Bezet"),
            ("Terugkeerpatroon", "(geen)"), ("Vergaderingsstatus", "Organisator"),
            ("Organisator", "Sharma, Priya (DGVH)"),
            ("Verplichte deelnemers", "Sharma, Priya (DGVH); Pinas, Glenn (DGVH); van der Heijden-Asante, Ama (DGVH/BS); "
                                      "Secretariaat DGVH; Kooistra, Sjoerd (VRO/Communicatie); 'Benali, Rachid (IPO)'; "
                                      "'j.vandermolen@vng.nl'"),
            ("Optionele deelnemers", "Mooi, Lotte (DGVH); Zhou, Yan (DGVH)")]
    hdr = "<table class='hdr'>" + "".join(f"<tr><td class='l'>{esc(k)}:</td><td>{esc(v)}</td></tr>" for k, v in rows) + "</table>"
    body = mp.blocks(["""Beste allen,

In deze sessie bereiden we het overleg voor van minister Keijzer met IPO, VNG en Aedes op 3 april (Woontop 2).

Agenda
1. Terugblik Woontop 1 (verslag: Glenn)
2. Stand van de Startbouwimpuls en de woondeals (Ama)
3. Lijn richting de pers en de Kamer (Sjoerd)
4. Wat verder ter tafel komt

Rachid en de collega van VNG sluiten digitaal aan. Wie fysiek komt: zaal 4.12 (Wilhelmina), meld je bij de receptie van Turfmarkt 147.

Groet,
Priya"""])
    html = fw.page("<div class='acct'>Sharma, Priya</div><div class='rule'></div>" + hdr + body + TEAMS_BLOCK,
                   title="Voorbereiding Woontop 2", css=css)
    fw.chromium(html, out)


DOCS.append(Doc(
    "aj14", "Outlook meeting invitation print: organiser, attendees, Teams block with IDs and dial-in that stay",
    "chromium-outlook", b_aj14,
    redact=[
        P("Priya Sharma", ["Sharma", "Priya"]), P("Glenn Pinas", ["Pinas", "Glenn"]),
        P("Ama van der Heijden-Asante", ["van der Heijden-Asante", "Ama"]), P("Sjoerd Kooistra", ["Kooistra", "Sjoerd"]),
        P("Rachid Benali", ["Benali", "Rachid"]), P("J. van der Molen (VNG)", ["j.vandermolen@vng.nl"], kind="EMAIL"),
        P("Lotte Mooi", ["Mooi", "Lotte"]), P("Yan Zhou", ["Zhou", "Yan"]),
    ],
    keep=[
        K("ID", "348 772 915 604"), K("ID", "aB3xQ9Zp"), K("SWITCHBOARD", "+31 20 794 8439"), K("ID", "839 201 744"),
        K("MAILBOX", "teams@vc.rijksoverheid.nl"), K("ID", "118 544 721 9"), K("PRODUCT", "Microsoft Teams"),
        K("OFFICE_HOLDER", "Keijzer"), K("ORG", "IPO"), K("ORG", "VNG"), K("ORG", "Aedes"), K("EVENT", "Woontop 2"),
        K("ADDRESS_ORG", "Turfmarkt 147"), K("ROOM", "zaal 4.12"), K("MAILBOX", "Secretariaat DGVH"), K("ACRONYM", "DGVH"),
        K("PROGRAMME", "Startbouwimpuls"), K("TERM", "Organisator"), K("TERM", "Verplichte deelnemers"),
        K("DATE", "do 20-3-2025 10:00"), K("ORG", "VRO/Communicatie"),
    ]))

# ---------------------------------------------------------------------------------------------- aj15


def b_aj15(out):
    inv = """<div style='border:1px solid #dadce0;border-radius:6px;padding:10px 12px;margin:8px 0'>
<div style='font-size:12pt;font-weight:bold'>Afstemming zienswijze Woo-verzoek windpark De Veenhoop</div>
<div style='margin:6px 0'>Dinsdag 18 februari 2025 · 14:00 – 15:00<br><span class='muted'>Tijdzone: Europe/Amsterdam</span></div>
<div style='margin:8px 0'><span style='background:#1a73e8;color:#fff;padding:3px 8px;border-radius:4px'>Deelnemen met Google Meet</span></div>
<div>meet.google.com/kxq-drwt-pzm</div>
<div>Of bel: (NL) +31 20 257 3346 PIN: 639 442 188#</div>
<div class='muted'>Meer telefoonnummers: tel.meet/kxq-drwt-pzm?pin=6394421882</div>
<div style='margin-top:8px'><b>Gasten</b></div>
<div>Durk van der Meulen - organisator<br>t.wijbenga@fryslan.frl<br>s.hiemstra@fryslan.frl<br>akosua.owusu@ziggo.nl<br>Gerbrich Terpstra</div>
<div class='muted'>Alle gasten bekijken</div>
<div style='margin-top:8px'><b>Beschrijving</b></div>
<div>Beste allen, zoals op 29 januari besproken met gedeputeerde Douwstra: een korte afstemming over de vraag welke stukken van de coöperatie onder het Woo-verzoek van de heer Mensah vallen en of wij een zienswijze indienen. Kwame Mensah is zelf niet uitgenodigd; mevrouw Owusu sluit aan als lid van Dorpsbelang Sumar. Groet, Durk</div>
<div style='margin-top:8px'>Antwoorden voor t.wijbenga@fryslan.frl: <b>Ja</b> · <b>Nee</b> · <b>Misschien</b> · Meer opties</div>
</div>
<div class='disc'>Uitnodiging van Google Agenda. Je ontvangt deze e-mail omdat je een gast bent bij het evenement. Als je deze uitnodiging doorstuurt, kunnen ontvangers mogelijk je reactie wijzigen. Meer informatie.</div>"""
    msgs = [{"from": "Durk van der Meulen <durk@smelne-enerzjy.frl>", "sent": "maandag 10 februari 2025 20:14",
             "to": "Wijbenga, Tjitske <t.wijbenga@fryslan.frl>; Hiemstra, Sytse <s.hiemstra@fryslan.frl>; "
                   "akosua.owusu@ziggo.nl; Gerbrich Terpstra <g.terpstra@smallingerland.nl>",
             "subject": "Uitnodiging: Afstemming zienswijze Woo-verzoek windpark De Veenhoop @ di 18 feb 2025 14:00 - 15:00 "
                        "(CET) (t.wijbenga@fryslan.frl)",
             "attach": "invite.ics", "body": [("html", inv)]}]
    fw.chromium(mp.outlook("Wijbenga, Tjitske", msgs, title="Uitnodiging: Afstemming zienswijze"), out)


DOCS.append(Doc(
    "aj15", "Google Calendar invitation printed from Outlook: Meet link, dial-in and PIN stay, guests go",
    "chromium-outlook", b_aj15,
    redact=[
        P("Durk van der Meulen", ["Durk van der Meulen", "van der Meulen", "Durk"], email=["durk@smelne-enerzjy.frl"]),
        P("Tjitske Wijbenga", ["Wijbenga", "Tjitske"], email=["t.wijbenga@fryslan.frl"]),
        P("Sytse Hiemstra", ["Hiemstra", "Sytse"], email=["s.hiemstra@fryslan.frl"]),
        P("Akosua Owusu", ["Owusu"], email=["akosua.owusu@ziggo.nl"]),
        P("Gerbrich Terpstra", ["Gerbrich Terpstra"], email=["g.terpstra@smallingerland.nl"]),
        P("Kwame Mensah", ["Kwame Mensah", "Mensah", "Kwame"]),
    ],
    keep=[
        K("PRODUCT", "Google Meet"), K("URL", "meet.google.com/kxq-drwt-pzm"), K("SWITCHBOARD", "+31 20 257 3346"),
        K("ID", "639 442 188"), K("TERM", "Europe/Amsterdam"), K("PRODUCT", "Google Agenda"), K("TERM", "organisator"),
        K("OFFICE_HOLDER", "Douwstra"), K("TITLE", "gedeputeerde"), K("TERM", "zienswijze"), K("PLACE", "De Veenhoop"),
        K("ORG", "Dorpsbelang Sumar"), K("FILE", "invite.ics"), K("DATE", "Dinsdag 18 februari 2025"),
        K("TERM", "Woo-verzoek"),
    ]))

# ---------------------------------------------------------------------------------------------- aj16


def b_aj16(out):
    from reportlab.lib.units import mm
    from reportlab.platypus import HRFlowable, Paragraph, Spacer

    st = fw.styles("DV", 9)
    S = [Paragraph("Sharma, Priya", fw.styles("DV", 12.5)["b"]),
         HRFlowable(width="100%", thickness=2.2, color="black", spaceBefore=2, spaceAfter=6)]
    subj = "Voorbereiding Woontop 2 – bewindspersonenoverleg minister Keijzer"
    items = [
        ([("Van:", "Pinas, Glenn (DGVH) <glenn.pinas@minvro.nl>"), ("Verzonden:", "maandag 17 maart 2025 08:12"),
          ("Aan:", "Sharma, Priya (DGVH) <priya.sharma@minvro.nl>"), ("Onderwerp:", "Geaccepteerd: " + subj)],
         "Pinas, Glenn (DGVH) heeft deze uitnodiging geaccepteerd."),
        ([("Van:", "Benali, Rachid (IPO) <r.benali@ipo.nl>"), ("Verzonden:", "maandag 17 maart 2025 09:40"),
          ("Aan:", "Sharma, Priya (DGVH) <priya.sharma@minvro.nl>"), ("Onderwerp:", "Voorlopig: " + subj)],
         "Ik probeer erbij te zijn; lukt het niet, dan komt mijn collega Hanneke Smeets. Zij kent het dossier Startbouwimpuls "
         "ook goed."),
        ([("Van:", "Kooistra, Sjoerd (VRO/Communicatie) <sjoerd.kooistra@minvro.nl>"),
          ("Verzonden:", "maandag 17 maart 2025 10:03"), ("Aan:", "Sharma, Priya (DGVH) <priya.sharma@minvro.nl>"),
          ("Onderwerp:", "Geweigerd: " + subj)],
         "Ik zit dan bij het persgesprek van de minister in Almere. Fenna neemt punt 3 over; zij heeft de Q&A."),
        ([("Van:", "van der Heijden-Asante, Ama (DGVH/BS) <ama.vanderheijden@minvro.nl>"),
          ("Verzonden:", "maandag 17 maart 2025 10:03"), ("Aan:", "Sharma, Priya (DGVH) <priya.sharma@minvro.nl>"),
          ("Onderwerp:", "Automatisch antwoord: " + subj)],
         "Dank voor uw bericht. Ik ben tot en met 24 maart afwezig en lees mijn mail niet. Voor dringende zaken kunt u contact "
         "opnemen met mijn collega Joost Verbeek (joost.verbeek@minvro.nl, 06 2871 5530) of met het secretariaat DGVH via "
         "070 751 4000."),
        ([("From:", "Zhou, Yan (DGVH) <yan.zhou@minvro.nl>"), ("Sent:", "Monday, 17 March 2025 10:04"),
          ("To:", "Sharma, Priya (DGVH) <priya.sharma@minvro.nl>"), ("Subject:", "Automatic reply: " + subj)],
         "I am out of office until 21 March with limited access to e-mail. For urgent Woo matters please contact "
         "woo@minvro.nl. Voor Woo-zaken kunt u ook terecht bij Lotte Mooi."),
    ]
    for k, (rows, text) in enumerate(items):
        if k:
            S.append(HRFlowable(width="100%", thickness=0.6, color="#9aaccc", spaceBefore=8, spaceAfter=6))
        S.append(fw.rl_header_table(rows, st, label_mm=25))
        S.append(Spacer(1, 6))
        S += fw.rl_text(text, st["n"])
    S.append(Spacer(1, 10))
    S.append(Paragraph("<b>Reacties bijgehouden door Outlook</b> (uit het tabblad Tracering, afgedrukt 17-3-2025 10:30)", st["t"]))
    from reportlab.platypus import Table, TableStyle
    data = [["Naam", "Deelname", "Reactie"],
            ["Sharma, Priya (DGVH)", "Organisator", "Geen"],
            ["Pinas, Glenn (DGVH)", "Verplichte deelnemer", "Geaccepteerd 17-3-2025 08:12"],
            ["van der Heijden-Asante, Ama (DGVH/BS)", "Verplichte deelnemer", "Geen"],
            ["Secretariaat DGVH", "Verplichte deelnemer", "Geaccepteerd 14-3-2025 16:40"],
            ["Kooistra, Sjoerd (VRO/Communicatie)", "Verplichte deelnemer", "Geweigerd 17-3-2025 10:03"],
            ["Benali, Rachid (IPO)", "Verplichte deelnemer", "Voorlopig 17-3-2025 09:40"],
            ["j.vandermolen@vng.nl", "Verplichte deelnemer", "Geaccepteerd 14-3-2025 17:02"],
            ["Mooi, Lotte (DGVH)", "Optionele deelnemer", "Geaccepteerd 15-3-2025 11:19"],
            ["Zhou, Yan (DGVH)", "Optionele deelnemer", "Geen"]]
    t = Table([[Paragraph(esc(c), st["small"]) for c in r] for r in data], colWidths=[72 * mm, 40 * mm, 55 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, "#999999"), ("BACKGROUND", (0, 0), (-1, 0), "#e6e6e6")]))
    S.append(t)
    fw.reportlab_doc(out, S, title="Reacties op uitnodiging Voorbereiding Woontop 2", creator="Microsoft Outlook")


DOCS.append(Doc(
    "aj16", "Meeting responses, auto-replies (NL/EN) naming stand-ins, and Outlook's tracking table", "reportlab", b_aj16,
    redact=[
        P("Priya Sharma", ["Sharma", "Priya"], email=["priya.sharma@minvro.nl"]),
        P("Glenn Pinas", ["Pinas", "Glenn"], email=["glenn.pinas@minvro.nl"]),
        P("Rachid Benali", ["Benali", "Rachid"], email=["r.benali@ipo.nl"]),
        P("Hanneke Smeets", ["Hanneke Smeets"]),
        P("Sjoerd Kooistra", ["Kooistra", "Sjoerd"], email=["sjoerd.kooistra@minvro.nl"]),
        P("Fenna", ["Fenna"]),
        P("Ama van der Heijden-Asante", ["van der Heijden-Asante", "Ama"], email=["ama.vanderheijden@minvro.nl"]),
        P("Joost Verbeek", ["Joost Verbeek"], email=["joost.verbeek@minvro.nl"], phone=["06 2871 5530"]),
        P("Yan Zhou", ["Zhou", "Yan"], email=["yan.zhou@minvro.nl"]),
        P("Lotte Mooi", ["Lotte Mooi", "Mooi", "Lotte"]),
        P("J. van der Molen (VNG)", ["j.vandermolen@vng.nl"], kind="EMAIL"),
    ],
    keep=[
        K("OFFICE_HOLDER", "Keijzer"), K("ORG", "IPO"), K("PROGRAMME", "Startbouwimpuls"), K("PLACE", "Almere"),
        K("SWITCHBOARD", "070 751 4000"), K("MAILBOX", "woo@minvro.nl"), K("MAILBOX", "Secretariaat DGVH"),
        K("TERM", "Geaccepteerd"), K("TERM", "Geweigerd"), K("TERM", "Voorlopig"), K("TERM", "Automatisch antwoord"),
        K("TERM", "Automatic reply"), K("TERM", "Verplichte deelnemer"), K("TERM", "Optionele deelnemer"),
        K("ACRONYM", "DGVH"), K("TERM", "Q&A"), K("ORG", "VRO/Communicatie"), K("TERM", "out of office"),
    ]))

# ---------------------------------------------------------------------------------------------- aj17


def b_aj17(out):
    d = fw.docx_new(author="Hofstra, Anouk", title="Verslag overleg Woo-team DGVH 10 maart 2025", font="Arial", size=10)
    fw.docx_header_footer(d, header="Ministerie van Volkshuisvesting en Ruimtelijke Ordening – DGVH – intern",
                          footer="Verslag opgesteld op basis van de Teams-chat en aantekeningen; niet vastgesteld")
    d.add_heading("Verslag overleg Woo-team DGVH", level=1)
    fw.docx_table(d, [["Datum", "maandag 10 maart 2025, 09:00–10:45 (deels via de Teams-chat)"],
                      ["Aanwezig", "Priya Sharma (voorzitter), Glenn Pinas, Lotte Mooi, Soufiane El Idrissi, "
                                   "Yan Zhou (vanaf 10:15)"],
                      ["Afwezig", "Tom Kuipers (IPO-overleg)"],
                      ["Verslag", "Soufiane El Idrissi"]], widths_cm=[3, 13.5], header=False)
    d.add_heading("1. Nieuwe verzoeken", level=2)
    fw.docx_par(d, "Er zijn drie nieuwe Woo-verzoeken binnengekomen via woo@minvro.nl. Het eerste gaat over de Woontop van "
                   "12 februari; de verzoeker vraagt alle chats van de voorbereidingsgroep. Lotte neemt dit verzoek. "
                   "Zoals Glenn al zei, zat minister Keijzer niet in de Teams-groep maar wel in de Signal-groep met de DG; "
                   "Keijzer heeft volgens het secretariaat geen berichten met beleidsinhoud in die groep gezet. Lotte "
                   "controleert dat en doet navraag bij mevrouw Yildiz-Kaya (BZK) over de manier waarop BZK de "
                   "Signal-berichten van bewindspersonen exporteert.")
    p = fw.docx_par(d, "Het tweede verzoek (Startbouwimpuls) komt van dezelfde journalist van Follow the Money als vorig jaar. "
                       "Soufiane doet de zoekslag in Outlook en Teams op de trefwoorden Woontop, woondeal, Keijzer en "
                       "Startbouwimpuls. De collega van Glenn bij DGBRZO heeft een script voor de Teams-export; Glenn vraagt "
                       "het op.")
    d.add_comment(p.runs[:1], text="Script is van Marco Tjon-Pian-Gi; hij wil niet genoemd worden in het besluit.",
                  author="Verbeek, Joost", initials="JV")
    fw.docx_par(d, "Het derde verzoek (huurbevriezing) neemt Yan. Het raakt ook SZW en Financiën; Yan stemt af met de "
                   "Woo-coördinatoren daar.")
    d.add_heading("2. Persoonsgegevens in chats", level=2)
    p = fw.docx_par(d, "Glenn wijst erop dat in de chat van de voorbereidingsgroep ook berichten staan van Bas, de chauffeur "
                       "van de minister, over ophaaltijden. Die vallen buiten de reikwijdte van het verzoek; voor zover ze "
                       "wel worden verstrekt, worden namen en telefoonnummers gelakt (5.1.2e). Tom heeft aangegeven dat de "
                       "collega van VNG die een export vroeg (naam onbekend, ‘iets met een M’) een eigen verzoek moet doen.")
    d.add_comment(p.runs[:1], text="Bas = Bas Hendriksen? Navragen bij secretariaat.", author="Hofstra, Anouk",
                  initials="AH")
    fw.docx_par(d, "Afgesproken wordt dat voornamen in chats (zoals ‘Lotte’ of ‘Ama’) net zo worden behandeld als volledige "
                   "namen. Functionele mailboxen (woo@minvro.nl, Secretariaat DGVH) en de namen van bewindspersonen blijven staan.")
    d.add_heading("3. Actiepunten", level=2)
    fw.docx_table(d, [["Nr.", "Actie", "Wie", "Wanneer"],
                      ["1", "Verzoek Woontop: chats voorbereidingsgroep verzamelen, navraag BZK", "LM", "17-3"],
                      ["2", "Zoekslag Startbouwimpuls in Outlook en Teams", "SEI", "21-3"],
                      ["3", "Script Teams-export opvragen bij DGBRZO", "GP", "14-3"],
                      ["4", "Verzoek huurbevriezing: afstemming SZW en Financiën", "YZ", "19-3"],
                      ["5", "Ontvangstbevestigingen en termijnbewaking (deadline 7 april)", "PS", "doorlopend"],
                      ["6", "Terugkoppeling IPO-overleg", "TK", "volgend overleg"]],
                  widths_cm=[1.2, 10.3, 1.8, 3.2])
    fw.docx_par(d, "\nVolgend overleg: maandag 17 maart 2025, 09:00 uur, kamer 5.08 of via Teams.", after=4)
    fw.libreoffice(d, out)


DOCS.append(Doc(
    "aj17", "Meeting notes written from the Teams chat: people named in passing, action list with initials, comments",
    "libreoffice-docx", b_aj17,
    redact=[
        P("Priya Sharma", ["Priya Sharma", "Sharma", "Priya"], codes=["PS"]),
        P("Glenn Pinas", ["Glenn Pinas", "Pinas", "Glenn"], codes=["GP"]),
        P("Lotte Mooi", ["Lotte Mooi", "Mooi", "Lotte"], codes=["LM"]),
        P("Soufiane El Idrissi", ["Soufiane El Idrissi", "El Idrissi", "Soufiane"], codes=["SEI"]),
        P("Yan Zhou", ["Yan Zhou", "Zhou", "Yan"], codes=["YZ"]),
        P("Tom Kuipers", ["Tom Kuipers", "Kuipers", "Tom"], codes=["TK"]),
        P("mevrouw Yildiz-Kaya (BZK)", ["Yildiz-Kaya"]),
        P("Bas (chauffeur)", ["Bas"]),
        P("Ama", ["Ama"]),
        H("PERSON", "Anouk Hofstra (document and comment author)", "Hofstra", "Anouk"),
        H("PERSON", "Joost Verbeek (comment author)", "Verbeek", "Joost"),
        H("PERSON", "Marco Tjon-Pian-Gi (named in a comment)", "Tjon-Pian-Gi", "Marco"),
        H("PERSON", "Bas Hendriksen (named in a comment)", "Hendriksen"),
    ],
    keep=[
        K("ORG", "Ministerie van Volkshuisvesting en Ruimtelijke Ordening"), K("ACRONYM", "DGVH"),
        K("MAILBOX", "woo@minvro.nl"), K("MAILBOX", "Secretariaat DGVH"), K("EVENT", "Woontop"),
        K("OFFICE_HOLDER", "Keijzer"), K("PRODUCT", "Signal"), K("PRODUCT", "Teams"), K("ORG", "BZK"),
        K("PROGRAMME", "Startbouwimpuls"), K("ORG", "Follow the Money"), K("ACRONYM", "DGBRZO"), K("ORG", "SZW"),
        K("ORG", "Financiën"), K("ORG", "VNG"), K("ORG", "IPO"), K("GROUND", "5.1.2e"), K("TITLE", "chauffeur"),
        K("TITLE", "voorzitter"), K("DATE", "maandag 17 maart 2025"), K("ROOM", "kamer 5.08"),
    ]))

# ---------------------------------------------------------------------------------------------- aj18


def b_aj18(out):
    d = fw.docx_new(author="Pinas, Glenn", title="Verslag bestuurlijk overleg Woontop 2", font="Times New Roman", size=11)
    fw.docx_header_footer(d, header="Verslag – bestuurlijk overleg Woontop 2 – 3 april 2025",
                          footer="Ministerie van Volkshuisvesting en Ruimtelijke Ordening · Korte Voorhout 7 · 2511 CW Den Haag")
    d.add_heading("Verslag bestuurlijk overleg Woontop 2", level=1)
    fw.docx_par(d, "Datum: donderdag 3 april 2025, 13:00–15:30\nLocatie: Ministerie van VRO, Korte Voorhout 7, zaal De Wadden",
                after=6)
    fw.docx_table(d, [["Aanwezig (bestuurlijk)", "Ambtelijke ondersteuning"],
                      ["minister Keijzer (VRO, voorzitter)\nburgemeester Depla (Breda, namens VNG)\n"
                       "burgemeester Halsema (Amsterdam, namens G4)\ngedeputeerde Van der Maat (namens IPO)\n"
                       "de voorzitter van Aedes",
                       "Priya Sharma (DGVH)\nGlenn Pinas (DGVH, verslag)\nAma van der Heijden-Asante (DGVH/BS)\n"
                       "Rachid Benali (IPO)\nJ. van der Molen (VNG)"]], widths_cm=[8.2, 8.2])
    d.add_heading("1. Opening", level=2)
    fw.docx_par(d, "Minister Keijzer opent en heet iedereen welkom. Keijzer benadrukt dat het doel van 100.000 woningen per "
                   "jaar alleen haalbaar is als de procedures korter worden. Zij verwijst naar de woondeals die toenmalig "
                   "minister De Jonge in 2022 met de regio’s sloot; die blijven het vertrekpunt.")
    d.add_heading("2. Startbouwimpuls en woondeals", level=2)
    fw.docx_par(d, "Burgemeester Depla vraagt namens VNG om zekerheid over de derde tranche van de Startbouwimpuls. Depla stelt "
                   "voor de aanvraagtermijn met zes weken te verlengen. Gedeputeerde Van der Maat steunt dat voorstel. "
                   "Halsema wijst op de Amsterdamse aantallen: de helft van de geplande sociale huur loopt vertraging op "
                   "door netcongestie. Burgemeester Halsema vraagt Liander en TenneT aan tafel bij de volgende Woontop.")
    fw.docx_par(d, "De voorzitter van Aedes meldt dat corporaties bereid zijn 15.000 extra flexwoningen te bouwen, mits de "
                   "onrendabele top wordt gedekt. Ama van der Heijden-Asante licht de cijfers toe; de notitie die zij op "
                   "1 april rondstuurde, wordt nagezonden.")
    d.add_heading("3. Brief van een adviseur", level=2)
    fw.docx_par(d, "Voorafgaand aan het overleg ontving de minister een brief van de heer Oldenkamp, oud-wethouder van "
                   "Deventer en thans adviseur van Stichting Nieuw Thuis Salland, met het verzoek om aan te mogen schuiven. "
                   "Keijzer heeft dat verzoek afgewezen; Glenn Pinas stuurt een reactie namens het ministerie.")
    d.add_heading("4. Afspraken", level=2)
    fw.docx_table(d, [["Afspraak", "Trekker"],
                      ["Verlenging aanvraagtermijn Startbouwimpuls uitwerken", "VRO (Priya Sharma) met VNG (J. van der Molen)"],
                      ["Liander en TenneT uitnodigen voor Woontop 3", "VRO (Glenn Pinas)"],
                      ["Notitie onrendabele top flexwoningen nazenden", "VRO (Ama van der Heijden-Asante)"],
                      ["Reactie op de brief van de heer Oldenkamp", "VRO (Glenn Pinas)"]], widths_cm=[10.4, 6])
    fw.docx_par(d, "\nDe volgende Woontop is gepland op 26 juni 2025 in Utrecht.")
    fw.libreoffice(d, out)


DOCS.append(Doc(
    "aj18", "Minutes of an administrative meeting: office holders with and without titles, support staff, a former "
            "wethouder now adviser, and a former minister acting in role", "libreoffice-docx", b_aj18,
    redact=[
        P("Priya Sharma", ["Priya Sharma", "Sharma", "Priya"]),
        P("Glenn Pinas", ["Glenn Pinas", "Pinas", "Glenn"]),
        P("Ama van der Heijden-Asante", ["Ama van der Heijden-Asante", "van der Heijden-Asante", "Ama"]),
        P("Rachid Benali", ["Rachid Benali", "Benali", "Rachid"]),
        P("J. van der Molen (VNG)", ["J. van der Molen", "van der Molen"]),
        P("de heer Oldenkamp (former wethouder, now adviser)", ["Oldenkamp"]),
    ],
    keep=[
        K("OFFICE_HOLDER", "Keijzer"), K("OFFICE_HOLDER", "Depla"), K("OFFICE_HOLDER", "Halsema"),
        K("OFFICE_HOLDER", "Van der Maat"), K("OFFICE_HOLDER", "De Jonge"), K("TITLE", "toenmalig minister De Jonge"),
        K("ORG", "Aedes"), K("ORG", "VNG"), K("ORG", "G4"), K("ORG", "IPO"), K("PLACE", "Breda"), K("PLACE", "Amsterdam"),
        K("PLACE", "Deventer"), K("ORG", "Stichting Nieuw Thuis Salland"), K("ORG", "Liander"), K("ORG", "TenneT"),
        K("PROGRAMME", "Startbouwimpuls"), K("TERM", "netcongestie"), K("TERM", "onrendabele top"),
        K("ADDRESS_ORG", "Korte Voorhout 7"), K("EVENT", "Woontop 2"), K("ACRONYM", "DGVH"), K("PLACE", "Utrecht"),
        K("TITLE", "oud-wethouder"), K("ROOM", "zaal De Wadden"),
    ]))

# ---------------------------------------------------------------------------------------------- aj19


def b_aj19(out):
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    st = fw.styles("DVS", 10)
    S = [Paragraph("Gemeente Almere – Team Inburgering en Participatie", st["small"]), Spacer(1, 4),
         Paragraph("Gespreksverslag", st["h1"])]
    meta = [["Onderwerp", "Gesprek met vertegenwoordigers van de Eritrese en Ghanese gemeenschap over de nieuwe Wet inburgering"],
            ["Datum", "woensdag 26 februari 2025, 19:00–21:00"],
            ["Plaats", "Wijkcentrum De Schoor, Almere Haven"],
            ["Gespreksleider", "Abena Darko-Visser (programmamanager inburgering)"],
            ["Verslag", "Selamawit Kidane"],
            ["Kenmerk", "INB/2025/0217"]]
    t = Table([[Paragraph(f"<b>{esc(a)}</b>", st["t"]), Paragraph(esc(b), st["t"])] for a, b in meta],
              colWidths=[32 * mm, 136 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("LINEBELOW", (0, -1), (-1, -1), 0.5, "#888888"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    S += [t, Spacer(1, 8)]
    S += fw.rl_text("""Aanleiding. De gemeente wil weten hoe statushouders de eerste twee jaar onder de Wet inburgering 2021 ervaren. Op uitnodiging van Abena kwamen ongeveer twintig mensen; een deel sprak Tigrinya, Selamawit tolkte.

Wat we hoorden. De heer Yohannes Tekle, voorzitter van de Eritrese vereniging in Almere, vertelde dat jongeren vastlopen op de taaleis B1. Hij noemde het voorbeeld van zijn neef Mehari, die zijn opleiding aan het ROC moest onderbreken. Mevrouw Abrehet Haile vroeg of de gemeente vaker een tolk kan inzetten bij gesprekken met de consulent; zoals zij zei: ‘zonder tolk teken je dingen die je niet begrijpt.’

Pastor Ebenezer Appiah (Church of Pentecost Almere) gaf aan dat zijn gemeente elke zaterdag taalles geeft met vrijwilligers. Hij vroeg of de gemeente lokaal beschikbaar kan stellen. Navraag bij mevrouw Darko-Visser leerde dat het Stadhuisplein-gebouw op zaterdag dicht is; zij bekijkt De Schoor als alternatief.

Een deelnemer (de broer van Abrehet, naam niet genoteerd) vroeg naar de wachttijden bij het COA en de IND. Dat valt buiten de gemeentelijke taak; we verwijzen naar VluchtelingenWerk Midden-Nederland.

Vervolg. Abena stuurt de deelnemers een samenvatting via de contactpersonen (de heer Tekle voor de Eritrese vereniging, 06 4410 2783; pastor Appiah via de kerk). De uitkomsten gaan mee in de raadsinformatiebrief van wethouder Jerzy Soetekouw over de evaluatie van de inburgering. Contact met de gemeente verloopt via 14 036.""", st["n"])

    def onpage(c, d):
        c.setFont("DVS", 7.5)
        c.drawString(20 * mm, 12 * mm, "Gemeente Almere · Stadhuisplein 1 · 1315 HR Almere · 14 036 · www.almere.nl")
        c.drawRightString(190 * mm, 12 * mm, "INB/2025/0217")

    fw.reportlab_doc(out, S, author="Kidane, Selamawit", title="Gespreksverslag INB/2025/0217", onpage=onpage,
                     creator="Microsoft Word")


DOCS.append(Doc(
    "aj19", "Conversation report: community members, an interpreter and a pastor named in passing", "reportlab", b_aj19,
    redact=[
        P("Abena Darko-Visser", ["Abena Darko-Visser", "Darko-Visser", "Visser", "Abena"]),
        P("Selamawit Kidane", ["Selamawit Kidane", "Selamawit"]),
        P("Yohannes Tekle", ["Yohannes Tekle", "Tekle"], phone=["06 4410 2783"]),
        P("Mehari (nephew)", ["Mehari"]),
        P("Abrehet Haile", ["Abrehet Haile", "Abrehet"]),
        P("Ebenezer Appiah (pastor)", ["Ebenezer Appiah", "Appiah"]),
        H("PERSON", "Selamawit Kidane (PDF author)", Pr("Kidane, Selamawit", hidden=True)),
    ],
    keep=[
        K("ORG", "Gemeente Almere"), K("ORG", "Team Inburgering en Participatie"), K("LAW", "Wet inburgering 2021"),
        K("PLACE", "Almere Haven"), K("PLACE", "De Schoor"), K("LANG", "Tigrinya"), K("ORG", "ROC"), K("TERM", "B1"),
        K("ORG", "Church of Pentecost Almere"), K("ORG", "COA"), K("ORG", "IND"),
        K("ORG", "VluchtelingenWerk Midden-Nederland"), K("SWITCHBOARD", "14 036"), K("ADDRESS_ORG", "Stadhuisplein 1"),
        K("TITLE", "programmamanager inburgering"), K("ID", "INB/2025/0217"), K("TERM", "raadsinformatiebrief"),
        K("TITLE", "voorzitter"), K("TERM", "statushouders"), K("OFFICE_HOLDER", "wethouder Jerzy Soetekouw"),
    ]))

# ---------------------------------------------------------------------------------------------- aj20


def b_aj20(out):
    d = fw.docx_new(author="Tjin-A-Tsoi, R.", title="Nota terugblik Woo-verzoeken chatberichten", font="Verdana", size=9.5)
    fw.docx_header_footer(d, header="Directoraat-generaal Digitale Overheid · Directie Informatiesamenleving en Overheid",
                          footer="Kenmerk 2025-0000184320")
    fw.docx_par(d, "Nota", bold=True, size=16)
    fw.docx_table(d, [["Aan", "de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties"],
                      ["Van", "DG Digitale Overheid"], ["Datum", "2 april 2025"], ["Kenmerk", "2025-0000184320"],
                      ["Onderwerp", "Terugblik afhandeling Woo-verzoeken over chatberichten (eerste kwartaal 2025)"],
                      ["Contactpersoon", "R. Tjin-A-Tsoi, T 070 426 89 15, rachel.tjin-a-tsoi@minbzk.nl"],
                      ["Kopie aan", "SG, pSG, DGDOO, DJZ"]], widths_cm=[3.6, 13], header=False)
    d.add_heading("Aanleiding", level=2)
    fw.docx_par(d, "In het eerste kwartaal van 2025 ontving BZK negen Woo-verzoeken over chatberichten van bewindspersonen "
                   "en ambtenaren. U vroeg in het stafoverleg van 17 maart om een terugblik. Deze nota geeft die en doet "
                   "drie voorstellen.")
    d.add_heading("Geadviseerd besluit", level=2)
    fw.docx_par(d, "Aan de staatssecretaris wordt gevraagd in te stemmen met de drie voorstellen onder ‘Kern’.")
    d.add_heading("Kern", level=2)
    fw.docx_par(d, "1. Export op vaste momenten. Zoals Jeroen al in het MT van 4 maart zei, kost het zoeken in "
                   "telefoons de meeste tijd. Voorstel: het secretariaat exporteert Signal- en WhatsApp-berichten van "
                   "bewindspersonen wekelijks naar het DMS, zoals SZW al doet (navraag bij de heer Mulder van SZW).")
    fw.docx_par(d, "2. Eén werkwijze voor voornamen. In chatexports staan vaak alleen voornamen of bijnamen "
                   "(‘Jeroentje’, ‘Ger’). De collega van Femke bij DJZ heeft een handreiking gemaakt: voornamen worden "
                   "behandeld als namen. Namen van bewindspersonen en Kamerleden blijven staan; ook het kabinetsstandpunt "
                   "dat toenmalig minister Bruins Slot in 2022 naar de Kamer stuurde, blijft het kader.")
    fw.docx_par(d, "3. Lobby via oud-bewindspersonen. Oud-staatssecretaris Brandsma-Olde Heuvel (thans zelfstandig "
                   "adviseur) heeft tweemaal namens een leverancier van archiveringssoftware om een gesprek gevraagd. "
                   "Voorstel: zulke verzoeken lopen via het secretariaat en worden in het lobbyregister vastgelegd; de "
                   "naam van de adviseur wordt bij openbaarmaking niet genoemd, omdat zij niet in een publieke functie "
                   "optreedt.")
    d.add_heading("Toelichting", level=2)
    fw.docx_par(d, "Van de negen verzoeken zijn er zes afgehandeld binnen de termijn. Bij twee verzoeken was verdaging nodig "
                   "omdat de export van Teams-chats via Logius (zie de Slack-afspraken met het GDI Platform-team) "
                   "vertraging opliep. Staatssecretaris Szabó heeft de Kamer op 14 maart geïnformeerd (antwoorden op de "
                   "vragen van het lid Kathmann).")
    fw.docx_par(d, "Agnieszka Kowalczyk (DJZ) en Samira Boukhari (Woo-coördinator DGDOO) hebben aan deze nota meegewerkt.")
    d.add_heading("Informatie die niet openbaar gemaakt kan worden", level=2)
    fw.docx_par(d, "[In te vullen bij openbaarmaking]")
    d.add_heading("Motivering", level=3)
    fw.docx_par(d, "[In te vullen]")
    fw.libreoffice(d, out)


DOCS.append(Doc(
    "aj20", "Beslisnota: look-back on chat requests; first names, a former state secretary as lobbyist, a former "
            "minister acting in role; empty motivation placeholder", "libreoffice-docx", b_aj20,
    redact=[
        P("Rachel Tjin-A-Tsoi", ["R. Tjin-A-Tsoi", "Tjin-A-Tsoi"], email=["rachel.tjin-a-tsoi@minbzk.nl"],
          phone=["070 426 89 15"]),
        P("Jeroen (de Graaf)", ["Jeroen"]), P("de heer Mulder (SZW)", ["Mulder"]),
        P("'Jeroentje' (nickname)", ["Jeroentje"]), P("'Ger' (nickname)", ["Ger"]), P("Femke (DJZ)", ["Femke"]),
        P("Brandsma-Olde Heuvel (former staatssecretaris, now adviser)", ["Brandsma-Olde Heuvel"]),
        P("Agnieszka Kowalczyk", ["Agnieszka Kowalczyk", "Kowalczyk", "Agnieszka"]),
        P("Samira Boukhari", ["Samira Boukhari", "Boukhari", "Samira"]),
        H("PERSON", "R. Tjin-A-Tsoi (PDF author)", Pr("Tjin-A-Tsoi, R.", hidden=True)),
    ],
    keep=[
        K("OFFICE_HOLDER", "Szabó"), K("OFFICE_HOLDER", "Kathmann"), K("OFFICE_HOLDER", "Bruins Slot"),
        K("TITLE", "staatssecretaris"), K("ORG", "DG Digitale Overheid"), K("ACRONYM", "DGDOO"), K("ACRONYM", "DJZ"),
        K("ORG", "SZW"), K("ORG", "BZK"), K("ORG", "Logius"), K("ORG", "GDI Platform"), K("ACRONYM", "DMS"),
        K("PRODUCT", "Signal"), K("PRODUCT", "WhatsApp"), K("ID", "2025-0000184320"), K("TERM", "lobbyregister"),
        K("HEADING", "Informatie die niet openbaar gemaakt kan worden"), K("HEADING", "Motivering"),
        K("TITLE", "Woo-coördinator"), K("TITLE", "Oud-staatssecretaris"), K("ACRONYM", "pSG"), K("DATE", "2 april 2025"),
    ]))
