"""Documents bb21-bb30."""
from lib import rl_build, page_html, esc, docx_build, iban, be_bban
from registry import doc


# --------------------------------------------------------------------------------------------- bb21
@doc("bb21_nieuwsbrief_digitale_overheid_2kol.pdf", "reportlab-2col")
def bb21(ctx):
    blocks = [
        ("h1", "DO-nieuws — interne nieuwsbrief directie Digitale Overheid, nr. 5 (mei 2025)"),
        ("h2", "Van de directeur"),
        ("p", "Deze maand stond in het teken van de DigiD-storing en de nasleep ervan. Staatssecretaris Szabó heeft de "
              "Kamer op 2 april per brief geïnformeerd; Kamerlid Kathmann en Kamerlid Six Dijkstra ontvingen antwoord op "
              "hun vragen. Dank aan iedereen die in het weekend heeft doorgewerkt, in het bijzonder het incidentteam van "
              "Logius en onze eigen crisiscoördinator Wendelien Kruisinga-Abdi."),
        ("h2", "Nieuwe collega's"),
        ("p", "Welkom aan Rafael Domínguez Ortega (beleidsmedewerker EU-coördinatie, afkomstig van de PV in Brussel), "
              "Aigerim Nurlanovna Sadykova (data-analist, traineeship Rijksoverheid) en Tjeerd-Willem Hoekman (jurist, "
              "Wdo-team). Tjeerd-Willem is bereikbaar op 06 3108 2275 en zit op de 10e etage."),
        ("h2", "Afscheid"),
        ("p", "Na 31 jaar rijksdienst neemt Hans-Peter Kühne afscheid; hij begon in 1994 bij het toenmalige ICTU en werkte aan "
              "de eerste versie van DigiD. Zijn afscheidsborrel is op 6 juni in de Hoftoren. Een bijdrage voor het cadeau kan "
              "naar de rekening van collega Femke Oudejans-Boukhari, " + iban("NL", "RABO0338107451") + " (o.v.v. 'HP')."),
        ("h2", "Uit de teams"),
        ("p", "Het team EUDI-wallet heeft met RvIG en Logius een succesvolle test gedaan met de referentie-implementatie op "
              "GitHub. Het team Open Standaarden (coördinator: Bożena Kwiatkowska-Smit) bereidt het advies aan het Forum "
              "Standaardisatie over NL GOV API Design Rules voor. Vragen over de nieuwsbrief: do-nieuws@minbzk-demo.nl."),
        ("h2", "Persoonlijk"),
        ("p", "Collega Ayşe Demirtaş-Vink is op 12 mei bevallen van een zoon, Kerem. Moeder en kind maken het goed. "
              "Jasper Noordegraaf-Lim is na zijn knieoperatie weer halve dagen aan het werk."),
        ("h2", "Agenda"),
        ("p", "10 juni: commissiedebat Digitale Overheid (Tweede Kamer). 17 juni: Week van de Digitale Overheid, opening door "
              "minister Uitermark. 24 juni: kennissessie AI-verordening met de Autoriteit Persoonsgegevens."),
        ("small", "Redactie: Rafael Domínguez Ortega en Aigerim Nurlanovna Sadykova"),
    ]
    rl_build(ctx.out, blocks, two_col_from=0, size=9, font="DVS", header="DO-nieuws nr. 5 — mei 2025")
    return dict(
        info={"Author": "Dominguez Ortega, R.", "Title": "DO-nieuws 5"},
        redact=[
            ("PERSON", "Wendelien Kruisinga-Abdi", ["Kruisinga-Abdi", "Wendelien"]),
            ("PERSON", "Rafael Domínguez Ortega", ["Domínguez Ortega", "Rafael", "Dominguez Ortega"]),
            ("PERSON", "Aigerim Nurlanovna Sadykova", ["Sadykova", "Aigerim"]),
            ("PERSON", "Tjeerd-Willem Hoekman", ["Hoekman", "Tjeerd-Willem"]), ("PHONE", "06 3108 2275", ["06 3108 2275"]),
            ("PERSON", "Hans-Peter Kühne", ["Kühne", "Hans-Peter"]),
            ("PERSON", "Femke Oudejans-Boukhari", ["Oudejans-Boukhari", "Femke"]), ("IBAN", "NL04 RABO 0338 1074 51", ["NL04 RABO 0338 1074 51"]),
            ("PERSON", "Bożena Kwiatkowska-Smit", ["Kwiatkowska-Smit", "Bożena"]),
            ("PERSON", "Ayşe Demirtaş-Vink", ["Demirtaş-Vink", "Ayşe"]), ("PERSON", "Kerem (newborn)", ["Kerem"]),
            ("PERSON", "Jasper Noordegraaf-Lim", ["Noordegraaf-Lim", "Jasper"]), ("HEALTH", "knieoperatie", ["knieoperatie"]),
        ],
        keep=[("PUBLIC", "Staatssecretaris Szabó", ["Szabó"]), ("PUBLIC", "Kamerlid Kathmann", ["Kathmann"]),
              ("PUBLIC", "Kamerlid Six Dijkstra", ["Six Dijkstra"]), ("PUBLIC", "minister Uitermark", ["Uitermark"]),
              ("ORG", "Logius", ["Logius"]), ("ORG", "RvIG", ["RvIG"]), ("ORG", "ICTU", ["ICTU"]), ("PRODUCT", "DigiD", ["DigiD"]),
              ("PRODUCT", "GitHub", ["GitHub"]), ("ORG", "Forum Standaardisatie", ["Forum Standaardisatie"]),
              ("TERM", "NL GOV API Design Rules", ["NL GOV API Design Rules"]), ("FUNCMAIL", "do-nieuws@minbzk-demo.nl", ["do-nieuws@minbzk-demo.nl"]),
              ("ORG", "Autoriteit Persoonsgegevens", ["Autoriteit Persoonsgegevens"]), ("LAW", "AI-verordening", ["AI-verordening"]),
              ("PLACE", "Hoftoren", ["Hoftoren"]), ("TITLE", "crisiscoördinator", ["crisiscoördinator"]),
              ("TITLE", "data-analist", ["data-analist"]), ("TERM", "EUDI-wallet", ["EUDI-wallet"])],
    )


