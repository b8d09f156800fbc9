from lib import Doc

VR = "{{ORG:Veiligheidsregio Peel en Maasdal}}"
DOCS = []

DOCS.append(Doc("vr01_inzetverslag_molenakker", "rl", ttf=True, title="Inzetverslag woningbrand Molenakker", author="Hoefnagels, R.",
    creator="Microsoft Word - Inzetverslag_2026-0311.docx", producer="Microsoft: Print To PDF", body="""
# {{ORG:Veiligheidsregio Peel en Maasdal}} - Inzetverslag brand woning
Incidentnummer: {{2026-031104}} | Meldkamer: {{Meldkamer Oost-Brabant}} | Prio 1, middelbrand woning
Adres incident: [[ADDRESS:Molenakker 17]], [[ADDRESS:5751 KP]] {{Deurne}} (vrijstaande seniorenwoning, eigendom {{Woonstichting Peelrand}})
Melding: 11 maart 2026, 03:12 uur, via 112 door buurman [[Hennie Bouwmans]] ([[06-27 48 15 93]]).

# Ingezette eenheden en bemanning
| Roepnummer | Eenheid | Bevelvoerder | Chauffeur | Manschappen |
| {{22-4731}} | TS Deurne | [[Ruud Hoefnagels]] | [[Dennis van der Zanden]] | [[Ilse Manders-Swinkels]], [[Jorrit ter Horst]], [[Kübra Yıldız]], [[Bas 't Hart]] |
| {{22-4732}} | TS Deurne | [[Martijn Verhees]] | [[Frank Jeurissen]] | [[Sjoerd de Wit]], [[Lieke van Bree]] |
| {{22-5151}} | HW Helmond | [[Gijs Aarts]] | [[Ton Vlemmix]] | - |
| {{22-1001}} | OvD | [[Marloes Verbeek]] | - | - |

# Verloop
Bij aankomst om 03:19 uur constateerde bevelvoerder [[Hoefnagels]] vlammen uit het raam van de woonkamer. De buurman meldde dat de bewoner, [[Toon Lammers]] (geb. [[DOB:14-02-1948]]), nog binnen was. Ploeg 1 ([[Manders-Swinkels]] en [[ter Horst]]) ging onder ademlucht binnen via de voordeur voor een binnenaanval en redding. Om 03:27 uur werd het slachtoffer in de gang aangetroffen en buiten overgedragen aan {{Ambulance Brabant Midden-West-Noord}}. Reanimatie door ambulancepersoneel bleef zonder resultaat.
[[Yıldız]] en [[Bas 't Hart]] verrichtten de nablussing; de {{hoogwerker}} van [[Aarts]] werd niet ingezet.
Bijzonderheid: in de woning hing geen werkende rookmelder; de melder in de gang had geen batterij. Het slachtoffer was [[HEALTH:COPD-patiënt]] en gebruikte thuiszuurstof.
OvD [[Verbeek]] heeft om 03:55 uur de {{Politie Oost-Brabant}} en de brandonderzoeker ingelicht (piket [[Teun Coolen]], [[06 38 71 20 44]]).
---
# Afhandeling
Vrijgegeven aan de politie om 06:40 uur. Nazorg ploeg via het {{BOT-team}} (coördinator [[Yvonne Hurkmans]]). Evaluatie gepland volgens {{Leidraad Evaluatie Incidenten}}.
Opgesteld door: [[R. Hoefnagels]], bevelvoerder {{Post Deurne}}, personeelsnummer [[ID:VR-408812]]
Gezien: [[M. Verbeek]], officier van dienst - paraaf [[MV]]
Telefoon kazerne (algemeen): {{088 389 00 00}} | {{info@vrpeelmaasdal.nl}}
""", outline=[("Inzetverslag 2026-031104", 0), ("Bemanning TS 22-4731 (Hoefnagels)", 0), ("Afhandeling", 1)],
    extra_redact=[("PERSON", "Hoefnagels, R.", "metadata"), ("PERSON", "Bemanning TS 22-4731 (Hoefnagels)", "outline")]))

