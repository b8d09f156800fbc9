"""Texts of the blind 'justice' evaluation set (all persons, numbers and addresses invented,
except public office holders named with their title).

Markup: [[text|KIND]] or [[text|KIND|probe;probe]] = personal data to redact;
{text|KIND} = must stay readable; <<text>> = neutral (the place in a private home address: it may
be redacted with the address or stay, so it counts for no probe that must stay).  @BSN:n@ / @BSNS:n@ (dotted) / @IBAN:BANK:n@ are filled by
generate.py with numbers that pass the 11-proef / mod-97 check; @IBANX:BANK:n@ has a typo.
Blocks: ("title"|"h"|"p"|"small"|"pre", text), ("kv", [(label, value)]),
("table", header, rows, widths), ("cols", left_blocks, right_blocks), ("break",).
"""

PRODUCERS = ["reportlab", "fpdf2", "libreoffice", "chromium"]
DOCUMENTS = []


def doc(blocks, title="", twocol=False):
    n = len(DOCUMENTS) + 1
    DOCUMENTS.append({"id": f"jus{n:02d}", "producer": PRODUCERS[(n - 1) % 4], "meta_title": title,
                      "blocks": blocks, "twocol": twocol})


# jus01 reportlab: beslisnota DGMI with side column and paraph table
doc([
    ("cols", [
        ("small", "{Directoraat-Generaal Migratie|ORG}\nDirectie Migratiebeleid\n{Turfmarkt 147|GOVADDR}\n{2511 DP|GOVADDR} {Den Haag|PLACE}"),
        ("small", "Contactpersoon\n[[Marloes Zwolle|PERSON]]\n{senior beleidsmedewerker|FUNC}\nT [[070-3706218|PHONE]]\nM [[06-41829035|PHONE]]\n[[m.zwolle@minjenv.nl|EMAIL]]"),
        ("small", "Datum\n{14 maart 2023|DATE}\nKenmerk\n{4410923|CASE}"),
    ], [
        ("title", "Nota aan de staatssecretaris"),
        ("kv", [("Aan:", "{staatssecretaris Van der Burg|PUBLIC}"), ("Van:", "[[Jeroen Kuipers|PERSON]], {afdelingshoofd|FUNC} Asiel"),
                ("Onderwerp:", "Achterstanden {IND|ACR} bij de behandeling van asielaanvragen"), ("Kopie aan:", "[[Sevda Aydın|PERSON]] ({DGMI|ACR})")]),
    ]),
    ("h", "Aanleiding"),
    ("p", "Op {9 maart 2023|DATE} heeft u met {minister Yeşilgöz|PUBLIC} gesproken over de achterstanden bij de {Immigratie- en Naturalisatiedienst|ORG}. "
          "U heeft gevraagd om een overzicht van de maatregelen. De locatie in {Zwolle|PLACE} en de aanmeldcentra in {Ter Apel|PLACE} en {Budel|PLACE} zijn daarin meegenomen."),
    ("h", "Geadviseerd besluit"),
    ("p", "Aan de staatssecretaris wordt gevraagd in te stemmen met de inzet van een extra beslisteam. Het {COA|ACR} is gevraagd om opvangcapaciteit in {Zwolle|PLACE} te behouden. "
          "Mevrouw [[Zwolle|PERSON|Zwolle]] van onze directie heeft dit afgestemd met de heer [[Kuipers|PERSON|Kuipers]] en met [[Sevda|PERSON]]."),
    ("h", "Kern"),
    ("p", "- De {Vreemdelingenwet 2000|LAW} biedt ruimte om de beslistermijn te verlengen.\n- Het programma {Flexibilisering asielketen|PROG} loopt door tot {1 januari 2025|DATE}.\n"
          "- Het {Landelijk Vreemdelingenvervoer|ORG} en de {KMar|ACR} leveren informatie over de instroom."),
    ("break",),
    ("h", "Paraafroute"),
    ("table", ["Naam", "Functie", "Paraaf", "Datum"], [
        ["[[Jeroen Kuipers|PERSON]]", "{afdelingshoofd|FUNC}", "[[JKu|INITIALS]]", "{15-03-2023|DATE}"],
        ["[[Annemiek de Groot-Verbeek|PERSON|de Groot-Verbeek;Annemiek]]", "{plv. directeur|FUNC}", "[[AdGV|INITIALS]]", "{16-03-2023|DATE}"],
        ["[[Thijs Winter|PERSON]]", "{directeur Migratiebeleid|FUNC}", "[[TW|INITIALS]]", "{17-03-2023|DATE}"],
    ], [3, 3, 1.2, 1.5]),
], "Nota achterstanden IND")

# jus02 fpdf2: Dutch Outlook thread with forward, IND/COA
doc([
    ("title", "E-mailwisseling opvanglocatie"),
    ("kv", [("Van:", "[[Kees Bakker|PERSON]] <[[kees.bakker@coa.nl|EMAIL]]>"), ("Verzonden:", "{dinsdag 4 april 2023|DATE} 09:12"),
            ("Aan:", "[[Priya Ramdin|PERSON]] <[[p.ramdin@ind.nl|EMAIL]]>"), ("CC:", "{opvang@coa.nl|MAILBOX}; [[Ruud Visser|PERSON]]"),
            ("Onderwerp:", "RE: Noodopvang {Amsterdam|PLACE}")]),
    ("p", "Hoi [[Priya|PERSON|Priya]],\n\nDank voor je snelle reactie. {Burgemeester Halsema|PUBLIC} heeft vanochtend bevestigd dat de noodopvang in {Amsterdam|PLACE} tot "
          "{1 juni 2023|DATE} open blijft. [[Visser|PERSON|Visser]] regelt het vervoer met de {Dienst Terugkeer en Vertrek|ORG}. De {Visserijkade|PLACE} als opstapplaats is afgevallen.\n\n"
          "Met vriendelijke groet,\n[[Kees Bakker|PERSON]]\n{locatiemanager|FUNC} {COA|ACR}\nMobiel: [[06 2871 4450|PHONE]]\nAlgemeen: {088 - 715 70 00|SWITCH}"),
    ("kv", [("Van:", "[[Priya Ramdin|PERSON]]"), ("Verzonden:", "{maandag 3 april 2023|DATE} 17:40"), ("Aan:", "[[Kees Bakker|PERSON]]"),
            ("Onderwerp:", "Noodopvang {Amsterdam|PLACE}")]),
    ("p", "Beste [[Kees|PERSON]],\n\nKun jij nagaan of de {IND|ACR} medewerkers in {Zevenaar|PLACE} ook gebruik kunnen maken van de locatie? Mijn collega [[Nadia el Amrani|PERSON|el Amrani;Nadia]] "
          "([[n.elamrani@ind.nl|EMAIL]], [[+31 6 1947 2283|PHONE]]) neemt het over tijdens mijn verlof.\n\nGroet,\n[[Priya|PERSON]]\n{teamleider|FUNC} {IND|ACR} Aanmeldcentrum"),
    ("kv", [("-----Doorgestuurd bericht-----", ""), ("Van:", "[[Hanneke Koning|PERSON]] <[[h.koning@amsterdam.nl|EMAIL]]>"), ("Datum:", "{31 maart 2023|DATE}"),
            ("Onderwerp:", "Besluit {college van B en W|ORG}")]),
    ("p", "Het college heeft ingestemd. Zie bijlage. Vragen kunnen naar {info@amsterdam.nl|MAILBOX} of {14 020|SWITCH}.\n[[Hanneke Koning|PERSON]]\n{projectleider|FUNC} {Gemeente Amsterdam|ORG}, [[020 - 251 88 43|PHONE]]"),
], "RE Noodopvang")

# jus03 libreoffice: Woo-verzoek from a citizen
doc([
    ("p", "[[Evert-Jan Hoogeveen|PERSON]]\n[[Dorpsstraat 114|ADDRESS|Dorpsstraat 114]]\n[[7441 BK|ADDRESS|7441 BK]] <<Nijverdal>>\n[[ej.hoogeveen@kpnmail.nl|EMAIL]]\n[[06-53917740|PHONE]]"),
    ("p", "Aan het {Ministerie van Justitie en Veiligheid|ORG}\nt.a.v. de Woo-coördinator\n{Postbus 20301|GOVADDR}\n{2500 EH|GOVADDR} {Den Haag|PLACE}"),
    ("p", "{Nijverdal|PLACE}, {2 februari 2023|DATE}"),
    ("p", "Onderwerp: verzoek op grond van de {Wet open overheid|LAW}"),
    ("p", "Geachte heer, mevrouw,\n\nHierbij verzoek ik u om openbaarmaking van alle documenten over het besluit om de {penitentiaire inrichting|ORG} in {Almelo|PLACE} te sluiten, "
          "inclusief de correspondentie met {minister Weerwind|PUBLIC} en het {Ministerie van Justitie en Veiligheid|ORG} over de periode {1 januari 2022|DATE} tot heden. Ik woon zelf aan "
          "de [[Dorpsstraat|ADDRESS|Dorpsstraat]] en mijn buurman, de heer [[Gerrit Ten Hove|PERSON|Ten Hove;Gerrit]], werkt al twintig jaar bij de {DJI|ACR}."),
    ("p", "Ik heb eerder contact gehad met mevrouw [[Winter|PERSON|Winter]] van uw afdeling; zij adviseerde mij dit verzoek per post te sturen. Eventuele kosten kunt u verrekenen via [[@IBAN:BUNQ:3@|IBAN]]. Documenten mogen digitaal naar "
          "mijn e-mailadres hierboven. Mijn geboortedatum is [[17-08-1961|DOB]], voor het geval u mij moet identificeren."),
    ("p", "Mocht u vragen hebben, dan ben ik bereikbaar op [[0548 - 61 29 03|PHONE]] (vast) of mobiel.\n\nMet vriendelijke groet,\n\n[[E.J. HOOGEVEEN|PERSON|E.J. HOOGEVEEN]]"),
    ("small", "Ontvangen {6 februari 2023|DATE}, registratienummer {Woo-2023-0187|CASE}. Behandeld door: [[Sanne Verhoef|PERSON]] ({woo@minjenv.nl|MAILBOX})"),
], "Woo-verzoek PI Almelo")

# jus04 chromium: English e-mail thread NCTV / Europol, foreign names with diacritics
doc([
    ("title", "Correspondence on the joint exercise"),
    ("kv", [("From:", "[[Zoë Lefèvre|PERSON|Lefèvre;Zoë]] <[[zoe.lefevre@europol.europa.eu|EMAIL]]>"), ("Sent:", "{Wednesday, 10 May 2023|DATE} 14:03"),
            ("To:", "[[Daan Schuurman|PERSON]] <[[daan.schuurman@nctv.minjenv.nl|EMAIL]]>"), ("Cc:", "[[Łukasz Wiśniewski|PERSON|Wiśniewski;Łukasz]]; {secretariat@europol.europa.eu|MAILBOX}"),
            ("Subject:", "RE: Tabletop exercise {Port of Rotterdam|ORG}")]),
    ("p", "Dear [[Daan|PERSON]],\n\nThanks for the draft scenario. We would like to add a {ransomware|TERM} attack on the {SCADA|TERM} systems of the terminal. "
          "[[Łukasz|PERSON]] will join from {The Hague|PLACE}; [[Søren Højgaard|PERSON|Højgaard;Søren]] from the Danish police ([[søren.højgaard@politi.dk|EMAIL]]) asked whether the {NCTV|ACR} can host the {debriefing|TERM}.\n\n"
          "Kind regards,\n[[Zoë Lefèvre|PERSON]]\n{Senior Specialist|FUNC}, {European Cybercrime Centre|ORG}\nMobile: [[+31 6 2208 7716|PHONE]]"),
    ("kv", [("From:", "[[Daan Schuurman|PERSON]]"), ("Sent:", "{Tuesday, 9 May 2023|DATE} 11:20"), ("To:", "[[Zoë Lefèvre|PERSON]]"), ("Subject:", "Tabletop exercise {Port of Rotterdam|ORG}")]),
    ("p", "Hi [[Zoë|PERSON]],\n\nAs discussed with my director and with {minister Yeşilgöz|PUBLIC}'s office, the exercise will take place on {22 June 2023|DATE}. Please send the list of participants "
          "to my colleague [[Fatima Öztürk-Jansen|PERSON|Öztürk-Jansen;Fatima]] ([[fatima.ozturk-jansen@nctv.minjenv.nl|EMAIL]]). She can also be reached at [[+31 (0)70 751 5512|PHONE]].\n"
          "For general questions use {info@nctv.nl|MAILBOX}.\n\nBest,\n[[Daan|PERSON]]\n{Policy Officer|FUNC} {Cyber Security|TERM} | {Nationaal Coördinator Terrorismebestrijding en Veiligheid|ORG}\n{Turfmarkt 147|GOVADDR}, {Den Haag|PLACE}"),
], "Tabletop exercise")

