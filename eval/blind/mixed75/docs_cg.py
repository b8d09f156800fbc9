"""Documents of set CG. [[x|K]] = personal data (redact), {{x|K}} = must stay (keep).
All persons, numbers and addresses are invented; see README.md."""


def make_bsn(prefix8: str) -> str:
    while True:
        d = [int(x) for x in prefix8]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s != 10:
            break
        prefix8 = prefix8[:7] + str((d[7] + 1) % 10)
    return prefix8 + str(s)


def make_iban(bank: str, acct: str) -> str:
    acct = acct.zfill(10)
    num = "".join(str(int(ch, 36)) for ch in (bank + acct + "NL00"))
    ck = 98 - int(num) % 97
    s = f"NL{ck:02d}{bank}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


BSN1, BSN2, BSN3, BSN4, BSN5, BSN6 = (make_bsn(p) for p in
                                      ("24718390", "31864027", "18592731", "40217365", "27364918", "15938264"))
IBAN1 = make_iban("INGB", "6620417")
IBAN2 = make_iban("RABO", "3178204915")

DOCS = []


def D(**kw):
    DOCS.append(kw)


# ------------------------------------------------------------------ cg01 incident report (2 p)
D(stem="cg01_incidentrapport_xentra", producer="rl", font="Helvetica", title="Incidentrapport INC0048213",
  author="Logius CSIRT", header="{{Logius}} | Incidentrapport | Rubricering: Dep. V",
  footer="{{Logius}} - Wilhelmina van Pruisenweg 52, Den Haag", blocks=[
    ("h1", "Incidentrapport {{INC0048213|R}} - ransomware bij leverancier {{Xentra Hosting B.V.}}"),
    ("table", [["Veld", "Waarde"],
               ["Incidentnummer", "{{INC0048213|R}} (gekoppeld: {{INC0048227|R}}, {{CHG0031877|R}})"],
               ["Melddatum", "{{4 februari 2025|X}}, 07:42 uur"],
               ["Gemeld door", "[[Sevda Yildirim]] (SOC-analist, {{Logius}})"],
               ["Incidentmanager", "[[Ruben Klaassen]], [[r.klaassen@logius.nl|E]], [[+31 6 2917 4408|T]]"],
               ["Classificatie", "P1 - Major Incident, {{Incident Response|TERM}} geactiveerd"],
               ["Betrokken diensten", "{{DigiD}} acceptatieomgeving, {{MijnOverheid}} koppelvlak (test)"],
               ["Functionele mailbox", "{{csirt@logius.nl|M}}"]], [45, 125]),
    ("h2", "1. Samenvatting"),
    ("p", "Op maandagochtend meldde {{Xentra Hosting B.V.}} te Eindhoven dat een deel van haar virtuele "
          "infrastructuur door ransomware was versleuteld. De aanvaller is vermoedelijk binnengekomen via een "
          "niet-gepatchte {{Citrix NetScaler|PR}} Gateway ({{CVE-2023-4966|C}}, 'Citrix Bleed'). Op de getroffen "
          "omgeving draaide een acceptatieomgeving van het {{MijnOverheid}} koppelvlak van {{Logius}} en een "
          "webformulier van de {{Gemeente Amersfoort}} met {{DigiD}}-inlog."),
    ("p", "[[Yildirim]] zag om 06:58 uur in {{Splunk|PR}} afwijkend verkeer vanaf het beheernetwerk van de "
          "leverancier naar onze {{Microsoft Entra ID|PR}} tenant: 41 mislukte aanmeldingen op het account "
          "[[ADM_PJANSEN|U]], gevolgd door een geslaagde aanmelding vanaf een {{Fortinet|PR}} SSL VPN-adres van "
          "{{Xentra}}. Het beheeraccount is van [[Pieter Jansen]] (systeembeheer), die op dat moment met verlof was."),
    ("h2", "2. Genomen maatregelen"),
    ("p", "07:10 - [[ADM_PJANSEN|U]] geblokkeerd door [[R. Klaassen]]; sessies ingetrokken via {{Conditional Access|TERM}}.\n"
          "07:25 - Site-to-site VPN naar {{Xentra}} verbroken ({{CHG0031877|R}}, emergency change).\n"
          "07:42 - Melding aan {{NCSC}} via {{cert@ncsc.nl|M}}; contactpersoon leverancier [[Nadia El Idrissi]] "
          "([[06-18273645|T]]) bevestigt versleuteling van 14 VM's.\n"
          "09:15 - Crisisoverleg met de {{CIO Rijk|F}}, {{RvIG}} en de {{Gemeente Amersfoort}} "
          "(namens de gemeente [[Marco Brinkhorst]], teamleider ICT)."),
    ("pb",),
    ("h2", "3. Impact op persoonsgegevens"),
    ("p", "In de acceptatieomgeving stond, in strijd met het testdatabeleid, een kopie van productielogging van "
          "het gemeentelijke webformulier met BSN, e-mailadres en IP-adres van 1.312 inwoners. "
          "De {{Gemeente Amersfoort}} is verwerkingsverantwoordelijke en meldt het datalek bij de "
          "{{Autoriteit Persoonsgegevens}} (zie melding {{AP-2025-0211|R}}). Privacy officer [[Anouk Bergsma]] "
          "coördineert de melding aan betrokkenen."),
    ("h2", "4. Vervolg"),
    ("p", "Een {{Root Cause Analysis|TERM}} wordt uitgevoerd door [[Klaassen]] samen met {{Northwave}}; "
          "[[Jansen]] levert de beheerlogboeken aan. Staatssecretaris {{Szabó|OH}} is via de "
          "{{Directie Digitale Overheid|O}} geïnformeerd; een Kamerbrief volgt. Contact voor de media loopt "
          "uitsluitend via het woordvoerdersnummer {{070 426 7600|SW}}."),
    ("table", [["Rol", "Naam", "Paraaf", "Datum"],
               ["Opgesteld", "[[S. Yildirim]]", "[[SY]]", "4-2-2025"],
               ["Gecontroleerd", "[[R. Klaassen]]", "[[RK]]", "4-2-2025"],
               ["Vastgesteld", "[[F. Roodenburg]] (CISO)", "[[FRo]]", "5-2-2025"]], [35, 60, 25, 30]),
])

# ------------------------------------------------------------------ cg02 logbook (2 p, mono)
D(stem="cg02_logboek_crisisteam", producer="rl", font="LiberationSans", size=9,
  title="Logboek crisisteam Xentra", author="", blocks=[
    ("h1", "Logboek crisisteam - {{INC0048213|R}}"),
    ("p", "Logboekhouder: [[Dewi Pattiasina]] ([[DP]]). Afkortingen: IM = incidentmanager, TL = teamleider."),
    ("table", [["Tijd", "Wie", "Gebeurtenis / besluit", "Actie"],
               ["04-02 07:12", "[[RK]]", "Account [[ADM_PJANSEN|U]] gedisabled in {{Entra ID|PR}}", "[[SY]]"],
               ["04-02 07:30", "[[SY]]", "IOC's gedeeld met {{NCSC}}: hashes en C2-domein", "[[SY]]"],
               ["04-02 08:05", "[[FRo]]", "Besluit: alle koppelingen met {{Xentra}} dicht tot nader order", "[[RK]]"],
               ["04-02 08:40", "[[DP]]", "Holdingstatement klaar, afgestemd met woordvoering {{BZK}}", "[[DP]]"],
               ["04-02 09:15", "[[RK]]", "Crisisoverleg, ook [[M. Brinkhorst]] ({{Gemeente Amersfoort}})", "-"],
               ["04-02 11:20", "[[BT]]", "{{Azure|PR}} subscription test-MOH nagelopen: geen laterale beweging", "[[BT]]"],
               ["04-02 13:05", "[[SY]]", "Eerste {{Splunk|PR}}-query's: ook account [[j.devries|U]] "
                                         "(gemeente) gebruikt op 02-02", "[[SY]]"],
               ["04-02 15:30", "[[RK]]", "Gesprek met [[Erik-Jan Mulderij]] (directeur {{Xentra}}): "
                                         "losgeld niet betaald", "-"],
               ["05-02 08:00", "[[FRo]]", "Besluit: {{Root Cause Analysis|TERM}} door {{Northwave}}", "[[RK]]"],
               ["05-02 10:45", "[[HS]]", "Contract {{Xentra}} nagelopen: meldplicht 24 uur niet nageleefd", "[[HS]]"],
               ], [24, 14, 112, 16]),
    ("h2", "Uittreksel {{Splunk|PR}} (kopie uit zoekresultaat)"),
    ("mono", "2025-02-04T06:58:11Z signin FAIL user=[[ADM_PJANSEN|U]] src=185.220.101.47 app=Azure Portal\n"
             "2025-02-04T06:58:49Z signin FAIL user=[[ADM_PJANSEN|U]] src=185.220.101.47 app=Azure Portal\n"
             "2025-02-04T07:01:03Z signin OK   user=[[ADM_PJANSEN|U]] src=194.171.40.12 (xentra-fgt-vpn01)\n"
             "2025-02-04T07:01:40Z audit ADD member group=SG-MOH-Beheer by=[[ADM_PJANSEN|U]]\n"
             "2025-02-02T22:14:55Z signin OK   user=[[j.devries@amersfoort.nl|E]] src=[[83.84.21.190|IP]] "
             "dev=win11\n"
             "2025-02-04T07:10:12Z admin  DISABLE user=[[ADM_PJANSEN|U]] by=[[ADM_RKLAASSEN|U]]"),
    ("pb",),
    ("h2", "Vervolg logboek (5 en 6 februari)"),
    ("mono", "05-02 14:10  [[KLAASSEN]] R.     -> bel [[MULDERIJ]] over forensische images\n"
             "05-02 14:55  [[YILDIRIM]] S.     -> hash-set ontvangen van {{Northwave}}\n"
             "05-02 16:20  [[PATTIASINA]] D.   -> Q&A voor {{DigiD}}-helpdesk ({{088 123 6 555|SW}})\n"
             "06-02 09:00  [[ROODENBURG]] F.   -> verslag aan {{CIO Rijk|F}}\n"
             "06-02 11:30  [[TERPSTRA]] B.     -> {{CHG0031902|R}} nieuwe firewallregels {{Palo Alto|PR}}"),
    ("p", "Bij het bellen met de leverancier niet het algemene nummer {{040 291 8800|SW}} gebruiken maar "
          "het mobiele nummer van [[El Idrissi]]: [[+31 (0)6 1827 3645|T]]. Privé-nummer [[Klaassen]] alleen "
          "buiten kantoortijd: [[0031 6 29174408|T]]."),
    ("p", "Aanwezig bij de ochtendbriefing: [[Ruben]], [[Sevda]], [[Femke]], [[Bas]] en [[Dewi]]; "
          "[[Hanneke Stoop]] (inkoop {{BZK}}) telefonisch."),
])

