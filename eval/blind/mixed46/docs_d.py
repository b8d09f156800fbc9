"""Web pages printed from a browser (chromium, Skia/PDF): calendar, staff directory, web-form export, huurdersraad."""
from lib import Doc, add

CSS = """<style>
body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;margin:0;color:#222}
h1{font-size:15pt;margin:0 0 6px 0} h2{font-size:11.5pt;margin:14px 0 4px 0;color:#1f4e79}
table{border-collapse:collapse;width:100%;margin:6px 0} td,th{border:1px solid #aab;padding:3px 5px;vertical-align:top;font-size:9pt}
th{background:#e6ecf3;text-align:left} .hdr{border-bottom:2px solid #1f4e79;margin-bottom:10px;padding-bottom:4px}
.small{font-size:8pt;color:#555} .kv td{border:none;padding:1px 6px 1px 0} a{color:#0645ad}
@page{size:A4;margin:18mm 18mm 18mm 20mm}
</style>"""

# ---------------------------------------------------------------------------------------------- d32
d = Doc("bd32_owa_agenda_gedeputeerde.pdf", "chromium")
add(d, "html", f"""<html><head><meta charset="utf-8"><title>Agenda - [[PERSON:Marieke Schouten-Overdijk]] - Outlook</title>{CSS}</head><body>
<div class="hdr"><b>Outlook</b> &nbsp; Agenda van [[PERSON:Marieke Schouten-Overdijk]] (secretariaat gedeputeerde) &nbsp; <span class="small">[[EMAIL:mschouten@drenthe.nl]]</span></div>
<h1>Week 48: 23 - 27 november 2026</h1>
<p class="small">Gedeelde agenda van gedeputeerde {{{{OFFICIAL:Egbert Holtkamp}}}}, beheerd door [[PERSON:Marieke Schouten-Overdijk]]. Afgedrukt op 20-11-2026.</p>
<table><tr><th>Dag</th><th>Tijd</th><th>Onderwerp</th><th>Locatie</th><th>Genodigden</th></tr>
<tr><td>ma 23</td><td>09:00</td><td>Staf {{{{PROGRAMME:Drentse Energietransitie}}}}</td><td>{{{{OFFICEADDR:Westerbrink 1}}}}, Assen</td><td>[[PERSON:Jorrit Kuiper]]; [[PERSON:Lotte Bakx]]; [[PERSON:Hidde Snijders]]</td></tr>
<tr><td>ma 23</td><td>14:00</td><td>Bestuurlijk overleg {{{{PROJECT:Warmtenet Emmen-Centrum}}}}</td><td>Raadhuis {{{{PLACE:Emmen}}}}</td><td>wethouder {{{{OFFICIAL:Jisse Otter}}}}; [[PERSON:Ralf Hoving]] ({{{{ORG:Enexis}}}})</td></tr>
<tr><td>di 24</td><td>10:30</td><td>Gesprek bewoner over {{{{PROJECT:Zonnepark Veenhuizen}}}}</td><td>[[ADDRESS:Hoofdweg 152]], [[POSTCODE:9341 BL]] Veenhuizen</td><td>mevrouw [[PERSON:Gerda Lanting-Smit]] ([[PHONE:06-19 44 02 87]])</td></tr>
<tr><td>wo 25</td><td>hele dag</td><td>Privé - [[SPECIAL:begrafenis schoonvader]]</td><td>-</td><td>-</td></tr>
<tr><td>do 26</td><td>13:00</td><td>Vergadering Gedeputeerde Staten</td><td>{{{{OFFICEADDR:Westerbrink 1}}}}</td><td>Commissaris van de Koning {{{{OFFICIAL:Jetta Klijnsma}}}}; gedeputeerden</td></tr>
<tr><td>vr 27</td><td>11:00</td><td>Bellen met [[PERSON:Arend]] van {{{{ORG:Natuurmonumenten}}}} over het {{{{PLACE:Dwingelderveld}}}}</td><td>{{{{PRODUCT:Teams}}}}</td><td>[[PERSON:Arend Zwiers]] &lt;<a href="mailto:[[EMAIL:a.zwiers@natuurmonumenten.nl]]">[[EMAIL:a.zwiers@natuurmonumenten.nl]]</a>&gt;</td></tr>
</table>
<p class="small">Chauffeur: [[PERSON:Bennie Eising]], dienstauto [[PLATE:R-613-LV]]. Vragen over de agenda: <a href="mailto:{{{{MAILBOX:secretariaatgs@drenthe.nl}}}}">{{{{MAILBOX:secretariaatgs@drenthe.nl}}}}</a>, {{{{SWITCH:0592 36 55 55}}}}.</p>
</body></html>""")

