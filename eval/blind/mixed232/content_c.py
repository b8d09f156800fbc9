from lib import Doc

DOCS = []

DOCS.append(Doc("vr17_aanvraagformulier_huisbezoek", "rl", title="Aanvraagformulier gratis huisbezoek en rookmelder",
    creator="Nitro Pro 13", producer="Nitro Pro 13 (13.70.2.40)", body="""
# Aanvraag gratis huisbezoek Brandveilig Leven
{{Veiligheidsregio Peel en Maasdal}} - campagne {{Rookmelder redt levens}}
Vul dit formulier in en stuur het naar {{brandveiligleven@vrpeelmaasdal.nl}} of bel {{0800-0232}} (gratis).
~~~
Uw gegevens worden alleen gebruikt voor het plannen van het huisbezoek ({{AVG}}).
In te vullen door de brandweer: bezoek uitgevoerd door ploeg {{Post Deurne}}.
""", fields=[("naam", "Naam aanvrager", "Johanna (Jo) Verberne-Hendrikx", 60, 640),
             ("adres", "Adres", "Vlierdensedijk 41, 5754 PG Deurne", 60, 600),
             ("telefoon", "Telefoonnummer", "0493 - 31 25 67", 60, 560),
             ("geboortedatum", "Geboortedatum", "22-11-1939", 60, 520),
             ("bijzonderheden", "Bijzonderheden", "slechthorend, gebruikt rollator", 60, 480),
             ("contactpersoon", "Contactpersoon familie", "zoon Ruben Verberne 06-20 93 11 47", 60, 440)],
    extra_redact=[("PERSON", "Johanna (Jo) Verberne-Hendrikx", "annotations"), ("ADDRESS", "Vlierdensedijk 41, 5754 PG Deurne", "annotations"),
                  ("PHONE", "0493 - 31 25 67", "annotations"), ("DOB", "22-11-1939", "annotations"),
                  ("HEALTH", "slechthorend, gebruikt rollator", "annotations"), ("PERSON", "Ruben Verberne", "annotations"),
                  ("PHONE", "06-20 93 11 47", "annotations")]))

DOCS.append(Doc("vr18_huisbezoeken_registratie", "rl", ttf=True, landscape=True, title="Registratie huisbezoeken week 15",
    creator="Microsoft Excel", producer="Microsoft Excel 2019", body="""
# Registratie huisbezoeken {{Brandveilig Leven}} - week 15 ({{Vlierden}} en {{Zeilberg}})
| Datum | Bewoner | Adres | Tel. | Melders geplaatst | Bezoek door | Opmerking |
| 07-04 | [[mevr. A. van Rijswijk]] | [[ADDRESS:Kerkstraat 12]] | [[0493-31 58 02]] | 2 | [[Yıldız]] / [[de Wit]] | kookt op gas |
| 07-04 | [[dhr. P. Mertens]] | [[ADDRESS:Kerkstraat 14a]] | [[06-28 40 66 13]] | 2 | [[Yıldız]] / [[de Wit]] | - |
| 08-04 | [[Fam. Đorđević]] | [[ADDRESS:Heuvelstraat 3]] | [[06-44 71 90 25]] | 3 | [[Manders-Swinkels]] | tolk Servisch |
| 08-04 | [[mevr. W. Verhoeven-Peters]] | [[ADDRESS:Pastoor Jansenstraat 9]] | [[0493 312 887]] | 2 | [[Manders-Swinkels]] | [[HEALTH:thuiszuurstof]] |
| 09-04 | [[dhr. G. Hendriks]] | [[ADDRESS:Zeilbergsestraat 77]] | - | 1 | [['t Hart]] | rookt in bed |
| 09-04 | [[mevr. Ż. Kowalczyk]] | [[ADDRESS:Zeilbergsestraat 81]] | [[06-19 26 57 38]] | 2 | [['t Hart]] | - |
| 10-04 | [[dhr. J.M.A. van de Ven]] | [[ADDRESS:Vlierdenseweg 130]] | [[0493-32 11 90]] | 2 | [[Verhees]] | [[HEALTH:dementie]], dochter aanwezig |
| 10-04 | {{Huize Sint-Jozef}} (12 app.) | {{Sint Jozefplein 1}} | {{0493 38 90 00}} | 24 | [[Verhees]] / [[van Bree]] | gemeenschappelijke ruimte |
Totaal week 15: 38 melders, 8 bezoeken. Registratie door [[Lieke van Bree]], ingevoerd in {{BRIKS}}.
"""))

