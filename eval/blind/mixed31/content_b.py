"""Documents ao16-ao30 of set mixed31 (AO). All persons, addresses, numbers and e-mail addresses are invented."""
from framework import Doc

DOCS = []

# ---------------------------------------------------------------------------------------------- ao16 scan, image only
DOCS.append(Doc("ao16", "Bezwaarschrift peilbesluit (scan)", "scan", [
    ("p", "[[Jan Willem Hofstede]]\n[[Veldkampsweg 12]]\n[[7951 DP]] Staphorst\ntel. [[0522-462918]]"),
    ("sp",),
    ("p", "Aan het dagelijks bestuur van\n{{O:Waterschap Drents Overijsselse Delta}}\nPostbus 60\n8000 AB {{P:Zwolle}}"),
    ("sp",),
    ("p", "Staphorst, 11 november 2025"),
    ("p", "Onderwerp: bezwaar tegen het peilbesluit {{N:Reest}}-Oost"),
    ("sp",),
    ("p", "Geacht bestuur,"),
    ("p", "Hierbij maak ik bezwaar tegen het peilbesluit {{N:Reest}}-Oost dat op 30 september 2025 is bekendgemaakt. "
          "Mijn percelen aan de Veldkampsweg liggen in peilvak 7. Het nieuwe zomerpeil ligt 20 cm hoger dan nu. "
          "Mijn maisland wordt daardoor te nat. Ook mijn broer [[Hendrikus Hofstede]] ([[Reestweg 88]]) heeft hier last van."),
    ("p", "Ik heb dit al in juni gemeld bij uw medewerker mevrouw [[Grietje Stoffers]], maar ik heb nooit een "
          "reactie gehad. Ik wil graag worden gehoord door de bezwaarcommissie."),
    ("p", "Mijn zoon [[Gerwin Hofstede]] mag namens mij optreden. Hij is bereikbaar op [[06-51887203]] en "
          "[[gerwin.hofstede@hetnet.nl]]."),
    ("sp",),
    ("p", "Hoogachtend,"),
    ("sp",),
    ("p", "[[J.W. Hofstede]]"),
], hidden={"rlfont": "DVS"}, scan={"skew": 0.7, "noise": 12}))

# ---------------------------------------------------------------------------------------------- ao17 scan with OCR layer
DOCS.append(Doc("ao17", "Reactieformulier informatieavond windpark Oostermoer (scan met OCR)", "scan_ocr", [
    ("title", "Reactieformulier informatieavond windpark Oostermoer"),
    ("p", "{{O:Gemeente Aa en Hunze}} - {{O:Provincie Drenthe}} - inloopavond 4 maart 2025, {{P:Gasselternijveen}}"),
    ("kv", [("Naam", "[[Katarzyna Wójcik]]"), ("Adres", "[[Kanaalstraat 61]]"), ("Postcode en woonplaats", "[[9514 BE]] Gasselternijveen"),
            ("E-mail", "[[k.wojcik84@gmail.com]]"), ("Telefoon", "[[06-44710285]]"),
            ("Mag de gemeente contact met u opnemen?", "ja")]),
    ("h", "Uw vraag of opmerking"),
    ("p", "Ik woon met mijn man [[Tomasz Wójcik]] en twee kinderen op 1100 meter van de zuidelijke turbine. Wij "
          "willen weten of de {{G:Gebiedsfonds Windpark De Drentse Monden en Oostermoer}} ook geld geeft aan huurders. "
          "Onze verhuurder is {{C:Woonborg}}."),
    ("p", "Daarnaast: de bouwweg langs de {{W:N33}} loopt vlak langs de school. Wie is verantwoordelijk voor de "
          "verkeersveiligheid?"),
    ("h", "In te vullen door de organisatie"),
    ("kv", [("Ontvangen door", "[[Geert Huizing]]"), ("Doorgezet naar", "team {{O:Omgevingsdienst Drenthe}}"),
            ("Registratienummer", "{{R:WP-OM-2025-087}}")]),
], scan={"skew": -0.5, "noise": 10}))

# ---------------------------------------------------------------------------------------------- ao18 scan, image only
DOCS.append(Doc("ao18", "Controlerapport mestopslag (scan)", "scan", [
    ("title", "Controlerapport toezicht milieu"),
    ("p", "{{O:Omgevingsdienst Drenthe}}"),
    ("kv", [("Inrichting", "[[Gerrit Bruins]], melkveehouderij"), ("Locatie", "[[Drentseweg 41]], [[7932 PK]] Echten"),
            ("Datum controle", "19 augustus 2025"), ("Toezichthouder", "[[Lieke Wolters]]"),
            ("Tweede toezichthouder", "[[Mustafa Demirci]]"), ("Aanwezig namens bedrijf", "[[Gerrit Bruins]] en zoon [[Arjen Bruins]]")]),
    ("h", "Bevindingen"),
    ("p", "1. De mestzak aan de noordzijde is niet afgedekt. Overtreding van {{L:artikel 4.86 Besluit activiteiten leefomgeving}}."),
    ("p", "2. Kuilvoer ligt op onverharde grond; perssap loopt naar de sloot richting {{N:Echtenerveen}}."),
    ("p", "3. Het logboek mestafvoer is bijgehouden door mevrouw [[Wilma Bruins-Lanting]]; de aantallen kloppen."),
    ("h", "Afspraken"),
    ("p", "De heer [[Bruins]] zegt toe de afdekking binnen twee weken te herstellen. Hercontrole door [[L. Wolters]] "
          "in september. Bij geen herstel volgt een voornemen last onder dwangsom."),
    ("p", "Paraaf toezichthouder: [[LW]]     Paraaf bedrijf: [[G.B.]]"),
], scan={"skew": 0.9, "noise": 15}))

