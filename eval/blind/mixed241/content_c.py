"""Set ZV, documents zv23-zv33: council, press, annual report, scans, roster, the Woo decision and inventory."""
from lib import Doc

DOCS = []

DOCS.append(Doc("zv23", title="Schriftelijke vragen en beantwoording vakantieverhuur", producer="Aspose.Words for .NET 24.3.0",
                creator="iBabs", font="DejaVuSerif", body="""
# Schriftelijke vragen ex artikel 41 {{Reglement van orde|LAW}}
Vragensteller: {{raadslid Ouwehand|PUBLIC_OFFICIAL}} ({{GroenLinks-PvdA|ORG}})
Datum ingekomen: 18 september 2025 | Registratienummer: {{RV-2025-061|CASE}}
Onderwerp: illegale vakantieverhuur en overlast in de {{Kostverlorenstraat|STREET}}
Inleiding: bewoners van de {{Kostverlorenstraat|STREET}} en de {{Dr. Gerkestraat|STREET}} klagen al twee zomers over wisselende gasten. Volgens de {{Haarlems Dagblad|ORG}} van 12 september 2025 zijn in {{Zandvoort|PLACE}} ruim 400 woningen via {{Airbnb|ORG}} te huur. {{Raadslid Ouwehand|PUBLIC_OFFICIAL}} stelt het college de volgende vragen:
1. Hoeveel meldingen over vakantieverhuur zijn in 2025 ontvangen, en hoeveel boetes zijn opgelegd?
2. Gebruikt het college de gegevens die platforms sinds 2025 moeten verstrekken op grond van de {{Wet toeristische verhuur van woonruimte|LAW}}?
3. Is het college bereid het maximum van 30 nachten te verlagen, zoals {{Amsterdam|PLACE}} en {{Bloemendaal|PLACE}} hebben gedaan?
4. Hoe worden omwonenden die melden op de hoogte gehouden?
# Antwoord van het college (verzonden 14 oktober 2025)
1. Tot en met 30 september 2025 zijn 52 meldingen ontvangen. Er zijn drie boetes opgelegd en twee voornemens verstuurd. Wij noemen geen adressen of namen, omdat het om persoonsgegevens van eigenaren gaat.
2. Ja. Team {{Informatievoorziening|ORG}} koppelt de maandelijkse gegevens van {{Airbnb|ORG}}, {{Booking.com|ORG}} en {{Vrbo|ORG}} aan het register. Dit leverde in het derde kwartaal 37 signalen op.
3. Nee, nog niet. {{Wethouder Scholtens-Brink|PUBLIC_OFFICIAL}} laat eerst een evaluatie uitvoeren; die verschijnt in het voorjaar van 2026. Daarbij wordt ook gekeken naar het {{Bestemmingsplan Centrum|PROGRAM}} en de {{Woonvisie Zandvoort 2030|PROGRAM}}.
4. Melders krijgen een ontvangstbevestiging en worden na afloop gebeld. Over de uitkomst van een zaak tegen een ander kunnen wij geen mededelingen doen ({{AVG|LAW}}). Vragen kunnen worden gesteld via {{handhaving@zandvoort.nl|MAILBOX}} of {{14 023|PHONE_GENERAL}}.
Het college van burgemeester en wethouders van {{Zandvoort|PLACE}},
de secretaris, {{H. Kroon|PUBLIC_OFFICIAL}} | de burgemeester, {{D.M. Oosterbroek|PUBLIC_OFFICIAL}}
Ambtelijke voorbereiding: [[N. Hakkert|PERSON]] ([[nh/bz|PARAPH]])
"""))

