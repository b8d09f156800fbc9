"""Set CS, documents cs12-cs22 (markup: see lib.py)."""
from lib import signature_png
from content_a import mail_nl, mail_en, MOTIVATIE

SPECS = []

# ------------------------------------------------------------------ cs12 handwritten meeting note (scan)
SPECS.append(dict(
    name="cs12_scan_notitie_overleg_lelystad", producer="scan", title="Handgeschreven aantekeningen",
    kw=dict(font="Hand", size=15, margins=(40, 36, 40, 36), pagesize=(420, 595), pagenum=False),
    scan=dict(dpi=200, angle=0.8),
    blocks=[
        ("p", "Overleg Lelystad Airport 21/10"),
        ("p", "aanwezig: {{P:Martijn Oosterveld|Martijn|Oosterveld}} (LA), {{P:Pieter-Jan|Pieter-Jan}}, ik"),
        ("p", "- klachten Biddinghuizen nemen toe (lesvluchten)\n- BAS-achtig loket voor Lelystad?\n"
              "- {{P:Oosterveld|Oosterveld}} stuurt cijfers voor 1/11"),
        ("p", "- bewoner {{P:Kamphuis|Kamphuis}} (Swifterbant) dreigt met rechtszaak\n"
              "  zijn nummer: {{T:06 2417 9930|2417|9930}}"),
        ("p", "terugbellen voor vrijdag!   {{K:KHB|KHB}}"),
    ],
))

# ------------------------------------------------------------------ cs13 beslisnota (rl Carlito, 2p)
SPECS.append(dict(
    name="cs13_beslisnota_klachtafhandeling_bas", producer="rl", title="Beslisnota klachtafhandeling BAS",
    kw=dict(font="Carlito", size=10.5, header="Ministerie van Infrastructuur en Waterstaat - nota"),
    meta=dict(author="Hoekstra-Bos, K. (Karin) - DGLM/LUCHTV"),
    hidden=[("PERSON", "Hoekstra-Bos, K. (Karin)", "metadata")],
    blocks=[
        ("h", "Nota aan de minister"),
        ("table", [["Aan", "[[h:minister Madlener]]"],
                   ["Van", "{{P:K. Hoekstra-Bos}}, Directie Luchtvaart"],
                   ["Via", "[[f:directeur Luchtvaart]]; [[f:DG Luchtvaart en Maritieme Zaken]]"],
                   ["Datum", "[[d:29 oktober 2024]]"],
                   ["Kenmerk", "[[r:IENW/BSK-2024/298410]]"],
                   ["Onderwerp", "Verbetering klachtafhandeling [[o:Bewonersaanspreekpunt Schiphol]]"],
                   ["Kopie aan", "[[o:Directie Communicatie]]; {{P:M. Kaya}}"],
                   ["Contactpersoon", "{{P:K. Hoekstra-Bos}}\nT {{T:06-41822907}}\n{{E:k.hoekstra-bos@minienw.nl}}"]],
         [100, 340], {"head": False}),
        ("h2", "Aanleiding"),
        ("p", "Tijdens het commissiedebat Luchtvaart van 2 oktober 2024 heeft u het lid [[h:De Hoop]] toegezegd "
              "te bezien hoe de klachtafhandeling door het [[o:BAS]] kan worden verbeterd. Ook de "
              "[[o:Omgevingsraad Schiphol]] heeft hierom gevraagd. Bewoners ervaren de standaardreacties als "
              "weinig serieus."),
        ("h2", "Geadviseerd besluit"),
        ("p", "Aan de minister wordt gevraagd in te stemmen met: (1) een pilot 'persoonlijk contact' van het "
              "[[o:BAS]] in 2025, (2) een jaarlijkse rapportage over klachten rond [[o:Lelystad Airport]] naar "
              "het model van het [[o:BAS]], en (3) het informeren van de Kamer via de voortgangsbrief."),
        ("h2", "Kern"),
        ("p", "- Het [[o:BAS]] ontvangt jaarlijks meer dan een miljoen meldingen, voor een groot deel afkomstig "
              "van een kleine groep melders.\n- Voor [[o:Lelystad Airport]] bestaat geen vergelijkbaar loket; "
              "klachten komen binnen via [[m:info@lelystadairport.nl]] en via het ministerie.\n- De pilot kost "
              "circa EUR 180.000 en wordt gedekt uit het budget van het [[g:Programma Omgeving Luchthaven "
              "Schiphol]]."),
        ("h2", "Toelichting"),
        ("p", "Uit gesprekken met bewoners, onder wie mevrouw {{P:Ouwerkerk-Hazenberg}} uit [[p:Aalsmeer]] en "
              "de heer {{P:B. Kamphuis}} uit [[p:Swifterbant]], blijkt dat vooral het gebrek aan terugkoppeling "
              "frustreert. De heer {{P:Kamphuis}} heeft aangekondigd een procedure te starten bij de "
              "[[o:Raad van State]]."),
        ("h2", "Krachtenveld"),
        ("p", "[[o:Royal Schiphol Group]] steunt de pilot. De [[o:Stichting Recht op Bescherming tegen "
              "Vliegtuighinder]] vindt dat de pilot niet ver genoeg gaat. De gemeenten [[p:Haarlemmermeer]] en "
              "[[p:Aalsmeer]] ([[h:burgemeester Oude Kotte]]) vragen om betrokkenheid. [[o:Provincie Flevoland]] "
              "wil dat Lelystad wordt meegenomen."),
        ("h2", "Informatie die niet openbaar gemaakt kan worden"),
        ("p", "[in te vullen door Woo-team]"),
        ("sp", 6),
        ("table", [["Paraaf", "Naam", "Datum"],
                   ["{{K:KHB}}", "{{P:Hoekstra-Bos}}", "29-10"],
                   ["{{K:TtH}}", "{{P:ter Horst}}", "30-10"],
                   ["[[f:dir. LV]]", "", ""]], [60, 160, 60]),
    ],
))

