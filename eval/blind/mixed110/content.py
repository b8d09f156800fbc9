"""Content of set HB (eval/blind/mixed110). All persons, their numbers and addresses are invented.

Markup: [[redact]] / [[redact|KIND]], {{keep}} / {{keep|KIND}} (see lib.py)."""
DOCS: list = []


def doc(**kw):
    DOCS.append(kw)


# ============================================================ hb01 Woo-besluit (2 pages)
doc(id="hb01", name="woo_besluit", producer="Helvetica",
    opts=dict(size=9.5, title="Besluit op uw Woo-verzoek",
              footer="Inspectie van het Onderwijs | Postbus 2730 | 3500 GS Utrecht | pagina {p}"),
    hidden=dict(set=dict(author="Pieter-Jan de Groot"),
                probes=[("Pieter-Jan de Groot", "PERSON", "metadata")]),
    body="""
{{Inspectie van het Onderwijs}}
Ministerie van {{Onderwijs, Cultuur en Wetenschap}}
Postbus 2730, 3500 GS {{Utrecht}}
~
[[Mevrouw W.A. Kloosterboer-Dijk]]
[[Bergweidedijk 117]]
[[7418 AA]] Deventer
~
|Datum|Kenmerk|Uw verzoek van|Onderwerp|
|14 oktober 2025|{{WOO-2025-1183}}|28 juli 2025|Besluit op uw Woo-verzoek|
~
Geachte [[mevrouw Kloosterboer-Dijk]],
In uw e-mail van 28 juli 2025 heeft u op grond van de {{Wet open overheid}} ({{Woo}}) gevraagd om openbaarmaking van documenten over het onderzoek van de {{Inspectie van het Onderwijs}} naar {{Stichting Onderwijsgroep IJssel en Salland}} ({{OGIS}}) te {{Deventer}}, bestuursnummer {{41873}}, in de periode 1 januari 2025 tot en met 30 juni 2025. Uw verzoek is op 29 juli 2025 ontvangen en geregistreerd onder kenmerk {{WOO-2025-1183}}.
## 1. Verloop van de procedure
Op 5 augustus 2025 heeft [[de heer P.J. de Groot]], Woo-coördinator, telefonisch contact met u opgenomen over de reikwijdte van uw verzoek. U heeft aangegeven dat uw verzoek zich richt op het kwaliteitsonderzoek bestuur en de signalen over de {{Willem de Zwijgerschool}} (BRIN {{07QX}}) en het {{Johan de Witt College}} (BRIN {{20HT}}). De beslistermijn is op 25 augustus 2025 met vier weken verdaagd. Op 19 september 2025 zijn het bestuur van {{OGIS}} en drie andere belanghebbenden in de gelegenheid gesteld een zienswijze te geven.
## 2. Besluit
Ik heb besloten de documenten die onder uw verzoek vallen deels openbaar te maken. In totaal zijn 33 documenten aangetroffen. Een overzicht daarvan vindt u in de inventarislijst (bijlage 1).
## 3. Overwegingen
In de documenten staan namen en contactgegevens van medewerkers van de inspectie, van het schoolbestuur, van scholen en van ouders en leerlingen. Het belang van openbaarmaking weegt niet op tegen de eerbiediging van de persoonlijke levenssfeer (artikel 5.1, tweede lid, aanhef en onder e, {{Woo}}). Namen van bewindspersonen, van de {{wethouder}} onderwijs van de gemeente {{Deventer}} en van het bestuur als orgaan worden wel openbaar gemaakt.
Gegevens over de gezondheid van leerlingen zijn bijzondere persoonsgegevens in de zin van artikel 9 van de {{AVG}}. Deze gegevens worden op grond van artikel 5.1, eerste lid, onder d, {{Woo}} niet openbaar gemaakt. Leerlingnummers, geboortedata en het burgerservicenummer zijn eveneens weggelakt.
De {{Wet op het onderwijstoezicht}} ({{WOT}}) bevat in artikel 20 een eigen regeling voor de openbaarmaking van inspectierapporten. De vastgestelde rapporten zijn al openbaar via {{toezichtdocumenten.nl}} en worden daarom niet opnieuw verstrekt.
===
## 4. Wijze van openbaarmaking
De documenten worden binnen twee weken na dagtekening van dit besluit gepubliceerd op {{open.overheid.nl}}. Uw naam en adres worden daarbij niet vermeld.
## 5. Ten slotte
Heeft u vragen over dit besluit, dan kunt u contact opnemen via {{woo@owinsp.nl}} of het algemene nummer {{088 669 60 00}}. Wilt u rechtstreeks contact met de behandelaar, dan kunt u [[mevrouw J.C. Roos]] bellen op [[06 - 43 21 87 09]] of mailen naar [[jc.roos@owinsp.nl]].
~
Hoogachtend,
de minister van {{Onderwijs, Cultuur en Wetenschap}},
namens deze,
de hoofdinspecteur Primair en Voortgezet Onderwijs,
~
[[drs. H.M. Schouten-Bleeker]]
~
Bezwaar: binnen zes weken na de dag van bekendmaking kunt u bezwaar maken bij de {{Inspectie van het Onderwijs}}, afdeling Juridische Zaken, Postbus 2730, 3500 GS {{Utrecht}}, onder vermelding van kenmerk {{WOO-2025-1183}}.
Bijlagen: 1. inventarislijst; 2. documenten.
""")

# ============================================================ hb02 inventarislijst (landscape)
doc(id="hb02", name="inventarislijst", producer="Times",
    opts=dict(size=9, landscape_=True, title="Inventarislijst WOO-2025-1183",
              colwidths={7: [0.4, 3.3, 1.0, 1.1, 1.0, 2.3, 1.3]}),
    body="""
# Inventarislijst {{WOO-2025-1183}}
Bijlage 1 bij besluit van 14 oktober 2025 inzake {{Stichting Onderwijsgroep IJssel en Salland}} ({{OGIS}})
|Nr.|Document|Datum|Beoordeling|Grond|Toelichting|Zaak|
|1|Signaalformulier ouder Willem de Zwijgerschool|13-01-2025|deels openbaar|5.1.2e, 5.1.1d|naam, contactgegevens, gezondheid kind|{{ONK-2025-0417}}|
|2|Handgeschreven brief [[M. Bouzid]]|15-01-2025|deels openbaar|5.1.2e|naam, adres, handtekening|{{ONK-2025-0417}}|
|3|Brief ouder ([[Kovalenko]]) aan inspectie|22-01-2025|deels openbaar|5.1.2e, 5.1.1d|naam, gezondheid|{{ONK-2025-0417}}|
|4|E-mail [[J. van den Brink]] aan [[M. ter Haar]] re: signalen OGIS|27-01-2025|deels openbaar|5.1.2e|namen, telefoonnummers|{{ONK-2025-0417}}|
|5|Teams-chat inspectieteam|29-01-2025|deels openbaar|5.1.2e, 5.2.1|namen; persoonlijke beleidsopvattingen|{{ONK-2025-0417}}|
|6|Onderzoeksopzet kwaliteitsonderzoek bestuur|03-02-2025|deels openbaar|5.1.2e|namen, parafen|{{ONK-2025-0417}}|
|7|Aankondigingsbrief aan college van bestuur|05-02-2025|deels openbaar|5.1.2e|namen|{{ONK-2025-0417}}|
|8|Presentielijst startgesprek|18-02-2025|deels openbaar|5.1.2e|namen, parafen|{{ONK-2025-0417}}|
|9|Verslag startgesprek met actielijst|18-02-2025|deels openbaar|5.1.2e|namen, initialen|{{ONK-2025-0417}}|
|10|Notulen raad van toezicht {{OGIS}}|24-02-2025|deels openbaar|5.1.2e, 5.1.2i|namen|{{ONK-2025-0417}}|
|11|Notulen MR {{Willem de Zwijgerschool}}|04-03-2025|deels openbaar|5.1.2e|namen|{{ONK-2025-0417}}|
|12|Klacht over leerkracht groep 7|06-03-2025|deels openbaar|5.1.2e, 5.1.1d|namen, gezondheid|{{ONK-2025-0417}}|
|13|Reactie bestuurder op klacht|14-03-2025|deels openbaar|5.1.2e|namen|{{ONK-2025-0417}}|
|14|Leerlingoverzicht ondersteuning|17-03-2025|deels openbaar|5.1.2e, 5.1.1d, 5.1.1e|leerlingnummers, geboortedata|{{ONK-2025-0417}}|
|15|Conceptrapport kwaliteitsonderzoek|11-04-2025|deels openbaar|5.1.2e|namen contactpersonen|{{ONK-2025-0417}}|
|16|Herstelopdracht bestuur|02-05-2025|deels openbaar|5.1.2e|naam hoofdinspecteur|{{ONK-2025-0417}}|
|17|Zienswijze bestuur op conceptrapport|23-04-2025|deels openbaar|5.1.2e|namen, handtekeningen|{{ONK-2025-0417}}|
|18|E-mailwisseling [[R. Oudekerk]] / inspectie|24-04-2025|deels openbaar|5.1.2e|namen, mobiele nummers|{{ONK-2025-0417}}|
|19|Beslisnota signalen {{OGIS}} aan minister|12-05-2025|deels openbaar|5.1.2e, 5.2.1|namen ambtenaren|{{ONK-2025-0417}}|
|20|Overige stukken (nrs. 20-33)|div.|deels openbaar|5.1.2e, 5.1.1d|zie documenten|{{ONK-2025-0417}}|
~
Vastgesteld door de Woo-coördinator van de {{Inspectie van het Onderwijs}}. Contact: {{woo@owinsp.nl}}.
""")

# ============================================================ hb03 signaalformulier (AcroForm)
doc(id="hb03", name="signaalformulier_ouder", producer="form",
    title=["Meldformulier signaal over een school of schoolbestuur",
           "{{Inspectie van het Onderwijs}} - {{Loket Onderwijsinspectie}}, telefoon {{088 669 60 60}}",
           "Zaaknummer: {{ONK-2025-0417}} - ontvangen 13 januari 2025 via het webformulier"],
    fields=[
        ("# Gegevens melder", "", None),
        ("Naam melder", "naam", "[[Petra van Dongen-Kuipers]]"),
        ("Relatie tot de school", "relatie", "ouder van leerling groep 7"),
        ("E-mailadres", "email", "[[petravandongen@ziggo.nl]]"),
        ("Telefoonnummer", "tel", "[[06-24681357]]"),
        ("Adres", "adres", "[[Havikstraat 8]], 7422 Deventer"),
        ("# Gegevens school", "", None),
        ("Naam school", "school", "Willem de Zwijgerschool, Deventer"),
        ("BRIN-nummer", "brin", "07QX"),
        ("Schoolbestuur", "bestuur", "Stichting Onderwijsgroep IJssel en Salland (OGIS)"),
        ("# Uw signaal", "", None),
        ("Naam leerling", "leerling", "[[Sem van Dongen]], geboren [[02-11-2013]]"),
        ("Omschrijving", "omschrijving",
         "Mijn zoon heeft [[ADHD en dyslexie]]. De leerkracht [[meester Bram]] "
         "([[Oosterveld]]) weigert de afspraken uit het ontwikkelingsperspectief uit te voeren. "
         "De directie ([[mevr. Mulder-Smit]]) reageert niet op mijn mails."),
        ("Heeft u al geklaagd bij school?", "klacht", "ja, op 6 december 2024 bij de directeur"),
    ],
    footer=["Uw gegevens worden gebruikt volgens de privacyverklaring van de {{Inspectie van het Onderwijs}}.",
            "De inspectie behandelt geen individuele klachten; signalen gebruiken wij in het toezicht",
            "op grond van de {{Wet op het onderwijstoezicht}}. Voor klachten: {{Landelijke Klachtencommissie Onderwijs}}."])

