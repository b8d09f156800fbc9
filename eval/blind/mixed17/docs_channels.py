"""Set AA: reportlab and fpdf2 documents (hidden channels, two columns, landscape) and scans."""

from people import MOTIV, MOTIV_P, a, bsn, e, i, iban, k, p, t, u

DOCS = []

# ---------------------------------------------------------------- aa21 nota with side column, sticky notes, outline, XMP
HV = "Hessel Veenbaas"
CI = "Clarisse Ifeoma Nwachukwu"
BS = "Brecht Smit"
DOCS.append({
    "id": "aa21", "producer": "rl", "producer_desc": "reportlab + pikepdf (side column, sticky notes, outline, Info, XMP)",
    "footer": f"{k('Ministerie van Infrastructuur en Waterstaat', 'ORG')} | {k('DGWB', 'ACRONYM')}",
    "side": ["!Directoraat-Generaal Water en Bodem", k("Rijnstraat 8", "ADDRESS_ORG"), "Postbus 20901, 2500 EX Den Haag", "",
             "!Contactpersoon", p(HV), "coördinerend beleidsadviseur", t("06-55 21 03 79"), e("hessel.veenbaas@minienw.nl"), "",
             "!Datum", "3 maart 2025", "!Kenmerk", "IENW/BSK-2025/51220"],
    "meta": {"Author": p(HV, "Veenbaas, H."), "Title": "Nota zoetwatervoorziening", "Subject": f"opgesteld door {p(CI, 'C.I. Nwachukwu')}"},
    "xmp": {"dc:creator": [p(HV), p(BS)]},
    "annots": [(p(CI, "Nwachukwu, Clarisse"), f"Tabel 1 nog checken met {p(BS, 'Brecht')} ({k('Deltares', 'ORG')})."),
               (p(BS), f"Gedaan. {p(HV, 'Hessel')}: bel me even op {t('06-27 40 15 92')}.")],
    "outline": ["Nota zoetwatervoorziening", f"Opmerkingen {p(CI, 'Nwachukwu')}", "Bijlage: tabel"],
    "blocks": [
        ("h", "Nota"),
        ("p", f"Aan: {k('minister Madlener', 'PUBLIC')}<br>Van: {p(HV)}"),
        ("h2", "Onderwerp: zoetwatervoorziening Zuidwestelijke Delta"),
        ("h2", "Aanleiding"),
        ("p", f"De {k('Deltacommissaris', 'ROLE')} heeft in het {k('Deltaprogramma 2025', 'PROGRAM')} gewezen op verzilting bij het {k('Volkerak-Zoommeer', 'PLACE')}. "
              f"Het lid {k('Grinwis', 'PUBLIC')} ({k('ChristenUnie', 'ORG')}) vroeg om een brief voor het commissiedebat Water. Voormalig minister {k('Harbers', 'PUBLIC')} zegde die brief in 2024 toe."),
        ("h2", "Advies"),
        ("p", f"Wij adviseren in te stemmen met de brief. {p(CI, 'Nwachukwu')} ({k('Rijkswaterstaat', 'ORG')}) en {p(BS, 'Smit')} ({k('Deltares', 'ORG')}) hebben de cijfers gevalideerd. "
              f"Het bergingsbedrijf {k('Smit Salvage', 'ORG')} is niet betrokken. Een {k('smit', 'WORD')} uit Zierikzee herstelt de {k('sluis', 'WORD')}deuren bij Krammer."),
        ("h2", "Kern"),
        ("p", f"{k('Gedeputeerde Staten van Zeeland', 'ORG')} en {k('gedeputeerde Van der Maas', 'PUBLIC')} steunen het voorstel. Het {k('Waterschap Brabantse Delta', 'ORG')} vraagt {k('ad hoc', 'LATIN')} overleg. "
              f"Het {k('Prins Clausplein', 'PLACE')}-knooppunt en de {k('Van Brienenoordbrug', 'PLACE')} vallen buiten deze nota."),
        ("table", [["Gebied", "Chloride (mg/l)", "Bron"], ["Volkerak-Zoommeer", "410", k("Rijkswaterstaat", "ORG")],
                   ["Haringvliet", "120", k("Deltares", "ORG")], ["Hollandsch Diep", "85", k("KNMI", "ACRONYM")]], [50, 35, 50]),
        MOTIV, MOTIV_P,
    ],
})