# ---------------------------------------------------------------------------------------------- d33
d = Doc("bd33_smoelenboek_vergunningen.pdf", "chromium")
rows = [
    ("[[PERSON:Anneke de Jong-Vos]]", "{{TITLE:teamleider Vergunningen}}", "[[EMAIL:aj.dejong@provincie.flevoland.nl]]", "[[PHONE:06 21 88 43 17]]", "ma-do"),
    ("[[PERSON:Kofi Mensah]]", "{{TITLE:vergunningverlener}} ontgrondingen", "[[EMAIL:k.mensah@provincie.flevoland.nl]]", "[[PHONE:0320 26 56 21]]", "ma-vr"),
    ("[[PERSON:Ewa Kowalczyk]]", "{{TITLE:vergunningverlener}} natuur", "[[EMAIL:e.kowalczyk@provincie.flevoland.nl]]", "[[PHONE:06 53 07 71 92]]", "di-vr"),
    ("[[PERSON:Jan-Hendrik Oosterwolde]]", "{{TITLE:jurist}}", "[[EMAIL:jh.oosterwolde@provincie.flevoland.nl]]", "[[PHONE:0320 26 57 80]]", "ma, wo, do"),
    ("[[PERSON:Nathalie Doorenbos]]", "{{TITLE:stagiair}} ({{ORG:Aeres Hogeschool}})", "[[EMAIL:n.doorenbos@provincie.flevoland.nl]]", "-", "tot 1-2-2027"),
    ("[[PERSON:Mustafa Yiğit]]", "{{TITLE:handhaver}} ({{ORG:OFGV}})", "[[EMAIL:m.yigit@ofgv.nl]]", "[[PHONE:+31 6 4471 2058]]", "ma-do"),
]
trs = "\n".join(f'<tr><td>{a}</td><td>{b}</td><td><a href="mailto:{c}">{c}</a></td><td>{e}</td><td>{f}</td></tr>'
                for a, b, c, e, f in rows)
add(d, "html", f"""<html><head><meta charset="utf-8"><title>Smoelenboek team Vergunningen - Intranet Provincie Flevoland</title>{CSS}</head><body>
<div class="hdr"><b>{{{{ORG:Provincie Flevoland}}}}</b> - intranet &gt; Organisatie &gt; Domein Ruimte &gt; team Vergunningen</div>
<h1>Smoelenboek team Vergunningen</h1>
<p>Het team verleent vergunningen en ontheffingen op grond van de {{{{LAW:Omgevingswet}}}} voor ontgrondingen, natuur en
zwemwater. Algemene vragen: <a href="mailto:{{{{MAILBOX:vergunningen@flevoland.nl}}}}">{{{{MAILBOX:vergunningen@flevoland.nl}}}}</a>
of {{{{SWITCH:0320 265 265}}}}. Bezoekadres {{{{OFFICEADDR:Visarenddreef 1}}}}, {{{{PLACE:Lelystad}}}}.</p>
<table><tr><th>Naam</th><th>Functie</th><th>E-mail</th><th>Telefoon</th><th>Werkdagen</th></tr>
{trs}
</table>
<h2>Bestuurlijk</h2>
<p>Portefeuillehouder is gedeputeerde {{{{OFFICIAL:Rik Janssen}}}}. Zijn bestuursadviseur is [[PERSON:Silvia Koningsveld]] ([[PHONE:06 30 12 56 89]]).</p>
<h2>Afwezigheid</h2>
<p>[[PERSON:Ewa]] is tot half december afwezig wegens [[HEALTH:zwangerschapsverlof]]; haar dossiers liggen bij [[PERSON:Kofi]].
[[PERSON:Jan-Hendrik]] werkt op vrijdag voor de {{{{ORG:Rijksdienst voor Ondernemend Nederland}}}}.</p>
<p class="small">Pagina beheerd door [[PERSON:Anneke de Jong-Vos]]. Laatst gewijzigd 3-11-2026 door [[HANDLE:adjong2]].</p>
</body></html>""")

