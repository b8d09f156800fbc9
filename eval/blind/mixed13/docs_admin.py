"""Set W: registers, inventories, meeting prints, Kamervragen, case notes, forms and scans (w19-w31)."""

from __future__ import annotations

from pathlib import Path

import framework as fw
from docs_crisis import MAIL_CSS
from framework import Ctx


def w19(ctx: Ctx, out: Path, tmp: Path) -> None:
    """Woo inventory list with sender/recipient columns, surname first in capitals (openpyxl -> Calc)."""
    people = [
        ("[[RAMDIN-SOEKHLAL, A.|P|RAMDIN-SOEKHLAL, A.]]", "VWS"), ("[[IN 'T VELD, B.J.|P|IN 'T VELD, B.J.]]", "RIVM"),
        ("[[KARTOREDJO, S.|P|KARTOREDJO, S.]]", "GGD HN"), ("[[HAVEN, J.|P|HAVEN, J.]]", "VRNHN"), ("[[KONING, M.|P|KONING, M.]]", "VWS"),
        ("[[EL KHATTABI, R.|P|EL KHATTABI, R.]]", "VWS"), ("[[BOUAZZAOUI, N.|P|BOUAZZAOUI, N.]]", "NCTV"), ("[[DE WOLF, W.|P]]", "Defensie"),
        ("[[ZWOLLE, J.|P|ZWOLLE, J.]]", "VWS"), ("[[TÓTH, E.|P|TÓTH, E.]]", "RIVM"),
    ]
    officials = ["{{Kuipers|OFFICIAL}} (minister VWS)", "{{Van Ooijen|OFFICIAL}} (staatssecretaris VWS)", "{{Tweede Kamer|ORG}}", "{{burgemeester Schouten|OFFICIAL}}"]
    subjects = ["Cluster meningokokken W", "Woordvoeringslijn", "Vaccinatielocatie {{Den Helder|PLACE}}", "Besluitenlijst {{ICCb|ACRONYM}}",
                "Concept Kamerbrief", "Inzet {{Defensie|ORG}}", "Persbericht", "Transcript belmoment", "Lijst contacten {{RIVM|ACRONYM}}"]
    rows = [["ID", "Datum", "Documenttype", "Onderwerp", "Van", "Aan", "Beoordeling", "Grond", "Toelichting"]]
    for i in range(92):
        a = people[i % len(people)]
        b = people[(i * 3 + 1) % len(people)] if i % 4 else (officials[i % 4], "")
        beoord = ["Deels openbaar", "Openbaar", "Deels openbaar", "Niet openbaar"][i % 4]
        grond = {"Openbaar": "", "Deels openbaar": "5.1.2e", "Niet openbaar": "5.2.1; 5.1.2e"}[beoord]
        remark = ""
        if i == 7:
            remark = "Bijlage bij ID 1006; bevat mobiel nummer [[06-2810 4471|T]]"
        elif i == 12:
            remark = "Dubbel met ID 1011 (mail [[a.ramdin-soekhlal@minvws.nl|E]])"
        elif i == 21:
            remark = "Ook aan [[da Silva Santos, T.|P|da Silva Santos, T.]] (BZ, ambassade {{Berlijn|PLACE}})"
        elif i == 33:
            remark = "Reeds openbaar: {{Kamerstuk 25295, nr. 2143|REF}}"
        elif i == 58:
            remark = "Verzonden vanaf privé-adres [[ramon.doelwijt+crisis@gmail.com|E]]"
        elif i == 77:
            remark = "Signal-export; nummer [[+31 6 4830 1192|T]] onleesbaar gemaakt in bron"
        elif i == 40:
            remark = "Chat; deelnemers o.a. [[Pieter-Bas|P]] en [[Rachida|P]]"
        rows.append([str(1001 + i), f"{(i % 28) + 1:02d}-03-2024", ["E-mail", "Chatbericht", "Nota", "Bijlage"][i % 4],
                     subjects[i % len(subjects)], f"{a[0]} ({a[1]})", f"{b[0]}" + (f" ({b[1]})" if b[1] else ""), beoord, grond, remark])
    sheets = [("Inventaris", ["Inventarislijst Woo-besluit meningokokken W {{Den Helder|PLACE}} - {{Ministerie van VWS|ORG}}",
                              "Kenmerk 4021557-1071200-WJZ - zaaknummer WOO-2024-0317"], rows, [6, 10, 11, 26, 24, 26, 13, 11, 30])]
    src = tmp / "w19.xlsx"
    fw.xlsx_build(ctx, sheets, src)
    fw.soffice(src, out)
    fw.finish(out, info={"Author": ctx.h("[[ZWOLLE, J.|P]]")})


