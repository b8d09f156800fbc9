"""Texts of set BO (eval/blind/mixed57). All persons, numbers and addresses are invented.

Markup: [[redact]] / [[redact|K]] and {{keep}} / {{keep|K}}; kind codes in lib.py.
"""
from __future__ import annotations

DOCS: list = []


def D(**kw):
    DOCS.append(kw)


def mail(frm, sent, to, subj, cc=None, att=None):
    s = f"<b>Van:</b> {frm}<br/><b>Verzonden:</b> {sent}<br/><b>Aan:</b> {to}<br/>"
    if cc:
        s += f"<b>CC:</b> {cc}<br/>"
    s += f"<b>Onderwerp:</b> {subj}"
    if att:
        s += f"<br/><b>Bijlagen:</b> {att}"
    return ("p", s)


def mail_en(frm, sent, to, subj, cc=None):
    s = f"<b>From:</b> {frm}<br/><b>Sent:</b> {sent}<br/><b>To:</b> {to}<br/>"
    if cc:
        s += f"<b>Cc:</b> {cc}<br/>"
    s += f"<b>Subject:</b> {subj}"
    return ("p", s)


RULE = ("p", "_" * 78)
MOTIV_EMPTY = [("h", "Informatie die niet openbaar gemaakt kan worden"), ("p", "[in te vullen]")]

# =========================================================================== BZ consular
D(id="bo01", font="helv", header="Ministerie van Buitenlandse Zaken - DCM/CA - e-mailwisseling",
  footer="Kenmerk DCM-CA-2025/0412 - Gerubriceerd: Departementaal Vertrouwelijk", title="FW: gedetineerde NL'er Lima",
  author="", blocks=[
    ("h1", "FW: Gedetineerde Nederlander in Lima - stand van zaken"),
    mail("[[Vermeulen, Noor]] &lt;[[noor.vermeulen@minbuza.nl|E]]&gt;", "dinsdag 11 maart 2025 09:14",
         "{{DCM-CA Consulaire Bijstand|O}} &lt;{{dcm-ca@minbuza.nl|F}}&gt;",
         "FW: gedetineerde NL'er - dossier {{CB-2025-00318|C}}",
         cc="[[Hamid El Khatib]] &lt;[[hamid.elkhatib@minbuza.nl|E]]&gt;; [[Tjoa, Ilse]]"),
    ("p", "Collega's,"),
    ("p", "Hieronder het bericht van de post in {{Lima|L}}. De betrokkene, de heer [[Ruben Anand Sewbaransingh]] "
          "(geboren [[14-08-1996|D]], paspoortnummer [[NXR4K71P2|N]]), is op 7 maart aangehouden op de luchthaven "
          "{{Jorge Chávez|L}} op verdenking van drugssmokkel. [[Sewbaransingh]] verblijft in de {{Penal Sarita Colonia|L}} "
          "in {{Callao|L}}. Het {{Wetboek van Strafvordering|W}} is hier uiteraard niet van toepassing; wij volgen de "
          "{{Beleidskader Consulaire Bijstand|G}}."),
    ("p", "Moeder, mevrouw [[D. Sewbaransingh-Ramdin]], belde gisteren opnieuw met het {{24/7 BZ Contact Center|O}} "
          "({{+31 247 247 247|T}}). Zij vraagt of haar zoon zijn medicatie voor [[diabetes type 1|H]] krijgt. Graag "
          "dit meenemen in het volgende gevangenisbezoek."),
    ("p", "Groet,<br/>[[Noor]]"),
    ("p", "[[Noor Vermeulen]]<br/>{{Directie Consulaire Zaken en Visumbeleid|O}} (DCM)<br/>Consulaire Bijstand<br/>"
          "{{Rijnstraat 8|B}} | 2515 XP | {{Den Haag|L}}<br/>M [[+31 (0)6 2417 8830|T]]"),
    RULE,
    mail("[[Quispe Huamán, Mariela]] (LIM) &lt;[[mariela.quispe@minbuza.nl|E]]&gt;", "maandag 10 maart 2025 23:51",
         "[[Vermeulen, Noor]]", "gedetineerde NL'er - dossier {{CB-2025-00318|C}}",
         cc="{{LIM-CA@minbuza.nl|F}}"),
    ("p", "Estimada [[Noor]], beste collega,"),
    ("p", "Vandaag heb ik samen met onze lokale advocaat-vertrouwensarts het eerste bezoek afgelegd. "
          "De heer [[Sewbaransingh]] is in redelijke gezondheid, maar zegt dat zijn insuline op de luchthaven in "
          "beslag is genomen. Ik heb dit direct aangekaart bij de directeur van de inrichting, "
          "{{INPE|O}}-functionaris kolonel [[Rodrigo Chávez Portocarrero]]."),
    ("p", "Zijn vriendin, [[Famke de Boer]] ([[+31 6 4418 0923|T]]), reisde mee en is niet aangehouden; zij "
          "logeert in Miraflores. Zij heeft ons gevraagd niets aan de familie door te geven zonder toestemming van "
          "[[Ruben]] zelf. De {{Wet bescherming persoonsgegevens|W}}-discussie laat ik aan jullie."),
    ("p", "Vriendelijke groet / saludos,<br/>[[Mariela Quispe Huamán]]<br/>Consular Officer<br/>"
          "{{Ambassade van het Koninkrijk der Nederlanden|O}}, {{Lima|L}}<br/>T [[+51 1 213 0594|T]]"),
    ("pb",),
    ("h", "Aantekening DCM/CA (intern)"),
    ("t", [["Datum", "Actie", "Door", "Status"],
           ["07-03-2025", "Melding aanhouding via {{Ministerio de Relaciones Exteriores|O}}", "[[MQH|Q]] (post)", "afgerond"],
           ["08-03-2025", "Familie geïnformeerd (moeder)", "[[NV|Q]]", "afgerond"],
           ["10-03-2025", "Eerste bezoek {{Penal Sarita Colonia|L}}", "[[M. Quispe H.]]", "afgerond"],
           ["12-03-2025", "Advocatenlijst toegezonden aan [[R.A. Sewbaransingh]]", "[[NV|Q]]", "open"],
           ["14-03-2025", "Overleg {{Stichting Epafras|O}} (geestelijke verzorging)", "[[H. El Khatib]]", "open"]],
     [24, 70, 38, 38]),
    ("p", "Er bestaat geen wettelijk recht op consulaire bijstand; zie het {{Beleidskader Consulaire Bijstand|G}} en {{artikel 36 Weens Verdrag inzake "
          "Consulaire Betrekkingen|W}}."),
])

D(id="bo02", producer="docx", dfont="Liberation Sans", title="Beslisnota gedetineerde Nederlander Peru",
  footer="DCM-CA-2025/0431 | Beslisnota | Departementaal Vertrouwelijk",
  hidden={"Author": "Ilse Brouwer-Tjoa"}, hidden_probes=[("PERSON", "Brouwer-Tjoa", "metadata")],
  blocks=[
    ("side", [("h1", "Beslisnota"),
              ("p", "Aan: de minister van Buitenlandse Zaken"),
              ("p", "Van: de directeur {{Consulaire Zaken en Visumbeleid|O}}")],
     ["{{Directie Consulaire Zaken en Visumbeleid|O}}", "Consulaire Bijstand", "{{Rijnstraat 8|B}}",
      "Postbus 20061", "2500 EB {{Den Haag|L}}", "Contactpersoon", "[[drs. H. (Hamid) El Khatib]]",
      "Senior beleidsmedewerker", "T [[070 348 6712|T]]", "[[hamid.elkhatib@minbuza.nl|E]]",
      "Datum 13 maart 2025", "Kenmerk {{DCM-CA-2025/0431|C}}"]),
    ("h", "Onderwerp: gedetineerde Nederlander in Peru (zaak {{CB-2025-00318|C}})"),
    ("h", "Aanleiding"),
    ("p", "Op 7 maart 2025 is een Nederlandse man (28) aangehouden in {{Peru|L}}. De familie heeft zich gewend tot "
          "Kamerlid {{Dassen|R}} ({{Volt|O}}), die schriftelijke vragen overweegt. U wordt gevraagd in te stemmen "
          "met de voorgestelde lijn."),
    ("h", "Geadviseerd besluit"),
    ("p", "Aan de minister wordt gevraagd in te stemmen met standaard consulaire bijstand conform het "
          "{{Beleidskader Consulaire Bijstand|G}}, zonder interventie in de strafzaak."),
    ("h", "Kern"),
    ("p", "Betrokkene, [[R.A. Sewbaransingh]], heeft een medische aandoening ([[insulineafhankelijke diabetes|H]]). "
          "De post {{Lima|L}} heeft bij {{INPE|O}} aangedrongen op toegang tot medicatie. Zijn moeder, mevrouw "
          "[[Sewbaransingh-Ramdin]], woont in {{Almere|L}} en onderhoudt contact via DCM."),
    ("p", "Minister {{Veldkamp|R}} sprak op 12 maart kort met zijn Peruaanse ambtgenoot tijdens de "
          "{{EU-CELAC|O}}-bijeenkomst; de zaak is daar niet besproken. De {{secretaris-generaal|J}}, "
          "{{Paul Huijts|R}}, is geïnformeerd."),
    ("h", "Krachtenveld"),
    ("p", "Stichting {{Epafras|O}} en {{Fair Trials|O}} volgen de zaak. Media-aandacht is beperkt "
          "({{De Telegraaf|O}}, 11 maart)."),
    ("h", "Paraaf"),
    ("t", [["Naam", "Functie", "Paraaf", "Datum"],
           ["[[H. El Khatib]]", "beleidsmedewerker DCM/CA", "[[HEK|Q]]", "13-03"],
           ["[[M.C. (Marieke) van Wijk-Doornbos]]", "hoofd DCM/CA", "[[MvWD|Q]]", "13-03"],
           ["[[J.P. Lindqvist]]", "plv. directeur DCM", "[[JPL|Q]]", "14-03"]]),
    ("p", "Bijlage: tijdlijn post {{Lima|L}} (niet openbaar)."),
] + MOTIV_EMPTY)

D(id="bo03", font="times", size=11.5, scan={"dpi": 200, "angle": 0.6, "quality": 62},
  producer_label="scan (reportlab Times, rasterised)",
  blocks=[
    ("p", "[[Dewika Sewbaransingh-Ramdin]]<br/>[[Zandvoortweg 117|A]]<br/>[[1326 LK|A]] Almere"),
    ("sp", 6),
    ("p", "Ministerie van Buitenlandse Zaken<br/>t.a.v. afdeling Consulaire Bijstand<br/>Postbus 20061<br/>2500 EB Den Haag"),
    ("sp", 4),
    ("p", "Almere, 15 maart 2025"),
    ("p", "Betreft: mijn zoon [[Ruben]], dossier CB-2025-00318"),
    ("p", "Geachte mevrouw [[Vermeulen]],"),
    ("p", "Dank voor uw telefoontje van afgelopen dinsdag. Ik schrijf u omdat ik mij grote zorgen maak. "
          "Mijn zoon [[Ruben Sewbaransingh]], geboren op [[14 augustus 1996|D]], heeft sinds zijn twaalfde "
          "suikerziekte en kan niet zonder insuline. Zijn huisarts, dokter [[Oudejans]] in Almere Buiten, "
          "heeft een verklaring geschreven die ik bijvoeg."),
    ("p", "Ik wil graag geld overmaken voor zijn verblijf. Mijn rekeningnummer is [[NL47 ABNA 0417 6630 92|I]], "
          "en mijn BSN is [[204817635|B]] als u dat nodig heeft. U kunt mij altijd bellen op "
          "[[06 1853 2290|T]] of mailen naar [[dewika.ramdin|E]]@hotmail.com."),
    ("p", "Ook zijn broer [[Vikash]] wil graag meereizen naar Lima. Kunt u ons helpen met een visum?"),
    ("sp", 4),
    ("p", "Met vriendelijke groet,"),
    ("sig", "D. Sewbrnsgh"),
    ("p", "[[D. Sewbaransingh-Ramdin]]"),
])