# ---------------------------------------------------------------- aa22 hoorverslag with speaker labels, two columns, serif
DOCS.append({
    "id": "aa22", "producer": "rl", "producer_desc": "reportlab, two columns, serif", "columns": 2, "font": "serif",
    "header": f"{k('Commissie bezwaarschriften', 'ORG')} gemeente Almere - verslag hoorzitting",
    "blocks": [
        ("h", "Verslag hoorzitting bezwaar Z/25/08817"),
        ("p", f"Aanwezig: {p('Margriet Spaansdonk')} (voorzitter), {p('Ruben Agyeman-Dijkhuis')} (lid), {p('Saskia Berg')} (secretaris). "
              f"Bezwaarmaker: {p('Vasile Munteanu-Paşcanu')}, bijgestaan door zijn dochter {p('Ilinca Munteanu')}. Namens het college: {p('Jurre Koppelmans')} (jurist)."),
        ("p", f"Onderwerp: weigering bijzondere bijstand voor een wasmachine. Adres bezwaarmaker: {a('Rilkestraat 112, 1328 GE Almere')}."),
        ("lines", [
            f"Voorzitter: Welkom. Mevrouw {p('Saskia Berg', 'Berg')} maakt het verslag.",
            f"{p('Vasile Munteanu-Paşcanu', 'Munteanu')}: Mijn wasmachine is kapot, en ik heb geen geld. Mijn dochter {p('Ilinca Munteanu', 'Ilinca')} helpt mij met de brieven.",
            f"{p('Jurre Koppelmans', 'Koppelmans')}: Het college heeft geweigerd omdat een wasmachine tot de algemeen noodzakelijke kosten hoort. Zie de uitspraak van de {k('Centrale Raad van Beroep', 'ORG')} ({k('ECLI:NL:CRVB:2019:1234', 'ID')}).",
            f"{p('Ruben Agyeman-Dijkhuis', 'Agyeman-Dijkhuis')}: Is gekeken naar de {k('Participatiewet', 'LAW')}, artikel 35?",
            f"{p('Jurre Koppelmans', 'Koppelmans')}: Ja. {k('Wethouder Duijvestijn', 'PUBLIC')} heeft dit beleid in 2023 vastgesteld.",
            f"{p('Ilinca Munteanu', 'Ilinca')}: Mijn vader heeft een schuld bij {k('Stichting Urgente Noden Almere', 'ORG')}; hij staat bij {k('Schuldhulpmaatje', 'ORG')} ingeschreven. Zijn rekening is {iban('NL86 ABNA 4825 7254 41')}.",
            f"Voorzitter: Dank. De commissie adviseert binnen vier weken. De {k('berg', 'WORD')} aan bezwaren is groot, dus het kan iets later worden.",
        ]),
        ("h2", "Overwegingen van de commissie"),
        ("p", f"De commissie stelt vast dat bezwaarmaker sinds 2019 in Almere woont en een {k('AOW', 'ACRONYM')}-uitkering ontvangt via de {k('SVB', 'ACRONYM')}. "
              f"Het college heeft niet onderzocht of een voorliggende voorziening van de {k('Kredietbank Almere', 'ORG')} beschikbaar was. De {k('ratio legis', 'LATIN')} van artikel 35 vraagt maatwerk."),
        ("p", f"Bezwaarmaker {p('Vasile Munteanu-Paşcanu', 'Munteanu-Paşcanu')} is telefonisch bereikbaar op {t('06-38 11 04 57')}. Geboortedatum: 02-11-1957, BSN {bsn('955234657')}."),
        ("h2", "Advies"),
        ("p", f"De commissie adviseert het bezwaar gegrond te verklaren. Namens de commissie, {p('Margriet Spaansdonk', 'M. Spaansdonk')}, voorzitter; {p('Saskia Berg', 'S. Berg')}, secretaris."),
    ],
})

