"""Set mixed6, documents p01-p11: spreadsheets (Calc), slide decks (Impress), a filled AcroForm,
a commented draft with bookmarks, a rotated landscape table, a two-column newsletter, scans.
All private persons and their data are invented."""
from helpers import bsn, iban, typo

PUBLIC_TOO: set = set()

DOCS = []

# --------------------------------------------------------------------------------------------
# p01 Calc: agenda export of the minister of IenW (Outlook calendar -> xlsx)
# --------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="p01", name="p01_agenda_export_minister_ienw", producer="calc",
    title="Agenda-export minister IenW week 11 2025",
    author="[[Lotte Brinkhuis-Oei|P|Brinkhuis-Oei]]",
    sheet_header="{Ministerie van Infrastructuur en Waterstaat|O} - agenda {minister Madlener|F|Madlener} - week 11",
    colw=[11, 9, 30, 20, 44, 22],
    sheets=[("Week 11", [
        ["Datum", "Tijd", "Onderwerp", "Locatie", "Deelnemers", "Organisator"],
        ["10-03-2025", "08:30-09:00", "Dagstart bewindspersonen", "Rijnstraat 8, kamer 12.04",
         "{minister Madlener|F}, {staatssecretaris Jansen|F|staatssecretaris Jansen}, [[Lotte Brinkhuis-Oei|P|Lotte;Brinkhuis-Oei]] (secretariaat)",
         "{secretariaat.minister@minienw.nl|FE}"],
        ["10-03-2025", "10:00-11:00", "Voorbereiding {commissiedebat|TE} {Luchtvaart|TE}", "{Rijnstraat 8|G}",
         "[[Jeroen Visser|P|Jeroen Visser;Visser]] (DGLM), [[Sanne de Groot|P|Sanne de Groot;Groot]], [[H.J. van Dijk|P|H.J. van Dijk]]",
         "[[Brinkhuis-Oei, Lotte|P|Brinkhuis-Oei, Lotte]]"],
        ["11-03-2025", "09:30-10:15", "Gesprek {Transport en Logistiek Nederland|O} over {Wet vrachtwagenheffing|W}",
         "{Zoetermeer|L}", "[[Marieke Berg|P|Marieke;Berg]] ({TLN|O}, public affairs), [[Bas Hoekman|P|Bas;Hoekman]] ({TLN|O})",
         "[[jeroen.visser@minienw.nl|E]]"],
        ["11-03-2025", "13:00-14:00", "Bestuurlijk overleg {MIRT|TE} {Noord-Brabant|L}", "{Provinciehuis 's-Hertogenbosch|G}",
         "{gedeputeerde Van den Hout|F|Van den Hout}, {burgemeester Depla|F|Depla} ({Breda|L}), ambtelijk: [[Sanne de Groot|P]]",
         "{bo-mirt@minienw.nl|FE}"],
        ["12-03-2025", "11:00-11:45", "Kennismaking {Schiphol Group|O}", "{Schiphol|L}",
         "[[Ruud Winter|P|Ruud;Winter]] ({Schiphol Group|O}), chauffeur [[Kemal Aydın|P|Kemal;Aydın]], auto [[TZ-418-K|K]]",
         "[[Brinkhuis-Oei, Lotte|P]]"],
        ["12-03-2025", "15:30-16:30", "Overleg met {Kamerlid De Hoop|F|De Hoop} en {Kamerlid Grinwis|F|Grinwis} (spoor)",
         "{Tweede Kamer|O}", "[[Jeroen Visser|P]], [[Ilse Bakker|P|Ilse;Bakker]] (beleidsmedewerker, [[06-4138 2207|T]])",
         "{secretariaat.minister@minienw.nl|FE}"],
        ["13-03-2025", "09:00-10:00", "Telefonisch overleg {ProRail|O}", "{Microsoft Teams|PR}",
         "[[dhr. P. Kalkman|P|P. Kalkman]] ({ProRail|O}), inbellen {+31 20 123 45 67|S}, vergader-id {348 221 907 5|C}",
         "[[ilse.bakker@minienw.nl|E]]"],
        ["14-03-2025", "12:00-13:00", "Lunch {Raad voor de leefomgeving en infrastructuur|O}", "{Den Haag|L}",
         "[[prof. dr. Marianne Vos-Lindhout|P|Vos-Lindhout]] (secretaris, ambtelijk)", "-"],
    ])],
))

