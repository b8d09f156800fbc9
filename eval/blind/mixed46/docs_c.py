"""Universities (partly English), schools, public transport, Interreg mail, chat, calendar, newsletter, scans."""
from lib import Doc, add, H, P, T, KV, SP, PB, MONO  # noqa: F401

# ---------------------------------------------------------------------------------------------- d08
d = Doc("bd08_ethics_decision_uu.pdf", "libreoffice")
d.meta = {"author": "[[PERSON:Dr. Hannah Whitfield]]", "title": "FETC decision 26-1187 - [[PERSON:Priyanka Raghavan]]",
          "subject": "Ethics review, PhD project"}
d.mailto = True
add(d, "docx", [
    P("Faculty Ethics Review Board - Decision", "title"),
    T([["Application", "{{FILE:FETC 26-1187}}"],
       ["Title", "Trust in water authorities after the 2021 Limburg floods: a mixed-methods study"],
       ["Applicant", "[[PERSON:Priyanka Raghavan]] (PhD candidate, student number [[STUDENTNR:6843217]])"],
       ["Supervisors", "[[PERSON:prof. dr. Maarten de Kruijff]] (promotor), [[PERSON:dr. Oluwaseun Adeyemi-Bakker]] (co-promotor)"],
       ["Faculty", "{{ORG:Faculty of Social and Behavioural Sciences}}, {{ORG:Utrecht University}}"],
       ["Date", "27 October 2026"]], widths=(3.4, 12.6), header=False),
    H("1. Decision", 2),
    P("The Board approves the application under conditions. The study uses interviews with residents of "
      "{{PLACE:Valkenburg aan de Geul}} and officials of {{ORG:Waterschap Limburg}}. Data will be stored in "
      "{{PRODUCT:YoDa}} and pseudonymised with {{PRODUCT:Castor EDC}}."),
    H("2. Conditions", 2),
    P("a) Participants who report [[HEALTH:post-traumatic stress symptoms]] are referred to the {{ORG:GGD Zuid Limburg}}.\n"
      "b) The informed consent form must follow the {{LAW:General Data Protection Regulation}} (GDPR/{{LAW:AVG}}).\n"
      "c) Interviews with the dijkgraaf and gedeputeerden are on the record; those with other staff are anonymised."),
    H("3. Considerations", 2),
    P("The Board discussed the application on 20 October. Board member [[PERSON:dr. Thomas Vandevelde]] abstained "
      "because he co-authored a paper with [[PERSON:De Kruijff|Maarten de Kruijff]]. The secretary, [[PERSON:Dr. Hannah Whitfield]], "
      "prepared the decision. Ms [[PERSON:Raghavan|Priyanka Raghavan]] may appeal to the {{ORG:College van Bestuur}} within six weeks."),
    P("On behalf of the Board,\n\n[[PERSON:Dr. Hannah Whitfield]], {{TITLE:Secretary}}\n"
      "[[EMAIL:h.whitfield@uu.nl]] | [[PHONE:+31 30 253 71 18]] | {{MAILBOX:fetc-fsw@uu.nl}}"),
    P("Copy: {{TITLE:Rector Magnificus}} {{OFFICIAL:prof. dr. Wilco Hazeleger}}; {{ORG:Graduate School of Social and Behavioural Sciences}}.", "small"),
], header_lines=["{{ORG:Utrecht University}}", "{{OFFICEADDR:Heidelberglaan 8}}, 3584 CS {{PLACE:Utrecht}}, The Netherlands - {{SWITCH:+31 30 253 35 50}}"],
    font="Arial")

# ---------------------------------------------------------------------------------------------- d09
d = Doc("bd09_dmp_tudelft.pdf", "reportlab")
d.meta = {"author": "[[PERSON:Lars Vermeulen-Obi]]", "title": "Data Management Plan - FloodAdapt NL",
          "keywords": "DMP, 4TU.ResearchData, [[PERSON:Vermeulen-Obi|Lars Vermeulen-Obi]]"}