# ------------------------------------------------------------------ cs14 BAS web form with AcroForm fields
SPECS.append(dict(
    name="cs14_bas_klachtformulier", producer="rl", title="Klachtformulier BAS",
    kw=dict(font="Helvetica", size=9.5, fields=[
        ("naam", "Yusuf Aksoy", 190, 662, 220),
        ("email", "y.aksoy84@kpnmail.nl", 190, 647.5, 220),
        ("telefoon", "06-31877402", 190, 633, 220)]),
    hidden=[("PERSON", "Yusuf Aksoy", "annotations"), ("EMAIL", "y.aksoy84@kpnmail.nl", "annotations"),
            ("PHONE", "06-31877402", "annotations")],
    blocks=[
        ("h", "[[o:Bewonersaanspreekpunt Schiphol]] - Klacht of vraag over de dienstverlening"),
        ("small", "Formulier via [[u:www.bezoekbas.nl]]; export ten behoeve van de behandeling, "
                  "melding nr. [[r:DV-2024-1187]]."),
        ("sp", 64),
        ("kv", [["Naam", ""], ["E-mail", ""], ["Telefoon", ""]], [130, 300], {"boldlabel": True}),
        ("kv", [["Straat en huisnummer", "{{A:Venneperweg 512}}"],
                ["Postcode en plaats", "{{A:2153 AD}} Nieuw-Vennep"],
                ["Type melding", "Klacht over de dienstverlening van het [[o:BAS]]"],
                ["Datum", "[[d:19 november 2024]]"]], [130, 300]),
        ("pb", "Uw bericht"),
        ("p", "Ik meld al twee jaar via de [[u:BAS-app]] en krijg nooit een echte reactie. Op 12 november "
              "sprak ik met een medewerkster die zich voorstelde als {{P:Lotte}}; zij beloofde terug te bellen "
              "maar dat is niet gebeurd. Ik werk in ploegendienst bij [[o:Tata Steel]] en slaap overdag. Door "
              "de starts vanaf de [[t:Zwanenburgbaan]] en de [[t:Kaagbaan]] lukt dat niet. Mijn huisarts heeft "
              "mij {{H:slaapmedicatie}} voorgeschreven."),
        ("p", "Ik wil graag dat iemand van het BAS langskomt. Mijn vrouw {{P:Elif}} is overdag thuis."),
        ("pb", "Interne afhandeling (niet zichtbaar voor melder)"),
        ("kv", [["Behandelaar", "{{P:L. Brinkman}}"],
                ["Status", "Terugbelverzoek; huisbezoek gepland [[d:3 december 2024]]"],
                ["Opmerking", "Melder is ook bekend als klager bij [[o:Haarlemmermeer]] (omgevingsdienst). "
                              "Geen escalatie nodig."]], [130, 300]),
    ],
))

