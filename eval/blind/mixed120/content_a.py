"""Set BH, documents bh01-bh11: the Woo request, the application and the grant, first signals."""
from __future__ import annotations

from pathlib import Path

from lib import Doc, E, H, K, P, R, T, docx, rl

WORD = {"Creator": "Microsoft® Word voor Microsoft 365", "Producer": "Microsoft® Word voor Microsoft 365"}
OUTLOOK = {"Creator": "Microsoft Outlook", "Producer": "Microsoft: Print To PDF"}
ASPOSE = {"Creator": "RVO Correspondentiemodule", "Producer": "Aspose.PDF for .NET 23.4"}

BZ_HEAD = "Ministerie van Buitenlandse Zaken"
RVO_HEAD = "Rijksdienst voor Ondernemend Nederland"

DOCS: list[Doc] = []

# ------------------------------------------------------------------------------------------------
# bh01  Woo request of a journalist (Word letter)
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bh01",
    rl([
        ("line", "Jorien Blokzijl"),
        ("line", "Kromme Nieuwegracht 51"),
        ("line", "3512 HE Utrecht"),
        ("line", "jorien.blokzijl@proton.me | 06-11 48 29 57"),
        ("sp", 18),
        ("line", "Ministerie van Buitenlandse Zaken"),
        ("line", "t.a.v. de Woo-coördinator"),
        ("line", "Postbus 20061"),
        ("line", "2500 EB Den Haag"),
        ("sp", 14),
        ("line", "Utrecht, 9 februari 2026"),
        ("sp", 10),
        ("p", "**Onderwerp: verzoek op grond van de Wet open overheid – subsidie WASH Connect 2030**"),
        ("p", "Geachte heer, mevrouw,"),
        ("p", "Als journalist voor het onderzoeksplatform De Nieuwe Koers verzoek ik u op grond van artikel 4.1 van "
              "de Wet open overheid (Woo) om openbaarmaking van documenten over de subsidie die het ministerie via "
              "de Rijksdienst voor Ondernemend Nederland (RVO) heeft verleend aan het consortium onder leiding van "
              "Stichting WaterWeg voor het programma WASH Connect 2030 (Subsidiekader Water, Sanitatie en Hygiëne "
              "2025-2030). Uit berichtgeving in Kenia begrijp ik dat bij de lokale partner Mto Safi Community Trust "
              "in Kisumu een forensische audit is uitgevoerd na signalen van fraude."),
        ("p", "Het gaat mij in ieder geval om de volgende documenten uit de periode 1 januari 2025 tot en met "
              "31 januari 2026:"),
        ("p", "1. de subsidieaanvraag, de beoordeling daarvan en de beschikking van RVO;<br/>"
              "2. het rapport van de forensische audit en de correspondentie daarover;<br/>"
              "3. de communicatie tussen de ambassade in Nairobi, de directie Inclusieve Groene Groei (IGG) en RVO "
              "over de melding van een klokkenluider;<br/>"
              "4. verslagen van de stuurgroep van het programma;<br/>"
              "5. de midterm-evaluatie door Delta Evaluatie Partners;<br/>"
              "6. beslisnota's aan minister Verhaegen en de concept-antwoorden op de schriftelijke vragen van het "
              "lid Özdemir-Bakker (GroenLinks-PvdA)."),
        ("p", "Ik verzoek u de documenten digitaal te verstrekken, bij voorkeur als doorzoekbare pdf. Mocht mijn "
              "verzoek te ruim zijn geformuleerd, dan hoor ik graag van u, zodat ik het kan preciseren zoals "
              "artikel 4.1, vijfde lid, Woo bedoelt."),
        ("p", "Met vriendelijke groet,"),
        ("sp", 16),
        ("line", "Jorien Blokzijl"),
        ("line", "De Nieuwe Koers – onderzoeksredactie"),
    ], fonts="times", size=11),
    redact=[
        P("Jorien Blokzijl", "Blokzijl", "Jorien"),
        R("ADDRESS", "Kromme Nieuwegracht 51, 3512 HE", "Kromme Nieuwegracht 51", "3512 HE"),
        E("jorien.blokzijl@proton.me"),
        T("06-11 48 29 57"),
    ],
    keep=K("ORG", "Ministerie van Buitenlandse Zaken", "De Nieuwe Koers", "Stichting WaterWeg",
           "Mto Safi Community Trust", "Rijksdienst voor Ondernemend Nederland", "Delta Evaluatie Partners",
           "Inclusieve Groene Groei", "GroenLinks-PvdA")
    + K("PLACE", "Kisumu", "Nairobi", "Kenia", "Den Haag")
    + K("LAW", "Wet open overheid", "artikel 4.1")
    + K("PROGRAMME", "WASH Connect 2030", "Subsidiekader Water, Sanitatie en Hygiëne")
    + K("PUBLIC_PERSON", "Verhaegen", "Özdemir-Bakker")
    + K("ADDRESS_PUBLIC", "Postbus 20061", "2500 EB Den Haag"),
    meta=dict(WORD, Title="Woo-verzoek WASH Connect", Author="Jorien Blokzijl"),
))

