"""Set RM, documents rm23-rm33: beslisnota, council questions, press release, scans, hearing, memo with
sticky notes, project roster, Woo decision and inventory."""
from lib import Doc

DOCS = []

# ------------------------------------------------------------------------------------------- rm23
DOCS.append(Doc("rm23", "Beslisnota handhaving Oosthaven 41", font="cond",
    producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
    meta_author="pverkerk", hidden=[("metadata", "USERNAME", "pverkerk")], blocks=[
    ("h", "Beslisnota college van B&W"),
    ("kv", [("Aan", "college van burgemeester en wethouders; portefeuillehouder {{o:wethouder Vreugdenhil}}"),
            ("Van", "[[Peter-Paul Verkerk]], {{f:teamleider Erfgoed en Toezicht}}"),
            ("Contactpersoon", "[[Annelies Brouwer-Kempenaar]], [[t:0182-588 419]], [[e:a.brouwerkempenaar@gouda.nl]]"),
            ("Datum", "3 februari 2026"), ("Kenmerk", "{{r:BN-2026-0112}}"),
            ("Onderwerp", "last onder dwangsom {{a:Oosthaven 41}} ({{r:rijksmonument 17923}})"),
            ("Kopie aan", "[[M. van Dijk]] (vergunningen), [[mr. F.J. Landwehr]] (juridische zaken)")]),
    ("h", "Aanleiding"),
    ("p", "Op 8 januari 2026 is vastgesteld dat in het rijksmonument {{a:Oosthaven 41}} zonder vergunning een "
          "bedstedenwand en een stucplafond zijn gesloopt. De werkzaamheden zijn stilgelegd. De eigenaar heeft "
          "via zijn advocaat een zienswijze ingediend op het voornemen tot handhaving."),
    ("h", "Geadviseerd besluit"),
    ("p", "Aan het college wordt gevraagd: 1. een last onder dwangsom op te leggen met een hersteltermijn van "
          "26 weken en een dwangsom van {{g:EUR 5.000}} per week (maximaal {{g:EUR 75.000}}); 2. de zienswijze "
          "niet te volgen; 3. de {{Stichting Erfgoedwacht Gouda}} te informeren over het besluit."),
    ("h", "Kern"),
    ("p", "Herstel is technisch mogelijk, omdat de onderdelen zijn geborgen. De {{RCE}} heeft bij brief van "
          "22 januari 2026 (kenmerk {{r:RCE-2026/100812}}) laten weten handhaving te steunen. Een langere "
          "termijn vanwege de wachttijd van de stucadoor kan bij een begunstigingstermijn-verzoek later worden "
          "bezien."),
    ("h", "Krachtenveld"),
    ("p", "De buren ([[Verdonk]]) en de Erfgoedwacht hebben bezwaar gemaakt tegen de vergunning en dringen aan "
          "op handhaving. {{o:Raadslid Bloem}} ({{GroenLinks}}) heeft schriftelijke vragen gesteld. De lokale pers "
          "({{b:Goudsche Courant}}) heeft gebeld met [[Thijs]] van communicatie; hij verwijst naar het persbericht."),
    ("pb",),
    ("h", "Financiële en juridische aspecten"),
    ("p", "Geen kosten voor de gemeente, behoudens ambtelijke inzet. Procesrisico: gering. Vergelijkbare zaak: "
          "{{r:ECLI:NL:RVS:2022:3159}}."),
    ("h", "Paraaf"),
    ("t", [["Naam", "Functie", "Paraaf", "Datum"],
           ["[[A. Brouwer-Kempenaar]]", "juridisch adviseur", "[[c:ABK]]", "03-02-2026"],
           ["[[P.P. Verkerk]]", "teamleider", "[[c:PPV]]", "03-02-2026"],
           ["[[drs. K. Oomen-Sahin]]", "afdelingsmanager Ruimte", "[[c:KOS]]", "04-02-2026"],
           ["{{o:R. Vreugdenhil}}", "{{f:wethouder}}", "akkoord", "05-02-2026"]], [50, 50, 25, 30]),
    ("h", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "[in te vullen bij openbaarmaking]"),
    ("h", "Bijlagen"),
    ("p", "1. Rapport van bevindingen {{r:Z-2026-000391}}; 2. zienswijze {{Van Eck & Dubois Advocaten}}; "
          "3. conceptbesluit."),
]))

