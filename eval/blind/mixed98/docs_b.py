# Documents ww12-ww22 of set mixed98.
from docs_a import letterhead

DOCS = []

# ------------------------------------------------------------------ ww12 bouwvergadering (minutes, initials)
DOCS.append(dict(
    id="ww12", producer="rl", font="libsans", size=9.5, title="Verslag bouwvergadering 14 TiWa",
    meta={"author": "[[Gijs Versteeg]]"},
    running="Combinatie Waalwaard - Dijkversterking Tiel-Waardenburg - verslag BV-14",
    blocks=[
        ("h1", "Verslag bouwvergadering nr. 14"),
        ("p", "Project: {{Dijkversterking Tiel-Waardenburg|PROGRAM}} (contract {{HWBP-TiWa-UAVgc-01|REF}}) · "
              "datum: 10 juli 2025 · locatie: projectbureau {{Haaften|PLACE}}"),
        ("table", [["Naam", "Organisatie", "Rol", "Code"],
                   ["[[P. de Gooijer]]", "{{Waterschap Rivierenland}}", "projectmanager (voorzitter)", "[[PdG]]"],
                   ["[[A. Verhoef-Brink]]", "{{Waterschap Rivierenland}}", "omgevingsmanager", "[[AVB]]"],
                   ["[[M. Özdemir-Janssen]]", "{{Waterschap Rivierenland}}", "contractmanager", "[[MÖJ]]"],
                   ["[[B. Timmerman]]", "combinatie {{Waalwaard}}", "projectdirecteur", "[[BT]]"],
                   ["[[L. Henskens]]", "combinatie {{Waalwaard}}", "omgevingsmanager", "[[LHe]]"],
                   ["[[G. Versteeg]]", "{{Heijmans}}", "hoofduitvoerder (verslag)", "[[GV]]"],
                   ["[[R. Bouzambou]]", "{{Van Oord}}", "KAM-coördinator", "[[RB]]"]],
         {"widths": [38, 50, 52, 20]}),
        ("p", "Afwezig met kennisgeving: [[ir. H.W. van den Akker]] ({{Rijkswaterstaat}}, beheerder uiterwaard)."),
        ("h2", "1. Veiligheid"),
        ("p", "[[RB]] meldt één incident: een medewerker van onderaannemer {{Grondverzet Betuwe}} raakte op 2 juli "
              "gewond aan de hand. De medewerker ([[Piotr Wiśniewski]]) is [[na een operatie aan zijn hand drie weken "
              "arbeidsongeschikt|HEALTH]]. Melding is gedaan bij de {{Nederlandse Arbeidsinspectie}}."),
        ("h2", "2. Omgeving en schade"),
        ("p", "[[LHe]] en [[AVB]] hebben de bewoners van de {{Waalbandijk|PLACE}} bezocht. Bij de familie [[Yıldız]] zijn "
              "scheuren gezien; de nulmeting van {{Vibra Consult}} wordt vergeleken. De heer [[Kortekaas]] heeft zich "
              "bij de dijkgraaf beklaagd; dijkgraaf {{Romijn|PERSON_PUBLIC}} heeft hem op 8 juli gesproken."),
        ("h2", "3. Planning"),
        ("p", "Het werkvak {{Haaften|PLACE}}-{{Hellouw|PLACE}} ligt twee weken voor. De afsluiting van de "
              "{{Graaf Reinaldweg|STREET}} begint op 18 augustus. De aanvoer van klei via de {{Waal|PLACE}} "
              "(overslag {{Waardenburg|PLACE}}) vraagt een melding bij {{Rijkswaterstaat}} op grond van het "
              "{{Besluit activiteiten leefomgeving|LAW}}."),
        ("h2", "4. Actielijst"),
        ("table", [["Nr.", "Actie", "Actiehouder", "Datum"],
                   ["14.1", "Ruwe trillingsdata nr. 23 en 25 aan schadeloket", "[[BT]]", "17-07-2025"],
                   ["14.2", "Bewonersbrief afsluiting {{Graaf Reinaldweg|STREET}}", "[[LHe]] / [[AVB]]", "31-07-2025"],
                   ["14.3", "Meerwerkvoorstel kabels en leidingen ({{Liander}}, {{Vitens}})", "[[MÖJ]]", "24-07-2025"],
                   ["14.4", "Incidentrapport hand onderaannemer", "[[RB]]", "17-07-2025"]],
         {"widths": [14, 96, 30, 30]}),
        ("small", "Verslag: [[g.versteeg@heijmans.nl|EMAIL]] · volgende bouwvergadering 24 juli 2025"),
    ]))

