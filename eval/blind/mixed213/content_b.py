"""Set BB, documents bb17-bb33 (view of the lawyer, hearing, invoices, enforcement, council, decisions)."""
from lib import Doc

DOCS = [
Doc("bb17_zienswijze_advocaat", r"""
VISSERS & PARTNERS ADVOCATEN
{{S|Zijlweg 206}} - 2015 BK Haarlem - {{N|023 - 531 00 00}} - {{M|secretariaat@vissersadvocaten.nl}}

De burgemeester van Oostervaart
{{N|Postbus 40}}
1740 AA Oostervaart

Haarlem, 28 juli 2026
Uw kenmerk: {{R|BIB-2026-0147}}
Ons kenmerk: {{R|2026.0412/JVO}}
Behandeld door: mr. [[P|J.E. Vissers-Oomen]]
Direct: [[T|023 - 531 00 14]] / [[E|j.vissers@vissersadvocaten.nl]]

Betreft: zienswijze namens {{O|De Vier Winden Horeca B.V.}} en de heer [[P|K. Aydoğan]]

Edelachtbare burgemeester,

Namens cliënten geef ik hierbij een zienswijze op uw voornemen van 2 juli 2026 om de exploitatievergunning
te weigeren.

## 1. De lening van de oom

Het advies van het {{O|Landelijk Bureau Bibob}} gaat ervan uit dat de herkomst van {{A|EUR 60.000}} niet is
verklaard. Dat is onjuist. De heer [[P|M. Aydoğan]] heeft in 2024 een appartement in [[A|Kuşadası]] verkocht. Bijgevoegd
zijn de Turkse akte van levering ({{X|tapu}}) en een beëdigde vertaling door [[P|Oksana Kravchenko]]. Dat de lening
niet schriftelijk is vastgelegd, is in familieverband gebruikelijk en zegt niets over de herkomst.

## 2. De contante storting door de broer

Het klopt dat [[P|Serkan Aydoğan]] {{A|EUR 35.000}} heeft gestort. Hij deed dat op verzoek van zijn oom, die op dat moment
in het ziekenhuis lag [[H|na een hartinfarct]] en zelf niet naar de bank kon. Zie de verklaring van de behandelend
cardioloog van het {{O|Maasstad Ziekenhuis}}.

<<PAGEBREAK>>

## 3. Geen zakelijk samenwerkingsverband

[[P|Serkan]] heeft geen aandelen, geen volmacht en geen functie in de onderneming. Dat hij zijn broer bezoekt, maakt
hem nog geen zakenpartner. Het {{O|LBB}} baseert zich op twee waarnemingen van de wijkagent. Dat is onvoldoende
(vergelijk {{R|ABRvS 12 mei 2021, ECLI:NL:RVS:2021:1010}}).

## 4. Het niet vermelde antecedent

Cliënt begreep de vraag op het formulier zo dat alleen veroordelingen door de rechter bedoeld waren. De
afdoening in 2019 was een {{X|OM-strafbeschikking}}. Dit is een vergissing, geen poging iets te verzwijgen.

## 5. Proportionaliteit

Cliënt heeft zijn spaargeld en dat van zijn echtgenote [[P|Elif]] in de zaak gestoken. Weigering betekent
faillissement. Cliënt is bereid de lening van de oom af te lossen met een bancaire financiering van de
{{O|Rabobank West-Friesland}} en [[P|Serkan]] een contactverbod op te leggen.

Ik verzoek u af te zien van weigering en cliënten te horen op een hoorzitting.

Hoogachtend,

mr. [[P|J.E. Vissers-Oomen]]
advocaat
""", font="DejaVuSansCondensed", size=10, producer="Adobe PDF Library 23.1.175", creator="Acrobat PDFMaker 23 voor Word",
    author="Jolanda Vissers-Oomen", hidden=[("metadata", "P", "Jolanda Vissers-Oomen", ["Jolanda Vissers-Oomen"])]),

Doc("bb18_mail_zienswijze", r"""
Van: [[P|Meulen-Bos, Thijs van der]] <[[E|t.vandermeulenbos@oostervaart.nl]]>
Verzonden: woensdag 29 juli 2026 11:52
Aan: [[E|j.vissers@vissersadvocaten.nl]]
CC: [[P|Oudejans, Sanne]] <[[E|s.oudejans@oostervaart.nl]]>; {{M|bibob@oostervaart.nl}}
Onderwerp: RE: zienswijze De Vier Winden - hoorzitting

Geachte [[P|mevrouw Vissers-Oomen]],

Dank voor de zienswijze. De hoorzitting vindt plaats op donderdag 13 augustus 2026 om 14.00 uur in de
{{Q|Jan Pieterszoon Coenzaal}} van het stadhuis, {{S|Stadhuisplein 1}}. Namens de burgemeester zitten voor:
{{F|locoburgemeester Koenders}}.

U vraagt om inzage in het volledige LBB-advies. Op grond van {{W|artikel 33 Wet Bibob}} kan de heer
[[P|Aydoğan]] het advies inzien; u kunt hem vergezellen. De verklaring van de cardioloog over de heer [[P|M. Aydoğan]]
behandelen wij vertrouwelijk.

Met vriendelijke groet,

[[P|Thijs van der Meulen-Bos]]
jurist {{O|Vergunningen, Toezicht en Handhaving}}
{{O|gemeente Oostervaart}} | [[T|0229 - 25 84 31]]

Van: [[P|Jolanda Vissers]] <[[E|j.vissers@vissersadvocaten.nl]]>
Verzonden: dinsdag 28 juli 2026 17:03
Aan: [[P|Meulen-Bos, Thijs van der]] <[[E|t.vandermeulenbos@oostervaart.nl]]>
CC: [[P|Kerem Aydoğan]] <[[E|kerem.aydogan88@gmail.com]]>; [[P|Bram Luijendijk]] <[[E|b.luijendijk@vissersadvocaten.nl]]>
Onderwerp: zienswijze De Vier Winden

Geachte heer [[P|Van der Meulen-Bos]],

Bijgaand mijn zienswijze. Cliënt wil graag gehoord worden. Mijn kantoorgenoot mr. [[P|Luijendijk]] is mijn
vervanger tijdens de zomer, bereikbaar op [[T|+31 6 5520 1873]].

Met vriendelijke groet,
[[P|Jolanda Vissers-Oomen]]
""", font="DejaVuSans", size=9.3, producer="Microsoft Outlook for Microsoft 365", creator="Microsoft Outlook"),

Doc("bb19_verslag_hoorzitting", r"""
# Verslag hoorzitting Bibob - De Vier Winden

Datum: 13 augustus 2026, 14.00-15.25 uur
Locatie: stadhuis {{L|Oostervaart}}, {{Q|Jan Pieterszoon Coenzaal}}
Kenmerk: {{R|BIB-2026-0147}}

## Aanwezig

| Naam | Rol | Organisatie |
| {{F|locoburgemeester Koenders}} | voorzitter | {{O|gemeente Oostervaart}} |
| [[P|T. van der Meulen-Bos]] | jurist | {{O|gemeente Oostervaart}} |
| [[P|S. Oudejans]] | Bibob-coördinator | {{O|gemeente Oostervaart}} |
| [[P|L. Nijenhuis]] | notulist | {{O|gemeente Oostervaart}} |
| [[P|K. Aydoğan]] | aanvrager | {{O|De Vier Winden Horeca B.V.}} |
| mr. [[P|J.E. Vissers-Oomen]] | advocaat | {{O|Vissers & Partners Advocaten}} |
| [[P|E. Aydoğan-Şahin]] | toehoorder | echtgenote |

## Verslag

De voorzitter opent de zitting en legt uit dat de hoorzitting wordt gehouden op grond van {{W|artikel 4:8 Awb}}.
Mr. [[P|Vissers-Oomen]] licht de zienswijze toe. De heer [[P|Aydoğan]] verklaart dat zijn broer "alleen komt eten"
en geen geld in de zaak heeft. Op de vraag waarom de broer het geld heeft gestort, zegt hij dat de oom
[[H|in het ziekenhuis lag met hartproblemen]]. Mevrouw [[P|Aydoğan-Şahin]] vult aan dat zij de boekhouding doet
samen met administratiekantoor [[P|Zwaan]].

[[P|Oudejans]] vraagt naar de bankafschriften van de verkoop in {{L|Turkije}}. Mr. [[P|Vissers-Oomen]] zegt toe die
binnen twee weken na te sturen.

## Acties

| Nr | Actie | Wie | Wanneer |
| 1 | bankafschriften verkoop woning nasturen | [[C|JVO]] | 27-08 |
| 2 | nagaan of bancaire herfinanciering mogelijk is ({{O|Rabobank}}) | [[C|KA]] | 27-08 |
| 3 | aanvullende vraag aan {{O|LBB}} over nagezonden stukken | [[C|SOu]] | 31-08 |
| 4 | conceptbesluit opstellen | [[C|TvdMB]] | 15-09 |

Verslag: [[P|Lotte Nijenhuis]], 14 augustus 2026

<<PAGEBREAK>>

## Nagekomen correctie verslag (ingediend door mr. Vissers-Oomen, 19 augustus 2026)

Cliënt verzoekt het verslag op drie punten te corrigeren:
a. Niet "alleen komt eten", maar "af en toe komt eten, zoals familie doet".
b. De oom, de heer [[P|Mehmet Aydoğan]], lag van [[H|3 tot 11 april 2026 op de hartbewaking]] van het
   {{O|Maasstad Ziekenhuis}}; de storting was op 9 april.
c. Mevrouw [[P|Elif Aydoğan-Şahin]] doet niet de boekhouding, maar de loonadministratie van twee
   medewerkers, onder wie [[P|Sevda Yılmaz]] (parttime, keuken).

Reactie gemeente ([[P|T. van der Meulen-Bos]], 21 augustus 2026): de correcties onder a en c worden als bijlage bij
het verslag gevoegd. Punt b is geen correctie maar een aanvulling; die nemen wij mee in de besluitvorming. De
medische informatie over de oom behandelen wij als bijzonder persoonsgegeven ({{W|artikel 9 AVG}}).

Verzonden aan: mr. [[P|Vissers-Oomen]] ([[E|j.vissers@vissersadvocaten.nl]]), {{M|bibob@oostervaart.nl}}
""", font="DejaVuSans", size=9.5, producer="Microsoft® Word 2016", creator="Microsoft® Word 2016"),

Doc("bb20_factuur_administratiekantoor", r"""
ADMINISTRATIEKANTOOR [[P|R. ZWAAN]]
Boekhouding - belastingaangiften - startersbegeleiding
[[A|Grote Oost 88A]], 1621 BZ Hoorn
[[T|0229 - 21 77 05]] | [[E|roelof@zwaanadministratie.nl]]
KvK [[K|71234509]] | btw [[N|NL001987234B76]]
IBAN [[I|NL91 RABO 0317 4455 12]]

FACTUUR

Factuurnummer: {{R|2026-0311}}
Factuurdatum: 3 september 2026
Debiteur: {{O|De Vier Winden Horeca B.V.}}, {{S|Kerkstraat 14}}, {{L|Oostervaart}}

| Omschrijving | Uren | Tarief | Bedrag |
| Invullen {{X|Bibob-vragenformulier}} deel A en bijlage financiering | 6,0 | 75,00 | 450,00 |
| Opstellen liquiditeitsprognose 2026-2028 | 4,5 | 75,00 | 337,50 |
| Overleg met mr. [[P|Vissers-Oomen]] over zienswijze | 1,5 | 75,00 | 112,50 |
| Subtotaal | | | 900,00 |
| {{X|btw 21%}} | | | 189,00 |
| Totaal | | | {{A|1.089,00}} |

Contactpersoon debiteur: [[P|K. Aydogan]].

Graag binnen 14 dagen overmaken onder vermelding van het factuurnummer.
[[P|Roelof Zwaan]]
""", font="Helvetica", size=9.5, producer="Moneybird PDF (wkhtmltopdf 0.12.6)", creator="Moneybird"),

Doc("bb21_factuur_vertaler", r"""
# FACTUUR - beëdigde vertaling Turks-Nederlands

[[P|Oksana Kravchenko]] - beëdigd vertaler Turks, Oekraïens, Russisch
Ingeschreven in het {{O|Register beëdigde tolken en vertalers}} onder nummer [[N|RBTV 207114]]
[[A|Lange Lombardstraat 12-3]], 1012 BZ Amsterdam
[[T|0031 6 4419 2270]] - [[E|oksana.kravchenko@vertaalpost.nl]]
KvK [[K|80455613]] - IBAN [[I|NL18 BUNQ 2065 9931 04]]

Factuur {{R|OK-2026-087}}, 5 augustus 2026

Aan: {{O|Vissers & Partners Advocaten}}, ter attentie van mr. [[P|J.E. Vissers-Oomen]]
Uw referentie: {{R|2026.0412/JVO}}

| Omschrijving | Bedrag |
| Beëdigde vertaling akte van levering ({{X|tapu senedi}}), 3 pagina's | 186,00 |
| Legalisatie ({{X|apostille}}) | 25,00 |
| Spoedtoeslag 25% | 52,75 |
| {{X|btw 21%}} | 55,30 |
| Totaal | {{A|319,05}} |

Vrijgesteld van verlegging. Betaling binnen 30 dagen.

Çok teşekkürler - [[P|Oksana]]
""", font="DejaVuSerif", size=10, producer="LibreOffice 7.6 / Writer", creator="Writer"),

Doc("bb22_whatsapp_handhaving", r"""
# WhatsApp-chat "Handhaving centrum Oostervaart" - export

[12-09-2026 21:02] [[P|Danielle]] (teamleider): [[P|Kev]] en [[P|Mo]], vanavond rondje {{S|Kerkstraat}} en {{S|Pieter Jelles Troelstraplein}} aub
[12-09-2026 21:03] [[P|Mo Chaouch]]: Komt goed. Ik start bij de {{Q|Anne Frankschool}}
[12-09-2026 21:14] [[P|Kevin Schaap]]: Ben bij de {{O|Vier Winden}}, zaak is gewoon open terwijl er geen vergunning is
[12-09-2026 21:15] [[P|Kevin Schaap]]: Binnen ca. 15 gasten. Achter staat weer die blauwe Golf [[L|G-482-KN]]
[12-09-2026 21:16] [[P|Mo Chaouch]]: Zit die broer erin?
[12-09-2026 21:18] [[P|Kevin Schaap]]: Ja [[P|Serkan]] staat achter de frituur
[12-09-2026 21:19] [[P|Danielle]] (teamleider): Niet ingrijpen alleen. Ik bel [[P|Bas]] van de politie, nummer [[T|06 13 97 20 44]]
[12-09-2026 21:25] [[P|Mo Chaouch]]: Ik kom eraan, 10 min
[12-09-2026 21:41] [[P|Kevin Schaap]]: Rapport van bevindingen opgemaakt, bon {{R|HH-2026-2290}}. Foto's in {{X|Squit XO}}
[12-09-2026 21:43] [[P|Danielle]] (teamleider): Top. Morgen melden bij [[P|Sanne]] en [[P|Thijs]], het Bibob-dossier loopt nog
[13-09-2026 08:02] [[P|Mo Chaouch]]: Mail gestuurd naar {{M|handhaving@oostervaart.nl}} met de foto's
""", font="DejaVuSans", size=9.5, producer="WhatsApp Chat Export (Android) / Print to PDF", creator="Android Print Service"),

Doc("bb23_controlerapport", r"""
# Rapport van bevindingen - controle horecabedrijf

Nummer: {{R|HH-2026-2290}}
Opgemaakt door: [[P|K. Schaap]], {{J|buitengewoon opsporingsambtenaar}}, BOA-nummer [[N|BOA 8877-13]]
Tweede toezichthouder: [[P|M. Chaouch]]
Datum en tijd controle: 12 september 2026, 21.10-21.40 uur
Adres: {{S|Kerkstraat 14}}, {{L|Oostervaart}}
Onderneming: {{O|Snackbar-Lunchroom De Vier Winden}}

## Bevindingen

Wij zagen dat het bedrijf geopend was voor publiek. Er werden snacks en frisdrank verkocht. Er waren circa vijftien
bezoekers. Een exploitatievergunning als bedoeld in {{W|artikel 2:28 APV Oostervaart}} is niet verleend.

Achter de frituur stond een man die wij herkenden als [[P|Serkan Aydoğan]], geboren [[D|11-07-1991]]. Hij
verklaarde: "Ik help mijn broer alleen even." Aan de balie stond [[P|Joost Rijkenberg]], die zei bedrijfsleider te zijn.

De aanvrager, de heer [[P|K. Aydoğan]], was niet aanwezig. Telefonisch ([[T|06-18 44 92 03]]) verklaarde hij dat hij
"een proefopening" hield voor familie.

## Conclusie

Overtreding van {{W|artikel 2:28 lid 1 APV}}. Een last onder dwangsom wordt voorbereid door het {{O|team Handhaving}}.
Het rapport gaat naar de Bibob-coördinator.

Ambtsedig opgemaakt te {{L|Oostervaart}} op 13 september 2026.

<<PAGEBREAK>>

## Bijlage 1: fotolog en verklaringen

| Foto | Tijd | Omschrijving |
| {{R|HH-2290-01}} | 21.11 | voorgevel met open deur en verlichte menukaart |
| {{R|HH-2290-02}} | 21.13 | voertuig [[L|G-482-KN]] in de steeg achter het pand |
| {{R|HH-2290-03}} | 21.20 | man achter de frituur ([[P|S. Aydoğan]]) |
| {{R|HH-2290-04}} | 21.24 | identiteitsbewijs bedrijfsleider, documentnummer [[N|NXR4K71P2]] |

Verklaring van [[P|Joost Rijkenberg]], geboren [[D|21-11-1979]], wonende [[A|Zuiderdijk 12]] te Andijk:
"Ik werk hier sinds augustus. Ik word betaald door [[P|Kerem]]. [[P|Serkan]] komt vaak helpen, vooral in het weekend.
Wie de leverancier betaalt weet ik niet." Telefoon bedrijfsleider: [[T|06-39 02 11 84]].

Verklaring van een bezoeker, [[P|Fenna Dekker-van Loon]] ([[D|03-02-2001]]): "Ik kom hier vaker, de frikandel speciaal is
prima. Ik wist niet dat ze geen vergunning hadden."

Dit rapport is opgemaakt in {{X|Squit XO}} en doorgestuurd naar {{M|handhaving@oostervaart.nl}}.
""", font="DejaVuSerif", size=10, producer="Squit XO Rapportage 2.4 (iText 7)", creator="Squit XO",
    author="Kevin Schaap (BOA 8877-13)", hidden=[("metadata", "P", "Kevin Schaap", ["Kevin Schaap"])]),

Doc("bb24_notitie_handgeschreven_scan", "", maker="scan", producer="KONICA MINOLTA bizhub C300i", creator="bizhub",
    rotate=-0.9, scan_pages=[[
        "#Notitie telefoongesprek",
        "Datum: 16 september 2026",
        "Zaak: BIB-2026-0147 De Vier Winden",
        "Gesprek met: [[P|Wim Brouwer]] (vorige eigenaar)",
        "Telefoon: [[T|06 - 52 07 31 66]]",
        "",
        "Hij verklaart dat de overname in april contant is betaald.",
        "Het geld werd gebracht door [[P|Serkan]] en niet door [[P|Kerem]].",
        "Hij wil niet als getuige optreden.",
        "Woont nu in [[A|Enkhuizen, Westerstraat 201]]",
        "",
        "~Doorgezet naar LBB als nagekomen info - [[C|SOu]]",
        "~Bespreken met [[P|Thijs]] voor besluit",
    ]]),

Doc("bb25_raadsvragen", r"""
# Schriftelijke vragen ex artikel 41 Reglement van orde

Van: {{F|raadslid Van Dijk}} ({{O|Lokaal Oostervaart}})
Datum: 22 mei 2026
Onderwerp: Bibob-toets horeca {{S|Kerkstraat}}

Inleiding
In het {{O|Noordhollands Dagblad}} van 20 mei las ik dat een nieuwe snackbar in de {{S|Kerkstraat}} al maanden op een
vergunning wacht vanwege een Bibob-onderzoek. Ondernemers in de binnenstad maken zich zorgen over leegstand.

Vragen
1. Hoeveel Bibob-onderzoeken zijn in 2025 en 2026 bij horecavergunningen uitgevoerd?
2. Hoe lang duurt een adviesaanvraag bij het {{O|Landelijk Bureau Bibob}} gemiddeld?
3. Is de burgemeester bereid de raad vertrouwelijk te informeren over deze zaak?

{{F|Lisa van Dijk}}, fractievoorzitter {{O|Lokaal Oostervaart}}

# Antwoord van de burgemeester (16 juni 2026)

1. In 2025 zijn 14 Bibob-onderzoeken uitgevoerd, in 2026 tot nu toe 9. In 3 gevallen is advies gevraagd
   aan het {{O|Landelijk Bureau Bibob}}.
2. Het {{O|LBB}} heeft acht weken, met een mogelijke verlenging van vier weken ({{W|artikel 15 Wet Bibob}}).
3. Over individuele zaken doe ik geen mededelingen; de {{W|Wet Bibob}} verbiedt dat ({{W|artikel 28}}). Ik ben
   graag bereid de raad in algemene zin te informeren via de {{X|Bibob-jaarrapportage}}.

{{F|De burgemeester van Oostervaart, H.J. Verbeek-Schouten}}

Ingekomen via de griffie, geregistreerd door [[P|Wendy Kraaijeveld]] ([[E|w.kraaijeveld@oostervaart.nl]]).
Ambtelijke voorbereiding: [[P|Y. El Amrani]], {{O|team Openbare Orde en Veiligheid}}, [[E|y.elamrani@oostervaart.nl]]
""", font="Helvetica", size=10, producer="iBabs Document Service", creator="iBabs"),

Doc("bb26_persbericht", r"""
# PERSBERICHT

{{O|Gemeente Oostervaart}} - 9 oktober 2026

Burgemeester weigert vergunning snackbar {{S|Kerkstraat}} na Bibob-advies

{{F|Burgemeester Hanneke Verbeek-Schouten}} van {{L|Oostervaart}} heeft de exploitatievergunning geweigerd voor een
snackbar-lunchroom aan de {{S|Kerkstraat}}. Zij volgt daarmee het advies van het {{O|Landelijk Bureau Bibob}}.
Het bureau zag een ernstig gevaar dat de zaak zou worden gebruikt om geld van onduidelijke herkomst te benutten.

"Wij gunnen ondernemers in onze binnenstad alle ruimte, maar niet als we niet weten waar het geld vandaan komt",
aldus {{F|burgemeester Verbeek-Schouten}}. De gemeente doet geen mededelingen over de betrokken personen.

{{F|Wethouder Ruud Koenders}} (Economische Zaken) zegt in gesprek te gaan met de eigenaar van het pand,
{{O|Vastgoed Westfriesland C.V.}}, over een nieuwe invulling.

De gemeente toetst sinds 2023 alle nieuwe horecavergunningen aan de {{W|Wet Bibob}}, conform de
{{X|Beleidsregel Bibob Oostervaart 2023}}.

Noot voor de redactie:
Meer informatie: team Communicatie, {{N|0229 - 25 80 00}} of {{M|pers@oostervaart.nl}}.
Foto bij dit bericht: [[P|Jurre Smit]].
Woordvoerder van de burgemeester: {{F|Marco Blokland}}, persdienst {{N|0229 - 25 80 10}}.
""", font="Helvetica", size=10.5, producer="Adobe InDesign 19.2 (Windows) / Adobe PDF Library 17.0",
    creator="Adobe InDesign 19.2", xmp_creator="Femke Oosterwijk-de Haan", author="Femke Oosterwijk-de Haan",
    hidden=[("metadata", "P", "Femke Oosterwijk-de Haan", ["Oosterwijk-de Haan"])]),

Doc("bb27_besluit_weigering", r"""
Gemeente Oostervaart
Burgemeester

AANGETEKEND EN PER E-MAIL
{{O|De Vier Winden Horeca B.V.}}
t.a.v. de heer [[P|K. Aydoğan]]
p/a {{O|Vissers & Partners Advocaten}}, t.a.v. mr. [[P|J.E. Vissers-Oomen]]
{{S|Zijlweg 206}}, 2015 BK Haarlem

Datum: 8 oktober 2026
Kenmerk: {{R|BIB-2026-0147}} / besluit {{R|2026-1133}}
Onderwerp: besluit op aanvraag exploitatievergunning

Geachte heer [[P|Aydoğan]],

Ik weiger de exploitatievergunning voor {{O|Snackbar-Lunchroom De Vier Winden}}, {{S|Kerkstraat 14}} te {{L|Oostervaart}}.

## Wat heb ik gewogen?

Ik heb uw zienswijze van 28 juli 2026, de hoorzitting van 13 augustus 2026 en de nagezonden stukken gelezen en
opnieuw advies gevraagd aan het {{O|Landelijk Bureau Bibob}}. Het aanvullend advies van 21 september 2026
({{R|LBB-2026-03318-A}}) blijft bij de conclusie van ernstig gevaar.

De nagezonden Turkse akte laat zien dat uw oom in 2024 een woning verkocht. Zij laat niet zien dat het geld dat
uw broer contant heeft gestort, dit geld is. De verklaring dat uw oom [[H|opgenomen was in het ziekenhuis]], verklaart
waarom hij niet zelf stortte, maar niet waarom het geld contant en via uw broer liep.

Bovendien heeft de vorige exploitant, de heer [[P|Brouwer]], verklaard dat de overnamesom contant werd betaald door uw broer.
Op 12 september 2026 troffen toezichthouders uw broer aan achter de toonbank terwijl de zaak zonder vergunning open was.

<<PAGEBREAK>>

## Evenredigheid

Ik heb overwogen de vergunning te verlenen met voorschriften. Dat neemt het gevaar niet weg, omdat het gevaar in de
financiering zelf zit. De gevolgen voor u zijn groot; het belang van de integriteit van het openbaar bestuur
weegt zwaarder ({{W|artikel 3:4 Awb}}).

## Bezwaar

Binnen zes weken na de dag van verzending kunt u bezwaar maken bij de burgemeester, {{N|Postbus 40}},
1740 AA Oostervaart, of digitaal via {{X|mijn.oostervaart.nl}}. U kunt ook de voorzieningenrechter van de
{{O|rechtbank Noord-Holland}} om een voorlopige voorziening vragen.

Hoogachtend,

de burgemeester van Oostervaart,

{{F|drs. H.J. Verbeek-Schouten}}

Afschrift: {{O|Landelijk Bureau Bibob}} ({{W|artikel 26 Wet Bibob}}); {{O|Politie Eenheid Noord-Holland}}
Behandeld door: [[P|T. van der Meulen-Bos]], telefoon [[T|0229 - 25 84 31]]
""", maker="docx", producer="LibreOffice 7.6", creator="Writer", author="Meulen-Bos, Thijs van der", title="Besluit weigering De Vier Winden",
    hidden=[("metadata", "P", "Meulen-Bos, Thijs van der", ["Meulen-Bos, Thijs van der"])]),

Doc("bb28_verklaring_verhuurder", r"""
# Verklaring verhuurder

{{O|Vastgoed Westfriesland C.V.}}
{{S|Dampten 19}}, {{L|Hoorn}}
{{M|beheer@vastgoedwestfriesland.nl}} - {{N|0229 - 50 40 30}}

Betreft: huurovereenkomst {{S|Kerkstraat 14}} Oostervaart

Op verzoek van de {{O|gemeente Oostervaart}} verklaren wij het volgende.

1. De huurovereenkomst met {{O|De Vier Winden Horeca B.V.}} is ingegaan op 1 april 2026. De huur bedraagt
   {{A|EUR 2.150}} per maand exclusief btw.
2. De waarborgsom van {{A|EUR 6.450}} is op 31 maart 2026 voldaan. Niet per bank, maar contant op ons kantoor,
   in ontvangst genomen door onze medewerker [[P|Ingrid Zeeuw]]. De persoon die betaalde, stelde zich voor als
   "[[P|Serkan]], de broer van Kerem".
3. Tot en met september 2026 is de huur steeds per bank betaald vanaf rekening [[I|NL27 INGB 0008 4512 96]].

Wij laten het aan de gemeente of deze informatie van belang is. Wij vragen u onze naam niet te noemen in
openbare stukken.

Hoorn, 22 september 2026

[[P|G.P.M. (Gert) Veldhuizen]]
beherend vennoot

Vragen? Bel [[P|Ingrid]] op [[T|0229 - 50 40 37]].
""", font="Helvetica", size=10, producer="Scan2PDF / PDF-XChange 9.5", creator="PDF-XChange Editor",
    notes=[(0, "s.oudejans", "Verhuurder vraagt anonimiteit; overleg met Annelies (Woo)."),],
    hidden=[("annotations", "U", "s.oudejans", ["s.oudejans"]),
            ("annotations", "P", "Annelies", ["Annelies"])]),

Doc("bb29_presentielijst_scan", "", maker="scan", producer="RICOH IM C3000 scanner", creator="RICOH",
    rotate=0.6, scan_pages=[[
        "#Presentielijst inzage Bibob-advies (art. 33 Wet Bibob)",
        "Datum: 4 augustus 2026, stadhuis Oostervaart",
        "Kenmerk: BIB-2026-0147",
        "",
        "Naam                         Functie          Paraaf",
        "[[P|Kerem Aydogan]]          aanvrager        [[C|KA]]",
        "[[P|Jolanda Vissers-Oomen]]  advocaat         [[C|JVis]]",
        "[[P|Sanne Oudejans]]         gemeente         [[C|SOu]]",
        "",
        "Inzage in het advies zonder kopieën.",
        "Geen foto's gemaakt. Duur: 45 minuten.",
        "~Voor gezien: [[P|Lotte Nijenhuis]]",
    ]]),

Doc("bb30_contactlijst_bibobteam", r"""
# Contactlijst Bibob-dossier BIB-2026-0147 (intern)

Versie 3, bijgewerkt 1 oktober 2026 - alleen voor intern gebruik

| Naam | Organisatie / rol | Telefoon | E-mail | Pers.nr. |
| [[P|Sanne Oudejans]] | Bibob-coördinator | [[T|06 - 41 22 87 19]] | [[E|s.oudejans@oostervaart.nl]] | [[N|G10477]] |
| [[P|Thijs van der Meulen-Bos]] | jurist VTH | [[T|0229 - 25 84 31]] | [[E|t.vandermeulenbos@oostervaart.nl]] | [[N|G11203]] |
| [[P|Priya Ramdin]] | medewerker vergunningen | [[T|0229 - 25 84 57]] | [[E|p.ramdin@oostervaart.nl]] | [[N|G12990]] |
| [[P|Gerard ter Horst]] | teamleider VTH | [[T|06-22 80 14 39]] | [[E|g.terhorst@oostervaart.nl]] | [[N|G08815]] |
| [[P|Youssef El Amrani]] | beleidsmedewerker OOV | [[T|06-30 51 48 62]] | [[E|y.elamrani@oostervaart.nl]] | [[N|G13312]] |
| [[P|Kevin Schaap]] | BOA | [[T|06-48 22 03 57]] | [[E|k.schaap@oostervaart.nl]] | [[N|G14051]] |
| [[P|Ilse Jongejan]] | {{O|RIEC Noord-Holland}} | [[T|072 - 567 43 21]] | [[E|i.jongejan@riec-nh.nl]] | - |
| [[P|Marieke Hoogeveen-Lam]] | {{O|LBB}} analist | [[T|070 370 45 18]] | [[E|m.hoogeveen-lam@justis.nl]] | - |
| [[P|Bas Vermeulen]] | wijkagent politie | [[T|06 13 97 20 44]] | [[E|bas.vermeulen@politie.nl]] | - |
| [[P|Lotte Nijenhuis]] | notulist / Woo | [[T|0229 - 25 84 88]] | [[E|l.nijenhuis@oostervaart.nl]] | [[N|G15120]] |
| [[P|Annelies de Groot]] | Woo-coördinator | [[T|0229 - 25 84 02]] | [[E|a.degroot@oostervaart.nl]] | [[N|G09964]] |
| [[P|Mo Chaouch]] | BOA | [[T|06-41 09 55 73]] | [[E|m.chaouch@oostervaart.nl]] | [[N|G14377]] |

Algemeen: Bibob-mailbox {{M|bibob@oostervaart.nl}}, {{O|LBB}}-mailbox {{M|lbb-adviezen@justis.nl}},
politie niet-spoed {{N|0900-8844}}, gemeente {{N|14 0229}}.
""", font="Helvetica", size=8.5, landscape=True, producer="Microsoft® Excel® voor Microsoft 365",
    creator="Microsoft® Excel® voor Microsoft 365", author="Oudejans, Sanne",
    hidden=[("metadata", "P", "Oudejans, Sanne", ["Oudejans, Sanne"])]),

Doc("bb31_woo_besluit", r"""
Gemeente Oostervaart

Mevrouw [[P|N. Bakkali]]
[[A|Duinroosweg 31]]
[[A|1851 HB]] Heiloo

Datum: 30 november 2026
Kenmerk: {{R|WOO-2026-0188}}
Onderwerp: besluit op uw Woo-verzoek

Geachte mevrouw [[P|Bakkali]],

Op 2 november 2026 heeft u een verzoek gedaan op grond van de {{W|Wet open overheid}} om documenten over de
Bibob-procedure rond {{O|Snackbar-Lunchroom De Vier Winden}}. In deze brief leest u ons besluit.

## Besluit

Wij maken de documenten op de inventarislijst deels openbaar. Dit zijn 33 documenten. Wij hebben
{{O|De Vier Winden Horeca B.V.}}, de verhuurder en de advocaat van de aanvrager om een zienswijze gevraagd
({{W|artikel 4.4 Woo}}).

## Overwegingen

Informatie die de gemeente in het kader van de {{W|Wet Bibob}} heeft verkregen, valt onder de geheimhoudingsplicht
van {{W|artikel 28 Wet Bibob}}. Dit is een bijzondere openbaarmakingsregeling als bedoeld in bijlage 1 bij de Woo.
Voor zover de documenten daaronder vallen, maken wij alleen openbaar wat al bekend is uit het persbericht en het
besluit.

Persoonsgegevens maken wij niet openbaar ({{W|artikel 5.1, tweede lid, onder e, Woo}}). Dit betreft namen,
telefoonnummers en e-mailadressen van ambtenaren die niet in de openbaarheid treden, en alle gegevens van de
aanvrager, zijn familie, financiers en andere derden. Strafrechtelijke gegevens en gezondheidsgegevens zijn
bijzondere persoonsgegevens ({{W|artikel 5.1, eerste lid, onder d, Woo}}). Het burgerservicenummer maken wij niet
openbaar ({{W|artikel 5.1, eerste lid, onder e, Woo}}).

<<PAGEBREAK>>

De namen van {{F|burgemeester Verbeek-Schouten}}, {{F|wethouder Koenders}}, {{F|raadslid Van Dijk}} en de woordvoerder
maken wij wel openbaar, omdat zij in hun publieke functie optreden.

## Publicatie

Wij publiceren dit besluit en de documenten op {{X|open.overheid.nl}}. Heeft u vragen? Neem contact op via
{{M|woo@oostervaart.nl}} of {{N|14 0229}}.

Met vriendelijke groet,
namens het college van burgemeester en wethouders van Oostervaart,

[[P|A.M. de Groot]]
Woo-coördinator

Bijlage: inventarislijst {{R|WOO-2026-0188}}
Behandeld door: [[P|L. Nijenhuis]], telefoon [[T|0229 - 25 84 88]]
""", font="Times-Roman", size=11, producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
    author="Groot, Annelies de", outline=[("Besluit", 0), ("Overwegingen", 0), ("Concept AdG / check PR", 1)],
    hidden=[("metadata", "P", "Groot, Annelies de", ["Groot, Annelies de"]),
            ("outline", "C", "AdG", ["AdG"])]),

Doc("bb32_inventarislijst", r"""
# Inventarislijst Woo-besluit WOO-2026-0188

| Nr | Document | Datum | Beoordeling | Grond | Opmerking |
| 1 | Woo-verzoek | 02-11-2026 | deels openbaar | {{R|5.1.2e}} | |
| 2 | Ontvangstbevestiging | 06-11-2026 | deels openbaar | 5.1.2e | |
| 3 | Aanvraag exploitatievergunning | 12-03-2026 | deels openbaar | 5.1.2e, {{R|5.1.1e}} | BSN |
| 4 | Bibob-vragenformulier deel A | 28-03-2026 | deels openbaar | 5.1.2e, 5.1.1e, {{R|5.1.1d}} | |
| 5 | Overzicht financiering | 28-03-2026 | deels openbaar | 5.1.2e | |
| 6 | Vragenformulier financier | 28-03-2026 | deels openbaar | 5.1.2e | scan |
| 7 | Leningsovereenkomst | 30-03-2026 | deels openbaar | 5.1.2e | |
| 8 | E-mail ontvankelijkheid | 07-04-2026 | deels openbaar | 5.1.2e | |
| 9 | Adviesverzoek LBB | 28-04-2026 | deels openbaar | 5.1.2e, 5.1.1d | {{W|art. 28 Wet Bibob}} |
| 10 | Brief LBB aanvullende stukken | 12-05-2026 | deels openbaar | 5.1.2e | |
| 11 | Informatierapport politie | 15-05-2026 | deels openbaar | 5.1.2e, 5.1.1d | |
| 12 | Memo RIEC | 20-05-2026 | deels openbaar | 5.1.2e, {{R|5.1.2d}} | |
| 13 | Chat {{X|Microsoft Teams}} | 27-05-2026 | deels openbaar | 5.1.2e | |
| 14 | Advies LBB | 24-06-2026 | deels openbaar | 5.1.2e, 5.1.1d | |
| 15 | Beslisnota | 29-06-2026 | deels openbaar | 5.1.2e, {{R|5.2.1}} | |
| 16 | Voornemen tot weigering | 02-07-2026 | deels openbaar | 5.1.2e | |
| 17 | Zienswijze advocaat | 28-07-2026 | deels openbaar | 5.1.2e, 5.1.1d | gezondheid |
| 18 | E-mail zienswijze | 29-07-2026 | deels openbaar | 5.1.2e | |
| 19 | Verslag hoorzitting | 13-08-2026 | deels openbaar | 5.1.2e, 5.1.1d | |
| 20 | Factuur administratiekantoor | 03-09-2026 | deels openbaar | 5.1.2e | |
| 21 | Factuur vertaler | 05-08-2026 | deels openbaar | 5.1.2e | |
| 22 | Chat {{X|WhatsApp}} handhaving | 12-09-2026 | deels openbaar | 5.1.2e | |
| 23 | Rapport van bevindingen | 13-09-2026 | deels openbaar | 5.1.2e | |
| 24 | Telefoonnotitie | 16-09-2026 | deels openbaar | 5.1.2e | |
| 25 | Raadsvragen en antwoord | 22-05-2026 | openbaar | - | al openbaar |
| 26 | Persbericht | 09-10-2026 | openbaar | - | al openbaar |
| 27 | Besluit weigering | 08-10-2026 | deels openbaar | 5.1.2e, 5.1.1d | |
| 28 | Verklaring verhuurder | 22-09-2026 | deels openbaar | 5.1.2e | |
| 29 | Presentielijst inzage | 04-08-2026 | deels openbaar | 5.1.2e | |
| 30 | Contactlijst | 01-10-2026 | deels openbaar | 5.1.2e | |
| 31 | Woo-besluit | 30-11-2026 | deels openbaar | 5.1.2e | |
| 32 | Inventarislijst | 30-11-2026 | openbaar | - | |
| 33 | Telefoonnotitie LBB | 02-06-2026 | deels openbaar | 5.1.2e | |

Opgesteld door [[P|A.M. de Groot]] ([[C|AdG]]), gecontroleerd door [[P|L. Nijenhuis]] ([[C|LNi]]). Advies grond 5.1.2d: [[P|Youssef El Amrani]].
""", font="Helvetica", size=8.5, landscape=True, producer="Aspose.Cells for .NET 24.3", creator="Woo-inventaristool"),

Doc("bb33_telefoonnotitie_lbb", r"""
# Telefoonnotitie

Datum: 2 juni 2026, 15.20 uur
Gesprek tussen: [[P|Sanne Oudejans]] ({{O|gemeente Oostervaart}}) en [[P|Marieke Hoogeveen-Lam]] ({{O|Landelijk Bureau Bibob}})
Dossier: {{R|BIB-2026-0147}} / {{R|LBB-2026-03318}}

[[P|Marieke]] meldt dat de {{O|FIU-Nederland}} een ongebruikelijke transactie heeft over de contante storting van
{{A|EUR 35.000}}. Zij mag de inhoud niet delen, maar het advies wordt "waarschijnlijk ernstig gevaar".
Zij vraagt of de gemeente kan nagaan wie de waarborgsom aan de verhuurder heeft betaald.

Afgesproken: [[P|Sanne]] belt de verhuurder, {{O|Vastgoed Westfriesland C.V.}} ({{N|0229 - 50 40 30}}). [[P|Marieke]]
stuurt de vragen over de {{X|tapu}}-akte via het {{X|Bibob Uploadportaal}}.

Het {{O|LBB}} is bereikbaar via het algemene nummer {{N|070 370 72 00}}; [[P|Marieke]] geeft haar mobiele
nummer niet aan derden. Mobiel (intern): [[T|06-1057 3391]].

Notitie: [[P|S. Oudejans]] ([[C|SOu]])
""", font="Courier", size=9.5, producer="PDF24 Creator 11.15", creator="PDF24",
    outline=[("Telefoonnotitie 2-6-2026", 0), ("Gesprekspartner M. Hoogeveen-Lam", 0)],
    hidden=[("outline", "P", "M. Hoogeveen-Lam", ["M. Hoogeveen-Lam"])]),
]