# ------------------------------------------------------------------------------------------- rm24
DOCS.append(Doc("rm24", "Schriftelijke vragen en antwoorden raadslid Bloem", font="sans",
    producer="iBabs / Aspose.Words for .NET 24.1", creator="iBabs", blocks=[
    ("h", "Schriftelijke vragen ex artikel 41 Reglement van orde"),
    ("kv", [("Van", "{{o:raadslid Sietske Bloem}} ({{GroenLinks}})"), ("Datum ingekomen", "28 januari 2026"),
            ("Registratienummer", "{{r:RV-2026-009}}"), ("Onderwerp", "illegale sloop rijksmonument {{a:Oosthaven 41}}")]),
    ("p", "Via de {{b:Goudsche Courant}} vernam ik dat in een rijksmonument aan de {{l:Oosthaven}} zonder "
          "vergunning een bedstedenwand en een stucplafond zijn gesloopt. Ik heb de volgende vragen:"),
    ("p", "1. Hoe vaak is in de afgelopen vijf jaar in {{l:Gouda}} zonder vergunning gesloopt in een rijks- of "
          "gemeentelijk monument? 2. Welke handhavingsmaatregelen heeft het college genomen? 3. Is het college "
          "bereid het toezicht op monumenten te versterken, bijvoorbeeld door periodieke controles samen met "
          "{{Monumentenwacht Zuid-Holland}}?"),
    ("h", "Antwoorden van het college"),
    ("p", "Ad 1. Sinds 2021 zijn vier gevallen van sloop zonder vergunning in monumenten geconstateerd; in drie "
          "gevallen ging het om een gemeentelijk monument. Ad 2. In alle gevallen is het werk stilgelegd. In het "
          "geval {{a:Oosthaven 41}} bereidt het college een last onder dwangsom voor. Wij treden niet in "
          "persoonlijke omstandigheden van de eigenaar."),
    ("p", "Ad 3. Het college neemt de suggestie over. {{o:Wethouder Vreugdenhil}} gaat in gesprek met "
          "{{Monumentenwacht Zuid-Holland}} en de {{Rijksdienst voor het Cultureel Erfgoed}}. In het "
          "{{p:Uitvoeringsprogramma VTH 2026}} is extra capaciteit opgenomen voor toezicht op monumenten."),
    ("h", "Aanvullende vraag raadslid Oosterwijk"),
    ("p", "{{o:Raadslid Harm Oosterwijk}} ({{CDA}}) vroeg in de commissie Ruimte van 11 februari of de "
          "archeologische vondst aan de {{a:Turfmarkt 88}} gevolgen heeft voor de planning van de woningen. "
          "{{o:Wethouder Amrani}} antwoordde dat de liftschacht wordt verplaatst en de oplevering met ongeveer "
          "vier weken vertraagt."),
    ("p", "Vastgesteld in de collegevergadering van 17 februari 2026."),
    ("p", "De secretaris, {{o:drs. H.M. Quist}} | De burgemeester, {{o:A.C. Ravestein}}"),
    ("s", "Ambtelijke voorbereiding: [[Marloes van Dijk]] en [[Thijs Mol]] (communicatie); collegevoorstel "
          "{{r:CV-2026-044}}. Vragen: [[t:0182 58 84 17]]."),
], extra_keep=[("PUBLIC_OFFICIAL", "Sietske Bloem"), ("PUBLIC_OFFICIAL", "Harm Oosterwijk")]))

# ------------------------------------------------------------------------------------------- rm25
DOCS.append(Doc("rm25", "Persbericht archeologische vondst Turfmarkt", font="helv",
    producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
    meta_author="Thijs Mol", xmp_creator="Mol, Thijs (Communicatie)",
    hidden=[("metadata", "PERSON", "Thijs Mol"), ("metadata", "PERSON", "Mol, Thijs")],
    blocks=[
    ("h", "PERSBERICHT"),
    ("p", "Gouda, 13 februari 2026"),
    ("h", "Zestiende-eeuwse waterput en graven gevonden onder kerk aan de Turfmarkt"),
    ("p", "Bij de verbouwing van de voormalige Remonstrantse kerk aan de {{a:Turfmarkt 88}} zijn een gemetselde "
          "waterput en drie graven gevonden. De vondsten dateren waarschijnlijk uit de 16e eeuw, toen hier een "
          "klooster stond. 'Dit is een prachtig stukje Gouds verleden dat letterlijk boven water komt,' zegt "
          "{{o:wethouder Rutger Vreugdenhil}} (Erfgoed)."),
    ("p", "{{Archeologie West-Nederland B.V.}} onderzoekt de vindplaats in opdracht van ontwikkelaar "
          "{{Kerkzicht Ontwikkeling B.V.}}. De waterput blijft op zijn plek bewaard; de liftschacht van het nieuwe "
          "appartementencomplex wordt verplaatst. De menselijke resten worden met respect geborgen en "
          "onderzocht. De vondst is gemeld bij de {{Rijksdienst voor het Cultureel Erfgoed}}."),
    ("p", "Op zaterdag 7 maart is er van 10.00 tot 13.00 uur een open dag in de kerk, in samenwerking met "
          "{{Museum Gouda}} en de {{Historische Vereniging Die Goude}}. Aanmelden is niet nodig."),
    ("h", "Noot voor de redactie"),
    ("p", "Voor meer informatie: {{f:woordvoerder}} {{o:Dagmar Pauwels}}, telefoon {{n:14 0182}} of "
          "{{m:pers@gouda.nl}}. Beeldmateriaal is te downloaden via de persmap op {{t:gouda.nl/pers}}."),
    ("s", "Foto bij dit bericht: [[Lieke Zandbergen]] / {{Archeologie West-Nederland B.V.}}"),
    ("s", "{{gemeente Gouda}} | {{a:Markt 1}} | {{l:Gouda}}"),
], extra_keep=[("PUBLIC_OFFICIAL", "Rutger Vreugdenhil")]))