# ------------------------------------------------------------------ ww13 schade-expertiserapport (2 pages)
DOCS.append(dict(
    id="ww13", producer="rl", font="dejavuserif", size=9.5, title="Expertiserapport bouwkundige schade Waalbandijk",
    meta={"author": "[[ing. C.A. Mulder-Tjin]]", "title": "Rapport SCH-TIWA-2025-0147"},
    hidden={"outline": [("Rapport [[Kortekaas]] Waalbandijk, opname met [[Rutger Kortekaas]]", 0), ("Bijlage foto's woning [[Yıldız]]", 1)]},
    blocks=[
        ("h1", "Expertiserapport bouwkundige schade"),
        ("table", [["Opdrachtgever", "{{Waterschap Rivierenland}}, schadeloket {{Dijkversterking Tiel-Waardenburg|PROGRAM}}"],
                   ["Dossier", "{{SCH-TIWA-2025-0147|REF}} en {{SCH-TIWA-2025-0152|REF}}"],
                   ["Expert", "[[ing. C.A. Mulder-Tjin]] RT, {{Expertisebureau Dekker & Van Rijn}}"],
                   ["Contact expert", "[[c.mulder@dekkervanrijn.nl|EMAIL]] · [[06-41 05 96 22|PHONE]]"],
                   ["Datum opname", "15 juli 2025"]],
         {"header": False, "labels": True, "widths": [40, 130]}),
        ("h2", "1. Object A: [[Waalbandijk 23|ADDRESS]], {{Ochten|PLACE}}"),
        ("p", "Eigenaar en bewoner: de heer [[D.J. Kortekaas]] en mevrouw [[M.E. Kortekaas-Vermeulen]]. Vrijstaande "
              "dijkwoning, bouwjaar circa 1925, gefundeerd op staal. Bij de opname waren de heer [[Kortekaas]] en "
              "zijn zoon [[Rutger]] aanwezig. Namens de combinatie {{Waalwaard}} was mevrouw [[Henskens]] aanwezig."),
        ("p", "Bevindingen: trapsgewijze scheur in de voorgevel (max. 3 mm), scheur boven de deur van de woonkamer "
              "(1,5 mm), klemmende voordeur. Bij de nulmeting van 12 maart 2025 waren deze scheuren niet aanwezig "
              "(foto's 7 en 8 van de nulmeting). De gemeten trillingssnelheden (6,2 mm/s) liggen boven de "
              "grenswaarde van de {{SBR-richtlijn|LAW}} deel A voor gebouwcategorie 2."),
        ("p", "Conclusie: causaal verband met de damwandwerkzaamheden is aannemelijk. Herstelkosten: € 13.150 "
              "inclusief btw. De bewoners vragen daarnaast vergoeding van kosten voor een tijdelijk logeeradres, omdat "
              "mevrouw [[Kortekaas-Vermeulen]] [[na haar chemotherapie geen stof en lawaai verdraagt|HEALTH]]. Dit valt "
              "buiten de bouwkundige expertise; ik verwijs naar de schadecommissie."),
        ("pb",),
        ("h2", "2. Object B: [[Waalbandijk 25|ADDRESS]], {{Ochten|PLACE}}"),
        ("p", "Bewoners: de heer [[Mehmet Yıldız]], mevrouw [[Elif Yıldız-Aksoy]] en hun kinderen. Huurwoning van "
              "woningcorporatie {{Thius}}. Aanwezig bij de opname: de heer [[Yıldız]] en de heer [[T. Bosch]] (opzichter "
              "{{Thius}})."),
        ("p", "Bevindingen: haarscheuren in het stucwerk van de slaapkamers (< 0,5 mm); deze waren bij de nulmeting "
              "deels al aanwezig. Geen constructieve schade. Herstelkosten: € 1.480. De heer [[Yıldız]] gaf aan dat hij "
              "[[als moslim|RELIGION]] tijdens de werkzaamheden op vrijdagmiddag niet thuis kan zijn; een nieuwe afspraak is "
              "gemaakt via {{schade@dijkversterking-tiwa.nl|EMAIL}}."),
        ("h2", "3. Ondertekening"),
        ("p", "{{Ochten|PLACE}}/{{Utrecht|PLACE}}, 22 juli 2025"),
        ("sig", "C. Mulder"),
        ("p", "[[C.A. Mulder-Tjin]], register-expert, {{NIVRE}}-lid [[nr. 8823|ID]]"),
    ]))

