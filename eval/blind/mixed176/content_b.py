from lib import Doc, H, R
from people import P
from content_a import W, OUTL, ASPOSE, ITEXT, NITRO, SCAN

DOCS = []

DOCS.append(Doc("ic08_consensusverslag", "Verslag consensusbijeenkomst evaluatiecommissie", [
 "# Verslag consensusbijeenkomst evaluatiecommissie",
 "Aanbesteding Inhuur interim ICT-consultants 2026 - 5 maart 2026, 09:30-12:45 uur, Thorbeckezaal",
 "|Naam|Rol|Aanwezig",
 "|Jeroen 't Hart|voorzitter, inkoopadviseur IUC|ja",
 "|Bram ter Weele|beoordelaar B1|ja",
 "|Noor El Idrissi|beoordelaar B2|ja",
 "|Pieter-Jan Oosterbroek|beoordelaar B3, budgethouder|ja (vanaf 10:15)",
 "|Sevda Yıldırım|juridisch adviseur, geen stemrecht|ja",
 "|Wilma Zwanenburg|verslag|ja",
 "|Gerrit Smeenk|waarnemer Auditdienst Rijk|nee, bericht van verhindering",
 "## 1. Opening en onpartijdigheid",
 "De voorzitter opent de vergadering. Alle leden hebben de verklaring van geheimhouding en onpartijdigheid getekend. "
 "PJ meldt dat hij in 2022 met Kees de Boer van Kernwerk Interim B.V. heeft samengewerkt bij SSC-ICT; de commissie acht dit "
 "geen belangenconflict, maar het wordt vastgelegd.",
 "## 2. Perceel 1 enterprise-architectuur",
 "De verschillen op K2 worden besproken. Bram vindt het CV van Meulenbelt het sterkst; Noortje wijst op de overlappende "
 "opdrachten in 2019-2021. Na toelichting door Kernwerk Interim B.V. (mail van 4 maart) stelt de commissie de consensusscore op 8. "
 "Ruiz Digital Advies eindigt op plaats twee; Brugman & Oost Consultancy op plaats drie.",
 "## 3. Perceel 2 cloudmigratie",
 "Søren Kjærgaard (Brugman & Oost Consultancy) scoort hoog op Azure en Kubernetes. Kernwerk Interim B.V. biedt voor Perceel 2 "
 "Hélène Desmet-Vos aan; de commissie twijfelt aan haar beschikbaarheid. Consensus: Brugman & Oost Consultancy eerste.",
 "---",
 "## 4. Perceel 3 informatiebeveiliging",
 "Velthoven IT Professionals (consultant F. Çelik) scoort op alle kwalitatieve criteria hoger dan Bakhuys ICT. Het prijsverschil "
 "(13 euro per uur) weegt daar niet tegen op. Sevda adviseert de afwijzingsbrief aan Bakhuys ICT goed te motiveren, omdat mevrouw "
 "Bakhuys als eenmanszaak inschreef en een kort geding niet ondenkbaar is.",
 "## 5. Besluit",
 "|Perceel|Voorlopige gunning aan|Eindscore",
 "|1|Kernwerk Interim B.V.|8,12",
 "|2|Brugman & Oost Consultancy|8,47",
 "|3|Velthoven IT Professionals|8,05",
 "## Actiepunten",
 "|Nr.|Actie|Wie|Wanneer",
 "|1|Gunningsbeslissingen opstellen en laten tekenen door afdelingshoofd|JtH|10 maart",
 "|2|Afwijzingsbrieven juridisch toetsen|SY|11 maart",
 "|3|Beslisnota inhuur aan de staatssecretaris|PJO|12 maart",
 "|4|Verslag vaststellen en archiveren in DIV-zaaksysteem|WZ|9 maart",
 "|5|Referentie Meulenbelt bij Rijkswaterstaat navragen|BtW|6 maart",
 "Verslag: W. Zwanenburg, 6 maart 2026",
], P("jeroen", "bram", "noor", "pj", "sevda", "wilma", "gerrit", "kees", "dj", "soren", "helene", "fatma", "ilse", "mateo"),
 ["juridisch adviseur", "waarnemer", "belangenconflict", "DIV-zaaksysteem", "8,12", "8,47", "8,05", "Actiepunten", "kort geding"],
 prod=W))