# ------------------------------------------------------------------------------------------- rm26 (scan)
DOCS.append(Doc("rm26", "Brief omwonende Turfmarkt (scan)", scan=True, scan_seed=26, scan_angle=0.7,
    producer="Canon iR-ADV C5840 PDF", creator="Canon iR-ADV C5840",
    stamp="Ingekomen {{d:23-02-2026}} | {{r:Z-2026-002205}} | {{gemeente Gouda}} - DIV | scan 1/1",
    blocks=[
    ("p", "Aan de gemeente Gouda, afdeling Monumenten"),
    ("p", "Gouda, 20 februari 2026"),
    ("sp", 10),
    ("p", "Geachte heer of mevrouw,"),
    ("p", "Ik woon al 52 jaar naast de kerk aan de Turfmarkt. Sinds januari wordt er gebouwd en nu las ik in de "
          "krant dat er graven zijn gevonden. Mijn buurvrouw, mevrouw [[Kortekaas]], heeft het ook gezien. Mijn grootouders hebben mij altijd verteld dat daar een kerkhof "
          "lag. Ik vind het niet netjes dat er met een graafmachine in wordt gegraven."),
    ("p", "Verder heb ik last van het lawaai. Vanwege mijn [[h:hartfalen]] moet ik veel rusten en dat lukt niet "
          "met het geboor vanaf zeven uur. Mijn huisarts, dokter [[Verhulst]], kan dat bevestigen."),
    ("p", "Kunt u mij laten weten wat er met de botten gebeurt? U kunt mij bellen op [[t:0182-514 386]]."),
    ("sp", 8),
    ("p", "Met vriendelijke groet,"),
    ("sig",),
    ("hand", "[[Gerda Blankenstijn-Ooms]]"),
    ("hand", "[[a:Turfmarkt 90]]"),
    ("sp", 20),
    ("hand", "PS mijn zoon [[Robert]] helpt mij met de post, zijn mail is [[e:rob.blankenstijn@ziggo.nl]]"),
]))

# ------------------------------------------------------------------------------------------- rm27 (scan)
DOCS.append(Doc("rm27", "Presentielijst hoorzitting bezwaarcommissie (scan)", scan=True, scan_seed=27,
    scan_angle=-0.5, producer="KONICA MINOLTA bizhub C360i", creator="bizhub C360i",
    stamp="Bezwaarcommissie {{gemeente Gouda}} | hoorzitting {{d:21-04-2026}} | {{r:BZ-2026-031}}",
    blocks=[
    ("h", "PRESENTIELIJST HOORZITTING"),
    ("p", "Bezwaarcommissie gemeente Gouda - 21 april 2026, 14.00 uur - zaal 1.14 Stadhuis"),
    ("p", "Zaak: BZ-2026-031 en BZ-2026-032, omgevingsvergunning Oosthaven 41"),
    ("sp", 10),
    ("t", [["Naam", "Namens", "Handtekening"],
           ["[[R.A.M. Tielemans]]", "voorzitter", ""],
           ["[[D. Achterberg]]", "lid", ""],
           ["[[Y. Smits-Boerman]]", "secretaris", ""],
           ["[[Kees Verdonk]]", "bezwaarde", ""],
           ["[[Maarten Sluijter]]", "Erfgoedwacht", ""],
           ["[[Anke Ruygrok-de Bruin]]", "Erfgoedwacht", ""],
           ["[[Marloes van Dijk]]", "gemeente", ""]], [70, 55, 40], True),
    ("sig",),
    ("p", "Opmerking secretaris: mevrouw Verdonk-Zijlstra afwezig wegens ziekte."),
], extra_redact=[]))

