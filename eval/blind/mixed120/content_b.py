"""Set BH, documents bh12-bh22: the whistleblower, chats, the audit, minutes, evaluation, invoices, a scan."""
from __future__ import annotations

from lib import Doc, E, H, K, O, P, R, T, concat, docx, rl, scan

OUTLOOK = {"Creator": "Microsoft Outlook", "Producer": "Microsoft: Print To PDF"}

DOCS: list[Doc] = []

# ------------------------------------------------------------------------------------------------
# bh12  whistleblower mail (English), with a sticky note of the office manager
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bh12",
    rl([
        ("p", "**Van:** Mercy Akinyi &lt;mercy.akinyi87@gmail.com&gt;"),
        ("line", "**Verzonden:** woensdag 26 november 2025 21:47"),
        ("line", "**Aan:** NAI &lt;nai@minbuza.nl&gt;; Dijkgraaf, Annelot &lt;annelot.dijkgraaf@minbuza.nl&gt;"),
        ("line", "**Onderwerp:** Confidential – irregularities at Mto Safi Community Trust"),
        ("sp", 8),
        ("p", "Dear Madam Dijkgraaf,"),
        ("p", "I am writing to you in confidence. Since 2022 I work as an accountant at Mto Safi Community Trust in "
              "Kisumu, the partner of Stichting WaterWeg in the WASH Connect programme that is funded by the "
              "Netherlands. I can no longer keep silent about what I see."),
        ("p", "Between March and October 2025 our organisation paid Lakeside Drilling Ltd for 61 boreholes in Homa "
              "Bay County. For at least 23 of them there is no completion certificate, no water quality test and "
              "no photo. All these payments were approved by Mr. Otieno Wafula alone, although our finance manual "
              "requires two signatures above KES 500,000. The director of Lakeside Drilling Ltd, Mr. Samuel "
              "Kiprotich Rono, is the brother-in-law of our finance manager, Mrs. Grace Atieno Odhiambo. When I "
              "asked Kevin from procurement for the tender file, he told me to mind my own business."),
        ("p", "I attach copies of six invoices and the bank statements of the Equity Bank account that I have "
              "access to. I fear for my job and for my safety. Please do not share my name with Mto Safi or with "
              "WaterWeg. You can reach me on +254 711 556 092 after 6 pm, also on WhatsApp. If you want to meet, "
              "I prefer not to come to the office; I live in Nyalenda B, plot 114, near the Kisumu–Kendu Bay road."),
        ("p", "Yours faithfully,<br/>Mercy Akinyi Owino<br/>Accountant, Mto Safi Community Trust"),
        ("sp", 6),
        ("small", "Bijlagen: invoices_LDL_2025.pdf; statements_Equity_Q2Q3.pdf (in separate dossier, niet "
                  "openbaar: art. 5.1 lid 2 sub e en sub h Woo)"),
    ], fonts="helv", size=10),
    redact=[
        P("Mercy Akinyi Owino", "Mercy Akinyi", "Akinyi Owino"),
        E("mercy.akinyi87@gmail.com"),
        P("Annelot Dijkgraaf", "Dijkgraaf"),
        E("annelot.dijkgraaf@minbuza.nl"),
        P("Joseph Otieno Wafula", "Otieno Wafula"),
        P("Samuel Kiprotich Rono", "Kiprotich Rono"),
        P("Grace Atieno Odhiambo", "Atieno Odhiambo"),
        P("Kevin Omondi", "Kevin"),
        T("+254 711 556 092"),
        R("ADDRESS", "Nyalenda B, plot 114", "plot 114"),
        H("annotations", "PERSON", "Zawadi Njeri", "Njeri", "Zawadi"),
        H("annotations", "PERSON", "Halima Abdi Noor", "Halima"),
    ],
    keep=K("ORG", "Mto Safi Community Trust", "Lakeside Drilling Ltd", "Stichting WaterWeg", "Equity Bank")
    + K("FUNCMAIL", "nai@minbuza.nl", word=False)
    + K("PLACE", "Kisumu", "Homa Bay")
    + K("PROGRAMME", "WASH Connect programme")
    + K("TERM", "completion certificate", "finance manual")
    + K("TITLE", "finance manager", "Accountant")
    + K("LAW", "art. 5.1 lid 2 sub e en sub h Woo"),
    meta=dict(OUTLOOK, Title="Confidential – irregularities at Mto Safi Community Trust"),
    notes=[(0, "Njeri, Zawadi",
            "Zawadi: doorgezet naar Halima (finance) voor de betalingsgegevens. Melder wil anoniem blijven – "
            "NIET doorsturen naar de penvoerder.", 480, 700)],
))

