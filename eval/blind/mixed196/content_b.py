"""Set WA, documents wa08-wa33."""
LH = "Gemeente Rijnmonde"
FT = "Woo-besluit 2026-0412"
DOCS = []


def D(**kw):
    kw.setdefault("kind", "rl")
    kw.setdefault("footer", FT)
    DOCS.append(kw)


D(stem="wa08_mail_rivierduin_badkamer", title="RE: badkamer Anne Frankstraat", embedded=True, producer="Microsoft Outlook for Microsoft 365",
  creator="Microsoft Outlook", body="""
Van: [[p:Teeuwen, Ramon]] <[[e:r.teeuwen@rivierduin.nl]]>
Verzonden: dinsdag 7 oktober 2025 09:14
Aan: [[p:el Amrani, Youssef]] <[[e:y.elamrani@rijnmonde.nl]]>
CC: [[p:Meijer-Sánchez, Claudia]] <[[e:c.meijer-sanchez@rivierduin.nl]]>; {{m:wmo@rijnmonde.nl}}
Onderwerp: RE: badkamer Anne Frankstraat 9 ({{r:WMO-2025-12240}})

Hoi [[p:Youssef]],

Wij vervangen de vloer en de afvoer; dat valt onder planmatig onderhoud van {{o:Rivierduin}}. De rest (douche, beugels,
toilet) is voor de {{w:Wmo}}. Volgens het {{g:Convenant Wonen en Zorg Rijnmonde 2024-2027}} betaalt de gemeente aanpassingen
boven {{c:€ 750}}. Kun je de offerte van [[p:Öztürk]] doorsturen? Onze opzichter komt donderdag kijken.

Groet,
[[p:Ramon Teeuwen]]
{{j:opzichter woningaanpassingen}} | {{o:Woonstichting Rivierduin}} | [[t:06-10 33 72 58]]
Centraal: {{m:0481 - 35 00 00}} | {{m:info@rivierduin.nl}}

-----Oorspronkelijk bericht-----
Van: [[p:el Amrani, Youssef]]
Verzonden: maandag 6 oktober 2025 16:40
Aan: [[p:Teeuwen, Ramon]]
Onderwerp: badkamer Anne Frankstraat 9

Beste [[p:Ramon]],

Mevrouw [[p:Yıldız]] ([[h:na een CVA halfzijdig verlamd]]) kan niet meer in bad. Haar dochter [[p:Elif Yıldız]] ([[e:elif.yildiz94@hotmail.com]]) is contactpersoon.
Ik wil de aanpassing snel laten uitvoeren; de ergotherapeut [[p:A. Pijpers]] adviseert een inloopdouche.

Met vriendelijke groet,
[[p:Youssef el Amrani]]
{{j:Wmo-consulent}} {{o:gemeente Rijnmonde}} | [[t:0481 - 36 22 17]] (ma, di, do)
""")

D(stem="wa09_mail_hellingbaan", title="Mailwisseling hellingbaan", kind="docx", docx_author="[[p:Inge van 't Wout-Brinkman]]", body="""
Van: [[p:Inge van 't Wout]] <[[e:i.vantwout@rijnmonde.nl]]>
Verzonden: 3 november 2025 11:02
Aan: [[p:Claudia Meijer-Sánchez]]; [[p:Hazenberg, Sjoerd]]
Onderwerp: hellingbaan voordeur [[a:Populierenlaan 31]] ({{r:WMO-2025-12517}})
Beste [[p:Claudia]],
Voor de heer [[p:H. Rozendaal]] ([[h:rolstoelafhankelijk na beenamputatie]]) is een hellingbaan bij de voordeur nodig. Het hoogteverschil is 18 cm. Volgens het {{n:Bouwbesluit}} kan een vaste hellingbaan van 1:12 niet op de stoep; de {{o:gemeente Rijnmonde}} (afdeling {{o:Openbare Ruimte}}) moet toestemming geven. Graag jullie akkoord als eigenaar.
Groet, [[p:Inge]]
{{j:Wmo-consulent}}, bereikbaar via {{m:14 0481}}
Van: [[p:Claudia Meijer-Sánchez]] <[[e:c.meijer-sanchez@rivierduin.nl]]>
Verzonden: 4 november 2025 08:37
Onderwerp: RE: hellingbaan
Akkoord van {{o:Rivierduin}}, mits de baan bij verhuizing weer wordt verwijderd. Ik heb het vastgelegd in ons systeem onder {{r:RD-MUT-88412}}.
[[p:Claudia Meijer]], {{j:medewerker klantcontact}}, [[t:0481-350 014]]
""")

