"""Set W: inspections, EU and foreign counterparts, Caribbean Netherlands, Frisian municipal documents (w09-w18)."""

from __future__ import annotations

from pathlib import Path

import framework as fw
from docs_crisis import MAIL_CSS
from framework import Ctx


def w09(ctx: Ctx, out: Path, tmp: Path) -> None:
    """NVWA inspection report at a sole trader's catering business (reportlab -> Ghostscript)."""
    flow = [
        ("small", "{{Nederlandse Voedsel- en Warenautoriteit|ORG}} | {{Divisie Consument & Veiligheid|ORG}} | {{Catharijnesingel 59|STREET}}, {{Utrecht|PLACE}}"),
        ("h", "Inspectierapport hygiëne en voedselveiligheid"),
        ("table", [
            ["Onderdeel", "Gegevens"],
            ["Inspectienummer", "NVWA-INS-2024-118342"],
            ["Bedrijf", "[[Mensah Catering|P|Mensah Catering]] (eenmanszaak), KvK 81934455"],
            ["Eigenaar", "[[Kwame Mensah|P|Kwame Mensah;Mensah]], geboren [[14-02-1981|D]]"],
            ["Vestigingsadres", "{{Industrieweg|STREET}} 12-14, {{Almere|PLACE}} (bedrijfsverzamelgebouw {{De Werf|ORG}})"],
            ["Woonadres eigenaar", "[[Kruidenbuurt 7, 1333 AB Almere|A]]"],
            ["Aanwezig namens bedrijf", "[[Akosua Owusu|P|Akosua Owusu;Owusu]] (kok), [[Ahmad Zahir Rahimi|P|Ahmad Zahir Rahimi;Rahimi]] (bezorger)"],
            ["Inspecteurs", "[[ing. F. van 't Hek|P|F. van 't Hek;Van 't Hek;van 't Hek]] (inspecteur, nr. [[INS-4471|N]]), [[M. Dam|P|M. Dam]] (toezichthouder in opleiding)"],
            ["Datum en tijd", "6 februari 2024, 09.10-11.45 uur"],
        ], [45, 120]),
        ("h", "1. Aanleiding"),
        ("p", "De inspectie volgde op een melding van de {{GGD Flevoland|ORG}} over vier zieke gasten na een bruiloft in {{Lelystad|PLACE}} op "
              "27 januari 2024, waarvoor [[Mensah Catering|P]] de maaltijden had geleverd. Er werd {{Salmonella Enteritidis|TERM}} aangetoond."),
        ("h", "2. Bevindingen"),
        ("p", "De inspecteur trof de eigenaar, de heer [[Mensah|P]], niet aan; hij was volgens de kok mevrouw [[Owusu|P]] in {{Ghana|PLACE}}. "
              "Telefonisch was de heer [[Mensah|P]] bereikbaar op [[+233 24 417 2290|T]] en via [[kwame.mensah.catering@outlook.com|E]]."),
        ("p", "a) De koelcel had een temperatuur van 11 °C (norm: maximaal 7 °C), gemeten met een gekalibreerde {{Testo 104|PRODUCT}}.<br/>"
              "b) Er was geen actueel {{HACCP|ACRONYM}}-plan; de Hygiënecode voor de {{Horeca|TERM}} was niet aanwezig.<br/>"
              "c) Rauwe kip werd bewaard boven bereide rijst. De heer [[Rahimi|P]] verklaarde dat hij hierover niet was geïnstrueerd."),
        ("h", "3. Oordeel en vervolg"),
        ("p", "De {{NVWA|ACRONYM}} legt een schriftelijke waarschuwing op en voert binnen vier weken een herinspectie uit. Een rapport van bevindingen "
              "is opgesteld door [[Van 't Hek|P]]. Het {{Voedingscentrum|ORG}} en de {{GGD Flevoland|ORG}} worden geïnformeerd. De gemeente {{Almere|PLACE}} "
              "is bevoegd gezag voor de {{Omgevingswet|LAW}}-aspecten."),
        ("p", "Vragen over dit rapport: {{NVWA|ACRONYM}} Klantcontactcentrum, {{0900-0388|SWITCHBOARD}}, of {{info@nvwa.nl|MAILBOX}}. "
              "Rechtstreeks contact met de inspecteur: [[f.vanthek@nvwa.nl|E]], [[06-4621 3078|T]]."),
        ("p", "[[F. van 't Hek|P]], inspecteur&nbsp;&nbsp;&nbsp;&nbsp;paraaf: [[FvtH|R]]"),
    ]
    src = tmp / "w09.pdf"
    fw.rl_doc(ctx, flow, src, font="DejaVuSans", size=9, header="{{NVWA|ACRONYM}} - inspectierapport NVWA-INS-2024-118342",
              footer="Rapport van bevindingen, rubricering: intern")
    fw.ghostscript(src, out)
    fw.finish(out, info={"Author": ctx.h("[[Hek, F. van 't|P|Hek, F. van 't]]")})


