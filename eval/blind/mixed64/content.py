"""Content of set BV (mixed64). Marks: [[k:redact]] and {{k:keep}}; see make_set.py."""
DOCS: list = []


def D(**kw):
    DOCS.append(kw)


# =========================================================================== pv01 evaluation report
D(id="pv01", producer="reportlab", font="Helvetica", size=10,
  title="Evaluatie grote brand Mijlweg Dordrecht",
  info={"Author": "[[H.J. Zwartjes]]"},
  header="{{Veiligheidsregio Zuid-Holland Zuid}} | Evaluatierapport GRIP 2 Mijlweg",
  footer="Kenmerk {{n:VRZHZ/EV/2024-0197}}",
  blocks=[
    ("h1", "Evaluatie grote brand bedrijfspand {{s:Mijlweg}}, {{l:Dordrecht}} ({{d:9 augustus 2024}})"),
    ("p", "Opdrachtgever: de directeur {{o:Veiligheidsregio Zuid-Holland Zuid}}, namens de voorzitter, "
          "{{r:burgemeester Kolff}}. Uitvoering: bureau Evaluatie & Leren. Vastgesteld in het "
          "{{f:Dagelijks Bestuur}} van {{d:3 oktober 2024}}."),
    ("h2", "1. Aanleiding"),
    ("p", "Op vrijdag {{d:9 augustus 2024}} om 14.52 uur meldde een medewerker van het bedrijf een brand in een "
          "opslaghal aan de {{s:Mijlweg}} op het bedrijventerrein {{l:Dordtse Kil}}. In de hal lagen circa "
          "40 ton kunststof pallets en een partij gasflessen. De {{o:Gemeenschappelijke Meldkamer Rotterdam}} "
          "alarmeerde twee tankautospuiten; om 15.21 uur schaalde de officier van dienst, "
          "[[Dennis van Rijswijk]], op naar {{w:GRIP 1}}. Om 16.05 uur besloot de voorzitter veiligheidsregio "
          "tot {{w:GRIP 2}} vanwege de rookpluim over de wijken {{l:Wielwijk}} en {{l:Crabbehof}}."),
    ("p", "Dit rapport beschrijft het verloop van de inzet en doet aanbevelingen. Het is gebaseerd op "
          "logboeken, het LCMS-beeld, gesprekken met 14 betrokkenen en een bijeenkomst met bewoners op "
          "{{d:12 september 2024}}."),
    ("h2", "2. Verloop van de inzet"),
    ("table", [["Tijd", "Gebeurtenis", "Wie"],
               ["14.52", "Melding via 112, middelbrand", "meldkamer brandweer"],
               ["15.04", "Eerste TS ter plaatse; bevelvoerder [[Kees Boogaard]] meldt uitslaande brand",
                "TS 18-4231"],
               ["15.21", "{{w:GRIP 1}}, CoPI op de {{s:Zeehavenweg}}", "OvD [[Van Rijswijk]]"],
               ["15.40", "Adviseur gevaarlijke stoffen dr. [[L. Verkerk]] adviseert binnen blijven",
                "AGS"],
               ["16.05", "{{w:GRIP 2}}; {{o:ROT}} in {{l:Dordrecht}} actief", "HOvD [[Saskia ten Brinke-Visser]]"],
               ["17.30", "NL-Alert uitgezonden voor {{l:Wielwijk}}, {{l:Crabbehof}}, {{l:Zwijndrecht}}",
                "CvD [[M. Yildirim]]"],
               ["21.15", "Brand meester; nacontrole tot 02.00", "[[Boogaard]]"]],
     [18, 100, 48]),
    ("p", "De eerste bevelvoerder, [[Kees Boogaard]], zag bij aankomst dat de gasflessen nog niet in de brand "
          "stonden. Hij koos voor een defensieve inzet. Het {{o:CoPI}} stond onder leiding van "
          "[[Van Rijswijk]] en later van [[ten Brinke-Visser]]; de informatiemanager, [[Bas Heijnen]], "
          "hield het beeld in LCMS bij."),
    ("pagebreak",),
    ("h2", "3. Samenwerking met politie en GHOR"),
    ("p", "De {{o:Nationale Politie}}, basisteam {{l:Dordrecht}}, sloot de {{s:Mijlweg}} en de "
          "{{s:Zeehavenweg}} af. Teamchef hoofdinspecteur [[Ramon van Weelden]] nam als {{f:Algemeen Commandant "
          "Politie}} deel aan het ROT. Volgens de evaluatie duurde het te lang voordat de afzetting "
          "bij de {{s:Laan der Verenigde Naties}} stond; brigadier [[Ilse Wagenaar]] meldde om 16.20 uur "
          "dat er te weinig eenheden waren. Het {{o:Nationaal Crisiscentrum}} informeerde om 17.40 uur "
          "{{r:minister Van Weel}}; [[Van Weelden]] bleef tot middernacht in het ROT."),
    ("p", "De {{o:GHOR Zuid-Holland Zuid}} was vertegenwoordigd door de OvD-G, [[Pieter-Bas Mulder]]. Twee "
          "medewerkers van het bedrijf werden met ademhalingsklachten naar het {{o:Albert Schweitzer "
          "ziekenhuis}} gebracht. Eén van hen, de heer [[R. Sanches]], werd een nacht opgenomen met "
          "een [[h:rookvergiftiging]]."),
    ("h2", "4. Crisiscommunicatie"),
    ("p", "Communicatieadviseur [[Noor El Khatib]] stelde het NL-Alert op. Het bericht bereikte ook "
          "telefoons in {{l:Papendrecht}}, wat tot ongerustheid leidde. Via {{w:crisis.nl}} en de "
          "sociale media van de gemeente werd om 17.45 uur een update gegeven. Bewoners met vragen konden "
          "bellen met het publieksnummer {{t:078 - 770 49 99}}."),
    ("h2", "5. Bevindingen en aanbevelingen"),
    ("table", [["Nr.", "Aanbeveling", "Eigenaar"],
               ["1", "Leg de afspraken over afzetting vast in het convenant met de politie", "{{f:sectorhoofd Brandweer}}"],
               ["2", "Oefen de inzet van NL-Alert in grensgebieden", "{{o:Veiligheidsbureau}}"],
               ["3", "Betrek de AGS eerder bij het CoPI", "{{f:regionaal commandant}}"],
               ["4", "Stel een vaste liaison met {{o:Rijkswaterstaat}} in voor de {{l:Oude Maas}}", "{{o:ROT}}"]],
     [12, 110, 44]),
    ("p", "Het evaluatieteam dankt alle betrokkenen, in het bijzonder de bewoners van {{l:Wielwijk}} die "
          "aan de bijeenkomst deelnamen."),
    ("h2", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "Motivering: in dit rapport zijn de namen van medewerkers van de hulpdiensten opgenomen. "
          "Bij openbaarmaking worden persoonsgegevens weggelaten op grond van artikel 5.1 lid 2 sub e Woo."),
  ])

# =========================================================================== pv02 e-mail chain
D(id="pv02", producer="reportlab", font="Times-Roman", size=10.5,
  title="RE: Zomerfestival Wantijpark - inzet politie en brandweer",
  blocks=[
    ("p", "Van: [[Valkenburg, Arjen]] <[[e:arjen.valkenburg@politie.nl]]>\n"
          "Verzonden: dinsdag {{d:16 juli 2024}} 08:12\n"
          "Aan: [[Lodewijks, Frank]] <[[e:f.lodewijks@dordrecht.nl]]>\n"
          "CC: [[e:h.oosterwijk@vrzhz.nl]]; [[e:s.hoogendijk@dordrecht.nl]]\n"
          "Onderwerp: RE: {{w:Zomerfestival Wantijpark}} - inzet politie en brandweer"),
    ("p", "Beste [[Frank]],"),
    ("p", "Dank voor het overleg van gisteren. Voor het {{w:Zomerfestival Wantijpark}} (26-28 juli) kan het "
          "district {{o:Zuid-Holland-Zuid}} op zaterdag maximaal twee ME-pelotons leveren; op zondag alleen "
          "de reguliere noodhulp. Hoofdinspecteur [[Van Weelden]] is die dagen {{f:Algemeen Commandant}}. Ik "
          "adviseer de burgemeester om het aantal bezoekers op zaterdag te beperken tot 12.000."),
    ("p", "Verder zie ik in het veiligheidsplan van de organisator geen afspraken over de vluchtroutes langs "
          "de {{s:Baden Powellweg}}. Kun jij dat met [[Sanne]] oppakken voordat de vergunning de deur uit gaat?"),
    ("p", "Met vriendelijke groet,\n[[Arjen Valkenburg]]\n{{f:Districtschef}} {{o:Politie}} district "
          "Zuid-Holland-Zuid\nM [[t:06-53 18 40 72]]\nAlgemeen nummer {{t:0900-8844}}"),
    ("p", "-----Oorspronkelijk bericht-----\n"
          "Van: [[Lodewijks, Frank]]\nVerzonden: maandag {{d:15 juli 2024}} 17:40\n"
          "Aan: [[Valkenburg, Arjen]]; [[Oosterwijk, Harm-Jan]]\n"
          "Onderwerp: {{w:Zomerfestival Wantijpark}} - inzet politie en brandweer"),
    ("p", "[[Arjen]], [[Harm-Jan]],"),
    ("p", "Zoals besproken legt {{r:burgemeester Kolff}} het besluit over de vergunning op "
          "{{d:19 juli}} voor aan het driehoeksoverleg. De organisator, {{o:Wantij Events B.V.}}, heeft "
          "gevraagd of de eindtijd op zaterdag 01.00 uur mag worden. Ik heb aangegeven dat de "
          "burgemeester daar alleen mee instemt als jullie positief adviseren. De contactpersoon bij de "
          "organisator is [[Thomas Verhoeff]] ([[t:06 2048 7713]], [[e:thomas@wantijevents.nl]])."),
    ("p", "Groet,\n[[Frank Lodewijks]]\n{{f:Kabinetschef}} {{f:burgemeester}}\n{{o:Gemeente Dordrecht}} | "
          "Stadskantoor, {{s:Spuiboulevard 300}}\nT [[t:078 770 31 62]] | [[e:f.lodewijks@dordrecht.nl]]"),
    ("pagebreak",),
    ("p", "Van: [[Oosterwijk, Harm-Jan]] <[[e:h.oosterwijk@vrzhz.nl]]>\n"
          "Verzonden: dinsdag {{d:16 juli 2024}} 10:03\n"
          "Aan: [[Lodewijks, Frank]]; [[Valkenburg, Arjen]]\n"
          "CC: {{m:crisisbeheersing@vrzhz.nl}}\n"
          "Onderwerp: RE: {{w:Zomerfestival Wantijpark}}"),
    ("p", "Heren,"),
    ("p", "De brandweer adviseert positief, mits de organisator een tweede toegangsweg voor hulpvoertuigen "
          "vrijhoudt en er een EHBO-post bij het hoofdpodium staat. Onze adviseur evenementenveiligheid, "
          "[[Jasper de Kock]], heeft het plan getoetst aan de {{w:Handreiking Evenementenveiligheid}}. "
          "Bij temperaturen boven 30 graden wil de {{o:GHOR}} extra waterpunten; [[Ellen Brouwers]] neemt "
          "daarover contact op met de organisator."),
    ("p", "Groet,\n[[Harm-Jan Oosterwijk]]\n{{f:Regionaal commandant Brandweer}}\n"
          "{{o:Veiligheidsregio Zuid-Holland Zuid}} | {{s:Johannes Vermeerstraat 2}}\n"
          "[[t:+31 6 41 27 93 05]]"),
    ("small", "Dit bericht is uitsluitend bestemd voor de geadresseerde. Algemene vragen: "
              "{{m:info@vrzhz.nl}}."),
  ])

