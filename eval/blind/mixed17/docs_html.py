"""Set AA: documents printed by Chromium from HTML (Outlook, Teams, WhatsApp, TOPdesk, Jira, SharePoint)."""

from people import MOTIV, MOTIV_P, a, e, i, k, p, t, u

DOCS = []

# ---------------------------------------------------------------- aa12 Outlook thread NL, reply chain, first names later
FB = "Fenna Brouckaert-Tiel"
OG = "Obinna Ugochukwu-Dressel"
LD = "Liesbeth Dammersveld"
AB = "Anneloes Bos"
DOCS.append({
    "id": "aa12", "producer": "html", "producer_desc": "HTML -> Chromium (Outlook print, mailto links)",
    "blocks": [
        ("lines", [f"<b>{p(FB, 'Brouckaert-Tiel, Fenna (DGOO-AOK)')}</b>"]),
        ("hr",),
        ("kv", [("Van:", f"{p(FB, 'Brouckaert-Tiel, Fenna (DGOO-AOK)')} &lt;{e('fenna.brouckaert@minbzk.nl')}&gt;"),
                ("Verzonden:", "dinsdag 11 maart 2025 16:42"),
                ("Aan:", f"{p(OG, 'Ugochukwu-Dressel, Obinna (DGOO-AOK)')}; {p(LD, 'Dammersveld, Liesbeth (BZK-FEZ)')}"),
                ("CC:", f"{p(AB, 'Bos, Anneloes (DGOO)')}; {k('Secretariaat DGOO', 'MAILBOX')}; {p('Koen Rijkenbergh', 'Rijkenbergh, Koen (CIO Rijk)')}; {p('Yusuf Demirkaya-Holst', 'Demirkaya-Holst, Yusuf (Logius)')}"),
                ("Onderwerp:", f"RE: Bestuurlijk overleg {k('IPO', 'ACRONYM')} / {k('VNG', 'ACRONYM')} over de {k('Woo', 'LAW')}")]),
        ("p", f"Hoi {p(OG, 'Obinna')},"),
        ("p", f"Dank. Ik heb het met {p(LD, 'Liesbeth')} afgestemd: de kosten passen binnen artikel 6 van de begroting. {p(AB, 'Anneloes')} wil nog een zin over het {k('Huis voor Klokkenluiders', 'ORG')}. "
              f"De {k('Thorbecke-lezing', 'EVENT')} van volgende week gebruiken we om {k('minister Uitermark', 'PUBLIC')} te briefen."),
        ("p", f"Groet,<br>{p(FB, 'Fenna')}"),
        ("small", f"{p(FB)} | Senior beleidsadviseur | {k('Ministerie van Binnenlandse Zaken en Koninkrijksrelaties', 'ORG')} | {k('Turfmarkt 147', 'ADDRESS_ORG')} | M {t('06-48 20 71 35')}"),
        ("hr",),
        ("kv", [("Van:", f"{p(OG, 'Ugochukwu-Dressel, Obinna (DGOO-AOK)')}"), ("Verzonden:", "dinsdag 11 maart 2025 14:05"),
                ("Aan:", f"{p(FB, 'Brouckaert-Tiel, Fenna (DGOO-AOK)')}"), ("CC:", f"{p(AB, 'Bos, Anneloes (DGOO)')}"),
                ("Onderwerp:", "Bestuurlijk overleg")]),
        ("p", f"{p(FB, 'Fenna')}, zie bijgaand de conceptagenda. {p('Koen Rijkenbergh', 'Koen')} van het {k('CIO Rijk', 'ORG')} sluit aan voor het onderdeel {k('Rijksportaal', 'PRODUCT')}. Het {k('IPO', 'ACRONYM')} vaardigt {k('gedeputeerde Van den Berg', 'PUBLIC')} af. "
              f"Zullen we {k('Kamerlid Sneller', 'PUBLIC')} ook uitnodigen? Volgens {p(AB, 'Bos')} is dat niet gebruikelijk."),
        ("p", f"Het is trouwens prachtig weer: ik heb gisteren in het {k('Haagse Bos', 'PLACE')} gewandeld, en het {k('bos', 'WORD')} bij Clingendael staat vol krokussen."),
        ("p", f"Gr. {p(OG, 'Obinna')}<br>{k('Directie Democratie en Bestuur', 'ORG')} | T {t('070 426 31 88')} | {e('obinna.ugochukwu@minbzk.nl')}"),
        ("hr",),
        ("small", f"Dit bericht kan informatie bevatten die niet voor u is bestemd. {k('Rijksoverheid', 'ORG')} aanvaardt geen aansprakelijkheid. Centraal nummer {k('070 426 6426', 'SWITCHBOARD')}."),
        ("mailto", "fenna.brouckaert@minbzk.nl", e("fenna.brouckaert@minbzk.nl")),
    ],
})

