"""Documents fd01-fd12."""
D = []


def doc(stem, producer, blocks, **kw):
    D.append(dict(stem=stem, producer=producer, blocks=blocks, **kw))


doc("fd01_woo_verzoek", "rl", [
    ("h", "Verzoek op grond van de Wet open overheid"),
    "Aan: college van burgemeester en wethouders van de gemeente Deventer, t.a.v. de Woo-coördinator, Grote Kerkhof 4, Deventer. Per e-mail aan woo@deventer.nl.",
    "Deventer, 3 maart 2026",
    "Geachte college,",
    "Hierbij verzoek ik op grond van de Woo om openbaarmaking van alle documenten over het verwijderen van fietswrakken en verkeerd gestalde fietsen rond Station Deventer in de periode 1 januari 2025 tot en met 28 februari 2026. Het gaat mij in het bijzonder om: de verwijderlijsten van de handhavers, de bevragingen van framenummers in het register van de RDW en de politie, de brieven aan eigenaren, klachten en schadeclaims, de overeenkomst met Wielwerk B.V. over het beheer van het Fietsdepot Deventer, interne berichten van het team Handhaving, en de beantwoording van raadsvragen van raadslid Haverkamp (Lokaal Deventer).",
    "Ik schrijf als freelance journalist een artikel over de weesfietsen in het stationsgebied en het project Schoon Stationsgebied. Ik ontvang de stukken bij voorkeur digitaal.",
    "Met vriendelijke groet,",
    "Ties Oosterbaan",
    "T.W. Oosterbaan, Hoge Hondstraat 201, 7418 DJ Deventer",
    "Telefoon 06-30917254 · e-mail ties@oosterbaanschrijft.nl",
], font="Helvetica", meta=dict(producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365"))

doc("fd02_ontvangstbevestiging", "docx", [
    ("h", "Ontvangstbevestiging Woo-verzoek"),
    "Gemeente Deventer · Postbus 5000 · 7400 GC Deventer · telefoon 14 0570",
    "Aan: de heer T.W. Oosterbaan, Hoge Hondstraat 201, 7418 DJ Deventer",
    "Ons kenmerk: WOO-2026-0231 · Zaaknummer: Z-2026-11873 · Datum: 5 maart 2026",
    "Onderwerp: ontvangstbevestiging verzoek Wet open overheid",
    "Geachte heer Oosterbaan,",
    "Op 3 maart 2026 hebben wij uw verzoek ontvangen om openbaarmaking van documenten over het verwijderen van fietsen rond Station Deventer en het Fietsdepot Deventer. Wij nemen binnen vier weken na ontvangst een besluit. Deze termijn kunnen wij met twee weken verlengen (artikel 4.4 Woo).",
    "Omdat in de documenten gegevens van derden staan, zoals eigenaren van fietsen en medewerkers van Wielwerk B.V., stellen wij deze derden mogelijk in de gelegenheid een zienswijze te geven.",
    "Heeft u vragen? Neem dan contact op via woo@deventer.nl of telefoonnummer 14 0570 en vermeld het zaaknummer Z-2026-11873.",
    "Met vriendelijke groet,",
    "namens het college van burgemeester en wethouders,",
    "Anouk van der Wiel",
    "Woo-coördinator, team Juridische Zaken",
], meta=dict(producer="LibreOffice 7.6", creator="Writer", author="Anouk van der Wiel"))

doc("fd03_verwijderlijst_wk10", "rl", [
    ("h", "Verwijderlijst fietsen Stationsplein e.o. — week 10 (2026)"),
    "Team Handhaving gemeente Deventer · dossier HH-FD-2026 · actie Schoon Stationsgebied · grondslag artikel 5:12 APV",
    "Uitvoering: Sander Wijnbergen (pers.nr 40217) en Jeroen van 't Hek (pers.nr 40388), BOA-pasnummer 2219-0447. Sticker geplaatst op 2 maart 2026, verwijderd op 9 maart 2026; transport door Wielwerk B.V. naar het fietsdepot, Handelskade 9.",
    ("t", [["Nr", "Locatie", "Merk / type", "Framenummer", "Staat", "Label", "BOA"],
           ["1", "Stationsplein, rek 14", "Gazelle Orange C7", "GZ4417823", "wrak, geen zadel", "FD-26-0412", "SW"],
           ["2", "Stationsplein, rek 14", "Batavus Dinsdag", "BA0920114K", "verkeerd gestald", "FD-26-0413", "SW"],
           ["3", "Keizerstraat 12 (gevel)", "Cortina U4", "CN18L33902", "weesfiets", "FD-26-0414", "JvtH"],
           ["4", "Burgemeester Van Suchtelenstraat", "VanMoof S3", "VM3SA041877", "verkeerd gestald", "FD-26-0415", "JvtH"],
           ["5", "Hendrik Schelfhoutplein", "onbekend (damesfiets)", "WBK77201X", "fietswrak", "FD-26-0416", "SW"],
           ["6", "Etty Hillesum Lyceum, hek", "Gazelle Miss Grace", "GZ9901267", "weesfiets", "FD-26-0417", "JvtH"],
           ["7", "Stationsplein, vak OV-fiets", "OV-fiets", "NS-OV-55120", "teruggegeven aan NS", "—", "SW"],
           ["8", "Stationsplein, rek 9", "Batavus Finez", "BA77K01923", "verkeerd gestald", "FD-26-0418", "SW"]]),
    "Opmerking S. Wijnbergen: bij nr. 4 was eigenaar aanwezig (de heer Mulderije), die weigerde de fiets te verplaatsen. Proces-verbaal van bevindingen opgemaakt. Bij nr. 7 contact met NS via 0900-8844.",
    "Aftekening: SW / JvtH, 9 maart 2026. Gecontroleerd door teamleider M. ter Borg (paraaf MtB).",
], font="DejaVuSans", meta=dict(producer="iText® 7.2.5 ©2000-2023 iText Group NV", creator="Handhaving Mobiel 4.1"))

doc("fd04_verwijderlijst_wk11_scan", "scan", [
    ("h", "VERWIJDERLIJST WEEK 11 - FIETSDEPOT DEVENTER"),
    "Handhavers: Dewi Kartowikromo / Bas Oude Nijhuis",
    "Datum verwijdering: 16 maart 2026",
    ("t", [["Locatie", "Merk", "Framenummer", "Label"],
           ["Stationsplein rek 3", "Gazelle", "GZ5520981", "FD-26-0431"],
           ["Stationsplein rek 3", "Batavus", "BA31190275", "FD-26-0432"],
           ["Keizerstraat", "Cortina", "CN20M11847", "FD-26-0433"],
           ["Lebuinuskerk", "Sparta", "SP8812044", "FD-26-0434"]], [400, 260, 380, 300]),
    "Ontvangen in depot door: Hüseyin Çelik",
    "Paraaf handhaver: Kartowikromo",
], scan=True, meta=dict(producer="Canon iR-ADV C5560 PDF", creator="Canon iR-ADV C5560"))

doc("fd05_registerbevraging", "rl", [
    ("h", "Bevraging framenummers — RDW-fietsregister en politie (BVH)"),
    "Aanvraag door: team Handhaving, K.J. Diepeveen namens teamleider Handhaving. Uitgevoerd door Politie Oost-Nederland, contactpersoon K. Bosveld (karin.bosveld@politie.nl, 0900-8844 toestel 2231). Dossier HH-FD-2026.",
    "Doel: vaststellen of verwijderde fietsen als gestolen staan geregistreerd en wie de eigenaar is, zodat de eigenaar schriftelijk kan worden geïnformeerd (artikel 5:12 APV, artikel 5:8 Burgerlijk Wetboek).",
    ("t", [["Label", "Framenummer", "Status register", "Geregistreerde eigenaar", "Adres eigenaar"],
           ["FD-26-0412", "GZ4417823", "niet gesignaleerd", "J. Veenstra-Ruiter", "Van Oldenbarneveltstraat 42, 7412 KT Deventer"],
           ["FD-26-0413", "BA0920114K", "niet gesignaleerd", "geen registratie", "—"],
           ["FD-26-0414", "CN18L33902", "gestolen gemeld 11-2025", "M.R. Spoelstra", "Rembrandtkade 7-II, 7411 NA Deventer"],
           ["FD-26-0415", "VM3SA041877", "niet gesignaleerd", "T. Mulderije", "Zandweerdlaan 118, 7415 BR Deventer"],
           ["FD-26-0417", "GZ9901267", "niet gesignaleerd", "O. Lefèvre", "12 rue des Tanneurs, 59000 Lille"],
           ["FD-26-0418", "BA77K01923", "niet gesignaleerd", "N. Ait Haddou", "Mr. Cornelisstraat 3, 7425 CD Deventer"]]),
    "Toelichting: bij FD-26-0414 is de aangifte van diefstal gedaan door de heer Spoelstra (geboren 2 augustus 1988). De politie verzoekt de fiets niet te veilen maar vast te houden tot de eigenaar zich meldt. Stichting Fietsdiefstal Nederland is geïnformeerd.",
    "De registratie van FD-26-0413 en FD-26-0416 leverde geen eigenaar op; deze gelden na 13 weken als weesfiets en gaan naar Wielwerk B.V. voor hergebruik.",
], font="Helvetica", meta=dict(producer="Aspose.PDF for .NET 23.4", creator="BVH-export"))

doc("fd06_brief_eigenaar_veenstra", "docx", [
    "Gemeente Deventer · Team Handhaving · Postbus 5000 · 7400 GC Deventer",
    "Mevrouw J. Veenstra-Ruiter",
    "Van Oldenbarneveltstraat 42",
    "7412 KT Deventer",
    "Datum: 18 maart 2026 · Kenmerk: HH-FD-2026/0412",
    "Onderwerp: uw fiets is verwijderd en ligt in het Fietsdepot Deventer",
    "Geachte mevrouw Veenstra-Ruiter,",
    "Op 9 maart 2026 hebben handhavers van de gemeente Deventer uw fiets, een Gazelle Orange C7 met framenummer GZ4417823, verwijderd van het Stationsplein. De fiets stond langer dan zeven dagen op dezelfde plek en had een sticker. Dit is niet toegestaan volgens artikel 5:12 APV.",
    "U kunt uw fiets tot 8 juni 2026 ophalen bij het Fietsdepot Deventer, Handelskade 9. Neem een legitimatiebewijs en uw fietssleutel mee. De kosten bedragen € 25,00. Na deze termijn wordt de fiets eigendom van de gemeente en gaat zij naar Wielwerk B.V. voor hergebruik.",
    "Openingstijden en vragen: fietsdepot@deventer.nl of 14 0570.",
    "Hoogachtend,",
    "namens de burgemeester van Deventer,",
    "M. ter Borg",
    "teamleider Handhaving",
], meta=dict(producer="LibreOffice 7.6", creator="Writer"))

doc("fd07_brief_eigenaar_lefevre", "rl", [
    "Gemeente Deventer — Team Handhaving — Grote Kerkhof 4 — Deventer",
    "Madame O. Lefèvre",
    "12 rue des Tanneurs",
    "59000 Lille, France",
    "Deventer, 18 maart 2026 — kenmerk HH-FD-2026/0417",
    "Betreft: verwijderde fiets / vélo enlevé — framenummer GZ9901267",
    "Geachte mevrouw Lefèvre, chère Madame,",
    "Uw fiets (Gazelle Miss Grace) stond op 9 maart 2026 vastgemaakt aan het hek van het Etty Hillesum Lyceum en is door de gemeente verwijderd. Via de RDW en de politie zijn wij aan uw adres gekomen. U kunt de fiets ophalen in het fietsdepot, Handelskade 9. Votre vélo peut être récupéré au dépôt jusqu'au 8 juin 2026.",
    "Kunt u niet zelf komen, dan kunt u iemand machtigen. Stuur dan een e-mail naar fietsdepot@deventer.nl met een kopie van uw identiteitsbewijs en de naam van de gemachtigde.",
    "Met vriendelijke groet,",
    "Fatima el Khatib-Bouzid",
    "handhaver / boa, team Handhaving",
    "telefoon 0570-693 412",
], font="DejaVuSerif", meta=dict(producer="ReportLab PDF Library - www.reportlab.com", creator="Zaaksysteem Deventer"))

doc("fd08_mail_klacht_spoelstra", "rl", [
    "Van: Maarten Spoelstra <maarten.spoelstra@ziggo.nl>",
    "Verzonden: dinsdag 24 maart 2026 21:47",
    "Aan: fietsdepot@deventer.nl",
    "CC: griffie@deventer.nl",
    "Onderwerp: Klacht: mijn gestolen fiets is beschadigd in jullie depot",
    "Geachte heer/mevrouw,",
    "Vorig jaar november is mijn Cortina U4 gestolen, ik heb daarvan aangifte gedaan. Nu hoor ik van de politie dat de fiets op 9 maart door uw handhavers is weggehaald bij de Keizerstraat. Toen ik hem gisteren ophaalde aan de Handelskade 9 bleek het achterwiel verbogen en de bagagedrager afgebroken. De medewerker (Tom, zei hij) zei dat dit 'bij het laden' kon zijn gebeurd.",
    "Ik vind het onredelijk dat ik € 25,00 moest betalen voor een fiets die van mij gestolen was, én dat ik nu met schade zit. Ik dien hierbij een klacht in en wil de schade vergoed hebben. Ik heb een offerte van mijn fietsenmaker.",
    "Met vriendelijke groet,",
    "Maarten Spoelstra",
    "Rembrandtkade 7-II, Deventer · 06 2290 4471",
    "-----Oorspronkelijk bericht-----",
    "Van: Fietsdepot Deventer <fietsdepot@deventer.nl>",
    "Verzonden: maandag 23 maart 2026 16:05",
    "Aan: maarten.spoelstra@ziggo.nl",
    "Onderwerp: RE: ophalen fiets FD-26-0414",
    "Beste meneer Spoelstra, u kunt de fiets vandaag tot 17.00 uur ophalen. Groet, Hüseyin Çelik, depotbeheerder Wielwerk B.V.",
], font="Helvetica", meta=dict(producer="Microsoft Outlook for Microsoft 365", creator="Microsoft Outlook"))

doc("fd09_schadeclaimformulier", "form", [
    ("h", "Formulier schadeclaim — verwijderde fietsen"),
    "Gemeente Deventer, team Juridische Zaken. Vul dit formulier in als u vindt dat uw fiets door het verwijderen of tijdens de opslag in het Fietsdepot Deventer is beschadigd. Zaak Z-2026-11873.",
    "De gegevens hieronder zijn ingevuld door de aanvrager (digitaal formulier).",
    ("sp", 280),
    "Het formulier is ontvangen op 26 maart 2026 en geregistreerd bij Juridische Zaken. Beoordeling volgt binnen zes weken (Awb).",
], acro=[("naam", "Naam aanvrager", "M.R. Spoelstra"),
         ("geb", "Geboortedatum", "02-08-1988"),
         ("adres", "Adres", "Rembrandtkade 7-II, 7411 NA"),
         ("tel", "Telefoon", "06-22904471"),
         ("iban", "IBAN voor uitbetaling", "NL27INGB0006812345"),
         ("frame", "Framenummer", "CN18L33902"),
         ("bedrag", "Geclaimd bedrag", "EUR 186,50"),
         ("omschr", "Omschrijving schade", "achterwiel en bagagedrager, zie offerte Van Dokkum")],
    hidden=[("PERSON", "M.R. Spoelstra (form value)", ["M.R. Spoelstra"], "annotations"),
            ("DATE_OF_BIRTH", "02-08-1988", ["02-08-1988"], "annotations"),
            ("ADDRESS", "Rembrandtkade 7-II, 7411 NA", ["Rembrandtkade 7-II"], "annotations"),
            ("PHONE", "06-22904471", ["06-22904471"], "annotations"),
            ("IBAN", "NL27INGB0006812345", ["NL27INGB0006812345"], "annotations"),
            ("PERSON", "Van Dokkum (form value)", ["Van Dokkum"], "annotations")],
    meta=dict(producer="Nitro Pro 13 (13.70.2.40)", creator="Nitro Pro 13"))

doc("fd10_besluit_klacht_claim", "rl", [
    "Gemeente Deventer — team Juridische Zaken",
    "De heer M.R. Spoelstra",
    "Rembrandtkade 7-II",
    "7411 NA Deventer",
    "Datum: 28 april 2026 · Zaaknummer: Z-2026-11873",
    "Onderwerp: uw klacht en uw verzoek om schadevergoeding",
    "Geachte heer Spoelstra,",
    "U heeft op 24 maart 2026 een klacht ingediend over de schade aan uw fiets (framenummer CN18L33902) en op 26 maart 2026 een schadeclaim van € 186,50. Wij hebben uw klacht behandeld volgens hoofdstuk 9 van de Algemene wet bestuursrecht. U bent op 14 april 2026 gehoord door mevrouw I. Schuurmans-Lammers.",
    "Uit het onderzoek blijkt dat de fiets bij het verwijderen op 9 maart 2026 al een verbogen achterwiel had; dat staat op de foto bij de verwijderlijst. De afgebroken bagagedrager is niet vastgelegd. Wielwerk B.V. kan niet uitsluiten dat deze schade bij het transport is ontstaan. Wij vergoeden daarom de helft van de offerte van de fietsenmaker, € 93,25, en de € 25,00 ophaalkosten, omdat uw fiets als gestolen stond geregistreerd.",
    "Wij maken het bedrag binnen vier weken over op rekening NL27 INGB 0006 8123 45.",
    "Uw klacht achten wij gedeeltelijk gegrond. Bent u het niet eens met deze afhandeling, dan kunt u zich wenden tot de Nationale ombudsman.",
    "Hoogachtend,",
    "namens het college van burgemeester en wethouders van Deventer,",
    "mr. I. Schuurmans-Lammers",
    "jurist, telefoon (0570) 69 34 18",
], font="DejaVuSans", meta=dict(producer="PDFpen 13.1", creator="PDFpen"))

doc("fd11_overeenkomst_wielwerk", "docx", [
    ("h", "Dienstverleningsovereenkomst beheer Fietsdepot Deventer"),
    "Kenmerk: INK-2025-0388 · looptijd 1 januari 2026 tot en met 31 december 2028",
    "Partijen:",
    "1. De gemeente Deventer, zetelend Grote Kerkhof 4, Deventer, rechtsgeldig vertegenwoordigd door wethouder Tuinstra (Mobiliteit), handelend ter uitvoering van het besluit van het college van 9 december 2025, hierna: de gemeente;",
    "2. Wielwerk B.V., sociale onderneming, gevestigd aan de Handelskade 9, Deventer, ingeschreven bij de KvK onder nummer 80441276, rechtsgeldig vertegenwoordigd door mevrouw G.H. Brouwer-Zondag, directeur, hierna: Wielwerk.",
    ("h", "Artikel 1 Opdracht"),
    "Wielwerk beheert het Fietsdepot Deventer. Wielwerk vervoert de door de handhavers verwijderde fietsen en fietswrakken van het stationsgebied naar het depot, registreert elke fiets met framenummer en label, geeft fietsen af aan eigenaren na betaling en legitimatie, en bereidt weesfietsen na 13 weken voor op hergebruik of verkoop.",
    ("h", "Artikel 2 Sociale doelstelling"),
    "Wielwerk zet voor ten minste 70 procent van de uren medewerkers in met een afstand tot de arbeidsmarkt, in het kader van de Participatiewet. De gemeente en Wielwerk rapporteren hierover per kwartaal.",
    ("h", "Artikel 3 Vergoeding"),
    "De gemeente betaalt een vaste vergoeding van € 186.000 per jaar, exclusief btw, plus € 14,50 per verwijderde fiets boven de 6.000 per jaar. Opbrengsten uit de verkoop van weesfietsen komen toe aan Wielwerk en worden besteed aan opleiding van medewerkers.",
    ("pb",),
    ("h", "Artikel 4 Aansprakelijkheid en schade"),
    "Wielwerk is aansprakelijk voor schade aan fietsen die ontstaat tijdens transport en opslag, tot een maximum van € 750 per fiets. Wielwerk is hiervoor verzekerd. Klachten van eigenaren behandelt de gemeente; Wielwerk verleent medewerking.",
    ("h", "Artikel 5 Persoonsgegevens"),
    "Wielwerk verwerkt namen, adressen en framenummers van eigenaren uitsluitend als verwerker van de gemeente. Partijen sluiten hiertoe een verwerkersovereenkomst (bijlage 2). Gegevens uit het register van de RDW en de politie worden niet langer bewaard dan zes maanden na afgifte van de fiets.",
    ("h", "Artikel 6 Contactpersonen"),
    "Voor de gemeente: teamleider Handhaving, bereikbaar via fietsdepot@deventer.nl. Voor Wielwerk: depotbeheerder, bereikbaar via info@wielwerk.nl en 14 0570 (doorverbinden).",
    "Aldus overeengekomen en in tweevoud getekend te Deventer op 15 december 2025.",
    ("t", [["Voor de gemeente Deventer", "Voor Wielwerk B.V."],
           ["wethouder Tuinstra", "G.H. Brouwer-Zondag, directeur"],
           ["handtekening: (getekend)", "handtekening: (getekend)"]]),
], meta=dict(producer="LibreOffice 7.6", creator="Writer"),
    outline=[("Overeenkomst Wielwerk - concept Pieter-Jan Smulders", 0), ("Opmerkingen Marloes Grolleman (inkoop)", 1), ("Bijlage 1 - akkoord P.J. Smulders", 2)],
    hidden=[("PERSON", "Pieter-Jan Smulders (outline)", ["Pieter-Jan Smulders", "P.J. Smulders"], "outline"),
            ("PERSON", "Marloes Grolleman (outline)", ["Marloes Grolleman"], "outline")])

doc("fd12_whatsapp_handhaving", "rl", [
    ("h", "WhatsApp-chat 'Handhaving Station' (export, uittreksel)"),
    "[09-03-26 07:12] Mirjam ter Borg: Goedemorgen! Vandaag de stickerronde van vorige week ophalen. Sander en Jeroen Stationsplein, Dewi en Bas nemen Keizerstraat en het Etty Hillesum Lyceum.",
    "[09-03-26 07:15] Sander Wijnbergen: wagen van Wielwerk staat om 8 uur klaar?",
    "[09-03-26 07:16] Hüseyin Çelik: ja, Tom rijdt. bel hem op 06-18442097 als jullie eerder zijn",
    "[09-03-26 08:41] Jeroen van 't Hek: rek 14 zit vol wrakken, 2 stuks zonder framenummer zichtbaar",
    "[09-03-26 08:43] Hofje: foto's maken joh, anders krijgen we weer gedoe zoals met die VanMoof",
    "[09-03-26 08:44] Mirjam ter Borg: Luuk heeft gelijk. Alles op foto + label.",
    "[09-03-26 09:02] Sander Wijnbergen: meneer hier die zegt dat de VanMoof van hem is, Mulderije heet ie, wordt boos",
    "[09-03-26 09:03] Mirjam ter Borg: rustig blijven, pv van bevindingen, hij kan hem ophalen in het fietsdepot",
    "[09-03-26 09:30] Dewi: Keizerstraat klaar, 1 Cortina bij de gevel meegenomen",
    "[09-03-26 11:58] Bas: lunch?",
    "[09-03-26 12:01] Hofje: altijd",
    "[09-03-26 15:20] Mirjam ter Borg: Top gedaan allemaal. Morgen teamoverleg 9.00, Koen schuift aan over de raadsvragen van Haverkamp.",
], font="DejaVuSans", meta=dict(producer="Skia/PDF m120", creator="WhatsApp Export"))