# ---------------------------------------------------------------- aa23 Woo-besluit to requester (Ghostscript)
DOCS.append({
    "id": "aa23", "producer": "rl", "producer_desc": "reportlab -> Ghostscript pdfwrite", "gs": True,
    "footer": f"{k('Ministerie van Volkshuisvesting en Ruimtelijke Ordening', 'ORG')} | {k('Korte Voorhout 7', 'ADDRESS_ORG')}",
    "blocks": [
        ("lines", [p("Ewoud Kortekaas-Lim", "De heer E. Kortekaas-Lim"), a("Wolfstraat 19 bis"), a("6811 DK Arnhem")]),
        ("lines", ["Datum 21 maart 2025", "Kenmerk 2025-0000177031", "Onderwerp Besluit op uw Woo-verzoek"]),
        ("p", f"Geachte heer {p('Ewoud Kortekaas-Lim', 'Kortekaas-Lim')},"),
        ("p", f"In uw e-mail van 2 januari 2025 ({e('ewoud.kortekaas@gmail.com')}) heeft u op grond van de {k('Wet open overheid', 'LAW')} ({k('Woo', 'LAW')}) gevraagd om documenten over het {k('Programma Woningbouw', 'PROGRAM')} en de {k('Woontop', 'EVENT')} van 2024."),
        ("h2", "Besluit"),
        ("p", f"Ik maak 14 documenten deels openbaar. Persoonsgegevens van ambtenaren en derden zijn weggelakt op grond van artikel 5.1, tweede lid, onder e, van de {k('Woo', 'LAW')}. "
              f"Namen van bewindspersonen, zoals {k('minister Keijzer', 'PUBLIC')} en voormalig minister {k('De Jonge', 'PUBLIC')}, blijven openbaar. Dat geldt ook voor {k('burgemeester Marcouch', 'PUBLIC')} van Arnhem."),
        ("p", f"Bij de zienswijzeprocedure heeft {k('Aedes', 'ORG')} gereageerd, evenals de heer {p('Joost Hoekzema-Vlaar')} namens {k('Bouwend Nederland', 'ORG')}. Zijn bezwaren zijn deels gehonoreerd."),
        ("h2", "Inventaris (uittreksel)"),
        ("table", [["Nr", "Document", "Van", "Beoordeling"],
                   ["1", "Nota Woontop", p("Hilde Rozenbroek-Akkermans", "Rozenbroek-Akkermans, H."), "deels openbaar"],
                   ["2", "Mail aan Aedes", p("Nathaniël Oppedijk", "Oppedijk, N."), "deels openbaar"],
                   ["3", f"Brief {k('Bouwend Nederland', 'ORG')}", p("Joost Hoekzema-Vlaar", "Hoekzema-Vlaar, J."), "openbaar na zienswijze"],
                   ["4", "Agenda Catshuis", k("Ministerie van Algemene Zaken", "ORG"), "openbaar"]], [10, 60, 55, 40]),
        ("p", f"Hoogachtend,<br>De {k('minister van Volkshuisvesting en Ruimtelijke Ordening', 'ROLE')},<br>namens deze,<br>{k('directeur Woningbouw', 'ROLE')}"),
        ("small", f"Heeft u vragen? Neem contact op met {p('Yara Alkhatib-Brouwer', 'Y. Alkhatib-Brouwer')} via {k('woo@minvro.nl', 'MAILBOX')}, telefoon {t('070 456 73 09')}."),
    ],
})

