"""Documents hk21-hk32."""
HDR = "Uitvoeringsorganisatie Herstel Toeslagen"
D = []

# ---------------------------------------------------------------- hk21 handover note with client numbers
D.append(dict(stem="hk21_overdrachtsnotitie_dossiers", producer="rl", font="LiberationSans", size=9.5, cellsize=8.5, header=HDR,
    blocks=[
    ("title", "Overdrachtsnotitie dossiers [[PC|MTF]] -> [[PC|SYK]] / [[PC|NEI]]"),
    ("p", "Opgesteld door [[Marloes Tjon-A-Fong]] ([[PC|MTF]]) op 29 maart 2023, in verband met haar overstap naar team Noord "
          "({{L|Groningen}}). Afgestemd met teamleider [[J. van den Akker]]. Nieuwe zaakbehandelaars: [[Sevda Yildirim-Karaca]] "
          "([[PC|SYK]]) en [[Noor el Idrissi]] ([[PC|NEI]])."),
    ("table", [["Klantnr.", "Ouder", "Fase", "Bijzonderheden", "Naar"],
        ["[[N|K-4471902]]", "mw. [[S. Bouzidi]], {{L|Den Haag}}", "{{G|integrale beoordeling}}", "verhuisd; dochter thuiszitter; [[H|PTSS]]", "[[PC|SYK]]"],
        ["[[N|K-3380517]]", "fam. [[Verbruggen]], {{L|Almere}}", "{{G|CWS}} advies", "advocaat mr. [[Stapelkamp]]", "[[PC|SYK]]"],
        ["[[N|K-6026649]]", "mw. [[P.R. Doelwijt]], {{L|Amsterdam}}", "{{G|bezwaar}}", "zoon [[Jayden]] in jeugdzorg", "[[PC|NEI]]"],
        ["[[N|K-1193370]]", "dhr. [[G.J. Pruijssers]], {{L|Emmen}}", "{{G|nabestaanden}}", "ouder [[H|overleden aan kanker]] (2021)", "[[PC|NEI]]"],
        ["[[N|K-7754120]]", "mw. [[D. Schoonderwoerd]], {{L|Gouda}}", "{{G|eerste toets}}", "bewindvoerder mr. [[L. Huijgens]]", "[[PC|NEI]]"],
        ["[[N|K-2208815]]", "mw. [[S. Ramsaran-Bhikhie]], {{L|Den Haag}}", "{{G|CWS}} advies", "[[R|hindoeïstisch]] huwelijk, alleen voltrokken in tempel", "[[PC|SYK]]"]],
     [0.14, 0.25, 0.16, 0.35, 0.1]),
    ("p", "Let op bij mw. [[Ramsaran-Bhikhie]]: zij spreekt beperkt Nederlands; dochter [[Anjali]] ([[D|06-06-2001]]) tolkt. "
          "Telefoonnummer dochter: [[06-23117408]]."),
    ("p", "Wachtwoord van de gedeelde map is via {{P|Signal}} gedeeld. Vragen na 1 april: [[m.tjonafong@belastingdienst.nl]] blijft actief."),
]))

