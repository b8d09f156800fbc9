from lib import Doc
DOCS = []
D = DOCS.append

wa = [
 ("12-10-2026 18:02", "[[P:Dennis W]]", "Hebben jullie het gezien, morgen komt er een bouwhek bij de fabriek"),
 ("12-10-2026 18:03", "[[P:Trijn]]", "Ja schandalig. Niemand heeft ons wat gevraagd"),
 ("12-10-2026 18:05", "[[T:+31 6 41290077]]", "Wie is dit nummer? Ik ben [[P:Hennie]] van nr 17"),
 ("12-10-2026 18:06", "[[P:Dennis W]]", "Welkom [[P:Hennie]]. We moeten dat hek eruit trekken"),
 ("12-10-2026 18:07", "[[P:Wubbo]]", "Rustig aan [[P:Den]], zo krijgen we de buurt niet mee"),
 ("12-10-2026 18:09", "[[P:Geesje]]", "Ik ga niet mee doen met rare acties. Petitie is beter"),
 ("12-10-2026 18:12", "[[P:Yvonne Z12]]", "Eens met [[P:Geesje]]. Raadsvergadering is 12 november, kunnen we inspreken via griffie"),
 ("12-10-2026 18:15", "[[P:Trijn]]", "Ik heb de burgemeester al geschreven. Hij reageert niet eens"),
 ("12-10-2026 18:20", "[[P:Berend-Jan]]", "Weet iemand of dat COA ook mensen uit Syrië krijgt? Mijn schoonzoon [[P:Ahmet]] zegt dat ze best aardig zijn hoor"),
 ("12-10-2026 18:22", "[[P:Dennis W]]", "[[P:Bj]] jij bent ook altijd zo naïef"),
 ("12-10-2026 18:30", "[[P:Aaltje K]]", "Jongens. Ik heb contact met [[P:Ilse]] van de gemeente, die komt met info over de klankbordgroep"),
 ("12-10-2026 18:31", "[[P:Aaltje K]]", "Haar nummer: [[T:06 29 11 40 73]] (mag je bellen zegt ze)"),
 ("12-10-2026 19:02", "[[P:Dennis W]]", "Ik zet morgen om 7 uur een paar trekkers neer bij de ingang. Wie doet mee?"),
 ("12-10-2026 19:03", "[[P:Klaas D]]", "Ik niet. Ik werk"),
 ("12-10-2026 19:10", "[[P:Wietske]]", "Ik vind dit te ver gaan. Ik verlaat de groep"),
 ("12-10-2026 19:10", "", "[[P:Wietske]] heeft de groep verlaten"),
 ("12-10-2026 20:45", "[[P:Trijn]]", "Politie is bij [[P:Dennis]] aan de deur geweest!!"),
 ("12-10-2026 20:47", "[[P:Wubbo]]", "Zie je wel. Laten we het netjes houden. Ik zet de petitie ook op Facebook"),
 ("12-10-2026 20:55", "[[P:Egbert]]", "{{O:Dorpsbelangen Oosterwierum}} wil ook iets organiseren, mail {{M:info@dorpsbelangenoosterwierum.nl}}"),
 ("13-10-2026 07:12", "[[P:Dennis W]]", "Geen trekkers. Maar we blijven kijken"),
 ("13-10-2026 08:30", "[[P:Pieter Z44]]", "Goeiemorgen buren. Ik hoor van {{O:COA}} dat er 1 april wordt gestart"),
 ("13-10-2026 08:32", "[[P:Trijn]]", "Dat hoor jij van wie?"),
 ("13-10-2026 08:40", "[[P:Pieter Z44]]", "Van die [[P:Okke]], die locatiemanager. Stond in {{O:Dagblad Noordoost}}"),
 ("13-10-2026 09:15", "[[P:Roelie]]", "Wie gaat er naar de klankbordgroep? [[P:Harm Jan]] wil wel"),
 ("13-10-2026 09:16", "[[P:Harm Jan V]]", "Klopt. Aanmelden via {{M:azc@oosterwierum.nl}}"),
]
lines = ["# WhatsApp-chat met Buurtapp Molenwijk & Zuiderham",
         "Export: WhatsApp Chat met Buurtapp Molenwijk & Zuiderham.txt | beheerders: [[P:Dennis W]], [[P:Trijn]]",
         "Berichten en oproepen zijn end-to-end versleuteld. Alleen mensen in deze chat kunnen ze lezen."]
