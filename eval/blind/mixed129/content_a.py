"""Set LV documents 01-16."""
from lib import Doc

GEM = "{{gemeente Meierijstad}}"
HDR = ["{{Gemeente Meierijstad}}", "{{Mgr. Bekkersplein 1|ADDRESS}}, {{5481 GC Schijndel|ADDRESS}} - {{14 0413|PHONE}} - {{leerlingenvervoer@meierijstad.nl|EMAIL}}", ""]
MOT = ["", "## Informatie die niet openbaar gemaakt kan worden",
       "## Motivering", "In de openbaar gemaakte versie zijn alle persoonsgegevens verwijderd op grond van artikel 5.1, tweede lid, onder e, van de {{Wet open overheid|LAW}}."]

DOCS = [
Doc("lv01_woo_verzoek_leerlingenvervoer", [
 "[[Stefan Poelmans]]", "[[Deken van Miertstraat 17|ADDRESS]]", "[[5461 HB Veghel|ADDRESS]]", "[[stefan.poelmans@kpnmail.nl|EMAIL]]",
 "", "Aan het college van burgemeester en wethouders van {{gemeente Meierijstad}}", "Postbus 10.000, 5460 DA Veghel", "",
 "Veghel, 3 november 2025", "Onderwerp: verzoek op grond van de {{Wet open overheid|LAW}} - leerlingenvervoer", "",
 "Geacht college,",
 "Op grond van artikel 4.1 van de {{Wet open overheid|LAW}} verzoek ik u om openbaarmaking van alle documenten over de uitvoering van het leerlingenvervoer in schooljaar 2025-2026, in het bijzonder over de aanbesteding die is gegund aan {{Taxi Brabantstad B.V.}} (perceel 2, {{Veghel-Oost|PLACE}}), de klachten van ouders sinds september 2025 en het incident van 8 oktober 2025 waarbij een leerling van {{SO De Stapsteen}} in een taxibus is achtergebleven.",
 "Het gaat mij om: routeplanningen, incidentmeldingen, e-mails tussen de afdeling {{Onderwijs en Jeugd}}, {{wethouder Van der Steen}} en de vervoerder, het verslag van de {{Klachtencommissie Sociaal Domein}} en interne notities.",
 "Ik ben vader van een leerling die met het aangepast vervoer naar {{Kentalis}} in {{Sint-Michielsgestel|PLACE}} reist; ik vraag de stukken op als inwoner, niet namens een organisatie.",
 "Ik ontvang de documenten graag digitaal. U kunt mij bereiken op [[06 2418 7730|PHONE]].", "",
 "Met vriendelijke groet,", "", "[[S.J. Poelmans]]",
], producer="Microsoft® Word 2019", creator="Microsoft® Word 2019", author="Stefan Poelmans",
   hidden=[]),
]

