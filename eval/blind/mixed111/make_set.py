"""Rebuild set HC (eval/blind/mixed111): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py          # all documents
    /work/main/.venv/bin/python make_set.py hc03 hc17 # only these

Theme: a Woo request about the Havenbedrijf Rotterdam's harbour master (and the Port of Amsterdam),
the contact of MV Maria Johanna with an inland tanker in the Calandkanaal on 14 March 2025 and the berth
permit dispute with Noordvliet Shipping B.V. that followed. All persons are invented.

Gold: the registry (registry.py) lists every invented person with the strings that identify them;
a registry probe enters a document's gold when it occurs in the document (PDFium text, or OCR for the
image-only scans). Each document can add its own redact items (initials, paraphs, health data) and its
hidden-channel items (metadata, XMP, outline, annotation, form field), which must occur there and only
there. Keep probes are counted on the original's PDFium text with the evaluator's own functions.
"""
from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")

from evaluate import (channel_counts, count_in, extract_channels, ocr_count, ocr_text,  # noqa: E402
                      probe_regex, text_pdfium)
from lib import add_hidden, docx_pdf, flow_pdf, scan_pdf  # noqa: E402
from registry import (AS_IMO, HOLLE_IBAN, KEEP, MJ_IMO, NOORD_IBAN, NT_IMO, PERSONS)  # noqa: E402

DOCS_DIR = HERE / "docs"
GOLD_DIR = HERE / "gold"
DOCS = {}

HBR = "Havenbedrijf Rotterdam N.V. | Divisie Havenmeester | Wilhelminakade 909 | 3072 AP Rotterdam"
MOTIV = []  # the originals carry no motivation section; the tool must add it


def doc(fn):
    DOCS[fn.__name__] = fn
    return fn


# =====================================================================================================
@doc
def hc01():
    """Incident report of the HCC, two pages, reportlab Helvetica."""
    crew = [["Naam", "Rang", "Nationaliteit", "Geb.datum", "Zeemansboek / SIRB"],
            ["Konstantinos Papadakis", "Master", "Griekenland", "12-04-1971", "n.v.t."],
            ["Oleksandr Hrytsenko", "Chief Officer", "Oekraïne", "03-09-1982", "AB 331908"],
            ["Rajesh Venkataraman", "2nd Officer", "India", "21-11-1988", "MUM 204418"],
            ["Reynaldo Dimaculangan", "AB", "Filipijnen", "30-01-1990", "C0884172"],
            ["Jericho Panganiban", "AB", "Filipijnen", "18-08-1993", "C1120937"],
            ["Efren Macaraeg", "Bosun", "Filipijnen", "09-12-1979", "C0561840"]]
    blocks = [
        ("title", "Incidentrapport Havencoördinatiecentrum"),
        ("tbl", [["Kenmerk", "HbR-HM-2025-0412"], ["Datum incident", "14 maart 2025, 03:42 uur (LT)"],
                 ["Locatie", "Calandkanaal, ter hoogte van ligplaats CK-14 (Europoort)"],
                 ["Betrokken schepen", f"MV Maria Johanna ({MJ_IMO}, roepnaam 9HA4471, vlag Malta) en "
                                       "tankschip Anna Elisabeth (ENI 02334517)"],
                 ["Opgesteld door", "Ruud Verschoor, dienstdoend officier HCC"],
                 ["Gemeld aan", "VTS, Kustwacht, DCMR, Rijkswaterstaat, Zeehavenpolitie"]], [45, 120], False),
        ("h", "1. Samenvatting"),
        ("p", "Op 14 maart 2025 om 03:42 uur raakte het vrachtschip MV Maria Johanna tijdens het draaien in het "
              "Calandkanaal met assistentie van de sleepboten Waalstroom en Botlek Bull het afgemeerde tankschip "
              "Anna Elisabeth. Aan boord van de Maria Johanna was registerloods Maarten Boersema; de roeiers van "
              "de KRVE waren Kees Mulderij en Ronald Baaijens. Bij het incident brak een voorspring en raakte "
              "matroos Reynaldo Dimaculangan gewond (gebroken pols). Uit een beschadigde brandstoftank van de "
              "Anna Elisabeth kwam naar schatting 400 liter gasolie in het water."),
        ("h", "2. Tijdlijn"),
        ("tbl", [["Tijd", "Gebeurtenis", "Door"],
                 ["03:18", "Maria Johanna passeert Maasmond, loods aan boord", "VTS (Ruijgrok)"],
                 ["03:36", "Begin draaimanoeuvre Calandkanaal, sleepboten vast", "loods Boersema"],
                 ["03:42", "Contact met Anna Elisabeth, voorspring breekt", "kapitein Papadakis"],
                 ["03:44", "Melding aan VTS via VHF kanaal 3", "2nd Officer Venkataraman"],
                 ["03:51", "HCC alarmeert Kustwacht en DCMR (meldkamer@dcmr.nl)", "Verschoor"],
                 ["04:05", "Ambulance op kade, gewonde naar Spijkenisse MC", "Zeehavenpolitie (Bouzerda)"],
                 ["04:40", "Oliescherm geplaatst door Rijkswaterstaat", "Dijkmeijer (RWS)"],
                 ["06:10", "Schipper Gerrit-Jan Mostert bereikt, mobiel 06-14507736", "HCC (Sprenkels)"]],
         [18, 110, 42]),
        ("h", "3. Bemanning betrokken bij het afmeren"),
        ("tbl", crew, [45, 28, 30, 25, 42]),
        ("h", "4. Maatregelen"),
        ("p", "De havenmeester heeft op grond van artikel 2.1 van de Havenverordening Rotterdam 2020 de ligplaats "
              "CK-14 tijdelijk gesloten. Het schip mag pas vertrekken na inspectie door Bureau Veritas en na "
              "toestemming van de ILT (kenmerk ILT-2025-SCH-0883). De Kustwacht registreerde de melding onder "
              "KWC 2025/0317, DCMR onder DCMR 25-ME-1197."),
        ("pb",),
        ("h", "5. Verklaringen (samenvatting)"),
        ("p", "De derde stuurman, Nikolaos Theodorou, stond op de brug aan de machinetelegraaf. Hij verklaart dat de "
              "kapitein de loods om 03:20 heeft verteld dat de boegschroef maximaal 60 procent gaf. Gewone matroos "
              "Dmytro Savchenko stond op het achterschip bij de achterspring; hij heeft het contact niet gezien. "
              "De cadet, Daan Veldhuizen-Kok, heeft met zijn telefoon een video gemaakt vanaf de bak; de video is "
              "op verzoek van de Zeehavenpolitie veiliggesteld."),
        ("p", "Schipper Mostert van de Anna Elisabeth was op het moment van het incident niet aan boord. Het "
              "tankschip lag sinds 12 maart op CK-14 op grond van ligplaatsvergunning LV-2025-0091 van Noordvliet "
              "Shipping B.V."),
        ("h", "6. Afspraken"),
        ("p", "- Zeehavenpolitie (brigadier Ahmed Bouzerda) neemt verklaringen af van de kapitein en de loods.\n"
              "- ILT (inspecteur Thijs Oudekerk) inspecteert het schip op 19 maart.\n"
              "- Rijkswaterstaat en DCMR stemmen de schoonmaak af; Boskalis is ingehuurd, Smit Salvage staat stand-by.\n"
              "- De agent levert de crewlijst en een uittreksel van het scheepsjournaal."),
        ("h", "7. Verspreiding"),
        ("p", "Directie Havenbedrijf Rotterdam, Divisie Havenmeester, VTS, Loodswezen, KRVE, Kustwacht, DCMR, "
              "Rijkswaterstaat West-Nederland Zuid, ILT, Zeehavenpolitie, Veiligheidsregio Rotterdam-Rijnmond."),
        ("p", "Contact HCC: hcc@portofrotterdam.com, +31 10 252 1010 (algemeen). Behandelaar: Ruud Verschoor, "
              "r.verschoor@portofrotterdam.com, +31 6 3045 9912."),
    ]
    flow_pdf(P("hc01"), blocks, font="Helvetica", size=10, title="Incidentrapport HCC HbR-HM-2025-0412",
             author="Havenbedrijf Rotterdam", header=HBR, footer="HbR-HM-2025-0412")
    return dict(extra=[("HEALTH", "injury Dimaculangan", ["gebroken pols"])])


@doc
def hc02():
    """Crew list (FAL Form 5 style), capitals, Courier, one page landscape."""
    rows = [["No", "FAMILY NAME, GIVEN NAMES", "RANK", "NATIONALITY", "DATE OF BIRTH", "PLACE OF BIRTH",
             "ID DOCUMENT"]]
    crew = [("PAPADAKIS, KONSTANTINOS", "MASTER", "GREEK", "12.04.1971", "CHANIA", "PP AN4417236"),
            ("HRYTSENKO, OLEKSANDR", "CH/OFF", "UKRAINIAN", "03.09.1982", "ODESA", "PP FX482113"),
            ("VENKATARAMAN, RAJESH", "2/OFF", "INDIAN", "21.11.1988", "CHENNAI", "PP Z4739921"),
            ("THEODOROU, NIKOLAOS", "3/OFF", "GREEK", "07.02.1995", "PIRAEUS", "PP AE9921044"),
            ("KOVALCHUK, YURIY", "C/ENG", "UKRAINIAN", "15.06.1969", "MYKOLAIV", "PP FT207765"),
            ("MACARAEG, EFREN", "BOSUN", "FILIPINO", "09.12.1979", "PANGASINAN", "PP P5098812A"),
            ("DIMACULANGAN, REYNALDO", "AB", "FILIPINO", "30.01.1990", "BATANGAS", "PP P6612049B"),
            ("PANGANIBAN, JERICHO", "AB", "FILIPINO", "18.08.1993", "CEBU", "PP P7730218A"),
            ("SAVCHENKO, DMYTRO", "OS", "UKRAINIAN", "26.05.1998", "IZMAIL", "PP FX915530"),
            ("PILLAI, ARJUN", "COOK", "INDIAN", "14.03.1985", "KOCHI", "PP T8842196"),
            ("VELDHUIZEN-KOK, DAAN", "CADET", "DUTCH", "02.10.2004", "DORDRECHT", "PP NXR4K81P2")]
    for i, c in enumerate(crew, 1):
        rows.append([str(i), *c])
    blocks = [
        ("title", "CREW LIST (IMO FAL FORM 5)"),
        ("tbl", [["Name of ship", "MARIA JOHANNA", "IMO number", MJ_IMO.replace("IMO ", "")],
                 ["Call sign", "9HA4471", "Flag State", "MALTA (port of registry VALLETTA)"],
                 ["Port of arrival", "ROTTERDAM (NLRTM), Calandkanaal", "Date of arrival", "14-03-2025"],
                 ["Last port of call", "GDYNIA", "Agent", "Northway Shipping Agency Ltd"]], [35, 70, 30, 90], False),
        ("tbl", rows, [8, 62, 22, 28, 28, 30, 45]),
        ("p", "Date and signature by master: 14-03-2025 ..... KONSTANTINOS PAPADAKIS"),
        ("small", "Submitted via the Maritime Single Window by ops@northwayagency.co.uk. Copy: Havenbedrijf Rotterdam "
                  "(Divisie Havenmeester), Zeehavenpolitie."),
    ]
    flow_pdf(P("hc02"), blocks, font="Courier", size=9.5, land=True, title="Crew list MARIA JOHANNA",
             author="Northway Shipping Agency", footer="FAL 5")
    return {}


@doc
def hc03():
    """Pilot's report (loodsrapport), Times."""
    blocks = [
        ("title", "Loodsrapport: bijzonderheden tijdens beloodsing"),
        ("small", "Nederlands Loodswezen, regio Rotterdam-Rijnmond | Rapport nr. LR-25-03-0871"),
        ("tbl", [["Schip", f"Maria Johanna, {MJ_IMO}, 9HA4471"], ["Reis", "Maasmond - Calandkanaal ligplaats CK-14"],
                 ["Loods", "M. (Maarten) Boersema, registerloods"], ["Tweede loods (in opleiding)", "E. ten Hove"],
                 ["Sleepboten", "Waalstroom (kapitein D. Stolwijk), Botlek Bull"],
                 ["Roeiers KRVE", "K. Mulderij, R. Baaijens"], ["Datum", "14 maart 2025"]], [55, 110], False),
        ("h", "Verloop"),
        ("p", "Om 03:10 aan boord gestapt bij de loodskotter. Kapitein Papadakis verklaarde dat de boegschroef "
              "beperkt beschikbaar was (ca. 60 procent vermogen); dit stond niet in de pre-arrival melding aan "
              "VTS. Met de kapitein is het draaiplan doorgenomen. De eerste stuurman (Hrytsenko) stond op de bak, "
              "de bootsman Macaraeg met AB Dimaculangan en AB Panganiban verzorgden de trossen voor."),
        ("p", "Bij het opdraaien bleef het voorschip hangen in de wind (ZW 6 Bft, vlagen 7). Ik heb de Waalstroom "
              "gevraagd vol te trekken; de trekdraad stond op dat moment te steil. De Maria Johanna raakte met "
              "de bakboordboeg het achterschip van de Anna Elisabeth. De voorspring brak bij het vastmaken door de "
              "roeiers; een bemanningslid werd door de tros geraakt."),
        ("h", "Opmerkingen loods"),
        ("p", "1. De beperking van de boegschroef had vooraf gemeld moeten worden (artikel 8.4 Havenverordening "
              "Rotterdam 2020). 2. De ligplaats CK-14 ligt krap voor schepen boven 160 meter bij harde wind. "
              "3. Collega Ten Hove heeft de VHF-communicatie met VTS bijgehouden."),
        ("p", "Bereikbaar voor nadere vragen: m.boersema@loodswezen.nl, +31 6 5118 2930."),
        ("sp", 4), ("p", "Rotterdam, 14 maart 2025"), ("sig", "M. Boersema"), ("p", "M. Boersema, registerloods"),
    ]
    flow_pdf(P("hc03"), blocks, font="Times-Roman", size=11, title="Loodsrapport LR-25-03-0871",
             author="Loodswezen", footer="Loodswezen - vertrouwelijk")
    return {}


