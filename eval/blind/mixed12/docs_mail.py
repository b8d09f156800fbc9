"""E-mail and chat: Outlook (NL/EN), Gmail, OWA, Lotus Notes, auto-replies, Teams, Slack, WhatsApp, transcripts."""

DOCS = []

CSS = """<style>@page{size:A4;margin:15mm 15mm}body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:9pt}
.h{border-bottom:2px solid #000;font-size:12pt;font-weight:bold;padding-bottom:3px;margin-bottom:6px}
table.hd td{padding:0 8px 0 0;vertical-align:top}table.hd td:first-child{font-weight:bold;white-space:nowrap}
blockquote{border-left:2px solid #888;margin:4px 0 4px 6px;padding-left:6px;color:#333}
pre{font-family:'DejaVu Sans Mono',monospace;font-size:8pt;white-space:pre-wrap}
.sig{color:#444;font-size:8pt}.disc{color:#777;font-size:7pt}</style>"""


def hd(rows):
    return "<table class='hd'>" + "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in rows) + "</table>"


# ---------------------------------------------------------------- v09 Outlook NL long reply chain
DOCS.append(dict(name="v09_outlook_nl_antwoordketen", producer="html", html=CSS + """<body>
<div class="h">[[Visser, Lotte|P]]</div>
""" + hd([("Van:", "[[Winter, Femke|P]] &lt;[[femke.winter@minbzk.nl|E]]&gt;"),
          ("Verzonden:", "dinsdag 3 oktober 2023 16:47"),
          ("Aan:", "[[Visser, Lotte|P]] &lt;[[lotte.visser@minbzk.nl|E]]&gt;; [[Koning, Ruud|P]] &lt;[[ruud.koning@minbzk.nl|E]]&gt;"),
          ("CC:", "{{Secretariaat DGDOO|MAILBOX}} &lt;{{secretariaat.dgdoo@minbzk.nl|MAILBOX}}&gt;"),
          ("Onderwerp:", "RE: voorbereiding bewindspersonenoverleg {{Digitale Overheid|PROGRAM}} - spreekpunten {{minister De Jonge|OFFICIAL}}")]) + """
<p>Hoi [[Lotte|P]],</p>
<p>Dank. Ik heb de spreekpunten aangepast. [[Ruud|P]] kijkt morgen nog naar de passage over de {{Wet modernisering elektronisch bestuurlijk verkeer|LAW}}.
{{Staatssecretaris Van Huffelen|OFFICIAL}} wil het onderwerp {{DigiD|PRODUCT}}-machtigen graag zelf inbrengen.</p>
<p>Groet,<br>[[Femke|P]]</p>
<p class="sig">[[Femke Winter|P]] | senior beleidsmedewerker | {{Directie Digitale Overheid|ORG}}<br>
{{Ministerie van Binnenlandse Zaken en Koninkrijksrelaties|ORG}} | {{Turfmarkt 147|STREET}} | {{Den Haag|PLACE}}<br>
M [[06-53917720|T]] | aanwezig ma, di, do</p>
<p>Op di 3 okt. 2023 om 14:02 schreef [[Lotte Visser|P]] &lt;[[lotte.visser@minbzk.nl|E]]&gt;:</p>
<blockquote>
<p>&gt; Hoi [[Femke|P]], [[Ruud|P]],<br>
&gt; Hierbij de concept-spreekpunten. Ik heb de cijfers van {{Logius|ORG}} verwerkt (bron: [[Dewi Sastrowardoyo|P]],
productmanager {{MijnOverheid|PRODUCT}}). Zij belt nog met [[Budi Santoso|P]] van {{ICTU|ACRONYM}} over de planning.<br>
&gt; {{DG Digitalisering en Overheidsorganisatie|ROLE}} wil vrijdag een versie.<br>
&gt; [[Lotte|P]]</p>
<p>Op ma 2 okt. 2023 om 09:15 schreef [[Koning, Ruud|P]] &lt;[[ruud.koning@minbzk.nl|E]]&gt;:</p>
<blockquote>
<p>&gt;&gt; Collega's,<br>
&gt;&gt; Het overleg met {{VNG|ACRONYM}}, {{IPO|ACRONYM}} en {{UvW|ACRONYM}} is verplaatst naar 12 oktober. {{Minister De Jonge|OFFICIAL}}
zit voor; vanuit {{Financiën|ORG}} komt {{staatssecretaris Van Rij|OFFICIAL}}.<br>
&gt;&gt; [[Sastrowardoyo|P]] en [[Santoso|P]] sluiten aan voor agendapunt 3.<br>
&gt;&gt; Wil iemand de {{Teams|PRODUCT}}-link delen met [[s.wulandari@logius.nl|E]]?<br>
&gt;&gt; Groet, [[Ruud Koning|P]]<br>
&gt;&gt; [[070 426 8812|T]] (direct) | {{070 426 6426|SWITCHBOARD}} (algemeen)</p>
<p>&gt;&gt; Op vr 29 sep. 2023 om 17:30 schreef [[Sri Wulandari|P]] &lt;[[s.wulandari@logius.nl|E]]&gt;:</p>
<blockquote>&gt;&gt;&gt; Beste [[Ruud|P]], graag ontvang ik de uitnodiging; ik vervang [[Sastrowardoyo|P]] als zij
verhinderd is. Vragen over {{eHerkenning|PRODUCT}} kunnen naar {{servicedesk@logius.nl|MAILBOX}}.<br>
&gt;&gt;&gt; Met vriendelijke groet, [[Sri Wulandari|P]], {{Logius|ORG}}, [[06 4039 1187|T]]</blockquote>
</blockquote></blockquote>
<p class="disc">Dit bericht kan informatie bevatten die niet voor u is bestemd. Indien u niet de geadresseerde bent of
dit bericht abusievelijk aan u is toegezonden, wordt u verzocht dat aan de afzender te melden en het bericht te verwijderen.
De {{Staat|ORG}} aanvaardt geen aansprakelijkheid voor schade, van welke aard ook, die verband houdt met risico's
verbonden aan het elektronisch verzenden van berichten.</p>
</body>"""))

