# Documents ww23-ww33 of set mixed98.
from docs_a import letterhead

DOCS = []

# ------------------------------------------------------------------ ww23 schaderegister (long table, 2 pages)
rows = [["Nr.", "Dossier", "Melder", "Adres", "Schade", "Bedrag", "Status"]]
reg = [
    ("0131", "[[A. de Ridder]]", "[[Hellouwseweg 4|ADDRESS]], {{Hellouw|PLACE}}", "scheur schuur", "€ 2.300", "afgehandeld"),
    ("0134", "[[fam. Van Zetten]]", "[[Waalbandijk 9|ADDRESS]], {{Ochten|PLACE}}", "verzakking oprit", "€ 1.150", "afgehandeld"),
    ("0138", "[[J.C.M. Kramer-Wouters]]", "[[Dorpsstraat 31|ADDRESS]], {{Haaften|PLACE}}", "scheur gevel", "€ 6.800", "expertise"),
    ("0141", "[[H. 't Jong]]", "[[Kerkstraat 2b|ADDRESS]], {{Haaften|PLACE}}", "schade tuin", "€ 640", "afgewezen"),
    ("0147", "[[D.J. Kortekaas]]", "[[Waalbandijk 23|ADDRESS]], {{Ochten|PLACE}}", "scheuren gevel/binnen", "€ 13.150", "VSO ter tekening"),
    ("0149", "[[R.P. Hakkert]]", "[[Waalbandijk 86|ADDRESS]], {{Ingen|PLACE}}", "scheur serre", "€ 3.400", "expertise"),
    ("0152", "[[M. Yıldız]]", "[[Waalbandijk 25|ADDRESS]], {{Ochten|PLACE}}", "stucwerk", "€ 1.480", "afgehandeld"),
    ("0155", "[[W.M. Tersteeg]]", "[[Waalbandijk 57|ADDRESS]], {{Ingen|PLACE}}", "gevel, schuur", "€ 7.900", "in behandeling"),
    ("0158", "[[S. Boerkamp-Heijting]]", "[[Molenstraat 12|ADDRESS]], {{Waardenburg|PLACE}}", "scheur garage", "€ 2.050", "in behandeling"),
    ("0161", "{{Gemeente West Betuwe}}", "{{Graaf Reinaldweg|STREET}} (rijbaan)", "wegdek", "€ 22.000", "verhalen op combinatie"),
    ("0163", "[[P.A. van Eldik]]", "[[Bergstraat 5|ADDRESS]], {{Hellouw|PLACE}}", "tegelvloer", "€ 980", "in behandeling"),
    ("0166", "[[T.H. Oudshoorn]]", "[[Waalbandijk 111|ADDRESS]], {{Ochten|PLACE}}", "scheuren", "€ 4.200", "expertise"),
    ("0170", "{{Thius}} (verhuurder)", "{{Waalbandijk|PLACE}} 25-29", "gevels 3 woningen", "€ 8.700", "in behandeling"),
    ("0172", "[[G. Bal-Smits]]", "[[Sint Maartenstraat 3|ADDRESS]], {{Haaften|PLACE}}", "kelder lekt", "€ 5.300", "expertise"),
    ("0175", "[[fam. Van Zetten]]", "[[Waalbandijk 9|ADDRESS]], {{Ochten|PLACE}}", "tweede melding", "€ 450", "in behandeling"),
]
for nr, who, addr, what, amt, status in reg:
    rows.append([nr, "{{SCH-TIWA-2025-%s|REF}}" % nr, who, addr, what, amt, status])
DOCS.append(dict(
    id="ww23", producer="rl", font="libmono", size=8.5, title="Schaderegister TiWa stand 1 september 2025",
    meta={"author": "[[s.kwakernaak]]"},
    blocks=[
        ("h1", "Schaderegister {{Dijkversterking Tiel-Waardenburg|PROGRAM}}"),
        ("p", "Stand 1 september 2025. Beheer: schadeloket ([[SK]] = [[Sanne Kwakernaak]], schadecoördinator). "
              "Niet verspreiden buiten het projectteam; bevat persoonsgegevens."),
        ("table", rows, {"widths": [10, 38, 32, 40, 22, 16, 22]}),
        ("h2", "Toelichting"),
        ("p", "Meldingen van {{Gemeente West Betuwe}} en woningcorporatie {{Thius}} worden verhaald op de combinatie "
              "{{Waalwaard}} (artikel 25 {{UAV-GC 2005|LAW}}). Voor schade boven € 10.000 beslist het dagelijks bestuur; "
              "daaronder de schadecoördinator op grond van het {{Mandaatbesluit Waterschap Rivierenland 2024|LAW}}."),
        ("p", "Bijzonderheden: bij dossier 0155 speelt een [[longziekte|HEALTH]] van de melder; bij dossier 0138 "
              "heeft de melder gevraagd om contact via haar dochter [[Inge Kramer]] ([[06-40 11 72 93|PHONE]]). "
              "Dossier 0166: melder is [[in schuldsanering (Wsnp)|FINANCIAL]], betaling via bewindvoerder "
              "Bewindvoering De Linge."),
        ("pb",),
        ("h2", "Uitbetalingen augustus 2025"),
        ("table", [["Dossier", "Ontvanger", "IBAN", "Bedrag", "Datum"],
                   ["{{SCH-TIWA-2025-0131|REF}}", "[[A. de Ridder]]", "[[NL62 INGB 0006 2139 85|IBAN]]", "€ 2.300", "04-08-2025"],
                   ["{{SCH-TIWA-2025-0134|REF}}", "[[C.W. van Zetten]]", "[[NL44 RABO 0123 4567 89|IBAN]]", "€ 1.150", "11-08-2025"],
                   ["{{SCH-TIWA-2025-0152|REF}}", "{{Thius}} (namens huurder)", "{{NL02 BNGH 0285 0961 22|IBAN_ORG}}", "€ 1.480", "18-08-2025"]],
         {"widths": [40, 40, 50, 20, 20]}),
        ("small", "Geautoriseerd: [[SK]] (tot € 10.000), [[PdG]] (projectmanager). Export {{Djuma|PRODUCT}}, 01-09-2025 08:02."),
    ]))