DOCS.append(Doc("vr19_brief_aan_familie", "docx", title="Brief aan familie Lammers", author="C.J. de Louw", extra_redact=[("PERSON", "C.J. de Louw", "metadata")], body="""
{{Veiligheidsregio Peel en Maasdal}}
{{Mierloseweg 2}}, {{Helmond}}
[[mevrouw M. Lammers]]
[[ADDRESS:Dorpsstraat 88]]
[[ADDRESS:5761 BE]] Bakel
Helmond, 26 maart 2026
Ons kenmerk: {{VR-2026-U-1190}}
Onderwerp: uw brief van 18 maart 2026
Geachte mevrouw [[Lammers]], beste [[Marian]],
Allereerst wil ik u en uw broer [[Gerrit-Jan]] namens de brandweer nogmaals ons medeleven betuigen met het overlijden van uw vader.
In uw brief vraagt u waarom er geen werkende rookmelder in de woning hing. Het {{Team Brandonderzoek}} onderzoekt dit, en neemt daarbij ook de contacten tussen uw vader en {{Woonstichting Peelrand}} mee. U ontvangt het rapport voordat het openbaar wordt. Burgemeester {{Rijsdijk}} heeft aangegeven u graag persoonlijk te spreken; haar secretariaat neemt contact met u op.
Uw contactpersoon bij ons is mevrouw [[Yvonne Hurkmans]], bereikbaar via [[y.hurkmans@vrpeelmaasdal.nl]] of [[06-30 72 18 64]].
Hoogachtend,
namens het {{Algemeen Bestuur}} van de {{Veiligheidsregio Peel en Maasdal}},
[[drs. C.J. (Coen) de Louw]]
commandant brandweer
"""))

DOCS.append(Doc("vr20_inspectierapport_complex", "rl", title="Inspectierapport brandveiligheid seniorencomplex", creator="iText", producer="iText 7.1.16 (c) iText Group NV",
    author="Pijnenburg, Annelies", body="""
# Inspectierapport brandveiligheid - {{Huize Sint-Jozef}}, {{Sint Jozefplein 1}}, {{Deurne}}
Kenmerk: {{INS-2026-0233}} | Datum inspectie: 15 april 2026 | Eigenaar: {{Woonstichting Peelrand}}
Inspecteurs: [[A.M. Pijnenburg]] (toezichthouder) en [[Jorrit ter Horst]] (stagiair preventie)
Aanwezig namens eigenaar: [[Sandra Poels]] en huismeester [[Ger Smulders]]
# Bevindingen
1. Gekoppelde rookmelders in alle 12 appartementen aanwezig en werkend ({{Ei Electronics Ei650}}). Conform {{Besluit bouwwerken leefomgeving}} artikel 4.151.
2. Branddeur trappenhuis 1e verdieping wordt opengehouden met een wig; dit is een overtreding van {{NEN 6069}}-eisen aan zelfsluitendheid.
3. Scootmobielen worden in de gang opgeladen; advies: aparte oplaadruimte.
4. Ontruimingsplan verouderd (2019); contactpersoon BHV ([[mevr. Ria Claassen]], [[06-55 10 27 84]]) is niet meer in dienst.
# Conclusie
Eén overtreding (punt 2), drie adviezen. Hercontrole binnen vier weken. Handhaving door de gemeente {{Deurne}} op grond van de {{Omgevingswet}} indien niet hersteld.
Opgesteld: [[A.M. Pijnenburg]], [[a.pijnenburg@vrpeelmaasdal.nl]]
""", extra_redact=[("PERSON", "Pijnenburg, Annelies", "metadata")]))

