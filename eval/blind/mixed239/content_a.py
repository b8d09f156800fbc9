"""Set GR, documents gr01-gr11: the Woo request, the project decision, the grave register, letters."""
from lib import Doc

DOCS = []

DOCS.append(Doc("gr01_woo_verzoek", """
# Verzoek om informatie op grond van de Wet open overheid
[[Marloes ter Haar]]
[[a:Ganzenwei 31]]
[[a:4003 BW]] Tiel
[[e:marloes.terhaar@ziggo.nl]]
[[t:06-41 27 88 19]]

Aan het college van burgemeester en wethouders van de {{o:gemeente Tiel}}
t.a.v. de Woo-coördinator, Postbus 6325, 4000 HH Tiel
Per e-mail: {{m:woo@tiel.nl}}

Tiel, 3 augustus 2026

Onderwerp: Woo-verzoek grafruiming {{l:Algemene Begraafplaats Santwijck}}

Geacht college,

Met een beroep op de {{law:Wet open overheid}} verzoek ik u om openbaarmaking van alle documenten over de ruiming van graven in vak C en vak D van de {{l:Algemene Begraafplaats Santwijck}} (project {{prj:Grafruiming Santwijck 2026}}), over de periode 1 januari 2025 tot en met de dag van dit verzoek.

Het gaat mij in ieder geval om: het besluit van het college tot ruiming, het grafregister van de betrokken vakken, de brieven aan rechthebbenden, de bezwaren van nabestaanden en de reacties daarop, de correspondentie met de steenhouwer en de begraafplaatsbeheerder, de raadsvragen van de fractie {{o:Lokaal Tiel}} en de beantwoording, en de stukken over het {{pn:ossuarium Het Stille Hof}}.

Mijn grootvader, {{dec:Cornelis Ouwehand (1922-1989)}}, ligt in vak C. Mijn moeder, mevrouw [[G. Ouwehand-Pronk]], heeft pas in maart 2026 een brief ontvangen, terwijl op het bord bij de poort al sinds januari stond dat het vak geruimd zou worden. Ik wil weten hoe de gemeente rechthebbenden heeft opgespoord.

Ik ontvang de documenten bij voorkeur digitaal. Voor vragen ben ik bereikbaar op [[t:06-41 27 88 19]] of [[t:0344 - 61 72 05]] (na 18.00 uur).

Met vriendelijke groet,
[[Marloes ter Haar]]
""", "rl", title="Woo-verzoek grafruiming Santwijck", author="M. ter Haar",
    hidden=[("metadata", "PERSON", "M. ter Haar (Info /Author)", ["M. ter Haar"])],
    meta_producer="Microsoft® Word for Microsoft 365", meta_creator="Microsoft® Word for Microsoft 365"))

DOCS.append(Doc("gr02_ontvangstbevestiging", """
{{o:Gemeente Tiel}}
Kazerneplein 2 | Postbus 6325 | 4000 HH Tiel | telefoon {{g:14 0344}} | {{m:info@tiel.nl}}

Mevrouw [[M. ter Haar]]
[[a:Ganzenwei 31]]
[[a:4003 BW]] TIEL

Datum: 10 augustus 2026
Ons kenmerk: {{r:WOO-2026-0147}}
Behandeld door: [[Jasper Olthof]]
Telefoonnummer: [[t:0344 - 63 72 48]]
E-mail: [[e:j.olthof@tiel.nl]]
Onderwerp: ontvangstbevestiging Woo-verzoek

Geachte mevrouw [[Ter Haar]],

Op 3 augustus 2026 hebben wij uw verzoek ontvangen om openbaarmaking van documenten over de grafruiming op de {{l:Algemene Begraafplaats Santwijck}}. Uw verzoek is geregistreerd onder nummer {{r:WOO-2026-0147}}. Wilt u dit nummer vermelden als u contact met ons opneemt?

Op grond van artikel 4.4 van de {{law:Wet open overheid}} beslissen wij binnen vier weken na ontvangst. Wij kunnen deze termijn met twee weken verlengen. Omdat in de documenten gegevens staan van nabestaanden en rechthebbenden, vragen wij hen mogelijk eerst om hun zienswijze (artikel 4.4, tweede lid). In dat geval laten wij u dat weten.

U vraagt ook naar het {{pn:ossuarium Het Stille Hof}}. Het beleid daarover staat in de {{law:Beheersverordening gemeentelijke begraafplaatsen Tiel 2019}}, die u kunt vinden op overheid.nl. Wij nemen die verordening daarom niet op in het besluit.

Met vriendelijke groet,
namens het college van burgemeester en wethouders van Tiel,

[[Jasper Olthof]]
{{f:Woo-coördinator}}, team {{o:Juridische Zaken}}
""", "docx", title="Ontvangstbevestiging WOO-2026-0147", author="Olthof, Jasper",
    hidden=[("metadata", "PERSON", "Olthof, Jasper (Author, LibreOffice export)", ["Olthof, Jasper"])],
    meta_producer="Microsoft® Word 2016"))

