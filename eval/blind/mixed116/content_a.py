"""Set RM, documents rm01-rm11: Woo request, permit, advice, objections, mail, chats, find report."""
from lib import Doc



DOCS = []

# ------------------------------------------------------------------------------------------- rm01
DOCS.append(Doc("rm01", "Verzoek Wet open overheid - Oosthaven 41 en Turfmarkt 88", font="helv",
    producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
    meta_author="Stijn Rademaker", blocks=[
    ("p", "[[Stijn Rademaker]]<br/>".replace("<br/>", "")),
    ("p", "[[a:Graaf Florisweg 12]]"),
    ("p", "[[a:2805 AJ]] Gouda"),
    ("p", "[[e:stijn.rademaker@gmail.com]] | [[t:+31 6 4417 2290]]"),
    ("sp", 10),
    ("p", "Aan het college van burgemeester en wethouders van {{l:Gouda}}<br/>t.a.v. de Woo-coördinator<br/>per e-mail: {{m:woo@gouda.nl}}".replace("<br/>", " - ")),
    ("p", "Gouda, 9 februari 2026"),
    ("h", "Betreft: verzoek op grond van de Wet open overheid"),
    ("p", "Geacht college,"),
    ("p", "Op grond van de {{w:Wet open overheid}} ({{w:Woo}}) verzoek ik u om openbaarmaking van alle documenten "
          "vanaf 1 januari 2025 over (a) het grachtenpand {{a:Oosthaven 41}} ({{r:rijksmonument 17923}}), in het "
          "bijzonder de omgevingsvergunning voor de verbouwing, de sloop van de achterkamer met stucplafond en de "
          "opgelegde last onder dwangsom, en (b) de herbestemming van de voormalige Remonstrantse kerk aan de "
          "{{a:Turfmarkt 88}} ({{r:rijksmonument 17988}}) tot woningen, inclusief de archeologische vondst tijdens "
          "de werkzaamheden en de subsidie op grond van de {{p:Subsidieregeling instandhouding monumenten}}."),
    ("p", "Ik verzoek u uitdrukkelijk ook de adviezen van de {{t:monumentencommissie}} en de correspondentie met "
          "de {{Rijksdienst voor het Cultureel Erfgoed}} mee te nemen, evenals chatberichten en notities. "
          "Documenten die al openbaar zijn, zoals het raadsvoorstel en de publicatie in het {{Gemeenteblad}}, "
          "hoeft u niet opnieuw te verstrekken."),
    ("p", "Ik schrijf over dit onderwerp voor {{b:de Goudsche Courant}}. Eerder sprak ik erover met uw "
          "medewerker [[Thijs Mol]] en met [[Ruben Kalkman]] van de ontwikkelaar; beiden verwezen mij naar deze "
          "procedure."),
    ("p", "Ik ontvang de stukken bij voorkeur digitaal. Mocht u vragen hebben, dan kunt u mij bereiken op het "
          "hierboven genoemde nummer of via [[e:stijn.rademaker@gmail.com]]."),
    ("p", "Met vriendelijke groet,"),
    ("sig",),
    ("p", "[[S. Rademaker]]"),
]))

# ------------------------------------------------------------------------------------------- rm02
DOCS.append(Doc("rm02", "Ontvangstbevestiging Woo-verzoek", font="sans",
    producer="LibreOffice 7.6", creator="Writer", meta_author="Sanne Oudejans", blocks=[
    ("s", "Gemeente Gouda | {{l:Stadhuis}}, {{a:Markt 1}} | Postbus 1086, 2800 BB Gouda | telefoon {{n:14 0182}}"),
    ("sp", 14),
    ("p", "De heer [[S. Rademaker]]"),
    ("p", "[[a:Graaf Florisweg 12]]"),
    ("p", "[[a:2805 AJ]] GOUDA"),
    ("sp", 8),
    ("kv", [("Datum", "12 februari 2026"), ("Ons kenmerk", "{{r:Woo-2026-0147}}"),
            ("Zaaknummer", "{{r:Z-2026-004417}}"), ("Behandeld door", "[[Sanne Oudejans]]"),
            ("Telefoon", "[[t:0182-588 302]]"), ("E-mail", "{{m:woo@gouda.nl}}"),
            ("Onderwerp", "ontvangstbevestiging Woo-verzoek")]),
    ("p", "Geachte heer [[Rademaker]],"),
    ("p", "Op 9 februari 2026 hebben wij uw verzoek op grond van de {{w:Wet open overheid}} ontvangen. U vraagt "
          "om documenten over het grachtenpand {{a:Oosthaven 41}} en de voormalige Remonstrantse kerk aan de "
          "{{a:Turfmarkt 88}}. Uw verzoek is geregistreerd onder nummer {{r:Woo-2026-0147}}."),
    ("p", "Wij beslissen binnen vier weken na ontvangst. Wij kunnen die termijn met twee weken verdagen als dat "
          "nodig is, bijvoorbeeld omdat derden (zoals de {{Rijksdienst voor het Cultureel Erfgoed}} en "
          "belanghebbende eigenaren) in de gelegenheid worden gesteld hun zienswijze te geven (artikel 4.4 "
          "{{w:Woo}})."),
    ("p", "Heeft u vragen? Neem dan contact op met mevrouw [[Oudejans]], bereikbaar op maandag, dinsdag en "
          "donderdag op [[t:0182-588 302]], of mail naar {{m:woo@gouda.nl}} onder vermelding van het kenmerk."),
    ("p", "Hoogachtend,"),
    ("p", "burgemeester en wethouders van {{l:Gouda}},<br/>namens dezen,".replace("<br/>", " ")),
    ("sig",),
    ("p", "[[mr. F.J. Landwehr]]"),
    ("p", "{{f:teamleider Juridische Zaken}}"),
    ("s", "Kopie: [[Marloes van Dijk]] (team Erfgoed), [[Gijs de Ruijter]] (archeologie)."),
]))

