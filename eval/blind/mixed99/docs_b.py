"""Documents de12-de22 of set DE."""
from docs_a import mailhead

DOCS = []

# ------------------------------------------------------------------ de12 form with AcroForm fields
DOCS.append(dict(
    id="de12", producer="rl", font="helv", size=9.5, title="Aanvraag omzettingsvergunning",
    form_probes=[("PERSON", "Gerrit-Jan Stoker"), ("EMAIL", "gj.stoker@kpnmail.nl"), ("PHONE", "06-38 27 19 54"),
                 ("ADDRESS", "Korreweg 140"), ("BSN", "183920475"), ("DATE_OF_BIRTH", "19-08-1958")],
    blocks=[
        ("h1", "Aanvraagformulier {{g:omzettingsvergunning}} / {{g:kamerverhuurvergunning}}"),
        ("p", "{{o:Gemeente Groningen}} - Team {{o:Vergunningen}}. Dit formulier is gebaseerd op artikel 21 van de "
              "{{w:Huisvestingswet 2014}} en hoofdstuk 3 van de {{w:Huisvestingsverordening Groningen 2024}}. Lever het "
              "in via {{m:vergunningen@groningen.nl}} of {{b:Postbus 30026}}, {{b:9700 RM}} Groningen."),
        ("h2", "1. Gegevens aanvrager (eigenaar)"),
        ("field", "Naam en voorletters", "naam", "Gerrit-Jan Stoker"),
        ("field", "Burgerservicenummer", "bsn", "183920475", 120),
        ("field", "Geboortedatum", "geb", "19-08-1958", 120),
        ("field", "Woonadres", "adres", "Korreweg 140, 9715 AN Groningen"),
        ("field", "Telefoon", "tel", "06-38 27 19 54", 160),
        ("field", "E-mail", "mail", "gj.stoker@kpnmail.nl"),
        ("h2", "2. Gegevens pand"),
        ("table", [["Adres pand", "Aantal kamers", "Aantal bewoners", "Kadastraal perceel"],
                   ["[[a:Van Oldenbarneveltlaan 33]]", "5", "5", "{{n:GRN01 K 4417}}"]], [60, 30, 30, 40], "grid"),
        ("h2", "3. Verklaring"),
        ("p", "Ik verklaar dat ik het formulier naar waarheid heb ingevuld. Ik ben ermee bekend dat de gemeente "
              "gegevens kan controleren in de {{o:BRP}} en het {{o:Kadaster}}. Leges: € 1.186 volgens de "
              "{{w:Legesverordening Groningen 2025}}."),
        ("h2", "Voor intern gebruik"),
        ("table", [["Ontvangen", "Zaaknummer", "Behandelaar", "Paraaf"],
                   ["{{d:6 oktober 2025}}", "{{n:OV-2025-00577}}", "[[Fatima El Khatib]]", "[[x:FEK]]"]],
         [35, 40, 50, 25], "grid"),
    ]))

