"""Set W: crisis and health dossiers, defence and police (w01-w10)."""

from __future__ import annotations

from pathlib import Path

import framework as fw
from framework import Ctx

MAIL_CSS = (
    ".hdr{font-size:9.5pt;margin:0 0 6px 0;border-bottom:1px solid #999;padding-bottom:4px}"
    ".hdr b{display:inline-block;width:80px} .q{border-left:2px solid #88a;padding-left:8px;margin-left:4px}"
    ".sig{font-size:9pt;color:#333} h1{font-size:13pt} .foot{font-size:7.5pt;color:#666}"
)


def w01(ctx: Ctx, out: Path, tmp: Path) -> None:
    """Long forwarded chain ministry - institute - GGD - safety region (Outlook print, Chromium)."""
    body = """
<h1>RE: FW: FW: Cluster meningokokken W regio Den Helder - afstemming communicatie en vaccinatieronde</h1>
<div class="hdr"><b>Van:</b> [[Ramdin-Soekhlal, Anjali|P|Ramdin-Soekhlal;Anjali]] &lt;[[a.ramdin-soekhlal@minvws.nl|E]]&gt;<br>
<b>Verzonden:</b> donderdag 14 maart 2024 21:47<br>
<b>Aan:</b> [[Bart-Jan in 't Veld|P|Bart-Jan in 't Veld;in 't Veld]] &lt;[[bartjan.intveld@rivm.nl|E]]&gt;; [[Kartoredjo, Sutinah|P|Kartoredjo;Sutinah]] &lt;[[s.kartoredjo@ggdhn.nl|E]]&gt;<br>
<b>CC:</b> {{Crisiscoördinatie VWS|ORG}} &lt;{{crisis@minvws.nl|MAILBOX}}&gt;; [[Koning, Marloes|P|Koning;Marloes]] &lt;[[m.koning@minvws.nl|E]]&gt;; {{LCI|ACRONYM}} &lt;{{lci@rivm.nl|MAILBOX}}&gt;<br>
<b>Onderwerp:</b> RE: FW: FW: Cluster meningokokken W regio Den Helder</div>
<p>Dag [[Bart-Jan|P]] en [[Sutinah|P]],</p>
<p>Dank voor het snelle schakelen vanavond. Ik heb {{minister Kuipers|OFFICIAL}} zojuist kort bijgepraat; hij wil morgen
om 08.30 uur een belmoment met de {{GGD Hollands Noorden|ORG}} en de {{Veiligheidsregio Noord-Holland Noord|ORG}} voordat de
persberichten uitgaan. Het {{Outbreak Management Team|ORG}} ({{OMT|ACRONYM}}) komt niet bijeen; het advies van het {{RIVM|ACRONYM}}
volstaat volgens {{DG Volksgezondheid|ROLE}}. [[Marloes|P]] stemt de woordvoering af met het {{Nationaal Crisiscentrum|ORG}}.</p>
<p>Kunnen jullie vóór 07.30 uur bevestigen dat de vaccinatielocatie in de {{Sporthal De Brakelaar|PLACE}} ({{Den Helder|PLACE}}) staat?
Ik ben bereikbaar op [[+31 (0)6 2239 4410|T]].</p>
<p class="sig">Met vriendelijke groet,<br>[[Anjali Ramdin-Soekhlal|P]]<br>{{Senior beleidsmedewerker|ROLE}} infectieziekten<br>{{Directie Publieke Gezondheid|ORG}}<br>
{{Ministerie van Volksgezondheid, Welzijn en Sport|ORG}}<br>{{Parnassusplein 5|STREET}} | 2511 VX | {{Den Haag|PLACE}}<br>
M [[+31 (0)6 2239 4410|T]] | T {{070 340 79 11|SWITCHBOARD}} (algemeen)</p>
<div class="q">
<div class="hdr"><b>Van:</b> [[Kartoredjo, Sutinah|P]] &lt;[[s.kartoredjo@ggdhn.nl|E]]&gt;<br>
<b>Verzonden:</b> donderdag 14 maart 2024 19:12<br>
<b>Aan:</b> [[Ramdin-Soekhlal, Anjali|P]]; [[Bart-Jan in 't Veld|P]]<br>
<b>CC:</b> [[Haven, Jeroen|P|Haven;Jeroen]] &lt;[[j.haven@vrnhn.nl|E]]&gt;; [[Doelwijt, Ramon|P|Doelwijt;Ramon]] &lt;[[ramon.doelwijt+crisis@gmail.com|E]]&gt;<br>
<b>Onderwerp:</b> FW: FW: Cluster meningokokken W regio Den Helder</div>
<p>Hoi [[Anjali|P]],</p>
<p>Stand van zaken: drie bevestigde patiënten, alle drie leerlingen van het {{Scholengemeenschap Nehalennia|ORG}}. De ouders zijn
vanmiddag gebeld door onze artsen. [[Jeroen Haven|P]] (operationeel leider van de veiligheidsregio) regelt met de
{{Koninklijke Marine|ORG}} de locatie bij de Haven van Den Helder als uitwijk. [[Ramon Doelwijt|P]] helpt vanuit de
{{GHOR|ACRONYM}} (hij zit deze week op zijn privé-adres, vandaar het Gmail-adres). Vaccin is besteld via het {{RIVM-DVP|ACRONYM}}.</p>
<p>Publieksvragen verwijzen wij naar {{0800-1351|SWITCHBOARD}} en {{www.ggdhn.nl|URL}}. Mijn mobiel: [[06-41 77 20 16|T]].</p>
<p class="sig">Groet,<br>[[Sutinah Kartoredjo|P]]<br>{{Arts infectieziektebestrijding|ROLE}}, {{GGD Hollands Noorden|ORG}}</p>
<div class="q">
<div class="hdr"><b>Van:</b> [[Bart-Jan in 't Veld|P]] &lt;[[bartjan.intveld@rivm.nl|E]]&gt;<br>
<b>Verzonden:</b> donderdag 14 maart 2024 17:55<br>
<b>Aan:</b> [[Kartoredjo, Sutinah|P]]<br>
<b>CC:</b> [[Tóth Eszter|P|Tóth Eszter;Eszter]] &lt;[[eszter.toth@rivm.nl|E]]&gt;; {{GGD GHOR Nederland|ORG}} &lt;{{info@ggdghor.nl|MAILBOX}}&gt;<br>
<b>Onderwerp:</b> FW: Cluster meningokokken W regio Den Helder</div>
<p>Beste [[Sutinah|P]],</p>
<p>Onze typering bevestigt serogroep W (cc11). Advies {{LCI|ACRONYM}}: chemoprofylaxe voor nauwe contacten en een
{{MenACWY|PRODUCT}}-vaccinatie voor alle leerlingen. [[Eszter|P]] ([[Tóth|P]] is haar achternaam, in Hongaarse volgorde
staat die voorop) maakt de lijst van het {{Centrum Infectieziektebestrijding|ORG}} op. Bel mij gerust direct:
[[030 274 22 19|T]] of via de centrale {{030 274 91 11|SWITCHBOARD}}.</p>
<p class="sig">[[Bart-Jan in 't Veld|P]]<br>{{Medisch microbioloog|ROLE}}, {{RIVM|ACRONYM}}-{{Centrum Infectieziektebestrijding|ORG}}<br>
{{Antonie van Leeuwenhoeklaan 9|STREET}}, {{Bilthoven|PLACE}}</p>
<div class="q">
<div class="hdr"><b>Van:</b> {{Landelijk Operationeel Coördinatiecentrum|ORG}} &lt;{{locc@politie.nl|MAILBOX}}&gt;<br>
<b>Verzonden:</b> donderdag 14 maart 2024 16:20<br>
<b>Aan:</b> [[Bart-Jan in 't Veld|P]]; [[Haven, Jeroen|P]]<br>
<b>Onderwerp:</b> Cluster meningokokken W regio Den Helder</div>
<p>Geachte heer [[In 't Veld|P]], geachte heer [[Haven|P]],</p>
<p>Ter informatie: de {{Veiligheidsregio Noord-Holland Noord|ORG}} heeft om 15.40 uur {{GRIP 1|TERM}} afgekondigd. Het
{{Regionaal Beleidsteam|ORG}} staat onder leiding van {{burgemeester Schouten|OFFICIAL}}. Contactpersoon in het
{{LOCC|ACRONYM}} vandaag: [[hoofdinspecteur Kiran Jagroep|P|Kiran Jagroep;Jagroep]], [[+31 6 1188 2040|T]].</p>
<p class="foot">Dit bericht kan informatie bevatten die niet voor u is bestemd. Bent u niet de geadresseerde, meld dit dan aan de afzender.</p>
</div></div></div>
"""
    fw.chromium(fw.html_page(ctx.p(body), MAIL_CSS), out)
    fw.finish(out, info={"Title": "Outlook - afdrukken", "Author": ctx.h("[[Ramdin-Soekhlal, A.|P|Ramdin-Soekhlal, A.]]")})