DOCS.append(Doc("zv24", title="Persbericht: gemeente beboet illegale vakantieverhuur", producer="Adobe InDesign 19.2 (Macintosh)",
                creator="Adobe InDesign 19.2", author="[[Lotte Vermeij|PERSON]]", xmp_creator="[[Lotte Vermeij|PERSON]]", body="""
# Persbericht - {{Gemeente Zandvoort|ORG}}
{{Zandvoort|PLACE}}, 15 oktober 2025
## Eerste boetes voor illegale vakantieverhuur na koppeling platformgegevens
De {{gemeente Zandvoort|ORG}} heeft dit jaar drie bestuurlijke boetes opgelegd aan eigenaren die hun woning vaker dan 30 nachten aan toeristen verhuurden. Het zijn de eerste boetes sinds de gemeente de gegevens van {{Airbnb|ORG}}, {{Booking.com|ORG}} en {{Vrbo|ORG}} maandelijks koppelt aan het eigen register.
"Vakantieverhuur kan, maar niet ten koste van de buren en niet ten koste van de woningvoorraad", zegt {{wethouder Scholtens-Brink|PUBLIC_OFFICIAL}} (wonen). "Met de nieuwe {{Wet toeristische verhuur van woonruimte|LAW}} zien we precies hoeveel nachten een woning verhuurd is. Dat maakt controle eerlijker."
{{Burgemeester Oosterbroek|PUBLIC_OFFICIAL}} is verantwoordelijk voor de handhaving: "Wie de regels overtreedt, krijgt een boete. De hoogte hangt af van de ernst en van de omstandigheden van de eigenaar."
## Cijfers
In 2025 ontving de gemeente tot 1 oktober 52 meldingen. Van de 412 advertenties in {{Zandvoort|PLACE}} leverden er 37 een signaal op. De boetes variëren van € 6.900 tot € 20.750. Tegen één boete is bezwaar gemaakt.
## Registreren
Eigenaren die hun woning aan toeristen willen verhuren, moeten een registratienummer aanvragen via {{zandvoort.nl/vakantieverhuur|URL}} en ieder verblijf melden. Omwonenden kunnen overlast melden via {{handhaving@zandvoort.nl|MAILBOX}} of {{14 023|PHONE_GENERAL}}.
Noot voor de redactie: voor vragen kunt u contact opnemen met {{woordvoerder Mirjam Dekkers|PUBLIC_OFFICIAL}}, {{pers@zandvoort.nl|MAILBOX}}, {{023 574 0100|PHONE_GENERAL}}. Namen van eigenaren en adressen worden niet verstrekt.
"""))

DOCS.append(Doc("zv25", title="Handhavingsverslag vakantieverhuur 2025", producer="Microsoft Word for Microsoft 365",
                creator="Microsoft Word", font="DejaVuSans",
                outline=[("1 Inleiding", 0, []), ("2 Resultaten (input [[Sanne Bleeker|PERSON]])", 0, []),
                         ("3 Bezwaar en beroep - [[mr. A. ter Weele|PERSON]]", 1, []),
                         ("Bijlage: contactlijst [[Gijs Verbruggen|PERSON]]", 1, [])], body="""
# Handhavingsverslag vakantieverhuur 2025
{{Gemeente Zandvoort|ORG}} - team {{Handhaving & Toezicht|ORG}} - vastgesteld door het college op 10 februari 2026
## 1 Inleiding
Dit verslag beschrijft de uitvoering van het {{Handhavingsuitvoeringsprogramma 2025|PROGRAM}} voor vakantieverhuur. Het maakt deel uit van de jaarlijkse verantwoording aan de raad op grond van artikel 7.3 van het {{Besluit omgevingsrecht|LAW}} en de {{Huisvestingswet 2014|LAW}}.
## 2 Resultaten
| Onderdeel | 2024 | 2025 |
| Meldingen vakantieverhuur | 42 | 61 |
| Controles ter plaatse | 58 | 117 |
| Waarschuwingen | 14 | 22 |
| Voornemens boete | 3 | 8 |
| Opgelegde boetes | 1 | 5 |
| Advertenties offline via {{Notice and Action|TERM}} | 0 | 11 |
| Registraties (stand 31-12) | 388 | 431 |
De stijging komt vooral door de gegevens die {{Airbnb|ORG}}, {{Booking.com|ORG}} en {{Vrbo|ORG}} sinds 1 januari 2025 aanleveren. Het {{weekendtoezicht|TERM}} in juli en augustus is uitgevoerd met twee eigen toezichthouders en één ingehuurde toezichthouder (raamovereenkomst {{RO-2024-HT-03|CASE}}).
---
## 3 Bezwaar en beroep
Tegen één boete is bezwaar gemaakt ({{BZ-2025-0214|CASE}}). De {{Commissie bezwaarschriften Zandvoort|ORG}} heeft op 15 januari 2026 een hoorzitting gehouden. Een beroep bij de {{Rechtbank Noord-Holland|ORG}} is niet ingesteld.
## 4 Vooruitblik 2026
Het college heeft ingestemd met het {{Handhavingsuitvoeringsprogramma 2026|PROGRAM}}: twee extra toezichthouders in de zomer, betaald uit de {{toeristenbelasting|TERM}}, en een proef met geautomatiseerde signalering. De evaluatie van de 30-nachtengrens is toegezegd door {{burgemeester Oosterbroek|PUBLIC_OFFICIAL}} en {{wethouder Scholtens-Brink|PUBLIC_OFFICIAL}}.
Vragen over dit verslag: {{handhaving@zandvoort.nl|MAILBOX}}.
"""))