# =========================================================================== pv03 RBT minutes (docx)
D(id="pv03", producer="docx", docx_font="Carlito", size=10.5,
  title="Verslag Regionaal Beleidsteam 9 augustus 2024",
  docx_author="[[W. de Graaf-Smits]]",
  header="VERTROUWELIJK - {{o:Veiligheidsregio Zuid-Holland Zuid}}",
  blocks=[
    ("h1", "Verslag Regionaal Beleidsteam (RBT) - brand {{s:Mijlweg}}"),
    ("p", "Datum: {{d:9 augustus 2024}}, 17.00-18.15 uur\nLocatie: crisiscentrum, {{s:Johannes Vermeerstraat 2}}, "
          "{{l:Dordrecht}}\nNotulist: [[Wilma de Graaf-Smits]] ([[WdG]])"),
    ("h2", "Presentielijst"),
    ("table", [["Naam", "Functie", "Code"],
               ["{{r:W. Kolff}}", "{{f:voorzitter veiligheidsregio}}, burgemeester {{l:Dordrecht}}", "-"],
               ["{{r:J. Heijkoop}}", "burgemeester {{l:Hendrik-Ido-Ambacht}}", "-"],
               ["{{r:J. Paans}}", "burgemeester {{l:Alblasserdam}}", "-"],
               ["[[H.J. Oosterwijk]]", "{{f:regionaal commandant brandweer}}", "[[HJO]]"],
               ["[[A.J. Valkenburg]]", "{{f:districtschef politie}}", "[[AJV]]"],
               ["[[E.M. Brouwers]]", "{{f:directeur publieke gezondheid}}", "[[EMB]]"],
               ["[[F. Lodewijks]]", "{{f:kabinetschef}}", "[[FL]]"],
               ["[[N. El Khatib]]", "{{f:adviseur crisiscommunicatie}}", "[[NEK]]"],
               ["[[B. Heijnen]]", "{{f:informatiemanager}}", "[[BH]]"],
               ["[[W. de Graaf-Smits]]", "{{f:secretaris}}", "[[WdG]]"]]),
    ("h2", "1. Opening en beeld"),
    ("p", "De voorzitter opent om 17.00 uur. [[HJO]] schetst het beeld: de brand in de opslaghal is nog niet "
          "onder controle, de rookpluim trekt naar het noordoosten. De metingen van de meetploegen laten "
          "tot nu toe geen overschrijding van de interventiewaarden zien. Het ROT heeft om 16.05 uur "
          "{{w:GRIP 2}} afgekondigd; de voorzitter besluit tot {{w:GRIP 3}} omdat de effecten mogelijk "
          "{{l:Zwijndrecht}} en {{l:Papendrecht}} raken."),
    ("p", "[[AJV]] meldt dat de politie de wegen rond het bedrijventerrein heeft afgesloten. Er zijn "
          "berichten over kijkers op de {{s:Merwedestraat}}. De voorzitter vraagt de politie daar streng "
          "op te treden."),
    ("h2", "2. Gezondheid"),
    ("p", "[[EMB]] meldt dat twee medewerkers van het bedrijf zijn vervoerd. De {{o:GGD Zuid-Holland Zuid}} "
          "adviseert ramen en deuren te sluiten en ventilatie uit te zetten. Er is contact met het "
          "{{o:RIVM}} over de inzet van de {{o:Milieu Ongevallen Dienst}}."),
    ("h2", "3. Communicatie"),
    ("p", "[[NEK]] legt de tekst van het tweede NL-Alert voor. {{r:Burgemeester Paans}} vraagt of bewoners van "
          "{{l:Alblasserdam}} ook binnen moeten blijven; dat is volgens de AGS niet nodig. De voorzitter "
          "spreekt om 19.00 uur de pers toe bij het stadskantoor; [[Noor]] bereidt de kernboodschap voor."),
    ("h2", "4. Besluiten"),
    ("p", "B1. Opschaling naar {{w:GRIP 3}} per 17.20 uur.\nB2. Scholen en kinderopvang in {{l:Wielwijk}} "
          "blijven maandag open, tenzij de GHOR anders adviseert.\nB3. De burgemeester geeft een noodbevel "
          "voor het gebied rond de {{s:Mijlweg}} (zie bijlage)."),
    ("pagebreak",),
    ("h2", "Actielijst"),
    ("table", [["Nr.", "Actie", "Wie", "Gereed"],
               ["A1", "Tekst noodbevel opstellen en laten tekenen", "[[FL]] / [[WdG]]", "{{d:9 augustus}} 18.00"],
               ["A2", "Meetplan MOD afstemmen met AGS", "[[HJO]]", "{{d:9 augustus}} 19.00"],
               ["A3", "Bewonersbrief {{l:Wielwijk}} en {{l:Crabbehof}}", "[[NEK]]", "{{d:10 augustus}}"],
               ["A4", "Inzet ME rond afzetting", "[[AJV]]", "doorlopend"],
               ["A5", "Informeren {{o:Ministerie van Justitie en Veiligheid}} via {{o:NCC}}", "[[BH]]", "direct"],
               ["A6", "Huisartsen en {{o:Albert Schweitzer ziekenhuis}} informeren", "[[EMB]]", "{{d:9 augustus}}"]]),
    ("p", "Volgend RBT: {{d:9 augustus 2024}} om 21.00 uur, telefonisch. Inbelnummer via [[WdG]] "
          "([[t:06-1470 2255]])."),
    ("p", "Paraaf secretaris: [[WdG]]    Paraaf voorzitter: gezien, voorzitter"),
  ])

# =========================================================================== pv04 Woo decision (docx)
D(id="pv04", producer="docx", docx_font="Liberation Serif", size=10.5,
  title="Besluit op uw Woo-verzoek evenementenvergunning Zomerfestival Wantijpark",
  docx_author="Gemeente Dordrecht",
  blocks=[
    ("p", "{{o:Gemeente Dordrecht}}\nPostbus 8\n3300 AA {{l:Dordrecht}}"),
    ("p", "Aan\nde heer [[G.J. Pols]]\n[[a:Vrieseweg 88]]\n[[a:3311 NX]] Dordrecht"),
    ("p", "Datum: {{d:2 december 2024}}\nOns kenmerk: {{n:WOO-2024-0412}}\nBehandeld door: mr. [[T. Bakkenes]]\n"
          "Telefoon: [[t:078 - 770 58 14]]\nE-mail: {{m:woo@dordrecht.nl}}\n"
          "Onderwerp: besluit op uw verzoek om openbaarmaking"),
    ("p", "Geachte heer [[Pols]],"),
    ("p", "Op {{d:14 oktober 2024}} hebben wij uw verzoek ontvangen op grond van de {{g:Wet open overheid}} "
          "(Woo). U vraagt om alle documenten over de vergunning voor het {{w:Zomerfestival Wantijpark}} "
          "2024, waaronder de adviezen van de politie en de {{o:Veiligheidsregio Zuid-Holland Zuid}}. Op "
          "{{d:4 november 2024}} hebben wij de beslistermijn met twee weken verdaagd."),
    ("h2", "Besluit"),
    ("p", "{{r:De burgemeester}} van {{l:Dordrecht}} besluit de documenten op de inventarislijst deels "
          "openbaar te maken. Wij hebben 23 documenten gevonden: 9 maken wij volledig openbaar, 13 deels, en "
          "1 document (een intern advies van de politie over de inzet van de ME) maken wij niet openbaar."),
    ("h2", "Zienswijze"),
    ("p", "Wij hebben de organisator, {{o:Wantij Events B.V.}}, in de gelegenheid gesteld een zienswijze "
          "te geven. De directeur, [[Thomas Verhoeff]], heeft op {{d:18 november 2024}} laten weten dat hij "
          "geen bezwaar heeft, behalve tegen openbaarmaking van zijn mobiele nummer."),
    ("h2", "Overwegingen"),
    ("p", "In de documenten staan namen, telefoonnummers en e-mailadressen van medewerkers van de "
          "gemeente, de {{o:Nationale Politie}} en de veiligheidsregio. Deze medewerkers treden niet in de "
          "openbaarheid. Wij maken deze gegevens niet openbaar op grond van artikel {{g:5.1, tweede lid, "
          "aanhef en onder e}}, van de Woo. De namen van de burgemeester en van de andere burgemeesters in "
          "het driehoeksoverleg maken wij wel openbaar."),
    ("p", "Het advies van de politie over de sterkte van de ME-inzet maken wij niet openbaar op grond van "
          "artikel {{g:5.1, tweede lid, aanhef en onder d}}, van de Woo (inspectie, controle en toezicht), "
          "omdat openbaarmaking inzicht geeft in de capaciteit bij toekomstige evenementen."),
    ("pagebreak",),
    ("h2", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "Motivering: de persoonsgegevens van medewerkers en derden zijn weggelakt met de code 5.1.2e."),
    ("h2", "Bezwaar"),
    ("p", "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken bij de "
          "burgemeester, Postbus 8, 3300 AA {{l:Dordrecht}}."),
    ("p", "Hoogachtend,\n{{r:de burgemeester van Dordrecht}},\nnamens deze,\n\n[[J.M. Rietveld-Oudshoorn]]\n"
          "{{f:teamleider Juridische Zaken}}"),
    ("small", "Bijlagen: inventarislijst, documenten. Kopie: [[e:g.j.pols@kpnmail.nl]]"),
  ])

# =========================================================================== pv05 noodbevel
D(id="pv05", producer="reportlab", font="DejaVuSerif", size=10,
  title="Noodbevel burgemeester van Dordrecht - Mijlweg",
  blocks=[
    ("h1", "Noodbevel"),
    ("p", "{{r:De burgemeester van Dordrecht}},"),
    ("p", "gelet op artikel {{g:175 van de Gemeentewet}} en artikel {{g:39 van de Wet veiligheidsregio's}};"),
    ("p", "overwegende dat op {{d:9 augustus 2024}} een zeer grote brand is uitgebroken in een opslaghal aan "
          "de {{s:Mijlweg}} op het bedrijventerrein {{l:Dordtse Kil}}; dat er gasflessen in de hal liggen en "
          "gevaar voor explosie bestaat; dat zich bij de afzetting aan de {{s:Merwedestraat}} en de "
          "{{s:Zeehavenweg}} groepen kijkers ophouden die de hulpverlening hinderen;"),
    ("p", "overwegende dat het {{o:Regionaal Beleidsteam}} in zijn vergadering van {{d:9 augustus 2024}} "
          "heeft geadviseerd een noodbevel te geven, en dat de {{f:districtschef}} van de "
          "{{o:Nationale Politie}} en de {{f:regionaal commandant brandweer}} dit advies onderschrijven;"),
    ("h2", "BEVEELT:"),
    ("p", "1. Het is eenieder verboden zich te bevinden in het gebied dat op de bij dit bevel gevoegde kaart "
          "rood is omlijnd (globaal: {{s:Mijlweg}}, {{s:Zeehavenweg}}, {{s:Merwedestraat}} tot aan de "
          "{{s:Laan der Verenigde Naties}}), met uitzondering van hulpverleners, bewoners met een "
          "legitimatiebewijs met een adres in het gebied en personen die daarvoor toestemming hebben van "
          "de {{f:Algemeen Commandant Politie}}."),
    ("p", "2. De eigenaar van de loods naast het brandende pand, de heer [[P.H. Dekkers]], en zijn personeel "
          "verlaten het terrein direct en laten de vrachtwagen met kenteken [[k:VHT-28-K]] staan."),
    ("p", "3. Dit noodbevel geldt vanaf {{d:9 augustus 2024}} 18.30 uur tot het moment dat de burgemeester "
          "het intrekt, uiterlijk {{d:11 augustus 2024}} 08.00 uur."),
    ("p", "4. Het bevel wordt bekendgemaakt door omroepen ter plaatse, via {{w:crisis.nl}} en via de "
          "website van de gemeente, en zo spoedig mogelijk schriftelijk bevestigd."),
    ("p", "Overtreding van dit bevel is strafbaar op grond van artikel {{g:443 van het Wetboek van "
          "Strafrecht}}."),
    ("p", "{{l:Dordrecht}}, {{d:9 augustus 2024}}, 18.25 uur"),
    ("p", "{{r:Burgemeester W. Kolff}}"),
    ("p", "Dit noodbevel wordt ter bekrachtiging voorgelegd aan de gemeenteraad in de eerstvolgende "
          "vergadering. Mondeling bekendgemaakt ter plaatse door hoofdagent [[Youssef Amrani]] "
          "(dienstnummer [[n:DN 184 227]]) en brigadier [[Wagenaar]]."),
    ("small", "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij de burgemeester, Postbus 8, "
              "3300 AA Dordrecht. Informatie: {{t:14 078}}."),
  ])

# =========================================================================== pv06 neighbour complaint
D(id="pv06", producer="reportlab", font="Courier", size=10.5,
  title="Klacht over afhandeling brand Mijlweg",
  blocks=[
    ("p", "[[Marieke Kolf]]\n[[a:Van Oldenbarneveltstraat 19]]\n[[a:3317 VK]] Dordrecht\n"
          "tel. [[t:06-27 55 83 10]]\n[[e:mariekekolf@ziggo.nl]]"),
    ("p", "Aan {{r:de burgemeester van Dordrecht}}\nt.a.v. {{r:burgemeester Kolff}}\nPostbus 8\n3300 AA Dordrecht"),
    ("p", "Dordrecht, {{d:14 augustus 2024}}"),
    ("p", "Betreft: klacht over de informatie tijdens de brand aan de {{s:Mijlweg}}"),
    ("p", "Geachte {{r:heer Kolff}},"),
    ("p", "Op vrijdag 9 augustus zat ik met mijn zoon [[Daan]] (8 jaar) in de tuin toen de rook over "
          "{{l:Crabbehof}} trok. Pas een uur later kreeg ik een NL-Alert. Mijn zoon heeft [[h:astma]] en "
          "moest die avond zijn [[h:puffer]] drie keer gebruiken. Op de website van de gemeente stond toen "
          "nog niets."),
    ("p", "Toen ik 14 078 belde, kreeg ik een medewerkster (mevrouw [[Dijkstra]], zei ze) die me "
          "doorverwees naar de veiligheidsregio. Daar kreeg ik een bandje. Mijn buurman, [[Hüseyin Demir]] "
          "van nummer 23, heeft toen de politie gebeld; een agent ([[Amrani]]?) zei dat we binnen moesten "
          "blijven, maar niet hoe lang."),
    ("p", "Ik wil graag weten:\n"
          "1. waarom het NL-Alert zo laat kwam;\n"
          "2. of de rook schadelijk was voor kinderen met longproblemen;\n"
          "3. wie ik kan bellen als dit weer gebeurt."),
    ("p", "Ik heb een afschrift van deze brief gestuurd aan de "
          "{{o:Nationale ombudsman}}, voor het geval ik geen antwoord krijg."),
    ("p", "Met vriendelijke groet,\n\n[[M. Kolf]]"),
  ])

