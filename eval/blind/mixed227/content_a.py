from lib import Doc

DOCS = [
Doc("sk01_woo_verzoek_gemeente", """
# Verzoek op grond van de Wet open overheid
Aan: {college van burgemeester en wethouders} van de {gemeente Deventer}, {Postbus 5000}, {7400 GC Deventer}
Datum: 14 september 2026
Onderwerp: Woo-verzoek klachtbehandeling {OBS De Wilgenhof}

Geacht college,

Op grond van de {Wet open overheid} verzoek ik u om openbaarmaking van alle documenten over de behandeling van de klacht van ouders over een leerkracht van {OBS De Wilgenhof} ({Brinkgreverweg} 40, Deventer), die valt onder {Stichting Openbaar Onderwijs IJsselkring} ({SOOIJ}). Het gaat om documenten uit de periode 1 januari 2026 tot heden, waaronder correspondentie met het schoolbestuur, de {Landelijke Klachtencommissie Onderwijs} ({LKC}) en de {Inspectie van het Onderwijs}, en stukken van de afdeling Leerplicht.

Een gelijkluidend verzoek heb ik gedaan bij het {ministerie van Onderwijs, Cultuur en Wetenschap}.

Ik ontvang de documenten bij voorkeur digitaal.

Met vriendelijke groet,

[Thijs Gommers]
[Hanzeweg 112|ADDRESS], 7418 AW Deventer
[06-41 87 22 95]
[thijs.gommers@kpnmail.nl]

Kopie: mijn raadsvrouw, [mr. B. Şahin-Roelofs] ([Şahin Advocatuur|ORG_PRIVATE])
""", font="sans", producer="ReportLab PDF Library - www.reportlab.com", creator="Microsoft Word"),

Doc("sk02_ontvangstbevestiging", """
# Ontvangstbevestiging Woo-verzoek
{Gemeente Deventer} | Team Juridische Zaken | Zaaknummer {Z-2026-18804}
Datum: 16 september 2026
Ons kenmerk: {Woo-2026-0143}

Geachte heer [Gommers],

Op 14 september 2026 hebben wij uw verzoek op grond van de {Wet open overheid} ontvangen over de klachtbehandeling rond {OBS De Wilgenhof}. Wij beslissen binnen vier weken na ontvangst. Deze termijn kunnen wij met twee weken verdagen.

Bij de behandeling betrekken wij het bestuur van {Stichting Openbaar Onderwijs IJsselkring} als derde-belanghebbende (artikel 4.4 Woo). Het deel van uw verzoek dat ziet op stukken van de {Inspectie van het Onderwijs} is door het ministerie in behandeling genomen onder kenmerk {OCW-2026-WOO-0871}.

Heeft u vragen? Neem contact op met de behandelend jurist, [mr. R.A. Siebelink] (telefoon [0570 69 34 18], e-mail [r.siebelink@deventer.nl]), of bel het algemene nummer {14 0570}. U kunt ook mailen naar {woo@deventer.nl}.

Met vriendelijke groet,
namens het college van burgemeester en wethouders,

[R.A. Siebelink]
jurist {Team Juridische Zaken}
""", kind="docx", producer="LibreOffice 7.6", creator="Writer"),

Doc("sk03_ontvangst_ocw", """
# Ministerie van Onderwijs, Cultuur en Wetenschap
{Directie Wetgeving en Juridische Zaken} | {Rijnstraat 50} | {2515 XP Den Haag}

Datum 18 september 2026
Kenmerk {OCW-2026-WOO-0871}
Betreft Ontvangstbevestiging verzoek op grond van de Wet open overheid

Geachte heer [Gommers],

Wij hebben uw verzoek van 14 september 2026 ontvangen. U vraagt om documenten over de klacht tegen een leerkracht van {OBS De Wilgenhof} te Deventer, het advies van de {Landelijke Klachtencommissie Onderwijs}, het onderzoek van de {Inspectie van het Onderwijs} en de beantwoording van de {Kamervragen} van het lid {Sarkis} ({GL-PvdA}).

Uw verzoek betreft mede documenten waarin gegevens van derden voorkomen. Wij stellen hen in de gelegenheid hun zienswijze te geven. De beslistermijn verdagen wij daarom met twee weken.

Contactpersoon: [drs. W.J. Hoogendijk-Mansour], telefoon [+31 (0)6 2318 4470], [wj.hoogendijk-mansour@minocw.nl]. Algemene vragen: {woo@minocw.nl} of {0800 8051}.

Hoogachtend,
De minister van {Onderwijs, Cultuur en Wetenschap},
namens deze,
het hoofd van de afdeling Juridische Zaken,

[M.C. Verhoeff]
""", font="sans", producer="iText 7.2.5 (AGPL-version)", creator="DocGen OCW"),

Doc("sk04_klachtbrief_ouders", """
# Klacht over de leerkracht van groep 6
Aan het bestuur van {Stichting Openbaar Onderwijs IJsselkring}
t.a.v. de voorzitter van het college van bestuur
{Keizerstraat} 18, {Deventer}

Deventer, 2 februari 2026

Geacht bestuur,

Wij, [Mirjam Kuipers-El Amrani] en [Ruud Kuipers], ouders van [Noor] (groep 6, {OBS De Wilgenhof}), dienen hierbij een formele klacht in over de heer [J. ter Haar], leerkracht van groep 6.

Sinds november 2025 komt onze dochter regelmatig huilend thuis. Volgens [Noor] heeft [meester Joost] haar op 12 januari 2026 voor de klas uitgelachen toen zij haar spreekbeurt hield, en heeft hij haar op 19 januari de gang op gestuurd zonder toezicht. Klasgenootjes [Sem] en [Yara Visschers] hebben dit bevestigd tegen hun ouders. Ook [Daan] vertelde dat hij in de pauze niet naar binnen mocht om zijn medicijnen te pakken.

Wij hebben op 22 januari een gesprek gehad met de directeur, mevrouw [Brouwer-Tjoa]. Zij heeft toegezegd de heer [Ter Haar] aan te spreken, maar wij hebben daarna niets meer gehoord. Wij voelen ons niet serieus genomen.

[Noor] is inmiddels onder behandeling bij [de jeugdpsycholoog van Kindcentrum IJsselvallei|HEALTH] vanwege [faalangst en slaapproblemen|HEALTH]. Wij vragen het bestuur:
1. de klacht te onderzoeken volgens de {klachtenregeling} van {SOOIJ};
2. ervoor te zorgen dat [Noor] in een andere groep wordt geplaatst;
3. ons schriftelijk te informeren over de maatregelen.
---
Mocht het bestuur de klacht niet naar tevredenheid afhandelen, dan leggen wij de zaak voor aan de {Landelijke Klachtencommissie Onderwijs}. Wij hebben ook de {vertrouwenspersoon} van de school geraadpleegd.

Wij zijn bereikbaar op [06 1298 4431] (moeder) en [0570-621 884] (thuis), of per e-mail via [mirjam.elamrani@ziggo.nl].

Met vriendelijke groet,

[M. Kuipers-El Amrani]          [R. Kuipers]
[Hanzeweg 112|ADDRESS]
[7418 AW|ADDRESS] Deventer

Bijlage: verklaring van de moeder van [Yara]
Kopie: directie {OBS De Wilgenhof}; {medezeggenschapsraad}; [mevrouw G. Mulder] (intern begeleider)
""", font="serif", producer="Microsoft: Print To PDF", creator="Microsoft Word"),

Doc("sk05_mail_directeur_bestuur", """
# FW: Klacht fam. Kuipers groep 6
@ Van: [Brouwer-Tjoa, Annelies] <[a.brouwertjoa@sooij.nl]>
@ Verzonden: dinsdag 3 februari 2026 08:47
@ Aan: [van 't Hul, Henk] <[h.vanthul@sooij.nl]>
@ CC: [Oudshoorn, Petra] <[p.oudshoorn@sooij.nl]>; {bestuursbureau@sooij.nl}
@ Onderwerp: FW: Klacht fam. Kuipers groep 6

Beste [Henk],

Hierbij de klachtbrief van de ouders van [Noor]. Ik heb op 22 januari met ze gesproken en daarna met [Joost]. Hij erkent dat hij een grap maakte, maar ontkent dat hij haar heeft uitgelachen. De gangsituatie op 19 januari klopt; hij had op dat moment geen duo-collega.

Ik stel voor dat jij de klacht als bestuur oppakt, omdat de ouders ook over mij klagen. Wil jij [Sietske] (vertrouwenspersoon) vragen contact met ze op te nemen?

Groet,
[Annelies]
[Annelies Brouwer-Tjoa] | directeur {OBS De Wilgenhof}
{Brinkgreverweg} 40 | {7413 AB Deventer} | T {0570 613 200} | M [06-20 77 31 58]

@ Van: [van 't Hul, Henk] <[h.vanthul@sooij.nl]>
@ Verzonden: dinsdag 3 februari 2026 11:02
@ Aan: [Brouwer-Tjoa, Annelies] <[a.brouwertjoa@sooij.nl]>
@ Onderwerp: RE: FW: Klacht fam. Kuipers groep 6

[Annelies], dank. Ik neem het over. [Petra] plant een gesprek met de ouders in week 7. Graag voor vrijdag een feitelijke tijdlijn en het dossier van [Ter Haar] (alleen de gespreksverslagen, niet het hele personeelsdossier). Noem in de tijdlijn de andere kinderen niet bij naam.

Hartelijke groet,
[Henk van 't Hul]
voorzitter college van bestuur {SOOIJ}

@ Van: [Oudshoorn, Petra] <[p.oudshoorn@sooij.nl]>
@ Verzonden: dinsdag 3 februari 2026 13:26
@ Aan: [Kuipers-El Amrani, M.] <[mirjam.elamrani@ziggo.nl]>
@ CC: [van 't Hul, Henk] <[h.vanthul@sooij.nl]>
@ Onderwerp: Uitnodiging gesprek over uw klacht

Geachte mevrouw [Kuipers-El Amrani], namens de bestuurder nodig ik u en uw man uit voor een gesprek op donderdag 12 februari om 15.30 uur op het bestuursbureau. Graag hoor ik of dat schikt.
Met vriendelijke groet, [Petra Oudshoorn], bestuurssecretaris, [0570-745 310 toestel 12]
""", font="sans", producer="Microsoft Outlook", creator="Microsoft Outlook 16.0"),

Doc("sk06_brief_bestuur_ouders", """
# Stichting Openbaar Onderwijs IJsselkring
{Keizerstraat} 18 | Deventer | {bestuursbureau@sooij.nl}

Aan de heer en mevrouw [Kuipers]
[Hanzeweg 112|ADDRESS]
7418 AW Deventer

Datum: 20 februari 2026
Kenmerk: {SOOIJ/KL/2026-004}
Betreft: uw klacht van 2 februari 2026

Geachte heer en mevrouw [Kuipers],

Op 12 februari hebben wij met u gesproken over uw klacht over de leerkracht van groep 6 van {OBS De Wilgenhof}. Bij het gesprek waren namens het bestuur aanwezig ondergetekende en mevrouw [P. Oudshoorn], bestuurssecretaris.

Wij hebben de leerkracht gehoord. Hij betreurt dat uw dochter zich gekwetst voelde. Wij hebben met hem afspraken gemaakt over toezicht buiten het lokaal. Een plaatsing van [Noor] in een andere groep is na overleg met de intern begeleider, mevrouw [Gerdien Mulder], per 2 maart mogelijk in groep 6B.

Wij stellen u voor de gesprekken te laten begeleiden door een onafhankelijke mediator, mevrouw [J. Verbeek]. De kosten komen voor rekening van het bestuur.

Blijft u ontevreden, dan kunt u uw klacht voorleggen aan de {Landelijke Klachtencommissie Onderwijs}, {Postbus 85191}, {3508 AD Utrecht}.

Hoogachtend,
namens het college van bestuur,

[drs. H.J. van 't Hul]
voorzitter
""", kind="docx", producer="Aspose.Words for .NET 23.4.0", creator="Aspose.Words"),

Doc("sk07_verweer_leerkracht", """
# Verweerschrift
Inzake: klacht [Kuipers] / {OBS De Wilgenhof} - LKC-zaak {108.2026.0412}
Van: [Joost ter Haar], leerkracht groep 6
Datum: 4 mei 2026

1. Inleiding
Ik heb kennisgenomen van het klaagschrift van de heer en mevrouw [Kuipers] van 6 april 2026. Ik geef hieronder mijn reactie per klachtonderdeel. Ik werk sinds 2014 op {OBS De Wilgenhof}, eerst in groep 4 en sinds 2021 in groep 6.

2. De spreekbeurt van 12 januari 2026
Tijdens de spreekbeurt van [Noor] over paarden maakte ik een opmerking over haar dia met een pony met een hoed. Een aantal kinderen lachte. Ik heb direct gezegd dat het een mooie spreekbeurt was. Ik heb haar niet uitgelachen. [Sem] en [Yara] zaten achterin en konden haar dia niet goed zien.

3. De gang op 19 januari 2026
Ik heb [Noor] en [Bram Oosterveld] na herhaalde onrust gevraagd even op de gang te gaan zitten. Mijn duo-collega, mevrouw [Ilse Roodbergen], was die dag ziek. Achteraf had ik de deur open moeten laten. Ik heb hierover met de directeur gesproken.

4. De medicijnen van [Daan]
Ik kende de afspraak over de [inhalator|HEALTH] van [Daan] niet; die stond niet in {ParnasSys}. Sinds 26 januari staat zij daar wel in.

5. Mijn eigen situatie
Ik was van september tot november 2025 [gedeeltelijk arbeidsongeschikt wegens een burn-out|HEALTH]. Mijn re-integratie liep via de bedrijfsarts van {ArboNed}. Ik vraag de commissie dit deel niet te delen met klagers.
---
6. Conclusie
Ik erken dat de situatie op 19 januari beter had gekund. De overige klachtonderdelen herken ik niet. Ik sta open voor een gesprek met de ouders onder begeleiding van een mediator.

Bijgestaan door: [mr. K. Dogan-Vermeulen], {AOb} (belangenbehartiging), [k.dogan@aob.nl], [030 276 3142]

[J. ter Haar]
""", kind="odt", font="serif", producer="LibreOffice 24.2", creator="Writer",
    author="jterhaar"),

Doc("sk08_notitie_vertrouwenspersoon", """
# Vertrouwelijke notitie vertrouwenspersoon
Niet voor het klachtdossier - alleen met toestemming van betrokkenen te delen
Opgesteld door: [S. Hoekstra-de Vries], externe vertrouwenspersoon {SOOIJ} (via {CED-Groep})
Datum gesprek: 9 februari 2026, 19.30 uur, telefonisch

Gesproken met: mevrouw [Kuipers-El Amrani] (moeder van [Noor], groep 6)

Mevrouw vertelt dat [Noor] sinds december [nachtmerries heeft en niet meer wil eten op school|HEALTH]. Zij is aangemeld bij [Kindcentrum IJsselvallei|HEALTH]. De moeder zegt zelf [sinds 2024 onder behandeling te zijn voor een depressie|HEALTH] en vreest dat dit tegen haar wordt gebruikt. Zij vindt dat de directeur partij kiest voor de leerkracht, met wie zij volgens haar [bevriend is|OTHER].

Ik heb uitleg gegeven over de {klachtenregeling} en de mogelijkheid van de {Landelijke Klachtencommissie Onderwijs}. Ik heb haar gewezen op de {Kindertelefoon} ({0800-0432}) voor [Noor] en op {Veilig Thuis} ({0800-2000}) voor het geval zij zich zorgen maakt over de thuissituatie, wat zij ontkende.

Afspraken:
- mevrouw besluit zelf of zij een formele klacht doorzet;
- ik neem geen contact op met school zonder haar toestemming;
- vervolggesprek 23 februari, [06-53 90 12 77] (mijn mobiel, niet doorgeven).

[SHdV] 10-02-2026
""", font="sans", producer="PDFpen 13.1", creator="PDFpen"),

Doc("sk09_factuur_mediator", """
# FACTUUR
[Jolanda Verbeek Mediation]
MfN-registermediator
[Zandweerdsingel 7|ADDRESS], 7415 CJ Deventer
KvK [70418253|ID] | btw-id [NL002218744B61|ID]
IBAN [NL42 RABO 0312 5566 78]
[jolanda@verbeekmediation.nl] | [06-1187 5520]

Aan: {Stichting Openbaar Onderwijs IJsselkring}
t.a.v. bestuursbureau, {Keizerstraat} 18, Deventer
Factuurnummer: {2026-031}
Factuurdatum: 31 maart 2026
Uw referentie: {SOOIJ/KL/2026-004}

| Datum | Omschrijving | Uren | Bedrag |
| 03-03-2026 | Intake ouders [Kuipers] | 1,5 | 195,00 |
| 05-03-2026 | Intake leerkracht [J. ter Haar] | 1,0 | 130,00 |
| 12-03-2026 | Gezamenlijke sessie op {OBS De Wilgenhof} | 2,5 | 325,00 |
| 26-03-2026 | Tweede sessie, afgebroken door ouders | 1,0 | 130,00 |
| | Reiskosten 4 x 12 km | | 18,24 |
| | Subtotaal | | 798,24 |
| | btw 21% | | 167,63 |
| | Totaal | | 965,87 |

Betaling binnen 30 dagen op bovenstaand rekeningnummer onder vermelding van het factuurnummer.
Vrijgesteld van {Wkkgz}-registratie; aangesloten bij de klachtenregeling van de {Mediatorsfederatie Nederland} ({MfN}).
""", font="helv", producer="Moneybird PDF", creator="Moneybird"),

Doc("sk10_verslag_mediation", """
# Verslag mediation (niet-inhoudelijk)
Mediator: [J. Verbeek]
Partijen: ouders [Kuipers] en de heer [Ter Haar], in aanwezigheid van de directeur van {OBS De Wilgenhof}
Zaak: {SOOIJ/KL/2026-004}

Op grond van de {mediationovereenkomst} (model {MfN}) is de inhoud van de gesprekken vertrouwelijk. Dit verslag meldt alleen het verloop.

- 3 maart 2026: intake met de ouders. Bereidheid aanwezig.
- 5 maart 2026: intake met de leerkracht, bijgestaan door [Karim Dogan-Vermeulen].
- 12 maart 2026: gezamenlijke sessie van 2,5 uur in de teamkamer. Afspraken over de overstap van [Noor] naar groep 6B.
- 26 maart 2026: tweede sessie. De ouders hebben de mediation na 45 minuten beëindigd.

De mediation is zonder vaststellingsovereenkomst geëindigd. Partijen zijn gewezen op de {Landelijke Klachtencommissie Onderwijs}.

Deventer, 27 maart 2026
[J. Verbeek]
[jolanda@verbeekmediation.nl] | [06-1187 5520]
""", font="times", producer="Nitro Pro 13", creator="Nitro Pro"),

Doc("sk11_klaagschrift_lkc", """
# Klaagschrift Landelijke Klachtencommissie Onderwijs
Digitaal formulier - ingediend via {onderwijsgeschillen.nl}
Zaaknummer: {108.2026.0412}

F klager1::Naam klager::[Mirjam Kuipers-El Amrani]
F klager2::Naam tweede klager::[Ruud Kuipers]
F adres::Adres::[Hanzeweg 112|ADDRESS], 7418 AW Deventer
F tel::Telefoon::[06 1298 4431]
F mail::E-mail::[mirjam.elamrani@ziggo.nl]
F kind::Naam leerling::[Noor Kuipers]
F gebdat::Geboortedatum leerling::[17-06-2016|DOB]
F school::School::OBS De Wilgenhof, Deventer
F bestuur::Bevoegd gezag::Stichting Openbaar Onderwijs IJsselkring
F aangeklaagde::Klacht gericht tegen::[J. ter Haar] en [A. Brouwer-Tjoa]

Omschrijving van de klacht: zie bijlage. Klagers hebben de klacht eerst bij het bestuur ingediend
(brief van 2 februari 2026). De mediation is op 26 maart 2026 beëindigd.
Ingediend op: 6 april 2026
""", kind="form", producer="ReportLab PDF Library - www.reportlab.com", creator="Formulierenserver LKC"),
]