# ------------------------------------------------------------------------------------------------
# bh02  acknowledgement of receipt; Info /Author is a colleague who is not in the text
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bh02",
    rl([
        ("p", "**Ministerie van Buitenlandse Zaken**"),
        ("small", "Rijnstraat 8, 2515 XP Den Haag | Postbus 20061, 2500 EB Den Haag | www.rijksoverheid.nl/bz"),
        ("sp", 14),
        ("line", "Per e-mail: jorien.blokzijl@proton.me"),
        ("line", "Mevrouw J. Blokzijl"),
        ("sp", 12),
        ("kv", [("Datum", "16 februari 2026"), ("Kenmerk", "WOO-BZ-2026-0381"),
                ("Onderwerp", "Ontvangstbevestiging Woo-verzoek"),
                ("Behandeld door", "mr. T. (Thijs) Ravensbergen, Woo-team DJZ"),
                ("Telefoon", "070 348 7742"), ("E-mail", "thijs.ravensbergen@minbuza.nl")], 3.2),
        ("p", "Geachte mevrouw Blokzijl,"),
        ("p", "Op 9 februari 2026 heeft het ministerie van Buitenlandse Zaken uw verzoek ontvangen om openbaarmaking "
              "van documenten over de subsidie aan het consortium WASH Connect 2030. Uw verzoek is geregistreerd "
              "onder kenmerk WOO-BZ-2026-0381. Wilt u dit kenmerk vermelden bij verdere correspondentie?"),
        ("p", "Op grond van artikel 4.4, eerste lid, van de Wet open overheid beslist de minister binnen vier weken "
              "na ontvangst op uw verzoek. Deze termijn kan met twee weken worden verdaagd. Omdat in de documenten "
              "ook derden worden genoemd, onder wie de partners van Stichting WaterWeg in Kenia, Bangladesh en "
              "Senegal, zullen zij in de gelegenheid worden gesteld hun zienswijze te geven (artikel 4.4, tweede lid, "
              "Woo). U ontvangt daarover bericht."),
        ("p", "Heeft u vragen, dan kunt u contact opnemen met de behandelend jurist of met het functionele "
              "postadres woo@minbuza.nl."),
        ("p", "Met vriendelijke groet,"),
        ("p", "De minister voor Buitenlandse Handel en Ontwikkelingshulp,<br/>namens dezen,"),
        ("sp", 10),
        ("line", "mr. T. Ravensbergen"),
        ("line", "jurist Woo-team, Directie Juridische Zaken"),
    ], fonts="helv", size=10, footer="WOO-BZ-2026-0381 | pagina {n}"),
    redact=[
        P("Jorien Blokzijl", "Blokzijl"),
        E("jorien.blokzijl@proton.me"),
        P("Thijs Ravensbergen", "Ravensbergen", "Thijs"),
        T("070 348 7742"),
        E("thijs.ravensbergen@minbuza.nl"),
        H("metadata", "PERSON", "Wouter Dekkinga", "Dekkinga"),
    ],
    keep=K("ORG", "Ministerie van Buitenlandse Zaken", "Stichting WaterWeg", "Directie Juridische Zaken",
           "Woo-team DJZ")
    + K("REF", "WOO-BZ-2026-0381")
    + K("ADDRESS_PUBLIC", "Rijnstraat 8, 2515 XP Den Haag", "www.rijksoverheid.nl/bz")
    + K("FUNCMAIL", "woo@minbuza.nl", word=False)
    + K("LAW", "artikel 4.4, eerste lid", "Wet open overheid")
    + K("PLACE", "Kenia", "Bangladesh", "Senegal")
    + K("PROGRAMME", "WASH Connect 2030")
    + K("TITLE", "minister voor Buitenlandse Handel en Ontwikkelingshulp", "jurist Woo-team"),
    meta=dict(Creator="Microsoft® Word voor Microsoft 365", Producer="Microsoft® Word voor Microsoft 365",
              Title="Ontvangstbevestiging WOO-BZ-2026-0381", Author="Wouter Dekkinga"),
))