# ------------------------------------------------------------------ ww24 letter heemraad to resident
DOCS.append(dict(
    id="ww24", producer="rl", font="dejavuserif", size=10, title="Brief heemraad aan bewoner Ingen",
    hidden={"annots": [(0, [400, 700, 420, 720], "[[Joost van 't Riet]]", "Check met [[Hanneke]]: mag de naam van "
                        "[[mevrouw Tersteeg]] in de Woo-publicatie? ([[JvtR]])")]},
    blocks=[
        letterhead("[[Mevrouw W.M. Tersteeg]]\n[[Waalbandijk 57|ADDRESS]]\n[[4031 LK|ADDRESS]] {{Ingen|PLACE}}"),
        ("table", [["Datum", "Kenmerk", "Uw brief van"], ["29 juli 2025", "{{SCH-TIWA-2025-0155|REF}}", "2 juli 2025"]],
         {"widths": [50, 55, 50]}),
        ("p", "Geachte mevrouw [[Tersteeg]],"),
        ("p", "Uw brief aan het dagelijks bestuur over de schade aan uw woning is bij mij terechtgekomen; ik ben als "
              "heemraad verantwoordelijk voor de omgang met bewoners bij de {{Dijkversterking Tiel-Waardenburg|PROGRAM}}. "
              "Het spijt mij dat u zo lang op een reactie heeft moeten wachten."),
        ("p", "Een onafhankelijke schade-expert van {{Expertisebureau Dekker & Van Rijn}} komt uw woning opnemen. Onze "
              "schadecoördinator, mevrouw [[Kwakernaak]], belt u deze week voor een afspraak. Zij is bereikbaar op "
              "[[06-12 98 55 30|PHONE]]. De combinatie {{Waalwaard}} heeft de werkwijze bij uw woning aangepast: er wordt "
              "niet meer getrild, maar gedrukt."),
        ("p", "U schrijft dat uw gezondheid door het stof is verslechterd. Ik kan mij voorstellen dat dat zorgen "
              "geeft. Wij laten de combinatie de stofmaatregelen (nathouden van de rijbaan op de {{Waalbandijk|PLACE}}) "
              "strikter toepassen. Medische kosten kunnen wij helaas niet vergoeden via het schadeloket; daarvoor "
              "verwijs ik u naar de {{Commissie Schade Dijkversterking|ORG}} van het {{HWBP}}."),
        ("p", "Met vriendelijke groet,"),
        ("sig", "A. Kuipers"),
        ("p", "heemraad {{A.M. Kuipers-Abma|PERSON_PUBLIC}}\nportefeuillehouder waterveiligheid"),
        ("small", "Kopie: dijkgraaf {{H.J. Romijn|PERSON_PUBLIC}}; [[mr. J.W. Sluijter]], gemachtigde van mevrouw [[Tersteeg]]"),
    ]))