# ---------------------------------------------------------------- aa13 Outlook thread EN headers, long CC, "On ... wrote"
AV = "Alina Vărzaru"
JM = "Jomo Mensah-Attoh"
PR = "Priyanka Raghuvansham"
MV = "Mattheus Velthuysen"
DOCS.append({
    "id": "aa13", "producer": "html", "producer_desc": "HTML -> Chromium (Outlook print, English headers)",
    "blocks": [
        ("kv", [("From:", f"{p(AV, 'Vărzaru, Alina (DGBEL-AIV)')}"), ("Sent:", "Thursday, 6 March 2025 09:12"),
                ("To:", f"{p(JM, 'Mensah-Attoh, Jomo (BZ-DIE)')}"),
                ("Cc:", f"{p(PR, 'Raghuvansham, Priyanka (JenV-DGM)')}; {p(MV, 'Velthuysen, Mattheus (AZ-RVD)')}; {p('Zlata Hornychuk', 'Hornychuk, Zlata (EZ-DGKGG)')}; {p('Bram Tenkinkel', 'Tenkinkel, Bram (Fin-FEZ)')}; {p('Cor Visser', 'Visser, Cor (BZK-DMO)')}; {k('DGBEL Postbus', 'MAILBOX')}"),
                ("Subject:", f"RE: {k('EU', 'ACRONYM')} {k('Data Act', 'LAW')} - input {k('BNC', 'ACRONYM')}-fiche")]),
        ("p", f"Dear {p(JM, 'Jomo')},"),
        ("p", f"Thanks for the draft. {p(PR, 'Priyanka')} has some comments on the {k('GDPR', 'LAW')} paragraph; {p(MV, 'Mattheus')} asks whether the {k('RVD', 'ACRONYM')} needs a press line. "
              f"{k('MEP Eickhout', 'PUBLIC')} raised the point in the {k('ITRE', 'ACRONYM')} committee, and {k('Commissioner Virkkunen', 'PUBLIC')} answered in writing."),
        ("p", f"Best,<br>{p(AV, 'Alina')}"),
        ("p", f"On Wed, 5 Mar 2025 at 17:30, {p(JM, 'Mensah-Attoh, Jomo (BZ-DIE)')} &lt;{e('jomo.mensah-attoh@minbuza.nl')}&gt; wrote:"),
        ("p", f"&gt; Hi all, attached the draft {k('BNC', 'ACRONYM')}-fiche. Deadline for {k('Coreper', 'ORG')} is Friday. {p('Cor Visser', 'Visser')} from {k('DMO', 'ACRONYM')} checks the budget implications. "
              f"&gt; Note that the {k('Raad van State', 'ORG')} will not be consulted. Minister {k('Veldkamp', 'PUBLIC')} signs on Monday."),
        ("p", f"&gt; Kind regards,<br>&gt; {p(JM)}<br>&gt; Policy officer, {k('Directie Integratie Europa', 'ORG')}<br>&gt; M {t('+31 6 2790 4411')}"),
        ("p", f"&gt;&gt; From: {p(PR, 'Raghuvansham, Priyanka (JenV-DGM)')}<br>&gt;&gt; Please keep in mind the {k('Visser', 'WORD')} judgment of the {k('Court of Justice', 'ORG')} (C-31/16) on services. {p(AV, 'Vărzaru')} knows the file."),
        ("small", f"{k('Ministry of Foreign Affairs', 'ORG')} | {k('Rijnstraat 8', 'ADDRESS_ORG')}, The Hague | switchboard {k('+31 70 348 6486', 'SWITCHBOARD')}"),
        ("mailto", "jomo.mensah-attoh@minbuza.nl", e("jomo.mensah-attoh@minbuza.nl")),
    ],
})

