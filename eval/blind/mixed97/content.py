"""Documents of blind set mixed97 (EU structural-fund audits). Markup: [[x|KIND]] redact, {{x|KIND}} keep."""
from make_set import HAND, HAND2

DOCS = []


def D(stem, producer, blocks, **kw):
    d = {"stem": stem, "producer": producer, "blocks": blocks}
    d.update(kw)
    DOCS.append(d)
    return d


MOTIV = [("h", "Informatie die niet openbaar gemaakt kan worden"),
         ("p", "Motivering: in de openbaar gemaakte versie van dit document zijn alle persoonsgegevens van "
               "ambtenaren en derden geanonimiseerd op grond van artikel 5.1, tweede lid, onder e, Woo.")]

# ------------------------------------------------------------------ dc01 letter ADR -> Kansen voor West
D("dc01", "reportlab", font="helvetica", header="Auditdienst Rijk - Ministerie van Financiën",
  footer="ADR kenmerk 2025-0001843", pdf_title="Controleverslag concrete verrichtingen EFRO",
  hidden={"info_author": "Oudenallen, T.", "info_author_probe": ["Oudenallen"]},
  blocks=[
    ("kv", [["", "<b>{{Auditdienst Rijk}}</b><br/>{{Korte Voorhout 7|ADDRESS}}<br/>2511 CW {{Den Haag|PLACE}}<br/>Postbus 20201"],
            ["Aan", "Gemeente Rotterdam, managementautoriteit {{Kansen voor West}}<br/>t.a.v. mevrouw [[A.M. Verbrugge]], programmamanager"],
            ["Datum", "{{14 maart 2025|DATE}}"],
            ["Ons kenmerk", "{{2025-0001843|REF}}"],
            ["Uw kenmerk", "KvW/AA/2025-117"],
            ["Onderwerp", "Controleverslag concrete verrichtingen {{EFRO|PROGRAMME}} 2021-2027, verantwoordingsjaar 2023-2024"],
            ["Contactpersoon", "[[drs. M. van den Heuvel-Bosman]] RA"],
            ["T", "[[06 2174 3390|PHONE]] (mobiel)  /  algemeen {{070 342 80 00|PHONE_GENERAL}}"],
            ["E", "[[m.vandenheuvel-bosman@minfin.nl|EMAIL]]"]], [1, 4]),
    ("p", "Geachte mevrouw [[Verbrugge]],"),
    ("p", "Als auditautoriteit voor het programma {{Kansen voor West}} III ({{EFRO|PROGRAMME}} 2021-2027, {{CCI 2021NL16RFPR003|REF}}) "
          "heeft de {{Auditdienst Rijk}} ({{ADR}}) in de periode januari tot en met februari 2025 concrete verrichtingen "
          "gecontroleerd op grond van artikel 79 van {{Verordening (EU) 2021/1060|LAW}}. Hierbij ontvangt u het verslag "
          "van de bevindingen bij vier begunstigden uit de steekproef."),
    ("p", "Bij {{Hydroflux Systems B.V.}} in {{Delft|PLACE}} (project {{KVW-00417|REF}}) hebben wij vastgesteld dat de loonkosten "
          "van twee medewerkers zijn gedeclareerd zonder sluitende urenregistratie. Het gesprek hierover is gevoerd met "
          "de heer [[P.B. Leeflang]] (directeur) en mevrouw [[S. Oosterwijk]] (controller). Het niet-onderbouwde bedrag is "
          "€ 38.412,50; de fout is als systemisch aangemerkt voor de kostensoort personeelskosten."),
    ("p", "Bij {{Stichting Werkkracht Rijnmond}} (project {{KVW-00522|REF}}) is een aanbesteding voor de huur van een "
          "opleidingslocatie aan de {{Pieter de Hoochweg|STREET}} in {{Rotterdam|PLACE}} niet volgens de {{Aanbestedingswet 2012|LAW}} verlopen. "
          "Wij volgen hierbij de correctiepercentages uit Besluit C(2019) 3452 van de {{Europese Commissie}}."),
    ("p", "Wij verzoeken u binnen vier weken te reageren via het functionele adres {{auditautoriteit@minfin.nl|EMAIL_FUNCTIONAL}}. "
          "Voor inhoudelijke vragen kunt u contact opnemen met mevrouw [[Van den Heuvel-Bosman]] of met haar collega "
          "[[R. Ramdin]] ([[r.ramdin@minfin.nl|EMAIL]], [[06 4188 0251|PHONE]])."),
    ("p", "Hoogachtend,<br/>de directeur {{Auditdienst Rijk}},<br/>namens deze,"),
    ("sig", "J. ter Steege"),
    ("p", "[[drs. J.W. ter Steege]] RE<br/>teamleider Audit EU-fondsen"),
    ("p", "Kopie: {{Ministerie van Economische Zaken}}, directie Regionale Economie; {{DG REGIO}} unit {{REGIO.D.1|REF}} (ter informatie)"),
  ])

# ------------------------------------------------------------------ dc02 email thread ADR <-> SME (docx)
D("dc02", "docx", docx_font="Liberation Sans", pdf_author="Auditdienst Rijk", blocks=[
    ("pre", """Van:        [[Ramdin, Ravi|PERSON]] &lt;[[r.ramdin@minfin.nl|EMAIL]]&gt;
Verzonden:  dinsdag 4 februari 2025 16:12
Aan:        [[Sanne Oosterwijk]] &lt;[[s.oosterwijk@hydroflux.nl|EMAIL]]&gt;
CC:         [[Heuvel-Bosman, Marloes van den|PERSON]]; {{auditautoriteit@minfin.nl|EMAIL_FUNCTIONAL}}
Onderwerp:  RE: Controle {{KVW-00417|REF}} - urenregistratie Q3 en Q4 2023"""),
    ("p", "Beste [[Sanne]],"),
    ("p", "Dank voor de toegezonden loonstroken. Voor de medewerkers [[G. Yilmaz]] en [[T. Brouwer-Oei]] ontbreekt nog de "
          "urenregistratie per week; de export uit {{AFAS|PRODUCT}} die je stuurde bevat alleen totalen per maand. Zonder registratie "
          "per activiteit kunnen wij de toerekening aan het project niet vaststellen ({{artikel 55|LAW}} {{Verordening (EU) 2021/1060|LAW}})."),
    ("p", "Kun je ook bevestigen of de heer [[Yilmaz]] in 2023 volledig op het project werkte? In het personeelsdossier "
          "staat personeelsnummer [[HF-20117|ID]]."),
    ("p", "Met vriendelijke groet,<br/>[[Ravi Ramdin]]<br/>Auditor | {{Auditdienst Rijk}} | cluster EU-fondsen<br/>{{Korte Voorhout 7|ADDRESS}} | {{Den Haag|PLACE}}<br/>M [[06 4188 0251|PHONE]]"),
    ("pre", """-----Oorspronkelijk bericht-----
Van:        [[Sanne Oosterwijk]] &lt;[[s.oosterwijk@hydroflux.nl|EMAIL]]&gt;
Verzonden:  maandag 3 februari 2025 09:47
Aan:        [[Ramdin, Ravi|PERSON]]
Onderwerp:  Controle {{KVW-00417|REF}} - urenregistratie Q3 en Q4 2023"""),
    ("p", "Goedemorgen [[Ravi]],"),
    ("p", "Bijgaand de loonstroken over juli t/m december 2023. [[Gökhan]] is inmiddels uit dienst; zijn urenbriefjes "
          "liggen waarschijnlijk nog bij [[Pieter-Bas]] in {{Delft|PLACE}}. [[Tamara]] werkt sinds september parttime, zij is "
          "van 12 september tot 30 november [[met zwangerschapsverlof|HEALTH]] geweest, dus die uren zijn niet op het project geboekt."),
    ("p", "Ik ben zelf morgen alleen mobiel bereikbaar: [[06 5307 1468|PHONE]]. Ons algemene nummer is {{015 262 11 40|PHONE_GENERAL}}."),
    ("p", "Groet,<br/>[[Sanne Oosterwijk]]<br/>Financial controller<br/>{{Hydroflux Systems B.V.}} | {{Rotterdamseweg 183|ADDRESS}} | 2629 HD {{Delft|PLACE}}<br/>{{www.hydroflux.nl|URL}}"),
  ])

# ------------------------------------------------------------------ dc03 spreadsheet audited projects (landscape, 2 pages)
rows03 = [["Nr", "Programma", "Projectnr.", "Begunstigde", "Plaats", "Contactpersoon", "E-mail", "Telefoon", "Auditor", "Status"]]
data03 = [
  ("1", "{{Kansen voor West}}", "{{KVW-00417|REF}}", "{{Hydroflux Systems B.V.}}", "{{Delft|PLACE}}", "[[S. Oosterwijk]]", "[[s.oosterwijk@hydroflux.nl|EMAIL]]", "[[06 5307 1468|PHONE]]", "[[RRa]]", "bevinding"),
  ("2", "{{Kansen voor West}}", "{{KVW-00522|REF}}", "{{Stichting Werkkracht Rijnmond}}", "{{Rotterdam|PLACE}}", "[[A. Demirtaş]]", "[[a.demirtas@werkkrachtrijnmond.nl|EMAIL]]", "[[010 714 22 93|PHONE]]", "[[MvdHB]]", "bevinding"),
  ("3", "{{Kansen voor West}}", "{{KVW-00588|REF}}", "{{TNO}}", "{{Leiden|PLACE}}", "[[dr. J. Hoekstra-Smit]]", "[[jolien.hoekstra-smit@tno.nl|EMAIL]]", "[[06 2931 4470|PHONE]]", "[[RRa]]", "geen"),
  ("4", "{{Kansen voor West}}", "{{KVW-00610|REF}}", "Gemeente {{Dordrecht|PLACE}}", "{{Dordrecht|PLACE}}", "[[mr. E. van Wijngaarden]]", "[[e.van.wijngaarden@dordrecht.nl|EMAIL]]", "[[06 1250 8834|PHONE]]", "[[NEK]]", "open"),
  ("5", "{{SNN}} {{EFRO|PROGRAMME}}", "{{SNN-EFRO-21-0093|REF}}", "{{Noordelijke Composieten B.V.}}", "{{Emmen|PLACE}}", "[[R. Zwiers]]", "[[roelof@noordcomposiet.nl|EMAIL]]", "[[06 4412 0719|PHONE]]", "[[FKo]]", "bevinding"),
  ("6", "{{SNN}} {{EFRO|PROGRAMME}}", "{{SNN-EFRO-21-0117|REF}}", "{{Rijksuniversiteit Groningen}}", "{{Groningen|PLACE}}", "[[prof. dr. W. Scholtens]]", "[[w.scholtens@rug.nl|EMAIL]]", "[[050 363 71 82|PHONE]]", "[[FKo]]", "geen"),
  ("7", "{{SNN}} {{JTF|PROGRAMME}}", "{{SNN-JTF-22-0008|REF}}", "Installatiebedrijf [[H.J. Brandsma]]", "{{Drachten|PLACE}}", "[[H.J. Brandsma]]", "[[hjbrandsma@hotmail.com|EMAIL]]", "[[06 3870 2215|PHONE]]", "[[NEK]]", "terugvordering"),
  ("8", "{{Stimulus}} {{OP Zuid|PROGRAMME}}", "{{OPZ-2022-0341|REF}}", "{{Brainport Development}}", "{{Eindhoven|PLACE}}", "[[L. van Gestel]]", "[[luuk.vangestel@brainportdevelopment.nl|EMAIL]]", "[[06 5188 3026|PHONE]]", "[[BJW]]", "open"),
  ("9", "{{Stimulus}} {{OP Zuid|PROGRAMME}}", "{{OPZ-2022-0402|REF}}", "{{Smart Photonics}}", "{{Eindhoven|PLACE}}", "[[ir. K. Maasakkers]]", "[[k.maasakkers@smartphotonics.nl|EMAIL]]", "[[06 2097 6613|PHONE]]", "[[BJW]]", "geen"),
  ("10", "{{ESF+|PROGRAMME}}", "{{2023ESF+-0712|REF}}", "Gemeente {{Zaanstad|PLACE}}", "{{Zaandam|PLACE}}", "[[C. Boukhari]]", "[[c.boukhari@zaanstad.nl|EMAIL]]", "[[06 1437 9025|PHONE]]", "[[SHo]]", "bevinding"),
  ("11", "{{ESF+|PROGRAMME}}", "{{2023ESF+-0788|REF}}", "{{Stichting Leerwerkloket Twente}}", "{{Enschede|PLACE}}", "[[J.A. Nijhuis-ter Haar]]", "[[j.nijhuis@leerwerkloket-twente.nl|EMAIL]]", "[[053 481 22 90|PHONE]]", "[[SHo]]", "open"),
  ("12", "{{ESF+|PROGRAMME}}", "{{2023ESF+-0815|REF}}", "{{Vakcollege Rotterdam}}", "{{Rotterdam|PLACE}}", "[[D. Pattipeilohy]]", "[[d.pattipeilohy@vakcollege.nl|EMAIL]]", "[[06 2864 1193|PHONE]]", "[[RRa]]", "geen"),
  ("13", "{{OP Oost|PROGRAMME}}", "{{OPO-2022-0150|REF}}", "{{Oost NL}}", "{{Arnhem|PLACE}}", "[[M. Hendriksen]]", "[[m.hendriksen@oostnl.nl|EMAIL]]", "[[06 3319 8804|PHONE]]", "[[MvdHB]]", "geen"),
  ("14", "{{OP Oost|PROGRAMME}}", "{{OPO-2022-0198|REF}}", "{{Wageningen University}}", "{{Wageningen|PLACE}}", "[[dr. ir. P. Osei-Bonsu]]", "[[peter.osei-bonsu@wur.nl|EMAIL]]", "[[0317 48 66 01|PHONE]]", "[[NEK]]", "bevinding"),
]
for r in data03:
    rows03.append(list(r))