# --------------------------------------------------------------------------------------------
# p02 Calc: declaraties team, with IBANs (one mistyped) and licence plates for mileage
# --------------------------------------------------------------------------------------------
I1, I2, I3 = iban("p02-a"), iban("p02-b", "RABO"), iban("p02-c", "ABNA", spaced=False)
DOCS.append(dict(
    id="p02", name="p02_declaraties_team_handhaving", producer="calc",
    title="Declaratieoverzicht team Handhaving Q1 2025",
    sheet_header="{Omgevingsdienst Haaglanden|O} - declaraties {Q1 2025|TE}",
    colw=[20, 10, 11, 34, 8, 11, 10, 26],
    sheets=[("Declaraties", [
        ["Medewerker", "Pers.nr", "Datum", "Omschrijving", "Km", "Kenteken", "Bedrag", "IBAN"],
        ["[[Yvonne de Winter|P|Yvonne;Winter]]", "[[104477|N]]", "07-01-2025", "Controle {Maasvlakte|L} ({Rotterdam|L})", "62", "[[GK-772-B|K]]", "€ 14,26", f"[[{I1}|I]]"],
        ["[[Mehmet Yıldız|P|Mehmet;Yıldız]]", "[[104512|N]]", "14-01-2025", "Parkeren {Q-Park|O} {Delft|L}", "-", "-", "€ 9,50", f"[[{I2}|I]]"],
        ["[[F. Hoek|P|F. Hoek]]", "[[103981|N]]", "22-01-2025", "Cursus {Wet milieubeheer|W}, {Utrecht|L}", "118", "[[5-TXV-21|K]]", "€ 27,14", f"[[{I3}|I]]"],
        ["[[Yvonne de Winter|P]]", "[[104477|N]]", "03-02-2025", "Lunch overleg {DCMR|O} (2 pers.)", "-", "-", "€ 31,80", f"[[{typo(I1)}|I]]"],
        ["[[Anouk van den Berg-Smit|P|Anouk;Berg-Smit]]", "[[104633|N]]", "11-02-2025", "Treinkaartje {NS|O} {Den Haag|L} - {Zwolle|L}", "-", "-", "€ 48,20", "[[NL82 TRIO 0212 4471 09|I]]"],
        ["", "", "", "Totaal", "", "", "€ 130,90", ""],
        ["Akkoord budgethouder: [[R.J. Zwolsman|P|Zwolsman]] (paraaf [[RJZ|PA]])", "", "", "Vragen: {declaraties@odh.nl|FE} of {088 - 750 80 00|S}", "", "", "", ""],
    ])],
))

# --------------------------------------------------------------------------------------------
# p03 Calc: contact list of a regional energy programme, two sheets (two pages)
# --------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="p03", name="p03_contactlijst_res_holland_rijnland", producer="calc",
    title="Contactlijst RES Holland Rijnland", landscape=True,
    sheet_header="{RES Holland Rijnland|O} - contactlijst stuurgroep en werkgroepen",
    colw=[26, 26, 22, 32, 18],
    sheets=[
        ("Stuurgroep", [
            ["Organisatie", "Naam", "Rol", "E-mail", "Telefoon"],
            ["{Gemeente Leiden|O}", "{wethouder Van Gelderen|F|Van Gelderen}", "voorzitter stuurgroep", "{info@leiden.nl|FE}", "{14 071|S}"],
            ["{Gemeente Leiden|O}", "[[Noor El Idrissi|P|Noor;El Idrissi]]", "ambtelijk secretaris", "[[n.elidrissi@leiden.nl|E]]", "[[071 - 516 55 82|T]]"],
            ["{Provincie Zuid-Holland|O}", "[[ir. W.F. (Wim) de Groot|P|W.F.;Wim;Groot]]", "adviseur energie", "[[wf.de.groot@pzh.nl|E]]", "[[06 10 94 33 71|T]]"],
            ["{Hoogheemraadschap van Rijnland|O}", "{dijkgraaf Van der Sande|F|Van der Sande}", "lid stuurgroep", "{bestuurssecretariaat@rijnland.net|FE}", "{071 306 30 63|S}"],
            ["{Liander|O}", "[[Jasper Kooij|P|Jasper;Kooij]]", "accountmanager netcongestie", "[[jasper.kooij@alliander.com|E]]", "[[+31 6 5521 0937|T]]"],
            ["{Energie Coöperatie Rijnland|O}", "[[Marjolein ’t Hart|P|Marjolein;’t Hart]]", "bestuurslid (vrijwilliger)", "[[marjolein.thart@hotmail.com|E]]", "[[0252-41 87 66|T]]"],
        ]),
        ("Werkgroepen", [
            ["Werkgroep", "Naam", "Organisatie", "E-mail", "Telefoon"],
            ["{Zon op dak|TE}", "[[Thijs Vermeulen|P|Thijs;Vermeulen]]", "{Gemeente Katwijk|O}", "[[t.vermeulen@katwijk.nl|E]]", "[[(071) 406 50 12|T]]"],
            ["{Zon op dak|TE}", "[[Özlem Kaya|P|Özlem;Kaya]]", "{Gemeente Alphen aan den Rijn|O}", "[[ö.kaya@alphenaandenrijn.nl|E|ö.kaya]]", "[[0172 - 46 93 18|T]]"],
            ["{Warmtetransitie|TE}", "[[Gert-Jan van Leeuwen|P|Gert-Jan;Leeuwen]]", "{Holland Rijnland|O}", "[[gj.vanleeuwen@hollandrijnland.nl|E]]", "[[06-1273 4450|T]]"],
            ["{Warmtetransitie|TE}", "[[L. Bakker|P|L. Bakker]]", "{Bakker Installatietechniek B.V.|O}", "[[l.bakker@bakker-installatie.nl|E]]", "{0800 - 022 45 67|S}"],
            ["{Participatie|TE}", "[[Fenna|P|Fenna]] (stagiair)", "{Hogeschool Leiden|O}", "{res@hollandrijnland.nl|FE}", "{071 - 523 90 90|S}"],
        ]),
    ],
))

