"""Set SP, documents sp01-sp17."""
from lib import Doc

W365 = "Microsoft® Word for Microsoft 365"
OUTLOOK = "Microsoft Outlook"
LO = "LibreOffice 24.2"

DOCS = []

# ------------------------------------------------------------------------------------------ sp01
DOCS.append(Doc("sp01_woo_verzoek", producer="Microsoft: Print To PDF", creator=OUTLOOK, font="Helvetica",
                title="Woo-verzoek sportsubsidies en Sporthal De Slotboom", text="""\
Van: [[Lotte Faber]] <[[lotte.faber@kpnmail.nl]]>
Verzonden: maandag 2 november 2026 21:14
Aan: {{woo@oosterhout.nl}}
Onderwerp: Verzoek op grond van de Wet open overheid - sportsubsidies en {{Sporthal De Slotboom}}

Geacht college van burgemeester en wethouders van de {{gemeente Oosterhout}},

Op grond van de {{Wet open overheid}} (Woo) verzoek ik u om openbaarmaking van alle documenten die betrekking
hebben op:
1. de subsidieaanvragen van {{korfbalvereniging KV Oosterwind}} en {{volleybalvereniging VC Stormvogels}} over de
jaren 2025 en 2026 op grond van de {{Subsidieregeling Sportstimulering Oosterhout 2024}};
2. het geschil tussen {{KV Oosterwind}} en de {{Stichting Beheer Sporthal De Slotboom}} over de zaaluren, de
huurachterstand en de opzegging van de gebruiksovereenkomst;
3. de beantwoording van de schriftelijke vragen van {{raadslid Demirel}} ({{Oosterhouts Belang}}) over dit geschil;
4. de rol van {{wethouder Brouwers-Kamp}} (sport) in het bestuurlijk overleg van september 2026.

Het gaat mij om de periode 1 januari 2025 tot en met de datum van dit verzoek, met inbegrip van e-mails,
chatberichten, notities en facturen die bij de subsidieverantwoording zijn gevoegd.

Ik verzoek u mij de documenten digitaal te verstrekken. Voor vragen ben ik bereikbaar op [[06-28 41 73 09]].

Met vriendelijke groet,

[[Lotte Faber]]
[[Pastoor van Breugelstraat 21]]
[[4902 KM]] Oosterhout
"""))

# ------------------------------------------------------------------------------------------ sp02
DOCS.append(Doc("sp02_ontvangstbevestiging", kind="docx", producer=LO, creator="Writer",
                title="Ontvangstbevestiging Woo-verzoek WOO-2026-0341", text="""\
# Ontvangstbevestiging Woo-verzoek
{{Gemeente Oosterhout}} | Postbus 10150 | 4900 GB Oosterhout | telefoon {{14 0162}}
Aan: mevrouw [[L. Faber]]
[[Pastoor van Breugelstraat 21]]
[[4902 KM]] Oosterhout
Datum: 5 november 2026
Ons kenmerk: {{WOO-2026-0341}}
Behandeld door: [[Pieter-Jan van 't Hek]], juridisch adviseur
Telefoon: [[0162 - 48 93 17]]
Onderwerp: ontvangst van uw verzoek om informatie
Geachte mevrouw [[Faber]],
Op 2 november 2026 hebben wij uw verzoek ontvangen om openbaarmaking van documenten over de sportsubsidies aan {{KV Oosterwind}} en {{VC Stormvogels}} en over {{Sporthal De Slotboom}}. Wij behandelen uw verzoek op grond van de {{Wet open overheid}}.
Wij beslissen binnen vier weken na ontvangst. Deze termijn kan met twee weken worden verdaagd (artikel 4.4 Woo). Omdat in de documenten ook derden voorkomen, zoals de {{Stichting Beheer Sporthal De Slotboom}} en een zelfstandig trainer, kunnen wij hen in de gelegenheid stellen een zienswijze te geven.
Hebt u vragen, neem dan contact op met de behandelaar, bij voorkeur per e-mail via {{woo@oosterhout.nl}} onder vermelding van het kenmerk {{WOO-2026-0341}}.
Met vriendelijke groet,
namens het college van burgemeester en wethouders van {{Oosterhout}},
[[P.J. van 't Hek]]
juridisch adviseur {{team Juridische Zaken}}
"""))

