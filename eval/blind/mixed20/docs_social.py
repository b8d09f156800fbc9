"""Social domain, subsidies, forms, English incident/EU, scans (ad25-ad33)."""
from framework import *  # noqa


def ad25():
    name = "ad25_wmo_keukentafelgesprek"
    b = [
        ("title", "Gespreksverslag Wmo - keukentafelgesprek"),
        ("kv", [("Cliënt", "mevrouw Siti Rahayu Wiryosoedarmo-Ten Brink, geboren 03-09-1946, BSN 207 644 193"),
                ("Adres", "Lasondersingel 141, 7514 BR Enschede"),
                ("Aanwezig", "cliënt; dochter Kartini (Tini) ten Brink (mantelzorger, 06 43 80 19 27); "
                             "Wmo-consulent Roos Haverkate-Mensah"),
                ("Huisarts", "Huisartsenpraktijk Pathmos, dokter G.J. Roerdink-Alting"),
                ("Datum", "22 mei 2025"), ("Zaaknummer", "WMO-2025-03391")]),
        ("h", "Hulpvraag"),
        ("p", "Mevrouw Wiryosoedarmo-Ten Brink (78) woont alleen sinds het overlijden van haar echtgenoot in 2023. Zij "
              "heeft diabetes type 2 en sinds de heupoperatie van februari 2025 moeite met traplopen en met het "
              "huishouden. Tini komt drie keer per week langs vanuit Hengelo, maar kan dat niet volhouden naast "
              "haar werk. De buurvrouw, mevrouw Hennie Koning, doet de boodschappen."),
        ("h", "Afspraken en advies"),
        ("p", "1. Huishoudelijke ondersteuning, 2,5 uur per week, via zorgaanbieder Livio (categorie HO2). "
              "2. Een trapliftonderzoek door een ergotherapeut van Ergotherapie Twente. 3. Mantelzorgondersteuning "
              "voor Tini via Alifa (Steunpunt Mantelzorg Enschede). 4. De cliënt is gewezen op de Wijkwinkel aan de "
              "Burgemeester de Withstraat 2 en op het programma Langer Thuis van het Rijk."),
        ("p", "Mevrouw heeft een eigen bijdrage (abonnementstarief € 21,80 per maand) via het CAK. Zij wil de beschikking "
              "per post ontvangen, niet via MijnOverheid."),
        ("h", "Overwegingen consulent"),
        ("p", "De cliënt is goed georiënteerd, maar vergeetachtig over medicatie. Advies aan de huisarts om een "
              "geheugentest (MMSE) te overwegen. Geen signalen van ouderenmishandeling of financiële uitbuiting. "
              "Wethouder Jurgen van Houdt (Zorg) heeft de pilot 'Samen aan tafel' waarin dit gesprek valt, in 2024 "
              "gestart."),
        ("small", "Verslag: R. Haverkate-Mensah (RHM), Wmo-consulent team Oost, gemeente Enschede, r.haverkate@enschede.nl. "
                  "Algemeen: Wmo-loket 14 053, wmo@enschede.nl. Het gemeentehuis is gevestigd aan de Langestraat 24."),
    ]
    def build(out):
        render_reportlab(b, out, title="Gespreksverslag WMO-2025-03391", author="R. Haverkate-Mensah", fontsize=10.5,
                         header="Gemeente Enschede - Wmo - vertrouwelijk")
    redact = [
        R("PERSON", "Siti Rahayu Wiryosoedarmo-Ten Brink", "Siti Rahayu Wiryosoedarmo-Ten Brink", "Wiryosoedarmo-Ten Brink"),
        R("DOB", "03-09-1946", "03-09-1946"), R("BSN", "207 644 193", "207 644 193"),
        R("ADDRESS", "Lasondersingel 141, 7514 BR", "Lasondersingel 141", "7514 BR"),
        R("PERSON", "Kartini (Tini) ten Brink", "Kartini", "Tini", "ten Brink"), R("PHONE", "06 43 80 19 27", "06 43 80 19 27"),
        R("PERSON", "Roos Haverkate-Mensah", "Roos Haverkate-Mensah", "R. Haverkate-Mensah", "RHM"),
        R("EMAIL", "r.haverkate@enschede.nl", "r.haverkate@enschede.nl"),
        R("PERSON", "G.J. Roerdink-Alting", "G.J. Roerdink-Alting"),
        R("HEALTH", "health data", "diabetes type 2", "heupoperatie", "vergeetachtig over medicatie", "geheugentest"),
        R("PERSON", "Hennie Koning", "Hennie Koning"),
    ]
    keep = [
        K("ORG", "Huisartsenpraktijk Pathmos"), K("PLACE", "Enschede"), K("PLACE", "Hengelo"), K("ORG", "Livio"),
        K("ORG", "Ergotherapie Twente"), K("ORG", "Alifa"), K("ORG", "Steunpunt Mantelzorg Enschede"), K("ORG", "Wijkwinkel"),
        K("PROGRAMME", "Langer Thuis"), K("ORG", "CAK"), K("PRODUCT", "MijnOverheid"), K("TERM", "MMSE"),
        K("OFFICE_HOLDER", "Wethouder Jurgen van Houdt", "Jurgen van Houdt"), K("PHONE_SWITCH", "14 053"), K("MAILBOX", "wmo@enschede.nl"),
        K("PUBLIC_ADDR", "Langestraat 24"), K("ROLE", "Wmo-consulent"), K("ROLE", "ergotherapeut"), K("CASE", "WMO-2025-03391"),
        K("STREET_PUBLIC", "Burgemeester de Withstraat 2 (Wijkwinkel)", "Burgemeester de Withstraat 2"),
    ]
    return name, build, redact, keep