# ------------------------------------------------------------------ de13 letter SSH to tenant (arrears) docx
DOCS.append(dict(
    id="de13", producer="docx", dfont="Georgia", size=10, title="Herinnering huurachterstand",
    author="[[Ilse Bruggink]]",
    blocks=[
        ("p", "<b>{{o:SSH Student Housing}}</b><br/>Vestiging Groningen<br/>{{m:info@sshxl.nl}} | {{f:088 - 774 77 00}}"),
        ("p", "[[Yusuf Demir]]<br/>[[a:Herman Colleniusstraat 12-0314]]<br/>[[a:9718 KS]] Groningen"),
        ("table", [["Datum", "Huurdernummer", "Contractnummer", "Behandeld door"],
                   ["{{d:22 oktober 2025}}", "[[n:7104-228815]]", "[[n:HC-4471208]]", "[[Ilse Bruggink]]"]],
         [35, 40, 40, 45], "grid"),
        ("p", "<b>Betreft: huurachterstand</b>"),
        ("p", "Beste [[Yusuf]],"),
        ("p", "Uit onze administratie blijkt dat de huur voor september en oktober 2025 nog niet is betaald. "
              "Het openstaande bedrag is € 1.024,60. Wij hebben geprobeerd het bedrag af te schrijven van "
              "rekening [[i:NL73 INGB 0008 4419 27]], maar de incasso is gestorneerd."),
        ("p", "Je gaf in je mail van 14 oktober aan dat je [[h:in behandeling bent bij Lentis]] en daardoor je "
              "studiefinanciering tijdelijk is stopgezet. Wij hebben daar begrip voor. Je kunt een betalingsregeling "
              "aanvragen via {{c:Mijn SSH}} of contact opnemen met het {{o:Studentenloket}} van de {{o:Hanzehogeschool}} "
              "(studentnummer [[n:412887]] is ons bekend). Ook kun je gratis hulp krijgen van {{o:Humanitas "
              "Thuisadministratie}} of de schuldhulpverlening van de {{o:Gemeente Groningen}}."),
        ("p", "Let op: je woning valt onder het campuscontract. Je huurovereenkomst eindigt "
              "wanneer je niet meer ingeschreven staat."),
        ("p", "Met vriendelijke groet,"),
        ("sig", "Ilse Bruggink"),
        ("p", "[[Ilse Bruggink]]<br/>{{j:Huurconsulent}}<br/>[[e:i.bruggink@sshxl.nl]] | [[t:06 3390 1245]]"),
    ]))

# ------------------------------------------------------------------ de14 Delft: DUWO e-mail (English headers)
DOCS.append(dict(
    id="de14", producer="rl", font="liberation", size=9.5, title="RE: Housing shortage internationals Delft",
    blocks=[
        mailhead("[[Groeneveld, Koen]] &lt;[[e:k.groeneveld@delft.nl]]&gt;", "Tuesday, August 19, 2025 5:02 PM",
                 "[[Marloes Verhagen]] &lt;[[e:m.verhagen@duwo.nl]]&gt;", "RE: Housing shortage internationals Delft",
                 cc="[[Hofstede-Laan, Emma]] &lt;[[e:E.HofstedeLaan@tudelft.nl]]&gt;; {{m:wonen@delft.nl}}", lang="en"),
        ("p", "Beste [[Marloes]],"),
        ("p", "Dank voor de cijfers. Ik leg ze donderdag voor aan {{r:wethouder Vollebregt}}. De locatie aan de "
              "{{s:Christiaan Huygensweg}} kan wat ons betreft vanaf 1 oktober als tijdelijke huisvesting worden "
              "gebruikt; een {{g:omgevingsvergunning}} voor vijf jaar op grond van de {{w:Omgevingswet}} is mogelijk. "
              "[[Emma]], kan {{o:TU Delft}} de 200 studenten die nu in hostels zitten aan {{o:DUWO}} doorgeven?"),
        ("p", "Met vriendelijke groet,<br/>[[Koen Groeneveld]]<br/>{{j:Senior beleidsadviseur Wonen}}<br/>"
              "{{o:Gemeente Delft}} | {{f:14 015}} | direct [[t:015 260 24 87]]"),
        ("mono", "From: [[Marloes Verhagen]] <[[e:m.verhagen@duwo.nl]]>\n"
                 "Sent: Tuesday, August 19, 2025 10:33 AM\n"
                 "To: [[Groeneveld, Koen]] <[[e:k.groeneveld@delft.nl]]>\n"
                 "Subject: Housing shortage internationals Delft"),
        ("p", "Hi [[Koen]],"),
        ("p", "As discussed, please find the figures for the start of the academic year. {{o:DUWO}} has 11,600 "
              "rooms in Delft; the waiting list for internationals contains 1,340 students. 212 students have "
              "accepted a room in the {{g:Short Stay}} programme. We receive many complaints from students who "
              "were scammed by private landlords; one of them, [[Chen Jiahui]] (TU Delft student number "
              "[[n:5781204]]), lost € 2,300."),
        ("p", "I also forward the complaint of [[Ms Rossi]] ([[Giulia Rossi]]); she sleeps on a friend's couch at "
              "[[a:Phoenixstraat 49]] and [[h:is pregnant]], so she needs a room with her own bathroom. Could the "
              "municipality help with an urgentieverklaring?"),
        ("p", "Kind regards,<br/>[[Marloes]]<br/><br/>[[Marloes Verhagen]] | {{j:Manager Verhuur Delft}}<br/>"
              "{{o:DUWO}} | {{m:info@duwo.nl}} | {{f:088 - 388 33 00}} | mobile [[t:+31 6 4812 0967]]"),
    ]))

