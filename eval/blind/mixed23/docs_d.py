"""Set AG, part D: a Word draft printed with markup (balloons) and an Outlook print, via Chromium."""
from framework import register, P, chromium, hidden, html_page

R22 = [
    P("PERSON", "Hester Oudeboom-Spijkerman", "Oudeboom-Spijkerman", "Hester", "HOS"),
    P("PERSON", "Tariq Al-Masri", "Al-Masri", "Tariq", "TAM"),
    P("PERSON", "Jolanda Winter-Visscher", "Winter-Visscher", "Jolanda", "JWV"),
    P("PERSON", "Sven Storm", "Sven"),
    P("PERSON", "Guusje Zomer", "Guusje"),
]
K22 = {"OFFICE": ["minister Keijzer", "Keijzer", "De Jonge", "Van Hijum", "het lid Grinwis", "Grinwis",
                  "Kamerlid De Hoop", "De Hoop", "Europarlementariër Bas Eickhout"],
       "ORG": ["Tweede Kamer", "Aedes", "Woonbond", "Huurcommissie", "Planbureau voor de Leefomgeving",
               "Europese Investeringsbank", "Ministerie van Volkshuisvesting en Ruimtelijke Ordening"],
       "LAW": ["Wet betaalbare huur", "Huurprijzenwet", "Wet goed verhuurderschap"],
       "TERM": ["Opmerking", "Verwijderd", "Ingevoegd", "Opgemaakt", "Geachte voorzitter"],
       "PLACE": ["Den Haag", "Eindhoven", "Almere"]}


@register("ag22_kamerbrief_markup_balloons_print.pdf", R22, K22)
def d22(out):
    css = """.page { display: flex; gap: 5mm; } .text { width: 118mm; } .balloons { width: 52mm; font-size: 7.2pt; }
.b { border: 0.6pt solid #c0504d; background: #fbeaea; padding: 2pt 3pt; margin-bottom: 5pt; }
.b.c { border-color: #4f81bd; background: #eaf1fb; } del { color: #c0504d; } ins { color: #2e7d32; }
@page { margin: 14mm 12mm; }"""
    balloons = [
        ("c", "Opmerking [HOS1]: Hester Oudeboom-Spijkerman, 12-03-2025 09:14<br>Klopt het cijfer van het Planbureau "
              "voor de Leefomgeving? Tariq checkt."),
        ("", "Verwijderd: Tariq Al-Masri, 12-03-2025 10:02<br>&ldquo;met grote zorg&rdquo;"),
        ("c", "Opmerking [TAM2]: Tariq Al-Masri, 12-03-2025 10:05<br>Cijfer klopt (PBL, tabel 3). Jolanda wil "
              "de zin over De Jonge houden."),
        ("", "Ingevoegd: Jolanda Winter-Visscher, 13-03-2025 14:40<br>&ldquo;en de Woonbond&rdquo;"),
        ("c", "Opmerking [JWV3]: Jolanda Winter-Visscher, 13-03-2025 14:42<br>Afgestemd met Sven Storm (Huurcommissie). "
              "Guusje Zomer van de Woonbond is akkoord met de formulering."),
        ("", "Opgemaakt: Hester Oudeboom-Spijkerman<br>Lettertype: 10 pt"),
    ]
    bl = "".join(f"<div class='b {c}'>{t}</div>" for c, t in balloons)
    body = f"""
<div class='page'><div class='text'>
<p class='small muted'>Ministerie van Volkshuisvesting en Ruimtelijke Ordening &middot; CONCEPT &middot; versie HOS/TAM/JWV</p>
<p>Aan de Voorzitter van de Tweede Kamer der Staten-Generaal<br>Den Haag</p>
<p>Betreft: Evaluatie Wet betaalbare huur, eerste jaar</p>
<p>Geachte voorzitter,</p>
<p>Hierbij informeer ik uw Kamer over het eerste jaar van de Wet betaalbare huur. Het Planbureau voor de Leefomgeving
schat dat 300.000 woningen in het middensegment zijn gereguleerd. Ik constateer <del>met grote zorg</del> dat het
aanbod in Eindhoven en Almere is gedaald. Mijn ambtsvoorganger De Jonge heeft de wet voorbereid; minister Van Hijum
heeft de gevolgen voor huurtoeslag in beeld gebracht.</p>
<p>In het commissiedebat vroeg het lid Grinwis naar de uitpondende beleggers. Ook Kamerlid De Hoop vroeg om cijfers.
Ik heb hierover gesproken met Aedes <ins>en de Woonbond</ins>. Europarlementariër Bas Eickhout wees op de
financiering via de Europese Investeringsbank.</p>
<p>De Huurcommissie ontving 18 procent meer verzoeken. De Huurprijzenwet en de Wet goed verhuurderschap worden in
2026 opnieuw bezien.</p>
<p>De minister van Volkshuisvesting en Ruimtelijke Ordening,<br><br>Mona Keijzer</p>
</div><div class='balloons'>{bl}</div></div>
<p class='small muted'>Afgedrukt met markeringen door Hester (HOS) &mdash; 14-03-2025</p>
"""
    chromium(html_page(body, css), out)
    hidden(out, info={"Author": "Oudeboom-Spijkerman, H.", "Title": "Concept Kamerbrief Wet betaalbare huur"})