def ad26():
    name = "ad26_participatiewet_rapportage"
    b = [
        ("title", "Rapportage heronderzoek bijstand (Participatiewet)"),
        ("kv", [("Belanghebbende", "dhr. Mohammed Abu Shakra, geb. 17-11-1988, BSN 192 530 886"),
                ("Partner", "mw. Rasha Al-Hafez"), ("Adres", "Kerkewijk 203-B, 3904 JH Veenendaal"),
                ("Klantnummer", "SoZa 0044817"), ("Consulent", "Lotte Sprenkeling-Obeng"),
                ("Handhavingsspecialist", "Jeroen (JJ) van Kampen-Idahosa"), ("Datum", "4 juni 2025")]),
        ("h", "1. Aanleiding"),
        ("p", "Bij de periodieke heroverweging kwam via het Inlichtingenbureau een signaal binnen over een "
              "bankrekening bij de Bunq N.V. op naam van mevrouw Al-Hafez (NL73 BUNQ 2098 4417 26) met stortingen "
              "van in totaal € 4.350,-. Daarnaast meldde de Belastingdienst (Toeslagen) een wijziging in de "
              "huishoudsamenstelling: de broer van de heer Abu Shakra, Yousef Abu Shakra, staat sinds maart 2025 op "
              "hetzelfde adres ingeschreven."),
        ("h", "2. Gesprek 28 mei 2025"),
        ("p", "Het gesprek vond plaats op het gemeentehuis van Veenendaal, Raadhuisplein 1, met tolk Arabisch de heer "
              "Samir Haddad-Lindeboom (Tolk- en Vertaalcentrum Nederland, registratienummer Wbtv 10293). De heer Abu "
              "Shakra verklaarde dat de stortingen afkomstig zijn van zijn schoonvader in Jordanië, als gift voor de "
              "behandeling van hun zoon Adam (4), die een gehoorimplantaat krijgt in het Radboudumc. Mevrouw Al-Hafez "
              "toonde WhatsApp-berichten en bankafschriften van de Arab Bank."),
        ("h", "3. Beoordeling"),
        ("p", "Giften voor bijzondere kosten van medische aard worden op grond van artikel 31, tweede lid, onder m "
              "Participatiewet en de Beleidsregels Giften Veenendaal 2024 tot € 1.200,- per jaar vrijgelaten. Het "
              "meerdere (€ 3.150,-) wordt als middel aangemerkt. Voor Yousef wordt getoetst of sprake is van een "
              "kostendelende medebewoner (artikel 22a Participatiewet); hij volgt een opleiding aan het ROC Midden "
              "Nederland en is jonger dan 27 jaar, zodat hij niet meetelt."),
        ("h", "4. Advies"),
        ("p", "Geen terugvordering wegens schending van de inlichtingenplicht (dringende reden), wel verrekening van "
              "€ 3.150,- in twaalf termijnen. Afstemming met Regio Foodvalley (Werkcenter) over re-integratie van de "
              "heer Abu Shakra, die als elektrotechnicus in Syrië werkte."),
        ("small", "Paraaf consulent: LSO | paraaf handhaving: JJvK. Vragen: werkeninkomen@veenendaal.nl, (0318) 538 538. "
                  "Wethouder Sociaal Domein Marieke Schouten-Weidema is niet geïnformeerd (individuele zaak)."),
    ]
    def build(out):
        render_docx(b, out, name, author="Sprenkeling-Obeng, L.", footer="Vertrouwelijk - team Werk en Inkomen Veenendaal")
        post(out, info={"Title": "Heronderzoek Abu Shakra SoZa 0044817", "Author": "Sprenkeling-Obeng, L."})
    redact = [
        R("PERSON", "Mohammed Abu Shakra", "Mohammed Abu Shakra", "Abu Shakra", P("Abu Shakra", ch="metadata")),
        R("DOB", "17-11-1988", "17-11-1988"), R("BSN", "192 530 886", "192 530 886"),
        R("PERSON", "Rasha Al-Hafez", "Rasha Al-Hafez", "Al-Hafez"),
        R("ADDRESS", "Kerkewijk 203-B, 3904 JH Veenendaal", "Kerkewijk 203-B", "3904 JH"),
        R("ID", "SoZa 0044817", "0044817"),
        R("PERSON", "Lotte Sprenkeling-Obeng", "Lotte Sprenkeling-Obeng", "LSO", P("Sprenkeling-Obeng, L.", ch="metadata")),
        R("PERSON", "Jeroen (JJ) van Kampen-Idahosa", "Jeroen", "JJ", "van Kampen-Idahosa", "JJvK"),
        R("IBAN", "NL73 BUNQ 2098 4417 26", "NL73 BUNQ 2098 4417 26"),
        R("PERSON", "Yousef Abu Shakra", "Yousef"),
        R("PERSON", "Samir Haddad-Lindeboom", "Samir Haddad-Lindeboom"), R("ID", "Wbtv 10293", "10293"),
        R("PERSON", "Adam (zoon)", "Adam"), R("HEALTH", "gehoorimplantaat", "gehoorimplantaat"),
    ]
    keep = [
        K("LAW", "Participatiewet"), K("ORG", "Inlichtingenbureau"), K("ORG", "Bunq N.V."), K("ORG", "Belastingdienst"),
        K("PLACE", "Veenendaal"), K("PUBLIC_ADDR", "Raadhuisplein 1"), K("ORG", "Tolk- en Vertaalcentrum Nederland"), K("PLACE", "Jordanië"),
        K("ORG", "Radboudumc"), K("PRODUCT", "WhatsApp-berichten", "~WhatsApp"), K("ORG", "Arab Bank"),
        K("DOC", "Beleidsregels Giften Veenendaal 2024"), K("ORG", "ROC Midden Nederland"), K("ORG", "Regio Foodvalley"),
        K("ORG", "Werkcenter"), K("PLACE", "Syrië"), K("MAILBOX", "werkeninkomen@veenendaal.nl"), K("PHONE_SWITCH", "(0318) 538 538"),
        K("OFFICE_HOLDER", "Wethouder Sociaal Domein Marieke Schouten-Weidema", "Marieke Schouten-Weidema"),
        K("ROLE", "Handhavingsspecialist"), K("ROLE", "elektrotechnicus"),
    ]
    return name, build, redact, keep