# ---------------------------------------------------------------------------------------------- ao19 scan with OCR layer
DOCS.append(Doc("ao19", "Ontheffing waterschapsverordening steiger (scan met OCR)", "scan_ocr", [
    ("p", "{{O:Wetterskip Fryslân}}\nPostbus 36, 8900 AA {{P:Leeuwarden}}"),
    ("sp",),
    ("p", "De heer [[Durk Bouma]] en mevrouw [[Hinke Bouma-Sijbesma]]\n[[Langwarderdyk 9]]\n[[8535 TC]] Langweer"),
    ("kv", [("Datum", "8 juli 2025"), ("Ons kenmerk", "{{R:WF/2025/14422}}"), ("Behandeld door", "[[Sietske Holwerda]]"),
            ("Doorkiesnummer", "[[058 292 27 61]]")]),
    ("title", "Watervergunning steiger en beschoeiing"),
    ("p", "Geachte heer en mevrouw [[Bouma]],"),
    ("p", "Op 2 mei 2025 ontvingen wij uw aanvraag voor het plaatsen van een steiger en 24 meter beschoeiing langs "
          "het {{N:Langweerderwielen}} bij uw woning. Wij verlenen de vergunning op grond van de "
          "{{L:Waterschapsverordening Wetterskip Fryslân}}, met de voorschriften in de bijlage."),
    ("p", "De steiger mag niet breder zijn dan 1,5 meter. Het onderhoud van de oever blijft uw verantwoordelijkheid. "
          "Uw buurman, de heer [[Wiebe de Jong]], heeft geen bezwaar gemaakt."),
    ("p", "Met vriendelijke groet,\n\nnamens het dagelijks bestuur,\n\n[[S. Holwerda]]\n{{F:vergunningverlener}}"),
], scan={"skew": 0.4, "noise": 9}))

# ---------------------------------------------------------------------------------------------- ao20 scan, image only
DOCS.append(Doc("ao20", "Presentielijst bewonersavond dijkversterking (scan)", "scan", [
    ("title", "Presentielijst bewonersavond"),
    ("p", "{{G:Dijkversterking Eemshaven-Delfzijl}} - 13 mei 2025 - dorpshuis {{P:Oterdum}}"),
    ("table", [["Naam", "Adres", "E-mail / telefoon", "Nieuwsbrief"],
               ["[[Harm Smid]]", "[[Zeedijk 4]], Termunten", "[[06-30128845]]", "ja"],
               ["[[Ali Yılmaz]]", "[[Molenweg 19]], Delfzijl", "[[ali.yilmaz@live.nl]]", "ja"],
               ["[[Geertje Dijkhuis]]", "[[Hoofdstraat 7]], Woldendorp", "[[0596-601934]]", "nee"],
               ["[[Marek Kowalski]]", "[[Havenstraat 2a]], Delfzijl", "[[marek.kowalski@wp.pl]]", "ja"],
               ["[[Lina Haddad]]", "[[Singel 44]], Delfzijl", "[[lina.haddad@gmail.com]]", "ja"],
               ["[[Jakob Zuidema]]", "[[Oterdumerweg 1]], Oterdum", "[[06-17392056]]", "ja"],
               ["[[Riemkje Veenstra]]", "[[Kerkstraat 10]], Termunten", "[[r.veenstra@ziggo.nl]]", "nee"],
               ["[[Hassan Chaara]]", "[[Ooststraat 33]], Delfzijl", "[[06-41122859]]", "ja"],
               ["[[Dieuwertje Sikkens]]", "[[Borgweg 5]], Woldendorp", "[[d.sikkens@gmail.com]]", "ja"],
               ["[[Bouke Mulder]]", "[[Zeedijk 12]], Termunten", "[[0596-601287]]", "nee"]],
     {"widths": [42, 48, 55, 22]}),
    ("p", "Organisatie: {{O:Waterschap Hunze en Aa's}}, omgevingsmanager [[Sanne Doornbos]]."),
], scan={"skew": -0.8, "noise": 13}))

# ---------------------------------------------------------------------------------------------- ao21 web form print
FORM_CSS = """
.fld { border: 1px solid #999; padding: 4px 6px; margin: 2px 0 8px 0; background: #fafafa; min-height: 14px; }
.lbl { font-size: 9pt; color: #333; font-weight: bold; } .bar { background:#00529b; color:white; padding:6px 10px; }
"""
DOCS.append(Doc("ao21", "Reactieformulier ontwerp-Omgevingsvisie Groningen - ingediend", "chromium", [
    ("title", "Bevestiging: uw reactie op de ontwerp-{{G:Omgevingsvisie}} {{O:Provincie Groningen}}"),
    ("p", "Formulier-id {{R:OV-GR-2025-1183}} - ingediend op 3 april 2025 om 21:14 via {{R:provinciegroningen.nl/reageren}}"),
    ("kv", [("Voornaam", "[[Albertina]]"), ("Achternaam", "[[Tammeling]]"), ("Straat en huisnummer", "[[Rijksweg 211]]"),
            ("Postcode", "[[9791 AE]]"), ("Woonplaats", "Ten Boer"), ("E-mailadres", "[[a.tammeling@home.nl]]"),
            ("Telefoonnummer", "[[050-3021846]]"), ("Reageert u namens een organisatie?", "Nee")]),
    ("h", "Uw reactie"),
    ("p", "Ik lees in hoofdstuk 5 dat de provincie ruimte wil geven aan zonneparken op landbouwgrond langs de {{W:N360}}. "
          "Ons dorp heeft al genoeg te lijden gehad door de gaswinning. Mijn man [[Klaas Tammeling]] en ik wonen hier sinds "
          "1987. De {{O:Nationaal Coördinator Groningen}} heeft ons huis versterkt; nu komt er weer iets bij."),
    ("p", "Ik vraag u de {{G:Zonneladder}} strikt toe te passen en eerst daken te gebruiken, zoals op de loodsen van "
          "{{C:Loonbedrijf Van der Wal B.V.}} en {{C:Agrifirm}} in {{P:Winsum}}."),
    ("h", "Bijlagen"),
    ("p", "foto_achtertuin.jpg (1,2 MB)"),
    ("small", "U ontvangt een kopie van dit formulier op het door u opgegeven e-mailadres. Vragen? Mail "
              "{{M:omgevingsvisie@provinciegroningen.nl}} of bel {{S:050 316 49 11}}."),
], hidden={"css": FORM_CSS, "meta": {"Author": "webformulier", "Subject": "reactie [[Tammeling]]"},
           "fields": [(0, "indiener_naam", "[[A. Tammeling-Bosman]]", [40, 40, 240, 56]),
                      (0, "behandelaar", "[[Jorien Meima]]", [300, 40, 500, 56])],
           "fieldflags": "hidden"}))