# ============================================================ hb04 scan: handwritten letter of a parent
doc(id="hb04", name="scan_brief_ouder_bouzid", producer="scan",
    opts=dict(hand="femke", size=58, seed=4, rotate=0.5),
    pages=["""
[[Mohamed]] [[Bouzid]]
[[Roggestraat 23]]
[[7415 BX]] Deventer
tel. [[06-18273645]]
 
Deventer, 15 januari 2025
 
Aan de Inspectie van het Onderwijs
Postbus 2730, 3500 GS Utrecht
 
Geachte inspecteur,
Ik schrijf u over mijn zoon [[Yassin]] uit groep 7 van de Willem de Zwijgerschool.
Sinds oktober wordt hij gepest en de school doet niets. Juf [[Esther Bosman]]
heeft gezegd dat het aan [[Yassin]] zelf ligt. Mijn vrouw [[Samira]] en ik
hebben drie keer een gesprek gehad met de directeur.
Wij willen dat u dit onderzoekt.
 
Met vriendelijke groet,
[[M. Bouzid]]
"""])

# ============================================================ hb05 scan: handwritten letter, mixed Dutch/English
doc(id="hb05", name="scan_brief_ouder_kovalenko", producer="scan",
    opts=dict(hand="femke", size=56, seed=7, rotate=-0.4),
    pages=["""
Deventer, 22-01-2025
 
To the Inspectie van het Onderwijs,
 
My name is [[Oksana]] [[Kovalenko]]. My daughter [[Daryna]] Kovalenko
(born [[21-06-2011]]) is in klas 2 of the Johan de Witt College.
She has [[PTSS]] after the war and the school knows this.
The mentor, mr. [[Groeneveld]], told her in front of the class
that she must "stop making problems". Since then she
does not want to go to school. Leerplicht (Gerrit [[Wolters]])
has called me twice.
 
Please help us. You can mail me: [[o.kovalenko.dv@gmail.com]]
or call [[+31 6 87 45 12 90]].
 
Thank you,
[[Oksana]] [[Kovalenko]]
[[Zandweerdlaan 6]]-B
""", """
Deventer, 3 februari 2025
 
Dear inspector,
This is my second letter. Today the school called me.
Mrs [[Bosman]] is not from this school, she is from the
primary school of my son [[Maksym]]. The mentor of [[Daryna]]
is mr. [[Groeneveld]]. The zorgcoordinator is mr. [[Van Dam]].
They want a meeting on 10 February.
I will go with my neighbour [[Iryna Shevchenko]] to translate.
 
[[Oksana]]
"""])

# ============================================================ hb06 e-mail thread between inspectors (2 pages)
doc(id="hb06", name="email_signalen_ogis", producer="Carlito",
    opts=dict(size=10.5, title="RE: signalen OGIS"),
    body="""
Van: [[Ter Haar, Maarten]]
Verzonden: maandag 27 januari 2025 16:42
Aan: [[Brink, Jeroen van den]]; [[El Amrani, Fatima]]
CC: [[Ouwehand, Ingrid]]; {{signalen@owinsp.nl}}
Onderwerp: RE: signalen OGIS - drie meldingen in twee weken
~
Dank [[Jeroen]]. Ik stel voor dat we het geplande onderzoek naar {{OGIS}} in het kader van het vierjaarlijks onderzoek naar voren halen. Met de signalen over de {{Willem de Zwijgerschool}} (07QX) en het {{Johan de Witt College}} ({{20HT}}) hebben we voldoende aanleiding voor een kwaliteitsonderzoek bestuur op grond van artikel 11 {{WOT}}.
[[Fatima]], kun jij het VO-deel op je nemen? [[Ingrid]] doet de standaarden KA1 en KA2 (kwaliteitszorg en ambitie).
Ik bel morgen met de bestuurder, [[de heer Oudekerk]]. Zijn mobiel heb ik niet, alleen het nummer van het bestuursbureau ({{0570 74 52 00}}).
~
Groet,
[[Maarten ter Haar]]
coördinerend inspecteur, regio Oost
{{Inspectie van het Onderwijs}}
M [[06-52290417]] | [[m.terhaar@owinsp.nl]]
~
Van: [[Brink, Jeroen van den]]
Verzonden: maandag 27 januari 2025 11:05
Aan: [[Ter Haar, Maarten]]
CC: [[Rijpkema, Sebastiaan]]
Onderwerp: signalen OGIS - drie meldingen in twee weken
~
Hoi [[Maarten]],
Sinds 13 januari hebben we drie signalen binnen over scholen van {{Stichting Onderwijsgroep IJssel en Salland}}:
> 1. melding van [[mevrouw Van Dongen-Kuipers]] via het webformulier: haar zoon ([[ADHD]], dyslexie) krijgt de afgesproken ondersteuning niet; klacht over leerkracht [[B. Oosterveld]];
> 2. handgeschreven brief van de [[familie Bouzid]] over pesten in groep 7 en de reactie van de intern begeleider;
> 3. brief (Engels) van [[mevrouw Kovalenko]] over haar dochter op het {{Johan de Witt College}}, thuiszitter sinds december.
[[Bas]] heeft de gegevens uit {{DUO}} naast elkaar gelegd: het verzuim op het JdW is in een jaar verdubbeld en de {{Willem de Zwijgerschool}} heeft voor het derde jaar onvoldoende resultaten op de eindtoets (referentieniveau 1F lezen onder de signaleringswaarde).
Ook de {{Landelijke Klachtencommissie Onderwijs}} heeft ons een uitspraak van december 2024 over dezelfde school gestuurd.
Voorstel: ik maak een signaalanalyse en leg die donderdag in het teamoverleg voor.
~
[[Jeroen]]
~
[[Jeroen van den Brink]]
inspecteur primair onderwijs
{{Inspectie van het Onderwijs}} | {{Park Voorn 4}} | {{Utrecht}}
T {{088 669 60 00}} (algemeen) | M [[06-41872390]]
[[j.vandenbrink@owinsp.nl]]
~
Dit bericht kan informatie bevatten die niet voor u is bestemd. Bent u niet de geadresseerde, meld dit dan aan de afzender en verwijder het bericht. De {{Rijksoverheid}} aanvaardt geen aansprakelijkheid voor schade als gevolg van elektronische verzending.
""")

# ============================================================ hb07 Teams chat
doc(id="hb07", name="teams_chat_inspectieteam", producer="DejaVuSans",
    opts=dict(size=9, title="Chat: Team OGIS 2025"),
    body="""
# Chat: Team {{OGIS}} 2025
Geëxporteerd uit {{Microsoft Teams}} op 30-01-2025 09:12 - deelnemers: [[Jeroen van den Brink]], [[Fatima el Amrani]], [[Maarten ter Haar]], [[Sebastiaan Rijpkema]], [[Anouk Brinkman]]
~
[[Jeroen van den Brink]]  29-01 08:51
morning! signaalanalyse staat in de teamsite, map {{ONK-2025-0417}}
~
[[Fatima el Amrani]]  29-01 08:55
top. ik heb gisteren [[Aalbers]] (rector JdW) nog even gesproken, hij erkent dat het verzuim is opgelopen
~
[[Maarten ter Haar]]  29-01 09:02
[[Fatima]] kun je dat in een gespreksverslag zetten? anders hebben we het niet in het dossier
~
[[Fatima el Amrani]]  29-01 09:03
doe ik 👍
~
[[Sebastiaan Rijpkema]]  29-01 09:20
cijfers uit {{DUO}} en {{Vensters}} staan erbij. Let op: in het bestand zitten nog leerlingnummers, niet doorsturen
~
[[Jeroen van den Brink]]  29-01 09:21
dank [[Bas]]! 🙏
~
[[Anouk Brinkman]]  29-01 10:04
Startgesprek ingepland op di 18 februari, 10.00 uur, bestuursbureau {{OGIS}} {{Deventer}}. [[Jeroen]], [[Fatima]] en [[Ingrid]] uitgenodigd. [[Maarten]], jij ook?
~
[[Maarten ter Haar]]  29-01 10:10
nee, [[Ingrid]] is er; ik sluit aan bij het eindgesprek
~
[[Jeroen van den Brink]]  29-01 11:37
[[Anouk]], kun je de aankondigingsbrief klaarzetten voor de hoofdinspecteur? bestuurder is [[R.J. Oudekerk]], CC raad van toezicht ([[mr. Haverkamp]])
~
[[Anouk Brinkman]]  29-01 11:40
komt goed, vandaag nog
~
[[Fatima el Amrani]]  29-01 14:15
btw de moeder van [[Daryna]] belde weer. ik heb haar naar het {{Onderwijsloket}} en {{Veilig Thuis IJsselland}} verwezen; geen individuele klachtbehandeling door ons
~
[[Jeroen van den Brink]]  29-01 14:18
👍 goed zo
""")

# ============================================================ hb08 onderzoeksopzet (docx -> LibreOffice)
doc(id="hb08", name="onderzoeksopzet_kwaliteitsonderzoek", producer="docx",
    opts=dict(font="Calibri", size=10.5, author="Ingrid Ouwehand", title="Onderzoeksopzet OGIS",
              last_modified_by="Anouk Brinkman"),
    hidden=dict(set={}, probes=[("Ingrid Ouwehand", "PERSON", "metadata")]),
    body="""
# Onderzoeksopzet kwaliteitsonderzoek bestuur
{{Stichting Onderwijsgroep IJssel en Salland}} ({{OGIS}}), bestuursnummer {{41873}}
Zaaknummer {{ONK-2025-0417}} - versie 0.3 - 3 februari 2025
## 1. Aanleiding
Het vierjaarlijks onderzoek bij {{OGIS}} stond gepland voor het najaar van 2025. Door drie signalen van ouders, de uitspraak van de {{Landelijke Klachtencommissie Onderwijs}} van 12 december 2024 en dalende resultaten halen wij het onderzoek naar voren. Het onderzoek wordt uitgevoerd volgens het onderzoekskader 2021 op grond van artikel 11 en 15 van de {{Wet op het onderwijstoezicht}}.
## 2. Scholen en verificatieactiviteiten
|School|BRIN|Sector|Onderzoek|
|{{Willem de Zwijgerschool}}|{{07QX}}|po|verificatie KA1, OP2, OP4, SK1; onderzoek naar risico's|
|{{Jan Ligthartschool}}|{{11RZ}}|po|verificatie OP1, OP3|
|{{Annie M.G. Schmidtschool}}|{{15KB}}|po|geen (alleen documentenanalyse)|
|{{Johan de Witt College}}|{{20HT}}|vo (havo/vwo)|verificatie SK1, OP4, OR1; verzuim|
|{{Sint-Lebuïnus College}}|{{21PC}}|vo (vmbo)|verificatie OP2|
## 3. Inspectieteam
|Naam|Rol|Paraaf|
|[[drs. I. (Ingrid) Ouwehand]]|leidend inspecteur, bestuur|[[IO]]|
|[[J. van den Brink]]|inspecteur po|[[JvdB]]|
|[[F. el Amrani]]|inspecteur vo|[[FeA]]|
|[[S. Rijpkema MSc]]|analist|[[SR]]|
|[[A. Brinkman]]|secretariaat|[[AB]]|
## 4. Planning
Startgesprek 18 februari 2025; schoolbezoeken in week 10 en 11; gesprekken met de raad van toezicht, de {{GMR}} en een groep ouders; eindgesprek 1 april 2025; conceptrapport 11 april 2025. De {{PO-Raad}} en de {{VO-raad}} worden niet betrokken.
## 5. Privacy
Leerlinggegevens worden alleen ingezien op locatie. In het dossier komen geen namen van leerlingen; waar dat toch gebeurt (signalen), worden deze bij openbaarmaking weggelakt.
""")

