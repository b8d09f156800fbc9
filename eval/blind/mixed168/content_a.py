from lib import rl_doc, docx_doc, scan_doc, form_doc

H = "{{Gemeente Heusden|O}}"
DOCS = []
A = DOCS.append

# vk01 Woo-verzoek
A(rl_doc("vk01_woo_verzoek", [
    ("p", "Van: [[Dennis Lindhout|P]] <[[d.lindhout@kpnmail.nl|E]]>\nVerzonden: dinsdag 7 april 2026 21:14\nAan: {{woo@heusden.nl|M}}\nOnderwerp: Woo-verzoek hertelling stembureau 9"),
    ("p", "Geacht college,"),
    ("p", "Op grond van de {{Wet open overheid|W}} verzoek ik u om openbaarmaking van alle documenten over de telfout in stembureau 9 ({{De Voorste Venne|Q}}, {{Drunen|L}}) bij de gemeenteraadsverkiezing van 18 maart 2026 en de hertelling die daarop volgde. Het gaat mij in het bijzonder om de processen-verbaal (model {{N 10-1|F}}), de correspondentie tussen het verkiezingsteam van {{Burgerzaken|O}}, het {{hoofdstembureau|O}} en de {{Kiesraad|O}}, de klachten van kiezers en de declaraties van stembureauleden."),
    ("p", "Ik heb begrepen dat de uitslag voor lijst 4 ({{Lokaal Heusden|O}}) en lijst 5 ({{GroenLinks-PvdA|O}}) in dat stembureau omgewisseld is. De kandidaat {{Jeroen Buitendijk|K}} liep daardoor bijna een zetel mis, zo las ik in het {{Brabants Dagblad|O}}."),
    ("p", "Ik ontvang de stukken graag digitaal. Voor vragen ben ik bereikbaar op [[06-41 27 93 58|T]]."),
    ("p", "Met vriendelijke groet,\n[[D.J. Lindhout|P]]\n[[Mr. van Coothstraat 41|A]]\n[[5271 GN|A]] {{Sint-Michielsgestel|L}}"),
], font="helv", producer="Microsoft: Print To PDF", creator="Outlook"))

# vk02 ontvangstbevestiging (docx, Author hidden)
A(docx_doc("vk02_ontvangstbevestiging", [
    ("p", "Gemeente Heusden\nAfdeling Burgerzaken, team Verkiezingen\nPostbus 41, 5250 AA Vlijmen"),
    ("p", "De heer [[D.J. Lindhout|P]]\n[[Mr. van Coothstraat 41|A]]\n[[5271 GN|A]] Sint-Michielsgestel"),
    ("p", "Datum: 9 april 2026\nOns kenmerk: {{Z/26/118402|F}}\nOnderwerp: ontvangstbevestiging Woo-verzoek"),
    ("p", "Geachte heer [[Lindhout|P]],"),
    ("p", "Op 7 april 2026 hebben wij uw verzoek op grond van de {{Wet open overheid|W}} ontvangen. U vraagt om documenten over de telfout in stembureau 9 en de hertelling door het {{hoofdstembureau|O}}. Wij nemen binnen vier weken een besluit. Deze termijn kunnen wij met twee weken verlengen."),
    ("p", "In de stukken staan gegevens van stembureauleden en van kiezers. Wij vragen hun zo nodig om een zienswijze (artikel 4.4 van de Woo)."),
    ("p", "Heeft u vragen? Bel dan {{14 073|M}} of mail naar {{woo@heusden.nl|M}} en vermeld het kenmerk {{Z/26/118402|F}}."),
    ("p", "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders van Heusden,\n\n[[E. Sprenkels|P]]\n{{Woo-coördinator|J}}"),
], author="Wouter Kamphuis", producer="LibreOffice 24.8", creator="Writer",
    hidden=[("metadata", "P", "Wouter Kamphuis")]))