# ---------------------------------------------------------------------------------------------- ao22 bewonersbrief
DOCS.append(Doc("ao22", "Bewonersbrief werkzaamheden N391 Emmen", "rl", [
    ("p", "{{O:Provincie Drenthe}}\n{{G:Project N391 Emmen-Nieuw-Amsterdam}}"),
    ("sp",),
    ("p", "Aan de bewoners van de {{W:Burgemeester de Withstraat}}, de {{W:Anne Frankplein}}-flats, de "
          "{{W:Willem de Zwijgerlaan}} en de {{W:Prins Bernhardlaan}} in {{P:Nieuw-Amsterdam}}"),
    ("kv", [("Datum", "1 september 2025"), ("Onderwerp", "nachtafsluiting {{W:N391}} en kap van bomen")]),
    ("p", "Beste bewoner,"),
    ("p", "Van 22 tot en met 26 september is de {{W:N391}} tussen de aansluiting {{P:Emmen-Zuid}} en de {{W:A37}} 's nachts "
          "afgesloten. {{C:BAM Infra Regionaal}} vervangt dan de brug over het {{N:Verlengde Hoogeveense Vaart}}. "
          "Het verkeer wordt omgeleid via de {{W:N862}}."),
    ("p", "Langs de {{W:Willem de Zwijgerlaan}} worden 14 eiken gekapt. Daarvoor is een melding gedaan op grond van "
          "de {{L:Omgevingsverordening Drenthe}}; de herplant komt aan het {{W:Anne Frankplein}}."),
    ("p", "Bewoners van de {{W:Burgemeester de Withstraat}} 2 tot en met 30 kunnen hun auto in die nachten parkeren op "
          "het terrein van {{C:Maatschap Jansen-Kuipers}} aan de Vaartweg; de maatschap stelt dit kosteloos beschikbaar."),
    ("p", "Op de bewonersavond van 10 juni vroegen onder anderen [[Jannie Kuipers-Dam]] en [[Orhan Kaplan]] naar "
          "trillingsschade. {{C:BAM Infra Regionaal}} laat daarom vooraf bouwkundige opnames doen bij 26 woningen. "
          "De opnames worden gepland door [[Dennis Wolterink]] van {{C:Bouwkundig Bureau Noord}}; hij belt u vanaf "
          "[[06-53310874]]."),
    ("h", "Vragen?"),
    ("p", "Uw vaste contactpersoon is [[Ruud Meinders]], {{F:omgevingsmanager}} van de provincie: [[r.meinders@drenthe.nl]] "
          "of [[06-10472938]]. Bij zijn afwezigheid kunt u terecht bij [[Hatice Öztürk]] van {{C:BAM Infra Regionaal}} "
          "([[06-28471930]]). Algemene vragen: {{M:n391@drenthe.nl}} of {{S:0592 36 55 55}}."),
    ("p", "Met vriendelijke groet,\n\n[[Ruud Meinders]]\n{{F:omgevingsmanager}}"),
    ("small", "Deze brief is ook verstuurd naar {{O:Dorpsbelang Nieuw-Amsterdam}}, t.a.v. de voorzitter [[Gerda Lamberts]]."),
], footer="{{G:Project N391 Emmen-Nieuw-Amsterdam}} - bewonersbrief 4",
    hidden={"link": [(0, "mailto:[[r.meinders@drenthe.nl]]?cc=[[hatice.ozturk@bam.com]]", [70, 200, 250, 212])],
            "meta": {"Author": "[[R. Meinders]]"}}))