DOCS.append(Doc("gr03_collegevoorstel_ruiming", """
# Collegevoorstel
| Onderwerp | Ruiming graven vak C en vak D Algemene Begraafplaats Santwijck |
| Portefeuillehouder | wethouder {{pub:Karin Muijsers}} |
| Afdeling / team | {{o:Beheer Openbare Ruimte}}, team Groen en Begraven |
| Steller | [[Chantal Brouwer-Visscher]], [[t:06 - 30 81 46 62]] |
| Zaaknummer | {{r:Z-2025-08817}} |
| Datum | 14 oktober 2025 |

## Aanleiding
Van de 412 algemene en particuliere graven in vak C en vak D van de {{l:Algemene Begraafplaats Santwijck}} zijn 163 grafrechten verlopen of verlopen zij voor 1 januari 2027. De begraafplaats raakt vol: volgens de capaciteitsberekening van {{o:Adviesbureau Yew & Partners}} is er zonder ruiming in 2029 geen ruimte meer voor nieuwe particuliere graven.

## Geadviseerd besluit
Het college wordt gevraagd:
1. in te stemmen met de ruiming van de graven in vak C en vak D waarvan het grafrecht is verlopen en niet is verlengd (artikel 31 {{law:Wet op de lijkbezorging}});
2. de stoffelijke resten te herbegraven in het {{pn:ossuarium Het Stille Hof}} op dezelfde begraafplaats;
3. graven met cultuurhistorische waarde te sparen, waaronder het graf van oud-burgemeester {{dec:Anthonie Hendrik van Lidth (1856-1924)}} en het oorlogsgraf van {{dec:Jan Willem Coenradie (1921-1944)}};
4. de rechthebbenden ten minste een jaar voor de ruiming schriftelijk te informeren en een bord te plaatsen bij de ingang van het vak.

## Kern
De rechthebbenden van 41 graven zijn niet op te sporen via de {{o:BRP}}. Voor hen volgt een openbare kennisgeving. Mevrouw [[Brouwer-Visscher]] heeft met de beheerder, mevrouw [[I. Schuttevaer]], een protocol opgesteld voor het opsporen via de nabestaanden en via uitvaartondernemingen.

## Financiën
De kosten van ruiming (circa {{x:€ 186.000}}) worden gedekt uit de voorziening {{x:Onderhoud begraafplaatsen}}. Het verwijderen van grafmonumenten wordt uitbesteed aan {{o:Steenhouwerij De Beitel}} uit Geldermalsen.
---
## Paraaf
| Naam | Functie | Paraaf | Datum |
| [[Bart Nieuwenhuis]] | teamleider Groen en Begraven | [[c:BN]] | 15-10-2025 |
| [[Lotte de Groot-Ammerlaan]] | afdelingsmanager BOR | [[c:LdGA]] | 16-10-2025 |
| [[mr. Anouk Sedney]] | jurist | [[c:ASe]] | 16-10-2025 |

## Informatie die niet openbaar gemaakt kan worden
N.v.t.

## Besluit college
Conform besloten in de vergadering van 28 oktober 2025.
De secretaris, de burgemeester,
""", "docx", title="Collegevoorstel ruiming vak C en D", author="Brouwer-Visscher, C.",
    hidden=[("metadata", "PERSON", "Brouwer-Visscher, C. (Author)", ["Brouwer-Visscher, C."])]))