# --------------------------------------------------------------------------------------------
# p04 Impress: slides of a stakeholder meeting on netcongestie
# --------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="p04", name="p04_slides_stakeholderbijeenkomst_netcongestie", producer="impress",
    title="Stakeholderbijeenkomst netcongestie Gelderland",
    author="[[Daan Huisman|P|Daan Huisman]]",
    slides=[
        ("Stakeholderbijeenkomst netcongestie", [
            "{Provincie Gelderland|O} en {TenneT|O} - {Arnhem|L}, 3 april 2025",
            "Opening: {gedeputeerde Van der Wal|F|Van der Wal}",
            "Presentatie: [[Daan Huisman|P|Daan;Huisman]] (programmamanager)",
            "Dagvoorzitter: [[Eva Kuiper-Mulder|P|Eva;Kuiper-Mulder]]",
        ]),
        ("Stand van zaken {Landelijk Actieprogramma Netcongestie|TE}", [
            "{Congestion management|TE} en {non-firm ATO|TE} bij {Liander|O} en {TenneT|O}",
            "  Wachtrij {Gelderland|L}: 1.430 aanvragen (peildatum 1 maart 2025)",
            "  Vraag uit de zaal ([[Ron de Jong|P|Ron;Jong]], {VNO-NCW Midden|O}): wanneer is er ruimte?",
            "Brief {minister Hermans|F|Hermans} ({KGG|O}) van februari 2025",
        ]),
        ("Contact en vervolg", [
            "Vragen: {netcongestie@gelderland.nl|FE} of {026 359 91 11|S}",
            "Projectteam: [[Daan Huisman|P]] ([[06 4827 1190|T]]), [[S. Ramdin|P|Ramdin]] ([[s.ramdin@gelderland.nl|E]])",
            "Volgende sessie: 12 juni 2025, {Huis der Provincie|G}",
        ]),
    ],
))

