"""Set LV documents lv01-lv11: request, acknowledgement, complaint, mails, chats, incidents, medical."""
from lib import Doc

DOCS = []

DOCS.append(Doc("lv01_woo_verzoek", producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
                title="Woo-verzoek leerlingenvervoer", font="dejavu", body="""
{P:Kübra Aydın-Verhoef}
{A:Zwaluwstraat 41}
{A:7322 KM Apeldoorn}
{E:kübra.verhoef@ziggo.nl}
Tel. {T:06-28449107}

Aan het college van burgemeester en wethouders van de [o:gemeente Apeldoorn]
t.a.v. de Woo-coördinator
Postbus 9033, 7300 ES Apeldoorn

Apeldoorn, 2 februari 2026

Betreft: verzoek om informatie op grond van de [w:Wet open overheid] over het [m:leerlingenvervoer] van mijn zoon

Geacht college,

Mijn zoon {P:Emre Aydın} (geboren {D:14 maart 2014}) wordt sinds augustus 2024 door [o:TaxiBus Veluwe B.V.] vervoerd naar [o:SO Het Anker] aan de [l:Sluisoordlaan]. Sinds oktober 2025 gaat er veel mis: de bus komt te laat, de vaste chauffeur wordt steeds vervangen en op 9 januari 2026 is mijn zoon zonder begeleiding bij de verkeerde school afgezet, de [n:Anne Frankschool]. Mijn klacht van 12 januari is nog steeds niet inhoudelijk beantwoord.

Op grond van artikel 4.1 van de [w:Wet open overheid] verzoek ik u om openbaarmaking van alle documenten over de periode 1 augustus 2025 tot en met 31 januari 2026 die gaan over:
1. het contract met [o:TaxiBus Veluwe B.V.] voor perceel 2 ([r:LLV-2024-P2]), inclusief boetes en kortingen;
2. incidentmeldingen over de chauffeur van route [r:AP-17] en de afhandeling daarvan;
3. het overleg tussen de afdeling [o:Onderwijs en Jeugd] en de vervoerder over route [r:AP-17];
4. de facturen van de vervoerder en eventuele onderaannemers voor deze route.

Gegevens over de gezondheid van mijn zoon ({H:epilepsie}, {H:autismespectrumstoornis}) staan in uw dossier; die hoeven natuurlijk niet openbaar, maar ik wil wel weten of ze met de vervoerder zijn gedeeld.

Ik ontvang de stukken graag digitaal. Voor vragen ben ik bereikbaar op {T:06-28449107} of via {E:kübra.verhoef@ziggo.nl}.

Mijn man, {P:Hakan Aydın}, kunt u ook bereiken via {T:+31 6 4120 7735}.

Met vriendelijke groet,

{P:K. Aydın-Verhoef}
"""))

DOCS.append(Doc("lv02_ontvangstbevestiging", via="docx", title="Ontvangstbevestiging Woo-verzoek WOO-2026-0347",
                creator="Writer", producer="LibreOffice 7.6", body="""
[o:Gemeente Apeldoorn]
[l:Marktplein 1] | Postbus 9033 | 7300 ES Apeldoorn | telefoon [t:14 055] | [e:woo@apeldoorn.nl]

{P:Mevrouw K. Aydın-Verhoef}
{A:Zwaluwstraat 41}
{A:7322 KM Apeldoorn}

Datum: 6 februari 2026
Ons kenmerk: [r:WOO-2026-0347] / [r:Z/26/118402]
Behandeld door: {P:mr. M.J. ter Haar-Bosman}
Telefoon: {T:055 580 1247}
E-mail: {E:m.terhaar@apeldoorn.nl}
Onderwerp: ontvangstbevestiging verzoek op grond van de [w:Wet open overheid]

Geachte {P:mevrouw Aydın-Verhoef},

Op 2 februari 2026 hebben wij uw verzoek ontvangen om openbaarmaking van documenten over het [m:leerlingenvervoer] door [o:TaxiBus Veluwe B.V.] (perceel 2, route [r:AP-17]). Uw verzoek is geregistreerd onder nummer [r:WOO-2026-0347].

Op grond van artikel 4.4 van de [w:Wet open overheid] beslissen wij binnen vier weken na ontvangst. Deze termijn kunnen wij met twee weken verdagen. Omdat documenten van de vervoerder afkomstig zijn, stellen wij [o:TaxiBus Veluwe B.V.] in de gelegenheid een zienswijze te geven (artikel 4.9 Woo).

Uw klacht van 12 januari 2026 behandelt de afdeling [o:Onderwijs en Jeugd] apart, volgens hoofdstuk 9 van de [w:Algemene wet bestuursrecht].

Heeft u vragen, belt u dan met {P:mevrouw Ter Haar}, bereikbaar op maandag tot en met donderdag via {T:055 580 1247}, of mail naar [e:woo@apeldoorn.nl].

Met vriendelijke groet,
namens het college van burgemeester en wethouders van Apeldoorn,

{P:M.J. ter Haar-Bosman}
[j:Woo-coördinator]
"""))

