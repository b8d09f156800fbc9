"""Inspections: NVWA, ILT, Arbeidsinspectie, port state control (ad06-ad09)."""
from framework import *  # noqa


def ad06():
    name = "ad06_nvwa_inspectierapport_slagerij"
    b = [
        ("small", "Nederlandse Voedsel- en Warenautoriteit (NVWA) | Catharijnesingel 59, Utrecht | 0900 0388 | info@nvwa.nl"),
        ("title", "Inspectierapport Warenwet - vleesverwerkend bedrijf"),
        ("kv", [("Bedrijf", "Slagerij & Traiteur Hajdú-Veenstra B.V., KvK 74019283"),
                ("Vestiging", "Bedrijventerrein De Vaart, Televisieweg 44, Almere"),
                ("Eigenaar/bestuurder", "dhr. Hajdú Bálint (roepnaam Bálint), tevens leidinggevende"),
                ("Aanwezig", "Bálint Hajdú; mw. Yetunde Adéwálé-Kroon (bedrijfsleider productie); "
                             "dhr. Mehmet Can Yurtseven (medewerker uitsnijderij)"),
                ("Inspecteurs", "R.E. Tjon-A-Fong (inspecteur, 1e), L. Pinas-Groenberg (inspecteur in opleiding)"),
                ("Datum inspectie", "27 mei 2025, 06.45 - 10.20 uur"),
                ("Rapportnummer", "NVWA-INS-2025-VV-118052")]),
        ("h", "1. Aanleiding"),
        ("p", "De inspectie is uitgevoerd naar aanleiding van een positieve monsteruitslag voor Listeria monocytogenes "
              "in een product (kipfilet gerookt, lot 2519-07) uit de eigen controle van een afnemer, "
              "Cateringgroep Flevoland. De afnemer meldde dit via het Meldpunt Voedselveiligheid."),
        ("h", "2. Bevindingen"),
        ("table", [["Nr.", "Onderwerp", "Bevinding", "Oordeel"],
                   ["1", "Hygiënecode / HACCP", "Kritisch controlepunt 'koeling na roken' niet vastgelegd sinds 14 april.", "Overtreding"],
                   ["2", "Reiniging", "Snijmachine Bizerba SE 12 met zichtbare productresten op de afschermkap.", "Overtreding"],
                   ["3", "Persoonlijke hygiëne", "Dhr. Yurtseven droeg sieraden tijdens het uitsnijden; direct verwijderd.", "Waarschuwing"],
                   ["4", "Traceerbaarheid", "Lotcodes in Excel-lijst 'Productie 2025' compleet.", "Akkoord"],
                   ["5", "Temperatuur", "Koelcel 2 op 6,8 °C (norm ≤ 4 °C), logger Testo Saveris 2 bevestigt.", "Overtreding"]],
         [0.06, 0.2, 0.56, 0.18]),
        ("p", "De heer Hajdú verklaarde dat de vaste kwaliteitsmedewerker, mevrouw Ilona Szentgyörgyi, sinds 10 april "
              "met langdurig ziekteverlof is en dat haar taken niet zijn overgenomen. Mevrouw Adéwálé-Kroon gaf aan "
              "dat zij de registratie niet kon invullen omdat zij geen toegang heeft tot het programma."),
        ("h", "3. Laboratoriumuitslag (Engelstalig rapport, overgenomen)"),
        ("p", "<i>Sample ID 25-LM-30471, smoked chicken fillet, lot 2519-07. Method: ISO 11290-2:2017 (enumeration) and "
              "ISO 11290-1:2017 (detection). Result: Listeria monocytogenes detected; count 340 CFU/g, exceeding the "
              "100 CFU/g food safety criterion of Regulation (EC) No 2073/2005, Annex I, category 1.2, for products placed "
              "on the market during their shelf-life. Whole Genome Sequencing (WGS) was performed on the isolate; "
              "cgMLST typing assigned it to Clonal Complex CC8, sequence type ST8. The isolate clusters within 4 allelic "
              "differences of isolates from two environmental swabs taken at the slicing line. Analysed by Wageningen Food "
              "Safety Research (WFSR), accredited under ISO/IEC 17025 (RvA L 014). Results relate only to the items "
              "tested.</i>"),
        ("h", "4. Maatregelen"),
        ("p", "Op grond van artikel 19 van de Warenwet is een schriftelijke waarschuwing gegeven en is het bedrijf "
              "opgedragen de partij terug te roepen. De terugroepactie is op 27 mei om 14.30 uur gepubliceerd op "
              "www.nvwa.nl. Voor de overtredingen 1, 2 en 5 volgt een rapport van bevindingen met het oog op een "
              "bestuurlijke boete. Een herinspectie vindt plaats binnen vier weken."),
        ("p", "Contact over dit rapport: via het NVWA-klantcontactcentrum, 0900 0388, of via de behandelend inspecteur, "
              "dhr. Tjon-A-Fong, 06 27 55 81 30, r.e.tjonafong@nvwa.nl."),
        ("small", "Dit rapport is opgesteld door RETAF en gecontroleerd door teamleider A. (Ans) van Dam-Gijsbers. "
                  "Verzonden aan de eigenaar en ter kennisname aan de GGD Flevoland."),
    ]
    def build(out):
        render_reportlab(b, out, title="Inspectierapport NVWA-INS-2025-VV-118052", author="Tjon-A-Fong, R.E.",
                         header="NVWA - Inspectierapport - vertrouwelijk", footer="NVWA-INS-2025-VV-118052")
        post(out, info={"Author": "Tjon-A-Fong, R.E.", "Subject": "Hajdú-Veenstra B.V. - Listeria"})
    redact = [
        R("PERSON", "Hajdú Bálint (Hungarian order)", "Hajdú Bálint", "Bálint Hajdú", "Bálint", "De heer Hajdú", P("Hajdú-Veenstra", ch="metadata")),
        R("PERSON", "Yetunde Adéwálé-Kroon", "Yetunde Adéwálé-Kroon", "Adéwálé-Kroon"),
        R("PERSON", "Mehmet Can Yurtseven", "Mehmet Can Yurtseven", "Yurtseven"),
        R("PERSON", "R.E. Tjon-A-Fong", "R.E. Tjon-A-Fong", "Tjon-A-Fong", "RETAF", P("Tjon-A-Fong, R.E.", ch="metadata")),
        R("PERSON", "L. Pinas-Groenberg", "L. Pinas-Groenberg"),
        R("PERSON", "Ilona Szentgyörgyi", "Ilona Szentgyörgyi"), R("HEALTH", "langdurig ziekteverlof", "langdurig ziekteverlof"),
        R("PHONE", "06 27 55 81 30", "06 27 55 81 30"), R("EMAIL", "r.e.tjonafong@nvwa.nl", "r.e.tjonafong@nvwa.nl"),
        R("PERSON", "A. (Ans) van Dam-Gijsbers", "van Dam-Gijsbers", "Ans"),
    ]
    keep = [
        K("ORG", "Nederlandse Voedsel- en Warenautoriteit"), K("ORG", "NVWA"), K("ADDRESS_PUBLIC", "Catharijnesingel 59"),
        K("PHONE_SWITCH", "0900 0388"), K("MAILBOX", "info@nvwa.nl"), K("LAW", "Warenwet"),
        K("TERM", "Listeria monocytogenes"), K("ORG", "Cateringgroep Flevoland"), K("ORG", "Meldpunt Voedselveiligheid"),
        K("TERM", "HACCP"), K("PRODUCT", "Bizerba SE 12"), K("PRODUCT", "Testo Saveris 2"), K("PRODUCT", "Excel"),
        K("STANDARD", "ISO 11290-2:2017"), K("STANDARD", "ISO 11290-1:2017"), K("LAW", "Regulation (EC) No 2073/2005"),
        K("TERM", "Whole Genome Sequencing"), K("TERM", "WGS"), K("TERM", "cgMLST"), K("TERM", "Clonal Complex CC8"),
        K("ORG", "Wageningen Food Safety Research"), K("ORG", "WFSR"), K("STANDARD", "ISO/IEC 17025"), K("ORG", "RvA"),
        K("ORG", "GGD Flevoland"), K("PLACE", "Almere"), K("PLACE", "Televisieweg 44"), K("ROLE", "bedrijfsleider productie"),
        K("CASE", "NVWA-INS-2025-VV-118052"), K("TERM", "CFU/g"),
    ]
    return name, build, redact, keep


