"""Set CS, documents cs23-cs33 (markup: see lib.py)."""
from lib import signature_png
from content_a import mail_nl, mail_en, MOTIVATIE

SPECS = []

# ------------------------------------------------------------------ cs23 BAS melders export (rl mono landscape, 2p)
MELDERS = [
    ("20417", "{{P:Ouwerkerk-Hazenberg, G.}}", "{{A:1431 AH 214}}", "Aalsmeer", "15.211", "app"),
    ("20533", "{{P:Verkerk, A.C.}}", "{{A:1422 XM 33}}", "Uithoorn", "9.870", "Explane"),
    ("21190", "{{P:Vermeulen, T.}}", "{{A:1432 BN 7}}", "Kudelstaart", "8.442", "app"),
    ("21877", "{{P:Dekker, R.}}", "{{A:1161 CT 41}}", "Zwanenburg", "7.015", "web"),
    ("22004", "{{P:Hof, W. van 't}}", "{{A:2064 KE 12}}", "Spaarndam", "6.998", "Explane"),
    ("22345", "{{P:Aksoy, Y.}}", "{{A:2153 AD 512}}", "Nieuw-Vennep", "6.120", "app"),
    ("23001", "{{P:Ramdin, S.K.}}", "{{A:2132 ST 150}}", "Hoofddorp", "5.877", "web"),
    ("23112", "{{P:Bakels, F.}}", "{{A:1161 CV 39}}", "Zwanenburg", "5.404", "app"),
    ("23560", "{{P:Zwart, H.}}", "{{A:1566 PD 8}}", "Assendelft", "5.390", "Explane"),
    ("24018", "{{P:Jonkers-Tielemans, M.}}", "{{A:1901 GK 21}}", "Castricum", "5.211", "app"),
    ("24477", "{{P:Mulder, J.}}", "{{A:1965 AB 90}}", "Heemskerk", "5.102", "web"),
    ("24990", "{{P:El Amrani, K.}}", "{{A:1187 LJ 4}}", "Amstelveen", "5.060", "app"),
    ("25131", "{{P:Dijk, P. van}}", "{{A:1182 GR 66}}", "Amstelveen", "5.044", "Explane"),
    ("25666", "{{P:Nieuwenhuis, B.}}", "{{A:1433 NE 2}}", "Kudelstaart", "5.012", "app"),
]
SPECS.append(dict(
    name="cs23_bas_export_melders", producer="rl", title="Export melders BAS",
    kw=dict(font="LibMono", size=8.2, pagesize=(842, 595), margins=(46, 40, 46, 40),
            footer="BAS - export melders > 5.000 meldingen Q3 2024 - VERTROUWELIJK - blad {page}"),
    blocks=[
        ("h", "Export meldersregistratie [[o:BAS]] - melders met meer dan 5.000 meldingen (Q3 2024)"),
        ("small", "Opgevraagd door {{P:P.J. Wolters}} ([[o:IenW]]) op 3 oktober 2024; export door "
                  "{{P:H. Bouzidi}}. Alleen voor intern gebruik; niet delen met de [[o:ORS]]."),
        ("mono", "EXPORT_USER={{P:BOUZIDI H.}}  ROLE=BAS-ANALYSE  FILTER=Q3-2024;MELDINGEN>5000"),
        ("table", [["Melder-ID", "Naam", "Postcode + nr", "Woonplaats", "Meldingen", "Kanaal"]] +
         [[f"{{{{N:{m[0]}}}}}", m[1], m[2], f"[[p:{m[3]}]]" if m[3] in ("Uithoorn", "Hoofddorp") else m[3],
           m[4], f"[[u:{m[5]}]]" if m[5] == "Explane" else m[5]] for m in MELDERS],
         [70, 200, 110, 110, 80, 80]),
        ("p", "Toelichting: melder {{N:20417}} is de bewoner die op 2 november 2024 aan de minister schreef "
              "(zie document 10). Melder {{N:23560}} is lid van de bewonersdelegatie in de ORS. Melder "
              "{{N:21877}} belde op 1 oktober 2024 met het ministerie."),
        ("p", "Gegevens over kanalen: 'app' = [[u:BAS-app]]; 'web' = webformulier op [[u:www.bezoekbas.nl]]; "
              "[[u:Explane]] = externe app die meldingen automatisch doorstuurt."),
        ("br",),
        ("h2", "Meest gemelde vluchten (alle melders, Q3 2024)"),
        ("table", [["Datum", "Tijd", "Vlucht", "Baan", "Meldingen"],
                   ["07-07-2024", "06:02", "KL1225", "[[t:Aalsmeerbaan]] (36R)", "3.418"],
                   ["14-07-2024", "23:51", "HV5932", "[[t:Zwanenburgbaan]] (36C)", "2.977"],
                   ["06-09-2024", "23:58", "TB2511", "[[t:Kaagbaan]] (24)", "2.861"],
                   ["07-09-2024", "00:14", "KL0592", "[[t:Buitenveldertbaan]] (27)", "2.754"],
                   ["21-09-2024", "06:11", "DL0046", "[[t:Polderbaan]] (18R)", "2.106"]], [90, 60, 80, 220, 80]),
        ("p", "Bron: [[u:NOMOS]] en [[u:Casper]]; koppeling met melding op basis van tijdstip en postcode."),
    ],
))

