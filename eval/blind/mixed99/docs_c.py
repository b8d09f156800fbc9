"""Documents de23-de32 of set DE."""
from docs_a import mailhead

DOCS = []

# ------------------------------------------------------------------ de23 legal memo with paraph codes (Info /Title hidden)
DOCS.append(dict(
    id="de23", producer="rl", font="courier", size=9.5, title="memo",
    hidden=[{"channel": "metadata:Title", "text": "Memo AvtV aan JKu - privacy bewonersregister (concept Sanne)",
             "probes": ["Sanne"]}],
    blocks=[
        ("h2", "MEMO - Juridische Zaken / {{o:Toezicht Wonen}}"),
        ("table", [["Aan", "[[Jorrit Kuipers]] ([[x:JKu]])"], ["Van", "[[Annelies van 't Veld-Smit]] ([[x:AvtV]])"],
                   ["Datum", "{{d:22 september 2025}}"], ["Kenmerk", "{{n:JZ-2025-3381}}"],
                   ["Onderwerp", "Register van bewoners kamerverhuurpanden en de {{w:AVG}}"]], [35, 125], "plain"),
        ("p", "In dit memo gebruik ik de volgende codes: [[x:JKu]] = [[Jorrit Kuipers]], [[x:AvtV]] = ik, "
              "[[x:RHo]] = [[Rob Hoekstra]], [[x:FEK]] = [[Fatima El Khatib]]."),
        ("p", "1. [[JKu]] vroeg of wij een register mogen bijhouden van alle bewoners van kamerverhuurpanden, met "
              "naam, studentnummer en nationaliteit. Antwoord: niet zonder meer. Artikel 5 en 6 {{w:AVG}} vereisen "
              "een doel en een grondslag. De {{w:Huisvestingswet 2014}} geeft een grondslag voor toezicht, niet voor "
              "een permanent register. Nationaliteit is bovendien gevoelig in het licht van artikel 1 {{w:Grondwet}}."),
        ("p", "2. [[RHo]] en [[FEK]] noteren bij controles nu namen van bewoners in {{c:Squit XO}}. Dat mag, voor "
              "zover nodig voor het rapport van bevindingen. Gezondheidsinformatie (zoals bij [[Raghunathan]] en "
              "[[Okonkwo]]) hoort niet in het dossier; [[AvtV]] heeft de notities daarover laten verwijderen."),
        ("p", "3. Advies: vraag de {{j:Functionaris Gegevensbescherming}} ({{m:fg@groningen.nl}}) om een "
              "DPIA. Stel een bewaartermijn van twee jaar na afsluiting van de zaak in, in lijn met de "
              "{{w:Archiefwet 1995}} en de {{g:Selectielijst gemeenten en intergemeentelijke organen 2020}}."),
        ("p", "4. Verzoek [[Wubbolts]]: zijn advocaat [[Tuinstra]] vroeg om inzage in de namen van de melders. "
              "Dat weigeren wij op grond van artikel 8:29 {{w:Awb}}; de melders hebben anonimiteit gevraagd."),
        ("p", "[[AvtV]]"),
    ]))