# =========================================================================== pv07 witness statement
D(id="pv07", producer="reportlab", font="LiberationSans", size=9.5,
  title="Proces-verbaal verhoor getuige",
  header="{{o:Politie}} | Eenheid {{o:Rotterdam}} | District {{o:Zuid-Holland-Zuid}} | Basisteam {{o:Dordrecht}}",
  footer="PL1700-2024219845",
  blocks=[
    ("h1", "Proces-verbaal van verhoor getuige"),
    ("p", "Proces-verbaalnummer: {{n:PL1700-2024219845}}-3\nFeit: brandstichting ({{g:art. 157 Sr}}), "
          "{{s:Mijlweg}}, {{l:Dordrecht}}"),
    ("p", "Ik, verbalisant, [[Ilse Wagenaar]], {{f:brigadier}} van politie, eenheid {{o:Rotterdam}}, "
          "verklaar het volgende. Op {{d:10 augustus 2024}} te 11.10 uur verscheen in het politiebureau "
          "{{s:Spuiweg}} een persoon die mij opgaf te zijn:"),
    ("table", [["Achternaam", "[[OUÉDRAOGO]]"],
               ["Voornamen", "[[Abdoul Karim]]"],
               ["Geboren", "[[d:12 maart 1987]] te Ouagadougou (Burkina Faso)"],
               ["Adres", "[[a:Bosboomstraat 61]], Dordrecht"],
               ["Telefoon", "[[t:+31 6 4812 0936]]"],
               ["BSN", "[[b:182736453]]"],
               ["Beroep", "heftruckchauffeur"]], [40, 120]),
    ("p", "Hij verklaarde, zakelijk weergegeven:"),
    ("p", "\"Ik werk sinds 2021 bij het bedrijf naast de hal die is afgebrand. Op vrijdag rond 14.30 uur "
          "zag ik een man bij de achterdeur van de hal. Hij had een grijze hoodie aan en droeg een jerrycan. "
          "Ik ken hem van gezicht; volgens mij heet hij [[Rocco]] en werkte hij vroeger bij het "
          "uitzendbureau. Mijn collega [[Wesley Brouwer]] heeft hem ook gezien. Ik heb dat toen niet "
          "gemeld, want ik dacht dat hij bij het bedrijf hoorde.\""),
    ("p", "\"Toen het brandalarm ging, heb ik samen met mijn leidinggevende, mevrouw [[Van Pelt-Hoekstra]], "
          "de mensen in onze loods naar buiten gebracht. De brandweer was er heel snel. Een brandweerman die "
          "ik ken van de kazerne aan de {{s:Noordendijk}}, [[Joost]], zei dat we weg moesten vanwege de "
          "gasflessen.\""),
    ("pagebreak",),
    ("p", "\"De man met de hoodie reed weg in een zwarte Golf. Het kenteken begon met [[k:K-419]], meer weet "
          "ik niet. Ik heb een foto gemaakt met mijn telefoon; die heb ik naar de politie gestuurd via "
          "[[e:karim.ouedraogo87@gmail.com]].\""),
    ("p", "Na voorlezing verklaarde de getuige daarbij te volharden en ondertekende hij."),
    ("p", "De getuige,                                   De verbalisant,\n"
          "(handtekening)                               [[I. Wagenaar]]\n"
          "                                             [[n:WA0731]]"),
    ("p", "Waarvan door mij is opgemaakt dit proces-verbaal, dat ik sloot en ondertekende te {{l:Dordrecht}} "
          "op {{d:10 augustus 2024}}. Gezien: {{f:teamchef}} basisteam {{l:Dordrecht}}, [[R.J.M. van Weelden]]."),
    ("small", "Dit proces-verbaal bevat persoonsgegevens als bedoeld in de {{g:Wet politiegegevens}}."),
  ])

# =========================================================================== pv08 Signal chat
D(id="pv08", producer="reportlab", font="DejaVuSans", mono="DejaVuSansMono", size=9.5,
  title="Signal export groep OvD ZHZ 09-08-2024",
  xmp_creator=["[[Jorien Plasmeijer]]"],
  blocks=[
    ("h1", "Export Signal-groep \"OvD ZHZ piket\""),
    ("small", "Export aangemaakt {{d:20 september 2024}} voor {{n:Woo-verzoek VRZHZ-2024-077}}. "
              "Deelnemers: 7. Tijden in CEST."),
    ("pre", "[09-08-24 15:07] [[Dennis]]: Middelbrand {{s:Mijlweg}}, ik rij aan. Wie heeft HOvD?\n"
            "[09-08-24 15:08] [[Saskia tB]]: Ik. Bel me als je ter plaatse bent\n"
            "[09-08-24 15:11] [[Dennis]]: [[Kees]] zegt gasflessen in de hal, defensief\n"
            "[09-08-24 15:12] [[Mehmet]]: AGS gealarmeerd, [[Lotte]] komt uit Gorinchem\n"
            "[09-08-24 15:19] [[Saskia tB]]: GRIP 1 akkoord. CoPI op Zeehavenweg?\n"
            "[09-08-24 15:20] [[Dennis]]: Ja bij de rotonde. [[+31 6 2290 1174]] is mijn werknummer\n"
            "                 vandaag, de portofoon valt weg\n"
            "[09-08-24 15:34] [[Bas H.]]: LCMS staat open, graag alles daar\n"
            "[09-08-24 15:41] [[Lotte]]: Binnen blijven advies voor Wielwijk. Meetploegen\n"
            "                 naar de Laan der VN\n"
            "[09-08-24 15:58] [[Saskia tB]]: Ik ga naar GRIP 2, heb burgemeester gesproken\n"
            "[09-08-24 16:02] [[Mehmet]]: NL-Alert tekst staat klaar, wacht op [[Noor]]\n"
            "[09-08-24 16:14] [[Dennis]]: Politie heeft te weinig mensen voor de afzetting.\n"
            "                 [[Ramon]] belt het district\n"
            "[09-08-24 16:15] [[Saskia tB]]: 👍"),
    ("pre", "[09-08-24 16:40] [[Bas H.]]: Persvoorlichter gemeente vraagt namen van\n"
            "                 gewonden. Niet doen toch?\n"
            "[09-08-24 16:41] [[Saskia tB]]: Nee! Alleen aantal\n"
            "[09-08-24 17:05] [[Mehmet]]: RBT gestart, {{r:burgemeester Kolff}} voorzitter\n"
            "[09-08-24 17:22] [[Lotte]]: GRIP 3. Ik stuur meetresultaten naar\n"
            "                 [[e:lotte.verkerk@vrzhz.nl]] en de MOD\n"
            "[09-08-24 18:03] [[Dennis]]: Gasflessen zijn gekoeld, geen BLEVE meer te\n"
            "                 verwachten volgens [[Kees]]\n"
            "[09-08-24 18:31] [[Saskia tB]]: Noodbevel is getekend, [[Youssef]] leest het\n"
            "                 voor bij de afzetting\n"
            "[09-08-24 21:16] [[Dennis]]: Brand meester. Dank allen 🙏\n"
            "[09-08-24 21:17] [[Mehmet]]: Top gedaan. Morgen evaluatie 10.00 kazerne\n"
            "                 Dordrecht-Noord"),
    ("p", "Deelnemers (telefoonnummer volgens export):"),
    ("table", [["Naam in groep", "Nummer"],
               ["[[Dennis]]", "[[t:+31 6 2290 1174]]"],
               ["[[Saskia tB]]", "[[t:+31 6 3815 6620]]"],
               ["[[Mehmet]]", "[[t:+31 6 1947 3308]]"],
               ["[[Lotte]]", "[[t:+31 6 5583 0217]]"],
               ["[[Bas H.]]", "[[t:+31 6 4106 7789]]"]], [60, 60]),
  ])

# =========================================================================== pv09 WhatsApp export
D(id="pv09", producer="reportlab", font="DejaVuSans", size=9,
  title="WhatsApp-chat Teamleiding Jaarwisseling Feijenoord",
  blocks=[
    ("h1", "WhatsApp-chat met Teamleiding JW Feijenoord"),
    ("small", "Geëxporteerd uit WhatsApp op {{d:6 januari 2025}}; bijlagen weggelaten. Onderdeel van "
              "dossier {{n:POL-RR-2025-0031}}."),
    ("pre", "31-12-2024 18:02 - [[Dirk-Jan]]: Iedereen binnen? Briefing 19.00 bureau {{s:Slinge}}\n"
            "31-12-2024 18:05 - [[Carla]]: Ik zit in de SGBO. Bel [[t:06 4419 2037]] als het\n"
            "    druk wordt op het {{s:Afrikaanderplein}}\n"
            "31-12-2024 19:48 - [[Ricardo (BW)]]: Brandweer staat met 2 TS paraat bij\n"
            "    Mijnsherenlaan, ploegchef is [[Fernandes]] (ik dus 😅)\n"
            "31-12-2024 22:31 - [[Dirk-Jan]]: Containerbrand {{s:Hillevliet}}, ME ter plaatse\n"
            "31-12-2024 22:40 - [[Priya]]: Collega [[Bakker]] geraakt door vuurwerkbom, gaat met\n"
            "    de ambu naar het {{o:Maasstad Ziekenhuis}}. [[h:Brandwond aan de hand]]\n"
            "31-12-2024 22:41 - [[Carla]]: Sterkte. Ik informeer de burgemeester\n"
            "31-12-2024 23:58 - [[Dirk-Jan]]: 3 aanhoudingen {{s:Groene Hilledijk}}. Eén is de\n"
            "    broer van [[Jayden]] van vorig jaar\n"
            "01-01-2025 00:26 - [[Ricardo (BW)]]: Autobrand {{s:Putselaan}}, geblust\n"
            "01-01-2025 01:14 - [[Priya]]: [[Bakker]] is ontslagen uit het ziekenhuis 👍\n"
            "01-01-2025 01:15 - [[Carla]]: Fijn! {{r:Burgemeester Schouten}} komt om 02.00\n"
            "    naar het bureau om de collega's te bedanken\n"
            "01-01-2025 01:40 - [[Dirk-Jan]]: Bewoonster [[Annelies Schouten]] (geen familie\n"
            "    😉) belde over vuurwerk in haar portiek, eenheid gaat langs\n"
            "01-01-2025 03:02 - [[Carla]]: Einde SGBO. Dank iedereen. Evaluatie volgt via\n"
            "    [[e:c.roodenburg@politie.nl]]"),
  ])

# =========================================================================== pv10 handwritten logbook (scan)
D(id="pv10", producer="hand",
  title="Logboek CoPI",
  hand=[
    "LOGBOEK CoPI Mijlweg 9-8-2024  blad 2",
    "15.22 OvD [[Rijswijk]] neemt CoPI over",
    "15.30 [[Boogaard]]: gasflessen nog heel, koelen",
    "15.41 AGS [[Verkerk]]: binnen blijven Wielwijk",
    "15.55 politie [[Wagenaar]] meldt te weinig ME",
    "16.05 GRIP 2 - HOvD [[Saskia]]",
    "16.20 [[Heijnen]] LCMS bijgewerkt",
    "16.32 bel [[Mulder]] GHOR [[t:06-31907246]]",
    "16.45 [[Noor]]: NL-Alert verstuurd",
    "17.10 [[Sanches]] naar ASZ met ambu",
    "17.40 [[Yildirim]] vraagt extra TS uit Gorinchem",
    "18.31 noodbevel voorgelezen door [[Amrani]]",
    "21.15 brand meester",
    "notulist: [[Marloes Jacobs]]",
  ])

