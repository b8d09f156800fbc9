"""Set GR, documents gr12-gr22: internal mail, invoice, chats, minutes, council questions, answer."""
from lib import Doc

DOCS = []

DOCS.append(Doc("gr12_mail_intern_bezwaren", """
Van: [[Brouwer-Visscher, Chantal]] <[[e:c.brouwer-visscher@tiel.nl]]>
Verzonden: maandag 13 april 2026 09:58
Aan: [[Schuttevaer, Ingrid]] <[[e:i.schuttevaer@tiel.nl]]>; [[Sedney, Anouk]] <[[e:a.sedney@tiel.nl]]>
CC: [[Nieuwenhuis, Bart]] <[[e:b.nieuwenhuis@tiel.nl]]>; [[Van 't Hek, Thijs]] <[[e:t.vanthek@tiel.nl]]>
Onderwerp: bezwaren grafruiming - stand van zaken

Hoi allemaal,

Stand per vandaag: 9 bezwaarschriften binnen, waarvan 4 van rechthebbenden en 5 van andere familieleden. Volgens [[Anouk]] zijn alleen de bezwaren van rechthebbenden ontvankelijk, omdat de anderen geen belanghebbende zijn in de zin van de {{law:Algemene wet bestuursrecht}}. Toch wil ik iedereen uitnodigen voor een gesprek.

Lastig geval: de heer [[W.J. van Beusekom]] (C-001/C-002) heeft in zijn bezwaar zijn BSN en medische gegevens genoemd. Dat stuk graag niet rondsturen; het zit in het zaaksysteem onder {{r:Z-2026-02231}}.

Mevrouw [[Koudijs]] (D-009) zegt dat [[Henk]] haar twee jaar uitstel heeft beloofd. [[Ingrid]], kun jij dat met hem bespreken? Ik wil niet dat er toezeggingen aan het graf worden gedaan.

Groet,
[[Chantal]]
{{f:beleidsmedewerker begraven}} | {{o:Gemeente Tiel}}
[[t:06 - 30 81 46 62]]

________________________________
Van: [[Sedney, Anouk]] <[[e:a.sedney@tiel.nl]]>
Verzonden: vrijdag 10 april 2026 17:20
Aan: [[Brouwer-Visscher, Chantal]] <[[e:c.brouwer-visscher@tiel.nl]]>
Onderwerp: RE: bezwaren - ontvankelijk?

[[Chantal]], alleen de rechthebbende heeft een rechtstreeks belang bij het besluit over het grafrecht. Kinderen of kleinkinderen die geen rechthebbende zijn, kunnen wel een zienswijze geven. Zie ook de uitspraak van de {{o:Afdeling bestuursrechtspraak van de Raad van State}} van 4 maart 2020 ({{r:ECLI:NL:RVS:2020:644}}).

[[mr. A. Sedney]]
{{f:juridisch adviseur}}, team {{o:Juridische Zaken}}
[[t:0344 - 63 71 58]]
""", "rl", font="ttf", title="bezwaren grafruiming - stand van zaken", author="Brouwer-Visscher, Chantal",
    hidden=[], meta_producer="Microsoft® Outlook® voor Microsoft 365"))