# ------------------------------------------------------------------------------------------- rm28 (scan)
DOCS.append(Doc("rm28", "Notitie RCE met handgeschreven aantekening (scan)", scan=True, scan_seed=28,
    scan_angle=0.9, producer="Xerox WorkCentre 7855 / PDF", creator="Xerox",
    stamp="RCE-archief | {{r:RCE-2026/100812}} | gescand {{d:26-01-2026}}",
    blocks=[
    ("h", "NOTITIE"),
    ("m", "Aan:      Gemeente Gouda, team Erfgoed\n"
          "Van:      [[H. Rutgers]], adviseur erfgoed\n"
          "Datum:    22 januari 2026\n"
          "Kenmerk:  RCE-2026/100812\n"
          "Betreft:  handhaving Oosthaven 41"),
    ("p", "De Rijksdienst voor het Cultureel Erfgoed ondersteunt het voornemen tot handhaving. Herstel van de "
          "bedstedenwand met de geborgen onderdelen is goed mogelijk. Voor het stucplafond adviseren wij een "
          "restauratiestucadoor met ERM-erkenning. Wij vragen de gemeente het herstelplan aan ons voor te leggen."),
    ("p", "Tevens wijzen wij op de mogelijkheid van een melding bij de Inspectie Overheidsinformatie en Erfgoed."),
    ("sp", 14),
    ("hand", "Marloes - graag ook naar Annelies (juridisch). Bel mij op 06 5012 3388 als er vragen zijn. Hanneke"),
    ("sig",),
]))
DOCS[-1].blocks[5] = ("hand", "[[Marloes]] - graag ook naar [[Annelies]] (juridisch). Bel mij op "
                              "[[t:06 5012 3388]] als er vragen zijn. [[Hanneke]]")

# ------------------------------------------------------------------------------------------- rm29
DOCS.append(Doc("rm29", "Verslag hoorzitting bezwaarcommissie", font="serif",
    producer="Microsoft® Word 2016", creator="Microsoft® Word 2016", meta_author="Yvonne Smits-Boerman",
    outline=[("Verslag hoorzitting 21 april 2026", 0), ("Standpunt bezwaarden (Verdonk)", 0),
             ("Standpunt gemeente - Marloes v. Dijk", 1), ("Notities voorzitter Tielemans", 1)],
    hidden=[("outline", "PERSON", "Marloes v. Dijk")], extra_redact=[("PERSON", "Tielemans")],
    blocks=[
    ("h", "Verslag hoorzitting bezwaarcommissie gemeente Gouda"),
    ("kv", [("Datum", "21 april 2026, 14.00 - 15.40 uur"), ("Zaken", "{{r:BZ-2026-031}} (Verdonk) en {{r:BZ-2026-032}} "
             "({{Stichting Erfgoedwacht Gouda}})"),
            ("Commissie", "[[mr. R.A.M. Tielemans]] (voorzitter), [[mr. D. Achterberg]] (lid)"),
            ("Secretaris", "[[Yvonne Smits-Boerman]]"),
            ("Bezwaarden", "de heer [[C.J. Verdonk]]; namens de stichting de heer [[dr. M.H. Sluijter]]"),
            ("Verweerder", "[[M. van Dijk]] en [[A. Brouwer-Kempenaar]], {{gemeente Gouda}}"),
            ("Vergunninghouder", "niet verschenen; schriftelijke reactie van {{Van Eck & Dubois Advocaten}}")]),
    ("h", "Standpunt bezwaarden"),
    ("p", "De heer [[Verdonk]] licht het bezwaarschrift toe. Hij benadrukt dat de scheuren in de gemeenschappelijke "
          "muur nog niet zijn hersteld. Zijn echtgenote kon vanwege haar gezondheid niet aanwezig zijn. De "
          "voorzitter wijst erop dat schade aan de muur een civielrechtelijke kwestie is."),
    ("p", "De heer [[Sluijter]] stelt dat de vergunning ten onrechte de voorwaarde van de "
          "{{t:monumentencommissie}} over de bedstedenwand mist. Hij verwijst naar het advies van de "
          "{{Rijksdienst voor het Cultureel Erfgoed}}. Desgevraagd erkent hij dat de wand inmiddels via de last "
          "onder dwangsom moet worden hersteld."),
    ("pb",),
    ("h", "Standpunt gemeente"),
    ("p", "Mevrouw [[Van Dijk]] erkent dat de voorwaarde per abuis niet in de vergunning is opgenomen. Het college "
          "zal dit in de beslissing op bezwaar herstellen. Mevrouw [[Brouwer-Kempenaar]] licht de stand van de "
          "handhaving toe: de last onder dwangsom is op 12 februari 2026 opgelegd; de eigenaar heeft een "
          "herstelplan aangekondigd."),
    ("h", "Vragen van de commissie"),
    ("p", "Lid [[Achterberg]] vraagt of de {{RCE}} het herstelplan zal toetsen. Mevrouw [[Van Dijk]]: ja, "
          "conform de notitie van 22 januari 2026. De voorzitter sluit de hoorzitting om 15.40 uur."),
    ("h", "Vervolg"),
    ("p", "De commissie brengt binnen zes weken advies uit aan het college. Concept-advies: bezwaren "
          "gegrond voor zover het de voorwaarde bedstedenwand betreft, vergunning aanvullen met een voorschrift."),
    ("s", "Verslag: [[Y. Smits-Boerman]], secretaris bezwaarcommissie, [[e:y.smitsboerman@gouda.nl]], "
          "[[t:0182 - 588 277]]."),
]))

