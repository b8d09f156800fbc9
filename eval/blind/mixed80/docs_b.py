"""Documents cl11-cl32 of set CL."""
from __future__ import annotations

from docs_a import D, MOT, MOT2, IGJ_FOOT, doc

# ---------------------------------------------------------------- cl11 Teams chat export (2 pages)
chat = [
    ("14-01-2025 08:02", "Wietske", "Morgen. Zuyderland belt net: calamiteit op B3 Interne, heparinepomp. Melding volgt."),
    ("14-01-2025 08:05", "Jelmer", "Oei. Weer een Alaris? Vorig jaar in Sittard-Geleen ook al."),
    ("14-01-2025 08:06", "Wietske", "Lijkt erop. Patiënte 86, ligt op de Intensive Care na een hersenbloeding."),
    ("14-01-2025 08:09", "Anouk", "Hou me op de hoogte. Ik heb om 10 uur MT, dan meld ik het bij de hoofdinspecteur."),
    ("17-01-2025 17:10", "Jelmer", "Melding binnen via meldpunt@igj.nl, ik heb hem geregistreerd: IGJ-2025-004817."),
    ("17-01-2025 17:12", "Wietske", "Top. Patiënte is overleden helaas. Dochter heet Ingrid, die gaat vast klagen."),
    ("17-01-2025 17:14", "Anouk", "Wietske, wil jij de Raad van Bestuur bellen? Niet via de bestuurssecretaris deze keer."),
    ("17-01-2025 17:15", "Wietske", "Doe ik. Ik ken Gertruud nog van het overleg over de Spoedeisende Hulp."),
    ("20-01-2025 09:30", "Niek", "Jongens, even iets anders: Maasstad belde over de IC, noradrenaline via spuitpomp. Formele melding volgt."),
    ("20-01-2025 09:31", "Jelmer", "Niek, pak jij die? Ik zit vol met Zuyderland en De Wingerd."),
    ("20-01-2025 09:33", "Niek", "Ja prima. Ik zet Bram erbij voor het juridische stuk, er speelt misschien iets met de Wgbo."),
    ("20-01-2025 09:40", "Anouk", "Goed. En graag geen patiëntnamen in Teams, ook niet initialen. Gewoon het zaaknummer."),
    ("20-01-2025 09:41", "Wietske", "Sorry, terecht. Ik haal het uit het dossier."),
    ("29-01-2025 13:02", "Jelmer", "Signaal van de dochter binnen via het Landelijk Meldpunt Zorg: IGJ-2025-005561. Koppel ik."),
    ("29-01-2025 13:05", "Wietske", "Zie ook haar brief, handgeschreven. Scan staat in het zaakdossier."),
    ("12-02-2025 12:15", "Anouk", "Goed overleg in Heerlen. Hans van de RvB was scherp, Gertruud open. Verslag komt van hun secretaris."),
    ("12-02-2025 12:20", "Jelmer", "Eens. Ik vond de medisch manager wel erg stellig over HiX."),
    ("18-02-2025 10:45", "Niek", "Brief naar Maasstad is de deur uit. Coen Oudshoorn in cc, Maartje ook."),
    ("18-02-2025 10:47", "Bram", "Let op termijnen Wkkgz: acht weken na de melding voor het rapport."),
    ("21-03-2025 16:00", "Wietske", "Beoordeling Zuyderland klaar, voldoet grotendeels. Anouk, wil je nog meelezen?"),
    ("21-03-2025 16:22", "Anouk", "Gelezen, akkoord. Paraaf gezet in het systeem."),
]
blocks = [("t", "Export chat - Microsoft Teams"),
          ("p", "Chat: 'Calamiteiten Zuid' (Team Ziekenhuizen, IGJ)\nGeëxporteerd: 2 april 2025 ten behoeve van "
                "Woo-verzoek WOO-2025-0219\nDeelnemers: Wietske, Jelmer, Anouk, Niek, Bram")]
for ts, who, msg in chat:
    blocks.append(("p", f"[{ts}] {who}: {msg}"))
doc("cl11", "rl", blocks, font="DejaVuSans", size=9.5, title="Export chat Calamiteiten Zuid", author="IGJ")