def w02(ctx: Ctx, out: Path, tmp: Path) -> None:
    """Expert team advice with its members (reportlab, footnotes, two pages)."""
    flow = [
        ("small", "{{Expertteam Zoönosen en Pandemische Paraatheid|ORG}} | advies nr. 2024-07 | vertrouwelijk tot publicatie"),
        ("h", "Advies aan de {{minister van Volksgezondheid, Welzijn en Sport|ROLE}} over aviaire influenza H5N1 bij melkvee"),
        ("p", "<b>Datum:</b> 22 april 2024<br/><b>Aan:</b> {{minister Agema|OFFICIAL}}, in afschrift aan {{staatssecretaris Karremans|OFFICIAL}} en de {{minister van Landbouw, Visserij, Voedselzekerheid en Natuur|ROLE}}<br/>"
              "<b>Secretariaat:</b> [[dr. Dewi Kusumawati|P|Dewi Kusumawati;Kusumawati]] ({{RIVM|ACRONYM}}), [[dewi.kusumawati@rivm.nl|E]], [[06 5512 9034|T]]"),
        ("h", "1. Aanleiding"),
        ("p", "Op 12 april 2024 vroeg de minister het expertteam om advies over de kans dat het {{H5N1|TERM}}-virus clade 2.3.4.4b, dat in de "
              "{{Verenigde Staten|PLACE}} bij melkkoeien is aangetroffen, ook in Nederland de melkveehouderij bereikt.<super>1</super> Het team kwam op 18 en "
              "19 april bijeen in het {{Centrum Infectieziektebestrijding|ORG}} te {{Bilthoven|PLACE}}; de vergadering werd voorgezeten door "
              "[[prof. dr. Hendrik-Jan ter Borg|P|Hendrik-Jan ter Borg;ter Borg]]."),
        ("h", "2. Samenstelling van het expertteam"),
        ("table", [
            ["Naam", "Functie / organisatie", "Rol in team"],
            ["[[prof. dr. H.J. ter Borg|P|H.J. ter Borg]]", "{{hoogleraar|ROLE}} veterinaire epidemiologie, {{Universiteit Utrecht|ORG}}", "voorzitter"],
            ["[[dr. Yonas Berhane|P|Yonas Berhane;Berhane]]", "viroloog, {{Wageningen Bioveterinary Research|ORG}} ({{WBVR|ACRONYM}})", "lid"],
            ["[[drs. Agnieszka Dąbrowska|P|Agnieszka Dąbrowska;Dąbrowska]]", "{{arts-microbioloog|ROLE}}, {{Erasmus MC|ORG}}", "lid"],
            ["[[dr. Gerrit Blom|P|Gerrit Blom]]", "dierenarts, {{Gezondheidsdienst voor Dieren|ORG}} ({{GD|ACRONYM}}), {{Deventer|PLACE}}", "lid"],
            ["[[Ir. Lotte Storm|P|Lotte Storm]]", "{{NVWA|ACRONYM}}, {{Bureau Risicobeoordeling en onderzoek|ORG}}", "lid"],
            ["[[dr. Dewi Kusumawati|P]]", "{{RIVM|ACRONYM}}, {{Centrum Infectieziektebestrijding|ORG}}", "secretaris"],
        ], [48, 82, 30]),
        ("h", "3. Beoordeling"),
        ("p", "Het team acht de kans op introductie via import van melkvee klein, maar niet verwaarloosbaar. [[Berhane|P]] wees op de "
              "sequentiedata uit {{Texas|PLACE}} en {{Idaho|PLACE}}; mevrouw [[Storm|P]] lichtte toe dat de {{NVWA|ACRONYM}} sinds 2023 geen "
              "levend melkvee uit de {{VS|PLACE}} heeft toegelaten. De heer [[Blom|P]] merkte op dat de {{GD|ACRONYM}} bij 0,3% van de "
              "tankmelkmonsters een afwijkend patroon ziet dat nader onderzoek vraagt. Het advies van de {{Gezondheidsraad|ORG}} uit 2022 over "
              "pandemische paraatheid blijft uitgangspunt.<super>2</super>"),
        ("p", "De storm aan berichten op sociale media over rauwe melk vraagt volgens het team om heldere publiekscommunicatie "
              "via {{Rijksoverheid.nl|URL}} en het {{Voedingscentrum|ORG}}."),
        ("h", "4. Advies"),
        ("p", "a) Start met onmiddellijke ingang een steekproefsgewijze monitoring van tankmelk via de {{GD|ACRONYM}}, gefinancierd uit het "
              "programma {{Pandemische Paraatheid|PROGRAM}}.<br/>b) Laat {{Wageningen Bioveterinary Research|ORG}} een {{PCR|TERM}}-test valideren voor melk.<br/>"
              "c) Informeer de {{Tweede Kamer|ORG}} vóór het commissiedebat op 16 mei; het lid {{Tielen|OFFICIAL}} ({{VVD|ACRONYM}}) en het lid "
              "{{Paulusma|OFFICIAL}} ({{D66|ACRONYM}}) stelden hierover eerder vragen."),
        ("p", "Mevrouw [[Dąbrowska|P]] kon zich niet vinden in de formulering van advies c) en laat een minderheidsstandpunt aantekenen."),
        ("h", "5. Ondertekening"),
        ("p", "Namens het expertteam,<br/><br/>[[H.J. ter Borg|P]], voorzitter&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;[[D. Kusumawati|P|D. Kusumawati]], secretaris"),
        ("sp", 8),
        ("small", "1 Brief van de minister van VWS aan het expertteam, kenmerk 3812047-1061220-PG, 12 april 2024."),
        ("small", "2 {{Gezondheidsraad|ORG}}, advies {{Pandemische paraatheid|PROGRAM}}, 2022; contactpersoon bij het secretariaat van de raad was [[mw. A.P. Ferreira Lima|P|A.P. Ferreira Lima;Ferreira Lima]]."),
        ("pb",),
        ("h", "Bijlage: bereikbaarheid leden (niet voor publicatie)"),
        ("table", [
            ["Lid", "Mobiel", "E-mail"],
            ["[[ter Borg|P]]", "[[+31 6 2870 1145|T]]", "[[h.j.terborg@uu.nl|E]]"],
            ["[[Berhane|P]]", "[[06-1937 4420|T]]", "[[yonas.berhane@wur.nl|E]]"],
            ["[[Dąbrowska|P]]", "[[+31 (0)6 4410 2871|T]]", "[[a.dabrowska@erasmusmc.nl|E]]"],
            ["[[Blom|P]]", "[[0031 6 5120 7733|T]]", "[[g.blom@gddiergezondheid.nl|E]]"],
            ["[[Storm|P]]", "[[06 2013 8866|T]]", "[[l.storm@nvwa.nl|E]]"],
        ], [40, 50, 70]),
        ("p", "Algemene vragen: {{secretariaat-expertteam@rivm.nl|MAILBOX}} of de centrale van het {{RIVM|ACRONYM}}, {{030 274 91 11|SWITCHBOARD}}."),
    ]
    fw.rl_doc(ctx, flow, out, font="DejaVuSans", header="{{Expertteam Zoönosen en Pandemische Paraatheid|ORG}} - advies 2024-07",
              footer="Advies {{H5N1|TERM}} melkvee")
    fw.finish(out, info={"Author": ctx.h("[[Kusumawati, D.|P|Kusumawati, D.]]"), "Title": "Advies expertteam 2024-07"})


