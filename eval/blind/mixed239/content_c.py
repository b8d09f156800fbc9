"""Set GR, documents gr23-gr33: legal memo, project plan, letters, scans, rosters, decisions, inventory."""
from lib import Doc

DOCS = []

DOCS.append(Doc("gr23_juridisch_memo", """
# Memo
Aan: [[B. Nieuwenhuis]], teamleider Groen en Begraven
Van: [[mr. A. Sedney]], team {{o:Juridische Zaken}}
Datum: 19 februari 2026
Onderwerp: opsporingsplicht rechthebbenden bij ruiming

## 1. Vraag
Hoe ver reikt de plicht van de gemeente om rechthebbenden op te sporen voordat graven worden geruimd?

## 2. Kader
Artikel 28 van de {{law:Wet op de lijkbezorging}} bepaalt dat de houder van de begraafplaats de rechthebbende ten minste een jaar voor het verstrijken van de termijn schriftelijk in kennis stelt. Is de rechthebbende onbekend, dan volstaat een bord op of bij het graf gedurende een jaar. De {{law:Beheersverordening gemeentelijke begraafplaatsen Tiel 2019}} (artikel 12) voegt daaraan een openbare kennisgeving toe.

## 3. Analyse
In het register staat bij 41 graven een onbekende of onjuiste rechthebbende. Voor 2017 werd het register niet gekoppeld aan de {{o:BRP}}; adreswijzigingen zijn dus niet verwerkt. In het geval van graf C-001 is in 2017 een brief gestuurd naar [[Jan Hendrik van Beusekom]], die toen al overleden was. Zijn zoon, de heer [[W.J. van Beusekom]], staat niet als rechthebbende geregistreerd omdat de overschrijving (artikel 29) nooit is aangevraagd.

Volgens de jurisprudentie ({{r:ECLI:NL:RVS:2020:644}}) mag de gemeente uitgaan van het register, maar moet zij bij aanwijzingen dat dit onjuist is, redelijke inspanningen verrichten. Een zoekslag in de {{o:BRP}} op naam en geboortedatum is zo'n redelijke inspanning.

## 4. Advies
1. Voor de 41 graven alsnog een BRP-zoekslag doen en een jaar wachten na de laatste brief.
2. Graven met een lopend bezwaar niet ruimen voordat op het bezwaar is beslist.
3. Uitlatingen van medewerkers aan het graf (zoals door de grafdelver, de heer [[H. Jol]]) niet als toezegging behandelen, maar betrokkenen wel excuses aanbieden.

[[mr. A. Sedney]]
{{f:juridisch adviseur}}
""", "rl", font="serif", title="Memo opsporingsplicht rechthebbenden",
    outline=["Memo A. Sedney aan B. Nieuwenhuis", "Advies"],
    hidden=[("outline", "PERSON", "A. Sedney aan B. Nieuwenhuis (bookmark)", ["A. Sedney aan B. Nieuwenhuis"]),
            ("metadata", "PERSON", "Anouk Sedney (Author)", ["Anouk Sedney"])],
    author="Anouk Sedney",
    meta_producer="Microsoft® Word for Microsoft 365"))