def ad07():
    name = "ad07_ilt_inspectie_transport"
    css = ".two{column-count:2;column-gap:7mm}"
    body = [
        ("raw", "<div style='display:flex;justify-content:space-between'><div><b>Inspectie Leefomgeving en Transport</b><br>"
                "Ministerie van Infrastructuur en Waterstaat</div><div class='small'>Postbus 16191, 2500 BD Den Haag<br>"
                "088 489 00 00 | www.ilent.nl</div></div><hr>"),
        ("title", "Inspectieverslag wegvervoer - bedrijfsbezoek"),
        ("kv", [("Onderneming", "Transportbedrijf Gebr. Kok-Asante B.V., Venlo (vergunning NIWO 2031884)"),
                ("Directie", "Kofi Kok-Asante (directeur-grootaandeelhouder), Ria Kok (bedrijfsleider)"),
                ("Inspecteur ILT", "Femke Zandbergen-Oyelaran, teamleider: W. (Wim) Hazenberg"),
                ("Zaaknummer", "ILT-2025/133-0871"), ("Datum", "3 en 4 juni 2025")]),
        ("raw", "<div class='two'>"),
        ("h", "Samenvatting"),
        ("p", "De ILT heeft de rij- en rusttijden van de chauffeurs over de periode januari - april 2025 onderzocht. "
              "Daarbij zijn de tachograafgegevens van 23 chauffeurs uitgelezen met TachoScan en vergeleken met de "
              "planning uit het transportmanagementsysteem Transics TX-GO. Bij drie chauffeurs zijn ernstige "
              "overtredingen vastgesteld."),
        ("h", "Bevindingen per chauffeur"),
        ("p", "<b>Chauffeur 1</b>, de heer Piotr Wiśniewski-Bakker (geb. 14-02-1979), overschreed in 9 weken de "
              "wekelijkse rijtijd van 56 uur. <b>Chauffeur 2</b>, de heer Dragoș Munteanu, nam in 6 gevallen geen "
              "wekelijkse rust. <b>Chauffeur 3</b>, mevrouw Jorieke Kwakernaak, reed met de bestuurderskaart van een "
              "collega, de heer Hendrik (Henk) de Koning; de heer De Koning was toen met verlof in Polen."),
        ("p", "In het gesprek op 4 juni verklaarde de heer Kok-Asante dat de planner, 'Joop' (J.W. Ploegmakers), "
              "onder grote druk stond door het vertrek van twee collega's. Ria Kok bevestigde dat er geen "
              "controle was op de koppeling van kaarten aan ritten."),
        ("h", "Technical annex (for the EU Road Safety Authority Network)"),
        ("p", "<i>The inspection used the Smart Tachograph Version 2 (G2V2) data download over the DSRC interface and the "
              "remote early detection communication (RED-C) module. Data was validated against the European Register of "
              "Road Transport Undertakings (ERRU) and the TACHOnet card register. Anomalies were flagged by the ILT "
              "Risk Engine, an open-source Python pipeline built on Apache Airflow, pandas and scikit-learn, using an "
              "Isolation Forest model trained on 2023-2024 inspection outcomes. Precision at the top-50 ranking was "
              "0.72, in line with the results reported by Haverkamp and Lindqvist (2022) for Swedish enforcement data. "
              "Personal identifiers are pseudonymised with HMAC-SHA256 before model training, following the "
              "Data Protection Impact Assessment (DPIA) of March 2024.</i>"),
        ("h", "Vervolg"),
        ("p", "De ILT legt een bestuurlijke boete op aan de onderneming (Wet wegvervoer goederen, art. 2.15) en aan "
              "de chauffeur die met andermans kaart reed. Het rapport gaat ter kennisname naar NIWO. Vragen kunt u "
              "stellen via wegvervoer@ilent.nl of telefonisch via het ILT-informatiecentrum, 088 489 00 00."),
        ("raw", "</div>"),
        ("small", "Opgesteld door F. Zandbergen-Oyelaran (f.zandbergen-oyelaran@ilent.nl, 06 28 19 44 70). "
                  "Staatssecretaris van Infrastructuur en Waterstaat Chris Jansen is over de handhavingsactie "
                  "in het wegvervoer geïnformeerd via de Kamerbrief van 15 mei 2025."),
    ]
    def build(out):
        render_chromium(blocks_to_html(body, css=css), out, name)
        post(out, info={"Author": "Femke Zandbergen-Oyelaran", "Title": "Inspectieverslag ILT-2025/133-0871"})
    redact = [
        R("PERSON", "Kofi Kok-Asante", "Kofi Kok-Asante", "Kok-Asante"),
        R("PERSON", "Ria Kok", "Ria Kok"),
        R("PERSON", "Femke Zandbergen-Oyelaran", "Femke Zandbergen-Oyelaran", "Zandbergen-Oyelaran", P("Femke Zandbergen-Oyelaran", ch="metadata")),
        R("EMAIL", "f.zandbergen-oyelaran@ilent.nl", "f.zandbergen-oyelaran@ilent.nl"), R("PHONE", "06 28 19 44 70", "06 28 19 44 70"),
        R("PERSON", "W. (Wim) Hazenberg", "Hazenberg", "Wim"),
        R("PERSON", "Piotr Wiśniewski-Bakker", "Piotr Wiśniewski-Bakker", "Wiśniewski-Bakker"), R("DOB", "14-02-1979", "14-02-1979"),
        R("PERSON", "Dragoș Munteanu", "Dragoș Munteanu"),
        R("PERSON", "Jorieke Kwakernaak", "Jorieke Kwakernaak"),
        R("PERSON", "Hendrik (Henk) de Koning", "Hendrik", "Henk", "de Koning", "De Koning"),
        R("PERSON", "J.W. Ploegmakers (Joop)", "J.W. Ploegmakers", "Joop"),
    ]
    keep = [
        K("ORG", "Inspectie Leefomgeving en Transport"), K("ORG", "Ministerie van Infrastructuur en Waterstaat"),
        K("PHONE_SWITCH", "088 489 00 00"), K("ORG", "ILT"), K("ORG", "NIWO"), K("PLACE", "Venlo"),
        K("ORG_WITH_NAME", "Transportbedrijf Gebr.", "Transportbedrijf Gebr."), K("PRODUCT", "TachoScan"), K("PRODUCT", "Transics TX-GO"),
        K("TERM", "Smart Tachograph Version 2"), K("TERM", "G2V2"), K("TERM", "DSRC"), K("TERM", "RED-C"),
        K("TERM", "European Register of Road Transport Undertakings"), K("TERM", "ERRU"), K("TERM", "TACHOnet"),
        K("PRODUCT", "ILT Risk Engine"), K("PRODUCT", "Apache Airflow"), K("PRODUCT", "pandas"), K("PRODUCT", "scikit-learn"),
        K("TERM", "Isolation Forest"), K("AUTHOR", "Haverkamp and Lindqvist (2022)"), K("TERM", "HMAC-SHA256"),
        K("TERM", "Data Protection Impact Assessment"), K("LAW", "Wet wegvervoer goederen"), K("MAILBOX", "wegvervoer@ilent.nl"),
        K("OFFICE_HOLDER", "Staatssecretaris Chris Jansen", "Chris Jansen"), K("ORG", "EU Road Safety Authority Network"),
        K("CASE", "ILT-2025/133-0871"), K("PLACE", "Polen"),
    ]
    return name, build, redact, keep