# ---------------------------------------------------------------- aa24 precision-heavy note with one civil servant
DOCS.append({
    "id": "aa24", "producer": "rl", "producer_desc": "reportlab",
    "meta": {"Author": p("Mirthe Quadackers")},
    "blocks": [
        ("h", "Achtergrondnotitie commissiedebat Digitale Zaken"),
        ("p", f"Ter voorbereiding van het debat op 2 april 2025 met {k('staatssecretaris Szabó', 'PUBLIC')}. Opgesteld door {p('Mirthe Quadackers')} ({k('DGDOO', 'ACRONYM')}/{k('DS', 'ACRONYM')})."),
        ("h2", "Woordvoerders"),
        ("table", [["Fractie", "Woordvoerder", "Aandachtspunt"],
                   [k("PVV", "ORG"), k("Kamerlid Valize", "PUBLIC"), "digitale soevereiniteit"],
                   [k("GroenLinks-PvdA", "ORG"), k("Kathmann", "PUBLIC"), f"{k('Microsoft', 'ORG')}-afhankelijkheid, {k('cloud', 'TERM')}"],
                   [k("VVD", "ORG"), k("Van der Werf", "PUBLIC"), f"{k('AI', 'ACRONYM')}-verordening"],
                   [k("NSC", "ORG"), k("Six Dijkstra", "PUBLIC"), "algoritmeregister"],
                   [k("D66", "ORG"), k("Kamerlid Paternotte", "PUBLIC"), "open source"],
                   [k("CDA", "ORG"), k("Inge van Dijk", "PUBLIC"), "digitale inclusie"]], [35, 45, 90]),
        ("h2", "Context"),
        ("p", f"Voormalig staatssecretaris {k('Van Huffelen', 'PUBLIC')} publiceerde de {k('Werkagenda Waardengedreven Digitaliseren', 'TITLE')}. {k('Europarlementariër Azmani', 'PUBLIC')} en {k('Eurocommissaris Virkkunen', 'PUBLIC')} spreken op 10 april tijdens de {k('Thorbecke-lezing', 'EVENT')} in het {k('Huygens-gebouw', 'BUILDING')}. "
              f"Het rapport {k('“Ongekend onrecht”', 'TITLE')} blijft het referentiepunt voor algoritmes bij de {k('Belastingdienst', 'ORG')}."),
        ("p", f"De {k('Autoriteit Persoonsgegevens', 'ORG')} ({k('AP', 'ACRONYM')}) waarschuwt voor {k('LLM', 'ACRONYM')}-gebruik. Het {k('Rathenau Instituut', 'ORG')} en het {k('Erasmus MC', 'ORG')} experimenteren met {k('GPT-NL', 'PRODUCT')}. "
              f"De {k('Johan Cruijff ArenA', 'BUILDING')} gebruikt gezichtsherkenning; de {k('AP', 'ACRONYM')} heeft daar in 2024 over geadviseerd. {k('De facto', 'LATIN')} geldt een verbod."),
        ("p", f"Minister-president {k('Schoof', 'PUBLIC')} heeft de {k('AIVD', 'ACRONYM')} gevraagd om een dreigingsanalyse. Oud-premier {k('Rutte', 'PUBLIC')} is inmiddels secretaris-generaal van de {k('NAVO', 'ACRONYM')}."),
        ("small", f"Vragen: {p('Mirthe Quadackers', 'M. Quadackers')}, {e('m.quadackers@minbzk.nl')}; of {k('digitalezaken@minbzk.nl', 'MAILBOX')}."),
    ],
})

# ---------------------------------------------------------------- aa25 Participatiewet journal (fpdf)
DOCS.append({
    "id": "aa25", "producer": "fpdf", "producer_desc": "fpdf2",
    "header": f"Gemeente Tilburg - {k('Suite4Sociaal Domein', 'PRODUCT')} - journaaloverzicht",
    "footer": f"Afgedrukt door {u('gvdheuvel3', 'Gijsbertha van den Heuvel-Adriaansen')}",
    "meta": {"Title": f"Journaal {p('Amina Hassan Mohamud', 'Hassan Mohamud, A.')}"},
    "blocks": [
        ("h", "Journaal klantdossier Participatiewet"),
        ("kv", [("Klant", p("Amina Hassan Mohamud", "Hassan Mohamud, Amina")), ("BSN", bsn("616080384")), ("Adres", a("Ringbaan-Oost 244, 5013 CD Tilburg")),
                ("Partner", p("Abdiweli Farah Jama")), ("Klantmanager", p("Gijsbertha van den Heuvel-Adriaansen")), ("Rekening", iban("NL29 TRIO 7476 0826 50"))], [35, 120]),
        ("table", [["Datum", "Medewerker", "Notitie"],
                   ["06-01-2025", i("GvdH", "Gijsbertha van den Heuvel-Adriaansen"), f"Intake. Mevrouw {p('Amina Hassan Mohamud', 'Hassan Mohamud')} spreekt beperkt Nederlands; tolk via {k('Tolkcontact', 'ORG')}. Partner {p('Abdiweli Farah Jama', 'Farah Jama')} werkt 12 uur bij {k('PostNL', 'ORG')}."],
                   ["14-01-2025", i("GvdH", "Gijsbertha van den Heuvel-Adriaansen"), f"Inkomstenverrekening januari. Bankafschriften ontvangen via {k('Mijn Tilburg', 'PRODUCT')}."],
                   ["28-01-2025", p("Thijs Bosschaart", "T. Bosschaart"), f"Huisbezoek met {k('Sociaal Wijkteam', 'ORG')} Noord. Dochter {p('Hodan Abdiweli', 'Hodan')} (16) tolkt. Geen bijzonderheden."],
                   ["11-02-2025", i("GvdH", "Gijsbertha van den Heuvel-Adriaansen"), f"Aanmelding {k('Taalhuis', 'ORG')} en {k('NT2', 'ACRONYM')}-traject bij {k('ROC Tilburg', 'ORG')}. Ontheffing arbeidsplicht tot 1 juli."],
                   ["03-03-2025", p("Thijs Bosschaart", "Bosschaart"), f"Telefonisch contact {t('06-14 77 30 82')}: mevrouw vraagt bijzondere bijstand voor een bril. Doorgezet naar {k('Team Inkomen', 'ORG')}."]], [24, 32, 120]),
        ("p", f"In de raad heeft {k('wethouder Dogan', 'PUBLIC')} toegezegd dat elke {k('ontheffing', 'WORD')} per kwartaal wordt getoetst. Het beleid staat in de {k('Beleidsregels Participatiewet Tilburg 2024', 'LAW')}."),
    ],
})

