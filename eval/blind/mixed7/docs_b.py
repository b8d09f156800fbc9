"""Documents q17-q27 of set mixed7 (reportlab). All persons invented except office holders."""

DOCS = {}

DOCS["q17_klankbordgroep_twee_kolommen"] = dict(
    producer="rl", font="DejaVuSerif", twocol=True, title="Verslag klankbordgroep", size=9,
    header="{Rijkswaterstaat|ORG} - project {A27 Houten-Hooipolder|PROGRAM} - verslag klankbordgroep 14",
    footer="Verslag vastgesteld in de vergadering van {9 april 2025|DATE}",
    text="""
# Verslag klankbordgroep 14
~ Datum | {12 maart 2025|DATE}
~ Plaats | {Dorpshuis De Wiel|ORG}, {Hagestein|PLACE}
Aanwezig: [[Geertruida (Trudy) Verhoef-Ruis|PERSON|Verhoef-Ruis;Trudy]] (voorzitter, onafhankelijk), [[Ömer Çelik|PERSON]] (bewoner {Everdingen|PLACE}), [[Jan-Willem Hoogendoorn|PERSON]] ({LTO Noord|ORG}), [[Annemiek Sørensen|PERSON]] ({Natuurmonumenten|ORG}), [[Hüseyin Güler|PERSON]] (omgevingsmanager RWS), [[Bram de Rooij|PERSON]] (aannemerscombinatie {Ploegam|ORG}), wethouder {Sander van Elden|OFFICIAL} ({gemeente Vijfheerenlanden|ORG}).
Afwezig: [[Ingrid Bosman|PERSON]].
## 1. Opening
De voorzitter heet iedereen welkom. Het verslag van 15 januari wordt vastgesteld met één wijziging: de naam van [[de heer Çelik|PERSON|Çelik]] was verkeerd gespeld.
## 2. Geluidsschermen
[[Güler|PERSON]] licht toe dat de schermen bij de {Lekbrug|TERM} volgens het {Tracébesluit|LAW} 4 meter hoog worden. [[Çelik|PERSON]] vindt dat te laag voor de woningen aan de [[Lekdijk 214|ADDRESS]]; hij woont daar zelf. [[Sørensen|PERSON]] vraagt aandacht voor de vleermuizen in de {Goilberdingerwaard|PLACE}.
## 3. Bouwverkeer
[[De Rooij|PERSON]] meldt dat vrachtwagens niet door de kern van {Vianen|PLACE} rijden. Klachten kunnen naar de {Bouwlijn|TERM} ({0800 8002|SERVICE_NUMBER}) of {a27@rws.nl|FUNCTIONAL_EMAIL}.
## 4. Rondvraag
[[Hoogendoorn|PERSON]] vraagt of boeren een vergoeding krijgen voor gewasschade. Wethouder {Van Elden|OFFICIAL} zegt toe dit met minister {Madlener|OFFICIAL} te bespreken.
## 5. Communicatie
[[Verhoef-Ruis|PERSON]] vraagt of de nieuwsbrief vaker kan verschijnen. Omgevingsmanager [[Güler|PERSON]] zegt dat de nieuwsbrief maandelijks komt en ook via de {BouwApp|PRODUCT} wordt gedeeld. Bewoners die geen smartphone hebben, kunnen de papieren versie ophalen bij de bibliotheek aan het {Hugo de Grootplein|GOV_ADDRESS} in {Vianen|PLACE}.
[[Annemiek|PERSON]] merkt op dat de excursie naar de {Johan van Oldenbarneveltbrug|TERM} goed is bevallen; zij stelt voor in mei een tweede excursie te organiseren, samen met de {IVN|ORG}-afdeling {Lopikerwaard|PLACE}.
## 6. Volgende vergadering
De volgende vergadering is op {9 april 2025|DATE} in het {Dorpshuis De Wiel|ORG}. [[Trudy|PERSON]] stuurt de uitnodiging; aanmelden bij het secretariaat, [[Noor Abdelkader|PERSON]], via [[n.abdelkader@rws.nl|EMAIL_ADDRESS]] of [[06 3901 2775|PHONE_NUMBER]].
De voorzitter dankt de aanwezigen en sluit de vergadering om 21.40 uur.
## Actiepunten
!w 12,58,30
| Nr | Actie | Wie |
| 14.1 | Hoogte schermen onderbouwen | [[HG|PARAPH]] |
| 14.2 | Ecologisch advies delen | [[AS|PARAPH]] / [[HG|PARAPH]] |
| 14.3 | Gewasschade uitzoeken | [[JWH|PARAPH]] |
""",
)

