"""Texts of the regional blind set (written blind: the tool's detector was never read).

[[shown|KIND]] or [[shown|KIND|probe1;probe2]]  = personal data, must be redacted
{shown|KIND} or {shown|KIND|probe}               = must stay readable
All persons are invented; office holders appear only in their public role with the title
right before the name. Blocks: ("h1"|"h2"|"p"|"small"|"lines"|"sig", text) and
("table", rows, {"widths": [fractions]}).
"""

DOCS = []


def doc(id, producer, genre, blocks, layout="onecol", meta_title="", meta_author=""):
    DOCS.append({"id": id, "producer": producer, "genre": genre, "layout": layout,
                 "blocks": blocks, "meta_title": meta_title, "meta_author": meta_author})


# ---------------------------------------------------------------- r01 GS-besluit subsidie
doc("r01", "reportlab", "provincie GS-besluit subsidie eenmanszaak", [
    ("h1", "Besluit van {Gedeputeerde Staten|ROLE} van {Gelderland|PLACE}"),
    ("small", "Zaaknummer {2026-014377|REF} | Datum 14 oktober 2026 | Team Subsidies Vitaal Platteland"),
    ("p", "Aan: [[Houthandel Willemsen|PERSON|Willemsen]], t.a.v. de heer [[G.J. Willemsen|PERSON|Willemsen]], "
          "[[Lochemseweg 31|ADDRESS]], [[7231 PG|POSTCODE]] {Warnsveld|PLACE}"),
    ("p", "Geachte heer [[Willemsen|PERSON]],"),
    ("p", "Op 2 juni 2026 ontvingen wij uw aanvraag voor een subsidie uit de regeling {Vitaal Platteland Gelderland|PROGRAMME} "
          "voor de verduurzaming van de werkplaats van uw eenmanszaak [[Houthandel Willemsen|PERSON|Houthandel Willemsen]] "
          "(KvK-nummer [[71234598|KVK_PERSON]]). Wij verlenen u een subsidie van ten hoogste {€ 18.400|AMOUNT}. "
          "Het bedrag wordt in twee termijnen overgemaakt op rekeningnummer [[NL66 RABO 0312 4455 67|IBAN]] ten name van "
          "[[G.J. Willemsen|PERSON]]."),
    ("h2", "Motivering"),
    ("p", "De aanvraag voldoet aan artikel 2.4 van de {Subsidieregeling Vitaal Platteland|LAW}. Het advies van de "
          "{Omgevingsdienst Regio Nijmegen|ORG} ({ODRN|ACRONYM}) over de energiebesparing is positief. Uw adviseur, "
          "mevrouw [[Fenna Dijkstra-Hoekstra|PERSON|Dijkstra-Hoekstra;Fenna]] van [[Dijkstra Energieadvies|PERSON|Dijkstra Energieadvies]], "
          "heeft de berekening op 19 augustus 2026 aangevuld."),
    ("p", "Hebt u vragen? Neem dan contact op met [[Ruben Aksoy|PERSON|Aksoy;Ruben]], telefoon [[06-41873302|PHONE]], e-mail "
          "[[r.aksoy@gelderland.nl|EMAIL]], of met het algemene nummer {026 359 9999|SWITCHBOARD} en {post@gelderland.nl|MAILBOX}."),
    ("sig", "Hoogachtend,\nGedeputeerde Staten van Gelderland,\nnamens dezen,\n\n[[drs. H.M. Veenstra|PERSON|Veenstra]]\nteamleider Subsidies"),
    ("small", "Bezwaar: binnen zes weken na verzending bij {Gedeputeerde Staten|ROLE}, Postbus 9090, 6800 GX {Arnhem|PLACE}. "
              "Kopie: gedeputeerde {Van Dam|OFFICIAL} (portefeuille Landbouw)."),
], meta_title="GS-besluit subsidie")

# ---------------------------------------------------------------- r02 Statenvragen
doc("r02", "chromium", "provincie Statenvragen en antwoord", [
    ("h1", "Beantwoording Statenvragen over de N348 bij {Zutphen|PLACE}"),
    ("small", "Vragen van het Statenlid {Kok|OFFICIAL|Statenlid Kok} ({VVD|ORG}) d.d. 3 september 2026, nr. {PS2026-611|REF}"),
    ("p", "Vraag 1: Is het college bekend met de situatie op de kruising bij de woning aan de [[Voorsterallee 8|ADDRESS]]?"),
    ("p", "Antwoord: Ja. Gedeputeerde {Hoogland|OFFICIAL|Gedeputeerde Hoogland} heeft op 9 september 2026 met de bewoners "
          "gesproken, onder wie de heer [[Kok|PERSON|Kok]] en mevrouw [[Esra Yıldırım|PERSON|Yıldırım;Esra]]. De heer "
          "[[Kok|PERSON]] is geen familie van het Statenlid."),
    ("p", "Vraag 2: Welke maatregelen neemt {GS|ACRONYM}?"),
    ("p", "Antwoord: Wij plaatsen in het voorjaar van 2027 een verkeersregelinstallatie. De projectleider, "
          "[[Bart Hoogland|PERSON|Bart]] (geen familie van de gedeputeerde), is bereikbaar via {n348@gelderland.nl|MAILBOX}. "
          "De kosten bedragen {€ 640.000|AMOUNT} en komen ten laste van het {Mobiliteitsprogramma Gelderland|PROGRAMME}."),
    ("p", "Vraag 3: Heeft de provincie contact gehad met de gemeente {Lochem|PLACE}?"),
    ("p", "Antwoord: Ja, met wethouder {Groen|OFFICIAL|wethouder Groen} van {Lochem|PLACE} en met de ambtenaar verkeer, "
          "mevrouw [[Groen|PERSON|mevrouw Groen]]. Zij is bereikbaar op [[(0573) 289 144|PHONE]]."),
    ("sig", "Gedeputeerde Staten van Gelderland,\ncommissaris van de Koning {Van Rossum-Sijtsma|OFFICIAL}, voorzitter"),
], meta_title="Statenvragen N348")

# ---------------------------------------------------------------- r03 waterschap kwijtschelding
doc("r03", "libreoffice", "waterschap kwijtschelding brief aan bewoner", [
    ("h1", "Besluit op uw verzoek om kwijtschelding"),
    ("p", "{Waterschap Rivierenland|ORG}\nPostbus 599, 4000 AN {Tiel|PLACE}\nTelefoon {0344 64 90 90|SWITCHBOARD}"),
    ("p", "Mevrouw [[S. Ramdin-Kalloe|PERSON|Ramdin-Kalloe]]\n[[Waalbandijk 112|ADDRESS]]\n[[6651 KC|POSTCODE]] {Druten|PLACE}"),
    ("p", "Uw kenmerk: aanslag {2026.118.40771|REF}\nBSN: [[184503929|BSN]]\nGeboortedatum: [[07-11-1968|DOB]]"),
    ("p", "Geachte mevrouw [[Ramdin-Kalloe|PERSON]],"),
    ("p", "U hebt op 4 augustus 2026 kwijtschelding gevraagd van de {watersysteemheffing|TERM} en de "
          "{zuiveringsheffing|TERM} over 2026, samen {€ 412,36|AMOUNT}. Uw verzoek is ingediend door uw schuldhulpverlener, "
          "de heer [[Kwame Mensah|PERSON|Mensah;Kwame]] van {Stichting Schuldhulp Maas en Waal|ORG}."),
    ("p", "Wij hebben uw inkomen en vaste lasten getoetst aan de {Leidraad Invordering|LAW}. Uw netto besteedbaar inkomen ligt "
          "onder de kwijtscheldingsnorm. Wij verlenen daarom volledige kwijtschelding. Het reeds betaalde bedrag storten wij terug op "
          "[[NL67 INGB 0006 5432 10|IBAN]]."),
    ("p", "Vragen? Bel [[Marloes ten Hove|PERSON|ten Hove;Marloes]] van team Belastingen op [[0344-649 217|PHONE]] of mail naar "
          "{kwijtschelding@wsrl.nl|MAILBOX}. U kunt ook uw zoon, de heer [[Dinesh Ramdin|PERSON|Dinesh]], machtigen via {MijnWaterschap|PROGRAMME}."),
    ("sig", "Met vriendelijke groet,\n\n[[Marloes ten Hove|PERSON]]\nmedewerker kwijtschelding"),
], meta_title="Kwijtschelding")

# ---------------------------------------------------------------- r04 omgevingsdienst controlerapport
doc("r04", "rawpdf", "omgevingsdienst inspectierapport met kentekens", [
    ("h1", "Controlerapport {Omgevingsdienst Noordzeekanaalgebied|ORG}"),
    ("small", "Zaak {OD-NZKG-2026-08812|REF} | Activiteit: opslag afvalstoffen | Wet: {Omgevingswet|LAW}"),
    ("table", [["Veld", "Gegevens"],
               ["Inrichting", "{Autodemontage Noord B.V.|ORG} (KvK {34198765|KVK})"],
               ["Adres inrichting", "{Hemweg 44|STREET}, {Amsterdam|PLACE}"],
               ["Aanwezig namens bedrijf", "de heer [[Mehmet Öztürk|PERSON|Öztürk;Mehmet]] (bedrijfsleider)"],
               ["Toezichthouder", "[[Jeroen van 't Hek|PERSON|van 't Hek;Jeroen]]"],
               ["Tweede toezichthouder", "[[Lotte Smit|PERSON|Smit;Lotte]]"]], {"widths": [0.3, 0.7]}),
    ("h2", "Bevindingen"),
    ("p", "Bij aankomst om 09.40 uur stonden op het terrein twee voertuigen zonder vloeistofdichte ondergrond, met de kentekens "
          "[[VX-412-K|PLATE]] en [[87-HJT-3|PLATE]]. Volgens de heer [[Öztürk|PERSON]] zijn deze eigendom van zijn zwager, "
          "de heer [[Youssef el Idrissi|PERSON|el Idrissi;Youssef]], wonend aan de [[Klaprozenweg 19|ADDRESS]] te {Amsterdam|PLACE}."),
    ("p", "Een buurtbewoner, mevrouw [[De Wit|PERSON|De Wit]], meldde op 2 september 2026 olielekkage in de sloot langs de "
          "{Hemweg|STREET}. Wij hebben het {Hoogheemraadschap Hollands Noorderkwartier|ORG} ({HHNK|ACRONYM}) ingelicht."),
    ("p", "Conclusie: overtreding van artikel 4.1 van het {Besluit activiteiten leefomgeving|LAW}. Een last onder dwangsom volgt. "
          "Contact: {info@odnzkg.nl|MAILBOX} of {088 567 0200|SWITCHBOARD}; de toezichthouder is direct bereikbaar op [[06 2781 4450|PHONE]]."),
    ("sig", "paraaf toezichthouder: [[JvtH|INITIALS]]   paraaf teamleider: [[LS|INITIALS]] 12/9"),
], meta_title="Controlerapport")