# ------------------------------------------------------------------ de15 TU Delft memo (docx)
DOCS.append(dict(
    id="de15", producer="docx", dfont="Arial", size=10, title="Memo emergency housing",
    author="[[E. Hofstede-Laan]]",
    blocks=[
        ("h1", "Memo"),
        ("table", [["To", "{{o:Executive Board}} {{o:TU Delft}}"],
                   ["From", "[[Emma Hofstede-Laan]], {{j:Policy Advisor Student Affairs}}"],
                   ["Date", "{{d:2 September 2025}}"], ["Subject", "Emergency housing for first-year international students"],
                   ["Copy", "[[dr. ir. P.J. van Aalst]], {{j:Director Education and Student Affairs}}"]], [30, 130], "grid"),
        ("h2", "Summary"),
        ("p", "At the start of the academic year, 214 international students registered with the {{o:Housing Desk}} "
              "had no room. {{o:DUWO}} and the {{o:Gemeente Delft}} propose 150 temporary units at the "
              "{{s:Christiaan Huygensweg}} and 40 places in the {{c:Stayokay}} hostel. The {{o:Executive Board}} is asked "
              "to guarantee the rent of the temporary units until 1 July 2026 (max. € 380,000)."),
        ("h2", "Background"),
        ("p", "Student organisations ({{o:ESN Delft}}, {{o:Delftsche Studenten Raad}}) report cases of fraud, "
              "discrimination ('Dutch only') and overcrowded rooms. The {{o:College voor de Rechten van de Mens}} "
              "considers 'no internationals' advertisements unlawful under the {{w:Algemene wet gelijke behandeling}}. "
              "A student, [[Chen]], was asked to pay three months' rent in advance to a landlord who turned out not "
              "to own the property; the police report number is [[n:PL1500-2025218734]]."),
        ("h2", "Proposal"),
        ("p", "1. Guarantee the rent of 150 units.<br/>2. Extend the {{g:Housing Helpdesk}} with one fte.<br/>"
              "3. Ask {{r:burgemeester Van Bijsterveldt}} to raise the issue with the {{o:Ministerie van "
              "Volkshuisvesting en Ruimtelijke Ordening}}."),
        ("p", "Contact: [[Emma Hofstede-Laan]], [[t:+31 6 2019 7765]], [[e:E.HofstedeLaan@tudelft.nl]] "
              "(general: {{m:housing@tudelft.nl}})."),
    ]))