DOCS.append(Doc("lv03_klacht_ouder", font="dejavu", producer="Microsoft Outlook 16.0", creator="Microsoft® Outlook® voor Microsoft 365",
                title="RE: Klacht vervoer Emre", body="""
**Van:** {P:Dorus Wensink} <{E:d.wensink@apeldoorn.nl}>
**Verzonden:** dinsdag 13 januari 2026 16:42
**Aan:** {P:Aydın-Verhoef, Kübra} <{E:kübra.verhoef@ziggo.nl}>
**CC:** {P:Hoff, Anouk van 't} <{E:a.vanthoff@apeldoorn.nl}>; [e:leerlingenvervoer@apeldoorn.nl]
**Onderwerp:** RE: Klacht vervoer Emre - route AP-17

Beste {P:mevrouw Aydın},

Dank voor uw mail. Ik begrijp dat dit voor u en {P:Emre} erg vervelend is. Ik heb de vervoerder om een verklaring gevraagd en heb uw klacht geregistreerd onder [r:KL-2026-0031]. U hoort uiterlijk 27 januari van ons.

Met vriendelijke groet,
{P:Dorus Wensink}
[j:consulent leerlingenvervoer] | team [o:Onderwijs en Jeugd]
[o:Gemeente Apeldoorn] | {T:+31 (0)6 2384 1176}
Bereikbaar ma, di en do

**Van:** {P:Kübra Aydın-Verhoef} <{E:kübra.verhoef@ziggo.nl}>
**Verzonden:** maandag 12 januari 2026 22:07
**Aan:** [e:leerlingenvervoer@apeldoorn.nl]
**Onderwerp:** Klacht vervoer Emre - route AP-17

Goedenavond,

Hierbij dien ik een klacht in over het vervoer van mijn zoon {P:Emre Aydın} ({D:14-03-2014}) naar [o:SO Het Anker]. Op vrijdag 9 januari is hij door de invalchauffeur bij de [n:Anne Frankschool] aan de [l:Het Rietveld] afgezet in plaats van bij zijn eigen school. Niemand heeft hem daar opgevangen. Een moeder, {P:Sandra Kleinjan}, zag hem huilend bij het hek staan en belde mij. Emre heeft {H:epilepsie} en mag niet alleen zijn; dat staat ook op zijn pasje en in de aanvraag.

De vaste chauffeur, {P:Rob}, is heel goed met hem, maar is sinds november bijna nooit meer op de route. Daarnaast heeft de bus volgens de app bijna elke ochtend 20 minuten vertraging. Ik heb dit al drie keer bij de planning van [o:TaxiBus Veluwe] gemeld ({P:Natasja} aan de telefoon), zonder resultaat.

Ik wil graag weten:
- waarom er geen overdracht was bij de school;
- welke afspraken de gemeente met de vervoerder heeft over vaste chauffeurs;
- of de vervoerder weet dat mijn zoon medicatie ({H:Depakine}) bij zich heeft.

Ik ben overdag bereikbaar op {T:0031 6 2844 9107}.

Met vriendelijke groet,
{P:Kübra Aydın-Verhoef}
{A:Zwaluwstraat 41}, Apeldoorn
"""))

