"""Documents dl01-dl16 of set DL (data breach at Sociaal Domein, gemeente Hardenberg). Invented persons."""
from lib import Doc

DOCS = []
A = DOCS.append

A(Doc("dl01", [
    "Van: Thijmen Wassink <t.wassink@vechtdalpost.nl>",
    "Verzonden: maandag 2 november 2026 09:14",
    "Aan: woo@hardenberg.nl",
    "Onderwerp: Woo-verzoek datalek Sociaal Domein oktober 2026",
    "",
    "Geacht college,",
    "Met een beroep op de Wet open overheid (Woo) verzoek ik u om openbaarmaking van alle documenten over het datalek "
    "bij de afdeling Sociaal Domein van de gemeente Hardenberg in oktober 2026, waarbij een e-mail met gegevens van "
    "cliënten van de bijzondere bijstand en de schuldhulpverlening naar een verkeerde ontvanger is gestuurd.",
    "Het gaat mij in het bijzonder om: (1) de analyse van de functionaris gegevensbescherming (FG); (2) de melding aan de "
    "Autoriteit Persoonsgegevens en de correspondentie daarover; (3) de brieven aan de getroffen inwoners; (4) het "
    "incidentrapport van de ICT-leverancier Baxtel ICT Services B.V.; (5) de besluitvorming in het college en de "
    "beantwoording van de raadsvragen van de fractie van GroenLinks-PvdA.",
    "Ik ontvang de documenten bij voorkeur digitaal. Voor vragen ben ik bereikbaar op 06-18 44 27 93.",
    "",
    "Met vriendelijke groet,",
    "Thijmen Wassink",
    "verslaggever Vechtdal Post",
    "Postbus 112, 7770 AC Hardenberg",
], red=["Thijmen Wassink", "t.wassink@vechtdalpost.nl", "06-18 44 27 93"],
    keep=["woo@hardenberg.nl", "Wet open overheid", "Sociaal Domein", "gemeente Hardenberg", "Autoriteit Persoonsgegevens",
          "Baxtel ICT Services B.V.", "GroenLinks-PvdA", "Vechtdal Post", "Postbus 112", "ROLE|functionaris gegevensbescherming",
          "bijzondere bijstand"],
    producer="Microsoft Outlook 16.0", creator="Microsoft Outlook 16.0", title="Woo-verzoek datalek Sociaal Domein"))

A(Doc("dl02", [
    "Gemeente Hardenberg",
    "Jan Weitkamplaan 4, Postbus 500, 7770 BA Hardenberg | telefoon 14 0523 | www.hardenberg.nl",
    "",
    "Aan de heer T. Wassink",
    "Sluisstraat 31",
    "7772 BK Hardenberg",
    "",
    "Datum: 4 november 2026",
    "Ons kenmerk: WOO-2026-0147",
    "Behandeld door: B.J. Heuvelink",
    "Telefoon: 0523 28 91 06",
    "Onderwerp: ontvangstbevestiging Woo-verzoek",
    "",
    "Geachte heer Wassink,",
    "Op 2 november 2026 hebben wij uw verzoek ontvangen om openbaarmaking van documenten over het datalek bij de "
    "afdeling Sociaal Domein. Wij hebben uw verzoek geregistreerd onder nummer WOO-2026-0147. Op grond van artikel 4.4 "
    "van de Wet open overheid beslissen wij binnen vier weken na ontvangst. Deze termijn kan met twee weken worden "
    "verdaagd. Omdat in de documenten gegevens van derden voorkomen, zullen wij Baxtel ICT Services B.V. in de "
    "gelegenheid stellen een zienswijze te geven.",
    "Heeft u vragen, neem dan contact op met het team Juridische Zaken via woo@hardenberg.nl of 14 0523.",
    "",
    "Hoogachtend,",
    "burgemeester en wethouders van Hardenberg,",
    "namens dezen,",
    "",
    "Bart-Jan Heuvelink",
    "juridisch adviseur informatiebeheer",
], red=["Heuvelink", "Wassink", "T. Wassink", "Sluisstraat 31", "B.J. Heuvelink", "0523 28 91 06", "Bart-Jan Heuvelink"],
    keep=["Jan Weitkamplaan 4", "14 0523", "WOO-2026-0147", "woo@hardenberg.nl", "Wet open overheid", "Juridische Zaken",
          "Baxtel ICT Services B.V.", "7770 BA Hardenberg", "artikel 4.4", "ROLE|juridisch adviseur informatiebeheer",
          "www.hardenberg.nl"],
    font="Times-Roman", size=10.5, producer="Aspose.Words for .NET 23.4", creator="Corsa 7.2 documentgenerator",
    title="Ontvangstbevestiging WOO-2026-0147"))

A(Doc("dl03", [
    "Van: Hooft, Mirjam van 't <m.vanthooft@hardenberg.nl>",
    "Verzonden: woensdag 14 oktober 2026 16:52",
    "Aan: Jansen, Marloes <marloes.jansen1978@gmail.com>",
    "CC: Oudejans, Rens <r.oudejans@hardenberg.nl>",
    "Onderwerp: Overzicht aanmeldingen schuldhulp Q3 + bijzondere bijstand",
    "Bijlagen: Overzicht_SHV_BB_Q3_2026.xlsx (212 regels)",
    "",
    "Hoi Marloes,",
    "Zoals afgesproken in het ketenoverleg hierbij het overzicht van de cliënten die in het derde kwartaal zijn "
    "aangemeld voor schuldhulpverlening en bijzondere bijstand, met BSN, geboortedatum, adres en de stand van het "
    "traject. Wil je de intakes bij Stichting Schuldhulp Vechtdal inplannen? Bij de cliënten met een vlag in kolom K "
    "loopt ook een indicatie via het Wijkteam (ggz of verslavingszorg).",
    "Ik ben morgen vrij, voor vragen kun je Rens bellen op 06-41 87 22 90.",
    "",
    "Groetjes,",
    "Mirjam van 't Hooft",
    "consulent schuldhulpverlening | team Werk & Inkomen",
    "Gemeente Hardenberg | T 0523 28 94 17 | werkdagen ma-di-do",
], red=["Hooft", "Mirjam", "Oudejans", "Hooft, Mirjam van 't", "m.vanthooft@hardenberg.nl", "Jansen, Marloes", "marloes.jansen1978@gmail.com",
        "Oudejans, Rens", "r.oudejans@hardenberg.nl", "Marloes", "Rens", "06-41 87 22 90", "Mirjam van 't Hooft",
        "0523 28 94 17"],
    keep=["Overzicht_SHV_BB_Q3_2026.xlsx", "Stichting Schuldhulp Vechtdal", "Wijkteam", "team Werk & Inkomen",
          "Gemeente Hardenberg", "ROLE|consulent schuldhulpverlening", "ketenoverleg", "bijzondere bijstand"],
    producer="Microsoft Outlook 16.0", creator="Microsoft Outlook 16.0", title="Overzicht aanmeldingen schuldhulp Q3"))

