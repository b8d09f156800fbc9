"""Sheets, tickets, version histories, hearings, case notes, subsidy, Kamervragen, scans."""
from framework import bsn, iban, iban_spaced
from docs_mail import CSS, hd

DOCS = []

# ---------------------------------------------------------------- v20 Calc: bereikbaarheidslijst crisisteam
DOCS.append(dict(name="v20_calc_bereikbaarheidslijst", producer="xlsx", author="[[Sharline Tromp|P]]", sheets=[dict(
    name="Bereikbaarheid", widths=[22, 26, 16, 17, 30, 22],
    title=["Bereikbaarheidslijst Departementaal Coördinatiecentrum {{DCC-IenW|ACRONYM}} - versie 12 (week 46)"],
    footer="{{Ministerie van Infrastructuur en Waterstaat|ORG}} - alleen voor intern gebruik",
    rows=[["Naam", "Functie", "Telefoon werk", "Mobiel", "E-mail", "Vervanger"],
          ["[[TROMP, S.M.|P]]", "hoofd {{DCC|ACRONYM}}", "{{070 456 0000|SWITCHBOARD}}", "[[06 2914 7730|T]]", "[[sharline.tromp@minienw.nl|E]]", "[[Maduro, K.|P]]"],
          ["[[MADURO, K.|P]]", "plv. hoofd DCC", "{{070 456 0000|SWITCHBOARD}}", "[[06 4418 0921|T]]", "[[kenneth.maduro@minienw.nl|E]]", "[[Tromp, S.M.|P]]"],
          ["[[DA SILVA SANTOS, J.P.|P]]", "crisiscoördinator {{Rijkswaterstaat|ORG}}", "{{0800 8002|SWITCHBOARD}}", "[[06 1873 4402|T]]", "[[joao.dasilvasantos@rws.nl|E]]", "[[Winter, F.|P]]"],
          ["[[WINTER, F.|P]]", "woordvoerder {{IenW|ACRONYM}}", "{{070 456 1000|SWITCHBOARD}}", "[[06 5588 1203|T]]", "[[femke.winter@minienw.nl|E]]", "{{Persvoorlichting|ORG}}"],
          ["[[IN 'T VELD, M.|P]]", "liaison {{ILT|ACRONYM}}", "{{088 489 0000|SWITCHBOARD}}", "[[06 3301 2288|T]]", "[[m.intveld@ilent.nl|E]]", "[[Ahmadzai, F.|P]]"],
          ["[[AHMADZAI, F.|P]]", "liaison {{KNMI|ACRONYM}}", "{{030 220 6911|SWITCHBOARD}}", "[[06 2740 9916|T]]", "[[farid.ahmadzai@knmi.nl|E]]", "[[In 't Veld, M.|P]]"],
          ["[[VAN DER KAMP, E.|P]]", "secretaris {{ICCb|ACRONYM}}", "{{070 426 6426|SWITCHBOARD}}", "[[06 1290 5573|T]]", "[[els.vanderkamp@minbzk.nl|E]]", "-"],
          ["[[OP DE BEEK, H.|P]]", "adviseur {{NCTV|ACRONYM}}", "{{070 751 5050|SWITCHBOARD}}", "[[06 4377 8120|T]]", "[[h.opdebeek@nctv.minjenv.nl|E]]", "[[Al-Masri, H.|P]]"],
          ["[[AL-MASRI, H.|P]]", "adviseur {{NCTV|ACRONYM}}", "{{070 751 5050|SWITCHBOARD}}", "[[06 3029 4471|T]]", "[[h.almasri@nctv.minjenv.nl|E]]", "[[Op de Beek, H.|P]]"],
          ["{{Functionele mailbox DCC|TERM}}", "", "", "", "{{dcc@minienw.nl|MAILBOX}}", ""],
          ["{{Meldkamer Rijkswaterstaat|ORG}}", "24/7", "{{088 797 0000|SWITCHBOARD}}", "", "{{meldkamer@rws.nl|MAILBOX}}", ""]]),
    dict(name="Piketrooster", widths=[12, 24, 24, 24, 30], title=["Piketrooster {{DCC-IenW|ACRONYM}} november 2024 (buiten kantooruren)"],
         footer="Wijzigingen doorgeven aan {{dcc@minienw.nl|MAILBOX}}",
         rows=[["Week", "Piket 1", "Piket 2", "Achterwacht", "Opmerking"],
               ["45", "[[Tromp|P]]", "[[Ahmadzai|P]]", "[[Van der Kamp|P]]", "[[Tromp|P]] t/m vrijdag 12.00"],
               ["46", "[[Maduro|P]]", "[[In 't Veld|P]]", "[[Op de Beek|P]]", "oefening {{Waterproef|PROGRAM}} met {{Veiligheidsregio Zeeland|ORG}}"],
               ["47", "[[Winter|P]]", "[[Da Silva Santos|P]]", "[[Al-Masri|P]]", "[[Winter|P]] privé bereikbaar via [[06 5588 1203|T]] of [[f.winter1988@gmail.com|E]]"],
               ["48", "[[Ahmadzai|P]]", "[[Maduro|P]]", "[[Tromp|P]]", "{{Sinterklaasintocht|TERM}} {{Den Haag|PLACE}}: extra inzet {{Politie Haaglanden|ORG}}"]])]))