# vk03 rooster stembureauleden
ROWS = [["Stb.", "Naam", "Functie", "Telefoon", "E-mail", "Pers.nr./vrijw."],
        ["9", "[[Henriëtte van der Zwaluw|P]]", "voorzitter", "[[06-28 41 90 17|T]]", "[[jet.zwaluw@gmail.com|E]]", "vrijw. [[V-2231|C]]"],
        ["9", "[[Ömer Karataş|P]]", "plv. voorzitter", "[[06 17 55 30 82|T]]", "[[omer.karatas@hotmail.nl|E]]", "vrijw. [[V-2245|C]]"],
        ["9", "[[Gerda Bakker-Oomen|P]]", "lid", "[[0416-371 228|T]]", "[[g.bakkeroomen@ziggo.nl|E]]", "vrijw. [[V-1987|C]]"],
        ["9", "[[Pieter-Jan 't Hooft|P]]", "teller", "[[+31 6 3920 1475|T]]", "[[pj.thooft@outlook.com|E]]", "vrijw. [[V-2302|C]]"],
        ["9", "[[Sanne Wijnbergen|P]]", "teller", "[[06-50 62 18 84|T]]", "[[sannewijnbergen@live.nl|E]]", "ambt. [[P0041187|C]]"],
        ["9", "[[Kees de Jong|P]]", "reserve", "[[0031 6 1184 2290|T]]", "[[keesdejong54@kpnmail.nl|E]]", "vrijw. [[V-1702|C]]"],
        ["10", "[[Anouk Verhagen|P]]", "voorzitter", "[[06-24 80 13 66|T]]", "[[a.verhagen@heusden.nl|E]]", "ambt. [[P0039920|C]]"],
        ["10", "[[Mehmet Yıldırım|P]]", "lid", "[[06-43 12 09 51|T]]", "[[m.yildirim.1971@gmail.com|E]]", "vrijw. [[V-2410|C]]"],
        ["10", "[[Truus van Wanrooij|P]]", "teller", "[[073-511 46 02|T]]", "[[truusvw@home.nl|E]]", "vrijw. [[V-1355|C]]"],
        ["11", "[[Bram Ketelaars|P]]", "voorzitter", "[[06-31 72 44 09|T]]", "[[bram.ketelaars@heusden.nl|E]]", "ambt. [[P0040213|C]]"],
        ["11", "[[Lieke Schellekens-Maas|P]]", "lid", "[[06 28 90 33 71|T]]", "[[lieke.sm@gmail.com|E]]", "vrijw. [[V-2077|C]]"],
        ["11", "[[Joost van Iersel|P]]", "teller", "[[0416 37 92 18|T]]", "[[joost@vaniersel-fotografie.nl|E]]", "vrijw. [[V-2118|C]]"],
        ["12", "[[Zoë Dijkhuizen|P]]", "voorzitter", "[[06-19 08 72 45|T]]", "[[zoe.dijkhuizen@heusden.nl|E]]", "ambt. [[P0042761|C]]"],
        ["12", "[[Ad Prinsen|P]]", "teller", "[[073-518 20 94|T]]", "[[adprinsen@planet.nl|E]]", "vrijw. [[V-0911|C]]"],
        ]
