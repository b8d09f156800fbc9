"""HTML printed by headless Chromium: Outlook prints, meeting requests, chat exports, ticket prints,
SharePoint version history, Word print with markup balloons."""
from __future__ import annotations

import re

from framework import Doc, chromium, finish, plain
from registry import doc
from render import html_blocks, html_page

MAIL_CSS = """
.hdr { border-bottom: 2px solid #333; margin-bottom: 6px; font-size: 13pt; font-weight: bold; }
.meta td { border: none; padding: 0 6px 0 0; font-size: 9.5pt; } .meta td:first-child { font-weight: bold; width: 90px; }
.quote { border-left: 2px solid #1f4e79; padding-left: 8px; margin: 6px 0 6px 4px; }
.sig { color: #333; font-size: 9pt; margin-top: 6px; } .disc { font-size: 7.5pt; color: #666; margin-top: 6px; }
p { margin: 4px 0; } a { color: #0b57a4; }
"""


def mail_header(d, rows):
    out = ["<table class='meta'>"]
    for k, v in rows:
        out.append(f"<tr><td>{d.e(k)}</td><td>{linkify(d, v)}</td></tr>")
    out.append("</table>")
    return "".join(out)


RX_MAIL = re.compile(r"(\[\[[^\]|]+@[^\]|]+\|E(?:=[^\]]+)?\]\]|\{\{[^}|]+@[^}|]+\|MAILBOX\}\})")


def linkify(d, s):
    """Record s as page text; e-mail addresses become mailto links (Chromium writes link annotations)."""
    d.t(s)
    out = []
    for piece in RX_MAIL.split(s):
        if RX_MAIL.fullmatch(piece or ""):
            addr = plain(piece)
            d.t(piece, "annotations")
            out.append(f"<a href='mailto:{addr}'>{addr.replace('<', '&lt;')}</a>")
        else:
            out.append(plain(piece).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                       .replace("\n", "<br>"))
    return "".join(out)


def para(d, s):
    return "".join(f"<p>{linkify(d, x)}</p>" for x in s.split("\n\n"))