DOCS.append(Doc("vr02_brandonderzoek", "rl", ttf=True, title="Rapport brandonderzoek Molenakker Deurne",
    author="T. Coolen-Habraken", xmp="Teun Coolen-Habraken", creator="Acrobat PDFMaker 23 voor Word",
    producer="Adobe PDF Library 23.1.175", body="""
# Rapport brandonderzoek - {{ORG:Veiligheidsregio Peel en Maasdal}}
Kenmerk: {{BO-2026-007}} | Team Brandonderzoek | versie 1.0 definitief
Onderzoeker: [[Teun Coolen-Habraken]], brandonderzoeker (e-mail [[t.coolen-habraken@vrpeelmaasdal.nl]], [[06 38 71 20 44]])
Tweede onderzoeker: [[Annelies Pijnenburg]]
# 1. Aanleiding
In de nacht van 11 maart 2026 brak brand uit in een seniorenwoning aan de [[ADDRESS:Molenakker 17]] in {{Deurne}}. De bewoner, de heer [[A.J.M. Lammers]], overleed. Het onderzoek is uitgevoerd op grond van artikel 10 van de {{Wet veiligheidsregio's}} en in afstemming met de {{Politie Oost-Brabant}} (forensisch rechercheur [[Sven Kuipers]]).
# 2. Bevindingen
De brand is ontstaan in de woonkamer, ter hoogte van een fauteuil naast een elektrisch verwarmingselement (merk {{Eurom}}, type {{Safe-t-Heater 2000}}). Het brandverloop werd versneld door de aanwezigheid van zuurstofapparatuur ({{Philips EverFlo}}) waarvan de slang over de armleuning liep.
De woning beschikte over één rookmelder in de gang ({{Kidde 29HD}}), zonder batterij. Volgens het {{Bouwbesluit 2012}} en het {{Besluit bouwwerken leefomgeving}} geldt sinds 1 juli 2022 een plicht tot rookmelders op elke verdieping met een verblijfsruimte of vluchtroute.
---
# 3. Interviews
Gesproken is met de eerste bevelvoerder [[R. Hoefnagels]], met buurman [[H. Bouwmans]] ([[ADDRESS:Molenakker 19]]) en met de dochter van het slachtoffer, mevrouw [[Marian Lammers]]. Mevrouw [[Lammers]] verklaarde dat de huismeester van {{Woonstichting Peelrand}}, de heer [[Smulders]], in 2025 had toegezegd melders te laten plaatsen.
# 4. Conclusies en aanbevelingen
1. Oorzaak: vermoedelijk contact van textiel met een heet verwarmingselement; brandintensiteit versterkt door zuurstof.
2. Aanbeveling aan {{Woonstichting Peelrand}}: alle huurwoningen binnen zes maanden voorzien van gekoppelde rookmelders.
3. Aanbeveling aan het programma {{Brandveilig Leven}}: doelgroep thuiszuurstofgebruikers actief benaderen samen met leverancier {{Vivisol}}.
Bijlagen: fotoverslag, interviewverslagen (niet openbaar), plattegrond.
---
# Bijlage - plattegrond en tijdlijn
| Tijd | Gebeurtenis |
| 03:12 | Melding 112 |
| 03:19 | Aankomst {{22-4731}} |
| 03:27 | Slachtoffer aangetroffen |
| 04:05 | Brand meester |
Vastgesteld door [[Teun Coolen-Habraken]] en [[Annelies Pijnenburg]], {{Team Brandonderzoek}}.
""", outline=[("1. Aanleiding", 0), ("3. Interviews - dochter M. Lammers", 1), ("Bijlage", 2)],
    extra_redact=[("PERSON", "T. Coolen-Habraken", "metadata"), ("PERSON", "Interviews - dochter M. Lammers", "outline")]))