def w03(ctx: Ctx, out: Path, tmp: Path) -> None:
    """Crisis team decision list with action holders by initials (docx -> LibreOffice, landscape)."""
    blocks = [
        ("h1", "Besluiten- en actielijst {{Interdepartementale Commissie Crisisbeheersing|ORG}} ({{ICCb|ACRONYM}})"),
        ("p", "Vergadering 2024-11, woensdag 20 maart 2024, 08.00-09.15 uur, {{Turfmarkt 147|STREET}}, {{Den Haag|PLACE}} (hybride, {{Teams|PRODUCT}})"),
        ("p", "Voorzitter: {{NCTV|ACRONYM}} (plv.). Aanwezig: [[Ramdin-Soekhlal (VWS)|P|Ramdin-Soekhlal]], [[K. Jagroep (Politie)|P|K. Jagroep]], "
              "[[J. Haven (VRNHN)|P|J. Haven]], [[M. El Amrani (JenV)|P|M. El Amrani;El Amrani]], [[W. de Wolf|P|W. de Wolf]] (Defensie), "
              "[[T. Gebremedhin (BZ)|P|T. Gebremedhin;Gebremedhin]]; verslag: [[Nadia Bouazzaoui|P|Nadia Bouazzaoui;Bouazzaoui]] ({{NCC|ACRONYM}}). "
              "Afwezig met bericht: [[A. Owusu-Ansah (IenW)|P|A. Owusu-Ansah;Owusu-Ansah]]."),
        ("table", [
            ["Nr.", "Besluit / actie", "Actiehouder", "Gereed"],
            ["11.1", "De {{ICCb|ACRONYM}} adviseert de {{MCCb|ACRONYM}} om de vaccinatieronde in {{Den Helder|PLACE}} en {{Schagen|PLACE}} landelijk te ondersteunen.", "[[ARS|R]]", "20-03"],
            ["11.2", "Kernboodschap voor {{Rijksoverheid.nl|URL}} en {{NL-Alert|PRODUCT}} opstellen; afstemming met woordvoering {{VWS|ACRONYM}} en {{JenV|ACRONYM}}.", "[[NB|R]] / [[MK|R]]", "20-03 12.00"],
            ["11.3", "Inzet {{Defensie|ORG}} ({{Korps Mariniers|ORG}}, logistiek) aanvragen via het {{Landelijk Operationeel Coördinatiecentrum|ORG}}.", "[[WdW|R]]", "21-03"],
            ["11.4", "Consulaire informatie voor gezinnen met een verblijf in {{Duitsland|PLACE}} en {{België|PLACE}}: {{BZ|ACRONYM}} informeert de ambassades.", "[[TG|R]]", "22-03"],
            ["11.5", "Juridische grondslag {{Wet publieke gezondheid|LAW}} art. 7 toetsen; nota aan {{minister Van Weel|OFFICIAL}}.", "[[MEA|R]]", "21-03"],
            ["11.6", "Scenario’s voor uitbreiding naar {{Texel|PLACE}}: [[KJ|R]] stemt af met [[JH|R]] en de {{Kmar|ACRONYM}}.", "[[KJ|R]]", "22-03"],
        ], [1.2, 15.0, 3.2, 2.6]),
        ("p", "Volgende vergadering: vrijdag 22 maart 2024, 08.00 uur. Stukken via {{iccb-secretariaat@nctv.minjenv.nl|MAILBOX}}."),
        ("p", "Legenda actiehouders: [[ARS|R]] = [[A. Ramdin-Soekhlal|P|A. Ramdin-Soekhlal]]; [[NB|R]] = [[N. Bouazzaoui|P|N. Bouazzaoui]]; [[MK|R]] = [[M. Koning|P|M. Koning]] (communicatie {{VWS|ACRONYM}}); "
              "[[WdW|R]] = [[W. de Wolf|P]]; [[TG|R]] = [[T. Gebremedhin|P]]; [[MEA|R]] = [[M. El Amrani|P]]; [[KJ|R]] = [[K. Jagroep|P]]; [[JH|R]] = [[J. Haven|P]]."),
    ]
    src = tmp / "w03.docx"
    fw.docx_build(ctx, blocks, src, landscape=True, header="{{Nationaal Crisiscentrum|ORG}} | Departementaal vertrouwelijk",
                  footer="{{ICCb|ACRONYM}} 2024-11 besluitenlijst", author="[[Bouazzaoui, Nadia|P|Bouazzaoui, Nadia]]")
    fw.soffice(src, out)
    fw.finish(out, info={"Author": ctx.h("[[Bouazzaoui, Nadia|P]]")})


