"""Documents cl01-cl16 of set CL."""
from __future__ import annotations

D = []


def doc(did, producer, blocks, **opts):
    D.append(dict(id=did, producer=producer, blocks=blocks, **opts))


MOT = ("h", "Informatie die niet openbaar gemaakt kan worden")
MOT2 = ("p", "Motivering: in de openbaar gemaakte versie zijn persoonsgegevens van medewerkers, "
             "patiënten en derden onleesbaar gemaakt op grond van artikel 5.1, tweede lid, onder e, "
             "van de Woo; gegevens over gezondheid op grond van artikel 5.1, eerste lid, onder d.")

IGJ_FOOT = ("small", "Inspectie Gezondheidszorg en Jeugd | Stadsplateau 1, Utrecht | Postbus 2518 | "
                     "T 088 120 5000 | meldpunt@igj.nl")

# ---------------------------------------------------------------- cl01 Woo decision (2 pages)
doc("cl01", "rl", [
    ("small", "Inspectie Gezondheidszorg en Jeugd\nStadsplateau 1, Utrecht\nPostbus 2518\nT 088 120 5000"),
    ("sp", 10),
    ("p", "Aangetekend en per e-mail\nDe heer J. Pinas\nGoudsbloemlaan 19\n2282 CP Rijswijk\n"
          "joost.pinas@protonmail.com"),
    ("p", "Datum: 14 mei 2025\nOns kenmerk: WOO-2025-0219\nBetreft: besluit op uw Woo-verzoek over "
          "calamiteiten in Zuyderland Medisch Centrum en Maasstad Ziekenhuis"),
    ("p", "Geachte heer Pinas,"),
    ("p", "Op 3 februari 2025 heeft de Inspectie Gezondheidszorg en Jeugd (IGJ) uw verzoek ontvangen op "
          "grond van de Wet open overheid (Woo). U vraagt om openbaarmaking van alle documenten over de "
          "calamiteit op de afdeling B3 Interne van Zuyderland Medisch Centrum in Heerlen in januari 2025, "
          "over de melding van het Maasstad Ziekenhuis in Rotterdam en over het toezicht op "
          "woonzorgcentrum De Wingerd in Brunssum. Bij e-mail van 10 februari 2025 heeft "
          "mevrouw Y. Bergsma, Woo-coördinator, de ontvangst bevestigd en de beslistermijn met twee weken "
          "verdaagd."),
    ("h", "1. Inventarisatie"),
    ("p", "De inspectie heeft 31 documenten gevonden. Deze staan op de inventarislijst bij dit besluit. "
          "Het gaat om calamiteitenrapporten op grond van de Wkkgz, e-mailwisselingen tussen inspecteurs en "
          "de Raad van Bestuur van beide ziekenhuizen, een brief van de minister van VWS aan de Tweede "
          "Kamer, verslagen, een klacht en een overzicht van meldingen bij het Meldpunt IGJ."),
    ("h", "2. Besluit"),
    ("p", "Ik besluit de documenten deels openbaar te maken. Vier documenten zijn al openbaar; daarnaar "
          "wordt in de inventarislijst verwezen. De weigeringsgronden licht ik hieronder toe."),
    ("h", "3. Overwegingen"),
    ("p", "Persoonsgegevens (artikel 5.1, tweede lid, onder e, Woo). In de documenten staan namen, "
          "e-mailadressen en telefoonnummers van medewerkers van de inspectie, van zorgverleners en van "
          "leden van de Raad van Bestuur. Leden van een Raad van Bestuur van een zorgaanbieder zijn geen "
          "publieke ambtsdragers; hun functie blijft zichtbaar, hun naam niet. Ook registratienummers in "
          "het BIG-register maak ik niet openbaar, omdat zij direct tot een persoon herleidbaar zijn."),
    ("p", "Bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, Woo). Gegevens over de "
          "gezondheid van patiënten en bewoners maak ik niet openbaar. Dat geldt ook voor geboortedata, "
          "patiëntnummers en burgerservicenummers."),
    ("p", "Namen van de minister en de staatssecretarissen van VWS en van Kamerleden blijven zichtbaar. "
          "Zaaknummers van de inspectie, zoals IGJ-2025-004817 en IGJ-2025-006132, zijn geen "
          "persoonsgegevens en blijven leesbaar."),
    ("h", "4. Wijze van openbaarmaking"),
    ("p", "De documenten worden gepubliceerd op de website van de inspectie. Heeft u vragen, dan kunt u "
          "contact opnemen met de Woo-coördinator via woo@igj.nl of via telefoonnummer 088 120 5000. "
          "Rechtstreeks: 06-27401958 (Y. Bergsma)."),
    ("p", "Met vriendelijke groet,\nde minister van Volksgezondheid, Welzijn en Sport,\nnamens deze,\n"
          "de inspecteur-generaal van de Inspectie Gezondheidszorg en Jeugd,\n\n[handtekening]\n\n"
          "Bezwaarclausule: tegen dit besluit kunt u binnen zes weken bezwaar maken op grond van de "
          "Algemene wet bestuursrecht (Awb)."),
    MOT, MOT2,
    IGJ_FOOT,
], font="Helvetica", title="Besluit Woo-verzoek WOO-2025-0219", author="IGJ")

