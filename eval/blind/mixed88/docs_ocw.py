"""Set CT: the ministry OCW (beslisnota, e-mail bundle, overleg, Kamerstuk, Woo-besluit, handwritten note)."""
from __future__ import annotations

from lib import *  # noqa: F401,F403
from lib import registry

DOCS: list = []
doc = registry(DOCS)


# ------------------------------------------------------------------------------------------ ct27
@doc("ct27", "Beslisnota aan de minister over de herstelregeling uitwonendenbeurs (empty Woo section)",
     "reportlab LibSans, side column in a table")
def ct27(d):
    st = styles("LibSans", 9.5)
    side = P("<b>Directie Studiefinanciering</b><br/>Rijnstraat 50<br/>2515 XP Den Haag<br/>Postbus 16375<br/>"
             "2500 BJ Den Haag<br/>www.rijksoverheid.nl/ocw<br/><br/><b>Contactpersoon</b><br/>F. Dekkers<br/>"
             "senior beleidsmedewerker<br/>T 06-4820 1975<br/>f.dekkers@minocw.nl<br/><br/><b>Kenmerk</b><br/>"
             "49821037<br/><br/><b>Bijlagen</b><br/>2", st["tiny"])
    main = [P("Nota", st["h1"]),
            plain_table([["Aan", "de minister van Onderwijs, Cultuur en Wetenschap"],
                         ["Van", "Sjoerd Altena, plv. directeur Studiefinanciering"],
                         ["Datum", "2 september 2024"],
                         ["Onderwerp", "Vormgeving herstelregeling uitwonendenbeurs"],
                         ["Kopie aan", "SG, DG HO&amp;S, Marijke Hoogendoorn-Tas (WJZ), DUO"]],
                        [25 * mm, 105 * mm], st["n"]),
            P("Aanleiding", st["h2"]),
            P("Op 1 maart 2024 heeft uw ambtsvoorganger, minister Dijkgraaf, de Tweede Kamer geïnformeerd over "
              "het onderzoek van PwC naar het risicoprofiel dat DUO gebruikte bij de controle op de "
              "uitwonendenbeurs, en excuses aangeboden. Hij heeft een herstelregeling toegezegd. In het commissiedebat van 18 april 2024 vroeg het lid "
              "Paternotte (D66) om een ruimhartige regeling; het lid Soepboer (NSC) vroeg naar de "
              "uitvoerbaarheid.", st["n"]),
            P("Geadviseerd besluit", st["h2"]),
            P("Aan de minister wordt gevraagd: in te stemmen met variant B (terugbetaling van boetes en "
              "herzieningen plus een forfaitaire tegemoetkoming van € 250 per gecontroleerde student) en de "
              "bijgevoegde brief aan de Tweede Kamer te ondertekenen.", st["n"]),
            P("Kern", st["h2"]),
            P("Variant A (alleen terugbetalen) sluit niet aan bij uw excuses. Variant C (individuele "
              "beoordeling van schade) is volgens DUO niet uitvoerbaar vóór 2026. Variant B kost circa "
              "€ 61 miljoen en is per 1 januari 2025 uitvoerbaar. De Autoriteit Persoonsgegevens en het "
              "College voor de Rechten van de Mens zijn geïnformeerd.", st["n"]),
            P("Krachtenveld", st["h2"]),
            P("De LSVb en het ISO steunen variant B maar vinden het bedrag te laag. Student Yusuf D. uit "
              "Rotterdam heeft via zijn advocaat aangekondigd een schadeclaim in te dienen. JOB MBO vraagt "
              "aandacht voor mbo-studenten.", st["n"]),
            P("Toelichting", st["h2"]),
            P("DUO heeft op verzoek van het ministerie in juni 2023 de huisbezoeken op "
              "basis van het risicoprofiel gestopt. Staatssecretaris Paul is geïnformeerd over de "
              "consequenties voor de mbo-instellingen.", st["n"]),
            P("Informatie die niet openbaar gemaakt kan worden", st["h2"]),
            P("[nog in te vullen]", st["n"]),
            Spacer(1, 3 * mm),
            grid_table([["Naam", "Functie", "Paraaf", "Datum"],
                        ["S. Altena", "plv. directeur DSF", "SA", "02-09"],
                        ["F. Dekkers", "senior beleidsmedewerker", "FD", "30-08"],
                        ["A. Kaya", "jurist WJZ", "AK", "30-08"]], [35 * mm, 50 * mm, 20 * mm, 20 * mm],
                       st["small"])]
    t = Table([[side, main]], colWidths=[38 * mm, 132 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (1, 0), (1, 0), 8)]))
    build_platypus(d.path, [t], margins=(15, 15, 18, 18),
                   on_page=footer("Ministerie van Onderwijs, Cultuur en Wetenschap | 49821037", font="LibSans"))
    d.r("PERSON", "F. Dekkers", "F. Dekkers")
    d.r("PHONE", "06-4820 1975")
    d.r("EMAIL", "f.dekkers@minocw.nl")
    d.r("PERSON", "Sjoerd Altena", "Sjoerd Altena", "S. Altena")
    d.r("PERSON", "Marijke Hoogendoorn-Tas")
    d.r("PERSON", "Yusuf D.", "Yusuf D.")
    d.r("PERSON", "A. Kaya")
    for c in ("SA", "FD", "AK"):
        d.r("PARAPH", c)
    d.k("ORG", "Directie Studiefinanciering")
    d.k("ADDRESS", "Rijnstraat 50")
    d.k("ADDRESS", "Postbus 16375")
    d.k("URL", "www.rijksoverheid.nl/ocw")
    d.k("REF", "49821037")
    d.k("ROLE", "minister van Onderwijs, Cultuur en Wetenschap")
    d.k("ROLE", "plv. directeur Studiefinanciering")
    d.k("ROLE", "senior beleidsmedewerker")
    d.k("OFFICE", "het lid Paternotte (D66)", "Paternotte")
    d.k("OFFICE", "het lid Soepboer (NSC)", "Soepboer")
    d.k("OFFICE", "minister Dijkgraaf")
    d.k("OFFICE", "Staatssecretaris Paul")
    d.k("ORG", "Tweede Kamer")
    d.k("ORG", "PwC")
    d.k("ORG", "DUO")
    d.k("ORG", "Autoriteit Persoonsgegevens")
    d.k("ORG", "College voor de Rechten van de Mens")
    d.k("ORG", "LSVb")
    d.k("ORG", "ISO")
    d.k("ORG", "JOB MBO")
    d.k("ORG", "WJZ")
    d.k("AMOUNT", "€ 61 miljoen")
    d.k("DATE", "2 september 2024")
    d.k("PLACE", "Rotterdam")