# ------------------------------------------------------------------------------------------- rm30
DOCS.append(Doc("rm30", "Memo herstelplan Oosthaven 41 (concept met opmerkingen)", font="sans",
    producer="Adobe Acrobat Pro (64-bit) 24.1.20643", creator="Microsoft® Word voor Microsoft 365",
    meta_author="Marloes van Dijk",
    notes=[("Annelies Brouwer-Kempenaar", "Termijn van 26 weken laten staan? Advocaat [[De Wijs]] gaat hierop in beroep, denk ik."),
           ("Hanneke Rutgers (RCE)", "Stucadoor: vraag naar Jeroen Blommestein, hij heeft het plafond in Delft gedaan. 06-14 70 22 98"),
           ("Joost ter Horst", "Eigenaar was vorige week weer in het pand, zonder melding. Foto's op de G-schijf.")],
    hidden=[("annotations", "PERSON", "Annelies Brouwer-Kempenaar"), ("annotations", "PERSON", "De Wijs"),
            ("annotations", "PERSON", "Hanneke Rutgers"), ("annotations", "PERSON", "Jeroen Blommestein"),
            ("annotations", "PHONE", "06-14 70 22 98"), ("annotations", "PERSON", "Joost ter Horst"),
            ("metadata", "PERSON", "Marloes van Dijk")],
    blocks=[
    ("h", "Memo"),
    ("kv", [("Aan", "{{o:wethouder Vreugdenhil}}"), ("Van", "team Erfgoed en Toezicht"),
            ("Datum", "9 juni 2026"), ("Kenmerk", "{{r:Z-2026-000391}}"),
            ("Onderwerp", "beoordeling herstelplan {{a:Oosthaven 41}}")]),
    ("p", "Op 2 juni 2026 heeft de eigenaar van {{a:Oosthaven 41}} een herstelplan ingediend voor de "
          "bedstedenwand en het stucplafond. Het plan is opgesteld door een restauratiearchitect en beoordeeld "
          "door het team en de {{Rijksdienst voor het Cultureel Erfgoed}}."),
    ("h", "Beoordeling"),
    ("p", "Bedstedenwand: 85% van de oorspronkelijke delen is bruikbaar. Ontbrekende delen worden aangevuld met "
          "oud eikenhout; nieuwe delen worden gemerkt. Dit voldoet aan de {{p:Uitvoeringsrichtlijnen Restauratie}}."),
    ("p", "Stucplafond: het plan voorziet in reconstructie van het ornamentwerk op basis van foto's en "
          "afgietsels van de geborgen fragmenten. De {{RCE}} vraagt een proefvlak voordat het hele plafond wordt "
          "uitgevoerd. De uitvoering start naar verwachting in september."),
    ("h", "Advies"),
    ("p", "Het herstelplan goedkeuren onder voorwaarde van een proefvlak. Invordering van dwangsommen is niet "
          "aan de orde zolang de planning wordt gehaald; de begunstigingstermijn loopt tot 13 augustus 2026. "
          "Een verzoek om verlenging ligt in de rede gezien de wachttijd van de stucadoor."),
    ("s", "Concept - interne opmerkingen als notities in dit document."),
]))
# notes text contains no mark-up
DOCS[-1].notes = [(a, t.replace("[[", "").replace("]]", "")) for a, t in DOCS[-1].notes]