D(id="bo04", font="dejavu", size=9.5, header="Aanvraag nooddocument (laissez-passer) - Ambassade Nairobi",
  footer="Formulier BZ-CA-ND-07 (versie 2024)", title="Aanvraag nooddocument",
  form=[("aanvrager_naam", "Karsten Oyelaran-Meijboom", 60, 455, 220),
        ("paspoort_oud", "NW8T20LK4", 290, 455, 120),
        ("contact_noodgeval", "Tineke Meijboom 06-29184477", 60, 433, 220)],
  hidden_probes=[("PERSON", "Oyelaran-Meijboom", "annotations"), ("ID_NUMBER", "NW8T20LK4", "annotations"),
                 ("PERSON", "Tineke Meijboom", "annotations"), ("PHONE", "06-29184477", "annotations")],
  blocks=[
    ("h1", "Aanvraag nooddocument / Application emergency travel document"),
    ("p", "{{Ambassade van het Koninkrijk der Nederlanden|O}}, {{Nairobi|L}} - Consulaire afdeling - "
          "{{Riverside Lane|S}}, {{Nairobi|L}} - algemeen nummer {{+254 20 428 8000|T}} - {{nai-ca@minbuza.nl|F}}"),
    ("t", [["Veld", "Gegevens aanvrager (in te vullen door de post)"],
           ["Achternaam / Surname", "[[ADEYEMI-VAN LOON]]"],
           ["Voornamen / Given names", "[[Olufunke Maria]]"],
           ["Geboortedatum / Date of birth", "[[03-11-1988|D]]"],
           ["Geboorteplaats", "{{Lagos|L}} ({{Nigeria|L}})"],
           ["BSN", "[[611 283 527|B]]"],
           ["Verloren paspoort nr.", "[[NPH0K8J31|N]] (afgegeven door {{gemeente Utrecht|O}})"],
           ["Proces-verbaal politie", "{{Kilimani Police Station|O}} OB 44/02/2025"],
           ["Verblijfadres {{Kenia|L}}", "[[Argwings Kodhek Road 41, apt 6B|A]], {{Nairobi|L}}"],
           ["Telefoon", "[[+254 722 518 904|T]]"],
           ["E-mail", "[[funke.adeyemi@gmail.com|E]]"],
           ["Reisdoel", "terugkeer naar {{Nederland|L}} via {{Amsterdam Schiphol|L}}, vlucht KQ 116"]],
     [55, 115]),
    ("p", "Velden hieronder zijn elektronisch ingevuld bij een eerdere aanvraag (niet afgerond):"),
    ("sp", 22),
    ("h", "Beoordeling post"),
    ("p", "Identiteit vastgesteld aan de hand van {{BRP|O}}-gegevens en een kopie van het rijbewijs. Aanvraag "
          "behandeld door [[Wanjiru Kamau]] (lokaal medewerker consulair) en geaccordeerd door "
          "[[J.F. Hoekstra]], hoofd consulaire afdeling. Leges € 160,- voldaan. Nooddocument nummer "
          "{{ND-NAI-2025-0077|C}}."),
    ("t", [["Handeling", "Medewerker", "Datum"],
           ["Intake", "[[W. Kamau]]", "24-02-2025"],
           ["Verificatie {{Paspoortuitvoering|O}} ({{RvIG|O}})", "[[J.F. Hoekstra]]", "24-02-2025"],
           ["Uitgifte", "[[Hoekstra]] / [[Kamau]]", "25-02-2025"]], [70, 60, 40]),
    ("p", "Vragen: {{consular@minbuza.nl|F}} of het {{24/7 BZ Contact Center|O}}."),
])

D(id="bo05", font="courier", size=9, header="CODEBERICHT - GERUBRICEERD: DEPARTEMENTAAL VERTROUWELIJK",
  footer="Afdrukken alleen voor dienstgebruik", title="Codebericht NAI 2025/044",
  blocks=[
    ("mono", """VAN:      {{NAIROBI|L}}
AAN:      {{DAF|O}} / {{DVB|O}} / {{DCM|O}}
KOPIE:    {{ADDIS ABEBA|L}}, {{KAMPALA|L}}, {{PV NEW YORK|O}}
NR:       {{NAI-2025/044|C}}
DATUM:    04-04-2025 16:20Z
OPSTELLER: [[VAN DER HEIJDEN-ACHTERBERG]]
GEZIEN:   de ambassadeur
ONDERWERP: KENIA - PROTESTEN FINANCE BILL; CONSULAIRE IMPLICATIES"""),
    ("h", "Samenvatting"),
    ("p", "De onrust rond de Finance Bill houdt aan. In {{Nairobi|L}} en {{Kisumu|L}} werden gisteren opnieuw "
          "demonstraties gehouden. President {{Ruto|R}} kondigde een dialoog aan. De post ziet op dit moment geen "
          "aanleiding het reisadvies te wijzigen; wel wordt aanbevolen de {{BZ Reisapp|G}} te activeren."),
    ("h", "Consulair"),
    ("p", "Twee Nederlanders raakten lichtgewond. Het betreft [[Sietske Wijnia]] (34 jaar, vrijwilliger bij "
          "{{Cordaid|O}}) en [[Hessel Bosma]] (NGO-medewerker), beiden opgevangen in het {{Aga Khan University "
          "Hospital|O}}. Familie van mevrouw [[Wijnia]] is door {{DCM|O}} geïnformeerd. De heer [[Bosma]] heeft "
          "verzocht geen contact met zijn familie op te nemen."),
    ("h", "Politiek"),
    ("p", "Gesprek met de {{Cabinet Secretary|J}} voor Buitenlandse Zaken op 3 april. Namens de post namen deel: "
          "de ambassadeur en [[T. (Thijs) Achterberg]], eerste secretaris politiek. Van Keniaanse zijde tevens "
          "[[Dr. Achieng Otieno]] (directeur Europa). {{EU-delegatie|O}} bereidt een gezamenlijke verklaring voor "
          "met de {{EU Special Representative for the Horn of Africa|J}}."),
    ("h", "Beoordeling"),
    ("p", "De post verwacht verdere escalatie rond 25 juni, de verjaardag van de protesten van 2024. Voorstel: "
          "crisisteam {{DCM|O}} voorbereiden; [[Achterberg]] coördineert vanuit de post."),
    ("mono", """DISTRIBUTIE: {{DAF|O}}/{{DVB|O}}/{{DCM|O}}/{{DSH|O}}/{{AIVD|O}} (kopie)
PARAAF:      [[THA|Q]] / [[MvdHA|Q]]
EINDE BERICHT"""),
])

D(id="bo06", font="libserif", size=10.5, header="Embassy of the Kingdom of the Netherlands - Jakarta",
  footer="Post Report 2024 - internal - not for distribution outside the Ministry",
  title="Post Report Jakarta 2024", author="",
  hidden={"xmp_creator": ["Yudhistira Pranoto", "Liesbeth Harmsen"]},
  hidden_probes=[("PERSON", "Yudhistira Pranoto", "metadata"), ("PERSON", "Liesbeth Harmsen", "metadata")],
  blocks=[
    ("h1", "Post Report 2024 - {{Jakarta|L}}"),
    ("p", "Prepared for the {{Inspection and Evaluation Directorate|O}} ({{IOB|O}}) and the {{Directorate for "
          "Asia and Oceania|O}} ({{DAO|O}}). This report covers staffing, security and the consular workload of "
          "the embassy in {{Jakarta|L}} and the honorary consulates in {{Surabaya|L}} and {{Medan|L}}."),
    ("h", "1. Staffing"),
    ("t", [["Function", "Name", "Category", "Since"],
           ["Head of Mission", "(the ambassador)", "seconded", "2023"],
           ["Deputy Head of Mission", "[[Maarten Roodenburg]]", "seconded", "2022"],
           ["First Secretary Political", "[[Anouk Sijtsma-Ng]]", "seconded", "2024"],
           ["Head Consular Section", "[[Gert-Jan ten Brink]]", "seconded", "2021"],
           ["Consular Assistant", "[[Putri Handayani]]", "local staff", "2016"],
           ["Consular Assistant", "[[Rizky Saputra]]", "local staff", "2019"],
           ["Security Officer", "[[D. (Dwi) Kusumawardhani]]", "local staff", "2018"],
           ["Defence Attaché", "[[Lt-Col. R.W. Zandbergen]]", "{{Ministry of Defence|O}}", "2023"]],
     [48, 55, 35, 20]),
    ("h", "2. Consular workload"),
    ("p", "In 2024 the section issued 1,184 passports and ID cards and 6,930 Schengen visas (via "
          "{{VFS Global|O}}). Eleven Dutch nationals were detained, mostly in {{Bali|L}} on drug charges. "
          "[[Ten Brink]] and [[Handayani]] made 38 prison visits, including to {{Kerobokan|L}} prison. The "
          "death-penalty case of one Dutch national (file {{CB-2019-00044|C}}) continues to require attention "
          "from the Minister and from the {{Human Rights Ambassador|J}}."),
    ("p", "The honorary consul in {{Surabaya|L}} handled 14 emergency cases. "
          "His mobile number ([[+62 811 330 4471|T]]) is listed on the emergency roster, not on the website."),
    ("h", "3. Security"),
    ("p", "The compound on {{Jalan H.R. Rasuna Said|S}} (Kav. S-3) was reviewed by {{DBV|O}}/{{Beveiliging|O}}. "
          "[[Kusumawardhani]] coordinates with {{Polda Metro Jaya|O}}. No incidents involving staff."),
    ("p", "Contact for questions about this report: {{jak-cdp@minbuza.nl|F}} or [[maarten.roodenburg@minbuza.nl|E]]."),
])

D(id="bo07", font="carlito", size=10, header="Export Teams-chat - kanaal 'Consulair crisisteam Marokko' - 28-29 april 2025",
  footer="Geëxporteerd door {{DCM|O}} voor Woo-verzoek {{2025-BZ-00917|C}}", pagefmt="{n}",
  blocks=[
    ("h1", "Chatgeschiedenis - Consulair crisisteam"),
    ("t", [["Tijd", "Afzender", "Bericht"],
           ["28-04 21:02", "[[Sanne Ouwerkerk]]", "Hoi allemaal, bericht van {{RABAT|L}}: Nederlander opgepakt bij demonstratie in {{Tanger|L}}. Naam volgt."],
           ["28-04 21:05", "[[Youssef Benali]]", "Ik bel de wachtdienst in {{Rabat|L}}. [[Sanne]], heb jij al een dossiernummer?"],
           ["28-04 21:07", "[[Sanne Ouwerkerk]]", "Ja: {{CB-2025-00502|C}}. Het gaat om [[Bilal Azzouzi]], dubbele nationaliteit. Marokko erkent NL-nationaliteit niet, dus lastig."],
           ["28-04 21:09", "[[Pieter-Bas]]", "Familie heeft gebeld via het {{Contact Center|O}}. Vader: [[Abdelkader Azzouzi]], [[06 4102 3378|T]]."],
           ["28-04 21:15", "[[Youssef Benali]]", "Post zegt: politiebureau {{Tanger|L}}-centrum. Advocaat wordt geregeld."],
           ["28-04 21:31", "[[Pieter-Bas]]", "@[[Youssef]] moeten we de minister informeren? Kamerlid {{Eerdmans|R}} heeft al getweet."],
           ["28-04 21:33", "[[Sanne Ouwerkerk]]", "Nog niet, eerst feiten. [[Karlijn]] van {{DCO|O}} maakt een lijn."],
           ["29-04 08:12", "[[Karlijn Mos]]", "Lijn staat in de map. Let op: hij heeft volgens de familie een [[epilepsie|H]]-diagnose, niet in de lijn opnemen."],
           ["29-04 08:40", "[[Youssef Benali]]", "👍 Vrijgelaten om 08:30 lokale tijd, terug naar hotel. Dank [[PB|Q]] en [[Karlijn]]!"]],
     [24, 34, 112]),
    ("p", "Deelnemers kanaal: [[Sanne Ouwerkerk]] ({{DCM|O}}/CA), [[Youssef Benali]] ({{DCM|O}}/CA), "
          "[[Pieter-Bas van 't Hof]] ({{Contact Center|O}}), [[Karlijn Mos]] ({{DCO|O}}), functioneel account "
          "{{crisis-dcm@minbuza.nl|F}}."),
])