DOCS["q18_brief_wlz_zijkolom_verticaal"] = dict(
    producer="rl", font="LiberationSans", title="Besluit Wlz-indicatie",
    side=["{CIZ|ORG}", "{Postbus 2176|GOV_ADDRESS}", "{1000 CD|GOV_ADDRESS} {Amsterdam|PLACE}", "", "Behandeld door:", "[[Chantal Pinas|PERSON]]", "Telefoon:", "{088 789 10 00|SERVICE_NUMBER}", "Ons kenmerk:", "{CIZ-WLZ-2025-3318770|CASE_NUMBER}", "Uw BSN:", "[[@BSN:31@|NL_BSN]]"],
    vertical="Dossier [[Marinus Kloppenburg|PERSON]] - gescand {20-02-2025|DATE} door [[jvdmeer|USERNAME]]",
    footer="Het {CIZ|ORG} is een zelfstandig bestuursorgaan",
    text="""
[[De heer M.J. Kloppenburg|PERSON|M.J. Kloppenburg]]
p/a [[mevrouw T. Kloppenburg-Wessels|PERSON|T. Kloppenburg-Wessels]]
[[Burgemeester Colijnstraat 3|ADDRESS]]
[[8251 KV|ADDRESS]] {Dronten|PLACE}
{Amsterdam|PLACE}, {18 februari 2025|DATE}
Onderwerp: besluit over uw aanvraag {Wet langdurige zorg|LAW}
Geachte heer [[Kloppenburg|PERSON]],
U heeft op {6 januari 2025|DATE} een aanvraag gedaan voor zorg uit de {Wet langdurige zorg|LAW} (Wlz). Uw dochter, [[mevrouw Kloppenburg-Wessels|PERSON|Kloppenburg-Wessels]], heeft de aanvraag voor u ingediend.
## Ons besluit
U krijgt een indicatie voor het zorgprofiel {VV05|TERM} (beschut wonen met intensieve verzorging en verpleging). Dit besluit geldt voor onbepaalde tijd.
## Waarom dit besluit?
Onze {indicatiesteller|TITLE}, [[mevrouw Pinas|PERSON|Pinas]], heeft op {30 januari 2025|DATE} met u en uw dochter gesproken. Ook hebben wij informatie gekregen van uw huisarts, [[dokter R. Haddou|PERSON|R. Haddou;Haddou]] in {Dronten|PLACE}.
## Bent u het niet eens met dit besluit?
Dan kunt u binnen zes weken bezwaar maken via {www.ciz.nl|PRODUCT} of per post. Vragen? Bel {088 789 10 00|SERVICE_NUMBER}.
Met vriendelijke groet,
[[C. Pinas|PERSON]]
{indicatiesteller|TITLE}
""",
)

