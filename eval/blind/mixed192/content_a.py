from lib import Doc

W = "Microsoft® Word voor Microsoft 365"
DOCS = [
Doc("vr01_woo_verzoek", title="Woo-verzoek brand Vandrecht", fontset="ttf",
    meta={"Producer": "Microsoft: Print To PDF", "Creator": W},
    body="""
[[Lotte Hagenbeek]]
[[Ruysdaelkade 41-2|ADDRESS]]
[[8261 GX|POSTCODE]] Kampen

Aan het college van burgemeester en wethouders van de {{gemeente Oosterlinde}}
t.a.v. team {{Juridische Zaken}}
Postbus 150, 8270 AD Oosterlinde

Kampen, 3 maart 2026

Onderwerp: verzoek op grond van de {{Wet open overheid}} – brand {{Vandrecht Chemical Storage}}

Geacht college,

Als verslaggever van {{Dagblad Lingemond}} verzoek ik u op grond van artikel 4.1 van de {{Wet open overheid}} om openbaarmaking van alle documenten over de brand bij {{Vandrecht Chemical Storage B.V.}} aan de {{Industrieweg}} in {{Oosterlinde}} op 14 januari 2026, waaronder:

1. het incidentlogboek van de brandweer en het {{LCMS}}-journaal;
2. de verslagen van het {{GBT}} en het {{RBT}} van de {{Veiligheidsregio Lingemond}};
3. de gezondheidsmonitoring door de {{GHOR}} en de {{GGD Lingemond}};
4. de meetresultaten van het milieulaboratorium en de correspondentie met de directie van het bedrijf;
5. klachten van omwonenden van de wijk {{Kanaalzone}}.

Ik ben bereikbaar op [[06-41 87 22 90|PHONE]] of via [[lotte.hagenbeek@gmail.com|EMAIL]]. Graag ontvang ik de documenten digitaal.

Met vriendelijke groet,

[[Lotte Hagenbeek]]
"""),
Doc("vr02_ontvangstbevestiging", title="Ontvangstbevestiging", meta={"Producer": "Aspose.PDF for .NET 23.4", "Creator": "Djuma zaaksysteem", "Author": "gemeente Oosterlinde"},
    body="""
# {{Gemeente Oosterlinde}}
Postbus 150 · 8270 AD Oosterlinde · telefoon {{14 0538|PHONE_PUBLIC}} · {{info@oosterlinde.nl|EMAIL_PUBLIC}}

Mevrouw [[L. Hagenbeek]]
[[Ruysdaelkade 41-2|ADDRESS]]
[[8261 GX|POSTCODE]] Kampen

Datum: 5 maart 2026
Zaaknummer: {{Z-2026-004417|CASE}}
Behandeld door: [[R. Çelik-Boerma]]
Telefoon: [[0538 - 48 21 77|PHONE]]

Onderwerp: ontvangstbevestiging Woo-verzoek

Geachte mevrouw [[Hagenbeek]],

Op 3 maart 2026 hebben wij uw verzoek op grond van de {{Wet open overheid}} ontvangen over de brand bij {{Vandrecht Chemical Storage B.V.}}. Wij beslissen binnen vier weken na ontvangst. Omdat ook documenten van de {{Veiligheidsregio Lingemond}} en het bedrijf onder het verzoek vallen, zullen wij derden-belanghebbenden om een zienswijze vragen; de termijn kan daarom met twee weken worden verdaagd.

Heeft u vragen? Bel dan met het {{Klantcontactcentrum}} via {{14 0538|PHONE_PUBLIC}} of mail naar {{woo@oosterlinde.nl|EMAIL_PUBLIC}} onder vermelding van het zaaknummer.

Met vriendelijke groet,
namens dezen,

[[Rukiye Çelik-Boerma]]
juridisch adviseur {{Juridische Zaken}}
"""),
Doc("vr03_incidentlogboek", title="Incidentlogboek brandweer 14-01-2026", fontset="std",
    meta={"Producer": "iText® 7.2.5 ©2000-2023 iText Group NV", "Creator": "GMS Meldkamer export"},
    body="""
# Incidentlogboek {{Brandweer Lingemond}} – {{GRIP 3}} Industrieweg 22
Incidentnummer {{BR-2026-00311|CASE}} · {{Meldkamer Oost-Nederland}} · export uit {{GMS}}

| tijd | roepnaam | naam | bericht |
| 02:14 | {{MK-Brw|CALLSIGN}} | [[K. Lammertsma]] | melding middelbrand opslagloods {{Vandrecht Chemical Storage}}, {{Industrieweg}} 22 |
| 02:21 | {{OvD 21-1|CALLSIGN}} | [[Jeroen ter Haar]] | ter plaatse, loods 3 volledig in brand, opschalen naar grote brand |
| 02:26 | {{HOvD|CALLSIGN}} | [[M. de Bruijn-Oosterveld]] | {{GRIP 1}}, {{CoPI}} bij kazerne {{Oosterlinde-Noord}} |
| 02:40 | {{AGS 21|CALLSIGN}} | [[Dirk-Jan van 't Hek]] | opslag IBC's met {{natriumhypochloriet}} en oplosmiddelen, advies binnenblijven |
| 02:52 | {{CvD|CALLSIGN}} | [[Ahmed El Khatib]] | {{NL-Alert}} uitgegeven voor wijk {{Kanaalzone}} en {{De Stelle}} |
| 03:05 | {{TS 21-4231|CALLSIGN}} | [[S. Wiegerinck]] | bevelvoerder: mogelijk persoon in kantoorpand, binnenaanval ingezet |
| 03:18 | {{TS 21-4231|CALLSIGN}} | [[Sandra Wiegerinck]] | kantoor doorzocht, geen slachtoffers |
| 03:30 | {{OvD 21-1|CALLSIGN}} | [[J. ter Haar]] | brandweerman [[Bas Opdam]] licht gewond (rookinhalatie), overgedragen aan ambulance |
| 03:47 | {{Blusboot Jacob Roggeveen|SHIP}} | [[Teun Vrielink]] | bluswatervoorziening vanaf {{Twentekanaal}} gereed |
| 04:10 | {{ROT|ORG}} | [[P.H.M. Scholte]] | opschaling naar {{GRIP 3}}, burgemeester geïnformeerd |
| 04:35 | {{MPL|CALLSIGN}} | [[Wilbert Aalderink]] | eerste metingen {{Meetplanleider}}: verhoogde HCl-waarden ter hoogte van [[Kanaaldijk 14|ADDRESS]] |
| 05:02 | {{OvD 21-2|CALLSIGN}} | [[Ingrid Vos-de Leeuw]] | aflossing {{OvD 21-1|CALLSIGN}} |

Vrijgave logboek: [[KLM]] (paraaf), teamleider meldkamer. Mobiel OvD dienst: [[06 22 41 98 03|PHONE]].
"""),
Doc("vr04_ghor_monitoring", title="GHOR gezondheidsmonitoring", fontset="ttf",
    meta={"Producer": "Microsoft® Excel® voor Microsoft 365", "Creator": "Microsoft® Excel® voor Microsoft 365", "Author": "Fleur Nijenhuis"},
    hidden=[("metadata", "Fleur Nijenhuis", "PERSON")],
    body="""
# {{GHOR Lingemond}} – registratie gezondheidsklachten omwonenden
Peildatum 16 januari 2026 · vertrouwelijk medisch · grondslag {{5.1.1d|GROUND}}

| nr | naam | geboortedatum | adres | klachten | advies |
| 1 | [[Henk Wessels]] | [[12-04-1951|DOB]] | [[Kanaaldijk 14|ADDRESS]] | [[hoesten, prikkende ogen|HEALTH]] | {{huisarts}} |
| 2 | [[Ans Wessels-Drost]] | [[30-09-1953|DOB]] | [[Kanaaldijk 14|ADDRESS]] | [[benauwdheid bij COPD|HEALTH]] | {{SEH}} verwezen |
| 3 | [[Mevlüt Aydın]] | [[02-02-1979|DOB]] | [[Sluiswachtersweg 3|ADDRESS]] | [[hoofdpijn, misselijkheid|HEALTH]] | zelfzorg |
| 4 | [[Noor Aydın]] | [[17-11-2019|DOB]] | [[Sluiswachtersweg 3|ADDRESS]] | [[astma-aanval|HEALTH]] | kinderarts |
| 5 | [[Grietje Zuidema]] | [[08-06-1940|DOB]] | [[Jachthavenweg 7|ADDRESS]] | geen | controle |
| 6 | [[Jörg Pöhlmann]] | [[21-03-1985|DOB]] | [[Kanaaldijk 22a|ADDRESS]] | [[brandwond hand|HEALTH]] | {{huisarts}} |

Aantallen (niet herleidbaar, openbaar): 41 meldingen bij het {{GGD-informatienummer}} {{0800-4433221|PHONE_PUBLIC}}, 6 verwijzingen naar huisarts, 2 naar de {{SEH}} van {{Ziekenhuis Lingemond}}.

Contact {{GHOR}}: [[f.nijenhuis@ggdlingemond.nl|EMAIL]], [[038-8514 602|PHONE]]. Medisch adviseur: [[dr. Y. Brakel]].
"""),
Doc("vr05_evacuatielijst", title="Evacuatielijst Kanaalzone", fontset="ttf",
    meta={"Producer": "Nitro Pro 13.70.2.40", "Creator": "Nitro Pro"},
    body="""
# Evacuatielijst wijk {{Kanaalzone}} – {{Team Bevolkingszorg}}
Opvanglocatie: {{Sporthal De Stelle}}, {{Prins Bernhardlaan}} 2, {{Oosterlinde}} · {{Evacuatie 14-01|CASE}}

| adres | bewoners | telefoon | bijzonderheden | opgevangen |
| [[Kanaaldijk 10|ADDRESS]] | [[R. en T. Haverkamp]] | [[06-1288 4410|PHONE]] | [[rolstoel|HEALTH]] | ja |
| [[Kanaaldijk 12|ADDRESS]] | [[Femke Dijkhuis]] | [[+31 6 29 30 11 87|PHONE]] | 2 kinderen, hond | ja |
| [[Kanaaldijk 14|ADDRESS]] | [[H. Wessels]] en [[A. Wessels-Drost]] | [[0538-471150|PHONE]] | [[zuurstofapparaat|HEALTH]] | ja |
| [[Kanaaldijk 22a|ADDRESS]] | [[Jörg Pöhlmann]] | [[0049 170 5512 887|PHONE]] | spreekt Duits | nee, familie |
| [[Sluiswachtersweg 3|ADDRESS]] | familie [[Aydın]] | [[06 51 77 02 36|PHONE]] | | ja |
| [[Sluiswachtersweg 9|ADDRESS]] | [[Dhr. G.J. Brink|PERSON]] | [[0031 538 470 992|PHONE]] | weigert evacuatie | nee |
| [[Jachthavenweg 7|ADDRESS]] | [[Grietje Zuidema]] | [[0538 47 03 31|PHONE]] | 85+, alleenstaand | ja |
| [[Jachthavenweg 11|ADDRESS]] | [[Wendy O'Neill]] | [[06-11 02 93 84|PHONE]] | | ja |

Coördinator opvang: [[Marloes Kuipers]] ({{Bevolkingszorg}}), bereikbaar via [[m.kuipers@oosterlinde.nl|EMAIL]].
Registratie via {{Nationaal Informatiepunt}}; lijst is afgestemd met {{Rode Kruis}} afdeling {{Lingemond}}.
"""),
Doc("vr06_brief_directeur_1", title="Brief directie Vandrecht", producer="docx",
    meta={"Producer": "LibreOffice 7.6", "Creator": "Writer", "xmp_creator": "R.J. Kampstra"},
    body="""
{{Vandrecht Chemical Storage B.V.}}
{{Industrieweg}} 22, {{Oosterlinde}} · KvK {{08123456|KVK}}

Aan de burgemeester van {{Oosterlinde}}, de heer {{M.A. Verhoeff|PUBLIC_PERSON}}
Postbus 150, 8270 AD Oosterlinde

Oosterlinde, 16 januari 2026

Betreft: brand op ons terrein op 14 januari 2026

Geachte heer {{Verhoeff|PUBLIC_PERSON}},

Namens de directie betuig ik ons diepe medeleven met de omwonenden die door de brand in onze loods 3 zijn getroffen. Wij werken volledig mee aan het onderzoek van de {{Inspectie SZW}}, de {{Nederlandse Arbeidsinspectie}} en de {{Omgevingsdienst IJssel-Vecht}}.

Onze bedrijfsbrandweercommandant, de heer [[Gerrit Lubbers]], was binnen twintig minuten ter plaatse. De voorraadlijst ({{PGS 15}}-registratie) is om 02:45 uur aan de {{AGS}} overhandigd. Voor vragen van bewoners hebben wij een informatielijn geopend: {{0800-0231|PHONE_PUBLIC}}.

Voor bestuurlijk contact kunt u mij direct bereiken op [[06-53 19 84 20|PHONE]] of [[rob.kampstra@vandrecht-storage.nl|EMAIL]].

Hoogachtend,

[[ing. R.J. Kampstra]]
algemeen directeur
"""),
Doc("vr07_gbt_verslag", title="Verslag GBT 14 januari", fontset="std",
    meta={"Producer": "Microsoft® Word 2016", "Creator": "Microsoft® Word 2016", "Author": "Secretariaat VRLM"},
    outline=["Verslag GBT 14-01 04:45 uur", "Actiepunten – notulist [[E. van Rijswijk]]"],
    body="""
# Verslag {{Gemeentelijk Beleidsteam}} ({{GBT}}) {{Oosterlinde}}
14 januari 2026, 04:45 uur, gemeentehuis {{Oosterlinde}}, {{Raadhuisplein}} 1

Aanwezig:
| functie | naam |
| voorzitter | burgemeester {{M.A. Verhoeff|PUBLIC_PERSON}} |
| {{Algemeen Commandant Brandweer}} | [[Pieter Scholte]] |
| {{Algemeen Commandant GHOR}} | [[Ellen Roeterdink]] |
| {{Algemeen Commandant Bevolkingszorg}} | [[Marloes Kuipers]] |
| {{Informatiemanager}} | [[Tjeerd Bouma]] |
| communicatieadviseur | [[Hanneke Smit-Ozinga]] |
| notulist | [[Esmée van Rijswijk]] |

1. Beeld. De brand is niet onder controle. Rookpluim richting noordoost. {{AC Brandweer}} [[Scholte]] meldt één gewonde brandweerman. {{AC GHOR}} [[Roeterdink]] adviseert ramen en deuren gesloten te houden.

2. Besluiten. Burgemeester {{Verhoeff|PUBLIC_PERSON}} besluit tot evacuatie van de {{Kanaaldijk}} (nrs. 2-30) en {{Sluiswachtersweg}}. Opvang in {{Sporthal De Stelle}}.

3. Communicatie. Persconferentie om 09:00 uur. Woordvoering door burgemeester; [[Hanneke]] stemt teksten af met {{Vandrecht}}.

Actiepunten:
| nr | actie | wie | gereed |
| 1 | {{NL-Alert}} herhalen | [[TB]] | 05:15 |
| 2 | opvang en registratie | [[MK]] | 06:00 |
| 3 | contact directie bedrijf | [[PS]] | 05:30 |
"""),
Doc("vr08_rbt_verslag", title="Verslag RBT", fontset="ttf",
    meta={"Producer": "LCMS PDF export 2.9", "Creator": "LCMS"},
    body="""
# {{Regionaal Beleidsteam}} ({{RBT}}) {{Veiligheidsregio Lingemond}}
15 januari 2026, 10:00 uur, {{Regionaal Crisiscentrum}}, {{Zwolseweg}} 300 · {{GRIP 4}}

Aanwezig: voorzitter {{veiligheidsregio}} burgemeester {{K.L. Haitsma|PUBLIC_PERSON}} ({{Zwolle-Zuid}}), burgemeester {{M.A. Verhoeff|PUBLIC_PERSON}} ({{Oosterlinde}}), burgemeester {{S. Dogan|PUBLIC_PERSON}} ({{Hasselt aan de Vecht}}), {{Operationeel Leider}} [[Johan Mulderij]], {{Hoofdofficier van Justitie}} {{mr. A.B. van Weerdenburg|PUBLIC_PERSON}}, secretaris [[drs. Frank Ophof]], notulist [[Ilse Brouwer-Pinas]].

1. Milieu. Het {{RIVM}} en het laboratorium {{Lablinq Milieu}} hebben roetdepositie gemeten. [[Mulderij]] meldt dat de {{Veiligheidsregio}} teelt en consumptie van groente uit moestuinen binnen 2 km afraadt.

2. Gezondheid. Volgens de {{GGD}} 41 meldingen; [[Ophof]] vraagt of de naam van de gewonde brandweerman ([[Opdam]]) uit de persberichten kan blijven. Besluit: ja.

3. Bedrijf. Directeur [[Kampstra]] heeft toegezegd de volledige stoffenlijst te verstrekken. Burgemeester {{Dogan|PUBLIC_PERSON}} vraagt om informatie voor de bewoners van {{Hasselt aan de Vecht}}.

Volgend {{RBT}}: 15 januari 16:00 uur. Bereikbaarheid secretaris: [[06-27 66 01 49|PHONE]].
"""),
Doc("vr09_persconferentie", title="Transcript persconferentie", fontset="times",
    meta={"Producer": "PDFpen 13.1", "Creator": "PDFpen"},
    body="""
# Transcript persconferentie {{Veiligheidsregio Lingemond}} en {{gemeente Oosterlinde}}
14 januari 2026, 09:00 uur, raadzaal gemeentehuis {{Oosterlinde}}

Woordvoerder {{Veiligheidsregio}} {{Karin Oldenhof|PUBLIC_PERSON}} opent.

Burgemeester {{Verhoeff|PUBLIC_PERSON}}: "Vannacht is een grote brand uitgebroken bij {{Vandrecht Chemical Storage}}. Ik heb besloten circa tachtig woningen te laten ontruimen. De mensen worden opgevangen in {{Sporthal De Stelle}}."

Vraag ([[Maarten Spaan]], {{RTV Oost}}): "Zijn er gewonden?"

Burgemeester {{Verhoeff|PUBLIC_PERSON}}: "Eén brandweerman is licht gewond geraakt. Hij maakt het naar omstandigheden goed."

Vraag ([[Lotte Hagenbeek]], {{Dagblad Lingemond}}): "Welke stoffen lagen er opgeslagen?"

Commandant brandweer [[Pieter Scholte]]: "Onder meer {{natriumhypochloriet}} en oplosmiddelen. De metingen van de {{Meetplanleider}} laten buiten de directe omgeving geen gevaarlijke waarden zien."

Wethouder {{Van Lienden|PUBLIC_PERSON}}: "Bewoners met vragen kunnen terecht bij {{14 0538|PHONE_PUBLIC}}."

Vraag (bewoner [[Femke Dijkhuis]]): "Mijn dochter heeft astma; moet ik naar de dokter?"

Woordvoerder {{Oldenhof|PUBLIC_PERSON}}: "Bel bij klachten uw huisarts of het {{GGD-informatienummer}}."
"""),
]