# jus05 reportlab: DJI incident log PI Zwolle with licence plates
doc([
    ("title", "Incidentenregister {PI Zwolle|ORG} - week 23"),
    ("p", "Registratie door de {afdeling Veiligheid|ORG}. Voertuigen die zonder afspraak bij de poort stonden worden met kenteken vastgelegd conform de {Penitentiaire beginselenwet|LAW}."),
    ("table", ["Datum/tijd", "Melding", "Betrokkene(n)", "Kenteken", "Afgehandeld door"], [
        ["{05-06-2023|DATE} 07:45", "Voertuig bij dienstingang, bestuurder weigerde te vertrekken", "[[Mehmet Kaya|PERSON]] (bezoeker)", "[[GZ-418-T|PLATE]]", "[[P. Brouwer|PERSON|P. Brouwer]] ({PIW|ACR})"],
        ["{06-06-2023|DATE} 14:10", "Drone boven luchtplaats B-vleugel", "onbekend", "-", "[[Iris van Dalen|PERSON|van Dalen;Iris]]"],
        ["{07-06-2023|DATE} 19:32", "Bezoekster met verdacht pakket", "[[Chantal Zwolle|PERSON|Chantal]] (partner van gedetineerde)", "[[5-KTR-92|PLATE]]", "[[P. Brouwer|PERSON]]"],
        ["{08-06-2023|DATE} 02:05", "Poging tot overgooien bij hek {Zwolle|PLACE}-Zuid", "[[Dylan de Koning|PERSON|de Koning;Dylan]], [[13-02-2001|DOB]]", "[[XV-227-L|PLATE]]", "[[Herman Slot|PERSON]]"],
        ["{09-06-2023|DATE} 11:00", "Melding overgedragen aan {Politie Oost-Nederland|ORG}", "-", "[[H-907-SD|PLATE]]", "[[Iris van Dalen|PERSON]]"],
    ], [1.6, 3, 2.6, 1.4, 2]),
    ("p", "Toelichting: de bezoekster is een familielid met dezelfde achternaam als de vestigingsplaats; in het systeem staat zij als [[C. Zwolle|PERSON|C. Zwolle]]. "
          "Het kenteken [[GZ-418-T|PLATE]] is eerder gezien op {12 mei 2023|DATE}. Contact met de politie liep via {0900-8844|SWITCH}; de regiemeldkamer is bereikbaar via {088 - 072 10 00|SWITCH}."),
    ("p", "Vastgesteld door [[Herman Slot|PERSON]], {hoofd beveiliging|FUNC}, [[038 - 455 71 20|PHONE]]. Publieksvragen over {DJI|ACR}: {1400|SWITCH}. Verzonden aan {vestigingsdirecteur|FUNC} en {DJI|ACR} Hoofdkantoor."),
], "Incidentenregister PI Zwolle")

# jus06 fpdf2: Raad voor de Kinderbescherming
doc([
    ("title", "Raad voor de Kinderbescherming - rapport (uittreksel)"),
    ("kv", [("Zaaknummer:", "{RvdK 2023-118734|CASE}"), ("Kind:", "[[Lotte Mulder|PERSON]], geboren [[4 oktober 2014|DOB]]"), ("Moeder:", "[[Esther Mulder-Bos|PERSON|Mulder-Bos;Esther]]"),
            ("Vader:", "[[Ronald Mulder|PERSON|Ronald]]"), ("Adres:", "[[Kerkweg 12a|ADDRESS]], [[3451 AB|ADDRESS]] <<Vleuten>>"),
            ("BSN kind:", "[[@BSN:6@|BSN]]"), ("Raadsonderzoeker:", "[[Yvonne Smit|PERSON]]"), ("Gedragswetenschapper:", "[[drs. M.A.J. van Leeuwen|PERSON|M.A.J. van Leeuwen]]")]),
    ("h", "1. Aanleiding"),
    ("p", "De {rechtbank Midden-Nederland|ORG} heeft de {Raad voor de Kinderbescherming|ORG} op {16 januari 2023|DATE} verzocht onderzoek te doen naar het gezag en de omgang. "
          "[[Lotte|PERSON]] woont bij moeder op het adres aan de [[Kerkweg|ADDRESS|Kerkweg]]. Vader woont sinds de scheiding in {Utrecht|PLACE} aan de [[Amsterdamsestraatweg 388|ADDRESS]]."),
    ("h", "2. Betrokken professionals"),
    ("table", ["Naam", "Organisatie", "Telefoon"], [
        ["[[Joke de Haas|PERSON]]", "{Samen Veilig Midden-Nederland|ORG}", "[[06-18 44 27 90|PHONE]]"],
        ["[[juf Anouk|PERSON|Anouk]]", "{basisschool De Regenboog|ORG}", "{030 - 677 12 00|SWITCH} (school)"],
        ["[[Bram Koopmans|PERSON]]", "{GGD regio Utrecht|ORG}", "[[0031 6 2755 1938|PHONE]]"],
    ], [3, 4, 3]),
    ("h", "3. Bevindingen"),
    ("p", "Moeder vertelt dat zij de {Jeugdwet|LAW}-hulp heeft stopgezet. Vader is werkzaam bij {ProRail|ORG} in {Utrecht|PLACE}. Volgens [[Joke|PERSON|Joke]] is de situatie "
          "sinds de zomer verbeterd. Oma, mevrouw [[Bos|PERSON|Bos]], haalt [[Lotte|PERSON]] twee keer per week uit school. De raad adviseert een {ondertoezichtstelling|TERM} van een jaar.\n\n"
          "Vragen over dit rapport: {Landelijk Bureau Raad voor de Kinderbescherming|ORG}, {088 - 988 80 00|SWITCH}."),
], "Raadsrapport")

# jus07 libreoffice: OM letter to a victim
doc([
    ("p", "{Openbaar Ministerie|ORG}\n{Arrondissementsparket Rotterdam|ORG}\n{Wilhelminaplein 100|GOVADDR}\n{3072 DE|GOVADDR} {Rotterdam|PLACE}"),
    ("p", "Aan mevrouw [[K.W. Terpstra-Zijlstra|PERSON|Terpstra-Zijlstra]]\n[[Mathenesserlaan 215-B|ADDRESS|Mathenesserlaan 215-B]]\n[[3021 HB|ADDRESS]] <<Rotterdam>>"),
    ("kv", [("Datum", "{23 augustus 2023|DATE}"), ("Parketnummer", "{10/248813-23|CASE}"), ("Behandeld door", "[[mr. Laurens Vos|PERSON|Vos;Laurens]]"),
            ("Doorkiesnummer", "[[010 - 353 57 18|PHONE]]"), ("Onderwerp", "Uw aangifte van mishandeling")]),
    ("p", "Geachte mevrouw [[Terpstra-Zijlstra|PERSON]],\n\nU heeft op {3 juli 2023|DATE} aangifte gedaan van mishandeling door de heer [[Arjen Bakker|PERSON|Arjen;Bakker]] "
          "(geboren [[21-11-1988|DOB]]), wonende aan de [[Schiedamseweg 41|ADDRESS]] in <<Rotterdam>>. De officier van justitie heeft besloten de verdachte te dagvaarden. "
          "De zaak dient op {12 oktober 2023|DATE} bij de {rechtbank Rotterdam|ORG}."),
    ("p", "U heeft het recht om te spreken op de zitting ({spreekrecht|TERM}). Het {Slachtofferloket|ORG} kan u hierbij helpen: {0900-0101|SWITCH}. "
          "Uw schadevergoeding van {EUR 1.250|AMOUNT} wordt gevoegd in de strafzaak ({artikel 51f Wetboek van Strafvordering|LAW}) en na toewijzing betaald op uw rekening [[@IBAN:ABNA:7@|IBAN]]."),
    ("p", "Mocht u vragen hebben, neem dan contact op met de slachtoffercoördinator, de heer [[Koning|PERSON|Koning]], via [[slachtofferzaken.koning@om.nl|EMAIL]] "
          "of [[010 - 353 54 92|PHONE]]. Algemene vragen kunt u mailen naar {slachtofferloket.rotterdam@om.nl|MAILBOX}."),
    ("p", "Hoogachtend,\n\nde officier van justitie,\n\n[[mr. L.M. Vos|PERSON|L.M. Vos]]"),
], "Brief slachtoffer")

# jus08 chromium: Teams chat export RWS project
doc([
    ("title", "Export Teams-chat: Renovatie {Van Brienenoordbrug|PLACE}"),
    ("small", "Geëxporteerd op {12-09-2023|DATE} door [[Wouter Meijer|PERSON]] ({Rijkswaterstaat|ORG} {Programma's, Projecten en Onderhoud|ORG})"),
    ("table", ["Tijd", "Afzender", "Bericht"], [
        ["{11-09-2023|DATE} 08:02", "[[Wouter Meijer|PERSON]]", "Goedemorgen! Vanavond gaat de stremming in. [[Sjoerd|PERSON|Sjoerd]] kun jij de {verkeerscentrale|ORG} bellen?"],
        ["{11-09-2023|DATE} 08:05", "[[Sjoerd van der Linden|PERSON|van der Linden]]", "Doe ik. Nummer van de {WVL|ACR} collega is [[06 3318 0402|PHONE]] toch?"],
        ["{11-09-2023|DATE} 08:07", "[[Wouter Meijer|PERSON]]", "Nee dat is [[Gijs|PERSON|Gijs]] zijn privénummer. Gebruik {0800-8002|SWITCH}."],
        ["{11-09-2023|DATE} 09:41", "[[Anouschka Tielemans|PERSON]]", "{minister Harbers|PUBLIC} komt {14 september|DATE} kijken. Persvoorlichting via {pers@rws.nl|MAILBOX}."],
        ["{11-09-2023|DATE} 09:44", "[[Sjoerd van der Linden|PERSON]]", "Top. Aannemer {BAM Infra|ORG} levert de {hydraulic jacks|TERM} morgen."],
        ["{11-09-2023|DATE} 12:30", "[[Gijs Oosterhuis|PERSON|Oosterhuis]]", "Klein detail: mijn mail is [[gijs.oosterhuis@rws.nl|EMAIL]], niet [[gijs.oosterhuis@minienw.nl|EMAIL]]"],
        ["{11-09-2023|DATE} 12:31", "[[Anouschka Tielemans|PERSON]]", "👍 genoteerd. [[Anouschka|PERSON|Anouschka]] hier, ik bel vanaf [[+31 6 5072 9186|PHONE]] vanmiddag."],
    ], [1.6, 2.4, 6]),
    ("p", "Deelnemers: [[Wouter Meijer|PERSON]], [[Sjoerd van der Linden|PERSON]], [[Gijs Oosterhuis|PERSON]], [[Anouschka Tielemans|PERSON]]. Projectnummer {RWS-PPO-2023-0441|CASE}."),
], "Teams export Brienenoord")

