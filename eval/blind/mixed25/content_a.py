# Documents ai01-ai15 of blind set mixed25. All persons are invented except office holders in their role.
from framework import bsn, iban

DOCS = []

# ---------------------------------------------------------------- ai01 bezwaarschrift WOZ (docx, typed by resident)
DOCS.append({
    "id": "ai01_bezwaarschrift_woz", "producer": "docx", "serif": True,
    "author": "[[Joost van den Berg|P|Joost]]", "title": "bezwaar woz 2025",
    "blocks": [
        ("lines", ["[[J.P.M. (Joost) van den Berg|P|J.P.M.;van den Berg]]",
                   "[[Kanaalweg 14 bis|A]]", "[[3526 KL Utrecht|A|3526 KL]]",
                   "tel. [[06-41739258|T]]", "e-mail: [[joost.vd.berg+woz@kpnmail.nl|E]]"]),
        ("space",),
        ("lines", ["Aan het college van burgemeester en wethouders van de gemeente <<Utrecht|LOC>>",
                   "t.a.v. de afdeling <<Belastingen|ORG>>", "<<Postbus 16200|ADR>>", "<<3500 CE|ADR>> Utrecht"]),
        ("space",),
        ("lines", ["Utrecht, 3 <<maart|DAT>> 2025",
                   "Betreft: bezwaar tegen WOZ-beschikking 2025, aanslagnummer <<2025.0418.77361|CAS>>"]),
        ("space",),
        ("p", "Geacht college,"),
        ("p", "Hierbij maak ik bezwaar tegen de WOZ-waarde die u voor mijn woning aan de [[Kanaalweg 14 bis|A]] heeft "
              "vastgesteld (beschikking van 28 <<februari|DAT>> 2025). U waardeert de woning op € 512.000. Dat is naar mijn "
              "mening ruim € 60.000 te hoog. De woning is in 1931 gebouwd, heeft nog enkel glas aan de achterzijde en de "
              "fundering is volgens het rapport van <<Funderingsherstel Midden-Nederland B.V.|ORG>> (bijgevoegd) slecht."),
        ("p", "De vergelijkingswoningen die u gebruikt liggen aan de <<Johan Wagenaarkade|STR>> en aan de "
              "<<Van Heemstraweg|STR>> en zijn volledig gerenoveerd. Mijn buurvrouw, mevrouw [[Ineke Groenewoud-Mol|P|Ineke;Groenewoud-Mol]] "
              "op nummer 12, kreeg voor een identieke woning een waarde van € 455.000 (zij heeft mij toestemming gegeven dit te noemen)."),
        ("p", "Ik verzoek u de waarde te verlagen en mij in de gelegenheid te stellen mijn bezwaar mondeling toe te lichten. "
              "Op <<dinsdag|DAT>> en <<donderdag|DAT>> ben ik overdag niet bereikbaar; mijn vrouw, [[Marloes van den Berg-Hoekstra|P|Marloes;Hoekstra]], "
              "kan dan worden gebeld op [[+31 6 2850 1947|T]]."),
        ("p", "Mijn burgerservicenummer is [[" + bsn(101) + "|B]]. Eventuele terugbetaling graag op rekening "
              "[[" + iban(101, "RABO") + "|I]] t.n.v. [[J.P.M. van den Berg|P|J.P.M.;van den Berg]]."),
        ("p", "Met vriendelijke groet,"),
        ("sig",),
        ("lines", ["[[J.P.M. van den Berg|P|J.P.M.;van den Berg]]"]),
        ("small", "Bijlagen: WOZ-beschikking 2025; funderingsrapport <<FMN-2024-311|CAS>>; foto's achtergevel."),
    ],
})

# ---------------------------------------------------------------- ai02 beslissing op bezwaar (reportlab)
DOCS.append({
    "id": "ai02_beslissing_op_bezwaar_woz", "producer": "reportlab",
    "author": "[[Sevda Karaca|P|Karaca]]", "title": "Uitspraak op bezwaar WOZ 2025",
    "header": "<<Gemeente Utrecht|ORG>> - <<Stadsplateau 1|ADR>> - <<Postbus 16200|ADR>>, 3500 CE Utrecht - telefoon <<14 030|TEL>>",
    "footer": "Kenmerk <<BZW-2025-004172|CAS>>",
    "blocks": [
        ("lines", ["Aangetekend en per gewone post", "De heer [[J.P.M. van den Berg|P|J.P.M.;van den Berg]]",
                   "[[Kanaalweg 14 bis|A]]", "[[3526 KL UTRECHT|A|3526 KL]]"]),
        ("space",),
        ("table", [["Datum", "Ons kenmerk", "Behandeld door", "Doorkiesnummer"],
                   ["14 <<mei|DAT>> 2025", "BZW-2025-004172", "[[mr. S. Karaca|P|S. Karaca;Karaca]]", "[[030 - 286 47 19|T]]"]],
         [35, 38, 50, 40]),
        ("p", "Onderwerp: uitspraak op uw bezwaarschrift tegen de WOZ-beschikking 2025 (object <<0344 0100 0071 2290|CAS>>)"),
        ("p", "Geachte heer [[Van den Berg|P|=Van den Berg]],"),
        ("p", "Op 4 maart 2025 ontvingen wij uw bezwaarschrift van 3 maart 2025. U bent het niet eens met de waarde van uw "
              "woning aan de [[Kanaalweg 14 bis|A]]. In deze brief leest u onze beslissing. Wij hebben uw bezwaar behandeld "
              "op grond van de <<Wet waardering onroerende zaken|LAW>> (<<Wet WOZ|LAW>>) en de <<Algemene wet bestuursrecht|LAW>> (<<Awb|LAW>>)."),
        ("h", "Hoorzitting"),
        ("p", "Op <<woensdag|DAT>> 9 april 2025 hebben wij u telefonisch gehoord. Aan het gesprek namen deel: u en uw "
              "echtgenote, mevrouw [[M. van den Berg-Hoekstra|P|M. van den Berg-Hoekstra;Hoekstra]], namens de gemeente "
              "[[mr. S. Karaca|P|Karaca]] (<<juridisch medewerker bezwaar|TIT>>) en [[ing. R.W. Tjon-A-Fong|P|R.W.;Tjon-A-Fong]] (<<taxateur|TIT>>). "
              "Het verslag van de hoorzitting is bijgevoegd."),
        ("h", "Overwegingen"),
        ("p", "De taxateur heeft de woning op 2 april 2025 inpandig opgenomen. Hij stelt vast dat de fundering van houten "
              "palen is en dat het <<funderingsrapport|MISC>> herstel binnen tien jaar adviseert. Dit is in de waardering "
              "onvoldoende meegenomen. De woning van uw buurvrouw noemen wij niet, omdat wij geen gegevens van andere "
              "belastingplichtigen met u mogen delen; de vergelijking met de woningen aan de <<Johan Wagenaarkade|STR>> "
              "hebben wij wel opnieuw bekeken."),
        ("h", "Beslissing"),
        ("p", "Uw bezwaar is gegrond. Wij verlagen de WOZ-waarde naar € 468.000. De aanslag onroerendezaakbelasting "
              "wordt verminderd; het te veel betaalde bedrag storten wij binnen zes weken op uw rekening "
              "[[" + iban(101, "RABO") + "|I]]."),
        ("h", "Beroep"),
        ("p", "Bent u het niet eens met deze uitspraak, dan kunt u binnen zes weken beroep instellen bij de "
              "<<Rechtbank Midden-Nederland|ORG>>, sector bestuursrecht, <<Postbus 16005|ADR>>, 3500 DA Utrecht."),
        ("p", "Met vriendelijke groet,"),
        ("p", "namens het college van burgemeester en wethouders van Utrecht,"),
        ("sig",),
        ("lines", ["[[drs. H.C. (Hennie) Kloosterman-Dijk|P|H.C.;Hennie;Kloosterman-Dijk]]", "<<teamleider Bezwaar en Beroep|TIT>>"]),
        ("small", "Kopie: <<Belastingsamenwerking|ORG>>, dossier. Vragen? Bel <<14 030|TEL>> of mail <<bezwaar@utrecht.nl|MAIL>>."),
    ],
    "hidden": {"outline": [("Uitspraak [[Van den Berg|P|=Van den Berg]] (BZW-2025-004172)", 0), ("Bijlage: verslag hoorzitting [[RWTjA|P]]", 0)]},
})