# ------------------------------------------------------------------------------------------------
# bh03  RVO application form, fillable AcroForm with values (personal data only in /V + appearances)
# ------------------------------------------------------------------------------------------------
def _form(path: Path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    W, Hh = A4
    c.setFont("Helvetica-Bold", 14)
    c.drawString(2 * cm, Hh - 2.2 * cm, "Aanvraagformulier subsidie")
    c.setFont("Helvetica", 10)
    c.drawString(2 * cm, Hh - 2.8 * cm, "Subsidiekader Water, Sanitatie en Hygiëne 2025-2030 (SWSH)")
    c.drawString(2 * cm, Hh - 3.3 * cm, "Rijksdienst voor Ondernemend Nederland (RVO), namens het Ministerie van "
                                        "Buitenlandse Zaken")
    c.setFont("Helvetica-Oblique", 8.5)
    c.drawString(2 * cm, Hh - 3.8 * cm, "Vul dit formulier digitaal in. Velden met * zijn verplicht. "
                                        "Formuliernummer RVO-SWSH-01 (versie 2025-1).")
    form = c.acroForm
    y = Hh - 5.0 * cm
    sections = [
        ("1. Gegevens aanvrager", [
            ("Naam organisatie *", "org", "Stichting WaterWeg", False),
            ("KvK-nummer *", "kvk", "41156823", False),
            ("Vestigingsadres *", "adres", "Laan van Nieuw Oost-Indië 131, 2593 BM Den Haag", False),
            ("Rechtsvorm", "rechtsvorm", "Stichting (ANBI)", False),
        ]),
        ("2. Contactpersoon voor deze aanvraag", [
            ("Naam *", "cp_naam", "Femke 't Hart", True),
            ("Functie", "cp_functie", "Programmamanager WASH", False),
            ("Telefoonnummer *", "cp_tel", "06-29 73 15 48", True),
            ("E-mailadres *", "cp_mail", "femke.thart@waterweg.nl", True),
        ]),
        ("3. Financieel contactpersoon", [
            ("Naam", "fin_naam", "Dirk-Jan de Boer", True),
            ("E-mailadres", "fin_mail", "dj.deboer@waterweg.nl", True),
            ("Telefoonnummer", "fin_tel", "+31 (0)70 219 44 83", True),
        ]),
        ("4. Project", [
            ("Titel project *", "titel", "WASH Connect 2030", False),
            ("Landen", "landen", "Kenia, Bangladesh, Senegal", False),
            ("Gevraagd bedrag (EUR) *", "bedrag", "18.400.000", False),
            ("Looptijd", "looptijd", "1 juli 2025 - 30 juni 2030", False),
        ]),
        ("5. Ondertekening (tekenbevoegde)", [
            ("Naam tekenbevoegde *", "tb_naam", "Maurits Verschoor", True),
            ("Functie", "tb_functie", "Directeur-bestuurder", False),
            ("Plaats en datum", "tb_datum", "Den Haag, 28 maart 2025", False),
        ]),
    ]
    for title, fields in sections:
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(2 * cm, y, title)
        y -= 0.75 * cm
        for label, name, value, _pers in fields:
            c.setFont("Helvetica", 9.5)
            c.drawString(2.3 * cm, y + 0.15 * cm, label)
            form.textfield(name=name, tooltip=label.rstrip(" *"), value=value, x=7.5 * cm, y=y,
                           width=11.0 * cm, height=0.62 * cm, fontName="Helvetica", fontSize=9,
                           borderWidth=0.6, borderColor=None, fillColor=None, forceBorder=True)
            y -= 0.85 * cm
        y -= 0.35 * cm
    c.setFont("Helvetica", 8.5)
    c.drawString(2 * cm, y, "Door ondertekening verklaart de aanvrager dat het formulier naar waarheid is ingevuld. "
                            "RVO verwerkt uw gegevens volgens de AVG;")
    c.drawString(2 * cm, y - 0.45 * cm, "zie www.rvo.nl/privacy. Vragen: 088 042 42 42 (algemeen nummer RVO).")
    c.showPage()
    c.save()


DOCS.append(Doc(
    "bh03", _form,
    redact=[
        H("annotations", "PERSON", "Femke 't Hart", "'t Hart"),
        H("annotations", "PHONE", "06-29 73 15 48", "06-29 73 15 48"),
        H("annotations", "EMAIL", "femke.thart@waterweg.nl", "femke.thart@waterweg.nl"),
        H("annotations", "PERSON", "Dirk-Jan de Boer", "Dirk-Jan de Boer"),
        H("annotations", "EMAIL", "dj.deboer@waterweg.nl", "dj.deboer@waterweg.nl"),
        H("annotations", "PHONE", "+31 (0)70 219 44 83", "219 44 83"),
        H("annotations", "PERSON", "Maurits Verschoor", "Verschoor"),
    ],
    keep=K("PROGRAMME", "Subsidiekader Water, Sanitatie en Hygiëne 2025-2030", "SWSH")
    + K("ORG", "Rijksdienst voor Ondernemend Nederland", "RVO")
    + K("REF", "RVO-SWSH-01")
    + K("FORM_LABEL", "Naam tekenbevoegde", "Financieel contactpersoon", "Vestigingsadres", "KvK-nummer",
        "Telefoonnummer", "E-mailadres")
    + K("GENERAL_PHONE", "088 042 42 42")
    + K("URL", "www.rvo.nl/privacy", word=False)
    + K("LAW", "AVG"),
    meta={"Creator": "RVO eLoket formulierenserver", "Producer": "iText® 7.2.5 ©2000-2023 iText Group NV",
          "Title": "Aanvraagformulier SWSH"},
))

# ------------------------------------------------------------------------------------------------
# bh04  project summary of the application (Word -> LibreOffice)
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bh04",
    docx([
        ("h1", "WASH Connect 2030 – samenvatting projectvoorstel"),
        ("p", "Aanvrager: Stichting WaterWeg (penvoerder), namens het consortium WASH Connect. Bijlage 1 bij de "
              "aanvraag in het kader van het Subsidiekader Water, Sanitatie en Hygiëne 2025-2030."),
        ("h2", "1. Doel en aanpak"),
        ("p", "Het programma brengt in vijf jaar veilig drinkwater naar 410.000 mensen en basissanitatie naar "
              "260.000 mensen in drie deltagebieden: de oevers van Lake Victoria (Kisumu County en Homa Bay County, "
              "Kenia), de kustzone van Khulna en Satkhira (Bangladesh) en de vallei van de Fleuve Sénégal rond "
              "Podor (Senegal). Het programma draagt bij aan SDG 6 en sluit aan bij de Nederlandse Water, "
              "Peace and Security-agenda."),
        ("p", "De aanpak combineert boorgaten met zonnepompen, beheer door lokale watercomités, sanitatie-marketing "
              "en gedragsverandering (handen wassen, menstruatiehygiëne). Lokale overheden, waaronder KIWASCO in "
              "Kisumu en het Department of Public Health Engineering (DPHE) in Khulna, zijn vanaf het begin "
              "betrokken."),
        ("h2", "2. Consortium en contactpersonen"),
        ("t", [["Partner", "Rol", "Vestiging", "Contactpersoon"],
               ["Stichting WaterWeg", "penvoerder", "Den Haag", "Maurits Verschoor, directeur-bestuurder"],
               ["Stichting WaterWeg", "programmaleiding", "Den Haag", "Femke 't Hart, programmamanager"],
               ["Stichting Schoon Water Nu", "kennispartner", "Utrecht", "Priya Ramdin-Baldew, partnerships lead"],
               ["Mto Safi Community Trust", "uitvoering Kenia", "Oginga Odinga Street, Kisumu",
                "Joseph Otieno Wafula, executive director"],
               ["Jalsheba Foundation", "uitvoering Bangladesh", "Khan Jahan Ali Road, Khulna",
                "Md. Shafiqul Islam, director"],
               ["Association Eau Vive du Fleuve", "uitvoering Senegal", "Podor",
                "Mamadou Lamine Sarr, coordinateur; Aurélie Dufresne, conseillère technique"]],
         [3.6, 2.7, 3.6, 6.5]),
        ("p", "E-mail penvoerder: maurits.verschoor@waterweg.nl; programmaleiding: femke.thart@waterweg.nl."),
        ("h2", "3. Begroting (samenvatting)"),
        ("t", [["Component", "Bedrag (EUR)"],
               ["Drinkwatervoorziening", "8.950.000"],
               ["Sanitatie en hygiëne", "5.120.000"],
               ["Capaciteitsversterking lokale partners", "2.030.000"],
               ["Monitoring, evaluatie en audit", "1.100.000"],
               ["Programmamanagement penvoerder", "1.200.000"],
               ["Totaal", "18.400.000"]], [9, 4]),
        ("h2", "4. Risico's"),
        ("p", "Het consortium onderkent het risico van misbruik van middelen bij lokale aanbestedingen van "
              "boorwerkzaamheden. Mitigatie: vier-ogenprincipe bij betalingen boven EUR 5.000, jaarlijkse audit "
              "per partner en een klachten- en meldregeling die ook voor medewerkers van partners openstaat. De "
              "partners verklaren te voldoen aan het integriteitsbeleid van het ministerie (Sexual Exploitation, "
              "Abuse and Harassment en fraude)."),
        ("p", "Contact voor deze aanvraag: Femke 't Hart, 06-29 73 15 48."),
    ], font="Calibri", core_author=""),
    redact=[
        P("Maurits Verschoor", "Verschoor", "Maurits"),
        E("maurits.verschoor@waterweg.nl"),
        P("Femke 't Hart", "'t Hart", "Femke"),
        E("femke.thart@waterweg.nl"),
        T("06-29 73 15 48"),
        P("Priya Ramdin-Baldew", "Ramdin-Baldew", "Priya"),
        P("Joseph Otieno Wafula", "Otieno Wafula", "Joseph"),
        P("Md. Shafiqul Islam", "Shafiqul Islam"),
        P("Mamadou Lamine Sarr", "Lamine Sarr", "Mamadou"),
        P("Aurélie Dufresne", "Dufresne", "Aurélie"),
    ],
    keep=K("ORG", "Stichting Schoon Water Nu", "Mto Safi Community Trust", "Jalsheba Foundation",
           "Association Eau Vive du Fleuve", "KIWASCO", "Department of Public Health Engineering", "DPHE")
    + K("PLACE", "Lake Victoria", "Homa Bay County", "Khulna", "Satkhira", "Podor", "Fleuve Sénégal")
    + K("NOT_PERSON", "Oginga Odinga Street", "Khan Jahan Ali Road")
    + K("PROGRAMME", "WASH Connect 2030", "SDG 6", "Water, Peace and Security")
    + K("AMOUNT", "18.400.000", "8.950.000")
    + K("TERM", "Sexual Exploitation, Abuse and Harassment", "penvoerder"),
    meta={"Title": "Samenvatting projectvoorstel WASH Connect 2030"},
))

