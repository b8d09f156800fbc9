"""Content of set WF. [[...]] = redact (personal data), {{...}} = keep (public). All persons invented."""

ALL = []


def D(stem, text, **kw):
    d = {"stem": stem, "text": text.strip("\n")}
    d.update(kw)
    ALL.append(d)


# ---- 01 Woo request, 02 acknowledgement ------------------------------------------------------
D("wf01_woo_verzoek", """
Van: [[Fenna Roelofsen-Bakker]] <[[fenna.roelofsen@ziggo.nl]]>
Verzonden: maandag 2 maart 2026 21:14
Aan: {{woo@drenthe.nl}}
Onderwerp: Woo-verzoek wolf en faunaschade
Geacht college van {{Gedeputeerde Staten}},
Op grond van de {{Wet open overheid}} verzoek ik u om openbaarmaking van alle documenten over de wolvenaanvallen op schapen in de omgeving van {{Vledder}}, {{Wapse}} en {{Diever}} in de periode 1 juni 2025 tot en met 31 januari 2026. Het gaat mij om de schademeldingen, de taxatierapporten van {{BIJ12}}, de interne e-mails van het team Natuur en de communicatie met de staf van {{gedeputeerde Schuiling}}, en het besluit over de tegemoetkoming.
Ik ben zelf geen schapenhouder, maar woon aan de rand van het {{Drents-Friese Wold}} en volg het dossier voor de dorpsvereniging.
Mijn adres: [[Heidebloemweg 17]], [[8386 GK]] {{Doldersum}}. Telefonisch bereikbaar op [[06-41 73 29 58]].
Met vriendelijke groet,
[[Fenna Roelofsen]]
cc: [[Hendrikje Smeenge]], secretaris dorpsvereniging {{Doldersum}} ([[h.smeenge@home.nl]])
""", creator="Microsoft Outlook 16.0", producer="Microsoft: Print To PDF", title="Woo-verzoek wolf")

D("wf02_ontvangstbevestiging", """
{{Provincie Drenthe}} | {{Westerbrink 1}} | {{Postbus 122}} | {{9400 AC Assen}}
Mevrouw [[F. Roelofsen-Bakker]]
[[Heidebloemweg 17]]
[[8386 GK]] {{Doldersum}}
Datum: 5 maart 2026
Ons kenmerk: {{WOO-2026-0117}}
Onderwerp: ontvangstbevestiging Woo-verzoek
Geachte mevrouw [[Roelofsen-Bakker]],
Op 2 maart 2026 hebben wij uw verzoek op grond van de {{Wet open overheid}} ontvangen over de wolf en de {{tegemoetkoming faunaschade}} rond {{Vledder}}. Wij beslissen binnen vier weken na ontvangst; deze termijn kunnen wij met twee weken verdagen.
Heeft u vragen, neem dan contact op met [[Lotte Hadders]] van het team Juridische Zaken, telefoon [[0592 36 52 81]] of via {{woo@drenthe.nl}}. Vermeld daarbij het kenmerk {{WOO-2026-0117}}.
Met vriendelijke groet,
{{Gedeputeerde Staten van Drenthe}},
namens dezen,
[[mr. L.M. Hadders]]
juridisch adviseur
""", font="Times-Roman", letterhead="Provincie Drenthe", creator="Microsoft Word 2019", producer="Microsoft Word 2019",
  author="Hadders, Lotte", meta_probes=["Hadders, Lotte"])


# ---- 03-07 damage claims ----------------------------------------------------------------------
CLAIMS = [
    ("wf03", "Gerrit-Jan Wolters", "G.J. Wolters", "Wolters", "Brink 4", "8381 AB", "Vledder", "06-38 12 44 70",
     "gj.wolters@hetnet.nl", "NL44 RABO 0312 8876 45", "04127733", "27 augustus 2025", "6 ooien, 2 lammeren",
     "Texelaar", "FS-2025-0841", "hond"),
    ("wf04", "Hennie ter Horst", "H. ter Horst", "ter Horst", "Kolonieweg 22", "8382 CE", "Vledderveen",
     "0521-38 47 11", "hennieterhorst@gmail.com", "NL71 INGB 0004 5561 23", "01998844", "3 september 2025",
     "4 ooien", "Drents heideschaap", "FS-2025-0866", "wolf"),
    ("wf05", "Aaltje Bosch-Kremer", "A. Bosch-Kremer", "Bosch-Kremer", "Oude Willem 9", "8351 HV", "Wapse",
     "+31 (0)6 27 90 15 33", "aaltje@boschkremer.nl", "NL08 ABNA 0551 2093 88", "56120043", "19 oktober 2025",
     "11 schapen", "Swifter", "FS-2025-0912", "wolf"),
    ("wf06", "Jurjen de Haan", "J. de Haan", "De Haan", "Wittelterweg 31", "7991 PB", "Dwingeloo", "0031 6 55 02 81 17",
     "j.dehaan.schapen@outlook.com", "NL62 TRIO 0338 7714 02", "61088217", "2 november 2025", "3 ooien, 1 ram",
     "Schoonebeeker", "FS-2025-0937", "wolf"),
    ("wf07", "Maaike van 't Veld", "M. van 't Veld", "Van 't Veld", "Bosweg 2a", "7971 RA", "Havelte", "06 14 88 20 36",
     "maaike.vantveld@kpnmail.nl", "NL29 SNSB 0927 3310 44", "73301256", "8 januari 2026", "5 ooien",
     "Drents heideschaap", "FS-2026-0014", "wolf"),
]
VETS = {"wf03": ("2281904", "dierenarts Annelies Groenveld"), "wf04": ("1903377", "dierenarts Pieter-Bas Tuinstra"),
        "wf05": ("2640018", "dierenarts Annelies Groenveld"), "wf06": ("3017725", "dierenarts Roos Akkerman-de Vries"),
        "wf07": ("1577309", "dierenarts Mehmet Öztürk")}
for (st, full, ini, sur, street, pc, place, tel, mail, iban, kvk, date, dier, ras, nr, conc) in CLAIMS:
    ubn, vet = VETS[st]
    vet = vet.replace("dierenarts ", "")
    extra = ""
    if st in ("wf05",):
        extra = "\n\f\n# Bijlage: toelichting aanvrager\nIn de nacht van de aanval stonden de schapen in het weiland achter de boerderij. Het raster was 1,05 meter hoog met vier stroomdraden, aangelegd met subsidie uit de regeling {{Preventieve maatregelen wolf}}. De volgende ochtend trof mijn buurman [[Wessel Jonkman]] ([[06-22 57 81 40]]) de eerste kadavers aan. Mijn dochter [[Britt]] heeft foto's gemaakt; die heb ik meegestuurd via het {{Mijn BIJ12}}-portaal.\nIk vraag ook vergoeding van de kosten voor de destructie door {{Rendac}} en voor het bezoek van de dierenarts.\n\n[[Aaltje Bosch-Kremer]]"
    D(f"{st}_schademelding", f"""
# Aanvraag tegemoetkoming faunaschade - landbouwhuisdieren
Formulier {{{{BIJ12}}}} / {{{{Faunafonds}}}}, ingediend via {{{{Mijn BIJ12}}}}
Dossiernummer: {{{{{nr}}}}}
Provincie: {{{{Drenthe}}}}
|*Gegevens aanvrager|
|Naam|[[{full}]]|
|Adres|[[{street}]]|
|Postcode en plaats|[[{pc}]] {{{{{place}}}}}|
|Telefoon|[[{tel}]]|
|E-mail|[[{mail}]]|
|KvK-nummer|[[{kvk}]]|
|IBAN|[[{iban}]]|
|*Schade|
|Datum aanval|{date}|
|Diersoort en ras|schaap, {{{{{ras}}}}}|
|Aantal gedode of gewonde dieren|{dier}|
|Vermoedelijke veroorzaker|{conc}|
|UBN (registratie {{{{RVO}}}})|[[{ubn}]]|
|Dierenarts|[[{vet}]]|
|Gemeld bij {{{{GD Deventer}}}}|ja, {{{{I&R-registratie}}}} bijgewerkt|
Verklaring: ik verklaar dat ik dit formulier naar waarheid heb ingevuld en dat ik de schade binnen 24 uur heb gemeld bij het {{{{Wolvenmeldpunt}}}} van {{{{BIJ12}}}}.
Handtekening: [[{ini}]]
Uitbetaling op rekening ten name van [[{ini}]], IBAN [[{iban}]].{extra}
""", font="DejaVuSans", cols=[170, 300], producer="iText 7.2.5 (AGPL)", creator="BIJ12 Mijn BIJ12 portaal",
      title=f"Aanvraag tegemoetkoming {nr}")