DOCS.append(Doc("vr03_getuigenverklaring_scan", "scan", ttf=False, title="Getuigenverklaring", creator="Canon iR-ADV C5840",
    producer="Canon iR-ADV C5840 PDF", footer="Ingescand {{Veiligheidsregio Peel en Maasdal}} - postregistratie {{IN-2026-01877}}", body="""
# GETUIGENVERKLARING
Naam: [[Hendrikus Bouwmans]]
Adres: [[Molenakker 19]], Deurne
Telefoon: [[06-27481593]]
Geboortedatum: [[03-09-1956]]
Ik werd wakker van een knal rond drie uur.
Ik zag licht bij het huis van [[Toon]] naast ons.
Ik heb 112 gebeld en op de deur geklopt.
Mijn vrouw [[Gerda Bouwmans]] heeft de buren gewaarschuwd.
Toon had al lang geen werkende rookmelder.
De huismeester [[Smulders]] is vorig jaar geweest.
Hij zou nieuwe melders regelen maar dat is niet gebeurd.
Gehoord door: [[M. Verbeek]], officier van dienst
Handtekening getuige: [[H. Bouwmans]]
"""))

DOCS.append(Doc("vr04_brief_nabestaanden_scan", "scan", ttf=True, rot=-0.9, title="Brief familie", creator="HP Scan",
    producer="HP Digital Sending", footer="Ingekomen {{18-03-2026}} - zaak {{Z-2026-04411}}", body="""
Aan de burgemeester van Deurne
en het bestuur van de Veiligheidsregio
Geachte burgemeester,
Op 11 maart is onze vader [[Toon Lammers]] overleden
bij de brand in zijn huis aan de [[Molenakker 17]].
Wij willen weten waarom er geen rookmelder hing.
Onze vader heeft drie keer gebeld met Peelrand.
Wij vragen om een gesprek met u en de brandweer.
Met vriendelijke groet,
[[Marian Lammers]] en [[Gerrit-Jan Lammers]]
[[Dorpsstraat 88]], [[5761 BE]] Bakel
[[marian.lammers@ziggo.nl]]
[[06-41932758]]
"""))

DOCS.append(Doc("vr05_mail_woonstichting", "docx", title="RE: Rookmelders huurwoningen Deurne", author="lvermeulen", creator="Microsoft Outlook 16.0", producer="Microsoft® Word for Microsoft 365", extra_redact=[("PERSON", "lvermeulen", "metadata")], body="""
Van: Vermeulen-Aarts, Lotte <[[l.vermeulen-aarts@vrpeelmaasdal.nl]]>
Verzonden: donderdag 19 maart 2026 09:14
Aan: Smulders, Erik-Jan <[[e.smulders@peelrand-wonen.nl]]>
CC: Poels, Sandra <[[s.poels@peelrand-wonen.nl]]>; [[Verbeek, Marloes]] <[[m.verbeek@vrpeelmaasdal.nl]]>
Onderwerp: RE: Rookmelders huurwoningen Deurne
Beste [[Erik-Jan]],
Dank voor het overleg van gisteren. Zoals besproken stuurt {{Veiligheidsregio Peel en Maasdal}} jullie de lijst met complexen waar volgens onze risicoprofielen veel ouderen wonen (o.a. {{Huize Sint-Jozef}} en de {{Johan de Wittlaan}}). Wij adviseren gekoppelde melders conform {{NEN 2555}}.
Kunnen jullie voor 1 april aangeven hoeveel woningen nog geen melder hebben? Mijn collega [[Marloes]] sluit aan bij het bewonersoverleg.
Met vriendelijke groet,
[[Lotte Vermeulen-Aarts]]
Adviseur risicobeheersing | {{Team Brandveilig Leven}}
T [[088 389 04 17]] | M [[06 12 90 35 48]]
{{Veiligheidsregio Peel en Maasdal}} | {{Mierloseweg 2}}, {{Helmond}} | {{088 389 00 00}}

Van: Smulders, Erik-Jan <[[e.smulders@peelrand-wonen.nl]]>
Verzonden: woensdag 18 maart 2026 17:02
Aan: Vermeulen-Aarts, Lotte
Onderwerp: Rookmelders huurwoningen Deurne
Hoi [[Lotte]],
Naar aanleiding van de brand aan de Molenakker hebben wij intern gekeken. Van de 4.300 woningen van {{Woonstichting Peelrand}} zijn er circa 610 zonder melder op elke verdieping. Onze installateur [[Wouter Kerkhofs]] ([[ORG_PERSON:Kerkhofs Installatietechniek]]) kan vanaf april 80 woningen per week doen.
Dat de heer [[Lammers]] eerder had gebeld klopt; de melding is bij ons klantcontactcentrum blijven liggen. Wij zoeken dat uit.
Groet, [[Erik-Jan Smulders]]
Manager vastgoed | {{Woonstichting Peelrand}} | [[0493-38 21 60]] | algemeen {{0493 32 44 00}}
"""))