DOCS.append(Doc("ic09_cv_meulenbelt", "CV D.J. Meulenbelt", [
 "# Curriculum vitae",
 "## DIRK-JAN MEULENBELT - Senior enterprise-architect",
 "Aangeboden door Kernwerk Interim B.V. voor Perceel 1 (TenderNed 381204)",
 "|Persoonlijke gegevens|",
 "|Naam|Dirk-Jan Meulenbelt",
 "|Geboortedatum|2 november 1984",
 "|Adres|Oudegracht 212-bis, 3511 NR Utrecht",
 "|Telefoon|06 1844 2093",
 "|E-mail|dirkjan.meulenbelt@kernwerk-interim.nl",
 "|Beschikbaarheid|36 uur per week vanaf 1 mei 2026",
 "## Profiel",
 "Meulenbelt is een ervaren enterprise-architect met twaalf jaar ervaring in het openbaar bestuur. Hij vertaalt beleid naar "
 "architectuurprincipes en stuurt op samenhang tussen programma's. Gecertificeerd in TOGAF 9 Certified, ArchiMate 3.1 en SAFe 6.0.",
 "## Werkervaring",
 "|Periode|Opdrachtgever|Rol|Resultaat",
 "|2023-heden|Rijkswaterstaat|Lead architect Programma Digitale Basis|Doelarchitectuur vastgesteld; cloudstrategie Azure",
 "|2021-2023|Belastingdienst|Domeinarchitect|Referentiearchitectuur gegevensuitwisseling",
 "|2019-2021|Logius|Solution architect|Migratie naar Kubernetes-platform",
 "|2019-2020|Gemeente Amersfoort|Architect (parttime)|Informatiebeleidsplan",
 "|2014-2019|Velthoven IT Professionals|Consultant|Diverse opdrachten bij overheid",
 "---",
 "## Opleiding",
 "|Jaar|Opleiding",
 "|2008|MSc Computer Science, Universiteit Utrecht",
 "|2016|TOGAF 9 Certified (The Open Group)",
 "|2022|SAFe 6.0 Architect",
 "## Referenties",
 "Referent 1: Gerrit Smeenk, auditor, telefoon 06 5512 0937 (opdracht Belastingdienst).",
 "Referent 2: op aanvraag.",
 "## Nevenactiviteiten",
 "Bestuurslid Stichting Ada Lovelace (onbezoldigd), mentor bij de Grace Hopper-zaal meetups in het Beatrixgebouw.",
 "Handtekening consultant: D.J. Meulenbelt, Utrecht, 14 februari 2026",
], P("dj", "gerrit"), ["ArchiMate 3.1", "SAFe 6.0", "Universiteit Utrecht", "The Open Group", "Gemeente Amersfoort", "Curriculum vitae",
  "Senior enterprise-architect", "Lead architect"], producer="rltt", prod=ASPOSE))

DOCS.append(Doc("ic10_cv_kjaergaard", "CV Søren Kjærgaard", [
 "CURRICULUM VITAE – SØREN KJÆRGAARD",
 "Cloud-architect – aangeboden door Brugman & Oost Consultancy voor Perceel 2",
 "Naam: Søren Kjærgaard",
 "Geboren: 17 juni 1981 te Aarhus (Denemarken)",
 "Mobiel: +31 6 4120 7781",
 "E-mail: søren.kjærgaard@brugman-oost.nl",
 "Profiel",
 "Kjærgaard ontwerpt en migreert workloads naar Azure en Kubernetes voor publieke organisaties. Hij werkt volgens Scrum en DevOps "
 "en heeft ervaring met zero trust-netwerken en de BIO.",
 "|Periode|Opdrachtgever|Rol",
 "|2022-heden|SSC-ICT|Cloud-architect Azure-landingzone",
 "|2018-2022|Gemeente Amsterdam|Platform engineer Kubernetes",
 "|2012-2018|Maersk IT, Kopenhagen|DevOps engineer",
 "Certificaten: Microsoft Certified Azure Solutions Architect Expert, CKA (Certified Kubernetes Administrator).",
 "Talen: Deens (moedertaal), Engels, Nederlands (B2).",
 "Søren is per 1 mei 2026 beschikbaar voor 40 uur per week.",
], P("soren"), ["Azure Solutions Architect Expert", "Certified Kubernetes Administrator", "Gemeente Amsterdam", "Maersk IT", "Aarhus",
  "Cloud-architect", "Platform engineer"], producer="docx", prod=("LibreOffice 7.6", "Writer")))