def w10(ctx: Ctx, out: Path, tmp: Path) -> None:
    """ILT inspection of a transport company, two columns (Chromium)."""
    css = (".cols{column-count:2;column-gap:8mm;font-size:9.5pt} h1{font-size:13pt} h2{font-size:10.5pt;margin:8px 0 2px}"
           " .meta td{padding:1px 8px 1px 0;font-size:9pt}")
    body = """
<p style="font-size:8pt">{{Inspectie Leefomgeving en Transport|ORG}} | {{Toezicht Wegvervoer|ORG}} | {{Postbus 16191|STREET}}, 2500 BD {{Den Haag|PLACE}}</p>
<h1>Rapport bedrijfsinspectie rij- en rusttijden - {{Trans-Oost Logistics B.V.|ORG}}, {{Oldenzaal|PLACE}}</h1>
<table class="meta"><tr><td>Zaaknummer</td><td>ILT-2024/0331-TW</td></tr>
<tr><td>Inspecteurs</td><td>[[R.J. Koning|P|R.J. Koning]] (hoofdinspecteur, [[ILT-219|N]]), [[Hatice Çelik|P|Hatice Çelik;Çelik]] ([[ILT-407|N]])</td></tr>
<tr><td>Gesproken met</td><td>[[Jan-Willem Banken|P|Jan-Willem Banken;Banken]] (directeur-grootaandeelhouder), [[Marek Nowak|P|Marek Nowak;Nowak]] (planner)</td></tr></table>
<div class="cols">
<h2>1. Onderzoek</h2>
<p>Op 9 januari 2024 bezocht de {{ILT|ACRONYM}} het bedrijf aan de {{Hengelosestraat|STREET}} in {{Oldenzaal|PLACE}}. Onderzocht zijn de
tachograafgegevens van 38 chauffeurs over 28 weken, uitgelezen met {{TachoScan|PRODUCT}} en geanalyseerd in {{ILT-TARA|PRODUCT}}.
De directeur, de heer [[Banken|P]], verleende medewerking. Een bank in de kantine diende als werkplek voor de inspecteurs.</p>
<h2>2. Bevindingen</h2>
<p>Bij 11 chauffeurs zijn overtredingen vastgesteld van {{Verordening (EG) nr. 561/2006|LAW}}. De zwaarste betreft chauffeur
[[Dmytro Bondarenko|P|Dmytro Bondarenko;Bondarenko]] (Oekraïense nationaliteit, rijbewijs uitgegeven in {{Lviv|PLACE}}), die in week 47 in totaal
71 uur reed. Chauffeur [[Piotr Wiśniewski|P|Piotr Wiśniewski;Wiśniewski]] verklaarde dat planner [[Nowak|P]] hem opdroeg door te rijden
naar {{Duisburg|PLACE}}. De heer [[Nowak|P]] ontkent dit.</p>
<p>Twee voertuigen reden zonder geldig {{ADR|ACRONYM}}-certificaat. Een {{Euro VI|TERM}}-trekker was zonder vergunning van de
{{RDW|ACRONYM}} aangepast. De gegevens zijn gedeeld met de {{Bundesamt für Logistik und Mobilität|ORG}} ({{BALM|ACRONYM}}).</p>
<h2>3. Maatregelen</h2>
<p>De {{ILT|ACRONYM}} legt een bestuurlijke boete op van € 48.300 en een last onder dwangsom. De {{Arbeidsinspectie|ORG}} onderzoekt de
arbeidsomstandigheden. Verslag van het eindgesprek: [[Çelik|P]]; goedgekeurd door [[Koning|P]].</p>
<h2>4. Contact</h2>
<p>Vragen: {{Meldpunt ILT|ORG}}, {{088 489 00 00|SWITCHBOARD}}, {{toezicht.wegvervoer@ilent.nl|MAILBOX}}. Behandelend inspecteur: [[hatice.celik@ilent.nl|E]],
[[06 1520 8874|T]]. Contactgegevens bedrijf: [[jw.banken@trans-oost.nl|E]], [[+49 1522 3349 100|T]] (mobiel Duitsland).</p>
</div>
"""
    fw.chromium(fw.html_page(ctx.p(body), css), out)
    fw.finish(out, info={"Author": ctx.h("[[Çelik, H.|P|Çelik, H.]]"), "Title": "ILT rapport 2024/0331"})


def w11(ctx: Ctx, out: Path, tmp: Path) -> None:
    """IGJ inspection report of a care home, with header and footer (docx -> LibreOffice, two pages)."""
    blocks = [
        ("h1", "Rapport van het bezoek aan {{Zorgcentrum De Lindehof|ORG}} te {{Hengelo|PLACE}}"),
        ("p", "{{Inspectie Gezondheidszorg en Jeugd|ORG}} ({{IGJ|ACRONYM}}), {{Stadsplateau 1|STREET}}, {{Utrecht|PLACE}}. Toezichtbezoek onaangekondigd, 4 maart 2024."),
        ("p", "Inspecteurs: [[drs. Merel Visser-Baldewsingh|P|Merel Visser-Baldewsingh;Visser-Baldewsingh]] (senior inspecteur) en [[Ruud ter Avest|P|Ruud ter Avest;ter Avest]] (inspecteur). "
              "Gesproken met: [[mevrouw J.C. Winklaar|P|J.C. Winklaar;Winklaar]] (bestuurder), [[de heer B. Kok|P|B. Kok]] (teamleider), [[Fatima Hassan Abdi|P|Fatima Hassan Abdi;Hassan Abdi]] (verzorgende IG) "
              "en twee familieleden van cliënten."),
        ("h2", "1. Samenvatting"),
        ("p", "De {{IGJ|ACRONYM}} bezocht {{Zorgcentrum De Lindehof|ORG}} naar aanleiding van een melding van een familielid over onvoldoende toezicht "
              "in de nacht. De inspectie toetste aan het {{Toetsingskader verpleeghuiszorg|LAW}} en de {{Wet kwaliteit, klachten en geschillen zorg|LAW}} ({{Wkkgz|ACRONYM}})."),
        ("h2", "2. Bevindingen"),
        ("p", "In de nacht van 3 op 4 maart waren twee medewerkers aanwezig voor 64 cliënten op drie afdelingen. Mevrouw [[Hassan Abdi|P]] was de enige "
              "bevoegde medewerker voor medicatie. De bestuurder, mevrouw [[Winklaar|P]], gaf aan dat de formatie sinds de fusie met {{Carintreggeland|ORG}} "
              "onder druk staat. Teamleider [[Kok|P]] toonde het rooster in {{ONS|PRODUCT}} ({{Nedap|ORG}})."),
        ("p", "Het zorgdossier van cliënt [[mevrouw A. de Boer-Dijkstra|P|A. de Boer-Dijkstra]] (geboren [[09-08-1937|D]], kamer 2.14) vermeldde een val op 1 maart zonder "
              "melding in het {{VIM|ACRONYM}}-systeem. De dochter, [[mevrouw Y. de Boer|P|Y. de Boer]], diende de melding in bij het {{Landelijk Meldpunt Zorg|ORG}}."),
        ("pb",),
        ("h2", "3. Oordeel"),
        ("p", "De inspectie oordeelt dat {{Zorgcentrum De Lindehof|ORG}} niet voldoet aan norm 2.3 (voldoende en bekwaam personeel). De inspectie vraagt de "
              "bestuurder binnen zes weken een verbeterplan in te dienen. Het bestuur van de koepel {{ActiZ|ORG}} en de {{Raad van Toezicht|ORG}} ontvangen een afschrift."),
        ("h2", "4. Vervolg"),
        ("p", "Een vervolgbezoek vindt plaats in juni 2024. Dit rapport wordt gepubliceerd op {{www.igj.nl|URL}}; namen van cliënten en medewerkers worden "
              "daarin niet vermeld. Correspondentie over dit rapport: {{meldpunt@igj.nl|MAILBOX}}, telefoon {{088 120 50 00|SWITCHBOARD}}."),
        ("table", [
            ["Rol", "Naam", "Telefoon", "E-mail"],
            ["Senior inspecteur", "[[M. Visser-Baldewsingh|P|M. Visser-Baldewsingh]]", "[[06 1093 3827|T]]", "[[m.visser-baldewsingh@igj.nl|E]]"],
            ["Inspecteur", "[[R. ter Avest|P|R. ter Avest]]", "[[06 4190 2270|T]]", "[[r.teravest@igj.nl|E]]"],
            ["Bestuurder", "[[J.C. Winklaar|P]]", "[[074 255 81 40|T]] (direct)", "[[jc.winklaar@lindehof-zorg.nl|E]]"],
        ], [3.6, 5.0, 3.6, 5.4]),
        ("p", "Hengelo is de vestigingsplaats; {{Twente|PLACE}} is het werkgebied van de organisatie."),
    ]
    src = tmp / "w11.docx"
    fw.docx_build(ctx, blocks, src, font="DejaVu Sans", size=10, header="{{IGJ|ACRONYM}} | Rapport bezoek {{Zorgcentrum De Lindehof|ORG}} | 2024-03-04",
                  footer="Concept voor hoor en wederhoor - [[MVB|R]]/[[RtA|R]]", author="[[Visser-Baldewsingh, M.|P|Visser-Baldewsingh, M.]]")
    fw.soffice(src, out)
    fw.finish(out, info={"Author": ctx.h("[[Visser-Baldewsingh, M.|P]]")})