# ------------------------------------------------------------------ cs15 antwoordbrief aan klager Lelystad (rl)
SIG_KHB = signature_png("K. Hoekstra", 15, font="/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf")
SPECS.append(dict(
    name="cs15_antwoordbrief_klager_biddinghuizen", producer="rl", title="Antwoord op uw brief",
    kw=dict(font="Helvetica", size=10,
            header="> Retouradres Postbus 20901 2500 EX Den Haag"),
    blocks=[
        ("kv", [["", "Mevrouw {{P:I.M. Schoemaker}}\n{{A:Bremerbergdijk 17}}\n{{A:8256 RD}}  Biddinghuizen"],
                ["", ""],
                ["Datum", "[[d:27 november 2024]]"],
                ["Betreft", "Uw brief over laagvliegende toestellen boven Biddinghuizen"],
                ["Ons kenmerk", "[[r:IENW/BSK-2024/310027]]"],
                ["Uw brief van", "4 november 2024"]], [90, 350]),
        ("sp", 10),
        ("p", "Geachte mevrouw {{P:Schoemaker}},"),
        ("p", "Dank voor uw brief van 4 november 2024 aan [[h:minister Madlener]], die mij heeft gevraagd u te "
              "antwoorden. U schrijft dat sinds de zomer vaker kleine vliegtuigen laag over uw woning vliegen, "
              "en dat uw paarden daar onrustig van worden."),
        ("p", "[[o:Lelystad Airport]] is op dit moment alleen open voor general aviation, zoals lesvluchten en "
              "zakenvliegtuigen. De routes en vlieghoogten van deze vluchten zijn vastgelegd in het "
              "[[l:Luchthavenbesluit Lelystad]]. De [[o:Inspectie Leefomgeving en Transport]] houdt daar "
              "toezicht op. Ik heb uw melding doorgestuurd naar de [[o:ILT]]; een inspecteur neemt contact met "
              "u op."),
        ("p", "Een meldpunt zoals het [[o:Bewonersaanspreekpunt Schiphol]] is er voor Lelystad nog niet. U kunt "
              "uw klachten voorlopig melden via [[m:info@lelystadairport.nl]] of telefonisch via "
              "[[n:0320 284 284]]. De [[o:Provincie Flevoland]] organiseert op [[d:25 november 2024]] en in het "
              "voorjaar van 2025 bewonersavonden in [[p:Dronten]]."),
        ("p", "Met vriendelijke groet,"),
        ("p", "de minister van Infrastructuur en Waterstaat,\nnamens deze,"),
        ("img", SIG_KHB, 110, 36),
        ("p", "{{P:K. Hoekstra-Bos}}\n[[f:senior beleidsmedewerker]] Directie Luchtvaart"),
        ("small", "Bezoekadres: [[s:Rijnstraat 8]], 2515 XP Den Haag | [[u:www.rijksoverheid.nl/ienw]]"),
    ],
))

# ------------------------------------------------------------------ cs16 English e-mail from resident (docx)
SPECS.append(dict(
    name="cs16_mail_resident_zeewolde_english", producer="docx", title="E-mail resident Zeewolde",
    kw=dict(font="Carlito", size=10.5, author="Woo-team IenW"),
    blocks=[
        mail_nl("Info IenW <[[m:info@minienw.nl]]>", "dinsdag 17 december 2024 10:22",
                "{{P:Wolters, P.J.}} - DGLM/LUCHTV", "FW: Complaint - training flights over Zeewolde"),
        ("p", "Ter afhandeling, Engelstalige klacht over [[o:Lelystad Airport]]. Graag antwoord binnen 3 weken "
              "(zie [[l:Algemene wet bestuursrecht]])."),
        ("p", "Team Publieksinformatie"),
        ("hr",),
        mail_en("{{P:Daniel Whitaker}} <{{E:dan.whitaker@outlook.com}}>", "Monday, 16 December 2024 21:47",
                "[[m:info@minienw.nl]]", "Complaint - training flights over Zeewolde"),
        ("p", "Dear Sir or Madam,"),
        ("p", "My name is {{P:Daniel Whitaker}}. My wife {{P:Sophie}} and I moved from Leeds to "
              "{{A:Bosruiterweg 88}} in [[p:Zeewolde]] in 2021. Since this summer, training aircraft from "
              "[[o:Lelystad Airport]] circle over our house almost every afternoon, sometimes below 1,000 ft. "
              "Our daughter {{P:Amelia}} (7) {{H:is autistic and suffers from sensory overload|autistic|sensory overload}} when the "
              "noise goes on for hours."),
        ("p", "I understand that the airport is not yet open for holiday flights, but I would like to know "
              "who monitors these training flights. Is it the [[o:Human Environment and Transport "
              "Inspectorate]]? I also read about the [[t:Balanced Approach]] for [[p:Schiphol]]; does that "
              "apply to Lelystad as well?"),
        ("p", "You can reach me on {{T:+31 6 4499 2017}} or by e-mail. I work from home on Mondays and "
              "Fridays."),
        ("p", "Kind regards,\n{{P:Dan Whitaker}}"),
        ("hr",),
        mail_nl("{{P:Wolters, P.J.}} - DGLM/LUCHTV", "woensdag 18 december 2024 08:55", "[[m:info@minienw.nl]]",
                "RE: FW: Complaint - training flights over Zeewolde",
                cc="{{P:Hoekstra-Bos, K.}} - DGLM/LUCHTV"),
        ("p", "Dank, ik pak hem op. {{P:Karin}}: mr. {{P:Whitaker}} noemt zijn dochter en haar "
              "{{H:diagnose}}, dat moeten we bij een Woo-verzoek weglakken. Antwoord in het Engels via de "
              "standaardtekst over de [[o:ILT]] en [[u:Explane]]."),
        ("p", "Gr. {{P:PJ}}"),
    ],
))