DOCS.append(Doc("lv04_mail_contractbeheer", producer="Microsoft Outlook 16.0", creator="Microsoft® Outlook® voor Microsoft 365",
                title="Contractoverleg perceel 2", body="""
**Van:** {P:Hoff, Anouk van 't} <{E:a.vanthoff@apeldoorn.nl}>
**Verzonden:** woensdag 14 januari 2026 14:20
**Aan:** {P:Vosselman, Gerrit-Jan} <{E:gj.vosselman@taxibusveluwe.nl}>
**CC:** {P:Oudenampsen, Jaap} <{E:j.oudenampsen@apeldoorn.nl}>
**Onderwerp:** RE: Incident route AP-17 en prestaties perceel 2

{P:Gerrit-Jan},

Donderdag 22 januari om 10.00 uur is akkoord, vergaderzaal [n:Koningin Wilhelmina] (begane grond). Ik wijs je erop dat de inzet van een onderaannemer volgens artikel 9.2 van de [r:LLV-2024-P2] vooraf schriftelijk door ons moet worden goedgekeurd. Voor [o:Taxibedrijf] {P:Koçak} hebben wij geen aanvraag ontvangen. Graag ook de [m:VOG] en de [m:chauffeurskaart] van de invaller meesturen.

Ook wil ik weten of het medisch protocol van de leerling (zie [r:GGD-MA-24-0917]) bij de invaller bekend was. Ik verwacht dat de informatie uit het leerlingdossier alleen met de vaste chauffeur is gedeeld, maar daar wil ik zeker van zijn voordat ik de ouder antwoord geef.

Groet,
{P:Anouk}

**Van:** {P:Vosselman, Gerrit-Jan} <{E:gj.vosselman@taxibusveluwe.nl}>
**Verzonden:** woensdag 14 januari 2026 13:55
**Aan:** {P:Hoff, Anouk van 't} <{E:a.vanthoff@apeldoorn.nl}>
**CC:** {P:Lindeboom, Natasja} <{E:n.lindeboom@taxibusveluwe.nl}>
**Onderwerp:** RE: Incident route AP-17 en prestaties perceel 2

Hallo {P:Anouk},

Excuses voor de late melding. De invaller op 9 januari was een onderaannemer, Taxibedrijf {P:Koçak}, die de route niet kende. Onze vaste chauffeur {P:R. Hoekstra} is sinds november deels ziek. {P:Natasja Lindeboom} (planning) stuurt je morgen de rapporten.

Donderdag 22 januari om 10.00 uur kunnen wij bij jullie op het [n:stadhuis] zijn.

Groet,
{P:Gerrit-Jan Vosselman}
[j:Directeur] [o:TaxiBus Veluwe B.V.]
[l:Ravenweg 14], Apeldoorn | {T:055-5334120} (direct) | [e:info@taxibusveluwe.nl]

**Van:** {P:Hoff, Anouk van 't} <{E:a.vanthoff@apeldoorn.nl}>
**Verzonden:** woensdag 14 januari 2026 09:18
**Aan:** {P:Vosselman, Gerrit-Jan} <{E:gj.vosselman@taxibusveluwe.nl}>
**CC:** {P:Wensink, Dorus} <{E:d.wensink@apeldoorn.nl}>; {P:Oudenampsen, Jaap} <{E:j.oudenampsen@apeldoorn.nl}>; [e:planning@taxibusveluwe.nl]
**Onderwerp:** Incident route AP-17 en prestaties perceel 2

Beste {P:Gerrit-Jan},

Naar aanleiding van het incident van vrijdag 9 januari op route [r:AP-17] (leerling afgezet bij de verkeerde school, geen overdracht) wil ik op korte termijn een extra contractoverleg. Volgens de overeenkomst [r:LLV-2024-P2] (artikel 14.3 van het [m:Programma van Eisen]) meldt u een dergelijk incident binnen 24 uur; wij hebben de melding pas op 12 januari van de ouder ontvangen.

Daarnaast zie ik in de rapportage over het vierde kwartaal een stiptheid van 81 procent op perceel 2, terwijl het contract 95 procent vraagt. Ik verzoek u vóór 21 januari:
- het incidentrapport van de chauffeur en de invaller;
- een overzicht van de inzet van vaste chauffeurs per route;
- een verbeterplan voor de ochtendritten in [l:Apeldoorn-Zuid] en [l:Ugchelen].

Ik heb {P:Jaap} (teamleider) in de cc gezet, omdat een boete op grond van artikel 22 van de overeenkomst niet is uitgesloten.

Met vriendelijke groet,

{P:Anouk van 't Hoff}
[j:Contractmanager leerlingenvervoer]
[o:Gemeente Apeldoorn], [o:Onderwijs en Jeugd]
M {T:06-41287593}
Algemeen: [t:14 055]
"""))