# ---------------------------------------------------------------- v10 Outlook EN with Original Message, pronouns, LinkedIn, Teams
DOCS.append(dict(name="v10_outlook_en_original_message", producer="html", html=CSS + """<body>
<div class="h">[[Asante, Kwame|P]]</div>
""" + hd([("From:", "[[Mariana Costa Ferreira|P]] &lt;<a href='mailto:[[m.costaferreira@minbuza.nl|E]]'>[[m.costaferreira@minbuza.nl|E]]</a>&gt;"),
          ("Sent:", "Thursday, 14 March 2024 09:12"),
          ("To:", "[[Asante, Kwame|P]] &lt;<a href='mailto:[[kwame.asante@minbuza.nl|E]]'>[[kwame.asante@minbuza.nl|E]]</a>&gt;"),
          ("Cc:", "[[Søren Bækgaard|P]] &lt;[[sbae@um.dk|E]]&gt;; {{DIO-secretariaat|MAILBOX}}"),
          ("Subject:", "RE: {{OECD|ACRONYM}} {{DAC|ACRONYM}} peer review - draft agenda")]) + """
<p>Hi [[Kwame|P]],</p>
<p>Thanks for the quick turnaround. FYI: {{Minister Bruins Slot|OFFICIAL}} will open the session; {{Minister for Foreign Trade and
Development Cooperation|ROLE}} {{Schreinemacher|OFFICIAL}} joins by video. The {{OECD Secretariat|ORG}} asked for a
{{SPOC|ACRONYM}} - I suggested [[João Pedro da Silva Santos|P]] from our team ([[da Silva Santos|P]] handles the logistics).
Please keep {{MFA|ACRONYM}} security in the loop re. the {{VPN|ACRONYM}} accounts for the reviewers.</p>
<p>Best,<br>[[Mariana|P]]</p>
<p class="sig">[[Mariana Costa Ferreira|P]] (she/her)<br>Policy Officer | {{Directie Internationaal Onderzoek en Beleidsevaluatie|ORG}} ({{IOB|ACRONYM}})<br>
{{Ministry of Foreign Affairs|ORG}} | {{Rijnstraat 8|STREET}} | 2515 XP {{The Hague|PLACE}}<br>
M: [[+31 (0)6 41 88 20 93|T]] | Teams: [[@MCostaFerreira|U]]<br>
LinkedIn: <a href="https://www.linkedin.com/in/[[mariana-costa-ferreira-7b2a91|U]]">linkedin.com/in/[[mariana-costa-ferreira-7b2a91|U]]</a></p>
<p>-----Original Message-----<br>
<b>From:</b> [[Asante, Kwame|P]] &lt;[[kwame.asante@minbuza.nl|E]]&gt;<br><b>Sent:</b> Wednesday, 13 March 2024 18:40<br>
<b>To:</b> [[Costa Ferreira, Mariana|P]] &lt;[[m.costaferreira@minbuza.nl|E]]&gt;<br>
<b>Subject:</b> {{OECD|ACRONYM}} {{DAC|ACRONYM}} peer review - draft agenda</p>
<p>[[Mariana|P]] - attached the draft agenda. [[Søren|P]] from the {{Danish MFA|ORG}} co-leads the review with
[[Akosua Mensah|P]] ({{Ghana|PLACE}}, observer). I will be on leave 18-22 March; [[Nour Al-Hariri|P]] covers for me
([[n.alhariri@minbuza.nl|E]], [[06 2810 5543|T]]).<br>Cheers, [[KA|R]]</p>
<p class="sig">[[Kwame Asante|P]] (he/him) | Senior Evaluator {{IOB|ACRONYM}} | <a href="https://www.linkedin.com/in/[[kwameasante-iob|U]]">LinkedIn</a> | Skype: [[live:kwame.asante.iob|U]]</p>
<p>-----Original Message-----<br><b>From:</b> [[Søren Bækgaard|P]] &lt;[[sbae@um.dk|E]]&gt;<br><b>Sent:</b> Tuesday, 12 March 2024 11:03<br>
<b>Subject:</b> peer review logistics</p>
<p>Dear [[Kwame|P]], could your team book the {{Nieuwspoort|ORG}} room? Our delegation ({{DANIDA|ACRONYM}}) arrives on 10 April.
Kind regards, [[Søren|P]] / [[+45 33 92 14 77|T]]</p>
</body>"""))