# ------------------------------------------------------------------ de24 verslag hoorzitting (docx, 2 pages)
DOCS.append(dict(
    id="de24", producer="docx", dfont="Times New Roman", size=11, title="Verslag hoorzitting",
    author="[[secretaris bezwaarcommissie L. Haverkort]]",
    blocks=[
        ("h1", "Verslag hoorzitting {{o:Commissie bezwaarschriften}}"),
        ("table", [["Zaak", "{{n:BZ-2025-0712}} (bezwaar tegen last onder dwangsom {{n:TW-2025-01873}})"],
                   ["Datum", "{{d:3 juli 2025}}"], ["Plaats", "{{b:Stadhuis, Grote Markt 1}}"],
                   ["Commissie", "[[mr. T. Bijlsma]] (voorzitter), [[drs. M.A. Veenstra]], [[mr. K. Kloosterman-Dam]]"],
                   ["Secretaris", "[[mr. L. Haverkort]]"],
                   ["Bezwaarmaker", "[[H.J. Wubbolts]], bijgestaan door [[mr. F.W. Tuinstra]]"],
                   ["Verweerder", "het college, vertegenwoordigd door [[mr. A. van 't Veld-Smit]] en "
                    "[[R. Hoekstra]]"]], [35, 125], "grid"),
        ("h2", "Opening"),
        ("p", "De voorzitter opent de hoorzitting om 10.00 uur en wijst erop dat van de zitting een verslag "
              "wordt gemaakt dat bij een Woo-verzoek openbaar kan worden."),
        ("h2", "Toelichting bezwaarmaker"),
        ("p", "[[Mr. Tuinstra]] licht het bezwaar toe. Zijn cliënt verhuurt het pand aan 'een vaste groep vrienden' "
              "die samen koken en boodschappen doen. Volgens [[Tuinstra]] zijn de verklaringen van de bewoners "
              "onder druk afgelegd. De heer [[Wubbolts]] voegt toe dat hij het pand in 1994 kocht voor zijn "
              "kinderen en dat hij 'nooit een probleem heeft gehad met de gemeente'. Hij deelt mee dat hij "
              "[[h:hartklachten]] heeft en verzoekt om uitstel."),
        ("p", "Op vragen van [[mevrouw Veenstra]] antwoordt de heer [[Wubbolts]] dat hij de huur contant ontvangt "
              "via 'een kennis', de heer [[Smeenge]]."),
        ("h2", "Toelichting verweerder"),
        ("p", "[[Mevrouw Van 't Veld-Smit]] verwijst naar het rapport van bevindingen. De heer [[Hoekstra]] "
              "verklaart dat de bewoners vrijwillig hebben verklaard en dat de verklaring van [[Kowalczyk]] in het "
              "Engels is opgenomen en door hem is ondertekend. Er stonden acht namen op de brievenbussen."),
        ("pb",),
        ("h2", "Vragen van de commissie"),
        ("p", "[[Mr. Kloosterman-Dam]] vraagt of de gemeente eerder heeft gehandhaafd. [[Mevrouw Van 't Veld-Smit]] "
              "noemt de zaken {{n:TW-2022-00411}} en {{n:TW-2023-02290}}, waarin de eigenaar na een vooraankondiging "
              "het aantal bewoners verminderde. De voorzitter vraagt naar de brandveiligheid. [[Hoekstra]] "
              "antwoordt dat op de zolder geen rookmelder hing."),
        ("h2", "Sluiting"),
        ("p", "De voorzitter sluit de zitting om 11.20 uur. De commissie brengt binnen zes weken advies uit aan "
              "het college. Het verslag is opgesteld door de secretaris, [[mr. L. Haverkort]]."),
        ("table", [["Aanwezig namens", "Naam", "Handtekening"],
                   ["Commissie", "[[T. Bijlsma]]", "(getekend)"], ["Bezwaarmaker", "[[H.J. Wubbolts]]", "(getekend)"],
                   ["Gemachtigde", "[[F.W. Tuinstra]]", "(getekend)"]], [45, 60, 45], "grid"),
    ]))