DOCS.append(Doc("gr24_projectplan", """
# Projectplan Grafruiming Santwijck 2026
Versie 1.3 - 9 december 2025 - {{o:Gemeente Tiel}}, {{o:Beheer Openbare Ruimte}}

## 1. Doel
Ruimte maken voor nieuwe particuliere graven op de {{l:Algemene Begraafplaats Santwijck}} door graven met verlopen grafrecht in vak C en D te ruimen, met respect voor de overledenen en hun nabestaanden.

## 2. Fasering
| Fase | Periode | Inhoud |
| 0 | jan-feb 2026 | kennisgeving {{o:Gemeenteblad}}, borden, brieven aan rechthebbenden |
| 1 | mrt-aug 2026 | reacties, verlengingen, bezwaren, inloopspreekuur in de {{pn:aula Johan de Witt}} |
| 2 | okt 2026 | ruiming vak C (monumenten: {{o:Steenhouwerij De Beitel}}) |
| 3 | jan-mrt 2027 | ruiming vak D |
| 4 | apr 2027 | gedenkwand {{pn:ossuarium Het Stille Hof}}, onthulling |

## 3. Uitgangspunten
- Cultuurhistorisch waardevolle graven blijven behouden (lijst in bijlage 2, waaronder {{dec:Anthonie Hendrik van Lidth}} en {{dec:Jan Willem Coenradie}}).
- Monumenten van de steenhouwer {{pn:Hendrik Kalis}} worden gedocumenteerd door {{o:Stichting Funerair Erfgoed Betuwe}}.
- Werkzaamheden vinden niet plaats rond Allerzielen en niet tijdens uitvaarten.
- Bij islamitische en joodse graven wordt vooraf overlegd met de {{o:Diyanet Stichting Nederland}} respectievelijk het {{o:Nederlands-Israëlietisch Kerkgenootschap}}.

## 4. Organisatie
| Rol | Wie |
| Opdrachtgever | wethouder {{pub:Karin Muijsers}} |
| Ambtelijk opdrachtgever | afdelingsmanager BOR |
| Projectleider | {{f:beleidsmedewerker begraven}} |
| Uitvoering | {{f:beheerder begraafplaatsen}}, grafdelvers |
| Communicatie | team Communicatie |

## 4a. Contactpersonen (intern, niet voor verspreiding)
| Naam (rol) | Telefoon | E-mail |
| [[Lotte de Groot]] (AO) | [[t:06-52 19 70 33]] | [[e:l.degroot@tiel.nl]] |
| [[Chantal Brouwer]] (PL) | [[t:06 - 30 81 46 62]] | [[e:c.brouwer-visscher@tiel.nl]] |
| [[Ingrid S.]] (beheer) | [[t:06 23 45 19 07]] | [[e:i.schuttevaer@tiel.nl]] |

## 5. Risico's
Nabestaanden kunnen zich overvallen voelen (zie de ervaringen in {{l:Zaltbommel}} in 2022). Tegenmaatregel: persoonlijke benadering, ruime termijnen en een vast aanspreekpunt via {{m:begraafplaatsen@tiel.nl}}.
""", "docx", title="Projectplan Grafruiming Santwijck 2026", author="Lotte de Groot-Ammerlaan",
    hidden=[("metadata", "PERSON", "Lotte de Groot-Ammerlaan (Author, XMP creator)", ["Lotte de Groot-Ammerlaan"])]))

DOCS.append(Doc("gr25_mail_historische_vereniging", """
Van: [[Jozef Ter Voert]] <[[e:j.tervoert@tyla-tiel.nl]]>
Verzonden: dinsdag 9 juni 2026 20:13
Aan: {{m:begraafplaatsen@tiel.nl}}
CC: [[Gerda Valk]] <[[e:gerda.valk@funerairerfgoedbetuwe.nl]]>; [[Schuttevaer, Ingrid]] <[[e:i.schuttevaer@tiel.nl]]>
Onderwerp: graven met historische waarde vak C/D - verzoek {{o:Tyla}}

Geachte mevrouw [[Schuttevaer]],

Namens de historische vereniging {{o:Tyla}} vraag ik uw aandacht voor enkele graven in vak C en D die naar ons oordeel niet geruimd mogen worden:

- C-031, {{dec:Jacobus Marinus de Wit}}: zandstenen monument van {{pn:Hendrik Kalis}} met smeedijzeren hek;
- C-052, {{dec:Pieter Bos}}: engel van hardsteen, een van de weinige op Santwijck;
- C-066, {{dec:Theodorus Franciscus Brom}}: oprichter van de {{pn:Brom-fanfare}} ({{o:Harmonie Sint-Caecilia}}).

Onze leden [[Wim Donkersloot]] en [[Ans Heijmans-Ooms]] hebben de graven gefotografeerd; de foto's staan in onze beeldbank onder {{r:TY-FUN-2026-014}} tot en met {{r:TY-FUN-2026-019}}. Wij bieden aan de inscripties vast te leggen voor de gedenkwand.

Zou u mij kunnen bellen? Overdag [[t:0344 - 68 11 09]], 's avonds mobiel [[t:06 14 27 93 55]].

Met vriendelijke groet,
[[Jozef Ter Voert]]
secretaris historische vereniging {{o:Tyla}}
""", "rl", font="ttf", title="graven met historische waarde vak C/D",
    meta_producer="Microsoft® Outlook® 2016"))