def w04(ctx: Ctx, out: Path, tmp: Path) -> None:
    """Signal chat export between minister, state secretary, civil servants and communication advisers (fpdf2)."""
    lines = [
        ("b", "Signal - groep 'MenW Den Helder bewindspersonen' - export 14-03-2024 t/m 15-03-2024"),
        ("t", "Leden: {{Ernst Kuipers|OFFICIAL}}, {{Maarten van Ooijen|OFFICIAL}}, [[Anjali|P]] ([[+31 6 2239 4410|T]]), [[Marloes K.|P|Marloes K.]], "
              "[[Pieter-Bas|P|Pieter-Bas]] ([[+31 6 4830 1192|T]]), [[Rachida|P]] ([[+31 6 1774 5503|T]])"),
        ("sp",),
        ("t", "[14-03-24 21:52] {{Ernst Kuipers|OFFICIAL}}: Dank [[Anjali|P]]. Wat zeggen we morgen als gevraagd wordt waarom geen OMT?"),
        ("t", "[14-03-24 21:55] [[Anjali|P]]: Lijn: het {{RIVM|ACRONYM}} adviseert op basis van de {{LCI|ACRONYM}}-richtlijn, een OMT is niet nodig bij een lokaal cluster. [[Bart-Jan|P]] van het RIVM kan dat morgen bevestigen."),
        ("t", "[14-03-24 21:58] {{Maarten van Ooijen|OFFICIAL}}: Eens. Ik heb om 10 uur de {{NOS|ORG}}, dus graag vóór 9 uur de Q&A."),
        ("t", "[14-03-24 22:03] [[Marloes K.|P]]: Q&A staat om 07.30 in de mail. [[PB|R]] doet de check met {{GGD GHOR|ORG}}."),
        ("t", "[14-03-24 22:04] [[Pieter-Bas|P]]: 👍 ik bel [[Sutinah|P]] van de GGD om 7 uur, zij heeft mobiel [[06-41 77 20 16|T]]"),
        ("t", "[14-03-24 22:11] {{Ernst Kuipers|OFFICIAL}}: Prima. En burgemeester {{Schouten|OFFICIAL}} is geïnformeerd?"),
        ("t", "[14-03-24 22:12] [[Rachida|P]]: Ja, via de {{veiligheidsregio|ORG}}. [[Jeroen|P]] ([[Haven|P]]) heeft haar om 20.00 gebeld."),
        ("t", "[15-03-24 06:48] [[Rachida|P]]: Goedemorgen. {{De Telegraaf|ORG}} belt over een besmette leerling die in {{Zwolle|PLACE}} logeerde. Niet bevestigd."),
        ("t", "[15-03-24 06:50] {{Ernst Kuipers|OFFICIAL}}: Niet op ingaan, wel checken bij de {{GGD IJsselland|ORG}}."),
        ("t", "[15-03-24 06:52] [[Anjali|P]]: Check loopt, [[Bouazzaoui|P]] van het NCC vraagt het na. Ik stuur ook [[Jos Zwolle|P|Jos Zwolle]] (onze jurist) mee naar het overleg om 8.30."),
        ("t", "[15-03-24 07:31] [[Marloes K.|P]]: Q&A gemaild. Let op vraag 6: het lid {{Dobbe|OFFICIAL}} ({{SP|ACRONYM}}) heeft vanochtend getwitterd."),
        ("t", "[15-03-24 07:40] {{Maarten van Ooijen|OFFICIAL}}: Helder. [[Pieter-Bas|P]], wil je de tijdlijn nog even naast het {{LOCC|ACRONYM}}-bericht leggen?"),
        ("t", "[15-03-24 07:41] [[Pieter-Bas|P]]: Doe ik. Bel me anders even: [[+31 6 4830 1192|T]]"),
        ("t", "[15-03-24 08:02] [[Rachida|P]]: Persbericht staat klaar op {{Rijksoverheid.nl|URL}}, embargo tot 10.00."),
        ("sp",),
        ("t", "Export gemaakt door: [[Rachida el Khattabi|P|Rachida el Khattabi;el Khattabi]], communicatieadviseur {{Directie Communicatie VWS|ORG}}"),
    ]
    fw.fpdf_doc(ctx, lines, out, size=9)
    fw.finish(out, info={"Title": "Signal export", "Author": ctx.h("[[rkhattabi|U]]")})


