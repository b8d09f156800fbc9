# Documents ww01-ww11 of set mixed98. Markup: [[redact|KIND]] (default PERSON), {{keep|KIND}} (default ORG).
W = "{{Waterschap Rivierenland}}"


def letterhead(right):
    return ("table", [["{{Waterschap Rivierenland}}\n{{De Blomboogerd 1|ADDRESS}}, 4003 BX {{Tiel|PLACE}}\n"
                       "Postbus 599, 4000 AN Tiel\n{{(0345) 639 111|PHONE}}\n{{info@wsrl.nl|EMAIL}}", right]],
            {"header": False, "grid": False, "widths": [85, 85]})


DOCS = []

# ------------------------------------------------------------------ ww01 besluit watervergunning (letter)
DOCS.append(dict(
    id="ww01", producer="rl", font="helv", title="Besluit watervergunning uitbouw woning in kernzone",
    meta={"author": "[[Marieke van der Zwaan]]"},
    blocks=[
        letterhead("Aangetekend\n[[De heer R.P. Hakkert]] en [[mevrouw J.C. Hakkert-Pluimers]]\n"
                   "[[Waalbandijk 86|ADDRESS]]\n[[4031 LH|ADDRESS]] {{Ingen|PLACE}}"),
        ("table", [["Datum", "14 mei 2025"], ["Ons kenmerk", "{{WSRL/VG/2025/0412|REF}}"],
                   ["Zaaknummer", "{{2025-014873|REF}}"], ["Behandeld door", "[[M. van der Zwaan]]"],
                   ["Doorkiesnummer", "[[0345 639 417|PHONE]]"], ["E-mail", "[[m.vanderzwaan@wsrl.nl|EMAIL]]"],
                   ["Onderwerp", "besluit watervergunning uitbouw woning in beschermingszone {{Waalbandijk|PLACE}}"]],
         {"header": False, "labels": True, "widths": [40, 120]}),
        ("p", "Geachte heer en mevrouw [[Hakkert]],"),
        ("p", "Op 3 maart 2025 hebben wij uw aanvraag ontvangen voor een watervergunning voor het bouwen van "
              "een uitbouw aan de achterzijde van uw woning. De woning staat in de beschermingszone A van de "
              "primaire waterkering langs de {{Waal|PLACE}} (dijktraject 43-1). Het perceel is kadastraal bekend "
              "als gemeente {{Lienden|PLACE}}, sectie [[M 2214|CADASTRAL]]. Het bouwen in de beschermingszone is "
              "op grond van de {{Waterschapsverordening Rivierenland|LAW}} vergunningplichtig "
              "(artikel 3.4, in samenhang met de {{Omgevingswet|LAW}})."),
        ("h2", "Besluit"),
        ("p", "Wij verlenen u de watervergunning onder de voorschriften in de bijlage. Het bouwwerk mag niet dieper "
              "worden gefundeerd dan NAP +5,80 m en de werkzaamheden mogen niet plaatsvinden in het "
              "gesloten seizoen (1 oktober tot 1 april). Uw adviseur, [[ing. T. Brouwer-Ophof]] van "
              "[[Bouwkundig Adviesbureau Brouwer-Ophof|ORG_PERSON]], heeft op 2 april 2025 een aangepaste "
              "stabiliteitsberekening aangeleverd; die maakt deel uit van het besluit."),
        ("p", "Over de stabiliteitsberekening hebben wij advies gevraagd aan {{Team Waterkeringen}}. Mevrouw "
              "[[Van der Zwaan]] heeft het advies op 23 april 2025 met u besproken in aanwezigheid van "
              "[[Ronald Hakkert]]."),
        ("h2", "Bezwaar"),
        ("p", "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken na verzending bezwaar maken bij "
              "het {{dagelijks bestuur}} van {{Waterschap Rivierenland}}, Postbus 599, 4000 AN {{Tiel}}. U kunt "
              "ook digitaal bezwaar maken via {{bezwaar@wsrl.nl|EMAIL}}. Vermeld daarbij het zaaknummer."),
        ("p", "Met vriendelijke groet,\nnamens het dagelijks bestuur van {{Waterschap Rivierenland}},"),
        ("sig", "R. Oosterlee"),
        ("p", "[[R.J. Oosterlee]]\nteamleider {{Vergunningverlening|FUNCTION}}"),
        ("small", "Kopie: {{Omgevingsdienst Rivierenland}}; gemeente {{Buren|PLACE}}, afdeling {{Vergunningen|FUNCTION}}"),
    ]))

