"""Set mixed19, part C: office-software prints, case notes, hidden channels and scans."""
from __future__ import annotations

from framework import Pic, bsn, h, iban, image_pdf, img, o, scan_finish, t, table_pic  # noqa: F401
from render import chromium_doc, docx_doc, fpdf_doc, reportlab_pdf, xlsx_doc

CM = 28.3465


# ------------------------------------------------------------------------------------------------
def ac22(out):
    """Outlook meeting request printed to PDF (fpdf2) with mailto links."""
    blocks = [
        ("mono", "[[Noorzai, Farid|PERSON]]"),
        ("h1", "Bestuurlijk overleg {{Lelystad Airport|ORG}} - voorbereiding"),
        ("table", [["Van:", "[[Noorzai, Farid|PERSON]] <[[farid.noorzai@minienw.nl|EMAIL]]>"],
                   ["Organisator:", "[[Noorzai, Farid|PERSON]]"],
                   ["Verplichte deelnemers:", "[[Tjon-A-Fong, Melissa|PERSON]]; [[Sarmento da Cunha, Paulo|PERSON]]; "
                                               "[[Van der Linden-Koning, Els|PERSON]]; {{DGLM Secretariaat|MAILBOX}}; "
                                               "[[Bakker, J.|PERSON]] (Provincie Flevoland)"],
                   ["Optionele deelnemers:", "[[Adjei, Akosua|PERSON]]; [[HOEKSTRA, W.|PERSON]]; {{Woordvoering IenW|MAILBOX}}"],
                   ["Wanneer:", "donderdag 6 maart 2025 13:00-14:00 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome"],
                   ["Locatie:", "{{Rijnstraat 8|OFFICE_ADDRESS}}, kamer {{B-04.112|TERM}} / {{Microsoft Teams|PRODUCT}}-vergadering"],
                   ["Categorie:", "Bestuurlijk"]], [40, 134], {"head": False}),
        ("p", "Beste allen,"),
        ("p", "Ter voorbereiding van het bestuurlijk overleg van minister {{Madlener|OFFICE_HOLDER}} met gedeputeerde "
              "{{Jop Fackeldey|OFFICE_HOLDER}} en burgemeester {{Mark Rouwenhorst|OFFICE_HOLDER}} ({{Lelystad|PLACE}}) over de "
              "opening van {{Lelystad Airport|ORG}} plannen we dit vooroverleg. Agenda:\n"
              "1. stand van zaken natuurvergunning en {{PAS|ACRONYM}}-melders ([[Melissa|PERSON]])\n"
              "2. laagvliegroutes en de {{Luchtruimherziening|PROGRAM}} ([[Paulo|PERSON]])\n"
              "3. kernboodschappen voor de minister ([[Els|PERSON]] / woordvoering)"),
        ("p", "[[Akosua|PERSON]], kun jij de cijfers van {{LVNL|ACRONYM}} en het {{NLR|ACRONYM}} meenemen? Bij vragen: "
              "[[06-2041 7735|PHONE]].\n\nGroet,\n[[Farid|PERSON]]"),
        ("small", "Deelnemen aan {{Microsoft Teams|PRODUCT}}-vergadering - Vergaderings-id: 384 221 907 55 - "
                  "Wachtwoordcode: Xs7Pq2 - Bellen (alleen audio) {{+31 20 794 8482|SWITCHBOARD}}"),
    ]
    fpdf_doc(blocks, out)
    return {"links": [(0, [70, 760, 250, 772], h("annotations", "mailto:[[farid.noorzai@minienw.nl|EMAIL]]")),
                      (0, [70, 700, 250, 712], h("annotations", "mailto:[[melissa.tjon-a-fong@minienw.nl|EMAIL]]"))]}


