"""Set WM, documents wm34-wm37."""
from lib import Doc

W = "Microsoft® Word voor Microsoft 365"
DOCS = []

DOCS.append(Doc("wm34", [
    "Van: [[Hofstede, Dennis]] <[[d.hofstede@woltersrenovatie.nl]]>",
    "Verzonden: maandag 8 juni 2026 07:48",
    "Aan: [[Demirtaş, Yusuf]] <[[y.demirtas@horizonhof.nl]]>; [[Ter Haar, Thijs]] <[[t.terhaar@horizonhof.nl]]>",
    "CC: [[Kaya, Ömer]] <[[o.kaya@woltersrenovatie.nl]]>; {{planning@woltersrenovatie.nl}}",
    "Onderwerp: RE: planning blok B {{Rembrandtflat}}",
    "Goedemorgen [[Yusuf]], [[Thijs]],",
    "De units voor blok B van de {{Rembrandtflat}} zijn donderdag binnen. We starten maandag 15 juni op de 1e etage. [[Ömer]] belt de bewoners een dag van tevoren. Kunnen jullie zorgen dat de sleutels van de leegstaande woningen 1-07 en 1-08 bij de {{Servicepost Zandweerd}} liggen?",
    "Groet, [[Dennis]]",
    "[[Dennis Hofstede]] | {{projectleider}} | {{Bouwbedrijf Wolters Renovatie B.V.}} | [[0570-68 44 21 toestel 214]] | [[06 3390 1157]]",
    "",
    "Van: [[Demirtaş, Yusuf]]",
    "Verzonden: vrijdag 5 juni 2026 15:22",
    "Aan: [[Hofstede, Dennis]]",
    "CC: [[Wolthuis, Sanne]] <[[s.wolthuis@horizonhof.nl]]>",
    "Onderwerp: planning blok B {{Rembrandtflat}}",
    "Hoi [[Dennis]], let op: in 1-05 woont mevrouw [[Nguyen]], zij spreekt weinig Nederlands. Haar dochter [[Linh]] is bereikbaar op [[06 1432 7781]]. In 3-22 woont [[Mohamed Bakkali]], hij werkt in ploegendienst, liever na 14.00 uur. Groet, [[Yusuf]]",
    "[[Y. Demirtaş]] | {{opzichter}} | {{Woonstichting Horizonhof}} | {{Hanzeweg 12}} | {{0570 745 000}}",
], font="DejaVu", producer="Microsoft Outlook for Microsoft 365", creator="Microsoft Outlook",
   title="RE: planning blok B Rembrandtflat"))

DOCS.append(Doc("wm35", [
    "# Ledenvergadering Huurdersvereniging Samen Thuis - verslag",
    "Datum: 21 april 2026 | Plaats: {{Bibliotheek Deventer}}, {{Stromarkt 18}} | 34 leden aanwezig",
    "Bestuur: [[Bram Koopman]] ({{voorzitter}}), [[Ans Dijkhuis]] ({{secretaris}}), [[Hamid Ouali]] ({{penningmeester}}), [[Wilma ter Steege-Borgman]] (lid).",
    "## 1. Schimmel in {{Zandweerd}}",
    "De {{voorzitter}} doet verslag van het {{bestuurlijk overleg}} met {{wethouder Tuinstra}} en {{Horizonhof}}. Het bestuur is tevreden over de afspraak van {{tien werkdagen}} in de {{prestatieafspraken 2026-2029}}, maar wil een vijfde afspraak over {{huurkorting}}. [[Koopman]] stelt voor om met de {{Woonbond}} te overleggen over een modelregeling.",
    "Lid [[Joop Verhagen]] vertelt over de {{asbest}} in zijn woning en de onzekerheid daarover. Lid [[Sevda Öztürk]] vertelt dat de {{Geschillencommissie Huurders Horizonhof}} haar gelijk heeft gegeven.",
    "## 2. Financiën",
    "Penningmeester [[Ouali]] licht de jaarrekening 2025 toe. De bijdrage van {{Horizonhof}} op grond van de {{Overlegwet}} bedraagt € 18.500. De kascommissie ([[Gerrit Nijhof]] en [[Yvonne Kleinjan]]) heeft de stukken gecontroleerd en adviseert decharge.",
    "<PB>",
    "## 3. Bestuursverkiezing",
    "[[Wilma ter Steege-Borgman]] treedt af. Kandidaat is [[Mo Bakkali]] uit de {{Rembrandtflat}}. Hij wordt met algemene stemmen gekozen.",
    "## 4. Rondvraag",
    "[[Riet Lammers]] vraagt of het spreekuur in {{De Hoven}} blijft. [[Dijkhuis]]: ja, iedere dinsdag van 10.00 tot 12.00 uur.",
    "## Actiepunten",
    "|Nr|Actie|Wie|",
    "|1|Overleg {{Woonbond}} modelregeling {{huurkorting}}|[[BK]]|",
    "|2|Bedankbrief aftredend bestuurslid|[[AD]]|",
    "|3|Inschrijving KvK bestuurswijziging|[[HO]]|",
    "Verslag: [[A. Dijkhuis]]. Contact secretariaat: {{info@samenthuisdeventer.nl}}.",
], kind="docx", producer="LibreOffice 7.6", creator="Writer", author="Ans Dijkhuis-Wevers",
   title="Verslag ledenvergadering 21 april 2026"))