@doc("z13")
def z13():
    d = Doc("z13", "Outlook thread print, nested Dutch/English replies, signatures, disclaimer, mailto links",
            "HTML -> Chromium")
    b = ["<div class='hdr'>" + d.e("[[Kwabena Owusu|P]]") + "</div>"]
    b.append(mail_header(d, [("Van:", "[[Kwabena Owusu|P]] <[[k.owusu@rvo.nl|E]]>"),
                             ("Verzonden:", "donderdag 6 februari 2025 16:42"),
                             ("Aan:", "[[Renske op de Weegh|P]] <[[renske.opdeweegh@minezk.nl|E]]>"),
                             ("CC:", "{{subsidies-innovatie@rvo.nl|MAILBOX}}; [[Visser, Ellen|P=Ellen Visser]]"),
                             ("Onderwerp:", "RE: WBSO-aanvraag {{Quantum Delta NL|ORG}} - vraag van Kamerlid")]))
    b.append(para(d, "Hoi [[Renske|P=Renske op de Weegh]],\n\nDank voor je snelle reactie. De vraag van het lid "
                  "{{Kisteman|PUBLIC}} ({{VVD|ORG}}) gaat over de doorlooptijd van de {{WBSO|ACRONYM}}. Ik heb de "
                  "cijfers uit {{Power BI|PRODUCT}} gehaald; [[Ellen|P=Ellen Visser]] controleert ze nog.\n\n"
                  "Groet,\n[[Kwabena|P=Kwabena Owusu]]"))
    b.append("<div class='sig'>" + linkify(d, "[[Kwabena Owusu MSc|P=Kwabena Owusu]]\n{{Senior adviseur|ROLE}} "
                                             "{{Innovatie en Subsidies|ORG}}\n{{Rijksdienst voor Ondernemend Nederland|ORG}}\n"
                                             "{{Prinses Beatrixlaan 2|ADDRESS_ORG}} | {{2595 AL Den Haag|ADDRESS_ORG}}\n"
                                             "M [[+31 (0)6 1193 7702|T]] | T {{088 042 42 42|SWITCHBOARD}}\n"
                                             "{{www.rvo.nl|WEB}}") + "</div>")
    b.append("<div class='quote'>")
    b.append(mail_header(d, [("Van:", "[[Op de Weegh, Renske|P=Renske op de Weegh]]"),
                             ("Verzonden:", "donderdag 6 februari 2025 11:05"),
                             ("Aan:", "[[Owusu, Kwabena|P=Kwabena Owusu]]"),
                             ("Onderwerp:", "WBSO-aanvraag Quantum Delta NL - vraag van Kamerlid")]))
    b.append(para(d, "Dag [[Kwabena|P=Kwabena Owusu]],\n\nMinister {{Beljaarts|PUBLIC}} wil de "
                  "antwoorden voor het commissiedebat Innovatie. Kun je vóór vrijdag de doorlooptijden leveren? "
                  "Staatssecretaris {{Rummenie|PUBLIC}} is in cc van de nota.\n\nMet vriendelijke groet,\n"
                  "[[Renske op de Weegh|P]]\n{{Directie Innovatie en Kennis|ORG}} | {{Ministerie van Economische Zaken|ORG}}\n"
                  "[[06-28830417|T]]"))
    b.append("<div class='quote'>")
    b.append(para(d, "On Wed 5 Feb 2025 at 19:12, [[Daniel Whitmore|P]] <[[d.whitmore@quantumdelta.nl|E]]> wrote:"))
    b.append(para(d, "Dear Ms [[Op de Weegh|P=Renske op de Weegh]],\n\nFollowing our call with "
                  "{{Quantum Delta NL|ORG}} and {{TNO|ACRONYM}}, please find our {{R&D|TERM}} roadmap attached. "
                  "Our CFO, [[Priya Raghunathan|P]], is available for a follow-up. For general questions use "
                  "{{info@quantumdelta.nl|MAILBOX}}.\n\nKind regards,\n[[Dan Whitmore|P=Daniel Whitmore]]\n"
                  "Head of Public Affairs | [[+31 6 5550 2081|T]]"))
    b.append("</div></div>")
    b.append("<div class='disc'>" + d.e("Dit bericht kan informatie bevatten die niet voor u is bestemd. Indien u "
                                       "niet de geadresseerde bent, wordt u verzocht de afzender te melden. De "
                                       "{{Staat der Nederlanden|ORG}} aanvaardt geen aansprakelijkheid voor schade "
                                       "als gevolg van elektronische verzending.") + "</div>")
    pdf = chromium(html_page("".join(b), MAIL_CSS), "z13")
    finish(pdf, d, info={"Title": "RE: WBSO-aanvraag Quantum Delta NL - vraag van Kamerlid"})
    return d