# ============================================================ hb09 aankondigingsbrief
doc(id="hb09", name="aankondigingsbrief_bestuur", producer="Times",
    opts=dict(size=10.5, title="Aankondiging kwaliteitsonderzoek bestuur"),
    body="""
{{Inspectie van het Onderwijs}}
Postbus 2730 - 3500 GS {{Utrecht}} - T {{088 669 60 00}} - www.onderwijsinspectie.nl
~
Aan het bevoegd gezag van {{Stichting Onderwijsgroep IJssel en Salland}}
t.a.v. [[de heer drs. R.J. Oudekerk]], voorzitter college van bestuur
Postbus 412
7400 AK {{Deventer}}
~
Datum: 5 februari 2025
Ons kenmerk: {{2025-0031872}}
Zaaknummer: {{ONK-2025-0417}}
Contactpersoon: [[mw. drs. I. Ouwehand]]
Telefoon: [[06 - 21 09 73 58]]
E-mail: [[i.ouwehand@owinsp.nl]]
Onderwerp: aankondiging kwaliteitsonderzoek bestuur (bestuursnummer {{41873}})
~
Geachte [[heer Oudekerk]],
Met deze brief kondig ik het kwaliteitsonderzoek bij {{Stichting Onderwijsgroep IJssel en Salland}} aan. Wij voeren dit onderzoek uit op grond van artikel 11 van de {{Wet op het onderwijstoezicht}}. Het onderzoek is naar voren gehaald naar aanleiding van signalen over de {{Willem de Zwijgerschool}} (BRIN {{07QX}}) en het {{Johan de Witt College}} (BRIN {{20HT}}).
Wij onderzoeken of het bestuur zicht heeft op de kwaliteit van het onderwijs op zijn scholen en of het stuurt op verbetering (standaarden KA1, KA2 en KA3). Daarnaast onderzoeken wij op de genoemde scholen de standaarden Zicht op ontwikkeling en begeleiding (OP2), Extra ondersteuning (OP4) en Veiligheid (SK1), met het oog op de wettelijke vereisten uit de {{WPO}} en de {{WVO 2020}}.
Het startgesprek vindt plaats op dinsdag 18 februari 2025 om 10.00 uur op uw bestuursbureau. Namens de inspectie zijn aanwezig: [[mevrouw Ouwehand]] (leidend inspecteur), [[de heer Van den Brink]] (inspecteur primair onderwijs) en [[mevrouw El Amrani]] (inspecteur voortgezet onderwijs).
Wij vragen u uiterlijk 14 februari 2025 de volgende documenten aan te leveren via het beveiligde uploadportaal: het strategisch beleidsplan 2023-2027, het jaarverslag 2023, de laatste kwaliteitsrapportage aan de raad van toezicht, de klachtenregeling en de schoolondersteuningsprofielen van de genoemde scholen.
Een afschrift van deze brief gaat naar de voorzitter van de raad van toezicht, [[mr. G.J. Haverkamp]], en naar de {{gemeenschappelijke medezeggenschapsraad}}.
~
Met vriendelijke groet,
[[drs. I. Ouwehand]]
leidend inspecteur
""")

# ============================================================ hb10 presentielijst startgesprek
doc(id="hb10", name="presentielijst_startgesprek", producer="Helvetica",
    opts=dict(size=10, title="Presentielijst", colwidths={4: [2.2, 3.4, 2.2, 1.0]}),
    body="""
# Presentielijst startgesprek kwaliteitsonderzoek
{{Stichting Onderwijsgroep IJssel en Salland}} - bestuursbureau, {{Brinkgreverweg}} 60, {{Deventer}}
Dinsdag 18 februari 2025, 10.00 - 12.30 uur - zaak {{ONK-2025-0417}}
|Naam|Functie / organisatie|Telefoon|Paraaf|
|[[OUDEKERK, R.J.]]|voorzitter college van bestuur, {{OGIS}}|[[06-13579246]]|[[RJO]]|
|[[TJON-A-FONG, Y.M.]]|lid college van bestuur, {{OGIS}}|[[06-33871902]]|[[YTAF]]|
|[[KAPTEIN, M.]]|bestuurssecretaris (notulist)|[[0570 74 52 11]]|[[MK]]|
|[[BROUWER-LANSINK, N.]]|beleidsmedewerker kwaliteit|-|[[NBL]]|
|[[OUWEHAND, I.]]|leidend inspecteur, {{Inspectie van het Onderwijs}}|-|[[IO]]|
|[[VAN DEN BRINK, J.]]|inspecteur po, {{Inspectie van het Onderwijs}}|-|[[JvdB]]|
|[[EL AMRANI, F.]]|inspecteur vo, {{Inspectie van het Onderwijs}}|-|[[FeA]]|
~
Afwezig met bericht: [[HAVERKAMP, G.J.]] (voorzitter raad van toezicht), schuift aan bij het gesprek met de raad op 24 februari.
Algemeen nummer bestuursbureau: {{0570 74 52 00}}; algemeen e-mailadres: {{bestuursbureau@ogis.nl}}.
""")

# ============================================================ hb11 verslag startgesprek + actielijst (docx)
doc(id="hb11", name="verslag_startgesprek", producer="docx",
    opts=dict(font="Liberation Serif", size=11, author="", title="Verslag startgesprek"),
    body="""
# Verslag startgesprek
Kwaliteitsonderzoek bestuur {{OGIS}} - 18 februari 2025 - zaak {{ONK-2025-0417}}
Aanwezig: [[R.J. Oudekerk]] (RJO), [[Y.M. Tjon-A-Fong]] (YTAF), [[M. Kaptein]] (MK, verslag), [[N. Brouwer-Lansink]] (NBL); namens de inspectie [[I. Ouwehand]] (IO), [[J. van den Brink]] (JvdB), [[F. el Amrani]] (FeA).
## 1. Opening en doel
[[IO]] licht het doel van het onderzoek toe. [[RJO]] geeft aan dat het bestuur de signalen herkent. Volgens hem is de situatie op de {{Willem de Zwijgerschool}} na het vertrek van de vorige directeur verslechterd; de huidige directeur, [[mevrouw Mulder-Smit]], is sinds augustus 2024 in functie.
## 2. Kwaliteitszorg
[[NBL]] presenteert de kwaliteitskalender. Het bestuur gebruikt {{ParnasSys}} en {{Somtoday}} als leerlingvolgsysteem; de analyse van de eindtoets gebeurt per school. [[JvdB]] vraagt hoe het bestuur weet dat de afspraken uit ontwikkelingsperspectieven worden uitgevoerd. [[YTAF]]: "Dat weten we eerlijk gezegd niet op bestuursniveau."
## 3. Verzuim en thuiszitters
[[FeA]] bespreekt het verzuim op het {{Johan de Witt College}}. Het aantal thuiszitters is volgens {{DUO}} gestegen van 3 naar 9. De samenwerking met de leerplichtambtenaar van de gemeente {{Deventer}} en het {{Samenwerkingsverband VO Deventer}} verloopt moeizaam.
## 4. Actielijst
|Nr.|Actie|Wie|Wanneer|
|1|Aanleveren analyse eindtoets 2022-2024 per school|Actie: [[NBL]]|25-02-2025|
|2|Planning schoolbezoeken naar scholen sturen|Actie: [[JvdB]]|20-02-2025|
|3|Gesprek plannen met raad van toezicht en {{GMR}}|Actie: [[MK]]|21-02-2025|
|4|Verzuimcijfers {{Johan de Witt College}} opvragen bij rector|Actie: [[FeA]]|28-02-2025|
|5|Klachtenregeling en uitspraak {{LKC}} nasturen|Actie: [[RJO]]|21-02-2025|
Volgende afspraak: gesprek met de raad van toezicht, 24 februari 2025, 19.30 uur.
""")

# ============================================================ hb12 notulen raad van toezicht (2 pages)
doc(id="hb12", name="notulen_raad_van_toezicht", producer="LiberationSerif",
    opts=dict(size=10.5, title="Notulen RvT OGIS 24-02-2025 - concept Marjolein", lead_factor=1.4,
              footer="Notulen raad van toezicht OGIS - vertrouwelijk - pagina {p}"),
    hidden=dict(set={}, probes=[("Marjolein", "PERSON", "metadata")]),
    body="""
# Notulen vergadering raad van toezicht
{{Stichting Onderwijsgroep IJssel en Salland}} ({{OGIS}})
Datum: maandag 24 februari 2025, 19.30 uur, bestuursbureau {{Deventer}}
Aanwezig: [[mr. G.J. HAVERKAMP]] (voorzitter), [[L. VELDHUIS-TER HORST]], [[A. YILDIRIM]], [[B. O'SULLIVAN]], [[drs. H. SCHOLTE]]
Namens het college van bestuur: [[R.J. Oudekerk]] en [[Y.M. Tjon-A-Fong]]
Gasten (agendapunt 3): [[mw. I. Ouwehand]] en [[dhr. J. van den Brink]], {{Inspectie van het Onderwijs}}
Notulen: [[M. Kaptein]]
## 1. Opening en vaststelling agenda
De voorzitter opent de vergadering om 19.32 uur. Agendapunt 6 (remuneratie) wordt besproken zonder het college van bestuur.
## 2. Notulen 9 december 2024
Ongewijzigd vastgesteld. Naar aanleiding van: [[mevrouw Veldhuis]] vraagt naar de stand van de klacht bij de {{LKC}}. [[Oudekerk]] meldt dat de uitspraak van 12 december 2024 de klacht gegrond heeft verklaard op twee van de vier onderdelen.
## 3. Gesprek met de inspectie
[[Mevrouw Ouwehand]] licht toe waarom het kwaliteitsonderzoek naar voren is gehaald. De raad wil weten hoe de inspectie met signalen van ouders omgaat. [[De heer Van den Brink]] legt uit dat de inspectie geen klachten behandelt maar signalen gebruikt voor het risicogerichte toezicht; de naam van een melder wordt niet aan het bestuur bekendgemaakt.
[[De heer Yıldırım]] vraagt of de raad zelf voldoende zicht heeft gehad. De inspectie zal dit meenemen bij standaard KA3 (verantwoording en dialoog) en bij de rol van de intern toezichthouder volgens artikel 17c {{WPO}} en artikel 3.7 {{WVO 2020}}.
[[Mevrouw O'Sullivan]] (remuneratiecommissie) merkt op dat de raad in 2024 twee keer heeft gesproken over de resultaten van de {{Willem de Zwijgerschool}} maar geen verbeterplan heeft gevraagd.
===
## 4. Rapportage kwaliteit Q4 2024
[[Tjon-A-Fong]] presenteert de rapportage. De resultaten op de {{Jan Ligthartschool}} en de {{Annie M.G. Schmidtschool}} liggen boven de signaleringswaarden. Op het {{Sint-Lebuïnus College}} is het examenresultaat vmbo-basis verbeterd. De raad vraagt om een aparte rapportage over verzuim in het voortgezet onderwijs.
## 5. Begroting en {{Nationaal Programma Onderwijs}}
[[Drs. Scholte]] (auditcommissie) meldt dat de resterende NPO-middelen ad € 412.000 in 2025 worden ingezet voor leesonderwijs. De accountant ({{Verstegen accountants en adviseurs}}) heeft geen bezwaar.
## 6. Remuneratie (besloten)
Dit agendapunt is besproken zonder het college van bestuur. Het verslag wordt apart bewaard door de secretaris van de raad.
## 7. Rondvraag en sluiting
[[Haverkamp]] bedankt de inspecteurs. De volgende vergadering is op 14 april 2025. Sluiting om 21.48 uur.
~
Actiepunten:
|Nr.|Actie|Wie|
|25-01|Verbeterplan {{Willem de Zwijgerschool}} agenderen|[[RJO]]|
|25-02|Rapportage verzuim vo per kwartaal|[[YTAF]]|
|25-03|Zelfevaluatie raad van toezicht (met {{VTOI-NVTK}})|[[GJH]]|
""")

