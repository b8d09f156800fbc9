from lib211 import Doc

OUT = "Microsoft Outlook 16.0"
DOCS = []
A = DOCS.append

A(Doc("gv07_mail_rvo", "Mailwisseling RVO", """
Van: Verhulst, Joost <[[j.verhulst@gelderland.nl]]>
Verzonden: dinsdag 8 april 2025 16:12
Aan: Demirci, Yusuf <[[y.demirci@rvo.nl]]>
CC: [[Lotte van 't Hul]] <[[l.vanthul@gelderland.nl]]>; {{stikstof@gelderland.nl}}
Onderwerp: RE: fosfaatrechten en dieraantallen De Hoge Esch (zaak {{Z2025-018843}})

Hoi [[Yusuf]],

Dank voor je snelle reactie. Voor de beoordeling van het intern salderen moet ik zeker weten dat de 120 melkkoeien uit 2014 ook feitelijk zijn gehouden. Kun jij uit de {{I&R-registratie}} de gemiddelde aantallen over 2019-2021 halen voor {{UBN 1234567}}? Het relatienummer van de maatschap is {{RVO-rel 300412987}}.

[[Lotte]] rekent parallel de referentiesituatie na in {{AERIUS Calculator}}.

Groet,
[[Joost]]

[[Joost Verhulst]]
vergunningverlener {{Wet natuurbescherming}} | provincie Gelderland
T [[026 359 84 17]] | M [[06 - 52 71 04 36]]

Van: Demirci, Yusuf <[[y.demirci@rvo.nl]]>
Verzonden: dinsdag 8 april 2025 11:47
Aan: Verhulst, Joost <[[j.verhulst@gelderland.nl]]>
Onderwerp: RE: fosfaatrechten en dieraantallen De Hoge Esch

Beste [[Joost]],

De fosfaatrechten van dit bedrijf zijn in 2024 gegroeid door aankoop (transactie {{FR-2024-55821}}). Gegevens over individuele dieraantallen mag ik alleen verstrekken op grond van een wettelijke taak; ik stem dit af met onze privacy officer, mevrouw [[Nicole Scheepbouwer]].

Let op: het {{Landelijk Meetnet Effecten Mestbeleid}} en {{KringloopWijzer}}-gegevens vallen hier niet onder.

Met vriendelijke groet,
[[Yusuf Demirci]]
Senior adviseur | {{Rijksdienst voor Ondernemend Nederland}} | Team {{Mest en Dieraantallen}}
Prinses Beatrixlaan 2, Den Haag | T [[+31 (0)88 042 7719]] | algemeen {{088 042 42 42}}
---
Van: Verhulst, Joost
Verzonden: maandag 7 april 2025 09:03
Aan: [[y.demirci@rvo.nl]]
Onderwerp: fosfaatrechten en dieraantallen De Hoge Esch

Goedemorgen [[Yusuf]],

Zoals telefonisch besproken: wij hebben een aanvraag in behandeling van {{Melkveebedrijf De Hoge Esch}} (maatschap [[G. en A. van Ginkel]]). Volgens de gemachtigde, de heer [[Ter Horst]], zijn de dieraantallen conform de vergunning van 2014. De {{Raad van State}} eist dat de referentiesituatie feitelijk en planologisch legaal is gerealiseerd.

Met vriendelijke groet,
[[Joost Verhulst]]
""", prod="Microsoft Outlook 16.0", creator=OUT, author="Verhulst, Joost",
    hidden=[]))

A(Doc("gv08_mail_aao_aanvulling", "Mail adviesbureau aanvulling", """
Van: [[Bart ter Horst]] <[[b.terhorst@aa-oost.nl]]>
Verzonden: vrijdag 16 mei 2025 10:31
Aan: [[j.verhulst@gelderland.nl]]
CC: [[gerrit@hogeesch-melk.nl]]; [[Marloes Lubbers]] <[[m.lubbers@aa-oost.nl]]>
Onderwerp: Aanvulling aanvraag De Hoge Esch - {{Z2025-018843}}

Geachte heer [[Verhulst]], beste [[Joost]],

Hierbij de gevraagde aanvulling: (1) de herziene {{AERIUS Calculator}}-berekening met kenmerk {{RXbWq7Yz8kLp}}, (2) de bouwtekening van de stal ({{tekening BT-03}}) en (3) het overzicht van de dieraantallen 2019-2021 uit de {{I&R-registratie}}.

Over de referentiesituatie: mijn collega [[Marloes]] heeft de vergunning uit 2014 nagelopen en de latente ruimte niet meegenomen. Daarmee voldoen we aan de lijn van de {{Raad van State}}.

De heer [[Van Ginkel]] vraagt of het locatiebezoek na 1 juni kan plaatsvinden; de koeien staan tot dan deels buiten. Hij is bereikbaar op [[0342 - 44 19 27]].

Met vriendelijke groet,

[[Bart ter Horst]] | adviseur vergunningen
{{Agrarisch Adviesbureau Oost B.V.}} | {{Keizerstraat 40}}, Deventer
[[06-21489503]] | {{www.aa-oost.nl}}
""", ttf=True, prod="Microsoft Outlook 16.0", creator=OUT, author="Bart ter Horst"))

