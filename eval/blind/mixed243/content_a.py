"""Set BB documents bb01-bb11."""
from lib import Doc
from people import *  # noqa: F401,F403

MOTIV = ("h", "Informatie die niet openbaar gemaakt kan worden"), ("h", "Motivering"), (
    "p", "In de openbaar gemaakte versie van dit document zijn alle persoonsgegevens van medewerkers, leden en "
         "derden onleesbaar gemaakt op grond van artikel 5.1, tweede lid, onder e, van de {{Wet open overheid|W}} "
         "(5.1.2e).")

DOCS = []

# bb01 Woo request by a journalist ----------------------------------------------------------
DOCS.append(Doc("bb01", "Verzoek Woo datalek bibliotheek", [
    ("p", f"[[Ellen Kuijpers]]\n[[Molenstraat 41|A]]\n[[5261 EB|A]] {{{{Nieuwkuijk|L}}}}\n[[ellen.kuijpers@maasbode-redactie.nl|E]]\n[[06-11 93 27 58|T]]"),
    ("p", f"Aan het college van burgemeester en wethouders van de {GEM}\nt.a.v. de Woo-coördinator\nPostbus 41, 5250 AA {{{{Vlijmen|L}}}}"),
    ("p", "Nieuwkuijk, 14 september 2026"),
    ("p", "Onderwerp: verzoek op grond van de Wet open overheid - datalek bibliotheek"),
    ("p", "Geacht college,"),
    ("p", f"Als verslaggever van {{{{De Maasbode}}}} verzoek ik u op grond van artikel 4.1 van de {{{{Wet open overheid|W}}}} "
          f"(Woo) om openbaarmaking van alle documenten over het datalek bij {LIB} dat in augustus 2026 bekend werd. "
          f"Het gaat mij in het bijzonder om: de melding aan de {AP}, de correspondentie tussen de bibliotheek, de "
          f"functionaris gegevensbescherming van de gemeente en de ICT-leverancier {DD}, het verslag van het "
          f"crisisoverleg, de brieven aan getroffen leden en de stukken rond de raadsvragen van raadslid {{{{Demir|F}}}}."),
    ("p", f"De gemeente subsidieert {LF} via de {{{{Bibliotheekwet|W}}}}-taken; ik neem aan dat de stukken bij u "
          "berusten of in uw opdracht zijn opgesteld (artikel 2.1 Woo)."),
    ("p", "Ik ontvang de stukken graag digitaal. Voor vragen ben ik bereikbaar via bovenstaand nummer."),
    ("sig", "Met vriendelijke groet,\n\n[[E. Kuijpers|P]]\nverslaggever De Maasbode"),
], font="Times", producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
    author="[[Ellen Kuijpers]]"))

# bb02 acknowledgement ---------------------------------------------------------------------------
DOCS.append(Doc("bb02", "Ontvangstbevestiging Woo-verzoek", [
    ("right", f"{GEM.replace('gemeente', 'Gemeente')}\n{{{{Burgemeester van Houtplein 1|S}}}}\nPostbus 41, 5250 AA Vlijmen\nTelefoon {GEMTEL}\n{WOOBOX}"),
    ("p", "[[Mevrouw E. Kuijpers|P]]\n[[Molenstraat 41|A]]\n[[5261 EB|A]] Nieuwkuijk"),
    ("p", f"Datum: 16 september 2026\nOns kenmerk: {WOONR}\nZaaknummer: {ZAAK}\nBehandeld door: {PL}\nTelefoon: [[073 - 513 16 09|T]]"),
    ("p", "Onderwerp: ontvangstbevestiging verzoek Wet open overheid"),
    ("p", "Geachte [[mevrouw Kuijpers|P]],"),
    ("p", "Op 14 september 2026 hebben wij uw verzoek ontvangen om openbaarmaking van documenten over het datalek "
          f"bij {LIB}. Wij hebben uw verzoek geregistreerd onder nummer {WOONR}."),
    ("p", "Op grond van artikel 4.4 van de {{Wet open overheid|W}} beslissen wij binnen vier weken na ontvangst. "
          "Wij kunnen deze termijn met twee weken verdagen. Omdat de stukken ook de belangen van de bibliotheek en "
          "van derden raken, zullen wij hun vooraf om een zienswijze vragen (artikel 4.9 Woo)."),
    ("p", f"Heeft u vragen? Neem dan contact op met {PL} via [[073 - 513 16 09|T]] of {PLM}."),
    ("sig", f"Met vriendelijke groet,\nnamens het college van burgemeester en wethouders,\n\n{PL}\n{{{{Woo-coördinator|J}}}}"),
], font="Helvetica", producer="iText® 7.2.5 ©2000-2023 iText Group NV", creator="Corsa Zaaksysteem"))

