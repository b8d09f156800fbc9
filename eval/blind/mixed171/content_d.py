from lib import Doc

DOCS = [
Doc("ab24_scan_presentielijst", kind="scan", producer="RICOH IM C3000 scanner", creator="RICOH", body="""
# Herstelbijeenkomst H2B - presentielijst 18-12-2025
Locatie: Etty Hillesumzaal, Alexander Hegius College
Naam                         Rol                       Handtekening
{{Lisa Schaap}}                  Halt
{{Bas Oude Wesselink}}           Halt
{{Joyce Kamphuis}}               anti-pestcoordinator
{{Rutger Bloemendaal}}           mentor
{{Thijs Vos}}                    leerling
{{Ruben Kramer}}                 leerling
{{Marco van Dijkhuizen}}         vader
~  {{L. Schaap}}      {{J. Kamphuis}}      {{M. v. Dijkhuizen}}
"""),
Doc("ab25_scan_ziekmelding", kind="scan", producer="HP Scan", creator="HP Smart", body="""
# Ziekmelding / verlofaanvraag leerling
Aan de administratie van het Alexander Hegius College
Naam leerling: {{Jesse van Dijkhuizen}}       klas H2B
Ingevuld door: {{Samira van Dijkhuizen-El Khatib}}
Telefoon: {{T:06-20947713}}
~{{Jesse}} is ziek, {{H:hij heeft weer buikpijn}} en slaapt niet.
~Hij blijft deze week thuis. Wij willen een gesprek
~met meneer {{Bloemendaal}} over de pesters.
~Handtekening ouder:  {{S. van Dijkhuizen}}
"""),
Doc("ab26_persbericht", kind="docx", author="Roos van 't Hek", title="Persbericht evaluatie verzuimaanpak", hidden=[("metadata", "P", "Roos van 't Hek")], body="""
# Persbericht: Deventer laat aanpak verzuim na pesten evalueren
Deventer, 11 februari 2026 - De [[gemeente Deventer]] laat onderzoeken hoe leerplicht, scholen en de [[GGD IJsselland]] samenwerken als een leerling na pesten niet meer naar school gaat. Het [[Nederlands Jeugdinstituut]] voert de evaluatie uit.
"Geen kind mag thuiszitten omdat het zich op school niet veilig voelt," zegt [[wethouder Jorrit Hoekstra]]. "Maar we moeten ook eerlijk kijken of een boete voor ouders in zulke situaties helpt."
Aanleiding zijn vragen van de raadsleden [[Ayşe Demir]] ([[GroenLinks-PvdA]]) en [[Bert Holtkamp]] ([[CDA]]). De uitkomsten worden voor de zomer met de [[gemeenteraad]] gedeeld.
Deventer is een van de ondertekenaars van het [[Thuiszitterspact]] en werkt met de [[Thuiszittertafel Deventer]].
Noot voor de redactie: voor vragen kunt u contact opnemen met de afdeling Communicatie via [[communicatie@deventer.nl]] of [[14 0570]].
"""),
Doc("ab27_lkc_advies", font="DejaVuSerif", producer="Nitro PDF Professional 13", creator="Nitro", outline=[("Advies LKC 126034 (secretaris Janneke Vrielink)", 0), ("Overwegingen", 1)], hidden=[("outline", "P", "Janneke Vrielink")], body="""
# Advies [[Landelijke Klachtencommissie Onderwijs]] - zaak [[126034]]
in de klacht van: de heer {{M. van Dijkhuizen}} en mevrouw {{S. van Dijkhuizen-El Khatib}}, wonende te Deventer, klagers,
tegen: het bevoegd gezag van het [[Alexander Hegius College]], [[Stichting Carmelcollege]], verweerder.
De commissie heeft de klacht behandeld ter zitting van 5 maart 2026 in [[Utrecht]]. Aanwezig: mr. {{drs. E.J. Ruiters-Wolff}} (voorzitter), {{dr. T. Bakırcı}} en {{A. Sjouwerman MEd}} (leden).
Namens verweerder verschenen de rector-bestuurder, {{drs. W.H. Grevink}}, en de teamleider, mevrouw {{F. Yıldız}}.
# Feiten
Zoon van klagers, hierna: de leerling, zat in schooljaar 2025-2026 in havo 2. Vanaf september 2025 is hij gepest, onder meer in een groepsapp. Klagers meldden dit op 18 en 25 september 2025. Het [[pestprotocol]] werd op 3 november 2025 in gang gezet.
---
# Overwegingen
Verweerder is op grond van de [[Wet veiligheid op school]] verplicht zorg te dragen voor de sociale veiligheid. De commissie stelt vast dat de school na de meldingen van september vijf weken heeft gewacht met het inschakelen van de coördinator anti-pestbeleid. Dat is te lang. De mentor, de heer {{Bloemendaal}}, heeft de signalen wel genoteerd, maar niet doorgezet.
De klacht over het opmaken van een proces-verbaal valt buiten de bevoegdheid van de commissie; dat is een bevoegdheid van de leerplichtambtenaar van de gemeente.
# Advies
De commissie acht de klacht gegrond voor zover deze de late toepassing van het pestprotocol betreft en adviseert verweerder het protocol te evalueren en de leerling een begeleide terugkeer te bieden.
Utrecht, 19 maart 2026. Secretaris: {{mr. drs. J. Vrielink}}
"""),
Doc("ab28_thuiszittertafel", font="Helvetica", producer="Microsoft Word 2016", creator="Microsoft Word", notes=[(0, "Gijs Hulshof", "Kan de naam van de leerling eruit? Bel Mehmet op 06-48120933"), (0, "M. Kaya", "Aangepast, zie versie 2")], hidden=[("annotations", "T", "06-48120933"), ("annotations", "P", "M. Kaya")], body="""
# [[Thuiszittertafel Deventer]] - verslag 29 januari 2026
Locatie: [[Geert Groote Huis]], [[Deventer]]
| Naam | Organisatie | Rol |
| {{Gijs Hulshof}} | [[gemeente Deventer]] | voorzitter |
| {{Mehmet Kaya}} | [[gemeente Deventer]] | notulist |
| {{Ilse ter Horst}} | [[team Leerplicht en RMC]] | leerplicht |
| {{Janine Veldhuis-de Graaf}} | [[Samenwerkingsverband]] IJssel/Berkel | consulent passend onderwijs |
| {{drs. P.J. Okkerse}} | [[GGD IJsselland]] | jeugdarts |
| {{Wendy Scholten}} | [[Raster]] | jeugd- en gezinswerker |
Casus [[LP-2025-0892]] (leerling havo 2, [[Alexander Hegius College]]).
Besproken: terugkeer na LKC-uitspraak, mogelijkheid tijdelijk onderwijs op [[Trajectvoorziening De Brug]], overstap naar een andere school. {{Janine}} onderzoekt plaatsing op het [[Etty Hillesum Lyceum]], locatie [[De Boxbergen]].
Actiepunten: {{C:JVdG}} contact ouders (12 feb); {{C:PJO}} vervolgconsult (uiterlijk 1 maart); {{C:IthH}} verzuimdossier bijhouden.
Algemeen: de tafel wil in de evaluatie door het [[Nederlands Jeugdinstituut]] aandacht voor de verhouding tussen handhaving en zorg.
"""),
Doc("ab29_opbouwrooster", font="DejaVuSansCondensed", producer="Microsoft Excel for Microsoft 365", creator="Microsoft Excel", fontsize=9, body="""
# Opbouwrooster terugkeer - [[Trajectvoorziening De Brug]]
Leerling: {{J. van Dijkhuizen}} ({{N:LL-2023-4471}}), klas [[H2B]]   Begeleider: {{Hester Wijnbergen}} ({{C:HWi}})   Mentor: {{C:BLR}}
| Week | Ma | Di | Wo | Do | Vr | Uren |
| 45 | 9-11 De Brug | - | 9-11 De Brug | - | 9-11 De Brug | 6 |
| 46 | 9-12 De Brug | 9-11 | 9-12 De Brug | 9-11 | 9-12 | 13 |
| 47 | 9-12 + [[Nederlands]] | 9-12 | 9-13 | 9-12 | 9-12 | 16 |
| 48 | lessen klas [[H2B]] 1e-3e uur | idem | idem | idem | idem | 15 |
Afspraken: vaste ingang via [[Pothoofd]]-zijde; pauze in De Brug; contact met {{Thijs Vos}} en {{Ruben Kramer}} alleen onder begeleiding. Bij ziekte belt moeder vóór 8.00 uur naar {{T:0570-612884 toestel 240}}.
Evaluatie op vrijdag van elke week door {{C:HWi}} en {{Joyce Kamphuis}}. Terugkoppeling aan [[leerplicht]] via [[Magister]].
"""),
Doc("ab30_mail_zienswijze", producer="Microsoft Outlook for Microsoft 365", creator="Outlook", font="Helvetica", body="""
Van: {{Tjon-A-Fong, Marloes}} <{{E:m.tjon-a-fong@deventer.nl}}>
Verzonden: donderdag 24 september 2026 10:12
Aan: [[privacy@ggdijsselland.nl]]; {{Grevink, Wouter}} <{{E:w.grevink@carmelcollege.nl}}>
CC: [[woo@deventer.nl]]
Onderwerp: zienswijzeverzoek Woo-verzoek [[WOO-2026-0173]]
Geachte heer {{Grevink}}, geachte functionaris gegevensbescherming,
In het kader van Woo-verzoek [[WOO-2026-0173]] zijn documenten aangetroffen die van uw organisatie afkomstig zijn of over uw organisatie gaan. Op grond van artikel 4.4 [[Wet open overheid]] stel ik u in de gelegenheid uw zienswijze te geven, uiterlijk 8 oktober 2026.
Wij zijn voornemens de documenten deels openbaar te maken. Alle gegevens over de leerling, zijn ouders en klasgenoten, en namen en contactgegevens van medewerkers, worden weggelakt (artikel 5.1, tweede lid, aanhef en onder e, Woo). Gegevens over de gezondheid van de leerling worden geweigerd op grond van artikel 5.1, eerste lid, onder d, Woo.
Met vriendelijke groet,
{{Marloes Tjon-A-Fong}}
juridisch adviseur | [[team Juridische Zaken]] | {{T:06-2870 4419}}
---
Van: {{Grevink, Wouter}} <{{E:w.grevink@carmelcollege.nl}}>
Verzonden: woensdag 7 oktober 2026 17:55
Aan: {{Tjon-A-Fong, Marloes}}
Onderwerp: RE: zienswijzeverzoek Woo-verzoek [[WOO-2026-0173]]
Geachte mevrouw {{Tjon-A-Fong}},
Wij hebben geen bezwaar tegen openbaarmaking, mits de namen van onze medewerkers en van alle leerlingen worden weggelakt, ook de bijnamen in de groepsapp. Het [[Alexander Hegius College]] zelf mag genoemd worden.
Met vriendelijke groet, {{W.H. Grevink}}, rector-bestuurder
"""),
]
