"""Set IJ, documents ij01-ij16."""
from lib import Doc

P, E, T, A, I, H, D, B, C = "PERSON", "EMAIL", "PHONE", "ADDRESS", "IBAN", "HEALTH", "DATE_OF_BIRTH", "BSN", "CODE"
W = "Microsoft® Word voor Microsoft 365"
MOTIV = ["## Informatie die niet openbaar gemaakt kan worden",
         "## Motivering",
         "In de openbaar gemaakte versie van dit document zijn persoonsgegevens van medewerkers, patiënten en "
         "melders verwijderd op grond van artikel 5.1, tweede lid, onder e, van de Woo (5.1.2e)."]

DOCS = [
    Doc("ij01", "Woo-verzoek inspectie Ziekenhuis Oostervliet", [
        "Aan: Inspectie Gezondheidszorg en Jeugd\nt.a.v. de Woo-coördinator\nPostbus 2518\n6401 DA Heerlen",
        "Van: Wendelien Starink-Bosch\nLindelaan 17\n7207 KP Zutphen\ntel. 06-41 27 88 93\ne-mail: w.starink.bosch@ziggo.nl",
        "Zutphen, 3 juni 2026",
        "# Verzoek op grond van de Wet open overheid",
        "Geachte heer, mevrouw,",
        "Op grond van de Wet open overheid (Woo) verzoek ik u om openbaarmaking van alle documenten die de Inspectie "
        "Gezondheidszorg en Jeugd (IGJ) sinds 1 januari 2026 heeft ontvangen of opgesteld over het toezicht op "
        "Ziekenhuis Oostervliet te Zutphen, in het bijzonder over de afdeling chirurgie in de Florence "
        "Nightingalevleugel en het onaangekondigde bezoek van april 2026.",
        "Het gaat mij om inspectierapporten (ook concepten), verslagen van gesprekken met medewerkers, e-mails en "
        "chatberichten, correspondentie met de Raad van Bestuur en de stukken die de minister van VWS aan de Tweede "
        "Kamer heeft gestuurd. Mijn moeder was in maart 2026 op deze afdeling opgenomen.",
        "Ik ontvang de documenten graag digitaal. U kunt mij bereiken op 06-41 27 88 93 of via "
        "w.starink.bosch@ziggo.nl.",
        "Met vriendelijke groet,\nWendelien Starink-Bosch",
    ], R=[
        (P, "Wendelien Starink-Bosch", ["Wendelien Starink-Bosch", "Starink-Bosch"]),
        (A, "Lindelaan 17, 7207 KP", ["Lindelaan 17", "7207 KP"]),
        (T, "06-41 27 88 93", [{"text": "06-41 27 88 93"}]),
        (E, "w.starink.bosch@ziggo.nl", [{"text": "w.starink.bosch@ziggo.nl"}]),
    ], K=["Inspectie Gezondheidszorg en Jeugd", "Postbus 2518", "6401 DA Heerlen", "Wet open overheid", "Woo",
          "IGJ", "Ziekenhuis Oostervliet", "Zutphen", "Florence Nightingalevleugel", "minister van VWS",
          "Tweede Kamer", "Raad van Bestuur", "afdeling chirurgie", "3 juni 2026"],
        producer="Microsoft® Word voor Microsoft 365", creator=W, author=None),

    Doc("ij02", "Ontvangstbevestiging Woo-verzoek", [
        "Inspectie Gezondheidszorg en Jeugd\nMinisterie van Volksgezondheid, Welzijn en Sport\nStadsplateau 1, 3521 AZ Utrecht\nPostbus 2518, 6401 DA Heerlen\nT 088 120 50 00\nwoo@igj.nl",
        "Mevrouw W. Starink-Bosch\nLindelaan 17\n7207 KP Zutphen",
        "Datum 10 juni 2026\nKenmerk WOO-IGJ-2026-114\nBehandeld door mr. H.M. Blom-Tjoa\nDoorkiesnummer 088 120 54 37",
        "# Ontvangstbevestiging van uw Woo-verzoek",
        "Geachte mevrouw Starink-Bosch,",
        "Op 4 juni 2026 hebben wij uw verzoek ontvangen om openbaarmaking van documenten over het toezicht op "
        "Ziekenhuis Oostervliet. Wij beslissen binnen vier weken na ontvangst. Deze termijn kunnen wij met twee "
        "weken verdagen (artikel 4.4 Woo). Omdat in de documenten gegevens van derden staan, krijgen het "
        "ziekenhuis en betrokken medewerkers de gelegenheid een zienswijze te geven.",
        "Heeft u vragen, neem dan contact op met het algemene nummer 088 120 50 00 of mail naar woo@igj.nl onder "
        "vermelding van het kenmerk WOO-IGJ-2026-114.",
        "Hoogachtend,\nDe minister van Volksgezondheid, Welzijn en Sport,\nnamens dezen,\nhet hoofd Juridische Zaken IGJ,",
        "R.A. Dijkgraaf-Obbink",
    ], R=[
        (P, "W. Starink-Bosch", ["W. Starink-Bosch", "mevrouw Starink-Bosch"]),
        (A, "Lindelaan 17, 7207 KP", ["Lindelaan 17", "7207 KP"]),
        (P, "mr. H.M. Blom-Tjoa", ["H.M. Blom-Tjoa"]),
        (T, "088 120 54 37", [{"text": "088 120 54 37"}]),
        (P, "R.A. Dijkgraaf-Obbink", ["R.A. Dijkgraaf-Obbink"]),
    ], K=["Stadsplateau 1", "3521 AZ Utrecht", ("PHONE_PUBLIC", "088 120 50 00", [{"text": "088 120 50 00"}]),
          ("EMAIL_FUNC", "woo@igj.nl", [{"text": "woo@igj.nl"}]), "WOO-IGJ-2026-114", "artikel 4.4 Woo",
          "Ministerie van Volksgezondheid, Welzijn en Sport", "hoofd Juridische Zaken IGJ", "Ziekenhuis Oostervliet",
          "10 juni 2026"],
        font="times", producer="iText® 7.2.5 ©2000-2023 Apryse Group NV", creator="DigiDoc Brieven 4.1"),

    Doc("ij03", "Melding Landelijk Meldpunt Zorg", [
        "# Melding bij het Landelijk Meldpunt Zorg",
        "Melder: Wendelien Starink-Bosch (dochter van de patiënt)\nPatiënt: Hendrika Johanna (Riek) Starink-Lammers, geboren 14-02-1941\nBSN patiënt: 172 458 903\nZiekenhuis: Ziekenhuis Oostervliet, Zutphen, afdeling chirurgie (C3)",
        "Mijn moeder is op 9 maart 2026 geopereerd aan haar dikke darm. Na de operatie kreeg zij een naadlekkage die "
        "pas na drie dagen werd herkend. Zij had koorts en pijn, maar de verpleging zei dat dat normaal was. Op de "
        "avond van 11 maart heb ik de dienstdoende verpleegkundige, Naomi Bakboord, twee keer gevraagd een arts te "
        "bellen. Dat gebeurde pas de volgende ochtend. Moeder is toen met spoed opnieuw geopereerd door dr. Radu "
        "Ionescu en heeft elf dagen op de IC gelegen.",
        "De afdelingsmanager, mevrouw De Groot-Vos, vertelde ons later dat er 'te weinig handen' waren en dat de "
        "vroegsignaleringsscore (MEWS) niet was ingevuld. De klachtenfunctionaris, Ria Hendriks, heeft ons een "
        "gesprek aangeboden maar heeft daarna niets meer laten horen.",
        "Ik vraag de IGJ te onderzoeken of de zorg op deze afdeling verantwoord is. Ik ben bereikbaar op "
        "0575-52 31 06 (thuis) en 06-41 27 88 93.",
        "Wendelien Starink-Bosch",
    ], R=[
        (P, "Wendelien Starink-Bosch", ["Wendelien Starink-Bosch"]),
        (P, "Hendrika Johanna (Riek) Starink-Lammers", ["Hendrika Johanna", "Riek", "Starink-Lammers"]),
        (D, "14-02-1941", [{"text": "14-02-1941"}]),
        (B, "172 458 903", [{"text": "172 458 903"}]),
        (H, "naadlekkage na darmoperatie", ["naadlekkage"]),
        (P, "Naomi Bakboord", ["Naomi Bakboord"]),
        (P, "dr. Radu Ionescu", ["Radu Ionescu"]),
        (P, "De Groot-Vos", ["De Groot-Vos"]),
        (P, "Ria Hendriks", ["Ria Hendriks"]),
        (T, "0575-52 31 06", [{"text": "0575-52 31 06"}]),
        (T, "06-41 27 88 93", [{"text": "06-41 27 88 93"}]),
    ], K=["Landelijk Meldpunt Zorg", "Ziekenhuis Oostervliet", "afdeling chirurgie", "MEWS", "IGJ",
          "klachtenfunctionaris", "afdelingsmanager", "9 maart 2026", "IC"],
        engine="docx", producer="LibreOffice 7.6", creator="Writer", author="Landelijk Meldpunt Zorg"),

    Doc("ij04", "Webformulier klacht", [
        "# Landelijk Meldpunt Zorg - webformulier melding",
        "Ingediend via www.landelijkmeldpuntzorg.nl op 2 april 2026, formulier LMZ-2026-118734.",
        "Dit formulier is doorgestuurd aan de Inspectie Gezondheidszorg en Jeugd (IGJ).",
        "De ingevulde velden staan hieronder. Toelichting: zie bijlage.",
    ], R=[
        (P, "Youssef Amrani", ["Youssef Amrani", "Amrani"], "annotations"),
        (E, "y.amrani1979@gmail.com", [{"text": "y.amrani1979@gmail.com"}], "annotations"),
        (T, "+31 (0)6 2290 7715", [{"text": "+31 (0)6 2290 7715"}], "annotations"),
        (P, "Fatima Amrani-Bouzid", ["Fatima Amrani-Bouzid"], "annotations"),
        (D, "23-08-1952", [{"text": "23-08-1952"}], "annotations"),
        (H, "doorligwond graad 4", [{"text": "doorligwond graad 4"}], "annotations"),
        (A, "Berkelsingel 212, Lochem", [{"text": "Berkelsingel 212"}], "annotations"),
    ], K=["Landelijk Meldpunt Zorg", "LMZ-2026-118734", "Inspectie Gezondheidszorg en Jeugd", "IGJ",
          "2 april 2026", "www.landelijkmeldpuntzorg.nl"],
        engine="form", producer="iText 5.5.13.3 ©2000-2022 iText Group NV (AGPL-version)", creator="LMZ Formulierenserver",
        form=[("Naam melder", "naam", "Youssef Amrani"), ("E-mail", "email", "y.amrani1979@gmail.com"),
              ("Telefoon", "tel", "+31 (0)6 2290 7715"), ("Adres", "adres", "Berkelsingel 212, Lochem"),
              ("Naam patiënt", "patient", "Fatima Amrani-Bouzid"), ("Geboortedatum patiënt", "gebdat", "23-08-1952"),
              ("Zorgaanbieder", "aanbieder", "Ziekenhuis Oostervliet, afdeling chirurgie"),
              ("Klacht", "klacht", "Moeder kreeg doorligwond graad 4, geen wisselligging")]),

    Doc("ij05", "Brief IGJ aan Raad van Bestuur - meldingen", [
        "Inspectie Gezondheidszorg en Jeugd\nPostbus 2518\n6401 DA Heerlen",
        "Raad van Bestuur Ziekenhuis Oostervliet\nt.a.v. drs. G.J.M. 't Hooft, voorzitter\nDokter Huber Noodtstraat 40\n7201 GN Zutphen",
        "Datum 16 april 2026\nOns kenmerk IGJ-2026-0388172\nContactpersoon Marieke Oosterhuis, senior inspecteur\nT 06-11 84 26 50\nE m.oosterhuis@igj.nl",
        "# Meldingen over de afdeling chirurgie",
        "Geachte heer 't Hooft,",
        "De inspectie heeft sinds februari 2026 vier meldingen ontvangen over de zorg op de afdeling chirurgie "
        "(C3) van uw ziekenhuis, via het Landelijk Meldpunt Zorg en rechtstreeks. De meldingen gaan over het laat "
        "herkennen van complicaties na een operatie, het niet vastleggen van de MEWS-score, onvoldoende bezetting in "
        "de avond- en nachtdiensten en de afhandeling van klachten.",
        "Op grond van de Wet kwaliteit, klachten en geschillen zorg (Wkkgz) vragen wij u binnen twee weken te "
        "reageren. Wij kondigen daarnaast aan dat de inspectie de afdeling in de komende periode onaangekondigd kan "
        "bezoeken. Het bezoek wordt uitgevoerd door mevrouw Oosterhuis en de heer T.J. van Bemmel.",
        "Met vriendelijke groet,\nnamens de inspecteur-generaal van de Inspectie Gezondheidszorg en Jeugd,",
        "Marieke Oosterhuis\nsenior inspecteur Medisch Specialistische Zorg",
    ], R=[
        (P, "drs. G.J.M. 't Hooft", ["G.J.M. 't Hooft", "heer 't Hooft"]),
        (P, "Marieke Oosterhuis", ["Marieke Oosterhuis", "mevrouw Oosterhuis"]),
        (T, "06-11 84 26 50", [{"text": "06-11 84 26 50"}]),
        (E, "m.oosterhuis@igj.nl", [{"text": "m.oosterhuis@igj.nl"}]),
        (P, "T.J. van Bemmel", ["T.J. van Bemmel"]),
    ], K=["Dokter Huber Noodtstraat 40", "7201 GN Zutphen", "IGJ-2026-0388172", "senior inspecteur",
          "Wet kwaliteit, klachten en geschillen zorg", "Wkkgz", "Landelijk Meldpunt Zorg", "MEWS-score",
          "inspecteur-generaal", "Medisch Specialistische Zorg", "Raad van Bestuur Ziekenhuis Oostervliet",
          "16 april 2026", "voorzitter"],
        font="dvs", producer="Aspose.PDF for .NET 23.4", creator="IGJ Correspondentie (Aspose.Words)"),

    Doc("ij06", "Reactie Raad van Bestuur op meldingen", [
        "Ziekenhuis Oostervliet\nRaad van Bestuur\nDokter Huber Noodtstraat 40, 7201 GN Zutphen\nT 0575 59 59 59",
        "Aan de Inspectie Gezondheidszorg en Jeugd\nt.a.v. mevrouw M. Oosterhuis\nPostbus 2518\n6401 DA Heerlen",
        "Zutphen, 29 april 2026\nUw kenmerk IGJ-2026-0388172\nOns kenmerk RvB/2026/0412/GtH",
        "Betreft: reactie op meldingen afdeling chirurgie C3",
        "Geachte mevrouw Oosterhuis,",
        "Wij danken u voor uw brief van 16 april 2026. De Raad van Bestuur neemt de meldingen zeer serieus. Naar "
        "aanleiding van de melding over mevrouw Starink-Lammers is een calamiteitenonderzoek gestart onder leiding "
        "van een externe voorzitter, de heer B. Veldkamp van Bureau Zorgtoets. Wij hebben de melding op 14 maart "
        "2026 bij u gedaan als calamiteit (melding CAL-2026-0077).",
        "De bezetting van C3 in de avonddienst is sinds 1 april verhoogd van drie naar vier verpleegkundigen. De "
        "MEWS wordt sinds 20 april elektronisch afgedwongen in HiX. Afdelingsmanager W.E. de Groot-Vos en "
        "medisch manager dr. J.P. Evertsen zijn verantwoordelijk voor de uitvoering van het verbeterplan.",
        "Voor vragen kunt u terecht bij onze kwaliteitsfunctionaris, de heer Menno Appelhof "
        "(m.appelhof@oostervliet.nl, 0575 59 48 12).",
        "Met vriendelijke groet,",
        "drs. G.J.M. 't Hooft, voorzitter Raad van Bestuur\nY.C. Baggerman-Sluis MBA, lid Raad van Bestuur",
    ], R=[
        (P, "M. Oosterhuis", ["M. Oosterhuis", "mevrouw Oosterhuis"]),
        (P, "Starink-Lammers", ["Starink-Lammers"]),
        (P, "B. Veldkamp", ["B. Veldkamp"]),
        (P, "W.E. de Groot-Vos", ["W.E. de Groot-Vos"]),
        (P, "dr. J.P. Evertsen", ["J.P. Evertsen"]),
        (P, "Menno Appelhof", ["Menno Appelhof"]),
        (E, "m.appelhof@oostervliet.nl", [{"text": "m.appelhof@oostervliet.nl"}]),
        (T, "0575 59 48 12", [{"text": "0575 59 48 12"}]),
        (P, "drs. G.J.M. 't Hooft", ["G.J.M. 't Hooft"]),
        (P, "Y.C. Baggerman-Sluis", ["Y.C. Baggerman-Sluis"]),
        (C, "paraafcode GtH", ["GtH"]),
        (P, "Gerard 't Hooft (Author)", ["Gerard"], "metadata"),
    ], K=[("PHONE_PUBLIC", "0575 59 59 59", [{"text": "0575 59 59 59"}]), "CAL-2026-0077", "Bureau Zorgtoets",
          "HiX", "calamiteitenonderzoek", "IGJ-2026-0388172", "kwaliteitsfunctionaris", "medisch manager",
          "Afdelingsmanager", "voorzitter Raad van Bestuur", "MBA", "29 april 2026"],
        engine="docx", producer="Microsoft® Word 2019", creator="Microsoft® Word 2019", author="Gerard 't Hooft"),
]