# ------------------------------------------------------------------------------------------------
# bh13  thread with the integrity office about protecting the reporter
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bh13",
    rl([
        ("p", "**Van:** Koopal-Smit, Ingrid &lt;ingrid.koopal-smit@minbuza.nl&gt;"),
        ("line", "**Verzonden:** vrijdag 5 december 2025 09:21"),
        ("line", "**Aan:** Dijkgraaf, Annelot &lt;annelot.dijkgraaf@minbuza.nl&gt;"),
        ("line", "**CC:** Oudshoorn, Marleen &lt;m.oudshoorn@minbuza.nl&gt;; Integriteit BZ "
                 "&lt;integriteit@minbuza.nl&gt;; Hoogendijk, Pieter-Bas &lt;pieter-bas.hoogendijk@minbuza.nl&gt;"),
        ("line", "**Onderwerp:** RE: Melding Mto Safi – bescherming melder"),
        ("sp", 6),
        ("p", "Beste Annelot,"),
        ("p", "Dank voor het snelle doorzetten. Ik heb de melding geregistreerd als INT-2025-0219. Belangrijkste "
              "punt: de melder (M.A.O.) is geen medewerker van BZ, dus de interne regeling geldt niet rechtstreeks, "
              "maar het subsidiekader verplicht de penvoerder wel tot bescherming van melders bij partners. Ik "
              "stel voor dat:"),
        ("p", "1. haar naam alleen bij jou, Pieter-Bas en mij bekend is, en niet in stukken aan Stichting WaterWeg "
              "of AuditNoord Forensics komt;<br/>2. de forensisch accountant haar alleen via de ambassade benadert;"
              "<br/>3. we haar wijzen op de mogelijkheid om advies te vragen bij het Huis voor Klokkenluiders, "
              "ook al is de Wet bescherming klokkenluiders op haar situatie in Kenia maar beperkt van toepassing."),
        ("p", "Marleen kijkt of de opschorting van de voorschotten juridisch houdbaar is zonder dat de melding zelf "
              "als grond hoeft te worden genoemd. Bel gerust: 06-43 90 17 25.<br/><br/>Met vriendelijke groet,"
              "<br/>Ingrid Koopal-Smit<br/>Coördinator integriteit, Bureau Integriteit BZ"),
        ("sp", 4),
        ("p", "**Van:** Dijkgraaf, Annelot &lt;annelot.dijkgraaf@minbuza.nl&gt;"),
        ("line", "**Verzonden:** donderdag 4 december 2025 16:55"),
        ("line", "**Aan:** Integriteit BZ &lt;integriteit@minbuza.nl&gt;"),
        ("line", "**CC:** Hoogendijk, Pieter-Bas &lt;pieter-bas.hoogendijk@minbuza.nl&gt;"),
        ("line", "**Onderwerp:** Melding Mto Safi – bescherming melder"),
        ("sp", 6),
        ("p", "Goedemiddag,"),
        ("p", "Op 26 november ontving de ambassade een melding van een accountant van Mto Safi Community Trust "
              "(Kisumu) over vermoedelijke fraude met boorgaten. De melder, mevrouw Mercy Akinyi Owino, vraagt "
              "uitdrukkelijk om geheimhouding en geeft aan zich onveilig te voelen. Zij heeft een zoon van "
              "negen jaar en woont in een wijk waar de familie van de leverancier bekend is."),
        ("p", "Ik wil graag weten wat wij wel en niet mogen delen met de penvoerder en met het auditbureau, en of "
              "wij iets voor haar veiligheid kunnen doen. Wanjiru Kamau (local staff) is de enige andere collega "
              "die haar naam kent."),
        ("p", "Groet,<br/>Annelot Dijkgraaf<br/>Ambassade Nairobi | +254 722 418 305"),
    ], fonts="helv", size=9.8),
    redact=[
        P("Ingrid Koopal-Smit", "Koopal-Smit", "Ingrid"),
        E("ingrid.koopal-smit@minbuza.nl"),
        T("06-43 90 17 25"),
        P("Annelot Dijkgraaf", "Dijkgraaf", "Annelot"),
        E("annelot.dijkgraaf@minbuza.nl"),
        P("Marleen Oudshoorn", "Oudshoorn", "Marleen"),
        E("m.oudshoorn@minbuza.nl"),
        P("Pieter-Bas Hoogendijk", "Hoogendijk", "Pieter-Bas"),
        E("pieter-bas.hoogendijk@minbuza.nl"),
        P("Mercy Akinyi Owino", "Mercy Akinyi Owino"),
        R("INITIALS", "M.A.O.", "M.A.O."),
        P("Wanjiru Kamau", "Wanjiru Kamau"),
        T("+254 722 418 305"),
    ],
    keep=K("ORG", "Bureau Integriteit BZ", "Huis voor Klokkenluiders", "AuditNoord Forensics",
           "Stichting WaterWeg", "Mto Safi Community Trust")
    + K("FUNCMAIL", "integriteit@minbuza.nl", word=False)
    + K("LAW", "Wet bescherming klokkenluiders")
    + K("REF", "INT-2025-0219")
    + K("TITLE", "Coördinator integriteit")
    + K("PLACE", "Kisumu", "Kenia")
    + K("TERM", "opschorting van de voorschotten", "forensisch accountant"),
    meta=dict(OUTLOOK, Title="RE: Melding Mto Safi – bescherming melder"),
))

# ------------------------------------------------------------------------------------------------
# bh14  Teams chat export (embedded DejaVu Sans), first names, nicknames, health remark
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bh14",
    rl([
        ("h2", "Chat – ‘Mto Safi follow-up’ (Microsoft Teams) – export 10-12-2025"),
        ("small", "Deelnemers: Annelot Dijkgraaf, Wanjiru Kamau, Baraka Mwangi, Youssef Benali"),
        ("sp", 6),
        ("line", "[08-12 08:14] Annelot Dijkgraaf: Morning all. Update: AuditNoord lands in Kisumu on the 15th. "
                 "Bara, can you share the GPS list with them?"),
        ("line", "[08-12 08:20] Baraka Mwangi: Will do. 61 sites, 23 flagged. Sending via SharePoint, not email."),
        ("line", "[08-12 08:21] Wanjiru Kamau: Pls make sure the source is not in the file name 🙏"),
        ("line", "[08-12 08:22] Baraka Mwangi: Sure Wanji, it's just 'sites_HomaBay_v3'."),
        ("line", "[08-12 09:03] Youssef Benali: Goedemorgen! Sietske en ik hebben DJZ gesproken: opschorting mag "
                 "vanaf 1 jan. RVO stuurt de brief."),
        ("line", "[08-12 09:05] Annelot Dijkgraaf: Top, dank Youssef. Wie neemt finance waar nu Halima ziek "
                 "is?"),
        ("line", "[08-12 09:07] Wanjiru Kamau: Halima is still in Aga Khan hospital with malaria, back next week "
                 "hopefully. I'll cover the payment checks."),
        ("line", "[08-12 09:15] Youssef Benali: Beterschap aan haar. @Wanjiru Kamau kun je ook de bankafschriften "
                 "van Equity Bank naast de IATI-rapportage leggen?"),
        ("line", "[08-12 09:16] Wanjiru Kamau: Yes. FYI Joseph (Otieno Wafula) called me twice yesterday on my "
                 "private number 0733 902 614 asking who complained. I did not answer."),
        ("line", "[08-12 09:18] Annelot Dijkgraaf: Thanks Wanjiru, that's not ok. I'll flag it to Ingrid at "
                 "integrity. Please log all contacts."),
        ("line", "[08-12 11:40] Baraka Mwangi: List shared. Also KIWASCO confirms none of the 3 Kendu Bay sites "
                 "is connected to their grid."),
        ("line", "[08-12 11:42] Annelot Dijkgraaf: 👍 great work Bara"),
        ("line", "[09-12 07:55] Youssef Benali: Kamervragen binnen van het lid Özdemir-Bakker over WASH Connect. "
                 "Deadline concept-antwoord vrijdag."),
        ("line", "[09-12 07:58] Annelot Dijkgraaf: Oef. Ik lever input aan over de ambassadekant; niets over de "
                 "melder natuurlijk."),
    ], fonts="sans", size=9.2),
    redact=[
        P("Annelot Dijkgraaf", "Dijkgraaf", "Annelot"),
        P("Wanjiru Kamau", "Kamau", "Wanjiru", "Wanji"),
        P("Baraka Mwangi", "Mwangi", "Bara"),
        P("Youssef Benali", "Benali", "Youssef"),
        P("Sietske van der Molen-Akkerman", "Sietske"),
        P("Halima Abdi Noor", "Halima"),
        R("HEALTH", "in Aga Khan hospital with malaria", "with malaria"),
        P("Joseph Otieno Wafula", "Otieno Wafula", "Joseph"),
        T("0733 902 614"),
        P("Ingrid Koopal-Smit", "Ingrid"),
    ],
    keep=K("ORG", "AuditNoord", "KIWASCO", "Equity Bank", "DJZ", "RVO")
    + K("PLACE", "Kisumu", "Kendu Bay")
    + K("PUBLIC_PERSON", "Özdemir-Bakker")
    + K("PROGRAMME", "WASH Connect")
    + K("TERM", "SharePoint", "IATI-rapportage", "GPS list", "Kamervragen"),
    meta={"Creator": "Microsoft Teams", "Producer": "PDFpen 13.1", "Title": "Chat Mto Safi follow-up"},
))