# ------------------------------------------------------------------ de16 complaint form in English (printed)
DOCS.append(dict(
    id="de16", producer="rl", font="dejavu", size=9.5, title="Complaint form",
    hidden=[{"channel": "annotation", "text": "x", "author": "Bruggink, Ilse",
             "contents": "Checked with Niels (RUG): Mateusz enrolled. Passport copy removed from file.",
             "probes": ["Bruggink, Ilse", "Niels"]}],
    blocks=[
        ("h1", "Complaint form - {{g:Meldpunt Kamerverhuur}} / Room rental complaints"),
        ("p", "{{o:Municipality of Groningen}}. Use this form to report a landlord who charges too much, does not "
              "return your deposit, or rents out rooms without a permit. You can also write to "
              "{{m:meldpunt.kamerverhuur@groningen.nl}}."),
        ("table", [["Question", "Answer"],
                   ["Full name", "[[Mateusz Kowalczyk]]"],
                   ["Date of birth", "[[d:22-07-2002]]"],
                   ["Nationality", "Polish"],
                   ["Passport / ID number", "[[n:EK4419263]]"],
                   ["Current address", "[[a:Nieuwe Boteringestraat 17a]], room 1"],
                   ["E-mail", "[[e:m.kowalczyk.3@student.rug.nl]]"],
                   ["Phone", "[[t:+48 512 339 874]]"],
                   ["University / student number", "{{o:University of Groningen}}, [[n:s4987221]]"],
                   ["Landlord name (if known)", "[[Henk Wubbolts]] / [[Gerard]] (intermediary)"],
                   ["What is the problem?", "Room 11 m2, rent € 695 incl., paid in cash, no contract. Landlord says "
                    "I may not register. Deposit € 1,400 not returned after I gave notice. He threatened to "
                    "'call the police about my status'."],
                   ["Do you want us to contact you?", "Yes, but please do not tell the landlord my name."]],
         [55, 105], "grid"),
        ("p", "<b>Privacy statement.</b> The municipality processes your data under the {{w:AVG}} ({{w:GDPR}}) for the "
              "task of enforcing the {{w:Huisvestingswet 2014}}. Questions: {{m:privacy@groningen.nl}}."),
        ("small", "Received {{d:12 September 2025}} - case {{n:MK-2025-0419}} - handled by team {{o:Toezicht Wonen}}"),
    ]))

# ------------------------------------------------------------------ de17 scanned objection letter (typed)
DOCS.append(dict(
    id="de17", producer="scan", font="libserif", size=12, title="bezwaarschrift",
    blocks=[
        ("p", "[[Tuinstra Advocatuur]]"),
        ("p", "[[mr. F.W. Tuinstra]]"),
        ("p", "[[a:Ubbo Emmiusstraat 9]]"),
        ("sp", 12),
        ("p", "Aan het college van burgemeester en wethouders van Groningen<br/>Postbus 30026<br/>9700 RM Groningen"),
        ("sp", 8),
        ("p", "Groningen, 19 mei 2025"),
        ("p", "Betreft: bezwaar last onder dwangsom TW-2025-01873, cliënt [[H.J. Wubbolts]]"),
        ("p", "Edelachtbaar college,"),
        ("p", "Namens mijn cliënt, de heer [[Wubbolts]], wonende aan de [[a:Paterswoldseweg 412]], maak ik bezwaar "
              "tegen uw besluit van 6 mei 2025. Mijn cliënt betwist dat er meer dan twee personen in het pand "
              "wonen. De bewoners [[Kowalczyk]] en [[Van der Meulen]] hebben hun verklaring afgelegd zonder tolk "
              "en zonder dat zij wisten waarvoor die zou worden gebruikt."),
        ("p", "Bovendien verkeert mijn cliënt in een moeilijke persoonlijke situatie: hij is [[h:ernstig ziek]] "
              "en [[h:herstellende van een hartoperatie]]. Ik verzoek u daarom de begunstigingstermijn te "
              "verlengen tot zes maanden."),
        ("p", "Ik verzoek u mijn cliënt te horen. U kunt mij bereiken op [[t:050 318 77 40]] of via "
              "[[e:tuinstra@tuinstra-advocatuur.nl]]."),
        ("p", "Hoogachtend,"),
        ("sig", "Tuinstra"),
        ("p", "[[mr. F.W. Tuinstra]]"),
    ]))

