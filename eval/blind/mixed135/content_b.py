"""Set IJ, documents ij13-ij33."""
from lib import Doc
from content_a import A, B, C, D, E, H, I, MOTIV, P, T, W

DOCS = [
    Doc("ij13", "Presentielijst bezoek 23 april 2026 (scan)", [], R=[
        (P, "Marieke Oosterhuis", ["Oosterhuis"], "ocr"),
        (P, "Thijs van Bemmel", ["Bemmel"], "ocr"),
        (P, "Sarita Ramdin", ["Ramdin"], "ocr"),
        (P, "Ilse Verschuren-Kok", ["Verschuren"], "ocr"),
        (P, "Menno Appelhof", ["Appelhof"], "ocr"),
        (P, "Joost Evertsen", ["Evertsen"], "ocr"),
        (P, "Wilma de Groot-Vos", ["Groot"], "ocr"),
        (T, "0575 59 48 12", [{"text": "59 48 12"}], "ocr"),
        (P, "Naomi Bakboord", ["Bakboord"], "ocr"),
        (P, "Dewi Sastrowardojo", ["Sastrowardojo"], "ocr"),
    ], K=[], engine="scan", producer="Canon iR-ADV C5840 PDF", creator="Canon iR-ADV C5840",
        scan=["h:Ziekenhuis Oostervliet", "p:Presentielijst bezoek Inspectie (IGJ)", "p:Datum: 23 april 2026",
              "b:", "p:Naam                   Organisatie      Handtekening", "b:",
              "p:Marieke Oosterhuis     IGJ", "w:           M. Oosterhuis", "p:Thijs van Bemmel      IGJ",
              "w:           Th. v. Bemmel", "p:Sarita Ramdin          IGJ", "w:           S. Ramdin",
              "p:Ilse Verschuren-Kok    IGJ", "w:           Verschuren", "p:Menno Appelhof         Oostervliet",
              "w:           Appelhof", "p:Joost Evertsen         Oostervliet", "w:           J. Evertsen",
              "p:Wilma de Groot-Vos     Oostervliet", "p:Naomi Bakboord         Oostervliet", "w:           N. Bakboord",
              "p:Dewi Sastrowardojo     Oostervliet", "b:", "p:Contact bij vragen: kwaliteit 0575 59 48 12"]),

    Doc("ij14", "Aankondiging en werkwijze bezoek", [
        "# Toetsingskader en werkwijze onaangekondigd bezoek",
        "Zaak IGJ-2026-0388172 - Ziekenhuis Oostervliet, locatie Zutphen",
        "Het bezoek toetst aan het toetsingskader 'Veilige zorg rond de operatie' (VMS-thema Vitaal bedreigde "
        "patiënt), de Wkkgz, de Wet BIG en de Handreiking verantwoordelijkheidsverdeling bij samenwerking in de zorg. "
        "De inspectie houdt zich aan de Leidraad meldingen IGJ 2023.",
        "| onderdeel | inspecteur | tijd |",
        "| opening met RvB | Oosterhuis / Van Bemmel | 07.45 |",
        "| dossiertoets C3 (6 statussen) | Ramdin | 08.30 |",
        "| gesprekken verpleging | Verschuren-Kok | 10.30 |",
        "| gesprek management | Oosterhuis / Van Bemmel | 12.00 |",
        "| terugkoppeling RvB | Oosterhuis | 15.00 |",
        "Het team rapporteert aan het hoofd van de afdeling Medisch Specialistische Zorg. De inspecteur-generaal "
        "wordt geïnformeerd als een maatregel wordt overwogen (aanwijzing of bevel).",
        "Opgesteld door: KtH, 21-04-2026. Gezien: MO.",
    ], R=[
        (P, "Oosterhuis", ["Oosterhuis"]),
        (P, "Van Bemmel", ["Van Bemmel"]),
        (P, "Ramdin", ["Ramdin"]),
        (P, "Verschuren-Kok", ["Verschuren-Kok"]),
        (C, "paraaf KtH", ["KtH"]),
        (C, "paraaf MO", ["MO"]),
    ], K=["IGJ-2026-0388172", "Veilige zorg rond de operatie", "Vitaal bedreigde patiënt", "Wkkgz", "Wet BIG",
          "Handreiking verantwoordelijkheidsverdeling bij samenwerking in de zorg", "Leidraad meldingen IGJ 2023",
          "opening met RvB", "dossiertoets C3", "Medisch Specialistische Zorg", "inspecteur-generaal", "aanwijzing",
          "bevel", "Ziekenhuis Oostervliet"],
        producer="Microsoft® Word voor Microsoft 365", creator=W, author="Koen ter Haar"),

    Doc("ij15", "Dienstrooster C3 maart 2026", [
        "# Dienstrooster verpleegafdeling C3 - week 11 (9-15 maart 2026)",
        "Aangeleverd door Ziekenhuis Oostervliet op verzoek van de inspectie. Personeelsnummers en mobiele nummers "
        "staan in het rooster omdat het afdelingsrooster ook als bellijst dient.",
        "| naam | pers.nr | functie | ma 9/3 | di 10/3 | wo 11/3 | mobiel |",
        "| Bakboord, N. | 204118 | verpl. | D | A | A | 06-18442075 |",
        "| Wessels-Pronk, J. | 198830 | verpl. | A | A | - | 06-30916602 |",
        "| Sastrowardojo, D. | 211407 | verpl. (C2) | - | - | A | 06-21 55 03 48 |",
        "| Hulshof, Bas | 187265 | verpl. | N | N | N | 06-44108359 |",
        "| Lammerts van Bueren, Jorien | 209951 | verpl. | D | D | D | 06 3091 6602 |",
        "| Çelik, Merve | 215002 | leerling-verpl. | D | - | A | 06-41 09 33 21 |",
        "| flex ZorgFlex | - | verpl. | - | A | A | via 0800-0230 |",
        "Afdelingsmanager: W.E. de Groot-Vos (pers.nr 150044). Roosteraar: Anouk Brinkhorst, tst. 4817.",
        "D = dag, A = avond, N = nacht. Het rooster is vastgesteld in RoosterPlus op 20 februari 2026.",
    ], R=[
        (P, "Bakboord, N.", ["Bakboord, N."]), (C, "204118", ["204118"]), (T, "06-18442075", [{"text": "06-18442075"}]),
        (P, "Wessels-Pronk, J.", ["Wessels-Pronk, J."]), (C, "198830", ["198830"]), (T, "06-30916602", [{"text": "06-30916602"}]),
        (P, "Sastrowardojo, D.", ["Sastrowardojo, D."]), (C, "211407", ["211407"]), (T, "06-21 55 03 48", [{"text": "06-21 55 03 48"}]),
        (P, "Hulshof, Bas", ["Hulshof, Bas"]), (C, "187265", ["187265"]), (T, "06-44108359", [{"text": "06-44108359"}]),
        (P, "Lammerts van Bueren, Jorien", ["Lammerts van Bueren, Jorien"]), (C, "209951", ["209951"]),
        (T, "06 3091 6602", [{"text": "06 3091 6602"}]),
        (P, "Çelik, Merve", ["Çelik, Merve"]), (C, "215002", ["215002"]), (T, "06-41 09 33 21", [{"text": "06-41 09 33 21"}]),
        (P, "W.E. de Groot-Vos", ["W.E. de Groot-Vos"]), (C, "150044", ["150044"]),
        (P, "Anouk Brinkhorst", ["Anouk Brinkhorst"]), (T, "tst. 4817", [{"text": "tst. 4817"}]),
    ], K=["Ziekenhuis Oostervliet", "ZorgFlex", ("PHONE_PUBLIC", "0800-0230", [{"text": "0800-0230"}]), "RoosterPlus",
          "Afdelingsmanager", "Roosteraar", "leerling-verpl.", "verpleegafdeling C3", "week 11"],
        font="dvs", producer="Aspose.Cells for .NET 24.1", creator="Microsoft Excel"),

    Doc("ij16", "Conceptrapport inspectiebezoek (met opmerkingen)", [
        "# CONCEPT - Rapport onaangekondigd bezoek Ziekenhuis Oostervliet, afdeling chirurgie",
        "Zaaknummer IGJ-2026-0388172 | bezoek 23 april 2026 | versie 0.3",
        "## Samenvatting",
        "De inspectie bezocht op 23 april 2026 onaangekondigd de verpleegafdeling chirurgie (C3) van Ziekenhuis "
        "Oostervliet na vier meldingen. De inspectie stelt vast dat het ziekenhuis op drie van de vijf getoetste "
        "normen niet voldoet: tijdige herkenning van de vitaal bedreigde patiënt, escalatie naar een arts en "
        "veilige overdracht. Het ziekenhuis voldoet gedeeltelijk aan de norm over melden en leren (VIM).",
        "## Bevindingen",
        "In vier van de zes getoetste dossiers was de MEWS niet of te laat vastgelegd. In één dossier (patiënte, "
        "81 jaar) werd bij een MEWS van 5 pas na twaalf uur een arts gezien. Verpleegkundigen kenden de "
        "bevoegdheid om het Spoedinterventieteam in te schakelen niet. Overdrachten werden deels via een "
        "WhatsApp-groep gedaan, met namen van patiënten; dat is in strijd met de AVG en de NEN 7510.",
        "De inspectie ziet dat de Raad van Bestuur na de meldingen maatregelen heeft genomen: extra bezetting in "
        "de avond en een tweede arts-assistent. De inspectie wil binnen drie maanden zien dat deze maatregelen "
        "werken en komt in juli 2026 opnieuw.",
        "## Vervolg",
        "Het ziekenhuis stelt binnen vier weken een verbeterplan op. De inspectie overweegt geen aanwijzing, mits "
        "het plan uiterlijk 1 juni 2026 is ontvangen.",
        "Dit concept wordt voor een zienswijze aan de Raad van Bestuur voorgelegd.",
    ], R=[
        (P, "Thijs van Bemmel (annotation)", ["T. van Bemmel", "Bemmel"], "annotations"),
        (P, "Marieke Oosterhuis (annotation)", ["M. Oosterhuis"], "annotations"),
        (P, "Ilse Verschuren-Kok (annotation)", ["Ilse"], "annotations"),
        (P, "Naomi Bakboord (annotation)", ["Bakboord"], "annotations"),
        (T, "06-11 84 26 50 (annotation)", [{"text": "06-11 84 26 50"}], "annotations"),
        (P, "Lisette Maasland-Otten (annotation)", ["Maasland-Otten"], "annotations"),
        (P, "Sarita Ramdin (annotation author)", ["S. Ramdin"], "annotations"),
        (P, "Starink-Lammers (annotation)", ["Starink-Lammers", "Wissink"], "annotations"),
        (C, "patiëntnummer (annotation)", [{"text": "3.118.204"}], "annotations"),
    ], K=["IGJ-2026-0388172", "Ziekenhuis Oostervliet", "Spoedinterventieteam", "AVG", "NEN 7510", "VIM", "MEWS",
          "Raad van Bestuur", "verbeterplan", "1 juni 2026", "juli 2026", "versie 0.3", "arts-assistent"],
        annots=[("T. van Bemmel", "Zin over 81 jaar: herleidbaar tot de patiënt? Liever 'een oudere patiënte'."),
                ("M. Oosterhuis", "Eens met Thijs. Ilse vraagt of we de verpleegkundige (Bakboord) moeten beschermen; zij wordt in de pers genoemd."),
                ("M. Oosterhuis", "Bel me even over de termijn: 06-11 84 26 50. Juridisch check door Lisette Maasland-Otten."),
                ("S. Ramdin", "Dossier 4 = mw Starink-Lammers, pt.nr 3.118.204; dossier 2 = dhr. Wissink.")],
        font="dvse", producer="Adobe PDF Library 23.1.175", creator="Acrobat PDFMaker 23 voor Word"),
]