# ---------------------------------------------------------------------------------------------- ao23 memo aan GS
DOCS.append(Doc("ao23", "Memo aan GS - uitkomsten inspraak Programma Water en Bodem", "lo", [
    ("title", "Memo"),
    ("kv", [("Aan", "gedeputeerde {{H:Hilde Bosscher}}"), ("Van", "[[Carolien Sikkema]], {{F:programmamanager}} Water en Bodem"),
            ("Via", "drs. [[H. (Hans) Pathuis]], {{F:afdelingshoofd}} Landelijk Gebied"),
            ("Datum", "20 oktober 2025"), ("Onderwerp", "uitkomsten inspraak {{G:Programma Water en Bodem Sturend}}")]),
    ("h", "Aanleiding"),
    ("p", "Het ontwerp-programma lag zes weken ter inzage. Er kwamen 61 reacties binnen: 38 van inwoners, 14 van "
          "agrarische bedrijven en 9 van organisaties ({{O:LTO Noord}}, {{O:Natuur en Milieufederatie Drenthe}}, "
          "{{O:Waterbedrijf Groningen}}, {{O:WMD Drinkwater}})."),
    ("h", "Kern van de reacties"),
    ("p", "1. Veel inwoners van {{P:Westerveld}} en {{P:De Wolden}} vrezen natte kelders. Het scherpst formuleert de "
          "heer [[Ype Dijkstra]] het: 'Het water komt niet vanzelf, het wordt ons huis in gestuurd.' Hij dreigt met een "
          "procedure bij de {{O:Raad van State}}."),
    ("p", "2. Agrarische bedrijven, onder wie [[Bernard Lubbers]] van {{C:Melkveebedrijf Lubbers-Hidding}} en de familie "
          "[[Schepers-Nijmeijer]] uit {{P:Nieuwlande}}, vragen om compensatie via het {{G:Nationaal Programma Landelijk Gebied}}."),
    ("p", "3. Mevrouw [[Nadia Benali]], oud-wethouder van {{P:Coevorden}}, reageerde als inwoner; de gemeente "
          "{{P:Coevorden}} zelf reageerde via wethouder {{H:Jan Zoer}}. Haar reactie behandelen we dus als "
          "particuliere reactie."),
    ("p", "4. {{C:Vitens}} en {{O:WMD Drinkwater}} steunen het beschermen van de {{T:grondwaterbeschermingsgebieden}} bij "
          "{{P:Havelte}} en {{P:Annen}}."),
    ("h", "Advies"),
    ("p", "Wij adviseren u de reacties van [[Dijkstra]] en [[Benali]] persoonlijk te laten beantwoorden en in de "
          "{{T:statencommissie}} van 12 november te melden dat de nota van beantwoording in december volgt. De "
          "{{F:communicatieadviseur}} ([[Mirjam Kleine Koerkamp]]) bereidt een Q&A voor."),
    ("small", "Contact: [[c.sikkema@drenthe.nl]] | [[06-48820331]]"),
], header="Memo - intern - niet voor verspreiding",
    hidden={"author": "[[Carolien Sikkema]]", "comments": [
        ("Benali", "[[Hans Pathuis]]", "HP", "Klopt het dat zij geen wethouder meer is? Check met [[Ewout Brands]]."),
        ("Ype Dijkstra", "[[Carolien Sikkema]]", "CS", "Citaat letterlijk uit reactie nr. 22.")]}))

# ---------------------------------------------------------------------------------------------- ao24 chat export
DOCS.append(Doc("ao24", "Teams-chat PAS-melder Hoogeveen (export)", "chromium", [
    ("title", "Chatexport: PAS-melder Pesse"),
    ("small", "Microsoft Teams - geëxporteerd op 14-10-2025 door [[Bas Wolters]] - deelnemers: [[Bas Wolters]], "
              "[[Esra Karaca]], [[Frank Zwiers]]"),
    ("pre", "[09-10 08:12] [[Bas Wolters]]: goedemorgen, heeft iemand de stukken van [[Lammert Ellens]] al gezien? "
            "Zijn adviseur belt steeds\n"
            "[09-10 08:15] [[Esra Karaca]]: ja, hij is {{T:PAS-melder}}, locatie [[Eursinge 14]] in Pesse. Melding uit "
            "2016, 180 melkkoeien\n"
            "[09-10 08:16] [[Esra Karaca]]: de {{T:AERIUS}}-berekening geeft 0,08 mol op {{N:Drentsche Aa}}? nee wacht, "
            "{{N:Dwingelderveld}}\n"
            "[09-10 08:20] [[Frank Zwiers]]: Dan valt hij onder de {{G:Aanpak PAS-melders}}. [[Esra]], kun jij de "
            "{{T:BIJ12}}-check doen?\n"
            "[09-10 08:21] [[Esra Karaca]]: doe ik. Zijn vrouw [[Hillie Ellens-Brink]] belde gisteren ook, ze was erg "
            "emotioneel\n"
            "[09-10 08:30] [[Bas Wolters]]: snap ik. Ik bel ze vanmiddag. nummer is [[06-39201847]] toch?\n"
            "[09-10 08:31] [[Frank Zwiers]]: ja. En denk aan de brief van gedeputeerde {{H:Bosscher}} van vorige maand\n"
            "[09-10 09:02] [[Bas Wolters]]: @[[Frank Zwiers]] kun jij [[Wolter Hidding]] van {{O:LTO Noord}} bijpraten? "
            "hij vertegenwoordigt 6 PAS-melders in {{P:Hoogeveen}}\n"
            "[09-10 09:05] [[Frank Zwiers]]: 👍\n"
            "[10-10 14:40] [[Esra Karaca]]: BIJ12-check gedaan, staat in {{R:Z2025-18831}}. Ellens krijgt legalisatiepad\n"
            "[10-10 14:41] [[Bas Wolters]]: top, dank [[Es]]!"),
], hidden={"meta": {"Author": "[[b.wolters]]"}}))