def w20(ctx: Ctx, out: Path, tmp: Path) -> None:
    """Register of temporary vaccination staff with BSN and IBANs of several countries (openpyxl -> Calc)."""
    staff = [
        ("[[BAKKER-OUDSHOORN, E.M.|P|BAKKER-OUDSHOORN, E.M.]]", "NL", "[[Bakker-Oudshoorn@hotmail.com|E]]", fw.iban("NL", "INGB0006543210"), "[[06-12 34 56 78|T]]"),
        ("[[EL AMRANI, Y.|P|EL AMRANI, Y.]]", "NL", "[[yousselamrani+werk@gmail.com|E]]", fw.iban("NL", "ABNA0417720198"), "[[+31 6 4127 8890|T]]"),
        ("[[DĄBROWSKA-NOWAK, K.|P|DĄBROWSKA-NOWAK, K.]]", "PL", "[[k.dabrowska.nowak@wp.pl|E]]", fw.iban("PL", "109010140000071219812874"), "[[+48 512 330 918|T]]"),
        ("[[VAN DAM, P.|P|VAN DAM, P.]]", "NL", "[[pvandam1961@ziggo.nl|E]]", fw.iban("NL", "RABO0123987650"), "[[0031 6 5518 2290|T]]"),
        ("[[JANSSENS, L.|P|JANSSENS, L.]]", "BE", "[[lien.janssens@telenet.be|E]]", fw.iban("BE", fw.be_bban("0630411078")), "[[+32 477 12 34 56|T]]"),
        ("[[WEBER, M.|P|WEBER, M.]]", "DE", "[[m.weber@web.de|E]]", fw.iban("DE", "370400440532013000"), "[[+49 171 552 0093|T]]"),
        ("[[TKACHENKO, Y.|P|TKACHENKO, Y.]]", "UA", "[[yulia.tkachenko@ukr.net|E]]", fw.iban("NL", "BUNQ2045118870"), "[[+31 (0)6 8821 0457|T]]"),
        ("[[KUSUMAWATI-BLOM, D.|P|KUSUMAWATI-BLOM, D.]]", "NL", "[[dewi.kb@kpnmail.nl|E]]", fw.iban("NL", "TRIO0198765432"), "[[06 - 3399 1200|T]]"),
        ("[[AHMADZAI, Z.|P|AHMADZAI, Z.]]", "NL", "[[z.ahmadzai@outlook.com|E]]", fw.iban("NL", "SNSB0922331144"), "[[06-4410 9981|T]]"),
        ("[[WARSAME, A.|P|WARSAME, A.]]", "NL", "[[abdirahman.w@gmail.com|E]]", fw.iban("NL", "ASNB0708812345"), "[[+31 6 2990 7715|T]]"),
    ]
    rows = [["Nr", "Naam (achternaam, voorletters)", "BSN", "Nat.", "IBAN", "E-mail", "Mobiel", "Functie", "Inzet (uren)"]]
    for i, (name, nat, mail, ib, tel) in enumerate(staff):
        rows.append([str(i + 1), name, f"[[{fw.bsn(200 + i)}|B]]", nat, f"[[{ib}|I]]", mail, tel,
                     ["{{vaccinateur|ROLE}}", "{{arts|ROLE}}", "{{gastvrouw|ROLE}}", "{{verpleegkundige|ROLE}}"][i % 4], str(24 + 4 * i)])
    sheets = [
        ("Inzet", ["{{GGD Hollands Noorden|ORG}} - registratie tijdelijk personeel vaccinatielocatie {{Sporthal De Brakelaar|PLACE}}",
                   "Uitbetaling via {{Randstad|ORG}} / {{YoungCapital|ORG}}; vragen: {{hr@ggdhn.nl|MAILBOX}}"], rows, [4, 26, 11, 5, 30, 28, 17, 14, 8]),
        ("Toelichting", ["Toelichting bij de registratie"], [
            ["Onderwerp", "Toelichting"],
            ["Opgesteld door", "[[Kartoredjo, S.|P|Kartoredjo, S.]] / salarisadministratie: [[Ahmed Abu Shakra|P|Ahmed Abu Shakra;Abu Shakra]]"],
            ["Rechtsgrond", "{{Wet publieke gezondheid|LAW}}; verwerking conform {{AVG|ACRONYM}} art. 6 lid 1 sub c"],
            ["Buitenlandse rekeningen", "Uitbetaling {{SEPA|ACRONYM}}; voor de Belgische en Duitse rekeningen is de {{BIC|ACRONYM}} opgevraagd door [[Abu Shakra|P]]"],
            ["Bewaartermijn", "7 jaar ({{Archiefwet 1995|LAW}})"],
        ], [24, 90]),
    ]
    src = tmp / "w20.xlsx"
    fw.xlsx_build(ctx, sheets, src)
    fw.soffice(src, out)
    fw.finish(out)


def w21(ctx: Ctx, out: Path, tmp: Path) -> None:
    """Outlook meeting request print with organiser, required and optional attendees (Chromium)."""
    css = MAIL_CSS + " .mt td{padding:2px 10px 2px 0;font-size:9.5pt;vertical-align:top} .mt td:first-child{font-weight:bold;width:150px}"
    body = """
<h1>Evaluatie crisisaanpak meningokokken W - lessons learned</h1>
<table class="mt">
<tr><td>Organisator</td><td>[[Bouazzaoui, Nadia|P|Bouazzaoui, Nadia]] &lt;[[n.bouazzaoui@nctv.minjenv.nl|E]]&gt;</td></tr>
<tr><td>Begintijd</td><td>dinsdag 9 april 2024 13:00</td></tr><tr><td>Eindtijd</td><td>dinsdag 9 april 2024 16:00</td></tr>
<tr><td>Locatie</td><td>{{Turfmarkt 147|STREET}}, zaal {{Schiphol|PLACE}} (6e verdieping) / {{Microsoft Teams|PRODUCT}}-vergadering</td></tr>
<tr><td>Verplichte deelnemers</td><td>[[Ramdin-Soekhlal, Anjali|P]]; [[Bart-Jan in 't Veld|P]]; [[Kartoredjo, Sutinah|P]]; [[Haven, Jeroen|P]]; [[Jagroep, Kiran|P|Jagroep, Kiran]];
[[de Wolf, Wouter|P|de Wolf, Wouter]]; [[Yıldırım-Kok, Sevda|P|Yıldırım-Kok, Sevda]]; {{Crisiscoördinatie VWS|ORG}}</td></tr>
<tr><td>Optionele deelnemers</td><td>[[Koning, Marloes|P]]; [[Zwolle, Jos|P]]; [[van der Laan-Bouma, Pieter-Bas|P|van der Laan-Bouma, Pieter-Bas]]; [[Storm, Lotte (NVWA)|P|Storm, Lotte]];
{{Secretariaat DG Volksgezondheid|ORG}}</td></tr>
<tr><td>Ruimte</td><td>{{NCTV-Zaal Schiphol (24 pers.)|PLACE}}</td></tr>
<tr><td>Antwoorden</td><td>Geaccepteerd: 7; Voorlopig: 2 ([[Storm|P]], [[Zwolle|P]]); Afgewezen: 1 ([[Haven|P]] - vakantie)</td></tr>
</table>
<hr>
<p>Beste collega's,</p>
<p>Graag nodig ik jullie uit voor de evaluatie van de crisisaanpak. Het {{Nationaal Crisiscentrum|ORG}} gebruikt het {{Evaluatiekader Crisisbeheersing|LAW}}; de
uitkomsten gaan naar de {{ICCb|ACRONYM}} en daarna via de {{minister van Justitie en Veiligheid|ROLE}} naar de {{Tweede Kamer|ORG}}. {{Minister Van Weel|OFFICIAL}} heeft
gevraagd om aandacht voor de samenwerking met {{Defensie|ORG}}.</p>
<p>Agenda: 1. Opening ([[NB|R]]) 2. Tijdlijn ([[ARS|R]], [[SK|R]]) 3. Logistiek en inzet ([[WdW|R]], [[SYK|R]]) 4. Communicatie ([[MK|R]]) 5. Rondvraag</p>
<p>Niet in de gelegenheid? Laat het [[Nadia|P]] weten via [[070 751 54 33|T]] of {{secretariaat.ncc@nctv.minjenv.nl|MAILBOX}}. Bezoekers melden zich bij de receptie, {{070 751 50 50|SWITCHBOARD}}.</p>
<p style="font-size:8.5pt">Deelnemen aan Microsoft Teams-vergadering: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2QxZTk5 - Vergader-id: 372 118 904 551 - Wachtwoord: x7Qn3P</p>
<p style="font-size:8.5pt">Meer informatie | <a href="https://aka.ms/JoinTeamsMeeting">Help</a> | Vergaderopties</p>
"""
    fw.chromium(fw.html_page(ctx.p(body), css), out)
    fw.finish(out, info={"Author": ctx.h("[[Bouazzaoui, Nadia|P]]"), "Title": "Vergadering - Evaluatie crisisaanpak"})