# ------------------------------------------------------------------ cs17 keukentafelgesprek (docx, 2p)
SPECS.append(dict(
    name="cs17_gespreksverslag_keukentafel_biddinghuizen", producer="docx", title="Gespreksverslag",
    kw=dict(font="Liberation Sans", size=10, author="P.J. Wolters",
            footer="Gespreksverslag - vertrouwelijk - niet voor verspreiding buiten IenW"),
    hidden=[],
    blocks=[
        ("h", "Gespreksverslag keukentafelgesprek Biddinghuizen"),
        ("kv", [["Datum", "[[d:18 december 2024]], 19.30 uur"],
                ["Plaats", "bij de familie thuis, {{A:Bremerbergdijk 17}}, Biddinghuizen"],
                ["Aanwezig", "mevrouw {{P:Ingrid Schoemaker}}, de heer {{P:Arjan Schoemaker}}, "
                             "{{P:P.J. Wolters}} (IenW), {{P:M. Oosterveld}} ([[o:Lelystad Airport]])"],
                ["Verslag", "{{P:Wolters}}"]]),
        ("h2", "Aanleiding"),
        ("p", "Mevrouw {{P:Schoemaker}} schreef op 4 november 2024 aan de minister over laagvliegende "
              "lesvliegtuigen. Het ministerie heeft op 27 november 2024 geantwoord; zij vond dat antwoord te "
              "algemeen en vroeg om een gesprek."),
        ("h2", "Wat de familie vertelt"),
        ("p", "De familie heeft een manege aan de dijk. Sinds juni 2024 vliegen lesvliegtuigen in een "
              "circuit over het erf, vooral op zaterdag. De paarden schrikken; in augustus is een leerling "
              "gevallen. De heer {{P:Schoemaker}} vertelt dat hij sinds een ongeval in 2019 "
              "{{H:PTSS}} heeft en dat het geluid hem 'terugbrengt'. Hij is daarvoor onder behandeling bij "
              "{{H:een psycholoog van GGZ Centraal|psycholoog}}."),
        ("p", "Het gezin is {{H:lid van de Gereformeerde Gemeente|Gereformeerde Gemeente}} en vraagt om rust op zondag; op "
              "zondagochtend wordt volgens hen ook gevlogen."),
        ("h2", "Reactie Lelystad Airport"),
        ("p", "De heer {{P:Oosterveld}} legt uit dat de lesvluchten van de vliegscholen [[o:KLM Flight "
              "Academy]] en [[o:Vliegschool Lelystad]] vallen onder de regels van het [[l:Luchthavenbesluit "
              "Lelystad]]. Hij zegt toe met de vliegscholen te bespreken of het circuit boven de "
              "<<Bremerbergdijk>> kan worden verlegd richting het [[p:Veluwemeer]]."),
        ("h2", "Afspraken"),
        ("table", [["Wat", "Wie", "Wanneer"],
                   ["Circuit vliegscholen bespreken", "{{P:Oosterveld}}", "januari 2025"],
                   ["Metingen laten doen met mobiele meetpost", "[[o:Lelystad Airport]]", "Q1 2025"],
                   ["Terugkoppeling aan de familie per e-mail ({{E:ingrid.schoemaker@zeelandnet.nl}})",
                    "{{P:Wolters}}", "februari 2025"],
                   ["Informeren [[o:ILT]] over zondagsvluchten", "{{P:Wolters}}", "direct"]], [260, 110, 90]),
        ("p", "Na afloop toont mevrouw {{P:Schoemaker}} haar logboek met meer dan 200 vluchten. Zij geeft "
              "toestemming dit aan de [[o:ILT]] te geven, maar niet aan de gemeente [[p:Dronten]]. Haar mobiele "
              "nummer voor de [[o:ILT]]: {{T:06-1294 8831}}."),
    ] + MOTIVATIE,
))