def w12(ctx: Ctx, out: Path, tmp: Path) -> None:
    """English e-mail thread with European Commission officials and foreign counterparts (Chromium)."""
    body = """
<h1>RE: HERA joint procurement - MenACWY and H5 vaccines - follow-up of EPSCO margins</h1>
<div class="hdr"><b>From:</b> [[KOVÁCS Gábor (HERA)|P|KOVÁCS Gábor;Kovács;Gábor]] &lt;[[Gabor.KOVACS@ec.europa.eu|E]]&gt;<br>
<b>Sent:</b> Tuesday, 19 March 2024 18:03<br>
<b>To:</b> [[Ramdin-Soekhlal, Anjali|P]] &lt;[[a.ramdin-soekhlal@minvws.nl|E]]&gt;; [[Dr. Katrin Oberhauser-Weiß|P|Katrin Oberhauser-Weiß;Oberhauser-Weiß]] &lt;[[katrin.oberhauser-weiss@bmg.bund.de|E]]&gt;<br>
<b>Cc:</b> {{HERA-JOINT-PROCUREMENT@ec.europa.eu|MAILBOX}}; [[DE SMET Pieter-Jan (SANTE)|P|DE SMET Pieter-Jan]] &lt;[[Pieter-Jan.DE-SMET@ec.europa.eu|E]]&gt;<br>
<b>Subject:</b> RE: HERA joint procurement - MenACWY and H5 vaccines</div>
<p>Dear [[Anjali|P]], dear [[Katrin|P]],</p>
<p>Thank you for the call. As agreed, the {{Health Emergency Preparedness and Response Authority|ORG}} ({{HERA|ACRONYM}}) will circulate the draft
{{Joint Procurement Agreement|LAW}} annex by Friday. {{Commissioner Kyriakides|OFFICIAL}} intends to raise the matter at the {{EPSCO|ACRONYM}} Council
on 23 April; {{Minister Lauterbach|OFFICIAL}} and {{Minister Vandenbroucke|OFFICIAL}} have already indicated support, and the
{{Belgian Presidency|ORG}} will table it as an AOB point.</p>
<p>My colleague [[Pieter-Jan|P]] from {{DG SANTE|ORG}} (Unit {{C3|TERM}}) will contact the {{Permanent Representation of the Netherlands|ORG}}.
You can reach me directly on [[+32 2 298 45 17|T]] or mobile [[+32 477 31 92 05|T]]; the {{Commission|ORG}} switchboard is {{+32 2 299 11 11|SWITCHBOARD}}.</p>
<p class="sig">Best regards,<br>[[Gábor Kovács|P|Gábor Kovács]]<br>{{Policy Officer|ROLE}} - Unit {{HERA.2|TERM}} Medical Countermeasures<br>{{European Commission|ORG}}, {{Rue de la Loi 200|STREET}}, B-1049 {{Brussels|PLACE}}</p>
<div class="q">
<div class="hdr"><b>From:</b> [[Dr. Katrin Oberhauser-Weiß|P]] &lt;[[katrin.oberhauser-weiss@bmg.bund.de|E]]&gt;<br>
<b>Sent:</b> Tuesday, 19 March 2024 12:40<br><b>To:</b> [[KOVÁCS Gábor (HERA)|P]]; [[Ramdin-Soekhlal, Anjali|P]]<br>
<b>Subject:</b> AW: HERA joint procurement</div>
<p>Dear [[Gábor|P]],</p>
<p>The {{Bundesministerium für Gesundheit|ORG}} ({{BMG|ACRONYM}}) supports a joint tender. The {{Robert Koch-Institut|ORG}} ({{RKI|ACRONYM}}) and its
{{STIKO|ACRONYM}} will not change their recommendation before summer. Our {{Referatsleiterin|ROLE}}, [[Dr. Sabine Hollerbach|P|Sabine Hollerbach;Hollerbach]], asked me to
stress the need for {{GMP|ACRONYM}} documentation in German. Please use my direct line [[+49 30 18441-2237|T]].</p>
<p>I also copy the Dutch colleague in {{Berlin|PLACE}}, [[Thiago da Silva Santos|P|Thiago da Silva Santos;da Silva Santos;Da Silva Santos]] (health attaché at the {{Embassy of the Kingdom of the Netherlands|ORG}}),
[[thiago.dasilvasantos@minbuza.nl|E]], [[+49 151 2770 4418|T]].</p>
<p class="sig">Mit freundlichen Grüßen / Kind regards<br>[[Katrin Oberhauser-Weiß|P]]<br>{{Referat 613|ORG}} - Internationale Gesundheitspolitik, {{Friedrichstraße 108|STREET}}, {{Berlin|PLACE}}</p>
<div class="q">
<div class="hdr"><b>From:</b> [[Ramdin-Soekhlal, Anjali|P]]<br><b>Sent:</b> Monday, 18 March 2024 16:15<br>
<b>To:</b> [[KOVÁCS Gábor (HERA)|P]]<br><b>Cc:</b> [[Da Silva Santos, Thiago|P|Da Silva Santos, Thiago]]; {{EU-coördinatie VWS|ORG}} &lt;{{eu-vws@minvws.nl|MAILBOX}}&gt;</div>
<p>Dear Mr [[Kovács|P]],</p>
<p>Following the {{Health Security Committee|ORG}} ({{HSC|ACRONYM}}) of last Thursday, {{the Netherlands|PLACE}} would like to join the joint procurement.
Our {{Minister for Medical Care|ROLE}}, {{Conny Helder|OFFICIAL}}, and {{Minister Kuipers|OFFICIAL}} have approved. The {{Dutch Ambassador to Germany|ROLE}} has been informed.</p>
<p class="sig">Kind regards, [[Anjali Ramdin-Soekhlal|P]] | {{Ministry of Health, Welfare and Sport|ORG}} | [[+31 6 2239 4410|T]]</p>
</div></div>
"""
    links = [(0, 80, 700, 260, 712, "mailto:" + ctx.h("[[Gabor.KOVACS@ec.europa.eu|E]]"))]
    fw.chromium(fw.html_page(ctx.p(body), MAIL_CSS + "h1{font-size:12pt}", lang="en"), out)
    fw.finish(out, links=links, info={"Author": ctx.h("[[KOVACS Gabor (HERA)|P|KOVACS Gabor]]")})


