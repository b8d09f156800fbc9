from lib import Doc, H, R
from people import P

W = ("Microsoft® Word for Microsoft 365", "Microsoft® Word for Microsoft 365")
OUTL = ("Microsoft® Outlook® for Microsoft 365", "Microsoft® Outlook® for Microsoft 365")
ASPOSE = ("Aspose.PDF for .NET 23.4", "Aspose.Words for .NET 23.4")
ITEXT = ("iText® 7.2.5 ©2000-2023 iText Group NV", "DocGen IenW 4.1")
NITRO = ("Nitro PDF PrimoPDF", "Nitro Pro 13")
SCAN = ("RICOH IM C3000 PDF", "RICOH IM C3000")

DOCS = []

DOCS.append(Doc("ic01_woo_verzoek", "Woo-verzoek inhuur interim ICT-consultants", [
 "# Verzoek op grond van de Wet open overheid",
 "Van: Thijs Verhoeven-Sánchez <thijs.vs@protonmail.com>",
 "Verzonden: maandag 9 maart 2026 21:14",
 "Aan: woo@minienw.nl",
 "Onderwerp: Woo-verzoek inhuur interim ICT-consultants (TenderNed 381204)",
 "",
 "Geachte heer, mevrouw,",
 "Op grond van de Wet open overheid (Woo) verzoek ik het Ministerie van Infrastructuur en Waterstaat om openbaarmaking "
 "van alle documenten over de aanbesteding 'Inhuur interim ICT-consultants 2026' (TenderNed 381204, kenmerk "
 "IENW/BSK-2026/41177), waaronder de beoordelingsmatrices van Perceel 1, Perceel 2 en Perceel 3, het consensusverslag van "
 "de evaluatiecommissie, de gunningsbeslissing, de uurtarieven van de ingehuurde consultants en de correspondentie van de "
 "contractmanager met de leveranciers over verlenging en meerwerk.",
 "Aanleiding is de berichtgeving over uurtarieven van meer dan 200 euro en de schriftelijke vragen van het lid Van Rijswijk (SP) "
 "aan minister Van Oostveen (2026Z07714).",
 "Ik ontvang de documenten bij voorkeur digitaal. Voor vragen ben ik bereikbaar op 06 1359 2208.",
 "",
 "Met vriendelijke groet,",
 "Thijs Verhoeven-Sánchez",
 "Lange Nieuwstraat 112",
 "3512 PN Utrecht",
 "",
 "Van: Dijkhuizen, Chantal <c.dijkhuizen@minienw.nl>",
 "Verzonden: dinsdag 10 maart 2026 08:37",
 "Aan: Hart, Jeroen 't <j.thart@minienw.nl>; Heuvel, Marloes van den <marloes.vanden.heuvel@minienw.nl>",
 "CC: Yıldırım, Sevda <sevda.yildirim@minienw.nl>; woo@minienw.nl",
 "Onderwerp: FW: Woo-verzoek inhuur interim ICT-consultants (TenderNed 381204)",
 "Jeroen en Marloes, willen jullie vóór 17 maart alle documenten uit TenderNed en de contractmap aanleveren? Sevda kijkt mee "
 "naar de zienswijzen van de leveranciers. Groet, Chantal (070-4567321 toestel 214)",
], P("thijs", "chantal", "jeroen", "marloes", "sevda"), ["Verzoek op grond van de Wet open overheid", "contractmap"], prod=("Mozilla/5.0 Thunderbird PDF export", "Thunderbird 128.3")))