DOCS += [
Doc("lv02_ontvangstbevestiging_woo", HDR + [
 "Aan: [[de heer S.J. Poelmans]]", "[[Deken van Miertstraat 17|ADDRESS]]", "", "Ons kenmerk: {{WOO-2026-0031|CASE}}", "Datum: 10 november 2025", "",
 "Onderwerp: ontvangstbevestiging Woo-verzoek leerlingenvervoer", "",
 "Geachte heer [[Poelmans]],",
 "Op 3 november 2025 ontvingen wij uw verzoek op grond van de {{Wet open overheid|LAW}} over het leerlingenvervoer en de vervoerder {{Taxi Brabantstad B.V.}}. Uw verzoek is geregistreerd onder zaaknummer {{WOO-2026-0031|CASE}}.",
 "Wij beslissen binnen vier weken na ontvangst. Omdat in de stukken gegevens van derden staan, onder wie ouders en chauffeurs, kunnen wij de termijn met twee weken verdagen (artikel 4.4 {{Woo|LAW}}).",
 "Vragen? Mail naar {{woo@meierijstad.nl|EMAIL}} of bel {{14 0413|PHONE}} en noem het zaaknummer.", "",
 "Hoogachtend,", "namens dezen,", "", "[[Fatma Yıldırım]]", "Woo-coördinator, team {{Juridische Zaken}}",
 "[[f.yildirim@meierijstad.nl|EMAIL]] | [[0413 38 15 02|PHONE]]",
] + MOT, producer="Aspose.Words for .NET 23.4", creator="Zaaksysteem Meierijstad", font="DejaVu"),

Doc("lv03_aanvraag_leerlingenvervoer_de_wit", HDR + [
 "# Aanvraagformulier leerlingenvervoer 2025-2026", "Aanvraagnummer {{LLV-2025-0417|CASE}} - ingediend via {{DigiD|PRODUCT}} op 12 juni 2025", "",
 "## 1. Gegevens leerling",
 "| Naam leerling | [[Sem de Wit]] |", "| Geboortedatum | [[14-03-2015|DOB]] |", "| BSN | [[204918736|BSN]] |",
 "| Adres | [[Hoogstraat 41|ADDRESS]], [[5461 JD Veghel|ADDRESS]] |", "| School | {{SO De Stapsteen}}, {{Frans Halsstraat|ADDRESS}} 2, {{Uden|PLACE}} |", "| Groep / leerjaar | middenbouw 5 |",
 "## 2. Gegevens ouder/verzorger",
 "| Naam | [[Marieke de Wit-Pulles]] |", "| Telefoon | [[06-14 39 82 70|PHONE]] |", "| E-mail | [[mariekedewit83@gmail.com|EMAIL]] |", "| IBAN (reiskostenvergoeding) | [[NL44 INGB 0006 7213 55|IBAN]] |",
 "## 3. Medische en pedagogische indicatie",
 "[[Sem]] heeft een [[autismespectrumstoornis|HEALTH]] en [[epilepsie|HEALTH]] (absences, medicatie op school). Hij kan niet zelfstandig reizen en raakt overprikkeld in een volle bus. Vaste chauffeur en vaste plaats voorin gewenst.",
 "Verklaring van [[dr. A. Kocabaş|PERSON]], kinderneuroloog {{Maxima MC|ORG}}, bijgevoegd.",
 "## 4. Gevraagde voorziening", "Aangepast vervoer (taxibus) op grond van artikel 7 van de {{Verordening leerlingenvervoer Meierijstad 2024|LAW}}, met begeleiding.",
 "## 5. Ondertekening", "Naar waarheid ingevuld door [[M. de Wit-Pulles]], 12 juni 2025.",
], producer="iText® 7.2.5 ©2000-2023 Apryse Group NV", creator="Formulierenserver eFormulieren", font="DejaVuCond"),

Doc("lv04_beschikking_leerlingenvervoer", HDR + [
 "Aan: [[mevrouw M. de Wit-Pulles]]", "[[Hoogstraat 41|ADDRESS]]", "[[5461 JD Veghel|ADDRESS]]", "",
 "Datum: 8 juli 2025", "Kenmerk: {{LLV-2025-0417|CASE}} / {{Z/25/118934|CASE}}", "Onderwerp: besluit aanvraag leerlingenvervoer", "",
 "Geachte mevrouw [[De Wit-Pulles]],",
 "U vroeg leerlingenvervoer aan voor uw zoon [[Sem]] (geboren [[14 maart 2015|DOB]]), leerling van {{SO De Stapsteen}} in {{Uden|PLACE}}. Wij kennen aangepast vervoer toe met de taxibus van {{Taxi Brabantstad B.V.}} voor het schooljaar 2025-2026.",
 "Bij dit besluit betrokken wij de medische verklaring over [[epilepsie|HEALTH]] en de adviezen van de {{GGD Hart voor Brabant}}. De vervoerder ontvangt alleen de gegevens die nodig zijn voor het vervoer: naam, ophaaladres, schooltijden en een noodprotocol.",
 "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken bij het college ({{Algemene wet bestuursrecht|LAW}}, artikel 6:7).", "",
 "Met vriendelijke groet,", "namens het college van burgemeester en wethouders,", "",
 "[[Sanne van den Heuvel-Kuijpers]]", "consulent leerlingenvervoer", "T [[0413 38 12 47|PHONE]] | M [[06-41 87 22 09|PHONE]]",
] + MOT, producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365", author="Heuvel-Kuijpers, S. van den"),

Doc("lv05_bezwaarschrift_el_amrani", [
 "[[Youssef El Amrani]]", "[[Pastoor van Haarenstraat 8|ADDRESS]]", "[[5482 XK Schijndel|ADDRESS]]", "[[y.elamrani@outlook.com|EMAIL]] - [[+31 (0)6 5571 0283|PHONE]]", "",
 "Aan het college van B&W van {{gemeente Meierijstad}}", "t.a.v. de bezwarencommissie", "", "Schijndel, 19 augustus 2025", "",
 "Betreft: bezwaar tegen besluit {{LLV-2025-0533|CASE}} (leerlingenvervoer [[Noor El Amrani]], geboren [[02-09-2013|DOB]])", "",
 "Geachte leden van het college,",
 "Hierbij maak ik bezwaar tegen uw besluit van 15 juli 2025 waarbij u voor mijn dochter [[Noor]] alleen een OV-vergoeding toekent. [[Noor]] heeft [[cerebrale parese|HEALTH]] en loopt met een [[rollator|HEALTH]]; zij kan niet met de buslijn 158 van {{Arriva}} naar {{Mytylschool De Sterrenboog}} in {{'s-Hertogenbosch|PLACE}} reizen.",
 "De consulent, mevrouw [[Van den Heuvel-Kuijpers]], heeft ons niet thuis bezocht en het advies van de schoolarts, [[mw. drs. L. Hoogendoorn|PERSON]], niet meegewogen.",
 "Ik verzoek u het besluit te herroepen en aangepast vervoer toe te kennen. Ik wil graag worden gehoord.", "",
 "Hoogachtend,", "", "[[Y. El Amrani]]", "",
 "Bijlagen: verklaring schoolarts, rapport fysiotherapie [[Fysio Schijndel Centrum|ORG]]",
], producer="Microsoft: Print To PDF", creator="Microsoft Word", font="Times"),

Doc("lv06_routeplanning_perceel2", [
 "{{Taxi Brabantstad B.V.}} - afdeling Planning - {{planning@taxibrabantstad.nl|EMAIL}} - {{0800 0226|PHONE}}", "",
 "# Routeplanning perceel 2 (Veghel-Oost) - schooljaar 2025-2026", "Versie 3, geldig vanaf 1 oktober 2025 - opdrachtgever: {{gemeente Meierijstad}}, contract {{MRS-2024-LLV-02|CASE}}", "",
 "| Route | Chauffeur | Mobiel | Voertuig | Leerlingen (ophaalvolgorde) |",
 "| V-21 | [[Gerrit Bosch]] | [[06 5320 4418|PHONE]] | {{Mercedes Sprinter|PRODUCT}} {{VGL-71-K|CASE}} | [[Sem de Wit]] (07:25), [[Daan 't Hart]] (07:38), [[Lotte Vermeulen]] (07:46) |",
 "| V-22 | [[Mohamed Ouali]] | [[06 3981 0027|PHONE]] | {{Volkswagen Crafter|PRODUCT}} {{VKT-22-R|CASE}} | [[Zofia Wiśniewska]] (07:15), [[Bram van Kessel]] (07:31) |",
 "| V-23 | [[Wendy Lathouwers]] | [[06 1177 6543|PHONE]] | {{Ford Transit|PRODUCT}} {{VRB-90-T|CASE}} | [[Jayden Smits]] (07:20), [[Ilias Bouzid]] (07:29), [[Fleur Raaijmakers]] (07:44) |",
 "| V-24 | [[Kevin van Eert]] | [[06 2248 1990|PHONE]] | {{Mercedes Vito|PRODUCT}} {{VXP-03-N|CASE}} | [[Noor El Amrani]] (07:35) |", "",
 "Begeleiders: route V-21 [[Anja Schepens]], route V-23 [[Rob Hermens]].", 
 "Bijzonderheden: [[Sem de Wit]] vast voorin (medicatie [[epilepsie|HEALTH]] in tas), [[Daan 't Hart]] rolstoel met vierpuntsbevestiging, [[Zofia Wiśniewska]] spreekt weinig Nederlands.",
 "Scholen: {{SO De Stapsteen}} ({{Uden|PLACE}}), {{Antoon van Dijkschool}} ({{Veghel|PLACE}}), {{Kentalis}} ({{Sint-Michielsgestel|PLACE}}), {{Mytylschool De Sterrenboog}} ({{'s-Hertogenbosch|PLACE}}).",
 "Planner: [[H. Sluijters]] - bij calamiteiten de meldkamer bellen, niet de chauffeur.",
], producer="PDFsharp 1.50.5147 (www.pdfsharp.com)", creator="RitPlanner Pro 4.2", font="DejaVuCond", fontsize=9),

Doc("lv07_incidentmelding_achtergebleven_leerling", [
 "# Incidentmelding vervoer", "{{Taxi Brabantstad B.V.}} - kwaliteitsafdeling - meldnummer {{INC-2025-0188|CASE}}", "",
 "| Datum incident | woensdag 8 oktober 2025, 08:10 - 09:05 uur |", "| Route / voertuig | V-21 / {{VGL-71-K|CASE}} |",
 "| Chauffeur | [[G. Bosch]] (personeelsnr. [[TB-4471|ID]]) |", "| Leerling | [[Daan 't Hart]], geboren [[21-11-2016|DOB]] |", "| School | {{SO De Stapsteen}}, {{Uden|PLACE}} |", "",
 "## Wat is er gebeurd",
 "Na het afzetten van de leerlingen bij {{SO De Stapsteen}} reed de chauffeur naar de parkeerplaats aan de {{Industrieweg|ADDRESS}} in {{Veghel|PLACE}} voor zijn pauze. [[Daan]] zat nog vastgezet in zijn rolstoel achterin. Om 09:05 uur belde de school ([[juf Mirjam|PERSON]]) met de meldkamer omdat [[Daan]] niet in de klas was. Een voorbijganger, [[mevrouw Groeneveld|PERSON]], had het kind al gezien en op de ruit geklopt.",
 "De leerling was ongeveer 50 minuten alleen in het voertuig. Buitentemperatuur 11 graden. Geen lichamelijk letsel; wel [[paniekaanval|HEALTH]] en [[hyperventilatie|HEALTH]], opgevangen door de intern begeleider [[Kim Bekkers]].",
 "## Maatregelen",
 "Chauffeur per direct op non-actief. Controle 'sleep-check' bij elke rit verplicht (app {{RideCheck|PRODUCT}}). Moeder ([[Jolanda 't Hart]], [[06-28 44 19 03|PHONE]]) om 09:20 uur gebeld door [[Henk Sluijters]].",
 "Gemeld aan {{gemeente Meierijstad}} (consulent) om 09:40 uur en aan de {{Inspectie Leefomgeving en Transport}}.", "",
 "Opgesteld: [[E. Manders]], directeur, 8 oktober 2025",
], producer="Nitro Pro 13.70.2.40", creator="Nitro Pro", font="Helvetica", author="E. Manders"),
]