DOCS.append(Doc("lv05_teams_planners", font="dejavu", producer="Microsoft: Print To PDF", creator="Microsoft Teams",
                title="Chat Team Leerlingenvervoer", body="""
# Chatexport Microsoft Teams - kanaal Team Leerlingenvervoer
> Geëxporteerd op 3 maart 2026 ten behoeve van [r:WOO-2026-0347]

| *Tijd* | *Afzender* | *Bericht* |
| 09-01-2026 08:47 | {P:Mieke Brinkhuis} | Net ouder van AP-17 aan de lijn, kind staat bij de verkeerde school?! |
| 09-01-2026 08:49 | {P:Dorus Wensink} | Welke school? Ik bel [o:TaxiBus] planning |
| 09-01-2026 08:50 | {P:Mieke Brinkhuis} | [n:Anne Frankschool]. Moeder zegt dat er een vreemde chauffeur reed |
| 09-01-2026 08:58 | {P:Dorus Wensink} | {P:Natasja} zegt dat {P:Koçak} invalt, {P:Rob} is ziek. Ze sturen iemand |
| 09-01-2026 09:03 | {P:Esra Doğan} | Moet dit niet als incident naar {P:Anouk}? Staat in PvE 14.3 |
| 09-01-2026 09:04 | {P:Mieke Brinkhuis} | ja doe ik. {N:Door}, bel jij moeder terug? {P:Emre} heeft epi, ze is in paniek |
| 09-01-2026 09:05 | {P:Dorus Wensink} | 👍 bel nu |
| 09-01-2026 09:31 | {P:Dorus Wensink} | Kind is om 9:20 op [o:Het Anker] afgeleverd, juf {P:Marjolein} heeft hem opgevangen |
| 09-01-2026 09:33 | {P:Esra Doğan} | Fijn. Dit is al de 4e keer op perceel 2 deze maand trouwens |
| 12-01-2026 08:15 | {P:Anouk van 't Hoff} | {P:Miek}, {P:Dorus}: ik wil alle meldingen van AP-17 in [p:Zaaksysteem Djuma] hebben vóór het overleg |
| 12-01-2026 08:20 | {P:Mieke Brinkhuis} | komt goed. Chauffeur {P:Hoekstra} heeft ook een eerdere melding, van 3 december |
| 12-01-2026 08:22 | {P:Anouk van 't Hoff} | Dat is die van de rolstoelgordel? Zet die er ook bij |
| 12-01-2026 08:40 | {P:Jaap Oudenampsen} | Ik wil voor het overleg ook weten hoe vaak [o:TaxiBus] onderaannemers inzet. {P:Esra} kun jij dat uit de facturen halen? |
| 12-01-2026 08:41 | {P:Esra Doğan} | Ja, staat in de bijlagen bij [r:F2026-0211]. Vraag {P:Karin} (debiteuren vervoerder) om de rest |
| 12-01-2026 09:15 | {P:Dorus Wensink} | Moeder belde weer, ze overweegt een Woo-verzoek. Ik heb {P:Marloes} (Woo) ingelicht |

> Deelnemers: {P:Mieke Brinkhuis}, {P:Dorus Wensink}, {P:Esra Doğan}, {P:Anouk van 't Hoff} (alle [o:gemeente Apeldoorn])
"""))