# ------------------------------------------------------------------ cs24 notitie Balanced Approach (rl LibSerif, 2p)
SPECS.append(dict(
    name="cs24_notitie_balanced_approach", producer="rl", title="Notitie Balanced Approach",
    kw=dict(font="LibSerif", size=10.5, header="Directie Luchtvaart | notitie | [[r:IENW/BSK-2024/351902]]"),
    annots=[(1, "art. 6 lid 2 checken, zie arrest HvJ", "Fatima el Idrissi")],
    hidden=[("PERSON", "Fatima el Idrissi", "annotations")],
    blocks=[
        ("h", "Notitie: de Balanced Approach-procedure voor Schiphol"),
        ("p", "Datum: [[d:23 december 2024]]. Opgesteld door de afdeling Luchthavens; juridische toets "
              "[[o:WJZ]]."),
        ("h2", "1. Wat is de Balanced Approach?"),
        ("p", "De [[t:Balanced Approach]] is de methode van de [[o:ICAO]] om geluidhinder rond luchthavens aan "
              "te pakken. In de EU is deze vastgelegd in [[l:Verordening (EU) nr. 598/2014]]. Voordat een lidstaat "
              "een [[t:operating restriction]] invoert, moet hij eerst de andere elementen onderzoeken: "
              "[[t:reduction of noise at source]], [[t:land-use planning and management]] en "
              "[[t:noise abatement operational procedures]]."),
        ("h2", "2. Stand van zaken"),
        ("p", "Nederland heeft op 1 maart 2024 de procedure gestart voor een verlaging van het maximum aantal "
              "vliegtuigbewegingen op [[p:Schiphol]] naar 478.000 en een nachtplafond van 27.000. De "
              "[[o:Europese Commissie]] heeft op 1 november 2024 gereageerd. Zij vraagt om een betere "
              "onderbouwing van de kosteneffectiviteit en om een analyse van de gevolgen voor "
              "[[o:KLM]] en de [[t:hub-functie]]."),
        ("p", "Ook de [[o:International Air Transport Association]] ([[o:IATA]]), [[o:Airlines for America]] en "
              "de Amerikaanse regering hebben bezwaar gemaakt. Het [[o:Department of Transportation]] dreigde "
              "in 2023 met tegenmaatregelen."),
        ("h2", "3. Relatie met klachten"),
        ("p", "Het aantal meldingen bij het [[o:BAS]] is geen criterium in de verordening, maar het aantal "
              "ernstig gehinderden ([[t:EGH]]) en ernstig slaapverstoorden ([[t:ESV]]) wel. Deze worden berekend "
              "met het [[u:Doc29]]-rekenmodel. Het [[o:RIVM]] heeft in 2024 nieuwe dosis-effectrelaties "
              "gepubliceerd."),
        ("h2", "4. Vervolg"),
        ("p", "- Begin 2025 brief aan de Kamer over het vervolg ([[h:minister Madlener]]).\n"
              "- Overleg met de [[o:Europese Commissie]] (DG MOVE) op ambtelijk niveau; namens IenW nemen "
              "{{P:T.M. ter Horst}} en {{P:F. el Idrissi}} deel.\n"
              "- Afstemming met [[o:Royal Schiphol Group]] en [[o:LVNL]] over [[t:noise abatement departure "
              "procedures]] (NADP-2)."),
        ("br",),
        ("h2", "Bijlage: begrippen"),
        ("table", [["Term", "Betekenis"],
                   ["[[t:Lden]]", "geluidbelasting over het etmaal, met toeslag voor avond en nacht"],
                   ["[[t:Lnight]]", "geluidbelasting in de nacht (23.00-07.00 uur)"],
                   ["[[t:CDA]]", "Continuous Descent Approach: glijvlucht met minder motorvermogen"],
                   ["[[t:NNHS]]", "Nieuw Normen- en Handhavingsstelsel (baangebruik als norm)"],
                   ["[[t:MHG]]", "Maatregelen ter beperking van de geluidhinder (Hinderbeperking)"]],
         [80, 370]),
        ("small", "Opsteller: {{K:KHB}}; meegelezen: {{K:FeI}}, {{K:TtH}}."),
    ],
))