def w13(ctx: Ctx, out: Path, tmp: Path) -> None:
    """Report of the Permanent Representation on a Council meeting, English/Dutch (reportlab, two columns)."""
    flow = [
        ("small", "{{Permanente Vertegenwoordiging van het Koninkrijk der Nederlanden bij de Europese Unie|ORG}} | {{Kortenberglaan 4-10|STREET}}, {{Brussel|PLACE}}"),
        ("h", "Verslag {{EPSCO|ACRONYM}}-Raad (Gezondheid), {{Luxemburg|PLACE}}, 23 april 2024"),
        ("p", "<b>Opsteller:</b> [[Ines Gonçalves de Oliveira|P|Ines Gonçalves de Oliveira;Gonçalves de Oliveira]], {{gezondheidsattaché|ROLE}} ([[ines.goncalves@minbuza.nl|E]], [[+32 2 679 15 62|T]])<br/>"
              "<b>Aan:</b> {{VWS|ACRONYM}}/{{IZ|ACRONYM}}, {{BZ|ACRONYM}}/{{DIE|ACRONYM}}, {{AZ|ACRONYM}}; <b>cc:</b> [[Ramdin-Soekhlal|P]] ({{VWS|ACRONYM}}/{{PG|ACRONYM}})"),
        ("h", "Samenvatting"),
        ("p", "De Raad stond in het teken van het {{EU pharmaceutical package|LAW}} en de gezamenlijke inkoop van vaccins. Nederland werd vertegenwoordigd door "
              "{{minister Helder|OFFICIAL}}. Het {{Belgisch voorzitterschap|ORG}} ({{minister Vandenbroucke|OFFICIAL}}) bereikte geen algemene oriëntatie."),
        ("h", "1. Pharmaceutical package"),
        ("p", "{{Commissioner Kyriakides|OFFICIAL}} presented the state of play. {{Germany|PLACE}} ({{Minister Lauterbach|OFFICIAL}}) and {{France|PLACE}} supported "
              "shorter data protection. {{Poland|PLACE}}, {{Hungary|PLACE}} and {{Italy|PLACE}} opposed. In de marge sprak de attaché met [[Gábor Kovács|P]] ({{HERA|ACRONYM}}) en de Hongaarse "
              "collega [[Szabó Réka|P|Szabó Réka]] (ambtenaar, {{Hongaarse PV|ORG}}), die liet weten dat {{Boedapest|PLACE}} een voorbehoud maakt."),
        ("h", "2. Joint procurement"),
        ("p", "Brede steun. De {{European Medicines Agency|ORG}} ({{EMA|ACRONYM}}) in {{Amsterdam|PLACE}} beoordeelt de dossiers versneld. De Duitse delegatie, "
              "bij monde van [[Dr. Oberhauser-Weiß|P|Oberhauser-Weiß]], stelde voor de Nederlandse inbreng over {{MenACWY|PRODUCT}} als basis te nemen."),
        ("h", "3. Lunch"),
        ("p", "Tijdens de lunch spraken de ministers over {{One Health|PROGRAM}} en {{antimicrobial resistance|TERM}} ({{AMR|ACRONYM}}). {{Staatssecretaris Szabó|OFFICIAL}} was "
              "niet aanwezig; hij was die dag op {{Curaçao|PLACE}}. Let op: niet verwarren met mevrouw [[Szabó|P]] van de Hongaarse PV."),
        ("h", "4. Vervolg"),
        ("p", "Coreper I bespreekt het dossier op 8 mei. Contact op de PV: {{pv-brussel-gezondheid@minbuza.nl|MAILBOX}}; {{Raadssecretariaat|ORG}}: {{+32 2 281 61 11|SWITCHBOARD}}. "
              "Vragen over dit verslag aan de opsteller, [[mevr. Gonçalves de Oliveira|P|mevr. Gonçalves de Oliveira]], of haar plaatsvervanger [[Sjoerd Hiemstra|P|Sjoerd Hiemstra;Hiemstra]] ([[+32 479 55 20 81|T]])."),
        ("p", "<b>Bijlage:</b> deelnemerslijst Nederlandse delegatie - {{minister Helder|OFFICIAL}}; [[I. Gonçalves de Oliveira|P|I. Gonçalves de Oliveira]]; [[S. Hiemstra|P|S. Hiemstra]]; "
              "[[A. Ramdin-Soekhlal|P]]; [[Wim-Jan Vos|P|Wim-Jan Vos]] ({{AZ|ACRONYM}})."),
    ]
    fw.rl_doc(ctx, flow, out, font="DejaVuSans", size=8.8, two_col=True, header="{{PV EU|ACRONYM}} - verslag EPSCO 23-04-2024 - Dpv")
    fw.finish(out, outline=[(ctx.h("Verslag EPSCO - [[Gonçalves de Oliveira|P]]"), 0)])


