from lib import Doc
DOCS = []
D = DOCS.append

D(Doc("az28_persbericht", [
 "# PERSBERICHT",
 "Oosterwierum, 28 oktober 2026",
 "# Klankbordgroep voor opvanglocatie Zuiderhamweg van start",
 "Het college van {{O:burgemeester en wethouders van Oosterwierum}} heeft een klankbordgroep ingesteld voor de opvanglocatie van het {{O:COA}} aan de {{L:Zuiderhamweg}}. De groep bestaat uit negen leden: omwonenden, {{O:Dorpsbelangen Oosterwierum}}, {{O:VluchtelingenWerk Noord-Nederland}}, het COA en de gemeente.",
 "\"We hebben geleerd van de informatieavond\", zegt {{N:wethouder Tamminga}}. \"Bewoners willen meepraten over verkeer en veiligheid. Dat gaan we nu goed regelen.\"",
 "{{N:Burgemeester Hofstee}}: \"Oosterwierum neemt zijn deel van de opvang. Het COA en de politie hebben afspraken gemaakt over beheer en toezicht.\"",
 "De gemeenteraad bespreekt de locatie op 12 november 2026. Meer informatie: {{L:www.oosterwierum.nl/azc}}.",
 "Noot voor de redactie (niet voor publicatie):",
 "Voor vragen: {{N:woordvoerder Lotte Brink}}, {{M:pers@oosterwierum.nl}}, {{S:14 0596}}. Buiten kantoortijd: [[P:Ilse Kruizinga]], [[T:06-29 11 40 73]].",
], producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365", font="Helvetica",
 hidden={"author": "Kruizinga-Bos, I.", "probes": {"metadata": [("PERSON", "Kruizinga-Bos, I.")]}}))

D(Doc("az29_toets_brandveiligheid", [
 "# Adviesrapport brandveiligheid tijdelijke huisvesting Zuiderhamweg",
 "{{O:Veiligheidsregio Groningen}}, team Risicobeheersing | {{R:VRG-RB-2026-1142}} | 30 oktober 2026",
 "Aanvrager: {{O:COA}}, vastgoed Noord, contactpersoon [[P:ir. Pieter-Jan Sloots]], [[E:pj.sloots@coa.nl]], [[T:088 - 715 73 21]]",
 "Bouwer: {{O:De Meeuw}}, projectleider [[P:Wilbert Nieboer]], [[T:0413-298 811]]",
 "# Bevindingen",
 "1. De units (type {{Z:Flexmodule FM-12}}) voldoen aan het {{W:Besluit bouwwerken leefomgeving}} ({{W:Bbl}}) voor de gebruiksfunctie logies.",
 "2. De bluswatervoorziening aan de {{L:Zuiderhamweg}} is onvoldoende; geadviseerd wordt een extra brandkraan (capaciteit 60 m3/h).",
 "3. Vluchtroutes: de unit voor alleenstaande minderjarigen heeft twee onafhankelijke uitgangen nodig.",
 "4. Brandmeldinstallatie met doormelding naar de meldkamer conform {{W:NEN 2535}}.",
 "# Conclusie",
 "Positief advies onder voorwaarden 2 en 3. Schouw voorafgaand aan ingebruikname.",
 "Inspecteur: [[P:ing. R.J. Haikens]] ([[E:r.haikens@vrgroningen.nl]], [[T:050 - 599 87 14]]) | Collegiale toets: [[P:M. Ten Hove]]",
], producer="Aspose.PDF for Java 23.1", creator="Zaaksysteem VRG", font="Helvetica", size=9.5))

D(Doc("az30_rooster_beveiliging", [
 "# Inzetrooster beveiliging opvanglocatie Zuiderhamweg (bouwfase)",
 "Opdrachtgever: {{O:COA}} | Leverancier: {{O:Trigion}} | contract {{R:TRG-COA-2026-55}} | week 42-43",
 "| Datum | Dienst | Beveiliger | Pasnr. | Mobiel |",
 "| 13-10 | 06-14 | [[P:Mohamed Bouzid]] | [[R:TR-448120]] | [[T:06-14 93 02 77]] |",
 "| 13-10 | 14-22 | [[P:Sanne de Graaf]] | [[R:TR-451006]] | [[T:06 38 20 11 54]] |",
 "| 13-10 | 22-06 | [[P:Joost van den Akker]] | [[R:TR-439871]] | [[T:0031 6 48 22 90 13]] |",
 "| 14-10 | 06-14 | [[P:Mohamed Bouzid]] | TR-448120 | 06-14 93 02 77 |",
 "| 14-10 | 14-22 | [[P:Kevin Tjoa]] | [[R:TR-455532]] | [[T:06-27 74 18 09]] |",
 "| 14-10 | 22-06 | [[P:Joost van den Akker]] | TR-439871 | 0031 6 48 22 90 13 |",
 "| 15-10 | 06-14 | [[P:Priya Ramcharan]] | [[R:TR-460017]] | [[T:06 11 58 36 92]] |",
 "| 15-10 | 14-22 | [[P:Sanne de Graaf]] | TR-451006 | 06 38 20 11 54 |",
 "| 15-10 | 22-06 | [[P:Ricardo Martínez Peña]] | [[R:TR-447395]] | [[T:+31 6 19 04 77 31]] |",
 "Teamleider {{O:Trigion}}: [[P:L. Westerhof]], [[T:088 - 874 46 10 toestel 233]] | Meldkamer {{O:Trigion}}: {{S:0800 - 0227}}",
 "Sleutelbeheer: locatiemanager COA ([[P:O. Bosma]]).",
], producer="Microsoft® Excel® 2016", creator="Microsoft® Excel® 2016", font="DejaVuSansCondensed", size=9))