# jus09 reportlab: RWS projectnotitie Afsluitdijk with contact table
doc([
    ("title", "Projectnotitie {Afsluitdijk|PLACE} - stand van zaken spuisluizen"),
    ("kv", [("Opgesteld door:", "[[ing. R.H. (Rianne) de Groot|PERSON|R.H. (Rianne) de Groot;Rianne;de Groot]]"), ("Datum:", "{3 oktober 2023|DATE}"),
            ("Status:", "concept, ter bespreking in het {MT|ACR} {RWS Midden-Nederland|ORG}")]),
    ("p", "Het project {De Nieuwe Afsluitdijk|PROG} ligt op schema. {Minister Harbers|PUBLIC} heeft de Tweede Kamer op {27 september 2023|DATE} geïnformeerd. "
          "De spuisluizen bij {Kornwerderzand|PLACE} worden in de winter van 2024 getest; [[De Groot|PERSON|De Groot]] coördineert dit met het {Wetterskip Fryslân|ORG}. "
          "De aannemerscombinatie {Levvel|ORG} heeft een claim ingediend van {EUR 4,2 miljoen|AMOUNT}."),
    ("p", "Risico's: beschikbaarheid van {pompen|TERM} en de {Waterwet|LAW}-vergunning. Omwonenden in {Den Oever|PLACE} klagen over geluid; een bewoner, de heer [[Y. Hiemstra|PERSON|Y. Hiemstra]] "
          "([[Havenweg 7|ADDRESS]], [[1779 AJ|ADDRESS]] <<Den Oever>>), heeft een handhavingsverzoek ingediend."),
    ("h", "Contacten"),
    ("table", ["Rol", "Naam", "E-mail", "Telefoon"], [
        ["{projectmanager|FUNC}", "[[Rianne de Groot|PERSON]]", "[[rianne.de.groot@rws.nl|EMAIL]]", "[[06-1234 5817|PHONE]]"],
        ["{omgevingsmanager|FUNC}", "[[Auke Winter|PERSON|Auke]]", "[[auke.winter@rws.nl|EMAIL]]", "[[+31 6 4188 0273|PHONE]]"],
        ["{contractmanager|FUNC}", "[[Sander Bakker|PERSON|Sander Bakker]]", "[[s.bakker@rws.nl|EMAIL]]", "[[0031 6 39 90 12 77|PHONE]]"],
        ["{servicedesk|FUNC}", "-", "{afsluitdijk@rws.nl|MAILBOX}", "{0800-8002|SWITCH}"],
    ], [2.8, 2.4, 3.6, 2.6]),
    ("p", "Nb. de omgevingsmanager heet [[Winter|PERSON]]; in de winter is hij beperkt bereikbaar. De heer [[Winter|PERSON|Winter]] verwijst dan naar [[Sander|PERSON|Sander]]."),
], "Projectnotitie Afsluitdijk")

# jus10 fpdf2: ProRail project note with residents' complaints
doc([
    ("title", "ProRail - notitie overweg {Wierden|PLACE} (OW-{1187|CASE})"),
    ("p", "Aan: {stuurgroep PHS Twente|ORG}\nVan: [[Maarten Scholten|PERSON]], {omgevingsmanager|FUNC} {ProRail|ORG}\nDatum: {18 april 2023|DATE}"),
    ("p", "In het kader van het {Programma Hoogfrequent Spoorvervoer|PROG} wordt de overweg aan de {Rijssensestraat|PLACE} vervangen door een onderdoorgang. "
          "Tijdens de informatieavond op {11 april 2023|DATE} zijn de volgende reacties van omwonenden binnengekomen:"),
    ("table", ["Nr", "Indiener", "Adres", "Reactie"], [
        ["1", "[[fam. Nijhuis|PERSON|Nijhuis]]", "[[Rijssensestraat 44|ADDRESS]], [[7642 NE|ADDRESS]] <<Wierden>>", "Vreest trillingsschade aan woning"],
        ["2", "[[Gerda ter Horst|PERSON|ter Horst;Gerda]]", "[[Stationsstraat 3|ADDRESS]], [[7641 AA|ADDRESS]] <<Wierden>>", "Vraagt om geluidsscherm"],
        ["3", "[[Hüseyin Çelik|PERSON|Çelik;Hüseyin]]", "[[Enterweg 121|ADDRESS]], [[7643 PJ|ADDRESS]] <<Wierden>>", "Bezwaar tegen kap van bomen"],
        ["4", "{Dorpsraad Wierden|ORG}", "{Postbus 43|GOVADDR}, {Wierden|PLACE}", "Steunt het plan"],
    ], [0.5, 2.5, 4, 4]),
    ("p", "Mevrouw [[ter Horst|PERSON]] heeft na afloop ook gebeld met [[Maarten|PERSON|Maarten]] ([[06 5513 2987|PHONE]]). De heer [[Çelik|PERSON]] wil een gesprek met de "
          "{gemeente Wierden|ORG} en heeft ook {Kamerlid Omtzigt|PUBLIC} gemaild."),
    ("p", "Vervolg: de {Tracéwet|LAW}-procedure start in {2024|DATE}. Bewonerscontact via {omgeving@prorail.nl|MAILBOX} of {0800-7767245|SWITCH}.\n"
          "Opgesteld door [[M. Scholten|PERSON|M. Scholten]] / [[MSch|INITIALS]]"),
], "Overweg Wierden")

# jus11 libreoffice: omgevingsvergunning
doc([
    ("p", "{Gemeente Zwolle|ORG}\nAfdeling Vergunningen, Toezicht en Handhaving\n{Postbus 10007|GOVADDR}\n{8000 GA|GOVADDR} {Zwolle|PLACE}"),
    ("p", "[[Dhr. en mevr. Van Wijk|PERSON|Van Wijk]]\n[[Koningin Wilhelminastraat 38|ADDRESS|Koningin Wilhelminastraat 38]]\n[[8011 SE|ADDRESS]] <<Zwolle>>"),
    ("kv", [("Datum:", "{5 juni 2023|DATE}"), ("Zaaknummer:", "{OLO 7719302|CASE}"), ("Behandeld door:", "[[Femke Lubbers|PERSON]]"), ("Telefoon:", "{14 038|SWITCH}"),
            ("Onderwerp:", "Besluit {omgevingsvergunning|TERM} dakkapel")]),
    ("p", "Geachte heer en mevrouw [[Van Wijk|PERSON]],\n\nOp {2 mei 2023|DATE} hebben wij uw aanvraag ontvangen voor het plaatsen van een dakkapel op de woning aan de "
          "[[Koningin Wilhelminastraat 38|ADDRESS]]. Wij verlenen de vergunning op grond van de {Wet algemene bepalingen omgevingsrecht|LAW}. De {Omgevingswet|LAW}, "
          "waarover {minister De Jonge|PUBLIC} de Kamer informeerde, is op deze aanvraag nog niet van toepassing."),
    ("p", "De buurman, de heer [[P.J. Koning|PERSON|P.J. Koning]] ([[Koningin Wilhelminastraat 40|ADDRESS]]), heeft een zienswijze ingediend. Zijn gemachtigde, "
          "[[mr. Bastiaan van Rooij|PERSON|van Rooij;Bastiaan]] ([[b.vanrooij@vanrooij-advocatuur.nl|EMAIL]]), stelt dat de dakkapel het uitzicht op de {Sassenpoort|PLACE} "
          "belemmert. Wij volgen dit niet: de welstandscommissie {Het Oversticht|ORG} adviseerde positief."),
    ("p", "Leges: {EUR 412,50|AMOUNT}, af te schrijven van [[@IBAN:TRIO:11@|IBAN]]. Bezwaar kan binnen zes weken bij het {college van burgemeester en wethouders|ORG}.\n\nMet vriendelijke groet,\n"
          "namens het college,\n\n[[F. Lubbers|PERSON|F. Lubbers]]\n{vergunningverlener|FUNC}"),
], "Omgevingsvergunning")

# jus12 chromium: Defensie memo with attendance list
doc([
    ("title", "Memo {Ministerie van Defensie|ORG} - voorbereiding werkbezoek {Den Helder|PLACE}"),
    ("kv", [("Aan:", "{minister Ollongren|PUBLIC}, {staatssecretaris Van der Maat|PUBLIC}"), ("Van:", "[[KLTZ M.C. van Dijk|PERSON|M.C. van Dijk]], {Directie Operaties|ORG}"),
            ("Datum:", "{2 november 2023|DATE}"), ("Rubricering:", "{Departementaal Vertrouwelijk|TERM}")]),
    ("p", "De minister bezoekt op {9 november 2023|DATE} de {Nieuwe Haven|PLACE} in {Den Helder|PLACE}. Het programma wordt begeleid door de {Koninklijke Marine|ORG}. "
          "Aanwezig zijn o.a. {Commandant Zeestrijdkrachten|FUNC} en {burgemeester Wiersma|PUBLIC} van {Den Helder|PLACE}. De {Marechaussee|ORG} verzorgt de beveiliging."),
    ("h", "Deelnemerslijst"),
    ("table", ["Naam", "Rang/functie", "Eenheid", "Mobiel"], [
        ["[[Marco van Dijk|PERSON|Marco]]", "{kapitein-luitenant ter zee|FUNC}", "{DOPS|ACR}", "[[06-29840016|PHONE]]"],
        ["[[Jolanda Brinkman-'s Gravendeel|PERSON|Brinkman-'s Gravendeel;Jolanda]]", "{majoor|FUNC}", "{KMar|ACR}", "[[06 1830 6652|PHONE]]"],
        ["[[Youssef Amrani|PERSON]]", "{sergeant-majoor|FUNC}", "{Korps Mariniers|ORG}", "[[+31 6 4617 3390|PHONE]]"],
        ["[[Wilma 't Hart|PERSON|'t Hart;Wilma]]", "{communicatieadviseur|FUNC}", "{DCO|ACR}", "{070 - 318 81 88|SWITCH} (persdienst)"],
    ], [3.4, 3, 2, 2.6]),
    ("p", "Aanspreekpunt op de dag: [[Marco|PERSON]] via [[m.c.vandijk@mindef.nl|EMAIL]]. De persdienst is bereikbaar op {persvoorlichting@mindef.nl|MAILBOX}. "
          "Het kenteken van de dienstauto ([[94-BRL-6|PLATE]]) is doorgegeven aan de poort. Bijlage: {Defensienota 2022|PROG}."),
], "Memo werkbezoek")