A(Doc("dl04", [
    "Van: Marloes Jansen <marloes.jansen1978@gmail.com>",
    "Verzonden: donderdag 15 oktober 2026 07:31",
    "Aan: Hooft, Mirjam van 't <m.vanthooft@hardenberg.nl>",
    "Onderwerp: RE: Overzicht aanmeldingen schuldhulp Q3 + bijzondere bijstand",
    "",
    "Goedemorgen,",
    "Ik denk dat deze mail niet voor mij bedoeld is. Ik werk niet bij een schuldhulporganisatie en ken geen Mirjam. "
    "Ik heb de bijlage geopend om te zien wat het was en zag toen namen en adressen van mensen uit mijn eigen straat. "
    "Dat vind ik eerlijk gezegd schokkend. Wat moet ik hiermee doen? Ik ben telefonisch bereikbaar op 0523-265 418.",
    "Marloes Jansen",
    "",
    "Van: Oudejans, Rens <r.oudejans@hardenberg.nl>",
    "Verzonden: donderdag 15 oktober 2026 08:04",
    "Aan: Marloes Jansen <marloes.jansen1978@gmail.com>",
    "CC: Brouwer-Wittebrood, Saskia <s.brouwer-wittebrood@hardenberg.nl>; fg@hardenberg.nl",
    "Onderwerp: RE: RE: Overzicht aanmeldingen schuldhulp Q3 + bijzondere bijstand",
    "",
    "Geachte mevrouw Jansen,",
    "Dank u wel dat u ons zo snel heeft ingelicht. De e-mail is inderdaad per vergissing aan u gestuurd. Wij "
    "verzoeken u dringend de e-mail en de bijlage te verwijderen, ook uit de map Verwijderde items, en de gegevens "
    "niet te delen. Wilt u bevestigen dat u dit heeft gedaan? Onze functionaris gegevensbescherming, mevrouw "
    "Brouwer-Wittebrood, neemt vandaag nog contact met u op. Wij komen graag bij u langs om een verklaring van "
    "vernietiging te laten tekenen.",
    "",
    "Met vriendelijke groet,",
    "Rens Oudejans",
    "teamleider Werk & Inkomen",
    "Gemeente Hardenberg | M 06-41 87 22 90",
    "",
    "Van: Marloes Jansen <marloes.jansen1978@gmail.com>",
    "Verzonden: donderdag 15 oktober 2026 10:47",
    "Aan: Oudejans, Rens <r.oudejans@hardenberg.nl>",
    "Onderwerp: RE: RE: RE: Overzicht aanmeldingen schuldhulp Q3 + bijzondere bijstand",
    "",
    "Meneer Oudejans,",
    "Ik heb alles verwijderd, ook uit de prullenbak en van mijn telefoon. U kunt vanmiddag na drie uur langskomen op "
    "de Esweg 77 in Dedemsvaart, dan teken ik die verklaring. Ik wil wel graag weten of mijn buurvrouw, "
    "mevrouw Boukhari, hiervan op de hoogte wordt gesteld, want haar gegevens stonden er ook in.",
    "M. Jansen",
    "",
    "Van: Brouwer-Wittebrood, Saskia <s.brouwer-wittebrood@hardenberg.nl>",
    "Verzonden: donderdag 15 oktober 2026 11:20",
    "Aan: Oudejans, Rens <r.oudejans@hardenberg.nl>",
    "CC: Kalsbeek, Jeroen <j.kalsbeek@hardenberg.nl>",
    "Onderwerp: FW: RE: RE: RE: Overzicht aanmeldingen schuldhulp Q3 + bijzondere bijstand",
    "",
    "Rens, goed opgepakt. Ik registreer dit als datalek DL-2026-031 en begin met de risicoanalyse. Jeroen, kun jij "
    "bij Baxtel nagaan of een recall van het bericht nog zin heeft en waarom de autocomplete een extern adres "
    "voorstelde? De 72-uurstermijn voor de melding bij de Autoriteit Persoonsgegevens loopt tot zaterdag 17 oktober "
    "16:52.",
    "Saskia",
], red=["Hooft", "Marloes Jansen", "marloes.jansen1978@gmail.com", "Hooft, Mirjam van 't", "m.vanthooft@hardenberg.nl",
        "Mirjam", "0523-265 418", "Oudejans, Rens", "r.oudejans@hardenberg.nl", "Brouwer-Wittebrood, Saskia",
        "s.brouwer-wittebrood@hardenberg.nl", "Jansen", "Brouwer-Wittebrood", "Rens Oudejans", "06-41 87 22 90",
        "Oudejans", "Esweg 77", "M. Jansen", "Kalsbeek, Jeroen", "j.kalsbeek@hardenberg.nl", "Rens", "Jeroen", "Saskia",
        "Boukhari"],
    keep=["fg@hardenberg.nl", "DL-2026-031", "Autoriteit Persoonsgegevens", "Baxtel", "Dedemsvaart",
          "ROLE|teamleider Werk & Inkomen", "Gemeente Hardenberg", "Verwijderde items", "ROLE|functionaris gegevensbescherming",
          "verklaring van vernietiging"],
    font="DejaVu", size=11, producer="Microsoft® Outlook® voor Microsoft 365", creator="Microsoft® Outlook® voor Microsoft 365",
    title="RE: Overzicht aanmeldingen schuldhulp Q3"))