# ---------------------------------------------------------------- aa26 fpdf landscape: overzicht toezeggingen with narrow cells
DOCS.append({
    "id": "aa26", "producer": "fpdf", "producer_desc": "fpdf2, landscape, narrow cells", "landscape": True, "size": 8,
    "footer": f"Toezeggingenregistratie {k('Tweede Kamer', 'ORG')} - {k('LVVN', 'ACRONYM')} - stand 15-03-2025",
    "blocks": [
        ("h", "Overzicht openstaande toezeggingen LVVN"),
        ("table", [["Nr", "Toezegging", "Bewindspersoon", "Kamerlid", "Dossierhouder", "Tel.", "Termijn"],
                   ["TZ-1", f"Brief over het {k('wolvenplan', 'WORD')}", k("minister Wiersma", "PUBLIC"), k("Van der Plas", "PUBLIC"), p("Roos Wolf", "Wolf, R."), t("06-19 44 80 37"), "Q2"],
                   ["TZ-2", f"Evaluatie {k('Nationaal Programma Landelijk Gebied', 'PROGRAM')}", k("staatssecretaris Rummenie", "PUBLIC"), k("Bromet", "PUBLIC"), p("Jetske Oostindiër-Brands", "Oostindiër-Brands, J."), t("070 378 52 40"), "Q3"],
                   ["TZ-3", f"Onderzoek {k('NVWA', 'ACRONYM')} slachthuizen", k("minister Wiersma", "PUBLIC"), k("Kostić", "PUBLIC"), p("Babajide Olatunbosun", "Olatunbosun, B."), t("06-70 22 18 43"), "Q2"],
                   ["TZ-4", f"Reactie op {k('Remkes', 'PUBLIC')}-rapport", "voormalig minister Adema", k("Grinwis", "PUBLIC"), p("Maria Luísa Tavares Monteiro", "Tavares Monteiro, M.L."), t("06-33 09 71 56"), "Q4"],
                   ["TZ-5", f"Visserij: quota {k('Noordzee', 'PLACE')}", k("staatssecretaris Rummenie", "PUBLIC"), k("Vedder", "PUBLIC"), p("Cor Visser", "Visser, C."), t("06-41 28 55 90"), "Q2"],
                   ["TZ-6", f"Vossenbeheer in {k('Noord-Holland', 'PLACE')}", k("minister Wiersma", "PUBLIC"), k("Kamerlid Holman", "PUBLIC"), p("Ilse Vos", "Vos, I."), t("06-20 17 65 38"), "Q3"]],
         [14, 70, 42, 30, 42, 30, 14]),
        ("p", f"Beheer: {k('toezeggingen-lvvn@minlvvn.nl', 'MAILBOX')}. Een {k('visser', 'WORD')} uit Urk heeft via de {k('Visserijnieuws', 'ORG')}-redactie om inzage gevraagd."),
    ],
})