# ---------------------------------------------------------------- v21 Calc: Woo-inventarislijst with senders/recipients
_inv = [["Nr", "Datum", "Documenttype", "Van", "Aan", "Onderwerp", "Beoordeling", "Grond"],
        ["1", "03-01-2024", "e-mail", "[[Visser, L.|P]]", "[[Winter, F.|P]]; [[Koning, R.|P]]", "planning {{Woo-besluit|TERM}}", "deels openbaar", "{{5.1.2e|REF}}"],
        ["2", "05-01-2024", "e-mail", "{{minister De Jonge|OFFICIAL}}", "[[Winter, F.|P]]", "reactie op nota", "deels openbaar", "{{5.1.2e|REF}}"],
        ["3", "08-01-2024", "nota", "[[Koning, R.|P]]", "{{DG DOO|ACRONYM}}", "beslisnota {{Wet open overheid|LAW}}", "deels openbaar", "{{5.1.2e|REF}}, 5.2"],
        ["4", "09-01-2024", "Teams-chat", "[[Sastrowardoyo, D.|P]]", "[[Santoso, B.|P]]", "{{MijnOverheid|PRODUCT}} storing", "deels openbaar", "{{5.1.2e|REF}}"],
        ["5", "12-01-2024", "e-mail", "[[Wulandari, S.|P]] ({{Logius|ORG}})", "[[Koning, R.|P]]", "agenda {{BO Digitale Overheid|TERM}}", "openbaar", ""],
        ["6", "15-01-2024", "brief", "{{VNG|ACRONYM}}", "{{minister van BZK|ROLE}}", "reactie {{Wmebv|ACRONYM}}", "openbaar", ""],
        ["7", "17-01-2024", "e-mail", "[[Kovács, Zs.|P]]", "[[Dvořák, J.|P]]; [[Aydın, G.|P]]", "juridische toets", "deels openbaar", "{{5.1.2e|REF}}"],
        ["8", "22-01-2024", "e-mail", "[[Öztürk, Ç.|P]]", "{{Kamerlid Kathmann|OFFICIAL}}", "technische briefing", "deels openbaar", "{{5.1.2e|REF}}"],
        ["9", "25-01-2024", "memo", "[[Ruiterkamp, Z.|P]]", "{{SG|ACRONYM}}", "reactie {{Autoriteit Persoonsgegevens|ORG}}", "niet openbaar", "5.1.2i"],
        ["10", "29-01-2024", "e-mail", "[[Lefèvre, A.|P]]", "[[Verbeke, C.|P]]", "persbericht {{staatssecretaris Van Huffelen|OFFICIAL}}", "deels openbaar", "{{5.1.2e|REF}}"],
        ["11", "01-02-2024", "verslag", "[[Blom, N.|P]]", "MT DGDOO", "MT-verslag", "deels openbaar", "{{5.1.2e|REF}}, 5.2"],
        ["12", "06-02-2024", "e-mail", "[[Dam, J.|P]]", "{{woo@minbzk.nl|MAILBOX}}", "verzoek om termijnverlenging", "openbaar", ""],
        ["13", "07-02-2024", "e-mail", "[[Croes, G.|P]]", "[[Arends, R.|P]]; [[Rosaria, J.|P]]", "reis {{Bonaire|PLACE}} en {{Sint Eustatius|PLACE}}", "deels openbaar", "{{5.1.2e|REF}}"],
        ["14", "09-02-2024", "Teams-chat", "[[Maduro, K.|P]]", "[[Tromp, S.|P]]", "afspraak {{gezaghebber|ROLE}}", "deels openbaar", "{{5.1.2e|REF}}"],
        ["15", "12-02-2024", "e-mail", "{{staatssecretaris Van Huffelen|OFFICIAL}}", "[[Koning, R.|P]]", "reactie op spreekpunten", "deels openbaar", "{{5.1.2e|REF}}"],
        ["16", "13-02-2024", "nota", "[[Winter, F.|P]]", "{{minister De Jonge|OFFICIAL}}", "{{Digitale Overheid|PROGRAM}}", "deels openbaar", "{{5.1.2e|REF}}, 5.2"],
        ["17", "15-02-2024", "e-mail", "[[Nugroho, A.|P]] ({{Logius|ORG}})", "[[Visser, L.|P]]", "{{DigiD|PRODUCT}} machtigen", "deels openbaar", "{{5.1.2e|REF}}"],
        ["18", "19-02-2024", "e-mail", "[[Brouwer, N.|P]]", "[[Al-Khatib, R.|P]]", "duplicaat van 17", "niet openbaar", "reeds openbaar"],
        ["19", "20-02-2024", "brief", "{{Autoriteit Persoonsgegevens|ORG}}", "{{minister van BZK|ROLE}}", "advies {{DPIA|ACRONYM}}", "openbaar", ""],
        ["20", "22-02-2024", "e-mail", "[[Wiśniewski, Ł.|P]]", "[[Kovács, Zs.|P]]", "wetstechniek", "deels openbaar", "{{5.1.2e|REF}}"],
        ["21", "26-02-2024", "sms", "[[+31 6 4039 1187|T]]", "[[Koning, R.|P]]", "vertraging trein", "deels openbaar", "{{5.1.2e|REF}}"],
        ["22", "27-02-2024", "e-mail", "[[Santoso, B.|P]]", "{{servicedesk@logius.nl|MAILBOX}}", "storing {{eHerkenning|PRODUCT}}", "deels openbaar", "{{5.1.2e|REF}}"],
        ["23", "01-03-2024", "verslag", "[[Ruiterkamp, Z.|P]]", "MT DGDOO", "MT-verslag", "deels openbaar", "{{5.1.2e|REF}}, 5.2"],
        ["24", "04-03-2024", "e-mail", "[[Lefèvre, A.|P]]", "{{Kamerlid Kathmann|OFFICIAL}}", "uitnodiging werkbezoek", "deels openbaar", "{{5.1.2e|REF}}"]]