D("dc03", "reportlab", font="libsans", size=8.5, landscape=True, header="ADR - Steekproef concrete verrichtingen 2023-2024 (werkbestand, export uit Excel)",
  footer="Bron: ADR auditdossier {{2025-0001843|REF}}", blocks=[
    ("title", "Overzicht gecontroleerde projecten en contactpersonen"),
    ("p", "Export van tabblad 'Steekproef' uit het werkbestand. Kolom Auditor: paraafcodes van het ADR-team (zie legenda onderaan)."),
    ("table", rows03, [2, 5, 7.5, 8.5, 5, 7, 13.5, 6, 3.5, 4.5]),
    ("h", "Legenda paraafcodes"),
    ("table", [["Code", "Naam", "Rol"],
               ["[[RRa]]", "[[Ravi Ramdin]]", "auditor"],
               ["[[MvdHB]]", "[[Marloes van den Heuvel-Bosman]]", "senior auditor, dossierhouder"],
               ["[[NEK]]", "[[Nadia El Khayari]]", "auditor"],
               ["[[FKo]]", "[[Femke Kooistra]]", "auditor ({{Groningen|PLACE}})"],
               ["[[BJW]]", "[[Bart-Jan Wiersema]]", "IT-auditor"],
               ["[[SHo]]", "[[Sietske Hoogeveen]]", "auditor {{ESF+|PROGRAMME}}"]], [2, 6, 6]),
    ("p", "Statusdefinities: 'bevinding' = fout geconstateerd en gemeld aan de managementautoriteit; 'terugvordering' = "
          "managementautoriteit heeft een terugvorderingsbesluit genomen; 'open' = hoor en wederhoor loopt."),
  ])

# ------------------------------------------------------------------ dc04 DG REGIO English e-mail thread (times)
D("dc04", "reportlab", font="times", size=10.5, pdf_title="FW: Audit of accounts 2023-2024 - Kansen voor West",
  hidden={"xmp_creator": "Ewa Szymańska", "xmp_creator_probe": ["Szymańska"]},
  blocks=[
    ("pre", """From:     [[LANFRANCHI Matteo (REGIO)|PERSON]] &lt;[[Matteo.LANFRANCHI@ec.europa.eu|EMAIL]]&gt;
Sent:     Thursday, 10 April 2025 11:03
To:       [[Ramdin, Ravi|PERSON]]; {{auditautoriteit@minfin.nl|EMAIL_FUNCTIONAL}}
Cc:       {{REGIO-AUDIT-NL@ec.europa.eu|EMAIL_FUNCTIONAL}}; [[DUMITRESCU Ioana (REGIO)|PERSON]]
Subject:  RE: Audit of accounts 2023-2024 - Kansen voor West - follow-up enquiry {{ARES(2025)1187403|REF}}"""),
    ("p", "Dear Mr [[Ramdin]],"),
    ("p", "Thank you for the reply of your team. For the assurance package of the programme {{Kansen voor West}} "
          "({{CCI 2021NL16RFPR003|REF}}) we still need the underlying working papers for the error at {{Hydroflux Systems B.V.}}, "
          "in particular the extrapolation in the annual control report and the projected error rate."),
    ("p", "My colleague [[Ioana Dumitrescu]] will join the desk review on 22 April. Please send the documents through "
          "{{SFC2021|PRODUCT}} and not by e-mail. Under {{Article 77|LAW}} of {{Regulation (EU) 2021/1060|LAW}} the Commission "
          "may carry out its own audits; a mission to {{Rotterdam|PLACE}} is planned for the week of 16 June."),
    ("p", "Kind regards,<br/>[[Matteo Lanfranchi]]<br/>Auditor - Unit {{REGIO.C.3|REF}} Audit of Cohesion Policy, Northern and Western Europe<br/>"
          "{{European Commission}} | {{DG REGIO}} | {{Avenue de Beaulieu 5|ADDRESS}}, {{Brussels|PLACE}}<br/>Tel. [[+32 2 298 71 46|PHONE]]"),
    ("pre", """From:     [[Ramdin, Ravi|PERSON]]
Sent:     Wednesday, 9 April 2025 17:40
To:       [[LANFRANCHI Matteo (REGIO)|PERSON]]
Cc:       [[Wójcik-Brandt, Katarzyna|PERSON]]; [[ter Steege, Jeroen|PERSON]]
Subject:  RE: Audit of accounts 2023-2024 - Kansen voor West"""),
    ("p", "Dear [[Matteo]],"),
    ("p", "Our team leader [[Jeroen ter Steege]] confirmed that the working papers can be shared. [[Marloes]] is on leave "
          "until 14 April; I will upload the file myself. The total projected error for {{Kansen voor West}} is 1,84%, below "
          "the materiality threshold of 2%."),
    ("p", "Best regards,<br/>[[Ravi]]"),
    ("pre", """From:     [[WÓJCIK-BRANDT Katarzyna (REGIO)|PERSON]]
Sent:     Monday, 7 April 2025 08:15
Subject:  Audit of accounts 2023-2024 - Kansen voor West"""),
    ("p", "Dear colleagues, as announced during the coordination meeting in {{The Hague|PLACE}}, {{DG REGIO}} will review the "
          "audit of accounts for the accounting year ending 30 June 2024. Head of Unit [[Ms Wójcik-Brandt]] asks you to keep "
          "{{REGIO-AUDIT-NL@ec.europa.eu|EMAIL_FUNCTIONAL}} in copy of all correspondence. Executive Vice-President {{Fitto|OFFICE_HOLDER}} "
          "will receive a summary of the reviews of all Member States in the autumn."),
  ])

# ------------------------------------------------------------------ dc05 minutes start meeting foundation (docx)
D("dc05", "docx", docx_font="Liberation Serif", size=10.5, pdf_author="ADR",
  footer="ADR - verslag startgesprek {{KVW-00522|REF}}", blocks=[
    ("title", "Verslag startgesprek controle concrete verrichting"),
    ("kv", [["Project", "{{KVW-00522|REF}} 'Werkfit in Zuid' - {{Stichting Werkkracht Rijnmond}}"],
            ["Datum en plaats", "{{22 januari 2025|DATE}}, kantoor van de stichting, {{Anthony Fokkerweg|STREET}} 61, {{Rotterdam|PLACE}}"],
            ["Aanwezig", "[[Ayşe Demirtaş]] (coördinator, stichting), [[Kees van der Linde]] (voorzitter bestuur), [[Joyce Pinas]] "
                         "(administrateur), [[Marloes van den Heuvel-Bosman]] (ADR, MvdHB), [[Nadia El Khayari]] (ADR, [[NEK]])"],
            ["Afwezig", "[[Annelies Verbrugge]] ({{Kansen voor West}}), met bericht"],
            ["Verslag", "[[NEK]]"]]),
    ("h", "1. Opening en doel"),
    ("p", "[[MvdHB]] licht de rol van de {{ADR}} als auditautoriteit toe en legt uit dat de controle zich richt op de "
          "subsidiabiliteit van de gedeclareerde kosten over 2023 en op de naleving van de {{Aanbestedingswet 2012|LAW}}."),
    ("h", "2. Toelichting project"),
    ("p", "Mevrouw [[Demirtaş]] vertelt dat het project 140 jongeren uit {{Rotterdam-Zuid|PLACE}} begeleidt naar werk in de haven. "
          "De locatie aan de {{Pieter de Hoochweg|STREET}} is in 2023 gehuurd zonder meervoudig onderhandse procedure. De heer "
          "[[Van der Linde]] geeft aan dat het bestuur destijds haast had omdat de vorige huurder, het {{Zadkine|ORG}}, vertrok."),
    ("p", "Mevrouw [[Pinas]] werkte tot 2024 als vrijwilliger; haar lidmaatschap van de [[Pinkstergemeente De Rots|RELIGION]] "
          "wordt genoemd omdat de kerk een deel van de ruimte onderverhuurt. Zij is aanspreekpunt voor de administratie."),
    ("h", "3. Actiepunten"),
    ("table", [["Nr", "Actie", "Wie", "Gereed"],
               ["1", "Huurovereenkomst en offertes 2023 aanleveren", "[[AD]]", "5 februari"],
               ["2", "Urenstaten begeleiders over 2023", "[[JP]]", "5 februari"],
               ["3", "Concept-bevindingen naar {{Kansen voor West}}", "[[MvdHB]]", "28 februari"],
               ["4", "Verslag ter correctie aan stichting", "[[NEK]]", "29 januari"]], [1, 8, 2, 3]),
    ("p", "Afkortingen: [[AD]] = [[A. Demirtaş]]; [[JP]] = [[J. Pinas]]."),
  ])

# ------------------------------------------------------------------ dc06 interview report beneficiary employee (dejavu, 2 pages)
D("dc06", "reportlab", font="dejavu", size=10, header="Gespreksverslag - vertrouwelijk", footer="{{SNN}} / {{ADR}}",
  blocks=[
    ("title", "Gespreksverslag interview medewerker begunstigde"),
    ("kv", [["Begunstigde", "{{Noordelijke Composieten B.V.}}, {{Bedrijvenpark A37|ADDRESS}}, {{Emmen|PLACE}}"],
            ["Project", "{{SNN-EFRO-21-0093|REF}} 'Lichtgewicht composietpanelen voor de bouw'"],
            ["Datum gesprek", "{{18 februari 2025|DATE}}, 10.00-11.30 uur"],
            ["Geïnterviewde", "[[Jantine Mulder-Kok]], projectadministrateur (geboren [[3 mei 1979|DOB]])"],
            ["Interviewers", "[[Femke Kooistra]] ({{ADR}}), [[Auke Dijkstra]] ({{SNN}}, afdeling Controle)"]], [1, 3]),
    ("h", "Aanleiding"),
    ("p", "Bij de controle van de tweede betaalaanvraag bleek dat facturen van een leverancier uit {{Hoogeveen|PLACE}} twee keer "
          "zijn gedeclareerd: in het project {{SNN-EFRO-21-0093|REF}} en in een subsidie uit de {{MIT-regeling|PROGRAMME}} van "
          "{{RVO}}. Het gesprek is bedoeld om te begrijpen hoe dat is gebeurd."),
    ("h", "Verloop"),
    ("p", "Mevrouw [[Mulder-Kok]] verklaart dat zij de declaraties opstelt op basis van een lijst die de directeur, de heer "
          "[[Roelof Zwiers]], haar aanlevert. Zij had geen toegang tot de subsidieadministratie van {{RVO}}. Volgens haar heeft "
          "de vorige controller, de heer [[Evert Jan Lubbers]], in 2022 afgesproken dat facturen per project worden gemerkt; "
          "dat is na zijn vertrek niet meer gebeurd."),
    ("p", "Op de vraag of zij onder druk werd gezet antwoordt zij dat [[Zwiers]] ‘altijd haast had met de aanvragen’. Zij geeft aan "
          "dat zij in het najaar van 2023 [[enkele maanden ziek thuis was met een depressie|HEALTH]] en dat in die periode een "
          "uitzendkracht, [[Lisanne]], de administratie deed. De achternaam van de uitzendkracht weet zij niet meer."),
    ("p", "[[Jantine]] overhandigt een map met inkoopfacturen. De interviewers maken kopieën; de originelen blijven bij het bedrijf. "
          "Zij vraagt uitdrukkelijk haar privénummer [[06 1983 4527|PHONE]] en haar adres [[Valkenlaan 22|ADDRESS]], "
          "[[7823 PK|POSTCODE]] {{Emmen|PLACE}} niet aan de directie te geven."),
    ("pb",),
    ("h", "Vervolg"),
    ("p", "Het {{SNN}} beoordeelt of sprake is van een onregelmatigheid in de zin van {{artikel 2, punt 31|LAW}}, van "
          "{{Verordening (EU) 2021/1060|LAW}} en of een vermoeden van fraude moet worden gemeld bij {{AFCOS}} en {{OLAF}}. "
          "De heer [[Dijkstra]] stuurt het verslag binnen een week ter accordering aan mevrouw [[Mulder-Kok]]."),
    ("table", [["Rol", "Naam", "Paraaf", "Datum"],
               ["Opgesteld", "[[F. Kooistra]]", "[[FKo]]", "19-02-2025"],
               ["Gezien", "[[A. Dijkstra]]", "[[AD/snn]]", "20-02-2025"],
               ["Akkoord geïnterviewde", "[[J. Mulder-Kok]]", "[[JMK]]", "24-02-2025"]], [3, 4, 2, 2]),
    ("p", "Dit verslag is opgesteld door de {{Auditdienst Rijk}}. Bij verspreiding buiten {{SNN}} en {{ADR}} is toestemming nodig van de "
          "teamleider."),
  ] + MOTIV)

