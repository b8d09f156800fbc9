"""Set WA, documents wa01-wa16."""
LH = "Gemeente Rijnmonde"
FT = "Woo-besluit 2026-0412"
DOCS = []


def D(**kw):
    kw.setdefault("kind", "rl")
    kw.setdefault("footer", FT)
    DOCS.append(kw)


D(stem="wa01_woo_verzoek", title="Woo-verzoek woningaanpassingen", producer="Microsoft: Print To PDF", body="""
[[p:Thijs Verhoeven]]
[[a:Molenstraat 14b]]
[[a:6682 KT Rijnmonde]]
[[e:thijs.verhoeven@kpnmail.nl]] / [[t:06 - 28 11 47 09]]

Aan het college van burgemeester en wethouders van de {{o:gemeente Rijnmonde}}
t.a.v. {{m:woo@rijnmonde.nl}}

Rijnmonde, 12 januari 2026

Onderwerp: verzoek op grond van de {{w:Wet open overheid}}

Geacht college,

Op grond van de {{w:Wet open overheid}} verzoek ik u om openbaarmaking van alle documenten over woningaanpassingen
op grond van de {{w:Wet maatschappelijke ondersteuning 2015}} ({{w:Wmo 2015}}) in de periode 1 juni 2025 tot en met
31 december 2025, in het bijzonder over trapliften, badkameraanpassingen en hellingbanen in huurwoningen van
{{o:Woonstichting Rivierduin}}. Het gaat mij om aanvragen, adviezen, offertes, facturen, de afspraken met
{{o:Woonstichting Rivierduin}} over de kostenverdeling en de behandeling van bezwaarschriften.

Ik schrijf als bewoner van de wijk {{l:Oude Weerd}} en als lid van de {{o:Adviesraad Sociaal Domein Rijnmonde}}.
Persoonsgegevens van aanvragers hoef ik niet te ontvangen.

Met vriendelijke groet,

[[p:Th. Verhoeven]]
""")

D(stem="wa02_ontvangstbevestiging", title="Ontvangstbevestiging Woo-verzoek", embedded=True, letterhead=LH,
  producer="Aspose.Words for .NET 23.4.0", creator="Corsa 8.1", body="""
Retouradres: Postbus 1040, 6680 AA Rijnmonde

[[p:De heer Th. Verhoeven]]
[[a:Molenstraat 14b]]
[[a:6682 KT Rijnmonde]]

Datum: 19 januari 2026
Ons kenmerk: {{r:WOO-2026-0412}}
Behandeld door: [[p:Femke Oudejans]]
Telefoon: [[t:0481 - 36 24 58]]
E-mail: [[e:f.oudejans@rijnmonde.nl]]

Onderwerp: ontvangstbevestiging Woo-verzoek

Geachte heer [[p:Verhoeven]],

Op 12 januari 2026 hebben wij uw verzoek op grond van de {{w:Wet open overheid}} ontvangen. Uw verzoek is
geregistreerd onder nummer {{r:WOO-2026-0412}}. Wij beslissen binnen vier weken na ontvangst; deze termijn kan
met twee weken worden verlengd (artikel {{w:4.4 Woo}}). Omdat de documenten gegevens van {{o:Woonstichting Rivierduin}}
en van aannemers bevatten, krijgen zij de gelegenheid een zienswijze te geven.

Heeft u vragen? Bel dan het algemene nummer {{m:14 0481}} of mail naar {{m:woo@rijnmonde.nl}}.

Met vriendelijke groet,
namens het college van burgemeester en wethouders van Rijnmonde,

[[p:F.M. Oudejans]]
{{j:juridisch adviseur informatiebeheer}}
""")

