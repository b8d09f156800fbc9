"""Set AG, part A: notes and reports printed from HTML by Chromium (one re-distilled by Ghostscript)."""
from framework import (register, P, chromium, gs_redistill, hidden, html_page, table, MOTIVATION, BUILD)

GREYCOL = """
.hdr td { border: none; border-bottom: 0.6pt solid #fff; padding: 3pt 6pt; }
.hdr td.l { background: #d9d9d9; width: 28mm; font-weight: bold; font-size: 8.5pt; }
.hdr td.r { width: 48mm; font-size: 8.5pt; }
.wrap { display: flex; gap: 8mm; } .side { width: 78mm; } .main { flex: 1; }
"""

# ---------------------------------------------------------------- A01 beslisnota, grey left column
R01 = [
    P("PERSON", "Joost van 't Kruijs", "van 't Kruijs", "J.P.M. van 't Kruijs", "Kruijs", "JvtK", "joost.vantkruijs@minbzk.nl"),
    P("PERSON", "Mei Ling Tjoa-Hettinga", "Tjoa-Hettinga", "M.L. Tjoa", "Mei Ling", "MLT", "meiling.tjoa@minbzk.nl",
      "Tjoa-Hettinga, M.L."),
    P("PHONE", "06 - 4182 7730"),
    P("PERSON", "W. Storm", "Storm", "Wouter-Jan Storm", "WJS"),
    P("PERSON", "Bahar Karaağaçlı", "Karaağaçlı", "B. Karaağaçlı", "BK"),
    P("PHONE", "070 - 312 84 19"),
    P("PERSON", "Ferdinand Oudejans-Molkenboer", "Oudejans-Molkenboer", "F. Oudejans"),
]
K01 = {"OFFICE": ["staatssecretaris Szabó", "Szabó", "Van Huffelen"],
       "ORG": ["Autoriteit Persoonsgegevens", "DG Digitalisering en Overheidsorganisatie", "CIO Rijk", "SLM Rijk",
               "Strategisch Leveranciersmanagement Microsoft", "European Data Protection Board", "Privacy Company",
               "Rijksoverheid", "SURF", "Landsadvocaat", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"],
       "PRODUCT": ["Microsoft 365 Copilot", "Microsoft Teams", "SharePoint Online", "Copilot"],
       "TERM": ["DATA PROTECTION IMPACT ASSESSMENT", "LARGE LANGUAGE MODEL", "AI-verordening", "AVG",
                "Algemene verordening gegevensbescherming", "DPIA", "Directeur-Generaal"],
       "PLACE": ["Turfmarkt 147", "Den Haag", "2511 DP"],
       "FUNCTION": ["Functioneel mailbox", "dpia-rijk@minbzk.nl", "Senior beleidsmedewerker", "Afdelingshoofd"]}


@register("ag01_beslisnota_copilot_dpia.pdf", R01, K01)
def a01(out):
    side = table([
        ["Aan", "staatssecretaris Szabó"],
        ["Van", "drs. J.P.M. (Joost) van 't Kruijs MBA, Afdelingshoofd Informatiebeveiliging en Privacy"],
        ["Datum", "12 juni 2025"],
        ["Kenmerk", "2025-0000318744"],
        ["Kopie aan", "Directeur-Generaal DGDOO; CIO Rijk; ir. Wouter-Jan Storm (SLM Rijk); mr. B. Karaağaçlı"],
        ["Contactpersoon", "Mei Ling Tjoa-Hettinga, Senior beleidsmedewerker<br>T 06 - 4182 7730<br>"
                           "meiling.tjoa@minbzk.nl"],
        ["Bijlagen", "1. DPIA-rapport Privacy Company<br>2. Reactie Microsoft d.d. 3 juni<br>3. Concept-Kamerbrief"],
        ["Functioneel mailbox", "dpia-rijk@minbzk.nl"],
    ])
    side = side.replace("<tr><td>", "<tr><td class='l'>").replace("</td><td>", "</td><td class='r'>")
    body = f"""
<div class='muted small'>Ministerie van Binnenlandse Zaken en Koninkrijksrelaties<br>DG Digitalisering en
Overheidsorganisatie &middot; Turfmarkt 147 &middot; 2511 DP Den Haag</div>
<h1>Beslisnota</h1>
<div class='wrap'><div class='side'><table class='hdr'>{side[len("<table class=''>"):-len("</table>")]}</table></div>
<div class='main'>
<h2>DATA PROTECTION IMPACT ASSESSMENT Microsoft 365 Copilot</h2>
<h3>Aanleiding</h3>
<p>Op uw verzoek heeft SLM Rijk (Strategisch Leveranciersmanagement Microsoft) samen met SURF een DPIA laten
uitvoeren op Microsoft 365 Copilot. Privacy Company concludeert dat er vier hoge risico's resteren. Uw voorganger,
staatssecretaris Van Huffelen, heeft de Kamer in 2023 toegezegd dat de Rijksoverheid geen generatieve AI inzet
zolang een DPIA hoge risico's laat zien.</p>
<h3>Geadviseerd besluit</h3>
<p>Aan de staatssecretaris wordt gevraagd in te stemmen met het advies om Copilot niet breed uit te rollen binnen de
Rijksoverheid, en de Autoriteit Persoonsgegevens (AP) niet voorafgaand te raadplegen totdat Microsoft heeft
gereageerd op de maatregelen in bijlage 2.</p>
<h3>Kern</h3>
<ul><li>De Algemene verordening gegevensbescherming (AVG) vereist een DPIA voor deze verwerking.</li>
<li>Het LARGE LANGUAGE MODEL verwerkt prompts buiten de EU-grens; Microsoft heeft toegezegd dit per 1 januari
te beperken.</li>
<li>De European Data Protection Board werkt aan richtsnoeren over de AI-verordening; de Landsadvocaat adviseert die
af te wachten.</li></ul>
<h3>Toelichting</h3>
<p>De heer Storm heeft het gesprek met Microsoft op 3 juni gevoerd; mevrouw Karaağaçlı heeft namens de juridische
afdeling de reactie beoordeeld. De gegevens uit Microsoft Teams en SharePoint Online blijven binnen de tenant.
Vragen over deze nota kunt u stellen aan mevrouw Tjoa-Hettinga.</p>
</div></div>
<h3>Parafen</h3>
{table([["Afdelingshoofd", "van 't Kruijs", "JvtK", "11-06-2025"],
        ["Senior beleidsmedewerker", "M.L. Tjoa", "MLT", "10-06-2025"],
        ["Jurist", "B. Karaağaçlı", "BK", "10-06-2025"],
        ["Directeur-Generaal", "", "", ""]], header=["Functie", "Naam", "Paraaf", "Datum"])}
<p class='small'>Secretariaat: F. Oudejans, 070 - 312 84 19 (direct)</p>
""" + MOTIVATION.format(txt="")
    chromium(html_page(body, GREYCOL), out)
    hidden(out, info={"Author": "Tjoa-Hettinga, M.L.", "Title": "Beslisnota DPIA Copilot"},
           outline=["Beslisnota DPIA Copilot", "Opmerking Ferdinand Oudejans-Molkenboer"])


# ---------------------------------------------------------------- A02 advice note, English labels
R02 = [
    P("PERSON", "Kwabena Asante-Frimpongsah", "Asante-Frimpongsah", "K. Asante-Frimpongsah", "Kwabena", "KAF",
      "kwabena.asante-frimpongsah@minbuza.nl"),
    P("PERSON", "Akosua Boatemaa-Ofori", "Boatemaa-Ofori", "A. Boatemaa-Ofori", "Akosua"),
    P("PERSON", "Letícia Moreira da Costa Brandão", "Moreira da Costa Brandão", "L. Moreira da Costa Brandão",
      "Letícia", "leticia.moreiradacosta@minbuza.nl"),
    P("PERSON", "Tjeerd Winter", "T. Winter", "Winter", "TW"),
    P("PERSON", "Hodan Warsame Caynaan", "Warsame Caynaan", "H. Warsame Caynaan", "Hodan"),
    P("PHONE", "+31 6 2904 1185"),
    P("PHONE", "+233 24 417 9902"),
    P("PERSON", "Yaw Ofosu-Dankwah", "Ofosu-Dankwah", "Mr. Ofosu-Dankwah"),
]
K02 = {"OFFICE": ["Minister Klever", "Klever", "Schreinemacher", "Veldkamp", "Hoekstra", "Commissioner Síkela"],
       "ORG": ["Ministry of Foreign Affairs", "Ministerie van Buitenlandse Zaken", "Directie Sociale Ontwikkeling",
               "Invest International", "Dutch Good Growth Fund", "European External Action Service",
               "Ghana Cocoa Board", "Kwame Nkrumah University of Science and Technology", "Team Europe",
               "Embassy of the Kingdom of the Netherlands in Accra", "World Bank"],
       "PROGRAM": ["Global Gateway", "Orange Corners", "Team Europe Initiative"],
       "TERM": ["ADVICE NOTE", "THEORY OF CHANGE", "DUE DILIGENCE", "EXIT STRATEGY", "Director-General",
                "Head of Cooperation", "Deputy Head of Mission"],
       "PLACE": ["Accra", "Kumasi", "Rijnstraat 8", "Den Haag"],
       "FUNCTION": ["dso-ghana@minbuza.nl"]}


@register("ag02_advice_note_english_labels.pdf", R02, K02)
def a02(out):
    hdr = table([["To", "Minister Klever (BHO)"],
                 ["From", "Kwabena Asante-Frimpongsah, Head of Cooperation, Embassy of the Kingdom of the "
                          "Netherlands in Accra"],
                 ["cc", "Director-General DGIS; Deputy Head of Mission; A. Boatemaa-Ofori; L. Moreira da Costa "
                        "Brandão (DSO); T. Winter"],
                 ["Date", "2 April 2025"], ["Ref", "ACC-2025/0412"],
                 ["Attachments", "(1) Theory of change (2) Due diligence Invest International"],
                 ["Contact", "kwabena.asante-frimpongsah@minbuza.nl / +31 6 2904 1185"]], cls="hdr")
    hdr = hdr.replace("<tr><td>", "<tr><td class='l'>")
    body = f"""
<div class='muted small'>Ministry of Foreign Affairs &middot; Rijnstraat 8 &middot; Den Haag</div>
<h1>ADVICE NOTE</h1>
<table class='noborder' style='width:110mm'>{hdr[len("<table class='hdr'>"):-8]}</table>
<h2>Subject: Global Gateway cocoa corridor Kumasi &ndash; continuation of Dutch contribution</h2>
<h3>Purpose</h3>
<p>This note asks you to approve a second tranche of EUR 4.5 million for the Team Europe Initiative on
sustainable cocoa. Your predecessors Schreinemacher and Hoekstra committed the first tranche; Minister
Veldkamp was informed on 20 March.</p>
<h3>THEORY OF CHANGE</h3>
<p>Together with the Ghana Cocoa Board and the Kwame Nkrumah University of Science and Technology in Kumasi,
Orange Corners trains young entrepreneurs. The Dutch Good Growth Fund and Invest International co-finance the
processing hub. The World Bank reviews the baseline.</p>
<h3>DUE DILIGENCE</h3>
<p>Ms Boatemaa-Ofori (local staff, programme officer) carried out the site visits in Accra and Kumasi. She met Mr.
Ofosu-Dankwah of the cooperative union (+233 24 417 9902), who raised concerns about child labour monitoring.
Akosua reports that the union has since hired an external monitor. The European External Action Service and
Commissioner Síkela's cabinet have asked for a joint visit in June.</p>
<h3>EXIT STRATEGY</h3>
<p>After 2027 the hub should be self-financing. Letícia (DSO) will draft the exit paragraph for the annual plan;
Tjeerd Winter checks the figures against the budget.</p>
<h3>Local sounding</h3>
<p>Dr. Hodan Warsame Caynaan, an independent evaluator based in Accra, advised on the monitoring design.
H. Warsame Caynaan will present her findings at the Team Europe meeting.</p>
<p class='small'>Please send questions to the team mailbox dso-ghana@minbuza.nl. &mdash; KAF / TW</p>
"""
    chromium(html_page(body, GREYCOL), out)
    hidden(out, info={"Author": "Asante-Frimpongsah, K.", "Subject": "Advice note cocoa corridor"},
           links=[(0, "mailto:kwabena.asante-frimpongsah@minbuza.nl", [60, 600, 300, 612])])


# ---------------------------------------------------------------- A03 slide handout with notes
R03 = [
    P("PERSON", "Roos Kramervelt", "Kramervelt", "R. Kramervelt", "Roos", "roos.kramervelt@rvo.nl"),
    P("PERSON", "April Jozefzoon", "Jozefzoon", "A. Jozefzoon", "April", "AJ"),
    P("PERSON", "Sytske Zomer-Wijbenga", "Zomer-Wijbenga", "Sytske", "S. Zomer"),
    P("PERSON", "Dirk-Jan Haag", "D.J. Haag", "Dirk-Jan"),
    P("PHONE", "06 - 1947 3380"),
    P("PERSON", "Rafael Vasconcelos Teixeira", "Vasconcelos Teixeira", "Rafael"),
    P("PERSON", "Nour Abu Shaqra", "Abu Shaqra", "Nour"),
]
K03 = {"OFFICE": ["staatssecretaris Szabó", "Van Huffelen", "Eurocommissaris Virkkunen"],
       "ORG": ["Logius", "RVO", "Rijksdienst voor Ondernemend Nederland", "Europese Commissie", "Kamer van Koophandel",
               "Autoriteit Persoonsgegevens", "RDI", "Rijksinspectie Digitale Infrastructuur"],
       "PRODUCT": ["DigiD", "MijnOverheid", "eHerkenning", "NL Wallet", "EUDI Wallet", "Power BI", "Berichtenbox"],
       "PROGRAM": ["Regie op Gegevens", "NL DIGIbeter", "Werkagenda Waardengedreven Digitaliseren"],
       "TERM": ["eIDAS 2.0", "PROOF OF CONCEPT", "USER EXPERIENCE", "LESSONS LEARNED", "ROADMAP 2026",
                "Sprekersnotities", "Dia"],
       "PLACE": ["Utrecht", "Den Haag", "Assen"]}


@register("ag03_handout_slides_wallet.pdf", R03, K03)
def a03(out):
    css = """@page { size: A4 landscape; margin: 12mm; }
.pg { page-break-after: always; display: flex; gap: 8mm; } .pg:last-child { page-break-after: auto; }
.slide { width: 135mm; height: 76mm; border: 1pt solid #333; padding: 6mm; background: #f4f7fb; }
.slide h2 { color: #1c3f94; margin-top: 0; } .notes { flex: 1; font-size: 9pt; border-left: 2pt solid #bbb;
padding-left: 5mm; } .foot { font-size: 7pt; color: #666; position: relative; top: 4mm; }"""
    slides = [
        ("Dia 1", "<h2>NL Wallet en de EUDI Wallet</h2><p>Stand van zaken ROADMAP 2026</p><p>Roos Kramervelt (RVO) en "
                  "April Jozefzoon MSc (Logius)</p><p>Kennissessie Regie op Gegevens, Utrecht, 14 mei 2025</p>",
         "Sprekersnotities: Roos opent. Welkom heten namens RVO en Logius. Noem dat staatssecretaris Szabó de "
         "Kamer in maart heeft geïnformeerd. Vragen achteraf naar roos.kramervelt@rvo.nl, niet naar de "
         "algemene lijn."),
        ("Dia 2", "<h2>eIDAS 2.0 in het kort</h2><ul><li>Europese Commissie: uitvoeringshandelingen</li><li>DigiD "
                  "blijft bestaan naast NL Wallet</li><li>eHerkenning voor bedrijven via Kamer van Koophandel</li></ul>",
         "April vertelt dit deel. Let op: Eurocommissaris Virkkunen noemde in april de EUDI Wallet 'een "
         "tussenstap'. Niet citeren. Sytske Zomer-Wijbenga heeft de juridische lijn gecheckt."),
        ("Dia 3", "<h2>PROOF OF CONCEPT Berichtenbox</h2><p>Koppeling MijnOverheid &ndash; NL Wallet, pilot in "
                  "Assen met 400 deelnemers; dashboard in Power BI.</p>",
         "Dirk-Jan Haag (projectleider pilot, 06 - 1947 3380) is bereikbaar voor de deelnemers uit Assen. "
         "D.J. Haag heeft ook de cijfers over de uitval. Rafael Vasconcelos Teixeira van het UX-team heeft de "
         "interviews gedaan."),
        ("Dia 4", "<h2>USER EXPERIENCE: wat zeggen gebruikers?</h2><p>&ldquo;Ik wist niet dat ik mijn diploma "
                  "kon delen&rdquo; &ndash; deelnemer 17</p>",
         "Rafael licht de interviews toe. Eén deelnemer, Nour Abu Shaqra, wilde met naam in de presentatie; "
         "we doen dat niet. Nour staat wel in het verslag van de sessie in Assen (intern)."),
        ("Dia 5", "<h2>LESSONS LEARNED</h2><ol><li>Toezicht: RDI en Autoriteit Persoonsgegevens vroeg "
                  "betrekken</li><li>NL DIGIbeter en Werkagenda Waardengedreven Digitaliseren sluiten aan</li></ol>",
         "Afsluiten: ook oud-staatssecretaris Van Huffelen wilde al een publieke wallet. April sluit af "
         "met de vraagronde. AJ zorgt voor het verslag."),
        ("Dia 6", "<h2>Vragen?</h2><p>Rijksdienst voor Ondernemend Nederland &middot; Logius</p>",
         "Eventuele vervolgafspraak via het secretariaat in Den Haag. Sytske en Roos plannen een sessie in juni."),
    ]
    pages = []
    for i in range(0, len(slides), 2):
        blocks = ""
        for (lab, s, n) in slides[i:i + 2]:
            blocks += (f"<div><div class='slide'>{s}</div><div class='foot'>{lab} &middot; R. Kramervelt / A. "
                       f"Jozefzoon</div><div class='notes' style='margin-top:8mm'>{n}</div></div>")
        pages.append(f"<div class='pg'>{blocks}</div>")
    chromium(html_page("".join(pages), css), out)
    hidden(out, info={"Author": "Kramervelt, Roos", "Title": "Kennissessie NL Wallet"},
           outline=[("Dia 1 - Roos Kramervelt", 0), ("Dia 3 - Dirk-Jan Haag", 1), ("Dia 5", 2)])


# ---------------------------------------------------------------- A04 Woo decision quoting e-mails
R04 = [
    P("PERSON", "Gerrit-Jan op de Kampe", "op de Kampe", "Op de Kampe", "G.J. op de Kampe"),
    P("ADDRESS", "Zeedijk 14", "8754 DB"),
    P("EMAIL", "gj.opdekampe@ziggo.nl"),
    P("PERSON", "Wietske Jelsmawier", "Jelsmawier", "W. Jelsmawier", "Wietske", "wietske.jelsmawier@rws.nl"),
    P("PERSON", "Habibullah Karokhel", "Karokhel", "H. Karokhel", "Habib", "habibullah.karokhel@minienw.nl"),
    P("PHONE", "06 - 5238 0917"),
    P("PERSON", "Margriet van Leiden", "van Leiden", "Van Leiden", "M. van Leiden", "Margriet", "margriet.van.leiden@rws.nl"),
    P("PERSON", "Rik Dijk", "R. Dijk", "Rik"),
    P("PHONE", "06 - 2211 4706"),
]
K04 = {"OFFICE": ["minister Madlener", "Madlener", "minister Tieman", "Harbers", "gedeputeerde Douwstra"],
       "ORG": ["Rijkswaterstaat", "Ministerie van Infrastructuur en Waterstaat", "Raad van State",
               "Provincie Fryslân", "Waterschap Hunze en Aa's", "Levvel", "Universiteit Leiden", "Wetterskip Fryslân"],
       "LAW": ["Wet open overheid", "Woo", "Algemene wet bestuursrecht", "artikel 5.1, tweede lid, aanhef en onder e"],
       "PROGRAM": ["Programma Toekomst Afsluitdijk", "Hoogwaterbeschermingsprogramma"],
       "PLACE": ["Afsluitdijk", "Kornwerderzand", "Den Oever", "Harlingen", "Rijnstraat 8", "Zurich"],
       "FUNCTION": ["woo-ienw@minienw.nl", "omgevingsmanager"]}


@register("ag04_woo_besluit_afsluitdijk_emails.pdf", R04, K04)
def a04(out):
    def mail(h, b):
        return ("<div style='border-left:2pt solid #999;padding-left:4mm;margin:6pt 0;font-size:8.8pt'>"
                + "<br>".join(h) + "<br><br>" + b + "</div>")
    body = f"""
<div class='muted small'>Ministerie van Infrastructuur en Waterstaat &middot; Rijnstraat 8 &middot; Den Haag</div>
<p style='margin-top:10mm'>Aan de heer G.J. op de Kampe<br>Zeedijk 14<br>8754 DB Zurich</p>
<p>Datum 5 mei 2025<br>Betreft Besluit op uw Woo-verzoek over de sluizen bij Kornwerderzand<br>
Ons kenmerk IENW/BSK-2025/118230</p>
<p>Geachte heer Op de Kampe,</p>
<p>In uw e-mail van 14 januari 2025 (gj.opdekampe@ziggo.nl) vraagt u op grond van de Wet open overheid (Woo) om
documenten over de vertraging van het Programma Toekomst Afsluitdijk. Hierbij beslis ik op uw verzoek.</p>
<h2>Motivering</h2>
<p>Een deel van de documenten is openbaar. Ik licht dat toe aan de hand van twee e-mails die ik hieronder
citeer, met de namen van medewerkers weggelaten in de openbare versie.</p>
{mail(["Van: Jelsmawier, Wietske &lt;wietske.jelsmawier@rws.nl&gt;", "Verzonden: dinsdag 8 oktober 2024 16:12",
       "Aan: Karokhel, H. &lt;habibullah.karokhel@minienw.nl&gt;", "CC: Margriet van Leiden",
       "Onderwerp: RE: planning spuisluis Den Oever"],
      "Hoi Habib,<br>De aannemer Levvel meldt dat de pompen pas in maart komen. Minister Madlener wil dit voor het "
      "commissiedebat weten. Kun jij het melden bij de staf? Margriet belt met Provincie Fryslân en "
      "gedeputeerde Douwstra.<br><br>Groet, Wietske<br>omgevingsmanager Afsluitdijk | 06 - 5238 0917")}
{mail(["Van: Karokhel, Habibullah", "Verzonden: woensdag 9 oktober 2024 08:03", "Aan: Jelsmawier, Wietske",
       "Onderwerp: RE: RE: planning spuisluis Den Oever"],
      "Dank Wietske. Ik heb Rik Dijk van Wetterskip Fryslân gevraagd naar de gevolgen voor Harlingen "
      "(bereikbaar op 06 - 2211 4706). Oud-minister Harbers had de planning in 2023 al als risico benoemd. "
      "R. Dijk stuurt donderdag de cijfers.<br><br>H. Karokhel")}
<p>De namen, e-mailadressen en telefoonnummers van medewerkers van Rijkswaterstaat, het ministerie en het
waterschap maak ik niet openbaar op grond van artikel 5.1, tweede lid, aanhef en onder e, van de Woo. Het belang
van openbaarheid weegt niet op tegen de bescherming van hun persoonlijke levenssfeer. De e-mail van mevrouw Van
Leiden aan Waterschap Hunze en Aa's (margriet.van.leiden@rws.nl) valt buiten uw verzoek. Dat geldt ook voor
een notitie van de Universiteit Leiden over het Hoogwaterbeschermingsprogramma.</p>
<p>Minister Tieman heeft de Kamer op 2 april 2025 geïnformeerd. Het besluit van de Raad van State over het
tracébesluit is openbaar.</p>
<h2>Bezwaar</h2><p>Tegen dit besluit kunt u binnen zes weken bezwaar maken op grond van de Algemene wet
bestuursrecht. Vragen? Mail woo-ienw@minienw.nl.</p>
<p>Hoogachtend,<br>De Minister van Infrastructuur en Waterstaat,<br>namens deze,<br>het afdelingshoofd
Bestuurszaken</p>
"""
    chromium(html_page(body), out)


# ---------------------------------------------------------------- A05 audit report, two columns, colophon
R05 = [
    P("PERSON", "Ilona Bergsma-Veltkamp", "Bergsma-Veltkamp", "I. Bergsma-Veltkamp", "Ilona"),
    P("PERSON", "Sander Bos", "S. Bos", "Bos"),
    P("PERSON", "Yusra Al-Kharrazi", "Al-Kharrazi", "Y. Al-Kharrazi"),
    P("PERSON", "Pieter-Bas Mei", "P.B. Mei", "Mei"),
    P("PERSON", "Anneke Berg", "A. Berg", "Berg"),
    P("PERSON", "Tamás Dorogvári", "Dorogvári Tamás", "Dorogvári"),
    P("PERSON", "Wulan Tjokrosuwarno", "Tjokrosuwarno", "W. Tjokrosuwarno"),
    P("PERSON", "Floor Storm", "F. Storm"),
    P("PERSON", "Jasper ter Wolbeek", "ter Wolbeek", "J. ter Wolbeek"),
    P("PERSON", "Esmée Roodbeen", "Roodbeen", "E. Roodbeen"),
    P("PERSON", "Kaj Dunnewold", "Dunnewold"),
    P("PERSON", "Ingrid Bloem", "I. Bloem"),
]
K05 = {"OFFICE": ["minister Bruins", "Bruins", "Dijkgraaf", "Van Engelshoven"],
       "ORG": ["Auditdienst Rijk", "ADR", "DUO", "Dienst Uitvoering Onderwijs", "Koning Willem I College",
               "Erasmus MC", "Onderwijsraad", "Algemene Rekenkamer", "Ministerie van Onderwijs, Cultuur en Wetenschap",
               "Landelijke Studentenvakbond", "JOB", "Inspectie van het Onderwijs", "Thorbecke-school"],
       "PROGRAM": ["Tegemoetkoming Studievoorschot", "Studiefinanciering", "Herstelregeling Misbruik Uitwonendenbeurs"],
       "TERM": ["ROOT CAUSE ANALYSIS", "MANAGEMENT SUMMARY", "IT GENERAL CONTROLS", "auditor", "Colofon"],
       "PLACE": ["Groningen", "'s-Hertogenbosch", "Rotterdam", "Korte Voorhout 7"]}


@register("ag05_adr_audit_duo_two_columns.pdf", R05, K05)
def a05(out):
    css = ".cols { column-count: 2; column-gap: 8mm; text-align: justify; } h2 { column-span: none; }" \
          " sup { font-size: 6.5pt; } .fn { font-size: 7.5pt; border-top: 0.5pt solid #999; margin-top: 6pt; }"
    body = f"""
<div class='muted small'>Auditdienst Rijk &middot; Korte Voorhout 7 &middot; Den Haag</div>
<h1>Onderzoek naar de Herstelregeling Misbruik Uitwonendenbeurs</h1>
<p class='muted'>Rapport in opdracht van de Ministerie van Onderwijs, Cultuur en Wetenschap, definitief, 20 mei 2025</p>
<div class='cols'>
<h2>MANAGEMENT SUMMARY</h2>
<p>De Auditdienst Rijk (ADR) onderzocht hoe DUO (Dienst Uitvoering Onderwijs) de herstelregeling uitvoert die
minister Bruins in 2024 aankondigde. Oud-minister Dijkgraaf had de controle op de uitwonendenbeurs in 2023
stopgezet.<sup>1</sup> Ook voorganger Van Engelshoven wordt genoemd in de stukken. De Algemene Rekenkamer en de
Onderwijsraad waren eerder kritisch over Studiefinanciering en de Tegemoetkoming Studievoorschot.</p>
<h2>ROOT CAUSE ANALYSIS</h2>
<p>De oorzaak ligt in een risicoprofiel uit 2012 dat studenten met een migratieachtergrond vaker selecteerde.
Respondenten bij DUO in Groningen bevestigden dat het profiel nooit is getoetst.<sup>2</sup> Een student uit
Rotterdam die bij het Erasmus MC studeerde, de heer Dorogvári, vertelde dat hij na een huisbezoek zijn beurs
kwijt was. Ook een docent van het Koning Willem I College in 's-Hertogenbosch, mevrouw Al-Kharrazi, schetste de
gevolgen voor haar studenten. De Landelijke Studentenvakbond (LSVb) en JOB leverden casuïstiek aan; de
Inspectie van het Onderwijs sloot aan bij één gesprek, net als een leerkracht van de Thorbecke-school.</p>
<h2>IT GENERAL CONTROLS</h2>
<p>Het systeem dat DUO gebruikt voor de selectie kende geen logging van wijzigingen in het profiel. De
functionaris die het profiel beheerde (S. Bos) is in 2021 vertrokken; zijn opvolger Anneke Berg heeft het
profiel in 2023 uitgezet. Mevrouw Berg heeft ons alle documentatie gegeven.</p>
<h2>Geïnterviewde respondenten</h2>
<p>Ilona Bergsma-Veltkamp (directeur Uitvoering, DUO); Sander Bos (voormalig beheerder, DUO); Anneke Berg
(teamleider Risicomanagement, DUO); Pieter-Bas Mei (jurist, OCW); Yusra Al-Kharrazi (docent, Koning Willem I
College); Dorogvári Tamás (oud-student, Rotterdam); Wulan Tjokrosuwarno (oud-student, Groningen).</p>
<p>De gesprekken met P.B. Mei en I. Bergsma-Veltkamp zijn schriftelijk bevestigd. Y. Al-Kharrazi en
W. Tjokrosuwarno gaven toestemming voor het gebruik van citaten. Mei heeft het verslag aangevuld.</p>
<div class='fn'><sup>1</sup> Kamerbrief van 13 november 2023. <sup>2</sup> Gesprekken op 4 en 11 maart 2025;
verslagen bij de auditor in beheer.</div>
</div>
<h2>Colofon</h2>
{table([["Auteurs", "Jasper ter Wolbeek RA, Esmée Roodbeen RE CISA"],
        ["Redactie", "Floor Storm"], ["Fotografie", "Kaj Dunnewold (omslag: DUO-kantoor Groningen)"],
        ["Vormgeving", "Ingrid Bloem, Rijksoverheid Vormgeving"],
        ["Contact", "auditdienstrijk@minfin.nl"]], widths=["35mm", "auto"])}
<p class='small'>Uitgevoerd door J. ter Wolbeek en E. Roodbeen; kwaliteitstoets door F. Storm. Beeld: Dunnewold.
Opmaak: I. Bloem.</p>
"""
    chromium(html_page(body, css), out)


# ---------------------------------------------------------------- A06 klankbordgroep list
R06 = [
    P("PERSON", "Ilse Bloem", "Bloem, I.", "Bloem"),
    P("PERSON", "Gert-Jan Haag", "HAAG, G.J.", "HAAG"),
    P("PERSON", "Farkasvölgyi Dóra", "Farkasvölgyi", "Dóra"),
    P("PERSON", "Shurwin Lourensduin", "LOURENSDUIN, S.R.", "Lourensduin", "Shurwin"),
    P("PERSON", "Parwana Noorzai-Stanekzai", "Noorzai-Stanekzai", "Parwana"),
    P("PERSON", "Hylke Tsjerkstra", "Tsjerkstra, H.", "Tsjerkstra"),
    P("PERSON", "Lieke van der Haagen", "van der Haagen", "Van der Haagen, L.M."),
    P("PERSON", "Çiğdem Yavuzarslan", "Yavuzarslan", "Ç. Yavuzarslan"),
    P("PERSON", "Jorien Winter", "WINTER, J.", "Winter, Jorien"),
    P("PERSON", "Abdirahman Cilmi Faarax", "Cilmi Faarax", "A. Cilmi Faarax"),
    P("PERSON", "Maud Dijkhuizen", "Dijkhuizen, M.", "Dijkhuizen"),
    P("EMAIL", "ilse.bloem@annefrank.nl"), P("EMAIL", "gj.haag@johancruijffarena.nl"),
    P("EMAIL", "m.dijkhuizen@minocw.nl"), P("PHONE", "06 - 8830 1274"),
]
K06 = {"ORG": ["Anne Frank Stichting", "Johan Cruijff ArenA", "Huygens ING", "Rijksmuseum Boerhaave",
               "Vereniging van Nederlandse Gemeenten", "VNG", "Interprovinciaal Overleg", "Unie van Waterschappen",
               "Prins Bernhard Cultuurfonds", "Kröller-Müller Museum", "Stichting Vluchteling", "Museumvereniging",
               "Ministerie van Onderwijs, Cultuur en Wetenschap", "Raad voor Cultuur", "Rembrandthuis"],
       "OFFICE": ["minister Bruins", "Van Engelshoven", "Uslu"],
       "PROGRAM": ["Programma Erfgoed en Herinnering", "Deltaplan Digitaal Erfgoed"],
       "FUNCTION": ["klankbord-erfgoed@minocw.nl", "secretaris", "voorzitter"],
       "PLACE": ["Amsterdam", "Leiden", "Otterlo", "Rijnstraat 50"]}


@register("ag06_klankbordgroep_erfgoed.pdf", R06, K06)
def a06(out):
    rows = [["Bloem, I.", "Anne Frank Stichting", "educatie", "ilse.bloem@annefrank.nl"],
            ["HAAG, G.J.", "Johan Cruijff ArenA", "namens de evenementensector", "gj.haag@johancruijffarena.nl"],
            ["Farkasvölgyi Dóra", "Huygens ING", "onderzoeker", "via secretaris"],
            ["LOURENSDUIN, S.R.", "Rijksmuseum Boerhaave, Leiden", "collectie", "06 - 8830 1274"],
            ["Noorzai-Stanekzai, P.", "Stichting Vluchteling", "namens migrantenorganisaties", "-"],
            ["Tsjerkstra, H.", "Interprovinciaal Overleg", "namens IPO", "-"],
            ["Van der Haagen, L.M.", "Vereniging van Nederlandse Gemeenten (VNG)", "beleid", "-"],
            ["Ç. Yavuzarslan", "Kröller-Müller Museum, Otterlo", "publiek", "-"],
            ["WINTER, J.", "Unie van Waterschappen", "erfgoed waterstaat", "-"],
            ["A. Cilmi Faarax", "Prins Bernhard Cultuurfonds", "fondsen", "-"],
            ["Dijkhuizen, M.", "Ministerie van Onderwijs, Cultuur en Wetenschap", "secretaris",
             "m.dijkhuizen@minocw.nl"]]
    body = f"""
<div class='muted small'>Ministerie van Onderwijs, Cultuur en Wetenschap &middot; Rijnstraat 50 &middot; Den Haag</div>
<h1>Klankbordgroep Programma Erfgoed en Herinnering</h1>
<p>Samenstelling per 1 februari 2025. De klankbordgroep adviseert de directie Erfgoed en Kunsten over het
Programma Erfgoed en Herinnering en het Deltaplan Digitaal Erfgoed. Minister Bruins heeft de opdracht in
januari bevestigd; oud-minister Van Engelshoven en oud-staatssecretaris Uslu stonden aan de basis.</p>
{table(rows, header=["Naam", "Organisatie", "Rol", "Contact"], widths=["38mm", "58mm", "40mm", "auto"])}
<p>De voorzitter is Jorien Winter (Winter, Jorien); het secretariaat berust bij Maud Dijkhuizen. Ilse Bloem en
Shurwin Lourensduin vormen samen met Dóra de werkgroep collecties. Parwana schuift aan namens de
migrantenorganisaties. De Raad voor Cultuur, de Museumvereniging en het Rembrandthuis ontvangen de verslagen.
Bijeenkomsten vinden plaats in Amsterdam en Leiden.</p>
<p>Plaatsvervangers: mw. Lieke van der Haagen vervangt zo nodig Hylke Tsjerkstra; Abdirahman Cilmi Faarax en
Çiğdem Yavuzarslan vervangen elkaar. Post voor de groep: klankbord-erfgoed@minocw.nl.</p>
"""
    chromium(html_page(body), out)


# ---------------------------------------------------------------- A07 verslag overleg, Ghostscript
R07 = [
    P("PERSON", "Wessel in 't Veldhuys", "in 't Veldhuys", "W. in 't Veldhuys", "Wessel", "WiV"),
    P("PERSON", "Renske Dam", "R. Dam", "Dam", "Renske"),
    P("PERSON", "Rami Al-Shahbandar", "Al-Shahbandar", "R. Al-Shahbandar", "Rami"),
    P("PERSON", "Femke Koning-Abma", "Koning-Abma", "F. Koning-Abma", "Femke"),
    P("PERSON", "Bart Kok", "B. Kok", "Kok", "Bart"),
    P("PERSON", "Gisela da Silva Figueira", "da Silva Figueira", "G. da Silva Figueira", "Gisela"),
    P("PERSON", "Hendrikje Bos", "H. Bos", "Hendrikje"),
    P("PERSON", "Teunis Visser", "T. Visser", "Visser"),
    P("PERSON", "Marloes de Wit", "M. de Wit", "De Wit"),
]
K07 = {"OFFICE": ["minister Keijzer", "Keijzer", "De Jonge", "burgemeester Halsema", "Halsema", "Ollongren",
                  "wethouder"],
       "ORG": ["Vereniging van Nederlandse Gemeenten", "Aedes", "Bouwend Nederland", "Woonbond", "Neprom",
               "Interprovinciaal Overleg", "Ministerie van Volkshuisvesting en Ruimtelijke Ordening", "VRO",
               "Gemeente Amsterdam", "Provincie Utrecht"],
       "PROGRAM": ["Programma Woningbouw", "Woontop", "Wet versterking regie volkshuisvesting", "STOMEN"],
       "TERM": ["ACTION LIST", "Actiepunten", "Presentielijst", "Besluitenlijst"],
       "PLACE": ["Burgemeester de Withstraat", "Utrecht", "Amsterdam", "Zwolle", "Turfmarkt 147"]}


@register("ag07_verslag_bestuurlijk_overleg_wonen.pdf", R07, K07)
def a07(out):
    src = BUILD / "a07_src.pdf"
    acts = [["1", "Concept-Woontopbrief rondsturen", "Wessel", "16 mei"],
            ["2", "Cijfers STOMEN-pilot aanleveren", "R. Dam / Rami", "23 mei"],
            ["3", "Reactie Aedes op huurbevriezing", "Femke (Aedes)", "volgend overleg"],
            ["4", "Bouwlocatie Burgemeester de Withstraat Zwolle toelichten", "B. Kok", "30 mei"],
            ["5", "Afstemmen met Woonbond", "G. da Silva Figueira", "z.s.m."],
            ["6", "Verslag vaststellen", "WiV", "-"]]
    body = f"""
<div class='muted small'>Ministerie van Volkshuisvesting en Ruimtelijke Ordening &middot; Turfmarkt 147</div>
<h1>Verslag bestuurlijk overleg Programma Woningbouw</h1>
<p>Datum: 9 mei 2025, 10.00-12.00 uur, Utrecht (Provinciehuis)</p>
<h2>Presentielijst</h2>
<p>Aanwezig: minister Keijzer (voorzitter); burgemeester Halsema (Gemeente Amsterdam), namens de G4; Renske Dam
(Vereniging van Nederlandse Gemeenten); Rami Al-Shahbandar (Provincie Utrecht), namens het Interprovinciaal
Overleg; Femke Koning-Abma (Aedes); Bart Kok (Bouwend Nederland); Gisela da Silva Figueira (Woonbond); Hendrikje
Bos (Neprom); Wessel in 't Veldhuys (VRO, secretaris); Teunis Visser (VRO, notulist).<br>
Afwezig met kennisgeving: Marloes de Wit (Aedes), vervangen door mevrouw Koning-Abma.</p>
<h2>1. Opening en mededelingen</h2>
<p>De minister heet iedereen welkom. Zij verwijst naar de afspraken die haar voorganger De Jonge en daarvoor
Ollongren maakten over de Wet versterking regie volkshuisvesting. Burgemeester Halsema meldt dat Amsterdam
de STOMEN-pilot steunt.</p>
<h2>2. Voortgang Programma Woningbouw</h2>
<p>Mevrouw Dam (VNG) vraagt om duidelijkheid over de financiering na 2026. De heer Al-Shahbandar schetst de
situatie in de provincie; volgens hem halen slechts twee regio's hun doel. Kok wijst op de stikstofregels.
Hendrikje Bos pleit voor snellere procedures; T. Visser noteert dit als actiepunt voor de Woontop. Een
wethouder uit Zwolle (niet aanwezig) heeft schriftelijk gereageerd over de locatie aan de Burgemeester de
Withstraat.</p>
<h2>3. Actiepunten (ACTION LIST)</h2>
{table(acts, header=["Nr", "Actie", "Wie", "Wanneer"], widths=["10mm", "auto", "40mm", "28mm"])}
<p class='small'>Besluitenlijst en Presentielijst opgesteld door T. Visser, gecontroleerd door W. in 't Veldhuys.
Een eerdere versie noemde M. de Wit ten onrechte als aanwezig; De Wit was afwezig.</p>
"""
    chromium(html_page(body), src)
    gs_redistill(src, out)
    hidden(out, info={"Author": "Visser, Teunis (VRO)", "Title": "Verslag BO Woningbouw 9 mei"})


# ---------------------------------------------------------------- A08 stakeholder table landscape, narrow cells
R08 = [
    P("PERSON", "Johannes van 't Hoogerwerff", "van 't Hoogerwerff", "J. van 't Hoogerwerff"),
    P("PERSON", "Sheritza Martis-Raveneau", "Martis-Raveneau", "S. Martis-Raveneau", "Sheritza"),
    P("PERSON", "Gideon Maduro Croeswijk", "Maduro Croeswijk", "G. Maduro Croeswijk"),
    P("PERSON", "Auke Hettingastra", "Hettingastra", "A. Hettingastra"),
    P("PERSON", "Ayaan Xirsi Jaamac", "Xirsi Jaamac", "A. Xirsi Jaamac"),
    P("PERSON", "Klaartje Zomer", "K. Zomer", "Zomer"),
    P("PERSON", "Olusegun Adebayo-Kramer", "Adebayo-Kramer", "O. Adebayo-Kramer"),
    P("PERSON", "Marit van der Leij-Storm", "van der Leij-Storm", "M. van der Leij-Storm"),
    P("EMAIL", "s.martisraveneau@gobiernu.cw"), P("EMAIL", "a.hettingastra@fryslan.frl"),
    P("EMAIL", "k.zomer@minbzk.nl"), P("PHONE", "+599 9 461 2288"), P("PHONE", "06 - 3390 5521"),
    P("PHONE", "+297 582 4410"),
]
K08 = {"ORG": ["Openbaar Lichaam Bonaire", "Land Curaçao", "Land Aruba", "Provincie Fryslân", "College financieel toezicht",
               "Rijksvertegenwoordiger", "Kustwacht Caribisch gebied", "Ministerie van Binnenlandse Zaken en "
               "Koninkrijksrelaties", "Raad van State van het Koninkrijk", "Caribisch Orgaan voor Hervorming en Ontwikkeling",
               "RCN"],
       "OFFICE": ["staatssecretaris Szabó", "Van Huffelen", "gedeputeerde Poepjes", "gezaghebber Rijna"],
       "TERM": ["STAKEHOLDER MAP", "Invloed", "Belang", "Strategie", "hoog", "laag"],
       "PROGRAM": ["Koninkrijksconferentie", "Landspakket", "Caribische hervormingsagenda"],
       "PLACE": ["Willemstad", "Kralendijk", "Oranjestad", "Leeuwarden"]}


@register("ag08_stakeholdermap_koninkrijk_landscape.pdf", R08, K08)
def a08(out):
    css = "@page { size: A4 landscape; margin: 12mm; } td { font-size: 8pt; } th { font-size: 8pt; }"
    rows = [
        ["Openbaar Lichaam Bonaire", "gezaghebber Rijna (bestuurlijk)", "hoog", "hoog", "Bestuurlijk overleg",
         "Johannes van 't Hoogerwerff", "via RCN"],
        ["Land Curaçao", "Sheritza Martis-Raveneau, beleidsadviseur", "hoog", "midden", "Ambtelijk overleg",
         "s.martisraveneau@gobiernu.cw +599 9 461 2288", "Willemstad"],
        ["Land Aruba", "Gideon Maduro Croeswijk", "midden", "hoog", "Landspakket", "+297 582 4410",
         "Oranjestad"],
        ["Provincie Fryslân", "gedeputeerde Poepjes; ambtelijk A. Hettingastra", "laag", "midden", "Informeren",
         "a.hettingastra@fryslan.frl", "Leeuwarden"],
        ["College financieel toezicht", "Ayaan Xirsi Jaamac", "hoog", "laag", "Consulteren", "-", "Kralendijk"],
        ["Kustwacht Caribisch gebied", "Olusegun Adebayo-Kramer", "laag", "laag", "Monitoren", "-", "Willemstad"],
        ["Rijksvertegenwoordiger", "(functie)", "midden", "midden", "Informeren", "-", "Kralendijk"],
        ["Caribisch Orgaan voor Hervorming en Ontwikkeling", "M. van der Leij-Storm", "hoog", "hoog",
         "Samenwerken", "06 - 3390 5521", "Den Haag"],
    ]
    body = f"""
<div class='muted small'>Ministerie van Binnenlandse Zaken en Koninkrijksrelaties &middot; directie Koninkrijksrelaties</div>
<h1>STAKEHOLDER MAP Caribische hervormingsagenda</h1>
<p>Bijlage bij het plan van aanpak voor de Koninkrijksconferentie. Eigenaar: Klaartje Zomer (k.zomer@minbzk.nl).
Staatssecretaris Szabó is bestuurlijk verantwoordelijk; voorganger Van Huffelen startte de agenda. Advies van de
Raad van State van het Koninkrijk volgt.</p>
{table(rows, header=["Organisatie", "Contact", "Invloed", "Belang", "Strategie", "Bereikbaar", "Standplaats"],
       widths=["38mm", "32mm", "14mm", "14mm", "26mm", "34mm", "auto"])}
<p class='small'>Versie 0.4. Vragen aan K. Zomer. Zomer werkt aan versie 0.5 met J. van 't Hoogerwerff en
S. Martis-Raveneau. O. Adebayo-Kramer en G. Maduro Croeswijk leveren input.</p>
"""
    chromium(html_page(body, css), out)
    hidden(out, info={"Author": "Zomer, Klaartje"})