A(Doc("dl05", [
    "Van: Kalsbeek, Jeroen <j.kalsbeek@hardenberg.nl>",
    "Verzonden: donderdag 15 oktober 2026 14:38",
    "Aan: Brouwer-Wittebrood, Saskia <s.brouwer-wittebrood@hardenberg.nl>",
    "CC: Zandbergen, Wilco <w.zandbergen@hardenberg.nl>; El Idrissi, Noor <n.elidrissi@hardenberg.nl>; "
    "servicedesk@baxtel-ict.nl",
    "Onderwerp: RE: datalek DL-2026-031 - technische stand van zaken",
    "",
    "Saskia,",
    "Stand van zaken na overleg met Çağla Demirtaş (incidentmanager bij Baxtel, 088 227 40 00 toestel 412):",
    "1. Recall werkt niet: het bericht is afgeleverd bij Gmail, buiten onze Exchange Online-omgeving.",
    "2. De Outlook-autocomplete (de zogeheten nickname cache) had het adres van mevrouw Jansen opgeslagen omdat "
    "Mirjam op 3 juni 2026 een bericht van haar heeft ontvangen over een aanvraag van een kennis.",
    "3. De DLP-policy 'NL BSN - extern' stond sinds de migratie van 28 september in audit mode in plaats van block "
    "mode. Daardoor is de bijlage met 212 BSN's niet tegengehouden. Baxtel heeft de policy op mijn verzoek vandaag om "
    "13:10 weer op block gezet (wijziging CHG-88412).",
    "4. Sensitivity labels in Microsoft Purview worden in de gemeente nog niet afgedwongen.",
    "Ik stel voor dat Noor het register bijwerkt en dat we maandag met Wilco de maatregelen bespreken.",
    "",
    "Met vriendelijke groet,",
    "Jeroen Kalsbeek",
    "Chief Information Security Officer (CISO)",
    "Gemeente Hardenberg | 06 5310 8862",
    "",
    "Van: Zandbergen, Wilco <w.zandbergen@hardenberg.nl>",
    "Verzonden: donderdag 15 oktober 2026 15:02",
    "Aan: Kalsbeek, Jeroen <j.kalsbeek@hardenberg.nl>; Brouwer-Wittebrood, Saskia <s.brouwer-wittebrood@hardenberg.nl>",
    "CC: Pleijsier, Gerda <g.pleijsier@hardenberg.nl>",
    "Onderwerp: RE: RE: datalek DL-2026-031 - technische stand van zaken",
    "",
    "Helder. Ik informeer vanavond wethouder Hoekstra en de gemeentesecretaris. Gerda plant maandag 19 oktober om "
    "08:30 een crisisoverleg in de Thorbeckezaal. Graag ook iemand van Baxtel erbij, en Bart-Jan van Juridische Zaken "
    "voor de aansprakelijkheidsvraag richting de leverancier.",
    "Wilco Zandbergen",
    "afdelingshoofd Sociaal Domein",
    "M +31 (0)6 2270 1945",
    "",
    "Van: El Idrissi, Noor <n.elidrissi@hardenberg.nl>",
    "Verzonden: donderdag 15 oktober 2026 15:30",
    "Aan: Zandbergen, Wilco <w.zandbergen@hardenberg.nl>; Kalsbeek, Jeroen <j.kalsbeek@hardenberg.nl>",
    "Onderwerp: RE: RE: RE: datalek DL-2026-031 - technische stand van zaken",
    "",
    "Ik heb DL-2026-031 in het datalekregister gezet. Annelot Jonkman (privacy officer SD) neemt vanaf week 48 de "
    "piket van mij over; tot die tijd ben ik ook 's avonds bereikbaar op 06-18472290. Zal ik de vraag-en-antwoordlijst "
    "voor het belteam opstellen?",
    "Noor El Idrissi | adviseur privacy | toestel 9174",
], red=["Annelot Jonkman", "06-18472290", "Noor El Idrissi", "9174", "Kalsbeek, Jeroen", "j.kalsbeek@hardenberg.nl", "Brouwer-Wittebrood, Saskia", "s.brouwer-wittebrood@hardenberg.nl",
        "Zandbergen, Wilco", "w.zandbergen@hardenberg.nl", "El Idrissi, Noor", "n.elidrissi@hardenberg.nl",
        "Çağla Demirtaş", "088 227 40 00 toestel 412", "Jansen", "Mirjam", "Noor", "Wilco", "Jeroen Kalsbeek",
        "06 5310 8862", "Pleijsier, Gerda", "g.pleijsier@hardenberg.nl", "Gerda", "Bart-Jan", "Wilco Zandbergen",
        "+31 (0)6 2270 1945", "Saskia"],
    keep=["servicedesk@baxtel-ict.nl", "DL-2026-031", "Exchange Online", "nickname cache", "DLP-policy", "audit mode",
          "block mode", "CHG-88412", "Microsoft Purview", "Sensitivity labels", "PUBLIC|wethouder Hoekstra",
          "Thorbeckezaal", "Juridische Zaken", "ROLE|afdelingshoofd Sociaal Domein", "Chief Information Security Officer", "Gmail"],
    font="DejaVu", size=12, producer="Microsoft® Outlook® voor Microsoft 365", creator="Microsoft® Outlook® voor Microsoft 365",
    title="RE: datalek DL-2026-031"))

A(Doc("dl06", [
    "# Teams-chat: W&I consulenten (export 16-10-2026)",
    "[14-10-2026 17:05] Dewi Sutrisno: Mir, heb jij de Q3-lijst al naar de Kredietbank gestuurd? Ik wil hem ook",
    "[14-10-2026 17:06] Mirjam van 't Hooft: ja net, naar Marloes van Schuldhulp Vechtdal. Ik zet hem ook op de "
    "teamsite",
    "[15-10-2026 08:12] Koen Lammers: eh jongens, Rens belt net rond, die lijst is naar een verkeerde Marloes gegaan??",
    "[15-10-2026 08:13] Dewi Sutrisno: oh nee. Mir is vandaag vrij toch?",
    "[15-10-2026 08:15] Koen Lammers: ja. Rens zegt dat Saskia van privacy het oppakt. Niks meer met xlsx mailen tot "
    "nader order, alles via de beveiligde ketenomgeving Suwinet-Inkijk of via Zivver",
    "[15-10-2026 08:20] Yvonne Brink-Oosterveld: Ik had vorige week ook al dat Outlook een raar adres voorstelde bij "
    "Janssen. Moet ik dat melden?",
    "[15-10-2026 08:22] Koen Lammers: ja meld bij de servicedesk, en bij Noor El Idrissi (privacy), toestel 9174",
    "[15-10-2026 08:40] Dewi Sutrisno: arme Mirjam. Koentje, jij belt haar even? Haar 06 is 06-27 33 90 58",
    "[15-10-2026 08:41] Koen Lammers: doe ik. Yvon, kun jij mijn intakes van 9 uur overnemen?",
    "[15-10-2026 08:41] Yvonne Brink-Oosterveld: is goed 👍",
], red=["Brink-Oosterveld", "Lammers", "Sutrisno", "Dewi Sutrisno", "Mir", "Mirjam van 't Hooft", "Marloes", "Koen Lammers", "Rens", "Saskia",
        "Yvonne Brink-Oosterveld", "Noor El Idrissi", "Mirjam", "Koentje", "06-27 33 90 58", "Yvon"],
    keep=["Schuldhulp Vechtdal", "Kredietbank", "Suwinet-Inkijk", "Zivver", "Outlook", "servicedesk",
          "W&I consulenten", "teamsite"],
    font="DejaVu", size=9.5, producer="Microsoft: Print To PDF", creator="Microsoft Teams",
    title="Chat W&I consulenten"))

