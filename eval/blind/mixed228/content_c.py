"""Documents fd23-fd33."""
D = []


def doc(stem, producer, blocks, **kw):
    D.append(dict(stem=stem, producer=producer, blocks=blocks, **kw))


HAND = "Tom: bel mevrouw Veenstra terug over de sleutel, zij komt vrijdag. Groet Hüseyin"
doc("fd23_memo_handgeschreven_scan", "scan", [
    ("h", "Wielwerk B.V. - interne memo depot"),
    "Datum: 19 maart 2026",
    "Aan: Tom Zwiers",
    "Van: Hüseyin Çelik, depotbeheerder",
    "Onderwerp: afgifte Gazelle label FD-26-0412",
    "Mevrouw Jolanda Veenstra-Ruiter belde over haar fiets. Zij heeft de sleutel verloren. Afgifte mag alleen na legitimatie en controle van het framenummer GZ4417823 in het register.",
    "Zij is bereikbaar op 06-37720915 (na 17 uur).",
    HAND,
], scan=True, hand=(HAND,), angle=-0.8, meta=dict(producer="RICOH MP C3004 PDF", creator="RICOH scanner"))

doc("fd24_afgiftebewijs_scan", "scan", [
    ("h", "AFGIFTEBEWIJS FIETSDEPOT DEVENTER"),
    "Label: FD-26-0415    Framenummer: VM3SA041877",
    "Merk: VanMoof S3    Datum afgifte: 20 maart 2026",
    "Naam eigenaar: Thijs Mulderije",
    "Geboortedatum: 30-11-1974",
    "Legitimatie: rijbewijs, BSN 228416795",
    "Adres: Zandweerdlaan 118, 7415 BR Deventer",
    "Betaald: 25,00 euro (pin)",
    "Afgegeven door: Tom Zwiers",
    "Handtekening eigenaar: T. Mulderije",
], scan=True, hand=("Handtekening eigenaar: T. Mulderije",), angle=0.5,
    meta=dict(producer="Xerox WorkCentre 7845", creator="Xerox WorkCentre 7845"))

doc("fd25_mail_lefevre", "rl", [
    "Van: Océane Lefèvre <océane.lefèvre@orange.fr>",
    "Verzonden: vrijdag 20 maart 2026 09:14",
    "Aan: fietsdepot@deventer.nl",
    "Onderwerp: vélo GZ9901267 / machtiging",
    "Bonjour, goedemorgen,",
    "Ik heb in september 2025 een semester gestudeerd in Deventer en mijn fiets bij het Etty Hillesum Lyceum laten staan, sorry. Mijn vriendin Noor Ait Haddou woont nog in Deventer en mag de fiets voor mij ophalen. Haar telefoon is 06-37720916. In de bijlage mijn paspoort.",
    "Ik ben bereikbaar op +33 6 12 45 78 90.",
    "Merci beaucoup, Océane",
    "-----",
    "Van: fietsdepot@deventer.nl",
    "Verzonden: vrijdag 20 maart 2026 11:40",
    "Aan: océane.lefèvre@orange.fr; noor.aithaddou@kpnmail.nl",
    "Onderwerp: RE: vélo GZ9901267 / machtiging",
    "Beste mevrouw Lefèvre, beste mevrouw Ait Haddou, de machtiging is in orde. Mevrouw Ait Haddou kan de fiets ophalen aan de Handelskade 9 met haar eigen legitimatie. Met vriendelijke groet, Fietsdepot Deventer (Wielwerk B.V. namens de gemeente Deventer).",
], font="DejaVuSans", meta=dict(producer="Microsoft Outlook for Microsoft 365", creator="Microsoft Outlook"))