# ------------------------------------------------------------------ dc07 Teams chat export
D("dc07", "reportlab", font="libsans", size=9.5, header="Microsoft Teams - chatexport 'ADR EU-fondsen team West' (17-03-2025)",
  blocks=[
    ("pre", """[09:02] [[Ravi Ramdin]]: morning! heeft iemand de reactie van [[Sanne]] van {{Hydroflux|ORG}} gezien?
[09:04] [[Nadia El Khayari]]: ja, zit in de map {{KVW-00417|REF}}\\Correspondentie. Ze betwist de fout
[09:05] [[Nadia El Khayari]]: [[Pieter-Bas]] belt vanmiddag met [[Jeroen]]
[09:11] [[Marloes van den Heuvel-Bosman]]: ik ben vandaag thuis, [[kind is ziek|HEALTH]]. bel me op [[06 2174 3390|PHONE]] als het nodig is
[09:12] [[Ravi Ramdin]]: 👍 sterkte [[Marloes]]
[09:30] [[Jeroen ter Steege]]: [[Ravi]], kun jij de extrapolatie voor {{DG REGIO}} klaarzetten? [[Lanfranchi]] vraagt erom
[09:31] [[Ravi Ramdin]]: doe ik. gebruik ik de {{MUS|METHOD}}-steekproef uit {{IDEA|PRODUCT}}?
[09:33] [[Jeroen ter Steege]]: ja, en stuur het via {{SFC2021|PRODUCT}}, niet mailen
[10:47] [[Bart-Jan Wiersema]]: FYI de toegang tot {{Arachne|PRODUCT}} werkt weer
[10:48] [[Nadia El Khayari]]: top. [[BJ]] kun je {{Brainport Development}} er even doorheen halen?
[10:52] [[Bart-Jan Wiersema]]: yes. trouwens [[Luuk]] van Brainport is met pensioen, nieuw aanspreekpunt volgt
[14:05] [[Jeroen ter Steege]]: update: [[Leeflang]] gaat akkoord met correctie van € 38.412,50, zie mail
[14:06] [[Ravi Ramdin]]: mooi, dan kan de bevinding naar {{Kansen voor West}}"""),
    ("p", "Export gemaakt ten behoeve van het Woo-verzoek {{WOO-2025-0317|REF}}. Berichten met reacties (emoji) zijn als tekst weergegeven."),
  ])

# ------------------------------------------------------------------ dc08 handwritten note (scan)
D("dc08", "scan", pdf_title="scan0008", blocks=[
    ("hand", "Aantekening tel. gesprek 24/3"),
    ("hand", "met [[Brandsma]] (installatiebedrijf)"),
    ("hand", "- weet niet van dubbele factuur"),
    ("hand", "- bellen op 0612345078"),
    ("hand", "- [[Venema]] (SNN) stuurt brief"),
    ("space", 40),
    ("hand", "terugvordering 12.600 euro", HAND2),
    ("hand", "overleg met Femke vrijdag", HAND2),
  ])

# ------------------------------------------------------------------ dc09 scanned signed letter of a municipality (scan)
D("dc09", "scan", pdf_title="Scan_Dordrecht_reactie", blocks=[
    ("title", "Gemeente Dordrecht"),
    ("p", "Spuiboulevard 300, 3311 GR Dordrecht"),
    ("space", 30),
    ("p", "Auditdienst Rijk\nt.a.v. mevrouw [[N. El Khayari]]\nPostbus 20201\n2500 EE Den Haag"),
    ("space", 20),
    ("p", "Dordrecht, 2 april 2025\nKenmerk: DOR/ESF/2025-044\nBehandeld door: E. [[van Wijngaarden]], telefoon [[06 1250 8834|PHONE]]"),
    ("p", "Onderwerp: reactie op conceptbevindingen project KVW-00610"),
    ("space", 20),
    ("p", "Geachte mevrouw [[El Khayari]],"),
    ("p", "Met belangstelling hebben wij kennisgenomen van uw conceptbevindingen. Wij\nerkennen dat de inhuur van de projectleider, de heer [[M. Schreuder]],\nniet Europees is aanbesteed. Het college heeft op voorstel van de\nverantwoordelijke wethouder besloten het bedrag van de correctie niet te betwisten."),
    ("p", "Onze projectcontroller mevrouw [[Karin Staal]] is bereikbaar via\n[[k.staal@dordrecht.nl|EMAIL]] voor de verdere afhandeling."),
    ("space", 20),
    ("p", "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders,"),
    ("hand", "[[Wijngaarden]]"),
    ("p", "mr. E. [[van Wijngaarden]]\nafdelingshoofd Economie en Subsidies"),
  ])

# ------------------------------------------------------------------ dc10 IMS irregularity report form with AcroForm fields
def build_form(d, out):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setTitle("Melding onregelmatigheid IMS")
    c.setAuthor("AFCOS Nederland")
    y = 800
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, y, "Melding onregelmatigheid - invulformulier voor IMS (OLAF)")
    y -= 22
    c.setFont("Helvetica", 9)
    for line in ["Voorbereid door de managementautoriteit ten behoeve van AFCOS Nederland (Ministerie van Financiën).",
                 "Grondslag: Gedelegeerde Verordening (EU) 2015/1970 en artikel 69, lid 12, Verordening (EU) 2021/1060.",
                 "Programma: SNN Just Transition Fund 2021-2027    Project: SNN-JTF-22-0008",
                 "Begunstigde: eenmanszaak (installatiebedrijf), Drachten    Soort: dubbele financiering",
                 "Bedrag onregelmatigheid: EUR 12.600,00    Status: terugvordering ingesteld",
                 "Functioneel adres AFCOS: afcos@minfin.nl    Algemeen telefoonnummer: 070 342 80 00"]:
        c.drawString(50, y, line)
        y -= 14
    y -= 10
    fields = [("melder_naam", "Naam opsteller", "G. Venema"),
              ("melder_email", "E-mail opsteller", "g.venema@snn.nl"),
              ("melder_tel", "Telefoon opsteller", "06 4825 1193"),
              ("begunstigde", "Naam eigenaar eenmanszaak", "Hendrik Jan Brandsma"),
              ("bsn", "BSN eigenaar", "173426086"),
              ("adres", "Woonadres eigenaar", "Lavendelstraat 9, 9203 KM Drachten"),
              ("opmerking", "Opmerking", "Eigenaar verklaart onwetendheid; contact via zoon Sjoerd")]
    form = c.acroForm
    for name, label, val in fields:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, label)
        form.textfield(name=name, tooltip=label, x=220, y=y - 5, width=320, height=16, value=val,
                       fontName="Helvetica", fontSize=9, borderWidth=0.5)
        y -= 28
    y -= 10
    c.setFont("Helvetica", 9)
    for line in ["Toelichting: de begunstigde heeft dezelfde warmtepompinstallatie gedeclareerd bij het SNN (JTF) en bij de",
                 "ISDE-regeling van RVO. De managementautoriteit SNN heeft op 28 maart 2025 een terugvorderingsbesluit genomen.",
                 "Er is geen aangifte gedaan bij het Openbaar Ministerie; het dossier is besproken in het AFCOS-overleg.",
                 "Dit formulier wordt door AFCOS Nederland ingevoerd in het Irregularity Management System (IMS)."]:
        c.drawString(50, y, line)
        y -= 14
    c.showPage()
    c.save()


D("dc10", "custom", build=build_form,
  form_probes=[("PERSON", "G. Venema", "Venema"), ("EMAIL", "g.venema@snn.nl", "g.venema@snn.nl"),
               ("PHONE", "06 4825 1193", "06 4825 1193"), ("PERSON", "Hendrik Jan Brandsma", "Brandsma"),
               ("BSN", "173426086", "173426086"), ("ADDRESS", "Lavendelstraat 9", "Lavendelstraat 9"),
               ("POSTCODE", "9203 KM", "9203 KM"), ("PERSON", "Sjoerd", "Sjoerd")],
  blocks=[("p", "{{AFCOS Nederland}} {{Ministerie van Financiën}} {{Gedelegeerde Verordening (EU) 2015/1970|LAW}} "
                "{{SNN-JTF-22-0008|REF}} {{Drachten|PLACE}} {{afcos@minfin.nl|EMAIL_FUNCTIONAL}} {{070 342 80 00|PHONE_GENERAL}} "
                "{{ISDE-regeling|PROGRAMME}} {{RVO}} {{Irregularity Management System|PRODUCT}} {{Openbaar Ministerie}} {{IMS|PRODUCT}}")])

# ------------------------------------------------------------------ dc11 recovery decision SNN (docx)
D("dc11", "docx", docx_font="Liberation Sans", size=10, pdf_author="SNN",
  header="Samenwerkingsverband Noord-Nederland", footer="{{SNN}} - {{Sint Jansstraat 4|ADDRESS}}, {{Groningen|PLACE}}", blocks=[
    ("kv", [["", "Installatiebedrijf [[H.J. Brandsma]]<br/>t.a.v. de heer [[H.J. Brandsma]]<br/>[[Lavendelstraat 9|ADDRESS]]<br/>[[9203 KM|POSTCODE]] {{Drachten|PLACE}}"],
            ["Datum", "{{28 maart 2025|DATE}}"],
            ["Ons kenmerk", "{{SNN/JTF/2025/00877|REF}}"],
            ["Behandeld door", "[[G. Venema]], telefoon [[06 4825 1193|PHONE]]"],
            ["Onderwerp", "Terugvordering subsidie {{Just Transition Fund|PROGRAMME}}, project {{SNN-JTF-22-0008|REF}}"]]),
    ("p", "Geachte heer [[Brandsma]],"),
    ("p", "Bij besluit van 14 september 2022 heeft het {{Samenwerkingsverband Noord-Nederland}} ({{SNN}}) u een subsidie verleend "
          "van € 25.200 voor de verduurzaming van uw bedrijfspand. Bij een controle door de {{Auditdienst Rijk}} is gebleken dat de "
          "warmtepompinstallatie ook is gesubsidieerd via de {{ISDE-regeling|PROGRAMME}} van {{RVO}}. Dat is dubbele financiering in "
          "strijd met {{artikel 63, lid 9|LAW}}, van {{Verordening (EU) 2021/1060|LAW}}."),
    ("h", "Besluit"),
    ("p", "Op grond van {{artikel 4:49 van de Algemene wet bestuursrecht|LAW}} trekken wij de subsidievaststelling in tot een bedrag "
          "van € 12.600 en vorderen wij dit bedrag terug. U wordt verzocht het bedrag binnen zes weken over te maken op "
          "{{NL43 INGB 0705 0010 42|IBAN_ORG}} ten name van {{SNN}} onder vermelding van {{SNN/JTF/2025/00877|REF}}."),
    ("p", "Indien u het bedrag in termijnen wilt betalen, kunt u een verzoek indienen. Wij verrekenen een eventueel tegoed met uw "
          "zakelijke rekening [[NL90 INGB 0006 6317 45|IBAN]] die bij ons bekend is. In uw gesprek met onze medewerker [[Grietje Venema]] "
          "gaf u aan dat uw zoon [[Sjoerd Brandsma]] de administratie van het bedrijf overneemt; hij kan namens u optreden als u "
          "een machtiging stuurt. Uw burgerservicenummer [[173426086|BSN]] gebruiken wij uitsluitend voor de invordering."),
    ("h", "Bezwaar"),
    ("p", "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij het dagelijks bestuur van het {{SNN}}, Postbus 779, "
          "9700 AT {{Groningen|PLACE}}, of digitaal via {{bezwaar@snn.nl|EMAIL_FUNCTIONAL}}."),
    ("p", "Met vriendelijke groet,<br/>het dagelijks bestuur van het {{Samenwerkingsverband Noord-Nederland}},<br/>namens deze,"),
    ("sig", "H-J Boersma"),
    ("p", "[[Hendrik-Jan Boersma]]<br/>hoofd Subsidieverlening en Controle"),
  ])

# ------------------------------------------------------------------ dc12 OLAF contact (English, helvetica)
D("dc12", "reportlab", font="helvetica", size=10, pdf_title="Referral to OLAF - SNN-EFRO-21-0093", blocks=[
    ("pre", """From:     AFCOS Nederland &lt;{{afcos@minfin.nl|EMAIL_FUNCTIONAL}}&gt;
Sent:     Friday, 2 May 2025 14:26
To:       {{OLAF-COURRIER@ec.europa.eu|EMAIL_FUNCTIONAL}}
Cc:       [[THEODORIDIS Nikos (OLAF)|PERSON]]; [[Kooistra, Femke|PERSON]]; [[Dijkstra, Auke|PERSON]]
Subject:  Transmission of information - suspected double funding - {{SNN-EFRO-21-0093|REF}} / {{OF/2025/0412|REF}}"""),
    ("p", "Dear Mr [[Theodoridis]],"),
    ("p", "Following our telephone conversation of 29 April, the Dutch anti-fraud coordination service ({{AFCOS}}) hereby transmits "
          "information on a suspected fraud affecting the {{EFRO|PROGRAMME}} programme of {{SNN}} ({{CCI 2021NL16RFPR001|REF}}). "
          "The beneficiary, {{Noordelijke Composieten B.V.}} in {{Emmen|PLACE}}, declared the same invoices under the national "
          "{{MIT|PROGRAMME}} scheme. The director, Mr [[R. Zwiers]], was [[convicted in 2019 by the court of Assen for VAT fraud|CRIMINAL]] "
          "according to information of the {{FIOD}}; this information was shared under {{Article 8 of Regulation (EU, Euratom) No 883/2013|LAW}}."),
    ("p", "The audit authority's interview with the project administrator (18 February 2025) is attached. The administrator asked that "
          "her identity be protected; we therefore refer to her as 'witness A'. Her name is known to Ms [[Kooistra]] of the "
          "{{Audit Authority|ORG}}."),
    ("p", "For any questions please contact me directly at [[+31 6 5571 2084|PHONE]] or [[l.vanommeren@minfin.nl|EMAIL]]."),
    ("p", "Kind regards,<br/>[[Lotte van Ommeren]]<br/>Senior policy officer {{AFCOS Nederland}}<br/>{{Ministerie van Financiën}}, directie Begrotingszaken"),
    ("pre", """From:     [[THEODORIDIS Nikos (OLAF)|PERSON]] &lt;[[Nikos.THEODORIDIS@ec.europa.eu|EMAIL]]&gt;
Sent:     Tuesday, 29 April 2025 18:02
To:       [[van Ommeren, Lotte|PERSON]]
Subject:  RE: possible case Noordelijke Composieten"""),
    ("p", "Dear [[Lotte]], thank you for the call. Please send the information to the functional mailbox with me in copy. "
          "The case will be assessed by the selection and review unit ({{OLAF.0.1|REF}}) within two months. Best, [[Nikos]]<br/>"
          "[[Nikos Theodoridis]], Investigator, Directorate A - Investigations I, {{European Anti-Fraud Office (OLAF)|ORG}}, {{Rue Joseph II 30|ADDRESS}}, {{Brussels|PLACE}}"),
  ])