# ---------------------------------------------------------------- v11 Gmail print, citizen Woo request, forwarded
DOCS.append(dict(name="v11_gmail_woo_verzoek", producer="html", html=CSS.replace("DejaVu Sans',Arial", "Arial','Liberation Sans") + """<body>
<div style="font-size:8pt;color:#555">16-05-2024 10:21 &nbsp;&nbsp; Gmail - Woo-verzoek parkeervergunningen {{Amsterdam-Zuid|PLACE}}</div>
<div style="font-size:11pt;margin:6px 0"><b>Gmail</b> &nbsp; [[Faadumo Hassan Ali|P]] &lt;[[faadumo.hassanali@gmail.com|E]]&gt;</div><hr>
<p style="font-size:12pt"><b>Woo-verzoek parkeervergunningen {{Amsterdam-Zuid|PLACE}}</b><br><span style="font-size:8pt">2 berichten</span></p><hr>
<p><b>[[Faadumo Hassan Ali|P]]</b> &lt;[[faadumo.hassanali@gmail.com|E]]&gt; <span style="float:right">2 mei 2024 om 21:04</span><br>
Aan: {{woo@amsterdam.nl|MAILBOX}}</p>
<p>Geachte heer, mevrouw,</p>
<p>Op grond van de {{Wet open overheid|LAW}} verzoek ik om alle documenten over de toekenning van parkeervergunningen
aan bewoners van de {{Johannes Vermeerstraat|STREET}} en de {{Van Baerlestraat|STREET}} in 2023, inclusief de
correspondentie met {{stadsdeelvoorzitter|ROLE}} en met het {{Rijksmuseum|ORG}} en het {{Van Gogh Museum|ORG}}.</p>
<p>Ik woon zelf op [[Jan Luijkenstraat 88-3|A]], [[1071 CT|A]] Amsterdam, en ben bereikbaar op [[06 1937 5520|T]].
Mijn buurman [[Abdirahman Farah Jama|P]] heeft in maart een vergelijkbaar verzoek gedaan (uw kenmerk {{WOO-2024-0311|REF}}).</p>
<p>Met vriendelijke groet,<br>[[F. Hassan Ali|P]]</p><hr>
<p><b>Woo Team {{Gemeente Amsterdam|ORG}}</b> &lt;{{woo@amsterdam.nl|MAILBOX}}&gt; <span style="float:right">16 mei 2024 om 10:02</span><br>
Aan: [[faadumo.hassanali@gmail.com|E]]<br>Cc: [[Tóth Eszter|P]] &lt;[[e.toth@amsterdam.nl|E]]&gt;</p>
<p>Geachte mevrouw [[Hassan Ali|P]],</p>
<p>Wij hebben uw verzoek ontvangen en geregistreerd onder nummer {{WOO-2024-0582|REF}}. Uw verzoek wordt behandeld door
mevrouw [[E. Tóth|P]], juridisch adviseur. De beslistermijn is vier weken. {{Burgemeester Halsema|OFFICIAL}} is als
portefeuillehouder geïnformeerd, omdat uw verzoek ook de {{Johan Cruijff ArenA|ORG}} noemt.</p>
<p>Met vriendelijke groet,<br>[[Tóth Eszter|P]]<br>Team Woo, {{Directie Juridische Zaken|ORG}}<br>
{{Amstel 1|STREET}}, {{Amsterdam|PLACE}} | {{14 020|SWITCHBOARD}}</p>
<p style="font-size:7.5pt;color:#555">---------- Forwarded message ---------<br>Van: [[Abdirahman Farah Jama|P]] &lt;[[a.farahjama@hotmail.nl|E]]&gt;<br>
Date: do 14 mrt 2024 om 08:55<br>Subject: verzoek<br>To: [[Faadumo Hassan Ali|P]]<br>
[[Faadumo|P]], dit is wat ik toen stuurde. Groet, [[Abdirahman|P]] ([[Vermeerstraat 12-hs|A]])</p>
</body>"""))

# ---------------------------------------------------------------- v12 OWA distribution list 20 recipients
_DL = ["[[Zijlstra, Rinse (DGVB/DIR)|P|Zijlstra, Rinse]]", "[[Bakker, Hanna (DGVB/WM)|P|Bakker, Hanna]]",
       "[[Ahmadzai, Farid (DGVB/WM)|P|Ahmadzai, Farid]]", "[[Popalzai, Zarghuna (DGVB/BK)|P|Popalzai, Zarghuna]]",
       "[[Karimi, Mahmood (DGVB/BK)|P|Karimi, Mahmood]]", "[[Croes, Giselle (DGVB/DIR)|P|Croes, Giselle]]",
       "[[Arends, Raymundo (DGRR/RO)|P|Arends, Raymundo]]", "[[Rosaria, Jeanine (DGRR/RO)|P|Rosaria, Jeanine]]",
       "[[Maduro, Kenneth (DGRR/BO)|P|Maduro, Kenneth]]", "[[Tromp, Sharline (FEZ)|P|Tromp, Sharline]]",
       "[[Verbeke, Chloë (DCOM)|P|Verbeke, Chloë]]", "[[Ruiterkamp, Zoë (DCOM)|P|Ruiterkamp, Zoë]]",
       "[[Dvořák, Jiří (DWJZ)|P|Dvořák, Jiří]]", "[[Aydın, Gülşen (DWJZ)|P|Aydın, Gülşen]]",
       "[[Öztürk, Çağla (DGVB/WM)|P|Öztürk, Çağla]]", "[[van der Kamp, Els (DGVB/BK)|P|van der Kamp, Els]]",
       "[[van den Broek, Anne-Fleur (DGVB/WM)|P|van den Broek, Anne-Fleur]]", "[[Blom, Niels (BSG)|P|Blom, Niels]]",
       "[[Dam, Joyce (BSG)|P|Dam, Joyce]]", "[[De Groot, Marieke (DGVB/DIR)|P|De Groot, Marieke]]"]