A(Doc("dl07", [
    "# Analyse datalek DL-2026-031",
    "**Functionaris gegevensbescherming gemeente Hardenberg** - vertrouwelijk, 16 oktober 2026",
    "Opgesteld door: S.M. Brouwer-Wittebrood (FG), met medewerking van N. El Idrissi (adviseur privacy)",
    "## 1. Feiten",
    "Op woensdag 14 oktober 2026 om 16:52 heeft een consulent schuldhulpverlening van team Werk & Inkomen een e-mail met "
    "een Excel-bestand verzonden naar een particulier e-mailadres in plaats van naar de contactpersoon bij Stichting "
    "Schuldhulp Vechtdal. De ontvangster, mevrouw M. Jansen uit Dedemsvaart, heeft de gemeente op 15 oktober om 07:31 "
    "zelf geïnformeerd en heeft op 15 oktober om 15:40 een verklaring van vernietiging getekend in aanwezigheid van "
    "de teamleider, de heer R. Oudejans.",
    "## 2. Betrokken gegevens",
    "Het bestand bevat 212 regels (cliënten) met: naam, adres, BSN, geboortedatum, telefoonnummer, regeling "
    "(bijzondere bijstand, schuldhulpverlening), hoogte van de schuld in klassen en bij 37 cliënten een vlag voor een "
    "lopende indicatie ggz of verslavingszorg. Dat laatste zijn gegevens over gezondheid in de zin van artikel 9 AVG. "
    "Het BSN is een wettelijk identificatienummer (artikel 46 UAVG).",
    "## 3. Risicobeoordeling",
    "Ernst: hoog (financiële gegevens, BSN, gezondheidsgegevens, kwetsbare groep). Waarschijnlijkheid van misbruik: "
    "beperkt, omdat de ontvangster bekend is, zelf heeft gemeld en de vernietiging heeft bevestigd. Zij heeft de "
    "bijlage echter geopend en verklaart buren te hebben herkend. Conclusie: een hoog risico voor de rechten en "
    "vrijheden van betrokkenen kan niet worden uitgesloten.",
    "## 4. Advies",
    "a. Melden bij de Autoriteit Persoonsgegevens binnen 72 uur (artikel 33 AVG), uiterlijk 17 oktober 2026 16:52.",
    "b. Alle 212 betrokkenen informeren per brief (artikel 34 AVG), met een contactpersoon en de mogelijkheid van een "
    "gesprek; de 37 cliënten met een zorgvlag krijgen een persoonlijk gesprek via het Wijkteam aangeboden.",
    "c. De DLP-policy op block laten staan, sensitivity labels verplichten voor bestanden met BSN en de "
    "autocomplete-lijst voor externe adressen laten leegmaken (maatregel bij Baxtel ICT Services B.V.).",
    "d. Het verwerkingsregister en het datalekregister bijwerken; evaluatie na drie maanden.",
    "## 5. Navraag bij de betrokken medewerker",
    "Mevrouw Van 't Hooft heeft verklaard dat zij bij het typen van 'Jans' het eerste voorstel heeft gekozen. Zij was "
    "die middag alleen op de afdeling en had haast vanwege een afspraak. Er is geen sprake van opzet. Ik adviseer "
    "nadrukkelijk geen rechtspositionele maatregelen te nemen; het incident is een systeemfout.",
    "Ook is gebleken dat collega Y. Brink-Oosterveld op 8 oktober een vergelijkbaar voorstel van Outlook zag maar dit "
    "niet heeft gemeld. Dat wijst op onvoldoende bekendheid met de meldprocedure.",
    "## 6. Contact",
    "Vragen over deze analyse: fg@hardenberg.nl of 06 2931 4478 (FG, mobiel).",
    "",
    "S.M. Brouwer-Wittebrood",
    "functionaris gegevensbescherming",
], red=["Brouwer-Wittebrood", "El Idrissi", "Jansen", "Oudejans", "Brink-Oosterveld", "S.M. Brouwer-Wittebrood", "N. El Idrissi", "M. Jansen", "R. Oudejans", "Van 't Hooft", "Y. Brink-Oosterveld",
        "06 2931 4478"],
    keep=["DL-2026-031", "Stichting Schuldhulp Vechtdal", "Dedemsvaart", "artikel 9 AVG", "artikel 46 UAVG",
          "Autoriteit Persoonsgegevens", "artikel 33 AVG", "artikel 34 AVG", "Wijkteam", "Baxtel ICT Services B.V.",
          "fg@hardenberg.nl", "DLP-policy", "team Werk & Inkomen", "ROLE|functionaris gegevensbescherming",
          "datalekregister", "verwerkingsregister"],
    font="Times-Roman", size=12, producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
    title="Analyse datalek DL-2026-031"))

A(Doc("dl08", [
    "# Autoriteit Persoonsgegevens - Meldformulier datalekken",
    "Export van de ingediende melding (PDF-formulier), meldnummer M-2026-18342",
    "Organisatie: Gemeente Hardenberg, KvK 08231679, Jan Weitkamplaan 4, 7772 SB Hardenberg",
    "Soort melding: nieuwe melding | Datum ontdekking: 15-10-2026 | Datum melding: 16-10-2026",
    "Aard van het lek: e-mail met persoonsgegevens verzonden naar verkeerde ontvanger",
    "Aantal betrokkenen: 212 | Categorieën: BSN, financiële gegevens, gezondheid (37)",
    "Betrokkenen worden geïnformeerd: ja, per brief van 21-10-2026",
], form=[
    ("Naam contactpersoon", "contact_naam", "Saskia Brouwer-Wittebrood"),
    ("Functie contactpersoon", "contact_functie", "functionaris gegevensbescherming"),
    ("E-mailadres contactpersoon", "contact_email", "s.brouwer-wittebrood@hardenberg.nl"),
    ("Telefoonnummer contactpersoon", "contact_tel", "06-29314478"),
    ("Naam melder (indien anders)", "melder_naam", "Noor El Idrissi"),
    ("Telefoon melder", "melder_tel", "0523-289174"),
    ("Verantwoordelijke medewerker", "medewerker", "M. van 't Hooft (consulent)"),
    ("Naam ontvanger", "ontvanger", "Marloes Jansen, Esweg 77 Dedemsvaart"),
    ("Omschrijving", "omschrijving", "Autocomplete koos extern adres; DLP stond in audit mode"),
    ("Getekend door (bestuurder)", "bestuurder", "wethouder R. Hoekstra"),
],
    hidden=[("annotations", "PERSON", "Saskia Brouwer-Wittebrood"), ("annotations", "EMAIL", "s.brouwer-wittebrood@hardenberg.nl"),
            ("annotations", "PHONE", "06-29314478"), ("annotations", "PERSON", "Noor El Idrissi"),
            ("annotations", "PHONE", "0523-289174"), ("annotations", "PERSON", "M. van 't Hooft"),
            ("annotations", "PERSON", "Marloes Jansen"), ("annotations", "ADDRESS", "Esweg 77")],
    keep=["M-2026-18342", "Gemeente Hardenberg", "KvK 08231679", "Jan Weitkamplaan 4", "Autoriteit Persoonsgegevens",
          "verkeerde ontvanger", "212"],
    producer="iText® 7.2.5 ©2000-2023 iText Group NV", creator="AP Meldloket datalekken", title="Melding datalek M-2026-18342"))