# ---------------------------------------------------------------- ai03 klacht by e-mail (html, Outlook print)
DOCS.append({
    "id": "ai03_klacht_email_outlook", "producer": "html", "title": "RE: Klacht over behandeling aan de balie",
    "blocks": [
        ("table", [["Van:", "[[Zoë O'Brien-Maréchal|P|Zoë;O'Brien-Maréchal]] <[[zoë.o'brien-maréchal@ziggo.nl|E]]>"],
                   ["Verzonden:", "<<maandag|DAT>> 17 <<juni|DAT>> 2024 22:41"],
                   ["Aan:", "<<klachten@denhaag.nl|MAIL>>"],
                   ["CC:", "[[b.oudshoorn@outlook.com|E]]"],
                   ["Onderwerp:", "Klacht over behandeling aan de balie Stadsdeelkantoor Escamp"]], [25, 140]),
        ("p", "Geachte heer, mevrouw,"),
        ("p", "Op <<vrijdag|DAT>> 14 juni 2024 was ik rond 10.15 uur bij de balie van het <<Stadsdeelkantoor Escamp|ORG>> "
              "om een nieuw paspoort voor mijn zoon [[Finn|P]] (9) aan te vragen. De baliemedewerker, volgens zijn "
              "naambordje '[[Ricardo|P]]', weigerde de aanvraag omdat mijn ex-partner, de heer [[Bram Oudshoorn|P|Bram;Oudshoorn]], "
              "geen toestemming zou hebben gegeven. Die toestemming had ik wél bij me (formulier <<Toestemming paspoort minderjarige|MISC>>). "
              "Hij zei hardop, waar andere mensen bij stonden, dat 'u het eerst maar met uw ex moet uitvechten'."),
        ("p", "Ik vind dit onprofessioneel en vernederend. Ik wil graag dat de <<burgemeester|TIT>> of de verantwoordelijke "
              "<<wethouder|TIT>> hiervan kennisneemt. Ik ben bereikbaar op [[0031 (0)6 18 27 36 45|T]] of via dit mailadres."),
        ("p", "Met vriendelijke groet,"),
        ("lines", ["[[Zoë O'Brien-Maréchal|P|Zoë;O'Brien-Maréchal]]", "[[Leyweg 902-C|A]], [[2545 GW Den Haag|A|2545 GW]]"]),
        ("small", "-----Oorspronkelijk bericht-----"),
        ("table", [["Van:", "<<Klachtencoördinatie|ORG>> <<klachten@denhaag.nl|MAIL>>"],
                   ["Verzonden:", "<<woensdag|DAT>> 19 juni 2024 09:02"],
                   ["Aan:", "[[zoë.o'brien-maréchal@ziggo.nl|E]]"],
                   ["Onderwerp:", "Ontvangstbevestiging klacht <<KL-2024-08812|CAS>>"]], [25, 140]),
        ("p", "Beste mevrouw [[O'Brien-Maréchal|P]],"),
        ("p", "Wij hebben uw klacht ontvangen en geregistreerd onder nummer KL-2024-08812. Uw klacht wordt behandeld door "
              "[[Nadia Bouchtaoui|P|Nadia;Bouchtaoui]], <<klachtbehandelaar|TIT>>. Zij neemt binnen tien werkdagen contact met u op. "
              "Een klacht over een medewerker wordt behandeld volgens hoofdstuk 9 van de <<Awb|LAW>>; wij vragen ook de "
              "betrokken medewerker en diens leidinggevende, de heer [[R. Pinas|P|R. Pinas;Pinas]], om een reactie."),
        ("p", "Met vriendelijke groet,"),
        ("lines", ["[[Nadia Bouchtaoui|P|Nadia;Bouchtaoui]]", "Klachtencoördinatie | <<Dienst Publiekszaken|ORG>>",
                   "<<Gemeente Den Haag|ORG>> | <<Spui 70|ADR>> | Postbus 12600 | 2500 DJ Den Haag",
                   "T <<14 070|TEL>> | M [[06 - 5083 1176|T]]", "E [[nadia.bouchtaoui@denhaag.nl|E]]"]),
        ("small", "Burgemeester <<Jan van Zanen|OFF|Jan van Zanen>> is eindverantwoordelijk voor de dienstverlening van de "
                  "Dienst Publiekszaken. Deze e-mail is uitsluitend bestemd voor de geadresseerde."),
    ],
})

# ---------------------------------------------------------------- ai04 klachtafhandeling letter (fpdf)
DOCS.append({
    "id": "ai04_klachtafhandeling_brief", "producer": "fpdf", "author": "[[N. Bouchtaoui|P|N. Bouchtaoui]]",
    "title": "Afhandeling klacht KL-2024-08812",
    "header": "<<Gemeente Den Haag|ORG>> | <<Dienst Publiekszaken|ORG>> | Postbus 12600, 2500 DJ Den Haag",
    "footer": "Klachtnummer <<KL-2024-08812|CAS>>",
    "blocks": [
        ("lines", ["Mevrouw [[Z. O'Brien-Maréchal|P|Z. O'Brien-Maréchal;O'Brien-Maréchal]]", "[[Leyweg 902-C|A]]",
                   "[[2545 GW  DEN HAAG|A|2545 GW]]"]),
        ("space",),
        ("lines", ["Den Haag, 8 <<juli|DAT>> 2024", "Onderwerp: afhandeling van uw klacht"]),
        ("space",),
        ("p", "Geachte mevrouw [[O'Brien-Maréchal|P]],"),
        ("p", "Op 17 juni 2024 diende u een klacht in over de manier waarop een medewerker van het <<Stadsdeelkantoor Escamp|ORG>> "
              "u op 14 juni 2024 te woord stond. Op 1 juli 2024 heb ik u gebeld en uw klacht met u besproken. Ook heb ik "
              "gesproken met de medewerker, de heer [[R. Lachmon|P|R. Lachmon;Lachmon]], en met zijn leidinggevende, de heer [[Pinas|P]]."),
        ("h", "Bevindingen"),
        ("p", "De heer [[Lachmon|P]] herkent dat hij de aanvraag voor uw zoon heeft geweigerd. Hij heeft het "
              "toestemmingsformulier gezien, maar de handtekening van de andere ouder kwam volgens hem niet overeen met de "
              "kopie van het identiteitsbewijs. Hij had u dat moeten uitleggen en het gesprek niet aan de balie moeten voeren. "
              "Zijn opmerking over uw ex-partner had niet gemaakt mogen worden."),
        ("h", "Oordeel"),
        ("p", "Ik vind uw klacht gegrond. Namens de gemeente bied ik u excuses aan. De medewerker heeft zijn excuses ook "
              "uitdrukkelijk aan mij meegegeven. Met het team van de balie is afgesproken dat gesprekken over gezag en "
              "toestemming voortaan in een spreekkamer worden gevoerd. Uw zoon [[Finn|P]] kan op een door u gekozen moment "
              "worden geholpen; u kunt een afspraak maken via <<denhaag.nl/afspraak|MISC>> of via telefoonnummer <<14 070|TEL>>."),
        ("p", "Bent u niet tevreden over de afhandeling? Dan kunt u zich wenden tot de <<Ombudsman Den Haag|ORG>>, "
              "<<Postbus 12600|ADR>>, of bellen met <<0800-3352355|TEL>> (gratis)."),
        ("p", "Met vriendelijke groet,"),
        ("p", "namens de burgemeester van Den Haag,"),
        ("sig",),
        ("lines", ["[[Nadia Bouchtaoui|P|Nadia;Bouchtaoui]]", "<<klachtbehandelaar|TIT>>"]),
        ("small", "Afschrift: [[R. Pinas|P|Pinas]], <<teamleider Publiekszaken|TIT>> Escamp; [[R. Lachmon|P|Lachmon]]."),
    ],
})