# ------------------------------------------------------------------------------------------------
# bh15  WhatsApp export of the consortium (Courier), unsaved number as sender
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bh15",
    rl([
        ("h2", "WhatsApp-chat met WASH Connect core team"),
        ("small", "Geëxporteerd op 14-01-2026 door de penvoerder en als bijlage bij de stuurgroepstukken gevoegd."),
        ("sp", 6),
        ("mono", "12-01-2026 09:12 - Femke 't Hart: Goedemorgen team, RVO heeft de opschorting voor Kenia "
                 "bevestigd. Bedragen voor Bangladesh en Senegal lopen gewoon door."),
        ("mono", "12-01-2026 09:15 - Dirk-Jan: Ik pas de liquiditeitsprognose aan. Femke, bel je me even? "
                 "06-18 42 07 66"),
        ("mono", "12-01-2026 09:31 - Aurélie Dufresne: Bonjour à tous, à Podor tout va bien. Les 12 forages "
                 "de Guédé sont réceptionnés."),
        ("mono", "12-01-2026 09:33 - Femke 't Hart: Merci Aurélie! 👏"),
        ("mono", "12-01-2026 10:02 - +254 712 884 310: Hi Femke this is Kevin from Mto Safi, new number. "
                 "Can we talk about the audit?"),
        ("mono", "12-01-2026 10:05 - Femke 't Hart: Hi Kevin, all questions about the audit go through "
                 "AuditNoord please."),
        ("mono", "12-01-2026 10:40 - Priya R.: Zal ik de Jalsheba-cijfers toevoegen aan de kwartaalrapportage?"),
        ("mono", "12-01-2026 10:41 - Dirk-Jan: Ja graag Priya"),
        ("mono", "13-01-2026 16:20 - Femke 't Hart: Maurits is morgen bij de stuurgroep, ik ben vrij (tandarts)."),
        ("mono", "13-01-2026 16:22 - Aurélie Dufresne: Pour info: mon adresse change, "
                 "aurélie.dufresne@eauvive-fleuve.sn au lieu de gmail."),
        ("mono", "13-01-2026 17:03 - Dirk-Jan: 👍"),
        ("mono", "13-01-2026 18:10 - +31 6 41 55 20 93: Hoi allemaal, Sophie hier (Delta Evaluatie). Mag ik de "
                 "interviewplanning in deze groep delen?"),
    ], fonts="courier", size=9.6),
    redact=[
        P("Femke 't Hart", "'t Hart", "Femke"),
        P("Dirk-Jan de Boer", "Dirk-Jan"),
        T("06-18 42 07 66"),
        P("Aurélie Dufresne", "Dufresne", "Aurélie"),
        T("+254 712 884 310"),
        P("Kevin Omondi", "Kevin"),
        P("Priya Ramdin-Baldew", "Priya R.", "Priya"),
        P("Maurits Verschoor", "Maurits"),
        E("aurélie.dufresne@eauvive-fleuve.sn"),
        R("HEALTH", "tandarts", "tandarts"),
        T("+31 6 41 55 20 93"),
        P("Sophie Lambrechts", "Sophie"),
    ],
    keep=K("ORG", "RVO", "AuditNoord", "Mto Safi", "Jalsheba-cijfers")
    + K("PLACE", "Podor", "Guédé", "Bangladesh en Senegal", "Kenia")
    + K("PROGRAMME", "WASH Connect core team")
    + K("TERM", "liquiditeitsprognose", "kwartaalrapportage", "stuurgroep"),
    meta={"Creator": "WhatsApp", "Producer": "macOS Versie 14.6 (build 23G80) Quartz PDFContext",
          "Title": "WhatsApp-chat WASH Connect"},
))