# ------------------------------------------------------------------ de25 e-mail raadslid - wethouder - ambtenaren
DOCS.append(dict(
    id="de25", producer="rl", font="helv", size=9.5, title="RE: brand Oosterhamrikkade - vragen fractie",
    blocks=[
        mailhead("[[Poelman, Hilde]]", "dinsdag 16 september 2025 18:22",
                 "{{m:fractie.studentenstad@groningen.nl}}", "RE: brand Oosterhamrikkade - vragen fractie",
                 cc="[[Ter Horst, Marieke]]; {{m:griffie@groningen.nl}}"),
        ("p", "Geachte {{r:raadslid Oosterhuis}},"),
        ("p", "Namens {{r:wethouder Van der Schaaf}} dank voor uw bericht. De wethouder wil u graag informeren in een "
              "technische sessie op {{d:24 september}}. Uw schriftelijke vragen worden binnen 30 dagen beantwoord "
              "(art. 41 {{w:Reglement van orde}}). Over de gewonde bewoonster kunnen wij om privacyredenen niets "
              "zeggen. Wij vragen u ook haar naam niet te noemen in de raad."),
        ("p", "Met vriendelijke groet,<br/>[[Hilde Poelman]]<br/>{{j:bestuursadviseur}} van {{r:wethouder Van der Schaaf}}"),
        ("mono", "-----Original Message-----"),
        mailhead("Fractie {{o:Student en Stad}} &lt;{{m:fractie.studentenstad@groningen.nl}}&gt;",
                 "dinsdag 16 september 2025 09:03", "{{m:secretariaat.wonen@groningen.nl}}",
                 "brand Oosterhamrikkade - vragen fractie"),
        ("p", "Beste wethouder,"),
        ("p", "Wij zijn geschokt door de brand. Wij hebben gesproken met een bewoonster, [[Lucía]], die zegt dat "
              "de gemeente al in maart wist van deze verhuurder. Klopt het dat [[dhr. Wubbolts]] meerdere panden "
              "heeft? Wij dienen morgen samen met {{r:raadslid Wolters-Bouma}} ({{o:PvdA}}) vragen in en overwegen een "
              "motie voor een {{g:verhuurvergunning}} in de hele stad."),
        ("p", "Met vriendelijke groet,<br/>{{r:Ruben Oosterhuis}}, {{j:fractievoorzitter}} {{o:Student en Stad}}<br/>"
              "namens de fractie, mede namens fractiemedewerker [[Jelmer Kok]] ([[t:06 2847 1103]])"),
    ]))

# ------------------------------------------------------------------ de26 overzicht handhavingszaken (2 pages, table)
ROWS = [["Zaak", "Adres", "Eigenaar", "Status", "Toezichth."],
        ["{{n:TW-2025-01873}}", "[[a:Nieuwe Boteringestraat 17a]]", "[[H.J. Wubbolts]]", "last opgelegd", "[[x:RHo]]"],
        ["{{n:TW-2025-02541}}", "[[a:Oosterhamrikkade 88]]", "[[H.J. Wubbolts]]", "gesloten (brand)", "[[x:RHo]]"],
        ["{{n:TW-2025-02602}}", "[[a:Korreweg 140-3]]", "[[H.J. Wubbolts]]", "controle 16-9", "[[x:FEK]]"],
        ["{{n:TW-2025-02603}}", "[[a:Oliemuldersweg 57]]", "[[H.J. Wubbolts]]", "controle 16-9", "[[x:FEK]]"],
        ["{{n:TW-2025-02604}}", "[[a:Kraneweg 31-II]]", "[[H.J. Wubbolts]]", "geen overtreding", "[[x:RHo]]"],
        ["{{n:TW-2025-01422}}", "[[a:Van Oldenbarneveltlaan 33]]", "[[G.J. Stoker]]", "vergunning aangevraagd", "[[x:FEK]]"],
        ["{{n:TW-2025-01509}}", "[[a:Nieuwe Ebbingestraat 204]]", "[[J. Tammeling]]", "vooraankondiging", "[[x:WBr]]"],
        ["{{n:TW-2025-01633}}", "[[a:Damsterdiep 93a]]", "[[mw. E. Kamminga-Bolt]]", "afgesloten", "[[x:WBr]]"],
        ["{{n:TW-2025-01720}}", "[[a:Hoogstraat 11]]", "{{o:Lefier}}", "melding ongegrond", "[[x:RHo]]"],
        ["{{n:TW-2025-01901}}", "[[a:Rabenhauptstraat 45]]", "[[A. Mahabier]]", "dwangsom ingevorderd", "[[x:WBr]]"]]