def ad08():
    name = "ad08_arbeidsinspectie_ongeval"
    b = [
        ("title", "Rapport ongevalsonderzoek"),
        ("small", "Nederlandse Arbeidsinspectie, directie Arbeidsomstandigheden, regio Zuidwest | Postbus 90801, 2509 LV Den Haag | 0800 5151"),
        ("kv", [("Werkgever", "Metaalbewerking Scheldemond B.V., Vlissingen"),
                ("Slachtoffer", "dhr. Abdirahman Cabdullaahi Warsame, 34 jaar, uitzendkracht via Randstad"),
                ("Getuigen", "dhr. Rinus de Visser (ploegleider), dhr. Kwame Owusu-Bempah (operator)"),
                ("Contactpersoon werkgever", "mw. Gerdien Huisman-Oudshoorn, HSE-manager"),
                ("Inspecteur", "drs. ing. Laurens Vonk-Boerhaave"), ("Ongevalsdatum", "19 maart 2025"),
                ("Kenmerk", "NLA-ONG-2025-22197")]),
        ("h", "1. Toedracht"),
        ("p", "Het slachtoffer stelde een kantbank (Trumpf TruBend 5130) in voor een nieuwe serie. Hij reikte met de "
              "linkerhand tussen de bovengereedschappen terwijl de tweehandsbediening door de operator werd "
              "bekrachtigd. Door het ontbreken van een werkende lichtgordijnbeveiliging is de hand bekneld geraakt. "
              "Het slachtoffer liep een open fractuur van drie vingers op en is opgenomen in het Admiraal De Ruyter "
              "Ziekenhuis; twee vingerkootjes zijn geamputeerd."),
        ("p", "De heer De Visser verklaarde dat de beveiliging 'al weken in bypass stond' omdat het lichtgordijn "
              "storingen gaf. De heer Owusu-Bempah verklaarde dat hij niet zag dat Abdirahman nog in de machine reikte. "
              "Kwame heeft direct de noodstop ingedrukt."),
        ("h", "2. Fabrikantinformatie (Operating Manual, excerpt)"),
        ("p", "<i>WARNING - Risk of crushing. Never override the Light Curtain (Safety Category 4, PL e according to "
              "EN ISO 13849-1) or the BendGuard laser protection system. Operating the machine in Setup Mode requires "
              "the Enabling Switch and reduced closing speed (≤ 10 mm/s). Any Safety PLC bypass must be logged by the "
              "Machine Safety Officer and is limited to Maintenance Mode. See also EN 12622:2009+A1:2013, Clause 5.2.</i>"),
        ("h", "3. Overtredingen"),
        ("p", "Artikel 7.3 lid 1 en artikel 7.7 Arbobesluit: het arbeidsmiddel was niet voorzien van een werkende "
              "beveiliging. Artikel 3.2 Arbobesluit: geen actuele RI&amp;E voor de afdeling kanten. De werkgever krijgt "
              "een boetebesluit; de stillegging is opgeheven op 21 maart na herstel door Trumpf Nederland."),
        ("p", "Informatie: via het algemene nummer van de Arbeidsinspectie, 0800 5151, of per e-mail aan de "
              "inspecteur, l.vonk-boerhaave@nlarbeidsinspectie.nl (tel. 06 39 02 11 84)."),
        ("small", "Minister van Sociale Zaken en Werkgelegenheid Eddy van Hijum heeft in zijn brief van april 2025 aangekondigd "
                  "dat ongevallen met uitzendkrachten apart worden gerapporteerd."),
    ]
    comments = [("opgenomen in het Admiraal", "Vonk-Boerhaave, Laurens", "LVB",
                 "Medische gegevens slachtoffer (fractuur, amputatie) checken met Gerdien voor verzending."),
                ("al weken in bypass", "Sahin-Voorthuis, Dilek", "DSV",
                 "Rinus wil niet met naam in het rapport. Vraag juridische zaken (Mr. Tamminga)." )]
    def build(out):
        render_docx(b, out, name, author="Vonk-Boerhaave, L.", comments=comments, notes_as_annots=True,
                    header="Nederlandse Arbeidsinspectie - NLA-ONG-2025-22197")
    redact = [
        R("PERSON", "Abdirahman Cabdullaahi Warsame", "Abdirahman Cabdullaahi Warsame", "Abdirahman", "Warsame"),
        R("PERSON", "Rinus de Visser", "Rinus de Visser", "De Visser", P("Rinus", ch="annotations")),
        R("PERSON", "Kwame Owusu-Bempah", "Kwame Owusu-Bempah", "Owusu-Bempah", "Kwame"),
        R("PERSON", "Gerdien Huisman-Oudshoorn", "Gerdien Huisman-Oudshoorn", P("Gerdien", ch="annotations")),
        R("PERSON", "Laurens Vonk-Boerhaave", "Laurens Vonk-Boerhaave", "~l.vonk-boerhaave", P("Vonk-Boerhaave, Laurens", ch="annotations")),
        R("PHONE", "06 39 02 11 84", "06 39 02 11 84"),
        R("HEALTH", "open fractuur / amputatie", "open fractuur", "geamputeerd"),
        R("PERSON", "Dilek Sahin-Voorthuis", P("Sahin-Voorthuis, Dilek", ch="annotations")),
        R("PERSON", "Mr. Tamminga", P("Tamminga", ch="annotations")),
    ]
    keep = [
        K("ORG", "Nederlandse Arbeidsinspectie"), K("PHONE_SWITCH", "0800 5151"), K("ORG", "Metaalbewerking Scheldemond B.V."),
        K("PLACE", "Vlissingen"), K("ORG", "Randstad"), K("ROLE", "HSE-manager"), K("ROLE", "ploegleider"),
        K("PRODUCT", "Trumpf TruBend 5130"), K("ORG_WITH_NAME", "Admiraal De Ruyter Ziekenhuis"),
        K("TERM", "Light Curtain"), K("STANDARD", "EN ISO 13849-1"), K("PRODUCT", "BendGuard"), K("TERM", "Setup Mode"),
        K("TERM", "Enabling Switch"), K("TERM", "Safety PLC"), K("TERM", "Machine Safety Officer"), K("TERM", "Maintenance Mode"),
        K("STANDARD", "EN 12622:2009+A1:2013"), K("LAW", "Arbobesluit"), K("TERM", "RI&E"), K("ORG", "Trumpf Nederland"),
        K("OFFICE_HOLDER", "Minister Eddy van Hijum", "Eddy van Hijum"), K("CASE", "NLA-ONG-2025-22197"),
        K("ROLE", "operator"),
    ]
    return name, build, redact, keep