# bb03 internal incident report (2 pages) ------------------------------------------------------
DOCS.append(Doc("bb03", "Incidentrapport beveiligingsincident ledenadministratie", [
    ("h", f"Incidentrapport {LIB}"),
    ("table", [["Veld", "Waarde"],
               ["Incidentnummer", "{{INC-LF-2026-007|R}}"],
               ["Datum ontdekking", "{{11 augustus 2026|D}}, 09:40 uur"],
               ["Gemeld door", f"{IH}, {{{{medewerker frontoffice|J}}}}"],
               ["Eerste beoordeling", f"{SB}, {{{{teamleider klantenservice|J}}}} ([[toestel 214|T]])"],
               ["Systeem", "{{BiblioNet 7|Q}} ledenadministratie, CSV-export via SFTP-server"],
               ["Verwerker", f"{DD} (eenmanszaak), contactpersoon {RK}"],
               ["Aantal betrokkenen", "circa {{4.312|A}} leden, waarvan {{611|A}} jeugdleden"],
              ], [50, 120]),
    ("h", "1. Wat is er gebeurd"),
    ("p", f"Op maandag 11 augustus 2026 belde een lid, [[de heer K. van der Zanden|P]], dat hij zijn eigen "
          "pasnummer, naam en geboortedatum had teruggevonden in een bestand dat op een openbaar forum werd gedeeld. "
          f"{IH} heeft dit direct doorgezet naar {SB}. Uit eerste analyse door {BH} ({{{{applicatiebeheerder|J}}}}) "
          "bleek dat een nachtelijke CSV-export van de ledenadministratie sinds 2 juli 2026 op een SFTP-server stond "
          "waarvan de map per abuis publiek leesbaar was gemaakt (misconfiguratie na een update)."),
    ("p", "Het bestand bevatte per lid: pasnummer, voorletters en achternaam, adres, postcode, woonplaats, "
          "geboortedatum, e-mailadres en abonnementsvorm. Wachtwoorden en betaalgegevens stonden er niet in. Bij "
          "jeugdleden stond ook de naam van een ouder of verzorger."),
    ("h", "2. Eerste maatregelen"),
    ("table", [["Tijd", "Actie", "Door"],
               ["10:05", "SFTP-map offline gehaald", f"{RK} ({DD})"],
               ["10:30", "Directeur geïnformeerd", SB],
               ["11:15", f"FG {GEM} ingelicht via {FGBOX}", DIR],
               ["13:00", "Verwijderverzoek aan forumbeheerder", BH],
               ["16:20", "Logbestanden veiliggesteld", RK],
              ], [25, 95, 50]),
    ("pb",),
    ("h", "3. Risicobeoordeling"),
    ("p", "De combinatie van naam, adres en geboortedatum maakt identiteitsfraude en gerichte phishing mogelijk. "
          "Voor jeugdleden weegt het risico zwaarder. Er is geen aanwijzing dat bijzondere persoonsgegevens zijn "
          "gelekt, met één uitzondering: in het opmerkingenveld van twee leden stond een notitie over een "
          "visuele beperking (aanvraag {{Daisy-speler|Q}}), zie bijlage B. Dit zijn gezondheidsgegevens in de zin "
          "van artikel 9 {{AVG|W}}."),
    ("p", f"Conclusie: melding aan de {AP} binnen 72 uur is verplicht (artikel 33 AVG); betrokkenen worden "
          "geïnformeerd (artikel 34 AVG)."),
    ("h", "4. Contact"),
    ("p", f"Vragen over dit rapport: {SB}, {SBM}, of de algemene privacymailbox {PRIV}."),
    ("sig", f"Opgesteld: 12 augustus 2026\n{SB}\nGezien: {DIR}, {{{{directeur-bestuurder|J}}}}"),
], font="Helvetica", producer="Nitro Pro 13 (13.70.2.40)", creator="Nitro Pro 13",
    author="[[S. Brouwer|P]]"))