# ------------------------------------------------------------------ cg03 pentest report (3 p, English)
D(stem="cg03_pentest_report_redhaven", producer="rl", font="DejaVuSerif", size=9,
  title="Penetration Test Report - Logius MOH Acceptance", author="Redhaven Security Ltd",
  outline=[("1. Executive Summary", 1), ("2. Findings", 2), ("3. Retest notes - Whitmore / Raghunathan", 3)],
  hidden=[{"text": "Whitmore / Raghunathan", "kind": "PERSON", "channel": "outline"}],
  header="{{Redhaven Security Ltd}} - CONFIDENTIAL - Report RHS-2025-017",
  blocks=[
    ("h1", "Penetration Test Report: {{MijnOverheid}} acceptance environment"),
    ("table", [["Item", "Detail"],
               ["Client", "{{Logius}}, Ministry of the Interior and Kingdom Relations ({{BZK}})"],
               ["Reference", "{{RHS-2025-017|R}} / purchase order {{4500187732|R}}"],
               ["Test window", "13-24 January 2025"],
               ["Lead tester", "[[Gareth Whitmore]], OSCP, CREST CRT - [[g.whitmore@redhaven-security.co.uk|E]]"],
               ["Tester", "[[Priya Raghunathan]] - [[priya.r@redhaven-security.co.uk|E]]"],
               ["Client contact", "[[Femke Roodenburg]] (CISO), [[f.roodenburg@logius.nl|E]]"],
               ["Distribution", "CISO {{Logius}}, {{CIO Rijk|F}} office, {{Xentra Hosting B.V.}}"]], [35, 135]),
    ("h2", "1. Executive Summary"),
    ("p", "{{Redhaven Security Ltd}} performed a grey-box penetration test of the {{MijnOverheid}} acceptance "
          "environment hosted by {{Xentra Hosting B.V.}}, including the {{Single Sign-On|TERM}} flow via "
          "{{Microsoft Entra ID|PR}}, the remote access layer ({{Citrix NetScaler|PR}} ADC 13.1 and a "
          "{{FortiGate|PR}} 100F cluster) and the CI/CD pipeline in {{GitHub|PR}} Enterprise. The overall risk "
          "rating is HIGH. Two critical findings allowed unauthenticated access to session tokens and remote "
          "code execution on the SSL VPN appliance. The environment does not follow {{Zero Trust|TERM}} "
          "principles: network location is still treated as a trust signal."),
    ("p", "We thank Ms [[Roodenburg]] and Mr [[Jansen]] for their support. All testing was coordinated with "
          "the {{Xentra}} service desk ({{servicedesk@xentra-hosting.nl|M}}) and the {{Logius}} "
          "{{Security Operations Center|TERM}}."),
    ("pb",),
    ("h2", "2. Findings"),
    ("table", [["ID", "Title", "CVSS", "Status"],
               ["RHS-01", "{{Citrix NetScaler|PR}} session token disclosure ({{CVE-2023-4966|C}}), build 13.1-48.47",
                "9.4", "Open"],
               ["RHS-02", "{{FortiOS|PR}} SSL VPN out-of-bounds write ({{CVE-2024-21762|C}})", "9.8", "Open"],
               ["RHS-03", "{{Conditional Access|TERM}} excludes break-glass and service accounts "
                          "(e.g. [[svc_moh_deploy|U]], [[ADM_PJANSEN|U]]) from MFA", "8.1", "Open"],
               ["RHS-04", "{{GitHub|PR}} Actions secrets readable by forks; personal access token of user "
                          "[[pjansen-logius|U]] with admin:org scope", "7.7", "Open"],
               ["RHS-05", "{{Palo Alto|PR}} GlobalProtect portal version disclosure; not affected by "
                          "{{CVE-2024-3400|C}}", "3.1", "Info"],
               ["RHS-06", "{{ServiceNow|PR}} instance allows guest access to knowledge base articles naming "
                          "admin accounts", "5.3", "Open"]], [14, 116, 14, 16]),
    ("p", "RHS-01. The NetScaler Gateway returned memory contents containing valid AAA session cookies. Using "
          "one cookie we hijacked the session of user [[j.devries|U]] (a municipal administrator of the "
          "{{Gemeente Amersfoort}}) and reached the internal {{Jira|PR}} and {{Splunk|PR}} consoles. "
          "Recommendation: upgrade to 13.1-49.15 or later and kill all active sessions."),
    ("p", "RHS-02. The {{FortiGate|PR}} cluster ran {{FortiOS|PR}} 7.2.4. We confirmed reachability of the "
          "vulnerable code path with a non-destructive check. Patch to 7.2.7 or later; review the "
          "{{Fortinet|PR}} PSIRT advisory {{FG-IR-24-015|R}}."),
    ("pb",),
    ("h2", "3. Retest notes"),
    ("p", "The retest on 30 January 2025 was performed by [[Priya]] alone; [[Gareth]] reviewed the evidence. "
          "RHS-03 and RHS-06 were fixed by [[Thijs Wagenvoort]]'s change team ({{CHG0031744|R}}). "
          "RHS-01 and RHS-02 remained open because {{Xentra}} had postponed the maintenance window; the "
          "vendor's contact [[Nadia El Idrissi]] ([[nadia.elidrissi@xentra-hosting.nl|E]]) stated the "
          "patch was planned for 8 February. Five days later the environment was hit by ransomware "
          "(see {{INC0048213|R}})."),
    ("p", "Questions about this report: [[+44 7700 900461|T]] ([[Whitmore]], mobile) or our office line "
          "{{+44 20 3880 1100|SW}}. {{Redhaven Security Ltd}}, registered in England and Wales."),
    ("table", [["Prepared by", "Reviewed by", "Approved by"],
               ["[[G. Whitmore]]", "[[P. Raghunathan]]", "[[Oliver Brennan-Hart]], Principal Consultant"]],
     [55, 55, 60]),
])

# ------------------------------------------------------------------ cg04 security officer memo (1 p), Info/Author hidden
D(stem="cg04_memo_ciso", producer="rl", font="Times", size=10.5,
  title="Memo CISO - lessen uit het Xentra-incident", author="Hanneke de Wolf-Brands",
  hidden=[{"text": "Hanneke de Wolf-Brands", "kind": "PERSON", "channel": "metadata"}],
  blocks=[
    ("h1", "Memo"),
    ("table", [["Aan", "{{CIO Rijk|F}}; directeur {{Logius}}"],
               ["Van", "[[F.A. Roodenburg]], Chief Information Security Officer"],
               ["Datum", "12 februari 2025"],
               ["Kenmerk", "{{2025-0000081344|R}}"],
               ["Onderwerp", "Lessen uit het ransomware-incident bij {{Xentra Hosting B.V.}}"]], [30, 140]),
    ("h2", "Aanleiding"),
    ("p", "Op 4 februari is bij onze leverancier {{Xentra Hosting B.V.}} ransomware uitgebroken. De pentest van "
          "{{Redhaven Security Ltd}} had in januari al gewezen op {{CVE-2023-4966|C}} en {{CVE-2024-21762|C}}. "
          "Dat de patches niet vóór 4 februari waren geïnstalleerd, is de kern van het probleem."),
    ("h2", "Kern"),
    ("p", "1. Leveranciersrisico: in het contract ontbreekt een verplichting om kritieke kwetsbaarheden "
          "binnen 72 uur te patchen. [[Stoop]] (inkoop) heeft dit bevestigd.\n"
          "2. Beheeraccounts: [[ADM_PJANSEN|U]] en vergelijkbare accounts vielen buiten MFA. Niet de "
          "medewerker maar de configuratie is verwijtbaar; ik vraag uitdrukkelijk om [[Pieter]] niet bij "
          "naam in de Kamerbrief op te nemen.\n"
          "3. Testdata: productiegegevens in acceptatie is verboden volgens de BIO (maatregel 14.3.1)."),
    ("h2", "Advies"),
    ("p", "Versnel de invoering van {{Zero Trust|TERM}} en de {{Baseline Informatiebeveiliging Overheid|LAW}} "
          "voor alle leveranciers, en laat de {{Auditdienst Rijk|O}} de leveranciersketen van {{DigiD}} en "
          "{{MijnOverheid}} toetsen. Ik bespreek dit graag met de {{CIO Rijk|F}} op 19 februari."),
    ("p", "Contact: [[f.roodenburg@logius.nl|E]], [[06-41827365|T]] (Signal). "
          "Bij afwezigheid: plv. CISO [[Jeroen Tjalsma]], [[070 888 7419|T]]."),
    ("h2", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "Dit memo bevat namen en contactgegevens van medewerkers."),
])

# ------------------------------------------------------------------ cg05 Outlook thread (Dutch, 2 p)
D(stem="cg05_mailwisseling_melding_ap", producer="rl", font="Carlito", size=10,
  title="RE: Datalek Xentra - melding AP", author="Outlook", blocks=[
    ("p", "[[Bergsma, Anouk]]"),
    ("small", "Van: [[Bergsma, Anouk]] <[[a.bergsma@amersfoort.nl|E]]>\nVerzonden: woensdag 5 februari 2025 16:02\n"
              "Aan: [[Brinkhorst, Marco]] <[[m.brinkhorst@amersfoort.nl|E]]>; {{privacy@amersfoort.nl|M}}\n"
              "CC: [[Klaassen, Ruben]] <[[r.klaassen@logius.nl|E]]>\nOnderwerp: RE: Datalek Xentra - melding AP"),
    ("p", "Hoi [[Marco]],\n\nDe melding bij de {{Autoriteit Persoonsgegevens}} is om 15:48 ingediend onder nummer "
          "{{AP-2025-0211|R}}, ruim binnen 72 uur na ontdekking. Ik heb de 1.312 betrokkenen ingedeeld in drie groepen; "
          "de inwoners van wie ook een IP-adres in de logging stond, krijgen een persoonlijke brief. "
          "Voor vragen van inwoners verwijzen we naar {{14 033|SW}} en naar {{privacy@amersfoort.nl|M}}.\n\n"
          "Kun jij bij [[Joost]] nagaan waarom zijn account [[j.devries|U]] op zondagavond actief was? Het lijkt op "
          "een thuisverbinding ([[83.84.21.190|IP]]), maar ik wil het zeker weten voordat we het in de melding "
          "aanvullen.\n\nGroet,\n[[Anouk Bergsma]]\nPrivacy officer / FG {{Gemeente Amersfoort}}\n"
          "T [[033 469 4187|T]] | M [[06 - 2381 7764|T]]"),
    ("small", "Van: [[Brinkhorst, Marco]]\nVerzonden: woensdag 5 februari 2025 14:37\nAan: [[Bergsma, Anouk]]\n"
              "Onderwerp: RE: Datalek Xentra - melding AP"),
    ("p", "[[Anouk]], de lijst met betrokkenen staat op de beveiligde share (\\\\amf-fs02\\privacy\\INC0048213). "
          "Ik heb [[Joost de Vries]] gevraagd zijn laptop in te leveren bij de {{servicedesk@amersfoort.nl|M}}. "
          "Burgemeester {{Bolsius|OH}} wil morgen om 9 uur bijgepraat worden; zet jij de stand van zaken op "
          "een A4?\n\n[[Marco Brinkhorst]] | Teamleider ICT-beheer | [[06-52718840|T]]"),
    ("pb",),
    ("small", "Van: [[Klaassen, Ruben]] <[[r.klaassen@logius.nl|E]]>\nVerzonden: woensdag 5 februari 2025 11:05\n"
              "Aan: [[m.brinkhorst@amersfoort.nl|E]]\nCC: {{csirt@logius.nl|M}}; [[s.yildirim@logius.nl|E]]\n"
              "Onderwerp: Datalek Xentra - melding AP"),
    ("p", "Beste [[Marco]],\n\nZoals besproken: in de acceptatieomgeving bij {{Xentra}} stond een export van "
          "jullie formulierlogging (velden bsn, email, client_ip, ts). Wij zijn niet de verwerkingsverantwoordelijke, "
          "dus de melding bij de AP is aan jullie. [[Sevda]] stuurt de {{Splunk|PR}}-export via "
          "{{Filesender|PR}}; het wachtwoord krijg je per sms op [[06-52718840|T]].\n\n"
          "Met vriendelijke groet,\n\n[[Ruben Klaassen]]\nIncidentmanager | {{Logius}}\n"
          "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties\n{{Wilhelmina van Pruisenweg 52|L}} | Den Haag\n"
          "M [[+31 6 2917 4408|T]]\nwww.logius.nl"),
    ("small", "Dit bericht kan informatie bevatten die niet voor u is bestemd. Indien u niet de geadresseerde bent "
              "of dit bericht abusievelijk aan u is toegezonden, wordt u verzocht dat aan de afzender te melden en "
              "het bericht te verwijderen."),
])

