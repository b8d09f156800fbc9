"""Documents am01-am15 of set AM. All persons except office holders in office are invented."""
from framework import A4, docx_pdf, html_pdf, landscape, mm, rl_pdf, add_hidden, colors, scan_pdf  # noqa: F401
import tempfile
from pathlib import Path

DOCS = []


def doc(name, producer, redact, keep, scan=False):
    def deco(fn):
        DOCS.append({"name": name, "producer": producer, "make": fn, "redact": redact, "keep": keep, "scan": scan})
        return fn
    return deco


# ------------------------------------------------------------------------------------------------ am01
@doc("am01_wp_energy_minutes.pdf", "LibreOffice (Word)",
     redact=[("PERSON", "Katarzyna Wróblewska-Nowak"), ("PERSON", "Tobias Kürschner"), ("PERSON", "Élodie Marchetti-Roux"),
             ("PERSON", "Giulia Santangelo"), ("PERSON", "Nikolaos Papadimitríou"), ("PERSON", "Zsófia Bérczi"),
             ("PERSON", "Ingrid Sjöberg"), ("PERSON", "Ciarán O'Donoghue"), ("PERSON", "Lotte De Smet"),
             ("PERSON", "Maarten van Everdingen-Kok"), ("PERSON", "Femke Haverkamp"),
             ("PERSON", "Henrik Lindqvist"), ("PERSON", "Paweł Zieliński"), ("PERSON", "Anniek Bosman", "Anniek Bosman", "A. Bosman"),
             ("EMAIL", "maarten.vaneverdingen@minkgg.nl"), ("PHONE", "+31 6 4829 1175")],
     keep={"ORG": ["Council of the European Union", "Working Party on Energy", "European Commission", "DG ENER",
                   "Council Secretariat", "ACER", "ENTSO-E", "Polish Presidency"],
           "TERM": ["Electricity Market Design", "grid action plan", "network codes", "anticipatory investments",
                    "capacity mechanisms", "General approach"],
           "PLACE": ["Brussels", "Justus Lipsius", "Poland", "Germany", "France", "Italy", "Greece", "Hungary",
                     "Sweden", "Ireland", "Belgium", "Netherlands"],
           "OFFICE": ["Commissioner Jørgensen"],
           "MAILBOX": ["eu-energie@minkgg.nl"]})
def am01(path):
    b = [("h1", "Council Working Party on Energy — report of the meeting of 11 March 2025"),
         ("p", "**Venue:** Justus Lipsius building, Brussels, meeting room JL 20.4   |  **Chair:** Polish Presidency "
               "(Katarzyna Wróblewska-Nowak)   |  **Report by:** Maarten van Everdingen-Kok (NL, KGG)"),
         ("p", "**Agenda item 1 — Grid action plan: implementation of network codes and anticipatory investments.** "
               "The Chair introduced the Presidency non-paper. The European Commission (Henrik Lindqvist, DG ENER) "
               "presented the state of play and announced that Commissioner Jørgensen intends to present the grids package "
               "before the summer. ACER and ENTSO-E will be invited to the next meeting."),
         ("table", [["Delegation", "Representative", "Position (summary)"],
                    ["Germany", "Tobias Kürschner", "Supports anticipatory investments, asks for clarity on cost allocation."],
                    ["France", "Élodie Marchetti-Roux", "Scrutiny reservation; links the file to capacity mechanisms."],
                    ["Italy", "Giulia Santangelo", "Supportive; stresses interconnections in the Mediterranean."],
                    ["Greece", "Nikolaos Papadimitríou", "Supportive; island interconnections must be eligible."],
                    ["Hungary", "Zsófia Bérczi", "Opposes new binding targets; general scrutiny reservation."],
                    ["Sweden", "Ingrid Sjöberg", "Supports, but no EU-level steering of national grid planning."],
                    ["Ireland", "Ciarán O'Donoghue", "Supports; asks for attention to offshore grids."],
                    ["Belgium", "Lotte De Smet", "Supports the Presidency text with drafting suggestions."],
                    ["Poland", "Paweł Zieliński", "(speaking as national delegate) asks for flexibility."],
                    ["Netherlands", "Maarten van Everdingen-Kok, Femke Haverkamp", "See NL intervention below."]],
          [3.2, 5.5, 8.3]),
         ("p", "**NL intervention (Maarten van Everdingen-Kok):** the Netherlands welcomes the grid action plan and the work on "
               "network codes; congestion on the Dutch grid makes anticipatory investments a priority. NL can accept the "
               "Presidency compromise on the Electricity Market Design follow-up, provided that national regulators keep "
               "their role. Femke Haverkamp added a question on the timeline for the general approach."),
         ("p", "**Agenda item 2 — AOB.** The Council Secretariat (Anniek Bosman) informed delegations that the next meeting "
               "will take place on 25 March. Delegations were asked to send written comments by 18 March to the "
               "Presidency; NL comments will be coordinated via eu-energie@minkgg.nl."),
         ("h2", "Assessment and follow-up"),
         ("p", "The file moves quickly; a general approach at the June Energy Council seems realistic. Germany, Sweden and "
               "Hungary are the delegations to watch. Action: BZ/DIE and the Permanent Representation to be informed; "
               "instruction for 25 March to be drafted by Femke Haverkamp. Questions: Maarten van Everdingen-Kok, "
               "maarten.vaneverdingen@minkgg.nl, +31 6 4829 1175."),
         ("p", "Distribution: DGKE, DIE-EU, Permanent Representation Brussels (energy team). A. Bosman asked that the "
               "Presidency non-paper is not circulated further.")]
    docx_pdf(path, b, header="RESTREINT – internal report – NL delegation", footer="Ministerie van Klimaat en Groene Groei – EU-coördinatie",
             author="Maarten van Everdingen-Kok", title="Report WP Energy 11 March 2025")


# ------------------------------------------------------------------------------------------------ am02
@doc("am02_bilateral_denmark.pdf", "reportlab",
     redact=[("PERSON", "Mette Kjærgaard"), ("PERSON", "Rasmus Højbjerg"), ("PERSON", "Sanne Oudshoorn-Baldewsingh"),
             ("PERSON", "Jurre Brandsma"), ("PERSON", "Thijs van 't Hek"), ("EMAIL", "s.oudshoorn@minkgg.nl"),
             ("PHONE", "06 1553 8094"), ("PERSON", "Frida Lykke Thomsen")],
     keep={"OFFICE": ["Minister Hermans", "Minister Aagaard", "Sophie Hermans", "Lars Aagaard"],
           "ORG": ["Danish Ministry of Climate, Energy and Utilities", "Energinet", "TenneT", "North Seas Energy Cooperation",
                   "NSEC", "Ministerie van Klimaat en Groene Groei"],
           "TERM": ["offshore wind", "hybrid interconnectors", "Bornholm Energy Island", "cost-benefit sharing",
                    "contracts for difference"],
           "PLACE": ["Copenhagen", "The Hague", "North Sea", "Esbjerg"]})
def am02(path):
    def onpage(c, d):
        c.saveState()
        c.setFont("DV", 7.5)
        c.drawString(22 * mm, 287 * mm, "Ministerie van Klimaat en Groene Groei — Directie Internationaal")
        c.drawRightString(188 * mm, 287 * mm, "Minutes — not for distribution")
        c.setStrokeColor(colors.HexColor("#154273"))
        c.rect(133 * mm, 22 * mm, 55 * mm, 36 * mm)
        t = c.beginText(135 * mm, 53 * mm)
        t.setFont("DV", 7.5)
        for ln in ["Note-taker", "Sanne Oudshoorn-Baldewsingh", "s.oudshoorn@minkgg.nl", "06 1553 8094", "",
                   "Interpreter: not required"]:
            t.textLine(ln)
        c.drawText(t)
        c.setFont("DV", 7)
        c.drawString(22 * mm, 12 * mm, "Page %d" % d.page)
        c.restoreState()

    b = [("h1", "Bilateral meeting Minister Hermans –<br/>Minister Aagaard (Denmark)"),
         ("p", "Date: 3 April 2025, 08:30–09:15<br/>Place: Copenhagen, Danish Ministry of Climate, Energy and Utilities<br/>"
               "NL: Sophie Hermans, Jurre Brandsma (DIE), Sanne Oudshoorn-Baldewsingh (notes)<br/>"
               "DK: Lars Aagaard, Mette Kjærgaard (Head of Division), Rasmus Højbjerg (Energinet)"),
                  ("h2", "1. North Sea cooperation"),
         ("p", "Minister Aagaard opened with the state of play of offshore wind tenders; Denmark has restarted its tender "
               "with contracts for difference. Minister Hermans explained the Dutch approach and the role of TenneT. Both "
               "ministers agreed that the North Seas Energy Cooperation (NSEC) should deliver a joint pipeline of hybrid "
               "interconnectors. Mette Kjærgaard referred to the Bornholm Energy Island and the cost-benefit sharing "
               "discussion with Germany."),
         ("h2", "2. Cost-benefit sharing"),
         ("p", "Rasmus Højbjerg (Energinet) presented figures on a hybrid link from Esbjerg. NL (Jurre Brandsma) asked "
               "whether the figures can be shared with TenneT before the NSEC ministerial. Agreed, via the ministries."),
         ("h2", "3. Follow-up"),
         ("p", "Joint letter of both ministers to the Commission on offshore grids; drafting by Jurre Brandsma and Frida Lykke "
               "Thomsen (DK). Next contact at the Energy Council. Thijs van 't Hek (embassy Copenhagen) will arrange the "
               "follow-up call between The Hague and Copenhagen."),
         ("p", "<i>These minutes have not been agreed with the Danish side. Ministerie van Klimaat en Groene Groei.</i>")]
    rl_pdf(path, b, onpage=onpage, title="Bilateral DK", author="Sanne Oudshoorn-Baldewsingh")


