"""Documents sf18-sf33 of set SF (mixed149)."""
from lib import Doc
from content_a import WORD, OUTLOOK, ASPOSE, ITEXT, NITRO

SCAN = {"Producer": "Canon iR-ADV C5535 PDF", "Creator": "Canon iR-ADV C5535"}
DOCS = []

DOCS.append(Doc("sf18_scan_brief_bewoner", """
~Aan de Provincie Limburg
~
~Beste mensen,
~
~Mijn naam is [[Gerda ter Horst]], ik woon aan de
~[[Veldstraat 31]] in Herkenbosch. Mijn man [[Wim]]
~is vorig jaar overleden en ik sta er alleen voor.
~De kelder stond vol water en de vriezer
~is kapot. Ik heb geen internet. Wilt u mij
~bellen op [[0475-583120]] ? Mijn buurman
~[[Sjra Cuypers]] helpt mij met de papieren.
~
~Met vriendelijke groet,
~[[Gerda ter Horst]]
""", producer="scan", meta=SCAN, title="Scan brief bewoner"))

DOCS.append(Doc("sf19_scan_presentielijst", """
# Presentielijst informatieavond schade hoogwater
Dorpshuis Herkenbosch, 30 juli 2026, 19:30 uur

Naam                       Adres                    Handtekening
[[Jos van Kessel]]             [[Bosweg 12]]                ~[[J. v. Kessel]]
[[Henk Peeters]]               [[Bosweg 7]]                 ~[[HPeeters]]
[[Marianne Ubachs]]            [[Kerkplein 2]]              ~[[M. Ubachs]]
[[Noah Celik]]                 [[Markt 3A]] Swalmen         ~[[N.C.]]
[[Thijs Verheggen]]            [[Roerkade 15]]              ~[[Verheggen]]
[[Annelies Driessen-Coenen]]   [[Molenweg 8]]               ~[[A. Driessen]]

Toelichting door: [[Twan Lemmens]] (provincie)
en [[Fatima El Idrissi]] (RVO)
""", producer="scan", meta=SCAN, title="Scan presentielijst"))

DOCS.append(Doc("sf20_scan_schademelding", """
# SCHADEMELDING HOOGWATER (papieren formulier)
Ontvangen balie gemeente Maasgouw 24-07-2026

Naam melder: [[Theo Bongaerts]]
Adres: [[Dorpsstraat 44]], 6107 AB Stevensweert
Telefoon: [[06 21 45 78 90]]
BSN: [[317512389|BSN]]
Soort schade: woning, schuur, 2 pony's verdronken
Bedrag (schatting): 18.500 euro

Ingenomen door: [[Carla Thijssen]] (baliemedewerker)
~Paraaf: [[C.Th.]]
""", producer="scan", meta=SCAN, title="Scan schademelding"))

DOCS.append(Doc("sf21_memo_capaciteit", """
# Memo capaciteit schade-experts

Aan: Stuurgroep Herstel Maasdal
Datum: 29 september 2026
Onderwerp: inzet extra schade-experts

Op dit moment zijn zes experts van {{Schade Expertise Zuid B.V.}} beschikbaar voor de agrarische opnames.
Bij vier opnames per dag per expert duurt het tot half december voordat alle 401 agrarische aanvragen zijn
getaxeerd. Wij stellen voor om via het {{Nederlands Instituut van Register Experts}} ({{NIVRE}}) twee extra
bureaus in te schakelen, {{Expertisebureau Maas & Peel}} en {{Taxatiebureau Noord-Limburg}}.

Kosten: circa 240.000 euro, te dragen door het Rijk op grond van de {{Wet tegemoetkoming schade bij
rampen}}. Afstemming met {{LNV}} loopt via {{RVO}}.

Daarnaast vraagt de {{LLTB}} om agrarische experts met kennis van akkerbouw en fruitteelt. In de
{{Fruitcoöperatie Maasvallei}} zijn 14 telers getroffen. Contact daar: [[Jurgen Maessen]] ({{LLTB}}) en
[[Wendy Ramakers]] voor de dijkvakken.
""", producer="docx", meta={"docx_author": "Boogaart-Smeets, M. van den", "Author": "Boogaart-Smeets, M. van den", "xmp_creator": "Mirjam van den Boogaart",
                             "Producer": "LibreOffice 7.6", "Creator": "Writer"},
    hidden=[("metadata", "Boogaart-Smeets", "PERSON"), ("metadata", "Mirjam van den Boogaart", "PERSON")],
    title="Memo capaciteit schade-experts"))