D(Doc("az31_incidentmelding", [
 "# Melding incident opvanglocatie (bouwfase)",
 "Meldingsnummer {{R:COA-INC-2026-3318}} | 17 oktober 2026, 23:10 uur | locatie: bouwterrein {{L:Zuiderhamweg}}, Oosterwierum",
 "Melder: [[P:Joost van den Akker]] ({{O:Trigion}}), [[T:0031 6 48 22 90 13]]",
 "Omschrijving: twee personen klimmen over het bouwhek en bekladden een unit met de tekst 'AZC NEE'. Bij aanspreken vlucht één persoon; de tweede, [[P:DENNIS WOLTERS]] (geb. [[D:14-03-1988]], BSN [[B:204517863]], [[A:Molenwijk 27]]), blijft staan en is agressief.",
 "De beveiliger loopt bij het aanhouden een [[H:gekneusde pols]] op en wordt gezien op de huisartsenpost {{Z:Ommelander Ziekenhuis}} (foto in dossier).",
 "Politie ({{O:politie Noord-Nederland}}, eenheid OG-21) is ter plaatse om 23:24 uur; proces-verbaal {{R:PL0100-2026318774}}. Verbalisant: [[P:hoofdagent E. Schepers]].",
 "Schade: graffiti op unit 4 (reiniging door {{O:De Meeuw}}).",
 "Afgehandeld door: [[P:Okke Bosma]], locatiemanager, [[E:o.bosma@coa.nl]].",
 "Verzonden aan: {{N:burgemeester Hofstee}} (als hoofd politie), {{M:veiligheid@oosterwierum.nl}}.",
], producer="Microsoft® Word for Microsoft 365", creator="COA Incidentenregistratie (IRIS)", font="DejaVuSans"))