@doc
def hc04():
    """English e-mail thread with English Outlook headers, two pages, Carlito."""
    blocks = [
        ("mono", "From: Eleni Vasilopoulou <e.vasilopoulou@aegis-sm.gr>\nSent: Saturday, 15 March 2025 18:33\n"
                 "To: hcc@portofrotterdam.com; Priya Nair-Coelho <priya.nair-coelho@northwayagency.co.uk>\n"
                 "Cc: ops@aegis-sm.gr\nSubject: RE: MV Maria Johanna - contact Calandkanaal - your ref HbR-HM-2025-0412"),
        ("p", "Dear all,"),
        ("p", "I am on board since 14:00 today as superintendent. The bow thruster spare parts arrive Monday from "
              "Piraeus; the service engineer of the maker will attend on Tuesday. Bureau Veritas surveyor Mr "
              "Wijnants has been booked for Wednesday 19 March, the same day as the ILT inspection."),
        ("p", "Chief Officer Hrytsenko and 2nd Officer Venkataraman will be available for interviews on 19 March. "
              "AB Dimaculangan has light duties only. Please use me as the single point of contact on board: "
              "WhatsApp +30 697 118 2046."),
        ("p", "Best regards,\nEleni Vasilopoulou\nMarine Superintendent | Aegis Ship Management S.A."),
        ("pb",),
        ("mono", "From: Priya Nair-Coelho <priya.nair-coelho@northwayagency.co.uk>\nSent: Friday, 14 March 2025 09:12\n"
                 "To: hcc@portofrotterdam.com\nCc: Georgios Alexandridis <g.alexandridis@aegis-sm.gr>; ops@aegis-sm.gr\n"
                 "Subject: RE: MV Maria Johanna - contact Calandkanaal - your ref HbR-HM-2025-0412"),
        ("p", "Dear Mr Verschoor,"),
        ("p", "Thank you for your call this morning. On behalf of the owners, Aegis Ship Management S.A. (Piraeus), we "
              "confirm that the master, Captain Papadakis, will remain on board and is available for interview by "
              "the ILT and the Zeehavenpolitie. AB Reynaldo Dimaculangan was discharged from hospital at 08:30 and "
              "is back on board; the P&I correspondent has been informed."),
        ("p", "Regarding the reduced bow thruster power: the chief engineer (Mr Kovalchuk) reported the fault in "
              "Gdynia and a repair was scheduled for Rotterdam. The owners regret that this was not passed on to VTS."),
        ("p", "Could you let us know when the berth CK-14 will be released? The cargo receivers are pressing."),
        ("p", "Kind regards,\nPriya Nair-Coelho\nPort Operations Manager | Northway Shipping Agency Ltd\n"
              "M +44 7700 900418 | 24/7 ops desk ops@northwayagency.co.uk"),
        ("mono", "-----Original Message-----\nFrom: Ruud Verschoor <r.verschoor@portofrotterdam.com>\n"
                 "Sent: Friday, 14 March 2025 07:55\nTo: Priya Nair-Coelho <priya.nair-coelho@northwayagency.co.uk>\n"
                 "Cc: HCC <hcc@portofrotterdam.com>; Thijs Oudekerk <thijs.oudekerk@ilent.nl>\n"
                 "Subject: MV Maria Johanna - contact Calandkanaal - your ref HbR-HM-2025-0412"),
        ("p", "Dear Ms Nair-Coelho,"),
        ("p", "As discussed by phone: the harbour master has detained MV Maria Johanna ({imo}) at berth CK-14 "
              "pending a class survey by Bureau Veritas and clearance by the Inspectie Leefomgeving en Transport "
              "(ILT). Please send us before 12:00 the crew list, the deck log extract 02:00-05:00 and the "
              "statement of the master.".format(imo=MJ_IMO)),
        ("p", "Best regards,\nRuud Verschoor\nDuty Officer, Harbour Coordination Centre\nPort of Rotterdam | "
              "Divisie Havenmeester\nT +31 10 252 1010 (general) | M +31 6 3045 9912"),
        ("mono", "-----Original Message-----\nFrom: Georgios Alexandridis <g.alexandridis@aegis-sm.gr>\n"
                 "Sent: Friday, 14 March 2025 05:20\nTo: ops@northwayagency.co.uk\nCc: Eleni Vasilopoulou "
                 "<e.vasilopoulou@aegis-sm.gr>\nSubject: URGENT Maria Johanna incident"),
        ("p", "Priya, master just called me. Contact with a barge while swinging, one AB injured, small oil spill "
              "from the barge. Please take over all contact with the port. I will inform North Sea P&I "
              "(claims@northseapi.co.uk) and Transport Malta. Eleni will fly in tomorrow as superintendent."),
        ("p", "Georgios\n--\nGeorgios Alexandridis | DPA / Fleet Manager | Aegis Ship Management S.A., Piraeus\n"
              "T +30 210 4128 900 | M +30 694 512 3387"),
    ]
    flow_pdf(P("hc04"), blocks, font="Carlito", size=11, title="RE: MV Maria Johanna - contact Calandkanaal",
             author="Havenbedrijf Rotterdam")
    return dict(extra=[("PHONE", "WhatsApp Vasilopoulou", ["+30 697 118 2046"])])


@doc
def hc05():
    """Dutch e-mail thread (Van/Verzonden/Aan/CC/Onderwerp), DejaVuSans, two pages."""
    blocks = [
        ("mono", "Van: Dijkmeijer, Femke\nVerzonden: maandag 17 maart 2025 11:20\nAan: Timmerarends, Anouk\n"
                 "CC: Lindeboom, Sanne; Verschoor, Ruud\nOnderwerp: RE: olie Calandkanaal / afronding schoonmaak"),
        ("p", "Hoi Anouk,"),
        ("p", "Ja, wij sturen de rekening (RWS-WNZ-2025/0221) rechtstreeks naar Noordvliet Shipping, met een afschrift "
              "aan de P&I-verzekeraar van de Maria Johanna. Contactpersoon bij Noordvliet is volgens de schipper "
              "mevrouw Aalbersberg, de directeur. Ik zet het ook op de agenda van het overleg met de ILT op 7 april."),
        ("p", "Wat betreft de kademuur: de inspectie door de scheepsexpert (Hollebrandse) staat voor woensdag. "
              "Hij stuurt zijn factuur naar jullie, niet naar ons."),
        ("p", "Groet, Femke"),
        ("pb",),
        ("mono", "Van: Timmerarends, Anouk\nVerzonden: maandag 17 maart 2025 10:47\n"
                 "Aan: Dijkmeijer, Femke; Lindeboom, Sanne\nCC: Verschoor, Ruud; vts@portofrotterdam.com\n"
                 "Onderwerp: RE: olie Calandkanaal / afronding schoonmaak"),
        ("p", "Hoi Femke en Sanne,"),
        ("p", "Dank voor de snelle inzet vrijdagnacht. Ik wil de afronding van de schoonmaak graag vastleggen voor "
              "het dossier HbR-HM-2025-0412. Femke, kunnen jullie de kosten van het oliescherm en de inzet van "
              "Boskalis rechtstreeks bij de eigenaar van de Anna Elisabeth (Noordvliet Shipping B.V.) in rekening "
              "brengen? Sanne, is de DCMR-melding (DCMR 25-ME-1197) inmiddels afgesloten?"),
        ("p", "Groet,\nAnouk\n\nAnouk Timmerarends | Senior adviseur nautische veiligheid\nHavenbedrijf Rotterdam | "
              "Divisie Havenmeester\nWilhelminakade 909, 3072 AP Rotterdam\nM 06-22814075 | "
              "a.timmerarends@portofrotterdam.com"),
        ("mono", "Van: Lindeboom, Sanne <s.lindeboom@dcmr.nl>\nVerzonden: maandag 17 maart 2025 09:12\n"
                 "Aan: Timmerarends, Anouk <a.timmerarends@portofrotterdam.com>\n"
                 "CC: Dijkmeijer, Femke <femke.dijkmeijer@rws.nl>; meldkamer@dcmr.nl\n"
                 "Onderwerp: RE: olie Calandkanaal"),
        ("p", "Beste Anouk,"),
        ("p", "De melding staat nog open. Wij hebben zaterdag monsters genomen bij de kade; de analyse volgt deze "
              "week. Ik heb schipper Mostert gesproken, hij stelt dat de tank al eerder lekte en dat hij dat in "
              "januari aan Noordvliet heeft gemeld. Dat is relevant voor de vergunning, lijkt me. Volgens "
              "Femke is de laag op het water zondag verdwenen."),
        ("p", "Met vriendelijke groet,\nSanne Lindeboom\nInspecteur Water en Bodem | DCMR Milieudienst Rijnmond\n"
              "T 010 246 8000 (algemeen) | M +31 6 4810 2257"),
        ("mono", "Van: Dijkmeijer, Femke <femke.dijkmeijer@rws.nl>\nVerzonden: zaterdag 15 maart 2025 16:03\n"
                 "Aan: hcc@portofrotterdam.com; Lindeboom, Sanne <s.lindeboom@dcmr.nl>\n"
                 "Onderwerp: olie Calandkanaal"),
        ("p", "Allen,"),
        ("p", "Het oliescherm bij ligplaats CK-14 is vanmiddag door Boskalis opgeruimd. Restverontreiniging is "
              "beperkt tot de kademuur; die wordt maandag gereinigd. Kosten ruim 18.000 euro, kenmerk "
              "RWS-WNZ-2025/0221. Graag aanspreekpunt bij de eigenaar doorgeven."),
        ("p", "Groet, Femke\n\nFemke Dijkmeijer | Adviseur incidentmanagement\nRijkswaterstaat West-Nederland Zuid\n"
              "M +31 6 2095 7713 | femke.dijkmeijer@rws.nl | Landelijk nummer 0800 8002"),
    ]
    flow_pdf(P("hc05"), blocks, font="DejaVuSans", size=10, title="RE: olie Calandkanaal / afronding schoonmaak",
             author="Havenbedrijf Rotterdam")
    return {}


@doc
def hc06():
    """WhatsApp export of the roeiers' group, first names alone, LiberationSans."""
    lines = [
        "[14-03-2025 03:47] Kees: Voorspring is gebroken bij de Maria Johanna, matroos geraakt",
        "[14-03-2025 03:47] Kees: Ronald bel jij de HCC? ik blijf op de kade",
        "[14-03-2025 03:48] Ronald: gedaan, ambulance komt via Europoort",
        "[14-03-2025 03:52] Dirk (Waalstroom): wij hebben losgegooid, loods vraagt of jullie de achterspring nog houden",
        "[14-03-2025 03:53] Kees: ja die staat nog. Tankschip Anna Elisabeth lekt aan achterschip",
        "[14-03-2025 03:58] Ronald: schipper van die tanker staat te schelden op de kade lol",
        "[14-03-2025 04:10] Kees: Rey (de matroos) zit in de ambulance, pols ziet er slecht uit",
        "[14-03-2025 04:21] Dirk (Waalstroom): Maarten zegt dat de boegschroef niet meer dan halve kracht had",
        "[14-03-2025 04:22] Ronald: dat heeft hij niet aan VTS gemeld denk ik",
        "[14-03-2025 05:02] Kees: <Media weggelaten>",
        "[14-03-2025 05:03] Kees: Ronald jij schrijft het rapport voor de KRVE?",
        "[14-03-2025 05:05] Ronald: ja morgen. Stuur me even je nummer van die Filipijnse gast, hij vroeg erom",
        "[14-03-2025 05:06] Kees: +63 917 824 5530",
        "[14-03-2025 07:30] Jasper VTS: jongens dank, rapport graag ook naar vts@portofrotterdam.com",
        "[14-03-2025 07:31] Ronald: top, doe ik",
    ]
    blocks = [("h", "WhatsApp-chat met Roeiers ploeg C Calandkanaal"),
              ("small", "Exportdatum 20-03-2025. Deze chat is geëxporteerd zonder media.")] + [("p", ln) for ln in lines]
    flow_pdf(P("hc06"), blocks, font="LiberationSans", size=9.5, title="WhatsApp Chat met Roeiers ploeg C",
             author="")
    return {}