# ------------------------------------------------------------------ dc13 beslisnota to the minister of Financiën (libserif, 2 pages), outline
D("dc13", "reportlab", font="libserif", size=10.5, header="Ministerie van Financiën - beslisnota", footer="{{2025-0000912|REF}}",
  hidden={"outline": ["Beslisnota controleverklaring EU-fondsen", "Opgesteld door M. van den Heuvel-Bosman"],
          "outline_probes": [("Opgesteld door M. van den Heuvel-Bosman", "Heuvel-Bosman")]},
  blocks=[
    ("title", "Beslisnota"),
    ("kv", [["Aan", "de minister van Financiën"],
            ["Van", "directeur {{Auditdienst Rijk}}"],
            ["Datum", "{{12 februari 2025|DATE}}"],
            ["Kenmerk", "{{2025-0000912|REF}}"],
            ["Onderwerp", "Jaarlijks controleverslag en auditoordeel EU-structuurfondsen, rekeningjaar 2023-2024"],
            ["Kopie aan", "secretaris-generaal; DG Rijksbegroting"],
            ["Contactpersoon", "[[J.W. ter Steege]], T [[06 3055 9182|PHONE]], [[j.w.tersteege@minfin.nl|EMAIL]]"]], [1, 4]),
    ("h", "Aanleiding"),
    ("p", "Uiterlijk 15 februari 2025 moet de auditautoriteit voor elk programma een controleverklaring en een jaarlijks controleverslag "
          "indienen bij de {{Europese Commissie}} ({{artikel 63, lid 7|LAW}}, {{Financieel Reglement|LAW}}). U wordt geïnformeerd over de "
          "oordelen voor de programma's {{Kansen voor West}}, {{SNN}}, {{OP Zuid|PROGRAMME}}, {{OP Oost|PROGRAMME}} en {{ESF+|PROGRAMME}}."),
    ("h", "Geadviseerd besluit"),
    ("p", "Aan de minister wordt gevraagd kennis te nemen van de oordelen en in te stemmen met de brief aan de Tweede Kamer over "
          "de rechtmatigheid van de EU-fondsen. Minister {{Heinen|OFFICE_HOLDER}} heeft in het commissiedebat van november 2024 aan het "
          "lid {{Van Dijk|OFFICE_HOLDER}} (CDA) toegezegd de Kamer hierover jaarlijks te informeren."),
    ("h", "Kern"),
    ("p", "Voor vier programma's is een goedkeurend oordeel afgegeven. Voor het {{ESF+|PROGRAMME}}-programma van het {{Agentschap SZW}} "
          "ligt het geëxtrapoleerde foutpercentage op 2,6%, boven de materialiteit van 2%. De belangrijkste oorzaak is de "
          "onvolledige deelnemersadministratie bij de gemeente {{Zaanstad|PLACE}} en bij {{Stichting Leerwerkloket Twente}}. "
          "De {{Europese Commissie}} ({{DG EMPL}}) kan een financiële correctie opleggen."),
    ("h", "Toelichting"),
    ("p", "De controle is uitgevoerd door het team EU-fondsen onder leiding van de heer [[Ter Steege]]. Het team heeft 96 concrete "
          "verrichtingen gecontroleerd. Bij {{Noordelijke Composieten B.V.}} is een vermoeden van fraude gemeld aan {{OLAF}}. "
          "De secretaris-generaal van {{Financiën}} is hierover op 3 februari geïnformeerd."),
    ("h", "Krachtenveld"),
    ("p", "Het ministerie van {{Sociale Zaken en Werkgelegenheid}} (minister {{Van Hijum|OFFICE_HOLDER}}) is op de hoogte van het oordeel. "
          "De managementautoriteiten zijn in de gelegenheid gesteld te reageren."),
    ("pb",),
    ("h", "Paraafroute"),
    ("table", [["Naam", "Functie", "Paraaf", "Datum"],
               ["[[J.W. ter Steege]]", "teamleider Audit EU-fondsen", "[[JtS]]", "12-02"],
               ["[[drs. C.A.M. Bijl-Vermeulen]]", "plv. directeur {{ADR}}", "[[CBV]]", "12-02"],
               ["[[W. Ploegmakers]]", "directeur {{ADR}}", "[[WPl]]", "13-02"]], [3, 4, 2, 1.5]),
    ("h", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "Motivering: [in te vullen bij openbaarmaking]"),
  ])

# ------------------------------------------------------------------ dc14 DG EMPL letter to Agentschap SZW (docx, English)
D("dc14", "docx", docx_font="Liberation Serif", size=10.5, pdf_author="EMPL",
  header="EUROPEAN COMMISSION - Directorate-General for Employment, Social Affairs and Inclusion", blocks=[
    ("p", "Directorate F - Audit and Control<br/>Unit {{EMPL.F.2|REF}} - Audit of ESF+ in Member States"),
    ("p", "Brussels, {{ARES(2025)2310588|REF}}"),
    ("p", "Mr [[Mohamed Aznag]]<br/>Head of the Managing Authority {{ESF+|PROGRAMME}}<br/>{{Agentschap SZW}}<br/>{{Parnassusplein 5|ADDRESS}}<br/>2511 VX {{The Hague|PLACE}}<br/>The Netherlands"),
    ("p", "Subject: Audit mission {{EMPL/2025/012/NL|REF}} - programme {{ESF+|PROGRAMME}} Netherlands {{CCI 2021NL05SFPR001|REF}} - preliminary findings"),
    ("p", "Dear Mr [[Aznag]],"),
    ("p", "Following the audit mission carried out from 3 to 7 March 2025 in {{The Hague|PLACE}}, {{Zaandam|PLACE}} and {{Enschede|PLACE}}, "
          "please find attached the preliminary findings. The audit team, composed of Ms [[Pascale Verhoustraeten]] (team leader), "
          "Mr [[Søren Kjærgaard]] and Ms [[Agnieszka Nowicka]], reviewed twelve operations."),
    ("p", "Finding 1 concerns the eligibility of participants. For the operation {{2023ESF+-0712|REF}} (municipality of {{Zaanstad|PLACE}}), "
          "three of the twenty participants tested did not meet the target group criteria of the {{Subsidieregeling ESF+ 2021-2027|LAW}}. "
          "Your contact person, Ms [[Esther Kruithof]], explained that the municipality relies on self-declarations."),
    ("p", "Finding 2 concerns the audit authority. The Commission considers that the {{Auditdienst Rijk}} sampled too few operations "
          "in the stratum of simplified cost options. We ask the audit authority to re-perform the work before 30 June."),
    ("p", "In accordance with {{Article 104|LAW}} of {{Regulation (EU) 2021/1060|LAW}} the Commission may apply a financial correction. "
          "You have two months to reply. Please send your reply to {{EMPL-F2-ESF-AUDIT@ec.europa.eu|EMAIL_FUNCTIONAL}} with a copy "
          "to Ms [[Verhoustraeten]] ([[pascale.verhoustraeten@ec.europa.eu|EMAIL]], tel. [[+32 2 296 40 17|PHONE]])."),
    ("p", "Executive Vice-President {{Mînzatu|OFFICE_HOLDER}} has been informed of the preliminary findings for all Member States."),
    ("p", "Yours sincerely,"),
    ("sig", "H. Lindqvist"),
    ("p", "[[Henrik Lindqvist]]<br/>Head of Unit"),
    ("p", "Cc: {{Auditdienst Rijk}}, Mr [[J.W. ter Steege]]; Permanent Representation of the Netherlands to the EU"),
  ])

# ------------------------------------------------------------------ dc15 Agentschap SZW internal memo on ESF+ Zaanstad (libsans)
D("dc15", "reportlab", font="libsans", size=10, header="Agentschap SZW - Intern memo", footer="Rubricering: Departementaal vertrouwelijk",
  blocks=[
    ("kv", [["Aan", "[[M. Aznag]], hoofd managementautoriteit {{ESF+|PROGRAMME}}"],
            ["Van", "[[E. Kruithof]], senior adviseur controle ([[EK]])"],
            ["Datum", "{{17 maart 2025|DATE}}"],
            ["Betreft", "Bevinding {{DG EMPL}} deelnemers {{2023ESF+-0712|REF}} gemeente {{Zaanstad|PLACE}}"]], [1, 4]),
    ("p", "[[Mohamed]], zoals besproken stuur ik je mijn analyse van de drie afgekeurde deelnemers. Het gaat om personen in de "
          "leeftijd 18-27 uit het project 'Zaanse Jongeren aan de Slag'. Deelnemer 1 is [[Dewi Soemodihardjo|PERSON]] "
          "(deelnemersnummer [[ZJS-0341|ID]]), zij stond ingeschreven als werkzoekende maar had een contract bij {{Albert Heijn|ORG}}. "
          "Deelnemer 2, [[Rick Overdijk]] ([[ZJS-0388|ID]]), is volgens de intake [[verslaafd geweest aan cannabis en in behandeling bij Brijder|HEALTH]]; "
          "de gemeente rekende hem daarom tot de doelgroep 'multiproblematiek', maar dat is geen criterium van de regeling."),
    ("p", "Deelnemer 3, [[Fatima Zahra Ouali]] ([[ZJS-0402|ID]], geboren [[11-08-2003|DOB]]), woont in {{Wormerland|PLACE}} en "
          "niet in de gemeente {{Zaanstad|PLACE}}. De projectleider van de gemeente, [[Chaima Boukhari]], heeft bevestigd dat het om "
          "een administratieve fout gaat."),
    ("p", "Mijn advies: de correctie van € 8.930 accepteren en de gemeente vragen de intake aan te passen. Wethouder {{Rijkenberg|OFFICE_HOLDER}} "
          "van {{Zaanstad|PLACE}} heeft in een brief aan onze directeur al laten weten dat de gemeente meewerkt."),
    ("p", "Ik ben donderdag en vrijdag niet op kantoor; bel me gerust op [[06 2408 6671|PHONE]]. Het algemene nummer van het "
          "agentschap is {{070 333 44 44|PHONE_GENERAL}}."),
    ("p", "Groet, [[Esther]]"),
    ("p", "Paraaf gezien: [[MAz]] 18/3 - 'akkoord, graag brief aan {{Zaanstad|PLACE}} voorbereiden' "),
  ])

# ------------------------------------------------------------------ dc16 participants list ESF+ sample (landscape, dejavu, special categories)
rows16 = [["Nr", "Deelnemersnr.", "Naam deelnemer", "Geboortedatum", "BSN", "Woonplaats", "Doelgroep", "Bijzonderheden (intake)", "Oordeel ADR"]]
for r in [
    ("1", "[[ZJS-0341|ID]]", "[[Dewi Soemodihardjo]]", "[[14-02-2002|DOB]]", "[[204861731|BSN]]", "{{Zaandam|PLACE}}", "werkzoekend", "-", "niet subsidiabel"),
    ("2", "[[ZJS-0388|ID]]", "[[Rick Overdijk]]", "[[30-06-2001|DOB]]", "[[319572043|BSN]]", "{{Zaandam|PLACE}}", "multiproblematiek", "[[behandeling verslavingszorg|HEALTH]]", "niet subsidiabel"),
    ("3", "[[ZJS-0402|ID]]", "[[Fatima Zahra Ouali]]", "[[11-08-2003|DOB]]", "[[452109863|BSN]]", "{{Wormerland|PLACE}}", "werkzoekend", "-", "niet subsidiabel"),
    ("4", "[[ZJS-0410|ID]]", "[[Jesse van 't Hek]]", "[[02-12-2004|DOB]]", "[[268743150|BSN]]", "{{Krommenie|PLACE}}", "NEET-jongere", "[[licht verstandelijke beperking|HEALTH]]", "subsidiabel"),
    ("5", "[[ZJS-0417|ID]]", "[[Noor Al-Hassan]]", "[[19-04-2000|DOB]]", "[[381204972|BSN]]", "{{Zaandam|PLACE}}", "statushouder", "[[vluchtelingenstatus, Syrië|ORIGIN]]", "subsidiabel"),
    ("6", "[[ZJS-0423|ID]]", "[[Kevin Tjon-A-Fat]]", "[[07-09-2002|DOB]]", "[[195638426|BSN]]", "{{Wormerveer|PLACE}}", "voortijdig schoolverlater", "[[taakstraf 2023 (HALT)|CRIMINAL]]", "subsidiabel"),
]:
    rows16.append(list(r))