@doc("z14")
def z14():
    d = Doc("z14", "Outlook meeting request print (Organisator, Verplichte/Optionele deelnemers)", "HTML -> Chromium")
    b = ["<div class='hdr'>" + d.e("Bestuurlijk overleg {{Regionale Energiestrategie|PROGRAM}} Twente") + "</div>"]
    b.append(mail_header(d, [
        ("Organisator:", "[[Lieke Wolters-Nijhuis|P]] <[[l.wolters@enschede.nl|E]]>"),
        ("Verzonden:", "maandag 10 maart 2025 09:14"),
        ("Verplichte deelnemers:", "wethouder {{Jeroen Diepemaat|PUBLIC}}; gedeputeerde {{Harold Zoet|PUBLIC}}; "
         "[[Maarten ter Haar|P]]; [[Wijbenga, D.|P=Douwe Wijbenga]]; [[Shurenska Croes|P]]; "
         "{{secretariaat-res@regiotwente.nl|MAILBOX}}"),
        ("Optionele deelnemers:", "[[Jan-Willem van Ommen|P]]; [[Faber, T.|P=Tessa Faber]]; "
         "{{Enexis Netbeheer|ORG}} (via [[rik.hulshof@enexis.nl|E]])"),
        ("Onderwerp:", "Bestuurlijk overleg RES Twente - netcongestie"),
        ("Wanneer:", "donderdag 20 maart 2025 13:30-15:00 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen"),
        ("Locatie:", "{{Stadhuis Enschede|ORG}}, zaal 2.14 / {{Microsoft Teams|PRODUCT}}-vergadering")]))
    b.append(para(d, "Beste allen,\n\nNamens wethouder {{Diepemaat|PUBLIC}} nodig ik u uit voor het bestuurlijk "
                  "overleg over netcongestie. {{TenneT|ORG}} presenteert de {{capaciteitskaart|TERM}}. Stukken "
                  "volgen via {{iBabs|PRODUCT}}. Bij verhindering graag afmelden bij [[Maarten|P=Maarten ter Haar]] "
                  "([[06 4119 2287|T]]).\n\nHartelijke groet,\n[[Lieke Wolters|P=Lieke Wolters-Nijhuis]]\n"
                  "{{Bestuursadviseur|ROLE}} {{Gemeente Enschede|ORG}}\nT {{14 053|SWITCHBOARD}} | M [[06 2240 8818|T]]"))
    b.append("<hr>" + para(d, "Deelnemen aan {{Microsoft Teams|PRODUCT}}-vergadering\nVergaderings-id: 384 221 907 11\n"
                              "Wachtwoord: Gx7pQ2\nOrganisator: [[Lieke Wolters-Nijhuis|P]]"))
    b.append("<h2>" + d.e("Reacties") + "</h2>")
    b.append(html_blocks(d, [("table", [["Deelnemer", "Reactie", "Tijd"],
                                       ["[[Shurenska Croes|P]]", "Geaccepteerd", "10-3 09:30"],
                                       ["[[Maarten ter Haar|P]]", "Voorlopig", "10-3 10:02"],
                                       ["[[Jan-Willem van Ommen|P]]", "Afgewezen: 'zit bij {{Netbeheer Nederland|ORG}}'", "10-3 11:47"],
                                       ["wethouder {{Jeroen Diepemaat|PUBLIC}}", "Geaccepteerd", "10-3 12:15"]])]))
    pdf = chromium(html_page("".join(b), MAIL_CSS), "z14")
    finish(pdf, d, info={"Title": "Bestuurlijk overleg RES Twente"})
    return d


CHAT_CSS = """
body { font-family: 'DejaVu Sans Mono', monospace; font-size: 8.8pt; } p { margin: 1px 0; }
.day { text-align: center; color: #555; margin: 6px 0; }
"""