DOCS.append(Doc("vr06_mail_planning_plaatsing", "rl", title="FW: planning plaatsing rookmelders", creator="Microsoft Outlook 16.0",
    producer="Microsoft: Print To PDF", author="S.Poels", body="""
Van: Poels, Sandra <[[s.poels@peelrand-wonen.nl]]>
Verzonden: maandag 30 maart 2026 11:47
Aan: Vermeulen-Aarts, Lotte <[[l.vermeulen-aarts@vrpeelmaasdal.nl]]>; [[Spierings, Joost]] <[[j.spierings@vrpeelmaasdal.nl]]>
CC: Smulders, Erik-Jan <[[e.smulders@peelrand-wonen.nl]]>; [[Kerkhofs, Wouter]] <[[info@kerkhofs-installatie.nl]]>
Onderwerp: FW: planning plaatsing rookmelders
Beste [[Lotte]] en [[Joost]],
Hierbij de planning. Start week 15 in wijk {{Vlierden}}, daarna {{Zeilberg}} en {{Neerkant}}. Bewoners krijgen twee weken vooraf een brief. Voor bewoners met een beperking plannen we een extra bezoek met {{Stichting Zorgcentra De Kempen}}.
Vraag: mag de brandweer bij de huisbezoeken van {{Brandveilig Leven}} meelopen? De heer [[Kerkhofs]] vraagt dan wel om een vast aanspreekpunt.
Hartelijke groet,
[[Sandra Poels]]
Coördinator bewonerszaken | [[06-53 08 71 26]]

-----Oorspronkelijk bericht-----
Van: Kerkhofs Installatietechniek <[[info@kerkhofs-installatie.nl]]>
Verzonden: vrijdag 27 maart 2026 16:20
Aan: Poels, Sandra
Onderwerp: planning plaatsing rookmelders
Beste [[Sandra]],
Wij plaatsen {{Ei Electronics Ei650}} melders met tienjaarsbatterij, in slaapkamers en op overlopen gekoppeld via {{RadioLINK}}. Week 15 t/m 22, twee monteurs ([[Luuk]] en [[Ahmed]]).
Met vriendelijke groet, [[Wouter Kerkhofs]], eigenaar - KvK {{17288345}}
""", extra_redact=[("PERSON", "S.Poels", "metadata")]))