# ------------------------------------------------------------------ cs18 scanned objection letter (typed, scan)
SPECS.append(dict(
    name="cs18_scan_bezwaarschrift_stichting", producer="scan", title="Bezwaarschrift (scan)",
    kw=dict(font="Times-Roman", size=11.5, margins=(60, 70, 60, 70)),
    scan=dict(dpi=200, angle=0.7),
    blocks=[
        ("p", "Stichting Geluidsoverlast Uithoorn-De Kwakel\np/a {{A:Pastoor van Dijklaan 9|Pastoor van Dijklaan 9}}\n"
              "1422 CB  Uithoorn"),
        ("sp", 10),
        ("p", "Aan de minister van Infrastructuur en Waterstaat\nPostbus 20901\n2500 EX  Den Haag"),
        ("p", "Uithoorn, 11 februari 2025\nBetreft: bezwaar tegen besluit IENW/BSK-2024/310027 en verzoek om handhaving"),
        ("p", "Excellentie,"),
        ("p", "Namens onze stichting maak ik bezwaar tegen uw weigering om handhavend op te treden tegen "
              "het gebruik van de Aalsmeerbaan in de vroege ochtend. Onze leden, onder wie de heer "
              "{{P:A.C. Verkerk|Verkerk}} en mevrouw {{P:T. Vermeulen|Vermeulen}}, ondervinden dagelijks hinder. "
              "De Inspectie Leefomgeving en Transport heeft ons verzoek van 3 september 2024 niet inhoudelijk "
              "behandeld."),
        ("p", "Wij verzoeken u de Luchthavenverkeerbesluit-grenswaarden te handhaven en ons te horen. "
              "Correspondentie graag aan ondergetekende, telefoon {{T:06-2810 4467|2810 4467|06-2810}}, e-mail "
              "{{E:secretaris.sgudk@gmail.com|secretaris.sgudk@gmail.com}}."),
        ("p", "Hoogachtend,"),
        ("img", signature_png("H. Brouwer", 18), 130, 42),
        ("p", "{{P:Hendrika Brouwer-de Gier|Brouwer-de Gier|Hendrika}}, secretaris"),
    ],
))

# ------------------------------------------------------------------ cs19 ORS agenda (rl, 1p)
SPECS.append(dict(
    name="cs19_ors_agenda_12_december", producer="rl", title="Agenda ORS 12 december 2024",
    kw=dict(font="DejaVuSans", size=9.5),
    blocks=[
        ("h", "[[o:Omgevingsraad Schiphol]] - agenda plenaire vergadering"),
        ("kv", [["Datum", "[[d:donderdag 12 december 2024]], 13.30 uur"],
                ["Plaats", "Raadzaal gemeentehuis Haarlemmermeer, [[s:Raadhuisplein 1]], [[p:Hoofddorp]]"],
                ["Kenmerk", "[[r:ORS 24.0311]]"]], [80, 380]),
        ("table", [["Nr.", "Onderwerp", "Stuk", "Doel"],
                   ["1", "Opening, mededelingen, vaststellen agenda", "-", "-"],
                   ["2", "Verslag vergadering 26 september 2024", "[[r:ORS 24.0280]]", "vaststellen"],
                   ["3", "Rapportage [[o:BAS]] derde kwartaal 2024", "[[r:ORS 24.0302]]", "bespreken"],
                   ["4", "Stand van zaken [[t:Balanced Approach]] en [[g:anticiperend handhaven]]", "presentatie IenW", "informeren"],
                   ["5", "[[g:8-puntenplan]] [[o:Royal Schiphol Group]]: nachtsluiting en stille toestellen", "[[r:ORS 24.0305]]", "bespreken"],
                   ["6", "Werkplan 2025 en begroting Bureau ORS", "[[r:ORS 24.0309]]", "vaststellen"],
                   ["7", "Rondvraag en sluiting", "-", "-"]], [30, 270, 100, 70]),
        ("p", "Bewonersdelegaties worden verzocht hun inbreng uiterlijk 5 december te sturen aan "
              "[[m:info@omgevingsraadschiphol.nl]]. Vragen over de vergadering: {{P:J.W. Lammers}}, secretaris "
              "(ma-do), {{T:06 48 20 19 37}}."),
        ("p", "De vergadering is openbaar en wordt uitgezonden via het [[u:YouTube]]-kanaal van de ORS. "
              "[[h:Burgemeester Schuurmans]] en [[h:wethouder Van Rijn]] hebben zich aangemeld als sprekers bij "
              "punt 5."),
    ],
))

