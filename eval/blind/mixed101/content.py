"""Documents of set DG (mixed101). [[...]] = redact span, {{...}} = keep span, 'text::KIND' sets the kind.
All persons, their numbers and addresses are invented; organisations, laws and places are real names."""
import re

DOCS = []


def D(id, name, producer, text, **kw):
    t = text.strip("\n")
    t = t.replace("[[", "\u27e6").replace("]]", "\u27e7").replace("{{", "\u27ea").replace("}}", "\u27eb")
    t = re.sub(r"::(?=[A-Z_]+[\u27e7\u27eb])", "\u00a6", t)
    d = {"id": id, "name": name, "producer": producer, "lines": t.split("\n")}
    for k in ("hidden", "hidden_probes"):
        if k in kw:
            d[k] = kw.pop(k)
    d["kw"] = kw
    DOCS.append(d)


GEM = "{{Gemeente Zaanstad}}"

# ------------------------------------------------------------------------------------------ dg01
D("dg01", "beschikking-toelating-schuldhulp", "reportlab", """
|Retouradres {{Postbus 2000}}, {{1500 GA Zaandam}}| |
|Mevrouw [[R.A. Ouahabi-de Graaf]]<br/>[[Rosmolenstraat 27]]<br/>[[1502 BK]] {{Zaandam}}| |
 
|!Datum|!Ons kenmerk|!Uw cliëntnummer|
|14 maart 2025|{{Z/25/118402}}|[[SHV-440881]]|
|!Behandeld door|!Telefoon|!E-mail|
|[[Mirjam Oudejans]]|[[075 681 4472]]|[[m.oudejans@zaanstad.nl]]|
 
**Onderwerp: beschikking toelating schuldhulpverlening**
 
Geachte mevrouw [[Ouahabi-de Graaf]],
Op 3 maart 2025 heeft u zich gemeld bij het {{Sociaal Wijkteam}} {{Zaandam-Oost}} met een hulpvraag over schulden. Op grond van artikel 3 van de {{Wet gemeentelijke schuldhulpverlening}} ({{Wgs}}) heeft u op 6 maart 2025 een eerste gesprek gehad met uw consulent. In dit besluit leest u of wij u toelaten tot schuldhulpverlening en wat u van ons kunt verwachten.
## Besluit
Wij besluiten u toe te laten tot het traject schuldhulpverlening van {{Gemeente Zaanstad}}. Uw huishouden bestaat uit u, uw partner de heer [[Karim Ouahabi]] (geboren [[17-09-1983]]) en twee kinderen. Uw burgerservicenummer is [[234567818]]; dat van uw partner [[314789029]].
Het traject bestaat uit: stabilisatie van uw inkomsten en uitgaven, budgetcoaching door {{Stichting Rondkomen Zaanstreek}} en, als het mogelijk is, een minnelijke schuldregeling via de {{Kredietbank Zaanstad}}.
## Wat spreken wij af
Wij vragen u binnen vier weken de volgende stukken te leveren: bankafschriften van rekening [[NL82 INGB 0006 7382 01]] over de laatste drie maanden, de beschikking van {{Toeslagen}}, en alle brieven van schuldeisers, onder andere van het {{CJIB}}, {{Vattenfall}} en {{Parteon}}.
Uw budgetcoach wordt mevrouw [[Wendy Schermerhorn]]. Zij neemt binnen tien werkdagen contact met u op.
## Bezwaar
Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken bij het college van burgemeester en wethouders, {{Postbus 2000}}, {{1500 GA Zaandam}}, of digitaal via {{zaanstad.nl/bezwaar}}. Dit staat in de {{Algemene wet bestuursrecht}}.
Met vriendelijke groet,
namens het college van burgemeester en wethouders van {{Zaanstad}},
@sig M. Oudejans
[[M. Oudejans]]
consulent schuldhulpverlening
~ {{Gemeente Zaanstad}} · {{Stadhuisplein 100}} · {{1506 MZ Zaandam}} · telefoon {{14 075}} · {{info@zaanstad.nl}}
""", font="Helvetica", logo=("Gemeente Zaanstad", "#00529b"))

# ------------------------------------------------------------------------------------------ dg02
D("dg02", "mailwisseling-budgetcoaching", "docx", """
**Van:** [[Wendy Schermerhorn]] <[[w.schermerhorn@rondkomenzaanstreek.nl]]>
**Verzonden:** dinsdag 8 april 2025 16:42
**Aan:** [[Oudejans, Mirjam]] <[[m.oudejans@zaanstad.nl]]>
**CC:** {{schuldhulp@zaanstad.nl}}
**Onderwerp:** RE: dossier [[SHV-440881]] - stand van zaken budgetplan
 
Hoi [[Mirjam]],
Het budgetplan is rond. Inkomsten netto € 2.214 (loon partner bij {{Albert Heijn}} distributiecentrum plus {{kinderbijslag}} via de {{SVB}}), vaste lasten € 2.030. Er blijft dus te weinig over voor de huurachterstand bij {{Parteon}}.
Wat mij zorgen baart: mevrouw vertelde dat ze sinds januari weer onder behandeling is bij {{GGZ inGeest}} voor een zware [[depressie::HEALTH]]. Ze kan nu geen post openen. Kun jij met de {{Kredietbank}} overleggen of we de beslagvrije voet laten toetsen?
Ik bel je morgen tussen 9 en 10 op je mobiel ([[06-41873305]]).
Groet,
[[Wendy]]
[[Wendy Schermerhorn]] | budgetcoach
{{Stichting Rondkomen Zaanstreek}} | {{Westzijde}} 182 | {{Zaandam}}
T {{075 612 3400}} (algemeen) | M [[06-28374615]]
 
> **Van:** [[Oudejans, Mirjam]] <[[m.oudejans@zaanstad.nl]]>
> **Verzonden:** maandag 7 april 2025 09:15
> **Aan:** [[Wendy Schermerhorn]]
> **Onderwerp:** dossier [[SHV-440881]] - stand van zaken budgetplan
> Hallo [[Wendy]],
> Hoe staat het met het budgetplan van mevrouw [[Ouahabi]]? {{Vattenfall}} heeft een afsluitmelding gestuurd (zie bijlage) en het {{CJIB}} dreigt met een dwangbevel voor de verkeersboete van de heer [[Ouahabi]] (CJIB-nummer [[238817462]]). Ik wil dit voor het casusoverleg van 15 april op orde hebben. [[Reinout]] (teamleider) kijkt mee.
> Groet, [[Mirjam]]
> [[Mirjam Oudejans]] | consulent schuldhulpverlening | {{Gemeente Zaanstad}}
> T [[075 681 4472]] | {{14 075}} (algemeen)
""", font="Calibri", meta={"author": "Mirjam Oudejans", "last_modified_by": "Oudejans, M."},
  hidden=[("metadata", "Author", "Mirjam Oudejans"), ("metadata", "LastModifiedBy", "Oudejans, M.")],
  hidden_probes={"Mirjam Oudejans": [], "Oudejans, M.": []})

# ------------------------------------------------------------------------------------------ dg03
D("dg03", "verslag-commissie-samenleving", "reportlab", """
# Verslag commissie Samenleving
{{Gemeenteraad Zaanstad}} · vergadering van donderdag 22 mei 2025, 19.30 uur, raadzaal {{stadhuis Zaandam}}
|!Aanwezig|!|
|Raadsleden|raadslid {{Van Wijngaarden}} (SP, voorzitter), raadslid {{Kuijpers}} (VVD), raadslid {{El Boujdaini}} (GroenLinks), raadslid {{Schaapherder}} (ROSA), raadslid {{Timmer}} (CDA)|
|College|wethouder {{Koopmans}} (Sociale Zaken, Armoede en Schuldhulpverlening)|
|Ambtelijk|[[F. Yildirim-Verhoef]] (beleidsadviseur schuldhulp), [[R. van der Kolk]] (teamleider Schuldhulp & Inkomen)|
|Insprekers|de heer [[Bram Sijtsma]], mevrouw [[Jolanda Verweij-Ruiter]] (namens {{SchuldHulpMaatje Zaanstad}})|
|Afwezig met bericht|raadslid {{Çelik}} (PvdA)|
## 1. Opening en vaststelling agenda
De voorzitter opent de vergadering om 19.31 uur. De agenda wordt ongewijzigd vastgesteld.
## 2. Inspreekrecht
De heer [[Sijtsma]] (wonende aan de [[Oostzijde 340]] in {{Zaandam}}) spreekt in over de wachttijd bij de {{Kredietbank Zaanstad}}. Hij vertelt dat hij na zijn ontslag uit [[detentie::CRIMINAL]] in 2023 elf weken moest wachten op een intakegesprek en in die tijd een huisuitzetting riskeerde. Mevrouw [[Verweij-Ruiter]] vraagt aandacht voor vrijwilligers die zonder vergoeding huishoudens helpen met de administratie.
## 3. Raadsinformatiebrief Evaluatie schuldhulpverlening 2024
Wethouder {{Koopmans}} licht de evaluatie toe. Het aantal aanmeldingen steeg naar 1.412 huishoudens; 38 procent kwam binnen via {{vroegsignalering}} (signalen van {{Parteon}}, {{ZVH}}, {{Vattenfall}} en {{Eneco}}). De wettelijke termijn uit artikel 4 {{Wgs}} (binnen drie werkdagen een gesprek bij dreigende huisuitzetting) werd in 91 procent van de gevallen gehaald.
Raadslid {{Kuijpers}} vraagt of de contracten met {{Stichting Rondkomen Zaanstreek}} worden verlengd. Raadslid {{El Boujdaini}} wil weten hoeveel verzoeken tot toelating tot de {{Wsnp}} de {{Rechtbank Noord-Holland}} heeft afgewezen. De wethouder zegt toe dit schriftelijk te beantwoorden.
Mevrouw [[Yildirim-Verhoef]] geeft op verzoek van de wethouder een technische toelichting op de cijfers van het {{CJIB}} over stapeling van verkeersboetes.
## 4. Toezeggingen en actielijst
|!Nr|!Actie|!Wie|!Gereed|
|T-2025-031|Schriftelijk antwoord over afgewezen {{Wsnp}}-verzoeken|wethouder {{Koopmans}}|1 juli 2025|
|A-14|Overzicht wachttijden intake per wijk|[[FYV]]|13 juni 2025|
|A-15|Gesprek met {{SchuldHulpMaatje Zaanstad}} over vrijwilligersvergoeding|[[RvdK]]|30 juni 2025|
## 5. Sluiting
De voorzitter sluit de vergadering om 21.48 uur.
""", font="Times-Roman", size=10.5, logo=("Gemeenteraad Zaanstad", "#6b1d5c"), footer="Verslag commissie Samenleving 22-05-2025")