@doc
def hc07():
    """Teams chat export of the HCC, Helvetica."""
    msgs = [
        ("Brouwer-Assink, Hidde", "14-3 03:45", "VTS meldt contact Calandkanaal, Maria Johanna tegen tanker"),
        ("Sprenkels, Lotte", "14-3 03:46", "ik bel Kustwacht, jij DCMR?"),
        ("Brouwer-Assink, Hidde", "14-3 03:47", "ja. @Ruud ben je wakker? je bent dienstdoend"),
        ("Verschoor, Ruud", "14-3 03:55", "onderweg. CK-14 sluiten, geen verkeer langs tot oliescherm ligt"),
        ("Sprenkels, Lotte", "14-3 04:02", "Kustwacht heeft het: KWC 2025/0317, contact Mark Zwanenburg"),
        ("Brouwer-Assink, Hidde", "14-3 04:30", "schipper Anna Elisabeth niet bereikbaar, nummer uit IVS klopt niet"),
        ("Sprenkels, Lotte", "14-3 06:10", "Mostert gevonden via Noordvliet, 06-14507736. Hij woont aan de "
                                            "Dorpsstraat 41 in Hank, komt met de auto"),
        ("Verschoor, Ruud", "14-3 06:15", "top. Lotte, zet het in het incidentrapport. Hidde, vraag de agent om de crewlijst"),
        ("Brouwer-Assink, Hidde", "14-3 06:40", "agent is Priya van Northway, ze belt om 8 uur"),
        ("Verschoor, Ruud", "14-3 07:02", "@Anouk wil jij maandag het overleg met ILT en RWS organiseren?"),
        ("Timmerarends, Anouk", "14-3 07:40", "doe ik. Thijs van ILT zit erop"),
    ]
    blocks = [("h", "Chat: HCC nachtdienst 13/14 maart"), ("small", "Microsoft Teams - export vergadering chat, 11 berichten")]
    for who, when, txt in msgs:
        blocks.append(("p", f"**{who}**  {when}\n{txt}"))
    flow_pdf(P("hc07"), blocks, font="Helvetica", size=9.5, title="Teams chat HCC nachtdienst", author="Havenbedrijf Rotterdam")
    return {}


@doc
def hc08():
    """Deck log extract with watch officers' initials, landscape table, LiberationMono."""
    rows = [["Date/Time (LT)", "Position / Area", "Course / Speed", "Wind", "Remarks", "OOW"],
            ["14-03 02:00", "Maas Center anchorage area", "086 / 9.5 kn", "SW 6", "Pilot station ETA 03:05", "RV"],
            ["14-03 03:10", "Maasmond", "112 / 7.0 kn", "SW 6", "Pilot embarked (2 pilots)", "RV"],
            ["14-03 03:30", "Beerkanaal entrance", "150 / 4.5 kn", "SW 6-7", "Tugs Waalstroom, Botlek Bull fast", "RV / KP"],
            ["14-03 03:42", "Calandkanaal CK-14", "swinging", "SW 7", "Contact w/ barge Anna Elisabeth, fwd spring parted, AB injured", "KP"],
            ["14-03 03:44", "Calandkanaal CK-14", "-", "SW 7", "VTS informed VHF ch 3; master on bridge", "RV"],
            ["14-03 04:05", "alongside CK-14", "-", "SW 6", "Ambulance at berth, AB Dimaculangan to hospital", "OH"],
            ["14-03 04:40", "alongside CK-14", "-", "SW 6", "Oil boom placed by RWS around barge", "OH"],
            ["14-03 06:00", "alongside CK-14", "-", "SW 5", "Harbour master: vessel detained pending class survey", "OH / NT"],
            ["14-03 08:00", "alongside CK-14", "-", "SW 5", "Watch handed over", "NT"]]
    blocks = [("title", "MV MARIA JOHANNA - DECK LOG BOOK (EXTRACT)"),
              ("p", f"{MJ_IMO} | Call sign 9HA4471 | Flag Malta | Voyage 25/07 Gdynia - Rotterdam"),
              ("tbl", rows, [30, 48, 28, 16, 120, 22]),
              ("p", "OOW initials: RV = 2nd Officer, OH = Chief Officer, NT = 3rd Officer, KP = Master."),
              ("p", "Certified true copy: Master ..... K. Papadakis        Chief Officer ..... O. Hrytsenko"),
              ("small", "Extract requested by Havenbedrijf Rotterdam (HbR-HM-2025-0412) and ILT (ILT-2025-SCH-0883).")]
    flow_pdf(P("hc08"), blocks, font="LiberationMono", size=9, land=True, title="Deck log extract",
             author="MV Maria Johanna")
    return dict(extra=[("INITIALS", "OOW initials", ["RV", "OH", "NT", "KP"])])


@doc
def hc09():
    """Meeting list with attendance and action items with initials, two pages, Carlito."""
    blocks = [
        ("title", "Actielijst nautisch-juridisch overleg incident Calandkanaal"),
        ("p", "Datum: 17 maart 2025, 14:00-15:30 | Locatie: World Port Center, Wilhelminakade 909 (zaal 21.02) | "
              "Kenmerk HbR-HM-2025-0412"),
        ("h", "Aanwezig"),
        ("tbl", [["Naam", "Organisatie", "Functie", "Aanw."],
                 ["Anouk Timmerarends (AT, vz)", "Havenbedrijf Rotterdam", "Senior adviseur nautische veiligheid", "ja"],
                 ["Ruud Verschoor (RVe)", "Havenbedrijf Rotterdam", "Dienstdoend officier HCC", "ja"],
                 ["Ilse Hoogstraten (IH)", "Havenbedrijf Rotterdam", "Juridisch adviseur", "ja"],
                 ["Bram Kuipers (BK)", "Havenbedrijf Rotterdam", "Teamleider nautische vergunningen", "ja"],
                 ["Thijs Oudekerk (TO)", "ILT", "Inspecteur scheepvaart", "ja"],
                 ["Femke Dijkmeijer (FD)", "Rijkswaterstaat", "Adviseur incidentmanagement", "ja"],
                 ["Sanne Lindeboom (SL)", "DCMR", "Inspecteur", "afgemeld"],
                 ["Mark Zwanenburg (MZ)", "Kustwacht", "Operationeel coördinator", "telefonisch"],
                 ["Maarten Boersema", "Loodswezen", "Registerloods", "ja (agendapunt 2)"]], [55, 40, 55, 20]),
        ("h", "Besproken"),
        ("p", "1. Feitenrelaas. RVe licht het incidentrapport toe. De boegschroef van de Maria Johanna had 60 "
              "procent vermogen; dit was niet gemeld. TO: de ILT start een onderzoek naar de naleving van de ISM "
              "Code door Aegis Ship Management."),
        ("p", "2. Beloodsing. De loods bevestigt het loodsrapport. Ligplaats CK-14 is bij zuidwestenwind 7 te krap "
              "voor schepen boven 160 meter. BK stelt voor de ligplaatsvergunning van Noordvliet Shipping "
              "(LV-2025-0091) aan te passen: geen afmeren van tankschepen op CK-14 tijdens draaimanoeuvres."),
        ("p", "3. Olie. FD: schoonmaak afgerond, kosten worden verhaald (RWS-WNZ-2025/0221). DCMR heeft de "
              "monsters nog niet geanalyseerd."),
        ("p", "4. Communicatie. Wethouder Simons (Haven) en burgemeester Schouten zijn door de directie "
              "geïnformeerd. Vragen van de pers gaan via de woordvoering van het Havenbedrijf."),
        ("pb",),
        ("h", "Acties"),
        ("tbl", [["Nr", "Actie", "Wie", "Gereed"],
                 ["25-01", "Verslag van de hoorzitting met de kapitein opstellen", "TO", "28-03"],
                 ["25-02", "Voorstel wijziging LV-2025-0091 voorbereiden, inclusief zienswijze Noordvliet", "BK / IH", "04-04"],
                 ["25-03", "Kostenverhaal RWS afstemmen met Noordvliet Shipping", "FD", "31-03"],
                 ["25-04", "Analyse monsters opvragen bij DCMR", "AT", "21-03"],
                 ["25-05", "Nautisch advies ligplaats CK-14 (windgrens)", "RVe", "11-04"],
                 ["25-06", "Terugkoppeling aan Kustwacht (KWC 2025/0317)", "MZ", "21-03"]], [14, 110, 24, 20]),
        ("p", "Volgend overleg: 7 april 2025, 10:00 uur. Verslag: Ilse Hoogstraten."),
    ]
    flow_pdf(P("hc09"), blocks, font="Carlito", size=11, title="Actielijst overleg 17 maart 2025",
             author="Havenbedrijf Rotterdam", header=HBR)
    return dict(extra=[("INITIALS", "action holders", ["AT", "RVe", "IH", "BK", "TO", "FD", "SL", "MZ"])])


@doc
def hc10():
    """Permit letter (wijziging ligplaatsvergunning), python-docx -> LibreOffice."""
    blocks = [
        ("p", "Havenbedrijf Rotterdam N.V.\nDivisie Havenmeester - Nautische vergunningen\nPostbus 6622, 3002 AP Rotterdam"),
        ("p", "Noordvliet Shipping B.V.\nt.a.v. mevrouw W. Aalbersberg, directeur\nLoswal 8\n3133 KA Vlaardingen"),
        ("p", "Datum: 11 april 2025\nKenmerk: LV-2025-0091/W1\nBehandeld door: B. Kuipers\nTelefoon: +31 10 252 1010\n"
              "E-mail: vergunningen@portofrotterdam.com\nOnderwerp: wijziging ligplaatsvergunning LV-2025-0091"),
        ("p", "Geachte mevrouw Aalbersberg,"),
        ("p", "Naar aanleiding van het incident op 14 maart 2025 in het Calandkanaal, waarbij het tankschip "
              "Anna Elisabeth (ENI 02334517) werd aangevaren door de MV Maria Johanna, wijzig ik namens de "
              "havenmeester uw ligplaatsvergunning LV-2025-0091 als volgt."),
        ("p", "1. Ligplaats CK-14 in het Calandkanaal mag door uw tankschepen niet meer worden gebruikt in de "
              "periode dat zeeschepen met een lengte boven 160 meter aan de naastgelegen ligplaatsen draaien.\n"
              "2. Als vervangende ligplaats wijs ik u ligplaats WH-37 in de Waalhaven toe, op werkdagen van 06:00 "
              "tot 22:00 uur.\n3. Deze wijziging geldt vanaf 1 mei 2025."),
        ("p", "Deze beslissing berust op artikel 2.1 en artikel 4.3 van de Havenverordening Rotterdam 2020 en op de "
              "Scheepvaartverkeerswet. U bent in de gelegenheid gesteld uw zienswijze te geven; uw zienswijze van "
              "2 april 2025 heb ik betrokken bij deze beslissing."),
        ("p", "Bezwaar: binnen zes weken na de dag van verzending van dit besluit kunt u op grond van de Algemene "
              "wet bestuursrecht bezwaar maken bij de havenmeester, Postbus 6622, 3002 AP Rotterdam."),
        ("p", "Met vriendelijke groet,\nnamens de havenmeester van Rotterdam,"),
        ("sig", "M. van Elswijk"),
        ("p", "drs. M. van Elswijk\nhoofd Nautische Vergunningen"),
        ("p", "Kopie: Bram Kuipers (dossier), Ilse Hoogstraten (juridische zaken)"),
    ]
    docx_pdf(P("hc10"), blocks, font="Liberation Sans", size=10.5, author="Havenbedrijf Rotterdam",
             title="Wijziging ligplaatsvergunning LV-2025-0091")
    return {}


@doc
def hc11():
    """Invoice of a sole trader (eenmanszaak) with IBAN, reportlab Times."""
    blocks = [
        ("title", "FACTUUR"),
        ("p", "**Scheepsexpertise Zeeland Zuid**\nL. (Leendert) Hollebrandse, scheepsexpert\nZeedijk 17\n"
              "4529 PA Eede\nM +31 6 2733 0418 | leendert@hollebrandse-expertise.nl"),
        ("p", "Aan: Havenbedrijf Rotterdam N.V., Crediteurenadministratie\nPostbus 6622, 3002 AP Rotterdam\n"
              "Uw referentie: HbR-HM-2025-0412 / inkooporder 4500177213"),
        ("tbl", [["Factuurnummer", "INV-2025-031"], ["Factuurdatum", "2 april 2025"],
                 ["Vervaldatum", "2 mei 2025"]], [45, 60], False),
        ("tbl", [["Omschrijving", "Uren", "Tarief", "Bedrag"],
                 ["Schade-inspectie tankschip Anna Elisabeth, ligplaats CK-14, Calandkanaal (15-03-2025)", "6,0",
                  "€ 135,00", "€ 810,00"],
                 ["Inspectie kademuur en fenders ligplaats CK-14 in opdracht Divisie Havenmeester", "3,5", "€ 135,00",
                  "€ 472,50"],
                 ["Rapportage en foto-dossier", "4,0", "€ 135,00", "€ 540,00"],
                 ["Reiskosten Eede - Europoort v.v. (2 x 148 km)", "", "€ 0,23/km", "€ 68,08"],
                 ["Subtotaal", "", "", "€ 1.890,58"], ["BTW 21%", "", "", "€ 397,02"],
                 ["Totaal", "", "", "€ 2.287,60"]], [95, 15, 25, 30]),
        ("p", f"Gelieve het totaalbedrag binnen 30 dagen over te maken op rekening {HOLLE_IBAN} "
              "t.n.v. L. Hollebrandse, onder vermelding van het factuurnummer INV-2025-031."),
        ("small", "KvK-inschrijving: eenmanszaak. BTW-id vermeld op verzoek. Op al mijn diensten zijn de algemene "
                  "voorwaarden van het NIVRE van toepassing."),
    ]
    flow_pdf(P("hc11"), blocks, font="Times-Roman", size=10.5, title="Factuur INV-2025-031",
             author="Scheepsexpertise Zeeland Zuid")
    return {}