# ---------------------------------------------------------------- r05 ROT-notulen (two columns)
doc("r05", "reportlab", "veiligheidsregio crisisteam notulen twee kolommen", [
    ("h1", "Verslag {Regionaal Operationeel Team|ORG} {VRU|ACRONYM} - hoogwater {Lek|PLACE}"),
    ("small", "Datum 27 januari 2026, 14.00 uur, {Meldkamer Midden-Nederland|ORG}, {Archimedeslaan 6|STREET}, {Utrecht|PLACE}. "
              "Kenmerk {VRU-ROT-2026-003|REF}"),
    ("p", "Aanwezig: [[Hanneke Brouwer-van Kempen|PERSON|Brouwer-van Kempen;Hanneke]] (operationeel leider), "
          "[[Sjoerd Zijlstra|PERSON|Zijlstra;Sjoerd]] (officier van dienst bevolkingszorg), [[Ayşe Demir|PERSON|Demir;Ayşe]] "
          "(GHOR), [[Pieter-Jan de la Court|PERSON|de la Court;Pieter-Jan]] ({HDSR|ACRONYM}), [[Wendy Bakker|PERSON|Bakker;Wendy]] "
          "(politie), [[Thomas Winter|PERSON|Winter;Thomas]] (informatiemanager). Afwezig: [[Gerrit Zomer|PERSON|Zomer;Gerrit]] "
          "(Defensie). Notulist: [[Iris Koning|PERSON|Koning;Iris]]."),
    ("h2", "1. Beeld"),
    ("p", "De waterstand bij {Hagestein|PLACE} stijgt verder; de winter is natter dan gemiddeld. [[De la Court|PERSON]] meldt dat de "
          "kade bij {Vreeswijk|PLACE} op twee plaatsen kwelwater laat zien. Dijkgraaf {Haasnoot|OFFICIAL|Dijkgraaf Haasnoot} is "
          "ingelicht en komt om 16.00 uur naar het {CoPI|ACRONYM}."),
    ("h2", "2. Bevolkingszorg"),
    ("p", "[[Zijlstra|PERSON]] heeft met de gemeente {Nieuwegein|PLACE} de lijst van zelfredzaam verminderde bewoners langs de "
          "{Lekdijk|PLACE} doorgenomen. Het gaat om elf adressen, onder meer [[Lekdijk 207|ADDRESS]] en [[Lekdijk 211a|ADDRESS]]. "
          "Burgemeester {Winter|OFFICIAL|Burgemeester Winter} van {Nieuwegein|PLACE} wil vóór 18.00 uur een besluit over "
          "preventieve evacuatie. [[Bakker|PERSON]] zorgt voor verkeersregelaars op de {A2|PLACE}."),
    ("h2", "3. Communicatie"),
    ("p", "Woordvoering loopt via {pers@vru.nl|MAILBOX} en het publieksnummer {0800-1351|SWITCHBOARD}. [[Demir|PERSON]] "
          "vraagt de GGD-informatielijn open te houden tot het weekend."),
    ("h2", "Actiepunten"),
    ("table", [["Nr", "Actie", "Wie", "Gereed"],
               ["1", "Lijst kwetsbare bewoners actueel", "[[SZ|INITIALS]]", "27-1"],
               ["2", "Zandzakken naar {Vreeswijk|PLACE}", "[[PdlC|INITIALS]]", "28-1"],
               ["3", "Persbericht", "[[IK|INITIALS]]", "27-1"]], {"widths": [0.1, 0.5, 0.2, 0.2]}),
    ("small", "Volgende vergadering: 28 januari 2026, 08.30 uur. Bereikbaarheid OL: [[06-52139907|PHONE]]."),
], layout="twocol", meta_title="ROT verslag")

# ---------------------------------------------------------------- r06 WhatsApp export
doc("r06", "chromium", "WhatsApp-export politie en gemeente", [
    ("h1", "Bijlage 4 - export WhatsApp-groep 'Overlast Stationsgebied {Almelo|PLACE}'"),
    ("small", "Geëxporteerd 12-05-2026 ten behoeve van Woo-verzoek {WOO-2026-0147|REF}"),
    ("lines", "[03-04-26 21:14] [[Robin (wijkagent)|PERSON|Robin]]: Zijn weer bij de fietsenstalling, 4 jongens, zelfde groep als vorige week\n"
              "[03-04-26 21:16] [[Saskia Nijhof|PERSON|Nijhof;Saskia]]: Oké. Is die jongen van [[Dollegoorweg 3|ADDRESS]] er weer bij?\n"
              "[03-04-26 21:17] [[Robin (wijkagent)|PERSON]]: Ja. [[Kevin|PERSON]] met de scooter, kenteken [[F-312-BX|PLATE]]\n"
              "[03-04-26 21:20] [[+31 6 1988 2741|PHONE]]: Boa's zijn onderweg. Groet [[Mo|PERSON]]\n"
              "[03-04-26 21:22] [[Saskia Nijhof|PERSON]]: Top [[Mo|PERSON]]. Ik bel de burgemeester morgen even\n"
              "[03-04-26 21:40] [[Robin (wijkagent)|PERSON]]: Opgelost. [[Kevin|PERSON]] naar huis gestuurd. Moeder gebeld op [[0546-812 335|PHONE]]\n"
              "[04-04-26 08:02] [[Saskia Nijhof|PERSON]]: Burgemeester {Prins|OFFICIAL|Burgemeester Prins} wil een gebiedsverbod overwegen. "
              "[[Robin|PERSON]] kun jij een mutatie sturen naar {handhaving@almelo.nl|MAILBOX}?\n"
              "[04-04-26 08:05] [[Robin (wijkagent)|PERSON]]: Doe ik. Nummer BVH {2026104433|REF}\n"
              "[04-04-26 08:11] [[Mo Amrani|PERSON|Amrani]]: Wij zetten vanavond weer 2 boa's in, ook bij de {Hofstraat|STREET}"),
    ("p", "Deelnemers: [[Robin Koster|PERSON|Koster]] ({Politie Oost-Nederland|ORG}), [[Saskia Nijhof|PERSON]] (gemeente {Almelo|PLACE}, "
          "team Openbare Orde en Veiligheid), [[Mohamed Amrani|PERSON|Mohamed]] (coördinator boa's, [[+31 6 1988 2741|PHONE]])."),
    ("p", "De {Wet open overheid|LAW} verplicht niet tot openbaarmaking van namen van medewerkers; zie {artikel 5.1|LAW}, tweede lid, "
          "onder e. Algemene vragen: {14 0546|SWITCHBOARD}."),
], meta_title="WhatsApp export")

# ---------------------------------------------------------------- r07 e-mail thread (forwarded headers)
doc("r07", "libreoffice", "e-mailwisseling met doorgestuurde headers", [
    ("h1", "E-mailwisseling peilbesluit {Salland|PLACE}"),
    ("lines", "Van: [[Jorien Hofstede|PERSON|Hofstede;Jorien]] <[[j.hofstede@wdodelta.nl|EMAIL]]>\n"
              "Verzonden: dinsdag 17 februari 2026 10:12\n"
              "Aan: [[Niels Brandt|PERSON|Brandt;Niels]] <[[niels.brandt@overijssel.nl|EMAIL]]>\n"
              "CC: [[Anouk de Vries|PERSON|de Vries;Anouk]] <[[anouk.de-vries@wdodelta.nl|EMAIL]]>; {peilbeheer@wdodelta.nl|MAILBOX}\n"
              "Onderwerp: RE: zienswijze [[Van Dijk|PERSON|Van Dijk]] peilbesluit Salland-Noord"),
    ("p", "Hoi [[Niels|PERSON]],\n\nDank voor je reactie. De zienswijze van de familie [[Van Dijk|PERSON]] (melkveehouderij aan de "
          "[[Zwolseweg 88|ADDRESS]] in {Raalte|PLACE}) gaat over de drooglegging van hun percelen. Wij stellen voor dat "
          "[[Anouk|PERSON]] samen met de provincie een keukentafelgesprek voert. Heemraad {Klein Hesselink|OFFICIAL|Heemraad Klein Hesselink} "
          "wil daar graag bij zijn. Dijkgraaf {Van Dijk|OFFICIAL|Dijkgraaf Van Dijk} (geen familie) is op de hoogte."),
    ("sig", "Met vriendelijke groet,\n[[Jorien Hofstede|PERSON]]\nAdviseur peilbeheer | {Waterschap Drents Overijsselse Delta|ORG}\n"
            "T [[038 455 2210|PHONE]] | M [[06 - 1043 7782|PHONE]]"),
    ("lines", "-----Oorspronkelijk bericht-----\n"
              "From: [[Niels Brandt|PERSON]] <[[niels.brandt@overijssel.nl|EMAIL]]>\n"
              "Sent: Monday, February 16, 2026 4:47 PM\n"
              "To: [[Hofstede, Jorien|PERSON|Hofstede, Jorien]] <[[j.hofstede@wdodelta.nl|EMAIL]]>\n"
              "Subject: FW: zienswijze peilbesluit"),
    ("p", "[[Jorien|PERSON]], zie onderstaande mail van mevrouw [[Van Dijk-Bruin|PERSON|Van Dijk-Bruin]]. Kunnen jullie dit oppakken? "
          "Gedeputeerde {Boerman|OFFICIAL|Gedeputeerde Boerman} wil dat we hier zorgvuldig mee omgaan. Groet, [[Niels|PERSON]]\n"
          "[[Niels Brandt|PERSON]] | beleidsmedewerker water | {Provincie Overijssel|ORG} | {Luttenbergstraat 2|STREET}, {Zwolle|PLACE} | "
          "[[0031 6 5512 9043|PHONE]]"),
    ("lines", "From: [[Mariska van Dijk-Bruin|PERSON|Mariska]] <[[mariska.vandijkbruin@hetnet.nl|EMAIL]]>\n"
              "Sent: zondag 15 februari 2026 20:03\nTo: {info@overijssel.nl|MAILBOX}"),
    ("p", "Geachte heer, mevrouw, onze percelen naast de {Soestwetering|PLACE} staan elk voorjaar blank. Wij verzoeken u het peil niet te "
          "verhogen. Bereikbaar op [[0572-351 844|PHONE]]. Met vriendelijke groet, [[Mariska van Dijk-Bruin|PERSON]]"),
], meta_title="mailwisseling peilbesluit")

# ---------------------------------------------------------------- r08 zienswijzen peilbesluit (table)
doc("r08", "rawpdf", "waterschap nota van zienswijzen peilbesluit tabel", [
    ("h1", "Nota van zienswijzen ontwerp-peilbesluit {Groote Wetering|PLACE}"),
    ("small", "{Waterschap Vallei en Veluwe|ORG} | vastgesteld door het {Dagelijks Bestuur|ROLE} ({DB|ACRONYM}) op 9 maart 2026 | {WVV-2026-0088|REF}"),
    ("p", "Tijdens de terinzagelegging (6 weken) zijn zeven zienswijzen ontvangen. De namen en adressen van indieners zijn in de "
          "openbare versie weggelaten; in deze interne versie staan zij nog vermeld."),
    ("table", [["Nr", "Indiener", "Adres", "Kern zienswijze", "Reactie DB"],
               ["1", "[[A. Hoogland|PERSON|Hoogland]]", "[[Zuiderzeestraatweg 140|ADDRESS]], {Oldebroek|PLACE}", "Te hoog zomerpeil", "Niet overgenomen"],
               ["2", "[[Fam. Kok|PERSON|Kok]]", "[[Bovenweg 12|ADDRESS]], {Hattem|PLACE}", "Natschade", "Deels overgenomen"],
               ["3", "[[Loonbedrijf Van Ommen|PERSON|Van Ommen]]", "[[Eperweg 2|ADDRESS]], {Epe|PLACE}", "Bereikbaarheid stuw", "Overgenomen"],
               ["4", "[[J. Visser|PERSON|Visser]]", "[[Veldweg 7|ADDRESS]], {Heerde|PLACE}", "Kwel in kelder", "Nader onderzoek"],
               ["5", "{LTO Noord|ORG}, afdeling {Noord-Veluwe|PLACE}", "{Postbus 186|STREET}, {Heerde|PLACE}", "Draagvlak", "Kennisgenomen"]],
     {"widths": [0.06, 0.22, 0.28, 0.24, 0.2]}),
    ("p", "Ad 4. De heer [[Visser|PERSON]] meldt al jaren water in zijn kelder. Ecoloog [[Bram Zwolle|PERSON|Zwolle;Bram]] heeft de "
          "situatie bezocht. Volgens [[Zwolle|PERSON]] is de kwel niet het gevolg van het peil maar van de hoge grondwaterstand in "
          "de {Veluwe|PLACE}. Het {DB|ACRONYM} besluit tot een peilbuis bij de woning."),
    ("p", "Ad 2. De familie [[Kok|PERSON]] wordt gewezen op de {Verordening nadeelcompensatie|LAW}. Contactpersoon: "
          "[[Annemieke Verhoeven|PERSON|Verhoeven;Annemieke]], [[055 527 2911|PHONE]], [[a.verhoeven@vallei-veluwe.nl|EMAIL]]."),
    ("sig", "Het Dagelijks Bestuur van Waterschap Vallei en Veluwe,\ndijkgraaf {Hagedoorn|OFFICIAL|dijkgraaf Hagedoorn}"),
], meta_title="Nota van zienswijzen")