# ---------------------------------------------------------------- aa14 Outlook meeting request print
DOCS.append({
    "id": "aa14", "producer": "html", "producer_desc": "HTML -> Chromium (Outlook meeting request)",
    "blocks": [
        ("h", f"Vooroverleg {k('Catshuis', 'BUILDING')}-sessie woningbouw"),
        ("kv", [("Organisator", f"{p('Hilde Rozenbroek-Akkermans', 'Rozenbroek-Akkermans, Hilde (VRO-DGVH)')}"),
                ("Begintijd", "woensdag 19 maart 2025 13:30"), ("Eindtijd", "woensdag 19 maart 2025 15:00"),
                ("Locatie", f"{k('Rijnstraat 50', 'ADDRESS_ORG')}, zaal Prins Clausplein / {k('Microsoft Teams', 'PRODUCT')}-vergadering"),
                ("Verplichte deelnemers", f"{k('minister Keijzer', 'PUBLIC')}; {p('Nathaniël Oppedijk', 'Oppedijk, Nathaniël (VRO-DGVH)')}; {p('Marieke Hoek', 'Hoek, Marieke (VRO-DGVH)')}; {p('Sanjay Bhoendie', 'Bhoendie, Sanjay (Fin-IRF)')}; {k('burgemeester Van Zanen', 'PUBLIC')}"),
                ("Optionele deelnemers", f"{p('Carolien Duijvestein', 'Duijvestein, Carolien (AZ)')}; {p('Ferdinand ter Heijden-Oost', 'ter Heijden-Oost, F. (VRO-BOA)')}; {k('Aedes', 'ORG')}-secretariaat"),
                ("Status", "Geaccepteerd: 4, Voorlopig: 1, Geweigerd: 1")]),
        ("p", f"Beste allen, ter voorbereiding op de {k('Catshuis', 'BUILDING')}-sessie van 26 maart met {k('minister-president Schoof', 'PUBLIC')} bespreken we de {k('Woontop', 'EVENT')}-afspraken en de {k('Nota van Prins Clausplein', 'TITLE')} (werktitel). "
              f"{p('Marieke Hoek', 'Marieke')} presenteert de cijfers van het {k('CBS', 'ACRONYM')}. Let op: de zaal ligt in de {k('hoek', 'WORD')} bij de liften, 5e verdieping."),
        ("p", f"Groet, {p('Hilde Rozenbroek-Akkermans', 'Hilde')}"),
        ("h2", "Deelnemen aan Microsoft Teams-vergadering"),
        ("mono", f"Vergadering-ID: 384 221 907 55\nWachtwoord: Xp3mQz\nBellen (alleen audio): {k('+31 20 794 8412', 'SWITCHBOARD')},,718552093#  Nederland, Amsterdam\nMeer informatie | Opties voor vergaderingen"),
        ("h2", "Reacties"),
        ("table", [["Deelnemer", "Reactie", "Tijdstip"],
                   [p("Nathaniël Oppedijk", "Oppedijk, Nathaniël"), "Geaccepteerd", "12-03 09:14"],
                   [p("Marieke Hoek", "Hoek, Marieke"), "Geaccepteerd", "12-03 09:40"],
                   [p("Sanjay Bhoendie", "Bhoendie, Sanjay"), "Voorlopig", "12-03 11:02"],
                   [p("Carolien Duijvestein", "Duijvestein, Carolien"), "Geweigerd: bij de Eerste Kamer", "12-03 13:55"]]),
    ],
})