# ------------------------------------------------------------------ ww02 e-mail thread groundwater
DOCS.append(dict(
    id="ww02", producer="rl", font="courier", size=9.5, mono="Courier", title="RE: melding grondwateronttrekking",
    blocks=[
        ("mono", "Van:        [[Thijs Ravensbergen]] <[[t.ravensbergen@wsrl.nl|EMAIL]]>\n"
                 "Verzonden:  dinsdag 17 juni 2025 09:12\n"
                 "Aan:        [[Jeroen Pastoor]] <[[jeroen@pastoorfruit.nl|EMAIL]]>\n"
                 "CC:         {{vergunningen@wsrl.nl|EMAIL}}; [[Marieke van der Zwaan]] <[[m.vanderzwaan@wsrl.nl|EMAIL]]>\n"
                 "Onderwerp:  RE: melding grondwateronttrekking beregening perceel {{Rumpt|PLACE}}"),
        ("mono", "Beste [[Jeroen]],\n\n"
                 "Dank voor je melding. Een onttrekking voor beregening tot 10 m3 per uur is op grond van de\n"
                 "{{Waterschapsverordening|LAW}} meldingsplichtig; daarboven is een watervergunning nodig. Jouw\n"
                 "nieuwe bron op het perceel Rumpt [[D 1098|CADASTRAL]] haalt volgens de pompgegevens 14 m3 per uur.\n"
                 "Ik stel voor dat je de aanvraag indient via het {{Omgevingsloket|PRODUCT}}. Bel me gerust op\n"
                 "[[06 27 41 90 38|PHONE]] als je vragen hebt; het algemene nummer is {{(0345) 639 111|PHONE}}.\n\n"
                 "Met vriendelijke groet,\n[[Thijs Ravensbergen]]\nhydroloog {{Team Watersystemen|FUNCTION}}\n"
                 "{{Waterschap Rivierenland}} | {{www.wsrl.nl|URL}}"),
        ("mono", "-----Oorspronkelijk bericht-----\n"
                 "From: [[Jeroen Pastoor]] <[[jeroen@pastoorfruit.nl|EMAIL]]>\n"
                 "Sent: Monday, June 16, 2025 21:47\n"
                 "To: {{vergunningen@wsrl.nl|EMAIL}}\n"
                 "Subject: melding grondwateronttrekking beregening perceel Rumpt"),
        ("mono", "Goedenavond,\n\n"
                 "Hierbij meld ik de ingebruikname van een nieuwe beregeningsbron bij onze peren- en\n"
                 "appelboomgaard aan de [[Achterweg 21|ADDRESS]] in {{Rumpt|PLACE}}. De bron is geslagen door\n"
                 "{{Bronboringen Kooiman}} uit {{Lexmond|PLACE}}. Filterdiepte 18 tot 24 m -mv.\n"
                 "Mijn vader [[Wim Pastoor]] (de eigenaar van het perceel) is sinds zijn beroerte niet meer\n"
                 "in staat de administratie te doen, dus u kunt alles aan mij richten.\n\n"
                 "Met vriendelijke groet,\n[[Jeroen Pastoor]]\n[[Fruitteeltbedrijf Pastoor|ORG_PERSON]]\n"
                 "tel. [[06-51 30 88 27|PHONE]]\nrelatienummer waterschap: [[RL-0072193|ID]]"),
        ("mono", ">> Intern / [[MvdZ]]: de vader ([[W.G. Pastoor]], [[geboren 2 februari 1949|DOB]]) heeft een\n"
                 ">> [[CVA gehad in maart|HEALTH]]; machtiging opvragen voordat we de vergunning op naam van de\n"
                 ">> zoon zetten. [[TR]] pakt dit op. Zie ook zaak {{2025-016201|REF}}."),
    ]))