# --------------------------------------------------------------------------------------------- bb22
@doc("bb22_bnc_fiche_business_wallet.pdf", "libreoffice-docx")
def bb22(ctx):
    blocks = [
        ("h", "Fiche: Verordening Europese Business Wallet", 1),
        ("p", "1. Algemene gegevens", True),
        ("p", "a) Titel voorstel: Proposal for a Regulation of the European Parliament and of the Council on European Business Wallets\n"
              "b) Datum ontvangst Commissiedocument: 19 november 2025\nc) Nr. Commissiedocument: COM(2025) 838\n"
              "d) Behandelingstraject Raad: Raadswerkgroep Telecommunicatie en Informatiemaatschappij\n"
              "e) Eerstverantwoordelijk ministerie: Ministerie van Economische Zaken, in nauwe samenwerking met BZK"),
        ("p", "2. Essentie voorstel", True),
        ("p", "De Commissie stelt een Europese Business Wallet voor waarmee ondernemingen en overheden zich digitaal kunnen "
              "identificeren, verklaringen kunnen uitwisselen en officiële documenten kunnen ondertekenen. Uitvoerend "
              "vicevoorzitter Virkkunen presenteerde het voorstel samen met Eurocommissaris Dombrovskis als onderdeel van "
              "het vereenvoudigingspakket. Het voorstel bouwt voort op eIDAS 2.0 en de EUDI-wallet."),
        ("p", "3. Nederlandse positie", True),
        ("p", "Het kabinet staat positief tegenover het voorstel. Nederland heeft met eHerkenning en het Handelsregister van "
              "de KvK een goede uitgangspositie. Aandachtspunten zijn de uitvoeringslasten voor Logius en de KvK, de "
              "verhouding tot de Wet digitale overheid en de rol van private aanbieders."),
        ("p", "4. Krachtenveld", True),
        ("p", "Uit informele contacten blijkt dat Duitsland (contactpersoon BMDS, dhr. Konstantin Behrendt-Albers) en "
              "Frankrijk (DINUM, Mme Solène Marchetti-Roux) het doel steunen. Polen en Roemenië hebben zorgen over de termijnen. "
              "Het Europees Parlement heeft nog geen rapporteur benoemd; in de ITRE-commissie wordt Europarlementariër "
              "Bart Groothuis genoemd."),
        ("table", [["Contact (niet voor publicatie)", "Organisatie", "Telefoon / e-mail"],
                   ["Marjolein Tuinstra-El Khatib", "EZ, DG Economie en Digitalisering", "070 379 6412, m.tuinstra@minez-demo.nl"],
                   ["Okke Brinkhuis", "BZK, DGDOO", "06-55107384, okke.brinkhuis@minbzk-demo.nl"],
                   ["Gabriela Popescu-van Dam", "PV Brussel", "+32 2 679 15 88, gabriela.popescu@minbuza-demo.nl"]],
         [6, 6, 7]),
        ("p", "Het fiche wordt via de Ministerraad aan de Tweede Kamer gezonden. Minister Karremans (EZ) is eerstverantwoordelijk."),
    ]
    src = ctx.tmp / "bb22.docx"
    docx_build(src, blocks, font="Times New Roman", size=11)
    ctx.soffice(src, ctx.out)
    return dict(
        info={"Author": "Tuinstra-El Khatib, M.", "Title": "BNC-fiche Business Wallet concept v3"},
        redact=[
            ("PERSON", "Konstantin Behrendt-Albers (DE official)", ["Behrendt-Albers", "Konstantin"]),
            ("PERSON", "Solène Marchetti-Roux (FR official)", ["Marchetti-Roux", "Solène"]),
            ("PERSON", "Marjolein Tuinstra-El Khatib", ["Tuinstra-El Khatib", "Marjolein"]), ("PHONE", "070 379 6412", ["070 379 6412"]),
            ("EMAIL", "m.tuinstra@minez-demo.nl", ["m.tuinstra@minez-demo.nl"]),
            ("PERSON", "Okke Brinkhuis", ["Brinkhuis", "Okke"]), ("PHONE", "06-55107384", ["06-55107384"]),
            ("EMAIL", "okke.brinkhuis@minbzk-demo.nl", ["okke.brinkhuis@minbzk-demo.nl"]),
            ("PERSON", "Gabriela Popescu-van Dam", ["Popescu-van Dam", "Gabriela"]), ("PHONE", "+32 2 679 15 88", ["+32 2 679 15 88"]),
            ("EMAIL", "gabriela.popescu@minbuza-demo.nl", ["gabriela.popescu@minbuza-demo.nl"]),
        ],
        keep=[("PUBLIC", "vicevoorzitter Virkkunen", ["Virkkunen"]), ("PUBLIC", "Eurocommissaris Dombrovskis", ["Dombrovskis"]),
              ("PUBLIC", "Europarlementariër Bart Groothuis", ["Bart Groothuis"]), ("PUBLIC", "Minister Karremans", ["Karremans"]),
              ("ID", "COM(2025) 838", ["COM(2025) 838"]), ("TERM", "eIDAS 2.0", ["eIDAS 2.0"]), ("PRODUCT", "eHerkenning", ["eHerkenning"]),
              ("ORG", "KvK", ["KvK"]), ("ORG", "Logius", ["Logius"]), ("ORG", "DINUM", ["DINUM"]), ("ORG", "BMDS", ["BMDS"]),
              ("ORG", "ITRE", ["ITRE-commissie"]), ("LAW", "Wet digitale overheid", ["Wet digitale overheid"]),
              ("ORG", "Ministerraad", ["Ministerraad"]), ("ORG", "Tweede Kamer", ["Tweede Kamer"]), ("PLACE", "Duitsland", ["Duitsland"]),
              ("TERM", "Europese Business Wallet", ["Europese Business Wallet"]), ("ORG", "Handelsregister", ["Handelsregister"])],
    )


