"""Content of set ZM: gemeente Zuidmeer, handhaving Participatiewet (invented case HH-2026-0417)."""
from lib import Doc

W = "Microsoft® Word voor Microsoft 365"
OUT = "Microsoft Outlook 16.0"

DOCS = [
Doc("zm01_woo_verzoek", "rl", """
# Verzoek op grond van de Wet open overheid
Van: [[Thijs Ravensbergen]] <[[thijs.ravensbergen@gmail.com]]>
Verzonden: maandag 2 maart 2026 09:14
Aan: {{woo@zuidmeer.nl}}
Onderwerp: Woo-verzoek handhaving bijstand {{Oosterpolder}}

Geacht college van burgemeester en wethouders van de {{gemeente Zuidmeer}},

Op grond van de {{Wet open overheid}} verzoek ik u om openbaarmaking van alle documenten over het onderzoek van
het team {{Handhaving Werk en Inkomen}} naar een uitkering op grond van de {{Participatiewet}} in de wijk
{{Oosterpolder}}, waarover in het {{Zuidmeers Dagblad}} van 20 februari 2026 werd bericht. Het gaat mij om
meldingen, rapportages, e-mails, chatberichten, het besluit tot terugvordering en de beantwoording van de
raadsvragen van de fracties {{GroenLinks-PvdA}} en {{VVD}} over het fraudebeleid.

Ik vraag geen persoonsgegevens van de betrokken inwoner; die mag u weglaten. Wel wil ik weten hoe vaak
het {{Inlichtingenbureau}} en {{Suwinet}} zijn geraadpleegd.

Met vriendelijke groet,
[[Thijs Ravensbergen]]
[[Kerkpad 3]], [[4811 AB]] Zuidmeer
[[06-1733 8045]]
""", title="Woo-verzoek", producer="Microsoft: Print To PDF", creator=OUT),

Doc("zm02_ontvangstbevestiging", "ttf", """
{{Gemeente Zuidmeer}} | {{Stadskantoor}}, {{Albert Schweitzerplein 1}}, {{4811 ZM Zuidmeer}}
Retouradres: Postbus 400, 4800 AK Zuidmeer

[[De heer T. Ravensbergen]]
[[Kerkpad 3]]
[[4811 AB]] Zuidmeer

Datum: 5 maart 2026
Ons kenmerk: {{WOO-2026-0031}}
Onderwerp: ontvangstbevestiging Woo-verzoek

Geachte heer [[Ravensbergen]],

Op 2 maart 2026 hebben wij uw verzoek ontvangen op grond van de {{Wet open overheid}} (Woo). U vraagt om documenten
over een handhavingsonderzoek naar een bijstandsuitkering. Wij beslissen binnen vier weken na ontvangst. Deze
termijn kunnen wij met twee weken verdagen (artikel {{4.2a}} Woo). Omdat in de documenten gegevens van derden
staan, kunnen wij hun de gelegenheid geven een zienswijze te geven (artikel {{4.4}} Woo).

Vragen? Bel het algemene nummer {{14 0165}} of mail naar {{woo@zuidmeer.nl}} en noem het kenmerk.

Hoogachtend,
namens dezen,
[[S. Wijnbergen]]
Woo-coördinator, afdeling {{Juridische Zaken}}
Kopie: [[N. Aït Hamou]] (jurist), [[B. Lemmens]] (teamleider handhaving)
""", title="Ontvangstbevestiging WOO-2026-0031", producer="iText® 7.2.5 ©2000-2023 Apryse", creator="Zaaksysteem Xential"),

Doc("zm03_meldformulier", "rl", """
# Meldformulier vermoeden van misbruik uitkering
{{Gemeente Zuidmeer}} - team {{Handhaving Werk en Inkomen}} - {{handhaving@zuidmeer.nl}}
Met dit formulier meldt u een vermoeden van misbruik van een uitkering op grond van de {{Participatiewet}}.
U mag anoniem melden. Meldingen worden vertrouwelijk behandeld volgens het {{Protocol Meldingen Zuidmeer 2024}}.

FIELD:melder_naam:Naam melder (optioneel)
FIELD:melder_tel:Telefoon melder (optioneel)
FIELD:melder_mail:E-mail melder (optioneel)
FIELD:betrokkene:Naam betrokkene
FIELD:adres:Adres betrokkene
FIELD:omschrijving:Wat heeft u gezien?

Registratienummer: {{MLD-2026-0088}}. Ontvangen via het formulier op {{www.zuidmeer.nl/melden}}.
Behandeling door het team {{Handhaving Werk en Inkomen}}; terugkoppeling aan de melder vindt niet plaats.
""", title="Meldformulier MLD-2026-0088", producer="ReportLab PDF Library - www.reportlab.com", creator="Formulierenserver Zuidmeer",
    fields=[("melder_naam", "Gerrit-Jan Oudeboon"), ("melder_tel", "06-28 19 44 70"),
            ("melder_mail", "gj.oudeboon@hetnet.nl"), ("betrokkene", "Dewi Kartodikromo"),
            ("adres", "Lijsterbesstraat 27"), ("omschrijving", "Vriend Remco woont er sinds de zomer, zijn bus staat elke nacht voor de deur")],
    hidden=[("annotations", "Gerrit-Jan Oudeboon"), ("annotations", "06-28 19 44 70"), ("annotations", "gj.oudeboon@hetnet.nl"),
            ("annotations", "Dewi Kartodikromo"), ("annotations", "Lijsterbesstraat 27"), ("annotations", "Remco")]),

Doc("zm04_brief_buurman_scan", "scan", """
Zuidmeer, 12 januari 2026
Aan de gemeente, afdeling sociale zaken
Beste mensen,
Ik wil iets melden over mijn buurvrouw [[Dewi Kartodikromo]] op nummer 27.
Sinds juli woont haar vriend [[Remco van 't Hul]] bij haar in.
Zijn witte bus met kenteken [[VZ-318-K]] staat elke nacht voor de deur.
Hij brengt elke ochtend de kinderen naar school.
Ik heb dit ook al tegen de wijkagent gezegd.
Bel mij gerust op [[06-28194470]].
Met groet,
[[G.J. Oudeboon]]
[[Lijsterbesstraat 29]]
""", seed=4, producer="Canon iR-ADV C5535 PDF", creator="Canon iR-ADV C5535"),

Doc("zm05_registratie_melding", "docx", """
# Registratie melding {{MLD-2026-0088}}
Zaaknummer: {{HH-2026-0417}}
Datum registratie: 14 januari 2026
Geregistreerd door: [[Koen Schuurmans]] ([[KS]]), handhavingsspecialist
Klantnummer: [[8830214]]
Betrokkene: [[mevrouw D.S. Kartodikromo-Haverkamp]], geboren [[14-03-1987]], BSN [[204518937]]
Adres: [[Lijsterbesstraat 27]], [[4813 KT]] Zuidmeer
Uitkering: bijstand alleenstaande ouder, norm {{artikel 21}} onder b {{Participatiewet}}, sinds 1 april 2023

# Inhoud melding
Twee meldingen: een webformulier en een brief per post, vermoedelijk van dezelfde buurtbewoner. Volgens de melder
woont [[de heer R. van 't Hul]] sinds juli 2025 op het adres. Controle {{BRP}}: [[Van 't Hul]] staat ingeschreven op
[[Molenwerf 8]] in {{Breda}}. Controle {{RDW}}: het genoemde voertuig staat op naam van [[Van 't Hul]].

# Weging
De melding is concreet en controleerbaar. Voorstel: onderzoek starten (risicoprofiel niet gebruikt, zie
{{Handhavingsbeleid Participatiewet 2025}}). Akkoord teamleider: [[BL]], 15 januari 2026.
""", title="Registratie melding", author="Koen Schuurmans", producer="LibreOffice 7.6", creator="Writer"),

Doc("zm06_onderzoeksrapport", "ttf", """
# Rapport van bevindingen - onderzoek rechtmatigheid bijstand
Zaaknummer: {{HH-2026-0417}} | Rapporteur: [[M. ter Avest]] | Datum: 3 februari 2026
Betrokkene: [[D.S. Kartodikromo-Haverkamp]] | BSN: [[204518937]] | Geboortedatum: [[14-03-1987]]

# 1. Aanleiding
Naar aanleiding van melding {{MLD-2026-0088}} is onderzocht of betrokkene een gezamenlijke huishouding voert in de zin
van {{artikel 3}} {{Participatiewet}} met [[Remco van 't Hul]] (geboren [[2 november 1984]]).

# 2. Onderzoekshandelingen
Raadpleging {{Suwinet-Inkijk}}, {{Inlichtingenbureau}}, {{Kadaster}} en {{RDW}}; opvragen bankafschriften; zes
waarnemingen in de openbare ruimte bij het adres [[Lijsterbesstraat 27]]; gesprek met de melder; verhoor van betrokkene
op 28 januari 2026 op het {{Stadskantoor}}.

# 3. Waarnemingen
Op 19, 21, 23 en 26 januari 2026 tussen 06:40 en 07:30 uur zag ik, [[Marloes ter Avest]], de witte bestelbus
[[VZ-318-K]] voor de woning staan. Op 21 januari om 07:12 uur verliet een man, gelet op de foto in de {{BRP}} vermoedelijk
[[Van 't Hul]], de woning met twee kinderen. Op 23 januari was collega [[Koen Schuurmans]] aanwezig.
---PAGE---
# 4. Bankgegevens
Op de rekening [[NL37 RABO 0318 4455 92]] van betrokkene zijn vanaf augustus 2025 maandelijks bedragen van EUR 650
ontvangen van rekening [[NL82 INGB 0007 7316 40]] op naam van [[R. van 't Hul]], omschrijving 'huur en boodschappen'.
Er zijn betalingen aan {{Albert Heijn}} en {{Kruidvat}} in Breda en Zuidmeer; de energierekening van {{Eneco}} wordt
vanaf september 2025 van de rekening van [[Van 't Hul]] betaald.

# 5. Conclusie
Er is voldoende grond om aan te nemen dat betrokkene en [[Van 't Hul]] vanaf 1 augustus 2025 hun hoofdverblijf in
dezelfde woning hebben en wederzijds zorg dragen. Betrokkene heeft dit niet gemeld ({{artikel 17}} {{Participatiewet}}).
Advies aan de inkomensconsulent: herzien en terugvorderen ({{artikel 54}} en {{artikel 58}} {{Participatiewet}}),
beoordelen of een bestuurlijke boete passend is ({{artikel 18a}}).

Opgemaakt naar waarheid, [[M. ter Avest]], handhavingsspecialist, personeelsnummer [[70314]].
""", title="Rapport van bevindingen HH-2026-0417", producer="Aspose.PDF for .NET 23.4", creator="Aspose.Words"),

Doc("zm07_waarnemingenlog", "rl", """
# Logboek waarnemingen {{HH-2026-0417}}
Alle waarnemingen vanaf de openbare weg, zonder hulpmiddelen; {{Protocol observatie 2023}} van de {{VNG}} gevolgd.
Datum | Tijd | Waarnemer | Waarneming
19-01-2026 | 06:45 | [[MtA]] | Bestelbus [[VZ-318-K]] voor nr. 27; licht aan in woonkamer
21-01-2026 | 07:12 | [[MtA]] | Man (vermoedelijk [[R. van 't Hul]]) verlaat woning met 2 kinderen, richting {{Jan Ligthartschool}}
23-01-2026 | 06:50 | [[MtA]] / [[KS]] | Bus aanwezig; man haalt bus leeg, draagt gereedschapskist naar binnen
26-01-2026 | 07:05 | [[MtA]] | Bus aanwezig; vrouw ([[Kartodikromo]]) zwaait man uit
27-01-2026 | 22:10 | [[KS]] | Bus aanwezig; parkeervergunning gemeente Zuidmeer achter ruit
30-01-2026 | 06:55 | [[MtA]] | Bus niet aanwezig
Parkeervergunning opgevraagd bij {{Parkeerbeheer Zuidmeer}}: vergunning [[PV-55120]] op naam van [[Kartodikromo]].
Foto's opgeslagen in het dossier in {{Suite4Sociaal Domein}}; niet bijgevoegd.
Paraaf waarnemer: [[MtA]]  Paraaf teamleider: [[BL]]
""", title="Logboek waarnemingen", producer="ReportLab PDF Library - www.reportlab.com", creator="Excel export"),

Doc("zm08_uitnodiging_verhoor", "docx", """
{{Gemeente Zuidmeer}}, {{Albert Schweitzerplein 1}}
[[Mevrouw D.S. Kartodikromo-Haverkamp]]
[[Lijsterbesstraat 27]]
[[4813 KT]] ZUIDMEER

Datum: 20 januari 2026
Kenmerk: {{HH-2026-0417}}
Onderwerp: uitnodiging gesprek over uw bijstandsuitkering

Geachte mevrouw [[Kartodikromo]],

Wij nodigen u uit voor een gesprek op woensdag 28 januari 2026 om 10.00 uur in het {{Stadskantoor}}, balie
{{Werk en Inkomen}}. Het gesprek gaat over uw woonsituatie. U bent verplicht mee te werken ({{artikel 17}}
lid 2 {{Participatiewet}}), maar u hoeft geen antwoord te geven op vragen die u zelf kunnen belasten. U mag iemand
meenemen, bijvoorbeeld een advocaat of een medewerker van {{Stichting Sociaal Raadslieden Zuidmeer}}. Heeft u een
tolk nodig, laat het ons dan weten.

Neem mee: legitimatiebewijs en de bankafschriften van al uw rekeningen van juli 2025 tot en met december 2025.

Met vriendelijke groet,
[[Marloes ter Avest]]
handhavingsspecialist
T [[06-41 27 93 58]]
E [[m.teravest@zuidmeer.nl]]
""", title="Uitnodiging gesprek", author="Marloes ter Avest", producer="LibreOffice 7.6", creator="Writer"),

Doc("zm09_verhoor", "ttf", """
# Proces-verbaal van verhoor
Zaak: {{HH-2026-0417}}   Plaats: {{Stadskantoor}} Zuidmeer, spreekkamer {{2.14}}   Datum: 28 januari 2026, 10:05-11:20
Verhoorders: [[M. ter Avest]] en [[K. Schuurmans]], handhavingsspecialisten, beëdigd als {{boa}} (domein {{II}})
Verhoorde: [[Dewi Sekar Kartodikromo-Haverkamp]], geboren [[14 maart 1987]] te {{Paramaribo}}
Aanwezig als bijstand: [[mr. A.M. Prinsen-Vogelaar]], advocaat te {{Rotterdam}}
Tolk: niet nodig. De cautie is gegeven ({{artikel 29}} {{Wetboek van Strafvordering}}).

V: Wie woont er op [[Lijsterbesstraat 27]]?
A: Ik en mijn twee kinderen, [[Aruna]] (9) en [[Bayu]] (6).
V: Kent u [[Remco van 't Hul]]?
A: Ja, [[Remco]] is mijn vriend. We hebben sinds vorig jaar een relatie. Hij woont in Breda, bij zijn moeder.
V: Wij hebben zijn bus op zes ochtenden voor uw deur gezien.
A: Hij slaapt soms bij mij, vooral als hij vroeg in {{Zuidmeer}} moet werken. Dat is niet elke dag.
V: Waarom betaalt hij sinds augustus EUR 650 per maand aan u?
A: Hij helpt mij. Ik had schulden bij {{Eneco}} en {{DUO}}. Dat geld is een lening.
---PAGE---
V: Waarom staat de energierekening op zijn rekening?
A: Dat heeft [[Remco]] geregeld toen ik in september ziek was. Ik had een [[burn-out]] en was onder
behandeling bij [[GGZ Breburg]]. Ik kon dat niet zelf.
V: Heeft u dit aan de gemeente gemeld?
A: Nee. Ik dacht dat een vriend die soms blijft slapen niet telt. Mijn consulent, mevrouw [[Verbruggen]], heeft dat
nooit gevraagd.
V: Wilt u nog iets toevoegen?
A: Ik wil niet dat mijn kinderen hier last van krijgen. [[Remco]] is bereid een verklaring te geven.

Na voorlezing volhardt de verhoorde en ondertekent. Zij ontvangt een afschrift.
Handtekening verhoorde: [[D. Kartodikromo]]     Verhoorders: [[MtA]] / [[KS]]
Dit proces-verbaal is opgemaakt op ambtseed op 28 januari 2026 te Zuidmeer.
""", title="PV verhoor", producer="Nitro Pro 13.70.2.40", creator="Nitro Pro"),

Doc("zm10_bankafschriften", "rl", """
# {{Rabobank}} - Rekeningoverzicht
Rekeninghouder: [[MW DS KARTODIKROMO-HAVERKAMP]]
Rekening: [[NL37 RABO 0318 4455 92]] - {{Rabo BasisRekening}}
Periode: 01-08-2025 t/m 31-10-2025   Afschrift 8 t/m 10
Datum | Omschrijving | Tegenrekening | Af | Bij
01-08-2025 | Gemeente Zuidmeer Participatiewet | {{NL47 BNGH 0285 1663 01}} | | 1.287,44
04-08-2025 | [[R VAN T HUL]] huur en boodschappen | [[NL82 INGB 0007 7316 40]] | | 650,00
06-08-2025 | {{Albert Heijn}} 1408 Zuidmeer | | 84,12 |
12-08-2025 | {{Woonstichting De Hoeksteen}} huur | {{NL11 ABNA 0244 0951 37}} | 712,50 |
18-08-2025 | Tikkie van [[Sanne Kartodikromo]] | [[NL04 ASNB 0708 6125 09]] | | 40,00
01-09-2025 | Gemeente Zuidmeer Participatiewet | {{NL47 BNGH 0285 1663 01}} | | 1.287,44
03-09-2025 | [[R VAN T HUL]] huur en boodschappen | [[NL82 INGB 0007 7316 40]] | | 650,00
---PAGE---
Datum | Omschrijving | Tegenrekening | Af | Bij
09-09-2025 | {{Kruidvat}} Breda | | 23,80 |
12-09-2025 | {{Woonstichting De Hoeksteen}} huur | {{NL11 ABNA 0244 0951 37}} | 712,50 |
22-09-2025 | {{CJIB}} kenmerk [[3200 1188 4410]] | | 90,00 |
01-10-2025 | Gemeente Zuidmeer Participatiewet | {{NL47 BNGH 0285 1663 01}} | | 1.287,44
03-10-2025 | [[R VAN T HUL]] huur en boodschappen | [[NL82 INGB 0007 7316 40]] | | 650,00
15-10-2025 | Betaalverzoek [[J. Haverkamp-Sewnath]] verjaardag | [[NL69 SNSB 0912 7744 18]] | 25,00 |
Beginsaldo 01-08-2025: EUR 214,18   Eindsaldo 31-10-2025: EUR 1.004,55
Dit overzicht is aangeleverd door betrokkene op 28 januari 2026 en gescand in het dossier {{HH-2026-0417}}.
""", title="Rekeningoverzicht", producer="Rabo Internet Bankieren PDF/2.1", creator="Rabobank"),

Doc("zm11_brp_uitdraai_scan", "scan", """
SUWINET-INKIJK - uitdraai Basisregistratie Personen
Geraadpleegd door: [[K. Schuurmans]] op 15-01-2026 09:32
Persoon: [[Remco van 't Hul]]
Geboren: [[02-11-1984]] te Breda
BSN: [[187732460]]
Adres: [[Molenwerf 8]], 4822 Breda
Ingeschreven sinds: 14-05-2019
Medebewoner: [[Wilhelmina van 't Hul-Snijders]]
Inkomen (Polis): loondienst [[Installatiebedrijf Van 't Hul]]
""", seed=11, producer="Xerox WorkCentre 7855 Scan", creator="Xerox WorkCentre 7855"),

Doc("zm12_mail_handhaving_consulent", "rl", """
Van: [[Ter Avest, Marloes]] <[[m.teravest@zuidmeer.nl]]>
Verzonden: woensdag 4 februari 2026 11:02
Aan: [[Verbruggen-Dijkstra, Ilse]] <[[i.verbruggen@zuidmeer.nl]]>
CC: [[Lemmens, Bart]] <[[b.lemmens@zuidmeer.nl]]>; {{handhaving@zuidmeer.nl}}
Onderwerp: RE: {{HH-2026-0417}} rapport en terugvordering

Hoi [[Ilse]],

Het rapport staat in {{Suite4Sociaal Domein}}. Conclusie: gezamenlijke huishouding vanaf 1 augustus 2025. Kun jij de
herziening en de berekening van de terugvordering maken? Let op: volgens mij moet de kostendelersnorm niet, maar de
gehuwdennorm ({{artikel 21}} onder c). De advocaat, [[mr. Prinsen-Vogelaar]], heeft al aangekondigd in bezwaar te gaan.

Groet,
[[Marloes]]
[[Marloes ter Avest]] | handhavingsspecialist | {{Gemeente Zuidmeer}} | [[06-41 27 93 58]]

Van: [[Verbruggen-Dijkstra, Ilse]] <[[i.verbruggen@zuidmeer.nl]]>
Verzonden: dinsdag 3 februari 2026 16:40
Aan: [[Ter Avest, Marloes]] <[[m.teravest@zuidmeer.nl]]>
Onderwerp: {{HH-2026-0417}} rapport en terugvordering

Hoi [[Marloes]],

Ik hoorde van [[Koen]] dat het onderzoek klaar is. Mevrouw heeft bij het laatste heronderzoek (juni 2025) niets
gezegd over een vriend. Wel heeft zij toen een aanvraag bijzondere bijstand gedaan voor een wasmachine, die via
{{Stichting Leergeld Zuidmeer}} is opgelost. Ik ben woensdag op de locatie {{De Vlonder}}.
---PAGE---
Groet,
[[Ilse Verbruggen-Dijkstra]]
Inkomensconsulent {{Werk en Inkomen}}
Bereikbaar ma-di-do: [[0165 - 38 42 17]]

Van: [[Lemmens, Bart]] <[[b.lemmens@zuidmeer.nl]]>
Verzonden: woensdag 4 februari 2026 12:15
Aan: [[Ter Avest, Marloes]]; [[Verbruggen-Dijkstra, Ilse]]
Onderwerp: RE: RE: {{HH-2026-0417}} rapport en terugvordering

Akkoord met de lijn. Boete-onderzoek apart houden; [[Noor]] van {{Juridische Zaken}} kijkt mee naar de
verwijtbaarheid. Vraag ook of [[Van 't Hul]] mee moet in de terugvordering (hoofdelijk, {{artikel 59}}
{{Participatiewet}}).

[[Bart Lemmens]]
Teamleider {{Handhaving Werk en Inkomen}}
[[+31 (0)165 38 42 90]]
""", title="RE: HH-2026-0417 rapport en terugvordering", producer="Microsoft® Outlook® voor Microsoft 365", creator=OUT,
    author="Ter Avest, Marloes"),

Doc("zm13_mail_berekening", "docx", """
Van: [[Verbruggen-Dijkstra, Ilse]] <[[i.verbruggen@zuidmeer.nl]]>
Verzonden: maandag 9 februari 2026 10:20
Aan: [[Aït Hamou, Noor]] <[[n.aithamou@zuidmeer.nl]]>; [[Ter Avest, Marloes]] <[[m.teravest@zuidmeer.nl]]>
Onderwerp: Berekening terugvordering {{TV-2026-0093}}

Dag [[Noor]], dag [[Marloes]],

Bijgaand de berekening. Periode 1 augustus 2025 t/m 31 januari 2026, bruto teruggevorderd EUR 7.724,64. Ik heb de
inkomsten van [[de heer Van 't Hul]] uit de loonstrook van [[Installatiebedrijf Van 't Hul]] meegenomen (gegevens
{{Polisadministratie}} van {{UWV}}). Daardoor is er in de hele periode geen recht.

[[Noor]], kun jij het besluit juridisch toetsen? Ik wil het vóór 13 februari versturen via {{Xential}}.

Met vriendelijke groet,
[[Ilse Verbruggen-Dijkstra]]
{{Werk en Inkomen}} | {{Gemeente Zuidmeer}} | [[0165-384217]]

Bijlage: {{TV-2026-0093 berekening.xlsx}}
""", title="Berekening terugvordering", author="Verbruggen-Dijkstra, Ilse", producer="LibreOffice 7.6", creator="Outlook"),

Doc("zm14_teams_chat", "ttf", """
# Chat: Team Handhaving WI - export 2026-02-12
[05-02-2026 08:31] [[Koen Schuurmans]]: morgen team, wie pakt de nieuwe melding uit {{Oosterpolder}}?
[05-02-2026 08:33] [[Marloes ter Avest]]: ik, na de afronding van [[Lijsterbes]] 😅
[05-02-2026 08:34] [[Koentje]]: haha die gaat naar bezwaar, [[Prinsen]] is er al bij
[05-02-2026 08:40] [[Bart Lemmens]]: let op met wat jullie hier typen, chat valt onder de {{Woo}}
[05-02-2026 08:41] [[Marloes ter Avest]]: ja baas 👍
[05-02-2026 09:12] [[Jeroen Baktawar]]: kan iemand mij helpen met {{Suwinet}}, token werkt niet
[05-02-2026 09:15] [[Koen Schuurmans]]: [[Jeroen]] bel even de {{servicedesk ICT}} 0165-38 40 00
[05-02-2026 09:16] [[Jeroen Baktawar]]: thx
[05-02-2026 10:02] [[Ilse Verbruggen-Dijkstra]]: [[Marloes]] hoe schrijf ik de vriend ook alweer, met of zonder apostrof?
[05-02-2026 10:03] [[Marloes ter Avest]]: [[Van 't Hul]], met apostrof
[05-02-2026 10:05] [[Ilse Verbruggen-Dijkstra]]: top. Ik neem gehuwdennorm, gemeld aan [[Bart]]
---PAGE---
[06-02-2026 14:20] [[Sevda]]: iemand zin in taart? ik ben jarig 🎂 pantry 3e verdieping
[06-02-2026 14:22] [[Koentje]]: altijd
[06-02-2026 14:25] [[Bart Lemmens]]: gefeliciteerd [[Sevda]]!
[10-02-2026 11:47] [[Marloes ter Avest]]: wethouder {{Brouwer-Smit}} wil woensdag een toelichting op de fraudecijfers voor de raadsvragen
[10-02-2026 11:49] [[Bart Lemmens]]: ik ga met [[Noor]]. Cijfers uit {{GWS4all}} graag vóór dinsdag
[10-02-2026 11:50] [[Koen Schuurmans]]: komt goed, ik draai het rapport {{HH-kwartaal Q4}}
[10-02-2026 16:02] [[Noor Aït Hamou]]: besluit {{TV-2026-0093}} is getoetst, 2 tekstuele punten in {{Xential}}
[10-02-2026 16:05] [[Ilse Verbruggen-Dijkstra]]: dank je [[Noor]] 🙏
[11-02-2026 09:00] [[Sevda Yıldırım]]: ik ben vandaag ziek, bel me op [[06 2019 7731]] als het dringend is
""", title="Teams-chat export", producer="Microsoft Teams Export Service", creator="Microsoft Teams"),

Doc("zm15_beslisnota", "rl", """
# Beslisnota handhaving - terugvordering en boete {{HH-2026-0417}}
Aan: teamleider {{Handhaving Werk en Inkomen}}
Van: [[I. Verbruggen-Dijkstra]], inkomensconsulent; [[N. Aït Hamou]], jurist
Datum: 11 februari 2026
Kopie aan: [[M. ter Avest]]
Contactpersoon: [[Noor Aït Hamou]], T [[0165 38 42 55]], [[n.aithamou@zuidmeer.nl]]

# Aanleiding
Het {{rapport van bevindingen}} van 3 februari 2026 concludeert dat sprake is van een gezamenlijke huishouding
vanaf 1 augustus 2025. Betrokkene heeft de {{inlichtingenplicht}} geschonden.

# Geadviseerd besluit
1. De bijstand met terugwerkende kracht per 1 augustus 2025 intrekken ({{artikel 54}} lid 3 {{Participatiewet}}).
2. EUR 7.724,64 terugvorderen, hoofdelijk ook van de partner ({{artikel 58}} lid 2 en {{artikel 59}}).
3. Geen bestuurlijke boete, gelet op verminderde verwijtbaarheid (medische situatie; zie verhoor).

# Kern
Uit jurisprudentie van de {{Centrale Raad van Beroep}} volgt dat hoofdverblijf in dezelfde woning aannemelijk moet
worden gemaakt met concrete feiten. Die feiten zijn er: waarnemingen, bankgegevens, parkeervergunning.
---PAGE---
# Krachtenveld
De advocaat van betrokkene zal bezwaar maken. Een afwijzing kan leiden tot beroep bij de {{rechtbank Zeeland-West-Brabant}}.
In de raad lopen vragen over het fraudebeleid; wethouder {{Brouwer-Smit}} wordt geïnformeerd.

# Paraaf
Naam | Functie | Paraaf | Datum
[[I. Verbruggen-Dijkstra]] | inkomensconsulent | [[IVD]] | 11-02-2026
[[N. Aït Hamou]] | jurist | [[NAH]] | 11-02-2026
[[B. Lemmens]] | teamleider | [[BL]] | 12-02-2026

# Informatie die niet openbaar gemaakt kan worden
Motivering: deze nota bevat persoonsgegevens van de betrokkene, haar partner en ambtenaren.
""", title="Beslisnota terugvordering", producer="ReportLab PDF Library - www.reportlab.com", creator="Xential",
    outline=[("Beslisnota HH-2026-0417", 0), ("Opmerkingen Sevda Yildirim", 1)], hidden=[("outline", "Sevda Yildirim")]),

Doc("zm16_berekening", "rl", """
# Berekening terugvordering {{TV-2026-0093}}
Cliënt: [[Kartodikromo-Haverkamp]], geboren [[14-03-1987]], klantnummer [[8830214]]; partner: [[Van 't Hul]], geboren [[02-11-1984]]
Maand | Betaald (netto) | Recht (gehuwdennorm) | Teruggevorderd
augustus 2025 | 1.287,44 | 0,00 | 1.287,44
september 2025 | 1.287,44 | 0,00 | 1.287,44
oktober 2025 | 1.287,44 | 0,00 | 1.287,44
november 2025 | 1.287,44 | 0,00 | 1.287,44
december 2025 | 1.287,44 | 0,00 | 1.287,44
januari 2026 | 1.287,44 | 0,00 | 1.287,44
Totaal | 7.724,64 | 0,00 | 7.724,64
Norm {{artikel 21}} onder c {{Participatiewet}}; inkomen partner volgens {{Polisadministratie}} {{UWV}}, netto EUR 2.410 per maand.
Berekend door: [[IVD]] op 9 februari 2026 met {{GWS4all}}; gecontroleerd: [[NAH]].
Invordering volgens {{Beleidsregels terugvordering en invordering Zuidmeer 2024}}; beslagvrije voet via {{Kredietbank Zuidmeer}}.
""", title="Berekening TV-2026-0093", producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel®"),

Doc("zm17_besluit_terugvordering", "ttf", """
{{Gemeente Zuidmeer}}
[[Mevrouw D.S. Kartodikromo-Haverkamp]]
[[Lijsterbesstraat 27]]
[[4813 KT]] Zuidmeer

Datum: 13 februari 2026
Kenmerk: {{TV-2026-0093}} / {{HH-2026-0417}}
BSN: [[204518937]]
Onderwerp: besluit intrekking en terugvordering bijstand

Geachte mevrouw [[Kartodikromo-Haverkamp]],

Wij hebben onderzoek gedaan naar uw woonsituatie. Wij vinden dat u vanaf 1 augustus 2025 een gezamenlijke
huishouding voert met [[de heer R. van 't Hul]]. U heeft dit niet aan ons gemeld. Daarom trekken wij uw bijstand
in met ingang van 1 augustus 2025 en vorderen wij EUR 7.724,64 van u terug. U en [[de heer Van 't Hul]] zijn ieder
voor het hele bedrag aansprakelijk (hoofdelijk).

# Waarom dit besluit?
Op grond van {{artikel 17}} {{Participatiewet}} moet u wijzigingen die van invloed zijn op uw bijstand direct melden.
Op grond van {{artikel 3}} lid 4 wordt een gezamenlijke huishouding aangenomen bij een gezamenlijk hoofdverblijf en
wederzijdse zorg. Wij baseren ons op de waarnemingen, de bankafschriften en uw verklaring van 28 januari 2026.
---PAGE---
# Hoe betaalt u terug?
U kunt het bedrag in één keer overmaken op {{NL47 BNGH 0285 1663 01}} ten name van {{Gemeente Zuidmeer}}, onder
vermelding van {{TV-2026-0093}}, of een betalingsregeling treffen. Wij houden rekening met de beslagvrije voet.

# Bezwaar
Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken bij het college van burgemeester
en wethouders, Postbus 400, 4800 AK Zuidmeer, of digitaal via {{www.zuidmeer.nl/bezwaar}} ({{Algemene wet bestuursrecht}}).

Hoogachtend,
het college van burgemeester en wethouders van Zuidmeer,
namens dezen,
[[I. Verbruggen-Dijkstra]]
inkomensconsulent {{Werk en Inkomen}}
Vragen: {{14 0165}}
""", title="Besluit TV-2026-0093", producer="iText® 7.2.5 ©2000-2023 Apryse", creator="Xential"),

Doc("zm18_bezwaarschrift", "docx", """
{{Prinsen Advocaten}}
{{Westblaak 96}}, {{3012 KM Rotterdam}}
T [[010-413 66 22]] (doorkiesnummer) - [[a.prinsen@prinsenadvocaten.nl]]
{{KvK 24477310}}

Aan het college van burgemeester en wethouders van Zuidmeer
Postbus 400
4800 AK Zuidmeer

Rotterdam, 20 februari 2026
Uw kenmerk: {{TV-2026-0093}}
Betreft: bezwaar [[Kartodikromo-Haverkamp]] / gemeente Zuidmeer

Edelachtbaar college,

Namens mijn cliënte, [[mevrouw D.S. Kartodikromo-Haverkamp]], wonende te Zuidmeer aan de [[Lijsterbesstraat 27]],
maak ik bezwaar tegen uw besluit van 13 februari 2026. Cliënte heeft geen gezamenlijke huishouding met
[[de heer Van 't Hul]]. Hij heeft zijn hoofdverblijf bij zijn moeder, [[mevrouw W. van 't Hul-Snijders]], in Breda.
---PAGE---
# Gronden
1. De waarnemingen zijn te beperkt. Zes ochtenden in drie weken tonen geen hoofdverblijf aan (vgl. {{CRvB}} 
{{ECLI:NL:CRVB:2019:1632}}).
2. De betalingen van [[de heer Van 't Hul]] zijn een lening; een leenovereenkomst wordt nagezonden.
3. Cliënte had in de periode een [[burn-out]] en was in behandeling. Dat verklaart waarom [[de heer Van 't Hul]] de
energierekening tijdelijk betaalde. Een verklaring van haar behandelaar, [[drs. P. Oedayrajsingh Varma]], volgt.
4. De consulent heeft bij het heronderzoek niet naar een relatie gevraagd; van een schending van de
inlichtingenplicht is geen sprake.
5. Subsidiair: het college had moeten afzien van terugvordering wegens dringende redenen ({{artikel 58}} lid 8).

Cliënte wenst te worden gehoord. Ik verzoek om toezending van het volledige dossier, waaronder de meldingen.

Hoogachtend,
[[mr. A.M. Prinsen-Vogelaar]]
advocaat
""", title="Bezwaarschrift", author="Annelies Prinsen-Vogelaar", producer="Microsoft® Word voor Microsoft 365", creator=W,
    hidden=[("metadata", "Annelies Prinsen-Vogelaar")]),

Doc("zm19_ontvangst_bezwaar", "rl", """
{{Gemeente Zuidmeer}} - {{Juridische Zaken}} - {{Albert Schweitzerplein 1}}
[[mr. A.M. Prinsen-Vogelaar]]
{{Prinsen Advocaten}}
{{Westblaak 96}}
{{3012 KM Rotterdam}}

Datum: 24 februari 2026
Ons kenmerk: {{BZ-2026-0112}}
Onderwerp: ontvangstbevestiging bezwaarschrift

Geachte mevrouw [[Prinsen-Vogelaar]],

Wij hebben uw bezwaarschrift van 20 februari 2026 namens uw cliënte ontvangen. Het wordt behandeld door de
{{Commissie bezwaarschriften Zuidmeer}}. De hoorzitting is gepland op 19 maart 2026 in de {{Raadzaal}} van het
{{Stadskantoor}}. Het dossier sturen wij u toe via {{Zivver}}; de meldingen zijn geanonimiseerd omdat de melder
bescherming verdient.

Met vriendelijke groet,
namens dezen,
[[Noor Aït Hamou]]
secretaris {{Commissie bezwaarschriften}}
E [[n.aithamou@zuidmeer.nl]]
Kopie: [[I. Verbruggen-Dijkstra]]; [[M. ter Avest]]; dossier {{HH-2026-0417}}
""", title="Ontvangstbevestiging BZ-2026-0112", producer="PDFpen 13.2", creator="PDFpen"),

Doc("zm20_hoorzitting", "ttf", """
# Verslag hoorzitting {{Commissie bezwaarschriften Zuidmeer}}
Zaak: {{BZ-2026-0112}} | Datum: 19 maart 2026, 14:00-15:10 | Locatie: {{Raadzaal}}, {{Stadskantoor}}
Rol | Naam | Aanwezig
voorzitter (extern) | [[mr. J.P. Haasnoot]] | ja
lid (extern) | [[drs. E. Çakır-Bosman]] | ja
lid (extern) | [[L.F. de Jong]] | nee, bericht van verhindering
secretaris | [[N. Aït Hamou]] | ja
bezwaarmaker | [[D.S. Kartodikromo-Haverkamp]] | ja
gemachtigde | [[mr. A.M. Prinsen-Vogelaar]] | ja
namens het college | [[I. Verbruggen-Dijkstra]], [[M. ter Avest]] | ja

# Verloop
De voorzitter opent. [[Mr. Prinsen-Vogelaar]] licht de gronden toe en legt een leenovereenkomst van 2 augustus 2025
over, getekend door [[Remco van 't Hul]]. Zij wijst op de medische situatie van cliënte ([[burn-out]], behandeling
tot december 2025). [[Mevrouw Kartodikromo]] verklaart dat [[Remco]] 'hooguit drie nachten per week' blijft.
---PAGE---
[[Mevrouw Ter Avest]] licht de waarnemingen toe. Op vraag van [[mevrouw Çakır-Bosman]] bevestigt zij dat geen
waarnemingen in het weekend of in Breda zijn gedaan. [[Mevrouw Verbruggen-Dijkstra]] verklaart dat in juni 2025 het
standaardformulier heronderzoek is gebruikt, met de vraag 'Woont er iemand bij u?'.

# Actiepunten
Nr | Actie | Wie | Wanneer
1 | Leenovereenkomst en bankafschriften partner toevoegen aan dossier | [[NAH]] | 26-03-2026
2 | Navragen bij {{Woonstichting De Hoeksteen}} wie als huurder staat geregistreerd | [[MtA]] | 02-04-2026
3 | Concept-advies commissie | [[JPH]] | 16-04-2026
De voorzitter sluit om 15:10 uur. Het verslag is vastgesteld door de voorzitter: [[JPH]].
""", title="Verslag hoorzitting BZ-2026-0112", producer="Aspose.PDF for .NET 23.4", creator="Aspose.Words"),

Doc("zm21_advies_commissie", "ttf", """
# Advies {{Commissie bezwaarschriften Zuidmeer}} - {{BZ-2026-0112}}
Datum: 16 april 2026

De commissie adviseert het college het bezwaar van [[mevrouw Kartodikromo-Haverkamp]] gedeeltelijk gegrond te
verklaren. Het hoofdverblijf in dezelfde woning is aannemelijk gemaakt vanaf 1 oktober 2025 (de datum waarop de
energierekening is overgezet en de parkeervergunning is afgegeven), niet vanaf 1 augustus 2025. De periode van
terugvordering moet worden beperkt tot 1 oktober 2025 - 31 januari 2026 (EUR 5.149,76).

De leenovereenkomst overtuigt de commissie niet: zij is niet geregistreerd en er is niets afgelost. Het beroep op
dringende redenen ({{artikel 58}} lid 8 {{Participatiewet}}) faalt; de {{Centrale Raad van Beroep}} legt die norm
strikt uit. Wel adviseert de commissie een ruime betalingsregeling via de {{Kredietbank Zuidmeer}}.

De commissie wijst erop dat een melding van een buurtbewoner op zichzelf geen bewijs is, maar wel aanleiding
voor onderzoek mag zijn ({{Handhavingsbeleid Participatiewet 2025}}, paragraaf {{3.2}}).

De voorzitter, [[mr. J.P. Haasnoot]]     De secretaris, [[N. Aït Hamou]]
Leden: [[drs. E. Çakır-Bosman]] en [[L.F. de Jong]] (niet aanwezig bij de hoorzitting, wel bij de beraadslaging).
""", title="Advies bezwaarcommissie", producer="ReportLab PDF Library - www.reportlab.com", creator="Word",
    outline=[("Advies BZ-2026-0112", 0), ("Concept JP Haasnoot v2", 0), ("Reactie Esra Cakir", 0)],
    hidden=[("outline", "JP Haasnoot"), ("outline", "Esra Cakir")]),

Doc("zm22_factuur_tolk", "ttf", """
# FACTUUR
[[Ayşe Çelik-Yılmaz]] - beëdigd tolk Turks en Nederlands
[[Van Speijkstraat 41]], [[4814 DG]] Breda
T [[06-4490 1187]] | [[ayse.celik@tolkcelik.nl]]
KvK: [[69120488]] | Registratie {{Wbtv}} nr. [[20418]] | IBAN [[NL58 ASNB 0883 4129 06]]

Aan: {{Gemeente Zuidmeer}}, team {{Handhaving Werk en Inkomen}}, t.a.v. {{crediteurenadministratie}}
Factuurnummer: {{2026-014}}   Datum: 30 januari 2026   Uw referentie: {{HH-2026-0412}}

Omschrijving | Aantal | Tarief | Bedrag
Tolkdienst verhoor {{Stadskantoor}} 29-01-2026 | 1,5 uur | 57,50 | 86,25
Reiskosten Breda-Zuidmeer v.v. | 46 km | 0,23 | 10,58
Totaal (vrijgesteld van btw, art. {{11}} lid 1 onder o {{Wet OB}}) | | | 96,83

Betaling binnen 30 dagen op [[NL58 ASNB 0883 4129 06]] t.n.v. [[A. Çelik-Yılmaz]].
""", title="Factuur 2026-014", producer="Moneybird PDF", creator="Moneybird"),

Doc("zm23_factuur_recherche", "rl", """
[[Recherchebureau Vigilant]] - eenmanszaak van [[H.W. (Henk) Brouwers]]
[[Industrieweg 12-B]], [[4817 HG]] Zuidmeer | [[06-51 02 88 34]] | [[henk@vigilantrecherche.nl]]
KvK [[80231154]] | btw-id [[NL003421887B45]] | vergunning {{POB}} {{ND8421}} | IBAN [[NL26 KNAB 0258 3391 44]]

Aan: {{Gemeente Zuidmeer}}, {{Handhaving Werk en Inkomen}}
Factuurnummer: {{V-2026-007}}   Datum: 2 februari 2026   Opdracht: {{raamovereenkomst 2025-SD-14}}

Omschrijving | Uren | Tarief | Bedrag
Ondersteuning waarneming zaak {{HH-2026-0398}} (niet {{HH-2026-0417}}) | 6,0 | 68,00 | 408,00
Rapportage | 1,5 | 68,00 | 102,00
Subtotaal | | | 510,00
btw 21% | | | 107,10
Totaal | | | 617,10

Let op: de inzet voor zaak {{HH-2026-0417}} is door eigen medewerkers gedaan; deze factuur is als 'niet relevant'
beoordeeld maar wel geïnventariseerd omdat zij in dezelfde map stond.
""", title="Factuur V-2026-007", producer="Exact Online", creator="Exact Online"),

Doc("zm24_raadsvragen", "docx", """
# Schriftelijke vragen ex artikel {{44}} {{Reglement van orde}}
Datum: 23 februari 2026
Onderwerp: fraudebeleid bijstand en meldingen van buren
Indieners: {{Erkan Doğan}} ({{GroenLinks-PvdA}}) en {{Pieter Zwartjes}} ({{VVD}})

In het {{Zuidmeers Dagblad}} van 20 februari 2026 stond een artikel over een alleenstaande moeder in de {{Oosterpolder}}
wier bijstand werd ingetrokken na een tip van een buurman. De fracties hebben de volgende vragen:

1. Hoeveel meldingen van vermoedelijke bijstandsfraude ontving de gemeente in 2025, en hoeveel leidden tot een
terugvordering?
2. Gebruikt de gemeente risicoprofielen of algoritmen bij de selectie van onderzoeken? Zo ja, zijn deze
opgenomen in het {{Algoritmeregister}}?
3. Hoe waarborgt het college dat na de {{toeslagenaffaire}} burgers niet onevenredig hard worden getroffen, en
hoe wordt de menselijke maat toegepast ({{Wet handhaving sociale zekerheid}}, in voorbereiding)?
4. Is de wethouder bereid het {{Handhavingsbeleid Participatiewet 2025}} te evalueren met de
{{Adviesraad Sociaal Domein Zuidmeer}}?

{{Erkan Doğan}}, raadslid {{GroenLinks-PvdA}}
{{Pieter Zwartjes}}, raadslid {{VVD}}

Ingekomen bij de griffie: 23 februari 2026. Behandelend griffiemedewerker: [[Lotte Ramaekers]], [[l.ramaekers@zuidmeer.nl]],
[[0165-38 43 12]]. Doorgezonden aan de ambtelijke organisatie (afdeling {{Werk en Inkomen}}, [[R. Vermeulen-Tan]]).
""", title="Raadsvragen fraudebeleid", author="Griffie Zuidmeer", producer="LibreOffice 7.6", creator="Writer"),

Doc("zm25_antwoord_raadsvragen", "ttf", """
# Beantwoording schriftelijke vragen {{Erkan Doğan}} en {{Pieter Zwartjes}}
Datum: 17 maart 2026 | Portefeuillehouder: wethouder {{Hanneke Brouwer-Smit}} | Registratienummer: {{RV-2026-011}}

Het college beantwoordt de vragen van de raadsleden {{Doğan}} ({{GroenLinks-PvdA}}) en {{Zwartjes}} ({{VVD}}) als volgt.
Wij gaan niet in op het individuele geval uit het {{Zuidmeers Dagblad}}; dat zou de privacy van de betrokkene schaden.

Vraag 1. In 2025 ontving het team {{Handhaving Werk en Inkomen}} 214 meldingen, waarvan 131 via het webformulier en
38 anoniem. 67 meldingen leidden tot een onderzoek en 29 tot een terugvordering (totaal EUR 241.880).
Vraag 2. De gemeente gebruikt geen risicoprofielen of zelflerende algoritmen. Wel ontvangt zij signalen van het
{{Inlichtingenbureau}} (bijvoorbeeld samenloop met {{UWV}}-uitkeringen). Deze staan beschreven in het
{{Algoritmeregister}} van de gemeente.
---PAGE---
Vraag 3. Het college past sinds 2024 de {{Handreiking menselijke maat}} van {{Divosa}} toe. Bij elke terugvordering
wordt beoordeeld of er dringende redenen zijn, en de beslagvrije voet wordt altijd gerespecteerd. Het voorstel voor
de {{Wet handhaving sociale zekerheid}} volgen wij met belangstelling.
Vraag 4. Ja. Wethouder {{Brouwer-Smit}} zal de evaluatie in het derde kwartaal samen met de
{{Adviesraad Sociaal Domein Zuidmeer}} uitvoeren en de raad via een raadsinformatiebrief informeren.

Burgemeester en wethouders van Zuidmeer,
de secretaris, {{drs. K.A. Mulder-Ploeg}}      de burgemeester, {{Marjolein Tiekstra}}
Inlichtingen: {{griffie@zuidmeer.nl}} of {{14 0165}}
Ambtelijk voorbereid door [[Rik Vermeulen-Tan]], beleidsadviseur ([[r.vermeulen-tan@zuidmeer.nl]], [[06 1290 4417]]).
""", title="Antwoord raadsvragen RV-2026-011", producer="Nitro Pro 13.70.2.40", creator="Nitro Pro", author="Femke Odinga",
    hidden=[("metadata", "Femke Odinga")]),

Doc("zm26_persbericht", "rl", """
# Persbericht - Zuidmeer evalueert handhaving bijstand met {{Adviesraad Sociaal Domein}}
Zuidmeer, 18 maart 2026

De {{gemeente Zuidmeer}} laat het {{Handhavingsbeleid Participatiewet 2025}} evalueren. Dat heeft wethouder
{{Hanneke Brouwer-Smit}} (Sociaal Domein) toegezegd in antwoord op vragen van de raadsfracties van {{GroenLinks-PvdA}} en
{{VVD}}. "Wie bijstand krijgt, moet zich aan de regels houden. Maar we kijken altijd naar de mens achter de melding,"
aldus wethouder {{Brouwer-Smit}}.

De gemeente gebruikt geen risicoprofielen. Onderzoeken starten na een signaal van het {{Inlichtingenbureau}}, een
melding of een heronderzoek. In 2025 leidden 29 onderzoeken tot een terugvordering.

Noot voor de redactie (niet voor publicatie):
Meer informatie: woordvoerder {{Daan Hoekstra}}, {{pers@zuidmeer.nl}}, {{0165 38 40 50}} (persnummer).
Foto wethouder: [[Yvonne Stam-Bergsma]] Fotografie, gebruik alleen met naamsvermelding.
""", title="Persbericht evaluatie handhaving", producer="Adobe PDF Library 23.1", creator="Adobe InDesign 19.0",
    author="Jasper Kooijman", xmp_creator="Jasper Kooijman", hidden=[("metadata", "Jasper Kooijman")]),

Doc("zm27_werkinstructie", "ttf", """
# Werkinstructie waarnemen in de openbare ruimte (versie 2.3)
Team {{Handhaving Werk en Inkomen}} - vastgesteld door het afdelingshoofd {{Werk en Inkomen}}, januari 2025

1. Waarnemingen vinden plaats vanaf de openbare weg, zonder technische hulpmiddelen (geen camera met zoom,
geen drone), en worden dezelfde dag vastgelegd in {{Suite4Sociaal Domein}}.
2. Voor een waarneming van meer dan vier keer is toestemming van de teamleider nodig; stelselmatige observatie
valt onder {{artikel 53a}} lid 2 {{Participatiewet}} en vraagt een afweging van proportionaliteit en subsidiariteit.
3. Kentekens worden alleen genoteerd als zij relevant zijn voor het onderzoek en worden gecontroleerd via de {{RDW}}.
4. Meldingen van buurtbewoners worden altijd vertrouwelijk behandeld; de identiteit van de melder komt niet in
het rapport (zie {{Protocol Meldingen Zuidmeer 2024}}).
5. Bij twijfel: overleg met {{Juridische Zaken}} of mail {{handhaving@zuidmeer.nl}}.

Bijlage: {{Model logboek waarnemingen}}; {{Handreiking menselijke maat}} ({{Divosa}}).
Versie | Datum | Auteur | Akkoord
2.2 | 12-03-2024 | [[C. van der Zwan-Obi]] | [[BL]]
2.3 | 20-01-2025 | [[Chioma van der Zwan-Obi]] ([[CZO]]) | [[B. Lemmens]]
""", title="Werkinstructie waarnemen", producer="PDF-XChange Editor 10.2", creator="PDF-XChange Editor",
    notes=[(0, [400, 700, 420, 720], "Lemmens, Bart", "Punt 2: vier keer is in HH-2026-0417 overschreden, Marloes even bespreken"),
           (0, [400, 600, 420, 620], "Schuurmans, Koen", "Bel mij: 06 53 18 02 66")],
    hidden=[("annotations", "Lemmens, Bart"), ("annotations", "Marloes"), ("annotations", "Schuurmans, Koen"),
            ("annotations", "06 53 18 02 66")]),

Doc("zm28_teamlijst", "ttf", """
# Bereikbaarheidslijst team {{Handhaving Werk en Inkomen}} - 2026
Algemeen: {{handhaving@zuidmeer.nl}} - {{14 0165}} - bezoekadres {{Stadskantoor}}, {{Albert Schweitzerplein 1}}
Naam | Functie | Pers.nr. | Mobiel | Paraaf
[[Lemmens, B.]] (Bart) | teamleider | [[60218]] | [[+31 6 1182 4467]] | [[BL]]
[[Ter Avest, M.]] (Marloes) | handhavingsspecialist / {{boa}} | [[70314]] | [[06-41 27 93 58]] | [[MtA]]
[[Schuurmans, K.]] (Koen) | handhavingsspecialist / {{boa}} | [[70877]] | [[06 53 18 02 66]] | [[KS]]
[[Baktawar, J.]] (Jeroen) | medewerker handhaving | [[71540]] | [[0031 6 3308 1952]] | [[JB]]
[[Yıldırım, S.]] (Sevda) | administratief medewerker | [[72096]] | [[06 2019 7731]] | [[SY]]
[[van der Zwan-Obi, C.]] (Chioma) | kwaliteitsmedewerker | [[68803]] | [[0165-384 268]] | [[CZO]]
Inkomensconsulent contactpersoon: [[Verbruggen-Dijkstra, I.]] - [[0165 - 38 42 17]] - paraaf [[IVD]]
Piketdienst weekend via {{Servicecentrum Zuidmeer}} {{0165 38 40 00}}. Lijst niet verspreiden buiten het team.
""", title="Bereikbaarheidslijst", producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel®"),

Doc("zm29_telefoonnotitie_scan", "scan", """
TELEFOONNOTITIE
Datum: 6 februari 2026   Aangenomen door: [[Sevda]]
Beller: [[mevrouw W. van 't Hul-Snijders]] (moeder van [[Remco]])
Terugbellen op: [[076-5218 430]]
Zegt dat haar zoon wel degelijk bij haar woont in Breda.
Wil met [[mevrouw Ter Avest]] spreken, is boos over het onderzoek.
Doorgezet naar [[Marloes]] en [[Bart]].
""", seed=29, producer="HP Scan", creator="HP LaserJet MFP M428fdw"),

Doc("zm30_juridisch_memo", "docx", """
# Memo
Aan: {{Commissie bezwaarschriften}} (secretariaat)
Van: afdeling {{Juridische Zaken}}
Datum: 2 april 2026
Onderwerp: hoofdelijke terugvordering van de partner en de positie van de melder

1. Hoofdelijkheid. {{Artikel 59}} {{Participatiewet}} maakt de partner hoofdelijk aansprakelijk voor de terugvordering
over de periode van de gezamenlijke huishouding. Daarvoor is een afzonderlijk besluit aan de partner nodig; dat is
in deze zaak niet genomen. Advies: dat herstellen in de beslissing op bezwaar of apart besluiten.
2. Melder. De melder is een buurtbewoner. Op grond van {{artikel 5.1}} lid 2 onder e {{Woo}} en de {{AVG}} worden naam
en contactgegevens van melders niet verstrekt, ook niet aan de gemachtigde (vgl. {{ABRvS}} {{ECLI:NL:RVS:2021:2094}}).
Wel moet de inhoud van de melding, zonder identificerende details, in het dossier staan.
3. Woo-verzoek {{WOO-2026-0031}}. De documenten van deze zaak vallen onder het verzoek; verstrekking is beperkt
tot geanonimiseerde versies. Bijzondere persoonsgegevens (gezondheid) worden geweigerd op grond van {{artikel 5.1}}
lid 1 onder d Woo.

Opgesteld: [[N. Aït Hamou]] ([[NAH]]), jurist. Gelezen: [[B. Lemmens]] ([[BL]]), [[J.P. Haasnoot]] (voorzitter commissie).
""", title="Memo hoofdelijkheid en melder", author="Noor Aït Hamou", producer="LibreOffice 7.6", creator="Writer",
    hidden=[("metadata", "Noor Aït Hamou")]),

Doc("zm31_woo_besluit", "ttf", """
{{Gemeente Zuidmeer}}
[[De heer T. Ravensbergen]]
[[Kerkpad 3]]
[[4811 AB]] Zuidmeer

Datum: 22 april 2026
Ons kenmerk: {{WOO-2026-0031}}
Onderwerp: besluit op uw Woo-verzoek

Geachte heer [[Ravensbergen]],

Op 2 maart 2026 heeft u gevraagd om documenten over een onderzoek van het team {{Handhaving Werk en Inkomen}} naar
een bijstandsuitkering. Op 26 maart 2026 hebben wij de beslistermijn met twee weken verdaagd. Hierbij ons besluit.

# Besluit
Wij maken 33 documenten deels openbaar. De documenten staan op de inventarislijst (bijlage 1). De antwoorden op de
raadsvragen en het persbericht waren al openbaar en worden opnieuw verstrekt.

# Overwegingen
De documenten gaan over één inwoner. Zelfs zonder naam is zij voor buurtbewoners herkenbaar. Wij hebben daarom alle
gegevens die haar, haar partner, haar kinderen, de melder en andere derden identificeren weggelakt (artikel
{{5.1}} lid 2 onder e Woo). Haar BSN en dat van haar partner zijn geweigerd op grond van artikel {{5.1}} lid 1 onder e,
gezondheidsgegevens op grond van artikel {{5.1}} lid 1 onder d.
---PAGE---
Namen, e-mailadressen, telefoonnummers en paraven van medewerkers van de gemeente en van de leden van de
{{Commissie bezwaarschriften}} zijn weggelakt; zij treden niet naar buiten op. De namen van wethouder
{{Brouwer-Smit}}, burgemeester {{Tiekstra}}, de raadsleden {{Doğan}} en {{Zwartjes}} en de woordvoerder blijven staan.
Kentekens, rekeningnummers en klantnummers van particulieren zijn weggelakt. De rekening van de gemeente
({{NL47 BNGH 0285 1663 01}}) blijft staan.

Dit besluit en de documenten publiceren wij op {{open.overheid.nl}}.

# Bezwaar
Binnen zes weken na de dag van verzending kunt u bezwaar maken ({{Algemene wet bestuursrecht}}).

Hoogachtend,
burgemeester en wethouders van Zuidmeer,
namens dezen,
[[S. Wijnbergen]]
Woo-coördinator
Behandelaar: [[Sjoerd Wijnbergen]], T [[0165-38 41 09]], [[s.wijnbergen@zuidmeer.nl]]. Kopie per e-mail: [[thijs.ravensbergen@gmail.com]]
""", title="Woo-besluit WOO-2026-0031", producer="iText® 7.2.5 ©2000-2023 Apryse", creator="Xential"),

Doc("zm32_inventarislijst", "rl", """
# Inventarislijst {{WOO-2026-0031}}
Nr | Document | Datum | Beoordeling | Grond | Opmerking
1 | Woo-verzoek | 02-03-2026 | deels openbaar | {{5.1.2e}} |
3 | Meldformulier {{MLD-2026-0088}} | 12-01-2026 | deels openbaar | {{5.1.2e}} | melder onherkenbaar gemaakt
4 | Brief buurtbewoner (scan) | 12-01-2026 | deels openbaar | {{5.1.2e}} |
6 | Rapport van bevindingen | 03-02-2026 | deels openbaar | {{5.1.1e}}, {{5.1.2e}} | BSN
9 | Proces-verbaal van verhoor | 28-01-2026 | deels openbaar | {{5.1.1d}}, {{5.1.1e}}, {{5.1.2e}} | gezondheid
10 | Rekeningoverzicht | 31-10-2025 | deels openbaar | {{5.1.2e}} | IBAN particulieren
14 | Teams-chat | 12-02-2026 | deels openbaar | {{5.1.2e}} | privéberichten niet relevant
18 | Bezwaarschrift | 20-02-2026 | deels openbaar | {{5.1.1d}}, {{5.1.2e}} |
23 | Factuur {{V-2026-007}} | 02-02-2026 | deels openbaar | {{5.1.2e}} | andere zaak
25 | Antwoord raadsvragen {{RV-2026-011}} | 17-03-2026 | openbaar | | reeds openbaar
26 | Persbericht | 18-03-2026 | openbaar | | reeds openbaar
28 | Bereikbaarheidslijst | 2026 | deels openbaar | {{5.1.2e}} |
Behandelaar: [[SW]] ([[Sjoerd Wijnbergen]], [[s.wijnbergen@zuidmeer.nl]]) / controle: [[NAH]]. Vragen: {{woo@zuidmeer.nl}}.
Verzoeker: [[T. Ravensbergen]]; derde-belanghebbende gehoord: [[mevrouw Kartodikromo-Haverkamp]] (via gemachtigde).
""", title="Inventarislijst WOO-2026-0031", producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel®"),

Doc("zm33_zienswijze", "rl", """
{{Gemeente Zuidmeer}} - {{Juridische Zaken}}
[[Mevrouw D.S. Kartodikromo-Haverkamp]]
p/a [[mr. A.M. Prinsen-Vogelaar]], {{Prinsen Advocaten}}, {{Westblaak 96}}, {{3012 KM Rotterdam}}

Datum: 27 maart 2026
Kenmerk: {{WOO-2026-0031}}
Onderwerp: verzoek om zienswijze over openbaarmaking

Geachte mevrouw [[Kartodikromo-Haverkamp]],

Wij hebben een verzoek ontvangen op grond van de {{Wet open overheid}} om documenten over het onderzoek naar uw
bijstandsuitkering. Wij zijn van plan deze documenten deels openbaar te maken. Uw naam, adres, BSN, geboortedatum,
rekeningnummers, gezondheidsgegevens en de namen van uw kinderen ([[Aruna]] en [[Bayu]]) en van [[de heer Van 't Hul]]
maken wij niet openbaar. U kunt binnen twee weken uw zienswijze geven ({{artikel 4.4}} Woo).

Met vriendelijke groet,
namens dezen,
[[Sjoerd Wijnbergen]]
Woo-coördinator, T [[0165-38 41 09]], [[s.wijnbergen@zuidmeer.nl]]
""", title="Verzoek zienswijze", producer="ReportLab PDF Library - www.reportlab.com", creator="Xential"),
]