A(Doc("dl09", [
    "Autoriteit Persoonsgegevens",
    "Postbus 93374, 2509 AJ Den Haag | Bezuidenhoutseweg 30 | telefoon 088 - 1805 250",
    "",
    "Gemeente Hardenberg",
    "t.a.v. de functionaris gegevensbescherming",
    "Postbus 500",
    "7770 BA Hardenberg",
    "",
    "Datum: 23 oktober 2026",
    "Ons kenmerk: z2026-18342",
    "Onderwerp: ontvangst melding datalek M-2026-18342",
    "",
    "Geachte mevrouw Brouwer-Wittebrood,",
    "Op 16 oktober 2026 heeft u namens de gemeente Hardenberg een datalek gemeld (meldnummer M-2026-18342). Uit uw "
    "melding blijkt dat u de betrokkenen heeft geïnformeerd en maatregelen heeft genomen om herhaling te voorkomen. "
    "De Autoriteit Persoonsgegevens (AP) ziet op dit moment geen aanleiding voor nader onderzoek. Wij verzoeken u "
    "wel om binnen zes weken de uitkomst van de evaluatie van de DLP-maatregelen toe te sturen, onder vermelding van "
    "ons kenmerk z2026-18342.",
    "De AP kan op basis van latere informatie alsnog besluiten een onderzoek te starten.",
    "",
    "Met vriendelijke groet,",
    "Autoriteit Persoonsgegevens,",
    "namens deze,",
    "",
    "mr. H.F. Lubbers",
    "senior medewerker Meldloket datalekken",
    "h.lubbers@autoriteitpersoonsgegevens.nl | direct 06-20 55 71 48",
], red=["06-20 55 71 48", "Brouwer-Wittebrood", "mr. H.F. Lubbers", "h.lubbers@autoriteitpersoonsgegevens.nl"],
    keep=["Autoriteit Persoonsgegevens", "Postbus 93374", "Bezuidenhoutseweg 30", "088 - 1805 250", "z2026-18342",
          "M-2026-18342", "gemeente Hardenberg", "ROLE|functionaris gegevensbescherming", "Meldloket datalekken",
          "DLP-maatregelen", "Postbus 500"],
    font="DejaVuSerif", size=10, producer="Nitro Pro 13 (13.70.2.40)", creator="Nitro Pro 13", title="Ontvangst melding datalek"))

A(Doc("dl10", [
    "# Beslisnota college van B&W",
    "| Onderwerp | Datalek Sociaal Domein: informeren betrokkenen en raad |",
    "| Portefeuillehouder | wethouder R. Hoekstra (Sociaal Domein) |",
    "| Afdeling | Sociaal Domein, team Werk & Inkomen |",
    "| Steller | W. Zandbergen, 06 2270 1945 |",
    "| Zaaknummer | Z/26/204418 |",
    "| Collegevergadering | 20 oktober 2026 |",
    "## Aanleiding",
    "Op 14 oktober 2026 is een overzicht van 212 cliënten van de schuldhulpverlening en de bijzondere bijstand per "
    "e-mail naar een particulier gestuurd. De functionaris gegevensbescherming heeft het lek op 16 oktober gemeld bij "
    "de Autoriteit Persoonsgegevens (M-2026-18342).",
    "## Geadviseerd besluit",
    "Het college wordt gevraagd: 1. kennis te nemen van de analyse van de FG; 2. in te stemmen met het informeren van "
    "alle 212 betrokkenen per brief van 21 oktober 2026; 3. de raad te informeren met een raadsinformatiebrief; 4. "
    "Baxtel ICT Services B.V. aansprakelijk te stellen voor de schade door de foutieve DLP-instelling.",
    "## Kern",
    "Het lek is ontstaan door een combinatie van een menselijke vergissing en een technische tekortkoming: de DLP-policy "
    "stond na de migratie naar Exchange Online ten onrechte in audit mode. De leverancier erkent dit in het "
    "incidentrapport van 22 oktober 2026.",
    "## Krachtenveld",
    "De fractie van GroenLinks-PvdA heeft schriftelijke vragen aangekondigd. Vechtdal Post heeft een Woo-verzoek "
    "ingediend. Raadslid Yıldız heeft wethouder Hoekstra gevraagd het onderwerp te agenderen in de commissie Samenleving.",
    "## Financiën",
    "Kosten extern onderzoek (IT-forensisch) en communicatie: circa € 9.800, te dekken uit het budget informatieveiligheid.",
    "## Communicatie",
    "Brief aan betrokkenen, belteam via het KCC (14 0523), persbericht op 21 oktober 2026.",
    "## Paraaf",
    "| Naam | Functie | Paraaf | Datum |",
    "| W. Zandbergen | afdelingshoofd | WZ | 19-10-2026 |",
    "| J. Kalsbeek | CISO | JKb | 19-10-2026 |",
    "| B.J. Heuvelink | juridisch adviseur | BJH | 19-10-2026 |",
    "## Informatie die niet openbaar gemaakt kan worden",
    "Bijlage 2 (de lijst van betrokkenen) is niet openbaar.",
    "## Motivering",
    "De lijst bevat persoonsgegevens, waaronder BSN en gegevens over gezondheid (artikel 5.1, eerste lid, onder d en e "
    "Woo, en artikel 5.1, tweede lid, onder e Woo).",
], red=["Zandbergen", "Kalsbeek", "Heuvelink", "W. Zandbergen", "06 2270 1945", "J. Kalsbeek", "JKb", "B.J. Heuvelink", "BJH", "WZ"],
    outline=[("Beslisnota datalek - steller Wilco Zandbergen", 0), ("Paraaf Jeroen Kalsbeek en Bart-Jan Heuvelink", 1),
             ("Opmerking Noor El Idrissi", 1)],
    hidden=[("outline", "PERSON", "Wilco Zandbergen"), ("outline", "PERSON", "Jeroen Kalsbeek"),
            ("outline", "PERSON", "Bart-Jan Heuvelink"), ("outline", "PERSON", "Noor El Idrissi")],
    keep=["PUBLIC|wethouder R. Hoekstra", "Z/26/204418", "M-2026-18342", "Baxtel ICT Services B.V.", "Exchange Online",
          "GroenLinks-PvdA", "Vechtdal Post", "PUBLIC|Raadslid Yıldız", "PUBLIC|wethouder Hoekstra", "commissie Samenleving",
          "14 0523", "artikel 5.1, tweede lid, onder e Woo", "Sociaal Domein", "ROLE|afdelingshoofd", "CISO",
          "raadsinformatiebrief", "audit mode"],
    font="DejaVu", size=11, producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
    title="Beslisnota datalek Sociaal Domein"))