# ------------------------------------------------------------------------------------------- rm31
DOCS.append(Doc("rm31", "Projectteam en bereikbaarheid Oosthaven en Turfmarkt", font="cond",
    producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365",
    xmp_creator="Kirsten Oomen-Sahin", meta_author="Oomen-Sahin, K.",
    hidden=[("metadata", "PERSON", "Kirsten Oomen-Sahin"), ("metadata", "PERSON", "Oomen-Sahin, K.")],
    blocks=[
    ("h", "Projectteam monumenten 2026 - bereikbaarheid (intern)"),
    ("s", "Versie 4, 2 maart 2026 | niet verspreiden buiten de organisatie | algemeen nummer {{n:14 0182}}"),
    ("t", [["Naam", "Functie", "Pers.nr.", "Telefoon", "E-mail"],
           ["[[Verkerk, P.P.]]", "{{f:teamleider Erfgoed en Toezicht}}", "[[x:108342]]", "[[t:06-51 90 44 12]]", "[[e:pp.verkerk@gouda.nl]]"],
           ["[[Dijk, M. van]]", "{{f:vergunningverlener erfgoed}}", "[[x:110987]]", "[[t:06-41 27 93 05]]", "[[e:m.vandijk@gouda.nl]]"],
           ["[[Horst, J. ter]]", "{{f:toezichthouder bouwen en monumenten}}", "[[x:104415]]", "[[t:06 28 51 74 90]]", "[[e:j.terhorst@gouda.nl]]"],
           ["[[Amrani, Y.]]", "toezichthouder", "[[x:112630]]", "[[t:06 39 07 55 21]]", "[[e:y.amrani@gouda.nl]]"],
           ["[[Brouwer-Kempenaar]], A.", "juridisch adviseur", "[[x:099871]]", "[[t:0182-588 419]]", "[[e:a.brouwerkempenaar@gouda.nl]]"],
           ["[[Ruijter, G.A. de]]", "gemeentelijk archeoloog", "[[x:101209]]", "[[t:+31 6 1953 8842]]", "[[e:g.deruijter@gouda.nl]]"],
           ["[[Idrissi, F. el]]", "secretaris monumentencommissie", "[[x:113054]]", "[[t:0182-588 356]]", "[[e:f.elidrissi@gouda.nl]]"],
           ["[[Oudejans, S.]]", "Woo-coördinator", "[[x:107766]]", "[[t:0182-588 302]]", "{{m:woo@gouda.nl}}"],
           ["[[Mol, T.]]", "communicatieadviseur", "[[x:114201]]", "[[t:06-30 18 27 64]]", "[[e:t.mol@gouda.nl]]"],
           ["{{o:Pauwels, D.}}", "{{f:woordvoerder}} college", "-", "{{n:14 0182}}", "{{m:pers@gouda.nl}}"]],
     [32, 38, 15, 27, 54]),
    ("h", "Externe contacten"),
    ("t", [["Organisatie", "Contact", "Telefoon"],
           ["{{Rijksdienst voor het Cultureel Erfgoed}}", "[[H. Rutgers]] (adviseur), [[W. van 't Hof]] (archeologie)", "{{n:033 421 74 21}}"],
           ["{{Monumentenwacht Zuid-Holland}}", "[[J. Koppelaar]]", "[[t:06-44 12 86 30]]"],
           ["{{Restauratiebouw Gebr. Van Swieten B.V.}}", "[[S. Roodenburg]]", "[[t:0182 - 30 20 17]]"],
           ["{{Archeologie West-Nederland B.V.}}", "[[L. Zandbergen]]", "{{n:071 - 514 00 00}}"]], [60, 70, 35]),
    ("s", "Bij calamiteiten buiten kantoortijd: piketnummer toezicht [[t:06-20 00 41 82]] (wisselende medewerker)."),
]))