DOCS.append(Doc("lv06_whatsapp_vervoerder", font="dejavu", producer="iText® 7.2.5 ©2000-2023 iText Group NV", creator="WhatsChat Export",
                title="WhatsApp Planning TBV", body="""
# WhatsApp-chat "Planning TBV ochtend"
> Aangeleverd door [o:TaxiBus Veluwe B.V.] op verzoek van de [o:gemeente Apeldoorn], 19 januari 2026

[09-01-26 06:12] {P:Natasja Lindeboom}: {P:Rob} heeft zich ziek gemeld 🤒 wie pakt AP-17?
[09-01-26 06:15] {P:Henk-Willem}: ik zit vol met AP-09 en AP-11
[09-01-26 06:21] {P:Natasja Lindeboom}: {P:Mehmet} kun jij AP-17? 7 leerlingen, 1 rolstoel
[09-01-26 06:24] {P:Mehmet Koçak}: ok, stuur de lijst. welke scholen?
[09-01-26 06:25] {P:Natasja Lindeboom}: <bijlage: ritlijst_AP17.pdf> [o:Het Anker], [o:De Sprengen] en [o:Mytylschool De Bolster]
[09-01-26 08:41] {P:Mehmet Koçak}: jongen wilde niet uitstappen bij Anker, zei dat hij naar de andere school moest. heb hem bij de andere afgezet
[09-01-26 08:44] {P:Natasja Lindeboom}: WAT?? welke jongen
[09-01-26 08:45] {P:Mehmet Koçak}: {P:Emre} geloof ik
[09-01-26 08:46] {P:Natasja Lindeboom}: ga direct terug!! bel me {T:06 5173 2208}
[09-01-26 09:12] {P:Gerrit-Jan Vosselman}: {P:Nat} even bellen na de spits. Dit moet in het incidentregister
[09-01-26 09:14] {P:Natasja Lindeboom}: doe ik {P:GJ}
[12-01-26 07:02] {P:Rob Hoekstra}: ben er weer, doe AP-17 vanaf woensdag. rug nog niet top
[12-01-26 07:05] {P:Natasja Lindeboom}: top {P:Robbie}, beterschap 💪
[12-01-26 07:09] {P:Henk-Willem}: {P:Rob} ik neem woensdag de rolstoel van {P:Jayden} wel over, jij mag niet tillen
[12-01-26 07:11] {P:Rob Hoekstra}: thx {P:HW}. bel {P:Jolanda} even voor de sleutel van de 23, {T:06-30 12 98 77}
[12-01-26 07:30] {P:Gerrit-Jan Vosselman}: mensen, gemeente komt 22/1 op gesprek. Niks meer over leerlingen in deze app zetten aub, alleen via [p:RitRegie]
"""))

DOCS.append(Doc("lv07_incidentrapport", producer="Aspose.PDF for .NET 23.4", creator="Aspose.Words",
                title="Incidentrapport TBV-INC-2025-118", body="""
# Incidentrapport [o:TaxiBus Veluwe B.V.]
Registratienummer: [r:TBV-INC-2025-118]    Perceel: 2 ([r:LLV-2024-P2])    Route: [r:AP-17]

| *Veld* | *Gegevens* |
| Datum en tijd incident | 3 december 2025, ca. 15.25 uur |
| Locatie | parkeerterrein [o:SO Het Anker], [l:Sluisoordlaan], Apeldoorn |
| Chauffeur | {P:Robert Hoekstra} (personeelsnummer {X:40817}) |
| Chauffeurskaart | {X:NL-CK-5528190} |
| Voertuig | [p:Mercedes Sprinter] met rolstoellift, busnummer [r:TBV-23] |
| Betrokken leerling | {P:Jayden Wijnbergen} ({D:02-07-2015}), rolstoelgebruiker |
| Melder | {P:Marjolein Tuinman}, leerkracht [o:SO Het Anker] |

## Omschrijving
Bij het instappen is de rolstoel van de leerling vastgezet met twee in plaats van vier bevestigingspunten. De leerkracht zag dit en sprak de chauffeur erop aan. Volgens de melder reageerde de chauffeur geïrriteerd ("ik doe dit al twaalf jaar"). De chauffeur heeft de bevestiging daarna alsnog correct aangebracht. Er is geen letsel.

## Verklaring chauffeur
{P:Hoekstra} verklaart dat hij haast had omdat de rit al 15 minuten vertraging had door de afsluiting van de [l:Laan van Westenenk]. Hij erkent dat hij de vierpuntsbevestiging had moeten gebruiken.

## Maatregel
Gesprek met leidinggevende op 5 december; herhaling van de training [p:Veilig rolstoelvervoer] (Kiwa-erkend) ingepland. Vader, {P:P. Wijnbergen}, is telefonisch geïnformeerd ({T:06-19 33 82 40}).

Opgesteld door: {P:N. Lindeboom}, planning    Paraaf: {C:NLi}    Datum: 4 december 2025
"""))