A(Doc("dl11", [
    "Gemeente Hardenberg",
    "",
    "Aan: <naam betrokkene>",
    "<adres>",
    "",
    "Datum: 21 oktober 2026",
    "Ons kenmerk: DL-2026-031/<volgnummer>",
    "Onderwerp: uw gegevens zijn per vergissing naar een verkeerd e-mailadres gestuurd",
    "",
    "Geachte <aanhef>,",
    "Met deze brief laten wij u weten dat er op 14 oktober 2026 een fout is gemaakt met uw gegevens. Een medewerker "
    "van de gemeente heeft een e-mail met een overzicht van cliënten naar een verkeerd e-mailadres gestuurd. In dat "
    "overzicht stonden uw naam, adres, burgerservicenummer (BSN), geboortedatum en de regeling waarvoor u bij ons "
    "bekend bent. De ontvanger heeft ons zelf gewaarschuwd en heeft de e-mail verwijderd. Dat heeft zij schriftelijk "
    "bevestigd. Wij vinden het heel vervelend dat dit is gebeurd en bieden u onze excuses aan.",
    "Wat betekent dit voor u? Wij verwachten niet dat uw gegevens worden misbruikt. Wees wel alert op onverwachte "
    "post, telefoontjes of e-mails waarin naar uw BSN wordt gevraagd. Bij twijfel kunt u contact opnemen met het "
    "Centraal Meldpunt Identiteitsfraude (088 - 900 1010).",
    "Wij hebben het datalek gemeld bij de Autoriteit Persoonsgegevens. U kunt een klacht indienen bij de gemeente of "
    "bij de Autoriteit Persoonsgegevens. Wilt u hierover praten? Bel dan ons belteam via 14 0523 (werkdagen 9.00 - "
    "17.00 uur) of mail naar privacy@hardenberg.nl.",
    "",
    "Met vriendelijke groet,",
    "",
    "R. Hoekstra",
    "wethouder Sociaal Domein",
], red=[],
    keep=["Gemeente Hardenberg", "DL-2026-031", "Centraal Meldpunt Identiteitsfraude", "088 - 900 1010",
          "Autoriteit Persoonsgegevens", "14 0523", "privacy@hardenberg.nl", "PUBLIC|R. Hoekstra", "ROLE|wethouder Sociaal Domein",
          "burgerservicenummer"],
    font="Helvetica", size=10.5, producer="Aspose.Words for .NET 23.4", creator="Corsa 7.2 documentgenerator",
    title="Modelbrief betrokkenen datalek"))

A(Doc("dl12", [
    "Gemeente Hardenberg",
    "",
    "Mevrouw F. Boukhari",
    "Vechtstraat 14-B",
    "7772 AH Hardenberg",
    "",
    "Datum: 21 oktober 2026",
    "Ons kenmerk: DL-2026-031/0018",
    "Uw BSN: 204 618 377 | geboortedatum 12-03-1971",
    "Onderwerp: uw gegevens zijn per vergissing naar een verkeerd e-mailadres gestuurd",
    "",
    "Geachte mevrouw Boukhari,",
    "Met deze brief laten wij u weten dat er op 14 oktober 2026 een fout is gemaakt met uw gegevens. Een medewerker "
    "van de gemeente heeft een e-mail met een overzicht van cliënten naar een verkeerd e-mailadres gestuurd. In dat "
    "overzicht stonden uw naam, adres, BSN, geboortedatum en de regeling waarvoor u bij ons bekend bent "
    "(schuldhulpverlening, traject bij Stichting Schuldhulp Vechtdal). De ontvanger heeft ons zelf gewaarschuwd en "
    "de e-mail verwijderd.",
    "Omdat de ontvanger in uw straat woont, bieden wij u een persoonlijk gesprek aan met uw vaste consulent, de heer "
    "K. Lammers (0523 28 94 30, k.lammers@hardenberg.nl). U kunt ook bellen met 14 0523.",
    "Wij hebben het datalek gemeld bij de Autoriteit Persoonsgegevens. U kunt een klacht indienen bij de gemeente of "
    "bij de Autoriteit Persoonsgegevens.",
    "",
    "Met vriendelijke groet,",
    "R. Hoekstra",
    "wethouder Sociaal Domein",
], red=["Lammers", "F. Boukhari", "Vechtstraat 14-B", "BSN|204 618 377", "DOB|12-03-1971", "Boukhari", "K. Lammers",
        "0523 28 94 30", "k.lammers@hardenberg.nl"],
    keep=["Gemeente Hardenberg", "DL-2026-031/0018", "Stichting Schuldhulp Vechtdal", "14 0523",
          "Autoriteit Persoonsgegevens", "PUBLIC|R. Hoekstra", "ROLE|wethouder Sociaal Domein", "7772 AH Hardenberg"],
    font="Helvetica", size=10.5, producer="Aspose.Words for .NET 23.4", creator="Corsa 7.2 documentgenerator",
    title="DL-2026-031/0018"))

A(Doc("dl13", [
    "Gemeente Hardenberg",
    "",
    "De heer D. Petrović",
    "p/a Beschermd Wonen De Meander, kamer 12",
    "Bruchterweg 41",
    "7772 BG Hardenberg",
    "",
    "Datum: 21 oktober 2026",
    "Ons kenmerk: DL-2026-031/0144",
    "Onderwerp: uw gegevens zijn per vergissing naar een verkeerd e-mailadres gestuurd",
    "",
    "Geachte heer Petrović,",
    "Op 14 oktober 2026 is een overzicht met uw gegevens per vergissing naar een verkeerd e-mailadres gestuurd. Naast "
    "uw naam, adres, BSN 318 277 045 en geboortedatum (2 augustus 1988) stond in het overzicht ook dat u via het "
    "Wijkteam begeleiding krijgt bij verslavingszorg. Dat is een gevoelig gegeven en wij begrijpen dat dit bericht "
    "vervelend voor u is.",
    "Uw begeleider bij Beschermd Wonen De Meander, mevrouw Elif Kaya, is op de hoogte en kan bij een gesprek "
    "aanwezig zijn. Wij nemen binnen een week telefonisch contact met u op via 06-38 10 47 26.",
    "Wij hebben het datalek gemeld bij de Autoriteit Persoonsgegevens. U kunt een klacht indienen bij de gemeente of "
    "bij de Autoriteit Persoonsgegevens.",
    "",
    "Met vriendelijke groet,",
    "R. Hoekstra",
    "wethouder Sociaal Domein",
], red=["Kaya", "D. Petrović", "Petrović", "BSN|318 277 045", "DOB|2 augustus 1988", "HEALTH|begeleiding krijgt bij verslavingszorg",
        "Elif Kaya", "06-38 10 47 26", "kamer 12"],
    keep=["Beschermd Wonen De Meander", "Bruchterweg 41", "DL-2026-031/0144", "Wijkteam", "Autoriteit Persoonsgegevens",
          "PUBLIC|R. Hoekstra", "Gemeente Hardenberg"],
    font="DejaVu", size=10.5, producer="Aspose.Words for .NET 23.4", creator="Corsa 7.2 documentgenerator",
    title="DL-2026-031/0144"))