# ------------------------------------------------------------------------------------------- rm32
DOCS.append(Doc("rm32", "Besluit op Woo-verzoek Woo-2026-0147", font="sans",
    producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
    meta_author="Sanne Oudejans", blocks=[
    ("s", "{{gemeente Gouda}} | {{l:Stadhuis}}, {{a:Markt 1}} | Postbus 1086, 2800 BB Gouda | {{n:14 0182}}"),
    ("p", "De heer [[S. Rademaker]], [[a:Graaf Florisweg 12]], [[a:2805 AJ]] Gouda"),
    ("kv", [("Datum", "6 mei 2026"), ("Kenmerk", "{{r:Woo-2026-0147}}"), ("Zaaknummer", "{{r:Z-2026-004417}}"),
            ("Contactpersoon", "[[S. Oudejans]], {{m:woo@gouda.nl}}"),
            ("Onderwerp", "besluit op uw verzoek om openbaarmaking")]),
    ("p", "Geachte heer [[Rademaker]],"),
    ("p", "Op 9 februari 2026 heeft u op grond van de {{w:Wet open overheid}} gevraagd om documenten over het "
          "grachtenpand {{a:Oosthaven 41}} en de voormalige Remonstrantse kerk aan de {{a:Turfmarkt 88}}. Bij brief "
          "van 6 maart 2026 hebben wij de beslistermijn met twee weken verdaagd en daarna, met uw instemming, "
          "verder verlengd in verband met de zienswijzen van derden."),
    ("h", "Besluit"),
    ("p", "Wij maken de documenten op de inventarislijst (bijlage 1) deels openbaar. Eén document maken wij niet "
          "openbaar omdat het al openbaar is (het persbericht van 13 februari 2026, te vinden op {{t:gouda.nl/pers}})."),
    ("h", "Zienswijzen"),
    ("p", "De eigenaar van {{a:Oosthaven 41}}, {{Kerkzicht Ontwikkeling B.V.}}, de {{Stichting Remonstrantse Kerk "
          "Turfmarkt}} en de {{Rijksdienst voor het Cultureel Erfgoed}} zijn in de gelegenheid gesteld een zienswijze "
          "te geven. Namens {{Kerkzicht Ontwikkeling B.V.}} reageerde de heer [[R. Kalkman]] per e-mail "
          "([[e:r.kalkman@kerkzicht.nl]]) dat hij geen bezwaar heeft. De advocaat van de eigenaar verzocht de documenten over de handhaving niet openbaar te maken. "
          "Dat verzoek volgen wij niet: het algemeen belang van openbaarheid van handhaving bij een rijksmonument "
          "weegt zwaarder. Wel lakken wij de persoonsgegevens van de eigenaar."),
    ("pb",),
    ("h", "Motivering weigeringsgronden"),
    ("p", "Eerbiediging van de persoonlijke levenssfeer (artikel 5.1 lid 2 onder e {{w:Woo}}, code 5.1.2e). Namen, "
          "contactgegevens, handtekeningen en paraafcodes van medewerkers en van derden zijn gelakt. Namen van "
          "de burgemeester, wethouders, raadsleden, de gemeentesecretaris en de woordvoerder blijven leesbaar."),
    ("p", "Bijzondere persoonsgegevens (artikel 5.1 lid 1 onder d {{w:Woo}}, code 5.1.1d): gegevens over de "
          "gezondheid van omwonenden en van de echtgenote van de eigenaar. Burgerservicenummers (artikel 5.1 "
          "lid 1 onder e, code 5.1.1e)."),
    ("h", "Openbaarmaking"),
    ("p", "De documenten worden tegelijk met dit besluit geplaatst op {{t:open.overheid.nl}}. Bezwaar kan binnen "
          "zes weken bij ons college."),
    ("p", "Hoogachtend,"),
    ("p", "burgemeester en wethouders van {{l:Gouda}}, namens dezen,"),
    ("sig",),
    ("p", "[[mr. F.J. Landwehr]], {{f:teamleider Juridische Zaken}}"),
    ("s", "Bijlage 1: inventarislijst. Bijlage 2: de documenten. Behandelaar: [[Sanne Oudejans]], "
          "[[t:0182-588 302]] (ma, di, do)."),
]))