# ------------------------------------------------------------------ cs20 ILT memo grenswaarden (docx, 2p)
SPECS.append(dict(
    name="cs20_ilt_memo_handhaving_grenswaarden", producer="docx", title="Memo handhaving grenswaarden",
    kw=dict(font="Liberation Serif", size=10.5, author="Gerrit Postma",
            header="ILT | Team Luchthavens | Memo"),
    outline=[("Memo G. Postma aan A. van Dam-Verhoef", 0), ("Bijlage: gesprek met mw. Dijkman (LVNL)", 1)],
    hidden=[("PERSON", "Gerrit Postma", "metadata"), ("PERSON", "G. Postma", "outline"),
            ("PERSON", "A. van Dam-Verhoef", "outline"), ("PERSON", "Dijkman", "outline")],
    blocks=[
        ("h", "Memo"),
        ("kv", [["Aan", "teamleider handhaving luchthavens"],
                ["Van", "senior inspecteur geluid ({{K:GHP}})"],
                ["Datum", "[[d:5 september 2024]]"],
                ["Onderwerp", "Handhaving grenswaarden in de handhavingspunten, gebruiksjaar 2024"]]),
        ("h2", "1. Kader"),
        ("p", "Op grond van artikel 8.17 van de [[l:Wet luchtvaart]] gelden voor [[p:Schiphol]] grenswaarden "
              "in handhavingspunten, vastgelegd in het [[l:Luchthavenverkeerbesluit Schiphol]] (LVB). Sinds 2022 "
              "geldt het [[g:anticiperend handhaven]]: de [[o:ILT]] handhaaft niet op overschrijdingen die het "
              "gevolg zijn van het baangebruik volgens het [[g:Nieuw Normen- en Handhavingsstelsel]] (NNHS), "
              "zolang dat stelsel nog niet in het LVB is opgenomen. In september 2023 heeft de rechtbank "
              "[[p:Haarlem]] geoordeeld dat het gedogen van de overschrijdingen onrechtmatig is tegenover "
              "omwonenden (uitspraak in de zaak van de [[o:Stichting Recht op Bescherming tegen "
              "Vliegtuighinder]] ([[o:RBV]]) tegen de Staat)."),
        ("h2", "2. Bevindingen"),
        ("p", "In de periode november 2023 - augustus 2024 zijn in 11 van de 35 handhavingspunten de "
              "grenswaarden overschreden, vooral rond de [[t:Polderbaan]] en de [[t:Aalsmeerbaan]]. De "
              "hoogste overschrijding (1,9 dB(A)) werd vastgesteld in handhavingspunt 18 bij [[p:Uithoorn]]. "
              "De gegevens komen uit de [[u:NOMOS]]-meetposten en de berekeningen van [[o:NLR]] en [[o:To70]]."),
        ("p", "Een deel van de overschrijdingen is niet te verklaren uit het NNHS, maar uit de keuze van "
              "[[o:LVNL]] voor de [[t:Aalsmeerbaan]] bij harde zuidwestenwind. Deze zijn volgens het LVB een "
              "toegestane uitzondering."),
        ("h2", "3. Advies"),
        ("p", "Ik adviseer (a) de handhavingsverzoeken van de [[o:RBV]] en van individuele omwonenden opnieuw te "
              "beoordelen in het licht van de uitspraak, (b) het ministerie te vragen de "
              "[[l:Regeling milieu-informatie luchthaven Schiphol]] aan te passen en (c) bij [[o:Royal Schiphol "
              "Group]] de brongegevens over de nachtvluchten op te vragen."),
        ("p", "Afgestemd met {{P:R. Dijkhuizen}} ({{K:RDi}}). Juridische toets door {{P:mr. S. Hagenaars}} "
              "([[o:ILT]] Juridische Zaken), {{E:sander.hagenaars@ilent.nl}}."),
        ("br",),
        ("h2", "Bijlage - gespreksaantekening [[o:LVNL]], 2 september 2024"),
        ("p", "Gesproken met de afdeling Omgeving van [[o:LVNL]] ({{P:W. Zijlstra}} en een collega van de "
              "supervisie). Zij bevestigen dat bij windsnelheden boven 20 knopen de [[t:Kaagbaan]] niet in "
              "alle gevallen kan worden ingezet. Zij zullen voor 1 oktober een overzicht sturen van de "
              "dagen waarop de [[t:preferentiële baan]] niet beschikbaar was."),
        ("p", "Vervolg: {{K:GHP}} plant een inspectiebezoek aan de [[o:LVNL]]-verkeerstoren; {{K:RDi}} "
              "vraagt de klachtgegevens op bij het [[o:BAS]]."),
    ],
))