def w22(ctx: Ctx, out: Path, tmp: Path) -> None:
    """Answers to Kamervragen naming Kamerleden, ministers and, in the internal version, civil servants (Chromium, footnotes)."""
    css = ("h1{font-size:13pt} .vr{font-weight:bold;margin-top:9px} .int{background:#ffef9e;font-size:9pt;padding:2px 4px}"
           " .fn{font-size:8pt;border-top:1px solid #999;margin-top:14px;padding-top:3px} p{margin:4px 0}")
    qa = [
        ("Kent u het bericht ‘Ouders in {{Den Helder|PLACE}} boos over late informatie na hersenvliesontsteking’?<sup>1</sup>",
         "Ja.", ""),
        ("Hoeveel kinderen zijn besmet geraakt en hoeveel zijn er opgenomen?",
         "Er zijn vier patiënten gemeld bij de {{GGD Hollands Noorden|ORG}}, van wie drie leerlingen. Over individuele patiënten doe ik geen uitspraken.",
         "Intern: de zieke leraar is de heer [[Ramon Doelwijt|P]] - let op, hij is ook vrijwilliger bij de {{GHOR|ACRONYM}}; niet noemen. Check [[SK|R]]."),
        ("Waarom zijn ouders pas na 26 uur geïnformeerd?",
         "De {{GGD|ACRONYM}} heeft de ouders op de dag van de typering gebeld. De school, het {{Scholengemeenschap Nehalennia|ORG}}, heeft dezelfde avond een brief gestuurd.",
         "Intern: tijdlijn in de mail van [[Kartoredjo|P]] van 14-03 19:12; [[Bart-Jan|P]] bevestigt."),
        ("Deelt u de mening dat een landelijk {{OMT|ACRONYM}} nodig was?",
         "Nee. De {{Wet publieke gezondheid|LAW}} legt de bestrijding bij de voorzitter van de veiligheidsregio als het om een lokaal cluster gaat. "
         "Het {{RIVM|ACRONYM}} heeft geadviseerd op basis van de {{LCI|ACRONYM}}-richtlijn.<sup>2</sup>", ""),
        ("Welke rol speelde {{Defensie|ORG}}?",
         "Het {{Korps Mariniers|ORG}} en {{13 Lichte Brigade|ORG}} ondersteunden met logistiek en geneeskundige zorg. De {{staatssecretaris van Defensie|ROLE}} heeft de locatie bezocht.",
         "Intern: antwoord afgestemd met [[majoor Yıldırım-Kok|P|majoor Yıldırım-Kok]] en [[kolonel Winter|P|kolonel Winter]]; [[Winter|P]] wil ‘ondersteunden’ i.p.v. ‘hielpen’."),
        ("Bent u bereid deze vragen te beantwoorden vóór het commissiedebat {{Infectieziektebestrijding|PROGRAM}}?",
         "Ja.", ""),
    ]
    items = []
    for i, (q, a, internal) in enumerate(qa, 1):
        items.append(f'<p class="vr">Vraag {i}</p><p>{q}</p><p class="vr">Antwoord {i}</p><p>{a}</p>' +
                     (f'<p class="int">{internal}</p>' if internal else ""))
    body = f"""
<p style="font-size:8.5pt">{{{{Ministerie van Volksgezondheid, Welzijn en Sport|ORG}}}} | Kenmerk 3829910-1071554-PG | CONCEPT met interne opmerkingen</p>
<h1>Antwoorden op Kamervragen van het lid {{{{Dobbe|OFFICIAL}}}} ({{{{SP|ACRONYM}}}}) over de meningokokkenuitbraak in {{{{Den Helder|PLACE}}}} (ingezonden 18 maart 2024)</h1>
<p>Vragen van het lid {{{{Dobbe|OFFICIAL}}}} ({{{{SP|ACRONYM}}}}) aan de {{{{minister van Volksgezondheid, Welzijn en Sport|ROLE}}}}, mede namens de leden
{{{{Daniëlle Jansen|OFFICIAL}}}} ({{{{NSC|ACRONYM}}}}) en {{{{Bikker|OFFICIAL}}}} ({{{{ChristenUnie|ORG}}}}). Zie ook de eerdere vragen van het lid {{{{Tielen|OFFICIAL}}}} ({{{{VVD|ACRONYM}}}}).</p>
{''.join(items)}
<p class="int">Route: opgesteld [[Anjali Ramdin-Soekhlal|P]] ([[ARS|R]]) - juridisch [[Jos Zwolle|P]] ([[JZ|R]]) - communicatie [[Marloes Koning|P]] - {{{{DG Volksgezondheid|ROLE}}}} - {{{{Minister Kuipers|OFFICIAL}}}}.
Vragen over deze concepten: [[anjali.ramdinsoekhlal@minvws.nl|E]] (oud adres, wordt doorgestuurd).</p>
<div class="fn">1 {{{{NH Nieuws|ORG}}}}, 17 maart 2024.<br>2 {{{{LCI|ACRONYM}}}}-richtlijn Meningokokkenziekte, {{{{RIVM|ACRONYM}}}} 2023; vastgesteld door het {{{{Landelijk Overleg Infectieziektebestrijding|ORG}}}}, voorzitter destijds [[dr. Fenna op de Weegh|P|Fenna op de Weegh;op de Weegh]].
<br>3 Zie ook de beantwoording door voormalig {{{{minister De Jonge|OFFICIAL}}}} van vragen van het toenmalige lid {{{{Agema|OFFICIAL}}}} (PVV), {{{{Aanhangsel Handelingen II 2019/20, nr. 1877|REF}}}}.</div>
"""
    fw.chromium(fw.html_page(ctx.p(body), css), out)
    fw.finish(out, notes=[(0, 540, 760, ctx.h("[[Zwolle, Jos|P]]"), ctx.h("Vraag 2: naam leraar eruit? [[JZ|R]]"))])