A(Doc("dl14", [
    "# Aan de gemeente Hardenberg, afdeling Sociaal Domein",
    "",
    "Dedemsvaart, 24 oktober 2026",
    "",
    "Geachte heer of mevrouw,",
    "Ik heb uw brief van 21 oktober ontvangen over het datalek.",
    "Ik ben daar erg van geschrokken. Mijn schulden gaan",
    "niemand iets aan en nu weet de hele straat het.",
    "Ik wil weten wie die mevrouw is die mijn gegevens",
    "heeft gezien. Ik dien hierbij een klacht in.",
    "",
    "Mijn gegevens:",
    "Naam: Hendrikus Schuiling",
    "Adres: Kerkweg 9, Dedemsvaart",
    "Telefoon: 0523 61 22 84",
    "Geboren: 30-11-1959",
    "",
    "~ Hoogachtend, H. Schuiling",
], red=["Hendrikus Schuiling", "Kerkweg 9", "0523 61 22 84", "DOB|30-11-1959", "H. Schuiling"],
    scan=True, producer="Canon iR-ADV C5535 PDF", creator="Canon iR-ADV C5535", rotate=0.8,
    title="Scan poststuk 2026-10-26"))

A(Doc("dl15", [
    "# Bijlage 2 bij beslisnota Z/26/204418 - steekproef betrokkenen (niet openbaar)",
    "Uittreksel uit Overzicht_SHV_BB_Q3_2026.xlsx, 20 van 212 regels, ten behoeve van de adressering van de brieven.",
    "| Nr | Naam | Adres | BSN | Geb.datum | Regeling | Vlag |",
    "| 0018 | Fatima Boukhari | Vechtstraat 14-B, Hardenberg | 204618377 | 12-03-1971 | SHV | - |",
    "| 0019 | Hendrikus Schuiling | Kerkweg 9, Dedemsvaart | 170355912 | 30-11-1959 | SHV | - |",
    "| 0023 | Anja Wolters-Meijering | Stationsstraat 88, Gramsbergen | 251904836 | 07-06-1983 | BB | - |",
    "| 0031 | Jozef Nijboer | Hoofdstraat 3A, Bergentheim | 199462081 | 19-01-1966 | SHV | K |",
    "| 0047 | Elif Yılmaz | Lärchenweg 2, Slagharen | 288031457 | 25-09-1994 | BB | - |",
    "| 0052 | Gerrit-Jan ter Haar | Burgemeester Bramerstraat 21, Hardenberg | 163720549 | 03-04-1949 | BB | - |",
    "| 0068 | Sandra de Boer-Wessels | Parkweg 112, Dedemsvaart | 230785164 | 14-12-1978 | SHV | K |",
    "| 0073 | Mohammed El Amrani | Oosteinde 7, Heemserveen | 276144309 | 28-02-1990 | SHV | - |",
    "| 0081 | Willemijn van den Berg | Kanaalweg Oost 45, Dedemsvaart | 214590873 | 09-07-2001 | BB | - |",
    "| 0094 | Bartholomeus Koopman | Westeinde 19, Gramsbergen | 180243657 | 22-05-1955 | SHV | - |",
    "| 0102 | Natascha Oldenhof | Weidelaan 6, Hardenberg | 239976410 | 11-10-1985 | SHV | K |",
    "| 0117 | Kees (Cornelis) Veldhuis | Zwolsestraat 54, Balkbrug | 167388205 | 02-08-1962 | BB | - |",
    "| 0125 | Żaneta Kowalczyk | Lindestraat 30, Slagharen | 301257764 | 16-03-1997 | SHV | - |",
    "| 0144 | Dragan Petrović | Bruchterweg 41 (BW), Hardenberg | 318277045 | 02-08-1988 | SHV | K |",
    "| 0151 | Johanna Mulder-Scheper | Esdoornstraat 5, Bergentheim | 190614328 | 29-09-1958 | BB | - |",
    "| 0163 | Tim van der Veen | Molenweg 23, Lutten | 262805197 | 05-05-1999 | SHV | - |",
    "| 0178 | Hasan Öztürk | Spoorstraat 10, Hardenberg | 245119863 | 18-11-1976 | SHV | K |",
    "| 0186 | Lotte Schepers | Dorpsstraat 66, Ane | 273680412 | 24-06-1992 | BB | - |",
    "| 0199 | Roelof Hesselink | Rheezerweg 140, Hardenberg | 156042739 | 13-01-1951 | SHV | - |",
    "| 0207 | Priscilla Bakboord | Vechtoever 2, Hardenberg | 297316580 | 31-07-1987 | BB | - |",
    "Legenda: SHV = schuldhulpverlening; BB = bijzondere bijstand; K = lopende indicatie ggz/verslavingszorg via Wijkteam.",
], red=["Fatima Boukhari", "Vechtstraat 14-B", "204618377", "Hendrikus Schuiling", "Kerkweg 9", "170355912",
        "Anja Wolters-Meijering", "Stationsstraat 88", "251904836", "Jozef Nijboer", "Hoofdstraat 3A", "199462081",
        "Elif Yılmaz", "Lärchenweg 2", "288031457", "Gerrit-Jan ter Haar", "Burgemeester Bramerstraat 21", "163720549",
        "Sandra de Boer-Wessels", "Parkweg 112", "230785164", "Mohammed El Amrani", "Oosteinde 7", "276144309",
        "Willemijn van den Berg", "Kanaalweg Oost 45", "214590873", "Bartholomeus Koopman", "Westeinde 19", "180243657",
        "Natascha Oldenhof", "Weidelaan 6", "239976410", "Kees (Cornelis) Veldhuis", "Zwolsestraat 54", "167388205",
        "Żaneta Kowalczyk", "Lindestraat 30", "301257764", "Dragan Petrović", "318277045", "Johanna Mulder-Scheper",
        "Esdoornstraat 5", "190614328", "Tim van der Veen", "Molenweg 23", "262805197", "Hasan Öztürk", "Spoorstraat 10",
        "245119863", "Lotte Schepers", "Dorpsstraat 66", "273680412", "Roelof Hesselink", "Rheezerweg 140", "156042739",
        "Priscilla Bakboord", "Vechtoever 2", "297316580", "DOB|12-03-1971", "DOB|30-11-1959", "DOB|07-06-1983",
        "DOB|19-01-1966", "DOB|25-09-1994", "DOB|03-04-1949", "DOB|14-12-1978", "DOB|28-02-1990", "DOB|09-07-2001",
        "DOB|22-05-1955", "DOB|11-10-1985", "DOB|02-08-1962", "DOB|16-03-1997", "DOB|02-08-1988", "DOB|29-09-1958",
        "DOB|05-05-1999", "DOB|18-11-1976", "DOB|24-06-1992", "DOB|13-01-1951", "DOB|31-07-1987"],
    keep=["Z/26/204418", "Overzicht_SHV_BB_Q3_2026.xlsx", "Gramsbergen", "Bergentheim", "Slagharen", "Heemserveen",
          "Balkbrug", "Lutten", "Wijkteam", "schuldhulpverlening", "bijzondere bijstand"],
    font="DejaVu", size=11, producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365",
    title="Bijlage 2 - betrokkenen"))