# ------------------------------------------------------------------------------------------ sp03 (AcroForm)
DOCS.append(Doc("sp03_subsidieaanvraag_formulier", producer="iText® 7.2.5 ©2000-2023 iText Group NV", creator="e-Formulieren Oosterhout",
                title="Aanvraagformulier subsidie sportstimulering", text="""\
# Aanvraag subsidie Sportstimulering 2026
{{Gemeente Oosterhout}} - {{team Maatschappelijke Ontwikkeling}} - formulier {{SUB-SPORT-03}}
Dit formulier is bestemd voor sportverenigingen die een bijdrage vragen op grond van de {{Subsidieregeling Sportstimulering Oosterhout 2024}}. Aanvragen worden behandeld volgens de {{Algemene subsidieverordening Oosterhout 2024}} en de {{Algemene wet bestuursrecht}}.
Onderdeel A - vereniging: {{korfbalvereniging KV Oosterwind}}, {{Anton Geesinklaan 4}}, KvK {{40281734}}.
Onderdeel B - activiteit: extra trainingsuren jeugd (U12 tot en met U19) in {{Sporthal De Slotboom}} en inhuur van een gediplomeerd trainer (niveau {{KNKV}} Trainer-Coach 3).
Gevraagd bedrag: EUR 8.450,00. Dekking: {{Lokaal Sportakkoord Oosterhout}} en de {{SPUK}}-middelen sport.
Onderdeel C - contactpersoon en ondertekening (door de aanvrager ingevuld):
""", fields=[
    ("Naam contactpersoon", "contact_naam", "Annelies de Jong-Verhoef"),
    ("Functie in het bestuur", "contact_functie", "secretaris (vrijwilliger)", False),
    ("Telefoon", "contact_tel", "06 19 84 52 70"),
    ("E-mail", "contact_mail", "annelies.dejongverhoef@ziggo.nl"),
    ("Rekeningnummer vereniging", "iban", "NL03RABO0312456789", False),
    ("Telefoon voorzitter", "tel_vz", "0031 6 5511 2093"),
    ("Ondertekend door (voorzitter)", "voorzitter", "R.J.M. Hendrikx"),
    ("Geboortedatum voorzitter (VOG)", "gebdat", "14-03-1971"),
], kinds={}))

# ------------------------------------------------------------------------------------------ sp04
DOCS.append(Doc("sp04_subsidiebeschikking", kind="ttf", font="serif", producer="Aspose.PDF for .NET 23.5",
                creator="Corsa 9.2", author="Kartodikromo, Dewi", title="Beschikking subsidie Sportstimulering", text="""\
# Beschikking subsidieverlening
Aan het bestuur van {{korfbalvereniging KV Oosterwind}}
t.a.v. de secretaris, mevrouw [[A. de Jong-Verhoef]]
[[Bredaseweg 118]]
[[4904 NC]] Oosterhout
Datum: 12 maart 2026 | Zaaknummer: {{Z-2026-00877}} | Uw aanvraag van 9 februari 2026
Behandeld door: [[D. Kartodikromo]], telefoon [[(0162) 48 95 60]], e-mail [[d.kartodikromo@oosterhout.nl]]

Geacht bestuur,

U vroeg subsidie aan voor extra trainingsuren voor de jeugd en de inhuur van een trainer. Op grond van artikel 4
van de {{Subsidieregeling Sportstimulering Oosterhout 2024}} verlenen wij u een subsidie van ten hoogste
EUR 7.200,00. De aangevraagde vergoeding voor de zaalhuur boven de 6 uur per week wijzen wij af, omdat de
zaalhuur al via de exploitatiebijdrage aan de {{Stichting Beheer Sporthal De Slotboom}} wordt gedekt.

Wij betalen een voorschot van 80% uit op het rekeningnummer van de vereniging. Uiterlijk 1 april 2027 legt u
verantwoording af met een activiteitenverslag en de facturen van de trainer. Facturen van een zzp-trainer
zonder KvK-nummer of btw-vermelding accepteren wij niet.

Tegen dit besluit kunt u binnen zes weken bezwaar maken bij het college, {{Postbus 10150}}, {{4900 GB Oosterhout}}.

Hoogachtend,
burgemeester en wethouders van {{Oosterhout}},
namens dezen,

[[Marco ter Horst]]
teamleider {{Maatschappelijke Ontwikkeling}}
"""))