# ------------------------------------------------------------------ ww14 beslissing op bezwaar (Times, 2 pages)
DOCS.append(dict(
    id="ww14", producer="rl", font="times", size=10.5, title="Beslissing op bezwaar watervergunning beregening",
    blocks=[
        letterhead("[[De heer J. Pastoor]]\n[[Achterweg 21|ADDRESS]]\n[[4153 RB|ADDRESS]] {{Rumpt|PLACE}}"),
        ("table", [["Datum", "15 juli 2025"], ["Kenmerk", "{{WSRL/JZ/2025/0188|REF}}"],
                   ["Zaaknummer", "{{2025-016201|REF}}"], ["Behandelaar", "mr. [[D. Sprenkeling]], {{Juridische Zaken|FUNCTION}}"],
                   ["Telefoon", "{{(0345) 639 111|PHONE}} (vraag naar Juridische Zaken)"]],
         {"header": False, "labels": True, "widths": [35, 125]}),
        ("p", "Onderwerp: beslissing op uw bezwaar tegen de watervergunning van 2 mei 2025"),
        ("p", "Geachte heer [[Pastoor]],"),
        ("p", "U heeft op 10 mei 2025 bezwaar gemaakt tegen de watervergunning voor het onttrekken van grondwater "
              "voor beregening van uw boomgaard in {{Rumpt|PLACE}}. U bent het niet eens met het voorschrift dat de "
              "onttrekking moet stoppen wanneer de grondwaterstand in peilbuis {{B39A0112|REF}} onder NAP -0,40 m daalt."),
        ("h2", "Hoorzitting"),
        ("p", "Op 24 juni 2025 bent u gehoord door de {{Adviescommissie bezwaarschriften}} van het waterschap. "
              "Voorzitter van de commissie was mr. [[A.G. Luijendijk]]; leden waren [[drs. K. Moerman]] en "
              "[[mr. S.E. Hol-van Dalen]]. U werd bijgestaan door uw adviseur [[Hein van Ooijen]] van "
              "{{LTO Noord}}. Namens het waterschap waren aanwezig de heer [[T. Ravensbergen]] (hydroloog) en "
              "mevrouw [[M. van der Zwaan]] (vergunningverlener). Het verslag van de hoorzitting is bijgevoegd."),
        ("h2", "Overwegingen"),
        ("p", "De commissie overweegt dat het voorschrift nodig is om verdroging van het {{Natura 2000|PROGRAM}}-gebied "
              "{{Uiterwaarden Waal|PLACE}} en van de kwelafhankelijke natuur langs de {{Linge|PLACE}} te voorkomen. De "
              "{{Omgevingswet|LAW}} (artikel 5.1, in samenhang met het {{Besluit activiteiten leefomgeving|LAW}}) en het "
              "{{Waterbeheerprogramma 2022-2027|PROGRAM}} bieden daarvoor de grondslag. Uw stelling dat uw bedrijf "
              "zonder beregening niet kan voortbestaan, is door u niet onderbouwd. U heeft de commissie wel "
              "gewezen op de [[gezondheidstoestand van uw vader na diens beroerte|HEALTH]]; die omstandigheid is "
              "begrijpelijk, maar niet relevant voor de vraag of het voorschrift rechtmatig is."),
        ("pb",),
        ("h2", "Besluit"),
        ("p", "Het {{dagelijks bestuur}} van {{Waterschap Rivierenland}} besluit, conform het advies van de commissie:\n"
              "1. het bezwaar ongegrond te verklaren;\n2. de watervergunning in stand te laten met aanvulling van de "
              "motivering als hiervoor weergegeven."),
        ("h2", "Beroep"),
        ("p", "Tegen dit besluit kunt u binnen zes weken beroep instellen bij de {{Rechtbank Gelderland|ORG}}, "
              "sector bestuursrecht, Postbus 9030, 6800 EM {{Arnhem|PLACE}}."),
        ("p", "Hoogachtend,\nhet dagelijks bestuur van {{Waterschap Rivierenland}},"),
        ("table", [["de secretaris-directeur,", "de dijkgraaf,"],
                   ["(getekend)", "(getekend)"],
                   ["", "{{H.J. Romijn|PERSON_PUBLIC}}"]], {"header": False, "grid": False, "widths": [80, 80]}),
        ("small", "Afschrift: [[H. van Ooijen]], {{LTO Noord}}, regio {{Rivierenland|PLACE}}"),
    ]))

