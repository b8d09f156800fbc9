"""Documents hk11-hk20."""
HDR = "Uitvoeringsorganisatie Herstel Toeslagen"
D = []

# ---------------------------------------------------------------- hk11 case file summary (2 pages, outline hidden)
D.append(dict(stem="hk11_zaakdossier_samenvatting", producer="rl", font="LiberationSerif", size=10, header=HDR + "\nZaakdossier - intern",
    hidden_ops={"outline": [("Samenvatting dossier fam. Aït Haddou", 0), ("Bijlage medische verklaring Dr. Vrijhof", 1)]},
    hidden=[("outline", "PERSON", "Vrijhof")],
    blocks=[
    ("title", "Samenvatting zaakdossier integrale beoordeling"),
    ("kv", [["Zaaknummer", "{{Z|HT-2022-11873}}"], ["Klantnummer", "[[N|K-5519027]]"],
            ["Ouder", "de heer [[Karim Aït Haddou]], geboren [[D|04-10-1981]]"],
            ["BSN", "[[288109466]]"], ["Adres", "[[A|Marco Pololaan 318]], [[A|3526 GB]] {{L|Utrecht}}"],
            ["Ex-partner", "mevrouw [[Daphne Roodbeen]] (BSN [[1901.48.227]])"],
            ["Kinderen", "[[Sami]] ([[D|12-02-2008]]), [[Lina]] ([[D|27-08-2012]])"],
            ["Zaakbehandelaar", "[[Sevda Yildirim-Karaca]] (sinds 01-04-2023; daarvoor [[Marloes Tjon-A-Fong]])"]], [0.22, 0.78]),
    ("h", "1. Toeslaghistorie"),
    ("p", "Ouder ontving kinderopvangtoeslag over de jaren 2010-2014 voor opvang bij {{O|Kinderopvang Kanaleneiland}}. In 2014 is de "
          "toeslag over 2012 en 2013 volledig teruggevorderd (€ 23.417) na een {{T|CAF-onderzoek}} ({{T|CAF 11}}). De ouder is als "
          "opzet/grove schuld (O/GS) aangemerkt. De {{G|eerste toets}} is positief afgerond op 3 mei 2022."),
    ("h", "2. Schulden"),
    ("p", "Bij aanmelding had de ouder schulden bij de {{O|Belastingdienst}}, {{O|DUO}}, {{O|CAK}} en de woningcorporatie "
          "{{O|Mitros}}. De publieke schulden zijn kwijtgescholden. Private schulden (totaal € 41.380) zijn overgenomen door "
          "{{O|SBK}}. Ouder staat sinds 2016 onder bewind van "
          "[[Kees de Bruijckere]] ({{O|Bewindvoering Domstad}})."),
    ("h", "3. Gezondheid en gezin"),
    ("p", "Ouder meldt dat hij door de terugvordering zijn baan als buschauffeur bij {{O|Qbuzz}} verloor. Hij is in 2017 "
          "[[H|opgenomen geweest in de psychiatrie]] ({{O|Altrecht}}) en gebruikt [[H|antidepressiva]]. Zoon [[Sami]] is in "
          "2019 [[C|in aanraking geweest met politie]] (winkeldiefstal, {{O|Halt}}-afdoening). Ouder is [[R|moslim]] en vraagt "
          "om gesprekken buiten het vrijdaggebed te plannen."),
    ("pb",),
    ("h", "4. Beoordeling"),
    ("p", "Gelet op de {{W|Wet hersteloperatie toeslagen}} en de {{W|Algemene wet inkomensafhankelijke regelingen}} "
          "({{W|Awir}}) wordt de ouder gecompenseerd voor de teruggevorderde toeslag, vermeerderd met 25% en de "
          "forfaitaire immateriële schadevergoeding (€ 500 per half jaar). Voor de gestelde inkomensschade wordt de zaak "
          "voorgelegd aan de {{O|Commissie Werkelijke Schade}}."),
    ("p", "Voorlopig bedrag: € 71.950. Voorschot {{G|Catshuisregeling}} (€ 30.000) is op 14 april 2021 uitbetaald op "
          "[[NL72 ASNB 0870 3166 52]] (ten name van [[K. Aït Haddou]])."),
    ("h", "5. Vervolg"),
    ("table", [["Actie", "Wie", "Wanneer"],
               ["Voorleggen aan CWS", "[[PC|SYK]]", "juni 2023"],
               ["Gesprek met bewindvoerder", "[[PC|SYK]] / [[De Bruijckere]]", "mei 2023"],
               ["Juridische toets", "[[Bram Oudejans]]", "na CWS-advies"],
               ["Afstemming {{O|gemeente Utrecht}} (brede ondersteuning)", "[[Esther Koopmans]]", "doorlopend"]], [0.5, 0.3, 0.2]),
    ("small", "Opgesteld door [[PC|SYK]] ([[s.yildirim@belastingdienst.nl]]). Gecontroleerd: [[PC|JvdA]] op 28-04-2023."),
]))