d.outline = True
d.mailto = True
d.fields = [("pi_name", "[[PERSON:Ines Carvalho Mendes]]", 11.0, 1.5, 6.0)]
add(d, "rl", [
    P("Data Management Plan (DMP) - {{PROJECT:FloodAdapt NL}}", "title"),
    SP(8),
    H("1. Project and contacts"),
    P("Funder: {{ORG:NWO}} ({{PROGRAMME:Klimaatbestendige Delta}}), grant {{FILE:KICH1.LWV02.21.004}}. Host: "
      "{{ORG:Delft University of Technology}}, {{ORG:Faculty of Civil Engineering and Geosciences}}. Partners: "
      "{{ORG:Deltares}}, {{ORG:Hoogheemraadschap van Delfland}} and {{ORG:Provincie Zuid-Holland}}."),
    T([["Role", "Name", "E-mail", "Phone"],
       ["Principal investigator", "[[PERSON:prof. Ines Carvalho Mendes]]", "[[EMAIL:i.carvalhomendes@tudelft.nl]]", "[[PHONE:+31 15 278 44 02]]"],
       ["Data steward", "[[PERSON:Lars Vermeulen-Obi]]", "[[EMAIL:l.vermeulen-obi@tudelft.nl]]", "[[PHONE:+31 6 2839 1046]]"],
       ["Postdoc", "[[PERSON:Wei Zhang]]", "[[EMAIL:w.zhang-3@tudelft.nl]]", "-"],
       ["Partner contact {{ORG:Deltares}}", "[[PERSON:Robbert-Jan van der Steeg]]", "[[EMAIL:robbertjan.vandersteeg@deltares.nl]]", "[[PHONE:088 335 84 19]]"],
       ["Privacy team", "{{ORG:Privacy Team TU Delft}}", "{{MAILBOX:privacy-tud@tudelft.nl}}", "{{SWITCH:+31 15 278 91 11}}"]],
      widths=(3.4, 4.2, 5.4, 3.2), size=8),
    H("2. Data description"),
    P("The project collects (a) hydrodynamic model output ({{PRODUCT:Delft3D FM}}, {{PRODUCT:SFINCS}}), (b) sensor data "
      "from {{ORG:Rijkswaterstaat}} ({{PRODUCT:Waterinfo}}) and (c) survey responses of 1,200 residents. Personal data "
      "are limited to (c): postcode at 4-digit level, age band and e-mail address for the follow-up wave."),
    H("3. Storage, FAIR and archiving"),
    P("Working data: {{PRODUCT:Project Data storage (U:)}} and {{PRODUCT:SURFdrive}}. Archive: {{ORG:4TU.ResearchData}} under "
      "{{PRODUCT:CC BY 4.0}}; survey data only as aggregated tables. Metadata follow {{TERM:DataCite}} and {{TERM:ISO 19115}}. "
      "Pseudonymisation keys are held by the data steward ([[PERSON:Lars Vermeulen-Obi]]) only."),
    PB(),
    H("4. Ethics and privacy"),
    P("Approved by the {{ORG:Human Research Ethics Committee}} (HREC), letter of 3 June 2026. A {{TERM:DPIA}} was not "
      "required (advice [[PERSON:Emma Lindqvist]], privacy officer, 12 May 2026). Survey respondents who mention "
      "[[HEALTH:health complaints after flooding]] are not followed up by the researchers."),
    H("5. Responsibilities and budget"),
    P("The PI ([[PERSON:Carvalho Mendes|prof. Ines Carvalho Mendes]]) is responsible. Costs for archiving (EUR 4,500) are included. "
      "Last update: 2 November 2026 by [[PERSON:L. Vermeulen-Obi|Lars Vermeulen-Obi]]. Questions: {{MAILBOX:researchdata@tudelft.nl}}."),
], letterhead=["{{ORG:Delft University of Technology}}", "{{OFFICEADDR:Stevinweg 1}}, 2628 CN {{PLACE:Delft}}", "{{SWITCH:+31 15 278 91 11}}"],
    font="DejaVu")
d.notes = [(0, "[[PERSON:Wei Zhang]]", "Ines, should [[PERSON:Robbert-Jan|Robbert-Jan van der Steeg]] be listed? He left Deltares?")]

# ---------------------------------------------------------------------------------------------- d10
d = Doc("bd10_klacht_schoolbestuur.pdf", "libreoffice")
d.meta = {"author": "[[PERSON:Mirjam Hofstede]]", "title": "Klacht [[PERSON:familie El Idrissi]] - afhandeling"}
add(d, "docx", [
    P("Afhandeling klacht ouders", "title"),
    KV([("Schoolbestuur", "{{ORG:Stichting Openbaar Onderwijs Kop van Noord-Holland}} ({{ORG:Stichting Surplus}})"),
        ("School", "{{ORG:OBS De Wadden}}, Den Helder"),
        ("Klager", "de heer [[PERSON:Youssef El Idrissi]] en mevrouw [[PERSON:Sanae El Idrissi-Bouhali]]"),
        ("Leerling", "[[PERSON:Amira El Idrissi]], groep 6, geboren [[DOB:19 mei 2017]], BSN [[BSN:404.377.117]]"),
        ("Telefoon ouders", "[[PHONE:06-23456781]]"),
        ("Behandeld door", "[[PERSON:Mirjam Hofstede]], {{TITLE:bestuurssecretaris}}"),
        ("Datum", "5 november 2026")], widths=(3.6, 12.4)),
    H("Klacht van de familie [[PERSON:El Idrissi|Youssef El Idrissi]]", 1),
    P("De ouders klagen dat de school de [[SPECIAL:dyslexieverklaring]] en de diagnose [[HEALTH:ADHD]] van hun dochter niet "
      "heeft gebruikt bij de Cito-toetsen ({{PRODUCT:Leerling in beeld}}). Ook zou juf [[PERSON:Kim Bakker]] de "
      "dochter voor de klas hebben aangesproken op haar [[SPECIAL:hoofddoek]]."),
    H("Hoor en wederhoor", 1),
    P("Op 22 oktober is gesproken met de ouders, met juf [[PERSON:Bakker|Kim Bakker]] en met de directeur, "
      "de heer [[PERSON:Arjan Zeeman]]. De intern begeleider [[PERSON:Nelleke de Boer-Swart]] heeft het "
      "handelingsplan laten zien."),
    PB(),
    H("Oordeel", 1),
    P("Het bestuur acht de klacht over de toetsaanpassingen gegrond en de klacht over de bejegening ongegrond. "
      "De ouders kunnen zich wenden tot de {{ORG:Landelijke Klachtencommissie Onderwijs}} ({{ORG:Onderwijsgeschillen}}). "
      "De {{ORG:Inspectie van het Onderwijs}} is geïnformeerd."),
    P("Met vriendelijke groet,\n\n[[PERSON:drs. Paul Dekema]]\n{{TITLE:voorzitter College van Bestuur}}"),
    P("Correspondentieadres ouders: [[ADDRESS:Zuidstraat 45]], [[POSTCODE:1781 GJ]] Den Helder.", "small"),
], header_lines=["{{ORG:Stichting Surplus}} - openbaar en katholiek onderwijs", "{{OFFICEADDR:Industrieweg 2}}, {{PLACE:Schagen}} - {{SWITCH:0224 79 43 00}}"])