DOCS.append(dict(name="v12_owa_verdeellijst", producer="html", html=CSS + """<body>
<div style="background:#0f6cbd;color:#fff;padding:4px 8px;font-size:10pt">Outlook &nbsp;|&nbsp; {{Ministerie van Volkshuisvesting en Ruimtelijke Ordening|ORG}}</div>
<h2 style="font-size:13pt">MT-besluitenlijst 7 november 2024 en actiepunten {{Woningbouwimpuls|PROGRAM}}</h2>
<p><b>[[Croes, Giselle (DGVB/DIR)|P|Croes, Giselle]]</b><br>do 7-11-2024 17:58</p>
<p><b>Aan:</b> """ + "; ".join(_DL) + """</p>
<p><b>CC:</b> {{DL VRO MT DGVB|MAILBOX}}; {{postbus.bestuursondersteuning@minvro.nl|MAILBOX}}</p>
<p>Allen,</p>
<p>Hierbij de besluitenlijst van het MT. Belangrijkste punten:</p>
<ol><li>De {{Woningbouwimpuls|PROGRAM}} zesde tranche gaat open op 1 februari; [[Ahmadzai|P]] en [[Popalzai|P]] stemmen de
regeling af met {{RVO|ACRONYM}} en het {{Kadaster|ORG}}.</li>
<li>{{Minister Keijzer|OFFICIAL}} bezoekt op 20 november {{Almere|PLACE}} met {{burgemeester Hans Verheijen|OFFICIAL}};
[[Verbeke|P]] (DCOM) regelt pers, [[Ruiterkamp|P]] de fotograaf.</li>
<li>{{Kamerlid De Groot|OFFICIAL}} ({{D66|ORG}}) vroeg om een technische briefing over flexwonen; [[Marieke de Groot|P]] (geen
familie, grapte zij) organiseert die met [[Öztürk|P]].</li>
<li>De {{Raad van State|ORG}} heeft advies uitgebracht over de {{Wet versterking regie volkshuisvesting|LAW}}; [[Dvořák|P]] en
[[Aydın|P]] maken het nader rapport.</li>
<li>Caribisch Nederland: [[Arends|P]], [[Rosaria|P]] en [[Maduro|P]] reizen 2-9 december naar {{Bonaire|PLACE}}; overleg met
{{gezaghebber Rijna|OFFICIAL}} en {{Openbaar Lichaam Bonaire|ORG}}.</li></ol>
<p>Vragen? Bel mij op [[06 2281 4096|T]] of mail naar [[giselle.croes@minvro.nl|E]].</p>
<p>Groet,<br>[[Giselle|P]]<br>[[Giselle Croes|P]] | managementondersteuner DGVB | {{Turfmarkt 147|STREET}}</p>
<p class="disc">U ontvangt dit bericht omdat u lid bent van de verdeellijst {{DL VRO MT DGVB|MAILBOX}}. Afmelden via
{{servicedesk@minvro.nl|MAILBOX}} of {{SSC-ICT|ACRONYM}} selfservice.</p></body>"""))

# ---------------------------------------------------------------- v13 Lotus Notes style (fpdf, mono)
DOCS.append(dict(name="v13_lotus_notes_rws", producer="fpdf", mono=True, size=8.5,
                 author="[[Pietersen, Jan|P]]", lines=[
    "**{{Rijkswaterstaat|ORG}} Notes Mail - afdrukken",
    "--",
    "[[Jan Pietersen/DGW/VENW@VENW|P|Jan Pietersen]]",
    "12-04-2010 14:22",
    "",
    "        To:      [[Marco Kok/RWS-ZH/VENW@VENW|P|Marco Kok]], [[Wilma ten Hove/RWS-ZH/VENW@VENW|P|Wilma ten Hove]]",
    "        cc:      [[Henk Blom/DGW/VENW@VENW|P|Henk Blom]], {{Helpdesk Waterdata/RWS/VENW@VENW|MAILBOX}}",
    "        bcc:",
    "        Subject: Re: peilbeheer {{Hollandsche IJssel|PLACE}} - stand van zaken {{Deltaprogramma|PROGRAM}}",
    "",
    "[[Marco|P]],",
    "",
    "De {{Deltacommissaris|ROLE}} heeft gevraagd om een notitie voor {{minister Eurlings|OFFICIAL}}. {{Staatssecretaris Huizinga|OFFICIAL}}",
    "is al geinformeerd via haar {{politiek assistent|ROLE}}. Kun jij met [[Wilma|P]] de meetreeksen van {{Waterdienst|ORG}} aanleveren?",
    "[[Blom|P]] zorgt voor de kaarten uit {{GIS|ACRONYM}}.",
    "",
    "Met vriendelijke groet,",
    "[[Jan Pietersen|P]]",
    "{{DG Water|ORG}}, {{Koningskade 4|STREET}}, {{Den Haag|PLACE}} - tel. [[070 351 8204|T]]",
    "",
    "--------------------------------------------------------------------------",
    "[[Marco Kok/RWS-ZH/VENW@VENW|P|Marco Kok]]",
    "09-04-2010 09:03",
    "        To:      [[Jan Pietersen/DGW/VENW@VENW|P|Jan Pietersen]]",
    "        cc:      [[Wilma ten Hove/RWS-ZH/VENW@VENW|P|Wilma ten Hove]]",
    "        Subject: peilbeheer {{Hollandsche IJssel|PLACE}}",
    "",
    "[[Jan|P]], de {{stormvloedkering|TERM}} bij {{Krimpen aan den IJssel|PLACE}} is afgelopen week twee keer gesloten.",
    "Volgens [[Ten Hove|P]] zijn de sensoren van leverancier {{Eijkelkamp|ORG}} niet betrouwbaar. Het",
    "{{Hoogheemraadschap van Schieland en de Krimpenerwaard|ORG}} wil overleg; contactpersoon is",
    "[[Hidde Bakker|P]] ([[06-22871904|T]]).",
    "{{Dijkgraaf|ROLE}} en {{burgemeester van Krimpen|ROLE}} zijn nog niet benaderd.",
    "",
    "Groet, [[Marco Kok|P]] - {{RWS Zuid-Holland|ORG}}, {{Boompjes 200|STREET}}, {{Rotterdam|PLACE}}",
    "mob. [[06 5512 0087|T]] / [[m.kok@rws.nl|E]]",
    "",
    "--------------------------------------------------------------------------",
    "Dit bericht is verzonden via het {{Lotus Notes|PRODUCT}}-systeem van het {{Ministerie van Verkeer en Waterstaat|ORG}}.",
]))