# ---------------------------------------------------------------- hk22 agenda + attendance ouderpanel
D.append(dict(stem="hk22_agenda_presentielijst_ouderpanel", producer="docx", font="Carlito", size=10.5,
    author_meta="APloegmakers", hidden=[("metadata", "USERNAME", "APloegmakers")],
    blocks=[
    ("title", "Ouderpanel Hersteloperatie - bijeenkomst {{D|16 mei 2023}}"),
    ("p", "Locatie: {{Y|Jaarbeursplein 6}}, {{L|Utrecht}}. Aanvang 10.00 uur. Voorzitter: [[Annelies Ploegmakers]] (coördinator ouderpanel)."),
    ("h", "Agenda"),
    ("p", "1. Opening en vaststelling verslag 11 april\n2. Ervaringen met de {{G|persoonlijk zaakbehandelaar}} (inleiding "
          "[[Thijs Verhoeven]])\n3. Terugkoppeling gesprek met {{R|staatssecretaris De Vries}}\n4. {{G|Kindregeling}} en jongeren\n"
          "5. Rondvraag"),
    ("h", "Presentielijst"),
    ("table", [["Naam", "Rol", "Aanwezig"],
               ["[[Annelies Ploegmakers]]", "{{F|coördinator ouderpanel}} UHT", "ja"],
               ["[[Thijs Verhoeven]]", "{{F|communicatieadviseur}}", "ja"],
               ["[[Wendy Bruinsma-de Haas]]", "ouder, {{L|Leeuwarden}}", "ja"],
               ["[[Gert-Jan Pruijssers]]", "ouder, {{L|Emmen}}", "ja"],
               ["[[Zeynep Arslan]]", "ouder, {{L|Arnhem}}", "nee (afgemeld)"],
               ["[[Demi Schoonderwoerd]]", "ouder, {{L|Gouda}}", "ja (online)"],
               ["[[Sevda Yildirim-Karaca]]", "{{F|persoonlijk zaakbehandelaar}}", "ja"]], [0.4, 0.4, 0.2]),
    ("p", "Afmelding mevrouw [[Arslan]]: [[H|zij is opgenomen in het ziekenhuis]]. [[Annelies]] stuurt een kaart namens het panel."),
    ("p", "Reiskosten ouders worden vergoed; declaratie via {{M|ouderpanel@toeslagen.nl}}."),
]))

# ---------------------------------------------------------------- hk23 complaint handling, Nationale ombudsman
D.append(dict(stem="hk23_klachtbehandeling_ombudsman", producer="rl", font="DejaVuSerif", size=9.5, header=HDR,
    blocks=[
    ("title", "Klachtbehandeling - interventie {{O|Nationale ombudsman}}"),
    ("kv", [["Klachtnummer", "{{Z|KL-2023-00978}}"], ["Dossier No", "{{Z|2023.04471}}"],
            ["Klager", "de heer [[Gert-Jan Pruijssers]], [[A|Noorderstraat 19]], [[A|7811 AB]] {{L|Emmen}}"],
            ["Klachtbehandelaar", "[[Femke Tuinstra]], {{F|klachtcoördinator}}"]], [0.22, 0.78]),
    ("p", "Op 3 juli 2023 heeft de {{O|Nationale ombudsman}} ({{R|Reinier van Zutphen}}) ons gevraagd de klacht van de heer "
          "[[Pruijssers]] met voorrang te behandelen. Klager is de weduwnaar van mevrouw [[Hilde Pruijssers-Mulder]], die in 2021 "
          "is [[H|overleden aan borstkanker]]. Hij vindt dat de afhandeling van de {{G|Nabestaandenregeling}} te lang duurt."),
    ("p", "Klager heeft op 28 juni gebeld met de {{O|Hulplijn}} en is daarbij volgens hem onheus bejegend door een medewerker "
          "(\"[[Ricardo]]\"). De opname van het gesprek is opgevraagd bij {{O|Teleperformance}}."),
    ("p", "Afspraak: [[Femke]] belt klager uiterlijk 10 juli terug op [[06-44091876]]; kopie van de reactie naar "
          "{{M|klachten@nationaleombudsman.nl}}. Zie ook het advies van de {{O|Kinderombudsman}}, {{R|Margrite Kalverboer}}, "
          "over het betrekken van kinderen."),
    ("small", "[[f.tuinstra@belastingdienst.nl]] | {{O|UHT}} {{O|Klachtenmanagement}}, {{Y|Laan van Westenenk 88}}, {{L|Apeldoorn}}"),
]))