# ------------------------------------------------------------------------------------------------
# bh16  forensic audit report summary; names of the audit firm's reviewers only in bookmarks
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bh16",
    rl([
        ("h1", "Rapport van feitelijke bevindingen – Mto Safi Community Trust"),
        ("kv", [("Opdrachtgever", "Stichting WaterWeg, penvoerder WASH Connect 2030"),
                ("Uitvoering", "AuditNoord Forensics B.V., Groningen (KvK 73302158)"),
                ("Team", "R. Hamelink RA (verantwoordelijk partner), N. El Amrani MSc (forensic accountant)"),
                ("Kenmerk", "ANF-2026-017"), ("Datum", "6 februari 2026"),
                ("Standaard", "Standaard 4400N (opdrachten tot het verrichten van overeengekomen specifieke "
                              "werkzaamheden)")], 3.4),
        ("h2", "1. Samenvatting"),
        ("p", "In opdracht van Stichting WaterWeg hebben wij de betalingen van Mto Safi Community Trust aan "
              "Lakeside Drilling Ltd over de periode maart–oktober 2025 onderzocht. Van de 61 gefactureerde "
              "boorgaten in Homa Bay County zijn er 38 fysiek aangetroffen en werkend. Voor 23 boorgaten, samen "
              "KES 41.630.000 (circa EUR 298.000), ontbreken opleveringsstukken en is op de opgegeven locatie "
              "geen boring aangetroffen."),
        ("p", "Wij stelden vast dat de betalingen zijn geautoriseerd door de executive director (J.O.W.) zonder "
              "tweede handtekening, in strijd met het financieel handboek van de organisatie. De bestuurder van "
              "Lakeside Drilling Ltd is volgens het bedrijfsregister in Nairobi een zwager van de financieel manager "
              "(G.A.O.). Deze relatie is niet gemeld als belangenconflict."),
        ("h2", "2. Werkzaamheden"),
        ("p", "Wij hebben 61 locaties bezocht met GPS-verificatie, de bankafschriften van de projectrekening bij "
              "Equity Bank opgevraagd, en interviews gehouden met zes medewerkers van Mto Safi, twee medewerkers "
              "van de ambassade en de programmamanager van de penvoerder. Tolkdiensten Swahili–Engels werden "
              "verzorgd door een zelfstandig tolk. Eén medewerker van Mto Safi heeft op eigen verzoek anoniem "
              "verklaard; haar identiteit is alleen bij de verantwoordelijk partner bekend."),
        ("p", "De financieel manager kon niet worden gehoord: zij is sinds 14 november 2025 met ziekteverlof wegens "
              "een burn-out. Haar schriftelijke reactie (ontvangen via haar advocaat, Ms. Wambui Njoroge, Advocate, "
              "Kisumu) is als bijlage D opgenomen. De procurement officer, de heer Omondi, verklaarde dat hij "
              "facturen op aanwijzing van de executive director heeft klaargezet."),
        ("pb",),
        ("h2", "3. Bevindingen per onderdeel"),
        ("t", [["Onderdeel", "Getoetst", "Afwijking", "Bedrag (KES)"],
               ["Boorgaten Homa Bay County", "61", "23", "41.630.000"],
               ["Zonnepompen (levering)", "38", "4", "3.120.000"],
               ["Trainingen watercomités", "44", "0", "–"],
               ["Reiskosten en per diems", "212", "17", "486.500"]], [6.0, 2.5, 2.5, 3.6]),
        ("h2", "4. Aanbevelingen"),
        ("p", "a. De penvoerder schort betalingen aan Mto Safi op tot een herstelplan is goedgekeurd.<br/>"
              "b. Het niet-onderbouwde bedrag wordt teruggevorderd; aangifte bij de Directorate of Criminal "
              "Investigations (DCI) wordt overwogen.<br/>"
              "c. De penvoerder versterkt het toezicht op partners met ‘spot checks’ door een lokaal kantoor van een "
              "accountantsnetwerk.<br/>d. RVO en de ambassade in Nairobi worden over de voortgang elk kwartaal "
              "geïnformeerd."),
        ("p", "Groningen, 6 februari 2026<br/>AuditNoord Forensics B.V.<br/>Contactpersoon: N. El Amrani, "
              "n.elamrani@auditnoord.nl, 050 211 73 40"),
    ], fonts="sans", size=9.6, header="AuditNoord Forensics – vertrouwelijk", footer="ANF-2026-017 | {n}"),
    redact=[
        P("Robbert Hamelink", "Hamelink"),
        P("Nadia El Amrani", "El Amrani"),
        E("n.elamrani@auditnoord.nl"),
        T("050 211 73 40"),
        R("INITIALS", "J.O.W.", "J.O.W."),
        R("INITIALS", "G.A.O.", "G.A.O."),
        R("HEALTH", "ziekteverlof wegens een burn-out", "burn-out"),
        P("Wambui Njoroge", "Wambui Njoroge"),
        P("Kevin Omondi", "Omondi"),
        H("outline", "PERSON", "Maarten van Dijk", "van Dijk"),
        H("outline", "PERSON", "Samuel Kiprotich Rono", "Kiprotich Rono"),
        H("outline", "PERSON", "Mercy Akinyi Owino", "Akinyi"),
    ],
    keep=K("ORG", "AuditNoord Forensics B.V.", "Lakeside Drilling Ltd", "Equity Bank",
           "Directorate of Criminal Investigations", "Mto Safi Community Trust", "Stichting WaterWeg")
    + K("REF", "ANF-2026-017", "KvK 73302158", "Standaard 4400N")
    + K("PLACE", "Groningen", "Homa Bay County", "Nairobi")
    + K("AMOUNT", "KES 41.630.000", "EUR 298.000")
    + K("TITLE", "verantwoordelijk partner", "forensic accountant", "procurement officer")
    + K("TERM", "GPS-verificatie", "belangenconflict", "Swahili–Engels"),
    meta={"Creator": "Microsoft® Word voor Microsoft 365", "Producer": "Adobe PDF Library 23.1.175",
          "Title": "ANF-2026-017 Rapport van feitelijke bevindingen"},
    outline=[("1 Samenvatting", 0), ("2 Werkzaamheden", 0), ("3 Bevindingen per onderdeel", 1),
             ("Review – opmerkingen Maarten van Dijk (kwaliteitstoets)", 1),
             ("Bijlage C – interview S. Kiprotich Rono (Lakeside)", 1),
             ("Bijlage E – verklaring M. Akinyi (vertrouwelijk)", 1)],
))