# ---------------------------------------------------------------- aa15 Teams transcript
DOCS.append({
    "id": "aa15", "producer": "html", "producer_desc": "HTML -> Chromium (Teams transcript)",
    "blocks": [
        ("h", "Transcript: Afstemming storing DigiD-koppeling"),
        ("small", f"Vergadering gestart op 7 maart 2025 10:02:11 | Georganiseerd door {p('Roelof Aukema-Sybesma', 'Aukema-Sybesma, Roelof')}"),
        ("lines", [
            f"<b>{p('Roelof Aukema-Sybesma', 'Aukema-Sybesma, Roelof')}</b>   0:04",
            f"Goedemorgen. We hebben sinds vannacht een storing op de {k('DigiD', 'PRODUCT')}-koppeling van {k('MijnOverheid', 'PRODUCT')}. {p('Wendelijn Nauta', 'Wendelijn')}, kun jij de tijdlijn geven?",
            f"<b>{p('Wendelijn Nauta', 'Nauta, Wendelijn (Logius)')}</b>   0:21",
            f"Ja. Om 02:14 ging de {k('SAML', 'TERM')}-certificaatrotatie mis. Het {k('NCSC', 'ACRONYM')} is geïnformeerd, er is geen {k('CVE', 'ACRONYM')} in het spel. {p('Ekow Darkwah-Smit', 'Ekow')} heeft om 04:00 een rollback gedaan.",
            f"<b>{p('Ekow Darkwah-Smit', 'Darkwah-Smit, Ekow')}</b>   1:02",
            f"Klopt. De {k('HSM', 'ACRONYM')} gaf een timeout. Ik heb een {k('RCA', 'ACRONYM')} aangemaakt in {k('Jira', 'PRODUCT')}. De {k('smit', 'WORD')} van de oude sleutels, zeg maar, was {k('Entrust', 'ORG')}.",
            f"<b>{p('Gerrit-Jan Ommerkamp', 'Gerrit-Jan Ommerkamp')}</b>   1:40",
            f"Moeten we {k('staatssecretaris Szabó', 'PUBLIC')} informeren? Vorige keer vroeg {k('Kamerlid Kathmann', 'PUBLIC')} er in het vragenuur naar.",
            f"<b>{p('Roelof Aukema-Sybesma', 'Aukema-Sybesma, Roelof')}</b>   2:05",
            f"Ja, {p('Gerrit-Jan Ommerkamp', 'Gerrit-Jan')}, graag een korte {k('ambtsbericht', 'WORD')}-notitie via het {k('DGDOO', 'ACRONYM')}-secretariaat. {p('Wendelijn Nauta', 'Nauta')} levert de feiten.",
            f"<b>{p('Tamsin Oyelaran', 'Oyelaran, Tamsin (BZK-Communicatie)')}</b>   2:31",
            f"Ik zet een bericht op {k('Rijksoverheid.nl', 'WEB')} en de {k('DigiD', 'PRODUCT')}-statuspagina. Bellers kunnen terecht bij de {k('DigiD', 'PRODUCT')}-helpdesk, {k('088 123 6555', 'SWITCHBOARD')}.",
            f"<b>{p('Wendelijn Nauta', 'Nauta, Wendelijn (Logius)')}</b>   3:10",
            f"Prima. Mijn mobiel voor vanavond is {t('06-31 57 02 88')}; {p('Ekow Darkwah-Smit', 'Darkwah-Smit')} heeft piket.",
        ]),
        ("small", "Vergadering beëindigd om 10:06:02. Transcript gegenereerd door Microsoft Teams."),
    ],
})

# ---------------------------------------------------------------- aa16 WhatsApp export
DOCS.append({
    "id": "aa16", "producer": "html", "producer_desc": "HTML -> Chromium (WhatsApp export)",
    "blocks": [
        ("h", f"WhatsApp-chat met Team Opvang {k('COA', 'ACRONYM')} Ter Apel"),
        ("mono", "\n".join([
            f"[03-03-25 07:12:44] {p('Pim Haan')}: Morgen allemaal. Gisteravond 64 nieuwe aanmeldingen.",
            f"[03-03-25 07:15:02] {p('Lotte Vanderschuyt-Pieters', 'Lotte V-P')}: Bus van het {k('COA', 'ACRONYM')} uit Budel is om 9 uur hier",
            f"[03-03-25 07:15:40] {t('+31 6 19 02 77 41')}: is de marechaussee al geïnformeerd?",
            f"[03-03-25 07:16:05] {p('Pim Haan', 'Pim')}: ja via {p('Yonas Tewolde-Berhane', 'Yonas')}",
            f"[03-03-25 07:31:10] {p('Yonas Tewolde-Berhane')}: {k('KMar', 'ACRONYM')} staat klaar. Burgemeester {k('Velema', 'PUBLIC')} komt om 11 uur langs",
            f"[03-03-25 07:33:59] {p('Lotte Vanderschuyt-Pieters', 'Lotte V-P')}: de {k('haan', 'WORD')} van de boerderij naast het terrein kraait al sinds 5 uur, haha",
            f"[03-03-25 08:02:17] {p('Pim Haan')}: {p('Haan', 'Haan')} hier, ik bedoel: ik ben er om half 9. Vragen? {t('06-22 84 19 03')}",
            f"[03-03-25 08:40:26] {p('Nkechi Obiakor-Vlam')}: Minister {k('Faber', 'PUBLIC')} heeft een bezoek aangekondigd voor donderdag, zegt het {k('ministerie van Asiel en Migratie', 'ORG')}",
            f"[03-03-25 08:41:02] {p('Yonas Tewolde-Berhane')}: ok. Zal {p('Nkechi Obiakor-Vlam', 'Nkechi')} de {k('IND', 'ACRONYM')} bellen?",
            f"[03-03-25 08:45:33] {p('Nkechi Obiakor-Vlam')}: doe ik. <Media weggelaten>",
            "[03-03-25 09:10:08] Berichten en oproepen zijn end-to-end versleuteld.",
        ])),
    ],
})