# ---- 08 AcroForm: melding waarneming ---------------------------------------------------------
D("wf08_formulier_waarneming", """
# Meldingsformulier wolfwaarneming Provincie Drenthe
Vul dit formulier in bij een waarneming of een vermoedelijke wolvenaanval. Melden kan ook via {{wolvenmeldpunt@bij12.nl}}.
Kenmerk: {{WW-2025-3391}}
""", kind="form", fields=[
    ("Naam melder", "Bertus Nijenhuis"), ("Telefoon", "06-19 46 73 02"), ("E-mail", "b.nijenhuis@planet.nl"),
    ("Adres melder", "Zorgvlied 41"), ("Locatie waarneming", "Doldersummerveld, ten noorden van de Wapserveensweg"),
    ("Datum en tijd", "14-09-2025 06:40"), ("Omschrijving", "Twee dieren, grijs, lopend langs de bosrand"),
    ("Ingevuld door", "Marloes Kuipers")],
  foot="Verwerking: {{team Natuur en Landschap}}, {{Provincie Drenthe}}. Privacyverklaring op {{www.provincie.drenthe.nl}}.",
  annot_probes=["Bertus Nijenhuis", "06-19 46 73 02", "b.nijenhuis@planet.nl", "Zorgvlied 41", "Marloes Kuipers"],
  producer="ReportLab PDF Library - www.reportlab.com", title="Meldingsformulier wolfwaarneming")


# ---- 09-11 BIJ12 assessments -------------------------------------------------------------------
TAX = [
    ("wf09", "FS-2025-0841", "G.J. Wolters", "Wolters", "Ing. P.J. Vos", "Vos", "p.vos@bij12.nl", "06-52 11 90 48",
     "DNA-monster {{WDS-25-1187}}: geen wolf aangetroffen; DNA van hond (Canis familiaris).", "afgewezen", "0,00"),
    ("wf10", "FS-2025-0866", "H. ter Horst", "Ter Horst", "Elif Yılmaz", "Yılmaz", "e.yilmaz@bij12.nl", "030 275 62 19",
     "DNA-monster {{WDS-25-1203}}: wolf, individu {{GW1826m}}.", "toegekend", "1.188,00"),
    ("wf11", "FS-2025-0912", "A. Bosch-Kremer", "Bosch-Kremer", "Sven Brouwer-Lindqvist", "Brouwer-Lindqvist",
     "s.brouwer-lindqvist@bij12.nl", "06-31 08 77 25",
     "DNA-monster {{WDS-25-1299}}: wolf, individu {{GW2204f}} (roedel {{Drents-Friese Wold}}).", "toegekend", "3.416,50"),
]
WC = {"wf09": ("Thijs van der Molen", "RD-25-88120"), "wf10": ("Jesse Kroeze", "RD-25-88391"),
      "wf11": ("Anouk Smit-Oldenburger", "RD-25-90417")}
for (st, nr, farmer, fsur, tax, tsur, tmail, ttel, dna, uitk, bedrag) in TAX:
    wc, rnr = WC[st]
    D(f"{st}_taxatierapport", f"""
# Taxatierapport schade door wolf aan landbouwhuisdieren
{{{{BIJ12}}}} - unit {{{{Faunazaken}}}}, {{{{Croeselaan 15}}}}, {{{{Utrecht}}}}
Dossier: {{{{{nr}}}}}
Aanvrager: [[{farmer}]]
Taxateur: [[{tax}]] (e-mail [[{tmail}]], mobiel [[{ttel}]])
# Bevindingen
Op de dag na de melding heeft de taxateur de kadavers ter plaatse bekeken samen met de heer/mevrouw [[{fsur}]]. Er zijn beetwonden in de keelstreek en op de achterhand vastgesteld. Er is een uitstrijk genomen voor DNA-onderzoek door {{{{Wageningen Environmental Research}}}}.
{dna}
# Waardebepaling
De waarde is bepaald volgens de {{{{Taxatierichtlijn landbouwhuisdieren}}}} en de {{{{KWIN-Veehouderij}}}} normbedragen. Preventieve maatregelen op het moment van de aanval: voldoende volgens {{{{Wolf Fencing Nederland}}}}.
Advies aan de provincie: {uitk}. Getaxeerd bedrag: EUR {bedrag}.
Aanwezig bij de schouw: [[{fsur}]] en wolfconsulent [[{wc}]] van de {{{{Provincie Drenthe}}}}. Kadavers afgevoerd door {{{{Rendac}}}} ({{{{Son}}}}), ophaalnummer {{{{{rnr}}}}}.
Paraaf taxateur: [[{tsur}]]
""", font="DejaVuSans", producer="Aspose.PDF for .NET 23.4", creator="BIJ12 Taxatiemodule",
      title=f"Taxatierapport {nr}", author=tax.replace("Ing. ", ""), meta_probes=[])