# ------------------------------------------------------------------------------------------ sp05 (Outlook thread, 2p)
DOCS.append(Doc("sp05_mailwisseling_zaaluren", kind="ttf", producer="Microsoft: Print To PDF", creator=OUTLOOK,
                title="RE: zaaluren KV Oosterwind seizoen 2026-2027", text="""\
Van: [[Wijnbergen, Sanne]] <[[s.wijnbergen@oosterhout.nl]]>
Verzonden: donderdag 3 september 2026 16:42
Aan: [[Schellekens, Wim]] <[[w.schellekens@deslotboom.nl]]>
CC: [[ter Horst, Marco]] <[[m.terhorst@oosterhout.nl]]>; [[Yıldız, Hüseyin]] <[[h.yildiz@oosterhout.nl]]>
Onderwerp: RE: zaaluren {{KV Oosterwind}} seizoen 2026-2027

Hoi [[Wim]],

Dank voor je snelle reactie. Ik begrijp dat het bestuur van de stichting de dinsdag- en donderdagavond aan
{{VC Stormvogels}} wil geven zolang de huurachterstand van {{KV Oosterwind}} (EUR 4.612,50 per 1 september) niet is
ingelopen. Voor de gemeente is wel van belang dat de jeugdtrainingen doorgaan: daar hebben we via de
{{Subsidieregeling Sportstimulering}} juist extra uren voor gesubsidieerd.

Kun je voor maandag laten weten of een betalingsregeling voor jullie bestuur bespreekbaar is? [[Marco]] en ik
willen dit voor het bestuurlijk overleg van 17 september met {{wethouder Brouwers-Kamp}} helder hebben.

Groet,
[[Sanne Wijnbergen]]
beleidsadviseur sport | {{gemeente Oosterhout}}
T [[06-41278390]] | werkdagen ma-di-do

-----Oorspronkelijk bericht-----
Van: [[Wim Schellekens]] <[[w.schellekens@deslotboom.nl]]>
Verzonden: donderdag 3 september 2026 11:05
Aan: [[Wijnbergen, Sanne]] <[[s.wijnbergen@oosterhout.nl]]>
CC: {{info@deslotboom.nl}}; [[Frans van Dongen]] <[[fvdongen@hetnet.nl]]>
Onderwerp: zaaluren {{KV Oosterwind}} seizoen 2026-2027

Beste [[Sanne]],

Het stichtingsbestuur heeft gisteravond besloten de zaaluren van {{KV Oosterwind}} per 1 oktober terug te brengen
van 14 naar 8 uur per week. De vereniging heeft sinds februari niet meer betaald en reageert niet op onze
herinneringen. Hun penningmeester, [[Kees van der Sluis]], heeft mij telefonisch laten weten dat de club eerst de
subsidie van de gemeente afwacht.

Wij willen de vrijgekomen uren aanbieden aan {{VC Stormvogels}}; hun voorzitter [[Tjeerd Bosma]] heeft daar al om
gevraagd. Onze voorzitter [[Frans van Dongen]] ([[06 53 12 88 07]]) is bereid hierover met de gemeente te praten.
===
Met sportieve groet,

[[Wim Schellekens]]
beheerder {{Sporthal De Slotboom}}
{{Stichting Beheer Sporthal De Slotboom}} | {{Anton Geesinklaan 2}} | {{4907 PN Oosterhout}}
Receptie {{0162 - 43 00 50}} | direct [[0162 - 43 00 58]] | {{www.deslotboom.nl}}

-----Oorspronkelijk bericht-----
Van: [[Yıldız, Hüseyin]] <[[h.yildiz@oosterhout.nl]]>
Verzonden: dinsdag 1 september 2026 09:30
Aan: [[Wijnbergen, Sanne]] <[[s.wijnbergen@oosterhout.nl]]>
Onderwerp: FW: exploitatiebijdrage {{Slotboom}} 2026

[[Sanne]], ter info: de exploitatiebijdrage 2026 aan de stichting is op 15 juli overgemaakt (EUR 186.000,
raadsbesluit {{RB-2025-118}}). Volgens de overeenkomst mag de stichting uren herverdelen als een huurder meer dan
drie maanden achterstand heeft (artikel 7.2). Juridisch staan we dus niet sterk als we de stichting willen
tegenhouden. Bel me gerust: toestel [[4417]].

Groet, [[Hüseyin]]
accountmanager vastgoed
""", kinds={"4417": "PHONE"}))

# ------------------------------------------------------------------------------------------ sp06
DOCS.append(Doc("sp06_brief_bestuur_oosterwind", kind="docx", producer=LO, creator="Writer",
                title="Brief bestuur KV Oosterwind aan college", text="""\
{{Korfbalvereniging KV Oosterwind}} - opgericht 1958 - aangesloten bij het {{KNKV}}
Secretariaat: {{secretariaat@kvoosterwind.nl}} | {{www.kvoosterwind.nl}}
Aan het college van burgemeester en wethouders van {{Oosterhout}}
t.a.v. {{wethouder Brouwers-Kamp}}, portefeuille sport
Oosterhout, 8 september 2026
Betreft: dreigende korting zaaluren in {{Sporthal De Slotboom}}
Geacht college,
Als bestuur van {{KV Oosterwind}} wenden wij ons tot u in een zaak die voor onze ruim 240 leden, van wie 160 jeugdleden, van groot belang is. De {{Stichting Beheer Sporthal De Slotboom}} heeft aangekondigd onze zaaluren per 1 oktober bijna te halveren.
Wij erkennen dat er een achterstand is in de betaling van de zaalhuur. Die is ontstaan doordat onze vorige penningmeester in het voorjaar wegens ziekte is uitgevallen en de administratie maandenlang heeft stilgelegen. Het bestuur bestaat uit vrijwilligers; wij hebben de achterstand pas in juni ontdekt.
Wij vragen u: (1) met de stichting te bemiddelen over een betalingsregeling, (2) het subsidievoorschot uit de beschikking van 12 maart ({{Z-2026-00877}}) versneld uit te betalen en (3) te waarborgen dat de jeugdtrainingen op dinsdag doorgaan.
Voor contact over deze brief kunt u terecht bij onze secretaris, [[Annelies de Jong-Verhoef]], telefoon [[06 19 84 52 70]].
Met sportieve groet,
namens het bestuur van {{KV Oosterwind}},
| [[R.J.M. Hendrikx]] | [[A. de Jong-Verhoef]] | [[K. van der Sluis]] |
| voorzitter | secretaris | penningmeester |
Afschrift: {{Stichting Beheer Sporthal De Slotboom}}; {{KNKV}} regio Zuid
"""))