# ---------------------------------------------------------------------------------------------- d11
d = Doc("bd11_notulen_mr.pdf", "reportlab")
d.meta = {"author": "[[PERSON:Judith van der Meulen]]", "title": "Notulen MR 15 oktober 2026"}
add(d, "rl", [
    P("Notulen medezeggenschapsraad {{ORG:CSG Comenius}} - 15 oktober 2026", "title"),
    P("Aanwezig: [[PERSON:Judith van der Meulen]] (JvdM, voorzitter, oudergeleding), [[PERSON:Hamza Tahiri]] (HT, leerling), "
      "[[PERSON:Ria Kloppenburg]] (RK, personeel), [[PERSON:Sven Dijkstra]] (SD, personeel), [[PERSON:Marit Hoekstra]] (MH, ouder). "
      "Namens de directie: rector [[PERSON:drs. B.R. Aalbersberg]] (BA). Afwezig met bericht: [[PERSON:Olga Nowak]] (ON)."),
    T([["#", "Onderwerp", "Bespreking", "Actie"],
       ["1", "Opening", "[[PARAPH:JvdM]] opent om 19.30 uur.", "-"],
       ["2", "Schoolplan", "[[PARAPH:BA]] licht het schoolplan toe. [[PARAPH:RK]] vraagt naar werkdruk. Akkoord met advies {{ORG:VO-raad}}.", "[[PARAPH:BA]]"],
       ["3", "Formatie", "[[PARAPH:SD]]: drie vacatures exact. {{PROGRAMME:Nationaal Programma Onderwijs}} loopt af.", "[[PARAPH:SD]] / [[PARAPH:BA]]"],
       ["4", "Leerlingenstatuut", "[[PARAPH:HT]] meldt klachten over {{PRODUCT:Magister}} en {{PRODUCT:Zermelo}}.", "[[PARAPH:HT]]"],
       ["5", "Rondvraag", "[[PARAPH:MH]] vraagt of de {{ORG:GMR}} de begroting al heeft. [[PARAPH:JvdM]] zoekt uit.", "[[PARAPH:JvdM]]"]],
      widths=(0.7, 3.0, 9.3, 3.0)),
    P("Actielijst: [[PARAPH:RK]] stuurt de werkdrukenquête naar {{MAILBOX:mr@csgcomenius.nl}} voor 1 november. "
      "Volgende vergadering 26 november. Notulist: [[PERSON:J. van der Meulen|Judith van der Meulen]]."),
], letterhead=["{{ORG:CSG Comenius}}", "{{OFFICEADDR:Pieter Zeemanweg 25}}, {{PLACE:Leeuwarden}}"], font="Helvetica")

# ---------------------------------------------------------------------------------------------- d12
d = Doc("bd12_interreg_thread.pdf", "libreoffice")
d.meta = {"author": "[[PERSON:Femke Bosgra]]", "title": "RE: Interreg VI Deutschland-Nederland - FloodWise partner meeting",
          "subject": "mail thread [[PERSON:Bosgra|Femke Bosgra]] / [[PERSON:Heinemann|Katrin Heinemann]]",
          "keywords": "Interreg FloodWise [[PERSON:Posthumus]]"}
d.mailto = True
add(d, "docx", [
    MONO("From:    [[PERSON:Femke Bosgra]] <[[EMAIL:f.bosgra@fryslan.frl]]>\n"
         "Sent:    Monday, 9 November 2026 10:14\n"
         "To:      [[PERSON:Heinemann, Katrin|Katrin Heinemann]] <[[EMAIL:katrin.heinemann@lwk-niedersachsen.de]]>\n"
         "Cc:      [[PERSON:Jaap Wiersma]] <[[EMAIL:j.wiersma@wetterskipfryslan.nl]]>; {{MAILBOX:interreg@fryslan.frl}}\n"
         "Subject: RE: {{PROJECT:FloodWise}} partner meeting Leer"),
    P("Dear [[PERSON:Katrin]],"),
    P("Thanks for the draft agenda. {{ORG:Provinsje Fryslân}} will be represented by deputy (gedeputeerde) "
      "{{OFFICIAL:Friso Douwstra}} in the morning session and by me in the work package 3 session. [[PERSON:Jaap]] "
      "from {{ORG:Wetterskip Fryslân}} joins for the dike pilot. Could the {{ORG:Joint Secretariat}} in {{PLACE:Kleve}} "
      "confirm that costs of the external moderator ([[PERSON:Dr. Ulrike Brandstätter]]) are eligible under the "
      "{{PROGRAMME:Interreg VI Deutschland-Nederland}} rules?"),
    P("Best regards,\n[[PERSON:Femke Bosgra]] | {{TITLE:projectleider}} {{PROGRAMME:Europese programma's}}\n"
      "{{ORG:Provinsje Fryslân}} | {{OFFICEADDR:Tweebaksmarkt 52}}, {{PLACE:Leeuwarden}}\nM [[PHONE:+31 (0)6 55 18 40 27]]"),
    PB(),
    MONO("Von:     [[PERSON:Katrin Heinemann]] <[[EMAIL:katrin.heinemann@lwk-niedersachsen.de]]>\n"
         "Gesendet: Freitag, 6. November 2026 15:51\n"
         "An:      [[PERSON:Bosgra, Femke|Femke Bosgra]]\n"
         "Betreff: {{PROJECT:FloodWise}} partner meeting Leer"),
    P("Hallo [[PERSON:Femke]], dear all,"),
    P("please find the agenda for 24 November in {{PLACE:Leer (Ostfriesland)}}. Venue: {{ORG:Landwirtschaftskammer "
      "Niedersachsen}}, Bezirksstelle Ostfriesland. Lunch is sponsored by {{ORG:Ems-Dollart-Region}}. Please send dietary "
      "needs to my colleague [[PERSON:Jens-Uwe Oltmanns]] ([[PHONE:+49 491 9288-214]]). Regarding [[PERSON:Jaap]]: he told "
      "me he is [[HEALTH:recovering from knee surgery]], so we booked a ground-floor room."),
    P("Mit freundlichen Grüßen / kind regards\n[[PERSON:Katrin Heinemann]]\n{{TITLE:Projektkoordinatorin}}, "
      "{{ORG:Landwirtschaftskammer Niedersachsen}}\nTel. [[PHONE:+49 441 801-3377]]"),
    MONO("Van:       [[PERSON:Wiersma, Jaap|Jaap Wiersma]] <[[EMAIL:j.wiersma@wetterskipfryslan.nl]]>\n"
         "Verzonden: donderdag 5 november 2026 09:03\n"
         "Aan:       [[PERSON:Femke Bosgra]]\n"
         "Onderwerp: dijkpilot"),
    P("Hoi [[PERSON:Femke]], ik kan op 24 november. Dijkgraaf {{OFFICIAL:Luuk Boschker}} heeft de pilot vrijgegeven. Groet, [[PERSON:Jaap]]"),
], header_lines=["Printed from {{PRODUCT:Outlook}} - [[PERSON:Femke Bosgra]]"])