# ---------------------------------------------------------------------------------------------- ao25 list of PAS-melders
DOCS.append(Doc("ao25", "Overzicht PAS-melders Drenthe - werklijst", "rl", [
    ("title", "Werklijst {{G:Aanpak PAS-melders}} - regio Zuidwest-Drenthe (stand 1 oktober 2025)"),
    ("table", [["Nr", "Melder", "Locatie (bedrijf = woonadres)", "Sector", "N2K-gebied", "Status", "Behandelaar"],
               ["PM-031", "[[Lammert Ellens]]", "[[Eursinge 14]], Pesse", "melkvee", "{{N:Dwingelderveld}}", "legalisatiepad", "[[E. Karaca]]"],
               ["PM-032", "{{C:Maatschap Jansen-Kuipers}}", "[[Zuidveld 14]], Hooghalen", "melkvee", "{{N:Witterveld}}", "in behandeling", "[[F. Zwiers]]"],
               ["PM-033", "[[Harmen Veld]]", "[[Ruinerweg 30]], Ruinen", "varkens", "{{N:Dwingelderveld}}", "Lbv-aanvraag", "[[E. Karaca]]"],
               ["PM-034", "[[Derk-Jan Mensink]]", "[[Oosterhesselerweg 5]], Zweeloo", "pluimvee", "{{N:Drents-Friese Wold}}", "wacht op ruimte", "[[B. Wolters]]"],
               ["PM-035", "{{C:Loonbedrijf Van der Wal B.V.}}", "Industrieweg 30, Gorredijk", "loonwerk", "{{N:Alde Feanen}}", "buiten regio", "-"],
               ["PM-036", "[[Stefan Kötter]]", "[[Grensweg 3]], Zwinderen", "melkvee", "{{N:Mantingerzand}}", "legalisatiepad", "[[F. Zwiers]]"],
               ["PM-037", "[[Henk en Jantina Prins]]", "[[Dwingelerweg 61]], Lhee", "melkvee", "{{N:Dwingelderveld}}", "Lbv-aanvraag", "[[E. Karaca]]"],
               ["PM-038", "[[Albert Smeenge]]", "[[Holtien 8]], Zuidwolde", "vleeskalveren", "{{N:Drents-Friese Wold}}", "in behandeling", "[[B. Wolters]]"],
               ["PM-039", "[[Roel Boerma]]", "[[Kolderveen 22]], Nijeveen", "melkvee", "{{N:Holtingerveld}}", "legalisatiepad", "[[F. Zwiers]]"],
               ["PM-040", "[[Johanna Kamstra-Dekker]]", "[[Hoogeveenseweg 71]], Dwingeloo", "geiten", "{{N:Dwingelderveld}}", "in behandeling", "[[S. El Amrani]]"],
               ["PM-041", "[[Wim Schepers]] en [[Erik Schepers]]", "[[Krimweg 12]], Nieuwlande", "melkvee", "{{N:Mantingerzand}}", "Lbv-aanvraag", "[[S. El Amrani]]"],
               ["PM-042", "{{C:Pluimveebedrijf De Eshof B.V.}}", "Eshofweg 2, Ansen", "pluimvee", "{{N:Dwingelderveld}}", "wacht op ruimte", "[[B. Wolters]]"],
               ["PM-043", "[[Thomas Brüggemann]]", "[[Nieuweweg 18]], Schoonebeek", "varkens", "{{N:Bargerveen}}", "legalisatiepad", "[[F. Zwiers]]"],
               ["PM-044", "[[Jacoba Lanjouw]]", "[[Middenraai 6]], Vledder", "melkvee", "{{N:Drents-Friese Wold}}", "in behandeling", "[[E. Karaca]]"]],
     {"widths": [16, 44, 52, 24, 38, 30, 26]}),
    ("p", "Bron: {{O:BIJ12}}, {{T:meldingenregister}}; bewerking team Stikstof. Locaties van natuurlijke personen zijn "
          "woonadressen. Vragen: {{M:stikstof@drenthe.nl}}."),
], pagesize="A4L", footer="werklijst PAS-melders - vertrouwelijk - versie 1 oktober 2025",
    hidden={"author": "[[Esra Karaca]]", "outline": [("Regio Zuidwest", 0), ("PM-037 [[Prins]] Lhee", 0)]}))

# ---------------------------------------------------------------------------------------------- ao26 besluit op bezwaar
DOCS.append(Doc("ao26", "Besluit op bezwaar watersysteemheffing", "lo", [
    ("p", "{{O:Waterschap Drents Overijsselse Delta}}\nPostbus 60, 8000 AB {{P:Zwolle}}\n{{S:088 233 12 00}}"),
    ("sp",),
    ("p", "Mevrouw [[Zeynep Kılıç-van Dam]]\n[[Middelweg 17]]\n[[7711 GB]] Nieuwleusen"),
    ("kv", [("Datum", "5 december 2025"), ("Aanslagnummer", "{{R:8400.2025.311.776}}"),
            ("Behandeld door", "[[Wouter Ruiterkamp]]"), ("Telefoon", "[[088 233 14 87]]")]),
    ("title", "Uitspraak op bezwaar"),
    ("p", "Geachte mevrouw [[Kılıç-van Dam]],"),
    ("p", "U maakte op 3 april 2025 bezwaar tegen de aanslag watersysteemheffing gebouwd en ingezetenenheffing 2025. "
          "U stelt dat u met uw partner [[Joris van Dam]] één huishouden vormt en dat de ingezetenenheffing daarom twee "
          "keer is opgelegd, ook aan uw schoonmoeder [[Gerarda van Dam-Kok]] op hetzelfde adres."),
    ("h", "Beoordeling"),
    ("p", "Volgens de {{T:Basisregistratie Personen}} stonden op 1 januari 2025 op uw adres twee huishoudens "
          "ingeschreven. Mevrouw [[Van Dam-Kok]] heeft een eigen woongedeelte. De {{L:Waterschapswet}} ({{L:artikel 116}}) "
          "en de {{L:Verordening ingezetenenheffing}} laten dan twee aanslagen toe."),
    ("p", "Wel is de WOZ-waarde gebruikt uit de beschikking van de {{O:gemeente Dalfsen}} vóór uw bezwaar bij de "
          "gemeente. Die waarde is verlaagd naar € 389.000. Wij passen de watersysteemheffing gebouwd daarop aan."),
    ("h", "Besluit"),
    ("p", "Het bezwaar is gedeeltelijk gegrond. U ontvangt € 38,22 terug op rekening [[NL70 INGB 0006 8412 37]]."),
    ("p", "Beroep kunt u instellen bij de {{O:Rechtbank Overijssel}} binnen zes weken ({{L:artikel 26 AWR}})."),
    ("p", "Met vriendelijke groet,\n\nde {{F:heffingsambtenaar}} van het waterschap,\nnamens deze,\n\n[[W. Ruiterkamp]]\n"
          "{{F:medewerker bezwaar en beroep}}"),
], footer="{{O:Waterschap Drents Overijsselse Delta}} - {{M:belastingen@wdodelta.nl}}",
    hidden={"author": "[[Wouter Ruiterkamp]]"}))