def w05(ctx: Ctx, out: Path, tmp: Path) -> None:
    """Press lines / Q&A with internal notes (Chromium)."""
    css = ".box{border:1px solid #555;padding:6px;margin:6px 0;font-size:9.5pt} h1{font-size:14pt} h2{font-size:11pt;margin:10px 0 2px}"
    body = """
<p style="font-size:8pt">{{Directie Communicatie|ORG}} | {{Ministerie van VWS|ORG}} | versie 3 - 15 maart 2024 07.28 uur | opgesteld door [[MK|R]], check [[PB|R]]</p>
<h1>Woordvoeringslijn en Q&amp;A meningokokken W-cluster {{Den Helder|PLACE}}</h1>
<div class="box"><b>Kernboodschap</b><br>In {{Den Helder|PLACE}} zijn drie jongeren ziek geworden door meningokokken type W. De {{GGD Hollands Noorden|ORG}}
biedt alle leerlingen van de school een vaccinatie aan. Het risico voor andere inwoners is klein.</div>
<div class="box"><b>Intern - niet voor publicatie</b><br>Contactpersonen: [[Marloes Koning|P]] ([[06-2810 4471|T]]), [[Pieter-Bas van der Laan-Bouma|P|Pieter-Bas van der Laan-Bouma;van der Laan-Bouma]]
([[pb.vanderlaanbouma@minvws.nl|E]]). Woordvoerder van dienst: zie piketrooster. Afstemming {{RIVM|ACRONYM}}: [[Bart-Jan in 't Veld|P]]; {{GGD|ACRONYM}}: [[dr. S. Kartoredjo|P|S. Kartoredjo]].</div>
<h2>1. Waarom is er geen OMT bijeengeroepen?</h2>
<p>Het {{Outbreak Management Team|ORG}} wordt bijeengeroepen bij een dreiging die het lokale niveau overstijgt. Hier volstaat de
richtlijn van de {{Landelijke Coördinatie Infectieziektebestrijding|ORG}}. <i>(Intern: [[In 't Veld|P]] bevestigt dit desgevraagd.)</i></p>
<h2>2. Hoeveel mensen zijn ziek?</h2>
<p>Drie. Over individuele patiënten doen wij geen uitspraken. <i>(Intern: één leerling ligt in het {{Noordwest Ziekenhuisgroep|ORG}}
te {{Alkmaar|PLACE}}; de vader, de heer [[Shurwin Martina|P|Shurwin Martina;Martina]], heeft {{RTV Noord|ORG}} al te woord gestaan.)</i></p>
<h2>3. Krijgen ook volwassenen een prik?</h2>
<p>Nee. Het advies van het {{RIVM|ACRONYM}} is de leerlingen en hun huisgenoten te vaccineren met {{MenACWY|PRODUCT}}, conform het
{{Rijksvaccinatieprogramma|PROGRAM}}.</p>
<h2>4. Wat doet de minister?</h2>
<p>{{Minister Kuipers|OFFICIAL}} heeft contact met {{burgemeester Schouten|OFFICIAL}} en de {{GGD|ACRONYM}}. {{Staatssecretaris Van Ooijen|OFFICIAL}}
staat de pers te woord over de jeugdgezondheidszorg.</p>
<h2>5. Is er een relatie met de uitbraak in {{Zwolle|PLACE}}?</h2>
<p>Er is geen uitbraak in {{Zwolle|PLACE}}. <i>(Intern: bericht {{De Telegraaf|ORG}} niet bevestigd door {{GGD IJsselland|ORG}}; [[Jos Zwolle|P]]
(juridische zaken) kijkt naar de privacyaspecten.)</i></p>
<h2>6. Reactie op de tweet van het Kamerlid {{Dobbe|OFFICIAL}}</h2>
<p>Wij gaan niet in op individuele berichten. Het kabinet informeert de {{Tweede Kamer|ORG}} vandaag per brief.
De vraag van {{Kamerlid Krul|OFFICIAL}} ({{CDA|ACRONYM}}) over de voorraad vaccins wordt in die brief beantwoord.</p>
<h2>7. Waar kunnen ouders terecht?</h2>
<p>Bij de {{GGD Hollands Noorden|ORG}} via {{0800-1351|SWITCHBOARD}} of {{infectieziekten@ggdhn.nl|MAILBOX}}, en op {{www.rivm.nl/meningokokken|URL}}.</p>
<h2>8. Welke rol speelt Defensie?</h2>
<p>Het {{Korps Mariniers|ORG}} ondersteunt met logistiek; de vaccinatie gebeurt in {{Sporthal De Brakelaar|PLACE}}. <i>(Intern: contact bij
de {{Marinekazerne Erfprins|PLACE}} is [[kapitein-luitenant ter zee Wouter de Wolf|P|Wouter de Wolf]], [[+31 6 5530 7712|T]].)</i></p>
<p style="font-size:8pt">Opgesteld: [[M. Koning|P]] / [[P. van der Laan-Bouma|P|P. van der Laan-Bouma]] - {{Directie Communicatie|ORG}}, {{Parnassusplein 5|STREET}}, {{Den Haag|PLACE}}</p>
"""
    fw.chromium(fw.html_page(ctx.p(body), css), out)
    fw.finish(out, info={"Author": ctx.h("[[Koning, M.|P|Koning, M.]]"), "Title": "Q&A Den Helder v3"})


