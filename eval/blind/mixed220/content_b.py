from lib import Doc

DOCS = []

DOCS.append(Doc("es09_mail_klacht_doorzending", r"""
Van: [[Kartosen-Pinas, Sanne]] <[[sanne.kartosen@minocw.nl]]>
Verzonden: maandag 12 januari 2026 11:03
Aan: [[Hoekstra-Bruins, Joost]] <[[joost.hoekstra-bruins@minocw.nl]]>; [[Amrani, Fatima el]] <[[f.elamrani@minocw.nl]]>
CC: {{Klachtencoördinator OCW}} <{{klachten@minocw.nl}}>
Onderwerp: FW: klacht directeur OBS De Regenboog over afwijzing SES

Hallo [[Joost]] en [[Fatima]],

Hieronder de klacht van de heer [[Vrolijk]], directeur van {{OBS De Regenboog}} in {{Tiel}}. Hij is het niet eens met de gang van zaken rond de aanvraag {{SES-2025-0142}} en zegt dat een medewerker van {{RVO}} hem telefonisch heeft toegezegd dat de aanvraag 'zeker zou worden gehonoreerd'. Kunnen jullie uitzoeken wie dat was? Volgens hem ging het om een mevrouw [[Verbeek]].

Let op: hij noemt in zijn mail dat hij sinds de zomer deels ziek thuis zit. Dat gegeven delen we niet verder.

Termijn volgens de {{Algemene wet bestuursrecht}} (hoofdstuk 9): zes weken, dus uiterlijk 20 februari.

Groet,
[[Sanne]]

Van: [[Bas Vrolijk]] <[[directie.regenboog@soor.nl]]>
Verzonden: vrijdag 9 januari 2026 22:41
Aan: {{info@minocw.nl}}
Onderwerp: klacht afwijzing SES

Geachte minister,

Ik wil een klacht indienen over de behandeling van onze aanvraag. Ik heb hierover gebeld met uw uitvoerder en kreeg toen een toezegging. Nu lees ik in de krant dat {{Nieuwegein}} wel geld krijgt. Ik ben sinds juli [[gedeeltelijk arbeidsongeschikt door een burn-out]] en heb veel eigen tijd in deze aanvraag gestoken.

Met vriendelijke groet,
[[B. Vrolijk]]
{{OBS De Regenboog}}, {{Hoveniersweg 3}}, {{Tiel}}
[[06 1337 2604]]
""", producer="docx", title="FW: klacht directeur OBS De Regenboog", author="[[Sanne Kartosen-Pinas]]"))

DOCS.append(Doc("es10_teams_chat", r"""
# Chatgesprek Microsoft Teams - export
Kanaal: {{SES uitvoering 2025}} - {{RVO}} / {{OCW}}
Geëxporteerd op 15-01-2026 door [[a.verbeek@rvo.nl]]

[[Anouk Verbeek]] 08-12-2025 09:14
Goedemorgen! Heeft iemand de lijst met scholen met {{label G}} al gezien? Die vroeg OCW op.

[[Thijs de Graaf-Mulder]] 08-12-2025 09:17
Ja, staat op de {{SharePoint}} onder {{Uitvoering > Rangschikking}}. 11 scholen.

[[Anouk Verbeek]] 08-12-2025 09:21
Top. [[Thijs]], heb jij die directeur uit {{Tiel}} nog teruggebeld? Hij belde mij vorige week en ik heb alleen gezegd dat de aanvraag compleet was, niks toegezegd hoor

[[Thijs de Graaf-Mulder]] 08-12-2025 09:30
Nee nog niet. [[Anouk]] kan jij? ik zit vandaag bij {{Stimular}}

[[Ruud Oudejans]] 08-12-2025 09:42
Laat maar, ik bel hem zelf. @[[Anouk]] wil je in {{Dynamics}} noteren wat je precies hebt gezegd? Dat hebben we nodig als er een klacht komt.

[[Anouk Verbeek]] 08-12-2025 09:44
doe ik 👍

[[Sevgi Kılıç]] 08-12-2025 10:05
Btw de {{ADR}} komt 15 januari voor de audit, [[Erik-Jan]] van de ADR vraagt om toegang tot de map. Wie regelt dat?

[[Ruud Oudejans]] 08-12-2025 10:07
[[Sevgi]], kan jij dat met [[Kılıç]]... haha nee, met {{functioneel beheer}} regelen? {{servicedesk@rvo.nl}}

[[Sevgi Kılıç]] 08-12-2025 10:08
🙈 ja ik regel het

[[Dirk-Jan 't Lam]] 08-12-2025 11:15
Als die directeur een klacht indient, graag meteen doorzetten naar {{Juridische Zaken}}. Ik ben bereikbaar op [[06-47 91 30 62]] of [[dj.tlam@rvo.nl]]. Groet, [[DJ]]
""", producer="ttf", title="Teams export SES uitvoering", pdf_producer="Microsoft Teams Export Tool 1.4", pdf_creator="Microsoft Teams"))