# ---- 12 Outlook thread nature team <-> staff gedeputeerde --------------------------------------
D("wf12_mail_staf_gedeputeerde", """
Van: [[El Idrissi, Noor]] <[[n.elidrissi@drenthe.nl]]>
Verzonden: donderdag 4 september 2025 16:02
Aan: [[Kuipers, Marloes]] <[[m.kuipers@drenthe.nl]]>
CC: [[Stegeman, Ruben]] <[[r.stegeman@drenthe.nl]]>; {{bestuurssecretariaat@drenthe.nl}}
Onderwerp: RE: aanval Vledderveen - lijn voor de gedeputeerde
Hoi [[Marloes]],
Dank voor de snelle update. {{Gedeputeerde Schuiling}} gaat morgen bij de familie langs en wil weten of de taxatie al is ingepland. Kun je ook aangeven hoeveel aanvallen er dit jaar in {{Westerveld}} zijn geweest? De gedeputeerde krijgt vrijdag vragen van {{RTV Drenthe}}.
Groet, [[Noor]]
[[Noor El Idrissi]] | bestuursadviseur {{gedeputeerde Schuiling}} | [[06-27 33 48 10]]

Van: [[Kuipers, Marloes]] <[[m.kuipers@drenthe.nl]]>
Verzonden: donderdag 4 september 2025 14:37
Aan: [[El Idrissi, Noor]] <[[n.elidrissi@drenthe.nl]]>
Onderwerp: aanval Vledderveen - lijn voor de gedeputeerde
Hallo [[Noor]],
Gisteravond zijn bij de heer [[Ter Horst]] in {{Vledderveen}} vier ooien gedood. {{BIJ12}} taxeert morgen; taxateur is [[Elif Yılmaz]]. Het raster voldeed volgens de eerste foto's aan de eisen van het {{Interprovinciaal Wolvenplan}}. Dit is de zevende aanval in {{Westerveld}} sinds 1 januari.
Voorstel voor de lijn: de provincie betaalt de schade volledig als de wolf de veroorzaker is en er voldoende preventieve maatregelen waren (artikel 3 van de {{Beleidsregel tegemoetkoming faunaschade Drenthe 2024}}).
\f
Ik heb ook [[Thijs van der Molen]] (wolfconsulent) gevraagd om langs te gaan voor advies over het raster. Hij is bereikbaar op [[06-40 91 27 63]].
Met vriendelijke groet,
[[Marloes Kuipers]]
Beleidsmedewerker faunaschade | Team Natuur en Landschap
{{Provincie Drenthe}} | {{Westerbrink 1}}, {{Assen}}
T [[0592 36 54 07]] | M [[06-11 95 02 84]]
Algemeen nummer: {{0592 36 55 55}}

-----Oorspronkelijk bericht-----
Van: [[Stegeman, Ruben]]
Verzonden: donderdag 4 september 2025 08:51
Aan: [[Kuipers, Marloes]]
Onderwerp: FW: melding wolvenmeldpunt
[[Marloes]], kun jij dit oppakken? Ik zit vandaag bij het {{IPO}}-overleg in {{Den Haag}}. [[RS]]
""", font="DejaVuSans", producer="Microsoft Outlook 16.0 / Adobe PDF Library 21.1", creator="PScript5.dll Version 5.2.2",
  title="RE: aanval Vledderveen")


# ---- 13 Outlook thread with BIJ12 ----------------------------------------------------------------
D("wf13_mail_bij12", """
Van: [[Vos, Pieter]] <[[p.vos@bij12.nl]]>
Verzonden: maandag 1 september 2025 10:12
Aan: [[Kuipers, Marloes]] <[[m.kuipers@drenthe.nl]]>
CC: {{faunaschade@bij12.nl}}; [[Brouwer-Lindqvist, Sven]] <[[s.brouwer-lindqvist@bij12.nl]]>
Onderwerp: Dossier {{FS-2025-0841}} - uitslag DNA
Beste [[Marloes]],
De uitslag van het DNA-onderzoek in dossier {{FS-2025-0841}} ([[Wolters]], {{Vledder}}) is binnen: het gaat om een hond. Daarmee valt de schade buiten de {{Beleidsregel tegemoetkoming faunaschade Drenthe 2024}}. Ik stuur het taxatierapport vandaag via {{Mijn BIJ12}}. De aanvrager is telefonisch geïnformeerd door mijn collega [[Sven]].
Wil je de politie ({{Politie Noord-Nederland}}) informeren? De eigenaar van de hond is bij ons niet bekend.
Met vriendelijke groet,
[[Ing. P.J. Vos]]
Taxateur faunaschade | {{BIJ12}}
T [[030 275 61 88]] | {{www.bij12.nl}}

Van: [[Kuipers, Marloes]] <[[m.kuipers@drenthe.nl]]>
Verzonden: vrijdag 29 augustus 2025 09:03
Aan: [[Vos, Pieter]] <[[p.vos@bij12.nl]]>
Onderwerp: Dossier {{FS-2025-0841}}
Hoi [[Pieter]], de heer [[G.J. Wolters]] belde vanochtend boos op ([[06-38 12 44 70]]). Hij wil weten wanneer de uitslag komt. Kun je iets zeggen? Groet, [[Marloes]]

Van: [[Wolters]] <[[gj.wolters@hetnet.nl]]>
Verzonden: donderdag 28 augustus 2025 22:41
Aan: {{faunaschade@bij12.nl}}
CC: {{post@drenthe.nl}}; [[Jantina Wolters-Prins]] <[[jantina.prins@hetnet.nl]]>
Onderwerp: schade schapen {{Vledder}}
Geachte heer/mevrouw, gisternacht zijn 6 ooien en 2 lammeren doodgebeten. Ik heb foto's gemaakt en het {{Wolvenmeldpunt}} gebeld. Wanneer komt er iemand? Mijn nummer is [[0521 38 12 90]]. [[Gerrit-Jan Wolters]], [[Brink 4]], {{Vledder}}
""", producer="Microsoft Outlook 16.0", creator="Microsoft Outlook", title="Dossier FS-2025-0841")


# ---- 14 WhatsApp group --------------------------------------------------------------------------
D("wf14_whatsapp_schapenhouders", """
WhatsApp-chat met Schapenhouders Zuidwest-Drenthe
[03-09-2025 21:47] [[Hennie]]: Mannen, wolf is bij mij geweest. 4 ooien dood in het land achter de schuur 😢
[03-09-2025 21:49] [[Gerrit-Jan]]: Verdorie [[Hennie]]. Heb je het {{Wolvenmeldpunt}} al gebeld?
[03-09-2025 21:50] [[Hennie]]: Ja, {{BIJ12}} komt morgen. Die vrouw van de provincie, [[Marloes]], belde ook al
[03-09-2025 21:52] [[Aaltje B]]: Sterkte! Foto's maken voordat je iets aanraakt, anders wordt het lastig met de taxatie
[03-09-2025 21:55] [[Jurjen]]: Ik heb nog netten over als je wilt. Bel me maar [[06-55 02 81 17]]
[03-09-2025 22:03] [[Maaike vt Veld]]: Ze moeten die wolf gewoon afschieten. Schrijf de gedeputeerde!
[03-09-2025 22:05] [[Gerrit-Jan]]: Bij mij was het een hond volgens {{BIJ12}}. Krijg dus niks. Ik vertrouw dat DNA niet.
[03-09-2025 22:07] [[+31 6 48 20 19 75]]: Jullie kunnen je melden bij {{LTO Noord}}, zij verzamelen alle gevallen
[03-09-2025 22:08] [[Hennie]]: Wie is dit?
[03-09-2025 22:09] [[+31 6 48 20 19 75]]: [[Roel]] van {{LTO Noord}} afdeling {{Westerveld}}, [[Jurjen]] heeft me toegevoegd
\f
[04-09-2025 07:12] [[Aaltje B]]: Morgenavond informatieavond in {{De Ploeg}} in {{Diever}}, {{gedeputeerde Schuiling}} komt ook
[04-09-2025 07:15] [[Gerrit-Jan]]: Ik ga. Neem die brief van {{Wolf Fencing Nederland}} mee
[04-09-2025 07:31] [[Ome Jan]]: Ik ook. [[Dinie]] rijdt
[04-09-2025 09:44] [[Hennie]]: Taxateur was er, een jonge vrouw, [[Elif]]. Heel netjes. Zegt dat het raster goed was
[04-09-2025 09:46] [[Jurjen]]: Mooi zo. Dan betaalt de provincie alles
[04-09-2025 12:20] [[Maaike vt Veld]]: Heeft iemand het nummer van die wolfconsulent? [[Thijs]]?
[04-09-2025 12:22] [[Hennie]]: [[06-40 91 27 63]]
[04-09-2025 12:23] [[Maaike vt Veld]]: 👍
""", font="DejaVuSans", producer="Skia/PDF m120", creator="Chromium", title="WhatsApp Chat - Schapenhouders",
  meta_probes=[])