# ---------------------------------------------------------------- v14 auto-replies + mailing list footer
DOCS.append(dict(name="v14_automatische_antwoorden", producer="html", html=CSS + """<body>
<div class="h">Automatisch antwoord: Uitnodiging {{Landelijk Overleg Woo-contactpersonen|ORG}} 23 mei</div>
""" + hd([("Van:", "[[Hakimi, Nasrin|P]] &lt;[[nasrin.hakimi@minjenv.nl|E]]&gt;"), ("Verzonden:", "maandag 13 mei 2024 08:01"),
          ("Aan:", "{{Woo-netwerk Rijk|MAILBOX}} &lt;{{woo-netwerk@lists.rijksoverheid.nl|MAILBOX}}&gt;"),
          ("Onderwerp:", "Automatisch antwoord: Uitnodiging Landelijk Overleg Woo-contactpersonen 23 mei")]) + """
<p>Ik ben tot en met 27 mei afwezig en lees mijn mail niet. Voor dringende Woo-verzoeken kunt u contact opnemen met mijn collega
[[Wahid Rahimi|P]] via [[wahid.rahimi@minjenv.nl|E]] of [[06 4571 2290|T]]. Voor algemene vragen: {{woo@minjenv.nl|MAILBOX}}.</p>
<p>I am out of office until 27 May. For urgent matters please contact [[Wahid Rahimi|P]] ([[+31 6 4571 2290|T]]).</p><hr>
<div class="h">Automatic reply: Uitnodiging {{Landelijk Overleg Woo-contactpersonen|ORG}} 23 mei</div>
""" + hd([("From:", "[[Hendrik Dekker-Zwolle|P]] &lt;[[h.dekkerzwolle@rvo.nl|E]]&gt;"), ("Sent:", "Monday, 13 May 2024 08:02"),
          ("To:", "{{woo-netwerk@lists.rijksoverheid.nl|MAILBOX}}")]) + """
<p>Vanaf 1 mei werk ik niet meer bij {{RVO|ACRONYM}}. Mijn taken zijn overgenomen door [[Yaw Agyeman|P]], bereikbaar via
[[yaw.agyeman@rvo.nl|E]] en op maandag t/m donderdag via [[088 042 7731|T]]. Het algemene nummer van {{RVO|ACRONYM}} is {{088 042 42 42|SWITCHBOARD}}.</p>
<hr><div class="h">Automatisch antwoord: Uitnodiging {{Landelijk Overleg Woo-contactpersonen|ORG}} 23 mei</div>
""" + hd([("Van:", "[[Ingrid van Dam-Brinkman|P]] &lt;[[ingrid.vandam@duo.nl|E]]&gt;"), ("Verzonden:", "maandag 13 mei 2024 08:05")]) + """
<p>Ik ben met zwangerschapsverlof tot 1 september. Tijdens mijn afwezigheid neemt [[Mohamed Ali Nur|P]] ([[m.alinur@duo.nl|E]],
[[06-18 44 27 65|T]]) het contact met de {{Inspectie Overheidsinformatie en Erfgoed|ORG}} waar. Berichten over {{DUO|ACRONYM}}-dossiers:
{{woo-team@duo.nl|MAILBOX}}. Met vriendelijke groet, [[Ingrid van Dam|P]]</p>
<hr><div class="h">RE: Uitnodiging {{Landelijk Overleg Woo-contactpersonen|ORG}} 23 mei</div>
""" + hd([("Van:", "[[Kovács Zsófia|P]] &lt;[[zsofia.kovacs@minvro.nl|E]]&gt;"), ("Verzonden:", "maandag 13 mei 2024 09:41"),
          ("Aan:", "{{woo-netwerk@lists.rijksoverheid.nl|MAILBOX}}")]) + """
<p>Dag allen, ik meld me aan namens {{VRO|ACRONYM}}, samen met [[Bram van 't Hof|P]]. Het {{Adviescollege Openbaarheid en
Informatiehuishouding|ORG}} ({{ACOI|ACRONYM}}) presenteert, zo hoorde ik van [[Van 't Hof|P]]. Zal {{staatssecretaris Szabó|OFFICIAL}} ook spreken?
Groet, [[Zsófia|P]] ([[Kovács|P]] is mijn achternaam; in Hongaarse volgorde [[Kovács Zsófia|P]]).</p>
<p class="disc">-- <br>{{woo-netwerk@lists.rijksoverheid.nl|MAILBOX}} - besloten lijst van het {{Woo-netwerk Rijk|ORG}}.<br>
Beheer: {{lijstbeheer@rijksoverheid.nl|MAILBOX}}. Archief en afmelden: https://lists.rijksoverheid.nl/woo-netwerk.<br>
U bent ingeschreven als [[n.hakimi@minjenv.nl|E]].</p></body>"""))