DOCS["q19_mt_verslag_actielijst_bladwijzers"] = dict(
    producer="rl", font="DejaVuSans", title="Verslag MT", author="[[Marjolein Dekkers-Oei|PERSON]]",
    info_title="MT-verslag 3 maart - versie [[Marjolein|PERSON]]",
    outline=[("1. Verslag MT {3 maart 2025|DATE}", 0), ("2. Personele zaken: vertrek [[Stijn Verhagen|PERSON]]", 0), ("3. Actielijst", 0)],
    header="{Nederlandse Arbeidsinspectie|ORG} - Managementteam Inspectie Arbeidsomstandigheden",
    text="""
# Verslag MT {3 maart 2025|DATE}
Aanwezig: [[Marjolein Dekkers-Oei|PERSON]] (vz), [[Stijn Verhagen|PERSON]], [[Karim Benali|PERSON]], [[Ellen van der Wal-Nijboer|PERSON]], [[Bogdan Popescu|PERSON]]
Notulist: [[Yvette Kamminga|PERSON]]
## 1. Mededelingen
[[MDO|PARAPH]] meldt dat inspecteur-generaal {Rob Kuipers|OFFICIAL} op {20 maart 2025|DATE} de teams in {Eindhoven|PLACE} bezoekt. Minister {Van Hijum|OFFICIAL} heeft de {Jaarplan 2025|PROGRAM}-brief ondertekend.
## 2. Personele zaken
[[Stijn|PERSON]] vertrekt per 1 mei naar het {UWV|ORG}. Zijn opvolging loopt via {Werken voor Nederland|PRODUCT}. [[KB|PARAPH]] neemt tijdelijk de portefeuille {asbest|TERM} over.
## 3. Inspecties bouwplaatsen
[[Ellen|PERSON]] rapporteert 41 stilleggingen in februari, waarvan 9 bij onderaannemers van {BAM|ORG} en {VolkerWessels|ORG}. De {Arbeidsomstandighedenwet|LAW} biedt voldoende basis voor boetes.
!pb
## Actielijst
!w 10,50,20,20
| Nr | Actie | Wie | Wanneer |
| 1 | Programma bezoek IG | [[MDO|PARAPH]] | {14-03-2025|DATE} |
| 2 | Vacaturetekst opvolger | [[SV|PARAPH]] / [[YK|PARAPH]] | {21-03-2025|DATE} |
| 3 | Notitie boetebeleid asbest | [[KB|PARAPH]] | {04-04-2025|DATE} |
| 4 | Data stilleggingen naar {Power BI|PRODUCT} | [[BP|PARAPH]] | {04-04-2025|DATE} |
| 5 | Terugkoppeling {BAM|ORG} | [[EvdWN|PARAPH]] | {31-03-2025|DATE} |
""",
)

DOCS["q20_formulier_melding_datalek"] = dict(
    producer="rl", font="Helvetica", title="Melding datalek",
    form=[("naam_melder", "[[Ravi Chandrasekaran|PERSON]]"), ("email_melder", "[[ravi.chandrasekaran@svb.nl|EMAIL_ADDRESS]]"),
          ("telefoon", "[[06-57 33 81 20|PHONE_NUMBER]]"), ("betrokkene", "[[Jolanda Haverkamp|PERSON]], BSN [[@BSN:41@|NL_BSN]]")],
    text="""
# Intern meldformulier datalek
{Sociale Verzekeringsbank|ORG} - {Privacy Office|ORG}
Gebruik dit formulier binnen 24 uur na ontdekking. De {Functionaris Gegevensbescherming|TITLE} beoordeelt of melding aan de {Autoriteit Persoonsgegevens|ORG} nodig is (artikel 33 {AVG|LAW}).
## Gegevens melder
Naam, e-mail en telefoon: zie de invulvelden (alleen digitaal ingevuld).
## Omschrijving
Op {10 maart 2025|DATE} is een brief over de {AOW|LAW}-uitkering van een klant naar een verkeerd adres in {Amstelveen|PLACE} gestuurd. De brief bevatte naam, BSN en het bedrag van de uitkering. De ontvanger, [[de heer Oudejans|PERSON|Oudejans]], heeft de brief teruggestuurd en gebeld met {020 656 56 56|SERVICE_NUMBER}.
## Oorzaak
Een fout in de adresmutatie in {Alliantie|PRODUCT} (koppeling met de {BRP|TERM}). Zaaknummer {PO-2025-0219|CASE_NUMBER}.
## Maatregelen
Klant is gebeld door [[Ravi|PERSON]] van het team {Klantcontact Amstelveen|ORG}. Vragen: {privacy@svb.nl|FUNCTIONAL_EMAIL}.
""",
)