# ------------------------------------------------------------------------------------------- rm03
DOCS.append(Doc("rm03", "Aanvraag omgevingsvergunning rijksmonumentenactiviteit - samenvatting", font="cond",
    producer="Omgevingsloket / iText 7.2.5 (AGPL-version)", creator="DSO Omgevingsloket", blocks=[
    ("h", "Aanvraag omgevingsvergunning - samenvatting"),
    ("s", "Verzonden via het {{Omgevingsloket}} | verzoeknummer {{r:OLO-10284756}} | ingediend 14-10-2025"),
    ("h", "1. Locatie"),
    ("kv", [("Adres", "{{a:Oosthaven 41}}, 2801 PB Gouda"), ("Kadastraal", "{{r:Gouda C 4521}}"),
            ("Monumentstatus", "{{r:rijksmonument 17923}} (grachtenpand, 17e eeuw, gevel 1765)")]),
    ("h", "2. Aanvrager"),
    ("kv", [("Naam", "[[F.W.M. Hoogeveen]]"), ("Correspondentieadres", "[[a:Prinsengracht 602-II]], [[a:1017 KS]] Amsterdam"),
            ("Telefoon", "[[t:020-6238841]]"), ("Mobiel", "[[t:06 53 18 77 20]]"),
            ("E-mail", "[[e:f.hoogeveen@planet.nl]]"), ("Geboortedatum", "[[d:03-07-1968]]"),
            ("Hoedanigheid", "eigenaar")]),
    ("h", "3. Gemachtigde"),
    ("kv", [("Naam", "[[ir. L.C. Vermeulen]]"), ("Bedrijf", "Atelier [[Lotte Vermeulen]] Restauratiearchitectuur"),
            ("Adres", "[[a:Karnemelksloot 112]], [[a:2806 BK]] Gouda"), ("Telefoon", "[[t:0182 - 52 46 90]]"),
            ("E-mail", "[[e:lotte@ateliervermeulen.nl]]"), ("KvK", "[[k:74839201]]")]),
    ("h", "4. Activiteiten"),
    ("t", [["Activiteit", "Omschrijving"],
           ["{{t:rijksmonumentenactiviteit}}", "Verbouwing interieur: herindeling eerste verdieping, nieuwe badkamer, "
            "herstel stucplafond voorkamer, vervanging kozijnen achtergevel door houten kozijnen met "
            "monumentenglas."],
           ["{{t:bouwactiviteit (technisch)}}", "Constructieve versterking balklaag met stalen strippen; advies "
            "constructeur bijgevoegd."]], [45, 120]),
    ("pb",),
    ("h", "5. Bijlagen"),
    ("t", [["Nr.", "Document", "Opgesteld door"],
           ["1", "Bouwhistorische verkenning {{a:Oosthaven 41}}", "[[drs. Anouk Mertens-Bijl]], bouwhistoricus"],
           ["2", "Tekeningen bestaand en nieuw (A-101 t/m A-112)", "Atelier [[Lotte Vermeulen]]"],
           ["3", "Constructieve berekening", "{{Ingenieursbureau Duyvis & Kloos}}"],
           ["4", "Kleurenonderzoek stucplafond", "[[Bram Okkerse]] (eenmanszaak)"],
           ["5", "Machtiging", "[[F.W.M. Hoogeveen]]"]], [12, 88, 65]),
    ("h", "6. Verklaring"),
    ("p", "Aanvrager verklaart het formulier naar waarheid te hebben ingevuld. De aanvraag valt onder de "
          "{{w:Omgevingswet}}; het college van {{l:Gouda}} is bevoegd gezag. Op grond van artikel 16.15 lid 2 van "
          "de {{w:Omgevingswet}} en het {{w:Omgevingsbesluit}} is advies van de {{Rijksdienst voor het Cultureel Erfgoed}} "
          "nodig voor het gedeeltelijk slopen van een rijksmonument."),
    ("p", "Ondertekend (digitaal via {{t:eHerkenning}}/{{t:DigiD}}) door [[F.W.M. Hoogeveen]] op 14-10-2025 om 21:42."),
]))