DOCS.append(Doc("wm36", [
    "# Aan de bewoners van complex 412 Zandweerd-Noord",
    "{{Woonstichting Horizonhof}} | {{Hanzeweg 12}} | 7418 AW {{Deventer}} | {{0570 745 000}} | {{www.horizonhof.nl}}",
    "Datum: 10 maart 2026 | Onderwerp: aanpak vocht en schimmel in uw woning",
    "Beste bewoner,",
    "U heeft de afgelopen maanden last gehad van vocht of schimmel, of u heeft daar van buren over gehoord. Dat vinden wij vervelend. Wij hadden sneller moeten reageren.",
    "Wat gaan wij doen? Wij inspecteren voor 1 juli alle {{148 woningen}}. In alle woningen vervangt {{Bouwbedrijf Wolters Renovatie B.V.}} dit jaar de ventilatie. Heeft u ernstige schimmel, dan krijgt u {{huurkorting}} en als het nodig is een tijdelijke woning.",
    "Op dinsdag 17 maart om 19.30 uur is er een {{bewonersavond}} in wijkcentrum {{De Hoven}}. U bent van harte welkom.",
    "Vragen? Bel uw {{wijkconsulent}} [[Thijs ter Haar]] op [[06-22 71 40 96]] of mail naar {{klantcontact@horizonhof.nl}}.",
    "Met vriendelijke groet,",
    "[[R. 't Hooft]]",
    "{{directeur-bestuurder}}",
], font="Helvetica", producer="Xerox VersaLink Mail Merge", creator="Horizonhof Correspondentie 3.2",
   author="Sanne Wolthuis", title="Bewonersbrief complex 412"))

DOCS.append(Doc("wm37", [
    "# Contactlijst klankbordgroep complex 412",
    "Opgesteld door de {{Huurdersvereniging Samen Thuis}} voor {{Horizonhof}}, 1 april 2026. Alleen voor intern gebruik.",
    "|Naam|Woning|Geboortedatum|Telefoon|E-mail|",
    "|[[Riet Lammers]]|3-14|[[03-02-1949]]|[[0570 61 22 87]]|[[rietlammers@ziggo.nl]]|",
    "|[[Gerda Vos]]|3-16|[[17-11-1956]]|[[06 2244 9012]]|[[gerdavos56@gmail.com]]|",
    "|[[Mohamed Bakkali]]|3-22|[[09-06-1983]]|[[06 4011 2873]]|[[mo.bakkali@outlook.com]]|",
    "|[[Joop Verhagen]]|2-11|[[28-08-1944]]|[[0570-612 004]]|-|",
    "|[[Sevda Öztürk]]|[[Hanzeweg 40-C]]|[[12-04-1952]]|via zoon [[Kemal]] [[06 5110 3496]]|[[kemal.ozturk@gmail.com]]|",
    "|[[Nguyen Thi Lan]]|1-05|[[30-01-1967]]|via dochter [[Linh]] [[06 1432 7781]]|[[linh.nguyen@student.saxion.nl]]|",
    "|[[Kees Ligtenberg]]|1-09|[[15-05-1975]]|[[06 3128 4470]]|[[kligtenberg@hetnet.nl]]|",
    "|[[Renée Sánchez-Brink]]|2-03|[[21-10-1990]]|[[+31 6 1998 2205]]|[[renee.sanchez@icloud.com]]|",
    "Bijeenkomsten: eerste maandag van de maand in {{De Hoven}}. Aanspreekpunt {{Horizonhof}}: {{wijkconsulent}}.",
], font="DejaVu", producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365",
   author="Koopman, B.", title="Contactlijst klankbordgroep"))