# jus13 reportlab: Toeslagen letter; staatssecretaris De Vries vs civil servant J.P. de Vries
doc([
    ("cols", [
        ("small", "{Dienst Toeslagen|ORG}\n{Uitvoeringsorganisatie Herstel Toeslagen|ORG}\n{Postbus 2260|GOVADDR}\n{6401 DG|GOVADDR} {Heerlen|PLACE}"),
        ("small", "Contact\n{BelastingTelefoon|ORG} {0800-0543|SWITCH}\nHersteltelefoon {0800-2358357|SWITCH}"),
    ], [
        ("p", "[[Mevrouw S. Boukhari|PERSON|S. Boukhari]]\n[[Pieter Calandlaan 902|ADDRESS]]\n[[1069 KR|ADDRESS]] <<Amsterdam>>"),
        ("kv", [("Datum", "{28 juli 2023|DATE}"), ("Burgerservicenummer", "[[@BSN:13@|BSN]]"), ("Ons kenmerk", "{UHT-2023-554120|CASE}")]),
    ]),
    ("p", "Geachte mevrouw [[Boukhari|PERSON]],\n\nU heeft zich gemeld als gedupeerde ouder in de {kinderopvangtoeslag|TERM}-affaire.\n{Staatssecretaris De Vries|PUBLIC} heeft de "
          "Tweede Kamer beloofd dat alle ouders vóór {1 januari 2024|DATE} een integrale beoordeling krijgen. Wij hebben uw situatie beoordeeld en kennen u een compensatie toe "
          "van {EUR 30.000|AMOUNT} op grond van de {Wet hersteloperatie toeslagen|LAW}."),
    ("p", "Wij maken het bedrag over naar rekeningnummer [[@IBAN:INGB:13@|IBAN]] ten name van [[S. Boukhari|PERSON]]. Uw ex-partner, de heer [[Rachid el Idrissi|PERSON|el Idrissi;Rachid]] "
          "(BSN [[@BSNS:14@|BSN]]), ontvangt een aparte brief. Het eerder door u opgegeven nummer [[@IBANX:INGB:12@|IBAN]] klopte niet."),
    ("p", "Uw persoonlijk zaakbehandelaar is [[J.P. de Vries|PERSON|J.P. de Vries]]. U kunt hem bereiken op [[06-1185 4030|PHONE]] of [[jp.de.vries@toeslagen.nl|EMAIL]]. "
          "Let op: de heer [[De Vries|PERSON|heer De Vries]] is geen familie van de staatssecretaris."),
    ("p", "Met vriendelijke groet,\n\n[[Jan-Peter de Vries|PERSON|Jan-Peter]]\n{persoonlijk zaakbehandelaar|FUNC}"),
], "Brief herstel toeslagen")

# jus14 fpdf2: Landsadvocaat letter
doc([
    ("p", "{Pels Rijcken|ORG}\n{Landsadvocaat|FUNC}\n{Zuid-Hollandlaan 7|GOVADDR}\n{2596 AL|GOVADDR} {Den Haag|PLACE}"),
    ("p", "Aan: {Ministerie van Justitie en Veiligheid|ORG}\nt.a.v. [[mevrouw mr. drs. C.E. Vermeulen-Terlouw|PERSON|Vermeulen-Terlouw]], {Directie Wetgeving en Juridische Zaken|ORG}\n"
          "Per e-mail: [[c.e.vermeulen-terlouw@minjenv.nl|EMAIL]]"),
    ("kv", [("Datum:", "{19 september 2023|DATE}"), ("Onze referentie:", "{PR/4007815|CASE}"), ("Behandeld door:", "[[mr. Friso Hazelhoff|PERSON|Hazelhoff;Friso]]"),
            ("Direct:", "[[+31 70 515 3729|PHONE]]"), ("Zaak:", "{Staat/Stichting Privacy First|CASE} - hoger beroep")]),
    ("p", "Geachte mevrouw [[Vermeulen-Terlouw|PERSON]],\n\nIn vervolg op ons overleg van {14 september 2023|DATE} met uw collega's [[Joost|PERSON|Joost]] en [[Martine Oudshoorn|PERSON|Oudshoorn;Martine]] "
          "bericht ik u als volgt over het hoger beroep bij het {Gerechtshof Den Haag|ORG}."),
    ("p", "De advocaat van de wederpartij, [[mr. Willemijn Kok|PERSON|Kok;Willemijn]] ({Bureau Brandeis|ORG}), heeft aangekondigd dat zij een verklaring van {Kamerlid Omtzigt|PUBLIC} "
          "wil inbrengen. Dat lijkt ons niet relevant voor de uitleg van de {Wet politiegegevens|LAW}. Het standpunt van {minister Yeşilgöz|PUBLIC} is in de memorie van antwoord "
          "verwerkt. Wij adviseren de conceptmemorie vóór {2 oktober 2023|DATE} te laten accorderen door de {directeur-generaal|FUNC}."),
    ("p", "Mijn secretaresse [[Lieke Bouwman|PERSON]] ([[070 - 515 3100|PHONE]]) plant een vervolgoverleg. Voor stukken kunt u ook {secretariaat.staatsrecht@pelsrijcken.nl|MAILBOX} gebruiken.\n\n"
          "Met vriendelijke groet,\n[[F.W. Hazelhoff|PERSON|F.W. Hazelhoff]]\n{advocaat|FUNC}"),
], "Brief Landsadvocaat")

# jus15 libreoffice: Kamerbrief draft with paraph route; Bas van 't Wout as invented civil servant
doc([
    ("title", "CONCEPT - Kamerbrief over de capaciteit van het gevangeniswezen"),
    ("small", "Versie 0.4 - {Directie Sanctietoepassing en Jeugd|ORG} - kenmerk {4832107|CASE}"),
    ("p", "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n{Postbus 20018|GOVADDR}\n{2500 EA|GOVADDR} {Den Haag|PLACE}"),
    ("p", "In deze brief informeer ik uw Kamer, mede namens de {minister van Justitie en Veiligheid|FUNC}, over het capaciteitstekort bij de {Dienst Justitiële Inrichtingen|ORG}. "
          "Tijdens het commissiedebat van {4 juli 2023|DATE} heeft {Kamerlid Van Nispen|PUBLIC} (SP) gevraagd naar de stand van de {Masterplan DJI|PROG}-locaties. "
          "Ook {het lid Ellian|PUBLIC} (VVD) vroeg naar noodcapaciteit in {Almelo|PLACE} en {Zutphen|PLACE}."),
    ("p", "De minister voor Rechtsbescherming,\n\n{F.M. Weerwind|PUBLIC}"),
    ("p", "Namens deze,\n[[Bas van 't Wout|PERSON|Bas van 't Wout;Van 't Wout]]\n{beleidsmedewerker|FUNC} {DSJ|ACR}"),
    ("break",),
    ("h", "Paraafroute (niet meesturen)"),
    ("table", ["Paraaf", "Naam", "Functie", "Datum", "Opmerking"], [
        ["[[BvtW|INITIALS]]", "[[Bas van 't Wout|PERSON]]", "{beleidsmedewerker|FUNC}", "{11-07-2023|DATE}", "eerste opzet"],
        ["[[JdV|INITIALS]]", "[[Josien de Vos|PERSON|de Vos;Josien]]", "{senior beleidsmedewerker|FUNC}", "{12-07-2023|DATE}", "akkoord"],
        ["[[AvdW|INITIALS]]", "[[Arno van de Weerd|PERSON|van de Weerd;Arno]]", "{afdelingshoofd|FUNC}", "{13-07-2023|DATE}", "tekst {Vught|PLACE} aanpassen"],
        ["[[MvB|INITIALS]]", "[[Mirjam van Bakel|PERSON|van Bakel;Mirjam]]", "{directeur DSJ|FUNC}", "{14-07-2023|DATE}", ""],
    ], [1.2, 3, 3, 1.6, 2.6]),
    ("p", "Vragen over deze concepttekst: [[Van 't Wout|PERSON]], [[bas.vantwout@minjenv.nl|EMAIL]], [[06 - 21 93 77 40|PHONE]]. NB: dit is niet de oud-minister; [[JdV|INITIALS]] "
          "vraagt om afstemming met {DJI|ACR} Hoofdkantoor ({info@dji.minjus.nl|MAILBOX})."),
], "Concept Kamerbrief capaciteit DJI")

# jus16 chromium: WhatsApp export police officers
doc([
    ("title", "WhatsApp-export groep 'Wijkteam Noord'"),
    ("small", "Bron: telefoon van [[Rick Hendriks|PERSON]], {Politie Eenheid Amsterdam|ORG}, export {20-06-2023|DATE}. Opgenomen in dossier {PL1300-2023183664|CASE}."),
    ("pre", "[{19-06-23|DATE}, 21:14:05] [[Rick Hendriks|PERSON]]: Melding overlast [[Javaplein 18|ADDRESS]], zelfde adres als vorige week\n"
            "[{19-06-23|DATE}, 21:15:40] [[Soufiane|PERSON|Soufiane]]: Ik rij erheen, bewoner is [[Marcel Dekker|PERSON|Marcel;Dekker]] geb. [[02-05-1979|DOB]]\n"
            "[{19-06-23|DATE}, 21:16:02] [[Rick Hendriks|PERSON]]: Zijn vriendin [[Nikki|PERSON|Nikki]] belde vanaf [[06-47 22 81 09|PHONE]]\n"
            "[{19-06-23|DATE}, 21:31:47] [[Soufiane|PERSON]]: Auto staat voor de deur, [[L-882-ZT|PLATE]], op naam van zijn broer\n"
            "[{19-06-23|DATE}, 21:33:12] [[Lisa Bruin|PERSON]]: 👮 ik sluit aan. {Burgemeester Halsema|PUBLIC} wil morgen een update ivm de {Damstraat|PLACE}-aanpak\n"
            "[{19-06-23|DATE}, 21:40:30] [[+31 6 8027 4411|PHONE]]: Dit is [[Fleur|PERSON|Fleur]] van {Veilig Thuis|ORG}, iemand gaf me dit nummer. Kunnen jullie {0800-2000|SWITCH} laten terugbellen?\n"
            "[{19-06-23|DATE}, 22:02:18] [[Lisa Bruin|PERSON]]: Afgehandeld. Proces-verbaal volgt, {OvJ|ACR} ingelicht via {piketlijn|TERM}"),
    ("p", "Toelichting: [[Soufiane el Hadouchi|PERSON|el Hadouchi]] en [[Lisa Bruin|PERSON]] zijn {wijkagent|FUNC} in {Amsterdam-Oost|PLACE}. Het nummer [[06-47 22 81 09|PHONE]] hoort bij "
          "[[Nikki Broekhuis|PERSON|Broekhuis]], [[Javaplein 18|ADDRESS]], [[1094 HX|ADDRESS]] <<Amsterdam>>."),
], "WhatsApp export")

# jus17 reportlab: minutes with action list, COA/IND/gemeenten
doc([
    ("title", "Verslag regionaal overleg asielopvang {Gelderland|PLACE}"),
    ("kv", [("Datum:", "{12 januari 2024|DATE}, {Arnhem|PLACE} ({provinciehuis|TERM})"), ("Voorzitter:", "[[Hendrik-Jan Bosman|PERSON|Bosman;Hendrik-Jan]] ({provincie Gelderland|ORG})"),
            ("Notulist:", "[[Esra Yılmaz|PERSON|Yılmaz;Esra]]"),
            ("Aanwezig:", "[[Gert Wolters|PERSON]] ({COA|ACR}), [[Ilse Kramer|PERSON]] ({IND|ACR}), [[Peter van Os|PERSON|van Os;Peter]] ({gemeente Apeldoorn|ORG}), "
                          "[[Marleen Bakker|PERSON|Marleen]] ({gemeente Ede|ORG}), [[Tom Visser|PERSON|Tom]] ({Veiligheidsregio Gelderland-Midden|ORG})"),
            ("Afwezig:", "[[Annelies Groen|PERSON]] (met bericht)")]),
    ("h", "1. Opening en mededelingen"),
    ("p", "De voorzitter opent om 10.00 uur. {Staatssecretaris Van der Burg|PUBLIC} heeft op {8 januari|DATE} laten weten dat de {Spreidingswet|LAW} per {1 februari 2024|DATE} in werking treedt. "
          "[[Wolters|PERSON]] meldt dat de locatie {Zoutkamp|PLACE} niet doorgaat; {Ter Apel|PLACE} zit boven de 2.000 bewoners."),
    ("h", "2. Opvang {Apeldoorn|PLACE} en {Ede|PLACE}"),
    ("p", "[[Van Os|PERSON|Van Os]] vraagt of de {Koning Willem III Kazerne|PLACE} beschikbaar komt. Mevrouw [[Bakker|PERSON|Bakker]] deelt mee dat {burgemeester Verhulst|PUBLIC} van {Ede|PLACE} "
          "hierover met {Defensie|ORG} spreekt. De heer [[Visser|PERSON|Visser]] wijst op de brandveiligheid; de {Visserstraat|PLACE} is als calamiteitenroute ongeschikt."),
    ("break",),
    ("h", "3. Actiepunten"),
    ("table", ["Nr", "Actie", "Wie", "Wanneer"], [
        ["24-01", "Capaciteitsoverzicht naar {COA|ACR} sturen", "[[Peter|PERSON|Peter]]", "{26 januari|DATE}"],
        ["24-02", "Brandweeradvies kazerne opvragen", "[[Tom|PERSON]]", "{2 februari|DATE}"],
        ["24-03", "Contact leggen met {DJI|ACR} over leegstaand pand {Arnhem|PLACE}", "[[Ilse|PERSON|Ilse]] / [[IKr|INITIALS]]", "{9 februari|DATE}"],
        ["24-04", "Verslag rondsturen; reacties naar [[e.yilmaz@gelderland.nl|EMAIL]]", "[[Esra|PERSON]]", "{15 januari|DATE}"],
    ], [0.8, 5, 2, 1.6]),
    ("p", "Volgende vergadering: {9 februari 2024|DATE}. Secretariaat: {post@gelderland.nl|MAILBOX}, {026 - 359 91 11|SWITCH}."),
], "Verslag regionaal overleg")