DOCS["q21_trade_mission_india_briefing"] = dict(
    producer="rl", font="DejaVuSans", title="Briefing trade mission India", objstreams=True,
    header="{Netherlands Enterprise Agency (RVO)|ORG} - Trade mission to {India|PLACE}, {Bengaluru|PLACE} and {Mumbai|PLACE}",
    text="""
# Briefing: economic mission to India, 24-28 March 2025
Led by Minister {Klever|OFFICIAL} (Foreign Trade and Development). Mission coordinator: [[Anouk Teeuwen|PERSON]], [[+31 6 2240 8817|PHONE_NUMBER]], [[anouk.teeuwen@rvo.nl|EMAIL_ADDRESS]].
## Programme highlights
- Opening of the {Netherlands Business Support Office|ORG} in {Bengaluru|PLACE}.
- Roundtable on semiconductors with {ASML|ORG}, {NXP|ORG} and {Tata Electronics|ORG}.
- Visit to the {Jawaharlal Nehru Port|GOV_ADDRESS} in {Navi Mumbai|PLACE} and the {Mahatma Gandhi|TERM} memorial.
## Delegation (selection)
!w 30,35,35
| Name | Organisation | Mobile |
| [[Pieter-Bas Hoogstraten|PERSON]] | {Van Oord|ORG} | [[+31 6 1408 6632|PHONE_NUMBER]] |
| [[Deepika Raghavan|PERSON]] | {Philips|ORG} | [[+31 6 3355 0191|PHONE_NUMBER]] |
| [[Harjit Singh Dhillon|PERSON]] | {Dhillon & Partners Legal|ORG} | [[+44 7700 912 448|PHONE_NUMBER]] |
| [[Marloes Ebbinge|PERSON]] | {Port of Rotterdam|ORG} | [[+31 6 5120 4873|PHONE_NUMBER]] |
## Indian counterparts
Meetings are confirmed with {Minister Piyush Goyal|OFFICIAL} (Commerce and Industry). Contact at the {Embassy in New Delhi|ORG}: [[Suresh Iyer|PERSON]], {local staff|TITLE}, [[s.iyer@minbuza.nl|EMAIL_ADDRESS]].
## Security
All participants receive the travel advice via {India Desk|ORG}: {indiadesk@rvo.nl|FUNCTIONAL_EMAIL}. Passport copies go to [[Anouk|PERSON]] only; please do not send them by {WhatsApp|PRODUCT}.
""",
)

DOCS["q22_integriteitsmelding_gs"] = dict(
    producer="rl", font="Times-Roman", size=10.5, title="Vastlegging melding", gs=True,
    header="{Provincie Overijssel|ORG} - Vertrouwenspersoon integriteit",
    text="""
# Vastlegging melding vermoeden van een integriteitsschending
~ Meldingnummer | {VI-2025-007|CASE_NUMBER}
~ Datum | {21 februari 2025|DATE}
~ Ontvangen door | [[Henriëtte Scholten|PERSON]], vertrouwenspersoon
~ Melder | anoniem (bij vertrouwenspersoon bekend)
## Inhoud van de melding
De melder stelt dat [[Gerrit-Jan Wolters|PERSON]], {projectleider|TITLE} bij de eenheid {Ruimte en Bereikbaarheid|ORG}, bij de gunning van het onderhoud van de {N340|TERM} de aannemer {Wegenbouw Twente Noord|ORG} heeft bevoordeeld. [[Wolters|PERSON]] zou bevriend zijn met de directeur van de aannemer, [[de heer H. Reimink|PERSON|H. Reimink;Reimink]]; de familie [[Wolters|PERSON]] zou in 2024 op diens kosten naar {Oostenrijk|PLACE} op skivakantie zijn gegaan.
Collega [[Lisanne Brummelhuis|PERSON]] zou hiervan weten.
## Afspraken
De vertrouwenspersoon bespreekt de melding met de {provinciesecretaris|TITLE}. Commissaris van de Koning {Andries Heidema|OFFICIAL} wordt niet geïnformeerd zolang het vooronderzoek loopt. De melding wordt geregistreerd in het register op grond van de {Wet bescherming klokkenluiders|LAW}.
Contact: {integriteit@overijssel.nl|FUNCTIONAL_EMAIL} of [[038 499 72 16|PHONE_NUMBER]] (direct nummer [[H. Scholten|PERSON]]).
""",
)