# ---------------------------------------------------------------- r09 Woo-besluit met inventaris
doc("r09", "reportlab", "Woo-besluit provincie met inventarislijst", [
    ("h1", "Besluit op uw Woo-verzoek over de windparken {Flevoland|PLACE}"),
    ("small", "Ons kenmerk {WOO-FL-2026-031|REF} | {Provincie Flevoland|ORG}, {Visarenddreef 1|STREET}, {Lelystad|PLACE}"),
    ("p", "Geachte heer [[Van der Meulen|PERSON|Van der Meulen]],"),
    ("p", "Op 11 mei 2026 hebt u, [[Hidde van der Meulen|PERSON|Hidde]], wonend aan de [[Zuiderwagenplein 4|ADDRESS]] in {Lelystad|PLACE}, "
          "een verzoek gedaan op grond van de {Wet open overheid|LAW} ({Woo|ACRONYM}). U vroeg om alle documenten over de "
          "{Regioplan Wind Zuidelijk en Oostelijk Flevoland|PROGRAMME}. Wij hebben 5 documenten gevonden."),
    ("p", "Wij maken de documenten deels openbaar. Persoonsgegevens van medewerkers en derden zijn weggelakt op grond van "
          "{artikel 5.1, tweede lid, onder e|LAW}. Namen van gedeputeerde {Timmerhuis|OFFICIAL|gedeputeerde Timmerhuis} en "
          "commissaris van de Koning {Oudeman|OFFICIAL|Koning Oudeman} blijven zichtbaar."),
    ("table", [["Nr", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"],
               ["{FL-01|REF}", "Memo {GS|ACRONYM} windbeleid", "{14-02-2025|DATE}", "Deels openbaar", "{5.1.2e|TERM}", "naam opsteller"],
               ["{FL-02|REF}", "E-mail [[K. de Boer|PERSON|de Boer]] aan initiatiefnemer", "{03-03-2025|DATE}", "Deels openbaar", "5.1.2e", ""],
               ["{FL-03|REF}", "Verslag overleg {Windpark Zeewolde|ORG}", "{22-04-2025|DATE}", "Deels openbaar", "5.1.2e, {5.1.2i|TERM}", ""],
               ["{FL-04|REF}", "Brief bewoner [[Dronterweg 9|ADDRESS]]", "{30-06-2025|DATE}", "Deels openbaar", "5.1.2e", "adres"],
               ["{FL-05|REF}", "Presentatie {PS|ACRONYM}", "{09-09-2025|DATE}", "Openbaar", "", "al openbaar"]],
     {"widths": [0.1, 0.32, 0.14, 0.15, 0.14, 0.15]}),
    ("p", "Document {FL-02|REF} bevat een e-mail van mevrouw [[de Boer|PERSON]], juridisch adviseur, aan "
          "[[Windkracht Pieters|PERSON|Windkracht Pieters]], de eenmanszaak van de heer [[Sander Pieters|PERSON|Pieters;Sander]]."),
    ("p", "Vragen over dit besluit: {woo@flevoland.nl|MAILBOX} of [[Yara Boukhari|PERSON|Boukhari;Yara]], [[0320 265 481|PHONE]]."),
    ("sig", "Hoogachtend,\nGedeputeerde Staten van Flevoland,\nnamens dezen,\n[[Yara Boukhari|PERSON]]\nWoo-coördinator"),
], meta_title="Woo-besluit windparken")

# ---------------------------------------------------------------- r10 GGD evacuatielijst
doc("r10", "chromium", "GGD evacuatie- en opvanglijst", [
    ("h1", "Opvanglijst evacuatie zorgcentrum {De Hooge Waerden|ORG}, {Tiel|PLACE}"),
    ("small", "{GGD Gelderland-Zuid|ORG} / {Veiligheidsregio Gelderland-Zuid|ORG} ({VGGZ|ACRONYM}) - vertrouwelijk - 14 juli 2026"),
    ("table", [["Naam", "Geb.datum", "Adres", "Opvang", "Contact familie"],
               ["[[Johanna Smit-Verbeek|PERSON|Smit-Verbeek;Johanna]]", "[[12-03-1934|DOB]]", "[[Papesteeg 3|ADDRESS]]", "{Sporthal De Kraal|ORG}", "[[06-23457711|PHONE]]"],
               ["[[Wim de Jong|PERSON|Wim de Jong]]", "[[30-09-1941|DOB]]", "[[Papesteeg 5|ADDRESS]]", "{Ziekenhuis Rivierenland|ORG}", "[[0344 617 202|PHONE]]"],
               ["[[Soedarsih Wongsodikromo|PERSON|Wongsodikromo;Soedarsih]]", "[[01-01-1939|DOB]]", "[[Kerkstraat 41|ADDRESS]]", "{Sporthal De Kraal|ORG}", "[[+31 6 4818 2290|PHONE]]"],
               ["[[Henk Groen|PERSON|Henk Groen]]", "[[18-05-1950|DOB]]", "[[Papesteeg 9|ADDRESS]]", "familie in {Geldermalsen|PLACE}", "[[06 1002 3847|PHONE]]"]]),
    ("p", "Coördinatie: [[Laura Tjin-A-Tsoi|PERSON|Tjin-A-Tsoi;Laura]] (teamleider GHOR), bereikbaar via [[l.tjinatsoi@ggdgelderlandzuid.nl|EMAIL]]. "
          "Vervoer door {Connexxion|ORG} en het {Rode Kruis|ORG}. Burgemeester {Lindhout|OFFICIAL|Burgemeester Lindhout} bezoekt de "
          "opvanglocatie om 16.00 uur."),
    ("p", "Mevrouw [[Wongsodikromo|PERSON]] heeft zuurstof nodig; dit is doorgegeven aan de ambulancedienst. De heer [[De Jong|PERSON|De Jong]] "
          "wordt opgehaald door zijn dochter. Informatie voor verwanten: {0800-0555|SWITCHBOARD} en {info@vggz.nl|MAILBOX}."),
], meta_title="Opvanglijst")

# ---------------------------------------------------------------- r11 klachtbehandeling
doc("r11", "libreoffice", "klachtbehandeling provincie brief", [
    ("h1", "Afhandeling van uw klacht over de behandeling van uw melding"),
    ("p", "{Provincie Utrecht|ORG}\n{Archimedeslaan 6|STREET}, {Utrecht|PLACE}\nKenmerk: {KL-2026-0219|REF}\nDatum: 2 oktober 2026"),
    ("p", "De heer [[T. Bakker|PERSON|Bakker]]\n[[Achterweg 27|ADDRESS]]\n[[3481 LC|POSTCODE]] {Harmelen|PLACE}"),
    ("p", "Geachte heer [[Bakker|PERSON]],"),
    ("p", "Op 18 augustus 2026 ontvingen wij uw klacht. U bent ontevreden over de manier waarop medewerker [[Kim Oudshoorn|PERSON|Oudshoorn;Kim]] "
          "uw melding over vrachtverkeer op de {N405|PLACE} heeft behandeld. Op 9 september spraken u en klachtencoördinator "
          "[[Daan 't Hooft|PERSON|'t Hooft;Daan]] elkaar telefonisch. U gaf aan dat u via [[06-33872105|PHONE]] bereikbaar bent en "
          "dat uw buurman, de heer [[Ahmed Bouzid|PERSON|Bouzid;Ahmed]] ([[Achterweg 29|ADDRESS]]), uw klacht ondersteunt."),
    ("p", "Oordeel: de klacht is gegrond. Mevrouw [[Oudshoorn|PERSON]] had u binnen tien werkdagen moeten antwoorden, zoals de "
          "{Algemene wet bestuursrecht|LAW} en onze {Klachtenregeling Provincie Utrecht 2023|LAW} voorschrijven. Gedeputeerde "
          "{Van Lunteren|OFFICIAL|Gedeputeerde Van Lunteren} heeft haar excuses laten overbrengen."),
    ("p", "Bent u het niet eens met deze afhandeling? Dan kunt u zich wenden tot de {Nationale ombudsman|ORG}, telefoon "
          "{0800-335 5555|SWITCHBOARD}. Algemene vragen: {klachten@provincie-utrecht.nl|MAILBOX}."),
    ("sig", "Met vriendelijke groet,\n\n[[Daan 't Hooft|PERSON]]\nklachtencoördinator\n[[d.thooft@provincie-utrecht.nl|EMAIL]]"),
], meta_title="Klachtafhandeling")

# ---------------------------------------------------------------- r12 keukentafelgesprek dijkversterking
doc("r12", "rawpdf", "dijkversterking verslag keukentafelgesprek", [
    ("h1", "Verslag keukentafelgesprek dijkversterking {Grebbedijk|PLACE}"),
    ("small", "Project {Grebbedijk|PLACE} | {Waterschap Vallei en Veluwe|ORG} | dossier {GD-KTG-044|REF} | 21 november 2025"),
    ("p", "Aanwezig: de heer [[Frits van Ee|PERSON|van Ee;Frits]] en mevrouw [[Grietje van Ee-Huisman|PERSON|Ee-Huisman;Grietje]] "
          "(bewoners [[Grebbeweg 61|ADDRESS]], [[6704 AE|POSTCODE]] {Wageningen|PLACE}), omgevingsmanager [[Koen\nSchuurman|PERSON|Schuurman;Koen]] "
          "en grondverwerver [[Marieke\nde Groot|PERSON|de Groot;Marieke]]."),
    ("p", "Mevrouw [[Van Ee|PERSON|Van Ee]] vertelt dat de boerderij sinds 1911 in de familie is. De nieuwe dijk komt 14 meter dichter "
          "bij het erf. [[Schuurman|PERSON]] legt uit dat het tracé is vastgesteld in het {projectplan Waterwet|LAW}. De heer "
          "[[Van Ee|PERSON]] vraagt of de {Gelderse Vallei|PLACE} niet beter beschermd kan worden met een kering verderop."),
    ("p", "Afspraken: [[De Groot|PERSON|De Groot]] laat een taxatie uitvoeren door {Taxatiebureau Rijnstate|ORG}. Het rekeningnummer "
          "voor de voorschotbetaling is [[NL02 ABNA 0123 4567 89|IBAN]]. Dijkgraaf {Hagedoorn|OFFICIAL|Dijkgraaf Hagedoorn} bezoekt de "
          "familie in januari. Telefoon bewoners: [[0317 - 41 22 90|PHONE]]."),
    ("p", "Algemene informatie over het project: {grebbedijk@vallei-veluwe.nl|MAILBOX}, website {www.grebbedijk.nl|TERM}."),
    ("sig", "Opgesteld: [[MdG|INITIALS]] 22-11   akkoord: [[KS|INITIALS]] 24-11"),
], meta_title="Keukentafelgesprek")

# ---------------------------------------------------------------- r13 Teams-chat
doc("r13", "reportlab", "Teams-chat export omgevingsdienst en gemeente", [
    ("h1", "Chatgesprek Microsoft Teams - kanaal 'Handhaving {Bedrijventerrein De Vaart|PLACE}'"),
    ("small", "Export d.d. 3 juni 2026, {Omgevingsdienst Flevoland & Gooi en Vechtstreek|ORG} ({OFGV|ACRONYM})"),
    ("lines", "[[Kocak, Emre|PERSON|Kocak]] 08:47\nGoeiemorgen! Weet iemand of de dwangsom bij [[Stukadoorsbedrijf Kocak|PERSON|Stukadoorsbedrijf Kocak]] al is geïnd? "
              "Oeps, verkeerde chat, dat is mijn broer 😅\n\n"
              "[[Lieke Haverkamp|PERSON|Haverkamp;Lieke]] 08:52\n@[[Emre|PERSON]] haha. Maar serieus: de controle bij {Transportbedrijf Van Schaik|ORG} "
              "staat voor donderdag. Ga jij mee of [[Tijs|PERSON]]?\n\n"
              "[[Tijs Wiersma|PERSON|Wiersma]] 09:03\nIk ga mee. Heb het kenteken van de oplegger: [[OT-91-VB|PLATE]]. Eigenaar is een zekere "
              "[[R. Wojciechowski|PERSON|Wojciechowski]], [[Havenweg 3|ADDRESS]] {Almere|PLACE}\n\n"
              "[[Lieke Haverkamp|PERSON]] 09:05\nTop. Bel me even op [[06-1122 9087|PHONE]] als je er bent. Wethouder {Van Heerde|OFFICIAL|Wethouder Van Heerde} "
              "wil vrijdag een update voor het {college van B&W|ROLE}.\n\n"
              "[[Kocak, Emre|PERSON]] 09:11\n👍 ik zet het in {Squit|TERM|Squit} (zaak {2026-OFGV-7781|REF})"),
    ("p", "Toelichting bij de export: in dit kanaal nemen medewerkers van de {OFGV|ACRONYM} en de gemeente {Almere|PLACE} deel. "
          "De projectleider van de gemeente is [[Sjaak de Wit|PERSON|Sjaak;de Wit]]; hij is niet actief geweest in deze periode. "
          "Vragen over toezicht: {toezicht@ofgv.nl|MAILBOX}, {088 633 3000|SWITCHBOARD}."),
], meta_title="Teams export")

# ---------------------------------------------------------------- r14 contactenlijst
doc("r14", "chromium", "provincie contactenlijst projectteam tabel", [
    ("h1", "Projectteam {Nedersaksenlijn|PROGRAMME} - contactgegevens"),
    ("small", "{Provincie Groningen|ORG} en {Provincie Drenthe|ORG} | versie 4, 8 april 2026 | alleen voor intern gebruik"),
    ("table", [["Naam", "Functie", "Organisatie", "Telefoon", "E-mail"],
               ["[[Jildou Hoekstra|PERSON|Hoekstra;Jildou]]", "projectdirecteur", "{Provincie Groningen|ORG}", "[[06-20319844|PHONE]]", "[[j.hoekstra@provinciegroningen.nl|EMAIL]]"],
               ["[[Rutger ten Brink|PERSON|ten Brink;Rutger]]", "omgevingsmanager", "{Provincie Drenthe|ORG}", "[[(0592) 365 108|PHONE]]", "[[r.tenbrink@drenthe.nl|EMAIL]]"],
               ["[[Siham el Khattabi|PERSON|el Khattabi;Siham]]", "jurist", "{Provincie Groningen|ORG}", "[[+31 50 316 4422|PHONE]]", "[[s.elkhattabi@provinciegroningen.nl|EMAIL]]"],
               ["[[Wouter Koopmans|PERSON|Koopmans;Wouter]]", "spoorspecialist", "{ProRail|ORG}", "[[06 4590 1187|PHONE]]", "[[wouter.koopmans@prorail.nl|EMAIL]]"],
               ["[[Nienke Brouwer|PERSON|Brouwer;Nienke]]", "communicatie", "{Provincie Drenthe|ORG}", "[[0031 592 365 777|PHONE]]", "[[n.brouwer@drenthe.nl|EMAIL]]"]],),
    ("p", "Bestuurlijk aanspreekpunt zijn gedeputeerde {Stoker|OFFICIAL|gedeputeerde Stoker} (Drenthe) en gedeputeerde "
          "{Wagenaar|OFFICIAL|gedeputeerde Wagenaar} (Groningen). Het secretariaat is bereikbaar via {nedersaksenlijn@provinciegroningen.nl|MAILBOX} "
          "en {050 316 4911|SWITCHBOARD}. Het {Ministerie van Infrastructuur en Waterstaat|ORG} is vertegenwoordigd in de stuurgroep."),
    ("p", "Bij afwezigheid van [[Hoekstra|PERSON]] neemt [[Ten Brink|PERSON|Ten Brink]] waar. Vergaderingen vinden plaats in het "
          "{Provinciehuis|ORG} aan het {Martinikerkhof 12|STREET} in {Groningen|PLACE}."),
], meta_title="Contactenlijst")

# ---------------------------------------------------------------- r15 AB-vergadering besluitenlijst (two columns)
doc("r15", "libreoffice", "waterschap besluitenlijst Algemeen Bestuur twee kolommen", [
    ("h1", "Besluitenlijst {Algemeen Bestuur|ROLE} {Wetterskip Fryslân|ORG}"),
    ("p", "Vergadering van 24 juni 2026, {Harlingerstraatweg 113|STREET}, {Leeuwarden|PLACE}"),
    ("p", "Voorzitter: dijkgraaf {Wybenga-Post|OFFICIAL|dijkgraaf Wybenga-Post}. Aanwezig: 27 leden van het {AB|ACRONYM}. "
          "Afwezig met kennisgeving: lid {Hylkema|OFFICIAL|lid Hylkema} (Water Natuurlijk). Ambtelijk: secretaris-directeur "
          "Dijkstra; notulist [[Sytske Terpstra|PERSON|Terpstra;Sytske]]; "
          "griffier [[Hendrik-Jan Wijbenga|PERSON|Wijbenga;Hendrik-Jan]]."),
    ("p", "1. Opening. De voorzitter heet de insprekers welkom: de heer [[Auke de Boer|PERSON|Auke;de Boer]] namens de "
          "{Vereniging Friese Merenwoningen|ORG} en mevrouw [[Baukje Zwart-Bakker|PERSON|Zwart-Bakker;Baukje]], bewoner van "
          "[[It Heechhout 6|ADDRESS]] in {Grou|PLACE}."),
    ("p", "2. {Kwijtscheldingsbeleid 2027|PROGRAMME}. Het {AB|ACRONYM} stemt in met het voorstel. Het bedrag aan kwijtschelding "
          "wordt begroot op {€ 4,2 miljoen|AMOUNT}."),
    ("colbreak",),
    ("p", "3. Zienswijze {Programma Waterveiligheid Waddenzeedijk|PROGRAMME}. Inspreker [[De Boer|PERSON|De Boer]] vraagt aandacht "
          "voor de bereikbaarheid van de camping van zijn buurman, de heer [[Germ Postma|PERSON|Postma;Germ]]. Hoogheemraad "
          "{Van der Zee|OFFICIAL|Hoogheemraad Van der Zee} zegt toe dat dit wordt meegenomen."),
    ("p", "4. Rondvraag. Mevrouw [[Zwart-Bakker|PERSON]] vraagt of zij haar stukken kan nasturen. Dat kan via {griffie@wetterskipfryslan.nl|MAILBOX}. "
          "De notulist ([[Terpstra|PERSON]], [[058 292 2497|PHONE]]) verwerkt deze."),
    ("p", "5. Sluiting om 21.40 uur. Vastgesteld in de vergadering van 16 september 2026."),
    ("sig", "paraaf griffier: [[HJW|INITIALS]]"),
], layout="twocol", meta_title="Besluitenlijst AB")

# ---------------------------------------------------------------- r16 last onder dwangsom
doc("r16", "rawpdf", "omgevingsdienst last onder dwangsom aan bewoner", [
    ("h1", "Besluit last onder dwangsom"),
    ("p", "{Regionale Uitvoeringsdienst Drenthe|ORG}\n{Industrieweg 1|STREET}, {Assen|PLACE}\nZaaknummer {RUD-D-2026-03310|REF}"),
    ("p", "Aan de heer [[P.A. Lubbers|PERSON|Lubbers]]\n[[Hoofdstraat 82|ADDRESS]]\n[[9431 AD|POSTCODE]] {Westerbork|PLACE}"),
    ("p", "Geachte heer [[Lubbers|PERSON]],"),
    ("p", "Op 4 maart 2026 heeft toezichthouder [[Erik Hoogeveen|PERSON|Hoogeveen;Erik]] geconstateerd dat op uw perceel aan de "
          "[[Hoofdstraat 82|ADDRESS]] afvalstoffen worden verbrand in een open vuurkorf. Ook stond op het erf een bestelbus met "
          "kenteken [[VKN-02-D|PLATE]] waarin asbesthoudende platen lagen. Uw buurvrouw, mevrouw [[Hoogeveen|PERSON]] (geen familie van "
          "de toezichthouder), heeft hierover op 1 maart 2026 een melding gedaan."),
    ("p", "Wij leggen u een last onder dwangsom op. U moet de platen binnen vier weken laten afvoeren door een gecertificeerd bedrijf. "
          "Doet u dat niet, dan verbeurt u {€ 2.500|AMOUNT} per week, met een maximum van {€ 10.000|AMOUNT}. De grondslag is "
          "{artikel 5:32 Algemene wet bestuursrecht|LAW}. Burgemeester {Adelaars|OFFICIAL|Burgemeester Adelaars} van {Midden-Drenthe|PLACE} "
          "is hierover geïnformeerd."),
    ("p", "Voor vragen kunt u bellen met [[Erik Hoogeveen|PERSON]] op [[0592-854 432|PHONE]] of mailen naar {info@rud-drenthe.nl|MAILBOX}."),
    ("sig", "Hoogachtend,\nnamens het college van burgemeester en wethouders van Midden-Drenthe,\n\n[[ing. C. van Weerden|PERSON|van Weerden]]\nteamleider Handhaving"),
], meta_title="Last onder dwangsom")

# ---------------------------------------------------------------- r17 subsidie particulier
doc("r17", "reportlab", "provincie subsidiebeschikking aan particulier", [
    ("h1", "Beschikking subsidie {Monumentale Boerderijen Noord-Brabant|PROGRAMME}"),
    ("small", "{Provincie Noord-Brabant|ORG} | {Brabantlaan 1|STREET}, {'s-Hertogenbosch|PLACE} | kenmerk {C2267014/5512098|REF}"),
    ("p", "Mevrouw [[M.C.J. van Hoof-Verhagen|PERSON|van Hoof-Verhagen]] en de heer [[R. van Hoof|PERSON|van Hoof]]\n"
          "[[Kapelweg 3|ADDRESS]]\n[[5298 LA|POSTCODE]] {Liempde|PLACE}"),
    ("p", "Geachte mevrouw [[Van Hoof-Verhagen|PERSON|Van Hoof-Verhagen]], geachte heer [[Van Hoof|PERSON|Van Hoof]],"),
    ("p", "U vroeg op 12 april 2026 subsidie aan voor het herstel van het rieten dak van uw langgevelboerderij. Wij verlenen u een "
          "subsidie van {€ 27.850|AMOUNT}, zijnde 50 procent van de subsidiabele kosten. De {Rijksdienst voor het Cultureel Erfgoed|ORG} "
          "heeft het pand aangewezen als rijksmonument (nummer {512734|REF})."),
    ("p", "De werkzaamheden worden uitgevoerd door rietdekkersbedrijf [[Rietdekkersbedrijf Jan Hendriks|PERSON|Jan Hendriks]] uit "
          "{Boxtel|PLACE}. U hebt de heer [[Hendriks|PERSON]] gemachtigd om namens u de vaststelling aan te vragen. Uw geboortedatum "
          "([[23-08-1959|DOB]]) en BSN ([[233817645|BSN]]) hebben wij gebruikt voor de controle in de {Basisregistratie Personen|TERM} ({BRP|ACRONYM})."),
    ("p", "De betaling van het voorschot (80 procent) volgt binnen vier weken op [[NL93 RABO 0155 9087 12|IBAN]]. Gedeputeerde "
          "{Van der Maat|OFFICIAL|Gedeputeerde Van der Maat} (Cultuur) ondertekent de erfgoedvisie waaruit deze regeling voortkomt."),
    ("p", "Contact: [[Femke Sprangers|PERSON|Sprangers;Femke]], subsidieadviseur, [[073 681 2834|PHONE]], [[fsprangers@brabant.nl|EMAIL]]. "
          "Algemeen: {subsidies@brabant.nl|MAILBOX}, {073 681 2812|SWITCHBOARD}."),
    ("sig", "Gedeputeerde Staten van Noord-Brabant,\nnamens dezen,\n\n[[Femke Sprangers|PERSON]]\nsubsidieadviseur"),
], meta_title="Subsidiebeschikking")

# ---------------------------------------------------------------- r18 English e-mail thread
doc("r18", "chromium", "e-mailwisseling Engelse headers met buitenlandse partner", [
    ("h1", "Correspondentie {Euregio Rijn-Waal|ORG} - grensoverschrijdende brandweerinzet"),
    ("lines", "From: [[Katrin Schäfer|PERSON|Schäfer;Katrin]] <[[k.schaefer@kreis-kleve.de|EMAIL]]>\n"
              "Sent: Thursday, March 12, 2026 9:03 AM\n"
              "To: [[Rik Jansen|PERSON|Rik Jansen]] <[[rik.jansen@vggz.nl|EMAIL]]>\n"
              "Cc: [[Dirk Verhoef|PERSON|Verhoef;Dirk]] <[[d.verhoef@vggz.nl|EMAIL]]>\n"
              "Subject: Re: joint exercise {Reichswald|PLACE} - draft agreement"),
    ("p", "Dear [[Rik|PERSON]],\n\nThanks for the draft. The {Kreis Kleve|ORG} fire service agrees with the deployment protocol. "
          "Our Landrat {Hermann Vossberg|OFFICIAL|Landrat Hermann Vossberg}, will sign on behalf of the district. One question: "
          "can the exercise on 18 April start at the border crossing near {Gennep|PLACE}? Please call me at [[+49 2821 594 117|PHONE]].\n\n"
          "Best regards,\n[[Katrin Schäfer|PERSON]]\nHead of Civil Protection Unit"),
    ("lines", "From: [[Rik Jansen|PERSON]]\nSent: Wednesday, March 11, 2026 5:40 PM\nTo: [[Katrin Schäfer|PERSON]]\n"
              "Subject: joint exercise Reichswald - draft agreement"),
    ("p", "Hi [[Katrin|PERSON]], attached the draft agreement. Our commander, [[Dirk Verhoef|PERSON]], will lead the Dutch team. "
          "Burgemeester {Vermeulen-Sterk|OFFICIAL|Burgemeester Vermeulen-Sterk}, chair of the {Veiligheidsregio Gelderland-Zuid|ORG}, has approved the "
          "budget of {€ 35.000|AMOUNT}. Regards, [[Rik|PERSON]]\n[[Rik Jansen|PERSON]] | beleidsadviseur | mobile [[06 4022 7314|PHONE]] | "
          "general: {024 365 7100|SWITCHBOARD} | {vggz@vggz.nl|MAILBOX}"),
], meta_title="Correspondence Euregio")

# ---------------------------------------------------------------- r19 GGD outbreak management team
doc("r19", "libreoffice", "GGD verslag outbreak management team", [
    ("h1", "Verslag {Outbreak Management Team|ORG} legionella {Kampen|PLACE}"),
    ("p", "{GGD IJsselland|ORG}, {Zeven Alleetjes 1|STREET}, {Zwolle|PLACE} | 6 augustus 2026 | {OMT-IJ-2026-02|REF}"),
    ("table", [["Naam", "Functie", "Aanwezig"],
               ["[[Dr. Lisanne Hofman|PERSON|Hofman;Lisanne]]", "arts infectieziektebestrijding (voorzitter)", "ja"],
               ["[[Bayu Santoso|PERSON|Santoso;Bayu]]", "sociaal verpleegkundige", "ja"],
               ["[[Irene Zwolle|PERSON|Irene]]", "milieukundige", "ja"],
               ["[[Ton Lammers|PERSON|Lammers;Ton]]", "woordvoerder {GGD|ACRONYM}", "nee"],
               ["[[Nathalie Rozendaal|PERSON|Rozendaal;Nathalie]]", "notulist", "ja"]]),
    ("p", "1. Situatie. Er zijn vier bevestigde patiënten met legionellapneumonie. De milieukundige, [[Irene Zwolle|PERSON]], heeft "
          "monsters genomen van de koeltoren van {Zalco Kampen B.V.|ORG} en van een bubbelbad in de tuin aan de [[Oudestraat 180|ADDRESS]]. "
          "[[Santoso|PERSON]] heeft de patiënten gebeld; twee liggen in het {Isala|ORG} in {Zwolle|PLACE}."),
    ("p", "2. Besluiten. Het OMT adviseert burgemeester {Rietveld|OFFICIAL|burgemeester Rietveld} om de koeltoren stil te leggen. "
          "[[Hofman|PERSON]] informeert het {RIVM|ACRONYM} (LCI). De communicatie loopt via {pers@ggdijsselland.nl|MAILBOX}; "
          "de publiekslijn is {0800-8446 000|SWITCHBOARD}."),
    ("p", "3. Rondvraag. Geen. De volgende vergadering is op 8 augustus. Notulen: [[Nathalie Rozendaal|PERSON]], "
          "[[n.rozendaal@ggdijsselland.nl|EMAIL]], [[038 428 1480|PHONE]]."),
], meta_title="Verslag OMT")

# ---------------------------------------------------------------- r20 routingformulier met paraaftabel
doc("r20", "rawpdf", "provincie routingformulier paraaftabel", [
    ("h1", "Routingformulier {GS|ACRONYM}-voorstel {Herijking Natuurnetwerk Brabant|PROGRAMME}"),
    ("small", "Registratienummer {C2298871|REF} | vergadering {GS|ACRONYM} 19 mei 2026 | portefeuillehouder gedeputeerde {Van den Hout|OFFICIAL|gedeputeerde Van den Hout}"),
    ("table", [["Naam", "Functie", "Paraaf", "Datum", "Opmerking"],
               ["[[Geert-Jan\nVerschuren|PERSON|Verschuren;Geert-Jan]]", "opsteller, beleidsmedewerker", "[[GJV|INITIALS]]", "{02-05-2026|DATE}", "-"],
               ["[[Noor Bakkali|PERSON|Bakkali;Noor]]", "jurist", "[[NB|INITIALS]]", "{06-05-2026|DATE}", "akkoord na aanpassing 3.2"],
               ["[[Marjolein van\nder Heijden|PERSON|Heijden;Marjolein]]", "programmamanager", "[[MvdH|INITIALS]]", "{07-05-2026|DATE}", "akkoord"],
               ["[[Ewout Kuijpers|PERSON|Kuijpers;Ewout]]", "clustermanager", "[[EK|INITIALS]]", "{08-05-2026|DATE}", "akkoord"]],
     {"widths": [0.26, 0.26, 0.12, 0.14, 0.22]}),
    ("p", "Afstemming heeft plaatsgevonden met {Staatsbosbeheer|ORG}, {Brabants Landschap|ORG} en de {ZLTO|ACRONYM}. De heer [[Kuijpers|PERSON]] "
          "heeft de financiele paragraaf laten toetsen door de concerncontroller, mevrouw [[Yvonne de Laat|PERSON|de Laat;Yvonne]]."),
    ("p", "Advies: akkoord. Telefonisch overleg met de opsteller: [[06-48213390|PHONE]]. Stukken via {gs-secretariaat@brabant.nl|MAILBOX}."),
    ("sig", "akkoord [[MK|INITIALS]] 12/5 (namens directie)"),
], meta_title="Routingformulier")

# ---------------------------------------------------------------- r21 PS-commissieverslag (two columns)
doc("r21", "reportlab", "provincie verslag Statencommissie twee kolommen", [
    ("h1", "Verslag commissie {Ruimte en Groen|ORG} van {Provinciale Staten|ROLE} van {Zeeland|PLACE}"),
    ("small", "Vergadering 6 maart 2026, {Abdij|STREET} {Middelburg|PLACE} | griffie {PZ-COM-2026-07|REF}"),
    ("p", "Aanwezig: voorzitter {Koppejan|OFFICIAL|voorzitter Koppejan}; de leden {Meijer|OFFICIAL|leden Meijer} ({SGP|ORG}), "
          "{Van Oeveren|OFFICIAL|Van Oeveren} ({PVV|ORG}), {Kodde|OFFICIAL|Kodde} ({BBB|ORG}); gedeputeerde {Sinke|OFFICIAL|gedeputeerde Sinke}. "
          "Ambtelijk: [[Judith Polderman|PERSON|Polderman;Judith]] (commissiegriffier), [[Marco Boogaard|PERSON|Boogaard;Marco]] (adviseur "
          "stikstof). Insprekers: de heer [[Cor de Feijter|PERSON|de Feijter;Cor]] uit {Kapelle|PLACE} en mevrouw "
          "[[Tineke Francke-Dekker|PERSON|Francke-Dekker;Tineke]] namens de bewonersgroep {Sloegebied|PLACE}."),
    ("h2", "Agendapunt 4 - Stikstof en natuurvergunningen"),
    ("p", "De heer [[De Feijter|PERSON|De Feijter]] vertelt dat zijn akkerbouwbedrijf aan de [[Vroonweg 22|ADDRESS]] al twee jaar wacht op een "
          "vergunning. Hij is bereikbaar op [[06 5104 2233|PHONE]] en laat zich bijstaan door adviesbureau "
          "[[Agro-advies Van Belzen|PERSON|Van Belzen]], de eenmanszaak van de heer [[Joost van Belzen|PERSON|Joost]]."),
    ("p", "Mevrouw [[Francke-Dekker|PERSON]] vraagt aandacht voor de geluidsbelasting. Gedeputeerde {Sinke|OFFICIAL} zegt toe dat de "
          "{Omgevingsdienst Zeeland|ORG} ({RUD Zeeland|ACRONYM}) in april metingen doet. De adviseur, [[Boogaard|PERSON]], licht de "
          "{AERIUS|TERM}-berekening toe."),
    ("p", "Het lid {Kodde|OFFICIAL} vraagt of de {Natura 2000|PROGRAMME}-gebieden {Oosterschelde|PLACE} en {Westerschelde|PLACE} "
          "voldoende zijn meegenomen. De gedeputeerde antwoordt bevestigend."),
    ("h2", "Afspraken"),
    ("p", "De griffier ([[Polderman|PERSON]], [[j.polderman@zeeland.nl|EMAIL]]) stuurt de presentatie na. Informatie via "
          "{statengriffie@zeeland.nl|MAILBOX} en {0118 631 011|SWITCHBOARD}."),
], layout="twocol", meta_title="Commissieverslag")

# ---------------------------------------------------------------- r22 evaluatie natuurbrand (two columns)
doc("r22", "chromium", "veiligheidsregio evaluatie natuurbrand twee kolommen", [
    ("h1", "Evaluatie natuurbrand {Deurnsche Peel|PLACE}, 17 april 2026"),
    ("small", "{Veiligheidsregio Brabant-Zuidoost|ORG} ({VRBZO|ACRONYM}) | evaluatierapport {VRBZO-EV-2026-04|REF}"),
    ("p", "Om 13.12 uur meldde de heer [[Gerard Verhoeven|PERSON|Gerard]], wonend aan de [[Peelweg 61|ADDRESS]] in {Griendtsveen|PLACE}, rookontwikkeling "
          "achter zijn schuur. De melding kwam binnen via {112|TERM} en werd doorgezet naar de {Meldkamer Brabant Zuid-Oost|ORG}. "
          "Officier van dienst [[Stijn Raaijmakers|PERSON|Raaijmakers;Stijn]] schaalde om 13.40 uur op naar {GRIP 2|TERM}."),
    ("p", "De bewoners van zes boerderijen aan de {Peelweg|PLACE} en de {Helenaveenseweg|PLACE} werden geëvacueerd. Mevrouw "
          "[[Wilhelmina Koolen|PERSON|Koolen;Wilhelmina]] ([[14-09-1944|DOB]]) werd met haar rolstoel opgehaald door de ambulance. "
          "Haar zoon, [[Ruud Koolen|PERSON|Ruud]], belde meermaals vanaf [[06 3811 2095|PHONE]] omdat hij geen informatie kreeg."),
    ("p", "Burgemeester {Van Vliet-Smits|OFFICIAL|Burgemeester Van Vliet-Smits} van {Deurne|PLACE} nam om 15.00 uur het besluit tot afsluiting "
          "van het gebied. Het {Staatsbosbeheer|ORG} en {Defensie|ORG} (Chinook-helikopters) ondersteunden. Informatiemanager "
          "[[Fleur Wouters|PERSON|Wouters;Fleur]] stelde de lagekaart op."),
    ("h2", "Lessen"),
    ("p", "1. De informatievoorziening aan verwanten was onvoldoende. [[Wouters|PERSON]] adviseert een vast nummer voor verwanten, "
          "zoals {0800-6050|SWITCHBOARD}. 2. De samenwerking met de {Peelboeren|ORG} (water uit beregeningsputten) werkte goed; met name "
          "loonwerker [[Hans Verhoeven|PERSON|Hans]] (geen familie van de melder) leverde binnen een uur drie tankwagens."),
    ("p", "Contact voor deze evaluatie: {evaluatie@vrbzo.nl|MAILBOX}. Opsteller: [[Marit ten Have|PERSON|ten Have;Marit]], "
          "[[marit.tenhave@vrbzo.nl|EMAIL]]."),
], layout="twocol", meta_title="Evaluatie natuurbrand")

# ---------------------------------------------------------------- r23 bezwaar heffingen
doc("r23", "libreoffice", "waterschap beslissing op bezwaar WOZ en heffingen", [
    ("h1", "Uitspraak op bezwaar {watersysteemheffing gebouwd|TERM} 2026"),
    ("p", "{Belastingsamenwerking Rivierenland|ORG} ({BSR|ACRONYM})\nPostbus 4030, 4000 HA {Tiel|PLACE}\nAanslagnummer {5102.7733.2026|REF}"),
    ("p", "De heer [[Ö. Çelik|PERSON|Çelik]] en mevrouw [[N. Çelik-Kaya|PERSON|Çelik-Kaya]]\n[[Graaf Reinaldlaan 14|ADDRESS]]\n[[4191 VD|POSTCODE]] {Geldermalsen|PLACE}"),
    ("p", "Geachte heer en mevrouw [[Çelik|PERSON]],"),
    ("p", "U maakte op 21 maart 2026 bezwaar tegen de {WOZ|ACRONYM}-waarde van uw woning ({€ 412.000|AMOUNT}) en daarmee tegen de "
          "{watersysteemheffing|TERM} van {Waterschap Rivierenland|ORG}. Uw bezwaar is ingediend door {Bezwaarbureau Nederland B.V.|ORG} "
          "(KvK {69120045|KVK}). Op 14 mei 2026 heeft taxateur [[Dennis Koning|PERSON|Koning;Dennis]] uw woning van binnen bekeken, "
          "in aanwezigheid van uw schoonmoeder, mevrouw [[Kaya|PERSON]]."),
    ("p", "Beslissing: het bezwaar is gegrond. De waarde wordt verlaagd naar {€ 389.000|AMOUNT}. De teruggaaf van {€ 23,18|AMOUNT} "
          "wordt overgemaakt op [[NL48 SNSB 0912 3377 41|IBAN]]. De proceskostenvergoeding van {€ 701|AMOUNT} gaat naar het bezwaarbureau."),
    ("p", "Bent u het niet eens met deze uitspraak? Dan kunt u binnen zes weken beroep instellen bij de {rechtbank Gelderland|ORG}. "
          "Vragen over de taxatie: [[Dennis Koning|PERSON]], [[0344-579 316|PHONE]]. Algemeen: {info@bsr.nl|MAILBOX}, {088 188 7777|SWITCHBOARD}."),
    ("sig", "Met vriendelijke groet,\nnamens het dagelijks bestuur van Waterschap Rivierenland,\n\n[[mr. A.W. Schellekens|PERSON|Schellekens]]\nteamleider Bezwaar en Beroep"),
], meta_title="Uitspraak op bezwaar")

# ---------------------------------------------------------------- r24 meldingenlog geluidsoverlast
doc("r24", "rawpdf", "omgevingsdienst meldingenoverzicht geluidsoverlast", [
    ("h1", "Overzicht milieuklachten {Evenemententerrein Het Hulsbeek|PLACE} 2026"),
    ("small", "{Omgevingsdienst Twente|ORG} ({ODT|ACRONYM}) | export uit {Mozard|TERM} | 1 juli 2026 | {ODT-KL-2026-118|REF}"),
    ("table", [["Datum", "Melder", "Adres melder", "Telefoon", "Aard"],
               ["{05-06-2026|DATE}", "[[G. Nijhuis|PERSON|Nijhuis]]", "[[Hulsbeekweg 12|ADDRESS]], {Oldenzaal|PLACE}", "[[0541-512 884|PHONE]]", "bastonen na 23.00 uur"],
               ["{06-06-2026|DATE}", "[[H. Oude Elferink|PERSON|Oude Elferink]]", "[[Vlodropstraat 3|ADDRESS]], {Oldenzaal|PLACE}", "[[06 - 2871 0019|PHONE]]", "geluid"],
               ["{06-06-2026|DATE}", "[[Fam. Lassche|PERSON|Lassche]]", "[[Lossersestraat 211|ADDRESS]], {Losser|PLACE}", "[[+31(0)6 4420 1178|PHONE]]", "geluid, verkeer"],
               ["{14-06-2026|DATE}", "anoniem", "-", "-", "parkeren in berm"],
               ["{20-06-2026|DATE}", "[[G. Nijhuis|PERSON]]", "[[Hulsbeekweg 12|ADDRESS]], {Oldenzaal|PLACE}", "[[0541-512 884|PHONE]]", "herhaling"]],
     {"widths": [0.13, 0.2, 0.3, 0.17, 0.2]}),
    ("p", "Analyse: de klachten concentreren zich rond het festival {Hulsbeek Live|ORG} (organisator {Twentse Evenementen B.V.|ORG}, KvK "
          "{08123456|KVK}). Geluidsdeskundige [[Mark Oude Luttikhuis|PERSON|Oude Luttikhuis;Mark]] heeft op 6 juni gemeten: 83 dB(C) "
          "bij de woning van de heer [[Nijhuis|PERSON]]. De norm in de vergunning is 75 dB(C)."),
    ("p", "Advies aan het {college van B&W van Oldenzaal|ROLE}: een waarschuwingsbrief aan de organisator. Wethouder {Sterenborg|OFFICIAL|Wethouder Sterenborg} "
          "wil de melders persoonlijk informeren. Contact: [[m.oudeluttikhuis@odtwente.nl|EMAIL]], algemeen {klachten@odtwente.nl|MAILBOX}."),
], meta_title="Overzicht milieuklachten")

# ---------------------------------------------------------------- r25 WhatsApp met bijnamen
doc("r25", "reportlab", "WhatsApp-export jeugdoverlast met bijnamen", [
    ("h1", "Bijlage 7: WhatsApp-groep 'JOV {Emmen|PLACE} centrum'"),
    ("small", "Deelnemers: {Politie Noord-Nederland|ORG}, gemeente {Emmen|PLACE}, jongerenwerk {Sedna|ORG}. Woo-verzoek {2026-EM-044|REF}"),
    ("lines", "12/02/2026, 19:02 - [[Bas (politie)|PERSON|Bas]]: Groep van ongeveer 8 bij de {Wilhelminastraat|STREET}. O.a. [[Dylan|PERSON]] en zijn maatje "
              "'[[Kiekie|PERSON]]'\n"
              "12/02/2026, 19:05 - [[Priscilla Sno|PERSON|Sno;Priscilla]]: [[Kiekie|PERSON]] = [[Kerim Yılmaz|PERSON|Yılmaz;Kerim]], woont bij zijn oma op de "
              "[[Hondsrugweg 90|ADDRESS]]\n"
              "12/02/2026, 19:06 - [[Bas (politie)|PERSON]]: Thx [[Pris|PERSON]]\n"
              "12/02/2026, 19:31 - [[Jurre|PERSON]] jongerenwerk: ik ben erheen gegaan, [[Dylan|PERSON]] was rustig. zijn moeder heeft nieuw nummer: "
              "[[06-19 87 34 55|PHONE]]\n"
              "12/02/2026, 19:40 - [[Priscilla Sno|PERSON]]: ok. ik meld het in het {Veiligheidshuis Drenthe|ORG} overleg. Burgemeester "
              "{Bijl|OFFICIAL|Burgemeester Bijl} heeft gevraagd om een update vrijdag\n"
              "12/02/2026, 19:44 - [[+31 6 2233 8190|PHONE]]: Bedankt allemaal 👍 [[Bas|PERSON]] ik bel je morgen\n"
              "12/02/2026, 20:15 - [[Bas (politie)|PERSON]]: [[Pris|PERSON]], wil je het verslag naar {jov@emmen.nl|MAILBOX} sturen"),
    ("p", "Toelichting: [[Bas Meijering|PERSON|Meijering]] is wijkagent, [[Priscilla Sno|PERSON]] is procesregisseur bij de gemeente en "
          "[[Jurre Bosch|PERSON|Bosch]] is jongerenwerker. Het telefoonnummer [[+31 6 2233 8190|PHONE]] is van [[Jurre|PERSON]]. "
          "De gemeente is bereikbaar via {14 0591|SWITCHBOARD}."),
], meta_title="WhatsApp JOV")

# ---------------------------------------------------------------- r26 inkoopmemo
doc("r26", "chromium", "provincie inkoopmemo gunningsadvies", [
    ("h1", "Gunningsadvies onderhoud provinciale wegen {Perceel 3 Noordoost|PROGRAMME}"),
    ("small", "{Provincie Limburg|ORG} | {Limburglaan 10|STREET}, {Maastricht|PLACE} | aanbesteding {PL-2026-TEN-019|REF} | {TenderNed|TERM} 31899"),
    ("p", "Aan: {Gedeputeerde Staten|ROLE}\nVan: [[Roel Hermans|PERSON|Hermans;Roel]], inkoopadviseur\nKopie: [[Ellen Vossen|PERSON|Vossen;Ellen]], contractmanager"),
    ("p", "Drie inschrijvingen zijn ontvangen. De beoordelingscommissie ([[Hermans|PERSON]], [[Vossen|PERSON]] en [[Pim Brandt|PERSON|Brandt;Pim]] "
          "van de afdeling Wegen) adviseert te gunnen aan {BAM Infra Regionaal|ORG} (KvK {09041519|KVK}) voor {€ 4.862.000|AMOUNT}. "
          "De inschrijving van [[Wegenbouw Brandt|PERSON|Wegenbouw Brandt]], een eenmanszaak uit {Venlo|PLACE}, was ongeldig."),
    ("p", "Let op: de heer [[Brandt|PERSON]] van de beoordelingscommissie is geen familie van de eigenaar van [[Wegenbouw Brandt|PERSON]], "
          "de heer [[Frans Brandt|PERSON|Frans]]. Dit is vastgelegd in de conflict-of-interest-verklaring (zie {Aanbestedingswet 2012|LAW}). "
          "The Best Price Quality Ratio ({BPKV|ACRONYM}) was applied with a 60/40 weighting."),
    ("p", "Gedeputeerde {Smeets|OFFICIAL|Gedeputeerde Smeets} (Mobiliteit) is portefeuillehouder. Na het besluit van {GS|ACRONYM} volgt een "
          "standstill-termijn van 20 dagen. Vragen: {inkoop@prvlimburg.nl|MAILBOX} of [[r.hermans@prvlimburg.nl|EMAIL]], [[043 389 7412|PHONE]]."),
], meta_title="Gunningsadvies")

# ---------------------------------------------------------------- r27 nadeelcompensatie
doc("r27", "libreoffice", "waterschap nadeelcompensatie besluit", [
    ("h1", "Besluit op aanvraag nadeelcompensatie dijkversterking {Markermeerdijken|PROGRAMME}"),
    ("p", "{Hoogheemraadschap Hollands Noorderkwartier|ORG}\n{Stationsplein 136|STREET}, {Heerhugowaard|PLACE}\nKenmerk {HHNK-NC-2026-0071|REF}"),
    ("p", "Aan [[Bakkerij Kramer|PERSON|Bakkerij Kramer]], t.a.v. de heer [[Dirk-Jan Kramer|PERSON|Kramer;Dirk-Jan]]\n"
          "[[Dijkweg 45|ADDRESS]]\n[[1614 AA|POSTCODE]] {Lutjebroek|PLACE}"),
    ("p", "Geachte heer [[Kramer|PERSON]],"),
    ("p", "Tijdens de werkzaamheden aan de {Markermeerdijken|PROGRAMME} tussen {Hoorn|PLACE} en {Enkhuizen|PLACE} was uw bakkerij van "
          "maart tot en met september 2025 slecht bereikbaar. U vraagt vergoeding van omzetschade van {€ 38.200|AMOUNT}. Onze adviseur, "
          "[[ir. Wiebe Hoekstra|PERSON|Hoekstra;Wiebe]], heeft uw jaarcijfers beoordeeld samen met uw boekhouder, mevrouw "
          "[[Aylin Şahin|PERSON|Şahin;Aylin]] van [[Administratiekantoor Şahin|PERSON|Administratiekantoor Şahin]]."),
    ("p", "Wij kennen u een vergoeding toe van {€ 21.450|AMOUNT}. Het normaal maatschappelijk risico van 15 procent blijft voor uw rekening "
          "(artikel 4:126 {Algemene wet bestuursrecht|LAW}). Het bedrag wordt overgemaakt op [[NL97 INGB 0008 8812 43|IBAN]]."),
    ("p", "Dijkgraaf {Poppens|OFFICIAL|Dijkgraaf Poppens} heeft u op 3 april 2025 bezocht. Voor vragen: [[Wiebe Hoekstra|PERSON]], "
          "{072 582 8282|SWITCHBOARD} (toestel 3312) of [[w.hoekstra@hhnk.nl|EMAIL]]."),
    ("sig", "Hoogachtend,\nhet college van dijkgraaf en hoogheemraden,\nnamens deze,\n\n[[Sandra Vlaming-Oud|PERSON|Vlaming-Oud;Sandra]]\nmanager Vergunningen en Schade"),
], meta_title="Nadeelcompensatie")

# ---------------------------------------------------------------- r28 registratielijst opvang
doc("r28", "rawpdf", "veiligheidsregio registratielijst opvanglocatie", [
    ("h1", "Registratie ontruimde bewoners - gaslek {Hoogeveen|PLACE}"),
    ("small", "{Veiligheidsregio Drenthe|ORG} | {Team Bevolkingszorg|ORG} | opvanglocatie {De Tamboer|ORG}, {Hoofdstraat 19|STREET} | 9 oktober 2026"),
    ("p", "Op last van burgemeester {Loohuis|OFFICIAL|burgemeester Loohuis} zijn de woningen aan de {Schutstraat|PLACE} (even nummers 40-64) "
          "ontruimd na een gaslek bij werkzaamheden van {Enexis|ORG}. De registratie werd gedaan door [[Jannie Zwiers|PERSON|Zwiers;Jannie]] "
          "en [[Mustafa Aydin|PERSON|Aydin;Mustafa]] van het registratieteam."),
    ("table", [["Nr", "Naam", "Adres", "Geboren", "Bijzonderheden"],
               ["1", "[[Albertus Hoogeveen|PERSON|Albertus]]", "[[Schutstraat 42|ADDRESS]]", "[[03-02-1947|DOB]]", "rollator"],
               ["2", "[[Gerda Hoogeveen-Bos|PERSON|Hoogeveen-Bos;Gerda]]", "[[Schutstraat 42|ADDRESS]]", "[[19-06-1949|DOB]]", "-"],
               ["3", "[[Sander de Vos|PERSON|de Vos;Sander]]", "[[Schutstraat 48|ADDRESS]]", "[[22-12-1985|DOB]]", "met 2 kinderen en hond"],
               ["4", "[[Patrycja Nowak|PERSON|Nowak;Patrycja]]", "[[Schutstraat 56|ADDRESS]]", "[[08-08-1991|DOB]]", "spreekt Pools, tolk via [[Mustafa|PERSON]]"],
               ["5", "[[Jan Mulder|PERSON|Jan Mulder]]", "[[Schutstraat 64|ADDRESS]]", "[[11-11-1958|DOB]]", "overnacht bij dochter"]],
     {"widths": [0.06, 0.28, 0.22, 0.16, 0.28]}),
    ("p", "Mevrouw [[Nowak|PERSON]] is bereikbaar via [[06 4419 8832|PHONE]]. De heer [[Mulder|PERSON]] overnacht bij zijn dochter in "
          "{Zuidwolde|PLACE} en is bereikbaar op [[(0528) 372 041|PHONE]]. Vragen van verwanten: {0800-1225|SWITCHBOARD}."),
    ("sig", "Lijst afgesloten 23.15 uur, paraaf coordinator [[JZ|INITIALS]]"),
], meta_title="Registratie")

# ---------------------------------------------------------------- r29 Woo-besluit waterschap
doc("r29", "reportlab", "Woo-besluit waterschap met inventarislijst", [
    ("h1", "Besluit op Woo-verzoek over de dijkversterking {Gorinchem-Waardenburg|PROGRAMME}"),
    ("small", "{Waterschap Rivierenland|ORG} | {De Blomboogerd 1|STREET}, {Tiel|PLACE} | zaaknummer {WSRL-WOO-2026-12|REF} | 30 juni 2026"),
    ("p", "Geachte mevrouw [[Zomer|PERSON|mevrouw Zomer;Zomer]],"),
    ("p", "Op 2 april 2026 ontvingen wij uw verzoek. U vroeg namens de {Vereniging Dijkbewoners Waardenburg|ORG} om de verslagen van het "
          "projectteam. Uw verzoek is door uw collega, de heer [[Hakan Öz|PERSON|Öz;Hakan]], aangevuld op 9 april. De termijn is verdaagd "
          "op grond van {artikel 4.4|LAW} van de {Woo|ACRONYM}."),
    ("table", [["Nr", "Omschrijving", "Datum", "Oordeel", "Weigeringsgrond"],
               ["{GoWa-001|REF}", "Verslag projectteam", "{12-01-2026|DATE}", "deels openbaar", "5.1.2e"],
               ["{GoWa-002|REF}", "Mail [[H. Zomer|PERSON|H. Zomer]] (bewoner) aan omgevingsmanager", "{19-01-2026|DATE}", "deels openbaar", "5.1.2e"],
               ["{GoWa-003|REF}", "Taxatierapport [[Dorpsstraat 14|ADDRESS]], {Waardenburg|PLACE}", "{02-02-2026|DATE}", "niet openbaar", "5.1.2e, {5.1.1c|TERM}"],
               ["{GoWa-004|REF}", "Memo {DB|ACRONYM} grondaankoop", "{16-02-2026|DATE}", "deels openbaar", "{5.2.1|TERM}"],
               ["{GoWa-005|REF}", "Nieuwsbrief {Dijkversterking|TERM}", "{01-03-2026|DATE}", "openbaar", "-"]],
     {"widths": [0.13, 0.4, 0.14, 0.15, 0.18]}),
    ("p", "Document {GoWa-003|REF} betreft de woning aan de [[Dorpsstraat 14|ADDRESS]], eigendom van de heer [[H. Zomer|PERSON]] "
          "(geen familie van u). Het bevat een taxatie, bedrijfsgegevens van {Aannemerscombinatie Waardenburg|ORG} en het BSN van de eigenaar "
          "([[162839479|BSN]]). Dit weigeren wij geheel."),
    ("p", "De omgevingsmanager, [[Esther van Wijngaarden|PERSON|van Wijngaarden;Esther]], is bereikbaar op [[06-55031294|PHONE]]. "
          "Dijkgraaf {Haasnoot|OFFICIAL|Dijkgraaf Haasnoot} heeft de zomer van 2026 als streefdatum genoemd voor de start van de werkzaamheden."),
    ("sig", "Met vriendelijke groet,\nhet dagelijks bestuur van Waterschap Rivierenland,\nnamens dit,\n\n[[Bas van 't Wout|PERSON|van 't Wout;Bas]]\n"
            "Woo-contactpersoon, {woo@wsrl.nl|MAILBOX}"),
], meta_title="Woo-besluit")

# ---------------------------------------------------------------- r30 e-mail thread met veel ontvangers
doc("r30", "chromium", "e-mailketen gemeente veiligheidsregio gemengde headers", [
    ("h1", "Mailwisseling evenementenvergunning {Zwarte Cross|ORG} 2026"),
    ("lines", "Van: [[Gijs Wolters|PERSON|Wolters;Gijs]] <[[g.wolters@vnog.nl|EMAIL]]>\nVerzonden: vrijdag 8 mei 2026 11:20\n"
              "Aan: [[Henriëtte Ten Dam|PERSON|Ten Dam;Henriëtte]] <[[h.tendam@oostgelre.nl|EMAIL]]>\n"
              "CC: [[Stefan Doornbos|PERSON|Doornbos;Stefan]]; [[Merel Zwanenburg|PERSON|Zwanenburg;Merel]]; {evenementen@vnog.nl|MAILBOX}\n"
              "Onderwerp: Zwarte Cross - advies brandveiligheid"),
    ("p", "Beste [[Henriëtte|PERSON]],\n\nHierbij ons advies. De {VNOG|ACRONYM} adviseert de burgemeester de vergunning te verlenen onder voorwaarden. "
          "Punt van zorg is de camping bij {Lichtenvoorde|PLACE}; [[Stefan|PERSON]] heeft de vluchtwegen nagemeten. Burgemeester "
          "{Alberse|OFFICIAL|Burgemeester Alberse} krijgt het advies ook in het {driehoeksoverleg|TERM}.\n\nGroet,\n[[Gijs|PERSON]]\n"
          "[[Gijs Wolters|PERSON]] | adviseur risicobeheersing | [[06 1201 4476|PHONE]]"),
    ("lines", "From: [[Ten Dam, Henriëtte|PERSON|Ten Dam, Henriëtte]]\nSent: 7 May 2026 16:02\nTo: [[Wolters, Gijs|PERSON|Wolters, Gijs]]\n"
              "Cc: [[Zwanenburg, Merel|PERSON|Zwanenburg, Merel]]\nSubject: adviesaanvraag"),
    ("p", "Hoi [[Gijs|PERSON]], kun je vóór 15 mei advies geven? De organisator ([[Feestfabriek Leo Bos|PERSON|Leo Bos]], contactpersoon "
          "[[Leo Bos|PERSON]], [[0544-461 223|PHONE]]) heeft de plattegrond aangepast. [[Merel|PERSON]] stuurt de tekeningen door. "
          "Met vriendelijke groet, [[Henriëtte Ten Dam|PERSON]], vergunningverlener evenementen, gemeente {Oost Gelre|PLACE}, "
          "{Postbus 2|STREET}, {Groenlo|PLACE}, T {0544 393 535|SWITCHBOARD}"),
], meta_title="Mailwisseling Zwarte Cross")

# ---------------------------------------------------------------- r31 GS-besluitnota met paraaftabel
doc("r31", "libreoffice", "provincie GS-nota met paraaftabel en motivering", [
    ("h1", "Statenvoorstel/GS-nota {Regionale Energiestrategie Noord-Holland Zuid|PROGRAMME}"),
    ("table", [["Veld", "Inhoud"],
               ["Aan", "{Gedeputeerde Staten|ROLE}"],
               ["Portefeuillehouder", "gedeputeerde {Tekin|OFFICIAL|gedeputeerde Tekin}"],
               ["Behandeld door", "[[Laurens Vroegindeweij|PERSON|Vroegindeweij;Laurens]], afdeling Energie"],
               ["Telefoon", "[[023 514 4719|PHONE]] / [[06-2201 7765|PHONE]]"],
               ["E-mail", "[[vroegindeweijl@noord-holland.nl|EMAIL]]"],
               ["Kenmerk", "{NH-2026-1187432|REF}"]]),
    ("h2", "Aanleiding"),
    ("p", "De {RES 2.0|PROGRAMME} moet uiterlijk 1 juli 2027 worden vastgesteld. De regio vraagt {GS|ACRONYM} in te stemmen met het "
          "zoekgebied {Haarlemmermeer-Zuid|PLACE}. De coördinator van de regio, mevrouw [[Carmen Heijnen|PERSON|Heijnen;Carmen]], heeft op "
          "4 maart 2026 een ambtelijk concept gestuurd."),
    ("h2", "Krachtenveld"),
    ("p", "Bewoners van {Rijsenhout|PLACE} verzetten zich. De woordvoerder van de bewonersgroep, de heer [[Stijn Kroon|PERSON|Kroon;Stijn]] "
          "([[Aalsmeerderdijk 402|ADDRESS]]), heeft 1.400 handtekeningen verzameld. Wethouder {Verheijen|OFFICIAL|Wethouder Verheijen} van "
          "{Haarlemmermeer|PLACE} steunt het zoekgebied. Commissaris van de Koning {Brinkhorst|OFFICIAL|Koning Brinkhorst} wordt gevraagd "
          "het bestuurlijk overleg voor te zitten."),
    ("h2", "Paraafroute"),
    ("table", [["Naam", "Functie", "Paraaf", "Datum"],
               ["[[L. Vroegindeweij|PERSON]]", "opsteller", "[[LV|INITIALS]]", "{09-03-2026|DATE}"],
               ["[[M. Kuiper-de Haan|PERSON|Kuiper-de Haan]]", "afdelingshoofd", "[[MKdH|INITIALS]]", "{10-03-2026|DATE}"],
               ["[[R. Dekker|PERSON|Dekker]]", "directeur Beleid", "akkoord [[RD|INITIALS]]", "{11-03-2026|DATE}"]]),
    ("h2", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "Niet van toepassing."),
    ("h2", "Motivering"),
    ("p", "In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd."),
], meta_title="GS-nota RES")

# ---------------------------------------------------------------- r32 klacht ombudsman regio
doc("r32", "rawpdf", "klachtbehandeling veiligheidsregio brief aan klager", [
    ("h1", "Uw klacht over de brandweerinzet op 2 februari 2026"),
    ("p", "{Veiligheidsregio Zaanstreek-Waterland|ORG}\n{Vurehout 2|STREET}, {Zaandam|PLACE}\nOns kenmerk {VRZW-KL-2026-009|REF}"),
    ("p", "Mevrouw [[D.J. Schermerhorn|PERSON|Schermerhorn]]\n[[Westzijde 318|ADDRESS]]\n[[1506 GK|POSTCODE]] {Zaandam|PLACE}"),
    ("p", "Geachte mevrouw [[Schermerhorn|PERSON]],"),
    ("p", "In uw brief van 9 februari 2026 klaagt u over het optreden van de brandweer bij de schoorsteenbrand in de woning van uw buurman, "
          "de heer [[Kees Molenaar|PERSON|Molenaar;Kees]], aan de [[Westzijde 320|ADDRESS]]. U schrijft dat bevelvoerder "
          "[[Ronald Schipper|PERSON|Schipper;Ronald]] uw tuin heeft beschadigd en dat de brandweerauto met kenteken [[BZ-TT-14|PLATE]] "
          "op uw oprit stond."),
    ("p", "Op 23 februari hebben u, de heer [[Schipper|PERSON]] en de klachtbehandelaar, mevrouw [[Fatima el Ouali|PERSON|el Ouali;Fatima]], "
          "gesproken. U gaf aan dat u ook namens uw partner, de heer [[Jeroen Schermerhorn|PERSON|Jeroen]], spreekt."),
    ("p", "Wij vinden uw klacht deels gegrond. De schade aan uw tuin ({€ 640|AMOUNT}) wordt vergoed. Het parkeren op uw oprit was "
          "noodzakelijk voor de inzet. Burgemeester {Overdiep|OFFICIAL|Burgemeester Overdiep}, voorzitter van de veiligheidsregio, is "
          "op de hoogte gesteld. Het bedrag maken wij over naar [[NL91 ABNA 0417 1643 00|IBAN]]."),
    ("p", "Hebt u nog vragen? Bel mevrouw [[El Ouali|PERSON|El Ouali]] op [[075-651 8311|PHONE]] of mail naar {klachten@vrzw.nl|MAILBOX}."),
    ("sig", "Met vriendelijke groet,\n\n[[ing. M.A. Wijnands|PERSON|Wijnands]]\nteamleider Klachtbehandeling"),
], meta_title="Klachtbrief")

# ---------------------------------------------------------------- r33 RUD controle camping (two columns)
doc("r33", "reportlab", "omgevingsdienst controle recreatiepark twee kolommen", [
    ("h1", "Rapport integrale controle recreatiepark {De Kuilenhurk|ORG}"),
    ("small", "{Regionale Uitvoeringsdienst Limburg Noord|ORG} ({RUD LN|ACRONYM}) | {Wilhelminasingel 1|STREET}, {Venlo|PLACE} | {RUDLN-2026-55102|REF}"),
    ("p", "Op 28 augustus 2026 hebben toezichthouders [[Lars Peeters|PERSON|Peeters;Lars]] en [[Chantal Lemmens-Geurts|PERSON|Lemmens-Geurts;Chantal]] "
          "samen met de {Brandweer Limburg-Noord|ORG} het park gecontroleerd. Namens de exploitant, [[Recreatie Van Kessel|PERSON|Recreatie Van Kessel]] "
          "(eenmanszaak van de heer [[Theo van Kessel|PERSON|van Kessel;Theo]]), was de beheerder, de heer [[Winand Hermkens|PERSON|Hermkens;Winand]], aanwezig."),
    ("h2", "Permanente bewoning"),
    ("p", "Op kavel 14, 22 en 37 wonen mensen permanent. Op kavel 22 verblijft de heer [[Dariusz Kowalczyk|PERSON|Kowalczyk;Dariusz]], "
          "geboren [[17-04-1979|DOB]], met zijn partner. Zijn auto heeft een Pools kenteken: [[WGM 48213|PLATE]]. Op kavel 37 woont "
          "mevrouw [[Ria de Wit|PERSON|de Wit;Ria]] sinds 2019; zij staat ingeschreven op het adres [[Kuilenhurk 37|ADDRESS]] in {Horst|PLACE}."),
    ("h2", "Brandveiligheid"),
    ("p", "De brandkranen bij de ingang waren niet bereikbaar. [[Peeters|PERSON]] heeft de heer [[Hermkens|PERSON]] gevraagd dit binnen "
          "een week te herstellen. De heer [[Van Kessel|PERSON|Van Kessel]] was telefonisch bereikbaar op [[+31 77 398 2210|PHONE]]."),
    ("h2", "Vervolg"),
    ("p", "Het college van {Horst aan de Maas|PLACE} beslist over handhaving. Wethouder {Hendrikx|OFFICIAL|Wethouder Hendrikx} is "
          "portefeuillehouder. Het rapport is gedeeld met de {Belastingdienst|ORG} en de {IND|ACRONYM} in het kader van het "
          "{Programma Vitale Vakantieparken|PROGRAMME}. Contact: {info@rudlimburg.nl|MAILBOX}, {077 320 2400|SWITCHBOARD}."),
    ("sig", "Opgesteld door [[LP|INITIALS]], gecontroleerd door [[CLG|INITIALS]] 01/09"),
], layout="twocol", meta_title="Controle recreatiepark")

# ---------------------------------------------------------------- r34 GGD inspectierapport kinderopvang
doc("r34", "chromium", "GGD inspectierapport gastouderopvang", [
    ("h1", "Inspectierapport gastouderopvang - {Wet kinderopvang|LAW}"),
    ("table", [["Gegevens", ""],
               ["Naam voorziening", "[[Gastouder Marieke Goudsmit|PERSON|Goudsmit;Marieke]]"],
               ["Registratienummer LRK", "{284017735|REF}"],
               ["Opvangadres", "[[Anemoonstraat 17|ADDRESS]], [[2564 SB|POSTCODE]] {Den Haag|PLACE}"],
               ["Gastouderbureau", "{Gastouderbureau Kindwijs|ORG}, KvK {27384950|KVK}"],
               ["Toezichthouder", "[[Rachid Benali|PERSON|Benali;Rachid]], {GGD Haaglanden|ORG}"],
               ["Datum inspectie", "{15-09-2026|DATE}"]], {"widths": [0.35, 0.65]}),
    ("h2", "Bevindingen"),
    ("p", "De gastouder, mevrouw [[Goudsmit|PERSON]], vangt vier kinderen op. Haar echtgenoot, de heer [[Gerben Goudsmit|PERSON|Gerben]], "
          "is als achterwacht geregistreerd; zijn {VOG|ACRONYM} is aanwezig. De buurvrouw, mevrouw [[Hadiza Okafor|PERSON|Okafor;Hadiza]], "
          "is tweede achterwacht en bereikbaar via [[06-29318840|PHONE]]."),
    ("p", "Het risicogids-protocol ontbreekt voor de trap naar de zolder. De toezichthouder heeft dit besproken met de bemiddelingsmedewerker "
          "van het bureau, [[Yvette Schouten|PERSON|Schouten;Yvette]]. Conclusie: de opvang voldoet niet aan artikel 3.7 van het "
          "{Besluit kwaliteit kinderopvang|LAW}. Wethouder {Kapteijns|OFFICIAL|Wethouder Kapteijns} ontvangt het rapport voor handhaving."),
    ("p", "Zienswijze gastouder: “Ik heb de traphekjes inmiddels geplaatst.” - [[M. Goudsmit|PERSON|M. Goudsmit]]"),
    ("p", "Contact {GGD Haaglanden|ORG}: {toezichtkinderopvang@ggdhaaglanden.nl|MAILBOX}, {088 355 0100|SWITCHBOARD}; "
          "toezichthouder direct: [[r.benali@ggdhaaglanden.nl|EMAIL]]."),
], meta_title="Inspectierapport")

# ---------------------------------------------------------------- r35 GS-besluit handhaving natuur
doc("r35", "libreoffice", "provincie GS-besluit handhaving Wet natuurbescherming", [
    ("h1", "Besluit van Gedeputeerde Staten van {Limburg|PLACE} - last onder bestuursdwang"),
    ("p", "Zaaknummer {2026/118273|REF}\nOnderwerp: verwijderen illegale verharding in {Natura 2000|PROGRAMME}-gebied {Geleenbeekdal|PLACE}"),
    ("p", "Aan: de heer [[Wiel Houben|PERSON|Houben;Wiel]]\n[[Op de Bies 7|ADDRESS]]\n[[6367 HK|POSTCODE]] {Voerendaal|PLACE}"),
    ("p", "Geachte heer [[Houben|PERSON]],"),
    ("p", "Op 10 juni 2026 heeft boswachter [[Annelies Crombach|PERSON|Crombach;Annelies]] van {Staatsbosbeheer|ORG} vastgesteld dat op "
          "uw perceel (kadastraal {Voerendaal K 1182|REF}) ongeveer 400 m² puin is gestort. Het {Limburgs Landschap|ORG} heeft foto's "
          "gemaakt. Uw zoon, de heer [[Jo Houben|PERSON|Jo]], verklaarde dat het puin afkomstig is van de verbouwing van zijn woning aan de "
          "[[Kunderweg 5|ADDRESS]] in {Kunrade|PLACE}."),
    ("p", "Wij gelasten u het puin vóór 1 oktober 2026 te verwijderen. Doet u dat niet, dan doen wij dat op uw kosten (geraamd op "
          "{€ 14.500|AMOUNT}). De grondslag is de {Omgevingswet|LAW}, paragraaf 11.3.1 van het {Besluit activiteiten leefomgeving|LAW}. "
          "Gedeputeerde {Schrijnemakers|OFFICIAL|Gedeputeerde Schrijnemakers} is verantwoordelijk voor natuurhandhaving."),
    ("p", "Behandelend jurist: [[mr. Kevin Pluijmaekers|PERSON|Pluijmaekers;Kevin]], [[+31 43 389 9621|PHONE]], "
          "[[k.pluijmaekers@prvlimburg.nl|EMAIL]]. Algemene vragen: {postbus@prvlimburg.nl|MAILBOX}, {043 389 9999|SWITCHBOARD}."),
    ("p", "Dit besluit is besproken in de vergadering van {GS|ACRONYM} van 1 september 2026, voorgezeten door commissaris van de Koning "
          "{Steijns|OFFICIAL|Koning Steijns}."),
    ("sig", "Hoogachtend,\nGedeputeerde Staten van Limburg,\n\nE.L.M. Steijns, voorzitter\n\nmr. M.J. Lemmens, secretaris"),
], meta_title="Besluit bestuursdwang")

# ---------------------------------------------------------------- r36 subsidie Friese eenmanszaak
doc("r36", "rawpdf", "provincie subsidie eenmanszaak Fryslan", [
    ("h1", "Beschikking {Subsidieregeling Kleinschalige Toeristische Voorzieningen Fryslân|PROGRAMME}"),
    ("small", "{Provinsje Fryslân|ORG} | {Tweebaksmarkt 52|STREET}, {Leeuwarden|PLACE} | {01991277|REF} | 3 november 2026"),
    ("p", "[[Sloepverhuur Sjoukje Wijnia|PERSON|Sjoukje;Wijnia]]\nt.a.v. mevrouw [[S. Wijnia|PERSON]]\n[[Sudergoawei 21|ADDRESS]]\n[[8612 HK|POSTCODE]] {Easterein|PLACE}"),
    ("p", "Geachte mevrouw [[Wijnia|PERSON]],"),
    ("p", "Wij verlenen uw eenmanszaak [[Sloepverhuur Sjoukje Wijnia|PERSON]] (KvK [[80211934|KVK_PERSON]]) een subsidie van {€ 12.500|AMOUNT} voor "
          "de aanleg van een elektrische oplaadsteiger aan de {Snitser Mar|PLACE}. Uw aanvraag is ingediend via het {Subsidieloket|PROGRAMME} "
          "door uw adviseur, de heer [[Hylke de Jong|PERSON|Hylke;de Jong]] van [[Adviesburo De Jong|PERSON|Adviesburo De Jong]]."),
    ("p", "De steiger ligt naast de jachthaven van {Gemeente Súdwest-Fryslân|ORG}. Wethouder {Hoekstra|OFFICIAL|Wethouder Hoekstra} heeft "
          "een positief advies gegeven. Uw buurman, de heer [[Anne Hoekstra|PERSON|Anne]] ([[Sudergoawei 23|ADDRESS]]), heeft geen bezwaar."),
    ("p", "Het voorschot van {€ 10.000|AMOUNT} maken wij over op [[NL63 TRIO 0212 3456 78|IBAN]]. Voor vragen kunt u terecht bij "
          "[[Tsjerk Bosma|PERSON|Bosma;Tsjerk]], [[058 292 5413|PHONE]], [[t.bosma@fryslan.frl|EMAIL]], of bij {subsydzjes@fryslan.frl|MAILBOX}."),
    ("sig", "Hoogachtend,\nnamens Gedeputeerde Staten van Fryslan,\n\n[[Tsjerk Bosma|PERSON]]\nsubsidieadviseur, team Economie"),
], meta_title="Beschikking subsidie")