DOCS.append(dict(
    id="de26", producer="rl", font="condensed", size=9, title="Overzicht handhavingszaken Q3",
    pagehead="Toezicht Wonen - Overzicht zaken kamerverhuur Q3 2025 - intern",
    blocks=[
        ("h1", "Overzicht handhavingszaken kamerverhuur, derde kwartaal 2025"),
        ("p", "Bijlage bij de rapportage aan {{r:wethouder Van der Schaaf}}. Codes toezichthouders: [[x:RHo]] = "
              "[[R. Hoekstra]], [[x:FEK]] = [[F. El Khatib]], [[x:WBr]] = [[W. Brinkman]]. Voor de wijkindeling "
              "zie de {{g:Wijkmonitor}}."),
        ("table", ROWS, [30, 48, 38, 32, 18], "grid"),
        ("h2", "Toelichting"),
        ("p", "Eén eigenaar, [[Wubbolts]], heeft vijf panden in de lijst. Bij de {{o:Belastingdienst}} is een "
              "signaal neergelegd over contante huurbetalingen. De eigenaar van zaak {{n:TW-2025-01633}}, "
              "[[mevrouw Kamminga-Bolt]], heeft de overtreding direct beëindigd."),
        ("pb",),
        ("h2", "Cijfers"),
        ("table", [["Indicator", "Q1", "Q2", "Q3"], ["Meldingen {{g:Meldpunt Kamerverhuur}}", "38", "44", "64"],
                   ["Controles", "61", "70", "81"], ["Vooraankondigingen", "9", "12", "17"],
                   ["Lasten onder dwangsom", "2", "3", "4"], ["Ingevorderde dwangsommen (€)", "0", "10.000", "25.000"],
                   ["Meldingen in het Engels", "14", "19", "28"]], [70, 25, 25, 25], "grid"),
        ("p", "Bron: {{c:Squit XO}}, peildatum {{d:30 september 2025}}. Opgesteld door [[W. Brinkman]] "
              "({{j:informatieanalist}}), gecontroleerd door [[JKu]]."),
        ("p", "Code [[x:JKu]] staat voor de teamleider."),
    ]))

# ------------------------------------------------------------------ de27 Lefier internal incident report (docx, 2 pages)
DOCS.append(dict(
    id="de27", producer="docx", dfont="Calibri", size=10.5, title="Incidentmelding Lefier",
    author="[[T. Koopman]]",
    blocks=[
        ("h1", "Incidentmelding en opvang bewoners"),
        ("table", [["Organisatie", "{{o:Lefier}}, regio Stad"], ["Melder", "[[Thijs Koopman]], {{j:woonconsulent}}"],
                   ["Datum", "{{d:14 september 2025}}"], ["Registratie", "{{n:INC-2025-0917}}"]], [40, 120], "grid"),
        ("h2", "Aanleiding"),
        ("p", "Na de brand aan de Oosterhamrikkade (geen bezit van {{o:Lefier}}) heeft de gemeente gevraagd of wij "
              "tijdelijke woonruimte hebben. In overleg met [[Ilse Bruggink]] ({{o:SSH}}) en [[Marieke ter Horst]] "
              "(gemeente) zijn drie bewoners bij ons ondergebracht."),
        ("table", [["Bewoner", "Geboortedatum", "Tijdelijk adres", "Huurdernummer", "Bijzonderheden"],
                   ["[[Chidi Okonkwo]]", "[[d:05-01-2003]]", "[[a:Paddepoelsterweg 12-B]]", "[[n:LF-0098231]]",
                    "[[h:astma]], heeft medicatie verloren"],
                   ["[[Lucía Fernández Ortega]]", "[[d:30-11-2001]]", "[[a:Zonnelaan 220]]", "[[n:LF-0098232]]", "-"],
                   ["[[Mateusz Kowalczyk]]", "[[d:22-07-2002]]", "[[a:Zonnelaan 224]]", "[[n:LF-0098233]]",
                    "verhuisd uit Boteringestraat"]], [35, 25, 38, 27, 40], "grid"),
        ("p", "De huur is de eerste drie maanden gratis; de {{o:Gemeente Groningen}} vergoedt de kosten uit het "
              "budget {{g:Noodopvang Studenten}}. De {{o:RUG}} levert beddengoed en een fiets."),
        ("pb",),
        ("h2", "Bijzonderheden"),
        ("p", "[[Chidi]] is Nigeriaans staatsburger; zijn paspoort is verbrand. Hij heeft een afspraak bij de "
              "ambassade in Den Haag. Zijn verblijfsvergunning (nummer [[n:V58772194]]) verloopt in december; de "
              "{{o:IND}} is ingelicht via de {{o:RUG}}."),
        ("p", "[[Lucía]] heeft aangegeven dat ze [[h:sinds de brand slecht slaapt en paniekaanvallen heeft]]. Wij "
              "hebben haar gewezen op de studentpsychologen van de {{o:RUG}} en op {{c:Lentis}}."),
        ("p", "[[Priya Raghunathan]] ligt nog in het {{o:UMCG}}; haar zus [[Kavya Raghunathan]] komt uit Chennai. "
              "Zodra [[Priya]] ontslagen wordt, krijgt zij een aangepaste woning op de begane grond."),
        ("h2", "Communicatie"),
        ("p", "Vragen van pers worden doorverwezen naar {{m:communicatie@lefier.nl}} of het algemene nummer "
              "{{f:088 - 533 44 00}}. Intern contact: [[Thijs Koopman]], [[e:t.koopman@lefier.nl]], "
              "[[t:06 8831 2290]]."),
    ]))

