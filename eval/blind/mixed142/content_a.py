"""Set GM, documents gm01-gm17: measles outbreak at basisschool De Vlonder and woonzorgcentrum
Johanna Westerdijk (gemeente Doetinchem), GGD Noord- en Oost-Gelderland. All persons invented."""
from lib import Doc

W = "Microsoft® Word voor Microsoft 365"
DOCS = [
Doc("gm01_woo_verzoek", "Woo-verzoek mazelenuitbraak", [
"""# Verzoek op grond van de Wet open overheid
Aan: {{GGD Noord- en Oost-Gelderland|ORG}}, t.a.v. de Woo-coördinator, {{Rijksweg 17|ADDRESS_PUBLIC}}, {{Warnsveld}}
Afzender: [[Bas Hoekstra-Engbers]], [[Molenweg 44]], [[7009 KD Doetinchem]]
Telefoon: [[06-28 41 77 03]] / e-mail: [[b.hoekstra.engbers@ziggo.nl]]
Datum: 12 oktober 2026
Geachte heer, mevrouw,
Op grond van de {{Wet open overheid}} (Woo) verzoek ik om openbaarmaking van alle documenten over de uitbraak van
mazelen op {{basisschool De Vlonder}} en in {{woonzorgcentrum Johanna Westerdijk}} in september 2026, waaronder
de bron- en contactopsporing, brieven aan ouders, e-mails tussen de GGD, de school en de {{gemeente Doetinchem}},
het situatierapport aan {{wethouder Karin Lensink}} en het persbericht.
Mijn dochter [[Fenna|PERSON]] zit in groep 5 van De Vlonder; ik wil weten waarom de ouders pas op 19 september zijn
geïnformeerd. Ik vraag de stukken digitaal te verstrekken. Mijn BSN ([[204316587]]) vermeld ik alleen voor de identificatie.
Met vriendelijke groet,
[[B. Hoekstra-Engbers]]
cc: [[mr. drs. C.W. (Coen) Ubbink]], [[Ubbink Advocatuur]], [[coen@ubbinkadvocatuur.nl]], [[0314 - 34 12 90]]"""], producer="Microsoft® Word voor Microsoft 365", creator=W),

Doc("gm02_ontvangstbevestiging", "Ontvangstbevestiging Woo-verzoek GGD-WOO-2026-031", [
"""# Ontvangstbevestiging
{{GGD Noord- en Oost-Gelderland|ORG}} | Postbus 3 | {{7200 AA Zutphen}} | T {{088 443 30 00|SWITCHBOARD}} | {{woo@ggdnog.nl|FUNCTIONAL_MAILBOX}}
Aan: de heer [[B. Hoekstra-Engbers]], [[Molenweg 44]], [[7009 KD Doetinchem]]
Ons kenmerk: {{GGD-WOO-2026-031|CASE_NO}}   Datum: 14 oktober 2026
Onderwerp: ontvangst Woo-verzoek mazelen De Vlonder
Geachte heer [[Hoekstra-Engbers]],
Op 12 oktober 2026 ontvingen wij uw verzoek op grond van de {{Wet open overheid}}. Wij beslissen binnen vier weken;
deze termijn kunnen wij met twee weken verdagen (artikel {{4.4}} Woo). Uw verzoek betreft ook medische gegevens van
leerlingen en bewoners; die worden niet openbaar gemaakt.
Heeft u vragen, bel dan het algemene nummer {{088 443 30 00}} en noem het kenmerk {{GGD-WOO-2026-031}}.
Hoogachtend,
namens de directeur Publieke Gezondheid,
[[mr. Annelies Brouwer-ten Cate]]
juridisch adviseur Woo
[[a.brouwertencate@ggdnog.nl]] | [[088 443 31 62]]"""], kind="ttf", producer="iText® 7.2.5 ©2000-2023 Apryse Group NV", creator="Decos JOIN"),

Doc("gm03_melding_labuitslag", "Melding meldingsplichtige ziekte groep A/B1", [
"""# Melding aan de GGD - artikel 22 Wet publieke gezondheid
Melder: [[dr. Ewout Brandsma]], arts-microbioloog, {{Medisch Microbiologisch Laboratorium Achterhoek|ORG}} ({{MMLA}})
Directe lijn melder: [[0314-35 82 19]]   E-mail: [[e.brandsma@mmla.nl]]
Ziekte: {{mazelen}} (morbilli), {{IgM}} positief, {{PCR}} keelwat positief, genotype {{D8}}
## Patiënt (5.1.1d)
Naam: [[Noor Şahin]]   Geboortedatum: [[14-03-2018]]   BSN: [[318 442 905]]
Adres: [[Lindelaan 27]], [[7001 AB Doetinchem]]
Ouder/verzorger: [[Elif Şahin-Kaya]], tel. [[+31 (0)6 12 84 55 90]]
Eerste ziektedag: 2 september 2026; exantheem 5 september; niet gevaccineerd ({{Rijksvaccinatieprogramma}}: geen BMR).
Huisarts: [[J.P. Wessels]], [[Huisartsenpraktijk Wessels]] (Keppelseweg)
Aangenomen besmettingsbron: vakantie in het buitenland, familiebezoek.
Melding ontvangen door: [[T. Oudenhoven]] (sociaal verpleegkundige IZB), 8 september 2026, 10:42 uur
Registratie in {{HPZone}} onder {{IZB-2026-0917|CASE_NO}}."""], producer="Nitro Pro 13 (13.70.0.30)", creator="Nitro Pro", kind="ttf"),

Doc("gm04_bronopsporing", "Bron- en contactopsporing mazelen De Vlonder", [
"""# Bron- en contactopsporing mazelen - {{IZB-2026-0917}}
Team: [[Floor van der Meulen-Akkerman]] (arts infectieziektebestrijding), [[Thijs Oudenhoven]] (sociaal verpleegkundige),
[[Ruben ter Haar]] (arts M&G, achterwacht)
## Indexpatiënt
[[Noor Şahin]] (groep 5, juf [[Marloes]]), eerste ziektedag 2 september 2026.
## Contacten school (blootstelling 3-5 september)
| Naam | Geb.datum | Relatie | BMR | Actie |
| [[Daan Kremer]] | [[21-06-2018]] | klasgenoot | 2x | geen |
| [[Liv Oosterbroek]] | [[09-01-2018]] | klasgenoot | 0x | {{MMR}} binnen 72 u |
| [[Yusuf El Amrani]] | [[30-11-2017]] | klasgenoot | 0x | thuisquarantaine |
| [[Sem de Groot]] | [[17-04-2018]] | klasgenoot | onbekend | serologie |
| [[Isa van 't Veld]] | [[02-08-2018]] | klasgenoot | 1x | tweede BMR |
| [[Marloes Jansen]] | [[11-05-1991]] | leerkracht | immuun | geen |
| [[Mirjam Ruiterkamp]] | [[26-07-1979]] | overblijfmoeder | onbekend | serologie |
## Contacten thuis en zorg
Oma [[Gerda Wolters-Brink]] woont in {{woonzorgcentrum Johanna Westerdijk}}; bezoek op 4 september.
Broertje [[Mert Şahin]] ([[06-02-2021]]) bezoekt {{kinderdagverblijf Het Ukkie}}.
Vader [[Emre Şahin]], [[06-47 21 39 08]].
Vaccinatiestatus opgevraagd bij {{RIVM}} ({{Praeventis}}) onder {{IZB-2026-0917}}.""",
"""## Contacten groep 4 en 6 (gedeelde gymles 4 september)
| Naam | Groep | Ouder | Telefoon | BMR |
| [[Lotte Harmsen]] | 4 | [[Richard Harmsen]] | [[06-12 03 48 77]] | 2x |
| [[Thijmen Bakker]] | 6 | [[Nadia Bakker-Aouragh]] | [[0031 6 41 80 22 63]] | 0x |
| [[Zoë Lammers]] | 6 | [[Ellen Lammers]] | [[0314-63 10 92]] | 1x |
| [[Jasper Nieuwenhuis]] | 4 | [[Ruud Nieuwenhuis]] | [[06 28 19 55 40]] | 2x |
Gymleerkracht [[Koen Weenink]] (vakleerkracht, in dienst van {{SKBG}}): immuun (doorgemaakt).
## Beoordeling
Geen verdere actie voor groep 4 en 6 behalve brief; [[Thijmen]] zie contact via [[Nadia]] (tolk Arabisch niet nodig).
Afgestemd met [[FvdM]] en [[RtH]], 10 september 2026."""], kind="ttf", producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365", size=9),

Doc("gm05_contactlijst_zorgcentrum", "Contactlijst woonzorgcentrum Johanna Westerdijk", [
"""# Contactlijst {{woonzorgcentrum Johanna Westerdijk}}, afdeling {{De Linde}}
Opgesteld door [[Gökhan Yılmaz]], locatiemanager, [[g.yilmaz@sensire-zorg.nl]], [[0314 - 67 23 40 toestel 215]]
| Bewoner | Kamer | Geb.datum | Mazelen doorgemaakt | Opmerking |
| [[mevr. G.H. Wolters-Brink]] | 14 | [[02-11-1936]] | ja (1944) | dementie, bezoek kleindochter |
| [[dhr. A. Lubbers]] | 12 | [[19-08-1941]] | onbekend | {{COPD}} |
| [[mevr. W. Hendriksen-Ooms]] | 15 | [[07-03-1939]] | ja | |
| [[dhr. Jan-Willem Tiemessen]] | 16 | [[28-12-1944]] | onbekend | immuungecompromitteerd |
## Medewerkers met contact
| Medewerker | Functie | Geb.jaar | BMR |
| [[Priscilla Mahabier]] | verzorgende IG | [[1997]] | 1x |
| [[Kevin Roerdink]] | helpende | [[2003]] | onbekend |
| [[Saskia Ter Borg]] | EVV'er | [[1988]] | 2x |
Advies GGD ({{LCI-richtlijn Mazelen}}): medewerkers zonder bewijs van immuniteit serologie of BMR-vaccinatie."""], producer="Aspose.PDF for .NET 23.4", creator="Aspose", size=9, kind="ttf"),

Doc("gm06_brief_ouders_groep5", "Brief aan ouders groep 5", [
"""# Aan de ouders en verzorgers van de leerlingen van groep 5
{{basisschool De Vlonder}} | {{Vlonderpad 2}} | {{Doetinchem}}
Doetinchem, 19 september 2026
Beste ouders en verzorgers,
Bij een leerling uit groep 5 is {{mazelen}} vastgesteld. De {{GGD Noord- en Oost-Gelderland}} heeft met ons de
kinderen in kaart gebracht die contact hebben gehad. Mazelen is zeer besmettelijk. Kinderen die twee keer zijn
ingeënt met de {{BMR-vaccinatie}} zijn goed beschermd.
Heeft uw kind geen of één BMR-prik gehad? Dan kunt u op woensdag 23 september terecht bij de extra
inentingsochtend in {{sporthal De Pluimen}}. Meer informatie staat op {{www.ggdnog.nl/mazelen}} en
bij het {{Landelijk Coördinatiecentrum Infectieziektebestrijding}}.
Vragen? Bel de GGD via {{088 443 30 00}} of mail {{infectieziekten@ggdnog.nl}}.
Met vriendelijke groet,
[[Anouk Verbeek-Lammers]], directeur {{basisschool De Vlonder}}
[[Floor van der Meulen-Akkerman]], arts infectieziektebestrijding {{GGD Noord- en Oost-Gelderland}}
Contactpersonen op school: intern begeleider [[Renske Olthof]] ([[r.olthof@devlonder-skbg.nl]]) en
leerkracht groep 5 [[Marloes Jansen]]. Schoolverpleegkundige JGZ: [[Ilona Bruggink-Te Winkel]], [[06-20 47 91 33]]."""],
kind="docx", producer="LibreOffice 7.6", creator="Writer", author="[[A. Verbeek]]"),

Doc("gm07_brief_ouders_individueel", "Brief aan ouders van Liv", [
"""# Persoonlijk en vertrouwelijk
Aan de ouders van [[Liv Oosterbroek]]
[[Hazenkamp 9]]
[[7007 HB Doetinchem]]
Ons kenmerk: {{IZB-2026-0917}}/{{L-044}}
Geachte heer en mevrouw [[Oosterbroek]],
Uw dochter [[Liv]] ([[09-01-2018]]) is op 4 september 2026 in de klas in contact geweest met een leerling met mazelen.
Volgens het vaccinatieregister heeft [[Liv]] nog geen {{BMR-vaccinatie}} gehad. Wij adviseren haar tot en met
26 september niet naar school en de buitenschoolse opvang te laten gaan (artikel {{31}} {{Wet publieke gezondheid}}
is hierbij niet toegepast; het gaat om een dringend advies).
Voor een afspraak kunt u bellen met [[Thijs Oudenhoven]], sociaal verpleegkundige, [[06 - 39 11 84 27]].
Met vriendelijke groet,
namens de directeur Publieke Gezondheid,
[[drs. F. van der Meulen-Akkerman]]
arts infectieziektebestrijding"""], font="Times-Roman", size=11, producer="Microsoft® Word 2019", creator=W,
    outline=["[[Oosterbroek, L.]] - dringend advies"]),

Doc("gm08_mail_ggd_school", "RE: mazelen groep 5", [
"""Van: [[Meulen-Akkerman, Floor van der]] <[[f.vandermeulen@ggdnog.nl]]>
Verzonden: dinsdag 15 september 2026 08:12
Aan: [[Verbeek-Lammers, Anouk]] <[[directie@devlonder-skbg.nl|EMAIL_PERSONAL_ROLE]]>
CC: [[Oudenhoven, Thijs]] <[[t.oudenhoven@ggdnog.nl]]>; {{infectieziekten@ggdnog.nl}}
Onderwerp: RE: mazelen groep 5
Goedemorgen [[Anouk]],
Dank voor de klassenlijst. Wij bellen vandaag de ouders van de zes kinderen zonder volledige BMR. Wil jij de
algemene brief pas versturen na ons akkoord? [[Liv]] en [[Yusuf]] blijven in elk geval thuis tot 26 september.
Groet, [[Floor]]
[[Floor van der Meulen]] | arts infectieziektebestrijding | {{GGD Noord- en Oost-Gelderland}} | [[06-41 27 93 58]]
-----Oorspronkelijk bericht-----
Van: [[Verbeek-Lammers, Anouk]]
Verzonden: maandag 14 september 2026 17:48
Aan: [[Meulen-Akkerman, Floor van der]]
Onderwerp: mazelen groep 5
Hoi [[Floor]], in de bijlage de lijst van groep 5 met geboortedata. Meester [[Bas]] (invaller) was op 3 september
ook in de klas; hij heeft zijn vaccinatieboekje niet meer. De MR-voorzitter [[Hester Bloemendaal]] vraagt of de
schoolreis naar {{Dierenpark Amersfoort}} door kan gaan. Kun je me bellen op [[0314-72 90 18]]?
[[Anouk]]
Directeur {{basisschool De Vlonder}} | Stichting {{SKBG}}"""], producer="Microsoft Outlook voor Microsoft 365", creator="Microsoft Outlook", size=9.5),

Doc("gm09_mail_gemeente", "Mazelen De Vlonder en Johanna Westerdijk - afstemming gemeente", [
"""Van: [[Kloosterboer, Sanne]] <[[s.kloosterboer@doetinchem.nl]]>
Verzonden: woensdag 16 september 2026 11:05
Aan: [[Meulen-Akkerman, Floor van der]] <[[f.vandermeulen@ggdnog.nl]]>
CC: [[Hooft, Jeroen 't]] <[[j.thooft@doetinchem.nl]]>; {{wethouder Lensink}} (secretariaat) <{{secretariaatcollege@doetinchem.nl}}>
Onderwerp: Mazelen De Vlonder en Johanna Westerdijk - afstemming gemeente
Beste [[Floor]],
{{Wethouder Lensink}} wil vóór het college van dinsdag een kort situatierapport. Kun je aangeven hoeveel
kinderen thuisblijven en of de inentingsochtend in {{sporthal De Pluimen}} door de gemeente moet worden
gefaciliteerd? [[Jeroen]] van communicatie stemt het persbericht af met jullie woordvoerder.
Met vriendelijke groet,
[[Sanne Kloosterboer]]
beleidsadviseur publieke gezondheid, {{gemeente Doetinchem}}
T [[0314 377 412]] | M [[06 5177 2093]] | algemeen {{14 0314}}
-----
Van: [[Meulen-Akkerman, Floor van der]]
Verzonden: woensdag 16 september 2026 13:40
Aan: [[Kloosterboer, Sanne]]
Onderwerp: RE: Mazelen De Vlonder en Johanna Westerdijk
Hoi [[Sanne]], rapport volgt morgen. Op dit moment 2 bevestigde gevallen (De Vlonder) en 1 verdacht geval in het
zorgcentrum (een medewerker). Sporthal graag via [[Jochem Wiersma]] van Sportbedrijf; hij heeft de sleutels.
[[F.]]"""], producer="Microsoft Outlook voor Microsoft 365", creator="Microsoft Outlook", size=9.5),

Doc("gm10_teams_chat", "Teams-chat IZB-team mazelen", [
"""# Chat - IZB mazelen Doetinchem (export {{Microsoft Teams}})
[15-09 08:31] [[Floor van der Meulen-Akkerman]]: wie belt het zorgcentrum?
[15-09 08:33] [[Thijs Oudenhoven]]: ik doe [[Gökhan]], heb hem gisteren al gesproken
[15-09 08:35] [[Ruben ter Haar]]: let op de bewoner met {{COPD}} op kamer 12, [[Lubbers]]
[15-09 08:36] [[Thijs Oudenhoven]]: top, en [[Priscilla]] heeft koorts sinds gisteren, ze is thuis
[15-09 08:40] [[Floor van der Meulen-Akkerman]]: serologie voor [[Priscilla]] aanvragen bij {{MMLA}}, spoed
[15-09 09:02] [[Wendy|PERSON]] (secretariaat IZB): [[Thijs]], de moeder van [[Sem]] belde terug: [[06-19 55 02 71]]
[15-09 09:15] [[Thijs Oudenhoven]]: ok. [[Rubs]] kun jij vanmiddag de achterwacht doen? ik moet naar {{Winterswijk}}
[15-09 09:16] [[Ruben ter Haar]]: prima
[15-09 10:48] [[Floor van der Meulen-Akkerman]]: {{RIVM}} ({{LCI}}) akkoord met ons advies, geen sluiting school
[15-09 10:50] [[Wendy|PERSON]]: persvraag van {{de Gelderlander}} doorgezet naar woordvoering
[15-09 11:20] [[Thijs Oudenhoven]]: [[Kev]] van het zorgcentrum heeft geen BMR gehad, [[Gökhan]] regelt vervanging""",
"""[16-09 07:58] [[Ruben ter Haar]]: uitslag [[Priscilla]] binnen, IgM pos. [[Floortje]] weet je het al?
[16-09 08:02] [[Floor van der Meulen-Akkerman]]: ja, [[Ewout]] van het lab belde me gisteravond om 22 uur privé op [[06-83 70 14 92]]
[16-09 08:03] [[Floor van der Meulen-Akkerman]]: dat nummer is mijn oude, graag niet verder delen
[16-09 08:10] [[Thijs Oudenhoven]]: ik zet het in {{HPZone}}. Contactonderzoek zorgcentrum uitbreiden naar nachtdienst
[16-09 08:12] [[Wendy|PERSON]]: [[Sanne]] van de gemeente vraagt of het sitrap vandaag komt, {{wethouder Lensink}} heeft morgen pers
[16-09 08:20] [[Floor van der Meulen-Akkerman]]: morgen 12 uur. [[Rubs]], wil jij de {{immunoglobuline}} voor [[dhr. Tiemessen]] regelen via de apotheek?
[16-09 08:22] [[Ruben ter Haar]]: doe ik, huisarts is [[dokter Wessels]]
[16-09 09:41] [[Maaike D.]] (woordvoering): concept persbericht staat in de map, graag voor 14 uur reactie
[16-09 09:45] [[Thijs Oudenhoven]]: let op: geen school- of zorgcentrumnamen in het bericht zonder akkoord {{Sensire}}
[16-09 10:05] [[Floor van der Meulen-Akkerman]]: de namen van de locaties mogen erin, afgestemd met [[Anouk]] en [[Gökhan]]"""],
kind="ttf", producer="Microsoft: Print To PDF", creator="Microsoft Teams", size=9.5),
]

# scan: lab report
DOCS += [
Doc("gm11_labrapport_scan", "Scan laboratoriumuitslag", [
"""# MEDISCH MICROBIOLOGISCH LABORATORIUM ACHTERHOEK
Uitslag serologie / moleculaire diagnostiek
Patiënt: [[Priscilla Mahabier]]
Geboortedatum: [[12-04-1997]]
Aanvrager: [[dr. R. ter Haar]] (GGD)
Materiaal: serum, keelwat, afgenomen 15-09-2026
Mazelen IgM: positief. Mazelen IgG: laag positief.
Mazelen RNA (PCR): positief, genotype D8.
Conclusie: recente mazeleninfectie.
Gevalideerd door: [[ing. P. Kuipers]]
~ gebeld met [[Thijs]] 16/9 - 14:05 uur, [[EB]]"""], kind="scan", producer="KONICA MINOLTA bizhub C300i", creator="bizhub C300i"),

Doc("gm12_sitrap_wethouder", "Situatierapport mazelen aan wethouder", kind="ttf", pages=[
"""# Situatierapport mazelen Doetinchem - nr. 1
Aan: {{wethouder Karin Lensink}} (portefeuille volksgezondheid), {{gemeente Doetinchem}}
Van: [[drs. F. van der Meulen-Akkerman]], arts IZB, {{GGD Noord- en Oost-Gelderland}}
Datum: 17 september 2026   Kenmerk: {{IZB-2026-0917}}
## Stand van zaken
- Bevestigde gevallen: 3 (2 leerlingen {{basisschool De Vlonder}}, 1 medewerker {{woonzorgcentrum Johanna Westerdijk}}).
- Thuisblijvers op advies: 6 leerlingen, 2 medewerkers zorgcentrum.
- Vaccinatiegraad BMR-2 op De Vlonder: 78 % (landelijk 89 %).
- Extra inentingsochtend 23 september in {{sporthal De Pluimen}}, {{Energieweg 4}}.
## Besluitpunten voor de gemeente
1. Faciliteren sporthal (contact: [[Jochem Wiersma]], [[06-22 84 51 09]]).
2. Informeren gemeenteraad via raadsinformatiebrief; {{burgemeester Roelofsen}} is op de hoogte.
## Risico's
Kwetsbare bewoners afdeling {{De Linde}}; één bewoner immuungecompromitteerd ([[Tiemessen]]).
Media-aandacht: {{de Gelderlander}} en {{Omroep Gelderland}} hebben vragen gesteld.
Contact GGD: {{088 443 30 00}}; buiten kantoortijd de dienstdoende arts via [[06-41 27 93 58]].""",
"""## Bijlage: bereikbaarheid crisisteam mazelen (niet voor verspreiding)
| Rol | Naam | Mobiel | E-mail |
| arts IZB | [[Floor van der Meulen-Akkerman]] | [[06-41 27 93 58]] | [[f.vandermeulen@ggdnog.nl]] |
| achterwacht | [[Ruben ter Haar]] | [[06-19 02 88 41]] | [[r.terhaar@ggdnog.nl]] |
| sociaal verpleegkundige | [[Thijs Oudenhoven]] | [[06 - 39 11 84 27]] | [[t.oudenhoven@ggdnog.nl]] |
| woordvoering | [[Maaike Dijkhuis]] | [[06-51 90 33 48]] | [[m.dijkhuis@ggdnog.nl]] |
| gemeente | [[Sanne Kloosterboer]] | [[06 5177 2093]] | [[s.kloosterboer@doetinchem.nl]] |
| GHOR | [[Marc-Jan Wolbrink]] | [[+31 (0)6 47 30 11 85]] | [[mj.wolbrink@vnog.nl]] |
| school | [[Anouk Verbeek-Lammers]] | [[0314-72 90 18]] | {{info@devlonder-skbg.nl}} |
| zorgcentrum | [[Gökhan Yılmaz]] | [[+31 6 2450 8817]] | [[g.yilmaz@sensire-zorg.nl]] |
Piketnummer GHOR (algemeen): {{088 446 00 00}}. Deze lijst vervalt na afschaling."""],
producer="Microsoft® Word voor Microsoft 365", creator=W, author="[[fvdmeulen]]"),
]