# ------------------------------------------------------------------ cs25 Woo-verzoek e-mail (docx)
SPECS.append(dict(
    name="cs25_woo_verzoek_van_leeuwen", producer="docx", title="Woo-verzoek",
    kw=dict(font="Carlito", size=11),
    blocks=[
        mail_nl("{{P:Marco van Leeuwen}} <{{E:marco.vanleeuwen71@ziggo.nl}}>", "dinsdag 14 januari 2025 22:13",
                "[[m:woo-verzoeken@minienw.nl]]", "Woo-verzoek klachten vliegtuiggeluid Schiphol/Lelystad"),
        ("p", "Geachte heer, mevrouw,"),
        ("p", "Op grond van de [[l:Wet open overheid]] verzoek ik u om openbaarmaking van alle documenten over "
              "de afhandeling van klachten over vliegtuiggeluid van [[p:Schiphol]] en [[o:Lelystad Airport]] "
              "in de periode 1 september 2024 tot en met 31 december 2024, in het bijzonder:"),
        ("p", "1. correspondentie tussen het ministerie, de [[o:ILT]], het [[o:BAS]] en de [[o:ORS]];\n"
              "2. interne notities over [[g:anticiperend handhaven]];\n"
              "3. verslagen van vergaderingen van de [[o:Omgevingsraad Schiphol]];\n"
              "4. de concept-Kamerbrief over geluidhinder."),
        ("p", "Ik woon sinds 2003 in Badhoevedorp en ben zelf actief melder bij het [[o:BAS]] "
              "(melder-ID {{N:19822}}). Ik wil begrijpen wat er met al die meldingen gebeurt."),
        ("p", "Ik ontvang de documenten graag digitaal. Mijn adres: {{A:Kerklaan 37}}, {{A:1171 CK}} "
              "Badhoevedorp; telefoon {{T:06-8127 3390}}."),
        ("p", "Met vriendelijke groet,\n{{P:M.A. (Marco) van Leeuwen}}"),
        ("hr",),
        mail_nl("Woo-verzoeken IenW <[[m:woo-verzoeken@minienw.nl]]>", "woensdag 15 januari 2025 09:02",
                "{{P:Oudejans, S.}} - BSK/WOO", "FW: Woo-verzoek klachten vliegtuiggeluid Schiphol/Lelystad"),
        ("p", "{{P:Sanne}}, nieuw verzoek voor jou, graag registreren in [[u:Join]] en ontvangst bevestigen. "
              "Dossier [[r:IENW/BSK-2025/118734]]. Groet, {{P:Ruud}} (postkamer)"),
    ],
))

# ------------------------------------------------------------------ cs26 opschortingsbrief (rl, 1p)
SPECS.append(dict(
    name="cs26_verdagingsbrief_woo", producer="rl", title="Verdaging beslistermijn",
    kw=dict(font="Helvetica", size=10, header="[[o:Ministerie van Infrastructuur en Waterstaat]]"),
    blocks=[
        ("kv", [["", "De heer {{P:M.A. van Leeuwen}}\n{{A:Kerklaan 37}}\n{{A:1171 CK}}  BADHOEVEDORP"],
                ["Datum", "[[d:10 februari 2025]]"],
                ["Betreft", "Verdaging beslistermijn Woo-verzoek"],
                ["Ons kenmerk", "[[r:IENW/BSK-2025/118734]]"],
                ["Behandeld door", "{{P:S. Oudejans}}"],
                ["Telefoon", "{{T:070 456 8813}}"],
                ["E-mail", "[[m:woo-verzoeken@minienw.nl]]"]], [100, 340]),
        ("sp", 8),
        ("p", "Geachte heer {{P:Van Leeuwen}},"),
        ("p", "Op 14 januari 2025 heeft u een verzoek gedaan op grond van de [[l:Wet open overheid]] (Woo) over "
              "de afhandeling van klachten over vliegtuiggeluid. De ontvangst is op 16 januari 2025 bevestigd."),
        ("p", "Op grond van artikel 4.4, eerste lid, van de [[l:Woo]] moet binnen vier weken op uw verzoek "
              "worden beslist. Deze termijn verdaag ik met twee weken, omdat de omvang van de documenten en "
              "het vragen van zienswijzen aan derden (onder wie [[o:Royal Schiphol Group]], [[o:LVNL]] en "
              "[[o:Lelystad Airport]]) meer tijd vergen. U ontvangt het besluit uiterlijk op "
              "[[d:25 februari 2025]]."),
        ("p", "Mocht u vragen hebben, dan kunt u contact opnemen met mevrouw {{P:Oudejans}}."),
        ("p", "Met vriendelijke groet,\n\nDe minister van Infrastructuur en Waterstaat,\nnamens deze,\n"
              "de [[f:Woo-coördinator]] van de Directie Bestuurs- en Stafondersteuning,"),
        ("img", signature_png("S. Oudejans", 26), 110, 36),
        ("p", "{{P:S. Oudejans}}"),
    ],
))