# ---------------------------------------------------------------- hk24 meeting invite (Outlook, English)
D.append(dict(stem="hk24_uitnodiging_teams_overleg", producer="rl", font="Helvetica", size=9.5,
    blocks=[
    ("h", "Meeting: Casuïstiekoverleg gemeenten - UHT regio {{L|Flevoland}}"),
    ("kv", [["Organizer", "[[Akker, Jeroen van den]]"], ["When", "Tuesday, June 13, 2023 14:00-15:30 (UTC+01:00) Amsterdam"],
            ["Where", "{{P|Microsoft Teams}} Meeting"],
            ["Required", "[[Koopmans, Esther]] <[[e.koopmans@almere.nl]]>; [[Van der Meulen, Sjoerd]] <[[s.vandermeulen@lelystad.nl]]>; "
                         "[[Tjon-A-Fong, Marloes]]; [[El Idrissi, Noor]]"],
            ["Optional", "{{M|regieteam.flevoland@toeslagen.nl}}; [[Hogenbirk, Frank]]"]], [0.18, 0.82]),
    ("p", "Agenda:\n1. Stand van zaken {{G|brede ondersteuning}} {{L|Almere}} en {{L|Lelystad}}\n2. Casus fam. [[Verbruggen]] "
          "(woningcorporatie {{O|De Alliantie}}, huurachterstand)\n3. Signalen {{O|GGD Flevoland}} over psychische klachten bij ouders\n"
          "4. Afspraken gegevensdeling ({{W|AVG}}, grondslag artikel {{W|2.6 Wht}})"),
    ("small", "Join on your computer, mobile app or room device. Meeting ID: {{Z|362 118 904 517}}  Passcode: tE7qkR\n"
              "Dial in by phone {{X|+31 20 794 5512}},,,  Phone Conference ID: 845 112 09#\n"
              "Belastingdienst | Learn more | Meeting options"),
]))

# ---------------------------------------------------------------- hk25 signalering crisis (docx)
D.append(dict(stem="hk25_signalering_zorgwekkende_situatie", producer="docx", font="Liberation Sans", size=10,
    author_meta="Toeslagen", header="VERTROUWELIJK - Signaleringsformulier zorgwekkende situatie",
    blocks=[
    ("title", "Signalering zorgwekkende situatie ouder"),
    ("kv", [["Datum melding", "19 juli 2023, 15.45 uur"], ["Melder", "[[Noor el Idrissi]] ({{F|persoonlijk zaakbehandelaar}})"],
            ["Ouder", "mevrouw [[Demi Schoonderwoerd]], [[A|Goudse Houtsingel 77]], [[A|2802 SG]] {{L|Gouda}}"],
            ["Geboortedatum", "[[D|02-12-1990]]"], ["BSN", "[[311884258]]"]], [0.25, 0.75]),
    ("h", "Aard van het signaal"),
    ("p", "Tijdens een telefoongesprek uitte mevrouw [[H|suïcidale gedachten]]. Zij zei dat zij \"het niet meer ziet zitten\" "
          "nu de woningcorporatie {{O|Mozaïek Wonen}} een ontruimingsvonnis heeft. Zij is [[H|zwanger van haar derde kind]]."),
    ("h", "Ondernomen acties"),
    ("p", "1. Direct contact gezocht met {{O|113 Zelfmoordpreventie}} en de huisarts.\n2. {{O|Veilig Thuis Hollands Midden}} "
          "geïnformeerd (melding {{Z|VT-HM-2023-3381}}).\n3. Teamleider [[Jeroen van den Akker]] en de {{O|Vertrouwenspersoon UHT}} geïnformeerd.\n"
          "4. Gemeente {{L|Gouda}} (team {{G|Herstel Toeslagen}}) gevraagd om huisbezoek; contact [[Lieke Brandwijk]] [[0182-589412]]."),
    ("p", "Bewindvoerder mr. [[L. Huijgens]] is gevraagd de ontruiming aan te houden. Zie [[H|de eerdere opname bij Rivierduinen]] (2021)."),
    ("small", "Meldingen: {{M|zorgwekkend@toeslagen.nl}} - bewaren in het afgeschermde deel van het dossier."),
]))

