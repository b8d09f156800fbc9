"""Set EG documents eg12-eg22: residents' evening, injuries, overtime, chat, scans, Woo letter, DCMR, GBT."""
from docs_a import MOTIV


def define(D):
    # ------------------------------------------------------------------ eg12 notes residents' evening (LO, 2 p.)
    D("eg12", "lo", font="Calibri", author="{Iris Kalkman}", title="Verslag bewonersavond 19 maart 2026", blocks=[
        ("t", "Verslag bewonersavond brand Waalhaven"),
        ("kv", [("Datum", "«M:19 maart 2026», 19:30-21:45 uur"), ("Locatie", "«B:Ontmoetingskerk Pendrecht»"),
                ("Voorzitter", "«P:burgemeester Carola Schouten»"),
                ("Panel", "GGD-arts ({Wouter-Jan Pronk}), meetplanleider «O:DCMR» ({Yusuf Demirtas}), "
                          "OvD-B brandweer, teamleider Nazorg «O:Gemeente Rotterdam» ({Frank Oosterling})"),
                ("Verslag", "{Iris Kalkman}, «O:Gemeente Rotterdam»"), ("Aanwezig", "circa 140 bewoners")]),
        ("h", "1. Opening"),
        ("p", "«P:Burgemeester Schouten» opent de avond en staat stil bij de gewonden. Zij legt uit dat de "
              "veiligheidsregio de inzet en de communicatie evalueert en dat de uitkomsten openbaar worden."),
        ("h", "2. Vragen en antwoorden"),
        ("p", "Mevrouw {Fatma Yilmaz-Demir} ({A:Zuiderparkweg 88}) vraagt of het roet gevaarlijk is voor haar zoon "
              "{Emre}, die {H:astma heeft en die nacht benauwd werd}. De GGD-arts antwoordt dat de gemeten "
              "concentraties laag waren, maar dat mensen met luchtwegklachten contact kunnen opnemen met hun "
              "huisarts."),
        ("p", "De heer {Henk Schoonderwoerd} uit «L:Heijplaat» vraagt of hij de groente uit zijn volkstuin nog kan "
              "eten. Antwoord «O:DCMR»: de veegmonsters laten geen verhoogde PAK-waarden zien; goed wassen volstaat. "
              "{Schoonderwoerd} vindt dat dit advies veel eerder had moeten komen."),
        ("p", "Mevrouw {Marian de Ruijter-Blom} zegt dat zij {H:COPD heeft en zuurstof gebruikt} en dat zij het "
              "«G:NL-Alert» niet ontving omdat haar telefoon uit stond. Zij vraagt of er ook huis-aan-huis "
              "gewaarschuwd wordt. De brandweer legt uit dat dit bij een rookpluim niet haalbaar is."),
        ("pb",),
        ("p", "De heer {Ayoub Amrani} heeft roetschade aan zijn auto en zijn zonnepanelen. Hij wil weten wie dat "
              "vergoedt. {Oosterling} verwijst naar de eigen verzekeraar en naar het schadeformulier van de "
              "gemeente; voor vragen is het team Nazorg bereikbaar via «F:nazorgbrand@rotterdam.nl»."),
        ("p", "Mevrouw {Gerda Pluijm}, oud-medewerker van het bedrijf, zegt dat de opslag van accu's al jaren een "
              "zorg was onder het personeel. De burgemeester zegt toe dat dit punt in de evaluatie wordt "
              "meegenomen."),
        ("p", "Een bewoner van de {A:Slinge 412-B} meldt dat hij sindsdien hoofdpijn heeft. Hij wil zijn naam niet "
              "in het verslag. De GGD-arts spreekt hem na afloop."),
        ("h", "3. Afspraken"),
        ("tab", [["Nr", "Afspraak", "Wie"], ["1", "Vragen en antwoorden op «G:Crisis.nl» en rotterdam.nl", "Nazorg"],
                 ["2", "Extra veegmonsters in «L:Heijplaat»", "«O:DCMR»"],
                 ["3", "Terugkoppeling evaluatie aan bewoners in het najaar", "«O:VRR»"]], [1, 8, 3]),
        ("p", "De burgemeester sluit om 21:45 uur de avond."),
        *MOTIV,
    ])

    # ------------------------------------------------------------------ eg13 Q&A list (rl DejaVuSerif)
    D("eg13", "rl", font="DejaVuSerif", size=9.5, title="Vragenlijst bewonersavond", blocks=[
        ("t", "Vragen na de bewonersavond – overzicht team Nazorg"),
        ("p", "Vragen die na de bewonersavond van «M:19 maart 2026» per e-mail of telefoon binnenkwamen. Stand "
              "«M:3 april 2026». Zaaknummer «R:ZN-2026-044871»."),
        ("tab", [["#", "Vraagsteller", "Contact", "Vraag", "Status"],
                 ["1", "{Fatma Yilmaz-Demir}", "{E:fatma.yilmaz79@gmail.com}", "Vergoeding kosten huisarts zoon?",
                  "Beantwoord"],
                 ["2", "{Pieter-Bas Hoogerwerf}", "{T:06-47 33 81 09}", "Roet op terras, schoonmaak?",
                  "Doorverwezen «O:Eneco»?"],
                 ["3", "{Anneke van Bemmel}", "{E:a.vanbemmel@ziggo.nl}", "Waarom geen sirene?", "Beantwoord"],
                 ["4", "{Ayoub Amrani}", "{T:06-20 58 14 77}", "Schade auto en zonnepanelen", "Schadeformulier"],
                 ["5", "{Rachid Benali}", "{A:Zuiderparkweg 112}", "Hond ziek na brand?", "«O:GGD» gebeld"],
                 ["6", "{Wilma Stoutjesdijk}", "{E:wstoutjesdijk@kpnmail.nl}", "Moestuin Heijplaat", "Beantwoord"],
                 ["7", "{Henk Schoonderwoerd}", "{T:010-429 18 33}", "Uitslag veegmonsters", "Open"]],
         [0.5, 2.6, 3.2, 3.6, 1.8]),
        ("p", "Vraag 2: de verwijzing naar «O:Eneco» was onjuist; de vraag is doorgezet naar de «O:DCMR»."),
        ("p", "Behandelaar: {Frank Oosterling}, teamleider Nazorg, «O:Gemeente Rotterdam»."),
        *MOTIV,
    ])

    # ------------------------------------------------------------------ eg14 injuries (rl LiberationSans)
    D("eg14", "rl", font="LiberationSans", size=10, title="GHOR overzicht gewonden",
      header="VERTROUWELIJK – «O:GHOR Rotterdam-Rijnmond» – medisch", blocks=[
          ("t", "Overzicht gewonden brand Loods 7"),
          ("kv", [("Opgesteld door", "{Anouk Zwanenburg}, Officier van Dienst Geneeskundig"),
                  ("Datum", "«M:16 maart 2026»"), ("Incident", "«R:2026-0314-0412»")]),
          ("tab", [["Slachtoffer", "Geb.datum", "Rol", "Letsel en behandeling"],
                   ["{Tomasz Wiśniewski}", "{D:03-11-1988}", "Orderpicker «Eemhaven Warehousing B.V.»",
                    "{H:Tweedegraads brandwonden aan beide onderarmen en rookinhalatie; opgenomen op de brandwondenzorg}"],
                   ["{Lotte Verschuure}", "{D:21-06-1994}", "Manschap, post «L:Charlois»",
                    "{H:Hitte-uitputting en hyperventilatie; een nacht ter observatie}"],
                   ["{Jorick Baaijens}", "{D:09-02-1991}", "Manschap, post «L:Charlois»",
                    "{H:Distorsie rechterenkel na val op natte vloer}; poliklinisch behandeld"]],
           [2.5, 1.8, 3, 6]),
          ("p", "Alle drie zijn vervoerd naar het «O:Maasstad Ziekenhuis». De heer {Wiśniewski} is op 18 maart "
                "overgeplaatst naar het «O:Brandwondencentrum Rotterdam» in het «O:Maasstad Ziekenhuis» en op 27 "
                "maart ontslagen. Mevrouw {Verschuure} is op 15 maart ontslagen en heeft een gesprek gehad met het "
                "team Collegiale Ondersteuning; zij {H:meldde daarna slaapproblemen}."),
          ("p", "De bedrijfsarts van de «VRR» ({Marc Oldenkamp}) is geïnformeerd. Het «O:Arbeidsinspectie»-onderzoek "
                "naar het bedrijfsongeval loopt onder nummer «R:AI-2026-30914»."),
          ("small", "Dit overzicht valt onder het medisch beroepsgeheim en is uitsluitend bedoeld voor het "
                    "evaluatieteam. Bijzondere persoonsgegevens (gezondheid) zijn niet openbaar."),
          ("h", "Informatie die niet openbaar gemaakt kan worden"),
          ("p", "Motivering: gegevens over de gezondheid van betrokkenen zijn bijzondere persoonsgegevens "
                "(artikel 5.1, eerste lid, onder d, «W:Woo»); overige persoonsgegevens zijn weggelakt op grond van "
                "artikel 5.1, tweede lid, onder e."),
      ])

    # ------------------------------------------------------------------ eg15 overtime list (rl landscape)
    rows = [["Personeelsnr", "Naam", "Functie", "Post/afdeling", "Uren 14-3", "Uren 15-3", "Toeslag (€)"]]
    staff = [("P048213", "{Dennis Kapteijns}", "Bevelvoerder", "Charlois", "11,5", "0", "412,80"),
             ("P051776", "{Jorick Baaijens}", "Manschap", "Charlois", "6,0", "0", "188,40"),
             ("P062019", "{Lotte Verschuure}", "Manschap", "Charlois", "5,5", "0", "172,70"),
             ("P044380", "{Bas Luijendijk}", "Manschap", "Charlois", "12,0", "4,0", "502,10"),
             ("P070155", "{Sem Dekkinga}", "Manschap", "Charlois", "12,0", "4,0", "502,10"),
             ("P039902", "{Ilias Ouaali}", "Chauffeur", "Charlois", "12,0", "0", "376,80"),
             ("P031447", "{Marloes Heijkamp}", "OvD-B", "Piket", "9,0", "2,0", "398,20"),
             ("P027718", "{Erik-Jan Wensveen}", "HOvD", "Piket", "10,5", "0", "441,00"),
             ("P055063", "{Jasper Noordermeer}", "AGS", "Piket", "8,0", "3,5", "362,50"),
             ("P060391", "{Roos Terpstra}", "IM CoPI", "Piket", "12,0", "0", "376,80"),
             ("P052288", "{Samira Bouhalhal}", "IM ROT", "Piket", "9,5", "0", "298,30"),
             ("P033840", "{Niels Overgaauw}", "AC Brandweer", "Piket", "8,0", "0", "336,00"),
             ("P046612", "{Hanneke Stigter}", "AC Bevolkingszorg", "Piket", "8,5", "0", "357,00"),
             ("P068874", "{Maartje Ploegmakers}", "Communicatieadviseur", "Communicatie", "10,0", "6,0", "502,40"),
             ("P041197", "{Priya Ramcharan}", "CvD", "Meldkamer", "7,0", "0", "219,80")]
    for s in staff:
        rows.append([f"{{N:{s[0]}}}", *s[1:]])
    D("eg15", "rl", font="Helvetica", size=9, land=True, title="Overuren brand Loods 7",
      author="{Wilco Teunissen}", blocks=[
          ("t", "Overzicht overuren en toeslagen – inzet brand Loods 7"),
          ("p", "Afdeling HRM, «O:Veiligheidsregio Rotterdam-Rijnmond». Kostenplaats «R:KP 4120» (grootschalig "
                "optreden). Peildatum «M:31 maart 2026». Uitbetaling met salarisrun april conform de "
                "«G:CAR-UWO»-regeling voor brandweerpersoneel."),
          ("tab", rows, [2, 3, 2.5, 2, 1.3, 1.3, 1.5]),
          ("p", "Totaal: 208,5 uur, € 5.446,90. Akkoord teamleider salarisadministratie: {Wilco Teunissen} "
                "(paraaf {I:WTe}), «M:2 april 2026»."),
          *MOTIV,
      ])

    # ------------------------------------------------------------------ eg16 chat export (rl mono) + mailto link
    chat = "\n".join([
        "[14-03-2026 05:31] {Maartje Ploegmakers}: NL-Alert tekst staat klaar, wacht op akkoord GBT",
        "[14-03-2026 05:33] {Hanneke Stigter}: ok. postcodes Charlois + Pendrecht + Heijplaat + Pernis?",
        "[14-03-2026 05:34] {Jelmer Ruitenbeek}: ook Barendrecht-west? wind draait volgens DCMR",
        "[14-03-2026 05:36] {Hanneke Stigter}: nee, volgens meetploeg niet. Houd het bij de vier",
        "[14-03-2026 05:47] {Maartje Ploegmakers}: akkoord burgemeester binnen!!",
        "[14-03-2026 05:52] {Hanneke Stigter}: verzonden. Jelmer jij pakt de socials?",
        "[14-03-2026 05:53] {Jelmer Ruitenbeek}: doe ik. Rijnmond belt al, ik bel ze terug via 06-31867022",
        "[14-03-2026 06:20] {Maartje Ploegmakers}: vraag van AD over gewonden. Wat mogen we zeggen?",
        "[14-03-2026 06:22] {Anouk Zwanenburg}: drie gewonden, geen namen, geen letsel noemen pls",
        "[14-03-2026 06:24] {Maartje Ploegmakers}: top. Anouk ik zet je in de cc van het statement",
        "[14-03-2026 07:05] {Jelmer Ruitenbeek}: filmpje op X van bewoner {Stijn Lagerwey} gaat viraal",
        "[14-03-2026 07:06] {Hanneke Stigter}: Stijn is toch journalist bij Rijnmond?",
        "[14-03-2026 07:08] {Jelmer Ruitenbeek}: freelance. Ik reageer neutraal",
        "[14-03-2026 08:41] {Maartje Ploegmakers}: Q&A staat op Crisis.nl, link naar info@vr-rr.nl erbij",
    ])
    D("eg16", "rl", font="LiberationMono", size=9.5, title="Chatexport team Crisiscommunicatie",
      links=[(0, "mailto:{E:h.stigter@vr-rr.nl}", [56, 700, 300, 712])], blocks=[
          ("t", "Export groepschat ‘Crisiscomm Loods 7’"),
          ("p", "Export uit «G:Microsoft Teams», kanaal Crisiscommunicatie «VRR», 14 maart 2026. Gebruikt door het "
                "evaluatieteam («R:VRR-EVA-2026-031»)."),
          ("pre", chat),
          ("p", "Telefoonnummer in bericht van 05:53: {T:06-31867022} (mobiel communicatieadviseur)."),
          *MOTIV,
      ])

    # ------------------------------------------------------------------ eg17 scan: handwritten witness statement
    D("eg17", "scan", font="FemkeKlaver", size=17, angle=0.3, dpi=200, noise=900, blocks=[
        ("t", "Verklaring"),
        ("p", "Ik, {Hüseyin Arslan}, geboren {D:12-04-1979}, beveiliger bij Waakzaam Beveiliging, verklaar:"),
        ("p", "Om 03.05 uur zag ik op de camera rook bij dock 4 van Loods 7. Ik heb 112 gebeld en daarna mijn "
              "leidinggevende {Mehmet Kaya} op {T:06-19 44 28 71}."),
        ("p", "Ik dacht dat {Tomasz} nog binnen was want zijn fiets stond er. Later bleek dat hij via dock 6 "
              "naar buiten was gegaan. Hij had {H:brandwonden aan zijn armen}."),
        ("p", "Ik woon aan de {A:Dordtsestraatweg 310}, Rotterdam."),
        ("p", "Rotterdam, 14-3-2026"),
        ("p", "Handtekening: {Arslan}"),
    ])

    # ------------------------------------------------------------------ eg18 scan: signed letter owner
    D("eg18", "scan", font="Times-Roman", size=12, angle=-0.7, blocks=[
        ("p", "Eemhaven Warehousing B.V.\nWaalhaven Oostzijde 85\n3087 BM Rotterdam"),
        ("sp", 14),
        ("p", "Aan het Algemeen Bestuur van de Veiligheidsregio Rotterdam-Rijnmond\nt.a.v. burgemeester C. Schouten"),
        ("sp", 10),
        ("p", "Rotterdam, 4 mei 2026\nBetreft: reactie op conceptbevindingen evaluatie brand Loods 7"),
        ("p", "Geachte mevrouw Schouten,"),
        ("p", "Wij hebben de conceptbevindingen gelezen. Wij betreuren dat ons bedrijf wordt neergezet als "
              "onzorgvuldig. De wijziging van de opslag is op 9 september 2025 per e-mail gemeld door onze "
              "bedrijfsleider, de heer {Kevin Zeldenrust}, aan de heer {Thijs Verkerk} van de afdeling "
              "Risicobeheersing ({E:t.verkerk@vr-rr.nl}). Wij voegen die e-mail bij."),
        ("p", "Wij vragen u dit in het rapport op te nemen. Voor vragen: {T:06-23 58 71 04}."),
        ("p", "Hoogachtend,"),
        ("sp", 20),
        ("p", "{Ruud Brakenhoff}\ndirecteur"),
    ])

    # ------------------------------------------------------------------ eg19 scan: attendance list
    att = [["Naam", "Straat en huisnummer", "Telefoon / e-mail"],
           ["{Fatma Yilmaz-Demir}", "{A:Zuiderparkweg 88}", "{E:fatma.yilmaz79@gmail.com}"],
           ["{Henk Schoonderwoerd}", "{A:Courzandseweg 17}", "{T:010-429 18 33}"],
           ["{Marian de Ruijter-Blom}", "{A:Slinge 228}", "{T:06-50 71 26 94}"],
           ["{Ayoub Amrani}", "{A:Plein 1953 nr 41}", "{T:06-20 58 14 77}"],
           ["{Gerda Pluijm}", "{A:Tarwewijk 9}", "{E:gpluijm@hotmail.com}"],
           ["{Corné Baggerman}", "{A:Gruttostraat 64}", "{T:06-14 92 37 55}"]]
    D("eg19", "scan", font="Helvetica", size=11, angle=0.9, blocks=[
        ("t", "Presentielijst bewonersavond 19 maart 2026"),
        ("p", "Ontmoetingskerk Pendrecht – alleen voor terugkoppeling, niet verspreiden"),
        ("tab", att, [4, 4, 5]),
        ("p", "Lijst opgesteld door {Iris Kalkman}, gemeente Rotterdam."),
    ])

    # ------------------------------------------------------------------ eg20 Woo decision letter (LO)
    D("eg20", "lo", font="Liberation Sans", author="Team Woo VRR", title="Besluit op Woo-verzoek", blocks=[
        ("p", "«Veiligheidsregio Rotterdam-Rijnmond»\nPostbus 9154, 3007 AD «L:Rotterdam»"),
        ("p", "De heer {Stijn Lagerwey}\n{A:Mathenesserdijk 377a}\n{A:3026 GE} «L:Rotterdam»"),
        ("kv", [("Datum", "«M:28 mei 2026»"), ("Kenmerk", "«R:VRR-WOO-2026-019»"),
                ("Behandeld door", "{Gijs Roodenburg}, Woo-coördinator"), ("Telefoon", "{T:010 - 446 84 12}"),
                ("E-mail", "«F:woo@vr-rr.nl»"), ("Onderwerp", "Besluit op uw Woo-verzoek brand Loods 7")]),
        ("p", "Geachte heer {Lagerwey},"),
        ("p", "Op 20 maart 2026 heeft u een verzoek gedaan op grond van de «W:Wet open overheid» om alle documenten "
              "over de brand in Loods 7 aan de «L:Waalhaven» Oostzijde. Wij hebben 64 documenten gevonden. In dit "
              "besluit maken wij 41 documenten deels openbaar en 23 documenten niet openbaar."),
        ("h", "Overwegingen"),
        ("p", "Namen, telefoonnummers en e-mailadressen van medewerkers van de veiligheidsregio, van het bedrijf "
              "en van bewoners maken wij niet openbaar (artikel 5.1, tweede lid, onder e, «W:Woo»). Namen van "
              "bestuurders, zoals «P:burgemeester Schouten» en «P:commissaris van de Koning Kolff», blijven "
              "leesbaar. Gegevens over de gezondheid van gewonden zijn bijzondere persoonsgegevens en worden niet "
              "openbaar gemaakt (artikel 5.1, eerste lid, onder d)."),
        ("p", "Het «G:LCMS»-logboek maken wij deels openbaar; initialen van invoerders zijn weggelakt."),
        ("p", "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij het Algemeen Bestuur."),
        ("p", "Hoogachtend,\nnamens het Algemeen Bestuur,\n\n{Gijs Roodenburg}\nWoo-coördinator"),
        *MOTIV,
    ])

    # ------------------------------------------------------------------ eg21 DCMR memo (rl Times)
    D("eg21", "rl", font="DejaVuSerif", size=10, title="DCMR meetrapport", blocks=[
        ("t", "Memo meetresultaten brand Loods 7"),
        ("kv", [("Van", "{Yusuf Demirtas}, meetplanleider «O:DCMR Milieudienst Rijnmond»"),
                ("Aan", "AGS «VRR», {Jasper Noordermeer}; GGD-arts {Wouter-Jan Pronk}"),
                ("Datum", "«M:15 maart 2026»"), ("Kenmerk", "«R:DCMR-MP-2026-0211»")]),
        ("p", "Tussen 04:40 en 14:00 uur zijn op 17 locaties metingen verricht door drie meetploegen (ploegleiders "
              "{Bram Kuipers-Oei}, {Sanne Wijbenga} en {Oguz Yıldırım}). Gemeten zijn fijnstof (PM10, PM2,5), "
              "koolmonoxide, waterstoffluoride en zoutzuur."),
        ("tab", [["Locatie", "Tijd", "PM10 (µg/m³)", "HF", "Oordeel"],
                 ["«L:Heijplaat», Courzandseweg", "05:15", "186", "n.a.", "verhoogd"],
                 ["«L:Charlois», Zuiderpark", "05:50", "94", "n.a.", "licht verhoogd"],
                 ["«L:Pendrecht», Slinge", "06:20", "61", "n.a.", "normaal"],
                 ["«L:Pernis», Pastoriedijk", "06:45", "38", "n.a.", "normaal"]], [4, 1.3, 2, 1, 2]),
        ("p", "Veegmonsters op 15 maart tonen roet met lage gehalten PAK. Het «O:RIVM» heeft de resultaten "
              "beoordeeld. Er zijn geen gezondheidseffecten op lange termijn te verwachten."),
        ("p", "Contact: {E:y.demirtas@dcmr.nl}, {T:06-43 81 27 05}; algemeen «S:010 - 246 80 00»."),
        *MOTIV,
    ])

    # ------------------------------------------------------------------ eg22 GBT minutes (LO, 2 pages)
    D("eg22", "lo", font="Cambria", author="{Anne-Wil van Leeuwen}", title="Besluitenlijst GBT 14 maart 2026",
      blocks=[
          ("t", "Besluitenlijst Gemeentelijk Beleidsteam"),
          ("kv", [("Datum", "«M:14 maart 2026», 06:00 en 09:30 uur"),
                  ("Voorzitter", "«P:burgemeester Carola Schouten»"),
                  ("Aanwezig", "gemeentesecretaris, AC Brandweer ({Niels Overgaauw}), "
                               "GHOR ({Anouk Zwanenburg}), politie ({Rick van Duijvenbode}), communicatie "
                               "({Hanneke Stigter}), Havenbedrijf ({Lianne Kerkhof})"),
                  ("Notulist", "{Anne-Wil van Leeuwen} (secretaris GBT)")]),
          ("h", "Eerste vergadering 06:00 uur"),
          ("p", "De AC Brandweer schetst het beeld: zeer grote brand, defensieve inzet, rookpluim richting het "
                "zuidoosten. Er zijn drie gewonden. De «O:DCMR» meet."),
          ("p", "Besluit 1: «G:NL-Alert» is om 05:52 uur verstuurd; het GBT bekrachtigt dit besluit."),
          ("p", "Besluit 2: de burgemeester informeert de «P:commissaris van de Koning» en de «P:burgemeester van "
                "Albrandswaard». Het «O:Havenbedrijf Rotterdam» stremt de scheepvaart in de «L:Waalhaven» niet."),
          ("p", "Besluit 3: de politie leidt het verkeer om via de «L:Waalhavenweg». Contact politie: {Van "
                "Duijvenbode}, {T:06-21 70 35 48}."),
          ("pb",),
          ("h", "Tweede vergadering 09:30 uur"),
          ("p", "De «O:GHOR» meldt dat één medewerker van het bedrijf is opgenomen met brandwonden. {Zwanenburg} "
                "vraagt de namen niet te delen met de pers. Het GBT stemt in."),
          ("p", "Besluit 4: er komt een bewonersavond in «L:Pendrecht»; de gemeente organiseert, de «VRR» levert "
                "deskundigen."),
          ("p", "Besluit 5: «P:burgemeester Schouten» bezoekt om 11:00 uur de brandweerpost «L:Charlois»."),
          ("p", "Besluit 6: de eigenaar van het bedrijf wordt door de gemeente gebeld over de nazorg en de "
                "asbestinventarisatie. Contactpersoon bij het bedrijf: {Sandra Brakenhoff-Kool}, "
                "{T:06-24 19 88 30}."),
          ("p", "Actiepunt: secretaris GBT stuurt de besluitenlijst naar «F:crisisbeheersing@rotterdam.nl»."),
          *MOTIV,
      ])