# ------------------------------------------------------------------ de18 calendar invite
DOCS.append(dict(
    id="de18", producer="rl", font="helv", size=9.5, title="Vergaderverzoek",
    blocks=[
        ("h2", "Vergaderverzoek: Gesprek huurders Oosterhamrikkade met wethouder"),
        ("table", [["Organisator", "[[Poelman, Hilde]] &lt;[[e:h.poelman@groningen.nl]]&gt;"],
                   ["Verplichte deelnemers", "{{r:Wethouder Van der Schaaf}}; [[Ter Horst, Marieke]]; "
                    "[[Daan Wiersma]] &lt;[[e:daanwiersma@hotmail.com]]&gt;; [[Lucía Fernández Ortega]] "
                    "&lt;[[e:l.fernandez.ortega@student.rug.nl]]&gt;; {{o:Groninger Studentenbond}} &lt;{{m:info@studentenbond.nl}}&gt;"],
                   ["Optionele deelnemers", "[[Niels Oldenhuis]] ({{o:RUG}}); [[Thijs Koopman]] ({{o:Lefier}})"],
                   ["Wanneer", "{{d:donderdag 2 oktober 2025}} 15:30-16:30 (UTC+01:00) Amsterdam, Berlijn"],
                   ["Locatie", "{{b:Stadhuis, Grote Markt 1}}, kamer 2.14 / {{c:Microsoft Teams}}"]], [40, 120], "grid"),
        ("p", "Beste allen,"),
        ("p", "Namens {{r:wethouder Van der Schaaf}} nodig ik u uit voor een gesprek met bewoners van het afgebrande "
              "pand aan de Oosterhamrikkade. Doel: horen wat de bewoners nodig hebben en uitleggen wat de gemeente "
              "doet. [[Priya]] kan door haar herstel niet aanwezig zijn; [[Lucía]] spreekt ook namens haar. "
              "Het gesprek is in het Engels."),
        ("p", "Parkeren: {{s:Haddingestraat}}. Ingang via de {{o:Stadhuis}}-zijdeur aan de {{s:Guldenstraat}}."),
        ("p", "Vriendelijke groet,<br/>[[Hilde]]<br/>[[Hilde Poelman]] | {{j:bestuursadviseur wethouder wonen}} | "
              "[[t:06 19 74 52 38]]"),
        ("mono", "Deelnemen aan Microsoft Teams-vergadering\nVergadering-id: 341 772 908 115\nWachtwoord: Zp7Qx2"),
    ]))

# ------------------------------------------------------------------ de19 press release
DOCS.append(dict(
    id="de19", producer="rl", font="times", size=10.5, title="Persbericht",
    blocks=[
        ("h1", "Persbericht: gemeente sluit pand na brand in studentenhuis"),
        ("p", "<i>Groningen, {{d:15 september 2025}}</i>"),
        ("p", "{{r:Burgemeester Schuiling}} heeft vandaag het pand aan de Oosterhamrikkade gesloten waar zaterdagnacht "
              "brand uitbrak. Een bewoonster raakte gewond. Uit onderzoek van de {{o:Veiligheidsregio Groningen}} blijkt "
              "dat het pand niet voldeed aan de brandveiligheidseisen. Het pand werd zonder {{g:omzettingsvergunning}} "
              "als studentenhuis verhuurd."),
        ("p", "'Dit had nooit mogen gebeuren. Wie kamers verhuurt zonder rookmelders, speelt met levens,' zegt "
              "{{r:wethouder Van der Schaaf}} (wonen). 'We gaan nog harder optreden tegen {{t:huisjesmelkers}}.'"),
        ("p", "De bewoners worden opgevangen door {{o:SSH Student Housing}}, {{o:Lefier}} en de "
              "{{o:Rijksuniversiteit Groningen}}. Studenten met vragen over hun huur kunnen terecht bij het "
              "{{g:Meldpunt Kamerverhuur}}, de {{o:Huurcommissie}} en {{o:Steunpunt Huren Groningen}}. Er is een "
              "spreekuur in het Engels in het {{b:Harmoniecomplex}}, {{b:Oude Kijk in 't Jatstraat 26}}."),
        ("h2", "Noot voor de redactie"),
        ("p", "Niet voor publicatie. Voor vragen: afdeling Communicatie, {{f:050 367 70 00}}, "
              "{{m:pers@groningen.nl}}. Inhoudelijk contact (niet voor publicatie): projectleider [[Bas Vlieger]], [[t:06 1093 4472]]. "
              "Foto's van de brand zijn gemaakt door [[Henriëtte Lok]]; naamsvermelding verplicht bij gebruik "
              "is niet gewenst door de fotograaf."),
    ]))