# ------------------------------------------------------------------ ww25 vaststellingsovereenkomst (docx, 2 pages)
DOCS.append(dict(
    id="ww25", producer="docx", docx_font="Times New Roman", size=11, title="Vaststellingsovereenkomst schade Waalbandijk 23",
    meta={"author": "[[D. Sprenkeling]]"},
    blocks=[
        ("h1", "Vaststellingsovereenkomst"),
        ("p", "De ondergetekenden:"),
        ("p", "1. {{Waterschap Rivierenland}}, gevestigd te {{Tiel|PLACE}}, te dezen vertegenwoordigd door mevrouw "
              "[[S. Kwakernaak]], schadecoördinator, handelend op grond van het {{Mandaatbesluit Waterschap Rivierenland 2024|LAW}} "
              "en het besluit van het {{dagelijks bestuur}} van 1 juli 2025, hierna: het waterschap;"),
        ("p", "2. de heer [[Dirk-Jan Kortekaas]], [[geboren op 14 maart 1958|DOB]] te {{Dodewaard|PLACE}}, en mevrouw "
              "[[Margriet Elisabeth Kortekaas-Vermeulen]], [[geboren op 2 oktober 1960|DOB]] te {{Kesteren|PLACE}}, beiden "
              "wonende aan de [[Waalbandijk 23|ADDRESS]], [[4054 MB|ADDRESS]] {{Ochten|PLACE}}, hierna: de bewoners;"),
        ("h2", "Overwegende dat"),
        ("p", "a. het waterschap in het kader van de {{Dijkversterking Tiel-Waardenburg|PROGRAM}}, onderdeel van het "
              "{{Hoogwaterbeschermingsprogramma|PROGRAM}}, werkzaamheden laat uitvoeren door de combinatie {{Waalwaard}};\n"
              "b. de bewoners schade hebben gemeld aan hun woning, kadastraal bekend gemeente {{Echteld|PLACE}} sectie [[G 871|CADASTRAL]];\n"
              "c. de expert, [[ing. C.A. Mulder-Tjin]], in het rapport van 22 juli 2025 de herstelkosten heeft begroot op € 13.150;\n"
              "d. partijen een geschil over de omvang van de overige schade willen voorkomen."),
        ("h2", "Komen overeen"),
        ("p", "Artikel 1. Het waterschap betaalt de bewoners een bedrag van € 18.400 (zegge: achttienduizend vierhonderd euro), "
              "bestaande uit € 13.150 herstelkosten, € 4.400 vergoeding voor tijdelijke huisvesting en € 850 overige kosten.\n"
              "Artikel 2. Betaling vindt plaats binnen 30 dagen na ondertekening op rekening [[NL79 ABNA 0417 1646 13|IBAN]] "
              "ten name van [[D.J. Kortekaas]] en/of [[M.E. Kortekaas-Vermeulen]].\n"
              "Artikel 3. Met deze betaling is alle schade als gevolg van de trillingen in de periode mei-juli 2025 "
              "definitief geregeld. Nieuwe schade na 1 augustus 2025 kan opnieuw worden gemeld.\n"
              "Artikel 4. Het waterschap verhaalt het bedrag op de combinatie {{Waalwaard}}. De bewoners verlenen daaraan "
              "hun medewerking.\n"
              "Artikel 5. Partijen houden de inhoud van deze overeenkomst vertrouwelijk, behoudens de verplichtingen van "
              "het waterschap op grond van de {{Wet open overheid|LAW}}.\n"
              "Artikel 6. Op deze overeenkomst is Nederlands recht van toepassing (artikel 7:900 {{Burgerlijk Wetboek|LAW}})."),
        ("pb",),
        ("h2", "Ondertekening"),
        ("table", [["Namens het waterschap", "De bewoners", ""],
                   ["[[S. Kwakernaak]]", "[[D.J. Kortekaas]]", "[[M.E. Kortekaas-Vermeulen]]"],
                   ["{{Tiel|PLACE}}, 12 augustus 2025", "{{Ochten|PLACE}}, 14 augustus 2025", "{{Ochten|PLACE}}, 14 augustus 2025"]]),
        ("sig", "M. Kortekaas"),
        ("small", "Behandeld door: mr. [[D. Sprenkeling]], {{Juridische Zaken|FUNCTION}}, [[d.sprenkeling@wsrl.nl|EMAIL]]. "
                  "Registratie: {{SCH-TIWA-2025-0147|REF}} / {{DB-2025-0702|REF}}."),
    ]))