DOCS.append(Doc("ic02_ontvangstbevestiging", "Ontvangstbevestiging Woo-verzoek WOO-2026-0318", [
 "Ministerie van Infrastructuur en Waterstaat",
 "Directie Informatievoorziening",
 "Rijnstraat 8, 2515 XP Den Haag",
 "",
 "De heer T. Verhoeven-Sánchez",
 "Lange Nieuwstraat 112",
 "3512 PN Utrecht",
 "",
 "Datum: 12 maart 2026",
 "Kenmerk: WOO-2026-0318",
 "Onderwerp: Ontvangstbevestiging Woo-verzoek",
 "",
 "Geachte heer Verhoeven-Sánchez,",
 "Op 9 maart 2026 hebben wij uw verzoek op grond van de Wet open overheid ontvangen over de aanbesteding van interim "
 "ICT-consultants (TenderNed 381204). Uw verzoek is geregistreerd onder nummer WOO-2026-0318.",
 "Op grond van artikel 4.4 van de Woo beslissen wij binnen vier weken na ontvangst. Deze termijn kan met twee weken worden verdaagd. "
 "Omdat in de documenten gegevens van derden staan (Kernwerk Interim B.V., Brugman & Oost Consultancy en Velthoven IT Professionals), "
 "stellen wij hen in de gelegenheid een zienswijze te geven.",
 "Heeft u vragen, neem dan contact op met de Woo-coördinator, Chantal Dijkhuizen, via woo@minienw.nl of 070-4567321 toestel 214. "
 "U kunt ook het algemene nummer 14 070 bellen.",
 "",
 "Hoogachtend,",
 "de minister van Infrastructuur en Waterstaat,",
 "namens dezen,",
 "het afdelingshoofd Informatiehuishouding,",
 "",
 "C. Dijkhuizen",
], P("chantal", "thijs"), ["Informatiehuishouding", "artikel 4.4", "zienswijze", "de minister van Infrastructuur en Waterstaat"],
 producer="docx", prod=("LibreOffice 7.6", "Writer")))

DOCS.append(Doc("ic03_aanbestedingsleidraad", "Aanbestedingsleidraad Inhuur interim ICT-consultants 2026", [
 "# Aanbestedingsleidraad Inhuur interim ICT-consultants 2026",
 "Europese openbare procedure, TenderNed 381204, kenmerk IENW/BSK-2026/41177, versie 1.2 (definitief)",
 "## 1. Inleiding",
 "Het Ministerie van Infrastructuur en Waterstaat, Directie Informatievoorziening, wil voor het Programma Digitale Basis een "
 "raamovereenkomst sluiten voor de inhuur van interim ICT-consultants. De opdracht is verdeeld in drie percelen: Perceel 1 "
 "enterprise-architectuur, Perceel 2 cloudmigratie (Azure, Kubernetes) en Perceel 3 informatiebeveiliging (BIO, ISO 27001, zero trust).",
 "De aanbesteding wordt uitgevoerd door het Inkoopuitvoeringscentrum (IUC) volgens de Aanbestedingswet 2012 en de Gids Proportionaliteit.",
 "## 2. Contact en communicatie",
 "Alle communicatie loopt via de berichtenmodule van TenderNed. Vragen kunnen tot 20 januari 2026 worden gesteld; de antwoorden "
 "worden gepubliceerd in een Nota van Inlichtingen. Contact met andere medewerkers van IenW over deze aanbesteding is niet toegestaan. "
 "Functionele mailbox: inkoop-iuc@minienw.nl.",
 "## 3. Gunningscriteria",
 "De opdracht wordt gegund op basis van de beste prijs-kwaliteitverhouding (EMVI). De gunningscriteria zijn:",
 "|Criterium|Weging|Maximale score",
 "|K1 Plan van aanpak en visie op de opdracht|35%|10",
 "|K2 Kwaliteit aangeboden consultants (CV's)|30%|10",
 "|K3 Kennisoverdracht en borging|10%|10",
 "|P Prijs (gewogen gemiddeld uurtarief)|25%|10",
 "Iedere kwalitatieve inschrijving wordt eerst individueel beoordeeld door drie leden van de evaluatiecommissie. Daarna stelt de "
 "commissie in een consensusbijeenkomst de score vast. De namen van de beoordelaars worden niet bekendgemaakt aan inschrijvers.",
 "---",
 "## 4. Prijs",
 "Inschrijvers geven per functieprofiel een maximaal uurtarief exclusief btw op. Het maximale uurtarief bedraagt 165 euro voor "
 "Perceel 1, 155 euro voor Perceel 2 en 170 euro voor Perceel 3. Reis- en verblijfkosten zijn inbegrepen. Op de overeenkomst zijn de "
 "ARVODI-2018 van toepassing.",
 "## 5. Uitsluitingsgronden en geschiktheidseisen",
 "Inschrijvers leveren een Uniform Europees Aanbestedingsdocument (UEA) in. De inschrijver heeft in de afgelopen drie jaar ten minste "
 "twee vergelijkbare opdrachten uitgevoerd. Consultants werken niet in een schijnzelfstandige constructie; de opdrachtgever toetst "
 "de inzet aan de Wet DBA.",
 "## 6. Planning",
 "|Activiteit|Datum",
 "|Publicatie aankondiging|5 januari 2026",
 "|Uiterste datum vragen|20 januari 2026",
 "|Nota van Inlichtingen|27 januari 2026",
 "|Sluiting inschrijving|16 februari 2026, 12:00 uur",
 "|Voorlopige gunning|13 maart 2026",
 "|Ingangsdatum raamovereenkomst|1 mei 2026",
 "De opening van de inschrijvingen vindt plaats in de Thorbeckezaal, Rijnstraat 8 te Den Haag.",
], [H("outline", "PERSON", "Bram ter Weele", "ter Weele"), H("outline", "PERSON", "Sevda Yıldırım", "Yıldırım"),
    H("outline", "PERSON", "Wilma Zwanenburg", "Wilma Zwanenburg")],
 ["Aanbestedingsleidraad", "UEA", "Uniform Europees Aanbestedingsdocument", "Europese openbare procedure", "165 euro", "155 euro",
  "170 euro", "schijnzelfstandige"],
 producer="rltt", prod=ITEXT,
 outline=[("1. Inleiding (tekst afgestemd met ter Weele)", 0), ("3. Gunningscriteria - juridische toets Yıldırım", 0),
          ("6. Planning - bijgewerkt door Wilma Zwanenburg", 1)]))