# ------------------------------------------------------------------------------------------------
def ac23(out):
    """Teams meeting transcript (Chromium): speaker name and time stamp lines."""
    lines = [
        ("[[Hiltsje Feenstra|PERSON]]", "0:00:04", "Goedemorgen allemaal. We hebben een half uur, dus ik stel voor dat we meteen beginnen met de planning van de {{Voorjaarsnota|PRODUCT}}."),
        ("[[Nguyễn Thị Lan|PERSON]]", "0:00:19", "Goedemorgen. Ik heb de cijfers van {{CPB|ACRONYM}} gisteren doorgezet naar jou en [[Marc|PERSON]]."),
        ("[[Marc Oosterbaan|PERSON]]", "0:00:31", "Ja, ontvangen. Het {{Centraal Planbureau|ORG}} komt uit op een tekort van 2,9 procent. Minister {{Heinen|OFFICE_HOLDER}} wil dat we onder de drie blijven."),
        ("[[Hiltsje Feenstra|PERSON]]", "0:00:52", "Dan moeten we de {{Inspectie der Rijksfinanciën|ORG}} vandaag nog bellen. [[Lan|PERSON]], kun jij dat doen?"),
        ("[[Nguyễn Thị Lan|PERSON]]", "0:01:03", "Doe ik. Ik spreek [[Joost|PERSON]] van de {{IRF|ACRONYM}} om twee uur."),
        ("[[Joost van Bemmel|PERSON]] (Gast)", "0:01:15", "Ik ben er al bij, sorry, ik zat op mute. Bel me anders op mijn mobiel, [[06-1189 4032|PHONE]]."),
        ("[[Marc Oosterbaan|PERSON]]", "0:01:29", "Prima. Over de {{Kamerbrief|TERM}}: {{Voorjaarsnota|PRODUCT}} gaat op 15 april naar de Kamer. De Kamerleden {{Dassen|OFFICE_HOLDER}} en {{Inge van Dijk|OFFICE_HOLDER}} hebben al om een technische briefing gevraagd."),
        ("[[Hiltsje Feenstra|PERSON]]", "0:01:50", "Die briefing doet de directeur {{Begrotingszaken|ORG}}; ik regel dat met [[Petra|PERSON]] van het secretariaat."),
        ("[[Joost van Bemmel|PERSON]] (Gast)", "0:02:07", "Nog één ding: de {{EMU-saldo|TERM}}-raming van {{DNB|ACRONYM}} wijkt af. Zal ik een notitie maken?"),
        ("[[Hiltsje Feenstra|PERSON]]", "0:02:15", "Graag, stuur hem naar {{begrotingszaken@minfin.nl|MAILBOX}} en zet [[Marc|PERSON]] in cc. Dan sluit ik af. Dank jullie wel."),
    ]
    html = ["<div class='tr'>"]
    for who, ts, txt in lines:
        html.append(f"<div class='spk'>{t(who)}&nbsp;&nbsp;&nbsp;<span class='ts'>{ts}</span></div><div class='utt'>"
                    + t(txt).replace("&", "&amp;").replace("<", "&lt;") + "</div>")
    html.append("</div>")
    css = (".spk { font-weight: bold; margin-top: 8px; } .ts { color: #666; font-weight: normal; }"
           " .utt { margin-left: 0; }")
    blocks = [
        ("h1", "Transcript: Afstemming {{Voorjaarsnota|PRODUCT}} 2025"),
        ("small", "{{Microsoft Teams|PRODUCT}} - 11 maart 2025, 09:00 - duur 2 min 31 s - gestart door [[Feenstra, Hiltsje|PERSON]] "
                  "- {{Ministerie van Financiën|ORG}}, directie {{Algemene Financiële en Economische Politiek|ORG}}"),
        ("html", "\n".join(html)),
    ]
    chromium_doc(blocks, out, css_extra=css)