# ---------------------------------------------------------------- ai05 zienswijze (docx) with co-signatories table
DOCS.append({
    "id": "ai05_zienswijze_omgevingsplan", "producer": "docx",
    "author": "[[Sanne de Vries-Kortekaas|P|Sanne;de Vries-Kortekaas]]", "title": "Zienswijze ontwerp-omgevingsplan",
    "footer": "Zienswijze bewoners Kerkpad e.o. - ontwerp-omgevingsplan <<Hoge Weide Noord|MISC>>",
    "blocks": [
        ("rlines", ["[[S.A. de Vries-Kortekaas|P|S.A.;de Vries-Kortekaas]] en [[T. de Vries|P|T. de Vries;de Vries]]",
                    "[[Kerkpad 3|A]]", "[[3452 AP Vleuten|A|3452 AP]]", "[[sanne.devrieskortekaas@gmail.com|E]]"]),
        ("lines", ["Aan de gemeenteraad van <<Utrecht|LOC>>", "p/a <<Postbus 16200|ADR>>, 3500 CE Utrecht"]),
        ("p", "Vleuten, 22 <<september|DAT>> 2025"),
        ("p", "Onderwerp: zienswijze op het ontwerp-omgevingsplan Hoge Weide Noord (<<NL.IMRO.0344.OPHWN-ON01|CAS>>)"),
        ("p", "Geachte leden van de raad,"),
        ("p", "Wij, bewoners van het <<Kerkpad|STR>> en de <<Burgemeester Middelweerdstraat|STR>>, dienen hierbij een "
              "zienswijze in tegen het ontwerp-omgevingsplan, dat van 12 augustus tot en met 22 september 2025 ter inzage ligt "
              "op grond van de <<Omgevingswet|LAW>> en afdeling 3.4 <<Awb|LAW>>."),
        ("h", "1. Ontsluiting via het Kerkpad"),
        ("p", "Het plan leidt al het bouwverkeer over het Kerkpad. Dat is een smalle weg zonder stoep waar veel kinderen "
              "naar <<basisschool De Kleine Dichter|ORG>> fietsen. Onze dochters [[Lotte|P]] en [[Fien|P]] steken daar dagelijks over."),
        ("h", "2. Hoogte van de bebouwing"),
        ("p", "De bouwhoogte van 21 meter aan de zijde van de <<Van Heemstraweg|STR>> past niet in het dorpse karakter. "
              "Wij verwijzen naar de uitlatingen van <<wethouder|TIT>> <<Eelco Eerenberg|OFF|Eerenberg>> tijdens de "
              "informatieavond op 4 september 2025, die toezegde dat 'niets hoger wordt dan de kerktoren'."),
        ("h", "3. Ondertekening"),
        ("p", "Deze zienswijze wordt mede ingediend door de volgende bewoners:"),
        ("table", [["Naam", "Adres", "Handtekening"],
                   ["[[fam. El Idrissi|P|El Idrissi]]", "[[Kerkpad 5|A]]", "(getekend)"],
                   ["[[H.J. (Henk) Wolters|P|H.J.;Henk;Wolters]]", "[[Kerkpad 9|A]]", "(getekend)"],
                   ["[[Anneke Wolters-van Dam|P|Anneke;Wolters-van Dam]]", "[[Kerkpad 9|A]]", "(getekend)"],
                   ["[[Wiktor Zieliński|P|Wiktor;Zieliński]]", "[[Burgemeester Middelweerdstraat 40|A]]", "(getekend)"],
                   ["[[Dewi Sastrowardoyo|P|Dewi;Sastrowardoyo]]", "[[Burgemeester Middelweerdstraat 42|A]]", "(getekend)"]]),
        ("p", "Wij willen graag worden gehoord in de <<commissie Stad en Ruimte|ORG>>. Correspondentie graag naar het "
              "adres van [[S.A. de Vries-Kortekaas|P|S.A.]], telefoon [[06 12 90 45 38|T]]."),
        ("p", "Hoogachtend,"),
        ("sig",),
        ("lines", ["[[Sanne de Vries-Kortekaas|P|Sanne;de Vries-Kortekaas]]", "mede namens [[Thijs de Vries|P|Thijs]]"]),
    ],
})

# ---------------------------------------------------------------- ai06 handhavingsverzoek (scan, typewriter)
DOCS.append({
    "id": "ai06_handhavingsverzoek_scan", "producer": "scan", "scanfont": "mono", "scansize": 29,
    "blocks": [
        ("stamp", ["GEMEENTE ZWOLLE", "ONTVANGEN 11 FEB 2025", "DIV 2025/0211-37"]),
        ("lines", ["[[A.W. Hoogeveen|P|Hoogeveen]]", "[[Assendorperstraat 118|A]]", "[[8012 DJ Zwolle|A|8012 DJ]]"]),
        ("space",),
        ("lines", ["Aan burgemeester en wethouders van Zwolle", "Postbus 10007", "8000 GA Zwolle"]),
        ("space",),
        ("lines", ["Zwolle, 9 februari 2025", "Betreft: verzoek om handhaving Assendorperstraat 120"]),
        ("space",),
        ("p", "Geacht college,"),
        ("p", "Mijn buurman, de heer [[Gerrit Pasveer|P|Pasveer]], heeft in november 2024 in zijn achtertuin aan de "
              "[[Assendorperstraat 120|A]] een schuur van ruim vier meter hoog gebouwd, tegen mijn erfgrens aan. Ik heb "
              "hem daar meerdere keren op aangesproken. Hij zegt dat er geen vergunning nodig is."),
        ("p", "Ik verzoek u handhavend op te treden. De schuur neemt al het zonlicht weg uit mijn keuken. Ook zijn zoon "
              "[[Kevin Pasveer|P|Kevin]] gebruikt de schuur als werkplaats voor scooters, met veel lawaai tot laat in de avond."),
        ("p", "U kunt mij bellen op [[06-22 81 37 94|T]]."),
        ("p", "Hoogachtend,"),
        ("sig",),
        ("lines", ["[[A.W. (Anton) Hoogeveen|P|Anton]]"]),
    ],
})