DOCS.append(Doc("ic11_tariefoverzicht", "Tariefoverzicht ingehuurde consultants 2026", [
 "# Tariefoverzicht ingehuurde interim ICT-consultants",
 "Directie Informatievoorziening - peildatum 1 juni 2026 - raamovereenkomst INH-ICT-2026-014",
 "|Consultant|Leverancier|Perceel|Uurtarief excl. btw|Uren per week|Einddatum",
 "|D.J. Meulenbelt|Kernwerk Interim B.V.|1|148,50 euro|36|30-04-2027",
 "|H. Desmet-Vos|Kernwerk Interim B.V.|1|139,00 euro|24|31-12-2026",
 "|S. Kjærgaard|Brugman & Oost Consultancy|2|152,00 euro|40|30-04-2027",
 "|F. Çelik|Velthoven IT Professionals|3|162,00 euro|32|31-05-2027",
 "|M. Ruiz Fernández|Ruiz Digital Advies (onderaanneming)|1|125,00 euro|16|31-10-2026",
 "Het gemiddelde uurtarief ligt met 145,30 euro onder het maximum van de aanbesteding. De tarieven zijn bedrijfsgegevens van de "
 "leveranciers; bij openbaarmaking is een zienswijze gevraagd (artikel 5.1 lid 1 sub c Woo).",
 "Totale verplichting 2026: 1.284.600 euro (budget Programma Digitale Basis).",
 "Opgesteld door de contractmanager DIV; vastgesteld door het afdelingshoofd.",
], P("dj", "helene", "soren", "fatma", "mateo") + [H("metadata", "PERSON", "Marloes van den Heuvel-Kraaijeveld", "Heuvel-Kraaijeveld")],
 ["145,30 euro", "1.284.600 euro", "152,00 euro", "onderaanneming", "bedrijfsgegevens", "artikel 5.1 lid 1 sub c"],
 prod=("Microsoft® Excel® for Microsoft 365", "Microsoft® Excel® for Microsoft 365"), author="Heuvel-Kraaijeveld, Marloes van den"))

