"""Set GM, documents gm13-gm33. All persons invented."""
from lib import Doc

W = "Microsoft® Word voor Microsoft 365"
OUT = "Microsoft Outlook voor Microsoft 365"
DOCS = [
Doc("gm13_mail_zorgcentrum", "RE: verdacht geval medewerker", [
"""Van: [[Yılmaz, Gökhan]] <[[g.yilmaz@sensire-zorg.nl]]>
Verzonden: dinsdag 15 september 2026 19:22
Aan: [[Oudenhoven, Thijs]] <[[t.oudenhoven@ggdnog.nl]]>
CC: [[Brink, Margreet van den]] <[[m.vandenbrink@sensire-zorg.nl]]>; {{bedrijfsarts@sensire-zorg.nl}}
Onderwerp: RE: verdacht geval medewerker
Hoi [[Thijs]],
[[Priscilla]] is vandaag gezien door haar huisarts; uitslag volgt via jullie. [[Kevin]] heeft geen BMR gehad en
werkt tot nader order niet op {{De Linde}}. Onze bedrijfsarts [[dr. Lotte Zwaveling]] wil graag weten of de
collega's van de nachtdienst ([[Ans]] en [[Wiesje]]) ook getest moeten worden. De familie van [[mevrouw Wolters]]
is geïnformeerd door de EVV'er.
Met vriendelijke groet,
[[Gökhan Yılmaz]] | locatiemanager {{woonzorgcentrum Johanna Westerdijk}} | {{Sensire}}
[[+31 6 2450 8817]]
-----Oorspronkelijk bericht-----
Van: [[Oudenhoven, Thijs]]
Verzonden: dinsdag 15 september 2026 09:05
Aan: [[Yılmaz, Gökhan]]
Onderwerp: verdacht geval medewerker
Beste [[Gökhan]], zoals besproken: graag een lijst van medewerkers met hun BMR-status. Bewoners die mazelen
hebben doorgemaakt (geboren vóór 1945) zijn vrijwel allemaal immuun volgens de {{LCI-richtlijn Mazelen}}.
Groet, [[Thijs Oudenhoven]], sociaal verpleegkundige IZB, [[088 443 31 87]]"""], kind="ttf", producer=OUT, creator="Microsoft Outlook", size=9.5),

Doc("gm14_formulier_vaccinatie", "Aanmeldformulier extra BMR-vaccinatie", [
"""# Aanmeldformulier extra BMR-vaccinatie 23 september 2026
{{GGD Noord- en Oost-Gelderland}} - inentingsochtend {{sporthal De Pluimen}}, {{Energieweg 4}}, {{Doetinchem}}
Vul dit formulier digitaal in en mail het naar {{vaccinatie@ggdnog.nl}}. De gegevens worden alleen gebruikt
voor de registratie in {{Praeventis}} ({{RIVM}}) en vallen onder het medisch beroepsgeheim.
Bewaartermijn volgens de {{Wet op de geneeskundige behandelingsovereenkomst}}."""],
form=[("kind", "Naam kind", "[[Yusuf El Amrani]]"), ("geb", "Geboortedatum", "[[30-11-2017]]"),
      ("bsn", "BSN kind", "[[271 930 446]]"), ("ouder", "Naam ouder", "[[Samira El Amrani-Bouzid]]"),
      ("tel", "Telefoon", "[[06-33 90 18 72]]"), ("mail", "E-mail", "[[samira.elamrani@hotmail.com]]"),
      ("adres", "Adres", "[[Rozengaarde 113]]")],
producer="Adobe Acrobat Pro (64-bit) 24.3.20112", creator="Adobe Acrobat Pro"),

Doc("gm15_persbericht", "Persbericht mazelen Doetinchem", [
"""# PERSBERICHT
{{GGD Noord- en Oost-Gelderland}} en {{gemeente Doetinchem}}, 18 september 2026
## Mazelen op basisschool en in zorgcentrum in Doetinchem
Op {{basisschool De Vlonder}} en in {{woonzorgcentrum Johanna Westerdijk}} zijn drie mensen met mazelen vastgesteld.
De GGD heeft alle contacten in beeld en adviseert kinderen zonder volledige {{BMR-vaccinatie}} een extra prik.
"Mazelen is geen onschuldige kinderziekte," zegt {{wethouder Karin Lensink}}. "Ik roep ouders op de uitnodiging aan
te nemen." Ook {{burgemeester Hendrik-Jan Roelofsen}} bezocht de school.
De inentingsochtend is op 23 september in {{sporthal De Pluimen}}. Informatie: {{www.ggdnog.nl/mazelen}}.
Noot voor de redactie, niet voor publicatie:
Woordvoering GGD: [[Maaike Dijkhuis]], [[06-51 90 33 48]], [[m.dijkhuis@ggdnog.nl]]; algemeen persnummer {{088 443 30 90}}.
Woordvoering gemeente: [[Jeroen 't Hooft]], [[(0314) 377 290]].
Opgesteld: [[MD]] / [[JtH]]; akkoord arts: [[F. van der Meulen-Akkerman]]; akkoord locatie: [[G. Yılmaz]]."""],
kind="docx", producer="LibreOffice 7.6", creator="Writer", author=None, xmp=None),

Doc("gm16_brief_ouder_scan", "Scan brief ouder aan school", [
"""Doetinchem, 20 september 2026
Aan de directie van basisschool De Vlonder
Beste mevrouw [[Verbeek]],
Ik ben boos dat wij pas gisteren de brief kregen. Mijn zoon [[Sem]] heeft astma
en is nu getest. Wij zijn tegen vaccinatie om religieuze redenen, maar dat
betekent niet dat u ons later mag informeren.
Met vriendelijke groet,
~ [[Wilma de Groot-Haverkamp]]
[[Kastanjelaan 8]], tel. [[06-18 44 20 95]]"""], kind="scan", producer="Canon iR-ADV C5550 PDF", creator="Canon"),

Doc("gm17_notulen_oz", "Verslag operationeel overleg mazelen", [
"""# Verslag operationeel overleg mazelen, 16 september 2026, 14:00 uur (Teams)
| Naam | Organisatie | Functie |
| [[F. van der Meulen-Akkerman]] (voorzitter) | GGD NOG | arts IZB |
| [[T. Oudenhoven]] | GGD NOG | sociaal verpleegkundige |
| [[R.J. ter Haar]] | GGD NOG | arts M&G |
| [[A. Verbeek-Lammers]] | De Vlonder | directeur |
| [[G. Yılmaz]] | Sensire | locatiemanager |
| [[S. Kloosterboer]] | gemeente | beleidsadviseur |
| [[W. Nijhof]] (notulen) | GGD NOG | secretariaat IZB |
## 1. Stand van zaken
Drie bevestigde gevallen. Het {{RIVM}} ({{Centrum Infectieziektebestrijding}}) bevestigt genotype {{D8}}.
## 2. Communicatie
Brief aan alle ouders na akkoord GGD; persbericht 18 september met citaat van {{wethouder Lensink}}.
## Actielijst
| Nr | Actie | Wie | Gereed |
| A1 | bellen ouders zes leerlingen | [[TO]] | 16-09 |
| A2 | serologie medewerkers zorgcentrum | [[RtH]] | 17-09 |
| A3 | sitrap aan wethouder | [[FvdM]] | 17-09 |
| A4 | sporthal reserveren | [[SK]] | 18-09 |
| A5 | klassenlijst groep 4 en 6 | [[AVL]] | 17-09 |""","""## 3. Rondvraag
[[Gökhan]] meldt dat één bewoner ([[dhr. Tiemessen]]) bij koorts wordt overgeplaatst naar het {{Slingeland Ziekenhuis}}.
[[Sanne]] vraagt of de {{Wet publieke gezondheid}} de burgemeester bevoegdheden geeft tot sluiting; antwoord: ja (artikel {{35}}),
maar dat is niet aan de orde. Volgend overleg 21 september, zelfde tijd.
Vastgesteld: [[W.N.]] / [[FvdM]]"""], kind="ttf", producer="Microsoft® Word voor Microsoft 365", creator=W, size=9.5,
    outline=["Verslag OO mazelen (concept [[Wendy Nijhof]])", "Actielijst [[Wendy N.]]"]),

Doc("gm18_raadsinformatiebrief", "Raadsinformatiebrief mazelen", [
"""# Raadsinformatiebrief
Aan: de gemeenteraad van {{Doetinchem}}
Van: het college van burgemeester en wethouders
Datum: 22 september 2026   Kenmerk: {{RIB-2026-118}}
Onderwerp: uitbraak mazelen {{basisschool De Vlonder}} en {{woonzorgcentrum Johanna Westerdijk}}
Geachte raadsleden,
Naar aanleiding van de vragen van {{raadslid Pieter Hulshof}} ({{Lokaal Belang}}) informeren wij u over de uitbraak van
mazelen. De {{GGD Noord- en Oost-Gelderland}} voert de bestrijding uit onder verantwoordelijkheid van
{{burgemeester Roelofsen}}. {{Wethouder Lensink}} heeft op 17 september een situatierapport ontvangen.
Er zijn drie gevallen; de gemeente stelt {{sporthal De Pluimen}} beschikbaar. De vaccinatiegraad in Doetinchem
ligt onder het landelijke gemiddelde; het college vraagt de GGD om een plan van aanpak binnen het programma
{{Gezond in de Stad}}.
Het college van burgemeester en wethouders,
de secretaris, {{ir. M.A. Ketelaar|PUBLIC_OFFICE}}   de burgemeester, {{H.J. Roelofsen}}
Behandeld door: [[Sanne Kloosterboer]], [[s.kloosterboer@doetinchem.nl]], [[0314 377 412]]
Paraaf afdelingshoofd: [[mw. drs. E.J.M. (Els) Damen]] / [[ED]]"""],
producer="Microsoft® Word 2016", creator=W, author="[[skloosterboer]]", xmp="[[Sanne K.]]"),

Doc("gm19_raadsvragen", "Schriftelijke vragen mazelen", [
"""# Schriftelijke vragen ex artikel 41 Reglement van orde
Van: {{raadslid Pieter Hulshof}} ({{Lokaal Belang}})
Datum: 19 september 2026
1. Klopt het dat ouders van {{basisschool De Vlonder}} pas elf dagen na de eerste melding zijn geïnformeerd?
2. Welke rol heeft {{wethouder Lensink}} gehad in de communicatie?
3. Is het college bereid de vaccinatiegraad per school openbaar te maken?
Ik ben benaderd door een ouder, [[mevrouw De Groot]], die toestemming gaf haar verhaal te delen; haar
contactgegevens ([[06-18 44 20 95]]) heb ik aan de griffie gegeven.
{{Pieter Hulshof}}
Ontvangen griffie: 19 september 2026, 16:12 uur, door [[L. Bosch-Hendriks]] (griffiemedewerker), doorgezet aan
[[Sanne Kloosterboer]] en [[Jeroen 't Hooft]] voor beantwoording binnen 30 dagen.
Bijlage: e-mail van [[Wilma de Groot-Haverkamp]] aan het raadslid, [[wilma.degroot@kpnmail.nl]]."""], kind="ttf", font="serif", producer="Nitro PDF Creator 13", creator="Nitro"),

Doc("gm20_factuur_tolk", "Factuur tolkdiensten", [
"""# FACTUUR 2026-0412
[[Tolk- en vertaalbureau Ayaan Warsame]] | [[Hooilaan 6]], [[7001 HT Doetinchem]]
KvK [[84201937]] | btw [[NL004327581B01]] | IBAN [[NL42 RABO 0318 4471 26]]
Aan: {{GGD Noord- en Oost-Gelderland}}, afdeling Infectieziektebestrijding, t.a.v. [[T. Oudenhoven]]
Factuurdatum: 30 september 2026   Uw referentie: {{IZB-2026-0917}}
| Datum | Omschrijving | Uren | Bedrag |
| 15-09-2026 | telefonisch tolken Turks, gezin index | 1,5 | 97,50 |
| 16-09-2026 | tolken Arabisch, gezin contact | 1,0 | 65,00 |
| 23-09-2026 | tolken op locatie {{sporthal De Pluimen}} | 3,0 | 195,00 |
Totaal excl. btw 357,50; btw 21% 75,08; totaal 432,58
Betaling binnen 30 dagen op [[NL42 RABO 0318 4471 26]] t.n.v. [[A. Warsame]]. Vragen: [[06-40 72 11 95]]"""],
producer="PDFpen Pro 13.2", creator="PDFpen"),

Doc("gm21_mail_rivm", "FW: advies LCI mazelen zorginstelling", [
"""Van: [[Haar, Ruben ter]] <[[r.terhaar@ggdnog.nl]]>
Verzonden: woensdag 16 september 2026 16:10
Aan: [[Meulen-Akkerman, Floor van der]] <[[f.vandermeulen@ggdnog.nl]]>
Onderwerp: FW: advies LCI mazelen zorginstelling
[[Floor]], ter info het advies van de landelijke consulent. Komt overeen met ons beleid.
[[Ruben]]
Van: [[Ingrid Mølgaard-de Wit]] <[[ingrid.molgaard@rivm.nl]]>
Verzonden: woensdag 16 september 2026 15:31
Aan: [[Haar, Ruben ter]]
CC: {{lci@rivm.nl}}
Onderwerp: advies LCI mazelen zorginstelling
Beste [[Ruben]],
Voor medewerkers zonder gedocumenteerde immuniteit adviseren wij werkverbod tot 21 dagen na laatste blootstelling of
tot aangetoonde IgG. Voor de immuungecompromitteerde bewoner kan {{immunoglobuline}} binnen 6 dagen overwogen worden
(zie {{LCI-richtlijn Mazelen}}, paragraaf post-expositieprofylaxe). Het {{Centrum Infectieziektebestrijding}} volgt de
clustering in de {{Bible Belt}} met aandacht.
Met vriendelijke groet,
[[Ingrid Mølgaard]], landelijk consulent infectieziekten, {{RIVM}}, [[030 274 38 61]]"""],
kind="ttf", producer=OUT, creator="Microsoft Outlook", size=9.5,
    notes=[(0, "[[Annelies Brouwer]]", "5.1.2e: namen RIVM-medewerker en tel. weglakken; Mølgaard-de Wit is geen woordvoerder. - [[AB]]")]),
]