# ------------------------------------------------------------------ cg06 English vendor thread (2 p)
D(stem="cg06_email_vendor_english", producer="rl", font="DejaVuSans", size=9,
  title="FW: Ransomware incident - status and forensic images", author="", blocks=[
    ("small", "From: [[Nadia El Idrissi]] <[[nadia.elidrissi@xentra-hosting.nl|E]]>\n"
              "Sent: Thursday, February 6, 2025 9:14 AM\n"
              "To: [[Ruben Klaassen]] <[[r.klaassen@logius.nl|E]]>\n"
              "Cc: [[Erik-Jan Mulderij]] <[[e.mulderij@xentra-hosting.nl|E]]>; {{security@xentra-hosting.nl|M}}; "
              "[[Koen Heijsteeg]] <[[k.heijsteeg@northwave.nl|E]]>\n"
              "Subject: RE: Ransomware incident - status and forensic images"),
    ("p", "Dear [[Ruben]],\n\nPlease find below the status as of this morning. Our Incident Response partner "
          "{{Northwave}} has imaged the 14 affected VMs. The ransomware strain has been identified as "
          "{{Akira|PR}}. The initial access vector is consistent with {{CVE-2023-4966|C}} on our "
          "{{Citrix NetScaler|PR}} gateway, which - I must admit - had not yet been patched despite the "
          "findings of Mr [[Whitmore]]'s team.\n\nWe have not paid and will not pay the ransom. "
          "[[Erik-Jan]] will call your CISO today. For urgent matters please call me directly on "
          "[[+31 6 18 27 36 45|T]] rather than our switchboard ({{+31 40 291 8800|SW}}).\n\n"
          "Kind regards,\n[[Nadia El Idrissi]]\nService Delivery Manager | {{Xentra Hosting B.V.}}\n"
          "{{Flight Forum 3360|L}}, Eindhoven"),
    ("small", "From: [[Ruben Klaassen]]\nSent: Wednesday, February 5, 2025 6:40 PM\n"
              "To: [[Nadia El Idrissi]]\nCc: [[Femke Roodenburg]]; {{csirt@logius.nl|M}}\n"
              "Subject: Ransomware incident - status and forensic images"),
    ("p", "Hi [[Nadia]],\n\nThanks for the call. To support our {{Root Cause Analysis|TERM}} we need: (1) the "
          "forensic images of the VMs that hosted the MOH acceptance environment, (2) the NetScaler ns.log "
          "files from 20 January onwards, (3) the {{FortiGate|PR}} VPN logs showing which accounts logged in "
          "via xentra-fgt-vpn01. Please also confirm whether [[pjansen-logius|U]]'s {{GitHub|PR}} token was "
          "stored on any of the encrypted hosts.\n\nThe {{NCSC}} has asked for IOCs; please send them to "
          "{{csirt@logius.nl|M}}, not to my personal mailbox.\n\nBest,\n[[Ruben]]"),
    ("pb",),
    ("small", "From: [[Koen Heijsteeg]] <[[k.heijsteeg@northwave.nl|E]]>\nSent: Thursday, February 6, 2025 11:52 AM\n"
              "To: [[Nadia El Idrissi]]; [[Ruben Klaassen]]\nSubject: RE: Ransomware incident - status and forensic images"),
    ("p", "All,\n\nQuick update from the {{Northwave}} CERT. Timeline so far:\n"
          "- 28 Jan: first exploitation of the NetScaler (session hijack of [[XENTRA\\tvanbeek|U]]).\n"
          "- 01 Feb: lateral movement via RDP, creation of local admin [[sup_hvdl|U]].\n"
          "- 03 Feb 23:50: encryption started, ESXi hosts included.\n"
          "The person behind [[tvanbeek|U]] is [[Tom van Beek]], a Xentra engineer; his credentials were reused on "
          "the {{Fortinet|PR}} VPN. We see no evidence of exfiltration to the {{Microsoft Azure|PR}} tenant "
          "of {{Logius}}, but the attacker did browse the share holding the municipal logging.\n\n"
          "Regards,\n[[Koen Heijsteeg]]\nSenior Incident Responder, {{Northwave}}\n"
          "[[k.heijsteeg@northwave.nl|E]] | [[+31 (0)6-4412 0937|T]]\n24/7 CERT: {{+31 30 303 1240|SW}}"),
])

# ------------------------------------------------------------------ cg07 Teams chat export (2 p)
D(stem="cg07_teams_chat_export", producer="rl", font="LiberationSans", size=9,
  title="Teams export - kanaal CSIRT-Xentra", author="", blocks=[
    ("h2", "Export {{Microsoft Teams|PR}} - team {{Logius}} CSIRT, kanaal 'Xentra-incident' (4-5 februari 2025)"),
    ("small", "Geëxporteerd via Purview eDiscovery door [[ADM_SYILDIRIM|U]] op 10-02-2025 ten behoeve van het Woo-verzoek."),
    ("table", [["Tijd", "Afzender", "Bericht"],
               ["4-2 07:03", "[[Yildirim, Sevda]]", "@[[Ruben Klaassen]] P1! rare signins op [[ADM_PJANSEN|U]] vanaf een "
                                                    "{{Xentra}}-IP. Ik blokkeer?"],
               ["4-2 07:05", "[[Klaassen, Ruben]]", "ja blokkeren. weet iemand of [[Pieter]] werkt vandaag?"],
               ["4-2 07:06", "[[Pattiasina, Dewi]]", "[[Pieter]] is op skivakantie tot 10/2, zie agenda"],
               ["4-2 07:09", "[[Yildirim, Sevda]]", "geblokkeerd. ook {{CVE-2023-4966|C}} weer checken bij hen, "
                                                    "stond in de pentest van [[Gareth]]"],
               ["4-2 07:31", "[[Roodenburg, Femke]]", "Ik bel de {{CIO Rijk|F}}. [[Ruben]], jij bent IM. Graag iedereen "
                                                     "in de bridge: {{+31 70 888 7777|SW}}, pin 4471#"],
               ["4-2 08:12", "[[Terpstra, Bas]]", "{{Azure|PR}} Activity Log schoon voor MOH-test, geen nieuwe "
                                                 "service principals. {{Microsoft Defender for Cloud|PR}} ook rustig"],
               ["4-2 08:14", "[[Roodenburg, Femke]]", "top [[Bas]]"],
               ["4-2 10:02", "[[Stoop, Hanneke]]", "Ik zoek de verwerkersovereenkomst met {{Xentra}} op. "
                                                  "Mijn nummer voor vandaag: [[06 12 98 77 34|T]]"],
               ["4-2 12:40", "[[Yildirim, Sevda]]", "in de logging zit ook [[j.devries|U]] van de gemeente, "
                                                    "vanaf thuis-IP [[83.84.21.190|IP]] (Ziggo). wie belt {{Amersfoort|L}}?"],
               ["4-2 12:41", "[[Klaassen, Ruben]]", "ik bel [[Brinkhorst]]"],
               ], [20, 38, 112]),
    ("pb",),
    ("table", [["Tijd", "Afzender", "Bericht"],
               ["5-2 08:01", "[[Wagenvoort, Thijs]]", "CAB vanmiddag 14u extra ingelast voor {{CHG0031902|R}} "
                                                     "({{Palo Alto|PR}}-regels) en {{CHG0031905|R}} (NetScaler uitfaseren)"],
               ["5-2 08:03", "[[Terpstra, Bas]]", "kan er pas om 14:30 zijn, [[TW]] neem jij mijn punt mee?"],
               ["5-2 09:47", "[[Pattiasina, Dewi]]", "Persvraag van Tweakers. Alleen holdingstatement, verwijs naar "
                                                    "{{woordvoering@minbzk.nl|M}}"],
               ["5-2 11:15", "[[Yildirim, Sevda]]", "Northwave ([[Koen]]) vraagt read-only in {{Splunk|PR}}. "
                                                    "Account aangemaakt: [[ext_kheijsteeg|U]]"],
               ["5-2 11:16", "[[Roodenburg, Femke]]", "ok maar wel met einddatum en in {{ServiceNow|PR}} vastleggen "
                                                     "({{RITM0104418|R}})"],
               ["5-2 16:30", "[[Klaassen, Ruben]]", "samenvatting voor de staatssecretaris staat in de map; "
                                                   "staatssecretaris {{Szabó|OH}} krijgt morgen een mondelinge briefing"],
               ["5-2 16:32", "[[Jansen, Pieter]] (extern)", "Hoi, ik lees net mee vanaf vakantie. Mijn ADM-wachtwoord "
                                                           "is nooit gedeeld. Bel me gerust: [[+43 664 1837 2290|T]]"],
               ["5-2 16:40", "[[Klaassen, Ruben]]", "thx [[Pieter]], geniet ervan, we spreken je op de 10e"],
               ], [20, 38, 112]),
    ("small", "Einde export. Berichten met bijlagen zijn weergegeven zonder bijlage."),
])

# ------------------------------------------------------------------ cg08 CAB minutes (docx -> LibreOffice, 2 p)
D(stem="cg08_cab_verslag", producer="docx", size=10, title="Verslag Change Advisory Board 5 februari 2025",
  author="Thijs Wagenvoort", last_modified_by="Dewi Pattiasina",
  hidden=[], blocks=[
    ("h1", "Verslag extra Change Advisory Board {{Logius}}"),
    ("p", "Datum: 5 februari 2025, 14:00-15:10 uur, Den Haag en via {{Microsoft Teams|PR}}"),
    ("p", "Aanwezig: [[Thijs Wagenvoort]] (voorzitter, [[TW]]), [[Bas Terpstra]] ([[BT]], vanaf 14:30), "
          "[[Sevda Yildirim]] ([[SY]]), [[Ruben Klaassen]] ([[RK]]), [[Lotte Verhoeckx]] ([[LV]], {{DGDOO|O}}), "
          "[[Gert-Jan Amenbrink]] ([[GJA]], netwerkbeheer). Notulist: [[Dewi Pattiasina]] ([[DP]])."),
    ("p", "Afwezig: [[Pieter Jansen]] ([[PJ]], verlof)."),
    ("h2", "1. {{CHG0031902|R}} - firewallregels {{Palo Alto|PR}} PA-5450"),
    ("p", "Emergency change. Alle regels naar het AS van {{Xentra Hosting B.V.}} worden geblokkeerd; uitzondering "
          "voor de forensische overdracht naar {{Northwave}} via SFTP. [[GJA]] voert uit, [[SY]] monitort in "
          "{{Splunk|PR}}. Besluit: goedgekeurd, risico laag."),
    ("h2", "2. {{CHG0031905|R}} - uitfaseren {{Citrix NetScaler|PR}} bij leverancier"),
    ("p", "[[BT]] stelt voor de remote-accessvoorziening te vervangen door {{Microsoft Entra Private Access|PR}} "
          "in lijn met de {{Zero Trust|TERM}}-architectuur. [[RK]] wijst erop dat {{CVE-2023-4966|C}} "
          "nog bij andere leveranciers speelt; een uitvraag volgt via {{Rijksinkoop|O}}. Besluit: goedgekeurd "
          "als normale change, uitvoering na de {{Root Cause Analysis|TERM}}."),
    ("h2", "3. {{CHG0031911|R}} - MFA voor alle beheeraccounts"),
    ("p", "Accounts als [[ADM_PJANSEN|U]], [[ADM_RKLAASSEN|U]] en [[svc_moh_deploy|U]] krijgen phishing-resistente "
          "MFA (FIDO2). Break-glass accounts blijven uitgezonderd maar worden in {{Microsoft Sentinel|PR}} bewaakt. "
          "[[LV]] vraagt dit ook voor de {{DigiD}}-beheeromgeving toe te passen."),
    ("h2", "Actielijst"),
    ("table", [["Nr", "Actie", "Wie", "Gereed"],
               ["25-07", "Firewallregels doorvoeren en testen", "[[GJA]]", "6-2-2025"],
               ["25-08", "Architectuurplaat Entra Private Access", "[[BT]]", "14-2-2025"],
               ["25-09", "Lijst beheeraccounts zonder MFA uit {{Entra ID|PR}}", "[[SY]] / [[PJ]]", "11-2-2025"],
               ["25-10", "Afstemmen met {{Gemeente Amersfoort}} over account [[j.devries|U]]", "[[RK]]", "7-2-2025"],
               ["25-11", "Verslag naar {{CIO Rijk|F}}", "[[TW]]", "7-2-2025"]]),
    ("p", "Volgende reguliere CAB: 12 februari 2025. Wijzigingsverzoeken indienen via {{ServiceNow|PR}} of "
          "{{cab@logius.nl|M}}."),
])