DOCS.append(Doc("gr26_notitie_paraaf_scan", """
# Notitie aan de wethouder
Onderwerp: excuses aan mevrouw [[Koudijs]] (graf D-009)
Datum: 14 mei 2026
Van: [[I. Schuttevaer]], beheerder begraafplaatsen

Op 12 mei heb ik samen met [[C. Brouwer-Visscher]]
gesproken met mevrouw [[E. Koudijs]]. Grafdelver
[[Henk Jol]] heeft haar op 3 maart bij het graf gezegd
dat zij "nog wel twee jaar" had. Hij bedoelde
de datum van de ruiming van vak D, niet uitstel.
Voorstel: het graf D-009 als laatste in vak D ruimen
en mevrouw aanbieden de steen te behouden.

~Akkoord, graag persoonlijk bellen. KM 15/5
~gezien [[c:BNi]] 14-5
""", "scan", scan={"angle": -0.6, "font": "DejaVuSansMono.ttf"},
    meta_producer="KONICA MINOLTA bizhub C300i", meta_creator="bizhub scan to PDF"))

DOCS.append(Doc("gr27_presentielijst_scan", """
# Presentielijst inloopspreekuur grafruiming
Aula Johan de Witt, 16 april 2026, 16.00 - 19.00 uur

Naam                       Graf    Telefoon
~[[Ria Kooistra]]            C-001   [[t:038-421 55 90]]
~[[Mehmet Yıldırım]]         C-022   [[t:06-22 91 04 87]]
~[[Tjeerd Hoekstra]]         C-040   [[t:0513-61 22 48]]
~[[Hans Rietveld]]           D-033   [[t:0344-69 14 02]]
~[[Annemiek Verhoef]]        D-024   [[t:06-41 55 38 20]]
~[[Bert Wennekes]]           D-041   [[t:0344-61 30 77]]
~[[Dirk Kalkman]]            C-061   [[t:06-55 23 10 98]]
~[[Lies Brom]]               C-066   [[t:0344-62 48 15]]
~[[Sjoerd van der Laan]]     D-003   [[t:06-13 57 24 68]]
~[[Karin Petit]]             D-027   [[t:0345-57 39 21]]

Aanwezig namens gemeente: [[Thijs van 't Hek]], [[Chantal Brouwer-Visscher]]
""", "scan", scan={"angle": 1.0}, meta_producer="Xerox WorkCentre 7845", meta_creator="Xerox WorkCentre 7845"))

DOCS.append(Doc("gr28_verzoek_overbrenging", """
Van: [[Mehmet Yıldırım]] <[[e:mehmet.yıldırım@hotmail.com]]>
Verzonden: dinsdag 21 april 2026 22:47
Aan: {{m:begraafplaatsen@tiel.nl}}
Onderwerp: overbrenging graf vader C-022 naar vak Al-Rahma

Geachte mevrouw [[Schuttevaer]],

Dank voor het gesprek tijdens het spreekuur. Na overleg met mijn broers [[Emre]] en [[Yusuf Yıldırım]] en met de imam van de {{pn:Ulu Camii}} in Tiel hebben wij besloten dat onze vader, {{dec:Hüseyin Yıldırım}}, wordt overgebracht naar het islamitische vak {{l:Al-Rahma}}.

Wij willen graag zelf aanwezig zijn bij het opgraven, volgens de islamitische voorschriften. Kunt u ons laten weten op welke dag dit kan? Het liefst niet op vrijdag.

Mijn telefoonnummer is [[t:06-22 91 04 87]]. Mijn broer [[Yusuf]] is bereikbaar op [[t:+31 6 4817 2290]].

Met vriendelijke groet,
[[Mehmet Yıldırım]]
[[a:Papesteeg 3A]], Tiel
""", "docx", title="overbrenging graf vader C-022", author="", hidden=[]))