# ---------------------------------------------------------------- aa17 TOPdesk ticket print
DOCS.append({
    "id": "aa17", "producer": "html", "producer_desc": "HTML -> Chromium (TOPdesk print)",
    "blocks": [
        ("h", "Melding M2503-1187 - Geen toegang SharePoint projectsite"),
        ("kv", [("Aanmelder", f"{p('Xandra Oosterlaak-Bijl', 'Oosterlaak-Bijl, X.')} ({k('DG Wonen', 'ORG')})"), ("Telefoon aanmelder", t("070 456 18 33")),
                ("E-mail aanmelder", e("xandra.oosterlaak@minvro.nl")), ("Behandelaar", f"{p('Darius Ahmadzai-Roelofs', 'Ahmadzai-Roelofs, D.')}"),
                ("Operatorgroep", f"{k('SSC-ICT', 'ORG')} Werkplek 2e lijn"), ("Categorie", f"{k('SharePoint', 'PRODUCT')} / autorisaties"),
                ("Impact / urgentie", "Persoon / normaal"), ("Gebruikersnaam", u("xoosterl01", "Xandra Oosterlaak-Bijl"))]),
        ("h2", "Verzoek"),
        ("p", f"Sinds de migratie naar {k('Exchange Online', 'PRODUCT')} kan ik de site ‘Programma Woningbouw’ niet meer openen. Foutmelding: {k('ACCESS DENIED', 'TERM')} (403). Mijn collega {p('Maarten Giethoornveld')} heeft hetzelfde."),
        ("h2", "Actiehistorie"),
        ("table", [["Datum", "Door", "Actie"],
                   ["10-03 09:12", p("Darius Ahmadzai-Roelofs", "Ahmadzai-Roelofs, D."), f"Ticket opgepakt; gebruiker zit niet in de {k('Entra ID', 'PRODUCT')}-groep."],
                   ["10-03 10:45", p("Darius Ahmadzai-Roelofs", "Ahmadzai-Roelofs, D."), f"Gebeld met {p('Xandra Oosterlaak-Bijl', 'Xandra')}; eigenaar site is {p('Maarten Giethoornveld', 'Giethoornveld')}."],
                   ["10-03 14:20", p("Fleur Zuidgeest", "Zuidgeest, F."), f"Groep toegevoegd, {k('MFA', 'TERM')}-prompt getest, {k('SSO', 'ACRONYM')} werkt."],
                   ["11-03 08:30", "Systeem", f"Melding gereed gemeld. Tevredenheid: 4/5."]], ),
        ("small", f"{k('TOPdesk', 'PRODUCT')} 11.2 | {k('Servicedesk SSC-ICT', 'ORG')} {k('088 110 40 00', 'SWITCHBOARD')} | {k('servicedesk@ssc-ict.nl', 'MAILBOX')}"),
    ],
})