# --------------------------------------------------------------------------------------------- bb23
@doc("bb23_cbs_overeenkomst_onderzoeksbureau.pdf", "reportlab")
def bb23(ctx):
    nl_ib = iban("NL", "ASNB0708412296")
    blocks = [
        ("h1", "Overeenkomst van opdracht — secundaire analyse Gezondheidsmonitor"),
        ("p", "**De ondergetekenden:**"),
        ("p", "1. het Centraal Bureau voor de Statistiek, gevestigd te Den Haag, Henri Faasdreef 312, hierna 'CBS', in "
              "deze vertegenwoordigd door de directeur Sociaal-economische statistieken, en"),
        ("p", "2. Onderzoeksbureau Kwakernaak, eenmanszaak van drs. Lieke Kwakernaak, wonende te Zutphen, Spittaalstraat 61, "
              "7201 EE Zutphen, ingeschreven in het Handelsregister onder KvK-nummer 86531207, btw-nummer NL002184736B71, "
              "hierna 'Opdrachtnemer';"),
        ("p", "**komen overeen:**"),
        ("p", "Artikel 1. Opdrachtnemer voert een secundaire analyse uit op de Gezondheidsmonitor Volwassenen en Ouderen 2024 "
              "(GGD'en, CBS en RIVM), uitsluitend binnen de Remote Access-omgeving van het CBS. Opdrachtnemer ontvangt geen "
              "gegevens buiten deze omgeving."),
        ("p", "Artikel 2. De vergoeding bedraagt EUR 18.400 exclusief btw en wordt in twee termijnen overgemaakt op rekening "
              f"{nl_ib} ten name van L. Kwakernaak."),
        ("p", "Artikel 3. Geheimhouding en de CBS-wet (artikel 37) zijn van toepassing. Opdrachtnemer meldt een datalek "
              "binnen 24 uur aan privacy@cbs-demo.nl; de functionaris gegevensbescherming van het CBS beoordeelt of melding "
              "aan de Autoriteit Persoonsgegevens nodig is."),
        ("p", "Artikel 4. Contactpersoon namens het CBS is Ferdinand Aerts-Lubbers (projectleider, 06-47209318); namens "
              "Opdrachtnemer mevrouw Kwakernaak zelf (06-12970634, lieke@kwakernaak-onderzoek.nl)."),
        ("sp", 10),
        ("table", [["Namens het CBS", "Namens Opdrachtnemer"],
                   ["Den Haag, 2 april 2025\n\n\n(handtekening)\n\nir. C.M. (Cornelis) Vandersteen-Obi\n"
                    "Directeur Sociaal-economische statistieken", "Zutphen, 31 maart 2025\n\n\n(handtekening)\n\n"
                    "drs. L. Kwakernaak\nEigenaar Onderzoeksbureau Kwakernaak"]], [230, 230]),
    ]
    rl_build(ctx.out, blocks, font="DVS", size=9.5, header="CBS — Overeenkomst OVK-2025-0142")
    return dict(
        info={"Author": "F. Aerts-Lubbers", "Title": "Overeenkomst Onderzoeksbureau Kwakernaak"},
        redact=[
            ("PERSON", "Lieke Kwakernaak", ["Kwakernaak", "Lieke"]), ("TRADE", "Onderzoeksbureau Kwakernaak (sole trader)", ["Onderzoeksbureau Kwakernaak"]),
            ("ADDRESS", "Spittaalstraat 61, 7201 EE Zutphen", ["Spittaalstraat 61", "7201 EE"]),
            ("ID", "KvK 86531207 (sole trader)", ["86531207"]), ("ID", "btw NL002184736B71 (sole trader, contains BSN-like)", ["NL002184736B71"]),
            ("IBAN", nl_ib, [nl_ib]), ("PHONE", "06-12970634", ["06-12970634"]),
            ("EMAIL", "lieke@kwakernaak-onderzoek.nl", ["lieke@kwakernaak-onderzoek.nl"]),
            ("PERSON", "Ferdinand Aerts-Lubbers", ["Aerts-Lubbers", "Ferdinand"]), ("PHONE", "06-47209318", ["06-47209318"]),
            ("PERSON", "Cornelis Vandersteen-Obi", ["Vandersteen-Obi", "Cornelis"]),
        ],
        keep=[("ORG", "CBS", ["Centraal Bureau voor de Statistiek"]), ("PLACE", "Henri Faasdreef 312", ["Henri Faasdreef 312"]),
              ("TERM", "Gezondheidsmonitor", ["Gezondheidsmonitor Volwassenen en Ouderen 2024"]), ("ORG", "RIVM", ["RIVM"]),
              ("TERM", "Remote Access", ["Remote Access-omgeving"]), ("LAW", "CBS-wet", ["CBS-wet"]),
              ("FUNCMAIL", "privacy@cbs-demo.nl", ["privacy@cbs-demo.nl"]), ("ORG", "Autoriteit Persoonsgegevens", ["Autoriteit Persoonsgegevens"]),
              ("TITLE", "Directeur Sociaal-economische statistieken", ["Directeur Sociaal-economische statistieken"]),
              ("TITLE", "projectleider", ["projectleider"]), ("TITLE", "functionaris gegevensbescherming", ["functionaris gegevensbescherming"]),
              ("AMOUNT", "EUR 18.400", ["EUR 18.400"]), ("ID", "OVK-2025-0142", ["OVK-2025-0142"])],
    )


# --------------------------------------------------------------------------------------------- bb24
@doc("bb24_postmortem_mijnoverheid_storing_en.pdf", "chromium")
def bb24(ctx):
    body = """<p class='muted'>status.mijnoverheid-demo.nl · Incident postmortem · blameless format</p>
<h1>Postmortem: MijnOverheid Berichtenbox unavailable (2025-02-26)</h1>
<table><tr><th>Severity</th><td>SEV-2</td><th>Duration</th><td>2 h 41 min</td></tr>
<tr><th>Incident commander</th><td>Adewale Ogunleye (@aogunleye)</td><th>Scribe</th><td>Lisanne Brouwer-Tjon (@lbrouwer)</td></tr>
<tr><th>Responders</th><td colspan=3>Vikram Subramanian (@vsubra, on-call SRE), Matthijs van Oort (@mvanoort, database), Julia Nowak (@jnowak, comms)</td></tr></table>
<h2>Summary</h2>
<p>On 26 February 2025 between 07:58 and 10:39 CET the Berichtenbox of MijnOverheid returned errors for about 60% of
requests. A PostgreSQL failover in the Azure region West Europe left the connection pool (PgBouncer) pointing to the
old primary. No messages were lost; the Belastingdienst and UWV resent 12,400 notifications afterwards.</p>
<h2>Timeline (CET)</h2>
<table><tr><th style='width:60px'>Time</th><th>Event</th></tr>
<tr><td>07:58</td><td>Prometheus alert <span class='mono'>BerichtenboxHighErrorRate</span> fires; PagerDuty pages @vsubra.</td></tr>
<tr><td>08:06</td><td>Vikram acknowledges, opens #inc-20250226-berichtenbox in Slack and pulls in @mvanoort.</td></tr>
<tr><td>08:25</td><td>Matthijs van Oort finds that PgBouncer still resolves the old primary; DNS TTL was 3600 s.</td></tr>
<tr><td>08:40</td><td>Adewale Ogunleye takes the incident commander role; status page updated by Julia Nowak.</td></tr>
<tr><td>09:55</td><td>PgBouncer pods restarted through Argo CD with the corrected DNS settings.</td></tr>
<tr><td>10:39</td><td>Error rate back to baseline; incident resolved. Customer contact via Servicecentrum Logius 0800-2303.</td></tr></table>
<h2>What went well / what went wrong</h2>
<p>Alerting worked within two minutes. The runbook for database failover was outdated (last edited by a former
contractor, Ronaldo Figueiredo Santos, in 2022). Escalation to the Azure support engineer took 35 minutes.</p>
<h2>Action items</h2>
<table><tr><th>Action</th><th>Owner</th><th>Ticket</th></tr>
<tr><td>Lower DNS TTL for database endpoints to 30 s</td><td>@mvanoort</td><td>SRE-1142</td></tr>
<tr><td>Update failover runbook and test it quarterly (chaos day)</td><td>@vsubra</td><td>SRE-1143</td></tr>
<tr><td>Add Berichtenbox to the synthetic monitoring in Grafana Cloud</td><td>@lbrouwer</td><td>SRE-1144</td></tr></table>
<p class='muted'>Questions: sre@mijnoverheid-demo.nl · Reviewed by Adewale Ogunleye and Vikram Subramanian, 5 March 2025</p>"""
    ctx.chromium.pdf(ctx.out, page_html(body, "Postmortem Berichtenbox 2025-02-26"))
    return dict(
        info={"Author": "lbrouwer", "Title": "Postmortem Berichtenbox 2025-02-26"},
        redact=[
            ("PERSON", "Adewale Ogunleye", ["Ogunleye", "Adewale"]), ("USERNAME", "@aogunleye", ["aogunleye"]),
            ("PERSON", "Lisanne Brouwer-Tjon", ["Brouwer-Tjon", "Lisanne"]), ("USERNAME", "@lbrouwer", ["lbrouwer"]),
            ("PERSON", "Vikram Subramanian", ["Subramanian", "Vikram"]), ("USERNAME", "@vsubra", ["vsubra"]),
            ("PERSON", "Matthijs van Oort", ["van Oort", "Matthijs"]), ("USERNAME", "@mvanoort", ["mvanoort"]),
            ("PERSON", "Julia Nowak", ["Nowak", "Julia"]), ("USERNAME", "@jnowak", ["jnowak"]),
            ("PERSON", "Ronaldo Figueiredo Santos", ["Figueiredo Santos", "Ronaldo"]),
        ],
        keep=[("PRODUCT", "MijnOverheid", ["MijnOverheid"]), ("PRODUCT", "PostgreSQL", ["PostgreSQL"]), ("PRODUCT", "PgBouncer", ["PgBouncer"]),
              ("PRODUCT", "Azure", ["Azure"]), ("PRODUCT", "Prometheus", ["Prometheus"]), ("PRODUCT", "PagerDuty", ["PagerDuty"]),
              ("PRODUCT", "Slack", ["Slack"]), ("PRODUCT", "Argo CD", ["Argo CD"]), ("PRODUCT", "Grafana Cloud", ["Grafana Cloud"]),
              ("ORG", "Belastingdienst", ["Belastingdienst"]), ("ORG", "UWV", ["UWV"]), ("SERVICENR", "0800-2303", ["0800-2303"]),
              ("FUNCMAIL", "sre@mijnoverheid-demo.nl", ["sre@mijnoverheid-demo.nl"]), ("ID", "SRE-1142", ["SRE-1142"]),
              ("TITLE", "incident commander", ["incident commander"]), ("TERM", "runbook", ["runbook"]), ("TERM", "DNS TTL", ["DNS TTL"]),
              ("TERM", "Berichtenbox", ["Berichtenbox"]), ("PLACE", "West Europe", ["West Europe"])],
    )