# ----------------------------------------------------------------------------------------------
DOCS += [
    Doc("ij07", "E-mailwisseling inspecteurs", [
        "> Van: Bemmel, Thijs van <t.vanbemmel@igj.nl>\nVerzonden: dinsdag 21 april 2026 08:12\nAan: Oosterhuis, Marieke <m.oosterhuis@igj.nl>\nCC: Verschuren-Kok, Ilse <i.verschuren-kok@igj.nl>; Ramdin, Sarita <s.ramdin@igj.nl>\nOnderwerp: RE: bezoek Oostervliet 23/4",
        "Marieke,",
        "Akkoord met donderdag. Ik rij vanuit Heerlen en ben om 7.30 uur bij de hoofdingang aan de Dokter Huber "
        "Noodtstraat. Sarita sluit aan voor de dossiertoets (zes statussen van C3). Ilse doet de gesprekken met de "
        "avonddienst. Mijn mobiel: 06-23 45 91 07.",
        "Groet, Thijs",
        "> Van: Oosterhuis, Marieke <m.oosterhuis@igj.nl>\nVerzonden: maandag 20 april 2026 17:48\nAan: Bemmel, Thijs van <t.vanbemmel@igj.nl>\nOnderwerp: bezoek Oostervliet 23/4",
        "Thijs,",
        "Na de reactie van de RvB wil ik niet wachten. Voorstel: onaangekondigd bezoek donderdag 23 april. We "
        "spreken in elk geval de afdelingsmanager, de medisch manager Evertsen, twee verpleegkundigen van de "
        "avonddienst en de klachtenfunctionaris. Laat Koen ter Haar van het team Toezichtinformatie de meldingen "
        "van het LMZ nog even naast elkaar leggen.",
        "Marieke\n--\nMarieke Oosterhuis | senior inspecteur\nInspectie Gezondheidszorg en Jeugd\nM 06-11 84 26 50 | www.igj.nl",
    ], R=[
        (P, "Thijs van Bemmel", ["Bemmel, Thijs van", "Thijs"]),
        (E, "t.vanbemmel@igj.nl", [{"text": "t.vanbemmel@igj.nl"}]),
        (P, "Marieke Oosterhuis", ["Oosterhuis, Marieke", "Marieke Oosterhuis", "Marieke"]),
        (E, "m.oosterhuis@igj.nl", [{"text": "m.oosterhuis@igj.nl"}]),
        (P, "Ilse Verschuren-Kok", ["Verschuren-Kok, Ilse", "Ilse"]),
        (E, "i.verschuren-kok@igj.nl", [{"text": "i.verschuren-kok@igj.nl"}]),
        (P, "Sarita Ramdin", ["Ramdin, Sarita", "Sarita"]),
        (E, "s.ramdin@igj.nl", [{"text": "s.ramdin@igj.nl"}]),
        (T, "06-23 45 91 07", [{"text": "06-23 45 91 07"}]),
        (P, "Evertsen", ["Evertsen"]),
        (P, "Koen ter Haar", ["Koen ter Haar"]),
        (T, "06-11 84 26 50", [{"text": "06-11 84 26 50"}]),
    ], K=["Dokter Huber Noodtstraat", "Heerlen", "C3", "RvB", "LMZ", "Toezichtinformatie", "senior inspecteur",
          "www.igj.nl", "medisch manager", "klachtenfunctionaris", "Inspectie Gezondheidszorg en Jeugd",
          "dinsdag 21 april 2026"],
        producer="Microsoft Outlook 16.0 (PDF export via Microsoft: Print To PDF)", creator="Microsoft Outlook"),

    Doc("ij08", "E-mails ziekenhuis en IGJ over dossiers", [
        "> Van: Appelhof, Menno <m.appelhof@oostervliet.nl>\nVerzonden: vrijdag 24 april 2026 14:03\nAan: Ramdin, Sarita <s.ramdin@igj.nl>\nCC: Yıldırım, Şebnem <s.yildirim@oostervliet.nl>; 'Hooft, Gerard 't' <g.thooft@oostervliet.nl>; secretariaat RvB <secretariaatrvb@oostervliet.nl>\nOnderwerp: RE: nagevraagde stukken bezoek 23 april",
        "Beste mevrouw Ramdin,",
        "Hierbij de nagevraagde stukken: het MEWS-protocol versie 3.2, de bezettingsoverzichten van C3 (maart en "
        "april) en de verslagen van de MIP-commissie. Dr. Şebnem Yıldırım, anesthesioloog en voorzitter van de "
        "commissie Kwaliteit en Veiligheid, licht het protocol graag toe; zij is bereikbaar op 0575 59 47 30 of "
        "06 48 02 17 66.",
        "Met vriendelijke groet,\nMenno Appelhof\nkwaliteitsfunctionaris Ziekenhuis Oostervliet\nT 0575 59 48 12",
        "> Van: Ramdin, Sarita <s.ramdin@igj.nl>\nVerzonden: donderdag 23 april 2026 19:41\nAan: Appelhof, Menno <m.appelhof@oostervliet.nl>\nOnderwerp: nagevraagde stukken bezoek 23 april",
        "Beste heer Appelhof,",
        "Dank voor de ontvangst vandaag. Zoals afgesproken ontvangen wij uiterlijk 30 april: het MEWS-protocol, de "
        "bezetting van C3 en de MIP-verslagen. In status 4 (patiënt geboren 1941) ontbreekt de verpleegkundige "
        "overdracht van 11 maart; wilt u nagaan of die elders is vastgelegd?",
        "Met vriendelijke groet,\nSarita Ramdin\ninspecteur | Inspectie Gezondheidszorg en Jeugd",
    ], R=[
        (P, "Menno Appelhof", ["Appelhof, Menno", "Menno Appelhof", "heer Appelhof"]),
        (E, "m.appelhof@oostervliet.nl", [{"text": "m.appelhof@oostervliet.nl"}]),
        (P, "Sarita Ramdin", ["Ramdin, Sarita", "Sarita Ramdin", "mevrouw Ramdin"]),
        (E, "s.ramdin@igj.nl", [{"text": "s.ramdin@igj.nl"}]),
        (P, "Şebnem Yıldırım", ["Yıldırım, Şebnem", "Şebnem Yıldırım"]),
        (E, "s.yildirim@oostervliet.nl", [{"text": "s.yildirim@oostervliet.nl"}]),
        (P, "Gerard 't Hooft", ["Hooft, Gerard 't"]),
        (E, "g.thooft@oostervliet.nl", [{"text": "g.thooft@oostervliet.nl"}]),
        (T, "0575 59 47 30", [{"text": "0575 59 47 30"}]),
        (T, "06 48 02 17 66", [{"text": "06 48 02 17 66"}]),
        (T, "0575 59 48 12", [{"text": "0575 59 48 12"}]),
    ], K=[("EMAIL_FUNC", "secretariaatrvb@oostervliet.nl", [{"text": "secretariaatrvb@oostervliet.nl"}]),
          "MEWS-protocol versie 3.2", "MIP-commissie", "commissie Kwaliteit en Veiligheid", "anesthesioloog",
          "kwaliteitsfunctionaris Ziekenhuis Oostervliet", "Inspectie Gezondheidszorg en Jeugd", "C3",
          "30 april"],
        font="dvs", producer="Microsoft Outlook 16.0 (PDF export via Microsoft: Print To PDF)", creator="Microsoft Outlook"),

    Doc("ij09", "Teams-chat inspecteurs na bezoek", [
        "# Chat: Oostervliet C3 (Microsoft Teams, export)",
        "> [23-04-2026 13:05] Marieke Oosterhuis: Ilse, hoe gingen de gesprekken met de avonddienst?\n"
        "[23-04-2026 13:07] Ilse Verschuren-Kok: Heftig. Naomi (die dienst had op 11/3) huilde. Zegt dat ze twee keer de arts-assistent heeft gebeld, dr. Lucas Mbeki, maar die stond op de SEH.\n"
        "[23-04-2026 13:08] Marieke Oosterhuis: Staat dat ergens in HiX?\n"
        "[23-04-2026 13:10] Ilse Verschuren-Kok: Nee. Alleen in de WhatsApp-groep van de afdeling. Ze stuurt screenshots via Wilma.\n"
        "[23-04-2026 13:12] Thijs van Bemmel: Let op, WhatsApp met patientgegevens is zelf een bevinding (AVG). Neem het mee.\n"
        "[23-04-2026 13:15] Sarita Ramdin: Dossiertoets klaar: MEWS in 4 van 6 statussen niet of te laat. Status van mw. S.-L. het ergst.\n"
        "[23-04-2026 13:16] Marieke Oosterhuis: Dank. Om 15.00 uur terugkoppeling aan RvB, Thijs en ik. Koen, kun jij de IGJ-piketlijn (088 120 50 00) laten weten dat we later zijn?\n"
        "[23-04-2026 13:20] Koen ter Haar: Doe ik. Succes!",
    ], R=[
        (P, "Marieke Oosterhuis", ["Marieke Oosterhuis"]),
        (P, "Ilse Verschuren-Kok", ["Ilse Verschuren-Kok", "Ilse"]),
        (P, "Naomi", ["Naomi"]),
        (P, "dr. Lucas Mbeki", ["Lucas Mbeki"]),
        (P, "Wilma", ["Wilma"]),
        (P, "Thijs van Bemmel", ["Thijs van Bemmel", "Thijs"]),
        (P, "Sarita Ramdin", ["Sarita Ramdin"]),
        (P, "mw. S.-L. (initialen patiënt)", [{"text": "S.-L."}]),
        (P, "Koen ter Haar", ["Koen ter Haar", "Koen"]),
    ], K=["Microsoft Teams", "HiX", "SEH", "AVG", "MEWS", "RvB", ("PHONE_PUBLIC", "088 120 50 00", [{"text": "088 120 50 00"}]),
          "IGJ-piketlijn", "arts-assistent", "WhatsApp-groep", "Oostervliet C3"],
        font="dvs", producer="Microsoft: Print To PDF", creator="Microsoft Teams"),

    Doc("ij10", "WhatsApp-export groep C3 avonddienst", [
        "# WhatsApp-chat met 'C3 avond/nacht' (aangeleverd door Ziekenhuis Oostervliet, 24-04-2026)",
        "> 11-03-26 19:42 - Naomi B: mw in kamer 7 (Starink) temp 39,1 en buikpijn, MEWS zou 5 zijn, ik krijg de arts-assistent niet te pakken\n"
        "11-03-26 19:44 - Jorien: bel de achterwacht? nummer staat op het bord, 06-57 70 12 94\n"
        "11-03-26 19:45 - Naomi B: heb ik gedaan, Ionescu zegt eerst lab afwachten\n"
        "11-03-26 20:31 - Dewi Sastrowardojo: ik kom zo helpen van C2, wij zijn ook met z'n drieen\n"
        "11-03-26 22:58 - Naomi B: lab binnen, CRP 312. nog steeds geen arts geweest\n"
        "11-03-26 23:02 - Wilma de Groot: Naomi, schrijf alles in HiX!! en bel de SEH-arts als het niet gaat\n"
        "12-03-26 07:14 - Bas (nacht): overdracht gedaan aan Jorien, mw Starink naar OK om 8u\n"
        "12-03-26 07:20 - Jorien: ok top",
        "Einde export. Telefoonnummers van groepsleden: Naomi B +31 6 18 44 20 75; Jorien +31 6 30 91 66 02; Bas +31 6 44 10 83 59.",
    ], R=[
        (P, "Naomi Bakboord", ["Naomi B", "Naomi"]),
        (P, "Starink (patiënt)", ["Starink"]),
        (P, "Jorien", ["Jorien"]),
        (T, "06-57 70 12 94", [{"text": "06-57 70 12 94"}]),
        (P, "Ionescu", ["Ionescu"]),
        (P, "Dewi Sastrowardojo", ["Dewi Sastrowardojo"]),
        (P, "Wilma de Groot", ["Wilma de Groot"]),
        (P, "Bas", ["Bas"]),
        (T, "+31 6 18 44 20 75", [{"text": "+31 6 18 44 20 75"}]),
        (T, "+31 6 30 91 66 02", [{"text": "+31 6 30 91 66 02"}]),
        (T, "+31 6 44 10 83 59", [{"text": "+31 6 44 10 83 59"}]),
        (H, "CRP 312", [{"text": "CRP 312"}]),
    ], K=["Ziekenhuis Oostervliet", "HiX", "SEH-arts", "arts-assistent", "achterwacht", "C2", "OK", "MEWS",
          "24-04-2026"],
        font="dvs", producer="Skia/PDF m124", creator="Chromium"),

    Doc("ij11", "Verslag gesprek verpleegkundigen avonddienst", [
        "# Verslag gesprek IGJ - verpleegkundigen avonddienst C3",
        "Datum: 23 april 2026, 10.30-11.45 uur\nLocatie: Ziekenhuis Oostervliet, spreekkamer Johannes Postzaal\nNamens de inspectie: I. Verschuren-Kok (inspecteur), K. ter Haar (verslag)\nGesprekspartners: N. Bakboord, verpleegkundige; J. Wessels-Pronk, verpleegkundige; D. Sastrowardojo, verpleegkundige C2",
        "## 1. Bezetting",
        "Mevrouw Bakboord vertelt dat de avonddienst tot 1 april met drie verpleegkundigen werd gedraaid voor 28 "
        "bedden. Eén van de drie was vaak een flexkracht van uitzendbureau ZorgFlex Gelderland die HiX niet kende. "
        "Mevrouw Wessels-Pronk bevestigt dat pauzes regelmatig werden overgeslagen.",
        "## 2. Escalatie bij verslechtering",
        "Volgens mevrouw Bakboord was het in de praktijk lastig de arts-assistent te bereiken, omdat die in de "
        "avond ook de SEH dekte. Zij heeft op 11 maart om 19.45 uur de achterwacht chirurgie gebeld. Zij wist niet "
        "dat zij bij een MEWS van 5 of hoger zelf het Spoedinterventieteam (SIT) mocht inschakelen. Mevrouw "
        "Sastrowardojo zegt dat dit op C2 wel bekend is.",
        "## 3. Cultuur en melden",
        "De gesprekspartners geven aan dat fouten melden via de VIM-procedure 'geen zin heeft'. Mevrouw "
        "Wessels-Pronk noemt een eerdere melding die zonder terugkoppeling bleef. Zij willen niet dat hun namen "
        "in het rapport worden genoemd.",
        "## 4. Afspraken",
        "| nr | actie | wie | wanneer |",
        "| 1 | protocol SIT opvragen | KtH | 24-04 |",
        "| 2 | VIM-meldingen C3 2025-2026 opvragen | IVK | 24-04 |",
        "| 3 | verslag ter verificatie aan gesprekspartners | KtH | 30-04 |",
        "Het verslag is op 28 april 2026 aan de gesprekspartners voorgelegd. Mevrouw Bakboord heeft per e-mail "
        "(naomi.bakboord@oostervliet.nl) een aanvulling gestuurd over de overdracht aan de nachtdienst.",
    ], R=[
        (P, "I. Verschuren-Kok", ["I. Verschuren-Kok"]),
        (P, "K. ter Haar", ["K. ter Haar"]),
        (P, "N. Bakboord", ["N. Bakboord", "Mevrouw Bakboord", "mevrouw Bakboord"]),
        (P, "J. Wessels-Pronk", ["J. Wessels-Pronk", "Mevrouw Wessels-Pronk"]),
        (P, "D. Sastrowardojo", ["D. Sastrowardojo", "Mevrouw Sastrowardojo"]),
        (C, "paraaf KtH", ["KtH"]),
        (C, "paraaf IVK", ["IVK"]),
        (E, "naomi.bakboord@oostervliet.nl", [{"text": "naomi.bakboord@oostervliet.nl"}]),
    ], K=["Johannes Postzaal", "ZorgFlex Gelderland", "Spoedinterventieteam", "SIT", "VIM-procedure",
          "achterwacht chirurgie", "23 april 2026", "Ziekenhuis Oostervliet", "HiX", "SEH", "flexkracht",
          "verpleegkundige C2", "28 bedden"],
        font="times", size=10.5, producer="Nitro Pro 13 (13.70.2.40)", creator="Nitro Pro 13"),

    Doc("ij12", "Verslag gesprek medisch manager en afdelingsmanager", [
        "# Verslag gesprek IGJ - management afdeling chirurgie",
        "Datum: 23 april 2026, 12.00-13.00 uur\nGesprekspartners: dr. J.P. Evertsen (medisch manager chirurgie), W.E. de Groot-Vos (afdelingsmanager C3)\nNamens de inspectie: M. Oosterhuis, T.J. van Bemmel",
        "## Bevindingen uit het gesprek",
        "Dr. Evertsen erkent dat de achterwachtregeling in de avond kwetsbaar was. De arts-assistent chirurgie "
        "dekte tot april zowel de kliniek als de SEH. Sinds 20 april is er een tweede arts-assistent in de avond. "
        "Het besluit daartoe is genomen in het stafbestuur van 14 april.",
        "Mevrouw De Groot-Vos licht toe dat zij in januari 2026 bij de Raad van Bestuur heeft aangegeven dat de "
        "bezetting te krap was (notitie 'Formatie C3 2026'). Zij heeft daarop geen formeel antwoord ontvangen. "
        "Zij bevestigt dat op de afdeling een WhatsApp-groep werd gebruikt voor dienstoverdracht en dat daarin "
        "namen van patiënten stonden. De groep is op 24 april opgeheven.",
        "Over de melding van de familie van de patiënt uit kamer 7 zegt dr. Evertsen dat de complicatie 'bij "
        "tijdige herkenning waarschijnlijk minder ernstig was verlopen'. De behandelend chirurg, dr. R. Ionescu, "
        "was in de betreffende week ook verantwoordelijk voor de oncologische poli.",
        "## Afspraken",
        "Het ziekenhuis stuurt de notitie 'Formatie C3 2026' en het besluit van het stafbestuur na. Het verslag "
        "is op 28 april voorgelegd; de heer Evertsen had geen aanvullingen, mevrouw De Groot-Vos vroeg één "
        "feitelijke correctie over de datum van de notitie.",
    ], R=[
        (P, "dr. J.P. Evertsen", ["J.P. Evertsen", "Dr. Evertsen", "dr. Evertsen", "heer Evertsen"]),
        (P, "W.E. de Groot-Vos", ["W.E. de Groot-Vos", "Mevrouw De Groot-Vos", "mevrouw De Groot-Vos"]),
        (P, "M. Oosterhuis", ["M. Oosterhuis"]),
        (P, "T.J. van Bemmel", ["T.J. van Bemmel"]),
        (P, "dr. R. Ionescu", ["R. Ionescu"]),
        (P, "Marieke Oosterhuis (bookmark)", ["Oosterhuis - eigen aantekeningen"], "outline"),
        (P, "Thijs van Bemmel (bookmark)", ["Van Bemmel"], "outline"),
        (P, "Ilse Verschuren (bookmark)", ["Verschuren"], "outline"),
    ], K=["medisch manager chirurgie", "afdelingsmanager C3", "stafbestuur", "Formatie C3 2026",
          "Raad van Bestuur", "WhatsApp-groep", "oncologische poli", "arts-assistent chirurgie", "SEH",
          "23 april 2026"],
        outline=["Gesprek management C3", "Oosterhuis - eigen aantekeningen", "Vragenlijst Van Bemmel",
                 "Reactie Verschuren op concept"],
        producer="PDFpen 13.0.2", creator="PDFpen"),
]