# ------------------------------------------------------------------------------------------ ct28
@doc("ct28", "OCW e-mailbundel Kamervragen sociale veiligheid Hendrik Marsman College (Dutch headers)",
     "reportlab Carlito, Outlook print of a bundle")
def ct28(d):
    st = styles("Carlito", 9.5)

    def msg(hdr, body):
        out = [P("<br/>".join(f"<b>{k}</b> {esc(v)}" for k, v in hdr), st["small"]), Spacer(1, 2 * mm)]
        out += [P(b, st["n"]) for b in body]
        out.append(Spacer(1, 4 * mm))
        return out
    s = [P("Document 12 - e-mailbundel (4 berichten)", st["h2"])]
    s += msg([("Van:", "Buitenhuis, Remco <remco.buitenhuis@minocw.nl>"),
              ("Verzonden:", "maandag 20 januari 2025 09:31"),
              ("Aan:", "Kamervragen VO <kamervragen-vo@minocw.nl>; Hoogendoorn-Tas, Marijke "
                       "<m.hoogendoorn-tas@minocw.nl>"),
              ("CC:", "Inspectie Bestuursondersteuning <bestuursondersteuning@owinsp.nl>"),
              ("Onderwerp:", "Kamervragen lid Paternotte over sociale veiligheid Zeist (2025Z00941)")],
             ["Beste collega's,",
              "Vrijdag zijn schriftelijke vragen gesteld door het lid Paternotte (D66) over het "
              "inspectierapport van het Hendrik Marsman College in Zeist (kenmerk 2025Z00941). De vragen "
              "gaan over de registratie van discriminatie-incidenten en over de rol van het bestuur SVOUH. "
              "Staatssecretaris Paul beantwoordt; termijn is drie weken (uitstelbericht uiterlijk 7 februari).",
              "Marijke, wil jij vanuit de directie VO de pen nemen? Ik vraag de inspectie om een feitelijke "
              "bijdrage. Let op: in de media (AD Utrechts Nieuwsblad) wordt een leerling met naam genoemd; die "
              "naam nemen wij niet over.",
              "Groet,<br/>Remco Buitenhuis<br/>coördinator Kamervragen | directie Voortgezet Onderwijs<br/>"
              "Ministerie van Onderwijs, Cultuur en Wetenschap<br/>M 06-1509 4476"])
    s += msg([("Van:", "Hoogendoorn-Tas, Marijke"), ("Verzonden:", "maandag 20 januari 2025 11:02"),
              ("Aan:", "Buitenhuis, Remco"), ("CC:", "Kaya, Ayşe"),
              ("Onderwerp:", "RE: Kamervragen lid Paternotte over sociale veiligheid Zeist (2025Z00941)")],
             ["Dag Remco,",
              "Doe ik. Ayşe, kun jij vraag 4 (bevoegdheden staatssecretaris richting bestuur, art. 23 "
              "Grondwet en de Wet op het onderwijstoezicht) oppakken? Ik spreek woensdag met burgemeester "
              "Janssen van Zeist, die ook door de raad is bevraagd (raadslid Van Ommeren-Stuivenberg).",
              "Marijke<br/>plv. directeur Voortgezet Onderwijs<br/>T 070 412 3456 (algemeen) | M 06-2953 0712"])
    s.append(PageBreak())
    s += msg([("Van:", "Maarten Hofstede <m.hofstede@owinsp.nl>"), ("Verzonden:", "dinsdag 21 januari 2025 16:45"),
              ("Aan:", "Buitenhuis, Remco <remco.buitenhuis@minocw.nl>"),
              ("CC:", "bestuursondersteuning@owinsp.nl; Dijkhuizen-Ramdin, Esther"),
              ("Onderwerp:", "RE: feitelijke bijdrage Kamervragen 2025Z00941")],
             ["Beste Remco,",
              "Hierbij de feitelijke bijdrage van de inspectie. Het rapport is op 17 december 2024 vastgesteld "
              "en gepubliceerd. De school staat onder geïntensiveerd toezicht; het herstelonderzoek volgt in "
              "het najaar van 2025. Over individuele leerlingen doen wij geen uitspraken. Voor de goede orde: "
              "de leerling die in het AD wordt genoemd, is niet dezelfde als de leerling uit ons rapport.",
              "Met vriendelijke groet,<br/>Maarten Hofstede<br/>inspecteur voortgezet onderwijs<br/>"
              "T 088 669 64 27"])
    s += msg([("Van:", "Kaya, Ayşe <a.kaya@minocw.nl>"), ("Verzonden:", "donderdag 23 januari 2025 08:12"),
              ("Aan:", "Hoogendoorn-Tas, Marijke; Buitenhuis, Remco"),
              ("Onderwerp:", "RE: vraag 4")],
             ["Concepttekst vraag 4: 'De staatssecretaris heeft geen bevoegdheid om in te grijpen in de "
              "bedrijfsvoering van een individuele school. De inspectie houdt toezicht op grond van de Wet op "
              "het onderwijstoezicht en kan, bij ernstige tekortkomingen, een aanwijzing adviseren (art. 3.11 "
              "WVO 2020).'",
              "Ik ben vrijdag afwezig (ziekenhuisafspraak), daarna weer bereikbaar. Ayşe"])
    s.append(P("Bijlage: feitelijke bijdrage inspectie (document 13).", st["small"]))
    build_platypus(d.path, s, on_page=footer("Woo-besluit OCW/2025/0417 - document 12", font="Carlito"))
    d.r("PERSON", "Remco Buitenhuis", "Buitenhuis, Remco", "Remco Buitenhuis", "Remco")
    d.r("EMAIL", "remco.buitenhuis@minocw.nl")
    d.r("PERSON", "Marijke Hoogendoorn-Tas", "Hoogendoorn-Tas, Marijke", "Marijke")
    d.r("EMAIL", "m.hoogendoorn-tas@minocw.nl")
    d.r("PHONE", "06-1509 4476")
    d.r("PERSON", "Ayşe Kaya", "Kaya, Ayşe", "Ayşe")
    d.r("PHONE", "06-2953 0712")
    d.r("PERSON", "Maarten Hofstede")
    d.r("EMAIL", "m.hofstede@owinsp.nl")
    d.r("PERSON", "Esther Dijkhuizen-Ramdin", "Dijkhuizen-Ramdin, Esther")
    d.r("PHONE", "088 669 64 27")
    d.r("EMAIL", "a.kaya@minocw.nl")
    d.r("HEALTH", "ziekenhuisafspraak")
    d.k("EMAIL", "kamervragen-vo@minocw.nl")
    d.k("EMAIL", "bestuursondersteuning@owinsp.nl")
    d.k("REF", "2025Z00941")
    d.k("OFFICE", "het lid Paternotte (D66)", "Paternotte")
    d.k("OFFICE", "Staatssecretaris Paul")
    d.k("OFFICE", "burgemeester Janssen")
    d.k("OFFICE", "raadslid Van Ommeren-Stuivenberg", "Van Ommeren-Stuivenberg")
    d.k("ORG", "Hendrik Marsman College")
    d.k("ORG", "SVOUH")
    d.k("ORG", "AD Utrechts Nieuwsblad")
    d.k("LAW", "Grondwet")
    d.k("LAW", "Wet op het onderwijstoezicht")
    d.k("LAW", "WVO 2020")
    d.k("PHONE", "070 412 3456")
    d.k("ROLE", "coördinator Kamervragen")
    d.k("ROLE", "plv. directeur Voortgezet Onderwijs")
    d.k("ROLE", "inspecteur voortgezet onderwijs")
    d.k("ORG", "directie Voortgezet Onderwijs")
    d.k("ORG", "Ministerie van Onderwijs, Cultuur en Wetenschap")
    d.k("REF", "OCW/2025/0417")
    d.k("TERM", "geïntensiveerd toezicht")
    d.k("PLACE", "Zeist")


