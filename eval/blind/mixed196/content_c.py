"""Set WA, documents wa17-wa33."""
LH = "Gemeente Rijnmonde"
FT = "Woo-besluit 2026-0412"
DOCS = []


def D(**kw):
    kw.setdefault("kind", "rl")
    kw.setdefault("footer", FT)
    DOCS.append(kw)


D(stem="wa17_factuur_hendriks", title="Factuur 2025-131", producer="Microsoft Excel 2016", letterhead="Traplift Service Hendriks", body="""
Eenmanszaak [[p:W.J. Hendriks]] - KvK [[k:71234567]] - IBAN [[i:NL42 RABO 0312 4567 89]] - [[t:06-23 45 67 12]]
# FACTUUR 2025-131
Aan: {{o:Gemeente Rijnmonde}}, crediteurenadministratie, Postbus 1040, 6680 AA Rijnmonde
Uw referentie: {{r:WMO-2025-10954}} / inkoopordernummer {{r:IO-2025-3381}}
Cliënt: [[p:mevr. A. Koster-de Lange]], [[a:Beukenhof 6]]
Omschrijving | Bedrag
{{u:Stannah Siena 600}} rechte traplift geleverd en gemonteerd 2 oktober 2025 | 4.575,00
Btw 21% | 960,75
Totaal | {{c:5.535,75}}
Betaling binnen 30 dagen op [[i:NL42RABO0312456789]] t.n.v. [[p:W.J. Hendriks]] o.v.v. factuurnummer.
""")

D(stem="wa18_factuur_ozturk", title="Factuur badkamer", embedded=True, producer="Nitro Pro 13.70.2.40", letterhead="Öztürk Klus & Bouw", body="""
[[p:Mehmet Öztürk]] | [[a:Wilhelminastraat 112]] | KvK [[k:80456123]] | BTW [[x:NL004455667B01]]
# Factuur 2025-0077
Aan: {{o:gemeente Rijnmonde}}, {{o:Team Wmo}}, t.a.v. [[p:Y. el Amrani]]
Project: badkameraanpassing [[a:Anne Frankstraat 9]], zaak {{r:WMO-2025-12240}}
Uitgevoerd: 3 tot en met 7 november 2025
Werkzaamheden volgens offerte B-2025-044 | 4.025,00
Meerwerk: extra wandbeugel bij toilet | 85,00
Totaal excl. btw | {{c:4.110,00}}
Btw 9% (renovatie woning) | {{c:369,90}}
Te betalen | {{c:4.479,90}}
Graag overmaken op [[i:NL18 INGB 0007 6543 21]]. Vragen: [[e:mehmet@ozturkbouw.nl]] of [[t:0031 6 48 22 91 30]].
""")

D(stem="wa19_factuur_debruijn_scan", title="Factuur tegelwerk", kind="scan", producer="KONICA MINOLTA bizhub C300i", angle=-0.8, body="""
# Tegelwerken De Bruijn
Eigenaar [[p:Johan de Bruijn]], [[a:Schependijk 40]], Rijnmonde
KvK [[k:69012387]] - IBAN [[i:NL71 ABNA 0456 1290 33]]
FACTUUR 25-212, datum 28 november 2025
Aan gemeente Rijnmonde, Team Wmo, zaak WMO-2025-12517
Antislip vloertegels badkamer en tegelwerk rond hellingbaan: 1.240,00
Btw 21%: 260,40
Totaal: 1.500,40
~ akkoord voor betaling, [[s:IvtW]] 2/12
""")

D(stem="wa20_opleveringsrapport", title="Opleveringsrapport hellingbaan", embedded=True, producer="iText 5.5.13.3",
  creator="Inspectie-app Rijnmonde",
  outline=[("Oplevering Populierenlaan - [[p:Kevin Dijkstra]]", 0), ("Foto's en metingen - [[p:Sanne Heijdens]]", 0)],
  body="""
# Opleveringsrapport woningaanpassing
Zaak: {{r:WMO-2025-12517}} | Object: hellingbaan voordeur, [[a:Populierenlaan 31]]
Uitvoerder: {{o:Bouwbedrijf Van Gelder & Zn B.V.}} (KvK {{r:09123456}})
Eigenaar woning: {{o:Woonstichting Rivierduin}}
Datum oplevering: 12 december 2025
Controlepunt | Norm | Gemeten | Oordeel
Hellingshoek | max. 1:12 ({{w:NEN 1814}}) | 1:12,5 | akkoord
Breedte | min. 90 cm | 110 cm | akkoord
Leuning beide zijden | ja | ja | akkoord
Antislip | {{u:R11}} | {{u:R11}} | akkoord
Bewoner [[p:H. Rozendaal]] was aanwezig en heeft de baan met zijn {{u:elektrische rolstoel}} getest. Zoon [[p:Bas Rozendaal]] ([[t:06-55 10 82 36]]) tekent voor ontvangst.
Inspecteur: {{j:bouwkundig inspecteur}} {{o:gemeente Rijnmonde}}, tel. {{m:14 0481}}
""")