def w23(ctx: Ctx, out: Path, tmp: Path) -> None:
    """Integrity hearing report (Defence) with speaker labels (docx -> LibreOffice, two pages)."""
    blocks = [
        ("h1", "Verslag horen - integriteitsmelding {{COID|ACRONYM}} 2024-0117"),
        ("p", "{{Centrale Organisatie Integriteit Defensie|ORG}} ({{COID|ACRONYM}}) - {{Kromhout Kazerne|PLACE}}, {{Utrecht|PLACE}} - 11 april 2024, 10.00-11.40 uur"),
        ("table", [
            ["Rol", "Naam", "Rang / functie"],
            ["Gehoorde", "[[Olusegun Adeyemi-Blom|P|Olusegun Adeyemi-Blom;Adeyemi-Blom]]", "{{sergeant-majoor|ROLE}}, {{13 Lichte Brigade|ORG}}"],
            ["Vertrouwenspersoon", "[[Henk Bank|P|Henk Bank]]", "{{vertrouwenspersoon|ROLE}} {{CLAS|ACRONYM}}"],
            ["Onderzoeker 1", "[[Maaike Storm-Wijnands|P|Maaike Storm-Wijnands;Storm-Wijnands]]", "{{senior onderzoeker|ROLE}} {{COID|ACRONYM}}"],
            ["Onderzoeker 2", "[[Emre Yıldız|P|Emre Yıldız;Yıldız]]", "{{onderzoeker|ROLE}} {{COID|ACRONYM}}"],
        ], [3.5, 6.5, 7.0]),
        ("p", "Onderwerp: gedrag van een leidinggevende tijdens de inzet in {{Den Helder|PLACE}} (operatie {{NOORDERLICHT|PROGRAM}}), maart 2024."),
        ("h2", "Verslag"),
        ("p", "[[Storm-Wijnands|P]]: Welkom. U heeft op 22 maart een melding gedaan bij het {{Meldpunt Integriteit Defensie|ORG}}. Wilt u vertellen wat er gebeurde?"),
        ("p", "[[Adeyemi-Blom|P]]: Op 16 maart, tijdens het bezoek van de staatssecretaris, sprak [[kapitein P.|P|kapitein P.]] mij in het bijzijn van de manschappen aan op mijn afkomst. "
              "Hij zei dat ik ‘terug naar {{Lagos|PLACE}}’ moest. Sergeant-majoor [[Kovalenko|P]] heeft het gehoord."),
        ("p", "[[Yıldız|P]]: Bedoelt u kapitein [[Pinas|P]] van de geneeskundige compagnie?"),
        ("p", "[[Adeyemi-Blom|P]]: Ja. Ik heb het daarna gemeld bij mijn commandant, {{kolonel|ROLE}} [[Winter|P]], maar die zei dat ik het moest laten rusten."),
        ("p", "[[Mr. Bank|P|Mr. Bank]]: Mag ik aanvullen dat de gehoorde sindsdien met verlof is en door de {{bedrijfsarts|ROLE}} wordt begeleid? Zijn gezondheid lijdt eronder."),
        ("p", "[[Storm-Wijnands|P]]: Dat nemen we op. Wie waren er verder bij?"),
        ("p", "[[Adeyemi-Blom|P]]: Soldaat [[Kevin Dam|P|Kevin Dam]] en korporaal [[Naomi de Groot|P|Naomi de Groot]]. Zij staan op de lijst van {{BRAVO 2|TERM}}."),
        ("p", "[[Yıldız|P]]: Dan horen we hen ook. U krijgt het verslag ter correctie. Uw contactpersoon blijft de heer [[Bank|P]] ([[06 2230 1948|T]], [[h.bank@mindef.nl|E]])."),
        ("pb",),
        ("h2", "Vervolg"),
        ("p", "1. Horen getuigen [[Dam|P]] en [[De Groot|P]] (week 17).\n2. Verzoek om stukken aan de {{Staf CLAS|ORG}} en de {{Koninklijke Marechaussee|ORG}} (mutaties 16 maart).\n"
              "3. Informeren {{Inspecteur-Generaal der Krijgsmacht|ROLE}} ({{IGK|ACRONYM}}); de {{minister van Defensie|ROLE}}, {{Ruben Brekelmans|OFFICIAL}}, wordt op de hoogte gehouden via de {{Bestuursstaf|ORG}}."),
        ("p", "Personeelsnummer gehoorde: [[598812040|N]]. Adres: [[Kerkstraat 18, 1781 AB Den Helder|A]]. Gehoord met instemming; geluidsopname verwijderd na uitwerking."),
        ("p", "Vastgesteld: [[M. Storm-Wijnands|P|M. Storm-Wijnands]] en [[E. Yıldız|P|E. Yıldız]], {{Utrecht|PLACE}}, 15 april 2024. Paraaf gehoorde: [[OAB|R]]."),
        ("p", "Algemene informatie: {{www.defensie.nl/integriteit|URL}}; {{Meldpunt Integriteit Defensie|ORG}} {{0800-3392273|SWITCHBOARD}}."),
    ]
    src = tmp / "w23.docx"
    fw.docx_build(ctx, blocks, src, font="DejaVu Serif", size=10, header="VERTROUWELIJK - PERSOONSGEGEVENS | {{COID|ACRONYM}} 2024-0117",
                  footer="Verslag horen - pagina", author="[[Storm-Wijnands, M.|P|Storm-Wijnands, M.]]")
    fw.soffice(src, out)
    fw.finish(out, info={"Author": ctx.h("[[Storm-Wijnands, M.|P]]")}, outline=[
        (ctx.h("Verslag horen [[Adeyemi-Blom|P]]"), 0), (ctx.h("Vervolg"), 1)])