# ------------------------------------------------------------------------------------------- rm04
DOCS.append(Doc("rm04", "Advies monumentencommissie Oosthaven 41", font="serif",
    producer="Microsoft® Word 2019", creator="Microsoft® Word 2019", meta_author="Fatima el Idrissi", blocks=[
    ("s", "Monumentencommissie Gouda | secretariaat: {{m:monumenten@gouda.nl}} | telefoon {{n:14 0182}}"),
    ("h", "Advies monumentencommissie"),
    ("kv", [("Aan", "college van burgemeester en wethouders, t.a.v. {{o:wethouder Vreugdenhil}}"),
            ("Datum", "4 december 2025"), ("Zaak", "{{r:Z-2025-018832}}, {{a:Oosthaven 41}}"),
            ("Secretaris", "[[Fatima el Idrissi]]")]),
    ("p", "De commissie heeft de aanvraag besproken in haar vergadering van 27 november 2025. Aanwezig waren "
          "[[ir. B. Hoogendoorn]] (voorzitter), [[drs. I. Lammers-Piet]] (bouwhistoricus), [[A. Kooistra]] "
          "(restauratiearchitect) en [[Fatima el Idrissi]] (secretaris). Namens de aanvrager lichtte "
          "architect [[Vermeulen]] het plan toe."),
    ("h", "Beoordeling"),
    ("p", "De voorkamer met het stucplafond uit circa 1765 behoort tot de hoogste waardecategorie van de "
          "bouwhistorische verkenning. Het voorstel het plafond te herstellen volgens het kleurenonderzoek "
          "verdient steun. De commissie is kritisch over de herindeling van de eerste verdieping: de "
          "bedstedenwand in de achterkamer is een zeldzaam gaaf element en mag niet verdwijnen."),
    ("p", "Voor de nieuwe kozijnen in de achtergevel adviseert de commissie enkel glas of monumentenglas in "
          "een profiel dat aansluit bij de bestaande roeden, conform de {{p:Gids Monumentale Kozijnen}} van de "
          "{{RCE}}."),
    ("h", "Advies"),
    ("p", "Positief, onder de voorwaarden dat (1) de bedstedenwand behouden blijft, (2) een werkbeschrijving "
          "voor het stucplafond ter goedkeuring wordt voorgelegd en (3) een bouwhistoricus de sloopwerkzaamheden "
          "begeleidt. De commissie wijst op de meldingsplicht bij archeologische toevalsvondsten (artikel 5.10 "
          "{{w:Erfgoedwet}})."),
    ("p", "Namens de commissie,"),
    ("sig",),
    ("p", "[[B. Hoogendoorn]], voorzitter"),
    ("s", "Paraaf secretaris: [[c:FeI]] | vragen over dit advies: [[t:0182-588 356]] of {{m:monumenten@gouda.nl}}"),
]))