# =========================================================================== pv11 form with personnel numbers
D(id="pv11", producer="form", font="Helvetica",
  title="Declaratieformulier inzet vrijwilligers Brandweer ZHZ",
  form_layout=[
    ("h1", "Declaratie opkomst en inzet vrijwilligers - {{o:Brandweer Zuid-Holland Zuid}}"),
    ("p", "Post {{l:Dordrecht}}-Noord | Incident {{n:P 2024-08-09/1452}} {{s:Mijlweg}} | Afdeling {{o:Bedrijfsvoering}}\n"
          "Vul per vrijwilliger naam, personeelsnummer en uren in. Lever in bij de {{f:postcommandant}}."),
    ("field", "Naam vrijwilliger 1", "naam1", "[[Joost van Amerongen]]", 80),
    ("field", "Personeelsnummer 1", "pnr1", "[[n:400317]]", 40),
    ("field", "Uren 1", "uren1", "6,5", 20),
    ("field", "Naam vrijwilliger 2", "naam2", "[[Fleur Steenbergen]]", 80),
    ("field", "Personeelsnummer 2", "pnr2", "[[n:400582]]", 40),
    ("field", "Uren 2", "uren2", "6,5", 20),
    ("field", "Naam vrijwilliger 3", "naam3", "[[R. Oudejans-Groen]]", 80),
    ("field", "Personeelsnummer 3", "pnr3", "[[n:401094]]", 40),
    ("field", "Uren 3", "uren3", "4", 20),
    ("field", "IBAN uitbetaling vrijwilliger 3", "iban3", "[[i:NL11 RABO 0312 4588 76]]", 80),
    ("sp", 4),
    ("p", "Akkoord bevelvoerder (naam):"),
    ("field", "Bevelvoerder", "bev", "[[K. Boogaard]]", 80),
    ("field", "Paraaf postcommandant", "paraaf", "[[JvdZ]]", 30),
    ("sp", 4),
    ("p", "De vergoeding wordt berekend volgens de {{w:Rechtspositieregeling vrijwilligers}}.\n"
          "Vragen: {{m:salarisadministratie@vrzhz.nl}}."),
  ])

# =========================================================================== pv12 scanned neighbour letter
D(id="pv12", producer="scan", font="Times-Roman", size=12, angle=0.8, quality=50,
  title="Brief bewoner",
  blocks=[
    ("p", "[[Fam. Ouwehand]]\n[[a:Patersweg 14]]\n[[a:3317 LB]] Dordrecht\n[[t:078-6174402]]"),
    ("sp", 10),
    ("p", "Aan de Veiligheidsregio Zuid-Holland Zuid\nt.a.v. de afdeling Evaluatie & Leren"),
    ("p", "Dordrecht, 21 augustus 2024"),
    ("p", "Geachte heer, mevrouw,"),
    ("p", "U vroeg bewoners van Wielwijk om hun ervaringen met de brand aan de Mijlweg. Hierbij de "
          "onze. Mijn vrouw, [[Gerda Ouwehand-Pronk]], is 81 en heeft [[h:COPD]]. Wij hadden geen NL-Alert "
          "omdat wij geen mobiele telefoon hebben. Onze buurvrouw, mevr. [[Tjoe-A-Fat]], kwam aanbellen om "
          "te zeggen dat de ramen dicht moesten."),
    ("p", "Die avond is de huisarts gekomen omdat mijn vrouw benauwd was. De huisartsenpost heeft toen "
          "een ambulance gestuurd. De ambulancebroeder, [[Ruben]], was erg vriendelijk."),
    ("p", "Wij stellen voor dat ouderen zonder mobiele telefoon in het vervolg worden gebeld door de "
          "gemeente of door de wijkagent, [[Sandra Koopmans]]."),
    ("p", "Met vriendelijke groet,"),
    ("sp", 18),
    ("p", "[[J.C. Ouwehand]]"),
  ])

# =========================================================================== pv13 GHOR evaluation Vierdaagse heat
D(id="pv13", producer="reportlab", font="Carlito", size=10.5,
  title="GHOR Gelderland-Zuid - evaluatie geneeskundige inzet Vierdaagse 2024",
  outline=[("Samenvatting", 0), ("Casus wandelaar - melding [[Ghislaine Verbruggen]]", 1)],
  header="{{o:GHOR Gelderland-Zuid}} | Evaluatie geneeskundige inzet {{w:Vierdaagse}} 2024",
  blocks=[
    ("h1", "Evaluatie geneeskundige inzet {{w:Internationale Vierdaagse}} 2024"),
    ("p", "Opgesteld door de {{o:GHOR Gelderland-Zuid}} op verzoek van de voorzitter van de "
          "{{o:Veiligheidsregio Gelderland-Zuid}}, {{r:burgemeester Bruls}} van {{l:Nijmegen}}. "
          "Versie 1.0, {{d:30 september 2024}}."),
    ("h2", "Samenvatting"),
    ("p", "Tijdens de 106e {{w:Vierdaagse}} ({{d:16 tot en met 19 juli 2024}}) behandelden de medische "
          "posten ruim 11.000 wandelaars, van wie 52 met hittegerelateerde klachten. Op woensdag liep de "
          "temperatuur op tot 31 graden. De organisatie, de {{o:Stichting DE 4DAAGSE}}, besloot de "
          "starttijden niet te vervroegen. De GHOR adviseerde dat wel; de {{f:directeur publieke "
          "gezondheid}}, [[Hans Oldenkamp]], heeft dat advies op dinsdagavond aan de burgemeester "
          "voorgelegd."),
    ("h2", "Inzet"),
    ("p", "De medische coördinatie lag bij [[Petra Brul]] ({{f:hoofd GHOR-inzet}}), bereikbaar op "
          "[[t:06 – 1822 4471]] en via [[e:p.brul@vrgz.nl]]. Zij werd bijgestaan door "
          "drs. [[M.A. (Merel) Hoogstraten]], {{f:arts infectieziektebestrijding}} van de {{o:GGD "
          "Gelderland-Zuid}}. Bij {{l:Wijchen}} en {{l:Grave}} stonden posten van het {{o:Rode Kruis}} onder "
          "leiding van vrijwilligers [[Tobias Lamers]] en [[Anouk de Wit-Hendriks]]."),
    ("table", [["Dag", "Behandeld", "Hitte", "Naar ziekenhuis"],
               ["dinsdag", "2.310", "6", "1"], ["woensdag", "3.402", "31", "4"],
               ["donderdag", "2.950", "11", "2"], ["vrijdag", "2.511", "4", "0"]], [35, 35, 35, 40]),
    ("p", "De ziekenhuisopnames waren in het {{o:Radboudumc}} en het {{o:Canisius Wilhelmina Ziekenhuis}}. "
          "{{r:Burgemeester Bruls}} bezocht op woensdag de post bij {{l:Malden}} en sprak daar met "
          "[[Brul]] en met de dienstdoende arts, [[Yusuf Kaya]]."),
    ("pagebreak",),
    ("h2", "Casus: wandelaar met hitteberoerte"),
    ("p", "Op woensdag {{d:17 juli 2024}} om 13.40 uur werd op de route bij {{l:Elst}} een 58-jarige wandelaar, "
          "[[Wim Kuipers]] uit Apeldoorn, onwel. Hij had een [[h:lichaamstemperatuur van 41,2 graden]] "
          "en gebruikte [[h:bètablokkers]] in verband met [[h:hartritmestoornissen]]. Zijn wandelmaat, "
          "[[Erik-Jan Smit]], belde 112 (melder op [[t:06-4037 9921]]). De ambulance was na 14 minuten "
          "ter plaatse. De heer [[Kuipers]] is twee dagen opgenomen geweest en volledig hersteld."),
    ("p", "Zijn echtgenote, mevrouw [[Kuipers-Van Dalen]], heeft de GHOR later een brief gestuurd met "
          "complimenten en de vraag waarom er op dat deel van de route geen waterpunt was."),
    ("h2", "Aanbevelingen"),
    ("p", "1. Leg in de vergunning vast dat de organisator starttijden vervroegt bij een {{w:Nationaal "
          "Hitteplan}}-melding van het {{o:RIVM}}.\n2. Plaats extra waterpunten tussen {{l:Elst}} en "
          "{{l:Slijk-Ewijk}}.\n3. Verbeter de registratie van patiënten in {{w:LCMS-GZ}}."),
    ("small", "Contact: {{m:ghor@vrgz.nl}} | Veiligheidsregio Gelderland-Zuid, {{t:088 - 355 7000}}"),
  ])

# =========================================================================== pv14 meldkamer log
D(id="pv14", producer="reportlab", font="LiberationMono", mono="LiberationMono", size=8.5,
  title="Incidentlog GMS 2024-0809-14521",
  blocks=[
    ("h1", "GMS incidentlog - export"),
    ("pre", "Incident    : {{n:2024-0809-14521}}\n"
            "Classificatie: Brand > Gebouw > Industrie (prio 1)\n"
            "Locatie     : {{s:Mijlweg}}, {{l:Dordrecht}} (bedrijventerrein)\n"
            "Meldkamer   : {{o:GMK Rotterdam}} - tafel brandweer ZHZ\n"
            "Centralist  : [[MVDBERG]] / [[KAYA_S]]"),
    ("pre", "14:52:07 MELDING via 112, melder [[JANSSEN, PIETER]] tel [[t:0031 6 28 40 16 55]]\n"
            "14:52:40 melder: rook uit dak, personeel buiten, gasflessen in hal\n"
            "14:53:02 alarm TS 18-4231, TS 18-4331, OvD-B [[VAN RIJSWIJK]]\n"
            "14:55:13 2e melder mw. [[DE LANGE-OTTEN]] tel [[t:078 616 22 80]]: zwarte rook\n"
            "14:58:44 politie gealarmeerd, eenheid 17-12 (hoofdagent [[AMRANI]])\n"
            "15:04:30 TS 18-4231 ter plaatse, bev. [[BOOGAARD]]: uitslaande brand\n"
            "15:12:18 AGS [[VERKERK]] gealarmeerd\n"
            "15:21:55 GRIP 1, CoPI {{s:Zeehavenweg}}\n"
            "15:33:02 melder [[VD HEUVEL, Anton]] [[t:06-19283746]] meldt rook {{l:Wielwijk}}\n"
            "16:05:40 GRIP 2 HOvD [[TEN BRINKE-VISSER]]\n"
            "16:20:11 politie [[WAGENAAR]]: aanvraag extra eenheden afzetting\n"
            "17:20:03 GRIP 3 ({{f:voorzitter VR}})\n"
            "17:30:47 NL-Alert uitgezonden (CvD [[YILDIRIM]])\n"
            "21:15:00 brand meester\n"
            "02:04:12 incident afgesloten door [[MVDBERG]]"),
    ("p", "Meldkamernummer voor hulpdiensten: {{t:010 - 446 8100}}. Het logbestand is een export uit "
          "{{w:GMS}} ten behoeve van de evaluatie."),
  ])

# =========================================================================== pv15 minister letter (docx)
D(id="pv15", producer="docx", docx_font="Liberation Sans", size=10,
  title="Brief minister JenV aan voorzitters veiligheidsregio's",
  docx_author="[[Kuijpers, R.]]",
  blocks=[
    ("p", "> Retouradres Postbus 20301 2500 EH {{l:Den Haag}}"),
    ("p", "Aan de voorzitters van de veiligheidsregio's\np/a {{o:Veiligheidsberaad}}"),
    ("p", "{{o:Directoraat-Generaal Politie en Veiligheidsregio's}}\n{{o:Directie Veiligheidsregio's}}\n"
          "{{s:Turfmarkt 147}}\nContactpersoon\ndrs. [[R.A. Kuijpers]]\n{{f:senior beleidsmedewerker}}\n"
          "T [[t:070 370 84 15]]\nM [[t:06 52 19 73 60]]\n[[e:r.a.kuijpers@minjenv.nl]]"),
    ("p", "Datum {{d:27 september 2024}}\nOnderwerp Evaluatie {{g:Wet veiligheidsregio's}} - vervolg\n"
          "Ons kenmerk {{n:5893412}}"),
    ("p", "Geachte voorzitters,"),
    ("p", "Met deze brief informeer ik u over de vervolgstappen na de evaluatie van de {{g:Wet "
          "veiligheidsregio's}} (Wvr). Mijn ambtsvoorganger heeft de Tweede Kamer in 2023 toegezegd de "
          "wet te herzien. Ik wil daarbij in het bijzonder aandacht besteden aan de positie van de "
          "meldkamers, de rol van de {{o:GHOR}} en de crisisbeheersing bij langdurige crises."),
    ("p", "Op {{d:14 november 2024}} bespreek ik de hoofdlijnen met het {{o:Veiligheidsberaad}}. Ik heb "
          "{{r:staatssecretaris Coenradie}} gevraagd daarbij aanwezig te zijn voor het onderdeel over de "
          "meldkamer. Ook de {{o:Inspectie Justitie en Veiligheid}} zal haar bevindingen toelichten. De "
          "Kamerleden {{r:Michon-Derkzen}} en {{r:Mutluer}} hebben gevraagd om een technische briefing; "
          "die vindt plaats in december."),
    ("p", "Vragen over deze brief kunt u richten aan de contactpersoon die hiernaast staat. Uw ambtelijke "
          "secretarissen zijn al geïnformeerd door [[Kuijpers]] en zijn collega's mw. [[Ş. Yılmaz]] en "
          "[[Tom Derksen]]."),
    ("p", "De {{r:Minister van Justitie en Veiligheid}},\n\n\n{{r:David van Weel}}"),
    ("small", "Postadres Postbus 20301, 2500 EH {{l:Den Haag}} | {{w:www.rijksoverheid.nl/jenv}}"),
  ])