# --------------------------------------------------------------------------------------------
# p05 Impress: kick-off of a Woo implementation project at a ministry, team slide
# --------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="p05", name="p05_slides_kickoff_woo_implementatie", producer="impress",
    title="Kick-off project Actieve openbaarmaking",
    slides=[
        ("Kick-off {Actieve openbaarmaking|TE}", [
            "{Ministerie van Binnenlandse Zaken en Koninkrijksrelaties|O}",
            "Opdrachtgever: {DG Overheid|TI} - namens {minister Uitermark|F|Uitermark}",
            "Projectleider: [[Hanneke Zwolle|P|Hanneke;Zwolle, Hanneke]]",
            "Datum: 20 januari 2025, {Turfmarkt 147|G}",
        ]),
        ("Het team", [
            "[[Pieter-Jan Schouten|P|Pieter-Jan;Schouten]] - {informatieadviseur|TI}",
            "[[Aylin Demir|P|Aylin;Demir]] - {jurist Woo|TI}",
            "[[Koen van der Ploeg|P|Koen;Ploeg]] - {product owner|TI} {Woo-platform|PR}",
            "Externe inhuur: [[Ruben Visscher|P|Ruben;Visscher]] ({Capgemini|O})",
            "Vragen over [[Zwolle, Hanneke|P]]? Mail {woo@minbzk.nl|FE}",
        ]),
        ("Planning", [
            "Q1: {DiWoo|TE} metadata en {TOOI|TE} waardelijsten",
            "Q2: koppeling {Open Overheid|PR} ({KOOP|O}), {Wet open overheid|W} art. 3.3",
            "Stand-up elke dinsdag 9:15 in {Teams|PR}; notulen: [[Aylin Demir|P]]",
        ]),
    ],
))

# --------------------------------------------------------------------------------------------
# p06 AcroForm: aanvraag evenementenvergunning, the applicant's data in form fields
# --------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="p06", name="p06_formulier_evenementenvergunning", producer="form", text_h=190,
    title="Aanvraagformulier evenementenvergunning",
    text="""
# Aanvraag evenementenvergunning
{Gemeente Amersfoort|O} - {Stadhuisplein 1|G}, {3811 LM Amersfoort|G} - {14 033|S}
Dit formulier is digitaal ingevuld via het {e-loket|TE}. Ingevuld door [[Wouter Klaassen|P|Wouter;Klaassen]] namens {Stichting Zomerfeest Soest|O}. Zaaknummer {Z/25/118342|C}.
## Gegevens aanvrager
""",
    form=[
        ("Naam aanvrager", "[[Wouter Klaassen|P]]"),
        ("Geboortedatum", "[[14-06-1981|D]]"),
        ("Adres", "[[Vlindersingel 27|A]], [[3762 BT|A]] Soest"),
        ("Telefoon", "[[06-29 40 71 85|T]]"),
        ("E-mail", "[[w.klaassen81@gmail.com|E]]"),
        ("Naam evenement", "Zomerfeest Soest 2025"),
        ("Contact op de dag zelf", "[[Lieke Klaassen-Boer|P|Lieke;Klaassen-Boer]], [[06 3155 8027|T]]"),
    ],
    below="""
## Behandeling (in te vullen door de gemeente)
Ontvangen op 4 februari 2025. Behandelaar: [[Marco Vink|P|Marco;Vink]], team {Vergunningen, Toezicht en Handhaving|O}. Advies gevraagd aan {Veiligheidsregio Utrecht|O} en {politie Midden-Nederland|O}.
Correspondentie via {evenementen@amersfoort.nl|FE}.
""",
))

# --------------------------------------------------------------------------------------------
# p07 reportlab: draft Kamerbrief with reviewer comments (PDF annotations) and bookmarks
# --------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="p07", name="p07_concept_kamerbrief_met_opmerkingen", producer="reportlab", font="serif",
    title="CONCEPT Kamerbrief voortgang Nationaal Programma Leefbaarheid en Veiligheid",
    author="[[R. Meijer-Tas|P|R. Meijer-Tas;Meijer-Tas]]",
    text="""
# CONCEPT - Kamerbrief voortgang {Nationaal Programma Leefbaarheid en Veiligheid|TE}
~ Aan | De Voorzitter van de {Tweede Kamer der Staten-Generaal|O}
~ Datum | 7 maart 2025
~ Kenmerk | {2025-0000139452|C}
~ Contactpersoon | [[R. Meijer-Tas|P]], [[06 - 21 90 48 63|T]], [[renate.meijer-tas@minbzk.nl|E]]
## 1. Aanleiding
Met deze brief informeer ik uw Kamer, mede namens {de minister van Justitie en Veiligheid|TI}, over de voortgang van het programma in twintig gebieden, waaronder {Rotterdam-Zuid|L}, {Den Helder|L} en {Emmen|L}. Tijdens het commissiedebat heeft {het lid Bikker (ChristenUnie)|F|Bikker} gevraagd naar de rol van wijkteams; {het lid Kostić (PvdD)|F|Kostić} vroeg naar groen in de wijk.
## 2. Voortgang
De regiegroep, voorgezeten door [[Joost Harmsen|P|Joost;Harmsen]], heeft in februari de eerste {Wijkdeals|TE} vastgesteld. In {Emmen|L} is gesproken met bewoners; een bewoner, [[mevrouw A. Sahin|P|A. Sahin]], vertelde over de sluiting van het buurthuis.
## 3. Vervolg
Ik zal uw Kamer voor de zomer opnieuw informeren.
{De minister van Binnenlandse Zaken en Koninkrijksrelaties|TI},
{J.A.M. Uitermark|F|Uitermark}
""",
    annots=[
        {"author": "[[Harmsen, Joost|P|Harmsen, Joost]]", "contents": "Graag afstemmen met [[Wendy Bosch|P|Wendy Bosch]] (JenV) voor versturen.", "at": (540, 720)},
        {"author": "[[R. Meijer-Tas|P]]", "contents": "Naam bewoner uit de tekst halen? Zie mail van [[Joost Harmsen|P]].", "at": (540, 520)},
    ],
    outline=["Aanleiding", "Voortgang - gesprek [[mevrouw A. Sahin|P]]", "Vervolg (reviewer [[R. Meijer-Tas|P]])"],
))