# ---------------------------------------------------------------- hk12 CWS advies (docx)
D.append(dict(stem="hk12_advies_commissie_werkelijke_schade", producer="docx", font="Carlito", size=10.5,
    author_meta="CWS secretariaat", header="Commissie Werkelijke Schade",
    blocks=[
    ("title", "Advies Commissie Werkelijke Schade"),
    ("kv", [["Zaaknummer CWS", "{{Z|CWS-2023-1187}}"], ["Aanvragers", "[[Dennis Verbruggen]] en [[Chantal Verbruggen-Koster]]"],
            ["Datum zitting", "{{D|9 mei 2023}}"], ["Datum advies", "{{D|30 mei 2023}}"]], [0.3, 0.7]),
    ("h", "1. Procesverloop"),
    ("p", "De {{O|Uitvoeringsorganisatie Herstel Toeslagen}} heeft op 19 april 2023 advies gevraagd. Aanvragers zijn op de zitting "
          "gehoord, bijgestaan door mr. [[R.M. Stapelkamp]] ({{O|Flevo Advocaten}}, {{L|Lelystad}}). Namens {{O|UHT}} was "
          "mevrouw [[Tjon-A-Fong]] aanwezig. Het secretariaat werd gevoerd door [[P.J. Dekkers]]."),
    ("h", "2. Feiten"),
    ("p", "Aanvragers ontvingen kinderopvangtoeslag voor hun kinderen [[Levi]] en [[Noa]]. Na de terugvordering in 2014 "
          "raakten zij hun koopwoning aan de [[A|Eikenlaan 7]] in {{L|Zeewolde}} kwijt (executieveiling 2016). Mevrouw kreeg "
          "een [[H|burn-out]] en was twee jaar arbeidsongeschikt. De heer [[Verbruggen]] heeft [[H|een alcoholverslaving]] "
          "ontwikkeld waarvoor hij is behandeld bij {{O|Tactus}}."),
    ("h", "3. Beoordeling"),
    ("p", "De commissie acht het causaal verband tussen de terugvordering en het verlies van de woning aannemelijk. Zij "
          "hanteert daarbij het {{T|Kader Werkelijke Schade}} en de {{T|redelijkheidstoets}}. Het verlies van arbeidsinkomen "
          "wordt begroot op € 18.415."),
    ("h", "4. Advies"),
    ("p", "De commissie adviseert {{O|UHT}} om aanvragers een aanvullende vergoeding van € 18.415 toe te kennen, bovenop de "
          "reeds ontvangen compensatie, en de kosten van rechtsbijstand te vergoeden volgens het {{T|Besluit proceskosten bestuursrecht}}."),
    ("p", "Namens de commissie,\n\nde voorzitter                                  de secretaris"),
    ("sig", "P-J Dekkers"),
    ("p", "[[Pieter-Jan Dekkers]]"),
]))