# =========================================================================== Defence: veterans, personnel
D(id="bo08", font="libserif", size=10.5, footer="{{Veteranenloket|O}} - Postbus 90701 - 2509 LS Den Haag - {{088 334 00 00|T}} - www.veteranenloket.nl",
  title="Brief aan veteraan - zorgtraject", blocks=[
    ("side", [("p", "<b>{{Veteranenloket|O}}</b><br/>namens {{Ministerie van Defensie|O}}"),
              ("sp", 8),
              ("p", "Aan de heer<br/>[[W.H.J. (Wim) Terpstra]]<br/>[[Kerkpad 3|A]]<br/>[[8731 BV|A]] {{Wommels|L}}"),
              ("sp", 6),
              ("p", "Datum 18 februari 2025<br/>Betreft Uw aanmelding zorgtraject")],
     ["Uw kenmerk -", "Ons kenmerk {{VL-2025-011873|C}}", "Registratienummer veteraan [[V-118204-77|N]]",
      "Behandeld door [[mw. E. (Esmee) Scheepstra-Kalf]]", "Casemanager", "T [[06 5201 7734|T]]",
      "[[e.scheepstra@veteranenloket.nl|E]]"]),
    ("p", "Geachte heer [[Terpstra]],"),
    ("p", "Op 4 februari 2025 heeft u zich bij het {{Veteranenloket|O}} gemeld met klachten die volgens u verband "
          "houden met uw uitzending naar {{Srebrenica|L}} met {{Dutchbat III|O}} in 1995. U heeft ons verteld "
          "dat u slecht slaapt, last heeft van herbelevingen en dat uw huisarts een vermoeden van "
          "[[posttraumatische stressstoornis|H]] heeft uitgesproken."),
    ("p", "Wij hebben uw aanmelding doorgezet naar het {{Landelijk Zorgsysteem voor Veteranen|G}} ({{LZV|O}}). "
          "Een maatschappelijk werker van {{Stichting de Basis|O}} neemt binnen twee weken contact met u op. "
          "Uw casemanager is mevrouw [[Scheepstra-Kalf]]. Zij heeft ook contact gehad met uw echtgenote, "
          "mevrouw [[G. Terpstra-Hoekstra]], die u tijdens het intakegesprek vergezelde."),
    ("p", "U heeft gevraagd of u in aanmerking komt voor de {{Dutchbat III-toelage|G}} en de "
          "{{Erkenning Dutchbat III|G}}. Uw aanvraag hiervoor is doorgestuurd naar het {{ABP|O}}, dat de "
          "{{Kaderwet militaire pensioenen|W}} uitvoert. Het {{Veteranenbesluit|W}} kent u verder het recht "
          "toe op een veteranenpas; uw pasnummer is [[VP 0048 2217|N]]."),
    ("p", "Staatssecretaris {{Tuinman|R}} heeft in zijn brief aan de Tweede Kamer van 10 januari 2025 "
          "aangekondigd dat de nazorg voor {{Dutchbat|O}}-veteranen wordt versterkt. Meer informatie vindt u op "
          "{{www.veteranenloket.nl|X}}."),
    ("p", "Met vriendelijke groet,"),
    ("sig", "[[E. Scheepstra|S]]"),
    ("p", "[[Esmee Scheepstra-Kalf]]<br/>Casemanager {{Veteranenloket|O}}"),
])

D(id="bo09", font="helv", size=11.5, scan={"dpi": 220, "angle": -0.8, "quality": 65},
  producer_label="scan (reportlab Helvetica, rasterised, skewed)", blocks=[
    ("p", "Aan: Commissie Bezwaarschriften Defensie<br/>Kalvermarkt 32<br/>2511 CB Den Haag"),
    ("sp", 5),
    ("p", "Van: [[Johannes Bartholomeus Dijkstra]]<br/>[[Oude Rijksweg 42|A]]<br/>[[7954 GB|A]] Rouveen<br/>"
          "Registratienummer Defensie: [[790612018|N]]"),
    ("p", "Rouveen, 2 april 2025"),
    ("p", "Onderwerp: bezwaar tegen afwijzing invaliditeitspensioen"),
    ("p", "Geachte leden van de commissie,"),
    ("p", "Hierbij maak ik bezwaar tegen het besluit van 24 februari 2025 waarin mijn aanvraag voor een "
          "invaliditeitspensioen is afgewezen. Ik ben in 2008 in Uruzgan gewond geraakt bij een IED-incident "
          "nabij Deh Rawod. Sindsdien heb ik [[chronische rugklachten|H]] en [[gehoorschade|H]]."),
    ("p", "De verzekeringsarts, dokter [[A. Meulenbelt]], heeft mij maar twintig minuten gezien. Mijn "
          "eigen arts, [[dr. S. Ozturk]] van het Isala, is het met zijn conclusie niet eens."),
    ("p", "Ik vraag u mij te horen. Mijn vrouw [[Gerda]] gaat mee. Telefoon: [[0522 291 837|T]]."),
    ("sp", 4),
    ("p", "Hoogachtend,"),
    ("sig", "JBDijkstr"),
    ("p", "[[J.B. Dijkstra]], sergeant-majoor b.d."),
])

D(id="bo10", font="carlito", size=10, header="Ministerie van Defensie - Commando Landstrijdkrachten - P&O",
  footer="{{CLAS|O}} / {{11 Luchtmobiele Brigade|O}} - Dossier {{PZ-2025-0193|C}} - Vertrouwelijk personeel",
  title="Memo ontslag militair", author="", hidden={"Author": "Rosalie Wubbels"},
  hidden_probes=[("PERSON", "Rosalie Wubbels", "metadata"), ("PERSON", "Tjalling Bouwmeester", "outline")],
  outline=["Memo", "Bijlage tijdlijn (aangevuld door Tjalling Bouwmeester)"],
  blocks=[
    ("h1", "Memo - voorgenomen ontslag wegens plichtsverzuim"),
    ("t", [["Aan", "C-{{11 Luchtmobiele Brigade|O}}"],
           ["Van", "S1 / Personeelszaken, [[kapitein M.A. (Merel) Verbeek-Oostra]]"],
           ["Betreft", "[[korporaal 1 J. (Jordy) Wiersma]], registratienummer [[19940318057|N]], {{12 Infanteriebataljon|O}}"],
           ["Datum", "9 april 2025"],
           ["Kopie", "{{Dienst Juridische Zaken|O}}; {{Bedrijfsmaatschappelijk Werk|O}}"]], [25, 145], False),
    ("h", "1. Feiten"),
    ("p", "Korporaal [[Wiersma]] is op 14, 15 en 21 maart 2025 zonder bericht niet verschenen op de "
          "{{Oranjekazerne|B}} in {{Schaarsbergen|L}}. Op 21 maart is hij door de {{Koninklijke Marechaussee|O}} "
          "aangetroffen op zijn woonadres, [[Torenstraat 9b|A]] in Ede. Hij verklaarde [[alcoholproblemen|H]] "
          "te hebben en in behandeling te zijn bij {{Tactus|O}}."),
    ("p", "Zijn directe commandant, [[sergeant-majoor R. El Amrani]], heeft op 24 maart met hem gesproken in "
          "aanwezigheid van vertrouwenspersoon [[Annelies Groot]]."),
    ("h", "2. Juridisch kader"),
    ("p", "Het {{Algemeen militair ambtenarenreglement|W}} ({{AMAR|W}}), artikel 39, lid 2, onder k, en de "
          "{{Wet militair tuchtrecht|W}} zijn van toepassing. Gezien de medische context adviseert "
          "{{DJZ|O}} eerst een re-integratietraject via het {{Militair Geneeskundige Dienst|O}}."),
    ("h", "3. Advies"),
    ("p", "Geen ontslag; wel een schriftelijke berisping en verwijzing naar de bedrijfsarts ([[luitenant-kolonel-arts "
          "P.J. de Ruyter van Steveninck]]). Minister {{Brekelmans|R}} heeft in het {{Defensiewerkgeversbeleid|G}} "
          "nadruk gelegd op behoud van personeel."),
    ("pb",),
    ("h", "Bijlage - tijdlijn"),
    ("t", [["Datum", "Gebeurtenis", "Vastgelegd door"],
           ["14-03-2025", "Niet verschenen op appel", "[[sgt R. de Vries]]"],
           ["15-03-2025", "Telefonisch niet bereikbaar ([[06 2837 5540|T]])", "[[sgt R. de Vries]]"],
           ["21-03-2025", "Aangetroffen door KMar op woonadres", "{{Brigade Ede|O}} KMar"],
           ["24-03-2025", "Gesprek met commandant", "[[El Amrani]]"],
           ["02-04-2025", "Verklaring {{Tactus|O}} ontvangen", "[[MAV|Q]]"]], [28, 92, 50]),
    ("p", "Opgesteld: [[MAV|Q]] / gezien: [[REA|Q]]"),
])

D(id="bo11", producer="docx", dfont="Carlito", size=10.5, title="RE: korporaal Wiersma",
  header="Van: Defensie e-mail - afdrukversie",
  blocks=[
    mail("[[Verbeek-Oostra, M.A., KAP]] &lt;[[ma.verbeek.oostra@mindef.nl|E]]&gt;", "donderdag 10 april 2025 14:22",
         "[[Amrani, R. el, SMI]] &lt;[[r.el.amrani@mindef.nl|E]]&gt;",
         "RE: kpl1 [[Wiersma]] - vervolg", cc="{{DJZ Arbeidszaken|O}} &lt;{{djz-arbeidszaken@mindef.nl|F}}&gt;"),
    ("p", "Hoi [[Rachid]],"),
    ("p", "Dank voor je verslag. Ik heb het memo aangepast: geen ontslag, wel berisping. [[Jordy]] heeft "
          "toestemming gegeven om de verklaring van {{Tactus|O}} in zijn P-dossier op te nemen. Graag zorgvuldig "
          "mee omgaan; alleen [[Annelies]] en ik hebben inzage."),
    ("p", "Kun jij de commandant briefen vóór het {{Staf Overleg|O}} van maandag? De brigadecommandant, "
          "{{brigade-generaal|J}}, wil het weten voordat het via de {{Inspecteur-Generaal der Krijgsmacht|O}} loopt."),
    ("p", "Groet,<br/>[[Merel]]"),
    ("p", "[[Kapitein M.A. Verbeek-Oostra]]<br/>S1 {{11 Luchtmobiele Brigade|O}}<br/>"
          "{{Oranjekazerne|B}}, {{Schaarsbergen|L}}<br/>Mob: [[+31 6 1197 4026|T]] | MDTN *[[06 2281|T]]"),
    RULE,
    mail("[[Amrani, R. el, SMI]]", "woensdag 9 april 2025 17:05", "[[Verbeek-Oostra, M.A., KAP]]",
         "kpl1 [[Wiersma]] - vervolg"),
    ("p", "[[Merel]],"),
    ("p", "Gesprek gehad, samen met [[Annelies Groot]] (vertrouwenspersoon). Hij is open over zijn situatie. "
          "Zijn vriendin [[Kimberley]] heeft hem naar {{Tactus|O}} gebracht. Ik stel voor hem naar "
          "{{Bedrijfsmaatschappelijk Werk|O}} te verwijzen (contact: [[Hennie van der Sluis-Boerma]])."),
    ("p", "Daarnaast: hij heeft een schuld van ca. € 8.000 en een loonbeslag van het {{CJIB|O}}. Dat maakt het "
          "niet makkelijker."),
    ("p", "SMI [[R. el Amrani]]<br/>CSM B-Cie, {{12 Infanteriebataljon|O}} ({{Air Assault|X}})<br/>"
          "[[06 5509 3318|T]]"),
    ("h", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "[nog in te vullen door Woo-team {{Defensie|O}}]"),
])

D(id="bo26", font="dejavu", size=9.5, header="Verslag Regieoverleg Veteranenzorg - 20 mei 2025",
  footer="{{Veteraneninstituut|O}} | {{Ministerie van Defensie|O}} | verslag vastgesteld 3 juni 2025",
  title="Verslag regieoverleg veteranenzorg", blocks=[
    ("h1", "Verslag Regieoverleg Veteranenzorg"),
    ("p", "Datum: 20 mei 2025, 13.30-16.00 uur<br/>Locatie: {{Veteraneninstituut|O}}, {{Doorn|L}} "
          "({{Huis Doorn|B}})<br/>Voorzitter: staatssecretaris {{Tuinman|R}}"),
    ("t", [["Aanwezig", "Organisatie"],
           ["staatssecretaris {{G.P. Tuinman|R}}", "{{Ministerie van Defensie|O}}"],
           ["[[mr. drs. C.A. (Caroline) Vos-Heemskerk]]", "{{Directie Personeel|O}} ({{HDP|O}})"],
           ["[[Bart-Jan Smeenge]]", "{{Veteraneninstituut|O}}"],
           ["[[Lotte IJzerman]]", "{{Centrum Veteranenzorg|O}}"],
           ["[[drs. F. (Fatma) Yıldız]]", "{{Nederlands Veteraneninstituut|O}}, onderzoek"],
           ["[[kolonel b.d. H. ten Cate]]", "{{Veteranenplatform|O}}"],
           ["Kamerlid {{Boswijk|R}} (toehoorder)", "{{Tweede Kamer|O}}"]], [80, 90]),
    ("p", "Afwezig met bericht: [[Ruud Poelgeest]] ({{ABP|O}}), burgemeester {{Van der Molen|R}} "
          "(namens de {{VNG|O}})."),
    ("h", "1. Opening"),
    ("p", "De staatssecretaris opent en verwelkomt Kamerlid {{Boswijk|R}}, die op persoonlijke titel aanschuift. "
          "Hij meldt dat minister {{Brekelmans|R}} de {{Veteranennota 2025|G}} in juni naar de Kamer stuurt."),
    ("h", "2. Casuïstiek"),
    ("p", "[[Smeenge]] bespreekt (geanonimiseerd) de situatie van een {{Libanon|L}}-veteraan met schulden. "
          "[[IJzerman]] merkt op dat de wachttijd bij {{ARQ Centrum'45|O}} opgelopen is tot 14 weken. "
          "[[Vos-Heemskerk]] zegt toe dit met {{ARQ|O}} te bespreken."),
    ("p", "[[Ten Cate]] vraagt aandacht voor veteranen van de {{VN-vredesmacht|O}} in {{Cambodja|L}}. "
          "De voorzitter vraagt [[Yıldız]] om een notitie."),
    ("h", "3. Actielijst"),
    ("t", [["Nr", "Actie", "Wie", "Wanneer"],
           ["25-07", "Wachttijden {{ARQ|O}} agenderen", "[[CVH|Q]]", "juni"],
           ["25-08", "Notitie {{UNTAC|O}}-veteranen", "[[F. Yıldız]]", "sept"],
           ["25-09", "Schuldhulp-pilot met {{Nibud|O}}", "[[B.J. Smeenge]]", "juli"]], [15, 85, 40, 30]),
    ("p", "Secretaris: [[Niels Oudendijk]], {{Directie Personeel|O}}, [[niels.oudendijk@mindef.nl|E]]."),
])

