"""Terms that must stay readable. Each is probed (word-anchored) in every document where it occurs;
occurrences inside a redact span (e.g. the place Valkenburg inside the surname of Lotte Valkenburg) are
not counted in `after`."""

KEEP = {
    "ORG": """VWS|BZK|DGO|RIVM|GGD|IND|AP|ProRail|Rijkswaterstaat|Albert Heijn|Logius|RVO|DUO|UWV|SVB|CIBG
Belastingdienst|Autoriteit Persoonsgegevens|Tweede Kamer|Eerste Kamer|Raad van State|VNG|NCTV|CBS|COA|KPN|NS|Kadaster
OCW|IenW|JenV|SZW|LVVN|EZ|AZ|Financiën|BuZa|Defensie|Team Noord|Team Zuid|Directie Openbaar Bestuur|DGDOO
Directie Digitale Samenleving|Directie Communicatie|SSC-ICT|DICTU|Gemeente Amsterdam|gemeente Amsterdam|GGD Hollands Midden
Europese Commissie|European Commission|Microsoft|Google|Politie|Nationale Politie|ICTU|Veiligheidsregio Zuid-Limburg
Veiligheidsberaad|Kiesraad|Ministerie van Binnenlandse Zaken en Koninkrijksrelaties|Ministerie van Volksgezondheid, Welzijn en Sport
Ministerie van Onderwijs, Cultuur en Wetenschap|Ministerie van Infrastructuur en Waterstaat|Ministerie van Justitie en Veiligheid
Ministerie van Economische Zaken|Ministerie van Financiën|Ministerie van Sociale Zaken en Werkgelegenheid|DG Mobiliteit
Directie Woo|Rijksvastgoedbedrijf|Brightlane|Softwarehuis Noord|Deltaplan Advies|Staatstoezicht op de Mijnen|NVWA|Inspectie|NOS|Apple|Inspectie der Rijksfinanciën""",
    "PLACE": """Den Haag|Utrecht|Amsterdam|Rotterdam|Zwolle|Valkenburg|Doesburg|Groningen|Maastricht|Leeuwarden|Haarlem
Zaandam|Dordrecht|Breda|Leidschendam|Moerdijkbrug|Heerlen|Almere|Lelystad|Apeldoorn|Limburg|Brussel|Brussels|Nijmegen|Arnhem|Eindhoven|Delft|Leiden|Amersfoort|Bilthoven
Assen|Venlo|Roermond|Schiphol|Stockholm|Lissabon|Zuid-Holland|Gouda|Alphen aan den Rijn|Katwijk|Meerssen|Gulpen
Turfmarkt 147|2511 DP|Postbus 20011|Parnassusplein 5|2511 VX|Postbus 20350|Rijnstraat 50|Rijnstraat 8|2515 XP
Bezuidenhoutseweg 73|2594 AC|Korte Voorhout 7|2511 CW|Postbus 20901|Postbus 20301|Postbus 16375|Postbus 90801|Antonie van Leeuwenhoeklaan 9
Hoog Catharijne|Stationsplein|Binnenhof|Hoftoren|Zeeland|Noord-Holland|Flevoland|Drenthe|Friesland""",
    "OFFICIAL": """Hoekstra|Omtzigt|Halsema|Van Ooijen|Keijzer|Uitermark|Agema|Szabó|Karremans|Schoof|Van der Plas
Bontenbal|Dijksma|Van Zanen|Aboutaleb|Yeşilgöz|Timmermans|Kuipers|Bruins Slot|Van Huffelen|De Jonge|Jansen|Faber
Madlener|Heinen|Veldkamp|Brekelmans|Van Weel|Tielen|Struycken|Van Marum|Wiersma|Bruins|Jetten|Dassen|Bikker|Wilders
Klaver|Remkes|Rutte|Van Hijum|Beljaarts|Coenradie|Nobel|Palmen|Mona Keijzer|Femke Halsema|Pieter Omtzigt""",
    "PRODUCT": """Microsoft Teams|Teams|Outlook|Google Play|App Store|WhatsApp|Signal|SharePoint|TOPdesk|CoronaMelder|DigiD
MijnOverheid|Excel|Windows 11|Citrix|Webex|Zoom|iPhone|Android|Azure|Jira|Confluence|Rijksportaal|Intune|eHerkenning
Berichtenbox|GitLab|Power BI|Mijn RVO|Vecozo""",
    "TERM": """Zero Trust Security|Zero Trust|Service Desk|Requirements|Cheat Sheet|Bluetooth Low Energy|Release Notes|Go Live
Proof of Concept|Single Sign-On|Change Advisory Board|Pull Request|Multi Factor Authentication|Business Case|Wet open overheid
Woo|Woo-verzoek|AVG|Kamervragen|Kamerbrief|Ministerraad|Bewindspersonenoverleg|Sprint Review|Backlog|Stand-up|Release
Hotfix|Regiegroep Digitale Overheid|MT-overleg|Voorjaarsnota|Prinsjesdag|commissiedebat|Commissiedebat|Rondetafelgesprek
beslisnota|Beslisnota|DPIA|Baseline Informatiebeveiliging Overheid|BIO|VPN|API|Landelijk Crisis Management|ICCb
Crisisteam|Subsidieregeling|SPUK|Incident Management|Acceptance Test|User Acceptance Test|Hypercare|Roadmap|Wob
Dienstverleningsovereenkomst|Service Level Agreement|Kick-off|Kick-off|Lessons Learned|Q&A|Factsheet|woordvoeringslijn""",
    "TITLE": """beleidsmedewerker|senior beleidsmedewerker|projectleider|afdelingshoofd|directeur|plaatsvervangend directeur
woordvoerder|Product Owner|Scrum Master|coördinator|teamleider|programmamanager|jurist|adviseur|Information Manager|CISO
informatiemanager|Senior beleidsmedewerker|Beleidsmedewerker|Projectleider|Afdelingshoofd|Directeur|Woordvoerder|Teamleider
Programmamanager|Jurist|Adviseur|Senior adviseur|senior adviseur|Policy Officer|Head of Unit|Coördinator|secretaris-generaal
directeur-generaal|Strategisch adviseur|Accountmanager|accountmanager|Servicemanager|Architect|Security Officer|Data Protection Officer
functionaris gegevensbescherming|Functionaris Gegevensbescherming|Secretaris|secretaris|Voorzitter|voorzitter|Notulist""",
    "SERVICE_NUMBER": """0800-8051|0800 8051|0900-8844|14 070|070 456 0000|1400|0800-1351|088 042 4242|0900-1234567|070 340 7911
070 412 3456|14 020|070 370 7911|070 379 8911|070 342 8000|070 333 4444|088 789 0000|0800-0543|030 274 9111""",
    "FUNCTIONAL_EMAIL": """woo@minvws.nl|info@rvo.nl|servicedesk@minbzk.nl|subsidies@minocw.nl|woo-verzoeken@minbzk.nl
pers@minienw.nl|info@rijksoverheid.nl|secretariaat.dgo@minbzk.nl|helpdesk@logius.nl|klantcontact@ind.nl|crisisteam@ggd-hollandsmidden.nl
postbus.kamervragen@minvws.nl|noreply@teams.microsoft.com|servicedesk@ssc-ict.nl|frontoffice@rws.nl|privacy@minbzk.nl
communicatie@prorail.nl|woo@minienw.nl|secretariaat.dgdoo@minbzk.nl|info@softwarehuis-noord.nl|support@brightlane.eu
klachten@rvo.nl|bezwaar@minbzk.nl|dpo@minbzk.nl|team-noord@minbzk.nl|ministerraad@minaz.nl""",
}


def keep_terms():
    out = []
    for kind, blob in KEEP.items():
        sep = "|" if "|" in blob else None
        items = []
        for line in blob.split("\n"):
            items += [x.strip() for x in line.split("|")]
        for t in dict.fromkeys(i for i in items if i):
            out.append((kind, t))
    return out