DOCS.append(Doc("ic12_mailwisseling_tarieven", "RE: Tariefverhoging Kernwerk Interim", [
 "Van: Heuvel, Marloes van den <marloes.vanden.heuvel@minienw.nl>",
 "Verzonden: dinsdag 16 juni 2026 10:22",
 "Aan: Kees de Boer <kees.deboer@kernwerk-interim.nl>",
 "CC: Oosterbroek, Pieter-Jan <pieter-jan.oosterbroek@minienw.nl>; contractmanagement-div@minienw.nl",
 "Onderwerp: RE: Tariefverhoging Kernwerk Interim",
 "",
 "Beste Kees,",
 "Dank voor je toelichting. Een verhoging van het uurtarief van Dirk-Jan naar 162 euro past niet binnen de raamovereenkomst: "
 "indexering mag alleen per 1 januari volgens de CBS-index. Ik stel voor dat we dit bespreken in het kwartaaloverleg van 2 juli "
 "in het Beatrixgebouw. Meerwerk voor de Kubernetes-migratie kan alleen via een nadere opdracht met een eigen offerte.",
 "Met vriendelijke groet,",
 "Marloes van den Heuvel-Kraaijeveld",
 "Contractmanager | Directie Informatievoorziening",
 "Ministerie van Infrastructuur en Waterstaat | Rijnstraat 8 | 2515 XP Den Haag",
 "M 06-48271935",
 "",
 "Van: Kees de Boer <kees.deboer@kernwerk-interim.nl>",
 "Verzonden: maandag 15 juni 2026 17:05",
 "Aan: Heuvel, Marloes van den <marloes.vanden.heuvel@minienw.nl>",
 "Onderwerp: Tariefverhoging Kernwerk Interim",
 "",
 "Hoi Marloes,",
 "Zoals telefonisch besproken: Dirk-Jan heeft een aanbod van een andere opdrachtgever voor 175 euro per uur. Om hem voor het "
 "Programma Digitale Basis te behouden, stellen wij voor zijn tarief per 1 juli te verhogen naar 162 euro. Hélène kan eventueel "
 "een deel van zijn werk overnemen, maar zij is pas in september beschikbaar.",
 "Groet,",
 "Kees de Boer",
 "Accountmanager Overheid | Kernwerk Interim B.V. | Amersfoort",
 "T 030 - 231 77 40",
 "---",
 "Van: Oosterbroek, Pieter-Jan <pieter-jan.oosterbroek@minienw.nl>",
 "Verzonden: dinsdag 16 juni 2026 11:03",
 "Aan: Heuvel, Marloes van den <marloes.vanden.heuvel@minienw.nl>",
 "CC: Yıldırım, Sevda <sevda.yildirim@minienw.nl>",
 "Onderwerp: RE: Tariefverhoging Kernwerk Interim",
 "",
 "Marloes, helemaal eens. Sevda, kun jij nagaan of een tussentijdse tariefverhoging een wezenlijke wijziging is in de zin van "
 "artikel 2.163g van de Aanbestedingswet 2012? Dan weten we waar we staan voordat Kees weer belt.",
 "PJ",
 "Pieter-Jan Oosterbroek | budgethouder DIV | 06-21145870",
 "",
 "Van: Yıldırım, Sevda <sevda.yildirim@minienw.nl>",
 "Verzonden: dinsdag 16 juni 2026 14:40",
 "Aan: Oosterbroek, Pieter-Jan <pieter-jan.oosterbroek@minienw.nl>; Heuvel, Marloes van den <marloes.vanden.heuvel@minienw.nl>",
 "Onderwerp: RE: Tariefverhoging Kernwerk Interim",
 "",
 "Dag PJ en Marloes,",
 "Een prijsverhoging van ruim 9% zonder grondslag in de overeenkomst is in beginsel een wezenlijke wijziging. Mijn advies: niet doen. "
 "Wel kan de opdrachtgever bij vertrek van Meulenbelt een vervangende consultant van gelijkwaardig niveau eisen (artikel 8 ARVODI-2018).",
 "Sevda Yıldırım | senior jurist aanbestedingsrecht | +31 (0)6 2019 4477",
], P("marloes", "kees", "pj", "sevda", "dj", "helene"),
 ["artikel 2.163g", "wezenlijke wijziging", "kwartaaloverleg", "Accountmanager Overheid", "175 euro", "162 euro", "artikel 8 ARVODI-2018",
  "aanbestedingsrecht"], prod=OUTL))

DOCS.append(Doc("ic13_mail_ziekmelding", "Vervanging consultant Perceel 3", [
 "Van: Heuvel, Marloes van den <marloes.vanden.heuvel@minienw.nl>",
 "Verzonden: vrijdag 4 september 2026 08:51",
 "Aan: f.celik@velthoven-it.nl",
 "CC: Blokzijl, Ruud <r.blokzijl@minienw.nl>",
 "Onderwerp: Vervanging consultant Perceel 3",
 "",
 "Beste Fatma,",
 "Ik hoor van je collega dat je sinds 24 augustus thuis bent met een hernia en voorlopig niet kunt werken. Sterkte met je herstel. "
 "Velthoven IT Professionals heeft ons gevraagd om tijdelijk een vervanger in te zetten. Daar hebben wij geen bezwaar tegen, mits "
 "de vervanger voldoet aan de eisen van Perceel 3 (ISO 27001 Lead Auditor, ervaring met de BIO).",
 "Ik heb dit afgestemd met Ruud Blokzijl, afdelingshoofd. Voor vragen kun je mij bellen op 06 48 27 19 35.",
 "Groet, Marloes",
 "",
 "Van: Fatma Çelik <f.celik@velthoven-it.nl>",
 "Verzonden: donderdag 3 september 2026 19:12",
 "Aan: Heuvel, Marloes van den <marloes.vanden.heuvel@minienw.nl>",
 "Onderwerp: Afwezigheid",
 "",
 "Hoi Marloes, excuus voor de late melding. De fysiotherapeut verwacht dat ik over zes weken weer kan beginnen. "
 "Mijn werk aan het zero trust-ontwerp staat in de projectmap. Bel gerust: 06-30098412. Fatma",
], P("marloes", "ruud", "fatma") + [R("HEALTH", "hernia (5.1.1d)", "hernia"), R("HEALTH", "fysiotherapeut (5.1.1d)", "fysiotherapeut")],
 ["projectmap", "zero trust-ontwerp", "ISO 27001 Lead Auditor"], prod=OUTL))