DOCS.append(Doc("gr13_factuur_steenhouwer", """
# FACTUUR
{{o:Steenhouwerij De Beitel}}
eigenaar: [[R.A. Kuijpers]]
[[a:Molenwerf 7]], [[a:4191 MG]] Geldermalsen
Tel. [[t:0345 - 58 12 40]] | mobiel [[t:06-51 90 33 72]]
[[e:ruud@steenhouwerijdebeitel.nl]]
KvK 71234567 | btw-id NL004512378B01
IBAN [[i:NL44 RABO 0312 4567 89]] t.n.v. [[R.A. Kuijpers]] h.o.d.n. Steenhouwerij De Beitel

Aan: {{o:Gemeente Tiel}}, afdeling {{o:Beheer Openbare Ruimte}}
t.a.v. crediteurenadministratie, Postbus 6325, 4000 HH Tiel
Uw referentie: inkoopordernummer {{r:IO-2026-1187}}

Factuurnummer: {{r:DB-2026-0311}}
Factuurdatum: 30 oktober 2026

| Omschrijving | Aantal | Prijs | Bedrag |
| Verwijderen staande grafmonumenten vak C, incl. afvoer | 96 | € 145,00 | € 13.920,00 |
| Verwijderen liggende zerken en banden vak C | 38 | € 95,00 | € 3.610,00 |
| Apart zetten en opslaan monumenten voor familie (C-014, C-015, C-031) | 3 | € 60,00 | € 180,00 |
| Demonteren smeedijzeren hek C-031, opslag t.b.v. {{o:Erfgoed Gelderland}} | 1 | € 420,00 | € 420,00 |
| Inzet kraanwagen (dagen) | 7 | € 385,00 | € 2.695,00 |
| Subtotaal | | | € 20.825,00 |
| btw 21% | | | € 4.373,25 |
| Totaal | | | € 25.198,25 |

Betaling binnen 30 dagen onder vermelding van het factuurnummer. Werkzaamheden uitgevoerd van 5 tot en met 28 oktober 2026 onder toezicht van de gemeente (aanspreekpunt: [[H. Jol]]).

Gezien en akkoord voor betaling (stempel crediteurenadministratie):
uitvoerder [[K. de Ruijter]] 02-11-2026 | budgethouder [[Bart Nieuwenhuis]], paraaf [[c:BNi]] | geboekt door [[c:FIN-rv]]
""", "rl", font="ttf", title="Factuur DB-2026-0311", author="Ruud Kuijpers",
    hidden=[("metadata", "PERSON", "Ruud Kuijpers (Author)", ["Ruud Kuijpers"])],
    meta_producer="Moneybird PDF export (wkhtmltopdf 0.12.6)", meta_creator="Moneybird"))

DOCS.append(Doc("gr14_teams_chat", """
# Chatgesprek Microsoft Teams - "Grafruiming Santwijck"
Export 4 augustus 2026, t.b.v. Woo-verzoek {{r:WOO-2026-0147}}

[15-04-2026 08:31] [[Ingrid Schuttevaer]]: morgen inloopspreekuur in de {{pn:aula Johan de Witt}}, wie kan er naast mij?
[15-04-2026 08:33] [[Thijs van 't Hek]]: ik kan tot 18.00, daarna moet ik de kids ophalen
[15-04-2026 08:35] [[Chantal Brouwer-Visscher]]: ik kom erbij. [[Bart]] zei dat de wethouder misschien ook komt
[15-04-2026 08:36] [[Ingrid Schuttevaer]]: ja wethouder {{pub:Muijsers}} komt om 17.00
[15-04-2026 08:40] [[Thijs van 't Hek]]: [[Ingrid]] heb je de lijst met de niet-traceerbare rechthebbenden al geprint?
[15-04-2026 08:41] [[Ingrid Schuttevaer]]: ligt op je bureau. 41 graven, 7 staan ook in het {{o:Gemeenteblad}}
[15-04-2026 09:02] [[Chantal Brouwer-Visscher]]: mevr. [[Lemaître-de Wit]] uit België heeft gemaild, ze wil de steen van C-031 terug. Kan [[Ruud]] die apart zetten?
[15-04-2026 09:05] [[Ingrid Schuttevaer]]: ik app [[Ruud]] wel even
[15-04-2026 09:06] [[Thijs van 't Hek]]: en het hek van C-031? dat is echt mooi, 1920-nog-wat
[15-04-2026 09:10] [[Chantal Brouwer-Visscher]]: hek gaat naar {{o:Erfgoed Gelderland}}, heb ik met [[Sanne]] van de erfgoedcommissie afgestemd
[15-04-2026 11:47] [[Ingrid Schuttevaer]]: [[Hennie]] heeft mevr. [[Koudijs]] blijkbaar iets beloofd bij D-009 😬
[15-04-2026 11:49] [[Thijs van 't Hek]]: oei. Typisch [[Hennie]]
[15-04-2026 11:52] [[Chantal Brouwer-Visscher]]: ik bel haar zelf. Nummer staat in het bezwaar toch?
[15-04-2026 11:53] [[Ingrid Schuttevaer]]: ja, en anders [[t:0344 - 62 19 83]]
[16-04-2026 19:21] [[Thijs van 't Hek]]: spreekuur liep goed, 23 mensen. Meneer [[Yıldırım]] wil overbrengen naar {{l:Al-Rahma}}
[16-04-2026 19:24] [[Ingrid Schuttevaer]]: top, dan C-022 uit de planning van De Beitel halen
[16-04-2026 19:26] [[Chantal Brouwer-Visscher]]: en [[Bertie]] van de {{o:Tielse Courant}} was er ook, heeft met [[Ria Kooistra]] gepraat 🙈
[16-04-2026 19:30] [[Thijs van 't Hek]]: die zus van [[Van Beusekom]]? dan staat het zaterdag in de krant
[16-04-2026 19:31] [[Ingrid Schuttevaer]]: ik meld het bij [[Noor]] van communicatie, haar 06 is [[t:06-11 48 27 63]]
""", "rl", font="ttf", title="Teams-chat Grafruiming Santwijck",
    meta_producer="Microsoft Teams export (Chromium)", meta_creator="Microsoft Teams"))