# ---------------------------------------------------------------------------------------------- d13
d = Doc("bd13_teams_chat_ov.pdf", "reportlab")
d.meta = {"author": "[[HANDLE:EBOLK7741]]", "title": "Teams-chat OV-team Zeeland export"}
d.xmp = {"dc:creator": "[[PERSON:Evert Bolk]]", "dc:description": "Export voor Woo-verzoek van [[PERSON:Bert-Jan Riemens]]"}
add(d, "rl", [
    P("Chat export - kanaal: {{ORG:Team OV}} / Dienstregeling 2027", "title"),
    P("Geëxporteerd uit {{PRODUCT:Microsoft Teams}} door [[HANDLE:EBOLK7741]] op 13-11-2026 08:02", "small"),
    MONO("[12-11 09:12] [[PERSON:Evert Bolk]]: goedemorgen! Heeft iemand de reactie van {{ORG:Connexxion}} al?\n"
         "[12-11 09:15] [[PERSON:Lisanne]]: ja, van [[PERSON:Guido]] ([[PERSON:Guido Raes]]), gisteren laat.\n"
         "[12-11 09:16] [[PERSON:Lisanne]]: hij belt liever: [[PHONE:06-20 31 77 48]]\n"
         "[12-11 09:17] [[PERSON:Lisanne]]: of op kantoor [[PHONE:0031 118 63 12 77]]\n"
         "[12-11 09:21] [[PERSON:Evert Bolk]]: ok. @[[HANDLE:ldevisser]] kun jij de {{PROJECT:Westerscheldeferry}}-tijden checken?\n"
         "[12-11 09:40] [[PERSON:Lisanne de Visser]]: doe ik. gedeputeerde {{OFFICIAL:Harry van der Maas}} wil vrijdag een update\n"
         "[12-11 10:02] [[PERSON:Mo]]: let op: [[PERSON:Evert]] is vrijdag weg ([[HEALTH:ziek gemeld]])\n"
         "[12-11 10:05] [[PERSON:Mohammed Aït Ouarab]]: dus ik neem de presentatie over\n"
         "[12-11 10:06] [[PERSON:Lisanne de Visser]]: top [[PERSON:Mo]]. mail naar {{MAILBOX:ov@zeeland.nl}} cc mij\n"
         "[12-11 11:30] [[PERSON:Guido Raes]] (Gast): tijden {{PRODUCT:Zeeuwse Lijn}} 50 staan in de bijlage", size=8.2),
    P("Leden van het kanaal: [[HANDLE:EBOLK7741]], [[HANDLE:ldevisser]], [[HANDLE:m.aitouarab]], [[HANDLE:graes_extern]] "
      "(gast, {{ORG:Connexxion}}).", "small"),
    P("Bewaartermijn volgens {{LAW:Archiefwet 1995}}; export bewaard in {{PRODUCT:Corsa}} onder {{FILE:Z-OV-2026-441}}.", "small"),
], letterhead=["{{ORG:Provincie Zeeland}}", "{{OFFICEADDR:Abdij 6}}, 4331 BK {{PLACE:Middelburg}}"], font="DejaVu")