DOCS += [
    Doc("ij17", "Rapport onaangekondigd bezoek Ziekenhuis Oostervliet", [
        "# Rapport van het onaangekondigde bezoek aan Ziekenhuis Oostervliet, afdeling chirurgie",
        "Inspectie Gezondheidszorg en Jeugd | zaaknummer IGJ-2026-0388172 | vastgesteld 9 juni 2026",
        "## 1. Aanleiding",
        "De inspectie ontving tussen februari en april 2026 vier meldingen over de verpleegafdeling chirurgie (C3) "
        "van Ziekenhuis Oostervliet, waaronder een calamiteitenmelding van het ziekenhuis zelf (CAL-2026-0077). "
        "Op 23 april 2026 bezocht de inspectie de afdeling onaangekondigd.",
        "## 2. Werkwijze",
        "Vier inspecteurs spraken met de Raad van Bestuur, de medisch manager, de afdelingsmanager, vijf "
        "verpleegkundigen en de klachtenfunctionaris, en bekeken zes patiëntendossiers. De inspectie toetste aan "
        "het toetsingskader 'Veilige zorg rond de operatie', de Wkkgz en de Wet BIG. Gesprekken vonden plaats in de "
        "Johannes Postzaal; de inspectie dankt de Stichting Vrienden van Ziekenhuis Oostervliet voor het gebruik "
        "van die ruimte.",
        "## 3. Bevindingen",
        "Norm 1 - tijdige herkenning: voldoet niet. In vier van de zes dossiers ontbrak de MEWS of was die te laat "
        "vastgelegd.",
        "Norm 2 - escalatie naar een arts: voldoet niet. De arts-assistent chirurgie dekte in de avond ook de SEH; "
        "verpleegkundigen kenden de bevoegdheid niet om zelf het Spoedinterventieteam in te schakelen.",
        "Norm 3 - veilige overdracht: voldoet niet. Overdracht vond deels plaats in een WhatsApp-groep.",
        "Norm 4 - bezetting: voldoet gedeeltelijk. Sinds 1 april is de avondbezetting verhoogd.",
        "Norm 5 - melden en leren: voldoet gedeeltelijk. VIM-meldingen bleven zonder terugkoppeling.",
        "## 4. Oordeel en vervolg",
        "De zorg op C3 was in maart 2026 niet verantwoord in de zin van artikel 2 van de Wkkgz. De Raad van "
        "Bestuur heeft maatregelen genomen en op 27 mei 2026 een verbeterplan ingediend. De inspectie legt geen "
        "aanwijzing op en voert in juli 2026 een vervolgbezoek uit. Dit rapport wordt openbaar gemaakt op "
        "www.igj.nl op grond van de Gezondheidswet (artikel 44).",
        "## 5. Zienswijze",
        "Het ziekenhuis heeft op 26 mei 2026 een zienswijze gegeven. Deze heeft geleid tot twee feitelijke "
        "aanpassingen in paragraaf 3. Voor vragen: IGJ, telefoon 088 120 50 00, meldpunt@igj.nl.",
    ], R=[(P, "Sarita Ramdin (XMP dc:creator, Info Author)", ["Sarita Ramdin", "Ramdin, S."], "metadata")], K=["Inspectie Gezondheidszorg en Jeugd", "IGJ-2026-0388172", "Ziekenhuis Oostervliet", "CAL-2026-0077",
                "Veilige zorg rond de operatie", "Wkkgz", "Wet BIG", "Johannes Postzaal",
                "Stichting Vrienden van Ziekenhuis Oostervliet", "MEWS", "SEH", "Spoedinterventieteam",
                "WhatsApp-groep", "VIM-meldingen", "artikel 2 van de Wkkgz", "Gezondheidswet", "www.igj.nl",
                ("PHONE_PUBLIC", "088 120 50 00", [{"text": "088 120 50 00"}]),
                ("EMAIL_FUNC", "meldpunt@igj.nl", [{"text": "meldpunt@igj.nl"}]), "9 juni 2026", "voldoet niet",
                "voldoet gedeeltelijk", "Raad van Bestuur", "klachtenfunctionaris", "medisch manager"],
        font="dvse", size=10.5, producer="Adobe PDF Library 23.1.175", creator="Acrobat PDFMaker 23 voor Word",
        xmp_creator="Sarita Ramdin", author="Ramdin, S."),

    Doc("ij18", "Zienswijze Ziekenhuis Oostervliet op conceptrapport", [
        "Ziekenhuis Oostervliet - Raad van Bestuur",
        "Aan: Inspectie Gezondheidszorg en Jeugd, mevrouw M. Oosterhuis\nDatum: 26 mei 2026\nBetreft: zienswijze conceptrapport IGJ-2026-0388172",
        "Geachte mevrouw Oosterhuis,",
        "Wij herkennen ons in de hoofdlijn van het conceptrapport. Wij vragen twee feitelijke aanpassingen. Ten "
        "eerste is de tweede arts-assistent niet per 20 april maar per 14 april ingeroosterd. Ten tweede verzoeken "
        "wij de leeftijd van de patiënte (81 jaar) te schrappen, omdat de familie zich in de regionale pers heeft "
        "uitgelaten en de patiënte daardoor herkenbaar is.",
        "Verder verzoeken wij namens mevrouw N. Bakboord, verpleegkundige, haar naam niet te vermelden in "
        "documenten die op grond van de Woo openbaar worden gemaakt. Zij is na een artikel in De Stentor "
        "persoonlijk benaderd via sociale media.",
        "Het verbeterplan volgt uiterlijk 1 juni 2026. Contactpersoon is de heer M. Appelhof, "
        "kwaliteitsfunctionaris, of bij diens afwezigheid mevrouw Joyce Lubbers-Meijer, bestuurssecretaris "
        "(j.lubbers-meijer@oostervliet.nl).",
        "Met vriendelijke groet,",
        "G.J.M. 't Hooft\nvoorzitter Raad van Bestuur",
    ], R=[
        (P, "M. Oosterhuis", ["M. Oosterhuis", "mevrouw Oosterhuis"]),
        (P, "N. Bakboord", ["N. Bakboord"]),
        (P, "M. Appelhof", ["M. Appelhof"]),
        (P, "Joyce Lubbers-Meijer", ["Joyce Lubbers-Meijer"]),
        (E, "j.lubbers-meijer@oostervliet.nl", [{"text": "j.lubbers-meijer@oostervliet.nl"}]),
        (P, "G.J.M. 't Hooft", ["G.J.M. 't Hooft"]),
        (P, "Joyce Lubbers-Meijer (Author)", ["J. Lubbers"], "metadata"),
    ], K=["Ziekenhuis Oostervliet", "IGJ-2026-0388172", "De Stentor", "Woo", "bestuurssecretaris",
          "kwaliteitsfunctionaris", "1 juni 2026", "voorzitter Raad van Bestuur", "26 mei 2026"],
        engine="docx", producer="LibreOffice 7.6", creator="Writer", author="J. Lubbers"),

    Doc("ij19", "Notulen vergadering Raad van Toezicht", [
        "# Notulen vergadering Raad van Toezicht Ziekenhuis Oostervliet, 12 mei 2026",
        "| aanwezig | functie | paraaf |",
        "| mr. A.C. (Annelies) Wijnbergh | voorzitter RvT | ACW |",
        "| prof. dr. H. ten Brinke | lid RvT (kwaliteit) | HtB |",
        "| drs. Frank O'Neill | lid RvT (financiën) | FON |",
        "| drs. G.J.M. 't Hooft | voorzitter RvB | GtH |",
        "| Y.C. Baggerman-Sluis | lid RvB | YBS |",
        "| J. Lubbers-Meijer | bestuurssecretaris (notulen) | JLM |",
        "Afwezig met bericht: R. Kleinjan-Esajas (lid RvT).",
        "## 1. IGJ-bezoek afdeling chirurgie",
        "De heer 't Hooft licht het bezoek van 23 april en het conceptrapport toe. Mevrouw Ten Brinke vraagt "
        "waarom de notitie 'Formatie C3 2026' van januari niet in het bestuur is besproken. Mevrouw "
        "Baggerman-Sluis erkent dat de notitie is blijven liggen. De RvT wil maandelijks worden geïnformeerd over "
        "het verbeterplan. De heer O'Neill vraagt om een doorrekening van de extra formatie (ca. EUR 410.000 per "
        "jaar).",
        "## 2. Communicatie",
        "De RvT stemt in met de lijn dat woordvoerder Pim Heijnen de pers te woord staat; bestuurders geven geen "
        "interviews tot het definitieve rapport er is.",
        "## Actielijst",
        "| nr | actie | wie | datum |",
        "| 26-14 | maandrapportage verbeterplan aan RvT | GtH | 15-06 |",
        "| 26-15 | doorrekening formatie C3 | YBS | 09-06 |",
        "| 26-16 | evaluatie klachtenregeling | HtB / JLM | 01-09 |",
    ], R=[
        (P, "mr. A.C. (Annelies) Wijnbergh", ["A.C. (Annelies) Wijnbergh"]), (C, "ACW", ["ACW"]),
        (P, "prof. dr. H. ten Brinke", ["H. ten Brinke", "Mevrouw Ten Brinke"]), (C, "HtB", ["HtB"]),
        (P, "drs. Frank O'Neill", ["Frank O'Neill", "heer O'Neill"]), (C, "FON", ["FON"]),
        (P, "drs. G.J.M. 't Hooft", ["G.J.M. 't Hooft", "heer 't Hooft"]), (C, "GtH", ["GtH"]),
        (P, "Y.C. Baggerman-Sluis", ["Y.C. Baggerman-Sluis", "Baggerman-Sluis"]), (C, "YBS", ["YBS"]),
        (P, "J. Lubbers-Meijer", ["J. Lubbers-Meijer"]), (C, "JLM", ["JLM"]),
        (P, "R. Kleinjan-Esajas", ["R. Kleinjan-Esajas"]),
    ], K=["Raad van Toezicht Ziekenhuis Oostervliet", "voorzitter RvT", "voorzitter RvB", "bestuurssecretaris",
          "Formatie C3 2026", "EUR 410.000", ("PERSON_PUBLIC", "woordvoerder Pim Heijnen", ["Pim Heijnen"]),
          "verbeterplan", "26-14", "26-15", "26-16", "klachtenregeling", "12 mei 2026"],
        font="times", producer="Microsoft® Word 2016", creator="Microsoft® Word 2016"),

    Doc("ij20", "Samenvatting calamiteitenonderzoek CAL-2026-0077", [
        "# Calamiteitenonderzoek CAL-2026-0077 - samenvatting voor de inspectie",
        "Onderzoekscommissie: B. Veldkamp (extern voorzitter, Bureau Zorgtoets), dr. Ş. Yıldırım "
        "(anesthesioloog), T. Oude Groeniger (verpleegkundig specialist). Methode: PRISMA-analyse.",
        "Patiënt: mevrouw H.J. Starink-Lammers, geboren 14 februari 1941, BSN 172458903, "
        "patiëntnummer 3.118.204.",
        "Toedracht: op 9 maart 2026 laparoscopische sigmoïdresectie. Op 11 maart koorts (39,1) en toenemende "
        "buikpijn; MEWS niet berekend. De arts-assistent was op de SEH; de achterwacht (dr. R. Ionescu) gaf "
        "telefonisch opdracht het lab af te wachten. Op 12 maart om 08.00 uur relaparotomie wegens naadlekkage "
        "met fecale peritonitis; aansluitend elf dagen IC-opname.",
        "Basisoorzaken (PRISMA): onvoldoende bezetting avonddienst (organisatorisch), onbekendheid met de "
        "SIT-criteria (menselijk, kennis), geen harde verplichting MEWS in HiX (technisch).",
        "Aanbevelingen: MEWS verplicht in HiX; tweede arts-assistent in de avond; scholing SIT-criteria; "
        "opheffen WhatsApp-groepen; terugkoppeling VIM-meldingen binnen zes weken.",
        "Het rapport is op 24 april 2026 met de familie besproken (mevrouw W. Starink-Bosch en de heer "
        "R.H. Starink) door dr. J.P. Evertsen en mevrouw R. Hendriks, klachtenfunctionaris.",
    ], R=[
        (P, "B. Veldkamp", ["B. Veldkamp"]),
        (P, "dr. Ş. Yıldırım", ["Ş. Yıldırım"]),
        (P, "T. Oude Groeniger", ["T. Oude Groeniger"]),
        (P, "H.J. Starink-Lammers", ["H.J. Starink-Lammers"]),
        (D, "14 februari 1941", [{"text": "14 februari 1941"}]),
        (B, "172458903", [{"text": "172458903"}]),
        (C, "patiëntnummer 3.118.204", [{"text": "3.118.204"}]),
        (H, "sigmoïdresectie", ["laparoscopische sigmoïdresectie"]),
        (H, "naadlekkage met fecale peritonitis", ["naadlekkage met fecale peritonitis"]),
        (P, "dr. R. Ionescu", ["R. Ionescu"]),
        (P, "W. Starink-Bosch", ["W. Starink-Bosch"]),
        (P, "R.H. Starink", ["R.H. Starink"]),
        (P, "dr. J.P. Evertsen", ["J.P. Evertsen"]),
        (P, "R. Hendriks", ["R. Hendriks"]),
    ], K=["CAL-2026-0077", "Bureau Zorgtoets", "PRISMA-analyse", "anesthesioloog", "verpleegkundig specialist",
          "SIT-criteria", "HiX", "VIM-meldingen", "klachtenfunctionaris", "SEH", "9 maart 2026", "24 april 2026"],
        font="dvs", producer="GPL Ghostscript 10.02.1", creator="PDFCreator 5.2.0"),

    Doc("ij21", "Factuur Bureau Zorgtoets", [
        "# FACTUUR",
        "Bureau Zorgtoets\nB.J.M. (Bram) Veldkamp, zelfstandig adviseur patiëntveiligheid\nHof van Wedde 9, 7203 LM Zutphen\nKvK 71209384 | btw NL002158637B29\nIBAN NL52 RABO 0328 1174 06 t.n.v. B.J.M. Veldkamp\ntel. 06 - 29 14 70 38 | bram@zorgtoets-veldkamp.nl",
        "Aan: Ziekenhuis Oostervliet, crediteurenadministratie, Postbus 9020, 7200 GN Zutphen",
        "Factuurnummer 2026-031 | datum 30 april 2026 | uw referentie CAL-2026-0077",
        "| omschrijving | uren | tarief | bedrag |",
        "| extern voorzitterschap calamiteitenonderzoek | 22 | 145,00 | 3.190,00 |",
        "| reiskosten (km) | 160 | 0,23 | 36,80 |",
        "| subtotaal | | | 3.226,80 |",
        "| btw 21% | | | 677,63 |",
        "| totaal | | | 3.904,43 |",
        "Betaling binnen 30 dagen op bovenstaand rekeningnummer.",
    ], R=[
        (P, "B.J.M. (Bram) Veldkamp", ["B.J.M. (Bram) Veldkamp", "B.J.M. Veldkamp"]),
        (A, "Hof van Wedde 9, 7203 LM Zutphen", ["Hof van Wedde 9", "7203 LM"]),
        (C, "KvK 71209384", ["71209384"]),
        (C, "btw-id NL002158637B29", ["NL002158637B29"]),
        (I, "NL52 RABO 0328 1174 06", [{"text": "NL52 RABO 0328 1174 06"}]),
        (T, "06 - 29 14 70 38", [{"text": "06 - 29 14 70 38"}]),
        (E, "bram@zorgtoets-veldkamp.nl", [{"text": "bram@zorgtoets-veldkamp.nl"}]),
    ], K=["Bureau Zorgtoets", "Postbus 9020", "7200 GN Zutphen", "2026-031", "CAL-2026-0077", "3.904,43",
          "crediteurenadministratie", "zelfstandig adviseur patiëntveiligheid", "30 april 2026"],
        producer="Microsoft® Excel® 2019", creator="Microsoft® Excel® 2019"),

    Doc("ij22", "Factuur notulist", [
        "Notuleerservice Oost - A.M. Dekker-Ruitenberg\nWeverstraat 3-bis, 7411 AK Deventer\nKvK 80451872\nIBAN NL09 INGB 0007 6612 93\n0570-61 22 47",
        "Aan: Inspectie Gezondheidszorg en Jeugd, t.a.v. financiële administratie, Postbus 2518, 6401 DA Heerlen",
        "# Factuur NO-2026-118",
        "Datum: 5 mei 2026. Opdracht: uitwerken van drie gespreksverslagen, zaak IGJ-2026-0388172 (opdrachtgever "
        "K. ter Haar).",
        "| dienst | aantal | bedrag |",
        "| uitwerken gespreksverslag (per uur) | 6 | 330,00 |",
        "| spoedtoeslag | 1 | 50,00 |",
        "| totaal (vrijgesteld van btw, KOR) | | 380,00 |",
        "Met vriendelijke groet, Anja Dekker",
        "Gecontroleerd: F. (Fleur) Zandbergen, financiële administratie IGJ, tel. 045-560 48 21.",
    ], R=[(P, "F. (Fleur) Zandbergen", ["F. (Fleur) Zandbergen"]), (T, "045-560 48 21", [{"text": "045-560 48 21"}]),
        (P, "A.M. Dekker-Ruitenberg", ["A.M. Dekker-Ruitenberg", "Anja Dekker"]),
        (A, "Weverstraat 3-bis, 7411 AK", ["Weverstraat 3-bis", "7411 AK"]),
        (C, "KvK 80451872", ["80451872"]),
        (I, "NL09 INGB 0007 6612 93", [{"text": "NL09 INGB 0007 6612 93"}]),
        (T, "0570-61 22 47", [{"text": "0570-61 22 47"}]),
        (P, "K. ter Haar", ["K. ter Haar"]),
    ], K=["Notuleerservice Oost", "Deventer", "Inspectie Gezondheidszorg en Jeugd", "NO-2026-118",
          "IGJ-2026-0388172", "KOR", "380,00", "financiële administratie", "5 mei 2026"],
        font="times", producer="Microsoft® Word 2013", creator="Microsoft® Word 2013"),

    Doc("ij23", "Memo met handgeschreven notitie (scan)", [], R=[
        (P, "Thijs van Bemmel", ["Bemmel"], "ocr"),
        (P, "Marieke", ["Marieke"], "ocr"),
        (P, "Naomi Bakboord", ["Bakboord"], "ocr"),
        (T, "06-11 84 26 50", [{"text": "84 26 50"}], "ocr"),
        (P, "Lisette", ["Lisette"], "ocr"),
        (P, "Sarita Ramdin", ["Ramdin"], "ocr"),
    ], K=[], engine="scan", producer="KONICA MINOLTA bizhub C300i", creator="bizhub C300i",
        scan=["h:MEMO", "p:Aan: Marieke Oosterhuis", "p:Van: Thijs van Bemmel", "p:Datum: 2 juni 2026",
              "p:Onderwerp: namen in het rapport", "b:",
              "p:De verpleegkundige Naomi Bakboord wordt in De Stentor", "p:met naam genoemd. Ik stel voor haar naam",
              "p:niet in onze stukken op te nemen.", "b:", "b:",
              "w:Marieke - eens, ook bij Woo weglakken.", "w:Bel Lisette over de termijn.", "p:Kopie: Sarita Ramdin", "w:mobiel 06-11 84 26 50",
              "w:         T.v.B."]),

    Doc("ij24", "Beslisnota Kamervragen IGJ-rapport Oostervliet", [
        "# Beslisnota",
        "| Aan | de minister van Volksgezondheid, Welzijn en Sport |",
        "| Van | directie Curatieve Zorg |",
        "| Datum | 12 juni 2026 |",
        "| Kenmerk | 4187203-1062514-CZ |",
        "| Contactpersoon | drs. E.A. (Evelien) Kooistra-Nap, senior beleidsmedewerker |",
        "| Telefoon | 070 340 72 18 / 06-52 18 83 40 |",
        "| E-mail | ea.kooistra@minvws.nl |",
        "| Kopie aan | IGJ (inspecteur-generaal), DCO |",
        "## Aanleiding",
        "Het lid Dijkhuizen (NSC) heeft op 10 juni 2026 schriftelijke vragen gesteld over het rapport van de IGJ "
        "over Ziekenhuis Oostervliet (2026Z11408). U wordt gevraagd de antwoorden vast te stellen.",
        "## Geadviseerd besluit",
        "Aan de minister wordt gevraagd: in te stemmen met de bijgevoegde antwoorden en de Kamerbrief over "
        "toezicht op personeelstekorten in ziekenhuizen.",
        "## Kern",
        "De IGJ heeft geen aanwijzing opgelegd en komt in juli terug. Het rapport bevat geen namen van "
        "zorgverleners. De vragen raken aan het Integraal Zorgakkoord (IZA) en het programma Zorg voor de "
        "zorgprofessional.",
        "## Krachtenveld",
        "NVZ en V&VN hebben zich in de media uitgelaten; de V&VN-voorzitter heeft de minister gevraagd in gesprek "
        "te gaan. De regionale pers (De Stentor) noemde de naam van een verpleegkundige.",
        "## Toelichting",
        "Paraaf: EK 11/6; afdelingshoofd R. van der Plas-Demir akkoord 12/6 (RvdPD).",
    ] + MOTIV[:1] + ["[nog in te vullen]"], R=[
        (P, "drs. E.A. (Evelien) Kooistra-Nap", ["E.A. (Evelien) Kooistra-Nap"]),
        (T, "070 340 72 18", [{"text": "070 340 72 18"}]),
        (T, "06-52 18 83 40", [{"text": "06-52 18 83 40"}]),
        (E, "ea.kooistra@minvws.nl", [{"text": "ea.kooistra@minvws.nl"}]),
        (C, "paraaf EK", ["EK"]),
        (P, "R. van der Plas-Demir", ["R. van der Plas-Demir"]),
        (C, "paraaf RvdPD", ["RvdPD"]),
        (P, "Evelien Kooistra (Author)", ["Evelien Kooistra"], "metadata"),
    ], K=["minister van Volksgezondheid, Welzijn en Sport", "directie Curatieve Zorg", "4187203-1062514-CZ",
          ("PERSON_PUBLIC", "het lid Dijkhuizen (NSC)", ["Dijkhuizen"]), "2026Z11408", "Integraal Zorgakkoord",
          "IZA", "Zorg voor de zorgprofessional", "NVZ", "V&VN", "De Stentor", "DCO", "senior beleidsmedewerker",
          "Informatie die niet openbaar gemaakt kan worden", "inspecteur-generaal", "afdelingshoofd"],
        producer="Microsoft® Word voor Microsoft 365", creator=W, author="Evelien Kooistra"),
]

