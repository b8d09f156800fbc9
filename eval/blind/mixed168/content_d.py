from lib import rl_doc, docx_doc, scan_doc, form_doc

DOCS = []
A = DOCS.append

# vk18 brief kandidaat
A(rl_doc("vk18_brief_kandidaat", [
    ("p", "{{Jeroen Buitendijk|K}}\nkandidaat nr. 6, lijst 4 {{Lokaal Heusden|O}}\n[[Wolfshoek 9|A]], [[5152 RX|A]] {{Drunen|L}}\n[[06-36 21 77 04|T]] | [[jeroen.buitendijk@gmail.com|E]]"),
    ("p", "Aan het {{hoofdstembureau|O}} van de {{Gemeente Heusden|O}}\nt.a.v. de voorzitter, {{burgemeester Veerkamp|R}}\n\nDrunen, 20 maart 2026\nBetreft: verzoek om hertelling stembureau 9"),
    ("p", "Geachte voorzitter,"),
    ("p", "Als kandidaat op de door de {{Kiesraad|O}}-software vastgestelde en openbaar gemaakte kandidatenlijst van {{Lokaal Heusden|O}} verzoek ik u om de stemmen van stembureau 9 opnieuw te laten tellen. In mijn eigen wijk {{Drunen-Noord|L}} hebben wij traditioneel veel steun; 121 stemmen is onwaarschijnlijk laag, zeker vergeleken met stembureau 10."),
    ("p", "Mijn buurvrouw [[Marieke Oosterbosch|P]] was als waarnemer namens onze vereniging in het stemlokaal en zag dat de stapels werden verwisseld. Zij heeft dat opgeschreven; ik voeg haar verklaring bij."),
    ("p", "Ik ben op de zitting van maandag aanwezig. Ik ben overdag te bereiken via mijn werk bij {{Rabobank 's-Hertogenbosch en omstreken|O}}, maar liever via mijn mobiele nummer hierboven."),
    ("p", "Met vriendelijke groet,\n\n{{Jeroen Buitendijk|K}}"),
    ("p", "Bijlage: verklaring [[M.E. Oosterbosch|P]], geboren [[3 juni 1962|D]]."),
], font="dejavu", producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365"))

# vk19 Teams chat verkiezingsteam
TC = [
    "[[Yvonne Lamberts|P]] 19-3 08:47\nStembureau 9 is bevestigd verkeerd, zie mail Thijs. Zal ik de PV-scan alvast naar de Kiesraad sturen?",
    "[[Ruud Hoogendoorn|P]] 19-3 08:52\nNee, eerst hoofdstembureau. Kiesraad wil alleen het Na 31-2 na de zitting.",
    "[[Marloes Dekkers-Vink|P]] 19-3 08:55\nEens met [[Ruud|N]]. [[Yvonne|N]], kun jij de tellers van 10 en 11 polsen voor maandag 13.30? Niet [[Truus|N]], die heeft net een [[knieoperatie|H]] gehad.",
    "[[Yvonne Lamberts|P]] 19-3 09:03\n[[Truus|N]] belde zelf al, ze wil graag. [[Joost|N]] ook. Ik zet ze erin.",
    "[[Thijs Rademaker|P]] 19-3 09:10\nPers belt al. [[Bas Coenraads|P]] (communicatie) maakt een persbericht, [[Marloes|N]] check jij de tekst?",
    "[[Bas Coenraads|P]] 19-3 09:31\nConcept staat in {{SharePoint|X}} > Verkiezingen > Pers. Woordvoering via {{burgemeester Veerkamp|R}}, technische vragen via [[Thijs|N]] ([[06-21 93 47 70|T]]).",
    "[[Ruud Hoogendoorn|P]] 19-3 10:40\nLet op: in het persbericht geen namen van stembureauleden. Die zijn geen publieke functionarissen.",
]
A(rl_doc("vk19_teams_chat_verkiezingsteam", [("h", "Microsoft Teams – chat 'Verkiezingen GR2026 kernteam'"),
    ("p", "Export {{Microsoft Purview|X}} eDiscovery, zaak {{WOO-2026-031|F}}, 14-04-2026.")] +
    [("p", m) for m in TC], font="helv", size=9.5, producer="Microsoft Purview eDiscovery / Aspose.Words 23.10",
    creator="Microsoft Teams"))

# vk20 beslisnota (sticky notes)
A(rl_doc("vk20_beslisnota_hertelling", [
    ("h", "Beslisnota – hertelling stembureau 9 en aanpassing instructie stembureauleden"),
    ("t", [["Aan", "{{burgemeester Veerkamp|R}} (voorzitter {{hoofdstembureau|O}})"],
           ["Van", "team Verkiezingen, {{Burgerzaken|O}}"],
           ["Datum", "20 maart 2026"],
           ["Kenmerk", "{{Z/26/116977|F}}"],
           ["Contactpersoon", "[[T. Rademaker|P]], [[0416-696 274|T]], [[t.rademaker@heusden.nl|E]]"],
           ["Kopie aan", "[[M. Dekkers-Vink|P]], [[R.A. Hoogendoorn|P]], {{wethouder Aydemir|R}} (portefeuille {{Dienstverlening|O}})"]],
     [110, 340]),
    ("h", "Aanleiding"),
    ("p", "Bij de invoer van de processen-verbaal in {{Osiris Uitslag|X}} gaf het controleprotocol voor stembureau 9 een signalering. Een kiezer maakte in het stembureau bezwaar en diende op 19 maart een klacht in; de kandidaat {{Jeroen Buitendijk|K}} (lijst 4) verzocht op 20 maart om hertelling."),
    ("h", "Geadviseerd besluit"),
    ("p", "Aan de voorzitter van het {{hoofdstembureau|O}} wordt gevraagd: 1. in de openbare zitting van 23 maart voor te stellen de stembiljetten van stembureau 9 te hertellen; 2. in te stemmen met een aangepaste instructie voor tellers (vier-ogenprincipe, telefonisch overleg met de telcoördinator bij bezwaar)."),
    ("h", "Kern"),
    ("p", "De verhouding lijst 4/lijst 5 in stembureau 9 (121/212) wijkt sterk af van stembureau 10 (230/118) en van 2022. De voorzitter van het stembureau bevestigt dat de tellers de telling op de telstaat hebben overgenomen zonder controle. Het gaat om een overschrijffout, niet om fraude. Eén teller ([[S. Wijnbergen|P]]) is medewerker van de gemeente; met haar voert de teamleider een gesprek."),
    ("pb", 0),
    ("h", "Krachtenveld"),
    ("p", "{{Lokaal Heusden|O}} heeft publiekelijk om hertelling gevraagd. {{GroenLinks-PvdA|O}} verliest geen zetel maar wel een restzetel-kans; fractievoorzitter {{Karin Hoevenaars|K}} is telefonisch geïnformeerd."),
    ("h", "Bijlagen"),
    ("p", "1. Proces-verbaal {{N 10-1|F}} stembureau 9 (ingevoerd door [[Y. Lamberts|P]]). 2. Klacht van mevrouw [[Zijlstra-Boerma|P]] d.d. 19 maart. 3. Brief van de kandidaat {{Jeroen Buitendijk|K}} d.d. 20 maart. 4. Mail van de {{Kiesraad|O}} ([[F. Oudemans|P]]) over de grondslag. 5. Concept-werkinstructie tellers."),
    ("h", "Paraafroute"),
    ("t", [["Naam", "Functie", "Paraaf", "Datum"],
           ["[[T. Rademaker|P]]", "coördinator verkiezingen", "[[TRa|C]]", "20-03"],
           ["[[M. Dekkers-Vink|P]]", "teamleider Burgerzaken", "[[MDV|C]]", "20-03"],
           ["[[R.A. Hoogendoorn|P]]", "juridisch adviseur", "[[RAH|C]]", "20-03"]], [130, 170, 60, 60]),
    ("h", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "Namen en contactgegevens van stembureauleden en medewerkers (artikel {{5.1, tweede lid, onder e|W}}, Woo)."),
], font="times", size=10, producer="PDFpen 13.1", creator="Pages",
    notes=[(0, 480, 700, "Hoogendoorn, Ruud", "Graag punt 2 nog afstemmen met Marloes voor maandag."),
           (0, 500, 420, "Lamberts, Yvonne", "Tellers hertelling: Truus en Joost bevestigd, Truus via 073-511 46 02.")],
    hidden=[("annotations", "P", "Hoogendoorn, Ruud"), ("annotations", "P", "Lamberts, Yvonne"),
            ("annotations", "N", "Marloes"), ("annotations", "N", "Truus en Joost"), ("annotations", "T", "073-511 46 02")]))

# vk21 persbericht (XMP creator hidden)
A(rl_doc("vk21_persbericht", [
    ("h", "Persbericht: hertelling stembureau 9 corrigeert verwisselde uitslag"),
    ("p", "{{Drunen|L}}, 23 maart 2026 – Het {{hoofdstembureau|O}} van de {{Gemeente Heusden|O}} heeft vandaag in een openbare zitting de stemmen van stembureau 9 ({{Dorpshuis De Voorste Venne|Q}}) opnieuw geteld. Bij het overnemen van de telling waren de aantallen van lijst 4 ({{Lokaal Heusden|O}}) en lijst 5 ({{GroenLinks-PvdA|O}}) verwisseld."),
    ("p", "\"Dit laat zien dat de controles werken\", zegt {{burgemeester Wim Veerkamp|R}}, voorzitter van het {{hoofdstembureau|O}}. \"Een kiezer zag het, het controleprotocol van de {{Kiesraad|O}} zag het, en in een openbare zitting hebben we het hersteld. Ik bedank de stembureauleden die op 18 maart een lange dag hebben gemaakt.\""),
    ("p", "Door de correctie behaalt {{Lokaal Heusden|O}} geen extra zetel, maar wordt kandidaat {{Jeroen Buitendijk|K}} met voorkeurstemmen gekozen. De definitieve uitslag wordt op 27 maart vastgesteld door het {{centraal stembureau|O}}. De zitting is openbaar en vindt plaats in de raadzaal aan het {{Vestingplein 1|L}}."),
    ("p", "Noot voor de redactie: voor vragen kunt u contact opnemen met de afdeling Communicatie, {{pers@heusden.nl|M}} of {{14 073|M}}."),
], font="helv", producer="Adobe InDesign 19.2 (Macintosh) / Adobe PDF Library 17.0", creator="Adobe InDesign 19.2",
    xmp_creator="Bas Coenraads", hidden=[("metadata", "P", "Bas Coenraads")]))

# vk22 scan presentielijst / handtekeningen hertelling
A(scan_doc("vk22_scan_presentielijst", [
    ("PRESENTIELIJST HERTELLING 23-03-2026", 42, "DejaVuSans-Bold.ttf"),
    ("Raadzaal Drunen - stembureau 9", 34),
    "",
    ("Naam                          Rol             Paraaf", 32, "DejaVuSansMono.ttf"),
    ("[[Truus van Wanrooij|P]]            teller          [[TvW|C]]", 32, "DejaVuSansMono.ttf"),
    ("[[Joost van Iersel|P]]              teller          [[JvI|C]]", 32, "DejaVuSansMono.ttf"),
    ("[[Leon ten Brinke|P]]               toezicht        [[LtB|C]]", 32, "DejaVuSansMono.ttf"),
    ("[[Yvonne Lamberts|P]]               notulist        [[YL|C]]", 32, "DejaVuSansMono.ttf"),
    "",
    ("Waarnemers publiek:", 34),
    ("[[Marieke Oosterbosch|P]] (Lokaal Heusden)", 36, "DejaVuSerif-Italic.ttf"),
    ("[[Aafke Zijlstra|P]] (kiezer) tel [[073-5112843|T]]", 36, "DejaVuSerif-Italic.ttf"),
    ("[[Harrie Pennings|P]]", 36, "DejaVuSerif-Italic.ttf"),
], angle=-0.6, producer="RICOH IM C3000 Scan"))