# jus18 fpdf2: attendance list (presentielijst) with one-word-per-line cells
doc([
    ("title", "Presentielijst expertsessie '{Ondermijning in de haven|PROG}'"),
    ("p", "{Rotterdam|PLACE}, {World Port Center|PLACE}, {16 mei 2023|DATE}. Georganiseerd door het {RIEC Rotterdam|ORG} en het {Openbaar Ministerie|ORG}. "
          "Opening door {burgemeester Aboutaleb|PUBLIC}; de {Douane|ORG} en de {Zeehavenpolitie|ORG} verzorgen een presentatie."),
    ("table", ["Naam", "Organisatie", "E-mail", "Handtekening"], [
        ["[[Bart\nvan\nden\nBerg|PERSON|Bart van den Berg;van den Berg]]", "{Douane|ORG}", "[[bart.vandenberg@douane.nl|EMAIL]]", "[[B. van den Berg|PERSON|B. van den Berg]]"],
        ["[[Sophie\nLambrechts|PERSON|Sophie Lambrechts;Lambrechts]]", "{Havenbedrijf Rotterdam|ORG}", "[[s.lambrechts@portofrotterdam.com|EMAIL]]", "[[S.L.|INITIALS]]"],
        ["[[Kevin\nde\nGroot|PERSON|Kevin de Groot;Kevin]]", "{Politie Eenheid Rotterdam|ORG}", "[[kevin.de.groot@politie.nl|EMAIL]]", "[[KdG|INITIALS]]"],
        ["[[Ayşe\nDemir|PERSON|Ayşe Demir;Demir]]", "{FIOD|ACR}", "[[a.demir@fiod.nl|EMAIL]]", "[[A. Demir|PERSON|A. Demir]]"],
        ["[[Hans\nKoning|PERSON|Hans Koning;Hans;Koning]]", "{gemeente Rotterdam|ORG}", "[[h.koning@rotterdam.nl|EMAIL]]", "[[HK|INITIALS]]"],
        ["[[Inge\nAarts-\nvan Beek|PERSON|Aarts-van Beek;Inge]]", "{Openbaar Ministerie|ORG}", "[[inge.aarts@om.nl|EMAIL]]", "[[IA|INITIALS]]"],
    ], [3, 3, 4.5, 2]),
    ("p", "Na afloop: vragen over de sessie aan {riec.rotterdam@politie.nl|MAILBOX}. {Koning Willem-Alexander|PUBLIC} bezocht de haven op {20 april 2023|DATE}; dat bezoek staat los van deze sessie."),
], "Presentielijst")

# jus19 libreoffice: contact table, one word per line, address column
doc([
    ("title", "Contactlijst crisisteam {Justitiële Jeugdinrichting Den Hey-Acker|ORG}"),
    ("p", "Vertrouwelijk - alleen voor intern gebruik. Versie {1 maart 2023|DATE}. Beheer: {Bureau Veiligheid DJI|ORG}. Bij calamiteiten eerst {112|SWITCH}, daarna de {meldkamer DJI|ORG} {088 - 071 55 55|SWITCH}."),
    ("table", ["Naam", "Functie", "Thuisadres", "Mobiel"], [
        ["[[Ruben\nDe\nWinter|PERSON|Ruben De Winter;Ruben]]", "{vestigings-\ndirecteur|FUNC}", "[[Ginnekenweg\n212|ADDRESS|Ginnekenweg 212]]\n[[4835 NH|ADDRESS]]\n<<Breda>>", "[[06-2043\n1187|PHONE|06-2043 1187]]"],
        ["[[Mariska\nvan\n't\nLand|PERSON|Mariska van 't Land;van 't Land]]", "{hoofd\nbeveiliging|FUNC}", "[[Oude\nVest\n9|ADDRESS|Oude Vest 9]]\n[[4811 HT|ADDRESS]]\n<<Breda>>", "[[06\n5170\n2248|PHONE|06 5170 2248]]"],
        ["[[Jeroen\nvan\nZwolle|PERSON|Jeroen van Zwolle;van Zwolle]]", "{teamleider|FUNC}", "[[Rijsbergseweg\n56|ADDRESS|Rijsbergseweg 56]]\n[[4837 AE|ADDRESS]]\n<<Breda>>", "[[+31\n6\n3309\n4415|PHONE|+31 6 3309 4415]]"],
        ["[[Noor\nEl\nKhattabi|PERSON|Noor El Khattabi;El Khattabi]]", "{gedrags-\ndeskundige|FUNC}", "[[Julianastraat\n3a|ADDRESS|Julianastraat 3a]]\n[[5061 GN|ADDRESS]]\n<<Oisterwijk>>", "[[013 - 521\n44 80|PHONE|013 - 521 44 80]]"],
    ], [3, 2.6, 3.4, 2.4]),
    ("p", "Woordvoering loopt altijd via de {persvoorlichter DJI|FUNC} ({pers@dji.minjus.nl|MAILBOX}). Na een incident informeert de {vestigingsdirecteur|FUNC} de {Inspectie JenV|ORG}."),
], "Contactlijst crisisteam")

# jus20 chromium: CVs in an appointment dossier
doc([
    ("title", "Benoemingsdossier {raadsheer-plaatsvervanger|FUNC} - {Gerechtshof Arnhem-Leeuwarden|ORG}"),
    ("p", "Vacature {2023-GHAL-17|CASE}. Voordracht door de selectiecommissie aan de {Raad voor de rechtspraak|ORG}. Benoeming bij {Koninklijk Besluit|LAW} op voordracht van {minister Weerwind|PUBLIC}."),
    ("h", "Kandidaat 1"),
    ("kv", [("Naam:", "[[mr. Charlotte Elisabeth van Houten|PERSON|van Houten;Charlotte Elisabeth]]"), ("Geboren:", "[[9 februari 1976|DOB]] te {Leeuwarden|PLACE}"),
            ("Adres:", "[[Prinsengracht 602|ADDRESS]], [[1017 KS|ADDRESS]] <<Amsterdam>>"), ("Telefoon:", "[[06 - 40 18 77 32|PHONE]]"), ("E-mail:", "[[charlotte.vanhouten@xs4all.nl|EMAIL]]")]),
    ("table", ["Periode", "Functie", "Werkgever"], [
        ["{2015|DATE} - heden", "{rechter|FUNC}", "{Rechtbank Noord-Holland|ORG}"],
        ["{2008|DATE} - {2015|DATE}", "{advocaat|FUNC}", "{De Brauw Blackstone Westbroek|ORG}"],
        ["{2001|DATE} - {2008|DATE}", "{juridisch medewerker|FUNC}", "{Raad van State|ORG}"],
    ], [2, 3, 4]),
    ("p", "Referent: [[prof. mr. Hugo Nieuwenhuis|PERSON|Nieuwenhuis;Hugo]], {Universiteit Leiden|ORG}. Nevenfunctie: voorzitter {Stichting Rechtshulp Friesland|ORG}."),
    ("break",),
    ("h", "Kandidaat 2"),
    ("kv", [("Naam:", "[[mr. dr. Julien Étienne Moreau-Bakker|PERSON|Moreau-Bakker;Julien Étienne]]"), ("Geboren:", "[[23-06-1981|DOB]] te {Groningen|PLACE}"),
            ("Adres:", "[[Herestraat 77-II|ADDRESS|Herestraat 77-II]], [[9711 LE|ADDRESS]] <<Groningen>>"), ("Telefoon:", "[[+31 (0)6 2884 1905|PHONE]]"), ("E-mail:", "[[j.moreau.bakker@rug.nl|EMAIL]]")]),
    ("p", "Loopbaan: {universitair hoofddocent strafrecht|FUNC} bij de {Rijksuniversiteit Groningen|ORG} ({2012|DATE}-heden), {officier van justitie|FUNC} {Arrondissementsparket Noord-Nederland|ORG}. "
          "Promoveerde op de {Wet forensische zorg|LAW}. Referent: [[mr. A.M. Bakker|PERSON|A.M. Bakker]] (geen familie)."),
    ("p", "Secretaris selectiecommissie: [[Ingrid Lammers|PERSON]], [[i.lammers@rechtspraak.nl|EMAIL]]. Algemeen: {selectie@rechtspraak.nl|MAILBOX}."),
], "Benoemingsdossier")

# jus21 reportlab: police incident log with licence plates
doc([
    ("title", "Mutatieoverzicht {Basisteam Rotterdam-Zuid|ORG} - nacht {14/15 oktober 2023|DATE}"),
    ("table", ["Tijd", "Incident", "Betrokkene", "Voertuig", "Agent"], [
        ["23:12", "Aanrijding {Dordtselaan|PLACE}", "[[Kübra Yıldız|PERSON|Yıldız;Kübra]] ([[11-09-1995|DOB]])", "[[G-374-NB|PLATE]]", "[[brigadier M. Groenewegen|PERSON|M. Groenewegen]]"],
        ["00:48", "Rijden onder invloed, {A15|PLACE}", "[[Dennis van Wijk|PERSON|Dennis]]", "[[KP-601-X|PLATE]] ([[XK-60-DF|PLATE]] gestolen plaat)", "[[hoofdagent S. Brand|PERSON|S. Brand]]"],
        ["02:20", "Inbraak {Zuidplein|PLACE}", "aangever [[Ton de Bruijn-Oosterhof|PERSON|de Bruijn-Oosterhof]]", "-", "[[M. Groenewegen|PERSON]]"],
        ["03:55", "Verdachte situatie haven", "onbekend", "[[58-NRT-1|PLATE]]", "[[agent L. Verbeek|PERSON|L. Verbeek]]"],
        ["05:30", "Overdracht aan {Zeehavenpolitie|ORG}", "-", "[[8-ZKB-07|PLATE]]", "[[S. Brand|PERSON]]"],
    ], [1, 3, 3.6, 2.6, 2.8]),
    ("p", "Het voertuig [[KP-601-X|PLATE]] staat op naam van [[DENNIS VAN WIJK|PERSON|DENNIS VAN WIJK]] (zo in {RDW|ACR}-register), BSN [[@BSN:21@|BSN]], wonende [[Slinge 904|ADDRESS]], [[3085 EX|ADDRESS]] <<Rotterdam>>. "
          "De {officier van dienst|FUNC} is geïnformeerd; {OM|ACR} parketnummer {10/289447-23|CASE}. Bij de aanrijding was ook een bus van de {RET|ACR} betrokken (lijnnummer {70|CASE})."),
    ("p", "Afschrift aan {Regionaal Informatie Knooppunt|ORG}. Mutaties opgemaakt in {BVH|ACR} door [[Marjolein Groenewegen|PERSON|Marjolein]], [[010 - 275 18 40|PHONE]] (direct)."),
], "Mutatieoverzicht")