# ------------------------------------------------------------------ de20 Teams chat (annotation hidden)
DOCS.append(dict(
    id="de20", producer="rl", font="dejavu", size=9, title="Teams-chat Toezicht Wonen",
    hidden=[{"channel": "annotation", "text": "x", "author": "AvtV", "page": 0,
             "contents": "Let op: Sjoerd heeft dit al naar de advocaat van Wubbolts gestuurd?",
             "probes": ["AvtV", "Sjoerd"]}],
    blocks=[
        ("h2", "Chatgesprek {{c:Microsoft Teams}} - kanaal 'Handhaving kamerverhuur' (export 16-09-2025)"),
        ("mono", "[15-09-2025 08:12] [[Rob Hoekstra]]\nmorgen, heeft iemand het brandweerrapport al?\n"
                 "[15-09-2025 08:14] [[Annelies van 't Veld-Smit]]\nja staat in de zaak. [[Karin]] van de VR belt "
                 "om 10 uur\n"
                 "[15-09-2025 08:15] [[Jorrit Kuipers]]\nwie neemt contact op met [[Priya]]? zij ligt nog in "
                 "het UMCG\n"
                 "[15-09-2025 08:17] [[Marieke ter Horst]]\nik heb haar zus gesproken, [[Kavya]]. ze wil haar "
                 "verhaal wel doen maar niet in de krant\n"
                 "[15-09-2025 08:20] [[Rob Hoekstra]]\nok. [[Wubbolts]] heeft nog 3 panden: [[a:Korreweg 140-3]], "
                 "[[a:Oliemuldersweg 57]], [[a:Kraneweg 31-II]]\n"
                 "[15-09-2025 08:21] [[Jorrit Kuipers]]\ndie gaan we deze week doen. [[Fatima]] + jij dinsdag?\n"
                 "[15-09-2025 08:22] [[Fatima El Khatib]]\nkan, wel na 11u, ik heb eerst [[h:mijn afspraak bij de GGZ]]\n"
                 "[15-09-2025 08:30] [[Annelies van 't Veld-Smit]]\nlet op: de advocaat van [[Wubbolts]] zegt "
                 "dat hij [[h:hartpatiënt]] is. niet in stukken naar de raad zetten\n"
                 "[15-09-2025 08:31] [[Marieke ter Horst]]\n(y)\n"
                 "[15-09-2025 08:44] [[Hilde Poelman]]\nde wethouder wil vandaag om 16u een update. kan een "
                 "van jullie aanschuiven? kamer van Van der Schaaf"),
        ("p", "Export gemaakt uit {{c:Microsoft Teams}} voor het Woo-verzoek {{n:WOO-2025-1187}}. Reacties met "
              "alleen een emoji zijn weggelaten."),
    ]))