@doc("z15")
def z15():
    d = Doc("z15", "WhatsApp group export (text), printed", "HTML -> Chromium")
    lines = [
        "[[Bakker|P=Jeroen Bakker]] maakte groep 'Handhaving Noord 🚲' aan",
        "12-02-2025 07:58 - [[Jeroen Bakker|P]]: Goedemorgen! Vandaag extra controle fietsparkeren bij {{station Hoorn|PLACE}}",
        "12-02-2025 08:03 - [[Pieter Oortwijn|P]]: Top. [[Hodan|P=Hodan Abdi]] en ik nemen het {{Kerkplein|STREET}}",
        "12-02-2025 08:05 - [[+31 6 2233 4411|T]]: Ik ben er om 9 uur, trein vertraagd ({{NS|ACRONYM}} storing)",
        "12-02-2025 08:06 - [[Jeroen Bakker|P]]: Geen probleem [[Hodan|P=Hodan Abdi]] 👍",
        "12-02-2025 10:41 - [[Pieter Oortwijn|P]]: Melding via {{BuitenBeter|PRODUCT}}: scooter op de stoep bij [[Grote Noord 88|A]]",
        "12-02-2025 10:43 - [[Pieter Oortwijn|P]]: Eigenaar is [[meneer Dijkman|P=Frits Dijkman]], kent ons al. Zijn nummer [[06 8811 2290|T]]",
        "12-02-2025 10:44 - [[Jeroen Bakker|P]]: <Media weggelaten>",
        "12-02-2025 12:20 - [[Kimberly Wever|P]]: Let op: burgemeester {{Jan Nieuwenburg|PUBLIC}} loopt morgen mee voor {{NH Nieuws|ORG}}",
        "12-02-2025 12:21 - [[Kimberly Wever|P]]: Graag geen foto's van collega's in de groep, {{AVG|LAW}} 🙏",
        "12-02-2025 12:22 - [[+31 6 2233 4411|T]]: Begrepen",
        "13-02-2025 08:15 - [[Jeroen Bakker|P]]: [[Frits Dijkman|P]] belde, wil klacht indienen bij de {{Nationale ombudsman|ORG}}",
        "13-02-2025 08:17 - [[Kimberly Wever|P]]: Verwijs naar {{klachten@hoorn.nl|MAILBOX}} of {{0229 252 200|SWITCHBOARD}}",
        "13-02-2025 16:02 - [[Pieter Oortwijn|P]]: Fijn weekend allemaal! Maandag {{BOA|ACRONYM}}-overleg met de {{Politie Noord-Holland|ORG}}",
    ]
    body = "<p>" + d.e("WhatsApp-chat met Handhaving Noord (export {{WhatsApp|PRODUCT}}, bijlage bij Woo-verzoek 2025-031)") + "</p>"
    body += "".join(f"<p>{d.e(x)}</p>" for x in lines)
    pdf = chromium(html_page(body, CHAT_CSS), "z15")
    finish(pdf, d)
    return d


@doc("z16")
def z16():
    d = Doc("z16", "Teams meeting transcript (speaker + timestamp lines)", "HTML -> Chromium")
    turns = [
        ("[[Gunawan, Arief|P=Arief Gunawan]]", "0:00:04", "Goedemiddag allemaal, ik start de opname. Dit is het overleg over de "
         "{{phishing|TERM}}-campagne bij {{Gemeente Zaanstad|ORG}}."),
        ("[[Henk Dam|P]] ({{Gemeente Zaanstad|ORG}})", "0:00:19", "Ja, hoi. Wij zagen dinsdag 43 medewerkers die hun "
         "wachtwoord hebben ingevuld op een nagemaakte {{Microsoft 365|PRODUCT}}-pagina."),
        ("[[Gunawan, Arief|P=Arief Gunawan]]", "0:00:41", "Is {{MFA|ACRONYM}} daar afgedwongen? [[Joris|P=Joris in 't Zandt]], jij hebt de logs?"),
        ("[[Joris in 't Zandt|P]]", "0:00:52", "Klopt. Eén account, van [[mevrouw Kok|P=Ellen Kok]] van Burgerzaken, is daadwerkelijk "
         "ingelogd vanuit een IP-adres in {{Lagos|PLACE}}. We hebben het account geblokkeerd in {{Entra ID|PRODUCT}}."),
        ("[[Henk Dam|P]] ({{Gemeente Zaanstad|ORG}})", "0:01:20", "[[Ellen|P=Ellen Kok]] is zelf geschrokken. Ze heeft "
         "het meteen gemeld bij onze {{CISO|ACRONYM}}."),
        ("[[Małgorzata Wójcik|P]]", "0:01:34", "Moeten we dit melden bij de {{Autoriteit Persoonsgegevens|ORG}}? Binnen "
         "72 uur, volgens de {{AVG|LAW}}."),
        ("[[Gunawan, Arief|P=Arief Gunawan]]", "0:01:49", "Ja, als er persoonsgegevens zijn ingezien. Burgemeester "
         "{{Jan Hamming|PUBLIC}} wil vandaag nog een update; [[Henk|P=Henk Dam]], lukt dat?"),
        ("[[Henk Dam|P]] ({{Gemeente Zaanstad|ORG}})", "0:02:05", "Ja. Ik stuur het naar {{cert@zaanstad.nl|MAILBOX}} en naar het "
         "{{IBD|ACRONYM}}."),
        ("[[Wójcik, Małgorzata|P=Małgorzata Wójcik]]", "0:02:14", "Dan zet ik het in {{TOPdesk|PRODUCT}} als "
         "{{security incident|TERM}} met prioriteit 1."),
    ]
    body = ["<h1>" + d.e("Transcriptie: Incidentoverleg phishing Zaanstad") + "</h1>",
            "<p class='small'>" + d.e("14 januari 2025, 15:02 - 15:21 | 18m 42s | {{Microsoft Teams|PRODUCT}}") + "</p>",
            "<p class='small'>" + d.e("Gestart door [[Arief Gunawan|P]]") + "</p>"]
    for who, ts, text in turns:
        body.append(f"<p style='margin-top:8px'><b>{d.e(who)}</b> &nbsp; <span style='color:#666'>{ts}</span><br>"
                    f"{d.e(text)}</p>")
    body.append("<p class='small'>" + d.e("[[Arief Gunawan|P]] heeft de transcriptie gestopt") + "</p>")
    pdf = chromium(html_page("".join(body)), "z16")
    finish(pdf, d, info={"Title": "Transcriptie incidentoverleg", "Author": "[[Arief Gunawan|P]]"})
    return d