# bb04 Outlook thread director <-> FG (2 pages) -------------------------------------------------
DOCS.append(Doc("bb04", "RE: Datalek ledenbestand - melding AP", [
    ("pre", f"Van:        [[El Amrani, Youssef|P]] <[[y.elamrani@heusden.nl|E]]>\nVerzonden:  woensdag 13 augustus 2026 08:52\nAan:        [[Heuvel-Smits, Marieke van den|P]] <[[m.vandenheuvel@hetleesfort.nl|E]]>\nCC:         [[Oudshoorn, Femke|P]] <[[f.oudshoorn@heusden.nl|E]]>; [[Blom, Jeroen|P]] <[[j.blom@heusden.nl|E]]>\nOnderwerp:  RE: Datalek ledenbestand - melding AP"),
    ("p", "Beste [[Marieke|P]],"),
    ("p", f"Dank voor het concept. Twee punten: (1) vermeld in de melding aan de {AP} uitdrukkelijk dat de "
          "verwerker een eenmanszaak is en dat er geen verwerkersovereenkomst met de actuele beveiligingsbijlage lag; "
          "(2) de melding moet uiterlijk donderdag 14 augustus 09:40 uur binnen zijn. Ik raad aan de twee leden met "
          "de notitie over hun visuele beperking apart te benaderen, telefonisch."),
    ("p", f"{JB} ({{{{CISO|J}}}}) kijkt mee naar het forensisch rapport van {DD}."),
    ("p", f"Groet,\n{FG}\n{{{{Functionaris gegevensbescherming|J}}}} {GEM}\nT {FGT} | {FGM}\nAlgemeen: {GEMTEL} | {FGBOX}"),
    ("pre", "Van:        [[Heuvel-Smits, Marieke van den|P]] <[[m.vandenheuvel@hetleesfort.nl|E]]>\nVerzonden:  dinsdag 12 augustus 2026 21:14\nAan:        [[El Amrani, Youssef|P]] <[[y.elamrani@heusden.nl|E]]>\nCC:         [[Brouwer, Sanne|P]] <[[s.brouwer@hetleesfort.nl|E]]>\nOnderwerp:  Datalek ledenbestand - melding AP"),
    ("p", "Hoi [[Youssef|P]],"),
    ("p", f"Zoals vanochtend telefonisch besproken: bijgaand het concept van de melding datalek. {RK} heeft "
          "bevestigd dat de map sinds 2 juli openstond; volgens zijn logbestanden is het bestand minstens 37 keer "
          "gedownload, waarvan 31 keer vanaf een IP-adres buiten Nederland."),
    ("p", f"Ik wil vrijdag de leden informeren per brief en e-mail. {SB} stelt de teksten op; kun jij daar naar "
          "kijken? Onze raad van toezicht (voorzitter [[Gerrit-Jan Vos]]) is ingelicht."),
    ("pb",),
    ("p", f"Vanaf morgen ben ik het beste bereikbaar op mijn mobiel, {DIRT}."),
    ("p", f"Met vriendelijke groet,\n\n{DIR}\n{{{{directeur-bestuurder|J}}}}\n{LIB}\n{LIBADR}\n{LIBTEL} | {INFO}"),
    ("pre", "Van:        [[El Amrani, Youssef|P]]\nVerzonden:  maandag 11 augustus 2026 12:03\nAan:        [[Heuvel-Smits, Marieke van den|P]]\nOnderwerp:  RE: dringend - mogelijk datalek"),
    ("p", "[[Marieke|P]], goed dat je het direct meldt. Leg alles vast in het incidentregister en laat "
          f"{RK} niets wissen op de server. Ik bel je om 13:30 uur."),
    ("p", "Gr. [[YEA|C]]"),
], font="DejaVu", producer="Microsoft Outlook for Microsoft 365 (16.0.17928)", creator="Microsoft Outlook"))