# ---------------------------------------------------------------------------------------------- d14
d = Doc("bd14_agenda_printout_wethouder.pdf", "reportlab")
d.meta = {"author": "[[PERSON:Sarita Ramdin]]", "title": "Agenda - [[PERSON:Sarita Ramdin]] - week 46"}
add(d, "rl", [
    P("Agenda van [[PERSON:Sarita Ramdin]] ({{TITLE:bestuursadviseur}}) - week 46", "title"),
    P("Afgedrukt uit {{PRODUCT:Outlook}} op 9-11-2026 07:58 - tijdzone (UTC+01:00) Amsterdam", "small"),
    T([["Dag", "Tijd", "Onderwerp", "Locatie", "Deelnemers"],
       ["ma 9 nov", "08:30-09:00", "Voorbespreken college", "Kamer 4.12", "wethouder {{OFFICIAL:Rutger Groot Wassink}}, [[PERSON:Ramdin|Sarita Ramdin]]"],
       ["ma 9 nov", "13:00-14:00", "{{PROJECT:Amstel III}} huisvesting studenten", "{{PRODUCT:Teams}}", "[[PERSON:Joris Baggerman]] ({{ORG:DUWO}}), [[PERSON:Esther Kwakman]]"],
       ["di 10 nov", "10:00-11:30", "Overleg {{ORG:Vrije Universiteit Amsterdam}} campus", "{{OFFICEADDR:De Boelelaan 1105}}", "[[PERSON:prof. Karin Schuitemaker]], [[PERSON:Pim van Dijkhuizen]]"],
       ["wo 11 nov", "hele dag", "Privé - [[SPECIAL:tandarts en therapie]]", "-", "-"],
       ["do 12 nov", "15:00-15:30", "Bellen met [[PERSON:Danielle]] ({{ORG:Rochdale}})", "[[PHONE:06 5370 1846]]", "[[PERSON:Danielle Wijntjes]]"],
       ["vr 13 nov", "09:00-12:00", "Raadscommissie Wonen", "{{OFFICEADDR:Amstel 1}}", "burgemeester {{OFFICIAL:Femke Halsema}} (vz)"]],
      widths=(1.7, 2.1, 4.6, 3.4, 4.6), size=8),
    P("Herinnering: [[PERSON:Esther Kwakman]] ([[EMAIL:e.kwakman@amsterdam.nl]]) regelt de toegangspassen. Parkeren: "
      "kenteken [[PLATE:K-771-ZP]].", "small"),
], letterhead=["{{ORG:Gemeente Amsterdam}}", "{{OFFICEADDR:Amstel 1}}, 1011 PN {{PLACE:Amsterdam}}"], margins=(2.0, 1.6, 2.2, 2.0))

# ---------------------------------------------------------------------------------------------- d15
d = Doc("bd15_nieuwsbrief_waterschap.pdf", "libreoffice")
d.meta = {"author": "[[PERSON:Annelies Kroeze]]", "title": "Nieuwsbrief Waterschap Vechtstromen november 2026"}
blocks = [
    P("Stroomnieuws - november 2026", "title"),
    H("Dijkgraaf opent vistrap", 2),
    P("Dijkgraaf {{OFFICIAL:Mark Gerretsen}} opende op 30 oktober de nieuwe vistrap bij {{PLACE:Stuw Hagenbeek}}. "
      "Ontwerper [[PERSON:Bart-Jan Meijerink]] van ons team Watersystemen vertelde dat de trap geschikt is voor paling. "
      "Ook wethouder {{OFFICIAL:Henk Brink}} van {{ORG:Gemeente Dinkelland}} was aanwezig."),
    H("Nieuwe collega's", 2),
    P("Welkom aan [[PERSON:Ilona Schepers-Nijhuis]] (planvorming), [[PERSON:Ruben Oude Kotte]] (beheer) en "
      "[[PERSON:Tamara Ensink]] (communicatie). [[PERSON:Ruben]] komt van {{ORG:Vitens}} en woont met zijn gezin in "
      "{{PLACE:Tubbergen}}. Afscheid namen we van [[PERSON:Gerard Lansink]] na 41 jaar; hij gaat met pensioen."),
    H("Peilbesluit {{PROJECT:Dinkeldal Zuid}}", 2),
    P("Het ontwerp-peilbesluit ligt ter inzage tot 15 december. Agrariër [[PERSON:Erik Stokkers]] uit {{PLACE:Ootmarsum}} "
      "is blij: ‘eindelijk duidelijkheid’. Zienswijzen via {{MAILBOX:zienswijze@vechtstromen.nl}}."),
    H("Uit de bestuurskamer", 2),
    P("Het Algemeen Bestuur stelde de begroting 2027 vast. Heemraad {{OFFICIAL:Ria Kolkman}} lichtte de tariefstijging van 6,8% toe. "
      "Fractievoorzitter {{OFFICIAL:Rob Kemna}} (Water Natuurlijk) diende een motie in over {{TERM:PFAS}}."),
    H("Droogte en blauwalg", 2),
    P("Deze zomer gold van juli tot september een onttrekkingsverbod in {{PLACE:Noordoost-Twente}}. Handhaver "
      "[[PERSON:Niels ten Dam]] bezocht 140 bedrijven. Eén beregenaar, de heer [[PERSON:H.J. Haarhuis]] uit {{PLACE:Denekamp}}, "
      "kreeg een last onder dwangsom. Blauwalg werd gemeld in {{PLACE:Het Hulsbeek}}; de {{ORG:GGD Twente}} adviseerde niet te zwemmen."),
    H("Vraag het de ecoloog", 2),
    P("Ecoloog [[PERSON:Dr. Femke van 't Hul]] beantwoordt elke maand een lezersvraag. Deze keer: waarom staat er "
      "schuim op de {{PLACE:Regge}}? Antwoord: dat komt door natuurlijke eiwitten, niet door {{TERM:PFAS}} of zeep. "
      "Stuur uw vraag naar {{MAILBOX:redactie@vechtstromen.nl}}. Vorige maand vroeg [[PERSON:Jannie Kampman-ter Horst]] "
      "uit {{PLACE:Hardenberg}} naar de otter."),
    H("Sportief", 2),
    P("Het team van de {{ORG:Zuiveringsbeheer}}-afdeling won de {{PRODUCT:Waterschapsloop}} in {{PLACE:Emmen}}. Snelste "
      "loper was [[PERSON:Koen Brinkhuis]] (34:12). Collega [[PERSON:Anja]] van de receptie regelde de shirts."),
    H("Jubilarissen", 2),
    P("25 jaar in dienst: [[PERSON:Henny Wesselink]] (veldwerker) en [[PERSON:Wouter Sanderink]] ({{TITLE:gemaalbeheerder}}). "
      "Gefeliciteerd! Foto's: [[PERSON:Tamara Ensink|Tamara Ensink]]."),
    H("Colofon", 2),
    P("Redactie: [[PERSON:Annelies Kroeze]] ([[EMAIL:a.kroeze@vechtstromen.nl]], [[PHONE:06 8172 3360]]). "
      "{{ORG:Waterschap Vechtstromen}}, {{OFFICEADDR:Kooikersweg 1}}, {{PLACE:Almelo}}. Algemeen: {{SWITCH:088 220 33 33}}."),
]
add(d, "docx", blocks, cols=2, header_lines=["{{ORG:Waterschap Vechtstromen}} - personeelsnieuwsbrief"])