# ------------------------------------------------------------------------------------------ sp07 (WhatsApp, 2p)
DOCS.append(Doc("sp07_whatsapp_bestuur", kind="ttf", producer="Skia/PDF m118", creator="Chromium",
                title="WhatsApp-chat Bestuur Oosterwind", text="""\
# WhatsApp-chat met Bestuur Oosterwind 2026
Geexporteerde chat, 14 berichten, aangeleverd door de vereniging bij de subsidieverantwoording.

[04-09-26 19:02] [[Rob Hendrikx]]: Mensen, de {{Slotboom}} gaat onze uren korten. [[Wim]] heeft het net bevestigd.
[04-09-26 19:05] [[Annelies]]: Serieus?? Net nu de U15 zo goed draait
[04-09-26 19:06] [[Kees vd Sluis]]: Ik heb [[Wim]] gezegd dat we wachten op de subsidie. Had ik misschien niet moeten doen
[04-09-26 19:09] [[Rob Hendrikx]]: Geen verwijten. We schrijven de gemeente een brief, [[Annelies]] kun jij een opzet maken?
[04-09-26 19:10] [[Annelies]]: Ja doe ik. Wie is onze contactpersoon daar ook alweer, die [[Sanne]]?
[04-09-26 19:12] [[Mar Oomen]]: [[Sanne Wijnbergen]], beleidsadviseur sport. Haar 06 is [[06-41278390]]
[04-09-26 19:14] [[Kees vd Sluis]]: En [[Ruud]] wil zijn facturen van juli en augustus betaald hebben, 1.980 euro
[04-09-26 19:15] [[Rob Hendrikx]]: [[Ruud]] moet even geduld hebben. Die facturen moeten ook bij de verantwoording
[04-09-26 19:21] [[Mar Oomen]]: Kan ik de ouders van de jeugd al iets laten weten? Er gaan geruchten rond in de app van de U13
[04-09-26 19:22] [[Rob Hendrikx]]: Nog niet. Eerst het gesprek met {{wethouder Brouwers-Kamp}} op de 17e
===
[05-09-26 08:47] [[Annelies]]: Concept brief staat in de drive. [[Rob]], tekenen jullie allemaal?
[05-09-26 08:50] [[Kees vd Sluis]]: Ja. PS ik ben vandaag bij de huisarts, mijn rug weer. Ben vanaf 14u bereikbaar op [[+31 (0)6 2277 4019]]
[05-09-26 09:03] [[Rob Hendrikx]]: Prima. Ik bel ook nog met [[Tjeerd]] van {{Stormvogels}}, die zijn niet de vijand
[05-09-26 09:04] [[Mar Oomen]]: top, dank jullie

Leden van de groep: [[Rob Hendrikx]], [[Annelies]] (secretaris), [[Kees vd Sluis]] (penningmeester), [[Mar Oomen]] (jeugdcoördinator)
"""))

# ------------------------------------------------------------------------------------------ sp08 (Teams chat)
DOCS.append(Doc("sp08_teams_chat", kind="ttf", font="mono", producer="Microsoft: Print To PDF", creator="Microsoft Teams",
                title="Teams-chat team Sport", text="""\
Microsoft Teams - chat 'Sport & Accommodaties' - export 10-09-2026

[[Sanne Wijnbergen]] 09:12
goedemorgen! brief van {{Oosterwind}} binnen, gaat via {{DIV}} naar {{wethouder Brouwers-Kamp}}. wie pakt de conceptreactie?

[[Dewi Kartodikromo]] 09:15
ik kan wel iets zeggen over het voorschot. Mogen we dat versneld uitbetalen? art. 9 van de {{ASV}} zegt niks over tempo

[[Marco ter Horst]] 09:20
niet versnellen zonder afstemming met [[Gerda]] van financien. en let op: [[Kees]] (penningmeester) zit ziek thuis, niet over bellen aub

[[Gerda Smulders-Koning]] 09:31
voorschot kan in de run van 15/9. Ik heb wel de facturen van die trainer nodig, [[Ruud Verbeek]], staat nergens een KvK op de juli-factuur

[[Sanne Wijnbergen]] 09:33
[[Ruud]] heeft een eenmanszaak, KvK heb ik in de mail. stuur ik je door

[[Hüseyin Yıldız]] 09:40
@[[Sanne]] ik heb de gebruiksovereenkomst met de {{Slotboom}} nog eens gelezen. art 7.2 is duidelijk, de stichting mag herverdelen

[[Marco ter Horst]] 09:42
ok. dan wordt het bemiddelen, niet dwingen. [[SW]] maakt beslisnota, [[HY]] levert juridische paragraaf
""", kinds={"SW": "INITIALS", "HY": "INITIALS"}))