D(stem="wa03_aanvraagformulier", title="Aanvraagformulier woningaanpassing Wmo", producer="iText 7.2.5 (AGPL)",
  creator="Formulierenserver Rijnmonde",
  fields=[("naam", "Naam aanvrager", "[[p:Gerda Wijnhoven-Beukema]]"),
          ("geb", "Geboortedatum", "[[d:14-03-1951]]"),
          ("bsn", "BSN", "[[b:183746295]]"),
          ("adres", "Adres", "[[a:Kerkdijk 27, 6681 BK Rijnmonde]]"),
          ("tel", "Telefoon", "[[t:0481-362901]]"),
          ("klacht", "Beperking", "[[h:ziekte van Parkinson, valt op de trap]]"),
          ("contact", "Contactpersoon", "[[p:Ria Jansen-Wijnhoven]] (dochter)")],
  body="""
# Aanvraag maatwerkvoorziening woningaanpassing
{{o:Gemeente Rijnmonde}} - {{o:Team Wmo}} - formulier {{r:WMO-F12}}

Met dit formulier vraagt u een maatwerkvoorziening aan op grond van artikel {{w:2.3.5}} van de {{w:Wmo 2015}}.
Stuur het ingevulde formulier naar {{m:wmo@rijnmonde.nl}} of naar Postbus 1040, 6680 AA Rijnmonde.
Zaaknummer: {{r:WMO-2025-11873}}

Soort voorziening: {{u:traplift}} / {{u:badkameraanpassing}} / {{u:drempelhulp}} / {{u:hellingbaan}}
Woning: huurwoning {{o:Woonstichting Rivierduin}}

Vul hieronder uw gegevens in.
""")

D(stem="wa04_gespreksverslag", title="Verslag keukentafelgesprek", kind="docx",
  docx_author="[[p:Karin Smeulders]]", body="""
# Verslag gesprek (keukentafelgesprek) Wmo
Zaaknummer: {{r:WMO-2025-11873}}
Datum gesprek: 2 september 2025, bij cliënte thuis
Aanwezig: [[p:mevrouw G. Wijnhoven-Beukema]], haar dochter [[p:Ria]], Wmo-consulent [[p:M. ter Horst]]
## Situatie
Mevrouw [[p:Wijnhoven]] (geboren [[d:14 maart 1951]]) woont alleen in een eengezinswoning van {{o:Woonstichting Rivierduin}} aan de [[a:Kerkdijk 27]]. Zij heeft sinds 2019 [[h:de ziekte van Parkinson]] en [[h:is in juli 2025 twee keer van de trap gevallen]]. Slaapkamer en badkamer liggen op de verdieping.
## Hulpvraag
Zij wil in haar woning blijven wonen en vraagt een {{u:traplift}}. Haar dochter [[p:Ria Jansen-Wijnhoven]] ([[t:06-19 88 20 41]]) komt drie keer per week.
## Afspraken
Consulent vraagt een advies van de ergotherapeut van {{o:Ergotherapie Rivierenland}} en overlegt met {{o:Woonstichting Rivierduin}} over een passende gelijkvloerse woning (verhuisadvies, {{w:artikel 4.2 Verordening maatschappelijke ondersteuning Rijnmonde 2025}}).
Consulent | Telefoon | Paraaf
[[p:Marloes ter Horst]] | [[t:06-41 27 83 90]] | [[s:MtH]]
""")

D(stem="wa05_ergotherapeutisch_advies", title="Ergotherapeutisch advies", embedded=True,
  producer="PDFpen 13.2", creator="Ergodossier 4", letterhead="Ergotherapie Rivierenland", body="""
# Ergotherapeutisch advies woningaanpassing
Opdrachtgever: {{o:gemeente Rijnmonde}}, {{o:Team Wmo}}, [[p:M. ter Horst]]
Kenmerk: {{r:WMO-2025-11873}} / ERG-25-3312
Cliënt: [[p:G. Wijnhoven-Beukema]], geboren [[d:14-03-1951]], BSN [[b:183746295]]
Adres: [[a:Kerkdijk 27]], 6681 BK Rijnmonde
Huisbezoek: 16 september 2025
## Medische gegevens en functioneren
Bekend met [[h:ziekte van Parkinson (Hoehn en Yahr stadium 3)]], [[h:orthostatische hypotensie]] en [[h:artrose in beide knieën]]. Gebruikt [[h:levodopa/carbidopa]]. Loopt binnenshuis met een {{u:rollator}}; traplopen gaat met twee handen aan de leuning en wisselend: in de off-periodes [[h:bevriest zij op de trap (freezing)]]. Valincidenten juli 2025 bevestigd door de huisarts, [[p:dokter Y. Bakkali]].
## Woning
Eengezinswoning van {{o:Woonstichting Rivierduin}}, rechte trap met 14 treden, breedte 78 cm. Een rechte {{u:traplift}} is technisch mogelijk. De badkamer op de verdieping heeft een instapdouche.
=PAGE=
## Afweging
Een traplift is in de off-periodes niet veilig zonder begeleiding bij het overstappen boven aan de trap. De verwachting is dat [[h:het ziektebeeld de komende drie tot vijf jaar verder progressief is]]. Een gelijkvloerse woning is op langere termijn de meest adequate oplossing; op korte termijn is een traplift een overbrugging.
## Advies
1. Verhuisadvies naar een gelijkvloerse woning (urgentie via {{o:Woonstichting Rivierduin}}, {{g:regeling Wonen met Zorg}}).
2. Als verhuizing niet binnen zes maanden mogelijk is: tijdelijk een gehuurde rechte {{u:traplift}} (huurconstructie via {{o:Liftgroep Nederland B.V.}}).
3. Tweede trapleuning als directe maatregel.

Ergotherapeut: [[p:Annelies Pijpers-Vroom]], BIG/KP-nummer [[x:KP 4410297]]
E-mail: [[e:annelies@ergorivierenland.nl]] | tel. [[t:06 52 90 13 77]]
Algemeen: {{m:info@ergorivierenland.nl}}
""")