# ------------------------------------------------------------------ ww03 vooraanmaning last onder dwangsom (docx)
DOCS.append(dict(
    id="ww03", producer="docx", docx_font="Arial", title="Voornemen last onder dwangsom",
    meta={"author": "[[Fatima El Khayari]]"},
    running="Waterschap Rivierenland - Handhaving - zaak 2025-009340",
    blocks=[
        ("p", "{{Waterschap Rivierenland}}\nTeam {{Toezicht en Handhaving|FUNCTION}}\n{{De Blomboogerd 1|ADDRESS}}, 4003 BX {{Tiel|PLACE}}"),
        ("p", "[[Maatschap Verwoerd|ORG_PERSON]]\nt.a.v. de heer [[H.A. Verwoerd]]\n[[Lingedijk 142|ADDRESS]]\n[[4191 PG|ADDRESS]] {{Geldermalsen|PLACE}}"),
        ("table", [["Datum", "Kenmerk", "Contactpersoon", "Telefoon"],
                   ["8 juli 2025", "{{HH/2025/0931|REF}}", "mr. [[F. El Khayari]]", "[[0345 639 588|PHONE]]"]]),
        ("p", "Onderwerp: voornemen tot het opleggen van een last onder dwangsom"),
        ("p", "Geachte heer [[Verwoerd]],"),
        ("p", "Op 19 juni 2025 heeft onze toezichthouder, de heer [[E.J. Schoonderwoerd]], geconstateerd dat op uw "
              "perceel aan de {{Lingedijk|PLACE}}, kadastraal bekend als {{Geldermalsen|PLACE}} sectie [[F 3312|CADASTRAL]], de "
              "A-watergang over een lengte van circa 60 meter is gedempt met grond en puin. Voor het dempen van een "
              "A-watergang is een watervergunning nodig (artikel 4.12 van de {{Waterschapsverordening|LAW}}). Die "
              "vergunning is niet aangevraagd en niet verleend."),
        ("p", "Wij zijn daarom van plan u een last onder dwangsom op te leggen op grond van artikel 18.1 van de "
              "{{Omgevingswet|LAW}} en artikel 5:32 van de {{Algemene wet bestuursrecht|LAW}}. U moet de watergang dan "
              "binnen acht weken in de oorspronkelijke staat herstellen. Doet u dat niet, dan verbeurt u een dwangsom "
              "van € 2.500 per week, met een maximum van € 25.000."),
        ("p", "Wij wijzen u erop dat bij de controle ook uw zoon [[Bart Verwoerd]] aanwezig was. Hij verklaarde dat de "
              "demping in opdracht van loonbedrijf {{Van Mourik Agrarische Dienstverlening}} is uitgevoerd."),
        ("p", "U kunt binnen twee weken uw zienswijze geven, schriftelijk of mondeling. Neem daarvoor contact op met "
              "mevrouw [[El Khayari]] via [[f.elkhayari@wsrl.nl|EMAIL]] of via {{handhaving@wsrl.nl|EMAIL}}."),
        ("p", "Met vriendelijke groet,\n\n[[Ruud Oosterlee]]\nteamleider {{Toezicht en Handhaving|FUNCTION}}"),
        ("small", "Dit document is verzonden zonder handtekening. Paraaf jurist: [[FEK]]; paraaf toezicht: [[EJS]]."),
    ]))

# ------------------------------------------------------------------ ww04 controlerapport (form, fields hidden)
DOCS.append(dict(
    id="ww04", producer="rl", font="dejavu", size=9.5, title="Controlerapport toezicht watervergunning",
    fields={"inspecteur_bevestiging": (120, 18, 60, "[[E. Schoonderwoerd]] (BOA [[1047-221|ID]])"),
            "aanwezig_derde": (120, 10, 60, "[[Kees van Kuijk]]")},
    blocks=[
        ("h1", "Controlerapport toezicht"),
        ("small", "{{Waterschap Rivierenland}} · Team Toezicht en Handhaving · formulier TH-07 (versie 2024)"),
        ("table", [["Rapportnummer", "{{TH-2025-1187|REF}}"], ["Datum controle", "19 juni 2025, 10:40 uur"],
                   ["Toezichthouder", "[[E.J. Schoonderwoerd]] (BOA-nummer [[1047-221|ID]])"],
                   ["Tweede toezichthouder", "[[Lisanne Hoekman]]"],
                   ["Locatie", "{{Lingedijk|PLACE}} ter hoogte van hectometerpaal 14,2, {{Geldermalsen|PLACE}}"],
                   ["Betrokkene", "[[H.A. Verwoerd]], [[Lingedijk 142|ADDRESS]], [[geb. 11-09-1963|DOB]]"],
                   ["Aanwezig namens betrokkene", "[[Bart Verwoerd]] (zoon), mobiel [[06-14 72 55 09|PHONE]]"],
                   ["Grondslag", "{{Omgevingswet|LAW}} art. 18.1; {{Waterschapsverordening|LAW}} art. 4.12"]],
         {"header": False, "labels": True, "widths": [48, 122]}),
        ("h2", "Bevindingen"),
        ("p", "Tijdens de reguliere schouw van de A-watergangen in de polder {{Tielerwaard|PLACE}} zag ik dat de "
              "watergang langs het perceel [[F 3312|CADASTRAL]] over ca. 60 meter was dichtgeschoven. In de demping "
              "zag ik puin, dakpannen en resten van asbesthoudende golfplaten. Foto's 1 t/m 9 zijn bijgevoegd. "
              "De heer [[B. Verwoerd]] verklaarde: \"Mijn vader ligt al drie weken in het ziekenhuis voor zijn "
              "[[hartoperatie|HEALTH]], ik heb het zelf geregeld.\""),
        ("p", "Op grond van de vondst van asbest is de {{Omgevingsdienst Rivierenland}} (ODR) ingelicht; contact "
              "via het algemene meldnummer {{0344 579 314|PHONE}}. Ik heb de milieupolitie van de {{Politie "
              "Oost-Nederland}} niet ingeschakeld. Eerder, in 2019, is tegen betrokkene [[proces-verbaal opgemaakt "
              "wegens het illegaal lozen van mest|CRIMINAL]] ([[zaak OM 19/883102|CRIMINAL]])."),
        ("h2", "Afspraken"),
        ("table", [["Nr.", "Actie", "Wie", "Termijn"],
                   ["1", "Vooraanmaning opstellen", "[[FEK]]", "1 juli 2025"],
                   ["2", "Hercontrole na herstel", "[[EJS]] / [[LH]]", "15 sept. 2025"],
                   ["3", "Melding asbest doorzetten naar {{ODR}}", "[[EJS]]", "direct"]],
         {"widths": [12, 90, 35, 33]}),
        ("small", "Bevestiging inspecteur en eventuele derde (formuliervelden):"),
    ]))

