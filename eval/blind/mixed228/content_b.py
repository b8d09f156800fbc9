"""Documents fd13-fd22."""
D = []


def doc(stem, producer, blocks, **kw):
    D.append(dict(stem=stem, producer=producer, blocks=blocks, **kw))


doc("fd13_teams_chat", "rl", [
    ("h", "Microsoft Teams — chat 'Fietsdepot / klacht FD-26-0414'"),
    "Koen Diepeveen 10-3-2026 10:14",
    "Hoi Inge, de klacht van Spoelstra komt bij jou terecht denk ik? Hij heeft de griffie ook in CC gezet, dus Haverkamp weet het waarschijnlijk al.",
    "Inge Schuurmans-Lammers 10-3-2026 10:20",
    "Klopt, ik pak hem op. Kun jij de foto's van de verwijderlijst week 10 vragen bij Mirjam? Ik wil weten of het achterwiel al krom was.",
    "Koen Diepeveen 10-3-2026 10:22",
    "Doe ik. Hüseyin zegt dat Tom heeft geladen, die is nu ziek thuis (rugoperatie gehad vorig jaar, doet geen zware dingen meer).",
    "Inge Schuurmans-Lammers 10-3-2026 10:25",
    "Dat laatste hoeft niet in het dossier, Koen. Ik bel Gerda van Wielwerk wel over de verzekering. Nummer is 06-27193346 toch?",
    "Koen Diepeveen 10-3-2026 10:26",
    "Ja. Of via info@wielwerk.nl.",
    "Marloes Grolleman 10-3-2026 11:02",
    "Even ter info vanuit inkoop: artikel 4 van de overeenkomst regelt dat Wielwerk tot € 750 per fiets aansprakelijk is.",
], font="Helvetica", meta=dict(producer="Microsoft: Print To PDF", creator="Microsoft Teams"))

doc("fd14_raadsvragen", "rl", [
    ("h", "Schriftelijke vragen ex artikel 41 Reglement van orde"),
    "Van: raadslid Haverkamp (Lokaal Deventer) · Aan: college van burgemeester en wethouders · Datum: 30 maart 2026 · Onderwerp: fietsdepot en weesfietsen stationsgebied",
    "In de Deventer Courant lazen wij dat fietsen die als gestolen stonden geregistreerd toch door de gemeente zijn verwijderd en dat eigenaren moesten betalen om hun eigen fiets terug te krijgen. Ook zou er schade zijn ontstaan in het fietsdepot. Lokaal Deventer heeft daarover de volgende vragen.",
    "1. Hoeveel fietsen en fietswrakken zijn in 2025 rond Station Deventer verwijderd, en hoeveel daarvan zijn door de eigenaar opgehaald?",
    "2. Klopt het dat eigenaren van een als gestolen geregistreerde fiets € 25,00 moeten betalen? Is het college bereid dit te stoppen?",
    "3. Hoe controleert de gemeente of Wielwerk B.V. zorgvuldig met de fietsen omgaat? Hoeveel schadeclaims zijn er ingediend?",
    "4. Hoe past het verwijderen binnen het Programma Fiets Deventer 2030, en komen er meer stallingsplaatsen bij het Stationsplein?",
    "5. Wat gebeurt er met weesfietsen? Worden zij via de Stichting Jan Ligthart Fonds aan kinderen gegeven, zoals in 2023?",
    "Erik Haverkamp",
    "raadslid Lokaal Deventer",
    "Voor toelichting ben ik bereikbaar via griffie@deventer.nl of mijn privénummer 06-58830147.",
], font="Times-Roman", meta=dict(producer="Microsoft® Word 2019", creator="Microsoft® Word 2019", author="Erik Haverkamp"))