def ad27():
    name = "ad27_subsidiebeschikking_particulier"
    b = [
        ("title", "Beschikking subsidie Isolatie en Verduurzaming Monumentale Woningen 2025"),
        ("small", "Provincie Utrecht | Archimedeslaan 6, 3584 BA Utrecht | Postbus 80300, 3508 TH Utrecht | 030 258 91 11 | subsidies@provincie-utrecht.nl"),
        ("kv", [("Aan", "De heer en mevrouw B.A.M. van 't Erve - Lakatos\nWijkerstraat 9\n3961 AN Wijk bij Duurstede"),
                ("Kenmerk", "SUB-2025-MON-00712"), ("Verzonden", "6 juni 2025"),
                ("Behandeld door", "Marit Goedhart-Osei"), ("Telefoon", "06 20 37 48 66 (rechtstreeks, di-do)")]),
        ("p", "Geachte heer Van 't Erve en mevrouw Lakatos,"),
        ("p", "U heeft op 11 maart 2025 subsidie aangevraagd voor het isoleren van het dak en het plaatsen van "
              "monumentenglas in uw woning, een rijksmonument (monumentnummer 522817), kadastraal bekend gemeente "
              "Wijk bij Duurstede, sectie D, nummer 1187. Gedeputeerde Staten van Utrecht verlenen u een subsidie van "
              "ten hoogste € 18.450,- op grond van de Uitvoeringsverordening subsidie Erfgoed provincie Utrecht 2025."),
        ("p", "Wij betalen een voorschot van 80% (€ 14.760,-) binnen vier weken op uw rekening NL09 RABO 0316 5522 84 "
              "ten name van B.A.M. van 't Erve. Het restant betalen wij na vaststelling. De werkzaamheden worden "
              "uitgevoerd door Restauratiebedrijf Nijsingh &amp; Zonen B.V.; het bouwhistorisch advies is opgesteld door "
              "drs. Kálmán Lakatos-Veldhoen, broer van mevrouw Lakatos. Wij hebben vastgesteld dat hierdoor geen "
              "onjuiste kostenopgave is ontstaan; de offerte is getoetst door de Rijksdienst voor het Cultureel Erfgoed."),
        ("h", "Verplichtingen"),
        ("p", "U moet de werkzaamheden vóór 1 juli 2026 afronden en de vaststelling aanvragen via het subsidieportaal "
              "met eHerkenning of DigiD. Wijzigingen meldt u via subsidies@provincie-utrecht.nl."),
        ("p", "Gedeputeerde Staten van Utrecht,\nnamens dezen,\n\nir. W.J. (Willem-Jan) Schuitemaker-Diallo\nteamleider Subsidies Cultuur en Erfgoed"),
        ("small", "Gedeputeerde Mirjam Sterk (Cultuur en Erfgoed) heeft de regeling op 4 februari 2025 opengesteld. "
                  "Bezwaar binnen zes weken bij Gedeputeerde Staten."),
    ]
    def build(out):
        tmp = SRC / f"{name}.fpdf.pdf"
        render_fpdf(b, tmp, title="Beschikking SUB-2025-MON-00712", author="Goedhart-Osei, M.")
        ghostscript(tmp, out)
        tmp.unlink()
    redact = [
        R("PERSON", "B.A.M. van 't Erve", "B.A.M. van 't Erve", "Van 't Erve"),
        R("PERSON", "mevrouw Lakatos", "mevrouw Lakatos", "- Lakatos"),
        R("ADDRESS", "Wijkerstraat 9, 3961 AN", "Wijkerstraat 9", "3961 AN"),
        R("PERSON", "Marit Goedhart-Osei", "Marit Goedhart-Osei"), R("PHONE", "06 20 37 48 66", "06 20 37 48 66"),
        R("ID", "monumentnummer 522817 (identifies the home)", "522817"),
        R("CADASTRAL", "sectie D, nummer 1187", "sectie D, nummer 1187"),
        R("IBAN", "NL09 RABO 0316 5522 84", "NL09 RABO 0316 5522 84"),
        R("PERSON", "Kálmán Lakatos-Veldhoen", "Kálmán Lakatos-Veldhoen"),
        R("PERSON", "W.J. (Willem-Jan) Schuitemaker-Diallo", "W.J.", "Willem-Jan", "Schuitemaker-Diallo"),
    ]
    keep = [
        K("ORG", "Provincie Utrecht"), K("PUBLIC_ADDR", "Archimedeslaan 6"), K("PHONE_SWITCH", "030 258 91 11"),
        K("MAILBOX", "subsidies@provincie-utrecht.nl"), K("PLACE", "Wijk bij Duurstede"), K("TERM", "rijksmonument"),
        K("ORG", "Gedeputeerde Staten van Utrecht"), K("LAW", "Uitvoeringsverordening subsidie Erfgoed provincie Utrecht 2025"),
        K("ORG", "Restauratiebedrijf Nijsingh & Zonen B.V."), K("ORG", "Rijksdienst voor het Cultureel Erfgoed"),
        K("PRODUCT", "eHerkenning"), K("PRODUCT", "DigiD"), K("OFFICE_HOLDER", "Gedeputeerde Mirjam Sterk", "Mirjam Sterk"),
        K("ROLE", "teamleider Subsidies Cultuur en Erfgoed"), K("CASE", "SUB-2025-MON-00712"), K("TERM", "monumentenglas"),
    ]
    return name, build, redact, keep