# ============================================================ hb13 notulen MR
doc(id="hb13", name="notulen_mr_willem_de_zwijgerschool", producer="Helvetica",
    opts=dict(size=10, title="Notulen MR"),
    body="""
# Notulen medezeggenschapsraad {{Willem de Zwijgerschool}}
Dinsdag 4 maart 2025, 19.00 uur, teamkamer
Aanwezig: [[Sandra Wijnberg]] (voorzitter, oudergeleding), [[Kevin Roelofs]] (oudergeleding), [[Tom Hofstede]] (personeelsgeleding), [[Priya Ramdin]] (secretaris, personeelsgeleding); op uitnodiging [[Karin Mulder-Smit]] (directeur) bij punt 2 en 3
Afwezig: [[Nienke]] (oudergeleding, ziek)
## 1. Mededelingen
[[Sandra]] meldt dat de {{GMR}} een brief van de {{Inspectie van het Onderwijs}} heeft ontvangen over het kwaliteitsonderzoek. De MR wordt gevraagd voor een gesprek op 11 maart met [[mevrouw El Amrani]] en [[meneer Van den Brink]].
## 2. Inspectieonderzoek
[[Karin]] vertelt dat de inspectie op 11 en 12 maart lessen bezoekt in groep 5 tot en met 8. De directie verwacht vragen over de eindtoets en de ondersteuning. [[Tom]] zegt dat het team zich onder druk gezet voelt; twee collega's zijn met verlof. De vervanging van groep 7 is sinds januari geregeld via {{Onderwijsbureau Salland}}.
## 3. Klacht ouders groep 7
Er is een klacht ingediend over [[meester Bram]]. De MR bespreekt geen individuele zaken; de directeur bevestigt dat de klacht volgens de klachtenregeling van {{OGIS}} wordt behandeld en dat de vertrouwenspersoon is ingeschakeld.
## 4. Schoolgids en ouderbijdrage
De schoolgids 2025-2026 wordt in juni vastgesteld. De vrijwillige ouderbijdrage blijft € 45. Ouders mogen niet worden uitgesloten van activiteiten (artikel 13 {{WPO}}).
## 5. Rondvraag
[[Kevin]] vraagt of de MR-verkiezingen via {{Parro}} kunnen. [[Priya]] zoekt dit uit.
Actie: [[PR]] - verkiezingen via {{Parro}}; Actie: [[SW]] - gesprek inspectie voorbereiden.
Volgende vergadering: 15 april 2025.
""")

# ============================================================ hb14 klacht over leerkracht
doc(id="hb14", name="klacht_leerkracht_groep7", producer="Times",
    opts=dict(size=11, title="Klacht"),
    body="""
[[P.M. van Dongen-Kuipers]]
[[Havikstraat 8]]
[[7422 GD]] {{Deventer}}
[[petravandongen@ziggo.nl]] / [[06-24681357]]
~
Aan het college van bestuur van {{Stichting Onderwijsgroep IJssel en Salland}}
t.a.v. de klachtencommissie
Postbus 412, 7400 AK {{Deventer}}
~
Deventer, 6 maart 2025
Betreft: formele klacht over de leerkracht van groep 7 van de {{Willem de Zwijgerschool}}
~
Geachte leden van de klachtencommissie,
Hierbij dien ik een formele klacht in over [[de heer B. Oosterveld]], leerkracht van groep 7, en over de wijze waarop de directie met mijn eerdere meldingen is omgegaan.
Mijn zoon [[Sem]] (leerlingnummer [[448209]], geboren op [[2 november 2013]]) heeft [[ADHD (gecombineerd type)]] en [[ernstige dyslexie]]. Dit is vastgesteld door [[drs. A.F. Tromp]], GZ-psycholoog. In zijn ontwikkelingsperspectief is afgesproken dat hij extra tijd krijgt bij toetsen, dat toetsen worden voorgelezen en dat hij een koptelefoon mag gebruiken.
[[Meester Bram]] heeft deze afspraken sinds november niet uitgevoerd. Op 28 januari heeft hij [[Sem]] voor de klas gezegd dat "[[ADHD]] geen excuus is om niet op te letten". [[Sem]] gebruikt sinds december [[methylfenidaat]]; de leerkracht heeft in de klas gevraagd of hij "zijn pilletje al had gehad".
Ik heb hierover op 6 december 2024 gesproken met de intern begeleider, [[juf Esther]], en op 14 januari 2025 met de directeur, [[mevrouw K. Mulder-Smit]]. Ik heb daarna geen schriftelijke reactie gekregen.
Ik vraag de commissie mijn klacht gegrond te verklaren en het bestuur te vragen maatregelen te nemen. Een afschrift van deze brief stuur ik naar de {{Inspectie van het Onderwijs}} (meldpunt signalen) en naar de {{Landelijke Klachtencommissie Onderwijs}}.
~
Met vriendelijke groet,
[[Petra van Dongen]]
""")

# ============================================================ hb15 reactie bestuurder op klacht (docx)
doc(id="hb15", name="reactie_bestuur_op_klacht", producer="docx",
    opts=dict(font="Arial", size=10, author="Marjolein Kaptein", title="Reactie op uw klacht"),
    hidden=dict(set={}, probes=[("Marjolein Kaptein", "PERSON", "metadata")]),
    body="""
{{Stichting Onderwijsgroep IJssel en Salland}}
College van bestuur - Postbus 412 - 7400 AK {{Deventer}} - {{0570 74 52 00}} - {{bestuursbureau@ogis.nl}}
~
Vertrouwelijk
[[Mevrouw P.M. van Dongen-Kuipers]]
[[Havikstraat 8]]
[[7422 GD]] {{Deventer}}
~
Deventer, 14 maart 2025
Kenmerk: {{CvB/2025/117}}
Betreft: uw klacht van 6 maart 2025
~
Geachte [[mevrouw Van Dongen]],
Op 7 maart 2025 hebben wij uw klacht over [[de heer Oosterveld]] en de directie van de {{Willem de Zwijgerschool}} ontvangen. Wij betreuren het dat u zich niet gehoord voelt.
Uw klacht is op grond van de klachtenregeling van {{OGIS}} doorgestuurd naar de {{Landelijke Klachtencommissie Onderwijs}}, waarbij onze scholen zijn aangesloten. Daarnaast heb ik de directeur gevraagd binnen twee weken een gesprek met u te plannen, samen met de intern begeleider en [[de heer Hofstede]] als vertrouwenspersoon.
Over de leerkracht kan ik u in verband met zijn privacy geen mededelingen doen over eventuele arbeidsrechtelijke maatregelen. Wel kan ik u zeggen dat de afspraken uit het ontwikkelingsperspectief van [[Sem]] met ingang van 17 maart 2025 worden uitgevoerd door de vervangende leerkracht, [[mevrouw D. Yılmaz-Bakker]].
Heeft u vragen, dan kunt u contact opnemen met de bestuurssecretaris, [[mevrouw M. Kaptein]], telefoon [[0570 74 52 11]], e-mail [[m.kaptein@ogis.nl]].
~
Met vriendelijke groet,
~
[[drs. R.J. Oudekerk]]
voorzitter college van bestuur
~
Afschrift: directeur {{Willem de Zwijgerschool}}; {{Inspectie van het Onderwijs}} (zaak {{ONK-2025-0417}})
""")

# ============================================================ hb16 leerlingoverzicht ondersteuning (special categories)
doc(id="hb16", name="leerlingoverzicht_ondersteuning", producer="DejaVuSansMono",
    opts=dict(size=8.5, landscape_=True, title="Leerlingoverzicht",
              colwidths={7: [1.1, 2.0, 1.1, 0.6, 2.6, 1.6, 1.6]}),
    body="""
# Overzicht leerlingen met extra ondersteuning
{{Willem de Zwijgerschool}} (BRIN {{07QX}}) - export {{ParnasSys}} 17-03-2025 - ten behoeve van verificatie OP4
|Leerlingnr.|Naam|Geb.datum|Groep|Ondersteuningsbehoefte|OPP / arrangement|Contact ouder|
|[[448209]]|[[Sem van Dongen]]|[[02-11-2013]]|7|[[ADHD, dyslexie]]|OPP sinds 09-2023|[[P. van Dongen-Kuipers]]|
|[[448127]]|[[Yassin Bouzid]]|[[14-03-2014]]|7|sociaal-emotioneel; pestproblematiek|groepsplan|[[M. Bouzid]]|
|[[447761]]|[[Fenna Hoekstra]]|[[09-08-2016]]|5|[[autismespectrumstoornis (ASS)]]; thuiszitter|OPP + arrangement SWV|[[J.W. Hoekstra]]|
|[[448355]]|[[Noah Jacobs]]|[[30-05-2014]]|6|[[diabetes type 1]] (medisch handelingsprotocol)|medisch protocol|[[L. Jacobs]]|
|[[448402]]|[[Lina Haddou]]|[[17-01-2015]]|6|NT2, nieuwkomer|taalklas|[[K. Haddou]]|
|[[447930]]|[[Mees de Wolff]]|[[22-07-2016]]|5|[[epilepsie]]; meer- en hoogbegaafd|plusklas|[[R. de Wolff]]|
|[[448118]]|[[Jayden Tjin]]|[[05-12-2013]]|8|[[dyscalculie]]|OPP|[[S. Tjin-Asjoe]]|
~
Totaal 7 leerlingen met een ontwikkelingsperspectief of arrangement van het {{Samenwerkingsverband PO Deventer}}. Intern begeleider: [[E. Bosman]]. Dit overzicht bevat bijzondere persoonsgegevens (artikel 9 {{AVG}}): alleen inzien op locatie, niet meenemen.
""")