def w24(ctx: Ctx, out: Path, tmp: Path) -> None:
    """Subsidy decision to private persons on Sint Eustatius, with AcroForm fields (reportlab canvas)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    base = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DejaVuSans", base + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", base + "DejaVuSans-Bold.ttf"))
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    W, H = A4
    y = H - 60

    def line(s: str, font: str = "DejaVuSans", size: float = 9.5, x: float = 56, dy: float = 13.5) -> None:
        nonlocal y
        c.setFont(font, size)
        c.drawString(x, y, ctx.p(s))
        y -= dy

    line("{{Public Entity St. Eustatius|ORG}} - {{Openbaar Lichaam Sint Eustatius|ORG}}", "DejaVuSans-Bold", 11)
    line("{{Government Guesthouse|PLACE}}, {{Oranjestad|PLACE}}, Sint Eustatius - T {{+599 318 2892|SWITCHBOARD}} - {{info@statiagovernment.com|MAILBOX}}", size=8)
    y -= 16
    line("Mr. and Mrs. [[Van Putten-Gibbs|P|Van Putten-Gibbs]]")
    line("[[Rosemary Lane 14|A]]")
    line("[[Concordia, Sint Eustatius|A]]")
    y -= 12
    line("Date: 12 January 2024     Our reference: SUB-HOME-2024-0042     Contact: [[Shanella Merkman|P|Shanella Merkman;Merkman]], [[+599 318 7706|T]]", size=8.5)
    y -= 8
    line("Subject: decision on your application for the home repair subsidy (hurricane {{Tammy|TERM}})", "DejaVuSans-Bold", 10)
    y -= 4
    for s in [
        "Dear Mr. and Mrs. [[Van Putten-Gibbs|P]],",
        "On 2 November 2023 you applied for a subsidy under the {{Regeling woningherstel Caribisch Nederland|LAW}} for the roof of your home.",
        "The {{Government Commissioner|ROLE}}, {{Ms. Francis|OFFICIAL}}, has decided to grant you USD 6,850. The amount will be paid",
        "within four weeks to the account stated in the form below. Inspector [[Desmond Lopes|P|Desmond Lopes;Lopes]] of the {{Public Works Department|ORG}}",
        "visited your home on 20 December 2023; his report is attached. The subsidy is funded by the {{Ministry of BZK|ORG}} through the",
        "{{Rijksdienst Caribisch Nederland|ORG}} ({{RCN|ACRONYM}}). If you disagree you may object within six weeks.",
        "Yours sincerely, on behalf of the Executive Council,",
        "",
        "[[S. Merkman|P|S. Merkman]], {{policy advisor|ROLE}} housing",
    ]:
        line(s)
    y -= 10
    line("Payment details (completed by the applicant)", "DejaVuSans-Bold", 10)
    form = c.acroForm
    fields = [
        ("applicant", "Name applicant", "[[Clifton van Putten|P|Clifton van Putten]]"),
        ("co_applicant", "Name co-applicant", "[[Merline van Putten-Gibbs|P|Merline van Putten-Gibbs]]"),
        ("id_number", "Crib / ID number", "[[{}|B]]".format(fw.bsn(24))),
        ("account", "Bank account (MCB / WIB)", "[[4082 1139 06|U]]"),
        ("phone", "Phone", "[[+599 319 4410|T]]"),
        ("email", "E-mail", "[[cvanputten@statia.net|E]]"),
    ]
    for key, label, val in fields:
        y -= 6
        c.setFont("DejaVuSans", 9)
        c.drawString(56, y, label)
        form.textfield(name=key, tooltip=label, x=200, y=y - 4, width=260, height=15, value=ctx.h(val), fontName="Helvetica", fontSize=9,
                       borderWidth=0.5)
        y -= 16
    y -= 8
    line("Visit to the home: in the presence of [[Mrs. Van Putten-Gibbs|P|Mrs. Van Putten-Gibbs]] and her son [[Jaden|P]] (19).", size=9)
    c.showPage()
    c.save()
    fw.finish(out, info={"Author": ctx.h("[[smerkman|U]]")})


def w25(ctx: Ctx, out: Path, tmp: Path) -> None:
    """Participatiewet case note with BSN, IBAN, family, two pages (reportlab)."""
    flow = [
        ("small", "{{Gemeente Rotterdam|ORG}} | {{Cluster Werk en Inkomen|ORG}} | {{Wilhelminakade 179|STREET}} | Zaaknummer PW-2024-338120"),
        ("h", "Rapportage heronderzoek bijstand - vertrouwelijk"),
        ("table", [
            ["Gegeven", "Waarde"],
            ["Belanghebbende", "[[mevrouw Khadija Ait Taleb-Bennani|P|Khadija Ait Taleb-Bennani;Ait Taleb-Bennani]]"],
            ["BSN", "[[{}|B]]".format(fw.bsn(25))],
            ["Geboortedatum", "[[21-07-1984|D]]"],
            ["Adres", "[[Putselaan 201 B, 3073 JC Rotterdam|A]]"],
            ["Partner", "[[Mustafa Demir|P|Mustafa Demir;Demir]] (BSN [[{}|B]])".format(fw.bsn(26))],
            ["Kinderen", "[[Yasmina|P]] (2011), [[Adam|P]] (2015)"],
            ["Rekening", "[[{}|I]] t.n.v. [[K. Ait Taleb|P|K. Ait Taleb]]".format(fw.iban("NL", "INGB0004412874"))],
            ["Consulent", "[[Ingrid Zwarts|P|Ingrid Zwarts;Zwarts]] ([[IZ|R]]), [[i.zwarts@rotterdam.nl|E]], [[010 498 71 62|T]]"],
        ], [40, 125]),
        ("h", "1. Aanleiding"),
        ("p", "Uit een signaal van de {{Belastingdienst|ORG}} ({{Inlichtingenbureau|ORG}}) blijkt dat de heer [[Demir|P]] vanaf oktober 2023 inkomsten heeft uit een "
              "eenmanszaak, [[Demir Klussen|P|Demir Klussen]], ingeschreven bij de {{Kamer van Koophandel|ORG}}. Mevrouw [[Ait Taleb-Bennani|P]] ontvangt een uitkering op grond van de "
              "{{Participatiewet|LAW}} naar de norm voor gehuwden."),
        ("h", "2. Gesprek"),
        ("p", "Op 7 maart 2024 sprak consulent [[Zwarts|P]] met belanghebbende, in aanwezigheid van tolk [[Hanane El Idrissi|P|Hanane El Idrissi;El Idrissi]] (tolknummer [[TN-20817|N]]) van "
              "{{Tolkcentrum Nederland|ORG}}. Mevrouw verklaarde dat haar man ‘af en toe’ klust voor een neef, [[Ömer Demir|P|Ömer Demir]], in {{Schiedam|PLACE}}. "
              "Zij wist niet dat dit gemeld moest worden. Ze heeft schulden bij {{Eneco|ORG}} en {{CZ|ACRONYM}}; de {{Kredietbank Rotterdam|ORG}} begeleidt haar."),
        ("p", "Mevrouw gaf aan dat [[Yasmina|P]] naar de {{Erasmiaans Gymnasium|ORG}} gaat en dat [[Adam|P]] begeleiding krijgt van het {{wijkteam Feijenoord|ORG}}. "
              "Haar huisarts, [[dokter Van Leeuwen-Özdemir|P|Van Leeuwen-Özdemir]], heeft een verklaring opgesteld over haar rugklachten."),
        ("pb",),
        ("h", "3. Beoordeling"),
        ("p", "De inkomsten van de heer [[Demir|P]] moeten op grond van artikel 32 {{Participatiewet|LAW}} worden verrekend. Er is sprake van schending van de "
              "inlichtingenplicht (artikel 17). Gezien de omstandigheden stelt consulent [[Zwarts|P]] voor af te zien van een boete en een terugvordering van "
              "€ 3.412,18 op te leggen, te betalen in termijnen."),
        ("h", "4. Advies en besluit"),
        ("p", "Advies: terugvordering zonder boete. Afstemming met {{wethouder Kasmi|OFFICIAL}} is niet nodig (geen bestuurlijk risico). "
              "Akkoord {{teamleider|ROLE}}: [[Bart Visser|P|Bart Visser]] ([[BV|R]]), 12 maart 2024."),
        ("p", "Bezwaar kan worden ingediend bij het {{Juridisch Bureau|ORG}}. Algemene vragen: {{14 010|SWITCHBOARD}}, {{werkeninkomen@rotterdam.nl|MAILBOX}}."),
    ]
    fw.rl_doc(ctx, flow, out, font="DejaVuSans", size=9, header="{{Gemeente Rotterdam|ORG}} - {{Werk en Inkomen|ORG}} - VERTROUWELIJK",
              footer="Rapportage PW-2024-338120 [[IZ|R]]")
    fw.finish(out, info={"Author": ctx.h("[[Zwarts, I.|P|Zwarts, I.]]")}, xmp_creator=ctx.h("[[Ingrid Zwarts|P]]"))


def w26(ctx: Ctx, out: Path, tmp: Path) -> None:
    """Defence beslisnota with reviewers' sticky notes, bookmarks naming people and XMP creator (reportlab, two pages)."""
    side = ("{{Ministerie van Defensie|ORG}}\n{{Kalvermarkt 32|STREET}}\n{{Den Haag|PLACE}}\n\nContactpersoon\n[[kapitein-luitenant ter zee|U|__none__]]"
            "\n[[W. de Wolf|P]]\nT [[+31 (0)70 441 28 75|T]]\nM [[06-5530 7712|T]]\n[[w.dewolf.01@mindef.nl|E]]\n\nKenmerk\nBS2024011203")
    side = side.replace("[[kapitein-luitenant ter zee|U|__none__]]", "{{kapitein-luitenant ter zee|ROLE}}")
    flow = [
        ("h", "Beslisnota aan de {{minister van Defensie|ROLE}}"),
        ("p", "<b>Onderwerp:</b> structurele ondersteuning van veiligheidsregio’s bij grootschalige vaccinatie<br/><b>Datum:</b> 2 mei 2024<br/>"
              "<b>Aan:</b> {{minister Brekelmans|OFFICIAL}}<br/><b>Via:</b> {{Commandant der Strijdkrachten|ROLE}}; {{secretaris-generaal|ROLE}}<br/>"
              "<b>Van:</b> {{Directie Operaties|ORG}}, [[W. de Wolf|P]]"),
        ("h", "Aanleiding"),
        ("p", "Tijdens de inzet in {{Den Helder|PLACE}} (operatie {{NOORDERLICHT|PROGRAM}}) is gebleken dat de {{Militaire Bijstand en Steunverlening|PROGRAM}}-procedure "
              "traag verloopt. De {{Veiligheidsregio Noord-Holland Noord|ORG}} vroeg om 15.40 uur bijstand; de eenheden waren pas de volgende ochtend ter plaatse."),
        ("h", "Geadviseerd besluit"),
        ("p", "Aan de minister wordt gevraagd in te stemmen met een vaste pool van {{13 Lichte Brigade|ORG}} en het {{Defensie Gezondheidszorg Organisatie|ORG}} "
              "({{DGO|ACRONYM}}) voor bijstand aan de {{GGD|ACRONYM}}'en, en de {{staatssecretaris van Defensie|ROLE}}, {{Gijs Tuinman|OFFICIAL}}, te vragen dit in de "
              "{{Defensienota 2024|LAW}} op te nemen."),
        ("h", "Kern"),
        ("p", "De commandant van de taakgroep, [[kolonel Winter|P]], adviseert een reactietijd van zes uur. De {{Koninklijke Marechaussee|ORG}} ondersteunt. "
              "De {{luitenant-generaal|ROLE}} die het {{CLAS|ACRONYM}} leidt stemt in. Kosten: € 1,2 mln per jaar."),
        ("h", "Krachtenveld"),
        ("p", "Het {{Veiligheidsberaad|ORG}} ({{burgemeester Bruls|OFFICIAL}}) en {{GGD GHOR Nederland|ORG}} steunen het voorstel. De {{Tweede Kamer|ORG}} (het lid {{Boswijk|OFFICIAL}}, {{CDA|ACRONYM}}) "
              "vroeg eerder om een snellere procedure."),
        ("pb",),
        ("h", "Paraafroute"),
        ("table", [
            ["Naam", "Functie", "Paraaf", "Datum"],
            ["[[W. de Wolf|P]]", "{{kapitein-luitenant ter zee|ROLE}}, {{Directie Operaties|ORG}}", "[[WdW|R]]", "02-05"],
            ["[[A.M. Kok-Rahimi|P|A.M. Kok-Rahimi]]", "{{hoofd|ROLE}} {{Juridische Zaken|ORG}}", "[[AMKR|R]]", "03-05"],
            ["[[Sjoukje Dijkstra-Wiersma|P|Sjoukje Dijkstra-Wiersma]]", "{{directeur Operaties|ROLE}}", "[[SDW|R]]", "06-05"],
        ], [50, 70, 20, 20]),
        ("h", "Informatie die niet openbaar gemaakt kan worden"),
        ("p", "Motivering: [nog invullen]"),
    ]
    fw.rl_doc(ctx, flow, out, font="DejaVuSans", size=9, side=side, footer="Beslisnota BS2024011203")
    notes = [
        (0, 520, 700, ctx.h("[[Kok-Rahimi, A.M.|P|Kok-Rahimi, A.M.]]"), ctx.h("Juridisch akkoord, mits MBSV-regeling wordt aangepast. Bel [[Aziz|P]] van BZK ([[06-1870 4432|T]]).")),
        (0, 520, 500, ctx.h("[[Dijkstra-Wiersma, S.|P|Dijkstra-Wiersma, S.]]"), ctx.h("Reactietijd 6 uur is ambitieus. Check met [[Winter|P]] en [[majoor Yıldırım-Kok|P]].")),
    ]
    outline = [(ctx.h("Beslisnota - opsteller [[W. de Wolf|P]]"), 0), (ctx.h("Paraafroute ([[Kok-Rahimi|P]], [[Dijkstra-Wiersma|P]])"), 1)]
    fw.finish(out, notes=notes, outline=outline, xmp_creator=ctx.h("[[Wouter de Wolf|P]]"), info={"Author": ctx.h("[[wdewolf01|U]]")})