# ------------------------------------------------------------------ cs21 Schiphol mail NOMOS data (rl DejaVu)
SPECS.append(dict(
    name="cs21_mail_schiphol_nomos_data", producer="rl", title="E-mail NOMOS-data",
    kw=dict(font="DejaVuSans", size=9.2),
    blocks=[
        mail_nl("{{P:Graaff-Smit, Eline de}} <{{E:eline.degraaff-smit@schiphol.nl}}>",
                "dinsdag 12 november 2024 15:06",
                "{{P:Meulen, J. van der}} - DGLM/LUCHTV",
                "NOMOS-data Zwanenburg en Spaarndam (week 36-44)",
                cc="{{P:Koster, Bas}} <{{E:bas.koster@schiphol.nl}}>; [[m:omgevingsmanagement@schiphol.nl]]",
                bijlagen="NOMOS_wk36-44_vertrouwelijk.xlsx"),
        ("p", "Beste {{P:Joost}},"),
        ("p", "Zoals besproken stuur ik je de ruwe meetgegevens van de [[u:NOMOS]]-meetposten in "
              "[[p:Zwanenburg]] (<<Dennenlaan>>-zijde niet meegenomen) en [[p:Spaarndam]] over week 36 tot en "
              "met 44. De gegevens zijn bedrijfsvertrouwelijk; delen met de [[o:ILT]] is akkoord, publicatie "
              "niet. Mijn collega {{P:Bas Koster}} ({{P:Bas}}) van [[o:Schiphol]] Environmental Affairs kan "
              "vragen over de calibratie beantwoorden."),
        ("p", "Let op: in week 41 was meetpost 21 drie dagen buiten werking wegens vandalisme. Dit staat "
              "ook op [[u:Casper]] vermeld."),
        ("p", "Met vriendelijke groet / Kind regards,\n\n{{P:Eline de Graaff-Smit}}\nSenior Advisor "
              "Environment | [[o:Royal Schiphol Group]]\n[[s:Evert van de Beekstraat 202]] | 1118 CP "
              "[[p:Schiphol]]\nM {{T:+31 6 2040 8812}}\n\nThis e-mail and any attachments are confidential "
              "and may be privileged. If you are not the intended recipient, please notify the sender "
              "immediately."),
        ("hr",),
        mail_nl("{{P:Meulen, J. van der}} - DGLM/LUCHTV", "maandag 11 november 2024 09:40",
                "{{P:Graaff-Smit, Eline de}}", "Verzoek meetgegevens"),
        ("p", "Goedemorgen {{P:Eline}},"),
        ("p", "Naar aanleiding van de Kamervragen van het lid [[h:Kostić]] en het verzoek van de [[o:ILT]] "
              "zouden we graag de meetgegevens van de [[u:NOMOS]]-meetposten in [[p:Zwanenburg]] en "
              "[[p:Spaarndam]] ontvangen. {{P:Karin Hoekstra-Bos}} is in de cc bij ons contactpersoon voor "
              "de Kamerbrief."),
        ("p", "Hartelijke groet,\n{{P:Joost van der Meulen}}"),
    ],
))