# bb05 Outlook thread FG <-> IT supplier ------------------------------------------------------------
DOCS.append(Doc("bb05", "RE: Forensisch rapport SFTP", [
    ("pre", "Van:        [[ruud@datadijk.nl|E]]\nVerzonden:  vrijdag 15 augustus 2026 17:46\nAan:        [[El Amrani, Youssef|P]] <[[y.elamrani@heusden.nl|E]]>\nCC:         [[m.vandenheuvel@hetleesfort.nl|E]]; [[b.thart@hetleesfort.nl|E]]\nOnderwerp:  RE: Forensisch rapport SFTP"),
    ("p", "Beste meneer [[El Amrani|P]],"),
    ("p", "In de bijlage mijn tijdlijn. Kort: bij de update van de OpenSSH-server op 2 juli is de chroot-"
          "configuratie teruggezet naar de standaard, waardoor de map /export/leden via een anonymous login "
          "leesbaar werd. Er was geen MFA en geen alerting op downloads. Ik werk als eenmanszaak en heb geen "
          "ISO 27001-certificering; dat stond ook in mijn offerte van 2023."),
    ("p", "Ik heb geen kopie van het bestand meer; de server is opnieuw ingericht met key-based authentication "
          "en IP-whitelisting."),
    ("p", f"Met vriendelijke groet,\n{RK}\n{DD} - beheer en hosting\nKvK {RKKVK}\nmobiel {RKT}"),
    ("pre", "Van:        [[El Amrani, Youssef|P]] <[[y.elamrani@heusden.nl|E]]>\nVerzonden:  donderdag 14 augustus 2026 10:12\nAan:        [[ruud@datadijk.nl|E]]\nOnderwerp:  Forensisch rapport SFTP"),
    ("p", f"Geachte heer [[Koster|P]],"),
    ("p", f"Namens de {GEM} (subsidieverstrekker) en in overleg met mevrouw [[Van den Heuvel-Smits|P]] verzoek "
          "ik u uiterlijk vrijdag een tijdlijn te sturen: wanneer is de map publiek geworden, welke IP-adressen "
          "hebben gedownload en welke maatregelen zijn genomen. De melding bij de "
          f"{AP} is gedaan onder nummer {APNR}."),
    ("p", f"Met vriendelijke groet,\n{FG}\n{{{{Functionaris gegevensbescherming|J}}}}\n{FGT}"),
], font="Helvetica", producer="Microsoft: Print To PDF", creator="Microsoft Outlook"))

# bb06 Teams chat -------------------------------------------------------------------------------------
DOCS.append(Doc("bb06", "Teams-chat Team Klantenservice 11-08-2026", [
    ("h", "Chatexport - kanaal 'Klantenservice Vlijmen' (Microsoft Teams)"),
    ("small", "Geëxporteerd op 20-09-2026 ten behoeve van Woo-verzoek WOO-2026-0093"),
    ("table", [["Tijd", "Afzender", "Bericht"],
               ["09:41", IH, "[[Sanne|P]] ben je er? Meneer [[Van der Zanden|P]] aan de balie, hij heeft een lijst met zijn pasnummer erop van internet"],
               ["09:43", SB, "wat?? welke lijst. print niks uit, schrijf zijn telnr op"],
               ["09:44", IH, "[[06-52 71 04 33|T]], hij wil teruggebeld worden"],
               ["09:47", SB, "[[Bram|P]] kun jij kijken? Het lijkt onze export van vannacht"],
               ["09:58", BH, "ja is onze CSV. staat op de sftp van [[Ruud|P]]. bel hem nu"],
               ["10:02", SB, "[[Ruud|P]] neemt niet op. [[Brammetje|P]] jij hebt toch zijn andere nummer"],
               ["10:03", BH, "[[0416-27 55 18|T]] (thuis) proberen"],
               ["10:06", BH, "map is offline 👍"],
               ["10:31", SB, "[[Marieke|P]] is ingelicht, ze belt de FG van de gemeente. Niks op Facebook zetten mensen!"],
               ["10:33", "[[Mo Bakkali|P]]", "begrepen. wat zeggen we tegen leden aan de balie?"],
               ["10:35", SB, "dat we het onderzoeken en dat ze {{info@hetleesfort.nl|M}} kunnen mailen"],
               ["11:52", IH, "mevrouw [[Çelik|P]] belt ook al, haar dochter [[Zoë|P]] staat erin"],
              ], [15, 35, 120]),
], font="DejaVu", producer="Microsoft Teams Export", creator="Microsoft Teams"))