DOCS.append(Doc("sf22_evaluatie_rapport", """
# Tussenevaluatie uitvoering schaderegeling Maasdal

# 1. Inleiding
Deze tussenevaluatie beschrijft de eerste drie maanden van de uitvoering van de {{Regeling tegemoetkoming
waterschade Maas- en Roerdal 2026}}. De evaluatie is uitgevoerd door de {{Auditdienst Rijk}} op verzoek van
{{LNV}} en de {{Provincie Limburg}}.

# 2. Bevindingen
- Het aanvraagportaal van {{RVO}} werkte goed; 91 procent van de aanvragen kwam digitaal binnen.
- Papieren meldingen via gemeenteloketten ({{Maasgouw}}, {{Roerdalen}}) kwamen vertraagd in het systeem.
- De capaciteit van schade-experts was de belangrijkste knelpunt.
- Gedupeerden zonder internet werden onvoldoende geholpen; het {{0800}}-nummer was slecht bereikbaar.

# 3. Aanbevelingen
1. Richt bij een volgende ramp direct een fysiek loket in, bijvoorbeeld in het {{Dorpshuis Herkenbosch}}.
2. Sluit raamcontracten met meerdere expertisebureaus.
3. Betaal voorschotten standaard na de taxatie.

<<page>>
# 4. Verantwoording
De evaluatie is gebaseerd op 24 interviews en een analyse van 300 dossiers. Geïnterviewd zijn medewerkers
van {{RVO}}, de provincie, {{Waterschap Limburg}}, de {{LLTB}}, gemeenten en gedupeerden, onder wie [[Hanna de Groot-Veldkamp]] ({{RVO}}) en [[Jurgen Maessen]] ({{LLTB}}).
""", producer="rl", font="DejaVuSerif", meta={**ITEXT, "Creator": "Auditdienst Rijk rapportgenerator"},
    outline=[("1. Inleiding (concept W. Ramakers)", 0), ("2. Bevindingen - review Joost Habets", 0),
             ("3. Aanbevelingen (opmerking Saskia Wolfs-Notermans)", 0), ("4. Verantwoording", 1)],
    hidden=[("outline", "W. Ramakers", "PERSON"), ("outline", "Joost Habets", "PERSON"),
            ("outline", "Saskia Wolfs-Notermans", "PERSON")],
    title="Tussenevaluatie schaderegeling Maasdal"))

DOCS.append(Doc("sf23_concept_brief_lnv", """
{{Provincie Limburg}}
{{Gedeputeerde Staten}}

Aan de minister van {{Landbouw, Visserij, Voedselzekerheid en Natuur}}
Postbus 20401
2500 EK Den Haag

CONCEPT

Maastricht, oktober 2026
Onderwerp: capaciteit uitvoering {{Wts}} na hoogwater Maas en Roer

Geachte minister,

Naar aanleiding van uw bezoek aan {{Roermond}} op 17 juli 2026 vragen wij uw aandacht voor de uitvoering van de
tegemoetkoming. Ruim 1.200 gedupeerden wachten nog op een besluit. Wij verzoeken u {{RVO}} extra middelen te
geven om meer schade-experts in te zetten, en de termijn voor aanvragen te verlengen tot 1 maart 2027.

Wij zijn graag bereid dit toe te lichten in een bestuurlijk overleg.

Hoogachtend,
{{Gedeputeerde Staten van Limburg}},

de secretaris, de voorzitter,
""", producer="rl", font="Helvetica", meta={**WORD, "Producer": "Adobe Acrobat Pro 2024 (23.8)"},
    notes=[("Kockelkorn, Jérôme", "termijn 1 maart: eerst afstemmen met Dennis Oudshoorn (RVO)", 0, 480, 700),
           ("Esther 't Hoen", "Bel mij even op 06 1455 8023 over de toon van de brief", 0, 480, 560),
           ("Vroemen-Lenders, Ilse (gedeputeerde)", "akkoord, maar noem ook de boeren in Herkenbosch", 0, 480, 420)],
    hidden=[("annotations", "Kockelkorn, Jérôme", "PERSON"), ("annotations", "Dennis Oudshoorn", "PERSON"),
            ("annotations", "Esther 't Hoen", "PERSON"), ("annotations", "06 1455 8023", "PHONE")],
    title="Concept brief minister LNV"))