D(stem="wa06_offerte_traplift", title="Offerte traplift", producer="Microsoft Excel 2016", creator="Microsoft Excel",
  letterhead="Traplift Service Hendriks", body="""
Eenmanszaak - [[p:W.J. Hendriks]] - [[a:Industrieweg 8, 6684 HL Rijnmonde]]
KvK [[k:71234567]] - btw [[x:NL001927364B55]] - IBAN [[i:NL42 RABO 0312 4567 89]]
Tel. [[t:06-23 45 67 12]] - [[e:wim@traplifthendriks.nl]]

# OFFERTE 2025-117
Aan: {{o:Gemeente Rijnmonde}}, {{o:Team Wmo}}, t.a.v. [[p:mevrouw M. ter Horst]]
Betreft: rechte traplift, adres cliënt [[a:Kerkdijk 27]] (zaak {{r:WMO-2025-11873}})
Datum: 24 september 2025

Omschrijving | Aantal | Prijs | Totaal
{{u:Stannah Siena 600}} rechte traplift, rail 4,2 m | 1 | 4.180,00 | 4.180,00
Montage en inbedrijfstelling | 1 | 395,00 | 395,00
Onderhoudscontract 5 jaar (huur optioneel) | 1 | 640,00 | 640,00
Subtotaal | | | {{c:5.215,00}}
Btw 21% | | | {{c:1.095,15}}
Totaal | | | {{c:6.310,15}}

Levertijd 4 weken. Geldig tot 31 oktober 2025. Op deze offerte zijn de {{g:Algemene Voorwaarden Metaalunie}} van toepassing.
Voor akkoord: [[p:Wim Hendriks]]
""")

D(stem="wa07_offerte_badkamer", title="Offerte badkameraanpassing", embedded=True,
  producer="Nitro Pro 13.70.2.40", creator="Nitro Pro", letterhead="Öztürk Klus & Bouw", body="""
Eigenaar [[p:Mehmet Öztürk]] - [[a:Wilhelminastraat 112]], 6681 CE Rijnmonde
KvK [[k:80456123]] | IBAN [[i:NL18 INGB 0007 6543 21]] | [[t:+31 (0)6 48 22 91 30]] | [[e:mehmet@ozturkbouw.nl]]

# Offerte B-2025-044 badkameraanpassing
Opdrachtgever: {{o:gemeente Rijnmonde}}, Wmo-consulent [[p:Y. el Amrani]]
Cliënt: [[p:mevrouw Ş. Yıldız]], [[a:Anne Frankstraat 9]] (huurwoning {{o:Woonstichting Rivierduin}})
Zaak: {{r:WMO-2025-12240}}

Werkzaamheden | Bedrag
Verwijderen ligbad, dichtzetten aansluitingen | 690,00
Inloopdouche met antislip tegels 90x120 | 2.340,00
{{u:Douchezitje}} en twee wandbeugels | 410,00
Verhoogd toilet met opklapbare steunen | 585,00
Totaal excl. btw | {{c:4.025,00}}

Opmerking: in overleg met de opzichter van {{o:Woonstichting Rivierduin}}, [[p:Ramon Teeuwen]], wordt de badkamervloer door de corporatie vervangen.
Met vriendelijke groet, [[p:M. Öztürk]]
""")