DOCS.append(Doc("ic04_nota_van_inlichtingen", "Nota van Inlichtingen", [
 "# Nota van Inlichtingen",
 "Aanbesteding Inhuur interim ICT-consultants 2026 - TenderNed 381204 - 27 januari 2026",
 "Deze Nota van Inlichtingen maakt onderdeel uit van de aanbestedingsstukken. Vragen zijn geanonimiseerd.",
 "|Nr.|Paragraaf|Vraag|Antwoord",
 "|1|3|Mag een plan van aanpak meer dan vier pagina's beslaan?|Nee, maximaal vier pagina's A4; de rest wordt niet beoordeeld.",
 "|2|4|Is het maximale uurtarief voor Perceel 2 inclusief reiskosten?|Ja, alle kosten zijn inbegrepen.",
 "|3|5|Mag een zzp'er als onderaannemer worden ingezet?|Ja, mits de inzet voldoet aan de Wet DBA en de inschrijver volledig verantwoordelijk blijft.",
 "|4|3|Weegt TOGAF-certificering mee bij K2?|Ja, voor Perceel 1 levert TOGAF 9 Certified een extra punt op.",
 "|5|6|Waar vindt de opening plaats?|In de Thorbeckezaal, Rijnstraat 8 te Den Haag; inschrijvers kunnen niet aanwezig zijn.",
 "|6|4|Worden uurtarieven geïndexeerd?|Jaarlijks per 1 januari volgens de CBS-index cao-lonen.",
 "|7|3|Telt ervaring met Kubernetes bij Rijkswaterstaat als referentie?|Ja, opdrachten bij andere overheden tellen mee.",
 "|8|5|Moet een ISO 27001-certificaat worden overgelegd?|Voor Perceel 3 ja; voor de andere percelen niet.",
 "|9|3|Is de Grace Hopper-zaal in het Beatrixgebouw de werklocatie?|Nee, de standplaats is Rijnstraat 8; thuiswerken is in overleg mogelijk.",
 "|10|2|Wie is de contactpersoon?|Alle vragen via TenderNed of inkoop-iuc@minienw.nl.",
 "Vragen 11 tot en met 14 gingen over de Gids Proportionaliteit en zijn gebundeld beantwoord: de eisen zijn proportioneel getoetst door het IUC.",
 "Opgesteld: J. 't Hart (inkoopadviseur IUC); juridische toets: S. Yıldırım. Vastgesteld 27 januari 2026.",
], P("jeroen", "sevda"), ["CBS-index", "TOGAF 9 Certified", "zzp'er", "Wet DBA", "thuiswerken"], prod=ITEXT))