# ---------------------------------------------------------------- cl12 Wzd calamity report care home (2 pages)
doc("cl12", "rl", [
    ("t", "Rapport calamiteit onvrijwillige zorg (Wzd)"),
    ("p", "Zorgaanbieder: Stichting Zorggroep Parkstad Oost, woonzorgcentrum De Wingerd, Brunssum\n"
          "IGJ-zaaknummer: IGJ-2025-007455\nDatum: 18 maart 2025\nOpgesteld door: E. Bemelmans, "
          "Wzd-functionaris, en Th. Ubachs, specialist ouderengeneeskunde"),
    ("h", "1. Wat is er gebeurd"),
    ("p", "Op 26 februari 2025 is een bewoner van de psychogeriatrische afdeling, de heer Leo Pluijmen "
          "(geboren 22-05-1944, cliëntnummer CL-10377, BSN 173926484), in de nacht uit bed gevallen terwijl "
          "hij met een onrustband was gefixeerd. De band was niet opgenomen in zijn zorgplan als "
          "onvrijwillige zorg. De heer Pluijmen liep een heupfractuur op en is in Zuyderland Medisch "
          "Centrum in Heerlen geopereerd. Bij de bewoner is vasculaire dementie vastgesteld."),
    ("p", "De nachtdienst, zorgmedewerker Kim Jeurissen, trof hem om 03.20 uur naast het bed aan. Zij "
          "waarschuwde de dienstdoende arts. De zoon, de heer Frank Pluijmen, is om 04.00 uur gebeld "
          "(06-40019372)."),
    ("h", "2. Toetsing aan de Wzd"),
    ("p", "Op grond van de Wet zorg en dwang (Wzd) mag onvrijwillige zorg alleen worden verleend als "
          "laatste middel en na het stappenplan. De onrustband is in januari op verzoek van de familie "
          "ingezet zonder multidisciplinair overleg en zonder betrokkenheid van de Wzd-functionaris. "
          "Er werd daarnaast 's avonds Haldol gegeven; dit stond wel in het zorgplan."),
    ("h", "3. Oorzaken"),
    ("tbl", [["Oorzaak", "Toelichting"],
             ["Kennis Wzd", "Zorgmedewerkers zagen een onrustband niet als onvrijwillige zorg."],
             ["Bezetting", "Eén zorgmedewerker voor 16 bewoners in de nacht."],
             ["Registratie", "Het zorgdossier signaleert geen ongeregistreerde maatregelen."]], [25, 75]),
    ("h", "4. Maatregelen"),
    ("p", "Alle onrustbanden zijn verwijderd en vervangen door domotica. De Wzd-functionaris, mevrouw "
          "Bemelmans, traint alle teams voor 1 mei 2025. De bestuurder, mevrouw R. Smeets, heeft de "
          "familie gesproken en het rapport met hen besproken."),
    ("h", "5. Contact"),
    ("p", "Vragen over dit rapport: info@dewingerd-zorg.nl of 045 563 2000. Voor de inspectie: "
          "e.bemelmans@dewingerd-zorg.nl. Bestuurder: r.smeets@dewingerd-zorg.nl."),
    ("p", "Brunssum, 18 maart 2025\nR. Smeets, bestuurder Stichting Zorggroep Parkstad Oost"),
    ("p", "Paraaf: EBe / RSm"),
], font="Carlito", size=11, title="Rapport calamiteit Wzd", author="Zorggroep Parkstad Oost")

# ---------------------------------------------------------------- cl13 typed letter, scanned
doc("cl13", "scan", [
    ("small", "Zuyderland Medisch Centrum - Klachtenfunctionaris - Henri Dunantstraat 5 - Heerlen"),
    ("sp", 10),
    ("p", "Mevrouw I. Schoonbrood\nDorpsstraat 112\n6461 CG Kerkrade"),
    ("p", "Heerlen, 3 februari 2025\nOnderwerp: uw klacht over de zorg aan uw moeder"),
    ("p", "Geachte mevrouw Schoonbrood,"),
    ("p", "Op 22 januari 2025 heb ik u gesproken over uw klacht over de zorg aan uw moeder, mevrouw "
          "Schoonbrood-Vliegen, op afdeling B3 Interne. Uw klacht is doorgestuurd naar de Raad van Bestuur. "
          "Omdat het ziekenhuis de gebeurtenis ook als calamiteit heeft gemeld bij de inspectie, wordt uw "
          "klacht betrokken bij het onderzoek van de calamiteitencommissie."),
    ("p", "De voorzitter van de commissie, mevrouw E. Coumans, neemt contact met u op om een gesprek te "
          "plannen. Het gesprek kan bij u thuis plaatsvinden of in het ziekenhuis in Heerlen."),
    ("p", "Uw klacht wordt volgens de Wkkgz binnen zes weken afgehandeld. Als u het niet eens bent met de "
          "uitkomst, kunt u zich wenden tot de geschillencommissie."),
    ("p", "Met vriendelijke groet,\n\nNicole Bouwens\nklachtenfunctionaris\nT 088 459 3382\n"
          "klachtenfunctionaris@zuyderland.nl"),
], font="Times", size=11)