# ------------------------------------------------------------------ cg09 AP data-breach notification (2 p), form field hidden
D(stem="cg09_melding_datalek_ap", producer="rl", font="DejaVuSans", size=9,
  title="Melding datalek AP-2025-0211", author="Gemeente Amersfoort",
  fields=[{"page": 2, "name": "behandelaar_ap", "value": "Yvonne Stapelkamp", "x": 380, "y": 60, "w": 150, "h": 14}],
  hidden=[{"text": "Yvonne Stapelkamp", "kind": "PERSON", "channel": "annotations"}],
  blocks=[
    ("h1", "Melding datalek - {{Autoriteit Persoonsgegevens}}"),
    ("p", "Afschrift van het meldformulier zoals ingediend via het meldloket. Meldnummer {{AP-2025-0211|R}}."),
    ("table", [["Vraag", "Antwoord"],
               ["Organisatie", "{{Gemeente Amersfoort}}, KvK {{32157046|R}}"],
               ["Contactpersoon", "[[A.M. Bergsma]], functionaris gegevensbescherming"],
               ["Telefoon / e-mail", "[[033 469 4187|T]] / [[a.bergsma@amersfoort.nl|E]]"],
               ["Datum ontdekking", "4 februari 2025"],
               ["Soort inbreuk", "Ransomware bij verwerker {{Xentra Hosting B.V.}}; kopie van logging in testomgeving"],
               ["Betrokken gegevens", "BSN, e-mailadres, IP-adres, tijdstip van inloggen met {{DigiD}}"],
               ["Aantal betrokkenen", "1.312"],
               ["Maatregelen", "Koppeling verbroken, wachtwoorden gereset, {{Root Cause Analysis|TERM}} gestart, "
                               "melding aan {{NCSC}} en {{Logius}}"]], [45, 125]),
    ("h2", "Bijlage 1 - steekproef van betrokkenen (vertrouwelijk)"),
    ("p", "Voor de toets van de AP zijn zes betrokkenen uitgelicht van wie aantoonbaar ook het IP-adres van de "
          "thuisverbinding in de logging stond."),
    ("table", [["Naam", "BSN", "E-mail", "IP-adres (thuis)"],
               ["[[Johanna Mulder-Tiemens]]", f"[[{BSN1}|B]]", "[[j.mulder.tiemens@ziggo.nl|E]]", "[[84.26.117.43|IP]]"],
               ["[[Rachid Bouzerda]]", f"[[{BSN2}|B]]", "[[rbouzerda1979@gmail.com|E]]",
                "[[2a02:a45e:1c07::7b10|IP]]"],
               ["[[Esther van Dijkhuizen]]", f"[[{BSN3}|B]]", "[[estervandijkhuizen@kpnmail.nl|E]]", "[[77.163.204.19|IP]]"],
               ["[[Henk Oosterbroek]]", f"[[{BSN4}|B]]", "[[h.oosterbroek@hetnet.nl|E]]", "[[86.87.211.5|IP]]"],
               ["[[Ayla Demirtaş]]", f"[[{BSN5}|B]]", "[[ayla.demirtas@outlook.com|E]]", "[[31.151.88.240|IP]]"],
               ["[[Wouter Lindeboom]]", f"[[{BSN6}|B]]", "[[wlindeboom@xs4all.nl|E]]", "[[145.53.102.77|IP]]"]],
     [42, 24, 58, 46]),
    ("pb",),
    ("h2", "Bijlage 2 - bijzonderheden"),
    ("p", "Bij [[Mulder-Tiemens]] betrof het formulier een aanvraag voor een gehandicaptenparkeerkaart; uit de "
          "logging blijkt haar medische indicatie ([[MS|H]]). Dit is een bijzonder persoonsgegeven in de zin van "
          "artikel 9 {{AVG|LAW}}. [[Bouzerda]] heeft op 6 februari zelf gebeld met {{14 033|SW}} en gevraagd om "
          "inzage; hij woont op [[Kruiskamp 118|A]], [[3815 AD|A]] Amersfoort en is geboren op [[14-03-1979|D]]."),
    ("p", "[[Demirtaş]] meldde dat zij een phishingmail ontving die zich voordeed als {{MijnOverheid}}. "
          "De mail is doorgestuurd naar {{valse-email@ncsc.nl|M}} en in behandeling bij het {{NCSC}}."),
    ("p", "De melding aan betrokkenen wordt ondertekend door burgemeester {{Bolsius|OH}}. "
          "Behandelaar bij de AP (ingevuld door de AP):"),
])

# ------------------------------------------------------------------ cg10 signed NDA (scan, 1 p)
D(stem="cg10_nda_getekend_scan", producer="scan", font="Times", size=10.5, rotate=0.7, quality=70,
  title="Geheimhoudingsverklaring", blocks=[
    ("h1", "Geheimhoudingsverklaring (NDA)"),
    ("p", "Ondergetekende, werkzaam bij Redhaven Security Ltd, verklaart hierbij dat hij alle informatie die "
          "hij in het kader van de penetratietest van de MijnOverheid acceptatieomgeving van Logius verkrijgt, "
          "geheim zal houden, ook na afloop van de opdracht, en deze uitsluitend zal gebruiken voor de "
          "uitvoering van de opdracht (referentie RHS-2025-017)."),
    ("table", [["Gegevens", ""],
               ["Naam", "[[Gareth Whitmore]]"],
               ["Geboortedatum", "[[17-08-1986|D]]"],
               ["Paspoortnummer", "[[548211907|N]] (United Kingdom)"],
               ["E-mail", "g.whitmore@redhaven-security.co.uk"],
               ["Mobiel", "[[+44 7700 900461|T]]"]], [45, 110]),
    ("p", "Getekend te Den Haag op 10 januari 2025"),
    ("hand", "G. Whitmore", "Femke", 26),
    ("p", "Handtekening opdrachtnemer"),
    ("sp", 10),
    ("p", "Voor akkoord namens Logius: [[F.A. Roodenburg]], CISO"),
    ("hand", "Roodenburg", "Femke", 24),
    ("small", "Logius - Wilhelmina van Pruisenweg 52 - 2595 AN Den Haag"),
])

# ------------------------------------------------------------------ cg11 whiteboard photo (scan, 1 p)
D(stem="cg11_whiteboard_foto", producer="scan", font="Humor", size=16, rotate=-1.5, quality=60, tint=True,
  title="Whiteboard crisisruimte", blocks=[
    ("hand", "CRISISTEAM XENTRA - 4 FEB", "Humor", 26),
    ("hand", "IM: RUBEN / SOC: [[SEVDA]]\nCISO: [[FEMKE]] (BELLEN CIO RIJK)\nGEMEENTE: [[MARCO BRINKHORST]]",
     "Humor", 20),
    ("hand", "TODO\n- ADM_PJANSEN BLOKKEREN OK\n- VPN XENTRA DICHT OK\n- [[NADIA]] BELLEN 06-18273645\n"
             "- PERS: DEWI", "Humor", 20),
    ("hand", "NIET VERGETEN: AP MELDING BINNEN 72 UUR!\n(VIA GEMEENTE, [[ANOUK]])", "Humor", 20),
])

# ------------------------------------------------------------------ cg12 cloud migration plan (docx, 2 p), docx author in metadata
D(stem="cg12_plan_cloudmigratie_azure", producer="docx", size=10, title="Plan van aanpak cloudmigratie",
  author="Bas Terpstra", last_modified_by="Lotte Verhoeckx", blocks=[
    ("h1", "Plan van aanpak migratie werkplek- en applicatielandschap naar {{Microsoft Azure|PR}}"),
    ("p", "{{Gemeente Amersfoort}}, afdeling ICT | versie 0.9 | 20 januari 2025 | zaaknummer {{Z-2025-004417|R}}"),
    ("table", [["Rol", "Naam", "Contact"],
               ["Opdrachtgever", "CIO {{Gemeente Amersfoort}}", "{{ict@amersfoort.nl|M}}"],
               ["Projectleider", "[[Marco Brinkhorst]]", "[[m.brinkhorst@amersfoort.nl|E]], [[06-52718840|T]]"],
               ["Architect (ingehuurd via {{Logius}})", "[[Bas Terpstra]]", "[[bas.terpstra@minbzk.nl|E]]"],
               ["Privacy officer", "[[Anouk Bergsma]]", "[[a.bergsma@amersfoort.nl|E]]"],
               ["Microsoft CSAM", "[[Liam O'Connell]]", "[[liam.oconnell@microsoft.com|E]], [[+353 87 412 9930|T]]"]]),
    ("h2", "1. Doel"),
    ("p", "De gemeente verhuist haar on-premises omgeving en de bij {{Xentra Hosting B.V.}} ondergebrachte "
          "applicaties vóór 1 oktober 2025 naar {{Microsoft Azure|PR}} (regio West Europe). Identiteiten "
          "worden beheerd in {{Microsoft Entra ID|PR}} met {{Single Sign-On|TERM}} voor alle SaaS-diensten, "
          "waaronder {{ServiceNow|PR}}, {{Jira|PR}} en het zaaksysteem."),
    ("h2", "2. Uitgangspunten"),
    ("p", "- {{Zero Trust|TERM}}: geen vertrouwen op basis van netwerklocatie; {{Conditional Access|TERM}} verplicht.\n"
          "- Logging centraal in {{Microsoft Sentinel|PR}}; koppeling met {{Splunk|PR}} van de regionale SOC blijft tot Q4.\n"
          "- Edge: {{Palo Alto|PR}} VM-Series in plaats van de {{Citrix NetScaler|PR}} bij {{Xentra}}.\n"
          "- Een DPIA is vereist; [[Bergsma]] stelt die op vóór de go/no-go."),
    ("h2", "3. Risico's"),
    ("p", "Het ransomware-incident van februari bij {{Xentra}} ({{INC0048213|R}}) toont aan dat de "
          "leveranciersketen het grootste risico is. [[Terpstra]] adviseert de migratie van de "
          "formulierenstraat met {{DigiD}}-koppeling naar voren te halen. [[O'Connell]] heeft namens "
          "{{Microsoft}} FastTrack-ondersteuning toegezegd."),
    ("pb",),
    ("h2", "4. Planning"),
    ("table", [["Fase", "Periode", "Trekker"],
               ["Landing zone en {{Entra ID|PR}}-inrichting", "feb-mrt 2025", "[[BT]]"],
               ["Migratie formulieren en {{DigiD}}-koppeling", "apr-mei 2025", "[[MB]]"],
               ["DPIA en verwerkersovereenkomsten", "feb-apr 2025", "[[AB]]"],
               ["Uitfasering {{Xentra}}", "jun-sep 2025", "[[MB]] / [[HS]]"]]),
    ("h2", "5. Besluitvorming"),
    ("p", "Het plan wordt op 11 februari besproken in het college; portefeuillehouder is burgemeester "
          "{{Bolsius|OH}}. Vragen over dit plan: {{ict@amersfoort.nl|M}}."),
])

# ------------------------------------------------------------------ cg13 procurement: gunningsadvies (1 p)
D(stem="cg13_gunningsadvies_soc", producer="rl", font="Carlito", size=10,
  title="Gunningsadvies Europese aanbesteding SOC-dienstverlening", author="", blocks=[
    ("h1", "Gunningsadvies - Europese aanbesteding SOC-dienstverlening Rijk"),
    ("table", [["Kenmerk", "{{BZK-2025-SOC-01|R}} (TenderNed {{413087|R}})"],
               ["Datum", "3 maart 2025"],
               ["Opsteller", "[[H. Stoop]], senior inkoopadviseur, {{Rijksinkoop|O}} / {{BZK}}"],
               ["Beoordelingscommissie", "[[Hanneke Stoop]] (voorzitter), [[Sevda Yildirim]], [[Jeroen Tjalsma]], "
                                          "[[Maaike Zuidervaart-Ng]] (jurist)"]], [45, 125]),
    ("h2", "1. Inschrijvingen"),
    ("table", [["Inschrijver", "Kwaliteit (max 70)", "Prijs (max 30)", "Totaal"],
               ["{{Northwave}}", "58", "22", "80"],
               ["{{Fox-IT}}", "61", "19", "80"],
               ["{{KPN}}", "49", "30", "79"],
               ["{{Tesorion}}", "55", "21", "76"]], [60, 35, 35, 30]),
    ("p", "Bij gelijke totaalscore geeft de hoogste kwaliteitsscore de doorslag. De commissie adviseert te gunnen "
          "aan {{Fox-IT}}. De inschrijvingen sloten aan op de eisen voor {{Splunk|PR}}- en "
          "{{Microsoft Sentinel|PR}}-integratie en {{Incident Response|TERM}} binnen 30 minuten."),
    ("h2", "2. Bijzonderheden"),
    ("p", "[[Tjalsma]] heeft zich bij de beoordeling van {{Northwave}} verschoond omdat hij tot 2023 bij dat bedrijf "
          "werkte. Mevrouw [[Zuidervaart-Ng]] heeft de motivering juridisch getoetst. Vragen van inschrijvers via "
          "TenderNed; contactpersoon van {{KPN}} was [[Mark de Gooijer]] ([[mark.degooijer@kpn.com|E]])."),
    ("p", "De Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties, staatssecretaris {{Szabó|OH}}, "
          "wordt vóór de gunning geïnformeerd gelet op de omvang (€ 14,2 mln, vier jaar)."),
    ("table", [["Naam", "Functie", "Paraaf", "Datum"],
               ["[[H. Stoop]]", "Senior inkoopadviseur", "[[HSt]]", "3-3-2025"],
               ["[[J. Tjalsma]]", "Plv. CISO {{Logius}}", "[[JT]]", "4-3-2025"],
               ["[[M.L. Zuidervaart-Ng]]", "Jurist aanbesteden", "[[MZN]]", "4-3-2025"]], [45, 60, 25, 30]),
])