# ---------------------------------------------------------------------------------------------- d34
d = Doc("bd34_zaaksysteem_melding_odmh.pdf", "chromium")
add(d, "html", f"""<html><head><meta charset="utf-8"><title>Zaak Z-2026-118230 - melding geluidsoverlast - [[PERSON:Rachel Voskuilen]]</title>{CSS}</head><body>
<div class="hdr"><b>{{{{PRODUCT:Zaaksysteem.nl}}}}</b> - {{{{ORG:Omgevingsdienst Midden-Holland}}}} - ingelogd als [[HANDLE:b.vanhoorn]]</div>
<h1>Zaak {{{{FILE:Z-2026-118230}}}}: melding geluidsoverlast</h1>
<table class="kv">
<tr><td><b>Zaaktype</b></td><td>Melding milieu (webformulier)</td></tr>
<tr><td><b>Status</b></td><td>In behandeling bij [[PERSON:Bram van Hoorn]] ({{{{TITLE:toezichthouder milieu}}}})</td></tr>
<tr><td><b>Melder</b></td><td>[[PERSON:Rachel Voskuilen]]</td></tr>
<tr><td><b>Adres melder</b></td><td>[[ADDRESS:Burgemeester Jamessingel 33]], [[POSTCODE:2803 PT]] Gouda</td></tr>
<tr><td><b>Telefoon melder</b></td><td>[[PHONE:0182-527319]]</td></tr>
<tr><td><b>E-mail melder</b></td><td><a href="mailto:[[EMAIL:rachelvoskuilen@outlook.com]]">[[EMAIL:rachelvoskuilen@outlook.com]]</a></td></tr>
<tr><td><b>Geboortedatum</b></td><td>[[DOB:03-04-1990]]</td></tr>
<tr><td><b>Veroorzaker</b></td><td>{{{{ORG:Kaasboerderij De Goudse Hoeve B.V.}}}}, {{{{OFFICEADDR:Goudseweg 210}}}} (koelinstallatie)</td></tr>
</table>
<h2>Omschrijving (door melder ingevuld)</h2>
<p>Sinds de nieuwe koelinstallatie draait hoor ik 's nachts een constante brom. Ik werk in de nachtdienst in het
{{{{ORG:Groene Hart Ziekenhuis}}}} en kan overdag niet slapen. Mijn buurman [[PERSON:Theo Rijlaarsdam]] ([[ADDRESS:Burgemeester Jamessingel 35]])
heeft er ook last van. Mijn huisarts zegt dat mijn [[HEALTH:slaapproblemen en hoge bloeddruk]] hierdoor verergeren.</p>
<h2>Logboek</h2>
<table><tr><th>Datum</th><th>Medewerker</th><th>Actie</th></tr>
<tr><td>02-11-2026</td><td>[[PERSON:B. van Hoorn|Bram van Hoorn]]</td><td>Melding ontvangen, melder gebeld</td></tr>
<tr><td>05-11-2026</td><td>[[PERSON:Claudia Ruijgrok]]</td><td>Geluidsmeting ingepland met {{{{ORG:DCMR}}}}-meetwagen</td></tr>
<tr><td>12-11-2026</td><td>[[PERSON:B. van Hoorn|Bram van Hoorn]]</td><td>Meting: 41 dB(A) nachtperiode; norm {{{{LAW:Activiteitenbesluit}}}} 40 dB(A). Brief aan bedrijf.</td></tr>
</table>
<p class="small">Het bevoegd gezag is het college van burgemeester en wethouders van {{{{ORG:Gemeente Gouda}}}} (burgemeester {{{{OFFICIAL:Pieter Verhoeve}}}}).
Vragen: {{{{MAILBOX:info@odmh.nl}}}}, {{{{SWITCH:088 545 00 00}}}}.</p>
</body></html>""")