D(stem="wa10_teams_chat", title="Teams-chat Wmo-team", embedded=True, producer="Microsoft Teams export", body="""
# Chat: Wmo woningaanpassingen (export 10-10-2025)
[09:02] [[p:Marloes ter Horst]]: Morgen! Wie heeft er nog plek voor een huisbezoek vrijdag?
[09:05] [[p:Youssef el Amrani]]: Ik niet, heb [[p:Yıldız]] en twee herindicaties
[09:06] [[p:Inge van 't Wout-Brinkman]]: ik kan wel, gaat het om de traplift van [[p:mw Wijnhoven]]?
[09:07] [[p:Marloes ter Horst]]: ja. [[p:Annelies]] adviseert verhuizen, dochter is boos
[09:09] [[p:Sjoerd Hazenberg]]: Hou je aan de {{w:Verordening}}, goedkoopst adequaat. Ik teken de afwijzing wel
[09:10] [[p:Inge van 't Wout-Brinkman]]: 👍
[09:14] [[p:Youssef el Amrani]]: Btw [[p:Wim]] van de trapliften belt steeds mijn 06, kan iemand hem de {{m:14 0481}} geven?
[09:15] [[p:Marloes ter Horst]]: haha [[p:Wimpie]] weer. Doe ik
[09:21] [[p:Sjoerd Hazenberg]]: En [[p:Yous]], vergeet de {{g:BRP-check}} niet bij [[p:Rozendaal]]
[09:22] [[p:Youssef el Amrani]]: 👌 gedaan, zie {{r:WMO-2025-12517}}
[09:40] [[p:Marloes ter Horst]]: overleg met {{o:Rivierduin}} verzet naar dinsdag, zaal {{n:Florence Nightingale}} in het {{l:Stadskantoor}}
""")

D(stem="wa11_beschikking_afwijzing", title="Beschikking traplift", letterhead=LH, producer="Aspose.Words for .NET 23.4.0",
  creator="Suite4Sociaal Domein", body="""
Retouradres: Postbus 1040, 6680 AA Rijnmonde

[[p:Mevrouw G. Wijnhoven-Beukema]]
[[a:Kerkdijk 27]]
[[a:6681 BK Rijnmonde]]

Datum: 21 oktober 2025
Zaaknummer: {{r:WMO-2025-11873}}
Cliëntnummer: [[n:C-0044817]]
Contactpersoon: [[p:M. ter Horst]], telefoon [[t:06-41 27 83 90]]

Onderwerp: beschikking maatwerkvoorziening woningaanpassing

Geachte mevrouw [[p:Wijnhoven-Beukema]],

U heeft op 28 augustus 2025 een {{u:traplift}} aangevraagd. Wij wijzen deze aanvraag af. Wel kennen wij u een
verhuiskostenvergoeding toe van {{c:€ 3.150}} en een tijdelijke {{u:tweede trapleuning}}.

Waarom deze beslissing?
Volgens het advies van {{o:Ergotherapie Rivierenland}} is een gelijkvloerse woning de goedkoopst adequate oplossing
(artikel {{w:2.3.5, vierde lid, Wmo 2015}} en artikel {{w:4.2 Verordening maatschappelijke ondersteuning Rijnmonde 2025}}).
[[h:Uw ziekte is progressief]] en een traplift biedt op termijn geen veilige oplossing.

Bent u het niet eens met deze beslissing? Dan kunt u binnen zes weken bezwaar maken bij het college, Postbus 1040,
6680 AA Rijnmonde, of via {{m:bezwaar@rijnmonde.nl}}.

Met vriendelijke groet,
namens het college van burgemeester en wethouders van Rijnmonde,

[[p:S.A. Hazenberg]]
{{j:teamleider Wmo}}
""")