# ------------------------------------------------------------------------------------------ dg04
D("dg04", "rapport-nationale-ombudsman", "reportlab", """
# Rapport
**Een onderzoek naar een klacht over de {{gemeente Zaanstad}}, afdeling Schuldhulp & Inkomen**
Datum: 9 september 2025 · Rapportnummer: {{2025/087}}
## Samenvatting
Verzoekster, mevrouw [[P. Ligthart-Dijkman]] uit {{Wormerveer}}, klaagt erover dat de {{gemeente Zaanstad}} haar aanvraag voor schuldhulpverlening in oktober 2024 heeft afgewezen zonder haar eerst te horen, en dat de gemeente haar daarna niet heeft doorverwezen naar de {{Wsnp}}. De {{Nationale ombudsman}} vindt de klacht gegrond.
## Wat ging eraan vooraf?
Mevrouw [[Ligthart-Dijkman]] woont met haar zoon op [[Zaanweg 211 B]] in {{Wormerveer}}. Zij had in 2024 schulden van ongeveer € 27.500 bij onder meer de {{Belastingdienst}}, het {{CJIB}}, {{Eneco}} en {{Zilveren Kruis}}. Zij was in die periode arbeidsongeschikt door een [[burn-out::HEALTH]] en kreeg behandeling voor een [[angststoornis::HEALTH]]. Op 14 oktober 2024 ontving zij een brief waarin de gemeente de aanvraag afwees op grond van artikel 3, derde lid, van de {{Wet gemeentelijke schuldhulpverlening}}, omdat zij in de vijf jaren daarvoor al een schuldregeling had gehad.
De consulent, de heer [[T. Hoogerwerf]], schreef in het dossier dat verzoekster „niet meewerkte". Verzoekster stelt dat zij het gesprek van 2 oktober heeft afgezegd omdat zij [[in het Zaans Medisch Centrum was opgenomen::HEALTH]].
## Reactie van de gemeente
In haar reactie van 12 juni 2025 schrijft wethouder {{Koopmans}} namens het college dat de gemeente de afwijzing achteraf te snel vindt. De gemeente heeft het besluit heroverwogen en verzoekster alsnog toegelaten. Zij heeft een nieuwe contactpersoon gekregen, mevrouw [[D. Sastrowardojo]].
## Beoordeling
Het vereiste van **fair play** houdt in dat de overheid burgers de gelegenheid geeft hun standpunt naar voren te brengen. Artikel 4:8 van de {{Algemene wet bestuursrecht}} schrijft een hoorplicht voor. De {{Wgs}} laat de gemeente ruimte om van de weigeringsgrond af te wijken als daar een goede reden voor is; in de {{Handreiking Wgs}} van {{Divosa}} en de {{NVVK}} wordt juist aanbevolen om gezondheidsproblemen mee te wegen.
De ombudsman stelt vast dat de gemeente geen contact heeft opgenomen met het {{Sociaal Wijkteam Wormerveer}}, terwijl de wijkcoach, mevrouw [[Anouk Brinkerink]], al in augustus 2024 had gemeld dat verzoekster hulp nodig had.
## Conclusie en aanbeveling
De klacht is gegrond wegens schending van het vereiste van fair play. De ombudsman beveelt het college aan om in de werkinstructie vast te leggen dat een aanvrager wordt gehoord voordat een aanvraag op grond van artikel 3 {{Wgs}} wordt afgewezen.
~ {{De Nationale ombudsman}} · {{Postbus 93122}} · {{2509 AC Den Haag}} · {{www.nationaleombudsman.nl}} · behandelend onderzoeker: mr. [[H.J. Wolters-Pauw]]
""", font="DejaVuSerif", size=10.5, logo=("De Nationale ombudsman", "#c8102e"))

# ------------------------------------------------------------------------------------------ dg05  (scan)
D("dg05", "klachtbrief-bewoner-scan", "scan", """
[[Petra Ligthart-Dijkman]]
[[Zaanweg 211 B]]
[[1521 DN Wormerveer]]
tel. [[06-19283746]]
 
Aan de gemeente Zaanstad
t.a.v. klachtencoordinator
Postbus 2000
1500 GA Zaandam
 
Wormerveer, 28 oktober 2024
 
Betreft: klacht over afwijzing schuldhulp, mijn klantnummer [[SHV-397215]]
 
Geachte heer, mevrouw,
Hierbij dien ik een klacht in over de heer [[Hoogerwerf]] van schuldhulp.
Op 2 oktober kon ik niet komen omdat ik [[opgenomen lag in het ziekenhuis::HEALTH]].
Ik heb dat doorgegeven aan de balie. Toch schrijft hij dat ik niet
meewerk en wijst hij mijn aanvraag af. Ik slaap niet meer van de zorgen.
Mijn BSN is [[182364057]] en mijn rekening is [[NL83 RABO 3184 5209 77]],
want er moet volgens mij ook geld terug van de bijzondere bijstand.
Ik wil graag dat iemand anders mijn dossier gaat doen.
 
Met vriendelijke groet,
@sig P. Ligthart
[[P. Ligthart-Dijkman]]
""", font="Courier", size=11, seed=5)

# ------------------------------------------------------------------------------------------ dg06  (handwritten scan)
D("dg06", "telefoonnotitie-handgeschreven", "scan", """
# Telefoonnotitie
 
datum: 15-4-2025  10.20 uur
 
gebeld door: [[Lotte Zwart]] (Parteon)
 
over: mevr. [[Ouahabi]], huurachterstand 3 mnd
 
ontruimingsvonnis aangevraagd!
 
terugbellen op [[06-51729384]]
 
actie: [[Mirjam]] + [[Reinout]] vandaag
 
paraaf: [[MO]]
""", font="Femke", size=17, seed=9, rotate=1.2)

# ------------------------------------------------------------------------------------------ dg07
D("dg07", "verklaring-art285-wsnp", "docx", """
# Verklaring als bedoeld in artikel 285, eerste lid, onderdeel f, {{Faillissementswet}}
**Model vastgesteld bij {{Besluit verklaring schuldsaneringsregeling}}**
|!1. Gegevens verzoeker| |
|Naam en voorletters|[[Kraaijeveld, D.J.]]|
|Geboortedatum|[[3 februari 1979]]|
|Adres|[[Zilverschoonstraat 8]], [[1541 LJ]] {{Koog aan de Zaan}}|
|Burgerservicenummer|[[409173629]]|
|!2. Gegevens gemeente| |
|Gemeente|{{Zaanstad}}, afdeling {{Schuldhulp & Inkomen}}|
|Contactpersoon|[[T. Hoogerwerf]], telefoon [[075 681 3390]]|
|Zaaknummer gemeente|{{Z/25/120733}}|
|!3. Schuldeisers (volgens bijgevoegde lijst)| |
|Aantal schuldeisers|14, waaronder {{Belastingdienst}}, {{CJIB}}, {{DUO}}, {{Vattenfall}}, {{ZVH}}|
|Totaal schuldbedrag|€ 61.840,17|
 
De gemeente verklaart dat een minnelijke schuldregeling is aangeboden door de {{Kredietbank Zaanstad}} en dat deze op 19 februari 2025 is afgewezen door {{DUO}} en één particuliere schuldeiser, de heer [[Gert-Jan Mooij]]. Een verzoek tot dwangakkoord (artikel 287a {{Faillissementswet}}) is niet kansrijk gebleken.
De gemeente verklaart voorts dat de schulden te goeder trouw zijn ontstaan, met uitzondering van een vordering van het {{CJIB}} wegens een veroordeling voor [[rijden onder invloed::CRIMINAL]] in 2021.
Zaandam, 3 maart 2025
@sig T. Hoogerwerf
[[T. Hoogerwerf]], consulent schuldhulpverlening
namens het college van burgemeester en wethouders van {{Zaanstad}}
""", font="Liberation Sans", size=10)

# ------------------------------------------------------------------------------------------ dg08
D("dg08", "cjib-overzicht-openstaande-vorderingen", "reportlab", """
|{{Centraal Justitieel Incassobureau}}<br/>{{Postbus 1794}}<br/>{{8901 CB Leeuwarden}}|Gemeente Zaanstad<br/>t.a.v. mevrouw [[M. Oudejans]]<br/>Postbus 2000<br/>1500 GA Zaandam|
 
**Overzicht openstaande vorderingen in het kader van schuldhulpverlening**
Datum: 24 april 2025 · Ons kenmerk: {{CJIB-SHV-2025-4471}}
Betrokkene: [[K. Ouahabi]], geboren [[17-09-1983]] · CJIB-nummer: [[238817462]]
|!Beschikkingsnummer|!Soort|!Pleegdatum|!Openstaand|
|[[4800 1933 2817 5502]]|{{Wet Mulder}} – snelheid|12-08-2024|€ 173,00|
|[[4800 1933 9920 1846]]|{{Wet Mulder}} – parkeren|03-10-2024|€ 141,00|
|[[4800 2201 0034 7718]]|{{WAHV}} – verhoging aanmaning|11-01-2025|€ 87,00|
 
Totaal openstaand: € 401,00. Het {{CJIB}} schort de inning op grond van het {{Convenant schuldhulpverlening CJIB – gemeenten}} drie maanden op vanaf de datum van de melding via {{Mijn CJIB}}. Gijzeling wordt in deze periode niet toegepast.
Een betalingsregeling is mogelijk vanaf € 50,00 per maand. Betalingen onder vermelding van het betalingskenmerk naar {{NL88 INGB 0705 0057 85}} ten name van {{CJIB}} te {{Leeuwarden}}.
Deze vorderingen staan op naam van betrokkene, wonende [[Vermiljoenweg 143]], [[1505 KL]] {{Zaandam}}; de partner, mevrouw [[R.A. Ouahabi-de Graaf]], is geen medeschuldenaar.
Voor vragen kunt u bellen met het {{Team Schuldhulpverlening}} van het {{CJIB}}, telefoon {{058 - 233 66 66}}, of mailen naar {{schuldhulpverlening@cjib.nl}}. Uw contactpersoon is [[S. Haverkamp]] (direct [[058 233 7182]]).
""", font="Helvetica", size=9.5, logo=("CJIB", "#154273"))

# ------------------------------------------------------------------------------------------ dg09
D("dg09", "vattenfall-afsluiting-email-engels", "reportlab", """
**From:** [[Ruijgrok, Tom]] <[[tom.ruijgrok@vattenfall.com]]>
**Sent:** Thursday, 10 April 2025 11:03
**To:** {{schuldhulp@zaanstad.nl}}
**Cc:** [[Oudejans, Mirjam]]; {{vroegsignalering@vattenfall.nl}}
**Subject:** Disconnection notice customer [[7003 918 442]] – request for debt counselling status
 
Dear colleagues,
Please find below the status of the account of our customer at [[Vermiljoenweg 143]], {{Zaandam}} (contract account [[7003 918 442]], account holder Mrs [[R.A. Ouahabi-de Graaf]]). Under the {{Regeling afsluitbeleid voor kleinverbruikers van elektriciteit en gas}} we are required to notify the municipality before any disconnection. The arrears currently amount to € 1.286,44.
As the household has been registered with your debt relief programme since 14 March 2025, we have put the disconnection on hold (\u201cadministratieve stop\u201d) until 30 June 2025. A payment arrangement of € 45 per month can be offered once the budget plan is in place.
Could you confirm that the customer is in an active {{Wgs}} trajectory? Our {{Energy Debt Desk}} can be reached on {{088 363 63 63}} (general) or directly via me on [[+31 6 4418 2290]].
Kind regards,
[[Tom Ruijgrok]]
Case handler Energy Debt Desk | {{Vattenfall}} Klantenservice Nederland
{{Postbus 41920}}, {{1009 DC Amsterdam}}
 
> **Van:** [[Oudejans, Mirjam]]
> **Verzonden:** woensdag 9 april 2025 14:20
> **Aan:** [[Tom Ruijgrok]]
> **Onderwerp:** klant [[Ouahabi-de Graaf]], Zaandam
> Beste [[Tom]], mevrouw is sinds 14 maart bij ons in traject. Wilt u de afsluiting aanhouden? Het budgetplan volgt via {{Stichting Rondkomen Zaanstreek}}. Groet, [[Mirjam Oudejans]], {{Gemeente Zaanstad}}
""", font="Carlito", size=10.5)