DOCS += [
Doc("gm22_beslisnota", "Beslisnota inzet extra vaccinatie", [
"""# Beslisnota
Aan: directeur Publieke Gezondheid   Van: afdeling Infectieziektebestrijding
Datum: 18 september 2026   Kenmerk: {{BN-IZB-2026-044}}
Contactpersoon: [[Floor van der Meulen-Akkerman]], [[06-41 27 93 58]]
Kopie aan: [[drs. Hidde Vrielink]] (manager JGZ)
## Aanleiding
Uitbraak mazelen in {{Doetinchem}}; vaccinatiegraad {{basisschool De Vlonder}} 78 %.
## Geadviseerd besluit
U wordt gevraagd in te stemmen met een extra inentingsochtend door de {{Jeugdgezondheidszorg}} (JGZ) en
met inzet van tolken van [[Ayaan Warsame]].
## Krachtenveld
{{Wethouder Lensink}} steunt de aanpak. De MR van de school ([[Hester Bloemendaal]]) vraagt om ruimere informatie.
## Informatie die niet openbaar gemaakt kan worden
Medische gegevens van individuele personen (artikel {{5.1, eerste lid, onder d}}, Woo).
## Motivering
In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd.
| Naam | Functie | Paraaf | Datum |
| [[F. van der Meulen-Akkerman]] | arts IZB | [[FvdM]] | 18-09 |
| [[H. Vrielink]] | manager JGZ | [[HV]] | 18-09 |
## Bijlage: e-mail planning JGZ
Van: [[Kartosen, Dewi]] <[[d.kartosen@ggdnog.nl]]> Aan: [[Vrielink, Hidde]] Verzonden: 17 september 2026 21:04
[[Hidde]], voor zaterdag heb ik [[Jolanda]], [[Martijn]] en [[Esra]] rond; [[Marie-José]] kan alleen tot 11 uur.
Kosten extra inzet circa EUR 4.200. Groet, [[Dewi]] ([[0575-58 31 20]])"""], producer="Microsoft® Word voor Microsoft 365", creator=W),

Doc("gm23_rooster_jgz", "Rooster inentingsochtend 23 september", [
"""# Rooster inentingsochtend {{sporthal De Pluimen}}, 23 september 2026
| Naam | Functie | Pers.nr | Mobiel | Post |
| [[Jolanda Eppink]] | jeugdarts | [[P004417]] | [[06-21 87 40 33]] | tafel 1 |
| [[Martijn Te Brake]] | jeugdverpleegkundige | [[P006120]] | [[06-48 10 77 25]] | tafel 2 |
| [[Esra Doğan]] | doktersassistent | [[P007391]] | [[06-30 55 12 84]] | registratie |
| [[Ties Wiggers]] | doktersassistent | [[P007402]] | [[06-14 92 38 60]] | registratie |
| [[Marie-José Lankhorst]] | jeugdarts | [[P002988]] | [[06-57 03 26 19]] | tafel 3 |
| [[Dewi Kartosen]] | planner | [[P005501]] | [[0575-58 31 20]] | coördinatie |
Vaccin: {{M-M-RVAXPRO}}, lotnummer {{Y012345}}; koelketen via {{RIVM-DVP}}.
Noodnummer locatie: {{112}}; algemene lijn GGD {{088 443 30 00}}."""], kind="ttf", producer="Microsoft® Excel® 2019", creator="Excel", size=9),

Doc("gm24_handtekeningenlijst_scan", "Scan presentielijst ouderavond", [
"""# Presentielijst informatieavond mazelen - De Vlonder
21 september 2026, 19:30 uur, aula
1. ~ [[Bas Hoekstra]]
2. ~ [[Elif Kaya]]
3. ~ [[Hester Bloemendaal]]
4. ~ [[Rik Oosterbroek]]
5. ~ [[Wilma de Groot]]
Sprekers: arts GGD, directeur school."""], kind="scan", producer="HP Digital Sending Software 5.0", creator="HP Scan"),

Doc("gm25_whatsapp_ouders", "WhatsApp-export klassenapp groep 5", [
"""# WhatsApp-chat 'Groep 5 De Vlonder ouders' (aangeleverd door de school)
[19-09-26 20:14] [[Hester]]: Hebben jullie de brief ook? Wie is het kind met mazelen??
[19-09-26 20:16] [[Rik O.]]: [[Liv]] moet thuisblijven, GGD belde ons
[19-09-26 20:17] [[Mama van Daan]]: volgens mij is het [[Noor]], ze was al twee weken weg
[19-09-26 20:19] [[Hester]]: laten we geen namen noemen aub
[19-09-26 20:21] [[Bas H.]]: ik dien een Woo-verzoek in, dit is te laat
[19-09-26 20:30] [[Juf Marloes]]: Lieve ouders, de GGD houdt informatieavond op 21/9. Vragen graag via {{infectieziekten@ggdnog.nl}}
[19-09-26 20:33] [[Samira]]: [[Yusuf]] is ook thuis, [[+31 6 33 90 18 72]] als iemand wil samen oppassen
[19-09-26 20:41] [[Wilma]]: wij vaccineren niet, dat is onze keuze"""], kind="ttf", producer="Skia/PDF m118", creator="Chrome"),

Doc("gm26_inspectie_legionella", "Rapport aanvullende inspectie zorgcentrum", [
"""# Rapport hygiëne-inspectie {{woonzorgcentrum Johanna Westerdijk}}
Datum bezoek: 24 september 2026   Kenmerk: {{HYG-2026-212}}
Inspecteur: [[ing. Roel Haverkamp]], deskundige infectiepreventie GGD, [[r.haverkamp@ggdnog.nl]]
Aanwezig namens instelling: [[G. Yılmaz]] en [[Saskia Ter Borg]]
## Bevindingen
Isolatiebeleid afdeling {{De Linde}} conform {{LCI}}; kamer 16 heeft geen sluis. Het {{Landelijk Netwerk
Infectiepreventie}} (LNI) biedt een format; advies om dat te gebruiken. Legionellabeheersplan aanwezig
(bijkomende controle op verzoek van de {{Inspectie Gezondheidszorg en Jeugd}}); temperatuur warmwater
60 °C. Medewerker [[K. Roerdink]] had geen bewijs van BMR-vaccinatie; inmiddels gevaccineerd.
## Conclusie
Voldoende, met twee verbeterpunten. Afschrift aan {{Sensire}} en aan {{wethouder Lensink}}.""","""## Bijlage: rondgang
| Ruimte | Bevinding | Verantwoordelijke |
| kamer 14 | bezoekregistratie ontbreekt | [[Saskia Ter Borg]] |
| kamer 16 | geen sluis | facilitair ([[Henk-Jan Bosman]]) |
| personeelsruimte | geen handalcohol | [[Kevin Roerdink]] |
Ondertekend: [[R. Haverkamp]]
Gezien voor akkoord namens de instelling: [[Margreet van den Brink]], regiomanager, [[m.vandenbrink@sensire-zorg.nl]]
Facilitair contact: [[Henk-Jan Bosman]], [[0314-67 23 40 toestel 230]]."""], kind="docx", producer="LibreOffice 7.6", creator="Writer", author="[[rhaverkamp]]"),

Doc("gm27_mail_pers", "RE: persvragen Gelderlander", [
"""Van: [[Dijkhuis, Maaike]] <[[m.dijkhuis@ggdnog.nl]]>
Verzonden: vrijdag 18 september 2026 09:44
Aan: [[Hooft, Jeroen 't]] <[[j.thooft@doetinchem.nl]]>
CC: {{pers@ggdnog.nl}}
Onderwerp: RE: persvragen Gelderlander
Hoi [[Jeroen]],
Journalist [[Bram Verhulst]] ({{de Gelderlander}}) wil weten of het zorgcentrum besmet is. Voorstel: we bevestigen
"een medewerker", geen bewoners. Citaat {{wethouder Lensink}} zoals afgestemd; {{burgemeester Roelofsen}} wil niet
geciteerd worden. Ik bel [[Bram]] om 11 uur: [[06-24 18 93 07]].
[[Maaike]]
-----Oorspronkelijk bericht-----
Van: [[Hooft, Jeroen 't]]
Aan: [[Dijkhuis, Maaike]]
Onderwerp: persvragen Gelderlander
[[Maaike]], kun je even bellen? [[0314 377 290]]. Gr [[Jeroen]]
> Doorgestuurde vraag van [[Bram Verhulst]] <[[b.verhulst@gelderlander.nl]]>: "Klopt het dat een bewoonster van 89 in het
> ziekenhuis ligt? Haar kleindochter [[Nienke Wolters]] belde ons." (Antwoord GGD: dit bevestigen wij niet.)"""], producer=OUT, creator="Microsoft Outlook", size=9.5),

Doc("gm28_brief_wethouder", "Brief wethouder aan ouders", [
"""# Gemeente Doetinchem
{{Raadhuisstraat 1}} | {{Doetinchem}} | {{14 0314}} | {{www.doetinchem.nl}}
Aan de ouders en verzorgers van leerlingen in Doetinchem
Datum: 25 september 2026   Kenmerk: {{Z-2026-08812}}
Beste ouders en verzorgers,
De afgelopen weken is mazelen vastgesteld op een basisschool in onze gemeente. Ik dank iedereen die de afgelopen dagen
is komen vaccineren in {{sporthal De Pluimen}}: 84 kinderen kregen een BMR-prik. Vaccinatie beschermt uw kind en
kwetsbare mensen om ons heen, zoals de bewoners van {{woonzorgcentrum Johanna Westerdijk}}.
Met vriendelijke groet,
{{Karin Lensink}}
wethouder volksgezondheid
Inlichtingen: [[S. Kloosterboer]], telefoon [[0314 377 412]]
Verzendlijst (intern): ouders via schoolbesturen; afschrift [[Anouk Verbeek-Lammers]], [[Gökhan Yılmaz]], [[Floor van der Meulen-Akkerman]]."""], kind="ttf", font="serif", producer="iText 5.5.13.3", creator="Centric Key2Brieven"),

Doc("gm29_juridisch_memo", "Memo toetsing openbaarmaking", [
"""# Memo
Aan: [[mr. A. Brouwer-ten Cate]]   Van: [[mr. Joost van Leeuwen]], juridisch medewerker
Datum: 2 november 2026   Betreft: {{GGD-WOO-2026-031}}, toetsing
1. Gezondheidsgegevens van leerlingen, bewoners en medewerkers zijn bijzondere persoonsgegevens (artikel {{5.1, eerste lid,
onder d}}, Woo); absolute weigeringsgrond. Ook indirect herleidbare gegevens (groep 5, kamer 14) weglakken.
2. Namen van GGD-medewerkers: 5.1.2e. Uitzondering: {{wethouder Lensink}} en {{burgemeester Roelofsen}} in functie.
3. De school is een bijzondere school ({{Stichting Katholiek Basisonderwijs Gelderland}}); de naam van de directeur
[[Verbeek-Lammers]] weglakken, zij treedt niet publiek op.
4. Zienswijze gevraagd aan {{Sensire}} en de school; reactie [[Gökhan Yılmaz]] ontvangen op 28 oktober.
Aanbeveling: deels openbaar. Behandelaar [[JvL]], tel. [[088 443 31 79]]"""], producer="Microsoft® Word voor Microsoft 365", creator=W, kind="ttf",
    notes=[(0, "[[J. van Leeuwen]]", "punt 3 nog afstemmen met [[Annelies]]"), (0, "[[Annelies Brouwer]]", "akkoord - [[A.B.]]")]),
]