A(rl_doc("vk03_rooster_stembureauleden", [
    ("h", "Bezetting stembureaus 9 t/m 12 – gemeenteraadsverkiezing 18 maart 2026"),
    ("p", "{{Gemeente Heusden|O}} – team Verkiezingen ({{Burgerzaken|O}}). Versie 4, vastgesteld 2 maart 2026. Vertrouwelijk: alleen voor intern gebruik. Locaties: stembureau 9 {{De Voorste Venne|Q}} ({{Drunen|L}}), 10 {{Sporthal De Kooi|Q}} ({{Drunen|L}}), 11 {{Dr. Ariënsschool|Q}} ({{Vlijmen|L}}), 12 {{Zorgcentrum Eikendonk|Q}} ({{Vlijmen|L}})."),
    ("t", ROWS, [26, 118, 62, 92, 150, 66]),
    ("pb", 0),
    ("h", "Bezetting stembureaus 13 t/m 16"),
    ("t", [["Stb.", "Naam", "Functie", "Telefoon", "E-mail", "Pers.nr./vrijw."],
        ["13", "[[Wilhelmina (Mien) Broeders|P]]", "voorzitter", "[[06-55 20 14 38|T]]", "[[mien.broeders@kpnplanet.nl|E]]", "vrijw. [[V-0455|C]]"],
        ["13", "[[Dirk-Jan Oerlemans|P]]", "lid", "[[0416 - 37 40 62|T]]", "[[dj.oerlemans@gmail.com|E]]", "vrijw. [[V-2190|C]]"],
        ["13", "[[Fatima Bouzidi|P]]", "teller", "[[06-47 71 30 25|T]]", "[[f.bouzidi@heusden.nl|E]]", "ambt. [[P0043318|C]]"],
        ["14", "[[René van de Ven|P]]", "voorzitter", "[[+31 (0)6 1277 4081|T]]", "[[r.vandeven@heusden.nl|E]]", "ambt. [[P0038851|C]]"],
        ["14", "[[Ilse Hendriks-van Tilburg|P]]", "lid", "[[073-511 09 77|T]]", "[[ilse.hvt@ziggo.nl|E]]", "vrijw. [[V-1620|C]]"],
        ["14", "[[Gijs Schoenmakers|P]]", "teller", "[[06-29 44 81 60|T]]", "[[g.schoenmakers@uvt.nl|E]]", "vrijw. [[V-2455|C]]"],
        ["15", "[[Marie-José Timmermans|P]]", "voorzitter", "[[06-20 37 66 14|T]]", "[[mj.timmermans@heusden.nl|E]]", "ambt. [[P0040877|C]]"],
        ["15", "[[Łukasz Nowak|P]]", "lid", "[[06-87 30 15 22|T]]", "[[łukasz.nowak@wp.pl|E]]", "vrijw. [[V-2468|C]]"],
        ["16", "[[Hennie Voets|P]]", "voorzitter", "[[0416-37 15 90|T]]", "[[h.voets@home.nl|E]]", "vrijw. [[V-0608|C]]"],
        ["16", "[[Noor el Idrissi|P]]", "teller", "[[06-40 93 28 17|T]]", "[[noor.elidrissi@hotmail.com|E]]", "vrijw. [[V-2471|C]]"]],
     [26, 118, 62, 92, 150, 66]),
    ("p", "Locaties: 13 {{Bibliotheek Drunen|O}}, 14 {{Kasteel Onsenoort|Q}} ({{Nieuwkuijk|L}}), 15 {{Prins Willem-Alexanderschool|Q}} ({{Haarsteeg|L}}), 16 {{Gemeenschapshuis De Wiel|Q}} ({{Herpt|L}})."),
    ("p", "Telcoördinator op de verkiezingsavond: [[Thijs Rademaker|P]], bereikbaar via [[06-21 93 47 70|T]] of de piketlijn {{0416-696 200|M}}. Bij ziekte van een stembureaulid meldt de voorzitter dit vóór 6.30 uur bij het team Verkiezingen ({{verkiezingen@heusden.nl|M}})."),
    ("p", "Alle stembureauleden hebben de e-learning van de {{Kiesraad|O}} en de {{ProDemos|O}}-instructie 'Tellen in het stembureau' gevolgd. Tellers tellen volgens het model {{N 10-1|F}}; de voorzitter tekent het proces-verbaal."),
], font="dejavu", size=9, producer="Aspose.PDF for .NET 23.4", creator="Excel export"))