# bb07 WhatsApp export director <-> supplier ---------------------------------------------------------
DOCS.append(Doc("bb07", "WhatsApp-chat met Ruud Koster", [
    ("h", "WhatsApp Chat met Ruud DataDijk.txt"),
    ("pre", "[11-08-26 10:09:12] [[Ruud DataDijk|P]]: Map staat dicht. Sorry [[Marieke|P]], dit had niet mogen gebeuren\n"
            "[11-08-26 10:11:40] [[Marieke|P]]: Hoe lang stond dat open?\n"
            "[11-08-26 10:15:03] [[Ruud DataDijk|P]]: Sinds de update begin juli denk ik. Zoek het uit\n"
            "[11-08-26 10:15:30] [[Marieke|P]]: Niks weggooien!! De FG wil alle logs\n"
            "[11-08-26 14:22:51] [[Ruud DataDijk|P]]: Logs staan op usb. Ik breng ze morgen langs, {{Raadhuisplein|S}}?\n"
            "[11-08-26 14:23:17] [[Marieke|P]]: Ja, om 9 uur. Vraag naar [[Sanne|P]] als ik er niet ben\n"
            "[12-08-26 22:40:05] [[Ruud DataDijk|P]]: Mijn verzekeraar wil weten of de gemeente aansprakelijk stelt. Weet jij dat?\n"
            "[12-08-26 22:41:58] [[Marieke|P]]: Geen idee, vraag [[Youssef|P]]. Zijn nr [[073 5131742|T]]\n"
            "[13-08-26 07:02:44] [[Ruud DataDijk|P]]: Ok. Rekening voor de extra uren stuur ik later\n"
            "[13-08-26 07:10:02] [[Marieke|P]]: Eerst het rapport graag [[Ruudje|P]]"),
    ("p", "Deelnemers: [[Ruud DataDijk|P]] ([[+31 6 38124705|T]]), [[Marieke|P]] ([[+31 6 21487390|T]])"),
    ("p", "Bijgevoegd als bijlage bij het dossier {{Z/26/041877|R}} van de {{gemeente Heusden}}."),
], font="Helvetica", producer="PDFpen 13.1", creator="PDFpen"))

# bb08 AP notification printout (2 pages) -------------------------------------------------------------
DOCS.append(Doc("bb08", "Melding datalek Autoriteit Persoonsgegevens - samenvatting", [
    ("h", f"Meldformulier datalekken - {AP}"),
    ("small", f"Ontvangstbevestiging meldnummer {APNR}, ingediend op {{{{14 augustus 2026|D}}}} 08:57 uur via het meldloket"),
    ("table", [["Vraag", "Antwoord"],
               ["Naam organisatie", LIB],
               ["KvK-nummer organisatie", "{{41104523|R}}"],
               ["Adres", LIBADR],
               ["Contactpersoon melding", f"{DIR}"],
               ["Telefoon contactpersoon", DIRT],
               ["E-mail contactpersoon", DIRM],
               ["Functionaris gegevensbescherming", f"{FG} (FG van de {GEM}, ingehuurd via dienstverleningsovereenkomst), {FGM}"],
               ["Aard van het lek", "Vertrouwelijkheid: persoonsgegevens toegankelijk voor onbevoegden (misconfiguratie SFTP-server)"],
               ["Periode", "{{2 juli 2026|D}} tot en met {{11 augustus 2026|D}}"],
               ["Aantal betrokkenen", "minimaal {{4.312|A}}, maximaal {{4.390|A}}"],
               ["Soorten gegevens", "NAW, geboortedatum, pasnummer, e-mail; bij 2 personen gezondheid (visuele beperking)"],
               ["Verwerker", f"{DD}, eenmanszaak te {{{{Drunen|L}}}}"],
              ], [60, 110]),
    ("h", "Maatregelen"),
    ("p", "De SFTP-server is afgesloten en opnieuw ingericht (key-based authentication, IP-whitelisting, logging "
          "naar een SIEM). Het forum is verzocht de bestanden te verwijderen; dit is op 12 augustus gebeurd. Aangifte "
          "is gedaan bij {{politie Oost-Brabant}} (registratienummer {{PL2000-2026193377|R}})."),
    ("pb",),
    ("h", "Informeren betrokkenen"),
    ("p", "Alle betrokkenen ontvangen op 15 augustus 2026 een brief en, voor zover bekend, een e-mail. De twee "
          "leden van wie gezondheidsgegevens zijn gelekt worden eerst telefonisch benaderd door de directeur. "
          "Ouders van jeugdleden krijgen een aangepaste brief."),
    ("h", "Toelichting"),
    ("p", f"De verwerker meldde het lek op 11 augustus om 10:05 uur aan de bibliotheek. Het lek werd ontdekt "
          "doordat een lid zijn gegevens herkende. De bibliotheek heeft een verwerkersovereenkomst uit 2019 die niet "
          f"is geactualiseerd. In overleg met de FG van de {GEM} wordt een nieuwe overeenkomst opgesteld."),
    ("p", f"Eventuele vragen van de {AP} kunnen worden gericht aan {PRIV} of {LIBTEL}."),
], font="Helvetica", producer="Skia/PDF m128", creator="Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/128.0 Safari/537.36"))