DOCS.append(Doc("es11_whatsapp", r"""
# WhatsApp-chat met Commissie SES (groep)
Exportbestand: WhatsApp Chat met Commissie SES.txt

[20-11-25 17:02] [[Henk]]: Dank allen voor de goede vergadering. Verslag komt via [[Lotte]].
[20-11-25 17:05] [[Annemarie]]: Dank [[Henk]]! Ik kijk nog even naar die herberekening Helmond
[20-11-25 17:06] [[Youssef]]: 👍 ik ook, stuur je me de excel?
[20-11-25 17:31] [[Annemarie]]: Verstuurd naar je gmail [[y.bouzid82@gmail.com]]
[20-11-25 18:10] [[+31 6 41 88 20 17]]: Sorry, wie is dit nummer? Ik ben [[Cor]] ([[Nieuwenhuys-Bakx]]), kon er vandaag niet bij
[20-11-25 18:12] [[Lotte]]: Welkom [[Cor]]! Je krijgt het verslag maandag
[21-11-25 08:47] [[Henk]]: Wie weet of de {{Prins Clausschool}} in {{Geldermalsen}} een {{monumentenstatus}} heeft? Dan geldt de hogere kostengrens
[21-11-25 08:55] [[Youssef]]: Volgens het {{Rijksmonumentenregister}} niet, alleen de {{Sint-Maartenskerk}} ernaast
[21-11-25 09:02] [[Bouz]]: (mijn tweede telefoon, negeer dit nummer maar) [[06-2290 7713]]
[21-11-25 09:03] [[Henk]]: 😂 oké [[Bouz]]
[28-11-25 07:58] [[Cor]]: Ik ben vandaag bij de fysio ([[knie geopereerd]]), bel me na 14u op [[06-3087 1265]]
[28-11-25 08:03] [[Henk]]: Beterschap [[Corrie]]! 
[03-12-25 14:20] [[Lotte]]: Scoretabel v3 staat klaar. Graag paraaf voor vrijdag. Groet [[Lot]]
""", producer="ttf", title="WhatsApp Commissie SES", pdf_producer="Skia/PDF m120", pdf_creator="Mozilla/5.0 Chrome/120"))

DOCS.append(Doc("es12_kamervragen", r"""
# Vragen van het lid {{Kroeze-Van Aalst}} (CDA) aan de minister van Onderwijs, Cultuur en Wetenschap over de verdeling van energiesubsidies voor scholen
(ingezonden 8 januari 2026)
Kenmerk: {{2026Z00412}}

1
Bent u bekend met het bericht "{{Scholen in Rivierenland vissen achter het net bij verduurzaming}}" in {{De Gelderlander}} van 6 januari 2026?

2
Klopt het dat van de 64 aanvragen in de {{Subsidieregeling Energiebesparing Schoolgebouwen}} slechts 38 zijn gehonoreerd, terwijl u in het {{Commissiedebat Onderwijshuisvesting}} van 13 november 2025 hebt toegezegd dat scholen met {{energielabel G}} voorrang krijgen?

3
Waarom is die toezegging niet verwerkt in de beoordeling door {{RVO}}? Wie heeft besloten de rangschikking niet aan te passen?

4
Hoe beoordeelt u de situatie van {{OBS De Regenboog}} in {{Tiel}}, die volgens de directeur een toezegging kreeg van een medewerker van de uitvoeringsorganisatie?

5
Bent u bereid de {{Auditdienst Rijk}} te vragen de uitvoering van de regeling te onderzoeken, en de Kamer het rapport te sturen?

6
Kunt u deze vragen afzonderlijk beantwoorden, en in elk geval voor het {{wetgevingsoverleg}} over de {{OCW-begroting}}?

Toelichting: deze vragen zijn een aanvulling op eerdere vragen van het lid {{Yilmaz}} ({{GroenLinks-PvdA}}), ingezonden 19 december 2025 (vraagnummer {{2025Z22871}}).
""", producer="std", title="Kamervragen 2026Z00412", pdf_producer="Tweede Kamer der Staten-Generaal - Parlis", pdf_creator="Parlis"))