# ---------------------------------------------------------------------------------------------- d16
d = Doc("bd16_presentielijst_ovconsultatie.pdf", "reportlab")
d.meta = {"author": "[[PERSON:Yara Pinas]]", "title": "Presentielijst Reizigersoverleg OV Limburg 5 november 2026"}
add(d, "rl", [
    P("Presentielijst Reizigersoverleg {{PROJECT:OV Limburg}}", "title"),
    P("5 november 2026, {{OFFICEADDR:Limburglaan 10}}, {{PLACE:Maastricht}} (Gouvernement). Voorzitter: gedeputeerde "
      "{{OFFICIAL:Maurice Koopmans}}. Secretaris: [[PERSON:Yara Pinas]]."),
    T([["Naam", "Organisatie", "Functie", "E-mail", "Aanwezig"],
       ["[[PERSON:Wilhelmina Catharina Hoogenboom-Pluijmaekers]]", "{{ORG:Rover Limburg}}", "{{TITLE:voorzitter afdeling}}", "[[EMAIL:w.hoogenboom@rover.nl]]", "ja"],
       ["[[PERSON:Jean-Pierre Vanderhoven]]", "{{ORG:Arriva Limburg}}", "{{TITLE:manager concessie}}", "[[EMAIL:jp.vanderhoven@arriva.nl]]", "ja"],
       ["[[PERSON:Bas Sluijsmans-Hendrikx]]", "{{ORG:Ieder(in)}}", "{{TITLE:ervaringsdeskundige}}", "[[EMAIL:bsluijsmans@iederin.nl]]", "ja"],
       ["[[PERSON:Anna Maria van Rooij-Dassen]]", "{{ORG:Seniorenraad Heerlen}}", "{{TITLE:secretaris}}", "[[EMAIL:amvanrooij@kpnmail.nl]]", "nee"],
       ["[[PERSON:Dragan Petrović]]", "{{ORG:Studentenraad Maastricht University}}", "{{TITLE:lid}}", "[[EMAIL:d.petrovic@student.um.nl]]", "ja"],
       ["{{OFFICIAL:Maurice Koopmans}}", "{{ORG:Provincie Limburg}}", "{{TITLE:gedeputeerde}}", "{{MAILBOX:statenpost@prvlimburg.nl}}", "ja"]],
      widths=(4.1, 3.3, 3.2, 4.5, 1.5), size=7.5),
    P("Aantekeningen: mevrouw [[PERSON:Hoogenboom-Pluijmaekers|Wilhelmina Catharina Hoogenboom-Pluijmaekers]] vraagt naar de "
      "{{PRODUCT:Limburg Vrij}}-pas; de heer [[PERSON:Petrović|Dragan Petrović]] naar de nachtbus {{PLACE:Sittard}}-{{PLACE:Maastricht}}. "
      "Studentnummer voor de proefpas: [[STUDENTNR:i6312847]].", "small"),
], letterhead=["{{ORG:Provincie Limburg}}", "{{OFFICEADDR:Limburglaan 10}}, 6229 GA Maastricht", "{{SWITCH:043 389 99 99}}"], font="DejaVu")