D(stem="wa12_bezwaarschrift_scan", title="Bezwaarschrift", kind="scan", producer="Canon iR-ADV C5535 PDF", creator="Canon",
  angle=0.7, body="""
# Bezwaarschrift
[[p:Pieter-Jan Dekkers]]
[[a:Hoogstraat 3]], 6681 AB Rijnmonde
Aan het college van burgemeester en wethouders van Rijnmonde
Rijnmonde, 24 november 2025
Betreft: bezwaar tegen beschikking van 21 oktober 2025, zaak WMO-2025-11873
Namens mijn schoonmoeder, mevrouw [[p:Wijnhoven-Beukema]], geboren [[d:14-03-1951]], maak ik bezwaar.
Verhuizen is voor haar geen optie: zij woont al 41 jaar aan de [[a:Kerkdijk 27]] en haar netwerk zit in de buurt.
De wachttijd voor een gelijkvloerse woning is meer dan twee jaar. Zij valt nu al van de trap.
Ik vraag om een hoorzitting.
Machtiging bijgevoegd. Telefoon: [[t:06-37 21 90 44]]
Hoogachtend,
~ [[p:P.J. Dekkers]]
""")

D(stem="wa13_ontvangst_bezwaar", title="Ontvangstbevestiging bezwaar", kind="docx", docx_author="[[p:Daan Kloosterboer]]", body="""
Gemeente Rijnmonde
Datum: 2 december 2025
Kenmerk: {{r:BZ-2026-0087}}
Aan: [[p:de heer P.J. Dekkers]], [[a:Hoogstraat 3]], 6681 AB Rijnmonde
Onderwerp: ontvangst bezwaarschrift
Geachte heer [[p:Dekkers]],
Wij hebben uw bezwaarschrift van 24 november 2025 ontvangen. De {{o:Commissie bezwaarschriften Rijnmonde}} hoort u op 13 januari 2026 om 14.00 uur in het {{l:Stadskantoor}}, {{l:Burgemeester Visserstraat 1}}, zaal {{n:Florence Nightingale}}.
Met vriendelijke groet,
{{j:secretaris van de commissie}}
[[p:mr. D. Kloosterboer]], [[e:d.kloosterboer@rijnmonde.nl]]
""")

D(stem="wa14_hoorzitting", title="Verslag hoorzitting", letterhead="Commissie bezwaarschriften Rijnmonde",
  producer="Microsoft® Word 2016", creator="Microsoft® Word 2016", outline=[("Verslag hoorzitting", 0), ("Aanwezigen", 0), ("Bespreking", 0), ("Actiepunten", 1)],
  body="""
# Verslag hoorzitting bezwaar {{r:BZ-2026-0087}}
Datum: 13 januari 2026, {{l:Stadskantoor}} Rijnmonde

## Aanwezigen
Naam | Rol | Code
[[p:mr. C.H. Baan-Veldhuis]] | {{j:voorzitter commissie}} | [[s:CBV]]
[[p:drs. R. de Vries-Omar]] | {{j:lid commissie}} | [[s:RdVO]]
[[p:mr. D. Kloosterboer]] | {{j:secretaris}} | [[s:DK]]
[[p:P.J. Dekkers]] | gemachtigde bezwaarmaker | -
[[p:G. Wijnhoven-Beukema]] | bezwaarmaker | -
[[p:M. ter Horst]] | {{j:Wmo-consulent}}, namens verweerder | [[s:MtH]]

## Bespreking
De voorzitter opent de zitting. De heer [[p:Dekkers]] licht het bezwaar toe: mevrouw [[p:Wijnhoven]] [[h:is in december opnieuw gevallen en heeft een polsfractuur opgelopen]]. Een gelijkvloerse woning van {{o:Woonstichting Rivierduin}} is volgens hem niet binnen twee jaar beschikbaar; de wachtlijst {{g:Wonen met Zorg}} telt 212 woningzoekenden.
Mevrouw [[p:Wijnhoven]] zegt: "Ik wil hier blijven, mijn buurvrouw [[p:Truus]] helpt me elke dag."
Mevrouw [[p:ter Horst]] verwijst naar het advies van {{o:Ergotherapie Rivierenland}} en naar de {{w:Verordening maatschappelijke ondersteuning Rijnmonde 2025}}. Een traplift kost circa {{c:€ 6.300}}; de verhuiskostenvergoeding {{c:€ 3.150}}.
=PAGE=
Op vragen van het lid [[p:De Vries-Omar]] antwoordt mevrouw [[p:ter Horst]] dat een huurtraplift mogelijk is via {{o:Liftgroep Nederland B.V.}}, voor {{c:€ 98}} per maand.
De voorzitter sluit de zitting om 15.05 uur.

## Actiepunten
Nr | Actie | Wie | Wanneer
1 | wachttijd gelijkvloerse woning opvragen bij {{o:Rivierduin}} | [[s:DK]] | 20-01-2026
2 | offerte huurtraplift opvragen | [[s:MtH]] | 20-01-2026
3 | concept-advies | [[s:CBV]] | 03-02-2026
""")