def ad28():
    name = "ad28_meldingsformulier_velden"
    b = [
        ("title", "Melding activiteit - Besluit activiteiten leefomgeving (Bal)"),
        ("small", "Ingediend via het Omgevingsloket, doorgestuurd naar Omgevingsdienst Regio Arnhem (ODRA), "
                  "Eusebiusbuitensingel 43, Arnhem | info@odregioarnhem.nl | 026 377 11 00"),
        ("p", "Dit formulier is een afdruk van de ingevulde PDF. De waarden van de invulvelden staan hieronder en in de "
              "formuliervelden van het bestand."),
        ("kv", [("Soort melding", "Opslaan van vaste mest, compost en strooisel (Bal, art. 4.823)"),
                ("Melder (natuurlijk persoon)", "Egbertus (Ep) Hulshof-Wanjiru"),
                ("Adres melder", "Holthuizerweg 12, 6871 NV Renkum"),
                ("Telefoon / e-mail", "06 33 28 71 05 / ep.hulshof@ziggo.nl"),
                ("Locatie activiteit", "kadastraal bekend gemeente Renkum, sectie H, nummer 903"),
                ("Gemachtigde", "Agrarisch Adviesbureau De Veluwezoom, dhr. Dick Ter Haar-Mwangi"),
                ("Datum", "19 mei 2025"), ("Verwerkt door ODRA", "Ilona Kertész-Blom, 23 mei 2025")]),
        ("h", "Technische gegevens"),
        ("table", [["Onderdeel", "Waarde"], ["Opslagcapaciteit", "420 m³ vaste rundveemest"], ["Afstand tot woning van derden", "62 m (Holthuizerweg 14)"],
                   ["Vloeistofdichte vloer", "ja, KOMO-certificaat K-93715"], ["Emissiefactor (AERIUS)", "zie bijlage"]], [0.5, 0.5]),
        ("p", "De melding is beoordeeld door ODRA. Er zijn geen maatwerkvoorschriften nodig. Wethouder Duurzaamheid van "
              "Renkum, Marinus Bakker, is als portefeuillehouder verantwoordelijk voor de VTH-taken."),
    ]
    def build(out):
        render_reportlab(b, out, title="Melding Bal - Renkum", author="Omgevingsloket", fontsize=10)
        post(out, info={"Author": "Omgevingsloket"}, fields=[
            (0, (60, 120, 300, 136), "melder_naam", "Naam melder", "Egbertus Hulshof-Wanjiru"),
            (0, (60, 100, 300, 116), "melder_email", "E-mailadres melder", "ep.hulshof@ziggo.nl"),
            (0, (310, 120, 540, 136), "melder_tel", "Telefoonnummer", "06 33 28 71 05"),
            (0, (310, 100, 540, 116), "gemachtigde", "Naam gemachtigde", "D. Ter Haar-Mwangi"),
        ])
    redact = [
        R("PERSON", "Egbertus (Ep) Hulshof-Wanjiru", "Egbertus", "Ep", "Hulshof-Wanjiru", P("Egbertus Hulshof-Wanjiru", ch="annotations")),
        R("ADDRESS", "Holthuizerweg 12, 6871 NV", "Holthuizerweg 12", "6871 NV"),
        R("PHONE", "06 33 28 71 05", "06 33 28 71 05", P("06 33 28 71 05", ch="annotations")),
        R("EMAIL", "ep.hulshof@ziggo.nl", "ep.hulshof@ziggo.nl", P("ep.hulshof@ziggo.nl", ch="annotations")),
        R("CADASTRAL", "sectie H, nummer 903", "sectie H, nummer 903"),
        R("PERSON", "Dick Ter Haar-Mwangi", "Dick Ter Haar-Mwangi", P("D. Ter Haar-Mwangi", ch="annotations")),
        R("PERSON", "Ilona Kertész-Blom", "Ilona Kertész-Blom"),
        R("ADDRESS", "Holthuizerweg 14 (derden)", "Holthuizerweg 14"),
    ]
    keep = [
        K("LAW", "Besluit activiteiten leefomgeving"), K("LAW", "Bal"), K("TERM", "Omgevingsloket"),
        K("ORG", "Omgevingsdienst Regio Arnhem"), K("ORG", "ODRA"), K("PUBLIC_ADDR", "Eusebiusbuitensingel 43"),
        K("MAILBOX", "info@odregioarnhem.nl"), K("PHONE_SWITCH", "026 377 11 00"), K("PLACE", "Renkum"),
        K("ORG", "Agrarisch Adviesbureau De Veluwezoom"), K("CODE", "KOMO-certificaat K-93715"), K("PRODUCT", "AERIUS"),
        K("OFFICE_HOLDER", "Wethouder Duurzaamheid Marinus Bakker", "Marinus Bakker"), K("TERM", "VTH-taken"),
        K("TERM", "maatwerkvoorschriften"),
    ]
    return name, build, redact, keep