REG1 = [
 ("C-001", "{{dec:Gerrit van Beusekom}}", "1901-1968", "[[W.J. van Beusekom]]", "[[a:Kastanjelaan 8, 6717 HD Ede]]", "01-03-2018"),
 ("C-002", "{{dec:Hendrika Johanna van Beusekom-Verweij}}", "1905-1972", "[[W.J. van Beusekom]]", "[[a:Kastanjelaan 8, 6717 HD Ede]]", "01-03-2018"),
 ("C-014", "{{dec:Cornelis Ouwehand}}", "1922-1989", "[[G. Ouwehand-Pronk]]", "[[a:Dijkstraat 112, 4101 CH Culemborg]]", "12-07-2019"),
 ("C-015", "{{dec:Aaltje Ouwehand-Blom}}", "1926-1996", "[[G. Ouwehand-Pronk]]", "[[a:Dijkstraat 112, 4101 CH Culemborg]]", "12-07-2019"),
 ("C-022", "{{dec:Hüseyin Yıldırım}}", "1941-1998", "[[Mehmet Yıldırım]]", "[[a:Papesteeg 3A, 4001 BL Tiel]]", "20-11-2018"),
 ("C-031", "{{dec:Jacobus Marinus de Wit}}", "1915-1977", "[[Françoise Lemaître-de Wit]]", "[[a:Rue de la Station 14, 1300 Wavre (B)]]", "05-02-2017"),
 ("C-037", "{{dec:Wijnand Tammenga}}", "1933-1994", "[[J. de Vries-Tammenga]]", "onbekend (vertrokken naar onbekend adres)", "30-09-2019"),
 ("C-040", "{{dec:Trijntje Hoekstra-Zijlstra}}", "1910-1979", "[[Tjeerd Hoekstra]]", "[[a:Oude Singel 56, 8441 AA Heerenveen]]", "14-04-2016"),
 ("C-052", "{{dec:Pieter Bos}}", "1899-1966", "onbekend", "-", "01-01-2016"),
 ("C-058", "{{dec:Johanna Maria ten Brinke}}", "1930-1990", "[[R. ten Brinke]]", "[[a:Hogeweg 201, 4004 LG Tiel]]", "03-06-2020"),
]
REG2 = [
 ("D-003", "{{dec:Dirk Jan van der Laan}}", "1919-1985", "[[Sjoerd van der Laan]]", "[[a:Meester Vonkstraat 17, 4002 XK Tiel]]", "22-08-2020"),
 ("D-009", "{{dec:Geertruida Koudijs}}", "1944-1991", "[[Els Koudijs]]", "[[a:Laan van Westroijen 88, 4003 AZ Tiel]]", "11-10-2021"),
 ("D-011", "{{dec:Anthonie Hendrik van Lidth}}", "1856-1924", "gemeente (cultuurhistorisch)", "-", "n.v.t."),
 ("D-016", "{{dec:Jan Willem Coenradie}}", "1921-1944", "{{o:Oorlogsgravenstichting}}", "-", "n.v.t."),
 ("D-020", "{{dec:Maria Elisabeth Sanders-Kool}}", "1928-1999", "[[K.P. Sanders]]", "[[a:Waalbandijk 4, 4061 BC Ophemert]]", "19-05-2019"),
 ("D-024", "{{dec:Bartholomeus Verhoef}}", "1937-1993", "[[Annemiek Verhoef-Dijkman]]", "[[a:Stationsweg 39bis, 3544 AB Utrecht]]", "08-12-2018"),
 ("D-027", "{{dec:Louis Petit}}", "1912-1970", "onbekend", "-", "01-07-2015"),
 ("D-033", "{{dec:Willemina Jacoba Rietveld}}", "1926-1988", "[[Hans Rietveld]]", "[[a:Kerkpad 2, 4021 AE Maurik]]", "27-02-2018"),
]


def _rows(rows):
    out = ["| Graf | Overledene | Leven | Rechthebbende | Adres rechthebbende | Grafrecht tot |"]
    for r in rows:
        out.append("| " + " | ".join(r) + " |")
    return "\n".join(out)