@doc("z17")
def z17():
    d = Doc("z17", "Signal chat export (two people, phone numbers as contacts)", "HTML -> Chromium")
    lines = [
        ("[[Noor van 't Westeinde|P]]", "[[+31 6 3870 1164|T]]", "21 jan 2025 22:14", "Heb je de brief van {{minister Keijzer|PUBLIC}} over de {{Woningwet|LAW}} al gezien?"),
        ("[[Wouter Blom|P]]", "[[+31 6 1509 7732|T]]", "21 jan 2025 22:16", "Ja. Onze wethouder {{Diederik Bangma|PUBLIC}} wil morgen een reactie."),
        ("[[Noor van 't Westeinde|P]]", "", "21 jan 2025 22:17", "Zal ik [[Sadia|P=Sadia Rahmani]] vragen de {{Woonvisie|PROGRAM}}-cijfers te updaten?"),
        ("[[Wouter Blom|P]]", "", "21 jan 2025 22:19", "Liever niet, ze is ziek. Vraag [[Rahmani|P=Sadia Rahmani]] maandag pas."),
        ("[[Noor van 't Westeinde|P]]", "", "21 jan 2025 22:20", "Oké. Dan vraag ik [[De Groot|P=Bas de Groot]] van {{Woonbron|ORG}}."),
        ("[[Wouter Blom|P]]", "", "21 jan 2025 22:31", "Prima. Verdwijnende berichten staan aan (1 week) ⏱"),
        ("[[Noor van 't Westeinde|P]]", "", "22 jan 2025 08:02", "Bestand: Woonvisie_cijfers_v3.xlsx (221 kB)"),
    ]
    body = ["<h1>" + d.e("Signal - export gesprek") + "</h1>",
            "<p class='small'>" + d.e("Aangeleverd door [[Wouter Blom|P]] ({{Gemeente Rotterdam|ORG}}) in het kader van "
                                     "Woo-verzoek 2025-0098; gesprek met [[Noor van 't Westeinde|P]]") + "</p>"]
    for who, num, ts, text in lines:
        extra = f" ({d.e(num)})" if num else ""
        body.append(f"<p style='margin-top:6px'><b>{d.e(who)}</b>{extra} <span style='color:#777'>{ts}</span><br>{d.e(text)}</p>")
    pdf = chromium(html_page("".join(body), CHAT_CSS), "z17")
    finish(pdf, d)
    return d


