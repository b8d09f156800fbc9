"""Documents a01-a16 of set mixed35 (invented content)."""
from gen import bsn, bsn_dots, iban

MOTIV = """## Informatie die niet openbaar gemaakt kan worden
**Motivering**
In de openbaar gemaakte versie van dit document zijn persoonsgegevens van burgers en ambtenaren onleesbaar gemaakt op grond van artikel 5.1, tweede lid, onder e, van de Woo (5.1.2e)."""

DOCS = []

# ---------------------------------------------------------------------------------------------- a01
DOCS.append(dict(name="a01_besluit_omgevingsvergunning_dakopbouw", producer="rl",
    meta={"Author": "[[Kees-Jan Oldenhuis]]", "Title": "Besluit omgevingsvergunning Z/25/118204 - aanvrager [[Yıldırım]]"},
    footer="{{Gemeente Zwolle}} | Postbus 10007 | 8000 GA Zwolle | telefoon {{14 038}} | vergunningen@zwolle.nl",
    body=f"""|~ **{{{{Gemeente Zwolle|ORG}}}}** | Behandeld door: [[K.J. Oldenhuis~Oldenhuis]]
|~ Team {{{{Vergunningverlening Omgevingswet|ORG}}}} | Telefoon: [[038 498 27 61|PHONE]]
|~ | E-mail: [[kj.oldenhuis@zwolle.nl]]
|~ | Zaaknummer: {{{{Z/25/118204|CASE}}}}

Aangetekend
De heer [[E. Yıldırım~Yıldırım]] en mevrouw [[A. Yıldırım-Kaya~Yıldırım-Kaya]]
[[Assendorperstraat 141|ADDRESS]]
[[8012 DK Zwolle|ADDRESS]]

Zwolle, {{{{14 maart 2025|DATE}}}}

Onderwerp: besluit op uw aanvraag omgevingsvergunning voor een dakopbouw

Geachte heer en mevrouw [[Yıldırım]],

Op {{{{3 januari 2025|DATE}}}} hebben wij uw aanvraag ontvangen voor het bouwen van een dakopbouw op de woning aan de {{{{Van Karnebeekstraat 22|SITE}}}} in {{{{Zwolle|PLACE}}}}, kadastraal bekend als {{{{gemeente Zwolle, sectie K, nummer 4417|KADASTER}}}}. De aanvraag is geregistreerd onder nummer {{{{OLO 9034127|CASE}}}}. U hebt de aanvraag ingediend via het {{{{Omgevingsloket|ORG}}}}; uw architect, de heer [[Thijs Verhoeven-Stam~Verhoeven-Stam]] van {{{{Studio Noordkaap Architecten|ORG}}}}, trad op als gemachtigde.

## Besluit
Wij verlenen de omgevingsvergunning voor de {{{{omgevingsplanactiviteit|TERM}}}} en de technische bouwactiviteit, met toepassing van artikel {{{{5.1 van de Omgevingswet|LAW}}}}. De vergunning is verleend onder de voorwaarden in bijlage 1. De leges bedragen {{{{€ 2.184,60|AMOUNT}}}}; u ontvangt hiervoor een aparte nota.

## Overwegingen
Het bouwplan past niet binnen de regels van het {{{{omgevingsplan Zwolle|TERM}}}} (bestemmingsplan {{{{Assendorp 2016|TERM}}}}), omdat de bouwhoogte van 10 meter wordt overschreden. De {{{{Adviescommissie Omgevingskwaliteit|ORG}}}} heeft op {{{{18 februari 2025|DATE}}}} positief geadviseerd. De buren aan de Van Karnebeekstraat, mevrouw [[Roos]] en de heer [[Hoek]], zijn vooraf geïnformeerd en hebben geen bezwaar gemaakt. De {{{{Van Karnebeekstraat|STREET}}}} wordt tijdens het plaatsen van de kraan op één dag afgesloten.

## Bezwaar
Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken bij het college van burgemeester en wethouders van {{{{Zwolle|PLACE}}}}, via bezwaar@zwolle.nl of Postbus 10007.

Met vriendelijke groet,
namens burgemeester en wethouders van {{{{Zwolle|PLACE}}}},

[[mw. ing. S.M. (Sanne) ter Horst-Bakker~ter Horst-Bakker~Sanne]]
teamleider {{{{Vergunningverlening Omgevingswet|ORG}}}}

Afschrift: [[Thijs Verhoeven-Stam]], {{{{Studio Noordkaap Architecten|ORG}}}}, Thorbeckegracht 6, 8011 VM Zwolle ({{{{info@noordkaap-architecten.nl|EMAIL_FUNCTIONAL}}}})

{MOTIV}
"""))

# ---------------------------------------------------------------------------------------------- a02
DOCS.append(dict(name="a02_aanvraagformulier_omgevingsloket", producer="rl", size=8.8,
    formfields=[("handtekening_naam", "[[Marek Wisniewski]]", 120, 30)],
    meta={"Subject": "Aanvraag 9034877 [[Wiśniewski]] mantelzorgwoning", "Author": "Omgevingsloket"},
    widths={2: [0.38, 0.62], 4: [0.22, 0.28, 0.22, 0.28]},
    body=f"""# Aanvraag omgevingsvergunning
!small {{{{Omgevingsloket|ORG}}}} - aanvraagnummer {{{{9034877|CASE}}}} - ingediend op {{{{22-01-2025|DATE}}}} om 21:14 - bevoegd gezag: {{{{gemeente Hollands Kroon|ORG}}}}

## 1. Gegevens aanvrager
| Gegeven | Waarde |
| Burgerservicenummer | [[{bsn(11)}]] |
| Voorletters en achternaam | [[M.T. Wiśniewski~Wiśniewski]] |
| Voornamen | [[Marek Tomasz]] |
| Geboortedatum | [[07-11-1979|DATE_OF_BIRTH]] |
| Adres | [[Middenweg 87|ADDRESS]] |
| Postcode en woonplaats | [[1771 BX Wieringerwerf|ADDRESS]] |
| Telefoonnummer | [[+31 (0)6 4127 9930|PHONE]] |
| E-mailadres | [[marek.wisniewski79@gmail.com]] |
| Rekeningnummer leges | [[{iban('INGB', '0006628190')}|IBAN]] |

## 2. Gegevens gemachtigde
| Gegeven | Waarde |
| Bedrijfsnaam | {{{{Bouwkundig Tekenbureau De Kop|ORG}}}} |
| KvK-nummer | {{{{37094412|KVK}}}} |
| Contactpersoon | [[Jelle Wijbenga]] |
| Telefoonnummer | [[0227 50 43 18|PHONE]] |
| E-mailadres | [[jelle@tekenbureaudekop.nl]] |

## 3. Locatie van de activiteit
| Gegeven | Waarde |
| Adres locatie | {{{{Middenweg 87a|SITE}}}}, {{{{Wieringerwerf|PLACE}}}} (achtererf) |
| Kadastrale aanduiding | {{{{Wieringermeer, sectie D, nummer 2291|KADASTER}}}} |
| Omschrijving | bouwen van een {{{{mantelzorgwoning|TERM}}}} (62 m²) voor de moeder van aanvrager, mevrouw [[Halina Wiśniewska]], geboren [[14-03-1951|DATE_OF_BIRTH]] |

## 4. Activiteiten
| Activiteit | Antwoord | Activiteit | Antwoord |
| Bouwactiviteit (technisch) | ja | Omgevingsplanactiviteit | ja |
| Rijksmonument | nee | Uitweg / inrit | ja, nieuwe inrit aan de {{{{Middenweg|STREET}}}} |

## 5. Bijlagen
| Bestand | Omschrijving |
| plattegrond-mantelzorg-[[Wisniewski]]-v2.pdf | plattegronden en gevels |
| medische-verklaring-[[H-Wisniewska]].pdf | verklaring mantelzorgbehoefte (niet openbaar) |

## 6. Ondertekening
Hierbij verklaar ik dit formulier naar waarheid te hebben ingevuld.
Naam: zie formulierveld - Plaats: {{{{Wieringerwerf|PLACE}}}} - Datum: {{{{22-01-2025|DATE}}}}
!small Dit formulier is automatisch gegenereerd door het {{{{Omgevingsloket|ORG}}}} (DSO). Vragen over het loket: {{{{088 797 07 90|PHONE_SERVICE}}}}.

{MOTIV}
"""))