# ---------------------------------------------------------------- ai07 besluit op handhavingsverzoek (reportlab)
DOCS.append({
    "id": "ai07_besluit_handhavingsverzoek", "producer": "reportlab", "serif": True,
    "title": "Besluit op verzoek om handhaving", "author": "[[L. Mulder-Baars|P|Mulder-Baars]]",
    "header": "<<Gemeente Zwolle|ORG>> - <<Lübeckplein 2|ADR>> - <<Postbus 10007|ADR>>, 8000 GA Zwolle - <<14 038|TEL>>",
    "blocks": [
        ("lines", ["De heer [[A.W. Hoogeveen|P|A.W.;Hoogeveen]]", "[[Assendorperstraat 118|A]]", "[[8012 DJ  ZWOLLE|A|8012 DJ]]"]),
        ("space",),
        ("table", [["Datum", "Zaaknummer", "Contactpersoon", "Bijlage(n)"],
                   ["7 april 2025", "<<Z2025-00318|CAS>>", "[[L. Mulder-Baars|P|L.;Mulder-Baars]], [[038 498 27 63|T]]", "1"]],
         [30, 32, 75, 25]),
        ("p", "Onderwerp: besluit op uw verzoek om handhaving"),
        ("p", "Geachte heer [[Hoogeveen|P]],"),
        ("p", "U heeft ons op 9 februari 2025 gevraagd handhavend op te treden tegen een bijgebouw op het perceel "
              "[[Assendorperstraat 120|A]], kadastraal bekend als gemeente <<Zwolle, sectie K, nummer 4471|KAD|sectie K, nummer 4471>>. "
              "Eigenaar van het perceel is de heer [[G. Pasveer|P|G. Pasveer;Pasveer]]."),
        ("h", "Wat wij hebben onderzocht"),
        ("p", "Op <<dinsdag|DAT>> 4 maart 2025 heeft onze <<toezichthouder bouwen|TIT>>, de heer [[M. Ouaali|P|M. Ouaali;Ouaali]], "
              "het bijgebouw bekeken. De nokhoogte is 4,12 meter; het bouwwerk staat op 0,4 meter van de erfgrens. Volgens "
              "artikel 2.29 van het <<Besluit bouwwerken leefomgeving|LAW>> (<<Bbl|LAW>>) is een bijbehorend bouwwerk in het "
              "achtererfgebied vergunningvrij tot een hoogte van 3 meter op de erfgrens. Het bouwwerk is dus in strijd met de "
              "regels. Ook het gebruik als werkplaats is niet toegestaan volgens het omgevingsplan."),
        ("h", "Ons besluit"),
        ("p", "Wij wijzen uw verzoek toe. Wij hebben de heer [[Pasveer|P]] vandaag een voornemen tot het opleggen van een "
              "last onder dwangsom gestuurd (artikel 5:32 <<Awb|LAW>>). Hij kan daarop binnen twee weken een zienswijze geven. "
              "Een legalisatieaanvraag is niet kansrijk."),
        ("p", "Het toezicht valt onder de verantwoordelijkheid van <<wethouder|TIT>> <<Anne Schreurs|OFF|Schreurs>>; "
              "<<burgemeester|TIT>> <<Peter Snijders|OFF|Snijders>> is bevoegd voor de openbare orde. Het <<Kadaster|ORG>> "
              "en de <<Omgevingsdienst IJsselland|ORG>> hebben meegekeken."),
        ("h", "Bezwaar"),
        ("p", "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken na de datum van verzending bezwaar maken bij "
              "ons college. Dit kan ook digitaal via <<zwolle.nl/bezwaar|MISC>>."),
        ("p", "Met vriendelijke groet,"),
        ("p", "het college van burgemeester en wethouders van Zwolle, namens dezen,"),
        ("sig",),
        ("lines", ["[[ing. L. (Lisette) Mulder-Baars|P|Lisette]]", "<<coördinator Vergunningen, Toezicht en Handhaving|TIT>>"]),
    ],
})

# ---------------------------------------------------------------- ai08 subsidy application (reportlab AcroForm)
DOCS.append({
    "id": "ai08_aanvraag_isolatiesubsidie_formulier", "producer": "reportlab",
    "title": "Aanvraagformulier Subsidie Woningisolatie 2025", "creator": "Adobe LiveCycle Designer",
    "header": "<<Gemeente Groningen|ORG>> - <<Loket Duurzaam Wonen|ORG>> - <<Postbus 30026|ADR>>, 9700 RM Groningen",
    "footer": "Formulier <<GRO-SWI-2025-v3|CAS>> - ingevuld digitaal opgeslagen",
    "blocks": [
        ("title", "Aanvraag Subsidie Woningisolatie 2025"),
        ("p", "Met dit formulier vraagt u subsidie aan op grond van de <<Subsidieregeling Woningisolatie Groningen 2025|LAW>>. "
              "Vul alle velden in. De gegevens worden verwerkt volgens de <<Algemene verordening gegevensbescherming|LAW>>."),
        ("h", "1. Gegevens aanvrager"),
        ("fields", [("Naam aanvrager", "[[Jelmer Dijkstra-Hiemstra|P|Jelmer;Dijkstra-Hiemstra]]"),
                    ("Voorletters", "[[J.S.|P|J.S.]]"),
                    ("Geboortedatum", "[[03-11-1979|D]]"),
                    ("BSN", "[[" + bsn(108) + "|B]]"),
                    ("Adres", "[[Helper Brink 27a|A]]"),
                    ("Postcode en plaats", "[[9722 EH Groningen|A|9722 EH]]"),
                    ("Telefoon", "[[+31 (0)6 4719 2203|T]]"),
                    ("E-mail", "[[j.s.dijkstra_hiemstra@hotmail.nl|E]]"),
                    ("IBAN", "[[" + iban(108, "ASNB") + "|I]]"),
                    ("Tenaamstelling", "[[J S Dijkstra-Hiemstra|P|J S Dijkstra-Hiemstra]]")]),
        ("h", "2. Maatregelen"),
        ("table", [["Maatregel", "Uitvoerder", "Kosten incl. btw", "Oppervlak"],
                   ["Spouwmuurisolatie", "<<Isolatiebedrijf Noord B.V.|ORG>>", "€ 2.340", "62 m2"],
                   ["Vloerisolatie", "<<Coöperatie Energiek Groningen U.A.|ORG>>", "€ 1.875", "48 m2"],
                   ["HR++ glas", "<<Glashandel Zernike|ORG>>", "€ 3.120", "14 m2"]], [45, 60, 35, 25]),
        ("h", "3. Machtiging en ondertekening"),
        ("fields", [("Gemachtigde (optioneel)", "[[Aaltje Hiemstra|P|Aaltje]] (moeder)"),
                    ("Datum ondertekening", "12-05-2025")]),
        ("p", "Stuur het formulier met de offertes naar <<subsidies@groningen.nl|MAIL>>. Vragen? Bel <<14 050|TEL>>."),
        ("small", "Behandeling door het <<Loket Duurzaam Wonen|ORG>>; het college beslist binnen acht weken (<<Algemene "
                  "subsidieverordening Groningen 2023|LAW>>). Portefeuillehouder: <<wethouder|TIT>> <<Chantal Broeksma|OFF|Broeksma>>."),
    ],
    "hidden": {"annots": [(0, "[[Pieter-Jan Vos|P|Pieter-Jan Vos]]", "Controle: IBAN en BSN gecheckt door [[PJV|P]], 13-05 - akkoord")]},
})

