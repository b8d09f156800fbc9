from lib import Doc

DOCS = [
Doc("sk12_ontvangst_lkc", """
# Landelijke Klachtencommissie Onderwijs
{Stichting Onderwijsgeschillen} | {Postbus 85191} | {3508 AD Utrecht} | {info@onderwijsgeschillen.nl} | {030 280 9590}

Aan: het college van bestuur van {Stichting Openbaar Onderwijs IJsselkring}
Datum: 9 april 2026
Zaaknummer: {108.2026.0412}
Betreft: klacht van de heer [R. Kuipers] en mevrouw [M. Kuipers-El Amrani] tegen {OBS De Wilgenhof}

Geacht college,

De commissie heeft op 6 april 2026 een klacht ontvangen van bovengenoemde ouders, gericht tegen de leerkracht van groep 6 en de directeur van {OBS De Wilgenhof}. De klacht valt onder de {klachtenregeling} die uw stichting heeft ingesteld op grond van artikel 14 van de {Wet op het primair onderwijs} ({WPO}).

Wij verzoeken u binnen vier weken een verweerschrift in te dienen en de aangeklaagden, de heer [Ter Haar] en mevrouw [Brouwer-Tjoa], hiervan op de hoogte te stellen. Zij kunnen ieder een eigen verweerschrift indienen.

De hoorzitting staat gepland op woensdag 10 juni 2026 in {Gebouw Pieter Nieuwland} te Utrecht. De uitnodiging volgt.

Met vriendelijke groet,

[mr. F.E. Rijnders]
secretaris {LKC}
Behandelend secretaris, rechtstreeks: [030 280 9537] | [f.rijnders@onderwijsgeschillen.nl]
""", kind="docx", producer="LibreOffice 7.6", creator="Writer", author="Femke Rijnders-Bos"),

Doc("sk13_verslag_hoorzitting", """
# Verslag hoorzitting Landelijke Klachtencommissie Onderwijs
Zaaknummer {108.2026.0412} | datum 10 juni 2026, 13.30-16.05 uur | locatie {Gebouw Pieter Nieuwland}, Utrecht

## Samenstelling commissie
| Rol | Naam | Achtergrond |
| voorzitter | [mr. C.A. Zandbergen] | oud-rechter |
| lid | [drs. M. Öztürk] | orthopedagoog |
| lid | [L.P. Dijkhuizen] | voormalig schoolleider |
| secretaris | [mr. F.E. Rijnders] | {Stichting Onderwijsgeschillen} |

## Aanwezig
Klagers: de heer [Ruud Kuipers] en mevrouw [Mirjam Kuipers-El Amrani], bijgestaan door [mr. Lotte van Aalst-Ferreira] ({Rechtswinkel Deventer}).
Verweerders: de heer [Joost ter Haar], bijgestaan door [mr. K. Dogan-Vermeulen] ({AOb}); mevrouw [Annelies Brouwer-Tjoa]; namens het bevoegd gezag [drs. H.J. van 't Hul].
Getuige: mevrouw [Gerdien Mulder], intern begeleider.

## Verloop
De voorzitter opent de zitting en licht de werkwijze toe. De commissie beslist niet over de rechtspositie van de leerkracht; zij geeft een advies aan het bevoegd gezag (artikel 6 {klachtenregeling}).

Mevrouw [Kuipers-El Amrani] licht de klacht toe. Zij zegt dat [Noor] na de spreekbeurt drie weken niet naar school wilde. Zij noemt ook dat [Yara] en haar moeder, mevrouw [Visschers], het voorval bevestigen.

De heer [Ter Haar] herhaalt zijn verweerschrift. Op een vraag van [mevrouw Öztürk] antwoordt hij dat hij de opmerking over de pony als grap bedoelde. Hij erkent dat hij [Noor] en [Bram] op 19 januari ongeveer tien minuten zonder toezicht op de gang heeft laten zitten.

De heer [Dijkhuizen] vraagt de directeur waarom de ouders na 22 januari niets hoorden. Mevrouw [Brouwer-Tjoa] verklaart dat zij die weken ook invaller was in groep 3 en de terugkoppeling is vergeten. Zij biedt excuses aan.
---
Mevrouw [Mulder] verklaart dat de medische afspraak over [Daan] (groep 6) na een melding van zijn vader, de heer [Pieter Oldenkamp], in {ParnasSys} is gezet. Volgens haar was die afspraak eerder alleen mondeling aan de vorige leerkracht doorgegeven.

[mr. Van Aalst-Ferreira] stelt dat het bestuur de klacht te lang bij de directeur heeft gelaten, terwijl de klacht ook over haar ging. De heer [Van 't Hul] erkent dat het bestuur pas op 3 februari betrokken raakte en verwijst naar de brief van 20 februari 2026.

## Afsluiting
De voorzitter sluit de zitting om 16.05 uur. Het advies volgt binnen vier weken. Partijen ontvangen het advies tegelijkertijd met het bevoegd gezag. De commissie publiceert het advies geanonimiseerd op {onderwijsgeschillen.nl}.

Notulist: [Joyce Kamphuis-Brink] ([j.kamphuis@onderwijsgeschillen.nl]).

Vastgesteld door de voorzitter, [C.A. Zandbergen], en de secretaris, [F.E. Rijnders].
""", font="sans", producer="Microsoft Word for Microsoft 365", creator="Microsoft Word",
    outline=[("Hoorzitting 108.2026.0412", 0), ("Aantekeningen [Rijnders-Bos]", 0), ("Vragen voorzitter [CAZ]", 1)]),

Doc("sk14_advies_lkc", """
# Advies Landelijke Klachtencommissie Onderwijs
Zaaknummer {108.2026.0412} | 3 juli 2026

## 1. Partijen
Klagers: de ouders van een leerling van groep 6 van {OBS De Wilgenhof} te Deventer, hierna: klagers.
Verweerders: de leerkracht van groep 6 en de directeur van de school, hierna: de leerkracht en de directeur.
Bevoegd gezag: {Stichting Openbaar Onderwijs IJsselkring}.

## 2. De klacht
Klagers klagen erover dat (a) de leerkracht hun dochter op 12 januari 2026 voor de klas heeft uitgelachen; (b) de leerkracht leerlingen op 19 januari 2026 zonder toezicht op de gang heeft gezet; (c) een medische afspraak over een klasgenoot niet bekend was; (d) de directeur de klacht niet voortvarend heeft behandeld.

## 3. Overwegingen
De commissie stelt voorop dat zij moet beoordelen of de verweerders zich hebben gedragen zoals van hen redelijkerwijs mag worden verwacht. De commissie hecht waarde aan de verklaringen van de intern begeleider en aan het verslag van de mediation van [mevrouw Verbeek].

Ad a. Niet vastgesteld kan worden dat de leerkracht de leerling heeft uitgelachen. Wel had de leerkracht moeten beseffen dat een grap over een spreekbeurt een kind van negen jaar kan kwetsen. Ongegrond, met een aanbeveling.
Ad b. De leerkracht heeft erkend dat twee leerlingen zonder toezicht op de gang zaten. Dit is in strijd met het {veiligheidsplan} van de school. Gegrond.
---
Ad c. Het ontbreken van de afspraak in het leerlingvolgsysteem is de school aan te rekenen, niet de leerkracht persoonlijk. Gegrond ten aanzien van het bevoegd gezag.
Ad d. De directeur heeft de klagers na het gesprek van 22 januari 2026 niet teruggekoppeld. Dat had wel gemoeten. Gegrond.

## 4. Advies
De commissie adviseert het bevoegd gezag:
- de klacht op de onderdelen b, c en d gegrond te verklaren en onderdeel a ongegrond;
- het {veiligheidsplan} en de {protocollen medicijnverstrekking} te actualiseren;
- geen rechtspositionele maatregelen te treffen tegen de leerkracht.

Aldus gegeven door [mr. C.A. Zandbergen], voorzitter, [drs. M. Öztürk] en [L.P. Dijkhuizen], leden, in aanwezigheid van [mr. F.E. Rijnders], secretaris, en ondertekend door de voorzitter en de secretaris.

[C.A. Zandbergen]                [F.E. Rijnders]
""", font="serif", producer="iText 5.5.13.3 (c) iText Group NV", creator="LKC Zaaksysteem"),

Doc("sk15_besluit_bestuur", """
# Besluit naar aanleiding van het advies van de LKC
{Stichting Openbaar Onderwijs IJsselkring} - college van bestuur
Datum: 28 juli 2026 | Kenmerk: {SOOIJ/KL/2026-011}

Aan: de heer en mevrouw [Kuipers]
Afschrift: de heer [J. ter Haar]; mevrouw [A. Brouwer-Tjoa]; {Landelijke Klachtencommissie Onderwijs}; {medezeggenschapsraad} {OBS De Wilgenhof}

Het college van bestuur heeft kennisgenomen van het advies van de {LKC} van 3 juli 2026 in zaak {108.2026.0412} en besluit:
1. de klacht op de onderdelen b, c en d gegrond te verklaren;
2. klachtonderdeel a ongegrond te verklaren;
3. het {veiligheidsplan} van {OBS De Wilgenhof} voor 1 oktober 2026 aan te passen;
4. het {protocol medicijnverstrekking} bovenschools vast te stellen;
5. met de directeur een verbetertraject af te spreken over klachtafhandeling.

Het college betreurt het dat de klacht niet eerder naar tevredenheid is afgehandeld.

Wij melden dit besluit aan de {Inspectie van het Onderwijs}, zoals artikel 14 lid 6 {WPO} voorschrijft.

Namens het college van bestuur,
[H.J. van 't Hul]                [P. Oudshoorn]
voorzitter                        bestuurssecretaris

Contact: [Petra Oudshoorn], [p.oudshoorn@sooij.nl], [0570-745 310 toestel 12]
""", kind="docx", producer="Microsoft: Print To PDF", creator="Microsoft Word"),

Doc("sk16_whatsapp_klasapp", """
# WhatsApp-chat met Ouders groep 6 Wilgenhof
Klaagschrift {LKC} zaak {108.2026.0412} - {OBS De Wilgenhof}, Deventer
Geëxporteerd op 14-02-2026 - bijgevoegd bij klaagschrift als bijlage 4
@ [02-02-26, 21:14] [Mirjam]: Hebben jullie kids ook iets verteld over de spreekbeurt van [Noor]? Wij dienen een klacht in
@ [02-02-26, 21:20] [Jessie mama Yara]: Ja [Yara] zei dat de meester moest lachen en de hele klas ook 😔
@ [02-02-26, 21:22] [Pieter O.]: [Daan] mocht zijn puffer niet pakken, ik heb [Gerdien] gemaild
@ [02-02-26, 21:25] [Ruud]: Dank jullie. Mogen we jullie noemen als het naar de commissie gaat?
@ [02-02-26, 21:31] [Jessie mama Yara]: Liever niet met naam. Wel als getuige als het moet
@ [02-02-26, 21:40] [+31 6 4402 1187]: Jullie maken er wel een drama van hoor. [Meester Joost] is gewoon een toffe leraar
@ [02-02-26, 21:41] [Mirjam]: Wie is dit?
@ [02-02-26, 21:43] [+31 6 4402 1187]: [Wendy] moeder van [Luuk]
@ [03-02-26, 07:55] [Sanne vd Berg]: Zullen we dit niet in de groepsapp doen? Er zit ook de klassenouder in
@ [03-02-26, 08:02] [Ruud]: Klopt. [Sanne] sorry. Bellen kan op [06 4187 2295]
@ [03-02-26, 08:05] [Jessie mama Yara]: 👍
@ [03-02-26, 12:31] [Mohamed (MR)]: Ik neem het mee naar de MR, zonder namen
@ [03-02-26, 12:40] [Ellen H.]: Ik ook. [Mirjam] als je wil praten, mijn nummer is [06 2867 0035]
@ [03-02-26, 13:02] [Mirjam]: Dank je [Ellen] ❤️
""", font="sans", producer="Skia/PDF m119", creator="WhatsApp export via Chrome"),

Doc("sk17_teams_directeur_ib", """
# Microsoft Teams - chat
Deelnemers: [Annelies Brouwer-Tjoa], [Gerdien Mulder]
@ [Annelies Brouwer-Tjoa] 23-01-2026 12:04
@ Hoi [Gerdien], weet jij iets van een afspraak over de puffer van [Daan O.]? Zijn vader belde boos.
@ [Gerdien Mulder] 23-01-2026 12:11
@ Stond in de overdracht van [Marloes] (vorige lk) maar niet in ParnasSys. Ik zet het er vandaag in.
@ [Annelies Brouwer-Tjoa] 23-01-2026 12:13
@ Top. En [Noor K.]? Moeder zat gisteren bij me, ik moet [Joost] nog spreken
@ [Gerdien Mulder] 23-01-2026 12:20
@ Zal ik [Noor] aanmelden voor het zorgoverleg? Ze heeft volgens moeder [slaapproblemen|HEALTH]
@ [Annelies Brouwer-Tjoa] 23-01-2026 12:21
@ Ja graag, wel eerst toestemming ouders. Zet het niet in de groepsmap.
@ [Gerdien Mulder] 23-01-2026 12:30
@ Ok. Overleg staat op 29/1 met [Hester] van het {Sociaal Wijkteam Deventer}. Algemeen nr {14 0570}
@ [Annelies Brouwer-Tjoa] 23-01-2026 12:31
@ 👍 ik bel [Joost] vanavond, [06-20 77 31 58] als je me nodig hebt
""", font="sans", producer="Microsoft Teams", creator="Microsoft Edge PDF"),

Doc("sk18_scan_brief_moeder_yara", """
# Verklaring
Deventer, 30 januari 2026

Ik, [Jessica Visschers-Lamberts], moeder van
[Yara Visschers] (groep 6 OBS De Wilgenhof),
verklaar dat mijn dochter op 12 januari thuiskwam
en vertelde dat [meester Joost] [Noor] had uitgelachen
tijdens haar spreekbeurt.

[Yara] was hier erg van geschrokken. Ik mag deze
verklaring aan de ouders [Kuipers] geven.

[J. Visschers-Lamberts]
[Bergweg 33|ADDRESS], Deventer
telefoon [06 2290 4418]
""", kind="scan", font="serif", producer="Canon iR-ADV C5535 PDF", creator="Canon iR-ADV C5535"),

Doc("sk19_scan_presentielijst", """
# Presentielijst hoorzitting 108.2026.0412
Utrecht, 10 juni 2026

Naam                             Hoedanigheid
[C.A. Zandbergen]                  voorzitter
[M. Öztürk]                        lid
[L.P. Dijkhuizen]                  lid
[mr. F.E. Rijnders]                secretaris
[Ruud Kuipers]                     klager
[Mirjam Kuipers-El Amrani]         klager
[Lotte van Aalst-Ferreira]         gemachtigde
[Joost ter Haar]                   verweerder
[Karim Dogan-Vermeulen]            gemachtigde
[Annelies Brouwer-Tjoa]            verweerder
[Gerdien Mulder]                   getuige
""", kind="scan", producer="RICOH IM C3000 PDF", creator="RICOH IM C3000"),

Doc("sk20_mr_notulen", """
# Notulen medezeggenschapsraad OBS De Wilgenhof
Vergadering 16 september 2026, 19.30 uur, teamkamer {OBS De Wilgenhof}

| Naam | Geleding | Aanwezig |
| [Ellen Harbers] (voorzitter) | ouders | ja |
| [Mohamed Bouzid] | ouders | ja |
| [Sanne van den Berg] | ouders | afwezig m.k. |
| [Ilse Roodbergen] | personeel | ja |
| [Tim Wessels] | personeel | ja |
| [Annelies Brouwer-Tjoa] | directie (adviserend) | ja, agendapunt 3 |

1. Opening en mededelingen
[Ellen] opent. De notulen van 1 juli worden vastgesteld.

2. Besluit bestuur over klacht groep 6
De MR heeft het besluit van 28 juli ({SOOIJ/KL/2026-011}) ontvangen. De MR spreekt niet over de personen, alleen over de gevolgen voor het beleid. [Mohamed] vraagt of de {GMR} het {protocol medicijnverstrekking} krijgt. Antwoord: ja, in de GMR van oktober.

3. Veiligheidsplan
De directeur licht het aangepaste {veiligheidsplan} toe: geen leerlingen zonder toezicht op de gang; bij afwezigheid van de duo-collega vangt de {onderwijsassistent} op. [Tim] vraagt om extra formatie. De MR stemt in (instemmingsrecht op grond van de {Wet medezeggenschap op scholen}).

## Actielijst
| Nr | Actie | Wie | Wanneer |
| 26-14 | Protocol naar GMR | [AB] | 1 okt |
| 26-15 | Formatievraag onderwijsassistent | [EH] / [TW] | 15 okt |
| 26-16 | Nieuwsbrief ouders over veiligheidsplan | [IR] | 1 okt |
| 26-17 | Vervanging [Tim] tijdens zijn verlof: [Hatice Yıldız] | [AB] | 7 okt |

Notulist: [M. Bouzid]
""", font="sans", producer="Microsoft Word for Microsoft 365", creator="Microsoft Word", author="eharbers"),

Doc("sk21_mail_bestuur_inspectie", """
# Mailwisseling bestuur - Inspectie van het Onderwijs
@ Van: [Oudshoorn, Petra] <[p.oudshoorn@sooij.nl]>
@ Verzonden: woensdag 29 juli 2026 10:12
@ Aan: {meldpunt@owinsp.nl}
@ CC: [van 't Hul, Henk] <[h.vanthul@sooij.nl]>
@ Onderwerp: Melding besluit klacht (art. 14 lid 6 WPO) - BRIN {17XK}

Geachte heer, mevrouw,

Hierbij melden wij het besluit van 28 juli 2026 op het advies van de {LKC} in zaak {108.2026.0412} ({OBS De Wilgenhof}, BRIN {17XK}). Het besluit en het advies zijn bijgevoegd.

Met vriendelijke groet,
[Petra Oudshoorn] | bestuurssecretaris {SOOIJ} | [0570-745 310 toestel 12]

@ Van: [Eijgenraam, Bart] <[b.eijgenraam@owinsp.nl]>
@ Verzonden: maandag 10 augustus 2026 14:35
@ Aan: [Oudshoorn, Petra] <[p.oudshoorn@sooij.nl]>
@ CC: [Smits-Oyen, Wendela] <[w.smits-oyen@owinsp.nl]>
@ Onderwerp: RE: Melding besluit klacht (art. 14 lid 6 WPO) - BRIN 17XK

Geachte mevrouw [Oudshoorn],

Dank voor uw melding. Mede gelet op een signaal dat wij op 3 augustus van een ouder ontvingen ({signaalnummer} {SIG-2026-33912}), voert de inspectie een onderzoek naar aanleiding van signalen uit op {OBS De Wilgenhof}. Ik neem contact op met de heer [Van 't Hul] om het gesprek te plannen, bij voorkeur in week 37.

Met vriendelijke groet,
[Bart Eijgenraam]
inspecteur primair onderwijs, regio Oost
{Inspectie van het Onderwijs} | {Park Voorn 4}, Utrecht | M [06 5109 2273]
---
@ Van: [van 't Hul, Henk] <[h.vanthul@sooij.nl]>
@ Verzonden: dinsdag 11 augustus 2026 09:03
@ Aan: [Eijgenraam, Bart] <[b.eijgenraam@owinsp.nl]>
@ CC: [Oudshoorn, Petra]; [Brouwer-Tjoa, Annelies]; [Lievense, Roos] <[r.lievense@sooij.nl]>
@ Onderwerp: RE: Melding besluit klacht - planning onderzoek

Geachte heer [Eijgenraam],

Woensdag 9 september past ons. Wij stellen voor: 9.00 uur bestuur ([Van 't Hul], [Oudshoorn]), 10.30 uur directie en ib ([Brouwer-Tjoa], [Mulder]), 13.00 uur leraren ([Roodbergen], [Wessels], [De Graaff-Ouazzani], [Ruiterkamp]), 15.00 uur {medezeggenschapsraad}. De leerkracht van groep 6 is met verlof; hij is telefonisch bereikbaar via zijn gemachtigde.

Mag ik u vragen de naam van de ouder die het signaal gaf niet aan ons te noemen? Wij willen elke schijn van vooringenomenheid vermijden.

Met vriendelijke groet,
[H.J. van 't Hul]
[+31 (0)6 5322 1904]

@ Van: [Smits-Oyen, Wendela] <[w.smits-oyen@owinsp.nl]>
@ Verzonden: dinsdag 11 augustus 2026 11:40
@ Aan: [van 't Hul, Henk]
@ CC: [Eijgenraam, Bart]
@ Onderwerp: RE: planning onderzoek

Geachte heer [Van 't Hul], akkoord met de planning. Wij noemen melders nooit. Met vriendelijke groet, [Wendela Smits-Oyen], coördinerend inspecteur, [088 669 6204].
""", font="sans", producer="Microsoft Outlook", creator="Microsoft Outlook 16.0"),

Doc("sk22_onderzoeksverslag_inspectie", """
# Inspectie van het Onderwijs - Rapport onderzoek naar aanleiding van signalen
{OBS De Wilgenhof}, Deventer | Bestuur: {Stichting Openbaar Onderwijs IJsselkring} | BRIN {17XK}
Bestuursnummer {41820} | Datum vaststelling 2 oktober 2026 | Onderzoeksnummer {OZ-2026-288410}

## Samenvatting
De inspectie heeft op 9 september 2026 een onderzoek gedaan op {OBS De Wilgenhof} naar aanleiding van signalen over de sociale veiligheid en de klachtbehandeling. Wij hebben gesproken met het bestuur, de directeur, de intern begeleider, vier leraren en de {medezeggenschapsraad}. Wij concluderen dat de school de sociale veiligheid op orde heeft (standaard {VS1}), maar dat de klachtbehandeling op schoolniveau tekortschoot. Het bestuur heeft zelf maatregelen genomen.

## Wat hebben wij onderzocht?
Wij onderzochten de standaarden {VS1 Veiligheid} en {KA2 Evaluatie en verbetering} uit het {Onderzoekskader 2021}. Bronnen waren onder meer de {klachtenregeling}, het {veiligheidsplan}, het advies van de {LKC}, de monitor sociale veiligheid ({WMK-PO}) en gesprekken.

## Wat troffen wij aan?
De monitor sociale veiligheid 2025-2026 laat scores zien boven de landelijke signaleringswaarde. Leerlingen van groep 6 en 7 geven aan zich veilig te voelen. De school heeft een {anti-pestcoördinator} en een interne contactpersoon.
---
De klachtafhandeling liep in januari 2026 vertraging op omdat de directeur de klacht zelf behandelde terwijl die ook over haar ging. Het bestuur heeft dit erkend. Het {protocol medicijnverstrekking} ontbrak bovenschools; het is inmiddels vastgesteld.

## Vervolg
De inspectie ziet geen aanleiding voor verder toezicht. Het bestuur blijft onder het reguliere vierjaarlijkse onderzoek ({VO-bestuur 2027}).

Het onderzoek is uitgevoerd door [B. Eijgenraam] (inspecteur) en [dr. W.M. Smits-Oyen] (coördinerend inspecteur).
Contact: {loket@owinsp.nl} | {088 669 6060}
""", font="serif", producer="Acrobat Distiller 23.0 (Windows)", creator="Inspectie rapportgenerator 4.2",
    outline=[("Samenvatting", 0), ("Concept [BE] na feedback [Wendela]", 0), ("Vervolg", 1)]),
]
