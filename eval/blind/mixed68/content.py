"""Content of set BZ (mixed68): a Woo dossier on a legionella outbreak in Tilburg, autumn 2024.
All persons below the political level are invented. See make_set.py for the markup."""
from make_set import Doc

DOCS = []


def add(d):
    DOCS.append(d)
    return d


def all_docs():
    return DOCS


# -------------------------------------------------------------------------------------------- bz01
d = add(Doc("bz01_mail_signaal_cluster", font="DejaVuSans", title="Signaal cluster legionella Tilburg"))
d.h("E-mailwisseling: signaal cluster legionellapneumonie regio {{l:Tilburg}}")
d.small("Document 1 - {{r:zaaknummer IZB-2024-0917|IZB-2024-0917}} - {{o:GGD Hart voor Brabant}}")
d.mail("[[Lin, Jia-Hui|Lin, Jia-Hui]] &lt;[[e:jiahui.lin@rivm.nl]]&gt;", "dinsdag 17 september 2024 16:48",
       "[[Heuvel-Brink, M. van den|Heuvel-Brink, M. van den]] &lt;[[e:m.vandenheuvel-brink@ggdhvb.nl]]&gt;",
       "RE: melding 4 gevallen legionellose week 37", cc="{{m:lci@rivm.nl}}; [[Floor Bastiaansen]]",
       body="""
Beste [[Marloes]],
Dank voor je snelle melding. Vier patiënten met een eerste ziektedag binnen tien dagen en woonadressen binnen een straal van 3 km rond het bedrijventerrein {{l:Loven}} is inderdaad een signaal. Ik heb het cluster vanmiddag in het {{o:LCI}}-overleg ingebracht; [[prof. dr. Adriaan ter Beek]] kijkt mee vanuit het {{o:Centrum Infectieziektebestrijding}}.
Advies: start een bronopsporing volgens de {{p:LCI-richtlijn Legionellose}} en vraag het laboratorium van het {{o:ETZ}} om de isolaten naar het {{o:RIVM}} te sturen voor typering.
Met vriendelijke groet,
[[dr. Jia-Hui Lin]]
{{f:arts infectieziektebestrijding}}, {{o:Landelijke Coördinatie Infectieziektebestrijding}}
{{o:RIVM}} | T {{t:030 274 91 11}} | M [[t:06-2844 7105]]
""")
d.mail("[[Heuvel-Brink, M. van den|Heuvel-Brink, M. van den]]", "dinsdag 17 september 2024 14:02",
       "{{m:lci@rivm.nl}}; [[Jia-Hui Lin]]", "melding 4 gevallen legionellose week 37",
       cc="[[Naima el Haddouti]]; [[Wiktor Kowalczyk]]",
       body="""
Beste collega's,
Sinds vrijdag hebben wij vier meldingen van legionellose ontvangen via {{o:Osiris}}: drie mannen en een vrouw tussen 60 en 76 jaar, allen opgenomen in het {{o:Elisabeth-TweeSteden Ziekenhuis}}. Eén patiënt ([[Weterink]]) ligt op de IC. Geen gemeenschappelijke reis, wel woonachtig in {{l:Tilburg}}-West en {{l:Goirle}}.
[[Wiktor]] maakt een kaartje met de woonadressen; [[Naima]] heeft de {{f:technisch hygiënist}} ([[Glenn Tjin-A-Koeng]]) gevraagd de koeltorenregistratie op te vragen.
Ik ben morgen bereikbaar op [[t:06-41 82 77 90]].
Groet,
[[Marloes van den Heuvel-Brink]]
{{f:arts infectieziektebestrijding}} | {{o:GGD Hart voor Brabant}} | algemeen {{t:0900 463 64 43}}
""")

# -------------------------------------------------------------------------------------------- bz02
d = add(Doc("bz02_mail_rivm_vws_bureau_minister", font="LiberationSans", size=10))
d.h("E-mails {{o:RIVM}} - {{o:ministerie van VWS}} over de uitbraak in {{l:Tilburg}}")
d.mail("[[Aydın-Verbruggen, Koen]]", "vrijdag 27 september 2024 09:12",
       "[[Hoogendijk, Merel]]; [[Schoonderwoerd, Ingrid]]",
       "FW: stand van zaken legionella Tilburg - voor minister",
       cc="{{m:dgvz-secretariaat@minvws.nl}}",
       body="""
Hoi [[Merel]],
Hierbij de update van het {{o:RIVM}} van vanochtend voor het bewindspersonenoverleg. Kern: 19 bevestigde patiënten, 2 overleden, bron vermoedelijk een natte koeltoren op {{l:Loven}}. {{h:DG Lammers}} is geïnformeerd en wil dat {{h:minister Agema}} maandag wordt bijgepraat; {{h:staatssecretaris Karremans}} krijgt een kopie omdat het onder zijn portefeuille preventie valt.
Kun jij 15 minuten inplannen in de agenda van de minister? Ik zit zelf tot 14.00 uur bij de {{o:NVWA}}, daarna op [[t:06-1077 3325]].
[[Koen]]
[[Koen Aydın-Verbruggen]] | senior beleidsmedewerker | {{o:Directie Publieke Gezondheid}}
[[e:k.aydin-verbruggen@minvws.nl]]
""")
d.mail("[[Dijkhuizen, P.J.|Dijkhuizen, P.J.]] (RIVM)", "vrijdag 27 september 2024 08:31",
       "[[Koen Aydın-Verbruggen]]", "stand van zaken legionella Tilburg",
       cc="[[Jia-Hui Lin]]; [[Bastiaansen, Floor]]",
       body="""
Beste [[Koen]],
Stand per vandaag 08.00 uur:
- 19 patiënten met een bevestigde {{x:Legionella pneumophila}} serogroep 1-infectie, 2 overleden (een 77-jarige man uit {{l:Oisterwijk}} en een 81-jarige vrouw uit {{l:Tilburg}}).
- Typering: 9 van de 11 klinische isolaten zijn {{x:ST47}}; het isolaat uit koeltoren KT-2 van het bedrijf op {{l:Loven}} is eveneens {{x:ST47}}.
- De {{o:Omgevingsdienst Midden- en West-Brabant}} heeft de koeltoren gisteren stil laten leggen.
Ik stuur maandag een nieuwe update. Voor vragen over de typering kun je [[Adriaan]] bellen ([[t:030 274 26 58]]).
Met vriendelijke groet,
[[drs. Pieter-Jan Dijkhuizen]]
{{o:Centrum Infectieziektebestrijding}} | {{o:RIVM}}
[[e:pj.dijkhuizen@rivm.nl]] | [[t:+31 6 5392 1184]]
""")
d.mail("[[Merel Hoogendijk]]", "vrijdag 27 september 2024 10:05", "[[Koen Aydın-Verbruggen]]",
       "RE: FW: stand van zaken legionella Tilburg - voor minister",
       body="""
Staat erin: maandag 30 september 10.15-10.30 uur, kamer minister. {{h:Minister Agema}} wil ook weten of {{h:burgemeester Weterings}} al contact heeft gehad met de {{o:GGD}}. Wil jij dat nagaan bij [[Schoonderwoerd]]?
Groet, [[Merel]]
politiek assistent {{o:Bureau Bestuursondersteuning}}
""")

# -------------------------------------------------------------------------------------------- bz03
d = add(Doc("bz03_verslag_omt_regio_1", font="DejaVuSerif", size=9.5))
d.h("Verslag regionaal uitbraakteam (OMT-regio) legionella {{l:Tilburg}}")
d.p("Datum: {{d:vrijdag 20 september 2024}}, 13.00-14.30 uur | Locatie: {{o:GGD Hart voor Brabant}}, {{a:Ringbaan-West 239|Ringbaan-West 239}}, {{l:Tilburg}} en Teams")
d.p("Kenmerk: {{r:OMT-LEG-TBG-01}}")
d.h2("Aanwezig")
d.t([["Naam", "Organisatie / functie", "Paraaf"],
     ["[[dr. M. van den Heuvel-Brink]]", "{{o:GGD Hart voor Brabant}}, {{f:arts infectieziektebestrijding}} (voorzitter)", "[[g:MvdHB]]"],
     ["[[N. el Haddouti]]", "{{o:GGD Hart voor Brabant}}, teamleider IZB", "[[g:NeH]]"],
     ["[[drs. W. Kowalczyk]]", "{{o:GGD Hart voor Brabant}}, {{f:epidemioloog}}", "[[g:WK]]"],
     ["[[G.R. Tjin-A-Koeng]]", "{{o:GGD Hart voor Brabant}}, {{f:technisch hygiënist}}", "[[g:GTK]]"],
     ["[[R. Ramdin]]", "{{o:GGD Hart voor Brabant}}, medisch milieukundige", "[[g:RRa]]"],
     ["[[dr. B. Claessens]]", "{{o:ETZ}}, {{f:arts-microbioloog}}", "[[g:BCl]]"],
     ["[[dr. J.H. Lin]]", "{{o:RIVM}}/{{o:LCI}}", "[[g:JHL]]"],
     ["[[E. Yıldız]]", "{{o:GGD Hart voor Brabant}}, arts M&amp;G i.o. (notulen)", "[[g:EYi]]"]],
    widths=[3, 5, 1.2])
d.p("Afwezig met bericht: [[S. Oosterhuis]] (sociaal-verpleegkundige), [[L. Brouwers]] ({{o:Omgevingsdienst Midden- en West-Brabant}}).")
d.h2("1. Epidemiologie")
d.p("[[Kowalczyk]] presenteert de epicurve: 9 patiënten met eerste ziektedag tussen 6 en 18 september. Mediane leeftijd 71 jaar; 6 mannen. Alle patiënten wonen of werken binnen 4 km van het bedrijventerrein {{l:Loven}}. [[Claessens]] meldt dat de urine-antigeentest bij alle 9 positief was; van 5 patiënten is sputum gekweekt.")
d.h2("2. Bronopsporing")
d.p("[[Tjin-A-Koeng]] heeft via het {{o:Landelijk Register Koeltorens}} 14 natte koeltorens binnen 5 km gevonden. Bemonstering van de 6 dichtstbijzijnde torens is gevraagd aan de {{o:Omgevingsdienst Midden- en West-Brabant}}. [[Ramdin]] wijst op de windrichting (zuidwest) in de incubatieperiode.")
d.h2("3. Communicatie")
d.p("Woordvoering loopt via {{s:Femke Zwartjes}} (woordvoerder {{o:GGD}}). Huisartsen in {{l:Tilburg}}, {{l:Goirle}} en {{l:Oisterwijk}} krijgen vandaag een brief. {{h:Burgemeester Weterings}} wordt door de {{o:GGD}}-directie geïnformeerd.")
d.h2("Actielijst")
d.t([["Nr", "Actie", "Wie", "Gereed"],
     ["1", "Bemonstering 6 koeltorens aanvragen", "Actie: [[g:GTK]]", "21-09"],
     ["2", "Isolaten naar {{o:RIVM}} voor sequentietypering", "Actie: [[g:BCl]]", "23-09"],
     ["3", "Vragenlijst blootstelling bij alle patiënten afnemen", "Actie: [[g:NeH]] / [[S. Oosterhuis]]", "24-09"],
     ["4", "Windroos en kaart woonadressen", "Actie: [[g:WK]]", "23-09"],
     ["5", "Huisartsenbrief en persbericht", "Actie: [[g:MvdHB]] met {{s:Zwartjes}}", "20-09"]],
    widths=[0.5, 6, 2.5, 1.2])
d.p("Volgend overleg: {{d:dinsdag 24 september 2024}}. Verslag: [[E. Yıldız]], vastgesteld door [[g:MvdHB]].")

# -------------------------------------------------------------------------------------------- bz04
d = add(Doc("bz04_verslag_omt_regio_3", font="Helvetica", size=9.5))
d.h("OMT-regio legionella Tilburg - verslag 3e overleg")
d.p("Datum: {{d:1 oktober 2024}} | Kenmerk {{r:OMT-LEG-TBG-03}} | Teams")
d.p("Aanwezig: [[g:MvdHB]] (vz), [[g:NeH]], [[g:WK]], [[g:GTK]], [[g:SO]], [[g:JHL]] ({{o:RIVM}}), [[g:BCl]] ({{o:ETZ}}), mw. [[L. Brouwers]] ({{o:OMWB}}), [[dhr. Y. Amrani]] ({{o:gemeente Tilburg}}, openbare orde), [[g:EYi]] (verslag).")
d.p("<b>Afkortingen</b>: MvdHB = [[Marloes van den Heuvel-Brink]], NeH = [[Naima el Haddouti]], WK = [[Wiktor Kowalczyk]], GTK = [[Glenn Tjin-A-Koeng]], SO = [[Sanne Oosterhuis]], JHL = [[Jia-Hui Lin]], BCl = [[Bart Claessens]], EYi = [[Emre Yildiz]].")
d.p("<b>1. Stand</b>. 23 patiënten, waarvan 3 overleden. Nieuw sinds vorige week: een bewoner van zorgcentrum {{o:De Wielewaal}} (patiënt 21) en een medewerker van een distributiecentrum op {{l:Loven}} (patiënt 22). [[g:SO]] heeft bij alle nieuwe patiënten de vragenlijst afgenomen.")
d.p("<b>2. Bron</b>. {{x:ST47}} in koeltoren KT-2 van {{o:Brabant Koeltechniek B.V.}} bevestigd door het {{o:RIVM}}. De {{o:OMWB}} heeft een last onder dwangsom opgelegd (kenmerk {{r:OMWB-2024-HH-5531}}). [[Brouwers]] meldt dat het beheersplan sinds maart niet was bijgewerkt.")
d.p("<b>3. Zorgcentrum</b>. Bij patiënt 21 is het drinkwater in de instelling bemonsterd (uitslag volgt). De {{o:Inspectie Gezondheidszorg en Jeugd}} is door [[g:MvdHB]] geïnformeerd.")
d.p("<b>Acties</b>")
d.mono("""Actie: GTK   - nabemonstering KT-2 na desinfectie (week 41)
Actie: SO    - nagesprek met familie patiënt 21, contact via dochter
Actie: WK    - eindrapportage epicurve voor LCI
Actie: MvdHB - afstemming met IGJ over zorgcentrum
Actie: [[g:YA]]    - bewonersbrief Loven-Noord met gemeente""")
d.p("<b>Besluit</b>: het uitbraakteam adviseert geen nieuwe maatregelen voor de bevolking; de {{o:GGD}} meldt de uitbraak via {{o:EWRS}} aan het {{o:ECDC}}.")
d.small("Verslag: EYi. Paraaf voorzitter: MvdHB, {{d:2 oktober 2024}}.")

