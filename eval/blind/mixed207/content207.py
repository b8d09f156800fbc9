"""Document texts of set mixed207. [[...]] = must be redacted, {{...}} = must stay readable."""
# Each doc: (stem, renderer, blocks, options)
D = []
def doc(stem, rend, blocks, **opt):
    D.append((stem, rend, blocks, opt))

SIGN_OOV = "{{Teamleider Openbare Orde en Veiligheid}}"

doc("ct01_woo_verzoek", "rl", [
    "{{Stichting Open Straat}}\nPostbus 10834, 1001 EV Amsterdam\n{{info@openstraat.nl}}",
    "Aan het college van burgemeester en wethouders van de {{gemeente Meppel}}\nPostbus 501\n7940 AM Meppel",
    "Amsterdam, 2 september 2026",
    ("h", "Betreft: verzoek op grond van de {{Wet open overheid}} - cameratoezicht en gebiedsverboden binnenstad"),
    "Geacht college,",
    "Namens {{Stichting Open Straat}} verzoek ik u op grond van artikel 4.1 van de {{Woo}} om openbaarmaking van alle documenten over het cameratoezicht in de binnenstad van Meppel ({{Kerkplein}}, {{Hoofdstraat}}, {{Woldstraat}} en {{Stationsplein}}) en over de gebiedsverboden die de burgemeester in 2026 op grond van artikel {{172a Gemeentewet}} heeft opgelegd.",
    "Het gaat in elk geval om: het aanwijzingsbesluit op grond van artikel {{151c Gemeentewet}}, de {{DPIA}}, het advies van de functionaris voor gegevensbescherming, het logboek van de cameraobservanten, de bestuurlijke rapportages van de politie en de correspondentie met de {{politie eenheid Noord-Nederland}} en het {{Openbaar Ministerie}}.",
    "Wij begrijpen dat persoonsgegevens van de betrokken jongeren niet openbaar worden. Wij zijn vooral geinteresseerd in de belangenafweging en de bewaartermijnen van de beelden.",
    "Voor vragen kunt u mij bereiken op [[020-625 34 18]] of via [[b.koopmans@openstraat.nl]]. Ik ontvang de stukken bij voorkeur digitaal.",
    "Met vriendelijke groet,",
    "[[Bram Koopmans]]\n{{beleidsmedewerker}} {{Stichting Open Straat}}",
], producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365", author="Bram Koopmans")

doc("ct02_ontvangstbevestiging", "rl", [
    "{{Gemeente Meppel}}\n{{Team Juridische Zaken}}\nHoofdstraat 1 (tijdelijk: {{Stadhuis Meppel}})\nTelefoon {{14 0522}}",
    "[[Stichting Open Straat]] t.a.v. de heer [[B. Koopmans]]\nPostbus 10834\n1001 EV Amsterdam".replace("[[Stichting Open Straat]]", "{{Stichting Open Straat}}"),
    ("table", [["Ons kenmerk", "Behandeld door", "Datum"], ["{{WOO-2026-0217}}", "[[F. Dijkhuizen]]", "4 september 2026"]]),
    ("h", "Onderwerp: ontvangstbevestiging Woo-verzoek"),
    "Geachte heer [[Koopmans]],",
    "Op 2 september 2026 hebben wij uw verzoek ontvangen om openbaarmaking van documenten over cameratoezicht en gebiedsverboden in de binnenstad. Wij hebben uw verzoek geregistreerd onder nummer {{WOO-2026-0217}}.",
    "Op grond van artikel 4.4 van de {{Wet open overheid}} beslissen wij binnen vier weken na ontvangst. Deze termijn kan met twee weken worden verdaagd. Omdat ook de {{politie eenheid Noord-Nederland}} en het {{Openbaar Ministerie}} als derde-belanghebbende worden geraadpleegd, houden wij daar rekening mee.",
    "Heeft u vragen, neem dan contact op met [[Femke Dijkhuizen]], Woo-coördinator, telefoon [[0522 459 312]] of [[f.dijkhuizen@meppel.nl]]. U kunt ook mailen naar {{woo@meppel.nl}}.",
    "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders,",
    "[[F.M. Dijkhuizen]]\n{{Woo-coördinator}}",
], producer="iText® 7.2.5 ©2000-2023 Apryse Group NV", creator="Zaaksysteem Xential")

doc("ct03_aanwijzingsbesluit", "rl", [
    ("h", "Besluit van de burgemeester van Meppel tot aanwijzing van gebieden voor cameratoezicht"),
    "{{Kenmerk Z/26/048213}}",
    "De burgemeester van Meppel,",
    "gelet op artikel {{151c Gemeentewet}}, artikel {{2:77 APV Meppel 2024}} en de {{Algemene verordening gegevensbescherming}};",
    "overwegende dat in de binnenstad in de periode 2024-2026 een toename is geregistreerd van geweldsincidenten, intimidatie en vernielingen in de uitgaansnachten, met name rond het {{Kerkplein}} en de {{Woldstraat}};",
    "overwegende dat de driehoek ({{burgemeester Kamphuis}}, de officier van justitie en de teamchef van het {{Basisteam Meppel}}) op 12 maart 2026 heeft geadviseerd het cameratoezicht voort te zetten;",
    "overwegende dat de functionaris voor gegevensbescherming op 3 april 2026 advies heeft uitgebracht en dat de {{DPIA}} is bijgesteld;",
    "besluit:",
    "Artikel 1. Als gebied voor cameratoezicht worden aangewezen: {{Kerkplein}}, {{Hoofdstraat}} tussen {{Kleine Oever}} en {{Prinsengracht}}, {{Woldstraat}}, {{Stationsplein}} en het {{Wilhelminapark}} (zie bijlage 1).",
    "Artikel 2. Het toezicht vindt plaats met vaste camera's (type {{Axis Q6135-LE}}); de beelden worden live bekeken in de meldkamer door cameraobservanten in dienst van de gemeente, op vrijdag- en zaterdagnacht van 22.00 tot 05.00 uur.",
    "Artikel 3. Opgenomen beelden worden bewaard gedurende ten hoogste 28 dagen, tenzij zij nodig zijn voor de opsporing van strafbare feiten. Het beheer gebeurt in {{Milestone XProtect}}.",
    "Artikel 4. Dit besluit geldt van 1 mei 2026 tot en met 30 april 2028.",
    "Artikel 5. Dit besluit wordt bekendgemaakt in het {{Gemeenteblad}}.",
    "Meppel, 22 april 2026",
    "De burgemeester van Meppel,\n\n{{J.E. Kamphuis}}",
    "",
    "PB",
    ("h", "Bijlage 1. Cameraposities"),
    ("table", [["Camera", "Locatie", "Zicht"], ["{{CAM-03}}", "{{Kerkplein}} / {{Schouwburg Ogterop}}", "360 graden"], ["{{CAM-07}}", "{{Woldstraat}} 20", "straat, geen woningen"], ["{{CAM-12}}", "{{Stationsplein}}", "fietsenstalling"], ["{{CAM-15}}", "{{Wilhelminapark}} ingang {{Prins Hendrikkade}}", "privacymasker op woningen"]]),
    "Behandeld door: [[W. Nijboer]], beleidsadviseur OOV, [[w.nijboer@meppel.nl]]",
], producer="Aspose.PDF for .NET 23.1", creator="Aspose.Words")

doc("ct04_mutatie_politie", "dejavu", [
    ("h", "POLITIE - Mutatierapport"),
    ("table", [["Registratienummer", "Eenheid", "Datum/tijd"], ["{{PL0100-2026198345}}", "{{Noord-Nederland}}, {{Basisteam Meppel}}", "15-06-2026 01:42"]]),
    "Locatie: {{Kerkplein}} Meppel, nabij {{Schouwburg Ogterop}}",
    "Melding via cameraobservant ([[CO-NOU]]): groep van vier jongeren, een van hen gooit een fiets tegen de ruit van horecazaak {{De Gouden Karper}}.",
    "Ter plaatse kwamen hoofdagent [[K.J. Bosma]] en brigadier [[L. Terpstra]]. Wij troffen aan: [[ÖZTÜRK, Dani]], geboren [[04-11-2009]], wonende [[Vledderstraat 31]], [[7941 KR Meppel]], en [[VERMEULEN, Jayden]], geboren [[19-02-2009]].",
    "Twee andere jongens renden weg richting {{Wilhelminapark}}. Via de camerabeelden ({{CAM-03}} en {{CAM-15}}) werden zij herkend door wijkagent [[Ruud van 't Hof]] als [[Mohamed el Amrani]] en [[Rayan Bakkali]], bij ons bekend als 'Ray'.",
    "[[Öztürk]] gedroeg zich agressief en riep: 'jullie hebben niks, die camera's doen het toch niet'. [[Vermeulen]] werkte mee. Beiden zijn naar huis gebracht; de moeder van [[Vermeulen]] was aanwezig.",
    "Verbalisanten: [[K.J. Bosma]] (hoofdagent), [[L. Terpstra]] (brigadier)",
    "Doorgezet naar: {{Halt}}, {{Veiligheidshuis Drenthe}}, gemeente (bestuurlijke rapportage volgt).",
], producer="Nitro Pro 13.70.0.30", creator="BVH Rapportage 6.4")

doc("ct05_bestuurlijke_rapportage", "rl", [
    ("h", "Bestuurlijke rapportage ten behoeve van een gebiedsverbod (artikel 172a Gemeentewet)"),
    "Aan: de burgemeester van Meppel, t.a.v. team OOV\nVan: {{politie eenheid Noord-Nederland}}, {{Basisteam Meppel}}\nDatum: 24 juni 2026\nBetreft: [[Jayden Vermeulen]] (geb. [[19-02-2009]])",
    ("h", "1. Aanleiding"),
    "Betrokkene maakt sinds januari 2026 deel uit van een groep jongeren die zich in het uitgaansgebied rond het {{Kerkplein}} en de {{Woldstraat}} ophoudt en daar herhaaldelijk overlast veroorzaakt. De groep bestaat volgens onze informatie uit [[Jayden Vermeulen]], [[Dani Öztürk]], [[Mohamed el Amrani]] en [[Rayan Bakkali]].",
    ("h", "2. Incidenten"),
    ("table", [["Datum", "Registratie", "Omschrijving", "Verbalisant"],
               ["14-01-2026", "{{PL0100-2026012219}}", "bedreiging portier, {{Woldstraat}}", "[[R. van 't Hof]]"],
               ["28-03-2026", "{{PL0100-2026088710}}", "vernieling bloembakken {{Kerkplein}}", "[[Bosma]]"],
               ["02-05-2026", "{{PL0100-2026120456}}", "intimidatie voorbijgangers, camerabeelden {{CAM-07}}", "[[Terpstra]]"],
               ["15-06-2026", "{{PL0100-2026198345}}", "vernieling ruit, {{Kerkplein}}", "[[Bosma]] / [[Terpstra]]"]]),
    ("h", "3. Persoonlijke omstandigheden"),
    "Betrokkene woont bij zijn moeder [[Sandra Vermeulen-de Wit]] aan de [[Zuideinde 14]] te Meppel. Hij volgt onderwijs aan het {{Stad & Esch}} (mbo). Er loopt een traject bij {{Jeugdbescherming Noord}}; volgens de moeder is hij onder behandeling voor [[ADHD]].",
    "PB",
    ("h", "4. Advies"),
    "De politie adviseert een gebiedsverbod voor de duur van drie maanden voor het gebied zoals aangegeven op de kaart (binnenstad, {{Kerkplein}} en omgeving), op vrijdag en zaterdag van 20.00 tot 06.00 uur.",
    "Opgesteld door: [[R. van 't Hof]], wijkagent binnenstad, [[06-52 31 97 04]]\nAkkoord: [[Z. Lefèvre]], teamchef {{Basisteam Meppel}}",
], producer="Microsoft® Word 2019", creator="Microsoft® Word 2019")

doc("ct06_logboek_camera", "mono", [
    ("h", "Logboek cameratoezicht binnenstad Meppel - meldkamer {{Stadhuis Meppel}}"),
    "Nacht 13/14 juni en 14/15 juni 2026. Observanten: [[Priscilla Doornbos]] ([[PDB]]), [[Henk ter Brugge]] ([[HtB]]), [[Nadia Ouali]] ([[NOU]]).",
    ("table", [["Tijd", "Camera", "Obs.", "Waarneming", "Actie"],
               ["22:04", "{{CAM-03}}", "[[PDB]]", "start dienst, alle camera's operationeel, {{Milestone XProtect}} ok", "-"],
               ["23:17", "{{CAM-07}}", "[[PDB]]", "groep van 4 jongens bij snackbar, een met rode jas ([[Jayden]]?)", "volgen"],
               ["23:40", "{{CAM-07}}", "[[HtB]]", "duwen met voorbijganger, geen letsel zichtbaar", "melding {{112}} niet nodig"],
               ["00:55", "{{CAM-12}}", "[[HtB]]", "fietsendiefstal {{Stationsplein}}, dader onbekend", "beelden geëxporteerd"],
               ["01:38", "{{CAM-03}}", "[[NOU]]", "fiets tegen ruit {{De Gouden Karper}}; herkend: [[Dani Ö.]] en [[J. Vermeulen]]", "politie via portofoon"],
               ["01:40", "{{CAM-15}}", "[[NOU]]", "twee jongens rennen park in, vermoedelijk [[Mo el Amrani]] en [[Ray]]", "zoom, privacymasker aan"],
               ["01:52", "{{CAM-03}}", "[[NOU]]", "politie ter plaatse ([[Bosma]], [[Terpstra]])", "-"],
               ["03:10", "{{CAM-12}}", "[[PDB]]", "rustig", "-"],
               ["05:00", "-", "[[PDB]]", "einde dienst; overdracht aan [[Ömer Yıldız]]", "log afgesloten"]], [40, 52, 38, 230, 110]),
    "Export beelden: verzoek politie {{PL0100-2026198345}}, geëxporteerd door [[NOU]] op 15-06-2026 09:12 naar USB met versleuteling; ontvangen door [[Terpstra]].",
    "Opmerking [[HtB]]: camera {{CAM-15}} toont bij zoom delen van de achtertuin van [[Prins Hendrikkade 9]]; privacymasker bijstellen (melding aan [[Wouter]]).",
    "PB",
    ("h", "Nacht 20/21 juni 2026"),
    ("table", [["Tijd", "Camera", "Obs.", "Waarneming", "Actie"],
               ["22:00", "{{CAM-03}}", "[[OYI]]", "start dienst", "-"],
               ["23:48", "{{CAM-07}}", "[[OYI]]", "[[Jayden V.]] in gebied ondanks voornemen gebiedsverbod (nog niet van kracht)", "notitie voor OOV"],
               ["02:15", "{{CAM-12}}", "[[HtB]]", "ruzie bij taxistandplaats, {{politie}} gealarmeerd", "beelden bewaard"]], [40, 52, 38, 230, 110]),
], producer="PDFpen 13.0", creator="Milestone XProtect Smart Client 2025 R1 - export")

doc("ct07_rooster_observanten", "rl", [
    ("h", "Rooster cameraobservanten juni-juli 2026 (intern)"),
    "Team {{Toezicht en Handhaving}}, meldkamer {{Stadhuis Meppel}}. Bij ziekte: direct melden bij [[Esther Çelik]] ([[06 18 44 27 53]]).",
    ("table", [["Naam", "Code", "Pers.nr.", "Mobiel", "Vr 13/6", "Za 14/6", "Vr 20/6", "Za 21/6"],
               ["[[Doornbos, Priscilla]]", "[[PDB]]", "[[104417]]", "[[06-23 09 81 55]]", "X", "X", "", ""],
               ["[[ter Brugge, Henk]]", "[[HtB]]", "[[100928]]", "[[+31 6 4170 2286]]", "X", "", "", "X"],
               ["[[Ouali, Nadia]]", "[[NOU]]", "[[106301]]", "[[0031 6 29 55 13 40]]", "", "X", "", ""],
               ["[[Yıldız, Ömer]]", "[[OYI]]", "[[107712]]", "[[06 87 12 40 09]]", "", "", "X", "X"]], [95, 35, 50, 90, 40, 40, 40, 40]),
    "Alle observanten zijn gecertificeerd ({{SVPB}} cameratoezicht) en hebben de geheimhoudingsverklaring getekend. De opleiding bij {{Stichting Vakbekwaamheid Particuliere Beveiliging}} is vernieuwd in maart 2026.",
    "Ruilen alleen in overleg met [[Wouter Nijboer]] of de teamleider. Inloggen in {{Milestone XProtect}} met eigen account, nooit met het account van een collega.",
], producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365")

doc("ct08_dpia", "rl", [
    ("h", "Gegevensbeschermingseffectbeoordeling (DPIA) cameratoezicht binnenstad Meppel", "1 Inleiding"),
    "Versie 2.1, 3 april 2026. Opdrachtgever: {{burgemeester Kamphuis}}. Vastgesteld door het {{team Openbare Orde en Veiligheid}}.",
    "Deze {{DPIA}} volgt het model van de {{Rijksoverheid}} ({{Model DPIA Rijksdienst}} versie 3.0) en de richtsnoeren van de {{Autoriteit Persoonsgegevens}}. Cameratoezicht in de openbare ruimte is een verwerking op grote schaal van gegevens in een publiek toegankelijk gebied en valt onder de lijst DPIA-plichtige verwerkingen.",
    ("h", "2 Beschrijving van de verwerking", "2 Verwerking"),
    "Verwerkingsverantwoordelijke voor het live uitkijken is de burgemeester (artikel {{151c Gemeentewet}}); voor opgenomen beelden die aan de politie worden verstrekt is de korpschef verantwoordelijke onder de {{Wet politiegegevens}}. De camera's ({{Axis Q6135-LE}}) zenden via een glasvezelverbinding naar de meldkamer. Opslag: 28 dagen op een server van de gemeente, versleuteld (AES-256), met logging van elke export.",
    "Betrokkenen: bezoekers en bewoners van de binnenstad, horecapersoneel, en in het bijzonder jongeren tegen wie een gebiedsverbod loopt. Bij die laatste groep worden ook bijzondere persoonsgegevens (gezondheid, strafrechtelijke gegevens) verwerkt in de rapportages.",
    ("h", "3 Noodzaak en evenredigheid", "3 Evenredigheid"),
    "Proportionaliteit: de camera's zijn alleen in de uitgaansnachten live bemand. Subsidiariteit: extra inzet van boa's en horecaportiers is onderzocht maar onvoldoende gebleken. Privacy by design: privacymaskers op woningen aan de {{Prins Hendrikkade}} en de {{Woldstraat}}; geen audio; geen gezichtsherkenning.",
    "PB",
    ("h", "4 Risico's en maatregelen", "4 Risico's"),
    ("table", [["Risico", "Kans", "Impact", "Maatregel"],
               ["ongeautoriseerde export van beelden", "laag", "hoog", "vier-ogenprincipe, logging {{Milestone XProtect}}"],
               ["inkijk in woningen", "middel", "hoog", "privacymaskers, jaarlijkse schouw"],
               ["function creep (gebruik voor handhaving parkeren)", "middel", "middel", "doelbinding in aanwijzingsbesluit"],
               ["te lange bewaring", "laag", "middel", "automatische verwijdering na 28 dagen"]]),
    ("h", "5 Conclusie", "5 Conclusie"),
    "De verwerking kan doorgaan onder de genoemde maatregelen. Het restrisico is aanvaardbaar. Herbeoordeling uiterlijk april 2027.",
    ("h", "6 Versiebeheer", "6 Versiebeheer"),
    ("table", [["Versie", "Datum", "Wijziging"], ["1.0", "12-02-2024", "eerste vaststelling"], ["2.0", "10-03-2026", "herziening na evaluatie"], ["2.1", "03-04-2026", "verwerking advies FG ({{FG-2026-011}}): doelbinding gebiedsverboden, beveiligde overdracht via {{Zivver}}"]]),
], producer="LibreOffice 7.6 (via Aspose.PDF)", creator="Writer", meta_author="Marjolein Ypma-Kuipers",
   hidden=[("metadata", "Marjolein Ypma-Kuipers", "PERSON")])

doc("ct09_advies_fg", "rl", [
    ("h", "Advies functionaris voor gegevensbescherming - cameratoezicht en gebiedsverboden"),
    "Aan: {{burgemeester Kamphuis}}\nVan: functionaris voor gegevensbescherming\nDatum: 3 april 2026\nKenmerk: {{FG-2026-011}}",
    "Ik heb de conceptversie van de {{DPIA}} (versie 2.0) beoordeeld. Mijn advies op hoofdlijnen:",
    "1. De grondslag (artikel 6 lid 1 sub e {{AVG}} jo. artikel {{151c Gemeentewet}}) is toereikend voor live toezicht; voor het gebruik van beelden als onderbouwing van een gebiedsverbod (artikel {{172a Gemeentewet}}) moet de doelbinding expliciet worden opgenomen.",
    "2. In de bestuurlijke rapportages staan gegevens over de gezondheid van jongeren. Die zijn voor de belangenafweging zelden nodig. Ik adviseer de politie te vragen deze alleen op te nemen als zij direct relevant zijn.",
    "3. Bewaartermijn 28 dagen is verdedigbaar; de export naar USB moet worden vervangen door een beveiligde overdracht.",
    "4. Het logboek van de observanten vermeldt vermoedelijke namen van herkende personen. Registratie van namen in het logboek hoort er niet bij; houd het bij signalementen.",
    "Ik ben beschikbaar voor een toelichting. Bereikbaar via {{privacy@meppel.nl}}.",
    "Functionaris voor gegevensbescherming, gemeente Meppel\n[[M. Ypma-Kuipers]]",
], producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
   annots=[(0, [480, 700, 500, 720], "Thijs de Groot", "Punt 4 overleggen met Esther; zie ook mail van Ruud van 't Hof"),
           (0, [480, 560, 500, 580], "Wouter Nijboer", "Nadia en Priscilla gebruiken de namen alleen intern, bel mij even: 0522 459 287")],
   hidden=[("annotations", "Thijs de Groot", "PERSON"), ("annotations", "Wouter Nijboer", "PERSON"),
           ("annotations", "Esther", "PERSON"), ("annotations", "Ruud van 't Hof", "PERSON"),
           ("annotations", "Nadia", "PERSON"), ("annotations", "Priscilla", "PERSON"), ("annotations", "0522 459 287", "PHONE")])

doc("ct10_voornemen_gebiedsverbod", "rl", [
    "{{Gemeente Meppel}} - {{De burgemeester}}",
    "Aangetekend en per gewone post\nAan de ouder/verzorger van [[Jayden Vermeulen]]\nMevrouw [[S. Vermeulen-de Wit]]\n[[Zuideinde 14]]\n[[7941 GK Meppel]]",
    "Datum: 30 juni 2026\nKenmerk: {{GBV-2026-003}}\nContactpersoon: [[mr. T. de Groot]], telefoon [[0522 459 174]]",
    ("h", "Onderwerp: voornemen tot het opleggen van een gebiedsverbod"),
    "Geachte mevrouw [[Vermeulen-de Wit]],",
    "Ik ben van plan uw zoon [[Jayden]] (geboren [[19 februari 2009]]) een gebiedsverbod op te leggen op grond van artikel {{172a Gemeentewet}}. Het verbod geldt voor de binnenstad ({{Kerkplein}}, {{Woldstraat}}, {{Hoofdstraat}} en {{Stationsplein}}), op vrijdag en zaterdag tussen 20.00 en 06.00 uur, voor drie maanden.",
    "Aanleiding zijn de incidenten die de politie heeft gerapporteerd, waarvan een aantal op camerabeelden is vastgelegd. Eerder hebben [[Jayden]] en u een waarschuwingsbrief ontvangen (12 april 2026).",
    "U en [[Jayden]] kunnen binnen twee weken uw zienswijze geven, schriftelijk of mondeling. Daarvoor kunt u contact opnemen met [[de heer De Groot]] of met het algemene nummer {{14 0522}}.",
    "Hoogachtend,\nde burgemeester van Meppel,\n\n{{J.E. Kamphuis}}",
], producer="Xential 4.2 / Adobe PDF Library 17.0", creator="Xential")

doc("ct11_besluit_gebiedsverbod", "serif", [
    "{{Gemeente Meppel}}",
    "Aan: [[J. Vermeulen]], p/a mevrouw [[S. Vermeulen-de Wit]], [[Zuideinde 14]], [[7941 GK Meppel]]\nKenmerk: {{GBV-2026-003}}\nDatum: 18 juli 2026",
    ("h", "Besluit gebiedsverbod (artikel 172a Gemeentewet)"),
    "De burgemeester van Meppel,",
    "gelet op artikel {{172a}}, eerste lid, van de {{Gemeentewet}}, en de {{Algemene wet bestuursrecht}};",
    "overwegende dat [[Jayden Vermeulen]], geboren [[19-02-2009]], hierna: betrokkene, herhaaldelijk de openbare orde heeft verstoord in de binnenstad van Meppel, zoals blijkt uit de bestuurlijke rapportage van de politie van 24 juni 2026 en de daarin genoemde registraties {{PL0100-2026012219}}, {{PL0100-2026088710}}, {{PL0100-2026120456}} en {{PL0100-2026198345}};",
    "overwegende dat betrokkene op 12 april 2026 een waarschuwing heeft gekregen;",
    "overwegende dat de moeder van betrokkene in haar zienswijze van 11 juli 2026 heeft aangevoerd dat [[Jayden]] zijn school niet kan bereiken; dat de route van het station naar {{Stad & Esch}} niet door het verbodsgebied loopt en het verbod alleen op vrijdag- en zaterdagavond geldt;",
    "overwegende dat het belang van de openbare orde en de bescherming van bezoekers en horecapersoneel zwaarder weegt dan het belang van betrokkene om zich in de uitgaansnachten in het gebied op te houden;",
    "besluit:",
    "1. aan betrokkene een gebiedsverbod op te leggen voor het gebied aangegeven op de kaart in bijlage 1, op vrijdag en zaterdag van 20.00 tot 06.00 uur;",
    "2. het verbod geldt van 25 juli 2026 tot en met 24 oktober 2026;",
    "3. overtreding van dit verbod is strafbaar op grond van artikel {{184 Wetboek van Strafrecht}};",
    "4. een afschrift van dit besluit te zenden aan de {{politie eenheid Noord-Nederland}}, het {{Openbaar Ministerie}} en {{Jeugdbescherming Noord}}.",
    "Meppel, 18 juli 2026\nDe burgemeester van Meppel,\n\n{{J.E. Kamphuis}}",
    "PB",
    ("h", "Rechtsmiddelen"),
    "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij de burgemeester, {{Postbus 501, 7940 AM Meppel}}. U kunt de voorzieningenrechter van de {{rechtbank Noord-Nederland}} vragen om een voorlopige voorziening.",
    "Afschrift: wijkagent [[R. van 't Hof]]; [[Esther Çelik]] (OOV); dossier.",
], producer="Microsoft® Word 2016", creator="Microsoft® Word 2016")

doc("ct12_bezwaar_ouder_scan", "scan", [
    "[[Sandra Vermeulen-de Wit]]",
    "[[Zuideinde 14]]",
    "[[7941 GK Meppel]]",
    "tel. [[06-41278390]]",
    "",
    "Aan de burgemeester van Meppel",
    "Postbus 501, 7940 AM Meppel",
    "",
    "Meppel, 24 augustus 2026",
    "Betreft: bezwaar tegen gebiedsverbod GBV-2026-003",
    "",
    "Geachte burgemeester,",
    "Hierbij maak ik bezwaar tegen het gebiedsverbod voor mijn zoon",
    "[[Jayden]]. Hij is niet de leider van die groep. De camera",
    "op het Kerkplein laat niet zien wie de fiets gooide. Het was",
    "[[Dani]], niet [[Jayden]]. Mijn zoon heeft [[ADHD]] en heeft",
    "structuur nodig. Op zaterdag werkt hij bij de bakker aan de",
    "Hoofdstraat. Door het verbod raakt hij die baan kwijt.",
    "",
    "Ik wil graag gehoord worden. Mijn advocaat is",
    "mr. [[Ilse van der Meulen-Jansma]].",
    "",
    "Met vriendelijke groet,",
    "[[S. Vermeulen]]",
], ocr=True, hand={23})

doc("ct13_bezwaar_advocaat", "rl", [
    "{{Advocatenkantoor De Oever}}\n{{Kleine Oever 11}}, Meppel\n{{KvK 08123456}}",
    "Aan de burgemeester van Meppel\nPer e-mail: {{bezwaar@meppel.nl}}",
    "Meppel, 28 augustus 2026\nUw kenmerk: {{GBV-2026-003}}\nOns kenmerk: {{2026.0412}}\nBehandelaar: mr. [[I.M. van der Meulen-Jansma]]",
    ("h", "Aanvullende gronden bezwaar"),
    "Geachte burgemeester,",
    "Namens cliënte, mevrouw [[S. Vermeulen-de Wit]], wettelijk vertegenwoordiger van [[J. Vermeulen]], vul ik het bezwaar van 24 augustus 2026 aan.",
    "1. Het besluit rust in belangrijke mate op camerabeelden. Cliënte heeft op grond van artikel 15 {{AVG}} om inzage verzocht; die is geweigerd met een verwijzing naar de {{Wet politiegegevens}}. Zonder inzage kan de feitelijke grondslag niet worden getoetst.",
    "2. Het logboek van de cameraobservanten vermeldt 'vermoedelijk' en een vraagteken achter de naam van mijn cliënts zoon. Een herkenning met een vraagteken is geen deugdelijke grondslag (vgl. {{ECLI:NL:RVS:2019:1520}}).",
    "3. De zaterdagbaan van [[Jayden]] bij {{Bakkerij Van der Wal}} aan de {{Hoofdstraat}} is niet meegewogen.",
    "Ik verzoek u het besluit te herroepen, en ik verzoek om vergoeding van de proceskosten op grond van artikel {{7:15 Awb}}.",
    "Hoogachtend,\n\nmr. [[I.M. van der Meulen-Jansma]]\nadvocaat\n[[vandermeulen@advocatendeoever.nl]] | [[0522-24 61 90]]",
], producer="Adobe PDF Library 23.1 (Acrobat Pro)", creator="Microsoft® Word voor Microsoft 365")

doc("ct14_mail_ooV_politie", "mono", [
    ("m", """Van: [[Çelik, Esther]] <[[e.celik@meppel.nl]]>
Verzonden: dinsdag 23 juni 2026 16:02
Aan: [[Hof, Ruud van 't]] <[[ruud.van.t.hof@politie.nl]]>
CC: [[Nijboer, Wouter]] <[[w.nijboer@meppel.nl]]>; [[Groot, Thijs de]] <[[t.degroot@meppel.nl]]>; {{oov@meppel.nl}}
Onderwerp: RE: bestuurlijke rapportage groep Kerkplein

Hoi [[Ruud]],

Dank voor het snelle werk. Kun je de rapportage voor [[Vermeulen]] nog deze week sturen?
[[Thijs]] zet dan het voornemen klaar, zodat de burgemeester het 30 juni kan tekenen.
Voor [[Öztürk]] wachten we de zaak bij {{Halt}} af.

Groet,
[[Esther]]
[[Esther Çelik]] | {{Teamleider Openbare Orde en Veiligheid}} | {{Gemeente Meppel}}
M [[06 18 44 27 53]] | {{www.meppel.nl}}

-----Oorspronkelijk bericht-----
Van: [[Hof, Ruud van 't]] <[[ruud.van.t.hof@politie.nl]]>
Verzonden: dinsdag 23 juni 2026 11:47
Aan: [[Çelik, Esther]] <[[e.celik@meppel.nl]]>
Onderwerp: bestuurlijke rapportage groep Kerkplein

[[Esther]],

Na het incident van 15 juni ({{PL0100-2026198345}}) adviseren wij gebiedsverboden voor
[[Jayden Vermeulen]] en [[Mohamed el Amrani]]. Voor [[Dani Öztürk]] loopt al een strafzaak;
de officier wil eerst {{Halt}}. [[Rayan Bakkali]] is pas 14, daar kijken we naar een
gesprek met de ouders via {{Veilig Thuis Drenthe}}.

De beelden van {{CAM-03}} heb ik van [[Nadia]] gekregen. Die op {{CAM-15}} zijn slecht.

Met vriendelijke groet,
[[Ruud van 't Hof]]
Wijkagent Meppel-Centrum | {{Politie}} | {{Basisteam Meppel}}
T [[+31 (0)6 52 31 97 04]]
Bereikbaar op ma, di, do"""),
], producer="Microsoft Outlook voor Microsoft 365", creator="Microsoft Outlook voor Microsoft 365")

doc("ct15_mail_beelden_vordering", "mono", [
    ("m", """Van: [[Terpstra, Linda]] <[[linda.terpstra@politie.nl]]>
Verzonden: maandag 15 juni 2026 08:31
Aan: {{cameratoezicht@meppel.nl}}
CC: [[Bosma, Klaas-Jan]] <[[klaas-jan.bosma@politie.nl]]>; [[Lefèvre, Zoë]] <[[zoe.lefevre@politie.nl]]>
Onderwerp: vordering beelden ex art. 126nd Sv - {{PL0100-2026198345}}

Goedemorgen,

Namens de officier van justitie vorder ik de beelden van {{CAM-03}} en {{CAM-15}} van
15-06-2026 tussen 01:30 en 02:00 uur (artikel {{126nd Wetboek van Strafvordering}}).
De vordering is bijgevoegd.

Met vriendelijke groet,
[[L. Terpstra]]
Brigadier, {{Basisteam Meppel}}
[[0522 - 28 91 14]] (toestel [[3140]])

---
Van: [[Ouali, Nadia]] <[[n.ouali@meppel.nl]]>
Verzonden: maandag 15 juni 2026 09:20
Aan: [[Terpstra, Linda]] <[[linda.terpstra@politie.nl]]>
CC: [[Nijboer, Wouter]] <[[w.nijboer@meppel.nl]]>
Onderwerp: RE: vordering beelden ex art. 126nd Sv - {{PL0100-2026198345}}

Beste [[Linda]],

Beelden zijn geëxporteerd (exportnummer {{EXP-2026-0615-02}}, {{SHA-256}} in het logboek).
USB ligt bij de balie van het {{Stadhuis Meppel}}, op naam van jou.
Ik heb het vier-ogenprincipe toegepast samen met [[Henk]].

Groet, [[Nadia]]
Cameraobservant | {{Gemeente Meppel}}

---
Van: [[Nijboer, Wouter]] <[[w.nijboer@meppel.nl]]>
Verzonden: maandag 15 juni 2026 10:02
Aan: [[Ouali, Nadia]] <[[n.ouali@meppel.nl]]>
Onderwerp: RE: RE: vordering beelden

[[Nadia]], prima. Volgende keer graag via {{Zivver}} i.p.v. USB (advies FG).
[[W.]]"""),
], producer="Microsoft Outlook voor Microsoft 365", creator="Microsoft Outlook voor Microsoft 365")

doc("ct16_whatsapp", "dejavu", [
    ("h", "WhatsApp-chat: 'Meldkamer Binnenstad' (export)"),
    ("m", """[13-06-2026 22:11] [[Priscilla]]: camera's staan aan, {{CAM-15}} beetje wazig
[13-06-2026 22:12] [[Henk tB]]: regen op de lens, morgen [[Sijtsma]] bellen?
[13-06-2026 22:14] [[Ruud wijkagent]]: ik loop vanaf 23 uur rond {{Kerkplein}}, laat maar weten
[13-06-2026 23:19] [[Priscilla]]: die groep van [[Jayden]] staat weer bij de snackbar
[13-06-2026 23:20] [[Ruud wijkagent]]: thnx, ik ga er langs
[14-06-2026 00:02] [[Henk tB]]: duwen met voorbijganger, niks ernstigs
[15-06-2026 01:39] [[Nadia O]]: FIETS TEGEN RUIT Gouden Karper!! [[Dani]] en [[Jayden]]
[15-06-2026 01:39] [[Nadia O]]: andere twee park in, [[Mo]] en [[Ray]] denk ik
[15-06-2026 01:41] [[Ruud wijkagent]]: eenheid onderweg
[15-06-2026 01:55] [[Nadia O]]: [[Klaas-Jan]] en [[Linda]] zijn er
[15-06-2026 09:14] [[Wouter N]]: goed werk allemaal. Graag geen namen in deze app, alleen in het logboek
[15-06-2026 09:15] [[Wouter N]]: nieuwe regel van de FG: signalement, geen naam
[15-06-2026 09:31] [[Priscilla]]: top
[20-06-2026 23:49] [[Ömer]]: [[Jayden V.]] weer bij {{Kerkplein}}, verbod al in?
[20-06-2026 23:51] [[Ruud wijkagent]]: nee, pas na besluit. wel even noteren
[21-06-2026 00:10] [[Ömer]]: oke
[21-06-2026 08:02] [[Esther C]]: [[Ömer]], kun je volgende week de sleutel van de meldkamer halen bij [[Marieke]] van de receptie?"""),
], producer="PDFium", creator="WhatsApp export (chat.txt) via Chrome print")

doc("ct17_teams_oov", "dejavu", [
    ("h", "Microsoft Teams - kanaal OOV / Gebiedsverboden"),
    ("m", """[[Thijs de Groot]]  7/7 10:12
Concept besluit [[Vermeulen]] staat in de map. Zienswijze moeder komt 11/7.

[[Esther Çelik]]  7/7 10:20
Top. Check wel even de jurisprudentie over duur bij minderjarigen ({{ECLI:NL:RVS:2020:2345}}).

[[Wouter Nijboer]]  7/7 10:31
Let op: logboek noemt ook namen van [[Mo]] en [[Ray]]. [[Marjolein]] wil dat we dat vanaf nu niet meer doen.

[[Marjolein Ypma]]  7/7 10:44
Klopt. Zie advies {{FG-2026-011}}, punt 4. En de {{DPIA}} wordt aangepast.

[[Thijs de Groot]]  7/7 11:02
Mondelinge zienswijze: kan de burgemeester zelf horen? Of doe ik het met [[Femke]]?

[[Esther Çelik]]  7/7 11:05
Doe jij het maar, met [[Joost]] als notulist. {{Burgemeester Kamphuis}} leest het verslag.

[[Wouter Nijboer]]  7/7 13:48
FYI: {{Stichting Open Straat}} heeft een Woo-verzoek aangekondigd op {{LinkedIn}}."""),
], producer="Microsoft Teams (print)", creator="Microsoft Edge")

doc("ct18_verslag_driehoek", "rl", [
    ("h", "Verslag lokale driehoek Meppel - 12 maart 2026"),
    ("table", [["Aanwezig", "Rol"],
               ["{{burgemeester J.E. Kamphuis}}", "voorzitter"],
               ["[[mr. P.H. Zandstra]]", "officier van justitie, {{Arrondissementsparket Noord-Nederland}}"],
               ["[[Z. Lefèvre]]", "teamchef {{Basisteam Meppel}}"],
               ["[[E. Çelik]]", "teamleider OOV (secretaris)"],
               ["[[W. Nijboer]]", "beleidsadviseur OOV (verslag)"]]),
    ("h", "1. Evaluatie cameratoezicht binnenstad"),
    "De teamchef licht de cijfers toe: 47 incidenten in 2025 waarvan 19 met camerabeelden ondersteund. Het {{Openbaar Ministerie}} ziet meerwaarde voor de bewijsvoering. De burgemeester wil verlenging tot april 2028, met aandacht voor het advies van de FG.",
    ("h", "2. Groep jongeren Kerkplein"),
    "De wijkagent heeft een groep van vier jongeren in beeld. De officier geeft aan dat tegen een van hen ([[D.Ö.]]) een strafzaak loopt. De driehoek is het eens dat een gebiedsverbod een passend bestuurlijk middel is voor de anderen als er opnieuw incidenten zijn. Afstemming met het {{Veiligheidshuis Drenthe}} via het {{Top600}}-achtige overleg is niet nodig.",
    ("h", "3. Rondvraag"),
    "[[Lefèvre]] meldt dat de bezetting van het basisteam in de zomer krap is.",
    "PB",
    ("h", "Actielijst"),
    ("table", [["Nr", "Actie", "Wie", "Wanneer"],
               ["26-01", "aanwijzingsbesluit cameratoezicht voorbereiden", "[[WN]]", "april 2026"],
               ["26-02", "{{DPIA}} laten herzien door FG", "[[EÇ]]", "april 2026"],
               ["26-03", "bestuurlijke rapportages groep {{Kerkplein}}", "[[ZL]]", "doorlopend"],
               ["26-04", "informeren gemeenteraad via raadsinformatiebrief", "{{burgemeester}}", "mei 2026"]]),
], producer="Microsoft® Word 2019", creator="Microsoft® Word 2019")

doc("ct19_verslag_hoorzitting", "docx", [
    ("h", "Verslag hoorzitting commissie bezwaarschriften"),
    "Zaak: {{BZ-2026-0388}} (bezwaar tegen gebiedsverbod {{GBV-2026-003}})\nDatum: 29 september 2026, 14.00 uur, {{Stadhuis Meppel}}, zaal {{Reestzaal}}",
    ("table", [["Aanwezig", ""],
               ["Commissie", "[[mr. A.C. Hogenkamp]] (voorzitter), [[drs. H. Boelens]], [[E. Roodbergen]]"],
               ["Secretaris", "[[Joost Wiersma]]"],
               ["Bezwaarmaker", "mevrouw [[S. Vermeulen-de Wit]], bijgestaan door mr. [[I.M. van der Meulen-Jansma]]; ook aanwezig: [[Jayden]]"],
               ["Verweerder", "[[mr. T. de Groot]] (jurist), [[E. Çelik]] (teamleider OOV)"],
               ["Tolk", "geen"]]),
    "De voorzitter opent de zitting en legt uit dat de commissie onafhankelijk adviseert aan de burgemeester.",
    "Mr. [[Van der Meulen-Jansma]] licht het bezwaar toe. De herkenning op de camerabeelden is onzeker; in het logboek staat 'vermoedelijk' en een vraagteken. Cliënte heeft de beelden nooit gezien.",
    "Mevrouw [[Vermeulen-de Wit]] vertelt dat [[Jayden]] sinds de zomer medicatie gebruikt en dat het beter gaat. Hij heeft zijn zaterdagbaan behouden omdat zijn werkgever de tijden heeft aangepast.",
    "De heer [[De Groot]] stelt dat het besluit niet alleen op beelden rust maar op vier politieregistraties. De beelden zijn eigendom van de politie zodra zij zijn gevorderd; inzage loopt via de {{Wet politiegegevens}}.",
    "Op vraag van [[Boelens]] antwoordt mevrouw [[Çelik]] dat er sinds het verbod geen nieuwe incidenten zijn geregistreerd.",
    "De voorzitter sluit de zitting om 15.10 uur. Het advies volgt binnen zes weken.",
    "Secretaris: [[J. Wiersma]]",
], author="Joost Wiersma")

doc("ct20_formulier_inzage", "form", [], fields=[
    ("Naam aanvrager", "Sandra Vermeulen-de Wit"), ("Adres", "Zuideinde 14, 7941 GK Meppel"),
    ("Telefoon", "06-41278390"), ("E-mail", "sandra.vermeulen79@hotmail.com"),
    ("Betrokkene", "Jayden Vermeulen"), ("Geboortedatum betrokkene", "19-02-2009"),
    ("BSN betrokkene", "203114562"), ("Camera en tijdstip", "CAM-03, 15-06-2026 01:30-02:00")],
   static=["{{Gemeente Meppel}} - Verzoek inzage camerabeelden (artikel 15 {{AVG}})",
           "Stuur dit formulier naar {{privacy@meppel.nl}} of {{Postbus 501, 7940 AM Meppel}}. Wij beslissen binnen een maand.",
           "Beelden worden na 28 dagen automatisch verwijderd, tenzij zij door de politie zijn gevorderd.",
           "Let op: een kopie van een identiteitsbewijs is niet nodig; wij controleren uw identiteit aan de balie van het {{Stadhuis Meppel}}."],
   hidden=[("annotations", "Sandra Vermeulen-de Wit", "PERSON"), ("annotations", "Zuideinde 14", "ADDRESS"),
           ("annotations", "06-41278390", "PHONE"), ("annotations", "sandra.vermeulen79@hotmail.com", "EMAIL"),
           ("annotations", "Jayden Vermeulen", "PERSON"), ("annotations", "19-02-2009", "DATE_OF_BIRTH"),
           ("annotations", "203114562", "BSN")])

doc("ct21_factuur_sijtsma", "rl", [
    ("h", "FACTUUR"),
    "[[Sijtsma Beveiligingstechniek]]\n[[Jelle Sijtsma]]\n[[Dr. Larijweg 7]], [[7961 NL Ruinerwold]]\nKvK [[71830466]] | btw [[NL001987654B12]]\n[[info@sijtsmabeveiliging.nl]] | [[06 30 77 18 42]]",
    "Aan: {{Gemeente Meppel}}, {{team Toezicht en Handhaving}}, {{Postbus 501, 7940 AM Meppel}}\nt.a.v. de heer [[W. Nijboer]]",
    ("table", [["Factuurnummer", "Datum", "Uw referentie"], ["{{2026-0147}}", "30 juni 2026", "{{inkoopordernummer 4500218830}}"]]),
    ("table", [["Omschrijving", "Aantal", "Prijs", "Totaal"],
               ["Reinigen en uitlijnen camera {{CAM-15}} ({{Axis Q6135-LE}}), {{Wilhelminapark}}", "1", "185,00", "185,00"],
               ["Bijstellen privacymaskers {{CAM-15}} en {{CAM-07}} in {{Milestone XProtect}}", "2 uur", "78,50", "157,00"],
               ["Voorrijkosten", "1", "35,00", "35,00"],
               ["Subtotaal", "", "", "377,00"], ["Btw 21%", "", "", "79,17"], ["Totaal", "", "", "456,17"]]),
    "Graag betalen binnen 30 dagen op [[NL62 RABO 0312 4477 90]] t.n.v. [[J. Sijtsma]] o.v.v. het factuurnummer.",
], producer="Moneybird PDF", creator="Moneybird")

doc("ct22_factuur_tolk", "dejavu", [
    "[[Hatice Kaya]] - beëdigd tolk Turks-Nederlands (Wbtv-nr. {{Wbtv 20117}})\n[[Molenstraat 48-B]], [[8011 VT Zwolle]]\n[[hatice.kaya.tolk@gmail.com]] | [[038 - 421 90 66]]\nKvK [[80417729]]",
    "Aan: {{Gemeente Meppel}}, {{commissie bezwaarschriften}}\nt.a.v. [[J. Wiersma]]",
    ("h", "Factuur 2026-031"),
    "Datum: 14 oktober 2026\nBetreft: tolkdienst gesprek zienswijze gebiedsverbod ({{GBV-2026-004}}), 8 oktober 2026, {{Stadhuis Meppel}}",
    ("table", [["Omschrijving", "Uren", "Tarief", "Bedrag"],
               ["Tolken Turks (gesprek met ouders van betrokkene)", "1,5", "€ 63,20", "€ 94,80"],
               ["Reiskosten Zwolle-Meppel (54 km)", "", "€ 0,23/km", "€ 12,42"],
               ["Totaal (vrijgesteld van btw, art. 11 Wet OB)", "", "", "€ 107,22"]]),
    "Betaling op [[NL19 INGB 0006 8123 45]] ten name van [[H. Kaya]].",
], producer="Microsoft® Word voor Mac", creator="Microsoft® Word voor Mac")

doc("ct23_beslisnota_verlenging", "rl", [
    ("h", "Beslisnota - Verlenging cameratoezicht binnenstad en beleid gebiedsverboden"),
    ("table", [["Aan", "{{burgemeester Kamphuis}}"], ["Van", "[[E. Çelik]], teamleider OOV"], ["Datum", "9 april 2026"],
               ["Kenmerk", "{{Z/26/048213}}"], ["Contactpersoon", "[[Wouter Nijboer]], [[0522 459 287]], [[w.nijboer@meppel.nl]]"],
               ["Kopie aan", "[[mr. T. de Groot]] (Juridische Zaken), FG"]]),
    ("h", "Aanleiding"),
    "Het huidige aanwijzingsbesluit cameratoezicht loopt af op 30 april 2026. De driehoek adviseerde op 12 maart 2026 tot verlenging. De FG heeft advies uitgebracht ({{FG-2026-011}}).",
    ("h", "Geadviseerd besluit"),
    "Aan de burgemeester wordt gevraagd: 1. het aanwijzingsbesluit voor twee jaar te verlengen; 2. in te stemmen met de herziene {{DPIA}}; 3. de gemeenteraad te informeren met een raadsinformatiebrief.",
    ("h", "Kern"),
    "De camera's dragen bij aan snelle inzet van de politie. Het gebruik van beelden ter onderbouwing van gebiedsverboden vraagt om een expliciete doelbinding, die nu in artikel 3 van het besluit is opgenomen.",
    ("h", "Krachtenveld"),
    "Raadslid {{Mulder}} ({{GroenLinks}}) heeft kritische vragen aangekondigd. {{Koninklijke Horeca Nederland}} afdeling Meppel steunt verlenging. {{Stichting Open Straat}} volgt het dossier.",
    ("h", "Informatie die niet openbaar gemaakt kan worden"),
    "Geen.",
    "PB",
    ("table", [["Naam", "Functie", "Paraaf", "Datum"],
               ["[[W. Nijboer]]", "beleidsadviseur", "[[WN]]", "8-4-2026"],
               ["[[T. de Groot]]", "jurist", "[[TdG]]", "8-4-2026"],
               ["[[E. Çelik]]", "teamleider OOV", "[[EÇ]]", "9-4-2026"]]),
], producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365")

doc("ct24_raadsvragen", "serif", [
    ("h", "Schriftelijke vragen ex artikel 41 Reglement van orde"),
    "Van: raadslid {{Gerrit Mulder}} ({{GroenLinks}})\nDatum: 6 mei 2026\nOnderwerp: camera's en gebiedsverboden",
    "1. Hoeveel gebiedsverboden zijn in 2025 en 2026 opgelegd, en aan hoeveel minderjarigen?",
    "2. Worden camerabeelden gebruikt om personen te herkennen voor een gebiedsverbod, en zo ja, wie doet die herkenning?",
    "3. Is de {{Autoriteit Persoonsgegevens}} geraadpleegd over de {{DPIA}}?",
    ("h", "Antwoord van de burgemeester (2 juni 2026)"),
    "1. In 2025 zijn twee gebiedsverboden opgelegd, in 2026 tot nu toe geen. Er zijn drie voornemens in voorbereiding, waarvan twee betrekking hebben op minderjarigen.",
    "2. Herkenning gebeurt door de politie. Cameraobservanten registreren signalementen, geen namen. Wij hebben geconstateerd dat dit in het verleden niet altijd zo ging en hebben de werkinstructie aangepast.",
    "3. Nee. Voorafgaande raadpleging (artikel 36 {{AVG}}) is alleen nodig bij een hoog restrisico; de FG heeft geconcludeerd dat daarvan geen sprake is.",
    "{{Burgemeester J.E. Kamphuis}} zegt toe de raad jaarlijks te informeren. {{Wethouder P. Drijfhout}} (Jeugd) betrekt {{Jeugdbescherming Noord}} bij de aanpak.",
    "Ambtelijk voorbereid door: [[W. Nijboer]]",
], producer="iText® 5.5.13.3 ©2000-2022 iText Group NV", creator="RIS Notubiz")

doc("ct25_persbericht", "docx", [
    ("h", "PERSBERICHT - Cameratoezicht binnenstad Meppel verlengd"),
    "Meppel, 23 april 2026 - {{Burgemeester Jorien Kamphuis}} heeft het cameratoezicht in de binnenstad verlengd tot en met april 2028. De camera's op het {{Kerkplein}}, de {{Woldstraat}}, de {{Hoofdstraat}}, het {{Stationsplein}} en bij het {{Wilhelminapark}} blijven in de uitgaansnachten live bekeken.",
    "'Camera's zijn geen wondermiddel, maar ze helpen de politie om snel ter plaatse te zijn,' zegt {{burgemeester Kamphuis}}. 'Tegelijk nemen we privacy serieus: geen gezichtsherkenning, geen beelden van woningen en een korte bewaartermijn.'",
    "De gemeente werkt samen met de {{politie eenheid Noord-Nederland}}, het {{Openbaar Ministerie}} en {{Koninklijke Horeca Nederland}}. Het besluit staat in het {{Gemeenteblad}}.",
    "Noot voor de redactie (niet voor publicatie): voor vragen kunt u contact opnemen met de woordvoerder via {{communicatie@meppel.nl}} of {{14 0522}}.",
], author="Lotte Brinkman", hidden=[("metadata", "Lotte Brinkman", "PERSON")])

doc("ct26_evaluatie", "rl", [
    ("h", "Evaluatie cameratoezicht binnenstad Meppel 2024-2026", "Evaluatie - opgesteld door Wouter Nijboer"),
    "Deze evaluatie is opgesteld door team OOV in samenwerking met de {{politie eenheid Noord-Nederland}}. Bronnen: politieregistraties uit {{BVH}}, het logboek van de meldkamer en een enquête onder ondernemers door {{Koninklijke Horeca Nederland}}.",
    ("h", "1. Cijfers", "1. Cijfers (data: Linda Terpstra)"),
    ("table", [["Jaar", "Incidenten", "Met beelden", "Aanhoudingen", "Gebiedsverboden"],
               ["2024", "52", "17", "11", "1"], ["2025", "47", "19", "14", "2"], ["2026 (t/m sept.)", "31", "15", "9", "2"]]),
    ("h", "2. Ervaringen meldkamer", "2. Meldkamer (interviews Priscilla Doornbos, Henk ter Brugge)"),
    "De observanten geven aan dat de camera {{CAM-15}} bij het {{Wilhelminapark}} 's nachts weinig toevoegt door gebrekkige verlichting. Het vier-ogenprincipe bij export werkt goed. De werkinstructie is in juli 2026 aangepast: geen namen meer in het logboek.",
    "PB",
    ("h", "3. Gebiedsverboden", "3. Gebiedsverboden"),
    "Van de vier gebiedsverboden sinds 2024 zijn er twee aan minderjarigen opgelegd. Eén bezwaar is ingediend; de commissie bezwaarschriften adviseerde het bezwaar ongegrond te verklaren. Er zijn geen overtredingen van een verbod geregistreerd.",
    ("h", "4. Aanbevelingen", "4. Aanbevelingen"),
    "Verplaats {{CAM-15}} naar de {{Prins Hendrikkade}}-zijde; stel een vaste werkinstructie op voor herkenning door de politie; publiceer jaarlijks cijfers op {{www.meppel.nl}}.",
], producer="Aspose.PDF for Java 23.4", creator="Aspose.Words for Java",
   hidden=[("outline", "Wouter Nijboer", "PERSON"), ("outline", "Linda Terpstra", "PERSON"),
           ("outline", "Priscilla Doornbos", "PERSON"), ("outline", "Henk ter Brugge", "PERSON")])

doc("ct27_dienstnotitie_scan", "scan", [
    "Gemeente Meppel - meldkamer cameratoezicht",
    "DIENSTNOTITIE overdracht nacht 20/21 juni 2026",
    "",
    "Van: [[Ömer Yildiz]] (OYI)",
    "Aan: [[Henk ter Brugge]] / teamleider [[E. Celik]]",
    "",
    "23.48 uur: jongen met rode jas op Kerkplein, volgens mij",
    "[[Jayden V.]]. Niet in logboek met naam gezet (nieuwe regel).",
    "Wijkagent [[Ruud]] gebeld op [[06-52319704]], hij zegt",
    "verbod nog niet van kracht.",
    "02.15 uur: ruzie taxistandplaats, beelden CAM-12 bewaard.",
    "",
    "Camera CAM-15 valt weer uit. Storing gemeld bij [[Sijtsma]].",
    "",
    "Handtekening observant:",
    "[[Ö. Yildiz]]",
    "",
    "Gezien: [[Henk]] 21/6 - ok, doorgezet naar [[Wouter]]",
], ocr=True, hand={17})

doc("ct28_presentielijst_scan", "scan", [
    "PRESENTIELIJST  Veiligheidsoverleg binnenstad",
    "Datum: 9 september 2026  Locatie: Stadhuis Meppel",
    "",
    "Naam                      Organisatie            Paraaf",
    "[[Esther Celik]]          Gemeente OOV           [[EC]]",
    "[[Wouter Nijboer]]        Gemeente OOV           [[WN]]",
    "[[Ruud van 't Hof]]       Politie                [[RvtH]]",
    "[[Zoë Lefèvre]]           Politie                [[ZL]]",
    "[[Gerda Haverkamp]]       KHN Meppel             [[GH]]",
    "[[Bert Oosterhuis]]       Ondernemersver.        [[BO]]",
    "[[Marjolein Ypma]]        FG gemeente            [[MY]]",
    "",
    "Afgemeld: [[Priscilla Doornbos]] (ziek)",
], ocr=True, hand=set())

doc("ct29_melding_datalek", "rl", [
    ("h", "Registratie beveiligingsincident / datalek"),
    ("table", [["Incidentnummer", "{{DL-2026-019}}"], ["Datum ontdekt", "2 juli 2026"], ["Gemeld door", "[[Henk ter Brugge]], cameraobservant"],
               ["Behandeld door", "FG ([[M. Ypma-Kuipers]]) en [[Wouter Nijboer]]"], ["Melding {{Autoriteit Persoonsgegevens}}", "nee (afweging hieronder)"]]),
    ("h", "Wat is er gebeurd"),
    "Op 1 juli 2026 is een still van {{CAM-03}} (15 juni 2026, 01:38 uur) per e-mail verstuurd naar een verkeerd adres: bedoeld voor [[linda.terpstra@politie.nl]], verzonden naar [[linda.terpstra@planet.nl]], een particulier adres van een naamgenote. Op de still zijn twee jongeren herkenbaar, onder wie [[D. Öztürk]].",
    "De ontvanger, mevrouw [[L. Terpstra-Hoekman]] uit [[Havelte]], heeft op 2 juli 2026 laten weten dat zij de mail heeft verwijderd en heeft dat schriftelijk bevestigd.",
    ("h", "Afweging"),
    "Het risico voor de betrokkenen is beperkt: één ontvanger, verwijdering bevestigd, geen verdere verspreiding. Daarom geen melding bij de {{Autoriteit Persoonsgegevens}} (artikel 33 {{AVG}}); wel registratie in het incidentenregister. De ouders van betrokkenen zijn op 3 juli 2026 geïnformeerd door [[Esther Çelik]].",
    ("h", "Maatregelen"),
    "Stills en beelden gaan voortaan alleen via {{Zivver}} naar functionele adressen van de politie ({{beelden.noord-nederland@politie.nl}}). Autocomplete van externe adressen in Outlook is voor het meldkamer-account uitgezet.",
], producer="TOPdesk 12.3 PDF export", creator="TOPdesk")

doc("ct30_memo_jurist", "rl", [
    ("h", "Juridisch memo - evenredigheid gebiedsverbod minderjarige"),
    "Aan: [[E. Çelik]]\nVan: [[Thijs de Groot]], jurist\nDatum: 8 juli 2026\nZaak: {{GBV-2026-003}}",
    "Vraag: kan de burgemeester aan een minderjarige van 17 een gebiedsverbod van drie maanden opleggen, mede op basis van camerabeelden waarop herkenning onzeker is?",
    "1. Artikel {{172a Gemeentewet}} vereist herhaaldelijke verstoring van de openbare orde of ernstige vrees daarvoor. Vier politieregistraties in vijf maanden is ruim voldoende ({{ABRvS 4 september 2019, ECLI:NL:RVS:2019:3042}}).",
    "2. De herkenning op beelden ({{CAM-03}}) is in het logboek voorzien van een vraagteken, maar de politie heeft ter plaatse de identiteit vastgesteld. Het besluit moet daarom op de mutatie steunen en niet op het logboek.",
    "3. Evenredigheid: het verbod geldt alleen in uitgaansnachten; de school is bereikbaar. Rekening houden met de zaterdagbaan (zienswijze volgt).",
    "4. De gezondheidsinformatie uit de rapportage niet overnemen in het besluit (advies FG).",
    "Conclusie: opleggen is verdedigbaar; duur drie maanden; geen verlenging zonder nieuwe feiten.",
    "[[TdG]]",
], producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365", meta_author="T. de Groot",
   hidden=[("metadata", "T. de Groot", "PERSON")])

doc("ct31_mail_verdaging", "mono", [
    ("m", """Van: {{woo@meppel.nl}}
Verzonden: donderdag 24 september 2026 15:30
Aan: [[Bram Koopmans]] <[[b.koopmans@openstraat.nl]]>
CC: [[Dijkhuizen, Femke]] <[[f.dijkhuizen@meppel.nl]]>; [[Groot, Thijs de]] <[[t.degroot@meppel.nl]]>
Onderwerp: {{WOO-2026-0217}} verdaging en zienswijzen

Geachte heer [[Koopmans]],

Wij verdagen de beslistermijn op uw verzoek {{WOO-2026-0217}} met twee weken op grond van
artikel 4.4, tweede lid, van de {{Woo}}. Wij hebben de {{politie eenheid Noord-Nederland}}
en het {{Openbaar Ministerie}} om een zienswijze gevraagd, en ook de ouder van een betrokken
jongere, omdat zij een belang heeft bij de stukken.

Met vriendelijke groet,
[[Femke Dijkhuizen]]
{{Woo-coördinator}} | {{Gemeente Meppel}}

---
Van: [[Bram Koopmans]] <[[b.koopmans@openstraat.nl]]>
Verzonden: woensdag 23 september 2026 10:04
Aan: {{woo@meppel.nl}}
Onderwerp: RE: {{WOO-2026-0217}}

Beste [[Femke]],

Kunt u al iets zeggen over de termijn? Wij publiceren in oktober een rapport over
cameratoezicht in middelgrote gemeenten (met o.a. {{Assen}}, {{Hoogeveen}} en {{Emmen}}).
Eventueel kunnen we het verzoek beperken tot de {{DPIA}} en het logboek.

Hartelijke groet,
[[Bram]]
[[Bram Koopmans]] | {{Stichting Open Straat}} | [[06-1188 4530]]"""),
], producer="Microsoft Outlook voor Microsoft 365", creator="Microsoft Outlook voor Microsoft 365")

doc("ct32_woo_besluit", "rl", [
    "{{Gemeente Meppel}}\n{{Postbus 501, 7940 AM Meppel}}",
    "{{Stichting Open Straat}}\nt.a.v. de heer [[B. Koopmans]]\nPostbus 10834\n1001 EV Amsterdam",
    "Datum: 15 oktober 2026\nKenmerk: {{WOO-2026-0217}}\nBehandeld door: [[F. Dijkhuizen]]",
    ("h", "Besluit op uw Woo-verzoek"),
    "Geachte heer [[Koopmans]],",
    "Op 2 september 2026 heeft u verzocht om documenten over het cameratoezicht in de binnenstad en de gebiedsverboden. Wij hebben 33 documenten gevonden. Wij maken 2 documenten volledig openbaar, 29 gedeeltelijk en 2 niet.",
    ("h", "Zienswijzen"),
    "De {{politie eenheid Noord-Nederland}} heeft geen bezwaar tegen openbaarmaking van de bestuurlijke rapportages, mits persoonsgegevens worden weggelakt. De ouder van een betrokken jongere heeft bezwaar gemaakt tegen openbaarmaking van het bezwaarschrift en het verslag van de hoorzitting; die stukken maken wij alleen openbaar voor zover zij geen persoonsgegevens bevatten.",
    "PB",
    ("h", "Afweging"),
    "Namen en andere gegevens van de jongeren, hun ouders, private personen en medewerkers van gemeente en politie maken wij niet openbaar (artikel 5.1, tweede lid, onder e, {{Woo}}). Gezondheidsgegevens zijn bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d). Het BSN lakken wij op grond van artikel 5.1, eerste lid, onder e. De namen van de burgemeester, de wethouder en het raadslid blijven staan, omdat zij in hun publieke functie optreden.",
    "Van de camerabeelden en stills maken wij niets openbaar; herkenbare personen zijn niet weg te lakken zonder de beelden betekenisloos te maken.",
    ("h", "Informatie die niet openbaar gemaakt kan worden"),
    "De weggelakte passages zijn gemarkeerd met de toegepaste grond.",
    ("h", "Motivering"),
    "In de openbaar gemaakte versie van de documenten zijn alle persoonsgegevens van ambtenaren, politiemedewerkers en private personen geanonimiseerd.",
    "Hoogachtend,\nde burgemeester van Meppel,\nnamens dezen,\n\n[[F.M. Dijkhuizen]]\n{{Woo-coördinator}}",
    "Bezwaar: binnen zes weken bij de burgemeester, {{Postbus 501, 7940 AM Meppel}}.",
], producer="iText® 7.2.5 ©2000-2023 Apryse Group NV", creator="Zaaksysteem Xential")

doc("ct33_inventarislijst", "rl", [
    ("h", "Inventarislijst Woo-besluit WOO-2026-0217"),
    ("table", [["Nr", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"],
               ["1", "Woo-verzoek {{Stichting Open Straat}}", "02-09-2026", "deels openbaar", "5.1.2e", ""],
               ["2", "Ontvangstbevestiging", "04-09-2026", "deels openbaar", "5.1.2e", ""],
               ["3", "Aanwijzingsbesluit cameratoezicht", "22-04-2026", "openbaar", "-", "al gepubliceerd {{Gemeenteblad}}"],
               ["4", "Mutatierapport politie", "15-06-2026", "deels openbaar", "5.1.2e", "zienswijze politie"],
               ["5", "Bestuurlijke rapportage", "24-06-2026", "deels openbaar", "5.1.1d, 5.1.2e", ""],
               ["6", "Logboek meldkamer", "15-06-2026", "deels openbaar", "5.1.2e", ""],
               ["7", "Rooster observanten", "06-2026", "deels openbaar", "5.1.2e, 5.1.1e", ""],
               ["8", "{{DPIA}} versie 2.1", "03-04-2026", "openbaar", "-", ""],
               ["9", "Advies FG", "03-04-2026", "deels openbaar", "5.1.2e", ""],
               ["10-11", "Voornemen en besluit gebiedsverbod", "07-2026", "deels openbaar", "5.1.2e", ""],
               ["12-13", "Bezwaarschriften", "08-2026", "deels openbaar", "5.1.1d, 5.1.2e", "zienswijze ouder"],
               ["14-17", "E-mails, WhatsApp, Teams", "06/07-2026", "deels openbaar", "5.1.2e", ""],
               ["18", "Verslag driehoek", "12-03-2026", "deels openbaar", "5.1.2e", ""],
               ["19", "Verslag hoorzitting", "29-09-2026", "deels openbaar", "5.1.1d, 5.1.2e", ""],
               ["20", "Formulier inzage", "07-2026", "deels openbaar", "5.1.1e, 5.1.2e", ""],
               ["21-22", "Facturen", "2026", "deels openbaar", "5.1.2e", "eenmanszaken"],
               ["23-31", "Beslisnota, raadsvragen, persbericht, evaluatie, notities, mail", "2026", "deels openbaar", "5.1.2e", ""],
               ["-", "Camerabeelden en stills", "06-2026", "niet openbaar", "5.1.2e", "niet te anonimiseren"]], [25, 150, 55, 65, 65, 100]),
    "Contact: {{woo@meppel.nl}}, {{14 0522}}. Opgemaakt door [[FD]].",
], producer="Microsoft® Excel® 2019", creator="Microsoft® Excel® 2019")