# ---------------------------------------------------------------------------------------------- d17
d = Doc("bd17_brief_ontheffing_friesland.pdf", "libreoffice")
d.meta = {"author": "[[PERSON:Sjoukje Hiemstra]]", "title": "Ontheffing Wet natuurbescherming ganzen - [[PERSON:Tjeerd Dijkstra]]"}
d.mailto = True
add(d, "docx", [
    P("[[PERSON:T. (Tjeerd) Dijkstra]]\n[[ADDRESS:Hegedyk 14]]\n[[POSTCODE:9104 HB]] Damwâld"),
    SP(),
    KV([("Datum", "29 oktober 2026"), ("Ons kenmerk", "{{FILE:01882931}}"), ("Behandeld door", "[[PERSON:Sjoukje Hiemstra]]"),
        ("Telefoon", "[[PHONE:058 - 292 5 447]]"), ("E-mail", "[[EMAIL:s.hiemstra@fryslan.frl]]"),
        ("Onderwerp", "Ontheffing verjaging ganzen met ondersteunend afschot")], widths=(3.6, 12.4)),
    P("Geachte heer [[PERSON:Dijkstra|T. (Tjeerd) Dijkstra]],"),
    P("Op 2 oktober 2026 ontvingen wij uw aanvraag voor een ontheffing op grond van de {{LAW:Omgevingswet}} en het "
      "{{LAW:Besluit activiteiten leefomgeving}} voor het verjagen van grauwe ganzen op uw percelen bij "
      "{{PLACE:Dantumadiel}}. Uw jachtaktenummer is [[ID:JA-2219-0471]]. Wij verlenen de ontheffing tot 1 april 2027."),
    P("De {{ORG:Faunabeheereenheid Fryslân}} ({{MAILBOX:info@fbefryslan.nl}}) houdt toezicht. Uw buurman, de heer "
      "[[PERSON:Haye Sikkema]], is als tweede gebruiker op de ontheffing vermeld. De schadevergoeding van {{ORG:BIJ12}} voor 2026 maken wij over op "
      "[[IBAN:NL56ASNB8133597691]]."),
    P("Met vriendelijke groet,\n\nnamens Gedeputeerde Staten van {{ORG:Fryslân}},\n\n[[PERSON:Sjoukje Hiemstra]]\n{{TITLE:vergunningverlener}} Natuur"),
], header_lines=["{{ORG:Provinsje Fryslân}}", "{{OFFICEADDR:Tweebaksmarkt 52}}, 8911 KZ {{PLACE:Leeuwarden}} | Postbus 20120 | {{SWITCH:058 292 59 25}}"])

# ---------------------------------------------------------------------------------------------- d19 (scan)
d = Doc("bd19_presentielijst_infoavond_scan.pdf", "scan", scan=True)
add(d, "scan", [
    P("Informatieavond dijkversterking Marken - presentielijst", "title"),
    P("Datum: 21 oktober 2026 - Locatie: Buurthuis Marken", "bold"),
    SP(8),
    T([["Naam", "Straat + huisnummer", "Telefoon", "E-mail"],
       ["[[PERSON:Geert Schoenmaker]]", "[[ADDRESS:Kerkbuurt 21]]", "[[PHONE:0299 60 14 37]]", "-"],
       ["[[PERSON:Aafje Boes]]", "[[ADDRESS:Havenbuurt 8]]", "[[PHONE:06 48 02 19 63]]", "[[EMAIL:aafjeboes]]@live.nl"],
       ["[[PERSON:Klaas Teerhuis]]", "[[ADDRESS:Moeneweg 3]]", "-", "[[EMAIL:kteerhuis]]@gmail.com"],
       ["[[PERSON:Mieke Tames]]", "[[ADDRESS:Kets 14]]", "[[PHONE:06 12 90 44 85]]", "-"]],
      widths=(4.6, 4.2, 3.8, 4.0), size=12, grid=False),
    SP(10),
    P("Namens Rijkswaterstaat: [[PERSON:Lodewijk Huijbers]] (omgevingsmanager).", "bold"),
], font="Helvetica", angle=-0.5, seed=19)

# ---------------------------------------------------------------------------------------------- d22
d = Doc("bd22_reizigersklacht_qbuzz.pdf", "reportlab")
d.meta = {"author": "[[PERSON:Rens van Veldhuizen]]", "title": "Klacht 2026-55918"}
d.fields = [("terugbellen", "Terugbelverzoek [[PERSON:Marloes]] na 17u: [[PHONE:06 2293 4410]]", 9.0, 1.5, 8.0)]
d.mailto = True
add(d, "rl", [
    SP(24),
    P("Mevrouw [[PERSON:M. (Marloes) Kuijpers-Ravensbergen]]\n[[ADDRESS:Ubbo Emmiusstraat 83]]\n[[POSTCODE:9711 BE]] Groningen"),
    SP(10),
    KV([("Datum", "16 november 2026"), ("Klachtnummer", "{{FILE:2026-55918}}"),
        ("OV-chipkaart", "[[ID:3528 0412 7793 1185]]"), ("Behandelaar", "[[PERSON:Rens van Veldhuizen]]")]),
    P("Geachte mevrouw [[PERSON:Kuijpers-Ravensbergen|M. (Marloes) Kuijpers-Ravensbergen]],"),
    P("U meldde dat de chauffeur van lijn 5 op 2 november bij halte {{PLACE:Zernike}} uw rolstoel niet wilde meenemen. "
      "Wij hebben dit besproken met de chauffeur en met de {{TITLE:teamleider}} van vestiging Groningen. De "
      "oprijplaat was defect. Wij bieden u onze excuses aan en storten € 25 op [[IBAN:NL25 SNSB 7823 6263 73]]."),
    P("Uw klacht is ook doorgestuurd naar de concessieverlener, het {{ORG:OV-bureau Groningen Drenthe}}, en naar het "
      "{{ORG:Reizigersoverleg Groningen Drenthe}}. U kunt ook terecht bij de {{ORG:Geschillencommissie Openbaar Vervoer}}."),
    P("Met vriendelijke groet,\n{{ORG:Qbuzz}} klantenservice\n\n[[PERSON:Rens van Veldhuizen]]\n"
      "[[EMAIL:rens.vanveldhuizen@qbuzz.nl]] | {{SWITCH:0900 7289965}} | {{MAILBOX:klantenservice@qbuzz.nl}}"),
], letterhead=["{{ORG:Qbuzz}}", "{{OFFICEADDR:Stationsplein 11}}, 9726 AE Groningen"], font="Times-Roman")