DOCS.append(Doc("lv08_melding_school_scan", via="scan", producer="Canon iR-ADV C5535 PDF", creator="Canon iR-ADV C5535",
                rotate=0.7, title="", body="""
# SO Het Anker - Melding aan leerlingenvervoer
Datum: 9 januari 2026
Melder: {P:Marjolein Tuinman}, leerkracht groep Zon
Leerling: {P:Emre Aydin}, geboren {D:14-03-2014}
Route AP-17, vervoerder TaxiBus Veluwe
Om 9.20 uur werd de leerling door een andere chauffeur
gebracht. Hij kwam van de Anne Frankschool. Hij was
erg overstuur en had een aanval gehad in de bus.
Moeder ({P:mevrouw Aydin-Verhoef}) was al gebeld.
Contactpersoon school: {P:Ruud Bekhuis}, {T:055-3019822}
~ Gezien, intern begeleider {P:Hanneke Zwiers}
~ Paraaf: {C:HZ}
---
# Vervolg melding 9 januari 2026 - blad 2
Telefoonnotitie 9.35 uur, gesprek met moeder
Moeder geeft aan dat Emre na een aanval moet rusten.
Noodmedicatie zat in de tas; niet toegediend.
Vader {P:Hakan Aydin} haalt hem om 12.00 uur op.
Opa ({P:Osman Aydin}) is tweede contact: {T:06-21 90 44 18}
~ Genoteerd door {P:M. Tuinman}
~ Doorgestuurd aan leerlingenvervoer, {P:D. Wensink}
"""))

DOCS.append(Doc("lv09_gespreksverslag_chauffeur", via="docx", title="Gespreksverslag chauffeur route AP-17",
                author="{P:Lindeboom, N.}", producer="LibreOffice 7.6", creator="Writer", body="""
# Gespreksverslag
Onderwerp: functioneren chauffeur route [r:AP-17] naar aanleiding van [r:TBV-INC-2025-118] en het incident van 9 januari 2026
Datum gesprek: 16 januari 2026, kantoor [o:TaxiBus Veluwe B.V.], [l:Ravenweg 14]
Aanwezig: {P:Gerrit-Jan Vosselman} (directeur), {P:Robert Hoekstra} (chauffeur, personeelsnummer {X:40817}), {P:Yvonne Mulder-de Graaf} (P&O)

## 1. Verzuim
{P:Robert} is sinds 24 november 2025 gedeeltelijk arbeidsongeschikt wegens {H:hernia (L4-L5)}. De bedrijfsarts ({P:dr. C. van der Wal}, [o:ArboNed]) adviseert maximaal vier uur per dag te rijden, geen tillen boven 15 kilo.

## 2. Incident 3 december 2025
De heer {P:Hoekstra} erkent dat hij de rolstoel onvoldoende heeft vastgezet. Hij volgt op 4 februari 2026 de herhalingstraining. Afgesproken is dat hij tot die tijd geen rolstoelleerlingen vervoert.

## 3. Incident 9 januari 2026
De heer {P:Hoekstra} was niet betrokken; de route werd gereden door onderaannemer Taxibedrijf {P:Koçak}. Wel is afgesproken dat hij een overdrachtskaart per leerling bijhoudt, zodat invallers weten welke school bij welke leerling hoort.

## 4. Afspraken
- {P:Robert} rijdt vanaf 19 januari alleen AP-17 in de ochtend (vaste chauffeur);
- [j:P&O] plant een gesprek met de bedrijfsarts op 2 februari;
- de [m:VOG] en de chauffeurskaart zijn gecontroleerd en geldig tot respectievelijk 2028 en 2027.

Akkoord medewerker: {C:R.H.}        Akkoord directie: {C:G.J.V.}
"""))