# ------------------------------------------------------------------ ww05 AB minutes (docx, 2 pages)
DOCS.append(dict(
    id="ww05", producer="docx", docx_font="Calibri", title="Verslag vergadering Algemeen Bestuur 25 juni 2025",
    meta={"author": "[[Ingrid Bakker-'t Hart]]"},
    blocks=[
        ("h1", "Verslag van de openbare vergadering van het {{Algemeen Bestuur}}"),
        ("p", "Datum: woensdag 25 juni 2025, 13.30 uur\nLocatie: {{Waterschapshuis|PLACE}}, {{De Blomboogerd 1|ADDRESS}}, {{Tiel|PLACE}}"),
        ("p", "Voorzitter: dijkgraaf {{Romijn|PERSON_PUBLIC}}\n"
              "Aanwezig: heemraad {{Van Eck|PERSON_PUBLIC}}, heemraad {{Stoutjesdijk|PERSON_PUBLIC}}, heemraad "
              "{{Kuipers-Abma|PERSON_PUBLIC}} en 26 leden van het algemeen bestuur (zie presentielijst)\n"
              "Secretaris: de {{secretaris-directeur|FUNCTION}}\n"
              "Verslag: [[I. Bakker-'t Hart]] ([[IBH]]), bestuurssecretariaat\n"
              "Ambtelijk aanwezig: [[P. de Gooijer]] ([[PdG]], projectmanager {{HWBP}}), [[A. Verhoef-Brink]] ([[AVB]], omgevingsmanager)"),
        ("h2", "1. Opening en mededelingen"),
        ("p", "Dijkgraaf {{Romijn|PERSON_PUBLIC}} opent de vergadering. Hij deelt mee dat het {{Hoogwaterbeschermingsprogramma|PROGRAM}} "
              "de subsidieaanvraag voor de verkenningsfase van {{Dijkversterking Neder-Betuwe|PROGRAM}} heeft goedgekeurd. "
              "Het {{Ministerie van Infrastructuur en Waterstaat}} en de {{Unie van Waterschappen}} hebben daarover een "
              "persbericht uitgebracht."),
        ("h2", "2. Spreekrecht burgers"),
        ("p", "De heer [[Dirk-Jan Kortekaas]] uit {{Ochten|PLACE}} spreekt in over scheuren in zijn woning aan de "
              "[[Waalbandijk 23|ADDRESS]]. Hij stelt dat de trillingen van de damwandwerkzaamheden de schade hebben "
              "veroorzaakt. Zijn echtgenote, mevrouw [[Kortekaas-Vermeulen]], kon niet aanwezig zijn wegens "
              "[[haar behandeling voor borstkanker|HEALTH]]. Heemraad {{Stoutjesdijk|PERSON_PUBLIC}} zegt toe dat de "
              "schadecoördinator, mevrouw [[S. Kwakernaak]], binnen twee weken contact opneemt."),
        ("p", "Mevrouw [[Ayşe Demirtaş]], bewoonster van de [[Dorpsstraat 8|ADDRESS]] in {{Dodewaard|PLACE}}, vraagt naar de "
              "planning van de werkzaamheden bij de {{Prins Bernhardlaan|STREET}}. Heemraad {{Van Eck|PERSON_PUBLIC}} verwijst naar de "
              "informatieavond van 9 juli 2025 in {{Dorpshuis De Kaai|ORG}}."),
        ("h2", "3. Voortgang HWBP-projecten (agendapunt 6)"),
        ("p", "Heemraad {{Kuipers-Abma|PERSON_PUBLIC}} licht de voortgangsrapportage toe. De {{Dijkversterking Tiel-Waardenburg|PROGRAM}} ligt op "
              "schema; de combinatie {{Waalwaard}} ({{Van Oord}} en {{Heijmans}}) heeft de kade bij {{Haaften|PLACE}} "
              "opgeleverd. De kosten vallen € 4,1 miljoen hoger uit door prijsindexatie. [[PdG]] beantwoordt technische "
              "vragen over de piping-maatregelen (verticaal zanddicht geotextiel)."),
        ("p", "Het lid van de fractie {{Water Natuurlijk|ORG}} vraagt waarom de bewoners van de {{Waalbandijk|PLACE}} zo laat "
              "zijn geïnformeerd. [[AVB]] zegt dat de bewonersbrief door een fout in het adressenbestand van de "
              "gemeente {{Neder-Betuwe|PLACE}} te laat is verstuurd."),
        ("pb",),
        ("h2", "4. Actielijst"),
        ("table", [["Nr.", "Actie", "Wie", "Gereed"],
                   ["AB-25-031", "Schadedossier {{Waalbandijk|PLACE}} 23 behandelen", "[[SK]] (schade)", "9 juli 2025"],
                   ["AB-25-032", "Notitie indexatie {{HWBP}}-budget aan AB", "[[PdG]]", "sept. 2025"],
                   ["AB-25-033", "Adresbestand bewonersbrieven controleren", "[[AVB]] / [[HD]]", "1 juli 2025"],
                   ["AB-25-034", "Antwoord inspreker Dodewaard", "heemraad {{Van Eck|PERSON_PUBLIC}}", "9 juli 2025"]]),
        ("p", "Afkortingen in de actielijst: [[SK]] = [[Sanne Kwakernaak]], [[HD]] = [[Hanneke Dubbeldam]] "
              "(communicatie); overige paraafcodes zie kop van dit verslag."),
        ("h2", "5. Sluiting"),
        ("p", "Dijkgraaf {{Romijn|PERSON_PUBLIC}} sluit de vergadering om 16.45 uur. Vastgesteld in de vergadering van 17 september 2025."),
        ("p", "De secretaris-directeur,                         De dijkgraaf,"),
    ]))