# ------------------------------------------------------------------------------------------- rm05
DOCS.append(Doc("rm05", "Verslag monumentencommissie 22 januari 2026", font="sans",
    producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
    meta_author="F. el Idrissi", hidden=[("metadata", "PERSON", "F. el Idrissi")], blocks=[
    ("h", "Verslag vergadering monumentencommissie"),
    ("p", "Datum: 22 januari 2026, 19.30 uur | Locatie: {{b:Willem Vroesenhuis}}, vergaderzaal 2"),
    ("t", [["Naam", "Rol", "Code", "Aanwezig"],
           ["[[ir. Bert Hoogendoorn]]", "voorzitter", "[[c:BHo]]", "ja"],
           ["[[drs. Ingrid Lammers-Piet]]", "lid, bouwhistoricus", "[[c:ILP]]", "ja"],
           ["[[Arjen Kooistra]]", "lid, restauratiearchitect", "[[c:AKo]]", "ja"],
           ["[[Geert-Jan van Wijngaarden]]", "lid, burgerlid", "[[c:GJW]]", "afwezig (m.k.)"],
           ["[[Fatima el Idrissi]]", "secretaris (gemeente)", "[[c:FeI]]", "ja"],
           ["[[Marloes van Dijk]]", "vergunningverlener erfgoed (agendapunt 3 en 4)", "[[c:MvD]]", "ja"],
           ["{{o:Rutger Vreugdenhil}}", "{{f:wethouder}} Ruimte en Erfgoed (agendapunt 4)", "-", "ja"]],
     [52, 72, 18, 28]),
    ("h", "1. Opening en mededelingen"),
    ("p", "De voorzitter opent de vergadering. [[Van Wijngaarden]] heeft zich afgemeld. De secretaris meldt dat de "
          "{{b:Cornelis Ketelprijs}} 2026 voor restauratie dit jaar wordt uitgereikt in {{Museum Gouda}}."),
    ("h", "2. Verslag vorige vergadering"),
    ("p", "Vastgesteld. Naar aanleiding van: [[Kooistra]] vraagt of de werkbeschrijving stucplafond {{a:Oosthaven 41}} "
          "al is ontvangen. [[Marloes]] antwoordt dat die nog ontbreekt."),
    ("h", "3. Oosthaven 41 - sloop achterkamer zonder vergunning"),
    ("p", "[[Van Dijk]] licht toe dat de toezichthouder op 8 januari heeft geconstateerd dat de achterkamer "
          "inclusief de bedstedenwand en het stucplafond is gesloopt, terwijl de vergunning daarvoor nog niet was "
          "verleend. De commissie is geschokt. [[Lammers-Piet]]: 'Dit is onherstelbaar verlies; de bedstedenwand was "
          "het laatste gave exemplaar aan de {{l:Oosthaven}}.' De commissie adviseert handhaving en herstel waar "
          "mogelijk, met hergebruik van de geborgen onderdelen."),
    ("pb",),
    ("h", "4. Turfmarkt 88 - herbestemming Remonstrantse kerk"),
    ("p", "{{o:Wethouder Vreugdenhil}} schuift aan. Het plan van {{Kerkzicht Ontwikkeling B.V.}} voor 14 appartementen "
          "in de kerk is aangepast: de orgelgalerij blijft vrij zichtbaar, de nieuwe vloeren blijven 1,20 m van de "
          "kerkramen. [[Hoogendoorn]] complimenteert het ontwerpteam. De archeologische vondst in de kelder "
          "(zie agendapunt 5) kan gevolgen hebben voor de fundering van de liftschacht."),
    ("h", "5. Archeologische vondst"),
    ("p", "De gemeentelijk archeoloog heeft een gemetselde waterput en begravingen aangetroffen. Melding aan de "
          "{{RCE}} is gedaan op grond van de {{w:Erfgoedwet}}. De commissie wil bij de volgende vergadering worden "
          "geïnformeerd."),
    ("h", "Actielijst"),
    ("t", [["Nr.", "Actie", "Wie", "Gereed"],
           ["26-01", "Werkbeschrijving stucplafond opvragen bij architect", "[[c:MvD]]", "15-02-2026"],
           ["26-02", "Inventarisatie geborgen onderdelen bedstedenwand", "[[c:ILP]] / [[c:MvD]]", "01-03-2026"],
           ["26-03", "Advies herstelplan Oosthaven 41 voorbereiden", "[[c:AKo]]", "volgende vergadering"],
           ["26-04", "Terugkoppeling vondstmelding Turfmarkt 88", "[[c:FeI]]", "19-02-2026"]], [14, 92, 30, 32]),
    ("p", "Volgende vergadering: 19 februari 2026. Verslag: [[c:FeI]], 26-01-2026."),
]))

# ------------------------------------------------------------------------------------------- rm06
DOCS.append(Doc("rm06", "Bezwaarschrift omgevingsvergunning Oosthaven 41", font="times",
    producer="Microsoft® Word 2016", creator="Microsoft® Word 2016", meta_author="Kees Verdonk", blocks=[
    ("p", "[[C.J. Verdonk]] en [[W.M. Verdonk-Zijlstra]]"),
    ("p", "[[a:Oosthaven 39]]"),
    ("p", "[[a:2801 PB]] Gouda"),
    ("p", "tel. [[t:0182-519 774]] / [[e:kees.verdonk@hetnet.nl]]"),
    ("sp", 8),
    ("p", "Aan het college van burgemeester en wethouders van {{l:Gouda}}, Postbus 1086, 2800 BB Gouda"),
    ("p", "Gouda, 19 maart 2026"),
    ("h", "Bezwaarschrift tegen de omgevingsvergunning {{r:Z-2025-018832}} ({{a:Oosthaven 41}})"),
    ("p", "Geacht college,"),
    ("p", "Wij maken bezwaar tegen uw besluit van 10 februari 2026 waarbij aan de eigenaar van {{a:Oosthaven 41}} "
          "een omgevingsvergunning is verleend voor de verbouwing van het rijksmonument. Wij wonen naast het pand "
          "en zijn belanghebbende."),
    ("p", "Ten eerste is de vergunning verleend nadat de achterkamer al was gesloopt. U legaliseert daarmee "
          "achteraf een illegale sloop. Ten tweede zijn tijdens de sloop scheuren ontstaan in onze gemeenschappelijke "
          "muur; de aannemer van de heer [[Hoogeveen]] heeft dat erkend maar weigert herstel. Ten derde heeft de "
          "{{t:monumentencommissie}} geadviseerd de bedstedenwand te behouden, terwijl u die voorwaarde niet in "
          "de vergunning heeft opgenomen."),
    ("p", "Mijn vrouw is door de overlast en de trillingen ernstig ziek geworden; zij is sinds december onder "
          "behandeling voor [[h:hartritmestoornissen]] en ervaart veel stress. Wij verzoeken u ons te horen."),
    ("p", "Wij verzoeken u het besluit te herroepen. Een kopie van het besluit en foto's van de scheuren zijn "
          "bijgevoegd."),
    ("p", "Hoogachtend,"),
    ("sig",),
    ("p", "[[Kees Verdonk]]"),
    ("sig",),
    ("p", "[[Wilma Verdonk-Zijlstra]]"),
]))