DOCS.append(dict(name="v21_calc_inventarislijst_woo", producer="xlsx", author="[[Joyce Dam|P]]", sheets=[dict(
    name="Inventaris", widths=[5, 11, 12, 22, 26, 28, 14, 12],
    title=["Inventarislijst Woo-besluit {{2024-0000098765|REF}} - {{Ministerie van Binnenlandse Zaken en Koninkrijksrelaties|ORG}}"],
    header="Bijlage 1 bij besluit op Woo-verzoek", rows=_inv)]))

# ---------------------------------------------------------------- v22 SharePoint version history (html)
DOCS.append(dict(name="v22_sharepoint_versiegeschiedenis", producer="html", html=CSS + """<body>
<div style="background:#036c70;color:#fff;padding:4px 8px">{{SharePoint|PRODUCT}} &nbsp;|&nbsp; Team {{Woo-coördinatie IenW|ORG}}</div>
<h2 style="font-size:12pt">Versiegeschiedenis: Concept Woo-besluit {{Schiphol|ORG}} geluid.docx</h2>
<table border="1" cellspacing="0" cellpadding="3" style="font-size:8pt;border-collapse:collapse;width:100%">
<tr><th>Nr.</th><th>Gewijzigd</th><th>Gewijzigd door</th><th>Grootte</th><th>Opmerkingen</th></tr>
<tr><td>7.0</td><td>14-6-2024 16:02</td><td>[[Verbeke, Chloë|P]]</td><td>212 kB</td><td>definitief na akkoord {{minister Harbers|OFFICIAL}}</td></tr>
<tr><td>6.3</td><td>14-6-2024 11:40</td><td>[[Gonçalves de Oliveira, Luís|P]]</td><td>211 kB</td><td>opmerkingen {{DWJZ|ACRONYM}} verwerkt</td></tr>
<tr><td>6.2</td><td>13-6-2024 17:15</td><td>[[Ruiterkamp, Zoë|P]]</td><td>209 kB</td><td>[[@Luís|U]] zie par. 4</td></tr>
<tr><td>6.1</td><td>12-6-2024 09:08</td><td>[[Verbeke, Chloë|P]]</td><td>205 kB</td><td>zienswijze {{KLM|ACRONYM}} en {{Royal Schiphol Group|ORG}}</td></tr>
<tr><td>5.0</td><td>7-6-2024 15:55</td><td>[[Bakker, Hanna|P]]</td><td>198 kB</td><td>versie voor {{DG Luchtvaart en Maritieme Zaken|ROLE}}</td></tr>
<tr><td>4.2</td><td>5-6-2024 10:31</td><td>Systeemaccount SVC-SPO-IENW</td><td>198 kB</td><td>automatisch: metadata</td></tr>
<tr><td>4.1</td><td>4-6-2024 13:12</td><td>[[Koning, Ruud|P]]</td><td>190 kB</td><td>inventaris bijgewerkt (mails {{gemeente Haarlemmermeer|ORG}})</td></tr>
<tr><td>3.0</td><td>31-5-2024 08:45</td><td>[[Bakker, Hanna|P]]</td><td>170 kB</td><td>eerste versie, sjabloon {{Woo-besluit IenW 2024|TERM}}</td></tr>
</table>
<p style="font-size:8pt">Bestandseigenaar: [[Hanna Bakker|P]] ([[hanna.bakker@minienw.nl|E]]). Gedeeld met: {{Woo-coördinatie IenW|ORG}}, [[Nour Al-Hariri|P]] (gast,
{{Landsadvocaat|ORG}} / {{Pels Rijcken|ORG}}), [[n.alhariri@pelsrijcken.nl|E]].</p>
<p style="font-size:8pt">Bewaartermijn conform {{Archiefwet 1995|LAW}}; selectielijst {{IenW|ACRONYM}}. Metadata: documenttype Woo-besluit, zaak {{IENW/BSK-2024/118822|REF}}.</p>
</body>"""))

# ---------------------------------------------------------------- v23 TOPdesk melding (reportlab)
DOCS.append(dict(name="v23_topdesk_melding", producer="reportlab", size=8.5, author="[[Nagy Bence|P]]",
                 footer="{{TOPdesk|PRODUCT}} - afgedrukt 22-02-2024 door [[nbence|U]]",
                 blocks=[
    ("h", "Melding I 2402 1187 - Toegang {{Corsa|PRODUCT}} na functiewijziging"),
    ("table", [["Melder", "[[Hodan Abdi Warsame|P]]", "Afdeling", "{{Directie Financieel-Economische Zaken|ORG}}"],
               ["Telefoon melder", "[[070 348 7715|T]]", "E-mail", "[[hodan.abdiwarsame@minfin.nl|E]]"],
               ["Behandelaar", "[[Nagy, B.|P]]", "Operatorgroep", "{{FMH Servicedesk 2e lijn|ORG}}"],
               ["Categorie", "Autorisaties", "Impact", "Persoon"],
               ["Status", "Afgemeld", "SLA", "{{P3 - 3 werkdagen|TERM}}"]], [3, 5.2, 2.8, 6]),
    ("h2", "Verzoek"),
    ("p", "Melder is per 1 februari overgestapt van {{Douane|ORG}} naar {{FEZ|ACRONYM}} en heeft geen toegang meer tot "
          "{{Corsa|PRODUCT}} en {{SAP|PRODUCT}}. Leidinggevende [[Gülşen Aydın|P]] geeft akkoord (zie bijlage)."),
    ("h2", "Actiehistorie"),
    ("grid", [["Datum", "Door", "Actie"],
              ["19-02 09:14", "[[Abdi Warsame, H.|P]]", "Melding aangemaakt via {{Selfservice Portaal|PRODUCT}}."],
              ["19-02 10:02", "[[Nagy, B.|P]]", "Doorgezet naar {{DICTU|ACRONYM}} applicatiebeheer; gebeld met [[Hodan|P]] op [[06 1455 3082|T]]."],
              ["20-02 15:40", "[[Karimi, M.|P]] ({{DICTU|ACRONYM}})", "Rol CORSA-FEZ-MW toegekend. Account [[habdiwar|U]] gekoppeld aan groep GG-FEZ."],
              ["21-02 08:30", "[[Nagy, B.|P]]", "Melder meldt dat {{MFA|ACRONYM}} op {{Rijkspas|PRODUCT}} faalt; doorgezet naar {{SSC-ICT|ACRONYM}}."],
              ["22-02 11:12", "[[Aydın, G.|P]]", "Akkoord leidinggevende alsnog per mail ([[g.aydin@minfin.nl|E]])."],
              ["22-02 11:45", "[[Nagy, B.|P]]", "Afgemeld. Tevredenheid: 4/5."]], [2.6, 4.2, 10.2]),
    ("small", "Vragen over deze melding: {{servicedesk@minfin.nl|MAILBOX}} of {{070 342 8000|SWITCHBOARD}}. "
              "{{Korte Voorhout 7|STREET}}, {{Den Haag|PLACE}}."),
]))