# =========================================================================== pv16 AB minutes with annotations
D(id="pv16", producer="reportlab", font="LiberationSerif", size=10.5,
  title="Verslag Algemeen Bestuur VRZHZ 26 september 2024",
  annots=[(0, [430, 700, 450, 720], "Graag checken met [[Mirjam]] ([[t:06-28 41 77 90]]) of de cijfers kloppen",
           "[[A. Strijbosch]]"),
          (1, [430, 600, 450, 620], "Actie 3 ligt bij [[Olaf]] (afd. Financiën) - niet bij de directeur",
           "[[A. Strijbosch]]")],
  blocks=[
    ("h1", "Verslag vergadering Algemeen Bestuur {{o:Veiligheidsregio Zuid-Holland Zuid}}"),
    ("p", "Datum: {{d:26 september 2024}}, 15.00-17.00 uur, crisiscentrum {{l:Dordrecht}}. "
          "Openbaar gedeelte."),
    ("h2", "Aanwezig"),
    ("p", "{{r:W. Kolff}} (voorzitter, {{l:Dordrecht}}), {{r:R. Vat}} ({{l:Gorinchem}}), {{r:J. Heijkoop}} "
          "({{l:Hendrik-Ido-Ambacht}}), {{r:J. Paans}} ({{l:Alblasserdam}}) en de burgemeesters van de overige "
          "gemeenten of hun vervangers; namens de {{o:Politie}}: [[A.J. Valkenburg]]; {{f:directeur "
          "veiligheidsregio}}: drs. [[C.P. (Corine) van der Wolf]]; {{f:secretaris}}: [[Anton Strijbosch]]."),
    ("h2", "1. Opening en mededelingen"),
    ("p", "De voorzitter opent de vergadering en staat stil bij de brand aan de {{s:Mijlweg}}. Hij dankt "
          "de brandweermensen, politiemensen en de medewerkers van de {{o:GHOR}} en van de gemeente. Het "
          "evaluatierapport wordt op {{d:3 oktober 2024}} in het {{o:Dagelijks Bestuur}} vastgesteld."),
    ("h2", "2. Jaarrekening 2023 en bestemming resultaat"),
    ("p", "De jaarrekening sluit met een positief resultaat van € 1.214.000. {{r:Burgemeester Vat}} vraagt "
          "of een deel kan worden ingezet voor de vervanging van tankautospuiten. De directeur, "
          "[[Van der Wolf]], zegt toe in november een voorstel te doen."),
    ("h2", "3. Kadernota 2026"),
    ("p", "Het bestuur stemt in met de kadernota. {{r:Burgemeester Heijkoop}} vraagt aandacht voor de "
          "opkomsttijden in {{l:Hendrik-Ido-Ambacht}}; de regionaal commandant, [[Oosterwijk]], licht toe dat "
          "de post met ingang van 2025 een tweede ploeg vrijwilligers krijgt."),
    ("pagebreak",),
    ("h2", "4. Regionaal risicoprofiel"),
    ("p", "Het bestuur stelt het {{w:Regionaal Risicoprofiel 2025-2028}} vast. Nieuw zijn de risico's van "
          "langdurige uitval van de elektriciteitsvoorziening en van natuurbranden in de {{l:Biesbosch}}. "
          "Het {{o:Waterschap Hollandse Delta}}, vertegenwoordigd door de {{f:dijkgraaf}}, "
          "onderschrijft de aanpak."),
    ("h2", "Actielijst"),
    ("table", [["Nr.", "Actie", "Wie", "Wanneer"],
               ["1", "Voorstel bestemming resultaat", "[[CvdW]]", "{{d:21 november 2024}}"],
               ["2", "Notitie opkomsttijden {{l:Hendrik-Ido-Ambacht}}", "[[HJO]]", "Q1 2025"],
               ["3", "Begrotingswijziging meldkamer", "[[AS]]", "{{d:21 november 2024}}"]], [12, 100, 25, 35]),
    ("p", "Vastgesteld in de vergadering van {{d:21 november 2024}}.\nDe secretaris, [[A. Strijbosch]]      "
          "De voorzitter, {{r:W. Kolff}}"),
  ])

# =========================================================================== pv17 evaluation New Year's Eve Rotterdam-Zuid
D(id="pv17", producer="reportlab", font="Helvetica", size=10,
  title="Evaluatie jaarwisseling 2024-2025 district Rotterdam-Zuid",
  info={"Author": "[[Roodenburg, C.]]", "Subject": "Evaluatie JW, opgesteld door [[Dirk-Jan Bosman]]"},
  header="{{o:Politie}} Eenheid {{o:Rotterdam}} - District {{o:Rotterdam-Zuid}} - Rubricering: Dienstgeheim",
  blocks=[
    ("h1", "Evaluatie jaarwisseling 2024-2025, district {{o:Rotterdam-Zuid}}"),
    ("p", "Aan: {{r:burgemeester Schouten}}, {{o:driehoek Rotterdam}}\nVan: {{f:districtschef}} "
          "{{o:Rotterdam-Zuid}}, commissaris [[C.M. Roodenburg]]\nDatum: {{d:20 januari 2025}}"),
    ("h2", "1. Beeld"),
    ("p", "De jaarwisseling verliep in {{l:Feijenoord}}, {{l:Charlois}} en {{l:IJsselmonde}} onrustiger dan "
          "vorig jaar. Er waren 47 containerbranden en 12 autobranden. Op het {{s:Afrikaanderplein}} en "
          "bij de {{s:Groene Hilledijk}} werden hulpverleners bekogeld. De ME is drie keer ingezet. "
          "Het {{w:vuurwerkverbod}} dat {{r:burgemeester Schouten}} in {{d:november 2024}} afkondigde "
          "voor de zones rond de {{s:Beijerlandselaan}} is grotendeels nageleefd."),
    ("h2", "2. Geweld tegen hulpverleners"),
    ("p", "Een collega van het basisteam {{o:Feijenoord}}, agent [[M. Bakker]], liep door een "
          "vuurwerkbom [[h:tweedegraads brandwonden]] aan de rechterhand op. Hij is op "
          "{{d:1 januari 2025}} ontslagen uit het {{o:Maasstad Ziekenhuis}} en staat tot half februari "
          "ziek gemeld. Ploegchef [[Ricardo Fernandes]] van de {{o:Brandweer Rotterdam-Rijnmond}} werd bij "
          "de {{s:Putselaan}} met een fles bekogeld; hij bleef ongedeerd."),
    ("h2", "3. Aanhoudingen"),
    ("table", [["Nr.", "Verdachte", "Geb.datum", "Feit"],
               ["1", "[[D.M. (Dylan) van Os]]", "[[d:04-06-2007]]", "[[c:art. 141 Sr, openlijke geweldpleging]]"],
               ["2", "[[Jayden R.]]", "[[d:17-11-2008]]", "[[c:bezit zwaar vuurwerk (Cat. F4)]]"],
               ["3", "[[B. El Amrani]]", "[[d:29-02-2004]]", "[[c:belediging ambtenaar in functie]]"]],
     [10, 45, 28, 80]),
    ("p", "De zaken van verdachten 1 en 2 zijn voorgelegd aan het {{o:Openbaar Ministerie}} voor de "
          "snelrechtzitting van {{d:3 januari 2025}}. Verdachte 2 is minderjarig; de zaak is overgedragen "
          "aan {{o:Bureau Halt}}."),
    ("pagebreak",),
    ("h2", "4. Samenwerking"),
    ("p", "De samenwerking met de {{o:Brandweer Rotterdam-Rijnmond}} en de {{o:Gemeente Rotterdam}} was "
          "goed. De SGBO stond onder leiding van [[Roodenburg]]; teamchef hoofdinspecteur [[Dirk-Jan "
          "Bosman]] was {{f:Algemeen Commandant}}. De bewonersmeldingen via {{t:0900-8844}} zijn sneller "
          "afgehandeld dan vorig jaar. Een bewoonster van de {{s:Pretorialaan}}, mevrouw [[A. Schouten]], "
          "heeft een klacht ingediend over de late reactie op haar melding; die wordt behandeld door "
          "[[Priya Ramsaran]] van het {{o:Servicecentrum}}."),
    ("h2", "5. Aanbevelingen"),
    ("p", "1. Breid het vuurwerkverbod uit naar {{l:Charlois}}.\n2. Zet eerder cameratoezicht in op "
          "het {{s:Afrikaanderplein}} (aanwijzing op grond van {{g:artikel 151c Gemeentewet}}).\n"
          "3. Stel met de brandweer een gezamenlijke briefing op voor 31 december."),
    ("p", "[[C.M. Roodenburg]]\n{{f:Districtschef}} {{o:Rotterdam-Zuid}}\n[[t:06-5120 3398]]"),
  ])

# =========================================================================== pv18 bestuurlijke rapportage (docx)
D(id="pv18", producer="docx", docx_font="Carlito", size=10.5,
  title="Bestuurlijke rapportage artikel 13b Opiumwet",
  docx_author="[[HOOGERWERF M]]",
  header="{{o:Politie}} | Eenheid {{o:Rotterdam}} | District {{o:Zuid-Holland-Zuid}}",
  blocks=[
    ("h1", "Bestuurlijke rapportage"),
    ("p", "Aan: {{r:de burgemeester van Zwijndrecht}}\nVan: {{o:Politie}}, basisteam {{o:Drechtsteden}}, "
          "cluster Bijzondere Wetten\nDatum: {{d:12 november 2024}}\nKenmerk: {{n:BR-2024-ZHZ-118}}"),
    ("p", "Onderwerp: aantreffen hennepkwekerij in woning, mogelijke sluiting op grond van "
          "{{g:artikel 13b Opiumwet}}"),
    ("h2", "Feiten"),
    ("p", "Op {{d:5 november 2024}} kwamen wij, na een melding van {{o:Stedin}} over stroomdiefstal, in de "
          "woning [[a:Lindtsedijk 141]] te {{l:Zwijndrecht}}. In de woning troffen wij een in werking "
          "zijnde hennepkwekerij aan met 312 planten in twee kweekruimten. De hoofdbewoner is:"),
    ("table", [["Naam", "[[KRAMER, Stefan Johannes]]"], ["Geboren", "[[d:23-08-1979]]"],
               ["BSN", "[[b:307415727]]"], ["Huurder van", "{{o:Woonkracht10}}"]]),
    ("p", "Betrokkene is bij de politie bekend wegens [[c:eerdere overtredingen van de Opiumwet]] (2019, "
          "2021). Zijn partner, [[Chantal Meijerink]], verklaarde niet van de kwekerij te weten. In de "
          "woning woont ook haar zoon (14 jaar)."),
    ("h2", "Advies"),
    ("p", "Gelet op het {{w:Damoclesbeleid}} van de gemeente {{l:Zwijndrecht}} adviseert de politie de "
          "woning voor drie maanden te sluiten. Wij wijzen op de aanwezigheid van een minderjarige; "
          "afstemming met {{o:Veilig Thuis Zuid-Holland Zuid}} is gewenst."),
    ("p", "Opgemaakt door: [[M. Hoogerwerf]], {{f:hoofdagent}}, registratienummer [[n:HM5520]]\n"
          "Gezien: inspecteur [[L. Tjon-A-Loi]], {{f:teamchef}}"),
    ("small", "Deze rapportage bevat strafvorderlijke en politiegegevens. Verstrekking op grond van "
              "{{g:artikel 16 Wet politiegegevens}}. Niet verder verspreiden."),
  ])