# bb09 AcroForm: internal security incident form (values in form fields) ------------------------------
DOCS.append(Doc("bb09", "Intern meldformulier beveiligingsincident", [
    ("h", "Toelichting bij het formulier"),
    ("p", f"Dit formulier wordt ingevuld door de medewerker die een (vermoedelijk) beveiligingsincident vaststelt en "
          f"gaat binnen 24 uur naar {PRIV}. Het formulier is onderdeel van het informatiebeveiligingsbeleid van "
          f"{LIB} (versie {{{{2024-03|R}}}}) en volgt de {{{{Baseline Informatiebeveiliging Overheid|W}}}} (BIO) "
          "waar de bibliotheek die vrijwillig toepast."),
    ("p", "Vul bij 'gemeld door' uw naam en toestelnummer in. Vermeld geen wachtwoorden in het formulier."),
    ("p", f"Formuliernummer {{{{FRM-BEV-02|R}}}} - {LF}, {{{{Raadhuisplein 9|S}}}}, {{{{Vlijmen|L}}}}."),
], fields=[("incidentnr", "Incidentnummer", "INC-LF-2026-007"),
           ("gemeld_door", "Gemeld door", "[[Ilse ter Horst]], [[toestel 211|T]]"),
           ("datum", "Datum en tijd", "11-08-2026 09:40"),
           ("betrokken_lid", "Betrokken lid (melder)", "[[K.J. van der Zanden|P]], pas [[21903004871234|N]]"),
           ("tel_lid", "Telefoon lid", "[[06-52 71 04 33|T]]"),
           ("omschrijving", "Omschrijving", "Lid toont lijst met ledengegevens van internetforum"),
           ("doorgezet", "Doorgezet naar", "[[S. Brouwer|P]] / [[B. 't Hart|P]]"),
          ], font="Helvetica", producer="Adobe Acrobat Pro (64-bit) 24.2.20759", creator="Adobe Acrobat Pro (64-bit) 24.2.20759"))

# bb10 leaked member list extract (2 pages landscape) -----------------------------------------------------
MEMBERS = [
    ("21903004871234", "K.J. van der Zanden", "Kerkstraat 14", "5251 AB", "Vlijmen", "03-11-1958", "volwassen"),
    ("21903004865519", "J.W. Verhoeven", "Mgr. Zwijsenstraat 7", "5251 GH", "Vlijmen", "21-04-1946", "65+"),
    ("21903004870087", "A. de Boer-Kuipers", "Wolfshoek 22", "5256 BK", "Heusden", "09-12-1971", "volwassen"),
    ("21903004877761", "Ö. Yıldız", "Hooidonksestraat 3a", "5253 AE", "Nieuwkuijk", "15-06-1989", "volwassen"),
    ("21903004859902", "L. Fernández Ortega", "Sint Jansstraat 58", "5251 DT", "Vlijmen", "27-02-1994", "volwassen"),
    ("21903004881140", "Z. Çelik", "Lambertusplein 11", "5252 AD", "Drunen", "30-08-2014", "jeugd"),
    ("21903004881158", "D.J. Mulder", "Voordijk 19", "5254 TS", "Haarsteeg", "12-01-2011", "jeugd"),
    ("21903004862270", "H. 't Lam", "Torenstraat 2", "5256 AM", "Heusden", "05-05-1939", "65+"),
    ("21903004874452", "N. el Idrissi", "Grotestraat 160", "5151 BN", "Drunen", "18-10-2002", "student"),
    ("21903004868831", "W. van Beek", "Elshout Dorp 4", "5154 PJ", "Elshout", "22-07-1983", "volwassen"),
    ("21903004879013", "M. Schellekens-Brands", "Vendelweg 33", "5251 JL", "Vlijmen", "01-03-1977", "volwassen"),
    ("21903004880725", "T. Nguyễn", "Stationsstraat 70", "5251 HE", "Vlijmen", "11-11-2009", "jeugd"),
    ("21903004857346", "P.C.M. van Gool", "Meliestraat 8", "5256 EB", "Herpt", "29-09-1962", "volwassen"),
    ("21903004883311", "S. Dekkers", "Maasdijk 41", "5253 NV", "Nieuwkuijk", "14-02-2016", "jeugd"),
    ("21903004861198", "R. ter Heijden", "Oudheusdensestraat 25", "5156 AA", "Oudheusden", "07-08-1955", "65+"),
    ("21903004876604", "E. Wouters-van Dijk", "Kasteellaan 12", "5251 ZE", "Vlijmen", "26-05-1990", "volwassen"),
]
_rows = [["Pasnummer", "Naam", "Adres", "Postcode", "Plaats", "Geboortedatum", "Abonnement"]]
for pas, nm, adr, pc, pl, gb, ab in MEMBERS:
    _rows.append([f"[[{pas}|N]]", f"[[{nm}]]", f"[[{adr}|A]]", f"[[{pc}|A]]", pl, f"[[{gb}|D]]", ab])