# ------------------------------------------------------------------ ww15 Woo inventarislijst
DOCS.append(dict(
    id="ww15", producer="rl", font="helv", size=8.5, title="Inventarislijst Woo-verzoek 2025-0044",
    meta={"author": "[[J. van 't Riet]]", "subject": "Woo-besluit 2025-0044"},
    blocks=[
        ("h1", "Inventarislijst Woo-verzoek {{WOO-2025-0044|REF}}"),
        ("p", "Verzoek van 12 mei 2025 van mr. [[L.M. Dijkhuizen]] ({{Dijkhuizen & Blom Advocaten}}) namens "
              "[[Maatschap Verwoerd|ORG_PERSON]] over de handhaving in de polder {{Tielerwaard|PLACE}}. "
              "Besluit van 14 juli 2025; coördinator [[J. van 't Riet]]."),
        ("table", [["Nr.", "Document", "Datum", "Beoordeling", "Grond", "Toelichting"],
                   ["1", "Controlerapport {{TH-2025-1187|REF}}", "19-06-2025", "deels openbaar", "{{5.1.2e|REF}}, {{5.1.1d|REF}}", "gezondheid en strafrechtelijke gegevens"],
                   ["2", "Chatexport Teams kanaal Handhaving", "22-07-2025", "deels openbaar", "{{5.1.2e|REF}}", ""],
                   ["3", "Mail [[Schoonderwoerd]] aan [[El Khayari]]", "19-06-2025", "deels openbaar", "{{5.1.2e|REF}}", ""],
                   ["4", "Foto's 1-9 demping", "19-06-2025", "openbaar", "", "kenteken onleesbaar gemaakt"],
                   ["5", "Voornemen last onder dwangsom {{HH/2025/0931|REF}}", "08-07-2025", "deels openbaar", "{{5.1.2e|REF}}", ""],
                   ["6", "Notitie DB 1 juli 2025", "26-06-2025", "deels openbaar", "{{5.1.2e|REF}}, {{5.2.1|REF}}", "persoonlijke beleidsopvattingen"],
                   ["7", "Telefoonnotitie gesprek [[B. Verwoerd]]", "20-06-2025", "deels openbaar", "{{5.1.2e|REF}}", ""],
                   ["8", "Mail {{Omgevingsdienst Rivierenland}} asbest", "23-06-2025", "openbaar", "", "reeds openbaar (zie {{ODR}})"],
                   ["9", "Besluitenlijst DB 1 juli 2025", "01-07-2025", "openbaar", "", "gepubliceerd"],
                   ["10", "Mail [[Oosterlee]] aan heemraad {{Nijenhuis|PERSON_PUBLIC}}", "30-06-2025", "deels openbaar", "{{5.1.2e|REF}}", ""],
                   ["11", "Persoonlijk dossier toezichthouder", "-", "niet openbaar", "{{5.1.2e|REF}}", "valt buiten verzoek"]],
         {"widths": [9, 58, 20, 24, 22, 37]}),
        ("p", "Vragen: {{woo@wsrl.nl|EMAIL}}. Het besluit wordt gepubliceerd op {{open.overheid.nl|URL}}."),
    ]))

# ------------------------------------------------------------------ ww16 beslisnota DB (docx, with empty section)
DOCS.append(dict(
    id="ww16", producer="docx", docx_font="Verdana", size=9.5, title="Nota DB meerwerk combinatie Waalwaard",
    meta={"author": "[[M. Özdemir-Janssen]]"},
    blocks=[
        ("h1", "Nota aan het dagelijks bestuur"),
        ("table", [["Aan", "{{dagelijks bestuur}}, portefeuillehouder heemraad {{Kuipers-Abma|PERSON_PUBLIC}}"],
                   ["Van", "[[M. Özdemir-Janssen]], contractmanager {{Dijkversterking Tiel-Waardenburg|PROGRAM}}"],
                   ["Datum", "24 juni 2025"], ["Kenmerk", "{{DB-2025-0617|REF}}"],
                   ["Contactpersoon", "[[Meryem Özdemir-Janssen]], [[06-47 30 12 85|PHONE]], [[m.ozdemir@wsrl.nl|EMAIL]]"],
                   ["Kopie aan", "[[P. de Gooijer]] (projectmanager), {{HWBP}}-programmadirectie"]],
         {"header": False, "labels": True}),
        ("h2", "Aanleiding"),
        ("p", "De combinatie {{Waalwaard}} heeft op 6 juni 2025 een meerwerkclaim van € 2,34 miljoen ingediend voor het "
              "verleggen van kabels en leidingen van {{Liander}} en {{Vitens}} in het werkvak {{Haaften|PLACE}}. Volgens de "
              "combinatie was de ligging in de {{KLIC}}-melding onjuist."),
        ("h2", "Geadviseerd besluit"),
        ("p", "Aan het dagelijks bestuur wordt gevraagd: het meerwerkvoorstel aan te houden tot de "
              "{{HWBP}}-programmadirectie de subsidiabiliteit heeft getoetst, en de contractmanager te mandateren het "
              "gesprek met de combinatie te voeren."),
        ("h2", "Kern"),
        ("p", "De heer [[Timmerman]] (projectdirecteur combinatie) heeft in het overleg van 12 juni aangegeven dat de "
              "combinatie anders de planning niet kan garanderen. [[PdG]] en ondergetekende achten de claim voor "
              "circa 40% gegrond. Het {{Ministerie van Infrastructuur en Waterstaat}} hoeft niet te worden betrokken; de "
              "{{Uitvoeringsregeling HWBP|LAW}} biedt ruimte binnen het projectbudget."),
        ("h2", "Krachtenveld"),
        ("p", "De {{Unie van Waterschappen}} volgt de indexatie in HWBP-projecten. Gemeente {{West Betuwe|PLACE}} "
              "(wethouder {{Van Zuijlen|PERSON_PUBLIC}}) dringt aan op beperking van de overlast."),
        ("h2", "Informatie die niet openbaar gemaakt kan worden"),
        ("p", "[in te vullen]"),
        ("h2", "Bijlagen"),
        ("p", "1. Meerwerkvoorstel combinatie {{Waalwaard}}, kenmerk {{WW-MW-031|REF}}\n2. Toets contractmanagement"),
        ("table", [["Naam", "Functie", "Paraaf", "Datum"],
                   ["[[M. Özdemir-Janssen]]", "contractmanager", "[[MÖJ]]", "24-06"],
                   ["[[P. de Gooijer]]", "projectmanager", "[[PdG]]", "25-06"],
                   ["[[R. Vermaat]]", "afdelingshoofd {{Projecten|FUNCTION}}", "[[RV]]", "25-06"]]),
    ]))