D(stem="wa21_mail_convenant", title="Kostenverdeling convenant", producer="Microsoft Outlook for Microsoft 365",
  notes=[(0, "[[p:Hazenberg, S.]]", "Niet delen met Rivierduin, eerst intern. Bel mij: [[t:06-81 44 02 19]]"),
         (0, "[[p:Femke Oudejans]]", "Woo: zienswijze Rivierduin gevraagd")],
  body="""
Van: [[p:Hazenberg, Sjoerd]] <[[e:s.hazenberg@rijnmonde.nl]]>
Verzonden: vrijdag 14 november 2025 15:48
Aan: [[p:Meijer-Sánchez, Claudia]] <[[e:c.meijer-sanchez@rivierduin.nl]]>
CC: [[p:ter Horst, Marloes]] <[[e:m.terhorst@rijnmonde.nl]]>; [[p:Kloosterboer, Daan]]
Onderwerp: kostenverdeling woningaanpassingen 2026

Beste [[p:Claudia]],

In 2025 gaven wij {{c:€ 412.000}} uit aan woningaanpassingen, waarvan {{c:€ 268.000}} in woningen van {{o:Rivierduin}}.
Wethouder {{f:Verbrugge}} wil in het {{g:Convenant Wonen en Zorg Rijnmonde 2024-2027}} de grens voor kleine aanpassingen
verhogen van {{c:€ 750}} naar {{c:€ 1.500}}. Kunnen wij dit bespreken in het bestuurlijk overleg van 9 december met
jullie directeur-bestuurder?

Met vriendelijke groet,
[[p:Sjoerd Hazenberg]]
{{j:teamleider Wmo}} | {{o:gemeente Rijnmonde}} | [[t:0481 36 21 05]]
""")