# ------------------------------------------------------------------------------------------- rm07
DOCS.append(Doc("rm07", "Bezwaar Stichting Erfgoedwacht Gouda", font="sans",
    producer="Nitro Pro 13.70.2.40", creator="Nitro Pro 13", meta_author="Joëlle Maréchal", blocks=[
    ("h", "Stichting Erfgoedwacht Gouda"),
    ("s", "Postbus 412, 2800 AK Gouda | {{m:info@erfgoedwachtgouda.nl}} | KvK {{r:41172093}} | "
          "bankrekening op naam van de stichting"),
    ("sp", 8),
    ("p", "Aan het college van burgemeester en wethouders van {{l:Gouda}}"),
    ("p", "Gouda, 20 maart 2026 | ons kenmerk {{r:EWG-2026-07}}"),
    ("h", "Bezwaar tegen omgevingsvergunning Oosthaven 41"),
    ("p", "Geacht college,"),
    ("p", "De {{Stichting Erfgoedwacht Gouda}} stelt zich statutair ten doel het behoud van het historische "
          "stadsbeeld van {{l:Gouda}}. Zij is daarom belanghebbende in de zin van artikel 1:2 lid 3 van de "
          "{{w:Algemene wet bestuursrecht}}."),
    ("p", "Wij hebben ernstige bezwaren. De vergunning staat de herindeling van de eerste verdieping toe zonder "
          "de voorwaarde van de {{t:monumentencommissie}} over de bedstedenwand. Dat de wand inmiddels illegaal is "
          "gesloopt, maakt de zaak niet anders: herstel met de geborgen onderdelen is mogelijk, zoals ook de "
          "{{Rijksdienst voor het Cultureel Erfgoed}} in haar advies van 5 januari 2026 aangeeft."),
    ("p", "Daarnaast verzoeken wij u handhavend op te treden. Wij verwijzen naar de uitspraak van de "
          "{{Afdeling bestuursrechtspraak van de Raad van State}} van 2 november 2022 ({{r:ECLI:NL:RVS:2022:3159}}) "
          "over het herstel van een illegaal gesloopt interieur van een rijksmonument."),
    ("p", "Voor contact: onze secretaris, mevrouw [[Joëlle Maréchal]], [[e:joëlle.maréchal@kpnmail.nl]], "
          "[[t:06-39 72 05 18]]."),
    ("p", "Met vriendelijke groet,<br/>namens het bestuur,".replace("<br/>", " ")),
    ("sig",),
    ("p", "[[dr. M.H. Sluijter]], voorzitter"),
    ("sig",),
    ("p", "[[J. Maréchal]], secretaris"),
    ("s", "Bestuur: [[dr. M.H. Sluijter]] (voorzitter, [[t:06 48 20 11 93]]), [[J. Maréchal]] (secretaris), "
          "[[Pieter-Bas Nieuwenhuizen]] (penningmeester), [[Anke Ruygrok-de Bruin]] (lid). De stichting is "
          "aangesloten bij de {{Federatie Grachtenhuizen}} en de {{Erfgoedvereniging Heemschut}}."),
]))