# ---------------------------------------------------------------------------------------------- a03
DOCS.append(dict(name="a03_ruimtelijke_onderbouwing_zonnepark", producer="docx", size=9.5,
    docx_author="[[Rianne Kapteijn-Vos]]", docx_title="Ruimtelijke onderbouwing Zonnepark De Zwaag - concept RKV",
    footer="{{Ruimtelijke onderbouwing Zonnepark De Zwaag|TITLE}} - projectnr. {{24.1187|CASE}} - {{BügelHajema|ORG}}",
    body=f"""# Ruimtelijke onderbouwing Zonnepark De Zwaag
Initiatiefnemer: {{{{Zonnepark De Zwaag B.V.|ORG}}}}
Bevoegd gezag: {{{{gemeente Hoorn|ORG}}}}
Opgesteld door: [[drs. R. Kapteijn-Vos~Kapteijn-Vos]] (senior adviseur ruimtelijke ordening) en [[ir. M. El Khayari~El Khayari]]
Gecontroleerd door: [[Bart van Dijk~van Dijk]], {{{{BügelHajema|ORG}}}} Adviseurs, vestiging Alkmaar
Datum: {{{{9 december 2024|DATE}}}} - versie 2.1

## 1. Inleiding
{{{{Zonnepark De Zwaag B.V.|ORG}}}} wil op het perceel {{{{Westerblokker 176|SITE}}}} te Hoorn een zonnepark van 14 hectare realiseren. Het perceel is kadastraal bekend als {{{{Blokker, sectie B, nummers 1402 en 1403|KADASTER}}}}. De grond is eigendom van de familie [[Koomen]], die het perceel tot 2023 als grasland gebruikte; de heer [[P. Koomen]] woont op het naastgelegen erf. Het plan past niet in het omgevingsplan; met deze onderbouwing wordt aangetoond dat sprake is van een evenwichtige toedeling van functies aan locaties (artikel {{{{5.21 Omgevingswet|LAW}}}}).

## 2. Beleidskader
Het plan sluit aan bij de {{{{Regionale Energiestrategie Noord-Holland Noord|PROGRAMME}}}} en de provinciale {{{{Omgevingsverordening NH2022|LAW}}}}. De zonneladder van de provincie is toegepast: daken in de omgeving zijn onvoldoende beschikbaar. Gedeputeerde {{{{Rosa Molenaar|OFFICEHOLDER}}}} heeft in haar brief van {{{{2 september 2024|DATE}}}} aangegeven dat het initiatief past binnen de zoekgebieden.

## 3. Participatie
Op {{{{12 november 2024|DATE}}}} is een informatieavond gehouden in {{{{dorpshuis De Kei|ORG}}}}. Aanwezig waren circa 40 omwonenden. Een aantal bewoners van de {{{{Westerblokker|STREET}}}}, onder wie de heer [[Ramon Sewnath]] en mevrouw [[Wytske Dijkstra-Boonstra~Dijkstra-Boonstra]], vroeg om een bredere groene afscherming. Eén bewoner, [[dhr. Kuijper~Kuijper]] ([[Westerblokker 180|ADDRESS]]), maakte zich zorgen over reflectie richting zijn woning en is op {{{{26 november 2024|DATE}}}} thuis bezocht door [[Rianne]].
@PAGE
## 4. Landschappelijke inpassing
Rondom het park komt een haag van inheemse soorten van 2,5 meter hoog. De sloot langs de {{{{Dorpsweg|STREET}}}} blijft behouden. Het {{{{Hoogheemraadschap Hollands Noorderkwartier|ORG}}}} heeft in het vooroverleg ingestemd met een watercompensatie van 600 m³.

| Aspect | Conclusie | Bron / contact |
| Ecologie | geen vaste rust- of verblijfplaatsen; geen vergunning {{{{Wet natuurbescherming|LAW}}}} nodig | quickscan {{{{Natuurbureau Kennemerland|ORG}}}}, veldbezoek door [[S. Hiemstra~Hiemstra]] op 4 juni 2024 |
| Stikstof | alleen aanlegfase, AERIUS-berekening 0,00 mol/ha/j | berekening [[M. El Khayari]] |
| Archeologie | lage verwachting, geen onderzoek | {{{{Westfries Archief|ORG}}}} |
| Geluid omvormers | voldoet aan 40 dB(A) op gevel [[Westerblokker 180]] | akoestisch rapport {{{{Peutz|ORG}}}} |

## 5. Conclusie
Het zonnepark is ruimtelijk aanvaardbaar. Vragen over deze onderbouwing: [[r.kapteijn@bugelhajema.nl]] of [[06-29 41 88 07|PHONE]].

{MOTIV}
"""))