# ------------------------------------------------------------------------------------------ sp09 (minutes, 2p)
DOCS.append(Doc("sp09_notulen_stichtingsbestuur", kind="docx", producer=LO, creator="Writer",
                title="Notulen bestuursvergadering Stichting Beheer Sporthal De Slotboom", text="""\
# Notulen bestuursvergadering {{Stichting Beheer Sporthal De Slotboom}}
Datum: 2 september 2026, 20.00 uur, bestuurskamer {{Sporthal De Slotboom}}, {{Anton Geesinklaan 2}}
| Naam | Functie | Aanwezig |
| [[Frans van Dongen]] | voorzitter | ja |
| [[Gert-Jan Lambregts]] | secretaris | ja |
| [[Yvonne Brands-de Wit]] | penningmeester | ja |
| [[Wim Schellekens]] | beheerder (adviserend) | ja |
| [[Jacqueline Moerkerk]] | lid namens de gebruikers | afgemeld |
## 1. Opening en mededelingen
De voorzitter opent om 20.04 uur. [[Jacqueline]] is afwezig wegens een operatie; het bestuur wenst haar beterschap.
## 2. Verslag vorige vergadering
Vastgesteld met een tekstuele wijziging (bladzijde 2, exploitatiebijdrage {{gemeente Oosterhout}}).
## 3. Huurachterstand {{KV Oosterwind}}
De penningmeester meldt een achterstand van EUR 4.612,50. Herinneringen van 14 april, 30 mei en 7 juli zijn onbeantwoord gebleven. [[Wim]] heeft telefonisch contact gehad met de penningmeester van de vereniging, die aangaf de subsidie van de gemeente af te wachten.
[[Gert-Jan]] wijst op artikel 7.2 van de gebruiksovereenkomst: bij meer dan drie maanden achterstand mag de stichting uren herverdelen. [[Yvonne]] stelt voor eerst een betalingsregeling aan te bieden. Het bestuur besluit met drie stemmen voor de uren per 1 oktober terug te brengen tot 8 per week, maar de jeugdtraining op dinsdag te ontzien als vóór 1 oktober een betalingsregeling is getekend.
===
## 4. Verzoek {{VC Stormvogels}}
{{VC Stormvogels}} heeft gevraagd om extra uren op dinsdag- en donderdagavond voor de {{Nevobo}}-competitie. Het bestuur kent voorlopig de donderdagavond toe.
## 5. Gemeente en exploitatiebijdrage
De exploitatiebijdrage 2026 ({{RB-2025-118}}) is ontvangen. De voorzitter heeft contact gehad met de gemeente; de beleidsadviseur sport wil bemiddelen. De voorzitter neemt het initiatief voor een gesprek met {{wethouder Brouwers-Kamp}}.
## 6. Rondvraag en sluiting
Geen punten. Sluiting 21.48 uur.
## Actielijst
| Nr | Actie | Wie | Gereed |
| 26-14 | brief aan {{KV Oosterwind}} over korting zaaluren | [[GJL]] | 4 sep |
| 26-15 | betalingsregeling opstellen (max. 10 termijnen) | [[YBdW]] | 15 sep |
| 26-16 | gemeente informeren, afspraak wethouder | [[FvD]] | 10 sep |
| 26-17 | rooster donderdag aanpassen voor {{Stormvogels}} | [[WS]] | 1 okt |
Vastgesteld in de vergadering van 7 oktober 2026. Paraaf voorzitter: [[FvD]]
""", kinds={"GJL": "INITIALS", "YBdW": "INITIALS", "FvD": "INITIALS", "WS": "INITIALS"}))

# ------------------------------------------------------------------------------------------ sp10 (invoice)
DOCS.append(Doc("sp10_factuur_trainer_juli", producer="Nitro PDF PixelPerfect", creator="Moneybird",
                title="Factuur 2026-017", text="""\
# FACTUUR
[[Verbeek Sportcoaching]]
[[Ruud Verbeek]] - trainer-coach korfbal en conditietraining
[[Wilhelminalaan 14]], [[4901 AB]] Oosterhout
[[r.verbeek.coaching@gmail.com]] | [[06-34 90 11 27]]
KvK [[79125534]] | btw-id [[NL003412789B55]]

Aan: {{korfbalvereniging KV Oosterwind}}, t.a.v. de penningmeester [[K. van der Sluis]]
Factuurnummer: {{2026-017}} | Factuurdatum: 31 juli 2026 | Vervaldatum: 30 augustus 2026

| Datum | Omschrijving | Uren | Tarief | Bedrag |
| juli 2026 | jeugdtraining U15 en U17 ({{Sporthal De Slotboom}}) | 16 | 45,00 | 720,00 |
| juli 2026 | zomerkamp jeugd, conditietraining | 6 | 45,00 | 270,00 |
| | Subtotaal | | | 990,00 |
| | Btw (KOR, vrijgesteld op grond van art. 25 Wet OB) | | | 0,00 |
| | Totaal | | | 990,00 |

Gelieve het bedrag binnen 30 dagen over te maken op [[NL14 SNSB 0876 5432 19]] t.n.v. [[R. Verbeek]], onder
vermelding van het factuurnummer.
Ik pas de kleineondernemersregeling ({{KOR}}) toe; er wordt geen btw in rekening gebracht.
"""))