# ============================================================ hb17 conceptrapport (3 pages)
doc(id="hb17", name="conceptrapport_kwaliteitsonderzoek", producer="DejaVuSerif",
    opts=dict(size=10.5, lead_factor=1.4, title="Conceptrapport kwaliteitsonderzoek OGIS",
              header="CONCEPT - niet verspreiden - {{ONK-2025-0417}}",
              footer="Inspectie van het Onderwijs - conceptrapport OGIS - pagina {p}"),
    hidden=dict(set=dict(xmp_creator=["Fatima el Amrani", "Jeroen van den Brink"]),
                probes=[("Fatima el Amrani", "PERSON", "metadata"),
                        ("Jeroen van den Brink", "PERSON", "metadata")]),
    body="""
# Conceptrapport kwaliteitsonderzoek bij {{Stichting Onderwijsgroep IJssel en Salland}}
Plaats: {{Deventer}} - Bestuursnummer: {{41873}} - Onderzoeksnummer: {{302118}} - Datum onderzoek: 18 februari tot en met 1 april 2025 - Datum conceptrapport: 11 april 2025
## Samenvatting
Wij hebben onderzocht of het bestuur van {{Stichting Onderwijsgroep IJssel en Salland}} ({{OGIS}}) zorgt voor goed onderwijs en of het de financiën op orde heeft. Het bestuur is verantwoordelijk voor vijf scholen: drie scholen voor primair onderwijs en twee scholen voor voortgezet onderwijs in {{Deventer}}. Er gaan ongeveer 2.450 leerlingen naar deze scholen.
Het bestuur heeft onvoldoende zicht op de kwaliteit van het onderwijs op zijn scholen. Het kwaliteitszorgsysteem is op papier goed geregeld, maar het bestuur gebruikt de informatie niet om bij te sturen. Daardoor heeft het bestuur niet tijdig ingegrepen toen de resultaten van de {{Willem de Zwijgerschool}} drie jaar achter elkaar onder de signaleringswaarden bleven.
Op de {{Willem de Zwijgerschool}} beoordelen wij de standaarden Zicht op ontwikkeling en begeleiding (OP2) en Extra ondersteuning (OP4) als onvoldoende. De school voldoet niet aan artikel 8, elfde lid, van de {{WPO}}: niet voor alle leerlingen met een ontwikkelingsperspectief wordt jaarlijks met de ouders op overeenstemming gericht overleg gevoerd. Op het {{Johan de Witt College}} is de standaard Veiligheid (SK1) onvoldoende: de school monitort de sociale veiligheid niet jaarlijks met een instrument dat een actueel en representatief beeld geeft (artikel 3.29 {{WVO 2020}}).
Wat moet beter? Het bestuur moet binnen een jaar zorgen dat de tekortkomingen zijn hersteld en dat de kwaliteitszorg (KA1) voldoende is. Wij geven daarvoor herstelopdrachten.
## 1. Opzet van het onderzoek
Wij hebben gesprekken gevoerd met het college van bestuur, de raad van toezicht, de {{GMR}}, schoolleiders, leraren, intern begeleiders en ouders. Op de {{Willem de Zwijgerschool}} (BRIN {{07QX}}) en het {{Johan de Witt College}} (BRIN {{20HT}}) hebben wij lessen bezocht en documenten geanalyseerd. Op de {{Jan Ligthartschool}} ({{11RZ}}) en het {{Sint-Lebuïnus College}} ({{21PC}}) hebben wij verificatieactiviteiten uitgevoerd.
Contactpersoon bestuur voor dit onderzoek was [[mevrouw N. Brouwer-Lansink]], beleidsmedewerker kwaliteit. De leidend inspecteur was [[drs. I. Ouwehand]].
## 2. Oordelen op bestuursniveau
|Standaard|Oordeel|
|KA1 Kwaliteitszorg|Onvoldoende|
|KA2 Kwaliteitscultuur|Voldoende|
|KA3 Verantwoording en dialoog|Voldoende|
|FB1 Continuïteit|Voldoende|
|FB2 Doelmatigheid|Voldoende|
|FB3 Rechtmatigheid|Voldoende|
===
## 3. Resultaten per school
## Willem de Zwijgerschool
De school heeft een duidelijke visie op het onderwijs, maar de uitvoering schiet tekort. Voor zeven leerlingen is een ontwikkelingsperspectief opgesteld; bij vier leerlingen ontbreekt de jaarlijkse evaluatie met de ouders. De eindresultaten liggen voor het derde jaar onder de signaleringswaarde voor 1F lezen. De directeur, die sinds augustus 2024 in functie is, heeft een verbeterplan opgesteld dat wij kansrijk vinden.
## Johan de Witt College
De school heeft een sterke onderwijskwaliteit in de bovenbouw havo/vwo. Het verzuim is in 2024 sterk gestegen; het aantal thuiszitters nam toe van drie naar negen. De school meldt ongeoorloofd verzuim niet altijd binnen de wettelijke termijn bij {{DUO}} (artikel 21 {{Leerplichtwet 1969}}). De monitoring van sociale veiligheid ontbrak in het schooljaar 2023-2024.
## Jan Ligthartschool en Sint-Lebuïnus College
Op beide scholen hebben wij geen tekortkomingen vastgesteld. De {{Jan Ligthartschool}} werkt aantoonbaar planmatig aan het leesonderwijs; het {{Sint-Lebuïnus College}} heeft de examenresultaten in de basisberoepsgerichte leerweg verbeterd.
## Annie M.G. Schmidtschool
Op deze school hebben wij geen verificatieactiviteiten uitgevoerd. Uit de documentenanalyse en de gesprekken met het bestuur blijkt geen risico.
===
## 4. Financieel beheer
Het bestuur is financieel gezond. De solvabiliteit (2) was eind 2023 0,58 en de liquiditeit 2,4. Het eigen vermogen ligt onder de signaleringswaarde voor bovenmatig eigen vermogen. De resterende middelen uit het {{Nationaal Programma Onderwijs}} worden in 2025 ingezet voor leesonderwijs. De accountant heeft bij de jaarrekening 2023 een goedkeurende controleverklaring afgegeven. Het jaarverslag voldoet aan de eisen van de {{Regeling jaarverslaggeving onderwijs}}; wel ontbreekt een toelichting op de besteding van de werkdrukmiddelen per school.
## 5. Reactie van het bestuur
Het bestuur heeft in het eindgesprek op 1 april 2025 aangegeven zich te herkennen in de hoofdlijnen van de bevindingen. Het bestuur heeft een verbeterplan opgesteld voor de {{Willem de Zwijgerschool}} en zal de {{GMR}} daarbij betrekken. Een volledige reactie van het bestuur wordt na de zienswijzeprocedure in het rapport opgenomen.
## 6. Vervolg
Het bestuur kan binnen tien werkdagen een zienswijze geven op dit conceptrapport. Daarna stellen wij het rapport vast en publiceren het op {{toezichtdocumenten.nl}}. Over de herstelopdrachten ontvangt het bestuur een afzonderlijke brief van de hoofdinspecteur.
Vragen over dit rapport kunt u stellen aan [[drs. I. Ouwehand]] via {{088 669 60 00}}.
""")

# ============================================================ hb18 herstelopdracht (hoofdinspecteur namens minister)
doc(id="hb18", name="herstelopdracht_bestuur", producer="Times",
    opts=dict(size=11, title="Herstelopdracht", lead_factor=1.35),
    body="""
{{Inspectie van het Onderwijs}}
Ministerie van {{Onderwijs, Cultuur en Wetenschap}}
~
Aan het bevoegd gezag van {{Stichting Onderwijsgroep IJssel en Salland}}
t.a.v. het college van bestuur
Postbus 412
7400 AK {{Deventer}}
~
Datum: 2 mei 2025
Kenmerk: {{2025-0048815}}
Zaaknummer: {{ONK-2025-0417}}
Behandeld door: [[J. van den Brink]]
Doorkiesnummer: [[088 669 64 27]]
Onderwerp: herstelopdrachten naar aanleiding van het kwaliteitsonderzoek
~
Geacht college,
Op 1 april 2025 hebben wij het kwaliteitsonderzoek bij {{Stichting Onderwijsgroep IJssel en Salland}} afgerond. In het rapport, dat op 29 april 2025 is vastgesteld, staan onze oordelen. In deze brief geef ik u, namens de minister van {{Onderwijs, Cultuur en Wetenschap}}, de herstelopdrachten die uit het onderzoek volgen.
## Herstelopdracht 1 - Kwaliteitszorg bestuur (KA1)
Het bestuur zorgt dat het een systeem van kwaliteitszorg heeft waarmee het de kwaliteit van het onderwijs op al zijn scholen bewaakt en bij tekortkomingen tijdig verbetermaatregelen neemt (artikel 10 {{WPO}} en artikel 2.1 {{WVO 2020}}). Termijn: 2 mei 2026.
## Herstelopdracht 2 - Ontwikkelingsperspectief (OP4), {{Willem de Zwijgerschool}}
De school stelt voor iedere leerling met een ontwikkelingsperspectief vast dat daarover met de ouders op overeenstemming gericht overleg is gevoerd en evalueert het ontwikkelingsperspectief jaarlijks met de ouders (artikel 8, elfde lid, {{WPO}}). Termijn: 1 november 2025.
## Herstelopdracht 3 - Monitoring sociale veiligheid (SK1), {{Johan de Witt College}}
De school monitort jaarlijks de sociale veiligheid met een instrument dat een actueel en representatief beeld geeft (artikel 3.29 {{WVO 2020}}). Termijn: 1 november 2025.
## Herstelopdracht 4 - Melden van verzuim, {{Johan de Witt College}}
De school meldt ongeoorloofd verzuim binnen de termijn van artikel 21a van de {{Leerplichtwet 1969}} via het verzuimregister van {{DUO}}. Termijn: 1 september 2025.
===
## Vervolgtoezicht
Wij voeren uiterlijk in mei 2026 een herstelonderzoek uit. Bij het herstelonderzoek bekijken wij of de tekortkomingen zijn hersteld. Als dat niet het geval is, kan dit leiden tot een aanwijzing van de minister (artikel 15 van de {{Wet op het onderwijstoezicht}}) of een bekostigingssanctie. Ik wijs u erop dat de herstelopdrachten ook zullen worden vermeld op {{toezichtdocumenten.nl}}.
De gemeente {{Deventer}} (leerplicht) en het {{Samenwerkingsverband VO Deventer}} ontvangen een afschrift van herstelopdracht 4.
~
Hoogachtend,
de minister van {{Onderwijs, Cultuur en Wetenschap}},
namens deze,
de hoofdinspecteur Primair en Voortgezet Onderwijs,
~
[[drs. H.M. Schouten-Bleeker]]
~
Tegen dit besluit kunt u binnen zes weken bezwaar maken. Stuur uw bezwaarschrift naar de {{Inspectie van het Onderwijs}}, t.a.v. Juridische Zaken, Postbus 2730, 3500 GS {{Utrecht}}.
Afschrift aan: raad van toezicht {{OGIS}}, t.a.v. [[mr. G.J. Haverkamp]]; gemeente {{Deventer}}, t.a.v. [[de heer G. Wolters]] (leerplicht).
""")

# ============================================================ hb19 e-mail bestuurder <-> inspecteur (zienswijze)
doc(id="hb19", name="email_bestuurder_zienswijze", producer="Carlito",
    opts=dict(size=10.5, title="RE: zienswijze conceptrapport"),
    body="""
Van: [[Ouwehand, Ingrid]] <[[i.ouwehand@owinsp.nl]]>
Verzonden: donderdag 24 april 2025 09:14
Aan: [[Robert Oudekerk]] <[[r.oudekerk@ogis.nl]]>
CC: [[Brink, Jeroen van den]] <[[j.vandenbrink@owinsp.nl]]>; [[Kaptein, Marjolein]] <[[m.kaptein@ogis.nl]]>
Onderwerp: RE: zienswijze conceptrapport {{OGIS}} - termijn
~
Beste [[Robert]],
Dank voor je bericht. De termijn voor de zienswijze is tien werkdagen na ontvangst van het conceptrapport, dus uiterlijk 25 april. Een verlenging van een week is mogelijk; ik noteer 2 mei 2025 als nieuwe datum. Het vaststellen van het rapport schuift daardoor op.
Het gesprek met de raad van toezicht over de herstelopdrachten plan ik graag in overleg met [[Marjolein]].
~
Met vriendelijke groet,
[[Ingrid Ouwehand]]
leidend inspecteur | {{Inspectie van het Onderwijs}}
[[06 - 21 09 73 58]]
~
-----Oorspronkelijk bericht-----
Van: [[Robert Oudekerk]] <[[r.oudekerk@ogis.nl]]>
Verzonden: woensdag 23 april 2025 22:47
Aan: [[Ouwehand, Ingrid]] <[[i.ouwehand@owinsp.nl]]>
Onderwerp: zienswijze conceptrapport {{OGIS}} - termijn
~
Beste [[Ingrid]],
Het college van bestuur herkent zich in grote lijnen in het conceptrapport, maar heeft bezwaar tegen de weergave van de rol van de raad van toezicht en tegen het oordeel onvoldoende op KA1. Wij willen daarover een zienswijze schrijven, en [[Geert-Jan]] (voorzitter RvT) wil die eerst in de raad bespreken. Die vergadert pas 14 april... excuus, 28 april.
Kunnen wij een week uitstel krijgen?
Daarnaast: in paragraaf 3 wordt gesproken over "vier leerlingen" waarbij de evaluatie ontbreekt. Op een school met 210 leerlingen zijn die leerlingen voor ouders herkenbaar. Kan dat algemener?
~
Hartelijke groet,
[[Robert]]
~
[[Robert Oudekerk]]
voorzitter college van bestuur
{{Stichting Onderwijsgroep IJssel en Salland}}
[[06-13579246]] (mobiel) | {{0570 74 52 00}} (bestuursbureau)
Verzonden vanaf mijn iPhone
""")