DOCS.append(Doc("vr07_persbericht_burgemeester", "rl", title="Persbericht: burgemeester Rijsdijk over fatale woningbrand",
    creator="Aspose.Words for .NET 23.4", producer="Aspose.PDF for .NET 23.4", body="""
# PERSBERICHT
{{Veiligheidsregio Peel en Maasdal}} - {{Helmond}}, 13 maart 2026
# Burgemeester Rijsdijk: "Een rookmelder kan het verschil maken tussen leven en dood"
Burgemeester {{Hanneke Rijsdijk}} van {{Deurne}}, voorzitter van de {{Veiligheidsregio Peel en Maasdal}}, heeft met ontsteltenis kennisgenomen van de fatale woningbrand in de nacht van 10 op 11 maart. Bij de brand kwam een 78-jarige bewoner om het leven. "Mijn gedachten zijn bij de familie en bij de brandweervrijwilligers van {{Post Deurne}} die onder zware omstandigheden hebben gewerkt," aldus burgemeester {{Rijsdijk}}.
De brandweer onderzoekt samen met de politie de oorzaak. Het {{Team Brandonderzoek}} brengt binnen acht weken een rapport uit aan het {{Algemeen Bestuur}}.
# Campagne rookmelders
Naar aanleiding van de brand start de veiligheidsregio samen met {{Woonstichting Peelrand}}, {{Wooncorporatie Helmond-Peel}} en de gemeenten een extra campagne {{Rookmelder redt levens}}. Ouderen en mensen die thuiszuurstof gebruiken krijgen een gratis huisbezoek en twee melders. Wethouder {{Paul Kuijpers}} (Helmond): "Wij vragen iedereen: kijk vandaag nog of uw melder werkt."
Ook minister {{Van Weel}} van {{Justitie en Veiligheid}} heeft de regio's gevraagd extra aandacht te geven aan de rookmelderplicht uit het {{Besluit bouwwerken leefomgeving}}.
# Noot voor de redactie
Meer informatie: {{persvoorlichting@vrpeelmaasdal.nl}} of {{088 389 00 99}} (24 uur per dag). Aanmelden voor een huisbezoek via {{www.brandweer.nl/rookmelder}}.
Contactpersoon campagne: [[Femke Raaijmakers]], [[06 47 22 81 30]] (niet voor publicatie)
"""))

DOCS.append(Doc("vr08_notulen_evaluatie", "docx", title="Verslag evaluatiebijeenkomst woningbrand Molenakker", body="""
# Verslag evaluatiebijeenkomst woningbrand Molenakker - 2 april 2026
Locatie: {{Kazerne Deurne}}, {{Kruisstraat 30}} | Voorzitter: [[Marloes Verbeek]] (OvD) | Verslag: [[Nadia El Khatib]]
| Naam | Functie | Paraaf |
| [[Marloes Verbeek]] | officier van dienst | [[MVe]] |
| [[Ruud Hoefnagels]] | bevelvoerder | [[RHo]] |
| [[Ilse Manders-Swinkels]] | manschap (aanvalsploeg) | [[IMS]] |
| [[Jorrit ter Horst]] | manschap (aanvalsploeg) | [[JtH]] |
| [[Teun Coolen-Habraken]] | brandonderzoeker | [[TCH]] |
| [[Yvonne Hurkmans]] | coördinator BOT | [[YHu]] |
| [[Nadia El Khatib]] | communicatieadviseur | [[NEK]] |
Afwezig met bericht: [[Dennis van der Zanden]], [[Kübra Yıldız]].
# 1. Opening en doel
De voorzitter benadrukt dat de evaluatie volgens de {{Leidraad Evaluatie Incidenten}} lerend en niet schuldzoekend is.
# 2. Inzet
[[Hoefnagels]] licht toe dat de opkomsttijd 7 minuten was (norm {{Besluit veiligheidsregio's}}: 8 minuten). [[IMS]] geeft aan dat de gang volledig vol rook stond; de warmtebeeldcamera ({{Flir K55}}) was essentieel. [[Jorrit]] meldt dat het tweede ademluchttoestel een lekkend {{Dräger PSS 7000}}-masker had.
# 3. Nazorg
[[Hurkmans]] heeft met alle ploegleden een gesprek gevoerd. Twee collega's maken gebruik van vervolggesprekken (gegevens niet in verslag).
# 4. Leerpunten en actielijst
| Nr | Actie | Wie | Wanneer |
| 1 | Masker laten keuren bij {{Dräger Safety Nederland}} | [[JtH]] | 10-04 |
| 2 | Casus inbrengen bij oefenavond {{Post Deurne}} | [[RHo]] | mei |
| 3 | Afstemming met {{Woonstichting Peelrand}} over melders | [[MVe]] | 15-04 |
| 4 | Woordvoeringslijn familie afstemmen met burgemeester {{Rijsdijk}} | [[NEK]] | direct |
Volgende bijeenkomst: 4 juni 2026.
"""))