# ------------------------------------------------------------------ de28 burgemeester letter: sluiting
DOCS.append(dict(
    id="de28", producer="rl", font="dejavuserif", size=10, title="Besluit sluiting woning",
    blocks=[
        ("p", "<b>De burgemeester van Groningen</b><br/>{{b:Postbus 30026}}, {{b:9700 RM}} Groningen"),
        ("sp", 6),
        ("p", "Aangetekend<br/>De heer [[H.J. Wubbolts]]<br/>[[a:Paterswoldseweg 412]]<br/>[[a:9727 BR]] Groningen"),
        ("table", [["Datum", "Kenmerk", "Contactpersoon"],
                   ["{{d:15 september 2025}}", "{{n:OOV-2025-0442}}", "[[S. Dijkema]], {{j:adviseur Openbare Orde en Veiligheid}}, "
                    "[[t:050 367 13 58]]"]], [35, 40, 85], "grid"),
        ("p", "<b>Onderwerp: sluiting [[a:Oosterhamrikkade 88]]</b>"),
        ("p", "Geachte heer [[Wubbolts]],"),
        ("p", "In de nacht van 12 op 13 september 2025 is brand uitgebroken in uw pand. Op grond van het advies van "
              "de {{o:Veiligheidsregio Groningen}} van {{d:15 september 2025}} besluit ik het pand met onmiddellijke "
              "ingang te sluiten op grond van artikel 17 van de {{w:Woningwet}}, totdat de gebreken aan de "
              "brandveiligheid zijn hersteld en daarvoor een gereedmelding is gedaan."),
        ("p", "Ik wijs u erop dat u als verhuurder verplicht bent de bewoners te helpen aan vervangende woonruimte. "
              "Voor hen is noodopvang geregeld door {{o:SSH Student Housing}} en {{o:Lefier}}. De kosten kunnen op u "
              "worden verhaald. Het besluit wordt gepubliceerd in het {{o:Gemeenteblad}}; uw naam wordt daarin niet "
              "vermeld."),
        ("p", "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij mij."),
        ("p", "Hoogachtend,<br/>de burgemeester van Groningen,"),
        ("sig", "K. Schuiling"),
        ("p", "{{r:burgemeester Schuiling}}"),
        ("small", "Afschrift: [[mr. F.W. Tuinstra]]; {{o:Veiligheidsregio Groningen}}; {{o:Toezicht Wonen}} "
                  "(zaak {{n:TW-2025-02541}}); {{r:wethouder Van der Schaaf}}."),
    ]))