# ------------------------------------------------------------------ cs27 zienswijze Royal Schiphol Group (docx, 2p)
SPECS.append(dict(
    name="cs27_zienswijze_royal_schiphol_group", producer="docx", title="Zienswijze Woo",
    kw=dict(font="Liberation Sans", size=10, author="RSG Legal",
            footer="Royal Schiphol Group N.V. | Evert van de Beekstraat 202 | 1118 CP Schiphol | KvK 34029174"),
    blocks=[
        ("pb", "[[o:Royal Schiphol Group]]"),
        ("kv", [["Aan", "Ministerie van Infrastructuur en Waterstaat\nt.a.v. mevrouw {{P:S. Oudejans}}\n"
                        "Postbus 20901\n2500 EX Den Haag"],
                ["Datum", "[[d:19 februari 2025]]"],
                ["Uw kenmerk", "[[r:IENW/BSK-2025/118734]]"],
                ["Onderwerp", "Zienswijze voorgenomen openbaarmaking"],
                ["Contact", "{{P:mr. drs. L.F. Vos-Hartman}}, [[f:Senior Legal Counsel]]\n"
                            "{{E:laura.vos-hartman@schiphol.nl}} | {{T:+31 6 5310 2294}}"]]),
        ("p", "Geachte mevrouw {{P:Oudejans}},"),
        ("p", "Bij e-mail van 11 februari 2025 heeft u [[o:Royal Schiphol Group N.V.]] ('RSG') in de gelegenheid "
              "gesteld een zienswijze te geven op de voorgenomen openbaarmaking van documenten 16, 17 en 24."),
        ("h2", "1. Persoonsgegevens van medewerkers"),
        ("p", "De documenten bevatten namen, functies, e-mailadressen en telefoonnummers van medewerkers van "
              "RSG, onder wie mevrouw {{P:De Graaff-Smit}} en de heer {{P:Koster}}. Deze medewerkers hebben geen "
              "publieke rol. RSG verzoekt deze gegevens niet openbaar te maken op grond van artikel 5.1, tweede "
              "lid, onder e, [[l:Woo]]. Dat geldt niet voor de functionele adressen zoals "
              "[[m:omgevingsmanagement@schiphol.nl]]."),
        ("h2", "2. Bedrijfsvertrouwelijke meetgegevens"),
        ("p", "Het bestand met [[u:NOMOS]]-meetgegevens bevat ruwe data die niet zijn gevalideerd. "
              "Openbaarmaking kan leiden tot onjuiste conclusies. RSG verzoekt deze gegevens niet openbaar te "
              "maken (artikel 5.1, eerste lid, onder c, [[l:Woo]]). De gevalideerde gegevens zijn openbaar via "
              "[[u:Casper]] en de jaarlijkse gebruiksprognose."),
        ("h2", "3. Verslag ORS"),
        ("p", "Tegen openbaarmaking van het verslag van de [[o:Omgevingsraad Schiphol]] van "
              "[[d:12 december 2024]] heeft RSG geen bezwaar, met uitzondering van de namen van de "
              "bewonersvertegenwoordigers, die RSG niet aan RSG-medewerkers wil koppelen."),
        ("p", "Hoogachtend,\n\n{{P:L.F. Vos-Hartman}}\n[[f:Senior Legal Counsel]], Legal Affairs\n\n"
              "mede namens {{P:R.J. Baldewsingh}}, [[f:Head of Environmental Affairs]]"),
    ],
))

# ------------------------------------------------------------------ cs28 internal mail sick leave / planning (rl Carlito)
SPECS.append(dict(
    name="cs28_mail_planning_ziekmelding", producer="rl", title="E-mail planning team",
    kw=dict(font="Carlito", size=10.5),
    blocks=[
        mail_nl("{{P:Ter Horst, T.M.}} ({{P:Thijs}}) - DGLM/LUCHTV <{{E:t.terhorst@minienw.nl}}>",
                "maandag 16 december 2024 08:03",
                "Team Luchthavens DGLM <[[m:team-luchthavens@minienw.nl]]>",
                "Planning tot de kerst + vervanging {{P:Joost}}"),
        ("p", "Beste allen,"),
        ("p", "Helaas heeft {{P:Joost}} zich vanochtend ziek gemeld. Hij heeft mij gevraagd het team te "
              "informeren: hij is {{H:opgenomen in het ziekenhuis met een longontsteking|ziekenhuis|longontsteking}} en is in elk geval "
              "tot na de kerst afwezig. Stuur hem liever geen werkmail; een kaartje mag naar zijn huisadres "
              "({{A:Pijnackerstraat 44-2}}, Amsterdam)."),
        ("p", "Zijn taken worden als volgt verdeeld:"),
        ("table", [["Onderwerp", "Neemt over", "Bereikbaar"],
                   ["Kamervragen lid [[h:Kostić]] (2e set)", "{{P:Karin}}", "{{T:06-41822907}}"],
                   ["[[u:NOMOS]]-data en contact [[o:Royal Schiphol Group]]", "{{P:Pieter-Jan}}", "{{T:06 2290 6714}}"],
                   ["Telefoonnotities klagers", "{{P:Meryem}} (tijdelijk)", "{{T:06-4102 7765}}"],
                   ["Woo-verzoek klachtafhandeling", "{{P:Sanne Oudejans}} ([[o:BSK]])", "[[m:woo-verzoeken@minienw.nl]]"]],
         [200, 130, 150]),
        ("p", "Verder: {{P:Karin}} is vanaf 6 januari {{H:met zwangerschapsverlof|zwangerschapsverlof}}; haar vervanging "
              "regel ik met [[o:P-Direkt]]. {{P:Fatima}} werkt in januari op dinsdag en donderdag vanuit de "
              "vestiging [[s:Griffioenlaan 2]] in [[p:Utrecht]]."),
        ("p", "Groet,\n{{P:Thijs}}\n\n{{P:T.M. ter Horst}} | [[f:hoofd afdeling Luchthavens]]\nM {{T:06-53098126}}\n"
              "Personeelsnummer voor P-Direkt-aanvragen: {{N:0831 5529}}"),
        ("hr",),
        mail_nl("{{P:Hoekstra-Bos, K.}} ({{P:Karin}}) - DGLM/LUCHTV", "maandag 16 december 2024 08:30",
                "{{P:Ter Horst, T.M.}} ({{P:Thijs}}) - DGLM/LUCHTV", "RE: Planning tot de kerst + vervanging {{P:Joost}}"),
        ("p", "Dank {{P:Thijs}}. Misschien de passage over {{P:Joost}} en het {{H:ziekenhuis}} liever niet aan het hele "
              "team? Ik pak de Kamervragen op. {{K:KHB}}"),
    ],
))