D("dc16", "reportlab", font="dejavu", size=8.5, landscape=True,
  header="Bijlage 2 bij ADR-werkdocument {{ESF+|PROGRAMME}} - deelnemerssteekproef {{2023ESF+-0712|REF}} (gemeente {{Zaanstad|PLACE}})",
  footer="Bevat bijzondere persoonsgegevens - niet verspreiden", blocks=[
    ("title", "Steekproef deelnemers 'Zaanse Jongeren aan de Slag'"),
    ("p", "Bron: deelnemersadministratie gemeente {{Zaanstad|PLACE}} (export {{Suite4Sociaal Domein|PRODUCT}}, 14 februari 2025), aangevuld met "
          "gegevens uit {{Suwinet|PRODUCT}}. Controle uitgevoerd door [[S. Hoogeveen]] ([[SHo]]), review door [[R. Ramdin]] ([[RRa]])."),
    ("table", rows16, [1, 3, 4.5, 3, 3, 3, 4, 6, 3.2]),
    ("p", "Toetsingskader: {{Subsidieregeling ESF+ 2021-2027|LAW}}, artikel 3.2 (doelgroepen) en de 'Handleiding deelnemersregistratie' "
          "van het {{Agentschap SZW}}. Voor deelnemers 1 tot en met 3 is de subsidiabiliteit niet aangetoond; het bijbehorende "
          "bedrag aan vereenvoudigde kosten (eenheidskosten per deelnemer) bedraagt € 8.930."),
    ("p", "Contact gemeente: [[C. Boukhari]] (projectleider), [[c.boukhari@zaanstad.nl|EMAIL]]; algemeen {{14 075|PHONE_GENERAL}}."),
  ])

# ------------------------------------------------------------------ dc17 mixed English/Dutch e-mail thread with nested replies (docx)
D("dc17", "docx", docx_font="Liberation Sans", size=9.5, pdf_author="Kansen voor West", blocks=[
    ("pre", """Van:        [[Dijkhuizen, Koen|PERSON]] &lt;[[k.dijkhuizen@rotterdam.nl|EMAIL]]&gt;
Verzonden:  vrijdag 16 mei 2025 10:21
Aan:        [[Verbrugge, A.M. (Annelies)|PERSON]]; {{info@kansenvoorwest.nl|EMAIL_FUNCTIONAL}}
Onderwerp:  FW: Commission mission Rotterdam 16-18 June - programme"""),
    ("p", "Hoi [[Annelies]], zie hieronder het programma van {{DG REGIO}}. Ze willen ook {{Hydroflux|ORG}} bezoeken. Zal ik "
          "[[Pieter-Bas]] vragen of dat kan op de 17e? [[Yasmina]] regelt de zaal in het {{Timmerhuis|BUILDING}} ({{Halvemaanpassage 1|ADDRESS}}). "
          "Groet, [[Koen]]"),
    ("p", "[[Koen Dijkhuizen]] | Programmacoördinator {{Kansen voor West}} | Gemeente {{Rotterdam|PLACE}} | [[06 1183 7740|PHONE]]"),
    ("pre", """From:     [[DUMITRESCU Ioana (REGIO)|PERSON]] &lt;[[Ioana.DUMITRESCU@ec.europa.eu|EMAIL]]&gt;
Sent:     Thursday, 15 May 2025 17:55
To:       [[Dijkhuizen, Koen|PERSON]]
Cc:       [[LANFRANCHI Matteo (REGIO)|PERSON]]; {{REGIO-AUDIT-NL@ec.europa.eu|EMAIL_FUNCTIONAL}}
Subject:  Commission mission Rotterdam 16-18 June - programme"""),
    ("p", "Dear Mr [[Dijkhuizen]],"),
    ("p", "Please find below the draft programme of the mission. On Monday we meet the managing authority and the audit authority; "
          "on Tuesday we visit two beneficiaries ({{Hydroflux Systems B.V.}} in {{Delft|PLACE}} and the {{Erasmus MC|ORG}} project "
          "{{KVW-00633|REF}} in {{Rotterdam|PLACE}}); on Wednesday the closing meeting. Alderman {{Kasmi|OFFICE_HOLDER}} has kindly "
          "offered to open the meeting on Monday."),
    ("p", "I will arrive on Sunday evening with my colleague. I am allergic to nuts, but please do not make special arrangements. "
          "Best regards, [[Ioana]]"),
    ("p", "[[Ioana Dumitrescu]] | Auditor | {{DG REGIO}} Unit {{REGIO.C.3|REF}} | {{BU-1 03/124|ROOM}}"),
    ("pre", """&gt; From: [[Dijkhuizen, Koen|PERSON]]
&gt; Sent: Wednesday, 14 May 2025 09:02
&gt; Subject: RE: mission"""),
    ("p", "&gt; Dear Ms [[Dumitrescu]], we are happy to receive you in {{Rotterdam|PLACE}}. Our head of unit, Ms [[Verbrugge]], "
          "&gt; and the auditors of the {{ADR}}, Mr [[Ramdin]] and Ms [[El Khayari]], will attend. Kind regards, [[Koen Dijkhuizen]]"),
  ])

# ------------------------------------------------------------------ dc18 minutes AA-MA meeting, annotations
D("dc18", "reportlab", font="helvetica", size=9.5, header="Overleg Auditautoriteit - Managementautoriteiten EU-fondsen",
  footer="Verslag vastgesteld {{10 juni 2025|DATE}}",
  hidden={"notes": [(0, "Graag naam van Boersma weghalen uit punt 4 - Thijs", "Thijs Oudenallen")],
          "annot_probes": [("Thijs Oudenallen", "Oudenallen"), ("Thijs", "Thijs")]},
  blocks=[
    ("title", "Verslag overleg AA-MA, {{20 mei 2025|DATE}}"),
    ("p", "Locatie: {{Ministerie van Financiën}}, {{Korte Voorhout 7|ADDRESS}}, {{Den Haag|PLACE}}, zaal 2.14 en via {{Webex|PRODUCT}}"),
    ("table", [["Organisatie", "Aanwezigen"],
               ["{{Auditdienst Rijk}}", "[[JEROEN TER STEEGE]] (voorzitter), [[MARLOES VAN DEN HEUVEL-BOSMAN]], [[RAVI RAMDIN]]"],
               ["{{Kansen voor West}}", "[[ANNELIES VERBRUGGE]], [[KOEN DIJKHUIZEN]]"],
               ["{{SNN}}", "[[HENDRIK-JAN BOERSMA]], [[GRIETJE VENEMA]]"],
               ["{{Stimulus}}", "[[INGRID SMULDERS-PEETERS]]"],
               ["{{Oost NL}} / {{Provincie Gelderland}}", "[[MAARTEN HENDRIKSEN]]"],
               ["{{Agentschap SZW}}", "[[MOHAMED AZNAG]], [[ESTHER KRUITHOF]]"],
               ["{{Ministerie van Economische Zaken}}", "[[DAAN VAN DER ZWAAN-ROMIJN]] (toehoorder)"],
               ["Verslag", "[[THIJS OUDENALLEN]] ({{ADR}})"]], [1.3, 4]),
    ("h", "1. Vaststelling verslag vorige vergadering"),
    ("p", "Het verslag van 18 februari wordt ongewijzigd vastgesteld."),
    ("h", "2. Auditoordelen rekeningjaar 2023-2024"),
    ("p", "De voorzitter meldt dat voor {{ESF+|PROGRAMME}} een afkeurend element in het oordeel zit. Mevrouw [[Kruithof]] geeft aan dat het "
          "{{Agentschap SZW}} de bevinding van {{DG EMPL}} deels betwist. De heer [[Aznag]] wil hierover een apart overleg."),
    ("h", "3. Vereenvoudigde kostenopties"),
    ("p", "Mevrouw [[Smulders-Peeters]] vraagt of het 40%-restkostentarief ({{artikel 56|LAW}} {{Verordening (EU) 2021/1060|LAW}}) ook voor "
          "{{OP Zuid|PROGRAMME}} geldt. De {{ADR}} bevestigt dit. De heer [[Hendriksen]] meldt dat {{Oost NL}} hierover een notitie schrijft."),
    ("h", "4. Fraudesignalen"),
    ("p", "De heer [[Boersma]] licht de melding bij {{OLAF}} over {{Noordelijke Composieten B.V.}} toe. Afgesproken wordt dat signalen voortaan "
          "via {{AFCOS}} lopen. Gedeputeerde {{Brouns|OFFICE_HOLDER}} van de provincie {{Groningen|PLACE}} is als voorzitter van het "
          "dagelijks bestuur van {{SNN}} geïnformeerd."),
    ("h", "Actielijst"),
    ("table", [["Nr", "Actie", "Door", "Wanneer"],
               ["25-07", "Notitie restkostentarief aan alle MA's", "[[MHe]]", "juni"],
               ["25-08", "Apart overleg {{DG EMPL}}-bevinding", "[[JtS]] / [[MAz]]", "3 juni"],
               ["25-09", "Werkinstructie fraudesignalen actualiseren", "[[HJB]]", "september"],
               ["25-10", "Planning Commission mission {{Rotterdam|PLACE}} delen", "[[KDi]]", "direct"]], [1, 6, 2, 1.5]),
    ("p", "Paraafcodes: [[MHe]] = [[M. Hendriksen]]; [[JtS]] = [[J. ter Steege]]; [[MAz]] = [[M. Aznag]]; [[HJB]] = [[H.J. Boersma]]; [[KDi]] = [[K. Dijkhuizen]]."),
  ])

# ------------------------------------------------------------------ dc19 scanned timesheet signed by employee (scan)
D("dc19", "scan", pdf_title="urenstaat_scan", blocks=[
    ("title", "Urenverantwoording EFRO-project"),
    ("p", "Begunstigde: Hydroflux Systems B.V.      Project: KVW-00417"),
    ("p", "Medewerker: [[Gökhan Yilmaz]]      Personeelsnummer: [[HF-20117|ID]]"),
    ("p", "Functie: R&D-engineer      Periode: oktober 2023"),
    ("space", 20),
    ("p", "Week   Projecturen   Overige uren   Verlof/ziek   Totaal"),
    ("p", "40         28,0            8,0             0,0         36,0"),
    ("p", "41         30,5            5,5             0,0         36,0"),
    ("p", "42         12,0            0,0            24,0         36,0"),
    ("p", "43         32,0            4,0             0,0         36,0"),
    ("space", 20),
    ("p", "Toelichting week 42: [[ziekenhuisopname na hartklachten|HEALTH]] (3 dagen)"),
    ("space", 30),
    ("p", "Handtekening medewerker:"),
    ("hand", "G. Yilmaz"),
    ("p", "Akkoord leidinggevende: [[P.B. Leeflang]], directeur"),
    ("hand", "PB Leeflang", HAND2),
    ("space", 30),
    ("p", "Ontvangen ADR 05-02-2025, paraaf [[RRa]]"),
  ])

# ------------------------------------------------------------------ dc20 reply of the beneficiary's lawyer, hoor en wederhoor (docx, 2 pages)
D("dc20", "docx", docx_font="Liberation Serif", size=11, pdf_author="Advocatenkantoor",
  header="DE BRAAK VAN LOON ADVOCATEN", footer="De Braak van Loon Advocaten B.V. - {{Maliesingel 40|ADDRESS}}, {{Utrecht|PLACE}} - KvK 61234980", blocks=[
    ("p", "Aangetekend en per e-mail: {{auditautoriteit@minfin.nl|EMAIL_FUNCTIONAL}}"),
    ("p", "{{Auditdienst Rijk}}<br/>t.a.v. de heer [[drs. J.W. ter Steege]] RE<br/>Postbus 20201<br/>2500 EE {{Den Haag|PLACE}}"),
    ("p", "{{Utrecht|PLACE}}, 25 februari 2025<br/>Uw kenmerk: {{2025-0001843|REF}}<br/>Onze referentie: 2025.0117/[[MvL]]"),
    ("p", "Betreft: {{Hydroflux Systems B.V.}} - zienswijze op conceptbevindingen project {{KVW-00417|REF}}"),
    ("p", "Geachte heer [[Ter Steege]],"),
    ("p", "Namens mijn cliënte, {{Hydroflux Systems B.V.}}, gevestigd aan de {{Rotterdamseweg 183|ADDRESS}} te {{Delft|PLACE}}, geef ik hierbij "
          "haar zienswijze op de conceptbevindingen van 14 februari 2025."),
    ("p", "1. Cliënte betwist dat de loonkosten van de heren [[Yilmaz]] en [[Brouwer]] onvoldoende zijn onderbouwd. Uit de agenda's "
          "en de commit-historie in {{GitLab|PRODUCT}} blijkt dat zij vrijwel volledig aan het project werkten. Anders dan uw auditor "
          "[[Ramdin]] stelt, vereist {{artikel 55 van Verordening (EU) 2021/1060|LAW}} geen registratie per activiteit wanneer een medewerker "
          "voor een vast percentage op het project werkt (zie ook de {{Handleiding subsidiabele kosten Kansen voor West|DOC}})."),
    ("p", "2. De mededeling in de e-mail van 3 februari 2025 over het verlof van mevrouw [[Brouwer-Oei]] had nooit in het dossier mogen "
          "komen; het betreft gegevens over haar [[zwangerschap|HEALTH]]. Cliënte verzoekt die passage te verwijderen."),
    ("p", "3. Voor zover de {{ADR}} de fout als systemisch aanmerkt, is dat onjuist. Het gaat om twee van de veertien medewerkers. "
          "Cliënte heeft de heer [[Leeflang]] als enige bevoegd bestuurder gevraagd de procedures aan te passen."),
    ("pb",),
    ("p", "4. Mijn cliënte vraagt u de conclusie te heroverwegen en haar in de gelegenheid te stellen de zaak mondeling toe te lichten. "
          "Zij is graag bereid tot een gesprek in {{Den Haag|PLACE}} of {{Delft|PLACE}}."),
    ("p", "5. Voor de volledigheid: cliënte heeft haar controller, mevrouw [[Oosterwijk]], en de externe accountant, de heer "
          "[[drs. F. Tromp]] RA van {{Baker Tilly|ORG}}, verzocht mee te werken aan nadere controles."),
    ("p", "Met vriendelijke groet,"),
    ("sig", "M. van Loon"),
    ("p", "[[mr. M.E. van Loon]]<br/>advocaat<br/>T [[030 230 41 77|PHONE]] (direct) | M [[06 2250 9914|PHONE]]<br/>[[m.vanloon@braakvanloon.nl|EMAIL]]"),
  ])