# ---------------------------------------------------------------------------------------------- a04
DOCS.append(dict(name="a04_zienswijze_omwonenden_zonnepark", producer="docx",
    docx_author="[[Wytske Dijkstra]]", docx_title="zienswijze zonnepark",
    body=f"""[[W.A. Dijkstra-Boonstra~Dijkstra-Boonstra]] en [[H.J. Dijkstra]]
[[Westerblokker 171|ADDRESS]]
[[1695 AH Blokker|ADDRESS]]
[[wytske.dijkstra@ziggo.nl]] / [[0229 27 55 00|PHONE]]

Aan het college van burgemeester en wethouders van {{{{Hoorn|PLACE}}}}
t.a.v. team {{{{Ruimtelijke Ontwikkeling|ORG}}}}
Postbus 603
1620 AR Hoorn

Blokker, {{{{6 januari 2025|DATE}}}}

Betreft: zienswijze ontwerpbesluit omgevingsvergunning {{{{Zonnepark De Zwaag|PROJECT}}}} (zaak {{{{Z-2024-08817|CASE}}}})

Geacht college,

Hierbij dienen wij, mede namens de ondertekenaars hieronder, een zienswijze in tegen het ontwerpbesluit dat op {{{{25 november 2024|DATE}}}} in het {{{{Gemeenteblad|PUBLICATION}}}} is gepubliceerd.

1. Het zonnepark komt op 35 meter van onze woning. Uit de ruimtelijke onderbouwing blijkt dat alleen de woning van de buren aan nummer 180 is onderzocht op geluid. Onze slaapkamer ligt aan de kant van het perceel.
2. De afscherming met een haag van 2,5 meter is onvoldoende. Wij vragen een aarden wal, zoals wethouder {{{{Sjon Nederpelt|OFFICEHOLDER}}}} op de informatieavond van 12 november 2024 toezegde.
3. Het verkeer tijdens de aanleg gaat over de {{{{Dorpsweg|STREET}}}}, waar kinderen naar {{{{De Blokkerschool|ORG}}}} fietsen.

Wij verzoeken u de vergunning te weigeren, dan wel aanvullende voorschriften te verbinden. Wij willen graag worden gehoord.

Met vriendelijke groet,
[[Wytske Dijkstra-Boonstra]]                [[Hendrik Jan Dijkstra]]

Mede-ondertekenaars:
| Naam | Adres | Handtekening |
| [[Ramon Sewnath]] | [[Westerblokker 169]] | getekend |
| [[Priscilla Sewnath-Kartodikromo~Sewnath-Kartodikromo]] | [[Westerblokker 169a]] | getekend |
| [[Gerrit de Boer]] | [[Tuinderslaan 4|ADDRESS]], Blokker | getekend |
| [[Awet Kidane]] | [[Dorpsweg 212|ADDRESS]] | getekend |
| familie [[Van der Meulen]] | [[Westerblokker 165]] | getekend |

{MOTIV}
"""))

# ---------------------------------------------------------------------------------------------- a05 scan
DOCS.append(dict(name="a05_bezwaarschrift_handhaving_scan", producer="scan", font="DVS", size=11,
    body="""[[Fatima el Amrani]]
[[Kerkstraat 38|ADDRESS]]
[[7411 KL Deventer|ADDRESS]]
tel. [[06 38 21 47 90|PHONE]]

Aan het college van B en W
Gemeente Deventer
Postbus 5000
7400 GC Deventer

Deventer, 2 februari 2025

Betreft: bezwaar tegen uw besluit van 23 december 2024, kenmerk 2024-HH-4471

Geacht college,

Hierbij maak ik bezwaar tegen uw besluit om geen handhavend op te treden tegen de uitbouw van mijn buurman, de heer [[Bouzidi]], op het adres [[Kerkstraat 40|ADDRESS]]. De uitbouw is zonder vergunning gebouwd en neemt het licht weg uit mijn keuken.

Uw inspecteur, de heer [[Gerritsen]], heeft op 14 november 2024 alleen aan de straatkant gekeken. Hij heeft niet met mij gesproken. Ook mijn zoon [[Youssef el Amrani]] heeft hier twee keer over gebeld.

Ik verzoek u het besluit te herroepen en alsnog een last onder dwangsom op te leggen.

Met vriendelijke groet,

[[F. el Amrani]]
"""))

# ---------------------------------------------------------------------------------------------- a06
DOCS.append(dict(name="a06_verslag_hoorzitting_bezwaarschriftencommissie", producer="html", size=9.2,
    html_title="Verslag hoorzitting 2025-014 ([[Demirtaş]])",
    footer="{{Bezwaarschriftencommissie gemeente Deventer|ORG}} - verslag {{2025-014|CASE}} - vertrouwelijk tot besluit",
    body=f"""# Verslag van de hoorzitting
**{{{{Bezwaarschriftencommissie gemeente Deventer|ORG}}}}**, kamer {{{{Fysiek Domein|ORG}}}}

|~ Datum | {{{{10 april 2025|DATE}}}}, 14.00 uur, {{{{stadhuis Deventer|ORG}}}}, {{{{Grote Kerkhof 4|ADDRESS_ORG}}}}
|~ Zaak | bezwaar van de heer [[M. Demirtaş~Demirtaş]] tegen de weigering van een omgevingsvergunning ({{{{2024-OV-3390|CASE}}}})
|~ Commissie | [[mr. J.P. de Wit-van Dam~Wit-van Dam]] (voorzitter), [[drs. H. Zandstra~Zandstra]], [[mr. L. Tesfamariam~Tesfamariam]] (leden)
|~ Secretaris | [[mr. I. Bosman-Kok~Bosman-Kok]]
|~ Bezwaarde | de heer [[Mehmet Demirtaş]], bijgestaan door [[mr. A. Ouali~Ouali]], advocaat bij {{{{IJsselstad Advocaten|ORG}}}}
|~ Namens het college | [[R. Hofstede~Hofstede]] (juridisch adviseur) en [[Els Timmer]] (vergunningverlener)

## 1. Opening
De voorzitter opent de zitting en wijst op het openbare karakter ervan. Zij licht toe dat de commissie onafhankelijk is en het college adviseert; burgemeester {{{{Ron König|OFFICEHOLDER}}}} en de wethouders nemen het besluit.

## 2. Toelichting bezwaarde
De heer [[Demirtaş]] licht toe dat hij de garage op het perceel {{{{Zutphenseweg 118|SITE}}}} wil ombouwen tot werkplaats voor zijn stukadoorsbedrijf. Zijn buurvrouw, mevrouw [[Zwolle]], heeft nooit geklaagd; integendeel. Hij wijst op de brief van de buren aan de overzijde, de familie [[Olthof]], waarin zij steun uitspreken. [[Mr. Ouali]] voegt toe dat in {{{{Zwolle|PLACE}}}} en {{{{Apeldoorn|PLACE}}}} vergelijkbare werkplaatsen wel zijn toegestaan. Hij verwijst naar de uitspraak van de {{{{Afdeling bestuursrechtspraak van de Raad van State|ORG}}}} van {{{{3 mei 2023|DATE}}}} ({{{{ECLI:NL:RVS:2023:1722|CASE}}}}).

Bezwaarde vermeldt desgevraagd dat hij bereikbaar is op [[06-51 90 33 28|PHONE]] en dat zijn bedrijf ingeschreven staat op het privéadres [[Zutphenseweg 116|ADDRESS]].

## 3. Toelichting namens het college
Mevrouw [[Timmer]] licht toe dat het omgevingsplan ter plaatse geen bedrijfsactiviteiten toestaat in categorie 2. Er is overleg geweest met {{{{Omgevingsdienst IJsselland|ORG}}}}; adviseur [[Kevin Stam]] heeft geconcludeerd dat de geluidsbelasting op de woning van de buren te hoog zou zijn. De heer [[Hofstede]] voegt toe dat de zaak uit {{{{Zwolle|PLACE}}}} niet vergelijkbaar is.
@PAGE
## 4. Vragen van de commissie
Op vragen van de heer [[Zandstra]] antwoordt bezwaarde dat er geen machines draaien na 18.00 uur. Mevrouw [[Tesfamariam]] vraagt naar de parkeerdruk in de {{{{Zutphenseweg|STREET}}}}; de heer [[Demirtaş]] heeft twee bestelbussen met kentekens [[VN-482-T|LICENCE_PLATE]] en [[V-337-KD|LICENCE_PLATE]].

## 5. Sluiting
De voorzitter sluit de zitting om 15.10 uur. De commissie brengt binnen zes weken advies uit. Het verslag wordt toegezonden aan [[mehmet@demirtas-afbouw.nl]] en aan [[a.ouali@ijsselstadadvocaten.nl]].

Vastgesteld door de secretaris, [[I.B.K.|PARAPH]]

{MOTIV}
"""))