# ---- 15 Teams chat -------------------------------------------------------------------------------
D("wf15_teams_natuurteam", """
Teams-chat: Wolf Drenthe (team Natuur en Landschap)
[[Ruben Stegeman]] 08:55
Heeft iemand al een reactie op de Statenvragen van {{Statenlid Wever}}? Deadline bij de griffie is 24 september.
[[Iris Dijkhuis]] 09:02
Ik heb een eerste opzet. Cijfers van {{BIJ12}} zijn t/m augustus. [[MK]] kan jij checken of {{FS-2025-0866}} al is uitbetaald?
[[Marloes Kuipers]] 09:10
Nog niet, beschikking gaat deze week de deur uit. Bedrag EUR 1.188.
[[Thijs van der Molen]] 09:14
Voor vraag 4 (rasters): sinds 2023 hebben 212 houders subsidie gehad via de regeling {{Preventieve maatregelen wolf}}.
[[Iris Dijkhuis]] 09:16
Top, dank [[Thijs]]. Ik zet het in de concept-antwoorden en stuur het naar [[Noor]] voor de gedeputeerde.
[[Ruben Stegeman]] 09:20
Let op: geen namen van houders in de antwoorden, ook niet van [[Wolters]]. Die heeft al bij {{RTV Drenthe}} gestaan.
[[Jesse Kroeze]] 09:31
Ik was gisteren bij mevrouw [[Bosch-Kremer]] in {{Wapse}}. Raster in orde, maar de stroom stond maar op 3.200 volt. Advies {{Wolf Fencing Nederland}} is minimaal 4.500.
[[Marloes Kuipers]] 09:35
Dat zet ik niet in het antwoord. [[Jesse]], wil je het wel in het dossier {{FS-2025-0912}} in {{Corsa}} zetten?
[[Jesse Kroeze]] 09:36
Doe ik. Bel me als het nodig is, ik sta vandaag in het veld: [[06 29 44 61 70]]
[[Anouk Smit-Oldenburger]] 09:52
Mag ik aansluiten bij het gesprek met {{LTO Noord}} op 6 oktober? [[Ruben]] vindt het goed.
""", font="DejaVuSans", producer="Microsoft Teams export / Aspose.Words 23.1", creator="Aspose.Words", title="Teams chat wolf")

# ---- 16 Statenvragen -----------------------------------------------------------------------------
D("wf16_statenvragen", """
# Schriftelijke vragen ex artikel 41 van het {{Reglement van Orde}} van {{Provinciale Staten van Drenthe}}
Vragensteller: {{Statenlid Annemarie Wever}} ({{BBB}}) en {{Statenlid Okke Dijkstra}} ({{Partij voor de Dieren}})
Datum: 8 september 2025
Onderwerp: wolvenaanvallen in {{Westerveld}} en de {{tegemoetkoming faunaschade}}
Inleiding: In de media ({{RTV Drenthe}}, 5 september 2025) was te lezen dat een schapenhouder in {{Vledder}} geen vergoeding krijgt omdat de schade door een hond zou zijn veroorzaakt. Daarnaast zijn er in {{Vledderveen}} en {{Wapse}} recent schapen gedood door een wolf.
1. Hoeveel aanvallen op landbouwhuisdieren zijn in 2025 in {{Drenthe}} gemeld bij {{BIJ12}}?
2. In hoeveel gevallen is de schade vergoed, en wat was het totale bedrag?
3. Deelt het college de mening dat houders voordeel van de twijfel moeten krijgen wanneer het DNA-onderzoek geen uitsluitsel geeft?
4. Hoeveel houders hebben gebruikgemaakt van de regeling {{Preventieve maatregelen wolf}}?
5. Is {{gedeputeerde Schuiling}} bereid om met {{LTO Noord}} en de {{Vereniging Drentse Schapenhouders}} in gesprek te gaan?
{{Annemarie Wever}}, {{BBB}}
{{Okke Dijkstra}}, {{Partij voor de Dieren}}
Ingekomen bij de {{griffie}} op 8 september 2025, nummer {{SV-2025-077}}. Doorgezonden aan {{Gedeputeerde Staten}} met verzoek om beantwoording binnen drie weken. Zie ook de eerdere vragen {{SV-2025-041}} over het {{Dwingelderveld}} en de motie {{M 2025-12}} ({{wolfvrije zones}}).
""", font="Times-Roman", producer="Microsoft Word 2016", creator="Microsoft Word 2016", title="Statenvragen wolf",
  author="griffie", meta_probes=[])

D("wf17_antwoord_gs", """
# Beantwoording schriftelijke vragen {{Statenlid Wever}} ({{BBB}}) en {{Statenlid Dijkstra}} ({{Partij voor de Dieren}})
Kenmerk: {{2025-GS-4417}} | Datum: 23 september 2025 | Behandeld door: [[I. Dijkhuis]], telefoon [[0592 36 51 92]]
1. In 2025 zijn tot en met augustus 31 aanvallen op landbouwhuisdieren in {{Drenthe}} bij {{BIJ12}} gemeld.
2. In 24 gevallen is een tegemoetkoming toegekend, in totaal EUR 61.840.
3. Nee. De {{Beleidsregel tegemoetkoming faunaschade Drenthe 2024}} vereist dat de wolf als veroorzaker niet kan worden uitgesloten. Als het DNA-onderzoek een hond aanwijst, is er geen grond voor een tegemoetkoming.
4. Sinds 2023 hebben 212 houders subsidie ontvangen uit de regeling {{Preventieve maatregelen wolf}}.
5. Ja. {{Gedeputeerde Schuiling}} spreekt op 6 oktober 2025 met {{LTO Noord}} en de {{Vereniging Drentse Schapenhouders}}.
{{Gedeputeerde Staten van Drenthe}},
de voorzitter, {{commissaris van de Koning Roelof Bleker}}
de secretaris
Bijlage: overzicht per gemeente ({{Westerveld}} 7, {{Midden-Drenthe}} 6, {{Aa en Hunze}} 5, {{Borger-Odoorn}} 4, overige 9), opgesteld met gegevens van {{BIJ12}}. Correspondentie loopt via [[i.dijkhuis@drenthe.nl]].
""", font="Times-Roman", producer="Microsoft Word 2016", creator="Microsoft Word 2016", author="Dijkhuis, I.",
  meta_probes=["Dijkhuis, I."], title="Antwoord GS Statenvragen wolf")

# ---- 18 beslisnota --------------------------------------------------------------------------------
D("wf18_beslisnota", """
@@b1
# Beslisnota aan {{gedeputeerde Schuiling}}
Van: [[Marloes Kuipers]], team Natuur en Landschap
Kopie aan: [[R. Stegeman]] (teamleider), [[N. El Idrissi]] (bestuursadviseur)
Datum: 10 oktober 2025 | Kenmerk: {{NL/2025/1288}}
Onderwerp: tegemoetkoming faunaschade dossiers {{FS-2025-0866}} en {{FS-2025-0912}}
# Aanleiding
{{BIJ12}} heeft in beide dossiers geadviseerd een tegemoetkoming toe te kennen (EUR 1.188,00 en EUR 3.416,50). In dossier {{FS-2025-0841}} is geadviseerd af te wijzen (hond).
# Geadviseerd besluit
Aan de gedeputeerde wordt gevraagd in te stemmen met toekenning in de dossiers {{FS-2025-0866}} en {{FS-2025-0912}} en met afwijzing in dossier {{FS-2025-0841}}.
# Toelichting
De aanvragers voldeden aan de preventie-eisen. Mevrouw [[Bosch-Kremer]] vraagt daarnaast de kosten van {{Rendac}} en de dierenarts; deze vallen onder artikel 5 van de beleidsregel en worden meegenomen.
# Krachtenveld
{{LTO Noord}} en de {{Vereniging Drentse Schapenhouders}} vragen om coulance in dossier {{FS-2025-0841}}. De heer [[Wolters]] heeft een bezwaarschrift aangekondigd.
\f
@@b2
# Paraaf
|*Naam|Functie|Paraaf|Datum|
|[[M. Kuipers]]|beleidsmedewerker|[[MK]]|10-10-2025|
|[[R. Stegeman]]|teamleider|[[RSt]]|13-10-2025|
|[[A.W. Hofstee-Meijer]]|afdelingshoofd|[[AWH]]|14-10-2025|
# Informatie die niet openbaar gemaakt kan worden
{{Motivering}}: in de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren en aanvragers geanonimiseerd ({{5.1.2e}} {{Woo}}).
""", font="Helvetica", producer="Nitro Pro 13.70.2.40", creator="Nitro Pro", title="Beslisnota faunaschade",
  outline={"b1": "Beslisnota - concept Kuipers", "b2": "Paraaf - opmerkingen Bram Wiersma"}, outline_probes=["concept Kuipers", "Bram Wiersma"])