# vk04 proces-verbaal stembureau 9
A(rl_doc("vk04_proces_verbaal_stb9", [
    ("h", "Proces-verbaal van een stembureau – model N 10-1 (uittreksel)"),
    ("p", "Verkiezing van de leden van de gemeenteraad van {{Heusden|L}}, 18 maart 2026. Stembureau nummer 9, adres stemlokaal: {{Dorpshuis De Voorste Venne|Q}}, {{Torenstraat 2|L}}, {{Drunen|L}}."),
    ("h", "1. Leden van het stembureau"),
    ("t", [["Functie", "Naam", "Aanwezig"],
           ["voorzitter", "[[H.M. van der Zwaluw|P]]", "7.30-23.40 uur"],
           ["lid (plv. voorzitter)", "[[Ö. Karataş|P]]", "7.30-23.40 uur"],
           ["lid", "[[G.A.M. Bakker-Oomen|P]]", "7.30-14.00 uur"],
           ["teller", "[[P.J. 't Hooft|P]]", "21.00-23.40 uur"],
           ["teller", "[[S. Wijnbergen|P]]", "21.00-23.40 uur"],
           ["lid (vervanging)", "[[C.J.M. de Jong|P]]", "14.00-23.40 uur"]], [110, 190, 120]),
    ("h", "2. Aantal toegelaten kiezers"),
    ("p", "Geldige stempassen: 1.082. Volmachtbewijzen: 41. Kiezerspassen: 3. Totaal toegelaten kiezers: 1.126."),
    ("h", "3. Aantal uitgebrachte stemmen per lijst"),
    ("t", [["Lijst", "Partij", "Stemmen"],
           ["1", "{{VVD|O}}", "174"], ["2", "{{CDA|O}}", "203"], ["3", "{{D66|O}}", "88"],
           ["4", "{{Lokaal Heusden|O}}", "121"], ["5", "{{GroenLinks-PvdA|O}}", "212"],
           ["6", "{{Heusden Eén|O}}", "297"], ["blanco / ongeldig", "", "9 / 17"]], [70, 200, 80]),
    ("pb", 0),
    ("h", "4. Bezwaren van kiezers"),
    ("p", "Een kiezer, mevrouw [[A. Zijlstra-Boerma|P]], maakte bij de telling bezwaar omdat de tellers volgens haar de stapels van lijst 4 en lijst 5 omwisselden bij het invullen. De voorzitter heeft het bezwaar genoteerd; de telling is niet overgedaan."),
    ("h", "4a. Bijzonderheden tijdens de stemming"),
    ("t", [["Tijd", "Bijzonderheid", "Genoteerd door"],
           ["08.12", "Kiezer met volmacht zonder kopie identiteitsbewijs volmachtgever: geweigerd", "[[HvdZ|C]]"],
           ["10.40", "Stemhokje 2 wankel, vervangen door conciërge {{Stadskantoor|Q}}", "[[ÖK|C]]"],
           ["14.00", "Lid [[G.A.M. Bakker-Oomen|P]] vertrokken, vervangen door [[C.J.M. de Jong|P]]", "[[HvdZ|C]]"],
           ["16.25", "Waarnemer namens {{Lokaal Heusden|O}} aanwezig (mevrouw [[M.E. Oosterbosch|P]])", "[[ÖK|C]]"],
           ["21.00", "Aanvang telling; tellers [[P.J. 't Hooft|P]] en [[S. Wijnbergen|P]]", "[[HvdZ|C]]"],
           ["22.05", "Bezwaar kiezer over telling lijst 4/5, zie punt 4", "[[HvdZ|C]]"]], [40, 300, 80]),
    ("p", "Het stembureau heeft de stembiljetten per lijst verpakt en verzegeld conform de {{Kiesregeling|W}}. De verzegelde pakken zijn om 23.50 uur overgedragen aan de bode van de {{Gemeente Heusden|O}}."),
    ("h", "5. Verklaring en ondertekening"),
    ("p", "Aldus opgemaakt en getekend op 18 maart 2026 om 23.41 uur.\nDe voorzitter: [[H.M. van der Zwaluw|P]] (handtekening)\nDe leden: [[Ö. Karataş|P]], [[C.J.M. de Jong|P]] (handtekeningen)"),
    ("p", "Het proces-verbaal is conform artikel {{N 10|F}} van de {{Kieswet|W}} overgebracht naar het {{gemeentelijk stembureau|O}} en ingevoerd in {{Osiris Uitslag|X}} door [[Y. Lamberts|P]] (invoer) en [[R. Hoogendoorn|P]] (controle)."),
], font="serif", size=10, producer="Kiesraad OSV2020 / iText 5.5.13", creator="Osiris Stemadministratie"))