# ---------------------------------------------------------------- ai09 subsidiebeschikking eenmanszaak (fpdf)
DOCS.append({
    "id": "ai09_subsidiebeschikking_bakkerij_jansen", "producer": "fpdf",
    "title": "Beschikking subsidie verduurzaming MKB", "author": "[[E.M. Koster|P|E.M. Koster]]",
    "header": "<<Provincie Gelderland|ORG>> | <<Markt 11|ADR>>, Arnhem | <<Postbus 9090|ADR>>, 6800 GX Arnhem | <<026 359 99 99|TEL>>",
    "footer": "Zaaknummer <<2025-008816|CAS>> | <<Subsidieregeling MKB Verduurzaming Gelderland|LAW>>",
    "blocks": [
        ("lines", ["<<Bakkerij|MISC>> [[Jansen|P]]", "t.a.v. de heer [[H.G.M. Jansen|P|H.G.M.]]", "[[Molenstraat 8|A]]",
                   "[[6711 AT Ede|A|6711 AT]]"]),
        ("space",),
        ("lines", ["Arnhem, 19 <<juni|DAT>> 2025", "Onderwerp: verlening subsidie verduurzaming"]),
        ("p", "Geachte heer [[Jansen|P]],"),
        ("p", "Op 2 april 2025 heeft u namens uw eenmanszaak Bakkerij [[Jansen|P]] (KvK-nummer <<09172834|CAS>>) subsidie "
              "aangevraagd voor het vervangen van uw gasgestookte oven door een elektrische oven en de aanleg van "
              "zonnepanelen op het dak van de bakkerij aan de [[Molenstraat 8|A]]. Wij hebben uw aanvraag beoordeeld."),
        ("h", "Besluit"),
        ("p", "Gedeputeerde Staten van Gelderland verlenen u een subsidie van ten hoogste € 18.450. Het voorschot van 80% "
              "(€ 14.760) maken wij over op rekeningnummer [[" + iban(109, "INGB") + "|I]] ten name van Bakkerij [[Jansen|P]]."),
        ("p", "Let op: in uw aanvraagformulier vulde u rekeningnummer [[" + iban(109, "INGB", typo=True) + "|I]] in. Dat nummer "
              "is niet geldig; uw boekhouder, mevrouw [[Fenna Rietveld|P|Fenna;Rietveld]] van <<Administratiekantoor De Veluwe B.V.|ORG>>, "
              "heeft ons op 5 juni 2025 het juiste nummer doorgegeven."),
        ("h", "Verplichtingen"),
        ("table", [["Verplichting", "Termijn"],
                   ["Project uitvoeren en afronden", "uiterlijk 31 <<december|DAT>> 2026"],
                   ["Aanvraag vaststelling indienen met facturen", "binnen 13 weken na afronding"],
                   ["Melden van wijzigingen (bv. verkoop van de zaak)", "direct"]], [110, 55]),
        ("p", "De subsidie valt onder de <<de-minimisverordening|LAW>> (Verordening (EU) 2023/2831). U heeft verklaard dat "
              "u en uw echtgenote, mevrouw [[W. Jansen-Arslan|P|W. Jansen-Arslan;Jansen-Arslan]], geen andere onderneming drijven."),
        ("p", "Heeft u vragen? Neem contact op met uw behandelaar [[Erik Koster|P|Erik;Koster]], telefoon [[06-1093 8812|T]], "
              "e-mail [[e.koster@gelderland.nl|E]], of met <<subsidies@gelderland.nl|MAIL>>. De opdracht is uitgevoerd onder "
              "verantwoordelijkheid van <<gedeputeerde|TIT>> <<Helga Witjes|OFF|Witjes>>."),
        ("p", "Met vriendelijke groet,"),
        ("p", "Gedeputeerde Staten van Gelderland, namens dezen,"),
        ("sig",),
        ("lines", ["[[mr. drs. C. (Corien) Ter Haar-Plomp|P|Corien;Ter Haar-Plomp]]", "<<afdelingshoofd Subsidies|TIT>>"]),
        ("small", "Bezwaar: binnen zes weken bij Gedeputeerde Staten, Postbus 9090, 6800 GX Arnhem (artikel 6:7 <<Awb|LAW>>)."),
    ],
})

# ---------------------------------------------------------------- ai10 Wmo case notes (docx)
DOCS.append({
    "id": "ai10_wmo_verslag_keukentafel", "producer": "docx",
    "author": "[[Mirjam Oosterbaan|P|Mirjam;Oosterbaan]]", "title": "Verslag onderzoek Wmo",
    "header": "<<Sociaal Wijkteam Leeuwarden-Oost|ORG>> - vertrouwelijk - <<Wmo 2015|LAW>>",
    "footer": "Dossier <<WMO-2025-11873|CAS>>",
    "blocks": [
        ("title", "Verslag onderzoek maatwerkvoorziening Wmo 2015"),
        ("table", [["Cliënt", "[[Hiltje Bosma-Postma|P|Hiltje;Bosma-Postma]]"],
                   ["Geboortedatum", "[[14-02-1941|D]]"],
                   ["BSN", "[[" + bsn(110) + "|B]]"],
                   ["Adres", "[[Fonteinland 31|A]], [[8913 CA Leeuwarden|A|8913 CA]]"],
                   ["Mantelzorger", "[[Gerbrich van der Meer|P|Gerbrich;van der Meer]] (dochter), [[06 3011 5729|T]]"],
                   ["Consulent", "[[M. Oosterbaan|P|Oosterbaan]], <<Wmo-consulent|TIT>>"],
                   ["Datum gesprek", "<<donderdag|DAT>> 6 maart 2025, bij cliënt thuis"]], [45, 120]),
        ("h", "Aanleiding"),
        ("p", "Melding via de huisarts, dokter [[S. Kuipers|P|S. Kuipers;Kuipers]] (<<Huisartsenpraktijk Camminghaburen|ORG>>), "
              "op 18 februari 2025. Mevrouw [[Bosma|P]] is na een val in januari moeilijk ter been en kan de trap naar de "
              "slaapkamer niet meer nemen."),
        ("h", "Gesprek"),
        ("p", "Aanwezig: mevrouw [[Bosma-Postma|P]], haar dochter [[Gerbrich|P]] en de consulent. Haar zoon [[Sjoerd|P]] woont "
              "in <<Canada|LOC>> en belt wekelijks. Mevrouw heeft COPD en gebruikt zuurstof 's nachts. Kleinzoon [[Jelle|P]] (16) "
              "doet boodschappen op <<zaterdag|DAT>>. De buurvrouw, mevrouw [[Tineke Wijbenga|P|Tineke;Wijbenga]], heeft een sleutel."),
        ("p", "Mevrouw wil graag thuis blijven wonen. Zij heeft geen bezwaar tegen een traplift, maar liever een bed beneden. "
              "De woning is van <<Elkien|ORG>>; de corporatie moet toestemming geven voor een traplift."),
        ("h", "Afspraken"),
        ("table", [["Actie", "Wie", "Wanneer"],
                   ["Advies ergotherapeut aanvragen", "[[MO|P]]", "<<week 11|DAT>>"],
                   ["Contact Elkien over traplift", "[[Oosterbaan|P]]", "<<maart|DAT>>"],
                   ["Aanvraag huishoudelijke hulp via <<Thuiszorg Het Friese Land|ORG>>", "[[Gerbrich|P]]", "direct"]], [90, 40, 35]),
        ("p", "Het verslag is op 10 maart 2025 met dochter [[Gerbrich van der Meer|P|van der Meer]] besproken per e-mail "
              "([[gerbrich.vdmeer@fryslan.frl|E]]). Het college beslist binnen twee weken na de aanvraag (artikel 2.3.5 <<Wmo 2015|LAW>>). "
              "Informatie voor inwoners: <<Gemeente Leeuwarden|ORG>>, <<Oldehoofsterkerkhof 2|ADR>>, telefoon <<14 058|TEL>>."),
    ],
})