DOCS.append(Doc("sf24_juridisch_advies", """
# Juridisch advies: reikwijdte {{Wts}} bij gemengde bedrijven

Van: [[J. Kockelkorn]], {{afdeling Juridische Zaken}}
Aan: [[M. van den Boogaart-Smeets]]
Datum: 15 oktober 2026
Kenmerk: {{JZ-2026-0442}}

**Vraag
Komt een ondernemer die zowel een camping als een akkerbouwbedrijf heeft in aanmerking voor een
tegemoetkoming voor beide bedrijfsonderdelen? Aanleiding is het dossier {{WTS26-006230}} van de heer
[[Thijs Verheggen]] ([[Roerkade 15]], {{Sint Odiliënberg}}).

**Kader
Artikel 4 van de {{Wet tegemoetkoming schade bij rampen}} bepaalt dat een tegemoetkoming kan worden toegekend
voor schade aan zaken en inkomensschade. De {{Regeling tegemoetkoming waterschade Maas- en Roerdal 2026}} sluit
verzekerbare schade uit. Camping {{De Roerdriehoek}} was verzekerd bij {{Interpolis}}.

**Advies
De akkerbouwschade komt in aanmerking, de schade aan de camping niet voor zover die verzekerbaar was. De
advocaat van de heer [[Verheggen]], mr. [[P.A.M. Dorssers]] ([[Dorssers Advocatuur|TRADENAME]], [[pauline@dorssers-advocatuur.nl]]),
heeft aangekondigd bezwaar te maken als de camping wordt uitgesloten. Zie ook de uitspraak van de
{{Afdeling bestuursrechtspraak van de Raad van State}} van 14 april 2021 ({{ECLI:NL:RVS:2021:789}}).

[[JKo]]
""", producer="rl", font="Times-Roman", meta={"Author": "Kockelkorn", **WORD}, title="Juridisch advies Wts gemengde bedrijven"))

DOCS.append(Doc("sf25_inspectierapport_dijk", """
# Inspectierapport waterkering {{WL-INS-2026-0917}}
{{Waterschap Limburg}} | {{Roerdijk}}, dijkvak RD-07 t/m RD-09

Datum inspectie: 26 september 2026
Inspecteurs: [[Wendy Ramakers]], [[Bart Schrijnemaekers]], [[Kees-Jan van Well]]
Aanwezig namens eigenaar perceel: de heer [[J. van Kessel]]

**Bevindingen
|| Dijkvak | Bevinding | Ernst | Maatregel |
| RD-07 | Kwel aan binnenteen bij {{Kasteel Hillenraad}} | hoog | zandzakken, monitoring |
| RD-08 | Graverij door bevers over 12 m | middel | herstel na 1 november |
| RD-09 | Erosie buitentalud na hoogwater | hoog | bestorting |

**Toelichting
Het dijkvak RD-07 grenst aan het perceel van de heer [[van Kessel]]. Hij meldde dat al sinds 2024 water
opkwelt in zijn weiland. Het {{Hoogwaterbeschermingsprogramma}} ({{HWBP}}) heeft dit vak opgenomen in de
verkenning {{Roer Zuid}}.

Contact waterschap: {{info@waterschaplimburg.nl}}, {{088 888 6666}}.
Foto's: [[Kees-Jan van Well]] ([[KJvW]]), [[kj.vanwell@waterschaplimburg.nl]]
Rapporteur: [[B. Schrijnemaekers]], [[b.schrijnemaekers@waterschaplimburg.nl]], [[088 - 888 6731]]
""", producer="rl", font="DejaVuSans", meta={"Author": "Schrijnemaekers, Bart", "Producer": "iText 5.5.13", "Creator": "DigiSpectie"},
    title="Inspectierapport Roerdijk"))