def ad29():
    name = "ad29_ransomware_incident_report"
    b = [
        ("title", "Incident Response Report - Ransomware at Gemeente Hoeksche Waard (Case IR-2025-0319)"),
        ("small", "Prepared by Northgate Cyber Defence Ltd (Leeds, UK) for the Gemeente Hoeksche Waard and the Informatiebeveiligingsdienst "
                  "(IBD) of the VNG | TLP:AMBER | 2 June 2025"),
        ("h", "1. Summary"),
        ("p", "On 14 May 2025 at 02:17 CEST, the municipality's EDR platform (Microsoft Defender for Endpoint) raised alerts for "
              "mass file encryption on the file server FS-HW-03. Our DFIR team was engaged at 06:40 under the retainer "
              "contract. The intrusion was attributed with moderate confidence to an affiliate of the Akira ransomware group. "
              "Initial Access (MITRE ATT&amp;CK T1133, External Remote Services) was obtained through a Cisco ASA SSL VPN "
              "account without Multi-Factor Authentication belonging to a former employee of the Sociaal Domein department, "
              "Ms Fenna Bouwmeester-Kariuki, whose account had not been disabled after she left in January 2025."),
        ("h", "2. Timeline"),
        ("table", [["Time (UTC)", "Event", "Source"],
                   ["2025-05-09 23:48", "VPN logon 'fbouwmeester' from IP 185.220.101.x (Tor exit)", "ASA syslog"],
                   ["2025-05-10 00:12", "Discovery with AdFind and SharpHound (BloodHound)", "EDR telemetry"],
                   ["2025-05-12 21:03", "Kerberoasting of svc_backup; credential cracked offline", "Windows Event 4769"],
                   ["2025-05-13 22:40", "Exfiltration of 38 GB with Rclone to MEGA", "Firewall, NetFlow"],
                   ["2025-05-14 00:17", "Encryption via ESXi (vmkfstools) and Windows hosts", "EDR, vCenter"]], [0.2, 0.58, 0.22]),
        ("h", "3. Impact"),
        ("p", "Exfiltrated data includes files of the Participatiewet and Wmo teams with BSNs and medical information of "
              "approximately 2,300 residents. The municipality notified the Autoriteit Persoonsgegevens on 15 May (within 72 hours, "
              "GDPR Article 33). Backups in the Veeam Hardened Repository (immutable, Linux XFS) were intact; restoration "
              "to a clean environment took nine days."),
        ("br",),
        ("h", "4. Recommendations"),
        ("p", "Enforce phishing-resistant MFA (FIDO2) for all remote access, implement a joiner-mover-leaver process "
              "linked to the HR system (AFAS Profit), tier the Active Directory (Enterprise Access Model), deploy LAPS, and "
              "subscribe to the IBD's Security Monitoring service. We refer to the CIS Critical Security Controls v8 and "
              "the empirical study by Oz, Aris and Levi (2022) on ransomware response."),
        ("h", "5. Engagement team and contacts"),
        ("p", "Incident lead: Callum Fairweather-Osei (callum.fairweather@northgatecyber.co.uk, +44 7700 914 382). Forensic "
              "analyst: Priyanka Venkataraghavan. Municipal CISO: Ruben van der Staaij-Cornelisse; crisis coordinator: "
              "Annemiek 'Mieke' Verhagen-Doornbos. Burgemeester Jan Sluijs chaired the municipal crisis team; wethouder "
              "Harry van Waveren (ICT) informed the council on 20 May. General enquiries: ibd@vng.nl; municipal "
              "press office: pers@gemeentehw.nl."),
    ]
    def build(out):
        render_reportlab(b, out, title="IR-2025-0319 Incident Response Report", author="Callum Fairweather-Osei", fontsize=9.5,
                         header="TLP:AMBER - Northgate Cyber Defence Ltd - IR-2025-0319", footer="Confidential - prepared for Gemeente Hoeksche Waard")
        post(out, info={"Author": "Callum Fairweather-Osei"},
             annots=[(0, (530, 420, 550, 440), "Verhagen-Doornbos, Annemiek", "Naam Fenna hier anonimiseren voor raadsinformatie!", "Opmerking")])
    redact = [
        R("PERSON", "Fenna Bouwmeester-Kariuki", "Fenna Bouwmeester-Kariuki", "fbouwmeester", P("Fenna", ch="annotations")),
        R("PERSON", "Callum Fairweather-Osei", "Callum Fairweather-Osei", P("Callum Fairweather-Osei", ch="metadata")),
        R("EMAIL", "callum.fairweather@northgatecyber.co.uk", "callum.fairweather@northgatecyber.co.uk"),
        R("PHONE", "+44 7700 914 382", "+44 7700 914 382"),
        R("PERSON", "Priyanka Venkataraghavan", "Priyanka Venkataraghavan"),
        R("PERSON", "Ruben van der Staaij-Cornelisse", "Ruben van der Staaij-Cornelisse"),
        R("PERSON", "Annemiek 'Mieke' Verhagen-Doornbos", "Annemiek", "Mieke", "Verhagen-Doornbos"),
    ]
    keep = [
        K("ORG", "Gemeente Hoeksche Waard"), K("ORG", "Northgate Cyber Defence Ltd"), K("PLACE", "Leeds"),
        K("ORG", "Informatiebeveiligingsdienst"), K("ORG", "IBD"), K("ORG", "VNG"), K("TERM", "TLP:AMBER"), K("TERM", "EDR"),
        K("PRODUCT", "Microsoft Defender for Endpoint"), K("CODE", "FS-HW-03"), K("TERM", "DFIR"), K("ORG", "Akira"),
        K("TERM", "Initial Access"), K("STANDARD", "MITRE ATT&CK"), K("CODE", "T1133"), K("TERM", "External Remote Services"),
        K("PRODUCT", "Cisco ASA SSL VPN"), K("TERM", "Multi-Factor Authentication"), K("ORG", "Sociaal Domein"), K("PRODUCT", "AdFind"),
        K("PRODUCT", "SharpHound"), K("PRODUCT", "BloodHound"), K("TERM", "Kerberoasting"), K("CODE", "svc_backup"), K("PRODUCT", "Rclone"),
        K("PRODUCT", "MEGA"), K("PRODUCT", "ESXi"), K("PRODUCT", "vCenter"), K("LAW", "Participatiewet"), K("ORG", "Autoriteit Persoonsgegevens"),
        K("LAW", "GDPR Article 33"), K("PRODUCT", "Veeam Hardened Repository"), K("TERM", "FIDO2"), K("PRODUCT", "AFAS Profit"),
        K("PRODUCT", "Active Directory"), K("TERM", "Enterprise Access Model"), K("PRODUCT", "LAPS"), K("STANDARD", "CIS Critical Security Controls v8"),
        K("AUTHOR", "Oz, Aris and Levi (2022)"), K("OFFICE_HOLDER", "Burgemeester Jan Sluijs", "Jan Sluijs"),
        K("OFFICE_HOLDER", "wethouder Harry van Waveren", "Harry van Waveren"), K("MAILBOX", "ibd@vng.nl"), K("MAILBOX", "pers@gemeentehw.nl"),
        K("ROLE", "Incident lead"), K("ROLE", "Municipal CISO"),
    ]
    return name, build, redact, keep