# ---------------------------------------------------------------- hk26 caseload export with personnel numbers
D.append(dict(stem="hk26_caseload_zaakbehandelaars", producer="rl", font="LiberationSans", size=9, cellsize=8.5, landscape=True,
    blocks=[
    ("title", "Caseload persoonlijk zaakbehandelaars - peildatum {{D|30 juni 2023}} (export uit {{P|Trajectum}})"),
    ("table", [["Personeelsnr.", "Naam", "Team", "Functie", "Dossiers", "Open CWS", "Ziekteverzuim Q2"],
        ["[[N|P-4417720]]", "[[Tjon-A-Fong, M.]]", "Noord", "{{F|persoonlijk zaakbehandelaar}}", "12", "1", "[[H|38 dagen]]"],
        ["[[N|P-3306195]]", "[[Yildirim-Karaca, S.]]", "Zuid-West", "{{F|persoonlijk zaakbehandelaar}}", "41", "6", "[[H|4 dagen]]"],
        ["[[N|P-5190348]]", "[[El Idrissi, N.]]", "Zuid-West", "{{F|persoonlijk zaakbehandelaar}}", "39", "3", "0"],
        ["[[N|P-2265071]]", "[[Oudejans, B.]]", "BBK", "{{F|jurist}}", "57", "9", "[[H|2 dagen]]"],
        ["[[N|P-6608413]]", "[[Brink, Ricardo ten]]", "Hulplijn", "{{F|medewerker hulplijn}}", "-", "-", "0"],
        ["[[N|P-1187526]]", "[[Tuinstra, F.]]", "Klachten", "{{F|klachtcoördinator}}", "22", "-", "[[H|1 dag]]"],
        ["[[N|P-7730264]]", "[[Çelik, M.]]", "Data", "{{F|data-analist}}", "-", "-", "0"],
        ["[[N|P-9014457]]", "[[Akker, J. van den]]", "Zuid-West", "{{F|teamleider}}", "-", "-", "0"]],
     [0.11, 0.17, 0.1, 0.22, 0.08, 0.08, 0.14]),
    ("small", "Gemiddelde caseload {{O|UHT}}: 38 dossiers per zaakbehandelaar. Bron: {{P|Trajectum}} / {{O|P-Direkt}}. "
              "Vertrouwelijk: verzuimgegevens alleen voor {{F|teamleider}} en {{O|HR}}."),
]))

# ---------------------------------------------------------------- hk27 answers to parliamentary questions (2 pages)
D.append(dict(stem="hk27_antwoorden_kamervragen", producer="rl", font="Times-Roman", size=10.5,
    header="Ministerie van Financiën\nConcept antwoorden - versie 2", footer="{{Z|2023Z09871}}",
    hidden_ops={"annots": [(0, [500, 760, 520, 780], "Antwoord 3 nog laten checken door Gijs en Bram (BBK).", "Wijnbergen, Hanneke")]},
    hidden=[("annotations", "PERSON", "Wijnbergen, Hanneke"), ("annotations", "PERSON", "Gijs")],
    blocks=[
    ("title", "Antwoorden op vragen van het lid {{R|Alkaya}} ({{O|SP}}) over het afwijken van adviezen van de Commissie Werkelijke Schade"),
    ("p", "(ingezonden {{D|6 juni 2023}}, {{Z|2023Z09871}})"),
    ("h", "Vraag 1"),
    ("p", "Kent u het bericht \"UHT negeert advies schadecommissie\" in {{O|Trouw}} van 5 juni 2023?"),
    ("h", "Antwoord 1"),
    ("p", "Ja."),
    ("h", "Vraag 2"),
    ("p", "Hoe vaak is {{O|UHT}} sinds de oprichting van de {{O|Commissie Werkelijke Schade}} afgeweken van een advies?"),
    ("h", "Antwoord 2"),
    ("p", "Tot 1 juni 2023 heeft de CWS 3.912 adviezen uitgebracht. In 37 gevallen is {{O|UHT}} (deels) afgeweken. In alle "
          "gevallen is dit gemotiveerd in het besluit. Ik verwijs ook naar mijn brief van 22 juni 2023 ({{Z|2023-0000219874}})."),
    ("h", "Vraag 3"),
    ("p", "Klopt het dat een moeder met een posttraumatische stressstoornis een lagere vergoeding kreeg dan de CWS adviseerde?"),
    ("h", "Antwoord 3"),
    ("p", "Op individuele zaken kan ik niet ingaan. In algemene zin geldt dat {{O|UHT}} medische informatie alleen gebruikt "
          "met toestemming van de ouder, in lijn met de {{W|Algemene verordening gegevensbescherming}}."),
    ("pb",),
    ("h", "Vraag 4"),
    ("p", "Bent u bereid de Kamer te informeren over de uitkomsten van het gesprek met de {{O|Vereniging van Nederlandse Gemeenten}}?"),
    ("h", "Antwoord 4"),
    ("p", "Ja. Ik heb hierover samen met minister {{R|Kaag}} gesproken met de {{O|VNG}} en met burgemeester {{R|Halsema}} van "
          "{{L|Amsterdam}}. Ook de Kamerleden {{R|Omtzigt}} en {{R|Van Dijk}} zijn hierover geïnformeerd tijdens het commissiedebat."),
    ("p", "{{R|Aukje de Vries}}\nStaatssecretaris van Financiën - Toeslagen en Douane"),
    ("small", "Interne noot (verwijderen voor verzending): antwoord 3 is gebaseerd op de zaak van mw. [[Bouzidi]]; opsteller "
              "[[H. Wijnbergen]] ([[PC|HWi]]), juridische check [[G.J. van Leeuwen-Brandsma]] ([[PC|GvLB]])."),
]))