# ------------------------------------------------------------------------------------------------
def ac24(out):
    """TOPdesk incident print (reportlab) with sticky notes that name colleagues."""
    blocks = [
        ("h1", "Incident {{I 2503 1187|CASE_NUMBER}}"),
        ("table", [["Melder", "[[Sanne Kartodikromo|PERSON]]", "Vestiging", "{{Stadskantoor Utrecht|ORG}}, {{Stadsplateau 1|OFFICE_ADDRESS}}"],
                   ["Telefoon melder", "[[030 286 45 17|PHONE]]", "Afdeling", "{{Werk en Inkomen|ORG}}"],
                   ["E-mail melder", "[[s.kartodikromo@utrecht.nl|EMAIL]]", "Object", "laptop {{HP EliteBook 840|PRODUCT}}"],
                   ["Behandelaar", "[[Ruben Koning|PERSON]]", "Operatorgroep", "{{Servicedesk ICT|ORG}}"],
                   ["Categorie", "Software / {{Suite4Werk|PRODUCT}}", "Prioriteit", "P2"]], [3.2, 4.8, 2.6, 5.6],
         {"head": False}),
        ("h2", "Verzoek"),
        ("p", "Sinds de update van vanochtend kan ik in {{Suite4Werk|PRODUCT}} geen klantdossiers meer openen. Foutmelding: "
              "'{{HTTP 403 Forbidden|TERM}} - {{SAML|ACRONYM}} assertion invalid'. Collega [[Yusuf Demir|PERSON]] heeft "
              "hetzelfde. Wij hebben om 11 uur een zitting met een klant."),
        ("h2", "Acties"),
        ("table", [["Datum/tijd", "Door", "Actie"],
                   ["17-03-2025 08:52", "[[Sanne Kartodikromo|PERSON]]", "Melding aangemaakt via {{Selfservice Portal|PRODUCT}}"],
                   ["17-03-2025 09:05", "[[Ruben Koning|PERSON]]", "Contact met melder. Bekend probleem na {{Azure AD|PRODUCT}}-certificaatwissel; gekoppeld aan probleem {{P 2503 004|CASE_NUMBER}}."],
                   ["17-03-2025 09:40", "[[Koning, R.|PERSON]]", "Doorgezet naar tweedelijns {{Team Identity|ORG}} ([[Bram Verkerk|PERSON]])."],
                   ["17-03-2025 10:12", "[[Bram Verkerk|PERSON]]", "Nieuw certificaat geüpload in {{Entra ID|PRODUCT}}. Melder gevraagd opnieuw in te loggen."],
                   ["17-03-2025 10:20", "[[Sanne Kartodikromo|PERSON]]", "Werkt weer, dank! Ook bij [[Yusuf|PERSON]]."],
                   ["17-03-2025 10:21", "systeem", "Status gewijzigd naar Afgemeld. Enquête verstuurd."]], [3.2, 3.8, 9.2]),
        ("small", "Afdrukt door [[rkoning|USERNAME]] op 17-03-2025 10:30 - {{TOPdesk|PRODUCT}} 11.4 - {{Gemeente Utrecht|ORG}} "
                  "- {{servicedesk.ict@utrecht.nl|MAILBOX}} - intern {{030 286 00 00|SWITCHBOARD}}"),
    ]
    reportlab_pdf(blocks, out)
    return {"annots": [(0, 540, 700, h("annotations", "[[Bram Verkerk|PERSON]]"),
                        h("annotations", "Ook [[Yusuf Demir|PERSON]] ([[06-2209 3318|PHONE]]) nabellen")),
                       (0, 540, 560, h("annotations", "[[Koning, Ruben|PERSON]]"), "Koppelen aan change CHG-0412")]}