@doc("z18")
def z18():
    d = Doc("z18", "TOPdesk call print and Jira issue print with comments", "HTML -> Chromium")
    b = ["<h1>" + d.e("{{TOPdesk|PRODUCT}} - Melding I 2502 0417") + "</h1>"]
    b.append(html_blocks(d, [("table", [
        ["Veld", "Waarde", "Veld", "Waarde"],
        ["Aanmelder", "[[Tjalling Hiemstra|P]]", "Vestiging", "{{Stadskantoor Leeuwarden|ORG}}"],
        ["E-mail aanmelder", "[[t.hiemstra@leeuwarden.nl|E]]", "Telefoon", "[[058 233 8412|T]]"],
        ["Behandelaar", "[[Inés Ortíz-Leenders|P]]", "Operatorgroep", "{{Servicedesk ICT|ORG}}"],
        ["Categorie", "{{Werkplek|TERM}} / {{VPN|ACRONYM}}", "Impact", "Afdeling"],
        ["Status", "Afgemeld", "SLA", "{{P2|TERM}} - 8 uur"]], None)]))
    b.append("<h2>" + d.e("Verzoek") + "</h2><p>" + d.e("Sinds de update van {{GlobalProtect|PRODUCT}} kan de afdeling "
                                                      "{{Burgerzaken|ORG}} niet inloggen op {{BRP|ACRONYM}}-bevragingen. "
                                                      "Collega [[Aukje Postma|P]] heeft hetzelfde.") + "</p>")
    b.append("<h2>" + d.e("Actiehistorie") + "</h2>")
    for who, ts, t in [("[[Ortíz-Leenders, I.|P=Inés Ortíz-Leenders]]", "17-02-2025 09:12", "Doorgezet naar tweedelijns; [[Hiemstra|P=Tjalling Hiemstra]] gebeld."),
                       ("[[Rignald Martina|P]]", "17-02-2025 11:40", "Certificaat verlopen op de {{firewall|TERM}}; vernieuwd. Afgestemd met {{Centric|ORG}}."),
                       ("[[Ortíz-Leenders, I.|P=Inés Ortíz-Leenders]]", "17-02-2025 12:02", "Gebruiker bevestigt werking. Melding gesloten.")]:
        b.append(f"<p><b>{d.e(who)}</b> - {ts}<br>{d.e(t)}</p>")
    b.append("<div style='page-break-before:always'></div>")
    b.append("<h1>" + d.e("[WOO-212] Anonimiseren bijlagen Woo-besluit stikstof") + "</h1>")
    b.append(html_blocks(d, [("table", [
        ["Type", "Status", "Prioriteit", "Toegewezen aan", "Melder", "Sprint"],
        ["Story", "In Review", "High", "[[Rignald Martina|P]]", "[[Zahra Ahmadzai|P]]", "{{Sprint 14|TERM}}"]], None)]))
    b.append("<p>" + d.e("Als {{Woo-coördinator|ROLE}} wil ik dat bijlagen uit {{SharePoint|PRODUCT}} automatisch "
                         "worden doorgezet naar de {{anonimiseringstool|TERM}}, zodat de {{Woo|LAW}}-termijn wordt gehaald.") + "</p>")
    b.append("<h2>" + d.e("Comments") + "</h2>")
    for who, ts, t in [("[[Zahra Ahmadzai|P]]", "3 Mar 2025 10:14", "@[[Rignald Martina|P]] kun je dit oppakken? [[Farid|P=Farid Noorzai]] "
                        "heeft de {{API|ACRONYM}}-sleutel."),
                       ("[[Rignald Martina|P]]", "3 Mar 2025 14:50", "Done, {{pull request|TERM}} #88. Reviewer: [[Gábor Kiss|P]]. "
                        "Test in {{acceptatieomgeving|TERM}} met dossier van [[Ahmadzai|P=Zahra Ahmadzai]]."),
                       ("[[Farid Noorzai|P]]", "4 Mar 2025 08:03", "{{OAuth2|TERM}} client secret geroteerd, zie {{Azure Key Vault|PRODUCT}}.")]:
        b.append(f"<p><b>{d.e(who)}</b> <span style='color:#777'>{ts}</span><br>{d.e(t)}</p>")
    pdf = chromium(html_page("".join(b)), "z18")
    finish(pdf, d)
    return d