# ---------------------------------------------------------------- v15 Teams channel export with reactions/mentions
_T = "<div style='margin:5px 0;padding:4px;border-left:3px solid #6264a7'>{}</div>"
DOCS.append(dict(name="v15_teams_kanaal_export", producer="html", html=CSS + """<body>
<div class="h">{{Microsoft Teams|PRODUCT}} - team "Crisisteam {{Veiligheidsregio Gelderland-Zuid|ORG}}" - kanaal Algemeen - export 9-8-2024</div>
""" + "".join(_T.format(x) for x in [
    "<b>[[Brouwer, Noémie|P]]</b> 08:12<br>Goedemorgen. {{Burgemeester Bruls|OFFICIAL}} heeft om 09:00 het {{ROT|ACRONYM}} bijeengeroepen i.v.m. de brand bij {{Waalhaven|PLACE}}. "
    "<b>@[[Hussam|P]]</b> kun jij de {{LCMS|PRODUCT}}-sessie openen?<br><i>Reacties: 👍 2 ([[Hussam Al-Masri|P]], [[Kofi Boateng|P]])</i>",
    "<b>[[Al-Masri, Hussam|P]]</b> 08:15<br>Gedaan. Link staat in de chat. <b>@[[Noémie Brouwer|P]]</b> de {{GHOR|ACRONYM}} meldt twee gewonden, "
    "vervoerd naar het {{Radboudumc|ORG}} en het {{Canisius Wilhelmina Ziekenhuis|ORG}}.",
    "<b>[[Boateng, Kofi|P]]</b> 08:21<br>{{Brandweer Gelderland-Zuid|ORG}}: rookpluim richting {{Lent|PLACE}}. NL-Alert wordt voorbereid. "
    "Bewoner [[Petra Blom-Verhoeven|P]] ([[Waalkade 73|A]]) heeft gebeld met klachten; terugbellen op [[06 3318 0045|T]].<br><i>Reacties: ❤️ 1</i>",
    "<b>[[Al-Masri, Hussam|P]]</b> 08:30<br>Antwoord op [[Kofi|P]]: [[mevrouw Blom-Verhoeven|P|Blom-Verhoeven]] is teruggebeld door de {{GGD Gelderland-Zuid|ORG}}.",
    "<b>[[Brouwer, Noémie|P]]</b> 08:44<br><b>@[[Kofi|P]]</b> <b>@[[Hussam|P]]</b> {{wethouder Steenbergen|OFFICIAL}} vraagt om een update voor de raad. "
    "Graag voor 10:00 in de {{OneDrive|PRODUCT}}-map. {{Commissaris van de Koning|ROLE}} {{Berends|OFFICIAL}} is telefonisch geïnformeerd.",
    "<b>[[Wiśniewski, Łukasz|P]]</b> 09:02 (gast)<br>Namens {{Rijkswaterstaat Oost-Nederland|ORG}}: scheepvaart op de {{Waal|PLACE}} ligt stil tot nader order. "
    "Contact via mij: [[lukasz.wisniewski@rws.nl|E]].<br><i>Reacties: 😮 3</i>",
    "<b>[[Boateng, Kofi|P]]</b> 09:40<br>Persconferentie om 11:00 in het {{stadhuis|ORG}}, {{Korte Burchtstraat 20|STREET}}. Woordvoerder is [[Anaïs Lefèvre|P]].",
    "<i>[[Hussam Al-Masri|P]] heeft [[Lina Abu Shakra|P]] aan het team toegevoegd.</i>",
    "<b>[[Abu Shakra, Lina|P]]</b> 10:05<br>Dank <b>@[[Hussam|P]]</b>. Ik neem de nafase over met {{Slachtofferhulp Nederland|ORG}}; bereikbaar op [[06 4190 3376|T]].",
]) + "</body>"))

# ---------------------------------------------------------------- v16 Slack export (channel #woo-verzoeken)
DOCS.append(dict(name="v16_slack_woo_kanaal", producer="html", html="""<style>@page{size:A4;margin:14mm}body{font-family:'DejaVu Sans';font-size:8.8pt}
.m{margin:6px 0}.u{font-weight:bold}.t{color:#777;font-size:7.5pt}.r{font-size:7.5pt;color:#555;background:#eef;padding:1px 4px;border-radius:6px}
.th{margin-left:22px;border-left:2px solid #ccc;padding-left:6px}</style><body>
<h2 style="font-size:12pt">#woo-verzoeken &nbsp; <span class="t">{{Slack|PRODUCT}} export - workspace {{Gemeente Groningen|ORG}} - 1 t/m 5 juli 2024</span></h2>
<div class="m"><span class="u">[[sjoerd.hoekstra|U]]</span> <span class="t">1 jul 09:02</span><br>Nieuw verzoek binnen via {{woo@groningen.nl|MAILBOX}}: verzoeker wil alle stukken over de {{Groninger Forum|ORG}}-exploitatie.
<b>@[[raymundo|U]]</b> pak jij de inventarisatie? Verzoeker is [[Omar Abou Hamdan|P]], [[Oosterstraat 51a|A]].</div>
<div class="th"><div class="m"><span class="u">[[raymundo|U]]</span> <span class="t">1 jul 09:20</span><br>Ja. [[Abou Hamdan|P]] heeft vorig jaar ook gevraagd, zie {{Djuma|PRODUCT}} zaak {{2023-11874|REF}}. <span class="r">👀 2</span></div>
<div class="m"><span class="u">[[sjoerd.hoekstra|U]]</span> <span class="t">1 jul 09:24</span><br>Top. Termijn loopt tot 29 juli. {{Wethouder Chakor|OFFICIAL}} wil vooraf de beslisnota zien.</div></div>
<div class="m"><span class="u">[[giselle.c|U]]</span> <span class="t">2 jul 14:11</span><br>FYI: {{SharePoint|PRODUCT}}-export van het {{Forum|ORG}} bevat mails van [[Koning, R.|P]] en [[Kok, S.|P]] (beiden {{Groninger Forum|ORG}}).
Ook een {{CSV|ACRONYM}} met de functienamen van 27 medewerkers (geen namen). <span class="r">✅ 1</span></div>
<div class="m"><span class="u">[[raymundo|U]]</span> <span class="t">3 jul 10:40</span><br><b>@[[sjoerd.hoekstra|U]]</b> [[Sjoerd|P]], kun je [[Rutger Kok|P]] (directeur bedrijfsvoering Forum, [[06 4822 1930|T]]) bellen voor de zienswijze?
{{Burgemeester Schuiling|OFFICIAL}} staat in de cc van twee mails; die blijven leesbaar.</div>
<div class="m"><span class="u">[[sjoerd.hoekstra|U]]</span> <span class="t">3 jul 11:02</span><br>Gebeld. [[Kok|P]] wil een zienswijze indienen via [[r.kok@groningerforum.nl|E]]. Hij vroeg of [[Ruud Koning|P]] (oud-medewerker) ook benaderd wordt.</div>
<div class="m"><span class="u">[[tsjitske|U]]</span> <span class="t">4 jul 16:30</span><br>Juridisch: {{5.1.2e|REF}} voor namen, {{5.1.2i|REF}} niet nodig. {{ACOI|ACRONYM}}-advies over {{Slack|PRODUCT}}-berichten gelezen. <span class="r">🙏 3</span>
<span class="r">🎉 1</span></div>
<div class="m"><span class="t">[[raymundo|U]] ([[Raymundo Arends|P]]) heeft het kanaal verlaten · 5 jul</span></div>
<p class="t">Leden: [[Sjoerd Hoekstra|P]] ([[sjoerd.hoekstra|U]]), [[Raymundo Arends|P]] ([[raymundo|U]]), [[Giselle Croes|P]] ([[giselle.c|U]]),
[[Tsjitske de Vries-Hiemstra|P]] ([[tsjitske|U]]). Beheerder: {{ict-servicedesk@groningen.nl|MAILBOX}}</p>
</body>"""))