# ---- 19 decision letter ----------------------------------------------------------------------------
D("wf19_besluit_tegemoetkoming", """
{{Provincie Drenthe}} | {{Postbus 122}} | {{9400 AC Assen}}
Aangetekend
Mevrouw [[A. Bosch-Kremer]]
[[Oude Willem 9]]
[[8351 HV]] {{Wapse}}
Datum: 20 oktober 2025 | Kenmerk: {{FS-2025-0912}} | Relatienummer: [[R-0448172]]
Onderwerp: besluit tegemoetkoming faunaschade
Geachte mevrouw [[Bosch-Kremer]],
Op 20 oktober 2025 ontvingen wij via {{BIJ12}} uw aanvraag om een tegemoetkoming in de schade die een wolf op 19 oktober 2025 aan uw schapen heeft toegebracht. Op grond van artikel 6.1 van de {{Omgevingswet}} en de {{Beleidsregel tegemoetkoming faunaschade Drenthe 2024}} kennen wij u een tegemoetkoming toe van EUR 3.416,50, vermeerderd met EUR 412,00 voor destructie en dierenartskosten. Wij maken het bedrag binnen zes weken over op rekening [[NL08 ABNA 0551 2093 88]].
Uw aanvraag is behandeld door [[Marloes Kuipers]], telefoon [[0592 36 54 07]].
Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken bij {{Gedeputeerde Staten van Drenthe}}.
Hoogachtend,
{{Gedeputeerde Staten van Drenthe}},
namens dezen,
[[drs. R.H. Stegeman]]
teamleider Natuur en Landschap
""", font="Times-Roman", letterhead="Provincie Drenthe", producer="Microsoft Word 2019", creator="Microsoft Word 2019",
  title="Besluit FS-2025-0912")

# ---- 20 minutes ---------------------------------------------------------------------------------
D("wf20_verslag_wolfoverleg", """
# Verslag regionaal wolfoverleg Zuidwest-Drenthe
Datum: 6 oktober 2025, 19.30 uur | Locatie: {{Provinciehuis}}, {{Westerbrink 1}}, {{Assen}}
|*Aanwezig|Organisatie|Functie|
|{{gedeputeerde Schuiling}}|{{Provincie Drenthe}}|voorzitter|
|[[Ruben Stegeman]] ([[RS]])|{{Provincie Drenthe}}|teamleider Natuur|
|[[Marloes Kuipers]] ([[MK]])|{{Provincie Drenthe}}|notulist|
|[[Thijs van der Molen]] ([[TvdM]])|{{Provincie Drenthe}}|wolfconsulent|
|[[Harm-Jan Lubbers]] ([[HJL]])|{{LTO Noord}}|bestuurslid|
|[[Geesje Bartelds]] ([[GB]])|{{Vereniging Drentse Schapenhouders}}|secretaris|
|[[Ing. P.J. Vos]] ([[PV]])|{{BIJ12}}|taxateur|
Afwezig met bericht: {{burgemeester Van der Zwaag}} ({{gemeente Westerveld}}).
1. Opening. {{Gedeputeerde Schuiling}} opent en memoreert de aanvallen in {{Vledderveen}} en {{Wapse}}.
2. Cijfers. [[PV]] licht toe: 31 meldingen, 24 toekenningen. Gemiddelde doorlooptijd taxatie 1,6 dagen.
3. Preventie. [[TvdM]] meldt dat de regeling {{Preventieve maatregelen wolf}} in 2026 wordt verlengd. [[GB]] vraagt om hogere vergoeding voor arbeidsuren.
\f
4. Dossier hond/wolf. [[HJL]] vindt dat de provincie in dossier {{FS-2025-0841}} coulant moet zijn. De voorzitter zegt toe dit juridisch te laten bekijken.
5. Rondvraag. [[Geesje]] vraagt of het {{Wolvenmeldpunt}} ook in het weekend bemand is. Antwoord [[PV]]: ja, via het algemene nummer van {{BIJ12}}, {{030 275 69 00}}.
# Actielijst
|*Nr|Actie|Wie|Wanneer|
|1|Juridische toets {{FS-2025-0841}}|[[RS]]|1 november 2025|
|2|Voorstel vergoeding arbeidsuren|[[TvdM]]|1 december 2025|
|3|Cijfers per gemeente naar {{LTO Noord}}|[[MK]]|20 oktober 2025|
|4|Informatieavond {{Havelte}} plannen|[[GB]] / [[MK]]|november 2025|
""", font="Helvetica", cols=[150, 120, 120, 100], producer="Microsoft Word 2019", creator="Microsoft Word 2019",
  title="Verslag wolfoverleg 6 oktober 2025")

# ---- 21 roster ------------------------------------------------------------------------------------
D("wf21_piketrooster_wolfconsulenten", """
# Piketrooster wolfconsulenten en faunaschade, 4e kwartaal 2025
Team Natuur en Landschap, {{Provincie Drenthe}}. Meldingen buiten kantoortijd via {{0592 36 55 55}} (algemeen nummer, keuze 4).
|*Week|Naam|Personeelsnr.|Mobiel|
|40|[[Thijs van der Molen]]|[[P104882]]|[[06-40 91 27 63]]|
|41|[[Iris Dijkhuis]]|[[P106130]]|[[06-83 17 52 09]]|
|42|[[Marloes Kuipers]]|[[P101977]]|[[06-11 95 02 84]]|
|43|[[Jesse Kroeze]]|[[P108455]]|[[06 29 44 61 70]]|
|44|[[Thijs van der Molen]]|[[P104882]]|[[06-40 91 27 63]]|
|45|[[Anouk Smit-Oldenburger]]|[[P107301]]|[[06-52 73 08 44]]|
|46|[[Iris Dijkhuis]]|[[P106130]]|[[06-83 17 52 09]]|
|47|[[Jesse Kroeze]]|[[P108455]]|[[06 29 44 61 70]]|
Vervanging bij ziekte: [[Ruben Stegeman]], [[06-21 80 33 57]]. Afspraken: zie {{Draaiboek wolfincidenten}} versie 3.2.
Bij een dode of aangereden wolf: melden bij {{BIJ12}} ({{030 275 69 00}}) en de {{Faunabeheereenheid Drenthe}}; het kadaver gaat naar {{Dutch Wildlife Health Centre}} in {{Utrecht}}.
Bij een aanval op een hond of mens: {{112}} en daarna de {{Omgevingsdienst Drenthe}}. Persvragen altijd doorverwijzen naar {{pers@drenthe.nl}}.
Overdracht elke maandag om 09.00 uur in de {{Statenzaal}}-vleugel, kamer {{C2.14}}, of via {{Microsoft Teams}}.
""", font="Helvetica", cols=[50, 170, 110, 130], producer="Microsoft Excel 2019", creator="Microsoft Excel",
  title="Piketrooster Q4 2025", author="Kroeze, Jesse", meta_probes=[])