DOCS.append(Doc("gr29_rooster_buitendienst", """
# Rooster buitendienst begraafplaatsen - oktober 2026 (ruiming vak C)
Team Groen en Begraven - versie 28 september 2026 - alleen voor intern gebruik

| Naam | Personeelsnr. | Functie | Week 41 | Week 42 | Week 43 | Mobiel |
| [[Henk Jol]] | [[n:P-104482]] | grafdelver / aanspreekpunt | ma-vr | ma-vr | ma-do | [[t:06-47 11 82 36]] |
| [[Stefan Bruinsma]] | [[n:P-118305]] | grafdelver | ma-vr | ma-wo | ma-vr | [[t:06-12 03 47 71]] |
| [[Gijs van Wely]] | [[n:P-120911]] | medewerker groen | di-do | ma-vr | - | [[t:06 - 29 44 18 06]] |
| [[Fatima Ouali]] | [[n:P-125560]] | medewerker groen | - | di-do | ma-vr | [[t:06-58 77 02 13]] |
| [[Kees de Ruijter]] | [[n:P-097214]] | uitvoerder | ma-vr | ma-vr | ma-vr | [[t:0031 6 1993 4410]] |
| [[Ingrid Schuttevaer]] | [[n:P-110638]] | beheerder | di, do | di, do | di, do | [[t:06 23 45 19 07]] |
| [[Rachid el Khattabi]] | [[n:P-126702]] | oproepkracht | - | do-vr | ma-vr | [[t:06-34 90 12 57]] |
| [[Wouter Verhagen]] | [[n:P-101377]] | grafdelver (reserve) | vr | - | vr | [[t:06 18 22 64 09]] |

Bereikbaarheidsdienst buiten kantooruren: {{g:0800 - 023 40 40}} (storingsnummer gemeente).
Aanspreekpunt {{o:Steenhouwerij De Beitel}}: zie raamovereenkomst {{r:RO-2024-017}}.

## Afspraken
- Geen werkzaamheden tijdens uitvaarten: de planning van {{o:Uitvaartcentrum De Linde}} staat in de gedeelde agenda.
- Graven C-014, C-015 en C-022 niet ruimen (on hold, zie mail [[c:IS]] 2 oktober).
- Stoffelijke resten in genummerde kisten naar het {{pn:ossuarium Het Stille Hof}}; registratie door [[c:TvtH]] in {{x:Key2Begraven}}.
- Bij vondsten (sieraden, identiteitsplaatjes): melden bij de uitvoerder, [[Kees]].
- Ziekmelding via [[c:BNi]] (teamleider), niet via de app-groep.
""", "rl", font="ttf", landscape=True, title="Rooster buitendienst oktober 2026",
    author="Kees de Ruijter",
    hidden=[], meta_producer="Microsoft® Excel® for Microsoft 365", meta_creator="Microsoft® Excel® for Microsoft 365"))

