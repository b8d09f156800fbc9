"""Documents hk01-hk10."""
from reportlab.lib.units import mm

HDR_UHT = "Uitvoeringsorganisatie Herstel Toeslagen\nDirectoraat-Generaal Toeslagen | Ministerie van Financiën"
D = []

# ---------------------------------------------------------------- hk01 Kamerbrief concept with paraph table
D.append(dict(stem="hk01_kamerbrief_concept_voortgang", producer="rl", font="Times-Roman", size=10.5,
    header="Ministerie van Financiën\nCONCEPT - niet verspreiden", footer="Kenmerk 2023-0000219874",
    hidden_ops={"author": "Wijnbergen, H.", "title": "Concept 3 Kamerbrief 13e voortgangsrapportage HW"},
    hidden=[("metadata", "PERSON", "Wijnbergen, H."), ("metadata", "PARAPH", "HW")],
    blocks=[
    ("kv", [["Aan", "De voorzitter van de {{O|Tweede Kamer der Staten-Generaal}}\nPostbus 20018\n2500 EA  Den Haag"],
            ["Datum", "{{D|22 juni 2023}}"],
            ["Betreft", "Dertiende {{G|Voortgangsrapportage Hersteloperatie Kinderopvangtoeslag}}"],
            ["Ons kenmerk", "{{Z|2023-0000219874}}"],
            ["Bijlagen", "2 (VGR 13; reactie {{O|Commissie Werkelijke Schade}})"]], [0.2, 0.8]),
    ("sp", 4),
    ("p", "Geachte voorzitter,"),
    ("p", "Hierbij bied ik u de dertiende voortgangsrapportage aan over de hersteloperatie voor ouders die zijn gedupeerd "
          "door de problemen met de kinderopvangtoeslag. De rapportage beschrijft de periode januari tot en met april 2023. "
          "Eerder heb ik uw Kamer toegezegd vaker te rapporteren over de doorlooptijden van de {{G|integrale beoordeling}} "
          "bij de {{O|Uitvoeringsorganisatie Herstel Toeslagen}} ({{O|UHT}})."),
    ("h", "1. Stand van zaken"),
    ("p", "Op 30 april 2023 hadden zich ruim 68.000 ouders aangemeld. Bij ongeveer 29.000 ouders is de eerste toets afgerond. "
          "De {{G|Catshuisregeling}} van € 30.000 is aan vrijwel alle gedupeerde ouders uitbetaald. Voor kinderen van gedupeerde "
          "ouders loopt de {{G|kindregeling}} op grond van de {{W|Wet hersteloperatie toeslagen}}. Ook ex-partners en nabestaanden "
          "kunnen een tegemoetkoming ontvangen."),
    ("p", "De {{O|Commissie Werkelijke Schade}} ({{O|CWS}}) heeft in de rapportageperiode 1.240 adviezen uitgebracht. "
          "De {{O|Bezwaarschriftencommissie}} kampt met een grote voorraad; ik heb de Kamerleden {{R|Omtzigt}} en "
          "{{R|Inge van Dijk}} tijdens het commissiedebat van 11 mei 2023 toegezegd dat ik terugkom op de behandeltermijnen."),
    ("h", "2. Persoonlijk zaakbehandelaars"),
    ("p", "Iedere ouder heeft een {{F|persoonlijk zaakbehandelaar}}. Uit het ouderpanel kwam het signaal dat wisselingen van "
          "zaakbehandelaar als zwaar worden ervaren. In een casus die bij mij is gemeld, kreeg een moeder uit {{L|Almere}} binnen "
          "een jaar drie verschillende zaakbehandelaars. Ik vind dat niet acceptabel."),
    ("p", "Samen met de {{O|Vereniging van Nederlandse Gemeenten}} ({{O|VNG}}) werk ik verder aan de brede ondersteuning op de "
          "vijf leefgebieden. Minister {{R|Kaag}} en ik spreken binnenkort met burgemeester {{R|Aboutaleb}} van {{L|Rotterdam}} "
          "over de aanpak van private schulden."),
    ("p", "Hoogachtend,"),
    ("p", "de staatssecretaris van Financiën - Toeslagen en Douane,\n\n\n{{R|Aukje de Vries}}"),
    ("pb",),
    ("h", "Parafenlijst (intern - niet meezenden)"),
    ("table", [["Naam", "Functie", "Paraaf", "Datum"],
               ["[[H. Wijnbergen]]", "{{F|beleidsmedewerker}} DG Toeslagen", "[[PC|HWi]]", "14-06-2023"],
               ["[[G.J. van Leeuwen-Brandsma]]", "{{F|juridisch adviseur}}", "[[PC|GvLB]]", "15-06-2023"],
               ["[[F. Hogenbirk]]", "plv. directeur UHT", "[[PC|FHo]]", "16-06-2023"],
               ["[[L. Schreuder-van Dam]]", "directiesecretaris", "[[PC|LSvD]]", "16-06-2023"],
               ["{{F|directeur-generaal Toeslagen}}", "DG", "akkoord", "19-06-2023"]], [0.3, 0.35, 0.15, 0.2]),
    ("p", "Opmerking [[PC|GvLB]]: passage over de casus uit Almere afstemmen met [[Hogenbirk]]; de ouder heeft geen toestemming "
          "gegeven voor gebruik van haar situatie. Contact: [[h.wijnbergen@minfin.nl]], mobiel [[06-11378204]]."),
    ("p", "Opmerking [[PC|FHo]]: akkoord, mits de passage over het aantal zaakbehandelaars generiek wordt gemaakt. "
          "Afstemmen met {{O|Kennis & Advies}} ([[Ilse ter Horst]]).")
]))