# ------------------------------------------------------------------------------------------------
# bh17  steering committee minutes: attendance table, action list with initials
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bh17",
    rl([
        ("h1", "Verslag stuurgroep WASH Connect 2030 – 14 januari 2026"),
        ("p", "Locatie: kantoor Stichting WaterWeg, Den Haag, en via Teams. Voorzitter: M. Verschoor. Verslag: "
              "P. Ramdin-Baldew."),
        ("t", [["Naam", "Organisatie", "Rol", "Aanwezig"],
               ["Maurits Verschoor (MV)", "Stichting WaterWeg", "voorzitter", "ja"],
               ["Dirk-Jan de Boer (DJdB)", "Stichting WaterWeg", "financiën", "ja"],
               ["Priya Ramdin-Baldew (PRB)", "Stichting Schoon Water Nu", "verslag", "ja"],
               ["Youssef Benali (YB)", "BZ, DGIS/IGG", "toehoorder", "ja"],
               ["S. van der Molen-Akkerman (SvdMA)", "BZ, DGIS/IGG", "toehoorder", "ja"],
               ["Ruud Kerstens (RK)", "RVO", "subsidieadviseur", "Teams"],
               ["Annelot Dijkgraaf (AD)", "ambassade Nairobi", "adviseur", "Teams"],
               ["Nusrat Jahan Chowdhury (NJC)", "ambassade Dhaka", "adviseur", "Teams"],
               ["Aïssatou Diallo (ADi)", "ambassade Dakar", "adviseur", "Teams"],
               ["Md. Shafiqul Islam", "Jalsheba Foundation", "partner", "afgemeld"],
               ["Mamadou Lamine Sarr", "Association Eau Vive du Fleuve", "partner", "afgemeld"]],
         [5.2, 5.0, 3.2, 2.0]),
        ("h2", "1. Opening en mededelingen"),
        ("p", "MV opent de vergadering. Femke 't Hart is afwezig. De opschorting van de voorschotten voor de "
              "Keniaanse component is per 1 januari 2026 ingegaan (brief RVO van 22 december 2025)."),
        ("h2", "2. Voortgang forensische audit"),
        ("p", "DJdB meldt dat AuditNoord Forensics het veldwerk in Kisumu heeft afgerond; het rapport wordt begin "
              "februari verwacht. AD benadrukt dat alle contacten met medewerkers van Mto Safi over de audit via "
              "het auditbureau lopen. YB vraagt de penvoerder om een scenario voor voortzetting van de activiteiten "
              "in Homa Bay met een andere uitvoerder, bijvoorbeeld via KIWASCO of een county-programma."),
        ("h2", "3. Bangladesh en Senegal"),
        ("p", "NJC: de managed aquifer recharge-locaties in Satkhira liggen op schema; DPHE heeft 14 locaties "
              "geregistreerd. ADi: in Podor zijn de 12 boringen in Guédé opgeleverd, de watercomités zijn "
              "getraind. Aurélie Dufresne van Eau Vive du Fleuve heeft de rapportage in het Frans aangeleverd; "
              "vertaling volgt."),
        ("h2", "4. Financiën"),
        ("p", "De uitputting bedraagt per 31 december 2025 EUR 3.940.000 (21% van het subsidiebedrag). De "
              "opschorting betreft EUR 1.265.000 voor 2026. RK bevestigt dat herbestemming binnen het programma "
              "een wijzigingsverzoek aan RVO vraagt."),
        ("h2", "Actielijst"),
        ("t", [["Nr.", "Actie", "Wie", "Wanneer"],
               ["26-01", "Scenario voortzetting Keniaanse component", "MV / DJdB", "11-02-2026"],
               ["26-02", "Wijzigingsverzoek herbestemming voorbereiden", "DJdB", "28-02-2026"],
               ["26-03", "Vertaling rapportage Senegal", "PRB", "31-01-2026"],
               ["26-04", "Afstemming ambassade over communicatie met partner", "AD / YB", "doorlopend"],
               ["26-05", "Terugkoppeling DPHE-registratie", "NJC", "15-02-2026"]], [1.4, 8.6, 3.0, 2.6]),
        ("p", "Volgende stuurgroep: 8 april 2026."),
    ], fonts="helv", size=9.8, header="Stuurgroep WASH Connect 2030", footer="Verslag stuurgroep 14-01-2026 – pagina {n}"),
    redact=[
        P("Maurits Verschoor", "Verschoor", "Maurits"),
        P("Dirk-Jan de Boer", "Dirk-Jan de Boer"),
        P("Priya Ramdin-Baldew", "Ramdin-Baldew"),
        P("Youssef Benali", "Youssef Benali"),
        P("Sietske van der Molen-Akkerman", "van der Molen-Akkerman"),
        P("Ruud Kerstens", "Ruud Kerstens"),
        P("Annelot Dijkgraaf", "Annelot Dijkgraaf"),
        P("Nusrat Jahan Chowdhury", "Nusrat Jahan Chowdhury"),
        P("Aïssatou Diallo", "Aïssatou Diallo"),
        P("Md. Shafiqul Islam", "Shafiqul Islam"),
        P("Mamadou Lamine Sarr", "Mamadou Lamine Sarr"),
        P("Femke 't Hart", "'t Hart"),
        P("Aurélie Dufresne", "Aurélie Dufresne"),
        R("INITIALS", "MV", "MV"), R("INITIALS", "DJdB", "DJdB"), R("INITIALS", "PRB", "PRB"),
        R("INITIALS", "YB", "YB"), R("INITIALS", "SvdMA", "SvdMA"), R("INITIALS", "RK", "RK"),
        R("INITIALS", "AD", "AD"), R("INITIALS", "NJC", "NJC"), R("INITIALS", "ADi", "ADi"),
    ],
    keep=K("ORG", "Stichting WaterWeg", "Stichting Schoon Water Nu", "Jalsheba Foundation",
           "Association Eau Vive du Fleuve", "AuditNoord Forensics", "KIWASCO", "DPHE", "BZ, DGIS/IGG")
    + K("PLACE", "Kisumu", "Homa Bay", "Satkhira", "Podor", "Guédé")
    + K("AMOUNT", "EUR 3.940.000", "EUR 1.265.000")
    + K("TITLE", "voorzitter", "subsidieadviseur")
    + K("REF", "26-04")
    + K("HEADING", "Actielijst"),
    meta={"Creator": "Microsoft® Word voor Microsoft 365", "Producer": "Microsoft® Word voor Microsoft 365",
          "Title": "Verslag stuurgroep 14 januari 2026"},
))