# ---------------------------------------------------------------- cl02 inventory list
rows = [["Nr.", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"]]
inv = [
    ("1", "Calamiteitenrapport VIM-2025-0312 Zuyderland", "07-03-2025", "deels openbaar", "5.1.2e, 5.1.1d", ""),
    ("2", "Beoordeling calamiteitenrapport IGJ-2025-004817", "21-03-2025", "deels openbaar", "5.1.2e", ""),
    ("3", "E-mailwisseling inspecteur en Raad van Bestuur Zuyderland", "jan-feb 2025", "deels openbaar", "5.1.2e", ""),
    ("4", "E-mailwisseling Maasstad Ziekenhuis IGJ-2025-006132", "feb 2025", "deels openbaar", "5.1.2e, 5.1.1d", ""),
    ("5", "Kamerbrief minister van VWS over toezicht IGJ", "04-04-2025", "openbaar", "-", "al openbaar, Kamerstuk 32 620"),
    ("6", "Verslag bestuurlijk overleg IGJ - Zuyderland", "12-02-2025", "deels openbaar", "5.1.2e", ""),
    ("7", "Klacht dochter patiënt (handgeschreven)", "19-01-2025", "deels openbaar", "5.1.2e, 5.1.1d", ""),
    ("8", "Overzicht meldingen Meldpunt IGJ, eerste kwartaal", "31-03-2025", "deels openbaar", "5.1.2e", ""),
    ("9", "Chatexport Microsoft Teams inspecteurs", "jan 2025", "deels openbaar", "5.1.2e, 5.2.1", ""),
    ("10", "Calamiteitenrapport De Wingerd (Wzd) IGJ-2025-007455", "18-03-2025", "deels openbaar", "5.1.2e, 5.1.1d", ""),
    ("11", "Melding Jeugdwet IGJ-2025-008021", "02-04-2025", "deels openbaar", "5.1.2e, 5.1.1d, 5.1.1e", ""),
    ("12", "Beslisnota directie Curatieve Zorg", "25-03-2025", "deels openbaar", "5.1.2e, 5.2.1", ""),
    ("13", "RIVM-advies uitbraak CPE, RIVM-LCI-2025-044", "28-01-2025", "openbaar", "-", ""),
    ("14", "Factsheet Wkkgz-calamiteiten", "2025", "openbaar", "-", "dubbel met nr. 22"),
]
rows += [list(r) for r in inv]
doc("cl02", "rl", [
    ("t", "Inventarislijst Woo-besluit WOO-2025-0219"),
    ("p", "Bijlage 1 bij het besluit van de Inspectie Gezondheidszorg en Jeugd van 14 mei 2025. "
          "Gronden: 5.1.1d (bijzondere persoonsgegevens), 5.1.1e (identificatienummers), 5.1.2e "
          "(persoonlijke levenssfeer), 5.2.1 (persoonlijke beleidsopvattingen)."),
    ("tbl", rows, [5, 42, 13, 14, 15, 20]),
    ("small", "Behandeld door Y. Bergsma, Woo-coördinator IGJ, y.bergsma@igj.nl. Vragen: woo@igj.nl."),
], font="DejaVuSans", land=True, size=10, title="Inventarislijst WOO-2025-0219", author="IGJ")

# ---------------------------------------------------------------- cl03 calamity report Zuyderland (docx, ~3 pages)
doc("cl03", "docx", [
    ("t", "Calamiteitenrapport VIM-2025-0312"),
    ("p", "Zuyderland Medisch Centrum, Henri Dunantstraat 5, Heerlen\n"
          "Aan: Inspectie Gezondheidszorg en Jeugd, Meldpunt IGJ (meldpunt@igj.nl)\n"
          "IGJ-zaaknummer: IGJ-2025-004817\nDatum rapport: 7 maart 2025\n"
          "Opgesteld door: calamiteitencommissie, voorzitter E. Coumans (kwaliteitsfunctionaris)\n"
          "Vastgesteld door: Raad van Bestuur, G. Ramakers (voorzitter Raad van Bestuur)"),
    ("h", "1. Samenvatting"),
    ("p", "Op 14 januari 2025 is op de afdeling B3 Interne bij een patiënte van 86 jaar een intraveneuze "
          "heparinepomp ingesteld met een tienvoudige dosering. De patiënte, mevrouw Hubertina "
          "Schoonbrood-Vliegen (geboren 03-08-1938, BSN 204819374, patiëntnummer ZMC-4471829), werd "
          "opgenomen wegens atriumfibrilleren en ontwikkelde na ongeveer zes uur een intracraniële "
          "bloeding. Zij is op 16 januari 2025 overleden. De Raad van Bestuur heeft de gebeurtenis op "
          "17 januari 2025 als calamiteit gemeld op grond van artikel 11 van de Wkkgz."),
    ("h", "2. Betrokken zorgverleners"),
    ("tbl", [["Functie", "Naam", "BIG-nummer", "Rol in de gebeurtenis"],
             ["internist (supervisor)", "dr. F. Offermans", "49061244001", "telefonische supervisie"],
             ["arts-assistent", "R. Kleuskens", "29058371601", "voorschrijver"],
             ["verpleegkundige", "S. Wetzels", "19062783030", "instellen pomp"],
             ["verpleegkundige", "J. Habets", "-", "dubbele controle"],
             ["teamleider", "P. Lemmens", "-", "afdeling B3 Interne"]]),
    ("h", "3. Feitenrelaas"),
    ("p", "Om 16.40 uur schreef arts-assistent Kleuskens in HiX heparine voor volgens het protocol "
          "'Antistolling bij atriumfibrilleren'. In het elektronisch voorschrift stond de concentratie "
          "in IE/ml, terwijl de Alaris GP-pomp op de afdeling in ml/uur werd ingesteld. Verpleegkundige "
          "Wetzels stelde de pomp in; de dubbele controle door verpleegkundige Habets vond plaats aan de "
          "balie, niet aan het bed. Om 22.10 uur vond de avonddienst mevrouw Schoonbrood-Vliegen verward "
          "en met een afwijkende pupilreactie. De dienstdoende arts-assistent belde dr. Offermans, die de "
          "pomp liet stoppen. Een CT-scan toonde een hersenbloeding."),
    ("p", "Tijdens de nacht is de familie gebeld. De dochter, mevrouw Ingrid Schoonbrood, was om 23.30 uur "
          "aanwezig. Zij heeft later een klacht ingediend bij de klachtenfunctionaris "
          "(klachtenfunctionaris@zuyderland.nl)."),
    ("h", "4. Analyse (PRISMA)"),
    ("p", "De commissie onderscheidt drie basisoorzaken: (a) de weergave van de eenheid in HiX sluit niet aan "
          "op de bibliotheek van de Alaris-pompen; (b) de dubbele controle is in de praktijk een "
          "administratieve handeling geworden; (c) de supervisie in de avond verloopt telefonisch en de "
          "internist had op dat moment ook de Spoedeisende Hulp onder zich. Ziekenhuisapotheker M. Vranken "
          "heeft bevestigd dat de pompbibliotheek voor heparine sinds 2023 niet was bijgewerkt."),
    ("p", "Factoren aan de kant van de patiënt: bij mevrouw Schoonbrood-Vliegen was diabetes mellitus type 2 "
          "bekend en een verminderde nierfunctie. Deze factoren verklaren de ernst, niet de oorzaak."),
    ("h", "5. Maatregelen"),
    ("tbl", [["Nr.", "Maatregel", "Eigenaar", "Gereed"],
             ["1", "Pompbibliotheek Alaris bijwerken voor heparine, Clexane-omzetting en Fragmin", "ziekenhuisapotheek (MVr)", "1 april 2025"],
             ["2", "Dubbele controle aan het bed, vastgelegd in HiX", "teamleider B3 (PLe)", "1 mei 2025"],
             ["3", "Supervisie avond: tweede internist bereikbaar", "medisch manager Interne Geneeskunde (SRu)", "1 juni 2025"],
             ["4", "Scholing hoog-risicomedicatie voor verpleegkundigen", "opleidingen", "doorlopend"]]),
    ("h", "6. Contact met de nabestaanden"),
    ("p", "De voorzitter van de calamiteitencommissie heeft op 5 maart 2025 met mevrouw Ingrid Schoonbrood "
          "gesproken in Heerlen. Zij heeft het conceptrapport ingezien; haar opmerkingen zijn in paragraaf 3 "
          "verwerkt. Contact: 06-28417753 of ingrid.schoonbrood@ziggo.nl (alleen voor intern gebruik)."),
    ("p", "Contactpersoon voor de inspectie: Patricia Lemmens, teamleider, p.lemmens@zuyderland.nl, "
          "06-51209384, of het secretariaat via calamiteiten@zuyderland.nl en 088 459 7777."),
    ("p", "Heerlen, 7 maart 2025\nG. Ramakers, voorzitter Raad van Bestuur\n"
          "H. Kurvers, lid Raad van Bestuur"),
], author="Zuyderland", title="Calamiteitenrapport VIM-2025-0312")

# ---------------------------------------------------------------- cl04 IGJ assessment (Times, 2 pages)
doc("cl04", "rl", [
    ("small", "Inspectie Gezondheidszorg en Jeugd - Team Ziekenhuizen"),
    ("t", "Beoordeling calamiteitenrapport"),
    ("p", "Zaaknummer: IGJ-2025-004817\nZorgaanbieder: Zuyderland Medisch Centrum, Heerlen\n"
          "Rapport: VIM-2025-0312 van 7 maart 2025\nBeoordeeld door: W. Feddema, senior inspecteur, en "
          "J. Kooistra, inspecteur\nDatum: 21 maart 2025"),
    ("h", "Conclusie"),
    ("p", "Het onderzoek voldoet aan de eisen van de Wkkgz en het Uitvoeringsbesluit Wkkgz. De inspectie "
          "sluit de melding af onder voorwaarde dat de maatregelen 1 tot en met 3 binnen de gestelde "
          "termijn zijn uitgevoerd. De inspectie vraagt de Raad van Bestuur uiterlijk 1 juli 2025 te "
          "rapporteren over de effecten."),
    ("h", "Beoordeling per criterium"),
    ("tbl", [["Criterium", "Oordeel", "Toelichting"],
             ["Onafhankelijkheid commissie", "voldoet", "Geen van de leden was betrokken bij de zorg op B3."],
             ["Betrokkenheid nabestaanden", "voldoet", "Dochter is gehoord; zie paragraaf 6 van het rapport."],
             ["Analyse basisoorzaken", "voldoet", "PRISMA; de koppeling HiX en Alaris is goed uitgewerkt."],
             ["Maatregelen SMART", "deels", "Maatregel 4 heeft geen einddatum."],
             ["Rol Raad van Bestuur", "voldoet", "Rapport vastgesteld door voorzitter en lid Raad van Bestuur."]],
     [30, 12, 58]),
    ("h", "Toelichting"),
    ("p", "De inspectie heeft op 11 maart 2025 telefonisch gesproken met de internist, dr. Offermans, en met "
          "de teamleider van de afdeling, mevrouw Lemmens. Uit het gesprek blijkt dat arts-assistent "
          "Kleuskens op de avond van 14 januari 2025 drie afdelingen onder zich had. De inspectie acht dit "
          "een relevante factor die in het rapport te weinig aandacht krijgt."),
    ("p", "De inspectie heeft in het BIG-register (CIBG) nagegaan dat de betrokken zorgverleners "
          "geregistreerd zijn. Het BIG-nummer 29058371601 is actief; tegen de arts-assistent loopt geen "
          "tuchtzaak bij het Regionaal Tuchtcollege. De inspectie ziet geen aanleiding voor een "
          "tuchtklacht of een onderzoek naar individueel handelen."),
    ("p", "Gelet op de ernst - het overlijden van een patiënte van 86 jaar na een intracraniële bloeding - "
          "meldt de inspectie de casus anoniem in haar jaarbeeld. Het ziekenhuis heeft de fabrikant BD "
          "geïnformeerd over de bibliotheek van de Alaris GP-pomp."),
    ("h", "Vervolg"),
    ("p", "Brief aan de Raad van Bestuur: verzonden 24 maart 2025 (kenmerk 4087713-1079102-IGJ). "
          "Contact: W. Feddema, w.feddema@igj.nl, 06-15938204. Afschrift aan teamleider A. Lindhout."),
    ("p", "Paraaf beoordelaars: WFe / JKo      Akkoord teamleider: ALi"),
    IGJ_FOOT,
], font="Times", title="Beoordeling IGJ-2025-004817", author="IGJ")

# ---------------------------------------------------------------- cl05 e-mail thread IGJ <-> RvB Zuyderland (2 pages)
doc("cl05", "rl", [
    ("p", "Van: Feddema, Wietske <w.feddema@igj.nl>\nVerzonden: vrijdag 24 januari 2025 09:14\n"
          "Aan: Ramakers, Gertruud <g.ramakers@zuyderland.nl>\nCC: Kooistra, Jelmer <j.kooistra@igj.nl>; "
          "Thissen, Loes <l.thissen@zuyderland.nl>\nOnderwerp: RE: melding calamiteit afdeling B3 "
          "Interne - IGJ-2025-004817"),
    ("p", "Geachte mevrouw Ramakers,"),
    ("p", "Dank voor de melding van 17 januari 2025. De inspectie heeft de melding geregistreerd onder "
          "IGJ-2025-004817. Wij verwachten binnen acht weken na de melding het calamiteitenrapport. Gelet "
          "op de betrokkenheid van een Alaris-pomp vragen wij u ook na te gaan of andere afdelingen "
          "(Cardiologie, Neurologie, Intensive Care) met dezelfde pompbibliotheek werken."),
    ("p", "Daarnaast ontvingen wij via het Landelijk Meldpunt Zorg een signaal van een familielid. Wij "
          "gaan ervan uit dat de klachtenfunctionaris daarover contact heeft met de familie."),
    ("p", "Met vriendelijke groet,\nWietske Feddema\nsenior inspecteur | Team Ziekenhuizen\n"
          "Inspectie Gezondheidszorg en Jeugd\nM 06-15938204 | T 088 120 5000"),
    ("p", "-----Oorspronkelijk bericht-----\nVan: Ramakers, Gertruud <g.ramakers@zuyderland.nl>\n"
          "Verzonden: vrijdag 17 januari 2025 16:52\nAan: meldpunt@igj.nl\nCC: Kurvers, Hans "
          "<h.kurvers@zuyderland.nl>; calamiteiten@zuyderland.nl\nOnderwerp: melding calamiteit "
          "afdeling B3 Interne"),
    ("p", "Geachte inspectie,"),
    ("p", "Hierbij meldt de Raad van Bestuur van Zuyderland Medisch Centrum een calamiteit als bedoeld in de "
          "Wkkgz. Op 14 januari 2025 is een patiënte op de afdeling B3 Interne in Heerlen na een "
          "doseringsfout met heparine overleden. Het interne nummer is VIM-2025-0312. De "
          "calamiteitencommissie onder leiding van mevrouw Coumans start maandag."),
    ("p", "Voor vragen kunt u terecht bij onze bestuurssecretaris, Loes Thissen (06-41736028, "
          "l.thissen@zuyderland.nl)."),
    ("p", "Met vriendelijke groet,\nGertruud Ramakers\nvoorzitter Raad van Bestuur\nZuyderland Medisch "
          "Centrum | Henri Dunantstraat 5 | Heerlen | 088 459 7777"),
    ("pb",),
    ("p", "Van: Thissen, Loes <l.thissen@zuyderland.nl>\nVerzonden: maandag 27 januari 2025 11:03\n"
          "Aan: Feddema, Wietske <w.feddema@igj.nl>\nCC: Ramakers, Gertruud <g.ramakers@zuyderland.nl>\n"
          "Onderwerp: RE: RE: melding calamiteit afdeling B3 Interne - IGJ-2025-004817"),
    ("p", "Beste mevrouw Feddema,"),
    ("p", "Namens de voorzitter Raad van Bestuur bevestig ik dat de ziekenhuisapotheek alle afdelingen "
          "nagaat. Op Cardiologie en Neurologie wordt dezelfde bibliotheek gebruikt; op de Intensive Care "
          "een andere versie. De apotheker, de heer Vranken, stuurt u deze week een overzicht."),
    ("p", "Wat de familie betreft: de klachtenfunctionaris, mevrouw Bouwens, heeft op 22 januari met de "
          "dochter van mevrouw Schoonbrood-Vliegen gesproken. Zij heeft een schriftelijke klacht "
          "ingediend; deze sturen wij u niet toe zonder haar toestemming."),
    ("p", "Hartelijke groet,\nLoes Thissen\nbestuurssecretaris Zuyderland\n06-41736028"),
    ("p", "Van: Kooistra, Jelmer <j.kooistra@igj.nl>\nVerzonden: maandag 27 januari 2025 14:20\n"
          "Aan: Feddema, Wietske <w.feddema@igj.nl>\nOnderwerp: RE: ...\n\nWietske, ik plan het "
          "bestuurlijk overleg op 12 februari in Heerlen. Anouk sluit aan. Groet, Jelmer"),
], font="Helvetica", size=9.5, title="RE: melding calamiteit afdeling B3 Interne", author="IGJ")

# ---------------------------------------------------------------- cl06 e-mail thread Maasstad (docx, 2 pages)
doc("cl06", "docx", [
    ("p", "Van: Roodbeen, Niek <n.roodbeen@igj.nl>\nVerzonden: dinsdag 18 februari 2025 10:41\n"
          "Aan: secretariaatrvb@maasstadziekenhuis.nl\nCC: Oudshoorn, Coen "
          "<c.oudshoorn@maasstadziekenhuis.nl>; Kraaijeveld, Maartje <m.kraaijeveld@maasstadziekenhuis.nl>\n"
          "Onderwerp: Melding IGJ-2025-006132 - Intensive Care Maasstad Ziekenhuis"),
    ("p", "Geachte heer Oudshoorn,"),
    ("p", "De inspectie heeft op 11 februari 2025 uw melding ontvangen over een patiënt die op de "
          "Intensive Care van het Maasstad Ziekenhuis in Rotterdam een overdosis noradrenaline kreeg na "
          "een wissel van spuitpomp. Uit de melding begrijp ik dat de patiënt, de heer Bakkal (geboren "
          "17-11-1961, patiëntnummer MS-2290174), werd behandeld voor een septische shock en dat hij "
          "inmiddels is overgeplaatst naar de afdeling Cardiologie."),
    ("p", "Ik vraag u om voor 4 maart 2025 te laten weten: (1) of de gebeurtenis als calamiteit wordt "
          "onderzocht; (2) welke maatregelen direct zijn genomen; (3) hoe de echtgenote, mevrouw Bakkal, "
          "wordt betrokken. In de melding staat haar mobiele nummer 06-33017429; wij nemen zelf geen "
          "contact met haar op."),
    ("p", "Met vriendelijke groet,\nNiek Roodbeen\ninspecteur, Team Ziekenhuizen\nInspectie Gezondheidszorg "
          "en Jeugd\n06-46028813"),
    ("p", "Van: Tjon-A-Kiem, Sharon <s.tjonakiem@maasstadziekenhuis.nl>\nVerzonden: donderdag 27 februari "
          "2025 17:05\nAan: Roodbeen, Niek <n.roodbeen@igj.nl>\nCC: Oudshoorn, Coen; Kraaijeveld, Maartje\n"
          "Onderwerp: RE: Melding IGJ-2025-006132 - Intensive Care Maasstad Ziekenhuis"),
    ("p", "Geachte heer Roodbeen,"),
    ("p", "Namens de Raad van Bestuur beantwoord ik uw vragen."),
    ("p", "1. Ja. De Raad van Bestuur heeft de gebeurtenis aangemerkt als calamiteit. De commissie staat "
          "onder leiding van een anesthesioloog van buiten de Intensive Care.\n"
          "2. Direct is de instructie voor het wisselen van spuitpompen aangepast: de IC-verpleegkundige "
          "wisselt niet meer alleen. De betrokken IC-verpleegkundige, mevrouw D. Sedney (BIG 59037712830), "
          "en de arts-assistent, de heer B. Doelman, zijn opgevangen door het team collegiale "
          "ondersteuning. Dr. H. Zwanenburg, anesthesioloog, heeft als supervisor de patiënt "
          "gestabiliseerd.\n"
          "3. Mevrouw Bakkal is op 13 februari gesproken door het lid Raad van Bestuur, mevrouw "
          "Kraaijeveld, en door dr. Zwanenburg. Zij ontvangt het conceptrapport."),
    ("p", "De heer Bakkal is op 24 februari 2025 met ontslag naar huis gegaan; de nazorg loopt via de polikliniek Cardiologie."),
    ("p", "Met vriendelijke groet,\nSharon Tjon-A-Kiem\nbestuurssecretaris\nMaasstad Ziekenhuis | "
          "Maasstadweg 21 | Rotterdam | 010 291 1911\nM 06-19472605"),
    ("p", "Van: Oudshoorn, Coen\nVerzonden: vrijdag 28 februari 2025 08:12\nAan: Tjon-A-Kiem, Sharon; "
          "Kraaijeveld, Maartje\nOnderwerp: RE: Melding IGJ-2025-006132\n\nDank Sharon, helder. Maartje, "
          "wil jij de familie ook de brochure van de Patiëntenfederatie Nederland meegeven? Coen"),
    MOT, MOT2,
], author="Maasstad Ziekenhuis", title="Melding IGJ-2025-006132")

# ---------------------------------------------------------------- cl07 Kamerbrief (2 pages)
doc("cl07", "rl", [
    ("small", "Ministerie van Volksgezondheid, Welzijn en Sport\nParnassusplein 5, Den Haag\n"
              "Postbus 20350\nT 070 340 79 11"),
    ("p", "De Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA Den Haag"),
    ("p", "Datum: 4 april 2025\nKenmerk: 4102256-1080431-VWS\nBetreft: toezicht van de IGJ op "
          "calamiteiten met hoog-risicomedicatie"),
    ("p", "Geachte voorzitter,"),
    ("p", "Tijdens het commissiedebat over patiëntveiligheid van 19 februari 2025 heb ik het lid Dijk (SP) "
          "toegezegd u te informeren over het toezicht van de Inspectie Gezondheidszorg en Jeugd (IGJ) op "
          "calamiteiten met infuuspompen. Ook de leden Tielen (VVD) en Bushoff (GroenLinks-PvdA) vroegen "
          "daarnaar. Met deze brief doe ik die toezegging gestand, mede namens de staatssecretaris van "
          "Jeugd, Preventie en Sport, de heer Karremans, en de staatssecretaris van Langdurige en "
          "Maatschappelijke Zorg, mevrouw Maeijer."),
    ("h", "Meldingen in 2024 en 2025"),
    ("p", "Zorgaanbieders melden calamiteiten bij de IGJ op grond van de Wet kwaliteit, klachten en geschillen "
          "zorg (Wkkgz). In 2024 ontving de inspectie ruim 2.900 meldingen van calamiteiten; in ongeveer "
          "zes procent speelde een medicatiepomp een rol. De inspectie ziet dat ziekenhuizen de "
          "bibliotheken van pompen, zoals de Alaris GP, niet altijd bijwerken na een wijziging in het "
          "elektronisch patiëntendossier, zoals HiX. Zij heeft daarover in maart 2025 een "
          "signaleringsbrief gestuurd aan alle ziekenhuizen."),
    ("h", "Samenwerking met NZa, RIVM en CIBG"),
    ("p", "De IGJ deelt signalen met de Nederlandse Zorgautoriteit (NZa) als de continuïteit van zorg in "
          "het geding is. Het RIVM ondersteunt met kennis over medische technologie en het CIBG beheert "
          "het BIG-register. Voor de jeugdzorg houdt de inspectie toezicht op grond van de Jeugdwet; in de "
          "langdurige zorg op grond van de Wet zorg en dwang (Wzd)."),
    ("h", "Jeugdzorg en langdurige zorg"),
    ("p", "Ook buiten de ziekenhuizen ziet de inspectie risico's. In de jeugdzorg gaat het vooral om "
          "vrijheidsbeperkende maatregelen in gesloten instellingen; de staatssecretaris van Jeugd, "
          "Preventie en Sport betrekt de uitkomsten bij de Hervormingsagenda Jeugd. In de ouderenzorg "
          "ziet de inspectie dat onvrijwillige zorg, zoals een onrustband of psychofarmaca, niet altijd "
          "volgens het stappenplan van de Wzd wordt verleend. Staatssecretaris Maeijer zal de Kamer "
          "hierover in het najaar informeren, mede op basis van het jaarbeeld van de IGJ."),
    ("p", "Voor medische hulpmiddelen werkt de IGJ samen met fabrikanten als BD en Medtronic. Meldingen "
          "over hulpmiddelen, zoals insulinepompen van het type MiniMed 780G, komen ook bij het Meldpunt "
          "binnen en worden, waar nodig, gedeeld met Europese toezichthouders."),
    ("h", "Twee casussen"),
    ("p", "De inspectie heeft mij geïnformeerd over twee casussen die recent in de media aandacht kregen: "
          "een calamiteit in Zuyderland Medisch Centrum in Heerlen en een melding van het Maasstad "
          "Ziekenhuis in Rotterdam. Over individuele patiënten doe ik geen mededelingen. In beide gevallen "
          "heeft de Raad van Bestuur tijdig gemeld en een onafhankelijk onderzoek laten doen."),
    ("h", "Vervolg"),
    ("p", "In het Integraal Zorgakkoord (IZA) hebben partijen afgesproken dat zorgaanbieders leren van "
          "calamiteiten. Ik vraag Zorginstituut Nederland om samen met de Patiëntenfederatie Nederland "
          "te bezien hoe de betrokkenheid van nabestaanden kan verbeteren. Ook beantwoord ik hiermee "
          "de schriftelijke vragen van het lid Paulusma (D66) over dubbele controles (2025Z04418). Het "
          "lid Krul (CDA) heb ik toegezegd voor de zomer te rapporteren over de voortgang."),
    ("p", "Hoogachtend,\n\nde minister van Volksgezondheid, Welzijn en Sport,\n\nFleur Agema"),
], font="LiberationSerif", size=10.5, title="Kamerbrief toezicht IGJ op calamiteiten", author="VWS")

# ---------------------------------------------------------------- cl08 meeting note (docx, 2 pages)
doc("cl08", "docx", [
    ("t", "Verslag bestuurlijk overleg IGJ - Zuyderland Medisch Centrum"),
    ("p", "Datum: 12 februari 2025, 10.00-11.30 uur\nLocatie: Zuyderland, Henri Dunantstraat 5, Heerlen\n"
          "Zaak: IGJ-2025-004817"),
    ("h", "Aanwezig"),
    ("tbl", [["Naam", "Organisatie", "Functie", "Afkorting"],
             ["Anouk Lindhout", "IGJ", "teamleider Team Ziekenhuizen", "ALi"],
             ["Wietske Feddema", "IGJ", "senior inspecteur", "WFe"],
             ["Jelmer Kooistra", "IGJ", "inspecteur", "JKo"],
             ["Gertruud Ramakers", "Zuyderland", "voorzitter Raad van Bestuur", "GRa"],
             ["Hans Kurvers", "Zuyderland", "lid Raad van Bestuur", "HKu"],
             ["Loes Thissen", "Zuyderland", "bestuurssecretaris (verslag)", "LTh"],
             ["Stefan Rutten", "Zuyderland", "medisch manager Interne Geneeskunde", "SRu"]]),
    ("p", "Afwezig met bericht: Eveline Coumans (voorzitter calamiteitencommissie)."),
    ("h", "1. Opening en doel"),
    ("p", "ALi opent het overleg. Doel is de voortgang van het onderzoek naar de calamiteit van 14 januari "
          "2025 en het bredere beeld van medicatieveiligheid in Zuyderland. GRa licht toe dat de Raad "
          "van Toezicht is geïnformeerd."),
    ("h", "2. Voortgang calamiteitenonderzoek"),
    ("p", "HKu meldt dat het rapport VIM-2025-0312 voor 14 maart 2025 wordt ingediend. De commissie heeft "
          "de betrokken zorgverleners gesproken. SRu geeft aan dat de supervisie in de avond op Interne "
          "Geneeskunde onder druk staat door vacatures. WFe vraagt of de dochter van de patiënte is "
          "betrokken; LTh bevestigt dat de klachtenfunctionaris contact heeft."),
    ("h", "3. Pompbibliotheek en HiX"),
    ("p", "De ziekenhuisapotheker heeft vastgesteld dat de bibliotheek van de Alaris-pompen op drie "
          "afdelingen verouderd was. Een update is besteld bij BD. JKo vraagt of ChipSoft is gevraagd de "
          "weergave van eenheden in HiX aan te passen. SRu: ja, ticket loopt."),
    ("h", "4. Signaal uit het Landelijk Meldpunt Zorg"),
    ("p", "Er zijn twee signalen over bejegening op de Spoedeisende Hulp binnengekomen. WFe stuurt deze "
          "geanonimiseerd door. GRa wil ze bespreken met de medisch manager van de Spoedeisende Hulp."),
    ("h", "5. Actiepunten"),
    ("tbl", [["Nr.", "Actie", "Wie", "Wanneer"],
             ["1", "Rapport VIM-2025-0312 indienen bij Meldpunt IGJ", "HKu", "14-03-2025"],
             ["2", "Overzicht pompbibliotheken per afdeling sturen", "SRu", "28-02-2025"],
             ["3", "Signalen Landelijk Meldpunt Zorg geanonimiseerd sturen", "WFe", "19-02-2025"],
             ["4", "Vervolgoverleg plannen (na beoordeling rapport)", "JKo / LTh", "april 2025"],
             ["5", "Raad van Toezicht informeren over uitkomst", "GRa", "na afronding"]]),
    ("p", "Verslag: LTh, vastgesteld door ALi en GRa op 20 februari 2025."),
    MOT, MOT2,
], author="Zuyderland", title="Verslag bestuurlijk overleg 12 februari 2025")

# ---------------------------------------------------------------- cl09 handwritten complaint (scan, 2 pages)
doc("cl09", "scanhand", [
    ("p", "Kerkrade, 19 januari 2025"),
    ("p", "Aan de klachtenfunctionaris van Zuyderland\nen aan de Inspectie (IGJ)"),
    ("p", "Mijn naam is Ingrid Schoonbrood. Ik woon aan de Dorpsstraat 112, 6461 CG Kerkrade. "
          "Mijn telefoon is 06-28417753."),
    ("p", "Ik schrijf over mijn moeder, Hubertina Schoonbrood-Vliegen, geboren 03-08-1938. "
          "Zij lag op afdeling B3 in Heerlen voor haar atriumfibrilleren. Op 14 januari kreeg zij "
          "veel te veel heparine via de pomp. Die nacht bleek het een hersenbloeding. "
          "Twee dagen later is zij gestorven."),
    ("p", "Niemand heeft ons die avond verteld wat er was misgegaan. De verpleegkundige, Sanne Wetzels, "
          "zei alleen dat de dokter kwam. De arts-assistent Ruben Kleuskens heb ik nooit gezien. "
          "Pas de volgende dag zei dokter Offermans dat er een fout was gemaakt."),
    ("pb",),
    ("p", "Ik wil weten:\n1. waarom de pomp zo hoog stond\n2. waarom niemand aan het bed controleerde\n"
          "3. wat het ziekenhuis nu verandert"),
    ("p", "Ik wil ook dat de inspectie dit onderzoekt. Mijn moeder had recht op goede zorg."),
    ("p", "Met vriendelijke groet,\nIngrid Schoonbrood\ningrid.schoonbrood@ziggo.nl"),
], font="Femke", size=18, title="", author="")

# ---------------------------------------------------------------- cl10 table of reports (landscape, 2 pages)
mrows = [["Zaaknummer", "Datum", "Zorgaanbieder", "Soort", "Melder", "Telefoon melder", "Status"]]
mdata = [
    ("IGJ-2025-003390", "08-01-2025", "GGD Zuid Limburg", "signaal", "Esther Hameleers (burger)", "06-36102947", "afgesloten"),
    ("IGJ-2025-004817", "17-01-2025", "Zuyderland Medisch Centrum", "calamiteit", "G. Ramakers (RvB)", "088 459 7777", "in behandeling"),
    ("IGJ-2025-005561", "29-01-2025", "Zuyderland Medisch Centrum", "signaal", "Ingrid Schoonbrood (familie)", "06-28417753", "gekoppeld"),
    ("IGJ-2025-006132", "11-02-2025", "Maasstad Ziekenhuis", "calamiteit", "C. Oudshoorn (RvB)", "010 291 1911", "in behandeling"),
    ("IGJ-2025-006904", "20-02-2025", "Maasstad Ziekenhuis", "signaal", "Yasmina Bakkal (familie)", "06-33017429", "gekoppeld"),
    ("IGJ-2025-007018", "24-02-2025", "De Wingerd, Brunssum", "signaal", "Frank Pluijmen (zoon)", "06-40019372", "gekoppeld"),
    ("IGJ-2025-007455", "03-03-2025", "De Wingerd, Brunssum", "calamiteit Wzd", "R. Smeets (bestuurder)", "045 563 2000", "in behandeling"),
    ("IGJ-2025-007734", "07-03-2025", "Zuyderland Medisch Centrum", "signaal", "Wim Ploumen (burger)", "045-5712204", "afgesloten"),
    ("IGJ-2025-008021", "18-03-2025", "Jeugdbescherming Rotterdam Rijnmond", "Jeugdwet", "M. Verhoef (jeugdbeschermer)", "06-24930571", "in behandeling"),
    ("IGJ-2025-008236", "21-03-2025", "Maasstad Ziekenhuis", "signaal", "Gerda Moonen (burger)", "-", "afgesloten"),
    ("IGJ-2025-008410", "26-03-2025", "GGD Zuid Limburg", "melding", "T. Coenen (arts)", "06-20573318", "afgesloten"),
    ("IGJ-2025-008655", "28-03-2025", "Zuyderland Medisch Centrum", "signaal", "Ahmed el Amrani (patiënt)", "-", "in behandeling"),
    ("IGJ-2025-009012", "31-03-2025", "Maasstad Ziekenhuis", "melding", "S. Tjon-A-Kiem (RvB-secretariaat)", "06-19472605", "in behandeling"),
    ("IGJ-2025-009178", "31-03-2025", "De Wingerd, Brunssum", "melding", "E. Bemelmans (Wzd-functionaris)", "-", "in behandeling"),
]
mrows += [list(r) for r in mdata]
doc("cl10", "rl", [
    ("t", "Overzicht meldingen Meldpunt IGJ - eerste kwartaal 2025 (selectie Zuid-Limburg en Rotterdam)"),
    ("p", "Export uit het registratiesysteem van het Meldpunt IGJ, 31 maart 2025. Alleen meldingen die "
          "onder het Woo-verzoek WOO-2025-0219 vallen. Kolommen 'Melder' en 'Telefoon melder' bevatten "
          "persoonsgegevens van burgers en medewerkers van zorgaanbieders."),
    ("tbl", mrows, [15, 10, 22, 11, 25, 13, 12]),
    ("p", "Toelichting soort: calamiteit = melding op grond van de Wkkgz door de zorgaanbieder; calamiteit "
          "Wzd = melding van onvrijwillige zorg met ernstige gevolgen op grond van de Wet zorg en dwang; "
          "Jeugdwet = melding van een jeugdhulpaanbieder of gecertificeerde instelling; signaal = "
          "melding van een burger via het Landelijk Meldpunt Zorg."),
    ("p", "Samengesteld door: J. Kooistra (Team Ziekenhuizen) en N. Roodbeen. Controle: Anouk Lindhout."),
    ("pb",),
    ("h", "Samenvatting per team"),
    ("tbl", [["Team", "Meldingen", "Calamiteiten", "Signalen", "Afgesloten"],
             ["Team Ziekenhuizen", "8", "2", "5", "2"],
             ["Team Langdurige Zorg", "3", "1", "1", "0"],
             ["Team Jeugd", "1", "0", "0", "0"],
             ["Overig (GGD)", "2", "0", "1", "2"]]),
    ("p", "Bron: registratiesysteem Meldpunt IGJ. Gegevens over patiënten worden in dit overzicht niet "
          "vermeld; zie daarvoor de afzonderlijke zaakdossiers. Afgedrukt door JKo op 31-03-2025."),
], font="Carlito", land=True, size=10, title="Overzicht meldingen Q1 2025", author="IGJ")