# ---------------------------------------------------------------- v17 WhatsApp group export (fpdf)
DOCS.append(dict(name="v17_whatsapp_groep_handhaving", producer="fpdf", size=8.5, lines=[
    "**WhatsApp-chat met BOA-team {{Centrum Leeuwarden|PLACE}} (export, 14-16 juni 2024)",
    "--",
    "[14-06-24 07:58:12] [[+31 6 1448 2093|T]]: Goeiemorgen. Vandaag evenement {{Simmerdeis|ORG}} op het {{Oldehoofsterkerkhof|STREET}}.",
    "[14-06-24 08:01:40] [[Jelle Postma|P]]: Briefing 8.30 bij {{Stadskantoor|ORG}}, {{Oldehoofsterkerkhof 2|STREET}}. Ik neem de portofoons mee.",
    "[14-06-24 08:02:03] [[+31 6 2019 7745|T]]: Ok!",
    "[14-06-24 08:05:51] [[Wytske|P]] BOA: [[+31 6 2019 7745|T]] is [[Tjalling|P]], nieuw nummer. Opslaan a.u.b.",
    "[14-06-24 11:32:19] [[Jelle Postma|P]]: Melding {{MEOS|PRODUCT}}: man met hond zonder lijn, {{Prinsentuin|PLACE}}. Naam [[Auke Bakker|P]],",
    "geb. [[12-03-1987|D]], woont [[Noorderweg 61|A]]. Waarschuwing gegeven.",
    "[14-06-24 11:33:02] [[+31 6 1448 2093|T]]: Is dat die [[Bakker|P]] van vorige week? 😅",
    "[14-06-24 11:35:47] [[Wytske|P]] BOA: Nee andere. Let op {{AVG|ACRONYM}} in deze groep, geen namen van burgers meer aub.",
    "[14-06-24 16:10:20] [[Tjalling|P]]: {{Burgemeester Buma|OFFICIAL}} loopt om 17.00 over het terrein, samen met",
    "{{wethouder Friso Douwstra|OFFICIAL}}. [[Jelle|P]], loop jij mee?",
    "[14-06-24 16:11:03] [[Jelle Postma|P]]: Ja, komt goed.",
    "[15-06-24 09:14:22] [[+31 6 5520 1184|T]]: Goedemorgen, ik ben [[Rinse|P]] van de {{Politie Noord-Nederland|ORG}}, via [[Jelle|P]] in deze groep gezet.",
    "[15-06-24 09:20:45] [[Jelle Postma|P]]: Welkom [[Rinse|P]]. Team: [[Wytske|P]] ([[06-21 44 83 90|T]]), [[Tjalling|P]], [[Hidde Bakker|P]] en ik.",
    "[15-06-24 22:47:10] [[Hidde Bakker|P]]: Melding geluidsoverlast [[Nieuwestad 88|A]], bewoner [[Gerbrich Terpstra|P]] belt al voor de derde keer.",
    "[15-06-24 22:49:31] [[+31 6 5520 1184|T]]: Eenheid {{Noord-Nederland|PLACE}} 12.05 gaat erheen.",
    "[16-06-24 10:02:55] [[Wytske|P]] BOA: Evaluatie maandag 10.00. Stukken in {{Teams|PRODUCT}}. {{Handhaving@leeuwarden.nl|MAILBOX}} in cc.",
    "[16-06-24 10:03:30] [[Tjalling|P]]: <Media weggelaten>",
    "[16-06-24 10:05:12] [[Jelle Postma|P]] heeft [[+31 6 2019 7745|T]] verwijderd",
    "--",
    "Groepsleden: [[Jelle Postma|P]] ([[+31 6 3388 1029|T]]), [[Wytske Dijkstra|P]] ([[+31 6 1448 2093|T]]), [[Tjalling Zijlstra|P]],",
    "[[Hidde Bakker|P]] ([[+31 6 7012 5567|T]]), [[Rinse van der Meer|P]] ([[+31 6 5520 1184|T]])",
]))