# ------------------------------------------------------------------ cg14 beslisnota to staatssecretaris (2 p)
D(stem="cg14_beslisnota_digid_incident", producer="rl", font="LiberationSans", size=9.5,
  title="Beslisnota Kamerbrief incident leverancier", author="Lotte Verhoeckx",
  hidden=[], blocks=[
    ("h1", "Beslisnota"),
    ("table", [["Aan", "de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties (Digitalisering)"],
               ["Van", "[[L. Verhoeckx]], {{Directie Digitale Overheid|O}}"],
               ["Contactpersoon", "[[Lotte Verhoeckx]] | T [[06 3018 2274|T]] | [[l.verhoeckx@minbzk.nl|E]]"],
               ["Datum", "10 februari 2025"],
               ["Kenmerk", "{{2025-0000079120|R}}"],
               ["Kopie aan", "SG, {{DGDOO|O}}, {{CIO Rijk|F}}"]], [35, 135]),
    ("h2", "Aanleiding"),
    ("p", "Op 4 februari 2025 is bij {{Xentra Hosting B.V.}}, leverancier van {{Logius}} en de "
          "{{Gemeente Amersfoort}}, een ransomware-aanval ontdekt. Kamerlid {{Kathmann|OH}} heeft op 6 februari "
          "schriftelijke vragen gesteld; het lid {{Six Dijkstra|OH}} (NSC) vroeg in het commissiedebat Digitale "
          "Zaken om een brief."),
    ("h2", "Geadviseerd besluit"),
    ("p", "Aan de staatssecretaris wordt gevraagd in te stemmen met bijgevoegde Kamerbrief en deze mede namens de "
          "minister van BZK, minister {{Uitermark|OH}}, aan de Tweede Kamer te zenden."),
    ("h2", "Kern"),
    ("p", "- Geen productiegegevens van {{DigiD}} of {{MijnOverheid}} zijn buitgemaakt.\n"
          "- Wel stond een kopie van gemeentelijke logging met BSN in een testomgeving; de gemeente heeft dit "
          "gemeld bij de {{Autoriteit Persoonsgegevens}}.\n"
          "- De aanval verliep via {{CVE-2023-4966|C}} in {{Citrix NetScaler|PR}}; het {{NCSC}} waarschuwde "
          "hier sinds oktober 2023 voor.\n"
          "- Het Rijk versnelt de eisen aan leveranciers in de {{Baseline Informatiebeveiliging Overheid|LAW}}."),
    ("pb",),
    ("h2", "Toelichting"),
    ("p", "De CISO van {{Logius}} heeft in een memo (12 februari) geadviseerd de betrokken beheerder niet te "
          "noemen. In de brief wordt daarom alleen gesproken over 'een beheeraccount'. Het {{RvIG}} is "
          "geïnformeerd omdat ook BSN's in het geding zijn."),
    ("h2", "Krachtenveld"),
    ("p", "De {{VNG}} vraagt om een rijksbrede regeling voor leveranciersincidenten. {{Xentra}} heeft via haar "
          "directeur, de heer [[Mulderij]], laten weten dat zij niet in de brief genoemd wil worden; dat "
          "verzoek is niet gehonoreerd."),
    ("h2", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "Motivering: (invullen bij openbaarmaking)"),
    ("table", [["Naam", "Functie", "Paraaf", "Datum"],
               ["[[L. Verhoeckx]]", "Senior beleidsmedewerker", "[[LVe]]", "10-2"],
               ["[[W.M. Overdijk]]", "Afdelingshoofd Informatieveiligheid", "[[WMO]]", "10-2"],
               ["[[Camiel Brouwer-Sital]]", "Plv. directeur {{Digitale Overheid|O}}", "[[CBS]]", "11-2"]],
     [45, 65, 20, 20]),
])

# ------------------------------------------------------------------ cg15 Kamerbrief draft (1 p), keep-heavy
D(stem="cg15_concept_kamerbrief", producer="rl", font="Times", size=10.5,
  title="Concept Kamerbrief incident leverancier", author="", blocks=[
    ("p", "> Retouradres Postbus 20011 2500 EA Den Haag"),
    ("p", "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA Den Haag"),
    ("p", "Datum 14 februari 2025\nBetreft Ransomware-aanval bij een leverancier van {{Logius}}"),
    ("p", "Geachte voorzitter,"),
    ("p", "Met deze brief informeer ik uw Kamer, mede namens de minister van Binnenlandse Zaken en "
          "Koninkrijksrelaties, over de ransomware-aanval bij {{Xentra Hosting B.V.}} en beantwoord ik het "
          "verzoek van het lid {{Kathmann|OH}} (GroenLinks-PvdA). De aanval maakte gebruik van een bekende "
          "kwetsbaarheid in {{Citrix NetScaler|PR}} ({{CVE-2023-4966|C}}). {{DigiD}} en {{MijnOverheid}} zelf "
          "zijn niet getroffen. Wel stond in een testomgeving een kopie van gegevens van inwoners van de "
          "{{Gemeente Amersfoort}}; de gemeente heeft de {{Autoriteit Persoonsgegevens}} en de betrokkenen "
          "geïnformeerd."),
    ("p", "Het kabinet neemt drie maatregelen: (1) leveranciers van kritieke overheidsdiensten moeten kritieke "
          "kwetsbaarheden binnen 72 uur patchen; (2) alle beheeraccounts krijgen phishing-resistente MFA; "
          "(3) de {{CIO Rijk|F}} laat de {{Auditdienst Rijk|O}} de keten rond {{DigiD}} doorlichten. Daarnaast "
          "versnelt het kabinet de invoering van {{Zero Trust|TERM}} binnen de {{Generieke Digitale Infrastructuur|TERM}}."),
    ("p", "De Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties,\n\n\n{{Zsolt Szabó|OH}}"),
    ("small", "Contact voor deze brief: [[Lotte Verhoeckx]] ([[l.verhoeckx@minbzk.nl|E]]), "
              "{{Directie Digitale Overheid|O}}; algemene vragen via {{Postbus 20011|L}} of {{070 426 6426|SW}}."),
])

# ------------------------------------------------------------------ cg16 ServiceNow ticket print (1 p), annotation hidden
D(stem="cg16_servicenow_ticket", producer="rl", font="Helvetica", size=8.5,
  title="INC0048227 - ServiceNow", author="",
  annots=[{"page": 1, "author": "Wim Kortekaas-Dielen", "contents": "Let op: melder is medewerker met verlof, niet bellen.",
           "rect": (480, 700, 500, 720)}],
  hidden=[{"text": "Wim Kortekaas-Dielen", "kind": "PERSON", "channel": "annotations"}],
  blocks=[
    ("h2", "{{ServiceNow|PR}} | Incident {{INC0048227|R}}"),
    ("table", [["Field", "Value"],
               ["Number", "{{INC0048227|R}}"], ["Parent", "{{INC0048213|R}}"],
               ["Caller", "[[Jansen, Pieter]] ([[p.jansen@logius.nl|E]]), personeelsnummer [[2187341|N]]"],
               ["Opened by", "[[Yildirim, Sevda]] ([[ADM_SYILDIRIM|U]])"],
               ["Assignment group", "{{Logius}} IAM-beheer"], ["Assigned to", "[[Wagenvoort, Thijs]]"],
               ["Category", "Identity / {{Microsoft Entra ID|PR}}"],
               ["Short description", "Compromised admin account [[ADM_PJANSEN|U]] - reset credentials, FIDO2 key"],
               ["Priority", "1 - Critical"], ["State", "Resolved (10-02-2025 10:12)"]], [40, 130]),
    ("h2", "Work notes"),
    ("mono", "2025-02-04 07:15  [[Yildirim, Sevda]]\n  Account disabled, all refresh tokens revoked (Revoke-MgUserSignInSession).\n"
             "2025-02-04 09:40  [[Wagenvoort, Thijs]]\n  Temporary Access Pass not issued: user on leave (Austria). Waiting.\n"
             "2025-02-10 09:05  [[Wagenvoort, Thijs]]\n  Met [[P. Jansen]] at service desk. Identity checked (passport).\n"
             "  New FIDO2 key serial [[YK5-21873409|N]] registered. Old key revoked.\n"
             "2025-02-10 10:12  [[Wagenvoort, Thijs]]\n  Resolved. Related change {{CHG0031911|R}}. KB article {{KB0012873|R}}."),
    ("h2", "Additional comments (customer visible)"),
    ("p", "Dear [[Pieter]], your admin account has been reset. Please contact the service desk "
          "({{servicedesk@logius.nl|M}}, {{088 800 3400|SW}}) if you cannot log in."),
])

# ------------------------------------------------------------------ cg17 Jira export (landscape, 1 p)
D(stem="cg17_jira_export_rca", producer="rl", font="DejaVuSans", size=8, landscape=True,
  title="Jira export RCA-Xentra", author="", blocks=[
    ("h2", "{{Jira|PR}} export - project SECOPS, filter 'RCA Xentra' (12-02-2025)"),
    ("table", [["Key", "Summary", "Assignee", "Reporter", "Status", "Updated"],
               ["{{SECOPS-1182|R}}", "Timeline reconstruction from NetScaler ns.log", "[[s.yildirim|U]]",
                "[[r.klaassen|U]]", "In Progress", "11/Feb/25"],
               ["{{SECOPS-1183|R}}", "Check {{GitHub|PR}} audit log for PAT of [[pjansen-logius|U]]", "[[b.terpstra|U]]",
                "[[r.klaassen|U]]", "Done", "07/Feb/25"],
               ["{{SECOPS-1184|R}}", "Verify {{FortiGate|PR}} firmware at all suppliers ({{CVE-2024-21762|C}})",
                "[[g.amenbrink|U]]", "[[f.roodenburg|U]]", "To Do", "12/Feb/25"],
               ["{{SECOPS-1185|R}}", "Hunt for {{Akira|PR}} IOCs in {{Splunk|PR}} (Northwave hash set)", "[[s.yildirim|U]]",
                "[[k.heijsteeg|U]] (ext)", "In Progress", "12/Feb/25"],
               ["{{SECOPS-1186|R}}", "Palo Alto Threat Prevention signatures for {{CVE-2024-3400|C}} - confirm n/a",
                "[[g.amenbrink|U]]", "[[t.wagenvoort|U]]", "Done", "06/Feb/25"],
               ["{{SECOPS-1187|R}}", "Draft {{Root Cause Analysis|TERM}} report for {{CIO Rijk|F}}", "[[r.klaassen|U]]",
                "[[f.roodenburg|U]]", "In Review", "12/Feb/25"],
               ["{{SECOPS-1188|R}}", "Review supplier contract clauses (patching SLA)", "[[h.stoop|U]]",
                "[[l.verhoeckx|U]]", "To Do", "10/Feb/25"]],
     [26, 112, 34, 34, 22, 22]),
    ("p", "Comment on {{SECOPS-1183|R}} by [[Bas Terpstra]]: token ghp_**** of [[pjansen-logius|U]] was last used on 27 Jan "
          "from 10.20.14.5 (Logius jump host); no use from external addresses. Token revoked; [[Pieter]] informed."),
    ("p", "Comment on {{SECOPS-1185|R}} by [[Koen Heijsteeg]] (external): 3 hits on host xentra-esx04, none in {{Logius}} scope."),
])