DOCS.append(Doc("lv10_medische_verklaring", font="dejavu", producer="PDFpen 13.2", creator="PDFpen",
                title="Medische verklaring leerlingenvervoer", body="""
# [o:GGD Noord- en Oost-Gelderland]
[j:Jeugdgezondheidszorg] - medisch advies [m:leerlingenvervoer]
Apeldoorn, [d:28 augustus 2024]

Aan: [o:gemeente Apeldoorn], team [o:Onderwijs en Jeugd]
Betreft: medisch advies vervoer ([r:GGD-MA-24-0917])

Naam leerling: {P:Emre Aydın}
Geboortedatum: {D:14 maart 2014}
BSN: {B:203948571}
Adres: {A:Zwaluwstraat 41}, {A:7322 KM Apeldoorn}
School: [o:SO Het Anker], cluster 4

Op verzoek van de gemeente heb ik de leerling en zijn moeder gesproken en het dossier van de behandelend neuroloog ingezien ({P:dr. S. Ouali}, [o:Gelre ziekenhuizen]).

Bevindingen: bij de leerling is {H:gegeneraliseerde epilepsie} vastgesteld; hij gebruikt dagelijks {H:valproïnezuur (Depakine)}. Daarnaast is sprake van een {H:autismespectrumstoornis} met sterke prikkelgevoeligheid. Aanvallen treden ongeveer één keer per maand op, soms uitgelokt door stress.

Advies:
1. Aangepast vervoer (taxibus) is noodzakelijk; zelfstandig reizen met het openbaar vervoer is niet verantwoord.
2. Een vaste chauffeur en een vaste zitplaats voorin zijn sterk aangewezen.
3. De chauffeur moet het noodprotocol kennen (bij een aanval langer dan vijf minuten: [t:112] bellen, noodmedicatie {H:midazolam neusspray} geven door een bevoegde begeleider).
4. De leerling mag niet zonder overdracht aan een volwassene worden afgezet.

Deze verklaring valt onder het medisch beroepsgeheim; deel alleen wat de vervoerder voor de uitvoering nodig heeft.

{P:dr. F.A. Rozendaal}, [j:jeugdarts KNMG]
BIG {X:79054118101}
Telefoon (secretariaat JGZ): [t:088 443 3000]
"""))

DOCS.append(Doc("lv11_orthopedagoog", font="dejavu", producer="Nitro Pro 13.70", creator="Nitro Pro",
                title="Verklaring orthopedagoog", body="""
# [o:Stichting Accare Oost] - Orthopedagogische verklaring

Datum: 4 september 2025
Betreft: {P:Emre Aydın}, {D:14-03-2014}
Kenmerk: [r:ACO-2025-3381]

Aan wie het aangaat ([m:leerlingenvervoer], [o:gemeente Apeldoorn]),

{P:Emre} is sinds 2022 bij ons in behandeling in verband met {H:ASS} en {H:een angststoornis}. Overgangsmomenten, onbekende volwassenen en een andere route zijn voor hem zeer belastend. In de afgelopen maanden zag ik dat wisselingen van chauffeur bij hem leiden tot {H:paniekaanvallen} in de ochtend; zijn moeder meldt dat hij dan soms weigert in te stappen.

Ik adviseer:
- zoveel mogelijk dezelfde chauffeur ({P:de heer Hoekstra} is bekend en vertrouwd);
- bij een wissel de ouder uiterlijk de avond ervoor te informeren;
- een pictogrammenkaart met de naam en het adres van de school in de bus.

Mocht u vragen hebben, dan ben ik bereikbaar via {E:ilse.makela@accare-oost.nl} of {T:0570 - 63 91 28}.

Met vriendelijke groet,

{P:Ilse Mäkelä} MSc
[j:GZ-psycholoog / orthopedagoog generalist]
[o:Stichting Accare Oost], locatie [l:Deventer]
"""))