DOCS.append(Doc("ic14_teams_chat", "Teams-chat evaluatiecommissie", [
 "# Chat: Evaluatie ICT-inhuur (Microsoft Teams) - export 5 maart 2026",
 "> [04-03-2026 16:02] Bram ter Weele: zijn jullie klaar met de individuele scores perceel 1?",
 "> [04-03-2026 16:05] Noor El Idrissi: bijna, nog K3 van Ruiz. Hoe weeg jij die borging?",
 "> [04-03-2026 16:06] Bram ter Weele: zwak, hij is een eenpitter. Als Mateo ziek wordt ligt alles stil",
 "> [04-03-2026 16:09] Pieter-Jan Oosterbroek: let op, geen opmerkingen over personen in de matrix, alleen over de inschrijving",
 "> [04-03-2026 16:10] Noor El Idrissi: check PJ",
 "> [04-03-2026 16:31] Bram ter Weele: Noortje, heb jij het CV van Kjærgaard nog? link werkt niet",
 "> [04-03-2026 16:33] Noor El Idrissi: staat in de TenderNed-omgeving, map Perceel 2",
 "> [04-03-2026 17:45] Jeroen 't Hart: morgen 09:30 Thorbeckezaal. Koffie staat klaar. Neem je laptop mee",
 "> [04-03-2026 17:46] Pieter-Jan Oosterbroek: ik ben er pas om kwart over tien, tandarts",
 "> [04-03-2026 17:50] Jeroen 't Hart: prima PJ, we beginnen met perceel 2",
 "> [05-03-2026 12:51] Noor El Idrissi: goed gedaan allemaal! Bram bedankt voor de voorbereiding",
], P("bram", "noor", "pj", "jeroen", "mateo", "soren") + [R("HEALTH", "tandarts (5.1.1d)", "tandarts")],
 ["TenderNed-omgeving", "Microsoft Teams", "eenpitter", "individuele scores"], producer="rltt", prod=("Microsoft Teams export", "")))

DOCS.append(Doc("ic15_whatsapp", "WhatsApp-chat contractmanager", [
 "# WhatsApp-chat met Mateo Ruiz",
 "> 12-06-2026 08:14 - Marloes: Hoi Mateo, lukt het om vandaag de architectuurschets voor de Rijksinkoopstelsel-koppeling te sturen?",
 "> 12-06-2026 08:20 - Mateo Ruiz: Goedemorgen! Ja, voor 12 uur. Ik zit nog bij Logius voor die andere klus",
 "> 12-06-2026 08:21 - Marloes: Top. En je factuur van mei: graag met het inkoopordernummer 4500871122 erop, anders betaalt SSO niet",
 "> 12-06-2026 08:23 - Mateo Ruiz: Oeps. Stuur ik opnieuw. Mijn IBAN is nog steeds NL42 RABO 0317 6654 21 hoor",
 "> 12-06-2026 11:47 - Mateo Ruiz: <bijlage: schets_koppeling_v3.pdf>",
 "> 12-06-2026 11:58 - Marloes: Ontvangen, dank je! Fijn weekend",
 "> 12-06-2026 12:02 - Mateo Ruiz: Jij ook! Groetjes aan PJ",
 "> 15-06-2026 09:10 - Marloes: Mateo, Kees belde, Kernwerk wil jouw uren per 1 juli overnemen. Weet jij daarvan?",
 "> 15-06-2026 09:31 - Mateo Ruiz: Nee! Ik bel je zo, 06-55873102 als je mij niet te pakken krijgt",
], P("mateo", "marloes", "pj", "kees") + [R("PERSON", "Mateo Ruiz (short)", "Mateo Ruiz")],
 ["4500871122", "schets_koppeling_v3.pdf", "inkoopordernummer", "SSO"], producer="rltt", prod=("PDFpen 13.1", "PDFpen")))