def w06(ctx: Ctx, out: Path, tmp: Path) -> None:
    """Draft Kamerbrief with Word comment balloons (docx with comments -> LibreOffice, comments as PDF notes)."""
    blocks = [
        ("p", "> Retouradres Postbus 20350 2500 EJ Den Haag"),
        ("p", "De Voorzitter van de {{Tweede Kamer der Staten-Generaal|ORG}}\n{{Prinses Irenestraat 6|STREET}}\n2595 BD {{Den Haag|PLACE}}"),
        ("p", "Datum 15 maart 2024\nBetreft Meningokokken W-cluster in {{Den Helder|PLACE}}"),
        ("p", "CONCEPT v0.4 - niet verspreiden"),
        ("p", "Geachte voorzitter,"),
        ("p", "Met deze brief informeer ik uw Kamer, mede namens de {{staatssecretaris van Volksgezondheid, Welzijn en Sport|ROLE}}, over het "
              "cluster van meningokokkenziekte type W in {{Den Helder|PLACE}} en beantwoord ik de vraag van het lid {{Krul|OFFICIAL}} ({{CDA|ACRONYM}})."),
        ("p", "Op 14 maart 2024 meldde de {{GGD Hollands Noorden|ORG}} drie patiënten. Het {{RIVM|ACRONYM}} heeft binnen enkele uren de typering "
              "bevestigd. De {{Veiligheidsregio Noord-Holland Noord|ORG}} heeft {{GRIP 1|TERM}} afgekondigd."),
        ("p", "Alle 1.140 leerlingen en hun huisgenoten krijgen een vaccinatie met {{MenACWY|PRODUCT}}. De voorraad bij het {{RIVM-DVP|ACRONYM}} is "
              "toereikend; er is geen beroep nodig op de {{Europese Commissie|ORG}} of het {{rescEU|PROGRAM}}-programma."),
        ("p", "Ik dank de professionals van de {{GGD|ACRONYM}}, het {{RIVM|ACRONYM}}, de {{Koninklijke Marine|ORG}} en de gemeente {{Den Helder|PLACE}} voor hun inzet."),
        ("p", "De {{minister van Volksgezondheid, Welzijn en Sport|ROLE}},"),
        ("p", "{{Ernst Kuipers|OFFICIAL}}"),
    ]
    comments = [
        (5, "[[Zwolle, Jos|P|Zwolle, Jos]]", "JZ", "Naam patiënten nergens noemen; ook niet de school? Afstemmen met [[Kartoredjo|P]] (GGD)."),
        (7, "[[Ramdin-Soekhlal, Anjali|P]]", "AR", "Aantal 1.140 checken bij [[Sutinah|P]], zij noemde gisteren 1.180."),
        (8, "[[Koning, Marloes|P]]", "MK", "Dank ook aan de veiligheidsregio ([[Jeroen Haven|P]]) noemen? Graag reactie vóór 11 uur, bel [[06-2810 4471|T]]."),
    ]
    src = tmp / "w06.docx"
    fw.docx_build(ctx, blocks, src, font="DejaVu Serif", size=10, comments=comments,
                  header="{{Ministerie van Volksgezondheid, Welzijn en Sport|ORG}}",
                  author="[[Zwolle, Jos|P]]")
    fw.soffice(src, out, notes=True)
    fw.finish(out, info={"Author": ctx.h("[[Zwolle, Jos|P]]")})