# -------------------------------------------------------------------------------------------- bz05
PAT = [
    # nr, name, dob, address, bsn, onset, hosp, comorbidity, exposure, outcome
    ("1", "[[Cornelis Weterink]]", "[[d:12-03-1948]]", "[[a:Ringbaan-Oost 212|Ringbaan-Oost 212]], [[a:5013 CD|5013 CD]] Tilburg", "[[b:174388524]]", "06-09", "{{o:ETZ}}, IC", "[[h:COPD GOLD III]]", "wandelt dagelijks langs Loven", "herstellend"),
    ("2", "[[Johanna Karreman-de Wit]]", "[[d:07-11-1951]]", "[[a:Bredaseweg 88|Bredaseweg 88]], [[a:5038 NH|5038 NH]] Tilburg", "[[b:203947617]]", "08-09", "{{o:ETZ}}", "[[h:diabetes mellitus type 2]]", "vrijwilliger kringloopwinkel Loven", "ontslagen"),
    ("3", "[[Mehmet Öztürk]]", "[[d:21-06-1963]]", "[[a:Korvelseweg 145|Korvelseweg 145]], [[a:5025 JK|5025 JK]] Tilburg", "[[b:311588207]]", "09-09", "{{o:ETZ}}", "[[h:roker, 40 pakjaren|40 pakjaren]]", "chauffeur, dagelijks op Loven", "ontslagen"),
    ("4", "[[Fatima Azzouzi]]", "[[d:02-09-1970]]", "[[a:Tilburgseweg 9B|Tilburgseweg 9B]], [[a:5051 AA|5051 AA]] Goirle", "[[b:420769134]]", "10-09", "{{o:ETZ}}", "[[h:reumatoïde artritis, methotrexaat|methotrexaat]]", "werkt bij bakkerij Loven", "ontslagen"),
    ("5", "[[Jan-Willem van Gils]]", "[[d:15-01-1947]]", "[[a:Heukelomseweg 17|Heukelomseweg 17]], [[a:5061 EW|5061 EW]] Oisterwijk", "[[b:187335047]]", "11-09", "{{o:ETZ}}, IC", "[[h:niertransplantatie 2019|niertransplantatie]]", "bezoek garage Loven 5-9", "overleden 25-09"),
    ("6", "[[Stanisław Nowak]]", "[[d:30-05-1982]]", "[[a:Kraaivenstraat 36 (short stay)|Kraaivenstraat 36]], Tilburg", "[[b:266104484]]", "12-09", "{{o:ETZ}}", "[[h:alcoholabusus]]", "orderpicker distributiecentrum", "ontslagen"),
    ("7", "[[Chen Mei-Ling]]", "[[d:18-08-1943]]", "[[a:Piushaven 41|Piushaven 41]], [[a:5017 AN|5017 AN]] Tilburg", "[[b:339210758]]", "13-09", "{{o:ETZ}}", "[[h:longcarcinoom, chemotherapie|longcarcinoom]]", "dagbesteding nabij Loven", "overleden 24-09"),
    ("8", "[[Lucia Doelwijt]]", "[[d:25-12-1959]]", "[[a:Dr. Deelenlaan 63|Deelenlaan 63]], [[a:5042 AC|5042 AC]] Tilburg", "[[b:291477367]]", "14-09", "{{o:Amphia}}", "[[h:hartfalen NYHA III|NYHA III]]", "thuiszorgmedewerker, cliënten Loven", "ontslagen"),
    ("9", "[[Roy Karsters]]", "[[d:11-07-1975]]", "[[a:Eikenbosch 3|Eikenbosch 3]], [[a:5056 RB|5056 RB]] Berkel-Enschot", "[[b:405188274]]", "15-09", "{{o:ETZ}}, IC", "[[h:hiv, goed ingesteld|hiv]]", "monteur, servicebezoek Brabant Koeltechniek", "herstellend"),
]
d = add(Doc("bz05_bron_contactonderzoek_tabel", font="DejaVuSansCondensed", size=9, landscape=True))
d.h("Bron- en contactonderzoek legionella {{l:Loven}} - patiëntenoverzicht (vertrouwelijk)")
d.p("{{o:GGD Hart voor Brabant}}, afdeling {{o:Infectieziektebestrijding}} | {{r:IZB-2024-0917}} | stand {{d:23 september 2024}} | bijgehouden door [[S. Oosterhuis]] en [[E. Yıldız]]")
rows = [["Nr", "Naam", "Geb.datum", "Adres", "BSN", "1e ziektedag", "Opname", "Onderliggend lijden", "Blootstelling", "Uitkomst"]]
rows += [list(r) for r in PAT]
d.t(rows, widths=[0.4, 2.2, 1.3, 3.2, 1.4, 1.1, 1.1, 2.4, 2.8, 1.3])
d.p("Osiris-meldingsnummers: patiënt 1 [[n:OSI-2024-118842]], patiënt 5 [[n:OSI-2024-118903]], patiënt 7 [[n:OSI-2024-119017]]. Laboratoriumbevestiging: urine-antigeen bij alle patiënten, kweek bij 1, 3, 5, 7 en 9 ({{o:ETZ}}-lab).")
d.pb()
d.h2("Contactonderzoek en familie")
d.t([["Patiënt", "Contactpersoon", "Relatie", "Telefoon", "Opmerking"],
     ["1", "[[Ingrid Weterink]]", "dochter", "[[t:06-3318 2094]]", "wil op de hoogte blijven van de bron"],
     ["3", "[[Okan Öztürk]]", "zoon", "[[t:06 4120 7781]]", "tolk niet nodig"],
     ["5", "[[Els van Gils-Brouwer]]", "echtgenote", "[[t:013-5281166]]", "rouwbezoek door [[S. Oosterhuis]] op 27-09"],
     ["6", "[[Agnieszka Nowak]]", "partner", "[[t:+48 601 228 415]]", "Pools, gesprek via tolkentelefoon"],
     ["7", "[[Chen Jun]]", "zoon", "[[t:06-2955 0314]]", "vraagt naar overlijdensverklaring"],
     ["8", "[[Marcia Doelwijt-Pinas]]", "zus", "[[t:06 1700 4562]]", "-"],
     ["9", "[[Kim Karsters]]", "echtgenote", "[[t:06-5561 2238]]", "[[h:hivstatus bekend bij partner|hivstatus]]"]],
    widths=[0.6, 2.2, 1.2, 1.6, 4])
d.p("Medepatiënten in de werkomgeving van patiënt 6: collega's [[Bogdan Zieliński]] en [[Tomasz Wójcik]] hadden klachten maar een negatieve urine-antigeentest. Werkgever: uitzendbureau, contactpersoon [[Ilse van Rijsewijk]] ([[e:ilse.vanrijsewijk@flexwerkt-brabant.nl]]).")
d.p("Huisartsen geïnformeerd: [[dr. T. Peeters]] (patiënt 1, 2), [[huisarts Van Dongen|Van Dongen]] (patiënt 4), [[huisarts Bakkali|Bakkali]] (patiënt 3, 6). Vragen aan de {{f:arts infectieziektebestrijding}} via {{m:izb@ggdhvb.nl}}.")