# ------------------------------------------------------------------------------------------ scans
def _scan_from_rl(ctx: Ctx, flow: list, out: Path, tmp: Path, seed: int, angle: float, **kw) -> None:
    ctx.scan = True
    src = tmp / "src.pdf"
    fw.rl_doc(ctx, flow, src, size=10.5, **kw)
    fw.scan(src, out, seed=seed, angle=angle)
    fw.finish(out)


def w27(ctx: Ctx, out: Path, tmp: Path) -> None:
    """Scanned police fax to the GGD (reportlab -> scan)."""
    flow = [
        ("h", "FAX - POLITIE EENHEID NOORD-HOLLAND"),
        ("p", "Aan: GGD Hollands Noorden, afdeling infectieziekten<br/>Ter attentie van: [[Sutinah Kartoredjo|P]]<br/>Van: [[brigadier Robert Wongsodikromo|P|Robert Wongsodikromo]]<br/>"
              "Telefoon: [[06-1277 5390|T]]<br/>Datum: 16-03-2024, 2 pagina's incl. deze"),
        ("p", "Betreft: contactonderzoek leerling. De moeder van de leerling, mevrouw [[Hanneke Blom|P|Hanneke Blom]], woonachtig [[Javastraat 12, Den Helder|A]], "
              "meldde dat haar zoon op 10 maart een feest bezocht bij de familie [[Pinkster|P]] aan de [[Texelstroom 45|A]]. Aanwezig waren onder anderen "
              "[[Mark Pinkster|P]] en [[Lisa Hoogland|P]]. Telefoon moeder: [[06-5821 4407|T]]."),
        ("p", "Verzoek: wilt u contact opnemen met de familie? Bij vragen: bel mij of de wachtcommandant via 0900-8844."),
        ("p", "Met vriendelijke groet,<br/>[[R. Wongsodikromo|P]], brigadier"),
    ]
    _scan_from_rl(ctx, flow, out, tmp, seed=27, angle=0.7, font="Courier")