# ------------------------------------------------------------------ ww17 letter from lawyer (LibSerif)
DOCS.append(dict(
    id="ww17", producer="rl", font="libserif", size=10.5, title="Zienswijze namens Maatschap Verwoerd",
    meta={"author": "[[L.M. Dijkhuizen]]", "creator": "Microsoft Word"},
    blocks=[
        ("p", "{{Dijkhuizen & Blom Advocaten}}\n{{Stationsweg|STREET}} 41 · 4001 LL {{Tiel|PLACE}} · "
              "T {{0344 61 88 00|PHONE}} · {{kantoor@dijkhuizenblom.nl|EMAIL}}"),
        ("sp", 5),
        ("p", "Per e-mail: {{handhaving@wsrl.nl|EMAIL}}\nHet dagelijks bestuur van {{Waterschap Rivierenland}}\n"
              "t.a.v. mevrouw mr. [[F. El Khayari]]\nPostbus 599\n4000 AN {{Tiel|PLACE}}"),
        ("table", [["Uw kenmerk", "Ons kenmerk", "Datum"],
                   ["{{HH/2025/0931|REF}}", "LMD/25.0412", "21 juli 2025"]], {"widths": [50, 50, 50]}),
        ("p", "Inzake: zienswijze voornemen last onder dwangsom – cliënt [[Verwoerd]]"),
        ("p", "Geachte mevrouw [[El Khayari]],"),
        ("p", "Namens mijn cliënt, de heer [[Hendrik Adriaan Verwoerd]], [[geboren op 11 september 1963|DOB]], "
              "wonende aan de [[Lingedijk 142|ADDRESS]] te {{Geldermalsen|PLACE}}, geef ik hierbij zijn zienswijze op "
              "het voornemen van 8 juli 2025."),
        ("p", "1. Cliënt betwist niet dat de watergang gedeeltelijk is gedempt. De demping is echter uitgevoerd tijdens "
              "zijn ziekenhuisopname in verband met een [[bypassoperatie|HEALTH]], buiten zijn medeweten, door zijn "
              "zoon [[Bart]]. Cliënt had de werkzaamheden niet in de hand."),
        ("p", "2. De verwijzing in het controlerapport naar een [[proces-verbaal uit 2019|CRIMINAL]] is onjuist en "
              "disproportioneel. Die zaak is door het {{Openbaar Ministerie}} geseponeerd. Ik verzoek u die passage "
              "uit het dossier te verwijderen; het betreft strafrechtelijke persoonsgegevens in de zin van artikel 10 "
              "{{AVG|LAW}}."),
        ("p", "3. De hersteltermijn van acht weken is te kort. Het oogstseizoen loopt tot half oktober en loonbedrijf "
              "{{Van Mourik Agrarische Dienstverlening}} kan pas in november. Cliënt verzoekt een termijn tot "
              "1 december 2025."),
        ("p", "4. De dwangsom van € 2.500 per week staat niet in verhouding tot de financiële positie van het bedrijf. "
              "Zie de jaarcijfers van de maatschap (bijlage 2, vertrouwelijk)."),
        ("p", "Ik verzoek u cliënt in de gelegenheid te stellen zijn zienswijze ook mondeling toe te lichten. Ik ben "
              "bereikbaar op [[06-29 84 40 17|PHONE]] en via [[lm.dijkhuizen@dijkhuizenblom.nl|EMAIL]]."),
        ("p", "Met vriendelijke groet,"),
        ("sig", "L. Dijkhuizen"),
        ("p", "mr. [[L.M. (Lieke) Dijkhuizen]]\nadvocaat"),
    ]))