DOCS.append(Doc("vr21_raadsvragen", "docx", title="Schriftelijke vragen en antwoorden rookmelders", body="""
# Schriftelijke vragen ex artikel 40 Reglement van orde
Gemeenteraad {{Deurne}} - vragen van raadslid {{Marieke Bos-Timmermans}} ({{Lokaal Deurne}}) en raadslid {{Youssef Amrani}} ({{GroenLinks-PvdA}})
Ingediend: 16 maart 2026 | Beantwoord: 7 april 2026 | Nummer {{RV-2026-017}}
Vraag 1. Is het college bekend met de fatale woningbrand aan de Molenakker?
Antwoord: Ja. Burgemeester {{Rijsdijk}} heeft de familie bezocht en de brandweer heeft een onderzoek ingesteld.
Vraag 2. Hoeveel huurwoningen van {{Woonstichting Peelrand}} hebben geen rookmelder op elke verdieping?
Antwoord: Volgens opgave van de corporatie circa 610 van de 4.300 woningen. Plaatsing is in april gestart.
Vraag 3. Klopt het dat de bewoner meerdere keren om een melder had gevraagd?
Antwoord: Dat wordt onderzocht. Wethouder {{Kuijpers}} heeft de corporatie gevraagd het klantcontact te evalueren. Wij treden niet in persoonsgegevens van de bewoner of medewerkers.
Vraag 4. Wat doet het college voor ouderen in particuliere woningen?
Antwoord: Via de campagne {{Rookmelder redt levens}} kunnen alle inwoners een gratis huisbezoek aanvragen via {{0800-0232}}.
Het college van burgemeester en wethouders van {{Deurne}},
de secretaris, {{R.A.J. Donkers-Bouwman}} | de burgemeester, {{H. Rijsdijk}}
Ambtelijk opgesteld door [[Thijs Rovers]], beleidsmedewerker veiligheid ([[t.rovers@deurne.nl]])
"""))

DOCS.append(Doc("vr22_teams_risicobeheersing", "rl", ttf=True, title="Teams-chat Team Risicobeheersing", creator="Microsoft Teams", producer="Microsoft: Print To PDF", body="""
# Chat: Team Risicobeheersing - kanaal "Rookmelders 2026"
[[Lotte Vermeulen-Aarts]] 19-3 09:40
Heeft iemand de risicokaart met 75+ adressen voor {{Deurne}}? Peelrand wil een lijst.
[[Hein van Rooij]] 19-3 09:52
Let op, geen adressen naar Peelrand sturen zonder verwerkersovereenkomst. Alleen complexniveau ({{Huize Sint-Jozef}}, {{Johan de Wittlaan}}, {{Kerkeind}}).
[[Annelies Pijnenburg]] 19-3 10:05
Eens met [[Hein]]. FG ([[Bram Thijssen]]) vraagt ook om een DPIA voor de huisbezoeken.
[[Lotte Vermeulen-Aarts]] 19-3 10:07
Ok. [[Annelies]], kun jij de {{Kwetsbaarheidsanalyse}} van {{Brandweer Nederland}} erbij pakken?
[[Annelies Pijnenburg]] 19-3 10:31
Gedaan, staat in SharePoint /Risicobeheersing/Campagne. Doelgroep volgens {{CBS}}: 4.870 thuiswonende 75-plussers in {{Deurne}}.
[[Hein van Rooij]] 19-3 11:12
Top. [[Lot]], plan jij de sessie met {{Wooncorporatie Helmond-Peel}}? Contact daar is [[Mirjam Gerrits]] ([[m.gerrits@helmond-peel.nl]]).
[[Lotte Vermeulen-Aarts]] 19-3 11:15
Doe ik. Ik bel haar vanmiddag ([[0492-58 43 10]]).
---
[[Bram Thijssen]] 20-3 08:45
Even voor de duidelijkheid: de registratie van huisbezoeken bevat gezondheidsgegevens (thuiszuurstof). Bewaartermijn max. 2 jaar, toegang alleen {{Team Brandveilig Leven}}.
[[Hein van Rooij]] 20-3 08:50
👍 Neem ik op in de beslisnota voor het {{Dagelijks Bestuur}}.
"""))