# ---------------------------------------------------------------------------------------------- ao27 Vitens e-mail thread
DOCS.append(Doc("ao27", "FW: klacht droogvallende put Vitens winning Noordbergum", "chromium", [
    ("mailhead", [("Van:", "[[Wijnja, Marrit]] <[[m.wijnja@fryslan.frl]]>"),
                  ("Verzonden:", "dinsdag 15 juli 2025 11:20"),
                  ("Aan:", "[[Gerbrandy, Sytze]] <[[sytze.gerbrandy@vitens.nl]]>"),
                  ("CC:", "{{M:waterwinning@fryslan.frl}}"),
                  ("Onderwerp:", "FW: klacht droogvallende put - winning {{P:Noordbergum}}")]),
    ("p", "Hoi [[Sytze]],"),
    ("p", "Zie de klacht hieronder van de heer [[Abdelkader Moussaoui]]. Hij woont aan de [[Mûnewei 3]] in Noordbergum, "
          "200 meter van pompput 7. Kunnen jullie vóór vrijdag een reactie geven? Gedeputeerde {{H:Fokkinga}} krijgt er "
          "in de Staten vragen over van {{O:Statenfractie Partij voor de Dieren}}."),
    ("p", "Groet,\n[[Marrit Wijnja]]\n{{F:beleidsadviseur grondwater}}, {{O:Provincie Fryslân}}\n[[06-55190382]]"),
    ("sp",),
    ("mailhead", [("Van:", "[[A. Moussaoui]] <[[a.moussaoui1967@hotmail.com]]>"),
                  ("Verzonden:", "maandag 14 juli 2025 19:03"),
                  ("Aan:", "{{M:provincie@fryslan.frl}}"),
                  ("Onderwerp:", "klacht droogvallende put")]),
    ("p", "Geachte provincie,"),
    ("p", "Sinds mei staat onze tuinput droog. Wij gebruiken die voor de moestuin en voor de paarden van mijn dochter "
          "[[Samira]]. De buren, [[Pieter en Grietje van der Veen]], hebben hetzelfde probleem. Ik denk dat het komt door "
          "de verhoogde onttrekking van {{C:Vitens}} onder de {{L:Waterwet}}-vergunning uit 2019."),
    ("p", "Ik heb {{C:Vitens}} gebeld ({{S:0800 0359}}) en een man die zich [[Harry]] noemde zei dat de provincie "
          "erover gaat. Wie gaat er nu over?"),
    ("p", "Met vriendelijke groet,\n[[A. Moussaoui]]\n[[0511-471902]]"),
], header="[[Marrit Wijnja]] - Outlook - afgedrukt 15-07-2025"))

# ---------------------------------------------------------------------------------------------- ao28 keukentafelgesprek
DOCS.append(Doc("ao28", "Verslag keukentafelgesprek Lbv Maatschap Jansen-Kuipers", "rl", [
    ("title", "Verslag keukentafelgesprek {{G:Lbv-plus}}"),
    ("kv", [("Datum", "2 september 2025, 10.00-12.15 uur"), ("Locatie", "bij de maatschap thuis, [[Zuidveld 14]], Hooghalen"),
            ("Aanwezig", "[[Hendrik Jansen]], [[Aaltje Jansen-Kuipers]] (maten), hun zoon [[Gerrit Jansen]]; "
                         "[[Wendy Hulshof-Reinders]] ({{F:gebiedsregisseur}}, {{O:Provincie Drenthe}}); "
                         "[[Harry Kampinga]] (adviseur {{C:Flynth}})"),
            ("Verslag", "[[W. Hulshof-Reinders]]")]),
    ("h", "1. Situatie bedrijf"),
    ("p", "{{C:Maatschap Jansen-Kuipers}} heeft 140 melkkoeien en 90 ha grond, waarvan 30 ha pacht van "
          "{{O:Staatsbosbeheer}}. De heer [[Jansen]] (63) wil stoppen; zoon [[Gerrit]] twijfelt of hij het bedrijf "
          "wil overnemen. Mevrouw [[Jansen-Kuipers]] gaf aan dat de onzekerheid sinds 2019 zwaar weegt."),
    ("h", "2. Mogelijkheden"),
    ("p", "De {{F:gebiedsregisseur}} lichtte de {{G:Landelijke beëindigingsregeling veehouderijlocaties}} ({{G:Lbv-plus}}) "
          "toe, de rol van {{O:RVO}} en de {{L:Subsidieregeling beëindiging veehouderijlocaties met piekbelasting}}. "
          "Het bedrijf ligt op 1,1 km van het {{N:Witterveld}}. Alternatief is extensivering via het "
          "{{G:Gebiedsprogramma Drentsche Aa}}."),
    ("h", "3. Afspraken"),
    ("p", "- [[Kampinga]] maakt een rekenvoorbeeld vóór 1 oktober.\n- [[Hulshof-Reinders]] vraagt bij {{O:RVO}} na of de "
          "woning ([[Zuidveld 14]]) bewoond mag blijven.\n- Volgend gesprek 7 oktober, ook met mevrouw [[Marije de Wit]] "
          "(broer/zus-constructie erfenis, {{C:notariskantoor Hoogland}})."),
    ("small", "Dit verslag is met instemming van de maten opgesteld. Vertrouwelijk: bevat bedrijfs- en persoonsgegevens."),
], footer="{{O:Provincie Drenthe}} - {{G:Lbv-plus}} - verslag keukentafelgesprek",
    hidden={"author": "[[Wendy Hulshof-Reinders]]",
            "annots": [(0, "Emotioneel gesprek; [[Aaltje]] wil het verslag eerst zelf lezen. Niet delen met [[Kampinga]] "
                           "vóór akkoord.", "[[Wendy Hulshof-Reinders]]", [500, 760, 520, 780])]}))