# --------------------------------------------------------------------------------------------- bb25
@doc("bb25_rivm_ecdc_meeting_minutes_en.pdf", "reportlab")
def bb25(ctx):
    blocks = [
        ("h1", "Minutes — RIVM / ECDC technical meeting on respiratory surveillance"),
        ("p", "Date: 14 October 2025, 14:00–16:00 CEST · Location: RIVM, Antonie van Leeuwenhoeklaan 9, Bilthoven, and MS Teams"),
        ("table", [["Participant", "Organisation", "Role"],
                   ["Dr. Margriet Heesterbeek-Alink", "RIVM, Centre for Infectious Disease Control", "chair"],
                   ["Sander Vlaskamp", "RIVM, epidemiology", "minutes"],
                   ["Dr. Ines Caldeira Fonseca", "ECDC, Stockholm", "surveillance expert"],
                   ["Tomasz Wróblewski", "ECDC, Stockholm", "data manager (TESSy/EpiPulse)"],
                   ["Dr. Chinonso Eze-Vermaat", "GGD Haaglanden", "medical microbiologist"],
                   ["Annika Lindqvist", "Folkhälsomyndigheten, Sweden", "observer"]], [170, 190, 110]),
        ("h2", "1. Welcome and purpose"),
        ("p", "The chair welcomed participants. The purpose is to align the Dutch sentinel surveillance (Nivel GP network and "
              "the RIVM laboratory data) with the ECDC reporting protocol for ERVISS ahead of the 2025/26 season. Commissioner "
              "Várhelyi's recent call for a stronger European Health Union preparedness was mentioned as background."),
        ("h2", "2. Data flows"),
        ("p", "Wróblewski explained the changes in EpiPulse (successor of TESSy): weekly uploads via API, SARI data per age group, "
              "and genomic data via GISAID. Heesterbeek-Alink confirmed that the Netherlands will submit aggregated data "
              "only; no personal data or BSN leaves the RIVM. Caldeira Fonseca asked whether the Dutch data include "
              "nursing home outbreaks; Eze-Vermaat answered that GGDs report these through Osiris."),
        ("h2", "3. Action points"),
        ("table", [["#", "Action", "Owner", "Due"],
                   ["1", "Test upload to EpiPulse API with week 40 data", "S. Vlaskamp", "24 Oct"],
                   ["2", "Share ERVISS data dictionary v2.1", "T. Wróblewski", "21 Oct"],
                   ["3", "Check Osiris export for nursing home clusters", "C. Eze-Vermaat", "7 Nov"],
                   ["4", "Inform the Ministry of VWS about reporting changes", "M. Heesterbeek-Alink", "1 Nov"]],
         [18, 262, 110, 60]),
        ("p", "Contact for follow-up: respiratory@rivm-demo.nl. Direct line of the minute taker: +31 30 274 7713."),
    ]
    rl_build(ctx.out, blocks, size=9.5, header="RIVM — Minutes RIVM/ECDC 14-10-2025 — draft")
    return dict(
        info={"Author": "Vlaskamp, S.", "Title": "Minutes RIVM ECDC 2025-10-14"},
        annots=[{"kind": "link", "page": 0, "rect": [60, 40, 250, 52], "uri": "mailto:ines.caldeira-fonseca@ecdc-demo.europa.eu"}],
        redact=[
            ("PERSON", "Margriet Heesterbeek-Alink", ["Heesterbeek-Alink", "Margriet"]), ("PERSON", "Sander Vlaskamp", ["Vlaskamp", "Sander"]),
            ("PERSON", "Ines Caldeira Fonseca", ["Caldeira Fonseca", "Ines"]),
            ("EMAIL", "ines.caldeira-fonseca@ecdc-demo.europa.eu (mailto link only)", ["ines.caldeira-fonseca@ecdc-demo.europa.eu"]),
            ("PERSON", "Tomasz Wróblewski", ["Wróblewski", "Tomasz"]), ("PERSON", "Chinonso Eze-Vermaat", ["Eze-Vermaat", "Chinonso"]),
            ("PERSON", "Annika Lindqvist", ["Lindqvist", "Annika"]), ("PHONE", "+31 30 274 7713", ["+31 30 274 7713"]),
        ],
        keep=[("ORG", "RIVM", ["RIVM"]), ("ORG", "ECDC", ["ECDC"]), ("PUBLIC", "Commissioner Várhelyi", ["Várhelyi"]),
              ("PRODUCT", "EpiPulse", ["EpiPulse"]), ("PRODUCT", "TESSy", ["TESSy"]), ("PRODUCT", "ERVISS", ["ERVISS"]),
              ("ORG", "GISAID", ["GISAID"]), ("PRODUCT", "Osiris", ["Osiris"]), ("ORG", "Nivel", ["Nivel"]),
              ("ORG", "GGD Haaglanden", ["GGD Haaglanden"]), ("ORG", "Folkhälsomyndigheten", ["Folkhälsomyndigheten"]),
              ("PLACE", "Bilthoven", ["Bilthoven"]), ("PLACE", "Stockholm", ["Stockholm"]), ("TERM", "SARI", ["SARI"]),
              ("FUNCMAIL", "respiratory@rivm-demo.nl", ["respiratory@rivm-demo.nl"]), ("TITLE", "surveillance expert", ["surveillance expert"]),
              ("TITLE", "medical microbiologist", ["medical microbiologist"]), ("ORG", "VWS", ["VWS"]), ("TERM", "European Health Union", ["European Health Union"])],
    )