DOCS.append(Doc("ic05_proces_verbaal_opening", "Proces-verbaal opening inschrijvingen", [
 "# Proces-verbaal van opening van de inschrijvingen",
 "Aanbesteding: Inhuur interim ICT-consultants 2026 (TenderNed 381204)",
 "Datum en tijd: 16 februari 2026, 12:15 uur, Thorbeckezaal, Rijnstraat 8, Den Haag",
 "Aanwezig: Jeroen 't Hart (inkoopadviseur IUC, voorzitter), Sevda Yıldırım (senior jurist) en Wilma Zwanenburg (notulist).",
 "Om 12:00 uur is de inschrijving in TenderNed gesloten. Er zijn zes inschrijvingen ontvangen:",
 "|Nr.|Inschrijver|Perceel|Ontvangen|Volledig",
 "|1|Kernwerk Interim B.V.|1 en 2|15-02-2026 16:42|ja",
 "|2|Brugman & Oost Consultancy|1 en 2|16-02-2026 09:13|ja",
 "|3|Velthoven IT Professionals|3|16-02-2026 10:05|ja",
 "|4|Ruiz Digital Advies (eenmanszaak)|1|16-02-2026 11:31|ja",
 "|5|Bakhuys ICT|3|16-02-2026 11:52|ja, UEA nagevraagd",
 "|6|Datalinq Interim B.V.|2|16-02-2026 11:58|nee, prijsblad ontbreekt",
 "De inschrijving van Datalinq Interim B.V. is ongeldig en wordt niet verder beoordeeld.",
 "Aldus opgemaakt en getekend te Den Haag op 16 februari 2026.",
 "|Naam|Functie|Paraaf",
 "|J. 't Hart|inkoopadviseur IUC|JtH",
 "|S. Yıldırım|senior jurist|SY",
 "|W. Zwanenburg|notulist|WZ",
], P("jeroen", "sevda", "wilma", "mateo", "ilse"), ["Datalinq Interim B.V.", "eenmanszaak", "prijsblad", "Proces-verbaal"],
 prod=NITRO))