doc("fd26_memo_juridisch", "docx", [
    ("h", "Juridisch memo: aansprakelijkheid schade fietsen in depot"),
    "Van: team Juridische Zaken (I. Schuurmans-Lammers) · Aan: teamleider Handhaving, beleidsmedewerker mobiliteit · Datum: 7 april 2026",
    "Vraag: is de gemeente aansprakelijk voor schade aan fietsen die met toepassing van artikel 5:12 APV zijn verwijderd en in het Fietsdepot Deventer worden bewaard?",
    "Antwoord: De gemeente is bewaarnemer. Zij moet de zorg van een goed bewaarder in acht nemen (artikel 7:602 Burgerlijk Wetboek, naar analogie). Schade die tijdens transport of opslag ontstaat, komt voor rekening van de gemeente, die haar op grond van artikel 4 van de overeenkomst kan verhalen op Wielwerk B.V.",
    "Casus Spoelstra (Z-2026-11873): de foto van de verwijderlijst week 10 toont een verbogen achterwiel vóór transport. De bagagedrager is niet zichtbaar. Advies: 50 procent vergoeden plus ophaalkosten.",
    "Casus Veenstra-Ruiter: mevrouw stelt dat haar fiets was aangepast vanwege haar multiple sclerose (lage instap, elektrische ondersteuning) en dat zij zonder fiets niet naar haar werk kon. Dit maakt de verwijdering niet onrechtmatig, maar is wel een reden voor coulance bij de termijn. Deze medische informatie hoort niet in het openbare dossier.",
    "Casus derde: de heer R. Hoogeveen claimt € 1.100 voor een elektrische fiets die niet in het depot is teruggevonden. Onderzoek loopt; Wielwerk en de politie (Politie Oost-Nederland) zijn gevraagd te zoeken op framenummer.",
    "Inge",
], meta=dict(producer="LibreOffice 7.6", creator="Writer", author="Inge Schuurmans-Lammers"))

doc("fd27_claim_hoogeveen", "rl", [
    "Rutger Hoogeveen",
    "Hoge Hondstraat 201",
    "7418 DJ Deventer",
    "Aan het college van burgemeester en wethouders van Deventer, Postbus 5000, 7400 GC Deventer",
    "Deventer, 1 april 2026",
    "Betreft: aansprakelijkstelling vermiste elektrische fiets",
    "Geacht college,",
    "Op 9 maart 2026 is mijn elektrische fiets (Batavus Finez, framenummer BA77K01923) volgens uw handhavers verwijderd van het Stationsplein. In het fietsdepot kon men de fiets niet vinden. Op de verwijderlijst staat het framenummer wel, maar in het depot is een andere eigenaar geregistreerd.",
    "Ik stel de gemeente Deventer aansprakelijk voor de schade van € 1.100,00 (dagwaarde volgens aankoopbon) en verzoek u dit bedrag over te maken op NL09 ASNB 0708 1234 56 t.n.v. R. Hoogeveen.",
    "Mijn geboortedatum is 14-03-1961 en mijn BSN 194857362, voor het geval u dat nodig heeft voor uw administratie.",
    "Hoogachtend,",
    "R. Hoogeveen",
    "telefoon 06-44017725",
], font="Courier", meta=dict(producer="Microsoft® Word 2016", creator="Microsoft® Word 2016"),
    extra_redact=[("PHONE", "06-44017725", ["06-44017725"])])

doc("fd28_maandrapportage_depot", "odt", [
    ("h", "Maandrapportage Fietsdepot Deventer — maart 2026"),
    "Opgesteld door Wielwerk B.V. voor de gemeente Deventer (contract INK-2025-0388).",
    ("t", [["Kengetal", "Maart 2026", "Maart 2025"],
           ["Binnengekomen fietsen", "612", "548"],
           ["waarvan fietswrakken", "171", "150"],
           ["Opgehaald door eigenaar", "203", "188"],
           ["Gestolen gemeld (register RDW/politie)", "19", "12"],
           ["Weesfietsen naar hergebruik", "244", "230"],
           ["Naar Stichting Jan Ligthart Fonds", "31", "25"],
           ["Schadeclaims", "2", "0"],
           ["Bezetting depot (einde maand)", "1.790 / 2.000", "1.655 / 2.000"]]),
    "Toelichting: de stijging komt door de acties van de handhavers in het kader van Schoon Stationsgebied. Twee schadeclaims zijn doorgestuurd naar de gemeente. In maart werkten 14 medewerkers in het depot, waarvan 11 via de Participatiewet.",
    "De OV-fietsen die per abuis zijn meegenomen (3 stuks) zijn aan NS teruggegeven.",
], meta=dict(producer="LibreOffice 7.6", creator="Writer", author="Gerda Brouwer-Zondag"),
    hidden=[("PERSON", "Gerda Brouwer-Zondag (Author)", ["Gerda Brouwer-Zondag"], "metadata")])