# ---------------------------------------------------------------- hk13 Bezwaarschriftencommissie hoorzitting minutes (2 pages)
D.append(dict(stem="hk13_verslag_hoorzitting_bsc", producer="rl", font="DejaVuSerif", size=9.5,
    header="Bezwaarschriftencommissie Herstel Toeslagen", footer="{{Z|BSC-2023-0412}}",
    blocks=[
    ("title", "Verslag hoorzitting"),
    ("kv", [["Datum", "{{D|24 maart 2023}}, 10.00-11.15 uur, {{P|Microsoft Teams}}"],
            ["Kenmerk", "{{Z|BSC-2023-0412}}"],
            ["Bezwaarmaker", "mevrouw [[P.R. Doelwijt]], {{L|Amsterdam}}"],
            ["Gemachtigde", "mr. [[R.M. Stapelkamp]]"],
            ["Commissie", "mr. [[A.L. Veenendaal-Groot]] (voorzitter), drs. [[K.S. Baldewsingh]], mr. [[H.T. Wubbolts]]"],
            ["Secretaris", "[[Yvonne Kamphuis]]"],
            ["Namens UHT", "[[Noor el Idrissi]] ({{F|persoonlijk zaakbehandelaar}}), [[Bram Oudejans]] ({{F|jurist}})"]], [0.22, 0.78]),
    ("h", "1. Opening"),
    ("p", "De voorzitter opent de zitting en stelt de aanwezigen voor. Zij wijst erop dat de commissie onafhankelijk adviseert "
          "aan de {{O|Uitvoeringsorganisatie Herstel Toeslagen}} op grond van artikel 7:13 van de {{W|Algemene wet bestuursrecht}}."),
    ("h", "2. Toelichting bezwaarmaker"),
    ("p", "Mevrouw [[Doelwijt]] licht toe dat zij het niet eens is met de hoogte van de compensatie. Zij heeft tussen 2011 en "
          "2017 geen toeslag durven aanvragen. Haar zoon [[Jayden]] werd in 2018 [[C|aangehouden]] en zat zes weken in een "
          "[[C|justitiële jeugdinrichting]]; zij legt een verband met de financiële problemen thuis. Zij is sinds 2020 "
          "[[H|onder behandeling van een psychiater]] ({{O|Arkin}})."),
    ("p", "Mr. [[Stapelkamp]] voert aan dat de {{G|Compensatieregeling}} ten onrechte alleen over de jaren 2011-2013 is berekend "
          "en verwijst naar de uitspraak van de {{O|Afdeling bestuursrechtspraak van de Raad van State}} van 2 november 2022 "
          "({{Z|ECLI:NL:RVS:2022:3149}})."),
    ("h", "3. Reactie UHT"),
    ("p", "Mevrouw [[El Idrissi]] en de heer [[Oudejans]] lichten het besluit toe. Zij bevestigen dat de gegevens uit de "
          "{{T|Fraude Signalering Voorziening}} opnieuw zijn bezien. Er wordt toegezegd dat de jaren 2014-2016 opnieuw worden "
          "beoordeeld."),
    ("pb",),
    ("h", "4. Vragen van de commissie"),
    ("p", "De heer [[Baldewsingh]] vraagt naar de schulden. Mevrouw [[Doelwijt]] antwoordt dat zij nog een schuld heeft bij "
          "{{O|Ymere}} en dat haar ex-partner de heer [[Ronald Pinas]] nooit heeft bijgedragen. Op vragen van de heer [[Wubbolts]] "
          "bevestigt UHT dat de private schulden zijn overgenomen."),
    ("h", "5. Sluiting"),
    ("p", "De voorzitter sluit de zitting om 11.15 uur. De commissie brengt binnen zes weken advies uit. Het verslag wordt "
          "gestuurd aan mr. [[Stapelkamp]] ([[r.stapelkamp@flevoadvocaten.nl]]) en aan de bezwaarmaker "
          "([[A|Kikkenstein 2214]], [[A|1106 CD]] {{L|Amsterdam}})."),
    ("table", [["Actie", "Wie", "Termijn"],
               ["Herbeoordeling 2014-2016", "UHT ([[PC|NEI]])", "4 weken"],
               ["Stukken FSV toezenden", "[[PC|BOu]]", "1 week"],
               ["Conceptadvies", "secretaris ([[PC|YKa]])", "6 weken"]], [0.5, 0.3, 0.2]),
    ("small", "Secretariaat: {{M|bezwaarschriftencommissie@toeslagen.nl}}; [[y.kamphuis@belastingdienst.nl]] / [[06-53390412]]"),
]))