# ------------------------------------------------------------------ dc21 Stimulus memo JTF/OP Zuid (libserif)
D("dc21", "reportlab", font="libserif", size=10.5, header="Stimulus Programmamanagement - notitie", footer="{{Stimulus}} | {{Eindhoven|PLACE}}",
  blocks=[
    ("title", "Notitie opvolging auditbevindingen {{OP Zuid|PROGRAMME}} 2021-2027"),
    ("kv", [["Aan", "Stuurgroep {{OP Zuid|PROGRAMME}}"],
            ["Van", "[[I. Smulders-Peeters]], manager Controle"],
            ["Datum", "{{3 juni 2025|DATE}}"]], [1, 4]),
    ("p", "De stuurgroep, onder voorzitterschap van gedeputeerde {{Van den Hout|OFFICE_HOLDER}} van de provincie {{Noord-Brabant|PLACE}}, "
          "heeft gevraagd om een overzicht van de openstaande bevindingen van de {{Auditdienst Rijk}}. In de steekproef zaten twee "
          "projecten van {{Stimulus}}: {{Brainport Development}} ({{OPZ-2022-0341|REF}}) en {{Smart Photonics}} ({{OPZ-2022-0402|REF}})."),
    ("p", "Bij {{Brainport Development}} is de projectleider, de heer [[Luuk van Gestel]], per 1 maart met pensioen gegaan. Zijn opvolger "
          "is mevrouw [[Hanneke Roelofs]] ([[h.roelofs@brainportdevelopment.nl|EMAIL]]). De IT-auditor van de {{ADR}}, de heer "
          "[[Wiersema]], heeft vastgesteld dat de uurtarieven correct zijn berekend met de standaardschaal van het {{CBS|ORG}}."),
    ("p", "Bij {{Smart Photonics}} aan de {{High Tech Campus|ADDRESS}} in {{Eindhoven|PLACE}} is geen fout gevonden. De contactpersoon, ir. [[Maasakkers]], "
          "heeft bij het interview toegelicht hoe de inzet op het project via {{SAP|PRODUCT}} wordt vastgelegd."),
    ("p", "Eén bevinding staat nog open bij de {{Technische Universiteit Eindhoven}}: daar gaat het om een apparaat dat is aangeschaft "
          "via een leverancier aan de {{John F. Kennedylaan|STREET}} zonder Europese aanbesteding. De heer [[Van Gestel]] en mevrouw "
          "[[Roelofs]] zijn hierbij niet betrokken."),
    ("p", "Voor vragen: [[Ingrid Smulders-Peeters]], [[06 5039 2781|PHONE]], of het algemene adres {{controle@stimulus.nl|EMAIL_FUNCTIONAL}}."),
  ])

# ------------------------------------------------------------------ dc22 audit plan extract with team composition (docx, 2 pages), hidden author
D("dc22", "docx", docx_font="Liberation Sans", size=10, pdf_author="Sietske Hoogeveen",
  hidden={"info_author": "Sietske Hoogeveen", "info_author_probe": []},
  footer="ADR - Auditstrategie EU-fondsen 2021-2027, versie 3.1", blocks=[
    ("title", "Auditstrategie EU-fondsen 2021-2027 (uittreksel)"),
    ("h", "1. Reikwijdte"),
    ("p", "Deze auditstrategie heeft betrekking op de programma's {{Kansen voor West}}, {{SNN}}, {{OP Zuid|PROGRAMME}}, {{OP Oost|PROGRAMME}}, "
          "{{ESF+|PROGRAMME}} en het {{Just Transition Fund|PROGRAMME}}, en is opgesteld volgens {{artikel 78|LAW}} en {{bijlage XXII|LAW}} "
          "van {{Verordening (EU) 2021/1060|LAW}}. De steekproef wordt getrokken met {{MUS|METHOD}} (monetary unit sampling) met een "
          "betrouwbaarheid van 90% of 95%, afhankelijk van de uitkomst van de systeemaudits."),
    ("h", "2. Organisatie van het auditteam"),
    ("table", [["Rol", "Naam", "Standplaats", "Telefoon", "E-mail"],
               ["Teamleider", "[[Jeroen ter Steege]]", "{{Den Haag|PLACE}}", "[[06 3055 9182|PHONE]]", "[[j.w.tersteege@minfin.nl|EMAIL]]"],
               ["Dossierhouder West", "[[Marloes van den Heuvel-Bosman]]", "{{Den Haag|PLACE}}", "[[06 2174 3390|PHONE]]", "[[m.vandenheuvel-bosman@minfin.nl|EMAIL]]"],
               ["Dossierhouder Noord", "[[Femke Kooistra]]", "{{Groningen|PLACE}}", "[[06 4710 2283|PHONE]]", "[[f.kooistra@minfin.nl|EMAIL]]"],
               ["Dossierhouder {{ESF+|PROGRAMME}}", "[[Sietske Hoogeveen]]", "{{Den Haag|PLACE}}", "[[06 1398 6620|PHONE]]", "[[s.hoogeveen@minfin.nl|EMAIL]]"],
               ["IT-audit", "[[Bart-Jan Wiersema]]", "{{Utrecht|PLACE}}", "[[06 2841 7735|PHONE]]", "[[b.wiersema@minfin.nl|EMAIL]]"],
               ["Auditor", "[[Nadia El Khayari]]", "{{Den Haag|PLACE}}", "[[06 3927 1154|PHONE]]", "[[n.elkhayari@minfin.nl|EMAIL]]"],
               ["Auditor", "[[Thijs Oudenallen]]", "{{Den Haag|PLACE}}", "[[06 4466 0819|PHONE]]", "[[t.oudenallen@minfin.nl|EMAIL]]"]], [2.6, 4, 2, 2.6, 6.5]),
    ("p", "Secretariaat: {{auditautoriteit@minfin.nl|EMAIL_FUNCTIONAL}}, {{070 342 80 00|PHONE_GENERAL}}."),
    ("h", "3. Onafhankelijkheid"),
    ("p", "Alle teamleden tekenen jaarlijks een onafhankelijkheidsverklaring. De heer [[Wiersema]] heeft gemeld dat zijn partner werkzaam "
          "is bij {{Brainport Development}}; hij controleert daarom geen projecten van deze begunstigde. Mevrouw [[Kooistra]] was tot 2022 "
          "werkzaam bij het {{SNN}}; zij voert geen systeemaudit bij het {{SNN}} uit."),
    ("pb",),
    ("h", "4. Planning"),
    ("table", [["Activiteit", "Periode", "Verantwoordelijk"],
               ["Systeemaudits managementautoriteiten", "september-november", "[[JtS]]"],
               ["Steekproef concrete verrichtingen", "december", "[[SHo]] / [[BJW]]"],
               ["Controle concrete verrichtingen", "januari-februari", "dossierhouders"],
               ["Audit van de rekeningen", "januari", "[[MvdHB]]"],
               ["Controleverklaring en jaarverslag", "uiterlijk 15 februari", "[[JtS]]"]], [5, 3, 3]),
    ("p", "De directeur van de {{ADR}} tekent de controleverklaringen. De stukken worden via {{SFC2021|PRODUCT}} ingediend."),
  ])

# ------------------------------------------------------------------ dc23 Annual control report extract (English, times, 3 pages), outline + subject
D("dc23", "reportlab", font="times", size=10.5, header="Annual Control Report - Kansen voor West ({{CCI 2021NL16RFPR003|REF}})",
  footer="Audit Authority NL", pdf_title="Annual Control Report 2023-2024 Kansen voor West",
  hidden={"info_subject": "ACR draft v4 - comments N. El Khayari", "info_subject_probe": ["El Khayari"],
          "outline": ["1. Introduction", "2. Significant changes", "3. Audits of operations", "Annex - checked by H. Vermeij"],
          "outline_probes": [("Annex - checked by H. Vermeij", "Vermeij")]},
  blocks=[
    ("title", "Annual Control Report for the accounting year 1 July 2023 - 30 June 2024"),
    ("h", "1. Introduction"),
    ("p", "1.1 The audit authority responsible for the programme {{Kansen voor West}} III is the {{Auditdienst Rijk}} ({{ADR}}) of the "
          "Dutch {{Ministry of Finance}}. This report is drawn up in accordance with {{Article 77(3)|LAW}} of {{Regulation (EU) 2021/1060|LAW}} "
          "and the model in {{Annex XX|LAW}} to that Regulation."),
    ("p", "1.2 The managing authority is the municipality of {{Rotterdam|PLACE}}, acting on behalf of the four large cities and the "
          "provinces of {{Noord-Holland|PLACE}}, {{Zuid-Holland|PLACE}}, {{Utrecht|PLACE}} and {{Flevoland|PLACE}}. The accounting function is "
          "carried out by the same municipality. The contact person for this report is the team leader of the audit authority "
          "(see section 9)."),
    ("h", "2. Significant changes"),
    ("p", "2.1 There were no significant changes in the management and control system. The head of the managing authority, "
          "Ms [[A.M. Verbrugge]], was appointed on 1 September 2023 after the retirement of Mr [[Bernard Hoogendoorn]]. "
          "The audit authority assessed that this change did not affect the functioning of the system."),
    ("h", "3. Audits of operations"),
    ("p", "3.1 The sample was drawn using monetary unit sampling ({{MUS|METHOD}}) with a confidence level of 90%. Of the declared "
          "expenditure of € 61.448.210, expenditure of € 9.870.544 in 34 operations was audited."),
    ("table", [["Operation", "Beneficiary", "Audited (€)", "Error (€)", "Type"],
               ["{{KVW-00417|REF}}", "{{Hydroflux Systems B.V.}}", "412.880", "38.412", "staff costs"],
               ["{{KVW-00522|REF}}", "{{Stichting Werkkracht Rijnmond}}", "233.140", "23.314", "public procurement"],
               ["{{KVW-00588|REF}}", "{{TNO}}", "1.210.400", "0", "-"],
               ["{{KVW-00610|REF}}", "Municipality of {{Dordrecht|PLACE}}", "198.000", "19.800", "public procurement"],
               ["{{KVW-00633|REF}}", "{{Erasmus MC|ORG}}", "744.310", "0", "-"]], [3, 5, 2.5, 2, 3.5]),
    ("p", "3.2 At {{Hydroflux Systems B.V.}} the staff costs of two employees were not supported by time records. The beneficiary's "
          "controller stated in an e-mail that one employee had been absent for medical reasons. The audit authority does not "
          "record such personal circumstances in its working papers beyond what is necessary."),
    ("pb",),
    ("p", "3.3 At {{Stichting Werkkracht Rijnmond}} the lease of premises at the {{Pieter de Hoochweg|STREET}} was awarded without "
          "competition. A flat-rate correction of 10% was applied in line with the {{Commission Decision C(2019) 3452|LAW}}. The "
          "foundation's chairman, Mr [[Van der Linde]], accepted the correction in a letter of 4 March 2025."),
    ("p", "3.4 The total error rate is 1,21% and the projected error rate 1,84%. The residual total error rate after corrections "
          "is 0,96%, below the materiality level of 2%."),
    ("h", "4. Audit of accounts"),
    ("p", "4.1 The audit of the accounts was performed by Ms [[Van den Heuvel-Bosman]] and reviewed by Ms [[Bijl-Vermeulen]] "
          "(deputy director). No differences above € 10.000 were found."),
    ("h", "5. Follow-up of audits of the Commission and the European Court of Auditors"),
    ("p", "5.1 In 2024 the {{European Court of Auditors}} audited the programme in the context of the statement of assurance (DAS). "
          "The ECA auditor, Mr [[Jean-Baptiste Morvan]], raised no findings for {{Kansen voor West}}. The Commission ({{DG REGIO}}, "
          "Unit {{REGIO.C.3|REF}}) will carry out a review in June 2025, led by Ms [[Wójcik-Brandt]]."),
    ("h", "6. Fraud"),
    ("p", "6.1 No cases of suspected fraud were identified in this programme. For the programme of {{SNN}} one case was "
          "reported to {{OLAF}} through {{AFCOS}} (see the annual control report for that programme)."),
    ("pb",),
    ("h", "7. Opinion"),
    ("p", "7.1 The audit authority issues an unqualified opinion on the accounts, on the functioning of the management and "
          "control system and on the legality and regularity of the expenditure."),
    ("h", "9. Contact"),
    ("p", "Team leader: [[Jeroen ter Steege]], tel. [[+31 6 3055 9182|PHONE]], [[j.w.tersteege@minfin.nl|EMAIL]].<br/>"
          "General: {{Auditdienst Rijk}}, {{Korte Voorhout 7|ADDRESS}}, 2511 CW {{The Hague|PLACE}}, {{+31 70 342 80 00|PHONE_GENERAL}}."),
    ("p", "Signed on behalf of the audit authority,"),
    ("sig", "W. Ploegmakers"),
    ("p", "[[Wouter Ploegmakers]], director {{Auditdienst Rijk}}, {{The Hague|PLACE}}, 13 February 2025"),
  ])