# --------------------------------------------------------------------------------------------
# p08 reportlab, landscape table written into a portrait page and shown via /Rotate 90
# --------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="p08", name="p08_nota_zienswijzen_peilbesluit_rotated", producer="reportlab", landscape=True,
    rotate=[0], rotate_content=True, size=8.5,
    title="Nota van beantwoording zienswijzen ontwerp-peilbesluit Oude Rijn",
    colw={4: [0.05, 0.27, 0.38, 0.30]},
    text="""
# Nota van beantwoording zienswijzen ontwerp-peilbesluit {Oude Rijn|L}
{Hoogheemraadschap van Rijnland|O}, {Archimedesweg 1|G}, {Leiden|L}. Vastgesteld door het college van dijkgraaf en hoogheemraden, {dijkgraaf Van der Sande|F|Van der Sande}. Zaak {2024-008812|C}.
| Nr | Indiener | Samenvatting zienswijze | Reactie hoogheemraadschap |
| 1 | [[J.H. Verhoef|P|J.H. Verhoef;Verhoef]], melkveehouder, [[Hogeweg 14|A]], {Zwammerdam|L} | Het zomerpeil van -0,85 m NAP is te hoog voor zijn percelen; [[Verhoef|P]] vreest vernatting. | Het peil wordt in peilvak 4 met 5 cm verlaagd. Contact via {vergunningen@rijnland.net|FE}. |
| 2 | [[Familie De Bruijn-Winter|P|De Bruijn-Winter]], [[Kerkweg 3|A]], {Bodegraven|L} | Kelderwateroverlast na de winter van 2024. | Geen aanleiding tot wijziging; het winterpeil blijft gelijk. |
| 3 | {LTO Noord|O}, namens leden; contact [[Harm Groeneveld|P|Harm;Groeneveld]] ([[06 18 27 36 45|T]]) | Vraagt om een {flexibel peilbeheer|TE}. | Wordt meegenomen in het {Waterbeheerprogramma 2028-2033|TE}. |
| 4 | {Natuurmonumenten|O} | Ondersteunt het besluit; pleit voor {natuurvriendelijke oevers|TE}. | Ter kennisgeving aangenomen. |
| 5 | [[A. Oudshoorn|P|A. Oudshoorn]], [[Oudshoornseweg 112|A|Oudshoornseweg 112]], {Alphen aan den Rijn|L} | Heeft geen bericht ontvangen op [[a.oudshoorn@kpnmail.nl|E]]. | Excuses; de kennisgeving was gepubliceerd in het {Waterschapsblad|TE}. |
!small Behandelend ambtenaar: [[ing. C. (Corine) van Tiel|P|Corine;Tiel]], {071 306 30 63|S}.
""",
))

