from lib import Doc

DOCS = [
Doc("sk23_brief_inspectie_bestuur", """
# Inspectie van het Onderwijs
Ministerie van Onderwijs, Cultuur en Wetenschap
{Park Voorn 4} | {3544 AC Utrecht} | {Postbus 2730} | {3500 GS Utrecht}

Aan het college van bestuur van {Stichting Openbaar Onderwijs IJsselkring}
t.a.v. de heer [drs. H.J. van 't Hul]
{Keizerstraat} 18, Deventer

Datum: 2 oktober 2026
Ons kenmerk: {OZ-2026-288410}
Onderwerp: vaststelling rapport onderzoek naar aanleiding van signalen {OBS De Wilgenhof}

Geachte heer [Van 't Hul],

Hierbij ontvangt u het vastgestelde rapport van ons onderzoek op {OBS De Wilgenhof} (BRIN {17XK}) van 9 september 2026. U heeft op 24 september 2026 een zienswijze ingediend. Wij hebben uw opmerking over de datum van het bestuursgesprek verwerkt; uw verzoek om de passage over de klachtbehandeling te schrappen hebben wij niet overgenomen.

Wij publiceren het rapport op {onderwijsinspectie.nl} niet eerder dan twee weken na verzending van deze brief. Het rapport bevat geen namen van leerlingen, ouders of personeelsleden.

Met vriendelijke groet,
de inspecteur-generaal van het onderwijs,
namens deze,

[dr. W.M. Smits-Oyen]
coördinerend inspecteur regio Oost

Behandeld door: [B. Eijgenraam], [b.eijgenraam@owinsp.nl], [088 669 6217]
""", kind="docx", font="serif", producer="Microsoft: Print To PDF", creator="Microsoft Word",
    author="Eijgenraam, B.J.M.", xmp_creator="Eijgenraam, B.J.M."),

Doc("sk24_kamervragen", """
# Tweede Kamer der Staten-Generaal
Vragen van het lid {Sarkis} ({GL-PvdA}) aan de minister van {Onderwijs, Cultuur en Wetenschap} over de afhandeling van klachten in het primair onderwijs (ingezonden 8 oktober 2026)
Kenmerk {2026Z18842}

1. Bent u bekend met het bericht "Ouders Deventer voelden zich maandenlang niet gehoord over klacht op basisschool" in {De Stentor} van 6 oktober 2026?

2. Klopt het dat de {Landelijke Klachtencommissie Onderwijs} de klacht over {OBS De Wilgenhof} grotendeels gegrond heeft verklaard en dat de {Inspectie van het Onderwijs} vaststelde dat de klachtbehandeling op schoolniveau tekortschoot?

3. Hoe vaak kwam het in 2025 voor dat een klacht eerst bij een directeur werd behandeld die zelf onderwerp van de klacht was?

4. Deelt u de mening dat ouders een onafhankelijke route moeten hebben naast de {vertrouwenspersoon} van de school? Bent u bereid de {Wet op het primair onderwijs} op dit punt te wijzigen?

5. Wat is de stand van zaken van het {wetsvoorstel Vrij en veilig onderwijs} en het {Actieplan Sociale Veiligheid}?

6. Kunt u deze vragen beantwoorden voor de begrotingsbehandeling {OCW}?

Toelichting: deze vragen sluiten aan bij eerdere vragen van het lid {Van Dijk-Nooren} ({CDA}) over de {Landelijke Klachtencommissie Onderwijs} ({2026Z07719}).
""", font="times", producer="Tweede Kamer Parlis PDF 3.1", creator="Parlis"),

Doc("sk25_antwoorden_minister", """
# Antwoord van minister {Bakhuis} (Onderwijs, Cultuur en Wetenschap)
op vragen van het lid {Sarkis} ({GL-PvdA}) over de afhandeling van klachten in het primair onderwijs (ingezonden 8 oktober 2026, {2026Z18842})

Vraag 1
Bent u bekend met het bericht "Ouders Deventer voelden zich maandenlang niet gehoord over klacht op basisschool"?
Antwoord 1
Ja.

Vraag 2
Klopt het dat de {LKC} de klacht grotendeels gegrond heeft verklaard?
Antwoord 2
De {Landelijke Klachtencommissie Onderwijs} heeft op 3 juli 2026 geadviseerd drie van de vier klachtonderdelen gegrond te verklaren. Het bestuur heeft dat advies gevolgd. De {Inspectie van het Onderwijs} heeft op 2 oktober 2026 een rapport vastgesteld. Over individuele leerlingen, ouders of leraren doe ik geen uitspraken.

Vraag 3
Hoe vaak kwam het voor dat een klacht werd behandeld door een directeur die zelf onderwerp van de klacht was?
Antwoord 3
Dat wordt niet landelijk geregistreerd. Uit het jaarverslag 2025 van {Stichting Onderwijsgeschillen} blijkt dat de {LKC} 312 klachten over het primair onderwijs ontving.
---
Vraag 4
Deelt u de mening dat ouders een onafhankelijke route moeten hebben?
Antwoord 4
Ouders kunnen zich nu al rechtstreeks tot de klachtencommissie wenden. Met het {wetsvoorstel Vrij en veilig onderwijs} komt er daarnaast een verplichte, onafhankelijke {vertrouwensinspecteur}-route en een {Meldpunt Vertrouwensinspecteurs} ({0900 111 3 111}). Ik zie geen aanleiding de {Wet op het primair onderwijs} verder te wijzigen.

Vraag 5 en 6
Het wetsvoorstel ligt bij de Eerste Kamer. Over het {Actieplan Sociale Veiligheid} informeer ik uw Kamer voor 1 december 2026. Ik heb deze vragen zo snel mogelijk beantwoord, en voor de begrotingsbehandeling.

Toelichting op vraag 2: staatssecretaris {Dorrestijn-Ahmadi} is door mij geïnformeerd.
""", font="serif", producer="Adobe PDF Library 23.1.175", creator="Adobe InDesign 19.0 (Windows)",
    xmp_creator="Yasmina Koopmans-Ellert"),

Doc("sk26_beslisnota_ocw", """
# Beslisnota
Aan: de minister van {Onderwijs, Cultuur en Wetenschap}
Van: {directie Primair Onderwijs}
Datum: 21 oktober 2026
Kenmerk: {PO/2026/4419021}
Onderwerp: beantwoording Kamervragen lid {Sarkis} over klachtbehandeling primair onderwijs
Contactpersoon: [Yasmina Koopmans-Ellert], senior beleidsmedewerker, [06 4133 8806], [y.koopmans-ellert@minocw.nl]
Kopie aan: {Inspectie van het Onderwijs}, [mr. D.F. Wichers] (DWJZ)

## Aanleiding
Het lid {Sarkis} ({GL-PvdA}) heeft op 8 oktober 2026 vragen gesteld ({2026Z18842}) naar aanleiding van een artikel in {De Stentor} over {OBS De Wilgenhof} in Deventer.

## Geadviseerd besluit
Aan de minister wordt gevraagd: in te stemmen met bijgevoegde antwoorden en deze te ondertekenen.

## Kern
De antwoorden gaan niet in op de individuele zaak. Wij verwijzen naar het gepubliceerde inspectierapport en naar het {wetsvoorstel Vrij en veilig onderwijs}. De inspectie ([dr. W.M. Smits-Oyen]) heeft de feitelijke passages gecheckt.

## Krachtenveld
De {PO-Raad} en de {AOb} steunen een onafhankelijke vertrouwensinspecteur. {Ouders & Onderwijs} ({0800-5010}) vraagt om een landelijk meldpunt.

## Informatie die niet openbaar gemaakt kan worden
n.t.b.

## Paraaf
| Naam | Functie | Paraaf | Datum |
| [Koopmans-Ellert] | sr. beleidsmedewerker | [YKE] | 21-10 |
| [R. van der Zwaag] | afdelingshoofd PO | [RvdZ] | 22-10 |
| [T. Bennani] | plv. directeur PO | [TB] | 22-10 |
""", font="sans", producer="Microsoft Word for Microsoft 365", creator="Microsoft Word",
    notes=[(0, "[Van der Zwaag, Rutger]", "Graag nog checken bij [Frits] van DWJZ of de naam van de school erin mag."),
           (0, "[Bennani, Tarik]", "Akkoord. Bel mij op [070 412 3389] als de staatssecretaris nog iets wil.")]),

Doc("sk27_mail_gemeente_leerplicht", """
# Mailwisseling gemeente Deventer - afdeling Leerplicht
@ Van: [Hendriks, Marleen] <[m.hendriks@deventer.nl]>
@ Verzonden: donderdag 12 februari 2026 16:20
@ Aan: [Brouwer-Tjoa, Annelies] <[a.brouwertjoa@sooij.nl]>
@ Onderwerp: Verzuimmelding leerling groep 6 ([Noor K.])

Beste mevrouw [Brouwer-Tjoa],

Via {DUO} ({Verzuimregister}) ontvingen wij een melding van 16 uur ongeoorloofd verzuim van [Noor Kuipers], geboren [17-06-2016|DOB], BSN [182734591|BSN]. Ik begrijp van de ouders dat er een klacht loopt. Ik plan een gesprek met de ouders; wilt u mij de contactgegevens van de intern begeleider sturen?

Met vriendelijke groet,
[Marleen Hendriks]
leerplichtambtenaar | {gemeente Deventer} | {Grote Kerkhof} 1 | [06 1044 3275]

@ Van: [Brouwer-Tjoa, Annelies]
@ Verzonden: vrijdag 13 februari 2026 08:02
@ Aan: [Hendriks, Marleen]
@ CC: [Mulder, Gerdien] <[g.mulder@sooij.nl]>
@ Onderwerp: RE: Verzuimmelding leerling groep 6

Beste [Marleen], de ib'er [Gerdien Mulder] staat in de CC. Het verzuim hangt samen met de klacht; de ouders zijn in gesprek met het bestuur.

@ Van: [Hendriks, Marleen]
@ Verzonden: vrijdag 13 februari 2026 11:47
@ Aan: {wethoudersecretariaat@deventer.nl}
@ Onderwerp: Ter info wethouder Onderwijs

Ter informatie voor wethouder {Tamminga}: mogelijk persaandacht voor {OBS De Wilgenhof}. Geen actie nodig; het {Regionaal Bureau Leerplicht IJssel-Vecht} is op de hoogte.
""", font="helv", producer="Microsoft Outlook", creator="Microsoft Outlook 16.0"),

Doc("sk28_persbericht_bestuur", """
# Persbericht
{Stichting Openbaar Onderwijs IJsselkring} neemt maatregelen na klacht
Deventer, 7 oktober 2026

Het bestuur van {Stichting Openbaar Onderwijs IJsselkring} ({SOOIJ}) heeft het advies van de {Landelijke Klachtencommissie Onderwijs} over een klacht op {OBS De Wilgenhof} volledig overgenomen. Ook de {Inspectie van het Onderwijs} heeft de school onderzocht. Zij stelt vast dat de school veilig is, maar dat de klachtafhandeling beter moest.

"Wij hebben hiervan geleerd," zegt de voorzitter van het college van bestuur. "Klachten over een directeur komen voortaan direct bij het bestuur terecht." Het bestuur heeft het {veiligheidsplan} aangepast en een bovenschools {protocol medicijnverstrekking} vastgesteld.

De school organiseert op 15 oktober een ouderavond in de {Etty Hillesumzaal} van {De Leeuwenkuil}. Wethouder {Tamminga} (Onderwijs) is aanwezig.

Over de betrokken leerkracht en de familie doet het bestuur geen mededelingen.

Noot voor de redactie: voor vragen kunt u contact opnemen met de afdeling communicatie, {communicatie@sooij.nl}, {0570 745 300}.
""", font="sans", producer="Nitro Pro 13", creator="Nitro Pro", author="Roos Lievense", xmp_creator="Roos Lievense"),

Doc("sk29_overzicht_personeel", """
# Personeelsoverzicht OBS De Wilgenhof schooljaar 2025-2026 (uittreksel)
Bijlage bij verweer bevoegd gezag - {LKC} {108.2026.0412}

| Pers.nr | Naam | Functie | Groep | Mobiel |
| [W20418|ID] | [A. Brouwer-Tjoa] | directeur | - | [06-20 77 31 58] |
| [W20566|ID] | [G. Mulder] | intern begeleider | 1-8 | [06 2810 4467] |
| [W20702|ID] | [J. ter Haar] | leerkracht | 6A | [06 3399 1206] |
| [W20811|ID] | [I. Roodbergen] | leerkracht (duo) | 6A | [0031 6 1452 7780] |
| [W21034|ID] | [T. Wessels] | leerkracht | 7 | [06 4021 8893] |
| [W21109|ID] | [M. de Graaff-Ouazzani] | leerkracht | 6B | [06-1532 0974] |
| [W21247|ID] | [Marloes Tjon A Fat] | leerkracht (tot 31-12-2025) | 6A | [06 2457 1188] |
| [W21390|ID] | [Bas Ruiterkamp] | onderwijsassistent | 5-6 | [06 4488 0319] |
| [W21455|ID] | [Chantal Ørum-Keizer] | administratie | - | [0570 613 200 tst 4] |

Functioneringsgesprekken: zie {Afas Insite} (niet bijgevoegd). Ziekteverzuim niet vermeld op grond van de {AVG}.
Vervanging bij ziekte via {Vervangingspool Slim Fit IJssel}.
---
## Bereikbaarheidslijst calamiteitenteam {SOOIJ} (bijlage 2)
| Rol | Naam | E-mail | Telefoon |
| bestuurder | [Henk van 't Hul] | [h.vanthul@sooij.nl] | [+31 (0)6 5322 1904] |
| bestuurssecretaris | [Petra Oudshoorn] | [p.oudshoorn@sooij.nl] | [0570-745 310 toestel 12] |
| preventiemedewerker | [Ruben Spijkerman] | [r.spijkerman@sooij.nl] | [06 1907 6634] |
| communicatie | [Roos Lievense] | [r.lievense@sooij.nl] | [06-2245 8170] |
| interne contactpersoon | [Nadia El Idrissi] | [n.elidrissi@sooij.nl] | [06 3317 2208] |
| vertrouwenspersoon (extern) | [Sietske Hoekstra-de Vries] | [s.hoekstra@cedgroep.nl] | [010 407 1599] |
| bedrijfsarts | [dr. Jurriaan Mëllinger] | via {ArboNed} | {088 552 3000} |
| algemeen | bestuursbureau | {bestuursbureau@sooij.nl} | {0570 745 300} |

Bij een calamiteit buiten kantoortijd eerst de bestuurder bellen, daarna de preventiemedewerker. Politie en ambulance: {112}.
""", font="helv", producer="Microsoft Excel for Microsoft 365", creator="Microsoft Excel"),

Doc("sk30_chronologie", """
# Chronologie klachtbehandeling (intern, bestuursbureau)
Opgesteld door [PO] op verzoek van [HvtH] - versie 3

| Datum | Gebeurtenis | Betrokken |
| 12-01-2026 | Spreekbeurt groep 6A | [J. ter Haar], leerling [N.K.] |
| 19-01-2026 | Twee leerlingen zonder toezicht op de gang | [J. ter Haar], leerlingen [N.K.] en [B.O.] |
| 22-01-2026 | Gesprek ouders met directeur | [A. Brouwer-Tjoa] |
| 23-01-2026 | Afspraak puffer in {ParnasSys} gezet | [G. Mulder] |
| 02-02-2026 | Klachtbrief ouders aan bestuur | [fam. Kuipers] |
| 09-02-2026 | Gesprek vertrouwenspersoon | [S. Hoekstra-de Vries] |
| 12-02-2026 | Gesprek bestuur met ouders | [H.J. van 't Hul], [P. Oudshoorn] |
| 03-03-2026 | Start mediation | [J. Verbeek] |
| 26-03-2026 | Mediation beëindigd | - |
| 06-04-2026 | Klaagschrift {LKC} | zaak {108.2026.0412} |
| 10-06-2026 | Getuigenverklaring moeder van [Y.V.] niet gebruikt | [J. Visschers-Lamberts] |
| 10-06-2026 | Hoorzitting {LKC} | {Gebouw Pieter Nieuwland} |
| 03-07-2026 | Advies {LKC} | - |
| 28-07-2026 | Besluit bestuur | {SOOIJ/KL/2026-011} |
| 09-09-2026 | Onderzoek {Inspectie van het Onderwijs} | [B. Eijgenraam] |

Opmerking [HvtH]: klasgenoten niet bij naam noemen in externe stukken.
""", font="serif", producer="Aspose.PDF for .NET 23.5", creator="Aspose.Words"),

Doc("sk31_scan_notitie_bestuur", """
# Notitie gesprek ouders - 12 februari 2026
Aanwezig: [H.J. van 't Hul], [P. Oudshoorn],
dhr. en mevr. [Kuipers]

Ouders willen [Noor] naar groep 6B.
Mevr. [de Graaff-Ouazzani] (6B) akkoord.
Mediator voorstellen: [Jolanda Verbeek],
[06-1187 5520].

Let op: moeder noemt eigen [depressie|HEALTH],
niet in verslag opnemen.

Paraaf: [HvtH] / [PO]
""", kind="scan", producer="Xerox WorkCentre 7845 PDF", creator="Xerox WorkCentre 7845"),

Doc("sk32_woo_besluit_gemeente", """
# Besluit op uw Woo-verzoek
{Gemeente Deventer} | {Grote Kerkhof} 1 | {Postbus 5000}, {7400 GC Deventer}

Aan: de heer [T. Gommers]
Datum: 4 november 2026
Ons kenmerk: {Woo-2026-0143}
Onderwerp: besluit op uw verzoek van 14 september 2026

Geachte heer [Gommers],

## 1. Uw verzoek
U vroeg om documenten over de klachtbehandeling rond {OBS De Wilgenhof}. Op 16 september 2026 hebben wij de ontvangst bevestigd. Op 9 oktober 2026 hebben wij de beslistermijn met twee weken verdaagd. Op 23 oktober hebben wij {Stichting Openbaar Onderwijs IJsselkring} om een zienswijze gevraagd.

## 2. Besluit
Wij maken de documenten genoemd in de inventarislijst (bijlage 1) deels openbaar. Documenten die berusten bij de {Inspectie van het Onderwijs} vallen onder het besluit van de minister ({OCW-2026-WOO-0871}).

## 3. Overwegingen
De gemeente is geen bevoegd gezag van {OBS De Wilgenhof}; het bestuur is een zelfstandige stichting. Wel beschikt de gemeente over stukken van de afdeling Leerplicht en over stukken die het bestuur heeft toegezonden.

Persoonlijke levenssfeer (artikel 5.1 lid 2 sub e Woo). Wij hebben namen, e-mailadressen, telefoonnummers en handtekeningen van medewerkers van de gemeente, het schoolbestuur, de school, de {LKC} en de inspectie gelakt, evenals alle gegevens van ouders en leerlingen. De namen van de wethouder en van Kamerleden en bewindspersonen blijven zichtbaar. Wethouder {Tamminga} en burgemeester {Westerveld} zijn over dit besluit geïnformeerd.
---
Bijzondere persoonsgegevens (artikel 5.1 lid 1 sub d Woo). Gegevens over de gezondheid van leerlingen, ouders en de leerkracht maken wij niet openbaar.

Identificatienummers (artikel 5.1 lid 1 sub e Woo). Het BSN van een leerling is gelakt.

Vertrouwelijke notitie van de vertrouwenspersoon. Deze notitie maken wij niet openbaar (artikel 5.1 lid 2 sub e en 5.1 lid 1 sub d Woo): de betrokkenen hebben haar in vertrouwen gedeeld.

## 4. Informatie die niet openbaar gemaakt kan worden
Zie de inventarislijst. Motivering: in de openbaar gemaakte versie zijn alle persoonsgegevens van ambtenaren, ouders, leerlingen en personeel geanonimiseerd.

## 5. Bezwaar
Tegen dit besluit kunt u binnen zes weken bezwaar maken bij het college van burgemeester en wethouders.

Met vriendelijke groet,
namens het college van burgemeester en wethouders,
[mr. R.A. Siebelink], jurist {Team Juridische Zaken}

Afschrift: {Stichting Openbaar Onderwijs IJsselkring}; [mevrouw M. Kuipers-El Amrani] (derde-belanghebbende)
""", font="sans", producer="GemeenteDocs 5 / iText 7.2.1", creator="Corsa 9.3",
    author="Siebelink, Ronald", xmp_creator="Siebelink, Ronald"),

Doc("sk33_inventarislijst", """
# Inventarislijst Woo-besluit Woo-2026-0143 (bijlage 1)
| Nr | Document | Datum | Beoordeling | Grond | Opmerking |
| 1 | Woo-verzoek | 14-09-2026 | deels openbaar | 5.1.2e | gegevens verzoeker |
| 2 | Klachtbrief ouders aan bestuur | 02-02-2026 | deels openbaar | 5.1.2e, 5.1.1d | ontvangen van {SOOIJ} |
| 3 | Mail directeur - bestuur | 03-02-2026 | deels openbaar | 5.1.2e | - |
| 4 | Notitie vertrouwenspersoon | 10-02-2026 | niet openbaar | 5.1.2e, 5.1.1d | - |
| 5 | Mail leerplicht - directeur | 12-02-2026 | deels openbaar | 5.1.2e, 5.1.1e | BSN leerling |
| 6 | Brief bestuur aan ouders | 20-02-2026 | deels openbaar | 5.1.2e | - |
| 7 | Factuur mediator | 31-03-2026 | deels openbaar | 5.1.2e | eenmanszaak |
| 8 | Verweerschrift leerkracht | 04-05-2026 | deels openbaar | 5.1.2e, 5.1.1d | - |
| 9 | Verslag hoorzitting {LKC} | 10-06-2026 | deels openbaar | 5.1.2e | - |
| 10 | Advies {LKC} | 03-07-2026 | openbaar | - | al gepubliceerd op {onderwijsgeschillen.nl} |
| 11 | Besluit bestuur | 28-07-2026 | deels openbaar | 5.1.2e | - |
| 12 | Rapport {Inspectie van het Onderwijs} | 02-10-2026 | openbaar | - | zie {OZ-2026-288410} |
| 13 | Persbericht {SOOIJ} | 07-10-2026 | openbaar | - | - |

Zienswijzen: [mevrouw Kuipers-El Amrani] (ontvangen 28-10-2026); [de heer Ter Haar] (geen reactie); {SOOIJ} (ontvangen 30-10-2026).

Behandelaar: [RAS] | Controle: [mr. E. Wolters-Tan] | Zaak {Z-2026-18804}
""", font="helv", title="landscape", producer="Microsoft Excel for Microsoft 365", creator="Microsoft Excel"),
]