def w14(ctx: Ctx, out: Path, tmp: Path) -> None:
    """Bonaire: Papiamento/English/Dutch meeting note of the Openbaar Lichaam (Chromium)."""
    css = "h1{font-size:13pt} .lbl{font-weight:bold;width:110px;display:inline-block} td{padding:2px 6px;border:1px solid #aaa;font-size:9pt}"
    body = """
<p style="font-size:8.5pt">{{Openbaar Lichaam Bonaire|ORG}} | {{Kabinet van de Gezaghebber|ORG}} | {{Wilhelminaplein 1|STREET}}, {{Kralendijk|PLACE}}</p>
<h1>Nota di reunion / Meeting note - preparashon pa brote di dengue / dengue outbreak preparedness</h1>
<p><span class="lbl">Fecha / Date:</span> 2 di aprel 2024, 09:00-10:30<br>
<span class="lbl">Presente:</span> {{gezaghebber Rijna|OFFICIAL}} (presidente), {{eilandgedeputeerde Soliana|OFFICIAL}}, {{eilandgedeputeerde Thode|OFFICIAL}},
{{rijksvertegenwoordiger Helmond|OFFICIAL}}, [[Giselle Martis|P|Giselle Martis;Martis]] (Directie Samenlevingen Zorg), [[Jurgen Winklaar|P|Jurgen Winklaar]] (Veiligheidsregio/brandweer),
[[dr. Ruthmilda Pieternella-Croes|P|Ruthmilda Pieternella-Croes;Pieternella-Croes]] (GGD Bonaire), [[Xiomara Frans|P|Xiomara Frans]] (notulista/minutes)<br>
<span class="lbl">Via Teams:</span> [[Ravi Bhagwandin|P|Ravi Bhagwandin;Bhagwandin]] ({{RCN|ACRONYM}}/{{VWS|ACRONYM}}, {{Den Haag|PLACE}})</p>
<p><b>1. Situashon / Situation.</b> Dr. [[Pieternella-Croes|P]] reported 46 confirmed dengue cases since January, mostly in {{Rincon|PLACE}} and {{Nikiboko|PLACE}}.
E {{Fundashon Mariadal|ORG}} (hospital) tin kapasidat suficiente. The {{RIVM|ACRONYM}} and the {{Caribisch Medisch Centrum|ORG}} support laboratory testing.</p>
<p><b>2. Kampaña / Campaign.</b> {{Gezaghebber Rijna|OFFICIAL}} ta pidi un kampaña "{{Stop e sangura|PROGRAM}}" den Papiamentu, Ingles i Spaño.
[[Martis|P]] will coordinate with {{Telbo|ORG}} and {{Radio Hoyer|ORG}}. Budget from the {{BES-fonds|PROGRAM}}; the {{staatssecretaris van Koninkrijksrelaties|ROLE}}
({{staatssecretaris Szabó|OFFICIAL}}) will be informed via the {{Rijksvertegenwoordiger|ROLE}}.</p>
<p><b>3. Vector control.</b> [[Jurgen|P]] ([[+599 717 8523|T]]) reports that the fire brigade can assist with fogging in {{Antriol|PLACE}}. A resident,
[[sra. Marisol Anthony|P|Marisol Anthony;Anthony]] of [[Kaya Grandi 112, Kralendijk|A]], filed a complaint about standing water at the {{Kaya Nikiboko Zuid|STREET}} construction site ([[+599 796 3310|T]]).</p>
<p><b>4. Kontakto / Contacts</b></p>
<table>
<tr><td>Nòmber / Name</td><td>Telefon</td><td>Email</td></tr>
<tr><td>[[Giselle Martis|P]]</td><td>[[+599 717 5330 ext. 212|T]]</td><td>[[giselle.martis@bonairegov.com|E]]</td></tr>
<tr><td>[[Jurgen Winklaar|P]]</td><td>[[+599 701 4420|T]]</td><td>[[j.winklaar@brandweer.rijksdienstcn.com|E]]</td></tr>
<tr><td>[[R. Pieternella-Croes|P|R. Pieternella-Croes]]</td><td>[[+599 795 1180|T]]</td><td>[[r.pieternella+dengue@ggdbonaire.com|E]]</td></tr>
<tr><td>[[Ravi Bhagwandin|P]]</td><td>[[+31 6 1470 9921|T]]</td><td>[[ravi.bhagwandin@rijksdienstcn.com|E]]</td></tr>
<tr><td>{{Openbaar Lichaam Bonaire|ORG}} (sentral)</td><td>{{+599 717 5330|SWITCHBOARD}}</td><td>{{info@bonairegov.com|MAILBOX}}</td></tr>
</table>
<p><b>5. Sierra / Closing.</b> Siguiente reunion 9 di aprel. Notulista: [[XF|R]].</p>
"""
    fw.chromium(fw.html_page(ctx.p(body), css, lang="pap"), out)
    fw.finish(out, info={"Author": ctx.h("[[Frans, Xiomara|P|Frans, Xiomara]]")})