# --------------------------------------------------------------------------------------------- bb26
@doc("bb26_accountlijst_uitfasering_ldap.pdf", "libreoffice-html")
def bb26(ctx):
    rows = [("jdeboer-oostra", "Jelmer de Boer-Oostra", "jelmer.deboer-oostra@rws-demo.nl", "2024-11-03", "uit dienst"),
            ("svc-ndw-sync", "(serviceaccount NDW-koppeling)", "ndw-sync@rws-demo.nl", "2025-01-29", "behouden"),
            ("akaramanli", "Aylin Karamanlı", "aylin.karamanli@rws-demo.nl", "2024-08-17", "uit dienst"),
            ("tphamvan", "Phạm Văn Toàn", "toan.phamvan@extern.rws-demo.nl", "2024-12-01", "contract beëindigd"),
            ("mkowalski2", "Mateusz Kowalski", "mateusz.kowalski@extern.rws-demo.nl", "2023-06-30", "inactief > 180 dagen"),
            ("servicedesk-wvl", "(functionele mailbox WVL)", "servicedesk.wvl@rws-demo.nl", "2025-01-30", "behouden"),
            ("elopesdasilva", "Eduarda Lopes da Silva", "eduarda.lopesdasilva@rws-demo.nl", "2024-10-12", "ouderschapsverlof, blokkeren"),
            ("hvanderlinden", "Hester van der Linden-Akkerman", "hester.vanderlinden@rws-demo.nl", "2024-09-09", "uit dienst")]
    trs = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td><td>{d}</td><td>{esc(e)}</td></tr>" for a, b, c, d, e in rows)
    html = f"""<html><head><meta charset="utf-8"><title>Accountlijst uitfasering</title></head>
<body style="font-family:'DejaVu Sans';font-size:9pt">
<h2>Rijkswaterstaat CIV — uitfasering LDAP-accounts domein RWS-OT (februari 2025)</h2>
<p>Aanleiding: BIO-maatregel 9.2.6 (intrekken van toegangsrechten). Export uit Active Directory / OpenLDAP, gefilterd op
accounts zonder aanmelding in de laatste 60 dagen. Eigenaar van de lijst: Olusegun Bankole-Tieleman (IAM-beheer, 06-41582093).
Wijzigingen via het CIV Servicedesk-portaal (servicedesk.civ@rws-demo.nl, 088 797 7102).</p>
<table border="1" cellpadding="3" cellspacing="0" width="100%">
<tr><th>sAMAccountName</th><th>Weergavenaam</th><th>mail</th><th>lastLogon</th><th>Besluit</th></tr>{trs}</table>
<p>Na akkoord van de CISO van Rijkswaterstaat worden de accounts op 1 maart 2025 uitgeschakeld en na 90 dagen verwijderd.
De serviceaccounts van de NDW-koppeling en de SCADA-omgeving van de stormvloedkeringen blijven buiten scope.</p>
<p>Gecontroleerd: O. Bankole-Tieleman, 14-02-2025</p></body></html>"""
    src = ctx.tmp / "bb26.html"
    src.write_text(html, encoding="utf-8")
    from lib import soffice_convert
    import shutil
    soffice_convert([src], ctx.tmp, "pdf:writer_pdf_Export", infilter="HTML (StarWriter)")
    shutil.move(str(ctx.tmp / "bb26.pdf"), str(ctx.out))
    return dict(
        info={"Author": "Bankole-Tieleman, O.", "Title": "Accountlijst uitfasering RWS-OT"},
        redact=[
            ("USERNAME", "jdeboer-oostra", ["jdeboer-oostra"]), ("PERSON", "Jelmer de Boer-Oostra", ["de Boer-Oostra", "Jelmer"]),
            ("EMAIL", "jelmer.deboer-oostra@rws-demo.nl", ["jelmer.deboer-oostra@rws-demo.nl"]),
            ("USERNAME", "akaramanli", ["akaramanli"]), ("PERSON", "Aylin Karamanlı", ["Karamanlı", "Aylin"]),
            ("EMAIL", "aylin.karamanli@rws-demo.nl", ["aylin.karamanli@rws-demo.nl"]),
            ("USERNAME", "tphamvan", ["tphamvan"]), ("PERSON", "Phạm Văn Toàn", ["Phạm Văn Toàn"]),
            ("EMAIL", "toan.phamvan@extern.rws-demo.nl", ["toan.phamvan@extern.rws-demo.nl"]),
            ("USERNAME", "mkowalski2", ["mkowalski2"]), ("PERSON", "Mateusz Kowalski", ["Kowalski", "Mateusz"]),
            ("EMAIL", "mateusz.kowalski@extern.rws-demo.nl", ["mateusz.kowalski@extern.rws-demo.nl"]),
            ("USERNAME", "elopesdasilva", ["elopesdasilva"]), ("PERSON", "Eduarda Lopes da Silva", ["Lopes da Silva", "Eduarda"]),
            ("EMAIL", "eduarda.lopesdasilva@rws-demo.nl", ["eduarda.lopesdasilva@rws-demo.nl"]),
            ("PRIVATE", "ouderschapsverlof", ["ouderschapsverlof"]),
            ("USERNAME", "hvanderlinden", ["hvanderlinden"]), ("PERSON", "Hester van der Linden-Akkerman", ["van der Linden-Akkerman", "Hester"]),
            ("EMAIL", "hester.vanderlinden@rws-demo.nl", ["hester.vanderlinden@rws-demo.nl"]),
            ("PERSON", "Olusegun Bankole-Tieleman", ["Bankole-Tieleman", "Olusegun"]), ("PHONE", "06-41582093", ["06-41582093"]),
        ],
        keep=[("BOT", "svc-ndw-sync", ["svc-ndw-sync"]), ("FUNCMAIL", "ndw-sync@rws-demo.nl", ["ndw-sync@rws-demo.nl"]),
              ("BOT", "servicedesk-wvl", ["servicedesk-wvl"]), ("FUNCMAIL", "servicedesk.wvl@rws-demo.nl", ["servicedesk.wvl@rws-demo.nl"]),
              ("FUNCMAIL", "servicedesk.civ@rws-demo.nl", ["servicedesk.civ@rws-demo.nl"]), ("SERVICENR", "088 797 7102", ["088 797 7102"]),
              ("ORG", "Rijkswaterstaat", ["Rijkswaterstaat"]), ("ACRONYM", "BIO", ["BIO-maatregel 9.2.6"]), ("PRODUCT", "Active Directory", ["Active Directory"]),
              ("PRODUCT", "OpenLDAP", ["OpenLDAP"]), ("ACRONYM", "CISO", ["CISO"]), ("ORG", "NDW", ["NDW-koppeling"]),
              ("TERM", "SCADA", ["SCADA-omgeving"]), ("TERM", "sAMAccountName", ["sAMAccountName"]), ("TERM", "uit dienst", ["uit dienst"]),
              ("TERM", "IAM-beheer", ["IAM-beheer"])],
    )