# ------------------------------------------------------------------ cg18 GitHub access review (1 p)
D(stem="cg18_github_toegangsreview", producer="rl", font="LiberationSans", size=9,
  title="Toegangsreview GitHub Enterprise", author="", blocks=[
    ("h1", "Toegangsreview {{GitHub|PR}} Enterprise - organisatie logius-moh"),
    ("p", "Uitgevoerd op 7 februari 2025 door [[Bas Terpstra]] naar aanleiding van bevinding RHS-04 "
          "uit de pentest van {{Redhaven Security Ltd}}."),
    ("table", [["GitHub-account", "Naam", "Rol", "2FA", "Besluit"],
               ["[[pjansen-logius|U]]", "[[Pieter Jansen]]", "Owner", "ja", "Owner -> Member; PAT ingetrokken"],
               ["[[bterpstra-bzk|U]]", "[[Bas Terpstra]]", "Owner", "ja", "behouden"],
               ["[[sevda-y|U]]", "[[Sevda Yildirim]]", "Member", "ja", "behouden"],
               ["[[tvb-xentra|U]]", "[[Tom van Beek]] ({{Xentra}})", "Outside collaborator", "nee", "verwijderd"],
               ["[[nel-xentra|U]]", "[[Nadia El Idrissi]] ({{Xentra}})", "Outside collaborator", "ja", "verwijderd"],
               ["[[gwhitmore-rhs|U]]", "[[Gareth Whitmore]] ({{Redhaven Security Ltd}})", "Read (pentest)", "ja",
                "verwijderd, opdracht afgerond"],
               ["logius-moh-bot", "(serviceaccount)", "Member", "n.v.t.", "behouden, secret geroteerd"]],
     [32, 50, 30, 12, 46]),
    ("p", "Bevindingen: twee externe accounts zonder 2FA; één Owner-account ([[pjansen-logius|U]]) met een personal "
          "access token met admin:org-rechten zonder vervaldatum. {{GitHub Advanced Security|PR}} secret scanning "
          "wordt per 1 maart verplicht gesteld. De review is vastgelegd in {{ServiceNow|PR}} onder {{RITM0104431|R}}."),
    ("p", "Volgende review: 1 mei 2025, uit te voeren door [[Terpstra]] en [[Wagenvoort]]."),
])

# ------------------------------------------------------------------ cg19 Splunk alert export (1 p)
D(stem="cg19_splunk_alert_thuisverbindingen", producer="rl", font="DejaVuSans", size=8,
  title="Splunk notable events", author="", blocks=[
    ("h2", "{{Splunk|PR}} Enterprise Security - Notable events 'Impossible travel / unusual source'"),
    ("p", "Export 8 februari 2025, 09:30. Zoekopdracht opgesteld door [[Jeroen Tjalsma]]; beoordeeld door "
          "[[S. Yildirim]]. Bronnen: {{Microsoft Entra ID|PR}} sign-in logs, {{Palo Alto|PR}} GlobalProtect, "
          "{{Citrix NetScaler|PR}} AAA."),
    ("mono", "_time                user                          src_ip            asn/isp        verdict\n"
             "2025-02-02 22:14:55  [[j.devries@amersfoort.nl|E]]      [[83.84.21.190|IP]]      Ziggo          benign (home)\n"
             "2025-02-03 06:41:07  [[ADM_PJANSEN|U]]                   [[62.178.44.215|IP]]     Magenta AT     benign (holiday)\n"
             "2025-02-04 06:58:11  [[ADM_PJANSEN|U]]                   185.220.101.47    Tor exit       MALICIOUS\n"
             "2025-02-04 07:01:03  [[ADM_PJANSEN|U]]                   194.171.40.12     Xentra         MALICIOUS\n"
             "2025-02-05 21:03:52  [[f.roodenburg@logius.nl|E]]       [[2001:1c02:2b14:a900::1f|IP]] Odido    benign (home)\n"
             "2025-02-06 23:17:30  [[RKLAASSEN|U]]                     [[94.214.160.88|IP]]     KPN            benign (home)\n"
             "2025-02-07 01:02:44  [[tvanbeek@xentra-hosting.nl|E]]   [[217.123.5.240|IP]]     Ziggo          review"),
    ("p", "Toelichting: de verbinding van [[Joost de Vries]] op 2 februari kwam van zijn thuisadres "
          "([[Bisschopsweg 41|A]], Amersfoort) en is door de gemeente geverifieerd. [[Jansen]] zat in Oostenrijk "
          "(bevestigd via Teams). Het account van [[Tom van Beek]] is door {{Xentra}} geblokkeerd."),
    ("p", "Vervolg: {{SECOPS-1182|R}}. Correlatieregel 'Impossible travel' wordt getuned; false positives "
          "melden via {{soc@logius.nl|M}}."),
])

# ------------------------------------------------------------------ cg20 municipal note to burgemeester (1 p)
D(stem="cg20_notitie_burgemeester_amersfoort", producer="rl", font="Carlito", size=10.5,
  title="Notitie aan de burgemeester", author="Marco Brinkhorst", blocks=[
    ("h1", "Notitie"),
    ("table", [["Aan", "burgemeester {{Bolsius|OH}}"],
               ["Van", "[[M. Brinkhorst]], teamleider ICT-beheer; [[A.M. Bergsma]], FG"],
               ["Datum", "6 februari 2025"],
               ["Onderwerp", "Datalek door ransomware bij {{Xentra Hosting B.V.}}"]], [30, 140]),
    ("p", "Burgemeester,"),
    ("p", "Op 4 februari bleek dat een kopie van de logging van ons parkeer- en gehandicaptenkaartformulier in een "
          "testomgeving bij {{Xentra Hosting B.V.}} stond. Die omgeving is door criminelen versleuteld. Het gaat om "
          "1.312 inwoners. De melding bij de {{Autoriteit Persoonsgegevens}} is gedaan ({{AP-2025-0211|R}})."),
    ("p", "Het account van onze medewerker [[J. de Vries]] ([[j.devries|U]]) komt in de logging voor, maar zijn "
          "aanmelding van zondagavond was legitiem (thuiswerken). [[De Vries]] heeft geen schuld aan het incident. "
          "Wel is zijn laptop onderzocht; personeelsnummer [[100482|N]] is tijdelijk geblokkeerd in het IAM-systeem."),
    ("p", "Voorstel: (1) een brief aan alle betrokkenen namens u; (2) een informatienummer via {{14 033|SW}}; "
          "(3) de wethouder Dienstverlening en de gemeenteraad vertrouwelijk informeren; (4) de cloudmigratie "
          "({{Z-2025-004417|R}}) versnellen."),
    ("p", "Eén inwoner, mevrouw [[Mulder-Tiemens]], heeft via de klachtencoördinator al gereageerd; haar gegevens "
          "betroffen een aanvraag met een medische indicatie. Wij nemen persoonlijk contact met haar op."),
    ("p", "[[Marco Brinkhorst]] ([[06-52718840|T]]) / [[Anouk Bergsma]] ([[033 469 4187|T]])"),
])

# ------------------------------------------------------------------ cg21 crisis contact sheet (1 p), many phone formats
D(stem="cg21_bereikbaarheidslijst_crisisteam", producer="rl", font="Helvetica", size=8.5,
  title="Bereikbaarheidslijst crisisteam", author="", blocks=[
    ("h1", "Bereikbaarheidslijst crisisteam {{Logius}} - februari 2025"),
    ("p", "Vertrouwelijk. Niet doorsturen. Wijzigingen aan de logboekhouder."),
    ("table", [["Rol", "Naam", "Mobiel", "Vast / overig", "E-mail"],
               ["CISO", "[[Femke Roodenburg]]", "[[06-41827365|T]]", "[[070 888 7402|T]]", "[[f.roodenburg@logius.nl|E]]"],
               ["Plv. CISO", "[[Jeroen Tjalsma]]", "[[+31 6 4790 1183|T]]", "[[070 888 7419|T]]", "[[j.tjalsma@logius.nl|E]]"],
               ["Incidentmanager", "[[Ruben Klaassen]]", "[[+31 6 2917 4408|T]]", "-", "[[r.klaassen@logius.nl|E]]"],
               ["SOC", "[[Sevda Yildirim]]", "[[06 81 44 20 17|T]]", "-", "[[s.yildirim@logius.nl|E]]"],
               ["Communicatie", "[[Dewi Pattiasina]]", "[[0651902238|T]]", "-", "[[d.pattiasina@logius.nl|E]]"],
               ["CAB-voorzitter", "[[Thijs Wagenvoort]]", "[[(06) 2240 7781|T]]", "-", "[[t.wagenvoort@logius.nl|E]]"],
               ["Architect", "[[Bas Terpstra]]", "[[+31-6-33019452|T]]", "-", "[[bas.terpstra@minbzk.nl|E]]"],
               ["Inkoop {{BZK}}", "[[Hanneke Stoop]]", "[[06 1298 7734|T]]", "-", "[[h.stoop@minbzk.nl|E]]"],
               ["Leverancier", "[[Nadia El Idrissi]] ({{Xentra}})", "[[06-18273645|T]]", "{{040 291 8800|SW}}",
                "[[nadia.elidrissi@xentra-hosting.nl|E]]"],
               ["IR-partner", "[[Koen Heijsteeg]] ({{Northwave}})", "[[+31 (0)6-4412 0937|T]]", "{{+31 30 303 1240|SW}}",
                "[[k.heijsteeg@northwave.nl|E]]"],
               ["Microsoft", "[[Liam O'Connell]]", "[[+353 87 412 9930|T]]", "-", "[[liam.oconnell@microsoft.com|E]]"]],
     [24, 40, 30, 28, 52]),
    ("h2", "Functionele nummers en mailboxen (mogen gedeeld worden)"),
    ("p", "Servicedesk {{Logius}}: {{088 800 3400|SW}}, {{servicedesk@logius.nl|M}} | CSIRT: {{csirt@logius.nl|M}} | "
          "{{NCSC}} 24/7: {{070 751 5555|SW}}, {{cert@ncsc.nl|M}} | {{DigiD}}-helpdesk: {{088 123 6 555|SW}} | "
          "Bridge: {{+31 70 888 7777|SW}}"),
])

# ------------------------------------------------------------------ cg22 DPA annex (1 p)
D(stem="cg22_verwerkersovereenkomst_bijlage", producer="rl", font="Times", size=10,
  title="Bijlage 3 verwerkersovereenkomst", author="", blocks=[
    ("h1", "Bijlage 3 bij de verwerkersovereenkomst {{Gemeente Amersfoort}} - {{Xentra Hosting B.V.}}"),
    ("p", "Contactpersonen, sub-verwerkers en meldprocedure (versie 2.1, ondertekend 14 maart 2023)"),
    ("table", [["Partij", "Rol", "Contactpersoon", "Bereikbaarheid"],
               ["{{Gemeente Amersfoort}}", "Verwerkingsverantwoordelijke", "[[A.M. Bergsma]] (FG)",
                "{{privacy@amersfoort.nl|M}}, {{14 033|SW}}"],
               ["{{Xentra Hosting B.V.}}", "Verwerker", "[[E.J. Mulderij]] (directeur)",
                "[[e.mulderij@xentra-hosting.nl|E]], [[+31 6 5120 8893|T]]"],
               ["{{Xentra Hosting B.V.}}", "Security officer", "[[Tom van Beek]]",
                "{{security@xentra-hosting.nl|M}}"],
               ["{{Microsoft Ireland Operations Ltd|O}}", "Sub-verwerker ({{Azure|PR}} back-up)", "-", "-"],
               ["{{Equinix}}", "Sub-verwerker (datacenter AM7)", "-", "-"]], [40, 42, 40, 48]),
    ("h2", "Meldprocedure beveiligingsincidenten"),
    ("p", "De verwerker meldt een inbreuk binnen 24 uur na ontdekking aan {{privacy@amersfoort.nl|M}} en telefonisch "
          "aan de FG. De verwerker hanteert de {{Baseline Informatiebeveiliging Overheid|LAW}} en patcht "
          "kwetsbaarheden met een CVSS-score van 9.0 of hoger binnen 14 dagen."),
    ("h2", "Ondertekening"),
    ("table", [["Namens verwerkingsverantwoordelijke", "Namens verwerker"],
               ["[[R.P. Snijders-Vos]], concerndirecteur", "[[E.J. Mulderij]], directeur"],
               ["Amersfoort, 14-03-2023", "Eindhoven, 10-03-2023"]], [85, 85]),
    ("small", "Bankgegevens verwerker voor facturatie: {{Xentra Hosting B.V.}}, {{NL91 ABNA 0417 1643 00|R}} (zakelijke rekening)."),
])