# =========================================================================== pv19 damage claim citizen (IBAN)
D(id="pv19", producer="reportlab", font="LiberationSerif", size=11,
  title="Verzoek schadevergoeding waterschade blusinzet",
  blocks=[
    ("p", "[[Jelle Smulders]] en [[Femke Smulders-Aydın]]\n[[a:Dordtsestraatweg 402]]\n"
          "[[a:3075 BJ]] Rotterdam\n[[e:smuldersaydin@outlook.com]]"),
    ("p", "{{o:Veiligheidsregio Rotterdam-Rijnmond}}\nt.a.v. afdeling Juridische Zaken\nPostbus 9154\n"
          "3007 AD Rotterdam"),
    ("p", "Rotterdam, {{d:20 januari 2025}}"),
    ("p", "Betreft: verzoek om schadevergoeding, uw incidentnummer {{n:VRR-2025-000173}}"),
    ("p", "Geachte heer, mevrouw,"),
    ("p", "In de nacht van {{d:1 januari 2025}} brak brand uit in de woning onder ons. De brandweer heeft "
          "de brand snel geblust, waarvoor onze grote dank. Bij de inzet is echter ook onze woning "
          "ernstig beschadigd door bluswater. De bevelvoerder ter plaatse, de heer [[Fernandes]], heeft ons "
          "verteld dat wij de schade bij u kunnen melden."),
    ("p", "Onze verzekeraar, {{o:Centraal Beheer}}, vergoedt de schade aan de inboedel maar niet het eigen "
          "risico en de kosten van de tijdelijke opvang bij mijn schoonmoeder, mevrouw [[N. Aydın]], in "
          "Hellevoetsluis. Wij verzoeken u deze kosten (€ 1.840,-) te vergoeden. Een overzicht is "
          "bijgevoegd."),
    ("p", "U kunt het bedrag overmaken op rekening [[i:NL20 INGB 0001 2345 67]] ten name van "
          "[[J. Smulders]]."),
    ("p", "Wij zijn telefonisch bereikbaar op [[t:06-38 27 51 90]] (Jelle) en [[t:06-41 60 03 88]] "
          "(Femke). Onze dochter [[Noa]] (6) slaapt sinds de brand slecht; wij zijn daarvoor in contact "
          "met de huisarts, maar dat valt buiten deze claim."),
    ("p", "Met vriendelijke groet,\n\n[[J. Smulders]]                 [[F. Smulders-Aydın]]"),
  ])

# =========================================================================== pv20 Woo inventory list
D(id="pv20", producer="reportlab", font="Helvetica", size=8.5,
  title="Inventarislijst Woo-besluit WOO-2024-0412",
  blocks=[
    ("h1", "Inventarislijst bij besluit {{n:WOO-2024-0412}}"),
    ("p", "Verzoek om documenten over de vergunning voor het {{w:Zomerfestival Wantijpark}} 2024. "
          "Besluit van {{d:2 december 2024}}. Opgesteld door [[Thijs Bakkenes]], {{o:Juridische Zaken}}."),
    ("table", [["Nr.", "Document", "Datum", "Beoordeling", "Grond"],
               ["1", "Aanvraag evenementenvergunning {{o:Wantij Events B.V.}}", "{{d:03-04-2024}}", "deels openbaar", "5.1.2e"],
               ["2", "Veiligheidsplan organisator, versie 2", "{{d:22-05-2024}}", "deels openbaar", "5.1.2e"],
               ["3", "Advies brandweer ([[H.J. Oosterwijk]])", "{{d:28-06-2024}}", "deels openbaar", "5.1.2e"],
               ["4", "Advies politie district {{o:Zuid-Holland-Zuid}}", "{{d:05-07-2024}}", "niet openbaar", "5.1.2d"],
               ["5", "Advies {{o:GHOR Zuid-Holland Zuid}} (hitte)", "{{d:08-07-2024}}", "deels openbaar", "5.1.2e"],
               ["6", "E-mail [[Lodewijks]] aan [[Valkenburg]] en [[Oosterwijk]]", "{{d:15-07-2024}}", "deels openbaar", "5.1.2e"],
               ["7", "E-mail [[Valkenburg]] - RE: inzet", "{{d:16-07-2024}}", "deels openbaar", "5.1.2e"],
               ["8", "E-mail [[Oosterwijk]] - RE: inzet", "{{d:16-07-2024}}", "deels openbaar", "5.1.2e"],
               ["9", "Agenda driehoeksoverleg", "{{d:19-07-2024}}", "openbaar", "-"],
               ["10", "Verslag driehoeksoverleg", "{{d:19-07-2024}}", "deels openbaar", "5.1.2e"],
               ["11", "Vergunning {{n:Z-24-118402}}", "{{d:22-07-2024}}", "openbaar", "-"],
               ["12", "Klacht omwonende mw. [[Van Gils]] over geluid", "{{d:28-07-2024}}", "deels openbaar", "5.1.2e"],
               ["13", "Antwoord op klacht ([[S. Hoogendijk]])", "{{d:12-08-2024}}", "deels openbaar", "5.1.2e"],
               ["14", "Zienswijze [[T. Verhoeff]]", "{{d:18-11-2024}}", "deels openbaar", "5.1.2e"]],
     [10, 88, 22, 25, 16]),
    ("p", "Documenten 15 tot en met 23 zijn al openbaar (raadsinformatiebrief, persbericht) en worden "
          "alleen genoemd. Vragen: {{m:woo@dordrecht.nl}}."),
  ])

# =========================================================================== pv21 on-call list (capitals)
D(id="pv21", producer="reportlab", font="DejaVuSans", size=8.5,
  title="Bereikbaarheidslijst crisisfuncties week 32",
  info={"Author": "[[Plasmeijer, J.]]"},
  blocks=[
    ("h1", "Bereikbaarheidslijst crisisfuncties VRZHZ - week 32 ({{d:5 t/m 11 augustus 2024}})"),
    ("small", "Alleen voor intern gebruik. Niet verspreiden. Wijzigingen via het {{o:Veiligheidsbureau}} "
              "({{m:piket@vrzhz.nl}})."),
    ("table", [["Functie", "Naam", "Mobiel", "Vervanger"],
               ["{{f:Operationeel Leider}}", "[[DE BRUIJN-VERHAGEN, Marjolein]]", "[[t:06-2374 1188]]", "[[OOSTERWIJK, H.J.]]"],
               ["{{f:HOvD}}", "[[TEN BRINKE-VISSER, Saskia]]", "[[t:06-3815 6620]]", "[[MOLENAAR, Pim]]"],
               ["{{f:OvD-B}} Noord", "[[VAN RIJSWIJK, Dennis]]", "[[t:06-2290 1174]]", "[[KOCK, J. de]]"],
               ["{{f:OvD-G}}", "[[MULDER, Pieter-Bas]]", "[[t:06-3190 7246]]", "[[ZHANG, Wei]]"],
               ["{{f:AGS}}", "[[VERKERK, Lotte (dr.)]]", "[[t:06-5583 0217]]", "[[O'NEILL, Siobhan]]"],
               ["{{f:Informatiemanager}} ROT", "[[HEIJNEN, Bas]]", "[[t:06-4106 7789]]", "[[PLASMEIJER, Jorien]]"],
               ["{{f:CvD}}", "[[YILDIRIM, Mehmet]]", "[[t:06-1947 3308]]", "[[NGUYEN, Thi Lan]]"],
               ["{{f:Communicatieadviseur}}", "[[EL KHATIB, Noor]]", "[[t:06-2781 4450]]", "[[VERHULST, Bram]]"],
               ["{{f:Secretaris RBT}}", "[[DE GRAAF-SMITS, Wilma]]", "[[t:06-1470 2255]]", "[[STRIJBOSCH, A.]]"]],
     [38, 55, 27, 45]),
    ("p", "Bestuurlijk piket: {{r:burgemeester Kolff}} ({{f:voorzitter veiligheidsregio}}); vervanger "
          "{{r:burgemeester Vat}}. Bereikbaar via het {{o:Veiligheidsbureau}}, {{t:078 - 632 89 00}} "
          "(24/7)."),
    ("p", "Meldkamer Rotterdam: {{t:010 - 446 8100}}. {{o:Nationaal Crisiscentrum}}: via de {{f:piketcoördinator}} "
          "NCC."),
  ])

# =========================================================================== pv22 SITREP CoPI
D(id="pv22", producer="reportlab", font="Carlito", size=10,
  title="SITREP 3 CoPI Mijlweg",
  info={"Author": "[[Rik Bouwman]]"},
  blocks=[
    ("h1", "Situatierapport (SITREP) nr. 3 - CoPI {{s:Mijlweg}}"),
    ("table", [["Datum/tijd", "{{d:9 augustus 2024}}, 18.45 uur"], ["GRIP", "{{w:GRIP 3}}"],
               ["Leider CoPI", "[[S. ten Brinke-Visser]]"], ["Opsteller", "[[B. Heijnen]] (IM CoPI)"]], [40, 120]),
    ("h2", "Beeld"),
    ("p", "Brand in opslaghal (circa 4.000 m²) aan de {{s:Mijlweg}}, bedrijventerrein {{l:Dordtse Kil}}. "
          "Dak deels ingestort. Gasflessen gekoeld, geen explosiegevaar meer volgens bevelvoerder "
          "[[K. Boogaard]]. Rookpluim richting {{l:Zwijndrecht}}, metingen MOD onder interventiewaarden."),
    ("h2", "Effecten"),
    ("p", "Twee gewonden (medewerkers), beiden in het ziekenhuis; één, [[Ricardo Sanches]], opgenomen "
          "ter observatie. Verkeer: {{s:N3}} afrit {{l:Dordrecht-Centrum}} dicht. Drie gezinnen aan de "
          "{{s:Zeehavenweg}} opgevangen in sporthal {{w:De Overkant}}."),
    ("h2", "Acties"),
    ("table", [["Sector", "Actie", "Contact"],
               ["Brandweer", "Nablussen, inzet hoogwerker", "[[Boogaard]] / [[Van Rijswijk]]"],
               ["Politie", "Afzetting, noodbevel handhaven", "[[Wagenaar]] ([[t:06-1290 3377]])"],
               ["GHOR", "Nazorg, huisartsen informeren", "[[Mulder]]"],
               ["Gemeente", "Opvang, bewonersbrief", "[[Hoogendijk]] ([[t:06 - 48 22 19 05]])"]],
     [30, 80, 55]),
    ("p", "Volgende SITREP om 20.00 uur. Verspreiding: ROT, RBT, {{o:NCC}}."),
  ])

# =========================================================================== pv23 English e-mail with foreign liaisons
D(id="pv23", producer="reportlab", font="LiberationSans", size=10,
  title="FW: Cross-border assistance Zeeland-Flanders",
  blocks=[
    ("p", "From: [[Pieter Vandenbroucke]] <[[e:pieter.vandenbroucke@brandweerzonecentrum.be]]>\n"
          "Sent: Thursday, {{d:6 March 2025}} 09:14\n"
          "To: [[Marc Hoekman]] <[[e:m.hoekman@vrzeeland.nl]]>\n"
          "Cc: [[Jürgen Schäfer-Wiegand]] <[[e:j.schaefer-wiegand@feuerwehr-aachen.de]]>\n"
          "Subject: Cross-border assistance - {{w:Scheldt exercise}} debrief"),
    ("p", "Dear [[Marc]],"),
    ("p", "Thank you for hosting the debrief in {{l:Terneuzen}}. As agreed, I am sending the list of "
          "lessons from the {{o:Brandweerzone Centrum}} side. Our commander, Kolonel [[Geert De Smet]], "
          "asked me to stress that the radio link between our dispatch and the {{o:Meldkamer Zeeland}} "
          "failed twice. Our liaison officer, [[Ann-Sofie Claeys]] ([[t:+32 475 62 19 08]]), will "
          "contact your IT team."),
    ("p", "[[Jürgen]], could you confirm whether the {{o:Feuerwehr Aachen}} will join the next session? "
          "The {{o:Veiligheidsregio Zeeland}} has offered a date in May."),
    ("p", "Kind regards,\n[[Pieter Vandenbroucke]]\nLiaison officer, {{o:Brandweerzone Centrum}}, {{l:Gent}}\n"
          "Mob. [[t:+32 (0)486 11 72 30]]"),
    ("p", "----- Reply -----\nFrom: [[Marc Hoekman]]\nTo: [[Pieter Vandenbroucke]]\nSent: {{d:6 March 2025}} 11:02"),
    ("p", "Hi [[Pieter]], thanks. Our {{f:head of operations}}, [[Lieke Boone]], will pick up the radio "
          "issue with the {{o:Landelijke Meldkamer Samenwerking}}. The mayor of {{l:Terneuzen}} attended "
          "the exercise in her role as chair; the report goes to the {{o:Veiligheidsbestuur}} in April. "
          "Regards, [[Marc]] ([[t:06 - 20 87 44 13]])"),
  ])