# ---------------------------------------------------------------------------------------------- d35
d = Doc("bd35_huurdersraad_verslag.pdf", "chromium")
add(d, "html", f"""<html><head><meta charset="utf-8"><title>Verslag overleg Huurdersraad en Bestuur - Lefier</title>{CSS}</head><body>
<div class="hdr"><b>{{{{ORG:Huurdersraad Lefier Groningen}}}}</b> - nieuws &gt; verslagen</div>
<h1>Verslag bestuurlijk overleg 12 november 2026</h1>
<p>Aanwezig namens de huurdersraad: [[PERSON:Klaas-Jan Bolhuis]] (voorzitter), [[PERSON:Sevda Aydın]], [[PERSON:Rinus Ploeg]] en
[[PERSON:Marja de Vries-Holtrop]]. Namens {{{{ORG:Lefier}}}}: de bestuurder, de {{{{TITLE:manager Wonen}}}} [[PERSON:Erik-Jan Smeenge]] en
[[PERSON:Lieke Offringa]] ({{{{TITLE:beleidsadviseur}}}}). Gast: wethouder {{{{OFFICIAL:Edwin van Keulen}}}} ({{{{ORG:Gemeente Groningen}}}}).</p>
<h2>1. Huurverhoging 2027</h2>
<p>{{{{ORG:Lefier}}}} stelt een gemiddelde huurverhoging van 4,1% voor, conform het {{{{PROGRAMME:Sociaal Huurakkoord}}}}. [[PERSON:Sevda]] vraagt om
een inkomensafhankelijke aftopping. De {{{{ORG:Woonbond}}}} heeft advies gegeven.</p>
<h2>2. Verduurzaming Paddepoel</h2>
<p>De {{{{PROJECT:Aardgasvrij Paddepoel}}}}-aanpak start in maart. Bewoner [[PERSON:Hennie Wubs]] ([[ADDRESS:Pleiadenlaan 74]]) heeft bezwaar
gemaakt tegen de warmtepomp vanwege [[HEALTH:zijn longziekte (COPD)]]; {{{{ORG:Lefier}}}} zoekt maatwerk.</p>
<h2>3. Rondvraag</h2>
<p>[[PERSON:Rinus]] meldt dat de lift in {{{{PLACE:Selwerd}}}} weer kapot is. Contact voor huurders: <a href="mailto:{{{{MAILBOX:huurdersraad@lefier.nl}}}}">{{{{MAILBOX:huurdersraad@lefier.nl}}}}</a>
of de secretaris [[PERSON:Marja]] via <a href="mailto:[[EMAIL:marja.holtrop@home.nl]]">[[EMAIL:marja.holtrop@home.nl]]</a> of [[PHONE:(06) 41 83 29 10]].</p>
<p class="small">{{{{ORG:Lefier}}}}, {{{{OFFICEADDR:Eemskanaal Zuidzijde 3}}}}, {{{{PLACE:Groningen}}}} - klantenservice {{{{SWITCH:088 41 41 444}}}}</p>
</body></html>""")