# ------------------------------------------------------------------------------------------------
# bh05  RVO assessment note with paraph table
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bh05",
    rl([
        ("h1", "Beoordelingsnotitie aanvraag SWSH"),
        ("kv", [("Dossier", "WASH25-0043"), ("Aanvrager", "Stichting WaterWeg (penvoerder consortium WASH Connect)"),
                ("Contact aanvrager", "mevrouw F. 't Hart, programmamanager"),
                ("Opgesteld door", "R. Kerstens, subsidieadviseur Internationaal, T 088 042 7713, "
                                   "ruud.kerstens@rvo.nl"),
                ("Datum", "14 mei 2025")], 3.6),
        ("h2", "1. Ontvankelijkheid"),
        ("p", "De aanvraag is op 28 maart 2025, vóór de sluitingsdatum, via het RVO eLoket ingediend en is volledig. "
              "Het consortium voldoet aan de eisen van artikel 4 van het Subsidiekader Water, Sanitatie en Hygiëne "
              "2025-2030: een Nederlandse penvoerder met ten minste drie lokale partners, cofinanciering van 12% en "
              "een ANBI-status."),
        ("h2", "2. Toetsing aan de criteria"),
        ("t", [["Criterium", "Weging", "Score", "Toelichting"],
               ["Relevantie voor SDG 6", "25%", "8", "Sterke aansluiting bij de landenprogramma's Kenia en Bangladesh"],
               ["Kwaliteit theory of change", "20%", "7", "Aannames over onderhoud door watercomités zijn optimistisch"],
               ["Capaciteit lokale partners", "20%", "6", "Mto Safi Community Trust heeft beperkte ervaring met "
                                                           "budgetten boven EUR 1 mln"],
               ["Doelmatigheid begroting", "20%", "7", "Kosten per aansluiting binnen de bandbreedte"],
               ["Risicobeheersing en integriteit", "15%", "6", "Aanvullende auditverplichting geadviseerd"],
               ["Gewogen totaal", "", "6,9", "Boven de drempel van 6,0"]], [4.2, 1.6, 1.3, 9.0]),
        ("h2", "3. Advies"),
        ("p", "Geadviseerd wordt de subsidie te verlenen tot een maximum van EUR 18.400.000, onder de bijzondere "
              "verplichting dat de penvoerder uiterlijk zes maanden na de start een onafhankelijke audit laat "
              "uitvoeren bij Mto Safi Community Trust. De ambassade in Nairobi (mevrouw Dijkgraaf) is over dit "
              "advies geconsulteerd en onderschrijft het."),
        ("h2", "Parafen"),
        ("t", [["Naam", "Functie", "Paraaf", "Datum"],
               ["Ruud Kerstens", "subsidieadviseur", "RK", "14-05-2025"],
               ["Gerrit-Jan Mulder", "teamleider Internationaal", "GJM", "16-05-2025"],
               ["– (vierogencontrole FEZ)", "controller", "akk.", "19-05-2025"]], [4.5, 5.0, 2.2, 3.0]),
    ], fonts="helv", size=10, header="RVO | intern | beoordelingsnotitie", footer="WASH25-0043 – {n}"),
    redact=[
        P("Femke 't Hart", "'t Hart"),
        P("Ruud Kerstens", "Kerstens", "Ruud"),
        T("088 042 7713"),
        E("ruud.kerstens@rvo.nl"),
        P("Annelot Dijkgraaf", "Dijkgraaf"),
        P("Gerrit-Jan Mulder", "Gerrit-Jan Mulder"),
        R("INITIALS", "RK", "RK"),
        R("INITIALS", "GJM", "GJM"),
    ],
    keep=K("REF", "WASH25-0043")
    + K("ORG", "Stichting WaterWeg", "Mto Safi Community Trust", "RVO eLoket", "FEZ")
    + K("LAW", "artikel 4 van het Subsidiekader Water, Sanitatie en Hygiëne")
    + K("TITLE", "subsidieadviseur", "teamleider Internationaal", "programmamanager")
    + K("TERM", "theory of change", "ANBI-status")
    + K("AMOUNT", "EUR 18.400.000")
    + K("PLACE", "Nairobi", "Kenia en Bangladesh")
    + K("PROGRAMME", "SDG 6"),
    meta={"Creator": "Microsoft® Word voor Microsoft 365", "Producer": "Microsoft® Word voor Microsoft 365",
          "Title": "Beoordelingsnotitie WASH25-0043"},
))

# ------------------------------------------------------------------------------------------------
# bh06  beslisnota to the minister (embedded DejaVu), with an empty motivation placeholder
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bh06",
    rl([
        ("h1", "Beslisnota"),
        ("kv", [("Aan", "de minister voor Buitenlandse Handel en Ontwikkelingshulp"),
                ("Van", "DGIS, directie Inclusieve Groene Groei (IGG)"),
                ("Datum", "2 juni 2025"), ("Kenmerk", "BZ2025-097214"),
                ("Onderwerp", "Subsidieverlening WASH Connect 2030"),
                ("Kopie aan", "DGIS, FEZ, DJZ, ambassades Nairobi, Dhaka en Dakar"),
                ("Contactpersoon", "Sietske van der Molen-Akkerman, beleidsmedewerker water IGG, "
                                   "T +31 (0)70 348 5127, M 06-52 18 47 93, sietske.vandermolen@minbuza.nl")], 3.2),
        ("h2", "Aanleiding"),
        ("p", "Binnen het Subsidiekader Water, Sanitatie en Hygiëne 2025-2030 heeft RVO de aanvraag van het "
              "consortium onder leiding van Stichting WaterWeg positief beoordeeld (dossier WASH25-0043). Omdat het "
              "bedrag de grens van EUR 10 mln overschrijdt, wordt u om een besluit gevraagd."),
        ("h2", "Geadviseerd besluit"),
        ("p", "Aan de minister wordt gevraagd in te stemmen met verlening van een subsidie van maximaal "
              "EUR 18.400.000 aan Stichting WaterWeg voor de periode 2025-2030, met als bijzondere verplichting een "
              "onafhankelijke audit bij de Keniaanse partner binnen zes maanden."),
        ("h2", "Kern"),
        ("p", "Het programma levert een substantiële bijdrage aan de toezegging van het kabinet om 30 miljoen mensen "
              "toegang tot veilig drinkwater te geven. De motie-Van Oosterwijk (36 600 XVII, nr. 41) vraagt om "
              "scherper toezicht op lokale partners; daaraan wordt met de auditverplichting invulling gegeven."),
        ("h2", "Toelichting en krachtenveld"),
        ("p", "Senior beleidsmedewerker Youssef Benali heeft de capaciteit van Mto Safi Community Trust met de "
              "ambassade in Nairobi besproken. De ambassade ziet risico's, maar ook dat er in Kisumu geen "
              "alternatieve partner met vergelijkbaar bereik is. De Tweede Kamer volgt het dossier: het lid "
              "Dijkhuizen (NSC) vroeg in het commissiedebat van 14 mei 2025 naar de besteding van WASH-middelen."),
        ("h2", "Financiële paragraaf"),
        ("p", "De middelen zijn begroot op artikel 2.3 (Water) van begrotingshoofdstuk XVII, activiteitnummer "
              "4000005812. Kasritme: 2025 EUR 2,1 mln; 2026–2029 circa EUR 3,8 mln per jaar; 2030 EUR 1,1 mln."),
        ("h2", "Bijlagen"),
        ("p", "1. Beoordelingsnotitie RVO van 14 mei 2025. 2. E-mail van de heer Verschoor (Stichting WaterWeg) van "
              "30 mei 2025 over de cofinanciering. Mede opgesteld door Youssef Benali (M 06 1843 2276)."),
        ("h2", "Paraaf"),
        ("t", [["Functie", "Paraaf", "Datum"],
               ["plv. directeur IGG", "HJtH", "3-6-2025"],
               ["DJZ/juridisch", "MO", "3-6-2025"]], [6, 3, 3]),
        ("h2", "Informatie die niet openbaar gemaakt kan worden"),
        ("p", "[nog in te vullen bij openbaarmaking]"),
    ], fonts="sans", size=9.5, header="Ministerie van Buitenlandse Zaken – DGIS/IGG", footer="BZ2025-097214 | {n}"),
    redact=[
        P("Sietske van der Molen-Akkerman", "van der Molen-Akkerman"),
        T("+31 (0)70 348 5127", "348 5127"),
        T("06-52 18 47 93"),
        E("sietske.vandermolen@minbuza.nl"),
        P("Youssef Benali", "Benali", "Youssef"),
        R("INITIALS", "HJtH", "HJtH"),
        R("INITIALS", "MO", "MO"),
        P("Maurits Verschoor", "Verschoor"),
        T("06 1843 2276"),
    ],
    keep=K("TITLE", "minister voor Buitenlandse Handel en Ontwikkelingshulp", "Senior beleidsmedewerker",
           "plv. directeur IGG")
    + K("ORG", "DGIS", "Inclusieve Groene Groei", "Stichting WaterWeg", "Mto Safi Community Trust",
        "Tweede Kamer", "NSC")
    + K("REF", "BZ2025-097214", "WASH25-0043", "36 600 XVII, nr. 41", "4000005812")
    + K("PUBLIC_PERSON", "Van Oosterwijk", "Dijkhuizen")
    + K("PLACE", "Nairobi, Dhaka en Dakar")
    + K("AMOUNT", "EUR 18.400.000")
    + K("HEADING", "Informatie die niet openbaar gemaakt kan worden", "Geadviseerd besluit"),
    meta={"Creator": "Microsoft® Word voor Microsoft 365", "Producer": "Microsoft® Word voor Microsoft 365",
          "Title": "Beslisnota subsidieverlening WASH Connect 2030"},
))