# ------------------------------------------------------------------ ww18 persbericht
DOCS.append(dict(
    id="ww18", producer="rl", font="helv", size=10, title="Persbericht dijkversterking Tiel-Waardenburg",
    blocks=[
        ("small", "PERSBERICHT · {{Waterschap Rivierenland}} · {{Tiel|PLACE}}, 28 augustus 2025"),
        ("h1", "Eerste dijkvak {{Dijkversterking Tiel-Waardenburg|PROGRAM}} klaar"),
        ("p", "De eerste 2,4 kilometer van de versterkte {{Waalbandijk|PLACE}} tussen {{Haaften|PLACE}} en {{Hellouw|PLACE}} "
              "is klaar. Dijkgraaf {{Romijn|PERSON_PUBLIC}}: \"Hiermee beschermen we ruim 600.000 mensen in het "
              "rivierengebied beter tegen hoogwater.\" Het project is onderdeel van het "
              "{{Hoogwaterbeschermingsprogramma|PROGRAM}}, een samenwerking van de waterschappen en {{Rijkswaterstaat}}."),
        ("p", "Heemraad {{Kuipers-Abma|PERSON_PUBLIC}} (portefeuille waterveiligheid) bedankte de bewoners voor hun geduld. "
              "\"We weten dat de trillingen bij een aantal woningen schade hebben veroorzaakt. Iedereen met schade kan "
              "terecht bij het schadeloket.\" Tot nu toe zijn 34 meldingen ontvangen; 19 zijn afgehandeld."),
        ("p", "De combinatie {{Waalwaard}}, een samenwerking van {{Van Oord}} en {{Heijmans}}, werkt volgens het "
              "{{Deltaprogramma|PROGRAM}} en de normen van de {{Waterwet|LAW}}, sinds 2024 opgenomen in de "
              "{{Omgevingswet|LAW}}. Minister van {{Infrastructuur en Waterstaat|ORG}} bezoekt het project op 4 september."),
        ("p", "Op 13 september is er een open dag bij het projectbureau in {{Haaften|PLACE}}. Wandelaars kunnen de nieuwe "
              "dijk al gebruiken; het fietspad langs de {{Burgemeester Van Andelweg|STREET}} gaat in oktober open."),
        ("h2", "Noot voor de redactie (niet voor publicatie)"),
        ("p", "Meer informatie: woordvoerder {{Gerrit Hoogendoorn|PERSON_PUBLIC}}, {{(0345) 639 111|PHONE}} of "
              "{{pers@wsrl.nl|EMAIL}}. Buiten kantoortijd: persdienst {{06 55 10 20 30|PHONE}}. "
              "Foto's: [[Anouk Zandbergen]] (projectfotograaf), via {{mediabank.wsrl.nl|URL}}. "
              "Vragen over het schadeloket: {{schade@dijkversterking-tiwa.nl|EMAIL}}."),
    ]))

# ------------------------------------------------------------------ ww19 proces-verbaal BOA (scan, typed)
DOCS.append(dict(
    id="ww19", producer="scan", font="courier", size=10.5, title="Proces-verbaal van bevindingen (scan)",
    blocks=[
        ("h2", "PROCES-VERBAAL VAN BEVINDINGEN"),
        ("p", "Nummer: PV-WSRL-2025-0077\nWaterschap Rivierenland, domein I (Milieu, welzijn en infrastructuur)"),
        ("p", "Ik, verbalisant, [[Erik-Jan Schoonderwoerd]], buitengewoon opsporingsambtenaar, BOA-nummer "
              "[[1047-221|ID]], verklaar het volgende:"),
        ("p", "Op donderdag 19 juni 2025 omstreeks 10.40 uur bevond ik mij op de Lingedijk te Geldermalsen. Daar zag "
              "ik dat de watergang was gedempt. Ter plaatse trof ik een man aan die mij opgaf te zijn:"),
        ("p", "Achternaam: [[Verwoerd]]\nVoornamen: [[Bart Hendrik]]\nGeboren: [[04-05-1991|DOB]] te Tiel\n"
              "Adres: [[Lingedijk 142|ADDRESS]], Geldermalsen\nBSN: [[231407610|BSN]]"),
        ("p", "Na de cautie verklaarde hij: \"Ik heb de sloot laten dichtgooien met grond van de erfverharding. Mijn "
              "vader weet er niets van.\" Uit raadpleging van het justitieel documentatiesysteem bleek dat betrokkene "
              "[[in 2021 is veroordeeld voor heling|CRIMINAL]]."),
        ("p", "Waarvan door mij is opgemaakt dit proces-verbaal, dat ik sloot en ondertekende te Tiel op 20 juni 2025."),
        ("sig", "E.J. Schoonderwoerd"),
        ("p", "[[E.J. Schoonderwoerd]]"),
    ]))