# ------------------------------------------------------------------ de21 besluit last onder dwangsom (2 pages)
DOCS.append(dict(
    id="de21", producer="rl", font="libserif", size=10.5, title="Besluit last onder dwangsom",
    blocks=[
        ("p", "<b>{{o:Gemeente Groningen}}</b><br/>Directie Ruimtelijk Beleid - {{o:Toezicht Wonen}}"),
        ("sp", 8),
        ("p", "De heer [[H.J. Wubbolts]]<br/>p/a [[Tuinstra Advocatuur]]<br/>t.a.v. [[mr. F.W. Tuinstra]]<br/>"
              "[[a:Ubbo Emmiusstraat 9]]<br/>Groningen"),
        ("table", [["Datum", "Kenmerk", "Bijlage(n)"], ["{{d:6 mei 2025}}", "{{n:TW-2025-01873}}", "1"]],
         [40, 50, 30], "grid"),
        ("p", "<b>Onderwerp: last onder dwangsom [[a:Nieuwe Boteringestraat 17a]]</b>"),
        ("p", "Geachte heer [[Wubbolts]],"),
        ("p", "Bij brief van {{d:14 april 2025}} hebben wij u laten weten dat wij van plan waren u een last onder "
              "dwangsom op te leggen. U heeft op {{d:25 april 2025}} telefonisch uw zienswijze gegeven aan "
              "[[mevrouw Van 't Veld-Smit]]. U zei dat de bewoners 'één huishouden vormen omdat zij samen koken'."),
        ("h2", "Beoordeling zienswijze"),
        ("p", "Wij volgen u daarin niet. Volgens vaste rechtspraak van de {{o:Afdeling bestuursrechtspraak van de "
              "Raad van State}} is sprake van een huishouden als er een duurzame gemeenschappelijke huishouding "
              "is (zie {{n:ECLI:NL:RVS:2019:2366}}). Dat is hier niet zo: de bewoners hebben elk een eigen "
              "huurovereenkomst of betalen afzonderlijk, zij kennen elkaar niet van tevoren en wisselen vaak."),
        ("h2", "Besluit"),
        ("p", "Wij leggen u een last onder dwangsom op. U moet binnen twaalf weken na verzending van dit besluit "
              "het gebruik van het pand als kamerverhuurpand beëindigen en beëindigd houden, door het aantal "
              "bewoners terug te brengen tot twee. Als u dat niet doet, verbeurt u een dwangsom van € 5.000 per "
              "week met een maximum van € 40.000."),
        ("pb",),
        ("h2", "Bezwaar"),
        ("p", "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken bij het college, "
              "{{b:Postbus 30026}}, {{b:9700 RM}} Groningen, of digitaal via {{c:groningen.nl/bezwaar}}. U kunt "
              "daarnaast de {{o:voorzieningenrechter}} van de {{o:Rechtbank Noord-Nederland}} om een voorlopige "
              "voorziening vragen."),
        ("p", "Hoogachtend,<br/>het college van burgemeester en wethouders van Groningen,<br/>namens dezen,"),
        ("sig", "Kuipers"),
        ("p", "[[J.R. Kuipers]], {{j:teamleider Toezicht Wonen}}"),
        ("small", "Afschrift aan: [[M. Kowalczyk]] en [[S. van der Meulen]] (bewoners), "
                  "{{o:SSH Student Housing}} (informatief). Behandelaar: [[x:AvtV]]/[[x:RHo]]."),
    ]))

# ------------------------------------------------------------------ de22 scanned screenshot of room ad
DOCS.append(dict(
    id="de22", producer="scan", font="dejavu", size=13, title="screenshot advertentie",
    blocks=[
        ("h2", "ROOM FOR RENT - GRONINGEN CENTRE"),
        ("p", "Posted by [[Gerard Smeenge]] in Groningen Rooms for Internationals"),
        ("p", "Nice room 12 m2, shared kitchen, 5 min from Vismarkt. 695 euro all in. No registration possible!! "
              "Only serious people, deposit 2 months cash on viewing."),
        ("p", "International students welcome. Available 1 September."),
        ("p", "WhatsApp only: [[t:06 4419 2087]]"),
        ("p", "Email: [[e:g.smeenge78@gmail.com]]"),
        ("p", "Comment by [[Lotte Hendriks-Pool]]: this guy is a scammer, do not pay!!"),
        ("p", "Comment by [[Chidi Okonkwo]]: I live there, it's true, be careful"),
        ("small", "Schermafdruk gemaakt door Meldpunt Kamerverhuur, 11-09-2025, bijlage bij MK-2025-0419"),
    ]))