# ---------------------------------------------------------------- hk02 beslisnota (docx)
D.append(dict(stem="hk02_beslisnota_cws_adviezen", producer="docx", font="Liberation Sans", size=10,
    author_meta="Gijs van Leeuwen-Brandsma", title_meta="Beslisnota CWS",
    hidden=[("metadata", "PERSON", "Gijs van Leeuwen-Brandsma")],
    header="Ministerie van Financiën - Directoraat-Generaal Toeslagen",
    blocks=[
    ("title", "Nota"),
    ("kv", [["Aan", "{{R|staatssecretaris van Financiën - Toeslagen en Douane}}"],
            ["Van", "[[G.J. van Leeuwen-Brandsma]], {{F|juridisch adviseur}}"],
            ["Datum", "3 juli 2023"],
            ["Kenmerk", "{{Z|2023-0000231145}}"],
            ["Onderwerp", "Opvolging adviezen {{O|Commissie Werkelijke Schade}}"],
            ["Kopie aan", "{{F|directeur-generaal Toeslagen}}; directeur {{O|UHT}}"],
            ["Contactpersoon", "[[Hanneke Wijnbergen]]\nT [[06-11378204]]\n[[h.wijnbergen@minfin.nl]]"]], [0.25, 0.75]),
    ("h", "Aanleiding"),
    ("p", "De {{O|Commissie Werkelijke Schade}} ({{O|CWS}}) adviseert over vergoeding van werkelijke schade boven de forfaitaire "
          "bedragen. In een beperkt aantal zaken wijkt {{O|UHT}} af van het advies. Het lid {{R|Alkaya}} ({{O|SP}}) heeft hierover "
          "schriftelijke vragen gesteld (kenmerk {{Z|2023Z09871}})."),
    ("h", "Geadviseerd besluit"),
    ("p", "Aan de staatssecretaris wordt gevraagd in te stemmen met de werkwijze dat afwijken van een CWS-advies alleen mogelijk "
          "is na tussenkomst van de {{F|directeur Uitvoering}}."),
    ("h", "Kern"),
    ("p", "In 2023 week {{O|UHT}} in 37 zaken af. In de casus van mevrouw [[Bouzidi]] (klantnummer [[N|K-4471902]]) ging het om "
          "inkomensschade door arbeidsongeschiktheid: de ouder is sinds 2019 in behandeling voor een [[H|posttraumatische stressstoornis]]. "
          "De CWS adviseerde een vergoeding van € 48.200; {{O|UHT}} stelde € 31.000 vast."),
    ("h", "Toelichting"),
    ("p", "Behandelend jurist was [[Bram Oudejans]]; zijn memo van 12 juni 2023 is als bijlage 2 opgenomen. Afstemming heeft "
          "plaatsgevonden met de {{O|Landsadvocaat}} ({{O|Pels Rijcken}})."),
    ("h", "Krachtenveld"),
    ("p", "De {{O|Nationale ombudsman}} en de {{O|Kinderombudsman}} hebben zich kritisch uitgelaten over de duur van de "
          "hersteloperatie. Het ouderpanel wordt via [[Annelies Ploegmakers]] geïnformeerd."),
    ("h", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "[nog invullen]"),
    ("h", "Paraaf"),
    ("table", [["Naam", "Functie", "Paraaf", "Datum"],
               ["[[Van Leeuwen-Brandsma]]", "{{F|juridisch adviseur}}", "[[PC|GvLB]]", "03-07"],
               ["[[Ruud Bosschaart]]", "{{F|afdelingshoofd Integrale Beoordeling}}", "[[PC|RBo]]", "04-07"]], [0.35, 0.35, 0.15, 0.15]),
]))