DOCS.append(Doc("ic06_beoordeling_perceel1", "Beoordelingsmatrix Perceel 1", [
 "# Beoordelingsmatrix Perceel 1 enterprise-architectuur",
 "TenderNed 381204 - individuele scores - vertrouwelijk tot gunning",
 "Beoordelaars: B1 Bram ter Weele (enterprise-architect DIV), B2 Noor El Idrissi (informatiemanager), B3 Pieter-Jan Oosterbroek (budgethouder).",
 "## K1 Plan van aanpak en visie (weging 35%)",
 "|Inschrijver|B1|B2|B3|Toelichting",
 "|Kernwerk Interim B.V.|8|7|8|Sterke visie op de architectuurfunctie; planning voor de eerste 100 dagen concreet.",
 "|Brugman & Oost Consultancy|6|7|6|Generiek verhaal; weinig aansluiting bij het Programma Digitale Basis.",
 "|Ruiz Digital Advies|7|6|7|Persoonlijke aanpak van M. Ruiz Fernández; afhankelijk van één persoon.",
 "## K2 Kwaliteit aangeboden consultants (weging 30%)",
 "|Inschrijver|Consultant|B1|B2|B3|Toelichting",
 "|Kernwerk Interim B.V.|Dirk-Jan Meulenbelt|9|8|8|TOGAF 9 Certified, twaalf jaar ervaring, eerder bij Rijkswaterstaat.",
 "|Kernwerk Interim B.V.|Hélène Desmet-Vos|7|7|6|Ervaring vooral in Vlaanderen; Nederlands openbaar bestuur beperkt.",
 "|Brugman & Oost Consultancy|Søren Kjærgaard|7|8|7|Sterk in Azure-landingzones, minder in architectuurgovernance.",
 "|Ruiz Digital Advies|Mateo Ruiz Fernández|8|7|7|Breed profiel; referentie Belastingdienst positief.",
 "Noor merkt op dat het CV van Meulenbelt twee overlappende opdrachten noemt (2019-2021); B1 acht dit niet relevant voor de score.",
 "---",
 "## K3 Kennisoverdracht en borging (weging 10%)",
 "|Inschrijver|B1|B2|B3|Toelichting",
 "|Kernwerk Interim B.V.|7|8|7|Coachingsplan voor interne architecten, maandelijkse kennissessie.",
 "|Brugman & Oost Consultancy|6|6|6|Overdracht pas aan het eind van de opdracht.",
 "|Ruiz Digital Advies|5|6|5|Geen borging bij uitval van de consultant.",
 "## Prijs (weging 25%)",
 "|Inschrijver|Gewogen uurtarief|Score",
 "|Kernwerk Interim B.V.|148,50 euro|8,4",
 "|Brugman & Oost Consultancy|139,00 euro|9,0",
 "|Ruiz Digital Advies|125,00 euro|10,0",
 "Ondertekend voor akkoord: BtW, NEI, PJO - 3 maart 2026.",
 "De scores worden in de consensusbijeenkomst van 5 maart 2026 in de Thorbeckezaal vastgesteld.",
], P("bram", "noor", "pj", "mateo", "dj", "helene", "soren"),
 ["enterprise-architect", "informatiemanager", "Azure-landingzones", "architectuurgovernance", "148,50 euro", "139,00 euro",
  "125,00 euro", "Vlaanderen", "consensusbijeenkomst"],
 producer="rltt", prod=ASPOSE))

DOCS.append(Doc("ic07_beoordeling_perceel3", "Beoordelingsmatrix Perceel 3", [
 "Beoordelingsmatrix Perceel 3 informatiebeveiliging",
 "TenderNed 381204 – individuele beoordeling – beoordelaar B3",
 "Beoordelaar: P.J. Oosterbroek, budgethouder Directie Informatievoorziening",
 "|Criterium|Velthoven IT Professionals|Bakhuys ICT",
 "|K1 Plan van aanpak|8 – concreet stappenplan naar BIO-niveau 2|6 – weinig aandacht voor zero trust",
 "|K2 Consultant|8 – Fatma Çelik, CISSP, ISO 27001 Lead Auditor|7 – Ilse Bakhuys, CISM, ervaring bij Logius",
 "|K3 Kennisoverdracht|7|5",
 "|Prijs (uurtarief)|162,00 euro|149,00 euro",
 "Opmerking B3: de referentie van Bakhuys ICT bij Logius is telefonisch nagevraagd door Sevda; die was positief.",
 "Opmerking B3: Çelik is per 1 juni beschikbaar voor 32 uur per week; dat past binnen de planning.",
 "Datum: 3 maart 2026",
 "Paraaf: PJO",
], P("pj", "fatma", "ilse", "sevda"), ["CISSP", "CISM", "ISO 27001 Lead Auditor", "BIO-niveau 2", "162,00 euro", "149,00 euro", "32 uur per week"],
 producer="docx", prod=("LibreOffice 7.6", "Writer"), author="Oosterbroek, P.J."))