# ------------------------------------------------------------------------------------------ ct29
@doc("ct29", "OCW e-mail thread with PwC (English headers, English body, signature blocks)",
     "reportlab DejaVu, e-mail print")
def ct29(d):
    st = styles("DejaVu", 8.8)

    def hdr(rows):
        return P("<br/>".join(f"<b>{k}</b> {esc(v)}" for k, v in rows), st["small"])
    s = [hdr([("From:", "Dekkers, Floor <f.dekkers@minocw.nl>"), ("Sent:", "Tuesday, 9 January 2024 14:20"),
              ("To:", "Hendriks-Opoku, Jasmijn <jasmijn.hendriks-opoku@pwc.com>"),
              ("Cc:", "Altena, Sjoerd <s.altena@minocw.nl>; DSF secretariaat <dsf-secretariaat@minocw.nl>"),
              ("Subject:", "RE: Draft report - indirect discrimination in DUO home visit selection")]),
         Spacer(1, 2 * mm),
         P("Dear Jasmijn,", st["n"]),
         P("Thank you for the draft. Two remarks from our side. First, please do not include the case "
           "descriptions in annex C: even without names, the combination of city, study programme and date "
           "of the home visit makes several students identifiable (e.g. the student from Slochteren whose "
           "father had a heart attack). Second, the Minister wants to inform the House before 1 March, so we "
           "need the final version by 9 February.", st["n"]),
         P("Could you also confirm that the data transfer from DUO ran through the secure environment of CBS "
           "and that no data left it? Our DPO, Mr Van Beusekom, will ask.", st["n"]),
         P("Kind regards,<br/>Floor Dekkers<br/>Senior Policy Officer | Student Finance Department<br/>"
           "Ministry of Education, Culture and Science | Rijnstraat 50, The Hague<br/>M +31 6 4820 1975",
           st["n"]),
         Spacer(1, 3 * mm),
         hdr([("From:", "Hendriks-Opoku, Jasmijn <jasmijn.hendriks-opoku@pwc.com>"),
              ("Sent:", "Friday, 5 January 2024 18:03"), ("To:", "Dekkers, Floor <f.dekkers@minocw.nl>"),
              ("Cc:", "Bram Verhulst <bram.verhulst@pwc.com>"),
              ("Subject:", "Draft report - indirect discrimination in DUO home visit selection")]),
         Spacer(1, 2 * mm),
         P("Dear Floor,", st["n"]),
         P("Please find attached the draft report 'Onderzoek naar het risicoprofiel uitwonendenbeurs' "
           "(version 0.8). Key finding: the selection criteria led to a disproportionate selection of students "
           "with a non-European migration background (odds ratio 1.9 for MBO students). We used the CBS "
           "Microdata environment; DUO data were pseudonymised by DUO before transfer.", st["n"]),
         P("My colleague Bram will present the methodology to the steering committee on 16 January at "
           "Rijnstraat 50. Happy to take questions by phone: +31 88 792 6034 (direct).", st["n"]),
         P("Best regards,<br/>Jasmijn Hendriks-Opoku<br/>Director, Risk Assurance | PwC Netherlands<br/>"
           "Thomas R. Malthusstraat 5, 1066 JR Amsterdam | T +31 88 792 00 20", st["n"]),
         Spacer(1, 3 * mm),
         P("This e-mail and any attachments may contain confidential information. If you are not the intended "
           "recipient, please notify the sender and delete it. PricewaterhouseCoopers Advisory N.V. is "
           "registered with the Chamber of Commerce under number 34180287.", st["tiny"])]
    build_platypus(d.path, s)
    d.r("PERSON", "Floor Dekkers", "Dekkers, Floor", "Floor Dekkers", "Floor")
    d.r("EMAIL", "f.dekkers@minocw.nl")
    d.r("PERSON", "Jasmijn Hendriks-Opoku", "Hendriks-Opoku, Jasmijn", "Jasmijn Hendriks-Opoku", "Jasmijn")
    d.r("EMAIL", "jasmijn.hendriks-opoku@pwc.com")
    d.r("PERSON", "Sjoerd Altena", "Altena, Sjoerd")
    d.r("EMAIL", "s.altena@minocw.nl")
    d.r("HEALTH", "father had a heart attack", "heart attack")
    d.r("PERSON", "Van Beusekom", "Van Beusekom")
    d.r("PHONE", "+31 6 4820 1975")
    d.r("PERSON", "Bram Verhulst", "Bram Verhulst", "Bram")
    d.r("EMAIL", "bram.verhulst@pwc.com")
    d.r("PHONE", "+31 88 792 6034")
    d.k("EMAIL", "dsf-secretariaat@minocw.nl")
    d.k("ORG", "DUO")
    d.k("ORG", "CBS")
    d.k("ORG", "PwC Netherlands")
    d.k("ORG", "PricewaterhouseCoopers Advisory N.V.")
    d.k("ADDRESS", "Thomas R. Malthusstraat 5")
    d.k("PHONE", "+31 88 792 00 20")
    d.k("ADDRESS", "Rijnstraat 50")
    d.k("ORG", "Ministry of Education, Culture and Science")
    d.k("ORG", "Student Finance Department")
    d.k("ROLE", "Senior Policy Officer")
    d.k("ROLE", "Director, Risk Assurance")
    d.k("ROLE", "DPO")
    d.k("PRODUCT", "Microdata")
    d.k("TERM", "odds ratio")
    d.k("TERM", "steering committee")
    d.k("REF", "34180287")
    d.k("PLACE", "Slochteren")