# ---------------------------------------------------------------------------------------------- a07
DOCS.append(dict(name="a07_rapport_bouwtoezicht_controle", producer="rl", columns=2, size=9.4,
    sidebar="{{Omgevingsdienst Haaglanden|ORG}} - rapport {{OD-HL-2025-00732|CASE}} - toezichthouder [[HvdB]]",
    meta={"Author": "[[Hans van den Brink]]"},
    body=f"""# Rapport van bevindingen bouwtoezicht
**{{{{Omgevingsdienst Haaglanden|ORG}}}}** namens {{{{gemeente Westland|ORG}}}}

Kenmerk: {{{{OD-HL-2025-00732|CASE}}}}
Datum controle: {{{{27 februari 2025|DATE}}}}, 09.40 uur
Toezichthouders: [[H. van den Brink~van den Brink]] (BOA, nr. [[BOA-0318-772|ID]]) en [[Dewi Ramsaroep]]
Locatie: {{{{Naaldwijkseweg 240|SITE}}}}, {{{{Honselersdijk|PLACE}}}}

## Aanleiding
Op {{{{19 februari 2025|DATE}}}} ontving de gemeente een melding via {{{{14 0174|PHONE_SERVICE}}}} van een omwonende, mevrouw [[A.C. Hoek-Verbeek~Hoek-Verbeek]] ([[Naaldwijkseweg 236|ADDRESS]], tel. [[0174-627 381|PHONE]]), over de bouw van een bedrijfshal achter de kassen.

## Bevindingen
Ter plaatse troffen wij de eigenaar aan, de heer [[Petrus Johannes (Piet) van Vliet~van Vliet]], geboren [[3 juni 1961|DATE_OF_BIRTH]]. Hij verklaarde dat de hal bedoeld is voor opslag van zijn tuinbouwbedrijf {{{{Van Vliet Potplanten B.V.|ORG}}}}. Een omgevingsvergunning voor de bouwactiviteit is niet aangevraagd; in het {{{{Omgevingsloket|ORG}}}} is niets bekend. De staalconstructie staat; het dak ontbreekt nog. Op het terrein stonden een heftruck en een personenauto met kenteken [[54-XTP-9|LICENCE_PLATE]].

De heer [[Van Vliet]] gaf aan dat zijn aannemer, [[Yusuf Aydın]] van {{{{Staalbouw Westland|ORG}}}}, hem had gezegd dat een vergunning niet nodig was. Hij is bereikbaar op [[06-15 37 02 84|PHONE]].

## Foto's
Foto 1 tot en met 9 zijn gemaakt door [[Dewi Ramsaroep]] en opgeslagen in zaak {{{{Z.25.04471|CASE}}}}.

## Conclusie en advies
Er is gebouwd zonder omgevingsvergunning (artikel {{{{5.1 Omgevingswet|LAW}}}}). Wij adviseren het college een vooraankondiging van een {{{{last onder dwangsom|TERM}}}} te sturen en een stillegging te overwegen. Wethouder {{{{Ben Vreugdenhil|OFFICEHOLDER}}}} is op de hoogte gebracht.

Aldus naar waarheid opgemaakt,
[[H. van den Brink]], toezichthouder/BOA
[[D. Ramsaroep~Ramsaroep]], toezichthouder bouwen

{MOTIV}
"""))

# ---------------------------------------------------------------------------------------------- a08
DOCS.append(dict(name="a08_last_onder_dwangsom_westland", producer="docx",
    docx_author="[[mr. Carlijn Stolk]]", docx_title="LOD [[Van Vliet]] Naaldwijkseweg",
    header="{{Gemeente Westland|ORG}} - {{Team Handhaving|ORG}} - zaaknummer {{Z.25.04471|CASE}}",
    body=f"""Aangetekend en per gewone post
{{{{Van Vliet Potplanten B.V.|ORG}}}}
t.a.v. de heer [[P.J. van Vliet]]
[[Poeldijkseweg 12|ADDRESS]]
[[2675 BC Honselersdijk|ADDRESS]]

|~ Uw kenmerk | - |
|~ Ons kenmerk | {{{{Z.25.04471|CASE}}}} |
|~ Contactpersoon | [[mr. C. Stolk~Stolk]] |
|~ Doorkiesnummer | [[0174 673 219|PHONE]] |
|~ E-mail | [[c.stolk@gemeentewestland.nl]] |
|~ Datum | {{{{24 maart 2025|DATE}}}} |

Onderwerp: last onder dwangsom bedrijfshal {{{{Naaldwijkseweg 240|SITE}}}}

Geachte heer [[Van Vliet]],

Bij brief van {{{{6 maart 2025|DATE}}}} hebben wij u ons voornemen kenbaar gemaakt om u een last onder dwangsom op te leggen. U hebt op {{{{17 maart 2025|DATE}}}} telefonisch uw zienswijze gegeven aan mevrouw [[Stolk]]. U gaf aan dat u een vergunning zult aanvragen via uw adviseur, de heer [[Aydın]].

## Besluit
Wij gelasten u om binnen acht weken na de verzenddatum van deze brief de bedrijfshal op het perceel {{{{Naaldwijkseweg 240|SITE}}}} te {{{{Honselersdijk|PLACE}}}} te verwijderen en verwijderd te houden. Voldoet u daar niet aan, dan verbeurt u een dwangsom van {{{{€ 5.000,-|AMOUNT}}}} per week, met een maximum van {{{{€ 40.000,-|AMOUNT}}}}. Dwangsommen betaalt u op rekening {{{{NL03 BNGH 0285 1701 15|IBAN_ORG}}}} ten name van {{{{gemeente Westland|ORG}}}}.

Legaliseren is mogelijk: als u binnen de begunstigingstermijn een ontvankelijke aanvraag indient, schorten wij de termijn op.

## Grondslag
Artikel {{{{5:32 Algemene wet bestuursrecht|LAW}}}}, artikel {{{{18.1 Omgevingswet|LAW}}}}. Het rapport van bevindingen van {{{{27 februari 2025|DATE}}}} ({{{{OD-HL-2025-00732|CASE}}}}) van toezichthouders [[Van den Brink]] en [[Ramsaroep]] is bijgevoegd.

Hoogachtend,
het college van burgemeester en wethouders van {{{{Westland|PLACE}}}},
namens dezen,

[[J.W. (Jan-Willem) Kouwenhoven~Kouwenhoven]]
manager {{{{Vergunningen, Toezicht en Handhaving|ORG}}}}

Afschrift: mevrouw [[Hoek-Verbeek]] (melder)

{MOTIV}
"""))