# ------------------------------------------------------------------------------------------------
# bh07  the grant decision (beschikking) of RVO, signed 'namens dezen'
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bh07",
    rl([
        ("p", "**Rijksdienst voor Ondernemend Nederland**"),
        ("small", "Prinses Beatrixlaan 2, 2595 AL Den Haag | Postbus 93144, 2509 AC Den Haag | T 088 042 42 42 | "
                  "www.rvo.nl"),
        ("sp", 12),
        ("line", "Stichting WaterWeg"),
        ("line", "t.a.v. de heer M. Verschoor, directeur-bestuurder"),
        ("line", "Laan van Nieuw Oost-Indië 131"),
        ("line", "2593 BM Den Haag"),
        ("sp", 12),
        ("kv", [("Datum", "20 juni 2025"), ("Onderwerp", "Beschikking subsidieverlening SWSH"),
                ("Ons kenmerk", "WASH25-0043 / SUB-2025-11873"),
                ("Behandeld door", "R. Kerstens"), ("Doorkiesnummer", "088 042 7713")], 3.4),
        ("p", "Geachte heer Verschoor,"),
        ("p", "Op 28 maart 2025 heeft u namens het consortium WASH Connect subsidie aangevraagd op grond van het "
              "Subsidiekader Water, Sanitatie en Hygiëne 2025-2030. Met deze brief beslis ik op uw aanvraag."),
        ("h2", "Besluit"),
        ("p", "Ik verleen Stichting WaterWeg een subsidie van ten hoogste **EUR 18.400.000** voor het programma "
              "WASH Connect 2030, looptijd 1 juli 2025 tot en met 30 juni 2030. Dit besluit berust op de Kaderwet "
              "subsidies Minbuza, de Subsidieregeling Ministerie van Buitenlandse Zaken 2006 en het "
              "subsidiekader."),
        ("h2", "Verplichtingen"),
        ("p", "1. U rapporteert jaarlijks vóór 1 mei over de voortgang en de besteding (IATI-standaard).<br/>"
              "2. Uiterlijk op 31 december 2025 levert u een onafhankelijke auditrapportage aan over Mto Safi "
              "Community Trust in Kisumu.<br/>"
              "3. U meldt vermoedens van fraude of misbruik binnen 48 uur bij RVO en bij de ambassade ter plaatse "
              "(zie artikel 12 van het subsidiekader).<br/>"
              "4. Voorschotten worden per halfjaar verleend tot 90% van het subsidiebedrag; het restant volgt bij "
              "vaststelling."),
        ("h2", "Bezwaar"),
        ("p", "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken na de datum van verzending bezwaar "
              "maken bij RVO, afdeling Juridische Zaken, Postbus 93144, 2509 AC Den Haag (artikel 6:7 Algemene wet "
              "bestuursrecht)."),
        ("p", "Hoogachtend,"),
        ("p", "de minister voor Buitenlandse Handel en Ontwikkelingshulp,<br/>namens dezen,<br/>"
              "de Rijksdienst voor Ondernemend Nederland,"),
        ("sp", 14),
        ("line", "drs. A.C. Roosendaal"),
        ("line", "manager Subsidies Internationaal"),
        ("sp", 10),
        ("small", "Kopie aan: mevrouw F. 't Hart, programmamanager Stichting WaterWeg (femke.thart@waterweg.nl); "
                  "ambassade Nairobi, t.a.v. mevrouw A. Dijkgraaf. Paraaf behandelaar/teamleider: RK/GJM."),
    ], fonts="times", size=10.5, footer="WASH25-0043 | pagina {n}"),
    redact=[
        P("Maurits Verschoor", "Verschoor"),
        P("Ruud Kerstens", "Kerstens"),
        T("088 042 7713"),
        P("Anneke Roosendaal", "Roosendaal", "A.C. Roosendaal"),
        P("Femke 't Hart", "'t Hart"),
        E("femke.thart@waterweg.nl"),
        P("Annelot Dijkgraaf", "Dijkgraaf"),
        R("INITIALS", "RK", "RK"),
        R("INITIALS", "GJM", "GJM"),
    ],
    keep=K("ORG", "Rijksdienst voor Ondernemend Nederland", "Stichting WaterWeg", "Mto Safi Community Trust")
    + K("ADDRESS_PUBLIC", "Prinses Beatrixlaan 2, 2595 AL Den Haag", "Postbus 93144, 2509 AC Den Haag",
        "Laan van Nieuw Oost-Indië 131")
    + K("GENERAL_PHONE", "088 042 42 42")
    + K("REF", "SUB-2025-11873")
    + K("LAW", "Kaderwet subsidies Minbuza", "Subsidieregeling Ministerie van Buitenlandse Zaken 2006",
        "artikel 6:7 Algemene wet bestuursrecht", "artikel 12 van het subsidiekader")
    + K("TERM", "IATI-standaard")
    + K("TITLE", "manager Subsidies Internationaal", "directeur-bestuurder")
    + K("AMOUNT", "EUR 18.400.000"),
    meta=dict(ASPOSE, Title="Beschikking WASH25-0043"),
))