# ---------------------------------------------------------------- v24 Jira ticket print (html)
DOCS.append(dict(name="v24_jira_ticket_print", producer="html", html=CSS + """<body>
<div style="font-size:8pt;color:#555">[WOO-412] Lakken van bijlagen in {{Open Overheid|PRODUCT}}-export - {{Jira|PRODUCT}} {{Logius|ORG}}</div>
<h2 style="font-size:12pt">[WOO-412] Lakken van bijlagen in {{Open Overheid|PRODUCT}}-export</h2>
""" + hd([("Type:", "Bug"), ("Status:", "IN REVIEW"), ("Priority:", "High"), ("Component/s:", "{{DiWoo|ACRONYM}}-koppeling, {{PLOOI|ACRONYM}}"),
          ("Assignee:", "[[Arief Nugroho|P]]"), ("Reporter:", "[[Tsjitske de Vries-Hiemstra|P]]"), ("Watchers:", "[[Dewi Sastrowardoyo|P]], [[Budi Santoso|P]], [[Sri Wulandari|P]]"),
          ("Created:", "04/Sep/24 10:14"), ("Labels:", "{{GDPR|ACRONYM}} {{API|ACRONYM}} privacy")]) + """
<h3>Description</h3>
<p>When a {{PDF|ACRONYM}} attachment is exported via the {{REST API|TERM}}, the XMP metadata still contains the author, e.g. <code>[[dc:creator=W.M. Rahimi|P|W.M. Rahimi]]</code>.
Steps to reproduce: upload a document created in {{Microsoft Word|PRODUCT}} by a user of {{gemeente Súdwest-Fryslân|ORG}}; export; inspect with {{exiftool|PRODUCT}}.</p>
<h3>Activity</h3>
<p><b>[[Arief Nugroho|P]]</b> added a comment - 05/Sep/24 09:31<br>Reproduced. [[~tdevrieshiemstra|U]] can you check with the {{KOOP|ACRONYM}} team? The fix needs a change in {{ODF|ACRONYM}} conversion too.</p>
<p><b>[[Tsjitske de Vries-Hiemstra|P]]</b> added a comment - 05/Sep/24 11:02<br>[[~anugroho|U]] done, [[Budi|P]] will pick it up. Please do not paste real documents here;
[[Rahimi|P]] asked us to remove his name from the sample.</p>
<p><b>[[Budi Santoso|P]]</b> added a comment - 09/Sep/24 16:20<br>PR merged in {{GitLab|PRODUCT}} (!1187). Tested with files of {{Erasmus MC|ORG}} and the {{Anne Frank Stichting|ORG}} (public sample set). Moving to review.</p>
<p><b>[[Sri Wulandari|P]]</b> changed the Status - 10/Sep/24 08:02: IN PROGRESS → IN REVIEW</p>
<p style="font-size:7.5pt;color:#666">Generated at Tue Sep 10 08:05:11 CEST 2024 by [[Sri Wulandari|P]] using {{Jira|PRODUCT}} 9.12.4. Contact: {{jira-beheer@logius.nl|MAILBOX}}</p>
</body>"""))