def w07(ctx: Ctx, out: Path, tmp: Path) -> None:
    """Defence: operational situation report with ranks, personnel numbers, call signs and units (reportlab)."""
    flow = [
        ("small", "{{DEPARTEMENTAAL VERTROUWELIJK|TERM}} | {{Commando Landstrijdkrachten|ORG}} | {{Defensie Operatiecentrum|ORG}} ({{DOC|ACRONYM}})"),
        ("h", "SITREP 07 - militaire bijstand {{Veiligheidsregio Noord-Holland Noord|ORG}} (operatie {{NOORDERLICHT|PROGRAM}})"),
        ("p", "<b>DTG:</b> 161800A MRT 24<br/><b>Van:</b> {{Commandant Taakgroep|ROLE}}, [[kolonel L.F. Winter|P|L.F. Winter]] (pers.nr. [[612034577|N]])<br/>"
              "<b>Aan:</b> {{Defensie Operatiecentrum|ORG}}, {{J3|ACRONYM}}; info {{Landelijk Operationeel Coördinatiecentrum|ORG}}<br/>"
              "<b>Opsteller:</b> [[majoor Sevda Yıldırım-Kok|P|Sevda Yıldırım-Kok;Yıldırım-Kok]], [[S.Yildirim.01@mindef.nl|E]], [[06-5300 2217|T]]"),
        ("h", "1. Situatie"),
        ("p", "De vaccinatielocatie {{Sporthal De Brakelaar|PLACE}} draait sinds 15 maart 10.00 uur. Eenheden ter plaatse: {{13 Lichte Brigade|ORG}} "
              "(geneeskundige ondersteuning), {{Korps Mariniers|ORG}} / {{32 Raiding Squadron|ORG}} (logistiek), {{Koninklijke Marechaussee|ORG}} "
              "brigade {{Den Helder|PLACE}} (beveiliging). Radio: roepnaam {{BRAVO 2-1|TERM}} (locatie), {{KILO 9|TERM}} (Kmar), {{HOTEL 0|TERM}} (commandopost)."),
        ("h", "2. Personeel"),
        ("table", [
            ["Rang", "Naam", "Pers.nr.", "Functie", "Roepnaam"],
            ["{{kolonel|ROLE}}", "[[WINTER, L.F.|P|WINTER, L.F.]]", "[[612034577|N]]", "C-Taakgroep", "{{HOTEL 0|TERM}}"],
            ["{{luitenant-kolonel|ROLE}}", "[[DE WOLF, W.|P|DE WOLF, W.]]", "[[590117263|N]]", "liaison {{CZSK|ACRONYM}}", "{{HOTEL 0-1|TERM}}"],
            ["{{majoor|ROLE}}", "[[YILDIRIM-KOK, S.|P|YILDIRIM-KOK, S.]]", "[[634410982|N]]", "S3 / opsteller", "{{HOTEL 0-3|TERM}}"],
            ["{{kapitein|ROLE}}", "[[PINAS, M.R.|P|PINAS, M.R.;Pinas]]", "[[655902114|N]]", "C-geneeskundige compagnie", "{{BRAVO 2|TERM}}"],
            ["{{sergeant-majoor|ROLE}}", "[[KOVALENKO, O.|P|KOVALENKO, O.;Kovalenko]]", "[[671228430|N]]", "logistiek", "{{BRAVO 2-1|TERM}}"],
            ["{{wachtmeester|ROLE}}", "[[SINT JAGO, G.|P|SINT JAGO, G.]]", "[[683310057|N]]", "{{Kmar|ACRONYM}} beveiliging", "{{KILO 9|TERM}}"],
        ], [28, 42, 24, 44, 24]),
        ("h", "3. Bijzonderheden"),
        ("p", "a) Om 14.20 uur meldde [[kapitein Pinas|P|kapitein Pinas]] een flauwgevallen leerling; overgedragen aan de {{Ambulancezorg Noord-Holland Noord|ORG}}."),
        ("p", "b) [[Sergeant-majoor Kovalenko|P|Sergeant-majoor Kovalenko]] (geboren in {{Charkiv|PLACE}}) trad op als tolk voor twee Oekraïense gezinnen."),
        ("p", "c) Bezoek van de {{staatssecretaris van Defensie|ROLE}}, {{Christophe van der Maat|OFFICIAL}}, en de {{Commandant der Strijdkrachten|ROLE}} op 16 maart 11.00 uur. "
              "Begeleiding: [[luitenant-generaal b.d. Ingrid Haven|P|Ingrid Haven]] is als adviseur van de {{CDS|ACRONYM}} aanwezig."),
        ("p", "d) De {{luitenant-generaal|ROLE}} die het {{CLAS|ACRONYM}} leidt, is geïnformeerd via de {{Staf CLAS|ORG}} in {{Utrecht|PLACE}}."),
        ("h", "4. Verwachting"),
        ("p", "Afbouw op 19 maart; overdracht aan {{GGD Hollands Noorden|ORG}}. Volgende SITREP 171800A MRT 24. Vragen: {{DOC-J3@mindef.nl|MAILBOX}}."),
        ("p", "[[L.F. Winter|P]], {{kolonel|ROLE}}"),
    ]
    fw.rl_doc(ctx, flow, out, font="DejaVuSans", size=8.8, header="DEPARTEMENTAAL VERTROUWELIJK",
              footer="SITREP 07 {{NOORDERLICHT|PROGRAM}}")
    fw.finish(out, info={"Author": ctx.h("[[YILDIRIM-KOK, S.|P]]")})