DOCS.append(Doc("gr30_verzendlijst_brieven", """
# Verzendlijst brieven rechthebbenden - vak C en D (selectie)
Verzonden 2 maart 2026, aangetekend. Bron: {{x:Key2Begraven}} en {{o:BRP}}-controle d.d. 24 februari 2026.

| Kenmerk | Graf | Rechthebbende | Adres | Status |
| BOR/2026/0409 | C-001 | [[W.J. van Beusekom]] | [[a:Kastanjelaan 8]], Ede | ontvangen |
| BOR/2026/0412 | C-014 | [[G. Ouwehand-Pronk]] | [[a:Dijkstraat 112]], Culemborg | ontvangen |
| BOR/2026/0415 | C-022 | [[M. Yıldırım]] | [[a:Papesteeg 3A]], Tiel | ontvangen |
| BOR/2026/0418 | C-031 | [[F. Lemaître-de Wit]] | [[a:Rue de la Station 14]], Wavre | ontvangen (e-mail) |
| BOR/2026/0420 | C-037 | [[J. de Vries-Tammenga]] | onbekend | kennisgeving |
| BOR/2026/0421 | C-040 | [[T. Hoekstra]] | [[a:Oude Singel 56]], Heerenveen | retour, nieuw adres [[a:Tjalkstraat 9]] |
| BOR/2026/0425 | C-058 | [[R. ten Brinke]] | [[a:Hogeweg 201]], Tiel | ontvangen |
| BOR/2026/0431 | D-003 | [[S. van der Laan]] | [[a:Meester Vonkstraat 17]], Tiel | ontvangen |
| BOR/2026/0433 | D-009 | [[E. Koudijs]] | [[a:Laan van Westroijen 88]], Tiel | ontvangen |
| BOR/2026/0436 | D-020 | [[K.P. Sanders]] | [[a:Waalbandijk 4]], Ophemert | ontvangen |
| BOR/2026/0437 | D-024 | [[A. Verhoef-Dijkman]] | [[a:Stationsweg 39bis]], Utrecht | retour |
| BOR/2026/0440 | D-033 | [[H. Rietveld]] | [[a:Kerkpad 2]], Maurik | ontvangen |
| BOR/2026/0442 | D-038 | [[Jean-Pierre Ndiaye]] | [[a:Boulevard Voltaire 101]], Paris | ontvangen (e-mail) |
| BOR/2026/0444 | D-045 | [[Ö. Çelik]] | [[a:Waterstraat 12]], Tiel | ontvangen |
| BOR/2026/0446 | D-047 | [[Wilhelmina (Mien) Achterberg]] | [[a:Zuiderhavenweg 40]], Tiel | ontvangen |
| BOR/2026/0449 | C-070 | [[P.H.M. van Dooren]] | [[a:Ridderstraat 5-II]], Zaltbommel | ontvangen |
| BOR/2026/0450 | C-072 | [[Joke Spronk-Verbeek]] | [[a:Hertogin Mariastraat 23]], Kesteren | retour |
| BOR/2026/0452 | C-075 | [[DE HAAS, A.]] | [[a:Molenstraat 61]], Wamel | ontvangen |
| BOR/2026/0455 | D-050 | [[Siem 't Jong]] | [[a:Voorstad 14]], Tiel | ontvangen |
| BOR/2026/0458 | D-052 | [[Zoë Vermeulen]] | [[a:Achterweg 3]], Kapel-Avezaath | ontvangen |

Samengesteld door: [[Thijs van 't Hek]], {{f:medewerker begraafplaatsadministratie}}. Retouren zijn opnieuw gezocht via de {{o:BRP}} op 16 maart 2026.
""", "rl", font="ttf", title="Verzendlijst brieven rechthebbenden", author="",
    meta_producer="Microsoft® Excel® 2016"))

DOCS.append(Doc("gr31_besluit_op_bezwaar", """
{{o:Gemeente Tiel}}

Aangetekend
Mevrouw [[E. Koudijs]]
[[a:Laan van Westroijen 88]]
[[a:4003 AZ]] TIEL

Datum: 21 juli 2026
Kenmerk: {{r:BZ-2026-0059}}
Onderwerp: besluit op uw bezwaar tegen de ruiming van graf D-009

Geachte mevrouw [[Koudijs]],

U hebt op 30 maart 2026 bezwaar gemaakt tegen ons besluit van 28 oktober 2025 om de graven in vak D van de {{l:Algemene Begraafplaats Santwijck}} te ruimen, voor zover het gaat om graf D-009. De {{o:commissie bezwaarschriften}} heeft u op 2 juni 2026 gehoord en ons op 7 juli 2026 geadviseerd.

## Besluit
Wij verklaren uw bezwaar gegrond voor zover het gaat om de datum van ruiming. Wij herroepen het besluit op dat punt: graf D-009 wordt niet voor 1 januari 2028 geruimd. U kunt tot 1 oktober 2027 het grafrecht verlengen.

## Motivering
Wij volgen het advies van de commissie. Een medewerker van de begraafplaats heeft u bij het graf verteld dat u nog twee jaar had. Hoewel dat geen toezegging van het college was, mocht u er redelijkerwijs op vertrouwen dat u meer tijd kreeg. Wij bieden u daarvoor opnieuw onze excuses aan. De kosten van uw gemachtigde, [[mr. S. Aydın]], vergoeden wij volgens het {{law:Besluit proceskosten bestuursrecht}} ({{x:€ 1.256,00}}).

Bent u het niet eens met dit besluit, dan kunt u binnen zes weken beroep instellen bij de {{o:rechtbank Gelderland}}, sector bestuursrecht, Postbus 9030, 6800 EM Arnhem.

Hoogachtend,
burgemeester en wethouders van Tiel,
namens dezen,

[[mr. A.M. Sedney]]
{{f:juridisch adviseur}}

Afschrift: [[mr. S. Aydın]], [[o:Aydın Advocatuur]], [[e:s.aydin@aydinadvocatuur.nl]]
Inlichtingen: [[Daan Overeem]], secretaris commissie bezwaarschriften, [[t:0344-637 160]]
""", "docx", title="Besluit op bezwaar BZ-2026-0059", author="asedney",
    hidden=[("metadata", "USERNAME", "asedney (Author)", ["asedney"])]))