DOCS.append(Doc("gr15_whatsapp_grafdelver", """
WhatsApp-chat met Henk grafdelver
[02-10-2026 07:12] [[Henk Jol]]: Morgen Ingrid. Kraan van De Beitel staat al bij vak C
[02-10-2026 07:14] [[Ingrid Schuttevaer]]: Goedemorgen! Niet beginnen bij C-022 en C-014, die zijn on hold
[02-10-2026 07:15] [[Henk Jol]]: Ok. En die van [[Sanders]] D-020?
[02-10-2026 07:17] [[Ingrid Schuttevaer]]: Vak D pas in januari. Zoon heeft nog niet gereageerd, zijn moeder belt volgens mij nog
[02-10-2026 09:48] [[Henk Jol]]: Mevrouw [[Koudijs]] staat bij het hek. Ze is erg overstuur
[02-10-2026 09:49] [[Ingrid Schuttevaer]]: Ik kom eraan. Zeg niks toe [[Hennie]]! 🙏
[02-10-2026 09:50] [[Henk Jol]]: 👍
[02-10-2026 14:30] [[Henk Jol]]: C-001 en C-002 (Van Beusekom) worden verlengd toch? Dan laat ik het hekje staan
[02-10-2026 14:33] [[Ingrid Schuttevaer]]: Klopt, kleinzoon heeft betaald met regeling. Hekje blijft
[05-10-2026 16:02] [[Henk Jol]]: Vandaag 15 stenen weg. [[Ruud]] vraagt of de steen van {{dec:Pieter Bos}} (C-052) bij de gedenkwand kan
[05-10-2026 16:05] [[Ingrid Schuttevaer]]: Mooi idee, ik vraag het aan [[Chantal]]. Nr van Ruud is [[t:06-51 90 33 72]] als je hem nodig hebt
[05-10-2026 16:06] [[Henk Jol]]: Heb ik 😉
[05-10-2026 16:20] [[Henk Jol]]: Morgen ben ik er pas om 10 uur, [[Stefan]] opent het hek. Zijn nummer [[t:06-12 03 47 71]]
""", "rl", font="ttf", title="WhatsApp Chat met Henk grafdelver", size=9,
    hidden=[], meta_producer="iOS Version 17.5 (Quartz PDFContext)", meta_creator="WhatsApp"))