# ------------------------------------------------------------------------------------------------
# bh08  Outlook thread embassy Nairobi <-> IGG
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bh08",
    rl([
        ("p", "**Van:** Horst, Hendrik-Jan ter &lt;hendrik-jan.terhorst@minbuza.nl&gt;"),
        ("line", "**Verzonden:** dinsdag 2 december 2025 18:04"),
        ("line", "**Aan:** Benali, Youssef &lt;youssef.benali@minbuza.nl&gt;; Dijkgraaf, Annelot "
                 "&lt;annelot.dijkgraaf@minbuza.nl&gt;"),
        ("line", "**CC:** Molen-Akkerman, Sietske van der &lt;sietske.vandermolen@minbuza.nl&gt;; "
                 "DGIS-IGG-Water &lt;igg-water@minbuza.nl&gt;"),
        ("line", "**Onderwerp:** RE: Signalen Mto Safi – voorstel vervolg"),
        ("sp", 6),
        ("p", "Akkoord met de lijn van Annelot. Graag RVO (Ruud Kerstens) direct meenemen en de betalingen aan Mto "
              "Safi voorlopig aanhouden. Ik informeer DGIS morgen mondeling.<br/>HJ"),
        ("sp", 4),
        ("p", "**Van:** Benali, Youssef &lt;youssef.benali@minbuza.nl&gt;"),
        ("line", "**Verzonden:** dinsdag 2 december 2025 15:37"),
        ("line", "**Aan:** Dijkgraaf, Annelot &lt;annelot.dijkgraaf@minbuza.nl&gt;"),
        ("line", "**CC:** Horst, Hendrik-Jan ter &lt;hendrik-jan.terhorst@minbuza.nl&gt;; Kamau, Wanjiru "
                 "&lt;wanjiru.kamau@minbuza.nl&gt;"),
        ("line", "**Onderwerp:** RE: Signalen Mto Safi – voorstel vervolg"),
        ("sp", 6),
        ("p", "Dank Annelot, helder. Ik heb Marleen Oudshoorn (DJZ) gevraagd naar de mogelijkheden om de "
              "voorschotten op te schorten op grond van de beschikking WASH25-0043. Kun jij met Wanjiru een "
              "tijdlijn maken van de betalingen aan Lakeside Drilling Ltd? Dan leg ik die naast de IATI-data."),
        ("p", "Groet,<br/>Youssef<br/><br/>Youssef Benali | Senior beleidsmedewerker water | DGIS/IGG<br/>"
              "Ministerie van Buitenlandse Zaken | Rijnstraat 8, Den Haag<br/>T +31 (0)70 348 5419 | M 06 1843 2276"),
        ("sp", 4),
        ("p", "**Van:** Dijkgraaf, Annelot &lt;annelot.dijkgraaf@minbuza.nl&gt;"),
        ("line", "**Verzonden:** dinsdag 2 december 2025 11:12"),
        ("line", "**Aan:** Benali, Youssef &lt;youssef.benali@minbuza.nl&gt;; Molen-Akkerman, Sietske van der "
                 "&lt;sietske.vandermolen@minbuza.nl&gt;"),
        ("line", "**CC:** Kamau, Wanjiru &lt;wanjiru.kamau@minbuza.nl&gt;; Hoogendijk, Pieter-Bas "
                 "&lt;pieter-bas.hoogendijk@minbuza.nl&gt;"),
        ("line", "**Onderwerp:** Signalen Mto Safi – voorstel vervolg"),
        ("sp", 6),
        ("p", "Hoi Youssef, Sietske,"),
        ("p", "Zoals telefonisch besproken: Wanjiru heeft gisteren in Kisumu gesproken met de financieel manager van "
              "Mto Safi Community Trust, mevrouw Odhiambo. Zij kon voor 23 van de 61 gefactureerde boorgaten in "
              "Homa Bay County geen opleveringsrapporten laten zien. Alle facturen zijn van één leverancier, "
              "Lakeside Drilling Ltd, en zijn goedgekeurd door de executive director, de heer Otieno Wafula, zonder "
              "tweede handtekening. Daarnaast ontvingen we vorige week een anonieme e-mail van een medewerker die "
              "hetzelfde beeld schetst (zie bijlage, alleen voor intern gebruik)."),
        ("p", "Voorstel: (1) betalingen aanhouden tot de audit er is; (2) Stichting WaterWeg vragen de "
              "forensische audit naar voren te halen; (3) het Bureau Integriteit informeren. Pieter-Bas en ik "
              "kunnen donderdag bellen."),
        ("p", "Groet,<br/>Annelot<br/><br/>Annelot Dijkgraaf<br/>Eerste secretaris Water &amp; Klimaat<br/>"
              "Ambassade van het Koninkrijk der Nederlanden | Nairobi<br/>M +254 722 418 305 | "
              "Algemeen +254 20 428 8000"),
    ], fonts="helv", size=9.5),
    redact=[
        P("Hendrik-Jan ter Horst", "Hendrik-Jan", ("Horst", True)),
        E("hendrik-jan.terhorst@minbuza.nl"),
        P("Youssef Benali", "Benali", "Youssef"),
        E("youssef.benali@minbuza.nl"),
        P("Annelot Dijkgraaf", "Dijkgraaf", "Annelot"),
        E("annelot.dijkgraaf@minbuza.nl"),
        P("Sietske van der Molen-Akkerman", "Molen-Akkerman", "Sietske"),
        E("sietske.vandermolen@minbuza.nl"),
        P("Wanjiru Kamau", "Kamau", "Wanjiru"),
        E("wanjiru.kamau@minbuza.nl"),
        P("Pieter-Bas Hoogendijk", "Hoogendijk", "Pieter-Bas"),
        E("pieter-bas.hoogendijk@minbuza.nl"),
        P("Ruud Kerstens", "Kerstens"),
        P("Marleen Oudshoorn", "Oudshoorn", "Marleen"),
        P("Grace Atieno Odhiambo", "Odhiambo"),
        P("Joseph Otieno Wafula", "Otieno Wafula"),
        R("INITIALS", "HJ", "HJ"),
        T("+31 (0)70 348 5419", "348 5419"),
        T("06 1843 2276"),
        T("+254 722 418 305"),
    ],
    keep=K("ORG", "Mto Safi Community Trust", "Lakeside Drilling Ltd", "Stichting WaterWeg", "Bureau Integriteit",
           "Ambassade van het Koninkrijk der Nederlanden", "DGIS/IGG")
    + K("FUNCMAIL", "igg-water@minbuza.nl", word=False)
    + K("GENERAL_PHONE", "+254 20 428 8000")
    + K("PLACE", "Kisumu", "Homa Bay County")
    + K("REF", "WASH25-0043")
    + K("TITLE", "Eerste secretaris Water & Klimaat", "Senior beleidsmedewerker water", "financieel manager",
        "executive director")
    + K("TERM", "IATI-data", "opleveringsrapporten"),
    meta=dict(OUTLOOK, Title="RE: Signalen Mto Safi – voorstel vervolg"),
))