# ------------------------------------------------------------------------------------------ ct30
@doc("ct30", "Verslag bestuurlijk overleg OCW-DUO-Inspectie (docx, attendance with codes, action list)",
     "python-docx -> LibreOffice, Carlito")
def ct30(d):
    x = docx_new("Carlito", 10.5)
    docx_para(x, "Verslag Bestuurlijk Overleg OCW - DUO - Inspectie van het Onderwijs", bold=True, size=14)
    docx_para(x, "Datum: 3 oktober 2024, 10.00-12.00 uur | Locatie: Rijnstraat 50, Den Haag, zaal 14.03 | "
              "Kenmerk: BO-2024-04")
    docx_table(x, [["Naam", "Organisatie / functie", "Code"],
                   ["Sjoerd Altena", "OCW, plv. directeur Studiefinanciering (voorzitter)", "SA"],
                   ["Floor Dekkers", "OCW, senior beleidsmedewerker DSF (verslag)", "FDe"],
                   ["Remco Buitenhuis", "OCW, directie VO", "RBu"],
                   ["Gerard Smeenge", "DUO, teamleider Handhaving", "GSm"],
                   ["Dewi Kartosoewito", "DUO, privacy officer", "DKa"],
                   ["Esther Dijkhuizen-Ramdin", "Inspectie, coördinerend inspecteur VO", "EDR"],
                   ["Hanneke Lubbers-Smit", "Inspectie, afdeling Toezicht Hoger Onderwijs", "HLS"]],
               [55, 95, 20], size=9.5)
    docx_para(x, "")
    docx_para(x, "1. Herstelregeling uitwonendenbeurs", bold=True)
    docx_para(x, "SA meldt dat minister Bruins op 26 september 2024 heeft ingestemd met de uitwerking. GSm: "
              "DUO start de uitbetaling per 1 januari 2025 via het Programma Herstel Uitwonendenbeurs; de "
              "eerste brieven gaan in december uit; het lid Brinkhuis van de werkgroep Herstel (DUO Klantcontact) "
              "stelt de brieven op. DKa wijst erop dat de koppeling met CBS-gegevens niet voor "
              "de uitvoering mag worden gebruikt.")
    docx_para(x, "2. Signalen over mbo-instellingen", bold=True)
    docx_para(x, "EDR en HLS bespreken de samenwerking bij signalen die zowel studiefinanciering als "
              "onderwijskwaliteit raken. Afgesproken wordt dat de Inspectie signalen over inschrijvingen op "
              "papier ('spookstudenten') doorzet naar DUO via het functionele adres signalen@duo.nl.")
    docx_para(x, "3. Sociale veiligheid VO", bold=True)
    docx_para(x, "RBu licht toe dat staatssecretaris Paul in november een brief over sociale veiligheid naar "
              "de Kamer stuurt, met het wetsvoorstel Vrij en veilig onderwijs. EDR noemt het lopende "
              "onderzoek in Zeist als voorbeeld; details volgen niet in dit overleg.")
    docx_para(x, "4. Rondvraag", bold=True)
    docx_para(x, "FDe is vanaf 1 november met zwangerschapsverlof; haar taken gaan naar RBu. HLS meldt dat zij "
              "bereikbaar blijft via 06-3018 7462.")
    docx_para(x, "Actielijst", bold=True)
    docx_table(x, [["Nr.", "Actie", "Trekker", "Datum"],
                   ["BO-24-11", "Communicatieplan herstelregeling delen", "GSm", "1 november 2024"],
                   ["BO-24-12", "Werkafspraak signalen Inspectie-DUO vastleggen", "EDR / GSm", "1 december 2024"],
                   ["BO-24-13", "Privacytoets koppeling CBS afronden", "DKa", "15 november 2024"],
                   ["BO-24-14", "Overdracht dossier DSF", "FDe / RBu", "31 oktober 2024"]],
               [22, 90, 28, 30], size=9.5)
    docx_para(x, "")
    docx_para(x, "Volgend overleg: 6 februari 2025, DUO Groningen, Kempkensberg 12.", size=9)
    x.save(DOCX_DIR / "ct30.docx")
    for n in ("Sjoerd Altena", "Floor Dekkers", "Remco Buitenhuis", "Gerard Smeenge", "Dewi Kartosoewito",
              "Esther Dijkhuizen-Ramdin", "Hanneke Lubbers-Smit"):
        d.r("PERSON", n)
    for c in ("SA", "FDe", "RBu", "GSm", "DKa", "EDR", "HLS"):
        d.r("PARAPH", c)
    d.r("PERSON", "Brinkhuis")
    d.r("HEALTH", "zwangerschapsverlof")
    d.r("PHONE", "06-3018 7462")
    d.k("ORG", "OCW")
    d.k("ORG", "DUO")
    d.k("ORG", "Inspectie van het Onderwijs")
    d.k("ADDRESS", "Rijnstraat 50")
    d.k("ADDRESS", "Kempkensberg 12")
    d.k("REF", "BO-2024-04")
    d.k("REF", "BO-24-11")
    d.k("REF", "BO-24-13")
    d.k("OFFICE", "minister Bruins")
    d.k("OFFICE", "staatssecretaris Paul")
    d.k("PROG", "Programma Herstel Uitwonendenbeurs")
    d.k("LAW", "Vrij en veilig onderwijs")
    d.k("EMAIL", "signalen@duo.nl")
    d.k("ORG", "CBS")
    d.k("ROLE", "plv. directeur Studiefinanciering")
    d.k("ROLE", "privacy officer")
    d.k("ROLE", "coördinerend inspecteur VO")
    d.k("ROLE", "teamleider Handhaving")
    d.k("ORG", "afdeling Toezicht Hoger Onderwijs")
    d.k("PLACE", "Zeist")
    d.k("DATE", "3 oktober 2024")
    d.k("TERM", "spookstudenten")