A(Doc("gv09_brief_verzoek_aanvulling", "Verzoek om aanvullende gegevens", """
# Provincie Gelderland
{{Markt 11}}, Arnhem | Postbus 9090, 6800 GX Arnhem | {{www.gelderland.nl}} | {{026 359 90 00}}

Maatschap [[Van Ginkel-Hardeman]]
t.a.v. de heer [[G. van Ginkel]]
[[Esveldsweg 14]]
[[3774 PK Kootwijkerbroek]]

| Datum | Kenmerk | Zaaknummer | Contactpersoon |
| 22 april 2025 | {{2025-011902}} | {{Z2025-018843}} | [[J. Verhulst]] |

Onderwerp: verzoek om aanvullende gegevens (artikel 4:5 {{Algemene wet bestuursrecht}})

Geachte heer [[Van Ginkel]],

Wij hebben uw aanvraag voor een omgevingsvergunning voor een Natura 2000-activiteit op 4 maart 2025 ontvangen. Om de aanvraag te kunnen beoordelen, hebben wij de volgende gegevens nodig:
1. een onderbouwing dat de referentiesituatie (120 melkkoeien) feitelijk is gerealiseerd;
2. een herziene {{AERIUS Calculator}}-berekening zonder latente ruimte;
3. een tekening van het emissiearme vloersysteem {{Rav-code A 1.28}}.

U kunt de gegevens tot en met 20 mei 2025 aanleveren via het {{Omgevingsloket}}. Uw gemachtigde, {{Agrarisch Adviesbureau Oost}}, ontvangt een kopie van deze brief.

Hoogachtend,
{{Gedeputeerde Staten van Gelderland}},
namens dezen,

[[R.J. Haverkamp]]
teamleider {{Vergunningverlening Natuur}}
""", prod="PDFlib+PDI 9.3.1 (Win64)", creator="Corsa Docs"))

A(Doc("gv10_zienswijze_schuurman", "Zienswijze familie Schuurman", """
[[Petra Schuurman]] en [[Koos Schuurman]]
[[Esveldsweg 9]]
[[3774 PK Kootwijkerbroek]]
[[p.schuurman61@hotmail.com]]

Aan {{Gedeputeerde Staten van Gelderland}}
Postbus 9090, 6800 GX Arnhem

Kootwijkerbroek, 2 oktober 2025

Betreft: zienswijze ontwerpbesluit natuurvergunning {{Melkveebedrijf De Hoge Esch}}, kenmerk {{2025-027731}}

Geachte gedeputeerde,

Wij wonen sinds 1987 schuin tegenover het bedrijf van de familie [[Van Ginkel]]. Wij maken bezwaar tegen de uitbreiding naar 185 koeien.

Ten eerste is de stank nu al hinderlijk. Onze dochter [[Marit]] heeft [[astma]] en last van de ammoniak in de zomer. Ten tweede klopt volgens ons het aantal koeien in 2014 niet; wij hebben toen nooit 120 melkkoeien in de wei gezien. Ten derde rijden er nu al dagelijks vrachtwagens van {{FrieslandCampina}} en de voerleverancier over de smalle weg.

Wij vragen u de vergunning te weigeren, en anders voorwaarden te stellen aan de route van het vrachtverkeer. Wij willen graag ons verhaal doen op een hoorzitting. Wij hebben de {{Dorpsraad Kootwijkerbroek}} en {{Stichting Stikstofwacht Veluwe}} een kopie gestuurd.

Met vriendelijke groet,

[[P.J. Schuurman-Brink]]                [[K. Schuurman]]
Telefoon: [[0342 44 23 18]]
""", prod="Microsoft® Word 2016", creator="Microsoft® Word 2016", author="Petra"))