DOCS.append(Doc("zv26", title="CONCEPT besluit op bezwaar BZ-2025-0214", producer="Adobe Acrobat Pro (64-bit) 24.1.20643",
                creator="Acrobat PDFMaker 24 voor Word",
                notes=[(0, "[[Annelies ter Weele-Bos|PERSON]]", "Alinea 2: telling nachten nog checken bij [[Bram|PERSON]] (tel [[023 574 0187|PHONE]])"),
                       (0, "[[D. Hoogervorst|PERSON]]", "Commissie wil matiging naar 50%, zie mail van mr. [[Stam-Oudshoorn|PERSON]]"),
                       (1, "[[jvanthof|USERNAME]]", "Akkoord, maar [[Maarten Brouwer|PERSON]] niet bij naam noemen")],
                probes={"Maarten Brouwer": ["Maarten Brouwer", "Maarten"]}, body="""
# CONCEPT - Besluit op bezwaar
{{Gemeente Zandvoort|ORG}} | zaak {{BZ-2025-0214|CASE}} | versie 0.3 | 20 februari 2026
Aan: de heer [[H.J. Brouwer|PERSON]], p/a {{Duinrand Advocaten|ORG}}, {{Kenaupark|STREET}} 22, Haarlem
Geachte heer [[Brouwer|PERSON]],
U heeft bezwaar gemaakt tegen ons besluit van 6 oktober 2025, waarbij wij u een bestuurlijke boete van € 15.560 hebben opgelegd voor het vaker dan 30 nachten verhuren van uw woning aan toeristen. Wij hebben het advies van de {{Commissie bezwaarschriften Zandvoort|ORG}} van 12 februari 2026 ontvangen en nemen dat over.
## Beslissing
Wij verklaren het bezwaar gedeeltelijk gegrond. De overtreding staat vast: ook zonder de nachten die via {{Booking.com|ORG}} zijn verhuurd, is de grens van 30 nachten uit de {{Huisvestingsverordening Zandvoort 2024|LAW}} overschreden. Gelet op uw verminderde draagkracht, blijkend uit de beschikking van het {{UWV|ORG}}, matigen wij de boete tot € 10.375 (50% van het bedrag uit de {{Beleidsregel bestuurlijke boete vakantieverhuur 2024|LAW}}).
---
## Kosten
Wij vergoeden de kosten van rechtsbijstand in bezwaar op grond van artikel 7:15 {{Awb|LAW}} en het {{Besluit proceskosten bestuursrecht|LAW}}: 2 punten x € 647 = € 1.294, te betalen aan uw gemachtigde.
## Beroep
Tegen dit besluit kunt u binnen zes weken beroep instellen bij de {{Rechtbank Noord-Holland|ORG}}, sector bestuursrecht.
Hoogachtend,
de burgemeester van {{Zandvoort|PLACE}},
{{D.M. Oosterbroek|PUBLIC_OFFICIAL}}
"""))