# ------------------------------------------------------------------------------------------ ct31
@doc("ct31", "Antwoorden op Kamervragen van het lid Paternotte (public Kamerstuk, office holders only)",
     "reportlab Times-Roman, Kamerstuk layout")
def ct31(d):
    st = styles("Times-Roman", 11)
    qa = [
        ("1", "Bent u bekend met het inspectierapport over het Hendrik Marsman College in Zeist en het artikel "
              "'Discriminatie op school bleef maanden liggen' in het AD Utrechts Nieuwsblad van 14 januari 2025?",
         "Ja."),
        ("2", "Hoe vaak heeft de Inspectie van het Onderwijs in 2024 een onderzoek naar aanleiding van signalen "
              "over sociale veiligheid uitgevoerd?",
         "In 2024 heeft de inspectie 112 van zulke onderzoeken uitgevoerd in het voortgezet onderwijs. Het "
         "Meldpunt Vertrouwensinspecteurs ontving in het schooljaar 2023-2024 ruim 3.600 meldingen over "
         "psychisch en fysiek geweld en discriminatie."),
        ("3", "Welke verplichtingen hebben scholen bij het registreren van incidenten?",
         "Scholen moeten op grond van artikel 3.6 van de Wet op het voortgezet onderwijs 2020 zorgen voor "
         "sociale veiligheid, de veiligheidsbeleving van leerlingen monitoren en een aanspreekpunt pesten "
         "aanwijzen. Met het wetsvoorstel Vrij en veilig onderwijs wil ik deze zorgplicht aanscherpen."),
        ("4", "Kunt u ingrijpen als een bestuur tekortschiet?",
         "De staatssecretaris heeft geen bevoegdheid om in te grijpen in de bedrijfsvoering van een "
         "individuele school. De inspectie houdt toezicht op grond van de Wet op het onderwijstoezicht en kan, "
         "bij ernstige tekortkomingen, een aanwijzing adviseren (artikel 3.11 WVO 2020). Het bestuur van "
         "het Hendrik Marsman College heeft een verbeterplan opgesteld; burgemeester Janssen en wethouder "
         "Jellema van Zeist zijn daarbij betrokken."),
        ("5", "Wilt u deze vragen beantwoorden vóór het commissiedebat Sociale veiligheid?",
         "Ja, deze antwoorden zijn vóór het commissiedebat verzonden. Minister Bruins is betrokken voor het "
         "deel dat het mbo en de Wet educatie en beroepsonderwijs raakt."),
    ]
    s = [P("Tweede Kamer der Staten-Generaal", st["small"]),
         P("Aanhangsel van de Handelingen - Vergaderjaar 2024-2025", st["small"]),
         P("Antwoord van staatssecretaris Paul (Onderwijs, Cultuur en Wetenschap) op vragen van het lid "
           "Paternotte (D66) over sociale veiligheid op het Hendrik Marsman College in Zeist "
           "(ingezonden 17 januari 2025, kenmerk 2025Z00941).", st["h2"])]
    for n, q, a in qa:
        s.append(P(f"<b>Vraag {n}</b><br/>{esc(q)}", st["n"]))
        s.append(P(f"<b>Antwoord {n}</b><br/>{esc(a)}", st["n"]))
    s.append(P("Den Haag, 6 februari 2025", st["n"]))
    s.append(P("De staatssecretaris van Onderwijs, Cultuur en Wetenschap,<br/>Mariëlle Paul", st["n"]))
    build_platypus(d.path, s, on_page=footer("ah-tk-20242025-1187 | Tweede Kamer, vergaderjaar 2024-2025",
                                             font="Times-Roman"))
    d.k("OFFICE", "staatssecretaris Paul")
    d.k("OFFICE", "Mariëlle Paul")
    d.k("OFFICE", "het lid Paternotte (D66)", "Paternotte")
    d.k("OFFICE", "burgemeester Janssen")
    d.k("OFFICE", "wethouder Jellema")
    d.k("OFFICE", "Minister Bruins")
    d.k("ORG", "Tweede Kamer der Staten-Generaal")
    d.k("ORG", "Hendrik Marsman College")
    d.k("ORG", "Inspectie van het Onderwijs")
    d.k("ORG", "Meldpunt Vertrouwensinspecteurs")
    d.k("ORG", "AD Utrechts Nieuwsblad")
    d.k("LAW", "Wet op het voortgezet onderwijs 2020")
    d.k("LAW", "Wet op het onderwijstoezicht")
    d.k("LAW", "Vrij en veilig onderwijs")
    d.k("LAW", "Wet educatie en beroepsonderwijs")
    d.k("LAW", "WVO 2020")
    d.k("REF", "2025Z00941")
    d.k("REF", "ah-tk-20242025-1187")
    d.k("ROLE", "aanspreekpunt pesten")
    d.k("PLACE", "Zeist")
    d.k("DATE", "6 februari 2025")
    d.k("TERM", "commissiedebat Sociale veiligheid")