A(Doc("dl16", [
    "# Incidentrapport INC-2026-10-0457",
    "Baxtel ICT Services B.V. | Klant: Gemeente Hardenberg | Classificatie: vertrouwelijk",
    "Versie 1.0, 22 oktober 2026. Opgesteld door Çağla Demirtaş (incidentmanager), review door Pieter-Jan Vos "
    "(solution architect Modern Workplace).",
    "## 1. Samenvatting",
    "Op 14 oktober 2026 is vanuit de tenant van de gemeente Hardenberg een bericht met een Excel-bijlage met 212 "
    "burgerservicenummers naar een extern Gmail-adres verzonden. De Microsoft Purview DLP-policy 'NL BSN - extern' had "
    "dit bericht moeten blokkeren. Na de tenant-migratie van 28 september 2026 (change CHG-87990) stond de policy "
    "echter in de modus 'Test it out first' (audit mode). Dit is een fout in het migratiedraaiboek van Baxtel.",
    "## 2. Tijdlijn",
    "| Tijdstip | Gebeurtenis | Actor |",
    "| 28-09-2026 22:00 | Migratie tenant, DLP-policies opnieuw uitgerold in testmodus | Baxtel, engineer R. Smit |",
    "| 29-09-2026 09:30 | Oplevering, controle DLP-modus niet afgevinkt | Baxtel, P.J. Vos |",
    "| 14-10-2026 16:52 | Bericht verzonden, DLP-match gelogd (audit), niet geblokkeerd | gebruiker MHO417 |",
    "| 15-10-2026 09:05 | Melding gemeente bij servicedesk (ticket INC-2026-10-0457) | J. Kalsbeek |",
    "| 15-10-2026 13:10 | DLP-policy naar block mode (CHG-88412) | Baxtel, engineer R. Smit |",
    "| 16-10-2026 11:00 | Autocomplete-cache externe adressen geleegd voor alle 1.140 mailboxen | Baxtel |",
    "## 3. Oorzaakanalyse",
    "Primaire oorzaak: DLP-policy na migratie niet teruggezet van audit naar block. Bijdragende oorzaken: de "
    "Outlook-autocomplete bevatte een extern adres dat op de naam van een ketenpartner leek; sensitivity labels "
    "worden niet afgedwongen; de policy-tip aan de gebruiker stond uit.",
    "## 4. Maatregelen",
    "a. Controle op DLP-modus toegevoegd aan het migratiedraaiboek (checklist MW-12). b. Wekelijkse rapportage van "
    "DLP-matches aan de CISO van de gemeente. c. Advies: verplichte sensitivity labels en Zivver voor bestanden met BSN.",
    "## 5. Contact",
    "Incidentmanager: Çağla Demirtaş, c.demirtas@baxtel-ict.nl, +31 88 227 40 12. Servicedesk: 088 227 40 00.",
    "## 6. Erkenning",
    "Baxtel erkent dat de onder 3 genoemde primaire oorzaak binnen haar verantwoordelijkheid valt onder de "
    "verwerkersovereenkomst van 1 januari 2024 (artikel 7, beveiliging).",
], red=["Demirtaş", "Vos", "Smit", "Kalsbeek", "Çağla Demirtaş", "Pieter-Jan Vos", "R. Smit", "P.J. Vos", "MHO417", "J. Kalsbeek", "c.demirtas@baxtel-ict.nl",
        "+31 88 227 40 12"],
    docx=True, author="Çağla Demirtaş", xmp_creator=None,
    hidden=[],
    keep=["INC-2026-10-0457", "Baxtel ICT Services B.V.", "Gemeente Hardenberg", "Microsoft Purview", "CHG-87990",
          "Test it out first", "CHG-88412", "Zivver", "088 227 40 00", "checklist MW-12", "verwerkersovereenkomst",
          "ROLE|solution architect Modern Workplace", "ROLE|incidentmanager", "audit mode", "sensitivity labels"],
    producer="LibreOffice 7.6", creator="Writer", title="Incidentrapport INC-2026-10-0457"))

# more public terms per document (all already in the text above)
EXTRA_KEEP = {
    "dl01": ["schuldhulpverlening", "Woo", "ICT-leverancier", "Geacht college"],
    "dl02": ["Postbus 500", "14 0523", "Sociaal Domein", "namens dezen", "burgemeester en wethouders van Hardenberg"],
    "dl03": ["Bijlagen", "schuldhulpverlening", "verslavingszorg", "BSN"],
    "dl04": ["schuldhulporganisatie", "DL-2026-031", "72-uurstermijn", "autocomplete", "Overzicht aanmeldingen schuldhulp Q3"],
    "dl05": ["Outlook-autocomplete", "BSN", "migratie", "Baxtel", "crisisoverleg", "aansprakelijkheidsvraag", "gemeentesecretaris"],
    "dl06": ["Q3-lijst", "xlsx", "ketenomgeving", "intakes", "Janssen"],
    "dl07": ["AVG", "UAVG", "Excel-bestand", "Dedemsvaart", "ggz", "block", "sensitivity labels", "systeemfout"],
    "dl08": ["Hardenberg", "BSN", "Meldformulier datalekken", "nieuwe melding"],
    "dl09": ["Den Haag", "2509 AJ Den Haag", "evaluatie", "AP", "7770 BA Hardenberg"],
    "dl10": ["Geadviseerd besluit", "Krachtenveld", "Woo-verzoek", "€ 9.800", "KCC", "Informatie die niet openbaar gemaakt kan worden",
             "Motivering", "DLP-policy", "juridisch adviseur", "ROLE|Portefeuillehouder"],
    "dl11": ["BSN", "DL-2026-031/<volgnummer>", "belteam", "excuses"],
    "dl12": ["BSN", "Hardenberg", "schuldhulpverlening"],
    "dl13": ["Hardenberg", "7772 BG Hardenberg", "BSN", "verkeerd e-mailadres"],
    "dl15": ["Hardenberg", "Dedemsvaart", "SHV", "BB", "ggz/verslavingszorg", "Bijlage 2"],
    "dl16": ["Gmail-adres", "tenant-migratie", "policy-tip", "migratiedraaiboek", "Oorzaakanalyse", "1.140 mailboxen",
             "servicedesk", "CISO"],
}
for _d in DOCS:
    _d.keep += EXTRA_KEEP.get(_d.stem, [])