# --------------------------------------------------------------------------------------------
# p09 reportlab two columns: intranet newsletter of a ministry with named employees
# --------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="p09", name="p09_intranet_nieuwsbrief_twee_kolommen", producer="reportlab", twocol=True, size=9,
    title="Intranet - Nieuwsbrief Directie Water en Bodem",
    footer="{Nieuwsbrief DWB|TE} nr. 4 - april 2025",
    text="""
# Nieuwsbrief {Directie Water en Bodem|O}
## In het zonnetje: het droogteteam
Afgelopen zomer draaide het landelijk droogteteam overuren. Teamleider [[Marloes Hoekstra|P|Marloes;Hoekstra]] coördineerde de {Landelijke Coördinatiecommissie Waterverdeling|O} samen met [[Sjoerd van Wijk|P|Sjoerd;Wijk]] van {Rijkswaterstaat|O}.
"Het was pittig," zegt [[Sjoerd|P]]. "Maar de samenwerking met de waterschappen in {Friesland|L} en {Zeeland|L} was uitstekend."
{Minister Madlener|F|Madlener} bedankte het team tijdens zijn werkbezoek aan {Lelystad|L}.
## Nieuwe collega's
[[Fatma Arslan|P|Fatma;Arslan]] begint als {beleidsmedewerker grondwater|TI}. Zij kwam van de {Unie van Waterschappen|O}. [[Tom Verbruggen|P|Tom;Verbruggen]] is de nieuwe {secretaris van de Deltacommissaris|TI}-staf; bereikbaar op [[06 5120 3384|T]].
## Afscheid
Na 38 jaar gaat [[Hennie de Boer|P|Hennie;Boer]] met pensioen. Zij begon in 1987 bij de {Dienst Getijdewateren|O} in {Middelburg|L}. Kaarten kunnen naar haar huisadres: [[Zeestraat 41|A]], [[4331 NP|A]] {Middelburg|L}.
## Agenda
Op 15 mei spreekt {de Deltacommissaris|TI} over {Ruimte voor de Rivier|TE}. Aanmelden via {nieuwsbrief-dwb@minienw.nl|FE}.
## Van de redactie
Tips voor de volgende editie? Mail [[Bart Zomer|P|Bart;Zomer]] ([[b.zomer@minienw.nl|E]]). De volgende nieuwsbrief verschijnt in de zomer.
## Sportnieuws
Het voetbalteam van de directie won het toernooi in {Den Haag|L}; topscorer was [[Kees Vos|P|Kees;Vos]].
""",
))

# --------------------------------------------------------------------------------------------
# p10 scan without text layer: a citizen's bezwaar letter, with a DMS receipt stamp as text
# --------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="p10", name="p10_scan_bezwaar_parkeervergunning", producer="scan", size=11.5,
    title="Bezwaarschrift parkeervergunning (scan)",
    stamp="Ontvangen {Gemeente Haarlem|O} 12-03-2025 // Zaaknummer {Z-2025-04411|C} // Team {Juridische Zaken|O}",
    text="""
[[Gerrit Jan Timmerman|P|Timmerman]]
[[Kleverparkweg 88|A]]
[[2023 CK|A]] Haarlem
Aan het college van burgemeester en wethouders van Haarlem
Postbus 511, 2003 PB Haarlem
Haarlem, 9 maart 2025
Betreft: bezwaar tegen weigering bezoekersvergunning
Geachte heer, mevrouw,
Hierbij maak ik bezwaar tegen uw besluit van 3 februari 2025 om mijn aanvraag voor een parkeervergunning voor de auto met kenteken [[HX-903-D|K]] te weigeren. Mijn moeder, mevrouw [[Aaltje Timmerman-Kok|P|Timmerman-Kok]], woont bij ons in en heeft mantelzorg nodig.
Mijn BSN is [[{b}|B]]. U kunt mij bellen op [[06 - 47 21 09 58|T]].
Met vriendelijke groet,
[[G.J. Timmerman|P|Timmerman]]
""".replace("{b}", bsn("p10")),
))

# --------------------------------------------------------------------------------------------
# p11 scan with OCR text layer: machtiging (authorisation) for a hoorzitting
# --------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="p11", name="p11_scan_ocr_machtiging", producer="scan", ocr=True, size=12,
    title="Machtiging (scan met OCR)",
    text="""
MACHTIGING
Ondergetekende, [[Petronella Huijbregts|P|Petronella;Huijbregts]], geboren op [[2 april 1958|D]], wonende te [[Dorpsstraat 19|A]], Vught,
machtigt hierbij haar zoon [[Martijn Huijbregts|P|Martijn]], telefoon [[06 8814 2390|T]],
om namens haar op te treden in de bezwaarprocedure bij de gemeente Vught over de Wmo-voorziening.
Plaats en datum: Vught, 20 januari 2025
Handtekening: [[P. Huijbregts|P|P. Huijbregts]]
""",
))