# ============================================================ hb20 zienswijze bestuur (docx, 2 pages)
doc(id="hb20", name="zienswijze_bestuur", producer="docx",
    opts=dict(font="Georgia", size=11, author="", title="Zienswijze OGIS"),
    body="""
{{Stichting Onderwijsgroep IJssel en Salland}}
College van bestuur
~
Aan de {{Inspectie van het Onderwijs}}
t.a.v. [[mevrouw drs. I. Ouwehand]]
Postbus 2730
3500 GS {{Utrecht}}
~
Deventer, 1 mei 2025
Kenmerk: {{CvB/2025/163}}
Uw kenmerk: {{ONK-2025-0417}}
Betreft: zienswijze op het conceptrapport kwaliteitsonderzoek
~
Geachte [[mevrouw Ouwehand]],
Wij danken u voor de gelegenheid om te reageren op het conceptrapport van 11 april 2025. Het college van bestuur en de raad van toezicht hebben het rapport besproken op 28 april 2025. Wij herkennen ons in de beschrijving van de situatie op de {{Willem de Zwijgerschool}} en het {{Johan de Witt College}}, en wij zijn dankbaar voor de waardering van de {{Jan Ligthartschool}}, de {{Annie M.G. Schmidtschool}} en het {{Sint-Lebuïnus College}}.
## Kwaliteitszorg (KA1)
Wij zijn het niet eens met het oordeel onvoldoende. Sinds 2023 werken wij met een kwaliteitskalender, schoolbezoeken door het college en een jaarlijkse zelfevaluatie per school. Wij erkennen dat de opvolging bij de {{Willem de Zwijgerschool}} te traag is geweest. Wij vragen u in het rapport ook te vermelden dat het bestuur in augustus 2024 een nieuwe directeur heeft benoemd en een interim intern begeleider heeft aangesteld.
## Herkenbaarheid van leerlingen
In paragraaf 3 wordt het aantal leerlingen met een ontbrekende evaluatie genoemd. Wij verzoeken u dit algemener te formuleren, zodat individuele leerlingen niet herkenbaar zijn.
## Rol van de raad van toezicht
De raad van toezicht heeft in 2024 twee keer over de resultaten gesproken. De voorzitter, [[mr. G.J. Haverkamp]], heeft daarover op 9 december 2024 met de wethouder onderwijs van de gemeente {{Deventer}}, {{wethouder Swart}}, gesproken. Wij verzoeken u dit in het rapport op te nemen.
===
## Verbeterplan
Bij deze zienswijze voegen wij het verbeterplan 2025-2026. Het plan is besproken met de {{GMR}} (voorzitter [[mevrouw E. van 't Hof]]) en met de MR van de {{Willem de Zwijgerschool}}. De {{PO-Raad}} heeft via het programma {{Goed bestuur in de praktijk}} een adviseur beschikbaar gesteld.
Voor vragen kunt u contact opnemen met [[Nicole Brouwer-Lansink]], beleidsmedewerker kwaliteit, [[n.brouwer-lansink@ogis.nl]], [[06-48290173]].
~
Met vriendelijke groet,
~
[[drs. R.J. Oudekerk]]                                        [[mr. G.J. Haverkamp]]
voorzitter college van bestuur                              voorzitter raad van toezicht
~
Bijlage: verbeterplan 2025-2026 (niet bijgevoegd in deze Woo-publicatie; openbaar via {{www.ogis.nl}})
""")

# ============================================================ hb21 e-mail leerplicht / GGD (health data)
doc(id="hb21", name="email_leerplicht_ggd_thuiszitter", producer="DejaVuSans",
    opts=dict(size=9.5, title="FW: thuiszitter JdW"),
    body="""
From: [[Wolters, Gerrit]] <[[g.wolters@deventer.nl]]>
Sent: Friday, 7 March 2025 15:21
To: [[El Amrani, Fatima]] <[[f.elamrani@owinsp.nl]]>
Cc: {{leerplicht@deventer.nl}}
Subject: FW: thuiszitter JdW - [[D.K.]] (klas 2)
~
Goedemiddag [[mevrouw El Amrani]],
Zoals telefonisch besproken stuur ik u hieronder het bericht van de jeugdarts door. Ik heb de moeder toestemming gevraagd; die heeft zij mondeling gegeven. Ik ga ervan uit dat u dit alleen gebruikt voor uw onderzoek naar het {{Johan de Witt College}} en niet opneemt in het rapport.
Het verzuim is gemeld bij {{DUO}} op 4 februari, bijna zes weken na de eerste verzuimdag. Dat is te laat (artikel 21 {{Leerplichtwet 1969}}).
~
Met vriendelijke groet,
[[Gerrit Wolters]]
leerplichtambtenaar | gemeente {{Deventer}} | team Leerplicht en RMC
T [[0570 69 34 12]] | algemeen {{14 0570}}
Bezoekadres: {{Stadhuis}}, {{Grote Kerkhof 1}}, {{Deventer}}
~
From: [[Dijkhuis-Olde Riekerink, Marieke]] <[[m.dijkhuis@ggdijsselland.nl]]>
Sent: Thursday, 6 March 2025 10:02
To: [[Wolters, Gerrit]]
Subject: RE: thuiszitter JdW
~
Hoi [[Gerrit]],
Ik heb [[Daryna]] ([[21-06-2011]]) op 5 maart gezien op het spreekuur van {{GGD IJsselland}}. Er is sprake van [[posttraumatische stressstoornis]], vastgesteld door {{Karakter}} in november 2024; zij is in behandeling ([[EMDR]]). Medisch gezien is er geen reden voor volledige vrijstelling; ik adviseer een opbouwrooster van twee dagdelen per week, met een vaste contactpersoon op school.
De mentor ([[dhr. J. Groeneveld]]) en de zorgcoördinator ([[Rik van Dam]]) zijn op de hoogte.
~
Groet,
[[Marieke Dijkhuis]]
jeugdarts KNMG, {{GGD IJsselland}} | BIG [[19057364201]]
[[06-39182746]]
""")

# ============================================================ hb22 verslag gesprek GMR (nicknames)
doc(id="hb22", name="gespreksverslag_gmr", producer="LiberationSans",
    opts=dict(size=10, title="Gespreksverslag GMR"),
    body="""
# Gespreksverslag {{GMR}} {{OGIS}}
Kwaliteitsonderzoek bestuur, zaak {{ONK-2025-0417}} - 12 maart 2025, 19.30-20.45 uur (online, {{Microsoft Teams}})
Inspectie: [[Ingrid Ouwehand]] (gespreksleider), [[Jeroen van den Brink]] (verslag)
{{GMR}}: [[Ellen van 't Hof]] (voorzitter, ouder {{Jan Ligthartschool}}), [[Hans-Peter ("Hapé") Visscher]] (personeel {{Sint-Lebuïnus College}}), [[Joke Brinkhuis]] (personeel {{Willem de Zwijgerschool}}), [[Mustafa Koç]] (ouder {{Johan de Witt College}}), [[Bep]] (personeel, [[Elisabeth Smeenk-Wessels]])
## Informatievoorziening
[[Van 't Hof]] vertelt dat de {{GMR}} de kwaliteitsrapportages krijgt, maar zonder toelichting per school. Volgens [[Hapé]] gaat de discussie in de {{GMR}} vooral over geld en huisvesting. [[Koç]] heeft als ouder via de MR van het {{Johan de Witt College}} de verzuimcijfers gevraagd; die kreeg hij pas na drie maanden.
## Rol in het verbeterplan
De {{GMR}} heeft instemmingsrecht op het strategisch beleidsplan en adviesrecht op de begroting ({{Wet medezeggenschap op scholen}}). Het verbeterplan voor de {{Willem de Zwijgerschool}} is niet aan de {{GMR}} voorgelegd. [[Joke]] zegt dat het team van de {{Willem de Zwijgerschool}} "pas na de brief van de inspectie" is meegenomen.
## Signalen van ouders
De inspectie vraagt of de {{GMR}} signalen van ouders herkent. [[Koç]]: op het {{Johan de Witt College}} voelen ouders van leerlingen met een ondersteuningsbehoefte zich niet gehoord. [[Bep]] noemt als voorbeeld een leerling van groep 7 wiens ouders al maanden wachten op een gesprek, maar noemt geen naam.
## Afspraken
De inspectie neemt deze informatie mee in het oordeel op KA3. De {{GMR}} ontvangt het conceptrapport via het bestuur. Het verslag wordt niet aan de {{GMR}} voorgelegd; het is een intern werkdocument van de inspectie.
Verslag: [[JvdB]], 13-03-2025; gezien: [[IO]], 14-03-2025.
""")

# ============================================================ hb23 paraaftabel (outline titles hidden)
doc(id="hb23", name="parafenblad_rapport", producer="Helvetica",
    opts=dict(size=10, title="Parafenblad vaststelling rapport",
              colwidths={4: [2.6, 3.0, 1.0, 1.2]}),
    hidden=dict(set=dict(outline=[("Parafen - J. van den Brink, I. Ouwehand", 0),
                                  ("Akkoord hoofdinspecteur (Schouten-Bleeker)", 0),
                                  ("Opmerking mr. Vlietstra en W. Kamphuis (juridisch)", 0)]),
                probes=[("Kamphuis", "PERSON", "outline")]),
    body="""
# Parafenblad vaststelling rapport
Rapport kwaliteitsonderzoek {{Stichting Onderwijsgroep IJssel en Salland}} - onderzoeksnummer {{302118}} - zaak {{ONK-2025-0417}}
Directie Primair en Voortgezet Onderwijs, regio Oost
|Naam|Functie|Paraaf|Datum|
|[[J. van den Brink]]|inspecteur po (opsteller po-deel)|[[JvdB]]|22-04-2025|
|[[F. el Amrani]]|inspecteur vo (opsteller vo-deel)|[[FeA]]|22-04-2025|
|[[I. Ouwehand]]|leidend inspecteur|[[IO]]|24-04-2025|
|[[M. ter Haar]]|coördinerend inspecteur, regio Oost|[[MtH]]|25-04-2025|
|[[mr. S. Vlietstra]]|juridisch adviseur, Juridische Zaken|[[SV]]|28-04-2025|
|[[K.L. Oyelaran]]|kwaliteitsmedewerker (leesteam)|[[KLO]]|28-04-2025|
|[[drs. H.M. Schouten-Bleeker]]|hoofdinspecteur Primair en Voortgezet Onderwijs|[[HMSB]]|29-04-2025|
~
Opmerkingen:
- Leesteam ([[KLO]]): paragraaf 3 aangepast op verzoek bestuur (aantallen leerlingen algemener).
- Juridisch ([[SV]]): herstelopdracht 4 verwijst nu naar artikel 21a {{Leerplichtwet 1969}}; bekostigingssanctie alleen noemen als mogelijk gevolg.
- Na vaststelling: publicatie op {{toezichtdocumenten.nl}} binnen vijf werkdagen; afschrift aan {{DUO}} (bekostiging) niet nodig.
Vastgesteld: 29 april 2025.
""")