# ------------------------------------------------------------------------------------------------
def ac25(out):
    """SharePoint version history printed from the browser (Chromium), author in Info."""
    rows = [["Nr.", "Gewijzigd", "Gewijzigd door", "Grootte", "Opmerkingen"],
            ["7.0", "21-3-2025 16:44", "[[Stephanie Martina-Croes|PERSON]]", "412 kB", "Definitief na akkoord {{MT|ACRONYM}}"],
            ["6.2", "21-3-2025 11:02", "[[Hamid Al-Sayed|PERSON]]", "410 kB", "Opmerkingen {{DJZ|ACRONYM}} verwerkt"],
            ["6.1", "20-3-2025 17:30", "[[de Boer-Blom, Anja|PERSON]]", "409 kB", "Check [[Hamid|PERSON]] op par. 3"],
            ["6.0", "19-3-2025 09:15", "[[Stephanie Martina-Croes|PERSON]]", "401 kB", "Versie voor {{SG|ACRONYM}}-overleg"],
            ["5.3", "18-3-2025 22:41", "[[Péter Szabó|PERSON]]", "398 kB", "Tabel {{CBS|ACRONYM}}-cijfers geactualiseerd"],
            ["5.2", "18-3-2025 14:07", "[[Ingrid in 't Veld|PERSON]]", "395 kB", "Reactie {{Raad van State|ORG}} opgenomen"],
            ["5.1", "17-3-2025 10:55", "Systeemaccount SP-Flow", "395 kB", "Automatisch opgeslagen"],
            ["5.0", "14-3-2025 16:20", "[[Hamid Al-Sayed|PERSON]]", "390 kB", "Eerste integrale versie"]]
    blocks = [
        ("small", "https://{{rijksoverheid.sharepoint.com|WEB}}/sites/DGKR/Gedeelde documenten/Beleid/Nota Koninkrijksrelaties 2025.docx"),
        ("h1", "Versiegeschiedenis"),
        ("p", "Nota Koninkrijksrelaties 2025.docx - {{Ministerie van Binnenlandse Zaken en Koninkrijksrelaties|ORG}}, "
              "directie {{Koninkrijksrelaties|ORG}}. Staatssecretaris {{Szabó|OFFICE_HOLDER}} ontvangt de nota via de lijn."),
        ("table", rows, [1.2, 3.3, 5.0, 1.8, 6.0]),
        ("p", "Eigenaar: [[Stephanie Martina-Croes|PERSON]] ([[stephanie.martina@minbzk.nl|EMAIL]]). Gedeeld met: "
              "{{DGKR-Beleid|MAILBOX}}, [[Al-Sayed, H.|PERSON]], [[Szabó, P.|PERSON]]."),
        ("small", "Versiebeheer staat aan: de laatste 500 primaire versies worden bewaard. Bewaartermijn volgens de "
                  "{{Selectielijst BZK|LAW}}."),
    ]
    chromium_doc(blocks, out)
    return {"info": {"Author": h("metadata", "[[Martina-Croes, Stephanie|PERSON]]"),
                     "Title": "Versiegeschiedenis Nota Koninkrijksrelaties 2025"}}


# ------------------------------------------------------------------------------------------------
def ac26(out):
    """Excel participant list printed from LibreOffice Calc."""
    rows = [["Nr", "Achternaam", "Voornaam", "Organisatie", "Functie", "E-mail", "Mobiel", "Dieet"],
            ["1", "[[Asante|PERSON]]", "[[Yaw|PERSON]]", "{{GGD Hollands Noorden|ORG}}", "jeugdarts", "[[y.asante@ggdhn.nl|EMAIL]]", "[[06-3170 8821|PHONE]]", "halal"],
            ["2", "[[Dijkstra-van der Meer|PERSON]]", "[[Greetje|PERSON]]", "{{Gemeente Den Helder|ORG}}", "beleidsadviseur", "[[g.dijkstra@denhelder.nl|EMAIL]]", "[[06-5099 1732|PHONE]]", ""],
            ["3", "[[Lima Barbosa|PERSON]]", "[[Rafael|PERSON]]", "{{Zilveren Kruis|ORG}}", "zorginkoper", "[[rafael.limabarbosa@zilverenkruis.nl|EMAIL]]", "[[06-4417 2290|PHONE]]", "vegetarisch"],
            ["4", "[[Koster|PERSON]]", "[[Willemijn|PERSON]]", "{{Ministerie van VWS|ORG}}", "senior beleidsmedewerker", "[[w.koster@minvws.nl|EMAIL]]", "[[06-1290 4471|PHONE]]", ""],
            ["5", "[[Hassan|PERSON]]", "[[Faiza|PERSON]]", "{{RIVM|ACRONYM}}", "epidemioloog", "[[faiza.hassan@rivm.nl|EMAIL]]", "[[06-2785 0036|PHONE]]", "glutenvrij"],
            ["6", "[[Blom|PERSON]]", "[[Sander|PERSON]]", "{{Veiligheidsregio Noord-Holland Noord|ORG}}", "crisiscoördinator", "[[s.blom@vrnhn.nl|EMAIL]]", "[[06-3321 9048|PHONE]]", ""],
            ["7", "[[Winter|PERSON]]", "[[Famke|PERSON]]", "{{Gemeente Texel|ORG}}", "teamleider Wmo", "[[f.winter@texel.nl|EMAIL]]", "[[06-1427 5520|PHONE]]", ""],
            ["8", "[[Mohamud|PERSON]]", "[[Ilhan|PERSON]]", "{{Zorgbelang Inclusief|ORG}}", "ervaringsdeskundige", "[[ilhan.m@zorgbelanginclusief.nl|EMAIL]]", "[[06-2563 1184|PHONE]]", "halal"],
            ["9", "[[Tjoa|PERSON]]", "[[Lian|PERSON]]", "{{Noordwest Ziekenhuisgroep|ORG}}", "verpleegkundig specialist", "[[l.tjoa@nwz.nl|EMAIL]]", "[[06-4840 7319|PHONE]]", ""],
            ["10", "[[Hofstede|PERSON]]", "[[Merel|PERSON]]", "{{GGD GHOR Nederland|ORG}}", "programmamanager", "[[m.hofstede@ggdghor.nl|EMAIL]]", "[[06-1976 3050|PHONE]]", "vegan"]]
    xlsx_doc("Deelnemers werkconferentie {{Gezond Opgroeien Noord-Holland|PROGRAM}} - 3 april 2025 - {{Den Helder|PLACE}}",
             rows, [4, 22, 12, 34, 22, 34, 15, 11], out,
             footer="Export uit {{Microsoft Forms|PRODUCT}} - beheer: [[W. Koster|PERSON]]")
    return {"info": {"Author": h("metadata", "[[Willemijn Koster|PERSON]]")}}