# ------------------------------------------------------------------ cg23 Root Cause Analysis (2 p), XMP creator hidden
D(stem="cg23_root_cause_analysis", producer="rl", font="DejaVuSans", size=9,
  title="Root Cause Analysis INC0048213", author="Logius", xmp_creator="Marijke Oudegeest",
  hidden=[{"text": "Marijke Oudegeest", "kind": "PERSON", "channel": "metadata"}],
  blocks=[
    ("h1", "{{Root Cause Analysis|TERM}} - {{INC0048213|R}}"),
    ("p", "Versie 1.0, 21 februari 2025. Opgesteld door [[Ruben Klaassen]] met ondersteuning van "
          "{{Northwave}} ([[K. Heijsteeg]]). Review: [[Jeroen Tjalsma]]. Vastgesteld door de CISO."),
    ("h2", "1. Probleemstelling"),
    ("p", "Hoe kon een ransomware-aanval bij een hostingleverancier leiden tot een geslaagde aanmelding op een "
          "beheeraccount in de {{Microsoft Entra ID|PR}} tenant van {{Logius}} en tot blootstelling van "
          "persoonsgegevens van inwoners van de {{Gemeente Amersfoort}}?"),
    ("h2", "2. Tijdlijn"),
    ("table", [["Datum/tijd", "Gebeurtenis"],
               ["16-01-2025", "Pentest {{Redhaven Security Ltd}} rapporteert {{CVE-2023-4966|C}} en {{CVE-2024-21762|C}}"],
               ["28-01-2025", "Eerste misbruik NetScaler; sessie van [[tvanbeek|U]] overgenomen"],
               ["01-02-2025", "Laterale beweging; het wachtwoord van [[ADM_PJANSEN|U]] blijkt in een KeePass-bestand "
                              "op een gedeelde beheerserver van {{Xentra}} te staan"],
               ["03-02-2025 23:50", "Start versleuteling ({{Akira|PR}})"],
               ["04-02-2025 06:58", "{{Splunk|PR}}-alert; [[Yildirim]] start triage"],
               ["04-02-2025 07:10", "Account geblokkeerd door [[Klaassen]]"]], [35, 135]),
    ("pb",),
    ("h2", "3. Oorzaken (5x waarom)"),
    ("p", "Directe oorzaak: niet-gepatchte {{Citrix NetScaler|PR}} bij de leverancier. Onderliggend: (a) het contract "
          "kende geen patch-SLA voor kritieke kwetsbaarheden; (b) een beheerwachtwoord van {{Logius}} was voor "
          "support gedeeld met [[Van Beek]] en in een wachtwoordkluis van de leverancier opgeslagen; (c) "
          "{{Conditional Access|TERM}} sloot beheeraccounts uit van MFA; (d) productiedata stond in acceptatie."),
    ("p", "Menselijke factor: [[Pieter Jansen]] deelde in 2023 op verzoek van zijn toenmalige leidinggevende "
          "[[Frits Halbertsma]] het wachtwoord per e-mail. Dit was destijds gangbare praktijk en wordt niet als "
          "persoonlijk verwijtbaar aangemerkt."),
    ("h2", "4. Maatregelen"),
    ("table", [["Nr", "Maatregel", "Eigenaar", "Status"],
               ["M1", "Phishing-resistente MFA voor alle beheeraccounts ({{CHG0031911|R}})", "[[TW]]", "gereed"],
               ["M2", "Patch-SLA van 72 uur in alle ICT-contracten", "[[HS]]", "in uitvoering"],
               ["M3", "Verbod op productiedata in test, technisch afgedwongen", "[[BT]]", "gepland"],
               ["M4", "{{Zero Trust|TERM}}-architectuur voor leverancierstoegang ({{Microsoft Entra Private Access|PR}})",
                "[[BT]]", "gepland"],
               ["M5", "Periodieke toegangsreview {{GitHub|PR}} en {{Jira|PR}}", "[[SY]]", "gereed"]], [10, 110, 20, 30]),
    ("p", "Verzending: {{CIO Rijk|F}}, directie {{Logius}}, {{NCSC}}, {{Gemeente Amersfoort}}. "
          "Reacties naar {{csirt@logius.nl|M}}."),
])

# ------------------------------------------------------------------ cg24 citizen letter about phishing (1 p)
D(stem="cg24_brief_inwoner_phishing", producer="rl", font="Times", size=11,
  title="Brief inwoner", author="", blocks=[
    ("p", "[[Ayla Demirtas]]\n[[Hogeweg 212-B|A]]\n[[3814 CG|A]] Amersfoort"),
    ("p", "Aan: {{Gemeente Amersfoort}}, t.a.v. de functionaris gegevensbescherming\nPostbus 4000\n3800 EA Amersfoort"),
    ("p", "Amersfoort, 9 februari 2025"),
    ("p", "Betreft: uw brief over het datalek (kenmerk {{AP-2025-0211|R}})"),
    ("p", "Geachte mevrouw [[Bergsma]],"),
    ("p", "Ik ontving uw brief over het datalek bij uw leverancier. Een dag eerder kreeg ik een e-mail die van "
          "{{MijnOverheid}} leek te komen met een link om in te loggen met {{DigiD}}. Ik heb daar niet op geklikt. "
          "De mail kwam binnen op mijn adres [[ayla.demirtas@outlook.com|E]], hetzelfde adres dat ik op uw formulier "
          "had ingevuld. Ik vind het zeer kwalijk dat mijn BSN ([[" + BSN5 + "|B]]) in een testomgeving stond."),
    ("p", "Ik verzoek u mij te laten weten (1) welke gegevens van mij precies zijn gelekt, (2) of mijn IP-adres "
          "[[31.151.88.240|IP]] daar ook bij zat, en (3) welke maatregelen u neemt. Ik maak hierbij gebruik van mijn "
          "recht op inzage op grond van artikel 15 {{AVG|LAW}}."),
    ("p", "U kunt mij bereiken op [[06-24 71 93 08|T]]. Mijn schoonvader, [[Mehmet Demirtas]], die bij mij inwoont, "
          "ontving dezelfde mail."),
    ("p", "Met vriendelijke groet,"),
    ("hand", "[[A. Demirtas]]", "Femke", 20),
    ("p", "[[Ayla Demirtas]]"),
])

# ------------------------------------------------------------------ cg25 Zero Trust working group agenda (1 p)
D(stem="cg25_agenda_werkgroep_zero_trust", producer="rl", font="LiberationSans", size=10,
  title="Agenda werkgroep Zero Trust", author="", blocks=[
    ("h1", "Agenda interdepartementale werkgroep {{Zero Trust|TERM}}"),
    ("p", "Datum: 27 februari 2025, 10:00-12:00 | Locatie: {{Turfmarkt 147|L}}, Den Haag, zaal 4.12 | "
          "Voorzitter: [[Lotte Verhoeckx]] ({{BZK}}) | Secretaris: [[Rens Achterberg]] ({{Logius}})"),
    ("table", [["#", "Onderwerp", "Inleider", "Stukken"],
               ["1", "Opening en mededelingen", "[[LV]]", "-"],
               ["2", "Lessen uit het incident bij {{Xentra Hosting B.V.}} ({{INC0048213|R}})", "[[F. Roodenburg]]",
                "{{Root Cause Analysis|TERM}} v1.0"],
               ["3", "{{Microsoft Entra ID|PR}}: phishing-resistente MFA rijksbreed", "[[B. Terpstra]]", "notitie"],
               ["4", "Leveranciers en remote access: {{Citrix NetScaler|PR}}, {{Fortinet|PR}}, {{Palo Alto|PR}}",
                "[[G.J. Amenbrink]]", "overzicht CVE's"],
               ["5", "{{Identity and Access Management|TERM}} bij {{RvIG}} en {{Dienst ICT Uitvoering|O}}",
                "[[Nicole Varkevisser]] ({{RvIG}})", "-"],
               ["6", "Rondvraag en sluiting", "[[LV]]", "-"]], [8, 92, 40, 30]),
    ("p", "Aanmelden bij de secretaris via [[r.achterberg@logius.nl|E]] of {{zerotrust@minbzk.nl|M}}. "
          "Externe deelnemers ({{NCSC}}, {{Belastingdienst}}, {{UWV}}) melden zich bij de receptie met een "
          "geldig identiteitsbewijs."),
    ("p", "Verhinderd: [[Jeroen Tjalsma]] (vervangen door [[Sevda Yildirim]]); [[Nicole]] sluit om 11:00 aan."),
])

# ------------------------------------------------------------------ cg26 access revocation request (1 p), personeelsnummers
D(stem="cg26_verzoek_intrekken_toegang", producer="rl", font="Helvetica", size=9.5,
  title="Verzoek wijziging autorisaties", author="", blocks=[
    ("h1", "Verzoek wijziging autorisaties (IAM-formulier F-12)"),
    ("p", "Ingediend via {{ServiceNow|PR}} ({{RITM0104402|R}}) op 5 februari 2025 door [[Thijs Wagenvoort]], "
          "personeelsnummer [[1934477|N]]."),
    ("table", [["Medewerker", "Personeelsnummer", "Account", "Wijziging", "Reden"],
               ["[[Jansen, P.]]", "[[2187341|N]]", "[[ADM_PJANSEN|U]]", "Intrekken tot 10-02", "Gecompromitteerd"],
               ["[[Klaassen, R.]]", "[[2204519|N]]", "[[ADM_RKLAASSEN|U]]", "FIDO2 verplicht", "{{CHG0031911|R}}"],
               ["[[Amenbrink, G.J.]]", "[[1877203|N]]", "[[ADM_GAMENBRINK|U]]", "FIDO2 verplicht", "{{CHG0031911|R}}"],
               ["[[Heijsteeg, K.]] (extern)", "[[E-40917|N]]", "[[ext_kheijsteeg|U]]", "Read-only {{Splunk|PR}} tot 28-02",
                "Forensisch onderzoek"],
               ["[[Van Beek, T.]] ({{Xentra}})", "[[E-38152|N]]", "[[XEN_TVANBEEK|U]]", "Verwijderen", "Leverancier gestopt"]],
     [34, 26, 34, 40, 36]),
    ("p", "Akkoord leidinggevende: [[F. Roodenburg]] (5-2-2025). Uitvoering: team IAM-beheer. "
          "Controle achteraf door de {{Auditdienst Rijk|O}} in het kader van de {{BIO|LAW}}."),
    ("p", "Let op: de personeelsnummers worden gebruikt in {{SAP SuccessFactors|PR}} en {{P-Direkt|O}}; "
          "vragen via {{iam@logius.nl|M}}."),
])