doc("fd29_mail_politie", "rl", [
    "Van: Bosveld, Karin <karin.bosveld@politie.nl>",
    "Verzonden: donderdag 12 maart 2026 14:22",
    "Aan: Diepeveen, Koen <k.diepeveen@deventer.nl>",
    "CC: Stam, Erwin (wijkagent Centrum)",
    "Onderwerp: FD-26-0414 gestolen fiets — niet veilen",
    "Hallo Koen,",
    "De Cortina met framenummer CN18L33902 staat in BVH als gestolen (aangifte 11-2025, benadeelde M.R. Spoelstra). Wil je de fiets vasthouden tot de eigenaar zich meldt? Ik heb hem zelf gebeld. Wijkagent Erwin Stam neemt contact op als er meer gestolen fietsen uit het depot komen.",
    "Met vriendelijke groet,",
    "Karin Bosveld",
    "Politie Oost-Nederland | Basisteam IJssel | 0900-8844 toestel 2231",
], font="Helvetica", meta=dict(producer="Microsoft Outlook for Microsoft 365", creator="Microsoft Outlook"))

doc("fd30_aankondiging_actie", "rl", [
    ("h", "Let op: fietsen die hier langer dan 7 dagen staan, worden verwijderd"),
    "Gemeente Deventer · Schoon Stationsgebied",
    "Rond Station Deventer is de stallingsruimte beperkt. Fietsen die langer dan zeven dagen op dezelfde plaats staan, fietswrakken en fietsen buiten de rekken worden op grond van artikel 5:12 van de Algemene Plaatselijke Verordening (APV) verwijderd. U vindt ze terug in het Fietsdepot Deventer, Handelskade 9.",
    "Ophalen kost € 25,00. Neem uw legitimatie en fietssleutel mee. Is uw fiets gestolen en heeft u aangifte gedaan? Dan is ophalen vanaf 1 mei 2026 gratis.",
    "Zoek uw fiets op framenummer via de website van de gemeente, mail fietsdepot@deventer.nl of bel 14 0570. Het depot wordt beheerd door Wielwerk B.V.",
    "Stallen kan gratis in de bewaakte stalling aan het Stationsplein en bij het Hendrik Schelfhoutplein. Laat uw OV-fiets altijd terugbrengen in het vak van NS.",
], font="Helvetica-Bold", meta=dict(producer="Adobe PDF Library 17.11", creator="Adobe Illustrator 28.0"))