# ------------------------------------------------------------------------------------------------
def ac27(out):
    """Integrity case note (LibreOffice) with review comments as sticky notes and bookmarks with names."""
    blocks = [
        ("h1", "Casusnotitie integriteitsmelding {{INT-2025-006|CASE_NUMBER}}"),
        ("p", "Vertrouwelijk - Bureau Integriteit {{Rijksdienst voor Identiteitsgegevens|ORG}} ({{RvIG|ACRONYM}})"),
        ("table", [["Melder", "[[Ayşe Yıldırım|PERSON]], teamleider Reisdocumenten, {{Den Haag|PLACE}}"],
                   ["Betrokkene", "[[Niels Verhoeven|PERSON]] (medewerker balie, personeelsnr. [[409377|ID]])"],
                   ["Vertrouwenspersoon", "[[Marit van Essen|PERSON]], [[06-1570 6638|PHONE]]"],
                   ["Onderzoeker", "[[Cor Dam|PERSON]] (Bureau Integriteit)"],
                   ["Datum", "10 maart 2025"]], [4.0, 12.5], {"head": False}),
        ("h2", "1. Melding"),
        ("p", "Op 24 februari meldde mevrouw [[Yıldırım|PERSON]] dat de heer [[Verhoeven|PERSON]] in {{BRP|ACRONYM}} "
              "gegevens heeft opgevraagd van zijn ex-partner, mevrouw [[Kelly Zwart|PERSON]], zonder zakelijke aanleiding. "
              "De logging in {{RvIG-Raadpleegportaal|PRODUCT}} bevestigt zes bevragingen tussen 3 en 19 februari."),
        ("h2", "2. Hoor en wederhoor"),
        ("p", "In het gesprek op 4 maart (aanwezig: [[Verhoeven|PERSON]], [[Dam|PERSON]] en HR-adviseur [[Lotte Baars|PERSON]]) "
              "erkende de heer [[Verhoeven|PERSON]] de bevragingen. Hij verklaarde dat hij wilde weten of zijn dochter "
              "verhuisd was. Hij had hiervoor contact kunnen opnemen met de gemeente {{Westland|PLACE}}."),
        ("h2", "3. Beoordeling"),
        ("p", "De bevragingen zijn in strijd met de {{Gedragscode Integriteit Rijk|LAW}} en artikel 3.2 van de "
              "{{Wet basisregistratie personen|LAW}}. Het {{Landelijk Meldpunt Integriteit|ORG}} is geïnformeerd. Advies: "
              "schriftelijke berisping en intrekken van de autorisatie; melding aan de {{Autoriteit Persoonsgegevens|ORG}} "
              "als datalek door de {{FG|ACRONYM}}."),
        ("h2", "4. Vervolg"),
        ("p", "De directeur {{RvIG|ACRONYM}} beslist. [[Cor Dam|PERSON]] rapporteert uiterlijk 24 maart. Vragen: "
              "{{integriteit@rvig.nl|MAILBOX}}."),
    ]
    docx_doc(blocks, out, footer="{{INT-2025-006|CASE_NUMBER}} - opgesteld door [[C. Dam|PERSON]]")
    return {"annots": [(0, 500, 640, h("annotations", "[[Lotte Baars|PERSON]]"),
                        h("annotations", "[[Cor|PERSON]], is mevrouw [[Zwart|PERSON]] zelf al geïnformeerd?")),
                       (0, 500, 420, h("annotations", "[[Dam, C.|PERSON]]"),
                        "Ja, door de FG op 7 maart.")],
            "outline": [(h("outline", "Melding [[Yıldırım|PERSON]]"), 0), (h("outline", "Gesprek [[Verhoeven|PERSON]] 4 maart"), 0)]}