DOCS.append(Doc("bb10", "Bijlage A - fragment gelekt ledenbestand", [
    ("h", "Bijlage A bij incidentrapport {{INC-LF-2026-007|R}}: fragment van het gelekte exportbestand"),
    ("p", f"Onderstaand fragment (16 van {{{{4.312|A}}}} regels) is door {LF} vastgelegd als bewijs. Kolommen e-mail en "
          "opmerkingen zijn in dit fragment weggelaten. Bron: leden_export_20260810.csv uit {{BiblioNet 7|Q}}."),
    ("table", _rows[:9], [34, 45, 52, 20, 25, 27, 25]),
    ("pb",),
    ("table", [_rows[0]] + _rows[9:], [34, 45, 52, 20, 25, 27, 25]),
    ("p", "Bij jeugdleden bevatte het volledige bestand ook een kolom 'ouder/verzorger', bijvoorbeeld bij "
          "[[Z. Çelik]]: [[F. Çelik-Aydın|P]] en bij [[D.J. Mulder]]: [[Hanneke Mulder|P]]."),
], font="DejaVu", landscape=True, producer="LibreOffice 7.6 Calc", creator="Calc"))

# bb11 letter to an affected member ----------------------------------------------------------------
DOCS.append(Doc("bb11", "Brief aan getroffen lid", [
    ("right", f"{LIB}\n{LIBADR}\n{LIBTEL}\n{INFO}"),
    ("p", "[[De heer K.J. van der Zanden|P]]\n[[Kerkstraat 14|A]]\n[[5251 AB|A]] Vlijmen"),
    ("p", "Vlijmen, 15 augustus 2026\nBetreft: uw gegevens in een gelekt ledenbestand\nUw pasnummer: [[21903004871234|N]]"),
    ("p", "Geachte [[heer Van der Zanden|P]],"),
    ("p", f"Met deze brief informeren wij u over een datalek bij {LF}. Tussen 2 juli en 11 augustus 2026 was een "
          "bestand met ledengegevens door een fout bij onze ICT-leverancier via internet te downloaden. Uw naam, adres, "
          "geboortedatum, pasnummer en e-mailadres stonden in dat bestand. Uw wachtwoord en bankgegevens niet."),
    ("p", f"Wij hebben het lek gemeld bij de {AP} en aangifte gedaan. Wij raden u aan alert te zijn op e-mails of "
          "telefoontjes waarin naar uw pasnummer of wachtwoord wordt gevraagd; wij vragen daar nooit om. U krijgt "
          "kosteloos een nieuw pasnummer aan de balie."),
    ("p", f"Heeft u vragen, bel dan onze speciale lijn {{{{0800 - 022 41 90|G}}}} (gratis, werkdagen 9-17 uur) of mail "
          f"{PRIV}. U kunt ook een klacht indienen bij de {AP}."),
    ("p", "Wij bieden u onze oprechte excuses aan."),
    ("sig", f"Hoogachtend,\n\n{DIR}\n{{{{directeur-bestuurder|J}}}}"),
], font="Times", producer="Microsoft® Word 2019", creator="Microsoft® Word 2019", author=f"{SB}",
    xmp_creator="[[Sanne Brouwer]]"))