A(Doc("gv11_zienswijze_moller", "Zienswijze per e-mail", """
Van: [[Jürgen Möller]] <[[j.moeller@web.de]]>
Verzonden: zaterdag 4 oktober 2025 21:40
Aan: {{omgevingsloket@gelderland.nl}}
Onderwerp: Zienswijze Hoge Esch / Kootwijkerbroek

Sehr geehrte Damen und Herren, geachte heer/mevrouw,

Ik ben eigenaar van het vakantiehuis aan de [[Boslaan 3a]] in Kootwijkerbroek en woon deels in Bocholt (Duitsland). Mijn Nederlands is niet perfect, excuses.

Ik ben tegen de uitbreiding. De heide van het {{Natura 2000-gebied Veluwe}} bij {{Kootwijkerzand}} vergrast zichtbaar. Ieder extra koe is te veel. In Duitsland heeft het {{Bundesverwaltungsgericht}} ook strengere eisen gesteld. Ik vraag u om een passende beoordeling te laten doen door een onafhankelijk bureau, niet door het bureau dat door de boer wordt betaald.

Bitte bestätigen Sie den Eingang. U kunt mij bellen op [[+49 2871 998 1204]] of in Nederland op [[0031 6 2904 7751]].

Mit freundlichen Grüßen / met vriendelijke groet,
[[J. Möller]]
""", ttf=True, prod="Microsoft Outlook 16.0", creator=OUT, author=""))

A(Doc("gv12_scan_brief_buurman", "Scan handgeschreven brief", """
# Aan de provincie Gelderland
Kootwijkerbroek, 6 oktober 2025

~ Geachte heren,
~ Ik ben de buurman van de boerderij aan de Esveldsweg.
~ Ik ben voor de uitbreiding. Gerrit van Ginkel is een
~ goede boer en zijn zoon Dirk-Jan moet verder kunnen.
~ Ik heb zelf 40 jaar koeien gehad.

~ Hoogachtend,
~ Hendrik Veldhuizen
~ Postweg 27, Kootwijkerbroek
~ tel. 0342-441655
""", producer="scan", prod="Canon iR-ADV C5560 PDF", creator="Canon iR-ADV C5560"))
# OCR probes (written with [[ ]] after marks are parsed from text below)
DOCS[-1].text = DOCS[-1].text.replace("Gerrit van Ginkel", "[[Gerrit van Ginkel]]").replace(
    "Dirk-Jan", "[[Dirk-Jan]]").replace("Hendrik Veldhuizen", "[[Hendrik Veldhuizen]]").replace(
    "Postweg 27", "[[Postweg 27]]").replace("0342-441655", "[[0342-441655]]")

A(Doc("gv13_teams_chat", "Teams-chat team stikstof", """
# Chat: Team Vergunningverlening Natuur - Hoge Esch
Export {{Microsoft Teams}}, 11 juni 2025

[09:02] [[Joost Verhulst]]: Morgen locatiebezoek Hoge Esch, wie rijdt? [[Hans]], jij neemt de dienstauto?
[09:04] [[Hans Oude Elferink]]: Ja, ik haal je om 8.15 op bij het {{Huis der Provincie}}.
[09:05] [[Lotte van 't Hul]]: Ik heb de referentiesituatie nagerekend, verschil is 0,00 op alle hexagonen. Maar let op de jongveestal, die staat niet op de tekening.
[09:07] [[Joost Verhulst]]: Goed punt [[Lot]]. [[Marieke]] wil weten of we het {{Stikstofregistratiesysteem}} nodig hebben, volgens mij niet.
[09:11] [[Marieke de Boer-Kuipers]]: Klopt, maar ik wil de {{ECLI:NL:RVS:2024:4923}}-lijn in de nota terugzien. Gedeputeerde wil het stuk vóór de {{GS-vergadering}} van 1 juli.
[09:12] [[Rob Haverkamp]]: 👍 Zet het op de lijst voor het werkoverleg. Ik bel [[Bart ter Horst]] nog even over de tekening.
[09:15] [[Hans Oude Elferink]]: Boer [[Van Ginkel]] is niet zo blij met ons, zei zijn zoon. Ik neem laarzen mee.
[09:16] [[Lotte van 't Hul]]: 😂
[09:20] [[Zoë Çelik]]: Even tussendoor: er komt mogelijk een Woo-verzoek over dit dossier, bewaar alles in {{Corsa}}.
""", ttf=True, prod="Microsoft: Print To PDF", creator="Microsoft Teams"))