# ---------------------------------------------------------------- ai11 jeugd case notes (html)
DOCS.append({
    "id": "ai11_jeugd_casusoverleg", "producer": "html", "title": "Verslag MDO jeugd",
    "header": "<<Jeugdteam Rotterdam-Zuid|ORG>> | Multidisciplinair overleg | <<Jeugdwet|LAW>> | VERTROUWELIJK",
    "blocks": [
        ("title", "Verslag multidisciplinair overleg (MDO)"),
        ("table", [["Gezin", "[[El Amrani|P]] / [[Bouzid|P]]"],
                   ["Kinderen", "[[Noor|P]] (7), [[Ayoub|P]] (11), [[Yasmina|P]] (14)"],
                   ["Ouders", "[[Fatima Bouzid|P|Fatima]] (moeder), [[Karim El Amrani|P|Karim]] (vader, woont elders)"],
                   ["Datum MDO", "<<maandag|DAT>> 13 <<januari|DAT>> 2025, 14.00-15.30 uur"],
                   ["Zaaknummer", "<<JT-RZ-2024-3318|CAS>>"]], [40, 125]),
        ("h", "Aanwezig"),
        ("p", "[[Marieke Terpstra|P|Marieke;Terpstra]] (<<jeugdprofessional|TIT>>, voorzitter), [[dhr. D. Kartosen|P|D. Kartosen;Kartosen]] "
              "(<<intern begeleider|TIT>> <<obs De Globetrotter|ORG>>), [[J. (Jolanda) de Graaf-Tan|P|Jolanda;de Graaf-Tan]] "
              "(<<jeugdarts|TIT>> <<CJG Rijnmond|ORG>>), [[Youssef Amrani|P|Youssef;Amrani]] (<<medewerker Veilig Thuis|TIT>>; geen familie) "
              "en moeder [[Fatima|P]]."),
        ("h", "Zorgen"),
        ("p", "[[Noor|P]] komt vaak te laat en zonder ontbijt op school. [[Ayoub|P]] is sinds de scheiding boos en heeft twee "
              "keer gevochten op het schoolplein. [[Yasmina|P]] zorgt veel voor haar broertje en zusje en verzuimt op het "
              "<<Zuiderpark College|ORG>>; de leerplichtambtenaar, mevrouw [[Ş. Yıldırım|P|Ş. Yıldırım;Yıldırım]], is ingeschakeld."),
        ("p", "Moeder geeft aan dat zij sinds november 2024 schulden heeft bij <<Eneco|ORG>> en <<Zilveren Kruis|ORG>>. Vader "
              "betaalt geen alimentatie. Moeder is bereikbaar op [[+31612884057|T]]; vader op [[06.19.55.72.04|T]]."),
        ("h", "Afspraken"),
        ("table", [["Wat", "Wie", "Wanneer"],
                   ["Aanmelding schuldhulp via <<Vraagwijzer|ORG>>", "[[MT|P]] met moeder", "20 januari"],
                   ["Gesprek met vader over omgang en alimentatie", "[[Terpstra|P]]", "<<februari|DAT>>"],
                   ["Ontbijt op school regelen (<<Jeugdfonds Sport & Cultuur|ORG>>)", "[[Kartosen|P]]", "direct"],
                   ["Verzuimgesprek [[Yasmina|P]]", "[[Yıldırım|P]]", "<<vrijdag|DAT>> 17 januari"]], [85, 45, 35]),
        ("small", "Volgend MDO: maandag 10 maart 2025. Verslag verstuurd aan deelnemers via beveiligde mail "
                  "(<<ZorgMail|MISC>>). Bij acute zorgen: <<Veilig Thuis Rotterdam Rijnmond|ORG>>, <<0800-2000|TEL>>."),
    ],
})

# ---------------------------------------------------------------- ai12 schuldhulp intake (fpdf)
DOCS.append({
    "id": "ai12_schuldhulp_intake", "producer": "fpdf", "author": "[[Priya Ramkisoen|P|Ramkisoen]]",
    "title": "Intakeverslag schuldhulpverlening",
    "header": "<<Kredietbank Nederland|ORG>> - schuldhulpverlening in opdracht van de <<gemeente Almere|ORG>>",
    "footer": "Intake <<SHV-2025-0472|CAS>> - <<Wet gemeentelijke schuldhulpverlening|LAW>>",
    "blocks": [
        ("title", "Intakeverslag schuldhulpverlening"),
        ("table", [["Aanvrager", "[[KOWALCZYK, Agnieszka|P|KOWALCZYK;Agnieszka]]"],
                   ["Partner", "[[Tomasz Nowak|P|Tomasz;Nowak]]"],
                   ["Geboortedata", "[[21-07-1988|D]] / [[02-12-1985|D]]"],
                   ["BSN aanvrager", "[[" + bsn(112) + "|B]]"],
                   ["BSN partner", "[[" + bsn(113, valid=False) + "|B]] (klopt niet, navragen)"],
                   ["Adres", "[[Gooisekant 112|A]], [[1333 RA Almere|A|1333 RA]]"],
                   ["Telefoon", "[[+48 601 234 877|T]] / [[06 84 21 93 30|T]]"],
                   ["E-mail", "[[agnieszka.kowalczyk.1988@wp.pl|E]]"],
                   ["Schuldhulpverlener", "[[P. Ramkisoen|P|P. Ramkisoen]]"]], [45, 120]),
        ("h", "Situatie"),
        ("p", "Mevrouw [[Kowalczyk|P]] werkt via uitzendbureau <<Flexpoint Logistics B.V.|ORG>> bij een distributiecentrum in "
              "<<Lelystad|LOC>>. Haar partner, de heer [[Nowak|P]], is sinds <<augustus|DAT>> 2024 arbeidsongeschikt. Het gezin heeft "
              "twee kinderen, [[Zofia|P]] (6) en [[Kuba|P]] (3). Het tolkgesprek verliep via <<Tolkcentrum Poolse Taal|ORG>>."),
        ("h", "Schuldenoverzicht"),
        ("table", [["Schuldeiser", "Soort", "Bedrag"],
                   ["<<Belastingdienst/Toeslagen|ORG>>", "terugvordering huurtoeslag 2023", "€ 2.914"],
                   ["<<Vattenfall|ORG>>", "energie", "€ 1.288"],
                   ["<<CZ|ORG>>", "zorgpremie", "€ 1.050"],
                   ["<<Centraal Justitieel Incassobureau|ORG>> (<<CJIB|ORG>>)", "verkeersboetes", "€ 476"],
                   ["[[Marek Wiśniewski|P|Marek;Wiśniewski]] (particulier)", "lening", "€ 3.000"]], [65, 70, 30]),
        ("p", "Inkomen wordt gestort op rekening [[" + iban(112, "BUNQ") + "|I]]. Aanvrager verklaart dat de lening bij de heer "
              "[[Wiśniewski|P]] een lening van een vriend is."),
        ("h", "Vervolg"),
        ("p", "Budgetbeheer wordt aangevraagd. Volgende afspraak: <<woensdag|DAT>> 26 maart 2025 op het kantoor aan de "
              "<<Stadhuisplein|STR>> in Almere. Teamleider [[Vincent Lodewijks|P|Vincent;Lodewijks]] ([[v.lodewijks@kredietbank-nederland.nl|E]]) "
              "tekent voor akkoord; algemene vragen via <<info@kredietbank-nederland.nl|MAIL>> of <<0800-0221|TEL>>."),
    ],
})