# ---------------------------------------------------------------- hk03 e-mail thread (Dutch Outlook)
D.append(dict(stem="hk03_mailwisseling_wisseling_zaakbehandelaar", producer="rl", font="Carlito", size=10.5,
    mono="DejaVuSansMono", monosize=8,
    blocks=[
    ("p", "**Van:** [[Tjon-A-Fong, Marloes]] <[[m.tjonafong@belastingdienst.nl]]>\n"
          "**Verzonden:** dinsdag 7 maart 2023 16:42\n"
          "**Aan:** [[Akker, Jeroen van den]] <[[j.vanden.akker@belastingdienst.nl]]>\n"
          "**CC:** {{M|Herstel-Escalaties@belastingdienst.nl}}; [[Yildirim-Karaca, Sevda]]\n"
          "**Onderwerp:** RE: overdracht dossier {{Z|HT-2023-04417}} (mw. B.)"),
    ("p", "Hoi [[Jeroen]],"),
    ("p", "Ik heb de overdracht aan [[Sevda]] voorbereid. Mevrouw [[Bouzidi]] weet nog niet dat ik per 1 april naar team "
          "Noord ga. Ze is erg gespannen: ze belde vanochtend huilend en vertelde dat haar dochter [[Yasmin]] sinds januari "
          "niet meer naar school gaat. Haar nieuwe adres is [[A|Tarwekamp 112]], [[A|2592 XN]] {{L|Den Haag}} (nog niet verwerkt in "
          "{{P|Mijn Toeslagen}})."),
    ("p", "Kun jij vragen of het {{O|Serviceteam Herstel}} een warme overdracht wil plannen? Mijn mobiel: [[06-41873320]]."),
    ("p", "Groet,\n[[Marloes]]\n\n[[M. Tjon-A-Fong]] | {{F|persoonlijk zaakbehandelaar}}\n{{O|Uitvoeringsorganisatie Herstel Toeslagen}} | team Zuid-West\n"
          "Hulplijn ouders {{X|0800 - 2 358 358}}"),
    ("mono", "-----Oorspronkelijk bericht-----\n"
             "Van: Akker, Jeroen van den <j.vanden.akker@belastingdienst.nl>\n"
             "Verzonden: dinsdag 7 maart 2023 09:15\n"
             "Aan: Tjon-A-Fong, Marloes <m.tjonafong@belastingdienst.nl>\n"
             "Onderwerp: overdracht dossier HT-2023-04417 (mw. B.)\n\n"
             "Hi Marloes,\n\n"
             "Voordat je vertrekt: graag de dossiers met een open CWS-advies overdragen aan Sevda of\n"
             "aan [[Noor]] ([[El Idrissi]]). Bij mw. [[Bouzidi]] loopt ook nog een verzoek kwijtschelding bij\n"
             "het {{O|CJIB}}; BSN [[214573904]]. Let op: bezwaar bij de {{O|Bezwaarschriftencommissie}} staat\n"
             "gepland op 14 maart.\n\n"
             "Gr. Jeroen\n"
             "[[J. van den Akker]] | teamleider | [[06-29554187]]"),
    ("mono", "    > Van: Yildirim-Karaca, Sevda\n"
             "    > Verzonden: maandag 6 maart 2023 17:03\n"
             "    > Aan: Akker, Jeroen van den\n"
             "    > Onderwerp: capaciteit\n"
             "    >\n"
             "    > Jeroen, ik kan er max. 4 dossiers bij hebben. Na mijn verlof (ik ben tot\n"
             "    > 20/3 weg i.v.m. [[H|operatie aan mijn knie]]) kan ik er meer oppakken.\n"
             "    > [[s.yildirim@belastingdienst.nl]] / [[088-1527730]]"),
], ))