DOCS.append(Doc("sf26_beschikking", """
{{Rijksdienst voor Ondernemend Nederland}}
Postbus 40219, 8004 DE Zwolle

[[De heer H. Peeters]]
[[Bosweg 7]]
[[6075 EH Herkenbosch]]

Datum: 4 november 2026
Dossier: {{WTS26-004518}}
Onderwerp: beschikking tegemoetkoming waterschade

Geachte heer [[Peeters]],

U heeft op 19 juli 2026 een tegemoetkoming aangevraagd voor schade aan uw melkveebedrijf als gevolg van het
hoogwater van de {{Roer}}. Wij kennen u een tegemoetkoming toe van 81.330 euro. Dit is 90 procent van de
vastgestelde schade van 93.750 euro, verminderd met het eigen risico van 3.045 euro.

Uw gegevens:
BSN: [[200925143|BSN]]
Geboortedatum: [[02-06-1961]]
Rekeningnummer: [[NL36 RABO 0142 7785 10]]

Het voorschot van 37.500 euro dat u op 6 oktober ontving, verrekenen wij. Wij betalen het restant van
43.830 euro binnen tien werkdagen.

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken bij {{RVO}}, via
{{mijn.rvo.nl}} of per post. Vragen? Bel {{088 042 4242}}.

Met vriendelijke groet,
namens de minister van {{Landbouw, Visserij, Voedselzekerheid en Natuur}},

[[drs. F. El Idrissi]]
casemanager {{Wts}}
Behandeld door [[Fatima El Idrissi]], telefoon [[088 042 6127]]

<<page>>
# Bijlage: berekening tegemoetkoming {{WTS26-004518}}
|| Post | Vastgestelde schade | Percentage | Tegemoetkoming |
| Gewasschade snijmaïs | 41.400 | 90% | 37.260 |
| Herinzaai grasland | 8.250 | 90% | 7.425 |
| Jongveestal | 27.900 | 90% | 25.110 |
| Ruwvoer | 16.200 | 90% | 14.580 |
| Eigen risico | | | -3.045 |
| Totaal | 93.750 | | 81.330 |

De schade is vastgesteld op basis van het taxatierapport van {{Schade Expertise Zuid B.V.}} van 2 augustus
2026. De normbedragen volgen uit {{KWIN-V}} 2026 en de {{Beleidsregel normbedragen gewasschade 2026}}.
""", producer="rl", font="Helvetica", meta=ITEXT, title="Beschikking WTS26-004518"))

DOCS.append(Doc("sf27_bezwaarschrift", """
[[Dorssers Advocatuur|TRADENAME]]
mr. [[P.A.M. Dorssers]]
[[Steenweg 28]], 6041 EC Roermond
T [[0475-720 155]] | [[pauline@dorssers-advocatuur.nl]]

Aan: {{Rijksdienst voor Ondernemend Nederland}}, afdeling Bezwaar en Beroep

Roermond, 12 november 2026
Betreft: bezwaar [[Verheggen]] / {{RVO}}, dossier {{WTS26-006230}}

Geachte heer, mevrouw,

Namens mijn cliënt, de heer [[Thijs Verheggen]], geboren [[17 augustus 1975]], wonende te [[Roerkade 15]],
{{Sint Odiliënberg}}, maak ik bezwaar tegen uw besluit van 3 november 2026.

U wijst de schade aan camping {{De Roerdriehoek}} af omdat die verzekerbaar zou zijn. Dat is onjuist. De polis
bij {{Interpolis}} sluit overstroming door een rivier uitdrukkelijk uit, zoals gebruikelijk. Ik verwijs naar
artikel 4 van de {{Wet tegemoetkoming schade bij rampen}} en naar de toelichting op de regeling.

Cliënt verzoekt om te worden gehoord. Ik verzoek u de correspondentie aan mij te richten; cliënt zelf is
bereikbaar op [[06 5318 2207]], maar heeft [[wegens een hartoperatie|HEALTH]] tot januari weinig energie.

Hoogachtend,

mr. [[P.A.M. Dorssers]]
""", producer="docx", font="Times", meta={"docx_author": "", "Producer": "LibreOffice 7.6", "Creator": "Writer"},
    title="Bezwaar Verheggen"))