DOCS.append(Doc("gr32_woo_besluit", """
{{o:Gemeente Tiel}}

Mevrouw [[M. ter Haar]]
[[a:Ganzenwei 31]]
[[a:4003 BW]] TIEL

Datum: 20 oktober 2026
Ons kenmerk: {{r:WOO-2026-0147}}
Onderwerp: besluit op uw Woo-verzoek over de grafruiming op Santwijck

Geachte mevrouw [[Ter Haar]],

Op 3 augustus 2026 hebt u ons gevraagd om documenten over de ruiming van graven in vak C en D van de {{l:Algemene Begraafplaats Santwijck}}. Op 31 augustus 2026 hebben wij de beslistermijn met twee weken verlengd en op 14 september 2026 hebben wij de termijn opgeschort om zienswijzen van derden te vragen. Twee derden hebben een zienswijze gegeven.

## Besluit
Wij maken 34 documenten geheel of deels openbaar. Een overzicht staat in de inventarislijst (bijlage 1).

## Overwegingen
Persoonsgegevens (artikel 5.1, tweede lid, onder e, {{law:Wet open overheid}}): wij maken de namen, adressen, telefoonnummers, e-mailadressen en handtekeningen van rechthebbenden, nabestaanden, medewerkers van bedrijven en ambtenaren die niet in de openbaarheid treden niet openbaar. Hun belang bij eerbiediging van de persoonlijke levenssfeer weegt zwaarder dan het belang van openbaarheid.

Namen van overledenen met hun geboorte- en sterfjaar maken wij wel openbaar. De {{law:Algemene verordening gegevensbescherming}} is niet van toepassing op gegevens van overleden personen, en deze gegevens staan ook op de grafmonumenten en in de openbare kennisgeving. Namen van bestuurders (burgemeester, wethouder, raadsleden) maken wij openbaar.

Bijzondere persoonsgegevens en identificatienummers (artikel 5.1, eerste lid, onder d en e): gegevens over de gezondheid van nabestaanden en een burgerservicenummer maken wij niet openbaar.

## Informatie die niet openbaar gemaakt kan worden
Motivering: in de openbaar gemaakte documenten zijn alle persoonsgegevens van ambtenaren, rechthebbenden en nabestaanden geanonimiseerd (5.1.2e). Een burgerservicenummer is weggelakt op grond van 5.1.1e, gezondheidsgegevens op grond van 5.1.1d.

Wij publiceren dit besluit met de documenten op {{x:open.overheid.nl}}.

Met vriendelijke groet,
burgemeester en wethouders van Tiel,
namens dezen,

[[Jasper Olthof]]
{{f:Woo-coördinator}}

Behandelaar: [[J. Olthof]], telefoon [[t:0344 - 63 72 48]], e-mail [[e:j.olthof@tiel.nl]] (bij voorkeur via {{m:woo@tiel.nl}})
""", "rl", title="Besluit Woo-verzoek WOO-2026-0147", author="J. Olthof",
    hidden=[],
    meta_producer="Aspose.Words for .NET 24.1", meta_creator="Djuma"))