# --------------------------------------------------------------------------------------------- bb27
@doc("bb27_antwoorden_kamervragen_digid_storing.pdf", "reportlab")
def bb27(ctx):
    blocks = [
        ("small", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties — DGDOO — Kenmerk 2025-0000218734 — "
                  "Contactpersoon: mr. Quirine Staal-Amponsah, T 06 4671 0382, quirine.staal-amponsah@minbzk-demo.nl"),
        ("h1", "Antwoorden op Kamervragen over de storing van DigiD op 14 maart 2025"),
        ("p", "Antwoorden van staatssecretaris Szabó (Binnenlandse Zaken en Koninkrijksrelaties) op vragen van het lid "
              "Kathmann (GroenLinks-PvdA) over de storing van DigiD (ingezonden 17 maart 2025, nr. 2025Z04811). Mede namens "
              "de minister van Financiën, de heer Heinen."),
        ("h2", "Vraag 1"),
        ("p", "Bent u bekend met het bericht 'Urenlange storing DigiD: burgers kunnen geen toeslagen regelen'?"),
        ("h2", "Antwoord 1"), ("p", "Ja."),
        ("h2", "Vraag 2"),
        ("p", "Wat was de oorzaak van de storing en hoeveel burgers werden getroffen?"),
        ("h2", "Antwoord 2"),
        ("p", "De storing werd veroorzaakt door een verlopen certificaat in een component van het DigiD-platform dat Logius "
              "beheert. Tussen 08:47 en 11:32 uur kon ongeveer 38 procent van de gebruikers niet inloggen. Er waren geen "
              "aanwijzingen voor misbruik of een cyberaanval; het NCSC heeft dit bevestigd."),
        ("h2", "Vraag 3"),
        ("p", "Welke maatregelen neemt u om herhaling te voorkomen, mede in het licht van de BIO?"),
        ("h2", "Antwoord 3"),
        ("p", "Logius neemt alle certificaten op in een centraal register met automatische signalering. De CIO Rijk en het "
              "CISO-office zien toe op de uitvoering. Ik informeer uw Kamer voor het commissiedebat Digitale Overheid over de "
              "voortgang. Ook het lid Six Dijkstra (NSC) heeft in het vorige debat op certificaatbeheer gewezen; ik kom daar "
              "in dezelfde brief op terug."),
        ("h2", "Vraag 4"),
        ("p", "Kunt u deze vragen beantwoorden vóór het commissiedebat Digitale Overheid?"),
        ("h2", "Antwoord 4"), ("p", "Ja."),
        ("sp", 8),
        ("small", "Concept — paraaf behandelend ambtenaar: QSA — gezien: directeur DO (J. van den Broek)"),
    ]
    rl_build(ctx.out, blocks, size=9.5, header="Antwoorden Kamervragen 2025Z04811")
    return dict(
        info={"Author": "Staal-Amponsah, Q.", "Title": "Beantwoording 2025Z04811 concept QSA"},
        redact=[("PERSON", "Quirine Staal-Amponsah", ["Staal-Amponsah", "Quirine"]), ("PHONE", "06 4671 0382", ["06 4671 0382"]),
                ("EMAIL", "quirine.staal-amponsah@minbzk-demo.nl", ["quirine.staal-amponsah@minbzk-demo.nl"]),
                ("PARAPH", "QSA", ["QSA"]), ("PERSON", "J. van den Broek (director, not a public function here)", ["van den Broek"])],
        keep=[("PUBLIC", "staatssecretaris Szabó", ["Szabó"]), ("PUBLIC", "het lid Kathmann", ["Kathmann"]),
              ("PUBLIC", "het lid Six Dijkstra", ["Six Dijkstra"]), ("PUBLIC", "de heer Heinen (minister)", ["Heinen"]),
              ("ORG", "GroenLinks-PvdA", ["GroenLinks-PvdA"]), ("ORG", "NSC", ["NSC"]), ("PRODUCT", "DigiD", ["DigiD"]),
              ("ORG", "Logius", ["Logius"]), ("ORG", "NCSC", ["NCSC"]), ("ACRONYM", "BIO", ["BIO"]), ("ORG", "CIO Rijk", ["CIO Rijk"]),
              ("ACRONYM", "CISO", ["CISO-office"]), ("ID", "2025Z04811", ["2025Z04811"]), ("ID", "2025-0000218734", ["2025-0000218734"]),
              ("TERM", "commissiedebat", ["commissiedebat Digitale Overheid"]), ("TITLE", "directeur DO", ["directeur DO"]),
              ("TERM", "Vraag", ["Vraag"]), ("TERM", "Antwoord", ["Antwoord"])],
    )