doc("fd15_antwoorden_college", "docx", [
    ("h", "Beantwoording schriftelijke vragen raadslid Haverkamp over het fietsdepot"),
    "Datum: 21 april 2026 · Kenmerk: RV-2026-041 · Portefeuillehouder: wethouder Tuinstra",
    "Vraag 1. Antwoord: In 2025 zijn rond Station Deventer 6.412 fietsen verwijderd, waarvan 1.130 fietswrakken. Van de overige fietsen is 38 procent door de eigenaar opgehaald. Na 13 weken gelden niet-opgehaalde fietsen als weesfiets.",
    "Vraag 2. Antwoord: Ja, tot nu toe gold dat. Wethouder Tuinstra heeft besloten dat eigenaren van een fiets die bij de politie als gestolen is geregistreerd met ingang van 1 mei 2026 niets meer betalen. Via het register van de RDW en de politie stellen wij dit vast voordat een eigenaar de fiets ophaalt.",
    "Vraag 3. Antwoord: Wielwerk B.V. rapporteert per kwartaal. In 2025 zijn vier schadeclaims ingediend; één is toegekend, één gedeeltelijk. Wielwerk is verzekerd tot € 750 per fiets.",
    "Vraag 4. Antwoord: Binnen het Programma Fiets Deventer 2030 komen in 2027 aan het Stationsplein 1.200 extra plaatsen in een bewaakte stalling, in samenwerking met ProRail en NS.",
    "Vraag 5. Antwoord: Weesfietsen worden door Wielwerk opgeknapt. Een deel gaat via de Stichting Jan Ligthart Fonds naar kinderen; Wielwerk won hiermee in 2025 de Gouden Trapper.",
    "Het college van burgemeester en wethouders van Deventer,",
    "de secretaris, de burgemeester, A.M. Rozendaal",
    "Ambtelijk contact voor de raad: K.J. Diepeveen, beleidsmedewerker mobiliteit, 0570 - 61 22 90, via griffie@deventer.nl.",
], meta=dict(producer="LibreOffice 7.6", creator="Writer", author="Koen Diepeveen"),
    hidden=[("PERSON", "Koen Diepeveen (Author)", ["Koen Diepeveen"], "metadata")])

doc("fd16_persbericht", "rl", [
    ("h", "Persbericht: gestolen fiets terug uit depot? Voortaan gratis"),
    "Deventer, 22 april 2026",
    "Wie zijn gestolen fiets terugvindt in het Fietsdepot Deventer, hoeft vanaf 1 mei 2026 niet meer te betalen. Dat heeft wethouder Tuinstra (Mobiliteit) besloten. \"Het is niet uit te leggen dat iemand die slachtoffer is van diefstal ook nog moet betalen om zijn eigen fiets terug te krijgen,\" aldus Marjolein Tuinstra.",
    "De handhavers van de gemeente verwijderen fietswrakken en verkeerd gestalde fietsen rond Station Deventer, in het kader van het project Schoon Stationsgebied. Het fietsdepot aan de Handelskade 9 wordt beheerd door sociale onderneming Wielwerk B.V. Wie een fiets kwijt is, kan op het framenummer zoeken via de website van de gemeente of bellen met 14 0570.",
    "Noot voor de redactie, niet voor publicatie: voor vragen kunt u contact opnemen met team Communicatie via 14 0570 of communicatie@deventer.nl.",
], font="Helvetica",
    meta=dict(producer="Adobe PDF Library 17.11", creator="Adobe InDesign 18.5", author="Reinier Pasveer",
              xmp="Wendy Dijkhuis"),
    extra_keep=[("EMAIL_FUNCTIONAL", "communicatie@deventer.nl", ["communicatie@deventer.nl"])],
    hidden=[("PERSON", "Reinier Pasveer (Author)", ["Reinier Pasveer"], "metadata"),
            ("PERSON", "Wendy Dijkhuis (XMP dc:creator)", ["Wendy Dijkhuis"], "metadata")])