# ---------------------------------------------------------------------------------------------- ao29 geluidsrapport windpark
DOCS.append(Doc("ao29", "Rapport geluidmetingen windpark Oostermoer - Omgevingsdienst Drenthe", "lo", [
    ("title", "Rapport geluidmetingen windpark Oostermoer"),
    ("kv", [("Opdrachtgever", "{{O:Gemeente Aa en Hunze}}"), ("Uitvoering", "{{O:Omgevingsdienst Drenthe}}, team Geluid"),
            ("Auteurs", "ing. [[T. (Tjeerd) Boelens]], [[Magdalena Nowak]]"), ("Rapportnummer", "{{R:ODD-GL-2025-041}}"),
            ("Datum", "30 oktober 2025")]),
    ("h", "1. Inleiding"),
    ("p", "Naar aanleiding van klachten heeft de {{O:Omgevingsdienst Drenthe}} in september 2025 langdurig gemeten "
          "bij vier woningen. De metingen zijn uitgevoerd volgens het {{L:Reken- en meetvoorschrift windturbines}} "
          "(bijlage XXIV {{L:Omgevingsregeling}}). The {{T:sound power levels}} were derived from {{T:SCADA data}} "
          "supplied by {{C:Nordex}}."),
    ("h", "2. Meetpunten"),
    ("table", [["Meetpunt", "Adres (bewoner)", "Afstand tot WT", "Lden gemeten", "Norm"],
               ["MP1", "[[Kanaalstraat 61]], Gasselternijveen (fam. [[Wójcik]])", "1100 m", "44 dB", "47 dB"],
               ["MP2", "[[Dorpsstraat 3]], Gasselternijveen ([[R. Scholtens]])", "820 m", "46 dB", "47 dB"],
               ["MP3", "[[Kamperstraat 28]], Stadskanaal ([[H. Hadžić]])", "640 m", "48 dB", "47 dB"],
               ["MP4", "[[Noorderdiep 190]], Nieuw-Buinen ([[E. Kuiper-Gorter]])", "950 m", "45 dB", "47 dB"]],
     {"widths": [1.8, 6.2, 2.5, 2.5, 1.8]}),
    ("h", "3. Resultaten"),
    ("p", "Op MP3 wordt de norm van 47 dB Lden met 1 dB overschreden. De bewoner, de heer [[Hadžić]], heeft ook "
          "laagfrequent geluid gemeld in de slaapkamer. De exploitant {{C:Windpark Oostermoer B.V.}} (contactpersoon "
          "[[Ingmar Sterk]]) is hierover op 24 oktober geïnformeerd."),
    ("h", "4. Conclusie"),
    ("p", "Wij adviseren de {{O:gemeente Aa en Hunze}} om een {{T:stilstandvoorziening}} voor WT-3 en WT-4 op te leggen "
          "in de nachtperiode. Meer informatie: {{M:geluid@odrenthe.nl}}."),
], header="{{O:Omgevingsdienst Drenthe}} - {{R:ODD-GL-2025-041}} - definitief",
    hidden={"author": "[[Tjeerd Boelens]]", "comments": [
        ("Hadžić", "[[Magdalena Nowak]]", "MN", "Bewoner belde 3x; zie notitie van [[Ruben Eising]].")]}))

# ---------------------------------------------------------------------------------------------- ao30 wateroverlast klacht + antwoord
DOCS.append(Doc("ao30", "Klacht wateroverlast en antwoord Waterschap Hunze en Aa's", "chromium", [
    ("mailhead", [("Van:", "{{O:Waterschap Hunze en Aa's}} <{{M:klantcontact@hunzeenaas.nl}}>"),
                  ("Verzonden:", "vrijdag 7 februari 2025 15:44"),
                  ("Aan:", "[[Ismail Bouzid]] <[[ismail.bouzid@kpnmail.nl]]>"),
                  ("Onderwerp:", "Reactie op uw klacht {{R:KL-2025-0087}}")]),
    ("p", "Geachte heer [[Bouzid]],"),
    ("p", "Op 20 januari 2025 meldde u wateroverlast in uw kelder aan de [[Oude Rijksweg 15]] in Zuidbroek, na de "
          "hevige regen van 17 en 18 januari. Onze {{F:peilbeheerder}}, de heer [[Klaas Reinders]], heeft op 22 januari "
          "het gemaal {{O:De Dellen}} gecontroleerd. Het gemaal werkte; de {{N:Westerdiep}}-boezem stond wel 12 cm "
          "boven streefpeil."),
    ("p", "Wij hebben uw klacht behandeld volgens {{L:hoofdstuk 9 van de Algemene wet bestuursrecht}}. Onze conclusie: "
          "de overlast komt door grondwater, niet door oppervlaktewater. Daarvoor is de {{O:gemeente Midden-Groningen}} "
          "het aanspreekpunt (grondwaterzorgplicht, {{L:artikel 2.16 Omgevingswet}})."),
    ("p", "Heemraad {{H:Jan Bos}} heeft uw klacht besproken in het dagelijks bestuur. Wilt u langskomen? Bel dan "
          "[[Tamara Ploeger]] van de {{F:klachtencoördinatie}} op [[0598 693 812]]."),
    ("p", "Met vriendelijke groet,\n\n[[T. Ploeger]]\n{{F:klachtencoördinator}}\n{{O:Waterschap Hunze en Aa's}} | "
          "{{S:0598 693 800}}"),
    ("sp",),
    ("mailhead", [("Van:", "[[Ismail Bouzid]] <[[ismail.bouzid@kpnmail.nl]]>"),
                  ("Verzonden:", "maandag 20 januari 2025 07:58"),
                  ("Aan:", "{{M:klantcontact@hunzeenaas.nl}}"),
                  ("Onderwerp:", "water in kelder Oude Rijksweg")]),
    ("p", "Goedemorgen,"),
    ("p", "Voor de derde keer dit jaar staat er water in onze kelder. Mijn vrouw [[Samira Bouzid-Tahiri]] heeft "
          "foto's gemaakt. Buurman [[Derk Wubs]] ([[Oude Rijksweg 13]]) heeft het ook. Ik wil een schadevergoeding. "
          "Mijn telefoonnummer is [[06-24118095]]."),
    ("p", "[[Ismail Bouzid]]"),
], header="Afgedrukt uit webmail - [[ismail.bouzid@kpnmail.nl]]",
    hidden={"meta": {"Author": "[[Tamara Ploeger]]", "Keywords": "klacht; Zuidbroek; [[Bouzid]]"}}))