DOCS["q23_verzuimregistratie_tabel_qpdf"] = dict(
    producer="rl", font="DejaVuSansCondensed", size=8.5, title="Verzuimoverzicht Q1", qpdf=True, landscape=True,
    header="{Gemeente Den Haag|ORG} - Dienst Stadsbeheer - verzuimoverzicht Q1 2025 (vertrouwelijk, alleen voor MT)",
    text="""
# Verzuimoverzicht team Reiniging Escamp, eerste kwartaal 2025
!w 20,12,18,12,10,28
| Medewerker | Personeelsnr | Functie | Eerste ziektedag | Dagen | Toelichting (geen medische gegevens) |
| [[Cor Verbaan|PERSON]] | [[HA-204511|PERSONNEL_NUMBER]] | {chauffeur|TITLE} | {06-01-2025|DATE} | 12 | hersteld; gesprek met [[Zoutendijk|PERSON]] gepland |
| [[Mohamed Amrani|PERSON]] | [[HA-211873|PERSONNEL_NUMBER]] | {belader|TITLE} | {22-01-2025|DATE} | 48 | langdurig; casemanager [[Rianne Zoutendijk|PERSON]] |
| [[Shirley Wijngaarde|PERSON]] | [[HA-198240|PERSONNEL_NUMBER]] | {planner|TITLE} | {03-02-2025|DATE} | 4 | - |
| [[Dawid Lewandowski|PERSON]] | [[HA-220037|PERSONNEL_NUMBER]] | {belader|TITLE} (inhuur {Olympia|ORG}) | {11-02-2025|DATE} | 9 | melding via uitzendbureau |
| [[Hendrik (Henk) van Wijngaarden|PERSON|Hendrik;Henk;Wijngaarden]] | [[HA-187702|PERSONNEL_NUMBER]] | {teamleider|TITLE} | {17-03-2025|DATE} | 10 | vervanging door [[Verbaan|PERSON]] |
Verzuimpercentage team: 7,9 % (norm {Den Haag|PLACE}: 6,0 %). Wethouder {Van Alphen|OFFICIAL} ontvangt alleen geaggregeerde cijfers. Vragen: {hrdesk@denhaag.nl|FUNCTIONAL_EMAIL}.
""",
)

DOCS["q24_ind_kennismigrant_chinese_namen"] = dict(
    producer="rl", font="DejaVuSans", title="Interne notitie kennismigranten",
    header="{Immigratie- en Naturalisatiedienst|ORG} - Directie Regie - interne notitie",
    text="""
# Notitie: controle referent {Lianhe Photonics B.V.|ORG}
~ Datum | {16 april 2025|DATE}
~ Opsteller | [[Maaike Brinkhorst|PERSON]], {senior medewerker toezicht|TITLE}
~ Referentnummer | {REF-2025-77104|CASE_NUMBER}
## Aanleiding
De erkende referent {Lianhe Photonics B.V.|ORG} in {Eindhoven|PLACE} ({High Tech Campus 27|GOV_ADDRESS}) heeft in 2024 vijf kennismigranten aangebracht. Bij een controle op {8 april 2025|DATE} bleek dat twee van hen niet het normbedrag verdienen.
## Betrokken kennismigranten
!w 28,20,22,30
| Naam (zoals in paspoort) | V-nummer | Paspoortnummer | Bevinding |
| [[ZHANG Wei|PERSON|ZHANG Wei;ZHANG]] | [[V 3104 8821|ID_NUMBER]] | [[EK4481920|ID_NUMBER]] | salaris onder norm |
| [[LIU Yuxuan|PERSON|LIU Yuxuan;LIU;Yuxuan]] | [[V 3104 9177|ID_NUMBER]] | [[EJ0093812|ID_NUMBER]] | in orde |
| [[WANG Haoran|PERSON|WANG Haoran;Haoran]] | [[V 3105 0263|ID_NUMBER]] | [[EH7731054|ID_NUMBER]] | salaris onder norm |
## Gesprek met de referent
HR-manager [[Chloé Lambert-Zhou|PERSON]] verklaarde dat de salarissen in mei worden aangepast. De directeur, [[dr. Yusuf Kaplan|PERSON|Yusuf Kaplan;Kaplan]], was niet aanwezig. [[Mevrouw Lambert-Zhou|PERSON|Lambert-Zhou]] stuurt de loonstroken voor 1 mei naar {toezicht@ind.nl|FUNCTIONAL_EMAIL}.
## Advies
Boete op grond van de {Vreemdelingenwet 2000|LAW} overwegen; staatssecretaris {Nobel|OFFICIAL} hoeft niet geïnformeerd te worden. Minister {Faber|OFFICIAL} heeft in de {Kamerbrief arbeidsmigratie|TERM} aangekondigd strenger te controleren.
""",
)