# ---------------------------------------------------------------- v25 hoorverslag bezwaarcommissie (docx)
DOCS.append(dict(name="v25_hoorverslag_bezwaar", producer="docx", author="[[Noor Al-Hariri|P]]", font="Liberation Serif",
                 header="{{Gemeente Den Haag|ORG}} - {{Commissie bezwaarschriften|ORG}}", footer="Verslag hoorzitting - {{BZ-2024-0771|REF}}",
                 blocks=[
    ("h", "Verslag van de hoorzitting"),
    ("table", [["Zaak", "bezwaar van [[de heer R. Al-Khatib|P|R. Al-Khatib]] tegen de weigering van een {{parkeervergunning|TERM}}"],
               ["Datum", "10 april 2024, 14.00 uur, {{Spui 70|STREET}}, {{Den Haag|PLACE}}"],
               ["Commissie", "mr. [[Marloes in 't Veld|P]] (voorzitter), [[drs. W. Rahimi|P|W. Rahimi]] (lid), [[mr. L. Gonçalves de Oliveira|P|L. Gonçalves de Oliveira]] (lid)"],
               ["Secretaris", "[[N. Al-Hariri|P]]"],
               ["Bezwaarmaker", "[[de heer Rami Al-Khatib|P|Rami Al-Khatib]], [[Laan van Meerdervoort 412|A]], [[2563 BK|A]] Den Haag"],
               ["Gemachtigde", "[[mr. Y. Agyeman|P|Y. Agyeman]], advocaat te {{Rijswijk|PLACE}}"],
               ["Namens het college", "[[mevrouw C. Öztürk|P|C. Öztürk]], {{Dienst Stadsbeheer|ORG}}"]], [3.5, 13]),
    ("p", "Voorzitter: Welkom. De commissie adviseert het college; {{wethouder Van Asten|OFFICIAL}} beslist namens het college. Ik geef het woord aan de gemachtigde."),
    ("p", "[[Mr. Agyeman|P|Agyeman]]: Mijn cliënt heeft een medische indicatie. Zijn dochter [[Lina Al-Khatib|P]] is rolstoelgebonden en zit op de "
          "{{Prins Willem-Alexanderschool|ORG}}. De {{GGD Haaglanden|ORG}} heeft dat bevestigd."),
    ("p", "[[De heer Al-Khatib|P|Al-Khatib]]: Ik woon al twaalf jaar op dit adres. Mijn buurvrouw [[mevrouw Kok|P|Kok]] heeft wel een vergunning gekregen."),
    ("p", "[[Mevrouw Öztürk|P|Öztürk]]: Dat klopt, maar zij heeft een {{Gehandicaptenparkeerkaart|TERM}} aangevraagd bij de {{RDW|ACRONYM}}. "
          "Het {{Parkeerbeleid 2023|LAW}} laat geen ruimte voor de situatie van [[de heer Al-Khatib|P|Al-Khatib]]."),
    ("p", "Lid [[Rahimi|P]]: Heeft u overwogen de {{hardheidsclausule|TERM}} toe te passen?"),
    ("p", "[[Mevrouw Öztürk|P|Öztürk]]: Nee. Ik zal dat navragen bij mijn teamleider, [[de heer Ter Horst|P|Ter Horst]]."),
    ("p", "Voorzitter: De commissie brengt binnen zes weken advies uit. Het verslag wordt toegezonden aan [[r.alkhatib@outlook.com|E]] en aan de gemachtigde "
          "([[y.agyeman@agyemanadvocaten.nl|E]], [[070 390 2214|T]])."),
    ("p", "Informatie die niet openbaar gemaakt kan worden\nMotivering:\n[Hier de motivering opnemen]"),
]))

# ---------------------------------------------------------------- v26 integriteitsmelding P&O with form fields (reportlab)
DOCS.append(dict(name="v26_integriteit_casusnotitie_formulier", producer="reportlab", size=9,
                 footer="VERTROUWELIJK - {{Bureau Integriteit|ORG}} {{Rijksvastgoedbedrijf|ORG}}",
                 fields=[dict(name="melder", label="Naam melder:", value="[[Ratna Wirjosentono|P]]", x=2, x2=5.5, y=3.2, w=7),
                         dict(name="melder_tel", label="Telefoon:", value="[[06 3145 9921|T]]", x=13, x2=15, y=3.2, w=4),
                         dict(name="betrokkene", label="Betrokkene:", value="[[Gerbrand Zijlstra|P]]", x=2, x2=5.5, y=4.0, w=7),
                         dict(name="pnr", label="Personeelsnr.:", value="[[P-0471129|P]]", x=13, x2=15.4, y=4.0, w=3.6),
                         dict(name="behandelaar", label="Behandelaar:", value="[[J. Dvorak|P]]", x=2, x2=5.5, y=4.8, w=7)],
                 blocks=[
    ("space", 95),
    ("h", "Casusnotitie integriteitsmelding 2024-INT-017"),
    ("p", "Datum intake: 2 mei 2024. Vertrouwenspersoon: [[Hodan Abdi Warsame|P]] (extern, {{Bedrijfsmaatschappelijk werk|ORG}})."),
    ("h2", "Melding"),
    ("p", "De melder, werkzaam als projectleider bij het {{Rijksvastgoedbedrijf|ORG}} in {{Utrecht|PLACE}}, meldt dat een collega bij de aanbesteding "
          "voor het {{Paleis het Loo|ORG}}-project informatie zou hebben gedeeld met een inschrijver ({{Heijmans|ORG}}). De betrokkene, "
          "[[G. Zijlstra|P]], zou bevriend zijn met [[Ronald Visser|P]], accountmanager bij die inschrijver ([[r.visser@heijmans.nl|E]])."),
    ("h2", "Afspraken"),
    ("p", "- [[Dvořák|P]] legt de melding voor aan de {{directeur-generaal Rijksvastgoedbedrijf|ROLE}}.\n"
          "- {{Minister Uitermark|OFFICIAL}} wordt niet geïnformeerd zolang het onderzoek loopt; wel de {{Auditdienst Rijk|ORG}}.\n"
          "- Het {{Huis voor Klokkenluiders|ORG}} is als adviesinstantie genoemd aan de melder.\n"
          "- Gesprek met [[Zijlstra|P]] op 16 mei, in aanwezigheid van [[Joost ter Horst|P]] (P&O-adviseur, [[j.terhorst@rijksvastgoedbedrijf.nl|E]])."),
    ("h2", "Stand van zaken 30 mei"),
    ("p", "[[Zijlstra|P]] ontkent. Zijn leidinggevende [[Femke Winter|P]] verklaart dat er geen signalen waren. Advies: onderzoek door een extern bureau, "
          "in overleg met de {{Auditdienst Rijk|ORG}}. Vervolg bij [[JD|R]]."),
]))