D(Doc("az32_woo_besluit", [
 "{{O:Gemeente Oosterwierum}} | {{L:Raadhuisplein 1}} | Postbus 40 | {{S:14 0596}} | {{M:woo@oosterwierum.nl}}",
 "Aan: de heer [[P:M. Tjoelker]], {{O:Dagblad Noordoost}}, per e-mail: [[E:m.tjoelker@dagbladnoordoost.nl]]",
 "Datum: 14 december 2026 | Ons kenmerk: {{R:WOO-2026-0087}} | Uw verzoek van 2 november 2026",
 "Onderwerp: besluit op uw Woo-verzoek over de opvanglocatie Zuiderhamweg",
 "Geachte heer [[P:Tjoelker]],",
 "# 1. Uw verzoek",
 "U heeft op grond van de {{W:Wet open overheid}} gevraagd om documenten over de vestiging van een azc aan de {{L:Zuiderhamweg}}. Bij brief van 5 november 2026 hebben wij de ontvangst bevestigd. Op 26 november 2026 hebben wij de beslistermijn met twee weken verdaagd.",
 "# 2. Zienswijzen",
 "Het {{O:COA}}, {{O:politie Noord-Nederland}}, {{O:Trigion}}, twee zelfstandigen en elf omwonenden zijn in de gelegenheid gesteld een zienswijze te geven. Het COA en negen omwonenden hebben bezwaar gemaakt tegen openbaarmaking van hun namen en adressen. Met die zienswijzen houden wij rekening.",
 "# 3. Besluit",
 "Wij maken de documenten genoemd in de inventarislijst deels openbaar. Twee documenten (de petitie met adressen en het inzetrooster van de beveiliging) maken wij deels openbaar met weglating van alle persoonsgegevens.",
 "# 4. Overwegingen",
 "Eerbiediging van de persoonlijke levenssfeer ({{W:artikel 5.1, tweede lid, aanhef en onder e, Woo}}). Namen, adressen, telefoonnummers, e-mailadressen en handtekeningen van omwonenden, van medewerkers van de gemeente, het COA, de politie en ingehuurde bedrijven maken wij niet openbaar. Dit geldt niet voor {{N:burgemeester Hofstee}}, {{N:wethouder Tamminga}}, de raadsleden en de woordvoerder, die in hun publieke functie optreden.",
 "Bijzondere persoonsgegevens ({{W:artikel 5.1, eerste lid, onder d, Woo}}). In enkele documenten staan gegevens over de gezondheid van omwonenden en van een beveiliger. Die maken wij niet openbaar.",
 "Identificatienummers ({{W:artikel 5.1, eerste lid, onder e, Woo}}). Een burgerservicenummer maken wij niet openbaar.",
 "Veiligheid ({{W:artikel 5.1, tweede lid, onder h, Woo}}). Uit het veiligheidsadvies maken wij de passage over cameraposities niet openbaar; deze passage staat niet in de openbaar gemaakte versie.",
 "Strafrechtelijke gegevens. De vermelding dat een omwonende bekend is bij de politie is een strafrechtelijk persoonsgegeven ({{W:artikel 5.1, eerste lid, onder d, Woo}}).",
 "# 5. Wijze van openbaarmaking",
 "De documenten worden digitaal aan u verstrekt en gepubliceerd op {{L:open.overheid.nl}}.",
 "# 6. Bezwaar",
 "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij het college van burgemeester en wethouders van Oosterwierum, {{L:Raadhuisplein 1}}.",
 "Hoogachtend,",
 "burgemeester en wethouders van Oosterwierum,",
 "namens dezen,",
 "[[P:mr. A.J. Wiersma-de Groot]]",
 "teamleider Juridische Zaken",
 "Bijlage: {{R:inventarislijst WOO-2026-0087}}",
], producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365", font="Times-Roman", size=11))

inv = [("1", "az01", "Woo-verzoek", "02-11-2026", "deels openbaar", "5.1.2e"),
       ("2", "az03", "Bestuursovereenkomst COA-BO-2026-114", "22-09-2026", "deels openbaar", "5.1.2e"),
       ("3", "az04", "Verslag informatieavond", "05-10-2026", "deels openbaar", "5.1.2e, 5.1.1d"),
       ("4", "az05", "E-mail omwonende", "02-10-2026", "deels openbaar", "5.1.2e"),
       ("5", "az06", "E-mailwisseling school", "13-10-2026", "deels openbaar", "5.1.2e, 5.1.1d"),
       ("6", "az07", "Brief omwonende (scan)", "03-10-2026", "deels openbaar", "5.1.2e"),
       ("7", "az08", "Petitie", "01-10-2026", "deels openbaar", "5.1.2e"),
       ("8", "az09", "Brief burgemeester", "09-10-2026", "deels openbaar", "5.1.2e"),
       ("9", "az10", "Raadsvragen", "06-10-2026", "deels openbaar", "5.1.2e"),
       ("10", "az11", "Beantwoording raadsvragen", "27-10-2026", "deels openbaar", "5.1.2e"),
       ("11", "az12", "Veiligheidsadvies", "14-10-2026", "deels openbaar", "5.1.2e, 5.1.2h, 5.1.1d"),
       ("12", "az13", "WhatsApp-export buurtapp", "13-10-2026", "deels openbaar", "5.1.2e"),
       ("13", "az16", "Teams-chat projectteam", "13-10-2026", "deels openbaar", "5.1.2e"),
       ("14", "az17", "Beslisnota klankbordgroep", "20-10-2026", "deels openbaar", "5.1.2e"),
       ("15", "az23", "Factuur gespreksleider", "09-10-2026", "deels openbaar", "5.1.2e"),
       ("16", "az30", "Inzetrooster beveiliging", "12-10-2026", "deels openbaar", "5.1.2e"),
       ("17", "az31", "Incidentmelding", "17-10-2026", "deels openbaar", "5.1.2e, 5.1.1d, 5.1.1e"),
       ("18", "-", "Raadsvoorstel locatie (reeds openbaar)", "29-10-2026", "reeds openbaar", "-")]
lines = ["# Inventarislijst Woo-besluit {{R:WOO-2026-0087}}",
         "Verzoeker: [[P:M. Tjoelker]] ({{O:Dagblad Noordoost}}) | behandelaar: [[P:A. Wiersma]] | datum besluit 14 december 2026",
         "| Nr | Document | Omschrijving | Datum | Beoordeling | Grond | Toelichting |"]
for r in inv:
    lines.append("| " + " | ".join(r) + " | " + ("zie www.oosterwierum.nl/raad" if r[1] == "-" else "") + " |")
lines.append("Documenten over de klankbordgroep (az17, az22, az25) zijn ook gedeeld met de leden van de klankbordgroep; de namen van leden die daar geen toestemming voor gaven zijn weggelaten.")
D(Doc("az33_inventarislijst", lines, producer="Microsoft® Excel® for Microsoft 365", creator="Microsoft® Excel® for Microsoft 365", font="Helvetica", size=9))