# ------------------------------------------------------------------------------------------- rm08
DOCS.append(Doc("rm08", "RE: Oosthaven 41 - advies RCE sloop achterkamer", font="helv",
    producer="Microsoft Outlook for Microsoft 365 (16.0.17928)", creator="Microsoft Outlook",
    meta_author="Dijk, Marloes van", blocks=[
    ("m", "Van:        [[Dijk, Marloes van]] <[[e:m.vandijk@gouda.nl]]>\n"
          "Verzonden:  dinsdag 6 januari 2026 16:12\n"
          "Aan:        [[Rutgers, Hanneke]] <[[e:h.rutgers@cultureelerfgoed.nl]]>\n"
          "CC:         [[Horst, Joost ter]] <[[e:j.terhorst@gouda.nl]]>; [[Verkerk, Peter-Paul]] <[[e:pp.verkerk@gouda.nl]]>;\n"
          "            {{m:vergunningen@gouda.nl}}\n"
          "Onderwerp:  RE: Oosthaven 41 - advies RCE sloop achterkamer"),
    ("p", "Dag [[Hanneke]],"),
    ("p", "Dank voor je snelle advies. Helaas moet ik je melden dat [[Joost]] bij zijn controle van 8 januari... "
          "correctie: vandaag bij een eerste controle heeft gezien dat er al gesloopt wordt in de achterkamer. "
          "De aannemer zegt dat de eigenaar opdracht gaf. Wij overwegen een stillegging. Kan jij aangeven of "
          "de {{RCE}} bij een handhavingstraject betrokken wil worden?"),
    ("p", "Groet,<br/>[[Marloes]]".replace("<br/>", " ")),
    ("p", "[[Marloes van Dijk]] | {{f:vergunningverlener erfgoed}} | Team Vergunningen, Toezicht en Handhaving | "
          "{{gemeente Gouda}} | [[t:06-41 27 93 05]] | werkdagen ma-di-do"),
    ("m", "Van:        [[Rutgers, Hanneke]] <[[e:h.rutgers@cultureelerfgoed.nl]]>\n"
          "Verzonden:  maandag 5 januari 2026 11:47\n"
          "Aan:        [[Dijk, Marloes van]] <[[e:m.vandijk@gouda.nl]]>\n"
          "CC:         [[Hof, Wouter van 't]] <[[e:w.vanthof@cultureelerfgoed.nl]]>\n"
          "Onderwerp:  RE: Oosthaven 41 - advies RCE sloop achterkamer"),
    ("p", "Beste [[Marloes]],"),
    ("p", "Hierbij ons advies als bedoeld in de {{w:Omgevingswet}}. Kort gezegd: de {{RCE}} adviseert negatief over "
          "het slopen van de bedstedenwand en positief over de overige onderdelen, mits de voorwaarden van de "
          "{{t:monumentencommissie}} worden overgenomen. De achterkamer is in het redengevend omschrijving van "
          "{{r:rijksmonument 17923}} uitdrukkelijk genoemd."),
    ("p", "Mijn collega [[Wouter van 't Hof]] (archeologie) wijst erop dat in de tuin een beerput uit de 17e eeuw "
          "kan liggen; graafwerk vraagt om begeleiding."),
    ("p", "Met vriendelijke groet,"),
    ("p", "[[Hanneke Rutgers]]<br/>{{f:adviseur erfgoed}} | {{Rijksdienst voor het Cultureel Erfgoed}} | "
          "Smallepad 5, {{l:Amersfoort}} | [[t:+31 (0)6 5012 3388]] | {{m:info@cultureelerfgoed.nl}}".replace("<br/>", " - ")),
    ("pb",),
    ("m", "Van:        [[Dijk, Marloes van]] <[[e:m.vandijk@gouda.nl]]>\n"
          "Verzonden:  maandag 15 december 2025 09:03\n"
          "Aan:        [[Rutgers, Hanneke]] <[[e:h.rutgers@cultureelerfgoed.nl]]>\n"
          "CC:         [[Idrissi, Fatima el]] <[[e:f.elidrissi@gouda.nl]]>\n"
          "Onderwerp:  Oosthaven 41 - advies RCE sloop achterkamer\n"
          "Bijlagen:   Z-2025-018832 aanvraag.pdf; advies MC 4-12-2025.pdf"),
    ("p", "Goedemorgen mevrouw [[Rutgers]],"),
    ("p", "In de bijlage de aanvraag voor {{a:Oosthaven 41}} ({{r:Z-2025-018832}}). Omdat het gaat om het "
          "gedeeltelijk slopen van een rijksmonument vragen wij uw advies. Het advies van onze "
          "{{t:monumentencommissie}} van 4 december 2025 is bijgevoegd. De gemachtigde is architect "
          "[[L.C. Vermeulen]]; de eigenaar heeft laten weten haast te hebben vanwege de verkoop van zijn huidige "
          "woning."),
    ("p", "Telefonisch ben ik bereikbaar via [[t:0182 58 84 17]] (direct) of via het algemene nummer {{n:14 0182}}."),
    ("p", "Met vriendelijke groet,"),
    ("p", "[[M. van Dijk]]<br/>{{f:vergunningverlener erfgoed}}".replace("<br/>", ", ")),
    ("s", "Dit bericht is uitsluitend bestemd voor de geadresseerde. {{gemeente Gouda}} - {{l:Stadhuis}}, {{a:Markt 1}}."),
]))