DOCS.append(Doc("gr16_notulen_projectoverleg", """
# Verslag projectoverleg Grafruiming Santwijck 2026 (nr. 4)
Datum: 7 mei 2026, 13.30-15.00 uur, {{l:Stadhuis Tiel}}, kamer 2.14

| Aanwezig | Rol | Afkorting |
| [[Bart Nieuwenhuis]] | teamleider Groen en Begraven (voorzitter) | [[c:BNi]] |
| [[Ingrid Schuttevaer]] | beheerder begraafplaatsen | [[c:IS]] |
| [[Chantal Brouwer-Visscher]] | beleidsmedewerker | [[c:CBV]] |
| [[Thijs van 't Hek]] | begraafplaatsadministratie | [[c:TvtH]] |
| [[Noor Bakkali]] | communicatieadviseur | [[c:NBa]] |
| [[mr. A. Sedney]] | jurist (agendapunt 3) | [[c:ASe]] |
Afwezig: [[Henk Jol]] (grafdelver)

## 1. Opening en verslag vorige keer
Verslag nr. 3 vastgesteld. Actie 3.2 ([[c:IS]]) is afgerond: het bord bij vak C staat er sinds 20 januari.

## 2. Stand rechthebbenden
Van de 163 graven is van 122 de rechthebbende aangeschreven. 31 reacties, waarvan 18 verlengingen. Van 41 graven is de rechthebbende onbekend; 7 daarvan staan in de kennisgeving in het {{o:Gemeenteblad}}. [[c:TvtH]] zoekt de overige via uitvaartondernemingen ({{o:Dela}}, {{o:Yarden}}) en het {{o:Centraal Bureau voor Genealogie}}.

## 3. Bezwaren
[[c:ASe]] licht toe: 9 bezwaarschriften, 4 ontvankelijk. De bezwaarcommissie hoort op 2 juni. Het bezwaar van de familie [[Van Beusekom]] (C-001) wordt waarschijnlijk opgelost door verlenging met een betalingsregeling.

## 4. Raadsvragen
Raadslid {{pub:Erik-Jan Bosveld}} ({{o:Lokaal Tiel}}) heeft schriftelijke vragen gesteld over de communicatie met nabestaanden. [[c:CBV]] schrijft een concept-antwoord voor wethouder {{pub:Muijsers}}.

| Nr. | Actie | Wie | Wanneer |
| 4.1 | Lijst ontbrekende rechthebbenden naar uitvaartondernemingen | [[c:TvtH]] | 15 mei |
| 4.2 | Gesprek met mevrouw [[Koudijs]] over D-009 | [[c:IS]] / [[c:CBV]] | 12 mei |
| 4.3 | Concept-antwoord raadsvragen | [[c:CBV]] | 20 mei |
| 4.4 | Persbericht start ruiming | [[c:NBa]] | juni |
| 4.5 | Offerte {{o:Steenhouwerij De Beitel}} toetsen aan raamovereenkomst | [[c:BNi]] | 15 mei |

Volgend overleg: 4 juni 2026.
""", "docx", title="Verslag projectoverleg 4", author="Noor Bakkali",
    hidden=[], meta_producer=None))

DOCS.append(Doc("gr17_raadsvragen", """
# Schriftelijke vragen ex artikel 41 Reglement van orde
Aan het college van burgemeester en wethouders van Tiel
Van: {{pub:Erik-Jan Bosveld}}, fractie {{o:Lokaal Tiel}}
Datum: 22 april 2026
Onderwerp: grafruiming {{l:Algemene Begraafplaats Santwijck}}

Geacht college,

In de {{o:Tielse Courant}} van 18 april 2026 lees ik dat nabestaanden boos zijn over de ruiming van graven in vak C en D van de {{l:Algemene Begraafplaats Santwijck}}. Een inwoonster vertelt dat zij pas via een bord bij de poort hoorde dat het graf van haar moeder geruimd wordt. Ook ben ik benaderd door een kleinzoon die op hetzelfde adres woont als dertig jaar geleden, maar nooit een brief kreeg.

Mijn vragen:
1. Hoeveel rechthebbenden zijn aangeschreven, en hoeveel brieven kwamen onbestelbaar retour?
2. Hoe heeft de gemeente rechthebbenden opgespoord? Is de {{o:BRP}} geraadpleegd?
3. Is het college bereid de ruiming uit te stellen tot alle nabestaanden persoonlijk zijn benaderd?
4. Klopt het dat een medewerker van de begraafplaats aan nabestaanden uitstel heeft toegezegd?
5. Waarom is niet gekozen voor een gedenkwand bij het {{pn:ossuarium Het Stille Hof}} met alle namen, zoals in {{l:Culemborg}}?
6. Blijven de graven van historische betekenis, zoals dat van oud-burgemeester {{dec:Van Lidth}} en het oorlogsgraf van {{dec:Jan Willem Coenradie}}, behouden?

Met vriendelijke groet,
{{pub:Erik-Jan Bosveld}}
raadslid {{o:Lokaal Tiel}}
""", "rl", font="serif", title="Schriftelijke vragen grafruiming Santwijck", author="Erik-Jan Bosveld",
    meta_producer="Microsoft® Word 2019", meta_creator="Microsoft® Word 2019"))