DOCS.append(Doc("zv27", engine="scan", title="Scan presentielijst hoorzitting", producer="Canon iR-ADV C5535 PDF",
                creator="Canon", scan=[[
                    "# Presentielijst hoorzitting BZ-2025-0214",
                    "Commissie bezwaarschriften Zandvoort - 15 januari 2026",
                    "",
                    "Naam                           Rol                  Paraaf",
                    "[[C.W. Stam-Oudshoorn|PERSON]]         voorzitter",
                    "@            [[CWS|PARAPH]]",
                    "[[K. Nieuwendijk|PERSON]]                lid",
                    "@            [[KN|PARAPH]]",
                    "[[H.J. Brouwer|PERSON]]                  bezwaarde",
                    "@            [[H.J. Brouwer|PERSON]]",
                    "[[R.J. Lindeboom|PERSON]]                gemachtigde",
                    "[[A. ter Weele-Bos|PERSON]]             namens burgemeester",
                    "[[S. Kuipers|PERSON]]                      toezichthouder",
                    "[[D. Hoogervorst|PERSON]]                secretaris",
                    "",
                    "Telefoon secretariaat: [[06-22481930|PHONE]]",
                ]], probes={"A. ter Weele-Bos": ["Weele-Bos"], "C.W. Stam-Oudshoorn": ["Stam-Oudshoorn"],
                            "K. Nieuwendijk": ["Nieuwendijk"], "H.J. Brouwer": ["Brouwer"],
                            "R.J. Lindeboom": ["Lindeboom"], "S. Kuipers": ["Kuipers"],
                            "D. Hoogervorst": ["Hoogervorst"]}))

DOCS.append(Doc("zv28", engine="scan", title="Scan memo met handgeschreven aantekening", producer="RICOH IM C3000 Scan",
                creator="Ricoh", scan=[[
                    "# MEMO",
                    "Aan: teamleider Handhaving en Toezicht",
                    "Van: [[Sanne Bleeker|PERSON]], klantcontact",
                    "Datum: 2 september 2025",
                    "",
                    "Melder Kostverlorenstraat 90 (mevrouw [[Yildirim|PERSON]])",
                    "belde opnieuw. Haar echtgenoot is opgenomen",
                    "geweest in verband met [[hartfalen|HEALTH]]. Zij vraagt",
                    "of de gemeente sneller kan optreden.",
                    "Terugbelnummer: [[06-17732954|PHONE]]",
                    "",
                    "@Akkoord, ik bel haar zelf terug. [[Jeroen|PERSON]] 3/9",
                    "@mail kopie aan [[Fatima|PERSON]] en [[Sander|PERSON]]",
                ]], probes={"Sanne Bleeker": ["Bleeker"]}))