# ---------------------------------------------------------------- hk28 handwritten phone note (scan)
D.append(dict(stem="hk28_scan_handgeschreven_belnotitie", producer="scan", font="Dkg", size=20, seed=2829, nofooter=True, blur=0.3,
    ocr_keep=["Arslan", "Sevda", "Noor"],
    blocks=[
    ("p", "Belnotitie 21/6"),
    ("p", "Gebeld door mw. [[Arslan]] (Arnhem)"),
    ("p", "tel [[06 3127 4480]]"),
    ("p", "Wil weten wanneer [[Emre]] het geld krijgt"),
    ("p", "Zit in ziekenhuis ivm [[H|hartoperatie]]"),
    ("p", "terugbellen na 14u -> [[Sevda]]"),
    ("p", "BSN [[279653402]]"),
    ("p", "- [[Noor]]"),
]))

# ---------------------------------------------------------------- hk29 concept letter with sticky notes
D.append(dict(stem="hk29_conceptbrief_met_opmerkingen", producer="rl", font="Carlito", size=11, header=HDR + "\nCONCEPT",
    hidden_ops={"annots": [(0, [480, 640, 500, 660], "Is dit het juiste adres? Mw. woont sinds 1/5 bij haar zus in Ede (Bospad 3).", "Yildirim-Karaca, Sevda"),
                           (0, [480, 520, 500, 540], "Bedrag afstemmen met Ruud voor verzending. - JvdA", "Akker, J. van den"),
                           (0, [480, 420, 500, 440], "Tekst ok. Groet, Thijs", "Verhoeven, T.")]},
    hidden=[("annotations", "ADDRESS", "Bospad 3"), ("annotations", "PERSON", "Yildirim-Karaca, Sevda"),
            ("annotations", "PERSON", "Ruud"), ("annotations", "PARAPH", "JvdA"), ("annotations", "PERSON", "Thijs"),
            ("annotations", "PERSON", "Verhoeven, T.")],
    blocks=[
    ("kv", [["", "Mevrouw [[J.M. van 't Hek]]\n[[A|Goirkestraat 88]]\n[[A|5046 GM]] {{L|Tilburg}}"]], [0.5, 0.5]),
    ("kv", [["Datum", "mei 2023"], ["Ons kenmerk", "{{Z|UHT/IB/2023/097215}}"], ["Onderwerp", "Uitnodiging gesprek integrale beoordeling"]], [0.25, 0.75]),
    ("p", "Beste mevrouw [[Van 't Hek]],"),
    ("p", "Wij nodigen u uit voor een gesprek over uw situatie. In dat gesprek bespreken we ook de schulden die u nog heeft en "
          "de hulp die de gemeente {{L|Tilburg}} kan bieden via het {{G|Sociaal Wijkteam}}."),
    ("p", "Het gesprek is op 6 juni 2023 om 10.00 uur op ons kantoor aan het {{Y|Stationsplein 1}} in {{L|Tilburg}}. U mag iemand "
          "meenemen, bijvoorbeeld uw dochter [[Romy]] of iemand van {{O|Humanitas}}."),
    ("p", "Uw {{F|persoonlijk zaakbehandelaar}} is mevrouw [[S. Yildirim-Karaca]]. U kunt haar bellen op [[06-20938816]] "
          "(maandag t/m donderdag)."),
    ("p", "Met vriendelijke groet,\n\n{{O|Uitvoeringsorganisatie Herstel Toeslagen}}"),
]))