# ------------------------------------------------------------------ ww06 DB besluitenlijst (Times)
DOCS.append(dict(
    id="ww06", producer="rl", font="times", size=10.5, title="Besluitenlijst dagelijks bestuur 1 juli 2025",
    blocks=[
        ("h1", "Besluitenlijst {{dagelijks bestuur}} {{Waterschap Rivierenland}}"),
        ("p", "Vergadering van 1 juli 2025. Aanwezig: dijkgraaf {{Romijn|PERSON_PUBLIC}}, heemraad {{Van Eck|PERSON_PUBLIC}}, heemraad "
              "{{Stoutjesdijk|PERSON_PUBLIC}}, heemraad {{Kuipers-Abma|PERSON_PUBLIC}}, heemraad {{Nijenhuis|PERSON_PUBLIC}}. Notulist: [[J. van 't Riet]]."),
        ("table", [["Nr.", "Onderwerp", "Besluit", "Portefeuille / steller"],
                   ["1", "Last onder dwangsom dempen A-watergang {{Lingedijk|PLACE}} (zaak {{2025-009340|REF}})",
                    "Conform voorstel: last opleggen.", "heemraad {{Nijenhuis|PERSON_PUBLIC}} / [[F. El Khayari]]"],
                   ["2", "Beslissing op bezwaar watervergunning beregening {{Rumpt|PLACE}}",
                    "Bezwaar ongegrond, met aanvulling motivering.", "heemraad {{Van Eck|PERSON_PUBLIC}} / [[T. Ravensbergen]]"],
                   ["3", "Vaststellingsovereenkomst schade [[Kortekaas]], {{Ochten|PLACE}}",
                    "Akkoord tot € 18.400; mandaat aan [[S. Kwakernaak]].", "heemraad {{Stoutjesdijk|PERSON_PUBLIC}}"],
                   ["4", "Meerwerk combinatie {{Waalwaard}} ({{Dijkversterking Tiel-Waardenburg|PROGRAM}})",
                    "Aangehouden; eerst toetsing door {{HWBP}}-programmadirectie.", "heemraad {{Kuipers-Abma|PERSON_PUBLIC}} / [[P. de Gooijer]]"],
                   ["5", "Woo-verzoek [[mr. L.M. Dijkhuizen]] (advocaat namens [[Maatschap Verwoerd|ORG_PERSON]])",
                    "Besluit conform; deels openbaar.", "dijkgraaf {{Romijn|PERSON_PUBLIC}} / [[J. van 't Riet]]"],
                   ["6", "Vergoeding {{Hoogheemraadschap Hollands Noorderkwartier}} voor detachering toezichthouder",
                    "Akkoord.", "heemraad {{Nijenhuis|PERSON_PUBLIC}}"]],
         {"widths": [9, 58, 50, 53]}),
        ("p", "Mededeling: de heer [[Schoonderwoerd]] is tijdelijk gedetacheerd bij het {{HHNK}} in {{Heerhugowaard|PLACE}}. "
              "Zijn taken worden waargenomen door mevrouw [[Hoekman]]."),
        ("p", "Volgende vergadering: 15 juli 2025. Stukken via {{dbsecretariaat@wsrl.nl|EMAIL}}."),
    ]))