# ------------------------------------------------------------------ de29 English Q&A from the university (2 pages)
DOCS.append(dict(
    id="de29", producer="docx", dfont="Cambria", size=10.5, title="Housing FAQ internationals",
    author="[[N. Oldenhuis]]",
    blocks=[
        ("h1", "Finding a room in Groningen: questions and answers for international students"),
        ("p", "{{o:University of Groningen}} - {{o:Student Service Centre}} - version {{d:1 September 2025}}"),
        ("h2", "How do I avoid rental scams?"),
        ("p", "Never pay before you have seen the room and signed a contract. Check whether the landlord owns the "
              "property via the {{o:Kadaster}}. Use {{o:SSH Student Housing}}, {{o:Lefier}}, {{c:Kamernet}} or "
              "{{o:Housing Anywhere}}. Report suspicious ads to the {{g:Meldpunt Kamerverhuur}} of the "
              "{{o:Municipality of Groningen}}."),
        ("h2", "What is an omzettingsvergunning?"),
        ("p", "A house with three or more unrelated tenants needs an {{g:omzettingsvergunning}} (conversion permit) "
              "under the {{w:Huisvestingswet 2014}}. Without it, you may not be able to register at the address, "
              "and the municipality may order the landlord to reduce the number of tenants."),
        ("h2", "Can I lower my rent?"),
        ("p", "Yes. The {{o:Huurcommissie}} (Rent Tribunal) can check whether your rent is reasonable, using the "
              "{{w:Woningwaarderingsstelsel}}. The fee for tenants is € 25. The {{o:Juridisch Loket}} and "
              "{{o:Steunpunt Huren Groningen}} help you for free. Since 1 July 2024 the {{w:Wet betaalbare huur}} "
              "applies."),
        ("pb",),
        ("h2", "I must register with the municipality (BRP). What if my landlord refuses?"),
        ("p", "Registration in the {{o:BRP}} is your legal duty and your right; you need it for a {{t:BSN}}, "
              "{{o:DUO}} and health insurance. A landlord may not forbid it. Contact {{m:meldpunt.kamerverhuur@groningen.nl}}."),
        ("h2", "Contact"),
        ("p", "Student Service Centre, {{b:Uurwerkersgang 10}}, Groningen. {{m:ssc@rug.nl}}, {{f:050 363 8004}}. "
              "Housing advisor: [[Niels Oldenhuis]] (Mon-Wed), [[e:n.oldenhuis@rug.nl]]. For ESN buddy support: "
              "[[Ananya]] ([[e:ananya.k@esn-groningen.nl]])."),
        ("small", "Text checked by [[Wendy Zwiers-Akkerman]] ({{o:Hanze}}). This FAQ refers to the "
                  "{{g:Actieagenda Studentenhuisvesting 2025-2030}} of the municipality."),
    ]))

# ------------------------------------------------------------------ de30 handwritten meeting notes (scan)
DOCS.append(dict(
    id="de30", producer="scanhand", font="dkg", size=16, title="aantekeningen",
    blocks=[
        ("p", "Gesprek huurders 2/10 - aantekeningen [[Hilde]]"),
        ("p", "aanwezig: wethouder, [[Marieke]], [[Daan Wiersma]], [[Lucía]]"),
        ("p", "[[Lucía]]: 650 euro voor 11 m2 !! Huurcommissie loopt"),
        ("p", "[[Daan]]: wil excuses gemeente, meldde al in maart"),
        ("p", "[[Priya]] nog in revalidatie, handen"),
        ("p", "actie [[Marieke]]: brief bewoners in het Engels"),
        ("p", "actie [[HPo]]: terugkoppeling naar raad via RIB"),
        ("p", "Daan mobiel [[t:06 11 58 33 72]]"),
    ]))

