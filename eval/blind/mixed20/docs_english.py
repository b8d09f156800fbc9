"""English technical prose (ad14-ad17)."""
from framework import *  # noqa


def ad14():
    name = "ad14_pentest_report_english"
    b = [
        ("title", "Penetration Test Report - Omgevingsloket Koppelvlak (OLK) API Gateway"),
        ("small", "Client: Provincie Overijssel, team Informatievoorziening | Supplier: Hollandse Veste Security B.V. | "
                  "Classification: TLP:AMBER+STRICT | Version 1.2, 16 May 2025"),
        ("h", "1. Document control"),
        ("table", [["Role", "Name"],
                   ["Lead tester", "Kristóf Némethy-Borgart"],
                   ["Tester", "Ayaan Mohamud Xirsi (+31 6 24 80 17 39)"],
                   ["QA reviewer", "dr. ir. Sybren Wijbenga"],
                   ["Client CISO", "Noor el Ouazzani-Tebbens"],
                   ["Client product owner", "Gijs 'Giz' Hofstede-Amadi (06 11 73 29 54)"]], [0.35, 0.65]),
        ("p", "Contact supplier: k.nemethyborgart@hollandseveste.nl. Contact client: ciso@overijssel.nl "
              "(functional mailbox of the CISO office)."),
        ("h", "2. Executive Summary"),
        ("p", "Hollandse Veste Security performed a grey-box assessment of the OLK API Gateway between 22 April and "
              "9 May 2025, following the OWASP Web Security Testing Guide (WSTG v4.2) and the OWASP API Security Top 10 "
              "(2023). The gateway runs on Kong Gateway 3.6 in front of a Spring Boot microservice landscape deployed on "
              "Red Hat OpenShift, with authentication through Keycloak 24 (OpenID Connect, PKCE) and the DigiD and "
              "eHerkenning brokers of Logius. Overall risk is rated HIGH: we identified 2 critical, 3 high, 5 medium and "
              "4 low findings."),
        ("h", "3. Key Findings"),
        ("p", "<b>F-01 Broken Object Level Authorization (BOLA), CVSS 3.1 score 9.1.</b> The endpoint "
              "GET /api/v2/zaken/{zaakId}/documenten returns documents of other applicants when the zaakId is "
              "incremented. An attacker with any valid eHerkenning session can enumerate permit files. Root cause: the "
              "ZaakAuthorizationFilter only checks the JWT audience claim, not the BSN or KvK claim."),
        ("p", "<b>F-02 Server-Side Request Forgery (SSRF), CVSS 8.6.</b> The PDF Preview Service fetches remote URLs "
              "supplied in the 'sourceUrl' parameter without an allow-list, exposing the OpenShift metadata endpoint and "
              "the internal Elasticsearch cluster (port 9200)."),
        ("p", "<b>F-03 Outdated components.</b> Apache Tomcat 9.0.83 (CVE-2024-24549), Log4j is not in use; "
              "Jackson Databind 2.13.1 (CVE-2022-42003). <b>F-04</b> Missing rate limiting on the /token endpoint "
              "(credential stuffing). <b>F-05</b> Verbose stack traces (Whitelabel Error Page) reveal package names such "
              "as nl.overijssel.olk.core.ZaakDocumentService."),
        ("br",),
        ("h", "4. Methodology"),
        ("p", "Testing combined Burp Suite Professional 2024.12, OWASP ZAP, Nuclei templates, Postman collections supplied "
              "by the client and manual review of the OpenAPI 3.1 specification. Threat modelling followed STRIDE as "
              "described by Shostack (2014) and the attack-tree approach of Schneier (1999). Risk ratings use the "
              "OWASP Risk Rating Methodology; severity mapping follows the guidance of Nakamura-Oduya et al. (2021) on "
              "API-specific scoring. The Baseline Informatiebeveiliging Overheid (BIO) controls 9.4.1 and 14.2.5 were "
              "used as the normative frame. Results were shared with the Nationaal Cyber Security Centrum (NCSC) "
              "under the Coordinated Vulnerability Disclosure (CVD) policy."),
        ("h", "5. Recommendations"),
        ("p", "Implement object-level authorization in a central Policy Decision Point (Open Policy Agent), introduce an "
              "egress allow-list for the PDF Preview Service, upgrade Tomcat and Jackson, enable Kong's Rate Limiting "
              "Advanced plugin and replace stack traces by RFC 9457 Problem Details. A retest is planned for June 2025."),
        ("small", "Management response (Dutch): Gedeputeerde Harold Zoet (Digitalisering) is op 19 mei geïnformeerd. "
                  "Noor en Giz plannen de hersteltest; contact via informatiebeveiliging@overijssel.nl."),
    ]
    def build(out):
        render_reportlab(b, out, title="Pentest OLK API Gateway v1.2", author="Kristóf Némethy-Borgart", columns=2, fontsize=9.8,
                         header="TLP:AMBER+STRICT - Hollandse Veste Security - Provincie Overijssel", footer="HVS-2025-047 OLK API Gateway")
        post(out, info={"Author": "Kristóf Némethy-Borgart", "Title": "Pentest OLK API Gateway v1.2"},
             links=[(0, (60, 640, 250, 652), "mailto:k.nemethyborgart@hollandseveste.nl")])
    redact = [
        R("PERSON", "Kristóf Némethy-Borgart", "Kristóf Némethy-Borgart", P("Kristóf Némethy-Borgart", ch="metadata")),
        R("EMAIL", "k.nemethyborgart@hollandseveste.nl", "k.nemethyborgart@hollandseveste.nl", P("mailto:k.nemethyborgart@hollandseveste.nl", ch="annotations")),
        R("PERSON", "Ayaan Mohamud Xirsi", "Ayaan Mohamud Xirsi"), R("PHONE", "+31 6 24 80 17 39", "+31 6 24 80 17 39"),
        R("PERSON", "Sybren Wijbenga", "Sybren Wijbenga"),
        R("PERSON", "Noor el Ouazzani-Tebbens", "Noor el Ouazzani-Tebbens", "Noor"),
        R("PERSON", "Gijs 'Giz' Hofstede-Amadi", "Gijs", "Giz", "Hofstede-Amadi"), R("PHONE", "06 11 73 29 54", "06 11 73 29 54"),
    ]
    keep = [
        K("PRODUCT", "Omgevingsloket Koppelvlak"), K("ORG", "Provincie Overijssel"), K("ORG", "Hollandse Veste Security B.V."),
        K("TERM", "TLP:AMBER+STRICT"), K("MAILBOX", "ciso@overijssel.nl"), K("TERM", "Executive Summary"), K("TERM", "Key Findings"),
        K("STANDARD", "OWASP Web Security Testing Guide"), K("STANDARD", "OWASP API Security Top 10"), K("PRODUCT", "Kong Gateway 3.6"),
        K("PRODUCT", "Spring Boot"), K("PRODUCT", "Red Hat OpenShift"), K("PRODUCT", "Keycloak 24"), K("TERM", "OpenID Connect"),
        K("TERM", "PKCE"), K("PRODUCT", "DigiD"), K("PRODUCT", "eHerkenning"), K("ORG", "Logius"), K("TERM", "HIGH"),
        K("TERM", "Broken Object Level Authorization"), K("TERM", "BOLA"), K("TERM", "CVSS 3.1"), K("CODE", "ZaakAuthorizationFilter"),
        K("TERM", "JWT"), K("TERM", "Server-Side Request Forgery"), K("TERM", "SSRF"), K("PRODUCT", "PDF Preview Service"),
        K("PRODUCT", "Elasticsearch"), K("PRODUCT", "Apache Tomcat 9.0.83"), K("CODE", "CVE-2024-24549"), K("PRODUCT", "Log4j"),
        K("PRODUCT", "Jackson Databind 2.13.1"), K("CODE", "CVE-2022-42003"), K("TERM", "Whitelabel Error Page"),
        K("CODE", "nl.overijssel.olk.core.ZaakDocumentService"), K("PRODUCT", "Burp Suite Professional"), K("PRODUCT", "OWASP ZAP"),
        K("PRODUCT", "Nuclei"), K("PRODUCT", "Postman"), K("STANDARD", "OpenAPI 3.1"), K("TERM", "STRIDE"),
        K("AUTHOR", "Shostack (2014)"), K("AUTHOR", "Schneier (1999)"), K("AUTHOR", "Nakamura-Oduya et al. (2021)"),
        K("STANDARD", "Baseline Informatiebeveiliging Overheid"), K("ORG", "Nationaal Cyber Security Centrum"), K("ORG", "NCSC"),
        K("TERM", "Coordinated Vulnerability Disclosure"), K("TERM", "Policy Decision Point"), K("PRODUCT", "Open Policy Agent"),
        K("STANDARD", "RFC 9457"), K("OFFICE_HOLDER", "Gedeputeerde Harold Zoet", "Harold Zoet"),
        K("MAILBOX", "informatiebeveiliging@overijssel.nl"), K("ROLE", "Lead tester"), K("ROLE", "QA reviewer"),
    ]
    return name, build, redact, keep