# ---------------------------------------------------------------------------------------------- d25
d = Doc("bd25_examboard_fraud_rug.pdf", "reportlab")
d.meta = {"author": "[[PERSON:Dr. Sietske Zandstra]]", "title": "Board of Examiners decision - case BoE-2026-071"}
add(d, "rl", [
    P("Decision of the Board of Examiners - suspected fraud", "title"),
    KV([("Case", "{{FILE:BoE-2026-071}}"), ("Student", "[[PERSON:Lukas Brenninkmeijer]] ([[STUDENTNR:s4618201]])"),
        ("Programme", "{{PROGRAMME:MSc Energy and Environmental Sciences}}"), ("Course", "{{TERM:Hydrogen Economics}} (EES-045)"),
        ("Examiner", "[[PERSON:dr. Marco Antonelli]]"), ("Date", "30 October 2026")], widths=(3.0, 13.0)),
    H("Facts"),
    P("The examiner reported that the essay of Mr [[PERSON:Brenninkmeijer|Lukas Brenninkmeijer]] showed a 62% match in "
      "{{PRODUCT:Turnitin}} with the essay of a fellow student, Ms [[PERSON:Anika Thorsdottir]] ([[STUDENTNR:s4590328]]). "
      "Both were heard on 21 October. Mr Brenninkmeijer stated that he had been [[HEALTH:hospitalised for a panic disorder]] "
      "in the week before the deadline and had borrowed her notes."),
    H("Decision"),
    P("The Board finds that fraud has been committed (Teaching and Examination Regulations, {{LAW:OER}} art. 9.2; "
      "{{LAW:Wet op het hoger onderwijs en wetenschappelijk onderzoek}} art. 7.12b). The student is excluded from this course "
      "for the remainder of the academic year. No sanction for Ms [[PERSON:Thorsdottir|Anika Thorsdottir]]."),
    P("Appeal: within six weeks to the {{ORG:Board of Appeal for Examinations}} ({{ORG:CBE}}). The {{TITLE:Rector Magnificus}} "
      "{{OFFICIAL:prof. dr. Jacquelien Scherpen}} receives an annual report of fraud cases without names."),
    P("On behalf of the Board of Examiners,\n[[PERSON:Dr. Sietske Zandstra]], {{TITLE:chair}}\n"
      "{{MAILBOX:boe.fse@rug.nl}}"),
], letterhead=["{{ORG:University of Groningen}}", "{{ORG:Faculty of Science and Engineering}}", "{{OFFICEADDR:Nijenborgh 4}}, 9747 AG {{PLACE:Groningen}}"])

# ---------------------------------------------------------------------------------------------- d28
d = Doc("bd28_interreg_partnerlist.pdf", "reportlab")
d.meta = {"author": "[[PERSON:Mette Kjærgaard]]", "title": "Interreg North Sea - BlueDike partner contact list"}
d.outline = True
add(d, "rl", [
    P("{{PROJECT:BlueDike}} - partner contact list (Interreg North Sea)", "title"),
    H("Lead partner and partners"),
    T([["Partner", "Country", "Contact person", "Phone", "E-mail"],
       ["{{ORG:Hoogheemraadschap van Rijnland}} (LP)", "NL", "[[PERSON:Marjolein Taal]]", "[[PHONE:071 306 33 82]]", "[[EMAIL:m.taal@rijnland.net]]"],
       ["{{ORG:Vlaamse Milieumaatschappij}}", "BE", "[[PERSON:Pieter-Jan Vercruysse]]", "[[PHONE:+32 53 72 61 09]]", "[[EMAIL:pj.vercruysse@vmm.be]]"],
       ["{{ORG:Kystdirektoratet}}", "DK", "[[PERSON:Mette Kjærgaard]]", "[[PHONE:+45 21 47 90 36]]", "[[EMAIL:mekj@kyst.dk]]"],
       ["{{ORG:NLWKN}}", "DE", "[[PERSON:Hauke Onnen-Rieken]]", "[[PHONE:+49 4931 947-152]]", "[[EMAIL:hauke.onnen-rieken@nlwkn.de]]"],
       ["{{ORG:Delft University of Technology}}", "NL", "[[PERSON:dr. ir. Sander van Zuijlen]]", "[[PHONE:06-23 98 17 40]]", "[[EMAIL:s.vanzuijlen@tudelft.nl]]"],
       ["{{ORG:Joint Secretariat}} (Viborg)", "DK", "Project officer", "{{SWITCH:+45 7841 1776}}", "{{MAILBOX:js@interregnorthsea.eu}}"]],
      widths=(3.9, 1.2, 3.6, 2.8, 5.1), size=7.5),
    H("Steering group"),
    P("Chair: dijkgraaf {{OFFICIAL:Gerard Doornbos}} ({{ORG:Rijnland}}). Members: one representative per partner; the Danish "
      "member [[PERSON:Kjærgaard|Mette Kjærgaard]] acts as vice-chair. Minutes by [[PERSON:Femke Taal-Oosterhuis]]."),
    P("Financial contact for the lead partner: [[PERSON:Hanneke Groeneveld]], payments to {{ORG:Rijnland}} on "
      "{{IBANORG:NL22 BNGH 0285 1093 42}} (organisation account)."),
], letterhead=["{{ORG:Hoogheemraadschap van Rijnland}}", "{{OFFICEADDR:Archimedesweg 1}}, 2333 CM {{PLACE:Leiden}}", "{{SWITCH:071 306 30 63}}"],
    font="DejaVu")