INV = [
 ("1", "gr01", "Woo-verzoek", "03-08-2026", "deels openbaar", "5.1.2e"),
 ("2", "gr02", "Ontvangstbevestiging", "10-08-2026", "deels openbaar", "5.1.2e"),
 ("3", "gr03", "Collegevoorstel ruiming vak C en D", "14-10-2025", "deels openbaar", "5.1.2e"),
 ("4", "gr04", "Grafregister vak C en D (uitdraai)", "02-11-2025", "deels openbaar", "5.1.2e"),
 ("5", "gr05", "Brief rechthebbende C-014", "02-03-2026", "deels openbaar", "5.1.2e"),
 ("6", "gr06", "Brief rechthebbende C-022", "02-03-2026", "deels openbaar", "5.1.2e"),
 ("7", "gr07", "Kennisgeving Gemeenteblad", "15-01-2026", "reeds openbaar", "-"),
 ("8", "gr08", "Uittreksel register C-001", "18-03-2026", "deels openbaar", "5.1.2e"),
 ("9", "gr09", "Bezwaarschrift C-001/C-002", "24-03-2026", "deels openbaar", "5.1.2e, 5.1.1d, 5.1.1e"),
 ("10", "gr10", "Bezwaarschrift D-009", "30-03-2026", "deels openbaar", "5.1.2e"),
 ("11", "gr11", "E-mail steenhouwer planning", "21-05-2026", "deels openbaar", "5.1.2e"),
 ("12", "gr12", "E-mail intern bezwaren", "13-04-2026", "deels openbaar", "5.1.2e"),
 ("13", "gr13", "Factuur steenhouwer", "30-10-2026", "deels openbaar", "5.1.2e"),
 ("14", "gr14", "Teams-chat", "15-04-2026", "deels openbaar", "5.1.2e"),
 ("15", "gr15", "WhatsApp grafdelver", "02-10-2026", "deels openbaar", "5.1.2e"),
 ("16", "gr16", "Verslag projectoverleg 4", "07-05-2026", "deels openbaar", "5.1.2e"),
 ("17", "gr17", "Schriftelijke raadsvragen", "22-04-2026", "openbaar", "-"),
 ("18", "gr18", "Beantwoording raadsvragen", "26-05-2026", "openbaar", "-"),
 ("19", "gr19", "Persbericht", "12-06-2026", "deels openbaar", "5.1.2e"),
 ("20", "gr20", "Aanvraag verlenging (formulier)", "28-08-2026", "deels openbaar", "5.1.2e"),
 ("21", "gr21", "Schouwrapport grafmonumenten", "09-06-2026", "deels openbaar", "5.1.2e"),
 ("22", "gr22", "Verslag hoorzitting", "02-06-2026", "deels openbaar", "5.1.2e, 5.1.1d"),
 ("23", "gr23", "Juridisch memo", "19-02-2026", "deels openbaar", "5.1.2e"),
 ("24", "gr24", "Projectplan", "09-12-2025", "openbaar", "-"),
 ("25", "gr25", "E-mail historische vereniging", "09-06-2026", "deels openbaar", "5.1.2e"),
 ("26", "gr26", "Notitie aan wethouder", "14-05-2026", "deels openbaar", "5.1.2e"),
 ("27", "gr27", "Presentielijst spreekuur", "16-04-2026", "deels openbaar", "5.1.2e"),
 ("28", "gr28", "E-mail verzoek overbrenging", "21-04-2026", "deels openbaar", "5.1.2e"),
 ("29", "gr29", "Rooster buitendienst", "28-09-2026", "deels openbaar", "5.1.2e"),
 ("30", "gr30", "Verzendlijst brieven", "02-03-2026", "deels openbaar", "5.1.2e"),
 ("31", "gr31", "Besluit op bezwaar D-009", "21-07-2026", "deels openbaar", "5.1.2e"),
 ("32", "gr32", "Woo-besluit", "20-10-2026", "deels openbaar", "5.1.2e"),
 ("33", "gr33", "Inventarislijst", "20-10-2026", "openbaar", "-"),
 ("34", "gr34", "Telefoonnotities KCC", "01-09-2026", "deels openbaar", "5.1.2e, 5.1.1d"),
]