for t, who, msg in wa:
    lines.append(f"{t} - {who}: {msg}" if who else f"{t} - {msg}")
D(Doc("az13_whatsapp_buurtapp", lines, producer="Skia/PDF m118", creator="Chromium", font="DejaVuSans", size=12.5))

D(Doc("az14_vragen_journalist", [
 "Van: [[P:Marijn Tjoelker]] <[[E:m.tjoelker@dagbladnoordoost.nl]]>",
 "Verzonden: woensdag 14 oktober 2026 11:20",
 "Aan: {{M:pers@oosterwierum.nl}}",
 "CC: [[P:Bart Lammerts]] <[[E:b.lammerts@dagbladnoordoost.nl]]>",
 "Onderwerp: vragen azc - deadline vandaag 16.00 uur",
 "Goedemorgen,",
 "Voor een artikel in {{O:Dagblad Noordoost}} van morgen heb ik de volgende vragen:",
 "1. Klopt het dat de politie een stopgesprek heeft gevoerd met een beheerder van een buurtapp?",
 "2. Heeft {{N:burgemeester Hofstee}} de bewoners van de {{L:Molenwijk}} vooraf geïnformeerd?",
 "3. Hoeveel kost de opvanglocatie de gemeente en wat betaalt het {{O:COA}}?",
 "4. Kan ik {{N:wethouder Tamminga}} vandaag spreken?",
 "Mijn collega [[P:Bart]] maakt foto's bij het terrein. Bel me gerust: [[T:06-41 87 22 90]].",
 "Groet, [[P:Marijn]]",
], producer="Microsoft Outlook for Microsoft 365 (Print to PDF)", creator="Microsoft Outlook"))

D(Doc("az15_antwoord_woordvoerder", [
 "Van: {{M:pers@oosterwierum.nl}}",
 "Verzonden: woensdag 14 oktober 2026 15:41",
 "Aan: [[P:Marijn Tjoelker]] <[[E:m.tjoelker@dagbladnoordoost.nl]]>",
 "CC: [[P:Kruizinga, Ilse]]; [[P:Vrieling, Dineke]] <[[E:d.vrieling@oosterwierum.nl]]>",
 "Onderwerp: RE: vragen azc - deadline vandaag 16.00 uur",
 "Beste [[P:Marijn]],",
 "1. Over individuele contacten van de politie doen wij geen mededelingen. Daarvoor verwijzen wij naar {{O:politie Noord-Nederland}}.",
 "2. De dorpsraad is in augustus geïnformeerd. {{N:Burgemeester Hofstee}} heeft op 9 oktober alle omwonenden een brief gestuurd.",
 "3. De kosten worden vergoed volgens de {{W:Regeling financiële ondersteuning opvang}}; het COA investeert € 350.000 in de openbare ruimte.",
 "4. {{N:Wethouder Tamminga}} is morgen tussen 9.00 en 10.00 uur beschikbaar. Bel hiervoor met zijn secretaresse [[P:Dineke]]: [[T:0596 63 12 05]].",
 "Met vriendelijke groet,",
 "{{N:woordvoerder Lotte Brink}}",
 "{{F:woordvoerder college van B en W}} | {{M:pers@oosterwierum.nl}} | {{S:14 0596}}",
], producer="Microsoft Outlook for Microsoft 365 (Print to PDF)", creator="Microsoft Outlook", font="DejaVuSans"))