# ------------------------------------------------------------------------------------------------
# bh18  internal BZ meeting notes (Word -> LibreOffice), Author metadata names the writer
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bh18",
    docx([
        ("h1", "Verslag afstemmingsoverleg Mto Safi (intern BZ/RVO)"),
        ("p", "Datum: 17 december 2025, 14.00–15.00 uur, Rijnstraat 8, zaal 4.B.21 en Teams"),
        ("p", "Aanwezig: H.J. ter Horst (HJtH, voorzitter), Y. Benali (YB), S. van der Molen-Akkerman (SvdMA), "
              "mr. M. Oudshoorn (MO, DJZ), I. Koopal-Smit (IKS, Bureau Integriteit), E. Yıldırım (EY, RVO "
              "Juridische Zaken), A. Dijkgraaf (AD, ambassade Nairobi, via Teams)"),
        ("p", "Afwezig met bericht: R. Kerstens (RVO)"),
        ("h2", "1. Stand van zaken"),
        ("p", "AD schetst de bevindingen uit het veldbezoek en de melding van 26 november. De melding is "
              "geregistreerd bij het Bureau Integriteit (INT-2025-0219). IKS benadrukt dat de identiteit van de "
              "melder buiten alle stukken blijft, ook in een eventuele Woo-procedure."),
        ("h2", "2. Juridische mogelijkheden"),
        ("p", "EY: de beschikking WASH25-0043 biedt ruimte om voorschotten op te schorten op grond van artikel "
              "4:56 Awb wanneer redelijkerwijs moet worden aangenomen dat de subsidieontvanger niet aan zijn "
              "verplichtingen voldoet. MO onderschrijft dit; de penvoerder moet eerst worden gehoord."),
        ("p", "Besluit: RVO schort de voorschotten voor de Keniaanse component per 1 januari 2026 op; de "
              "componenten Bangladesh en Senegal lopen door."),
        ("h2", "3. Communicatie"),
        ("p", "Bij vragen van de pers verwijst BZ naar de directie Communicatie; de lijn is dat ‘signalen van "
              "onregelmatigheden serieus worden onderzocht’. HJtH informeert de directeur-generaal "
              "Internationale Samenwerking; de minister wordt met een nota geïnformeerd."),
        ("h2", "Acties"),
        ("t", [["Actie", "Wie", "Datum"],
               ["Conceptbrief opschorting aan Stichting WaterWeg", "EY", "19-12"],
               ["Informatienota aan de minister", "YB / SvdMA", "9-1"],
               ["Protocol contact met melder via ambassade", "IKS / AD", "22-12"],
               ["Toets zienswijze penvoerder", "MO", "19-12"]]),
    ], font="Liberation Sans", size=10, core_author="Bram Hoekstra"),
    redact=[
        P("Hendrik-Jan ter Horst", "ter Horst"),
        P("Youssef Benali", "Benali"),
        P("Sietske van der Molen-Akkerman", "van der Molen-Akkerman"),
        P("Marleen Oudshoorn", "Oudshoorn"),
        P("Ingrid Koopal-Smit", "Koopal-Smit"),
        P("Esra Yıldırım", "Yıldırım"),
        P("Annelot Dijkgraaf", "Dijkgraaf"),
        P("Ruud Kerstens", "Kerstens"),
        R("INITIALS", "HJtH", "HJtH"), R("INITIALS", "YB", "YB"), R("INITIALS", "SvdMA", "SvdMA"),
        R("INITIALS", "MO", "MO"), R("INITIALS", "IKS", "IKS"), R("INITIALS", "EY", "EY"), R("INITIALS", "AD", "AD"),
        H("metadata", "PERSON", "Bram Hoekstra", "Hoekstra"),
    ],
    keep=K("ORG", "Bureau Integriteit", "RVO Juridische Zaken", "Stichting WaterWeg", "directie Communicatie")
    + K("REF", "INT-2025-0219", "WASH25-0043", "4.B.21")
    + K("LAW", "artikel 4:56 Awb")
    + K("ADDRESS_PUBLIC", "Rijnstraat 8")
    + K("TITLE", "directeur-generaal Internationale Samenwerking")
    + K("PLACE", "Bangladesh en Senegal")
    + K("TERM", "Informatienota"),
    meta={"Title": "Verslag afstemmingsoverleg Mto Safi", "Author": "Bram Hoekstra"},
))

# ------------------------------------------------------------------------------------------------
# bh19  midterm evaluation by a consultancy (DejaVu Serif, 2 pages); XMP creator + Author a junior
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bh19",
    rl([
        ("h1", "Midterm review WASH Connect 2030 – executive summary"),
        ("p", "Delta Evaluatie Partners B.V., Wageningen – in opdracht van Stichting WaterWeg, in afstemming met "
              "de directie Inclusieve Groene Groei van het ministerie van Buitenlandse Zaken. Evaluatieteam: "
              "dr. Kwame Asante-Boateng (teamleider), Sophie Lambrechts MSc (WASH-specialist), met lokale "
              "consultants in Kenia (Dr. Achieng Otieno-Mbeki), Bangladesh (Farhana Haque) en Senegal "
              "(Cheikh Tidiane Mbaye)."),
        ("h2", "Beoordeling volgens de OECD-DAC-criteria"),
        ("t", [["Criterium", "Oordeel", "Kern"],
               ["Relevantie", "hoog", "Sluit aan bij nationaal WASH-beleid in de drie landen en bij SDG 6"],
               ["Coherentie", "redelijk", "Samenwerking met KIWASCO en DPHE goed; met de Senegalese OFOR beperkt"],
               ["Effectiviteit", "gemengd", "Bangladesh en Senegal op schema; Kenia fors achter en onder "
                                            "forensisch onderzoek"],
               ["Efficiëntie", "redelijk", "Kosten per aansluiting EUR 41 (Bangladesh) tot EUR 63 (Kenia)"],
               ["Duurzaamheid", "onzeker", "Tariefinning door watercomités dekt gemiddeld 54% van het onderhoud"]],
         [3.2, 2.2, 11.0]),
        ("h2", "Belangrijkste bevindingen"),
        ("p", "1. In Satkhira en Khulna heeft Jalsheba Foundation met managed aquifer recharge een aantoonbaar "
              "effect op het zoutgehalte van drinkwater. Een van de respondenten, een vrouw uit Shyamnagar, zei: "
              "‘For the first time my children drink sweet water in May.’"),
        ("p", "2. In Podor heeft Association Eau Vive du Fleuve het beheer overgedragen aan associations d’usagers "
              "(ASUFOR). De inzet van conseillère technique Aurélie Dufresne wordt door alle partijen geprezen."),
        ("p", "3. In Kenia heeft het ontbreken van een vier-ogenprincipe bij Mto Safi Community Trust geleid tot "
              "ernstige onregelmatigheden; het team heeft het lopende onderzoek van AuditNoord Forensics niet "
              "overgedaan. Interviews met de executive director, de heer Joseph Otieno Wafula, en met "
              "medewerkers van de ambassade (mevrouw Wanjiru Kamau, de heer Baraka Mwangi) bevestigen dat het "
              "partnerassessment bij de start onvoldoende was."),
        ("pb",),
        ("h2", "Aanbevelingen"),
        ("p", "a. Continueer de componenten in Bangladesh en Senegal; overweeg opschaling in Satkhira.<br/>"
              "b. Herstart de Keniaanse component alleen met een nieuwe of grondig herstructureerde partner en met "
              "betalingen via escrow.<br/>"
              "c. Maak de klachtenregeling voor medewerkers en gemeenschappen beter bekend, in Swahili, Bangla en "
              "Wolof.<br/>"
              "d. Laat de IOB bij de eindevaluatie de kosten-effectiviteit vergelijken met andere WASH-programma's."),
        ("h2", "Bijlage – geïnterviewde personen (selectie)"),
        ("t", [["Naam", "Organisatie", "Datum"],
               ["Femke 't Hart", "Stichting WaterWeg", "6-10-2025"],
               ["Youssef Benali", "BZ, DGIS/IGG", "8-10-2025"],
               ["Rumana Akter", "Jalsheba Foundation", "21-10-2025"],
               ["Fatou Ndiaye Sow", "Eau Vive du Fleuve", "28-10-2025"],
               ["Moussa Kane", "Comité de gestion du forage, Guédé", "29-10-2025"],
               ["Lucy Wairimu Karanja", "Watercomité Oyugis", "4-11-2025"]], [5.0, 7.0, 3.0]),
        ("p", "Contact: info@delta-evaluatie.nl – 0317 42 18 00; teamleider dr. K. Asante-Boateng, "
              "+31 (0)6 5120 8843."),
    ], fonts="serif", size=9.6, header="Delta Evaluatie Partners", footer="Midterm review WASH Connect 2030 – {n}"),
    redact=[
        P("Kwame Asante-Boateng", "Asante-Boateng"),
        T("+31 (0)6 5120 8843", "5120 8843"),
        P("Sophie Lambrechts", "Lambrechts"),
        P("Achieng Otieno-Mbeki", "Otieno-Mbeki"),
        P("Farhana Haque", "Farhana Haque"),
        P("Cheikh Tidiane Mbaye", "Tidiane Mbaye"),
        P("Aurélie Dufresne", "Dufresne"),
        P("Joseph Otieno Wafula", "Otieno Wafula"),
        P("Wanjiru Kamau", "Wanjiru Kamau"),
        P("Baraka Mwangi", "Baraka Mwangi"),
        P("Femke 't Hart", "'t Hart"),
        P("Youssef Benali", "Benali"),
        P("Rumana Akter", "Rumana Akter"),
        P("Fatou Ndiaye Sow", "Ndiaye Sow"),
        P("Moussa Kane", "Moussa Kane"),
        P("Lucy Wairimu Karanja", "Wairimu Karanja"),
        H("metadata", "PERSON", "Joris Timmerije", "Timmerije"),
    ],
    keep=K("ORG", "Delta Evaluatie Partners B.V.", "Jalsheba Foundation", "Association Eau Vive du Fleuve",
           "KIWASCO", "DPHE", "OFOR", "IOB", "AuditNoord Forensics", "Mto Safi Community Trust", "ASUFOR")
    + K("PLACE", "Wageningen", "Satkhira", "Shyamnagar", "Podor", "Oyugis")
    + K("TERM", "OECD-DAC-criteria", "managed aquifer recharge", "escrow")
    + K("FUNCMAIL", "info@delta-evaluatie.nl", word=False)
    + K("GENERAL_PHONE", "0317 42 18 00")
    + K("TITLE", "conseillère technique", "executive director")
    + K("PROGRAMME", "SDG 6"),
    meta={"Creator": "Microsoft® Word voor Microsoft 365", "Producer": "Microsoft® Word voor Microsoft 365",
          "Title": "Midterm review WASH Connect 2030", "Author": "Joris Timmerije"},
    xmp_creator=["Joris Timmerije"],
))