# ------------------------------------------------------------------------------------------ ct32
@doc("ct32", "Handgeschreven belnotitie OCW (scan of a note with a printed header, image-only)",
     "PIL Dkg + femkeklaver handwriting -> JPEG -> image-only PDF")
def ct32(d):
    def draw(dr, font):
        dr.rectangle((120, 120, 1530, 1500), outline=120, width=3)
        dr.text((150, 140), "Ministerie van Onderwijs, Cultuur en Wetenschap - telefoonnotitie", font=font("LibSans", 32),
                fill=60)
        dr.text((150, 190), "Datum: ____________   Voor: ____________   Van: ____________", font=font("LibSans", 30),
                fill=80)
        hw = [(260, 190, "16/1"), (260, 560, "Remco"), (260, 955, "Floor")]
        for y, x, t in hw:
            dr.text((x, 150 + 40), t, font=font("Femke", 54), fill=25)
        lines = ["Belde: mw. Wijnhoven-Smit, moeder",
                 "van Daan (Marsman College Zeist)",
                 "06-19374428",
                 "Wil weten of staatssecretaris",
                 "haar brief heeft gelezen. Boos",
                 "over OPP. Zoon nu thuis, ziek.",
                 "Terugbellen voor vrijdag!",
                 "Kopie aan Marijke H."]
        y = 330
        for t in lines:
            dr.text((160, y), t, font=font("Femke", 72), fill=10)
            y += 130
        dr.text((1250, y), "FD", font=font("Femke", 70), fill=20)
    scan_pdf(d.path, draw, seed=32, angle=0.4, quality=70)
    d.r("PERSON", "Remco", "Remco", ch="ocr")
    d.r("PERSON", "Floor", "Floor", ch="ocr")
    d.r("PERSON", "Wijnhoven-Smit", "Wijnhoven-Smit", "Wijnhoven", ch="ocr")
    d.r("PERSON", "Daan", "Daan", ch="ocr")
    d.r("PHONE", "06-19374428", "06-19374428", "19374428", ch="ocr")
    d.r("HEALTH", "ziek", "ziek", ch="ocr")
    d.r("PERSON", "Marijke H.", "Marijke", ch="ocr")
    d.r("PARAPH", "FD", "FD", ch="ocr")