# ---------------------------------------------------------------------------------------------- a09
DOCS.append(dict(name="a09_melding_geluidsoverlast_en_antwoord", producer="html", size=9,
    html_title="Melding overlast 2025-0193",
    body=f"""# Melding overlast
{{{{Gemeente Utrecht|ORG}}}} - {{{{Meldpunt Overlast|ORG}}}} - meldingnummer {{{{2025-0193|CASE}}}}

| Veld | Ingevuld |
| Naam melder | [[Lina Al-Khatib]] |
| Adres melder | [[Kanaalstraat 203 bis|ADDRESS]], [[3531 CP Utrecht|ADDRESS]] |
| Telefoon | [[06 2471 5508|PHONE]] |
| E-mail | [[lina.alkhatib@outlook.com]] |
| Soort overlast | geluid (muziek, bas), ook 's nachts |
| Adres veroorzaker | [[Kanaalstraat 205|ADDRESS]] (bovenburen, naam volgens melder: [[Kowalczyk]]) |
| Omschrijving | Sinds oktober bijna elk weekend harde muziek tot 04.00 uur. Ik heb met [[Paweł]] gepraat maar het helpt niet. Mijn dochter [[Nour]] (7) slaapt er niet van. Ook de buurvrouw, mevrouw [[Van Dijk]], heeft geklaagd bij {{{{Mitros|ORG}}}}. |

## Antwoord per e-mail
Van: {{{{Meldpunt Overlast|ORG}}}} &lt;overlast@utrecht.nl&gt;
Aan: [[lina.alkhatib@outlook.com]]
Datum: {{{{17 januari 2025|DATE}}}}
Onderwerp: RE: melding {{{{2025-0193|CASE}}}}

Beste mevrouw [[Al-Khatib]],

Dank voor uw melding. Wij begrijpen dat dit vervelend is. Geluid van buren valt niet onder de milieuregels; de gemeente kan hier meestal niet handhaven. Wel kunnen wij u aanmelden bij {{{{Buurtbemiddeling Utrecht|ORG}}}}. Ook kunt u contact opnemen met uw verhuurder {{{{Mitros|ORG}}}} via {{{{030 - 285 60 00|PHONE_ORG}}}}.

De wijkagent, [[Rachid Bouzerda]], is op de hoogte en zal langsgaan bij de bewoner van nummer 205. Bij acute overlast belt u de politie via {{{{0900-8844|PHONE_SERVICE}}}}.

Met vriendelijke groet,

[[Jorien Kampman]]
medewerker Meldpunt Overlast, {{{{gemeente Utrecht|ORG}}}}
T {{{{14 030|PHONE_SERVICE}}}}

&gt; Van: [[Lina Al-Khatib]] [mailto:[[lina.alkhatib@outlook.com]]]
&gt; Verzonden: donderdag 16 januari 2025 23:58
&gt; Ik ben het echt zat. Kunnen jullie iets doen? Groet, [[Lina]]

{MOTIV}
""".replace("&gt;", ">").replace("&lt;", "<")))

# ---------------------------------------------------------------------------------------------- a10
DOCS.append(dict(name="a10_overzicht_stankmeldingen_mestvergisting", producer="rl", size=8.5,
    widths={6: [0.1, 0.17, 0.19, 0.15, 0.25, 0.14]},
    footer="{{Omgevingsdienst Groningen|ORG}} - overzicht klachten {{Biogas Oldambt|ORG}} Q4 2024 - intern",
    body=f"""# Overzicht stankmeldingen vergistingsinstallatie {{{{Biogas Oldambt|ORG}}}}
Periode {{{{1 oktober 2024|DATE}}}} tot en met {{{{31 december 2024|DATE}}}}. Inrichting: {{{{Pekelderweg 3|SITE}}}}, {{{{Winschoten|PLACE}}}}. Bevoegd gezag: {{{{gemeente Oldambt|ORG}}}}. Dossierhouder ODG: [[Gerda Wubbolts-Mulder~Wubbolts-Mulder]].

| Datum | Melder | Adres melder | Telefoon | Omschrijving | Afhandeling |
| 02-10-2024 | [[J. Stam]] | [[Pekelderweg 19]] | [[0597-41 22 86|PHONE]] | sterke mestlucht, wind ZO, in de tuin niet te harden | gesnoven door [[GWM]] |
| 09-10-2024 | [[Tjitske van der Meulen]] | [[Oude Pekela Weg 4]] | [[06-48 03 11 57|PHONE]] | zoete rotte geur bij de school {{{{OBS De Klinker|ORG}}}} | geen waarneming |
| 23-10-2024 | [[Ahmad Alhussein]] | [[Beersterstraat 77]] | [[06 1934 6620|PHONE]] | misselijk, ramen dicht; ook namens zijn vader [[Omar Alhussein]] | bedrijf gebeld, fakkel in storing |
| 05-11-2024 | [[J. Stam]] | [[Pekelderweg 19]] | idem | opnieuw, kinderen binnen gehouden | rapport ODG {{{{2024-1187|CASE}}}} |
| 19-11-2024 | anoniem | - | - | via {{{{0800-0341|PHONE_SERVICE}}}} (provinciale klachtenlijn) | geen actie |
| 03-12-2024 | [[Klaas Oosterhuis]] | [[Hoofdweg 6|ADDRESS]], Nieuw-Beerta | [[0597 33 14 09|PHONE]] | lucht "als een kadaverput", ook in de woonkamer | geurpanel ingezet |
| 17-12-2024 | [[Senait Ghebremedhin]] | [[Pekelderweg 23]] | [[06-20 55 71 46|PHONE]] | lucht en lawaai van vrachtwagens 's nachts | doorgezet naar [[Wubbolts-<br>Mulder]] |

## Analyse
In het vierde kwartaal kwamen 7 meldingen binnen van 6 adressen. De meldingen van 23 oktober vallen samen met een storing aan de fakkel, die de exploitant zelf heeft gemeld. De meldingen langs de {{{{Pekelderweg|STREET}}}} hangen samen met zuidoostenwind. Bedrijfsleider [[Hilbrand Kuipers]] van {{{{Biogas Oldambt|ORG}}}} is uitgenodigd voor een gesprek op 14 januari met wethouder {{{{Jan Ruiterkamp|OFFICEHOLDER}}}}.

Advies: een {{{{geurpanel|TERM}}}} in de wijk {{{{Blijham|PLACE}}}} en een aanvullend geuronderzoek volgens de {{{{NTA 9065|LAW}}}}.

{MOTIV}
"""))