DOCS.append(Doc("vr23_aantekeningen_ovd_scan", "scan", ttf=True, rot=1.1, font_px=32, title="Aantekeningen OvD", creator="Xerox WorkCentre 7855",
    producer="Xerox WorkCentre 7855", footer="Scan {{Veiligheidsregio Peel en Maasdal}} - bijlage bij {{2026-031104}}", body="""
Aantekeningen OvD 11-3 Molenakker
03:58 ter plaatse, BV [[Hoefnagels]] meldt 1 slachtoffer
04:05 brand meester
04:10 gesprek buurman [[Bouwmans]]
zegt: geen melder, huismeester wist ervan
04:20 politie ter plaatse, agent [[De Graaf]]
04:35 dochter gebeld: [[06-41932758]]
05:10 ploeg terug naar kazerne
BOT inschakelen voor [[Ilse]] en [[Jorrit]]
[[Marloes Verbeek]]
"""))

DOCS.append(Doc("vr24_memo_algemeen_bestuur", "rl", title="Memo aan het Algemeen Bestuur", creator="Microsoft Word - Memo AB brand Deurne.docx",
    producer="Microsoft: Print To PDF", author="C.J. de Louw", xmp="Coen de Louw", body="""
# MEMO
Aan: leden {{Algemeen Bestuur}} {{Veiligheidsregio Peel en Maasdal}}
Van: commandant brandweer
Datum: 14 april 2026
Onderwerp: stand van zaken na fatale woningbrand {{Deurne}}
# 1. Onderzoek
Het {{Team Brandonderzoek}} verwacht het rapport eind april. Voorlopige bevinding: geen werkende rookmelder, brand versneld door zuurstofapparatuur.
# 2. Nazorg
Het {{BOT-team}} heeft de ploeg begeleid. Eén vrijwilliger is tijdelijk niet inzetbaar; om privacyredenen noemen wij geen namen.
# 3. Campagne
Het {{Dagelijks Bestuur}} heeft op 9 april ingestemd met de campagne {{Rookmelder redt levens}}. {{Woonstichting Peelrand}} plaatst tot juni circa 610 melders. Ook {{Wooncorporatie Helmond-Peel}} en {{Woonbedrijf Asten}} doen mee.
# 4. Bestuurlijk
Burgemeester {{Rijsdijk}} (voorzitter) en burgemeester {{Van der Meijden}} ({{Helmond}}) hebben op 2 april met de directie van {{Woonstichting Peelrand}} gesproken. Het {{Instituut Fysieke Veiligheid}} is gevraagd de landelijke lessen te verzamelen.
Contact: secretariaat AB, {{bestuurssecretariaat@vrpeelmaasdal.nl}}, {{088 389 00 00}}
""", outline=[("Memo AB - opgesteld door C. de Louw", 0), ("Campagne", 0)],
    extra_redact=[("PERSON", "C.J. de Louw", "metadata"), ("PERSON", "Coen de Louw", "metadata"), ("PERSON", "opgesteld door C. de Louw", "outline")]))

DOCS.append(Doc("vr25_nazorg_bot", "rl", ttf=True, title="Vertrouwelijk: nazorg ploeg", creator="PDFpen 13", producer="PDFpen 13.1", body="""
# VERTROUWELIJK - Nazorgoverzicht {{BOT-team}} inzet {{2026-031104}}
Opgesteld door: [[Yvonne Hurkmans]], coördinator {{Bedrijfsopvangteam}} | 16 maart 2026
| Naam | Rol bij inzet | Gesprek BOT | Vervolg |
| [[Ruud Hoefnagels]] | bevelvoerder | 11-03, [[Yvonne Hurkmans]] | geen |
| [[Ilse Manders-Swinkels]] | aanvalsploeg | 11-03 en 13-03 | [[HEALTH:doorverwezen naar bedrijfsarts, slaapproblemen]] |
| [[Jorrit ter Horst]] | aanvalsploeg | 11-03, [[Sem Lathouwers]] | [[HEALTH:EMDR-traject]] via {{Arbo Unie}} |
| [[Kübra Yıldız]] | nablussing | 12-03 | geen |
| [[Bas 't Hart]] | nablussing | 12-03 | geen |
| [[Dennis van der Zanden]] | chauffeur | 12-03 | geen |
Advies: [[Manders-Swinkels]] tot 1 mei niet inroosteren voor binnenaanval. Terugkoppeling aan ploegchef [[Frank Jeurissen]] zonder medische details.
Het {{Bedrijfsopvangteam}} werkt volgens de {{Handreiking Nazorg Brandweer Nederland}}. Bedrijfsarts: {{Arbo Unie}} {{Helmond}}.
"""))