def w15(ctx: Ctx, out: Path, tmp: Path) -> None:
    """Saba and Sint Eustatius: English minutes of a joint crisis call (docx -> LibreOffice)."""
    blocks = [
        ("h1", "Minutes - Joint crisis call {{Saba|PLACE}} / {{Sint Eustatius|PLACE}} - Hurricane {{Tammy|TERM}} after-action"),
        ("p", "Date: 24 October 2023, 14:00-15:10 AST. Chair: {{Island Governor Johnson|OFFICIAL}} ({{Public Entity Saba|ORG}})."),
        ("p", "Present: {{Government Commissioner Francis|OFFICIAL}} ({{Public Entity St. Eustatius|ORG}}), {{Commissioner Hassell|OFFICIAL}} (Saba), "
              "{{Kingdom Representative Helmond|OFFICIAL}}, [[Ilse Hassell-Zagers|P|Ilse Hassell-Zagers;Hassell-Zagers]] (Saba disaster management coordinator), "
              "[[Clyde Spanner|P|Clyde Spanner;Spanner]] (Statia harbour master), [[lt. Frank Lopes Cardozo|P|Frank Lopes Cardozo;Lopes Cardozo]] ({{Dutch Caribbean Coast Guard|ORG}}), "
              "[[Marciano Pinas|P|Marciano Pinas]] ({{KPCN|ACRONYM}}, Statia), minutes: [[Jennifer Vyent|P|Jennifer Vyent;Vyent]]."),
        ("h2", "1. Damage"),
        ("p", "Governor {{Johnson|OFFICIAL}} reported limited damage at {{Fort Bay|PLACE}} harbour and the {{Juancho E. Yrausquin Airport|PLACE}}. "
              "Ms [[Hassell-Zagers|P]] (not related to Commissioner {{Hassell|OFFICIAL}}, she stressed) listed 14 homes with roof damage in {{The Bottom|PLACE}} and {{Windwardside|PLACE}}."),
        ("h2", "2. Harbour and supplies"),
        ("p", "Harbour master [[Spanner|P]] said the {{Winair|ORG}} schedule and the {{Makana|ORG}} ferry are back to normal. The {{Coast Guard|ORG}} "
              "([[Lopes Cardozo|P]]) will keep the {{Cutter Jaguar|TERM}} on standby. Fuel from {{GTI Statia Terminal|ORG}} is sufficient for 21 days."),
        ("h2", "3. Actions"),
        ("table", [
            ["#", "Action", "Owner", "Due"],
            ["1", "Overview of damaged homes to {{Ministry of BZK|ORG}} ({{Directie Koninkrijksrelaties|ORG}})", "[[IHZ|R]]", "27 Oct"],
            ["2", "Request for {{Red Cross|ORG}} roofing kits via the {{Kingdom Representative|ROLE}}", "[[CS|R]]", "25 Oct"],
            ["3", "Police report on looting incident in {{Oranjestad|PLACE}} (suspect [[Jaden Gibbs|P|Jaden Gibbs;Gibbs]], 19)", "[[MP|R]]", "26 Oct"],
            ["4", "Update of the {{Rampenplan Saba|LAW}} contact list", "[[JV|R]]", "31 Oct"],
        ], [1.0, 10.6, 2.4, 2.2]),
        ("h2", "4. Contacts"),
        ("p", "[[Ilse Hassell-Zagers|P]]: [[+599 416 3311|T]], [[ilse.hassell@sabagov.nl|E]]. [[Clyde Spanner|P]]: [[+599 318 2345|T]]. [[Marciano Pinas|P]]: [[+599 319 0022|T]]. "
              "Public entity switchboards: Saba {{+599 416 2211|SWITCHBOARD}}, Statia {{+599 318 2892|SWITCHBOARD}}. After hours Ms [[Hassell-Zagers|P]] can be reached on [[+599 416 7730|T]]."),
        ("p", "Minutes: [[J. Vyent|P|J. Vyent]], {{secretary to the Island Governor|ROLE}}."),
    ]
    src = tmp / "w15.docx"
    fw.docx_build(ctx, blocks, src, font="DejaVu Sans", size=9.5, header="{{Public Entity Saba|ORG}} - minutes", author="[[jvyent|U]]")
    fw.soffice(src, out)
    fw.finish(out, info={"Author": ctx.h("[[jvyent|U]]")})