# ---------------------------------------------------------------- cl14 scanned notification form
doc("cl14", "scan", [
    ("t", "MELDFORMULIER CALAMITEIT (kopie fax)"),
    ("p", "Inspectie Gezondheidszorg en Jeugd - Meldpunt - 088 120 5000"),
    ("tbl", [["Veld", "Invulling"],
             ["Zorgaanbieder", "Maasstad Ziekenhuis, Rotterdam"],
             ["Melder", "C. Oudshoorn, voorzitter Raad van Bestuur"],
             ["Contactpersoon", "Sharon Tjon-A-Kiem, 06-19472605"],
             ["Datum gebeurtenis", "9 februari 2025"],
             ["Afdeling", "Intensive Care"],
             ["Patiënt", "Rachid Bakkal, geb. 17-11-1961"],
             ["BSN", "315702941"],
             ["Woonadres", "Lange Haven 88, 3111 CH Schiedam"],
             ["Betrokken", "dr. H. Zwanenburg (anesthesioloog), D. Sedney (IC-verpleegkundige)"],
             ["Korte omschrijving", "Bij wissel van spuitpomp noradrenaline bolus gegeven; ernstige hypertensie."]],
     [30, 70]),
    ("p", "Ontvangen Meldpunt: 11-02-2025 - geregistreerd als IGJ-2025-006132"),
], font="Courier", size=10)

# ---------------------------------------------------------------- cl15 IGJ letter to RvB Maasstad (2 pages)
doc("cl15", "rl", [
    ("small", "Inspectie Gezondheidszorg en Jeugd | Team Ziekenhuizen | Postbus 2518 | 088 120 5000"),
    ("p", "Maasstad Ziekenhuis\nt.a.v. de Raad van Bestuur\nMaasstadweg 21\nRotterdam"),
    ("p", "Datum: 9 april 2025\nZaaknummer: IGJ-2025-006132\nBetreft: beoordeling calamiteitenonderzoek "
          "Intensive Care"),
    ("p", "Geachte heer Oudshoorn, geachte mevrouw Kraaijeveld,"),
    ("p", "Op 31 maart 2025 ontving de inspectie het rapport van uw calamiteitencommissie over de gebeurtenis "
          "op de Intensive Care van 9 februari 2025. De inspectie heeft het rapport beoordeeld aan de hand "
          "van het toetsingskader voor calamiteitenonderzoek."),
    ("h", "Oordeel"),
    ("p", "Het onderzoek is zorgvuldig. De commissie heeft de IC-verpleegkundige, de arts-assistent en de "
          "anesthesioloog gehoord en de familie betrokken. De inspectie mist een analyse van de wijze "
          "waarop spuitpompen met noradrenaline en propofol op de IC zijn gelabeld. Ook is niet duidelijk "
          "of de IntelliVue-monitor een alarm gaf."),
    ("h", "Vragen"),
    ("p", "1. Hoe borgt u dat een wissel van spuitpomp bij vasoactieve medicatie altijd door twee personen "
          "gebeurt?\n2. Welke rol heeft de ziekenhuisapotheek bij het standaardiseren van concentraties?\n"
          "3. Hoe zijn de heer Bakkal en zijn echtgenote geïnformeerd over de uitkomst?"),
    ("p", "Wij ontvangen uw antwoord graag binnen vier weken via secretariaatrvb@maasstadziekenhuis.nl "
          "aan meldpunt@igj.nl, onder vermelding van het zaaknummer."),
    ("h", "Openbaarmaking"),
    ("p", "De inspectie publiceert het oordeel over dit onderzoek niet op naam. Het Maasstad Ziekenhuis kan "
          "wel worden genoemd in een Kamerbrief van de minister van VWS. Bij een Woo-verzoek beoordeelt de "
          "inspectie dit document opnieuw."),
    ("p", "Met vriendelijke groet,\n\nNiek Roodbeen\ninspecteur\n\nAnouk Lindhout\nteamleider Team Ziekenhuizen"),
    ("p", "Contact: n.roodbeen@igj.nl, 06-46028813"),
    MOT, MOT2,
], font="DejaVuSerif", size=10, title="Beoordeling IGJ-2025-006132", author="IGJ")