DOCS.append(Doc("vr26_persbericht_campagnestart", "docx", title="Persbericht start campagne Rookmelder redt levens", author="N. El Khatib", xmp="N. El Khatib", producer="Microsoft® Word 2019", extra_redact=[("PERSON", "N. El Khatib", "metadata")], body="""
# PERSBERICHT - {{Veiligheidsregio Peel en Maasdal}}
{{Helmond}}, 4 mei 2026
# Brandweer start huis-aan-huiscampagne {{Rookmelder redt levens}}
Vanaf vandaag bezoeken brandweervrijwilligers in de regio ouderen thuis om rookmelders te plaatsen. De aftrap was in {{Deurne}} bij {{Huize Sint-Jozef}}, in aanwezigheid van burgemeester {{Hanneke Rijsdijk}}, voorzitter van de veiligheidsregio, en wethouder {{Paul Kuijpers}} van {{Helmond}}.
"In maart verloren we een inwoner bij een woningbrand. Dat mag niet nog eens gebeuren," zei burgemeester {{Rijsdijk}}. "Met {{Woonstichting Peelrand}} hebben we afgesproken dat elke huurwoning dit jaar op orde is."
De campagne loopt tot en met oktober. Ook bewoners van koopwoningen kunnen een gratis huisbezoek aanvragen via {{0800-0232}} of {{www.brandweer.nl/rookmelder}}. De brandweer werkt samen met de {{Nederlandse Brandwonden Stichting}} en het {{Jan Hendriks Fonds}}, dat de melders voor minima betaalt.
Op zaterdag 9 mei is er een open dag bij {{Kazerne Deurne}}, met een demonstratie van de blusboot {{Jan van der Heyden}} op het {{Kanaal van Deurne}}.
# Noot voor de redactie
Niet voor publicatie: voor interviews met vrijwilligers kunt u contact opnemen met [[Nadia El Khatib]] ([[n.elkhatib@vrpeelmaasdal.nl]], [[06-36 18 05 72]]). Algemeen: {{persvoorlichting@vrpeelmaasdal.nl}}.
"""))

DOCS.append(Doc("vr27_agenda_ab", "rl", title="Agenda vergadering Algemeen Bestuur 11 mei 2026", creator="iBabs", producer="iBabs PDF Generator (Aspose.PDF)", body="""
# Agenda {{Algemeen Bestuur}} {{Veiligheidsregio Peel en Maasdal}}
Datum: 11 mei 2026, 14:00 uur | Locatie: {{Stadskantoor Helmond}}, {{Frans Joseph van Thiel}}-zaal
Voorzitter: burgemeester {{H. Rijsdijk}} ({{Deurne}}) | Secretaris: commandant brandweer
Leden: burgemeester {{Van der Meijden}} ({{Helmond}}), burgemeester {{Jeroen Bolhuis}} ({{Asten}}), burgemeester {{Anne-Mieke Coenen}} ({{Gemert-Bakel}}), burgemeester {{Wouter de Koning}} ({{Laarbeek}})
| Nr | Onderwerp | Stuk | Voor |
| 1 | Opening en mededelingen | - | - |
| 2 | Verslag vergadering 9 maart 2026 | {{AB-2026-12}} | besluit |
| 3 | Rapport brandonderzoek woningbrand {{Deurne}} | {{BO-2026-007}} | bespreking |
| 4 | Campagne {{Rookmelder redt levens}}: voortgang | {{AB-2026-15}} | kennisname |
| 5 | Jaarrekening 2025 en {{Bestemmingsreserve Risicobeheersing}} | {{AB-2026-16}} | besluit |
| 6 | Woo-besluit {{WOO-2026-019}} | ter inzage | kennisname |
| 7 | Rondvraag en sluiting | - | - |
Ambtelijk secretaris: [[Irene Wijnhoven-Maas]], [[i.wijnhoven@vrpeelmaasdal.nl]], [[088 389 01 12]]
Toehoorders melden zich vooraf via {{bestuurssecretariaat@vrpeelmaasdal.nl}}.
"""))