def ad30():
    name = "ad30_eu_pfas_email_english"
    body = [
        ("title", "RE: Annex XV restriction proposal PFAS - comments from the Netherlands on the RAC/SEAC draft opinion"),
        ("pre", "From:    Elske Dijkgraaf-Mbeki <elske.dijkgraaf-mbeki@minienw.nl>\nSent:    Tuesday, 27 May 2025 17:32\n"
                "To:      Jean-Baptiste Vautrin-Moreau <jean-baptiste.vautrin@echa.europa.eu>\n"
                "Cc:      PFAS-restriction-NL <pfas-restriction@rivm.nl>; Hamza Ouchan (RIVM); Wietse Draaisma\n"
                "Subject: RE: Annex XV restriction proposal PFAS - NL comments"),
        ("p", "Dear Jean-Baptiste,"),
        ("p", "Thank you for sharing the consolidated draft opinion of the Committee for Risk Assessment (RAC) and the "
              "Committee for Socio-Economic Analysis (SEAC). Please find below the comments of the Netherlands, prepared "
              "together with the Bureau REACH of the RIVM and our colleagues in Germany (BAuA), Denmark, Norway and Sweden."),
        ("p", "<b>1. Derogations for fluoropolymers.</b> We do not support a time-unlimited derogation for PTFE and PVDF "
              "in industrial applications. The evidence in the Background Document (Section E.2.4) shows that emissions "
              "during production and end-of-life incineration are significant. We refer to the emission estimates of "
              "Lohmann et al. (2020) and the life-cycle assessment by Ateia, Maroli and Karanfil (2023)."),
        ("p", "<b>2. Analytical methods.</b> Enforcement requires a robust Total Organic Fluorine (TOF) method. The "
              "Forum for Exchange of Information on Enforcement should be consulted on the feasibility of combustion ion "
              "chromatography (CIC) at a limit of 50 mg/kg. The NVWA and ILT, as Dutch enforcement authorities, have "
              "offered their laboratory data."),
        ("p", "<b>3. Socio-economic impacts.</b> The cost-effectiveness estimates for the sectors 'Transport' and "
              "'Energy' (Annex E) rely on a single industry survey. We suggest a sensitivity analysis in line with the "
              "ECHA Guidance on Socio-Economic Analysis – Restrictions."),
        ("p", "The Minister for Infrastructure and Water Management, Barry Madlener, and the State Secretary, Chris Jansen, "
              "have informed the Tweede Kamer of this position; Kamerlid Bamenga and MEP Mohammed Chahim have asked "
              "questions. Commissioner Jessika Roswall was briefed by the Permanent Representation."),
        ("p", "I will be at the RAC-73 meeting in Helsinki; my colleague Wietse (mobile +31 6 21 09 87 56) will join "
              "online via Webex. For formal correspondence please use pfas-restriction@rivm.nl."),
        ("p", "Kind regards,<br>Elske<br>Elske Dijkgraaf-Mbeki | Senior Policy Officer Chemical Substances | Directorate-General "
              "Environment and International Affairs | Ministry of Infrastructure and Water Management | "
              "Rijnstraat 8, The Hague | M +31 6 47 22 90 13"),
        ("pre", "-----Original Message-----\nFrom: Jean-Baptiste Vautrin-Moreau\nSent: Friday, 16 May 2025 09:05\n"
                "Subject: Annex XV restriction proposal PFAS - draft opinion"),
        ("p", "Dear Elske, dear colleagues, as agreed in the Working Group, I attach the consolidated draft. Please send "
              "Member State comments by 30 May. Best, J-B"),
    ]
    def build(out):
        render_chromium(blocks_to_html(body), out, name)
        post(out, info={"Author": "Dijkgraaf-Mbeki, Elske"}, links=[(0, (50, 760, 300, 772), "mailto:elske.dijkgraaf-mbeki@minienw.nl")])
    redact = [
        R("PERSON", "Elske Dijkgraaf-Mbeki", "Elske Dijkgraaf-Mbeki", "Elske", P("Dijkgraaf-Mbeki, Elske", ch="metadata")),
        R("EMAIL", "elske.dijkgraaf-mbeki@minienw.nl", "elske.dijkgraaf-mbeki@minienw.nl", P("mailto:elske.dijkgraaf-mbeki@minienw.nl", ch="annotations")),
        R("PERSON", "Jean-Baptiste Vautrin-Moreau (ECHA official)", "Jean-Baptiste Vautrin-Moreau", "Jean-Baptiste", "J-B"),
        R("EMAIL", "jean-baptiste.vautrin@echa.europa.eu", "jean-baptiste.vautrin@echa.europa.eu"),
        R("PERSON", "Hamza Ouchan", "Hamza Ouchan"), R("PERSON", "Wietse Draaisma", "Wietse Draaisma", "Wietse"),
        R("PHONE", "+31 6 21 09 87 56", "+31 6 21 09 87 56"), R("PHONE", "+31 6 47 22 90 13", "+31 6 47 22 90 13"),
    ]
    keep = [
        K("LAW", "Annex XV"), K("TERM", "PFAS"), K("ORG", "Committee for Risk Assessment"), K("ORG", "RAC"),
        K("ORG", "Committee for Socio-Economic Analysis"), K("ORG", "SEAC"), K("ORG", "Bureau REACH"), K("ORG", "RIVM"),
        K("ORG", "BAuA"), K("MAILBOX", "pfas-restriction@rivm.nl"), K("TERM", "PTFE"), K("TERM", "PVDF"),
        K("DOC", "Background Document"), K("AUTHOR", "Lohmann et al. (2020)"), K("AUTHOR", "Ateia, Maroli and Karanfil (2023)"),
        K("TERM", "Total Organic Fluorine"), K("ORG", "Forum for Exchange of Information on Enforcement"), K("TERM", "combustion ion chromatography"),
        K("ORG", "NVWA"), K("ORG", "ILT"), K("DOC", "ECHA Guidance on Socio-Economic Analysis"), K("ORG", "ECHA"),
        K("OFFICE_HOLDER", "Barry Madlener"), K("OFFICE_HOLDER", "Chris Jansen"), K("ORG", "Tweede Kamer"),
        K("OFFICE_HOLDER", "Kamerlid Bamenga", "Kamerlid Bamenga"), K("OFFICE_HOLDER", "MEP Mohammed Chahim", "Mohammed Chahim"),
        K("OFFICE_HOLDER", "Commissioner Jessika Roswall", "Jessika Roswall"), K("ORG", "Permanent Representation"),
        K("PLACE", "Helsinki"), K("PRODUCT", "Webex"), K("ROLE", "Senior Policy Officer Chemical Substances"),
        K("ORG", "Ministry of Infrastructure and Water Management"), K("PUBLIC_ADDR", "Rijnstraat 8"), K("ORG", "Working Group"),
        K("PLACE", "Germany"), K("PLACE", "Denmark"),
    ]
    return name, build, redact, keep


