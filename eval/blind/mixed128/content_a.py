# -*- coding: utf-8 -*-
"""Set mixed128, documents wz01-wz16. All persons are invented."""
from lib import Doc

OUTLOOK = dict(producer="Microsoft: Print To PDF", creator="Microsoft Outlook")
WORD = dict(producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365")

DOCS = []

# wz01 Woo request by a private person (e-mail form)
DOCS.append(Doc("wz01", [
    "# Verzoek op grond van de Wet open overheid",
    "Van: [[Maartje Ellenbroek|P]] <[[m.ellenbroek78@ziggo.nl|E]]>",
    "Verzonden: maandag 2 maart 2026 21:14",
    "Aan: {{woo@gelderland.nl|m}}",
    "Onderwerp: Woo-verzoek {{Dierenpark De Wolvenhorst|o}} en ontsnapte serval",
    "",
    "Geachte heer, mevrouw,",
    "Op grond van de {{Wet open overheid|w}} verzoek ik de {{provincie Gelderland|o}} om openbaarmaking van alle "
    "documenten over de vergunningen, ontheffingen en het toezicht op {{Dierenpark De Wolvenhorst|o}} aan de "
    "{{Wolvenhorstweg|l}} in {{Ermelo|l}}, over de periode 1 januari 2024 tot heden. Het gaat mij in het bijzonder "
    "om de ontsnapping van de serval {{Bram|a}} op 14 januari 2026 en de controles door de boa's van de provincie.",
    "Ik woon op korte afstand van het park en mijn kinderen lopen dagelijks langs het hek bij de {{Drieërweg|l}}.",
    "Ik ontvang de stukken graag digitaal. Mijn postadres is [[Beekstraat 41|A]], [[3851 PK|A]] {{Ermelo|l}}; "
    "telefonisch ben ik bereikbaar op [[06-28 41 73 90|T]].",
    "",
    "Met vriendelijke groet,",
    "[[Maartje Ellenbroek|P]]",
    "[[M.J. Ellenbroek-Dijkhuis|P]] (volledige naam zoals in de BRP)",
], **OUTLOOK))

# wz02 acknowledgement letter (docx -> LibreOffice)
DOCS.append(Doc("wz02", [
    "Provincie Gelderland",
    "Postbus 9090, 6800 GX Arnhem",
    "",
    "Aan: mevrouw [[M.J. Ellenbroek-Dijkhuis|P]]",
    "[[Beekstraat 41|A]]",
    "[[3851 PK|A]] Ermelo",
    "",
    "Datum: 5 maart 2026",
    "Ons kenmerk: {{WOO-GLD-2026-0318|r}}",
    "Zaaknummer: {{Z-2026-041873|r}}",
    "Onderwerp: ontvangstbevestiging Woo-verzoek",
    "",
    "Geachte mevrouw [[Ellenbroek|P]],",
    "Op 2 maart 2026 hebben wij uw verzoek ontvangen om openbaarmaking van documenten over "
    "{{Dierenpark De Wolvenhorst|o}}. Wij beslissen binnen vier weken na ontvangst; deze termijn kunnen wij met "
    "twee weken verdagen ({{artikel 4.4|w}} van de {{Wet open overheid|w}}).",
    "Omdat in de documenten gegevens van derden voorkomen, zoals de eigenaar van het park en omwonenden, "
    "stellen wij hen mogelijk in de gelegenheid een zienswijze te geven.",
    "Heeft u vragen, neem dan contact op met de Woo-coördinator via {{woo@gelderland.nl|m}} of het algemene "
    "nummer {{026 359 99 99|g}}. Vermeld daarbij het kenmerk {{WOO-GLD-2026-0318|r}}.",
    "",
    "Hoogachtend,",
    "Gedeputeerde Staten van Gelderland,",
    "namens dezen,",
    "",
    "[[Lotte ter Avest|P]]",
    "Woo-coördinator, afdeling {{Juridische Zaken|o}}",
    "T [[026 359 84 17|T]] | [[l.teravest@gelderland.nl|E]]",
], engine="docx", producer="LibreOffice 7.6", creator="Writer", author="Lotte ter Avest",
    hidden=[]))

# wz03 inspection report boa (2 pages, bookmarks)
DOCS.append(Doc("wz03", [
    "# Rapport van bevindingen - toezicht Wet natuurbescherming",
    "Provincie Gelderland, team {{Toezicht en Handhaving Groen|o}}",
    "Zaaknummer: {{Z-2025-118204|r}}      Inrichting: {{Dierenpark De Wolvenhorst|o}}, {{Wolvenhorstweg|l}} 4, {{Ermelo|l}}",
    "",
    "## 1. Verbalisanten",
    "Ondergetekenden, [[Ruud Klein Gunnewiek|P]], boa-nummer [[0412-78|N]], en [[Sevda Yılmaz|P]], "
    "boa-nummer [[0455-21|N]], beiden buitengewoon opsporingsambtenaar in dienst van de provincie Gelderland, "
    "domein I Openbare ruimte, verklaren het volgende.",
    "## 2. Aanleiding",
    "Op 9 oktober 2025 is een controle uitgevoerd in het kader van de ontheffing {{Wnb-ONT-2024-1152|r}} "
    "(houden van een Europese lynx en twee wolfhonden) en de {{Wet natuurbescherming|w}}, {{artikel 3.10|w}}. "
    "Wij werden ontvangen door de eigenaar, de heer [[G.J. Ploegmakers|P]] (geboren [[11-06-1969|D]]), en "
    "door dierverzorger [[Jorrit Smeenge|P]].",
    "## 3. Bevindingen",
    "Het verblijf van de lynx {{Freya|a}} voldeed aan de eisen uit de ontheffing. Het buitenhek bij het "
    "roofdierenverblijf ({{Portielje-zaal|a}}) vertoonde op twee plaatsen schade aan het gaas, circa 40 cm boven "
    "maaiveld. Het schrikdraad stond niet onder spanning. [[Smeenge|P]] verklaarde dat de stroom sinds de storm "
    "van september was uitgeschakeld.",
    "De administratie van aan- en afvoer ontbrak voor drie servals, waaronder {{Bram|a}} en {{Sabi|a}}. "
    "De heer [[Ploegmakers|P]] zei dat de papieren bij zijn boekhouder, de heer [[Harm Westerveld|P]], lagen.",
    "<PAGE>",
    "## 4. Overtredingen",
    "| Nr | Voorschrift | Bevinding | Termijn |",
    "| 1 | Ontheffing vs. 4.2 (omheining) | gaas beschadigd | 14 dagen |",
    "| 2 | Ontheffing vs. 4.5 (schrikdraad) | niet werkend | direct |",
    "| 3 | {{Besluit houders van dieren|w}} art. 2.2 | administratie ontbreekt | 4 weken |",
    "## 5. Afspraken",
    "Met de eigenaar is afgesproken dat het hek uiterlijk 23 oktober 2025 is hersteld. Hercontrole volgt. "
    "Contact van de eigenaar: [[06-51 09 37 84|T]], [[gj@ploegmakers-dieren.nl|E]].",
    "Dit rapport is door mij opgemaakt en gesloten op ambtseed te {{Arnhem|l}} op 10 oktober 2025.",
    "",
    "[[R. Klein Gunnewiek|P]]                [[S. Yılmaz|P]]",
], font="DejaVu", producer="iText® 7.2.5 ©2000-2023 iText Group NV", creator="Squit VTH",
    outline=[(1, ["Rapport Z-2025-118204", "Verbalisanten Klein Gunnewiek en Yilmaz"]), (2, ["Overtredingen"])],
    hidden=[("outline", "P", "Yilmaz")]))

# wz04 incident report escape
DOCS.append(Doc("wz04", [
    "# Proces-verbaal van bevindingen - ontsnapping serval",
    "Provincie Gelderland - Toezicht en Handhaving Groen",
    "PV-nummer: {{PV-GLD-2026-0047|r}}      Zaak: {{Z-2026-003311|r}}",
    "",
    "Ik, verbalisant, [[Dennis van den Akker|P]], boa-nummer [[0398-15|N]], verklaar het volgende:",
    "Op woensdag 14 januari 2026 omstreeks 07:40 uur ontving ik via de meldkamer een melding van de "
    "politie {{Noord-Veluwe|l}} dat een grote kat was gezien bij een woonstraat in {{Ermelo|l}}. Melder was "
    "mevrouw [[Ingrid Hofstede-Blom|P]], wonende aan de [[Drieërweg 112|A]], telefoon [[0341-562 980|T]].",
    "Om 08:15 uur was ik ter plaatse bij {{Dierenpark De Wolvenhorst|o}}. De eigenaar, [[Gerrit-Jan Ploegmakers|P]], "
    "bevestigde dat de serval {{Bram|a}} (chipnummer {{528210004417735|r}}) niet in zijn verblijf aanwezig was. "
    "Het dier was vermoedelijk via het beschadigde gaas aan de noordzijde ontsnapt.",
    "Om 10:05 uur werd het dier door dierenarts [[drs. Mirjam Oudeluttikhuis|P]] met een verdovingspijl "
    "verdoofd in de tuin van de woning [[Drieërweg 118|A]]. De bewoner, de heer [[Koos Brinkerink|P]], "
    "verklaarde dat zijn kippen waren aangevallen. Zijn zoon [[Thijs|P]] (8 jaar) had het dier gezien vanuit "
    "het slaapkamerraam en was erg geschrokken; volgens [[Brinkerink|P]] is [[Thijs|P]] sindsdien onder "
    "behandeling bij de huisarts wegens [[angstklachten|H]].",
    "Aanwezig waren ook {{hoofdagent|j}} [[M. Bouzambou|P]] van de politie en [[Jorrit Smeenge|P]], dierverzorger.",
    "<PAGE>",
    "## Vastgestelde feiten",
    "1. Het buitenhek was niet hersteld, ondanks de afspraak uit het rapport van 10 oktober 2025 ({{Z-2025-118204|r}}).",
    "2. Het schrikdraad was nog steeds uitgeschakeld.",
    "3. De serval is niet ingeschreven in de ontheffing {{Wnb-ONT-2024-1152|r}}; servals vallen onder de "
    "{{Wet dieren|w}} en het {{Besluit houders van dieren|w}} (dierentuinvergunning {{RVO|o}}, nummer {{DTV-0087|r}}).",
    "Ik heb de {{NVWA|o}} geïnformeerd via {{meldingen@nvwa.nl|m}} en de {{Landelijke Meldkamer Dierenwelzijn|o}} "
    "({{144|g}}).",
    "Waarvan door mij is opgemaakt dit proces-verbaal, gesloten en getekend te {{Arnhem|l}} op 15 januari 2026.",
    "[[D. van den Akker|P]]",
], producer="iText® 7.2.5 ©2000-2023 iText Group NV", creator="Squit VTH", font="Times"))

# wz05 owner's letter (zienswijze)
DOCS.append(Doc("wz05", [
    "{{Wolvenhorst Exploitatie B.V.|o}}",
    "{{Wolvenhorstweg|l}} 4, 3852 MT {{Ermelo|l}}  -  KvK {{08127733|r}}",
    "",
    "Aan Gedeputeerde Staten van Gelderland",
    "t.a.v. team Toezicht en Handhaving Groen, de heer [[P.B. de Kruijf|P]]",
    "",
    "{{Ermelo|l}}, 2 februari 2026",
    "Betreft: zienswijze voornemen last onder dwangsom, uw kenmerk {{Z-2026-003311|r}}",
    "",
    "Geachte heer [[De Kruijf|P]],",
    "Met verbazing heb ik uw voornemen gelezen. Sinds 1998 runnen mijn vrouw [[Hanneke Ploegmakers-ter Beek|P]] "
    "en ik het park zonder één incident. De storm van september heeft de omheining beschadigd en de aannemer, "
    "hovenier [[Van Lohuizen|P]], kon pas in januari komen. Dat verwijt u mij nu.",
    "Uw medewerker [[Klein Gunnewiek|P]] heeft bij de controle gezegd dat een tijdelijke afrastering voldoende "
    "was. Dat staat niet in zijn rapport. Ook mevrouw [[Yılmaz|P]] was daarbij.",
    "De serval {{Bram|a}} is inmiddels terug en gezond, zie de verklaring van onze dierenarts. Ook de bruine beer "
    "{{Olga|a}} en de lynx {{Freya|a}} zijn nooit buiten hun verblijf geweest.",
    "Ik verzoek u af te zien van een dwangsom. Mijn eigen gezondheid ([[hartoperatie in november 2025|H]]) "
    "maakte het mij onmogelijk alles tijdig te regelen.",
    "",
    "Met vriendelijke groet,",
    "[[G.J. Ploegmakers|P]]",
    "directeur-eigenaar",
    "[[06-51 09 37 84|T]]",
], font="DejaVu", producer="PDFpen 13.1", creator="Pages"))

# wz06 veterinarian statement
DOCS.append(Doc("wz06", [
    "# Dierenkliniek Noord-Veluwe",
    "{{Stationsstraat|l}} 19, {{Putten|l}}  -  praktijknummer {{0341 35 22 00|g}}",
    "",
    "# Verklaring dierenarts",
    "Ondergetekende, [[drs. Mirjam Oudeluttikhuis|P]], dierenarts, verklaart dat zij op 14 januari 2026 "
    "de serval {{Bram|a}} (mannelijk, geboren 2019, chip {{528210004417735|r}}) na ontsnapping uit "
    "{{Dierenpark De Wolvenhorst|o}} heeft verdoofd en onderzocht.",
    "Bevindingen: lichte schaafwonden aan de linker voorpoot, geen fracturen, lichaamsconditie 3/5. "
    "Het dier is op 16 januari 2026 weer in een gerepareerd verblijf geplaatst. Controle 22 januari: hersteld.",
    "Ook is op verzoek van de eigenaar de lynx {{Freya|a}} gecontroleerd; geen bijzonderheden.",
    "De door de {{NVWA|o}} gevraagde gegevens over het medicijngebruik (Dexdomitor, ketamine) zijn opgenomen in "
    "het logboek diergeneesmiddelen.",
    "Assistentie werd verleend door [[Wendelien Haaksma|P]], paraveterinair.",
    "",
    "{{Putten|l}}, 23 januari 2026",
    "[[M. Oudeluttikhuis|P]], dierenarts, UDN-registratie [[D-20417|N]]",
    "Mobiel voor spoed: [[+31 6 4455 2109|T]]  -  [[mirjam@dierenkliniek-nv.nl|E]]",
], producer="Nitro Pro 13.70.2.40", creator="Nitro Pro"))

# wz07 resident complaint e-mail thread
DOCS.append(Doc("wz07", [
    "Van: [[Bert Hulshof|P]] <[[bert.hulshof@kpnmail.nl|E]]>",
    "Verzonden: donderdag 15 januari 2026 08:02",
    "Aan: {{provincie@gelderland.nl|m}}",
    "CC: {{gemeente@ermelo.nl|m}}",
    "Onderwerp: Klacht Wolvenhorst - wilde kat in onze straat!!",
    "",
    "Geachte provincie,",
    "Gisteren liep er een wilde kat door onze straat. Mijn buurvrouw [[Ingrid|P]] heeft het dier gezien, en de "
    "kleinzoon van [[Koos|P]] is nog steeds overstuur. Dit is niet de eerste keer: vorig jaar stond de emoe "
    "{{Henk|a}} ook al op de weg. Ik woon op [[Drieërweg 109|A]] en heb kleine kinderen.",
    "Wanneer grijpt de provincie in? Ik heb al drie keer gebeld met het algemene nummer.",
    "[[Bert Hulshof|P]], [[06 13 57 24 68|T]]",
    "",
    "Van: Postbus Provincie Gelderland <{{provincie@gelderland.nl|m}}>",
    "Verzonden: donderdag 15 januari 2026 09:31",
    "Aan: [[Bert Hulshof|P]] <[[bert.hulshof@kpnmail.nl|E]]>",
    "CC: [[Klein Gunnewiek, Ruud|P]] <[[ruud.kleingunnewiek@gelderland.nl|E]]>; [[Kruijf, Pieter-Bas de|P]] <[[pb.de.kruijf@gelderland.nl|E]]>",
    "Onderwerp: RE: Klacht Wolvenhorst - wilde kat in onze straat!!",
    "",
    "Beste heer [[Hulshof|P]],",
    "Dank voor uw bericht. De serval is gisteren gevangen en terug in het park. Onze toezichthouders onderzoeken "
    "hoe het dier kon ontsnappen. Uw melding is geregistreerd onder {{MEL-2026-00219|r}}.",
    "Met vriendelijke groet,",
    "[[Nadia Boukhari|P]]",
    "Klantcontactcentrum Provincie Gelderland | {{026 359 99 99|g}}",
], **OUTLOOK))

# wz08 resident complaint letter (scan, OCR)
DOCS.append(Doc("wz08", [
    "# Aan de Provincie Gelderland",
    "Afzender: [[J.A.M. Schuurman-Heijnen|P]]",
    "[[Harderwijkerweg 233|A]], [[3852 AD|A]] Ermelo",
    "Tel. [[0341 553 061|T]]",
    "",
    "Ermelo, 20 januari 2026",
    "",
    "Geachte heer of mevrouw,",
    "Ik schrijf u over het dierenpark. Sinds de ontsnapping durf ik met",
    "mijn hond niet meer langs het park. Mijn man [[Wim Schuurman|P]] heeft",
    "al in 2024 geklaagd bij de gemeente over het geluid van de wolven.",
    "Ik vraag u het park te sluiten tot alles veilig is.",
    "",
    "Hoogachtend,",
    "~ [[J. Schuurman-Heijnen|P]]",
    "~ geboren [[03-02-1951|D]]",
], engine="scan", producer="Canon iR-ADV C5535 PDF", creator="Canon iR-ADV C5535", rotate=0.8,
    stamp="INGEKOMEN 22-01-2026 {{provincie Gelderland|o}} DIV - zaak {{Z-2026-003311|r}} - {{Dierenpark De Wolvenhorst|o}}"))

# wz09 mail thread with RVO (2 pages)
DOCS.append(Doc("wz09", [
    "Van: [[Wessels, Dirk-Jan|P]] (RVO) <[[dirk-jan.wessels@rvo.nl|E]]>",
    "Verzonden: dinsdag 20 januari 2026 14:22",
    "Aan: [[Kruijf, Pieter-Bas de|P]] <[[pb.de.kruijf@gelderland.nl|E]]>",
    "CC: [[Anouk van 't Hul|P]] <[[anouk.van.t.hul@gelderland.nl|E]]>; {{dierentuinen@rvo.nl|m}}",
    "Onderwerp: RE: dierentuinvergunning DTV-0087 Wolvenhorst",
    "",
    "Hoi [[Pieter-Bas|P]],",
    "De dierentuinvergunning {{DTV-0087|r}} van {{Wolvenhorst Exploitatie B.V.|o}} dateert van 2017 en is "
    "verleend op grond van het {{Besluit houders van dieren|w}}. De servals staan op de dierenlijst; de lynx "
    "niet, die valt onder jullie ontheffing {{Wnb-ONT-2024-1152|r}}.",
    "Wij kunnen de vergunning niet zomaar intrekken. Eerst moet de {{NVWA|o}} een inspectie doen. Ik stem dat af "
    "met [[Fatima El Khattabi|P]] van de {{NVWA|o}}.",
    "Bel me gerust: [[088 042 71 93|T]] (direct) of mobiel [[06-20 33 81 47|T]].",
    "Groet, [[Dirk-Jan|P]]",
    "[[D.J. Wessels|P]] | adviseur vergunningverlening dieren | {{Rijksdienst voor Ondernemend Nederland|o}}",
    "",
    "Van: [[Kruijf, Pieter-Bas de|P]] <[[pb.de.kruijf@gelderland.nl|E]]>",
    "Verzonden: maandag 19 januari 2026 16:05",
    "Aan: [[Wessels, Dirk-Jan|P]] (RVO) <[[dirk-jan.wessels@rvo.nl|E]]>",
    "Onderwerp: dierentuinvergunning DTV-0087 Wolvenhorst",
    "",
    "Beste [[Dirk-Jan|P]],",
    "Na de ontsnapping van een serval bij {{Dierenpark De Wolvenhorst|o}} willen wij weten welke dieren onder "
    "jullie vergunning vallen. Onze boa [[Dennis van den Akker|P]] heeft een proces-verbaal opgemaakt. "
    "Gedeputeerde {{Van Dalfsen|f}} wil uiterlijk vrijdag een beeld voor de Statenvragen.",
    "<PAGE>",
    "Kun je ook nagaan of de eigenaar, de heer [[Ploegmakers|P]], eerder een waarschuwing van jullie heeft gehad?",
    "Met vriendelijke groet,",
    "",
    "[[Pieter-Bas de Kruijf|P]]",
    "teamleider Toezicht en Handhaving Groen",
    "Provincie Gelderland | {{Markt|l}} 11, {{Arnhem|l}}",
    "T [[026 359 87 02|T]] | M [[06 4170 2255|T]]",
    "",
    "Disclaimer: dit bericht kan informatie bevatten die niet voor u is bestemd. Bent u niet de geadresseerde, "
    "meld dit dan aan {{servicedesk@gelderland.nl|m}} en verwijder het bericht.",
], **OUTLOOK))

# wz10 mail thread with NVWA (2 pages)
DOCS.append(Doc("wz10", [
    "Van: [[El Khattabi, Fatima|P]] <[[f.elkhattabi@nvwa.nl|E]]>",
    "Verzonden: vrijdag 30 januari 2026 11:48",
    "Aan: [[Anouk van 't Hul|P]] <[[anouk.van.t.hul@gelderland.nl|E]]>",
    "CC: [[Wessels, Dirk-Jan|P]] (RVO) <[[dirk-jan.wessels@rvo.nl|E]]>; [[Bosch-Ölçer, Leyla|P]] <[[leyla.bosch-olcer@nvwa.nl|E]]>",
    "Onderwerp: inspectie Wolvenhorst 28-01 - terugkoppeling",
    "",
    "Beste [[Anouk|P]],",
    "Op 28 januari hebben mijn collega [[Leyla Bosch-Ölçer|P]] en ik {{Dierenpark De Wolvenhorst|o}} geïnspecteerd "
    "({{NVWA-IBR-2026-22941|r}}). Kort: het welzijn van de servals is voldoende, maar de huisvesting van de "
    "bruine beer {{Olga|a}} is te klein volgens de {{Regeling houders van dieren|w}}. Wij leggen een "
    "schriftelijke waarschuwing op.",
    "De eigenaar vertelde dat zijn vrouw de dagelijkse leiding heeft overgenomen wegens zijn "
    "[[hartoperatie|H]]. Zij is bereikbaar op [[06-19 88 40 52|T]].",
    "Het rapport volgt via {{RVO|o}}. Vragen over de inspectie graag via {{info@nvwa.nl|m}} of {{0900 0388|g}}, "
    "niet via mijn persoonlijke nummer.",
    "Groet,",
    "[[Fatima El Khattabi|P]]",
    "inspecteur Dierenwelzijn, {{Nederlandse Voedsel- en Warenautoriteit|o}}",
    "M [[+31 (0)6 5301 7726|T]]",
    "",
    "Van: [[Anouk van 't Hul|P]] <[[anouk.van.t.hul@gelderland.nl|E]]>",
    "Verzonden: maandag 26 januari 2026 10:12",
    "Aan: [[El Khattabi, Fatima|P]] <[[f.elkhattabi@nvwa.nl|E]]>",
    "Onderwerp: Wolvenhorst - afstemming handhaving",
    "<PAGE>",
    "Beste mevrouw [[El Khattabi|P]],",
    "Wij bereiden een last onder dwangsom voor op grond van {{artikel 5:32|w}} van de {{Algemene wet bestuursrecht|w}} "
    "en de {{Omgevingswet|w}} (overgangsrecht {{Wet natuurbescherming|w}}). Om dubbel optreden te voorkomen "
    "stem ik graag af. Kunt u bevestigen dat de {{NVWA|o}} geen bestuursdwang overweegt?",
    "Met vriendelijke groet,",
    "mr. [[A. van 't Hul|P]]",
    "juridisch adviseur VTH | Provincie Gelderland",
    "T [[026 359 81 46|T]]",
], **OUTLOOK))

# wz11 Teams chat
DOCS.append(Doc("wz11", [
    "# Teams-chat: THG Noord-Veluwe (export 14-01-2026)",
    "[07:52] [[Dennis van den Akker|P]]: melding meldkamer, grote kat bij Drieërweg. ik ga erheen",
    "[07:53] [[Ruud Klein Gunnewiek|P]]: is dat die serval van [[Ploegmakers|P]]? zei in oktober al dat dat hek niks was",
    "[07:55] [[Sevda Yılmaz|P]]: ik bel de dierenarts. [[Mirjam|P]] heeft het verdovingsgeweer",
    "[07:58] [[Dennis van den Akker|P]]: top. [[Ruudje|P]] kun jij [[PB|C]] inlichten?",
    "[08:01] [[Ruud Klein Gunnewiek|P]]: gedaan, hij belt de gedeputeerde",
    "[08:40] [[Sevda Yılmaz|P]]: dier gezien in tuin bij nr 118, man van die tuin is woest, kippen dood",
    "[09:12] [[Pieter-Bas de Kruijf|P]]: {{Van Dalfsen|f}} wil om 12 uur een update. geen contact met pers, dat "
    "doet {{Communicatie|o}}",
    "[10:07] [[Dennis van den Akker|P]]: gevangen!! {{Bram|a}} ligt te slapen in de kist",
    "[10:09] [[Sevda Yılmaz|P]]: {{Freya|a}} en {{Olga|a}} zitten gewoon binnen, gecheckt",
    "[10:15] [[Ruud Klein Gunnewiek|P]]: pv graag vandaag nog, [[Den|P]]. zaaknr {{Z-2026-003311|r}}",
    "[10:16] [[Dennis van den Akker|P]]: 👍 morgen, eerst slapen. mijn 06 staat aan: [[06-38 20 11 95|T]]",
], font="DejaVu", producer="Microsoft Teams", creator="Microsoft Edge"))

# wz12 WhatsApp export
DOCS.append(Doc("wz12", [
    "# WhatsApp-chat met Gerrit-Jan Wolvenhorst",
    "14-01-2026 07:47 - [[Gerrit-Jan Wolvenhorst|P]]: [[Sevda|P]] ben jij dat? Bram is weg. hek noordkant",
    "14-01-2026 07:48 - [[Sevda Yılmaz|P]]: Ja. Blijf bij het park, we komen. Waar is [[Jorrit|P]]?",
    "14-01-2026 07:50 - [[Gerrit-Jan Wolvenhorst|P]]: onderweg. [[Hanneke|P]] belt de buren",
    "14-01-2026 08:30 - [[Gerrit-Jan Wolvenhorst|P]]: buurman [[Brinkerink|P]] dreigt met de krant",
    "14-01-2026 10:11 - [[Sevda Yılmaz|P]]: Hij is gevangen, [[Oudeluttikhuis|P]] brengt hem terug",
    "14-01-2026 10:12 - [[Gerrit-Jan Wolvenhorst|P]]: godzijdank. sorry voor alles",
    "15-01-2026 19:02 - [[Gerrit-Jan Wolvenhorst|P]]: wordt het een boete? ik heb net een [[hartoperatie|H]] "
    "gehad, kan dit er niet bij hebben",
    "15-01-2026 19:20 - [[Sevda Yılmaz|P]]: Daar ga ik niet over, dat beslist het team. Bel maandag met "
    "{{026 359 99 99|g}} en vraag naar handhaving.",
    "16-01-2026 08:05 - [[Gerrit-Jan Wolvenhorst|P]]: ok. mijn mailadres is trouwens [[gerritjan.p@hetnet.nl|E]]",
    "<Media weggelaten>",
], font="DejaVu", producer="Android PDF Writer", creator="WhatsApp Chat Export",
    hidden=[]))

# wz13 minutes with attendance table and action list (2 pages)
DOCS.append(Doc("wz13", [
    "# Verslag ketenoverleg Dierenpark De Wolvenhorst",
    "Datum: 21 januari 2026, 13:30-15:00, provinciehuis {{Arnhem|l}}, zaal {{Rijnzaal|l}}",
    "",
    "| Naam | Organisatie | Functie | Code |",
    "| [[Pieter-Bas de Kruijf|P]] | Provincie Gelderland | teamleider THG (voorzitter) | [[PBK|C]] |",
    "| mr. [[Anouk van 't Hul|P]] | Provincie Gelderland | juridisch adviseur | [[AvtH|C]] |",
    "| [[Ruud Klein Gunnewiek|P]] | Provincie Gelderland | boa | [[RKG|C]] |",
    "| [[Fatima El Khattabi|P]] | NVWA | inspecteur | [[FEK|C]] |",
    "| [[D.J. Wessels|P]] | RVO | adviseur | [[DJW|C]] |",
    "| [[Rianne Potgieter|P]] | gemeente Ermelo | vergunningverlener | [[RP|C]] |",
    "| [[Erwin ten Brinke|P]] | Politie Oost-Nederland | wijkagent | [[EtB|C]] |",
    "Notulist: [[Kim Overdijkink|P]] ([[KO|C]])",
    "",
    "## 1. Opening",
    "De voorzitter meldt dat gedeputeerde {{Van Dalfsen|f}} en burgemeester {{Lagerwey|f}} van {{Ermelo|l}} "
    "op de hoogte zijn. {{Lagerwey|f}} overweegt een noodverordening niet nodig.",
    "## 2. Stand van zaken",
    "[[RKG|C]] licht de rapporten toe ({{Z-2025-118204|r}} en {{PV-GLD-2026-0047|r}}). [[FEK|C]] meldt dat de "
    "{{NVWA|o}} op 28 januari inspecteert. [[DJW|C]]: intrekking {{DTV-0087|r}} is pas aan de orde na een "
    "NVWA-rapport. Wijkagent [[Ten Brinke|P]] noemt spanningen in de buurt; de heer [[Brinkerink|P]] heeft "
    "gedreigd het hek zelf dicht te lassen.",
    "<PAGE>",
    "## 3. Besluitpunten",
    "- De provincie bereidt een last onder dwangsom voor (herstel omheining, schrikdraad).",
    "- Communicatie naar omwonenden loopt via de gemeente; de bewonersavond is op 4 februari in {{De Dialoog|l}}.",
    "## 4. Actielijst",
    "| Nr | Actie | Wie | Gereed |",
    "| 1 | Voornemen last onder dwangsom versturen | [[AvtH|C]] | 23-01 |",
    "| 2 | Inspectie NVWA + rapport naar RVO | [[FEK|C]] | 06-02 |",
    "| 3 | Hercontrole omheining | [[RKG|C]] / [[SY|C]] | 30-01 |",
    "| 4 | Bewonersbrief | [[RP|C]] | 27-01 |",
    "| 5 | Concept-antwoorden Statenvragen | [[PBK|C]] | 28-01 |",
    "Volgend overleg: 11 februari 2026. Verslag vastgesteld door [[PBK|C]].",
], producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365",
    author="Kim Overdijkink", hidden=[]))

# wz14 beslisnota (2 pages, author only in metadata)
DOCS.append(Doc("wz14", [
    "# Beslisnota Gedeputeerde Staten",
    "Aan: Gedeputeerde Staten, portefeuillehouder gedeputeerde {{Van Dalfsen|f}}",
    "Van: team {{Toezicht en Handhaving Groen|o}}",
    "Contactpersoon: [[Anouk van 't Hul|P]], [[026 359 81 46|T]]",
    "Datum: 22 januari 2026   Kenmerk: {{GS-2026-0077|r}}   Zaak: {{Z-2026-003311|r}}",
    "Onderwerp: last onder dwangsom {{Dierenpark De Wolvenhorst|o}}",
    "",
    "## Aanleiding",
    "Op 14 januari 2026 is de serval {{Bram|a}} ontsnapt uit {{Dierenpark De Wolvenhorst|o}} in {{Ermelo|l}}. "
    "Bij een controle op 9 oktober 2025 waren al gebreken aan de omheining vastgesteld.",
    "## Geadviseerd besluit",
    "Aan het college wordt gevraagd in te stemmen met het voornemen om {{Wolvenhorst Exploitatie B.V.|o}} een "
    "last onder dwangsom op te leggen van € 2.500 per week met een maximum van € 25.000.",
    "## Kern",
    "- De omheining is na drie maanden niet hersteld; het risico op herhaling is reëel.",
    "- {{NVWA|o}} en {{RVO|o}} treden op onder de {{Wet dieren|w}}; de provincie handhaaft de ontheffing.",
    "- De eigenaar beroept zich op zijn gezondheid; dat is geen grond om af te zien van handhaving.",
    "<PAGE>",
    "## Krachtenveld",
    "Omwonenden zijn boos; Statenleden van {{PvdD|o}} en {{BBB|o}} hebben vragen gesteld. De burgemeester van "
    "{{Ermelo|l}} steunt het optreden. Stichting {{Dierenopvang Cor Hazelhoff|a}} heeft aangeboden dieren op te "
    "vangen als het park sluit.",
    "## Financiën",
    "Geen; kosten van bestuursdwang zijn verhaalbaar.",
    "## Paraaf",
    "| Naam | Functie | Paraaf | Datum |",
    "| [[P.B. de Kruijf|P]] | teamleider | [[PdK|C]] | 22-01 |",
    "| [[drs. H. Oude Wesselink|P]] | afdelingshoofd VTH | [[HOW|C]] | 23-01 |",
    "## Bijlagen",
    "1. Rapport van bevindingen {{Z-2025-118204|r}}  2. Proces-verbaal {{PV-GLD-2026-0047|r}}",
], author="Anouk van 't Hul", xmp_creator="Bart Veldhuizen", producer="Microsoft® Word for Microsoft 365",
    creator="Microsoft® Word for Microsoft 365",
    hidden=[("metadata", "P", "Bart Veldhuizen")]))

# wz15 last onder dwangsom (docx -> soffice)
DOCS.append(Doc("wz15", [
    "Provincie Gelderland",
    "Aangetekend en per e-mail",
    "{{Wolvenhorst Exploitatie B.V.|o}}",
    "t.a.v. de heer [[G.J. Ploegmakers|P]]",
    "{{Wolvenhorstweg|l}} 4",
    "3852 MT {{Ermelo|l}}",
    "",
    "Datum: 12 februari 2026   Kenmerk: {{GS-2026-0104|r}}   Zaak: {{Z-2026-003311|r}}",
    "Onderwerp: besluit last onder dwangsom",
    "",
    "Geachte heer [[Ploegmakers|P]],",
    "Gedeputeerde Staten van Gelderland hebben besloten {{Wolvenhorst Exploitatie B.V.|o}} een last onder "
    "dwangsom op te leggen. Wij baseren dit op {{artikel 125|w}} van de {{Provinciewet|w}}, {{artikel 5:32|w}} van de "
    "{{Algemene wet bestuursrecht|w}} en de voorschriften van ontheffing {{Wnb-ONT-2024-1152|r}}.",
    "# Overwegingen",
    "Op 9 oktober 2025 stelden onze toezichthouders vast dat de omheining van het roofdierenverblijf beschadigd "
    "was. Op 14 januari 2026 ontsnapte de serval {{Bram|a}}. Uw zienswijze van 2 februari 2026 hebben wij "
    "betrokken. Dat een hovenier niet eerder kon komen, komt voor uw risico. Uw persoonlijke omstandigheden "
    "hebben wij meegewogen bij de begunstigingstermijn.",
    "# Last",
    "U herstelt binnen vier weken na verzending van dit besluit de omheining en het schrikdraad. Doet u dat niet, "
    "dan verbeurt u een dwangsom van € 2.500 per week, tot een maximum van € 25.000.",
    "# Bezwaar",
    "Binnen zes weken kunt u bezwaar maken bij Gedeputeerde Staten, Postbus 9090, 6800 GX {{Arnhem|l}}.",
    "",
    "Hoogachtend,",
    "Gedeputeerde Staten van Gelderland,",
    "namens dezen,",
    "[[drs. H. Oude Wesselink|P]]",
    "afdelingshoofd Vergunningverlening, Toezicht en Handhaving",
    "",
    "Afschrift: {{NVWA|o}}, {{RVO|o}}, burgemeester van {{Ermelo|l}}",
], engine="docx", producer="LibreOffice 7.6", creator="Writer", author="Anouk van 't Hul",
    hidden=[("metadata", "P", "Anouk van 't Hul")]))

# wz16 Statenvragen
DOCS.append(Doc("wz16", [
    "# Schriftelijke vragen ex artikel 44 Reglement van Orde",
    "Nummer: {{PS2026-114|r}}     Datum: 16 januari 2026",
    "Indiener(s): {{Reijers|f}} ({{PvdD|o}}) en {{Van Wijhe|f}} ({{BBB|o}})",
    "Onderwerp: ontsnapte serval {{Dierenpark De Wolvenhorst|o}}",
    "",
    "Inleiding: Op 14 januari ontsnapte een serval uit een particulier dierenpark in {{Ermelo|l}}. Volgens "
    "het {{Ermelo's Weekblad|o}} had de provincie in oktober al gebreken geconstateerd.",
    "1. Klopt het dat toezichthouders van de provincie op 9 oktober 2025 gebreken aan de omheining vaststelden?",
    "2. Waarom is niet direct handhavend opgetreden?",
    "3. Hoeveel particuliere dierenparken met een ontheffing op grond van de {{Wet natuurbescherming|w}} "
    "telt Gelderland, en hoe vaak worden zij gecontroleerd?",
    "4. Is het college bereid met {{RVO|o}} en de {{NVWA|o}} te bezien of de dierentuinvergunning moet worden "
    "ingetrokken?",
    "5. Hoe worden omwonenden geïnformeerd? Een bewoner van de {{Drieërweg|l}} meldde dat zijn kleinzoon nog "
    "steeds angstig is.",
    "",
    "Statenlid {{Reijers|f}}, Partij voor de Dieren",
    "Statenlid {{Van Wijhe|f}}, BBB",
], producer="Microsoft® Word 2019", creator="Microsoft® Word 2019"))