DOCS.append(Doc("gr18_antwoord_college", """
{{o:Gemeente Tiel}}

Aan de fractie van {{o:Lokaal Tiel}}
t.a.v. de heer {{pub:E.J. Bosveld}}
Postbus 6325
4000 HH Tiel

Datum: 26 mei 2026
Kenmerk: {{r:RV-2026-041}}
Contactpersoon: [[C. Brouwer-Visscher]]
Onderwerp: beantwoording schriftelijke vragen over grafruiming Santwijck

Geachte heer {{pub:Bosveld}},

Hierbij beantwoorden wij uw vragen van 22 april 2026.

1. Wij hebben 122 rechthebbenden aangeschreven. 11 brieven kwamen onbestelbaar retour.
2. Wij gebruiken de gegevens uit het grafregister en controleren die in de {{o:BRP}}. Rechthebbenden die in het buitenland wonen, staan niet altijd goed geregistreerd. Daarom hebben wij ook uitvaartondernemingen en genealogische bronnen geraadpleegd.
3. Nee. De ruiming van vak C begint op 5 oktober 2026; vak D volgt in januari 2027. Tot 1 september 2026 kan iedereen het grafrecht verlengen.
4. Een medewerker heeft een nabestaande gezegd dat zij "nog tijd" had. Dat was geen toezegging van het college. Wij hebben met de betrokkene gesproken en excuses aangeboden voor de verwarring.
5. Er komt een gedenkwand bij het {{pn:ossuarium Het Stille Hof}} met de namen van alle overledenen uit de geruimde graven.
6. Ja. Deze graven zijn aangewezen als cultuurhistorisch waardevol.

Hoogachtend,
burgemeester en wethouders van Tiel,
de secretaris,                    de burgemeester,

{{pub:drs. P.J. Stavast}}                {{pub:R.W. Doornbos}}

Deze beantwoording is opgesteld onder verantwoordelijkheid van wethouder {{pub:Karin Muijsers}} (begraafplaatsen).
""", "docx", title="Beantwoording raadsvragen grafruiming", author="cbrouwervisscher",
    hidden=[("metadata", "USERNAME", "cbrouwervisscher (Author)", ["cbrouwervisscher"])]))

DOCS.append(Doc("gr19_persbericht", """
# PERSBERICHT
Tiel, 12 juni 2026

## Gemeente Tiel begint in oktober met ruiming van graven op Santwijck

Op de {{l:Algemene Begraafplaats Santwijck}} worden vanaf 5 oktober 2026 graven geruimd waarvan het grafrecht is verlopen. Dat maakt de {{o:gemeente Tiel}} vandaag bekend. Nabestaanden kunnen tot 1 september het grafrecht verlengen.

Wethouder {{pub:Karin Muijsers}}: "Een graf ruimen is nooit zomaar iets. Voor veel families is het een plek van herinnering. Daarom nemen we de tijd, zoeken we rechthebbenden actief op en komt er een gedenkwand met alle namen bij het {{pn:ossuarium Het Stille Hof}}."

De graven van oud-burgemeester {{dec:Anthonie Hendrik van Lidth}} en van verzetsman {{dec:Jan Willem Coenradie}} blijven behouden. Ook de {{pn:Johanna Bosch-kapel}} en de {{pn:Van Lidth-bank}} aan de hoofdlaan blijven staan.

Nabestaanden met vragen kunnen bellen met {{g:14 0344}} of mailen naar {{m:begraafplaatsen@tiel.nl}}. Meer informatie staat op {{x:www.tiel.nl/grafruiming}}.

Noot voor de redactie, niet voor publicatie:
Voor vragen van de pers: afdeling Communicatie, {{g:0344 - 63 70 00}} of {{m:communicatie@tiel.nl}}. Buiten kantooruren: dienstdoend woordvoerder, [[t:06 - 20 17 45 83]].
""", "rl", title="Persbericht grafruiming Santwijck", author="Noor Bakkali", xmp_creator="Bakkali, N.",
    hidden=[("metadata", "PERSON", "Noor Bakkali (Info /Author)", ["Noor Bakkali"]),
            ("metadata", "PERSON", "Bakkali, N. (XMP dc:creator)", ["Bakkali, N."])],
    meta_producer="Adobe PDF Library 17.0", meta_creator="Adobe InDesign 19.2 (Macintosh)"))