DOCS.append(Doc("vr28_mail_politie_forensisch", "rl", title="RE: vrijgave woning Molenakker", creator="Microsoft Outlook 16.0", producer="Microsoft: Print To PDF", body="""
Van: [[Kuipers, Sven]] <[[sven.kuipers@politie.nl]]>
Verzonden: vrijdag 13 maart 2026 15:22
Aan: [[Coolen-Habraken, Teun]] <[[t.coolen-habraken@vrpeelmaasdal.nl]]>
CC: [[Verbeek, Marloes]] <[[m.verbeek@vrpeelmaasdal.nl]]>; [[Graaf, Rick de]] <[[rick.de.graaf@politie.nl]]>
Onderwerp: RE: vrijgave woning Molenakker
Hoi [[Teun]],
De {{Forensische Opsporing}} is klaar in de woning. Geen aanwijzingen voor een misdrijf; het {{Openbaar Ministerie}} (parket {{Oost-Brabant}}) sluit het onderzoek af. Jullie kunnen maandag samen met {{Woonstichting Peelrand}} de woning in voor het restonderzoek. De sleutel ligt bij collega [[De Graaf]] op bureau {{Deurne}}, {{Markt 1}}.
Het verwarmingselement ({{Eurom Safe-t-Heater 2000}}) en de zuurstofconcentrator hebben we in beslag genomen; teruggave via het {{Forensisch Instituut}}.
Groet, [[Sven]]
[[S. Kuipers]] | Forensisch rechercheur | {{Politie Oost-Brabant}} | [[06 15 04 88 29]] | algemeen {{0900-8844}}

Van: [[Coolen-Habraken, Teun]]
Verzonden: vrijdag 13 maart 2026 10:05
Aan: [[Kuipers, Sven]]
Onderwerp: vrijgave woning Molenakker
Dag [[Sven]], wanneer kunnen wij de woning in? Ik wil de restanten van de melder ({{Kidde 29HD}}) veiligstellen. Mvg, [[Teun Coolen-Habraken]], brandonderzoeker
"""))

DOCS.append(Doc("vr29_presentielijst_oefenavond", "rl", ttf=True, title="Presentielijst oefenavond 5 mei 2026", creator="HP Scan to PDF", producer="PDFlib+PDI 9.3.1", body="""
# Presentielijst oefenavond {{Post Deurne}} - dinsdag 5 mei 2026
Onderwerp: casus woningbrand Molenakker (lessen uit de evaluatie), binnenaanval met {{Dräger PSS 7000}}, gebruik {{Flir K55}}
Instructeur: [[Gijs Aarts]] ({{Brandweeracademie}}-gecertificeerd) | Oefenleider: [[R. Hoefnagels]]
| Nr | Naam | Pers.nr | Aanwezig | Paraaf |
| 1 | [[Verhees, Martijn]] | [[ID:409145]] | ja | [[MVh]] |
| 2 | [[Zanden, Dennis van der]] | [[ID:410377]] | ja | [[DvdZ]] |
| 3 | [[Jeurissen, Frank]] | [[ID:410932]] | ja | [[FJ]] |
| 4 | [[Manders-Swinkels, Ilse]] | [[ID:411208]] | afgemeld | - |
| 5 | [[Horst, Jorrit ter]] | [[ID:411765]] | ja | [[JtH]] |
| 6 | [[YILDIZ, KÜBRA]] | [[ID:412034]] | ja | [[KY]] |
| 7 | [[HART, BAS 'T]] | [[ID:412391]] | ja | [[B'tH]] |
| 8 | [[Wit, Sjoerd de]] | [[ID:412876]] | ja | [[SdW]] |
| 9 | [[Bree, Lieke van]] | [[ID:413150]] | ja | [[LvB]] |
| 10 | [[Ó Briain, Cillian]] | [[ID:413602]] | te laat (20:05) | [[CÓB]] |
Oefenuren worden verwerkt in {{AG5}}. Vergoeding volgens de {{CAO Gemeenten}} / {{Regeling vrijwilligersvergoeding}}.
"""))