# ------------------------------------------------------------------------------------------- rm09
DOCS.append(Doc("rm09", "Teams-chat team Erfgoed - Oosthaven 41", font="sans",
    producer="Microsoft Teams export / Aspose.PDF for .NET 23.11", creator="Aspose Pty Ltd.", blocks=[
    ("h", "Chat: Team Erfgoed - kanaal 'Handhaving monumenten'"),
    ("s", "Geëxporteerd op 16-03-2026 10:02 | 11 berichten | deelnemers: 4"),
    ("m", "[08-01-2026 09:14] [[Joost ter Horst]]\n"
          "  Sta nu bij Oosthaven 41. Achterkamer is leeg. Bedstedenwand ligt in een container. Plafond weg.\n"
          "[08-01-2026 09:15] [[Marloes van Dijk]]\n"
          "  Serieus?? Vergunning is nog niet eens verleend.\n"
          "[08-01-2026 09:16] [[Joost ter Horst]]\n"
          "  Foto's volgen. Uitvoerder zegt 'opdracht van meneer'. [[Hoogeveen]] zelf niet bereikbaar.\n"
          "[08-01-2026 09:18] [[Peter-Paul Verkerk]]\n"
          "  Direct stilleggen. [[PP]] belt [[Annelies]] voor de bevel-brief.\n"
          "[08-01-2026 09:21] [[Annelies Brouwer-Kempenaar]]\n"
          "  Ik zet een bevel tot stillegging klaar, mondeling nu, schriftelijk vandaag nog.\n"
          "  @[[Jo]] kun je de onderdelen laten veiligstellen? Niet laten afvoeren!\n"
          "[08-01-2026 09:25] [[Joost ter Horst]]\n"
          "  Gedaan. Container verzegeld. Ik bel [[n:Kraai]] (uitvoerder Van Swieten) voor opslag in hun loods.\n"
          "[08-01-2026 09:40] [[Marloes van Dijk]]\n"
          "  Ik heb [[Hanneke]] van de RCE ingelicht. Zij komt morgen kijken met [[Wouter]].\n"
          "[08-01-2026 11:02] [[Peter-Paul Verkerk]]\n"
          "  Wethouder Vreugdenhil is geïnformeerd. Hij wil vrijdag een update.\n"
          "[08-01-2026 11:05] [[Annelies Brouwer-Kempenaar]]\n"
          "  Bevel is uit: Z-2026-000391. Ik start ook het traject last onder dwangsom.\n"
          "[08-01-2026 11:07] [[Marloes van Dijk]]\n"
          "  Top, dank jullie. [[Mar]] gaat nu even koffie halen :(\n"
          "[08-01-2026 11:31] [[Youssef Amrani]]\n"
          "  Ik neem morgen de middagcontrole over, [[Jo]] zit bij de hoorzitting. [[Yous]] out."),
    ("p", "Bijlagen in dit kanaal: IMG_4412.jpg, IMG_4413.jpg, IMG_4415.jpg (foto's achterkamer), "
          "bevel_stillegging_{{r:Z-2026-000391}}.pdf"),
    ("s", "Export gemaakt met de exportfunctie van {{t:Microsoft Teams}} voor Woo-verzoek {{r:Woo-2026-0147}}."),
], extra_keep=[("PUBLIC_OFFICIAL", "Wethouder Vreugdenhil"), ("REFERENCE", "Z-2026-000391"),
               ("LOC", "Oosthaven 41")]))