# ---------------------------------------------------------------- hk14 besluit integrale beoordeling (letter, 2 pages)
D.append(dict(stem="hk14_besluit_integrale_beoordeling", producer="rl", font="Helvetica", size=10, header=HDR,
    hidden_ops={"author": "Sevda Yildirim"}, hidden=[("metadata", "PERSON", "Sevda Yildirim")],
    blocks=[
    ("kv", [["", "De heer [[K. Aït Haddou]]\n[[A|Marco Pololaan 318]]\n[[A|3526 GB]] {{L|Utrecht}}"],
            ["", ""]], [0.5, 0.5]),
    ("kv", [["Datum", "{{D|4 september 2023}}"], ["Ons kenmerk", "{{Z|UHT/IB/2023/118734}}"],
            ["Uw BSN", "[[2881.09.466]]"], ["Contactpersoon", "[[S. Yildirim-Karaca]]"], ["Telefoon", "[[06-20938816]]"],
            ["Onderwerp", "Besluit integrale beoordeling"]], [0.25, 0.75]),
    ("p", "Geachte heer [[Aït Haddou]],"),
    ("p", "In deze brief leest u de uitkomst van de {{G|integrale beoordeling}} van uw situatie. Wij hebben onderzocht of u "
          "recht heeft op compensatie op grond van de {{W|Wet hersteloperatie toeslagen}} ({{W|Wht}})."),
    ("h", "Uitkomst"),
    ("p", "U bent gedupeerd. Wij kennen u de volgende bedragen toe:"),
    ("table", [["Onderdeel", "Bedrag"], ["Compensatie terugvordering 2012-2013", "€ 23.417,00"],
               ["Vermeerdering 25%", "€ 5.854,25"], ["Immateriële schadevergoeding", "€ 7.500,00"],
               ["Af: voorschot {{G|Catshuisregeling}}", "- € 30.000,00"], ["Nog te betalen", "€ 6.771,25"]], [0.7, 0.3]),
    ("p", "Wij betalen het bedrag binnen zes weken op uw rekening [[NL72 ASNB 0870 3166 52]]. Omdat u onder bewind staat, "
          "sturen wij een kopie van deze brief aan uw bewindvoerder, de heer [[De Bruijckere]]."),
    ("pb",),
    ("h", "Kinderen en ex-partner"),
    ("p", "Uw kinderen [[Sami]] en [[Lina]] ontvangen een eigen brief over de {{G|kindregeling}}. Uw ex-partner, mevrouw "
          "[[Roodbeen]], kan zich melden voor de {{G|Ex-partnerregeling}}."),
    ("h", "Bent u het niet eens met dit besluit?"),
    ("p", "Dan kunt u binnen zes weken bezwaar maken. Stuur uw bezwaar naar {{O|Uitvoeringsorganisatie Herstel Toeslagen}}, "
          "Postbus 1000, 7300 BA {{L|Apeldoorn}}, of mail naar {{M|bezwaar.herstel@toeslagen.nl}}. Uw bezwaar wordt voorgelegd aan de "
          "onafhankelijke {{O|Bezwaarschriftencommissie}}. U kunt ook een {{O|Commissie Werkelijke Schade}}-procedure starten."),
    ("p", "Heeft u vragen? Bel dan uw {{F|persoonlijk zaakbehandelaar}} of de {{X|Hulplijn Herstel Toeslagen 0800 - 2 358 358}}."),
    ("p", "Met vriendelijke groet,\n\n{{O|Uitvoeringsorganisatie Herstel Toeslagen}}"),
    ("sig", "R. Bosschaart"),
    ("p", "[[R. Bosschaart]]\n{{F|afdelingshoofd Integrale Beoordeling}}"),
]))