# ---------------------------------------------------------------------------------------------- ao31 verslag hoorzitting
DOCS.append(Doc("ao31", "Verslag hoorzitting bezwaarcommissie peilbesluit Reest-Oost", "lo", [
    ("title", "Verslag hoorzitting"),
    ("p", "{{O:Commissie bezwaarschriften}} {{O:Waterschap Drents Overijsselse Delta}}"),
    ("kv", [("Datum", "27 januari 2026, 14.00 uur"), ("Plaats", "waterschapshuis, Dokter van Deenweg 186, {{P:Zwolle}}"),
            ("Zaak", "bezwaren tegen peilbesluit {{N:Reest}}-Oost ({{R:BZ-2025-0412}} t/m {{R:BZ-2025-0419}})"),
            ("Commissie", "mr. [[A.M. Roetman-Visser]] (voorzitter, extern), ing. [[G. Blokzijl]], [[R. Ahmadi]]"),
            ("Secretaris", "[[Femke ter Steege]]"),
            ("Namens het waterschap", "[[Grietje Stoffers]] ({{F:beleidsmedewerker peilbeheer}}), "
                                      "[[Arnoud Kremer]] ({{F:jurist}})")]),
    ("h", "1. Bezwaarmakers"),
    ("table", [["Nr", "Bezwaarmaker", "Aanwezig", "Gemachtigde"],
               ["0412", "[[J.W. Hofstede]], [[Veldkampsweg 12]], Staphorst", "ja", "zoon [[Gerwin Hofstede]]"],
               ["0413", "[[Hendrikus Hofstede]], [[Reestweg 88]], Staphorst", "ja", "-"],
               ["0415", "{{C:Maatschap Brinkman-Slot}}", "ja", "mr. drs. [[L. Oostra]] ({{C:Dirkzwager}})"],
               ["0417", "[[Maria Pereira da Silva]], [[Meppelerweg 201]], De Wijk", "nee", "-"],
               ["0419", "{{O:Vereniging Natuurlijk Reestdal}}", "ja", "[[Piet Beukema]] (secretaris)"]],
     {"widths": [1.5, 7, 2, 5.5]}),
    ("h", "2. Toelichting bezwaarmakers"),
    ("p", "De heer [[Gerwin Hofstede]] licht toe dat zijn vader sinds 1978 op de Veldkampsweg boert. Bij het nieuwe "
          "zomerpeil wordt perceel {{R:Staphorst AK 311}} te nat voor mais. Hij wijst op de brief van mevrouw "
          "[[Stoffers]] van juni 2025, die nooit is beantwoord."),
    ("p", "De gemachtigde van {{C:Maatschap Brinkman-Slot}} stelt dat het waterschap de {{T:GGOR}}-systematiek niet "
          "goed heeft toegepast en dat het {{L:Programma Water en Bodem Sturend}} geen wettelijke basis biedt. De maten "
          "[[Jan Brinkman]] en [[Hilde Brinkman-Slot]] verklaren dat de drainage in 2021 nieuw is aangelegd."),
    ("p", "Mevrouw [[Pereira da Silva]] is niet verschenen; haar schriftelijke bezwaar wordt meegenomen."),
    ("h", "3. Reactie waterschap"),
    ("p", "Mevrouw [[Stoffers]] erkent dat de brief niet is beantwoord en biedt excuses aan. De heer [[Kremer]] verwijst "
          "naar {{L:artikel 5.3 van de Waterschapsverordening}} en het {{G:Natura 2000-beheerplan Reestdal}}. Heemraad "
          "{{H:Klaas Pieter Tempelman}} was als toehoorder aanwezig."),
    ("h", "4. Afsluiting"),
    ("p", "De voorzitter sluit om 16.10 uur. De commissie brengt binnen zes weken advies uit aan het dagelijks bestuur. "
          "Het verslag is opgesteld door [[F. ter Steege]] ([[f.tersteege@wdodelta.nl]], [[06-27715302]])."),
], header="Verslag hoorzitting - {{R:BZ-2025-0412}} e.v. - niet openbaar",
    hidden={"author": "[[Femke ter Steege]]"}))