# ------------------------------------------------------------------------------------------ dg10
D("dg10", "parteon-vroegsignalen-huurachterstand", "reportlab", """
# Vroegsignalen huurachterstand – levering april 2025
{{Parteon}} aan {{Gemeente Zaanstad}}, team {{Vroegsignalering}} · op grond van artikel 3 van het {{Besluit gemeentelijke schuldhulpverlening}} · vertrouwelijk
|!Signaal|!Huurder|!Adres|!Achterstand|!Maanden|!Opmerking|
|{{VS-2504-0117}}|[[R.A. Ouahabi-de Graaf]]|[[Vermiljoenweg 143]], {{Zaandam}}|€ 2.604|3|ontruimingsvonnis aangevraagd|
|{{VS-2504-0118}}|[[J.C. van 't Hul-Smit]]|[[Vlielandstraat 52]], {{Krommenie}}|€ 912|2|huurder in de schuldsanering sinds 2023|
|{{VS-2504-0119}}|[[H. Bakkal]]|[[Sportlaan 19 hs]], {{Zaandam}}|€ 1.375|2|geen reactie op brieven|
|{{VS-2504-0120}}|[[M. de Wit-Koenen]]|[[Pelikaanweg 7]], {{Assendelft}}|€ 688|1|bewindvoering wegens [[dementie::HEALTH]]|
|{{VS-2504-0121}}|[[S. Oosterbroek]]|[[Hemkade 33]], {{Zaandam}}|€ 1.050|2|nieuwe huurder sinds jan.|
|{{VS-2504-0122}}|[[E.W. Groenendijk]]|[[Lindenlaan 4]], {{Wormerveer}}|€ 745|1|—|
 
De signalen zijn aangeleverd via het {{Inforing}}-portaal op basis van het {{Convenant vroegsignalering Zaanstad}}. Het {{Sociaal Wijkteam}} legt binnen vijf werkdagen een huisbezoek af.
Contact bij {{Parteon}}: [[Lotte Zwart]], incassomedewerker, [[l.zwart@parteon.nl]], [[06-51729384]]. Algemeen: {{klantenservice@parteon.nl}}, {{075 681 0000}}.
Het kantoor van {{Parteon}} is gevestigd aan de {{Vincent van Goghweg}} in {{Zaandam}}. Aangeleverd door [[Lotte]]; gecontroleerd door [[Jurgen Wessels]] ([[j.wessels@parteon.nl]]).
""", font="DejaVu", size=8.5, margins=(2.0, 1.6))

# ------------------------------------------------------------------------------------------ dg11
D("dg11", "teams-chat-export", "reportlab", """
# Microsoft Teams – chatexport
Kanaal: {{Team Schuldhulp Zaanstad}} / Casuïstiek · geëxporteerd 16-04-2025 08:02 door [[Kaptein, Jeroen]]
|!Tijd|!Van|!Bericht|
|15-04 09:12|[[Mirjam Oudejans]]|Parteon belde net over [[Ouahabi]], ze hebben een ontruimingsvonnis aangevraagd. Wie kan vandaag mee op huisbezoek?|
|15-04 09:14|[[Dewi Sastrowardojo]]|ik kan om 14u. adres?|
|15-04 09:15|[[Mirjam Oudejans]]|[[Vermiljoenweg 143]], 3-hoog. Let op: mevrouw is erg somber, ze gebruikt sinds kort [[antidepressiva::HEALTH]]|
|15-04 09:21|[[Reinout van der Kolk]]|Ik bel de wethouder niet, dit lossen we zelf op. [[Dewi]] ga jij? Zet het in {{Suite4Sociaal Domein}}.|
|15-04 09:22|[[Dewi Sastrowardojo]]|oké|
|15-04 11:40|[[Fatma Yıldırım-Verhoef]]|Even los: wethouder {{Koopmans}} wil voor de commissie van 22 mei een casus die laat zien hoe {{vroegsignalering}} werkt. Geanonimiseerd uiteraard. Iemand een idee?|
|15-04 11:43|[[Mirjam Oudejans]]|[[Kraaijeveld]] misschien? Die zit nu in de {{Wsnp}}, loopt goed.|
|15-04 11:44|[[Reinout van der Kolk]]|Nee, die heeft [[een strafblad::CRIMINAL]], dat wordt gedoe. Neem een Parteon-signaal zonder bijzonderheden.|
|15-04 15:05|[[Dewi Sastrowardojo]]|Huisbezoek gedaan. Vonnis pas 2 juni op de rol bij de kantonrechter in {{Zaandam}}. Mevrouw tekent morgen de machtiging voor {{Vattenfall}} en {{Eneco}}. Partner [[Karim]] was er ook.|
|15-04 15:07|[[Fatma Yıldırım-Verhoef]]|Top [[Dewi]]!|
|16-04 07:58|[[Jeroen Kaptein]]|Export gemaakt voor het Woo-verzoek over {{vroegsignalering}}, zie map {{Woo 2025-041}}.|
""", font="LibSans", size=9)

# ------------------------------------------------------------------------------------------ dg12
D("dg12", "raadsinformatiebrief-evaluatie", "docx", """
# Raadsinformatiebrief
|!Onderwerp|Evaluatie schuldhulpverlening 2024 en vervolg contract budgetcoaching|
|!Portefeuillehouder|wethouder {{Koopmans}}|
|!Datum|29 april 2025|
|!Kenmerk|{{RIB 2025/0163}}|
|!Contactpersoon|[[Fatma Yıldırım-Verhoef]], [[f.yildirim@zaanstad.nl]], [[06-30918274]]|
 
Geachte leden van de raad,
Met deze brief informeren wij u over de evaluatie van de schuldhulpverlening in {{Zaanstad}} over 2024, zoals toegezegd in de commissie {{Samenleving}} van 14 november 2024 (toezegging {{T-2024-118}}).
## Kern
In 2024 meldden 1.412 huishoudens zich voor schuldhulp, 9 procent meer dan in 2023. De {{Kredietbank Zaanstad}} sloot 236 minnelijke schuldregelingen; voor 61 huishoudens volgde een verzoek tot toelating tot de {{Wet schuldsanering natuurlijke personen}}. Het aandeel aanmeldingen via {{vroegsignalering}} steeg naar 38 procent, mede door de afspraken met {{Parteon}}, {{ZVH}}, {{Rochdale}}, {{Vattenfall}}, {{Eneco}}, {{Essent}}, {{PWN}} en zorgverzekeraar {{Zilveren Kruis}}.
Sinds de wijziging van de {{Wgs}} per 1 januari 2021 mag de gemeente deze signalen ontvangen en moet zij binnen vier weken een aanbod doen.
## Budgetcoaching
Het contract met {{Stichting Rondkomen Zaanstreek}} loopt op 31 december 2025 af. De stichting begeleidde 512 huishoudens; de gemiddelde doorlooptijd tot een stabiele situatie was 4,2 maanden. Wij zijn voornemens het contract met twee jaar te verlengen binnen het programma {{Zaanstad Rondkomen 2023-2026}}.
## Landelijk
Staatssecretaris {{Nobel}} heeft in zijn brief van 3 februari 2025 aan de Tweede Kamer aangekondigd dat de {{Wgs}} wordt geëvalueerd. Wij nemen deel aan de pilot {{Landelijke Schuldenwijzer}} van het ministerie van {{Sociale Zaken en Werkgelegenheid}} en de {{VNG}}.
## Vervolg
Wij informeren u voor de begrotingsbehandeling over het besluit tot verlenging. Het onderzoeksrapport (bijlage 1) is opgesteld door [[Sanne Luttikhuizen]] van het {{Verwey-Jonker Instituut}}; de klantinterviews zijn gehouden door [[Ruben Alkemade]].
Het college van burgemeester en wethouders van {{Zaanstad}},
namens dezen,
burgemeester {{Hamming}}
""", font="Carlito", size=12.5)

# ------------------------------------------------------------------------------------------ dg13
D("dg13", "collegeadvies-verlenging-contract", "reportlab", """
# Collegeadvies
|!Onderwerp|Verlenging overeenkomst budgetcoaching {{Stichting Rondkomen Zaanstreek}} 2026-2027|
|!Registratienummer|{{2025/0219877}}|
|!Portefeuillehouder|wethouder {{Koopmans}}|
|!Afdeling|{{Schuldhulp & Inkomen}}, cluster {{Maatschappelijke Ontwikkeling}}|
|!Steller|[[F. Yildirim-Verhoef]], toestel [[4518]]|
|!Collegevergadering|10 juni 2025|
## Paraafroute
|!Naam|!Functie|!Paraaf|!Datum|
|[[F. Yildirim-Verhoef]]|beleidsadviseur|[[FYV]]|26-05-2025|
|[[R. van der Kolk]]|teamleider Schuldhulp & Inkomen|[[RvdK]]|27-05-2025|
|[[A.M. Bosman-Tjoe]]|afdelingsmanager|[[AMB]]|28-05-2025|
|[[J. Kaptein]]|juridisch adviseur inkoop|[[JK]]|28-05-2025|
## Voorgesteld besluit
1. De overeenkomst met {{Stichting Rondkomen Zaanstreek}} (KvK {{60219938}}) te verlengen van 1 januari 2026 tot en met 31 december 2027, voor maximaal € 1.840.000 per jaar.
2. De raad hierover te informeren met bijgaande raadsinformatiebrief.
## Toelichting
De overeenkomst is in 2023 gegund na een openbare procedure volgens de {{Aanbestedingswet 2012}} (sociale en andere specifieke diensten). Artikel 6.2 van de overeenkomst biedt een verlengingsoptie van twee jaar.
Uit de evaluatie blijkt dat de stichting de {{kwaliteitsnormen van de NVVK}} haalt. Een aandachtspunt is de caseload per budgetcoach (gemiddeld 34). [[AMB]] en [[RvdK]] hebben op 20 mei met de directeur van de stichting, [[Bas ter Steege]], afgesproken dat de stichting in 2026 vier coaches extra inzet.
## Opmerking paraaf [[JK]]
Juridisch akkoord; let op dat de verwerkersovereenkomst ({{AVG}}, artikel 28) wordt geactualiseerd, omdat de stichting sinds 2025 {{Inforing}} gebruikt.
## Communicatie
Geen persbericht. Wethouder {{Koopmans}} meldt de verlenging in de commissie {{Samenleving}}.
""", font="Helvetica", size=10.5, logo=("Gemeente Zaanstad · collegeadvies", "#00529b"))