doc("fd17_factuur_fietsenmaker", "rl", [
    ("h", "FACTUUR"),
    "Rijwielherstel Van Dokkum · Arjen van Dokkum · Brinkgreverweg 55A, Deventer · KvK 71834512 · btw NL002184457B31",
    "IBAN NL62 RABO 0312 4476 90 t.n.v. A. van Dokkum · info@rijwielherstelvandokkum.nl · 06 51 33 72 04",
    "Aan: Gemeente Deventer, team Handhaving, Postbus 5000, 7400 GC Deventer",
    "Factuurnummer 2026-0117 · Factuurdatum 31 maart 2026 · Uw referentie HH-FD-2026",
    ("t", [["Omschrijving", "Aantal", "Prijs", "Bedrag"],
           ["Knippen sloten bij verwijderactie Stationsplein (week 10 en 11)", "46", "€ 6,50", "€ 299,00"],
           ["Voorrijkosten", "2", "€ 35,00", "€ 70,00"],
           ["Herstel achterwiel Cortina U4 (FD-26-0414), op verzoek gemeente", "1", "€ 93,25", "€ 93,25"],
           ["Subtotaal", "", "", "€ 462,25"],
           ["btw 21%", "", "", "€ 97,07"],
           ["Totaal", "", "", "€ 559,32"]]),
    "Betaling binnen 30 dagen onder vermelding van het factuurnummer. Met dank voor de opdracht, Arjen.",
], font="DejaVuSans", meta=dict(producer="Moneybird", creator="Moneybird facturen"))

doc("fd18_mailthread_depot", "rl", [
    "Van: Ter Borg, Mirjam <m.terborg@deventer.nl>",
    "Verzonden: woensdag 11 maart 2026 08:52",
    "Aan: Çelik, Hüseyin <h.celik@wielwerk.nl>; Brouwer-Zondag, Gerda <gerda@wielwerk.nl>",
    "CC: Diepeveen, Koen <k.diepeveen@deventer.nl>; Wijnbergen, Sander <s.wijnbergen@deventer.nl>",
    "Onderwerp: RE: capaciteit depot na actie Stationsplein",
    "Hoi Hüseyin en Gerda,",
    "Dank voor het snelle transport maandag. Volgende week (week 11) doen Dewi en Bas nog een ronde Keizerstraat en Lebuïnuskerk. Verwachting: 40 tot 50 fietsen. Is daar ruimte voor in het depot? Anders schuiven we de actie een week op.",
    "Groet, Mirjam",
    "Mirjam ter Borg | teamleider Handhaving | gemeente Deventer | 0570-693 455 | 06-41873625 (dienst)",
    "-----",
    "Van: Çelik, Hüseyin <h.celik@wielwerk.nl>",
    "Verzonden: dinsdag 10 maart 2026 17:30",
    "Aan: Ter Borg, Mirjam <m.terborg@deventer.nl>",
    "Onderwerp: capaciteit depot na actie Stationsplein",
    "Beste Mirjam, we zitten op 1.840 van de 2.000 plekken. Volgende week kunnen we er nog 60 hebben, daarna moeten er weesfietsen weg. Tom en ik gaan donderdag 120 wrakken naar de shredder brengen. Groet, Hüseyin (06-18442097)",
    "Wielwerk B.V. — werk dat werkt — Handelskade 9 — info@wielwerk.nl",
], font="Helvetica", meta=dict(producer="Microsoft Outlook for Microsoft 365", creator="Microsoft Outlook"))