DOCS.append(Doc("sf28_mail_gemeente_waterschap", """
**Van: [[Ramakers, Wendy]] <[[w.ramakers@waterschaplimburg.nl]]>
Verzonden: maandag 28 september 2026 11:20
Aan: [[Lemmens, Twan]]; [[Geelen, Suzanne]] <[[suzanne.geelen@roerdalen.nl]]>
CC: {{crisisbeheersing@waterschaplimburg.nl}}
Onderwerp: RE: zandzakken Hillenraad en info aan bewoners

Hallo [[Twan]] en [[Suzanne]],

De zandzakken bij {{Kasteel Hillenraad}} liggen er sinds vrijdag. De bewoners van de {{Roerkade}} krijgen
woensdag een brief. Burgemeester {{Van Dael-Smeets|ROLE}} wil de brief ook ondertekenen omdat een deel van
de bewoners in {{Roermond}} woont. [[Suzanne]], kun jij dat met het kabinet van de burgemeester regelen?

Groet,
[[Wendy]]
Hoofd crisisbeheersing {{Waterschap Limburg}} | [[06 - 4390 1288]]

**Van: [[Geelen, Suzanne]] <[[suzanne.geelen@roerdalen.nl]]>
Verzonden: zaterdag 26 september 2026 14:02
Aan: [[Ramakers, Wendy]]
Onderwerp: zandzakken Hillenraad en info aan bewoners

Hoi [[Wendy]],

Wethouder {{Brouns|ROLE}} is gebeld door de heer [[van Kessel]] over kwel in zijn weiland. Hij wil weten wanneer
er iets gebeurt. Ik heb gezegd dat jullie maandag reageren. Zijn nummer: [[0475-591 448]]. Zijn vrouw [[Marleen van Kessel-Bouts]] mailde ook
([[marleen.bouts@hetnet.nl]]).

Met vriendelijke groet,
[[Suzanne Geelen]]
Adviseur openbare orde en veiligheid, gemeente {{Roerdalen}}
Telefoon {{14 0475}}
""", producer="rl", font="Helvetica", meta={"Author": "Wendy Ramakers", **OUTLOOK}, title="RE: zandzakken Hillenraad"))

DOCS.append(Doc("sf29_belnotities", """
# Belnotities Schadeloket (0800 646 3951), week 37
Export uit {{KCC-registratie}}, {{RVO}}

|| Tijd | Beller | Telefoon | Dossier | Notitie | Mdw |
| 8-9 09:14 | [[Marianne Ubachs]] | [[06-48120937]] | {{WTS26-003311}} | vraagt naar status; uitgelegd | [[fei]] |
| 8-9 10:02 | [[A. Driessen-Coenen]] | [[0475 401 882]] | {{WTS26-008874}} | foto's niet geupload, hulp gegeven | [[hgv]] |
| 9-9 13:40 | [[M. Vossen]] (zoon) | [[+31 6 2900 4471]] | {{WTS26-010877}} | terugbelverzoek, boos | [[hgv]] |
| 10-9 08:55 | [[Theo Bongaerts]] | [[06 21 45 78 90]] | {{WTS26-002209}} | papieren melding niet in systeem | [[kw]] |
| 11-9 16:30 | [[Jos van Kessel]] | [[0475-591 448]] | {{WTS26-004529}} | wil voorschot, verwezen naar LLTB | [[fei]] |

Medewerkers: [[fei]] = [[Fatima El Idrissi]], [[hgv]] = [[Hanna de Groot-Veldkamp]], [[kw]] = [[Koen ter Wisch]]
Algemene informatie: {{www.rvo.nl/wts}}
""", producer="rl", font="DejaVuSans", meta={"Producer": "Microsoft® Excel® voor Microsoft 365", "Creator": "Microsoft® Excel®"},
    title="Belnotities week 37"))

DOCS.append(Doc("sf30_voorschotten", """
# Overzicht voorschotbetalingen agrariërs, betaalrun 6 oktober 2026
{{RVO}} | Regeling {{Wts}} Maasdal | vertrouwelijk

|| Dossier | Naam | IBAN | Voorschot (EUR) |
| {{WTS26-004518}} | [[H. Peeters]] | [[NL36 RABO 0142 7785 10]] | 37.500 |
| {{WTS26-004529}} | [[J.M. van Kessel]] | [[NL80 RABO 0318 4402 77]] | 22.120 |
| {{WTS26-004531}} | [[Cuypers-Schreurs V.O.F.|TRADENAME]] | [[NL12 RABO 0104 9921 36]] | 14.800 |
| {{WTS26-004540}} | [[G. ter Horst]] | [[NL55 SNSB 0937 1106 22]] | 3.960 |
| {{WTS26-006230}} | [[T. Verheggen]] | [[NL71 TRIO 0391 2254 80]] | 9.440 |

Totaal betaalrun: 87.820 euro
Opgesteld: [[K. ter Wisch]], gecontroleerd: [[F. El Idrissi]]
""", producer="rl", font="Courier", meta={"Author": "ter Wisch, K.", "Producer": "SAP NetWeaver 7.5 Adobe Document Services", "Creator": "SAP"},
    title="Voorschotten betaalrun 6 oktober"))