# -------------------------------------------------------------------------------------------- bz06 scan
def draw_form(doc, out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from make_set import font_pair
    font_pair("femkeklaver")
    font_pair("DkgHandwriting")
    c = canvas.Canvas(str(out), pagesize=A4)
    W, H = A4
    c.setFont("Helvetica-Bold", 15)
    c.drawString(50, H - 60, "Meldingsformulier meldingsplichtige infectieziekte")
    c.setFont("Helvetica", 10)
    c.drawString(50, H - 78, "Wet publieke gezondheid, artikel 22 - groep B1 - melden aan de GGD binnen 24 uur")
    c.drawString(50, H - 92, "GGD Hart voor Brabant, afdeling Infectieziektebestrijding - fax 013 208 50 01")
    y = H - 135
    for label, val in doc.scan["rows"]:
        c.setFont("Helvetica", 10)
        c.drawString(50, y, label)
        c.line(200, y - 3, W - 50, y - 3)
        isnum = val[:1].isdigit()
        c.setFont("DkgHandwriting" if isnum else "femkeklaver", 20 if isnum else 19)
        c.drawString(205, y, val)
        y -= 36
    c.setFont("Helvetica", 9)
    c.drawString(50, 90, "Handtekening melder:")
    c.setFont("femkeklaver", 22)
    c.drawString(170, 88, doc.scan["sig"])
    c.save()


rows = [
    ("Ziekte", "Legionellose (pneumonie)"),
    ("Naam patiënt", "[[Hendrik Agemans|Agemans|Hendrik]]"),
    ("Geboortedatum", "[[d:09-04-1939]]"),
    ("Adres", "[[a:Wielewaalstraat 2 kamer 14|Wielewaalstraat 2]] Tilburg"),
    ("BSN", "[[b:218700647]]"),
    ("Eerste ziektedag", "27-09-2024"),
    ("Opgenomen", "ETZ afd. longziekten"),
    ("Onderliggend", "[[h:dementie (Alzheimer)|Alzheimer]]"),
    ("Melder (arts)", "dr. [[S. Boukhari|Boukhari]], internist"),
    ("Telefoon melder", "[[t:06-5127 8830]]"),
    ("Contactpersoon", "[[Petra van Esch|Petra|Esch]] (locatie)"),
]
d = add(Doc("bz06_scan_meldingsformulier_handgeschreven", producer="scan",
            scan={"draw": draw_form, "angle": 0.7, "q": 55, "creator": "RICOH IM C3000 scan"}))
d.scan["rows"] = [(lab, d.m(v)) for lab, v in rows]
d.scan["sig"] = d.m("[[g:S. Boukhari|Boukhari]]")

# -------------------------------------------------------------------------------------------- bz07 docx
d = add(Doc("bz07_igj_brief_zorgcentrum", producer="docx", font="Liberation Serif", size=11,
            author="Inspectie Gezondheidszorg en Jeugd"))
d.p("<b>{{o:Inspectie Gezondheidszorg en Jeugd}}</b>")
d.p("{{o:Ministerie van Volksgezondheid, Welzijn en Sport}}")
d.sp()
d.p("Stichting Zorgcentrum {{o:De Wielewaal}}")
d.p("T.a.v. de raad van bestuur, de heer [[W.F. Rijkaart]]")
d.p("{{a:Wielewaalstraat 2}}")
d.p("{{a:5022 KL Tilburg|5022 KL}}")
d.sp()
d.t([["Behandeld door", "[[mr. drs. R.J. Lindeboom]]"],
     ["Telefoon", "[[t:06 1543 0982]]"],
     ["E-mail", "[[e:r.lindeboom@igj.nl]]"],
     ["Ons kenmerk", "{{r:2024-IGJ-18422}}"],
     ["Datum", "{{d:10 oktober 2024}}"],
     ["Onderwerp", "Legionella in drinkwaterinstallatie, uw melding van {{d:3 oktober 2024}}"]],
    widths=[1, 3], header=False)
d.sp()
d.p("Geachte heer [[Rijkaart]],")
d.p("Op {{d:3 oktober 2024}} heeft uw locatiemanager, mevrouw [[P. van Esch]], bij het {{o:Landelijk Meldpunt Zorg}} gemeld dat bij een bewoner van uw locatie legionellose is vastgesteld en dat in het drinkwater van de afdeling {{x:Merel}} {{x:Legionella pneumophila}} is aangetroffen (150.000 kve/l). De {{o:GGD Hart voor Brabant}} heeft de inspectie daarover eveneens geïnformeerd.")
d.p("De inspectie verzoekt u binnen vier weken na dagtekening te rapporteren over: (1) de maatregelen die u sinds de melding heeft genomen; (2) uw legionellabeheersplan en de risicoanalyse volgens het {{w:Drinkwaterbesluit}}; (3) de wijze waarop u bewoners en hun vertegenwoordigers heeft geïnformeerd. Hierbij betrekken wij de zorgplicht uit de {{w:Wet kwaliteit, klachten en geschillen zorg}}.")
d.p("Wij hebben kennisgenomen van het overlijden van de betrokken bewoner op {{d:8 oktober 2024}}. Het verzoek van de familie, via zijn dochter mevrouw [[J. Agemans-Verhoef]], om inzage in het dossier valt buiten de reikwijdte van deze brief.")
d.p("Voor vragen kunt u contact opnemen met de behandelend inspecteur. De inspecteur [[Ayşe Demir]] neemt het dossier tijdens zijn afwezigheid waar ([[e:a.demir@igj.nl]]).")
d.sp()
d.p("Hoogachtend,")
d.p("namens de {{f:inspecteur-generaal}} Gezondheidszorg en Jeugd,")
d.sp()
d.p("[[mr. drs. R.J. Lindeboom]]")
d.p("{{f:senior inspecteur}}")
d.sp()
d.small("Postadres: {{o:Inspectie Gezondheidszorg en Jeugd}}, Postbus 2518, 6401 DA Heerlen | {{t:088 120 5000}} | {{m:meldpunt@igj.nl}}")

# -------------------------------------------------------------------------------------------- bz08
d = add(Doc("bz08_vraag_en_antwoord_pers", font="LiberationSans", size=10))
d.h("Q&amp;A legionella-uitbraak {{l:Tilburg}} - voor woordvoering")
d.p("Versie 4, {{d:26 september 2024}}. Opgesteld door {{s:Femke Zwartjes}} ({{f:woordvoerder}} {{o:GGD Hart voor Brabant}}) in afstemming met {{s:Thijs Bouman}} ({{f:woordvoerder}} {{o:VWS}}) en {{s:Jeroen Plasmeijer}} ({{f:woordvoerder}} {{o:RIVM}}). Inhoudelijke check: [[dr. M. van den Heuvel-Brink]] en [[N. el Haddouti]]. Niet voor verspreiding.")
qa = [
 ("Hoeveel mensen zijn ziek?", "Tot nu toe 19 mensen met een bevestigde legionella-infectie. Twee mensen zijn overleden. Wij doen geen uitspraken over individuele patiënten."),
 ("Wat is de bron?", "De {{o:GGD}} onderzoekt samen met de {{o:Omgevingsdienst Midden- en West-Brabant}} en het {{o:RIVM}} een koeltoren op bedrijventerrein {{l:Loven}}. Die is uit voorzorg stilgelegd."),
 ("Welk bedrijf is het?", "Dat maken wij niet bekend zolang het onderzoek loopt. (Intern: {{o:Brabant Koeltechniek B.V.}}; contactpersoon bij het bedrijf is [[ir. G. Manders]], niet aan pers doorgeven.)"),
 ("Is het drinkwater veilig?", "Ja. Legionella verspreidt zich via waterdruppels in de lucht, niet via het drinken van kraanwater. {{o:Brabant Water}} heeft dit bevestigd."),
 ("Wat zegt de burgemeester?", "{{h:Burgemeester Weterings}} heeft zijn medeleven betuigd aan de nabestaanden en roept bewoners met longontsteking op naar de huisarts te gaan."),
 ("Klopt het dat een van de overledenen de vader van een wethouder is?", "Nee, dat klopt niet. (Intern: het gerucht op X gaat over de familie [[Karreman]]; mevrouw [[Karreman-de Wit]] is patiënt en niet verwant aan {{h:staatssecretaris Karremans}}.)"),
 ("Gaat de minister langs?", "{{h:Minister Agema}} wordt dagelijks geïnformeerd via {{h:DG Lammers}}. Een bezoek staat niet gepland."),
 ("Vragen van Kamerleden?", "{{h:Kamerlid Dobbe}} ({{o:SP}}) heeft schriftelijke vragen aangekondigd. Die worden beantwoord door de minister."),
 ("Waar kunnen mensen terecht?", "Bij de eigen huisarts en bij de informatielijn van de {{o:GGD}}: {{t:0900 463 64 43}}."),
]
for q, a in qa:
    d.h2(q)
    d.p(a)
d.p("<b>Niet gebruiken</b>: de journalist van {{o:Omroep Brabant}} ([[Sander Peerenboom]], [[t:06-2089 4471]]) heeft de naam van een patiënt ([[Öztürk]]) genoemd. Niet bevestigen.")

# -------------------------------------------------------------------------------------------- bz09 Teams
d = add(Doc("bz09_teams_chat_izb", font="DejaVuSansMono", size=8.5, title="Teams-chat IZB legionella"))
d.h("Export Microsoft Teams - chat 'Legionella Loven IZB'")
d.small("Geëxporteerd {{d:14 oktober 2024}} ten behoeve van Woo-verzoek {{r:WOO-GGDHvB-2024-071}}")
chat = [
 ("[[Naima el Haddouti]]", "19-09 07:52", "Morgen allemaal. Vannacht 2 nieuwe meldingen via de dienstdoende arts. [[Sanne]] kun jij ze vandaag bellen?"),
 ("[[Sanne Oosterhuis]]", "19-09 07:58", "Ja doe ik. Staan de nummers in HPZone? Die van mevr. [[Azzouzi]] mist"),
 ("[[Emre Yıldız]]", "19-09 08:03", "Mobiel van haar man staat in de notitie: [[t:0611842207]]"),
 ("[[Sanne Oosterhuis]]", "19-09 08:04", "👍"),
 ("[[Wiktor Kowalczyk]]", "19-09 09:40", "Epicurve bijgewerkt, staat op de Teams-site. @[[Marloes]] de piek lijkt rond 9-10 sept"),
 ("[[Marloes van den Heuvel-Brink]]", "19-09 09:46", "Dank [[Wik]]! Past bij een korte puntbron. Ik bel om 11 met [[Jia-Hui]] van het {{o:RIVM}}"),
 ("[[Glenn Tjin-A-Koeng]]", "19-09 10:15", "Registratie koeltorens binnen: 14 stuks binnen 5 km. Omgevingsdienst ([[Lotte]]) gaat morgen monsteren bij de eerste 6"),
 ("[[Naima el Haddouti]]", "19-09 10:17", "Top. [[Glenn]] neem je [[Ravi]] mee voor de windgegevens?"),
 ("[[Ravi Ramdin]]", "19-09 10:21", "Ja. KNMI-station {{l:Gilze-Rijen}} heeft uurdata, ik zet het in een windroos"),
 ("[[Sanne Oosterhuis]]", "19-09 13:30", "Mevr. [[Azzouzi]] gesproken. Werkt bij een bakkerij op {{l:Loven}}, gebruikt [[h:methotrexaat]]. Man vraagt of hun kinderen risico lopen - uitgelegd dat het niet van mens op mens gaat"),
 ("[[Emre Yıldız]]", "19-09 14:12", "Meneer [[Nowak]] spreekt alleen Pools. Tolk geregeld via de tolkentelefoon, gesprek morgen 9u"),
 ("[[Marloes van den Heuvel-Brink]]", "19-09 16:55", "Kort overleg met {{s:Femke Zwartjes}} over het persbericht, gaat om 17u eruit. Graag niemand iets op LinkedIn zetten"),
 ("[[Naima el Haddouti]]", "19-09 17:02", "En {{h:burgemeester Weterings}} is gebeld door de directeur. [[Youssef]] van de gemeente schuift dinsdag aan bij OMT"),
]
for who, when, msg in chat:
    d.p(f"<b>{who}</b>  {when}")
    d.p("    " + msg)
d.small("Deelnemers: 7 | Bijlagen niet meegeëxporteerd")

# -------------------------------------------------------------------------------------------- bz10 docx nota
d = add(Doc("bz10_nota_minister_legionella", producer="docx", font="Liberation Sans", size=10,
            author="M. Hoogendijk", title="Nota legionella-uitbraak Tilburg"))
d.hidden.append(("metadata", "PERSON", "M. Hoogendijk (Info /Author)", "Hoogendijk"))
d.p("<b>{{o:Ministerie van Volksgezondheid, Welzijn en Sport}}</b>")
d.p("<b>Nota</b>")
d.t([["Aan", "{{h:Minister van Volksgezondheid, Welzijn en Sport}}"],
     ["Van", "{{f:directeur Publieke Gezondheid}}"],
     ["Datum", "{{d:2 oktober 2024}}"],
     ["Kenmerk", "{{r:4012876-1067733-PG}}"],
     ["Onderwerp", "Legionella-uitbraak {{l:Tilburg}}: stand van zaken en Kamervragen"],
     ["Kopie aan", "{{h:staatssecretaris Jeugd, Preventie en Sport}}, {{h:DG Lammers}}"],
     ["Behandeld door", "[[K. Aydın-Verbruggen|K. Aydın]]<br/>[[t:06-1077 3325]]<br/>[[e:k.aydin-verbruggen@minvws.nl]]"]],
    widths=[1, 3], header=False)
d.h2("Aanleiding")
d.p("Sinds {{d:12 september 2024}} is in de regio {{l:Tilburg}} een uitbraak van veteranenziekte gaande met 23 patiënten, van wie 3 zijn overleden. {{h:Kamerlid Dobbe}} ({{o:SP}}) en {{h:Kamerlid Bushoff}} ({{o:GroenLinks-PvdA}}) hebben schriftelijke vragen gesteld over het toezicht op koeltorens.")
d.h2("Geadviseerd besluit")
d.p("Aan de minister wordt gevraagd: (1) kennis te nemen van de stand van zaken; (2) in te stemmen met de bijgevoegde beantwoording van de Kamervragen; (3) in te stemmen met een verkenning, samen met het {{o:ministerie van Infrastructuur en Waterstaat}}, naar een meldplicht bij overschrijding in natte koeltorens onder het {{w:Besluit activiteiten leefomgeving}}.")
d.h2("Kern")
d.p("De bron is met grote waarschijnlijkheid koeltoren KT-2 op het bedrijventerrein {{l:Loven}}. Het {{o:RIVM}} ([[prof. dr. A. ter Beek]]) bevestigde genetische overeenkomst tussen patiënt- en bronisolaten. De {{o:Omgevingsdienst Midden- en West-Brabant}} handhaaft. De {{o:IGJ}} onderzoekt een afzonderlijke besmetting in een zorgcentrum. De {{o:GGD Hart voor Brabant}} ([[drs. J. Verhoeven-Mutsaers]], {{f:directeur publieke gezondheid}}) verwacht geen nieuwe gevallen na week 41.")
d.h2("Krachtenveld")
d.p("Nabestaanden van een overleden patiënt (familie [[Van Gils]]) hebben zich tot de media gewend. {{o:Omroep Brabant}} bericht dagelijks. {{h:Commissaris van de Koning Adema}} heeft om een gesprek met de {{o:GGD}} gevraagd.")
d.h2("Informatie die niet openbaar gemaakt kan worden")
d.p("Niet van toepassing.")
d.h2("Paraaf")
d.t([["Naam", "Functie", "Paraaf", "Datum"],
     ["[[I. Schoonderwoerd]]", "{{f:directeur Publieke Gezondheid}}", "[[g:IS]]", "02-10"],
     ["[[H. Ouali]]", "{{f:plv. directeur}}", "[[g:HO]]", "01-10"],
     ["[[Koen Aydın-Verbruggen]]", "{{f:senior beleidsmedewerker}}", "[[g:KAV]]", "01-10"]],
    widths=[2, 2, 1, 1])
d.sp()
d.p("[[Ingrid Schoonderwoerd]]")
d.p("{{f:directeur Publieke Gezondheid}}")

# -------------------------------------------------------------------------------------------- bz11 ECDC (English)
d = add(Doc("bz11_ecdc_exchange_english", font="LiberationSerif", size=10.5))
d.h("Correspondence with {{o:ECDC}} / {{o:ELDSNet}} - cluster of Legionnaires' disease, {{l:Tilburg}} ({{l:Netherlands}})")
d.mail_en("[[Ingrid Svensson]] &lt;[[e:ingrid.svensson@ecdc.europa.eu]]&gt;", "Thursday, 3 October 2024 11:20",
          "[[Bastiaansen, Floor]]; [[Lin, Jia-Hui|Lin, Jia-Hui]]", "RE: EWRS message {{r:NL-2024-LEG-0412}} - Legionnaires' disease cluster Tilburg",
          cc="[[Tomasz Wiśniewski]]",
          body="""
Dear [[Floor]], dear [[Dr Lin]],
Thank you for the detailed EWRS post. We have checked the {{o:ELDSNet}} travel-associated database: two cases reported by Germany ({{l:North Rhine-Westphalia}}) and one by Belgium stayed at a hotel in {{l:Tilburg}} within their incubation period. My colleague [[Tomasz]] will send you the anonymised case details through the secure platform.
Could you share the sequence type of the environmental isolate? If it is {{x:ST47}}, we would like to include the cluster in the next {{o:ECDC}} Communicable Disease Threats Report.
Best regards,
[[Dr Ingrid Svensson]]
Expert, Legionnaires' disease | {{o:European Centre for Disease Prevention and Control}}
{{l:Solna}}, {{l:Sweden}} | [[t:+46 8 5860 1498]]
""")
d.mail_en("[[Floor Bastiaansen]]", "Wednesday, 2 October 2024 17:05", "{{m:ELDSNet@ecdc.europa.eu}}",
          "EWRS message {{r:NL-2024-LEG-0412}} - Legionnaires' disease cluster Tilburg",
          cc="[[Jia-Hui Lin]]; [[Pieter-Jan Dijkhuizen]]",
          body="""
Dear colleagues,
The Netherlands reports a community cluster of 23 cases of Legionnaires' disease (3 deaths) in the area of {{l:Tilburg}}, province of {{l:Noord-Brabant}}, onset dates 6 September to 29 September 2024. A wet cooling tower on an industrial estate has been identified as the probable source ({{x:L. pneumophila}} sg1, {{x:ST47}}) and was shut down on 26 September. One case is a Polish seasonal worker ([[Mr S. Nowak]], 42 years old) who returned to Poland after discharge; we will inform the Polish authorities ({{o:GIS}}) directly.
Contact point at the {{o:RIVM}}: [[Floor Bastiaansen]], [[e:floor.bastiaansen@rivm.nl]], [[t:+31 30 274 8812]]. The regional public health service ({{o:GGD Hart voor Brabant}}) is represented by [[Dr M. van den Heuvel-Brink]].
Kind regards,
[[Floor Bastiaansen]], {{f:epidemiologist}}
{{o:Centre for Infectious Disease Control}}, {{o:National Institute for Public Health and the Environment}}
""")
d.mail_en("[[Tomasz Wiśniewski]]", "Friday, 4 October 2024 09:47", "[[Floor Bastiaansen]]",
          "case details travel-associated cases",
          body="""
Hi [[Floor]],
The three cases: DE-1 (male, 67), DE-2 (female, 71), BE-1 (male, 58). All stayed at the same hotel between 7 and 10 September. The Belgian case is followed up by [[Dr Katrien De Smedt]] at {{o:Sciensano}}; you can reach her at [[e:katrien.desmedt@sciensano.be]].
Regards, [[Tomasz]]
""")

# -------------------------------------------------------------------------------------------- bz12 Kamervragen
d = add(Doc("bz12_antwoorden_kamervragen", font="Times-Roman", size=12.5))
d.p("{{o:Tweede Kamer der Staten-Generaal}}")
d.h("Antwoorden op Kamervragen over de uitbraak van veteranenziekte in {{l:Tilburg}}")
d.p("Vragen van het lid {{h:Dobbe}} ({{o:SP}}) aan de {{h:minister van Volksgezondheid, Welzijn en Sport}} over de legionella-uitbraak in {{l:Tilburg}} (ingezonden {{d:27 september 2024}}), kenmerk {{r:2024Z14803}}.")
d.p("Antwoord van {{h:minister Agema}} (ontvangen {{d:18 oktober 2024}}).")
for q, a in [
 ("1", "Nee. De {{o:GGD Hart voor Brabant}} heeft binnen 24 uur na het signaal een uitbraakteam ingesteld. Het {{o:RIVM}} heeft de typering binnen tien dagen afgerond."),
 ("2", "Het register van natte koeltorens wordt bijgehouden door de {{o:Omgevingsdiensten}}. Het {{w:Besluit activiteiten leefomgeving}} verplicht eigenaren tot een beheersplan en periodieke bemonstering."),
 ("3", "Ik ben in overleg met de {{h:minister van Infrastructuur en Waterstaat}} over een meldplicht bij overschrijding van de norm. Ik informeer uw Kamer daarover voor het einde van het jaar."),
 ("4", "Ik kan niet ingaan op individuele patiënten. Wel deel ik het medeleven van {{h:burgemeester Weterings}} met de nabestaanden van de overleden inwoners."),
 ("5", "Ja. De {{o:Inspectie Gezondheidszorg en Jeugd}} onderzoekt de besmetting in een zorginstelling afzonderlijk."),
]:
    d.p(f"<b>Antwoord {q}</b>")
    d.p(a)
for q, a in [
 ("6", "De {{o:GGD}} heeft de huisartsen in de regio op {{d:20 september 2024}} per brief geïnformeerd. Het {{o:RIVM}} heeft daarnaast een bericht geplaatst in het {{o:Infectieziekten Bulletin}}."),
 ("7", "Het {{o:RIVM}} heeft de stand van zaken gedeeld met het {{o:European Centre for Disease Prevention and Control}} via het {{o:Early Warning and Response System}}. Er zijn ook patiënten uit {{l:Duitsland}} en {{l:België}} aan de uitbraak gekoppeld."),
 ("8", "Het kabinet heeft op dit moment geen aanwijzingen dat de regels voor natte koeltorens elders in het land onvoldoende worden nageleefd. Samen met de {{h:minister van Infrastructuur en Waterstaat}} vraag ik de omgevingsdiensten wel om hun registers te controleren."),
 ("9", "De kosten van de bronopsporing worden gedragen door de {{o:GGD}} en de {{o:Omgevingsdienst}}. Verhaal op de eigenaar van de koeltoren is een zaak van het bevoegd gezag."),
 ("10", "Ik zal uw Kamer informeren over de uitkomst van de evaluatie die de {{o:GGD Hart voor Brabant}} laat uitvoeren."),
]:
    d.p(f"<b>Antwoord {q}</b>")
    d.p(a)
d.p("Deze vragen zijn gesteld mede namens het lid {{h:Bushoff}} ({{o:GroenLinks-PvdA}}). De vragen van het lid {{h:Daniëlle Jansen}} ({{o:NSC}}) over hetzelfde onderwerp worden gezamenlijk beantwoord.")
d.small("Kenmerk VWS: {{r:4012876-1069102-PG}}")

# -------------------------------------------------------------------------------------------- bz13
d = add(Doc("bz13_mail_ggd_gemeente_bestuurlijk", font="DejaVuSans", size=9.5))
d.h("E-mail {{o:GGD}} - {{o:gemeente Tilburg}}: bestuurlijk overleg")
d.mail("[[Youssef Amrani]] &lt;[[e:youssef.amrani@tilburg.nl]]&gt;", "maandag 23 september 2024 15:40",
       "[[Naima el Haddouti]]", "RE: bestuurlijk overleg legionella",
       cc="{{m:bestuurssecretariaat@tilburg.nl}}",
       body="""
Beste [[Naima]],
{{h:Burgemeester Weterings}} wil graag woensdag om 8.30 uur een kort bestuurlijk overleg met jullie directeur en {{h:wethouder Van Dortmont}} (volksgezondheid). Vanuit de gemeente schuiven ik en [[Lieke Verschuren]] (communicatie) aan. Locatie: {{a:Stadhuis, Stadhuisplein 130|Stadhuisplein 130}}.
Het zou helpen als jullie een kaart zonder herleidbare adressen meenemen. De burgemeester kreeg een mail van een bewoner van de {{l:Ringbaan-Oost}} die zegt dat haar buurman op de IC ligt; die mail stuur ik apart door (bevat naam en adres).
Groet, [[Youssef]]
[[Youssef Amrani]] | {{f:adviseur openbare orde en veiligheid}} | {{o:gemeente Tilburg}} | [[t:06 1284 3376]]
""")
d.mail("[[Naima el Haddouti]]", "maandag 23 september 2024 12:18", "[[Youssef Amrani]]",
       "bestuurlijk overleg legionella",
       body="""
Hoi [[Youssef]],
Zoals telefonisch besproken: onze {{f:directeur publieke gezondheid}} ([[Jolanda Verhoeven-Mutsaers]]) wil de burgemeester deze week bijpraten. [[Marloes van den Heuvel-Brink]] sluit aan als {{f:arts infectieziektebestrijding}}. Kunnen jullie een moment voorstellen?
Met vriendelijke groet,
[[Naima el Haddouti]]
{{f:teamleider Infectieziektebestrijding}}
{{o:GGD Hart voor Brabant}} | {{a:Ringbaan-West 239}}, {{l:Tilburg}}
T [[t:013 208 51 37]] (direct) | {{t:0900 463 64 43}} (algemeen)
""")

# -------------------------------------------------------------------------------------------- bz14 lab
d = add(Doc("bz14_typeringsrapport_rivm", font="LiberationSans", size=9, xmp=["Adriaan ter Beek"],
            title="Typeringsrapport Legionella Tilburg"))
d.hidden.append(("metadata", "PERSON", "Adriaan ter Beek (XMP dc:creator)", "Adriaan ter Beek"))
d.h("Typeringsrapport {{x:Legionella pneumophila}} - uitbraak {{l:Tilburg}} 2024")
d.p("{{o:RIVM}}, {{o:Centrum Infectieziektebestrijding}}, laboratorium {{o:IDS}} | rapportnummer {{r:IDS-LEG-2024-0388}} | {{d:4 oktober 2024}}")
d.p("Aanvrager: [[dr. B. Claessens]], {{f:arts-microbioloog}}, {{o:Elisabeth-TweeSteden Ziekenhuis}}. Uitgevoerd door: [[M. Hakkert]] en [[J. van der Schoot-Lam]] ({{f:analisten}}). Geautoriseerd: zie XMP.")
d.t([["Isolaat", "Patiënt", "Geb.datum", "Materiaal", "Afname", "SG", "ST", "cgMLST-cluster"],
     ["{{r:LEG24-1101}}", "[[C. Weterink]]", "[[d:12-03-1948|12-03-1948]]", "sputum", "10-09", "1", "47", "CT-2024-07"],
     ["{{r:LEG24-1104}}", "[[M. Öztürk]]", "[[d:21-06-1963|21-06-1963]]", "sputum", "12-09", "1", "47", "CT-2024-07"],
     ["{{r:LEG24-1109}}", "[[J.W. van Gils]]", "[[d:15-01-1947|15-01-1947]]", "BAL", "13-09", "1", "47", "CT-2024-07"],
     ["{{r:LEG24-1113}}", "[[M.L. Chen]]", "[[d:18-08-1943|18-08-1943]]", "sputum", "14-09", "1", "47", "CT-2024-07"],
     ["{{r:LEG24-1120}}", "[[R. Karsters]]", "[[d:11-07-1975|11-07-1975]]", "BAL", "17-09", "1", "47", "CT-2024-07"],
     ["{{r:LEG24-1131}}", "[[H. Agemans]]", "[[d:09-04-1939|09-04-1939]]", "sputum", "29-09", "1", "1", "-"],
     ["{{r:ENV24-0412}}", "koeltoren KT-2 ({{l:Loven}})", "-", "water", "20-09", "1", "47", "CT-2024-07"],
     ["{{r:ENV24-0431}}", "zorgcentrum, afd. {{x:Merel}}", "-", "drinkwater", "02-10", "1", "1", "-"]],
    widths=[1.4, 2.2, 1.3, 1, 0.8, 0.5, 0.5, 1.4])
d.p("Conclusie: 5 klinische isolaten en het isolaat uit koeltoren KT-2 behoren tot hetzelfde cgMLST-cluster (0-2 allelverschillen). Het isolaat van patiënt [[Agemans]] (ST1) is verwant aan het drinkwaterisolaat uit het zorgcentrum en niet aan de koeltoren: dit is een afzonderlijke, zorggerelateerde besmetting.")
d.p("Patiëntnummers {{o:ETZ}}: [[n:ETZ-7718204]] ([[Weterink]]), [[n:ETZ-7720931]] ([[Öztürk]]). Vragen: {{m:legionella@rivm.nl}}.")

# -------------------------------------------------------------------------------------------- bz15 environmental report
d = add(Doc("bz15_rapport_bemonstering_koeltoren", font="DejaVuSerif", size=9.5, author="Lotte Brouwers",
            title="Bemonsteringsrapport natte koeltorens Loven"))
d.hidden.append(("metadata", "PERSON", "Lotte Brouwers (Info /Author)", "Lotte Brouwers"))
d.h("Rapport bemonstering natte koeltorens bedrijventerrein {{l:Loven}}")
d.p("{{o:Omgevingsdienst Midden- en West-Brabant}} | zaak {{r:OMWB-2024-HH-5531}} | {{d:25 september 2024}}")
d.p("Monsternemer: [[ing. D. Pijnenburg]] (extern, {{o:Aqualab Zuid}}), in aanwezigheid van [[G. Manders]] ({{f:QHSE-manager}}, {{o:Brabant Koeltechniek B.V.}}) en namens de {{o:GGD}} [[Glenn Tjin-A-Koeng]].")
d.t([["Toren", "Eigenaar", "Adres inrichting", "Monster", "Legionella (kve/l)", "Beoordeling"],
     ["KT-1", "{{o:Brabant Koeltechniek B.V.}}", "{{a:Kraaivenstraat 21}}", "20-09 10:40", "< 100", "voldoet"],
     ["KT-2", "{{o:Brabant Koeltechniek B.V.}}", "{{a:Kraaivenstraat 21}}", "20-09 10:55", "2.400.000", "ernstige overschrijding"],
     ["KT-5", "{{o:Bavaria}} distributie", "{{a:Hoevenseweg 20}}", "20-09 12:10", "< 100", "voldoet"],
     ["KT-7", "{{o:DHL Supply Chain}}", "{{a:Kraaivenhoeve 4}}", "21-09 09:05", "300", "voldoet"],
     ["KT-9", "{{o:Tilburg University}}, rekencentrum", "{{a:Warandelaan 2}}", "21-09 10:30", "< 100", "voldoet"],
     ["KT-11", "{{o:Brabant Water}}", "{{a:Kempenbaan 8}}", "21-09 11:20", "< 100", "voldoet"]],
    widths=[0.7, 2.4, 2, 1.2, 1.3, 1.6])
d.p("Bevinding KT-2: het logboek toont dat de biocidedosering van 14 augustus tot 18 september buiten werking was. Volgens de heer [[Manders]] had de servicemonteur ([[Dennis Pijnenburg]], geen familie van de monsternemer) dit op 2 september gemeld, maar is de melding niet opgevolgd. Mobiel heer [[Manders]]: [[t:06-2299 8134]], [[e:g.manders@brabantkoeltechniek.nl]].")
d.p("Maatregel: stillegging KT-2 per {{d:26 september 2024}}, last onder dwangsom. Toezichthouder: zie metadata; algemeen nummer {{o:OMWB}} {{t:013 206 01 00}}.")

# -------------------------------------------------------------------------------------------- bz16 scan of typed letter
d = add(Doc("bz16_scan_brief_nabestaande", producer="scan", font="LiberationSerif", size=11,
            scan={"angle": 0.9, "q": 50, "creator": "KONICA MINOLTA bizhub C300i"}))
d.p("<b>GGD Hart voor Brabant</b>")
d.p("Afdeling Infectieziektebestrijding")
d.sp(10)
d.p("Mevrouw [[E. van Gils-Brouwer|van Gils-Brouwer]]")
d.p("[[a:Heukelomseweg 17|Heukelomseweg 17]]")
d.p("[[a:5061 EW Oisterwijk|5061 EW]] Oisterwijk")
d.sp(10)
d.p("Tilburg, 30 september 2024")
d.p("Ons kenmerk: IZB-2024-0917/[[n:P05|P05]]")
d.p("Onderwerp: uitslag bronopsporing")
d.sp(8)
d.p("Geachte mevrouw [[Van Gils]],")
d.p("Allereerst wil ik u namens de GGD nogmaals mijn oprechte deelneming betuigen met het overlijden van uw man, de heer [[Jan-Willem van Gils|Jan-Willem]], op 25 september jongstleden.")
d.p("U vroeg ons tijdens het gesprek met onze sociaal-verpleegkundige, mevrouw [[Oosterhuis]], of de besmetting verband hield met zijn [[h:niertransplantatie]] en het gebruik van afweeronderdrukkende medicijnen. Die medicijnen maakten uw man vatbaarder voor een ernstig beloop, maar de besmetting zelf is met grote waarschijnlijkheid ontstaan door een koeltoren op het bedrijventerrein Loven. De bacterie uit die koeltoren is genetisch gelijk aan de bacterie die bij uw man is gevonden.")
d.p("Heeft u nog vragen, dan kunt u mij bellen op [[t:06-41 82 77 90|82 77 90]] of mailen naar [[e:m.vandenheuvel-brink@ggdhvb.nl|vandenheuvel-brink]].")
d.sp(8)
d.p("Met vriendelijke groet,")
d.sp(14)
d.p("dr. [[Marloes van den Heuvel-Brink|Heuvel-Brink]]")
d.p("arts infectieziektebestrijding")

# -------------------------------------------------------------------------------------------- bz17 phone notes
d = add(Doc("bz17_telefoonnotities_izb", font="Courier", size=9))
d.h("Telefoonnotities IZB - legionella {{l:Loven}} (uittreksel HPZone)")
notes = [
 ("20-09-2024 09:05", "SO", "Gesprek met dhr. [[S. Nowak]] via tolkentelefoon (tolk [[Katarzyna Lewandowska]], tolknr. [[n:TT-40917]]). Werkt sinds juni als orderpicker via uitzendbureau, woont in shortstay-locatie met 11 landgenoten. Dagelijks fietst hij langs de Kraaivenstraat. Drinkt volgens eigen zeggen 'veel' ([[h:alcoholabusus]] bekend bij huisarts). Ontslag uit ETZ gepland 23-09."),
 ("20-09-2024 11:40", "EYi", "Dochter van patiënt 1 ([[Ingrid Weterink]], [[t:06-3318 2094]]) belt: haar vader ligt op de IC, familie wil weten of de woning veilig is. Uitgelegd dat het drinkwater thuis geen rol speelt. Zij noemt dat hij 'al jaren aan de zuurstof' ligt ([[h:COPD]])."),
 ("20-09-2024 14:20", "SO", "Mevr. [[Doelwijt]] gesproken (ontslagen uit {{o:Amphia}} {{l:Breda}}). Thuiszorgmedewerker bij {{o:Thebe}}; bezoekt 4 cliënten op {{l:Loven}}. Werkgever ingelicht via [[Marco Smulders]] (teamleider, [[t:06 1400 7729]])."),
 ("21-09-2024 10:10", "MvdHB", "Huisarts [[dr. Peeters]] belt over mevr. [[Chen]] (patiënt 7): opgenomen, slechte prognose i.v.m. [[h:longcarcinoom]]. Zoon [[Chen Jun]] spreekt Nederlands en is aanspreekpunt."),
 ("23-09-2024 16:30", "NeH", "Mevr. [[Karreman-de Wit]] belt zelf: ontslagen, vraagt of zij als vrijwilliger terug mag naar de kringloopwinkel. Ja. Zij is [[r:Jehova's getuige]] en weigerde bloedtransfusie; dat heeft het ETZ genoteerd. Notitie voor dossier."),
 ("24-09-2024 08:50", "SO", "Mevr. [[Azzouzi]]: man ([[Rachid Azzouzi]]) vraagt om schriftelijke bevestiging voor werkgever. Brief gestuurd naar [[a:Tilburgseweg 9B|Tilburgseweg 9B]]."),
 ("25-09-2024 13:15", "WK", "Dhr. [[Karsters]] (patiënt 9) is monteur bij een servicebedrijf en was op 5-9 bij {{o:Brabant Koeltechniek B.V.}}. Belangrijk voor bronhypothese. Zijn [[h:hiv-infectie|hiv-infectie]] is goed ingesteld (info internist [[dr. S. Boukhari]])."),
]
for when, who, txt in notes:
    d.p(f"<b>{when} - [[g:{who}]]</b>")
    d.p(txt)
d.small("Initialen: SO, EYi, MvdHB, NeH, WK = medewerkers IZB. Uittreksel voor Woo-verzoek {{r:WOO-GGDHvB-2024-071}}.")

# -------------------------------------------------------------------------------------------- bz18 presentielijst
d = add(Doc("bz18_presentielijst_bestuurlijk_overleg", font="LiberationSans", size=10))
d.h("Presentielijst bestuurlijk overleg legionella")
d.p("{{d:Woensdag 25 september 2024}}, 08.30 uur, {{x:Stadhuis Tilburg}}, kamer van de burgemeester | kenmerk {{r:BO-2024-LEG-01}}")
d.t([["Naam", "Organisatie", "Functie", "Handtekening"],
     ["{{h:burgemeester T. Weterings|Weterings}}", "{{o:gemeente Tilburg}}", "{{f:burgemeester}} (voorzitter)", "(getekend)"],
     ["{{h:wethouder Van Dortmont|Van Dortmont}}", "{{o:gemeente Tilburg}}", "{{f:wethouder}} zorg en volksgezondheid", "(getekend)"],
     ["[[J. Verhoeven-Mutsaers]]", "{{o:GGD Hart voor Brabant}}", "{{f:directeur publieke gezondheid}}", "[[g:JVM]]"],
     ["[[M. van den Heuvel-Brink]]", "{{o:GGD Hart voor Brabant}}", "{{f:arts infectieziektebestrijding}}", "[[g:M.v.d.H.-B.]]"],
     ["[[Y. Amrani]]", "{{o:gemeente Tilburg}}", "{{f:adviseur openbare orde en veiligheid}}", "[[g:YA]]"],
     ["[[L.M. Verschuren]]", "{{o:gemeente Tilburg}}", "{{f:communicatieadviseur}}", "[[g:LMV]]"],
     ["[[A.C. Brouwers-Ketelaars|Brouwers-Ketelaars]]", "{{o:Omgevingsdienst Midden- en West-Brabant}}", "{{f:afdelingshoofd handhaving}}", "[[g:ABK]]"],
     ["[[drs. F.X. de Laat]]", "{{o:Veiligheidsregio Midden- en West-Brabant}}", "{{f:GHOR-adviseur}}", "[[g:FdL]]"]],
    widths=[2.6, 3, 3, 1.5])
d.p("Afgemeld: {{h:gedeputeerde Van den Hout|Van den Hout}} ({{o:provincie Noord-Brabant}}), vertegenwoordigd door [[mr. S. Bouzidi]] (ambtenaar).")
d.h2("Afspraken")
d.p("1. De burgemeester ontvangt dagelijks om 17.00 uur een update van de {{o:GGD}} (via [[Amrani]]).")
d.p("2. Een bewonersavond voor {{l:Loven-Noord}} wordt niet georganiseerd; de {{o:GGD}} opent de informatielijn {{t:0900 463 64 43}}.")
d.p("3. De {{o:Omgevingsdienst}} informeert de gemeente over handhaving bij het bedrijf.")
d.small("Lijst opgemaakt door [[L.M. Verschuren]], [[e:lm.verschuren@tilburg.nl]].")

# -------------------------------------------------------------------------------------------- bz19 IGJ - ETZ mail
d = add(Doc("bz19_mail_igj_ziekenhuis", font="DejaVuSans", size=9.5))
d.h("E-mail {{o:IGJ}} - {{o:Elisabeth-TweeSteden Ziekenhuis}}")
d.mail("[[Sprangers, Joyce]] &lt;[[e:j.sprangers@etz.nl]]&gt;", "dinsdag 8 oktober 2024 10:22",
       "[[Demir, Ayşe]]", "RE: vraag IGJ over legionella bij opgenomen bewoner",
       cc="[[dr. B. Claessens]]; {{m:infectiepreventie@etz.nl}}",
       body="""
Geachte mevrouw [[Demir]],
In antwoord op uw vraag: de bewoner van zorgcentrum {{o:De Wielewaal}} ([[H.A.]], geb. [[d:1939]]) is op 29 september opgenomen op de afdeling longziekten. Wij hebben de drinkwaterpunten van de afdeling direct bemonsterd; alle monsters waren negatief. Een besmetting in ons ziekenhuis achten wij daarom uitgesloten. Het typeringsresultaat van het {{o:RIVM}} (ST1) wijst op de drinkwaterinstallatie van het zorgcentrum.
Wij hebben de familie op {{d:7 oktober 2024}} geïnformeerd, in aanwezigheid van de behandelend internist [[dr. Boukhari]].
Met vriendelijke groet,
[[Joyce Sprangers]], {{f:deskundige infectiepreventie}}
{{o:Elisabeth-TweeSteden Ziekenhuis}}, {{l:Tilburg}} | toestel [[t:4471]] | {{t:013 221 00 00}} (algemeen)
""")
d.mail("[[Ayşe Demir]] &lt;[[e:a.demir@igj.nl]]&gt;", "maandag 7 oktober 2024 16:02", "[[Joyce Sprangers]]",
       "vraag IGJ over legionella bij opgenomen bewoner",
       body="""
Geachte mevrouw [[Sprangers]],
De inspectie onderzoekt een melding van zorgcentrum {{o:De Wielewaal}} ({{r:2024-IGJ-18422}}). Kunt u bevestigen dat de betrokken bewoner de infectie niet tijdens de opname in uw ziekenhuis heeft opgelopen? Graag ontvang ik ook de opnamedatum.
Met vriendelijke groet,
[[Ayşe Demir]]
{{f:inspecteur}} | {{o:Inspectie Gezondheidszorg en Jeugd}} | [[t:06 5530 1879]]
""")

# -------------------------------------------------------------------------------------------- bz20 ETZ memo
d = add(Doc("bz20_etz_memo_opnames", font="LiberationSerif", size=10))
d.h("Memo {{o:Elisabeth-TweeSteden Ziekenhuis}} - opnames legionellapneumonie")
d.p("Van: [[dr. S. Boukhari]], {{f:internist-infectioloog}}, en [[dr. B. Claessens]], {{f:arts-microbioloog}}")
d.p("Aan: {{o:raad van bestuur ETZ}}; cc {{o:commissie infectiepreventie}}")
d.p("Datum: {{d:24 september 2024}} | intern kenmerk {{r:ETZ-IP-2024-112}}")
d.p("Sinds 9 september zijn 14 patiënten met een legionellapneumonie opgenomen, van wie 4 op de intensive care. Onderstaand overzicht is bedoeld voor de bedcapaciteit en voor de afstemming met de {{o:GGD}}.")
d.t([["Patiëntnr.", "Naam", "Leeftijd", "Afdeling / bed", "Bijzonderheden"],
     ["[[n:7718204]]", "[[WETERINK, C.|WETERINK]]", "76", "IC / bed 6", "beademd; [[h:COPD]]"],
     ["[[n:7720931]]", "[[ÖZTÜRK, M.|ÖZTÜRK]]", "61", "B4 longziekten / 12", "-"],
     ["[[n:7721455]]", "[[Van Gils, J.W.]]", "77", "IC / bed 2", "[[h:getransplanteerde nier, tacrolimus|tacrolimus]]"],
     ["[[n:7722018]]", "[[NOWAK, S.|NOWAK]]", "42", "B4 / 15", "[[h:delirant bij onthouding|onthouding]]"],
     ["[[n:7722380]]", "[[Chen, M.L.]]", "81", "B4 / 9", "[[h:palliatief beleid]]"],
     ["[[n:7723114]]", "[[Karsters, R.]]", "49", "IC / bed 4", "-"],
     ["[[n:7723560]]", "[[Azzouzi, F.]]", "54", "A3 / 21", "[[h:methotrexaat gestaakt|gestaakt]]"]],
    widths=[1.3, 2, 0.8, 2, 3])
d.p("Personeel: verpleegkundige [[Iris Kamphuis]] en [[Rob van Zon]] zijn met klachten thuis; zij zijn niet blootgesteld op {{l:Loven}} en getest (negatief). Legionella is niet van mens op mens overdraagbaar; aanvullende maatregelen op de afdeling zijn niet nodig.")
d.p("Contact: {{o:afdeling infectiepreventie}}, {{m:infectiepreventie@etz.nl}}, {{t:013 221 00 00}}.")

# -------------------------------------------------------------------------------------------- bz21 form fields
d = add(Doc("bz21_aanvraagformulier_monstername", font="Helvetica", size=10,
            fields=[(0, "aanvrager_naam", "Glenn Tjin-A-Koeng", [200, 699, 480, 713]),
                    (0, "aanvrager_email", "g.tjin-a-koeng@ggdhvb.nl", [200, 685, 480, 699]),
                    (0, "aanvrager_mobiel", "06-3481 2250", [200, 670, 480, 684]),
                    (0, "contact_bedrijf", "Gijs Manders", [200, 656, 480, 670]),
                    (0, "monsternemer", "Dennis Pijnenburg", [200, 642, 480, 656]),
                    (0, "paraaf", "GTK", [200, 627, 260, 641])]))
d.h("Aanvraagformulier legionellabemonstering (invulbaar)")
d.p("{{o:GGD Hart voor Brabant}} - {{o:Medische Milieukunde}} | formulier {{r:MMK-F12}} | versie 2024-03")
d.p("Onderzoek: bronopsporing legionella {{l:Loven}}, zaak {{r:IZB-2024-0917}}")
d.sp(20)
d.p("Naam aanvrager: ..................................................")
d.p("E-mail aanvrager: ...............................................")
d.p("Mobiel aanvrager: ...............................................")
d.p("Contactpersoon bedrijf: ........................................")
d.p("Monsternemer: ...................................................")
d.p("Paraaf: ........")
d.sp(20)
d.p("Locatie: {{o:Brabant Koeltechniek B.V.}}, {{a:Kraaivenstraat 21}}, {{l:Tilburg}}. Objecten: koeltorens KT-1 en KT-2, nabemonstering na desinfectie.")
d.p("Laboratorium: {{o:Aqualab Zuid}}, analyse volgens {{x:NEN 6265}}. Uitslag naar {{m:mmk@ggdhvb.nl}}.")
for nm, v in [("Glenn Tjin-A-Koeng", "Glenn Tjin-A-Koeng"), ("g.tjin-a-koeng@ggdhvb.nl", "g.tjin-a-koeng@ggdhvb.nl"),
              ("06-3481 2250", "06-3481 2250"), ("Gijs Manders", "Gijs Manders"), ("Dennis Pijnenburg", "Dennis Pijnenburg"),
              ("GTK", "GTK")]:
    d.hidden.append(("annotations", "PERSON" if "@" not in v and not v[0].isdigit() else ("EMAIL" if "@" in v else "PHONE"),
                     f"{v} (form field value)", v))

# -------------------------------------------------------------------------------------------- bz22 sticky notes
d = add(Doc("bz22_concept_persbericht_met_opmerkingen", font="DejaVuSans", size=10,
            annots=[(0, "Femke Zwartjes", "Naam bedrijf nog niet noemen, check met Ravi Ramdin"),
                    (0, "Naima el Haddouti", "Aantal patiënten bijwerken (23). Bel Kowalczyk voor de epicurve"),
                    (0, "Sanne Oosterhuis", "Familie Weterink wil niet dat de IC-opname genoemd wordt")]))
for who, txt in [("annotations", "Ravi Ramdin"), ("annotations", "Naima el Haddouti"), ("annotations", "Kowalczyk"),
                 ("annotations", "Sanne Oosterhuis"), ("annotations", "Weterink")]:
    d.hidden.append((who, "PERSON", f"{txt} (sticky note author/text)", txt))
d.h("CONCEPT persbericht - {{d:26 september 2024}}")
d.p("<b>Bron legionella-uitbraak {{l:Tilburg}} vrijwel zeker gevonden</b>")
d.p("De {{o:GGD Hart voor Brabant}} heeft samen met het {{o:RIVM}} en de {{o:Omgevingsdienst Midden- en West-Brabant}} de vermoedelijke bron gevonden van de uitbraak van veteranenziekte in {{l:Tilburg}} en omgeving. Het gaat om een koeltoren op het bedrijventerrein {{l:Loven}}. De koeltoren is stilgelegd en wordt gereinigd.")
d.p("Sinds begin september zijn 19 mensen ziek geworden; twee van hen zijn overleden. 'Onze gedachten zijn bij de nabestaanden,' zegt {{h:burgemeester Weterings}}. De {{o:GGD}} verwacht dat het aantal nieuwe patiënten de komende weken daalt.")
d.p("Mensen met koorts, hoesten en kortademigheid die in september in {{l:Tilburg}}-West zijn geweest, wordt aangeraden contact op te nemen met de huisarts.")
d.p("<b>Noot voor de redactie</b> (niet voor publicatie): meer informatie bij {{s:Femke Zwartjes}}, {{f:woordvoerder}} {{o:GGD Hart voor Brabant}}, via {{m:pers@ggdhvb.nl}} of {{t:0900 463 64 43}}.")

# -------------------------------------------------------------------------------------------- bz23 agenda with outline
d = add(Doc("bz23_agenda_omt_landelijk", font="LiberationSans", size=10,
            outline=[("Agenda OMT-landelijk 1 oktober 2024", 0), ("Voorbereiding: Jia-Hui Lin", 0),
                     ("Bijlage: notitie Pieter-Jan Dijkhuizen", 0), ("Reactie Ter Beek", 0)]))
for t in ["Jia-Hui Lin", "Pieter-Jan Dijkhuizen", "Ter Beek"]:
    d.hidden.append(("outline", "PERSON", f"{t} (outline title)", t))
d.h("Agenda afstemmingsoverleg {{o:RIVM}} - {{o:GGD}} - {{o:VWS}}")
d.p("{{d:Dinsdag 1 oktober 2024}}, 15.00-16.00 uur | Teams | {{r:LCI-2024-441}}")
d.p("Voorzitter: {{o:Centrum Infectieziektebestrijding}} ({{f:hoofd LCI}}). Secretariaat: {{m:lci@rivm.nl}}.")
for i, item in enumerate([
    "Opening en mededelingen",
    "Stand van zaken uitbraak {{l:Tilburg}} (toelichting {{o:GGD Hart voor Brabant}})",
    "Typeringsresultaten en cgMLST ({{o:RIVM}}, {{o:IDS}})",
    "Afzonderlijke besmetting zorgcentrum: rol {{o:IGJ}}",
    "Internationale melding: {{o:EWRS}} en {{o:ECDC}}",
    "Bestuurlijke informatie: nota aan {{h:minister Agema}}, Kamervragen {{h:Kamerlid Dobbe}}",
    "Communicatie: afstemming woordvoerders ({{s:Zwartjes}}, {{s:Plasmeijer}}, {{s:Bouman}})",
    "Rondvraag en sluiting"], 1):
    d.p(f"{i}. {item}")
d.p("Stukken: epicurve (week 40), typeringsrapport {{r:IDS-LEG-2024-0388}}, conceptbeantwoording Kamervragen.")

# -------------------------------------------------------------------------------------------- bz24 citizen mail
d = add(Doc("bz24_mail_bewoner_en_antwoord", font="DejaVuSerif", size=10))
d.h("E-mail van een bewoner aan de {{o:GGD}} en antwoord")
d.mail("{{m:Informatielijn GGD}} &lt;{{m:info@ggdhvb.nl}}&gt;", "vrijdag 27 september 2024 11:32",
       "[[e:h.vandekamp1961@kpnmail.nl]]", "RE: legionella bij ons in de straat?",
       body="""
Geachte heer [[Van de Kamp]],
Dank voor uw bericht. Legionella verspreidt zich niet van mens op mens; u en uw gezin lopen via uw buurman geen risico. De vermoedelijke bron is gevonden en stilgelegd. Uw zorgen over de luchtkwaliteit in de {{l:Ringbaan-Oost}} hebben wij doorgegeven aan de {{o:Omgevingsdienst Midden- en West-Brabant}}.
Wij kunnen geen informatie geven over de gezondheid van uw buurman.
Met vriendelijke groet,
[[Anouk]], medewerker informatielijn
{{o:GGD Hart voor Brabant}} | {{t:0900 463 64 43}}
""")
d.mail("[[Henk van de Kamp]] &lt;[[e:h.vandekamp1961@kpnmail.nl]]&gt;", "donderdag 26 september 2024 22:47",
       "{{m:info@ggdhvb.nl}}", "legionella bij ons in de straat?",
       body="""
Goedenavond,
Mijn buurman [[Kees]] van nummer 212 ligt op de IC met veteranenziekte, hoorde ik van zijn dochter. Wij wonen op [[a:Ringbaan-Oost 214|Ringbaan-Oost 214]] en mijn vrouw heeft [[h:astma]] en is [[h:zwanger van de tweede|zwanger]]. Moeten wij ons laten testen? Ik heb ook al de burgemeester gemaild.
Met vriendelijke groet,
[[Henk van de Kamp]]
[[t:06-51 93 02 18]]
""")

# -------------------------------------------------------------------------------------------- bz25 rooster infolijn
d = add(Doc("bz25_rooster_informatielijn", font="LiberationMono", size=8.5, landscape=True))
d.h("Rooster informatielijn legionella - week 39 en 40")
d.p("{{o:GGD Hart voor Brabant}} | openbaar nummer {{t:0900 463 64 43}} | coördinatie: [[g:NeH]]")
d.t([["Dag", "08.00-12.00", "12.00-16.00", "16.00-20.00", "Achterwacht arts"],
     ["ma 23-09", "[[Anouk]] ([[n:pnr 104882|104882]])", "[[Dewi]] ([[n:pnr 117305|117305]])", "[[Sjoerd]] ([[n:pnr 098816|098816]])", "[[g:MvdHB]] [[t:06-41827790]]"],
     ["di 24-09", "[[Dewi]]", "[[Bilal]] ([[n:pnr 121944|121944]])", "[[Anouk]]", "[[g:EYi]] [[t:06-2870 5519]]"],
     ["wo 25-09", "[[Sjoerd]]", "[[Anouk]]", "[[Mirjam]] ([[n:pnr 089127|089127]])", "[[g:MvdHB]]"],
     ["do 26-09", "[[Bilal]]", "[[Mirjam]]", "[[Dewi]]", "[[g:EYi]]"],
     ["vr 27-09", "[[Anouk]]", "[[Sjoerd]]", "-", "[[g:MvdHB]]"],
     ["ma 30-09", "[[Dewi]]", "[[Anouk]]", "[[Bilal]]", "[[g:WK]] (epi)"],
     ["di 01-10", "[[Mirjam]]", "[[Sjoerd]]", "-", "[[g:EYi]]"]],
    widths=[1, 2.2, 2.2, 2.2, 2.4])
d.p("Belscript: zie {{r:IZB-INFO-LEG-v3}}. Vragen over individuele patiënten altijd doorverbinden met de achterwacht. Persvragen naar {{s:Femke Zwartjes}}.")
d.p("Gesprekken per dag (teller): 23-09: 142; 24-09: 96; 25-09: 61; 26-09: 77; 27-09: 38; 30-09: 24; 01-10: 15.")

# -------------------------------------------------------------------------------------------- bz26 scanned fax from GP
d = add(Doc("bz26_scan_fax_huisarts", producer="scan", font="Courier", size=10.5,
            scan={"angle": -1.1, "q": 45, "creator": "HP LaserJet fax"}))
d.p("FAX  --  Huisartsenpraktijk De Reeshof  --  30-09-2024 08:14  --  p. 1/1")
d.sp(8)
d.p("Aan: GGD Hart voor Brabant, afd. Infectieziektebestrijding")
d.p("Van: [[dr. T. Peeters|Peeters]], huisarts")
d.p("Betreft: verdenking legionellose")
d.sp(8)
d.p("Patiënt: [[Wilhelmina Schoenmakers|Schoenmakers]]")
d.p("Geboren: [[d:03-02-1950|03-02-1950]]")
d.p("Adres: [[a:Verdilaan 118|Verdilaan 118]], Tilburg")
d.p("BSN: [[b:355922137]]")
d.p("Klachten sinds 26-09: koorts 39,4, hoesten, verward. Voorgeschiedenis: [[h:reuma|reuma]], prednison.")
d.p("Urine-antigeen aangevraagd via SHL. Patiënte verwezen naar SEH ETZ.")
d.p("Contact echtgenoot: [[Frans Schoenmakers]], [[t:06-28 44 19 07|06-28 44 19 07]]")
d.sp(10)
d.p("Met collegiale groet,")
d.p("[[T.J.M. Peeters|T.J.M.]]")

# -------------------------------------------------------------------------------------------- bz27 sitrap (2 pages)
d = add(Doc("bz27_situatierapport_rivm", font="DejaVuSansCondensed", size=11.5))
d.h("Situatierapport legionella-uitbraak {{l:Tilburg}} - nr. 5")
d.p("{{o:RIVM}} / {{o:Centrum Infectieziektebestrijding}} aan {{o:ministerie van VWS}}, {{o:Directie Publieke Gezondheid}} | {{d:7 oktober 2024}} | {{r:CIb-SITRAP-2024-LEG-05}}")
d.p("Opgesteld door [[F. Bastiaansen]], gecontroleerd door [[P.J. Dijkhuizen]]. Verspreiding: {{h:DG Lammers}}, {{f:directeur Publieke Gezondheid}}, {{o:LCI}}, {{o:GGD GHOR Nederland}}.")
d.h2("1. Samenvatting")
d.p("Het aantal patiënten in het cluster {{l:Loven}} is gestegen tot 24 (week 36-40), van wie 3 zijn overleden. De laatste eerste ziektedag was 29 september. Na het stilleggen van koeltoren KT-2 op {{d:26 september 2024}} zijn geen nieuwe patiënten met een eerste ziektedag na 30 september gemeld. Het uitbraakteam verwacht het cluster op {{d:21 oktober 2024}} te sluiten (twee maal de maximale incubatietijd).")
d.h2("2. Epidemiologie")
d.t([["Week", "Nieuwe patiënten", "Opgenomen", "IC", "Overleden"],
     ["36", "3", "3", "1", "0"], ["37", "9", "9", "2", "1"], ["38", "7", "6", "1", "1"],
     ["39", "4", "4", "0", "1"], ["40", "1", "1", "0", "0"], ["Totaal", "24", "23", "4", "3"]],
    widths=[1, 1.5, 1.5, 1, 1])
d.p("Mediane leeftijd 69 jaar (42-85); 15 mannen en 9 vrouwen. Woonplaatsen: {{l:Tilburg}} (17), {{l:Goirle}} (3), {{l:Oisterwijk}} (2), {{l:Berkel-Enschot}} (1), {{l:Hilvarenbeek}} (1). Daarnaast zijn drie reisgerelateerde patiënten uit {{l:Duitsland}} en {{l:België}} via {{o:ELDSNet}} gemeld.")
d.h2("3. Bron en maatregelen")
d.p("Koeltoren KT-2 van {{o:Brabant Koeltechniek B.V.}} blijft buiten gebruik tot twee opeenvolgende negatieve monsters. De {{o:Omgevingsdienst Midden- en West-Brabant}} heeft een last onder dwangsom opgelegd. Het {{o:RIVM}} adviseert de {{o:Omgevingsdiensten}} landelijk de registratie van natte koeltorens te controleren; daartoe is een brief in voorbereiding aan het {{o:ministerie van Infrastructuur en Waterstaat}}.")
d.h2("4. Zorggerelateerde besmetting")
d.p("Een bewoner van een zorgcentrum (patiënt 21, ST1) is niet aan de koeltoren gekoppeld. De {{o:IGJ}} doet onderzoek; de {{o:GGD}} heeft de instelling geadviseerd over spoelen en thermische desinfectie.")
d.h2("5. Communicatie en bestuurlijk")
d.p("{{h:Minister Agema}} beantwoordt de Kamervragen van {{h:Kamerlid Dobbe}} uiterlijk {{d:18 oktober 2024}}. {{h:Staatssecretaris Karremans}} bezoekt op {{d:10 oktober 2024}} de {{o:GGD Hart voor Brabant}} in het kader van de {{p:Gezondheidsakkoord|Gezondheidsakkoord}}-regiotour; de {{o:GGD}} ([[drs. J. Verhoeven-Mutsaers]]) bereidt dat bezoek voor.")
d.p("Woordvoering: {{s:Jeroen Plasmeijer}} ({{o:RIVM}}), {{s:Thijs Bouman}} ({{o:VWS}}), {{s:Femke Zwartjes}} ({{o:GGD}}).")
d.h2("6. Internationale aspecten")
d.p("Het {{o:ECDC}} neemt het cluster op in het {{p:Communicable Disease Threats Report}} van week 41. Contact loopt via [[F. Bastiaansen]]; bij het {{o:ECDC}} via [[I. Svensson]]. De Poolse patiënt is na ontslag naar {{l:Polen}} teruggekeerd; het {{o:Główny Inspektorat Sanitarny}} is geïnformeerd.")
d.h2("7. Volgende rapportage")
d.p("Sitrap 6 verschijnt op {{d:14 oktober 2024}}. Vragen: {{m:cib-sitrap@rivm.nl}} of {{t:030 274 91 11}}.")

# -------------------------------------------------------------------------------------------- bz28 docx OMWB letter to company (2 pages)
d = add(Doc("bz28_omwb_last_onder_dwangsom", producer="docx", font="Liberation Sans", size=10.5,
            author="OMWB"))
d.p("<b>{{o:Omgevingsdienst Midden- en West-Brabant}}</b>")
d.p("Aangetekend")
d.p("{{o:Brabant Koeltechniek B.V.}}")
d.p("t.a.v. de directie, de heer [[J.P.M. Hermans]]")
d.p("{{a:Kraaivenstraat 21}}")
d.p("{{a:5048 AB Tilburg|5048 AB}}")
d.sp()
d.t([["Zaaknummer", "{{r:OMWB-2024-HH-5531}}"],
     ["Datum", "{{d:26 september 2024}}"],
     ["Behandeld door", "[[L. Brouwers]]"],
     ["Telefoon", "[[t:06-4417 2893]]"],
     ["Onderwerp", "Last onder dwangsom natte koeltoren KT-2"]], widths=[1, 3], header=False)
d.sp()
d.p("Geachte heer [[Hermans]],")
d.p("Namens het college van burgemeester en wethouders van {{o:Tilburg}} deel ik u het volgende mee. Op {{d:20 september 2024}} heeft een toezichthouder van de {{o:Omgevingsdienst Midden- en West-Brabant}} uw inrichting aan de {{a:Kraaivenstraat 21}} bezocht in verband met de uitbraak van legionella. Daarbij waren aanwezig de heer [[G. Manders]], {{f:QHSE-manager}}, en de heer [[D. Pijnenburg]], servicemonteur van uw onderhoudsbedrijf.")
d.h2("Overtreding")
d.p("Uit de bemonstering blijkt dat koeltoren KT-2 ernstig besmet was met {{x:Legionella pneumophila}} (2.400.000 kve/l). U heeft in strijd gehandeld met de regels over natte koeltorens in het {{w:Besluit activiteiten leefomgeving}}: het beheersplan was niet actueel en de biocidedosering was gedurende ten minste vijf weken buiten werking, zonder dat dit werd opgemerkt of hersteld.")
d.h2("Last")
d.p("U dient koeltoren KT-2 buiten werking te houden totdat (1) de installatie is gereinigd en gedesinfecteerd door een gecertificeerd bedrijf, (2) een actueel beheersplan is vastgesteld en (3) twee opeenvolgende monsters, met een tussenpoos van ten minste twee weken, minder dan 100 kve/l bevatten. Voor iedere dag dat u de last niet naleeft verbeurt u een dwangsom van EUR 10.000, tot een maximum van EUR 200.000.")
d.h2("Zienswijze en bezwaar")
d.p("Gezien het spoedeisende karakter is geen gelegenheid gegeven een zienswijze in te dienen (artikel 4:11 {{w:Algemene wet bestuursrecht}}). Tegen dit besluit kunt u binnen zes weken bezwaar maken bij het college. U kunt de voorzieningenrechter van de {{o:rechtbank Zeeland-West-Brabant}} om een voorlopige voorziening vragen.")
d.p("De {{o:GGD Hart voor Brabant}} en de {{h:burgemeester van Tilburg}} zijn over dit besluit geïnformeerd. Uw eerdere correspondentie met onze medewerker, de heer [[R. Ketelaars]], over de registratie van de koeltoren (brief van {{d:4 maart 2024}}) is bij het dossier gevoegd.")
d.sp()
d.p("Hoogachtend,")
d.p("het college van burgemeester en wethouders van {{o:Tilburg}},")
d.p("namens dezen, de {{f:afdelingshoofd handhaving}} van de {{o:Omgevingsdienst Midden- en West-Brabant}},")
d.sp()
d.p("[[A.C. Brouwers-Ketelaars|Brouwers-Ketelaars]]")
d.small("{{o:Omgevingsdienst Midden- en West-Brabant}} | Postbus 75 | 5000 AB Tilburg | {{t:013 206 01 00}} | {{m:info@omwb.nl}}")

# -------------------------------------------------------------------------------------------- bz29 logboek (2 pages)
d = add(Doc("bz29_logboek_uitbraakteam", font="Times-Roman", size=12))
d.h("Logboek uitbraakmanagement legionella {{l:Loven}} ({{r:IZB-2024-0917}})")
d.p("Bijgehouden door de {{f:teamleider Infectieziektebestrijding}}. Initialen: zie legenda onderaan.")
log = [
 ("13-09 16:10", "[[g:MvdHB]]", "Derde melding legionellose binnen een week uit {{l:Tilburg}}-West. Signaal besproken met dienstdoende arts."),
 ("16-09 09:00", "[[g:NeH]]", "Vierde melding. Besloten tot clusteronderzoek; LCI wordt ingelicht."),
 ("17-09 14:02", "[[g:MvdHB]]", "Melding aan {{m:lci@rivm.nl}}; reactie [[g:JHL]] dezelfde middag."),
 ("18-09 10:30", "[[g:GTK]]", "Koeltorenregister opgevraagd bij de {{o:Omgevingsdienst}}."),
 ("19-09 17:00", "[[g:FZ|FZ]]", "Persbericht 1 verstuurd (woordvoering)."),
 ("20-09 13:00", "[[g:MvdHB]]", "OMT-regio 1 ({{r:OMT-LEG-TBG-01}}). Actielijst verspreid."),
 ("20-09 15:30", "[[g:GTK]]", "Monstername 6 koeltorens met [[L. Brouwers]] ({{o:OMWB}})."),
 ("23-09 12:18", "[[g:NeH]]", "Verzoek bestuurlijk overleg aan gemeente ([[Y. Amrani]])."),
 ("24-09 09:00", "[[g:WK]]", "Epicurve en windroos gereed; windrichting zuidwest past bij {{l:Loven}}."),
 ("25-09 08:30", "[[g:JVM]]", "Bestuurlijk overleg stadhuis met {{h:burgemeester Weterings}}."),
 ("25-09 16:45", "[[g:GTK]]", "Uitslag KT-2: 2.400.000 kve/l. Direct gebeld met [[g:MvdHB]] en OMWB."),
 ("26-09 07:30", "[[g:NeH]]", "KT-2 stilgelegd door het bedrijf op last van de {{o:OMWB}}."),
 ("26-09 11:00", "[[g:SO]]", "Overlijden patiënt 5 ([[Van Gils]]) gemeld door ETZ; familie gebeld."),
 ("27-09 08:31", "[[g:JHL]]", "RIVM: ST47 in KT-2 en 9/11 klinische isolaten."),
 ("30-09 10:00", "[[g:MvdHB]]", "Melding zorgcentrum {{o:De Wielewaal}} (patiënt 21); IGJ ingelicht."),
 ("01-10 13:00", "[[g:MvdHB]]", "OMT-regio 3. Advies: geen aanvullende maatregelen bevolking."),
 ("02-10 17:05", "[[g:FB|FB]]", "EWRS-melding door RIVM ({{r:NL-2024-LEG-0412}})."),
 ("03-10 09:15", "[[g:SO]]", "Nagesprek familie [[Agemans]] met dochter, in bijzijn van locatiemanager [[P. van Esch]]."),
 ("07-10 14:00", "[[g:EYi]]", "Alle patiënten nagebeld; 2 nog opgenomen."),
 ("10-10 10:00", "[[g:JVM]]", "Werkbezoek {{h:staatssecretaris Karremans}}; geen patiëntgegevens gedeeld."),
 ("14-10 11:30", "[[g:NeH]]", "Teams-chat en logboek geëxporteerd voor Woo-verzoek."),
 ("21-10 09:00", "[[g:MvdHB]]", "Cluster gesloten (geen nieuwe patiënten na 29-09). Eindverslag in voorbereiding."),
]
d.t([["Datum/tijd", "Door", "Gebeurtenis"]] + [list(r) for r in log], widths=[1.3, 0.9, 7])
d.h2("Legenda")
d.p("MvdHB = {{f:arts infectieziektebestrijding}}; NeH = {{f:teamleider}}; GTK = {{f:technisch hygiënist}}; WK = {{f:epidemioloog}}; SO = {{f:sociaal-verpleegkundige}}; EYi = arts M&amp;G i.o.; JVM = {{f:directeur publieke gezondheid}}; FZ = {{f:woordvoerder}}; JHL en FB = {{o:RIVM}}.")

# -------------------------------------------------------------------------------------------- bz30 Sciensano (English)
d = add(Doc("bz30_sciensano_exchange_english", font="LiberationSans", size=10))
d.h("E-mail exchange with {{o:Sciensano}} ({{l:Belgium}}) on a travel-associated case")
d.mail_en("[[Katrien De Smedt]] &lt;[[e:katrien.desmedt@sciensano.be]]&gt;", "Monday, 7 October 2024 10:03",
          "[[Floor Bastiaansen]]", "Belgian case BE-1 - hotel stay Tilburg",
          cc="[[Dirk Vanhaverbeke]]; {{m:epi-legionella@sciensano.be}}",
          body="""
Dear Ms [[Bastiaansen]],
Our case BE-1 is a 58-year-old man from {{l:Turnhout}} who attended a trade fair in {{l:Tilburg}} and stayed at a hotel near the ring road from 7 to 10 September. He was admitted to {{o:AZ Turnhout}} on 14 September. His urine antigen test was positive; unfortunately no sputum culture is available. The patient, Mr [[Luc Verhaegen]], has agreed that we share his travel details with the Dutch authorities.
Could the {{o:GGD}} check whether the hotel has a cooling tower or a spa pool? The hotel manager mentioned to us a Mr [[Van Riel]] as the person responsible for the installation.
Kind regards,
[[Dr Katrien De Smedt]], {{f:epidemiologist}}, {{o:Sciensano}}, {{l:Brussels}} | [[t:+32 2 642 57 19]]
""")
d.mail_en("[[Floor Bastiaansen]]", "Monday, 7 October 2024 15:40", "[[Katrien De Smedt]]",
          "RE: Belgian case BE-1 - hotel stay Tilburg",
          cc="[[Marloes van den Heuvel-Brink]]",
          body="""
Dear [[Katrien]],
Thank you. The hotel is 1.2 km downwind of the cooling tower identified as the source and has no cooling tower of its own; the {{o:GGD Hart voor Brabant}} sampled its showers on 4 October (negative). We therefore consider BE-1 part of the outbreak. We will inform {{o:ECDC}} ([[Dr Svensson]]) accordingly.
Best wishes,
[[Floor]]
""")

# -------------------------------------------------------------------------------------------- bz31 overzicht overleden
d = add(Doc("bz31_overzicht_overleden_vertrouwelijk", font="DejaVuSerif", size=10))
d.h("Overzicht overleden patiënten - vertrouwelijk medisch")
d.p("Ten behoeve van het eindverslag en de melding aan de {{o:gemeentelijke lijkschouwer}} | {{o:GGD Hart voor Brabant}} | {{d:22 oktober 2024}}")
d.t([["", "Patiënt 5", "Patiënt 7", "Patiënt 21"],
     ["Naam", "[[J.W. van Gils]]", "[[Mei-Ling Chen]]", "[[H. Agemans]]"],
     ["Geboortedatum", "[[d:15 januari 1947]]", "[[d:18 augustus 1943]]", "[[d:9 april 1939]]"],
     ["Datum overlijden", "25-09-2024", "24-09-2024", "08-10-2024"],
     ["Plaats", "{{o:ETZ}}, IC", "{{o:ETZ}}, B4", "{{o:ETZ}}, longziekten"],
     ["Doodsoorzaak", "legionellapneumonie", "legionellapneumonie", "legionellapneumonie"],
     ["Comorbiditeit", "[[h:status na niertransplantatie|status na niertransplantatie]]", "[[h:gemetastaseerd longcarcinoom]]", "[[h:vasculaire dementie]]"],
     ["Bron", "koeltoren KT-2", "koeltoren KT-2", "drinkwater zorgcentrum"],
     ["Nabestaande", "[[Els van Gils-Brouwer]]", "[[Chen Jun]]", "[[Jolanda Agemans-Verhoef]]"]],
    widths=[1.5, 2.5, 2.5, 2.5])
d.p("Lijkschouwing verricht door forensisch arts [[dr. A. Szymańska]] ({{o:GGD}}). Bij patiënt 7 was sprake van een [[h:euthanasieverzoek]] dat vanwege de snelle achteruitgang niet is uitgevoerd; bij patiënt 21 was een [[h:niet-reanimeerverklaring]] vastgelegd.")
d.p("Religieuze wensen: familie van patiënt 7 verzocht om een [[r:boeddhistische]] uitvaart binnen drie dagen; dit is met de lijkschouwer afgestemd.")

# -------------------------------------------------------------------------------------------- bz32 docx evaluation (3 pages)
d = add(Doc("bz32_evaluatie_uitbraakbestrijding", producer="docx", font="Liberation Serif", size=11,
            author="GGD Hart voor Brabant", title="Evaluatie uitbraakbestrijding legionella Loven"))
d.h("Evaluatie van de bestrijding van de legionella-uitbraak {{l:Loven}} 2024")
d.p("{{o:GGD Hart voor Brabant}}, in opdracht van de {{f:directeur publieke gezondheid}} | {{d:december 2024}} | kenmerk {{r:IZB-EVAL-2024-03}}")
d.h2("1. Aanleiding en werkwijze")
d.p("Tussen 6 september en 29 september 2024 werden 24 inwoners van de regio {{l:Tilburg}} ziek door een infectie met {{x:Legionella pneumophila}}; drie van hen overleden. Daarnaast werden drie reisgerelateerde patiënten uit het buitenland aan het cluster gekoppeld. Deze evaluatie beschrijft wat goed ging en wat beter kan. Zij is gebaseerd op documentanalyse, een enquête onder 31 betrokken medewerkers en interviews met twaalf personen binnen en buiten de {{o:GGD}}.")
d.p("De evaluatie is uitgevoerd door [[drs. Hanna Ruijters-Koç]] ({{f:senior adviseur kwaliteit}}) en [[Thijmen Oude Luttikhuis]] ({{f:stagiair}} {{o:Tilburg University}}), begeleid door een klankbordgroep onder voorzitterschap van [[prof. dr. Ewout Stassen]] ({{o:Radboudumc}}).")
d.h2("2. Tijdlijn in hoofdlijnen")
d.p("Het signaal werd op {{d:13 september 2024}} opgemerkt, toen de derde melding binnen een week binnenkwam. Op {{d:17 september 2024}} meldde de {{o:GGD}} het cluster aan de {{o:LCI}}. Het regionale uitbraakteam kwam op {{d:20 september 2024}} voor het eerst bijeen. De bron werd op {{d:25 september 2024}} gevonden en de volgende ochtend stilgelegd. Het cluster werd op {{d:21 oktober 2024}} gesloten.")
d.h2("3. Bevindingen")
d.p("<b>3.1 Signalering.</b> De periode tussen de eerste en de vierde melding (zeven dagen) is vergelijkbaar met eerdere uitbraken. Geïnterviewden wijzen erop dat meldingen in het weekend pas op maandag werden bekeken. Een van de artsen ([[E. Yıldız]]) stelde voor om in de meldingssoftware een automatische clusterwaarschuwing in te bouwen.")
d.p("<b>3.2 Bronopsporing.</b> De samenwerking met de {{o:Omgevingsdienst Midden- en West-Brabant}} verliep snel. Het {{o:Landelijk Register Koeltorens}} bleek onvolledig: twee van de veertien torens in de zoekstraal stonden er niet in. De {{f:technisch hygiënist}} heeft deze via luchtfoto's gevonden.")
d.p("<b>3.3 Patiëntcontact.</b> Nabestaanden waardeerden het persoonlijke contact door de {{f:sociaal-verpleegkundige}}. Wel voelde een familie zich overvallen door een journalist die hun naam kende; hoe die naam bekend werd, is niet vastgesteld. Voor anderstalige patiënten was de tolkentelefoon essentieel.")
d.p("<b>3.4 Bestuurlijke informatievoorziening.</b> {{h:Burgemeester Weterings}} en de {{o:Veiligheidsregio Midden- en West-Brabant}} werden tijdig geïnformeerd. Tussen de {{o:GGD}}, het {{o:RIVM}} en het {{o:ministerie van VWS}} liepen informatiestromen deels dubbel: de {{o:Directie Publieke Gezondheid}} vroeg dezelfde cijfers op bij de {{o:GGD}} en bij het {{o:RIVM}}.")
d.p("<b>3.5 Communicatie.</b> De informatielijn ontving in de eerste week ruim 400 telefoontjes. De woordvoerders van de drie organisaties ({{s:Femke Zwartjes}}, {{s:Jeroen Plasmeijer}} en {{s:Thijs Bouman}}) stemden dagelijks af; dat werd als zeer effectief ervaren.")
d.h2("4. Aanbevelingen")
for i, a in enumerate([
    "Bouw een automatische clusterwaarschuwing in voor meldingen van legionellose.",
    "Vraag de {{o:Omgevingsdiensten}} het koeltorenregister jaarlijks te actualiseren.",
    "Leg vast wie bij een uitbraak het contact met het {{o:ministerie van VWS}} onderhoudt (één loket via het {{o:RIVM}}).",
    "Maak een protocol voor contact met nabestaanden en media.",
    "Oefen jaarlijks een legionella-uitbraak met de {{o:Omgevingsdienst}} en de {{o:Veiligheidsregio}}."], 1):
    d.p(f"{i}. {a}")
d.h2("5. Reacties van betrokken organisaties")
d.p("Het conceptrapport is op {{d:25 november 2024}} voorgelegd aan de {{o:Omgevingsdienst Midden- en West-Brabant}}, het {{o:RIVM}}, het {{o:Elisabeth-TweeSteden Ziekenhuis}} en de {{o:gemeente Tilburg}}. De {{o:Omgevingsdienst}} onderschrijft aanbeveling 2 en wijst erop dat het register onder het {{w:Besluit activiteiten leefomgeving}} een verantwoordelijkheid van de eigenaar is. Het {{o:RIVM}} steunt aanbeveling 3 en stelt voor de rolverdeling vast te leggen in de {{p:Landelijke Richtlijn Legionellose}}. Het ziekenhuis vraagt aandacht voor de capaciteit van de intensive care bij een grotere uitbraak; in de piek lagen vier patiënten tegelijk op de IC.")
d.p("De {{o:gemeente Tilburg}} heeft laten weten dat {{h:burgemeester Weterings}} de aanbevelingen bespreekt in het {{o:Algemeen Bestuur}} van de {{o:Veiligheidsregio Midden- en West-Brabant}}. De {{o:Inspectie Gezondheidszorg en Jeugd}} is niet om een reactie gevraagd, omdat haar onderzoek naar de zorginstelling nog loopt.")
d.h2("6. Slotbeschouwing")
d.p("De uitbraak was de grootste legionella-uitbraak in {{l:Nederland}} sinds de uitbraak bij de bloemententoonstelling in {{l:Bovenkarspel}} (1999), gemeten naar het aantal overlijdens. De bestrijding verliep grotendeels volgens de richtlijn. De belangrijkste les is dat een onvolledig koeltorenregister de bronopsporing vertraagt. De evaluatoren bevelen aan deze evaluatie te bespreken met {{o:GGD GHOR Nederland}} zodat andere regio's er hun voordeel mee kunnen doen.")
d.pb()
d.h2("Bijlage: geïnterviewde personen")
d.t([["Naam", "Organisatie", "Functie", "Datum interview"],
     ["[[dr. M. van den Heuvel-Brink]]", "{{o:GGD Hart voor Brabant}}", "arts infectieziektebestrijding", "04-11-2024"],
     ["[[N. el Haddouti]]", "{{o:GGD Hart voor Brabant}}", "teamleider IZB", "04-11-2024"],
     ["[[S. Oosterhuis]]", "{{o:GGD Hart voor Brabant}}", "{{f:sociaal-verpleegkundige}}", "05-11-2024"],
     ["[[G.R. Tjin-A-Koeng]]", "{{o:GGD Hart voor Brabant}}", "{{f:technisch hygiënist}}", "05-11-2024"],
     ["[[W. Kowalczyk]]", "{{o:GGD Hart voor Brabant}}", "{{f:epidemioloog}}", "06-11-2024"],
     ["[[dr. J.H. Lin]]", "{{o:RIVM}}", "arts LCI", "07-11-2024"],
     ["[[P.J. Dijkhuizen]]", "{{o:RIVM}}", "{{f:senior adviseur}}", "07-11-2024"],
     ["[[K. Aydın-Verbruggen]]", "{{o:ministerie van VWS}}", "{{f:senior beleidsmedewerker}}", "11-11-2024"],
     ["[[L. Brouwers]]", "{{o:OMWB}}", "{{f:toezichthouder}}", "12-11-2024"],
     ["[[dr. B. Claessens]]", "{{o:ETZ}}", "{{f:arts-microbioloog}}", "12-11-2024"],
     ["[[Y. Amrani]]", "{{o:gemeente Tilburg}}", "{{f:adviseur openbare orde en veiligheid}}", "13-11-2024"],
     ["[[mevrouw E. van Gils-Brouwer|E. van Gils-Brouwer]]", "nabestaande", "-", "14-11-2024"]],
    widths=[2.5, 2.2, 2.6, 1.3])

# -------------------------------------------------------------------------------------------- bz33 DG mail
d = add(Doc("bz33_mail_dg_ggd_ghor", font="Helvetica", size=10))
d.h("E-mail {{o:ministerie van VWS}} aan {{o:GGD GHOR Nederland}}")
d.mail("{{m:dgvz-secretariaat@minvws.nl}} namens {{h:DG Lammers}}", "maandag 21 oktober 2024 17:12",
       "[[Marjolein Evers-Tan]] ({{o:GGD GHOR Nederland}})", "Dank en vervolg legionella Tilburg",
       cc="[[Ingrid Schoonderwoerd]]; [[K. Aydin-Verbruggen]]; [[Yvonne Wong]] (secretariaat DG)",
       body="""
Geachte mevrouw [[Evers-Tan]], beste [[Marjolein]],
Nu het cluster in {{l:Tilburg}} is gesloten, wil ik u en via u de {{o:GGD Hart voor Brabant}} danken voor de inzet van de afgelopen weken. {{h:Minister Agema}} heeft mij gevraagd dat ook namens haar over te brengen. {{h:Staatssecretaris Karremans}} heeft bij zijn werkbezoek op 10 oktober een goede indruk gekregen van de samenwerking tussen {{o:GGD}}, {{o:RIVM}} en {{o:Omgevingsdienst}}.
De {{f:directeur Publieke Gezondheid}}, mevrouw [[Schoonderwoerd]], neemt contact met u op over een landelijke verkenning naar het koeltorenregister samen met het {{o:ministerie van Infrastructuur en Waterstaat}} en het {{o:RIVM}}. Voor praktische zaken kunt u terecht bij [[Koen]] ([[t:06-1077 3325]]).
Met vriendelijke groet,
{{h:DG Lammers}}
{{f:directeur-generaal Volksgezondheid}}
{{o:Ministerie van Volksgezondheid, Welzijn en Sport}} | Parnassusplein 5, 2511 VX Den Haag | {{t:070 340 79 11}}
""")