# ---------------------------------------------------------------- hk15 MT minutes with paraph codes (2 pages)
D.append(dict(stem="hk15_verslag_mt_uht", producer="docx", font="Liberation Serif", size=10,
    author_meta="Schreuder-van Dam, L.", hidden=[("metadata", "PERSON", "Schreuder-van Dam, L.")],
    header="UHT - Managementteam",
    blocks=[
    ("title", "Verslag MT-overleg UHT"),
    ("kv", [["Datum", "{{D|11 april 2023}}, 13.30-16.00 uur"], ["Locatie", "{{Y|Kingsfordweg 1}}, {{L|Amsterdam}}, zaal 4.12"],
            ["Aanwezig", "[[Frank Hogenbirk]] (FHo, voorzitter), [[Ruud Bosschaart]] (RBo), [[Jeroen van den Akker]] (JvdA), "
                         "[[Ilse ter Horst]] (ItH), [[Thijs Verhoeven]] (TVe), [[Lotte Schreuder-van Dam]] (LSvD, verslag)"],
            ["Afwezig", "[[Annelies Ploegmakers]] (APl)"]], [0.18, 0.82]),
    ("h", "1. Mededelingen"),
    ("p", "[[PC|FHo]] meldt dat de {{R|staatssecretaris}} op 19 april het werkbezoek aan {{O|UHT}} in {{L|Utrecht}} aflegt. "
          "[[PC|TVe]] stemt het programma af met de {{O|directie Communicatie}} van Financiën."),
    ("h", "2. Doorlooptijden integrale beoordeling"),
    ("p", "[[PC|RBo]] presenteert de cijfers: gemiddelde doorlooptijd 19 maanden. Het {{G|Programma Versnelling}} levert "
          "nog onvoldoende op. [[PC|ItH]] wijst op het advies van de {{O|Raad van State}} over de {{W|Wet hersteloperatie toeslagen}}."),
    ("h", "3. Personeel"),
    ("p", "Team Zuid-West heeft een verloop van 22%. Eén zaakbehandelaar is [[H|langdurig ziek]] ([[Marloes]]); "
          "[[PC|JvdA]] zorgt voor overdracht van haar 31 dossiers. Een andere medewerker, [[Koen Rutjes]], is op "
          "non-actief gesteld na een [[C|integriteitsonderzoek]]; dit punt wordt vertrouwelijk behandeld."),
    ("h", "4. Casuïstiek"),
    ("p", "Besproken wordt de zaak van mevrouw [[Özdemir-Kaya]] (Rotterdam): zij is slachtoffer van huiselijk geweld en er "
          "is een [[C|contactverbod]] voor de ex-partner. Besloten wordt haar dossier af te schermen (alleen [[PC|JvdA]] en "
          "de pzb hebben toegang)."),
    ("h", "Actielijst"),
    ("table", [["Nr", "Actie", "Wie", "Datum"],
               ["23-14", "Programma werkbezoek staatssecretaris", "[[PC|TVe]]", "17-04"],
               ["23-15", "Overdracht dossiers team Zuid-West", "[[PC|JvdA]]", "21-04"],
               ["23-16", "Notitie doorlooptijden voor DG Toeslagen", "[[PC|RBo]] / [[PC|ItH]]", "02-05"],
               ["23-17", "Afscherming dossier HT-2023-05122", "[[PC|JvdA]]", "direct"],
               ["23-18", "Uitnodiging ouderpanel mei", "[[PC|APl]]", "28-04"]], [0.1, 0.55, 0.2, 0.15]),
    ("small", "Volgend overleg: {{D|25 april 2023}}. Verslag vastgesteld door [[PC|FHo]]."),
]))

# ---------------------------------------------------------------- hk16 memo schuldenaanpak to gemeente
D.append(dict(stem="hk16_memo_schuldenaanpak_gemeente", producer="rl", font="Times-Roman", size=10.5,
    blocks=[
    ("title", "Memo"),
    ("kv", [["Aan", "{{O|gemeente Almere}}, team {{G|Herstel Toeslagen}}, t.a.v. mevrouw [[E. Koopmans]]"],
            ["Van", "[[M. Tjon-A-Fong]], {{F|persoonlijk zaakbehandelaar}} {{O|UHT}}"],
            ["Datum", "17 februari 2023"], ["Betreft", "Schuldenaanpak fam. [[Verbruggen]]"]], [0.15, 0.85]),
    ("p", "Beste [[Esther]],"),
    ("p", "Zoals telefonisch besproken hierbij de stand van zaken. De publieke schulden van het gezin zijn kwijtgescholden op "
          "grond van de {{G|kwijtscheldingsregeling}}. Voor de private schulden loopt de aanpak via {{O|SBK}}. De vorderingen "
          "van {{O|Vattenfall}}, {{O|Ziggo}} en {{O|De Alliantie}} zijn overgedragen."),
    ("p", "Het gezin woont nu aan de [[A|Rozemarijnweg 41]] in {{L|Almere}} (Kruidenwijk). Mevrouw [[Verbruggen-Koster]] "
          "heeft aangegeven dat zij [[H|medicatie gebruikt voor haar depressie]] en hulp wil bij het openen van post. "
          "Kunnen jullie een maatje via {{O|Humanitas}} regelen?"),
    ("p", "Voor de kinderen: [[Levi]] (13) volgt [[H|speciaal onderwijs in verband met ADHD]]; de {{G|kindregeling}} is aangevraagd."),
    ("p", "Groet,\n[[Marloes Tjon-A-Fong]]\n[[06-41873320]]"),
    ("small", "Cc: {{M|brede.ondersteuning@almere.nl}}; wethouder {{R|Maaike Veeningen}} (ter info)"),
]))