# ---------------------------------------------------------------- v27 Participatiewet / Wmo casusnotitie (docx, 2 pages)
DOCS.append(dict(name="v27_casusnotitie_participatiewet", producer="docx", author="[[Akosua Mensah|P]]", size=9.5,
                 header="{{Gemeente Rotterdam|ORG}} - {{Werk en Inkomen|ORG}} - casusnotitie",
                 footer="{{Rotterdam|PLACE}} - {{14 010|SWITCHBOARD}}",
                 blocks=[
    ("h", "Casusnotitie multidisciplinair overleg (MDO)"),
    ("table", [["Cliënt", "[[Abdirahman Farah Jama|P]]"], ["BSN", "[[" + bsn(5101) + "|B]]"], ["Geboortedatum", "[[07-09-1979|D]]"],
               ["Adres", "[[Schiedamseweg 231-B|A]], [[3026 AD|A]] {{Rotterdam|PLACE}}"],
               ["Rekeningnummer", "[[" + iban_spaced(iban(5102, "ABNA")) + "|I]]"],
               ["Klantmanager", "[[A. Mensah|P]], [[010 267 4490|T]]"], ["Datum MDO", "21 maart 2024"]], [4, 12]),
    ("h2", "Aanwezig"),
    ("p", "[[Akosua Mensah|P]] (klantmanager {{Participatiewet|LAW}}), [[Wahid Rahimi|P]] ({{Wmo|ACRONYM}}-consulent), [[Lotte Visser|P]] "
          "(schuldhulpverlening, {{Kredietbank Rotterdam|ORG}}), [[Faadumo Hassan Ali|P]] (echtgenote van cliënt, op uitnodiging)."),
    ("h2", "Situatie"),
    ("p", "[[Meneer Farah Jama|P|Farah Jama]] ontvangt sinds 2021 een {{bijstandsuitkering|TERM}}. Hij heeft schulden bij het {{CJIB|ACRONYM}} en "
          "{{Woonstad Rotterdam|ORG}}. [[Mevrouw Hassan Ali|P|Hassan Ali]] vertelt dat haar man sinds een val van de steiger rugklachten heeft; behandeling in het "
          "{{Erasmus MC|ORG}} en bij {{Maasstad Ziekenhuis|ORG}}. Zoon [[Mohamed|P]] (17) zit op het {{Zadkine|ORG}}."),
    ("h2", "Afspraken"),
    ("grid", [["Wie", "Wat", "Wanneer"],
              ["[[Mensah|P]]", "ontheffing arbeidsplicht 6 maanden, herbeoordeling via {{UWV|ACRONYM}}", "april"],
              ["[[Rahimi|P]]", "huishoudelijke hulp {{Wmo 2015|LAW}}; keukentafelgesprek", "2 april"],
              ["[[Visser|P]]", "aanmelding {{Gemeentelijke Kredietbank|ORG}}; budgetbeheer", "april"],
              ["[[Farah Jama|P]]", "medische stukken aanleveren via [[farahjama79@gmail.com|E]] of op {{Librijesteeg 4|STREET}}", "15 april"]], [3.5, 10, 2.5]),
    ("pagebreak",),
    ("h2", "Vervolgnotitie 18 april 2024"),
    ("p", "Gebeld met [[de heer Farah Jama|P|Farah Jama]] op [[06 1188 4027|T]]. Medische stukken ontvangen. Advies van [[Rahimi|P]]: "
          "8 uur huishoudelijke hulp via {{Tzorg|ORG}}. De wethouder, {{Faouzi Achbar|OFFICIAL}}, heeft in de commissie gevraagd naar "
          "wachttijden bij het {{Wmo-loket|ORG}}; dit dossier is daarbij niet genoemd."),
    ("p", "[[AM|R]] 18-04"),
]))

# ---------------------------------------------------------------- v28 subsidiebeschikking aan particulier (reportlab, link mailto)
DOCS.append(dict(name="v28_subsidiebeschikking_particulier", producer="reportlab", font="DejaVuSerif", size=9.5,
                 author="[[Rinske van der Meer|P]]",
                 links=[("mailto:[[r.vandermeer@fryslan.frl|E]]", (2, 3.4, 9, 3.9))],
                 side=("**Provinsje Fryslân\n{{Tweebaksmarkt 52|STREET}}\n{{Leeuwarden|PLACE}}\n\n**Behandeld door\n[[R. van der Meer|P]]\n"
                       "**Telefoon\n[[058 292 8871|T]]\n**Ons kenmerk\n{{01987654|REF}}\n**Datum\n3 juni 2024"),
                 footer="{{Provinsje Fryslân|ORG}} - {{Postbus 20120|STREET}} - 8900 HM {{Leeuwarden|PLACE}} - {{058 292 5925|SWITCHBOARD}}",
                 blocks=[
    ("p", "[[De heer S.J. Hoekstra|P|S.J. Hoekstra]] en [[mevrouw G. Hoekstra-Terpstra|P|G. Hoekstra-Terpstra]]\n[[Pôlewei 7|A]]\n[[9051 AK|A]] {{Stiens|PLACE}}"),
    ("space", 10),
    ("p", "Onderwerp: beschikking subsidie {{Monumentenregeling Fryslân|PROGRAM}} - boerderij 'Hoekstra-state'"),
    ("p", "Geachte heer en mevrouw [[Hoekstra|P]],"),
    ("p", "Op 12 april 2024 ontvingen wij uw aanvraag voor subsidie voor het herstel van het rieten dak van uw "
          "{{rijksmonument|TERM}} aan de [[Pôlewei 7|A]]. {{Gedeputeerde Staten|ORG}} verlenen u een subsidie van maximaal € 24.800. "
          "Wij betalen een voorschot van 80% op rekening [[" + iban_spaced(iban(2801, "RABO")) + "|I]] ten name van [[S.J. Hoekstra|P]]."),
    ("p", "Het advies van de {{Rijksdienst voor het Cultureel Erfgoed|ORG}} ({{RCE|ACRONYM}}) en van {{Hûs en Hiem|ORG}} is in dit besluit verwerkt. "
          "Uw aannemer, {{Rietdekkersbedrijf Zijlstra B.V.|ORG}}, moet een vakbekwaamheidsverklaring overleggen."),
    ("p", "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij {{Gedeputeerde Staten van Fryslân|ORG}}. Vragen? Mail "
          "[[r.vandermeer@fryslan.frl|E]] of bel het {{Klant Kontakt Sintrum|ORG}}."),
    ("p", "Met vriendelijke groet,\nnamens {{Gedeputeerde Staten van Fryslân|ORG}},\n\n[[Auke Sijbesma|P]]\nteamleider Subsidies"),
    ("small", "Afschrift: [[Tjalling Zijlstra|P]] ({{Rietdekkersbedrijf Zijlstra B.V.|ORG}}), [[t.zijlstra@rietdekkerszijlstra.nl|E]]"),
]))

