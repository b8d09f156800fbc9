"""Set WS, documents ws12-ws22: Teams chat, dijkgraaf letters, board decisions, minutes, note, invoices."""
from lib import Doc

WORD = "Microsoft® Word voor Microsoft 365"

DOCS = [
Doc("ws12_teams_chat_schadeteam", kind="rl", title="Teams-chat Schadeteam wolkbreuk",
    meta={"Creator": "Microsoft Teams", "Producer": "Microsoft Edge PDF"},
    body="""
# Chat: Schadeteam ((wolkbreuk)) 14-08 (Microsoft Teams)
[[Marloes Tiemens]] 27-8 09:02
Goedemorgen! Lindeboom levert vandaag 5 rapporten aan. Wie pakt de dossiers 0412 t/m 0420?
[[Bas Hofstee]] 27-8 09:05
Ik neem 0412 en 0437. [[Marloes]], de claim van [['t Hart]] heeft nog geen dossiernummer.
[[Anouk Brinkman]] 27-8 09:11
Ingeboekt als ((WLS-SCH-2026-0451)). Brief zit in ((Corsa)).
[[Esther van Wijngaarden]] 27-8 09:20
Let op: bij de Woo-beoordeling gaan straks al deze chats mee. Houd het zakelijk aub.
[[Bas Hofstee]] 27-8 09:21
Haha ok [[Es]] :)
[[Marloes Tiemens]] 27-8 09:40
Voorschot voor mevrouw [[El Khatib]] is door ((hoogheemraad Van Rijswijk)) akkoord bevonden, ((EUR 1.500)).
Kan [[Anouk]] de brief opmaken? Ondertekening door de ((dijkgraaf)) is niet nodig, mandaat ((teamleider)).
[[Anouk Brinkman]] 27-8 10:02
Doe ik. Bankrekening haal ik uit het schadeformulier.
[[Ruud Kloosterboer]] 27-8 10:15
Ter info: ((Van Gelder)) erkent dat de ventilator sinds maart kapot was. Kramer belt mij vanmiddag.
[[Bas Hofstee]] 27-8 10:16
Dat is relevant voor de aansprakelijkheid. Ik zet het in de ((beslisnota)) voor het ((DB)).
"""),

Doc("ws13_brief_dijkgraaf_bewoners", kind="docx", title="Brief dijkgraaf aan bewoners De Parijsch",
    meta={"Creator": WORD, "Author": "A. Brinkman"},
    hidden=[("metadata", "A. Brinkman", ["A. Brinkman"])],
    body="""
# ((Waterschap Lingestroom))
((Postbus 1160)), ((4100 BD Culemborg)) | ((088 420 3300)) | ((info@lingestroom.nl))

Aan de bewoners van de wijk ((De Parijsch))
Datum: ((21 augustus 2026))
Kenmerk: ((DB-2026-0188))
Onderwerp: wateroverlast van ((14 augustus)) 2026

Beste bewoners,

Op vrijdagavond ((14 augustus)) viel in korte tijd meer regen dan het riool en onze gemalen konden verwerken.
Daarbij is ((gemaal De Hoge Boezem)) aan de ((Parijsch Noordzijde)) bijna een uur uitgevallen. Dat had niet
mogen gebeuren. Namens het ((dagelijks bestuur)) bied ik u daarvoor mijn excuses aan.

Wij laten onafhankelijk onderzoeken waarom het gemaal uitviel. Samen met ((burgemeester Schotanus))
organiseren wij op 28 augustus een ((bewonersavond)) in ((De Fransche School)), ((Herenstraat 29)).

Heeft u schade? Meld die via ((schade@lingestroom.nl)) of het formulier op ((www.lingestroom.nl/wolkbreuk)).
Een schade-expert van ((Expertisebureau Lindeboom & Partners)) neemt contact met u op. Schadebehandelaar
[[Marloes Tiemens]] is uw aanspreekpunt ([[0345 63 17 90]]).

Met vriendelijke groet,

((P.C. Hoogendijk))
((dijkgraaf)) van ((Waterschap Lingestroom))

Kopie: [[R. Kloosterboer]] (teamleider gemalen), [[H.G. Veldhuizen]] (teamleider schade)
Opgemaakt door: [[Anouk Brinkman]], [[a.brinkman@lingestroom.nl]]
"""),

Doc("ws14_brief_dijkgraaf_gedeputeerde", kind="rl", font="DejaVuSerif", title="Brief aan Gedeputeerde Staten",
    meta={"Creator": WORD, "Producer": "Nitro Pro 13 (13.70.0.30)", "Author": "Hoogendijk, P.C."},
    body="""
# ((Waterschap Lingestroom))
Aan ((Gedeputeerde Staten van Gelderland))
t.a.v. ((gedeputeerde Bruins)), portefeuille ((Water en Klimaatadaptatie))
((Postbus 9090)), ((6800 GX Arnhem))

((Culemborg)), ((3 september 2026))
Ons kenmerk: ((DB-2026-0201))
Onderwerp: ((wolkbreuk)) ((14 augustus)) 2026 en ((Regionaal Klimaatakkoord Rivierenland))

Geachte heer Bruins,

Zoals telefonisch besproken informeer ik u over de gevolgen van de ((wolkbreuk)) van ((14 augustus)) in ((Culemborg))
en ((Buren)). Er zijn 37 schademeldingen van bewoners ontvangen. Onze eerste analyse wijst uit dat
((gemaal De Hoge Boezem)) tijdens de piek 58 minuten niet op volle capaciteit draaide door een defecte
koeling van de schakelkast.

Het ((dagelijks bestuur)) heeft op 1 september besloten een ((voorschotregeling)) voor gedupeerden in te stellen en
de ((Klimaatstresstest Culemborg 2024)) versneld te actualiseren. Ik stel het op prijs als de provincie
bereid is mee te financieren uit het programma ((Ruimte voor de Linge)).

Voor ambtelijke afstemming kunt u contact opnemen met de heer [[B. Hofstee]], beleidsadviseur
waterbeheer, [[b.hofstee@lingestroom.nl]], telefoon [[0345 - 63 18 02]].

Hoogachtend,
het ((dagelijks bestuur)) van ((Waterschap Lingestroom)),

de ((dijkgraaf)),                                   de ((secretaris-directeur)),
((P.C. Hoogendijk))                                 paraaf [[JvdM]]
"""),

Doc("ws15_besluit_db_voorschotregeling", kind="docx", title="Besluit DB voorschotregeling",
    meta={"Creator": WORD, "Author": "Hofstee"},
    body="""
# Besluit van het ((dagelijks bestuur))
((Waterschap Lingestroom)) - vergadering van ((1 september 2026))
Besluitnummer: ((DB-2026-0194))
Portefeuillehouder: ((hoogheemraad Van Rijswijk))
Steller: [[B. Hofstee]] (afdeling ((Watersystemen)))

Het ((dagelijks bestuur)) van ((Waterschap Lingestroom)),

gelet op ((artikel 4:126 Algemene wet bestuursrecht)) en de ((Verordening nadeelcompensatie Lingestroom 2023)),

besluit:
1. een ((voorschotregeling)) in te stellen voor bewoners die schade hebben geleden door de wateroverlast van
   ((14 augustus)) 2026 in de wijken ((De Parijsch)) en ((Lanxmeer));
2. het voorschot te bepalen op ten hoogste ((EUR 2.500)) per huishouden, te verrekenen met de definitieve
   vergoeding;
3. de afhandeling te mandateren aan de ((teamleider Schadeafhandeling));
4. ((Pompentechniek Van Gelder B.V.)) ((aansprakelijk)) te stellen voor de schade die het gevolg is van het niet
   melden van de defecte ((schakelkastventilator)).
<PB>
# Toelichting
Op ((14 augustus)) 2026 viel 94 mm neerslag. Uit het storingsrapport ((SR-2026-0814)) blijkt dat ((pomp 2)) van
((gemaal De Hoge Boezem)) uitviel door overtemperatuur. Het onderhoud is uitbesteed onder
((onderhoudscontract OC-2024-17)). De ((hoogheemraden)) Van Rijswijk en Demir hebben vooraf overlegd met
de gemeente.

Stemverhouding: unaniem. Afwezig: ((hoogheemraad Demir)) (met bericht).

Aldus besloten in de vergadering van ((1 september 2026)).
((dijkgraaf Hoogendijk)), voorzitter
Notulist: [[A. Brinkman]], bestuurssecretariaat
Verzonden aan: [[J. van de Meent]] (secretaris-directeur a.i.), [[B. Hofstee]], [[mr. E. van Wijngaarden]]
Telefonisch bereikbaar voor vragen: [[0345 - 63 18 02]] (Hofstee, direct)
"""),

Doc("ws16_verslag_db_vergadering", kind="rl", title="Verslag DB 1 september 2026",
    meta={"Creator": "Notubiz", "Producer": "PDFsharp 1.50.5147 (www.pdfsharp.com)"},
    body="""
# Verslag vergadering ((dagelijks bestuur)) ((Waterschap Lingestroom))
Datum: ((1 september 2026)), 09.30-12.15 uur, ((Waterschapshuis)), ((De Dam 3)), ((Culemborg))

Aanwezig | Rol | Paraaf
((P.C. Hoogendijk)) | ((dijkgraaf)), voorzitter | ((PCH))
((M. van Rijswijk)) | ((hoogheemraad)) | ((MvR))
((S. Demir)) | ((hoogheemraad)) (tot 10.30 uur) | ((SD))
((J.A. Postma)) | ((hoogheemraad)) | ((JAP))
[[J. van de Meent]] | secretaris-directeur a.i. | [[JvdM]]
[[A. Brinkman]] | notulist | [[AB]]
[[B. Hofstee]] | beleidsadviseur (agendapunt 3) | [[BH]]

1. Opening en mededelingen
De voorzitter meldt dat hij met ((burgemeester Schotanus)) en ((gedeputeerde Bruins)) heeft gesproken.

2. Verslag vorige vergadering - vastgesteld.

3. Wolkbreuk ((14 augustus)), ((voorschotregeling))
[[Hofstee]] licht de nota toe. ((Hoogheemraad Demir)) vraagt of de aansprakelijkheid van de aannemer
al vaststaat. [[Hofstee]]: het storingsrapport wijst op een onderhoudsfout, maar ((Van Gelder)) betwist dat.
((Hoogheemraad Postma)) wil de bewoners niet laten wachten op een juridische procedure. Besluit conform.
<PB>
4. Woo-verzoek ((Bewonersvereniging De Parijsch))
[[Van de Meent]] meldt dat het verzoek ((WOO-2026-031)) actief wordt behandeld door [[mr. Van Wijngaarden]].
Het DB wil zoveel mogelijk openbaar maken; alleen persoonsgegevens en bedrijfsgegevens worden gelakt.

Actielijst
Nr | Actie | Wie | Gereed
26-41 | brief aan gedupeerden over voorschot | [[AB]] | 4-9
26-42 | aansprakelijkstelling ((Van Gelder)) | [[BH]] / [[EvW]] | 8-9
26-43 | evaluatie alarmering ((SCADA)) | [[RK]] | 1-10
26-44 | brief aan provincie | ((PCH)) | 3-9
"""),

Doc("ws17_beslisnota_aansprakelijkheid", kind="docx", title="Beslisnota aansprakelijkstelling gemaal",
    meta={"Creator": WORD, "Author": "Bas Hofstee"},
    annots=[(0, "Ruud Kloosterboer", "Klopt technisch. Wel: ventilator al in maart gezien door DJ Schimmel, zie app."),
            (1, "Esther van Wijngaarden", "Let op 5.1.2e: namen bewoners in bijlage lakken. Bel me even: 06-38 11 90 47")],
    hidden=[("annotations", "Ruud Kloosterboer", ["Ruud Kloosterboer"]),
            ("annotations", "DJ Schimmel", ["DJ Schimmel"]),
            ("annotations", "Esther van Wijngaarden", ["Esther van Wijngaarden"]),
            ("annotations", "06-38 11 90 47", ["06-38 11 90 47"])],
    body="""
# Beslisnota
Aan: het ((dagelijks bestuur)), ((hoogheemraad Van Rijswijk)) (portefeuillehouder)
Van: afdeling ((Watersystemen))
Contactpersoon: [[B. Hofstee]], [[0345 - 63 18 02]]
Datum: ((27 augustus 2026))
Kenmerk: ((DB-2026-0194))
Onderwerp: aansprakelijkstelling ((Pompentechniek Van Gelder B.V.)) na storing ((gemaal De Hoge Boezem))

# Aanleiding
Tijdens de ((wolkbreuk)) van ((14 augustus)) 2026 viel ((pomp 2)) van het gemaal uit. Er zijn 37 schadeclaims.

# Geadviseerd besluit
Aan het ((dagelijks bestuur)) wordt gevraagd:
1. in te stemmen met een ((voorschotregeling)) van maximaal ((EUR 2.500)) per huishouden;
2. de aannemer ((aansprakelijk)) te stellen op grond van het ((onderhoudscontract OC-2024-17)).

# Kern
Volgens het storingsrapport ((SR-2026-0814)) was de ventilator van de schakelkast sinds de onderhoudsbeurt
van 12 maart 2026 defect. De monteur van de aannemer, de heer [[Oosthoek]], heeft dit bevestigd.
Tegelijk stond het ((SCADA))-alarm bij het waterschap zelf op een te lage prioriteit; dat verzwakt onze positie.
<PB>
# Krachtenveld
De bewonersvereniging en ((burgemeester Schotanus)) dringen aan op snelle afhandeling. De verzekeraar van
de aannemer, ((Nationale-Nederlanden)), heeft om het expertiserapport gevraagd.

# Informatie die niet openbaar gemaakt kan worden
Namen en contactgegevens van bewoners en medewerkers.

# Motivering
In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren en bewoners
geanonimiseerd (((artikel 5.1 lid 2 sub e Woo))).

Paraaf | Naam | Datum
teamleider | [[R. Kloosterboer]] | 27-8
afdelingshoofd | [[C.M. Ouwerkerk-Jansen]] | 28-8
"""),

Doc("ws18_factuur_zzp_drooglegging", kind="ttf", font="DejaVu", title="Factuur 2026-087",
    meta={"Creator": "Moneybird", "Producer": "Prawn 2.4.0", "Author": "Ömer Yıldırım"},
    hidden=[("metadata", "Ömer Yıldırım", ["Ömer Yıldırım"])],
    body="""
# FACTUUR 2026-087
[[Yıldırım Vochtservice]]
eigenaar [[Ö. Yıldırım]] - [[Vlasakker 9]], [[4191 LS]] ((Geldermalsen))
KvK [[81240117]] | btw [[NL003519448B21]] | IBAN [[NL86 KNAB 0258 8193 40]]
[[info@yildirim-vochtservice.nl]] | [[06 2870 4411]]

Aan: ((Waterschap Lingestroom)), ((Crediteurenadministratie)), ((Postbus 1160)), ((4100 BD Culemborg))
Inkoopordernummer: ((PO-4500031877))
Factuurdatum: ((31 augustus 2026))
Betreft: noodontvochtiging woningen ((De Parijsch)) (opdracht van [[M. Tiemens]])

Omschrijving | Aantal | Prijs | Bedrag
Bouwdroger ((Dantherm CDT 40)) huur per dag | 42 | 35,00 | 1.470,00
Vochtmeting met rapport | 9 | 65,00 | 585,00
Voorrijkosten | 9 | 25,00 | 225,00
Subtotaal | | | 2.280,00
btw 21% | | | 478,80
Totaal | | | 2.758,80

Adressen: [[Zandstraat 14]], [[Weidsteeg 7]], [[Goilberdingerweg 62]] en zes andere (lijst bijgevoegd).
Betaling binnen 30 dagen onder vermelding van het factuurnummer.
"""),

Doc("ws19_factuur_van_gelder", kind="rl", title="Factuur 26-30412",
    meta={"Creator": "Exact Online", "Producer": "PDFlib+PDI 9.3.1 (Win64)"},
    body="""
# ((Pompentechniek Van Gelder B.V.))
((Industrieweg 40)), ((4181 CA Waardenburg)) | ((KvK 11034567)) | ((BTW NL001234567B01))
((IBAN NL12 ABNA 0401 2000 55)) | ((administratie@vangelder-pompen.nl)) | ((0418 - 66 20 00))

FACTUUR ((26-30412))
Aan: ((Waterschap Lingestroom)), t.a.v. de heer [[R. Kloosterboer]]
Referentie: ((OC-2024-17)) / storing ((SR-2026-0814))

Omschrijving | Uren | Tarief | Bedrag
Spoedinzet monteur 14/15-08 (nacht) | 4,5 | 118,00 | 531,00
Reset ((frequentieregelaar)), tijdelijke ventilator | 1 | 245,00 | 245,00
Reinigen vlotterschakelaar | 1,5 | 89,00 | 133,50
Totaal excl. btw | | | 909,50

Monteur: [[R. Oosthoek]] - uitgevoerd in opdracht van piket [[D.J. Schimmel]]
Opmerking waterschap (handmatig toegevoegd): factuur betwist, zie mail [[T. Kramer]] 18-08.
"""),

Doc("ws20_rooster_piketdienst", kind="ttf", font="DejaVu", title="Piketrooster gemalen augustus 2026",
    meta={"Creator": "Microsoft® Excel® voor Microsoft 365", "Producer": "Microsoft® Excel® voor Microsoft 365",
          "Author": "Kloosterboer"},
    body="""
# Piketrooster gemalen en stuwen - augustus 2026
((Waterschap Lingestroom)), ((team Gemalen en Stuwen)), regio ((Betuwe-West))
Storingsdienst algemeen: ((088 420 3399)) (24/7) - ((storingsdienst@lingestroom.nl))

Week | Piket 1e lijn | Mobiel | Pers.nr | Achtervang
32 | [[Mohamed Aydın]] | [[06-5512 0938]] | [[W1187]] | [[R. Kloosterboer]]
33 | [[Dirk-Jan Schimmel]] | [[06 3390 1176]] | [[W0954]] | [[R. Kloosterboer]]
34 | [[Lieke ter Braak]] | [[+31 6 4127 8832]] | [[W1302]] | [[H.G. Veldhuizen]]
35 | [[Sander Ooms]] | [[0031 6 2287 1190]] | [[W0877]] | [[H.G. Veldhuizen]]

Gemalen in dit rayon: ((gemaal De Hoge Boezem)), ((gemaal Cornelis Dekker)), ((gemaal Goilberdingen)),
((stuw Rijsbergen)).
Ruilen alleen na akkoord teamleider. Bij calamiteiten: ((Calamiteitenplan Lingestroom 2025)), fase 2.
"""),

Doc("ws21_persbericht_excuses", kind="docx", title="Persbericht: waterschap biedt excuses aan",
    meta={"Creator": WORD, "Author": "Lotte Nijenhuis", "xmp_creator": "Lotte Nijenhuis"},
    hidden=[("metadata", "Lotte Nijenhuis", ["Lotte Nijenhuis"])],
    body="""
# PERSBERICHT
((Culemborg)), ((21 augustus 2026))

Waterschap Lingestroom biedt excuses aan voor uitval gemaal

Het ((dagelijks bestuur)) van ((Waterschap Lingestroom)) biedt bewoners van de Culemborgse wijk ((De Parijsch))
excuses aan voor de uitval van ((gemaal De Hoge Boezem)) tijdens de ((wolkbreuk)) van ((14 augustus)).
"Dit had niet mogen gebeuren", zegt ((dijkgraaf Hoogendijk)). "We gaan de schade snel en ruimhartig
afhandelen."

Het waterschap stelt een ((voorschotregeling)) in. ((Burgemeester Schotanus)) van ((Culemborg)) is blij met de
snelle reactie: "De gemeente en het waterschap trekken hierin samen op."

Het gemaal, vernoemd naar oud-dijkgraaf ((Cornelis Dekker)), aan de overkant van de ((Linge)) functioneerde
wel normaal. Onderzoeksbureau ((Deltares)) onderzoekt of de capaciteit van de gemalen voldoende is.

Bewoonster [[Sjoukje de Boer]] ([[Zandstraat 22]]) stond met haar buurman [[Henk van der Steeg]] tot hun enkels in
het water: "Wij zijn vooral blij dat er nu duidelijkheid komt."

Noot voor de redactie (niet voor publicatie):
Voor vragen: ((woordvoering)) waterschap, ((088 420 3300)), ((pers@lingestroom.nl)).
"""),

Doc("ws22_inspectierapport_gemaal", kind="rl", font="Courier", title="Inspectierapport gemaal De Hoge Boezem",
    meta={"Creator": "Ultimo Asset Management", "Producer": "Ultimo Reporting / iText 2.1.7"},
    body="""
# INSPECTIERAPPORT ((IR-GHB-2026-03))
Object    : ((gemaal De Hoge Boezem)) (((GHB-02)))
Locatie   : ((Parijsch Noordzijde)), ((Culemborg))
Datum     : 12-03-2026 (periodiek onderhoud)
Uitvoering: ((Pompentechniek Van Gelder B.V.))
Inspecteur: [[R. Oosthoek]]
Toezicht  : [[D.J. Schimmel]] (WLS), tel. [[06 3390 1176]]

Onderdeel                 Status   Opmerking
Pomp 1 ((Flygt NP3171))       OK       trillingen binnen norm
((Pomp 2)) ((Flygt NP3171))       OK       lagers gesmeerd
Frequentieregelaar        OK       firmware 2.14
Schakelkastventilator     LET OP   geluid lager, vervangen bij volgende ronde
Vlotterschakelaar hoog    OK       niet gereinigd (geen tijd)
Krooshek                  OK

Advies: ((schakelkastventilator)) binnen 3 maanden vervangen (offerte volgt via [[T. Kramer]]).
Niet opgevolgd per 14-08-2026 (aantekening [[RK]], 17-08).
<PB>
Foto-overzicht:
F1  schakelkast open, ventilator linksboven (stoffig)
F2  vlotter in put, vervuild met kroos
F3  typeplaatje ((pomp 2)), serienummer ((NP3171-7720031))

Aftekening:
Inspecteur [[R. Oosthoek]]   Waterschap [[D.J. Schimmel]]
Verspreiding: ((team Gemalen en Stuwen)), ((assetmanagement@lingestroom.nl))
"""),
]