# ------------------------------------------------------------------------------------------ sp11 (invoice)
DOCS.append(Doc("sp11_factuur_trainer_augustus", kind="ttf", producer="PDFpen 13.1", creator="Pages",
                author="Ruud Verbeek", title="Factuur 2026-021", text="""\
# [[Verbeek Sportcoaching]]
Factuur {{2026-021}}
Datum: 31 augustus 2026
Aan: {{KV Oosterwind}}, secretariaat ({{secretariaat@kvoosterwind.nl}})
| Week | Activiteit | Locatie | Uren | Bedrag |
| 32 | techniektraining U13 | {{Cruyff Court Oosterheide}} | 3 | 135,00 |
| 33 | jeugdtraining U15/U17 | {{Sporthal De Slotboom}} | 4 | 180,00 |
| 34 | jeugdtraining U15/U17 | {{Sporthal De Slotboom}} | 4 | 180,00 |
| 35 | jeugdtraining, trainersoverleg | {{Sporthal De Slotboom}} | 6 | 270,00 |
| 35 | bijscholing jeugdtrainers ({{KNKV}} module) | {{clubhuis Oosterwind}} | 5 | 225,00 |
Totaal te betalen: EUR 990,00 (geen btw, {{KOR}})
Betaling op rekening [[NL14SNSB0876543219]] ten name van [[R. Verbeek]]
Eerdere factuur {{2026-017}} staat nog open. Bij vragen: [[06-34901127]]
KvK [[79125534]]
[[Ruud]]
"""))

# ------------------------------------------------------------------------------------------ sp12 (council questions)
DOCS.append(Doc("sp12_raadsvragen", font="Times", producer="iText® 5.5.13.3 ©2000-2022 iText Group NV (AGPL-version)",
                creator="iBabs", title="Schriftelijke vragen art. 42 RvO - Sporthal De Slotboom", text="""\
# Schriftelijke vragen ex artikel 42 Reglement van orde
Aan: het college van burgemeester en wethouders van {{Oosterhout}}
Van: {{raadslid Demirel}} ({{Oosterhouts Belang}}) en {{raadslid Oudshoorn}} ({{VVD}})
Datum: 11 september 2026 | Registratienummer: {{RV-2026-063}}
Onderwerp: jeugdkorfbal in de knel in {{Sporthal De Slotboom}}

Inleiding
In het {{BN DeStem}} van 10 september lazen wij dat {{KV Oosterwind}} per 1 oktober bijna de helft van haar zaaluren
verliest. De gemeente betaalt jaarlijks een exploitatiebijdrage aan de {{Stichting Beheer Sporthal De Slotboom}} en
subsidieert via de {{Subsidieregeling Sportstimulering}} juist extra jeugduren bij deze club.

Vragen
1. Is het college bekend met het besluit van de stichting? Sinds wanneer?
2. Hoe verhoudt dit besluit zich tot de subsidie die het college op 12 maart aan {{KV Oosterwind}} verleende?
3. Welke afspraken bevat de gebruiksovereenkomst tussen de gemeente en de stichting over het herverdelen van uren?
4. Is {{wethouder Brouwers-Kamp}} bereid te bemiddelen, en zo ja, op welke termijn?
5. Deelt het college de opvatting dat het {{Lokaal Sportakkoord Oosterhout}} ("iedere jeugdspeler een plek") hier
in het geding is?
6. Welke rol heeft het college toegezegd aan de {{Sportraad Oosterhout}}?

{{raadslid Demirel}}, fractievoorzitter {{Oosterhouts Belang}}
{{raadslid Oudshoorn}}, {{VVD}}
Correspondentie via de {{griffie@oosterhout.nl}}
"""))