# ---------------------------------------------------------------------------------------------- scans
def _scan_doc(name, blocks, seed, angle, serif=False, fontsize=10.5):
    def build(out):
        tmp = SRC / f"{name}.clean.pdf"
        render_reportlab(blocks, tmp, serif=serif, fontsize=fontsize)
        scan(tmp, out, seed=seed, angle=angle, dpi=200)
        tmp.unlink()
    return build


def ad31():
    name = "ad31_scan_bezwaarschrift"
    b = [
        ("p", "Ahmad Shah Noorzai-Hendriks<br/>Pijlkruidstraat 46<br/>1032 DK Amsterdam<br/>tel. 06 17 52 93 40"),
        ("sp", 6),
        ("p", "Aan het college van burgemeester en wethouders van Amsterdam<br/>t.a.v. Team Bezwaar en Beroep<br/>Postbus 202<br/>1000 AE Amsterdam"),
        ("sp", 4),
        ("p", "Amsterdam, 24 april 2025"),
        ("p", "Betreft: bezwaarschrift tegen de omgevingsvergunning voor het kappen van drie platanen aan de Pijlkruidstraat (zaak OV-2025-0081342)"),
        ("p", "Geachte college,"),
        ("p", "Hierbij maak ik bezwaar tegen uw besluit van 14 maart 2025 om de Vereniging van Eigenaren Pijlkruid-Noord "
              "een vergunning te geven voor het kappen van drie platanen voor de deur van mijn woning. De bomen geven "
              "schaduw en verkoeling. Mijn vrouw, Gulalai Noorzai, heeft COPD en heeft in de zomer last van hitte."),
        ("p", "De voorzitter van de VvE, de heer Teunis Brouwer-Amponsah, heeft de andere bewoners niet goed "
              "geïnformeerd. De bomen zijn volgens de boomdeskundige van de gemeente, mevrouw Eveline de Groot, gezond."),
        ("p", "Ik verzoek u het besluit te herroepen. Ik wil graag gehoord worden. Mijn BSN is 246 813 579."),
        ("p", "Met vriendelijke groet,"),
        ("sp", 10),
        ("p", "A.S. Noorzai-Hendriks"),
    ]
    redact = [
        R("PERSON", "Ahmad Shah Noorzai-Hendriks", "Noorzai-Hendriks", "Ahmad Shah"),
        R("ADDRESS", "Pijlkruidstraat 46", "Pijlkruidstraat 46", "1032 DK"),
        R("PHONE", "06 17 52 93 40", "06 17 52 93 40"),
        R("PERSON", "Gulalai Noorzai", "Gulalai Noorzai"), R("HEALTH", "COPD", "COPD"),
        R("PERSON", "Teunis Brouwer-Amponsah", "Teunis Brouwer-Amponsah"),
        R("PERSON", "Eveline de Groot", "Eveline de Groot"),
        R("BSN", "246 813 579", "246 813 579"),
    ]
    return name, _scan_doc(name, b, seed=31, angle=0.7, serif=True), redact, [], True