def ad09():
    name = "ad09_port_state_control_report"
    b = [
        ("title", "Port State Control - Report of Inspection (Form B, excerpt)"),
        ("small", "Human Environment and Transport Inspectorate (ILT), Port State Control Unit Rotterdam | "
                  "Wilhelminakade 179, Rotterdam | psc@ilent.nl | +31 88 489 00 00"),
        ("kv", [("Ship", "MV NORDIC HALCYON, IMO 9781146, flag Liberia, bulk carrier, GT 36.420"),
                ("Company (ISM)", "Halcyon Shipmanagement Pte Ltd, Singapore"),
                ("Master", "Capt. VELASCO-DUMAGUETE, Reynaldo P."),
                ("Chief Engineer", "Ch.Eng. Oleksandr Hrytsenko-Bondar"),
                ("PSC Officers", "J.M.A. Kleinjan-Vos (lead), Sefa Boakye-Arthur"),
                ("Place / date", "Rotterdam, Maasvlakte Europoort, 22 May 2025"),
                ("Inspection type", "Expanded inspection under the Paris MoU New Inspection Regime (NIR)")]),
        ("h", "Deficiencies"),
        ("table", [["Code", "Deficiency", "Action"],
                   ["07109", "Fire doors - engine room self-closing device inoperative", "17 - rectify before departure"],
                   ["04114", "Emergency source of power - generator failed to start within 45 s", "30 - ground for detention"],
                   ["18203", "MLC 2006: records of hours of rest incomplete for AB seaman Joselito Bagaporo Jr.", "17"],
                   ["01315", "ISM: Safety Management System not implemented for enclosed space entry", "30"]],
         [0.12, 0.63, 0.25]),
        ("h", "Narrative"),
        ("p", "The Master stated that the emergency generator had been serviced in Santos on 2 May by a contractor "
              "(Marítima Serviços Ltda, technician Anderson Carvalho da Silva Santos). The Chief Engineer, "
              "Mr Hrytsenko-Bondar, could not demonstrate the weekly test required by SOLAS Chapter II-1, Regulation 44. "
              "Interviews with two ratings confirmed that rest hours were adjusted afterwards on instruction of the "
              "Second Officer, Mr Teodoro 'Teddy' Lacsamana. The ship was detained under Directive 2009/16/EC, Article 19, "
              "and the detention was published in THETIS and on the Paris MoU website."),
        ("p", "Recognized Organization: DNV (Class). The flag State (Liberian International Ship &amp; Corporate Registry) "
              "was notified at 15:40 UTC. Re-inspection was carried out on 24 May by Mr Boakye-Arthur; the "
              "detention was lifted at 18:05 local time."),
        ("small", "Signed: J.M.A. Kleinjan-Vos, PSC Officer, mobile +31 6 4391 2087 | Master's signature: R.P. Velasco-Dumaguete"),
    ]
    def build(out):
        render_fpdf(b, out, title="PSC report NORDIC HALCYON", author="Kleinjan-Vos, J.M.A.", header="ILT - Port State Control Rotterdam")
        post(out, info={"Author": "Kleinjan-Vos, J.M.A."}, outline=[("Form B - Velasco-Dumaguete (Master)", 0)])
    redact = [
        R("PERSON", "Reynaldo P. Velasco-Dumaguete (Master)", "VELASCO-DUMAGUETE, Reynaldo P.", "Velasco-Dumaguete", "R.P. Velasco-Dumaguete"),
        R("PERSON", "Oleksandr Hrytsenko-Bondar", "Oleksandr Hrytsenko-Bondar", "Hrytsenko-Bondar"),
        R("PERSON", "J.M.A. Kleinjan-Vos", "J.M.A. Kleinjan-Vos", P("Kleinjan-Vos, J.M.A.", ch="metadata")),
        R("PERSON", "Sefa Boakye-Arthur", "Sefa Boakye-Arthur", "Boakye-Arthur"),
        R("PERSON", "Joselito Bagaporo Jr.", "Joselito Bagaporo"),
        R("PERSON", "Anderson Carvalho da Silva Santos", "Anderson Carvalho da Silva Santos"),
        R("PERSON", "Teodoro 'Teddy' Lacsamana", "Teodoro", "Teddy", "Lacsamana"),
        R("PHONE", "+31 6 4391 2087", "+31 6 4391 2087"),
    ]
    keep = [
        K("ORG", "Human Environment and Transport Inspectorate"), K("ORG", "ILT"), K("PUBLIC_ADDR", "Wilhelminakade 179"),
        K("MAILBOX", "psc@ilent.nl"), K("PHONE_SWITCH", "+31 88 489 00 00"), K("SHIP", "NORDIC HALCYON"), K("CODE", "IMO 9781146"),
        K("ORG", "Halcyon Shipmanagement Pte Ltd"), K("PLACE", "Maasvlakte Europoort"), K("TERM", "Paris MoU"),
        K("TERM", "New Inspection Regime"), K("TERM", "MLC 2006"), K("TERM", "Safety Management System"),
        K("ORG", "Marítima Serviços Ltda"), K("PLACE", "Santos"), K("LAW", "SOLAS Chapter II-1"),
        K("LAW", "Directive 2009/16/EC"), K("PRODUCT", "THETIS"), K("ORG", "DNV"),
        K("ORG", "Liberian International Ship & Corporate Registry"), K("ROLE", "PSC Officer"), K("ROLE", "Chief Engineer"),
        K("ROLE", "Second Officer"), K("PLACE", "Singapore"),
    ]
    return name, build, redact, keep


MODULE_DOCS = [ad06, ad07, ad08, ad09]