# ------------------------------------------------------------------------------------------ sp13 (college answer, 2p, outline hidden)
DOCS.append(Doc("sp13_beantwoording_raadsvragen", kind="docx", producer=LO, creator="Writer",
                title="Beantwoording schriftelijke vragen RV-2026-063", outline=[
                    ("Concept SW - 22-09", 0), ("Juridische toets HY akkoord", 0),
                    ("Opmerkingen Bastiaan Rijnders (DIV)", 1), ("Review Femke Dekkers-Ouwerkerk", 1)],
                hidden=[("outline", "PERSON", "Bastiaan Rijnders"), ("outline", "PERSON", "Femke Dekkers-Ouwerkerk"),
                        ("outline", "INITIALS", "SW"), ("outline", "INITIALS", "HY")],
                text="""\
# Beantwoording schriftelijke vragen {{RV-2026-063}}
Vragensteller: {{raadslid Demirel}} ({{Oosterhouts Belang}}) en {{raadslid Oudshoorn}} ({{VVD}})
Portefeuillehouder: {{wethouder Brouwers-Kamp}}
Datum collegebesluit: 29 september 2026 | Zaaknummer: {{Z-2026-03310}}
Vraag 1. Is het college bekend met het besluit van de stichting? Sinds wanneer?
Antwoord: Ja. De beheerder van de sporthal heeft de gemeente op 3 september 2026 per e-mail geïnformeerd. De stichting is zelfstandig verantwoordelijk voor de verhuur van de uren.
Vraag 2. Hoe verhoudt dit besluit zich tot de subsidie aan {{KV Oosterwind}}?
Antwoord: De subsidie ({{Z-2026-00877}}) is verleend voor extra trainingsuren en de inhuur van een trainer. Als de uren vervallen, kan de vereniging de activiteit niet volledig uitvoeren. Het college zal dan bij de vaststelling beoordelen of de subsidie lager moet worden vastgesteld (artikel 4:46 {{Awb}}).
Vraag 3. Welke afspraken bevat de gebruiksovereenkomst?
Antwoord: Artikel 7.2 van de gebruiksovereenkomst van 2019 bepaalt dat de stichting uren mag herverdelen als een huurder langer dan drie maanden achterstand heeft. De gemeente heeft geen instemmingsrecht.
===
Vraag 4. Is {{wethouder Brouwers-Kamp}} bereid te bemiddelen?
Antwoord: Ja. Op 17 september 2026 vond een bestuurlijk overleg plaats met beide besturen. Afgesproken is dat de vereniging een betalingsregeling in tien termijnen aangaat en dat de jeugdtraining op dinsdag behouden blijft. Het voorschot van de subsidie is op 15 september uitbetaald.
Vraag 5. Is het {{Lokaal Sportakkoord Oosterhout}} in het geding?
Antwoord: Het college deelt de zorg. Het sportakkoord gaat uit van toegankelijke sport voor alle jeugd. Het college bespreekt in het eerste kwartaal van 2027 met de {{Sportraad Oosterhout}} en {{Sportservice Noord-Brabant}} hoe de gemeente verenigingsbesturen, die uit vrijwilligers bestaan, beter kan ondersteunen bij hun financiële administratie, onder meer via de {{Vereniging Centraal}}-pilot en het {{Jeugdfonds Sport & Cultuur}}.
Vraag 6. Welke rol heeft de {{Sportraad Oosterhout}}?
Antwoord: De sportraad adviseert het college gevraagd en ongevraagd. Het college vraagt advies over de herziening van de {{Subsidieregeling Sportstimulering Oosterhout 2024}}.
Het college van burgemeester en wethouders van {{Oosterhout}},
de secretaris, de burgemeester,
{{drs. H.A.M. Verhoeven-Smits}}, gemeentesecretaris | {{burgemeester Van Haperen}}
"""))