# ------------------------------------------------------------------------------------------- rm10
DOCS.append(Doc("rm10", "WhatsApp-export bouwteam Turfmarkt 88", font="sans",
    producer="PDFpen 13.2", creator="PDFpen", blocks=[
    ("h", "WhatsApp Chat met Bouwteam Kerk Turfmarkt"),
    ("s", "Export zonder media | groep aangemaakt door [[Ruben Kalkman]]"),
    ("m", "11-02-2026 07:48 - [[Dennis Kraaijeveld]]: Mannen stop met graven in kelder noordzijde. Er zit een\n"
          "    ronde gemetselde put. En botten volgens [[Mehmet]].\n"
          "11-02-2026 07:51 - [[Mehmet Aydın]]: Ja echt botten. Schedel ook. Kraan staat stil.\n"
          "11-02-2026 07:53 - [[Ruben Kalkman]]: Niks aanraken. Ik bel de gemeente. [[Kraai]] jij zet het af?\n"
          "11-02-2026 07:54 - [[Dennis Kraaijeveld]]: Al gedaan met linten.\n"
          "11-02-2026 08:20 - [[Ruben Kalkman]]: Gemeentelijk archeoloog [[Gijs]] komt om 9 uur. Hij zegt dat het\n"
          "    waarschijnlijk het oude kerkhof is. Melding naar RCE gaat via hem.\n"
          "11-02-2026 08:22 - [[t:+31 6 2284 1953]]: Is dit de groep van Van Swieten? Ik ben de nieuwe\n"
          "    stagiair, nummer gekregen van [[Kraai]]\n"
          "11-02-2026 08:23 - [[Dennis Kraaijeveld]]: Welkom [[Sem]] ;) vandaag geen graafwerk voor jou\n"
          "11-02-2026 09:41 - [[Ruben Kalkman]]: [[Gijs de Ruijter]] is er. Archeologie West-Nederland komt\n"
          "    morgen met 2 man. Planning liftschacht schuift minimaal 3 weken.\n"
          "11-02-2026 09:44 - [[Lotte Vermeulen]]: Ik pas de funderingstekening aan. Kan iemand maten van\n"
          "    de put sturen?\n"
          "11-02-2026 10:02 - [[Mehmet Aydın]]: 1,40 doorsnee, bovenkant 90 cm onder vloer\n"
          "11-02-2026 10:05 - [[Ruben Kalkman]]: Thx. Wethouder weet het ook al, persbericht komt van gemeente.\n"
          "    Niks op social media aub!!\n"
          "11-02-2026 10:09 - [[Gijs de Ruijter]]: Voor spoed ben ik direct bereikbaar op [[t:06 1953 8842]],\n"
          "    niet via het algemene nummer. [[Ruben]]: stuur je mij de KLIC-melding?\n"
          "11-02-2026 10:12 - [[Ruben Kalkman]]: Komt eraan. Mijn nieuwe nummer is trouwens [[t:06-18 40 66 73]]"),
    ("p", "Vastgelegd als onderdeel van dossier {{r:Z-2026-002205}} (vondstmelding {{a:Turfmarkt 88}})."),
], extra_keep=[("ORG", "Archeologie West-Nederland"), ("ORG", "Van Swieten"), ("ORG", "RCE")]))

# ------------------------------------------------------------------------------------------- rm11
DOCS.append(Doc("rm11", "Meldingsformulier archeologische toevalsvondst", font="helv",
    producer="Adobe Acrobat Pro 2024 (24.2.20759)", creator="Adobe Acrobat Pro",
    form=[("melder_naam", "Gijs de Ruijter", "Naam melder"),
          ("melder_telefoon", "06 1953 8842", "Telefoon melder"),
          ("melder_email", "g.deruijter@gouda.nl", "E-mail melder"),
          ("vinder_naam", "Mehmet Aydin", "Naam vinder (uitvoerende)"),
          ("vinder_geboortedatum", "17-05-1991", "Geboortedatum vinder"),
          ("contact_bouw", "Ruben Kalkman, 06-18 40 66 73", "Contactpersoon bouwplaats")],
    hidden=[("annotations", "PERSON", "Gijs de Ruijter"), ("annotations", "PHONE", "06 1953 8842"),
            ("annotations", "EMAIL", "g.deruijter@gouda.nl"), ("annotations", "PERSON", "Mehmet Aydin"),
            ("annotations", "DATE_OF_BIRTH", "17-05-1991"), ("annotations", "PERSON", "Ruben Kalkman"),
            ("annotations", "PHONE", "06-18 40 66 73")],
    blocks=[
    ("h", "Melding archeologische toevalsvondst (artikel 5.10 Erfgoedwet)"),
    ("s", "Formulier van de {{Rijksdienst voor het Cultureel Erfgoed}} | insturen via {{m:vondstmelding@cultureelerfgoed.nl}}"),
    ("kv", [("Vindplaats", "{{a:Turfmarkt 88}}, Gouda (voormalige Remonstrantse kerk, {{r:rijksmonument 17988}})"),
            ("Datum vondst", "11 februari 2026"), ("Zaaknummer gemeente", "{{r:Z-2026-002205}}"),
            ("Aard van de vondst", "gemetselde waterput (diameter ca. 1,40 m), menselijke skeletresten (ten minste "
             "drie individuen), aardewerk (roodbakkend, 16e eeuw)"),
            ("Omstandigheden", "graafwerk voor liftschacht, kelder noordzijde, diepte 0,9 m onder vloerpeil"),
            ("Genomen maatregelen", "werk stilgelegd, vindplaats afgezet, bevoegd gezag ({{gemeente Gouda}}) ingelicht"),
            ("Uitvoerder onderzoek", "{{Archeologie West-Nederland B.V.}}")]),
    ("p", "De gegevens van melder, vinder en contactpersoon staan in de invulvelden hieronder. Het formulier "
          "wordt digitaal ingevuld en niet afgedrukt."),
    ("sp", 200),
    ("s", "Privacy: de {{RCE}} gebruikt de persoonsgegevens alleen voor de afhandeling van de melding "
          "(zie {{u:cultureelerfgoed.nl/privacy}})".replace("{{u:", "{{t:")),
]))