DOCS.append(Doc("gr20_formulier_verlenging", """
# Aanvraag verlenging grafrecht - Gemeente Tiel
Dit formulier is digitaal ingevuld via het e-loket (zaak {{r:Z-2026-03390}}).
Stuur het formulier naar {{m:begraafplaatsen@tiel.nl}} of naar Postbus 6325, 4000 HH Tiel.
Vragen? Bel {{g:14 0344}}.
@FIELDS
Verklaring: ik ben rechthebbende van het genoemde graf en wil het grafrecht verlengen.
Ik machtig de {{o:gemeente Tiel}} het verschuldigde bedrag in termijnen te incasseren.
Tarief verlenging 20 jaar: zie {{law:Legesverordening Tiel 2026}}, tabel 4.2.
""", "form", title="Aanvraag verlenging grafrecht",
    fields=[("graf", "Grafnummer", "C-015"), ("overledene", "Naam overledene", "Aaltje Ouwehand-Blom"),
            ("naam", "Naam aanvrager (rechthebbende)", "Geertruida Ouwehand-Pronk"),
            ("gebdat", "Geboortedatum", "22-01-1951"),
            ("adres", "Adres", "Dijkstraat 112, 4101 CH Culemborg"),
            ("tel", "Telefoonnummer", "0345-51 63 20"),
            ("mail", "E-mailadres", "g.ouwehand.pronk@planet.nl"),
            ("iban", "IBAN voor incasso", "NL91 INGB 0004 3821 77"),
            ("termijn", "Verlenging", "20 jaar"),
            ("datum", "Datum en plaats", "28-08-2026, Culemborg")],
    hidden=[("annotations", "PERSON", "Geertruida Ouwehand-Pronk", ["Geertruida Ouwehand-Pronk"]),
            ("annotations", "DATE_OF_BIRTH", "22-01-1951", ["22-01-1951"]),
            ("annotations", "ADDRESS", "Dijkstraat 112, 4101 CH Culemborg", ["Dijkstraat 112"]),
            ("annotations", "PHONE", "0345-51 63 20", ["0345-51 63 20"]),
            ("annotations", "EMAIL", "g.ouwehand.pronk@planet.nl", ["g.ouwehand.pronk@planet.nl"]),
            ("annotations", "IBAN", "NL91 INGB 0004 3821 77", ["NL91 INGB 0004 3821 77"])],
    meta_producer="iText 5.5.13.3 ©2000-2022 iText Group NV", meta_creator="Tiel e-loket formulieren"))

DOCS.append(Doc("gr21_schouwrapport_monumenten", """
# Schouwrapport grafmonumenten vak C en D
Opdrachtgever: {{o:Gemeente Tiel}}, {{o:Beheer Openbare Ruimte}}
Uitgevoerd door: {{o:Stichting Funerair Erfgoed Betuwe}}
Datum schouw: 9 juni 2026
Schouwers: [[Gerda Valk]] (Stichting) en [[Th. van 't Hek]] (gemeente)

| Graf | Overledene | Monument | Staat | Advies |
| C-001 | {{dec:Gerrit van Beusekom}} | hardsteen, hekwerk | redelijk | behouden (verlengd) |
| C-014 | {{dec:Cornelis Ouwehand}} | graniet | goed | teruggave familie |
| C-031 | {{dec:Jacobus Marinus de Wit}} | zandsteen, smeedijzeren hek (ca. 1925) | matig | hek naar {{o:Erfgoed Gelderland}} |
| C-052 | {{dec:Pieter Bos}} | hardsteen, engel | slecht | plaatsen bij gedenkwand |
| D-011 | {{dec:Anthonie Hendrik van Lidth}} | obelisk, marmer | goed | behouden, cultuurhistorisch |
| D-016 | {{dec:Jan Willem Coenradie}} | oorlogsgraf (staand) | goed | behouden (Oorlogsgravenstichting) |
| D-030 | {{dec:Sientje van 't Hof}} | kinderhoofdsteen | slecht | fotograferen, ruimen |

Toelichting: het zandstenen monument van C-031 is gemaakt door steenhouwer {{pn:Hendrik Kalis}} (Tiel, 1879-1951), van wie op de begraafplaats nog vier werken staan. Wij adviseren een van die werken op te nemen in de {{pn:Kalis-route}} van de historische vereniging {{o:Tyla}}.

Het rapport is besproken met de beheerder. Opmerkingen van de gemeente staan als notities in dit bestand.
""", "rl", title="Schouwrapport grafmonumenten", author="G. Valk",
    notes=[(0, "Schuttevaer, Ingrid", "Advies C-052 overnemen. Rechthebbende onbekend, dus geen toestemming nodig? Check met Anouk."),
           (0, "Gerda Valk", "Graag nog foto's van D-030 sturen aan mij: 06-38 52 70 14.")],
    hidden=[("metadata", "PERSON", "G. Valk (Author)", ["G. Valk"]),
            ("annotations", "PERSON", "Schuttevaer, Ingrid (note author)", ["Schuttevaer, Ingrid"]),
            ("annotations", "PERSON", "Anouk (in a note)", ["Anouk"]),
            ("annotations", "PHONE", "06-38 52 70 14", ["06-38 52 70 14"])],
    meta_producer="PDF-XChange Editor 10.2", meta_creator="Microsoft Word - Schouwrapport"))

