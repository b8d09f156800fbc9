"""Set EG documents eg23-eg32: letters, GGD aftercare, claim form, timeline, employees, scans, annex."""
from docs_a import MOTIV


def define(D):
    # ------------------------------------------------------------------ eg23 letter mayor to residents
    D("eg23", "rl", font="LiberationSerif", size=11, title="Bewonersbrief", blocks=[
        ("p", "«Gemeente Rotterdam»\n«J:De burgemeester»"),
        ("sp", 8),
        ("p", "Aan de bewoners en ondernemers van «L:Charlois», «L:Pendrecht» en «L:Heijplaat»"),
        ("kv", [("Datum", "«M:17 maart 2026»"), ("Kenmerk", "«R:BSD/2026/118452»"),
                ("Contactpersoon", "{Frank Oosterling}, teamleider Nazorg"),
                ("Telefoon", "{T:010 - 498 61 72} (direct) of «S:14 010» (algemeen)"),
                ("Onderwerp", "Brand in de Waalhaven: wat u moet weten")]),
        ("p", "Beste bewoners,"),
        ("p", "In de nacht van 13 op 14 maart brak brand uit in een bedrijfsloods aan de «L:Waalhaven» Oostzijde. "
              "Veel van u hebben de rook geroken of roet op de auto, de tuin of het balkon gevonden. Ik begrijp dat "
              "dit vragen en zorgen oproept."),
        ("p", "De «O:DCMR Milieudienst Rijnmond» en het «O:RIVM» hebben metingen gedaan. De concentraties waren "
              "tijdelijk verhoogd, maar naar verwachting zijn er geen blijvende gevolgen voor de gezondheid. Was "
              "groente uit de moestuin goed en maak roet op tuinmeubelen nat schoon."),
        ("p", "Heeft u schade, neem dan eerst contact op met uw eigen verzekeraar. Heeft u geen verzekering of "
              "wordt uw schade niet vergoed, vul dan het schadeformulier in op rotterdam.nl/brandwaalhaven."),
        ("p", "Op donderdag 19 maart bent u welkom in de «B:Ontmoetingskerk Pendrecht». Ik ben daar zelf bij."),
        ("p", "Met vriendelijke groet,"),
        ("p", "«P:Carola Schouten»\n«J:burgemeester van Rotterdam»"),
        ("small", "Deze brief is ook beschikbaar in het Engels, Turks, Arabisch en Pools via «F:nazorgbrand@rotterdam.nl»."),
        *MOTIV,
    ])

    # ------------------------------------------------------------------ eg24 GGD aftercare memo (LO)
    D("eg24", "lo", font="Calibri", author="{Wouter-Jan Pronk}", title="Memo nazorg gezondheid", blocks=[
        ("t", "Memo: gezondheidsklachten na de brand Waalhaven"),
        ("kv", [("Van", "afdeling Medische Milieukunde, «O:GGD Rotterdam-Rijnmond»"),
                ("Aan", "evaluatieteam «VRR»"), ("Datum", "«M:9 april 2026»"),
                ("Kenmerk", "«R:GGD-MMK-2026-077»")]),
        ("p", "Tussen 14 maart en 5 april ontving de GGD 63 meldingen van bewoners, vooral over geurhinder, "
              "hoofdpijn en geïrriteerde ogen. Het aantal meldingen daalde na de bewonersavond sterk."),
        ("h", "Meldingen die opvolging kregen"),
        ("tab", [["Melder", "Woonplaats", "Klacht", "Opvolging"],
                 ["{Fatma Yilmaz-Demir} (namens zoon {Emre}, {D:14-08-2017})", "«L:Rotterdam»",
                  "{H:astma-aanval, inhalator verhoogd door huisarts}", "gebeld door arts MMK"],
                 ["{Marian de Ruijter-Blom}", "«L:Rotterdam»", "{H:COPD, extra zuurstofgebruik}",
                  "huisbezoek sociaal verpleegkundige"],
                 ["{Koen Verhulst}", "«L:Rotterdam»", "{H:angstklachten na evacuatie woonboot}",
                  "doorverwezen naar «O:Slachtofferhulp Nederland»"],
                 ["anoniem", "«L:Barendrecht»", "hoofdpijn", "informatie gestuurd"]], [4, 2, 4, 3]),
        ("p", "De arts medische milieukunde, {Wouter-Jan Pronk}, adviseert bij toekomstige branden met accu's "
              "standaard een gezondheidsonderzoek onder bewoners te overwegen. Het «O:RIVM» ondersteunt dit."),
        ("p", "Vragen: «F:mmk@ggdrotterdamrijnmond.nl»."),
        ("h", "Informatie die niet openbaar gemaakt kan worden"),
        ("p", "Motivering: gezondheidsgegevens zijn bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, "
              "«W:Woo»); namen en geboortedata zijn weggelakt op grond van artikel 5.1, tweede lid, onder e."),
    ])

    # ------------------------------------------------------------------ eg25 claim form with AcroForm fields
    D("eg25", "rl", font="Helvetica", size=10, title="Schadeformulier brand Waalhaven", blocks=[
        ("t", "Schadeformulier brand Waalhaven (14 maart 2026)"),
        ("p", "«Gemeente Rotterdam», team Nazorg. Vul dit formulier in als uw schade niet door uw eigen verzekeraar "
              "wordt vergoed. Stuur het naar «F:nazorgbrand@rotterdam.nl». Regeling: «G:Tegemoetkoming Nazorg "
              "Incidenten 2026»."),
        ("field", "Naam aanvrager", "naam", "{Corné Baggerman}"),
        ("field", "Adres", "adres", "{A:Gruttostraat 64}, 3083 Rotterdam"),
        ("field", "Telefoon", "telefoon", "{T:06-14 92 37 55}"),
        ("field", "E-mail", "email", "{E:corne.baggerman@outlook.com}"),
        ("field", "IBAN", "iban", "{N:NL72 RABO 0312 4476 90}"),
        ("field", "Geboortedatum", "gebdat", "{D:30-01-1962}"),
        ("field", "Omschrijving schade", "schade", "roet op serre en zonnescherm"),
        ("sp", 8),
        ("p", "Ingevuld formulier ontvangen op «M:25 maart 2026», dossier «R:NZ-2026-0347». Behandelaar: "
              "{Lisette Mohrmann} ({E:l.mohrmann@rotterdam.nl})."),
        ("p", "Beoordeling: de schade valt onder de opstalverzekering van de aanvrager. Afgewezen met verwijzing "
              "naar de verzekeraar. Bezwaar is mogelijk bij het college van burgemeester en wethouders."),
        *MOTIV,
    ])

    # ------------------------------------------------------------------ eg26 timeline annex + sticky notes (2 p.)
    tl = [["Tijd", "Gebeurtenis", "Bron"],
          ["03:05", "Beveiliger ziet rook op camera dock 4", "verklaring beveiliger"],
          ["03:09", "Automatische brandmelding bij meldkamer", "«G:LCMS»"],
          ["03:17", "Eerste TS ter plaatse", "«G:LCMS»"],
          ["03:21", "Binnenaanval via dock 4", "interview I-02"],
          ["03:34", "Binnenaanval afgebroken", "«G:LCMS»"],
          ["03:41", "Medewerker buiten aangetroffen bij dock 6", "«G:LCMS»"],
          ["03:52", "Grote brand; AGS gevraagd", "«G:LCMS»"],
          ["04:21", "«G:GRIP 2»", "«G:LCMS»"],
          ["04:55", "Eerste persbericht", "persbericht"],
          ["05:10", "ROT bijeen", "«G:LCMS»"],
          ["05:40", "«G:GRIP 3»; GBT", "«G:LCMS»"],
          ["05:52", "«G:NL-Alert» verzonden", "«G:LCMS»"],
          ["06:48", "Meetgegevens in totaalbeeld", "«G:LCMS»"],
          ["08:00", "Situatierapport naar provincie", "«G:LCMS»"],
          ["11:30", "Brand meester", "«G:LCMS»"],
          ["13:00", "«G:GRIP 1»", "«G:LCMS»"]]
    D("eg26", "rl", font="DejaVuSans", size=9.5, title="Bijlage 2 tijdlijn",
      annots=[(0, "{Ruben Achterberg}", "Tijd 03:21 nog checken bij {Dennis Kapteijns}, zie portofoonlog",
               [480, 640, 500, 660]),
              (1, "{Tessa Vrijhof}", "Akkoord, maar paraaf van {Roos Terpstra} ontbreekt nog",
               [480, 700, 500, 720])],
      blocks=[
          ("t", "Bijlage 2 – Tijdlijn brand Loods 7, 14 maart 2026"),
          ("p", "Bij het evaluatierapport «R:VRR-EVA-2026-031». Tijden zijn afgerond op minuten. Bronnen: het "
                "«G:LCMS»-logboek, portofoonregistraties van de «O:Meldkamer Rotterdam-Rijnmond», interviews."),
          ("tab", tl, [1.2, 8, 3]),
          ("pb",),
          ("h", "Toelichting bij de tijdlijn"),
          ("p", "Tussen de brandmelding (03:09) en het afbreken van de binnenaanval (03:34) zaten 25 minuten. De "
                "tijd tussen het advies voor een «G:NL-Alert» (05:25) en de verzending (05:52) bedroeg 27 minuten. "
                "Volgens de norm van het «O:Landelijk Crisiscentrum» had dit binnen 15 minuten gekund."),
          ("p", "De afwijking tussen de portofoonregistratie en het «G:LCMS»-logboek is maximaal twee minuten. Het "
                "evaluatieteam heeft de tijden van de portofoonregistratie aangehouden."),
          ("p", "Het bezoek van de «P:commissaris van de Koning» op 15 maart valt buiten deze tijdlijn."),
          *MOTIV,
      ])

    # ------------------------------------------------------------------ eg27 letter to CdK (LO)
    D("eg27", "lo", font="Georgia", author="secretariaat VRR", title="Brief aan de commissaris van de Koning",
      blocks=[
          ("p", "«Veiligheidsregio Rotterdam-Rijnmond»"),
          ("p", "Aan de «P:commissaris van de Koning in de provincie Zuid-Holland»\nde heer «P:drs. W.H. Kolff»\n"
                "Postbus 90602\n2509 LP «L:Den Haag»"),
          ("kv", [("Datum", "«M:10 november 2026»"), ("Kenmerk", "«R:VRR-AB-2026-212»"),
                  ("Inlichtingen", "{Tessa Vrijhof}, {T:06-41 27 83 90}, {E:t.vrijhof@vr-rr.nl}"),
                  ("Onderwerp", "Evaluatie zeer grote brand Loods 7")]),
          ("p", "Geachte heer «P:Kolff»,"),
          ("p", "Hierbij bied ik u het evaluatierapport aan over de zeer grote brand in Loods 7 aan de "
                "«L:Waalhaven» Oostzijde op 14 maart 2026. Het Algemeen Bestuur heeft het rapport op 2 november "
                "vastgesteld. Op grond van artikel 19 van de «W:Wet veiligheidsregio's» stuur ik het ook aan de "
                "«O:Inspectie Justitie en Veiligheid»."),
          ("p", "Het rapport bevat vijf aanbevelingen. De belangrijkste gaan over de bedrijfsinformatie over "
                "accu-opslag en over de snelheid van het «G:NL-Alert». Ik dank u voor uw bezoek op 15 maart en "
                "voor de steun van de provincie bij de nazorg."),
          ("p", "Met vriendelijke groet,\n\n«P:Carola Schouten»\nvoorzitter «Veiligheidsregio Rotterdam-Rijnmond»"),
          *MOTIV,
      ])

    # ------------------------------------------------------------------ eg28 interviews company staff (rl Carlito, 2 p.)
    D("eg28", "rl", font="Carlito", size=11, title="Interviews medewerkers bedrijf", blocks=[
        ("t", "Interviewverslagen I-12 tot en met I-14 (medewerkers bedrijf)"),
        ("p", "Evaluatie «R:VRR-EVA-2026-031». De gesprekken vonden plaats op «M:7 mei 2026» op het tijdelijke "
              "kantoor van «Eemhaven Warehousing B.V.» in «L:Ridderkerk»."),
        ("h", "I-12 Bedrijfsleider"),
        ("p", "{Kevin Zeldenrust} ({E:k.zeldenrust@eemhavenwarehousing.nl}, {T:06-52 81 30 47}) is sinds 2019 "
              "bedrijfsleider. Hij verklaart dat hij de wijziging van de opslag in september 2025 per e-mail aan "
              "de afdeling Risicobeheersing van de «VRR» heeft gemeld. {Zeldenrust} heeft de e-mail getoond; het "
              "evaluatieteam heeft die vergeleken met de registratie van de «VRR». De e-mail is ontvangen maar "
              "niet verwerkt in de bedrijfsinformatie."),
        ("p", "Volgens {Zeldenrust} werkten die nacht twee orderpickers: {Tomasz Wiśniewski} en {Dariusz "
              "Kowalczyk}. {Kowalczyk} was om 02:30 uur naar huis gegaan."),
        ("h", "I-13 Orderpicker"),
        ("p", "{Tomasz Wiśniewski} wilde het gesprek telefonisch voeren. Hij was bij dock 6 bezig toen hij een "
              "knal hoorde. Hij probeerde met een brandblusser te blussen en liep daarbij letsel op. Hij verliet de "
              "loods zelf via dock 6. ‘Ik wist niet dat de bewaker dacht dat ik nog binnen was.’"),
        ("p", "Het evaluatieteam heeft met {Wiśniewski} afgesproken dat zijn medische gegevens niet in het rapport "
              "komen. Zijn adres ({A:Boergoensevliet 57}, {A:3082 ER} «L:Rotterdam») is alleen voor de "
              "terugkoppeling vastgelegd."),
        ("pb",),
        ("h", "I-14 Beveiliger"),
        ("p", "{Hüseyin Arslan} van «Waakzaam Beveiliging» bevestigt zijn schriftelijke verklaring. Zijn "
              "leidinggevende {Mehmet Kaya} was bij het gesprek aanwezig. {Arslan} zegt dat er geen actuele "
              "aanwezigheidslijst was; hij baseerde zich op de fiets van {Tomasz}."),
        ("h", "Conclusie evaluatieteam"),
        ("p", "De informatie over de accu-opslag was wel bij de «VRR» bekend, maar niet verwerkt. De "
              "aanwezigheidsregistratie van het bedrijf was onvoldoende. Het bedrijf heeft inmiddels een "
              "digitale toegangsregistratie ingevoerd."),
        ("p", "Gespreksleiders: {Tessa Vrijhof} en {Ruben Achterberg}."),
        *MOTIV,
    ])

    # ------------------------------------------------------------------ eg29 insurer letter to resident (rl Times)
    D("eg29", "rl", font="Times-Roman", size=11, title="Schadebevestiging", blocks=[
        ("p", "«Maasmond Verzekeringen N.V.»\nAfdeling Particuliere Schade\nPostbus 2290, 3000 CG «L:Rotterdam»"),
        ("sp", 8),
        ("p", "Mevrouw {M. de Ruijter-Blom}\n{A:Slinge 228}\n{A:3086 EJ} «L:Rotterdam»"),
        ("kv", [("Polisnummer", "{N:PB-5520-871-03}"), ("Schadenummer", "{N:MMV-2026-91507}"),
                ("Datum", "«M:8 april 2026»")]),
        ("p", "Geachte mevrouw {De Ruijter-Blom},"),
        ("p", "Wij hebben uw schademelding van 23 maart ontvangen. U meldt roetschade aan uw zonnescherm en "
              "tuinmeubelen na de brand aan de «L:Waalhaven» Oostzijde. Deze schade valt onder uw "
              "inboedelverzekering. Wij vergoeden € 640,00 na aftrek van het eigen risico."),
        ("p", "Het bedrag maken wij binnen vijf werkdagen over op rekening {N:NL93 INGB 0007 3419 25} ten name "
              "van mevrouw {De Ruijter-Blom}."),
        ("p", "U gaf aan dat u {H:vanwege uw longziekte} de schoonmaak niet zelf kunt doen. Wij vergoeden daarom "
              "ook de kosten van een schoonmaakbedrijf tot € 250,00."),
        ("p", "Met vriendelijke groet,\n\n{Esther Groeneveld-Boom}\nschadebehandelaar, {T:010 - 281 43 06}"),
        ("small", "Heeft u een klacht? Kijk op de website of bel «S:010 - 281 40 00»."),
        *MOTIV,
    ])

    # ------------------------------------------------------------------ eg30 internal e-mail thread (LO, 2 p.)
    D("eg30", "lo", font="Segoe UI", author="{Maartje Ploegmakers}", title="RE: reactie op artikel AD", blocks=[
        ("small", "Van: {Jelmer Ruitenbeek} <{E:j.ruitenbeek@vr-rr.nl}>"),
        ("small", "Verzonden: maandag 23 maart 2026 10:14"),
        ("small", "Aan: {Hanneke Stigter}; {Maartje Ploegmakers}"),
        ("small", "CC: «F:persvoorlichting@vr-rr.nl»"),
        ("small", "Onderwerp: RE: reactie op artikel «O:Algemeen Dagblad» over NL-Alert"),
        ("p", "Hoi {Hanneke},"),
        ("p", "Het «O:Algemeen Dagblad» schrijft vandaag dat het «G:NL-Alert» ‘bijna een uur’ te laat kwam. Dat klopt "
              "niet: tussen het advies en de verzending zat 27 minuten. Ik stel voor dat we reageren met de "
              "tijdlijn, maar zonder namen van collega's. De journalist, {Sophie Karsemeijer}, wil ook weten "
              "waarom Barendrecht geen alert kreeg."),
        ("p", "Concept reactie: ‘De «Veiligheidsregio Rotterdam-Rijnmond» verstuurde het «G:NL-Alert» om 05:52 "
              "uur, nadat de «P:burgemeester van Rotterdam» daarmee had ingestemd. De evaluatie zal uitwijzen of "
              "dit sneller kon.’"),
        ("p", "Groet, {Jelmer}\n\n{Jelmer Ruitenbeek} | communicatieadviseur | {T:06-31 86 70 22}"),
        ("small", "Van: {Hanneke Stigter} <{E:h.stigter@vr-rr.nl}>"),
        ("small", "Verzonden: maandag 23 maart 2026 10:31"),
        ("p", "Prima. Laat de laatste zin even checken bij het kabinet van de burgemeester ({Joris Weststrate}, "
              "{T:06-10 93 58 41}). Zij willen niet dat het lijkt alsof de burgemeester vertraging veroorzaakte."),
        ("p", "{I:HS}"),
        ("pb",),
        ("small", "Van: {Maartje Ploegmakers}"),
        ("small", "Verzonden: maandag 23 maart 2026 11:02"),
        ("p", "Kabinet akkoord met aangepaste zin: ‘(...) verstuurde het «G:NL-Alert» om 05:52 uur. De evaluatie zal "
              "uitwijzen of dit sneller kon.’ {Sophie} heeft de reactie om 11:00 uur ontvangen."),
        ("p", "Verder: «O:RTV Rijnmond» vraagt om een interview met de bevelvoerder. Ik heb nee gezegd, verwezen "
              "naar de evaluatie. {Stijn Lagerwey} (freelancer) heeft een Woo-verzoek ingediend, zie "
              "«R:VRR-WOO-2026-019»."),
        ("p", "{Maartje}"),
        *MOTIV,
    ])

    # ------------------------------------------------------------------ eg31 scan: handwritten phone note
    D("eg31", "scan", font="FemkeKlaver", size=17, angle=-0.3, dpi=200, noise=900, blocks=[
        ("t", "Telefoonnotitie"),
        ("p", "16 maart 2026, 10:20"),
        ("p", "Gebeld door {Sandra Brakenhoff} (bedrijf), {T:06-24 19 88 30}"),
        ("p", "Vraagt wanneer zij de loods in mogen voor de administratie. Verzekeraar wil foto's."),
        ("p", "Doorgezet naar HOvD. Terugbellen voor 14 uur."),
        ("p", "{I:PRa}"),
    ])

    # ------------------------------------------------------------------ eg32 annex interviewees + paraphs (2 p.)
    D("eg32", "rl", font="LiberationSans", size=10, title="Bijlage 1 geïnterviewden en vaststelling",
      xmp=["{Ruben Achterberg}", "{Tessa Vrijhof}"], blocks=[
          ("t", "Bijlage 1 – Geïnterviewden en vaststelling"),
          ("p", "Bij het rapport «R:VRR-EVA-2026-031». Namen van geïnterviewde medewerkers zijn in de openbare "
                "versie niet leesbaar."),
          ("tab", [["Nr", "Naam", "Functie", "Datum"],
                   ["I-01", "{Wesley Pronk-Ariëns}", "centralist «O:Meldkamer Rotterdam-Rijnmond»", "«M:14 april 2026»"],
                   ["I-02", "{Dennis Kapteijns}", "bevelvoerder", "«M:15 april 2026»"],
                   ["I-03", "{Jorick Baaijens}", "manschap", "«M:15 april 2026»"],
                   ["I-04", "{Marloes Heijkamp}", "Officier van Dienst Brandweer", "«M:22 april 2026»"],
                   ["I-05", "{Jasper Noordermeer}", "Adviseur Gevaarlijke Stoffen", "«M:23 april 2026»"],
                   ["I-06", "{Priya Ramcharan}", "Calamiteitencoördinator", "«M:28 april 2026»"],
                   ["I-07", "{Erik-Jan Wensveen}", "«J:Hoofdofficier van Dienst»", "«M:6 mei 2026»"],
                   ["I-08", "{Hanneke Stigter}", "«J:Algemeen Commandant Bevolkingszorg»", "«M:12 mei 2026»"],
                   ["I-09", "{Samira Bouhalhal}", "informatiemanager ROT", "«M:12 mei 2026»"],
                   ["I-10", "{Yusuf Demirtas}", "meetplanleider «O:DCMR»", "«M:13 mei 2026»"],
                   ["I-11", "{Anouk Zwanenburg}", "Officier van Dienst Geneeskundig", "«M:13 mei 2026»"],
                   ["I-12", "{Kevin Zeldenrust}", "bedrijfsleider", "«M:7 mei 2026»"],
                   ["I-13", "{Tomasz Wiśniewski}", "orderpicker", "«M:7 mei 2026»"],
                   ["I-14", "{Hüseyin Arslan}", "beveiliger «Waakzaam Beveiliging»", "«M:7 mei 2026»"],
                   ["I-15", "«P:Carola Schouten»", "«J:burgemeester van Rotterdam», voorzitter «VRR»",
                    "«M:2 juni 2026»"]], [1, 3.5, 5, 2.5]),
          ("p", "Ook gesproken zijn de «P:commissaris van de Koning Wouter Kolff» (schriftelijk, 4 juni 2026) en "
                "vier bewoners die hun naam niet vermeld willen zien."),
          ("pb",),
          ("h", "Vaststelling en paraaf"),
          ("tab", [["Naam", "Functie", "Paraaf", "Datum"],
                   ["{Tessa Vrijhof}", "projectleider evaluatie", "{I:TVr}", "«M:12 oktober 2026»"],
                   ["{Ruben Achterberg}", "evaluator", "{I:RAc}", "«M:12 oktober 2026»"],
                   ["{Margriet Zwiers}", "«J:afdelingshoofd Kwaliteit en Evaluatie»", "{I:MZw}", "«M:14 oktober 2026»"],
                   ["«P:C. Schouten»", "voorzitter Algemeen Bestuur", "", "«M:2 november 2026»"]], [3, 5, 1.5, 2.5]),
          ("p", "Vastgesteld in de vergadering van het Algemeen Bestuur van «M:2 november 2026», agendapunt "
                "«R:AB-2026-11-07»."),
          *MOTIV,
      ])