# =========================================================================== export control
D(id="bo12", producer="docx", dfont="Liberation Serif", size=10.5, title="Aanvraag exportvergunning",
  footer="Van Oosterom Precision B.V. - Industrieweg 12 - 5531 AD Bladel - KvK 17045512",
  blocks=[
    ("p", "<b>{{Van Oosterom Precision B.V.|O}}</b><br/>{{Industrieweg 12|S}}<br/>5531 AD {{Bladel|L}}<br/>"
          "T {{0497 38 41 00|T}} | {{export@vanoosteromprecision.nl|F}}"),
    ("p", "{{Ministerie van Buitenlandse Zaken|O}}<br/>{{Directie Internationale Marktordening en "
          "Handelspolitiek|O}} ({{IMH|O}})<br/>t.a.v. team Exportcontrole en Sanctiebeleid<br/>Postbus 20061<br/>"
          "2500 EB {{Den Haag|L}}"),
    ("p", "{{Bladel|L}}, 6 januari 2025"),
    ("p", "Betreft: aanvraag individuele exportvergunning militaire goederen, categorie {{ML10|X}} - "
          "uw referentie {{IMH-EC-2024/8812|C}}"),
    ("p", "Geachte heer, mevrouw,"),
    ("p", "Namens {{Van Oosterom Precision B.V.|O}} vragen wij een individuele vergunning aan voor de uitvoer "
          "van 240 precisie-actuatoren (onderdelen voor vluchtbesturing van de {{F-35|X}}) naar "
          "{{Lockheed Martin Aeronautics|O}} in {{Fort Worth|L}}, {{Verenigde Staten|L}}. De aanvraag is "
          "ingediend via {{Douane|O}}/{{CDIU|O}} onder nummer {{NL-0049-2025-0031|C}}."),
    ("p", "Eindgebruikersverklaring getekend door [[Mr. Jeremiah T. Whitcombe]], Director Trade Compliance van "
          "{{Lockheed Martin|O}}, is bijgevoegd. Onze contactpersoon voor technische vragen is ing. "
          "[[Bert van Oosterom]] (directeur-eigenaar), [[06 5311 9080|T]]; voor procedurele vragen "
          "mevrouw [[Chantal Verhoeven-Nijs]], trade compliance officer, [[c.verhoeven@vanoosteromprecision.nl|E]]."),
    ("p", "Wij wijzen u erop dat prijs- en klantgegevens in de bijlagen bedrijfsvertrouwelijk zijn (artikel "
          "5.1, eerste lid, onder c, {{Woo|W}})."),
    ("p", "Met vriendelijke groet,"),
    ("sig", "[[B. van Oosterom|S]]"),
    ("p", "[[ing. B.A.M. van Oosterom]]<br/>Directeur"),
    ("p", "Bijlagen: EUC, technische specificatie, orderbevestiging PO-44718"),
])

D(id="bo13", font="helv", size=9.5, title="Besluit exportvergunning", author="CDIU",
  outline=["Besluit", "Bijlage: advies DVB/NW (R. Oudshoorn)"],
  hidden_probes=[("PERSON", "R. Oudshoorn", "outline")],
  header="Ministerie van Buitenlandse Zaken",
  footer="Tegen dit besluit kunt u binnen zes weken bezwaar maken bij de minister voor {{Buitenlandse Handel en Ontwikkelingshulp|O}}.",
  blocks=[
    ("side", [("p", "{{Van Oosterom Precision B.V.|O}}<br/>t.a.v. mevrouw [[C. Verhoeven-Nijs]]<br/>"
                    "{{Industrieweg 12|S}}<br/>5531 AD {{Bladel|L}}"),
              ("sp", 10),
              ("p", "<b>Onderwerp</b> Besluit op uw aanvraag exportvergunning {{NL-0049-2025-0031|C}}")],
     ["<b>{{Directie Internationale Marktordening en Handelspolitiek|O}}</b>", "Team Exportcontrole",
      "{{Rijnstraat 8|B}}", "2515 XP {{Den Haag|L}}", "Postbus 20061", "2500 EB {{Den Haag|L}}",
      "www.rijksoverheid.nl/bz", "<b>Contactpersoon</b>", "[[L.M. (Lieke) Brandsma]]", "T [[070 348 4102|T]]",
      "[[lieke.brandsma@minbuza.nl|E]]", "<b>Datum</b> 3 maart 2025", "<b>Ons kenmerk</b> {{IMH-EC-2025/0193|C}}"]),
    ("p", "Geachte mevrouw [[Verhoeven-Nijs]],"),
    ("p", "Op 6 januari 2025 heeft u namens {{Van Oosterom Precision B.V.|O}} een vergunning aangevraagd voor de "
          "uitvoer van 240 actuatoren naar de {{Verenigde Staten|L}}. De aanvraag is getoetst aan de acht criteria "
          "van het {{Gemeenschappelijk Standpunt 2008/944/GBVB|W}} en aan het {{Besluit strategische goederen|W}}."),
    ("p", "Het betreft onderdelen voor het {{F-35|X}}-programma, waarin {{Nederland|L}} partner is. Het "
          "eindgebruik is voldoende verzekerd. Ik verleen u daarom de gevraagde vergunning. De vergunning is twee "
          "jaar geldig. U ontvangt het vergunningsdocument van {{Douane|O}}/{{CDIU|O}} te {{Groningen|L}}."),
    ("p", "Dit besluit is genomen na advies van de {{Directie Veiligheidsbeleid|O}} ({{DVB|O}}). Minister "
          "{{Klever|R}} is over deze categorie uitvoer geïnformeerd in het kader van de halfjaarrapportage aan de "
          "Tweede Kamer."),
    ("p", "Hoogachtend,<br/>De minister voor Buitenlandse Handel en Ontwikkelingshulp,<br/>namens deze,<br/>"
          "het hoofd team Exportcontrole,"),
    ("sig", "[[PGeurtsen|S]]"),
    ("p", "[[drs. P.W. Geurtsen]]"),
    ("pb",),
    ("h", "Bijlage - advies DVB/NW"),
    ("p", "Van: [[Oudshoorn]] (DVB/NW)<br/>Aan: [[Brandsma]] (IMH/EC)<br/>Datum: 18 februari 2025"),
    ("p", "Geen bezwaar vanuit {{DVB|O}}. Risico op omleiding naar derde landen klein. Let op de discussie over "
          "{{F-35|X}}-onderdelen naar {{Israël|L}} (cassatie bij de {{Hoge Raad|O}} loopt; "
          "{{Gerechtshof Den Haag|O}} 12 februari 2024). Deze aanvraag betreft echter de {{Verenigde Staten|L}} "
          "als eindbestemming."),
    ("p", "[[RO|Q]] / [[PWG|Q]]"),
])

D(id="bo14", font="dejavu", size=9.5, title="RE: dual-use licence thermal cameras",
  header="Afdruk Outlook - IMH/EC", footer="{{IMH-EC-2025/0377|C}}", blocks=[
    mail_en("[[Sophie Claessens-Wouters]] &lt;[[sophie.claessens-wouters@minbuza.nl|E]]&gt;",
            "Friday, 14 March 2025 11:48",
            "'[[Andrzej Wiśniewski]]' &lt;[[a.wisniewski@nordoptics.eu|E]]&gt;",
            "RE: dual-use licence thermal cameras - {{NordOptics Europe B.V.|O}}",
            cc="{{exportcontrole@minbuza.nl|F}}; [[Thomas Kleinjan]] &lt;[[thomas.kleinjan@minbuza.nl|E]]&gt;"),
    ("p", "Dear Mr [[Wiśniewski]],"),
    ("p", "Thank you for the additional information. Your thermal imaging cores fall under control entry "
          "{{6A003.b.4|X}} of Annex I to {{Regulation (EU) 2021/821|W}}. Because the consignee is located in "
          "{{Kazakhstan|L}}, we also assess the risk of diversion to {{Russia|L}} under {{Article 12k|W}} of "
          "{{Regulation (EU) No 833/2014|W}} ('no re-export to Russia' clause)."),
    ("p", "Could you please send us the end-user statement signed by the consignee's director, "
          "[[Mr Yerlan Dzhaksybekov]], and confirm that your sales manager, [[Mr Oleksii Hrytsenko]], has "
          "not been in contact with the previous distributor in {{Bishkek|L}}?"),
    ("p", "Kind regards,<br/>[[Sophie Claessens-Wouters]]<br/>Senior Licensing Officer, {{Export Control and "
          "Sanctions|O}}<br/>{{Ministry of Foreign Affairs|O}} of the {{Netherlands|L}}<br/>M [[+31 6 1733 0482|T]]"),
    RULE,
    mail_en("[[Andrzej Wiśniewski]] &lt;[[a.wisniewski@nordoptics.eu|E]]&gt;", "Wednesday, 12 March 2025 16:03",
            "[[Claessens-Wouters, Sophie]]", "dual-use licence thermal cameras"),
    ("p", "Dear [[Sophie]],"),
    ("p", "As discussed by phone with your colleague [[Thomas]], I attach the updated technical file. Our "
          "customer is {{Astana Security Systems LLP|O}}. I will be in {{The Hague|L}} on 20 March for the "
          "{{Netherlands Enterprise Agency|O}} ({{RVO|O}}) seminar and could drop by {{Rijnstraat 8|B}}."),
    ("p", "Best,<br/>[[Andrzej]]<br/><br/>[[Andrzej Wiśniewski]] | Export Compliance Manager<br/>"
          "{{NordOptics Europe B.V.|O}} | {{High Tech Campus 27|S}} | {{Eindhoven|L}}<br/>"
          "[[+31 40 851 2276|T]] (direct) | {{+31 40 851 2200|T}} (reception)"),
    RULE,
    ("small", "Intern (niet naar bedrijf): [[TK|Q]] - eerdere aanvraag van dit bedrijf in 2023 afgewezen "
              "(criterium 7). Afstemmen met {{FIOD|O}} en {{Douane|O}}. [[Kleinjan]] belt [[Wiśniewski]] niet meer "
              "rechtstreeks; alles via {{exportcontrole@minbuza.nl|F}}."),
])

D(id="bo27", font="helv", size=11, scan={"dpi": 200, "angle": 0.9, "quality": 58},
  producer_label="scan (reportlab Helvetica, rasterised, stamped)", blocks=[
    ("h1", "Douane - CDIU"),
    ("p", "Centrale Dienst voor In- en Uitvoer - Postbus 30003 - 9700 RD Groningen"),
    ("h", "Individuele uitvoervergunning strategische goederen"),
    ("t", [["Vergunningnummer", "NL-0049-2025-0031"],
           ["Vergunninghouder", "Van Oosterom Precision B.V., Bladel"],
           ["Contactpersoon", "[[Chantal Verhoeven-Nijs]]"],
           ["Goederen", "240 actuatoren, ML10.d"],
           ["Eindgebruiker", "Lockheed Martin Aeronautics, Fort Worth (VS)"],
           ["Geldig tot", "3 maart 2027"],
           ["Behandelaar CDIU", "[[M. Bosscher]]"],
           ["Afgetekend", "[[H.J. Pastoor]], teamleider"]], [50, 110], False),
    ("sp", 8),
    ("p", "Aantekening bij afgifte: vergunning per post verzonden op 5 maart 2025. Telefonisch bevestigd "
          "met [[mevrouw Verhoeven]] op [[06 2290 1163|T]]."),
    ("sp", 6),
    ("sig", "HJPstr"),
    ("p", "Stempel: DOUANE CDIU - AFGEGEVEN"),
])