# vk05 Outlook thread
A(rl_doc("vk05_mail_verkiezingsteam", [
    ("p", "Van: [[Rademaker, Thijs|P]] <[[t.rademaker@heusden.nl|E]]>\nVerzonden: donderdag 19 maart 2026 09:02\nAan: [[Dekkers-Vink, Marloes|P]] <[[m.dekkers-vink@heusden.nl|E]]>; [[Lamberts, Yvonne|P]] <[[y.lamberts@heusden.nl|E]]>\nCC: {{verkiezingen@heusden.nl|M}}\nOnderwerp: RE: afwijking stembureau 9 in Osiris"),
    ("p", "[[Marloes|N]],"),
    ("p", "Ik heb het nagelopen. In stembureau 9 heeft {{Lokaal Heusden|O}} 121 stemmen en {{GroenLinks-PvdA|O}} 212. In de vorige raadsverkiezing en in stembureau 10 ernaast is het precies andersom. De controleprotocol-signalering in {{Osiris|X}} (afwijking > 40%) sloeg ook aan. Ik vermoed dat de tellers de kolommen op de telstaat hebben verwisseld. [[Pieter-Jan|N]] zei gisteravond al iets over 'die twee stapels die naast elkaar lagen'."),
    ("p", "Ik stel voor dat het {{hoofdstembureau|O}} in de openbare zitting van maandag besluit tot hertelling van stembureau 9. [[Ruud|N]] kijkt naar de juridische grondslag ({{artikel P 20|F}}/{{Kieswet|W}})."),
    ("p", "Groet,\n[[Thijs|N]]\n\n[[Thijs Rademaker|P]]\ncoördinator verkiezingen | team Burgerzaken\n{{Gemeente Heusden|O}} | {{Vestingplein 1|L}}, {{Drunen|L}}\nT [[0416-696 274|T]] | M [[06-21 93 47 70|T]]"),
    ("p", "-----Oorspronkelijk bericht-----\nVan: [[Dekkers-Vink, Marloes|P]]\nVerzonden: donderdag 19 maart 2026 08:11\nAan: [[Rademaker, Thijs|P]]\nOnderwerp: afwijking stembureau 9 in Osiris"),
    ("p", "Hoi [[Thijs|N]], de {{Kiesraad|O}} belde net (mevrouw [[Oudemans|P]]) over de signalering bij stembureau 9. Kun jij vóór tienen uitzoeken wat er is gebeurd? Ik heb om 11 uur overleg met de burgemeester. Bel [[Jet van der Zwaluw|P]] desnoods even, zij was voorzitter: [[06-28 41 90 17|T]]."),
    ("p", "[[Marloes|N]]\n\n[[M. Dekkers-Vink|P]] | teamleider Burgerzaken | [[0416-696 219|T]]"),
    ("pb", 0),
    ("p", "-----Oorspronkelijk bericht-----\nVan: [[Lamberts, Yvonne|P]]\nVerzonden: woensdag 18 maart 2026 23:58\nAan: [[Dekkers-Vink, Marloes|P]]; [[Hoogendoorn, Ruud|P]] <[[r.hoogendoorn@heusden.nl|E]]>\nOnderwerp: invoer klaar"),
    ("p", "Alle 27 stembureaus ingevoerd. Alleen bij 9 een waarschuwing, door [[Sanne|N]] bevestigd dat het papier zo is ingevuld. Ik ga slapen. [[Y.|C]]"),
], font="helv", producer="Microsoft Outlook 16.0", creator="Microsoft Outlook"))