# ------------------------------------------------------------------ cs22 verslag bewonersavond Dronten (rl, 2p)
SPECS.append(dict(
    name="cs22_verslag_bewonersavond_dronten", producer="rl", title="Verslag bewonersavond Dronten",
    kw=dict(font="Times-Roman", size=10.5, footer="Verslag bewonersavond Lelystad Airport - {page}"),
    meta=dict(author="Provincie Flevoland", xmp_creator=["Ilse Nijenhuis"]),
    hidden=[("PERSON", "Ilse Nijenhuis", "metadata")],
    blocks=[
        ("h", "Verslag bewonersavond [[o:Lelystad Airport]]"),
        ("kv", [["Datum", "[[d:25 november 2024]], 19.30 - 22.00 uur"],
                ["Locatie", "[[o:De Meerpaal]], [[s:De Rede 80]], [[p:Dronten]]"],
                ["Organisatie", "[[o:Provincie Flevoland]], [[o:Ministerie van IenW]], [[o:Lelystad Airport]]"],
                ["Gespreksleider", "{{P:Ilse N.}} (provincie)"],
                ["Aanwezig", "circa 140 bewoners uit [[p:Dronten]], [[p:Biddinghuizen]], [[p:Swifterbant]], "
                             "[[p:Lelystad]] en [[p:Zeewolde]]"]], [90, 370]),
        ("h2", "Opening"),
        ("p", "[[h:Gedeputeerde Fackeldey]] opent de avond. Hij benadrukt dat de provincie voorstander is van "
              "opening van de luchthaven, mits de laagvliegroutes worden opgelost. Namens het ministerie licht "
              "{{P:P.J. Wolters}} de stand van zaken toe; voor de luchthaven spreekt {{P:Martijn Oosterveld}}."),
        ("h2", "Vragen uit de zaal"),
        ("p", "De heer {{P:Bertus Kamphuis}} uit [[p:Swifterbant]] vraagt waarom de routes nog steeds over "
              "zijn akkerbouwbedrijf aan de <<Zuiderzeeweg>> lopen. Hij verwijt het ministerie 'jaren van "
              "leugens'. De heer {{P:Wolters}} antwoordt dat de [[t:aansluitroutes]] pas worden herzien in het "
              "kader van de [[g:Luchtruimherziening]]."),
        ("p", "Mevrouw {{P:Schoemaker}} ([[p:Biddinghuizen]]) vraagt naar de lesvluchten boven de "
              "<<Bremerbergdijk>>. De heer {{P:Oosterveld}} verwijst naar het gesprek dat op 18 december bij "
              "haar thuis plaatsvindt."),
        ("p", "Een jonge moeder uit [[p:Zeewolde]], mevrouw {{P:Naima Ait Ben Ali|Naima|Ait Ben Ali}}, vraagt of er onderzoek is "
              "naar ultrafijnstof. {{P:Wolters}} verwijst naar het onderzoek van het [[o:RIVM]] rond "
              "[[p:Schiphol]]."),
        ("p", "De heer {{P:G. (Gijs) van Oord}} uit [[p:Lelystad]] stelt voor om een meldpunt naar het model "
              "van het [[o:BAS]] op te richten. Daar wordt instemmend op gereageerd."),
        ("br",),
        ("h2", "Toezeggingen"),
        ("table", [["Nr.", "Toezegging", "Door"],
                   ["1", "Overzicht lesvluchten per week op de website", "[[o:Lelystad Airport]]"],
                   ["2", "Brief over het meldpunt aan [[h:minister Madlener]]", "[[o:Provincie Flevoland]]"],
                   ["3", "Reactie aan de heer {{P:Kamphuis}} op zijn brief", "[[o:Ministerie van IenW]]"],
                   ["4", "Volgende bewonersavond in [[p:Lelystad]] (voorjaar 2025)", "{{P:Ilse N.}}"]],
         [30, 300, 130]),
        ("p", "Na afloop heeft de heer {{P:Kamphuis}} een medewerker van de luchthaven verbaal bedreigd; "
              "volgens de beveiliging is hij {{H:eerder veroordeeld voor een soortgelijk incident|veroordeeld}}. De politie "
              "is niet ingeschakeld."),
        ("p", "Vragen over dit verslag: [[m:luchtvaart@flevoland.nl]] of [[n:0320 265 265]]."),
    ],
))