# ---------------------------------------------------------------- hk04 English headers, CWS secretariat
D.append(dict(stem="hk04_email_cws_secretariaat", producer="rl", font="Helvetica", size=10,
    blocks=[
    ("p", "**From:** [[Dekkers, Pieter-Jan]] <[[pj.dekkers@minfin.nl]]>\n**Sent:** Thursday, April 20, 2023 11:07 AM\n"
          "**To:** [[Oudejans, Bram]] <[[b.oudejans@belastingdienst.nl]]>\n**Cc:** {{M|secretariaat@commissiewerkelijkeschade.nl}}\n"
          "**Subject:** RE: Adviesaanvraag CWS - zaak {{Z|CWS-2023-1187}}"),
    ("p", "Beste Bram,"),
    ("p", "Dank voor de aanvulling. De commissie behandelt de zaak van de familie [[Verbruggen]] in de zitting van "
          "{{D|9 mei 2023}}. Voor de hoorzitting nodigen we beide ouders uit: de heer [[Dennis Verbruggen]] en mevrouw "
          "[[Chantal Verbruggen-Koster]], [[A|Rozemarijnweg 41]], [[A|1338 HK]] {{L|Almere}}."),
    ("p", "De commissie vraagt nog om de medische stukken over de [[H|burn-out]] van mevrouw (periode 2014-2016) en om het "
          "overzicht van de schuldsanering via de {{O|Wet schuldsanering natuurlijke personen}} ({{W|Wsnp}}). Graag via "
          "{{P|Liquid Files}}, niet per gewone mail."),
    ("p", "Met vriendelijke groet,\n\n[[Pieter-Jan Dekkers]]\n{{F|secretaris}} {{O|Commissie Werkelijke Schade}}\n"
          "M [[+31 6 48 02 19 77]]\n{{Y|Korte Voorhout 7}}, {{L|Den Haag}}"),
    ("p", "**From:** [[Oudejans, Bram]]\n**Sent:** Wednesday, April 19, 2023 4:51 PM\n**To:** [[Dekkers, Pieter-Jan]]\n"
          "**Subject:** Adviesaanvraag CWS - zaak CWS-2023-1187"),
    ("p", "Pieter-Jan,\n\nBijgaand de aanvullende stukken. Kinderen: [[Levi]] (geboren [[D|21-11-2009]]) en [[Noa]] (geboren "
          "[[D|08-05-2013]]). De ouders stonden in de {{T|Fraude Signalering Voorziening}} ({{T|FSV}}); zie de brief van "
          "16 februari 2021. Vraag gerust of de {{O|Landsadvocaat}} mee moet kijken.\n\nBram\n"
          "[[B. Oudejans]] | {{F|jurist}} {{O|Bezwaar, Beroep en Klachten}} | [[088-1524471]]"),
]))

# ---------------------------------------------------------------- hk05 handwritten letter (scan)
D.append(dict(stem="hk05_brief_ouder_handgeschreven", producer="scan", font="femkeklaver", size=14, seed=507, tint=True, nofooter=True, blur=0.6,
    ocr_keep=["Dennis", "Levi", "depressie", "Chantal Verbruggen"],
    blocks=[
    ("right", "Almere, 2 mei 2023"),
    ("p", "Aan mijn zaakbehandelaar mevrouw [[Tjon-A-Fong]]"),
    ("p", "Beste mevrouw,"),
    ("p", "Ik schrijf u deze brief omdat ik u niet kan bereiken. Ik heb al drie keer gebeld. "
          "Mijn man [[Dennis]] en ik wachten nu al twee jaar op de uitkomst."),
    ("p", "Onze zoon [[Levi]] heeft [[H|ADHD]] en zit op speciaal onderwijs. Ik ben zelf weer bij de "
          "huisarts geweest voor mijn [[H|depressie]]. We hebben nog steeds schulden bij de woningcorporatie."),
    ("p", "Ons nieuwe telefoonnummer is [[06 1844 7092]]."),
    ("p", "Met vriendelijke groet,"),
    ("p", "[[Chantal Verbruggen]]\n[[A|Rozemarijnweg 41]]\n[[A|1338 HK]] Almere"),
]))