@doc
def hc12():
    """Minutes (verslag) of the meeting with the ILT, two pages, docx -> LibreOffice."""
    blocks = [
        ("title", "Verslag overleg Havenbedrijf Rotterdam - ILT - Rijkswaterstaat"),
        ("p", "Datum: 7 april 2025\nPlaats: World Port Center, Rotterdam\nKenmerk: HbR-HM-2025-0412 / ILT-2025-SCH-0883\n"
              "Verslag: I. Hoogstraten"),
        ("p", "Aanwezig: A. Timmerarends (voorzitter), R. Verschoor, B. Kuipers, I. Hoogstraten (Havenbedrijf "
              "Rotterdam); Th. Oudekerk, W. Schreuders-Boon (ILT); F. Dijkmeijer (Rijkswaterstaat). Afwezig met "
              "bericht: S. Lindeboom (DCMR)."),
        ("h", "1. Opening en verslag 17 maart"),
        ("p", "Mevrouw Timmerarends opent de vergadering. Het verslag van 17 maart wordt ongewijzigd vastgesteld. "
              "Actie 25-04 (analyse monsters DCMR) staat nog open."),
        ("h", "2. Onderzoek ILT"),
        ("p", "De heer Oudekerk meldt dat de ILT op 19 maart de kapitein, de eerste stuurman en de tweede stuurman "
              "heeft gehoord. De eerste stuurman Hrytsenko verklaarde dat de beperking van de boegschroef bij "
              "de kapitein bekend was sinds Gdynia. De tweede stuurman Venkataraman heeft de melding aan VTS gedaan "
              "maar de beperking niet genoemd. De ILT overweegt een bestuurlijke boete voor de rederij wegens "
              "schending van de meldplicht en een aanwijzing op grond van de ISM Code."),
        ("p", "Mevrouw Schreuders-Boon vult aan dat de vlaggenstaat (Transport Malta) is geïnformeerd. Een "
              "inspecteur van Transport Malta, de heer Camilleri, komt mogelijk in mei naar Rotterdam."),
        ("h", "3. Ligplaatsvergunning Noordvliet Shipping"),
        ("p", "De heer Kuipers licht de wijziging van LV-2025-0091 toe (besluit 11 april, verzending volgt). "
              "Mevrouw Hoogstraten verwacht bezwaar: de advocaat van Noordvliet, mr. Stappershoef, heeft in de "
              "zienswijze aangekondigd dat de rederij de kosten van de alternatieve ligplaats in de Waalhaven "
              "zal claimen. Zij adviseert de windgrens uit het nautisch advies (actie 25-05) in het besluit op te "
              "nemen."),
        ("h", "4. Kostenverhaal"),
        ("p", "Mevrouw Dijkmeijer: de kosten van de schoonmaak (RWS-WNZ-2025/0221) zijn gedeclareerd bij Noordvliet "
              "Shipping en in afschrift bij North Sea P&I, de verzekeraar van de Maria Johanna. Smit Salvage was "
              "stand-by maar is niet ingezet."),
        ("h", "5. Rondvraag en sluiting"),
        ("p", "De heer Verschoor vraagt of de Onderzoeksraad voor Veiligheid belangstelling heeft; de ILT heeft "
              "dit nagevraagd: de Onderzoeksraad doet geen onderzoek. Minister Madlener wordt via de ILT-rapportage "
              "geïnformeerd, niet afzonderlijk."),
        ("tbl", [["Nr", "Actie", "Wie", "Datum"],
                 ["25-07", "Concept rapport ILT aan Havenbedrijf", "TO", "2 mei"],
                 ["25-08", "Windgrens in besluit LV-2025-0091 opnemen", "BK", "11 april"],
                 ["25-09", "Reactie op claim Noordvliet voorbereiden", "IH", "16 mei"]]),
    ]
    docx_pdf(P("hc12"), blocks, font="Carlito", size=11, author="Havenbedrijf Rotterdam",
             title="Verslag overleg 7 april 2025")
    return dict(extra=[("INITIALS", "action holders", ["TO", "BK", "IH"]),
                       ("PERSON", "Thijs Oudekerk (abbrev.)", ["Th. Oudekerk"])])


@doc
def hc13():
    """Scan: handwritten-style statement of a boatman (image only)."""
    lines = [("KRVE - Koninklijke Roeiers Vereeniging Eendracht", "big"), ("", "line"),
             ("Verklaring roeier - incident Calandkanaal 14-03-2025", "b"),
             ("Naam roeier: Ronald Baaijens", "n"), ("Tweede roeier: Kees Mulderij", "n"),
             ("Schip: MV Maria Johanna, ligplaats CK-14", "n"), ("", "line"),
             ("Om 03:40 kregen wij de voorspring aangereikt vanaf de bak.", "n"),
             ("De bootsman Macaraeg gaf aan dat de tros nog niet vast was.", "n"),
             ("Toen het schip tegen de tanker kwam schoot de tros los en", "n"),
             ("raakte matroos Dimaculangan aan zijn arm. Wij hebben direct", "n"),
             ("via de portofoon de loods gewaarschuwd (Boersema).", "n"),
             ("De schipper van de tanker, de heer Mostert, kwam later", "n"),
             ("naar de kade en was erg boos op de bemanning.", "n"),
             ("", "line"),
             ("Rotterdam, 15 maart 2025", "n"),
             ("Handtekening:", "n"), ("R. Baaijens", "hand"),
             ("Telefoon roeier: 06-31844072", "n")]
    scan_pdf(P("hc13"), lines, seed=13, angle=0.7, title="scan0013")
    return dict(scan=True, extra=[("PHONE", "mobile Baaijens", ["06-31844072"])])


@doc
def hc14():
    """English summary for the board, Helvetica."""
    blocks = [
        ("title", "Summary: contact MV Maria Johanna / Anna Elisabeth, Calandkanaal, 14 March 2025"),
        ("p", "Prepared for the Executive Board of the Port of Rotterdam Authority (Havenbedrijf Rotterdam). "
              "Reference HbR-HM-2025-0412. Author: A. Timmerarends, Divisie Havenmeester."),
        ("h", "What happened"),
        ("p", f"On 14 March 2025 at 03:42 the general cargo vessel Maria Johanna ({MJ_IMO}, Malta) made contact with "
              "the moored inland tanker Anna Elisabeth while swinging in the Calandkanaal with two tugs. An "
              "able seaman of the Maria Johanna was injured when a mooring line parted; about 400 litres of gasoil "
              "escaped from the barge. Rijkswaterstaat contained the spill; DCMR took samples."),
        ("h", "Causes (provisional)"),
        ("p", "The vessel's bow thruster was limited to 60 percent, which was not reported to VTS as required by the "
              "Havenverordening Rotterdam 2020. The berth CK-14 is tight for ships over 160 m in south-westerly "
              "winds of force 7. The pilot, Mr Boersema, and the tug master of the Waalstroom acted according to "
              "procedure, according to the Loodswezen."),
        ("h", "Follow-up"),
        ("p", "- The ILT investigates the ship manager, Aegis Ship Management (ILT-2025-SCH-0883).\n"
              "- The harbour master amended the berth permit of Noordvliet Shipping B.V. (LV-2025-0091); an "
              "objection is expected.\n- Costs of the clean-up are being recovered (RWS-WNZ-2025/0221).\n"
              "- Mayor Schouten and alderman Simons (port) have been briefed; the Minister of Infrastructure and "
              "Water Management, Mr Madlener, will be informed through the ILT."),
        ("p", "Questions: Ms Anouk Timmerarends, a.timmerarends@portofrotterdam.com, +31 6 2281 4075, or the HCC "
              "(hcc@portofrotterdam.com, +31 10 252 1010)."),
    ]
    flow_pdf(P("hc14"), blocks, font="Helvetica", size=10.5, title="Summary incident Calandkanaal",
             author="Port of Rotterdam", header="Port of Rotterdam Authority - Harbour Master Division - internal")
    return {}


@doc
def hc15():
    """Objection (bezwaarschrift) from the lawyer, two pages, LiberationSerif."""
    blocks = [
        ("p", "**Maas & Merwede Advocaten**\nBoompjes 40, 3011 XB Rotterdam\nmr. L. Stappershoef | "
              "direct +31 10 808 4472 | l.stappershoef@maasmerwede-advocaten.nl"),
        ("p", "Aan de havenmeester van Rotterdam\nt.a.v. de afdeling Juridische Zaken\nPostbus 6622\n3002 AP Rotterdam"),
        ("p", "Rotterdam, 19 mei 2025\nBetreft: bezwaar tegen wijziging ligplaatsvergunning LV-2025-0091\n"
              "Uw kenmerk: LV-2025-0091/W1 | Onze ref.: 25.0341"),
        ("p", "Geachte heer, mevrouw,"),
        ("p", "Namens mijn cliënte, Noordvliet Shipping B.V., gevestigd te Vlaardingen, vertegenwoordigd door haar "
              "directeur mevrouw W. Aalbersberg, maak ik bezwaar tegen het besluit van 11 april 2025 (ondertekend "
              "door mevrouw M. van Elswijk) waarbij de ligplaatsvergunning LV-2025-0091 is gewijzigd."),
        ("h", "Gronden"),
        ("p", "1. Het besluit is in strijd met het zorgvuldigheidsbeginsel (artikel 3:2 Algemene wet bestuursrecht). "
              "De havenmeester heeft zich gebaseerd op het loodsrapport van de heer Boersema en op het nautisch "
              "advies van de heer Verschoor, maar heeft cliënte geen inzage gegeven in dat advies."),
        ("p", "2. Het incident is veroorzaakt door het zeeschip Maria Johanna, niet door het tankschip Anna "
              "Elisabeth van cliënte. Dat het schip van cliënte op de ligplaats CK-14 lag, was in "
              "overeenstemming met de vergunning. De schipper, de heer Mostert, heeft geen fout gemaakt."),
        ("p", "3. De vervangende ligplaats in de Waalhaven is ongeschikt: de vaartijd naar de klanten in de "
              "Botlek en op de Maasvlakte neemt met ruim twee uur toe. De schade bedraagt naar schatting "
              "€ 14.000 per maand. Cliënte behoudt zich het recht voor deze schade te verhalen."),
        ("p", "4. De windgrens die in het besluit wordt genoemd, is niet gemotiveerd. Andere havens hanteren "
              "ruimere grenzen; zo laat Port of Amsterdam in de Coenhaven en de Afrikahaven tankschepen "
              "afmeren naast draaiende zeeschepen tot windkracht 8 (mail van mevrouw N. el Khattabi van 6 mei 2025)."),
        ("p", "5. Ten slotte is het besluit disproportioneel. Cliënte heeft sinds 2019 zonder incidenten gebruik "
              "gemaakt van de ligplaats. Een windgrens in de vergunning zou volstaan."),
        ("pb",),
        ("h", "Verzoek"),
        ("p", "Cliënte verzoekt u het besluit te herroepen, haar te horen en de proceskosten te vergoeden. "
              "Tevens verzoek ik om toezending van alle stukken die aan het besluit ten grondslag liggen, "
              "waaronder het nautisch advies en de actielijst van 17 maart 2025."),
        ("p", "Hoogachtend,"), ("sig", "L. Stappershoef"), ("p", "mr. L. Stappershoef"),
        ("small", "Bijlagen: besluit 11 april 2025; zienswijze 2 april 2025; volmacht W. Aalbersberg."),
    ]
    flow_pdf(P("hc15"), blocks, font="LiberationSerif", size=11, title="Bezwaarschrift Noordvliet Shipping",
             author="Maas & Merwede Advocaten")
    return {}