# ------------------------------------------------------------------ cs29 scanned typewritten complaint with IBAN/BSN (scan)
SPECS.append(dict(
    name="cs29_scan_klachtbrief_schadevergoeding", producer="scan", title="Brief schadevergoeding (scan)",
    kw=dict(font="Courier", size=11, margins=(70, 70, 60, 70)),
    scan=dict(dpi=200, angle=0.4),
    blocks=[
        ("p", "{{P:S.K. Ramdin|Ramdin}}\n{{A:Kruisweg 150|Kruisweg 150}}\n{{A:2132 ST|2132 ST}} HOOFDDORP"),
        ("p", "Aan: Ministerie van Infrastructuur en Waterstaat\n     t.a.v. de afdeling Luchthavens\n"
              "     Postbus 20901, 2500 EX Den Haag"),
        ("p", "Hoofddorp, 9 december 2024"),
        ("p", "Onderwerp: verzoek om schadevergoeding isolatie woning"),
        ("p", "Geachte heer/mevrouw,"),
        ("p", "Mijn woning valt net buiten het isolatieprogramma van Schiphol (GIS). Ik heb op eigen kosten "
              "dubbel glas laten plaatsen (EUR 7.850, factuur bijgevoegd). Ik verzoek u dit bedrag te "
              "vergoeden op rekening {{I:NL27 INGB 0006 2315 90|NL27 INGB 0006 2315 90}} t.n.v. "
              "{{P:S.K. Ramdin|S.K. Ramdin}}."),
        ("p", "Voor de zekerheid mijn gegevens: geboren {{D:14-03-1961|14-03-1961}}, BSN "
              "{{B:183740221|183740221}}, telefoon {{T:023-5619047|023-5619047}}."),
        ("p", "Mijn echtgenote {{P:Sunita Ramdin-Jagessar|Sunita|Ramdin-Jagessar}} is {{H:hartpatiënt|hartpatiënt}} en "
              "ligt veel op bed; het lawaai van de Zwanenburgbaan maakt haar herstel moeilijk."),
        ("p", "Hoogachtend,"),
        ("img", signature_png("S.K. Ramdin", 29), 120, 38),
        ("p", "{{P:S.K. Ramdin|S.K. Ramdin}}"),
    ],
))

# ------------------------------------------------------------------ cs30 meeting invite (rl Helvetica)
SPECS.append(dict(
    name="cs30_uitnodiging_overleg_klachten", producer="rl", title="Uitnodiging overleg",
    kw=dict(font="Helvetica", size=9.5),
    blocks=[
        ("h", "Vergaderverzoek"),
        ("kv", [["Onderwerp", "Afstemming klachtafhandeling [[o:BAS]] / [[o:ILT]] / [[o:Lelystad Airport]]"],
                ["Locatie", "[[s:Rijnstraat 8]], Den Haag, zaal 4.C.12 + [[u:Microsoft Teams]]"],
                ["Begin", "[[d:vr 20-12-2024]] 10:00"],
                ["Einde", "vr 20-12-2024 11:30"],
                ["Organisator", "{{P:Wolters, Pieter-Jan}} - DGLM/LUCHTV"],
                ["Verplichte deelnemers", "{{P:Hoekstra-Bos, Karin}}; {{P:Brinkman, Lotte}} (BAS); "
                                          "{{P:Dijkhuizen, Ruben}} (ILT); {{P:Oosterveld, Martijn}} (LA)"],
                ["Optionele deelnemers", "{{P:Kaya, Meryem}}; {{P:Bouzidi, Hamid}} (BAS); [[m:secretariaat-dglm@minienw.nl]]"]],
         [110, 340]),
        ("sp", 6),
        ("p", "Beste allen,"),
        ("p", "Graag bespreek ik met jullie hoe we de klachtafhandeling rond [[p:Schiphol]] en "
              "[[o:Lelystad Airport]] beter op elkaar laten aansluiten, mede naar aanleiding van de beslisnota "
              "van 29 oktober en de bewonersavond in [[p:Dronten]]."),
        ("p", "Agenda:\n1. Terugblik bewonersavond [[p:Dronten]] ({{P:Martijn}})\n2. Pilot persoonlijk contact "
              "[[o:BAS]] ({{P:Lotte}})\n3. Meldingen over lesvluchten en rol van de [[o:ILT]] ({{P:Ruben}})\n"
              "4. Privacy: delen van melderslijsten (zie export van {{P:Hamid}}) - advies [[o:WJZ]]"),
        ("p", "Bellen kan via [[n:070 456 0000]] (vraag naar de zaal) of via de Teams-link."),
        ("small", "Deelnemen aan Microsoft Teams-vergadering\nVergadering-id: 381 522 904 117  "
                  "Wachtwoordcode: Lv7Qp2\nInbellen (alleen audio): [[n:+31 20 794 8461]],,98215566#   "
                  "Nederland, Amsterdam\nTelefonische vergadering-id: 982 155 66#"),
        ("p", "Groet, {{P:PJ}}"),
    ],
))