# ------------------------------------------------------------------ ww26 HHNK memo (Times), annotation
DOCS.append(dict(
    id="ww26", producer="rl", font="times", size=10.5, title="Memo HHNK detachering toezicht Noorderkwartier",
    meta={"author": "[[K. Zeeman]]", "title": "Memo detachering toezichthouder"},
    hidden={"annots": [(0, [480, 760, 500, 780], "[[Kim Zeeman]]", "[[Erik-Jan]] heeft aangegeven dat hij [[vanwege "
                        "zijn rugklachten|HEALTH]] geen veldwerk in de duinen kan doen.")]},
    blocks=[
        ("small", "{{Hoogheemraadschap Hollands Noorderkwartier}} · {{Stationsplein 136|ADDRESS}}, {{Heerhugowaard|PLACE}} · "
                  "{{088 888 6000|PHONE}}"),
        ("h1", "MEMO"),
        ("table", [["Aan", "{{college van dijkgraaf en hoogheemraden}}"], ["Van", "[[K. Zeeman]], teamleider {{Handhaving Waterkeringen|FUNCTION}}"],
                   ["Datum", "2 juli 2025"], ["Onderwerp", "Detachering toezichthouder {{Waterschap Rivierenland}}"]],
         {"header": False, "labels": True, "widths": [30, 140]}),
        ("p", "Voor de controle op de grondwateronttrekkingen van de bollentelers in de {{Zijpe|PLACE}} en de "
              "werkzaamheden aan de {{Westfriese Omringdijk|PLACE}} hebben wij tijdelijk extra capaciteit nodig. "
              "{{Waterschap Rivierenland}} detacheert daarvoor van 7 juli tot en met 31 oktober 2025 de heer "
              "[[E.J. Schoonderwoerd]], buitengewoon opsporingsambtenaar."),
        ("p", "De heer [[Schoonderwoerd]] werkt vanuit het steunpunt {{Schagen|PLACE}} samen met onze toezichthouder "
              "[[Naima Bouali]]. Hij krijgt een HHNK-pas met personeelsnummer [[HH-58172|ID]] en een account "
              "[[ejschoonderwoerd@hhnk.nl|EMAIL]]. Zijn BOA-aanstelling loopt via het {{Ministerie van Justitie en "
              "Veiligheid|ORG}}; uitbreiding van het werkgebied is aangevraagd bij de {{Dienst Justis|ORG}}."),
        ("p", "Portefeuillehouder is hoogheemraad {{Breed|PERSON_PUBLIC}}. Dijkgraaf {{Hoogervorst|PERSON_PUBLIC}} is geïnformeerd. De "
              "kosten (€ 38.600) worden verrekend volgens de {{Samenwerkingsovereenkomst waterschappen 2023|LAW}}. "
              "Contact over de praktische uitvoering: [[Kim Zeeman]], [[06-25 90 33 71|PHONE]]; algemeen: "
              "{{handhaving@hhnk.nl|EMAIL}}."),
        ("p", "Aandachtspunt: de {{Keur|LAW}} van {{HHNK}} is per 1 januari 2024 opgegaan in de {{Waterschapsverordening HHNK|LAW}}; "
              "de toezichthouder krijgt een korte instructie van onze jurist [[mr. P.J. de Wit-Koster]]."),
    ]))

# ------------------------------------------------------------------ ww27 presentielijst informatieavond (scan)
DOCS.append(dict(
    id="ww27", producer="scan", font="dejavu", size=10, title="Presentielijst informatieavond Dodewaard (scan)",
    blocks=[
        ("h2", "Presentielijst informatieavond dijkversterking - Dodewaard, 9 juli 2025"),
        ("p", "Dorpshuis De Kaai. Graag naam, adres en e-mail invullen als u de nieuwsbrief wilt ontvangen."),
        ("table", [["Naam", "Adres", "E-mail", "Nieuwsbrief"],
                   ["[[Ayşe Demirtaş]]", "[[Dorpsstraat 8|ADDRESS]]", "[[a.demirtas@hotmail.com|EMAIL]]", "ja"],
                   ["[[Jan Willem Brouwer]]", "[[Waalbandijk 140|ADDRESS]]", "-", "nee"],
                   ["[[Henk van der Linden]]", "[[Kerkewijk 19|ADDRESS]]", "[[hvdlinden@planet.nl|EMAIL]]", "ja"],
                   ["[[Sophie Gerritsen]]", "[[Molenstraat 44|ADDRESS]]", "[[sophie.gerritsen@gmail.com|EMAIL]]", "ja"],
                   ["[[Cor Hoogveld]]", "[[Tolsestraat 3|ADDRESS]]", "[[c.hoogveld@kpnmail.nl|EMAIL]]", "ja"],
                   ["[[Mariska Teunissen]]", "[[Waalbandijk 96|ADDRESS]]", "[[m.teunissen78@gmail.com|EMAIL]]", "ja"],
                   ["[[Albert van Wely]]", "[[Hoogstraat 1a|ADDRESS]]", "-", "nee"]],
         {"widths": [45, 45, 60, 20]}),
        ("p", "Namens het waterschap: [[A. Verhoef-Brink]], [[H. Dubbeldam]]. Namens Waalwaard: [[L. Henskens]]."),
    ]))