# ------------------------------------------------------------------------------------------ dg14
D("dg14", "kwartaalrapportage-rondkomen", "reportlab", """
# Kwartaalrapportage Q1 2025
**{{Stichting Rondkomen Zaanstreek}} – budgetcoaching in opdracht van {{Gemeente Zaanstad}}**
## 1. Key figures
|!KPI|!Norm|!Q1 2025|!Q4 2024|
|Nieuwe aanmeldingen (intake)|—|141|128|
|Doorlooptijd aanmelding – eerste gesprek|≤ 10 werkdagen|8,4|9,1|
|Caseload per fte budgetcoach|≤ 30|34|33|
|Uitstroom naar {{Kredietbank Zaanstad}}|—|37|29|
|Klanttevredenheid ({{Net Promoter Score}})|≥ 20|27|24|
## 2. Team
|!Budgetcoach|!Personeelsnr.|!Caseload|!Wijk|
|[[Wendy Schermerhorn]]|[[RZ-0417]]|36|{{Zaandam-Oost}}, {{Poelenburg}}|
|[[Kevin Ramdin]]|[[RZ-0422]]|33|{{Kogerveld}}, {{Rosmolenwijk}}|
|[[Lieke van Dongen]]|[[RZ-0431]]|29 (0,8 fte)|{{Krommenie}}, {{Assendelft}}|
|[[Mustafa Yilmaz]]|[[RZ-0436]]|38|{{Wormerveer}}, {{Westzaan}}|
 
[[Lieke]] is sinds februari [[met zwangerschapsverlof::HEALTH]]; haar caseload is tijdelijk verdeeld over [[Kevin]] en een inhuurkracht via {{Randstad}}.
## 3. Signalen
We zien een toename van huishoudens met schulden bij {{Toeslagen}} (terugvorderingen kinderopvangtoeslag) en van BNPL-schulden (Buy Now Pay Later, o.a. {{Klarna}} en {{Riverty}}). Het {{Nibud}}-budgethandboek en de {{Geldfit}}-test worden standaard ingezet. De samenwerking met de {{Voedselbank Zaanstad}} loopt goed.
## 4. Ondertekening
Zaandam, 14 april 2025
@sig B. ter Steege
[[B. ter Steege]], directeur-bestuurder · [[b.tersteege@rondkomenzaanstreek.nl]]
""", font="DejaVu", size=9.5, footer="Stichting Rondkomen Zaanstreek · Westzijde 182 · 1506 EK Zaandam · info@rondkomenzaanstreek.nl")

# ------------------------------------------------------------------------------------------ dg15  (form fields)
D("dg15", "aanmeldformulier-schuldhulp", "reportlab", """
# Aanmeldformulier schuldhulpverlening
{{Gemeente Zaanstad}} · {{Schuldhulp & Inkomen}} · digitaal ingevuld via {{Mijn Zaanstad}} (formulier {{SHV-01 v3.2}})
Vul het formulier volledig in. De gegevens worden verwerkt volgens de {{AVG}} en de {{Wgs}}; zie de privacyverklaring op {{zaanstad.nl/privacy}}.
## 1. Uw gegevens
Achternaam:
 
Voornamen:
 
Geboortedatum:
 
Burgerservicenummer:
 
Telefoon:
 
## 2. Uw situatie
Ik heb schulden bij: [x] {{Belastingdienst}}  [x] {{CJIB}}  [ ] {{DUO}}  [x] energieleverancier  [ ] zorgverzekeraar
Hoe heeft u ons gevonden? via het {{Sociaal Wijkteam}} / {{Geldloket Zaanstad}}
## 3. Toestemming
Ik geef toestemming om mijn gegevens op te vragen bij het {{BKR}}, de {{Belastingdienst}} en {{UWV}} (via {{Suwinet}}).
Ontvangen op 11 juni 2025 · registratie {{Z/25/131006}} · behandeld door team intake
""", font="Helvetica", size=10,
  hidden=[("field", (0, ("achternaam", [175, 677, 420, 691])), "Demirtas-Huisman"),
          ("field", (0, ("voornamen", [175, 655, 420, 669])), "Sevgi Elif"),
          ("field", (0, ("geboortedatum", [175, 634, 420, 648])), "22-11-1990"),
          ("field", (0, ("bsn", [175, 612, 420, 626])), "273845196"),
          ("field", (0, ("telefoon", [175, 591, 420, 605])), "06-33019482")])

# ------------------------------------------------------------------------------------------ dg16  (2 pages)
D("dg16", "beslissing-op-bezwaar", "docx", """
**Gemeente Zaanstad**
{{Stadhuisplein 100}} · {{Postbus 2000}} · {{1500 GA Zaandam}} · {{14 075}}
 
Aangetekend en per gewone post
De heer [[D.J. Kraaijeveld]]
[[Zilverschoonstraat 8]]
[[1541 LJ]] Koog aan de Zaan
 
|!Datum|!Ons kenmerk|!Behandeld door|
|16 juli 2025|{{BZ/2025/0388}}|[[mr. E. Hofstede-Lammers]]|
 
**Onderwerp: beslissing op uw bezwaar tegen de beëindiging van de schuldhulpverlening**
 
Geachte heer [[Kraaijeveld]],
U heeft op 2 juni 2025 bezwaar gemaakt tegen ons besluit van 28 april 2025 ({{Z/25/120733}}), waarbij wij de schuldhulpverlening hebben beëindigd omdat u de afspraken in uw plan van aanpak niet nakwam. U wordt in deze procedure bijgestaan door uw bewindvoerder, mr. [[Arjen Bleeker]] van {{Bleekveld Bewind B.V.}}
## Hoorzitting
Op 1 juli 2025 bent u gehoord door de {{commissie bezwaarschriften}}, kamer {{Sociaal Domein}}. Namens het college waren aanwezig de heer [[T. Hoogerwerf]] (consulent) en mevrouw [[E. Hofstede-Lammers]] (jurist). U verklaarde dat u de afspraken niet kon nakomen omdat u in die periode een [[taakstraf::CRIMINAL]] van 120 uur uitvoerde en daarnaast in behandeling was bij [[Brijder Verslavingszorg::HEALTH]]. Van de hoorzitting is een verslag gemaakt dat als bijlage bij deze brief is gevoegd.
## Overwegingen
Op grond van artikel 5, eerste lid, van de {{Wet gemeentelijke schuldhulpverlening}} kan het college de schuldhulpverlening beëindigen als de verzoeker de verplichtingen niet nakomt. Het college moet daarbij rekening houden met de omstandigheden van het geval (artikel 3:4 {{Awb}}).
De commissie adviseert het bezwaar gegrond te verklaren. Zij overweegt dat de consulent op de hoogte was van uw omstandigheden, omdat uw reclasseringswerker van {{Reclassering Nederland}}, de heer [[Frank Nieuwenhuize]], dit op 14 april 2025 per e-mail ([[f.nieuwenhuize@reclassering.nl]]) aan de gemeente had gemeld.
---
## Besluit
Wij verklaren uw bezwaar gegrond en herroepen het besluit van 28 april 2025. De schuldhulpverlening wordt voortgezet. Uw verzoek om toelating tot de {{Wsnp}} (verklaring artikel 285 {{Faillissementswet}} van 3 maart 2025) blijft in behandeling bij de {{Rechtbank Noord-Holland}}, locatie {{Haarlem}}.
Wij vergoeden de kosten van rechtsbijstand op grond van artikel 7:15 {{Awb}}: € 647,00, over te maken op rekening [[NL15 ABNA 5120 9388 47]] ten name van de bewindvoerder.
## Beroep
Bent u het niet eens met deze beslissing, dan kunt u binnen zes weken beroep instellen bij de {{Rechtbank Noord-Holland}}, sector bestuursrecht, {{Postbus 1621}}, {{2003 BR Haarlem}}.
Met vriendelijke groet,
het college van burgemeester en wethouders van {{Zaanstad}},
namens dezen,
@sig E. Hofstede
[[mr. E. Hofstede-Lammers]], senior jurist {{Bezwaar en Beroep}}
""", font="Liberation Serif", size=11)

# ------------------------------------------------------------------------------------------ dg17
D("dg17", "toeslagen-herstel-brief", "reportlab", """
|{{Dienst Toeslagen}}<br/>{{Uitvoeringsorganisatie Herstel Toeslagen}}<br/>{{Postbus 2000}}<br/>{{3500 GA Utrecht}}|Aan: {{Gemeente Zaanstad}}, brede hulp gedupeerden<br/>t.a.v. mevrouw [[D. Sastrowardojo]]|
 
Datum: 6 mei 2025 · Ons kenmerk: {{UHT/2025/GEM-0369}}
**Onderwerp: kwijtschelding publieke schulden en stand herstelproces**
 
Geachte mevrouw [[Sastrowardojo]],
U vroeg ons naar de stand van zaken van de aanvraag van uw cliënt, mevrouw [[J.C. van 't Hul-Smit]] (geboren [[5 juni 1986]], BSN [[152637485]]), wonende te Krommenie. Mevrouw [[Van 't Hul-Smit]] is door de {{UHT}} erkend als gedupeerde van de problemen met de kinderopvangtoeslag. Zij heeft de compensatie van € 30.000 ontvangen ({{Catshuisregeling}}).
Op grond van de {{Wet hersteloperatie toeslagen}} zijn haar publieke schulden bij de {{Belastingdienst}}, het {{CJIB}} en {{DUO}} kwijtgescholden. Private schulden worden afgelost via {{SBG}} ({{Stichting Beheer Gelden}}) als zij daarvoor toestemming geeft.
Haar persoonlijk zaakbehandelaar is de heer [[Nadir Boukhari]]; hij is bereikbaar op [[06-27714930]] of [[n.boukhari@toeslagen.nl]]. Voor algemene vragen: {{0800 2000}} (gratis, de {{BelTeleFoon}}).
Wij vragen de gemeente om in het brede-hulpplan ook de [[psychische klachten::HEALTH]] van de oudste dochter mee te nemen; de gemeente kan daarvoor het {{Sociaal Wijkteam}} inschakelen.
Met vriendelijke groet,
[[Nadir Boukhari]]
persoonlijk zaakbehandelaar
""", font="Times-Roman", size=10.5, logo=("Dienst Toeslagen", "#154273"))