def w08(ctx: Ctx, out: Path, tmp: Path) -> None:
    """Police: BVH-style incident report print with ranks and personnel codes (reportlab, monospaced)."""
    flow = [
        ("p", "<b>{{POLITIE|ORG}} - {{Eenheid Noord-Holland|ORG}} - {{Basisteam Kop van Noord-Holland|ORG}}</b>"),
        ("p", "MUTATIE - Registratienummer PL1200-2024071235 - Incident: overlast / bedreiging - Status: afgesloten"),
        ("table", [
            ["Veld", "Inhoud"],
            ["Pleegdatum", "15-03-2024 tussen 10:40 en 11:05"],
            ["Pleegplaats", "{{Sporthal De Brakelaar|PLACE}}, {{Sportlaan|STREET}}, {{Den Helder|PLACE}}"],
            ["Verbalisant", "[[hoofdagent M.A. Bakker|P|M.A. Bakker]], {{hoofdagent|ROLE}}, [[AB7741|N]]"],
            ["Tweede verbalisant", "[[brigadier R. Wongsodikromo|P|R. Wongsodikromo;Wongsodikromo]], {{brigadier|ROLE}}, [[WR2093|N]]"],
            ["Betrokkene 1 (verdachte)", "[[Paweł Zieliński|P|Paweł Zieliński;Zieliński]], geb. [[03-11-1988|D]], [[Zuidstraat 41 A, 1781 CJ Den Helder|A]], tel. [[+48 601 223 918|T]]"],
            ["Betrokkene 2 (aangever)", "[[Clyde van Putten|P|Clyde van Putten;Van Putten]], geb. [[27-06-1979|D]], beveiliger, [[06 1822 0943|T]]"],
            ["Getuige", "[[Iryna Shevchuk|P|Iryna Shevchuk;Shevchuk]], vrijwilliger Rode Kruis, [[+31 6 1402 5581|T]]"],
            ["Goedgekeurd", "[[inspecteur H. de Groot|P|H. de Groot]], {{teamchef|ROLE}}, [[GH0412|N]]"],
        ], [40, 125]),
        ("h", "Verbaliserende tekst"),
        ("p", "Op vrijdag 15 maart 2024 omstreeks 10:45 uur kregen wij, verbalisanten [[Bakker|P]] en [[Wongsodikromo|P]], via de {{meldkamer|ORG}} "
              "{{Noord-Holland|PLACE}} de melding dat een man bij de ingang van de vaccinatielocatie beveiligers bedreigde. Ter plaatse zagen wij de "
              "ons ambtshalve bekende [[Zieliński|P]] die riep dat de overheid 'kinderen vergiftigt'. Beveiliger [[Van Putten|P]] verklaarde dat "
              "[[Zieliński|P]] hem had geduwd. Getuige [[Shevchuk|P]] bevestigde dit."),
        ("p", "Wij hebben [[Zieliński|P]] een bevel op grond van de {{APV Den Helder|LAW}} gegeven de locatie te verlaten, waaraan hij voldeed. "
              "Afstemming met de {{Koninklijke Marechaussee|ORG}} (roepnaam {{KILO 9|TERM}}) en de {{commissaris van politie|ROLE}} van dienst "
              "([[commissaris van politie drs. E.J. Visser|P|E.J. Visser]]). De {{officier van justitie|ROLE}} van het {{Arrondissementsparket Noord-Holland|ORG}} is niet ingeschakeld."),
        ("p", "Verbalisant [[Bakker|P]] was op 15 maart ingedeeld bij het bureau {{Den Helder|PLACE}}, {{Bernhardplein 3|STREET}}; het proces-verbaal van aangifte van [[Van Putten|P]] is opgenomen onder hetzelfde registratienummer."),
        ("p", "Algemeen nummer politie: {{0900-8844|SWITCHBOARD}}. Spoed: {{112|SWITCHBOARD}}. Dit proces-verbaal werd opgemaakt in {{BVH|PRODUCT}} door [[M.A. Bakker|P]]."),
    ]
    fw.rl_doc(ctx, flow, out, font="DejaVuSansMono", size=8.5, header="{{POLITIE|ORG}} - BVH - afdruk 16-03-2024 09:14 door [[AB7741|N]]")
    fw.finish(out, info={"Title": "BVH mutatie PL1200-2024071235"})


DOCS = [
    ("w01_mailketen_vws_rivm_ggd_vr", w01),
    ("w02_advies_expertteam_h5n1", w02),
    ("w03_besluitenlijst_iccb", w03),
    ("w04_signal_bewindspersonen", w04),
    ("w05_qa_woordvoering", w05),
    ("w06_concept_kamerbrief_opmerkingen", w06),
    ("w07_sitrep_defensie", w07),
    ("w08_bvh_mutatie_politie", w08),
]