# jus22 fpdf2: IND letter to asylum seeker
doc([
    ("p", "{Immigratie- en Naturalisatiedienst|ORG}\n{Directie Asiel en Bescherming|ORG}\n{Postbus 5|GOVADDR}\n{9560 AA|GOVADDR} {Ter Apel|PLACE}"),
    ("p", "DE HEER [[ABDIRAHMAN WARSAME HASSAN|PERSON|ABDIRAHMAN WARSAME HASSAN]]\n<<COA-locatie Budel-Cranendonck>>\n<<Maarheezerweg Zuid 2>>\n<<6021 PZ Budel>>"),
    ("kv", [("Datum:", "{13 november 2023|DATE}"), ("Zaaknummer:", "{IND-2311-48802|CASE}"), ("Geboortedatum:", "[[1 januari 1998|DOB]]"), ("Nationaliteit:", "{Somalische|TERM}")]),
    ("p", "Geachte heer [[Warsame Hassan|PERSON|Warsame Hassan]],\n\nU heeft op {30 augustus 2023|DATE} een asielaanvraag ingediend. Uw gehoor vond plaats op {6 november 2023|DATE} in aanwezigheid van "
          "uw advocaat, [[mr. Eline Hoekstra|PERSON|Hoekstra;Eline]] ({Prakken d'Oliveira|ORG}), en tolk [[Mohamed Farah|PERSON|Farah;Mohamed]] (tolknummer T-88127)."),
    ("p", "Uw voornaam [[Abdirahman|PERSON]] is gespeld zoals in uw paspoort. U verklaarde dat uw broer, [[Hussein Warsame|PERSON|Hussein]], in {Utrecht|PLACE} woont op het adres [[Kanaalweg 30 bis|ADDRESS]], [[3526 KM|ADDRESS]] <<Utrecht>>, en dat uw moeder "
          "[[Faadumo Ali|PERSON|Faadumo Ali]] nog in {Mogadishu|PLACE} verblijft. Op grond van artikel {29 Vreemdelingenwet 2000|LAW} bent u in het bezit van een verblijfsvergunning asiel voor bepaalde tijd."),
    ("p", "Heeft u vragen? Bel de {IND|ACR} via {088 043 04 30|SWITCH} of stuur een brief. Uw contactpersoon bij de {IND|ACR} is [[Lisanne Wuyts|PERSON]] ([[+31 6 1099 3862|PHONE]]).\n\n"
          "Hoogachtend,\nde {Staatssecretaris van Justitie en Veiligheid|FUNC},\nnamens deze,\n[[L. Wuyts|PERSON|L. Wuyts]]\n{beslismedewerker|FUNC}"),
], "IND beschikking")

# jus23 libreoffice: English Outlook thread KMar / Frontex
doc([
    ("kv", [("From:", "[[Katarzyna Nowak-Kowalczyk|PERSON|Nowak-Kowalczyk;Katarzyna]] <[[katarzyna.nowak@frontex.europa.eu|EMAIL]]>"), ("Sent:", "{Friday, 24 November 2023|DATE} 16:45"),
            ("To:", "[[Bakker, Joris|PERSON|Bakker, Joris]] ({KMar|ACR})"), ("Cc:", "[[Müller, Jürgen|PERSON|Müller;Jürgen]]; {ops.centre@frontex.europa.eu|MAILBOX}"),
            ("Subject:", "RE: Joint operation {Schiphol|PLACE} - staffing")]),
    ("p", "Dear [[Joris|PERSON]],\n\nThank you for the overview. We can deploy two {document experts|TERM} from {21 December|DATE}. My colleague [[Jürgen|PERSON]] will coordinate the {debriefing|TERM}; "
          "his mobile is [[+49 171 4429 118|PHONE]]. Please confirm that the {Koninklijke Marechaussee|ORG} can provide {badges|TERM} and parking at {Schiphol-Oost|PLACE}.\n\n"
          "Best regards,\n[[Katarzyna|PERSON]]\n{Team Leader Return Operations|FUNC}\n{Frontex|ORG}, {Warsaw|PLACE}"),
    ("break",),
    ("kv", [("From:", "[[Bakker, Joris|PERSON|Bakker]] (KMar)"), ("Sent:", "{Thursday, 23 November 2023|DATE} 10:02"), ("To:", "[[Nowak-Kowalczyk, Katarzyna|PERSON]]"),
            ("Subject:", "Joint operation {Schiphol|PLACE} - staffing")]),
    ("p", "Dear [[Katarzyna|PERSON]],\n\nAttached is the roster. Our {Brigade Schiphol|ORG} will be led by [[lkol. Mirjam Zandvoort|PERSON|Zandvoort;Mirjam]] ([[m.zandvoort@kmar.nl|EMAIL]], [[06-51 09 27 38|PHONE]]). "
          "Note that the State Secretary, {Mr Van der Burg|PUBLIC}, may visit on {22 December|DATE}.\n\nKind regards,\n\n[[Joris Bakker|PERSON|Joris Bakker]]\n{Captain|FUNC}, {Royal Netherlands Marechaussee|ORG}\n"
          "T [[+31 88 957 2214|PHONE]] | general {+31 88 957 0000|SWITCH}"),
], "Joint operation Schiphol")

# jus24 chromium: Woo-verzoek by e-mail with signature address, and reply
doc([
    ("title", "Woo-verzoek per e-mail"),
    ("kv", [("Van:", "[[Roos ten Brink|PERSON|ten Brink;Roos]] <[[roos.tenbrink@gmail.com|EMAIL]]>"), ("Verzonden:", "{zaterdag 7 januari 2023|DATE} 22:15"),
            ("Aan:", "{woo@minjenv.nl|MAILBOX}"), ("Onderwerp:", "Woo-verzoek camerabeelden {Politie|ORG}")]),
    ("p", "Geachte heer/mevrouw,\n\nOp grond van de {Wet open overheid|LAW} vraag ik alle documenten over de inzet van bodycams door de {Politie Eenheid Den Haag|ORG} bij de demonstratie op de "
          "{A12|PLACE} op {28 januari 2023|DATE}. Mijn zoon, [[Thijmen ten Brink|PERSON|Thijmen]] (geboren [[30-03-2005|DOB]]), is daar aangehouden. Volgens {minister Yeşilgöz|PUBLIC} zijn "
          "de beelden bewaard.\n\nMet vriendelijke groet,\n[[Roos ten Brink|PERSON]]\n[[Laan van Meerdervoort 1180|ADDRESS]]\n[[2555 CA|ADDRESS]] <<Den Haag>>\n[[06 1552 0873|PHONE]]"),
    ("kv", [("Van:", "{Woo-team JenV|ORG} <{woo@minjenv.nl|MAILBOX}>"), ("Verzonden:", "{maandag 9 januari 2023|DATE} 10:20"), ("Aan:", "[[roos.tenbrink@gmail.com|EMAIL]]"),
            ("Onderwerp:", "Ontvangstbevestiging {Woo-2023-0031|CASE}")]),
    ("p", "Geachte mevrouw [[Ten Brink|PERSON|Ten Brink]],\n\nWij hebben uw verzoek op {9 januari 2023|DATE} ontvangen. De beslistermijn is vier weken. Uw verzoek wordt behandeld door "
          "[[Daniël Koekkoek|PERSON|Koekkoek;Daniël]] ([[d.koekkoek@minjenv.nl|EMAIL]]), die u kan bereiken op [[070 - 370 44 09|PHONE]].\n\n"
          "Met vriendelijke groet,\n[[Romy Verschoor|PERSON]]\n{Woo-coördinator|FUNC}\n{Ministerie van Justitie en Veiligheid|ORG}\n{Turfmarkt 147|GOVADDR}, {Den Haag|PLACE}"),
], "Woo-verzoek bodycams")

# jus25 reportlab: two-column report of a round table (flowing frames), names wrap naturally
doc([
    ("title", "Verslag rondetafelgesprek {Zorg en Veiligheidshuis Twente|ORG}"),
    ("p", "Op {21 maart 2024|DATE} kwamen in {Enschede|PLACE} partners uit de strafrechtketen bijeen om te spreken over {high impact crimes|TERM} en de aanpak van {mensenhandel|TERM}. "
          "Namens het {Openbaar Ministerie|ORG} sprak [[mr. Maria Theresia Wolthuis-Vlaskamp|PERSON|Wolthuis-Vlaskamp;Maria Theresia]], {officier van justitie|FUNC} in {Almelo|PLACE}. "
          "Zij schetste de samenwerking met de {Reclassering Nederland|ORG} en de {Raad voor de Kinderbescherming|ORG}."),
    ("p", "[[Wolthuis-Vlaskamp|PERSON]] benadrukte dat {burgemeester Bleker|PUBLIC} van {Enschede|PLACE} de {Wet Bibob|LAW} vaker wil inzetten. De wijkagent uit {Hengelo|PLACE}, "
          "[[Bert-Jan Oude Nijhuis|PERSON|Oude Nijhuis;Bert-Jan]], vertelde over een casus aan de [[Lansinkweg 31|ADDRESS]] waar een bewoner, [[Tamara Smit|PERSON]] "
          "(bereikbaar op [[06-33 41 57 20|PHONE]]), slachtoffer werd van uitbuiting."),
    ("p", "Reclasseringswerker [[Jesse Nijenhuis|PERSON]] ([[jesse.nijenhuis@reclassering.nl|EMAIL]]) vroeg aandacht voor nazorg na detentie in {PI Almelo|ORG}. "
          "De gemeente, vertegenwoordigd door [[Hatice Güneş|PERSON|Güneş;Hatice]] ([[hatice.güneş@enschede.nl|EMAIL]]), zegde toe een {casusregisseur|FUNC} aan te stellen. [[Güneş|PERSON]] is te bereiken op "
          "[[053 - 481 26 70|PHONE]]."),
    ("p", "Het {Zorg- en Veiligheidshuis|ORG} stelt een {privacyconvenant|TERM} op. [[Smit|PERSON|Smit]] heeft toestemming gegeven om haar casus te bespreken. De {Inspectie Justitie en Veiligheid|ORG} "
          "wordt geïnformeerd. Volgende bijeenkomst {4 juli 2024|DATE}; aanmelden via {info@zvhtwente.nl|MAILBOX}."),
    ("p", "Verslag: [[Noor Visscher|PERSON]] ([[NV|INITIALS]]). Gezien door [[M.T. Wolthuis|PERSON|M.T. Wolthuis]]."),
], "Rondetafel ZVH", twocol=True)