def ad15():
    name = "ad15_eu_deliverable_draft"
    b = [
        ("title", "D3.2 - Pilot Evaluation Report: Digital Twin for Flood Resilience (DRAFT v0.7)"),
        ("kv", [("Project", "TWINRIVER - Horizon Europe Grant Agreement No 101137284, Cluster 6"),
                ("Work Package", "WP3 - Pilots and Validation (lead: Rijkswaterstaat)"),
                ("Dissemination level", "SEN - Sensitive, limited under the conditions of the Grant Agreement"),
                ("Authors", "Margriet Oldenkamp-Sijtsma (RWS WVL), Dr. Ioana Petrescu-Dijkhuis (Deltares), "
                            "Lukas Brandstätter (Universität für Bodenkultur Wien), Ama Serwaa Boateng-Rietveld (RWS CIV)"),
                ("Internal reviewer", "Pieter 'Piet' Hanekamp (HKV Lijn in Water)"),
                ("EC Project Officer", "Ms Chiara Bellandini-Roux, HaDEA")]),
        ("h", "Executive Summary"),
        ("p", "This deliverable reports on the evaluation of the TWINRIVER Digital Twin in three pilot areas: the IJssel "
              "Delta (NL), the Lower Danube near Galați (RO) and the Inn valley (AT). The Digital Twin couples the "
              "hydrodynamic model D-HYDRO Suite 1D2D with real-time sensor data streamed through Apache Kafka and "
              "FIWARE Context Broker (Orion-LD), and exposes scenarios to operators through a Cesium-based 3D viewer. "
              "Forecast skill was assessed with the Nash-Sutcliffe Efficiency (NSE) and the Continuous Ranked "
              "Probability Score (CRPS) against the operational system Delft-FEWS."),
        ("h", "1. Methodology"),
        ("p", "Evaluation followed the Technology Readiness Level (TRL) framework of the European Commission and the "
              "co-creation approach of Voorberg et al. (2015). User acceptance was measured with the System Usability "
              "Scale (SUS) of Brooke (1996) in 14 workshops with 87 participants from water authorities, safety regions "
              "and municipalities. Interview data were coded in ATLAS.ti 24. Data management follows the FAIR principles "
              "(Wilkinson et al., 2016) and the project's Data Management Plan (D8.1)."),
        ("h", "2. Results"),
        ("table", [["Pilot", "NSE (48 h)", "CRPS", "SUS", "TRL reached"],
                   ["IJssel Delta", "0.91", "0.18", "78", "TRL 7"],
                   ["Lower Danube", "0.84", "0.27", "69", "TRL 6"],
                   ["Inn valley", "0.88", "0.22", "74", "TRL 6"]], [0.3, 0.15, 0.15, 0.15, 0.25]),
        ("p", "In the IJssel Delta pilot, operators of Waterschap Drents Overijsselse Delta and Veiligheidsregio IJsselland "
              "used the Digital Twin during the high-water event of January 2025. The duty officer in Zwolle reported that "
              "the probabilistic inundation maps supported the decision to close the Ramspol storm surge barrier earlier."),
        ("h", "3. Lessons learned and Next Steps"),
        ("p", "Interoperability with the INSPIRE data specifications and the OGC SensorThings API proved essential. "
              "Governance questions remain about liability when forecasts derived from a Digital Twin inform evacuation "
              "decisions. The Deltacommissaris, Co Verdaas, was briefed on 12 March 2025; the results will be presented "
              "at the EU Mission Adaptation to Climate Change Forum."),
        ("br",),
        ("h", "Annex A - Workshop log (internal, not for publication)"),
        ("table", [["Date", "Location", "Facilitator", "Notes"],
                   ["14-01-2025", "Zwolle", "M. Oldenkamp-Sijtsma", "Duty officer Hennie Stoffelsma (WDODelta) asked for SMS alerts"],
                   ["05-02-2025", "Galați", "I. Petrescu-Dijkhuis", "Translation by Mr Radu Cojocaru-Ene, +40 742 118 903"],
                   ["19-02-2025", "Innsbruck", "L. Brandstätter", "Feedback Land Tirol, Ms Verena Obexer-Pichler"],
                   ["11-03-2025", "Lelystad", "A.S. Boateng-Rietveld", "Ama ill; replaced by Piet"]], [0.14, 0.14, 0.24, 0.48]),
        ("p", "Comments on this draft to twinriver-pmo@rws.nl before 30 June 2025. For questions about the pilots contact "
              "Margriet (margriet.oldenkamp@rws.nl, 06 52 19 83 40)."),
    ]
    comments = [("Deltacommissaris", "Oldenkamp-Sijtsma, Margriet", "MOS", "Check with Ioana whether we can name the Deltacommissaris here."),
                ("Ramspol storm surge", "Hanekamp, Piet", "PH", "Source? Hennie said this in the workshop, not in writing.")]
    def build(out):
        render_docx(b, out, name, author="Oldenkamp-Sijtsma, M.", comments=comments, notes_in_margin=True,
                    header="TWINRIVER D3.2 - DRAFT - SEN", footer="This project has received funding from the European Union's Horizon Europe programme under Grant Agreement No 101137284.")
    redact = [
        R("PERSON", "Margriet Oldenkamp-Sijtsma", "Margriet Oldenkamp-Sijtsma", "M. Oldenkamp-Sijtsma", "Margriet", "~margriet.oldenkamp"),
        R("EMAIL", "margriet.oldenkamp@rws.nl", "margriet.oldenkamp@rws.nl"), R("PHONE", "06 52 19 83 40", "06 52 19 83 40"),
        R("PERSON", "Ioana Petrescu-Dijkhuis", "Ioana Petrescu-Dijkhuis", "I. Petrescu-Dijkhuis", P("Ioana", ch="annotations")),
        R("PERSON", "Lukas Brandstätter", "Lukas Brandstätter", "L. Brandstätter"),
        R("PERSON", "Ama Serwaa Boateng-Rietveld", "Ama Serwaa Boateng-Rietveld", "A.S. Boateng-Rietveld", "Ama"),
        R("PERSON", "Pieter 'Piet' Hanekamp", "Pieter", "Piet", "Hanekamp"),
        R("PERSON", "Chiara Bellandini-Roux", "Chiara Bellandini-Roux"),
        R("PERSON", "Hennie Stoffelsma", "Hennie Stoffelsma", P("Hennie", ch="annotations")),
        R("PERSON", "Radu Cojocaru-Ene", "Radu Cojocaru-Ene"), R("PHONE", "+40 742 118 903", "+40 742 118 903"),
        R("PERSON", "Verena Obexer-Pichler", "Verena Obexer-Pichler"),
        R("HEALTH", "Ama ill", "ill"),
    ]
    keep = [
        K("PROJECT", "TWINRIVER"), K("PROGRAMME", "Horizon Europe"), K("CODE", "Grant Agreement No 101137284"), K("ORG", "Rijkswaterstaat"),
        K("TERM", "Work Package"), K("ORG", "Deltares"), K("ORG", "Universität für Bodenkultur Wien"), K("ORG", "HKV Lijn in Water"),
        K("ORG", "HaDEA"), K("TERM", "Executive Summary"), K("TERM", "Digital Twin"), K("PLACE", "IJssel Delta"), K("PLACE", "Lower Danube"),
        K("PLACE", "Galați"), K("PLACE", "Inn valley"), K("PRODUCT", "D-HYDRO Suite 1D2D"), K("PRODUCT", "Apache Kafka"),
        K("PRODUCT", "FIWARE Context Broker"), K("PRODUCT", "Orion-LD"), K("PRODUCT", "Cesium"), K("TERM", "Nash-Sutcliffe Efficiency"),
        K("TERM", "Continuous Ranked Probability Score"), K("PRODUCT", "Delft-FEWS"), K("TERM", "Technology Readiness Level"),
        K("ORG", "European Commission"), K("AUTHOR", "Voorberg et al. (2015)"), K("TERM", "System Usability Scale"), K("AUTHOR", "Brooke (1996)"),
        K("PRODUCT", "ATLAS.ti 24"), K("TERM", "FAIR principles"), K("AUTHOR", "Wilkinson et al., 2016"),
        K("ORG", "Waterschap Drents Overijsselse Delta"), K("ORG", "Veiligheidsregio IJsselland"), K("PLACE", "Zwolle"),
        K("PLACE", "Ramspol"), K("STANDARD", "INSPIRE"), K("STANDARD", "OGC SensorThings API"),
        K("OFFICE_HOLDER", "Deltacommissaris Co Verdaas", "Co Verdaas"), K("PROGRAMME", "EU Mission Adaptation to Climate Change"),
        K("MAILBOX", "twinriver-pmo@rws.nl"), K("ORG", "Land Tirol"), K("PLACE", "Innsbruck"), K("PLACE", "Lelystad"),
        K("TERM", "Lessons learned and Next Steps"), K("ROLE", "EC Project Officer"), K("ROLE", "Duty officer"),
    ]
    return name, build, redact, keep