# ------------------------------------------------------------------ dc24 minutes closing meeting at municipality (docx, 2 pages)
D("dc24", "docx", docx_font="Liberation Sans", size=10, pdf_author="Gemeente Zaanstad",
  header="Gemeente Zaanstad - verslag", blocks=[
    ("title", "Verslag slotbespreking ADR-controle {{ESF+|PROGRAMME}}-project {{2023ESF+-0712|REF}}"),
    ("kv", [["Datum", "{{6 maart 2025|DATE}}, 13.30 uur"],
            ["Plaats", "Stadhuis {{Zaandam|PLACE}}, {{Stadhuisplein 100|ADDRESS}}, kamer 5.06"],
            ["Aanwezig", "wethouder {{Rijkenberg|OFFICE_HOLDER}} (tot 14.00 uur); [[Chaima Boukhari]] (projectleider); [[Wim de Ridder]] "
                         "(concerncontroller); [[Priya Ramsaran]] (consulent Werk en Inkomen); [[Sietske Hoogeveen]] en [[Ravi Ramdin]] "
                         "({{ADR}}); [[Esther Kruithof]] ({{Agentschap SZW}})"],
            ["Notulist", "[[Priya Ramsaran]]"]]),
    ("h", "1. Opening"),
    ("p", "Wethouder {{Rijkenberg|OFFICE_HOLDER}} heet iedereen welkom en benadrukt dat de gemeente het project 'Zaanse Jongeren aan de Slag' "
          "belangrijk vindt voor de aanpak van jeugdwerkloosheid in {{Poelenburg|PLACE}} en {{Peldersveld|PLACE}}."),
    ("h", "2. Bevindingen"),
    ("p", "Mevrouw [[Hoogeveen]] licht de drie bevindingen toe. Bij drie deelnemers is niet aangetoond dat zij tot de doelgroep "
          "behoren. Mevrouw [[Boukhari]] erkent dat de intake bij één deelnemer is gedaan door een stagiair, [[Mees]], die de "
          "woonplaats niet heeft gecontroleerd."),
    ("p", "De heer [[De Ridder]] vraagt of de gemeente de deelnemers zelf mag benaderen om ontbrekende stukken op te vragen. "
          "Mevrouw [[Kruithof]] raadt dat af: deelnemer 2 heeft bij de intake aangegeven [[onder behandeling van een psychiater|HEALTH]] "
          "te staan en wil niet opnieuw worden benaderd."),
    ("h", "3. Financiële gevolgen"),
    ("p", "De correctie bedraagt € 8.930 (drie maal de eenheidskosten van € 2.976,67). Het {{Agentschap SZW}} zal deze verwerken in de "
          "volgende betaalaanvraag aan de {{Europese Commissie}}."),
    ("pb",),
    ("h", "4. Afspraken"),
    ("table", [["Nr", "Afspraak", "Wie", "Termijn"],
               ["1", "Intakeformulier aanpassen (woonplaatscheck via {{BRP|PRODUCT}})", "[[CB]]", "1 april"],
               ["2", "Reactie op conceptrapport", "[[WdR]]", "20 maart"],
               ["3", "Definitief rapport", "[[SHo]]", "15 april"],
               ["4", "Verwerking correctie in betaalaanvraag", "[[EK]]", "mei"]], [1, 7, 2, 2]),
    ("p", "Initialen: [[CB]] = [[C. Boukhari]], [[WdR]] = [[W. de Ridder]]; [[SHo]] en [[EK]] zie aanwezigen."),
    ("p", "Na afloop bedankt de heer [[Ramdin]] de gemeente voor de medewerking. Contact voor het vervolg via {{esf@zaanstad.nl|EMAIL_FUNCTIONAL}}."),
  ])

# ------------------------------------------------------------------ dc25 calendar invitation (courier-like, English/Dutch)
D("dc25", "reportlab", font="helvetica", size=9.5, header="Afspraak - Microsoft Outlook", blocks=[
    ("pre", """Onderwerp:     Desk review DG REGIO - working papers Kansen voor West
Locatie:       Microsoft Teams-vergadering / {{Korte Voorhout 7|ADDRESS}}, zaal 3.02
Begin:         di 22-4-2025 10:00
Einde:         di 22-4-2025 12:00
Terugkeerpatroon: (geen)
Organisator:   [[Ramdin, Ravi|PERSON]]
Verplichte deelnemers: [[LANFRANCHI Matteo (REGIO)|PERSON]]; [[DUMITRESCU Ioana (REGIO)|PERSON]]; [[ter Steege, Jeroen|PERSON]]
Optionele deelnemers:  [[Heuvel-Bosman, Marloes van den|PERSON]]; {{auditautoriteit@minfin.nl|EMAIL_FUNCTIONAL}}"""),
    ("p", "Dear [[Matteo]] and [[Ioana]],"),
    ("p", "As agreed, we will walk you through the working papers of the audits of operations. Agenda: (1) sampling method and "
          "stratification, (2) the error at {{Hydroflux Systems B.V.}}, (3) the flat-rate correction at {{Stichting Werkkracht Rijnmond}}, "
          "(4) the audit of accounts. [[Marloes]] will join for item 4 if she is back from leave."),
    ("p", "If the Teams link does not work, please dial in: {{+31 20 794 7282|PHONE_GENERAL}}, conference ID {{918 442 570#|REF}}. "
          "For urgent matters on the day, you can reach me on [[+31 6 4188 0251|PHONE]]."),
    ("p", "Kind regards,<br/>[[Ravi Ramdin]]"),
    ("p", "________________________________________________________________________________<br/>Deelnemen aan Microsoft Teams-vergadering<br/>"
          "Meer informatie | Opties voor vergadering"),
  ])

# ------------------------------------------------------------------ dc26 scanned handwritten interview notes (scan)
D("dc26", "scan", pdf_title="scan_aantekeningen_interview", blocks=[
    ("p", "Gespreksnotities - interview 18-02-2025 - Emmen ([[F. Kooistra]])"),
    ("space", 20),
    ("hand", "Aanwezig: Mulder-Kok, Dijkstra (SNN)"),
    ("hand", "- declaraties o.b.v. lijst [[Zwiers]]"),
    ("hand", "- vorige controller Lubbers weg in 2022"),
    ("hand", "- uitzendkracht [[Lisanne]] najaar 2023"),
    ("hand", "- map facturen gekopieerd (48 st.)"),
    ("hand", "- NIET adres doorgeven aan directie!"),
    ("space", 30),
    ("p", "Vervolg: verslag naar SNN, melding AFCOS beoordelen."),
  ])

# ------------------------------------------------------------------ dc27 whistleblower tip (docx), criminal data
D("dc27", "docx", docx_font="Liberation Serif", size=10.5, pdf_author="SNN Integriteit", blocks=[
    ("title", "Registratie melding vermoeden van onregelmatigheid"),
    ("kv", [["Registratienummer", "{{SNN-MLD-2025-006|REF}}"],
            ["Ontvangen", "{{9 januari 2025|DATE}}, via {{meldpunt@snn.nl|EMAIL_FUNCTIONAL}}"],
            ["Behandelaar", "[[A. Dijkstra]], afdeling Controle ([[ADi]])"],
            ["Betreft", "{{Noordelijke Composieten B.V.}}, project {{SNN-EFRO-21-0093|REF}}"]]),
    ("h", "Inhoud van de melding"),
    ("p", "De melder, de heer [[Evert Jan Lubbers]], was tot juni 2022 controller bij de begunstigde. Hij meldt dat de directeur, de heer "
          "[[Zwiers]], hem heeft gevraagd facturen van leverancier {{Kunststoffen Hoogeveen B.V.|ORG}} zowel bij het {{SNN}} als bij {{RVO}} "
          "in te dienen. De melder heeft geweigerd en is daarna vertrokken. Hij wil anoniem blijven tegenover de begunstigde."),
    ("p", "De melder vermeldt verder dat de heer [[Zwiers]] [[in 2019 door de rechtbank Noord-Nederland is veroordeeld voor btw-fraude|CRIMINAL]] "
          "en dat dit bij de subsidieaanvraag niet is gemeld. Het {{SNN}} heeft dit nagevraagd bij de {{FIOD}}."),
    ("p", "Contactgegevens melder: [[e.j.lubbers@ziggo.nl|EMAIL]], [[06 2741 5596|PHONE]], [[Esdoornlaan 31|ADDRESS]], [[9401 JS|POSTCODE]] {{Assen|PLACE}}. "
          "De melder is werkzaam bij een accountantskantoor in {{Groningen|PLACE}}."),
    ("h", "Beoordeling"),
    ("p", "De melding is voldoende concreet. Bij de betaalaanvraag van december 2024 zijn drie facturen aangetroffen die ook in de "
          "{{MIT-regeling|PROGRAMME}} zijn gedeclareerd. De {{ADR}} ([[F. Kooistra]]) wordt gevraagd het project in de steekproef op te nemen. "
          "De melding wordt niet gedeeld met de begunstigde; de identiteit van de melder wordt beschermd op grond van de "
          "{{Wet bescherming klokkenluiders|LAW}}."),
    ("table", [["Stap", "Datum", "Paraaf"],
               ["Registratie", "09-01-2025", "[[ADi]]"],
               ["Beoordeling hoofd Controle", "13-01-2025", "[[HJB]]"],
               ["Doorgeleid naar {{ADR}}", "14-01-2025", "[[ADi]]"]], [5, 3, 2]),
    ("p", "[[ADi]] = [[Auke Dijkstra]]; [[HJB]] = [[Hendrik-Jan Boersma]]."),
  ])

# ------------------------------------------------------------------ dc28 letter to the Tweede Kamer (keep-heavy, 2 pages)
D("dc28", "reportlab", font="libserif", size=11, header="Ministerie van Financiën", footer="{{2025-0000315|REF}}", blocks=[
    ("kv", [["", "> Retouradres Postbus 20201 2500 EE {{Den Haag|PLACE}}"],
            ["", "De voorzitter van de {{Tweede Kamer der Staten-Generaal}}<br/>{{Prinses Irenestraat 6|ADDRESS}}<br/>{{Den Haag|PLACE}}"],
            ["Datum", "{{21 maart 2025|DATE}}"],
            ["Betreft", "Rechtmatigheid EU-structuurfondsen, rekeningjaar 2023-2024"],
            ["Ons kenmerk", "{{2025-0000315|REF}}"]], [1, 4]),
    ("p", "Geachte voorzitter,"),
    ("p", "Zoals toegezegd in het commissiedebat over de EU-jaarverslagen van 20 november 2024 aan het lid {{Van Dijk|OFFICE_HOLDER}} (CDA) "
          "en het lid {{Vijlbrief|OFFICE_HOLDER}} (D66), informeer ik uw Kamer over de auditoordelen van de {{Auditdienst Rijk}} over de "
          "EU-structuurfondsen in Nederland."),
    ("p", "De {{Auditdienst Rijk}} heeft als auditautoriteit voor de programma's van het {{Europees Fonds voor Regionale Ontwikkeling|PROGRAMME}} "
          "({{EFRO|PROGRAMME}}) in {{Kansen voor West}}, {{SNN}}, {{OP Zuid|PROGRAMME}} en {{OP Oost|PROGRAMME}}, voor het "
          "{{Just Transition Fund|PROGRAMME}} ({{JTF|PROGRAMME}}) en voor het {{Europees Sociaal Fonds Plus|PROGRAMME}} ({{ESF+|PROGRAMME}}) "
          "controleverklaringen afgegeven. Voor alle {{EFRO|PROGRAMME}}-programma's en het {{JTF|PROGRAMME}} is het foutpercentage lager dan 2%."),
    ("p", "Voor het {{ESF+|PROGRAMME}}-programma is het geëxtrapoleerde foutpercentage 2,6%. De minister van Sociale Zaken en Werkgelegenheid, "
          "de heer {{Van Hijum|OFFICE_HOLDER}}, heeft het {{Agentschap SZW}} gevraagd de deelnemersregistratie te verbeteren. Het kabinet "
          "verwacht een financiële correctie van de {{Europese Commissie}} van ongeveer € 1,4 miljoen."),
    ("p", "In één geval is een vermoeden van fraude doorgegeven aan het {{Europees Bureau voor fraudebestrijding|ORG}} ({{OLAF}}). Omdat het "
          "onderzoek nog loopt, ga ik daar niet verder op in. De {{Algemene Rekenkamer}} ontvangt deze brief in afschrift."),
    ("pb",),
    ("p", "Ik wijs er ten slotte op dat de {{Europese Commissie}} in de verordening voor de periode na 2027 voorstelt de cohesiefondsen "
          "onder te brengen in nationale en regionale partnerschapsplannen. Uitvoerend vicevoorzitter {{Fitto|OFFICE_HOLDER}} heeft een "
          "voorstel aangekondigd; het kabinet komt na publicatie met een {{BNC-fiche|DOC}}."),
    ("p", "Hoogachtend,"),
    ("p", "de minister van Financiën,"),
    ("space", 20),
    ("p", "{{E. Heinen|OFFICE_HOLDER}}"),
  ])