# jus26 fpdf2: memo with names, addresses and phones broken by hard line ends
doc([
    ("title", "Memo {COA|ACR} - incidenten locatie {Gilze|PLACE}"),
    ("kv", [("Van:", "[[Femke Hogendoorn|PERSON]]"), ("Aan:", "{locatiemanagement|FUNC}; {Regio Zuid|ORG}"), ("Datum:", "{2 oktober 2023|DATE}")]),
    ("p", "In de nacht van {30 september|DATE} belde een buurtbewoner, mevrouw [[Ellen van der\nHeijden-Zomer|PERSON|van der Heijden-Zomer;Ellen]], vanaf haar huis aan de [[Burgemeester\nMoonenlaan 12|ADDRESS|Burgemeester Moonenlaan 12]] "
          "in <<Gilze>> over geluidsoverlast. Zij is bereikbaar op [[06-\n48 20 91 66|PHONE|06- 48 20 91 66]] en wil een gesprek met de {locatiemanager|FUNC}."),
    ("p", "Beveiliger [[Onno\nKrabbendam|PERSON|Krabbendam;Onno]] ({Trigion|ORG}) heeft de politie gebeld. Ter plaatse kwamen [[agent D.\nvan Beek|PERSON|D. van Beek]] en een collega. "
          "Een bewoner van de locatie, [[Tesfay Gebremariam|PERSON|Gebremariam;Tesfay]] (V-nummer bekend bij {COA|ACR}), is naar het {Amphia Ziekenhuis|ORG} in {Breda|PLACE} gebracht."),
    ("p", "Mevrouw [[Van der Heijden-\nZomer|PERSON|Van der Heijden-Zomer]] gaf aan dat ook haar buurman, [[Kees de Bruin|PERSON|Kees de Bruin;de Bruin]] ([[Burgemeester Moonenlaan\n14|ADDRESS|Burgemeester Moonenlaan 14]], [[5126\nBN|ADDRESS|5126 BN]] <<Gilze>>), "
          "klachten heeft. {Staatssecretaris Van der Burg|PUBLIC} is geïnformeerd via de {burgemeestersnotitie|TERM} aan de gemeente {Gilze en Rijen|PLACE}."),
    ("p", "Afspraken: [[Femke|PERSON]] belt de bewoners terug; contactgegevens voor omwonenden: {0800 - 022 33 22|SWITCH} of {buurt.gilze@coa.nl|MAILBOX}.\n"
          "[[F.\nHogendoorn|PERSON|F. Hogendoorn]], {senior woonbegeleider|FUNC}, [[+31 6\n2994 1803|PHONE|+31 6 2994 1803]]"),
], "Memo COA Gilze")

# jus27 libreoffice: Belastingdienst letter to a private person with IBAN (one with typo)
doc([
    ("p", "{Belastingdienst|ORG}\n{Postbus 9048|GOVADDR}\n{7300 GK|GOVADDR} {Apeldoorn|PLACE}"),
    ("p", "De heer [[W.H.M. (Wim) Verstappen|PERSON|W.H.M. (Wim) Verstappen;Verstappen]]\n[[Sint Josephstraat 17|ADDRESS]]\n[[5911 KC|ADDRESS]] <<Venlo>>"),
    ("kv", [("Datum:", "{10 mei 2023|DATE}"), ("Burgerservicenummer:", "[[@BSN:27@|BSN]]"), ("Aanslagnummer:", "{4410.23.567.H.16|CASE}"), ("Onderwerp:", "terugbetaling {inkomstenbelasting 2022|TERM}")]),
    ("p", "Geachte heer [[Verstappen|PERSON]],\n\nU krijgt {EUR 1.873|AMOUNT} terug over {2022|DATE}. U heeft ons gevraagd het bedrag over te maken op rekening [[@IBANX:RABO:27@|IBAN]]. "
          "Dit rekeningnummer is niet geldig (controlegetal). Wij maken het bedrag daarom over op uw bekende rekening [[@IBAN:RABO:28@|IBAN]]."),
    ("p", "Uw echtgenote, mevrouw [[Anja Verstappen-Kessels|PERSON|Verstappen-Kessels;Anja]] (BSN [[@BSN:29@|BSN]], geboren [[3 maart 1964|DOB]]), is uw fiscale partner. "
          "De toeslag van haar moeder, mevrouw [[Kessels|PERSON|Kessels]], wordt betaald op [[@IBAN:SNSB:30@|IBAN]]."),
    ("p", "Heeft u vragen? Bel de {BelastingTelefoon|ORG}: {0800-0543|SWITCH}. Behandelend medewerker: [[Hakan Doğan|PERSON|Doğan;Hakan]], team {Particulieren|ORG} {Limburg|PLACE}, "
          "rechtstreeks [[077 - 320 18 65|PHONE]].\n\nMet vriendelijke groet,\nde inspecteur,\n\n[[H. Doğan|PERSON|H. Doğan]]"),
    ("small", "{Staatssecretaris Van Rij|PUBLIC} (Fiscaliteit en Belastingdienst) informeerde de Kamer over de {Box 3|TERM}-rechtsherstelregeling."),
], "Terugbetaling IB")

# jus28 chromium: RWS incident log of road inspectors with licence plates
doc([
    ("title", "Logboek {weginspecteurs|FUNC} {RWS West-Nederland Zuid|ORG} - {A4|PLACE}/{A13|PLACE}"),
    ("p", "Dienst {17 februari 2024|DATE}, {Verkeerscentrale Rhoon|ORG}. Ploeg: [[Erik-Jan Verhoef|PERSON|Erik-Jan;Verhoef]] en [[Priscilla Sno|PERSON|Sno;Priscilla]]. "
          "Bergingen volgens het {Incident Management|PROG}-protocol; berger van dienst {Berging Van der Vlist|ORG}."),
    ("table", ["Tijd", "Locatie", "Gebeurtenis", "Kenteken", "Bestuurder / melder"], [
        ["06:40", "{A4|PLACE} hmp {42,3|CASE} Li", "Pechgeval, vrachtwagen", "[[BZ-HL-72|PLATE]]", "[[Zbigniew Kowalski|PERSON|Kowalski;Zbigniew]], [[+48 601 228 914|PHONE]]"],
        ["08:15", "{A13|PLACE} {Kethelplein|PLACE}", "Kop-staart aanrijding", "[[S-519-KH|PLATE]], [[J-88-TVR|PLATE]]", "[[Mieke Schouten|PERSON]] en [[Ahmed Boujdaini|PERSON]]"],
        ["11:02", "{A4|PLACE} {Beneluxtunnel|PLACE}", "Voorwerp op rijbaan", "-", "melder [[Rob Kerkhof|PERSON]], [[06-19 47 53 08|PHONE]]"],
        ["14:27", "{A13|PLACE} {Berkel en Rodenrijs|PLACE}", "Spookrijder gemeld, {Politie|ORG} ter plaatse", "[[VNF-22-P|PLATE]]", "onbekend"],
        ["16:50", "{A4|PLACE} {Vlaardingen|PLACE}", "Dier op weg", "-", "[[P. Sno|PERSON|P. Sno]] (zelf waargenomen)"],
    ], [1, 2.6, 3, 2.4, 3.6]),
    ("break",),
    ("p", "Bijzonderheden: de bestuurder van [[S-519-KH|PLATE]], mevrouw [[Schouten|PERSON|Schouten]], woont aan de [[Oostzeedijk 240|ADDRESS]] in <<Rotterdam>> en wil een kopie van het rapport. "
          "Dat verzoek is doorgezet naar {wegverkeer@rws.nl|MAILBOX}. De {Verkeersinformatiedienst|ORG} kreeg de melding via {0800-8002|SWITCH}."),
    ("p", "Overdracht aan de avondploeg ([[Sander Visser|PERSON|Sander]], [[Kim de Koning|PERSON|Kim;de Koning]]) om 19:00. Getekend: [[E.J. Verhoef|PERSON|E.J. Verhoef]]."),
], "Logboek weginspecteurs")

# jus29 reportlab: answers to Kamervragen (draft) with paraph route and routing e-mail
doc([
    ("title", "Concept-antwoorden op Kamervragen van het lid {Omtzigt|PUBLIC} over de {Toeslagenaffaire|TERM}"),
    ("small", "Routing: {DG Toeslagen|ORG} > {SG|ACR} > {staatssecretaris|FUNC}. Kenmerk {2023-0000184471|CASE}. Stuurt [[Lianne Kroeze|PERSON]] ([[LKr|INITIALS]]), [[l.kroeze@minfin.nl|EMAIL]]."),
    ("p", "Vraag 1\nBent u bekend met het bericht dat ouders langer moeten wachten op hun integrale beoordeling?\n\nAntwoord 1\nJa. {Staatssecretaris De Vries|PUBLIC} heeft op "
          "{6 oktober 2023|DATE} de {zeventiende voortgangsrapportage|TERM} aan de Kamer gezonden."),
    ("p", "Vraag 2\nKunt u toelichten hoe de {Uitvoeringsorganisatie Herstel Toeslagen|ORG} omgaat met het advies van de {Commissie Werkelijke Schade|ORG}?\n\nAntwoord 2\n"
          "De {UHT|ACR} volgt het advies. Het {Kamerlid Omtzigt|PUBLIC} vroeg eerder naar de rol van de {Raad van State|ORG}; zie de brief van {15 mei 2023|DATE}."),
    ("h", "Paraafroute"),
    ("table", ["Naam", "Functie", "Paraaf", "Akkoord"], [
        ["[[Lianne Kroeze|PERSON]]", "{beleidsmedewerker|FUNC}", "[[LKr|INITIALS]]", "{9-10-2023|DATE}"],
        ["[[Tjeerd de Vries|PERSON|Tjeerd]]", "{MT-lid|FUNC} {Toeslagen|ORG}", "[[TdV|INITIALS]]", "{10-10-2023|DATE}"],
        ["[[Nanda Baalbergen|PERSON]]", "{juridisch adviseur|FUNC}", "[[NB|INITIALS]]", "{10-10-2023|DATE}"],
    ], [3, 3, 1.4, 1.6]),
    ("p", "Opmerking [[TdV|INITIALS]]: de heer [[T. de Vries|PERSON|T. de Vries]] is naamgenoot van de staatssecretaris; graag zijn naam niet in de Kamerbrief. "
          "Vragen: [[06 27 45 18 93|PHONE]] of {communicatie@toeslagen.nl|MAILBOX}."),
], "Kamervragen Toeslagen")

# jus30 fpdf2: DJI letter about detainee transfer, family address
doc([
    ("p", "{Dienst Justitiële Inrichtingen|ORG}\n{Penitentiaire Inrichting Vught|ORG}\n{Lunettenlaan 501|GOVADDR}\n{5263 NT|GOVADDR} {Vught|PLACE}"),
    ("p", "Aan: mevrouw [[Wendy Bakker-de Graaf|PERSON|Bakker-de Graaf;Wendy]]\n[[Bergstraat 7 C|ADDRESS|Bergstraat 7 C]]\n[[6131 AS|ADDRESS]] <<Sittard>>"),
    ("kv", [("Datum:", "{4 december 2023|DATE}"), ("Betreft:", "overplaatsing van uw zoon [[Kevin Bakker|PERSON|Kevin]] (registratienummer {DJI-0712883|CASE}, BSN [[@BSNS:30@|BSN]])"), ("Contact:", "[[Marco Kuijpers|PERSON]], {casemanager|FUNC}")]),
    ("p", "Geachte mevrouw [[Bakker-de Graaf|PERSON|Bakker-de Graaf]],\n\nUw zoon, geboren op [[19-07-1999|DOB]], wordt op {11 december 2023|DATE} overgeplaatst van de {Extra Beveiligde Inrichting|ORG} naar "
          "{PI Zwaag|ORG}. Dit besluit is genomen door de {selectiefunctionaris|FUNC} op grond van de {Regeling selectie, plaatsing en overplaatsing van gedetineerden|LAW}."),
    ("p", "U kunt een bezoekaanvraag doen via {bezoek.zwaag@dji.minjus.nl|MAILBOX}. Uw zoon gaf aan dat ook zijn vriendin, [[Shanice Kuijpers|PERSON|Shanice]] (geen familie van de casemanager), "
          "op de bezoekerslijst moet. Haar adres is [[Rijksweg Zuid 88|ADDRESS]], [[6134 AD|ADDRESS]] <<Sittard>>; telefoonnummer [[046 - 452 33 10|PHONE]]."),
    ("p", "Met vriendelijke groet,\n[[M. Kuijpers|PERSON|M. Kuijpers]]\n{casemanager|FUNC}, telefoon [[073 - 658 82 14|PHONE]] (direct) of {073 - 658 82 00|SWITCH} (receptie)\n"
          "Zie ook de brief van {minister Yeşilgöz|PUBLIC} over de {capaciteitsproblematiek|TERM}."),
], "Overplaatsing")