DOCS.append(Doc("sf31_woo_besluit", """
{{Provincie Limburg}}

[[De heer R. Claessens]]
[[r.claessens1987@kpnmail.nl]]

Maastricht, 8 december 2026
Zaaknummer: {{LIM-WOO-2026-0311}}
Onderwerp: besluit op uw Woo-verzoek

Geachte heer [[Claessens]],

Op 4 november 2026 heeft u een verzoek gedaan op grond van de {{Wet open overheid}} om documenten over de
afhandeling van schadeclaims na het hoogwater van juli 2026. Wij hebben 33 documenten gevonden. Wij maken
deze deels openbaar. De inventarislijst is bijgevoegd.

**Verloop
Bij brief van 10 november 2026 hebben wij de ontvangst van uw verzoek bevestigd. Wij hebben documenten
opgevraagd bij de {{afdeling Water en Klimaat}}, de {{afdeling Juridische Zaken}}, de griffie en bij {{RVO}}.
Omdat {{RVO}} de regeling namens de provincie uitvoert, vallen ook de documenten van {{RVO}} over deze regeling
onder uw verzoek. Documenten van {{Waterschap Limburg}} en de gemeente {{Roerdalen}} die bij ons berusten,
hebben wij eveneens beoordeeld.

**Beslissing
Wij maken 3 documenten volledig openbaar, 29 documenten deels openbaar en 1 document niet openbaar
(document 21, een memo waarvan de inhoud volledig samenvalt met document 14). Documenten die al openbaar zijn,
zoals de Statenvragen {{2026-114}} en de beantwoording, verstrekken wij via een verwijzing naar
{{www.limburg.nl/statenvragen}}.

<<page>>
**Zienswijzen
{{Schade Expertise Zuid B.V.}} en twee agrariërs ([[J.M. van Kessel]] en [[H. Peeters]]) hebben een zienswijze gegeven. Zij verzetten zich niet tegen
openbaarmaking, mits hun persoonsgegevens worden weggelakt.

**Informatie die niet openbaar gemaakt kan worden
Persoonsgegevens (artikel 5.1, tweede lid, onder e, {{Woo}}): namen, adressen, telefoonnummers,
e-mailadressen, bankrekeningnummers en handtekeningen van medewerkers en van gedupeerden.
Bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, {{Woo}}): gegevens over de gezondheid.
Identificatienummers (artikel 5.1, eerste lid, onder e, {{Woo}}): burgerservicenummers.

**Motivering
Het belang van openbaarheid weegt niet op tegen de bescherming van de persoonlijke levenssfeer. De namen van
{{gedeputeerde Vroemen-Lenders|ROLE}}, de burgemeester van {{Roermond}}, de wethouder van {{Roerdalen}} en de
Statenleden zijn wel openbaar, omdat zij in hun publieke functie optreden.

Hoogachtend,
{{Gedeputeerde Staten van Limburg}},
namens dezen,

[[A.M.C. Jeurissen]]
Woo-coördinator
""", producer="rl", font="DejaVuSans", meta={"Author": "Jeurissen, Anouk", **ASPOSE}, title="Besluit Woo-verzoek LIM-WOO-2026-0311"))