# ------------------------------------------------------------------------------------------------
# bh09  embassy Nairobi contact roster (embedded condensed font)
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bh09",
    rl([
        ("h1", "Bereikbaarheidslijst sectie Ontwikkelingssamenwerking"),
        ("p", "Ambassade van het Koninkrijk der Nederlanden te Nairobi – intern, niet verspreiden. Stand: 1 oktober "
              "2025. Algemeen nummer ambassade: +254 20 428 8000; functioneel postadres: nai@minbuza.nl; "
              "piketnummer buiten kantoortijd (consulaire noodgevallen): +31 247 247 247."),
        ("t", [["Naam", "Functie", "Pers.nr.", "Mobiel", "E-mail"],
               ["HOOGENDIJK, Pieter-Bas", "hoofd OS-sectie (uitgezonden)", "BZ-7712094", "+254 722 300 118",
                "pieter-bas.hoogendijk@minbuza.nl"],
               ["DIJKGRAAF, Annelot", "eerste secretaris water & klimaat", "BZ-8120533", "+254 722 418 305",
                "annelot.dijkgraaf@minbuza.nl"],
               ["KAMAU, Wanjiru", "senior policy officer water (LS)", "LS-40117", "+254 733 902 614",
                "wanjiru.kamau@minbuza.nl"],
               ["MWANGI, Baraka", "programme officer WASH (LS)", "LS-40962", "+254 710 245 870",
                "baraka.mwangi@minbuza.nl"],
               ["ABDI NOOR, Halima", "finance officer (LS)", "LS-39884", "+254 722 771 043",
                "halima.abdinoor@minbuza.nl"],
               ["NJERI, Zawadi", "office manager OS (LS)", "LS-41203", "+254 701 338 926",
                "zawadi.njeri@minbuza.nl"],
               ["LANGAT, Kipchoge", "chauffeur (LS)", "LS-38710", "+254 724 509 612", "–"]],
         [3.3, 3.6, 2.1, 2.6, 5.0]),
        ("p", "LS = local staff. Vervanging bij afwezigheid: water en klimaat ↔ WASH; finance via de afdeling "
              "Bedrijfsvoering (ambassade Nairobi, Riverside Drive). Verlof en ziekte melden bij het office "
              "management; niet via deze lijst."),
        ("p", "Nederlands mobiel nummer van het hoofd OS tijdens verlof: 06 2277 1904 (alleen bij calamiteiten)."),
    ], fonts="cond", size=9.5, header="Ambassade Nairobi – OS – intern"),
    redact=[
        P("Pieter-Bas Hoogendijk", "HOOGENDIJK", "Pieter-Bas"),
        E("pieter-bas.hoogendijk@minbuza.nl"), T("+254 722 300 118"), R("PERSONNEL_NO", "BZ-7712094", "BZ-7712094"),
        P("Annelot Dijkgraaf", "DIJKGRAAF", "Annelot"),
        E("annelot.dijkgraaf@minbuza.nl"), T("+254 722 418 305"), R("PERSONNEL_NO", "BZ-8120533", "BZ-8120533"),
        P("Wanjiru Kamau", "KAMAU", "Wanjiru"),
        E("wanjiru.kamau@minbuza.nl"), T("+254 733 902 614"), R("PERSONNEL_NO", "LS-40117", "LS-40117"),
        P("Baraka Mwangi", "MWANGI", "Baraka"),
        E("baraka.mwangi@minbuza.nl"), T("+254 710 245 870"), R("PERSONNEL_NO", "LS-40962", "LS-40962"),
        P("Halima Abdi Noor", "ABDI NOOR", "Halima"),
        E("halima.abdinoor@minbuza.nl"), T("+254 722 771 043"), R("PERSONNEL_NO", "LS-39884", "LS-39884"),
        P("Zawadi Njeri", "NJERI", "Zawadi"),
        E("zawadi.njeri@minbuza.nl"), T("+254 701 338 926"), R("PERSONNEL_NO", "LS-41203", "LS-41203"),
        P("Kipchoge Langat", "LANGAT", "Kipchoge"),
        T("+254 724 509 612"), R("PERSONNEL_NO", "LS-38710", "LS-38710"),
        T("06 2277 1904"),
    ],
    keep=K("ORG", "Ambassade van het Koninkrijk der Nederlanden te Nairobi", "Bedrijfsvoering")
    + K("GENERAL_PHONE", "+254 20 428 8000", "+31 247 247 247")
    + K("FUNCMAIL", "nai@minbuza.nl", word=False)
    + K("TITLE", "eerste secretaris water & klimaat", "senior policy officer water", "programme officer WASH",
        "finance officer", "office manager OS", "chauffeur")
    + K("NOT_PERSON", "Riverside Drive")
    + K("HEADING", "Bereikbaarheidslijst sectie Ontwikkelingssamenwerking"),
    meta={"Creator": "Microsoft® Excel® voor Microsoft 365", "Producer": "Microsoft® Excel® voor Microsoft 365",
          "Title": "Bereikbaarheidslijst OS Nairobi"},
))