# ------------------------------------------------------------------------------------------ dg18  (hidden: metadata + XMP)
D("dg18", "memo-wachttijden-intake", "reportlab", """
# Memo
|!Aan|{{MT Schuldhulp & Inkomen}}|
|!Van|team intake|
|!Datum|12 juni 2025|
|!Onderwerp|Wachttijden intake per wijk (actie A-14 commissie {{Samenleving}})|
## Aanleiding
In de commissie {{Samenleving}} van 22 mei 2025 is toegezegd een overzicht te geven van de wachttijden tussen aanmelding en eerste gesprek. De {{Wgs}} schrijft voor dat dit binnen vier weken gebeurt, en binnen drie werkdagen bij een dreigende ontruiming, afsluiting van energie of drinkwater of opzegging van de zorgverzekering.
## Cijfers (januari – mei 2025)
|!Wijk|!Aanmeldingen|!Gem. wachttijd (werkdagen)|!Spoed binnen 3 dagen|
|{{Zaandam-Oost}} / {{Poelenburg}}|211|14|96%|
|{{Zaandam-Zuid}}|134|11|100%|
|{{Kogerveld}}|77|9|100%|
|{{Krommenie}}|98|18|88%|
|{{Wormerveer}}|83|16|91%|
|{{Assendelft}} / {{Westzaan}}|61|12|100%|
## Analyse
De langere wachttijd in {{Krommenie}} en {{Wormerveer}} komt door een vacature en langdurig verzuim in het team. Vanaf juli neemt het team {{Kredietbank Zaanstad}} tijdelijk intakes over. Het {{Geldloket Zaanstad}} in de {{bibliotheek Zaanstad}} aan de {{Gedempte Gracht}} biedt een inloopspreekuur.
## Voorstel
Een extra consulent (1 fte, schaal 9) voor zes maanden, te dekken uit het budget {{Zaanstad Rondkomen 2023-2026}}. De vacature van [[Gerrit Tuinman]] is per 1 mei ingevuld; collega [[Y. el Amrani]] werkt na haar [[hernia-operatie::HEALTH]] halve dagen. Vragen: [[d.sastrowardojo@zaanstad.nl]].
""", font="DejaVuSerif", size=9.5,
  hidden=[("metadata", "Author", "Dewi Sastrowardojo"), ("xmp", "dc:creator", "Sastrowardojo, D."),
          ("metadata", "Subject", "concept Dewi S. - voor Reinout")],
  hidden_probes={"Dewi Sastrowardojo": ["Dewi Sastrowardojo"], "Sastrowardojo, D.": ["Sastrowardojo, D."],
                 "concept Dewi S. - voor Reinout": ["Reinout"]})

# ------------------------------------------------------------------------------------------ dg19
D("dg19", "woo-besluit-vroegsignalering", "docx", """
**Gemeente Zaanstad**
De heer [[B. Sijtsma]]
per e-mail: [[bram.sijtsma@ziggo.nl]]
 
|!Datum|!Kenmerk|!Contactpersoon|
|30 juli 2025|{{Woo 2025-041}}|[[J. Kaptein]], Woo-coördinator|
 
**Onderwerp: besluit op uw Woo-verzoek over vroegsignalering van schulden**
 
Geachte heer [[Sijtsma]],
Op 3 juni 2025 heeft u met een beroep op de {{Wet open overheid}} ({{Woo}}) verzocht om openbaarmaking van documenten over de afspraken tussen de {{gemeente Zaanstad}} en woningcorporaties, energieleveranciers en zorgverzekeraars over {{vroegsignalering}} van schulden in de periode 2023-2025. Op 17 juni 2025 hebben wij de beslistermijn met twee weken verdaagd.
## Besluit
Wij besluiten de gevraagde documenten deels openbaar te maken. De documenten staan op de inventarislijst (bijlage 1). De volgende documenten worden openbaar gemaakt: het {{Convenant vroegsignalering Zaanstad}} (2023), de addenda met {{Parteon}}, {{ZVH}} en {{Rochdale}}, de verwerkersafspraken met {{Inforing}} en de managementrapportages {{vroegsignalering}} 2024.
## Weigeringsgronden
In de documenten zijn namen, e-mailadressen, telefoonnummers en handtekeningen van medewerkers en van inwoners onleesbaar gemaakt op grond van artikel 5.1, tweede lid, aanhef en onder e, van de {{Woo}} (eerbiediging van de persoonlijke levenssfeer). Gegevens over de gezondheid van inwoners zijn onleesbaar gemaakt op grond van artikel 5.1, eerste lid, aanhef en onder d, van de {{Woo}}. De namen van wethouder {{Koopmans}} en burgemeester {{Hamming}} zijn niet weggelakt, omdat zij in hun publieke functie optreden.
Vertrouwelijk verstrekte bedrijfsgegevens van {{Vattenfall}} over het aantal afsluitingen per postcodegebied zijn geweigerd op grond van artikel 5.1, eerste lid, onder c, van de {{Woo}}.
## Inventaris (uittreksel)
|!Nr|!Document|!Datum|!Beoordeling|!Grond|
|1|{{Convenant vroegsignalering Zaanstad}}|14-02-2023|openbaar|–|
|2|Addendum {{Parteon}}|01-03-2023|deels openbaar|{{5.1.2e}}|
|3|Chatexport team schuldhulp|16-04-2025|deels openbaar|{{5.1.2e}}, {{5.1.1d}}|
|4|Afsluitcijfers {{Vattenfall}}|10-01-2025|niet openbaar|{{5.1.1c}}|
 
Met vriendelijke groet,
het college van burgemeester en wethouders van {{Zaanstad}},
namens dezen,
[[Jeroen Kaptein]]
Woo-coördinator
""", font="Carlito", size=10.5)

# ------------------------------------------------------------------------------------------ dg20
D("dg20", "deurwaarder-aankondiging-beslag", "reportlab", """
|{{GGN Mastering Credit}}<br/>gerechtsdeurwaarders · vestiging {{Amsterdam}}<br/>{{Postbus 12140}}, {{1100 AC Amsterdam}}|DEURWAARDERSEXPLOIT<br/>dossiernummer [[D-4471093-KR]]|
 
Heden, de negentiende mei tweeduizend vijfentwintig, op verzoek van de besloten vennootschap {{Flex Lease Nederland B.V.}}, gevestigd te {{Utrecht}}, heb ik, [[Kees-Jan Oostveen]], gerechtsdeurwaarder ter standplaats {{Amsterdam}}, beslag gelegd onder {{Albert Heijn B.V.}}, {{Provincialeweg 11}}, {{1506 MA Zaandam}}, als werkgever van:
**[[Dennis Johannes Kraaijeveld]]**, geboren [[3 februari 1979]] te {{Purmerend}}, wonende te [[1541 LJ]] {{Koog aan de Zaan}}, [[Zilverschoonstraat 8]],
op alle gelden die de werkgever aan de geëxecuteerde verschuldigd is of wordt, ter zake van een vordering van € 4.318,62 vermeerderd met rente en kosten (vonnis kantonrechter {{Rechtbank Noord-Holland}}, locatie {{Zaandam}}, zaaknummer {{10577334 CV EXPL 24-8812}}).
De beslagvrije voet is berekend volgens artikel 475d {{Wetboek van Burgerlijke Rechtsvordering}} en bedraagt € 1.562,30 per maand. De geëxecuteerde is alleenstaand en heeft een omgangsregeling met zijn dochter [[Jill]] (9).
Het exploot is betekend aan de werkgever, daar sprekende met mevrouw [[L. Brouwer]], medewerker salarisadministratie. Een afschrift gaat aan de schuldhulpverlener van de gemeente {{Zaanstad}} ({{Z/25/120733}}) en aan de bewindvoerder, mr. [[A. Bleeker]].
Kosten van dit exploot: € 94,31 ({{Besluit tarieven ambtshandelingen gerechtsdeurwaarders}}).
@sig K.J. Oostveen
[[K.J. Oostveen]]
""", font="Courier", size=9.5)

# ------------------------------------------------------------------------------------------ dg21
D("dg21", "caseload-overzicht-consulenten", "reportlab", """
# Caseloadoverzicht team {{Schuldhulp & Inkomen}} – peildatum 30 juni 2025
Bron: {{Suite4Sociaal Domein}}, rapport {{SHV-CL-07}} · intern, niet verspreiden
|!Consulent|!Pers.nr.|!Paraaf|!Actieve dossiers|!Wsnp-aanvragen|!Verzuim|!Opmerking|
|[[Oudejans, M.]]|[[104772]]|[[MO]]|58|3|—|incl. 4 spoed-ontruiming|
|[[Hoogerwerf, T.]]|[[098213]]|[[TH]]|49|5|—|klacht ombudsman lopend|
|[[Sastrowardojo, D.]]|[[112690]]|[[DS]]|61|2|—|ook brede hulp {{UHT}}|
|[[Amrani, Y. el]]|[[115034]]|[[YeA]]|37|1|re-integratie na [[hernia-operatie::HEALTH]]|50% inzetbaar|
|[[Vries-Brakel, C.P. de]]|[[087445]]|[[CPdV]]|44|4|—|mentor nieuwe collega's|
|[[Tuinman, G.]]|[[119902]]|[[GT]]|22|0|—|in dienst per 1-5-2025|
 
Legenda: paraaf = code in {{Suite4Sociaal Domein}}; Wsnp-aanvragen = verklaringen artikel 285 {{Fw}} in 2025.
Norm {{Divosa}}: 45 actieve dossiers per fte. Gemiddeld 45,2. Teamleider: [[R. van der Kolk]] ([[RvdK]]).
Actie: [[YeA]] krijgt tot 1 september geen nieuwe spoeddossiers; [[GT]] neemt de {{Kredietbank Zaanstad}}-overdrachten van [[TH]] over.
""", font="LibSans", size=8.5, margins=(1.8, 1.4))

# ------------------------------------------------------------------------------------------ dg22
D("dg22", "budgetplan-huishouden", "docx", """
# Budgetplan
**{{Stichting Rondkomen Zaanstreek}}** · in opdracht van {{Gemeente Zaanstad}} · dossier [[RZ-25-0871]]
|!Huishouden| |
|Aanvrager|[[Rachida Ouahabi-de Graaf]], geb. [[04-01-1987]]|
|Partner|[[Karim Ouahabi]], geb. [[17-09-1983]]|
|Kinderen|[[Amira]] (geb. [[11-06-2012]]), [[Youssef]] (geb. [[30-03-2016]])|
|Adres|[[Vermiljoenweg 143]], [[1505 KL]] {{Zaandam}}|
|Rekening|[[NL82 INGB 0006 7382 01]] (betaalrekening), beheerrekening [[NL13 ASNB 8812 0344 10]]|
|Budgetcoach|[[W. Schermerhorn]]|
 
|!Inkomsten per maand|!€|!Uitgaven per maand|!€|
|Netto loon partner ({{Albert Heijn}})|1.784,00|Huur ({{Parteon}})|868,00|
|{{Kinderbijslag}} ({{SVB}}, per maand)|243,00|Energie ({{Vattenfall}})|211,00|
|{{Kindgebonden budget}}|187,00|Zorgverzekering ({{Zilveren Kruis}}), 2 volw.|296,00|
|{{Huurtoeslag}}|0,00 (aangevraagd)|Water ({{PWN}})|38,00|
|–|–|Eigen risico / medicatie aanvrager ([[antidepressiva::HEALTH]])|32,00|
|–|–|Boodschappen (norm {{Nibud}})|640,00|
|**Totaal**|**2.214,00**|**Totaal**|**2.085,00**|
 
Aflossingsruimte: € 129,00 per maand. Afspraken: de huur wordt automatisch betaald op de 1e; het {{CJIB}} is gevraagd om een betalingsregeling van € 50,00; {{Huurtoeslag}} aanvragen via {{Mijn toeslagen}}.
[[Karim]] werkt in ploegendienst; gesprekken daarom op woensdagmiddag.
Ondertekend te Zaandam op 22 april 2025
@sig R. Ouahabi
""", font="Calibri", size=10)