# ------------------------------------------------------------------ dc29 sample selection memo (dejavu)
D("dc29", "reportlab", font="dejavu", size=9.5, header="ADR werkdocument 2.3 - Steekproefselectie {{ESF+|PROGRAMME}}",
  footer="Opgesteld: [[SHo]] | Gereviewd: [[BJW]]", blocks=[
    ("title", "Steekproefselectie {{ESF+|PROGRAMME}} rekeningjaar 2023-2024"),
    ("p", "Populatie: 412 concrete verrichtingen met gedeclareerde uitgaven van € 88.214.307 (bron: {{SFC2021|PRODUCT}}-export van "
          "het {{Agentschap SZW}}, aangeleverd door [[L. de Vries-Amrani]] op 3 december 2024, [[l.devries-amrani@minszw.nl|EMAIL]])."),
    ("p", "Methode: {{MUS|METHOD}}, betrouwbaarheid 90%, verwacht foutpercentage 1,0%, materialiteit 2%. Steekproefomvang: 38 "
          "waarnemingen. Hoogwaardestratum: 6 verrichtingen boven € 1.500.000, volledig gecontroleerd."),
    ("table", [["Stratum", "Aantal", "Bedrag (€)", "Steekproef"],
               ["Hoogwaardig", "6", "14.902.115", "6"],
               ["Vereenvoudigde kosten (SCO)", "211", "41.380.662", "18"],
               ["Werkelijke kosten", "195", "31.931.530", "14"]], [5, 2, 3, 2]),
    ("p", "De random seed ({{482913|REF}}) is vastgelegd in {{IDEA|PRODUCT}}. Controle van de trekking door de IT-auditor, de heer "
          "[[Wiersema]]. Bij de trekking bleek dat één verrichting van de {{Stichting Leerwerkloket Twente}} tweemaal in de populatie "
          "stond; mevrouw [[De Vries-Amrani]] heeft dit op 5 december gecorrigeerd."),
    ("p", "Opmerking: de contactpersoon van het leerwerkloket, mevrouw [[Nijhuis-ter Haar]], is [[langdurig ziek|HEALTH]]; het "
          "veldwerk wordt gepland met haar vervanger, de heer [[Bram Kuipers]] ([[b.kuipers@leerwerkloket-twente.nl|EMAIL]])."),
    ("p", "Paraafcodes in dit werkdocument: [[SHo]] = [[S. Hoogeveen]], [[BJW]] = [[B.J. Wiersema]]."),
  ])

# ------------------------------------------------------------------ dc30 e-mail with out-of-office and health data (libsans)
D("dc30", "reportlab", font="libsans", size=9.5, blocks=[
    ("pre", """Van:        [[Hoogeveen, Sietske|PERSON]]
Verzonden:  woensdag 11 december 2024 15:48
Aan:        [[Bram Kuipers]] &lt;[[b.kuipers@leerwerkloket-twente.nl|EMAIL]]&gt;
CC:         {{info@leerwerkloket-twente.nl|EMAIL_FUNCTIONAL}}
Onderwerp:  Controle {{ESF+|PROGRAMME}} {{2023ESF+-0788|REF}} - planning veldwerk"""),
    ("p", "Beste [[Bram]],"),
    ("p", "Ik kreeg een automatisch antwoord van [[Jolanda]]. Kunnen wij het veldwerk in {{Enschede|PLACE}} met jou plannen? Wij komen "
          "graag op 14 of 15 januari naar jullie kantoor aan de {{Hengelosestraat|STREET}}. We willen twintig deelnemersdossiers "
          "inzien en de presentielijsten van de trainingen."),
    ("p", "Hartelijke groet,<br/>[[Sietske Hoogeveen]]<br/>{{Auditdienst Rijk}}<br/>[[06 1398 6620|PHONE]]"),
    ("pre", """Van:        [[Jolanda Nijhuis-ter Haar]] &lt;[[j.nijhuis@leerwerkloket-twente.nl|EMAIL]]&gt;
Verzonden:  woensdag 11 december 2024 15:31
Onderwerp:  Automatisch antwoord: Controle ESF+"""),
    ("p", "Ik ben tot nader bericht afwezig. [[Na mijn operatie herstel ik thuis|HEALTH]]. Voor vragen over {{ESF+|PROGRAMME}} kunt u terecht "
          "bij [[Bram Kuipers]], [[053 481 22 97|PHONE]]. Voor algemene vragen: {{053 481 22 90|PHONE_GENERAL}}."),
    ("pre", """Van:        [[Bram Kuipers]]
Verzonden:  donderdag 12 december 2024 09:05
Aan:        [[Hoogeveen, Sietske|PERSON]]
Onderwerp:  RE: Controle ESF+ 2023ESF+-0788 - planning veldwerk"""),
    ("p", "Hoi [[Sietske]], 15 januari is prima. Mijn collega [[Ilse]] van de financiële administratie schuift aan. Neem een "
          "legitimatie mee, de receptie van de {{Saxion|ORG}}-locatie vraagt daarnaar. Groet, [[Bram]]"),
  ])

# ------------------------------------------------------------------ dc31 register of irregularities and recoveries (landscape, libsans, 2 pages)
rows31 = [["Reg.nr", "Programma", "Project", "Begunstigde", "Soort onregelmatigheid", "Bedrag (€)", "IMS", "Behandelaar MA", "Status / opmerking"]]
for r in [
    ("IRR-25-001", "{{Kansen voor West}}", "{{KVW-00417|REF}}", "{{Hydroflux Systems B.V.}}", "personeelskosten niet onderbouwd", "38.412,50", "nee", "[[K. Dijkhuizen]]", "gecorrigeerd in betaalaanvraag 5"),
    ("IRR-25-002", "{{Kansen voor West}}", "{{KVW-00522|REF}}", "{{Stichting Werkkracht Rijnmond}}", "aanbesteding (forfaitair 10%)", "23.314,00", "nee", "[[Y. Bouchtaoui]]", "voorzitter [[Van der Linde]] akkoord"),
    ("IRR-25-003", "{{Kansen voor West}}", "{{KVW-00610|REF}}", "Gemeente {{Dordrecht|PLACE}}", "inhuur niet aanbesteed", "19.800,00", "nee", "[[Y. Bouchtaoui]]", "gemeente betwist niet"),
    ("IRR-25-004", "{{SNN}} {{EFRO|PROGRAMME}}", "{{SNN-EFRO-21-0093|REF}}", "{{Noordelijke Composieten B.V.}}", "dubbele financiering, vermoeden fraude", "146.220,00", "ja", "[[G. Venema]]", "{{OLAF}} {{OF/2025/0412|REF}}; betalingen opgeschort"),
    ("IRR-25-005", "{{SNN}} {{JTF|PROGRAMME}}", "{{SNN-JTF-22-0008|REF}}", "Installatiebedrijf [[H.J. Brandsma]] (eenmanszaak)", "dubbele financiering ({{ISDE-regeling|PROGRAMME}})", "12.600,00", "ja", "[[G. Venema]]", "terugvordering; betalingsregeling met zoon [[S. Brandsma]]"),
    ("IRR-25-006", "{{ESF+|PROGRAMME}}", "{{2023ESF+-0712|REF}}", "Gemeente {{Zaanstad|PLACE}}", "deelnemers buiten doelgroep", "8.930,00", "nee", "[[E. Kruithof]]", "intake aangepast"),
    ("IRR-25-007", "{{ESF+|PROGRAMME}}", "{{2023ESF+-0788|REF}}", "{{Stichting Leerwerkloket Twente}}", "presentielijsten ontbreken", "31.004,12", "nee", "[[E. Kruithof]]", "hoor en wederhoor"),
    ("IRR-25-008", "{{OP Oost|PROGRAMME}}", "{{OPO-2022-0198|REF}}", "{{Wageningen University}}", "afschrijving apparatuur te hoog", "4.870,00", "nee", "[[M. Hendriksen]]", "WUR corrigeert"),
    ("IRR-25-009", "{{OP Zuid|PROGRAMME}}", "{{OPZ-2022-0455|REF}}", "{{Technische Universiteit Eindhoven}}", "aanbesteding apparatuur", "54.000,00", "nee", "[[I. Smulders-Peeters]]", "open"),
    ("IRR-25-010", "{{ESF+|PROGRAMME}}", "{{2023ESF+-0803|REF}}", "Schildersbedrijf [[Van Gog]] (vof)", "loonkosten stagiairs", "6.115,40", "nee", "[[L. van Ommeren]]", "eigenaar [[W. van Gog]] overleden; vordering op erven"),
]:
    rows31.append(list(r))
D("dc31", "reportlab", font="libsans", size=8.5, landscape=True, header="Register onregelmatigheden en terugvorderingen EU-fondsen 2025 (stand {{30 juni 2025|DATE}})",
  footer="Bijlage bij verslag AA-MA-overleg", blocks=[
    ("title", "Register onregelmatigheden 2025"),
    ("p", "Het register bevat alle onregelmatigheden boven € 250 die in 2025 door de managementautoriteiten of de auditautoriteit zijn "
          "vastgesteld. Meldingen boven € 10.000 worden door {{AFCOS Nederland}} in het {{Irregularity Management System|PRODUCT}} ingevoerd "
          "({{Gedelegeerde Verordening (EU) 2015/1970|LAW}}), met uitzondering van fouten die vóór betaling aan de begunstigde zijn gecorrigeerd."),
    ("table", rows31, [2.6, 3.5, 3.6, 5.4, 5, 2.4, 1.2, 3.4, 6]),
    ("pb",),
    ("h", "Toelichting"),
    ("p", "IRR-25-004: het dossier is op 2 mei 2025 door {{AFCOS}} aan {{OLAF}} gezonden. De behandelaar bij {{OLAF}} is bekend bij {{AFCOS}}. "
          "Het {{SNN}} schort alle betalingen aan de begunstigde op tot {{OLAF}} heeft besloten of een onderzoek wordt geopend."),
    ("p", "IRR-25-005: de eigenaar, de heer [[Brandsma]], heeft een betalingsregeling van twaalf maandelijkse termijnen gekregen. Hij woont "
          "aan de [[Lavendelstraat 9|ADDRESS]] in {{Drachten|PLACE}}; de bedrijfsvoering vindt plaats vanuit het woonhuis."),
    ("p", "IRR-25-010: Schildersbedrijf [[Van Gog]] is gevestigd aan de {{Vincent van Goghstraat|STREET}} in {{Nuenen|PLACE}}; de vennoten "
          "zijn [[Willem van Gog]] en [[Anja van Gog-Meulendijks]]. Na het overlijden van de heer [[Van Gog]] wordt de vordering afgewikkeld met "
          "mevrouw [[Van Gog-Meulendijks]]. Behandelaar {{Agentschap SZW}}: mevrouw [[Van Ommeren]]."),
    ("p", "Samenvatting: tien onregelmatigheden, totaal € 345.266,02; twee gemeld via {{IMS|PRODUCT}}. Vastgesteld door het "
          "AA-MA-overleg van {{10 juni 2025|DATE}}."),
  ])

# ------------------------------------------------------------------ dc32 English reply Agentschap SZW to DG EMPL (docx)
D("dc32", "docx", docx_font="Liberation Sans", size=10, pdf_author="Agentschap SZW",
  header="Agentschap SZW - Managing Authority ESF+ Netherlands", blocks=[
    ("kv", [["To", "{{European Commission}}, {{DG EMPL}}, Unit {{EMPL.F.2|REF}}<br/>Attn. Mr [[H. Lindqvist]], Head of Unit"],
            ["Date", "{{5 May 2025|DATE}}"],
            ["Our reference", "{{ASZW/ESF+/2025/0233|REF}}"],
            ["Your reference", "{{ARES(2025)2310588|REF}}"],
            ["Contact", "[[Esther Kruithof]], senior adviser, [[e.kruithof@minszw.nl|EMAIL]], [[+31 6 2408 6671|PHONE]]"]], [1, 4]),
    ("p", "Subject: Reply to the preliminary findings of audit mission {{EMPL/2025/012/NL|REF}}"),
    ("p", "Dear Mr [[Lindqvist]],"),
    ("p", "Thank you for the preliminary findings of the mission led by Ms [[Verhoustraeten]]. We would like to thank her team, "
          "including Mr [[Kjærgaard]] and Ms [[Nowicka]], for the constructive discussions in {{The Hague|PLACE}}, {{Zaandam|PLACE}} and {{Enschede|PLACE}}."),
    ("p", "Finding 1 - eligibility of participants. We accept the finding for the operation {{2023ESF+-0712|REF}}. The municipality of "
          "{{Zaanstad|PLACE}} has adapted its intake procedure and now verifies the place of residence in the {{Basisregistratie Personen|PRODUCT}} "
          "({{BRP|PRODUCT}}). The correction of € 8.930 will be included in the next payment application."),
    ("p", "Finding 2 - work of the audit authority. The {{Auditdienst Rijk}} informs us that it will extend the sample in the SCO stratum. "
          "Its team leader, Mr [[Ter Steege]], will send you the revised sampling memo before 30 June."),
    ("p", "We do not agree with the extrapolation of finding 1 to the whole programme. The error is specific to one municipality and "
          "was caused by an intern who did not check the place of residence. A systemic correction under {{Article 104|LAW}} of "
          "{{Regulation (EU) 2021/1060|LAW}} would therefore be disproportionate."),
    ("p", "The Minister of Social Affairs and Employment, Mr {{Van Hijum|OFFICE_HOLDER}}, has been informed of this reply."),
    ("p", "Yours sincerely,"),
    ("sig", "M. Aznag"),
    ("p", "[[Mohamed Aznag]]<br/>Head of the Managing Authority {{ESF+|PROGRAMME}}<br/>{{Agentschap SZW}}, {{Parnassusplein 5|ADDRESS}}, {{The Hague|PLACE}}"),
  ])