DOCS.append(Doc("sf32_inventarislijst", """
# Inventarislijst {{LIM-WOO-2026-0311}}

|| Nr | Document | Datum | Beoordeling | Grond | Opmerking |
| 1 | Woo-verzoek | 03-11-2026 | deels openbaar | 5.1.2e | |
| 2 | Ontvangstbevestiging | 10-11-2026 | deels openbaar | 5.1.2e | |
| 3 | Mail RVO - provincie achterstand | 17-09-2026 | deels openbaar | 5.1.2e | |
| 4 | Teams-chat schadeteam | 24-09-2026 | deels openbaar | 5.1.2e | |
| 5 | WhatsApp-export boeren | 18-07-2026 | deels openbaar | 5.1.2e | ontvangen van [[J. van Kessel]] |
| 6 | Aanvraagformulier | 20-07-2026 | deels openbaar | 5.1.1e, 5.1.2e | |
| 7 | Taxatierapport {{WTS26-004518}} | 02-08-2026 | deels openbaar | 5.1.1d, 5.1.2e | |
| 8 | Factuur expert | 31-08-2026 | deels openbaar | 5.1.2e | |
| 9 | Wijziging rekeningnummer [[N. Çelik]] | 22-09-2026 | deels openbaar | 5.1.2e | |
| 10 | Klacht | 05-10-2026 | deels openbaar | 5.1.1d, 5.1.2e | |
| 12 | Statenvragen {{2026-114}} | 22-09-2026 | openbaar | | al openbaar |
| 13 | Antwoord GS | 13-10-2026 | openbaar | | al openbaar |
| 16 | Persbericht | 09-10-2026 | openbaar | | al openbaar |
| 22 | Tussenevaluatie {{Auditdienst Rijk}} | 30-10-2026 | openbaar | | |
| 24 | Juridisch advies dossier [[Thijs Verheggen]] | 15-10-2026 | deels openbaar | 5.1.2e | |
| 26 | Beschikking {{WTS26-004518}} | 04-11-2026 | deels openbaar | 5.1.1e, 5.1.2e | |
| 30 | Voorschotten | 06-10-2026 | deels openbaar | 5.1.2e | |
| 31 | Mail waterschap - gemeente | 28-09-2026 | deels openbaar | 5.1.2e | |
| 33 | Brief minister {{LNV}} | 03-11-2026 | deels openbaar | 5.1.2e | |

<<page>>
# Toelichting op de gronden
|| Grond | Artikel | Betekenis |
| 5.1.1d | artikel 5.1, eerste lid, onder d, {{Woo}} | bijzondere persoonsgegevens (gezondheid) |
| 5.1.1e | artikel 5.1, eerste lid, onder e, {{Woo}} | identificatienummers (BSN) |
| 5.1.2e | artikel 5.1, tweede lid, onder e, {{Woo}} | eerbiediging van de persoonlijke levenssfeer |

Documenten die al openbaar zijn, zijn te vinden op {{www.limburg.nl}} en {{www.rvo.nl/wts}}.

Behandelaar: [[AJ]] / [[A. Jeurissen]]
""", producer="rl", font="Helvetica", meta={"Author": "Jeurissen", "Producer": "Microsoft® Excel® voor Microsoft 365", "Creator": "Microsoft® Excel®"},
    title="Inventarislijst LIM-WOO-2026-0311"))

DOCS.append(Doc("sf33_brief_minister", """
{{Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur}}
> Retouradres Postbus 20401 2500 EK Den Haag

{{Gedeputeerde Staten van Limburg}}
Postbus 5700
6202 MA Maastricht

Datum 3 november 2026
Betreft uitvoering {{Wts}} hoogwater Maas en Roer
Ons kenmerk {{DGA-ANK / 26312874}}

Geacht college,

Dank voor uw brief van 16 oktober 2026. Ik deel uw zorg over de doorlooptijd van de aanvragen. Ik heb {{RVO}}
opdracht gegeven twintig extra schade-experts in te zetten en de aanvraagtermijn te verlengen tot 1 maart 2027.
Staatssecretaris {{Bouwmeester-Achterberg|ROLE}} zal in januari met u en met de {{LTO Nederland}} de uitvoering
evalueren.

Ook heb ik met de {{Stichting Joke Smit Fonds}} afgesproken dat gedupeerden zonder verzekering een aanvullende
gift kunnen aanvragen.

Hoogachtend,

de minister van {{Landbouw, Visserij, Voedselzekerheid en Natuur}},

{{M.J. Tjeerdsma|ROLE}}

Contactpersoon: [[ir. L.E. (Laura) Zwanenburg]], directie Agrarische en Natuurkennis
T [[070 378 4120]] | M [[06-10447358]] | [[laura.zwanenburg@minlnv.nl]]
Kopie aan: [[Dennis Oudshoorn]] ({{RVO}}), [[dennis.oudshoorn@rvo.nl]]
""", producer="rl", font="DejaVuSerif", meta={"Author": "Zwanenburg, L.E.", "Producer": "Microsoft® Word 2019", "Creator": "Microsoft® Word 2019"},
    title="Brief minister LNV uitvoering Wts"))