# ------------------------------------------------------------------------------------------------ am03
@doc("am03_pv_report.pdf", "reportlab",
     redact=[("PERSON", "Willemijn Ter Horst-Bakker", "Willemijn Ter Horst-Bakker", "Ter Horst-Bakker", "WTHB"),
             ("PERSON", "Henrik Lindqvist"), ("PERSON", "Aoife McCarthy"), ("PERSON", "Dimitrios Karamanlís"),
             ("PERSON", "Jean-Baptiste Lefèvre"), ("PERSON", "Bálint Szőke"), ("PERSON", "Ruud Brussel", "Ruud Brussel", "~Brussel"),
             ("PERSON", "Oskar Wąsowski"), ("EMAIL", "w.terhorst@minbuza.nl"), ("PHONE", "+32 2 679 15 83"),
             ("PERSON", "Grietje Feenstra"), ("PERSON", "Kees Storm", "Kees Storm", "~Storm")],
     keep={"ORG": ["Permanente Vertegenwoordiging", "Coreper I", "Raad Energie", "Europese Commissie", "DG ENER",
                   "Raadssecretariaat", "Europees Parlement", "ITRE", "Poolse voorzitterschap", "Deense voorzitterschap"],
           "PLACE": ["Brussel", "Luxemburg", "Warschau"],
           "OFFICE": ["Eurocommissaris Jørgensen", "minister Hermans", "Dan Jørgensen", "Teresa Ribera"],
           "TERM": ["Affordable Energy Action Plan", "Clean Industrial Deal", "grids package", "trilogen", "Storm"],
           "MAILBOX": ["pv-energie@minbuza.nl"], "PHONE": ["+32 2 679 15 11"]})
def am03(path):
    def onpage(c, d):
        c.saveState()
        c.setFont("DV", 7.5)
        c.drawString(22 * mm, 287 * mm, "Permanente Vertegenwoordiging van het Koninkrijk der Nederlanden bij de Europese Unie")
        c.drawRightString(188 * mm, 287 * mm, "PV-bericht 2025/0412")
        c.drawString(22 * mm, 10 * mm, "Bezoekadres Kunstlaan 46, 1000 Brussel | algemeen +32 2 679 15 11 | pv-energie@minbuza.nl")
        c.drawRightString(188 * mm, 10 * mm, f"{d.page}/2")
        c.translate(12 * mm, 70 * mm)
        c.rotate(90)
        c.setFont("DV", 7)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(0, 0, "Gezien: Grietje Feenstra 14/4 — doorzetten naar DGKE en BZ/DIE")
        c.restoreState()

    fn = [("fn", "<super>1</super> Gesprek van de auteur met Henrik Lindqvist (DG ENER, unit B.1), 9 april 2025."),
          ("fn", "<super>2</super> Informatie van Aoife McCarthy (Ierse PV) en Dimitrios Karamanlís (Griekse PV), marge Coreper I 10 april."),
          ("fn", "<super>3</super> Mondelinge toelichting Raadssecretariaat (Ruud Brussel), 11 april; niet in het verslag opgenomen.")]
    b = [("h1", "Verslag PV Brussel: stand van zaken energiedossiers<br/>voor de Raad Energie van 16 juni 2025"),
         ("small", "Van: Willemijn Ter Horst-Bakker (PV, energieraad) | w.terhorst@minbuza.nl | +32 2 679 15 83 | Datum: 14 april 2025"),
         ("h2", "1. Samenvatting"),
         ("p", "Het Poolse voorzitterschap wil in de Raad Energie van juni een algemene oriëntatie over het grids package. "
               "Eurocommissaris Jørgensen heeft het Affordable Energy Action Plan gepresenteerd als onderdeel van de Clean "
               "Industrial Deal; de Commissie verwacht dat de eerste wetgevende voorstellen nog dit jaar komen.<super>1</super> "
               "In Coreper I is op 10 april gesproken over de planning; meerdere lidstaten willen een brede discussie voordat de "
               "trilogen starten.<super>2</super>"),
         ("h2", "2. Krachtenveld"),
         ("p", "Frankrijk (Jean-Baptiste Lefèvre) houdt vast aan een brede definitie van koolstofarme waterstof. Hongarije (Bálint "
               "Szőke) en Polen (Oskar Wąsowski) vragen om meer ruimte voor nationale capaciteitsmechanismen. Het "
               "Raadssecretariaat verwacht dat het Deense voorzitterschap het dossier in het najaar afrondt.<super>3</super> "
               "In het Europees Parlement is de ITRE-commissie nog niet begonnen aan het rapport."),
         ("h2", "3. Nederlandse inzet"),
         ("p", "Advies is dat minister Hermans in de Raad Energie de lijn van de Kamerbrief van maart aanhoudt. Het "
               "Nederlandse standpunt over netcongestie wordt breed gesteund. Eurocommissaris Jørgensen wil de ministers in "
               "Luxemburg informeel spreken; Executive Vice-President Teresa Ribera is daar mogelijk ook. Dan Jørgensen en "
               "Teresa Ribera hebben de agenda nog niet bevestigd."),
         ("pb",),
         ("h2", "4. Overig"),
         ("p", "Het voorzitterschap organiseert in Warschau een informele bijeenkomst; het Poolse voorzitterschap nodigt ook "
               "de Europese Commissie uit. De codenaam van de oefening in Coreper is Storm; de PV-collega Kees Storm is "
               "daarvoor aanspreekpunt. De PV in Brussel houdt het dossier bij; Ruud Brussel van het Raadssecretariaat stuurt "
               "de planning zodra die bekend is."),
         ("p", "Reacties graag aan pv-energie@minbuza.nl, met kopie aan WTHB."),
         ("sp", 6)] + fn
    rl_pdf(path, b, onpage=onpage, margins=(24, 22, 22, 20), title="PV-bericht energiedossiers",
           author="Willemijn Ter Horst-Bakker")


# ------------------------------------------------------------------------------------------------ am04
@doc("am04_lobby_meeting_notes.pdf", "LibreOffice (Word)",
     redact=[("PERSON", "Hendrik-Jan Ruijsenaars"), ("PERSON", "Marloes Dekker-Yılmaz"), ("PERSON", "Gerrit-Jan Kuipers"),
             ("PERSON", "Anouk Zwanenburg"), ("PERSON", "Boudewijn van der Heijden", "Boudewijn van der Heijden", "van der Heijden", "Van der Heijden"),
             ("PERSON", "Fatima Bouzerda"), ("PERSON", "Stijn Winter", "Stijn Winter", "~Winter"),
             ("EMAIL", "hj.ruijsenaars@catalystpa.nl"), ("PHONE", "06-2384 5519"),
             ("PERSON", "Yvonne Meulenbelt"), ("PERSON", "Y. Meulenbelt")],
     keep={"ORG": ["VEMW", "Tata Steel Nederland", "Natuur & Milieu", "Catalyst Public Affairs", "Ministerie van Klimaat en Groene Groei",
                   "Tweede Kamer", "Lobbyregister"],
           "TERM": ["netcongestie", "maatwerkafspraken", "CO2-heffing", "indirecte kostencompensatie", "winter"],
           "PLACE": ["IJmuiden", "Den Haag"], "TITLE": ["oud-staatssecretaris", "directeur Energiemarkt", "senior adviseur"],
           "OFFICE": ["minister Hermans"]})