DOCS.append(Doc("gr33_inventarislijst", "# Bijlage 1 - Inventarislijst Woo-verzoek {{r:WOO-2026-0147}}\n"
    "Zaak: grafruiming {{l:Algemene Begraafplaats Santwijck}} - {{o:Gemeente Tiel}}\n\n"
    "| Nr. | Document-ID | Omschrijving | Datum | Beoordeling | Grond |\n" +
    "\n".join("| " + " | ".join((a, "{{r:" + f"WOO147-{int(a):03d}" + "}}", c, d, e, f)) + " |" for a, b, c, d, e, f in INV) +
    "\n\nToelichting: namen van overledenen en van bestuurders zijn niet weggelakt. Document 7 staat al in het {{o:Gemeenteblad}} en wordt alleen genoemd.",
    "rl", title="Inventarislijst WOO-2026-0147", size=9, meta_producer="Aspose.Cells for .NET 23.12",
    meta_creator="Djuma Woo-module"))


DOCS.append(Doc("gr34_telefoonnotities_kcc", """
# Telefoonnotities Klantcontactcentrum - onderwerp grafruiming Santwijck
Export uit {{x:Djuma KCC}} op 1 september 2026, filter: product "Begraven - grafrecht". Teruggebeld door de vakafdeling tenzij anders vermeld.

| Datum | Beller | Telefoon | Graf | Notitie | KCC |
| 19-01-2026 | [[dhr. Tammenga]] (neef) | [[t:0592-34 18 80]] | C-037 | zag bord, wil weten wie rechthebbende is; doorverwezen | [[c:MvD]] |
| 23-01-2026 | [[mevr. Van Dijk-Bos]] | [[t:06-27 34 91 58]] | C-052 | kleindochter van {{dec:Pieter Bos}}, wil steen behouden | [[c:MvD]] |
| 04-03-2026 | [[mevr. Ouwehand-Pronk]] | [[t:0345-51 63 20]] | C-014 | brief ontvangen, dochter belt terug | [[c:SK]] |
| 05-03-2026 | [[Mehmet]] | [[t:06-22 91 04 87]] | C-022 | vraagt naar islamitisch vak {{l:Al-Rahma}} | [[c:SK]] |
| 11-03-2026 | [[Fam. Rietveld]] | [[t:0344-69 14 02]] | D-033 | wil verlengen 10 jaar | [[c:JW]] |
| 17-03-2026 | [[Tjeerd Hoekstra]] | [[t:0513-61 22 48]] | C-040 | brief kwam via oud adres, nieuw adres doorgegeven | [[c:JW]] |
| 30-03-2026 | [[mevr. E. Koudijs]] | [[t:0344 - 62 19 83]] | D-009 | zeer boos, [[h:zegt depressief te zijn sinds bericht]]; terugbelverzoek IS | [[c:MvD]] |
| 02-04-2026 | [[mr. Aydın]] (advocaat) | [[t:026-720 43 10]] | D-009 | vraagt dossier op namens cliënte | [[c:SK]] |
| 08-04-2026 | [[Bram de Wit]] | [[t:+32 470 12 34 56]] | C-031 | belt namens zijn moeder in België | [[c:JW]] |
| 20-04-2026 | [[Gé Kalkman]] | [[t:06-49 81 27 30]] | C-061 | wil inscriptie op gedenkwand | [[c:SK]] |
| 12-05-2026 | anoniem | - | - | klaagt over bord bij ingang; geen terugbelverzoek | [[c:MvD]] |
| 28-08-2026 | [[Henny Wennekes-Arts]] | [[t:0344 - 61 30 77]] | D-041 | machtiging incasso verlenging gestuurd | [[c:JW]] |

Medewerkers KCC: [[Marieke van Dam]] ([[c:MvD]]), [[Samira Koster]] ([[c:SK]]), [[Joost Wijnands]] ([[c:JW]]). Algemeen nummer: {{g:14 0344}}.
""", "rl", font="ttf", landscape=True, title="Telefoonnotities KCC grafruiming", size=9,
    meta_producer="Djuma rapportage (PDFsharp 1.50)", meta_creator="Djuma"))