# ---------------------------------------------------------------- hk06 telefoonnotitie with sticky note
D.append(dict(stem="hk06_telefoonnotitie", producer="rl", font="DejaVuSans", size=9.5, header=HDR_UHT,
    hidden_ops={"annots": [(0, [430, 700, 450, 720], "Bellen via Noor, zij kent de familie. Zie ook mail van Esther Koopmans (gemeente).", "Akker, J. van den")]},
    hidden=[("annotations", "PERSON", "Esther Koopmans"), ("annotations", "PERSON", "Akker, J. van den")],
    blocks=[
    ("title", "Telefoonnotitie"),
    ("kv", [["Datum/tijd", "{{D|15 maart 2023}}, 10.20 uur"],
            ["Gesprek met", "mevrouw [[Fatma Özdemir-Kaya]] (ouder)"],
            ["Telefoon", "[[06-28731945]]"],
            ["BSN", "[[3091.77.522]]"],
            ["Zaaknummer", "{{Z|HT-2023-05122}}"],
            ["Genoteerd door", "[[N. el Idrissi]], {{F|persoonlijk zaakbehandelaar}}"]], [0.25, 0.75]),
    ("h", "Inhoud gesprek"),
    ("p", "Mevrouw belt over de voortgang van haar integrale beoordeling. Zij woont sinds november op een ander adres: "
          "[[A|Hillevliet 203b]], [[A|3074 KK]] {{L|Rotterdam}}. Haar dochter [[Elif]] (geboren [[D|30-01-2011]]) logeert tijdelijk bij "
          "de oma in {{L|Schiedam}}."),
    ("p", "Mevrouw geeft aan dat zij [[H|zwanger]] is en dat haar ex-partner, de heer [[Murat Kaya]], een [[C|contactverbod]] heeft. "
          "Zij wil niet dat post naar het oude adres gaat. Zij heeft hulp van het {{O|Wijkteam Feijenoord}} en van "
          "schuldhulpverlener mevrouw [[Brouwer-Tieleman]] ({{O|Kredietbank Rotterdam}})."),
    ("h", "Afspraken"),
    ("p", "1. Adreswijziging doorgeven aan {{O|Belastingdienst/Toeslagen}} (via [[Noor]]).\n"
          "2. Terugbelverzoek voor [[Jeroen van den Akker]] over versnelling via de {{G|Lijst schrijnende situaties}}.\n"
          "3. Informatie over de {{G|Brede Ondersteuning}} van de {{O|gemeente Rotterdam}} meesturen."),
    ("small", "Algemeen nummer {{O|UHT}}: {{X|0800 - 2 358 358}} | {{M|herstel.ouders@toeslagen.nl}}"),
]))

# ---------------------------------------------------------------- hk07 intake form with AcroForm fields (custom)
D.append(dict(stem="hk07_intakeformulier_aanmelding", producer="custom", fn=None,
    blocks=[],
    hidden=[("annotations", "PERSON", "Priscilla Doelwijt"), ("annotations", "BSN", "266402185"),
            ("annotations", "ADDRESS", "Kikkenstein 2214"), ("annotations", "EMAIL", "p.doelwijt88@hotmail.com"),
            ("annotations", "PHONE", "06-34019827"), ("annotations", "PERSON", "Jayden"),
            ("annotations", "DATE_OF_BIRTH", "19-07-2010"), ("annotations", "PERSON", "Shanaya"),
            ("annotations", "DATE_OF_BIRTH", "03-12-2014"), ("annotations", "IBAN", "NL72 SNSB 0942 7718 35")]))