D(stem="wa22_beslisnota", cols=[130, 170, 70, 100], title="Beslisnota hardheidsbudget woningaanpassingen", embedded=True, letterhead=LH,
  producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365", body="""
# Beslisnota
Aan: wethouder {{f:I. Verbrugge}} (Zorg en Welzijn)
Van: [[p:S.A. Hazenberg]], {{j:teamleider Wmo}}
Datum: 5 december 2025
Kenmerk: {{r:BN-2025-0931}}
Onderwerp: hardheidsbudget woningaanpassingen 2026

## Aanleiding
Het aantal aanvragen voor woningaanpassingen stijgt (2024: 184, 2025: 231). In drie bezwaarzaken (waaronder {{r:BZ-2026-0087}}) leidde het verhuisadvies tot een gegrond bezwaar, omdat gelijkvloerse woningen niet beschikbaar zijn.
## Geadviseerd besluit
Aan de wethouder wordt gevraagd in te stemmen met een hardheidsbudget van {{c:€ 60.000}} voor huurtrapliften als overbrugging.
## Kern
Met {{o:Woonstichting Rivierduin}} en {{o:Liftgroep Nederland B.V.}} wordt een raamafspraak gemaakt. De {{o:Adviesraad Sociaal Domein Rijnmonde}} is positief.
=PAGE=
## Paraaf
Naam | Functie | Paraaf | Datum
[[p:S.A. Hazenberg]] | {{j:teamleider Wmo}} | [[s:SAH]] | 05-12-2025
[[p:J. van der Steen-Okafor]] | {{j:afdelingshoofd Samenleving}} | [[s:JvdSO]] | 08-12-2025
[[p:D. Kloosterboer]] | {{j:juridisch adviseur}} | [[s:DK]] | 08-12-2025
## Informatie die niet openbaar gemaakt kan worden
Geen.
## Motivering
In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd.
""")

D(stem="wa23_raadsvragen", title="Raadsvragen woningaanpassingen", kind="docx", docx_author="[[p:Wendy Kappers]]", body="""
# Schriftelijke vragen ex {{w:artikel 41 Reglement van orde}}
Vragensteller: raadslid {{f:Van Ommeren}} ({{o:GroenLinks-PvdA}})
Datum: 8 januari 2026
1. Hoeveel aanvragen voor een traplift zijn in 2025 afgewezen met een verhuisadvies?
2. Hoe lang is de wachttijd voor een gelijkvloerse woning bij {{o:Woonstichting Rivierduin}}?
# Antwoord van het college (verzonden 3 februari 2026)
1. In 2025 zijn 17 aanvragen afgewezen met een verhuisadvies; in 6 gevallen is bezwaar gemaakt.
2. Volgens {{o:Rivierduin}} gemiddeld 26 maanden. Wethouder {{f:Verbrugge}} bespreekt met de corporatie een voorrangsregeling in het {{n:Dr. Ariënshof}} en het {{n:Huize Johanna Westerdijk}}.
Ambtelijk contact: {{m:griffie@rijnmonde.nl}}
""")

D(stem="wa24_persbericht", title="Persbericht huurtrapliften", producer="Adobe InDesign 18.5 (Macintosh)", creator="Adobe InDesign 18.5",
  meta_author="[[p:Noor Vlasblom]]", xmp_creator="[[p:Noor Vlasblom]]", letterhead=LH, body="""
# PERSBERICHT
Rijnmonde, 20 februari 2026
## Rijnmonde zet huurtrapliften in als overbrugging
Inwoners die wachten op een gelijkvloerse woning kunnen voortaan een huurtraplift krijgen. Wethouder {{f:Ilse Verbrugge}}: "Niemand hoort thuis van de trap te vallen terwijl hij wacht op een andere woning." De gemeente maakt hiervoor {{c:€ 60.000}} vrij en sluit een raamafspraak met {{o:Liftgroep Nederland B.V.}} en {{o:Woonstichting Rivierduin}}.
De {{o:Adviesraad Sociaal Domein Rijnmonde}} is blij met de maatregel. Inwoners kunnen een aanvraag doen via {{m:wmo@rijnmonde.nl}} of telefoonnummer {{m:14 0481}}.
Noot voor de redactie: meer informatie bij de woordvoerder van de gemeente, {{m:pers@rijnmonde.nl}}, {{m:0481 - 36 20 00}}.
""")

D(stem="wa25_overzicht_aanvragen", title="Overzicht lopende aanvragen", producer="Microsoft Excel 2016", cols=[88, 125, 112, 95, 50], size=8.5, body="""
# Overzicht lopende aanvragen woningaanpassing (peildatum 1-12-2025)
Zaak | Cliënt | Adres | Voorziening | Consulent
{{r:WMO-2025-10954}} | [[p:Koster-de Lange, A.]] | [[a:Beukenhof 6]] | {{u:traplift}} | [[s:MtH]]
{{r:WMO-2025-11873}} | [[p:Wijnhoven-Beukema, G.]] | [[a:Kerkdijk 27]] | verhuisadvies | [[s:MtH]]
{{r:WMO-2025-12240}} | [[p:Yıldız, Ş.]] | [[a:Anne Frankstraat 9]] | badkamer | [[s:YeA]]
{{r:WMO-2025-12517}} | [[p:Rozendaal, H.]] | [[a:Populierenlaan 31]] | hellingbaan | [[s:IvtW]]
{{r:WMO-2025-12602}} | [[p:BAKKER, J.W.]] | [[a:Dorpsstraat 88a]] | {{u:drempelhulp}} | [[s:YeA]]
{{r:WMO-2025-12718}} | [[p:'t Hooft, L.]] | [[a:Molenweg 2]] | {{u:douchezitje}} | [[s:IvtW]]
Totaal 6 lopende zaken; gemiddelde doorlooptijd 47 dagen (norm: 8 weken, {{w:artikel 2.3.5 Wmo 2015}}).
""", embedded=True)

D(stem="wa26_bereikbaarheid", title="Bereikbaarheidslijst Wmo-team", kind="docx", docx_author="[[p:Gonny Evers]]", body="""
# Bereikbaarheid {{o:Team Wmo}} - januari 2026
Naam | Functie | Personeelsnr. | Mobiel | Dagen
[[p:Marloes ter Horst]] | {{j:Wmo-consulent}} | [[n:100482]] | [[t:06-41 27 83 90]] | ma-do
[[p:Youssef el Amrani]] | {{j:Wmo-consulent}} | [[n:100517]] | [[t:06 39 04 11 86]] | ma, di, do
[[p:Inge van 't Wout-Brinkman]] | {{j:Wmo-consulent}} | [[n:100233]] | [[t:+31 6 2040 7731]] | di-vr
[[p:Sjoerd Hazenberg]] | {{j:teamleider Wmo}} | [[n:100091]] | [[t:06-81 44 02 19]] | ma-vr
Algemeen nummer {{m:14 0481}}, keuze 3. Functionele mailbox {{m:wmo@rijnmonde.nl}}.
""")

D(stem="wa27_whatsapp", title="WhatsApp-export", embedded=True, producer="Skia/PDF m120", creator="WhatsApp", body="""
# WhatsApp Chat met [[p:Wim Traplift]]
[02-10-25 08:12] [[p:Wim Traplift]]: Goedemorgen [[p:Marloes]], de lift bij mevr. [[p:Koster]] staat erin 👍
[02-10-25 08:15] [[p:Marloes ter Horst]]: Top! Werkt alles?
[02-10-25 08:16] [[p:Wim Traplift]]: Ja, haar zoon [[p:Dennis]] heeft de instructie gehad. Factuur volgt
[02-10-25 08:20] [[p:Marloes ter Horst]]: Stuur die naar {{m:facturen@rijnmonde.nl}} met ordernummer {{r:IO-2025-3381}} aub
[14-10-25 17:45] [[p:Wim Traplift]]: kan ik de traplift voor mw [[p:Wijnhoven]] alvast bestellen? {{u:Stannah}} heeft levertijd 6 wk
[14-10-25 17:51] [[p:Marloes ter Horst]]: Nee nog niet, er komt een verhuisadvies. Bel morgen even [[t:06-41 27 83 90]]
[14-10-25 17:52] [[p:Wim Traplift]]: Oké. Jammer voor haar, ze kan echt de trap niet meer op
""")

D(stem="wa28_telefoonnotitie_scan", title="Telefoonnotitie", kind="scan", producer="HP Digital Sending Software 5.0", angle=1.0, body="""
# Telefoonnotitie Team Wmo
Datum: 9 december 2025, 10.20 uur
Beller: [[p:Ria Jansen-Wijnhoven]] (dochter)
Telefoon: [[t:06-19 88 20 41]]
Voor: [[p:Marloes ter Horst]]
Moeder is gisteren opnieuw gevallen, [[h:pols gebroken]], ligt in het Rijnstate.
Vraagt of de traplift nu sneller kan. Terugbellen voor 12 uur.
~ gebeld 11.45 uur, [[s:MtH]]
""")

D(stem="wa29_juridisch_memo", title="Memo verhuisadvies en goedkoopst adequaat", letterhead=LH, producer="LibreOffice 7.5",
  creator="Writer", xmp_creator="[[p:Kloosterboer, D.]]", body="""
# Memo
Aan: {{o:Team Wmo}}
Van: {{o:Team Juridische Zaken}}
Datum: 23 januari 2026
Onderwerp: verhuisadvies als goedkoopst adequate oplossing

De {{o:Centrale Raad van Beroep}} aanvaardt een verhuisadvies alleen als vaststaat dat een passende woning binnen een redelijke termijn beschikbaar is en de cliënt het verhuizen fysiek en psychisch aankan ({{r:ECLI:NL:CRVB:2019:2870}}; {{r:ECLI:NL:CRVB:2022:1145}}). In de zaak {{r:BZ-2026-0087}} ontbrak dat onderzoek.
Advies: leg in elk verslag vast welke woning in beeld is, wat de wachttijd is en welke overbrugging wordt geboden. Gebruik het {{g:Handboek Wmo Rijnmonde}}, hoofdstuk 6.
Vragen: {{m:juridischezaken@rijnmonde.nl}}.
""")

D(stem="wa30_convenant", title="Convenant Wonen en Zorg", embedded=True, producer="Aspose.PDF for .NET 23.1", creator="Aspose", body="""
# Convenant Wonen en Zorg Rijnmonde 2024-2027 - addendum 1
Partijen:
1. de {{o:gemeente Rijnmonde}}, te dezen vertegenwoordigd door wethouder {{f:I. Verbrugge}};
2. {{o:Woonstichting Rivierduin}}, te dezen vertegenwoordigd door haar directeur-bestuurder [[p:ir. F.X. Lammers]].
Artikel 1. De grens voor kleine aanpassingen voor rekening van de corporatie wordt met ingang van 1 maart 2026 {{c:€ 1.500}} per woning.
Artikel 2. De corporatie verleent urgentie aan huurders met een verhuisadvies op grond van de {{w:Wmo 2015}}.
Artikel 3. Partijen evalueren dit addendum in het {{g:bestuurlijk overleg Wonen en Zorg}} in 2027.
Getekend te Rijnmonde op 26 februari 2026.
wethouder {{f:Verbrugge}}                    [[p:F.X. Lammers]]
""")

D(stem="wa31_klacht_zoon", title="Klacht over doorlooptijd", producer="Microsoft Outlook for Microsoft 365", body="""
Van: [[p:Bas Rozendaal]] <[[e:bas.rozendaal@ziggo.nl]]>
Verzonden: zondag 19 oktober 2025 21:33
Aan: {{m:wmo@rijnmonde.nl}}
Onderwerp: hellingbaan mijn vader [[p:H.G.M. Rozendaal]]

Geachte heer/mevrouw,

Mijn vader ([[d:geb. 02-07-1946]]) [[h:zit sinds zijn amputatie in juni in een rolstoel]] en kan zijn huis aan de
[[a:Populierenlaan 31]] alleen uit als twee buren hem de stoep af tillen. Het duurt nu al zeven weken. Mevrouw
[[p:van 't Wout]] zegt dat {{o:Rivierduin}} moet tekenen. Waarom kan dat niet sneller?

Mijn nummer: [[t:(0481) 35 77 12]], toestel [[t:206]] op mijn werk bij {{o:Waterschap Rivierenland}}.

[[p:Bas]]
""")

D(stem="wa32_woo_besluit", title="Besluit op Woo-verzoek 2026-0412", letterhead=LH, producer="Aspose.Words for .NET 23.4.0",
  creator="Corsa 8.1", body="""
[[p:De heer Th. Verhoeven]]
[[a:Molenstraat 14b]]
[[a:6682 KT Rijnmonde]]

Datum: 2 maart 2026
Kenmerk: {{r:WOO-2026-0412}}
Onderwerp: besluit op uw Woo-verzoek

Geachte heer [[p:Verhoeven]],

Op 12 januari 2026 heeft u een verzoek gedaan op grond van de {{w:Wet open overheid}} (Woo) om documenten over
woningaanpassingen op grond van de {{w:Wmo 2015}}. Bij brief van 19 januari 2026 hebben wij de ontvangst bevestigd.
## Besluit
Wij maken 33 documenten deels openbaar. De inventarislijst is bijgevoegd.
## Zienswijzen
{{o:Woonstichting Rivierduin}}, {{o:Ergotherapie Rivierenland}} en drie aannemers zijn in de gelegenheid gesteld een
zienswijze te geven ({{w:artikel 4.4 Woo}}). {{o:Rivierduin}} heeft geen bezwaar tegen openbaarmaking van het convenant.
## Overwegingen
Persoonsgegevens van aanvragers, hun familie, aannemers die als eenmanszaak werken en medewerkers die niet in de
openbaarheid treden maken wij niet openbaar ({{w:artikel 5.1, tweede lid, onder e, Woo}}, code 5.1.2e). Gegevens over
gezondheid zijn bijzondere persoonsgegevens ({{w:artikel 5.1, eerste lid, onder d, Woo}}, code 5.1.1d). Het
burgerservicenummer maken wij niet openbaar ({{w:artikel 5.1, eerste lid, onder e, Woo}}). De namen van wethouder
{{f:Verbrugge}}, burgemeester {{f:Drost}} en raadslid {{f:Van Ommeren}} blijven leesbaar.
=PAGE=
Het KvK-nummer en het IBAN van een eenmanszaak herleiden tot de eigenaar en zijn daarom persoonsgegevens.
Bedragen van offertes en facturen maken wij wel openbaar: het gaat om besteding van publiek geld.
## Informatie die niet openbaar gemaakt kan worden
Persoonsgegevens (5.1.2e), gezondheidsgegevens (5.1.1d) en het BSN (5.1.1e).
## Motivering
In de openbaar gemaakte versie van de documenten zijn alle persoonsgegevens geanonimiseerd, zoals hierboven toegelicht.
## Bezwaar
Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken via {{m:bezwaar@rijnmonde.nl}}.

Met vriendelijke groet,
namens het college van burgemeester en wethouders van Rijnmonde,

[[p:F.M. Oudejans]]
{{j:juridisch adviseur informatiebeheer}}
""")

D(stem="wa33_inventarislijst", title="Inventarislijst WOO-2026-0412", producer="Microsoft Excel 2016", size=8,
  cols=[30, 200, 65, 85, 90], body="""
# Inventarislijst Woo-verzoek {{r:WOO-2026-0412}}
Nr | Document | Datum | Beoordeling | Grond
1 | Woo-verzoek | 12-01-2026 | deels openbaar | 5.1.2e
2 | Ontvangstbevestiging | 19-01-2026 | deels openbaar | 5.1.2e
3 | Aanvraagformulier {{r:WMO-F12}} | 28-08-2025 | deels openbaar | 5.1.2e, 5.1.1d
4 | Verslag keukentafelgesprek | 02-09-2025 | deels openbaar | 5.1.2e, 5.1.1d
5 | Ergotherapeutisch advies | 16-09-2025 | deels openbaar | 5.1.1d, 5.1.1e
6 | Offerte traplift 2025-117 | 24-09-2025 | deels openbaar | 5.1.2e
7 | Offerte badkamer B-2025-044 | 01-10-2025 | deels openbaar | 5.1.2e
8 | Mail {{o:Rivierduin}} badkamer | 07-10-2025 | deels openbaar | 5.1.2e, 5.1.1d
9 | Mail hellingbaan | 04-11-2025 | deels openbaar | 5.1.2e
10 | Teams-chat | 10-10-2025 | deels openbaar | 5.1.2e
11 | Beschikking {{r:WMO-2025-11873}} | 21-10-2025 | deels openbaar | 5.1.2e
12 | Bezwaarschrift | 24-11-2025 | deels openbaar | 5.1.2e
13 | Ontvangst bezwaar {{r:BZ-2026-0087}} | 02-12-2025 | deels openbaar | 5.1.2e
14 | Verslag hoorzitting | 13-01-2026 | deels openbaar | 5.1.2e, 5.1.1d
15 | Advies bezwaarcommissie | 03-02-2026 | deels openbaar | 5.1.2e
16 | Beslissing op bezwaar | 17-02-2026 | deels openbaar | 5.1.2e
17 | Factuur 2025-131 | 02-10-2025 | deels openbaar | 5.1.2e
18 | Factuur 2025-0077 | 10-11-2025 | deels openbaar | 5.1.2e
19 | Factuur 25-212 | 28-11-2025 | deels openbaar | 5.1.2e
20 | Opleveringsrapport | 12-12-2025 | deels openbaar | 5.1.2e
21 | Mail kostenverdeling | 14-11-2025 | deels openbaar | 5.1.2e
22 | Beslisnota {{r:BN-2025-0931}} | 05-12-2025 | deels openbaar | 5.1.2e
23 | Raadsvragen | 08-01-2026 | openbaar | -
24 | Persbericht | 20-02-2026 | openbaar | reeds openbaar
25 | Overzicht aanvragen | 01-12-2025 | deels openbaar | 5.1.2e
26 | Bereikbaarheidslijst | 05-01-2026 | deels openbaar | 5.1.2e
27 | WhatsApp-export | 14-10-2025 | deels openbaar | 5.1.2e
28 | Telefoonnotitie | 09-12-2025 | deels openbaar | 5.1.2e, 5.1.1d
29 | Memo {{o:Team Juridische Zaken}} | 23-01-2026 | openbaar | -
30 | Convenant addendum 1 | 26-02-2026 | deels openbaar | 5.1.2e
31 | Klacht doorlooptijd | 19-10-2025 | deels openbaar | 5.1.2e
""")