# ---------------------------------------------------------------- v29 Kamervragen antwoorden (html, 2 pages)
DOCS.append(dict(name="v29_antwoorden_kamervragen", producer="html", html="""<style>@page{size:A4;margin:20mm 18mm}body{font-family:'DejaVu Serif';font-size:9.8pt}
.q{font-weight:bold;margin-top:8px}.rb{position:fixed;top:0;right:0;width:48mm;font-size:7pt;font-family:'DejaVu Sans'}.main{margin-right:52mm}</style><body>
<div class="rb"><b>{{Directoraat-generaal Volksgezondheid|ORG}}</b><br>{{Parnassusplein 5|STREET}}<br>{{Den Haag|PLACE}}<br><br><b>Kenmerk</b><br>{{3891245-1067812-PG|REF}}<br>
<b>Bijlage(n)</b><br>1<br><b>Concept</b> - behandeld door [[Chloë Verbeke|P]], [[06 4412 9076|T]]</div>
<div class="main">
<p>Antwoorden op Kamervragen van de leden {{Paulusma|OFFICIAL}} ({{D66|ORG}}) en {{Dobbe|OFFICIAL}} ({{SP|ACRONYM}}) over wachttijden in de
{{ggz|TERM}} (ingezonden 12 januari 2024, {{2024Z00412|REF}})</p>
<p class="q">Vraag 1. Kent u het bericht 'Wachtlijst ggz voor jongeren loopt op tot een jaar' in de {{Volkskrant|ORG}}?</p>
<p>Antwoord 1. Ja.</p>
<p class="q">Vraag 2. Hoe verklaart u dat het {{Sophia Kinderziekenhuis|ORG}} en {{Karakter|ORG}} een patiëntenstop hebben?</p>
<p>Antwoord 2. Ik heb hierover op 22 januari gesproken met de {{Nederlandse Zorgautoriteit|ORG}} en {{Zorgverzekeraars Nederland|ORG}}.
<span style="background:#ff0">[Intern: cijfers van [[Dewi Sastrowardoyo|P]] (NZa) nog bevestigen; [[Sastrowardoyo|P]] belt [[Verbeke|P]] maandag.]</span></p>
<p class="q">Vraag 3. Bent u bereid met {{staatssecretaris Van Ooijen|OFFICIAL}} ... </p>
<p>Antwoord 3. De verantwoordelijkheid voor de jeugd-ggz ligt bij gemeenten. {{Voormalig minister Kuipers|OFFICIAL}} heeft in 2022 het
{{Integraal Zorgakkoord|PROGRAM}} gesloten. {{Minister Dijkstra|OFFICIAL}} van {{Medische Zorg|ROLE}} volgt de uitvoering; in het {{Hoofdlijnenakkoord ggz|PROGRAM}} zijn afspraken gemaakt.</p>
<p class="q">Vraag 4. Welke rol speelt het {{Trimbos-instituut|ORG}}?</p>
<p>Antwoord 4. Het {{Trimbos-instituut|ORG}} monitort de wachttijden. <span style="background:#ff0">[Opmerking [[Joost ter Horst|P]]: check met [[Marieke de Groot|P]] of de
monitor al openbaar is - [[jth|R]]]</span></p>
<div style="page-break-before:always"></div>
<p class="q">Vraag 5. Kunt u deze vragen beantwoorden voor het commissiedebat ggz?</p>
<p>Antwoord 5. Ja.</p>
<p style="margin-top:18px">De {{minister voor Medische Zorg|ROLE}},<br><br>{{Pia Dijkstra|OFFICIAL}}</p>
<hr><p style="font-size:8pt"><b>Paraferingsroute (niet meezenden)</b></p>
<table border="1" cellspacing="0" cellpadding="2" style="font-size:8pt;border-collapse:collapse">
<tr><th>Naam</th><th>Functie</th><th>Paraaf</th></tr>
<tr><td>[[C. Verbeke|P]]</td><td>beleidsmedewerker GGZ</td><td>[[CV|R]]</td></tr>
<tr><td>[[J. ter Horst|P]]</td><td>coördinator Kamerstukken</td><td>[[jth|R]]</td></tr>
<tr><td>[[M. de Groot|P]]</td><td>MT-lid Curatieve Zorg</td><td>[[MdG|R]]</td></tr>
<tr><td>[[VAN DAM-BRINKMAN, I.|P]]</td><td>DG Curatieve Zorg</td><td>[[IvDB|R]]</td></tr>
</table>
<p style="font-size:8pt">Mailbox Kamervragen: {{kamervragen@minvws.nl|MAILBOX}} | {{Bureau Woordvoering|ORG}}: {{070 340 7911|SWITCHBOARD}}</p>
</div></body>"""))