def ad32():
    name = "ad32_scan_controlelijst_horeca"
    b = [
        ("title", "Controlelijst Drank- en Horecawet / Alcoholwet"),
        ("small", "Gemeente Groningen - Toezicht en Handhaving - formulier TH-ALC-07 (versie 2024)"),
        ("kv", [("Inrichting", "Café De Drie Uilen, Poelestraat, Groningen"),
                ("Leidinggevende aanwezig", "Sjoerd Wiersma-Haile"),
                ("Leidinggevenden op vergunning", "S. Wiersma-Haile; Mirjam Obuobi"),
                ("Toezichthouders", "T. Bosscher-Sloot en K. Nuñez Dijkstra"),
                ("Datum / tijd", "31-05-2025, 01.40 uur")]),
        ("table", [["Controlepunt", "Ja", "Nee", "Opmerking"],
                   ["Vergunning aanwezig", "x", "", ""],
                   ["Leidinggevende op vergunning aanwezig", "x", "", ""],
                   ["Verklaring Sociale Hygiëne", "x", "", ""],
                   ["Leeftijdsgrens 18 jaar nageleefd", "", "x", "twee jongeren, zie proces-verbaal"],
                   ["Barpersoneel 16+", "", "x", "barmedewerker Lieke Hoogeveen (15)"],
                   ["Huisregels zichtbaar", "x", "", ""]], [0.45, 0.08, 0.08, 0.39]),
        ("p", "Jongere 1: Jesse Mulder-Agyemang, 16 jaar. Jongere 2: Noor Bouzid, 17 jaar. Beiden verklaren "
              "bier te hebben gekocht zonder identiteitscontrole."),
        ("p", "Handtekening toezichthouder: T. Bosscher-Sloot"),
    ]
    redact = [
        R("PERSON", "Sjoerd Wiersma-Haile", "Wiersma-Haile"), R("PERSON", "Mirjam Obuobi", "Mirjam Obuobi"),
        R("PERSON", "T. Bosscher-Sloot", "Bosscher-Sloot"), R("PERSON", "K. Nuñez Dijkstra", "Dijkstra"),
        R("PERSON", "Lieke Hoogeveen", "Lieke Hoogeveen"), R("PERSON", "Jesse Mulder-Agyemang", "Mulder-Agyemang"),
        R("PERSON", "Noor Bouzid", "Noor Bouzid"),
    ]
    return name, _scan_doc(name, b, seed=32, angle=-0.5), redact, [], True


def ad33():
    name = "ad33_scan_reintegratieverslag"
    b = [
        ("title", "Probleemanalyse bedrijfsarts (Wet verbetering poortwachter)"),
        ("small", "Arbodienst Zorg van de Zaak - kopie voor werkgever (alleen functionele mogelijkheden)"),
        ("kv", [("Werknemer", "Petronella (Nel) Bijlsma-Quispel"), ("Werkgever", "Gemeente Dijk en Waard, afdeling Belastingen"),
                ("Leidinggevende", "Yasmina Benali-Hooijer"), ("Bedrijfsarts", "M.F. Zwartendijk"),
                ("Datum", "14 maart 2025")]),
        ("p", "Mevrouw Bijlsma-Quispel is sinds 27 januari 2025 arbeidsongeschikt. Zij heeft beperkingen in het "
              "persoonlijk en sociaal functioneren. Zij kan maximaal 4 uur per dag werken, zonder deadlines en zonder "
              "telefonisch klantcontact. Prognose: gedeeltelijke werkhervatting binnen 6 weken."),
        ("p", "Advies aan de werkgever: start met aangepast werk bij het team Bezwaar WOZ; casemanager Ruud Kamphorst "
              "stelt samen met Nel het plan van aanpak op. Volgend consult: 11 april 2025."),
        ("p", "Paraaf bedrijfsarts: MFZ"),
    ]
    redact = [
        R("PERSON", "Petronella (Nel) Bijlsma-Quispel", "Bijlsma-Quispel", "Nel"),
        R("PERSON", "Yasmina Benali-Hooijer", "Benali-Hooijer"), R("PERSON", "M.F. Zwartendijk", "Zwartendijk"),
        R("PERSON", "Ruud Kamphorst", "Ruud Kamphorst"), R("PERSON", "MFZ", "MFZ"),
    ]
    return name, _scan_doc(name, b, seed=33, angle=0.4), redact, [], True


MODULE_DOCS = [ad25, ad26, ad27, ad28, ad29, ad30, ad31, ad32, ad33]