# ------------------------------------------------------------------ de31 raadsinformatiebrief (docx, 2 pages)
DOCS.append(dict(
    id="de31", producer="docx", dfont="Verdana", size=9.5, title="Raadsinformatiebrief studentenhuisvesting",
    author="[[Marieke ter Horst]]",
    blocks=[
        ("p", "<b>{{o:Gemeente Groningen}}</b><br/>Aan de gemeenteraad<br/>{{b:Postbus 30026}}, {{b:9700 RM}} Groningen"),
        ("table", [["Datum", "{{d:20 oktober 2025}}"], ["Onderwerp", "Brand Oosterhamrikkade en handhaving kamerverhuur"],
                   ["Steller", "[[M. ter Horst]]"], ["Telefoon", "[[t:06 41 27 83 95]]"],
                   ["Ons kenmerk", "{{n:6588103}}"]], [35, 125], "grid"),
        ("p", "Geachte leden van de raad,"),
        ("p", "Met deze brief informeren wij u, zoals toegezegd in de beantwoording van de vragen van de "
              "fracties van {{o:PvdA}} en {{o:Student en Stad}}, over de uitkomst van het brandonderzoek en over de "
              "handhaving van kamerverhuur."),
        ("h2", "Brandonderzoek"),
        ("p", "Het onderzoek van de {{o:Veiligheidsregio Groningen}} is afgerond. De brand is ontstaan in de keuken. "
              "Er waren geen werkende rookmelders en er was geen tweede vluchtweg. De burgemeester heeft het pand "
              "gesloten. De eigenaar heeft bezwaar gemaakt; de {{o:Commissie bezwaarschriften}} behandelt dat."),
        ("h2", "Handhaving"),
        ("p", "In het derde kwartaal voerden wij 81 controles uit. De overige panden van de eigenaar zijn "
              "gecontroleerd. Wij zetten de samenwerking met {{o:SSH Student Housing}}, {{o:Lefier}}, de "
              "{{o:Rijksuniversiteit Groningen}}, de {{o:Hanzehogeschool Groningen}} en de {{o:Groninger "
              "Studentenbond}} voort in de {{g:Regiegroep Studentenhuisvesting Groningen}}. Nieuwe studentenwoningen "
              "komen aan de {{s:Petrus Campersingel}}, de {{s:Herman Colleniusstraat}} en de {{b:Bernoulliborg}}-kant "
              "van het {{s:Zernikeplein}}; {{o:SSH}} bouwt 300 kamers aan de {{s:Aletta Jacobslaan}}."),
        ("pb",),
        ("h2", "Vervolg"),
        ("p", "In december ontvangt u een raadsvoorstel over een {{g:verhuurvergunning}} op grond van de {{w:Wet goed "
              "verhuurderschap}}. Daarnaast start in januari het Engelstalige spreekuur met de {{o:Huurcommissie}} "
              "en het {{o:Juridisch Loket}}. {{r:Wethouder Van der Schaaf}} heeft op {{d:2 oktober 2025}} met de "
              "bewoners gesproken; zij waarderen de opvang, maar zijn kritisch over de trage reactie op de melding "
              "uit maart."),
        ("p", "Met vriendelijke groet,<br/>burgemeester en wethouders van Groningen,"),
        ("p", "de secretaris, de burgemeester,<br/>namens dezen: {{r:burgemeester Schuiling}}"),
        ("small", "Deze brief is afgestemd met de {{o:Veiligheidsregio Groningen}} ([[K. Lubbers]])."),
    ]))

# ------------------------------------------------------------------ de32 telefoonnotitie (form)
DOCS.append(dict(
    id="de32", producer="rl", font="liberation", size=10, title="Telefoonnotitie",
    blocks=[
        ("h2", "TELEFOONNOTITIE"),
        ("table", [["Datum / tijd", "{{d:17 september 2025}}, 14:20"],
                   ["Aangenomen door", "[[Fatima El Khatib]] ([[x:FEK]]), {{o:KCC}}-doorverbinding via {{f:14 050}}"],
                   ["Beller", "[[mevrouw Stien Hummel-de Jonge]]"],
                   ["Telefoonnummer beller", "[[t:050 525 66 19]]"],
                   ["Adres beller", "[[a:Oosterhamrikkade 90]] (buurvrouw)"],
                   ["Betreft", "overlast en zorgen na brand, zaak {{n:TW-2025-02541}}"],
                   ["Terugbellen door", "[[RHo]]"]], [45, 115], "grid"),
        ("p", "<b>Notitie:</b> Mevrouw [[Hummel-de Jonge]] woont naast het afgebrande pand. Zij meldt dat er al "
              "jaren 'steeds andere studenten' wonen en dat de eigenaar, 'meneer [[Henk]]', in augustus nog "
              "nieuwe bedden bracht. Er is tweemaal eerder brand geweest in de schuur. Zij vraagt of het pand "
              "gesloopt wordt en of haar woning schade heeft. Zij is [[h:slechtziend]] en wil graag telefonisch "
              "geïnformeerd worden, niet per brief."),
        ("p", "Haar zoon, [[Maarten Hummel]], is ook bereikbaar: [[t:06 2231 9087]]."),
        ("p", "<b>Afspraak:</b> [[Rob]] belt haar vóór vrijdag terug. Doorgestuurd aan {{m:toezichtwonen@groningen.nl}}."),
        ("p", "<b>Afgehandeld:</b> ja / nee - paraaf: [[x:RHo]] 19/9"),
    ]))