# ---------------------------------------------------------------------------------------------- a11
DOCS.append(dict(name="a11_bezwaarschrift_woz_waarde", producer="rl", font="DVS", size=9.6,
    meta={"Title": "WOZ bezwaar [[Sjoerd Hiemstra]] 2025", "Author": "[[hiemstra]]"},
    body=f"""[[Sjoerd Hiemstra]] en [[Tjitske Hiemstra-Wijbenga~Hiemstra-Wijbenga]]
[[Noarder Stasjonsstrjitte 14|ADDRESS]]
[[8701 ER Bolsward|ADDRESS]]

{{{{Gemeente Súdwest-Fryslân|ORG}}}}
Team Belastingen
Postbus 10000
8600 HA Sneek

Bolsward, {{{{20 februari 2025|DATE}}}}

Betreft: bezwaar WOZ-beschikking 2025, aanslagnummer {{{{5512.3301.0876|CASE}}}}, object [[Noarder Stasjonsstrjitte 14]]

Geachte heer, mevrouw,

Wij maken bezwaar tegen de WOZ-waarde van onze woning, vastgesteld op {{{{€ 412.000|AMOUNT}}}} per waardepeildatum {{{{1 januari 2024|DATE}}}}. Wij vinden deze waarde te hoog, om de volgende redenen:

1. De woning heeft ernstige funderingsproblemen (paalrot). Een rapport van {{{{Fugro|ORG}}}} is bijgevoegd; herstel kost volgens de offerte ongeveer {{{{€ 95.000|AMOUNT}}}}.
2. De vergelijkingswoning aan de {{{{Kerkstraat 3|SITE}}}} is gerenoveerd en heeft een grotere kavel.
3. Onze buurman, [[Douwe Hoekstra]], heeft voor een gelijke woning een waarde van {{{{€ 355.000|AMOUNT}}}} gekregen.

Wij verzoeken u de waarde te verlagen naar {{{{€ 330.000|AMOUNT}}}} en het taxatieverslag toe te sturen. De WOZ-taxateur, de heer [[R. Zwart]], heeft de woning in 2023 alleen van buiten bekeken.

Graag ontvangen wij de terugbetaling van te veel betaalde OZB op rekening [[{iban('RABO', '0348119027')}|IBAN]] ten name van [[S. Hiemstra]]. Wij zijn bereikbaar op [[0515 57 43 20|PHONE]] of [[sjoerdhiemstra@hotmail.nl]].

Met vriendelijke groet,

[[Sjoerd Hiemstra]]         [[Tjitske Hiemstra]]
BSN [[{bsn_dots(23)}|BSN]]

Bijlagen: funderingsrapport, foto's, offerte {{{{Friesland Funderingsherstel|ORG}}}}

{MOTIV}
"""))

# ---------------------------------------------------------------------------------------------- a12 scan with OCR layer
DOCS.append(dict(name="a12_uitspraak_op_bezwaar_woz_scan_ocr", producer="scan_ocr", font="DVS", size=10.5,
    body="""Gemeente Súdwest-Fryslân - Team Belastingen

De heer [[S. Hiemstra]]
[[Noarder Stasjonsstrjitte 14]]
[[8701 ER Bolsward]]

Sneek, 9 mei 2025
Behandeld door: [[Annemarie Tuinstra]]
Telefoon: [[0515 48 92 76|PHONE]]

Onderwerp: uitspraak op uw bezwaar tegen de WOZ-waarde 2025

Geachte heer [[Hiemstra]],

Op 21 februari 2025 ontvingen wij uw bezwaarschrift. De taxateur, mevrouw [[Tuinstra]], heeft op 2 april 2025 uw woning inpandig bekeken in aanwezigheid van u en uw echtgenote. Zij heeft de funderingsschade vastgesteld.

Uitspraak: wij verminderen de WOZ-waarde van 412.000 euro naar 356.000 euro. De aanslag OZB wordt ambtshalve verlaagd. Het te veel betaalde bedrag storten wij binnen zes weken terug.

De vergelijking met de woning van uw buurman [[Hoekstra]] is niet gevolgd, omdat die woning kleiner is.

Met vriendelijke groet,
de heffingsambtenaar van de gemeente Súdwest-Fryslân,

[[drs. W. Bergsma]]
"""))