doc("fd31_concept_persbericht_notes", "rl", [
    ("h", "CONCEPT — Persbericht: 6.400 fietsen verwijderd rond station"),
    "Deventer, april 2026",
    "In 2025 heeft de gemeente Deventer rond Station Deventer ruim 6.400 fietsen en fietswrakken verwijderd. De meeste fietsen die niet worden opgehaald, krijgen een tweede leven via sociale onderneming Wielwerk B.V. \"Zo maken we van een probleem een kans,\" zegt wethouder Tuinstra.",
    "Dit jaar komen er, binnen het Programma Fiets Deventer 2030, 1.200 extra stallingsplaatsen bij het Stationsplein, samen met ProRail en NS.",
    "Citaat directeur Wielwerk: nog afstemmen.",
], font="Helvetica", meta=dict(producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365"),
    notes=[(0, 470, 720, "Pasveer, Reinier", "Wethouder wil het cijfer van gestolen fietsen niet noemen."),
           (0, 470, 600, "Wendy Dijkhuis", "Citaat Gerda Brouwer-Zondag aangevraagd, zij belt terug op 06-27193346.")],
    hidden=[("PERSON", "Pasveer, Reinier (note author)", ["Pasveer, Reinier"], "annotations"),
            ("PERSON", "Wendy Dijkhuis (note author)", ["Wendy Dijkhuis"], "annotations"),
            ("PERSON", "Gerda Brouwer-Zondag (note)", ["Gerda Brouwer-Zondag"], "annotations"),
            ("PHONE", "06-27193346 (note)", ["06-27193346"], "annotations")])

doc("fd32_woo_besluit", "docx", [
    ("h", "Besluit op uw Woo-verzoek"),
    "Gemeente Deventer · Zaaknummer Z-2026-11873 · Kenmerk WOO-2026-0231 · Datum 2 juni 2026",
    "Aan: de heer T.W. Oosterbaan, Hoge Hondstraat 201, 7418 DJ Deventer",
    "Geachte heer Oosterbaan,",
    "Op 3 maart 2026 heeft u met een beroep op de Wet open overheid (Woo) gevraagd om documenten over het verwijderen van fietsen rond Station Deventer en het Fietsdepot Deventer. Bij brief van 27 maart 2026 is de beslistermijn met twee weken verdaagd.",
    ("h", "Besluit"),
    "Wij maken de documenten op de inventarislijst gedeeltelijk openbaar. Wij weigeren persoonsgegevens van medewerkers van de gemeente, van Wielwerk B.V. en de politie, en van eigenaren van fietsen (artikel 5.1, tweede lid, onder e, Woo), identificatienummers zoals het BSN (artikel 5.1, eerste lid, onder e) en gegevens over de gezondheid (artikel 5.1, eerste lid, onder d). De namen van wethouder Tuinstra, burgemeester Rozendaal en raadslid Haverkamp maken wij wel openbaar, omdat zij in hun publieke functie optreden.",
    ("h", "Motivering"),
    "Het belang van openbaarheid weegt niet op tegen de bescherming van de persoonlijke levenssfeer van eigenaren van fietsen: uit de stukken blijkt waar zij wonen, welke fiets zij hebben en of deze gestolen is. Medewerkers treden niet zelfstandig naar buiten. Framenummers maken wij openbaar; zonder naam en adres zijn zij niet tot een persoon te herleiden.",
    "Heeft u vragen, mail dan naar woo@deventer.nl of bel 14 0570.",
    "Hoogachtend,",
    "namens het college van burgemeester en wethouders van Deventer,",
    "A. van der Wiel, Woo-coördinator",
], meta=dict(producer="LibreOffice 7.6", creator="Writer"))

doc("fd33_inventarislijst", "rl", [
    ("h", "Inventarislijst Woo-besluit WOO-2026-0231"),
    ("t", [["Nr", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"],
           ["1", "Woo-verzoek", "03-03-2026", "deels openbaar", "5.1.2e", ""],
           ["2", "Ontvangstbevestiging", "05-03-2026", "deels openbaar", "5.1.2e", ""],
           ["3", "Verwijderlijst week 10", "09-03-2026", "deels openbaar", "5.1.2e", "framenummers openbaar"],
           ["4", "Verwijderlijst week 11 (scan)", "16-03-2026", "deels openbaar", "5.1.2e", ""],
           ["5", "Bevraging RDW/politie", "12-03-2026", "deels openbaar", "5.1.2e", ""],
           ["6-7", "Brieven aan eigenaren", "18-03-2026", "deels openbaar", "5.1.2e", ""],
           ["8", "E-mail klacht eigenaar", "24-03-2026", "deels openbaar", "5.1.2e", ""],
           ["9", "Formulier schadeclaim", "26-03-2026", "deels openbaar", "5.1.2e", "formulierwaarden"],
           ["10", "Besluit klacht en claim", "28-04-2026", "deels openbaar", "5.1.2e", ""],
           ["11", "Overeenkomst Wielwerk B.V.", "15-12-2025", "deels openbaar", "5.1.2e", "bladwijzers"],
           ["12-13", "Chats team Handhaving", "09/10-03-2026", "deels openbaar", "5.1.2e, 5.1.1d", ""],
           ["14-15", "Raadsvragen en antwoorden", "30-03/21-04-2026", "openbaar", "", "al openbaar"],
           ["16", "Persbericht", "22-04-2026", "openbaar", "5.1.2e", "metadata"],
           ["17", "Factuur fietsenmaker", "31-03-2026", "deels openbaar", "5.1.2e", "eenmanszaak"],
           ["18-19", "E-mails en verslag teamoverleg", "10/11-03-2026", "deels openbaar", "5.1.2e", ""],
           ["20", "Dienstrooster", "03-2026", "deels openbaar", "5.1.2e", ""],
           ["21", "Beslisnota", "14-04-2026", "deels openbaar", "5.1.2e", ""],
           ["22", "Inspectierapport depot", "02-04-2026", "deels openbaar", "5.1.2e", "opmerkingen"],
           ["23-24", "Memo en afgiftebewijs (scans)", "19/20-03-2026", "deels openbaar", "5.1.2e, 5.1.1e", ""],
           ["25-31", "Overige e-mails, memo's, rapportage", "03/04-2026", "deels openbaar", "5.1.2e, 5.1.1d, 5.1.1e", ""]]),
    "Behandelend jurist: mr. I. Schuurmans-Lammers (paraaf ISL); Woo-coördinator: A. van der Wiel. Vragen: woo@deventer.nl.",
], font="Helvetica", meta=dict(producer="iText 5.5.13.3 ©2000-2022 iText Group NV (AGPL-version)", creator="Woo-module zaaksysteem"))