D(id="bo31", font="times", size=10.5, title="COARM meeting report", author="",
  header="EU RESTRICTED - Report COARM 25 February 2025",
  footer="{{Permanent Representation of the Netherlands to the EU|O}} - {{Brussels|L}}", blocks=[
    ("h1", "Report - Council Working Party on Conventional Arms Exports (COARM)"),
    ("p", "<b>Date</b> 25 February 2025, {{Justus Lipsius building|B}}, {{Brussels|L}}<br/>"
          "<b>Chair</b> {{Polish Presidency|O}}<br/><b>NL delegation</b> [[Rik Oudshoorn]] ({{DVB|O}}), "
          "[[Sophie Claessens-Wouters]] ({{IMH|O}}), [[Arjen Poortvliet]] ({{PV EU|O}})<br/>"
          "<b>Report by</b> [[A. Poortvliet]]"),
    ("h", "1. User's Guide to the Common Position"),
    ("p", "The {{EEAS|O}} presented a revised draft of the {{User's Guide|G}} to {{Council Common Position "
          "2008/944/CFSP|W}}. {{France|L}} and {{Germany|L}} supported the text; {{Hungary|L}} entered a scrutiny "
          "reserve. [[Oudshoorn]] asked for stronger language on criterion 2 in the light of the Dutch court "
          "ruling on {{F-35|X}} parts."),
    ("h", "2. Information exchange on denials"),
    ("p", "The {{Netherlands|L}} notified two denials (licence refs {{IMH-EC-2023/4410|C}} and "
          "{{IMH-EC-2024/0291|C}}). [[Claessens-Wouters]] explained the denial concerning thermal cameras. "
          "The {{Swedish|X}} delegate, Ms [[Ingrid Lundqvist-Berg]], asked for the name of the intermediary; "
          "the delegation declined to share it in the meeting."),
    ("h", "3. Outreach"),
    ("p", "The {{High Representative|J}}, {{Kaja Kallas|R}}, will address the {{Foreign Affairs Council|O}} on "
          "arms exports to {{Ukraine|L}} in March. The {{EU Military Committee|O}} will brief COARM in April."),
    ("h", "4. AOB"),
    ("p", "Next meeting 27 March 2025. Contact within the Permanent Representation: "
          "[[arjen.poortvliet@minbuza.nl|E]]; general mailbox {{bru-pv@minbuza.nl|F}}."),
])

# =========================================================================== Groningen
D(id="bo17", font="libsans", size=10, title="Besluit schadevergoeding", author="IMG",
  footer="{{Instituut Mijnbouwschade Groningen|O}} | Postbus 2035 | 9704 CA Groningen | {{088 - 041 47 00|T}} | www.schadedoormijnbouw.nl",
  hidden={"links": [(0, [400, 700, 560, 715], "mailto:tamara.kuipers-hazenberg@schadedoormijnbouw.nl")]},
  hidden_probes=[("EMAIL", "tamara.kuipers-hazenberg@schadedoormijnbouw.nl", "annotations")],
  blocks=[
    ("side", [("p", "<b>{{Instituut Mijnbouwschade Groningen|O}}</b>"),
              ("sp", 6),
              ("p", "De heer [[H.G. Wolthuis]] en mevrouw [[A. Wolthuis-Bakker]]<br/>[[Hoofdweg 214|A]]<br/>"
                    "[[9626 AL|A]] Schildwolde"),
              ("sp", 6),
              ("p", "<b>Besluit</b> op uw schademelding")],
     ["Datum 21 januari 2025", "Schadenummer [[IMG-0127-4481|N]]", "Zaakbehandelaar",
      "[[T. Kuipers]]", "Telefoon {{088 - 041 47 00|T}}"]),
    ("p", "Geachte heer en mevrouw [[Wolthuis]],"),
    ("p", "U heeft op 2 september 2024 schade gemeld aan uw woning aan de [[Hoofdweg 214|A]]. Een deskundige "
          "van {{Nederlands Instituut voor Bouwschade|O}}, de heer [[ir. K. (Koen) Hamstra]], heeft uw woning "
          "op 28 oktober 2024 opgenomen. Wij volgen zijn advies."),
    ("h", "Ons besluit"),
    ("t", [["Schadeonderdeel", "Bedrag"],
           ["Scheuren in binnenmuren (woonkamer, slaapkamer)", "€ 6.812,00"],
           ["Scheur in gevel (voorzijde)", "€ 3.140,50"],
           ["Vergoeding immateriële schade (regeling IMG)", "€ 2.500,00"],
           ["Vergoeding bijkomende kosten", "€ 750,00"],
           ["Totaal", "€ 13.202,50"]], [120, 50]),
    ("p", "Wij maken het bedrag binnen zes weken over op rekening [[NL20 RABO 0318 4472 90|I]] ten name "
          "van [[H.G. Wolthuis]]. Omdat u een [[hartaandoening|H]] heeft en daardoor extra belast bent door de "
          "onzekerheid, heeft uw zaak voorrang gekregen via de {{Regeling bijzondere situaties|G}}."),
    ("p", "Dit besluit is genomen op grond van de {{Tijdelijke wet Groningen|W}} en artikel 6:177 van het "
          "{{Burgerlijk Wetboek|W}}. Staatssecretaris {{Van Marum|R}} heeft in zijn brief over {{Nij Begun|G}} "
          "aangekondigd dat de bewijslast bij het IMG blijft."),
    ("p", "Met vriendelijke groet,<br/>namens het {{Instituut Mijnbouwschade Groningen|O}},"),
    ("p", "[[Tamara Kuipers-Hazenberg]]<br/>zaakbehandelaar"),
])

D(id="bo18", font="carlito", size=9.5, title="Adviesrapport deskundige", header="Nederlands Instituut voor Bouwschade - adviesrapport",
  footer="{{NIVB|O}} | rapport {{NIVB-2024-55817|C}} | opdrachtgever {{IMG|O}}", blocks=[
    ("h1", "Adviesrapport fysieke schade - cluster {{Schildwolde|L}}"),
    ("p", "Deskundige: [[ir. K. Hamstra]] (bouwkundige), tweede lezer: [[ing. Marloes Tuin]]. Opdrachtgever: "
          "{{Instituut Mijnbouwschade Groningen|O}}. Gemeente {{Midden-Groningen|O}}."),
    ("t", [["Schadenr.", "Bewoner(s)", "Adres", "Opname", "Advies"],
           ["[[IMG-0127-4481|N]]", "[[H.G. Wolthuis]]", "[[Hoofdweg 214|A]]", "28-10-2024", "mijnbouw: ja"],
           ["[[IMG-0127-5102|N]]", "[[fam. Ten Have-Luiting]]", "[[Hoofdweg 188|A]]", "28-10-2024", "mijnbouw: deels"],
           ["[[IMG-0128-0033|N]]", "[[D. Oosterhof]]", "[[Kerkstraat 7|A]]", "29-10-2024", "mijnbouw: ja"],
           ["[[IMG-0128-0870|N]]", "[[M. Çelik en S. Bulut]]", "[[Meenteweg 19a|A]]", "29-10-2024", "mijnbouw: nee"],
           ["[[IMG-0128-1194|N]]", "[[R. van der Veen]]", "[[Graaf Adolfstraat 3|A]]", "30-10-2024", "aanvullend onderzoek"]],
     [26, 42, 40, 22, 40]),
    ("p", "Bij de woning van [[Oosterhof]] is asbest aangetroffen in de schuur; melding gedaan bij de "
          "{{Omgevingsdienst Groningen|O}}. Bewoner [[Çelik]] was bij de opname niet aanwezig; zijn broer "
          "[[Emre]] liet de deskundige binnen."),
    ("p", "Het effectgebied volgt uit de {{Mijnbouwwet|W}} en de {{Tijdelijke wet Groningen|W}}. De PGV-waarden "
          "zijn ontleend aan {{KNMI|O}}-gegevens (beving {{Zeerijp|L}} 2018)."),
    ("p", "<b>Ondertekening</b>"),
    ("sig", "[[KHamstra|S]]"),
    ("p", "[[K. Hamstra]], {{Groningen|L}}, 12 november 2024"),
])

D(id="bo19", producer="docx", dfont="Liberation Sans", size=10, title="Mailwisseling bewoner versterking",
  header="Nationaal Coördinator Groningen - afdruk e-mail", footer="NCG-dossier {{VST-LOP-0442|C}}", blocks=[
    mail("[[Jantje Hoeksema-Dijkhuis]] &lt;[[jantje.hoeksema@ziggo.nl|E]]&gt;", "maandag 3 februari 2025 20:41",
         "{{info@nationaalcoordinatorgroningen.nl|F}}", "versterking Loppersum - wanneer???"),
    ("p", "Goedenavond,"),
    ("p", "Al sinds 2018 wacht ik op de versterking van onze boerderij aan het [[Garreweersterweg 6|A]] in "
          "{{Loppersum|L}}. Mijn man [[Geert]] is vorig jaar overleden en ik sta er nu alleen voor. De "
          "bouwcoördinator, [[meneer Zijlstra]], belt niet meer terug. Mijn dochter [[Anouk Hoeksema]] "
          "([[06 1402 8836|T]]) mag namens mij praten."),
    ("p", "Burgemeester {{Beukema|R}} heeft op de bewonersavond gezegd dat niemand meer hoeft te wachten. "
          "Waarom ik dan wel?"),
    ("p", "[[Jantje Hoeksema-Dijkhuis]]"),
    ("p", "_" * 60),
    mail("{{NCG Bewonerszaken|O}} &lt;{{bewonerszaken@nationaalcoordinatorgroningen.nl|F}}&gt;",
         "woensdag 5 februari 2025 10:12", "[[jantje.hoeksema@ziggo.nl|E]]",
         "RE: versterking Loppersum - wanneer???", cc="[[Wietske Zijlstra]] &lt;[[w.zijlstra@nationaalcoordinatorgroningen.nl|E]]&gt;"),
    ("p", "Beste mevrouw [[Hoeksema]],"),
    ("p", "Gecondoleerd met het verlies van uw man. Excuses dat u niet bent teruggebeld; uw bouwcoördinator is "
          "overigens mevrouw [[Wietske Zijlstra]]. Zij komt op 12 februari langs, samen met "
          "bewonersbegeleider [[Jelmer]] van het {{Steunpunt Gelijk Oversteken|O}}. Uw woning valt onder het "
          "{{Besluit versterken|W}} en het programma {{Nij Begun|G}}; de staatssecretaris, de heer "
          "{{Van Marum|R}}, heeft toegezegd dat uw situatie in 2025 duidelijkheid krijgt."),
    ("p", "Met vriendelijke groet,<br/>[[Hilde Mulder-Bos]]<br/>Bewonerszaken, {{Nationaal Coördinator "
          "Groningen|O}}<br/>T {{0800 - 636 2463|T}} (gratis)"),
])

D(id="bo20", font="helv", size=11, scan={"dpi": 200, "angle": -0.5, "quality": 60},
  producer_label="scan (reportlab Helvetica, rasterised form)", blocks=[
    ("h1", "Schademeldingsformulier mijnbouwschade"),
    ("p", "Instituut Mijnbouwschade Groningen - papieren formulier (in te vullen met blokletters)"),
    ("t", [["1. Naam melder", "[[GERRIT JAN SPEELMAN]]"],
           ["2. Adres", "[[Eemshavenweg 61|A]], [[9981 TD|A]] Uithuizen"],
           ["3. Geboortedatum", "[[22-06-1957|D]]"],
           ["4. Telefoon", "[[0595 431 872|T]]"],
           ["5. E-mail", "[[gj.speelman|E]]@kpnmail.nl"],
           ["6. Eigenaar woning", "ja, samen met echtgenote [[H. SPEELMAN-WIERSUM]]"],
           ["7. Rekeningnummer", "[[NL83 INGB 0007 5513 26|I]]"],
           ["8. Omschrijving schade", "scheur boven voordeur, loszittende tegels badkamer, scheve schuur"],
           ["9. Datum ontstaan", "na beving Zeerijp, daarna erger geworden"]], [55, 110], False),
    ("sp", 6),
    ("p", "Ik verklaar dit formulier naar waarheid te hebben ingevuld."),
    ("p", "Uithuizen, 17 januari 2025"),
    ("sig", "GJSpeelmn"),
    ("p", "Voor intern gebruik IMG: ontvangen 20-01-2025, ingevoerd door [[R. Hazelhoff]]"),
])