# ============================================================ hb24 memo juridisch advies (sticky notes hidden)
doc(id="hb24", name="memo_juridisch_advies", producer="Times",
    opts=dict(size=10.5, title="Memo juridisch advies"),
    hidden=dict(set=dict(annots=[(0, [420, 700, 440, 720], "Schouten-Bleeker, H.M.",
                                  "Eens met advies. Graag nog afstemmen met Ingrid voor het eindgesprek. HMSB"),
                                 (0, [420, 560, 440, 580], "Rijpkema, Sebastiaan",
                                  "Cijfers verzuim gecheckt in DUO-bestand, klopt. - Bas")]),
                probes=[("Schouten-Bleeker, H.M.", "PERSON", "annotations"),
                        ("Rijpkema, Sebastiaan", "PERSON", "annotations"),
                        ("Bas", "PERSON", "annotations"),
                        ("Ingrid", "PERSON", "annotations"),
                        ("HMSB", "PARAPH", "annotations")]),
    body="""
# Memo
Aan: hoofdinspecteur Primair en Voortgezet Onderwijs
Van: [[mr. S. Vlietstra]], juridisch adviseur, afdeling Juridische Zaken
Cc: [[drs. I. Ouwehand]], [[J. van den Brink]]
Datum: 17 april 2025
Kenmerk: {{JZ-2025-0291}}
Onderwerp: herstelopdrachten en mogelijke aanwijzing {{OGIS}}
## Vraag
Kan de inspectie naast herstelopdrachten al een aanwijzing voorbereiden, gelet op het derde jaar onvoldoende resultaten op de {{Willem de Zwijgerschool}}?
## Advies
Nee. Een aanwijzing op grond van artikel 15 van de {{Wet op het onderwijstoezicht}} (sinds de {{Wet verbeteren beoordeling onderwijskwaliteit}}) is een bevoegdheid van de minister en vereist dat het bestuur eerst in de gelegenheid is gesteld de tekortkomingen te herstellen. Het bestuur heeft in augustus 2024 een nieuwe directeur benoemd en een verbeterplan opgesteld. Een aanwijzing nu zou naar mijn inschatting bij de bestuursrechter geen stand houden.
De herstelopdracht over het melden van verzuim moet verwijzen naar de {{Leerplichtwet 1969}} en niet naar de {{WVO 2020}}.
De signalen van ouders zijn in het dossier opgenomen met namen en gezondheidsgegevens van kinderen. Bij een Woo-verzoek moeten deze worden gelakt (artikel 5.1, eerste lid, onder d, en tweede lid, onder e, {{Woo}}).
## Vervolg
Graag bespreek ik dit met u op 22 april. U kunt mij bereiken op [[088 669 63 71]] of [[s.vlietstra@owinsp.nl]].
[[SV]]
""")

# ============================================================ hb25 brief aan de gemeente (wethouder keep)
doc(id="hb25", name="brief_gemeente_deventer", producer="Helvetica",
    opts=dict(size=10, title="Brief aan college B&W Deventer"),
    body="""
{{Inspectie van het Onderwijs}} - Postbus 2730 - 3500 GS {{Utrecht}}
~
Aan het college van burgemeester en wethouders van {{Deventer}}
t.a.v. {{wethouder Swart}}, portefeuille onderwijs
Postbus 5000
7400 GC {{Deventer}}
~
Datum: 6 mei 2025
Kenmerk: {{2025-0049102}}
Contactpersoon: [[drs. I. Ouwehand]], [[i.ouwehand@owinsp.nl]]
Onderwerp: uitkomsten kwaliteitsonderzoek {{OGIS}} en samenwerking leerplicht
~
Geacht college,
Op 29 april 2025 hebben wij het rapport van het kwaliteitsonderzoek bij {{Stichting Onderwijsgroep IJssel en Salland}} vastgesteld. Omdat een van de herstelopdrachten de melding van verzuim op het {{Johan de Witt College}} betreft, informeren wij u hierover. De gemeente is op grond van de {{Leerplichtwet 1969}} verantwoordelijk voor het toezicht op de naleving van de leerplicht.
In het onderzoek bleek dat de samenwerking tussen de school, het {{Samenwerkingsverband VO Deventer}} en de leerplichtambtenaren goed bedoeld is, maar dat meldingen te laat binnenkomen. Wij hebben hierover op 7 maart 2025 contact gehad met een leerplichtambtenaar van uw gemeente, [[de heer Wolters]]. Wij stellen het op prijs als uw gemeente in het regionaal overleg met de schoolbesturen (het {{Lokaal Educatieve Agenda}}-overleg) aandacht vraagt voor tijdige meldingen.
Wij hebben kennisgenomen van het gesprek dat {{wethouder Swart}} op 9 december 2024 met de voorzitter van de raad van toezicht van {{OGIS}} heeft gevoerd. Wij waarderen dat de gemeente het bestuur daarop heeft aangesproken. Ook {{burgemeester König}} heeft in de gemeenteraad van 19 maart 2025 vragen beantwoord over de thuiszitters in {{Deventer}}.
Het rapport is openbaar via {{toezichtdocumenten.nl}}. Voor vragen kunt u contact opnemen met de contactpersoon hierboven, of met het algemene nummer {{088 669 60 00}}.
~
Met vriendelijke groet,
namens de hoofdinspecteur Primair en Voortgezet Onderwijs,
~
[[drs. I. Ouwehand]]
leidend inspecteur
~
Afschrift: college van bestuur {{OGIS}}; {{Samenwerkingsverband VO Deventer}}
""")

# ============================================================ hb26 beslisnota aan minister (2 pages)
doc(id="hb26", name="beslisnota_signalen_ogis", producer="Carlito",
    opts=dict(size=10.5, title="Nota aan de minister: signalen OGIS",
              colwidths={2: [1.2, 4.0]}),
    body="""
# Nota
|Aan|de minister van {{Onderwijs, Cultuur en Wetenschap}}; ter informatie aan de staatssecretaris|
|Van|inspecteur-generaal van het Onderwijs|
|Datum|12 mei 2025|
|Kenmerk|{{2025-0051377}}|
|Onderwerp|Herstelopdrachten {{OGIS}} {{Deventer}}; mogelijke Kamervragen|
|Contactpersoon|[[Lisanne Hoogendoorn-Baas]], senior adviseur Bestuursstaf|
|Telefoon / e-mail|[[06-27749310]] / [[l.hoogendoorn@owinsp.nl]]|
|Kopie aan|DG Funderend Onderwijs; [[Koen van Elswijk]] (Directie Communicatie OCW)|
## Aanleiding
Op 2 mei 2025 heeft de inspectie vier herstelopdrachten gegeven aan {{Stichting Onderwijsgroep IJssel en Salland}} ({{OGIS}}) in {{Deventer}}. De regionale krant {{De Stentor}} heeft vragen gesteld over de thuiszitters op het {{Johan de Witt College}}. Het lid {{Paternotte}} ({{D66}}) heeft in het commissiedebat funderend onderwijs aangekondigd hierover schriftelijke vragen te stellen.
## Geadviseerd besluit
Aan de minister wordt gevraagd kennis te nemen van deze nota. Er is geen besluit nodig. Het toezicht op {{OGIS}} is belegd bij de inspectie; de minister komt pas in beeld bij een aanwijzing (artikel 15 {{Wet op het onderwijstoezicht}}).
## Kern
- Het bestuur heeft onvoldoende zicht op kwaliteit (KA1).
- Op de {{Willem de Zwijgerschool}} worden ontwikkelingsperspectieven niet met ouders besproken (artikel 8 {{WPO}}).
- Het {{Johan de Witt College}} meldt verzuim te laat bij {{DUO}}.
- Het bestuur werkt mee en heeft een verbeterplan.
## Krachtenveld
De {{PO-Raad}} en de {{VO-raad}} zijn niet betrokken. De gemeente {{Deventer}} ({{wethouder Swart}}) steunt de aanpak. {{Staatssecretaris Paul}} heeft in de {{Kamerbrief}} over thuiszitters van 2024 toegezegd de Kamer te informeren over de naleving van de meldplicht verzuim; deze casus kan daarin als voorbeeld worden genoemd, zonder namen van scholen.
===
## Toelichting
Een aanwijzing is op dit moment niet aan de orde. Juridisch advies ([[S. Vlietstra]], {{JZ-2025-0291}}) bevestigt dat het bestuur eerst de gelegenheid moet krijgen om te herstellen. Bij vragen van de pers verwijst de Directie Communicatie naar het openbare rapport. {{Minister Bruins}} kan in een eventueel debat zeggen dat de inspectie de situatie nauwgezet volgt.
## Informatie die niet openbaar gemaakt kan worden
Namen van medewerkers van de inspectie, van het schoolbestuur en van ouders en leerlingen.
## Motivering
In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd (artikel 5.1, tweede lid, onder e, {{Woo}}).
~
Paraaf: [[LHB]] 12/5 - [[MtH]] 12/5
""")


def make_bsn(prefix8: str) -> str:
    while True:
        d = [int(x) for x in prefix8]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s != 10:
            return prefix8 + str(s)
        prefix8 = prefix8[:7] + str((d[7] + 1) % 10)


BSN_DARYNA = make_bsn("31749260")
BSN_FENNA = make_bsn("24810375")

# ============================================================ hb27 scan: typed letter of a teacher with handwritten signature
doc(id="hb27", name="scan_brief_leerkracht", producer="scan",
    opts=dict(hand="serif", size=34, seed=27, rotate=0.35, line_gap=1.45),
    pages=["""
[[B. Oosterveld]]
[[Ganzepoelweg 31]]
[[7421 RV]] Deventer
 
Aan de Landelijke Klachtencommissie Onderwijs
Postbus 85191, 3508 AD Utrecht
 
Deventer, 20 maart 2025
Betreft: reactie op de klacht van [[mevrouw Van Dongen]] (dossier 125.441)
 
Geachte commissie,
Hierbij reageer ik op de klacht die tegen mij is ingediend. Ik betreur
het dat [[Sem]] en zijn moeder zich niet gesteund voelen. Ik erken dat ik in
januari een ongelukkige opmerking heb gemaakt in de klas. Ik heb
daarvoor mijn excuses aangeboden aan [[Sem]].
De afspraken uit het ontwikkelingsperspectief waren mij niet volledig
bekend. Ik was sinds november 2024 ziek ([[burn-out]]) en werkte halve dagen;
de overdracht met de intern begeleider, [[mevrouw Bosman]], is niet
goed verlopen. Mijn personeelsnummer bij OGIS is [[100482]].
Ik ben bereid tot een gesprek met bemiddeling.
 
Met vriendelijke groet,
@femke:64 [[Bram Oosterveld]]
[[B. Oosterveld]], leerkracht groep 7
"""])

# ============================================================ hb28 verzuimmelding (BSN, onderwijsnummer)
doc(id="hb28", name="verzuimmelding_duo", producer="Courier",
    opts=dict(size=9.5, title="Verzuimmelding", colwidths={2: [1.6, 3.0]}),
    body="""
# Melding verzuim - afdruk verzuimregister {{DUO}}
Afdruk ten behoeve van het inspectieonderzoek {{ONK-2025-0417}}; bron: {{Verzuimloket DUO}}
|Veld|Waarde|
|Instelling|{{Johan de Witt College}}, BRIN {{20HT}}, vestiging {{20HT01}}|
|Bevoegd gezag|{{Stichting Onderwijsgroep IJssel en Salland}} ({{41873}})|
|Leerling|[[KOVALENKO, Daryna]]|
|Burgerservicenummer|[[""" + BSN_DARYNA + """]]|
|Geboortedatum|[[21-06-2011]]|
|Adres|[[Zandweerdlaan 6-B]], [[7413 AH]] {{Deventer}}|
|Soort verzuim|langdurig relatief verzuim (art. 21a {{Leerplichtwet 1969}})|
|Eerste verzuimdag|09-12-2024|
|Datum melding|04-02-2025 (te laat; termijn 16 uur in 4 weken)|
|Meldingsnummer|{{VZ-2025-0093381}}|
|Gemeente|{{Deventer}}|
|Gemeld door|[[R. van Dam]], zorgcoördinator, [[r.vandam@jdwcollege.nl]]|
~
# Melding verzuim - tweede leerling
|Veld|Waarde|
|Instelling|{{Willem de Zwijgerschool}}, BRIN {{07QX}}|
|Leerling|[[HOEKSTRA, Fenna M.]]|
|Burgerservicenummer|[[""" + BSN_FENNA + """]]|
|Geboortedatum|[[09-08-2016]]|
|Soort verzuim|thuiszitter > 4 weken, zonder vrijstelling|
|Reden (volgens school)|[[prikkelverwerkingsproblemen bij ASS]]|
|Meldingsnummer|{{VZ-2025-0101760}}|
|Gemeld door|[[E. Bosman]], intern begeleider|
~
Ouders: [[J.W. Hoekstra]] en [[M. Hoekstra-Lubbers]], [[Tesselschadestraat 41]], {{Deventer}}.
""")