@doc
def hc16():
    """Decision on objection (beslissing op bezwaar), docx -> LibreOffice."""
    blocks = [
        ("p", "Havenbedrijf Rotterdam N.V. - Juridische Zaken\nPostbus 6622, 3002 AP Rotterdam"),
        ("p", "Maas & Merwede Advocaten\nt.a.v. mr. L. Stappershoef\nBoompjes 40\n3011 XB Rotterdam"),
        ("p", "Datum: 8 september 2025\nOns kenmerk: BZ-2025-014\nBehandeld door: mr. I. Hoogstraten\n"
              "Onderwerp: beslissing op bezwaar Noordvliet Shipping B.V."),
        ("p", "Geachte heer Stappershoef,"),
        ("p", "Op 19 mei 2025 heeft u namens Noordvliet Shipping B.V. bezwaar gemaakt tegen de wijziging van "
              "ligplaatsvergunning LV-2025-0091. Op 3 juli 2025 bent u gehoord door de commissie voor de "
              "bezwaarschriften onder voorzitterschap van mr. P.C. Gaastra-de Wolff. Namens cliënte was mevrouw "
              "Aalbersberg aanwezig; namens de havenmeester de heren Kuipers en Verschoor."),
        ("h", "Beslissing"),
        ("p", "De havenmeester verklaart het bezwaar gedeeltelijk gegrond. Het besluit van 11 april 2025 blijft in "
              "stand, met dien verstande dat de windgrens voor het gebruik van ligplaats CK-14 wordt gesteld op "
              "windkracht 7 uit zuidwestelijke richting. Ligplaats WH-37 in de Waalhaven blijft beschikbaar als "
              "alternatief. Het verzoek om vergoeding van schade wordt afgewezen; de proceskosten worden vergoed "
              "tot een bedrag van € 1.814."),
        ("h", "Overwegingen"),
        ("p", "De commissie acht het besluit voldoende gemotiveerd met het nautisch advies van 11 april 2025. De "
              "vergelijking met de Coenhaven gaat niet op: daar is de vaarweg breder en is de maximale scheepslengte "
              "kleiner. Port of Amsterdam heeft dit desgevraagd bevestigd (kenmerk PoA-NB-2025-118)."),
        ("p", "Tegen deze beslissing kunt u binnen zes weken beroep instellen bij de rechtbank Rotterdam."),
        ("p", "Hoogachtend,\nde havenmeester van Rotterdam,\nnamens deze,"),
        ("sig", "Ilse Hoogstraten"),
        ("p", "mr. I. Hoogstraten, senior juridisch adviseur"),
        ("p", "Afschrift: Noordvliet Shipping B.V., t.a.v. mevrouw W. Aalbersberg (w.aalbersberg@noordvliet-shipping.nl)"),
    ]
    docx_pdf(P("hc16"), blocks, font="DejaVu Serif", size=10, author="Havenbedrijf Rotterdam",
             title="Beslissing op bezwaar BZ-2025-014")
    return {}


@doc
def hc17():
    """ILT inspection report, two pages, DejaVuSans."""
    blocks = [
        ("title", "Inspectierapport scheepvaart"),
        ("tbl", [["Zaaknummer", "ILT-2025-SCH-0883"], ["Schip", f"Maria Johanna, {MJ_IMO}, roepnaam 9HA4471"],
                 ["Vlag / klasse", "Malta / Bureau Veritas"], ["Beheerder", "Aegis Ship Management S.A., Piraeus"],
                 ["Inspecteurs", "Th. Oudekerk (leider), W. Schreuders-Boon"],
                 ["Datum inspectie", "19 en 20 maart 2025, Calandkanaal ligplaats CK-14"]], [45, 120], False),
        ("h", "1. Aanleiding"),
        ("p", "Op 14 maart 2025 raakte de Maria Johanna het tankschip Anna Elisabeth. De havenmeester van Rotterdam "
              "heeft het schip aangehouden (HbR-HM-2025-0412) en de ILT verzocht om een inspectie op grond van de "
              "Wet voorkoming verontreiniging door schepen en de ISM Code."),
        ("h", "2. Gehoorde personen"),
        ("tbl", [["Naam", "Functie", "Nationaliteit", "Paspoort"],
                 ["K. Papadakis", "Master", "Grieks", "AN4417236"],
                 ["O. Hrytsenko", "Chief Officer", "Oekraïens", "FX482113"],
                 ["R. Venkataraman", "2nd Officer", "Indiaas", "Z4739921"],
                 ["Y. Kovalchuk", "Chief Engineer", "Oekraïens", "FT207765"],
                 ["E. Macaraeg", "Bosun", "Filipijns", "P5098812A"]], [45, 40, 35, 45]),
        ("pb",),
        ("h", "3. Bevindingen"),
        ("p", "3.1 De boegschroef werkte sinds 9 maart 2025 met circa 60 procent vermogen. Een defectmelding was in "
              "het onderhoudssysteem gezet door de hoofdwerktuigkundige (Kovalchuk) maar niet doorgegeven aan de "
              "walorganisatie. De designated person ashore, de heer G. Alexandridis, verklaarde telefonisch dat hij "
              "er pas op 14 maart van hoorde."),
        ("p", "3.2 De pre-arrival melding aan VTS vermeldde geen beperkingen. Dit is in strijd met artikel 8.4 van de "
              "Havenverordening Rotterdam 2020."),
        ("p", "3.3 Rusttijden: uit de urenregistratie blijkt dat AB Dimaculangan en AB Panganiban in de 24 uur voor "
              "het incident 15 uur hebben gewerkt (MLC 2006, regel 2.3)."),
        ("p", "3.4 De voorspring was versleten (certificaat 2019). De bootsman heeft dit in januari gemeld."),
        ("h", "4. Maatregelen"),
        ("p", "- Aanhouding opgeheven op 21 maart 2025 na reparatie boegschroef en verklaring Bureau Veritas "
              "(surveyor P.-B. Wijnants).\n- Rapport van overtreding opgemaakt tegen Aegis Ship Management.\n"
              "- Vlaggenstaat Transport Malta geïnformeerd.\n- Havenstaatcontrole gemeld in het Paris MoU-systeem."),
        ("p", "Inlichtingen: ILT, afdeling Scheepvaart, 088 489 0000, info@ilent.nl. Inspecteur: "
              "thijs.oudekerk@ilent.nl, +31 6 1177 3490."),
    ]
    flow_pdf(P("hc17"), blocks, font="DejaVuSans", size=10, title="Inspectierapport ILT-2025-SCH-0883",
             author="Inspectie Leefomgeving en Transport", footer="ILT-2025-SCH-0883")
    return dict(extra=[("PERSON", "Thijs Oudekerk (abbrev.)", ["Th. Oudekerk"]),
                       ("PERSON", "Pieter-Bas Wijnants (initials)", ["P.-B. Wijnants"]),
                       ("PERSON", "Georgios Alexandridis (initial)", ["G. Alexandridis"])])


@doc
def hc18():
    """Coast guard SITREP, Courier (telex style)."""
    blocks = [
        ("mono", "KUSTWACHT NEDERLAND - KUSTWACHTCENTRUM DEN HELDER\nSITREP NR 1 - KWC 2025/0317\n"
                 "DTG 140412Z MAR 25\n"
                 "FM: KUSTWACHTCENTRUM DEN HELDER\nTO: HCC ROTTERDAM / DCMR / RWS WNZ\n"
                 "INFO: ILT, ZEEHAVENPOLITIE\nSUBJ: COLLISION/CONTACT CALANDKANAAL"),
        ("mono", f"1. VESSELS: MV MARIA JOHANNA {MJ_IMO} CS 9HA4471 MT / BARGE ANNA ELISABETH ENI 02334517\n"
                 "2. POSITION: CALANDKANAAL BERTH CK-14 EUROPOORT\n"
                 "3. SITUATION: CONTACT 0242Z DURING SWINGING. 1 PERSON INJURED (AB, FILIPINO), TRANSFERRED\n"
                 "   BY AMBULANCE. BUNKER SPILL FROM BARGE APPROX 400 LTR GASOIL.\n"
                 "4. ACTIONS: RWS OIL BOOM ON SCENE 0340Z. SMIT SALVAGE STAND-BY. NO SAR REQUIRED.\n"
                 "5. WEATHER: SW 6-7, VIS GOOD.\n"
                 "6. OSC: HARBOUR MASTER ROTTERDAM (DUTY OFFICER R. VERSCHOOR)\n"
                 "7. NEXT SITREP: ON CHANGE."),
        ("mono", "WACHTLEIDER: L. TJOA\nCOORDINATOR: M. ZWANENBURG  (+31 6 2540 8871)\n"
                 "KUSTWACHTCENTRUM 0223 542 300"),
        ("h", "Logboek Kustwachtcentrum (uittreksel)"),
        ("tbl", [["UTC", "Melding", "Wacht"],
                 ["0245", "Melding VTS Rotterdam: contact Calandkanaal", "LT"],
                 ["0251", "Telefonisch contact HCC (Brouwer-Assink)", "LT"],
                 ["0258", "Zwanenburg gealarmeerd (piket)", "LT"],
                 ["0312", "Contact DCMR meldkamer, melding 25-ME-1197", "LT"],
                 ["0412", "SITREP 1 verzonden", "MZ"],
                 ["0630", "Situatie stabiel, geen SITREP 2", "MZ"]], [20, 120, 20]),
        ("small", "Dit bericht is bestemd voor de geadresseerden. Kustwacht Nederland, Postbus 10000, 1780 CA Den Helder."),
    ]
    flow_pdf(P("hc18"), blocks, font="Courier", size=10, title="SITREP KWC 2025/0317", author="Kustwacht Nederland")
    return dict(extra=[("PERSON", "Lennart Tjoa (caps)", ["TJOA"]), ("PERSON", "Mark Zwanenburg (caps)", ["ZWANENBURG"]),
                       ("PERSON", "Ruud Verschoor (caps)", ["VERSCHOOR"]), ("INITIALS", "watch initials", ["LT", "MZ"])])


@doc
def hc19():
    """DCMR environmental report, LiberationSans."""
    blocks = [
        ("title", "Melding milieu-incident"),
        ("p", "DCMR Milieudienst Rijnmond | Meldkamer 010 246 8000 | meldkamer@dcmr.nl"),
        ("tbl", [["Meldingsnummer", "DCMR 25-ME-1197"], ["Datum/tijd melding", "14-03-2025 03:58"],
                 ["Melder", "Havencoördinatiecentrum (HCC), Havenbedrijf Rotterdam"],
                 ["Locatie", "Calandkanaal, ligplaats CK-14, Europoort"],
                 ["Stof", "gasolie (rode diesel), circa 400 liter"],
                 ["Veroorzaker", "tankschip Anna Elisabeth, eigenaar Noordvliet Shipping B.V."],
                 ["Behandelend inspecteur", "S. Lindeboom"]], [50, 115], False),
        ("h", "Bevindingen ter plaatse"),
        ("p", "Bij aankomst om 05:10 lag er een oliescherm van Rijkswaterstaat rond het achterschip van de Anna "
              "Elisabeth. Een dunne laag (regenboogkleur) was zichtbaar tot circa 80 meter oostelijk van de "
              "ligplaats. De schipper, G.J. Mostert, woonachtig Dorpsstraat 41, 4273 LB Hank, verklaarde dat de "
              "brandstoftank aan bakboord al sinds januari een kleine lekkage vertoonde. Hij had dit gemeld aan "
              "zijn werkgever (contactpersoon mevrouw Aalbersberg)."),
        ("p", "Monsters genomen op 15 maart 2025 (monsternummers W-25-0311 t/m W-25-0314). Analyse bij het "
              "laboratorium van de DCMR."),
        ("h", "Vervolg"),
        ("p", "Mogelijke overtreding van de Wet voorkoming verontreiniging door schepen en van het "
              "Binnenvaartpolitiereglement. Proces-verbaal afhankelijk van de analyse. Afstemming met de ILT (Oudekerk) "
              "en met de havenmeester (Timmerarends)."),
        ("p", "Opgemaakt door S. Lindeboom, inspecteur, 17 maart 2025. Mobiel +31 6 4810 2257."),
    ]
    flow_pdf(P("hc19"), blocks, font="LiberationSans", size=10.5, title="Melding DCMR 25-ME-1197",
             author="DCMR Milieudienst Rijnmond")
    return dict(extra=[("PERSON", "Gerrit-Jan Mostert (initials)", ["G.J. Mostert"])])


@doc
def hc20():
    """RWS letter on clean-up costs; XMP dc:creator names the writer (hidden)."""
    blocks = [
        ("p", "Rijkswaterstaat West-Nederland Zuid\nPostbus 556, 3000 AN Rotterdam"),
        ("p", "Noordvliet Shipping B.V.\nLoswal 8\n3133 KA Vlaardingen"),
        ("p", "Datum: 25 maart 2025\nKenmerk: RWS-WNZ-2025/0221\nOnderwerp: verhaal kosten bestrijding "
              "verontreiniging Calandkanaal"),
        ("p", "Geachte directie,"),
        ("p", "Op 14 maart 2025 is uit uw tankschip Anna Elisabeth (ENI 02334517) gasolie in het Calandkanaal "
              "terechtgekomen. Rijkswaterstaat heeft als vaarwegbeheerder, op verzoek van de havenmeester van "
              "Havenbedrijf Rotterdam, de verontreiniging bestreden. Daarbij is Boskalis ingeschakeld voor het "
              "leggen en opruimen van het oliescherm."),
        ("p", "Op grond van de Wet voorkoming verontreiniging door schepen verhalen wij de kosten op u. Het "
              "bedrag is € 18.342,60 (specificatie bijgevoegd). Wij verzoeken u dit bedrag binnen zes weken te "
              "voldoen onder vermelding van het kenmerk."),
        ("p", "Voor vragen kunt u bellen met het landelijk informatienummer van Rijkswaterstaat, 0800 8002."),
        ("p", "Hoogachtend,\nde Minister van Infrastructuur en Waterstaat,\nnamens deze,\nhet hoofd Netwerkmanagement "
              "Rijkswaterstaat West-Nederland Zuid"),
        ("sp", 14),
        ("small", "Bijlage: specificatie kosten (inzet Boskalis 12 uur, oliescherm 300 m, afvoer 2,1 m3 olie-watermengsel)."),
    ]
    flow_pdf(P("hc20"), blocks, font="Times-Roman", size=11, title="Verhaal kosten Calandkanaal",
             author="Rijkswaterstaat")
    add_hidden(P("hc20"), xmp_creator=["Femke Dijkmeijer"])
    return dict(hidden=[("PERSON", "Femke Dijkmeijer (XMP dc:creator)", ["Dijkmeijer"], "metadata")])