# ---------------------------------------------------------------- hk30 pseudonymised report, outline leaks names
D.append(dict(stem="hk30_rapport_casusanalyse_geanonimiseerd", producer="rl", font="DejaVuSans", size=9.5,
    header="Kennis & Advies Toeslagen - Casusanalyse", footer="intern",
    hidden_ops={"outline": [("Casus A (fam. Rahimi, Zwolle)", 0), ("Casus B (mw. Lindeboom)", 0),
                            ("Bijlage: interview pzb Evelien", 1)],
                "author": "I. ter Horst"},
    hidden=[("outline", "PERSON", "Rahimi"), ("outline", "PERSON", "Lindeboom"), ("outline", "PERSON", "Evelien"),
            ("metadata", "PERSON", "I. ter Horst")],
    blocks=[
    ("title", "Casusanalyse wisselingen persoonlijk zaakbehandelaar"),
    ("p", "Opgesteld door {{O|Kennis & Advies}} op verzoek van de {{F|directeur-generaal Toeslagen}}. De casussen zijn "
          "geanonimiseerd; ouders worden aangeduid als ouder A en ouder B."),
    ("h", "Casus A"),
    ("p", "Ouder A (alleenstaande vader, {{L|Zwolle}}) had sinds 2021 vier zaakbehandelaars. Elke wissel leidde tot nieuwe "
          "uitvraag van stukken. Ouder A noemt het contact met de {{O|Hulplijn}} \"vriendelijk maar zinloos\"."),
    ("h", "Casus B"),
    ("p", "Ouder B woont in {{L|Hoogeveen}} aan de {{S|Van Goghstraat}}. Na de wissel in 2022 is een toegezegde betaling uit de "
          "{{G|Catshuisregeling}} blijven liggen. De gemeente {{L|Hoogeveen}} signaleerde dit via het {{G|Gemeentelijk Loket Herstel}}."),
    ("h", "Bevindingen"),
    ("p", "1. Warme overdracht ontbreekt vaak.\n2. Het dossier in {{P|Trajectum}} is niet volledig.\n3. Ouders willen één vast "
          "aanspreekpunt; het {{G|Programma Versnelling}} en de {{O|Commissie Werkelijke Schade}} erkennen dit."),
    ("pb",),
    ("h", "Bijlage: interview met een persoonlijk zaakbehandelaar"),
    ("p", "\"Ik had op het hoogtepunt zestig dossiers. Als je dan ziek wordt, gaan ouders het merken.\" De geïnterviewde "
          "werkt sinds 2020 bij {{O|UHT}} en werkte daarvoor bij het {{O|UWV}} in {{L|Zwolle}}."),
    ("p", "Contact over deze analyse: {{M|kennis.advies@toeslagen.nl}}; opsteller [[I. ter Horst]] ([[06-51229083]])."),
]))