# ------------------------------------------------------------------ ww07 Teams chat export
DOCS.append(dict(
    id="ww07", producer="rl", font="dejavu", size=9, mono="LibMono", title="Chatexport Teams - Handhaving Tielerwaard",
    meta={"author": "[[Lisanne Hoekman]]", "title": "Teams-export kanaal Handhaving"},
    blocks=[
        ("h2", "Microsoft Teams · kanaal Handhaving Tielerwaard · export 22-07-2025"),
        ("mono", "[19-06-2025 11:02] [[Erik-Jan Schoonderwoerd]]: sta bij [[Verwoerd]] aan de Lingedijk, hele sloot dicht\n"
                 "[19-06-2025 11:03] [[Erik-Jan Schoonderwoerd]]: ook asbest volgens mij. Zoon is er, vader in ziekenhuis\n"
                 "[19-06-2025 11:05] [[Lisanne Hoekman]]: ik kom eraan, 20 min. Bel [[Fatima]] even?\n"
                 "[19-06-2025 11:06] [[Fatima El Khayari]]: heb je al gezien, ik zit in overleg tot 12u\n"
                 "[19-06-2025 11:06] [[Fatima El Khayari]]: maak foto's van het puin en noteer kenteken van de kraan\n"
                 "[19-06-2025 11:09] [[Erik-Jan Schoonderwoerd]]: kenteken [[VK-318-B|ID]], van {{Van Mourik Agrarische Dienstverlening}}\n"
                 "[19-06-2025 12:41] [[Lisanne Hoekman]]: ODR gebeld via {{0344 579 314|PHONE}}, ze komen morgen\n"
                 "[19-06-2025 12:43] [[Erik-Jan Schoonderwoerd]]: top. [[Lies]] wil jij het rapport doen? ik moet naar Heerhugowaard\n"
                 "[19-06-2025 12:44] [[Lisanne Hoekman]]: ja prima\n"
                 "[20-06-2025 08:15] [[Ruud Oosterlee]]: goed werk allebei. [[EJ]], denk aan je afspraak bij de bedrijfsarts\n"
                 "[20-06-2025 08:16] [[Erik-Jan Schoonderwoerd]]: ja, [[rugklachten worden niet beter|HEALTH]], ik meld me vrijdag\n"
                 "[20-06-2025 08:30] [[Fatima El Khayari]]: ik zet vooraanmaning klaar. Zaak {{2025-009340|REF}}\n"
                 "[20-06-2025 09:02] [[Ruud Oosterlee]]: dijkgraaf {{Romijn|PERSON_PUBLIC}} wil een korte notitie, gaat mee in DB 1 juli\n"
                 "[20-06-2025 09:05] [[Fatima El Khayari]]: komt goed, ik stem af met heemraad {{Nijenhuis|PERSON_PUBLIC}}\n"
                 "[21-06-2025 14:20] [[Lisanne Hoekman]]: pers belde (De Gelderlander). doorverwezen naar woordvoerder {{Hoogendoorn|PERSON_PUBLIC}}\n"
                 "[21-06-2025 14:22] [[Ruud Oosterlee]]: 👍"),
        ("small", "Geëxporteerd door [[l.hoekman@wsrl.nl|EMAIL]] · 14 berichten · bijlagen niet opgenomen"),
    ]))