D(id="bo21", font="serif", size=9.5, title="Verslag Bestuurlijk Overleg Nij Begun",
  header="Verslag Bestuurlijk Overleg Groningen - 13 maart 2025",
  footer="Secretariaat: {{Ministerie van Binnenlandse Zaken en Koninkrijksrelaties|O}}, DG Herstel Groningen",
  blocks=[
    ("h1", "Verslag Bestuurlijk Overleg {{Nij Begun|G}}"),
    ("p", "<b>Datum</b> 13 maart 2025 | <b>Locatie</b> {{Provinciehuis Groningen|B}}, {{Martinikerkhof 12|B}}"),
    ("t", [["Deelnemers", ""],
           ["staatssecretaris {{Van Marum|R}} (voorzitter)", "{{BZK|O}}"],
           ["minister {{Hermans|R}}", "{{KGG|O}} (agendapunt 3)"],
           ["{{commissaris van de Koning|J}} {{Paas|R}}", "{{provincie Groningen|O}}"],
           ["gedeputeerde {{Susan Top|R}}", "{{provincie Groningen|O}}"],
           ["burgemeester {{Schuiling|R}}", "{{gemeente Groningen|O}}"],
           ["burgemeester {{Beukema|R}}", "{{gemeente Eemsdelta|O}}"],
           ["[[mr. J. (Joost) Oldenkamp]]", "{{BZK|O}}, secretaris"],
           ["[[Priya Ramkisoensing]]", "{{KGG|O}}, beleidsmedewerker"],
           ["[[Hinke Bosma-Zwiers]]", "{{NCG|O}}, verslag"]], [90, 70], True),
    ("h", "1. Opening en mededelingen"),
    ("p", "De voorzitter opent. Hij meldt dat {{Nationaal Coördinator Groningen|O}} en {{IMG|O}} per 1 januari "
          "een gezamenlijk loket hebben. Gedeputeerde {{Top|R}} vraagt naar de voortgang van de "
          "{{Staat van Groningen|G}}."),
    ("h", "2. Schadeherstel en versterking"),
    ("p", "De {{commissaris van de Koning|J}} benadrukt het belang van de {{Wet versterking Groningen|W}}. "
          "Burgemeester {{Schuiling|R}} wijst op de stapeling bij gezinnen in {{Ten Boer|L}}. [[Oldenkamp]] "
          "licht de stand toe: 2.314 adressen nog te versterken."),
    ("p", "Een bewoner uit {{Garrelsweer|L}}, mevrouw [[Luchiena Bolt]], heeft zich rechtstreeks tot de "
          "staatssecretaris gewend; haar brief wordt buiten dit overleg afgehandeld door [[Oldenkamp]]."),
    ("h", "3. Gaswinning en {{Groningenveld|L}}"),
    ("p", "Minister {{Hermans|R}} meldt dat de {{Wet sluiting Groningenveld|W}} op 19 april 2024 in werking "
          "is getreden. [[Ramkisoensing]] geeft een toelichting op de afbouw van de installaties met de "
          "{{NAM|O}}. Burgemeester {{Beukema|R}} vraagt of de {{NAM|O}} de kosten draagt."),
    ("h", "4. Rondvraag en sluiting"),
    ("p", "Volgende overleg: 12 juni 2025, {{Appingedam|L}}. Actie: [[JO|Q]] stuurt de nieuwe planning."),
])

# =========================================================================== Energy subsidies (KGG / RVO)
D(id="bo22", font="helv", size=9.5, title="Beschikking SDE++", author="RVO",
  footer="{{Rijksdienst voor Ondernemend Nederland|O}} | Postbus 8242 | 3503 RE Utrecht | {{088 042 42 42|T}}",
  blocks=[
    ("side", [("p", "<b>{{Rijksdienst voor Ondernemend Nederland|O}}</b>"),
              ("sp", 8),
              ("p", "[[A.J.M. (Toon) Verbruggen-van Gils]]<br/>h.o.d.n. Melkveebedrijf [[Verbruggen]]<br/>"
                    "[[Gilzeweg 88|A]]<br/>[[5124 PN|A]] Molenschot"),
              ("sp", 6),
              ("p", "<b>Onderwerp</b> Beschikking {{SDE++|G}} 2024, zon-PV op dak")],
     ["Datum 14 april 2025", "Projectnummer {{SDE24-40173|C}}", "KvK [[68302245|N]]",
      "Uw contactpersoon [[Ruud Kalkman]]", "T [[088 042 4419|T]]"]),
    ("p", "Geachte heer [[Verbruggen-van Gils]],"),
    ("p", "U heeft op 7 oktober 2024 subsidie aangevraagd in het kader van de {{Stimulering Duurzame "
          "Energieproductie en Klimaattransitie|G}} ({{SDE++|G}}) voor een zonnestroominstallatie van 412 kWp op "
          "de stallen aan de [[Gilzeweg 88|A]]. Deze aanvraag is beoordeeld op grond van het {{Besluit "
          "stimulering duurzame energieproductie en klimaattransitie|W}}."),
    ("h", "Besluit"),
    ("t", [["Onderdeel", "Waarde"],
           ["Categorie", "Zon-PV ≥ 15 kWp en < 1 MWp, gebouwgebonden"],
           ["Basisbedrag", "0,0871 €/kWh"],
           ["Maximaal subsidiabele productie", "349 MWh per jaar"],
           ["Looptijd", "15 jaar"],
           ["Maximaal subsidiebedrag", "€ 214.310"]], [80, 90]),
    ("p", "Het voorschot wordt uitbetaald op [[NL12 RABO 0151 9934 07|I]]. Let op: het rekeningnummer staat op "
          "naam van uw eenmanszaak; wijzigingen geeft u door via {{mijn.rvo.nl|X}}."),
    ("p", "De installateur, {{Zonnepanelen Brabant B.V.|O}} (contactpersoon [[Dennis Hurkmans]]), heeft "
          "namens u de netaansluiting bij {{Enexis Netbeheer|O}} aangevraagd."),
    ("p", "Dit besluit valt onder de regeling van minister {{Hermans|R}} van {{Klimaat en Groene Groei|O}}."),
    ("p", "Met vriendelijke groet,<br/>de Minister van Klimaat en Groene Groei,<br/>namens deze,<br/>"
          "[[ir. S.E. (Saskia) Roozendaal]]<br/>Manager {{SDE++|G}}, {{Rijksdienst voor Ondernemend Nederland|O}}"),
])

D(id="bo23", font="libsans", size=10, title="Beschikking ISDE warmtepomp",
  footer="{{RVO|O}} - {{Investeringssubsidie duurzame energie en energiebesparing|G}} - pagina 1",
  pagenum=False, blocks=[
    ("side", [("p", "<b>{{Rijksdienst voor Ondernemend Nederland|O}}</b><br/>Postbus 8242<br/>3503 RE Utrecht"),
              ("sp", 8),
              ("p", "Mevrouw [[M.E. (Marleen) de Wit-Kortenhorst]]<br/>[[Spoorsingel 44|A]]<br/>"
                    "[[7411 BT|A]] Deventer")],
     ["Datum", "6 mei 2025", "Ons kenmerk", "{{ISDE-W-2025-118734|C}}", "BSN", "[[193 645 072|B]]",
      "Telefoon", "{{088 042 42 42|T}}"]),
    ("h", "Beschikking {{ISDE|G}} - warmtepomp"),
    ("p", "Geachte mevrouw [[De Wit-Kortenhorst]],"),
    ("p", "Op 14 maart 2025 vroeg u subsidie aan voor een lucht-waterwarmtepomp (Daikin Altherma 3 H HT, "
          "meldcode {{KA12801|X}}) en isolatie van uw spouwmuur in uw woning aan de [[Spoorsingel 44|A]]. "
          "U ontvangt € 3.425,00 voor de warmtepomp en € 1.312,50 voor de isolatie. Totaal: € 4.737,50."),
    ("p", "Wij maken het bedrag over op [[NL69 SNSB 0924 1170 35|I]] t.n.v. [[M.E. de Wit]]. De "
          "{{Regeling nationale EZK- en LNV-subsidies|W}} is van toepassing."),
    ("p", "Uw aanvraag is ingediend door uw zoon, de heer [[Thijmen de Wit]], met een machtiging. Hij is "
          "bereikbaar op [[06 3024 7715|T]]. Heeft u vragen? Mail dan naar {{isde@rvo.nl|F}}."),
    ("p", "Met vriendelijke groet,<br/>namens de Minister van Klimaat en Groene Groei,<br/>"
          "[[drs. O. El Idrissi]], afdelingshoofd {{ISDE|G}}"),
])

D(id="bo24", font="dejavu", size=9.5, title="Klacht ISDE", header="RVO - klachtafhandeling", footer="Klachtnummer {{KL-2025-0662|C}}",
  blocks=[
    mail("[[ROELOFS, Bartholomeus]] &lt;[[b.roelofs1961@outlook.com|E]]&gt;", "vrijdag 9 mei 2025 07:55",
         "{{klachten@rvo.nl|F}}", "KLACHT isde afgewezen!!!"),
    ("p", "Geachte heer/mevrouw,"),
    ("p", "MIJN AANVRAAG IS AFGEWEZEN omdat de installateur ({{Warmtetechniek Twente|O}}) de verkeerde meldcode "
          "heeft ingevuld. Ik heb uw medewerker [[Fleur]] drie keer gebeld. Zij zei dat ik opnieuw moet aanvragen "
          "maar dan is de termijn verlopen. Ik woon aan de [[Hengelosestraat 201|A]] in {{Enschede|L}} en ben "
          "71 jaar en [[hartpatiënt|H]], ik kan dit er niet bij hebben."),
    ("p", "[[B. Roelofs]]<br/>[[053 431 2288|T]]"),
    RULE,
    mail("[[Fleur Janssen-Oldenburger]] &lt;[[fleur.janssen-oldenburger@rvo.nl|E]]&gt;", "maandag 12 mei 2025 15:30",
         "[[b.roelofs1961@outlook.com|E]]", "RE: KLACHT isde afgewezen!!!", cc="{{klachten@rvo.nl|F}}"),
    ("p", "Beste meneer [[Roelofs]],"),
    ("p", "Dank voor uw bericht. Ik heb uw aanvraag ({{ISDE-W-2025-091155|C}}) opnieuw bekeken met mijn "
          "collega [[Kevin Boukhari]] van de afdeling {{ISDE|G}}. De termijn van 24 maanden na installatie is nog "
          "niet verstreken; u kunt dus een nieuwe aanvraag doen. Ik heb de installateur gevraagd de juiste "
          "meldcode ({{KA14022|X}}) te bevestigen."),
    ("p", "Zoals besproken, belt [[Kevin]] u woensdag om u te helpen met het formulier."),
    ("p", "Met vriendelijke groet,<br/>[[Fleur Janssen-Oldenburger]]<br/>Klantcontact, "
          "{{Rijksdienst voor Ondernemend Nederland|O}}<br/>{{088 042 42 42|T}}"),
])

D(id="bo25", producer="docx", dfont="Carlito", size=10.5, title="Beslisnota netcongestie huishoudens",
  footer="Ministerie van Klimaat en Groene Groei | Bezuidenhoutseweg 73 | Den Haag",
  blocks=[
    ("side", [("h1", "Nota"),
              ("p", "Aan: de minister van Klimaat en Groene Groei"),
              ("p", "Van: [[Marco Brinkhorst-Dahl]], plv. directeur {{Elektriciteit|O}}"),
              ("p", "Kopie aan: {{DG Klimaat en Energie|O}}")],
     ["{{Ministerie van Klimaat en Groene Groei|O}}", "{{Directie Elektriciteit|O}}",
      "{{Bezuidenhoutseweg 73|B}}", "Datum: 22 april 2025", "Kenmerk: {{DGKE-E/ 25104832|C}}",
      "Contactpersoon:", "[[Jorien Ypma]]", "[[jorien.ypma@minkgg.nl|E]]", "T: [[06 4630 9915|T]]"]),
    ("h", "Onderwerp: salderingsregeling en thuisbatterijen - Kamervragen {{Kröger|R}}"),
    ("h", "Aanleiding"),
    ("p", "Kamerlid {{Kröger|R}} ({{GroenLinks-PvdA|O}}) en Kamerlid {{Grinwis|R}} ({{ChristenUnie|O}}) vroegen "
          "op 2 april 2025 naar het einde van de {{salderingsregeling|G}} per 1 januari 2027 en de gevolgen "
          "voor huishoudens met zonnepanelen."),
    ("h", "Geadviseerd besluit"),
    ("p", "Aan de minister wordt gevraagd in te stemmen met de beantwoording (bijlage 1) en met een "
          "verkenning naar een {{subsidieregeling thuisbatterijen|G}} binnen de {{ISDE|G}}."),
    ("h", "Kern"),
    ("p", "{{Netbeheer Nederland|O}} en {{ACM|O}} waarschuwen voor netcongestie. {{TenneT|O}} verwacht in 2026 "
          "piekproblemen in {{Flevoland|L}} en {{Gelderland|L}}. Een subsidie zou € 180 mln kosten."),
    ("h", "Krachtenveld"),
    ("p", "{{Vereniging Eigen Huis|O}} is voorstander. Het {{Ministerie van Financiën|O}} (IRF, [[Sander Kooistra]]) "
          "wil dekking binnen de begroting. Minister {{Heinen|R}} van Financiën is nog niet geïnformeerd."),
    ("h", "Paraaflijst"),
    ("t", [["Naam", "Functie", "Paraaf", "Datum"],
           ["[[J. Ypma]]", "senior beleidsmedewerker", "[[JY|Q]]", "22-04"],
           ["[[M. Brinkhorst-Dahl]]", "plv. directeur", "[[MBD|Q]]", "23-04"],
           ["[[Drs. L.A. van den Heuvel-Sarkar]]", "directeur {{Elektriciteit|O}}", "[[LvdHS|Q]]", "24-04"],
           ["{{directeur-generaal Klimaat en Energie|J}}", "{{DG Klimaat en Energie|O}}", "akkoord", "25-04"]]),
    ("h", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "Niet van toepassing."),
])