# ------------------------------------------------------------------------------------------ dg23  (2 pages)
D("dg23", "verslag-casusoverleg", "reportlab", """
# Verslag multidisciplinair casusoverleg schulden
Datum: dinsdag 15 april 2025, 13.00–14.30 uur · locatie: {{Stadhuis Zaanstad}}, zaal {{De Hoop}} · {{Teams}}
|!Aanwezig|!Organisatie|!Paraaf|
|[[Mirjam Oudejans]] (voorzitter)|{{Gemeente Zaanstad}}, schuldhulp|[[MO]]|
|[[Dewi Sastrowardojo]]|{{Gemeente Zaanstad}}, brede hulp {{UHT}}|[[DS]]|
|[[Wendy Schermerhorn]]|{{Stichting Rondkomen Zaanstreek}}|[[WS]]|
|[[Anouk Brinkerink]]|{{Sociaal Wijkteam}} {{Zaandam-Oost}}|[[AB]]|
|[[Lotte Zwart]]|{{Parteon}}, incasso|[[LZ]]|
|[[dr. Hendrik-Jan Poelman]]|{{GGZ inGeest}}, ambulant team Zaanstreek|[[HJP]]|
Verslag: [[Jeroen Kaptein]] ([[JKa]]). In dit verslag worden de aanwezigen met hun paraaf aangeduid.
## Casus 1 – huishouden [[O.]], {{Zaandam}} (dossier [[SHV-440881]])
[[LZ]] meldt dat {{Parteon}} het ontruimingsvonnis aanhoudt als vóór 1 juni een betalingsregeling loopt. [[WS]]: het budgetplan is klaar, aflossingsruimte € 129 per maand. [[HJP]] bevestigt met toestemming van cliënte dat zij in behandeling is voor een [[depressieve stoornis::HEALTH]] en sinds maart medicatie gebruikt; hij adviseert om alle post via de budgetcoach te laten lopen.
[[DS]] vraagt of de oudste dochter, [[Amira]], hulp krijgt; [[AB]] regelt een gesprek met {{Jeugdhulp Zaanstad}}.
Afspraak: [[MO]] vraagt {{Vattenfall}} de administratieve stop te verlengen tot 1 september. [[WS]] meldt de cliënte aan bij de {{Voedselbank Zaanstad}} (uitgiftepunt {{Prins Bernhardplein}}).
## Casus 2 – de heer [[K.]], {{Koog aan de Zaan}} (dossier {{Z/25/120733}})
[[MO]] licht toe dat de verklaring voor de {{Wsnp}} op 3 maart is afgegeven. De rechtbank heeft nog niet beslist. [[AB]] meldt dat meneer net uit een kliniek voor [[alcoholverslaving::HEALTH]] komt en dat zijn [[reclasseringstoezicht::CRIMINAL]] tot december loopt.
---
## Casus 3 – mevrouw [[v. ’t H.]], {{Krommenie}}
[[DS]]: erkend gedupeerde; publieke schulden kwijtgescholden door {{UHT}}. Private schulden (o.a. {{Wehkamp}}, {{Klarna}}) gaan via {{SBG}}. Geen verdere actie van de gemeente nodig, behalve nazorg door [[AB]].
## Actielijst
|!Nr|!Actie|!Wie|!Wanneer|
|1|Verlenging administratieve stop {{Vattenfall}} aanvragen|[[MO]]|18-04|
|2|Aanmelding {{Voedselbank Zaanstad}}|[[WS]]|18-04|
|3|Gesprek {{Jeugdhulp Zaanstad}} over dochter|[[AB]]|30-04|
|4|Betalingsregeling vastleggen met {{Parteon}}|[[LZ]] / [[WS]]|1-05|
|5|Terugkoppeling aan teamleider [[R. van der Kolk]]|[[MO]]|17-04|
Volgend overleg: dinsdag 13 mei 2025, 13.00 uur.
~ Vertrouwelijk – bevat bijzondere persoonsgegevens (art. 9 {{AVG}}). Opgesteld door [[JKa]].
""", font="DejaVu", size=9.5, footer="Casusoverleg schulden Zaanstad · 15-04-2025")

# ------------------------------------------------------------------------------------------ dg24
D("dg24", "vonnis-toelating-wsnp", "reportlab", """
# VONNIS
**{{RECHTBANK NOORD-HOLLAND}}**
Team insolventie · locatie {{Haarlem}}
zaaknummer / rekestnummer: {{C/15/361204 / FT RK 25/418}}
Vonnis van 24 september 2025 op het verzoek van:
[[DENNIS JOHANNES KRAAIJEVELD]],
geboren op [[3 februari 1979]],
wonende te [[Zilverschoonstraat 8]], [[1541 LJ]] {{Koog aan de Zaan}},
verzoeker, advocaat mr. [[S.M. Ruitenberg-Jansma]] te {{Amsterdam}}.
## 1. De procedure
Het verzoek tot toepassing van de schuldsaneringsregeling is op 12 maart 2025 ter griffie ingekomen. Bij het verzoekschrift is de verklaring als bedoeld in artikel 285, eerste lid, onder f, {{Fw}} gevoegd, afgegeven door het college van burgemeester en wethouders van de gemeente {{Zaanstad}}. Het verzoek is behandeld ter zitting van 10 september 2025, waar verzoeker en de heer [[T. Hoogerwerf]] namens de gemeente zijn verschenen.
## 2. De beoordeling
Verzoeker heeft schulden tot een bedrag van € 61.840,17. De rechtbank is van oordeel dat verzoeker ten aanzien van het ontstaan en onbetaald laten van zijn schulden over de afgelopen vijf jaar te goeder trouw is geweest (artikel 288, eerste lid, onder b, {{Fw}}). Voor de vordering van het {{CJIB}} geldt weliswaar dat deze voortvloeit uit een veroordeling wegens [[rijden onder invloed::CRIMINAL]], maar die dateert van meer dan vijf jaar geleden.
## 3. De beslissing
De rechtbank:
- spreekt de toepassing van de schuldsaneringsregeling uit ten aanzien van [[D.J. Kraaijeveld]];
- benoemt een rechter-commissaris uit het team insolventie;
- benoemt tot bewindvoerder mr. [[A. Bleeker]], {{Bleekveld Bewind B.V.}} te {{Zaandam}}.
Dit vonnis is uitgesproken in het openbaar op 24 september 2025. De uitspraak wordt gepubliceerd in het {{Centraal Insolventieregister}}.
""", font="Times-Roman", size=10.5)

# ------------------------------------------------------------------------------------------ dg25  (scan, signed page)
D("dg25", "addendum-overeenkomst-getekend-scan", "scan", """
# ADDENDUM 2 bij overeenkomst budgetcoaching
Overeenkomst nr. INK-2023-0147 tussen de gemeente Zaanstad en Stichting Rondkomen Zaanstreek
 
Artikel 1. De looptijd van de overeenkomst wordt verlengd tot en met 31 december 2027.
Artikel 2. De maximale vergoeding bedraagt EUR 1.840.000 per kalenderjaar.
Artikel 3. Opdrachtnemer zet vanaf 1 januari 2026 vier extra budgetcoaches in.
Artikel 4. De verwerkersovereenkomst (bijlage C) wordt vervangen door versie 2025.
 
Aldus overeengekomen en in tweevoud getekend,
 
|Namens de gemeente Zaanstad|Namens Stichting Rondkomen Zaanstreek|
|wethouder Koopmans|directeur-bestuurder|
| | |
|Zaandam, 1 juli 2025|Zaandam, 3 juli 2025|
 
@sig B. ter Steege
[[B. ter Steege]]
 
Contactpersonen voor de uitvoering:
gemeente: [[A.M. Bosman-Tjoe]], tel. [[06-22419087]]
stichting: [[Bas ter Steege]], [[b.tersteege@rondkomenzaanstreek.nl]]
""", font="Times-Roman", size=11.5, seed=25, rotate=0.9)

# ------------------------------------------------------------------------------------------ dg26
D("dg26", "nvvk-thread-english", "docx", """
**From:** [[Hannah Verbrugge]] <[[h.verbrugge@nvvk.nl]]>
**Sent:** Monday, June 16, 2025 08:47
**To:** [[Yıldırım-Verhoef, Fatma]] <[[f.yildirim@zaanstad.nl]]>
**Cc:** {{ledenservice@nvvk.nl}}; [[Ramdin, Kevin]]
**Subject:** RE: peer review debt advice quality – Zaanstad pilot
 
Dear [[Fatma]],
Thanks for sending the case files. Our peer review team ([[Mark]] and I) will visit Zaandam on 2 July. We will use the {{NVVK Gedragscode Schuldhulpverlening}} and the {{Keurmerk Schuldhulpverlening}} audit scheme as the framework. Please make sure that the files are pseudonymised under the {{AVG}} before we see them – last time one file still contained a BSN.
Regarding your question on the {{Schuldhulpverlening Monitor}}: the national figures for 2024 will be published by the {{NVVK}} and {{Divosa}} in September.
Best regards,
[[Hannah Verbrugge]]
Senior adviseur kwaliteit | {{NVVK}} | {{Nederlandse Vereniging voor Volkskrediet}}
{{Nieuwe Uitleg 1}}, {{2514 BP Den Haag}} | T {{070 - 330 08 00}} | M [[06 1487 3022]]
 
> **From:** [[Yıldırım-Verhoef, Fatma]]
> **Sent:** Friday, June 13, 2025 17:05
> **To:** [[Hannah Verbrugge]]
> **Subject:** peer review debt advice quality – Zaanstad pilot
> Hi [[Hannah]],
> As agreed with wethouder {{Koopmans}} we would like to join the peer review pilot. I attach six anonymised case files from {{Stichting Rondkomen Zaanstreek}}. Contact person there is [[Kevin Ramdin]] ([[06-55102938]]). Could you also send me the English summary of the {{Stroomlijning Schuldhulpverlening}} report for our Polish-speaking clients' interpreter?
> Kind regards, [[Fatma]]
""", font="Arial", size=10, meta={"author": "Hannah Verbrugge"})