# ------------------------------------------------------------------ ww28 complaint thread with nested replies
DOCS.append(dict(
    id="ww28", producer="rl", font="dejavu", size=9, mono="DejaVuSans", title="RE: RE: klacht geluidsoverlast nachtwerk",
    blocks=[
        ("mono", "Van: [[Hanneke Dubbeldam]] <[[h.dubbeldam@wsrl.nl|EMAIL]]>\n"
                 "Datum: 12 augustus 2025 om 09:31\n"
                 "Aan: [[Sophie Gerritsen]] <[[sophie.gerritsen@gmail.com|EMAIL]]>\n"
                 "Cc: {{klachten@wsrl.nl|EMAIL}}\n"
                 "Onderwerp: RE: RE: klacht geluidsoverlast nachtwerk"),
        ("p", "Beste mevrouw [[Gerritsen]],\n\nDank voor uw reactie. Ik heb uw klacht doorgezet naar de klachtencoördinator. "
              "De combinatie heeft bevestigd dat er op 7 en 8 augustus 's nachts is gewerkt aan de spoorkruising bij "
              "{{Dodewaard|PLACE}}; daarvoor was een ontheffing van de gemeente {{Neder-Betuwe|PLACE}}. Wij hadden u daarover "
              "vooraf moeten informeren.\n\nMet vriendelijke groet,\n[[Hanneke Dubbeldam]]\ncommunicatieadviseur\n"
              "T {{(0345) 639 111|PHONE}}"),
        ("mono", "Op 11 aug. 2025 om 22:14 schreef [[Sophie Gerritsen]] <[[sophie.gerritsen@gmail.com|EMAIL]]>:\n"
                 "> Dag [[Hanneke]],\n"
                 "> Dit is niet de eerste keer. Mijn man werkt in de nachtdienst bij {{ProRail}} en\n"
                 "> moet overdag slapen; onze zoon [[Daan]] ([[autisme|HEALTH]]) raakt totaal overstuur van het\n"
                 "> piepen van de kranen. Ik wil een formele klacht indienen.\n"
                 "> [[Sophie]]\n"
                 "> [[Molenstraat 44|ADDRESS]], {{Dodewaard|PLACE}} / [[06-33 18 72 04|PHONE]]\n"
                 ">\n"
                 "> Op 8 aug. 2025 om 16:02 schreef [[Hanneke Dubbeldam]] <[[h.dubbeldam@wsrl.nl|EMAIL]]>:\n"
                 ">> Beste mevrouw [[Gerritsen]],\n"
                 ">> Excuses voor de overlast. Ik vraag na bij de omgevingsmanager van {{Waalwaard}}\n"
                 ">> ([[Lotte Henskens]]) waarom er 's nachts is gewerkt.\n"
                 ">> Groet, [[Hanneke]]\n"
                 ">>\n"
                 ">> Van: [[Sophie Gerritsen]] <[[sophie.gerritsen@gmail.com|EMAIL]]>\n"
                 ">> Verzonden: vrijdag 8 augustus 2025 07:12\n"
                 ">> Aan: {{info@wsrl.nl|EMAIL}}\n"
                 ">> Onderwerp: klacht geluidsoverlast nachtwerk\n"
                 ">> Vannacht weer tot 04.00 uur herrie bij de dijk. Wie kan ik hierover bellen?"),
        ("small", "Klachtnummer {{KL-2025-0318|REF}} · behandeling volgens hoofdstuk 9 {{Awb|LAW}} · "
                  "klachtencoördinator [[W. Rijnbeek]]"),
    ]))

# ------------------------------------------------------------------ ww29 keukentafelgesprek (religion)
DOCS.append(dict(
    id="ww29", producer="rl", font="libsans", size=10, title="Gespreksverslag keukentafelgesprek grondverwerving",
    meta={"author": "[[Annelies Verhoef-Brink]]"},
    blocks=[
        ("h1", "Gespreksverslag keukentafelgesprek"),
        ("table", [["Datum", "16 juli 2025, 10.00 uur"], ["Locatie", "bij betrokkene thuis, [[Waalbandijk 140|ADDRESS]], {{Dodewaard|PLACE}}"],
                   ["Aanwezig", "[[Jan Willem Brouwer]] en [[Gerdien Brouwer-Mulder]] (eigenaren); [[A. Verhoef-Brink]] "
                                "(omgevingsmanager); [[Koen Stavenuiter]] (grondverwerver, {{Kadaster}})"],
                   ["Onderwerp", "tijdelijk gebruik en aankoop strook grond voor binnenwaartse versterking"]],
         {"header": False, "labels": True, "widths": [30, 140]}),
        ("h2", "Verslag"),
        ("p", "De familie [[Brouwer]] heeft een akkerbouwbedrijf met 42 ha. Voor de {{Dijkversterking Neder-Betuwe|PROGRAM}} is "
              "een strook van 18 meter breed nodig van de percelen {{Dodewaard|PLACE}} [[C 1402|CADASTRAL]] en "
              "[[C 1403|CADASTRAL]] (samen 0,96 ha). Het waterschap biedt aankoop aan tegen de taxatiewaarde "
              "van {{Kadaster}}-taxateur, plus vergoeding van inkomensschade."),
        ("p", "De heer [[Brouwer]] geeft aan dat hij en zijn vrouw [[lid zijn van de Hersteld Hervormde Kerk|RELIGION]] "
              "en dat er op zondag niet gewerkt mag worden op of naast hun land. Ook willen zij geen werkverkeer over het erf "
              "tijdens kerkdiensten op woensdagavond. [[AVB]] zegt toe dit mee te nemen in het bestek; de combinatie "
              "werkt in de regel niet op zondag."),
        ("p", "Mevrouw [[Brouwer-Mulder]] vraagt of de boerderij, een {{rijksmonument|OTHER}}, schade kan oplopen. [[AVB]] "
              "verwijst naar de nulmeting en het schadeprotocol van het {{HWBP}}. Zij vraagt ook of de gesprekken op de "
              "{{Omgevingswet|LAW}} of de {{Onteigeningswet|LAW}} zijn gebaseerd; de grondverwerver legt uit dat onteigening "
              "sinds 2024 in hoofdstuk 11 van de {{Omgevingswet|LAW}} is geregeld en dat minnelijke verwerving voorop staat."),
        ("h2", "Afspraken"),
        ("table", [["Wat", "Wie", "Wanneer"],
                   ["Taxatierapport sturen", "[[K. Stavenuiter]] ([[k.stavenuiter@kadaster.nl|EMAIL]])", "augustus"],
                   ["Geen werkzaamheden op zondag vastleggen in bestek", "[[AVB]]", "september"],
                   ["Vervolggesprek, met adviseur van {{LTO Noord}}", "[[AVB]] / fam. [[Brouwer]]", "oktober"]],
         {"widths": [90, 55, 25]}),
        ("small", "Verslag ter controle gestuurd aan [[jwbrouwer@hetnet.nl|EMAIL]]; algemene vragen via {{dijkversterking@wsrl.nl|EMAIL}}."),
    ]))