# ------------------------------------------------------------------------------------------ ct33
@doc("ct33", "Woo-besluit OCW aan verzoeker (journalist) met inventarislijst",
     "reportlab LibSans, letter + inventory table")
def ct33(d):
    st = styles("LibSans", 9.5)
    s = [Table([[P("<b>Ministerie van Onderwijs, Cultuur en Wetenschap</b>", st["n"]),
                 P("Rijnstraat 50<br/>2515 XP Den Haag<br/>Postbus 16375<br/>2500 BJ Den Haag<br/>"
                   "www.rijksoverheid.nl", st["tiny"])]], colWidths=[112 * mm, 53 * mm]),
         Spacer(1, 8 * mm),
         P("Per e-mail: n.vanderhorst@investico.nl<br/>De heer N. van der Horst<br/>Herengracht 370-II<br/>"
           "1016 CH Amsterdam", st["n"]),
         Spacer(1, 5 * mm),
         plain_table([["Datum", "12 maart 2025"], ["Ons kenmerk", "OCW/2025/0417"],
                      ["Uw verzoek", "24 oktober 2024"], ["Onderwerp", "Besluit op uw Woo-verzoek"]],
                     [30 * mm, 120 * mm], st["n"]),
         Spacer(1, 4 * mm),
         P("Geachte heer Van der Horst,", st["n"]),
         P("Bij e-mail van 24 oktober 2024 heeft u op grond van de Wet open overheid (Woo) gevraagd om "
           "documenten over de controle op de uitwonendenbeurs door DUO en de herstelregeling, en over de "
           "sociale veiligheid op het Hendrik Marsman College in Zeist. Op 18 november 2024 is de "
           "beslistermijn met twee weken verdaagd; op 9 januari 2025 heeft u ingestemd met verder uitstel.",
           st["n"]),
         P("Ik heb besloten de documenten deels openbaar te maken. Persoonsgegevens van ambtenaren die niet "
           "in de openbaarheid treden, van studenten, leerlingen, ouders en andere burgers zijn weggelakt "
           "(artikel 5.1, tweede lid, onder e, Woo). Gegevens over gezondheid, religie en strafrechtelijke "
           "gegevens zijn weggelakt op grond van artikel 5.1, eerste lid, onder d, Woo; burgerservicenummers "
           "op grond van artikel 5.1, eerste lid, onder e, Woo.", st["n"]),
         P("De documenten worden gepubliceerd op open.overheid.nl. Tegen dit besluit kunt u binnen zes weken "
           "bezwaar maken bij de minister van Onderwijs, Cultuur en Wetenschap. Vragen: woo@minocw.nl, onder "
           "vermelding van het kenmerk.", st["n"]),
         P("Met vriendelijke groet,<br/>de minister van Onderwijs, Cultuur en Wetenschap,<br/>namens deze,<br/><br/>"
           "drs. P.M. Ravensbergen-Oei<br/>directeur Studiefinanciering", st["n"]),
         PageBreak(),
         P("Inventarislijst bij besluit OCW/2025/0417", st["h2"])]
    inv = [["Nr.", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"],
           ["1", "Rapport huisbezoek HH-2023-118742", "14-03-2023", "deels openbaar", "5.1.1d, 5.1.1e, 5.1.2e", ""],
           ["2", "Besluit herziening B&amp;B/2023/55120", "11-04-2023", "deels openbaar", "5.1.1e, 5.1.2e", ""],
           ["3", "Overzicht bevindingen Q1-2023", "31-03-2023", "deels openbaar", "5.1.1e, 5.1.2e", ""],
           ["4", "Bezwaarschrift", "02-05-2023", "deels openbaar", "5.1.1d, 5.1.2e", ""],
           ["5", "E-mail Handhaving", "15-06-2023", "deels openbaar", "5.1.2e", ""],
           ["6", "Notitie analyse selectie", "20-02-2024", "deels openbaar", "5.1.2e", "metadata opgeschoond"],
           ["7", "Beslisnota herstelregeling", "02-09-2024", "deels openbaar", "5.1.2e, 5.2.1", ""],
           ["8", "Verslag BO OCW-DUO-Inspectie", "03-10-2024", "deels openbaar", "5.1.2e", ""],
           ["9", "Aankondiging onderzoek", "07-10-2024", "deels openbaar", "5.1.2e", ""],
           ["10", "Conceptrapport inspectie", "06-11-2024", "niet openbaar", "5.2.1", "definitief rapport openbaar"],
           ["11", "Rapport inspectie (openbaar)", "17-12-2024", "reeds openbaar", "-", "zie onderwijsinspectie.nl"],
           ["12", "E-mailbundel Kamervragen", "20-01-2025", "deels openbaar", "5.1.2e, 5.1.1d", ""],
           ["13", "Beantwoording Kamervragen", "06-02-2025", "reeds openbaar", "-", "officielebekendmakingen.nl"]]
    s.append(grid_table(inv, [10 * mm, 55 * mm, 22 * mm, 25 * mm, 30 * mm, 28 * mm], st["small"]))
    s.append(Spacer(1, 3 * mm))
    s.append(P("Behandeld door: team Woo OCW (woo@minocw.nl). Intern: dossierbehandelaar B. de Ruijter, "
               "toestel 3318.", st["small"]))
    build_platypus(d.path, s, on_page=footer("OCW/2025/0417", font="LibSans"))
    d.r("EMAIL", "n.vanderhorst@investico.nl")
    d.r("PERSON", "N. van der Horst", "N. van der Horst", "Van der Horst")
    d.r("ADDRESS", "Herengracht 370-II, 1016 CH Amsterdam", "Herengracht 370-II", "1016 CH")
    d.r("PERSON", "P.M. Ravensbergen-Oei", "P.M. Ravensbergen-Oei")
    d.r("PERSON", "B. de Ruijter")
    d.r("PHONE", "toestel 3318", "3318")
    d.k("ORG", "Ministerie van Onderwijs, Cultuur en Wetenschap")
    d.k("ADDRESS", "Rijnstraat 50")
    d.k("REF", "OCW/2025/0417")
    d.k("LAW", "Wet open overheid")
    d.k("ORG", "DUO")
    d.k("ORG", "Hendrik Marsman College")
    d.k("URL", "open.overheid.nl")
    d.k("EMAIL", "woo@minocw.nl")
    d.k("ROLE", "directeur Studiefinanciering")
    d.k("ROLE", "minister van Onderwijs, Cultuur en Wetenschap")
    d.k("REF", "HH-2023-118742")
    d.k("REF", "B&B/2023/55120")
    d.k("GROUND", "5.1.2e")
    d.k("GROUND", "5.1.1d")
    d.k("GROUND", "5.1.1e")
    d.k("GROUND", "5.2.1")
    d.k("TERM", "deels openbaar")
    d.k("TERM", "reeds openbaar")
    d.k("PLACE", "Zeist")