# ---- 22-23 invoices ---------------------------------------------------------------------------------
D("wf22_factuur_rasterbouw", """
# FACTUUR
[[Rasterbouw Jonkers]] - eenmanszaak van [[Egbert Jonkers]]
[[Dwarsweg 12]], [[7971 PK]] {{Havelte}} | tel. [[0521-34 19 80]] | [[info@rasterbouwjonkers.nl]]
KvK [[72019934]] | btw [[NL001988243B91]] | IBAN [[NL37 RABO 0147 2290 36]]
Aan: {{Provincie Drenthe}}, afdeling Natuur en Landschap, {{Postbus 122}}, {{9400 AC Assen}}
Factuurnummer: {{2025-118}} | Datum: 12 november 2025 | Uw referentie: {{PMW-2025-064}}
|*Omschrijving|Aantal|Prijs|Totaal|
|Wolfwerend raster 1,20 m, 5 draden|640 m|EUR 9,40|EUR 6.016,00|
|Schrikdraadapparaat {{Gallagher M1800}}|2|EUR 489,00|EUR 978,00|
|Arbeid|22 uur|EUR 48,00|EUR 1.056,00|
Totaal excl. btw EUR 8.050,00 | btw 21% EUR 1.690,50 | Totaal EUR 9.740,50
Project: spoedrasters na aanval {{Vledderveen}}, op verzoek van de wolfconsulent. Betaling binnen 30 dagen.
""", font="Helvetica", cols=[220, 70, 80, 100], producer="Moneybird PDF", creator="Moneybird", title="Factuur 2025-118")

D("wf23_factuur_dierenarts", """
# Dierenartsenpraktijk [[Annelies Groenveld-Şahin]]
[[Hoofdstraat 88]], [[7991 AD]] {{Dwingeloo}} | [[0521 59 12 34]] | KvK [[68112045]]
Nota aan: mevrouw [[A. Bosch-Kremer]], [[Oude Willem 9]], [[8351 HV]] {{Wapse}}
Notanummer: {{D-25-3307}} | Datum: 21 oktober 2025
|*Verrichting|Bedrag|
|Spoedvisite buiten kantoortijd|EUR 145,00|
|Behandeling 3 gewonde ooien (wondtoilet, antibiotica)|EUR 162,00|
|Euthanasie 1 ooi|EUR 45,00|
Totaal EUR 352,00 (vrijgesteld van btw). Gelieve te voldoen op [[NL15 KNAB 0259 8801 17]] t.n.v. [[A.M. Groenveld-Şahin]].
Kopie ten behoeve van aanvraag faunaschade {{FS-2025-0912}} bij {{BIJ12}}.
""", font="DejaVuSans", cols=[330, 120], producer="Nitro PDF Creator 13", creator="Nitro", title="Nota D-25-3307")

D("wf24_persbericht", """
# Persbericht: provincie vergoedt schade na wolvenaanvallen in {{Westerveld}}
{{Assen}}, 21 oktober 2025 - {{Provincie Drenthe}} vergoedt de schade van twee schapenhouders in {{Vledderveen}} en {{Wapse}} van wie schapen door een wolf zijn gedood. Dat heeft {{gedeputeerde Schuiling}} vandaag bekendgemaakt.
"Wij laten houders die hun dieren goed beschermen niet in de kou staan", aldus {{Schuiling}}. In een derde geval wees het DNA-onderzoek van {{Wageningen Environmental Research}} een hond aan; daar is geen tegemoetkoming mogelijk.
De provincie verlengt de regeling {{Preventieve maatregelen wolf}} tot en met 2026. Houders kunnen advies krijgen van de wolfconsulenten via {{0592 36 55 55}}.
Sinds 2023 hebben 212 houders in {{Drenthe}} subsidie ontvangen. Samen met {{LTO Noord}}, de {{Vereniging Drentse Schapenhouders}} en {{BIJ12}} organiseert de provincie in november een informatieavond in {{Havelte}}.
Noot voor de redactie: meer informatie bij de persvoorlichting van {{Provincie Drenthe}}, {{pers@drenthe.nl}}.
""", font="Helvetica", producer="Adobe PDF Library 23.1", creator="Adobe InDesign 19.0", title="Persbericht wolf",
  author="Sandra Voortman", xmp_creator="Sandra Voortman", meta_probes=["Sandra Voortman"])

D("wf26_notitie_juridisch", """
# Notitie juridische toets dossier {{FS-2025-0841}}
Aan: teamleider Natuur en Landschap | Van: team Juridische Zaken | Datum: 30 oktober 2025
Vraag: kan de provincie coulance betrachten wanneer het DNA-onderzoek een hond als veroorzaker aanwijst?
Antwoord: nee. De {{Beleidsregel tegemoetkoming faunaschade Drenthe 2024}} is gebaseerd op artikel 15.53 van de {{Omgevingswet}} en ziet alleen op schade door beschermde inheemse dieren. Schade door honden is verhaalbaar op de eigenaar (artikel 6:179 {{BW}}). Een hardheidsclausule bestaat niet. Toekenning zou in strijd zijn met het gelijkheidsbeginsel.
Advies: afwijzen, en de aanvrager wijzen op aangifte bij {{Politie Noord-Nederland}} en de mogelijkheid van bezwaar.
""", font="Helvetica", producer="PDFpen 13.1", creator="PDFpen", title="Juridische toets",
  notes=[(0, "Hadders, Lotte", "Check met Ruben of dit naar de gedeputeerde gaat"),
         (0, "Ruben Stegeman", "Ja, via Noor. Bel me even: 06-21 80 33 57")],
  annot_probes=["Hadders, Lotte", "Ruben", "Ruben Stegeman", "Noor", "06-21 80 33 57"])

D("wf27_scan_brief_schapenhouder", """
# Aan de provincie Drenthe, afdeling faunaschade
~Vledder, 12 september 2025
~Geachte heer, mevrouw,
~Ik ben het niet eens met de afwijzing van mijn aanvraag.
~Er loopt hier geen hond los, dat weet iedereen in het dorp.
~Mijn buurman [[Klaas Hummel]] heeft die nacht een wolf gezien.
~Bel mij gerust op [[06-38124470]].
~Met vriendelijke groet,
~[[Gerrit-Jan Wolters]]
~[[Brink 4]], Vledder
""", kind="scan", producer="KONICA MINOLTA bizhub C300i", creator="KONICA MINOLTA bizhub C300i")