# ------------------------------------------------------------------ cg27 vendor status update (English, 1 p)
D(stem="cg27_xentra_status_update", producer="rl", font="Carlito", size=10,
  title="Customer notice - security incident", author="Xentra Hosting B.V.", blocks=[
    ("h1", "Customer notice - security incident (update 3)"),
    ("p", "{{Xentra Hosting B.V.}} | Eindhoven | 11 February 2025 | Ref. {{XEN-SEC-2025-002|R}}"),
    ("p", "Dear customer,\n\nOn 3 February 2025 part of our infrastructure was encrypted by the {{Akira|PR}} "
          "ransomware group. With our Incident Response partner {{Northwave}} we have restored all customer "
          "environments except the acceptance environments, which will not be restored. Initial access was "
          "obtained via {{CVE-2023-4966|C}} in our {{Citrix NetScaler|PR}} gateway. We have decommissioned the "
          "gateway and moved remote access to {{Palo Alto|PR}} GlobalProtect with MFA."),
    ("p", "We have notified the {{Autoriteit Persoonsgegevens}} ourselves (as processor) and support our customers "
          "with their own notifications. Law enforcement ({{Politie|O}}, Team High Tech Crime) has been informed."),
    ("p", "Questions: {{security@xentra-hosting.nl|M}} or our switchboard {{+31 40 291 8800|SW}}. Your account "
          "manager will contact you personally.\n\nSincerely,"),
    ("hand", "[[E.J. Mulderij]]", "Femke", 20),
    ("p", "[[Erik-Jan Mulderij]]\nManaging Director"),
    ("small", "Account managers: public sector - [[Sophie Vreeswijk-Lammers]] ([[s.vreeswijk@xentra-hosting.nl|E]], "
              "[[+31 6 1539 0826|T]]); enterprise - [[Daan Oomkes]] ([[d.oomkes@xentra-hosting.nl|E]])."),
])

# ------------------------------------------------------------------ cg28 NCSC advisory forwarded (1 p)
D(stem="cg28_doorgestuurd_ncsc_advies", producer="rl", font="DejaVuSans", size=9,
  title="FW: NCSC-2025-0042 Ivanti en Fortinet", author="", blocks=[
    ("small", "Van: [[Tjalsma, Jeroen]] <[[j.tjalsma@logius.nl|E]]>\nVerzonden: vrijdag 17 januari 2025 08:22\n"
              "Aan: [[Roodenburg, Femke]]; [[Klaassen, Ruben]]; {{soc@logius.nl|M}}\n"
              "Onderwerp: FW: Beveiligingsadvies {{NCSC-2025-0042|R}} - {{Ivanti|PR}} Connect Secure en {{FortiOS|PR}}"),
    ("p", "[[Femke]], [[Ruben]],\n\nHet {{NCSC}} schaalt dit advies op naar High/High. {{CVE-2025-0282|C}} "
          "({{Ivanti Connect Secure|PR}}) wordt actief misbruikt; wij gebruiken Ivanti niet, maar {{Xentra}} wel "
          "voor hun eigen beheer. Daarnaast staat {{CVE-2024-21762|C}} ({{FortiOS|PR}}) nog open bij {{Xentra}}, "
          "zie bevinding RHS-02 van [[Whitmore]]. Ik stel voor dat [[Hanneke]] de leverancier formeel in gebreke "
          "stelt als er volgende week niet gepatcht is.\n\nGroet,\n[[Jeroen]]\n\n[[Jeroen Tjalsma]] | plv. CISO | "
          "{{Logius}} | [[+31 6 4790 1183|T]]"),
    ("small", "-----Oorspronkelijk bericht-----\nVan: {{NCSC}} <{{info@ncsc.nl|M}}>\nVerzonden: donderdag 16 januari 2025 17:45\n"
              "Aan: {{soc@logius.nl|M}}\nOnderwerp: Beveiligingsadvies {{NCSC-2025-0042|R}} [1.02]"),
    ("p", "Het {{NCSC}} heeft een update van beveiligingsadvies {{NCSC-2025-0042|R}} gepubliceerd. Kans: high. Schade: "
          "high. Betrokken producten: {{Ivanti Connect Secure|PR}}, {{Ivanti Policy Secure|PR}}, {{FortiOS|PR}}, "
          "{{FortiProxy|PR}}. CVE-ID's: {{CVE-2025-0282|C}}, {{CVE-2025-0283|C}}, {{CVE-2024-21762|C}}. Het NCSC adviseert "
          "de updates zo snel mogelijk te installeren en te controleren op indicatoren van misbruik met de "
          "Integrity Checker Tool."),
    ("small", "Dit bericht is automatisch verzonden. U ontvangt dit bericht omdat u geabonneerd bent op de "
              "beveiligingsadviezen van het {{NCSC}}."),
])

# ------------------------------------------------------------------ cg29 Entra sign-in log (landscape, 1 p)
D(stem="cg29_entra_signin_log", producer="rl", font="LiberationSans", size=7.5, landscape=True,
  title="Entra ID sign-in logs export", author="ADM_SYILDIRIM",
  hidden=[{"text": "ADM_SYILDIRIM", "kind": "USERNAME", "channel": "metadata"}], blocks=[
    ("h2", "{{Microsoft Entra ID|PR}} - Sign-in logs (export CSV, gefilterd op 'Failure' en 'Interrupted', 4 februari 2025)"),
    ("table", [["Date (UTC)", "User", "Username", "Application", "IP address", "Location", "Status", "Conditional Access"],
               ["2025-02-04 06:58:11", "[[Pieter Jansen]] (ADM)", "[[ADM_PJANSEN@logius.onmicrosoft.com|E]]",
                "Azure Portal", "185.220.101.47", "DE", "Failure 50126", "Not applied"],
               ["2025-02-04 07:01:03", "[[Pieter Jansen]] (ADM)", "[[ADM_PJANSEN@logius.onmicrosoft.com|E]]",
                "Azure Portal", "194.171.40.12", "NL", "Success", "Not applied"],
               ["2025-02-04 07:44:20", "[[Sevda Yildirim]]", "[[s.yildirim@logius.nl|E]]", "Microsoft Teams",
                "[[81.207.33.164|IP]]", "NL", "Interrupted 50074", "Success"],
               ["2025-02-04 08:02:57", "[[Ruben Klaassen]]", "[[r.klaassen@logius.nl|E]]", "ServiceNow",
                "[[94.214.160.88|IP]]", "NL", "Interrupted 50074", "Success"],
               ["2025-02-04 09:13:05", "[[Marco Brinkhorst]] (guest)", "[[m.brinkhorst_amersfoort.nl#EXT#|U]]",
                "Microsoft Teams", "[[212.238.17.90|IP]]", "NL", "Failure 53003", "Failure"],
               ["2025-02-04 11:20:41", "[[Bas Terpstra]]", "[[bas.terpstra@minbzk.nl|E]]", "Azure Portal",
                "147.181.0.23", "NL", "Success", "Success"]],
     [24, 30, 52, 22, 24, 13, 24, 22]),
    ("p", "Toelichting SOC ([[SY]]): de aanmeldingen van [[Yildirim]], [[Klaassen]] en [[Brinkhorst]] kwamen vanaf "
          "thuisverbindingen tijdens de crisis en zijn legitiem. 147.181.0.23 is het uitgaande adres van de "
          "rijkswerkplek ({{Dienst ICT Uitvoering|O}}). Foutcode 53003 = geblokkeerd door {{Conditional Access|TERM}}."),
])

# ------------------------------------------------------------------ cg30 slides for CIO-overleg (landscape, 2 p)
D(stem="cg30_presentatie_cio_overleg", producer="rl", font="Carlito", size=13, landscape=True,
  title="Presentatie CIO-overleg 19 februari 2025", author="Femke Roodenburg",
  outline=[("Incident Xentra - stand van zaken", 1), ("Maatregelen (FR/RK)", 2)],
  blocks=[
    ("h1", "Incident {{Xentra Hosting B.V.}} - stand van zaken"),
    ("p", "CIO-overleg Rijk | 19 februari 2025 | [[Femke Roodenburg]], CISO {{Logius}}"),
    ("p", "- Aanval via {{CVE-2023-4966|C}} ({{Citrix NetScaler|PR}}) bij de leverancier\n"
          "- Eén beheeraccount van {{Logius}} misbruikt; binnen 12 minuten geblokkeerd\n"
          "- Geen impact op productie van {{DigiD}} en {{MijnOverheid}}\n"
          "- Datalek bij {{Gemeente Amersfoort}}: 1.312 inwoners, gemeld bij de {{Autoriteit Persoonsgegevens}}\n"
          "- {{Root Cause Analysis|TERM}} gereed (21 februari)"),
    ("small", "Sprekersnotitie: dank aan [[Sevda]] en [[Ruben]] noemen; [[Pieter]] NIET noemen."),
    ("pb",),
    ("h1", "Maatregelen en vraag aan de {{CIO Rijk|F}}"),
    ("table", [["Maatregel", "Eigenaar", "Gereed"],
               ["Phishing-resistente MFA voor alle beheeraccounts ({{Microsoft Entra ID|PR}})", "[[RK]] / [[TW]]", "Q1 2025"],
               ["Patch-SLA 72 uur in rijksbrede inkoopvoorwaarden (ARBIT)", "{{Rijksinkoop|O}} / [[HS]]", "Q2 2025"],
               ["{{Zero Trust|TERM}} voor leverancierstoegang", "[[BT]]", "Q3 2025"],
               ["Rijksbrede scan op {{Fortinet|PR}}, {{Ivanti|PR}}, {{Palo Alto|PR}} bij leveranciers", "{{NCSC}}", "maart 2025"]],
     [150, 60, 40]),
    ("p", "Vraag: stemt het CIO-overleg in met een rijksbrede patch-SLA en met verplichte {{Single Sign-On|TERM}} "
          "via {{Microsoft Entra ID|PR}} voor leveranciersportalen?"),
    ("small", "Contact: [[f.roodenburg@logius.nl|E]] | [[06-41827365|T]]"),
])

# ------------------------------------------------------------------ cg31 Q&A for helpdesks (docx, LibreOffice)
D(stem="cg31_vraag_en_antwoord_helpdesk", producer="docx", size=10, docx_font="Liberation Serif",
  title="Q&A datalek Xentra voor helpdesks", author="Dewi Pattiasina", last_modified_by="Anouk Bergsma",
  hidden=[], blocks=[
    ("h1", "Vragen en antwoorden - datalek bij leverancier (voor {{DigiD}}-helpdesk en KCC)"),
    ("p", "Versie 3, 7 februari 2025. Afgestemd tussen {{Logius}} ([[Dewi Pattiasina]]) en de {{Gemeente Amersfoort}} "
          "([[Anouk Bergsma]]). Niet letterlijk voorlezen."),
    ("h2", "Is mijn DigiD gehackt?"),
    ("p", "Nee. {{DigiD}} zelf is niet getroffen. Wel stonden bij een leverancier van de gemeente gegevens die u "
          "op een gemeentelijk formulier heeft ingevuld. Uw {{DigiD}}-wachtwoord is nooit opgeslagen."),
    ("h2", "Ik heb een verdachte e-mail van MijnOverheid ontvangen. Wat moet ik doen?"),
    ("p", "Klik niet op links. {{MijnOverheid}} stuurt nooit een e-mail met een inloglink. Stuur de mail door naar "
          "{{valse-email@ncsc.nl|M}} en verwijder hem."),
    ("h2", "Wie kan ik bellen?"),
    ("p", "Inwoners van Amersfoort: {{14 033|SW}}. Vragen over {{DigiD}}: {{088 123 6 555|SW}}. "
          "Pers: {{woordvoering@minbzk.nl|M}}. Escalaties binnen kantooruren naar [[Dewi]] ([[0651902238|T]]) of, "
          "voor de gemeente, naar [[Bergsma]]."),
    ("h2", "Voorbeeldgesprek (geanonimiseerd door KCC, maar naam bleef staan)"),
    ("table", [["Tijd", "Beller", "Vraag", "Afgehandeld door"],
               ["6-2 10:14", "dhr. [[Bouzerda]]", "Inzage in gegevens, wil klacht indienen", "KCC-medewerker [[Inge Soetens]]"],
               ["6-2 11:02", "mw. [[Van Dijkhuizen]]", "Is BSN nu onbruikbaar? Angst voor identiteitsfraude", "[[I. Soetens]]"],
               ["6-2 13:40", "anoniem", "Phishingmail {{MijnOverheid}}", "[[Karim Bennani]]"]]),
    ("p", "Registreer elk gesprek in {{ServiceNow|PR}} onder {{INC0048213|R}} met categorie 'Datalek'."),
])