# =========================================================================== pv24 residents' letter by mayor (docx)
D(id="pv24", producer="docx", docx_font="Liberation Sans", size=10.5,
  title="Bewonersbrief brand Mijlweg",
  docx_author="[[N. El Khatib]]",
  blocks=[
    ("p", "{{o:Gemeente Dordrecht}}\n\nAan de bewoners van {{l:Wielwijk}}, {{l:Crabbehof}} en {{l:Zuidhoven}}"),
    ("p", "Datum: {{d:10 augustus 2024}}\nOnderwerp: de brand aan de {{s:Mijlweg}}"),
    ("p", "Beste bewoners,"),
    ("p", "Gisteren woedde er een grote brand in een bedrijfspand aan de {{s:Mijlweg}}. Veel van u hebben "
          "de rook gezien en geroken, en velen hebben een NL-Alert ontvangen. De brand is inmiddels "
          "geblust. Ik begrijp dat dit voor velen van u een angstige avond was."),
    ("p", "De metingen die de brandweer en de {{o:Milieu Ongevallen Dienst}} van het {{o:RIVM}} hebben "
          "gedaan, laten zien dat de concentraties van schadelijke stoffen onder de grenswaarden zijn "
          "gebleven. Er kan roet zijn neergekomen in tuinen. Groente uit de moestuin kunt u na "
          "afspoelen gewoon eten. Heeft u gezondheidsklachten, neem dan contact op met uw huisarts."),
    ("p", "Op donderdag {{d:12 september 2024}} organiseren wij een bijeenkomst in wijkcentrum "
          "{{w:De Wielslag}}, {{s:Karel Doormanstraat}}, waar de brandweer, de politie en de {{o:GGD "
          "Zuid-Holland Zuid}} uw vragen beantwoorden."),
    ("p", "Met vriendelijke groet,\n\n{{r:Wouter Kolff}}\n{{r:burgemeester van Dordrecht}}"),
    ("p", "Heeft u vragen? Bel {{t:14 078}} of mail naar {{m:brandmijlweg@dordrecht.nl}}. Uw contactpersoon in "
          "de wijk is [[Sanne Hoogendijk]], bereikbaar op [[t:06-4822 1905]]."),
  ])

# =========================================================================== pv25 aftercare report (health data)
D(id="pv25", producer="reportlab", font="Helvetica", size=10,
  title="Verslag nazorg hulpverleners brand Mijlweg",
  header="{{o:Veiligheidsregio Zuid-Holland Zuid}} - Team Collegiale Ondersteuning - VERTROUWELIJK",
  blocks=[
    ("h1", "Verslag nazorg na de brand aan de {{s:Mijlweg}}"),
    ("p", "Datum: {{d:23 augustus 2024}}. Opgesteld door het {{o:Team Collegiale Ondersteuning}} (TCO) voor "
          "de {{f:regionaal commandant}}. Dit verslag bevat gezondheidsgegevens en is niet bestemd voor "
          "verdere verspreiding."),
    ("h2", "Gesprekken"),
    ("p", "Na de inzet zijn met 19 brandweermensen en 3 politiemensen defusinggesprekken gevoerd. De "
          "TCO-coördinator, [[Hanneke Stolk]], voerde de gesprekken samen met [[Gijs van 't Hek]] en "
          "[[Tamara Baboeram]]."),
    ("table", [["Medewerker", "Bijzonderheden", "Vervolg"],
               ["[[J. van Amerongen]]", "[[h:slaapproblemen]], [[h:herbeleving]] van de instorting",
                "doorverwezen naar de bedrijfsarts"],
               ["[[F. Steenbergen]]", "geen klachten", "geen"],
               ["[[K. Boogaard]]", "[[h:verhoogde bloeddruk]] na inzet; onder behandeling huisarts",
                "tweede gesprek {{d:6 september}}"],
               ["[[R. Oudejans-Groen]]", "lichte [[h:rookinhalatie]], hersteld", "geen"],
               ["[[I. Wagenaar]] (politie)", "[[h:zwanger]], 20 weken; zorgen over rookblootstelling",
                "contact {{o:Arbodienst Politie}}"]], [40, 85, 45]),
    ("p", "Bij één vrijwilliger, [[Joost]], is sprake van een [[h:posttraumatische stressreactie]]. Hij is "
          "met zijn instemming aangemeld bij het {{o:Landelijk Steunpunt Brandweer}} (LSB) voor EMDR. Zijn "
          "vrouw, [[Esther]], is op de hoogte."),
    ("h2", "Conclusie"),
    ("p", "De nazorg is tijdig op gang gekomen. Aandachtspunt: de politie heeft een eigen "
          "nazorgtraject; afstemming met het {{o:Bedrijfsopvangteam}} van de politie loopt via "
          "[[Mirjam Tolboom]] ([[e:mirjam.tolboom@politie.nl]])."),
    ("small", "Contact TCO: {{m:tco@vrzhz.nl}}"),
  ])

# =========================================================================== pv26 advice note to mayor (docx)
D(id="pv26", producer="docx", docx_font="Carlito", size=10.5,
  title="Adviesnota burgemeester - cameratoezicht Afrikaanderplein",
  annots=[(0, [480, 760, 500, 780], "Klopt dit bedrag? Vraag [[Hessel]] even ([[t:010-267 13 52]]).",
           "[[Ramsaran, P.]]")],
  blocks=[
    ("h1", "Adviesnota aan {{r:de burgemeester}}"),
    ("table", [["Aan", "{{r:burgemeester Schouten}}"], ["Van", "[[Hessel Brandsma]], {{o:Directie Veilig}}"],
               ["Datum", "{{d:10 februari 2025}}"], ["Kenmerk", "{{n:25BB001842}}"],
               ["Onderwerp", "Aanwijzing cameratoezicht {{s:Afrikaanderplein}} e.o."]]),
    ("h2", "Aanleiding"),
    ("p", "Naar aanleiding van de evaluatie van de jaarwisseling adviseert de politie om het gebied rond "
          "het {{s:Afrikaanderplein}} aan te wijzen voor cameratoezicht op grond van {{g:artikel 151c "
          "Gemeentewet}}. De {{f:districtschef}}, mevrouw [[Roodenburg]], heeft dat advies op "
          "{{d:28 januari 2025}} in de driehoek toegelicht."),
    ("h2", "Geadviseerd besluit"),
    ("p", "Aan de burgemeester wordt gevraagd:\n1. het gebied aan te wijzen voor de periode van "
          "{{d:1 maart 2025}} tot en met {{d:28 februari 2027}};\n2. de gemeenteraad te informeren met "
          "bijgaande raadsinformatiebrief."),
    ("h2", "Kern"),
    ("p", "Cameratoezicht is een zwaar middel. Uit de evaluatie blijkt dat in het gebied 14 incidenten van "
          "geweld tegen hulpverleners plaatsvonden. Bewoners, onder wie de heer [[Kaddouri]] van de "
          "{{o:bewonersorganisatie Afrikaanderwijk}}, hebben tijdens de bewonersavond om camera's gevraagd. "
          "De privacy-officer, [[Wouter Zegers]], adviseert positief onder voorwaarden."),
    ("h2", "Krachtenveld"),
    ("p", "De fracties van {{o:Leefbaar Rotterdam}} en {{o:VVD}} steunen de maatregel; {{o:GroenLinks}} "
          "heeft vragen gesteld over de duur. Raadslid {{r:Kasmi}} heeft om een evaluatie na een jaar "
          "gevraagd."),
    ("h2", "Paraaflijst"),
    ("table", [["Naam", "Functie", "Paraaf", "Datum"],
               ["[[H. Brandsma]]", "{{f:beleidsadviseur}}", "[[HB]]", "{{d:10-02-2025}}"],
               ["[[P. Ramsaran]]", "{{f:juridisch adviseur}}", "[[PR]]", "{{d:11-02-2025}}"],
               ["drs. [[E.J. Kooistra]]", "{{f:directeur Veilig}}", "[[EJK]]", "{{d:12-02-2025}}"]]),
    ("h2", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "Motivering: in deze nota staan namen van ambtenaren en van een bewoner; deze persoonsgegevens "
          "worden bij openbaarmaking weggelakt op grond van artikel 5.1, tweede lid, onder e, Woo."),
  ])

# =========================================================================== pv27 official report of findings
D(id="pv27", producer="reportlab", font="Times-Roman", size=10.5,
  title="Proces-verbaal van bevindingen - ordeverstoring Wantijpark",
  header="{{o:POLITIE}} EENHEID {{o:ROTTERDAM}}",
  footer="{{n:PL1700-2024201377}}",
  blocks=[
    ("h1", "PROCES-VERBAAL VAN BEVINDINGEN"),
    ("p", "Nummer: {{n:PL1700-2024201377}}-1\nOnderzoek: ordeverstoring {{w:Zomerfestival Wantijpark}}"),
    ("p", "Verbalisanten:\n[[Y. Amrani]], {{f:hoofdagent}}, registratienummer [[n:AY4418]]\n"
          "[[S.L. de Vos]], {{f:agent}}, registratienummer [[n:VS9023]]\n"
          "beiden werkzaam bij de {{o:Politie Eenheid Rotterdam}}, basisteam {{o:Dordrecht}}."),
    ("p", "Op zaterdag {{d:27 juli 2024}} omstreeks 23.40 uur waren wij, verbalisanten, in uniform gekleed "
          "belast met toezicht op het {{w:Zomerfestival Wantijpark}} te {{l:Dordrecht}}. Via de "
          "portofoon hoorden wij dat er een vechtpartij gaande was bij de uitgang aan de "
          "{{s:Baden Powellweg}}."),
    ("p", "Ter plaatse zagen wij twee mannen die elkaar sloegen. Wij hebben de mannen gescheiden. De "
          "ene man verklaarde te zijn: [[Levi Hoogvliet]], geboren [[d:02-12-2001]], wonende [[a:Nieuwe "
          "Haven 7]]. Hij bloedde uit een [[h:wond boven het linkeroog]]. De andere man gaf op te zijn "
          "[[Kevin Pronk]], geboren [[d:16-05-1999]]. Hij rook sterk naar alcohol; een blaastest wees "
          "uit dat hij [[c:onder invloed was (AAG 680 ug/l)]]."),
    ("p", "Een getuige, [[Sophie Reijnders]] ([[t:06-22 45 98 31]]), verklaarde dat [[Pronk]] de eerste "
          "klap gaf. [[Pronk]] is aangehouden ter zake van mishandeling ({{g:artikel 300 Wetboek van "
          "Strafrecht}}) en overgebracht naar het bureau {{s:Spuiweg}}. De EHBO-post van het "
          "{{o:Rode Kruis}} heeft de wond van [[Hoogvliet]] verzorgd."),
    ("pagebreak",),
    ("p", "De beveiliger van het festival, [[Ahmet Çelik]] van {{o:Trigion}}, verklaarde dat de mannen "
          "eerder op de avond al ruzie hadden gehad bij de bar. Hij had daarover de {{f:coördinator "
          "beveiliging}}, [[Dewi]], ingelicht."),
    ("p", "Camerabeelden van de organisator zijn veiliggesteld door de {{f:Officier van Dienst}} politie, "
          "inspecteur [[Bart Wielaert]]."),
    ("p", "Waarvan door ons is opgemaakt dit proces-verbaal, dat wij sloten en ondertekenden op "
          "{{d:28 juli 2024}} te {{l:Dordrecht}}.\n\n[[Y. Amrani]]                    [[S.L. de Vos]]"),
  ])

# =========================================================================== pv28 exercise attendance list
D(id="pv28", producer="reportlab", font="DejaVuSans", size=8.5,
  title="Presentielijst oefening Biesbosch natuurbrand",
  blocks=[
    ("h1", "Presentielijst oefening natuurbrandbestrijding {{l:Biesbosch}}"),
    ("p", "Datum: {{d:14 september 2024}} | Locatie: {{w:Biesbosch MuseumEiland}}, {{l:Werkendam}} | "
          "Oefenleider: ing. [[P.J. Molenaar]] | Samen met {{o:Staatsbosbeheer}} en "
          "{{o:Veiligheidsregio Midden- en West-Brabant}}"),
    ("table", [["Nr.", "Naam", "Personeelsnr.", "Geboortedatum", "Post", "Functie"],
               ["1", "[[Joost van Amerongen]]", "[[n:400317]]", "[[d:11-04-1990]]", "{{l:Dordrecht}}-Noord", "manschap"],
               ["2", "[[Fleur Steenbergen]]", "[[n:400582]]", "[[d:30-09-1996]]", "{{l:Dordrecht}}-Noord", "chauffeur"],
               ["3", "[[Rianne Oudejans-Groen]]", "[[n:401094]]", "[[d:02-01-1985]]", "{{l:Sliedrecht}}", "bevelvoerder"],
               ["4", "[[Wei Zhang]]", "[[n:402210]]", "[[d:19-07-1993]]", "{{l:Papendrecht}}", "manschap"],
               ["5", "[[Kofi Mensah]]", "[[n:402377]]", "[[d:08-03-2000]]", "{{l:Zwijndrecht}}", "manschap"],
               ["6", "[[Maartje van der Linden-Bos]]", "[[n:400049]]", "[[d:25-12-1978]]", "{{l:Werkendam}}", "bevelvoerder"],
               ["7", "[[Sven Kowalczyk]]", "[[n:403158]]", "[[d:14-06-1998]]", "{{l:Gorinchem}}", "chauffeur"],
               ["8", "[[Ilse de Haan]]", "[[n:401733]]", "[[d:07-10-1989]]", "{{l:Gorinchem}}", "manschap"],
               ["9", "[[Hamza Belkadi]]", "[[n:403401]]", "[[d:21-02-2002]]", "{{l:Sliedrecht}}", "manschap"],
               ["10", "[[Gerrit de Hoog]]", "[[n:399812]]", "[[d:13-11-1969]]", "{{l:Papendrecht}}", "ploegleider"]],
     [8, 48, 22, 24, 32, 26]),
    ("p", "Waarnemers: {{r:burgemeester Vat}} ({{l:Gorinchem}}), mr. [[D. Verhoeven]] ({{o:Staatsbosbeheer}}, "
          "{{f:boswachter}})."),
    ("p", "Handtekening oefenleider: [[Molenaar]]     Verwerking in {{w:AFAS}} door [[e:p.molenaar@vrzhz.nl]]"),
  ])