# ---------------------------------------------------------------------------------------------- a13
DOCS.append(dict(name="a13_besluit_kwijtschelding_waterschapsbelasting", producer="docx", size=9.3,
    docx_author="[[Nadia Boukhari]]", docx_title="Kwijtschelding [[Tesfamariam]] 2025",
    footer="{{Waterschap Drents Overijsselse Delta|ORG}} - Dokter van Deenweg 186, 8025 BM Zwolle - {{088 233 1200|PHONE_ORG}} - {{wdodelta.nl|ORG}}",
    body=f"""{{{{Waterschap Drents Overijsselse Delta|ORG}}}}
{{{{GBLT|ORG}}}} namens het waterschap

De heer [[Y. Tesfamariam~Tesfamariam]]
[[Dobbe 12-III|ADDRESS]]
[[8032 JW Zwolle|ADDRESS]]

|~ Datum | {{{{12 juni 2025|DATE}}}}
|~ Aanslagnummer | {{{{3300 7811 4402|CASE}}}}
|~ Relatienummer | [[11928374|ID]]
|~ Behandeld door | [[N. Boukhari~Boukhari]]
|~ Telefoon | {{{{088 064 55 55|PHONE_ORG}}}}

Onderwerp: beslissing op uw verzoek om kwijtschelding

Geachte heer [[Tesfamariam]],

U hebt op {{{{3 april 2025|DATE}}}} kwijtschelding gevraagd van de {{{{watersysteemheffing|TERM}}}} en de {{{{zuiveringsheffing|TERM}}}} 2025, samen {{{{€ 398,42|AMOUNT}}}}. Uw gegevens:

| Gegeven | Waarde |
| Naam | [[Yonas Tesfamariam]] |
| BSN | [[{bsn(41)}|BSN]] |
| Geboortedatum | [[22-08-1988|DATE_OF_BIRTH]] |
| Partner | [[Senait Haile]], geboren [[03-01-1992|DATE_OF_BIRTH]] |
| Inkomen | uitkering Participatiewet {{{{gemeente Zwolle|ORG}}}} |
| Bankrekening | [[{iban('ASNB', '8832017745')}|IBAN]] |

## Beslissing
Wij verlenen volledige kwijtschelding. Uw betalingscapaciteit is nihil volgens de {{{{Uitvoeringsregeling Invorderingswet 1990|LAW}}}}. U hoeft niets te betalen. Bedragen die u al via automatische incasso hebt betaald, worden teruggestort op uw rekening.

Voor vragen kunt u bellen met {{{{GBLT|ORG}}}}, telefoon {{{{088 064 55 55|PHONE_ORG}}}}, of mailen naar {{{{kwijtschelding@gblt.nl|EMAIL_FUNCTIONAL}}}}. U kunt ook een afspraak maken met de schuldhulpverlener die u hielp, mevrouw [[Marloes Brinkhuis]] van {{{{Stichting Schuldhulp Zwolle|ORG}}}} ([[m.brinkhuis@schuldhulpzwolle.nl]]).

Met vriendelijke groet,
namens de invorderingsambtenaar,
[[N. Boukhari]]
medewerker kwijtschelding

{MOTIV}
"""))

# ---------------------------------------------------------------------------------------------- a14
DOCS.append(dict(name="a14_mailwisseling_zuiveringsheffing_melkveehouder", producer="html", size=9,
    html_title="RE: aanslag vervuilingseenheden [[Hofman]] - Staphorst",
    body=f"""**Van:** [[Brouwer, Liesbeth <l.brouwer@wdodelta.nl>~l.brouwer@wdodelta.nl~Liesbeth]]
**Verzonden:** dinsdag {{{{4 maart 2025|DATE}}}} 10:12
**Aan:** '[[Hofman, Gert <gert@hofman-melkvee.nl>~gert@hofman-melkvee.nl]]'
**CC:** {{{{Heffingen|ORG}}}} &lt;heffingen@wdodelta.nl&gt;; [[Schuurman, Pieter <p.schuurman@wdodelta.nl>~p.schuurman@wdodelta.nl]]
**Onderwerp:** RE: aanslag vervuilingseenheden 2024 - {{{{Melkveebedrijf De Hoeve V.O.F.|ORG}}}}

Beste [[Gert]],

Dank voor je telefoontje van gisteren. Ik heb de aanslag nog eens bekeken met [[Pieter]]. De 42 vervuilingseenheden zijn gebaseerd op de oude tabel voor het erf aan de {{{{Oude Rijksweg 311|SITE}}}}. Omdat je sinds juli 2024 het spoelwater afvoert naar de mestkelder, kunnen we het aantal verlagen naar 8. Je ontvangt een verminderingsbeschikking van ongeveer {{{{€ 2.390|AMOUNT}}}}.

Eén vraag nog: staat de V.O.F. op jouw naam en die van je broer [[Hendrik Hofman]], of ook op die van je vader? Dan kan ik de aanslag splitsen.

Groet,
[[Liesbeth Brouwer]]
heffingsadviseur, {{{{Waterschap Drents Overijsselse Delta|ORG}}}}
[[06 - 1298 4471|PHONE]] (ma-do)

---

**Van:** [[Gert Hofman]] &lt;[[gert@hofman-melkvee.nl]]&gt;
**Verzonden:** maandag {{{{3 maart 2025|DATE}}}} 21:40
**Aan:** [[l.brouwer@wdodelta.nl]]
**Onderwerp:** aanslag vervuilingseenheden 2024

Goedenavond mevrouw [[Brouwer]],

Zoals vanmiddag besproken. Wij begrijpen die aanslag van ruim {{{{€ 2.900|AMOUNT}}}} niet. Ons spoelwater gaat al sinds vorige zomer niet meer in de sloot, dat heeft jullie toezichthouder [[Arjen Lubbers]] in augustus zelf gezien. Mijn vrouw [[Jannie]] heeft de foto's nog. Het erf ligt aan de Oude Rijksweg, ons woonhuis is [[Oude Rijksweg 309|ADDRESS]], [[7951 DD Staphorst|ADDRESS]].

Onze rekening voor eventuele terugbetaling: [[{iban('RABO', '0127733458')}|IBAN]].

Met vriendelijke groet,
[[G.J. Hofman~G.J. Hofman]]
{{{{Melkveebedrijf De Hoeve V.O.F.|ORG}}}}
[[0522 46 19 73|PHONE]]

---
!small Dit bericht is uitsluitend bestemd voor de geadresseerde. {{{{Waterschap Drents Overijsselse Delta|ORG}}}}, Postbus 60, 8000 AB Zwolle, {{{{088 233 1200|PHONE_ORG}}}}.

{MOTIV}
""".replace("&gt;", ">").replace("&lt;", "<")))