DOCS.append(Doc("gr04_grafregister_vak_c_d", f"""
# Grafregister {{{{l:Algemene Begraafplaats Santwijck}}}} - uitdraai vak C en D
Uitdraai uit {{{{x:Key2Begraven}}}} d.d. 2 november 2025, selectie: grafrecht verlopen of verloopt voor 01-01-2027. Opgevraagd door [[c:CBV]].
{_rows(REG1)}
Opmerking bij C-037: post retour 2024; nicht [[J. de Vries-Tammenga]] volgens {{{{o:BRP}}}} geëmigreerd. Bij C-052 geen rechthebbende bekend; grafrecht op naam van overledene.
---
# Grafregister - vervolg vak D
{_rows(REG2)}
Bijzonderheden: D-011 en D-016 worden niet geruimd (collegebesluit 28 oktober 2025, punt 3). Bij D-020 heeft de rechthebbende, de heer [[K.P. Sanders]], telefonisch laten weten dat zijn moeder ([[Marianne Sanders]]) de zaak regelt; telefoon [[t:+31 (0)6 2845 9001]].
Uitdraai: [[u:GEM\\cbv0412]] | pagina's 1-2 | {{{{r:Z-2025-08817}}}}
""", "rl", font="ttf", landscape=True, title="Grafregister vak C en D", author="cbrouwer",
    hidden=[("metadata", "USERNAME", "cbrouwer (Author)", ["cbrouwer"])],
    meta_producer="Key2Begraven rapportage (Crystal Reports)", size=9))

DOCS.append(Doc("gr05_brief_rechthebbende_ouwehand", """
{{o:Gemeente Tiel}}
{{o:Beheer Openbare Ruimte}} - team Groen en Begraven

Aangetekend
Mevrouw [[G. Ouwehand-Pronk]]
[[a:Dijkstraat 112]]
[[a:4101 CH]] CULEMBORG

Tiel, 2 maart 2026
Kenmerk: {{r:BOR/2026/0412}}
Betreft: afloop grafrecht graven C-014 en C-015, {{l:Algemene Begraafplaats Santwijck}}

Geachte mevrouw [[Ouwehand-Pronk]],

Volgens onze administratie bent u rechthebbende van de graven C-014 en C-015 op de {{l:Algemene Begraafplaats Santwijck}}. In deze graven rusten {{dec:Cornelis Ouwehand}} (overleden 1989) en {{dec:Aaltje Ouwehand-Blom}} (overleden 1996). Het grafrecht is op 12 juli 2019 verlopen.

Het college heeft op 28 oktober 2025 besloten de graven in vak C te ruimen. U kunt tot 1 september 2026 het grafrecht verlengen met tien of twintig jaar (tarieven: {{law:Legesverordening Tiel 2026}}, hoofdstuk 4). Doet u dat niet, dan worden de stoffelijke resten herbegraven in het {{pn:ossuarium Het Stille Hof}}. U kunt het grafmonument tot die datum zelf laten weghalen.

Wilt u dat de resten worden gecremeerd of elders worden bijgezet? Neem dan contact op met de beheerder van de begraafplaats, mevrouw [[I. Schuttevaer]], telefoon [[t:06 23 45 19 07]], e-mail [[e:i.schuttevaer@tiel.nl]]. Zij is bereikbaar op dinsdag en donderdag.

Met vriendelijke groet,
namens dezen,

[[Ingrid Schuttevaer]]
{{f:beheerder begraafplaatsen}}

Afschrift: mevrouw [[M. ter Haar]] (dochter), op verzoek van de rechthebbende, per e-mail [[e:marloes.terhaar@ziggo.nl]]
""", "rl", font="serif", title="Brief rechthebbende C-014", author="Schuttevaer, Ingrid",
    hidden=[("metadata", "PERSON", "Schuttevaer, Ingrid (Author)", ["Schuttevaer, Ingrid"])],
    meta_producer="Aspose.PDF for .NET 23.4", meta_creator="Zaaksysteem Djuma - sjabloon brief BOR"))