DOCS.append(Doc("zv29", title="WhatsApp-export Toezicht Zomer 2025", producer="Skia/PDF m120", creator="Chrome",
                font="DejaVuSans", body="""
# WhatsApp-chat met Toezicht Zomer 2025
~ Deze chat is geëxporteerd op 04-11-2025. Groepsleden: 4
~ 19-07-2025 09:02 - [[Sander|PERSON]]: Morgen 10:00 verzamelen bij het raadhuis, {{Swaluëstraat|STREET}} kant
~ 19-07-2025 09:05 - [[Gijs V.|PERSON]]: ik ben er om 10:15, kom uit Haarlem
~ 19-07-2025 09:06 - [[Fatima|PERSON]]: Neem de bodycam mee, die van [[Yous|PERSON]] is kapot
~ 02-08-2025 22:47 - [[Gijs V.|PERSON]]: Melding {{Dr. Gerkestraat|STREET}} 52, muziek + 10 personen, jij nog op pad?
~ 02-08-2025 22:49 - [[Sander|PERSON]]: Nee, bel de {{BOA-dienst|TERM}} op {{088 - 1245 800|PHONE_GENERAL}} ({{Politie Kennemerland|ORG}} meldkamer weet ervan)
~ 02-08-2025 22:53 - [[Gijs V.|PERSON]]: ok. Eigenaar is die [[ROELOFS|PERSON]] toch? Staat als "[[Gerrit|PERSON]]" op {{Airbnb|ORG}}
~ 02-08-2025 22:54 - [[Fatima|PERSON]]: Ja. Hij woont er zelf, dus binnen de regels als hij registreert. Maandag checken
~ 16-08-2025 08:12 - [[Fatima|PERSON]]: <Media weggelaten>
~ 16-08-2025 08:12 - [[Fatima|PERSON]]: briefje van de Duitse gasten op {{Haltestraat|STREET}}, beheerder heet [[Ruud Zwanenburg|PERSON]] van {{Zandvoort Stays|ORG}}, [[06-33918402|PHONE]]
~ 16-08-2025 08:20 - [[Sander|PERSON]]: 😂 die kennen we van 2023. Zet maar in het dossier
~ 30-08-2025 17:40 - [[Gijs V.|PERSON]]: Laatste weekend voor mij, factuur stuur ik naar [[Jeroen|PERSON]]. Bedankt allemaal!
~ 30-08-2025 17:41 - [[Fatima|PERSON]]: Dank je [[Gijsje|PERSON]] 👋
"""))

DOCS.append(Doc("zv30", title="Rooster weekendtoezicht vakantieverhuur zomer 2025", producer="Microsoft Excel 2016",
                creator="Microsoft Excel", landscape=True, author="[[Sanne Bleeker|PERSON]]", body="""
# Rooster {{weekendtoezicht|TERM}} vakantieverhuur - juli en augustus 2025
Team {{Handhaving & Toezicht|ORG}} - versie 4 - alleen voor intern gebruik
| Weekend | Toezichthouder 1 | Mobiel | Personeelsnr. | Toezichthouder 2 | Mobiel | Personeelsnr. | Achterwacht |
| 5-6 juli | [[S. Kuipers|PERSON]] | [[06-41259904|PHONE]] | [[P-20417|ID]] | [[F. El Khatib|PERSON]] | [[06 2294 1187|PHONE]] | [[P-21833|ID]] | [[JvtH|PARAPH]] |
| 12-13 juli | [[Y. Amrani|PERSON]] | [[0031 6 1850 2274|PHONE]] | [[P-19760|ID]] | [[G. Verbruggen|PERSON]] (inhuur) | [[06-18264590|PHONE]] | extern | [[JvtH|PARAPH]] |
| 19-20 juli | [[S. Kuipers|PERSON]] | [[06-41259904|PHONE]] | [[P-20417|ID]] | [[F. El Khatib|PERSON]] | [[06 2294 1187|PHONE]] | [[P-21833|ID]] | [[SBl|PARAPH]] |
| 26-27 juli | [[G. Verbruggen|PERSON]] (inhuur) | [[06-18264590|PHONE]] | extern | [[Y. Amrani|PERSON]] | [[0031 6 1850 2274|PHONE]] | [[P-19760|ID]] | [[JvtH|PARAPH]] |
| 2-3 aug | [[S. Kuipers|PERSON]] | [[06-41259904|PHONE]] | [[P-20417|ID]] | [[G. Verbruggen|PERSON]] (inhuur) | [[06-18264590|PHONE]] | extern | [[SBl|PARAPH]] |
| 9-10 aug | [[F. El Khatib|PERSON]] | [[06 2294 1187|PHONE]] | [[P-21833|ID]] | [[Y. Amrani|PERSON]] | [[0031 6 1850 2274|PHONE]] | [[P-19760|ID]] | [[JvtH|PARAPH]] |
| 16-17 aug | [[Y. Amrani|PERSON]] | [[0031 6 1850 2274|PHONE]] | [[P-19760|ID]] | [[S. Kuipers|PERSON]] | [[06-41259904|PHONE]] | [[P-20417|ID]] | [[SBl|PARAPH]] |
Achterwacht: [[JvtH|PARAPH]] = teamleider, bereikbaar via {{14 023|PHONE_GENERAL}} (buiten kantoortijd doorschakeling); [[SBl|PARAPH]] = coördinator klantcontact. Bij escalatie: {{Politie Kennemerland|ORG}}, {{0900-8844|PHONE_GENERAL}}.
Verlof doorgeven aan [[s.bleeker@zandvoort.nl|EMAIL]] uiterlijk twee weken vooraf. Dienstauto {{ZV-412-K|ID_PUBLIC}} staat bij de {{gemeentewerf|TERM}}, {{Kamerlingh Onnesstraat|STREET}}.
"""))