# ------------------------------------------------------------------------------------------------
# bh10  mission report Kisumu / Homa Bay (Times), health data of a committee member
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bh10",
    rl([
        ("h1", "Verslag veldbezoek Kisumu en Homa Bay, 3–6 november 2025"),
        ("kv", [("Deelnemers ambassade", "A. Dijkgraaf (eerste secretaris), B. Mwangi (programme officer)"),
                ("Deelnemers consortium", "F. 't Hart (Stichting WaterWeg); J. Otieno Wafula en K. Omondi "
                                          "(Mto Safi Community Trust)"),
                ("Verslag", "B. Mwangi, vastgesteld door A. Dijkgraaf op 12 november 2025"),
                ("Activiteit", "4000005812 – WASH Connect 2030")], 4.2),
        ("h2", "1. Doel"),
        ("p", "Het bezoek diende om de voortgang van de drinkwatercomponent in Kisumu County en Homa Bay County te "
              "verifiëren, een jaar na de start van WASH Connect 2030, en om te spreken met watercomités, de lokale "
              "overheid en het waterbedrijf KIWASCO."),
        ("h2", "2. Bevindingen"),
        ("p", "**Kadongo (Rachuonyo).** Het boorgat bij de basisschool werkt; het watercomité int een bijdrage van "
              "5 KES per jerrycan. De voorzitter van het comité, de heer Peter Ouma Ochieng, liet de kasboeken zien. "
              "Comitélid Rose Adhiambo kon het gesprek niet bijwonen omdat zij herstelde van cholera en in het "
              "Jaramogi Oginga Odinga Teaching and Referral Hospital had gelegen."),
        ("p", "**Kendu Bay en Oyugis.** Van de vijf boorgaten die volgens de rapportage in Kendu Bay zijn opgeleverd, "
              "troffen wij er twee aan. Op de overige drie locaties was geen boring zichtbaar. De heer Omondi "
              "(procurement officer) verklaarde dat Lakeside Drilling Ltd ‘in een later stadium’ zou terugkomen. In "
              "Oyugis werkten alle drie de pompen."),
        ("p", "**Kantoor Mto Safi, Oginga Odinga Street.** De executive director, de heer Otieno Wafula, gaf een "
              "presentatie maar kon geen kopieën van aanbestedingsdossiers verstrekken. Hij verwees naar de "
              "financieel manager, die met verlof was."),
        ("h2", "3. Conclusies en vervolg"),
        ("p", "De verschillen tussen rapportage en werkelijkheid zijn zodanig dat de ambassade adviseert de "
              "auditverplichting uit de beschikking strikt te handhaven. Femke 't Hart zegde toe dat Stichting "
              "WaterWeg vóór 15 december een forensisch accountant opdracht geeft. Baraka stelt een lijst op van "
              "alle 61 gefactureerde locaties met GPS-coördinaten (actie: BM, 20 november)."),
        ("p", "Bijlagen: foto's (gemaakt door Baraka, originelen op zijn telefoon 0710 245 870; niet in dit "
              "verslag opgenomen), lijst bezochte locaties."),
    ], fonts="times", size=10.5, header="Ambassade Nairobi – missieverslag", footer="Verslag veldbezoek – {n}"),
    redact=[
        P("Annelot Dijkgraaf", "Dijkgraaf"),
        P("Baraka Mwangi", "Mwangi", "Baraka"),
        P("Femke 't Hart", "'t Hart", "Femke"),
        P("Joseph Otieno Wafula", "Otieno Wafula"),
        P("Kevin Omondi", "Omondi"),
        P("Peter Ouma Ochieng", "Ouma Ochieng", "Peter"),
        P("Rose Adhiambo", "Adhiambo", "Rose"),
        R("HEALTH", "herstelde van cholera", "cholera"),
        R("INITIALS", "BM", "BM"),
        T("0710 245 870"),
    ],
    keep=K("PLACE", "Kisumu County", "Homa Bay County", "Kadongo", "Rachuonyo", "Kendu Bay", "Oyugis")
    + K("ORG", "KIWASCO", "Lakeside Drilling Ltd", "Mto Safi Community Trust", "Stichting WaterWeg")
    + K("NOT_PERSON", "Jaramogi Oginga Odinga Teaching and Referral Hospital", "Oginga Odinga Street")
    + K("REF", "4000005812")
    + K("TITLE", "eerste secretaris", "programme officer", "procurement officer")
    + K("TERM", "GPS-coördinaten", "watercomité"),
    meta={"Creator": "Microsoft® Word 2019", "Producer": "Microsoft® Word 2019", "Title": "Missieverslag Kisumu"},
))

# ------------------------------------------------------------------------------------------------
# bh11  mission report Khulna (DejaVu Serif), Bengali names
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bh11",
    rl([
        ("h1", "Mission report Khulna and Satkhira – 19–21 January 2026"),
        ("kv", [("Embassy Dhaka", "Gijsbert Veldkamp (first secretary water), Nusrat Jahan Chowdhury (senior "
                                  "adviser WASH), Tanvir Rahman (programme officer)"),
                ("Jalsheba Foundation", "Md. Shafiqul Islam (director), Rumana Akter (field coordinator)"),
                ("Programme", "WASH Connect 2030 – Bangladesh component")], 3.6),
        ("h2", "Findings"),
        ("p", "The team visited the Jalsheba office on Khan Jahan Ali Road in Khulna and three unions in Shyamnagar "
              "upazila, close to the Sundarbans. Pond sand filters and rainwater tanks are functioning; salinity "
              "in the shallow aquifer remains the main constraint. The Department of Public Health Engineering "
              "(DPHE) confirmed that 14 of the 18 planned managed aquifer recharge sites are registered."),
        ("p", "In Munshiganj union the team met a women’s water committee. Its treasurer, Mst. Shirin Sultana, "
              "asked that her phone number (+880 1915-608442) not be shared with the contractor after a dispute "
              "about payments. The team noted the request."),
        ("p", "Financial management at Jalsheba appears sound: each payment above BDT 500,000 carries two "
              "signatures, and the annual audit by a local chartered accountant was unqualified. Nusrat will "
              "share the audit letter with The Hague."),
        ("h2", "Follow-up"),
        ("t", [["Action", "Who", "When"],
               ["Share DPHE registration list with IGG", "NJC", "31 Jan"],
               ["Check salinity data with the Institute of Water Modelling", "TR", "15 Feb"],
               ["Brief ambassador on results before the Dhaka water dialogue", "GV", "7 Feb"]], [9.5, 2.2, 2.5]),
        ("p", "Contact in Dhaka: Tanvir Rahman, +880 1711-234567, tanvir.rahman@minbuza.nl. General embassy line "
              "+880 2 5504 9800; dac@minbuza.nl."),
    ], fonts="serif", size=9.8, header="Embassy of the Kingdom of the Netherlands, Dhaka"),
    redact=[
        P("Gijsbert Veldkamp", "Veldkamp"),
        P("Nusrat Jahan Chowdhury", "Nusrat Jahan Chowdhury", "Nusrat"),
        P("Tanvir Rahman", "Tanvir Rahman"),
        P("Md. Shafiqul Islam", "Shafiqul Islam"),
        P("Rumana Akter", "Rumana Akter"),
        P("Mst. Shirin Sultana", "Shirin Sultana"),
        T("+880 1915-608442"),
        T("+880 1711-234567"),
        E("tanvir.rahman@minbuza.nl"),
        R("INITIALS", "NJC", "NJC"), R("INITIALS", "TR", "TR"), R("INITIALS", "GV", "GV"),
    ],
    keep=K("ORG", "Jalsheba Foundation", "Department of Public Health Engineering", "DPHE",
           "Institute of Water Modelling", "IGG")
    + K("PLACE", "Khulna", "Satkhira", "Shyamnagar", "Sundarbans", "Munshiganj")
    + K("NOT_PERSON", "Khan Jahan Ali Road")
    + K("GENERAL_PHONE", "+880 2 5504 9800")
    + K("FUNCMAIL", "dac@minbuza.nl", word=False)
    + K("TITLE", "first secretary water", "senior adviser WASH", "field coordinator")
    + K("TERM", "managed aquifer recharge", "Pond sand filters"),
    meta={"Creator": "Microsoft® Word for Microsoft 365", "Producer": "Microsoft® Word for Microsoft 365",
          "Title": "Mission report Khulna"},
))