# ---------------------------------------------------------------- hk08 scanned signed besluit page (typed scan)
D.append(dict(stem="hk08_scan_besluit_eerste_toets", producer="scan", font="Times-Roman", size=11, seed=808,
    header="Uitvoeringsorganisatie Herstel Toeslagen",
    blocks=[
    ("kv", [["", "Mevrouw [[W. Bruinsma-de Haas]]\n[[Schrans 54]]\n[[8932 NG]] {{L|Leeuwarden}}"]], [0.45, 0.55]),
    ("sp", 6),
    ("kv", [["Datum", "12 januari 2023"], ["Uw BSN", "[[330528713]]"], ["Ons kenmerk", "{{Z|UHT/ET/2023/00871}}"],
            ["Onderwerp", "Uitkomst eerste toets"]], [0.25, 0.75]),
    ("sp", 4),
    ("p", "Geachte mevrouw [[Bruinsma-de Haas]],"),
    ("p", "U heeft zich gemeld als gedupeerde ouder. Wij hebben uw situatie beoordeeld. U komt in aanmerking voor de "
          "compensatie van € 30.000 op grond van de Wet hersteloperatie toeslagen. Wij maken het bedrag binnen 60 dagen over "
          "op rekeningnummer [[NL98 INGB 0003 3091 57]]."),
    ("p", "Uw kinderen [[Sietske]] en [[Jelmer]] kunnen zich melden voor de kindregeling."),
    ("p", "Met vriendelijke groet,\n\nnamens de Uitvoeringsorganisatie Herstel Toeslagen,"),
    ("sig", "R. Bosschaart"),
    ("p", "[[R. Bosschaart]]\nafdelingshoofd Integrale Beoordeling"),
]))

# ---------------------------------------------------------------- hk09 payments table with IBANs (landscape)
D.append(dict(stem="hk09_betaallijst_compensatie", producer="rl", font="LiberationSans", size=9, landscape=True,
    cellsize=8, header="UHT - Betaalopdracht batch {{Z|BO-2023-061}}  |  VERTROUWELIJK",
    blocks=[
    ("title", "Overzicht betalingen per ouder - batch {{Z|BO-2023-061}} (uitbetaling {{D|27 juni 2023}})"),
    ("table", [["Nr", "Ouder", "BSN", "IBAN", "Regeling", "Bedrag", "Pzb", "Opmerking"],
      ["1", "[[S. Bouzidi]]", "[[214573904]]", "[[NL33 INGB 0006 6421 80]]", "{{G|Catshuisregeling}}", "€ 30.000,00", "[[PC|MTF]]", "-"],
      ["2", "[[C. Verbruggen-Koster]]", "[[188336047]]", "[[NL80 ABNA 0517 7339 04]]", "{{G|Werkelijke schade}} (CWS)", "€ 18.415,00", "[[PC|BOu]]", "na advies CWS"],
      ["3", "[[F. Özdemir-Kaya]]", "[[309177522]]", "[[NL21 RABO 0318 2654 07]]", "{{G|Catshuisregeling}}", "€ 30.000,00", "[[PC|NEI]]", "adres gewijzigd"],
      ["4", "[[P.R. Doelwijt]]", "[[266402185]]", "[[NL72 SNSB 0942 7718 35]]", "{{G|Compensatieregeling}}", "€ 44.870,12", "[[PC|MTF]]", "beslag {{O|CJIB}} vervallen"],
      ["5", "[[J.M. van 't Hek]]", "[[190755337]]", "[[NL89 TRIO 2198 8473 01]]", "{{G|Catshuisregeling}}", "€ 30.000,00", "[[PC|SYK]]", "-"],
      ["6", "[[K. Aït Haddou]]", "[[288109466]]", "[[NL72 ASNB 0870 3166 52]]", "{{G|Ex-partnerregeling}}", "€ 10.000,00", "[[PC|SYK]]", "-"],
      ["7", "[[W. Bruinsma-de Haas]]", "[[330528713]]", "[[NL98 INGB 0003 3091 57]]", "{{G|Catshuisregeling}}", "€ 30.000,00", "[[PC|NEI]]", "-"],
      ["8", "[[N. Ouaali]]", "[[244961074]]", "[[NL16 RABO 0155 0928 73]]", "{{G|Kindregeling}}", "€ 4.000,00", "[[PC|BOu]]", "betaling aan kind ([[Ilias]])"],
      ["9", "[[G.J. Pruijssers]]", "[[177293640]]", "[[NL65 KNAB 4471 2509 83]]", "{{G|Nabestaandenregeling}}", "€ 30.000,00", "[[PC|MTF]]", "erven"],
      ["10", "[[D. Schoonderwoerd]]", "[[311884258]]", "[[NL73 BUNQ 2093 1588 41]]", "{{G|Catshuisregeling}}", "€ 30.000,00", "[[PC|NEI]]", "bewindvoerder"],
      ["11", "[[S. Ramsaran-Bhikhie]]", "[[203745103]]", "[[NL82 ABNA 0611 9045 72]]", "{{G|Werkelijke schade}} (CWS)", "€ 7.212,40", "[[PC|BOu]]", "-"],
      ["12", "[[Z. Arslan]]", "[[279653402]]", "[[NL48 INGB 0008 1274 65]]", "{{G|Kindregeling}}", "€ 2.000,00", "[[PC|SYK]]", "-"]],
     [0.04, 0.15, 0.09, 0.18, 0.17, 0.1, 0.06, 0.21]),
    ("small", "Pzb-codes: [[PC|MTF]] = [[M. Tjon-A-Fong]]; [[PC|BOu]] = [[B. Oudejans]]; [[PC|NEI]] = [[N. el Idrissi]]; [[PC|SYK]] = [[S. Yildirim-Karaca]]. "
              "Betaling via {{O|Financiële Administratie Toeslagen}}; controle door [[Mehmet Çelik]] ({{F|data-analist}}). "
              "Vragen: {{M|betaalopdrachten.uht@belastingdienst.nl}}."),
]))