DOCS.append(Doc("zv31", title="Besluit op Woo-verzoek WOO-2026-0058", producer="Microsoft Word for Microsoft 365",
                creator="Microsoft Word", font="Helvetica", body="""
{{Gemeente Zandvoort|ORG}} | Postbus 2 | 2040 AA {{Zandvoort|PLACE}} | {{14 023|PHONE_GENERAL}} | {{woo@zandvoort.nl|MAILBOX}}
Mevrouw [[M. Verhagen-Bakx|PERSON]]
[[Duinweg 7a|ADDRESS]]
[[2041 HV|POSTCODE]] {{Zandvoort|PLACE}}
Datum: 21 april 2026
Ons kenmerk: {{WOO-2026-0058|CASE}}
Onderwerp: besluit op uw Woo-verzoek over handhaving vakantieverhuur
Geachte mevrouw [[Verhagen-Bakx|PERSON]],
Op 2 maart 2026 heeft u gevraagd om openbaarmaking van documenten over de handhaving tegen illegale vakantieverhuur in de {{Kostverlorenstraat|STREET}}, de {{Dr. Gerkestraat|STREET}} en het {{Burgemeester Van Alphenplein|STREET}}. Op 30 maart 2026 hebben wij de beslistermijn met twee weken verdaagd en derden om hun zienswijze gevraagd. In deze brief leest u ons besluit.
## 1. Besluit
Wij maken de documenten op de inventarislijst (bijlage 1) gedeeltelijk openbaar. 31 documenten worden deels openbaar gemaakt, 2 documenten volledig.
## 2. Zienswijzen van derden
Twee eigenaren hebben een zienswijze gegeven. Zij vroegen om hun namen, adressen en registratienummers niet openbaar te maken. Wij volgen dat: die gegevens lakken wij.
## 3. Overwegingen
## Persoonsgegevens (artikel 5.1, tweede lid, aanhef en onder e, {{Woo|LAW}})
In de documenten staan namen, adressen, telefoonnummers en e-mailadressen van melders, eigenaren, gasten, gemachtigden en medewerkers van de gemeente en van platforms. Ook het registratienummer van een woning en de host-namen op platforms herleiden naar een eigenaar. Het belang van de eerbiediging van de persoonlijke levenssfeer weegt zwaarder dan het belang van openbaarheid. Namen van {{burgemeester Oosterbroek|PUBLIC_OFFICIAL}}, {{wethouder Scholtens-Brink|PUBLIC_OFFICIAL}}, {{raadslid Ouwehand|PUBLIC_OFFICIAL}} en van de woordvoerder maken wij wel openbaar, omdat zij in hun publieke functie optreden.
---
## Bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, {{Woo|LAW}})
In enkele documenten staan gegevens over de gezondheid van een eigenaar en van een melder. Deze gegevens maken wij niet openbaar.
## Identificatienummers (artikel 5.1, eerste lid, onder e, {{Woo|LAW}})
Burgerservicenummers zijn gelakt.
## Opsporing en handhaving (artikel 5.1, tweede lid, onder d, {{Woo|LAW}})
Voor de werkwijze van de datakoppeling (document 10) maken wij de gebruikte drempelwaarden wel openbaar; het gaat om afgeronde zaken.
## 4. Wijze van openbaarmaking
De documenten worden gepubliceerd op {{open.overheid.nl|URL}} en op {{zandvoort.nl/woo|URL}}. Gelakte passages zijn voorzien van de toegepaste weigeringsgrond.
## 5. Bezwaar
Als u het niet eens bent met dit besluit, kunt u binnen zes weken bezwaar maken bij het college van burgemeester en wethouders van {{Zandvoort|PLACE}}.
Hoogachtend,
het college van burgemeester en wethouders van {{Zandvoort|PLACE}},
namens dezen,
[[N. Hakkert|PERSON]]
Woo-coördinator
Bijlagen: 1. inventarislijst; 2. documenten
"""))