DOCS.append(Doc("gr22_verslag_hoorzitting", """
# Verslag hoorzitting commissie bezwaarschriften
Datum: 2 juni 2026 | Locatie: {{l:Stadhuis Tiel}}, raadzaal | Zaak {{r:BZ-2026-0058}} t/m {{r:BZ-2026-0061}}

Commissie: de voorzitter (extern) en twee leden. Secretaris: [[mr. Daan Overeem]].
Namens het college: [[Chantal Brouwer-Visscher]] en [[Ingrid Schuttevaer]].

## Bezwaar 1 - de heer [[W.J. van Beusekom]] (graven C-001 en C-002)
De heer [[Van Beusekom]] is aanwezig met zijn zus, mevrouw [[R. Kooistra-van Beusekom]]. Hij licht toe dat hij nooit bericht kreeg dat het grafrecht van zijn grootouders {{dec:Gerrit van Beusekom}} en {{dec:Hendrika Johanna van Beusekom-Verweij}} afliep. Mevrouw [[Brouwer-Visscher]] erkent dat de herinneringsbrief uit 2017 naar een oud adres van zijn overleden vader is gestuurd. Partijen bespreken verlenging met een betalingsregeling.

## Bezwaar 2 - mevrouw [[E. Koudijs]] (graf D-009)
Mevrouw [[E. Koudijs]] verklaart dat de grafdelver haar uitstel heeft toegezegd. Zij is emotioneel; haar moeder, {{dec:Geertruida Koudijs}}, overleed in 1991 op 47-jarige leeftijd. De gemachtigde van mevrouw, [[mr. Sven Aydın]] van [[o:Aydın Advocatuur]], stelt dat het vertrouwensbeginsel is geschonden.

## Bezwaar 3 - mevrouw [[F. Lemaître-de Wit]] (graf C-031)
Mevrouw neemt deel via een videoverbinding vanuit België. Zij trekt haar bezwaar in nu de gemeente het monument van {{dec:Jacobus Marinus de Wit}} aan haar teruggeeft.

## Bezwaar 4 - de heer [[K.P. Sanders]] (graf D-020)
Niet verschenen. Op verzoek van de secretaris belt zijn moeder, mevrouw [[Marianne Sanders]], op [[t:0344-65 20 31]] dat haar zoon ernstig ziek is en [[h:in het ziekenhuis ligt]].

De commissie brengt binnen zes weken advies uit aan het college.
""", "rl", font="ttf", title="Verslag hoorzitting 2 juni 2026",
    outline=["Hoorzitting 2 juni - secr. D. Overeem", "Bezwaren Van Beusekom, Koudijs, Lemaître-de Wit, Sanders"],
    hidden=[("outline", "PERSON", "D. Overeem (bookmark)", ["D. Overeem"]),
            ("outline", "PERSON", "bookmark with objectors' names", ["Koudijs, Lemaître-de Wit, Sanders"])],
    meta_producer="Nitro Pro 13.70.2.40", meta_creator="Nitro Pro"))