DOCS += [
Doc("gm30_zienswijze_school", "Zienswijze school Woo-verzoek", [
"""Van: [[Verbeek-Lammers, Anouk]] <[[a.verbeek@skbg.nl]]>
Verzonden: maandag 26 oktober 2026 15:02
Aan: {{woo@ggdnog.nl}}
CC: [[Jan-Pieter Hofstede]] <[[jp.hofstede@skbg.nl]]>
Onderwerp: zienswijze {{GGD-WOO-2026-031}}
Geachte [[mevrouw Brouwer-ten Cate]],
Namens {{basisschool De Vlonder}} maak ik bezwaar tegen openbaarmaking van de klassenlijst van groep 5 en van de
WhatsApp-berichten van ouders. Ook mijn eigen naam en mobiele nummer wil ik niet openbaar; ik ben geen woordvoerder.
Het bestuur ({{Stichting Katholiek Basisonderwijs Gelderland}}, {{SKBG}}) sluit zich hierbij aan, zie de cc aan
onze bestuurder [[dhr. Hofstede]].
Met vriendelijke groet,
[[A.M. Verbeek-Lammers]]
directeur {{basisschool De Vlonder}} | {{Vlonderpad 2}} | [[06-55 31 08 64]]"""], producer=OUT, creator="Microsoft Outlook", size=10),

Doc("gm31_sitrap2", "Situatierapport mazelen nr. 2", [
"""# Situatierapport mazelen Doetinchem - nr. 2 (slot)
Aan: {{wethouder Karin Lensink}}; ter informatie {{burgemeester Roelofsen}}
Van: {{GGD Noord- en Oost-Gelderland}}, afdeling Infectieziektebestrijding
Datum: 9 oktober 2026   Kenmerk: {{IZB-2026-0917}}
## Verloop
- Totaal 5 gevallen: 4 leerlingen, 1 medewerker zorgcentrum. Geen bewoners ziek.
- Laatste ziektedag: 24 september; einde uitbraak verklaard op 9 oktober (twee incubatietijden).
- 84 kinderen gevaccineerd in {{sporthal De Pluimen}}; 11 medewerkers {{Sensire}} gevaccineerd.
## Gevallen (vertrouwelijk, 5.1.1d)
| Nr | Naam | Leeftijd | Setting | Ziekenhuisopname |
| 1 | [[Noor Şahin]] | 8 | groep 5 | nee |
| 2 | [[Sem de Groot]] | 8 | groep 5 | ja, [[Slingeland 16-19 sept|HEALTH]] |
| 3 | [[Priscilla Mahabier]] | 29 | medewerker | nee |
| 4 | [[Yusuf El Amrani]] | 8 | groep 5 | nee |
| 5 | [[Mert Şahin]] | 5 | broer index | nee |""","""## Evaluatie
De periode tussen melding (8 september) en de brief aan ouders (19 september) was te lang. Oorzaak: de klassenlijst
kwam pas op 14 september binnen en de afstemming met het schoolbestuur duurde. De GGD neemt dit mee in de
evaluatie met de {{GHOR Noord- en Oost-Gelderland}}.
## Contact
Arts infectieziektebestrijding: [[F. van der Meulen-Akkerman]]; sociaal verpleegkundige: [[T. Oudenhoven]].
Algemeen: {{088 443 30 00}}, {{infectieziekten@ggdnog.nl}}."""], kind="ttf", producer="Microsoft® Word voor Microsoft 365", creator=W,
    xmp="[[Floor van der Meulen]]"),

Doc("gm32_woo_besluit", "Besluit op Woo-verzoek GGD-WOO-2026-031", [
"""# Besluit op uw Woo-verzoek
{{GGD Noord- en Oost-Gelderland}} | Postbus 3 | {{7200 AA Zutphen}} | {{woo@ggdnog.nl}}
Aan: de heer [[B. Hoekstra-Engbers]], [[Molenweg 44]], [[7009 KD Doetinchem]]
Datum: 9 november 2026   Kenmerk: {{GGD-WOO-2026-031}}
Onderwerp: besluit op uw verzoek om openbaarmaking (mazelen De Vlonder)
Geachte heer [[Hoekstra-Engbers]],
Op 12 oktober 2026 heeft u een verzoek gedaan op grond van de {{Wet open overheid}}. Bij brief van 14 oktober is de
ontvangst bevestigd; op 6 november is de beslistermijn met twee weken verdaagd.
## 1. Besluit
Ik maak de documenten zoals genoemd in de inventarislijst deels openbaar. Drie documenten maak ik niet openbaar.
## 2. Zienswijzen
Aan {{Sensire}}, {{basisschool De Vlonder}} en het {{RIVM}} is een zienswijze gevraagd (artikel {{4.4}} Woo). De school
heeft bezwaar gemaakt tegen openbaarmaking van de klassenlijst; dit bezwaar volg ik.""","""## 3. Overwegingen
Gezondheidsgegevens zijn bijzondere persoonsgegevens; op grond van artikel {{5.1, eerste lid, onder d}}, Woo blijven zij
geheim, tenzij de betrokkene ze zelf openbaar heeft gemaakt. Ook gegevens die via de context tot een kind of bewoner
herleidbaar zijn (groep, kamernummer, geboortedatum) zijn weggelakt.
Persoonsgegevens van medewerkers van de GGD, de school, het zorgcentrum, de gemeente en het RIVM, en van ouders,
zijn weggelakt op grond van artikel {{5.1, tweede lid, onder e}}, Woo (5.1.2e). Het belang van openbaarheid weegt
niet op tegen de persoonlijke levenssfeer. Namen van {{wethouder Lensink}} en {{burgemeester Roelofsen}} en van
{{raadslid Hulshof}} zijn openbaar, omdat zij in hun publieke functie optreden.
Het BSN dat u in uw verzoek noemde, is verwerkt op grond van artikel {{5.1, eerste lid, onder e}}, Woo.
## 4. Informatie die niet openbaar gemaakt kan worden
Zie de inventarislijst per document.
## Motivering
In de openbaar gemaakte versie van de documenten zijn alle persoonsgegevens van ambtenaren en derden
geanonimiseerd; bijzondere persoonsgegevens zijn geheel weggelakt.""","""## 5. Wijze van openbaarmaking
De documenten worden u digitaal toegezonden en geplaatst op {{open.overheid.nl}}.
## Bezwaar
Binnen zes weken na de dag van verzending kunt u bezwaar maken bij het {{Algemeen Bestuur}} van de
{{GGD Noord- en Oost-Gelderland}}, Postbus 3, {{7200 AA Zutphen}}.
Hoogachtend,
de directeur Publieke Gezondheid,
namens deze,
[[mr. Annelies Brouwer-ten Cate]]
juridisch adviseur Woo
Bijlage: inventarislijst {{GGD-WOO-2026-031}}"""], producer="Microsoft® Word voor Microsoft 365", creator=W,
    author="[[Brouwer-ten Cate, A.]]",
    outline=["Besluit [[Bas H.]]", "Overwegingen ([[JvL]] / [[AB]])", "Slot"]),

Doc("gm33_inventarislijst", "Inventarislijst GGD-WOO-2026-031", [
"""# Inventarislijst {{GGD-WOO-2026-031}} - {{GGD Noord- en Oost-Gelderland}}
| Nr | Document | Datum | Beoordeling | Grond | Toelichting |
| 1 | {{Woo-verzoek}} | 12-10-2026 | deels openbaar | {{5.1.1e}}, {{5.1.2e}} | BSN en naam verzoeker |
| 2 | Ontvangstbevestiging | 14-10-2026 | deels openbaar | 5.1.2e | |
| 3 | Melding labuitslag | 08-09-2026 | {{niet openbaar}} | {{5.1.1d}} | medisch |
| 4 | Bron- en contactopsporing | 08-09-2026 | niet openbaar | 5.1.1d | |
| 5 | Contactlijst zorgcentrum | 14-09-2026 | niet openbaar | 5.1.1d | |
| 6 | Brief ouders groep 5 | 19-09-2026 | deels openbaar | 5.1.2e | |
| 7 | Brief ouders [[Oosterbroek]] | 15-09-2026 | deels openbaar | 5.1.1d, 5.1.2e | |
| 8 | E-mail [[Van der Meulen]] - school | 15-09-2026 | deels openbaar | 5.1.2e | |
| 9 | E-mail gemeente [[Kloosterboer]] | 16-09-2026 | deels openbaar | 5.1.2e | |
| 10 | {{Teams-chat IZB}} | 15-09-2026 | deels openbaar | 5.1.1d, 5.1.2e | |
| 11 | Labuitslag medewerker | 16-09-2026 | deels openbaar | 5.1.1d | scan |
| 12 | Situatierapport nr. 1 | 17-09-2026 | deels openbaar | 5.1.2e | |
| 13 | E-mail zorgcentrum [[Yılmaz]] | 15-09-2026 | deels openbaar | 5.1.1d, 5.1.2e | |
| 14 | Aanmeldformulier BMR | 22-09-2026 | deels openbaar | 5.1.1e, 5.1.2e | |
| 15 | {{Persbericht}} | 18-09-2026 | deels openbaar | 5.1.2e | noot redactie |
| 16 | Brief ouder ([[De Groot-Haverkamp]]) | 20-09-2026 | deels openbaar | 5.1.1d, 5.1.2e | religie |""","""| Nr | Document | Datum | Beoordeling | Grond | Toelichting |
| 17 | Verslag operationeel overleg | 16-09-2026 | deels openbaar | 5.1.2e | |
| 18 | {{Raadsinformatiebrief}} | 22-09-2026 | openbaar | | {{reeds openbaar}} |
| 19 | Schriftelijke vragen | 19-09-2026 | deels openbaar | 5.1.2e | |
| 20 | {{Factuur tolk}} | 30-09-2026 | deels openbaar | 5.1.2e | |
| 21 | E-mail LCI/RIVM | 16-09-2026 | deels openbaar | 5.1.2e | |
| 22 | Beslisnota extra vaccinatie | 18-09-2026 | deels openbaar | 5.1.2e | |
| 23 | Rooster inentingsochtend | 23-09-2026 | deels openbaar | 5.1.2e | |
| 24 | Presentielijst ouderavond | 21-09-2026 | deels openbaar | 5.1.2e | |
| 25 | WhatsApp-export ouders | 19-09-2026 | niet openbaar | 5.1.1d, 5.1.2e | zienswijze school |
| 26 | {{Inspectierapport}} | 24-09-2026 | deels openbaar | 5.1.2e | |
| 27 | E-mail persvragen | 18-09-2026 | deels openbaar | 5.1.2e | |
| 28 | Brief wethouder aan ouders | 25-09-2026 | openbaar | | |
| 29 | Memo toetsing | 02-11-2026 | deels openbaar | 5.1.2e, {{5.2.1}} | |
| 30 | Zienswijze school | 26-10-2026 | deels openbaar | 5.1.2e | |
| 31 | Situatierapport nr. 2 | 09-10-2026 | deels openbaar | 5.1.1d, 5.1.2e | |
Behandelaar: [[JvL]]; vastgesteld [[A. Brouwer-ten Cate]]"""], kind="ttf", producer="Aspose.Cells for .NET 24.1", creator="Aspose", size=8.5),
]