A(Doc("gv14_whatsapp", "WhatsApp-export", """
# WhatsApp-chat met Bart AAO
(export uit telefoon van aanvrager, meegestuurd als bijlage bij de aanvulling)

[12-05-25 07:44] [[Gerrit]]: [[Bart]], die van de provincie wil alle koeien van 2019 tot 2021 weten. Hebben we dat?
[12-05-25 08:10] Bart AAO: Ja dat haal ik uit de I&R. Stuur jij de mestbonnen even?
[12-05-25 08:12] [[Gerrit]]: [[Aaltje]] zoekt ze op. Wanneer komen ze kijken?
[12-05-25 08:30] Bart AAO: Na 1 juni. Die [[Verhulst]] is wel redelijk hoor.
[12-05-25 12:02] [[DJ]]: pa ik heb de bonnen gescand, staan in de mail 👍
[12-05-25 12:05] [[Gerrit]]: Top jong
[13-05-25 19:22] Bart AAO: [[Dirk-Jan]], kun je ook de foto van de nestkast van de kerkuil sturen? Die wil de ecoloog hebben, [[Sietske]].
[13-05-25 19:40] [[DJ]]: komt eraan
[14-05-25 06:58] [[Gerrit]]: Buurvrouw [[Schuurman]] loopt weer te klagen in het dorp. Zit ze ook bij die {{Stikstofwacht}}?
[14-05-25 07:15] Bart AAO: Geen idee. Niet op reageren [[Gerrit]], laat de procedure zijn werk doen.
""", prod="Skia/PDF m124", creator="WhatsApp"))
DOCS[-1].text = DOCS[-1].text.replace("Bart AAO", "[[Bart AAO]]").replace("met [[Bart AAO]]", "met [[Bart AAO]]")

A(Doc("gv15_verslag_locatiebezoek", "Verslag locatiebezoek", """
# Verslag locatiebezoek natuurvergunning
Zaak {{Z2025-018843}} | {{Melkveebedrijf De Hoge Esch}} | Kootwijkerbroek

| Datum bezoek | Aanwezig (provincie) | Aanwezig (bedrijf) |
| 12 juni 2025, 09:00-11:15 | [[H. Oude Elferink]] (toezichthouder), [[J. Verhulst]] (vergunningverlener) | [[G. van Ginkel]], [[D.J. van Ginkel]], [[B. ter Horst]] (AAO) |

## 1. Doel
Vaststellen of de feitelijke situatie overeenkomt met de aanvraag en met de referentiesituatie uit de vergunning van 2014 (besluit {{PS2014-0527}}).

## 2. Bevindingen
De bestaande ligboxenstal (stal 1) heeft 124 ligboxen; bij het bezoek stonden er 117 melkkoeien. De jongveestal (stal 2) is niet op de aanvraagtekening {{tekening BT-03}} aangegeven; volgens de heer [[Van Ginkel]] jr. staan hier 40 tot 60 stuks jongvee. De mestopslag onder stal 1 is afgedekt. Op het erf staat een {{Lely Astronaut A5}}-melkrobot; in de nieuwe stal komen er drie.

De kerkuilkast in de kapschuur is aanwezig, zoals in de voortoets van {{Ecologisch Adviesbureau Groenvlak}} beschreven.

De toezichthouder heeft foto's gemaakt (foto 1-14, opgeslagen in {{Corsa}}).
---
## 3. Gesprek
De heer [[Gerrit van Ginkel]] gaf aan dat de aantallen in 2019-2021 gemiddeld 118 melkkoeien waren. Hij toonde mestafvoerbewijzen van {{FrieslandCampina}}-leveringen. Zijn vrouw, mevrouw [[Van Ginkel-Hardeman]], was niet aanwezig. Een buurman (de heer [[Veldhuizen]]) sprak de toezichthouders aan op de openbare weg; hij steunt de uitbreiding.

## 4. Conclusie
De referentiesituatie is aannemelijk gemaakt. De jongveestal moet in een herziene tekening worden opgenomen. Aanbeveling: voorschrift over het maximale aantal dieren per diercategorie.

Opgesteld: [[H. Oude Elferink]], 13 juni 2025 - gezien: [[J. Verhulst]]
""", prod="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
    outline=[(1, "Verslag locatiebezoek - concept Hans OE"), (1, "Opmerkingen Rianne Wolters (kwaliteit)"),
             (2, "Gesprek - aanvulling Gerrit van Ginkel")],
    hidden=[("outline", "Hans OE"), ("outline", "Rianne Wolters")]))