# ------------------------------------------------------------------ ww20 AB agenda + insprekers
DOCS.append(dict(
    id="ww20", producer="rl", font="dejavu", size=9.5, title="Agenda AB 17 september 2025",
    blocks=[
        ("h1", "Agenda openbare vergadering {{Algemeen Bestuur}}"),
        ("p", "Woensdag 17 september 2025, 13.30 uur, {{Waterschapshuis|PLACE}}, {{De Blomboogerd 1|ADDRESS}}, {{Tiel|PLACE}}. "
              "De vergadering is live te volgen via {{wsrl.bestuurlijkeinformatie.nl|URL}}."),
        ("table", [["Nr.", "Onderwerp", "Portefeuillehouder", "Stuk"],
                   ["1", "Opening en mededelingen", "dijkgraaf {{Romijn|PERSON_PUBLIC}}", "-"],
                   ["2", "Vaststellen verslag AB 25 juni 2025", "dijkgraaf {{Romijn|PERSON_PUBLIC}}", "{{AB-2025-061|REF}}"],
                   ["3", "Spreekrecht burgers (zie hieronder)", "-", "-"],
                   ["4", "Voortgangsrapportage {{HWBP}} 2025-II", "heemraad {{Kuipers-Abma|PERSON_PUBLIC}}", "{{AB-2025-066|REF}}"],
                   ["5", "Wijziging {{Waterschapsverordening|LAW}} (grondwateronttrekkingen)", "heemraad {{Van Eck|PERSON_PUBLIC}}", "{{AB-2025-067|REF}}"],
                   ["6", "Handhavingsuitvoeringsprogramma 2026", "heemraad {{Nijenhuis|PERSON_PUBLIC}}", "{{AB-2025-068|REF}}"],
                   ["7", "Tweede bestuursrapportage", "heemraad {{Stoutjesdijk|PERSON_PUBLIC}}", "{{AB-2025-069|REF}}"],
                   ["8", "Rondvraag en sluiting", "", ""]],
         {"widths": [10, 85, 50, 25]}),
        ("h2", "Aangemelde insprekers (agendapunt 3)"),
        ("p", "Aanmelden kan tot 24 uur voor de vergadering via {{griffie@wsrl.nl|EMAIL}}. Insprekers krijgen vijf minuten."),
        ("table", [["Naam", "Woonplaats", "Onderwerp", "Telefoon"],
                   ["[[dhr. D.J. Kortekaas]]", "{{Ochten|PLACE}}", "schadeafhandeling dijkversterking", "[[06-20 97 31 15|PHONE]]"],
                   ["[[mw. W.M. Tersteeg]]", "{{Ingen|PLACE}}", "gezondheidsklachten door stof", "[[0344 60 21 93|PHONE]]"],
                   ["[[dhr. J. Pastoor]]", "{{Rumpt|PLACE}}", "grondwaterpeil en fruitteelt", "[[06-51 30 88 27|PHONE]]"],
                   ["[[mw. Ö. Kaya]]", "{{Zaltbommel|PLACE}}", "wateroverlast {{Oude Maasje|PLACE}}", "[[06-18 44 02 61|PHONE]]"]],
         {"widths": [40, 30, 70, 30]}),
        ("small", "Lijst insprekers: intern, niet voor publicatie. Samengesteld door griffie ([[ihbakker|USERNAME]], "
                  "10-09-2025)."),
    ]))