D(id="bo32", font="times", size=11, title="Brief burger warmtenet",
  footer="Ingekomen stuk {{KGG|O}} - registratienummer {{KGG-IN-2025-04418|C}}", blocks=[
    ("p", "[[F.W. BLOEMENDAAL-ACHTERBERG]]<br/>[[Van Heutszstraat 17|A]]<br/>[[6521 CV|A]] Nijmegen<br/>"
          "[[bloemendaal.fw@kpnmail.nl|E]]"),
    ("p", "Aan de Minister van Klimaat en Groene Groei<br/>mevrouw S. {{Hermans|R}}<br/>Postbus 20401<br/>"
          "2500 EK {{Den Haag|L}}"),
    ("p", "Nijmegen, 28 mei 2025"),
    ("p", "<b>Betreft: tarieven warmtenet en de {{Wet collectieve warmte|W}}</b>"),
    ("p", "Excellentie,"),
    ("p", "Wij zijn sinds 2021 aangesloten op het warmtenet van {{Vattenfall|O}} in {{Nijmegen|L}}. Onze "
          "rekening is in drie jaar verdubbeld. De {{ACM|O}} stelt maximumtarieven vast, maar die gaan uit van "
          "de gasprijs. Met de nieuwe {{Wet collectieve warmte|W}} wordt dat volgens mij niet beter."),
    ("p", "Mijn buurman, de heer [[Stijn Grotenhuis]], heeft een warmtepomp gekregen via de {{ISDE|G}}; wij "
          "mogen niet van het warmtenet af. Ik heb hierover ook geschreven aan wethouder {{Tobias van Elferen|R}} "
          "van de {{gemeente Nijmegen|O}} en aan het Kamerlid {{Kops|R}}."),
    ("p", "Mijn man, [[drs. H.J. Bloemendaal]], is sinds zijn [[herseninfarct|H]] veel thuis en heeft de "
          "verwarming nodig. Wij vragen u: geef huishoudens op een warmtenet dezelfde bescherming."),
    ("p", "Hoogachtend,"),
    ("sig", "[[FWBloemendaal|S]]"),
    ("p", "[[mevrouw F.W. Bloemendaal-<br/>Achterberg]]"),
    ("small", "Paraaf registratie: [[RK|Q]] 30/5 - doorgezet naar {{DG Klimaat en Energie|O}}/{{Warmte en "
              "Ondergrond|O}}, behandelaar [[Y. (Yara) Stoffels]]"),
])

# =========================================================================== NATO / EU, Kamerbrief, lawyer, visit list
D(id="bo15", font="libserif", size=10.5, title="Note NATO capability targets", author="",
  hidden={"Author": "K.R. Bhagwandin", "Subject": "draft for PolAd - Bhagwandin"},
  hidden_probes=[("PERSON", "Bhagwandin", "metadata")],
  header="NATO UNCLASSIFIED - Releasable to EU", footer="{{NLDEL NATO|O}} - {{Boulevard Léopold III|S}}, 1110 Brussels",
  pagefmt="Page {n}", blocks=[
    ("h1", "Note: NATO Capability Targets 2025 and the EU Readiness 2030 agenda"),
    ("p", "<b>To</b> {{Director-General for Policy|J}}, {{Ministry of Defence|O}}; {{Security Policy "
          "Department|O}} ({{DVB|O}}), {{Ministry of Foreign Affairs|O}}<br/><b>From</b> {{Netherlands Delegation "
          "to NATO|O}} ({{NLDEL|O}}), defence planning section<br/><b>Drafted by</b> [[Cdr. Eline "
          "Vredenburg-<br/>Scholten]] (RNLN), [[Mr. Tobias Nieuwenhuijzen]]<br/><b>Date</b> 16 May 2025"),
    ("h", "1. Summary"),
    ("p", "Defence ministers will approve the new capability targets on 5 June. The {{Netherlands|L}} is asked "
          "to deliver additional air-defence and long-range fires capacity. {{Secretary General|J}} {{Mark "
          "Rutte|R}} pressed for a commitment to 3.5% of GDP for core defence spending ahead of the {{The Hague "
          "Summit|G}} (24-25 June). Minister {{Brekelmans|R}} indicated in the {{Defence Policy Committee|O}} that "
          "the Netherlands will reach 2% in 2025."),
    ("h", "2. EU angle"),
    ("p", "The {{White Paper for European Defence - Readiness 2030|G}} and the {{SAFE|G}} instrument (EUR 150 "
          "billion in loans) overlap with NATO targets. {{Commissioner|J}} {{Kubilius|R}} argued in the "
          "{{Foreign Affairs Council|O}} (Defence) that SAFE will be \"NATO-compatible\". Our EU colleague, "
          "[[Ms Annelot Drijber]] ({{PV EU|O}}), notes that {{France|L}} insists on a 'buy European' clause."),
    ("h", "3. Points of attention"),
    ("p", "a) Host nation support for the summit at the {{World Forum|B}} ({{The Hague|L}}) is coordinated by "
          "{{NCTV|O}}; our contact there is [[Jasper de Kloet]] ([[+31 6 5388 1207|T]]).<br/>"
          "b) The {{Norwegian|X}} delegate, [[Col. Håkon Øvrebø]], proposed a joint Nordic-Dutch package on "
          "maritime patrol. [[Vredenburg-Scholten]] will follow up.<br/>"
          "c) {{Deputy Secretary General|J}} {{Radmila Shekerinska|R}} visits {{The Hague|L}} on 2 June."),
    ("p", "For questions: {{nldel-nato@minbuza.nl|F}} or [[e.vredenburg@mindef.nl|E]]."),
])

D(id="bo16", producer="docx", dfont="Liberation Serif", size=11, title="Concept Kamerbrief consulaire bijstand",
  footer="CONCEPT - niet verspreiden",
  hidden={"notes": [(0, 480, 760, "Roos Kalverdijk (DCM)", "Svp check met Bas of de cijfers kloppen - Roos"),
                    (0, 480, 520, "Bas Tjon A Fong", "cijfers bevestigd door Contact Center; zie mail Tjon A Fong 4/6")]},
  hidden_probes=[("PERSON", "Roos Kalverdijk", "annotations"), ("PERSON", "Tjon A Fong", "annotations")],
  blocks=[
    ("p", "{{Tweede Kamer der Staten-Generaal|O}}<br/>Postbus 20018<br/>2500 EA {{Den Haag|L}}"),
    ("p", "Datum: [concept 5 juni 2025]<br/>Betreft: Voortgangsbrief consulaire dienstverlening 2025<br/>"
          "Ons kenmerk: {{BZ2505311|C}}"),
    ("p", "Geachte voorzitter,"),
    ("p", "Hierbij informeer ik uw Kamer, mede namens de minister voor {{Buitenlandse Handel en "
          "Ontwikkelingshulp|O}}, over de consulaire dienstverlening in de eerste helft van 2025. Ik ga in op de "
          "motie van het lid {{Paternotte|R}} over gedetineerde Nederlanders ({{Kamerstuk 36 180, nr. 92|C}}) en de "
          "toezegging aan het lid {{Piri|R}} tijdens het commissiedebat van 12 februari."),
    ("h", "Gedetineerde Nederlanders"),
    ("p", "Per 1 mei 2025 zaten 1.587 Nederlanders in het buitenland gedetineerd. De {{Stichting Epafras|O}} en "
          "{{Bureau Buitenland|O}} van de {{Reclassering Nederland|O}} ondersteunen hen. In een zaak in {{Peru|L}} "
          "is, op verzoek van de familie, extra aandacht gegeven aan medische zorg."),
    ("h", "Crisisbijstand"),
    ("p", "Tijdens de onrust in {{Kenia|L}} en de aardbeving in {{Myanmar|L}} (28 maart) heeft het {{24/7 BZ "
          "Contact Center|O}} ruim 4.800 vragen beantwoord. Ik dank de medewerkers van de posten in {{Nairobi|L}} "
          "en {{Bangkok|L}}."),
    ("p", "[opmerking [[RK|Q]]: alinea over {{Marokko|L}} nog afstemmen met [[Youssef Benali]], zie chat 28/4]"),
    ("h", "Tot slot"),
    ("p", "Ik zal uw Kamer voor het einde van het jaar opnieuw informeren."),
    ("p", "De minister van Buitenlandse Zaken,"),
    ("p", "{{Caspar Veldkamp|R}}"),
    ("small", "Opgesteld: DCM/CA, [[R. Kalverdijk]] | meegelezen: {{DJZ|O}}, {{DCO|O}} | versie 0.4"),
])

D(id="bo28", font="carlito", size=10, title="Escrito abogado", header="Estudio Jurídico Salazar & Asociados - Lima",
  footer="Av. José Larco 1150, Of. 702, Miraflores, Lima - www.salazarasociados.pe", blocks=[
    mail_en("[[Dra. Luciana Salazar Pinedo]] &lt;[[lsalazar@salazarasociados.pe|E]]&gt;", "Tuesday, 18 March 2025 19:22",
            "[[Mariela Quispe Huamán]] &lt;[[mariela.quispe@minbuza.nl|E]]&gt;",
            "Caso [[Sewbaransingh]] - audiencia de prisión preventiva",
            cc="{{LIM-CA@minbuza.nl|F}}; [[José Manuel Tapia Ccori]]"),
    ("p", "Dear Ms [[Quispe]],"),
    ("p", "As requested, a short update in English for your colleagues in {{The Hague|L}}. The pre-trial detention "
          "hearing for your national, Mr [[Ruben A. Sewbaransingh]], took place today before the {{Juzgado de "
          "Investigación Preparatoria del Callao|O}}. The public prosecutor (fiscal) "
          "requested nine months of prisión preventiva under {{Article 268 of the Código Procesal Penal|W}}."),
    ("p", "The judge granted six months. We will appeal before the {{Corte Superior de Justicia del Callao|O}}. "
          "His partner, Ms [[De Boer]], testified that she did not know about the contents of the suitcase. "
          "The insulin problem has been resolved by the prison doctor, Dr. [[Huanca]]."),
    ("p", "Our fees are paid by the family; invoice sent to Mrs [[D. Sewbaransingh-Ramdin]]."),
    ("p", "Atentamente,<br/>[[Luciana Salazar Pinedo]]<br/>Abogada - Colegio de Abogados de Lima reg. "
          "[[CAL 48812|N]]<br/>[[+51 987 331 640|T]]"),
    RULE,
    ("p", "Nota post (intern): advocaat staat op de {{advocatenlijst|G}} van de ambassade. Volgende bezoek "
          "[[MQH|Q]] en [[JMTC|Q]] op 25/3. Graag doorsturen aan [[Noor Vermeulen]] (DCM/CA)."),
])

D(id="bo29", font="helv", size=9, title="Visit programme NATO JFC Brunssum", header="Ministry of Defence - visit programme - NATO UNCLASSIFIED",
  footer="{{JFC Brunssum|O}} Protocol Office - {{Rimburgerweg 30|S}}, 6445 PA Brunssum", pagefmt="{n}/2", blocks=[
    ("h1", "Visit of the {{Joint Force Command Brunssum|O}} delegation to {{Den Helder|L}}"),
    ("p", "<b>Date</b> 7-8 May 2025 | <b>Host</b> {{Commander Netherlands Maritime Forces|J}} | <b>Location</b> "
          "{{Nieuwe Haven Naval Base|B}}, {{Den Helder|L}}<br/><b>Point of contact</b> [[Lt. Sanne Verhage-"
          "<br/>Koopmans]] ([[s.verhage.koopmans@mindef.nl|E]], [[+31 6 2815 4420|T]])"),
    ("h", "Programme"),
    ("t", [["Time", "Item", "Lead"],
           ["7 May 09:30", "Arrival, security check at main gate (passports required)", "[[Lt. Verhage]]"],
           ["10:00", "Briefing by the {{Commander Netherlands Maritime Forces|J}}", "{{CZSK|O}}"],
           ["11:30", "Tour {{Zr.Ms. Karel Doorman|X}}", "[[Cdr. Bas van Noord]]"],
           ["13:00", "Lunch, Officers' mess", "-"],
           ["14:30", "Demonstration mine countermeasures ({{rMCM|G}} programme)", "[[Lt-Cdr. Maaike Roeters]]"],
           ["8 May 09:00", "Visit {{Marinemuseum|B}}", "-"]], [28, 110, 32]),
    ("h", "Delegation - data for base access (to be removed after the visit)"),
    ("t", [["Name", "Rank / function", "Nationality", "Passport no.", "Date of birth"],
           ["[[SCHNEIDER, Matthias]]", "Colonel, J5", "DEU", "[[C4F7M21KX|N]]", "[[12.03.1974|D]]"],
           ["[[KOWALCZYK, Agnieszka]]", "Lt-Col., J3", "POL", "[[EK4471096|N]]", "[[30.09.1980|D]]"],
           ["[[O'SULLIVAN, Declan]]", "Major, PAO", "IRL", "[[PX3318240|N]]", "[[05.01.1986|D]]"],
           ["[[VAN DEN BERGHE, Lieve]]", "Civilian, POLAD", "BEL", "[[EP903112|N]]", "[[17.07.1979|D]]"],
           ["[[DA SILVA PEREIRA, João]]", "Captain (N)", "PRT", "[[CB772094|N]]", "[[22.11.1977|D]]"]],
     [45, 35, 22, 32, 32]),
    ("p", "The {{Koninklijke Marechaussee|O}} at {{Den Helder|L}} receives this list 48 hours before arrival. "
          "Delete after 8 May in line with the {{General Data Protection Regulation|W}}."),
    ("pb",),
    ("h", "Logistics"),
    ("p", "Transport from {{Brunssum|L}} by {{Defensie|O}} bus (driver: [[korporaal T. Hendrikx]]). Hotel: "
          "{{Fletcher Hotel Den Helder|O}}, booking under the name [[Schneider]]. The {{Chief of Defence|J}} will "
          "not attend; his representative is the {{Vice Chief of Defence|J}}."),
    ("p", "Dietary requirements: Col. [[Schneider]] [[halal|H]]; Maj. [[O'Sullivan]] [[coeliac disease|H]]."),
    ("p", "Press: no media. Photographs only by the {{Audiovisuele Dienst Defensie|O}} photographer, "
          "[[Sgt. Robin Aalbers]]."),
    ("p", "Distribution: {{CZSK|O}} protocol ({{czsk-protocol@mindef.nl|F}}), {{JFCBS|O}} Protocol, "
          "{{Bureau Internationale Militaire Samenwerking|O}}."),
])