_INV = [
    ("1", "zv01", "02-03-2026", "Woo-verzoek", "deels openbaar", "5.1.2e"),
    ("2", "zv02", "05-03-2026", "Ontvangstbevestiging", "deels openbaar", "5.1.2e"),
    ("3", "zv03", "14-07-2025", "Melding MLD-2025-1187", "deels openbaar", "5.1.2e"),
    ("4", "zv04", "12-08-2025", "E-mail melder en reactie", "deels openbaar", "5.1.2e"),
    ("5", "zv05", "03-09-2025", "Brief omwonende (scan)", "deels openbaar", "5.1.1d, 5.1.2e"),
    ("6", "zv06", "01-09-2025", "Uittreksel register", "deels openbaar", "5.1.2e"),
    ("7", "zv07", "21-07-2025", "Rapport van bevindingen HHV-2025-0113", "deels openbaar", "5.1.2e"),
    ("8", "zv08", "18-08-2025", "Rapport van bevindingen HHV-2025-0124", "deels openbaar", "5.1.1e, 5.1.2e"),
    ("9", "zv09", "06-10-2025", "Extract platformgegevens Q3", "deels openbaar", "5.1.2e"),
    ("10", "zv10", "08-10-2025", "Notitie datakoppeling", "deels openbaar", "5.1.2e"),
    ("11", "zv11", "28-08-2025", "E-mailwisseling juridische toets", "deels openbaar", "5.1.2e"),
    ("12", "zv12", "22-09-2025", "E-mail gegevensverzoek Booking.com", "deels openbaar", "5.1.2e"),
    ("13", "zv13", "03-11-2025", "Teams-chat weekendtoezicht", "deels openbaar", "5.1.1d, 5.1.2e"),
    ("14", "zv14", "02-09-2025", "Voornemen boete", "deels openbaar", "5.1.2e"),
    ("15", "zv15", "14-09-2025", "Zienswijze eigenaar", "deels openbaar", "5.1.1d, 5.1.1e, 5.1.2e"),
    ("16", "zv16", "06-10-2025", "Boetebesluit", "deels openbaar", "5.1.2e"),
    ("17", "zv17", "12-11-2025", "Bezwaarschrift", "deels openbaar", "5.1.1d, 5.1.2e"),
    ("18", "zv18", "02-12-2025", "Intern advies JZ", "deels openbaar", "5.1.2e"),
    ("19", "zv19", "20-01-2026", "Beslisnota BN-2026-0007", "deels openbaar", "5.1.2e"),
    ("20", "zv20", "25-08-2025", "Meldingsformulier", "deels openbaar", "5.1.2e"),
    ("21", "zv21", "01-09-2025", "Factuur inhuur toezichthouder", "deels openbaar", "5.1.2e"),
    ("22", "zv22", "15-01-2026", "Verslag hoorzitting", "deels openbaar", "5.1.2e"),
    ("23", "zv23", "14-10-2025", "Raadsvragen en antwoord", "deels openbaar", "5.1.2e"),
    ("24", "zv24", "15-10-2025", "Persbericht", "openbaar", "-"),
    ("25", "zv25", "10-02-2026", "Handhavingsverslag 2025", "openbaar", "-"),
    ("26", "zv26", "20-02-2026", "Concept besluit op bezwaar", "deels openbaar", "5.1.2e"),
    ("27", "zv27", "15-01-2026", "Presentielijst hoorzitting (scan)", "deels openbaar", "5.1.2e"),
    ("28", "zv28", "02-09-2025", "Memo klantcontact (scan)", "deels openbaar", "5.1.1d, 5.1.2e"),
    ("29", "zv29", "04-11-2025", "WhatsApp-export", "deels openbaar", "5.1.2e"),
    ("30", "zv30", "30-06-2025", "Rooster weekendtoezicht", "deels openbaar", "5.1.2e"),
    ("31", "zv31", "21-04-2026", "Besluit op Woo-verzoek", "deels openbaar", "5.1.2e"),
    ("33", "zv33", "24-09-2025", "Brief Airbnb", "deels openbaar", "5.1.2e"),
]
_rows = "\n".join(f"| {a} | {{{{WOO-2026-0058-{int(a):03d}|CASE}}}} | {b}.pdf | {c} | {d} | {e} | {f} |" for a, b, c, d, e, f in _INV)