# ------------------------------------------------------------------------------------------------
# bh20  sole-trader invoice: evaluation consultant
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bh20",
    rl([
        ("h1", "FACTUUR"),
        ("p", "**Wijnbergen Water &amp; Evaluatie**<br/>Hester Wijnbergen<br/>Obrechtstraat 141<br/>2517 VT Den Haag<br/>"
              "06-47 81 20 36 | hester@wijnbergenwater.nl<br/>KvK 81469235 | btw-id NL003468127B85<br/>"
              "IBAN NL40 INGB 2156 4795 35 t.n.v. H. Wijnbergen"),
        ("sp", 8),
        ("kv", [("Aan", "Ministerie van Buitenlandse Zaken, DGIS/IGG, t.a.v. mevrouw S. van der Molen-Akkerman, "
                        "Postbus 20061, 2500 EB Den Haag"),
                ("Factuurnummer", "2026-004"), ("Factuurdatum", "3 februari 2026"),
                ("Inkoopordernummer", "4500398127"),
                ("Betreft", "Quick scan partnerrisico's WASH Connect 2030 (opdracht van 8 december 2025)")], 3.6),
        ("t", [["Omschrijving", "Uren", "Tarief", "Bedrag"],
               ["Documentanalyse beschikking, rapportages en IATI-data", "16", "€ 118,00", "€ 1.888,00"],
               ["Interviews DGIS/IGG, RVO en ambassades (op afstand)", "9", "€ 118,00", "€ 1.062,00"],
               ["Rapportage en presentatie", "12", "€ 118,00", "€ 1.416,00"],
               ["Subtotaal", "", "", "€ 4.366,00"],
               ["btw 21%", "", "", "€ 916,86"],
               ["Totaal", "", "", "€ 5.282,86"]], [8.6, 1.6, 2.6, 3.2]),
        ("p", "Betaling binnen 30 dagen onder vermelding van het factuurnummer. Op deze opdracht zijn de ARVODI-2018 "
              "van toepassing. De opdrachtbevestiging is op 8 december 2025 ondertekend door H.J. ter Horst."),
    ], fonts="helv", size=10),
    redact=[
        P("Hester Wijnbergen", "Wijnbergen", "Hester", "H. Wijnbergen"),
        R("ADDRESS", "Obrechtstraat 141, 2517 VT Den Haag", "Obrechtstraat 141", "2517 VT"),
        T("06-47 81 20 36"),
        E("hester@wijnbergenwater.nl"),
        R("KVK", "81469235", "81469235"),
        R("VAT_ID", "NL003468127B85", "NL003468127B85"),
        R("IBAN", "NL40 INGB 2156 4795 35", "NL40 INGB 2156 4795 35"),
        P("Sietske van der Molen-Akkerman", "van der Molen-Akkerman"),
        P("Hendrik-Jan ter Horst", "ter Horst"),
    ],
    keep=K("ORG", "Ministerie van Buitenlandse Zaken", "DGIS/IGG")
    + K("ADDRESS_PUBLIC", "Postbus 20061, 2500 EB Den Haag")
    + K("REF", "4500398127", "2026-004")
    + K("AMOUNT", "€ 5.282,86", "€ 118,00")
    + K("LAW", "ARVODI-2018")
    + K("PROGRAMME", "WASH Connect 2030")
    + K("TERM", "Quick scan partnerrisico's", "IATI-data"),
    meta={"Creator": "Moneybird", "Producer": "Prawn", "Title": "Factuur 2026-004"},
))