DOCS.append(Doc("gr06_brief_rechthebbende_yildirim", """
{{o:Gemeente Tiel}}

De heer [[M. Yıldırım]]
[[a:Papesteeg 3A]]
[[a:4001 BL]] TIEL

Datum: 2 maart 2026
Ons kenmerk: {{r:BOR/2026/0415}}
Contact: [[Ingrid Schuttevaer]], [[t:0344-637 219]]
Onderwerp: ruiming graf C-022

Geachte heer [[M. Yıldırım]],

U staat in ons register als rechthebbende van graf C-022 op de {{l:Algemene Begraafplaats Santwijck}}, waarin {{dec:Hüseyin Yıldırım}} (1941-1998) begraven is. Het grafrecht liep af op 20 november 2018.

Wij begrijpen dat ruiming voor u om religieuze redenen ingrijpend kan zijn. Op de begraafplaats is sinds 2021 een islamitisch vak (vak {{l:Al-Rahma}}) met eeuwigdurend grafrecht. Overbrenging van de resten naar dat vak is mogelijk; de gemeente draagt in dat geval de kosten van het opgraven. Voor herbegraving in Turkije verwijzen wij u naar de {{o:Diyanet Stichting Nederland}}.

Wij horen graag voor 1 september 2026 wat uw wens is. U kunt ook langskomen tijdens het inloopspreekuur in de {{pn:aula Johan de Witt}} op 14 april 2026 van 16.00 tot 19.00 uur.

Met vriendelijke groet,
namens het college van burgemeester en wethouders,

[[Ingrid Schuttevaer]]
{{f:beheerder begraafplaatsen}}

Kopie: dossier {{r:Z-2025-08817}}; mevrouw [[S. Yıldırım-Aksoy]] (zuster van de rechthebbende), op haar verzoek per e-mail aan [[e:selin.aksoy@gmail.com]]
""", "docx", title="Brief C-022", author="ISchuttevaer",
    hidden=[("metadata", "USERNAME", "ISchuttevaer (Author)", ["ISchuttevaer"])]))

DOCS.append(Doc("gr07_openbare_kennisgeving", """
# Kennisgeving voorgenomen ruiming van graven
{{o:Gemeente Tiel}} - {{l:Algemene Begraafplaats Santwijck}}, Begraafplaatsweg 1, Tiel

Het college van burgemeester en wethouders van Tiel maakt bekend dat in de periode van 1 oktober 2026 tot en met 31 maart 2027 graven worden geruimd in vak C en vak D van de {{l:Algemene Begraafplaats Santwijck}}. Het gaat om graven waarvan het grafrecht is verlopen. Van de volgende graven is de rechthebbende niet bekend of niet bereikbaar:

| Graf | Naam overledene | Geboren | Overleden |
| C-037 | {{dec:Wijnand Tammenga}} | 1933 | 1994 |
| C-052 | {{dec:Pieter Bos}} | 1899 | 1966 |
| C-061 | {{dec:Antje Kalkman-de Heus}} | 1908 | 1974 |
| C-066 | {{dec:Theodorus Franciscus Brom}} | 1916 | 1982 |
| D-027 | {{dec:Louis Petit}} | 1912 | 1970 |
| D-030 | {{dec:Sientje van 't Hof}} | 1921 | 1987 |
| D-041 | {{dec:Gerardus Johannes Wennekes}} | 1930 | 1992 |

Nabestaanden die bezwaar hebben tegen de ruiming of die het grafrecht willen verlengen, kunnen tot 1 september 2026 contact opnemen met het {{o:Klantcontactcentrum}} via {{g:14 0344}} of {{m:begraafplaatsen@tiel.nl}}.

De graven van oud-burgemeester {{dec:Anthonie Hendrik van Lidth}} en van verzetsman {{dec:Jan Willem Coenradie}} blijven behouden, evenals het monument van de {{pn:Stichting Kinderen van Santwijck}}. De resten uit geruimde graven worden met respect herbegraven in het {{pn:ossuarium Het Stille Hof}}. Op het ossuarium komt een gedenkwand met de namen van de overledenen.

Deze kennisgeving is geplaatst in het {{o:Gemeenteblad}} (nr. {{r:2026-31447}}) en hangt bij de ingang van de begraafplaats.

Tiel, 15 januari 2026
Burgemeester en wethouders van Tiel
""", "rl", title="Kennisgeving ruiming graven Santwijck", author="",
    meta_producer="iText® 7.2.5 ©2000-2023 iText Group NV (AGPL-version)", meta_creator="Gemeenteblad - officielebekendmakingen.nl"))