@doc
def hc21():
    """Port of Amsterdam e-mail (Dutch) about comparable berths, Carlito."""
    blocks = [
        ("mono", "Van: Khattabi, Nadia el <n.elkhattabi@portofamsterdam.com>\nVerzonden: dinsdag 6 mei 2025 15:21\n"
                 "Aan: Hoogstraten, Ilse <i.hoogstraten@portofrotterdam.com>\n"
                 "CC: nautisch@portofamsterdam.com; Harteveld, Joost <j.harteveld@portofamsterdam.com>\n"
                 "Onderwerp: RE: vraag ligplaatsen tankschepen naast draaiende zeeschepen (uw ref. BZ-2025-014)"),
        ("p", "Beste Ilse,"),
        ("p", "Op je vraag van vorige week: in de Coenhaven en de Afrikahaven laten wij tankschepen afmeren naast "
              "zwaaiende zeeschepen tot windkracht 8, maar alleen waar de zwaaikom minstens 400 meter breed is. "
              "Voor de Westhaven en het Noordzeekanaal richting IJmuiden gelden strengere regels (Havenverordening "
              "Amsterdam, artikel 5.2). Een één-op-één vergelijking met het Calandkanaal is dus niet mogelijk."),
        ("p", "Ik heb dezelfde vraag vandaag ook gekregen van een advocaat, mr. Stappershoef. Hem heb ik naar ons "
              "publieke beleid verwezen. Joost kan je desgewenst de nautische onderbouwing sturen; ons kenmerk is "
              "PoA-NB-2025-118."),
        ("p", "Hartelijke groet,\nNadia el Khattabi\nSenior adviseur nautisch beheer | Port of Amsterdam\n"
              "De Ruijterkade 7, 1013 AA Amsterdam | T +31 20 523 4500 | M +31 6 4391 0286"),
        ("mono", "Van: Hoogstraten, Ilse\nVerzonden: woensdag 30 april 2025 11:02\nAan: nautisch@portofamsterdam.com\n"
                 "Onderwerp: vraag ligplaatsen tankschepen naast draaiende zeeschepen"),
        ("p", "Geachte collega's,\nIn een bezwaarprocedure over een ligplaatsvergunning in het Calandkanaal wordt "
              "verwezen naar de praktijk in Amsterdam. Kunnen jullie aangeven welke windgrens in de Coenhaven geldt "
              "voor tankschepen naast draaiende zeeschepen?\nMet vriendelijke groet,\nIlse Hoogstraten\n"
              "Havenbedrijf Rotterdam | Juridische Zaken | 06 19346620"),
    ]
    flow_pdf(P("hc21"), blocks, font="Carlito", size=11, title="RE: vraag ligplaatsen tankschepen",
             author="Port of Amsterdam")
    return dict(extra=[("PERSON", "Nadia el Khattabi (header form)", ["Khattabi, Nadia el"])])


@doc
def hc22():
    """Port of Amsterdam letter; Info /Author names a civil servant (hidden)."""
    blocks = [
        ("p", "Port of Amsterdam\nHavenmeester van Amsterdam\nDe Ruijterkade 7\n1013 AA Amsterdam"),
        ("p", "Havenbedrijf Rotterdam N.V.\nt.a.v. Juridische Zaken\nPostbus 6622\n3002 AP Rotterdam"),
        ("p", "Amsterdam, 20 mei 2025\nOns kenmerk: PoA-NB-2025-118\nUw kenmerk: BZ-2025-014\n"
              "Onderwerp: nautische onderbouwing ligplaatsen tankschepen"),
        ("p", "Geachte collega,"),
        ("p", "In aanvulling op de e-mail van 6 mei 2025 zend ik u de nautische onderbouwing van het beleid in de "
              "haven van Amsterdam voor het afmeren van tankschepen naast draaiende zeeschepen."),
        ("p", "1. In de Coenhaven (zwaaikom 450 m) is afmeren toegestaan tot windkracht 8 Bft.\n"
              "2. In de Afrikahaven (zwaaikom 420 m) tot windkracht 7 Bft bij zeeschepen boven 200 m.\n"
              "3. In de Westhaven en aan het Noordzeekanaal is afmeren van tankschepen naast draaiende zeeschepen "
              "niet toegestaan.\n4. De regels volgen uit de Havenverordening Amsterdam en de Binnenvaartpolitiereglement."),
        ("p", "Het college van burgemeester en wethouders van Amsterdam (burgemeester Halsema) heeft de "
              "havenmeester gemandateerd voor deze beslissingen. Wij stemmen onze regels af met Rijkswaterstaat "
              "in het kader van het Noordzeekanaalgebied."),
        ("p", "Met collegiale groet,\nde havenmeester van Amsterdam,\nnamens deze,"),
        ("sp", 12),
        ("p", "Afdeling Nautisch Beheer\nnautisch@portofamsterdam.com | +31 20 523 4500"),
    ]
    flow_pdf(P("hc22"), blocks, font="LiberationSans", size=10.5, title="Nautische onderbouwing PoA-NB-2025-118",
             author="M.C. Oosterbeek-Vlug")
    return dict(hidden=[("PERSON", "M.C. Oosterbeek-Vlug (Info /Author)", ["Oosterbeek-Vlug"], "metadata")])


@doc
def hc23():
    """Scan: attendance sheet of the hearing with handwritten signatures (image only)."""
    lines = [("Presentielijst hoorzitting bezwaarcommissie", "big"),
             ("Havenbedrijf Rotterdam - BZ-2025-014 - 3 juli 2025", "b"), ("", "line"),
             ("Voorzitter: mr. P.C. Gaastra-de Wolff", "n"),
             ("Secretaris: mr. Ilse Hoogstraten", "n"),
             ("", "line"),
             ("Namens bezwaarmaker Noordvliet Shipping B.V.:", "b"),
             ("Wendy Aalbersberg, directeur", "n"), ("W. Aalbersberg", "hand"),
             ("mr. Laurens Stappershoef, advocaat", "n"), ("L. Stappershoef", "hand"),
             ("", "line"),
             ("Namens de havenmeester:", "b"),
             ("Bram Kuipers, teamleider vergunningen", "n"), ("B. Kuipers", "hand"),
             ("Ruud Verschoor, dienstdoend officier HCC", "n"), ("R. Verschoor", "hand"),
             ("", "line"),
             ("Toehoorder: Tessa Wagenvoort (pers)", "n"),
             ("Aanvang 10:00 uur, einde 11:35 uur", "n")]
    scan_pdf(P("hc23"), lines, seed=23, angle=-0.5, quality=60, title="scan0023")
    return dict(scan=True)


@doc
def hc24():
    """Scan: crew injury / medical referral form faxed by the agent (image only)."""
    lines = [("NORTHWAY SHIPPING AGENCY LTD - MEDICAL REFERRAL", "big"), ("", "line"),
             ("Vessel: MV MARIA JOHANNA   Call sign: 9HA4471", "n"),
             ("Port: Rotterdam, Calandkanaal CK-14   Date: 14-03-2025", "n"),
             ("", "line"),
             ("Crew member: DIMACULANGAN, REYNALDO", "b"),
             ("Rank: AB   Nationality: Filipino", "n"),
             ("Date of birth: 30-01-1990", "n"),
             ("Seaman's book (SIRB): C0884172", "n"),
             ("Passport: P6612049B", "n"),
             ("Complaint: struck by parted mooring line, left wrist", "n"),
             ("Diagnosis: distal radius fracture, cast applied", "n"),
             ("Fit for duty: light duties 4 weeks", "n"),
             ("", "line"),
             ("Requested by: Priya Nair-Coelho, port agent", "n"),
             ("Master: Capt. K. Papadakis", "n"),
             ("Next of kin: Marites Dimaculangan, Batangas", "n"),
             ("Phone next of kin: +63 917 550 2841", "n")]
    scan_pdf(P("hc24"), lines, seed=24, angle=0.9, quality=50, title="fax 14-03-2025")
    return dict(scan=True, extra=[("HEALTH", "diagnosis Dimaculangan", ["distal radius fracture"]),
                                  ("PERSON", "Marites Dimaculangan (next of kin)", ["Marites"]),
                                  ("PHONE", "phone next of kin", ["+63 917 550 2841"])])