# ---------------------------------------------------------------- cl16 beslisnota VWS (docx, 2 pages)
doc("cl16", "docx", [
    ("t", "Beslisnota"),
    ("tbl", [["Aan", "de minister van VWS"],
             ["Van", "directie Curatieve Zorg"],
             ["Datum", "25 maart 2025"],
             ["Kenmerk", "4102256-1080431-VWS"],
             ["Onderwerp", "Kamerbrief toezicht IGJ op calamiteiten met hoog-risicomedicatie"],
             ["Contactpersoon", "Niels Hoogenboom, beleidsmedewerker, n.hoogenboom@minvws.nl, 06-52837104"],
             ["Kopie aan", "directeur-generaal Curatieve Zorg, Lisette Verbrugge; IGJ"]]),
    ("h", "Aanleiding"),
    ("p", "In het commissiedebat patiëntveiligheid van 19 februari 2025 heeft u het lid Dijk (SP) "
          "toegezegd de Tweede Kamer te informeren over het toezicht van de IGJ op calamiteiten met "
          "infuuspompen. Daarnaast liggen er schriftelijke vragen van het lid Paulusma (D66), 2025Z04418."),
    ("h", "Geadviseerd besluit"),
    ("p", "Aan de minister wordt gevraagd in te stemmen met bijgaande Kamerbrief en deze voor 4 april 2025 "
          "aan de Tweede Kamer te sturen."),
    ("h", "Kern"),
    ("p", "De IGJ ziet een terugkerend patroon bij medicatiepompen (Alaris GP) in combinatie met HiX. De "
          "brief noemt twee ziekenhuizen, Zuyderland en Maasstad Ziekenhuis, zonder patiëntgegevens. "
          "De Raad van Bestuur van beide ziekenhuizen is vooraf geïnformeerd door de inspectie."),
    ("h", "Krachtenveld"),
    ("p", "De Patiëntenfederatie Nederland vraagt om meer betrokkenheid van nabestaanden. De NZa wijst op "
          "de kosten van pompvervanging. Het RIVM adviseert een landelijke standaard voor concentraties. "
          "Kamerlid Tielen (VVD) heeft in de media gevraagd om een zwarte lijst van pompen; dat advies "
          "nemen wij niet over."),
    ("h", "Juridisch"),
    ("p", "Volgens de jurist, Kevin Slingerland, verzet de Wkkgz zich niet tegen het noemen van de "
          "ziekenhuizen, omdat beide zelf hebben gecommuniceerd. Persoonsgegevens van patiënten blijven "
          "buiten de brief (AVG)."),
    ("h", "Paraaf"),
    ("tbl", [["Naam", "Functie", "Paraaf", "Datum"],
             ["N. Hoogenboom", "beleidsmedewerker", "NHo", "25-03"],
             ["K. Slingerland", "jurist", "KSl", "26-03"],
             ["M. Stroeve", "directeur Curatieve Zorg", "MSt", "27-03"],
             ["L. Verbrugge", "directeur-generaal Curatieve Zorg", "akkoord", "28-03"]]),
    ("h", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "Motivering: de namen en contactgegevens van ambtenaren zijn persoonsgegevens "
          "(artikel 5.1, tweede lid, onder e, Woo). In de openbaar gemaakte versie van deze nota zijn alle "
          "persoonsgegevens van ambtenaren geanonimiseerd."),
], author="VWS", title="Beslisnota Kamerbrief toezicht IGJ")