# ------------------------------------------------------------------------------------------------
def ac28(out):
    """Participatiewet case note (reportlab) with BSN, IBAN and a filled-in form field."""
    b1, b2 = bsn(2801), bsn(2802)
    ib = iban("RABO", 2803)
    blocks = [
        ("h1", "Rapportage heronderzoek bijstand"),
        ("table", [["Cliënt", "[[Yaa Asantewaa Boakye|PERSON]]", "BSN", f"[[{b1}|BSN]]"],
                   ["Partner", "[[Kwabena Boakye|PERSON]]", "BSN", f"[[{b2}|BSN]]"],
                   ["Adres", "[[Haagweg 212-B|ADDRESS]], [[2324 NE|POSTCODE]] {{Leiden|PLACE}}", "Geboren", "[[14-07-1986|DOB]]"],
                   ["Rekening", f"[[{ib}|IBAN]]", "Dossier", "{{PW-2023-44810|CASE_NUMBER}}"],
                   ["Klantmanager", "[[Joyce Faber-Kok|PERSON]]", "Datum", "6 maart 2025"]], [2.8, 6.8, 2.0, 4.6], {"head": False}),
        ("h2", "Aanleiding"),
        ("p", "Periodiek heronderzoek op grond van artikel 53a {{Participatiewet|LAW}}. Mevrouw [[Boakye|PERSON]] ontvangt "
              "sinds 2023 een uitkering voor gehuwden. Uit het {{Inlichtingenbureau|ORG}} kwam een signaal over inkomsten "
              "van de partner bij {{Randstad|ORG}}."),
        ("h2", "Gesprek"),
        ("p", "Het gesprek vond plaats op 4 maart op het {{Stadskantoor Leiden|ORG}}, {{Bargelaan 190|OFFICE_ADDRESS}}. "
              "Meneer [[Kwabena|PERSON]] werkt sinds januari 16 uur per week als orderpicker in {{Alphen aan den Rijn|PLACE}}. "
              "Hij had dit niet doorgegeven omdat hij dacht dat het uitzendbureau dat deed. Mevrouw [[Boakye|PERSON]] "
              "volgt een taaltraject bij {{ROC Mondriaan|ORG}}. Hun dochter [[Ama|PERSON]] (7) gaat naar de "
              "{{Thorbeckeschool|ORG}}."),
        ("h2", "Conclusie"),
        ("p", "De inkomsten worden verrekend; er ontstaat een vordering van € 1.812,40 over januari en februari. Geen "
              "boete: verwijtbaarheid is verminderd (artikel 18a lid 7). Afstemming met handhaver [[Mehmet Kılıç|PERSON]] op "
              "5 maart. Volgende heronderzoek: maart 2026. Cliënt is gewezen op {{Geldloket Leiden|ORG}} en "
              "{{Schuldhulp Leiden|ORG}} ({{071 516 5000|SWITCHBOARD}})."),
        ("p", "Paraaf klantmanager: [[JFK|PARAPH]]        Paraaf teamleider: [[MvO|PARAPH]]"),
    ]
    reportlab_pdf(blocks, out, header="{{Gemeente Leiden|ORG}} - {{Werk en Inkomen|ORG}} - vertrouwelijk")
    return {"fields": [(0, [380, 60, 560, 78], "behandelaar", h("annotations", "[[Joyce Faber-Kok|PERSON]] ([[j.faber@leiden.nl|EMAIL]])"))]}