# ------------------------------------------------------------------ ww08 handwritten telephone note (scan)
DOCS.append(dict(
    id="ww08", producer="scan", font="helv", size=12, title="Telefoonnotitie (scan)",
    blocks=[
        ("h2", "TELEFOONNOTITIE - Waterschap Rivierenland"),
        ("table", [["Datum", "24-06-2025  14:35"], ["Van", "[[Gert-Jan]] [[van Heumen]]"],
                   ["Telefoon", "[[06-38 21 47 90|PHONE]]"], ["Aangenomen door", "[[Joost van 't Riet]]"],
                   ["Voor", "[[Marieke van der Zwaan]]"]],
         {"header": False, "labels": True, "widths": [45, 110]}),
        ("hand", "Dhr [[Van Heumen]] (melkveehouder, [[Bredesteeg 7|ADDRESS]] Zoelen) belt over"),
        ("hand", "zijn grondwatervergunning. Pomp staat stil, zegt dat [[Van der Zwaan]]"),
        ("hand", "toestemming gaf. Wil terugbellen voor vrijdag."),
        ("p", "Notitie doorgestuurd naar [[MvdZ]] en [[RO]]. Relatienummer [[RL-0065541|ID]]."),
    ]))

# ------------------------------------------------------------------ ww09 resident's damage claim letter (scan)
DOCS.append(dict(
    id="ww09", producer="scan", font="times", size=12, title="Brief bewoner schadeclaim (scan)",
    blocks=[
        ("p", "[[W.M. Tersteeg]]\n[[Waalbandijk 57|ADDRESS]]\n[[4031 LK|ADDRESS]] Ingen\ntel. [[0344 60 21 93|PHONE]]"),
        ("sp", 6),
        ("p", "Aan het dagelijks bestuur van Waterschap Rivierenland\nPostbus 599\n4000 AN Tiel"),
        ("sp", 4),
        ("p", "Ingen, 2 juli 2025"),
        ("p", "Betreft: schade aan mijn woning door de dijkversterking"),
        ("p", "Geachte heer, mevrouw,"),
        ("p", "Sinds de aannemer in mei begon met het trillen van damwanden zitten er scheuren in de voorgevel en de "
              "schuur van mijn woning. Ik heb dat gemeld bij de omgevingsmanager van de aannemer, [[mevrouw Henskens]], "
              "maar ik heb nog niets gehoord. Door het stof en de trillingen zijn mijn klachten door "
              "[[COPD|HEALTH]] verergerd; mijn huisarts [[dokter Van Wijngaarden]] kan dat bevestigen."),
        ("p", "Ik verzoek u de schade te vergoeden. Het bedrag kan worden overgemaakt op rekening "
              "[[NL28 RABO 0315 8247 61|IBAN]] ten name van [[W.M. Tersteeg]]."),
        ("p", "Hoogachtend,"),
        ("sig", "W. Tersteeg"),
        ("p", "[[Wilma Tersteeg]]"),
    ]))

# ------------------------------------------------------------------ ww10 schadeformulier (filled form)
DOCS.append(dict(
    id="ww10", producer="rl", font="libsans", size=9.5, title="Schademeldingsformulier Dijkversterking Tiel-Waardenburg",
    hidden={"xmp_creator": ["[[Sanne Kwakernaak]]"]},
    blocks=[
        ("h1", "Schademeldingsformulier"),
        ("p", "{{Dijkversterking Tiel-Waardenburg|PROGRAM}} · {{Waterschap Rivierenland}} en combinatie {{Waalwaard}} · "
              "onderdeel van het {{Hoogwaterbeschermingsprogramma|PROGRAM}}"),
        ("h2", "1. Gegevens melder"),
        ("table", [["Naam", "[[Kortekaas]], [[Dirk-Jan]] (dhr.)"], ["Geboortedatum", "[[14-03-1958|DOB]]"],
                   ["Adres", "[[Waalbandijk 23|ADDRESS]], [[4054 MB|ADDRESS]] {{Ochten|PLACE}}"],
                   ["Telefoon / mobiel", "[[0344 64 13 82|PHONE]] / [[06-20 97 31 15|PHONE]]"],
                   ["E-mail", "[[djkortekaas@ziggo.nl|EMAIL]]"],
                   ["BSN (alleen bij uitkering)", "[[171238448|BSN]]"],
                   ["IBAN", "[[NL79 ABNA 0417 1646 13|IBAN]]"],
                   ["Eigenaar / huurder", "eigenaar; kadastraal {{Echteld|PLACE}} [[G 871|CADASTRAL]]"]],
         {"header": False, "labels": True, "widths": [50, 120]}),
        ("h2", "2. Schade"),
        ("table", [["Datum ontstaan", "Omschrijving", "Geschat bedrag"],
                   ["mei 2025", "Scheuren voorgevel en binnenmuur woonkamer, klemmende voordeur", "€ 12.600"],
                   ["juni 2025", "Verzakking terras en schuur", "€ 4.950"],
                   ["juni 2025", "Extra kosten zorg echtgenote ([[oncologische nazorg, verhuizing naar logeeradres|HEALTH]])", "€ 850"]],
         {"widths": [30, 105, 35]}),
        ("h2", "3. Ondertekening"),
        ("p", "De melder verklaart het formulier naar waarheid te hebben ingevuld. De gegevens worden verwerkt volgens de "
              "{{Algemene verordening gegevensbescherming|LAW}} ({{AVG|LAW}}); zie {{www.wsrl.nl/privacy|URL}}."),
        ("sig", "D.J. Kortekaas"),
        ("small", "Ontvangen: 30-06-2025 · behandelaar [[SK]] · dossiernummer {{SCH-TIWA-2025-0147|REF}} · "
                  "schadeloket {{schade@dijkversterking-tiwa.nl|EMAIL}}, tel. {{088 235 77 00|PHONE}}"),
    ]))