def am04(path):
    b = [("h1", "Verslag lobbygesprek energie-intensieve industrie"),
         ("p", "**Datum:** 7 februari 2025, 14.00–15.00 uur, Den Haag, ministerie (zaal 3.14)"),
         ("p", "**Aanwezig namens organisaties:** Hendrik-Jan Ruijsenaars (Catalyst Public Affairs, namens VEMW), "
               "Marloes Dekker-Yılmaz (VEMW), Gerrit-Jan Kuipers (Tata Steel Nederland), Anouk Zwanenburg (Natuur & Milieu)"),
         ("p", "**Aanwezig namens KGG:** Boudewijn van der Heijden (directeur Energiemarkt), Fatima Bouzerda (senior adviseur), "
               "Stijn Winter (verslag)"),
         ("h2", "Aanleiding"),
         ("p", "Het gesprek is aangevraagd door Catalyst Public Affairs, het bureau waar oud-staatssecretaris "
               "Hendrik-Jan Ruijsenaars sinds 2023 partner is. De heer Ruijsenaars treedt hier op als lobbyist en niet in een "
               "publieke functie; het gesprek staat in het Lobbyregister van het ministerie."),
         ("h2", "Besproken"),
         ("p", "VEMW vraagt om voorrang voor de industrie bij netcongestie en om verlenging van de indirecte kostencompensatie. "
               "Tata Steel Nederland (Gerrit-Jan Kuipers) licht de stand van de maatwerkafspraken voor IJmuiden toe; de CO2-heffing "
               "is volgens het bedrijf vanaf 2028 niet op te brengen. Natuur & Milieu (Anouk Zwanenburg) waarschuwt dat "
               "verlenging van de compensatie een verkeerd signaal is. Van der Heijden geeft aan dat het kabinet deze "
               "winter met een brief aan de Tweede Kamer komt; minister Hermans neemt zelf het besluit."),
         ("h2", "Afspraken"),
         ("p", "VEMW stuurt een notitie; Catalyst Public Affairs stuurt de cijfers via hj.ruijsenaars@catalystpa.nl "
               "(mobiel 06-2384 5519). Fatima Bouzerda zorgt voor een reactie. Stijn Winter plaatst het verslag in het "
               "dossier. Gezien door Y. Meulenbelt (DGKE)."),
         ("small", "Dit verslag is niet gedeeld met de deelnemers. Verslag: Stijn Winter, 10-02-2025.")]
    docx_pdf(path, b, header="Lobbyregister KGG – verslag nr. 2025-017", footer="Ministerie van Klimaat en Groene Groei",
             author="Yvonne Meulenbelt", title="Verslag lobbygesprek VEMW")


# ------------------------------------------------------------------------------------------------ am05
@doc("am05_lobby_register_q1.pdf", "reportlab (landscape)",
     redact=[("PERSON", "Hendrik-Jan Ruijsenaars"), ("PERSON", "Marloes Dekker-Yılmaz"), ("PERSON", "Pieter-Bas Oosterveld"),
             ("PERSON", "Chantal Nijenhuis-Mbeki"), ("PERSON", "Ludovic Vermeulen"), ("PERSON", "Siebe Hoekstra", "Siebe Hoekstra"),
             ("PERSON", "Ewa Kowalczyk"), ("PERSON", "Rob Jetten-Smit", "Rob Jetten-Smit"), ("PERSON", "Jorien Wijnberg"),
             ("PERSON", "Tjeerd Bergsma"), ("PERSON", "Soraya El Hamdaoui"), ("PERSON", "Niels Overdijk"),
             ("PERSON", "Dewi Setiawan-Vos"), ("PERSON", "Rutger Kampen", "Rutger Kampen", "~Kampen"),
             ("PERSON", "Anouk Zwanenburg"), ("PERSON", "Gerrit-Jan Kuipers"), ("PERSON", "Hanna Lindström"),
             ("PERSON", "Fatima Bouzerda"), ("PERSON", "Boudewijn van der Heijden"), ("PERSON", "Lieke Kramer")],
     keep={"ORG": ["VEMW", "Tata Steel Nederland", "Natuur & Milieu", "Catalyst Public Affairs", "Shell Nederland", "Eneco",
                   "Greenpeace Nederland", "Netbeheer Nederland", "Vattenfall", "NVDE", "Holland Solar", "FNV", "VNO-NCW",
                   "Energie-Nederland", "Milieudefensie"],
           "PLACE": ["Kampen", "Zwolle", "Rotterdam"],
           "OFFICE": ["minister Hermans", "Wopke Hoekstra"],
           "TERM": ["waterstof", "netcongestie", "salderingsregeling", "CCS", "kernenergie"]})
def am05(path):
    rows = [["Datum", "Organisatie", "Vertegenwoordiger(s)", "Onderwerp", "Namens KGG", "Vorm"],
            ["07-01-2025", "Shell Nederland", "Pieter-Bas Oosterveld, Chantal Nijenhuis-Mbeki", "CCS en waterstof Rotterdam", "Boudewijn van der Heijden", "fysiek"],
            ["14-01-2025", "Eneco", "Ludovic Vermeulen", "Flexibel vermogen, netcongestie", "Fatima Bouzerda", "Teams"],
            ["21-01-2025", "Greenpeace Nederland", "Siebe Hoekstra", "Fossiele subsidies; gesprek met minister Hermans", "minister Hermans, Lieke Kramer", "fysiek"],
            ["28-01-2025", "Vattenfall", "Hanna Lindström, Ewa Kowalczyk", "Windenergie op zee, tenders", "Tjeerd Bergsma", "fysiek"],
            ["04-02-2025", "Netbeheer Nederland", "Jorien Wijnberg", "Netcongestie, investeringsplannen", "Boudewijn van der Heijden", "fysiek"],
            ["07-02-2025", "VEMW / Catalyst Public Affairs", "Hendrik-Jan Ruijsenaars, Marloes Dekker-Yılmaz", "Industrie, kostencompensatie", "Boudewijn van der Heijden, Fatima Bouzerda", "fysiek"],
            ["07-02-2025", "Tata Steel Nederland", "Gerrit-Jan Kuipers", "Maatwerk IJmuiden", "Fatima Bouzerda", "fysiek"],
            ["07-02-2025", "Natuur & Milieu", "Anouk Zwanenburg", "Kostencompensatie", "Fatima Bouzerda", "fysiek"],
            ["18-02-2025", "NVDE / Holland Solar", "Soraya El Hamdaoui, Rob Jetten-Smit", "Afbouw salderingsregeling", "Tjeerd Bergsma", "Teams"],
            ["25-02-2025", "FNV", "Niels Overdijk", "Werkgelegenheid industrie", "Lieke Kramer", "fysiek"],
            ["04-03-2025", "VNO-NCW / Energie-Nederland", "Dewi Setiawan-Vos", "Kernenergie, Borssele", "Boudewijn van der Heijden", "fysiek"],
            ["11-03-2025", "Milieudefensie", "Rutger Kampen", "Klimaatzaak, afbouw subsidies", "Lieke Kramer", "Teams"],
            ["18-03-2025", "Gemeente Kampen (werkbezoek)", "–", "Netcongestie regio Zwolle en Kampen", "minister Hermans", "werkbezoek"],
            ["25-03-2025", "Europese Commissie (bezoek Wopke Hoekstra)", "–", "Klimaatdoel 2040", "minister Hermans", "fysiek"]]
    def onpage(c, d):
        c.saveState(); c.setFont("DV", 7.5)
        c.drawString(15 * mm, 200 * mm, "Lobbyregister Ministerie van Klimaat en Groene Groei — gesprekken met externe partijen, eerste kwartaal 2025")
        c.drawRightString(282 * mm, 8 * mm, f"pagina {d.page}")
        c.drawString(15 * mm, 8 * mm, "Intern overzicht ten behoeve van publicatie; kolom 'Vertegenwoordiger(s)' niet publiceren")
        c.restoreState()
    b = [("h1", "Lobbyregister Q1 2025"),
         ("p", "Overzicht van gesprekken van de minister en de top van het ministerie met organisaties. Namen van "
               "vertegenwoordigers en ambtenaren zijn voor intern gebruik."),
         ("table", rows, [22, 48, 58, 62, 52, 22])]
    rl_pdf(path, b + [("pb",), ("h2", "Toelichting"), ("p", "De gesprekken met minister Hermans zijn ook in de openbare agenda "
           "opgenomen. De gegevens over Vattenfall en Shell Nederland zijn bevestigd door de organisaties. Lieke Kramer beheert het register.")],
           pagesize=landscape(A4), onpage=onpage, margins=(15, 18, 15, 15), size=9)


# ------------------------------------------------------------------------------------------------ am06
@doc("am06_minister_weekagenda.pdf", "Chromium (HTML print)",
     redact=[("PERSON", "Joëlle van Wijngaarden", "Joëlle van Wijngaarden", "van Wijngaarden", "Joëlle"),
             ("PERSON", "Ramon Sitaldin"), ("PERSON", "Bas Kloosterboer"), ("PERSON", "Ilse Timmermans-Özdemir"),
             ("PERSON", "Marcel Haag", "Marcel Haag", "~Haag"), ("PHONE", "06-1220 4731"), ("PHONE", "06-5318 9902"),
             ("PERSON", "Liesbeth Roodenburg"), ("PERSON", "Gijs Achterberg"), ("PERSON", "Kübra Aydın"),
             ("PERSON", "Willem Zeeuw"), ("EMAIL", "j.vanwijngaarden@minkgg.nl"), ("PERSON", "Evert-Jan Groen", "Evert-Jan Groen")],
     keep={"OFFICE": ["Sophie Hermans", "minister Hermans", "burgemeester Dales", "Frank Dales", "Lars Aagaard", "Henri Bontenbal", "Suzanne Kröger"],
           "ORG": ["Tata Steel Nederland", "Tweede Kamer", "Ministerraad", "DKDB", "Eneco", "TenneT", "Nieuwspoort", "NOS", "Gemeente Velsen"],
           "PLACE": ["Den Haag", "IJmuiden", "Velsen", "Arnhem", "Brussel", "Zeeuws-Vlaanderen"],
           "TITLE": ["chauffeur", "beveiliging", "privé-secretaris", "woordvoerder"],
           "MAILBOX": ["agenda-minister@minkgg.nl"], "TERM": ["commissiedebat", "Klimaat- en Energieverkenning"]})