# ------------------------------------------------------------------------------------------ dg27
D("dg27", "besluitenlijst-college", "reportlab", """
# Besluitenlijst vergadering college van burgemeester en wethouders
**Gemeente Zaanstad** · dinsdag 10 juni 2025 · {{Stadhuis}}, {{Stadhuisplein 100}}, Zaandam
Aanwezig: burgemeester {{Hamming}} (voorzitter), wethouder {{Koopmans}}, wethouder {{Vlasblom}}, wethouder {{Hernández Ruiz}}, wethouder {{Olthof}}; notulist: [[Marieke Ploeg]] ([[MPl]]); bij punt 1 en 2: [[A.M. Bosman-Tjoe]] (afdelingsmanager) en [[Ilse Brugman]] (klachtcoördinator)
Afwezig: wethouder {{Sinnige}} (met kennisgeving)
|!Nr|!Onderwerp|!Portefeuille|!Besluit|
|1|Verlenging overeenkomst budgetcoaching {{Stichting Rondkomen Zaanstreek}} 2026-2027 ({{2025/0219877}})|wethouder {{Koopmans}}|Conform advies. Raad informeren met {{RIB 2025/0163}}.|
|2|Reactie op rapport {{Nationale ombudsman}} {{2025/087}} (klacht afwijzing schuldhulp)|wethouder {{Koopmans}}|Conform, met de aanvulling dat werkinstructie hoorplicht per 1 september geldt.|
|3|Beleidsregels {{bijzondere bijstand Zaanstad 2025}}|wethouder {{Koopmans}}|Aangehouden; ambtelijk ([[FYV]]) nader uitzoeken wat de gevolgen zijn voor de {{Meedoenregeling}}.|
|4|Subsidie {{SchuldHulpMaatje Zaanstad}} 2025-2026|wethouder {{Koopmans}}|Conform; € 48.000 per jaar.|
|5|Beantwoording schriftelijke vragen raadslid {{Schaapherder}} (ROSA) over energieschulden|wethouder {{Koopmans}}|Conform, na tekstuele aanpassing door [[RvdK]].|
|6|Woo-verzoek {{vroegsignalering}} ({{Woo 2025-041}})|burgemeester {{Hamming}}|Kennisgenomen.|
 
Ter kennisname: brief van staatssecretaris {{Nobel}} ({{SZW}}) over de {{Wet vereenvoudiging beslagvrije voet}}; reactie van de {{VNG}}.
Vastgesteld in de vergadering van 17 juni 2025. Paraaf notulist: [[MPl]]. Vragen over deze lijst: [[m.ploeg@zaanstad.nl]] of {{bestuurssecretariaat@zaanstad.nl}}.
""", font="Helvetica", size=9.5)

# ------------------------------------------------------------------------------------------ dg28  (outline titles hidden)
D("dg28", "ombudsman-brief-aan-college", "reportlab", """
|{{De Nationale ombudsman}}<br/>{{Postbus 93122}}<br/>{{2509 AC Den Haag}}|Het college van burgemeester en wethouders van {{Zaanstad}}<br/>t.a.v. de klachtcoördinator<br/>{{Postbus 2000}}<br/>{{1500 GA Zaandam}}|
 
Datum: 2 april 2025 · Ons dossiernummer: {{2024.11873}} · Uw kenmerk: {{KL/2024/0917}}
**Onderwerp: klacht van mevrouw [[Ligthart-Dijkman]] – verzoek om reactie**
 
Geacht college,
Op 6 januari 2025 ontving de {{Nationale ombudsman}} een klacht van mevrouw [[P. Ligthart-Dijkman]] uit Wormerveer. Zij had eerder op 28 oktober 2024 bij u een klacht ingediend, die door uw klachtcoördinator, mevrouw [[Ilse Brugman]], is afgehandeld bij brief van 9 december 2024.
Verzoekster klaagt erover dat:
1. haar aanvraag voor schuldhulp op 14 oktober 2024 is afgewezen zonder dat zij is gehoord;
2. u haar niet heeft gewezen op de mogelijkheid van een verzoek tot toelating tot de {{Wsnp}};
3. de consulent in haar dossier heeft geschreven dat zij „niet meewerkte", terwijl zij [[in het ziekenhuis lag::HEALTH]].
Ik verzoek u binnen zes weken te reageren op de klacht, in het bijzonder op de vraag waarom het {{Sociaal Wijkteam Wormerveer}} niet bij de beoordeling is betrokken. Wilt u daarbij het dossier meesturen, inclusief de gespreksverslagen van de heer [[Hoogerwerf]]?
Uw reactie kunt u sturen via het beveiligde portaal of per e-mail aan {{post@nationaleombudsman.nl}}, onder vermelding van het dossiernummer.
Met vriendelijke groet,
de {{Nationale ombudsman}},
namens deze,
@sig H.J. Wolters
[[mr. H.J. Wolters-Pauw]]
senior onderzoeker · telefoon [[070 356 3711]]
""", font="LibSerif", size=10.5,
  hidden=[("outline", 0, "Klacht Petra Ligthart - brief ombudsman"), ("outline", 0, "bijlage: gespreksverslag T. Hoogerwerf / I. Brugman")],
  hidden_probes={"Klacht Petra Ligthart - brief ombudsman": ["Petra Ligthart"],
                 "bijlage: gespreksverslag T. Hoogerwerf / I. Brugman": ["I. Brugman"]})

# ------------------------------------------------------------------------------------------ dg29  (sticky notes hidden)
D("dg29", "conceptbrief-kwijtschelding-met-opmerkingen", "reportlab", """
**CONCEPT – niet verzenden**
Gemeente Zaanstad · {{Belastingen Zaanstad}}
De heer [[E.W. Groenendijk]]
[[Lindenlaan 4]]
[[1521 RE]] {{Wormerveer}}
 
Datum: ... juli 2025 · Aanslagnummer: [[2025.0418.8831]] · Subjectnummer: [[601227384]]
**Onderwerp: uw verzoek om kwijtschelding van gemeentelijke belastingen 2025**
 
Geachte heer [[Groenendijk]],
U heeft ons gevraagd om kwijtschelding van de aanslag gemeentelijke belastingen 2025 (afvalstoffenheffing en rioolheffing, totaal € 612,40). U heeft een schuldregeling via de {{Kredietbank Zaanstad}}. Op grond van de {{Leidraad Invordering 2008}} en de {{Uitvoeringsregeling Invorderingswet 1990}} verlenen wij u volledige kwijtschelding, omdat uw betalingscapaciteit nihil is.
De berekening is gebaseerd op uw inkomen uit de {{WIA}}-uitkering van {{UWV}} en de gegevens die wij via het {{Inlichtingenbureau}} hebben ontvangen.
Met vriendelijke groet,
namens de heffingsambtenaar van de gemeente {{Zaanstad}},
team {{Invordering}}
""", font="Carlito", size=11,
  hidden=[("annot", (0, "Tuinman, G."), "Gerrit: klopt het subjectnummer? Zie Suite."),
          ("annot", (0, "Oudejans, Mirjam"), "WIA wegens zijn hartaandoening - niet in de brief noemen! Mirjam"),
          ("annot", (0, "Brugman, I."), "Graag voor vrijdag, Ilse (tst. 4471)")],
  hidden_probes={"Gerrit: klopt het subjectnummer? Zie Suite.": ["Gerrit"],
                 "WIA wegens zijn hartaandoening - niet in de brief noemen! Mirjam": ["hartaandoening", "Oudejans, Mirjam"],
                 "Graag voor vrijdag, Ilse (tst. 4471)": ["Ilse", "Brugman, I.", "Tuinman, G."]})

# ------------------------------------------------------------------------------------------ dg30
D("dg30", "schuldenoverzicht-client", "reportlab", """
# Schuldenoverzicht
{{Kredietbank Zaanstad}} · minnelijk traject · opgemaakt 2 juni 2025 door [[C.P. de Vries-Brakel]]
|!Cliënt|[[J.C. van 't Hul-Smit]]|!Cliëntnummer|[[KBZ-20931]]|
|!Adres|[[Vlielandstraat 52]], [[1561 TL]] {{Krommenie}}|!Geboortedatum|[[5 juni 1986]]|
|!Bewindvoerder|geen|!Zaaknummer|{{Z/25/097512}}|
 
|!Nr|!Schuldeiser|!Klant-/dossiernr. bij schuldeiser|!Soort|!Hoofdsom|!Status|
|1|{{Belastingdienst}}|–|inkomstenbelasting 2021|€ 0,00|kwijtgescholden ({{UHT}})|
|2|{{CJIB}}|[[271943056]]|verkeersboetes|€ 0,00|kwijtgescholden ({{UHT}})|
|3|{{Parteon}}|[[H-330174]]|huurachterstand|€ 912,00|regeling € 40/mnd|
|4|{{Eneco}}|[[200918347]]|eindafrekening energie|€ 1.204,55|via {{SBG}}|
|5|{{Zilveren Kruis}}|[[ZK 88013962]]|premieachterstand|€ 1.630,00|{{wanbetalersregeling}} {{CAK}}|
|6|{{Wehkamp}}|[[5501-2274-19]]|koop op afbetaling|€ 843,12|via {{SBG}}|
|7|{{Klarna}}|–|BNPL|€ 212,70|via {{SBG}}|
|8|{{Intrum}}|[[INT-8817-2204]]|incasso namens {{Ziggo}}|€ 367,48|betwist|
|**Totaal**| | | |**€ 5.169,85**| |
 
Opmerkingen: cliënte ontvangt {{WW}} tot oktober 2025; haar zoon [[Milan]] (14) heeft [[autisme::HEALTH]] en gaat naar het speciaal onderwijs, waardoor extra reiskosten. Afspraken met schuldeisers lopen via {{Schuldenknooppunt}}.
Contact {{Kredietbank Zaanstad}}: {{kredietbank@zaanstad.nl}} · {{14 075}}
""", font="LibMono", size=8, margins=(1.8, 1.3))