doc("fd19_notulen_teamoverleg", "rl", [
    ("h", "Verslag teamoverleg Handhaving Stationsgebied — 10 maart 2026"),
    ("t", [["Aanwezig", "Functie", "Code"],
           ["Mirjam ter Borg (vz)", "teamleider Handhaving", "MtB"],
           ["Sander Wijnbergen", "handhaver", "SW"],
           ["Jeroen van 't Hek", "handhaver", "JvtH"],
           ["Dewi Kartowikromo", "handhaver", "DK"],
           ["Luuk Hofstede", "handhaver", "L.H."],
           ["Koen Diepeveen", "beleidsmedewerker mobiliteit", "KD"],
           ["Hüseyin Çelik (Wielwerk)", "depotbeheerder", "HC"]]),
    "Afwezig met bericht: Bas Oude Nijhuis, Fatima el Khatib-Bouzid.",
    "1. Terugblik actie week 10. 52 fietsen verwijderd, waarvan 17 fietswrakken. Incident met eigenaar VanMoof (de heer Mulderije) verliep rustig; pv opgemaakt door SW. JvtH merkt op dat de stickers bij regen loslaten.",
    "2. Raadsvragen raadslid Haverkamp. KD bereidt de beantwoording voor wethouder Tuinstra voor. Vraag 2 (betalen voor gestolen fiets) ligt gevoelig. Voorstel: gratis afgifte als het register van de RDW en de politie een aangifte toont.",
    "3. Depotcapaciteit. HC: nog 60 plekken. Afgesproken: week 11 doorgaan, daarna pauze tot de weesfietsen weg zijn.",
    ("h", "Actielijst"),
    ("t", [["Nr", "Actie", "Wie", "Wanneer"],
           ["26-07", "Foto's week 10 naar Juridische Zaken (klacht FD-26-0414)", "MtB", "11-3"],
           ["26-08", "Concept-antwoorden raadsvragen", "KD", "20-3"],
           ["26-09", "Betere stickers bestellen", "JvtH", "31-3"],
           ["26-10", "Ruimen 120 wrakken", "HC", "12-3"]]),
], font="DejaVuSans", meta=dict(producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
                                  author="Mirjam ter Borg"),
    extra_redact=[("INITIALS", "DK", ["DK"]), ("INITIALS", "HC", ["HC"])],
    )