# ------------------------------------------------------------------ cs31 antwoorden Kamervragen draft (rl Times, 2p)
SPECS.append(dict(
    name="cs31_concept_antwoorden_kamervragen_kostic", producer="rl",
    title="Concept-antwoorden Kamervragen", kw=dict(font="Times-Roman", size=10.5,
                                                    header="CONCEPT v3 - {{K:JvdM}}/{{K:KHB}} - 10-10-2024"),
    outline=[("Antwoorden (bewerkt door Joost)", 0), ("Reactie Karin H. op vraag 5", 1)],
    meta=dict(author="Meulen, J. van der"),
    hidden=[("PERSON", "Joost", "outline"), ("PERSON", "Karin H.", "outline"),
            ("PERSON", "Meulen, J. van der", "metadata")],
    blocks=[
        ("h", "Antwoorden op vragen van het lid Kostić (PvdD) over nachtvluchten op de Polderbaan"),
        ("p", "(ingezonden 24 september 2024, [[r:2024Z15012]])"),
        ("pb", "Vraag 1"),
        ("p", "Bent u bekend met het bericht 'Nachtvluchten Polderbaan blijven buiten beeld' van "
              "[[o:EenVandaag]] van 20 september 2024?"),
        ("pb", "Antwoord 1"),
        ("p", "Ja."),
        ("pb", "Vraag 2"),
        ("p", "Hoeveel nachtelijke landingen hebben in 2024 plaatsgevonden op de [[t:Polderbaan]] buiten het "
              "baangebruiksysteem om?"),
        ("pb", "Antwoord 2"),
        ("p", "Volgens de gegevens van de [[o:Inspectie Leefomgeving en Transport]] waren dat er tot en met "
              "september 1.146. In 61 gevallen was sprake van een uitzonderingsgrond uit het "
              "[[l:Luchthavenverkeerbesluit Schiphol]], zoals weersomstandigheden. [{{K:KHB}}: cijfer "
              "checken met {{P:Ruben D.}}]"),
        ("pb", "Vraag 3"),
        ("p", "Hoe verhoudt dit zich tot de toezegging van uw ambtsvoorganger aan het lid [[h:Van der Plas]] "
              "([[o:BBB]]) om nachtvluchten terug te dringen?"),
        ("pb", "Antwoord 3"),
        ("p", "Het kabinet houdt vast aan het nachtplafond van 27.000 vliegtuigbewegingen. Dit is onderdeel "
              "van de [[t:Balanced Approach]]-procedure. [{{K:TtH}}: 'ambtsvoorganger' vermijden, zie eerdere "
              "beantwoording aan het lid [[h:De Hoop]].]"),
        ("br",),
        ("pb", "Vraag 4"),
        ("p", "Klopt het dat bewoners in [[p:Spaarndam]] en [[p:Zwanenburg]] meer dan 40 keer per nacht worden "
              "gewekt?"),
        ("pb", "Antwoord 4"),
        ("p", "Het [[o:BAS]] registreert meldingen, geen wekreacties. Uit de gegevens van het [[o:BAS]] blijkt "
              "dat enkele melders zeer veel meldingen doen. [{{K:JvdM}}: voorbeeld melder uit [[p:Zwanenburg]] "
              "(mevrouw {{P:D.}}, {{A:Dennenlaan}}) weggelaten op advies van {{P:Fatima}}.]"),
        ("pb", "Vraag 5"),
        ("p", "Bent u bereid de meetgegevens van de [[u:NOMOS]]-meetposten openbaar te maken?"),
        ("pb", "Antwoord 5"),
        ("p", "Gevalideerde meetgegevens zijn openbaar via [[u:Casper]]. Ruwe gegevens zijn eigendom van "
              "[[o:Royal Schiphol Group]]. [nog afstemmen met {{P:Eline}} van Schiphol]"),
        ("small", "Paraaflijn: {{K:JvdM}} (opsteller) - {{K:KHB}} - {{K:TtH}} - [[f:directeur Luchtvaart]] - "
                  "[[f:DG Luchtvaart en Maritieme Zaken]] - [[h:minister Madlener]]"),
    ],
))