# ------------------------------------------------------------------------------------------ sp14 (beslisnota, 2p)
DOCS.append(Doc("sp14_beslisnota", kind="ttf", producer="Microsoft® Word for Microsoft 365", creator=W365,
                author="Sanne Wijnbergen", title="Beslisnota bemiddeling Sporthal De Slotboom", text="""\
# Beslisnota
Aan: {{wethouder Brouwers-Kamp}} (sport)
Van: [[S. Wijnbergen]], beleidsadviseur sport, {{team Maatschappelijke Ontwikkeling}}
Datum: 14 september 2026 | Kenmerk: {{BN-2026-0412}}
Contactpersoon: [[Sanne Wijnbergen]], [[06-41278390]], [[s.wijnbergen@oosterhout.nl]]
Kopie aan: [[M. ter Horst]] (teamleider), [[H. Yıldız]] (vastgoed), [[G. Smulders-Koning]] (financiën)
Onderwerp: bemiddeling in het geschil tussen {{KV Oosterwind}} en de {{Stichting Beheer Sporthal De Slotboom}}

## Aanleiding
De {{Stichting Beheer Sporthal De Slotboom}} kort per 1 oktober de zaaluren van {{KV Oosterwind}} wegens een
huurachterstand van EUR 4.612,50. De vereniging vraagt de gemeente te bemiddelen en het subsidievoorschot versneld
uit te betalen. {{raadslid Demirel}} en {{raadslid Oudshoorn}} hebben schriftelijke vragen gesteld ({{RV-2026-063}}).

## Geadviseerd besluit
Aan de wethouder wordt gevraagd:
1. in te stemmen met bemiddeling tijdens het bestuurlijk overleg van 17 september 2026;
2. in te stemmen met uitbetaling van het voorschot (EUR 5.760) in de betaalrun van 15 september;
3. geen garantie te geven voor de huurachterstand.

## Kern
De stichting handelt binnen artikel 7.2 van de gebruiksovereenkomst. De gemeente kan alleen bemiddelen. Het
bestuur van de vereniging bestaat uit vrijwilligers; de achterstand is ontstaan door uitval van de penningmeester.
Een garantstelling zou precedentwerking hebben voor de 38 andere verenigingen die subsidie ontvangen.
===
## Krachtenveld
{{VC Stormvogels}} wil de vrijkomende uren. De {{Sportraad Oosterhout}} heeft aangegeven het sportakkoord te
willen bewaken. De {{KNKV}} regio Zuid volgt de zaak. De pers ({{BN DeStem}}) heeft vragen gesteld aan de woordvoerder.

## Paraaf
| Naam | Functie | Paraaf | Datum |
| [[Sanne Wijnbergen]] | beleidsadviseur sport | [[SW]] | 14-09 |
| [[Hüseyin Yıldız]] | accountmanager vastgoed | [[HYz]] | 14-09 |
| [[Marco ter Horst]] | teamleider | [[MtH]] | 15-09 |

## Informatie die niet openbaar gemaakt kan worden
[leeg]

## Motivering
[leeg]
""", kinds={"SW": "INITIALS", "HYz": "INITIALS", "MtH": "INITIALS"}))

# ------------------------------------------------------------------------------------------ sp15 (scan: parent's letter)
DOCS.append(Doc("sp15_scan_brief_ouder", kind="scan", rot=0.7, producer="KONICA MINOLTA bizhub C450i",
                creator="KONICA MINOLTA bizhub C450i", title="Scan 20260915_0932", text="""\
~Aan de gemeente Oosterhout, afdeling sport
~Oosterhout, 12 september 2026
~Geachte wethouder,
~Mijn zoon [[Daan Meulendijks]] speelt in de U15 van
~Oosterwind. Hij heeft in mei een [[hersenschudding]]
~opgelopen en mag van de arts alleen onder begeleiding
~van een vaste trainer sporten. Die trainer is
~[[Ruud Verbeek]]. Als de uren op dinsdag vervallen,
~kan Daan niet meer trainen.
~Wilt u dit meenemen in het gesprek met de sporthal?
~Met vriendelijke groet,
~[[Marloes Meulendijks]]
~[[Vlietstraat 7]], Oosterhout
~tel. [[06 27 35 81 64]]
""", kinds={"hersenschudding": "HEALTH"}))

# ------------------------------------------------------------------------------------------ sp16 (scan: attendance list)
DOCS.append(Doc("sp16_scan_presentielijst", kind="scan", rot=-0.5, producer="Canon iR-ADV C5535 PDF",
                creator="Canon iR-ADV C5535", title="Scan presentielijst 17-09-2026", text="""\
# Presentielijst bestuurlijk overleg sport
Datum: 17 september 2026, Raadhuis Oosterhout
Voorzitter: wethouder Brouwers-Kamp
| Naam | Organisatie | Handtekening |
| [[Rob Hendrikx]] | KV Oosterwind | ~[[R. Hendrikx]] |
| [[Annelies de Jong]] | KV Oosterwind | ~[[A. de Jong]] |
| [[Frans van Dongen]] | St. De Slotboom | ~[[F. v. Dongen]] |
| [[Wim Schellekens]] | St. De Slotboom | ~[[W. Sch.]] |
| [[Tjeerd Bosma]] | VC Stormvogels | ~[[Tjeerd B.]] |
| [[Sanne Wijnbergen]] | gemeente | ~[[S.W.]] |
~Notulist: [[Noor El Khatib]]
"""))

# ------------------------------------------------------------------------------------------ sp17 (scan: memo with handwritten note)
DOCS.append(Doc("sp17_scan_memo_handnotitie", kind="scan", rot=0.9, producer="Xerox AltaLink C8135",
                creator="Xerox AltaLink C8135", title="Scan memo voorschot", text="""\
# MEMO
Aan: team Financien
Van: [[Dewi Kartodikromo]], subsidieadviseur
Datum: 11 september 2026
Onderwerp: voorschot KV Oosterwind, zaak Z-2026-00877
Verzoek het voorschot van EUR 5.760 mee te nemen
in de betaalrun van 15 september 2026.
Rekening vereniging: NL03 RABO 0312 4567 89
Akkoord teamleider volgt per mail.

~akkoord, maar eerst KvK trainer checken!
~[[Gerda]] 12/9  ~tel. [[0162-489 571]]
"""))