DOCS.append(Doc("gr08_uittreksel_register_c001", """
# Uittreksel uit het register van begraafplaatsen
{{law:Wet op de lijkbezorging}}, artikel 31 en artikel 32

| Gegeven | Inhoud |
| Begraafplaats | {{l:Algemene Begraafplaats Santwijck}} |
| Grafnummer | C-001 (eigen graf, 2 diep) |
| Begraven | 1. {{dec:Gerrit van Beusekom}}, geb. 12-05-1901, overl. 03-02-1968 |
| Begraven | 2. {{dec:Hendrika Johanna van Beusekom-Verweij}}, geb. 30-09-1905, overl. 17-11-1972 |
| Grafrecht verleend | 03-02-1968 voor 30 jaar, verlengd 1998 en 2008 |
| Grafrecht vervallen | 01-03-2018 |
| Rechthebbende | [[Willem Jan van Beusekom]] |
| Geboortedatum rechthebbende | [[d:14-08-1957]] |
| Adres | [[a:Kastanjelaan 8]], [[a:6717 HD]] Ede |
| Telefoon | [[t:0318 - 52 14 77]] |
| E-mail | [[e:wj.vanbeusekom@kpnmail.nl]] |
| Eerdere rechthebbende | [[Jan Hendrik van Beusekom]] (overleden 2007) |
| Grafmonument | staande steen, hardsteen, geplaatst door {{o:Steenhouwerij J. Kalis}} 1969 |

Dit uittreksel is verstrekt op verzoek van de rechthebbende (artikel 32, tweede lid). Aan dit uittreksel kunnen geen rechten worden ontleend.

Tiel, 18 maart 2026
Voor uittreksel conform,
[[Thijs van 't Hek]], {{f:medewerker begraafplaatsadministratie}}
Paraaf: [[c:TvtH]]
""", "rl", font="ttf", title="Uittreksel register C-001", author="t.vanthek",
    hidden=[("metadata", "USERNAME", "t.vanthek (Author)", ["t.vanthek"])],
    meta_producer="Nitro PDF PrimoPDF", meta_creator="Key2Begraven"))

DOCS.append(Doc("gr09_bezwaar_van_beusekom", """
[[Willem Jan van Beusekom]]
[[a:Kastanjelaan 8]]
[[a:6717 HD]] Ede
[[t:06-18 40 22 95]]

Aan het college van burgemeester en wethouders van Tiel
Postbus 6325
4000 HH Tiel

Ede, 24 maart 2026
Betreft: bezwaar tegen ruiming graven C-001 en C-002 (uw kenmerk {{r:BOR/2026/0409}})

Geacht college,

Hierbij maak ik bezwaar tegen uw besluit om de graven van mijn grootouders, {{dec:Gerrit van Beusekom}} en {{dec:Hendrika Johanna van Beusekom-Verweij}}, te ruimen.

Mijn vader, [[Jan Hendrik van Beusekom]], heeft het grafrecht in 2008 verlengd. Hij is kort daarna overleden. Ik heb nooit een brief ontvangen dat het grafrecht in 2018 zou aflopen. Volgens mij had de gemeente mij moeten vinden: ik woon al dertig jaar op hetzelfde adres en sta gewoon in de {{o:BRP}}. Mijn burgerservicenummer is [[b:183746521]], zodat u mij kunt terugvinden.

Ik ben bereid het grafrecht met twintig jaar te verlengen, maar vind het niet redelijk dat ik ook de jaren 2018-2026 moet betalen. Daarnaast ben ik sinds mijn hartoperatie in 2024 [[h:afgekeurd en leef ik van een WIA-uitkering]]; ik verzoek om een betalingsregeling.

Ook mijn zus, mevrouw [[Ria Kooistra-van Beusekom]] uit Zwolle, steunt dit bezwaar.

Hoogachtend,

[[W.J. van Beusekom]]
""", "rl", font="ttf", title="Bezwaar ruiming C-001 C-002", author="wjvb1957",
    hidden=[("metadata", "USERNAME", "wjvb1957 (Author)", ["wjvb1957"])],
    meta_producer="PDFpen 13.0", meta_creator="Pages"))