D(id="bo30", producer="docx", dfont="Liberation Sans", size=10.5, title="Beantwoording Kamervragen IMG",
  footer="Concept-antwoorden - {{2025Z04417|C}}",
  hidden={"Title": "Antwoorden Kamervragen IMG - versie Wouter Hiemstra 3", "Author": "Hiemstra, W."},
  hidden_probes=[("PERSON", "Wouter Hiemstra", "metadata"), ("PERSON", "Hiemstra", "metadata")],
  blocks=[
    ("h1", "Antwoorden op Kamervragen over de afhandeling van mijnbouwschade"),
    ("p", "Antwoorden van staatssecretaris {{Van Marum|R}} (Herstel Groningen) op vragen van de leden "
          "{{Beckerman|R}} ({{SP|O}}) en {{Bushoff|R}} ({{GroenLinks-PvdA|O}}) over lange wachttijden bij het "
          "{{Instituut Mijnbouwschade Groningen|O}} (ingezonden 10 maart 2025, {{2025Z04417|C}})."),
    ("h", "Vraag 1"),
    ("p", "Kent u het bericht 'Gezin in Schildwolde wacht al drie jaar op schadebesluit' ({{Dagblad van het "
          "Noorden|O}}, 8 maart 2025)?"),
    ("h", "Antwoord 1"),
    ("p", "Ja. Het {{IMG|O}} heeft mij laten weten dat in deze zaak inmiddels een besluit is genomen. Ik ga niet "
          "in op individuele gevallen."),
    ("h", "Vraag 2"),
    ("p", "Hoeveel schademeldingen staan langer dan een jaar open?"),
    ("h", "Antwoord 2"),
    ("p", "Op 1 maart 2025 stonden 11.420 meldingen langer dan een jaar open. Het {{IMG|O}} verwacht dit aantal "
          "met de {{Vaste vergoeding|G}} en de {{Regeling Waardedaling|G}} te verminderen."),
    ("h", "Vraag 3"),
    ("p", "Bent u bereid de {{Commissie Bijzondere Situaties|O}} uit te breiden?"),
    ("h", "Antwoord 3"),
    ("p", "De {{Commissie Bijzondere Situaties|O}} is in 2024 al uitgebreid. In de brief {{Nij Begun|G}} van "
          "april 2023 is afgesproken dat de menselijke maat hierbij leidend is. Ik verwijs verder "
          "naar mijn brief van 11 februari 2025 ({{Kamerstuk 33 529, nr. 1262|C}})."),
    ("pb",),
    ("h", "Vraag 4"),
    ("p", "Hoe voorkomt u dat bewoners die al jaren wachten opnieuw worden opgenomen door een andere "
          "deskundige?"),
    ("h", "Antwoord 4"),
    ("p", "Sinds 1 januari 2025 geldt bij het {{IMG|O}} het uitgangspunt 'één deskundige per woning'."),
    ("h", "Toelichting voor de staatssecretaris (wordt niet verzonden)"),
    ("p", "Het bericht gaat over de familie [[Wolthuis]] aan de [[Hoofdweg 214|A]]. Het besluit van het {{IMG|O}} "
          "dateert van 21 januari 2025; de krant had dat niet. Contact met {{IMG|O}} liep via [[Tamara "
          "Kuipers-Hazenberg]]. Bij {{BZK|O}} zijn betrokken: [[Joost Oldenkamp]] en [[Merel Spijkerman]] "
          "(woordvoering intern)."),
    ("t", [["Versie", "Datum", "Wie", "Opmerking"],
           ["0.1", "14-03-2025", "[[M. Spijkerman]]", "eerste opzet"],
           ["0.2", "17-03-2025", "[[J. Oldenkamp]]", "antwoord 3 aangepast"],
           ["0.3", "19-03-2025", "{{directeur-generaal Herstel Groningen|J}}", "akkoord"]]),
    ("h", "Informatie die niet openbaar gemaakt kan worden"),
    ("h", "Motivering"),
    ("p", "[in te vullen bij openbaarmaking]"),
])

D(id="bo33", font="serif", size=10, title="Verslag hoorzitting IMG", header="Instituut Mijnbouwschade Groningen - verslag hoorzitting",
  footer="Zaak {{HZ-2025-0211|C}} - verslag vastgesteld door de voorzitter", pagefmt="blad {n}", blocks=[
    ("h1", "Verslag hoorzitting bezwaar mijnbouwschade"),
    ("t", [["Zaak", "{{HZ-2025-0211|C}} (bezwaar tegen besluit van 21 januari 2025)"],
           ["Datum en tijd", "24 april 2025, 10.00-11.20 uur"],
           ["Plaats", "{{IMG|O}}-kantoor, {{Groningen|L}}, en via Teams"],
           ["Commissie", "[[mr. W.E. (Wendela) Kamminga]] (voorzitter), [[ir. A. Bolhuis]], [[drs. F.K. Lok]]"],
           ["Secretaris", "[[mr. R. Boomsma-Hiddema]]"],
           ["Bezwaarmaker", "[[mevrouw A.M. ten Have-Luiting]], bijgestaan door [[mr. S. (Stefan) Dorenbos]] "
                            "van {{Stichting Groninger Bodem Beweging|O}} ({{GBB|O}})"],
           ["Namens het {{IMG|O}}", "[[E. Scholtens]] (juridisch medewerker)"],
           ["Deskundige", "[[ir. K. Hamstra]] ({{NIVB|O}})"]], [38, 132], False),
    ("h", "1. Standpunt bezwaarmaker"),
    ("p", "Mevrouw [[Ten Have-Luiting]] licht toe dat de schade aan haar woning aan de [[Hoofdweg 188|A]] in "
          "{{Schildwolde|L}} veel groter is dan in het rapport staat. Haar man, de heer [[J. ten Have]], is niet "
          "aanwezig vanwege een [[ziekenhuisopname|H]]. De gemachtigde, [[Dorenbos]], stelt dat het "
          "{{wettelijk bewijsvermoeden|W}} ({{artikel 6:177a BW|W}}) onvoldoende is toegepast."),
    ("h", "2. Reactie IMG"),
    ("p", "[[Scholtens]] wijst erop dat de deskundige de scheuren in de aanbouw heeft toegeschreven aan "
          "funderingsproblemen. [[Hamstra]] bevestigt dit: de aanbouw uit 1978 heeft een ondiepe fundering."),
    ("p", "Desgevraagd verklaart [[Hamstra]] dat hij niet alle ruimtes heeft kunnen betreden omdat de zolder "
          "vol stond. [[Kamminga]] merkt op dat de opname dan onvolledig is."),
    ("h", "3. Vragen van de commissie"),
    ("p", "[[Bolhuis]] vraagt of de bewoners eerder schade hebben gemeld bij de {{NAM|O}} of het {{Centrum "
          "Veilig Wonen|O}}. Mevrouw [[Ten Have-Luiting]] bevestigt een melding uit 2016 (nummer "
          "[[CVW-16-0338120|N]]), toen afgewezen."),
    ("p", "[[Lok]] vraagt naar de waardedaling. De gemachtigde verwijst naar de {{Regeling Waardedaling|G}}; "
          "dat valt buiten dit bezwaar."),
    ("pb",),
    ("h", "4. Afsluiting"),
    ("p", "De voorzitter sluit de zitting. De commissie adviseert het {{IMG|O}} binnen zes weken. Partijen "
          "ontvangen dit verslag; opmerkingen kunnen binnen twee weken worden gemaild naar "
          "{{bezwaar@schadedoormijnbouw.nl|F}}."),
    ("p", "Aanwezig publiek: een verslaggever van {{RTV Noord|O}}, [[Jildou Hettinga]], met toestemming van "
          "bezwaarmaker."),
    ("p", "Vastgesteld,"),
    ("sig", "[[WKamminga|S]]"),
    ("p", "[[mr. W.E. Kamminga]], voorzitter"),
    ("sig", "[[RBoomsma|S]]"),
    ("p", "[[mr. R. Boomsma-Hiddema]], secretaris"),
])

D(id="bo34", font="libsans", size=9, title="Evacuatielijst Beiroet", header="DEPARTEMENTAAL VERTROUWELIJK - Crisisteam DCM - evacuatie Libanon",
  footer="Lijst uit {{Crisis Registratie Systeem|G}} (CRS) - stand 03-10-2024 18:00 - na afloop vernietigen", blocks=[
    ("h1", "Evacuatievlucht {{Beiroet|L}} - {{Eindhoven|L}}, 3 oktober 2024"),
    ("p", "Militaire vlucht {{KDC-10|X}}/{{A330 MRTT|X}} ({{Multinational MRTT Unit|O}}). Coördinatie "
          "{{Ambassade Beiroet|O}}: consulair team; luchthavenploeg o.l.v. [[Corinne Abi Nader]] ([[+961 3 218 447|T]]). "
          "Aan boord ook een team van de {{Koninklijke Marechaussee|O}} (teamleider [[opperwachtmeester N. "
          "Keijzer]]) en het {{Consulair Snel Inzetbaar Team|O}}."),
    ("t", [["Nr", "Naam", "Geb. datum", "Paspoort", "Telefoon", "Bijzonderheden"],
           ["1", "[[HADDAD, Rami]]", "[[11-02-1983|D]]", "[[NRK27F0L5|N]]", "[[06 1822 4471|T]]", "met gezin (3)"],
           ["2", "[[HADDAD-VISSER, Nienke]]", "[[04-07-1985|D]]", "[[NTH80Z2P9|N]]", "idem", ""],
           ["3", "[[EL-KHOURY, Georges]]", "[[29-10-1949|D]]", "[[NV4411L2C|N]]", "[[+961 70 312 905|T]]", "[[rolstoel, zuurstof|H]]"],
           ["4", "[[VAN LEEUWEN, Tessa]]", "[[16-05-1998|D]]", "[[NPL90K3D7|N]]", "[[06 4399 0126|T]]", "studente AUB"],
           ["5", "[[MANSOUR, Yasmine]]", "[[08-12-2001|D]]", "[[NKJ55R8T1|N]]", "[[06 2081 6659|T]]", "[[zwanger (32 wk)|H]]"],
           ["6", "[[DE JONG, Pieter]]", "[[21-03-1961|D]]", "[[NZX13B6M0|N]]", "[[+31 6 5017 2290|T]]", "journalist ({{NOS|O}})"],
           ["7", "[[SAAB, Karim]]", "[[02-09-1990|D]]", "[[NLF62V7Q3|N]]", "[[06 3319 0078|T]]", "niet verschenen"]],
     [8, 38, 22, 24, 30, 48]),
    ("p", "Opmerking: nr. 7, de heer [[Saab]], heeft laten weten te blijven; zijn moeder ([[Hoda Saab]]) wordt "
          "door DCM/CA gebeld. Nr. 3, de heer [[El-Khoury]], wordt in {{Eindhoven|L}} opgevangen door het "
          "{{Rode Kruis|O}}."),
    ("pb",),
    ("h", "Verdeling taken crisisteam DCM (3 oktober)"),
    ("t", [["Taak", "Naam", "Bereikbaar"],
           ["Teamleider", "[[Sanne Ouwerkerk]]", "[[06 2204 9917|T]]"],
           ["Contact familie", "[[Youssef Benali]]", "[[06 1559 2140|T]]"],
           ["Contact {{Defensie|O}} ({{DOPS|O}})", "[[majoor H.J. (Henk-Jan) Wolters]]", "[[06 5590 1183|T]]"],
           ["Pers", "{{woordvoering BZ|O}}", "{{070 348 6556|T}}"]], [50, 70, 50]),
    ("p", "Minister {{Veldkamp|R}} en minister {{Brekelmans|R}} worden om 20:00 door de {{secretaris-generaal|J}} "
          "geïnformeerd. Het {{Nationaal Crisiscentrum|O}} is op de hoogte."),
])