# ------------------------------------------------------------------------------------------------
# scans
# ------------------------------------------------------------------------------------------------
DPI = 200


def _page(dpi=DPI):
    return Pic(595, 842, dpi, bg="white")


def ac29(out):
    """Scan: a resident's written reaction (zienswijze) to a council proposal, with signature."""
    p = _page()
    y = 60
    for s, sz, f in (("[[Fatma Kaya-de Jong|PERSON]]", 11, "roman"), ("[[Lindenlaan 48|ADDRESS]]", 11, "roman"),
                     ("[[3781 GK|POSTCODE]] Voorthuizen", 11, "roman"), ("tel. [[06-4477 0915|PHONE]]", 11, "roman"),
                     ("[[fatma.kaya@planet.nl|EMAIL]]", 11, "sans")):
        p.text(60, y, s, sz, f)
        y += 16
    y += 20
    for s in ("Aan de gemeenteraad van Barneveld", "Postbus 63", "3770 AB Barneveld"):
        p.text(60, y, s, 11, "roman")
        y += 16
    y += 20
    p.text(60, y, "Voorthuizen, 2 februari 2025", 11, "roman")
    y += 30
    p.text(60, y, "Betreft: zienswijze bestemmingsplan Bedrijventerrein Harselaar-Zuid", 11, "roman")
    y += 30
    body = ["Geachte leden van de raad,", "",
            "Hierbij dien ik een zienswijze in tegen het ontwerpbestemmingsplan. Mijn man",
            "[[Hakan Kaya|PERSON]] en ik wonen sinds 2009 aan de Lindenlaan. Het nieuwe terrein komt op",
            "120 meter van onze achtertuin. Ook onze buren, de familie [[Van Ginkel|PERSON]], maken",
            "zich zorgen over vrachtverkeer in de nacht.", "",
            "Ik vraag u om een geluidswal en om een verbod op laden en lossen na 22.00 uur.",
            "Ik wil graag inspreken in de commissie.", "",
            "Met vriendelijke groet,"]
    for s in body:
        p.text(60, y, s, 11, "roman")
        y += 16
    p.squiggle(70, y + 6, 130, 34, seed=2901, fill=(10, 10, 60), width=1.5)
    y += 50
    p.text(60, y, "F. [[Kaya-de Jong|PERSON]]", 11, "roman")
    p.rect(400, 60, 140, 60, outline=(150, 30, 30), width=1.2)
    p.text(408, 68, "INGEKOMEN", 10, "sansb", fill=(150, 30, 30), reg=False)
    p.text(408, 86, "04 FEB 2025", 10, "sansb", fill=(150, 30, 30), reg=False)
    p.text(408, 102, "griffie", 9, "sans", fill=(150, 30, 30), reg=False)
    im = scan_finish(p.im, 2901, angle=0.7, noise=9, blur=0.5)
    image_pdf([im], out, DPI)
    return {"scan": True}