D(stem="wa15_advies_commissie", title="Advies bezwaarcommissie", embedded=True, producer="Adobe PDF Library 17.11",
  creator="Acrobat PDFMaker 23 for Word", meta_author="[[p:Baan-Veldhuis, Cornelia]]", body="""
# Advies {{o:Commissie bezwaarschriften Rijnmonde}}
Zaak: {{r:BZ-2026-0087}} - bezwaar van mevrouw [[p:G. Wijnhoven-Beukema]] tegen de beschikking van 21 oktober 2025

## Feiten
Bezwaarmaakster heeft [[h:de ziekte van Parkinson]]. Zij woont in een huurwoning van {{o:Woonstichting Rivierduin}}. Het college heeft een traplift afgewezen en een verhuiskostenvergoeding toegekend.
## Beoordeling
Volgens vaste rechtspraak van de {{o:Centrale Raad van Beroep}} mag het college bij een woningaanpassing verhuizen als goedkoopst adequate oplossing aanmerken, maar moet het dan onderzoeken of een passende woning binnen redelijke termijn beschikbaar is (vgl. {{r:ECLI:NL:CRVB:2019:2870}}). Dat onderzoek ontbreekt. Uit informatie van {{o:Rivierduin}} blijkt een wachttijd van 26 maanden.
Gelet op [[h:de valincidenten en de polsfractuur van december 2025]] is een overbrugging nodig.
=PAGE=
## Advies
De commissie adviseert het bezwaar gegrond te verklaren, de beschikking te herroepen en een huurtraplift toe te kennen voor ten minste twee jaar, onder handhaving van het verhuisadvies.

Rijnmonde, 3 februari 2026
De commissie,
[[p:mr. C.H. Baan-Veldhuis]], {{j:voorzitter}}        [[p:mr. D. Kloosterboer]], {{j:secretaris}}
""")

D(stem="wa16_beslissing_op_bezwaar", title="Beslissing op bezwaar", letterhead=LH, producer="Aspose.Words for .NET 23.4.0",
  creator="Corsa 8.1", body="""
[[p:De heer P.J. Dekkers]]
[[a:Hoogstraat 3]]
[[a:6681 AB Rijnmonde]]

Datum: 17 februari 2026
Kenmerk: {{r:BZ-2026-0087}}
Onderwerp: beslissing op bezwaar

Geachte heer [[p:Dekkers]],

Het college heeft besloten het bezwaar van mevrouw [[p:Wijnhoven-Beukema]] gegrond te verklaren, overeenkomstig het advies
van de {{o:Commissie bezwaarschriften Rijnmonde}}. Wij kennen een huurtraplift toe voor de duur van twee jaar; het
verhuisadvies blijft staan. {{o:Woonstichting Rivierduin}} geeft haar urgentie binnen de {{g:regeling Wonen met Zorg}}.
De proceskosten worden niet vergoed omdat geen rechtsbijstand beroepsmatig is verleend ({{w:artikel 7:15 Awb}}).

Tegen dit besluit kunt u binnen zes weken beroep instellen bij de {{o:rechtbank Gelderland}}.

Hoogachtend,
burgemeester en wethouders van Rijnmonde,
de secretaris,                         de burgemeester,
{{f:drs. H.T. Kamphuis}}               {{f:A.C. Drost}}
""")