# --------------------------------------------------------------------------------------------- bb28
@doc("bb28_slack_export_eu_coordinatie.pdf", "chromium")
def bb28(ctx):
    msgs = [
        ("Ruta Jankauskaitė", "ruta.j", "10:02", "Morning all — the Danish presidency moved the TTE Telecom Council to 5 December. Coreper I prep on 26 Nov."),
        ("Floris Meerdink-Anand", "fmeerdink", "10:05", "Thanks Ruta. Instructie moet dan 21/11 naar de Ministerraad. Wie schrijft het stuk over de Digital Omnibus?"),
        ("Cédric Vanhoutte", "cvanhoutte", "10:09", "I can take the GDPR part of the Omnibus. FYI the Belgian delegate (Marc-Antoine Lefebvre-Dirix) wants a bilateral, his number is +32 475 22 81 06."),
        ("Floris Meerdink-Anand", "fmeerdink", "10:11", "Top. @ruta.j jij de AI Act-onderdelen? Let op: staatssecretaris Van Marum wil vooraf een spreeknotitie."),
        ("Ruta Jankauskaitė", "ruta.j", "10:15", "Ok. I'll ask Nienke at EZ (nienke.vos-baptiste@minez-demo.nl) for the AI Act lines; Commissioner McGrath's Omnibus speech is useful background."),
        ("Slackbot", "slackbot", "10:16", "Reminder: Weekoverleg EU-coördinatie, 11:00 in Teams."),
        ("Cédric Vanhoutte", "cvanhoutte", "10:32", "Shared file: <span class='mono'>Instructie_TTE_Telecom_dec2025_v2_CV.docx</span>"),
        ("Floris Meerdink-Anand", "fmeerdink", "10:40", "Ik ben morgen vrij (verhuizing). Bij spoed: 06-31627480."),
    ]
    rows = "".join(f"<div style='margin:0 0 7px'><b>{esc(n)}</b> <span class='muted'>@{esc(u)} · {t}</span><br>{m}</div>" for n, u, t, m in msgs)
    body = f"""<p class='muted'>Slack export · workspace rijksoverheid-eu-demo · channel #eu-coordinatie-digitaal · 12 November 2025</p>
<h1>#eu-coordinatie-digitaal</h1><p class='muted'>Channel topic: voorbereiding Raden en Coreper, digitale dossiers · members: 14</p>{rows}"""
    ctx.chromium.pdf(ctx.out, page_html(body, "#eu-coordinatie-digitaal"))
    return dict(
        info={"Author": "fmeerdink", "Title": "Slack export eu-coordinatie-digitaal"},
        redact=[
            ("PERSON", "Rūta Jankauskaitė", ["Jankauskaitė", "Ruta"]), ("USERNAME", "ruta.j", ["ruta.j"]),
            ("PERSON", "Floris Meerdink-Anand", ["Meerdink-Anand", "Floris"]), ("USERNAME", "fmeerdink", ["fmeerdink"]),
            ("PERSON", "Cédric Vanhoutte", ["Vanhoutte", "Cédric"]), ("USERNAME", "cvanhoutte", ["cvanhoutte"]),
            ("PERSON", "Marc-Antoine Lefebvre-Dirix (BE diplomat)", ["Lefebvre-Dirix", "Marc-Antoine"]),
            ("PHONE", "+32 475 22 81 06", ["+32 475 22 81 06"]),
            ("PERSON", "Nienke Vos-Baptiste", ["Nienke"]), ("EMAIL", "nienke.vos-baptiste@minez-demo.nl", ["nienke.vos-baptiste@minez-demo.nl"]),
            ("PRIVATE", "verhuizing", ["verhuizing"]), ("PHONE", "06-31627480", ["06-31627480"]),
        ],
        keep=[("PUBLIC", "staatssecretaris Van Marum", ["Van Marum"]), ("PUBLIC", "Commissioner McGrath", ["McGrath"]),
              ("ORG", "Coreper I", ["Coreper I"]), ("TERM", "Digital Omnibus", ["Digital Omnibus"]), ("LAW", "GDPR", ["GDPR"]),
              ("LAW", "AI Act", ["AI Act"]), ("ORG", "Ministerraad", ["Ministerraad"]), ("TERM", "TTE Telecom Council", ["TTE Telecom Council"]),
              ("BOT", "Slackbot", ["Slackbot"]), ("PRODUCT", "Teams", ["Teams"]), ("ORG", "EZ", ["EZ"]),
              ("TERM", "Danish presidency", ["Danish presidency"]), ("TERM", "spreeknotitie", ["spreeknotitie"])],
    )


# --------------------------------------------------------------------------------------------- bb29
@doc("bb29_knmi_code_oranje_coordinatielog.pdf", "reportlab")
def bb29(ctx):
    blocks = [
        ("h1", "Coördinatielog storm 'Éowyn' — code oranje — 24 januari 2025"),
        ("small", "KNMI Weerkamer De Bilt · Landelijk Crisiscentrum (LCC) · Veiligheidsregio's · Rijkswaterstaat WVL · versie 3, 16:40"),
        ("table", [["Tijd", "Van", "Aan", "Inhoud"],
                   ["05:30", "Weerkamer KNMI (dienstdoend meteoroloog Jorien Stuivenberg)", "LCC / NCC",
                    "Code oranje voor de kustprovincies en het IJsselmeergebied vanaf 11:00, windstoten tot 110 km/u."],
                   ["06:10", "LCC (plv. hoofd Emmanuel Osei-Tutu, 06-13574628)", "Veiligheidsregio's",
                    "Landelijk Operationeel Coördinatiecentrum alert; geen opschaling."],
                   ["07:45", "RWS WVL (Stormvloedwaarschuwingsdienst, Gerritsje Valkema-Boon)", "KNMI",
                    "Waterstand Harlingen verwacht 2,60 m +NAP; Maeslantkering sluit niet."],
                   ["09:20", "Veiligheidsregio Fryslân (OvD Bevolkingszorg Sietse Hallema)", "LCC",
                    "Veerdiensten naar Vlieland en Terschelling gestaakt. Meldkamer Noord-Nederland druk."],
                   ["11:05", "KNMI (Jorien Stuivenberg)", "NOS / media", "Persbericht code oranje, woordvoering via pers@knmi-demo.nl."],
                   ["14:30", "ProRail (storingsdienst, contact Anneke Dijkgraaf-Öztürk, 06-70412856)", "LCC",
                    "Treinverkeer Noord-Nederland beperkt, bomen op het spoor bij Heerenveen."]], [35, 150, 65, 210]),
        ("p", "Minister Madlener (IenW) is om 12:00 uur telefonisch geïnformeerd door de DG Water en Bodem. "
              "Burgemeester Buma van Leeuwarden heeft als voorzitter van de veiligheidsregio een noodverordening "
              "overwogen maar niet afgekondigd."),
        ("p", "Bereikbaarheid weerkamer voor partners: 030-220 6910 (24/7). Logbeheer: Niels Brouwer-Kartosen "
              "(n.brouwer-kartosen@knmi-demo.nl)."),
    ]
    rl_build(ctx.out, blocks, size=9, header="KNMI — Coördinatielog Éowyn 24-01-2025")
    return dict(
        info={"Author": "Brouwer-Kartosen, N.", "Title": "Coordinatielog Eowyn"},
        redact=[
            ("PERSON", "Jorien Stuivenberg", ["Stuivenberg", "Jorien"]), ("PERSON", "Emmanuel Osei-Tutu", ["Osei-Tutu", "Emmanuel"]),
            ("PHONE", "06-13574628", ["06-13574628"]), ("PERSON", "Gerritsje Valkema-Boon", ["Valkema-Boon", "Gerritsje"]),
            ("PERSON", "Sietse Hallema", ["Hallema", "Sietse"]), ("PERSON", "Anneke Dijkgraaf-Öztürk", ["Dijkgraaf-Öztürk", "Anneke"]),
            ("PHONE", "06-70412856", ["06-70412856"]), ("PERSON", "Niels Brouwer-Kartosen", ["Brouwer-Kartosen", "Niels"]),
            ("EMAIL", "n.brouwer-kartosen@knmi-demo.nl", ["n.brouwer-kartosen@knmi-demo.nl"]),
        ],
        keep=[("PUBLIC", "Minister Madlener", ["Madlener"]), ("PUBLIC", "Burgemeester Buma", ["Buma"]), ("ORG", "KNMI", ["KNMI"]),
              ("ORG", "LCC", ["LCC"]), ("ORG", "ProRail", ["ProRail"]), ("PLACE", "Harlingen", ["Harlingen"]),
              ("PLACE", "Maeslantkering", ["Maeslantkering"]), ("PLACE", "Vlieland", ["Vlieland"]), ("PLACE", "Terschelling", ["Terschelling"]),
              ("PLACE", "Heerenveen", ["Heerenveen"]), ("ORG", "Veiligheidsregio Fryslân", ["Veiligheidsregio Fryslân"]),
              ("FUNCMAIL", "pers@knmi-demo.nl", ["pers@knmi-demo.nl"]), ("SERVICENR", "030-220 6910", ["030-220 6910"]),
              ("TITLE", "dienstdoend meteoroloog", ["dienstdoend meteoroloog"]), ("TITLE", "OvD Bevolkingszorg", ["OvD Bevolkingszorg"]),
              ("TERM", "code oranje", ["code oranje"]), ("TERM", "Éowyn", ["Éowyn"]), ("ORG", "NOS", ["NOS"])],
    )