def w16(ctx: Ctx, out: Path, tmp: Path) -> None:
    """Frisian-language college decision of a Frisian municipality (reportlab, side column)."""
    side = ("{{Gemeente Súdwest-Fryslân|ORG}}\n{{Marktstrjitte 15|STREET}}\n{{Snits|PLACE}}\n\nKontaktpersoan\n[[Hylke Sikkema|P|Hylke Sikkema]]\n"
            "T [[0515 48 92 17|T]]\nM [[06-3109 8842|T]]\n[[h.sikkema@sudwestfryslan.nl|E]]\n\nAlgemien\n{{14 0515|SWITCHBOARD}}\n{{info@sudwestfryslan.nl|MAILBOX}}\n\nSaaknûmer\n2024/041177")
    flow = [
        ("h", "Kolleezjebeslút: subsydzje Doarpshûs De Pleats, {{Wommels|PLACE}}"),
        ("p", "<b>Datum:</b> 9 april 2024<br/><b>Portefúljehâlder:</b> {{wethâlder Hoekstra-Hartman|OFFICIAL}}<br/><b>Opsteller:</b> [[Hylke Sikkema|P]] ({{beliedsmeiwurker|ROLE}} mienskip)<br/>"
              "<b>Parafen:</b> [[HS|R]] / teamlieder [[Baukje Haitsma|P|Baukje Haitsma;Haitsma]] ([[BH|R]])"),
        ("h", "Oanlieding"),
        ("p", "De stifting {{Doarpshûs De Pleats|ORG}} yn {{Wommels|PLACE}} hat op 12 febrewaris 2024 in oanfraach dien foar in subsydzje fan € 38.500 út it "
              "{{Mienskipsfûns|PROGRAM}} foar it ferduorsumjen fan it gebou. De oanfraach is tekene troch de foarsitter, [[Oane Rienstra|P|Oane Rienstra;Rienstra]], en de ponghâlder, "
              "[[Lolkje Terpstra-de Vries|P|Lolkje Terpstra-de Vries;Terpstra-de Vries]]."),
        ("h", "Beslút"),
        ("p", "It kolleezje fan boargemaster en wethâlders beslút:<br/>1. in subsydzje te ferlienen fan € 38.500 oan {{Stifting Doarpshûs De Pleats|ORG}};<br/>"
              "2. de subsydzje te betellen op rekken NL23 RABO 0315 4927 10 op namme fan de stifting, ûnder ferantwurdlikens fan de ponghâlder [[Terpstra-de Vries|P]];<br/>"
              "3. de {{Provinsje Fryslân|ORG}} te freegjen om cofinansiering út it programma {{Mienskipsaanpak|PROGRAM}}."),
        ("h", "Argumintaasje"),
        ("p", "It doarpshûs is it iennichste gebou foar de mienskip fan {{Wommels|PLACE}}, {{Kûbaard|PLACE}} en {{Itens|PLACE}}. De ynwenner [[Geartsje de Vries|P|Geartsje de Vries]], "
              "dy't oan de {{Stationsdyk|STREET}} wennet, hat in beswier yntsjinne tsjin de sinnepanielen. Sy is op 2 april troch [[Sikkema|P]] en [[Haitsma|P]] besocht."),
        ("p", "{{Boargemaster De Vries|OFFICIAL}} hat yn it {{Rie|ORG}}-oerlis op 28 maart tasein de rie te ynformearjen. {{Kommissaris fan de Kening Brok|OFFICIAL}} wurdt útnoege "
              "by de iepening. {{Deputearre Fokkens|OFFICIAL}} fan de provinsje is op de hichte."),
        ("h", "Kommunikaasje"),
        ("p", "In parseberjocht wurdt makke troch de ôfdieling kommunikaasje ({{kommunikaasje@sudwestfryslan.nl|MAILBOX}}). Fragen fan de stifting giet nei [[Rienstra|P]] "
              "([[oane.rienstra@hotmail.com|E]], [[06 - 2744 1093|T]])."),
        ("p", "Sa besletten yn de gearkomste fan 9 april 2024.<br/>De sekretaris, {{gemeentesekretaris|ROLE}} [[Jitske Bosma|P|Jitske Bosma]]&nbsp;&nbsp;&nbsp;&nbsp;De boargemaster, {{Jannewietske de Vries|OFFICIAL}}"),
    ]
    fw.rl_doc(ctx, flow, out, font="DejaVuSans", size=9, side=side, footer="{{Gemeente Súdwest-Fryslân|ORG}} - kolleezjebeslút 2024/041177")
    fw.finish(out, info={"Author": ctx.h("[[Sikkema, H.|P|Sikkema, H.]]")})


def w17(ctx: Ctx, out: Path, tmp: Path) -> None:
    """Frisian letter to a citizen about a Wmo provision (Chromium, letter layout with mailto link)."""
    css = ".addr{margin:30px 0 30px 0;font-size:10.5pt} .side{float:right;width:52mm;font-size:8pt;color:#333} h1{font-size:12pt}"
    body = """
<div class="side">{{Gemeente Noardeast-Fryslân|ORG}}<br>{{Postbus 13|STREET}}<br>9290 AA {{Kollum|PLACE}}<br><br>Behannele troch<br>[[Tsjerk Hiddes Dykstra|P|Tsjerk Hiddes Dykstra;Dykstra]]<br>
Wmo-konsulint<br>Telefoan [[0519 29 88 41|T]]<br><a href="mailto:[[t.dykstra@noardeast-fryslan.nl|E]]">[[t.dykstra@noardeast-fryslan.nl|E]]</a><br><br>
Algemien: {{14 0519|SWITCHBOARD}}<br>Ús kenmerk: WMO-2024-11873<br>BSN: [[{bsn1}|B]]</div>
<div class="addr">Mefrou [[S. Haile|P|S. Haile]]<br>[[Skoalstrjitte 4|A]]<br>[[9101 BE Dokkum|A]]</div>
<p>Dokkum, 18 maart 2024</p>
<h1>Underwerp: beslút oer jo oanfraach Wmo - húshâldlike help</h1>
<p>Achte mefrou [[Haile|P]],</p>
<p>Op 29 febrewaris 2024 hawwe jo in oanfraach dien foar húshâldlike help neffens de {{Wet maatskiplike stipe|LAW}} ({{Wmo 2015|LAW}}). Op 6 maart hat ús konsulint
[[de hear Dykstra|P|de hear Dykstra]] in petear mei jo hân by jo thús. Jo dochter, [[Senait Tesfay|P|Senait Tesfay;Tesfay]], wie dêrby as tolk Tigrinya-Nederlânsk.</p>
<p>Jo ha sûnt jo operaasje yn it {{Medisch Centrum Leeuwarden|ORG}} help nedich by it skjinmeitsjen fan it hûs. Wy jouwe jo 3 oeren húshâldlike help
yn 'e wike, út te fieren troch {{Thuiszorg Het Friese Land|ORG}}. Jo eigen bydrage wurdt fêststeld troch it {{CAK|ACRONYM}}.</p>
<p>Binne jo it net iens mei dit beslút? Dan kinne jo binnen seis wiken beswier meitsje by it kolleezje fan boargemaster en wethâlders. Fragen? Skilje
{{14 0519|SWITCHBOARD}} of mail nei {{wmo@noardeast-fryslan.nl|MAILBOX}}. In ûnôfhinklike cliëntûndersteuner fan {{MEE Fryslân|ORG}} kin jo helpe.</p>
<p>Mei freonlike groetnis,<br>út namme fan it kolleezje fan boargemaster en wethâlders fan {{Noardeast-Fryslân|PLACE}},<br><br>
[[T.H. Dykstra|P|T.H. Dykstra]]<br>{{Wmo-konsulint|ROLE}}</p>
<p style="font-size:8pt">Ofskrift: [[Senait Tesfay|P]], [[Hellingbaan 22, 9101 AX Dokkum|A]]; {{wethâlder Kuipers-Boersma|OFFICIAL}} (portefúljehâlder Wmo) foar kennisjouwing.</p>
"""
    body = body.replace("{bsn1}", fw.bsn(17))
    fw.chromium(fw.html_page(ctx.p(body), css, lang="fy"), out)
    fw.finish(out, info={"Author": ctx.h("[[tdykstra|U]]")})