DOCS.append(Doc("vr30_monitoring_sociale_media", "rl", title="Monitoring sociale media 11-13 maart", creator="Coosto export", producer="wkhtmltopdf 0.12.6", body="""
# Monitoring sociale media - woningbrand {{Deurne}} (11-13 maart 2026)
Opgesteld door Team Communicatie ([[Femke Raaijmakers]]) voor het {{Regionaal Operationeel Team}}. Bron: {{Coosto}}.
# Samenvatting
- 1.340 berichten, piek 11 maart 08:00-10:00 uur. Sentiment overwegend meelevend; circa 15% kritisch op {{Woonstichting Peelrand}}.
- Foto's van de brand verspreid door een omwonende (account [[@hennieb_deurne]]); familie heeft gevraagd deze te verwijderen.
- {{Omroep Brabant}} en {{Eindhovens Dagblad}} noemden de naam van het slachtoffer niet. Een Facebookgroep ({{Deurne Nu}}) wel; beheerder [[Kees van Kessel]] heeft het bericht na ons verzoek aangepast.
# Opvallende berichten
| Tijd | Kanaal | Account | Strekking |
| 11-03 07:41 | Facebook | [[Hennie Bouwmans]] | foto's brandende woning, "mijn buurman zat nog binnen" |
| 11-03 09:15 | X | [[@MarianLammers68]] | "Ons pap is er niet meer. Peelrand wist van de melder." |
| 11-03 11:02 | X | {{@BrandweerPeelMaasdal}} | officieel bericht; 212 reposts |
| 11-03 12:30 | Instagram | [[@jorrit.terhorst]] | foto kazerne met kaars (privé-account vrijwilliger) |
| 12-03 08:05 | X | {{@GemeenteDeurne}} | condoleance burgemeester {{Rijsdijk}} |
| 12-03 16:40 | Facebook | [[Gerrit-Jan Lammers]] | oproep: "check je rookmelder!" 3.100 keer gedeeld |
---
# Advies
1. Geen reactie op individuele kritische berichten; verwijs naar onderzoek.
2. Vrijwilliger [[ter Horst]] vragen het Instagrambericht zonder kazernenummer te plaatsen (afgestemd met [[Joost Spierings]]).
3. Oproep van de familie ondersteunen met de campagne {{Rookmelder redt levens}}.
4. Volgende monitoring bij publicatie van het rapport {{BO-2026-007}}.
"""))

DOCS.append(Doc("vr31_declaratie_vrijwilliger", "rl", title="Declaratieformulier vrijwilliger", creator="AFAS Profit", producer="AFAS Profit PDF", author="van Bree, L.", body="""
# Declaratie vrijwilligersvergoeding en reiskosten
{{Veiligheidsregio Peel en Maasdal}} - afdeling {{P&O}} | formulier {{PO-F12}}
Naam: [[Lieke van Bree]] | Personeelsnummer: [[ID:413150]] | Post: {{Post Deurne}}
BSN: [[BSN:204816357]] | Geboortedatum: [[DOB:07-06-2001]]
Adres: [[ADDRESS:Liesselseweg 54]], [[ADDRESS:5753 BS]] Deurne | IBAN: [[NL61 INGB 0007 5310 24]]
| Datum | Activiteit | Uren | Km |
| 11-03-2026 | Inzet {{2026-031104}} (woningbrand) | 4,5 | 6 |
| 14-04-2026 | Oefenavond | 2,5 | 6 |
| 07-04 t/m 10-04 | Huisbezoeken {{Brandveilig Leven}} | 11 | 48 |
| 21-04-2026 | Examen {{Manschap A}}, {{Brandweeracademie}} {{Arnhem}} | 8 | 142 |
Handtekening vrijwilliger: [[L. van Bree]] | Akkoord ploegchef: [[F. Jeurissen]]
Verwerking door {{Salarisadministratie}}; vragen via {{po@vrpeelmaasdal.nl}}.
""", extra_redact=[("PERSON", "van Bree, L.", "metadata")]))