# --------------------------------------------------------------------------------------------- bb30
@doc("bb30_digid_leverancier_mailthread_nl_en.pdf", "libreoffice-docx")
def bb30(ctx):
    blocks = [
        ("p", "Van: Lammertink, Evert-Jan <evert-jan.lammertink@logius-demo.nl>\nVerzonden: donderdag 20 maart 2025 09:03\n"
              "Aan: 'Søren Thorvaldsen' <soren.thorvaldsen@nordsign-demo.dk>\nCC: Contractmanagement Logius <contractmanagement@logius-demo.nl>; "
              "Naidoo-Kuipers, Priya <p.naidoo-kuipers@logius-demo.nl>\nOnderwerp: RE: Root cause analysis certificate expiry 14 March", True),
        ("p", "Dear Søren,\nThank you for the RCA. We accept the analysis, but we do not accept that the monitoring gap was outside "
              "the scope of the support contract (SLA article 7.3). Priya will send you our formal response and the penalty "
              "calculation under the framework agreement. Please make sure that your HSM engineer, Mr Lindahl, is available "
              "for the retest on 27 March.\nMet vriendelijke groet / Kind regards,\nEvert-Jan Lammertink\nContractmanager DigiD | Logius\n"
              "T 088 123 4517 | M 06-29835170"),
        ("p", "On Wed, 19 Mar 2025 at 17:44, Søren Thorvaldsen <soren.thorvaldsen@nordsign-demo.dk> wrote:", True),
        ("p", "> Hi Evert-Jan,\n> Please find attached our root cause analysis. In short: the intermediate certificate was "
              "renewed by our PKI team (lead: Kasper Lindahl) in our own systems, but the renewed chain was never pushed to "
              "your Kubernetes ingress because the automation only covered the GitLab-managed environments.\n> We propose to "
              "add the DigiD ingress to our cert-manager setup and to send expiry warnings to your functional mailbox "
              "certificaten@logius-demo.nl.\n> Best regards,\n> Søren Thorvaldsen | Service Delivery Manager | NordSign A/S, "
              "Copenhagen | +45 33 18 62 07"),
        ("p", "Van: Naidoo-Kuipers, Priya\nVerzonden: woensdag 19 maart 2025 18:10\nAan: Lammertink, Evert-Jan\n"
              "Onderwerp: FW: Root cause analysis certificate expiry 14 March", True),
        ("p", "Evert-Jan, zie hieronder. Ik ben het eens met jouw lijn. Juridisch (Wieteke Brouwer-Ramdas) kijkt mee naar de boeteclausule. "
              "Ik zit vrijdag thuis met een zieke dochter, bel me op 06-84017263 als het nodig is.\nPriya"),
    ]
    src = ctx.tmp / "bb30.docx"
    docx_build(src, blocks, font="Calibri", size=10.5)
    ctx.soffice(src, ctx.out)
    return dict(
        info={"Author": "Lammertink, E.J.", "Title": "RE: Root cause analysis certificate expiry"},
        redact=[
            ("PERSON", "Evert-Jan Lammertink", ["Lammertink", "Evert-Jan"]), ("EMAIL", "evert-jan.lammertink@logius-demo.nl", ["evert-jan.lammertink@logius-demo.nl"]),
            ("PERSON", "Søren Thorvaldsen", ["Thorvaldsen", "Søren"]), ("EMAIL", "soren.thorvaldsen@nordsign-demo.dk", ["soren.thorvaldsen@nordsign-demo.dk"]),
            ("PERSON", "Priya Naidoo-Kuipers", ["Naidoo-Kuipers", "Priya"]), ("EMAIL", "p.naidoo-kuipers@logius-demo.nl", ["p.naidoo-kuipers@logius-demo.nl"]),
            ("PERSON", "Kasper Lindahl", ["Lindahl", "Kasper"]), ("PHONE", "088 123 4517", ["088 123 4517"]), ("PHONE", "06-29835170", ["06-29835170"]),
            ("PHONE", "+45 33 18 62 07", ["+45 33 18 62 07"]), ("PERSON", "Wieteke Brouwer-Ramdas", ["Brouwer-Ramdas", "Wieteke"]),
            ("PHONE", "06-84017263", ["06-84017263"]), ("PRIVATE", "zieke dochter", ["zieke dochter"]),
        ],
        keep=[("ORG", "Logius", ["Logius"]), ("PRODUCT", "DigiD", ["DigiD"]), ("PRODUCT", "Kubernetes", ["Kubernetes"]),
              ("PRODUCT", "GitLab", ["GitLab-managed"]), ("PRODUCT", "cert-manager", ["cert-manager"]), ("PRODUCT", "HSM", ["HSM"]),
              ("FUNCMAIL", "contractmanagement@logius-demo.nl", ["contractmanagement@logius-demo.nl"]),
              ("FUNCMAIL", "certificaten@logius-demo.nl", ["certificaten@logius-demo.nl"]), ("ORG", "NordSign A/S", ["NordSign A/S"]),
              ("PLACE", "Copenhagen", ["Copenhagen"]), ("TITLE", "Service Delivery Manager", ["Service Delivery Manager"]),
              ("TITLE", "Contractmanager DigiD", ["Contractmanager DigiD"]), ("TERM", "SLA", ["SLA"]), ("TERM", "RCA", ["RCA"]),
              ("TERM", "root cause analysis", ["root cause analysis"])],
    )