DOCS.append(Doc("wm38", [
    "# Export klantcontactsysteem - meldingen vocht/schimmel Rembrandtflat",
    "{{Woonstichting Horizonhof}} | export 12-09-2026 | filter: complex {{412}}, categorie vocht/schimmel | aangeleverd aan de {{gemeente Deventer}} voor {{WOO-2026-0317}}",
    "|Melding|Datum|Huurder|Adres|Telefoon|Behandelaar|Status|",
    "|{{MVS-2025-0912}}|14-10-2025|[[G. Yıldız]]|[[Karel de Grotestraat 88]]|[[06 2915 4471]]|[[TtH]]|gesloten|",
    "|{{MVS-2025-0977}}|02-11-2025|[[M. Bakkali]]|[[Rembrandtlaan 322]]|[[06 4011 2873]]|[[YD]]|gesloten|",
    "|{{MVS-2025-1044}}|19-11-2025|[[R. Lammers]]|[[Rembrandtlaan 314]]|[[0570 61 22 87]]|[[YD]]|gesloten|",
    "|{{MVS-2025-1102}}|12-12-2025|[[S. Öztürk]]|[[Hanzeweg 40-C]]|[[06 5110 3496]]|[[SW]]|gesloten|",
    "|{{MVS-2026-0031}}|08-01-2026|[[J.W. Verhagen]]|[[Rembrandtlaan 201]]|[[0570-612 004]]|[[YD]]|open (asbest)|",
    "|{{MVS-2026-0088}}|21-01-2026|[[Thi Lan Nguyen]]|[[Rembrandtlaan 105]]|[[06 1432 7781]]|[[TtH]]|gesloten|",
    "|{{MVS-2026-1187}}|02-02-2026|[[H. Schuurman]]|[[Van Oldenbarneveltstraat 15-2]]|[[0570-612843]]|[[KŞ]]|gesloten|",
    "|{{MVS-2026-0140}}|09-02-2026|[[A. Mulder]]|[[Rembrandtlaan 118]]|[[06-41 27 88 53]]|[[TtH]]|gesloten|",
    "|{{MVS-2026-0163}}|16-02-2026|[[G. Vos]]|[[Rembrandtlaan 316]]|[[06 2244 9012]]|[[BJdV]]|gesloten|",
    "|{{MVS-2026-0201}}|27-02-2026|[[C.J. Ligtenberg]]|[[Hanzeweg 46-A]]|[[06 3128 4470]]|[[SW]]|gesloten|",
    "|{{MVS-2026-0244}}|05-03-2026|[[R. Sánchez-Brink]]|[[Rembrandtlaan 203]]|[[+31 6 1998 2205]]|[[KŞ]]|gesloten|",
    "Legenda behandelaars: zie rooster opzichters en wijkconsulenten. Algemeen nummer {{0570 745 000}}.",
], font="DejaVu", producer="Microsoft Dynamics 365 Report Server", creator="SQL Server Reporting Services",
   title="Export meldingen Rembrandtflat",
   notes=[(0, "Wolthuis, Sanne", "Let op: Mulder is de Woo-verzoeker zelf. Afgestemd met Fatima.",
           [("Wolthuis, Sanne", "PERSON"), ("Fatima", "PERSON")])]))