# ------------------------------------------------------------------ ww30 verslag hoorzitting (docx, 2 pages)
DOCS.append(dict(
    id="ww30", producer="docx", docx_font="Arial", size=10, title="Verslag hoorzitting bezwaar Pastoor",
    meta={"author": "[[Annemieke Luijendijk]]"},
    running="Adviescommissie bezwaarschriften Waterschap Rivierenland - verslag hoorzitting 24 juni 2025",
    blocks=[
        ("h1", "Verslag hoorzitting"),
        ("p", "Zaak: bezwaar van de heer [[J. Pastoor]] tegen de watervergunning voor beregening (zaak {{2025-016201|REF}})\n"
              "Datum: 24 juni 2025, 14.00-15.10 uur, {{Waterschapshuis|PLACE}}, {{Tiel|PLACE}}"),
        ("p", "Commissie: mr. [[A.G. Luijendijk]] (voorzitter), [[drs. K. Moerman]], [[mr. S.E. Hol-van Dalen]]\n"
              "Secretaris: mr. [[D. Sprenkeling]]\n"
              "Bezwaarmaker: de heer [[Jeroen Pastoor]], bijgestaan door de heer [[H. van Ooijen]] ({{LTO Noord}})\n"
              "Verweerder: de heer [[T. Ravensbergen]] en mevrouw [[M. van der Zwaan]]"),
        ("h2", "Standpunt bezwaarmaker"),
        ("p", "De heer [[Pastoor]] licht toe dat hij het bedrijf in 2023 van zijn vader heeft overgenomen. De boomgaard "
              "van 11 ha aan de Achterweg kan in droge zomers niet zonder beregening; nachtvorstberegening "
              "in het voorjaar is onmisbaar. Het stoppen bij een grondwaterstand van NAP -0,40 m zou in 2022 en 2025 "
              "een oogstverlies van 30% hebben betekend. De heer [[Van Ooijen]] wijst op de regeling in het beheergebied "
              "van {{Waterschap Vallei en Veluwe}} en {{Waterschap Aa en Maas}}, waar een staffel geldt."),
        ("p", "De heer [[Pastoor]] vertelt dat de zorg voor zijn vader, die [[sinds een beroerte halfzijdig "
              "verlamd is en in verpleeghuis De Lingehof woont|HEALTH]], veel van zijn tijd vraagt; daarom heeft hij de "
              "melding laat gedaan."),
        ("h2", "Standpunt verweerder"),
        ("p", "De heer [[Ravensbergen]] legt uit dat de peilbuis {{B39A0112|REF}} deel uitmaakt van het meetnet van de "
              "provincie {{Gelderland|PLACE}} en representatief is voor de kwel naar de {{Linge|PLACE}}. De grenswaarde is "
              "afgeleid uit het {{Waterbeheerprogramma 2022-2027|PROGRAM}} en het {{Natura 2000|PROGRAM}}-beheerplan. "
              "Mevrouw [[Van der Zwaan]] voegt toe dat een staffel juridisch mogelijk is, maar een wijziging van de "
              "{{Beleidsregel grondwateronttrekkingen 2024|LAW}} vraagt."),
        ("pb",),
        ("h2", "Vragen van de commissie"),
        ("p", "[[Moerman]] vraagt hoeveel andere fruittelers in de {{Tielerwaard|PLACE}} een vergelijkbaar voorschrift "
              "hebben. [[Ravensbergen]]: 14 vergunningen, waarvan 3 in bezwaar. [[Hol-van Dalen]] vraagt of "
              "nachtvorstberegening is uitgezonderd. Verweerder antwoordt bevestigend (voorschrift 7)."),
        ("h2", "Afsluiting"),
        ("p", "De voorzitter sluit de hoorzitting. De commissie brengt binnen zes weken advies uit aan het "
              "{{dagelijks bestuur}}. Het verslag is toegezonden aan partijen; opmerkingen binnen een week aan "
              "{{bezwaar@wsrl.nl|EMAIL}}."),
        ("p", "Verslag: [[DS]] / geparafeerd [[AGL]]"),
    ]))