def w18(ctx: Ctx, out: Path, tmp: Path) -> None:
    """Teams meeting transcript VWS - GGD - safety region with speaker and timestamp lines (Chromium)."""
    css = ".t{margin:0 0 7px 0;font-size:9.5pt} .s{font-weight:bold} .ts{color:#666;font-size:8.5pt;margin-left:6px} h1{font-size:12pt}"
    turns = [
        ("[[Ramdin-Soekhlal, Anjali (VWS/PG)|P|Ramdin-Soekhlal, Anjali]]", "0:00:04", "Goedemorgen allemaal. Fijn dat de minister er om half negen bij kan zijn. Ik stel voor dat [[Sutinah|P]] begint met de stand van zaken."),
        ("[[Kartoredjo, Sutinah (GGD HN)|P|Kartoredjo, Sutinah]]", "0:00:19", "Ja, dank. We hebben sinds gisteravond één extra melding, een leraar. Het {{RIVM|ACRONYM}} typeert nog."),
        ("{{Ernst Kuipers|OFFICIAL}}", "0:01:02", "Dank. Wat betekent een leraar voor de groep die we vaccineren? Gaan we naar de hele school?"),
        ("[[Bart-Jan in 't Veld (RIVM)|P|Bart-Jan in 't Veld]]", "0:01:15", "Dat adviseren wij niet. Wel de collega's van de leraar en zijn gezin. [[Eszter|P]] stuurt vandaag de lijst."),
        ("[[Haven, Jeroen (VRNHN)|P|Haven, Jeroen]]", "0:02:40", "Vanuit de veiligheidsregio: de sporthal is tot en met dinsdag beschikbaar. De marine helpt met tenten."),
        ("{{Ernst Kuipers|OFFICIAL}}", "0:03:05", "Goed. [[Jeroen|P]], heb je nog iets nodig van het Rijk?"),
        ("[[Haven, Jeroen (VRNHN)|P]]", "0:03:12", "Nee, {{burgemeester Schouten|OFFICIAL}} heeft het college geïnformeerd. Alleen de {{NL-Alert|PRODUCT}}-tekst willen we samen maken."),
        ("[[Koning, Marloes (VWS/COM)|P|Koning, Marloes]]", "0:03:30", "Die maak ik met [[Pieter-Bas|P]]. We stemmen af met het {{Nationaal Crisiscentrum|ORG}} en het {{Veiligheidsberaad|ORG}}, waar {{burgemeester Bruls|OFFICIAL}} voorzitter is."),
        ("Gast (niet geverifieerd)", "0:04:02", "Hallo, u spreekt met [[Thiago|P]] van de ambassade in {{Berlijn|PLACE}}, ik ben er even bij om te horen of er Duitse gezinnen zijn."),
        ("[[Kartoredjo, Sutinah (GGD HN)|P]]", "0:04:20", "Twee gezinnen, die bellen we vandaag. Ik mail de namen niet, ik bel je op [[+49 151 2770 4418|T]]."),
        ("{{Maarten van Ooijen|OFFICIAL}}", "0:05:11", "Voor de jeugdgezondheidszorg: [[Rachida|P]], wil jij de lijn naar {{Jeugdgezondheidszorg Nederland|ORG}} oppakken?"),
        ("[[el Khattabi, Rachida (VWS/COM)|P|el Khattabi, Rachida]]", "0:05:25", "Ja, doe ik."),
        ("[[Ramdin-Soekhlal, Anjali (VWS/PG)|P]]", "0:06:40", "Dan sluiten we af. Volgend overleg morgen 08.30, zelfde link. [[Nadia Bouazzaoui|P]] maakt de actielijst."),
    ]
    rows = "".join(
        f'<div class="t"><span class="s">{s}</span><span class="ts">{t}</span><br>{x}</div>' for s, t, x in turns
    )
    body = ("<h1>Transcript - Belmoment meningokokken {{Den Helder|PLACE}} (minister)</h1>"
            "<p style='font-size:8.5pt'>15 maart 2024, 08:31 - duur 6m 58s - Georganiseerd door [[Anjali Ramdin-Soekhlal|P]] - Opgenomen met {{Microsoft Teams|PRODUCT}}</p>" + rows +
            "<p style='font-size:8pt'>[[Nadia Bouazzaoui|P]] heeft de transcriptie gestopt.</p>")
    fw.chromium(fw.html_page(ctx.p(body), css), out)
    fw.finish(out)


DOCS = [
    ("w09_inspectierapport_nvwa_eenmanszaak", w09),
    ("w10_ilt_rapport_wegvervoer", w10),
    ("w11_igj_rapport_zorgcentrum", w11),
    ("w12_eu_mail_hera_en", w12),
    ("w13_verslag_epsco_pv", w13),
    ("w14_bonaire_nota_di_reunion", w14),
    ("w15_saba_statia_minutes", w15),
    ("w16_kolleezjebeslut_sudwest_fryslan", w16),
    ("w17_wmo_brief_noardeast_fryslan", w17),
    ("w18_teams_transcript_belmoment", w18),
]