D("wf25_waarnemingsrapport", """
@@o1
# Waarnemingsrapport wolf, regio {{Drents-Friese Wold}}, 3e kwartaal 2025
Opgesteld door team Natuur en Landschap op basis van meldingen bij het {{Wolvenmeldpunt}} en camerabeelden van {{Staatsbosbeheer}} en {{Natuurmonumenten}}.
|*Datum|Locatie|Melder|Bevestiging|
|02-07-2025|{{Doldersummerveld}}|[[J. Kamphuis]]|cameraval {{SBB-CV-17}}|
|19-07-2025|{{Wapserveld}}|[[Derk Oosting]]|spoor, niet bevestigd|
|08-08-2025|{{Vledderveen}}|[[fam. Ter Horst]]|DNA {{WDS-25-1203}}|
|27-08-2025|{{Vledder}}, {{Brink}}|[[G.J. Wolters]]|DNA hond|
|14-09-2025|{{Doldersummerveld}}|[[B. Nijenhuis]]|visueel, 2 dieren|
|21-09-2025|{{Frederiksoord}}, {{Koloniehuis}}|[[Sjoukje Hoekstra]]|foto, bevestigd|
@@o2
# Duiding
In het gebied verblijft een roedel van ten minste vijf dieren ({{GW1826m}}, {{GW2204f}} en drie welpen). De territoriumgrens loopt langs de {{Vledder Aa}}. Er zijn geen aanwijzingen voor probleemgedrag in de zin van het {{Interprovinciaal Wolvenplan}}. Melder [[Sjoukje Hoekstra]] ([[s.hoekstra@live.nl]]) heeft toestemming gegeven voor het gebruik van haar foto.
Camera {{SBB-CV-17}} staat op terrein van {{Staatsbosbeheer}} bij de {{Maatschappij van Weldadigheid}}-koloniewoningen; het beheer ligt bij boswachter [[Koen Wiegman]].
""", font="Helvetica", cols=[80, 150, 120, 140], producer="Microsoft Word 2019", creator="Microsoft Word 2019",
  title="Waarnemingsrapport wolf Q3 2025",
  outline={"o1": "Tabel - aangeleverd door Jesse Kroeze", "o2": "Duiding (review Iris D.)"},
  outline_probes=["Jesse Kroeze", "Iris D."])

D("wf28_scan_meldformulier", """
# Melding schade door wolf - papieren formulier
|Naam:|~[[Derk Oosting]]|
|Adres:|~[[Wapserveld 3, Wapse]]|
|Telefoon:|~[[0521 387 442]]|
|Geboortedatum:|~[[14-03-1961]]|
|Aantal dieren:|~2 ooien gewond|
|Datum:|~24-07-2025|
|Ingenomen door:|~[[T. van der Molen]]|
|Handtekening:|~[[D. Oosting]]|
""", kind="scan", producer="RICOH IM C3000", creator="RICOH IM C3000")

D("wf29_scan_presentielijst", """
# Presentielijst informatieavond wolf
# De Ploeg, Diever, 5 september 2025
|Naam|Plaats|Handtekening|
|~[[Gerrit-Jan Wolters]]|~Vledder|~[[GJW]]|
|~[[Hennie ter Horst]]|~Vledderveen|~[[Hennie]]|
|~[[Aaltje Bosch]]|~Wapse|~[[A. Bosch]]|
|~[[Jurjen de Haan]]|~Dwingeloo|~[[J.d.H.]]|
|~[[Geesje Bartelds]]|~Havelte|~[[G.B.]]|
|~[[Wessel Jonkman]]|~Wapse|~[[Wessel J.]]|
\f
# Presentielijst (vervolg)
|Naam|Plaats|Handtekening|
|~[[Dinie Lubbers]]|~Diever|~[[Dinie]]|
|~[[Harm-Jan Lubbers]]|~Diever|~[[HJL]]|
|~[[Sjoukje Hoekstra]]|~Frederiksoord|~[[S. Hoekstra]]|
|~[[Roel Mulder]]|~Uffelte|~[[R. Mulder]]|
""", kind="scan", producer="Canon iR-ADV C5535", creator="Canon iR-ADV C5535")

D("wf30_brief_schapenhouders", """
Provincie Drenthe
Aan de houders van schapen en geiten in de gemeente {{Westerveld}}
Datum: 15 oktober 2025
Kenmerk: {{NL/2025/1302}}
Onderwerp: preventieve maatregelen tegen de wolf
Geachte heer, mevrouw,
In de afgelopen maanden zijn in uw omgeving meerdere schapen gedood door een wolf. Met deze brief informeren wij u over de regeling {{Preventieve maatregelen wolf}} en de {{tegemoetkoming faunaschade}} via {{BIJ12}}.
Een tegemoetkoming is alleen mogelijk als uw dieren achter een wolfwerend raster staan. De wolfconsulenten van de provincie adviseren u kosteloos. U bereikt hen via {{0592 36 55 55}} of {{wolf@drenthe.nl}}. Meer informatie vindt u op {{www.bij12.nl}} en bij {{Wolf Fencing Nederland}}.
Voor vragen over deze brief kunt u terecht bij [[Iris Dijkhuis]], telefoon [[0592 36 51 92]], e-mail [[i.dijkhuis@drenthe.nl]].
Met vriendelijke groet,
{{Gedeputeerde Staten van Drenthe}},
namens dezen,
[[ing. J.A. Kroeze]]
coördinator wolfconsulenten
""", kind="docx", author="Iris Dijkhuis", meta_probes=[], title="Brief schapenhouders Westerveld",
  )

D("wf31_verslag_keukentafelgesprek", """
Verslag keukentafelgesprek
Datum: 28 oktober 2025
Plaats: boerderij van de familie [[Wolters]], {{Vledder}}
Aanwezig: {{gedeputeerde Schuiling}}, [[Noor El Idrissi]] (bestuursadviseur), [[Thijs van der Molen]] (wolfconsulent), de heer [[G.J. Wolters]] en zijn echtgenote [[Jantina Wolters-Prins]]
Aanleiding
De heer [[Wolters]] heeft na de afwijzing van zijn aanvraag ({{FS-2025-0841}}) om een gesprek met de gedeputeerde gevraagd. Hij betwijfelt de uitslag van het DNA-onderzoek.
Gespreksverloop
De gedeputeerde legt uit dat de provincie gebonden is aan de {{Beleidsregel tegemoetkoming faunaschade Drenthe 2024}} en aan de uitslag van {{Wageningen Environmental Research}}. De heer [[Wolters]] vertelt dat hij sinds de aanval slecht slaapt en onder behandeling is van de huisarts voor [[spanningsklachten]]. Mevrouw [[Wolters-Prins]] vraagt of een contra-expertise mogelijk is.
\f
Afspraken
1. De wolfconsulent komt op 4 november 2025 langs voor advies over het raster; kosten vallen onder de regeling {{Preventieve maatregelen wolf}}.
2. De provincie informeert bij {{BIJ12}} of een tweede DNA-analyse van het bewaarde monster {{WDS-25-1187}} mogelijk is.
3. [[Noor]] stuurt het verslag binnen een week naar de familie via [[gj.wolters@hetnet.nl]].
4. De heer [[Wolters]] overweegt bezwaar; de termijn loopt tot 10 december 2025.
Opgesteld door: [[N. El Idrissi]], [[06-27 33 48 10]]
""", kind="docx", author="El Idrissi, Noor", meta_probes=["El Idrissi, Noor"], title="Verslag keukentafelgesprek")