DOCS.append(Doc("gr10_bezwaar_koudijs_scan", """
# Bezwaarschrift
~[[Els Koudijs]]
~[[a:Laan van Westroijen 88]]
~[[a:4003 AZ]] Tiel
~tel. [[t:0344 - 62 19 83]]

Aan de gemeente Tiel, afdeling begraafplaatsen

Tiel, 30 maart 2026

Geachte heer, mevrouw,

Ik ben het niet eens met de ruiming van graf D-009.
Daar ligt mijn moeder. Ik kom er elke week.
Uw medewerker [[Henk Jol]] zei bij het graf dat ik
nog twee jaar de tijd zou krijgen. Nu staat er een
bord dat het vak dit najaar wordt geruimd.

Ik heb een brief gestuurd aan mevrouw [[Schuttevaer]]
maar nooit antwoord gekregen. Graag een gesprek.

~Met vriendelijke groet,
~[[Els Koudijs]]
""", "scan", title="", scan={"angle": 0.8}, meta_producer="Canon iR-ADV C5535 PDF",
    meta_creator="Canon iR-ADV C5535"))

DOCS.append(Doc("gr11_mail_steenhouwer", """
Van: [[Ruud Kuijpers]] <[[e:ruud@steenhouwerijdebeitel.nl]]>
Verzonden: donderdag 21 mei 2026 07:42
Aan: [[Schuttevaer, Ingrid]] <[[e:i.schuttevaer@tiel.nl]]>
CC: [[Nieuwenhuis, Bart]] <[[e:b.nieuwenhuis@tiel.nl]]>; {{m:begraafplaatsen@tiel.nl}}
Onderwerp: RE: planning verwijderen grafmonumenten vak C

Goedemorgen [[Ingrid]],

Wij kunnen vanaf maandag 5 oktober met twee man en de kraanwagen in vak C beginnen. Per dag halen we ongeveer 14 monumenten weg. Stenen met een naam die de familie terug wil hebben, zetten we apart in de loods aan de Industrieweg in Geldermalsen. Stenen die niemand ophaalt gaan naar de breker van {{o:Van der Heijden Recycling}}, behalve de stenen op jullie lijst cultuurhistorisch.

Let op: bij C-031 ({{dec:Jacobus Marinus de Wit}}) staat een smeedijzeren hek dat volgens mij onder de {{law:Erfgoedwet}} kan vallen. Misschien even navragen bij {{o:Erfgoed Gelderland}}.

Mijn offerte van 12 mei blijft staan. Ik ben de hele week bereikbaar op [[t:06-51 90 33 72]].

Groet,
[[Ruud]]
{{o:Steenhouwerij De Beitel}} | Geldermalsen

-----Oorspronkelijk bericht-----
Van: [[Schuttevaer, Ingrid]] <[[e:i.schuttevaer@tiel.nl]]>
Verzonden: woensdag 20 mei 2026 16:15
Aan: [[Ruud Kuijpers]] <[[e:ruud@steenhouwerijdebeitel.nl]]>
Onderwerp: planning verwijderen grafmonumenten vak C

Hallo [[Ruud]],

Zoals besproken: wil jij een planning maken voor vak C? Wij willen na de Allerzielenviering (2 november) niet meer met machines op het terrein. [[Henk]] (onze grafdelver) is aanwezig als aanspreekpunt; zijn nummer is [[t:06-47 11 82 36]].

Het graf van oud-burgemeester {{dec:Van Lidth}} in vak D blijft staan, net als het oorlogsgraf. Kun je bij het graf van {{dec:Hüseyin Yıldırım}} (C-022) nog wachten? De rechthebbende denkt na over overbrenging naar het vak {{l:Al-Rahma}}.

Met vriendelijke groet,
[[Ingrid Schuttevaer]]
{{f:beheerder begraafplaatsen}} | {{o:Gemeente Tiel}}
T [[t:06 23 45 19 07]] | {{g:14 0344}}
""", "rl", font="ttf", title="RE: planning verwijderen grafmonumenten vak C",
    meta_producer="Microsoft® Outlook® voor Microsoft 365", meta_creator="Microsoft® Outlook® voor Microsoft 365"))