# ------------------------------------------------------------------ cs32 overzicht handhavingsverzoeken (docx landscape, 2p)
SPECS.append(dict(
    name="cs32_overzicht_handhavingsverzoeken", producer="docx", title="Overzicht handhavingsverzoeken",
    kw=dict(font="Liberation Sans", size=9, landscape=True, author="ILT Juridische Zaken",
            header="ILT | overzicht handhavingsverzoeken luchtvaartgeluid 2024 | intern"),
    blocks=[
        ("h", "Overzicht handhavingsverzoeken geluid [[p:Schiphol]] en [[o:Lelystad Airport]] (2024)"),
        ("p", "Bijlage bij interne notitie [[g:anticiperend handhaven]], 6 november 2024. Stand per 1 november."),
        ("table", [["Zaaknr.", "Verzoeker", "Namens", "Onderwerp", "Status", "Behandelaar"],
                   ["[[r:ILT-2024/10233]]", "[[o:Stichting Recht op Bescherming tegen Vliegtuighinder]]",
                    "organisatie", "grenswaarden handhavingspunten", "beslist 12-03; beroep", "{{K:SHa}}"],
                   ["[[r:ILT-2024/18870]]", "{{P:A.C. Verkerk}}", "particulier, [[p:Uithoorn]]",
                    "[[t:Aalsmeerbaan]] vroege ochtend", "in behandeling", "{{K:GHP}}"],
                   ["[[r:ILT-2024/21004]]", "{{P:W. van 't Hof}}", "particulier, [[p:Spaarndam]]",
                    "nachtvluchten [[t:Polderbaan]]", "afgewezen 02-07", "{{K:RDi}}"],
                   ["[[r:ILT-2024/26117]]", "Stichting Geluidsoverlast Uithoorn-De Kwakel",
                    "{{P:H. Brouwer-de Gier|Brouwer-de Gier}} (secr.)", "handhaving LVB", "in behandeling", "{{K:SHa}}"],
                   ["[[r:ILT-2024/30452]]", "[[o:Vereniging Milieudefensie]]", "organisatie",
                    "stikstof en geluid", "aangehouden", "{{K:GHP}}"],
                   ["[[r:ILT-2024/33890]]", "{{P:B. Kamphuis}}", "particulier, [[p:Swifterbant]]",
                    "lesvluchten [[o:Lelystad Airport]]", "in behandeling", "{{K:RDi}}"],
                   ["[[r:ILT-2024/34001]]", "[[o:Gemeente Aalsmeer]]", "[[h:burgemeester Oude Kotte]]",
                    "grondgeluid", "overleg", "{{K:AvDV}}"],
                   ["[[r:ILT-2024/35512]]", "{{P:I.M. Schoemaker}}", "particulier, [[p:Biddinghuizen]]",
                    "zondagsvluchten Lelystad", "nieuw", "{{K:RDi}}"],
                   ["[[r:ILT-2024/36620]]", "{{P:Y. Aksoy}}", "particulier, [[p:Nieuw-Vennep]]",
                    "starts [[t:Zwanenburgbaan]]", "nieuw", "{{K:GHP}}"]],
         [80, 170, 120, 140, 100, 70]),
        ("p", "Behandelaars: {{K:SHa}} = {{P:mr. S. Hagenaars}}; {{K:GHP}} = {{P:G.H. Postma}}; {{K:RDi}} = "
              "{{P:R. Dijkhuizen}}; {{K:AvDV}} = {{P:A.M. van Dam-Verhoef}}."),
        ("p", "Bij de verzoeken van particulieren is steeds een huisbezoek aangeboden. De heer "
              "{{P:Kamphuis}} heeft dat geweigerd; bij mevrouw {{P:Schoemaker}} vond op 18 december een gesprek "
              "plaats met IenW en [[o:Lelystad Airport]]."),
        ("p", "Vragen: [[m:juridischezaken@ilent.nl]]."),
    ],
))

# ------------------------------------------------------------------ cs33 scanned attendance list with signatures (scan)
PRES = [("{{P:Bertus Kamphuis|Kamphuis}}", "Swifterbant", "{{E:b.kamphuis@agroflevo.nl|b.kamphuis@agroflevo.nl}}"),
        ("{{P:Naima Ait Ben Ali|Naima|Ait Ben Ali}}", "Zeewolde", "{{T:06-3391 0275|06-3391 0275|3391 0275}}"),
        ("{{P:Gijs van Oord|van Oord}}", "Lelystad", "{{E:gijsvanoord@gmail.com|gijsvanoord@gmail.com}}"),
        ("{{P:Ingrid Schoemaker|Schoemaker}}", "Biddinghuizen", "{{T:06-1294 8831|06-1294 8831|1294 8831}}"),
        ("{{P:Teun Wijnbergen|Wijnbergen|Teun}}", "Dronten", "{{E:teun@wijnbergen-akkerbouw.nl|teun@wijnbergen-akkerbouw.nl}}"),
        ("{{P:Maaike Roelofsen-Kok|Roelofsen-Kok|Maaike}}", "Dronten", "{{T:0321-318842|0321-318842}}"),
        ("{{P:Jan-Willem Dekkers|Jan-Willem|Dekkers}}", "Swifterbant", "{{E:jwdekkers@hetnet.nl|jwdekkers@hetnet.nl}}")]
SPECS.append(dict(
    name="cs33_scan_presentielijst_bewonersavond", producer="scan", title="Presentielijst (scan)",
    kw=dict(font="Helvetica", size=11, margins=(60, 50, 60, 50)),
    scan=dict(dpi=200, angle=0.5),
    blocks=[
        ("h", "Presentielijst bewonersavond Lelystad Airport - 25 november 2024"),
        ("p", "Wilt u hieronder uw gegevens invullen als u het verslag wilt ontvangen? Uw gegevens worden "
              "alleen gebruikt voor het toesturen van het verslag."),
        ("table", [["Naam", "Woonplaats", "E-mail of telefoon", "Handtekening"]] +
         [[n, w, c, ("img", signature_png(n.split("|")[-1].rstrip("}"), 40 + i, w=420, h=120, size=56), 80, 22)]
          for i, (n, w, c) in enumerate(PRES)], [150, 90, 190, 90]),
        ("p", "Ingevuld bij de ingang van De Meerpaal. Origineel bewaard bij de provincie."),
    ],
))