D(Doc("az16_teams_chat", [
 "# Chat: Projectteam opvang Zuiderhamweg (Microsoft Teams)",
 "[[P:Gerbrand van 't Hof]] 12-10 19:20: Politie heeft gebeld, er wordt in een buurtapp opgeroepen tot acties bij het hek. [[P:Marloes]] (wijkagent) gaat langs bij die [[P:Wolters]].",
 "[[P:Kruizinga, Ilse]] 12-10 19:24: Ik zit zelf niet in die app maar [[P:Aaltje]] stuurt me screenshots. Zij heeft mijn 06 gedeeld :(",
 "[[P:Gerbrand van 't Hof]] 12-10 19:25: Vervelend. Zet je werk-06 op stil na 20u. Ik meld het aan {{N:burgemeester Hofstee}}.",
 "[[P:Annelies Wiersma]] 12-10 19:40: Let op: screenshots met namen van bewoners niet doorsturen buiten het team (AVG). Opslaan in {{R:Z/26/041877}}.",
 "[[P:Okke Bosma (COA)]] 12-10 20:02: Wij hebben de beveiliging ({{O:Trigion}}) gevraagd morgen vanaf 6 uur aanwezig te zijn.",
 "[[P:Gerbrand van 't Hof]] 13-10 07:30: Rustig bij de ingang. [[P:GvtH]] signing off.",
 "[[P:Annelies Wiersma]] 13-10 08:10: Dank. Ik bereid de beantwoording van de raadsvragen voor ({{N:raadslid Smeenk}} en {{N:raadslid Bolhuis}}).",
], size=12, producer="Microsoft: Print To PDF", creator="Microsoft Teams"))

D(Doc("az17_beslisnota_klankbordgroep", [
 "# Beslisnota: instelling klankbordgroep opvanglocatie Zuiderhamweg",
 "Aan: college van B en W | Van: team Ruimte en Samenleving | Datum: 20 oktober 2026 | Kenmerk: {{R:Z/26/042118}}",
 "Behandeld door: [[P:G. van 't Hof]], projectleider opvang, [[T:0596 63 12 77]], [[E:g.vanthof@oosterwierum.nl]]",
 "Portefeuillehouder: {{N:wethouder Tamminga}}",
 "# Aanleiding",
 "In de {{R:bestuursovereenkomst COA-BO-2026-114}} is afgesproken dat er een klankbordgroep komt. Er hebben zich 23 bewoners aangemeld.",
 "# Geadviseerd besluit",
 "Het college wordt gevraagd in te stemmen met een klankbordgroep van negen leden, onafhankelijk voorgezeten door [[P:Femke Oudman]] ({{O:Oudman Procesbegeleiding}}), en de vergoeding van € 95 per uur.",
 "# Kern",
 "De selectie is gemaakt op spreiding over de straten en diversiteit: onder anderen [[P:Jelle Huizinga]] (Zuiderhamweg), [[P:Hennie Schuiling]] (Molenwijk), [[P:Ruben ter Veen]] (ijsvereniging {{Z:IJsclub Nooit Gedacht}}) en [[P:Harm Jan Veldman]] (Kerkstraat). De heer [[P:Wolters]] is niet geselecteerd.",
 "# Paraafschap",
 "| Naam | Functie | Paraaf | Datum |",
 "| [[P:G. van 't Hof]] | projectleider | [[X:GvtH]] | 20-10-2026 |",
 "| [[P:A.J. Wiersma-de Groot]] | teamleider Juridische Zaken | [[X:AWdG]] | 21-10-2026 |",
 "| [[P:M. Drijfhout]] | afdelingsmanager | [[X:MD/26]] | 21-10-2026 |",
 "# Informatie die niet openbaar gemaakt kan worden",
 "Motivering: In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd.",
], producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365", font="DejaVuSans"))