# ---------------------------------------------------------------- aa18 Jira issue print
DOCS.append({
    "id": "aa18", "producer": "html", "producer_desc": "HTML -> Chromium (Jira issue print)",
    "blocks": [
        ("h", "[WOOP-412] Export inventarislijst geeft verkeerde datumnotatie"),
        ("kv", [("Type", "Bug"), ("Status", "IN REVIEW"), ("Priority", "Major"),
                ("Assignee", p("Kateryna Bilousenko")), ("Reporter", p("Mihail Dobrescu-Aalders")),
                ("Component", f"{k('Woo-platform', 'PRODUCT')} / export"), ("Labels", "woo-index, csv, sprint-24")]),
        ("h2", "Description"),
        ("p", f"When exporting the inventory to {k('CSV', 'ACRONYM')}, dates are written as MM/DD/YYYY. Expected: DD-MM-YYYY as required by the {k('DiWoo', 'PRODUCT')} {k('XSD', 'ACRONYM')}. See {k('KOOP', 'ACRONYM')} spec 0.9.8."),
        ("h2", "Activity"),
        ("lines", [
            f"<b>{p('Mihail Dobrescu-Aalders')}</b> added a comment - 04/Mar/25 11:20",
            f"@{p('Kateryna Bilousenko', 'Kateryna Bilousenko')} can you look at this before the {k('Sprint Review', 'TERM')}? {p('Abena Owusu-Koranteng', 'Abena')} from the {k('Woo-team', 'ORG')} needs it for the decision to {k('Kamerlid Omtzigt', 'PUBLIC')}'s request.",
            f"<b>{p('Kateryna Bilousenko')}</b> added a comment - 04/Mar/25 15:02",
            f"Fixed in branch feature/WOOP-412. {p('Mihail Dobrescu-Aalders', 'Mihail')}, please review. Also updated the {k('API', 'ACRONYM')} docs in {k('Confluence', 'PRODUCT')}.",
            f"<b>{p('Abena Owusu-Koranteng')}</b> added a comment - 05/Mar/25 09:47",
            f"Thanks {p('Kateryna Bilousenko', 'Kateryna')}. Tested on {k('ACC', 'ACRONYM')}: OK. {p('Dobrescu-Aalders', 'Dobrescu-Aalders')} please merge. Contact me on {t('06-1093 4420')} if the {k('CI/CD', 'TERM')} pipeline fails again.",
        ]),
        ("small", f"Generated by {k('Jira', 'PRODUCT')} Software (v9.12) - {u('mdobrescu', 'Mihail Dobrescu-Aalders')} - 05/Mar/25"),
    ],
})

# ---------------------------------------------------------------- aa19 SharePoint version history (landscape)
DOCS.append({
    "id": "aa19", "producer": "html", "producer_desc": "HTML -> Chromium (SharePoint version history, landscape)", "landscape": True,
    "blocks": [
        ("h", "Versiegeschiedenis: Kamerbrief voortgang Programma Open Overheid.docx"),
        ("small", f"Bibliotheek: Documenten | Site: {k('DGDOO', 'ACRONYM')} Openbaarheid | {k('SharePoint', 'PRODUCT')} Online"),
        ("table", [["Nr", "Gewijzigd", "Gewijzigd door", "Grootte", "Opmerkingen"],
                   ["7.0", "14-03-2025 17:05", p("Pieter de Vroomhaven", "Vroomhaven, Pieter de"), "88,2 kB", f"Definitief na akkoord {k('staatssecretaris Szabó', 'PUBLIC')}"],
                   ["6.2", "14-03-2025 11:40", p("Annemieke Klaverdijk", "Klaverdijk, Annemieke"), "87,9 kB", f"Verwerkt: opmerkingen {k('Directie Wetgeving', 'ORG')}"],
                   ["6.1", "13-03-2025 16:12", p("Jeroen van de Bijlaard", "Bijlaard, Jeroen van de"), "87,1 kB", f"Passage {k('Woo-index', 'PRODUCT')} herschreven"],
                   ["6.0", "12-03-2025 09:30", p("Ngozi Adebayo-Martens", "Adebayo-Martens, Ngozi"), "85,0 kB", f"Reactie {k('Inspectie Overheidsinformatie', 'ORG')}"],
                   ["5.0", "10-03-2025 15:55", p("Ayaan Xirsi Cabdulle", "Xirsi Cabdulle, Ayaan"), "84,4 kB", f"Motie {k('Sneller', 'PUBLIC')}/{k('Bikker', 'PUBLIC')} toegevoegd"],
                   ["4.0", "07-03-2025 12:01", p("Jeroen van de Bijlaard", "Bijlaard, Jeroen van de"), "80,6 kB", f"Cijfers {k('ACOI', 'ACRONYM')}"],
                   ["3.0", "05-03-2025 10:44", p("Pieter de Vroomhaven", "Vroomhaven, Pieter de"), "76,9 kB", f"Opmerkingen {p('Annemieke Klaverdijk', 'Annemieke')} verwerkt"],
                   ["1.0", "03-03-2025 08:59", p("Wybren Hoogterp", "Hoogterp, Wybren"), "41,2 kB", "Eerste opzet"]]),
        ("small", f"Uitgeprint door {p('Ngozi Adebayo-Martens', 'Adebayo-Martens, N.')} op 18-03-2025. Bewaartermijn volgens {k('Archiefwet 1995', 'LAW')}."),
    ],
})