doc("fd20_rooster_handhavers", "rl", [
    ("h", "Dienstrooster Handhaving Stationsgebied — maart 2026"),
    ("t", [["Naam", "Pers.nr", "BOA-pas", "Mobiel (dienst)", "Ma", "Di", "Wo", "Do", "Vr"],
           ["Wijnbergen, S.", "40217", "2219-0447", "06-41873625", "V", "V", "-", "L", "V"],
           ["Van 't Hek, J.", "40388", "2219-0613", "+31 (0)6 55 01 93 28", "V", "-", "V", "V", "L"],
           ["Kartowikromo, D.", "41102", "—", "0031 6 4120 7765", "L", "L", "V", "-", "V"],
           ["Oude Nijhuis, B.", "39954", "—", "06-09112836", "-", "V", "L", "V", "V"],
           ["el Khatib-Bouzid, F.", "41460", "—", "+31 6 2748 1190", "V", "V", "V", "-", "-"],
           ["Hofstede, L.", "—", "—", "06-21873354", "L", "V", "-", "V", "L"]]),
    "V = vroege dienst 7.00-15.30, L = late dienst 13.30-22.00. Ruilen alleen na akkoord teamleider (M. ter Borg).",
    "Bij ziekte melden bij de teamleider vóór 6.30 uur. Verlof van Luuk Hofstede 16-20 maart is goedgekeurd.",
], font="Helvetica", meta=dict(producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365"),
    extra_redact=[("PHONE", "06-09112836", ["06-09112836"]), ("PHONE", "06-21873354", ["06-21873354"]),
                  ("PERSON", "Wijnbergen, S.", ["Wijnbergen, S."]), ("PERSON", "Van 't Hek, J.", ["Van 't Hek, J."]),
                  ("PERSON", "Kartowikromo, D.", ["Kartowikromo, D."]), ("PERSON", "Oude Nijhuis, B.", ["Oude Nijhuis, B."]),
                  ("PERSON", "el Khatib-Bouzid, F.", ["el Khatib-Bouzid, F."]), ("PERSON", "Hofstede, L.", ["Hofstede, L."])])

doc("fd21_beslisnota", "rl", [
    ("h", "Beslisnota: gratis afgifte gestolen fietsen uit het fietsdepot"),
    "Aan: wethouder Tuinstra · Van: team Mobiliteit · Datum: 14 april 2026 · Kenmerk: BN-2026-112",
    "Behandeld door: K.J. Diepeveen, beleidsmedewerker mobiliteit, 0570 - 61 22 90, k.diepeveen@deventer.nl",
    "Kopie aan: teamleider Handhaving (M. ter Borg); team Juridische Zaken (I. Schuurmans-Lammers)",
    ("h", "Aanleiding"),
    "Naar aanleiding van een klacht (zaak Z-2026-11873) en de raadsvragen van raadslid Haverkamp is onderzocht of eigenaren van een als gestolen geregistreerde fiets kosteloos hun fiets uit het Fietsdepot Deventer kunnen ophalen.",
    ("h", "Geadviseerd besluit"),
    "Aan de wethouder wordt gevraagd: in te stemmen met kosteloze afgifte vanaf 1 mei 2026 wanneer het register van de RDW en de politie een aangifte van diefstal toont; de beantwoording van de raadsvragen vast te stellen.",
    ("h", "Kern"),
    "De derving wordt geraamd op € 4.500 per jaar (ca. 180 fietsen). Wielwerk B.V. controleert bij afgifte het framenummer; de kosten blijven binnen het budget van het Programma Fiets Deventer 2030.",
    ("h", "Paraaf"),
    ("t", [["Naam", "Functie", "Paraaf", "Datum"],
           ["K.J. Diepeveen", "beleidsmedewerker", "KD", "14-4"],
           ["M.A. Grolleman", "inkoopadviseur", "MAG", "15-4"],
           ["I. Schuurmans-Lammers", "jurist", "ISL", "15-4"]]),
    ("h", "Informatie die niet openbaar gemaakt kan worden"),
    "Motivering: [nog invullen]",
], font="DejaVuSerif", meta=dict(producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365"),
    extra_redact=[("INITIALS", "MAG", ["MAG"])])

doc("fd22_inspectie_depot", "rl", [
    ("h", "Rapport inspectie Fietsdepot Deventer (contractbeheer)"),
    "Datum inspectie: 2 april 2026 · Locatie: Handelskade 9 · Inspecteur: contractmanager team Mobiliteit · Aanwezig namens Wielwerk B.V.: depotbeheerder",
    "Bevindingen:",
    "1. Registratie. Van 25 steekproefsgewijs gekozen fietsen waren framenummer, label en datum van binnenkomst juist geregistreerd. Bij twee fietsen ontbrak een foto.",
    "2. Opslag. Fietsen staan in rekken, maximaal twee hoog. Fietswrakken worden apart opgeslagen. De overkapping lekt boven vak C.",
    "3. Afgifte. Legitimatie wordt gecontroleerd; betaling per pin. Medewerkers volgen het protocol voor gestolen fietsen nog niet (ingang 1 mei 2026).",
    "4. Personeel. 14 medewerkers, waarvan 11 met een indicatie Participatiewet. Begeleiding is op orde.",
    "Conclusie: voldoet, met twee verbeterpunten (foto's, overkapping). Herinspectie in oktober 2026.",
], font="Helvetica", meta=dict(producer="PDF-XChange Editor 10.1", creator="PDF-XChange Editor"),
    notes=[(0, 480, 700, "Marloes Grolleman", "Overkapping valt onder onderhoud gebouw, niet onder contract Wielwerk? Check met Koen."),
           (0, 480, 560, "Diepeveen, Koen", "Klopt. Bel Gerda even, 06-27193346 (niet in rapport zetten)."),
           (0, 480, 420, "Hüseyin Çelik", "Foto's zijn nagezonden op 3 april.")],
    hidden=[("PERSON", "Marloes Grolleman (note author)", ["Marloes Grolleman"], "annotations"),
            ("PERSON", "Koen (note)", ["Koen"], "annotations"),
            ("PERSON", "Diepeveen, Koen (note author)", ["Diepeveen, Koen"], "annotations"),
            ("PERSON", "Gerda (note)", ["Gerda"], "annotations"),
            ("PHONE", "06-27193346 (note)", ["06-27193346"], "annotations"),
            ("PERSON", "Hüseyin Çelik (note author)", ["Hüseyin Çelik"], "annotations")])