# ---------------------------------------------------------------- hk17 letter from gemeente (wethouder signs)
D.append(dict(stem="hk17_brief_gemeente_rotterdam", producer="rl", font="DejaVuSans", size=9.5,
    header="Gemeente Rotterdam | Maatschappelijke Ontwikkeling",
    blocks=[
    ("kv", [["Aan", "{{O|Uitvoeringsorganisatie Herstel Toeslagen}}\nt.a.v. de directie"],
            ["Datum", "5 juni 2023"], ["Ons kenmerk", "{{Z|MO/23/55018}}"], ["Behandeld door", "[[Wouter Sprangers]]"],
            ["Telefoon", "{{X|14 010}} (algemeen), direct [[010-4982271]]"], ["E-mail", "[[w.sprangers@rotterdam.nl]]"]], [0.22, 0.78]),
    ("p", "Geachte directie,"),
    ("p", "De gemeente {{L|Rotterdam}} ondersteunt ruim 3.400 gedupeerde ouders via het {{G|Herstelteam Toeslagen}} op de "
          "{{Y|Coolsingel 40}}. Wij constateren dat de overdracht van gegevens tussen {{O|UHT}} en gemeenten nog te vaak "
          "misgaat. Zo ontvingen wij van uw persoonlijk zaakbehandelaar mevrouw [[El Idrissi]] een dossier met het "
          "oude adres van een ouder die in een [[H|blijf-van-mijn-lijfhuis]] verblijft."),
    ("p", "Wij verzoeken u afspraken te maken over het veilig delen van gegevens (conform de {{W|AVG}}) en over een vast "
          "aanspreekpunt per regio. Burgemeester {{R|Aboutaleb}} heeft dit ook aangekaart bij de {{O|VNG}}."),
    ("p", "Met vriendelijke groet,\n\nnamens het college van burgemeester en wethouders van {{L|Rotterdam}},"),
    ("sig", "F. Achbar"),
    ("p", "{{R|wethouder Faouzi Achbar}}\n{{F|wethouder Armoede en Schulden}}"),
]))

# ---------------------------------------------------------------- hk18 Woo decision letter excerpt
D.append(dict(stem="hk18_besluit_woo_verzoek", producer="rl", font="LiberationSans", size=10, header="Ministerie van Financiën",
    blocks=[
    ("kv", [["", "De heer [[J.P. Zandbergen]]\n[[A|Oude Gracht 211]]\n[[A|3511 NL]] {{L|Utrecht}}"]], [0.5, 0.5]),
    ("kv", [["Datum", "{{D|14 november 2023}}"], ["Kenmerk", "{{Z|2023-0000412876}}"], ["Uw verzoek", "{{D|2 augustus 2023}}"],
            ["Onderwerp", "Besluit op uw {{W|Woo}}-verzoek over persoonlijk zaakbehandelaars"]], [0.2, 0.8]),
    ("p", "Geachte heer [[Zandbergen]],"),
    ("p", "U heeft op grond van de {{W|Wet open overheid}} ({{W|Woo}}) gevraagd om documenten over de werkwijze van "
          "persoonlijk zaakbehandelaars bij de {{O|Uitvoeringsorganisatie Herstel Toeslagen}}. In dit besluit beslis ik op uw verzoek."),
    ("h", "Besluit"),
    ("p", "Ik maak 31 documenten deels openbaar. Namen, e-mailadressen en telefoonnummers van medewerkers zijn weggelakt op grond "
          "van artikel {{W|5.1, tweede lid, onder e}}, van de Woo. Burgerservicenummers zijn weggelakt op grond van artikel "
          "{{W|5.1, eerste lid, onder e}}. Gegevens over gezondheid van ouders zijn weggelakt op grond van artikel {{W|5.1, eerste lid, onder d}}."),
    ("p", "Met uw toestemming heb ik uw verzoek eerst telefonisch met u besproken op 21 augustus ([[06-19283746]]). "
          "De documenten worden gepubliceerd op {{P|open.overheid.nl}}."),
    ("p", "Hoogachtend,\n\nde staatssecretaris van Financiën - Toeslagen en Douane,\nnamens deze,\n\n"
          "{{F|coördinator Woo}} {{O|DG Toeslagen}}"),
    ("small", "Contact: {{M|woo-toeslagen@minfin.nl}} | {{Y|Korte Voorhout 7}}, {{Y|2511 CW}} {{L|Den Haag}}"),
]))