def am06(path):
    rows = [
        ("Maandag 12 mei", [("09:00", "Staf en bewindspersonenoverleg", "Den Haag, ministerie", "Joëlle van Wijngaarden (PS)"),
                            ("11:30", "Interview NOS over de Klimaat- en Energieverkenning", "Nieuwspoort, Den Haag", "woordvoerder; NOS-verslaggever"),
                            ("14:00", "Werkbezoek Tata Steel Nederland, IJmuiden — ontvangst door burgemeester Dales (Gemeente Velsen)",
                             "IJmuiden", "Host: Ilse Timmermans-Özdemir (Tata Steel), chauffeur: Ramon Sitaldin 06-1220 4731")]),
        ("Dinsdag 13 mei", [("08:00", "Vertrek naar Brussel, chauffeur Bas Kloosterboer", "Den Haag – Brussel", "beveiliging DKDB: Marcel Haag 06-5318 9902"),
                            ("10:00", "Bilateraal met Lars Aagaard (DK) in marge Raad", "Brussel", "Gijs Achterberg (DIE)"),
                            ("16:30", "Terugreis Den Haag", "", "")]),
        ("Woensdag 14 mei", [("10:00", "Commissiedebat Klimaat & Energie", "Tweede Kamer", "Liesbeth Roodenburg (parlementaire zaken)"),
                             ("15:00", "Gesprek Henri Bontenbal en Suzanne Kröger over netcongestie", "Tweede Kamer", "")]),
        ("Donderdag 15 mei", [("09:30", "Bezoek TenneT Arnhem, host Evert-Jan Groen", "Arnhem", "chauffeur Ramon Sitaldin"),
                              ("14:00", "Gesprek Eneco (CEO)", "Den Haag", "Kübra Aydın (notulist)")]),
        ("Vrijdag 16 mei", [("10:00", "Ministerraad", "Den Haag", ""),
                            ("15:00", "Werkbezoek Zeeuws-Vlaanderen, ontvangst bij familie Willem Zeeuw (warmtepomp-pilot)", "Zeeuws-Vlaanderen", "beveiliging: Marcel Haag")]),
    ]
    trs = []
    for day, items in rows:
        trs.append(f'<tr class="day"><td colspan="4">{day}</td></tr>')
        for t, w, p, s in items:
            trs.append(f"<tr><td>{t}</td><td>{w}</td><td>{p}</td><td>{s}</td></tr>")
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 18mm 16mm; }} body {{ font-family: 'DejaVu Sans'; font-size: 10pt; }}
h1 {{ font-size: 15pt; color: #154273; }} table {{ border-collapse: collapse; width: 100%; }}
td {{ border-bottom: 1px solid #bbb; padding: 5px; vertical-align: top; }} tr.day td {{ background: #e8eef5; font-weight: bold; }}
.meta {{ color: #444; font-size: 8.5pt; }} .box {{ border: 1px solid #154273; padding: 6px; margin-top: 14px; width: 60%; }}
</style></head><body>
<h1>Weekagenda minister Sophie Hermans — week 20 (12 t/m 16 mei 2025)</h1>
<p class="meta">Versie 4 | opgesteld door privé-secretaris Joëlle van Wijngaarden | vragen: agenda-minister@minkgg.nl</p>
<table><tr><td><b>Tijd</b></td><td><b>Afspraak</b></td><td><b>Locatie</b></td><td><b>Ondersteuning / logistiek</b></td></tr>
{''.join(trs)}</table>
<div class="box"><b>Let op (niet openbaar):</b> wijzigingen alleen via Joëlle (j.vanwijngaarden@minkgg.nl).
De chauffeur en de beveiliging worden door het secretariaat geïnformeerd. Willem Zeeuw heeft toestemming gegeven voor
foto's bij de woning. Contact DKDB loopt via Marcel Haag.</div>
<p class="meta" style="margin-top:20px">Openbare versie: alleen afspraken van minister Hermans met externe partijen. De woordvoerder bepaalt welke media aanwezig zijn.</p>
<div style="page-break-before: always"></div>
<h1>Bijlage: reisschema Brussel, dinsdag 13 mei</h1>
<p>08:00 vertrek Den Haag (chauffeur Bas Kloosterboer), 10:00 bilateraal met Lars Aagaard, 12:30 lunch met de energieattachés van de PV
(Gijs Achterberg regelt de tafelschikking), 16:30 terugreis. Beveiliging: Marcel Haag (DKDB). Reserve-chauffeur: Ramon Sitaldin.</p>
<p>Burgemeester Frank Dales heeft voor 12 mei bevestigd. Den Haag wordt per trein bereikt als de A4 dicht is.</p>
</body></html>"""
    html_pdf(path, html)


# ------------------------------------------------------------------------------------------------ am07
@doc("am07_press_qa.pdf", "LibreOffice (Word)",
     redact=[("PERSON", "Roel Vandenbussche"), ("PERSON", "Sarita Ramdin-Kalloe"), ("PERSON", "Merel Snoek"),
             ("PERSON", "Jeroen Vlietstra"), ("PHONE", "06-4109 2276"), ("EMAIL", "merel.snoek@minkgg.nl"),
             ("PERSON", "Annemijn de Graaf-Toxopeus", "Annemijn de Graaf-Toxopeus", "de Graaf-Toxopeus"),
             ("PERSON", "Theo Wassenberg", "Theo Wassenberg", "Theo")],
     keep={"OFFICE": ["minister Hermans", "Dan Jørgensen"], "ORG": ["Directie Communicatie", "NOS", "NRC", "Het Financieele Dagblad",
                  "TenneT", "ACM", "Europese Commissie", "Planbureau voor de Leefomgeving"],
           "TERM": ["netcongestie", "Q&A", "woordvoeringslijn", "nettarieven", "Klimaat- en Energieverkenning"],
           "MAILBOX": ["pers@minkgg.nl"], "PHONE": ["070 379 8000"], "TITLE": ["woordvoerder"]})
def am07(path):
    b = [("h1", "Q&A netcongestie en nettarieven — woordvoeringslijn"),
         ("p", "Directie Communicatie | versie 2 | 22 april 2025 | opgesteld: Merel Snoek (persvoorlichter)"),
         ("h2", "Kernboodschap"),
         ("p", "Minister Hermans: 'We doen alles om het net sneller uit te breiden. De ACM en TenneT hebben daarin ieder hun "
               "eigen rol.'"),
         ("h2", "Vragen en antwoorden"),
         ("p", "**V: Stijgen de nettarieven voor huishoudens?** A: De ACM stelt de nettarieven vast. Het kabinet volgt de "
               "ontwikkeling en komt voor de zomer met een reactie op de Klimaat- en Energieverkenning van het Planbureau "
               "voor de Leefomgeving."),
         ("p", "**V: Wat vindt de minister van de kritiek van Eurocommissaris Dan Jørgensen op de Nederlandse aanpak?** A: Er "
               "is geen sprake van kritiek; de Europese Commissie en Nederland werken samen in het grids package."),
         ("p", "**V: Heeft de minister contact gehad met TenneT over de uitspraak?** A: Ja, op ambtelijk niveau."),
         ("h2", "Achtergrond (niet voor gebruik)"),
         ("p", "Het Financieele Dagblad (Roel Vandenbussche) en NRC (Sarita Ramdin-Kalloe) hebben vragen gesteld; de NOS "
               "heeft een interview aangevraagd. Inhoudelijk: Jeroen Vlietstra (DGKE), 06-4109 2276. Afstemming met "
               "de woordvoerder van de minister via pers@minkgg.nl of 070 379 8000. Merel Snoek bereikbaar via "
               "merel.snoek@minkgg.nl."),
         ("p", "Gecheckt door Annemijn de Graaf-Toxopeus (juridische zaken).")]
    docx_pdf(path, b, header="Q&A – concept – auteur Merel Snoek", footer="Directie Communicatie – niet openbaar",
             author="Merel Snoek", title="Q&A netcongestie",
             comments=[("Ja, op ambtelijk niveau.", "Theo Wassenberg", "TW",
                        "Klopt dit? Volgens mij heeft Jeroen Vlietstra zelf gebeld. Graag checken, Theo")])


# ------------------------------------------------------------------------------------------------ am08
@doc("am08_media_requests_log.pdf", "Chromium (HTML print, landscape)",
     redact=[("PERSON", "Roel Vandenbussche"), ("PERSON", "Sarita Ramdin-Kalloe"), ("PERSON", "Maaike Bloemendaal"),
             ("PERSON", "Thomas O'Sullivan"), ("PERSON", "Bettina Großmann"), ("PERSON", "Youssef Amrani"),
             ("PERSON", "Lisa Rotterdam", "Lisa Rotterdam", "~Rotterdam"), ("PERSON", "Karin Pronk-Verbeek"),
             ("EMAIL", "r.vandenbussche@fd.nl"), ("EMAIL", "t.osullivan@politico.eu"), ("EMAIL", "bettina.grossmann@handelsblatt.com"),
             ("PHONE", "06-2947 1180"), ("PHONE", "+32 478 21 66 09"), ("PHONE", "06-3381 0452"), ("PERSON", "Merel Snoek"),
             ("PERSON", "Daan Hovestadt"), ("EMAIL", "youssef.amrani@rtl.nl")],
     keep={"ORG": ["Het Financieele Dagblad", "NRC", "RTL Nieuws", "Politico Europe", "Handelsblatt", "NOS", "Reuters",
                   "Omroep Zeeland", "Trouw", "Directie Communicatie"],
           "PLACE": ["Rotterdam", "Brussel", "Düsseldorf"], "OFFICE": ["minister Hermans"],
           "TERM": ["achtergrondgesprek", "interview", "afgewezen", "toegezegd"], "MAILBOX": ["pers@minkgg.nl"],
           "PHONE": ["070 379 8000"]})
def am08(path):
    data = [("14-04", "Het Financieele Dagblad", "Roel Vandenbussche<br>r.vandenbussche@fd.nl<br>06-2947 1180", "Nettarieven industrie", "Merel Snoek", "schriftelijk beantwoord"),
            ("15-04", "NRC", "Sarita Ramdin-Kalloe", "Lobby VEMW", "Merel Snoek", "achtergrondgesprek"),
            ("16-04", "Politico Europe", "Thomas O'Sullivan<br>t.osullivan@politico.eu<br>+32 478 21 66 09", "Grids package, Brussel", "Daan Hovestadt", "toegezegd"),
            ("17-04", "Handelsblatt", "Bettina Großmann<br>bettina.grossmann@handelsblatt.com", "Waterstofcorridor Rotterdam–Düsseldorf", "Daan Hovestadt", "interview minister Hermans afgewezen"),
            ("22-04", "RTL Nieuws", "Youssef Amrani<br>youssef.amrani@rtl.nl<br>06-3381 0452", "Netcongestie Zeeland", "Merel Snoek", "toegezegd"),
            ("23-04", "Omroep Zeeland", "Lisa Rotterdam", "Werkbezoek Zeeuws-Vlaanderen", "Daan Hovestadt", "toegezegd"),
            ("24-04", "Trouw", "Maaike Bloemendaal", "Klimaatzaak", "Merel Snoek", "afgewezen"),
            ("25-04", "Reuters", "Karin Pronk-Verbeek", "Gasopslag", "Daan Hovestadt", "schriftelijk beantwoord"),
            ("28-04", "NOS", "via redactie", "Klimaat- en Energieverkenning", "Merel Snoek", "interview minister Hermans toegezegd")]
    trs = "".join(f"<tr>{''.join(f'<td>{c}</td>' for c in r)}</tr>" for r in data)
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4 landscape; margin: 14mm; }} body {{ font-family: 'DejaVu Sans Condensed', 'DejaVu Sans'; font-size: 9pt; }}
table {{ border-collapse: collapse; width: 100%; }} th, td {{ border: 1px solid #999; padding: 4px; text-align: left; vertical-align: top; }}
th {{ background: #154273; color: white; }} .foot {{ font-size: 8pt; color: #333; margin-top: 10px; }}
</style></head><body>
<h2>Directie Communicatie — logboek mediaverzoeken april 2025</h2>
<table><tr><th>Datum</th><th>Medium</th><th>Journalist (contact)</th><th>Onderwerp</th><th>Behandeld door</th><th>Status</th></tr>{trs}</table>
<p class="foot">Algemene persvragen: pers@minkgg.nl, 070 379 8000 (24/7). Contactgegevens van journalisten niet delen buiten
Directie Communicatie. Journalist Lisa Rotterdam (Omroep Zeeland) belt meestal via de algemene lijn. Reuters en NOS hebben
een vaste contactpersoon bij Daan Hovestadt.</p></body></html>"""
    html_pdf(path, html)


# ------------------------------------------------------------------------------------------------ am09
@doc("am09_kamervragen_kroger.pdf", "LibreOffice (Word)",
     redact=[("PERSON", "Jasper Wolters"), ("PERSON", "Nadia Ouali-Brinkman"), ("PERSON", "Erik-Jan Dijkhuizen"),
             ("PERSON", "Ymkje Hoekstra-de Boer", "Ymkje Hoekstra-de Boer", "Hoekstra-de Boer"), ("PARAPH", "JWo", "JWo"),
             ("PARAPH", "NOB", "NOB"), ("PARAPH", "EJD", "EJD"), ("PARAPH", "YHdB", "YHdB"), ("EMAIL", "jasper.wolters@minkgg.nl"),
             ("PHONE", "06-5021 3349")],
     keep={"OFFICE": ["Kröger", "Teunissen", "minister Hermans", "Sophie Hermans"],
           "ORG": ["GroenLinks-PvdA", "PvdD", "Tweede Kamer", "Ministerie van Klimaat en Groene Groei", "TenneT", "ACM", "Netbeheer Nederland"],
           "TERM": ["Aanhangsel Handelingen", "netcongestie", "maatschappelijk prioriteren", "Landelijk Actieprogramma Netcongestie",
                    "2025Z06118"],
           "TITLE": ["beleidsmedewerker", "afdelingshoofd", "directeur", "plv. DG"], "PLACE": ["Noord-Holland", "Gelderland"]})
def am09(path):
    b = [("p", "**Kenmerk** DGKE-E / 25118230   **Datum** 2 april 2025"),
         ("h1", "Antwoorden op Kamervragen van het lid Kröger (GroenLinks-PvdA) over wachtrijen voor aansluiting op het stroomnet"),
         ("p", "Vragen van het lid Kröger (GroenLinks-PvdA) en het lid Teunissen (PvdD) aan de minister van Klimaat en Groene "
               "Groei over wachtrijen bij netbeheerders (ingezonden 12 maart 2025, 2025Z06118)."),
         ("p", "**Vraag 1** Bent u bekend met het bericht dat in Noord-Holland en Gelderland meer dan 11.000 bedrijven op een "
               "aansluiting wachten?"),
         ("p", "**Antwoord 1** Ja."),
         ("p", "**Vraag 2** Welke rol heeft maatschappelijk prioriteren in de wachtrij?"),
         ("p", "**Antwoord 2** De ACM heeft het prioriteringskader in 2024 vastgesteld. Netbeheerders mogen sindsdien "
               "maatschappelijke projecten voorrang geven. Dit is onderdeel van het Landelijk Actieprogramma Netcongestie, "
               "waarin TenneT, Netbeheer Nederland en het Ministerie van Klimaat en Groene Groei samenwerken."),
         ("p", "**Vraag 3** Kunt u deze vragen beantwoorden voor het commissiedebat?"),
         ("p", "**Antwoord 3** Ja. De minister van Klimaat en Groene Groei, Sophie Hermans"),
         ("small", "Publicatie: Aanhangsel Handelingen, vergaderjaar 2024-2025."),
         ("pb",),
         ("h2", "Paraafblad (intern, niet meezenden)"),
         ("table", [["Rol", "Naam", "Paraaf", "Datum"],
                    ["beleidsmedewerker (opsteller)", "Jasper Wolters", "JWo", "24-03"],
                    ["afdelingshoofd", "Nadia Ouali-Brinkman", "NOB", "26-03"],
                    ["directeur", "Erik-Jan Dijkhuizen", "EJD", "27-03"],
                    ["plv. DG", "Ymkje Hoekstra-de Boer", "YHdB", "28-03"],
                    ["minister Hermans", "", "akkoord", "01-04"]], [5, 6, 3, 3]),
         ("p", "Opsteller: Jasper Wolters, jasper.wolters@minkgg.nl, 06-5021 3349. Termijn Tweede Kamer: 2 april."),
         ("p", "Opmerking NOB: antwoord 2 afgestemd met de ACM. Opmerking EJD: akkoord, let op consistentie met antwoorden aan het lid Teunissen.")]
    docx_pdf(path, b, header="Beantwoording Kamervragen – 2025Z06118", footer="Ministerie van Klimaat en Groene Groei",
             author="Jasper Wolters", title="Antwoorden Kamervragen Kröger")


# ------------------------------------------------------------------------------------------------ am10
@doc("am10_kamervragen_kops_erkens.pdf", "reportlab",
     redact=[("PERSON", "Lodewijk Brenninkmeijer-Oei"), ("PERSON", "Hatice Kaya"), ("PERSON", "Bram Delft", "Bram Delft", "~Delft", "Bram"), ("PERSON", "Floor Aarts-Bakırcı"),
             ("PERSON", "Saskia Wintermans"), ("PARAPH", "LBO", "LBO"), ("PARAPH", "HKa", "HKa"), ("PARAPH", "BD", "BD"),
             ("EMAIL", "hatice.kaya@minkgg.nl"), ("PHONE", "070 379 6142"), ("PERSON", "Pim Verhagen")],
     keep={"OFFICE": ["Kops", "Erkens", "Vermeer", "minister Hermans", "Alexander Kops", "Silvio Erkens"],
           "ORG": ["PVV", "VVD", "BBB", "Tweede Kamer", "TNO", "TU Delft", "EBN", "Gasunie"],
           "PLACE": ["Delft", "Groningen", "Zeeland", "Borssele"],
           "TERM": ["kerncentrales", "Small Modular Reactors", "SMR", "Nationaal Programma Kernenergie", "2025Z07744", "2025Z07801"],
           "PHONE": ["070 379 8000"]})
def am10(path):
    def onpage(c, d):
        c.saveState()
        c.setFont("DV", 7.5)
        c.drawString(25 * mm, 285 * mm, "Ministerie van Klimaat en Groene Groei  |  Postbus 20401, 2500 EK Den Haag  |  070 379 8000")
        c.translate(200 * mm, 40 * mm); c.rotate(90)
        c.setFont("DV", 7); c.setFillColor(colors.HexColor("#8a1c1c"))
        c.drawString(0, 0, "Paraafroute: LBO 3/4 — HKa 4/4 — BD 7/4 (Bram Delft) — retour Saskia Wintermans")
        c.restoreState()
    b = [("h1", "Antwoorden op vragen van de leden Kops (PVV) en Erkens (VVD) over kerncentrales"),
         ("p", "Kenmerk DGKE-K / 25127790. Vragen van de leden Alexander Kops (PVV) en Silvio Erkens (VVD) over de bouw van "
               "nieuwe kerncentrales (2025Z07744) en aanvullende vragen van het lid Vermeer (BBB) (2025Z07801)."),
         ("p", "<b>Vraag 1</b> Hoe staat het met de locatiekeuze voor twee nieuwe kerncentrales?"),
         ("p", "<b>Antwoord 1</b> Borssele is voorkeurslocatie. Zeeland en het Rijk werken samen in het Nationaal Programma "
               "Kernenergie. Het lid Kops vroeg ook naar Groningen; die locatie valt af."),
         ("p", "<b>Vraag 2</b> Wat is de rol van Small Modular Reactors (SMR)?"),
         ("p", "<b>Antwoord 2</b> TNO, TU Delft en EBN onderzoeken de inpassing van SMR's. Het lid Erkens verwees naar een "
               "studie uit Delft; die studie is door TNO uitgevoerd. Gasunie is niet betrokken."),
         ("p", "<b>Vraag 3</b> Kunt u deze vragen beantwoorden voor het commissiedebat?"),
         ("p", "<b>Antwoord 3</b> Ja, minister Hermans heeft de antwoorden op 8 april verzonden."),
         ("sp", 8),
         ("table", [["Opsteller", "Controle", "Vrijgave"],
                    ["Hatice Kaya (HKa)<br/>hatice.kaya@minkgg.nl<br/>070 379 6142", "Lodewijk Brenninkmeijer-Oei (LBO)",
                     "Pim Verhagen, namens minister Hermans"]], [50, 55, 55])]
    rl_pdf(path, b, onpage=onpage, margins=(25, 25, 22, 22), author="Hatice Kaya", title="Antwoorden Kops Erkens")
    add_hidden(path, notes=[(0, 160 * mm / 1, 250 * mm / 1, "Saskia Wintermans",
                             "Antwoord 2 nog even langs Bram; TNO-studie is van Floor Aarts-Bakırcı, niet van TU Delft")])


# ------------------------------------------------------------------------------------------------ am11
@doc("am11_rondetafel_invitees.pdf", "Chromium (HTML print)",
     redact=[("PERSON", "prof. dr. Machteld Zijlstra", "Machteld Zijlstra", "Zijlstra"), ("PERSON", "dr. Ahmed Boukhari", "Ahmed Boukhari", "Boukhari"),
             ("PERSON", "Ir. Wouter ten Brinke", "Wouter ten Brinke", "ten Brinke"), ("PERSON", "Ingeborg Nauta"), ("PERSON", "Koen Vandewalle"),
             ("PERSON", "Agnieszka Dąbrowska"), ("PERSON", "Joost Zandvliet"), ("PERSON", "Marit Sneek", "Marit Sneek", "~Sneek"),
             ("PERSON", "Remco de Bruijn-Tjon A Fong", "Remco de Bruijn-Tjon A Fong", "de Bruijn-Tjon A Fong"),
             ("EMAIL", "m.zijlstra@rug.nl"), ("EMAIL", "a.boukhari@tudelft.nl"), ("PHONE", "06-1784 3320"),
             ("PERSON", "Noor Hamersma"), ("EMAIL", "noor.hamersma@tweedekamer.nl"), ("PERSON", "Gerben Tjalsma")],
     keep={"ORG": ["Tweede Kamer", "vaste commissie voor Klimaat en Groene Groei", "Rijksuniversiteit Groningen", "TU Delft",
                   "Netbeheer Nederland", "Energie-Nederland", "Alliander", "Elia", "Urgenda", "Consumentenbond", "Planbureau voor de Leefomgeving",
                   "Fluvius"],
           "OFFICE": ["Bontenbal", "Kröger", "Grinwis", "Thijssen", "Joris Thijssen"],
           "PLACE": ["Sneek", "Friesland", "Groningen", "Brussel"],
           "TERM": ["rondetafelgesprek", "energiearmoede", "warmtenetten", "Blok 1", "Blok 2", "Blok 3"],
           "MAILBOX": ["cie.kgg@tweedekamer.nl"]})
def am11(path):
    blocks = [("Blok 1 — Netcongestie (10.00–11.00)", [
                  ("prof. dr. Machteld Zijlstra", "Rijksuniversiteit Groningen", "m.zijlstra@rug.nl", "bevestigd"),
                  ("dr. Ahmed Boukhari", "TU Delft", "a.boukhari@tudelft.nl", "bevestigd"),
                  ("Ir. Wouter ten Brinke", "Alliander", "via secretariaat", "bevestigd"),
                  ("Koen Vandewalle", "Fluvius (België)", "–", "onder voorbehoud")]),
              ("Blok 2 — Energiearmoede (11.15–12.15)", [
                  ("Ingeborg Nauta", "Consumentenbond", "–", "bevestigd"),
                  ("Joost Zandvliet", "Energie-Nederland", "06-1784 3320", "bevestigd"),
                  ("Marit Sneek", "Urgenda (afdeling Friesland)", "–", "bevestigd")]),
              ("Blok 3 — Warmtenetten en Europa (13.00–14.00)", [
                  ("Agnieszka Dąbrowska", "Elia (Brussel)", "–", "bevestigd"),
                  ("Remco de Bruijn-Tjon A Fong", "Netbeheer Nederland", "–", "bevestigd"),
                  ("Gerben Tjalsma", "Planbureau voor de Leefomgeving", "–", "afgemeld")])]
    body = ""
    for title, rows in blocks:
        body += f"<h3>{title}</h3><table><tr><th>Genodigde</th><th>Organisatie</th><th>Contact</th><th>Status</th></tr>"
        body += "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in rows) + "</table>"
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 20mm 18mm; }} body {{ font-family: 'DejaVu Serif'; font-size: 10pt; }}
table {{ border-collapse: collapse; width: 100%; margin-bottom: 8px; }} th, td {{ border: 1px solid #888; padding: 4px; text-align: left; }}
th {{ background: #eee; }} .side {{ float: right; width: 38%; border-left: 3px solid #6a1b4d; padding-left: 8px; font-size: 8.5pt; margin-left: 10px; }}
</style></head><body>
<div class="side"><b>Griffie</b><br>Contact commissie: cie.kgg@tweedekamer.nl<br>Inhoudelijk medewerker: Noor Hamersma<br>
noor.hamersma@tweedekamer.nl<br><br>Initiatief: de leden Bontenbal (CDA), Kröger (GroenLinks-PvdA), Grinwis (ChristenUnie)
en Joris Thijssen (GroenLinks-PvdA).</div>
<h1 style="font-size:15pt">Rondetafelgesprek 'Het net vol, en nu?'</h1>
<p>Tweede Kamer, vaste commissie voor Klimaat en Groene Groei, woensdag 21 mei 2025, Thorbeckezaal.</p>
<p>Lijst van genodigden (concept). De leden Bontenbal en Thijssen hebben de blokindeling voorgesteld. Namen van genodigden
worden pas na bevestiging gepubliceerd.</p>
{body}
<p>De gesprekspartners uit Brussel en Groningen reizen op kosten van de Kamer. Marit Sneek neemt de trein vanuit Sneek.
Het lid Kröger zit blok 2 voor; het lid Grinwis blok 3.</p>
</body></html>"""
    html_pdf(path, html)


# ------------------------------------------------------------------------------------------------ am12
@doc("am12_werkbezoek_programma.pdf", "LibreOffice (Word)",
     redact=[("PERSON", "Gert-Jan en Wilma Akkerman-Veenstra", "Akkerman-Veenstra", "Gert-Jan", "Wilma"),
             ("ADDRESS", "Heidelaan 31", "Heidelaan 31"), ("ADDRESS", "7711 HK Nieuwleusen", "7711 HK"),
             ("PERSON", "Mustafa Erdoğan-Kuipers", "Mustafa Erdoğan-Kuipers", "Erdoğan-Kuipers"), ("PHONE", "06-4478 1203"),
             ("PERSON", "Rianne Slot", "Rianne Slot", "~Slot"), ("PERSON", "Derk Jan Mulder", "Derk Jan Mulder", "Mulder"),
             ("PHONE", "06-2911 5074"), ("PERSON", "Tessa Heerink"), ("PERSON", "Lars Beumer"),
             ("EMAIL", "info.erdogan@warmteinstall-ommen.nl", "info.erdogan@warmteinstall-ommen.nl")],
     keep={"OFFICE": ["minister Hermans", "burgemeester Hanneke Gortemaker", "gedeputeerde Harmen Kolkman", "Hanneke Gortemaker"],
           "ORG": ["Gemeente Dalfsen", "Provincie Overijssel", "Enexis", "Erdoğan Warmte & Installatie", "Rijksdienst voor Ondernemend Nederland", "RVO"],
           "PLACE": ["Nieuwleusen", "Dalfsen", "Ommen", "Zwolle", "Overijssel"],
           "TERM": ["warmtepomp", "ISDE-subsidie", "Slot", "netcongestie", "buurtbatterij"], "TITLE": ["chauffeur", "persvoorlichter"]})
def am12(path):
    b = [("h1", "Programma werkbezoek minister Hermans aan Overijssel"),
         ("p", "**Datum:** vrijdag 6 juni 2025 | **Thema:** verduurzaming van woningen en netcongestie | **Contact ter plaatse:** "
               "Rianne Slot (bestuursadviseur Gemeente Dalfsen), 06-2911 5074"),
         ("table", [["Tijd", "Onderdeel", "Locatie / gastheer"],
                    ["09:45", "Aankomst, ontvangst door burgemeester Hanneke Gortemaker en gedeputeerde Harmen Kolkman", "Gemeentehuis Dalfsen"],
                    ["10:15", "Bezoek aan woning met hybride warmtepomp (ISDE-subsidie)", "Familie Gert-Jan en Wilma Akkerman-Veenstra, Heidelaan 31, 7711 HK Nieuwleusen"],
                    ["11:15", "Gesprek met installateur over netcongestie en personeelstekort",
                     "Erdoğan Warmte & Installatie, Ommen — eigenaar Mustafa Erdoğan-Kuipers (06-4478 1203)"],
                    ["12:30", "Buurtbatterij en lokale energiecoöperatie", "Enexis, wijkcentrum Nieuwleusen — Derk Jan Mulder (voorzitter coöperatie)"],
                    ["13:30", "Persmoment en vertrek naar Zwolle", "Zwolle"]], [2, 7.5, 7.5]),
         ("h2", "Praktisch"),
         ("p", "Chauffeur: Lars Beumer. Persvoorlichter: Tessa Heerink. De familie Akkerman-Veenstra heeft gevraagd hun adres niet "
               "te noemen in persberichten; Gert-Jan is zelf aanwezig, Wilma mogelijk niet. RVO levert cijfers over de ISDE-subsidie. "
               "De Rijksdienst voor Ondernemend Nederland stuurt een medewerker mee."),
         ("p", "Mulder heeft de coöperatie in Dalfsen opgericht. De heer Erdoğan-Kuipers is bereikbaar via info.erdogan@warmteinstall-ommen.nl."),
         ("p", "Slot van het programma: persmoment in Zwolle. Provincie Overijssel stelt de zaal beschikbaar.")]
    docx_pdf(path, b, header="Werkbezoek Overijssel – versie 3 – Rianne Slot", footer="Niet openbaar tot na het bezoek",
             author="Tessa Heerink", title="Programma werkbezoek Overijssel")


# ------------------------------------------------------------------------------------------------ am13
@doc("am13_speech_draft.pdf", "LibreOffice (Word, comments as annotations)",
     redact=[("PERSON", "Ruben Oostindiër", "Ruben Oostindiër", "Oostindiër", "RO"), ("PERSON", "Famke Dijkstra"),
             ("PERSON", "Marieke Tjon-Sie-Fat", "Marieke Tjon-Sie-Fat", "Tjon-Sie-Fat", "Marieke"), ("PERSON", "Hidde van Heemstra", "Hidde van Heemstra", "van Heemstra"),
             ("PERSON", "Sietske Bouma"), ("PERSON", "Olaf Jørgensen-Kamp", "Olaf Jørgensen-Kamp"),
             ("PHONE", "06-1290 4467")],
     keep={"OFFICE": ["Dan Jørgensen", "Wopke Hoekstra", "Lars Aagaard", "Katherina Reiche", "Paulina Hennig-Kloska",
                      "Darragh O'Brien", "Sophie Hermans"],
           "ORG": ["North Seas Energy Cooperation", "Europese Commissie", "Energinet", "TenneT", "Rabobank"],
           "PLACE": ["Rotterdam", "Esbjerg", "Gdańsk", "Dublin", "Noordzee"],
           "TERM": ["Ladies and gentlemen", "offshore wind", "energy security", "Clean Industrial Deal", "hydrogen backbone"]})
def am13(path):
    b = [("h1", "Speech minister Sophie Hermans — North Seas Energy Forum, Rotterdam, 19 June 2025"),
         ("small", "CONCEPT 3 — speechschrijver: Ruben Oostindiër (06-1290 4467) — spreektijd 9 minuten — taal: Engels"),
         ("p", "Ladies and gentlemen, dear colleagues,"),
         ("p", "It is an honour to welcome you to Rotterdam. Commissioner Dan Jørgensen, Commissioner Wopke Hoekstra, minister "
               "Lars Aagaard, minister Katherina Reiche, minister Paulina Hennig-Kloska, minister Darragh O'Brien — thank you for "
               "coming."),
         ("p", "Ten years ago, the North Seas Energy Cooperation was a promise. Today, it is a power plant. From Esbjerg to Gdańsk "
               "and from Dublin to Rotterdam, offshore wind is the backbone of our energy security."),
         ("p", "But let me be honest. Our grids are full. TenneT and Energinet invest more than ever, and still companies wait. "
               "That is why the Clean Industrial Deal of the European Commission matters: it must speed up permits and finance."),
         ("p", "I met a fisherman in Scheveningen last month. He told me: 'The Noordzee was always our field. Now it is also our "
               "power station.' He is right, and we owe him a fair deal."),
         ("p", "Let us build the hydrogen backbone together, and let us make sure that Rabobank and the other banks can finance "
               "it. Thank you."),
         ("sp_dummy", "")]
    b = [x for x in b if x[0] != "sp_dummy"]
    cm = [("Ten years ago, the North Seas Energy Cooperation was a promise.", "Ruben Oostindiër", "RO",
           "Check bij Famke Dijkstra (DIE) of het echt tien jaar is; volgens Hidde van Heemstra was de start in 2016."),
          ("I met a fisherman in Scheveningen last month.", "Ruben Oostindiër", "RO",
           "Anekdote komt van Sietske Bouma (regio); visser heet Olaf Jørgensen-Kamp, naam NIET noemen."),
          ("Rabobank", "Marieke Tjon-Sie-Fat", "MTSF", "Rabobank noemen is gevoelig (lobbygesprek loopt). Schrappen? — Marieke")]
    docx_pdf(path, b, header="Concept speech – niet citeren", footer="Directie Communicatie – speechschrijvers",
             author="Ruben Oostindiër", title="Speech NSEC Forum", comments=cm)


# ------------------------------------------------------------------------------------------------ am14
@doc("am14_flemish_letter.pdf", "reportlab",
     redact=[("PERSON", "Jens Vandenbroucke"), ("PERSON", "Lotte De Smet"), ("EMAIL", "jens.vandenbroucke@vlaanderen.be"),
             ("EMAIL", "lotte.desmet@vlaanderen.be"), ("PHONE", "+32 2 553 46 12"), ("PHONE", "+32 472 18 93 05"),
             ("PERSON", "Wannes Van Acker"), ("PERSON", "Griet Verhaegen-Claes"), ("PARAPH", "JV/LDS", "JV/LDS"),
             ("PERSON", "Bart Hoogerheide")],
     keep={"OFFICE": ["Melissa Depraetere", "minister Hermans", "Sophie Hermans", "Vlaams minister van Wonen, Energie en Klimaat"],
           "ORG": ["Vlaamse Regering", "Vlaams Energie- en Klimaatagentschap", "VEKA", "Elia", "Fluvius", "Benelux Unie", "Pentalateraal Energieforum"],
           "PLACE": ["Brussel", "Antwerpen", "Zeeland", "Vlaanderen", "Koning Albert II-laan 20", "1000 Brussel"],
           "TERM": ["grensoverschrijdende warmtenetten", "waterstofleiding", "Memorandum of Understanding", "Delta Rhine Corridor"],
           "MAILBOX": ["info@veka.be"], "PHONE": ["+32 2 553 46 00"]})
def am14(path):
    def first(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#ffe615")); c.rect(0, 272 * mm, 210 * mm, 25 * mm, fill=1, stroke=0)
        c.setFillColor(colors.black); c.setFont("DV-B", 12); c.drawString(22 * mm, 282 * mm, "Vlaamse Regering")
        c.setFont("DV", 8.5); c.drawString(22 * mm, 276 * mm, "Melissa Depraetere — Vlaams minister van Wonen, Energie en Klimaat")
        c.setFont("DV", 7.5)
        t = c.beginText(140 * mm, 262 * mm)
        for ln in ["Koning Albert II-laan 20", "1000 Brussel", "T +32 2 553 46 00", "info@veka.be", "", "contactpersoon:",
                   "Lotte De Smet", "lotte.desmet@vlaanderen.be", "+32 472 18 93 05", "", "ons kenmerk: VEKA/2025/118", "uw kenmerk: –"]:
            t.textLine(ln)
        c.drawText(t)
        c.drawString(22 * mm, 12 * mm, "Vlaams Energie- en Klimaatagentschap (VEKA) — www.vlaanderen.be/veka")
        c.restoreState()
    b = [("sp", 38),
         ("p", "Mevrouw Sophie Hermans<br/>Minister van Klimaat en Groene Groei<br/>Postbus 20401<br/>2500 EK Den Haag<br/>Nederland"),
         ("sp", 8), ("p", "Brussel, 28 mei 2025"),
         ("p", "<b>Betreft: grensoverschrijdende warmtenetten en waterstofleiding Antwerpen–Zeeland</b>"),
         ("p", "Geachte collega, beste Sophie,"),
         ("p", "Graag kom ik terug op ons gesprek in de marge van het Pentalateraal Energieforum. Vlaanderen wil samen met "
               "Nederland werk maken van grensoverschrijdende warmtenetten en van de waterstofleiding tussen Antwerpen en Zeeland, "
               "als onderdeel van de Delta Rhine Corridor. Elia en Fluvius zijn bereid een gezamenlijke studie te financieren."),
         ("p", "Ik stel voor dat onze diensten een Memorandum of Understanding voorbereiden dat wij in het najaar in Brussel "
               "kunnen ondertekenen, eventueel in het kader van de Benelux Unie. Voor het VEKA volgt mijn adviseur Jens "
               "Vandenbroucke (jens.vandenbroucke@vlaanderen.be, +32 2 553 46 12) het dossier; dossierbeheerder Lotte De Smet is "
               "het aanspreekpunt voor uw ministerie."),
         ("p", "Met vriendelijke groeten,"),
         ("sp", 10),
         ("p", "Melissa Depraetere<br/>Vlaams minister van Wonen, Energie en Klimaat"),
         ("sp", 6),
         ("small", "Kopie: Wannes Van Acker (kabinet), Griet Verhaegen-Claes (VEKA, juridische dienst). Voor Nederland in kopie: "
                   "Bart Hoogerheide (ambassade Brussel). Ref. JV/LDS.")]
    rl_pdf(path, b, first_onpage=first, onpage=first, margins=(22, 20, 22, 22), title="Brief Depraetere aan Hermans",
           author="Jens Vandenbroucke")


# ------------------------------------------------------------------------------------------------ am15
@doc("am15_newsletter_international.pdf", "reportlab (two columns)",
     redact=[("PERSON", "Annelot Veldhuizen"), ("PERSON", "Dirk-Jan Scheepstra"), ("PERSON", "Yasmina Bennani"),
             ("PERSON", "Pieter Zwolsman", "Pieter Zwolsman", "Zwolsman", "Pieter"), ("PERSON", "Clara Mäkinen"), ("PERSON", "Seán MacGiolla", "Seán MacGiolla", "MacGiolla"),
             ("PERSON", "Rosa Lelystad", "Rosa Lelystad", "~Lelystad"), ("PERSON", "Tamás Horváth-Kiss"), ("PERSON", "Eleni Stavropoulou"),
             ("EMAIL", "annelot.veldhuizen@minkgg.nl"), ("PERSON", "Wessel Boomsma"), ("PERSON", "Inge Hazelhoff"),
             ("PERSON", "Małgorzata Szczepańska"), ("PERSON", "Joris Brouwer-Sitompul"), ("PERSON", "Marjan Oudejans"),
             ("PERSON", "Erwin Kroes"), ("PERSON", "Lisanne Bakker-Rijpstra"), ("PERSON", "Tomasz Grabowski"),
             ("PERSON", "Henny Valkenburg", "Henny Valkenburg", "~Valkenburg", "Henny"), ("PERSON", "Jaap Koerselman")],
     keep={"OFFICE": ["minister Hermans", "Wopke Hoekstra", "Teresa Ribera", "Darragh O'Brien", "Jessika Roswall"],
           "ORG": ["Directie Internationaal", "Europese Commissie", "IEA", "IRENA", "UNFCCC", "Permanente Vertegenwoordiging",
                   "Benelux Unie", "Raad Milieu", "Nordic Council"],
           "PLACE": ["Belém", "Parijs", "Abu Dhabi", "Lelystad", "Brussel", "Polen", "Dublin", "Helsinki", "Boedapest", "Athene"],
           "TERM": ["COP30", "NDC", "klimaatdoel 2040", "Global Stocktake", "twinningproject", "detachering", "netcodes"],
           "ORG2": ["Universiteit Leiden", "BZ"],
           "MAILBOX": ["nieuwsbrief-int@minkgg.nl"]})
def am15(path):
    def first(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#154273")); c.rect(0, 262 * mm, 210 * mm, 35 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white); c.setFont("DV-B", 20); c.drawString(18 * mm, 280 * mm, "KGG Internationaal")
        c.setFont("DV", 9); c.drawString(18 * mm, 271 * mm, "Nieuwsbrief van de Directie Internationaal — nr. 6, juni 2025")
        c.restoreState(); foot(c, d)
    def foot(c, d):
        c.saveState(); c.setFont("DV", 7)
        c.drawString(18 * mm, 10 * mm, "Redactie: Annelot Veldhuizen | nieuwsbrief-int@minkgg.nl | pagina %d" % d.page)
        c.restoreState()
    b = [("h2", "Op weg naar COP30 in Belém"),
         ("p", "De voorbereiding van COP30 is begonnen. Het kabinet zet in op een ambitieuze NDC en een klimaatdoel 2040 van "
               "90 procent. Eurocommissaris Wopke Hoekstra voert de onderhandelingen namens de EU; in de Raad Milieu van juni "
               "is het mandaat besproken. Dirk-Jan Scheepstra leidt het Nederlandse team in Belém, met Yasmina Bennani als "
               "onderhandelaar voor de Global Stocktake."),
         ("h2", "Nieuw bij de PV in Brussel"),
         ("p", "Sinds 1 mei werkt Pieter Zwolsman als energieattaché bij de Permanente Vertegenwoordiging. Hij volgt Wessel "
               "Boomsma op, die naar het IEA in Parijs gaat. Welkom Pieter!"),
         ("h2", "Twinning met Finland en Ierland"),
         ("p", "In een twinningproject met Finland en Ierland wisselen we kennis uit over warmtenetten. Clara Mäkinen (Helsinki) en "
               "Seán MacGiolla (Dublin) waren in mei twee weken te gast. Minister Darragh O'Brien stuurde een bedankbrief aan "
               "minister Hermans. Ook de Nordic Council toonde belangstelling."),
         ("h2", "Detachering bij IRENA"),
         ("p", "Rosa Lelystad vertrekt in september voor een detachering bij IRENA in Abu Dhabi. Zij woont nu nog in Lelystad "
               "en zoekt een huurder voor haar woning (reacties via de redactie)."),
         ("h2", "Bezoek uit Boedapest en Athene"),
         ("p", "Een delegatie uit Boedapest onder leiding van Tamás Horváth-Kiss sprak over kernenergie; Eleni Stavropoulou "
               "uit Athene over eilandnetten. Executive Vice-President Teresa Ribera noemde de samenwerking in haar toespraak in "
               "Brussel een voorbeeld. Eurocommissaris Jessika Roswall bezocht de Benelux Unie."),
         ("h2", "UNFCCC-training"),
         ("p", "Voor collega's die naar Belém gaan organiseert Inge Hazelhoff een UNFCCC-training in juli. Aanmelden via "
               "annelot.veldhuizen@minkgg.nl."),
         ("h2", "Column: de stekker van Europa"),
         ("p", "Wie denkt dat Brussel ver weg is, moet eens een werkgroep energie bijwonen. Elke komma in de netcodes is daar "
               "een onderhandeling. Vorige week zat ik naast de Poolse delegatie; Małgorzata Szczepańska vertelde hoe Polen de "
               "kolencentrales afbouwt en tegelijk de netten verzwaart. Wat mij opviel: iedereen heeft hetzelfde probleem, maar "
               "niemand dezelfde oplossing. De Commissie wil sturen, de lidstaten willen ruimte. Daartussen zitten wij, met "
               "een instructie van twee kantjes en een telefoon die blijft trillen. <i>— Joris Brouwer-Sitompul, PV Brussel</i>"),
         ("h2", "Personalia"),
         ("p", "Vertrokken: Marjan Oudejans (naar BZ), Erwin Kroes (pensioen). Nieuw: Lisanne Bakker-Rijpstra (Energiemarkt), "
               "Tomasz Grabowski (stagiair, Universiteit Leiden). Jubileum: 25 jaar in dienst Henny Valkenburg, die de "
               "internationale reizen van de minister regelt. Proficiat, Henny!"),
         ("p", "<i>Foto vorige editie: Jaap Koerselman. Bijdragen voor nr. 7 vóór 15 augustus.</i>"),
         ("h2", "Agenda"),
         ("p", "23 juni Raad Milieu (Luxemburg) — 30 juni Benelux-energieoverleg — 10 november start COP30 in Belém.")]
    rl_pdf(path, b, columns=2, first_onpage=first, onpage=foot, margins=(18, 40, 18, 18), size=10)