# ---------------------------------------------------------------------------------------------- a15
DOCS.append(dict(name="a15_nota_beantwoording_zienswijzen_peilbesluit", producer="rl", columns=2, size=8.4,
    footer="{{Hoogheemraadschap Hollands Noorderkwartier|ORG}} - nota van beantwoording {{peilbesluit Wieringermeer-Noord|TITLE}} - {{HHNK/25.0411|CASE}}",
    hidden={"outline": [("Nota van beantwoording peilbesluit", 0), ("Zienswijze 3 - [[Nowak]]", 0), ("Zienswijze 5 - [[Keijzer-Blom]]", 0)]},
    body=f"""# Nota van beantwoording zienswijzen {{{{peilbesluit Wieringermeer-Noord|TITLE}}}}
Het ontwerp-peilbesluit lag van {{{{3 februari|DATE}}}} tot en met {{{{17 maart 2025|DATE}}}} ter inzage. Er kwamen zes zienswijzen binnen. Het {{{{college van dijkgraaf en hoogheemraden|ORG}}}} stelt deze nota vast; portefeuillehouder is heemraad {{{{Petra Jaspers|OFFICEHOLDER}}}}, voorzitter dijkgraaf {{{{Rinus Hoogendoorn|OFFICEHOLDER}}}}.

## Zienswijze 1 - LTO Noord afdeling Hollands Kroon
{{{{LTO Noord|ORG}}}} vraagt het zomerpeil in peilvak 14 niet te verhogen, omdat dat de bewerkbaarheid van de percelen vermindert. *Reactie:* het peil in peilvak 14 wordt met 5 cm in plaats van 10 cm verhoogd.

## Zienswijze 2 - [[A.W. Keijzer~Keijzer]], [[Smerpweg 7|ADDRESS]], {{{{Middenmeer|PLACE}}}}
De heer [[Keijzer]] teelt bloembollen op {{{{kavel P 61|SITE}}}} en vreest natschade. Hij is op {{{{26 maart 2025|DATE}}}} bezocht door gebiedsadviseur [[Joost Terpstra]]. *Reactie:* een peilbuis wordt geplaatst.

## Zienswijze 3 - [[Paweł Nowak]] en [[Katarzyna Nowak-Zielińska~Nowak-Zielińska]]
De indieners wonen in een woning op staal aan de [[Waardweg 33|ADDRESS]] en vrezen scheurvorming bij een lager winterpeil. Zij vragen een nulmeting. Hun e-mail: [[nowak.waardweg@gmail.com]]. *Reactie:* HHNK laat bij woningen op staal binnen 100 meter van de watergang een bouwkundige nulmeting uitvoeren.

## Zienswijze 4 - {{{{Stichting Wieringermeer Natuurlijk|ORG}}}}
De stichting vraagt een natuurvriendelijk peil in de {{{{Robbenoordbos|PLACE}}}}-watergang. Secretaris [[T. de Graaf-Jansen~de Graaf-Jansen]] ondertekende. *Reactie:* overgenomen.

## Zienswijze 5 - [[mevrouw E.M. Keijzer-Blom~Keijzer-Blom]]
Mevrouw [[Keijzer-Blom]] is de zus van indiener 2 en huurt grasland aan de {{{{Groetweg|STREET}}}}. Zij verwijst naar de schade in 2023 (claim {{{{SCH-2023-118|CASE}}}}). *Reactie:* schade valt onder de {{{{Schaderegeling Hollands Noorderkwartier|LAW}}}}.

## Zienswijze 6 - {{{{Loonbedrijf Kop van Noord-Holland|ORG}}}}
Het loonbedrijf (contactpersoon [[Cor Bakker]], [[06-53 20 84 17|PHONE]]) vraagt de werkzaamheden buiten het oogstseizoen te plannen. *Reactie:* toegezegd.

## Vervolg
Het algemeen bestuur besluit op {{{{25 juni 2025|DATE}}}}. Indieners ontvangen bericht per brief. Vragen: {{{{peilbesluiten@hhnk.nl|EMAIL_FUNCTIONAL}}}} of {{{{072 582 82 82|PHONE_ORG}}}}.

{MOTIV}
"""))

# ---------------------------------------------------------------------------------------------- a16
DOCS.append(dict(name="a16_vergunning_wet_natuurbescherming_melkveebedrijf", producer="rl", size=9,
    meta={"Author": "[[Marieke Ten Hove]]", "Subject": "Wnb-vergunning [[Maatschap Hiemstra-de Boer]]"},
    hidden={"notes": [(0, "Check met [[Anouk]]: depositie op Rottige Meenthe nog 0,04?", "[[Ten Hove, Marieke]]")]},
    footer="{{Provincie Fryslân|ORG}} - Postbus 20120, 8900 HM Leeuwarden - {{058 292 59 25|PHONE_ORG}} - {{provincie@fryslan.frl|EMAIL_FUNCTIONAL}}",
    body=f"""# Besluit {{{{Wet natuurbescherming|LAW}}}} / {{{{Omgevingswet|LAW}}}} - Natura 2000-activiteit
**{{{{Provincie Fryslân|ORG}}}}** - Gedeputeerde Staten - kenmerk {{{{01983455|CASE}}}}

|~ Aanvrager | [[Maatschap Hiemstra-de Boer|TRADE]] ([[D. Hiemstra~D. Hiemstra]] en [[G. Hiemstra-<br>de Boer~Hiemstra-de Boer]])
|~ Correspondentieadres | [[Jonkersleane 5|ADDRESS]], [[8406 AJ Tijnje|ADDRESS]]
|~ Locatie bedrijf | {{{{Heawei 22|SITE}}}}, {{{{Tijnje|PLACE}}}}
|~ Behandelaar | [[M. ten Hove~ten Hove]], {{{{team Natuurvergunningen|ORG}}}}, [[06 82 40 13 65|PHONE]]
|~ Datum | {{{{2 mei 2025|DATE}}}}

## 1. Aanvraag
Op {{{{14 november 2024|DATE}}}} ontvingen wij de aanvraag voor het uitbreiden van het melkveebedrijf naar 180 melkkoeien en 120 stuks jongvee, met een emissiearme stal (Rav {{{{A1.28|TERM}}}}). Adviesbureau {{{{Countus|ORG}}}} (adviseur [[Jildou Feenstra]]) heeft de AERIUS-berekening {{{{RUjXJEFtKNjg|CASE}}}} opgesteld.

## 2. Beoordeling
De stikstofdepositie op de Natura 2000-gebieden {{{{Alde Feanen|PLACE}}}} en {{{{Rottige Meenthe & Brandemeer|PLACE}}}} neemt niet toe ten opzichte van de referentiesituatie, door intern salderen met de bestaande stal uit 1998. Mevrouw [[Hiemstra-de Boer]] heeft in het gesprek van {{{{9 januari 2025|DATE}}}} verklaard dat het bedrijf tevens de melkrobot van haar vader, [[Sytse de Boer]], overneemt.

## 3. Besluit
Gedeputeerde Staten van {{{{Fryslân|PLACE}}}} verlenen de vergunning onder voorschriften. De beslissing is genomen door gedeputeerde {{{{Douwe Hoogland|OFFICEHOLDER}}}} (portefeuille landbouw en natuur) namens GS. Kamerlid {{{{Caroline van der Plas|OFFICEHOLDER}}}} heeft schriftelijk vragen gesteld over de behandelduur; minister {{{{Femke Wiersma|OFFICEHOLDER}}}} van LVVN heeft die op {{{{10 april 2025|DATE}}}} beantwoord.

## 4. Leges en betaling
Er worden geen leges geheven. Een eventuele dwangsom wegens niet tijdig beslissen is niet verschuldigd; de maatschap vroeg betaling op [[{iban('RABO', '3301928842')}|IBAN]].

Namens Gedeputeerde Staten,
[[ir. A.J. (Anouk) Visser-Hellinga~Visser-Hellinga]], teamleider vergunningen

{MOTIV}
"""))