DOCS += [
    Doc("ij25", "Schriftelijke vragen lid Dijkhuizen", [
        "# Vragen van het lid Dijkhuizen (NSC) aan de minister van Volksgezondheid, Welzijn en Sport over het "
        "IGJ-rapport over Ziekenhuis Oostervliet (ingezonden 10 juni 2026)",
        "Kenmerk 2026Z11408",
        "1. Heeft u kennisgenomen van het rapport van de Inspectie Gezondheidszorg en Jeugd over de afdeling "
        "chirurgie van Ziekenhuis Oostervliet in Zutphen, en van het artikel 'Verpleegkundige belde twee keer "
        "tevergeefs' in De Stentor van 8 juni 2026?",
        "2. Deelt u de mening dat een patiënt nooit twaalf uur op een arts mag wachten bij tekenen van een "
        "ernstige complicatie? Welke rol spelen personeelstekorten hierbij?",
        "3. Hoe vaak heeft de IGJ sinds 2024 vastgesteld dat de escalatie naar een arts in de avond- en "
        "nachtdienst tekortschoot? Kunt u dit per ziekenhuis weergeven?",
        "4. Waarom heeft de inspectie geen aanwijzing gegeven, terwijl drie van de vijf normen niet werden gehaald?",
        "5. Bent u bereid met de NVZ en V&VN afspraken te maken over minimale bezetting in de avond, in het kader "
        "van het Integraal Zorgakkoord?",
        "6. Bent u bereid deze vragen te beantwoorden vóór het commissiedebat Ziekenhuiszorg van 2 juli 2026?",
        "Mede ingediend door het lid Van Rossem-Huiting (CDA).",
    ], R=[], K=[("PERSON_PUBLIC", "het lid Dijkhuizen", ["Dijkhuizen"]),
                ("PERSON_PUBLIC", "het lid Van Rossem-Huiting", ["Van Rossem-Huiting"]), "NSC", "CDA",
                "2026Z11408", "Inspectie Gezondheidszorg en Jeugd", "Ziekenhuis Oostervliet", "Zutphen", "De Stentor",
                "NVZ", "V&VN", "Integraal Zorgakkoord", "commissiedebat Ziekenhuiszorg",
                "minister van Volksgezondheid, Welzijn en Sport", "8 juni 2026"],
        producer="Tweede Kamer der Staten-Generaal - PDF service (iText 2.1.7)", creator="Parlis"),

    Doc("ij26", "Antwoorden op Kamervragen", [
        "# Antwoord van minister Brouwer-Kalkman (Volksgezondheid, Welzijn en Sport) op vragen van het lid "
        "Dijkhuizen (NSC) over het IGJ-rapport over Ziekenhuis Oostervliet (2026Z11408)",
        "Antwoord op vraag 1: Ja.",
        "Antwoord op vraag 2: Ja. Bij tekenen van verslechtering moet een arts tijdig worden ingeschakeld. Ziekenhuizen "
        "moeten de vroegsignalering op orde hebben; dat is een norm uit het VMS-thema Vitaal bedreigde patiënt. "
        "Personeelstekorten ontslaan een zorgaanbieder niet van de plicht om goede zorg te verlenen (artikel 2 Wkkgz).",
        "Antwoord op vraag 3: De IGJ registreert bevindingen per toetsingskader, niet per dienst. Sinds 2024 heeft "
        "de inspectie in zeven rapporten vastgesteld dat de escalatie tekortschoot. De rapporten staan op www.igj.nl.",
        "Antwoord op vraag 4: De inspectie weegt bij de keuze voor een maatregel of de zorgaanbieder zelf "
        "voldoende en snel verbetert. Ziekenhuis Oostervliet heeft direct na de meldingen maatregelen genomen. De "
        "inspectie komt in juli 2026 terug en kan dan alsnog een aanwijzing geven. Ik vertrouw op het oordeel van "
        "de inspecteur-generaal, mevrouw Wolters.",
        "Antwoord op vraag 5: Ik spreek op 25 juni 2026 met de NVZ en V&VN. Staatssecretaris Ouali betrekt de "
        "uitkomst bij de uitwerking van het programma Zorg voor de zorgprofessional.",
        "Antwoord op vraag 6: Ja.",
        "Toelichting bij de beantwoording: de inspectie heeft, mede met het oog op de persoonlijke levenssfeer van "
        "de betrokken verpleegkundige en patiënte, in haar rapport geen namen opgenomen.",
    ], R=[(P, "Evelien Kooistra (annotation)", ["Kooistra, Evelien", "Jeroen P."], "annotations")],
        K=[("PERSON_PUBLIC", "minister Brouwer-Kalkman", ["Brouwer-Kalkman"]),
                ("PERSON_PUBLIC", "het lid Dijkhuizen", ["Dijkhuizen"]),
                ("PERSON_PUBLIC", "inspecteur-generaal Wolters", ["Wolters"]),
                ("PERSON_PUBLIC", "Staatssecretaris Ouali", ["Ouali"]), "2026Z11408", "Vitaal bedreigde patiënt",
                "artikel 2 Wkkgz", "www.igj.nl", "NVZ", "V&VN", "Zorg voor de zorgprofessional", "Ziekenhuis Oostervliet",
                "25 juni 2026", "NSC"],
        font="times", producer="Acrobat Distiller 21.0 (Windows)", creator="PScript5.dll Version 5.2.2",
        annots=[("Kooistra, Evelien", "Antwoord 3 graag nog laten checken door Jeroen P. (DCO).")]),

    Doc("ij27", "Kamerbrief toezicht personeelstekorten ziekenhuizen", [
        "Ministerie van Volksgezondheid, Welzijn en Sport",
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA Den Haag",
        "Datum 24 juni 2026\nBetreft Toezicht op veilige zorg bij personeelstekorten in ziekenhuizen\nOns kenmerk 4187203-1062871-CZ",
        "Geachte voorzitter,",
        "Met deze brief informeer ik uw Kamer over het toezicht van de Inspectie Gezondheidszorg en Jeugd op veilige "
        "zorg bij personeelstekorten, naar aanleiding van het rapport over Ziekenhuis Oostervliet en de vragen van "
        "de leden Dijkhuizen (NSC) en Van Rossem-Huiting (CDA).",
        "De IGJ zal in 2026 en 2027 in twintig ziekenhuizen de vroegsignalering in de avond en nacht toetsen. De "
        "inspectie publiceert daarover een themarapport. Met de NVZ, de NFU en V&VN maak ik afspraken over een "
        "handreiking minimale bezetting, binnen het Integraal Zorgakkoord.",
        "Ook vraag ik aandacht voor de bescherming van zorgverleners die in de media worden genoemd. In het "
        "rapport over Ziekenhuis Oostervliet zijn terecht geen namen opgenomen. Ik roep ziekenhuizen op het gebruik "
        "van WhatsApp voor patiëntgegevens te beëindigen; de Autoriteit Persoonsgegevens heeft hierover eerder "
        "gewaarschuwd.",
        "De minister van Volksgezondheid, Welzijn en Sport,",
        "M.J. Brouwer-Kalkman",
    ], R=[(P, "Daan Vermeulen-Akkerman (Author)", ["Daan Vermeulen-Akkerman"], "metadata")],
        K=[("PERSON_PUBLIC", "minister M.J. Brouwer-Kalkman", ["M.J. Brouwer-Kalkman"]),
           ("PERSON_PUBLIC", "de leden Dijkhuizen en Van Rossem-Huiting", ["Dijkhuizen", "Van Rossem-Huiting"]),
           "Tweede Kamer der Staten-Generaal", "Postbus 20018", "2500 EA Den Haag", "4187203-1062871-CZ", "NFU", "NVZ",
           "V&VN", "Integraal Zorgakkoord", "Autoriteit Persoonsgegevens", "Ziekenhuis Oostervliet",
           "Inspectie Gezondheidszorg en Jeugd", "24 juni 2026"],
        engine="docx", producer="LibreOffice 7.6", creator="Writer", author="Daan Vermeulen-Akkerman"),

    Doc("ij28", "Nieuwsbericht IGJ", [
        "# Nieuwsbericht: IGJ ziet tekortkomingen op afdeling chirurgie Ziekenhuis Oostervliet",
        "Utrecht, 11 juni 2026",
        "De Inspectie Gezondheidszorg en Jeugd (IGJ) heeft vastgesteld dat de zorg op de verpleegafdeling "
        "chirurgie van Ziekenhuis Oostervliet in Zutphen in maart 2026 niet veilig was. Patiënten bij wie de "
        "toestand verslechterde, werden niet altijd op tijd gezien door een arts.",
        "Het ziekenhuis heeft inmiddels maatregelen genomen. 'Wij zien dat het ziekenhuis snel heeft "
        "ingegrepen, maar we willen zeker weten dat het beter blijft gaan,' zegt inspecteur-generaal Wolters. De "
        "inspectie komt in juli terug.",
        "Het rapport staat op www.igj.nl. Patiënten en naasten die een klacht hebben, kunnen terecht bij het "
        "Landelijk Meldpunt Zorg, telefoon 088 120 50 00.",
        "Noot voor de redactie: voor vragen kunt u contact opnemen met de woordvoerder van de IGJ, Sanne Bloemhof, "
        "via 06-15 50 30 20 of pers@igj.nl.",
    ], R=[(P, "Niels Jongerius (Author en XMP)", ["Niels Jongerius"], "metadata")],
        K=[("PERSON_PUBLIC", "inspecteur-generaal Wolters", ["Wolters"]),
           ("PERSON_PUBLIC", "woordvoerder Sanne Bloemhof", ["Sanne Bloemhof"]),
           ("PHONE_PUBLIC", "persnummer 06-15 50 30 20", [{"text": "06-15 50 30 20"}]),
           ("EMAIL_FUNC", "pers@igj.nl", [{"text": "pers@igj.nl"}]), "Landelijk Meldpunt Zorg", "www.igj.nl",
           "Ziekenhuis Oostervliet", "Zutphen", "Inspectie Gezondheidszorg en Jeugd", "11 juni 2026"],
        font="dvs", producer="Sitecore PDF Publisher (iText 8.0.2)", creator="igj.nl", author="Niels Jongerius",
        xmp_creator="Niels Jongerius"),

    Doc("ij29", "Concept persbericht ziekenhuis", [
        "# CONCEPT persbericht Ziekenhuis Oostervliet - niet verspreiden",
        "Zutphen, 10 juni 2026 - Ziekenhuis Oostervliet neemt de bevindingen van de Inspectie Gezondheidszorg en "
        "Jeugd over de afdeling chirurgie ter harte. 'Wij bieden de patiënte en haar familie opnieuw onze excuses "
        "aan,' aldus de Raad van Bestuur.",
        "Sinds april werken op de afdeling 's avonds vier in plaats van drie verpleegkundigen en is er een tweede "
        "arts-assistent. In het Anna Reynvaan-leerhuis van het ziekenhuis krijgen alle verpleegkundigen scholing "
        "in vroegsignalering. Het ziekenhuis draagt de opbrengst van de Wierdsma-loop dit jaar af aan de "
        "Stichting Vrienden van Ziekenhuis Oostervliet.",
        "Meer informatie: woordvoerder Pim Heijnen, 0575 59 40 00 (perslijn), communicatie@oostervliet.nl.",
        "[intern, niet voor publicatie: tekst afgestemd met Gerard en Yvonne; Esther Ploeg van afdeling "
        "Communicatie belt de familie vooraf op 06-39 71 22 08 (dhr. R.H. Starink). Goedkeuring: Y.C. Baggerman-Sluis, 9 juni; "
        "juridische check: mr. D. (Dirk) Stoutjesdijk.]",
    ], R=[
        (P, "Gerard", ["Gerard"]), (P, "Yvonne", ["Yvonne"]), (P, "Esther Ploeg", ["Esther Ploeg"]),
        (T, "06-39 71 22 08", [{"text": "06-39 71 22 08"}]), (P, "R.H. Starink", ["R.H. Starink"]),
        (P, "Y.C. Baggerman-Sluis", ["Y.C. Baggerman-Sluis"]), (P, "mr. D. (Dirk) Stoutjesdijk", ["D. (Dirk) Stoutjesdijk"]),
    ], K=[("PERSON_PUBLIC", "woordvoerder Pim Heijnen", ["Pim Heijnen"]),
          ("PHONE_PUBLIC", "perslijn 0575 59 40 00", [{"text": "0575 59 40 00"}]),
          ("EMAIL_FUNC", "communicatie@oostervliet.nl", [{"text": "communicatie@oostervliet.nl"}]),
          ("NOT_PERSON", "Anna Reynvaan-leerhuis", ["Anna Reynvaan-leerhuis"]),
          ("NOT_PERSON", "Wierdsma-loop", ["Wierdsma-loop"]),
          "Stichting Vrienden van Ziekenhuis Oostervliet", "Raad van Bestuur", "10 juni 2026", "Communicatie"],
        producer="Microsoft® Word voor Microsoft 365", creator=W),

    Doc("ij30", "Brief advocaat namens familie", [
        "Kroes & Van Wijnen Advocaten\nWillemsvaart 21, 8019 AB Zwolle\nT 038 421 90 00",
        "Inspectie Gezondheidszorg en Jeugd\nt.a.v. mevrouw M. Oosterhuis\nPer e-mail: meldpunt@igj.nl",
        "Zwolle, 17 juni 2026\nZaak: Starink / Ziekenhuis Oostervliet\nOns kenmerk 2026.0341/LFK",
        "Geachte mevrouw Oosterhuis,",
        "Ik sta mevrouw W. Starink-Bosch en de heer R.H. Starink bij, kinderen van mevrouw H.J. Starink-Lammers. "
        "Cliënten hebben kennisgenomen van uw rapport van 9 juni 2026. Zij vragen de inspectie om inzage in de "
        "verslagen van de gesprekken met de verpleegkundigen en in de verklaring van de achterwacht, dr. R. "
        "Ionescu, met het oog op een aansprakelijkstelling van Ziekenhuis Oostervliet. Ik verzoek u mij te "
        "berichten of de inspectie deze stukken verstrekt, of dat cliënten een Woo-verzoek moeten indienen.",
        "Mevrouw Starink-Lammers verblijft sinds 2 mei 2026 in verpleeghuis De Wiltinck (Hof van Lochem) "
        "vanwege blijvende beperkingen na de IC-opname.",
        "Hoogachtend,",
        "mr. L.F. Kroes\nadvocaat\nl.kroes@kroesvanwijnen.nl | direct 038 421 90 14",
    ], R=[
        (P, "M. Oosterhuis", ["M. Oosterhuis", "mevrouw Oosterhuis"]),
        (P, "Starink (familienaam in zaaknaam)", [{"text": "Zaak: Starink", "word": True}]),
        (P, "W. Starink-Bosch", ["W. Starink-Bosch"]), (P, "R.H. Starink", ["R.H. Starink"]),
        (P, "H.J. Starink-Lammers", ["H.J. Starink-Lammers", "Mevrouw Starink-Lammers"]),
        (P, "dr. R. Ionescu", ["R. Ionescu"]),
        (H, "verblijf verpleeghuis De Wiltinck", ["De Wiltinck"]),
        (P, "mr. L.F. Kroes", ["L.F. Kroes"]), (C, "paraaf LFK", ["LFK"]),
        (E, "l.kroes@kroesvanwijnen.nl", [{"text": "l.kroes@kroesvanwijnen.nl"}]),
        (T, "038 421 90 14", [{"text": "038 421 90 14"}]),
    ], K=["Kroes & Van Wijnen Advocaten", "Willemsvaart 21", "8019 AB Zwolle",
          ("PHONE_PUBLIC", "038 421 90 00", [{"text": "038 421 90 00"}]),
          ("EMAIL_FUNC", "meldpunt@igj.nl", [{"text": "meldpunt@igj.nl"}]), "2026.0341", "Ziekenhuis Oostervliet",
          "Woo-verzoek", "advocaat", "17 juni 2026", "9 juni 2026"],
        font="times", producer="Nitro PDF Creator (Pro 12)", creator="Nitro PDF Creator"),

    Doc("ij31", "Handgeschreven brief zoon patiënt (scan)", [], R=[
        (P, "Ruud Starink", ["Ruud Starink"], "ocr"),
        (A, "Kastanjelaan 4, Warnsveld", ["Kastanjelaan"], "ocr"),
        (T, "0575-43 18 60", [{"text": "43 18 60"}], "ocr"),
        (P, "Naomi", ["Naomi"], "ocr"),
        (P, "Ionescu", ["Ionescu"], "ocr"),
    ], K=[], engine="scan", producer="HP Scan (HP LaserJet MFP M234sdw)", creator="HP Scan",
        scan=["w:Ruud Starink", "w:Kastanjelaan 4, Warnsveld", "w:tel. 0575-43 18 60", "b:",
              "w:Aan de Inspectie,", "b:",
              "w:Ik wil zeggen dat verpleegkundige Naomi", "w:die avond haar best heeft gedaan.",
              "w:Zij heeft twee keer gebeld. Dokter Ionescu", "w:is pas de volgende ochtend gekomen.",
              "w:Leg de schuld niet bij haar.", "b:", "w:Met groet,", "w:Ruud Starink"]),

    Doc("ij32", "Besluit op Woo-verzoek WOO-IGJ-2026-114", [
        "Inspectie Gezondheidszorg en Jeugd\nPostbus 2518, 6401 DA Heerlen\nwoo@igj.nl",
        "Mevrouw W. Starink-Bosch\nLindelaan 17\n7207 KP Zutphen",
        "Datum 22 juli 2026\nKenmerk WOO-IGJ-2026-114",
        "# Besluit op uw verzoek op grond van de Wet open overheid",
        "Geachte mevrouw Starink-Bosch,",
        "In uw verzoek van 3 juni 2026 vraagt u om documenten over het toezicht van de IGJ op Ziekenhuis "
        "Oostervliet. Wij hebben 33 documenten gevonden. Wij maken 9 documenten geheel en 24 documenten deels "
        "openbaar. De documenten staan op de bijgevoegde inventarislijst.",
        "## Zienswijzen",
        "Ziekenhuis Oostervliet en vijf betrokken medewerkers zijn in de gelegenheid gesteld een zienswijze te geven. "
        "Het ziekenhuis heeft verzocht de namen van medewerkers niet openbaar te maken. Wij hebben dit verzoek "
        "gevolgd. De namen van de voorzitter van de Raad van Bestuur en de woordvoerder van het ziekenhuis staan in "
        "openbare stukken; de woordvoerder maken wij openbaar, de bestuurders niet in hun interne correspondentie.",
        "## Overwegingen",
        "Persoonsgegevens van medewerkers van de inspectie en van het ziekenhuis, van patiënten, melders en hun "
        "familie zijn weggelakt op grond van artikel 5.1, tweede lid, onder e, van de Woo (5.1.2e). Gegevens over "
        "de gezondheid van patiënten zijn weggelakt op grond van artikel 5.1, eerste lid, onder d (5.1.1d). Het "
        "burgerservicenummer is weggelakt op grond van artikel 5.1, eerste lid, onder e (5.1.1e). De namen van de "
        "minister, de staatssecretaris, Kamerleden, de inspecteur-generaal en de woordvoerders blijven leesbaar.",
        "## Bezwaar",
        "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij de minister van Volksgezondheid, Welzijn en "
        "Sport, via woo@igj.nl.",
        "Hoogachtend,\nDe minister van Volksgezondheid, Welzijn en Sport,\nnamens dezen,\nhet hoofd Juridische Zaken IGJ,",
        "R.A. Dijkgraaf-Obbink",
        "Afschrift: Ziekenhuis Oostervliet, t.a.v. mevrouw J. Lubbers-Meijer, bestuurssecretaris.",
    ] + MOTIV, R=[(P, "J. Lubbers-Meijer", ["J. Lubbers-Meijer"]),
        (P, "W. Starink-Bosch", ["W. Starink-Bosch", "mevrouw Starink-Bosch"]),
        (A, "Lindelaan 17, 7207 KP", ["Lindelaan 17", "7207 KP"]),
        (P, "R.A. Dijkgraaf-Obbink", ["R.A. Dijkgraaf-Obbink"]),
        (P, "Dijkgraaf, Blom-Tjoa (bookmark)", [{"text": "akkoord Dijkgraaf 21-7"}, "Blom-Tjoa"], "outline"),
    ], K=["WOO-IGJ-2026-114", ("EMAIL_FUNC", "woo@igj.nl", [{"text": "woo@igj.nl"}]), "Wet open overheid",
          "Ziekenhuis Oostervliet", "5.1.2e", "5.1.1d", "5.1.1e", "inventarislijst", "hoofd Juridische Zaken IGJ",
          "minister van Volksgezondheid, Welzijn en Sport", "22 juli 2026", "Postbus 2518",
          "Informatie die niet openbaar gemaakt kan worden", "Motivering"],
        font="dvs", producer="iText® 7.2.5 ©2000-2023 Apryse Group NV", creator="DigiDoc Brieven 4.1",
        outline=["Besluit", "Zienswijzen", "Overwegingen", "Concept: akkoord Dijkgraaf 21-7, nog langs Blom-Tjoa"]),

    Doc("ij33", "Inventarislijst WOO-IGJ-2026-114", [
        "# Inventarislijst bij besluit WOO-IGJ-2026-114",
        "| nr | document | datum | beoordeling | grond | opmerking |",
        "| 1 | Woo-verzoek | 03-06-2026 | deels openbaar | 5.1.2e | |",
        "| 2 | ontvangstbevestiging | 10-06-2026 | deels openbaar | 5.1.2e | |",
        "| 3 | melding LMZ | 04-03-2026 | deels openbaar | 5.1.2e, 5.1.1d, 5.1.1e | |",
        "| 4 | webformulier LMZ-2026-118734 | 02-04-2026 | deels openbaar | 5.1.2e, 5.1.1d | formuliervelden |",
        "| 5 | brief IGJ aan RvB | 16-04-2026 | deels openbaar | 5.1.2e | |",
        "| 6 | reactie RvB | 29-04-2026 | deels openbaar | 5.1.2e | |",
        "| 7-9 | e-mails en chats | 20/23/24-04-2026 | deels openbaar | 5.1.2e | |",
        "| 10 | WhatsApp-export C3 | 24-04-2026 | deels openbaar | 5.1.2e, 5.1.1d | |",
        "| 11-12 | gespreksverslagen | 23-04-2026 | deels openbaar | 5.1.2e | zienswijze betrokkenen |",
        "| 13 | presentielijst | 23-04-2026 | deels openbaar | 5.1.2e | scan, handtekeningen |",
        "| 14-16 | werkwijze, rooster, concept | div. | deels openbaar | 5.1.2e | |",
        "| 17 | rapport IGJ-2026-0388172 | 09-06-2026 | openbaar | | reeds openbaar op www.igj.nl |",
        "| 18-24 | zienswijze, notulen, CAL, facturen, memo, nota | div. | deels openbaar | 5.1.2e, 5.1.1d, 5.1.1e | |",
        "| 25-28 | Kamerstukken, nieuwsbericht | juni 2026 | openbaar | | reeds openbaar |",
        "| 29-31 | persbericht, advocaat, brief familie | juni 2026 | deels openbaar | 5.1.2e, 5.1.1d | |",
        "Behandelend jurist: HMB-T. Vastgesteld: RDO, 22-07-2026.",
        "Lijst opgesteld door H.M. Blom-Tjoa (h.blom-tjoa@igj.nl, 088 120 54 37) met de Woo-tool van de inspectie.",
    ], R=[(C, "paraaf HMB-T", [{"text": "HMB-T"}]), (C, "paraaf RDO", ["RDO"]),
          (P, "H.M. Blom-Tjoa", ["H.M. Blom-Tjoa"]), (E, "h.blom-tjoa@igj.nl", [{"text": "h.blom-tjoa@igj.nl"}]),
          (T, "088 120 54 37", [{"text": "088 120 54 37"}])],
        K=["WOO-IGJ-2026-114", "LMZ-2026-118734", "IGJ-2026-0388172", "www.igj.nl", "deels openbaar", "5.1.2e",
           "5.1.1d", "5.1.1e", "WhatsApp-export C3", "Behandelend jurist", "22-07-2026"],
        producer="Aspose.PDF for .NET 23.4", creator="Woo-tool Inventaris 2.3"),
]