# ---------------------------------------------------------------- aa20 Teams chat export (1:1 and group)
DOCS.append({
    "id": "aa20", "producer": "html", "producer_desc": "HTML -> Chromium (Teams chat export, two columns)", "columns": 2,
    "blocks": [
        ("h", "Export Teams-chat: ‘Kernteam Wet open overheid’"),
        ("small", "Geëxporteerd 20-03-2025 via Microsoft Purview eDiscovery, zaak 2025-WOO-77"),
        ("lines", [
            f"<b>{p('Ayaan Xirsi Cabdulle', 'Xirsi Cabdulle, Ayaan')}</b> 10-03 09:01",
            f"Wie neemt de beantwoording van het verzoek van {k('RTL Nieuws', 'ORG')} op zich?",
            f"<b>{p('Wybren Hoogterp', 'Hoogterp, Wybren')}</b> 10-03 09:04",
            f"Ik, samen met {p('Djoeke Ypma', 'Djoeke')}. Het {k('Huis van Thorbecke', 'BUILDING')} heeft ook documenten.",
            f"<b>{p('Djoeke Ypma', 'Ypma, Djoeke')}</b> 10-03 09:10",
            f"Ok. Ik vraag {p('Xandra Oosterlaak-Bijl', 'Xandra')} om de mails uit {k('Outlook', 'PRODUCT')} te exporteren. Volgens {k('minister Uitermark', 'PUBLIC')} moet het voor de zomer af zijn.",
            f"<b>{p('Ayaan Xirsi Cabdulle', 'Xirsi Cabdulle, Ayaan')}</b> 10-03 09:12",
            f"Top. {p('Wybren Hoogterp', 'Wybren')}, denk aan de zienswijze van {k('Stichting Anne Frank Huis', 'ORG')}: die documenten gaan over de {k('Anne Frank Stichting', 'ORG')}-lezing.",
            f"<b>{p('Wybren Hoogterp', 'Hoogterp, Wybren')}</b> 10-03 09:30",
            f"Komt goed. {p('Ypma', 'Ypma')} belt ze, {p('Djoeke Ypma', 'Djoeke')} heeft contact via {t('06-49 03 82 16')}.",
            f"<b>{p('Djoeke Ypma', 'Ypma, Djoeke')}</b> 10-03 10:02",
            f"De {k('DPIA', 'ACRONYM')} van {k('Microsoft Purview', 'PRODUCT')} staat op {k('Rijksportaal', 'PRODUCT')}. {k('N.B.', 'LATIN')}: het {k('Kenniscentrum Woo', 'ORG')} heeft een nieuwe handreiking ({k('“Handreiking Woo-besluiten”', 'TITLE')}).",
            f"<b>{p('Zuhal Yıldırımoğlu', 'Yıldırımoğlu, Zuhal')}</b> 10-03 11:15",
            f"Ik neem {p('Djoeke Ypma', 'Ypma')} haar taken over vanaf 17 maart. Mail: {e('zuhal.yildirimoglu@minbzk.nl')}",
            f"<b>{p('Wybren Hoogterp', 'Hoogterp, Wybren')}</b> 10-03 11:20",
            f"Dank {p('Zuhal Yıldırımoğlu', 'Zuhal')}! Het {k('Thorbeckehuis', 'BUILDING')} (Zwolle) heeft ook gebeld.",
        ]),
    ],
})