# ---------------------------------------------------------------- ai13 taxatieverslag (reportlab), 2 pages
DOCS.append({
    "id": "ai13_taxatieverslag_onteigening", "producer": "reportlab",
    "title": "Taxatierapport schadeloosstelling", "author": "[[R.J. Veldhuis RT|P|Veldhuis]]",
    "header": "<<Taxatiebureau Oost-Nederland B.V.|ORG>> - in opdracht van <<Rijkswaterstaat|ORG>> - project <<N35 Zwolle-Wijthmen|MISC>>",
    "footer": "Rapport <<TON-2024-1187|CAS>> - vertrouwelijk",
    "blocks": [
        ("title", "Taxatierapport schadeloosstelling (minnelijke verwerving)"),
        ("table", [["Opdrachtgever", "<<Rijkswaterstaat Oost-Nederland|ORG>>, <<Postbus 9070|ADR>>, 6800 ED Arnhem"],
                   ["Eigenaren", "[[Hendrikus Johannes ter Horst|P|Hendrikus Johannes;ter Horst]] en [[Willemina ter Horst-Nijland|P|Willemina;Nijland]]"],
                   ["Adres object", "[[Wijthmenerdijk 41|A]], [[8028 PL Zwolle|A|8028 PL]]"],
                   ["Kadastrale aanduiding", "<<gemeente Zwolle, sectie E, nummers 1822 en 1823|KAD|sectie E, nummers 1822 en 1823>>"],
                   ["Peildatum", "1 <<oktober|DAT>> 2024"],
                   ["Taxateurs", "[[R.J. Veldhuis|P|R.J.]] RT ([[RT.9102.4418|O]]) en [[A. Çelik|P|A. Çelik;Çelik]] MSc"]], [40, 125]),
        ("h", "1. Opdracht"),
        ("p", "Rijkswaterstaat heeft ons gevraagd de schadeloosstelling te bepalen voor de verwerving van 2.340 m2 grond "
              "van het agrarisch bedrijf van de familie [[Ter Horst|P|=Ter Horst]] ten behoeve van de verbreding van de N35, "
              "conform titel IV van de <<Onteigeningswet|LAW>> (sinds 1 januari 2024 hoofdstuk 11 <<Omgevingswet|LAW>>)."),
        ("h", "2. Opname"),
        ("p", "De opname vond plaats op <<vrijdag|DAT>> 27 september 2024 in aanwezigheid van de heer [[H.J. ter Horst|P|H.J.]], "
              "zijn zoon [[Gerjan|P]] (bedrijfsopvolger), hun adviseur [[mr. B. Smit-Oldenhof|P|B. Smit-Oldenhof;Smit-Oldenhof]] van "
              "<<LTO Noord Adviseurs|ORG>> en namens Rijkswaterstaat <<verwervingsadviseur|TIT>> [[Kees-Jan Bouwmeester|P|Kees-Jan;Bouwmeester]]."),
        ("p", "Het bedrijf is een melkveehouderij met 96 melkkoeien. De te verwerven strook ligt langs de <<Wijthmenerdijk|STR>> "
              "en wordt gebruikt als grasland. De bedrijfswoning blijft buiten de verwerving."),
        ("h", "3. Waardering"),
        ("table", [["Post", "Bedrag"],
                   ["Werkelijke waarde grond (2.340 m2 à € 9,50)", "€ 22.230"],
                   ["Waardevermindering overblijvend (doorsnijding)", "€ 8.400"],
                   ["Inkomensschade (kapitalisatie, 7 jaar)", "€ 11.750"],
                   ["Bijkomende kosten (adviseur, notaris)", "€ 6.200"],
                   ["Totaal schadeloosstelling", "€ 48.580"]], [120, 45]),
        ("pagebreak",),
        ("h", "4. Overwegingen"),
        ("p", "De eigenaren stellen dat een aanvullende vergoeding nodig is omdat [[Gerjan ter Horst|P|Gerjan]] het bedrijf in "
              "2026 overneemt en de melkproductie wil uitbreiden. Wij volgen dat niet: uitbreidingsplannen die op de peildatum "
              "niet concreet waren blijven buiten beschouwing (vaste rechtspraak van de <<Hoge Raad|ORG>>)."),
        ("p", "Het perceel is belast met een opstalrecht van <<Enexis Netbeheer B.V.|ORG>> voor een middenspanningskabel. "
              "De hypotheekhouder, <<Rabobank IJsseldelta|ORG>>, wordt door de notaris om toestemming gevraagd."),
        ("h", "5. Ondertekening"),
        ("p", "Aldus naar waarheid opgemaakt te Deventer op 14 <<november|DAT>> 2024."),
        ("sig",),
        ("lines", ["[[R.J. (Roelof) Veldhuis|P|Roelof]] RT", "<<register-taxateur|TIT>>, telefoon [[06-53 77 21 09|T]]",
                   "[[r.veldhuis@taxatie-on.nl|E]]"]),
        ("small", "Dit rapport is uitgebracht conform de <<Nederlandse Vereniging van Rentmeesters|ORG>>-richtlijnen en is "
                  "bestemd voor Rijkswaterstaat. Minister van Infrastructuur en Waterstaat: <<minister|TIT>> <<Barry Madlener|OFF|Madlener>>."),
    ],
    "hidden": {"outline": [("Taxatie [[Ter Horst|P|=Ter Horst]] Wijthmenerdijk", 0), ("Overwegingen", 1)]},
})