# ------------------------------------------------------------------------------------------- rm33
INV = [
    ("1", "Woo-verzoek", "09-02-2026", "deels openbaar", "5.1.2e"),
    ("2", "Ontvangstbevestiging", "12-02-2026", "deels openbaar", "5.1.2e"),
    ("3", "Aanvraag omgevingsvergunning (samenvatting)", "14-10-2025", "deels openbaar", "5.1.2e"),
    ("4", "Advies monumentencommissie", "04-12-2025", "deels openbaar", "5.1.2e"),
    ("5", "Verslag monumentencommissie", "22-01-2026", "deels openbaar", "5.1.2e"),
    ("6", "Bezwaarschrift omwonenden", "19-03-2026", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("7", "Bezwaar Stichting Erfgoedwacht Gouda", "20-03-2026", "deels openbaar", "5.1.2e"),
    ("8", "E-mailwisseling gemeente - RCE", "06-01-2026", "deels openbaar", "5.1.2e"),
    ("9", "Teams-chat team Erfgoed", "08-01-2026", "deels openbaar", "5.1.2e"),
    ("10", "WhatsApp-export bouwteam", "11-02-2026", "deels openbaar", "5.1.2e"),
    ("11", "Meldingsformulier toevalsvondst", "11-02-2026", "deels openbaar", "5.1.2e"),
    ("12", "Rapportage archeologische begeleiding", "06-03-2026", "deels openbaar", "5.1.2e"),
    ("13", "Aanvraag SIM", "31-03-2026", "deels openbaar", "5.1.2e"),
    ("14", "Beschikking SIM", "08-07-2026", "deels openbaar", "5.1.2e"),
    ("15", "Factuur architect", "28-02-2026", "deels openbaar", "5.1.2e"),
    ("16", "Factuur glas-in-lood", "15-05-2026", "deels openbaar", "5.1.2e"),
    ("17", "Opdrachtbevestiging aannemer", "03-11-2025", "deels openbaar", "5.1.2e"),
    ("18", "Verslag bouwvergadering 7", "24-02-2026", "deels openbaar", "5.1.2e"),
    ("19", "Rapport van bevindingen", "08-01-2026", "deels openbaar", "5.1.2e, 5.1.1e"),
    ("20", "Voornemen last onder dwangsom", "15-01-2026", "deels openbaar", "5.1.2e"),
    ("21", "Besluit last onder dwangsom", "12-02-2026", "deels openbaar", "5.1.2e"),
    ("22", "Zienswijze advocaat eigenaar", "27-01-2026", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("23", "Beslisnota handhaving", "03-02-2026", "deels openbaar", "5.1.2e"),
    ("24", "Raadsvragen en antwoorden", "17-02-2026", "deels openbaar", "5.1.2e"),
    ("25", "Persbericht", "13-02-2026", "niet openbaar", "reeds openbaar"),
    ("26", "Brief omwonende (scan)", "20-02-2026", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("27", "Presentielijst hoorzitting", "21-04-2026", "deels openbaar", "5.1.2e"),
    ("28", "Notitie RCE", "22-01-2026", "deels openbaar", "5.1.2e"),
    ("29", "Verslag hoorzitting", "21-04-2026", "deels openbaar", "5.1.2e"),
    ("30", "Memo herstelplan", "09-06-2026", "deels openbaar", "5.1.2e"),
    ("31", "Projectteam bereikbaarheid", "02-03-2026", "deels openbaar", "5.1.2e"),
]
DOCS.append(Doc("rm33", "Inventarislijst Woo-2026-0147", font="helv",
    producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365",
    meta_author="s.oudejans", hidden=[("metadata", "USERNAME", "s.oudejans")], blocks=[
    ("h", "Bijlage 1 - Inventarislijst Woo-besluit {{r:Woo-2026-0147}}"),
    ("s", "{{gemeente Gouda}} | zaak {{r:Z-2026-004417}} | opgesteld door team Juridische Zaken"),
    ("t", [["Nr.", "Document", "Datum", "Beoordeling", "Grond"]] +
          [[n, doc, dt, b, g] for n, doc, dt, b, g in INV[:20]], [12, 80, 25, 28, 25]),
    ("pb",),
    ("t", [["Nr.", "Document", "Datum", "Beoordeling", "Grond"]] +
          [[n, doc, dt, b, g] for n, doc, dt, b, g in INV[20:]], [12, 80, 25, 28, 25]),
    ("p", "Toelichting: document 25 is al openbaar (persbericht op {{t:gouda.nl/pers}}). Document 11 bevat "
          "invulvelden; de ingevulde persoonsgegevens zijn gelakt. In documenten 26 tot en met 28 (scans) zijn "
          "handgeschreven namen en handtekeningen onleesbaar gemaakt."),
    ("p", "Vragen over deze lijst: {{m:woo@gouda.nl}} of via {{n:14 0182}}, onder vermelding van "
          "{{r:Woo-2026-0147}}. Behandelaar: [[S. Oudejans]]; tweede lezer: [[mr. F.J. Landwehr]]."),
], extra_keep=[("LAW_GROUND", "5.1.2e"), ("LAW_GROUND", "5.1.1d"), ("LAW_GROUND", "5.1.1e"),
               ("TERM", "deels openbaar"), ("TERM", "reeds openbaar"), ("TERM", "Rapport van bevindingen"),
               ("TERM", "Meldingsformulier toevalsvondst"), ("TERM", "Beslisnota handhaving"),
               ("ORG", "Stichting Erfgoedwacht Gouda")]))