# ------------------------------------------------------------------------------------------------
# bh21  sole-trader invoice: interpreter Swahili-English (DejaVu Sans)
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bh21",
    rl([
        ("p", "**Kariuki Language Services** – beëdigd tolk en vertaler Swahili · Engels · Nederlands"),
        ("small", "Mwende Kariuki-de Graaf · Zonstraat 17bis · 3572 BH Utrecht · tel. 0031 6 3391 7720 · "
                  "mwende@kariuki-language.nl"),
        ("small", "Wbtv-nummer 27514 · KvK 90317248 · IBAN NL76 RABO 8273 7873 17"),
        ("sp", 10),
        ("h1", "Factuur KLS-2026-011"),
        ("kv", [("Opdrachtgever", "AuditNoord Forensics B.V., Postbus 1170, 9701 BD Groningen"),
                ("Referentie", "ANF-2026-017 (onderzoek Kisumu)"), ("Datum", "20 januari 2026")], 3.4),
        ("t", [["Datum", "Dienst", "Aantal", "Bedrag"],
               ["15-12-2025", "Tolken interviews Kisumu (Swahili–Engels), dagdeel", "2", "€ 560,00"],
               ["16-12-2025", "Tolken interviews Kendu Bay en Oyugis", "2", "€ 560,00"],
               ["17-12-2025", "Vertaling verklaringen (3 pagina's, beëdigd)", "3", "€ 285,00"],
               ["", "Reiskosten en verblijf volgens offerte", "1", "€ 412,50"],
               ["", "Totaal (vrijgesteld van btw, art. 11 lid 1 sub o Wet OB)", "", "€ 1.817,50"]],
         [2.4, 9.0, 1.6, 2.8]),
        ("p", "Ik verklaar de vertrouwelijkheid van de getolkte gesprekken in acht te nemen conform de Gedragscode "
              "Wbtv. Met vriendelijke groet, Mwende Kariuki-de Graaf"),
    ], fonts="sans", size=9.5),
    redact=[
        P("Mwende Kariuki-de Graaf", "Kariuki-de Graaf", "Mwende"),
        R("TRADE_NAME", "Kariuki Language Services", "Kariuki Language Services"),
        R("ADDRESS", "Zonstraat 17bis, 3572 BH Utrecht", "Zonstraat 17bis", "3572 BH"),
        T("0031 6 3391 7720"),
        E("mwende@kariuki-language.nl"),
        R("WBTV", "27514", "27514"),
        R("KVK", "90317248", "90317248"),
        R("IBAN", "NL76 RABO 8273 7873 17", "NL76 RABO 8273 7873 17"),
    ],
    keep=K("ORG", "AuditNoord Forensics B.V.")
    + K("ADDRESS_PUBLIC", "Postbus 1170, 9701 BD Groningen")
    + K("REF", "ANF-2026-017", "KLS-2026-011")
    + K("PLACE", "Kisumu", "Kendu Bay", "Oyugis")
    + K("LAW", "art. 11 lid 1 sub o Wet OB", "Gedragscode Wbtv")
    + K("AMOUNT", "€ 1.817,50"),
    meta={"Creator": "LibreOffice Calc", "Producer": "LibreOffice 7.6", "Title": "Factuur KLS-2026-011",
          "Author": "Mwende Kariuki-de Graaf"},
))

# ------------------------------------------------------------------------------------------------
# bh22  cover note + scan of a letter of a water committee (image-only, typed + handwriting)
# ------------------------------------------------------------------------------------------------
_bh22_cover = rl([
    ("h2", "Bijlage bij verslag veldbezoek (ambassade Nairobi)"),
    ("p", "Ingescande brief van het watercomité van Kendu Bay, ontvangen op 7 november 2025 en geregistreerd in "
          "het documentmanagementsysteem onder nummer NAI-2025-3318. Het origineel is aanwezig in het dossier "
          "van activiteit 4000005812 (WASH Connect 2030)."),
    ("p", "De brief is in het Engels gesteld. Een samenvatting: het comité meldt dat de boorgaten die Lakeside "
          "Drilling Ltd in Kendu Bay zou aanleggen niet zijn geboord, en vraagt de ambassade om tussenkomst."),
], fonts="helv", size=10)
_bh22_scan = scan([
    ("h", "KENDU BAY WATER USERS COMMITTEE"),
    ("t", "P.O. Box 42, Kendu Bay, Homa Bay County"),
    ("sp", ""),
    ("t", "To: The Embassy of the Kingdom of the Netherlands, Nairobi"),
    ("t", "Date: 5th November 2025"),
    ("sp", ""),
    ("t", "Dear Sir/Madam,"),
    ("t", "RE: BOREHOLES NOT DRILLED IN KENDU BAY"),
    ("t", "We write as the committee of water users of Kendu Bay. In March"),
    ("t", "we were told that three boreholes would be drilled by Lakeside"),
    ("t", "Drilling Ltd. Until today no borehole has been drilled. Our chairman"),
    ("t", "Fredrick Oduor Onyango asked Mto Safi many times but got no answer."),
    ("t", "We request your office to follow up this matter."),
    ("sp", ""),
    ("t", "Yours faithfully,"),
    ("sig", "Fredrick Oduor Onyango"),
    ("t", "Chairman, tel. 0722 615 309"),
    ("sig", "Lilian Anyango"),
    ("t", "Secretary"),
    ("sp", ""),
    ("hw", "Received 7/11 - Baraka M."),
], seed=22, angle=0.7)
DOCS.append(Doc(
    "bh22", concat([_bh22_cover, _bh22_scan]),
    redact=[
        O("PERSON", "Fredrick Oduor Onyango", "Oduor Onyango"),
        O("PHONE", "0722 615 309", "0722 615 309"),
        O("PERSON", "Lilian Anyango", "Anyango"),
        O("PERSON", "Baraka Mwangi", "Baraka"),
    ],
    keep=K("REF", "NAI-2025-3318", "4000005812")
    + K("ORG", "Lakeside Drilling Ltd")
    + K("PLACE", "Kendu Bay")
    + K("PROGRAMME", "WASH Connect 2030")
    + K("TERM", "documentmanagementsysteem", "watercomité"),
    meta={"Creator": "Canon iR-ADV C5535", "Producer": "Canon iR-ADV C5535 PDF",
          "Title": "Scan NAI-2025-3318"},
))