def ac30(out):
    """Scan: attendance list of an information evening, names/addresses/signatures filled in."""
    p = Pic(842, 595, DPI, bg="white")
    p.text(40, 30, "Presentielijst inloopavond windpark Kroeven - 19 maart 2025 - Roosendaal", 13, "sansb", reg=False)
    cols = [("Naam", 190), ("Adres", 200), ("E-mail / telefoon", 210), ("Handtekening", 130)]
    x0, y0 = 40, 60
    x = x0
    for c, w in cols:
        p.rect(x, y0, w, 22, outline="black", width=0.8)
        p.text(x + 4, y0 + 5, c, 10, "sansb", reg=False)
        x += w
    people = [("[[Jeroen Verschuren|PERSON]]", "[[Kroevendreef 12|ADDRESS]]", "[[06-2210 4398|PHONE]]"),
              ("[[Anita Bogers-Sprenkels|PERSON]]", "[[Burgemeester Prinsensingel 3|ADDRESS]]", "[[anita.bogers@ziggo.nl|EMAIL]]"),
              ("[[Mohamed Azzouz|PERSON]]", "[[Tolbergstraat 88|ADDRESS]]", "[[06-4951 2637|PHONE]]"),
              ("[[Corrie van Gastel|PERSON]]", "[[Kalsdonksestraat 5|ADDRESS]]", "[[c.vgastel@home.nl|EMAIL]]"),
              ("[[Priscilla Dos Santos|PERSON]]", "[[Stationsstraat 41|ADDRESS]]", "[[06-1733 0852|PHONE]]"),
              ("[[Ton Marijnissen|PERSON]]", "[[Heerma van Vossstraat 17|ADDRESS]]", "[[0165-548 211|PHONE]]"),
              ("[[Kees-Jan Bastiaansen|PERSON]]", "[[Bovendonk 3|ADDRESS]]", "[[kjbastiaansen@gmail.com|EMAIL]]")]
    y = y0 + 22
    for i, (n, a, c) in enumerate(people):
        x = x0
        for j, (_, w) in enumerate(cols):
            p.rect(x, y, w, 40, outline="black", width=0.8)
            x += w
        p.text(x0 + 5, y + 12, n, 11, "nimbus", fill=(15, 25, 90))
        p.text(x0 + 195, y + 12, a, 11, "nimbus", fill=(15, 25, 90))
        p.text(x0 + 395, y + 12, c, 11, "nimbus", fill=(15, 25, 90))
        p.squiggle(x0 + 610, y + 6, 100, 28, seed=3000 + i, fill=(15, 25, 90), width=1.2)
        y += 40
    p.text(40, y + 16, "Uw gegevens worden alleen gebruikt om u te informeren over het windpark (gemeente Roosendaal).", 9,
           "sans", reg=False)
    im = scan_finish(p.im, 3001, angle=-0.5, noise=8, blur=0.5)
    image_pdf([im], out, DPI)
    return {"scan": True}


def ac31(out):
    """Scan: Wmo melding form, filled in with a typewriter-like font."""
    p = _page(DPI)
    p.text(50, 40, "Gemeente Heerenveen - Meldingsformulier Wmo", 14, "sansb", reg=False)
    p.text(50, 62, "Stuur dit formulier naar: Postbus 15000, 8440 GA Heerenveen", 9.5, "sans", reg=False)
    y = 100
    rows = [("Naam aanvrager", "[[Germ Hoekstra|PERSON]]"), ("Geboortedatum", "[[03-11-1941|DOB]]"),
            ("BSN", f"[[{bsn(3101)}|BSN]]"), ("Adres", "[[Vlasakker 14|ADDRESS]]"), ("Postcode en plaats", "[[8446 LD|POSTCODE]] Heerenveen"),
            ("Telefoon", "[[0513-631 447|PHONE]]"), ("Contactpersoon", "[[Aaltje Hoekstra-Veenstra|PERSON]] (dochter)"),
            ("Telefoon contactpersoon", "[[06-5312 8874|PHONE]]"), ("Huisarts", "dr. W. [[Sijbesma|PERSON]], Heerenveen")]
    for k, v in rows:
        p.rect(50, y, 495, 30, outline="black", width=0.7)
        p.text(56, y + 8, k, 10, "sans", reg=False)
        p.text(220, y + 8, v, 11, "mono", fill=(20, 20, 20))
        y += 30
    y += 20
    p.text(50, y, "Waarvoor heeft u ondersteuning nodig?", 11, "sansb", reg=False)
    y += 22
    for s in ("Mijn vader kan sinds zijn val in december niet meer zelf douchen. Hij woont alleen.",
              "Buurvrouw [[Jeltsje Postma|PERSON]] helpt nu maar zij verhuist in april.",
              "Wij vragen huishoudelijke hulp en een douchestoel."):
        p.text(56, y, s, 10.5, "mono")
        y += 18
    y += 30
    p.text(50, y, "Datum: 28-01-2025        Handtekening:", 10.5, "sans", reg=False)
    p.squiggle(300, y - 8, 120, 30, seed=3102, fill=(10, 10, 10))
    im = scan_finish(p.im, 3101, angle=0.4, noise=10, blur=0.6)
    image_pdf([im], out, DPI)
    return {"scan": True}