# ---------------------------------------------------------------- ai14 NVWA inspection report (html)
DOCS.append({
    "id": "ai14_nvwa_inspectierapport_slagerij", "producer": "html", "title": "Inspectierapport NVWA",
    "header": "<<Nederlandse Voedsel- en Warenautoriteit|ORG>> (<<NVWA|ORG>>) | <<Catharijnesingel 59|ADR>>, Utrecht | <<0900-0388|TEL>>",
    "footer": "Rapport <<NVWA-INS-2025-0331877|CAS>> | pagina 1 van 1",
    "blocks": [
        ("title", "Rapport van bevindingen: hygiëne-inspectie"),
        ("table", [["Bedrijf", "Slagerij [[Özdemir|P]] (eenmanszaak)"],
                   ["Eigenaar", "[[Mehmet Ali Özdemir|P|Mehmet Ali]]"],
                   ["Vestigingsadres", "Kanaalstraat 141, 3531 CJ Utrecht"],
                   ["Woonadres eigenaar", "[[Marco Polostraat 77-II|A]], [[3531 RG Utrecht|A|3531 RG]]"],
                   ["KvK", "<<30281174|CAS>>"],
                   ["Datum inspectie", "<<dinsdag|DAT>> 11 februari 2025, 07.30 uur"],
                   ["Inspecteurs", "[[ing. W. Brouwer|P|W. Brouwer;Brouwer]] en [[dr. L.M. (Lieke) Haverkamp|P|L.M.;Lieke;Haverkamp]]"]], [45, 120]),
        ("h", "Aanleiding"),
        ("p", "Een melding van een consument (naam bekend bij de NVWA) over een bedorven product gekocht op 3 februari 2025."),
        ("h", "Bevindingen"),
        ("table", [["Nr.", "Onderwerp", "Bevinding", "Regelgeving"],
                   ["1", "Temperatuur koelcel", "9,4 °C gemeten (norm ≤ 7 °C)", "<<Verordening (EG) 852/2004|LAW>>"],
                   ["2", "Etikettering gehakt", "geen houdbaarheidsdatum", "<<Warenwetbesluit Informatie levensmiddelen|LAW>>"],
                   ["3", "Registratie HACCP", "logboek sinds januari niet bijgehouden", "<<Hygiënecode Slagers|LAW>>"],
                   ["4", "Personeel", "medewerker [[Burak|P]] zonder haarnet aan het werk", "Verordening (EG) 852/2004"]], [10, 40, 65, 50]),
        ("p", "De heer [[Özdemir|P]] was bij de inspectie aanwezig; zijn broer [[Hasan Özdemir|P|Hasan]], die volgens hem de "
              "administratie doet, was telefonisch bereikbaar op [[+90 532 418 77 06|T]]. De heer [[Mehmet Ali Özdemir|P|Mehmet Ali]] "
              "verklaarde dat de koelmachine op <<maandag|DAT>> was gerepareerd door <<Koeltechniek Utrecht B.V.|ORG>>."),
        ("h", "Maatregel"),
        ("p", "Schriftelijke waarschuwing en een herinspectie binnen vier weken. Bij herhaling volgt een bestuurlijke boete op "
              "grond van de <<Warenwet|LAW>>. Dit rapport kan openbaar worden gemaakt op grond van de <<Gezondheidswet|LAW>> en de <<Wet open overheid|LAW>>."),
        ("p", "Contact: <<team Publieksvoorlichting|ORG>> via <<info@nvwa.nl|MAIL>>. Inspecteur [[W. Brouwer|P|W. Brouwer]]: "
              "[[w.brouwer@nvwa.nl|E]], [[06 - 46 92 18 30|T]]."),
    ],
    "hidden": {"annots": [(0, "[[Haverkamp, L.M.|P|Haverkamp, L.M.]]", "Naam consument [[Ellen Roosendaal|P|Roosendaal]] niet opnemen in openbare versie")]},
    "meta_author": "[[Lieke Haverkamp|P|Lieke Haverkamp]]",
})

# ---------------------------------------------------------------- ai15 ILT inspection report (docx)
DOCS.append({
    "id": "ai15_ilt_rapport_taxibedrijf", "producer": "docx",
    "author": "[[Bas Hogendoorn|P|Bas;Hogendoorn]]", "title": "Inspectierapport ILT taxibedrijf",
    "header": "<<Inspectie Leefomgeving en Transport|ORG>> - <<Ministerie van Infrastructuur en Waterstaat|ORG>>",
    "footer": "<<ILT-2025/113874|CAS>> - <<Postbus 16191|ADR>>, 2500 BD Den Haag - <<088 489 00 00|TEL>>",
    "blocks": [
        ("title", "Rapport van bevindingen taxivervoer"),
        ("table", [["Ondernemer", "<<Taxicentrale|MISC>> [[R. Ramdin|P|R. Ramdin;Ramdin]] (eenmanszaak)"],
                   ["Eigenaar", "[[Rakesh Ramdin|P|Rakesh]], geboren [[30 april 1976|D]]"],
                   ["Vestigingsadres (tevens woonadres)", "[[Lijsterbesstraat 22|A]], [[2565 KJ Den Haag|A|2565 KJ]]"],
                   ["Controle", "<<zaterdag|DAT>> 26 april 2025 (<<Koningsdag|DAT>>), standplaats <<Den Haag Centraal|LOC>>"],
                   ["Inspecteurs", "[[B. Hogendoorn|P|B.;Hogendoorn]], [[K.F. van Leeuwen|P|K.F.;van Leeuwen]]"]], [55, 110]),
        ("h", "Bevindingen"),
        ("p", "Bij de controle reed de chauffeur, de heer [[Anil Ramdin|P|Anil]] (zoon van de ondernemer), in een voertuig met "
              "kenteken <<T-321-XB|MISC>> zonder geldige chauffeurskaart. De boordcomputer taxi (<<BCT|MISC>>) registreerde de rit "
              "niet. Volgens de heer [[Ramdin|P]] sr., telefonisch bereikbaar op [[0031 6 5591 0427|T]], was de kaart van zijn zoon "
              "'in aanvraag' bij <<Kiwa Register|ORG>>."),
        ("p", "De ondernemer beschikt over een vergunning voor taxivervoer op grond van de <<Wet personenvervoer 2000|LAW>>. "
              "Het <<Besluit personenvervoer 2000|LAW>> eist dat iedere chauffeur een chauffeurskaart heeft."),
        ("h", "Conclusie"),
        ("p", "Twee overtredingen. De ILT legt een boete op van € 1.700 (rapport van bevinding aan de ondernemer) en "
              "€ 340 aan de chauffeur. De ondernemer kan een zienswijze geven binnen twee weken."),
        ("p", "Verantwoordelijk bewindspersoon: <<staatssecretaris|TIT>> <<Chris Jansen|OFF|Chris Jansen>> (Openbaar Vervoer en Milieu). "
              "Contact voor de ondernemer: <<ILT Klantcontactcentrum|ORG>>, <<088 489 00 00|TEL>>, <<www.ilent.nl|MISC>>."),
        ("p", "Opgemaakt naar waarheid en op ambtseed,"),
        ("sig",),
        ("lines", ["[[B. (Bas) Hogendoorn|P|Bas]]", "<<inspecteur Taxi|TIT>>, [[bas.hogendoorn@ilent.nl|E]]"]),
    ],
})