INV = [
    ("1", "wf01", "02-03-2026", "Woo-verzoek", "deels openbaar", "5.1.2e"),
    ("2", "wf02", "05-03-2026", "Ontvangstbevestiging", "deels openbaar", "5.1.2e"),
    ("3", "wf03", "28-08-2025", "Aanvraag tegemoetkoming FS-2025-0841", "deels openbaar", "5.1.2e"),
    ("4", "wf04", "04-09-2025", "Aanvraag tegemoetkoming FS-2025-0866", "deels openbaar", "5.1.2e"),
    ("5", "wf05", "20-10-2025", "Aanvraag tegemoetkoming FS-2025-0912", "deels openbaar", "5.1.2e"),
    ("6", "wf06", "03-11-2025", "Aanvraag tegemoetkoming FS-2025-0937", "deels openbaar", "5.1.2e"),
    ("7", "wf07", "09-01-2026", "Aanvraag tegemoetkoming FS-2026-0014", "deels openbaar", "5.1.2e"),
    ("8", "wf08", "14-09-2025", "Meldingsformulier wolfwaarneming", "deels openbaar", "5.1.2e"),
    ("9", "wf09", "01-09-2025", "Taxatierapport FS-2025-0841", "deels openbaar", "5.1.2e"),
    ("10", "wf10", "05-09-2025", "Taxatierapport FS-2025-0866", "deels openbaar", "5.1.2e"),
    ("11", "wf11", "21-10-2025", "Taxatierapport FS-2025-0912", "deels openbaar", "5.1.2e"),
    ("12", "wf12", "04-09-2025", "E-mailwisseling aanval Vledderveen", "deels openbaar", "5.1.2e"),
    ("13", "wf13", "01-09-2025", "E-mailwisseling BIJ12 uitslag DNA", "deels openbaar", "5.1.2e"),
    ("14", "wf14", "04-09-2025", "WhatsApp-chat schapenhouders", "deels openbaar", "5.1.2e"),
    ("15", "wf15", "16-09-2025", "Teams-chat team Natuur", "deels openbaar", "5.1.2e"),
    ("16", "wf16", "08-09-2025", "Statenvragen", "openbaar", "-"),
    ("17", "wf17", "23-09-2025", "Antwoord GS", "deels openbaar", "5.1.2e"),
    ("18", "wf18", "10-10-2025", "Beslisnota", "deels openbaar", "5.1.2e"),
    ("19", "wf19", "20-10-2025", "Besluit tegemoetkoming FS-2025-0912", "deels openbaar", "5.1.2e"),
    ("20", "wf20", "06-10-2025", "Verslag wolfoverleg", "deels openbaar", "5.1.2e"),
    ("21", "wf21", "29-09-2025", "Piketrooster", "deels openbaar", "5.1.2e"),
    ("22", "wf22", "12-11-2025", "Factuur rasterbouw", "deels openbaar", "5.1.2e"),
    ("23", "wf23", "21-10-2025", "Nota dierenarts", "deels openbaar", "5.1.2e"),
    ("24", "wf24", "21-10-2025", "Persbericht", "openbaar", "-"),
    ("25", "wf25", "30-09-2025", "Waarnemingsrapport Q3", "deels openbaar", "5.1.2e"),
    ("26", "wf26", "30-10-2025", "Notitie juridische toets", "deels openbaar", "5.1.2e"),
    ("27", "wf27", "12-09-2025", "Brief schapenhouder", "deels openbaar", "5.1.2e"),
    ("28", "wf28", "24-07-2025", "Papieren schademelding", "deels openbaar", "5.1.2e"),
    ("29", "wf29", "05-09-2025", "Presentielijst informatieavond", "deels openbaar", "5.1.2e"),
    ("30", "wf30", "15-10-2025", "Brief aan schapenhouders", "deels openbaar", "5.1.2e"),
    ("31", "wf31", "28-10-2025", "Verslag keukentafelgesprek", "deels openbaar", "5.1.2e, 5.1.1d"),
]
rows = "\n".join(f"|{a}|{{{{WOO-2026-0117-{b.upper()}}}}}|{c}|{d}|{e}|{f}|" for a, b, c, d, e, f in INV)
D("wf33_inventarislijst", "# Inventarislijst bij besluit {{WOO-2026-0117}}\n|*Nr|Document-ID|Datum|Omschrijving|Beoordeling|Grond|\n"
  + rows + "\nOpgesteld door: [[L.M. Hadders]] ([[LMH]]), gecontroleerd door [[Bram Wiersma]] ([[BW]]).\n"
  + "Grondslagen: {{5.1.2e}} {{Woo}} (eerbiediging van de persoonlijke levenssfeer); {{5.1.1e}} {{Woo}} (identificatienummers); {{5.1.1d}} {{Woo}} (gezondheid).",
  font="Helvetica", size=9, cols=[30, 120, 65, 180, 80, 60], producer="Microsoft Excel 2019", creator="Microsoft Excel",
  title="Inventarislijst WOO-2026-0117", author="Hadders, Lotte", meta_probes=["Hadders, Lotte"])

D("wf32_woo_besluit", """
{{Provincie Drenthe}} | {{Westerbrink 1}} | {{9405 BJ Assen}} | {{www.provincie.drenthe.nl}}
Mevrouw [[F. Roelofsen-Bakker]]
[[Heidebloemweg 17]]
[[8386 GK]] {{Doldersum}}
Datum: 14 april 2026 | Kenmerk: {{WOO-2026-0117}}
Onderwerp: besluit op uw Woo-verzoek over de wolf en faunaschade
Geachte mevrouw [[Roelofsen-Bakker]],
# 1. Uw verzoek
Op 2 maart 2026 heeft u ons gevraagd om openbaarmaking van documenten over wolvenaanvallen op schapen rond {{Vledder}}, {{Wapse}} en {{Diever}}. Op 27 maart 2026 hebben wij de beslistermijn met twee weken verdaagd. Vier derde-belanghebbenden (schapenhouders en {{BIJ12}}) zijn in de gelegenheid gesteld een zienswijze te geven; de heer [[Wolters]] heeft daarvan gebruikgemaakt.
# 2. Besluit
Wij maken de 31 documenten op de inventarislijst openbaar: twee volledig, negenentwintig gedeeltelijk.
# 3. Overwegingen
Persoonsgegevens ({{artikel 5.1, tweede lid, aanhef en onder e, Woo}}). Namen, adressen, telefoonnummers, e-mailadressen, bankrekeningnummers, KvK-nummers van eenmanszaken en handtekeningen van schapenhouders, melders en andere burgers maken wij niet openbaar. Dat geldt ook voor de namen en contactgegevens van medewerkers van de provincie en van {{BIJ12}} die niet vanuit hun functie in de openbaarheid treden. Het belang van de eerbiediging van de persoonlijke levenssfeer weegt zwaarder dan het belang van openbaarheid.
\f
Namen van {{gedeputeerde Schuiling}}, {{commissaris van de Koning Roelof Bleker}}, de Statenleden {{Annemarie Wever}} en {{Okke Dijkstra}} en {{burgemeester Van der Zwaag}} maken wij wel openbaar: zij treden in hun functie in de openbaarheid.
Gegevens over gezondheid ({{artikel 5.1, eerste lid, onder d, Woo}}). In document 31 staat informatie over de gezondheid van een schapenhouder. Die maken wij niet openbaar.
Over de identiteit van individuele wolven ({{GW1826m}}, {{GW2204f}}) en de locaties van camera's van {{Staatsbosbeheer}} is geen uitzonderingsgrond van toepassing.
# 4. Tot slot
De documenten worden gepubliceerd op {{open.overheid.nl}}. Tegen dit besluit kunt u binnen zes weken bezwaar maken bij {{Gedeputeerde Staten van Drenthe}}, {{Postbus 122}}, {{9400 AC Assen}}. Voor vragen: {{woo@drenthe.nl}} of {{0592 36 55 55}}, onder vermelding van {{WOO-2026-0117}}.
Hoogachtend,
{{Gedeputeerde Staten van Drenthe}},
namens dezen,
[[mr. L.M. Hadders]]
juridisch adviseur Woo
Bijlage: inventarislijst
""", font="Times-Roman", letterhead="Provincie Drenthe", producer="Microsoft Word 2019", creator="Microsoft Word 2019",
  title="Besluit Woo-verzoek WOO-2026-0117")