# ------------------------------------------------------------------ ww31 projectplan excerpt: grondeigenaren (2 pages)
DOCS.append(dict(
    id="ww31", producer="rl", font="libserif", size=10, title="Projectbesluit Dijkversterking Neder-Betuwe bijlage 4",
    meta={"author": "[[Pieter de Gooijer]]", "subject": "Projectbesluit bijlage 4 grondeigenaren"},
    hidden={"outline": [("Bijlage 4 Grondeigenaren", 0), ("4.2 Contactpersonen ([[A. Verhoef-Brink]])", 1)]},
    blocks=[
        ("h1", "Projectbesluit {{Dijkversterking Neder-Betuwe|PROGRAM}} – bijlage 4"),
        ("p", "Op grond van afdeling 5.2 van de {{Omgevingswet|LAW}} stelt het {{Algemeen Bestuur}} van {{Waterschap Rivierenland}} "
              "een projectbesluit vast voor de versterking van de primaire waterkering tussen {{Dodewaard|PLACE}} en "
              "{{Opheusden|PLACE}} (dijktraject 43-4). Deze bijlage bevat de percelen die geheel of gedeeltelijk nodig "
              "zijn. Het {{Ministerie van Infrastructuur en Waterstaat}} draagt via het {{HWBP}} 90% van de kosten."),
        ("h2", "4.1 Percelen en rechthebbenden"),
        ("table", [["Kadastrale aanduiding", "Rechthebbende", "Oppervlakte nodig", "Wijze"],
                   ["{{Dodewaard|PLACE}} [[C 1402|CADASTRAL]]", "[[J.W. Brouwer]] en [[G. Brouwer-Mulder]]", "0,52 ha", "aankoop"],
                   ["{{Dodewaard|PLACE}} [[C 1403|CADASTRAL]]", "[[J.W. Brouwer]] en [[G. Brouwer-Mulder]]", "0,44 ha", "aankoop"],
                   ["{{Dodewaard|PLACE}} C 988", "{{Staatsbosbeheer}}", "1,20 ha", "zakelijk recht"],
                   ["{{Dodewaard|PLACE}} C 1120", "{{Gemeente Neder-Betuwe}}", "0,08 ha", "in gebruik geven"],
                   ["{{Opheusden|PLACE}} E 2291", "{{Rijkswaterstaat}} (uiterwaard)", "2,05 ha", "beheerovereenkomst"],
                   ["{{Opheusden|PLACE}} [[E 2410|CADASTRAL]]", "[[A.P.M. Theunissen]]", "0,17 ha", "tijdelijk gebruik"],
                   ["{{Opheusden|PLACE}} [[E 2412|CADASTRAL]]", "[[Boomkwekerij Theunissen-Peters|ORG_PERSON]]", "0,31 ha", "aankoop"],
                   ["{{Opheusden|PLACE}} [[E 2455|CADASTRAL]]", "[[erven H. van der Linden]]", "0,22 ha", "aankoop"],
                   ["{{Opheusden|PLACE}} E 2501", "{{Vitens}} (leidingstrook)", "0,03 ha", "zakelijk recht"],
                   ["{{Opheusden|PLACE}} [[E 2530|CADASTRAL]]", "[[M.J. de Kruijf-Aalbers]]", "0,11 ha", "tijdelijk gebruik"]],
         {"widths": [40, 62, 30, 38]}),
        ("p", "Bij rechthebbenden die natuurlijke personen zijn, is in de openbare versie alleen de kadastrale gemeente "
              "vermeld. De toelichting bij de {{Kadaster}}-gegevens staat in het {{Basisregistratie Kadaster|PROGRAM}}-uittreksel "
              "van 1 juli 2025 (niet openbaar)."),
        ("pb",),
        ("h2", "4.2 Contactpersonen"),
        ("p", "Grondeigenaren met vragen kunnen terecht bij het projectteam via {{dijkversterking@wsrl.nl|EMAIL}} of "
              "{{(0345) 639 111|PHONE}}. Voor persoonlijke gesprekken:"),
        ("table", [["Naam", "Rol", "Telefoon", "E-mail"],
                   ["[[Annelies Verhoef-Brink]]", "omgevingsmanager", "[[06-30 04 72 81|PHONE]]", "[[a.verhoefbrink@wsrl.nl|EMAIL]]"],
                   ["[[Koen Stavenuiter]]", "grondverwerver ({{Kadaster}})", "[[06-52 18 33 90|PHONE]]", "[[k.stavenuiter@kadaster.nl|EMAIL]]"],
                   ["[[Pieter de Gooijer]]", "projectmanager", "[[06-53 39 07 14|PHONE]]", "[[p.degooijer@wsrl.nl|EMAIL]]"]],
         {"widths": [40, 45, 30, 55]}),
        ("h2", "4.3 Procedure"),
        ("p", "Het ontwerp-projectbesluit ligt van 1 september tot en met 13 oktober 2025 ter inzage in het "
              "{{Waterschapshuis|PLACE}} in {{Tiel|PLACE}}, in het gemeentehuis van {{Neder-Betuwe|PLACE}} aan de "
              "{{Burgemeester Lodderstraat|STREET}} in {{Dodewaard|PLACE}} en op {{www.officielebekendmakingen.nl|URL}}. "
              "Gedeputeerde Staten van {{Gelderland|PLACE}} zijn goedkeurend orgaan (artikel 5.53 {{Omgevingswet|LAW}})."),
    ]))