# ------------------------------------------------------------------ ww21 English e-mail with consortium
DOCS.append(dict(
    id="ww21", producer="rl", font="libsans", size=9.5, title="RE: Lessons learned vibration monitoring",
    meta={"author": "[[Rachid Bouzambou]]"},
    blocks=[
        ("table", [["From:", "[[Rachid Bouzambou]] <[[r.bouzambou@vanoord.com|EMAIL]]>"],
                   ["Sent:", "Wednesday, 6 August 2025 10:14"],
                   ["To:", "[[de Gooijer, Pieter]] <[[p.degooijer@wsrl.nl|EMAIL]]>"],
                   ["Cc:", "[[Henskens, Lotte]]; [[Claire Whitfield]] <[[c.whitfield@arcadis.com|EMAIL]]>"],
                   ["Subject:", "RE: Lessons learned vibration monitoring TiWa"]],
         {"header": False, "labels": True, "grid": False, "widths": [20, 150]}),
        ("p", "Hi [[Pieter]],"),
        ("p", "Please find our comments below in blue. In short: we agree that the vibration limits of the "
              "{{SBR guideline|LAW}} were exceeded at two houses in {{Ochten|PLACE}} and that the early warning "
              "did not reach the site team in time. [[Claire]] from {{Arcadis}} will join the lessons learned "
              "session on 20 August as independent reviewer."),
        ("p", "Regarding the resident at no. 25: we understood from [[Lotte]] that the family's daughter is "
              "[[receiving mental health treatment|HEALTH]]. We suggest a personal visit by the "
              "{{Waterschap Rivierenland}} liaison rather than by our staff."),
        ("p", "Best regards,\n[[Rachid Bouzambou]]\nHSE Coordinator | {{Van Oord}} Dredging and Marine Contractors\n"
              "Mobile [[+31 6 15 72 08 46|PHONE]] | {{www.vanoord.com|URL}}"),
        ("mono", "From: [[de Gooijer, Pieter]] <[[p.degooijer@wsrl.nl|EMAIL]]>\n"
                 "Sent: Tuesday, 5 August 2025 17:40\n"
                 "To: [[Rachid Bouzambou]]\n"
                 "Subject: Lessons learned vibration monitoring TiWa"),
        ("p", "Dear [[Rachid]],\n\nAs discussed in the progress meeting (action 14.4), could you share the incident "
              "report and your view on the monitoring set-up? The {{HWBP}} programme office has asked all "
              "projects for lessons learned on vibrations before the {{Knowledge Programme|PROGRAM}} workshop.\n\n"
              "Kind regards,\n[[Pieter de Gooijer]]\nProject manager {{Dijkversterking Tiel-Waardenburg|PROGRAM}}"),
    ]))

# ------------------------------------------------------------------ ww22 melding grondwateronttrekking (form fields)
DOCS.append(dict(
    id="ww22", producer="rl", font="helv", size=9.5, title="Meldingsformulier grondwateronttrekking",
    fields={"naam_melder": (60, 200, 100, "[[Gerrit-Jan van Heumen]]"),
            "email_melder": (60, 190, 100, "[[gj.vanheumen@kpnmail.nl|EMAIL]]"),
            "telefoon_melder": (60, 180, 100, "[[06-38 21 47 90|PHONE]]"),
            "bsn_melder": (60, 170, 100, "[[164223757|BSN]]")},
    blocks=[
        ("h1", "Melding onttrekken grondwater"),
        ("p", "{{Waterschap Rivierenland}} · op grond van de {{Waterschapsverordening|LAW}} en de {{Omgevingswet|LAW}}. "
              "Stuur het ingevulde formulier naar {{vergunningen@wsrl.nl|EMAIL}} of dien de melding in via het "
              "{{Omgevingsloket|PRODUCT}}."),
        ("table", [["Onderdeel", "Ingevuld"],
                   ["Soort onttrekking", "beregening grasland, bron op 32 m -mv"],
                   ["Capaciteit", "18 m3 per uur, max. 45.000 m3 per jaar"],
                   ["Locatie bron", "{{Zoelen|PLACE}}, perceel sectie [[K 1187|CADASTRAL]] (eigendom melder)"],
                   ["Coördinaten (RD)", "X 156.210 / Y 433.870"],
                   ["Bedrijf", "[[Melkveebedrijf Van Heumen|ORG_PERSON]], KvK [[30187744|ID]]"],
                   ["Relatienummer", "[[RL-0065541|ID]]"]],
         {"widths": [45, 125]}),
        ("p", "Gegevens melder (in te vullen in de velden hieronder):"),
        ("sp", 48),
        ("small", "Ontvangen door het team Vergunningen op 3 juni 2025, zaak {{2025-015544|REF}}. Getoetst aan het "
                  "{{Besluit activiteiten leefomgeving|LAW}} en de {{Beleidsregel grondwateronttrekkingen 2024|LAW}}."),
    ]))
