"""Second pages appended to some documents (kept apart so the first pages stay readable)."""

EXTRA = {
"vr03": """
---
# Vervolg logboek – 14 januari 2026
| tijd | roepnaam | naam | bericht |
| 05:40 | {{OvD 21-2|CALLSIGN}} | [[Ingrid Vos-de Leeuw]] | brand onder controle, nablussen loods 3 |
| 06:15 | {{AGS 21|CALLSIGN}} | [[D.J. van 't Hek]] | overdracht aan {{AGS 22|CALLSIGN}} [[Niels Haafkes]] |
| 06:30 | {{HOvD|CALLSIGN}} | [[M. de Bruijn-Oosterveld]] | afschaling naar {{GRIP 2}} voorbereid |
| 07:05 | {{MPL|CALLSIGN}} | [[Wilbert Aalderink]] | meetploeg 3 ([[Yara Bosgoed]]) bij {{Sportpark De Stelle}}: geen bijzonderheden |
| 07:48 | {{CvD|CALLSIGN}} | [[A. El Khatib]] | tweede {{NL-Alert}}: ramen mogen weer open buiten 500 m |
| 08:20 | {{OvD 21-2|CALLSIGN}} | [[Ingrid Vos-de Leeuw]] | bedrijfsbrandweer ([[G. Lubbers]]) neemt bewaking over |

Opmerking meldkamer: verzoek van [[Sandra Wiegerinck]] om nazorg voor de ploeg via {{BOT-team}} (bedrijfsopvangteam), coördinator [[Erik-Jan Hofstede]], [[06-24 55 17 80|PHONE]].
""",
"vr04": """
---
# Vervolg registratie – 17 en 18 januari 2026
| nr | naam | geboortedatum | adres | klachten | advies |
| 7 | [[Ruud Haverkamp]] | [[05-05-1962|DOB]] | [[Kanaaldijk 10|ADDRESS]] | [[duizeligheid|HEALTH]] | huisarts |
| 8 | [[Tineke Haverkamp-Smeenk]] | [[19-08-1964|DOB]] | [[Kanaaldijk 10|ADDRESS]] | [[paniekklachten|HEALTH]] | {{POH-GGZ}} |
| 9 | [[Lieke Dijkhuis]] | [[11-01-2016|DOB]] | [[Kanaaldijk 12|ADDRESS]] | [[astma|HEALTH]] | kinderarts |
| 10 | [[Rik Zwiers]] | [[27-02-1990|DOB]] | [[Kanaaldijk 28|ADDRESS]] | geïrriteerde keel | zelfzorg |

Brandweerpersoneel (registratie apart, medische geheimhouding): [[B. Opdam]], [[rookinhalatie, 1 nacht observatie|HEALTH]].
Verwerking in het {{GOR}}-cohort na toestemming. Verwerkingsregister {{GGD}}: {{AVG-REG-0912|CASE}}.
""",
"vr05": """
---
# Nazorg – huisbezoeken 20 tot en met 24 januari
| adres | bezocht door | datum | bijzonderheden |
| [[Jachthavenweg 7|ADDRESS]] | [[Marloes Kuipers]] en [[Petra Schuurman]] | 22-01 | hulp bij boodschappen via {{Welzijn Oosterlinde}} |
| [[Kanaaldijk 14|ADDRESS]] | [[Petra Schuurman]] | 21-01 | [[mevrouw opgenomen in ziekenhuis|HEALTH]] |
| [[Sluiswachtersweg 9|ADDRESS]] | [[Koen de Vries]] | 20-01 | bewoner boos, wil wethouder spreken |
| [[Kanaaldijk 28|ADDRESS]] | [[Koen de Vries]] | 23-01 | geen bijzonderheden |

Wethouder {{R. van Lienden|PUBLIC_PERSON}} bezoekt op 27 januari de {{Kanaalzone}} met de {{wijkagent}}. Aanspreekpunt bewoners: {{Gebiedsteam Oost}}, {{14 0538|PHONE_PUBLIC}}.
""",
"vr07": """
---
# Verslag {{GBT}} 14 januari 2026, 14:00 uur
Aanwezig: burgemeester {{Verhoeff|PUBLIC_PERSON}}, wethouder {{Van Lienden|PUBLIC_PERSON}} (toehoorder), [[Pieter Scholte]], [[Ellen Roeterdink]], [[Marloes Kuipers]], [[Tjeerd Bouma]], [[Hanneke Smit-Ozinga]]; afwezig: gemeentesecretaris [[H.J. Mensink]] (vervangen door [[Wouter de Graaf]]).

1. Beeld. Brand onder controle. 41 meldingen bij de {{GGD}}. [[Roeterdink]] meldt dat een oudere bewoonster niet is bereikt; [[Kuipers]] gaat erheen.

2. Terugkeer bewoners. Besluit: bewoners mogen vanaf 18:00 uur terug, behalve {{Kanaaldijk}} 10 t/m 14 (reiniging).

3. Schade. {{Vandrecht}} stelt een schaderegeling in. [[Smit-Ozinga]] bereidt een bewonersbrief voor.

Actiepunten:
| nr | actie | wie | gereed |
| 4 | bewonersbrief | [[HSO]] | 15-01 |
| 5 | huisbezoek Jachthavenweg | [[MK]] | 14-01 |
| 6 | evaluatie opdracht {{IFV}} | [[TB]] | 01-02 |
""",
"vr08": """
---
# {{RBT}} 15 januari 2026, 16:00 uur
Aanwezig: als in de ochtend, aangevuld met {{directeur Publieke Gezondheid}} [[Anouk Terpstra]] en [[mr. Bram Hoekstra]] (juridisch adviseur {{veiligheidsregio}}).

1. [[Terpstra]]: het {{RIVM}} ziet geen risico voor de volksgezondheid buiten 2 km. Het advies over moestuinen blijft staan tot de uitslag van {{Lablinq}}.

2. [[Hoekstra]]: de evacuatielijst met telefoonnummers lag open in de sporthal. Dit is een datalek; melding bij de {{Autoriteit Persoonsgegevens}} door de {{FG}} van de gemeente.

3. Afschaling naar {{GRIP 1}} om 20:00 uur. De {{Veiligheidsregio}} draagt de nafase over aan de {{gemeente Oosterlinde}}.

Verslag vastgesteld door [[F. Ophof]] ([[FO]]).
""",
"vr09": """
---
# Vervolg transcript
Vraag ([[Jan-Willem Koster]], {{NOS}}): "Voldeed het bedrijf aan de vergunning?"

Burgemeester {{Verhoeff|PUBLIC_PERSON}}: "Dat onderzoekt de {{Omgevingsdienst IJssel-Vecht}}. Ik loop daar niet op vooruit."

Vraag ([[Maarten Spaan]], {{RTV Oost}}): "Heeft u de directeur, de heer [[Kampstra]], al gesproken?"

Burgemeester {{Verhoeff|PUBLIC_PERSON}}: "Ja, vannacht. Het bedrijf werkt mee."

Vraag (bewoner [[Henk Wessels]]): "Mijn vrouw ligt in het ziekenhuis. Wie betaalt dat?"

Wethouder {{Van Lienden|PUBLIC_PERSON}}: "Wij nemen persoonlijk contact met u op."

Woordvoerder {{Oldenhof|PUBLIC_PERSON}} sluit de persconferentie om 09:40 uur. Volgende update via {{@VRLingemond|WEB}} en {{crisis.nl|WEB}}.
""",
"vr20": """
---
# Bezetting {{kazerne Oosterlinde-Zuid}} – aflossing 14 januari 06:00 uur
| functie | naam | pers.nr. | mobiel |
| bevelvoerder {{TS 21-4331|CALLSIGN}} | [[Marco van der Zwaag]] | [[BRW-40290|PERSNR]] | [[06-41 22 90 18|PHONE]] |
| chauffeur | [[Lisanne Oude Wesselink]] | [[BRW-40455|PERSNR]] | [[06-12 34 88 71|PHONE]] |
| manschap a | [[Özcan Demirtaş]] | [[BRW-40701|PERSNR]] | [[0031 6 1840 5522|PHONE]] |
| manschap b | [[Freek Bruggink]] | [[BRW-40233|PERSNR]] | [[06-29 61 07 43|PHONE]] |
| {{OvD}} piket | [[Ingrid Vos-de Leeuw]] | [[BRW-30088|PERSNR]] | [[06-47 18 36 20|PHONE]] |

Let op: {{TS 21-4231|CALLSIGN}} buiten dienst tot 15 januari (ademlucht vullen, {{Dräger}} service).
""",
"vr26": """
---
# Bijlage 1 – chronologie toezicht
| datum | activiteit | inspecteur |
| 12-03-2024 | reguliere {{Brzo}}-inspectie, geen overtredingen | [[L. Groothuis]] |
| 02-12-2025 | melding storing sprinkler door bedrijf | [[Arno Veldkamp]] |
| 21-01-2026 | inspectie na brand | [[L. Groothuis]], [[Arno Veldkamp]] |

Contact bij het bedrijf voor de {{omgevingsvergunning}}: [[Marieke Kampstra-Lenferink]], [[m.lenferink@vandrecht-storage.nl|EMAIL]].
Het rapport is besproken met de {{Veiligheidsregio Lingemond}} ([[D.J. van 't Hek]], {{AGS}}) en met de {{provincie Overijssel}}.
""",
"vr32": """
---
# Bijlage: toelichting per documentsoort
- Incidentlogboek: roepnamen zoals {{OvD 21-1|CALLSIGN}} en {{TS 21-4231|CALLSIGN}} zijn functionele aanduidingen en worden openbaar gemaakt; de namen van brandweermensen niet.
- {{GHOR}}-registratie: alleen de aantallen zijn openbaar.
- Evacuatielijst: adressen en telefoonnummers van bewoners worden geweigerd; de opvanglocatie {{Sporthal De Stelle}} is openbaar.
- Meetresultaten {{Lablinq Milieu}}: openbaar, behalve de adressen van particuliere tuinen.
- Documenten van {{Vandrecht Chemical Storage B.V.}}: namen van medewerkers geweigerd, de functie blijft leesbaar.

Behandelaar van uw verzoek was [[Rukiye Çelik]]; uw contactpersoon bij vragen is het team via {{woo@oosterlinde.nl|EMAIL_PUBLIC}}.
""",
"vr24": """
---
# Presentielijst opvang (vervolg)

Nr  Naam                      Adres                  Tijd
6   [[Grietje Zuidema]]           [[Jachthavenweg 7|ADDRESS]]        04:30
7   [[Tineke Smeenk]]             [[Kanaaldijk 10|ADDRESS]]          04:31
8   [[Rik Zwiers]]                [[Kanaaldijk 28|ADDRESS]]          05:02

Vrijwilligers Rode Kruis: [[Joke Hendriksen]], [[Sem Lammers]]
""",
}
