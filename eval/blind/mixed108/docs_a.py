"""Set EG documents eg01-eg11: evaluation report, interviews, LCMS logbook, e-mails, press releases."""

MOTIV = [("h", "Informatie die niet openbaar gemaakt kan worden"),
         ("p", "Motivering: in deze openbaar gemaakte versie zijn persoonsgegevens van medewerkers en betrokken "
               "burgers weggelakt op grond van artikel 5.1, tweede lid, onder e, van de «W:Wet open overheid»."), ]


def define(D):
    # ------------------------------------------------------------------ eg01 evaluation report (3 pages)
    D("eg01", "rl", font="LiberationSerif", size=10.5,
      title="Evaluatie zeer grote brand Loods 7 Waalhaven",
      info={"Author": "{Tessa Vrijhof}"},
      header="«Veiligheidsregio Rotterdam-Rijnmond» | Evaluatie brand Loods 7 | «R:VRR-EVA-2026-031»",
      blocks=[
          ("bm", "Samenvatting"),
          ("t", "Evaluatie zeer grote brand Loods 7, «L:Waalhaven» Oostzijde"),
          ("p", "Rapport van het evaluatieteam van de «Veiligheidsregio Rotterdam-Rijnmond» («VRR»), vastgesteld door "
                "het Algemeen Bestuur op «M:2 november 2026». Kenmerk «R:VRR-EVA-2026-031»."),
          ("h", "1. Samenvatting"),
          ("p", "In de nacht van vrijdag 13 op zaterdag 14 maart 2026 brak omstreeks 03:05 uur brand uit in Loods 7 van "
                "«Eemhaven Warehousing B.V.» aan de «B:Waalhaven Oostzijde 85» in «L:Rotterdam». In de loods lagen "
                "onder meer pallets met lithium-ionaccu's voor e-bikes en kunststof verpakkingsmateriaal. De brand "
                "groeide binnen een uur uit tot een zeer grote brand; om 04:21 uur werd opgeschaald naar «G:GRIP 2» en "
                "om 05:40 uur naar «G:GRIP 3»."),
          ("p", "De rookpluim trok over «L:Charlois», «L:Pendrecht» en «L:Heijplaat». Om 05:52 uur ging een "
                "«G:NL-Alert» uit. «P:Burgemeester Carola Schouten», voorzitter van de veiligheidsregio, zat het "
                "Gemeentelijk Beleidsteam voor. De «P:commissaris van de Koning Wouter Kolff» werd om 06:30 uur "
                "geïnformeerd en bezocht op 15 maart de plaats van het incident."),
          ("p", "Er vielen geen doden. Een medewerker van het bedrijf en twee brandweermensen raakten gewond; de "
                "gegevens daarover staan in de vertrouwelijke bijlage van de «O:GHOR» en zijn hier niet opgenomen."),
          ("bm", "Interview {Marloes Heijkamp} (OvD-B)"),
          ("h", "2. Onderzoeksvragen en werkwijze"),
          ("p", "Het evaluatieteam beantwoordt drie vragen: (1) verliep de alarmering en de eerste inzet volgens de "
                "afspraken, (2) was de informatiedeling in «G:LCMS» tijdig en volledig en (3) bereikte de "
                "crisiscommunicatie de bewoners van de getroffen wijken? Het team voerde 19 interviews, las het "
                "«G:LCMS»-logboek, de e-mails met het bedrijf en de verzekeraar, de persberichten en de verslagen "
                "van de bewonersavond van 19 maart 2026 in de «B:Ontmoetingskerk Pendrecht»."),
          ("p", "Het onderzoek volgt het referentiekader van het «Instituut Fysieke Veiligheid» en artikel 19 "
                "van de «W:Wet veiligheidsregio's». De «O:Inspectie Justitie en Veiligheid» ontving het conceptrapport "
                "ter informatie."),
          ("pb",),
          ("h", "3. Alarmering en eerste inzet"),
          ("p", "De automatische brandmelding kwam om 03:09 uur binnen bij de meldkamer. De eerste tankautospuit "
                "van post «L:Charlois» was om 03:17 uur ter plaatse. De bevelvoerder zag bij aankomst rook uit de "
                "nok en vlammen bij dock 4. Omdat de beveiliger meldde dat er mogelijk nog een medewerker binnen was, "
                "werd een binnenaanval ingezet. Die werd om 03:34 uur afgebroken toen de rookontwikkeling "
                "toenam; de medewerker bleek zich zelf via dock 6 in veiligheid te hebben gebracht."),
          ("p", "De Officier van Dienst Brandweer (OvD-B) schaalde om 03:41 uur op naar middelbrand en om 03:58 uur "
                "naar grote brand. Geïnterviewden noemen het besluit tot de binnenaanval begrijpelijk, maar wijzen "
                "erop dat de bedrijfsinformatie over de opslag van accu's niet in «G:LCMS» stond. Het "
                "bereikbaarheidsprofiel van het «O:Havenbedrijf Rotterdam» was wel actueel."),
          ("h", "4. Informatiedeling"),
          ("p", "Het Regionaal Operationeel Team kwam om 05:10 uur bijeen in het «B:Regionaal Crisiscentrum aan de "
                "Wilhelminakade»"
                ". Het logboek laat zien dat meetgegevens van de «O:DCMR Milieudienst Rijnmond» pas om 06:48 uur in "
                "het totaalbeeld stonden, ruim een uur na de eerste metingen. De informatiemanager ROT verklaarde "
                "dat de meetploegen hun resultaten telefonisch doorgaven en niet in het systeem invoerden."),
          ("p", "Het «O:RIVM» leverde om 09:15 uur een eerste advies over neerslag van roet. De GGD-arts adviseerde "
                "groente uit moestuinen in «L:Heijplaat» goed te wassen; dat advies stond pas 's middags op "
                "«G:Crisis.nl»."),
          ("h", "5. Crisiscommunicatie"),
          ("p", "Het eerste persbericht verscheen om 04:55 uur, het «G:NL-Alert» om 05:52 uur. Bewoners zeiden op de "
                "bewonersavond dat het «G:NL-Alert» te laat kwam en dat niet duidelijk was hoe lang ramen en deuren "
                "dicht moesten blijven. Vragen van bewoners over schade en gezondheid zijn na afloop beantwoord via "
                "«F:info@vr-rr.nl» en het algemene nummer «S:010 - 446 89 00»."),
          ("pb",),
          ("bm", "Aanbevelingen"),
          ("h", "6. Aanbevelingen"),
          ("tab", [["nr", "Aanbeveling", "Eigenaar"],
                   ["1", "Leg opslag van lithium-ionaccu's vast in de bedrijfsinformatie van «G:LCMS».",
                    "«O:Brandweer Rotterdam-Rijnmond»"],
                   ["2", "Laat meetploegen van de «O:DCMR» resultaten direct in «G:LCMS» invoeren.", "«O:DCMR»"],
                   ["3", "Verstuur een «G:NL-Alert» binnen 30 minuten na een advies 'ramen en deuren dicht'.",
                    "«J:Algemeen Commandant Bevolkingszorg»"],
                   ["4", "Organiseer binnen een week een bewonersavond met de «O:GGD Rotterdam-Rijnmond».",
                    "«O:Gemeente Rotterdam»"],
                   ["5", "Maak afspraken met bedrijven en verzekeraars over het delen van schade-informatie.",
                    "«J:directeur Risicobeheersing»"]], [1, 9, 4]),
          ("p", "Het Algemeen Bestuur neemt de aanbevelingen over. Over de voortgang wordt in het najaar van 2027 "
                "gerapporteerd aan de gemeenteraden in de regio."),
          ("h", "Colofon"),
          ("p", "Opdrachtgever: Algemeen Bestuur «VRR». Uitvoering: evaluatieteam van de afdeling Kwaliteit en "
                "Evaluatie. Contact: «F:evaluatie@vr-rr.nl»."),
          *MOTIV,
      ])

    # ------------------------------------------------------------------ eg02 interview OvD-B (LO, 2 pages)
    D("eg02", "lo", font="Carlito", author="{Ruben Achterberg}", title="Interviewverslag OvD-B", blocks=[
        ("t", "Interviewverslag 04 – Officier van Dienst Brandweer"),
        ("kv", [("Kenmerk", "«R:VRR-EVA-2026-031»/I-04"), ("Datum interview", "«M:22 april 2026»"),
                ("Geïnterviewde", "{Marloes Heijkamp}, Officier van Dienst Brandweer"),
                ("Interviewers", "{Tessa Vrijhof} en {Ruben Achterberg} (evaluatieteam «VRR»)"),
                ("Locatie", "«B:Kazerne Baan, Rotterdam»")]),
        ("h", "Aanrijding en eerste beeld"),
        ("p", "{Heijkamp} werd om 03:24 uur gealarmeerd en was om 03:39 uur ter plaatse. Zij zag een volledig "
              "ontwikkelde brand in het oostelijke deel van Loods 7. Bevelvoerder {Dennis Kapteijns} meldde haar "
              "dat de binnenaanval was afgebroken en dat iedereen buiten was. ‘Het eerste wat ik wilde weten was "
              "wat er lag. Dat stond nergens. De beveiliger wist het ook niet precies.’"),
        ("p", "Volgens {Heijkamp} belde zij zelf de bedrijfsleider, {Kevin Zeldenrust}, op zijn mobiele nummer "
              "{T:06-52 81 30 47}. Hij bevestigde dat er ongeveer 1.400 e-bike-accu's lagen. Die informatie gaf zij "
              "door aan de HOvD, {Erik-Jan Wensveen}, maar zette haar niet in «G:LCMS». ‘Dat had ik moeten doen, "
              "maar ik stond met mijn voeten in het water.’"),
        ("h", "Opschaling"),
        ("p", "Zij adviseerde om 03:52 uur om op te schalen naar grote brand en vroeg een adviseur gevaarlijke "
              "stoffen aan. De AGS, {Jasper Noordermeer}, was om 04:30 uur ter plaatse. {Noordermeer} adviseerde een "
              "meetplan met de «O:DCMR». Volgens {Heijkamp} was de samenwerking met de «O:Politie Rotterdam» goed; "
              "de afzetting van de «L:Waalhaven» Oostzijde stond binnen twintig minuten."),
        ("pb",),
        ("h", "Gewonde collega"),
        ("p", "Tijdens de afbouw van de binnenaanval raakte een collega onwel. {Heijkamp} wil daar in het verslag "
              "niets over kwijt; zij verwijst naar de «O:GHOR» en de bedrijfsarts."),
        ("h", "Lessen"),
        ("p", "‘Zorg dat bedrijfsinformatie over accu's vóór de brand in het systeem staat. En geef de OvD iemand "
              "die het logboek bijhoudt.’ {Marloes} stelt voor om bij grote branden standaard een "
              "informatiecoördinator mee te sturen."),
        ("p", "Het verslag is op «M:29 april 2026» ter accordering voorgelegd aan de geïnterviewde en akkoord "
              "bevonden (paraaf {I:MHe})."),
        *MOTIV,
    ])

    # ------------------------------------------------------------------ eg03 interview bevelvoerder (rl Helvetica)
    D("eg03", "rl", font="Helvetica", size=10, title="Interviewverslag bevelvoerder",
      header="«VRR» – Evaluatie Loods 7 – interviewverslag I-02", blocks=[
          ("t", "Interviewverslag I-02: bevelvoerder eerste tankautospuit"),
          ("kv", [("Datum", "«M:15 april 2026», 14:00-15:30 uur"),
                  ("Geïnterviewde", "{Dennis Kapteijns} (bevelvoerder, post «L:Charlois»)"),
                  ("Aanwezig", "{Tessa Vrijhof} (gespreksleider), {Ruben Achterberg} (verslag)"),
                  ("Telefoon geïnterviewde", "{T:06-41 07 66 82}")]),
          ("h", "Verloop"),
          ("p", "{Kapteijns} kwam om 03:17 uur aan met zijn ploeg: {Jorick Baaijens}, {Lotte Verschuure}, "
                "{Bas Luijendijk}, {Sem Dekkinga} en chauffeur {Ilias Ouaali}. De beveiliger van "
                "«Waakzaam Beveiliging» stond bij de slagboom en zei dat ‘{Tomasz} misschien nog binnen was’. Op "
                "basis daarvan koos {Kapteijns} voor een binnenaanval met twee manschappen onder adembescherming."),
          ("p", "{Baaijens} en {Verschuure} gingen via dock 4 naar binnen. Na vier minuten nam de hitte snel toe. "
                "{Kapteijns}: ‘Ik hoorde aan de portofoon dat {Lotte} benauwd klonk. Toen heb ik ze teruggetrokken.’ "
                "Het afbreken van de binnenaanval werd om 03:34 uur aan de meldkamer doorgegeven."),
          ("h", "Reflectie"),
          ("p", "De bevelvoerder vindt achteraf dat de informatie van de beveiliger te weinig is geverifieerd. ‘Als "
                "ik had geweten dat er 1.400 accu's lagen, was ik niet naar binnen gegaan.’ Hij pleit voor een "
                "vaste plek voor de sleutelkluis en de aanwezigheidslijst bij de hoofdingang."),
          ("p", "{Kapteijns} vraagt of zijn naam uit de openbare versie kan blijven. Dat is toegezegd."),
          *MOTIV,
      ])

    # ------------------------------------------------------------------ eg04 interview HOvD + bestuur (LO)
    D("eg04", "lo", font="Liberation Serif", author="evaluatieteam", title="Interview HOvD en AC Bevolkingszorg",
      blocks=[
          ("t", "Interviewverslag I-07 en I-08"),
          ("p", "Evaluatie zeer grote brand Loods 7 – kenmerk «R:VRR-EVA-2026-031»"),
          ("h", "I-07 Hoofdofficier van Dienst (HOvD)"),
          ("kv", [("Geïnterviewde", "{Erik-Jan Wensveen}"), ("Datum", "«M:6 mei 2026»"),
                  ("E-mail", "{E:ej.wensveen@vr-rr.nl}")]),
          ("p", "{Wensveen} nam om 04:15 uur de leiding van het CoPI over. Hij beschrijft de eerste twee uur als "
                "‘reactief’. Het CoPI had geen vaste notulist; de informatiemanager CoPI, {Roos Terpstra}, kwam pas "
                "om 05:05 uur. Volgens {Wensveen} was het besluit om «G:GRIP 3» af te kondigen vooral ingegeven door "
                "de rookpluim richting de woonwijken en de vragen van de «O:Gemeente Albrandswaard»."),
          ("p", "Over het contact met het bedrijf zegt hij: ‘De eigenaar stond om half vijf bij het lint en wilde "
                "naar binnen om de administratie te halen. Dat hebben we niet toegestaan.’"),
          ("h", "I-08 Algemeen Commandant Bevolkingszorg"),
          ("kv", [("Geïnterviewde", "{Hanneke Stigter}"), ("Datum", "«M:12 mei 2026»"),
                  ("Telefoon", "{T:06-29 93 14 50}")]),
          ("p", "{Stigter} was verantwoordelijk voor de crisiscommunicatie in het ROT. Zij adviseerde om 05:25 uur "
                "een «G:NL-Alert» te versturen; de tekst moest nog worden afgestemd met de «O:DCMR» en de "
                "«P:burgemeester van Rotterdam». «P:Burgemeester Schouten» gaf om 05:47 uur akkoord. "
                "Volgens {Stigter} zat er ‘tien minuten vertraging in het zoeken naar de juiste postcodes’."),
          ("p", "Zij noemt de samenwerking met de «P:burgemeester van Schiedam, Cor Lamers», goed: zijn gemeente "
                "nam de berichten van de «VRR» integraal over. De «P:commissaris van de Koning» vroeg om 07:15 uur "
                "om een schriftelijk situatierapport, dat om 08:00 uur werd verstuurd."),
          ("p", "Verslag: {Ruben Achterberg}. Akkoord geïnterviewden per e-mail op «M:20 mei 2026»."),
          *MOTIV,
      ])

    # ------------------------------------------------------------------ eg05 LCMS log part 1 (rl mono, 2 pages)
    log1 = [
        ["Tijd", "Functie", "Door", "Bericht"],
        ["03:09", "Meldkamer Brandweer", "{I:KdJ}", "OMS-melding «L:Waalhaven» Oostzijde 85, object Loods 7. Alarmering TS 17-1731."],
        ["03:17", "Meldkamer Brandweer", "{I:KdJ}", "TS ter plaatse. Rook uit nok. Beveiliger meldt mogelijk persoon binnen."],
        ["03:24", "Meldkamer Brandweer", "{I:KdJ}", "OvD-B gealarmeerd."],
        ["03:34", "Meldkamer Brandweer", "{I:WtH}", "Binnenaanval afgebroken. Alle manschappen buiten. 1 collega onwel."],
        ["03:41", "OvD-B", "{I:MHe}", "Middelbrand. Vermiste persoon gevonden bij dock 6, aanspreekbaar, naar ambulance."],
        ["03:52", "OvD-B", "{I:MHe}", "Opschaling grote brand. AGS gevraagd. Opslag: ca. 1.400 accu's volgens bedrijfsleider."],
        ["04:05", "CvD", "{I:PRa}", "HOvD geïnformeerd. Rookpluim richting zuid-oost, windkracht 4."],
        ["04:21", "CvD", "{I:PRa}", "«G:GRIP 2» afgekondigd. CoPI op locatie, ROT wordt opgeroepen."],
        ["04:30", "AGS", "{I:JNo}", "Meetplan opgesteld met «O:DCMR». Drie meetploegen."],
        ["04:44", "HOvD", "{I:EJW}", "Eigenaar ter plaatse, wil naar binnen. Afgewezen. Contact via politie."],
        ["04:55", "Communicatie", "{I:MPl}", "Eerste persbericht verstuurd via «F:persvoorlichting@vr-rr.nl»."],
        ["05:05", "IM CoPI", "{I:RTe}", "Informatiemanager CoPI gestart. Totaalbeeld aangemaakt."],
        ["05:10", "IM ROT", "{I:SBo}", "ROT bijeen in «B:Regionaal Crisiscentrum aan de Wilhelminakade»."],
        ["05:25", "AC Bevolkingszorg", "{I:HSt}", "Advies «G:NL-Alert»: ramen en deuren dicht, ventilatie uit."],
        ["05:40", "CvD", "{I:PRa}", "«G:GRIP 3». GBT onder leiding van «P:burgemeester Schouten»."],
        ["05:47", "GBT", "{I:AvL}", "Burgemeester akkoord op tekst «G:NL-Alert»."],
        ["05:52", "Meldkamer", "{I:WtH}", "«G:NL-Alert» verzonden voor «L:Charlois», «L:Pendrecht», «L:Heijplaat», «L:Pernis»."],
        ["06:10", "AGS", "{I:JNo}", "Eerste metingen: verhoogde concentraties roet. Geen acuut gevaar gemeten."],
        ["06:30", "GBT", "{I:AvL}", "«P:Commissaris van de Koning» telefonisch geïnformeerd door burgemeester."],
        ["06:48", "IM ROT", "{I:SBo}", "Meetgegevens «O:DCMR» in totaalbeeld opgenomen."],
    ]
    D("eg05", "rl", font="LiberationMono", size=9, title="LCMS logboek deel 1",
      header="«G:LCMS» export – incident «R:2026-0314-0412» – deel 1 (03:09-06:48)", blocks=[
          ("t", "Logboek «G:LCMS» – incident «R:2026-0314-0412»"),
          ("p", "Export van het logboek van de «Veiligheidsregio Rotterdam-Rijnmond», gebruikt voor de evaluatie. "
                "Kolom 'Door' bevat de initialen van de invoerder."),
          ("tab", log1, [1.2, 2.6, 1.2, 8]),
          ("p", "Afkortingen: TS tankautospuit, OvD-B Officier van Dienst Brandweer, CvD Calamiteitencoördinator, "
                "AGS Adviseur Gevaarlijke Stoffen, IM informatiemanager, GBT Gemeentelijk Beleidsteam."),
          *MOTIV,
      ])

    # ------------------------------------------------------------------ eg06 LCMS log part 2 (rl DejaVu landscape)
    log2 = [
        ["Tijd", "Team", "Invoerder", "Type", "Bericht"],
        ["07:02", "ROT", "{I:SBo}", "Besluit", "Scholen in «L:Heijplaat» blijven maandag open tenzij «O:DCMR» anders adviseert."],
        ["07:15", "GBT", "{I:AvL}", "Actie", "Situatierapport voor «P:CdK» opstellen (eigenaar: IM ROT)."],
        ["07:40", "ROT", "{I:NOv}", "Info", "Brand onder controle, nog niet meester. Inzet 14 TS, 2 redvoertuigen, 1 blusboot."],
        ["08:00", "ROT", "{I:SBo}", "Info", "Situatierapport verzonden aan «O:Provincie Zuid-Holland»."],
        ["08:22", "ROT", "{I:AZw}", "Info", "GHOR: 3 gewonden, 1 medewerker bedrijf in «O:Maasstad Ziekenhuis», 2 brandweer."],
        ["09:15", "ROT", "{I:AZw}", "Info", "«O:RIVM»: roetneerslag mogelijk tot 3 km. Advies: groente wassen."],
        ["09:40", "GBT", "{I:AvL}", "Besluit", "Bewonersavond organiseren in «L:Pendrecht». Datum volgt."],
        ["10:05", "ROT", "{I:HSt}", "Info", "Vragen via «S:0800-1351» (publieksnummer) en «F:info@vr-rr.nl»."],
        ["11:30", "ROT", "{I:NOv}", "Info", "Brand meester. Nablussen door 4 TS."],
        ["12:10", "GBT", "{I:AvL}", "Besluit", "Afschaling naar «G:GRIP 1» om 13:00 uur."],
        ["13:00", "CoPI", "{I:RTe}", "Info", "«G:GRIP 1». CoPI leidt nazorg ter plaatse."],
        ["16:45", "CoPI", "{I:RTe}", "Info", "Overdracht aan «O:Gemeente Rotterdam», afdeling Nazorg."],
    ]
    D("eg06", "rl", font="DejaVuSans", size=9, land=True, title="LCMS logboek deel 2",
      xmp=["{Samira Bouhalhal}"],
      header="«G:LCMS» export – incident «R:2026-0314-0412» – deel 2 (07:02-16:45)", blocks=[
          ("t", "Logboek «G:LCMS» – deel 2: ROT en GBT"),
          ("tab", log2, [1, 1, 1.3, 1.3, 10]),
          ("p", "Legenda invoerders: zie het bijgevoegde overzicht in de personeelsadministratie (niet openbaar). "
                "Het logboek is op «M:14 maart 2026» om 17:00 uur gesloten."),
          *MOTIV,
      ])

    # ------------------------------------------------------------------ eg07 e-mail owner (LO)
    D("eg07", "lo", font="Arial", author="{Priya Ramcharan}", title="RE: informatie opslag Loods 7", blocks=[
        ("small", "Van: {Ruud Brakenhoff} <{E:r.brakenhoff@eemhavenwarehousing.nl}>"),
        ("small", "Verzonden: dinsdag 17 maart 2026 09:12"),
        ("small", "Aan: {Priya Ramcharan} <{E:p.ramcharan@vr-rr.nl}>"),
        ("small", "CC: {Kevin Zeldenrust} <{E:k.zeldenrust@eemhavenwarehousing.nl}>; «F:evaluatie@vr-rr.nl»"),
        ("small", "Onderwerp: RE: informatie opslag Loods 7 – «R:VRR-EVA-2026-031»"),
        ("p", "Geachte mevrouw {Ramcharan},"),
        ("p", "Dank voor uw bericht. Hierbij de gevraagde informatie. In Loods 7 lagen op 13 maart 2026 circa 1.400 "
              "accu's voor e-bikes (klant: een importeur uit «L:Tilburg»), 600 pallets kunststof "
              "verpakkingsmateriaal en twee containers met tuinmeubelen. De opslag van accu's was gemeld aan de "
              "«O:DCMR» onder de «W:Omgevingswet»; de melding heeft nummer «R:OLO-7719204»."),
        ("p", "Ik begrijp uit de media dat er vragen zijn over onze bedrijfsinformatie in uw systemen. Wij hebben "
              "in 2024 een bereikbaarheidskaart aangeleverd. Mijn bedrijfsleider {Zeldenrust} zoekt uit of de "
              "wijziging van de opslag in 2025 aan u is doorgegeven."),
        ("p", "Over onze medewerker: {Tomasz} is inmiddels thuis. Wij vragen u zijn naam niet te gebruiken in "
              "publicaties."),
        ("p", "U kunt mij bereiken op {T:06-23 58 71 04}. Ons kantoor is tijdelijk gevestigd op mijn huisadres, "
              "{A:Ringdijk 212}, {A:2987 VK} «L:Ridderkerk»."),
        ("p", "Met vriendelijke groet,"),
        ("p", "{Ruud Brakenhoff}\nDirecteur-eigenaar «Eemhaven Warehousing B.V.»\nKvK «R:24381907»"),
        ("small", "-----Oorspronkelijk bericht-----"),
        ("small", "Van: {Priya Ramcharan}  Verzonden: maandag 16 maart 2026 16:40"),
        ("p", "Geachte heer {Brakenhoff}, voor de evaluatie van de brand vragen wij u welke goederen op 13 maart in "
              "Loods 7 lagen en of de opslag van accu's bij het bevoegd gezag bekend was. Met vriendelijke groet, "
              "{Priya Ramcharan}, Calamiteitencoördinator «VRR», {T:010 - 446 81 37}."),
        *MOTIV,
    ])

    # ------------------------------------------------------------------ eg08 e-mails insurer (rl Carlito)
    D("eg08", "rl", font="Carlito", size=10.5, title="E-mailwisseling verzekeraar", blocks=[
        ("small", "Van: {Hidde Veltkamp} <{E:h.veltkamp@rijnmondexpertise.nl}>"),
        ("small", "Aan: «F:juridischezaken@vr-rr.nl»"),
        ("small", "CC: {Charlotte Doornbosch} <{E:charlotte.doornbosch@maasmondverzekeringen.nl}>"),
        ("small", "Datum: 2 april 2026 11:03"),
        ("small", "Onderwerp: Schadedossier «R:MMV-2026-88123» – brand Loods 7"),
        ("p", "Geachte heer, mevrouw,"),
        ("p", "Namens «Maasmond Verzekeringen N.V.», de brandverzekeraar van «Eemhaven Warehousing B.V.», onderzoek "
              "ik als schade-expert van «Rijnmond Expertise Groep» de oorzaak en omvang van de brand. Ik verzoek u "
              "om een kopie van het «G:LCMS»-logboek, de foto's van de inzet en de verklaring van de beveiliger, "
              "de heer {Hüseyin Arslan}."),
        ("p", "Tevens zou ik graag spreken met de bevelvoerder van de eerste tankautospuit. U kunt mij bereiken op "
              "{T:06-38 12 95 60}."),
        ("p", "Met vriendelijke groet,\n{Hidde Veltkamp}, register-expert"),
        ("sp", 6),
        ("small", "Van: «F:juridischezaken@vr-rr.nl»"),
        ("small", "Aan: {Hidde Veltkamp}"),
        ("small", "Datum: 9 april 2026 15:20"),
        ("small", "Onderwerp: RE: Schadedossier «R:MMV-2026-88123» – brand Loods 7"),
        ("p", "Geachte heer {Veltkamp},"),
        ("p", "De «VRR» verstrekt geen logboeken of verklaringen aan derden buiten een wettelijke grondslag. U kunt "
              "een verzoek doen op grond van de «W:Wet open overheid» via «F:woo@vr-rr.nl». Namen van medewerkers "
              "worden dan niet verstrekt. Gesprekken met onze medewerkers vinden niet plaats; vragen kunt u "
              "schriftelijk stellen. Het rapport van de «O:Politie Rotterdam» over de brandoorzaak kunt u bij de "
              "politie opvragen."),
        ("p", "Met vriendelijke groet,\n{Nadia Kortenhoeven}\nJurist, team Juridische Zaken «VRR»\n"
              "T {T:010 - 446 82 95}"),
        ("sp", 6),
        ("small", "Van: {Charlotte Doornbosch}"),
        ("small", "Datum: 10 april 2026 08:47"),
        ("p", "Beste {Hidde}, dank. Ik noteer in het dossier dat de «VRR» naar de Woo verwijst. Verzekerde "
              "{Brakenhoff} is hierover door mij gebeld. Groet, {Charlotte}"),
        ("p", "{Charlotte Doornbosch} | Senior schadebehandelaar Zakelijk | {T:06-11 47 58 26}"),
        *MOTIV,
    ])

    # ------------------------------------------------------------------ eg09 letter insurer (rl Times)
    D("eg09", "rl", font="LiberationSerif", size=11, title="Brief Maasmond Verzekeringen", blocks=[
        ("p", "«Maasmond Verzekeringen N.V.»\nPostbus 2290, 3000 CG «L:Rotterdam»"),
        ("sp", 10),
        ("p", "«Veiligheidsregio Rotterdam-Rijnmond»\nt.a.v. het Algemeen Bestuur\nPostbus 9154\n3007 AD «L:Rotterdam»"),
        ("sp", 10),
        ("kv", [("Ons kenmerk", "«R:MMV-2026-88123»"), ("Behandeld door", "{Charlotte Doornbosch}"),
                ("Doorkiesnummer", "{T:010 - 281 44 72}"), ("Datum", "«M:24 april 2026»"),
                ("Onderwerp", "Regres en verzoek om informatie")]),
        ("p", "Geacht bestuur,"),
        ("p", "Onze verzekerde, «Eemhaven Warehousing B.V.», heeft bij ons een schade gemeld van naar schatting "
              "€ 11,8 miljoen. Onze verzekerde stelt dat de schade groter is geworden doordat de brandweer pas na "
              "ruim een half uur een defensieve inzet koos. Wij onderzoeken of er grond is voor regres."),
        ("p", "Wij verzoeken u ons het evaluatierapport toe te zenden zodra het door het Algemeen Bestuur is "
              "vastgesteld. Daarnaast ontvangen wij graag de namen van de bevelvoerder en de Officier van Dienst, "
              "zodat onze expert, de heer {Veltkamp}, hen kan horen."),
        ("p", "Wij wijzen u erop dat een medewerker van onze verzekerde, de heer {Wiśniewski}, letsel heeft "
              "opgelopen. Zijn werkgever heeft de verzuimmelding gedaan bij de arbodienst."),
        ("p", "Hoogachtend,"),
        ("p", "{Gerard Smeekes}\nHoofd Schade Zakelijke Markt"),
        ("small", "«Maasmond Verzekeringen N.V.» is geregistreerd bij de «AFM» onder nummer «R:12014583»."),
        *MOTIV,
    ])

    # ------------------------------------------------------------------ eg10 press release 1 (rl Helvetica)
    D("eg10", "rl", font="Helvetica", size=10.5, title="Persbericht 14 maart 2026 04:55", blocks=[
        ("center", "PERSBERICHT"),
        ("p", "«Veiligheidsregio Rotterdam-Rijnmond» – zaterdag 14 maart 2026, 04:55 uur"),
        ("h", "Zeer grote brand in loods aan de Waalhaven Oostzijde"),
        ("p", "In een bedrijfsloods aan de «L:Waalhaven» Oostzijde in «L:Rotterdam» woedt sinds 03:05 uur een grote "
              "brand. De brandweer is met veel eenheden ter plaatse. Er komt veel rook vrij, die richting "
              "«L:Charlois» en «L:Pendrecht» trekt. Houd ramen en deuren gesloten en zet mechanische ventilatie uit "
              "als u in de rook zit."),
        ("p", "De «O:DCMR Milieudienst Rijnmond» meet de luchtkwaliteit. Meer informatie volgt op «G:Crisis.nl» en via "
              "de kanalen van de veiligheidsregio."),
        ("h", "Noot voor de redactie"),
        ("p", "Voor vragen van de pers: woordvoerder van dienst via het algemene persnummer «S:010 - 446 88 99» of "
              "direct {T:06-55 20 39 18}. Niet voor publicatie."),
        ("p", "Bewoners met vragen bellen «S:0800-1351» of mailen «F:info@vr-rr.nl»."),
        ("small", "Opgesteld door: {Maartje Ploegmakers}, communicatieadviseur ({E:m.ploegmakers@vr-rr.nl})."),
        *MOTIV,
    ])

    # ------------------------------------------------------------------ eg11 press release 2 (LO, author hidden)
    D("eg11", "lo", font="Verdana", author="{Jelmer Ruitenbeek}", title="Persbericht 15 maart 2026", blocks=[
        ("t", "Persbericht: brand Waalhaven meester, nazorg gestart"),
        ("p", "«L:Rotterdam», zondag 15 maart 2026 – De brand in een loods van «Eemhaven Warehousing B.V.» aan de "
              "«L:Waalhaven» Oostzijde is zaterdag om 11:30 uur meester verklaard. «P:Burgemeester Carola Schouten»: "
              "‘Ik ben de brandweermensen dankbaar voor hun inzet onder moeilijke omstandigheden. We laten de "
              "bewoners niet in de kou staan.’"),
        ("p", "Bij de brand raakten drie mensen gewond. Zij zijn inmiddels allemaal uit het ziekenhuis ontslagen. "
              "Over hun identiteit en letsel doet de veiligheidsregio geen mededelingen."),
        ("p", "De «P:commissaris van de Koning in Zuid-Holland, Wouter Kolff», bezocht zondagochtend de plaats van de "
              "brand en sprak met de brandweer en met ondernemers uit het havengebied."),
        ("h", "Bewonersavond"),
        ("p", "Op donderdag 19 maart om 19:30 uur is er een bewonersavond in de «B:Ontmoetingskerk Pendrecht», "
              "«B:Slinge 301». Deskundigen van de «O:GGD Rotterdam-Rijnmond», de «O:DCMR» en de brandweer "
              "beantwoorden vragen."),
        ("h", "Meer informatie"),
        ("p", "Kijk op «G:Crisis.nl» of bel «S:0800-1351». Pers: «S:010 - 446 88 99» (algemeen persnummer), "
              "«F:persvoorlichting@vr-rr.nl»."),
        ("p", "Voor directe vragen over dit bericht: communicatieadviseur {Jelmer}, {T:06-31 86 70 22}."),
        *MOTIV,
    ])