# ------------------------------------------------------------------ cs34 beoordeling verzoek schadevergoeding (rl, 2p)
SPECS.append(dict(
    name="cs34_beoordeling_verzoek_schadevergoeding", producer="rl", title="Beoordeling verzoek tegemoetkoming",
    kw=dict(font="DejaVuCond", size=9.6, header="Directie Luchtvaart | beoordelingsformulier | intern",
            footer="[[r:IENW/BSK-2024/355310]] - blad {page}"),
    blocks=[
        ("h", "Beoordeling verzoek om tegemoetkoming in geluidsisolatiekosten"),
        ("kv", [["Zaaknummer", "[[r:IENW/BSK-2024/355310]]"],
                ["Ontvangen", "[[d:11 december 2024]] (brief van 9 december 2024, per post)"],
                ["Verzoeker", "{{P:S.K. Ramdin}}, {{A:Kruisweg 150}}, {{A:2132 ST}} Hoofddorp"],
                ["Geboortedatum", "{{D:14-03-1961}} (door verzoeker vermeld)"],
                ["BSN", "{{B:183740221}} (door verzoeker vermeld; niet nodig voor de beoordeling, niet vastleggen)"],
                ["IBAN", "{{I:NL27 INGB 0006 2315 90}} t.n.v. {{P:S.K. Ramdin}}"],
                ["Crediteurnummer", "{{N:CR-0448172}} (aan te maken door [[o:FEZ]])"],
                ["Behandelaar", "{{P:M. Kaya}} ({{K:MKa}}), vervanging van {{P:J. van der Meulen}}"],
                ["Bedrag gevraagd", "EUR 7.850"]], [110, 360]),
        ("h2", "1. Kader"),
        ("p", "Woningen rond [[p:Schiphol]] binnen de contouren van het [[g:Geluidsisolatieprogramma Schiphol]] "
              "(GIS) zijn in het verleden geïsoleerd op kosten van de exploitant. Voor woningen daarbuiten bestaat "
              "geen aanspraak. Een verzoek om vergoeding kan alleen worden beoordeeld als verzoek om "
              "nadeelcompensatie op grond van titel 4.5 van de [[l:Algemene wet bestuursrecht]], zoals ingevoerd "
              "bij de [[l:Wet nadeelcompensatie en schadevergoeding bij onrechtmatige besluiten]]."),
        ("h2", "2. Beoordeling"),
        ("p", "De woning ligt ongeveer 1,2 km buiten de GIS-4-contour en niet in het gebied van de "
              "[[o:Schadeschap Luchthaven Schiphol]]. Er is geen besluit of feitelijke handeling van de minister aan te wijzen "
              "waaruit het gestelde nadeel voortvloeit; de geluidsbelasting valt binnen de grenswaarden van het "
              "[[l:Luchthavenverkeerbesluit Schiphol]]. Verzoeker schrijft dat zijn echtgenote "
              "{{H:hartpatiënt}} is; dit gegeven is voor de beoordeling niet relevant en wordt niet vastgelegd."),
        ("h2", "3. Advies"),
        ("p", "Afwijzen, met verwijzing naar de [[o:Omgevingsdienst Noordzeekanaalgebied]] voor advies over "
              "isolatie en naar het [[o:BAS]] voor het melden van hinder. Verzoeker is bij het [[o:BAS]] bekend "
              "als melder {{N:23001}}."),
        ("br",),
        ("h2", "Vergelijkbare verzoeken 2023-2024"),
        ("table", [["Zaak", "Verzoeker", "Woonplaats", "Bedrag", "Uitkomst"],
                   ["[[r:IENW/BSK-2023/088120]]", "{{P:J.M.vdB.}}", "[[p:Rijsenhout]]", "EUR 4.200", "afgewezen"],
                   ["[[r:IENW/BSK-2023/140562]]", "P. en A. {{P:Hoogendijk-Sarmo}}", "[[p:Lijnden]]", "EUR 12.900", "afgewezen; bezwaar ongegrond"],
                   ["[[r:IENW/BSK-2024/051877]]", "Fam. {{P:Tjon-A-Loi}}", "[[p:Badhoevedorp]]", "EUR 6.100", "ingetrokken"],
                   ["[[r:IENW/BSK-2024/355310]]", "{{P:S.K.R.}}", "Hoofddorp", "EUR 7.850", "advies: afwijzen"]],
         [110, 140, 80, 60, 120]),
        ("p", "Afkortingen: verzoekers zijn in dit overzicht met initialen aangeduid ({{P:S.K.R.}} = verzoeker in "
              "deze zaak)."),
        ("kv", [["Opgesteld", "{{K:MKa}}, [[d:20 december 2024]]"],
                ["Akkoord", "{{K:TtH}}, [[d:23 december 2024]]"]], [110, 360]),
    ] + MOTIVATIE,
))