# ---------------------------------------------------------------- hk31 inventory list (2 pages)
def _inv_rows():
    rows = [["Nr", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"]]
    items = [
        ("1", "Mail [[Tjon-A-Fong]] aan [[Van den Akker]]", "07-03-2023", "deels openbaar", "{{Z|5.1.2e}}, {{Z|5.1.1e}}", ""),
        ("2", "Mail {{O|CWS}}-secretariaat", "20-04-2023", "deels openbaar", "{{Z|5.1.2e}}, {{Z|5.1.1d}}", ""),
        ("3", "Telefoonnotitie", "15-03-2023", "deels openbaar", "{{Z|5.1.2e}}, {{Z|5.1.1d}}", ""),
        ("4", "Betaallijst batch BO-2023-061", "27-06-2023", "deels openbaar", "{{Z|5.1.1e}}, {{Z|5.1.2e}}", "IBAN's verwijderd"),
        ("5", "Teams-chat team Zuid-West", "24-03-2023", "deels openbaar", "{{Z|5.1.2e}}, {{Z|5.1.1d}}", ""),
        ("6", "Verslag MT-overleg", "11-04-2023", "deels openbaar", "{{Z|5.1.2e}}, {{Z|5.2.1}}", ""),
        ("7", "Nota aan staatssecretaris", "03-07-2023", "deels openbaar", "{{Z|5.2.1}}", "reeds openbaar, zie {{Z|2023-0000231145}}"),
        ("8", "Caseload-overzicht", "30-06-2023", "niet openbaar", "{{Z|5.1.2e}}", "verzuimgegevens"),
        ("9", "Signalering zorgwekkende situatie", "19-07-2023", "niet openbaar", "{{Z|5.1.1d}}", ""),
        ("10", "Handgeschreven brief ouder ([[C. Verbruggen]])", "02-05-2023", "niet openbaar", "{{Z|5.1.1d}}", "brief van burger"),
        ("11", "Concept Kamerbrief", "22-06-2023", "openbaar", "-", "duplicaat van {{Z|2023-0000219874}}"),
        ("12", "Memo schuldenaanpak", "17-02-2023", "deels openbaar", "{{Z|5.1.2e}}", ""),
    ]
    for it in items:
        rows.append(list(it))
    return rows


D.append(dict(stem="hk31_inventarislijst_woo", producer="rl", font="LiberationSans", size=9, cellsize=8.5, landscape=True,
    header="Inventarislijst bij besluit {{Z|2023-0000412876}}",
    blocks=[
    ("title", "Inventarislijst {{W|Woo}}-verzoek persoonlijk zaakbehandelaars"),
    ("table", _inv_rows(), [0.05, 0.35, 0.1, 0.12, 0.14, 0.24]),
    ("p", "Behandelaar {{W|Woo}}-verzoek: [[Jasper Mertens]] ({{O|DG Toeslagen}}, team {{O|Woo en Informatieverzoeken}}). "
          "Beoordeling afgestemd met [[PC|GvLB]] en met de {{O|Directie Juridische Zaken}} van Financiën."),
    ("p", "Legenda gronden: {{Z|5.1.1d}} bijzondere persoonsgegevens; {{Z|5.1.1e}} identificatienummers; {{Z|5.1.2e}} "
          "eerbiediging van de persoonlijke levenssfeer; {{Z|5.2.1}} persoonlijke beleidsopvattingen."),
]))

# ---------------------------------------------------------------- hk32 scanned typed objection letter (2 pages)
D.append(dict(stem="hk32_scan_bezwaarschrift_ouder", producer="scan", font="Courier", size=10.5, seed=3235, nofooter=True,
    blocks=[
    ("p", "[[S. Ramsaran-Bhikhie]]\n[[A|Loosduinse Hoofdstraat 412]]\n[[A|2552 AL]] Den Haag\nTel. [[06-17735204]]\nBSN [[203745103]]"),
    ("sp", 6),
    ("p", "Uitvoeringsorganisatie Herstel Toeslagen\nAfdeling Bezwaar\nPostbus 1000\n7300 BA Apeldoorn"),
    ("sp", 6),
    ("p", "Den Haag, 21 augustus 2023"),
    ("p", "Betreft: bezwaar tegen besluit van 17 juli 2023, kenmerk UHT/IB/2023/104418"),
    ("p", "Geachte heer, mevrouw,"),
    ("p", "Hierbij maak ik bezwaar tegen uw besluit over de werkelijke schade. De Commissie Werkelijke Schade heeft "
          "geadviseerd mij een hoger bedrag te geven, maar u volgt dat advies maar gedeeltelijk. Mijn zaakbehandelaar, "
          "mevrouw [[Yildirim]], heeft mij niet uitgelegd waarom."),
    ("p", "Door de terugvordering in 2013 moest ik mijn studie afbreken. Mijn man [[Ravi Ramsaran]] en ik zijn in 2015 "
          "uit elkaar gegaan. Ik ben sindsdien [[H|diabetespatiënt]] en ik heb twee keer in het Haaglanden Medisch Centrum gelegen."),
    ("pb",),
    ("p", "Mijn dochter [[Anjali]] heeft mij geholpen met deze brief. U kunt haar bellen als ik niet opneem: [[06-23117408]]."),
    ("p", "Ik vraag u om:\n1. het advies van de Commissie Werkelijke Schade volledig te volgen;\n2. mijn proceskosten te vergoeden;\n"
          "3. mij te horen, met een tolk Hindi."),
    ("p", "Het geld kan op mijn rekening [[NL82 ABNA 0611 9045 72]]."),
    ("p", "Met vriendelijke groet,"),
    ("sig", "S. Ramsaran"),
    ("p", "[[Sunita Ramsaran-Bhikhie]]"),
    ("sp", 10),
    ("p", "ONTVANGEN 24 AUG 2023 - UHT Postkamer Apeldoorn - paraaf [[PC|KvW]] ([[K. van Wijngaarden]])"),
]))

# ---------------------------------------------------------------- hk33 factsheet for the Kamer (keep-heavy, 2 pages)
D.append(dict(stem="hk33_factsheet_hersteloperatie", producer="docx", font="Carlito", size=10.5,
    author_meta="Ministerie van Financiën", header="Factsheet Hersteloperatie kinderopvangtoeslag - stand 30 juni 2023",
    blocks=[
    ("title", "Factsheet {{G|Hersteloperatie kinderopvangtoeslag}}"),
    ("p", "Bijlage bij de brief van {{R|staatssecretaris De Vries}} aan de {{O|Tweede Kamer}} van 22 juni 2023 ({{Z|2023-0000219874}})."),
    ("h", "Regelingen"),
    ("table", [["Regeling", "Grondslag", "Uitvoerder", "Stand"],
               ["{{G|Catshuisregeling}} (€ 30.000)", "{{W|Wet hersteloperatie toeslagen}}", "{{O|UHT}}", "ruim 31.000 ouders"],
               ["{{G|Kindregeling}}", "{{W|Wht}}, hoofdstuk 3", "{{O|UHT}}", "ruim 64.000 kinderen"],
               ["{{G|Ex-partnerregeling}}", "{{W|Wht}}", "{{O|UHT}}", "ruim 5.000 ex-partners"],
               ["{{G|Nabestaandenregeling}}", "{{W|Wht}}", "{{O|UHT}}", "ruim 200 nabestaanden"],
               ["{{G|Werkelijke schade}}", "{{W|Wht}} / {{O|CWS}}", "{{O|Commissie Werkelijke Schade}}", "3.912 adviezen"],
               ["{{G|Brede ondersteuning}}", "{{W|Wet gemeentelijke schuldhulpverlening}}", "gemeenten / {{O|VNG}}", "alle 342 gemeenten"]],
     [0.25, 0.3, 0.25, 0.2]),
    ("h", "Betrokken organisaties"),
    ("p", "{{O|Uitvoeringsorganisatie Herstel Toeslagen}} ({{L|Utrecht}}, {{L|Apeldoorn}}, {{L|Den Haag}}), {{O|Commissie Werkelijke Schade}}, "
          "{{O|Bezwaarschriftencommissie}}, {{O|Commissie van Wijzen}}, {{O|Vereniging van Nederlandse Gemeenten}}, "
          "{{O|Nationale ombudsman}}, {{O|Kinderombudsman}}, {{O|Stichting Herstel Jongeren}}, {{O|SBK}}, {{O|CJIB}}, {{O|DUO}} en {{O|CAK}}."),
    ("h", "Politieke verantwoordelijkheid"),
    ("p", "Verantwoordelijk bewindspersoon is {{R|Aukje de Vries}}, staatssecretaris van Financiën - Toeslagen en Douane. "
          "Minister {{R|Sigrid Kaag}} is verantwoordelijk voor de fiscaliteit. In de Tweede Kamer stelden onder meer "
          "Kamerlid {{R|Pieter Omtzigt}}, Kamerlid {{R|Inge van Dijk}} en het lid {{R|Alkaya}} vragen over de voortgang."),
    ("pb",),
    ("h", "Contact"),
    ("p", "Ouders: {{X|0800 - 2 358 358}} (gratis, werkdagen 9.00-17.00 uur) of {{P|herstel.toeslagen.nl}}.\n"
          "Pers: {{M|persvoorlichting@minfin.nl}}, {{X|070 342 80 00}}.\n"
          "Gemeenten: {{M|gemeenten.herstel@toeslagen.nl}}."),
    ("h", "Begrippen"),
    ("table", [["Begrip", "Uitleg"],
               ["{{T|O/GS}}", "opzet / grove schuld; leidde tot uitsluiting van persoonlijke betalingsregelingen"],
               ["{{T|FSV}}", "{{T|Fraude Signalering Voorziening}}, zwarte lijst van de {{O|Belastingdienst}}"],
               ["{{T|CAF}}", "{{T|Combiteam Aanpak Facilitators}}"],
               ["{{T|Integrale beoordeling}}", "volledige toets van alle toeslagjaren door een {{F|persoonlijk zaakbehandelaar}}"]],
     [0.3, 0.7]),
]))