# ---------------------------------------------------------------- aa27 fpdf letter with sticky note + mailto + Info Subject
DOCS.append({
    "id": "aa27", "producer": "fpdf", "producer_desc": "fpdf2 + pikepdf (sticky note, mailto link, Info Subject)",
    "meta": {"Subject": f"Subsidiebesluit {p('Tjeerd Hofstee-Anema', 'T. Hofstee-Anema')}", "Author": u("jkoekoek", "Jildou Koekoek")},
    "annots": [(p("Jildou Koekoek", "Koekoek, Jildou"), f"Bedrag gecontroleerd met {p('Auke Dijkstra-Bruinsma', 'Auke')}; {p('Tjeerd Hofstee-Anema', 'Hofstee')} belde ook nog.")],
    "links": [f"mailto:{e('j.koekoek@fryslan.frl')}"],
    "blocks": [
        ("lines", [p("Tjeerd Hofstee-Anema", "De heer T. Hofstee-Anema"), a("Harlingerstraatweg 77"), a("8802 LK Franeker")]),
        ("lines", ["Datum: 5 maart 2025", "Ons kenmerk: 01987654", f"Behandeld door: {p('Jildou Koekoek')}", f"Telefoon: {t('058 292 47 61')}"]),
        ("h2", "Onderwerp: subsidie kleine landschapselementen"),
        ("p", f"Geachte heer {p('Tjeerd Hofstee-Anema', 'Hofstee-Anema')},"),
        ("p", f"Gedeputeerde Staten van {k('Fryslân', 'PLACE')} verlenen u een subsidie van € 3.150 voor het herstel van de elzensingels bij uw bedrijf. "
              f"Het bedrag wordt uitbetaald op {iban('NL09 SNSB 3074 1954 85')}. Uw adviseur, {p('Auke Dijkstra-Bruinsma')} van {k('Landschapsbeheer Friesland', 'ORG')}, ontvangt een afschrift."),
        ("p", f"Dit besluit is genomen namens Gedeputeerde Staten door {k('gedeputeerde Fokkinga', 'PUBLIC')}. {k('Commissaris van de Koning', 'ROLE')} {k('Brok', 'PUBLIC')} opende de regeling in het {k('Provinsjehûs', 'BUILDING')}."),
        ("p", f"Vragen? Mail {p('Jildou Koekoek', 'Jildou Koekoek')} via {e('j.koekoek@fryslan.frl')} of bel {k('058 292 59 25', 'SWITCHBOARD')} (algemeen)."),
        ("small", f"{k('Provinsje Fryslân', 'ORG')} | {k('Tweebaksmarkt 52', 'ADDRESS_ORG')} | Ljouwert"),
    ],
})

# ================================================================ scans
# ---------------------------------------------------------------- aa28 nota with handwritten paraph route
DOCS.append({
    "id": "aa28", "producer": "scan", "producer_desc": "scan 250 dpi, handwritten paraphs", "dpi": 250, "angle": 0.7,
    "blocks": [
        ("h", "NOTA"),
        ("kv", [("Aan", "de minister van Justitie en Veiligheid"), ("Van", p("Lodewijk Vierhouten")), ("Datum", "27 februari 2025"),
                ("Onderwerp", "Capaciteit Justitiële Jeugdinrichtingen")], [1, 3]),
        ("p", f"Aanleiding: de {k('Inspectie Justitie en Veiligheid', 'ORG')} signaleert een tekort van 40 plaatsen. {p('Lodewijk Vierhouten', 'Vierhouten')} en {p('Esperanza Wijngaarde')} hebben met {k('DJI', 'ACRONYM')} de opties verkend."),
        ("p", f"Advies: instemmen met de tijdelijke uitbreiding in Teylingereind. Contact: {p('Esperanza Wijngaarde', 'E. Wijngaarde')}, telefoon {t('06 5319 8804')}."),
        ("p", "Paraafroute:"),
        ("kv", [("Opsteller", p("Lodewijk Vierhouten", "L. Vierhouten")), ("Hoofd afdeling", p("Berend Schokkerlaan", "B. Schokkerlaan"))], [1, 3]),
        ("sig", i("LV", "Lodewijk Vierhouten")),
        ("sig", i("BS 28/2", "Berend Schokkerlaan")),
    ],
})