# ------------------------------------------------------------------------------------------ dg31  (report, 3 pages)
D("dg31", "evaluatierapport-schuldhulp-2024", "reportlab", """
# Evaluatie schuldhulpverlening Zaanstad 2024
**Eindrapport** · opgesteld door {{Gemeente Zaanstad}}, afdeling {{Onderzoek en Statistiek}}, in samenwerking met het {{Verwey-Jonker Instituut}} · april 2025
## Samenvatting
De {{gemeente Zaanstad}} voert sinds 2012 de {{Wet gemeentelijke schuldhulpverlening}} uit. Het beleidsplan {{Zaanstad Rondkomen 2023-2026}} legt de nadruk op vroeg erbij zijn, snelle stabilisatie en een brede aanpak samen met partners als {{Stichting Rondkomen Zaanstreek}}, {{SchuldHulpMaatje Zaanstad}}, {{Humanitas}}, de {{Voedselbank Zaanstad}} en het {{Sociaal Wijkteam}}. In 2024 meldden 1.412 huishoudens zich aan; 38 procent via {{vroegsignalering}}.
De belangrijkste bevindingen:
1. De termijnen uit de {{Wgs}} worden grotendeels gehaald, behalve in {{Krommenie}} en {{Wormerveer}}.
2. Huishoudens die via {{vroegsignalering}} binnenkomen, hebben gemiddeld lagere schulden (€ 6.100) dan huishoudens die zich zelf melden (€ 21.400).
3. De uitval tijdens de stabilisatiefase is hoog (27 procent), vooral bij huishoudens met psychische problemen of een licht verstandelijke beperking.
4. Klanten waarderen de budgetcoaching met een 7,8.
## 1. Inleiding
Deze evaluatie is uitgevoerd in opdracht van wethouder {{Koopmans}} en beantwoordt de toezegging aan de commissie {{Samenleving}}. Het onderzoek bestond uit een analyse van registratiegegevens uit {{Suite4Sociaal Domein}} en {{Allegro}}, 24 interviews met klanten, een enquête onder 312 klanten en groepsgesprekken met professionals. Citaten zijn geanonimiseerd.
## 2. Bereik en instroom
Het aantal aanmeldingen steeg van 1.296 (2023) naar 1.412 (2024). Het aandeel jongeren tot 27 jaar is 14 procent. Zij worden sinds 2024 begeleid via het {{Jongerenperspectieffonds}} in samenwerking met het {{Jongerenloket Zaanstad}}.
|!Kanaal van binnenkomst|!2023|!2024|
|Zelfmelder (via {{Geldloket Zaanstad}} of {{zaanstad.nl}})|612|581|
|{{Vroegsignalering}} (woningcorporaties, energie, water, zorgverzekeraar)|402|537|
|{{Sociaal Wijkteam}} / huisarts|201|219|
|{{UHT}} brede hulp|81|75|
## 3. Doorlooptijden
De {{Wgs}} schrijft voor dat een eerste gesprek binnen vier weken plaatsvindt, en binnen drie werkdagen bij een dreigende huisuitzetting, afsluiting van energie of water, of beëindiging van de zorgverzekering. De spoedtermijn werd in 91 procent van de gevallen gehaald.
---
## 4. Stabilisatie en schuldregeling
Van de 1.412 huishoudens kwamen er 641 in een stabilisatietraject. De {{Kredietbank Zaanstad}} sloot 236 minnelijke regelingen; de {{Rechtbank Noord-Holland}} sprak voor 49 huishoudens de schuldsaneringsregeling uit. Het aantal saneringskredieten steeg, mede door afspraken met de {{Belastingdienst}} en het {{CJIB}} in het kader van het {{Convenant schuldhulpverlening CJIB – gemeenten}}.
Een terugkerend knelpunt is de samenloop van beslagen. Sinds de invoering van de {{Wet vereenvoudiging beslagvrije voet}} (2021) is de berekening eenvoudiger geworden, maar volgens professionals berekenen deurwaarders de beslagvrije voet nog regelmatig onjuist.
## 5. Ervaringen van klanten
Klanten zijn positief over de persoonlijke aandacht van budgetcoaches en de snelheid bij spoed. Zij zijn kritisch over de hoeveelheid formulieren en over wachttijden. Een klant zei: „Het voelde alsof ik me moest bewijzen voordat iemand wilde helpen." Drie klanten noemden de klachtprocedure, die in één geval leidde tot een rapport van de {{Nationale ombudsman}} ({{2025/087}}).
## 6. Aanbevelingen
- Leg in de werkinstructie vast dat een aanvrager wordt gehoord vóór een afwijzing op grond van artikel 3 {{Wgs}}.
- Verbeter de gegevensuitwisseling met het {{Sociaal Wijkteam}} binnen de kaders van de {{AVG}}.
- Breid het {{Geldloket Zaanstad}} uit naar {{Krommenie}} en {{Wormerveer}}.
- Benut de {{Landelijke Schuldenwijzer}} en de {{Geldfit}}-test in alle wijken.
- Maak afspraken met de {{Dienst Toeslagen}} over nazorg voor gedupeerden.
## Verantwoording
Het onderzoeksteam bestond uit [[drs. Sanne Luttikhuizen]] ({{Verwey-Jonker Instituut}}) en [[Ruben Alkemade MSc]] ({{Onderzoek en Statistiek}}). Meelezers: [[F. Yıldırım-Verhoef]] en [[R. van der Kolk]]. Vragen: {{onderzoek@zaanstad.nl}}.
""", font="LibSerif", size=10.5, footer="Evaluatie schuldhulpverlening Zaanstad 2024")

# ------------------------------------------------------------------------------------------ dg32
D("dg32", "burgerbrief-wethouder-en-antwoord", "docx", """
**Van:** [[Marco Vlietstra]] <[[m.vlietstra1971@gmail.com]]>
**Verzonden:** zondag 23 februari 2025 22:14
**Aan:** {{college@zaanstad.nl}}
**Onderwerp:** Mijn moeder krijgt geen hulp
 
Geachte wethouder Koopmans,
Ik schrijf u over mijn moeder, mevrouw [[G. Vlietstra-Dekker]] (78), die woont op de [[Botterstraat 61]] in Zaandam. Zij heeft een betalingsachterstand bij {{Eneco}} en {{ZVH}} opgebouwd sinds mijn vader overleed. Mijn moeder heeft beginnende [[alzheimer::HEALTH]] en opent haar post niet meer. Ik heb op 4 februari gebeld met {{14 075}} en werd doorverbonden met een mevrouw [[Dewi]], maar daarna heb ik niets meer gehoord. Ik woon zelf in {{Groningen}} en kan niet elke week komen.
Kunt u zorgen dat iemand contact met mij opneemt? Mijn nummer is [[06-47720315]].
Met vriendelijke groet,
[[Marco Vlietstra]]
 
**Van:** Secretariaat wethouder Koopmans <{{secretariaatwethouders@zaanstad.nl}}>
**Verzonden:** dinsdag 25 februari 2025 10:31
**Aan:** [[Marco Vlietstra]]
**CC:** {{schuldhulp@zaanstad.nl}}; [[Sastrowardojo, Dewi]]
**Onderwerp:** RE: Mijn moeder krijgt geen hulp
 
Geachte heer [[Vlietstra]],
Namens wethouder {{Koopmans}} dank ik u voor uw e-mail. De wethouder vindt het belangrijk dat uw moeder snel geholpen wordt. Zij heeft uw bericht doorgestuurd naar het team {{Schuldhulp & Inkomen}}. Mevrouw [[D. Sastrowardojo]] neemt uiterlijk donderdag contact met u op. Zij zal ook bekijken of {{beschermingsbewind}} via de kantonrechter een oplossing is en of het {{Sociaal Wijkteam}} een huisbezoek kan afleggen.
{{Eneco}} en {{ZVH}} ontvangen bericht dat uw moeder zich heeft gemeld, zodat zij incassomaatregelen kunnen opschorten (artikel 4a {{Wgs}}).
Met vriendelijke groet,
[[Priscilla Doornbos]]
medewerker secretariaat college
{{Gemeente Zaanstad}} · {{Stadhuisplein 100}} · {{1506 MZ Zaandam}}
""", font="Calibri", size=11)

# ------------------------------------------------------------------------------------------ dg33  (handwritten intake notes, scan, 2 pages)
D("dg33", "intakeaantekeningen-handgeschreven", "scan", """
# Intake schuldhulp 6-3-2025
 
Client: [[Rachida Ouahabi]]
 
Partner: [[Karim]], werkt bij AH DC
 
2 kinderen, 12 en 8 jaar
 
tel. [[06-41120987]]
 
Schulden ca. 9.800 euro
- Parteon huur 3 mnd
- Vattenfall
- CJIB boetes van [[Karim]]
- Belastingdienst toeslagen
 
Bijzonderheden: [[depressie]]
onder behandeling GGZ
---
# Afspraken
 
budgetcoach: [[Wendy S.]]
 
bankafschriften inleveren
 
volgende afspraak 20-3
 
[[M. Oudejans]]
""", font="Femke", size=19, seed=33, rotate=0.7)

# ------------------------------------------------------------------------------------------ dg34  (inventory, landscape, 2 pages)
_rows = []
_items = [
    ("E-mail [[Schermerhorn]] aan [[Oudejans]] – budgetplan", "08-04-2025", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("Afsluitmelding {{Vattenfall}} (Engels)", "10-04-2025", "deels openbaar", "5.1.2e"),
    ("Vroegsignalen {{Parteon}} april 2025", "14-04-2025", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("Chatexport {{Teams}} team schuldhulp", "16-04-2025", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("Verslag casusoverleg schulden", "15-04-2025", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("Telefoonnotitie gesprek met [[L. Zwart]]", "15-04-2025", "deels openbaar", "5.1.2e"),
    ("{{Convenant vroegsignalering Zaanstad}}", "14-02-2023", "openbaar", "–"),
    ("Addendum {{Parteon}}", "01-03-2023", "deels openbaar", "5.1.2e"),
    ("Addendum {{ZVH}}", "01-03-2023", "deels openbaar", "5.1.2e"),
    ("Addendum {{Rochdale}}", "12-06-2023", "deels openbaar", "5.1.2e"),
    ("Verwerkersovereenkomst {{Inforing}}", "20-09-2023", "openbaar", "–"),
    ("Managementrapportage {{vroegsignalering}} Q1-Q4 2024", "31-01-2025", "openbaar", "–"),
    ("Afsluitcijfers {{Vattenfall}} per postcodegebied", "10-01-2025", "niet openbaar", "5.1.1c"),
    ("E-mail [[Ruijgrok]] ({{Vattenfall}}) – administratieve stop", "10-04-2025", "deels openbaar", "5.1.2e"),
    ("Memo wachttijden intake", "12-06-2025", "openbaar", "–"),
    ("Collegeadvies verlenging budgetcoaching", "26-05-2025", "deels openbaar", "5.1.2e"),
    ("Kwartaalrapportage Q1 {{Stichting Rondkomen Zaanstreek}}", "14-04-2025", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("Aantekening [[Kaptein]]: overleg met {{Inforing}} over bewaartermijnen", "03-07-2024", "deels openbaar", "5.1.2e"),
    ("E-mail [[Verbrugge]] ({{NVVK}}) – peer review", "16-06-2025", "deels openbaar", "5.1.2e"),
    ("Beantwoording raadsvragen energieschulden", "10-06-2025", "openbaar", "–"),
    ("Interne notitie [[FYV]] over {{Meedoenregeling}}", "18-06-2025", "deels openbaar", "5.1.2e, 5.2.1"),
    ("Presentatie {{vroegsignalering}} voor commissie {{Samenleving}}", "22-05-2025", "openbaar", "–"),
    ("Dubbel van nr. 7", "14-02-2023", "niet openbaar", "reeds openbaar"),
    ("Whatsapp-bericht [[Dewi]] aan [[Wendy]]", "17-04-2025", "deels openbaar", "5.1.2e"),
]
for i, (doc, dat, beo, grond) in enumerate(_items, 1):
    fam = "F-%03d" % (1 + (i - 1) // 3)
    _rows.append("|%d|%s|%s|%s|%s|%s|%s|" % (i, fam, doc, dat, beo, grond, "{{Woo 2025-041}}"))
D("dg34", "inventarislijst-woo-2025-041", "reportlab", """
# Inventarislijst Woo-besluit {{Woo 2025-041}} – {{vroegsignalering}} van schulden
Gemeente Zaanstad · bijlage 1 bij het besluit van 30 juli 2025 · behandelaar: [[J. Kaptein]] ([[j.kaptein@zaanstad.nl]])
|!ID|!Familie|!Document|!Datum|!Beoordeling|!Grond|!Zaaknummer|
""" + "\n".join(_rows) + """
 
Toelichting gronden: {{5.1.2e}} eerbiediging van de persoonlijke levenssfeer; {{5.1.1d}} bijzondere persoonsgegevens; {{5.1.1c}} vertrouwelijk meegedeelde bedrijfsgegevens; {{5.2.1}} persoonlijke beleidsopvattingen in documenten voor intern beraad.
""", font="Helvetica", size=10, pagesize=(841.89, 595.28), margins=(2.4, 2.0), logo=("Gemeente Zaanstad", "#00529b"))