def w28(ctx: Ctx, out: Path, tmp: Path) -> None:
    """Scanned letter of a citizen from Bonaire (reportlab -> scan)."""
    flow = [
        ("p", "[[Marisol Anthony|P]]<br/>[[Kaya Grandi 112|A]]<br/>Kralendijk, Bonaire<br/>Tel. [[+599 796 3310|T]]"),
        ("sp", 14),
        ("p", "Aan de Gezaghebber van Bonaire<br/>Wilhelminaplein 1<br/>Kralendijk"),
        ("sp", 10),
        ("p", "Kralendijk, 5 april 2024"),
        ("p", "Betreft: klacht stilstaand water en dengue"),
        ("p", "Geachte Gezaghebber,"),
        ("p", "Sinds januari staat er water op het bouwterrein naast mijn huis. Mijn buurman, de heer [[Ricardo Cicilia|P]], en zijn dochter [[Shaniska Cicilia|P]] "
              "hebben allebei dengue gehad. Ik heb al twee keer gebeld met mevrouw [[Martis|P]] van het Openbaar Lichaam, maar er gebeurt niets."),
        ("p", "Ik vraag u om het terrein te laten droogleggen. U kunt mij bellen op [[+599 796 3310|T]] of mailen naar [[marisol.anthony@gmail.com|E|marisol.anthony]]."),
        ("p", "Met vriendelijke groet,<br/><br/>[[M. Anthony|P]]"),
    ]
    _scan_from_rl(ctx, flow, out, tmp, seed=28, angle=-0.5, font="Times-Roman")