# =========================================================================== pv29 112 call transcript
D(id="pv29", producer="reportlab", font="Courier", mono="Courier", size=9.5,
  title="Transcriptie 112-melding",
  blocks=[
    ("h1", "Transcriptie 112-melding"),
    ("pre", "Incident : {{n:2024-0809-14521}}    Tijd: 14:52:07    Lijn: 112 -> brandweer\n"
            "Centralist: C1 ([[S. Kaya]])          Melder: M"),
    ("pre", "C1: 112, u spreekt met de meldkamer brandweer. Wat is het adres van het\n"
            "    noodgeval?\n"
            "M : Ja, {{s:Mijlweg}} in {{l:Dordrecht}}, het bedrijf naast ons. Er komt\n"
            "    zwarte rook uit het dak.\n"
            "C1: Hoe is uw naam?\n"
            "M : [[Pieter Janssen]]. Ik ben de {{f:bedrijfshulpverlener}} hier.\n"
            "C1: Op welk nummer kan ik u terugbellen, meneer [[Janssen]]?\n"
            "M : [[t:06-28401655]].\n"
            "C1: Zijn er nog mensen binnen?\n"
            "M : Weet ik niet. Onze mensen zijn buiten. [[Karim]] zegt dat hij\n"
            "    iemand heeft zien weglopen. En er staan gasflessen in die hal.\n"
            "C1: Ik stuur de brandweer. Blijft u op afstand, aan de kant waar\n"
            "    de wind vandaan komt.\n"
            "M : Mijn collega [[Wesley]] heeft [[h:astma]], moet hij naar binnen?\n"
            "C1: Laat hem uit de rook blijven. Als hij benauwd wordt, bel\n"
            "    opnieuw 112.\n"
            "M : Oké. Oké.\n"
            "C1: De brandweer is onderweg. Ik hang nu op."),
    ("p", "Transcriptie gemaakt op {{d:12 augustus 2024}} door [[Mila van Duijvenbode]] ({{o:GMK Rotterdam}}, "
          "kwaliteitsbureau) voor de evaluatie door de {{o:Veiligheidsregio Zuid-Holland Zuid}}."),
  ])

# =========================================================================== pv30 scanned police letter to mayor
D(id="pv30", producer="scan", font="Helvetica", size=11, angle=-0.7, quality=45,
  title="Scan brief politie",
  blocks=[
    ("p", "POLITIE - Eenheid Rotterdam - District Rotterdam-Zuid"),
    ("p", "Aan de burgemeester van Rotterdam\nmevrouw C. Schouten\nPostbus 70012\n3000 KP Rotterdam"),
    ("p", "Datum: 28 november 2024\nBehandeld door: [[Dirk-Jan Bosman]], teamchef Feijenoord\n"
          "Telefoon: [[t:06-31 78 40 26]]\nOnderwerp: verzoek aanwijzing veiligheidsrisicogebied"),
    ("p", "Geachte mevrouw Schouten,"),
    ("p", "In de afgelopen weken zijn in de wijk Hillesluis vier incidenten met explosieven geweest bij "
          "woningen en bedrijfspanden. Wij verzoeken u het gebied rond de Beijerlandselaan en de "
          "Hillevliet aan te wijzen als veiligheidsrisicogebied (artikel 174b Gemeentewet), zodat wij "
          "preventief kunnen fouilleren."),
    ("p", "De explosies richtten zich onder meer op de woning van de familie [[Boukhari]] aan de "
          "[[a:Lange Hilleweg 58]] en op de zaak van [[Murat Öztürk]] aan de Beijerlandselaan. Een "
          "verdachte, [[Jermaine W.]] (19), is aangehouden."),
    ("p", "Graag lichten wij dit verzoek toe in de driehoek van 5 december 2024. Voor vragen kunt u "
          "terecht bij mij of bij [[Carla Roodenburg]], districtschef."),
    ("p", "Hoogachtend,"),
    ("sp", 16),
    ("p", "[[D.J. Bosman]]\nhoofdinspecteur van politie"),
  ])

# =========================================================================== pv31 station newsletter (birthdays)
D(id="pv31", producer="reportlab", font="LiberationSerif", size=10.5,
  title="De Straalpijp - nieuwsbrief post Sliedrecht",
  outline=[("Jubilea", 0), ("Column erelid [[Aad Verschoor]]", 0)],
  blocks=[
    ("h1", "De Straalpijp - nieuwsbrief brandweerpost {{l:Sliedrecht}}, najaar 2024"),
    ("h2", "Van de postcommandant"),
    ("p", "Beste collega's, wat een zomer. De brand aan de {{s:Mijlweg}} in {{l:Dordrecht}} hebben wij "
          "met twee ploegen ondersteund. Ik ben trots op iedereen. Speciale dank aan [[Rianne]], die als "
          "bevelvoerder de eerste tankautospuit uit {{l:Sliedrecht}} leidde. Groet, [[Jan-Willem van der Zande]] "
          "([[JvdZ]])."),
    ("h2", "Jubilea"),
    ("p", "[[Hamza Belkadi]] is 5 jaar vrijwilliger. [[Gerrit de Hoog]] is 40 jaar (!) vrijwilliger en "
          "krijgt op {{d:27 september 2024}} de {{w:Brandweer Medaille}} uit handen van "
          "{{r:burgemeester Kolff}}."),
    ("h2", "Verjaardagen"),
    ("table", [["Wie", "Wanneer"],
               ["[[Rianne Oudejans-Groen]]", "[[d:2 januari]] (40!)"],
               ["[[Hamza Belkadi]]", "[[d:21 februari]]"],
               ["[[Tessa Bouwman]]", "[[d:9 november]]"]], [70, 50]),
    ("h2", "Ziekenboeg"),
    ("p", "[[Tessa]] is na haar [[h:knieoperatie]] weer aan het revalideren. Een kaartje naar "
          "[[a:Stationsweg 31]] wordt gewaardeerd."),
    ("h2", "In memoriam"),
    ("p", "Op {{d:2 oktober 2024}} overleed ons erelid. Hij was 34 jaar lid van de post. Wij wensen zijn "
          "familie veel sterkte."),
    ("p", "Kopij voor de volgende Straalpijp naar [[e:tessa.bouwman@vrzhz.nl]]. Algemene vragen: "
          "{{m:post.sliedrecht@vrzhz.nl}}."),
  ])

# =========================================================================== pv32 ROT minutes high water (docx)
D(id="pv32", producer="docx", docx_font="Liberation Serif", size=10.5,
  title="Verslag ROT hoogwater Waal",
  docx_author="[[Verbruggen, G.]]",
  blocks=[
    ("h1", "Verslag Regionaal Operationeel Team - hoogwater Waal"),
    ("p", "{{o:Veiligheidsregio Gelderland-Zuid}} | {{d:4 januari 2025}}, 10.00 uur | {{w:GRIP 2}}\n"
          "Operationeel Leider: [[Bram Hendriksen]] | Notulen: [[Ghislaine Verbruggen]]"),
    ("h2", "Aanwezig"),
    ("table", [["Sectie", "Naam"], ["Brandweer", "[[L.J. (Luuk) Arendsen]]"],
               ["Politie", "hoofdinspecteur [[N. Ramdin]]"], ["GHOR", "[[Petra Brul]]"],
               ["Bevolkingszorg", "[[Marjan Eijkelenboom]]"], ["Waterschap", "ir. [[S. Vos-Tielemans]] "
               "({{o:Waterschap Rivierenland}})"], ["Informatiemanager", "[[Yannick Peeters]]"]]),
    ("h2", "Beeld"),
    ("p", "De waterstand bij {{l:Nijmegen}} ({{w:Waalkade}}) bedraagt 14,10 m +NAP en stijgt nog. "
          "{{o:Rijkswaterstaat}} verwacht de top op {{d:6 januari}}. Het {{o:Waterschap Rivierenland}} "
          "heeft dijkbewaking ingesteld in fase 2. De {{s:Waalkade}} is afgesloten. Campings in de "
          "uiterwaarden bij {{l:Beuningen}} en {{l:Druten}} zijn ontruimd."),
    ("h2", "Bestuurlijke hoofdlijnen"),
    ("p", "{{r:Burgemeester Bruls}} heeft als {{f:voorzitter veiligheidsregio}} gevraagd om een "
          "communicatieplan voor de bewoners van de uiterwaarden. [[Marjan]] zorgt voor de brief; "
          "[[Yannick]] actualiseert het beeld in {{w:LCMS}} elk uur."),
    ("h2", "Sectie GHOR"),
    ("p", "[[Brul]] meldt dat één bewoner van de {{l:Ooijpolder}}, mevrouw [[H. Lensink-Aalbers]] (87), "
          "[[h:thuisdialyse]] ondergaat; haar vervoer naar het {{o:Radboudumc}} is geregeld bij een "
          "eventuele evacuatie."),
    ("h2", "Acties"),
    ("table", [["Actie", "Wie", "Wanneer"],
               ["Bewonersbrief uiterwaarden", "[[ME]] / [[MEij]]", "vandaag 14.00"],
               ["Afstemming {{o:Defensie}} zandzakken", "[[LA]]", "vandaag"],
               ["Lijst kwetsbare bewoners bijwerken", "[[PB]]", "doorlopend"]]),
    ("p", "Volgend ROT: {{d:4 januari 2025}}, 16.00 uur."),
  ])

# =========================================================================== pv33 citizen e-mail and reply (printed)
D(id="pv33", producer="reportlab", font="Carlito", size=10.5,
  title="Melding overlast en reactie wijkagent",
  blocks=[
    ("p", "Van: [[Bram Ouwerkerk]] <[[e:bram.ouwerkerk84@gmail.com]]>\nDatum: {{d:3 februari 2025}} 22:17\n"
          "Aan: {{m:burgemeester@rotterdam.nl}}\nOnderwerp: Wéér vuurwerk en explosies in onze straat"),
    ("p", "Geachte {{r:mevrouw Schouten}},"),
    ("p", "Ik woon op de [[a:Rosestraat 212c]] met mijn vrouw en twee kleine kinderen. Sinds de "
          "jaarwisseling gaan er bijna elke week explosieven af in onze portiek. Vorige week is de deur "
          "van onze benedenburen, familie [[Yılmaz]], kapotgegaan. Mijn vrouw [[Naima]] durft 's avonds "
          "niet meer naar buiten en slikt sindsdien [[h:slaapmedicatie]]."),
    ("p", "Ik heb al drie keer gebeld met {{t:0900-8844}}. De laatste keer kreeg ik een agent ([[Mohan]]?) "
          "die zei dat er 'niets te zien' was. Ik weet wie het doet: de jongen van nummer 208, [[Mitchell]], "
          "en zijn vrienden. Zijn moeder weet het ook."),
    ("p", "Ik vraag u om camera's in onze straat en om iemand die ons serieus neemt.\n\n"
          "[[Bram Ouwerkerk]]\n[[t:06 1552 8034]]"),
    ("p", "Van: [[Raj Mohan]] <[[e:raj.mohan@politie.nl]]>\nDatum: {{d:5 februari 2025}} 09:40\n"
          "Aan: [[Bram Ouwerkerk]]\nCC: {{m:kabinet@rotterdam.nl}}\nOnderwerp: RE: Wéér vuurwerk en "
          "explosies in onze straat"),
    ("p", "Beste meneer [[Ouwerkerk]],"),
    ("p", "Het kabinet van de burgemeester heeft uw mail aan mij doorgestuurd. Ik ben de {{f:wijkagent}} "
          "van {{l:Feijenoord}}. Het spijt me dat u zich niet serieus genomen voelde. Ik kom graag bij u "
          "langs, samen met mijn collega [[Femke Doornbos]] van het {{o:Wijkteam}}. Over de persoon die "
          "u noemt kan ik u niets vertellen, maar wij kennen de situatie."),
    ("p", "De burgemeester heeft op {{d:10 februari 2025}} een besluit genomen over cameratoezicht rond het "
          "{{s:Afrikaanderplein}}; uw straat valt daar nog net buiten. Ik neem uw verzoek mee naar de "
          "driehoek."),
    ("p", "Met vriendelijke groet,\n[[Raj Mohan]]\n{{f:Wijkagent}} {{l:Feijenoord}} | {{o:Politie Eenheid "
          "Rotterdam}}\n[[t:06-1094 5562]] (bereikbaar ma-vr 8-17 uur)"),
  ])