# ---------------------------------------------------------------- aa29 printed Outlook mail, scanned
DOCS.append({
    "id": "aa29", "producer": "scan", "producer_desc": "scan 200 dpi, printed e-mail", "dpi": 200, "font": "sans", "angle": -1.1,
    "blocks": [
        ("lines", [f"Van: {p('Olusegun Adeyemi-Bakker', 'Adeyemi-Bakker, Olusegun')}", "Verzonden: maandag 10 februari 2025 08:51",
                   f"Aan: {p('Femke Zandbergen')}", f"CC: {p('Hugo Wildschut')}", "Onderwerp: Klachten geluidsoverlast windpark"]),
        ("p", f"Hoi {p('Femke Zandbergen', 'Femke')},"),
        ("p", f"Vanochtend belde mevrouw {p('Grietje Ploegmakers')} van {a('Dijkweg 14')} in Biddinghuizen opnieuw over het windpark. Zij vraagt of {p('Hugo Wildschut', 'Hugo')} langs kan komen."),
        ("p", f"Zij is bereikbaar op {t('0321 33 12 09')}."),
        ("p", f"Groet, {p('Olusegun Adeyemi-Bakker', 'Olusegun')}"),
        ("p", f"{p('Olusegun Adeyemi-Bakker')} | Omgevingsmanager | Provincie Flevoland | {t('06 2877 4130')}"),
    ],
})

# ---------------------------------------------------------------- aa30 signed decision, scanned
DOCS.append({
    "id": "aa30", "producer": "scan", "producer_desc": "scan 300 dpi, signature", "dpi": 300, "angle": 0.4, "noise": 7,
    "blocks": [
        ("lines", [p("Natasha Ramlakhan-Sewdien", "Mevrouw N. Ramlakhan-Sewdien"), a("Bijlmerdreef 880"), a("1103 AD Amsterdam")]),
        ("p", "Betreft: toekenning Tozo-uitkering, zaak 2025-44017"),
        ("p", f"Geachte mevrouw {p('Natasha Ramlakhan-Sewdien', 'Ramlakhan-Sewdien')},"),
        ("p", f"Wij kennen u een uitkering toe van 1.120 euro per maand. Betaling op rekening {iban('NL81 ASNB 4303 0716 06')}."),
        ("p", f"Met vriendelijke groet, namens het college, {p('Wouter Scheepmaker')}, teamleider Inkomen"),
        ("sig", p("Wouter Scheepmaker", "W. Scheepmaker")),
    ],
})

# ---------------------------------------------------------------- aa31 presentielijst, scanned
DOCS.append({
    "id": "aa31", "producer": "scan", "producer_desc": "scan 200 dpi, attendance list", "dpi": 200, "font": "sans", "noise": 10,
    "blocks": [
        ("h", "Presentielijst werksessie Regionale Energiestrategie"),
        ("p", "Datum: 13 maart 2025, provinciehuis Lelystad"),
        ("table", [["Naam", "Organisatie", "Handtekening"],
                   [p("Ingeborg Stalmeijer"), "Provincie Flevoland", ""],
                   [p("Kwabena Osei-Tutu"), "Gemeente Almere", ""],
                   [p("Rosanne Kuipers-Haan"), "Waterschap Zuiderzeeland", ""],
                   [p("Ionuț Bălcescu"), "Liander", ""],
                   [p("Mirela Ștefănescu"), "Gemeente Dronten", ""]], [3, 3, 2]),
        ("p", f"Notulist: {p('Ingeborg Stalmeijer', 'I. Stalmeijer')}"),
    ],
})

# ---------------------------------------------------------------- aa32 typed memo with paraph, scanned
DOCS.append({
    "id": "aa32", "producer": "scan", "producer_desc": "scan 200 dpi, typed memo with handwritten paraph", "dpi": 200, "angle": -0.6,
    "blocks": [
        ("h", "Memo"),
        ("lines", [f"Aan: {p('Koosje Vrijmoet')}", f"Van: {p('Dirk-Jan Hazelhoff')}", "Datum: 4 maart 2025", "Betreft: sollicitatiecommissie"]),
        ("p", f"De commissie bestaat uit {p('Koosje Vrijmoet', 'Vrijmoet')}, {p('Anouk Pijnappels')} en mij. Kandidaat {p('Kofi Amponsah')} is uitgenodigd voor 12 maart."),
        ("p", f"Bij vragen ben ik bereikbaar op {t('06 3044 7719')}."),
        ("sig", i("DJH", "Dirk-Jan Hazelhoff")),
    ],
})