DOCS.append(Doc("vr32_factsheet_rookmelders", "rl", ttf=True, title="Factsheet rookmelderplicht", author="Raaijmakers, Femke", xmp="Femke Raaijmakers",
    creator="Adobe InDesign 19.2 (Macintosh)", producer="Adobe PDF Library 17.0", body="""
# Factsheet: rookmelders verplicht in elke woning
Sinds 1 juli 2022 moet op elke verdieping met een verblijfsruimte of vluchtroute een rookmelder hangen ({{Bouwbesluit 2012}}, nu {{Besluit bouwwerken leefomgeving}} onder de {{Omgevingswet}}).
# Waarom?
- Bij een woningbrand heeft u gemiddeld maar drie minuten om veilig buiten te komen.
- Ruim de helft van de slachtoffers bij fatale woningbranden is 65 jaar of ouder (bron: {{Instituut Fysieke Veiligheid}}).
- Een werkende melder vergroot de kans om een brand te overleven sterk.
# Welke melder?
Kies een melder met het {{CE}}-keurmerk en {{EN 14604}}, bij voorkeur met een tienjaarsbatterij. Gekoppelde melders (bijvoorbeeld {{Ei Electronics Ei650RF}} of {{Nest Protect}}) waarschuwen in het hele huis.
# Huurwoning?
De verhuurder is verantwoordelijk voor het plaatsen. Huurders van {{Woonstichting Peelrand}} melden een ontbrekende melder via {{0493 32 44 00}} of {{klantcontact@peelrand-wonen.nl}}.
# Hulp nodig?
Vraag een gratis huisbezoek aan via {{0800-0232}} of {{www.brandweer.nl/rookmelder}}. Meer tips: {{Brandweer Nederland}} en de {{Nederlandse Brandwonden Stichting}}.
""", extra_redact=[("PERSON", "Raaijmakers, Femke", "metadata"), ("PERSON", "Femke Raaijmakers", "metadata")]))

DOCS.append(Doc("vr33_convenant_concept", "odt", title="Concept convenant rookmelders", body="""
# Concept convenant brandveilig wonen 2026-2028
Partijen:
1. {{Veiligheidsregio Peel en Maasdal}}, rechtsgeldig vertegenwoordigd door de voorzitter, burgemeester {{H. Rijsdijk}};
2. {{Woonstichting Peelrand}}, vertegenwoordigd door de directeur-bestuurder;
3. {{Wooncorporatie Helmond-Peel}}, vertegenwoordigd door de directeur-bestuurder.
# Artikel 1 Doel
Partijen zorgen dat uiterlijk 31 december 2026 alle huurwoningen van de corporaties zijn voorzien van werkende rookmelders conform het {{Besluit bouwwerken leefomgeving}}, en dat kwetsbare bewoners een huisbezoek {{Brandveilig Leven}} krijgen.
# Artikel 2 Gegevensuitwisseling
Partijen wisselen uitsluitend gegevens op complexniveau uit. Persoonsgegevens van bewoners worden alleen gedeeld met toestemming, op grond van de {{AVG}} en een verwerkersovereenkomst.
# Artikel 3 Meldingen van huurders
Meldingen van huurders over ontbrekende of defecte melders worden binnen tien werkdagen afgehandeld. De corporaties rapporteren per kwartaal aan de veiligheidsregio.
---
# Artikel 4 Evaluatie
Het convenant wordt in 2027 geëvalueerd door het {{Instituut Fysieke Veiligheid}}.
# Ondertekening
Helmond, ... 2026
Voor de veiligheidsregio: {{H. Rijsdijk}}, voorzitter
Voor {{Woonstichting Peelrand}}: [[ir. M.C. (Margriet) Oude Groeniger]], directeur-bestuurder
Voor {{Wooncorporatie Helmond-Peel}}: [[drs. Rutger Veldkamp]], directeur-bestuurder
Concept opgesteld door [[Lotte Vermeulen-Aarts]] en [[Erik-Jan Smulders]]; juridische toets [[mr. J.A. Sanders]].
""", annots=[(0, "Sanders, Judith", "Art. 2: afstemmen met FG Bram Thijssen", 520, 600), (1, "Smulders, Erik-Jan", "Peelrand akkoord, wel 10 werkdagen i.p.v. 5", 520, 500)],
    extra_redact=[("PERSON", "Sanders, Judith", "annotations"), ("PERSON", "Bram Thijssen", "annotations"), ("PERSON", "Smulders, Erik-Jan", "annotations")]))