@doc
def hc25():
    """Berth application form with AcroForm fields; the contact person is only in field values (hidden)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(P("hc25")), pagesize=A4)
    c.setAuthor("Havenbedrijf Rotterdam")
    c.setTitle("Aanvraag ligplaatsvergunning binnenvaart")
    W, H = A4
    c.setFont("Helvetica-Bold", 15)
    c.drawString(60, H - 70, "Aanvraag ligplaatsvergunning binnenvaart")
    c.setFont("Helvetica", 10)
    c.drawString(60, H - 90, "Havenbedrijf Rotterdam, Divisie Havenmeester - vergunningen@portofrotterdam.com")
    c.drawString(60, H - 104, "Grondslag: artikel 4.3 Havenverordening Rotterdam 2020. Dossier LV-2025-0091.")
    fields = [("bedrijf", "Naam onderneming", "Noordvliet Shipping B.V."),
              ("kvk", "KvK-nummer onderneming", "24318877"),
              ("schip", "Naam schip / ENI", "Anna Elisabeth / 02334517"),
              ("ligplaats", "Gevraagde ligplaats", "Calandkanaal CK-14, alternatief Waalhaven WH-37"),
              ("contact", "Contactpersoon", "Wendy Aalbersberg"),
              ("tel", "Telefoon contactpersoon", "+31 6 2218 9054"),
              ("mail", "E-mail contactpersoon", "w.aalbersberg@noordvliet-shipping.nl"),
              ("schipper", "Vaste schipper", "G.J. Mostert, Hank"),
              ("datum", "Datum aanvraag", "2 april 2025")]
    y = H - 150
    for name, label, val in fields:
        c.setFont("Helvetica", 10)
        c.drawString(60, y + 5, label)
        c.acroForm.textfield(name=name, tooltip=label, x=250, y=y, width=280, height=20, value=val,
                             fontName="Helvetica", fontSize=10, borderWidth=0.5)
        y -= 36
    c.setFont("Helvetica", 9)
    c.drawString(60, y - 10, "Ondertekening: de aanvrager verklaart het formulier naar waarheid te hebben ingevuld.")
    c.drawString(60, y - 24, "Behandeling door het team Nautische Vergunningen; informatie +31 10 252 1010.")
    c.showPage()
    c.save()
    return dict(hidden=[("PERSON", "Wendy Aalbersberg (form field)", ["Aalbersberg", "Wendy"], "annotations"),
                        ("PHONE", "mobile Aalbersberg (form field)", ["+31 6 2218 9054"], "annotations"),
                        ("EMAIL", "e-mail Aalbersberg (form field)", ["w.aalbersberg@noordvliet-shipping.nl"], "annotations"),
                        ("PERSON", "G.J. Mostert (form field)", ["Mostert"], "annotations")])


@doc
def hc26():
    """Internal memo with sticky-note annotations naming a civil servant (hidden)."""
    blocks = [
        ("title", "Memo: windgrens ligplaats CK-14 (nautisch advies)"),
        ("tbl", [["Aan", "hoofd Nautische Vergunningen"], ["Van", "Divisie Havenmeester, HCC"],
                 ["Datum", "11 april 2025"], ["Kenmerk", "HbR-HM-2025-0412 / LV-2025-0091"]], [30, 130], False),
        ("h", "Advies"),
        ("p", "Geadviseerd wordt om op ligplaats CK-14 in het Calandkanaal geen tankschepen te laten afmeren wanneer "
              "zeeschepen langer dan 160 meter aan de ligplaatsen CK-12 tot en met CK-16 draaien bij een wind uit "
              "zuidwestelijke richting van 7 Bft of meer. Bij lagere windkracht is afmeren toegestaan mits twee "
              "sleepboten het draaiende schip assisteren."),
        ("h", "Onderbouwing"),
        ("p", "De zwaaikom in het Calandkanaal is ter hoogte van CK-14 circa 330 meter breed. Simulaties van het "
              "Loodswezen (maart 2025) tonen dat een schip van 170 meter met beperkte boegschroef bij ZW 7 tot 40 "
              "meter uit de as van de zwaaikom verloopt. Vergelijkbare regels gelden in de Yangtzehaven en de "
              "Mississippihaven. In de Prinses Amaliahaven en de Prins Willem-Alexanderhaven is de ruimte groter."),
        ("p", "Gevolgen voor de vergunninghouder: Noordvliet Shipping kan uitwijken naar ligplaats WH-37 in de "
              "Waalhaven of de Eemhaven. De havenmeester kan op grond van de Havenverordening Rotterdam 2020 "
              "ontheffing verlenen."),
    ]
    flow_pdf(P("hc26"), blocks, font="Helvetica", size=10.5, title="Memo windgrens CK-14",
             author="Havenbedrijf Rotterdam", header=HBR)
    add_hidden(P("hc26"), annots=[
        (0, [480, 700, 500, 720], "Jasper Ruijgrok", "Jasper: VTS-data van 14 maart nog toevoegen?"),
        (0, [480, 560, 500, 580], "Lotte Sprenkels", "Afgestemd met Ruijgrok, akkoord. Lotte")])
    return dict(hidden=[("PERSON", "Jasper Ruijgrok (annotation)", ["Ruijgrok", "Jasper"], "annotations"),
                        ("PERSON", "Lotte Sprenkels (annotation)", ["Sprenkels", "Lotte"], "annotations")])


@doc
def hc27():
    """Report with an outline whose titles name a reviewer (hidden), two pages, LiberationSerif."""
    blocks = [
        ("title", "Evaluatie afhandeling incident Calandkanaal 14 maart 2025"),
        ("p", "Havenbedrijf Rotterdam, Divisie Havenmeester | versie 1.0 | 30 juni 2025 | HbR-HM-2025-0412"),
        ("h", "1. Inleiding"),
        ("p", "Deze evaluatie beschrijft hoe de keten (HCC, VTS, Loodswezen, KRVE, sleepdiensten, Kustwacht, "
              "Rijkswaterstaat, DCMR en ILT) het incident met de Maria Johanna en de Anna Elisabeth heeft "
              "afgehandeld. De evaluatie is opgesteld op verzoek van de directie van het Havenbedrijf."),
        ("h", "2. Alarmering"),
        ("p", "De melding van het schip aan VTS volgde twee minuten na het contact. Het HCC alarmeerde binnen tien "
              "minuten de Kustwacht (KWC 2025/0317) en de DCMR (DCMR 25-ME-1197). De Zeehavenpolitie was binnen "
              "twintig minuten ter plaatse. De schipper van het tankschip was pas na ruim twee uur bereikbaar, "
              "omdat zijn telefoonnummer in het informatiesysteem niet klopte."),
        ("h", "3. Bestrijding"),
        ("p", "Rijkswaterstaat legde binnen een uur een oliescherm. Boskalis voerde de opruiming uit; Smit Salvage "
              "stond stand-by. Van Oord en Jan De Nul, die in de Prinses Amaliahaven baggerwerk uitvoerden, hebben "
              "op verzoek van het HCC hun werkzaamheden een dag stilgelegd."),
        ("h", "4. Nautische maatregelen"),
        ("p", "De havenmeester hield het schip aan tot de boegschroef was gerepareerd. De ligplaatsvergunning van "
              "Noordvliet Shipping is aangepast (LV-2025-0091); het bezwaar daartegen loopt (BZ-2025-014)."),
        ("pb",),
        ("h", "5. Leerpunten"),
        ("p", "a. Pre-arrival meldingen aan VTS moeten beperkingen van voortstuwing en boegschroef expliciet "
              "uitvragen.\nb. Contactgegevens van schippers in het informatiesysteem moeten jaarlijks worden "
              "gecontroleerd.\nc. Windgrenzen per ligplaats moeten in de vergunning staan.\nd. De samenwerking met "
              "Port of Amsterdam over vergelijkbare regels in de Coenhaven en de Afrikahaven wordt voortgezet."),
        ("h", "6. Aanbevelingen"),
        ("p", "Het Havenbedrijf neemt de leerpunten op in het jaarplan 2026 van de Divisie Havenmeester. De "
              "resultaten worden gedeeld met de wethouder Haven van de gemeente Rotterdam en met het Ministerie "
              "van Infrastructuur en Waterstaat."),
    ]
    flow_pdf(P("hc27"), blocks, font="LiberationSerif", size=11.5, title="Evaluatie incident Calandkanaal",
             author="Havenbedrijf Rotterdam")
    add_hidden(P("hc27"), outline=[("1. Inleiding", 0), ("2. Alarmering (commentaar Karin Wieberdink verwerkt)", 0),
                                   ("5. Leerpunten - nog checken met Wieberdink", 1)])
    return dict(hidden=[("PERSON", "Karin Wieberdink (outline)", ["Wieberdink", "Karin"], "outline")])


@doc
def hc28():
    """English e-mail from the P&I club (+44, +63 numbers), LiberationSans."""
    blocks = [
        ("mono", "From: Oliver Pennington <o.pennington@northseapi.co.uk>\nSent: 24 March 2025 17:40\n"
                 "To: Ilse Hoogstraten <i.hoogstraten@portofrotterdam.com>\n"
                 "Cc: claims@northseapi.co.uk; Eleni Vasilopoulou <e.vasilopoulou@aegis-sm.gr>\n"
                 "Subject: Maria Johanna / Anna Elisabeth - letter of undertaking"),
        ("p", "Dear Ms Hoogstraten,"),
        ("p", f"We act for the owners of MV Maria Johanna ({MJ_IMO}). We attach a letter of undertaking of "
              "EUR 250,000 in favour of the Port of Rotterdam Authority for damage to berth CK-14 and any costs "
              "claimed by Rijkswaterstaat (RWS-WNZ-2025/0221). Liability is not admitted."),
        ("p", "As to the injured crew member: Mr Dimaculangan was repatriated to Manila on 22 March 2025 and is "
              "being looked after by the manning agent. His family can be reached through the agent only; please do "
              "not use the mobile number +63 917 824 5530 which he gave to the boatmen."),
        ("p", "The master, Captain Papadakis, and the chief engineer, Mr Kovalchuk, have signed off; their "
              "reliefs joined the vessel in Rotterdam. The ILT has our contact details for their statements."),
        ("p", "Yours sincerely,\nOliver Pennington\nSenior Claims Executive | North Sea P&I\n"
              "T +44 20 7946 0300 | M +44 7700 900562"),
        ("pb",),
        ("mono", "From: Ilse Hoogstraten\nSent: 21 March 2025 12:05\nTo: claims@northseapi.co.uk\n"
                 "Subject: Maria Johanna - security for damage berth CK-14"),
        ("p", "Dear Sirs, the harbour master has released the vessel today. We require security for the damage to "
              "berth CK-14 before departure. Please contact me at +31 6 1934 6620. Regards, Ilse Hoogstraten, "
              "legal counsel, Port of Rotterdam."),
    ]
    flow_pdf(P("hc28"), blocks, font="LiberationSans", size=10.5, title="Letter of undertaking Maria Johanna",
             author="North Sea P&I")
    return dict(extra=[], keep_extra=[("PHONE_GENERAL", "+44 20 7946 0300")])


@doc
def hc29():
    """Woo inventory list (inventarislijst), landscape, Helvetica."""
    rows = [["Nr", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"],
            ["1", "Incidentrapport HCC HbR-HM-2025-0412", "14-03-2025", "deels openbaar", "5.1.2e, 5.1.1d", ""],
            ["2", "Crewlijst MV Maria Johanna", "14-03-2025", "deels openbaar", "5.1.2e", "paspoortnummers"],
            ["3", "Loodsrapport LR-25-03-0871", "14-03-2025", "deels openbaar", "5.1.2e", ""],
            ["4", "E-mailwisseling agent - HCC", "14-03-2025", "deels openbaar", "5.1.2e", ""],
            ["5", "E-mailwisseling HbR - RWS - DCMR", "17-03-2025", "deels openbaar", "5.1.2e", ""],
            ["6", "WhatsApp-chat roeiers", "14-03-2025", "deels openbaar", "5.1.2e", ""],
            ["7", "Teams-chat HCC", "14-03-2025", "deels openbaar", "5.1.2e", ""],
            ["8", "Uittreksel scheepsjournaal", "14-03-2025", "deels openbaar", "5.1.2e", ""],
            ["9", "Actielijst overleg 17 maart", "17-03-2025", "deels openbaar", "5.1.2e", ""],
            ["10", "Wijziging ligplaatsvergunning LV-2025-0091", "11-04-2025", "deels openbaar", "5.1.2e", ""],
            ["11", "Factuur INV-2025-031", "02-04-2025", "deels openbaar", "5.1.2e", "IBAN eenmanszaak"],
            ["12", "Verklaring roeier R. Baaijens", "15-03-2025", "deels openbaar", "5.1.2e", "scan"],
            ["13", "Medical referral AB (agent)", "14-03-2025", "deels openbaar", "5.1.1d, 5.1.2e", "scan"],
            ["14", "Inspectierapport ILT-2025-SCH-0883", "21-03-2025", "deels openbaar", "5.1.2e", ""],
            ["15", "Bezwaarschrift BZ-2025-014", "19-05-2025", "deels openbaar", "5.1.2e", ""],
            ["16", "Beslissing op bezwaar BZ-2025-014", "08-09-2025", "deels openbaar", "5.1.2e", ""],
            ["17", "Nautische onderbouwing Port of Amsterdam", "20-05-2025", "openbaar", "", "PoA-NB-2025-118"],
            ["18", "Evaluatie afhandeling incident", "30-06-2025", "deels openbaar", "5.1.2e", ""]]
    blocks = [("title", "Inventarislijst Woo-besluit WOO-2026-0087"),
              ("p", "Verzoek van 12 januari 2026 om documenten over het incident in het Calandkanaal van 14 maart 2025 "
                    "en de ligplaatsvergunning van Noordvliet Shipping B.V."),
              ("tbl", rows, [10, 95, 25, 30, 30, 60])]
    flow_pdf(P("hc29"), blocks, font="Helvetica", size=9.5, land=True, title="Inventarislijst WOO-2026-0087",
             author="Havenbedrijf Rotterdam")
    return {}


@doc
def hc30():
    """Woo decision letter to the requester (private person, home address), two pages, docx -> LibreOffice."""
    blocks = [
        ("p", "Havenbedrijf Rotterdam N.V.\nWoo-coördinatie\nPostbus 6622, 3002 AP Rotterdam\nwoo@portofrotterdam.com"),
        ("p", "Mevrouw T. Wagenvoort\nSchiedamseweg 212b\n3025 AK Rotterdam"),
        ("p", "Datum: 9 maart 2026\nKenmerk: WOO-2026-0087\nOnderwerp: besluit op uw Woo-verzoek"),
        ("p", "Geachte mevrouw Wagenvoort,"),
        ("p", "Op 12 januari 2026 heeft u per e-mail (tessa.wagenvoort@gmail.com) op grond van de Wet open overheid "
              "(Woo) gevraagd om documenten over het incident met de MV Maria Johanna in het Calandkanaal op "
              "14 maart 2025 en over de ligplaatsvergunning van Noordvliet Shipping B.V. Wij hebben de ontvangst "
              "op 13 januari 2026 bevestigd en de beslistermijn op 9 februari 2026 met twee weken verdaagd."),
        ("h", "Besluit"),
        ("p", "Wij maken de documenten op de inventarislijst gedeeltelijk openbaar. Persoonsgegevens van "
              "medewerkers van het Havenbedrijf, van andere overheden, van de bemanning, van de loodsen en roeiers "
              "en van andere betrokkenen maken wij niet openbaar (artikel 5.1, tweede lid, onder e, Woo). "
              "Medische gegevens van een bemanningslid maken wij niet openbaar (artikel 5.1, eerste lid, onder d, Woo)."),
        ("h", "Zienswijzen"),
        ("p", "Wij hebben Noordvliet Shipping B.V., Aegis Ship Management S.A. en Port of Amsterdam in de "
              "gelegenheid gesteld een zienswijze te geven. Noordvliet Shipping heeft gevraagd de brief van haar "
              "advocaat niet openbaar te maken; dat verzoek wijzen wij af, met uitzondering van de persoonsgegevens."),
        ("h", "Wijze van openbaarmaking"),
        ("p", "De documenten worden gepubliceerd op de website van het Havenbedrijf en op open.overheid.nl."),
        ("p", "Bezwaar: binnen zes weken na verzending van dit besluit kunt u bezwaar maken (Algemene wet "
              "bestuursrecht) bij Havenbedrijf Rotterdam N.V., t.a.v. Juridische Zaken, Postbus 6622, "
              "3002 AP Rotterdam."),
        ("p", "Met vriendelijke groet,\nnamens de directie van Havenbedrijf Rotterdam N.V.,"),
        ("sig", "K. Wieberdink"),
        ("p", "K. Wieberdink\nWoo-coördinator\nk.wieberdink@portofrotterdam.com"),
        ("p", "Bijlagen: inventarislijst, documenten 1 tot en met 18"),
    ]
    docx_pdf(P("hc30"), blocks, font="Liberation Serif", size=11, author="Havenbedrijf Rotterdam",
             title="Besluit Woo-verzoek WOO-2026-0087")
    return {}


@doc
def hc31():
    """Nautical advice with paraph table (Naam | Functie | Paraaf | Datum), DejaVuSans."""
    blocks = [
        ("title", "Nautisch advies ligplaatsen Calandkanaal"),
        ("p", "Kenmerk HbR-HM-2025-0412/NA | 11 april 2025 | Divisie Havenmeester"),
        ("h", "Vraag"),
        ("p", "Is ligplaats CK-14 geschikt voor het afmeren van tankschepen (binnenvaart) wanneer aan CK-12 tot en met "
              "CK-16 zeeschepen draaien, en zo ja onder welke voorwaarden?"),
        ("h", "Advies"),
        ("p", "Ja, onder de voorwaarde van een windgrens van 7 Bft uit zuidwestelijke richting en assistentie door twee "
              "sleepboten (Kotug of Boluda) van het draaiende zeeschip. Het VTS-centrum Botlek meldt de windgrens "
              "via de VHF aan de scheepvaart. De loodsen van het Loodswezen worden geïnformeerd via het loodsenbulletin."),
        ("p", "Het advies is besproken met de loods (Boersema) en met de dienstdoende officier van het HCC. "
              "Afwijkende situaties worden gemeld aan vts@portofrotterdam.com."),
        ("h", "Parafering"),
        ("tbl", [["Naam", "Functie", "Paraaf", "Datum"],
                 ["R. Verschoor", "Dienstdoend officier HCC", "RVe", "11-04-2025"],
                 ["A. Timmerarends", "Senior adviseur nautische veiligheid", "ATi", "11-04-2025"],
                 ["B. Kuipers", "Teamleider nautische vergunningen", "BKu", "11-04-2025"],
                 ["M. van Elswijk", "Hoofd Nautische Vergunningen", "MvE", "14-04-2025"]], [40, 70, 25, 30]),
        ("small", "Verspreiding: Divisie Havenmeester, Juridische Zaken, VTS, Loodswezen (regio Rotterdam-Rijnmond)."),
    ]
    flow_pdf(P("hc31"), blocks, font="DejaVuSans", size=10, title="Nautisch advies Calandkanaal",
             author="Havenbedrijf Rotterdam", header=HBR)
    return dict(extra=[("INITIALS", "paraphs", ["RVe", "ATi", "BKu", "MvE"])])


@doc
def hc32():
    """Tug master's statement (English), Times."""
    blocks = [
        ("title", "Statement of the tug master - tug Waalstroom"),
        ("p", "Towage company: Boluda Towage Europe, Rotterdam | Job 25-03-14-0317 | Date 14 March 2025"),
        ("p", "I, Dirk Stolwijk, master of the tug Waalstroom, state the following."),
        ("p", "At 03:30 we made fast on the starboard bow of MV Maria Johanna at the entrance of the Beerkanaal, "
              "the Botlek Bull (Kotug) made fast aft. The pilot, Mr Boersema, ordered a swing to starboard in the "
              "Calandkanaal. At 03:39 the pilot asked for full power; our towline was at a steep angle because the "
              "ship did not slow down enough. The bow of the ship drifted towards berth CK-14 where the tanker Anna "
              "Elisabeth was moored. Contact was at 03:42."),
        ("p", "After the contact I heard on the VHF that a crew member was hit by a mooring line. The boatmen "
              "(Mr Mulderij and Mr Baaijens) were on the quay. My deckhand, Mr Joost-Jan Verbrugge, "
              "saw the line part."),
        ("p", "I have no remarks on the handling of the pilot. The ship's bow thruster seemed weak; the master told "
              "the pilot it had about half power."),
        ("p", "Signed in Rotterdam, 15 March 2025"), ("sig", "D. Stolwijk"),
        ("p", "D. Stolwijk, tug master. Contact via ops centre Boluda, not via my personal number."),
    ]
    flow_pdf(P("hc32"), blocks, font="Times-Roman", size=11.5, title="Statement tug master Waalstroom",
             author="Boluda Towage")
    return dict(extra=[("PERSON", "Joost-Jan Verbrugge (deckhand)", ["Verbrugge", "Joost-Jan"])])