def w29(ctx: Ctx, out: Path, tmp: Path) -> None:
    """Scanned GGD decision list with action holders (reportlab table -> scan)."""
    flow = [
        ("h", "GGD Hollands Noorden - Besluitenlijst Regionaal Operationeel Team GGD"),
        ("p", "Datum: 18 maart 2024. Voorzitter: [[dr. Rob Hoogland|P|Rob Hoogland]]. Notulist: [[Sanne Keizer|P]]."),
        ("table", [
            ["Nr", "Besluit / actie", "Wie"],
            ["1", "Vaccinatie collega's leraar op 19 maart in sporthal", "[[Sutinah Kartoredjo|P]]"],
            ["2", "Bellen ouders van de klas van [[Lisa Hoogland|P]]", "[[Jeroen Haven|P]]"],
            ["3", "Lijst contacten naar RIVM (mevrouw [[Eszter Toth|P]])", "[[Sanne Keizer|P]]"],
            ["4", "Bericht op website en 0800-1351", "[[Gert Molenaar|P]]"],
        ], [12, 110, 45]),
        ("p", "Volgende vergadering: 20 maart 2024. Bereikbaarheid voorzitter: [[06-2290 4415|T]]."),
    ]
    _scan_from_rl(ctx, flow, out, tmp, seed=29, angle=0.4)


def w30(ctx: Ctx, out: Path, tmp: Path) -> None:
    """Scanned e-mail print with handwritten-style annotation line (Chromium -> scan)."""
    ctx.scan = True
    body = """
<div style="font-size:12pt">
<p><b>Van:</b> [[Gert Molenaar|P]] &lt;[[g.molenaar@ggdhn.nl|E]]&gt;<br><b>Verzonden:</b> maandag 18 maart 2024 17:02<br>
<b>Aan:</b> [[Marloes Koning|P]]<br><b>Onderwerp:</b> Persvragen Den Helder</p>
<p>Hoi [[Marloes|P]],</p>
<p>NH Nieuws heeft de naam van de leraar. Journalist [[Dennis Kroon|P]] belde mij op mijn mobiel [[06-3318 7720|T]]. Ik heb niets bevestigd.
Kun jij met jullie woordvoering afstemmen? Ik ben morgen vrij, bel dan [[Sanne Keizer|P]] op [[06-1144 8203|T]].</p>
<p>Groet,<br>[[Gert Molenaar|P]]<br>Communicatieadviseur GGD Hollands Noorden</p>
<p style="font-family:'DejaVu Serif';font-style:italic;font-size:14pt;margin-top:30px">Gezien - doorgezet naar [[Pieter-Bas|P]] 19/3</p>
</div>
"""
    src = tmp / "src.pdf"
    fw.chromium(fw.html_page(ctx.p(body)), src)
    fw.scan(src, out, seed=30, angle=-0.8)
    fw.finish(out)


def w31(ctx: Ctx, out: Path, tmp: Path) -> None:
    """Scanned Kamerbrief paraph sheet from Defence (reportlab -> scan)."""
    flow = [
        ("h", "Parafenblad - Kamerbrief inzet Defensie Den Helder"),
        ("table", [
            ["Naam", "Functie", "Paraaf", "Datum"],
            ["[[Wouter de Wolf|P]]", "Directie Operaties", "WdW", "20-03"],
            ["[[Sevda Kok|P]]", "Staf CLAS", "[[SK|R]]", "20-03"],
            ["[[Karin Bosman|P]]", "Juridische Zaken", "[[KB|R]]", "21-03"],
            ["[[Frank Lopes Cardozo|P]]", "Kustwacht", "[[FLC|R]]", "21-03"],
        ], [45, 60, 25, 25]),
        ("p", "Opmerking [[Karin Bosman|P]]: graag de naam van de majoor uit alinea 3 halen. Bereikbaar op [[06-4477 1290|T]]."),
    ]
    _scan_from_rl(ctx, flow, out, tmp, seed=31, angle=0.9)


DOCS = [
    ("w19_inventarislijst_woo_besluit", w19),
    ("w20_register_tijdelijk_personeel", w20),
    ("w21_outlook_vergaderverzoek", w21),
    ("w22_antwoorden_kamervragen_intern", w22),
    ("w23_hoorverslag_integriteit_defensie", w23),
    ("w24_subsidie_statia_formulier", w24),
    ("w25_rapportage_participatiewet", w25),
    ("w26_beslisnota_defensie_notities", w26),
    ("w27_scan_fax_politie", w27),
    ("w28_scan_brief_burger_bonaire", w28),
    ("w29_scan_besluitenlijst_ggd", w29),
    ("w30_scan_mail_ggd", w30),
    ("w31_scan_parafenblad_defensie", w31),
]