# ============================================================ hb29 verklaring orthopedagoog / GZ-psycholoog (docx)
doc(id="hb29", name="verklaring_gz_psycholoog", producer="docx",
    opts=dict(font="Cambria", size=11, author="Anne-Fleur Tromp", title="Verklaring"),
    hidden=dict(set={}, probes=[("Anne-Fleur Tromp", "PERSON", "metadata")]),
    body="""
{{Praktijk Leren & Ontwikkelen Salland}}
{{Keizerstraat}} 88 - {{Deventer}} - {{0570 61 88 20}} - {{info@lerenenontwikkelensalland.nl}}
~
# Verklaring ten behoeve van school
Betreft: [[Sem van Dongen]], geboren [[02-11-2013]]
Datum: 15 september 2023
~
Aan de intern begeleider van de {{Willem de Zwijgerschool}}, [[mevrouw E. Bosman]]
~
Op verzoek van de ouders, [[mevrouw P.M. van Dongen-Kuipers]] en [[de heer T. van Dongen]], verklaar ik het volgende.
Bij [[Sem]] is in de periode juni-augustus 2023 psychodiagnostisch onderzoek gedaan. Op grond van dit onderzoek is vastgesteld:
> - [[ADHD, gecombineerde presentatie (DSM-5: 314.01)]];
> - [[dyslexie (ernstig, enkelvoudig)]], conform het {{Protocol Dyslexie Diagnostiek en Behandeling 3.0}}.
De intelligentie ligt in het gemiddelde bereik. Een dyslexieverklaring is bijgevoegd.
## Adviezen voor de school
> - extra tijd (25%) bij toetsen en het voorlezen van toetsen met {{Kurzweil}} of {{ClaroRead}};
> - een rustige werkplek en gebruik van een koptelefoon;
> - korte, duidelijke instructies; opdrachten in stappen;
> - overleg met de ouders over medicatie valt buiten de school; de huisarts ([[dokter Ter Beek]]) is op de hoogte.
Deze adviezen kunnen worden opgenomen in het ontwikkelingsperspectief (artikel 8, elfde lid, {{WPO}}).
~
[[drs. A.F. Tromp]]
GZ-psycholoog, BIG-registratie [[69058213425]]
orthopedagoog-generalist {{NVO}}, registratienummer [[OG-8834]]
~
Deze verklaring is vertrouwelijk en bestemd voor de school en de ouders.
""")

# ============================================================ hb30 personeelsoverzicht
doc(id="hb30", name="personeelsoverzicht_groep7", producer="LiberationSerif",
    opts=dict(size=9.5, landscape_=True, title="Personeelsoverzicht",
              colwidths={6: [2.4, 1.1, 1.6, 2.2, 1.6, 2.2]}),
    body="""
# Overzicht bevoegdheden en inzet personeel, {{Willem de Zwijgerschool}} (BRIN {{07QX}})
Aangeleverd door het bestuursbureau {{OGIS}} op 10 maart 2025 (bron: {{AFAS}}), ten behoeve van verificatie standaard OP3 / bekwaamheid
|Naam|Pers.nr.|Functie|Bevoegdheid / registratie|Inzet (fte)|Bijzonderheden|
|[[Mulder-Smit, K.]]|[[100317]]|directeur|pabo; schoolleidersregister PO [[SRPO-21877]]|1,0|sinds 01-08-2024|
|[[Bosman, E.]]|[[100129]]|intern begeleider|pabo, master SEN|0,8|-|
|[[Oosterveld, B.]]|[[100482]]|leerkracht groep 7|pabo|0,6|[[ziekteverzuim sinds 11-2024 (re-integratie)]]|
|[[Yılmaz-Bakker, D.]]|[[100655]]|leerkracht groep 7 (vervanging)|pabo|0,4|via {{Onderwijsbureau Salland}}|
|[[Hofstede, T.]]|[[100208]]|leerkracht groep 6, vertrouwenspersoon|pabo|1,0|MR personeelsgeleding|
|[[Brinkhuis, J.]]|[[100091]]|leerkracht groep 5|pabo|0,8|{{GMR}}|
|[[Ramdin, P.]]|[[100733]]|leerkracht groep 8|pabo; zij-instroom|1,0|[[zwangerschapsverlof vanaf 05-2025]]|
|[[ABDELLAOUI, Y.]]|[[100760]]|onderwijsassistent|mbo-4 OA|0,6|-|
|[[van Rijswijk-de Graaf, C.]]|[[100021]]|leerkracht groep 3|pabo|0,5|-|
~
Totaal 9 medewerkers op deze lijst (formatie 6,7 fte). Alle leerkrachten zijn bevoegd volgens artikel 3 {{WPO}}; de onderwijsassistent werkt onder verantwoordelijkheid van een bevoegde leraar. Bij de {{Inspectie van het Onderwijs}} alleen ingezien op het bestuursbureau.
""")

# ============================================================ hb31 nieuwsbericht (public; mostly keep)
doc(id="hb31", name="nieuwsbericht_herstelopdrachten", producer="Helvetica",
    opts=dict(size=10.5, title="Nieuwsbericht"),
    body="""
# Inspectie geeft Deventer schoolbestuur herstelopdrachten
Nieuwsbericht | 7 mei 2025 | {{Inspectie van het Onderwijs}}
De {{Inspectie van het Onderwijs}} heeft {{Stichting Onderwijsgroep IJssel en Salland}} ({{OGIS}}) in {{Deventer}} vier herstelopdrachten gegeven. Het bestuur heeft onvoldoende zicht op de kwaliteit van het onderwijs op zijn scholen en heeft te laat ingegrepen op de {{Willem de Zwijgerschool}}. Op het {{Johan de Witt College}} wordt verzuim te laat gemeld en wordt de sociale veiligheid niet jaarlijks gemonitord.
Het bestuur moet de tekortkomingen binnen een jaar herstellen. De inspectie voert uiterlijk in mei 2026 een herstelonderzoek uit.
Over de andere scholen van het bestuur, de {{Jan Ligthartschool}}, de {{Annie M.G. Schmidtschool}} en het {{Sint-Lebuïnus College}}, is de inspectie positief.
## Waarom dit onderzoek?
De inspectie onderzoekt ieder bestuur eens in de vier jaar. Dit onderzoek is naar voren gehaald na signalen van ouders en dalende resultaten. Ouders en leerlingen kunnen signalen melden bij het {{Loket Onderwijsinspectie}} ({{088 669 60 60}}). De inspectie behandelt geen individuele klachten; daarvoor is er de {{Landelijke Klachtencommissie Onderwijs}} en voor vragen het {{Onderwijsloket}} ({{0800 8051}}).
## Rapport
Het rapport staat op {{toezichtdocumenten.nl}}. {{Minister Bruins}} en {{staatssecretaris Paul}} zijn over de uitkomsten geïnformeerd. {{Wethouder Swart}} van de gemeente {{Deventer}}: "We gaan met het bestuur en het {{Samenwerkingsverband VO Deventer}} om tafel over de thuiszitters."
Perscontact: {{Persvoorlichting Inspectie van het Onderwijs}}, {{pers@owinsp.nl}}, {{088 669 61 00}}.
""")

# ============================================================ hb32 English e-mail thread with RvT member
doc(id="hb32", name="email_rvt_lid_english", producer="DejaVuSerif",
    opts=dict(size=9.5, title="Re: inspection report - RvT"),
    body="""
From: [[Bernadette O'Sullivan]] <[[bernadette.osullivan@outlook.com]]>
Sent: Tuesday, April 29, 2025 7:58 PM
To: [[Haverkamp, Geert-Jan]] <[[gj.haverkamp@rvt-ogis.nl]]>
Cc: [[Lieke Veldhuis]] <[[lieke.veldhuis@rvt-ogis.nl]]>; {{secretariaat.rvt@ogis.nl}}
Subject: Re: inspection report OGIS - our role
~
Dear [[Geert-Jan]],
Thank you for forwarding the final report of the {{Inspectie van het Onderwijs}}. I have read it twice. I do think we should be honest: the inspectorate is right that we did not ask for an improvement plan for the {{Willem de Zwijgerschool}} in 2024, and as chair of the remuneration committee I also failed to connect this to the annual appraisal of the college van bestuur.
I suggest that we ask the {{VTOI-NVTK}} for an external evaluation of the board, as [[Ahmet]] proposed in February. [[Hans]] agreed by phone today.
Regarding the letter from [[Robert]]: I would rather not send it to the inspectorate. It reads as defensive.
~
Kind regards,
[[Bernadette]]
~
[[B. O'Sullivan]] | member of the supervisory board (RvT), {{OGIS}} | [[+353 87 241 9065]]
~
On Tue, 29 Apr 2025 at 16:12, [[Haverkamp, Geert-Jan]] <[[gj.haverkamp@rvt-ogis.nl]]> wrote:
> Dear all,
> Attached the final report (vastgesteld 29 april). The inspectorate gives four herstelopdrachten; the letter from the hoofdinspecteur follows separately. Please read before our meeting on 12 May. [[Marjolein]] will send the agenda.
> Best, [[GJ]]
> [[mr. G.J. Haverkamp]], voorzitter raad van toezicht {{OGIS}}, [[06-51937028]]
""")

# ============================================================ hb33 actielijst teamoverleg inspecteurs
doc(id="hb33", name="actielijst_teamoverleg", producer="Courier",
    opts=dict(size=9.5, title="Actielijst teamoverleg regio Oost",
              colwidths={5: [0.5, 4.0, 0.9, 1.1, 1.0]}),
    body="""
# Actielijst teamoverleg po/vo regio Oost
Bijgewerkt: 20 mei 2025 door [[AB]] - map {{ONK-2025-0417}}
|Nr|Actie|Wie|Deadline|Status|
|1|Signaalanalyse {{OGIS}} opstellen|[[JvdB]]|30-01|gereed|
|2|Aankondigingsbrief {{OGIS}} naar hoofdinspecteur ter ondertekening|[[AB]]|31-01|gereed|
|3|Gesprek rector {{Johan de Witt College}} vastleggen|[[FeA]]|05-02|gereed|
|4|{{DUO}}-data verzuim analyseren; leerlingnummers verwijderen uit teambestand|[[SR]]|14-02|gereed|
|5|Conceptrapport po-deel|[[JvdB]]|08-04|gereed|
|6|Conceptrapport vo-deel|[[FeA]]|08-04|gereed|
|7|Juridische toets herstelopdrachten|[[SV]]|24-04|gereed|
|8|Nota aan de minister (via bestuursstaf, [[L. Hoogendoorn]])|[[MtH]]|12-05|gereed|
|9|Brief aan gemeente {{Deventer}} (leerplicht)|[[IO]]|06-05|gereed|
|10|Herstelonderzoek inplannen (mei 2026)|[[IO]] / [[JvdB]]|01-03-2026|open|
|11|Terugkoppeling aan melders (standaardbrief, geen inhoud)|[[Anouk]]|23-05|open|
|12|Woo-verzoek? Dossier opschonen en inventariseren met [[Pieter-Jan]]|[[MtH]]|-|open|
~
Afwezig bij overleg 20 mei: [[Fatima]] (verlof), [[Bas]].
Volgend overleg: dinsdag 3 juni 2025, 09.30 uur, kantoor {{Utrecht}}, {{Park Voorn 4}}, en via {{Microsoft Teams}}.
""")