def ad16():
    name = "ad16_datamodel_specificatie"
    body = [
        ("title", "Informatiemodel Woo-publicaties (IMWOO) - Logical Data Model, version 0.9"),
        ("small", "Published by: Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (BZK), programma Open Overheid, in "
                  "cooperation with KOOP and Geonovum. Status: consultation draft. Feedback: imwoo@minbzk.nl"),
        ("h", "Version history"),
        ("table", [["Version", "Date", "Author", "Change"],
                   ["0.5", "2024-10-02", "Tjalling Oostenbrug-Wiarda", "Initial classes from DiWoo 0.9.8"],
                   ["0.7", "2025-01-20", "S. Rampersad-Koenders", "Added InformatieCategorie enumeration (TOOI)"],
                   ["0.8", "2025-03-11", "Tjalling O.", "Review comments Geonovum (Barend 'Bart' ten Hoopen)"],
                   ["0.9", "2025-05-28", "Sunita Rampersad-Koenders", "Aligned with MIM 1.2, UML export from Enterprise Architect"]],
         [0.1, 0.14, 0.3, 0.46]),
        ("h", "1. Scope"),
        ("p", "This Logical Data Model describes the objects that a Woo publication platform exchanges with "
              "open.overheid.nl. It follows the Metamodel Informatiemodellering (MIM) level 3 and reuses concepts from "
              "the Gemeenschappelijk Gegevenswoordenboek. Class names are written in UpperCamelCase, attributes in "
              "lowerCamelCase. The model is published under the CC0 1.0 Universal licence on GitHub "
              "(github.com/open-overheid/imwoo) and rendered with the open-source tools ReSpec and Mermaid."),
        ("h", "2. Classes"),
        ("table", [["Class", "Attribute", "Type", "Card.", "Definition"],
                   ["PublicatieDocument", "officieleTitel", "CharacterString", "1", "Official title as shown on the platform"],
                   ["PublicatieDocument", "informatieCategorie", "InformatieCategorie", "1..*", "Woo art. 3.3 category (TOOI value list)"],
                   ["PublicatieDocument", "documentHandeling", "DocumentHandeling", "1..*", "Kind (ontvangst, vaststelling) with atTime"],
                   ["DocumentHandeling", "atTime", "DateTime", "1", "ISO 8601 date-time; a bare date is invalid"],
                   ["Verantwoordelijke", "organisatieCode", "TOOIOrganisatie", "1", "e.g. gm0363, mnre1034"],
                   ["Beoordeling", "weigeringsgrond", "WooGrond", "0..*", "e.g. 5.1.2e, 5.1.1c"],
                   ["Zaak", "zaakIdentificatie", "CharacterString", "1", "Links to ZGW Zaken API (VNG Realisatie)"],
                   ["Inventarisregel", "familieId", "CharacterString", "0..1", "E-mail and attachments form one family"]],
         [0.2, 0.19, 0.18, 0.08, 0.35]),
        ("h", "3. Design decisions"),
        ("p", "Personal data is not modelled as attributes: the NatuurlijkPersoon class from the RSGB is deliberately "
              "excluded. A PublicatieDocument refers to its Verantwoordelijke organisation only. Redaction metadata "
              "(RedactieAnnotatie with bbox, pageNumber, grond) is modelled as an optional extension so that tools such as "
              "woo-redact-compatible software or the open-source Presidio framework of Microsoft can exchange results. "
              "The JSON Schema (draft 2020-12) and SHACL shapes are generated from the UML model with the ShapeChange "
              "tool, as proposed by Portele and Echterhoff (2019)."),
        ("p", "Example (fictitious data):"),
        ("pre", '{\n  "@type": "PublicatieDocument",\n  "officieleTitel": "Besluit op Woo-verzoek over windpark Zeewolde",\n'
                '  "informatieCategorie": ["c_3baef532"],\n  "verantwoordelijke": {"organisatieCode": "gm0050"},\n'
                '  "documentHandeling": [{"soort": "vaststelling", "atTime": "2025-05-12T10:00:00+02:00"}]\n}'),
        ("h", "4. Open issues"),
        ("p", "Issue #41 (raised by Bart): should the Woo inventory (Inventarisregel) carry the afzender and ontvanger "
              "columns? Many review tools export them; BZK legal advice (mr. Carolien IJzerman-Fofanah, 070 426 72 91) is "
              "that names of civil servants must then be pseudonymised. Issue #44 (raised by Sunita): alignment with the "
              "EU Data Act and DCAT-AP-NL 3.0."),
        ("small", "Staatssecretaris Digitalisering en Koninkrijksrelaties Zsolt Szabó has announced the standard in the "
                  "Kamerbrief 'Voortgang Open Overheid'. Contact: imwoo@minbzk.nl."),
    ]
    def build(out):
        render_chromium(blocks_to_html(body), out, name)
        post(out, info={"Author": "Sunita Rampersad-Koenders", "Title": "IMWOO Logical Data Model 0.9"},
             outline=[("Version history (Oostenbrug-Wiarda, Rampersad-Koenders)", 0), ("Classes", 0)])
    redact = [
        R("PERSON", "Tjalling Oostenbrug-Wiarda", "Tjalling Oostenbrug-Wiarda", "Tjalling O.", P("Oostenbrug-Wiarda", ch="outline")),
        R("PERSON", "Sunita Rampersad-Koenders", "Sunita Rampersad-Koenders", "S. Rampersad-Koenders", "Sunita", P("Sunita Rampersad-Koenders", ch="metadata")),
        R("PERSON", "Barend 'Bart' ten Hoopen", "Barend", "Bart", "ten Hoopen"),
        R("PERSON", "Carolien IJzerman-Fofanah", "Carolien IJzerman-Fofanah"), R("PHONE", "070 426 72 91", "070 426 72 91"),
    ]
    keep = [
        K("ORG", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"), K("ORG", "BZK"), K("PROGRAMME", "Open Overheid"),
        K("ORG", "KOOP"), K("ORG", "Geonovum"), K("MAILBOX", "imwoo@minbzk.nl"), K("TERM", "Logical Data Model"),
        K("STANDARD", "DiWoo 0.9.8"), K("CODE", "InformatieCategorie"), K("STANDARD", "TOOI"), K("STANDARD", "MIM 1.2"),
        K("PRODUCT", "Enterprise Architect"), K("TERM", "open.overheid.nl"), K("STANDARD", "Metamodel Informatiemodellering"),
        K("STANDARD", "Gemeenschappelijk Gegevenswoordenboek"), K("TERM", "UpperCamelCase"), K("TERM", "lowerCamelCase"),
        K("TERM", "CC0 1.0 Universal"), K("PRODUCT", "GitHub"), K("PRODUCT", "ReSpec"), K("PRODUCT", "Mermaid"),
        K("CODE", "PublicatieDocument"), K("CODE", "officieleTitel"), K("CODE", "DocumentHandeling"), K("CODE", "atTime"),
        K("CODE", "Verantwoordelijke"), K("CODE", "TOOIOrganisatie"), K("CODE", "WooGrond"), K("CODE", "zaakIdentificatie"),
        K("PRODUCT", "ZGW Zaken API"), K("ORG", "VNG Realisatie"), K("CODE", "Inventarisregel"), K("CODE", "NatuurlijkPersoon"),
        K("STANDARD", "RSGB"), K("CODE", "RedactieAnnotatie"), K("PRODUCT", "Presidio"), K("ORG", "Microsoft"),
        K("STANDARD", "JSON Schema"), K("STANDARD", "SHACL"), K("PRODUCT", "ShapeChange"), K("AUTHOR", "Portele and Echterhoff (2019)"),
        K("PLACE", "windpark Zeewolde"), K("LAW", "EU Data Act"), K("STANDARD", "DCAT-AP-NL 3.0"),
        K("OFFICE_HOLDER", "Staatssecretaris Zsolt Szabó", "Zsolt Szabó"), K("CODE", "5.1.2e"),
    ]
    return name, build, redact, keep


def ad17():
    name = "ad17_jira_ticket_print"
    body = [
        ("raw", "<div style='background:#0747a6;color:#fff;padding:4px 8px;font-size:9pt'>Jira Software | project WOOPLAT (Woo-platform Rijk) | "
                "jira.rijksplatform.nl</div>"),
        ("title", "WOOPLAT-2291: Bulk upload fails for PDF/A-2b files with embedded OCR layer"),
        ("kv", [("Type / Priority", "Bug / Major"), ("Status", "IN REVIEW"), ("Component", "ingest-service, pdf-normaliser"),
                ("Reporter", "Ricardo Lispier-Doran"), ("Assignee", "Wei-Ling Tan-Verbrugge"),
                ("Watchers", "Ricardo Lispier-Doran, Wei-Ling Tan-Verbrugge, Hamid Sultani-Dekker, functional: woo-platform@minezk.nl"),
                ("Labels", "pdfa, ocr, hotfix-candidate"), ("Sprint", "Sprint 2025-11 (Team Marlijn)"),
                ("Created / Updated", "03/Jun/25 09:12 / 11/Jun/25 16:40")]),
        ("h", "Description"),
        ("p", "When a Woo team uploads a batch of more than 40 PDF/A-2b files that carry an invisible OCR text layer "
              "(Text Render Mode 3, produced by ABBYY FineReader Server 14), the ingest-service throws "
              "<code>java.lang.IllegalStateException: Invalid xref stream</code> in PdfNormaliserWorker. The files are "
              "valid according to veraPDF 1.26. Steps to reproduce: (1) log in as Publicatiemedewerker; (2) upload "
              "the attached set 'EZK-batch-17.zip'; (3) observe HTTP 500 in the Upload Wizard."),
        ("h", "Environment"),
        ("pre", "ingest-service 4.12.3 (Quarkus 3.8, Java 21)\npdf-normaliser 2.4.0 (Apache PDFBox 3.0.2, qpdf 11.9.0)\n"
                "Kubernetes namespace wooplat-acc, node pool np-ocr-02\nBrowser: Microsoft Edge 125, Windows 11 Enterprise (Rijkswerkplek)"),
        ("h", "Activity"),
        ("p", "<b>Ricardo Lispier-Doran</b> - 03/Jun/25 09:20: Reproduced on ACC. @Wei-Ling can you take a look? The "
              "EZK Woo team (contact: Femmie) is blocked for the Kamerbrief deadline on Friday."),
        ("p", "<b>Wei-Ling Tan-Verbrugge</b> - 05/Jun/25 14:02: Root cause: PDFBox's lenient parser rebuilds the xref table "
              "but the OCR layer uses object streams that are referenced before they are defined. Workaround: run "
              "<code>qpdf --object-streams=generate</code> before normalisation. PR #1187 opened on GitLab."),
        ("p", "<b>Hamid Sultani-Dekker</b> - 10/Jun/25 11:31: Code review done, two remarks on the retry policy "
              "(Resilience4j). Also: please do not paste the sample documents in Jira, they contain unredacted names. "
              "I removed the attachment 'Mail_Femmie_van_Stralen.msg'. For the security review, ping me on 06 48 27 11 90."),
        ("p", "<b>Wei-Ling Tan-Verbrugge</b> - 11/Jun/25 16:40: Remarks fixed. Hotfix planned for release 4.12.4 on the "
              "Change Advisory Board (CAB) of 13 June. Product owner Marlijn Ezzahraoui-Brouwer agreed."),
        ("small", "Printed from Jira Software Data Center 9.12 by rlispierdoran on 12/Jun/25 08:55. Contact Servicedesk "
                  "Rijksplatform: servicedesk@rijksplatform.nl, 070 888 71 00."),
    ]
    def build(out):
        render_chromium(blocks_to_html(body, css="code{font-family:'DejaVu Sans Mono';font-size:8pt}"), out, name)
        post(out, info={"Author": "rlispierdoran", "Title": "[WOOPLAT-2291] Bulk upload fails"},
             links=[(0, (50, 500, 300, 512), "mailto:w.tanverbrugge@minezk.nl")])
    redact = [
        R("PERSON", "Ricardo Lispier-Doran", "Ricardo Lispier-Doran", "rlispierdoran", P("rlispierdoran", ch="metadata")),
        R("PERSON", "Wei-Ling Tan-Verbrugge", "Wei-Ling Tan-Verbrugge", "Wei-Ling", P("mailto:w.tanverbrugge@minezk.nl", ch="annotations")),
        R("PERSON", "Hamid Sultani-Dekker", "Hamid Sultani-Dekker"),
        R("PERSON", "Marlijn Ezzahraoui-Brouwer", "Marlijn Ezzahraoui-Brouwer", "Marlijn"),
        R("PERSON", "Femmie van Stralen", "Femmie", "~Femmie_van_Stralen"),
        R("PHONE", "06 48 27 11 90", "06 48 27 11 90"),
    ]
    keep = [
        K("PRODUCT", "Jira Software"), K("CODE", "WOOPLAT-2291"), K("TERM", "PDF/A-2b"), K("PRODUCT", "ABBYY FineReader Server 14"),
        K("CODE", "java.lang.IllegalStateException"), K("CODE", "PdfNormaliserWorker"), K("PRODUCT", "veraPDF 1.26"),
        K("ROLE", "Publicatiemedewerker"), K("PRODUCT", "Upload Wizard"), K("PRODUCT", "Quarkus 3.8"), K("PRODUCT", "Apache PDFBox 3.0.2"),
        K("PRODUCT", "qpdf 11.9.0"), K("PRODUCT", "Kubernetes"), K("PRODUCT", "Microsoft Edge 125"), K("PRODUCT", "Windows 11 Enterprise"),
        K("PRODUCT", "Rijkswerkplek"), K("ORG", "EZK"), K("PRODUCT", "GitLab"), K("PRODUCT", "Resilience4j"),
        K("TERM", "Change Advisory Board"), K("MAILBOX", "woo-platform@minezk.nl"), K("MAILBOX", "servicedesk@rijksplatform.nl"),
        K("PHONE_SWITCH", "070 888 71 00"), K("TERM", "Text Render Mode 3"), K("TERM", "IN REVIEW"), K("TERM", "Description"),
        K("TERM", "Environment"), K("TERM", "Activity"), K("ROLE", "Product owner"),
    ]
    return name, build, redact, keep


MODULE_DOCS = [ad14, ad15, ad16, ad17]
