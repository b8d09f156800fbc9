from lib import Doc

DOCS = [
Doc("az18_teams_chat", "Teams-chat 'Opvang Kanaalweg - kernteam' (export)", """
Export Microsoft Teams, kanaal Opvang Kanaalweg - kernteam, 20 en 21 november 2025
{Ruud Bakhuis} 20-11 17:02: Heeft iemand de klacht van mevrouw {De Gooijer} al opgepakt? Ze dreigt naar de [Nationale ombudsman] te stappen
{Hatice Çelik} 20-11 17:05: Ja, ik bel haar morgen. Ze had zich aangemeld voor de commissie maar die mail is bij mij blijven hangen, mijn fout
{Ruud Bakhuis} 20-11 17:06: Oké thx {Hatice}
{Sanne Wijnbergen} 20-11 17:20: Ik heb de buurtbrief klaar voor de open dag. {Ruud} wil jij meelezen? Staat in [SharePoint] onder [Communicatie/Buurtbrieven]
{Pieter-Jan Valk} 20-11 17:31: Cijfers [Sentinel] kloppen niet met die van het [COA], {Gerrit} stuurt vandaag een nieuwe export
{Bram Overdijk} 21-11 08:12: Heads up: gisteravond intimidatie bij de [Sluisbrug]. Vader ({Bleeker}) heeft aangifte gedaan. Politie ({Laura}) pakt het op
{Ruud Bakhuis} 21-11 08:15: Verdachten bewoners van het azc?
{Bram Overdijk} 21-11 08:17: Onbekend. Niet speculeren please, ook niet in de app van de buurt
{Annemiek van 't Veer} 21-11 08:40: [Burgemeester Terpstra] wil vandaag een update. Ik zet iets op in de [beslisnota] over verlichting [Kanaalpad]
{Hatice Çelik} 21-11 09:02: Ik ga vanmiddag langs bij de familie, samen met {Kees} van het [COA]
{Esmée Lagerwey} 21-11 09:10: Woo-verzoeken komen er vast aan, hou de chat zakelijk aub 🙂
{Sanne Wijnbergen} 21-11 09:11: 👍
""", producer="ttf", prod="Microsoft: Print To PDF", meta={"author": "Esmée Lagerwey"}),

Doc("az19_raadsvragen", "Schriftelijke vragen ex artikel 41 Reglement van orde en antwoorden van het college", """
Vragensteller: raadslid [Bouzidi] ([GroenLinks-PvdA])
Datum vragen: 24 november 2025 | Datum antwoord: 9 december 2025 | Nummer: [RV-2025-063]
Onderwerp: veiligheid en beeldvorming rond de opvanglocatie [Kanaalweg 88]
Inleiding: In de [Vlietbode] van 22 november 2025 staat dat een meisje bij de [Sluisbrug] is lastiggevallen. In een buurtapp wordt zonder bewijs naar bewoners van het azc gewezen.
## Vraag 1
Is het college bekend met het bericht en met de berichten in de buurtapp?
Antwoord: Ja. Het college is bekend met het bericht. De politie onderzoekt de melding; er is geen verdachte aangehouden.
## Vraag 2
Welke maatregelen neemt het college om stigmatisering van bewoners van het [AZC Vlietstede] te voorkomen?
Antwoord: Het college werkt samen met [VluchtelingenWerk Nederland], [VV Kanaalboys] en de wijkvereniging [Kanaalzone Leeft]. Op 20 december 2025 organiseert het [COA] een open dag. Het college roept op geen namen of foto's van bewoners te delen.
## Vraag 3
Hoeveel incidenten zijn er sinds de opening gemeld?
Antwoord: Zie de [raadsinformatiebrief] van 16 december 2025 ([RIB-2025-118]). In totaal 31 incidenten, waarvan 2 met politie-inzet.
## Vraag 4
Wordt de begeleidingscommissie uitgebreid met een vertegenwoordiger van de bewoners van het azc?
Antwoord: Het college staat daar positief tegenover en bespreekt dit met het [COA]. Raadslid [De Kloet] ([VVD]) heeft in de commissie eenzelfde wens uitgesproken.
<PB>
## Vraag 5
Is het college bereid de raad periodiek te informeren?
Antwoord: Ja. [Wethouder Ameziane] zendt de raad elk kwartaal een raadsinformatiebrief, de eerstvolgende in maart 2026.
Het college van burgemeester en wethouders van [Vlietstede],
de secretaris, de burgemeester,
[drs. M.C. Hoeksema-Ruys] [Terpstra]
Ambtelijk voorbereid door: {Annemiek van 't Veer} en {Bram Overdijk}
""", producer="lo", meta={"author": "Annemiek van 't Veer"}),

Doc("az20_persbericht_concept", "CONCEPT persbericht: open dag AZC Vlietstede", """
CONCEPT - niet verspreiden
[Vlietstede], 10 december 2025
Open dag in het [Thorbeckegebouw]: buren maken kennis met nieuwe bewoners
Op zaterdag 20 december 2025 opent het [AZC Vlietstede] aan de [Kanaalweg 88] zijn deuren voor omwonenden. Tussen 13.00 en 16.00 uur kunnen bezoekers een rondleiding krijgen, bewoners ontmoeten en kennismaken met medewerkers van het [COA], [VluchtelingenWerk Nederland] en [Sentinel Beveiliging].
"We willen laten zien wie hier woont en hoe we samenwerken," zegt [wethouder Ameziane]. Locatiemanager {Dirk-Jan Verhoef} van het [COA] vult aan: "Veel bewoners willen graag iets terugdoen voor de buurt."
Bewoner {Samira Haddad} kookt samen met vrijwilligers van [Stichting Kanaalzone Leeft] een Syrische lunch. Voetbaltrainer {Ömer Kaya} van [VV Kanaalboys] vertelt over het samen trainen.
Aanmelden kan via [opendag@azcvlietstede.nl].
Noot voor de redactie (niet voor publicatie): vragen aan de woordvoerder van de gemeente via [pers@vlietstede.nl] of [14 0171]. Contact [COA]: {Ingrid Postma}, {T|06 - 51 09 77 34}.
""", meta={"author": "Renée Dümmer", "xmp_only": True}, hidden=[("metadata", "PERSON", "Renée Dümmer")],
    prod="Adobe PDF Library 15.0", creator="Adobe InDesign 18.2 (Macintosh)"),

Doc("az21_persbericht_definitief", "Persbericht: open dag AZC Vlietstede", """
[gemeente Vlietstede] en [COA] - persbericht, 12 december 2025
Open dag in het [Thorbeckegebouw]: buren maken kennis met nieuwe bewoners
Op zaterdag 20 december 2025 opent het [AZC Vlietstede] aan de [Kanaalweg 88] zijn deuren voor omwonenden. Tussen 13.00 en 16.00 uur kunnen bezoekers een rondleiding krijgen en kennismaken met medewerkers van het [COA], [VluchtelingenWerk Nederland] en [Sentinel Beveiliging].
"We willen laten zien wie hier woont en hoe we samenwerken," zegt [wethouder Ameziane]. "De vragen uit de buurt nemen we serieus; daarom komt er betere verlichting langs het [Kanaalpad]."
Het gebouw is vernoemd naar staatsman [Johan Rudolph Thorbecke] en was tot 2022 in gebruik als kantoor van het [Hoogheemraadschap van Rijnland]. Het pand ontving in 1994 de [Hendrik Wijdeveldprijs] voor architectuur.
Aanmelden via [opendag@azcvlietstede.nl].
Noot voor de redactie: vragen via [pers@vlietstede.nl] of [14 0171].
""", prod="Adobe PDF Library 15.0", creator="Adobe InDesign 18.2 (Macintosh)"),

Doc("az22_inspectierapport", "Rapport brandveiligheidscontrole opvanglocatie", """
[Veiligheidsregio Hollands Midden] - afdeling Risicobeheersing
Object: [AZC Vlietstede], [Kanaalweg 88], [Vlietstede] | Zaaknummer: [VRHM-RB-2025-3391]
Datum controle: 9 september 2025 | Soort: gebruiksmelding [Besluit bouwwerken leefomgeving] ([Bbl])
Inspecteur: {Marco van Wijngaarden} | Tweede inspecteur: {Daniëlle Rozendaal}
Aanwezig namens gebruiker: {Dirk-Jan Verhoef} ([COA]); namens eigenaar: {Olaf Brinkhuis} ([Kanaalpoort Vastgoed B.V.])
## Bevindingen
| Nr | Onderdeel | Bevinding | Oordeel |
| 1 | [brandmeldinstallatie] | volledige bewaking, certificaat [NEN 2535] aanwezig | voldoet |
| 2 | vluchtwegen | noodtrappenhuis oostzijde vrij | voldoet |
| 3 | [noodverlichting] | 2 armaturen op 3e verdieping defect | voldoet niet |
| 4 | compartimentering | doorvoeringen kabelgoten 2e verdieping niet afgedicht | voldoet niet |
| 5 | [ontruimingsplan] | aanwezig, BHV-oefening gepland 30 september | voldoet |
## Conclusie
Gebruik is toegestaan onder voorwaarde dat bevinding 3 en 4 voor 15 september 2025 zijn hersteld. Hercontrole door {Daniëlle Rozendaal} op 12 september 2025: hersteld.
Rapporteur: {Marco van Wijngaarden}, inspecteur brandveiligheid, {T|088 - 246 00 51 (tst. 4417)}
""", prod="Nitro PDF Creator (Pro 14.0)", creator="Nitro Pro 14"),

Doc("az23_mailthread_klacht", "RE: Uw klacht over de opvanglocatie (kenmerk KL-2025-0219)", """
Van: {Çelik, Hatice} <{E|h.celik@vlietstede.nl}>
Verzonden: vrijdag 21 november 2025 10:31
Aan: {E|wilma.degooijer@ziggo.nl}
CC: {Bakhuis, Ruud} <{E|r.bakhuis@vlietstede.nl}>; [klachten@vlietstede.nl]
Onderwerp: RE: Uw klacht over de opvanglocatie (kenmerk [KL-2025-0219])
Beste mevrouw {De Gooijer},
Dank voor het prettige telefoongesprek van vanochtend. Zoals besproken bied ik mijn excuses aan dat uw aanmelding voor de begeleidingscommissie niet is opgepakt. U bent van harte welkom bij de eerste bijeenkomst op 25 november 2025 om 19.30 uur in [wijkcentrum De Kanaalkant].
Over de busjes: [Sentinel Beveiliging B.V.] heeft toegezegd dat de dienstvoertuigen vanaf 24 november op het eigen terrein parkeren. Mocht u toch overlast ervaren, belt u dan de meldkamer via [088 - 715 20 00].
Met vriendelijke groet,
{Hatice Çelik}
wijkregisseur Kanaalzone | [gemeente Vlietstede] | {T|06 - 38 12 90 45} | werkdagen ma-do

Van: {Wilma de Gooijer} <{E|wilma.degooijer@ziggo.nl}>
Verzonden: donderdag 20 november 2025 21:08
Aan: [klachten@vlietstede.nl]
Onderwerp: Uw klacht over de opvanglocatie
Geachte heer, mevrouw,
Op 12 november stuurde ik een brief. Ik heb nog niets gehoord. Als ik deze week niets hoor, stap ik naar de [Nationale ombudsman].
{Wilma de Gooijer}, {A|Sluiskade 4}
""", prod="Microsoft Outlook 16.0", creator="Microsoft Outlook"),

Doc("az24_coa_mail_incident", "FW: melding Sluisbrug 20-11 / afstemming politie", """
Van: {El Amrani, Noor} <{E|n.elamrani@coa.nl}>
Verzonden: zaterdag 22 november 2025 09:12
Aan: {Bakhuis, Ruud} <{E|r.bakhuis@vlietstede.nl}>; {Overdijk, Bram} <{E|b.overdijk@vlietstede.nl}>
CC: {Verhoef, Dirk-Jan} <{E|dj.verhoef@coa.nl}>
Onderwerp: FW: melding Sluisbrug 20-11 / afstemming politie
Beste {Ruud} en {Bram},
Hieronder de terugkoppeling van {Dirk-Jan}. Het [COA] werkt volledig mee aan het onderzoek. We vragen de gemeente met klem om in de communicatie niet te suggereren dat bewoners betrokken zijn zolang de politie dat niet heeft vastgesteld.
Groet, {Noor}
{Noor El Amrani} | regiomanager [COA] Regio West | {T|06 - 20 55 18 73}

Van: {Verhoef, Dirk-Jan}
Verzonden: vrijdag 21 november 2025 18:40
Aan: {El Amrani, Noor}
Onderwerp: melding Sluisbrug 20-11
{Noor},
Wijkagent {Laura Brinkman} ({T|06-1133 8820}) heeft vandaag beelden opgevraagd van camera 3 en 4 (kanaalzijde) over 20-11 tussen 18.00 en 19.30 uur. Ik heb die via [Sentinel] ({Gerrit Hoogendoorn}) laten veiligstellen. Op de beelden is niemand van de locatie richting de [Sluisbrug] te zien. Twee bewoners (kamers 2.07 en 2.09) waren op dat moment bij taalles van [Stichting Taal Doet Meer].
Bewoners {Rahim Noori} en {Yonas Tesfaye} zijn die avond wel buiten geweest; zij waren volgens de registratie om 18.20 uur terug.
{DJ}
""", producer="ttf", prod="Microsoft Outlook 16.0", creator="Microsoft Outlook"),

Doc("az25_vragen_antwoorden_bewonersavond", "Vragen en antwoorden bewonersavond 14 oktober 2025 (interne versie met namen)", """
Interne werkversie; de publieksversie op [www.vlietstede.nl/azc] bevat geen namen.
| Nr | Vraag van | Vraag | Antwoord | Door |
| 1 | {Johanna Kersten-Blom} | Komen er ook alleenstaande mannen? | Ja, ongeveer een derde van de bewoners zijn alleenstaanden; gezinnen wonen op de 1e en 2e verdieping. | [COA] |
| 2 | {Henk Westra} | Waarom is de buurt niet eerder ingelicht? | Het college besloot op 3 juni 2025; de buurtbrief ging op 10 juni 2025 uit. | [wethouder Ameziane] |
| 3 | {Ömer Kaya} | Mogen kinderen bij de voetbalclub? | Ja, via het Jeugdsportfonds worden contributie en kleding vergoed. | gemeente |
| 4 | {Ton Bleeker} | Wat doet de politie als er iets gebeurt? | De wijkagent is aanspreekpunt; bij spoed 112. | politie |
| 5 | {Gerda van der Meulen-Stam} | Daalt de waarde van mijn huis? | Daar zijn geen aanwijzingen voor; zie het onderzoek van het [Kadaster] uit 2024. | gemeente |
| 6 | {Wilma de Gooijer} | Hoe kan ik me aanmelden voor de commissie? | Via de wijkregisseur. | gemeente |
| 7 | {Bart Heijnis} | Waar gaan de kinderen naar school? | De Internationale Schakelklas van [OBS De Vlieter]. | gemeente |
| 8 | {Ria Zandbergen} | Komt er een ontmoetingsruimte? | Het [COA] richt de begane grond in als huiskamer voor bewoners en buurt. | [COA] |
| 9 | {Ahmet Yıldırım} | Kan ik als vrijwilliger helpen? | Ja, via VluchtelingenWerk Nederland of het Vrijwilligerspunt Vlietstede. | gemeente |
Opgesteld door {Esmée Lagerwey}, 22 oktober 2025; gecontroleerd door {Hatice Çelik}.
""", producer="lo", meta={"author": "Esmée Lagerwey"}),

Doc("az26_klachtenregister", "Klachtenregister opvanglocatie Kanaalweg (stand 31 december 2025)", """
Beheerder register: team [Klachtbehandeling], [gemeente Vlietstede]. Vertrouwelijk: bevat persoonsgegevens.
| Kenmerk | Datum | Melder | Adres | Telefoon | Onderwerp | Status |
| [KL-2025-0188] | 18-09 | {Henk Westra} | {A|Kanaalweg 95} | {T|06 29 40 11 83} | geluid | afgehandeld |
| [KL-2025-0194] | 26-09 | {Johanna Kersten-Blom} | {A|Kanaalweg 91} | {T|071 512 66 09} | verkeer | afgehandeld |
| [KL-2025-0203] | 10-10 | {Gerda van der Meulen-Stam} | {A|Sluiskade 12} | {T|071-5130048} | waardedaling | afgehandeld |
| [KL-2025-0219] | 12-11 | {Wilma de Gooijer} | {A|Sluiskade 4} | {T|071-5124786} | busjes | afgehandeld |
| [KL-2025-0221] | 14-11 | {Henk Westra} | {A|Kanaalweg 95} | {T|06 29 40 11 83} | geluid | afgehandeld |
| [KL-2025-0230] | 22-11 | {Ton Bleeker} | {A|Sluiskade 31} | {T|06 47 20 93 18} | veiligheid | in behandeling |
| [KL-2025-0236] | 01-12 | {Bart Heijnis} | {A|Kanaalweg 77} | {T|0031 71 514 88 20} | zwerfafval | afgehandeld |
| [KL-2025-0241] | 04-12 | {Marianne Sijtsma} | {A|Kanaalweg 102} | {T|06 53 71 20 88} | hangjongeren | afgehandeld |
| [KL-2025-0247] | 11-12 | {Cornelis 't Hart} | {A|Vlietlaan 3} | {T|071 - 514 19 90} | geluid | afgehandeld |
| [KL-2025-0250] | 17-12 | {Henk Westra} | {A|Kanaalweg 95} | {T|06 29 40 11 83} | camera's | in behandeling |
Totaal: 10 klachten van 8 melders. Afhandeltermijn gemiddeld 9 werkdagen ([Algemene wet bestuursrecht], [hoofdstuk 9]).
""", prod="Microsoft® Excel® for Microsoft 365", creator="Microsoft® Excel® for Microsoft 365"),

Doc("az27_notulen_begeleidingscommissie", "Verslag eerste bijeenkomst begeleidingscommissie AZC Vlietstede", """
Datum: 25 november 2025 | Plaats: [wijkcentrum De Kanaalkant] | Voorzitter: [wethouder Ameziane]
## Aanwezig
Omwonenden: {Johanna Kersten-Blom}, {Wilma de Gooijer}, {Ömer Kaya}, {Bart Heijnis}, {Cornelis 't Hart}
[COA]: {Dirk-Jan Verhoef}, {Kees Lammertsma}; gemeente: {Hatice Çelik}, {Ruud Bakhuis}; verslag: {Esmée Lagerwey}
Afwezig met bericht: {Henk Westra}
## 1. Kennismaking en huishoudelijk reglement
De commissie komt zes keer per jaar bijeen. Het reglement wordt vastgesteld. Mevrouw {Kersten-Blom} wordt aanspreekpunt namens de buurt.
## 2. Stand van zaken
{Verhoef} meldt 238 bewoners, onder wie 61 kinderen. De kinderen gaan naar de [Internationale Schakelklas]. {Lammertsma} vertelt over de taallessen van [Stichting Taal Doet Meer].
## 3. Overlast en veiligheid
Mevrouw {De Gooijer} bevestigt dat de busjes sinds gisteren op het eigen terrein staan. De heer {'t Hart} meldt zwerfafval langs het [Kanaalpad]; de gemeente plaatst twee extra afvalbakken ([Vlietstede Schoon]).
Over het incident bij de [Sluisbrug] wordt niet inhoudelijk gesproken vanwege het lopende politieonderzoek.
<PB>
## 4. Rondvraag
De heer {Kaya} vraagt of de sporthal [De Vlieter] op zondag open kan voor een toernooi met bewoners. {Bakhuis} gaat dit na bij [Sportbedrijf Vlietstede].
## Actielijst
| Nr | Actie | Wie | Wanneer |
| 1 | Afvalbakken [Kanaalpad] | {C|HÇe} | 5 december |
| 2 | Sporthal zondag navragen | {C|RBa} | 9 december |
| 3 | Open dag uitnodiging omwonenden | {C|KLa} | 10 december |
| 4 | Vertegenwoordiger bewoners azc in commissie | {C|DJV} | 27 januari |
Volgende bijeenkomst: 27 januari 2026.
""", serif=True, prod="Microsoft® Word 2019", creator="Microsoft® Word 2019"),

Doc("az28_brief_eigenaar", "Brief aan Kanaalpoort Vastgoed B.V.", """
[Kanaalpoort Vastgoed B.V.]
t.a.v. de heer {O. Brinkhuis}, directeur
[Rijnsburgerweg 150]
2333 AG Leiden
Datum: 30 juni 2025 | Kenmerk: [UIT-2025-14421] | Onderwerp: huur en onderhoud [Thorbeckegebouw]
Geachte heer {Brinkhuis},
Hierbij bevestigen wij dat de gemeente instemt met de huurovereenkomst tussen uw onderneming en het [COA] voor het pand [Kanaalweg 88] voor de duur van vijf jaar. De gemeente is geen partij bij de huurovereenkomst, maar heeft er belang bij dat het onderhoud van de buitenruimte goed is geregeld.
Wij verzoeken u het groenonderhoud van de strook langs het [Kanaalpad] op te nemen in het onderhoudscontract met [Hoveniersbedrijf Groen & Zo]. Uw contactpersoon, mevrouw {Lotte Brasser} ({E|l.brasser@kanaalpoortvastgoed.nl}), is hiervan op de hoogte.
Met vriendelijke groet,
Het college van burgemeester en wethouders van [Vlietstede],
namens dezen,
{mr. J.W. (Jan-Willem) Tuinman}
afdelingshoofd Ruimte en Vastgoed
Kopie: {Ruud Bakhuis}
""", producer="lo", meta={"author": "Tuinman, Jan-Willem"}),

Doc("az29_brief_antwoord_klager", "Beantwoording klacht", """
[gemeente Vlietstede] | Postbus 410 | 2300 AK Vlietstede | [www.vlietstede.nl]
Aan de heer {H. Westra}
{A|Kanaalweg 95}
{A|2316 KP}  Vlietstede
Datum: 19 december 2025 | Uw klacht van: 17 december 2025 | Kenmerk: [KL-2025-0250]
Onderwerp: camera's bij opvanglocatie
Geachte heer {Westra},
U heeft een klacht ingediend over de camera's aan de kanaalzijde van het [Thorbeckegebouw]. U meent dat camera 4 op uw voortuin is gericht. In uw e-mail ({E|henkwestra1957@gmail.com}) vraagt u om de beelden te verwijderen.
Op ons verzoek heeft [Sentinel Beveiliging B.V.] de kijkrichting gecontroleerd. Camera 4 is zo afgesteld dat privacymaskering uw perceel afschermt. Op grond van de [Algemene verordening gegevensbescherming] ([AVG]) kunt u het [COA] als verwerkingsverantwoordelijke om inzage vragen via [privacy@coa.nl]. De [Autoriteit Persoonsgegevens] is de toezichthouder.
Wij beschouwen uw klacht als gegrond voor zover de instelling pas na uw melding is gecontroleerd. Bent u het niet eens met deze afhandeling, dan kunt u zich wenden tot de [Nationale ombudsman].
Hoogachtend,
namens het college van burgemeester en wethouders,
{Anouk Verschuren-Lim}
teamleider Klachtbehandeling
""", serif=True, prod="Aspose.Words for .NET 23.4.0", creator="Aspose.Words"),

Doc("az30_scan_presentielijst", "Presentielijst bewonersavond 14-10-2025", """
Naam | Straat | Handtekening
{Johanna Kersten-Blom} | {A|Kanaalweg 91} | J.K.
{Henk Westra} | {A|Kanaalweg 95} | H.W.
{Gerda van der Meulen-Stam} | {A|Sluiskade 12} | G.M.
{Bart Heijnis} | {A|Kanaalweg 77} | B.H.
{Ria Zandbergen} | {A|Kanaalweg 96} | R.Z.
{Ahmet Yildirim} | {A|Vlietlaan 18} | A.Y.
""", scan=True, prod="KONICA MINOLTA bizhub C300i"),

Doc("az31_woo_besluit", "Besluit op uw Woo-verzoek", """
[gemeente Vlietstede]
De heer {T. Oudejans}
Datum: 26 februari 2026 | Kenmerk: [WOO-2026-0031] | Onderwerp: besluit op Woo-verzoek opvanglocatie [Kanaalweg 88]
Geachte heer {Oudejans},
Op 2 februari 2026 heeft u ons verzocht om openbaarmaking van documenten over de opvanglocatie in het [Thorbeckegebouw]. Bij brief van 5 februari 2026 hebben wij de ontvangst bevestigd.
## Besluit
Wij besluiten de documenten op de inventarislijst (bijlage 1) deels openbaar te maken. Drie documenten maken wij niet openbaar.
## Zienswijzen
Wij hebben het [COA], [Sentinel Beveiliging B.V.], [Kanaalpoort Vastgoed B.V.] en de [Veiligheidsregio Hollands Midden] in de gelegenheid gesteld een zienswijze te geven. Het [COA] heeft verzocht de namen van bewoners en de medische informatie in de incidentrapportages niet openbaar te maken. Wij volgen die zienswijze.
## Overwegingen
Namen, e-mailadressen, telefoonnummers, adressen en handtekeningen van medewerkers van de gemeente, het [COA], [Sentinel] en de [Veiligheidsregio], en van omwonenden en bewoners, maken wij niet openbaar op grond van artikel [5.1, tweede lid, onder e], van de Woo. Het belang van de eerbiediging van de persoonlijke levenssfeer weegt zwaarder dan het belang van openbaarheid. Namen van [burgemeester Terpstra], [wethouder Ameziane] en raadsleden in hun functie maken wij wel openbaar.
Gegevens over de gezondheid van bewoners en omwonenden vallen onder artikel [5.1, eerste lid, onder d], van de Woo en worden niet openbaar gemaakt. Het V-nummer valt onder artikel [5.1, eerste lid, onder e].
<PB>
Informatie over de camerapositie en de diensten van de beveiliging maken wij niet openbaar op grond van artikel [5.1, tweede lid, onder h] (beveiliging van personen en bedrijven).
De [WhatsApp]-export van de groep [Buurtpreventie Kanaalzone] is op verzoek van een raadslid door een deelnemer aan de gemeente gestuurd; het is een document dat berust bij een bestuursorgaan. De berichten maken wij openbaar met weglating van namen, telefoonnummers en andere herleidbare gegevens.
## Bezwaar
Tegen dit besluit kunt u binnen zes weken bezwaar maken bij het college.
Hoogachtend,
het college van burgemeester en wethouders van [Vlietstede],
namens dezen,
{Femke ter Haar}
Woo-coördinator
""", prod="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365",
    meta={"author": "Femke ter Haar"}),

Doc("az32_inventarislijst", "Inventarislijst bij besluit WOO-2026-0031", """
| Nr | Document | Datum | Beoordeling | Grond | Opmerking |
| 1 | Verzoek [WOO-2026-0031] | 02-02-2026 | deels openbaar | [5.1.2e] | gegevens verzoeker |
| 2 | Ontvangstbevestiging | 05-02-2026 | deels openbaar | [5.1.2e] | |
| 3 | Brief [COA] ingebruikname | 19-06-2025 | deels openbaar | [5.1.2e] | |
| 4 | E-mailwisseling opening | 28-08-2025 | deels openbaar | [5.1.2e] | |
| 5 | Verslag [bewonersavond] | 16-10-2025 | deels openbaar | [5.1.2e] | |
| 6 | Incidentrapportage [IR-2025-1107] | 07-11-2025 | deels openbaar | [5.1.2e], [5.1.2h] | |
| 7 | Incidentrapportage [IR-2025-1129] | 29-11-2025 | deels openbaar | [5.1.1d], [5.1.1e], [5.1.2e] | medische gegevens |
| 8 | Klacht omwonende | 12-11-2025 | deels openbaar | [5.1.1d], [5.1.2e] | |
| 9 | Meldingsformulier [MOR-2025-44170] | 03-12-2025 | deels openbaar | [5.1.2e] | |
| 10 | [WhatsApp]-export buurtapp | 14-10 t/m 20-12-2025 | deels openbaar | [5.1.2e] | |
| 11 | Raadsinformatiebrief [RIB-2025-077] | 16-09-2025 | openbaar | | reeds openbaar |
| 12 | Raadsinformatiebrief [RIB-2025-118] | 16-12-2025 | openbaar | | reeds openbaar |
| 13 | Brief omwonende (scan) | 22-11-2025 | deels openbaar | [5.1.2e] | |
| 14 | Dienstrooster beveiliging | wk 48 2025 | niet openbaar | [5.1.2e], [5.1.2h] | |
| 15 | Factuur tolk | 20-10-2025 | deels openbaar | [5.1.2e] | |
| 16 | Factuur glaszetter | 10-11-2025 | deels openbaar | [5.1.2e] | |
| 17 | Beslisnota [BN-2025-1402] | 02-12-2025 | deels openbaar | [5.1.2e] | |
| 18 | Teams-chat kernteam | 20-11-2025 | deels openbaar | [5.1.2e] | |
| 19 | Raadsvragen [RV-2025-063] | 09-12-2025 | openbaar | | reeds openbaar |
| 20 | Concept persbericht | 10-12-2025 | niet openbaar | [5.2.1] | zie nr 21 |
| 21 | Persbericht | 12-12-2025 | openbaar | | |
| 22 | Rapport brandveiligheid [VRHM-RB-2025-3391] | 09-09-2025 | deels openbaar | [5.1.2e] | |
| 23 | E-mail klachtafhandeling [KL-2025-0219] | 21-11-2025 | deels openbaar | [5.1.2e] | |
| 24 | E-mail [COA] melding [Sluisbrug] | 22-11-2025 | niet openbaar | [5.1.1d], [5.1.2e] | politieonderzoek |
| 25 | Klachtenregister | 31-12-2025 | deels openbaar | [5.1.2e] | |
Behandelaar inventaris: {Esmée Lagerwey} ({C|EL})
""", prod="Microsoft® Excel® for Microsoft 365", creator="Microsoft® Excel® for Microsoft 365",
    notes=[(0, 500, 60, "Femke ter Haar", "Nr 24 nog voorleggen aan Noor van het COA, zij belt via 06 - 20 55 18 73")],
    hidden=[("annotations", "PERSON", "Femke ter Haar"), ("annotations", "PERSON", "Noor"),
            ("annotations", "PHONE", "06 - 20 55 18 73")]),

Doc("az33_buurtbrief", "Buurtbrief: nieuwe bewoners in het Thorbeckegebouw", """
Aan de bewoners van de [Kanaalweg], [Sluiskade], [Vlietlaan] en [Burgemeester Roellstraat]
[Vlietstede], 1 september 2025
Beste buurtbewoner,
Vanaf 15 september 2025 wonen er asielzoekers in het voormalige kantoorgebouw [Thorbeckegebouw] aan de [Kanaalweg 88]. In deze brief leest u wat dit voor u betekent.
Wie komen er wonen? Maximaal 280 mensen, vooral gezinnen uit Syrië, Eritrea en Jemen. Het [COA] zorgt voor opvang en begeleiding. Er is dag en nacht beveiliging door [Sentinel Beveiliging B.V.].
Vragen of meldingen? Bel het 24-uursnummer [088 - 715 20 00], mail [opvang@vlietstede.nl] of bel de gemeente via [14 0171]. Voor zaken die spoed hebben belt u 112.
U bent welkom op de [bewonersavond] van dinsdag 14 oktober 2025 in [wijkcentrum De Kanaalkant], [Burgemeester Roellstraat] 3. Een tolk is aanwezig.
Met vriendelijke groet,
[wethouder Ameziane], gemeente [Vlietstede]
locatiemanager namens het [COA]
""", producer="ttf", prod="Adobe PDF Library 15.0", creator="Adobe InDesign 18.2 (Macintosh)",
    meta={"author": "Sanne Wijnbergen"}, hidden=[("metadata", "PERSON", "Sanne Wijnbergen")]),
]