# ------------------------------------------------------------------ ww32 Woo-besluit (letter) with motivation
DOCS.append(dict(
    id="ww32", producer="rl", font="helv", size=9.5, title="Besluit op Woo-verzoek 2025-0044",
    meta={"author": "[[Joost van 't Riet]]"},
    blocks=[
        letterhead("mr. [[L.M. Dijkhuizen]]\n{{Dijkhuizen & Blom Advocaten}}\n{{Stationsweg|STREET}} 41\n4001 LL {{Tiel|PLACE}}"),
        ("table", [["Datum", "14 juli 2025"], ["Kenmerk", "{{WOO-2025-0044|REF}}"], ["Contact", "{{woo@wsrl.nl|EMAIL}}"]],
         {"header": False, "labels": True, "widths": [30, 130]}),
        ("p", "Onderwerp: besluit op uw verzoek op grond van de {{Wet open overheid|LAW}}"),
        ("p", "Geachte mevrouw [[Dijkhuizen]],"),
        ("p", "U heeft op 12 mei 2025 namens uw cliënt verzocht om openbaarmaking van documenten over de handhaving "
              "op het perceel aan de {{Lingedijk|PLACE}} in {{Geldermalsen|PLACE}}. Wij hebben elf documenten gevonden. "
              "De inventarislijst is bijgevoegd."),
        ("h2", "Besluit"),
        ("p", "Wij maken de documenten 4, 8 en 9 openbaar, documenten 1 tot en met 3, 5 tot en met 7 en 10 deels "
              "openbaar, en document 11 niet. Omdat de documenten de persoonlijke levenssfeer van uw cliënt en diens "
              "familie raken, publiceren wij dit besluit niet op {{open.overheid.nl|URL}}; u ontvangt de documenten "
              "uitsluitend persoonlijk."),
        ("h2", "Informatie die niet openbaar gemaakt kan worden"),
        ("p", "Namen, e-mailadressen, telefoonnummers en handtekeningen van medewerkers van het waterschap die niet in de "
              "openbaarheid treden, en gegevens van derden."),
        ("h2", "Motivering"),
        ("p", "In de openbaar gemaakte versie van deze documenten zijn alle persoonsgegevens van ambtenaren en derden "
              "geanonimiseerd (artikel 5.1, tweede lid, onder e, {{Woo|LAW}}). Gegevens over gezondheid en strafrechtelijke "
              "gegevens zijn geweigerd op grond van artikel 5.1, eerste lid, onder d. Persoonlijke beleidsopvattingen in "
              "document 6 zijn niet openbaar gemaakt (artikel 5.2, eerste lid). De namen van de dijkgraaf en de heemraden "
              "zijn openbaar; zij treden in hun functie naar buiten."),
        ("p", "Met vriendelijke groet,\nnamens het dagelijks bestuur,"),
        ("sig", "J. van t Riet"),
        ("p", "[[J. van 't Riet]]\n{{Woo-coördinator|FUNCTION}}"),
        ("small", "Bezwaar binnen zes weken bij het dagelijks bestuur, Postbus 599, 4000 AN {{Tiel|PLACE}}."),
    ]))

# ------------------------------------------------------------------ ww33 handwritten margin note on a print (scan, 1 page)
DOCS.append(dict(
    id="ww33", producer="scan", font="libsans", size=10.5, title="Afdruk mail met handgeschreven aantekening (scan)",
    blocks=[
        ("mono", "Van: [[Ruud Oosterlee]] <[[r.oosterlee@wsrl.nl|EMAIL]]>\nVerzonden: maandag 30 juni 2025 17:05\n"
                 "Aan: heemraad Nijenhuis <h.nijenhuis@wsrl.nl>\nOnderwerp: notitie Verwoerd voor DB"),
        ("p", "Beste heer Nijenhuis,"),
        ("p", "Bijgaand de notitie over de demping aan de Lingedijk. Mevrouw [[El Khayari]] heeft het voornemen "
              "klaarstaan. Ik wijs u op de gezondheidssituatie van de heer [[Verwoerd]] ([[ziekenhuisopname|HEALTH]]); "
              "de zoon [[Bart Verwoerd]] lijkt de feitelijke dader. Toezichthouder [[Schoonderwoerd]] gaat per 7 juli "
              "naar HHNK; [[Lisanne Hoekman]] neemt het dossier over ([[06-47 72 10 38|PHONE]])."),
        ("p", "Met vriendelijke groet,\n[[Ruud Oosterlee]]\nteamleider Toezicht en Handhaving"),
        ("sp", 8),
        ("hand", "Akkoord, bespreken in DB. Bel [[Ruud]] nog even. - [[HN]] 1/7"),
    ]))