# ---------------------------------------------------------------- v18 Teams meeting transcript (docx)
DOCS.append(dict(name="v18_teams_transcript_overleg", producer="docx", author="[[Croes, Giselle|P]]", size=9.5,
                 header="Transcript - {{Microsoft Teams|PRODUCT}}",
                 blocks=[
    ("h", "Afstemming {{Nationaal Programma Groningen|PROGRAM}} - transcript"),
    ("p", "20 maart 2024, 13:02 - 13:41\nDeelnemers: [[Croes, Giselle (EZK/DGKE)|P|Croes, Giselle]]; [[Paas-Rosaria, Jeanine (EZK/DGKE)|P|Paas-Rosaria, Jeanine]]; "
          "[[Isenia, Shurendy|P]] (Gast); [[Tromp, Sharline (IMG)|P|Tromp, Sharline]]; {{Vergaderruimte Bezuidenhout 4.12|TERM}}"),
    ("p", "[[Croes, Giselle (EZK/DGKE)|P|Croes, Giselle]]   0:00:04\nGoedemiddag allemaal. Ik neem dit op, is iedereen akkoord? "
          "{{Minister Adriaansens|OFFICIAL}} wil vrijdag een stand van zaken over het {{Instituut Mijnbouwschade Groningen|ORG}}."),
    ("p", "[[Tromp, Sharline (IMG)|P|Tromp, Sharline]]   0:00:31\nJa prima. Vanuit het {{IMG|ACRONYM}} kan ik zeggen dat de achterstand "
          "is gedaald naar 9.400 dossiers. [[Isenia|P]] heeft de cijfers uit {{Power BI|PRODUCT}}."),
    ("p", "[[Isenia, Shurendy|P]]   0:01:12\nKlopt. En dan de casus van de familie [[Kleine Deters|P]] in {{Loppersum|PLACE}}, [[Wirdumerweg 9|A]]. "
          "[[Meneer Kleine Deters|P|Kleine Deters]] heeft [[Sharline|P]] rechtstreeks gemaild."),
    ("p", "[[Paas-Rosaria, Jeanine (EZK/DGKE)|P|Paas-Rosaria, Jeanine]]   0:02:40\nDie zaak ken ik. {{Commissaris van de Koning|ROLE}} "
          "{{Paas|OFFICIAL}}, geen familie trouwens, heeft er ook naar gevraagd bij {{minister Adriaansens|OFFICIAL}}. "
          "Ik stel voor dat [[Giselle|P]] een gesprek organiseert met {{Nationaal Coördinator Groningen|ORG}}."),
    ("p", "[[Croes, Giselle (EZK/DGKE)|P|Croes, Giselle]]   0:04:02\nDoe ik. Dan de Kamerbrief: de motie-{{Beckerman|OFFICIAL}} vraagt "
          "om een onafhankelijke commissie. {{Kamerlid Bushoff|OFFICIAL}} heeft daar mondelinge vragen over gesteld."),
    ("p", "[[Tromp, Sharline (IMG)|P|Tromp, Sharline]]   0:05:55\nVoor de brief kun je mijn mobiel niet gebruiken, maar wel "
          "{{0800 - 4000 400|SWITCHBOARD}} als algemeen nummer van het {{IMG|ACRONYM}}. Mijn directe lijn is [[050 850 2214|T]]."),
    ("p", "[[Isenia, Shurendy|P]]   0:07:10\nNog één ding: [[Jeanine|P]], heb je de notitie van [[Kovács|P]] gezien? {{DPIA|ACRONYM}} over de schadedata."),
    ("p", "[[Paas-Rosaria, Jeanine (EZK/DGKE)|P|Paas-Rosaria, Jeanine]]   0:07:42\nJa, [[Zsófia|P]] stuurde die dinsdag. Akkoord."),
    ("p", "[[Croes, Giselle (EZK/DGKE)|P|Croes, Giselle]] heeft de transcriptie gestopt."),
]))

# ---------------------------------------------------------------- v19 forwarded EN/NL thread, ghostscript re-distilled
DOCS.append(dict(name="v19_doorgestuurd_europol_gs", producer="html", post="gs", html=CSS + """<body>
<div class="h">[[Ruiterkamp, Zoë|P]]</div>
""" + hd([("Van:", "[[Ruiterkamp, Zoë|P]]"), ("Verzonden:", "vrijdag 8 november 2024 11:20"),
          ("Aan:", "[[Al-Halabi, Yara|P]]; [[ter Horst, Joost|P]]"),
          ("Onderwerp:", "FW: {{Europol|ORG}} {{EMPACT|ACRONYM}} meeting - Dutch delegation")]) + """
<p>Ter info. [[Joost|P]], wil jij dit voorleggen aan {{minister Van Weel|OFFICIAL}}? De {{NCTV|ACRONYM}} is al aangehaakt.<br>[[Zoë|P]]</p>
<p class="sig">[[Zoë Ruiterkamp|P]] | {{Directoraat-generaal Ondermijning|ORG}} | {{Turfmarkt 147|STREET}} | [[06 3927 1184|T]]</p>
<p>---------- Forwarded message ----------<br><b>From:</b> [[Kenneth Maduro|P]] &lt;[[kenneth.maduro@europol.europa.eu|E]]&gt;<br>
<b>Date:</b> Thu, 7 Nov 2024 at 17:44<br><b>Subject:</b> {{EMPACT|ACRONYM}} meeting - Dutch delegation<br>
<b>To:</b> [[zoe.ruiterkamp@minjenv.nl|E]]</p>
<p>Dear [[Zoë|P]],</p>
<p>Following the call with {{Commissioner Johansson|OFFICIAL}}'s cabinet, the {{Europol Executive Director|ROLE}} {{Catherine De Bolle|OFFICIAL}} would welcome
a Dutch delegation on 3 December in {{The Hague|PLACE}} ({{Eisenhowerlaan 73|STREET}}). Please send names and ID numbers to
{{EMPACT-secretariat@europol.europa.eu|MAILBOX}} - not to me personally. My colleague [[Yaw Agyeman|P]] ([[+31 70 302 5811|T]]) will arrange the badges.</p>
<p>Best regards,<br>[[Kenneth Maduro|P]] (he/him)<br>Senior Specialist, {{European Serious and Organised Crime Centre|ORG}} ({{ESOCC|ACRONYM}})</p>
<blockquote><p>On Tue, 5 Nov 2024 at 09:10, [[Ruiterkamp, Zoë|P]] &lt;[[zoe.ruiterkamp@minjenv.nl|E]]&gt; wrote:<br>
&gt; Dear [[Kenneth|P]], the Netherlands would like to attend with three people: myself, [[Yara Al-Halabi|P]] and a colleague from the
{{Nationale Politie|ORG}}, [[inspecteur Wahid Rahimi|P|Wahid Rahimi]]. {{Kamerleden Ellian|OFFICIAL}} and {{Van Nispen|OFFICIAL}} asked about
{{EMPACT|ACRONYM}} in the debate of 30 October.<br>&gt; Kind regards, [[Zoë|P]]</p></blockquote>
</body>"""))