# ---------------------------------------------------------------- scans (image-only; gold = what OCR of the page shows)
SCSS = """<style>@page{size:A4;margin:20mm}body{font-family:'DejaVu Sans';font-size:11.5pt;line-height:1.35}
table.hd td{padding:1px 10px 1px 0;vertical-align:top}td:first-child{font-weight:bold}</style>"""
DOCS.append(dict(name="v30_scan_outlook_print", producer="html", post="scan", angle=0.5, html=SCSS + """<body>
<p style="font-size:14pt;border-bottom:2px solid #000"><b>[[Hanna Bakker|P]]</b></p>
<table class="hd"><tr><td>Van:</td><td>[[Karimi, Mahmood|P]] &lt;[[mahmood.karimi@minvro.nl|E]]&gt;</td></tr>
<tr><td>Verzonden:</td><td>woensdag 6 november 2024 09:12</td></tr>
<tr><td>Aan:</td><td>[[Bakker, Hanna|P]]</td></tr><tr><td>CC:</td><td>[[Popalzai, Zarghuna|P]]</td></tr>
<tr><td>Onderwerp:</td><td>RE: bezoek minister aan Almere</td></tr></table>
<p>Hoi [[Hanna|P]],</p>
<p>De minister gaat op 20 november naar Almere. Ik heb het programma afgestemd met de gemeente;
contactpersoon daar is [[Petra Blom-Verhoeven|P]], telefoon [[06 2917 3340|T]].</p>
<p>[[Zarghuna|P]] zorgt voor de spreekpunten. Kun jij de auto regelen? Chauffeur is [[Henk Blom|P]].</p>
<p>Groet,<br>[[Mahmood Karimi|P]]<br>beleidsmedewerker Woningbouw<br>mobiel [[06 3318 4472|T]]</p>
<p style="border-top:1px solid #000;margin-top:20px">Van: [[Bakker, Hanna|P]]<br>Verzonden: dinsdag 5 november 2024 17:40<br>
Aan: [[Karimi, Mahmood|P]]<br>Onderwerp: bezoek minister aan Almere</p>
<p>[[Mahmood|P]], wie is het contact bij de gemeente? Groet, [[Hanna|P]]</p>
<p style="margin-top:60px;font-size:9pt">Gescand 07-11-2024 - Woo-verzoek 2024-0412 - document 17</p></body>"""))

DOCS.append(dict(name="v31_scan_gespreksnotitie", producer="reportlab", post="scan", angle=-0.7, size=11.5, font="DejaVuSerif", blocks=[
    ("h", "Gespreksnotitie"),
    ("p", "Datum: 12 februari 2024\nAanwezig: [[Wytske Dijkstra|P]], [[Joost ter Horst|P]], [[Richenel Martina|P]]\nNotulist: [[Zoë Ruiterkamp|P]]"),
    ("p", "Onderwerp: huisvesting statushouders in Zwolle en Deventer."),
    ("p", "[[Dijkstra|P]] meldt dat de gemeente Zwolle 140 woningen beschikbaar heeft. [[Ter Horst|P]] vraagt of het COA "
          "daarvan op de hoogte is. [[Martina|P]] belt met zijn contact bij het COA, [[Kwame Asante|P]] ([[06 4021 8873|T]])."),
    ("p", "Afspraken: [[Ruiterkamp|P]] maakt het verslag; [[Martina|P]] mailt naar [[kwame.asante@coa.nl|E]]. Volgend overleg 26 februari."),
    ("p", "Paraaf: [[ZR|R]]"),
]))

DOCS.append(dict(name="v32_scan_bezwaarschrift_burger", producer="reportlab", post="scan", angle=0.8, size=11.5, blocks=[
    ("p", "[[Gülten Arslan|P]]\n[[Vondelstraat 14|A]]\n[[6824 NB|A]] Arnhem\n[[06 1702 5539|T]]"),
    ("space", 14),
    ("p", "Aan het college van burgemeester en wethouders\nvan de gemeente Arnhem\nPostbus 9200\n6800 HA Arnhem"),
    ("space", 10),
    ("p", "Arnhem, 4 maart 2024\n\nBetreft: bezwaar tegen beschikking bijzondere bijstand, kenmerk BB-2024-3318"),
    ("p", "Geachte heer, mevrouw,"),
    ("p", "Hierbij maak ik bezwaar tegen uw besluit van 30 januari 2024. Mijn burgerservicenummer is [[" + bsn(3201) + "|B]]. "
          "U heeft mijn aanvraag voor een wasmachine afgewezen, terwijl mijn consulent, [[mevrouw Mensah|P|Mensah]], had gezegd dat "
          "ik daarvoor in aanmerking kwam. Mijn dochter [[Melis Arslan|P]] woont bij mij en heeft een beperking."),
    ("p", "Ik verzoek u het bedrag over te maken op [[" + iban_spaced(iban(3202, "INGB")) + "|I]]."),
    ("p", "Met vriendelijke groet,\n\n[[G. Arslan|P]]"),
]))

DOCS.append(dict(name="v33_scan_parafenblad", producer="docx", post="scan", angle=-0.4, size=12, font="Liberation Sans", blocks=[
    ("h", "Parafenblad nota ter besluitvorming"),
    ("p", "Onderwerp: evaluatie Spreidingswet, regio Noord\nKenmerk: 2024-0077123"),
    ("grid", [["Naam", "Functie", "Paraaf", "Datum"],
              ["[[R.J. Martina|P]]", "beleidsmedewerker", "[[RJM|R]]", "3-6"],
              ["[[S. Isenia|P]]", "jurist", "[[SI|R]]", "4-6"],
              ["[[B. van 't Hof|P]]", "afdelingshoofd", "[[BvtH|R]]", "5-6"],
              ["[[M.J. de Wit-Koster|P]]", "directeur", "[[MdWK|R]]", "6-6"]], [5, 5, 3, 3]),
    ("p", "Opmerkingen: [[De Wit-Koster|P]] wil de nota eerst bespreken met [[Van 't Hof|P|Hof]]. Terug naar [[Martina|P]] ([[070 370 4418|T]])."),
]))