# ---------------------------------------------------------------- hk19 letter to child, kindregeling
D.append(dict(stem="hk19_brief_kindregeling_jongere", producer="rl", font="Carlito", size=11, header=HDR,
    blocks=[
    ("kv", [["", "[[Ilias Ouaali]]\n[[A|Westzijde 160-2]]\n[[A|1506 EK]] {{L|Zaandam}}"]], [0.5, 0.5]),
    ("kv", [["Datum", "2 juni 2023"], ["Ons kenmerk", "{{Z|UHT/KR/2023/004512}}"],
            ["Jouw geboortedatum", "[[D|23-04-2005]]"], ["Onderwerp", "Je krijgt geld van de {{G|kindregeling}}"]], [0.3, 0.7]),
    ("p", "Beste [[Ilias]],"),
    ("p", "Je moeder, mevrouw [[Nadia Ouaali]], heeft jaren geleden problemen gehad met de kinderopvangtoeslag. Daarom krijg "
          "jij geld van de {{G|kindregeling}}. Omdat je 18 jaar of ouder bent, maken wij het geld over naar jouw eigen rekening."),
    ("p", "Je krijgt € 4.000. Wij maken het geld over op [[NL16 RABO 0155 0928 73]]. Is dit niet jouw rekening? Bel ons dan."),
    ("p", "Wil je met iemand praten over wat er bij jullie thuis is gebeurd? Dan kun je terecht bij de {{O|Kinderombudsman}} "
          "of bij {{O|Slachtofferhulp Nederland}}. Ook je gemeente {{L|Zaanstad}} kan helpen."),
    ("p", "Groeten,\n\n{{O|Uitvoeringsorganisatie Herstel Toeslagen}}\nteam {{G|Kindregeling}}"),
    ("small", "Vragen? Bel {{X|0800 - 2 358 358}} of kijk op {{P|herstel.toeslagen.nl}}."),
]))

# ---------------------------------------------------------------- hk20 e-mail from lawyer
D.append(dict(stem="hk20_email_advocaat", producer="rl", font="Helvetica", size=9.5,
    blocks=[
    ("p", "**Van:** mr. [[R.M. Stapelkamp]] <[[r.stapelkamp@flevoadvocaten.nl]]>\n**Verzonden:** vrijdag 12 mei 2023 17:22\n"
          "**Aan:** [[Oudejans, Bram]]; {{M|bezwaar.herstel@toeslagen.nl}}\n**CC:** [[Priscilla Doelwijt]] <[[p.doelwijt88@hotmail.com]]>\n"
          "**Onderwerp:** Bezwaar mw. [[Doelwijt]] - {{Z|BSC-2023-0412}} - aanvullende gronden"),
    ("p", "Geachte heer [[Oudejans]],"),
    ("p", "Namens cliënte, mevrouw [[P.R. Doelwijt]], geboren [[D|11-08-1988]], dien ik hierbij aanvullende gronden in. "
          "Cliënte stelt dat de beoordeling van de jaren 2014-2016 ten onrechte ontbreekt. Ik verwijs naar het verslag van de "
          "hoorzitting van 24 maart jl. en de toezegging van mevrouw [[El Idrissi]]."),
    ("p", "Daarnaast verzoek ik om vergoeding van de kosten van de psychiatrische behandeling van cliënte bij {{O|Arkin}}. De "
          "verklaring van haar behandelaar, dr. [[M. Oosterhuis-Pinto]], voeg ik bij. Uit die verklaring blijkt dat cliënte "
          "lijdt aan een [[H|angststoornis]]."),
    ("p", "Ik verneem graag wanneer de {{O|Bezwaarschriftencommissie}} advies uitbrengt.\n\nMet vriendelijke groet,\n\n"
          "mr. [[R.M. (Rutger) Stapelkamp]]\n{{O|Flevo Advocaten}}\n{{L|Lelystad}}\nT {{X|0320 - 28 41 00}} (kantoor) | M [[06-52183307]]"),
]))