# jus31 libreoffice: CVs in an appointment dossier (Defensie)
doc([
    ("title", "Sollicitatiedossier {Directeur Juridische Zaken|FUNC} - {Ministerie van Defensie|ORG}"),
    ("p", "Selectiecommissie onder voorzitterschap van de {secretaris-generaal|FUNC}. Gesprekken op {18 april 2023|DATE} aan de {Kalvermarkt 32|GOVADDR} in {Den Haag|PLACE}. "
          "{Minister Ollongren|PUBLIC} wordt geïnformeerd over de voordracht; het {ABD|ACR} begeleidt de procedure."),
    ("h", "Kandidaat A"),
    ("table", ["Gegeven", "Inhoud"], [
        ["Naam", "[[Anne-Sophie Vermeer|PERSON|Vermeer;Anne-Sophie]]"],
        ["Geboortedatum", "[[12 december 1972|DOB]]"],
        ["Adres", "[[Van Alkemadelaan 346|ADDRESS]], [[2597 AR|ADDRESS]] <<Den Haag>>"],
        ["Telefoon", "[[06-24 80 11 59|PHONE]]"],
        ["Huidige functie", "{plaatsvervangend directeur|FUNC} {Directie Wetgeving|ORG}, {Ministerie van BZK|ORG}"],
        ["Opleiding", "{Rechtsgeleerdheid|TERM}, {Universiteit Utrecht|ORG}"],
    ], [2.5, 7]),
    ("break",),
    ("h", "Kandidaat B"),
    ("table", ["Gegeven", "Inhoud"], [
        ["Naam", "[[kolonel mr. Thijs Groenendijk|PERSON|Groenendijk;Thijs]]"],
        ["Geboortedatum", "[[05-05-1970|DOB]]"],
        ["Adres", "[[Hoofdstraat\n58|ADDRESS|Hoofdstraat 58]]\n[[3972 LC|ADDRESS]] <<Driebergen>>"],
        ["Telefoon", "[[+31 6 5566 0912|PHONE]]"],
        ["Huidige functie", "{Hoofd Militair Juridische Dienst|FUNC}, {Commando Landstrijdkrachten|ORG}"],
        ["Opleiding", "{Koninklijke Militaire Academie|ORG}; {Rechtsgeleerdheid|TERM}, {Universiteit Leiden|ORG}"],
    ], [2.5, 7]),
    ("p", "Advies commissie: voorkeur voor kandidaat A; [[Vermeer|PERSON]] heeft ervaring met de {Wet op de inlichtingen- en veiligheidsdiensten 2017|LAW}. "
          "Secretaris: [[Daphne Luijendijk|PERSON]], [[d.luijendijk@mindef.nl|EMAIL]]."),
], "Sollicitatiedossier DJZ")

# jus32 chromium: minutes of a driehoeksoverleg with action list
doc([
    ("title", "Besluitenlijst driehoeksoverleg {Rotterdam|PLACE}"),
    ("kv", [("Datum:", "{6 december 2023|DATE}"), ("Locatie:", "{Stadhuis Rotterdam|PLACE}, {Coolsingel 40|GOVADDR}"),
            ("Aanwezig:", "{burgemeester Aboutaleb|PUBLIC} (voorzitter), {hoofdofficier van justitie|FUNC} {Arrondissementsparket Rotterdam|ORG}, {politiechef|FUNC} {Eenheid Rotterdam|ORG}, "
                          "[[Sabine Hoek|PERSON]] ({directeur Veiligheid|FUNC}), [[Kees-Jan de Wit|PERSON|de Wit;Kees-Jan]] (secretaris)"),
            ("Verslag:", "[[Marit Gerritsen|PERSON]]")]),
    ("h", "1. Explosies bij woningen"),
    ("p", "De politie meldt 14 explosies sinds {1 oktober|DATE}, waarvan twee in {Charlois|PLACE}. Bij een woning aan de [[Pijnackerstraat 71|ADDRESS]] wonen een moeder en twee kinderen; "
          "de bewoonster, [[Latoya Sewdien|PERSON]], heeft tijdelijke opvang gekregen. {Burgemeester Aboutaleb|PUBLIC} sluit de woning op grond van artikel {13b Opiumwet|LAW}."),
    ("h", "2. Jaarwisseling"),
    ("p", "Het {vuurwerkverbod|TERM} geldt in de hele stad. De {ME|ACR} is paraat. [[Hoek|PERSON|Hoek]] vraagt of {Feyenoord|ORG} de {Rotterdamse Hoek|PLACE} "
          "mag gebruiken voor de wedstrijdbeveiliging."),
    ("h", "Actielijst"),
    ("table", ["Actie", "Wie", "Gereed"], [
        ["Brief aan bewoners {Charlois|PLACE}", "[[S. Hoek|PERSON|S. Hoek]]", "{15 december|DATE}"],
        ["Cameratoezicht {Zuidplein|PLACE} verlengen", "[[Kees-Jan|PERSON]]", "{20 december|DATE}"],
        ["Overleg met {Halt|ORG} over jongeren", "[[Mohamed Achahbar|PERSON|Mohamed;Achahbar]] ({Gemeente Rotterdam|ORG})", "{10 januari 2024|DATE}"],
        ["Terugkoppeling aan {minister Yeşilgöz|PUBLIC}", "{burgemeester|FUNC}", "{31 december|DATE}"],
    ], [5, 4, 2]),
    ("p", "NB: [[Achahbar|PERSON]] is geen familie van de huidige {staatssecretaris|FUNC}. Contact secretariaat: [[m.gerritsen@rotterdam.nl|EMAIL]], [[010 - 498 72 16|PHONE]]; "
          "algemeen {14 010|SWITCH}."),
], "Besluitenlijst driehoek")

# jus33 reportlab: contact table with one word per line and an address column
doc([
    ("title", "Bijlage 2 - Contactgegevens getuigen en betrokkenen (zaak {OM 09/123884-22|CASE})"),
    ("p", "Opgesteld door de {parketsecretaris|FUNC} ten behoeve van de {rechter-commissaris|FUNC} van de {rechtbank Den Haag|ORG}. Niet verstrekken aan derden. BSN verdachte: [[@BSN:33@|BSN]]. "
          "Wijzigingen doorgeven aan {rc.denhaag@rechtspraak.nl|MAILBOX}."),
    ("table", ["Rol", "Naam", "Adres", "Telefoon", "Geboren"], [
        ["getuige", "[[Joost\nvan\n's-Gravesande|PERSON|Joost van 's-Gravesande;van 's-Gravesande]]", "[[Javastraat\n66|ADDRESS|Javastraat 66]]\n[[2585 AR|ADDRESS]]\n<<Den Haag>>", "[[070 -\n345 18 92|PHONE|070 - 345 18 92]]", "[[8-1-1957|DOB]]"],
        ["getuige", "[[Dewi\nSoerjadi-\nWinter|PERSON|Dewi Soerjadi-Winter;Soerjadi-Winter]]", "[[Loosduinseweg\n815|ADDRESS|Loosduinseweg 815]]\n[[2571 AS|ADDRESS]]\n<<Den Haag>>", "[[06\n4411\n0387|PHONE|06 4411 0387]]", "[[22-12-1990|DOB]]"],
        ["slachtoffer", "[[Gert-Jan\nZeeman|PERSON|Gert-Jan Zeeman;Zeeman]]", "[[De\nGroot\nMarkt\n3|ADDRESS|De Groot Markt 3]]\n[[2611 HD|ADDRESS]]\n<<Delft>>", "[[0031\n15\n212\n4470|PHONE|0031 15 212 4470]]", "[[14-06-1968|DOB]]"],
        ["verdachte", "[[Ruud\nGroot|PERSON|Ruud Groot]]", "[[Spui\n9|ADDRESS|Spui 9]]\n[[2511 BL|ADDRESS]]\n<<Den Haag>>", "[[06-33\n90\n14\n20|PHONE|06-33 90 14 20]]", "[[30-04-1985|DOB]]"],
    ], [1.4, 2.8, 3.2, 2.4, 1.8]),
    ("p", "De {officier van justitie|FUNC}, [[mr. Y. Tahiri|PERSON|Y. Tahiri]], is bereikbaar via het {parket|ORG} op {088 - 699 10 00|SWITCH}. "
          "Het adres van de {rechtbank Den Haag|ORG} is {Prins Clauslaan 60|GOVADDR}; het {Spui|PLACE} ligt om de hoek van het ministerie."),
], "Contactgegevens getuigen")

# jus34 fpdf2: forwarded chain, English and Dutch headers, ProRail / RWS
doc([
    ("title", "Doorgestuurde e-mails - {Zuidasdok|PROG}"),
    ("kv", [("Van:", "[[Anke Veldkamp|PERSON]]"), ("Verzonden:", "{vrijdag 8 september 2023|DATE} 08:31"), ("Aan:", "[[Rik Jansma|PERSON]]"), ("Onderwerp:", "FW: Night closure {A10 Zuid|PLACE}")]),
    ("p", "[[Rik|PERSON]], ter info hieronder het bericht van de Britse adviseur. Kun jij met [[Ricardo|PERSON|Ricardo]] afstemmen? Hij zit bij {ProRail|ORG} en is vandaag bereikbaar op [[06 - 14 72 59 38|PHONE]].\n"
          "Groet, [[Anke|PERSON|Anke]]\n{Projectdirecteur Zuidasdok|FUNC} ({Rijkswaterstaat|ORG})"),
    ("kv", [("From:", "[[Oliver Whitcombe-Price|PERSON|Whitcombe-Price;Oliver]] <[[o.whitcombe-price@arup.com|EMAIL]]>"), ("Sent:", "{Thursday, 7 September 2023|DATE} 18:02"),
            ("To:", "[[Veldkamp, Anke|PERSON]]"), ("Cc:", "[[Ricardo Alves dos Santos|PERSON|Alves dos Santos]] <[[ricardo.alvesdossantos@prorail.nl|EMAIL]]>"),
            ("Subject:", "Night closure {A10 Zuid|PLACE}")]),
    ("p", "Hi [[Anke|PERSON]],\n\nThe {tunnel ventilation|TERM} tests require a night closure between {Amstelveenseweg|PLACE} and {Station Zuid|PLACE}. We propose {23 September|DATE}. "
          "My colleague [[Siobhán O'Connell|PERSON|O'Connell;Siobhán]] ([[+44 7700 900 461|PHONE]]) will be on site. Please loop in the {traffic management|TERM} team at {Verkeerscentrale Noord-West|ORG}.\n\n"
          "Cheers,\n[[Oliver|PERSON]]"),
    ("break",),
    ("kv", [("Van:", "[[Rik Jansma|PERSON]]"), ("Verzonden:", "{vrijdag 8 september 2023|DATE} 10:12"), ("Aan:", "[[Anke Veldkamp|PERSON]]; [[ricardo.alvesdossantos@prorail.nl|EMAIL]]"),
            ("Onderwerp:", "RE: FW: Night closure {A10 Zuid|PLACE}")]),
    ("p", "Prima. Ik heb het ook gemeld bij {minister Harbers|PUBLIC}' woordvoering, omdat de {Tweede Kamer|ORG} vragen stelde over hinder. Bewoners kunnen terecht bij {info@zuidasdok.nl|MAILBOX} of {0800 - 8002|SWITCH}.\n"
          "[[Rik|PERSON|Rik]]\n[[r.jansma@rws.nl|EMAIL]] | [[+31 (0)6 4009 7215|PHONE]]"),
], "FW Night closure")