R23 = [
    P("PERSON", "Bouchra El Khattabi-Zwolle", "El Khattabi-Zwolle", "B. El Khattabi", "Bouchra",
      "bouchra.elkhattabi@minezk.nl", "EL KHATTABI-ZWOLLE, B."),
    P("PHONE", "06 - 2017 4486"),
    P("PERSON", "Adriaan ter Beek-Dam", "ter Beek-Dam", "A. ter Beek-Dam", "Adriaan", "a.terbeek@minezk.nl"),
    P("PERSON", "Chiara Bos", "C. Bos", "Chiara"),
    P("PERSON", "Wendy Roos-April", "Roos-April", "Wendy"),
    P("PERSON", "Kemal Aydoğdu", "Aydoğdu", "K. Aydoğdu"),
    P("PHONE", "+32 2 298 4412"),
]
K23 = {"OFFICE": ["minister Beljaarts", "Beljaarts", "Adriaansens", "Micky Adriaansens", "Eurocommissaris Ribera",
                  "staatssecretaris Van Oostenbruggen"],
       "ORG": ["Ministerie van Economische Zaken", "Permanente Vertegenwoordiging", "Europese Commissie",
               "DG COMP", "Autoriteit Consument en Markt", "ACM", "TenneT", "Gasunie", "Rijksdienst voor Ondernemend "
               "Nederland", "Raad Concurrentievermogen"],
       "TERM": ["STATE AID", "IMPORTANT PROJECT OF COMMON EUROPEAN INTEREST", "IPCEI", "Van:", "Verzonden:",
                "Onderwerp:", "CC:", "Aan:"],
       "FUNCTION": ["eu-coordinatie@minezk.nl", "070 379 8911"],
       "PLACE": ["Brussel", "Bezuidenhoutseweg 73", "Eemshaven", "Den Haag"]}


@register("ag23_outlook_print_ipcei_waterstof.pdf", R23, K23)
def d23(out):
    css = ".hd td { border: none; padding: 0 4pt 0 0; font-size: 9pt; } .hd td:first-child { font-weight: bold; width: 22mm; }"
    body = """
<p style='font-size:13pt'><b>EL KHATTABI-ZWOLLE, B.</b></p><hr>
<table class='hd'><tr><td>Van:</td><td>El Khattabi-Zwolle, Bouchra &lt;bouchra.elkhattabi@minezk.nl&gt;</td></tr>
<tr><td>Verzonden:</td><td>donderdag 6 maart 2025 17:48</td></tr>
<tr><td>Aan:</td><td>ter Beek-Dam, A. &lt;a.terbeek@minezk.nl&gt;</td></tr>
<tr><td>CC:</td><td>eu-coordinatie@minezk.nl; Bos, Chiara; Roos-April, Wendy</td></tr>
<tr><td>Onderwerp:</td><td>FW: STATE AID IPCEI waterstof Eemshaven &ndash; lijn voor minister Beljaarts</td></tr></table>
<p>Hoi Adriaan,</p>
<p>Zie hieronder het bericht van Kemal van de Permanente Vertegenwoordiging in Brussel. DG COMP van de Europese
Commissie wil de notificatie van het IMPORTANT PROJECT OF COMMON EUROPEAN INTEREST (IPCEI) voor de Eemshaven
aanvullen. Eurocommissaris Ribera heeft dit in de Raad Concurrentievermogen genoemd. Minister Beljaarts wil
maandag een lijn; staatssecretaris Van Oostenbruggen hoeft niet aan te sluiten. Onder Micky Adriaansens is de
eerste aanvraag ingediend, dus het dossier van Adriaansens is het vertrekpunt.</p>
<p>Chiara heeft de stukken van TenneT en Gasunie; Wendy doet de ACM-toets (Autoriteit Consument en Markt).
RVO (Rijksdienst voor Ondernemend Nederland) beoordeelt de subsidie.</p>
<p>Groet,<br>Bouchra<br><br>Bouchra El Khattabi-Zwolle MSc<br>Senior beleidsmedewerker EU-staatssteun<br>
Ministerie van Economische Zaken | Bezuidenhoutseweg 73 | Den Haag<br>M 06 - 2017 4486 | Algemeen 070 379 8911</p>
<hr>
<table class='hd'><tr><td>Van:</td><td>Aydoğdu, K. (PV Brussel)</td></tr>
<tr><td>Verzonden:</td><td>donderdag 6 maart 2025 16:02</td></tr>
<tr><td>Aan:</td><td>El Khattabi-Zwolle, Bouchra</td></tr>
<tr><td>Onderwerp:</td><td>STATE AID IPCEI waterstof Eemshaven</td></tr></table>
<p>Beste Bouchra,</p><p>DG COMP belde vanmiddag: zij willen uiterlijk 20 maart de aangepaste funding gap zien.
Bel me gerust op +32 2 298 4412. C. Bos weet ervan.</p>
<p>Met vriendelijke groet,<br>Kemal Aydoğdu<br>Permanente Vertegenwoordiging van het Koninkrijk der Nederlanden bij de EU</p>
<p class='small muted'>Afgedrukt door A. ter Beek-Dam voor het Woo-dossier.</p>
"""
    chromium(html_page(body, css), out)