@doc("z19")
def z19():
    d = Doc("z19", "SharePoint version history print and Word print with comment balloons", "HTML -> Chromium")
    b = ["<h1>" + d.e("Versiegeschiedenis - Raadsvoorstel Omgevingsvisie.docx") + "</h1>",
         "<p class='small'>" + d.e("{{SharePoint Online|PRODUCT}} > Teams > {{Ruimtelijke Ordening|ORG}} > Raadsstukken 2025") + "</p>"]
    b.append(html_blocks(d, [("table", [
        ["Nr.", "Gewijzigd", "Gewijzigd door", "Grootte", "Opmerkingen"],
        ["7.0", "11-3-2025 16:22", "[[Bas de Groot|P]]", "412 kB", "Definitief voor {{college van B en W|ORG}}"],
        ["6.3", "11-3-2025 09:05", "[[Sophie Winter|P]]", "409 kB", "verwerkt opmerkingen wethouder {{Van Ruitenbeek|PUBLIC}}"],
        ["6.2", "10-3-2025 17:48", "[[Kofi Mensah-Bonsu|P]]", "407 kB", ""],
        ["6.1", "10-3-2025 12:30", "[[Winter, S.|P=Sophie Winter]]", "401 kB", "juridische check door [[Bram van 't Hek|P]]"],
        ["5.0", "4-3-2025 10:02", "[[Systeemaccount SP-Flow|U=Systeemaccount SP-Flow]]", "398 kB", "{{Power Automate|PRODUCT}}: goedkeuring"],
        ["1.0", "13-1-2025 08:44", "[[Kofi Mensah-Bonsu|P]]", "122 kB", "Aangemaakt uit sjabloon {{Raadsvoorstel 2025|TERM}}"]], None)]))
    b.append("<div style='page-break-before:always'></div>")
    css = (".doc{display:flex} .main{width:68%;padding-right:10px;border-right:1px dashed #c00} "
           ".side{width:32%;padding-left:8px;font-size:7.8pt} .bal{border:1px solid #c00;background:#fde9e9;"
           "padding:3px;margin-bottom:8px} ins{color:#1a6b1a} del{color:#b00}")
    main = ("<h2>" + d.e("Raadsvoorstel Omgevingsvisie {{Gemeente Amersfoort|ORG}} 2040") + "</h2>"
            + "<p>" + d.e("Het college stelt de raad voor de Omgevingsvisie vast te stellen. De visie is opgesteld "
                          "onder de {{Omgevingswet|LAW}} met inbreng van 1.200 inwoners via {{Mijn Amersfoort|PRODUCT}}.") + "</p>"
            + "<p>" + d.e("Wethouder {{Van Ruitenbeek|PUBLIC}} heeft de visie besproken met de {{Provincie Utrecht|ORG}}"
                          " en {{Rijkswaterstaat|ORG}}. ") + "<del>" + d.e("Bewoner [[Mirjam Blom|P]] van de "
                          "{{Soesterkwartier|PLACE}}-werkgroep") + "</del> <ins>" + d.e("Een bewonersgroep") + "</ins>"
            + d.e(" vroeg om meer groen.") + "</p>"
            + "<p>" + d.e("Financiën: de visie heeft geen directe gevolgen voor de begroting.") + "</p>")
    side = ("<div class='bal'>" + d.e("Opmerking [[[SW1|I=Sophie Winter]]]: [[Sophie Winter|P]] - is dit afgestemd "
                                       "met [[Kofi|P=Kofi Mensah-Bonsu]]?") + "</div>"
            + "<div class='bal'>" + d.e("Opmerking [[[KMB2|I=Kofi Mensah-Bonsu]]]: [[Kofi Mensah-Bonsu|P]] - ja, "
                                        "en naam bewoner geschrapt op verzoek van [[Van 't Hek|P=Bram van 't Hek]].") + "</div>"
            + "<div class='bal'>" + d.e("Verwijderd: Bewoner [[Mirjam Blom|P]]; Auteur: [[Sophie Winter|P]]") + "</div>")
    b.append(f"<div class='doc'><div class='main'>{main}</div><div class='side'>{side}</div></div>")
    pdf = chromium(html_page("".join(b), css), "z19")
    finish(pdf, d, info={"Author": "[[Kofi Mensah-Bonsu|P]]"})
    return d