# ---------------------------------------------------------------- hk10 Teams chat export
D.append(dict(stem="hk10_teams_chat_zaakbehandelaars", producer="rl", font="Helvetica", size=9.5, mono="Courier", monosize=8.3,
    blocks=[
    ("h", "Microsoft {{P|Teams}} - chatexport  \"Team Zuid-West pzb's\"  (export {{D|24 maart 2023}})"),
    ("mono", "[[Tjon-A-Fong, Marloes]]   08:47\n"
             "  Goedemorgen! Wie kan vandaag de hoorzitting BSC van mw. [[Doelwijt]] overnemen? Ik ben ziek :(\n"
             "[[Yildirim-Karaca, Sevda]]   08:52\n"
             "  @[[Marloes]] beterschap! Ik kan niet, zit om 10u bij de CWS.\n"
             "[[El Idrissi, Noor]]   08:55\n"
             "  Ik doe het. Dossier staat in Trajectum? Is dat die mevrouw uit de Bijlmer met de 2 kids?\n"
             "[[Tjon-A-Fong, Marloes]]   08:57\n"
             "  Ja. Let op: zij is [[H|in behandeling bij de GGZ]] en heeft vorige week een paniekaanval gehad\n"
             "  aan de telefoon. Haar zoon [[Jayden]] zit in de jeugdzorg. Nummer in het dossier klopt niet meer,\n"
             "  nieuw nummer is [[06-34019827]].\n"
             "[[Akker, Jeroen van den]]   09:03\n"
             "  Dank [[Noor]]! Graag even afstemmen met [[Bram]] (jurist) vooraf.\n"
             "  @[[Mehmet]] kun jij de betaallijst van batch 061 checken? [[Doelwijt]] staat erop met oude IBAN.\n"
             "[[Çelik, Mehmet]]   09:10\n"
             "  ok doe ik. Was het [[NL72 SNSB 0942 7718 35]]? Die klopt volgens FAT.\n"
             "[[Oudejans, Bram]]   09:24\n"
             "  Noor, bel me even: [[088-1524471]]. Bij de BSC zit vandaag mr. [[Stapelkamp]] als advocaat.\n"
             "[[El Idrissi, Noor]]   09:25\n"
             "  Top, bel je om half 10.\n"
             "[[Ploegmakers, Annelies]]   11:40\n"
             "  Reminder: ouderpanel dinsdag in {{L|Utrecht}} ({{Y|Daalsesingel}}). Wie schuift aan namens Zuid-West?\n"
             "[[Akker, Jeroen van den]]   11:42\n"
             "  [[Sevda]] gaat. Sevda, zie mail van [[Lotte]] van het directiesecretariaat."),
    ("small", "Geëxporteerd uit {{P|Microsoft Teams}} door [[j.vanden.akker@belastingdienst.nl]] ten behoeve van {{O|Woo}}-verzoek {{Z|WOO-2023-0314}}."),
]))