DOCS.append(Doc("zv32", title="Inventarislijst WOO-2026-0058", producer="Microsoft Excel 2016", creator="Microsoft Excel",
                landscape=True, body=f"""
# Bijlage 1 - Inventarislijst Woo-besluit {{{{WOO-2026-0058|CASE}}}}
| Nr | Document-ID | Bestandsnaam | Datum | Omschrijving | Beoordeling | Grond |
{_rows}
Toelichting gronden: 5.1.1d bijzondere persoonsgegevens (gezondheid); 5.1.1e identificatienummers; 5.1.2e eerbiediging van de persoonlijke levenssfeer. Document 32 is deze inventarislijst. Alle documenten vallen onder zaak {{{{WOO-2026-0058|CASE}}}} en zijn behandeld door de Woo-coördinator ([[NHa|PARAPH]]), getoetst door {{{{Juridische Zaken|ORG}}}} ([[AtWB|PARAPH]]).
"""))

DOCS.append(Doc("zv33", title="Letter Airbnb - data request Zandvoort", producer="iText 7.1.16 (AGPL)", creator="Airbnb Legal Ops",
                xmp_creator="[[sbhriain|USERNAME]]", font="DejaVuSans", body="""
# {{Airbnb Ireland UC|ORG}}
{{8 Hanover Quay|ADDRESS_PUBLIC}}, Dublin 2, D02 DP23, Ireland
{{Gemeente Zandvoort|ORG}}
Team {{Handhaving & Toezicht|ORG}}
Attn. [[Ms F. El Khatib|PERSON]]
{{Swaluëstraat 2|ADDRESS_PUBLIC}}, 2041 CA {{Zandvoort|PLACE}}, The Netherlands
Dublin, 24 September 2025
Our reference: {{AIR-GOV-NL-25-03391|CASE}} | Your reference: {{HHV-2025-0131|CASE}}
Re: request for information under the {{Wet toeristische verhuur van woonruimte|LAW}} - listing {{51002381|ID_PUBLIC}}
Dear [[Ms El Khatib|PERSON]],
We refer to your request of 9 September 2025 concerning a listing located at [[Kostverlorenstraat 102|ADDRESS]] in {{Zandvoort|PLACE}}. In accordance with {{Regulation (EU) 2024/1028|LAW}} and our obligations under Dutch law we provide the following:
| Item | Information |
| Host | [[Theodora de Wit-Lammers|PERSON]] (display name "[[Thea|PERSON]]") |
| Host contact | [[thea.dewit.lammers@gmail.com|EMAIL]], [[+31 (0)6 5508 3321|PHONE]] |
| Registration number provided | none |
| Nights booked 1 January - 23 September 2025 | 41 |
| Status | listing deactivated on 23 September 2025 (Notice and Action) |
The host has been informed of the deactivation. Please note that the information is provided solely for the purpose of enforcement and may not be shared with third parties, save as required by law.
Yours sincerely,
[[Siobhán Ní Bhriain|PERSON]]
Government Relations & Policy, {{Airbnb|ORG}}
{{government-requests@airbnb.com|MAILBOX}}
""", probes={"Siobhán Ní Bhriain": ["Siobhán Ní Bhriain", "Bhriain"]}))