# ------------------------------------------------------------------ ww11 e-mail thread consortium (docx)
DOCS.append(dict(
    id="ww11", producer="docx", docx_font="Calibri", title="FW: trillingsmetingen Ochten",
    meta={"author": "[[Pieter de Gooijer]]"},
    blocks=[
        ("mono", "Van: [[Gooijer, Pieter de]] <[[p.degooijer@wsrl.nl|EMAIL]]>\n"
                 "Verzonden: vrijdag 4 juli 2025 16:58\n"
                 "Aan: [[Annelies Verhoef-Brink]] <[[a.verhoefbrink@wsrl.nl|EMAIL]]>; [[Sanne Kwakernaak]] <[[s.kwakernaak@wsrl.nl|EMAIL]]>\n"
                 "Onderwerp: FW: trillingsmetingen Ochten"),
        ("p", "[[Annelies]], [[Sanne]],\n\nZie hieronder. De combinatie erkent dat de grenswaarde van de {{SBR-richtlijn|LAW}} "
              "is overschreden bij nr. 23. Graag maandag bespreken in het schadeoverleg. Ik heb [[Bas]] gevraagd de ruwe "
              "meetdata te sturen.\n\nGroet,\n[[Pieter]]\n[[06-53 39 07 14|PHONE]]"),
        ("mono", "From: [[Bas Timmerman]] <[[b.timmerman@waalwaard.nl|EMAIL]]>\n"
                 "Sent: Friday, July 4, 2025 15:21\n"
                 "To: [[Gooijer, Pieter de]] <[[p.degooijer@wsrl.nl|EMAIL]]>\n"
                 "Cc: [[Lotte Henskens]] <[[l.henskens@waalwaard.nl|EMAIL]]>; {{omgeving@waalwaard.nl|EMAIL}}\n"
                 "Subject: trillingsmetingen Ochten"),
        ("p", "Hoi [[Pieter]],\n\nIn de week van 19 mei hebben de trillingsopnemers bij [[Waalbandijk 23|ADDRESS]] en "
              "[[Waalbandijk 25|ADDRESS]] waarden van 6,2 en 5,8 mm/s geregistreerd (grenswaarde categorie 2: 5 mm/s). "
              "We hebben de trilblok-instellingen aangepast en werken nu met de drukmethode. Meetbureau "
              "{{Vibra Consult}} stuurt het rapport naar {{schade@dijkversterking-tiwa.nl|EMAIL}}.\n\n"
              "De bewoner van nr. 25, de heer [[Yıldız]], heeft [[Lotte]] telefonisch gemeld dat zijn dochter "
              "[[door de trillingen niet kan slapen en daarvoor onder behandeling is bij de GGZ|HEALTH]].\n\n"
              "Met vriendelijke groet,\n[[Bas Timmerman]]\nProjectdirecteur combinatie {{Waalwaard}} ({{Van Oord}} / {{Heijmans}})\n"
              "M [[+31 6 22 81 73 64|PHONE]] | T {{+31 88 235 77 00|PHONE}}"),
        ("small", "Bezoekadres projectbureau: {{Waalbandijk|PLACE}} 2a (bouwkeet), {{Ochten|PLACE}}. "
                  "Privacy: dit bericht kan vertrouwelijke informatie bevatten."),
    ]))