@doc
def hc33():
    """VTS log extract with operator initials and call signs, LiberationMono landscape."""
    rows = [["Tijd", "Schip", "Roepnaam", "Kanaal", "Bericht", "Op."],
            ["03:05", "Maria Johanna", "9HA4471", "VHF 2", "Loods aan boord Maasmond, 2 loodsen", "JR"],
            ["03:12", "Nordic Tern", "A8QT5", "VHF 3", f"Uitgaand Beerkanaal ({NT_IMO})", "JR"],
            ["03:18", "Maria Johanna", "9HA4471", "VHF 3", "Passeert Maasmond, ETA CK-14 03:40", "JR"],
            ["03:30", "Waalstroom", "-", "VHF 3", "Sleepboten vast, Botlek Bull achter", "HBA"],
            ["03:44", "Maria Johanna", "9HA4471", "VHF 3", "Melding contact met tankschip, 1 gewonde", "JR"],
            ["03:45", "-", "-", "tel.", "HCC geïnformeerd (Brouwer-Assink)", "JR"],
            ["03:50", "Aegean Spirit", "SVDK7", "VHF 3", f"Wacht bij Scheurhaven op vrijgave ({AS_IMO})", "HBA"],
            ["04:40", "-", "-", "tel.", "RWS oliescherm geplaatst, verkeer CK-12/16 via 1 zijde", "JR"],
            ["06:00", "-", "-", "-", "Wachtwissel", "JR/LS"]]
    blocks = [("title", "VTS Rotterdam - uittreksel verkeerslog 14 maart 2025"),
              ("p", "Sector Botlek/Calandkanaal | vts@portofrotterdam.com | Kenmerk HbR-HM-2025-0412"),
              ("tbl", rows, [18, 38, 25, 18, 130, 18]),
              ("p", "Operators: JR = Jasper Ruijgrok, HBA = Hidde Brouwer-Assink (HCC ondersteuning), LS = L. Sprenkels."),
              ("small", "Uittreksel gemaakt voor de ILT en de Zeehavenpolitie. Opnames VHF bewaard tot 14-06-2025.")]
    flow_pdf(P("hc33"), blocks, font="LiberationMono", size=9, land=True, title="VTS log 14 maart 2025",
             author="Havenbedrijf Rotterdam")
    return dict(extra=[("INITIALS", "VTS operators", ["JR", "HBA", "LS", "JR/LS"]),
                       ("PERSON", "Lotte Sprenkels (initial)", ["L. Sprenkels"])])


@doc
def hc34():
    """Minutes of the bezwaarcommissie hearing, Helvetica, with a Teams-style reply chain quoted."""
    blocks = [
        ("title", "Verslag hoorzitting commissie bezwaarschriften"),
        ("p", "Zaak BZ-2025-014 | Noordvliet Shipping B.V. tegen de havenmeester van Rotterdam | 3 juli 2025, "
              "World Port Center"),
        ("p", "Aanwezig: mr. P.C. Gaastra-de Wolff (voorzitter), mr. I. Hoogstraten (secretaris); namens "
              "bezwaarmaker: mevrouw W. Aalbersberg en mr. L. Stappershoef; namens de havenmeester: de heer "
              "B. Kuipers en de heer R. Verschoor; toehoorder: mevrouw T. Wagenvoort (journalist)."),
        ("h", "Standpunt bezwaarmaker"),
        ("p", "Mr. Stappershoef herhaalt de gronden van het bezwaarschrift. Mevrouw Aalbersberg licht toe dat de "
              "Anna Elisabeth dagelijks klanten in de Botlek en op de Maasvlakte bevoorraadt en dat de ligplaats in "
              "de Waalhaven per week tien uur extra vaartijd kost. Zij betwist dat de schipper, de heer Mostert, "
              "de lekkage van de tank eerder had gemeld."),
        ("h", "Standpunt havenmeester"),
        ("p", "De heer Kuipers verwijst naar het nautisch advies van 11 april 2025. De heer Verschoor licht toe dat "
              "de windgrens van 7 Bft is gebaseerd op simulaties van het Loodswezen. De vergelijking met de "
              "Coenhaven gaat volgens hem niet op; Port of Amsterdam (mevrouw El Khattabi) heeft dit bevestigd."),
        ("h", "Vragen van de commissie"),
        ("p", "De voorzitter vraagt of de windgrens in de vergunning kan worden opgenomen in plaats van een volledig "
              "verbod. De heer Kuipers zegt toe dit te bezien. Mevrouw Gaastra-de Wolff sluit de zitting om 11:35 uur."),
        ("h", "Advies"),
        ("p", "De commissie adviseert het bezwaar gedeeltelijk gegrond te verklaren en de windgrens van 7 Bft op te "
              "nemen. Het verzoek om schadevergoeding acht de commissie ongegrond."),
        ("small", "Verslag vastgesteld door de voorzitter op 10 juli 2025. Secretaris: I. Hoogstraten, "
                  "i.hoogstraten@portofrotterdam.com."),
    ]
    flow_pdf(P("hc34"), blocks, font="Helvetica", size=10.5, title="Verslag hoorzitting BZ-2025-014",
             author="Havenbedrijf Rotterdam")
    return dict(extra=[("PERSON", "Nadia el Khattabi (surname with particle)", ["El Khattabi"])])


# =====================================================================================================
KEEP_CAP = 15


def _spread(items, cap):
    """At most cap keep items, taken round-robin over their kinds (registry order within a kind)."""
    by, order = {}, []
    for it in items:
        if it["kind"] not in by:
            by[it["kind"]] = []
            order.append(it["kind"])
        by[it["kind"]].append(it)
    out = []
    while len(out) < cap and any(by.values()):
        for k in order:
            if by[k] and len(out) < cap:
                out.append(by[k].pop(0))
    return out


def P(stem):
    return DOCS_DIR / f"{stem}.pdf"


def _probe(text, **kw):
    d = {"text": text, "word": True, "after": 0}
    d.update(kw)
    return d


def build(stem):
    spec = DOCS[stem]() or {}
    path = P(stem)
    text, pages = text_pdfium(path)
    scan = spec.get("scan", False)
    problems = []
    if scan:
        assert not text.strip(), f"{stem}: scan has a text layer"
        with tempfile.TemporaryDirectory() as td:
            ocr = ocr_text(path, Path(td), list(range(1, pages + 1)))

        def found(p):
            return ocr_count(ocr, p)
    else:
        def found(p):
            return count_in(text, p)
    redact, seen = [], set()

    def add(kind, value, probes, required, **kw):
        ps = []
        for t in probes:
            pr = _probe(t, **kw)
            if (value, t) in seen:
                continue
            if found(pr) if not kw.get("channel") else True:
                ps.append(pr)
                seen.add((value, t))
            elif required:
                problems.append(f"{stem}: required probe {t!r} ({value}) not found")
        if ps:
            redact.append({"kind": kind, "value": value, "probes": ps})

    extra_kw = {"ocr": True} if scan else {}
    for kind, value, probes in spec.get("extra", []):
        add(kind, value, probes, True, **extra_kw)
    for kind, value, probes in PERSONS:
        add(kind, value, probes, False, **extra_kw)
    for kind, value, probes, channel in spec.get("hidden", []):
        add(kind, value, probes, True, channel=channel)
    keep = []
    if not scan:
        for kind, t in KEEP + spec.get("keep_extra", []):
            pr = {"text": t, "word": True}
            n = count_in(text, pr)
            if n:
                keep.append({"kind": kind, "value": t, "probes": [{**pr, "after": n}]})
        keep = [k for k in keep if k["kind"] == "OFFICE"] + _spread([k for k in keep if k["kind"] != "OFFICE"],
                                                                     KEEP_CAP)
    # a redact probe must not sit inside a kept string
    if not scan:
        spans = []
        for k in keep:
            for m in probe_regex(k["value"], True).finditer(text):
                spans.append(m.span())
        for it in redact:
            for pr in it["probes"]:
                if pr.get("channel"):
                    continue
                for m in probe_regex(pr["text"], True).finditer(text):
                    if any(a <= m.start() and m.end() <= b for a, b in spans):
                        problems.append(f"{stem}: redact {pr['text']!r} inside a keep probe")
    gold = {"doc": f"{stem}.pdf", "pages": pages, "redact": redact, "keep": keep}
    (GOLD_DIR / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    nr = sum(len(i["probes"]) for i in redact)
    nk = sum(len(i["probes"]) for i in keep)
    print(f"{stem}: pages={pages} redact={nr} keep={nk}{' scan' if scan else ''}")
    for p in problems:
        print("  PROBLEM", p)
    return pages, nr, nk, problems


def main(argv):
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    stems = argv or list(DOCS)
    tot = [0, 0, 0, 0]
    for s in stems:
        pg, nr, nk, pr = build(s)
        tot[0] += pg
        tot[1] += nr
        tot[2] += nk
        tot[3] += len(pr)
    print(f"docs={len(stems)} pages={tot[0]} redact={tot[1]} keep={tot[2]} problems={tot[3]}")


if __name__ == "__main__":
    main(sys.argv[1:])
