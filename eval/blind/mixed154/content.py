"""Documents of set mixed154. [[K:text]] = redact (kind letter, see make_set.RK); {{K:text}} = keep (make_set.KK).
All persons, addresses, numbers and accounts are invented."""


def iban(bank, acct):
    s = acct + "".join(str(ord(c) - 55) for c in bank + "NL") + "00"
    return f"NL{98 - int(s) % 97:02d}{bank}{acct}"


def iban_sp(bank, acct):
    i = iban(bank, acct)
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


IB_HOEK = iban("RABO", "0312874409")      # foundation account (legal person) -> keep
IB_LICHT = iban_sp("INGB", "0006613927")  # sole trader -> redact
IB_SCHOON = iban("ASNB", "0719305512")    # sole trader -> redact
IB_VRIJW = iban("TRIO", "2198754410")     # volunteer -> redact

PROV = "Provincie Drenthe"
FOOT = "{{O:Provincie Drenthe}} | {{L:Westerbrink 1}} | {{L:9405 BJ Assen}} | {{G:(0592) 36 55 55}} | {{M:post@drenthe.nl}}"

DOCS = []


def doc(stem, kind, lines, **kw):
    d = dict(stem=stem, kind=kind, lines=[l for l in lines.strip("\n").split("\n")])
    d.update(kw)
    DOCS.append(d)


doc("cc01_woo_verzoek", "rl", """
# Verzoek op grond van de Wet open overheid
Van: [[P:Wietske Hamminga]] <[[E:w.hamminga@kpnmail.nl]]>
Verzonden: maandag 2 maart 2026 08:14
Aan: {{M:woo@drenthe.nl}}
Onderwerp: Woo-verzoek subsidie {{Y:Cultureel Centrum De Hoeksteen}} {{L:Gieterveen}}
Geacht college van {{O:Gedeputeerde Staten}},
Op grond van de {{W:Wet open overheid}} verzoek ik u om openbaarmaking van alle documenten over de subsidie die de
{{O:Provincie Drenthe}} in 2024 heeft verleend aan {{O:Stichting Cultureel Centrum De Hoeksteen}} te {{L:Gieterveen}},
op grond van de {{W:Subsidieregeling Dorpshuizen en Culturele Ontmoetingsplekken Drenthe 2023}}.
Het gaat mij in het bijzonder om:
1. de aanvraag, het verleningsbesluit (kenmerk {{Z:DR/2024/117652}}) en de voorschotbetalingen;
2. de correspondentie met het bestuur van de stichting en met de accountant over de jaarrekening 2024;
3. alle stukken over het faillissement (uitgesproken door de {{O:Rechtbank Noord-Nederland}}) en de terugvordering;
4. de beantwoording van de vragen van de fracties in {{O:Provinciale Staten}}.
Ik ben als vrijwilliger betrokken geweest bij de {{Y:Harm Tiesingzaal}} en wil begrijpen waarom het zo is gelopen.
U kunt mij bereiken op [[T:06-38 41 72 09]] of per post: [[A:Zuiderdiep 41]], [[A:9511 PG Gieterveen]].
Met vriendelijke groet,
[[P:Wietske Hamminga]]
""", producer="Microsoft: Print To PDF", creator="Outlook", title="Woo-verzoek")

doc("cc02_ontvangstbevestiging", "docx", f"""
# {{O:Provincie Drenthe}}
Mevrouw [[P:W. Hamminga]]
[[A:Zuiderdiep 41]]
[[A:9511 PG Gieterveen]]
Datum: 4 maart 2026
Ons kenmerk: {{Z:WOO-DR-2026-031}}
Onderwerp: ontvangstbevestiging Woo-verzoek
Geachte mevrouw [[P:Hamminga]],
Op 2 maart 2026 hebben wij uw verzoek ontvangen om openbaarmaking van documenten over de subsidie aan
{{O:Stichting Cultureel Centrum De Hoeksteen}}. Uw verzoek is geregistreerd onder nummer {{Z:WOO-DR-2026-031}}.
Op grond van artikel 4.4 van de {{W:Wet open overheid}} beslissen wij binnen vier weken. Wij kunnen deze termijn met
twee weken verlengen. Omdat in de documenten derden voorkomen (onder wie de curator en de accountant), krijgen zij
de gelegenheid een zienswijze te geven (artikel 4.4 {{W:Awb}} in samenhang met de {{W:Wet open overheid}}).
Heeft u vragen? Neem dan contact op met het {{O:Team Juridische Zaken}} via {{M:woo@drenthe.nl}} of {{G:(0592) 36 55 55}}.
Met vriendelijke groet,
namens {{O:Gedeputeerde Staten}} van Drenthe,
[[P:Tjitske Veenstra]]
Woo-coördinator
{FOOT}
""", producer="LibreOffice 7.6", creator="Writer", title="Ontvangstbevestiging")

doc("cc03_aanvraagformulier", "rl", """
# Aanvraagformulier subsidie - Dorpshuizen en Culturele Ontmoetingsplekken
{{O:Provincie Drenthe}} - {{X:Subsidieloket}} - regeling {{Z:DCO-2023}}
Dit formulier is digitaal ingevuld. De ingevulde waarden staan in de formuliervelden hieronder.
Aanvragende organisatie: {{O:Stichting Cultureel Centrum De Hoeksteen}}, {{L:Hoofdstraat 12}}, {{L:Gieterveen}}
KvK-nummer stichting: {{Z:41023877}}    RSIN: {{Z:816355042}}
Bankrekening stichting: {{Z:%s}}
Project: {{X:Verduurzaming en programmering Harm Tiesingzaal 2024-2025}}
Gevraagd bedrag: EUR 165.000 (maximaal 50%% van de subsidiabele kosten)
Cofinanciering: {{O:gemeente Aa en Hunze}} EUR 60.000, {{Y:Jan Kruizinga Fonds}} EUR 25.000
Gegevens contactpersoon en ondertekening (formuliervelden):
""" % IB_HOEK, form=[
    ("contact_naam", "Naam contactpersoon", "Ria Lamberts-Wubbolts"),
    ("contact_functie", "Functie", "penningmeester"),
    ("contact_tel", "Telefoon", "06 - 21 90 44 71"),
    ("contact_mail", "E-mail", "ria.lamberts@ziggo.nl"),
    ("ondert_naam", "Naam ondertekenaar", "Geert-Jan Oosterhuis"),
    ("ondert_geb", "Geboortedatum ondertekenaar", "17-09-1961"),
    ("ondert_plaats", "Plaats en datum", "Gieterveen, 11 januari 2024"),
], hidden=[("annotations", "PERSON", "Ria Lamberts-Wubbolts"), ("annotations", "PHONE", "06 - 21 90 44 71"),
           ("annotations", "EMAIL", "ria.lamberts@ziggo.nl"), ("annotations", "PERSON", "Geert-Jan Oosterhuis"),
           ("annotations", "DATE_OF_BIRTH", "17-09-1961")],
    producer="ReportLab PDF Library - www.reportlab.com", creator="Subsidieportaal eHerkenning", title="Aanvraag DCO-2023")

doc("cc04_verleningsbesluit", "ttf", f"""
# {{O:Provincie Drenthe}}
{{O:Stichting Cultureel Centrum De Hoeksteen}}
t.a.v. het bestuur
{{L:Hoofdstraat 12}}
{{L:9511 PA Gieterveen}}
Assen, 14 maart 2024
Kenmerk: {{Z:DR/2024/117652}}
Behandeld door: [[P:M. Zwiers]]
Telefoon: [[T:0592 - 36 54 12]]
E-mail: [[E:m.zwiers@drenthe.nl]]
Onderwerp: verlening subsidie Dorpshuizen en Culturele Ontmoetingsplekken
Geacht bestuur,
Op 11 januari 2024 ontvingen wij uw aanvraag voor het project {{X:Verduurzaming en programmering Harm Tiesingzaal 2024-2025}}.
Wij verlenen u op grond van de {{W:Subsidieregeling Dorpshuizen en Culturele Ontmoetingsplekken Drenthe 2023}} en de
{{W:Algemene subsidieverordening Drenthe}} een subsidie van ten hoogste EUR 148.500.
Wij betalen een voorschot van 80%, EUR 118.800, uit op rekening {{Z:{IB_HOEK}}} ten name van de stichting.
Verplichtingen: u meldt tijdig wanneer het project niet, niet tijdig of niet geheel wordt uitgevoerd (artikel 4:38 {{W:Awb}}),
en u meldt direct een dreigende surseance of een faillissement. Bij de vaststelling legt u een controleverklaring over.
Bezwaar: binnen zes weken na de dag van verzending bij {{O:Gedeputeerde Staten}} van Drenthe.
Hoogachtend,
{{O:Gedeputeerde Staten}} van Drenthe,
namens dezen,
[[P:Ingrid Sanders-Boelens]]
teamleider {{O:Subsidies en Regelingen}}
Afschrift: {{O:gemeente Aa en Hunze}}, {{J:afdeling Samenleving}}
{FOOT}
""", producer="iText 7.2.5 (AGPL-version)", creator="Corsa Documentregistratie", author="Subsidies en Regelingen")

doc("cc05_mail_accountant", "rl", """
# Mailwisseling jaarrekening 2024 (export)
Van: [[P:Yıldız, Çağla]] <[[E:c.yildiz@dijkstravoermans.nl]]>
Verzonden: donderdag 15 mei 2025 17:02
Aan: [[P:Lamberts-Wubbolts, Ria]] <[[E:ria.lamberts@ziggo.nl]]>
CC: [[P:Hoekstra, Pieter-Bas]] <[[E:pb.hoekstra@dijkstravoermans.nl]]>; [[E:gj.oosterhuis@hotmail.com]]
Onderwerp: RE: concept jaarrekening 2024 De Hoeksteen - continuïteit
Beste Ria,
Bij de controle van de jaarrekening 2024 van de stichting lopen wij tegen een probleem aan. Per 31 december 2024 is
het eigen vermogen negatief (EUR -41.220) en de huurschuld aan {{O:Woonservice Drenthe}} bedraagt inmiddels vijf maanden.
Zonder toezegging van {{O:gemeente Aa en Hunze}} over de exploitatiebijdrage 2025 kunnen wij geen goedkeurende
verklaring afgeven; wij verwachten een paragraaf onzekerheid over de {{X:going concern}}.
Daarnaast is EUR 22.400 van het provinciale voorschot gebruikt voor lopende exploitatielasten (salaris
beheerder, energie) in plaats van voor het project. Dat moet in de projectverantwoording aan de {{O:Provincie Drenthe}} staan.
Kun je mij vóór 23 mei de bankafschriften van rekening {{Z:%s}} over maart tot en met juni 2024 sturen?
Met vriendelijke groet,
[[P:Çağla Yıldız]] RA
{{O:Dijkstra Voermans Accountants}} | {{L:Kloosterveen}} | [[T:+31 (0)592 74 10 63]] | mobiel [[T:+31 6 4419 2850]]

Van: [[P:Ria Lamberts]] <[[E:ria.lamberts@ziggo.nl]]>
Verzonden: woensdag 14 mei 2025 21:47
Aan: [[P:Yıldız, Çağla]] <[[E:c.yildiz@dijkstravoermans.nl]]>
Onderwerp: concept jaarrekening 2024 De Hoeksteen
Hoi Çağla,
Bijgaand het concept. [[P:Geert-Jan]] vraagt of jullie de verklaring nog vóór de bestuursvergadering van 26 mei
kunnen geven; de provincie wil de tussenrapportage en de bank wordt onrustig. Ik ben er zelf de komende week
weinig door een ziekenhuisopname ([[H:galblaasoperatie]]), dus bel gerust [[P:Anouk]] ([[T:06 13 57 80 24]]).
Groet, [[P:Ria]]
penningmeester {{O:Stichting Cultureel Centrum De Hoeksteen}}
""" % IB_HOEK, producer="Microsoft Outlook for Microsoft 365", creator="Outlook", author="Stichting De Hoeksteen")

doc("cc06_notulen_bestuur", "docx", """
# Notulen bestuursvergadering Stichting Cultureel Centrum De Hoeksteen
Datum: 26 mei 2025, 19.30 uur, {{Y:Harm Tiesingzaal}}, {{L:Hoofdstraat 12}}, {{L:Gieterveen}}
Aanwezig: [[P:Geert-Jan Oosterhuis]] (voorzitter, [[C:GJO]]), [[P:Ria Lamberts-Wubbolts]] (penningmeester, [[C:RLW]]),
[[P:Anouk ter Steege]] (secretaris, [[C:AtS]]), [[P:Dirk van 't Hul]] (lid, [[C:DvtH]]), [[P:Sietske Mulder-de Groot]] (coördinator vrijwilligers, [[C:SMdG]])
Afwezig met bericht: [[P:Harmen Bouwknegt]]
Gast: [[P:Pieter-Bas Hoekstra]] ({{O:Dijkstra Voermans Accountants}}), bij punt 3
1. Opening en mededelingen
De voorzitter opent. [[P:Harmen]] heeft laten weten dat hij om gezondheidsredenen ([[H:burn-out]]) voorlopig stopt.
2. Verslag vorige vergadering
Vastgesteld met één correctie: de energiesubsidie van het {{Y:Jan Kruizinga Fonds}} is toegezegd, niet ontvangen.
3. Jaarrekening 2024 en liquiditeit
[[P:Hoekstra]] licht toe dat de accountant geen goedkeurende verklaring kan afgeven. Het tekort per juni is
naar verwachting EUR 58.000. [[P:Ria]] wijst erop dat een deel van het voorschot van de {{O:Provincie Drenthe}} is
ingezet voor de exploitatie. [[P:Dirk]] vindt dat de provincie dat moet weten; [[P:GJ]] wil eerst met {{F:wethouder Brink}} praten.
4. Gesprek gemeente
{{F:Wethouder Brink}} ({{O:gemeente Aa en Hunze}}) heeft op 20 mei laten weten dat een extra bijdrage in 2025 niet mogelijk is.
5. Besluit
Het bestuur besluit de provincie schriftelijk te informeren en advies te vragen aan een advocaat over faillissement.
Actielijst
| nr | actie | wie | gereed |
| 25-14 | brief aan provincie (melding artikel 4:38 {{W:Awb}}) | [[C:GJO]] / [[C:AtS]] | 2 juni |
| 25-15 | overzicht crediteuren en openstaande facturen | [[C:RLW]] | 2 juni |
| 25-16 | vrijwilligers informeren, programma juni afschalen | [[C:SMdG]] | 30 mei |
| 25-17 | contact {{O:Ploeg & Kiers Advocaten}} | [[C:GJO]] | 29 mei |
Paraaf notulist: [[C:AtS]]
<<PAGE>>
# Bijlage bij de notulen van 26 mei 2025: stemming en ondertekening
Het bestuur besluit met vier stemmen voor en één onthouding ([[P:Dirk van 't Hul]]) tot de melding aan de {{O:Provincie Drenthe}}.
[[P:Van 't Hul]] wil in de notulen opgenomen zien dat hij al in maart 2025 heeft gewaarschuwd voor het gebruik van het voorschot.
Het bestuur neemt kennis van de brief van {{O:Woonservice Drenthe}} (huurachterstand EUR 14.930) en van de herinnering van
Schoonmaakbedrijf Het Glimmertje. Contact met de verhuurder loopt via [[P:Alie Boerema]] ([[T:050 - 520 78 14]]).
Rondvraag: [[P:Sietske]] meldt dat vrijwilliger [[P:Roelof Dekker]] nog EUR 212,50 tegoed heeft; [[P:Anouk]] vraagt of de
{{X:Verklaring Omtrent het Gedrag}} van de nieuwe kinderactiviteitenbegeleider binnen is (ja).
Volgende vergadering: vrijdag 6 juni 2025, 19.00 uur, thuis bij [[P:Ria]] ([[A:Esweg 2]], Gieterveen).
Voor akkoord: [[P:G.J. Oosterhuis]], voorzitter      [[P:A. ter Steege]], secretaris
""", producer="LibreOffice 7.6", creator="Writer", author="secretariaat De Hoeksteen")

doc("cc07_vrijwilligerslijst", "ttf", """
# Vrijwilligerslijst Cultureel Centrum De Hoeksteen - stand 1 juni 2025
Vertrouwelijk - alleen voor intern gebruik door het bestuur en de coördinator vrijwilligers.
Bijgevoegd bij de crediteurenopgave aan de curator ({{Z:C/19/25/112 F}}) i.v.m. openstaande onkostenvergoedingen.
| naam | geb.datum | adres | telefoon | taak | vergoeding open |
| [[P:Jannie Brouwer-Tiesing]] | [[D:03-04-1952]] | [[A:Molenweg 7]], Gieterveen | [[T:0598-612 348]] | bar, {{Y:Harm Tiesingzaal}} | EUR 84,00 |
| [[P:Roelof Dekker]] | [[D:22-11-1958]] | [[A:Zuiderdiep 112]], Gieterveen | [[T:06 44 18 02 93]] | techniek/licht | EUR 212,50 |
| [[P:Fenna de Vries]] | [[D:9 juli 1999]] | [[A:Kerkpad 3a]], Annerveenschekanaal | [[T:06-5521 0987]] | kassa, website | EUR 0,00 |
| [[P:Hennie Klaassens]] | [[D:30-01-1947]] | [[A:Hoofdstraat 88]], Gieterveen | [[T:(0598) 61 37 90]] | schoonmaak | EUR 46,20 |
| [[P:Mohammed El Amrani]] | [[D:14-06-1985]] | [[A:Esweg 21]], Gasselternijveen | [[T:0031 6 2713 8842]] | opbouw, podium | EUR 130,00 |
| [[P:Truus Oldenhof]] | [[D:08-12-1950]] | [[A:De Kampen 5]], Gieterveen | [[T:0598 - 61 22 05]] | koffieochtenden | EUR 18,00 |
| [[P:Bert-Jan Kuiper]] | [[D:27-02-1973]] | [[A:Veenakkers 14]], Stadskanaal | [[T:+31 6 1840 3376]] | geluid | EUR 95,75 |
| [[P:Ánh Nguyen]] | [[D:19-05-2001]] | [[A:Molenweg 22]], Gieterveen | [[T:06 30 77 41 58]] | social media | EUR 0,00 |
| [[P:Lammert Zwiep]] | [[D:11-10-1944]] | [[A:Zuiderdiep 60]], Gieterveen | [[T:0598 612 905]] | archief, rondleidingen | EUR 12,40 |
| [[P:Geesje ter Horst]] | [[D:02-03-1966]] | [[A:Noorderstraat 9]], Gieterveen | [[T:06 11 92 30 64]] | kinderactiviteiten | EUR 60,00 |
Bijzonderheden: [[P:Hennie Klaassens]] heeft i.v.m. [[H:COPD]] geen avonddiensten; [[P:Lammert Zwiep]] is aanspreekpunt van de {{O:Historische Vereniging Gieterveen}}.
Terugbetaling onkosten [[P:Roelof Dekker]] op rekening [[I:%s]].
Opgesteld door: [[P:Sietske Mulder-de Groot]], coördinator vrijwilligers, [[E:sietske.mulder@dehoeksteen-gieterveen.nl]]
Algemeen: {{M:info@dehoeksteen-gieterveen.nl}}
<<PAGE>>
# Bardienstrooster {{Y:Harm Tiesingzaal}} - juni 2025 (vervallen na sluiting op 13 juni)
| datum | activiteit | bar | techniek | reserve |
| vr 6 juni | {{X:Toneelvereniging Op Hoop van Zegen}} | [[P:Jannie]] | [[P:Roelof]] | [[P:Bert-Jan]] |
| za 7 juni | {{X:Veenkoloniaal Kamerkoor}} | [[P:Truus]] + [[P:Geesje]] | [[P:Mo]] | [[P:Fenna]] |
| wo 11 juni | koffieochtend {{O:Zonnebloem afdeling Gieterveen}} | [[P:Truus]] | - | [[P:Hennie]] |
| vr 13 juni | filmavond {{X:Filmhuis op de Hondsrug}} | [[P:Geesje]] | [[P:Bert-Jan]] | [[P:Lammert]] |
| za 14 juni | {{X:Dorpsfeest Gieterveen}} (afgelast) | - | - | - |
Ruilen? App [[P:Sietske]] op [[T:06 - 14 52 86 03]] (alleen voor roosterzaken). Sleutelkluis-code [[N:4471#]] niet doorgeven.
Huisregels: de {{Y:Harm Tiesingzaal}} is genoemd naar de dorpsschrijver; zijn portret hangt in de foyer. Verhuur via {{M:verhuur@dehoeksteen-gieterveen.nl}}.
""" % IB_VRIJW, producer="Microsoft Excel 2016", creator="Microsoft Excel", size=8)

doc("cc08_whatsapp_bestuur", "ttf", """
# WhatsApp-chat "Bestuur Hoeksteen" (export, 2 t/m 4 juni 2025)
[02-06-2025 08:12] [[P:GJ]]: Morgen om 10u bellen met de {{O:provincie}}. [[P:Maaike]] van subsidies. Wie kan?
[02-06-2025 08:15] [[P:Ria L]]: Ik niet, nog herstellen. [[P:Anouk]] heeft alle stukken
[02-06-2025 08:31] [[P:Anouk tS]]: Ik kan. Nummer van [[P:Maaike]] is [[T:0592 36 54 12]] toch?
[02-06-2025 08:33] [[P:GJ]]: Ja. Zeg nog niks over de salarissen uit het voorschot, eerst advies van [[P:Feenstra]] van {{O:Ploeg & Kiers}}
[02-06-2025 09:02] [[P:Dirk]]: Dat vind ik niet goed GJ. Dat komt er toch uit bij de accountant
[02-06-2025 09:05] [[P:Sietske]]: Mag ik de vrijwilligers al iets zeggen? [[P:Truus]] vraagt ernaar
[02-06-2025 09:40] [[P:GJ]]: Nog even niet. Na donderdag
[03-06-2025 11:47] [[P:Anouk tS]]: Gesproken met provincie. Ze willen uiterlijk 10 juni een schriftelijke melding en een
overzicht van de bestedingen. Ze noemden het woord {{X:terugvordering}} al, en {{X:artikel 4:38}}
[03-06-2025 11:49] [[P:Dirk]]: 👍
[03-06-2025 12:10] [[P:Ria L]]: Ik stuur vanavond het overzicht, [[P:Çağla]] van de accountant heeft het ook
[04-06-2025 20:15] [[P:GJ]]: Mr. [[P:Feenstra]] zegt: eigen aangifte faillissement doen bij de {{O:Rechtbank Noord-Nederland}} voor de 20e. Bestuursbesluit nodig. Vrijdag 19u?
[04-06-2025 20:21] [[P:Sietske]]: 😢 ok
[04-06-2025 20:22] [[P:Anouk tS]]: ok, ik maak het besluit. Mail van {{O:Ploeg & Kiers}} doorsturen naar [[E:anouk.tersteege@gmail.com]] aub
""", producer="Skia/PDF m118", creator="Chrome", title="WhatsApp Chat - Bestuur Hoeksteen")

doc("cc09_mail_signaal_intern", "rl", """
# Van: [[P:Zwiers, Maaike]] <[[E:m.zwiers@drenthe.nl]]>
Verzonden: dinsdag 3 juni 2025 14:26
Aan: [[P:Sanders-Boelens, Ingrid]] <[[E:i.sanders-boelens@drenthe.nl]]>
CC: [[P:Molen, Jeroen van der]] <[[E:j.vandermolen@drenthe.nl]]>; {{M:subsidies@drenthe.nl}}
Onderwerp: Signaal: De Hoeksteen Gieterveen dreigt failliet ({{Z:DR/2024/117652}})
Hoi Ingrid,
Vanochtend belde de secretaris van de stichting, mevrouw [[P:Ter Steege]]. De stichting gaat waarschijnlijk binnen
twee weken failliet. Van het voorschot (EUR 118.800) is volgens haar circa EUR 22.400 aan exploitatie besteed; de rest
zit grotendeels in de zonnepanelen en de nieuwe installatie van de {{Y:Harm Tiesingzaal}}.
Mijn voorstel: meteen een melding op grond van artikel 4:38 {{W:Awb}} vragen, de subsidie niet vaststellen en de
vordering bij de curator indienen zodra die is benoemd. [[P:Jeroen]] kan kijken naar verrekening en de positie van de
provincie als concurrent schuldeiser. Graag even afstemmen vóór het portefeuilleoverleg met {{F:gedeputeerde Hofstra}}
op donderdag, want in {{O:Provinciale Staten}} komen er vast vragen (het {{O:Dagblad van het Noorden}} belt al).
Groet,
[[P:Maaike]]
[[P:Maaike Zwiers]] | adviseur subsidies | {{O:Team Subsidies en Regelingen}}
T [[T:0592 - 36 54 12]] | M [[T:06-29 14 03 88]] | werkdagen ma-di-do
""", producer="Microsoft Outlook for Microsoft 365", creator="Outlook", author="Zwiers, M.")

doc("cc10_teams_chat", "rl", """
# Microsoft Teams - chat (export) - 5 juni 2025
[[P:Jeroen van der Molen]] 09:02
Morgen: wie zit er bij het overleg met {{F:gedeputeerde Hofstra}} over Gieterveen?
[[P:Ingrid Sanders-Boelens]] 09:05
Ik, plus [[P:Maaike]]. [[P:Ruud]] van control sluit aan voor de cijfers.
[[P:Ruud Kamphuis]] 09:11
Voorschot 118.800 staat nog open op {{Z:grootboek 4630.118}}. Geen verrekening mogelijk, er loopt niks anders met deze stichting.
[[P:Jeroen van der Molen]] 09:14
Dan vordering indienen bij curator zodra benoemd. Ik bel wel met [[P:mr. Feenstra]] als het zover is.
[[P:Maaike Zwiers]] 09:20
De gemeente ({{O:Aa en Hunze}}) wil een doorstart met {{O:Dorpsbelangen Gieterveen}}. Is ook iets voor Hofstra's lijstje
[[P:Ingrid Sanders-Boelens]] 09:21
👍 [[P:Jeroen]] kun jij een beslisnota schrijven voor GS van 24 juni? Ik ben 9-13 juni vrij, bel in nood [[T:06 51 83 27 40]]
[[P:Jeroen van der Molen]] 09:23
Doe ik. @[[P:Maaike]] jij de feitenreconstructie?
[[P:Maaike Zwiers]] 09:24
Yes. Ik heb de mail van hun accountant ([[P:Yıldız]]) nog niet, ik vraag hem op.
""", producer="Microsoft Teams", creator="Microsoft Teams Export", title="Chat Gieterveen")

doc("cc11_brief_curator", "docx", """
# {{O:Ploeg & Kiers Advocaten}}
{{L:Vaart Zuidzijde 14}}, {{L:9401 GL Assen}}
{{O:Provincie Drenthe}}
t.a.v. {{J:Team Subsidies en Regelingen}}
Postbus 122, 9400 AC Assen
Assen, 24 juni 2025
Uw kenmerk: {{Z:DR/2024/117652}}
Ons kenmerk: {{Z:FAIL-2025-0612/LF}}
Betreft: faillissement {{O:Stichting Cultureel Centrum De Hoeksteen}}
Geachte heer, mevrouw,
Bij vonnis van 17 juni 2025 heeft de {{O:Rechtbank Noord-Nederland}}, locatie Assen, de {{O:Stichting Cultureel Centrum De Hoeksteen}}
in staat van faillissement verklaard ({{Z:C/19/25/112 F}}), met benoeming van ondergetekende tot curator.
In de administratie trof ik het verleningsbesluit met uw kenmerk aan. Ik verzoek u uw vordering, voor zover u die heeft,
uiterlijk 1 september 2025 bij mij in te dienen met een onderbouwing. De verificatievergadering is nog niet bepaald.
Ik wijs u erop dat de zonnepanelen en de licht- en geluidsinstallatie in de {{Y:Harm Tiesingzaal}} volgens de huurovereenkomst
mogelijk eigendom zijn van de verhuurder, {{O:Woonservice Drenthe}}. Dat beïnvloedt de omvang van de boedel.
Mijn kantoorgenoot [[P:mr. S.A. Wolters-Uçar]] ([[T:0592 - 39 80 14]], [[E:wolters@ploegkiers.nl]]) behandelt dit dossier met mij.
Met vriendelijke groet,
[[P:mr. L.H. Feenstra]]
curator
[[E:feenstra@ploegkiers.nl]] | [[T:0592 - 39 80 11]]
""", producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365")

doc("cc12_scan_brief_vrijwilliger", "scan", """
Gieterveen, 30 juni 2025
Aan {{F:gedeputeerde Hofstra}}
Provinciehuis, Westerbrink 1, Assen
Geachte mevrouw Hofstra,
Ik ben al 31 jaar vrijwilliger in De Hoeksteen.
Nu is alles dicht en de spullen worden verkocht.
Het geld van de provincie is toch voor ons dorp bedoeld?
Ik wil graag eens met u praten, met [[P:Jannie Brouwer]] erbij.
Mijn man [[P:Klaas Oldenhof]] is ernstig ziek ([[H:alvleesklierkanker]]),
dus liefst bij ons thuis: [[A:De Kampen 5]], Gieterveen.
Telefoon [[T:0598 - 61 22 05]].
~ Met vriendelijke groet,
~ [[P:Truus Oldenhof]]
""", producer="Canon iR-ADV C5535 PDF", creator="Canon iR-ADV C5535", rot=0.8)

doc("cc13_beslisnota", "ttf", """
# Beslisnota Gedeputeerde Staten
Aan: {{O:Gedeputeerde Staten}}, portefeuillehouder {{F:gedeputeerde Hofstra}}
Van: {{O:Team Subsidies en Regelingen}}
Contactpersoon: [[P:J. van der Molen]], [[T:0592 - 36 57 03]], [[E:j.vandermolen@drenthe.nl]]
Datum: 17 juni 2025   Kenmerk: {{Z:DR/2025/204418}}
Onderwerp: terugvordering subsidie {{O:Stichting Cultureel Centrum De Hoeksteen}} na faillissement
# Geadviseerd besluit
1. De subsidie ({{Z:DR/2024/117652}}) lager vaststellen op EUR 0 op grond van artikel 4:46 lid 2 {{W:Awb}}, omdat de activiteiten niet
zijn verricht en niet aan de verplichtingen is voldaan.
2. Het onverschuldigd betaalde voorschot van EUR 118.800 terugvorderen (artikel 4:57 {{W:Awb}}) en de vordering ter verificatie
indienen bij de curator.
3. {{O:Provinciale Staten}} informeren via de beantwoording van de schriftelijke vragen van de fracties.
# Kern
Het faillissement is op 17 juni 2025 uitgesproken. Uit de melding van het bestuur blijkt dat EUR 22.400 van het voorschot is
gebruikt voor exploitatielasten. Het bestuur heeft het dreigende tekort in mei 2025 gekend maar pas op 3 juni gemeld.
Herinvestering via een doorstart door {{O:Dorpsbelangen Gieterveen}} en {{O:gemeente Aa en Hunze}} wordt apart verkend.
# Krachtenveld
De fracties van {{O:BBB}}, {{O:PvdA}} en {{O:GroenLinks}} hebben vragen aangekondigd. {{F:Burgemeester Lanjouw}} van Aa en Hunze vraagt
om coulance voor het dorp. De accountant van de stichting ({{O:Dijkstra Voermans Accountants}}) heeft geen verklaring afgegeven.
<<PAGE>>
# Toelichting
Uit een gesprek met de voormalig voorzitter, de heer [[P:Oosterhuis]], bleek dat hij de provincie niet eerder wilde
informeren op advies van de advocaat. De penningmeester, mevrouw [[P:Lamberts-Wubbolts]], was in mei met ziekteverlof.
Bestuurdersaansprakelijkheid (artikel 2:9 {{W:BW}}) is volgens de jurist niet kansrijk; de curator onderzoekt onbehoorlijk bestuur.
# Paraafroute
| naam | functie | paraaf | datum |
| [[P:J. van der Molen]] | jurist | [[C:JvdM]] | 17-06 |
| [[P:I. Sanders-Boelens]] | teamleider | [[C:ISB]] | 18-06 |
| [[P:R. Kamphuis]] | controller | [[C:RK]] | 18-06 |
# Informatie die niet openbaar gemaakt kan worden
n.v.t.
""", producer="Aspose.Words for .NET 23.4", creator="Aspose.Words",
    outline=["Beslisnota terugvordering De Hoeksteen", "Versie Bart Nijenhuis 12-06", "Opmerkingen Esmée Scholten"],
    hidden=[("outline", "PERSON", "Bart Nijenhuis"), ("outline", "PERSON", "Esmée Scholten")])

doc("cc14_besluit_terugvordering", "rl", f"""
# {{O:Provincie Drenthe}}
Aan de curator in het faillissement van {{O:Stichting Cultureel Centrum De Hoeksteen}}
[[P:mr. L.H. Feenstra]]
p/a {{O:Ploeg & Kiers Advocaten}}, {{L:Vaart Zuidzijde 14}}, {{L:9401 GL Assen}}
Assen, 1 juli 2025
Kenmerk: {{Z:DR/2025/211907}}
Onderwerp: vaststelling en terugvordering subsidie {{Z:DR/2024/117652}}
Geachte heer [[P:Feenstra]],
{{O:Gedeputeerde Staten}} hebben op 24 juni 2025 besloten de subsidie aan de stichting vast te stellen op EUR 0.
Het project is niet uitgevoerd en de stichting heeft niet voldaan aan de meldingsplicht van artikel 4:38 {{W:Awb}}.
Wij vorderen het voorschot van EUR 118.800 terug op grond van artikel 4:57 {{W:Awb}}. Deze vordering dienen wij hierbij
ter verificatie bij u in, vermeerderd met de wettelijke rente vanaf 1 augustus 2025.
Wij behouden ons het recht voor om de bestuurders aan te spreken indien uit uw onderzoek onbehoorlijk bestuur blijkt.
Bezwaar: binnen zes weken bij {{O:Gedeputeerde Staten}} van Drenthe, Postbus 122, 9400 AC Assen.
Hoogachtend,
{{O:Gedeputeerde Staten}} van Drenthe,
namens dezen,
[[P:I. Sanders-Boelens]]
teamleider {{O:Subsidies en Regelingen}}
Kopie: bestuur (in liquidatie) t.a.v. de heer [[P:G.J. Oosterhuis]], [[A:Annerweg 3]], [[A:9511 PB Gieterveen]]
{FOOT}
""", producer="iText 7.2.5 (AGPL-version)", creator="Corsa Documentregistratie")

doc("cc15_statenvragen", "docx", """
# Schriftelijke vragen ex artikel 41 Reglement van Orde {{O:Provinciale Staten}} van Drenthe
Datum: 3 juli 2025
Vragenstellers: {{F:Statenlid Van Oosten}} ({{O:BBB}}) en {{F:Statenlid Kuipers-Aldering}} ({{O:PvdA}})
Onderwerp: faillissement {{Y:Cultureel Centrum De Hoeksteen}} en provinciale subsidie
In het {{O:Dagblad van het Noorden}} van 28 juni 2025 lazen wij dat het dorpshuis van {{L:Gieterveen}} failliet is en dat de
provincie EUR 118.800 terugvordert. Vrijwilligers voelen zich in de steek gelaten.
1. Klopt het dat het college al in mei 2025 signalen had dat de stichting in financiële problemen zat?
2. Welke controle heeft de provincie gedaan op de aanvraag, in het bijzonder op de exploitatiebegroting?
3. Hoe verhoudt de terugvordering zich tot het doel van de {{W:Subsidieregeling Dorpshuizen en Culturele Ontmoetingsplekken Drenthe 2023}}?
4. Is {{F:gedeputeerde Hofstra}} bereid met {{O:Dorpsbelangen Gieterveen}} en de vrijwilligers in gesprek te gaan over een doorstart?
5. Hoeveel andere dorpshuizen met een subsidie uit deze regeling hebben een negatief eigen vermogen?
{{F:Van Oosten}} ({{O:BBB}})
{{F:Kuipers-Aldering}} ({{O:PvdA}})
Griffie: {{M:griffie@drenthe.nl}}
""", producer="LibreOffice 7.6", creator="Writer", author="Griffie PS Drenthe")

doc("cc16_antwoord_gs", "docx", """
# Beantwoording schriftelijke vragen {{F:Statenlid Van Oosten}} ({{O:BBB}}) en {{F:Statenlid Kuipers-Aldering}} ({{O:PvdA}})
Kenmerk: {{Z:DR/2025/219552}}    Datum: 22 juli 2025
Vraag 1. Klopt het dat het college al in mei 2025 signalen had?
Antwoord: Nee. De stichting heeft op 3 juni 2025 telefonisch en op 6 juni 2025 schriftelijk gemeld dat zij in
betalingsproblemen verkeerde. Eerdere signalen waren er bij de provincie niet. Wel blijkt achteraf dat de accountant van
de stichting al half mei twijfels had over de continuïteit.
Vraag 2. Welke controle is gedaan op de aanvraag?
Antwoord: De aanvraag is getoetst aan de {{W:Algemene subsidieverordening Drenthe}} en de regeling. De exploitatiebegroting
was sluitend met een toegezegde bijdrage van {{O:gemeente Aa en Hunze}}. Een risicoanalyse op continuïteit is bij
subsidies tot EUR 200.000 geen vast onderdeel; wij gaan dat aanpassen.
Vraag 3. Hoe verhoudt de terugvordering zich tot het doel?
Antwoord: Wij zijn wettelijk gehouden onverschuldigd betaalde voorschotten terug te vorderen. Voor zover de zonnepanelen
en de installatie in de {{Y:Harm Tiesingzaal}} in de boedel vallen, bepleiten wij bij de curator dat zij bij een doorstart
beschikbaar blijven voor het dorp.
Vraag 4. Is de gedeputeerde bereid in gesprek te gaan?
Antwoord: Ja. {{F:Gedeputeerde Hofstra}} heeft op 15 juli 2025 met {{O:Dorpsbelangen Gieterveen}}, {{F:wethouder Brink}} en een
delegatie van vrijwilligers gesproken.
<<PAGE>>
Vraag 5. Hoeveel andere dorpshuizen hebben een negatief eigen vermogen?
Antwoord: Van de 37 stichtingen met een subsidie uit de regeling hadden er 4 eind 2024 een negatief eigen vermogen.
Met hen voeren wij voor 1 oktober 2025 een gesprek. Het {{O:Huis voor de Kunsten Drenthe}} ondersteunt daarbij.
{{O:Gedeputeerde Staten}} van Drenthe,
{{F:de commissaris van de Koning}}, {{F:Van Wijngaarden}}
de secretaris, {{F:H.J. Stoffers}}
""", producer="Microsoft® Word 2019", creator="Microsoft® Word 2019", author="Jeroen van der Molen",
    xmp_creator="Jeroen van der Molen",
    hidden=[("metadata", "PERSON", "Jeroen van der Molen")])

doc("cc17_rapport_accountant", "ttf", """
# {{O:Dijkstra Voermans Accountants}}
Rapport van feitelijke bevindingen - projectverantwoording subsidie {{Z:DR/2024/117652}}
Opdrachtgever: {{O:Stichting Cultureel Centrum De Hoeksteen}} (in opdracht van de curator, [[P:mr. Feenstra]])
Datum: 19 augustus 2025
1. Opdracht
Wij hebben de werkzaamheden verricht volgens {{X:Standaard 4400N}} en het {{X:Controleprotocol Subsidies Drenthe 2023}}.
2. Bevindingen
a. Ontvangen voorschot {{O:Provincie Drenthe}}: EUR 118.800 op 2 april 2024 op rekening {{Z:%s}}.
b. Bestedingen aan het project: EUR 96.400 (zonnepanelen EUR 61.200, licht- en geluidsinstallatie EUR 35.200).
c. Bestedingen aan exploitatie: EUR 22.400 (salaris beheerder, energie, huur {{O:Woonservice Drenthe}}).
d. Facturen van de lichttechnicus ({{O:Podiumlicht Noord}}) en het schoonmaakbedrijf zijn door één bestuurder geaccordeerd;
het vier-ogenprincipe uit de statuten is niet toegepast.
e. De beheerder, de heer [[P:Wubbo Smeenge]], was tevens gefactureerd als zzp'er voor technische ondersteuning.
3. Geen oordeel
Dit is geen controleverklaring. Wij geven geen zekerheid over de rechtmatigheid.
Assen, 19 augustus 2025
[[P:drs. Ç. Yıldız]] RA, partner
Behandeld door [[P:P.B. Hoekstra]], senior assistent ([[E:pb.hoekstra@dijkstravoermans.nl]], [[T:0592-741 066]])
Algemeen: {{M:info@dijkstravoermans.nl}} | {{O:Dijkstra Voermans Accountants B.V.}} | {{Z:KvK 01098233}}
""" % IB_HOEK, producer="Nitro Pro 13 (13.70.2.40)", creator="Nitro Pro", serif=True)

doc("cc18_factuur_licht", "rl", """
# FACTUUR {{Z:PLN-2024-031}}
{{O:Podiumlicht Noord}} - eigenaar [[P:Wubbo Smeenge]]
[[A:Turfstekersweg 8]], [[A:9514 BE Gasselternijveen]]
Tel. [[T:06-47 20 19 83]] | [[E:wubbo@podiumlichtnoord.nl]]
KvK [[N:73001482]] | btw-id [[N:NL002341987B47]]
IBAN [[I:%s]] t.n.v. [[P:W. Smeenge]]
Aan: {{O:Stichting Cultureel Centrum De Hoeksteen}}, {{L:Hoofdstraat 12}}, {{L:Gieterveen}}
Factuurdatum: 14 november 2024    Vervaldatum: 14 december 2024
Project: {{X:Verduurzaming en programmering Harm Tiesingzaal 2024-2025}}
| omschrijving | aantal | prijs | bedrag |
| LED-theaterspots {{X:ETC ColorSource Spot V}} | 8 | 1.450,00 | 11.600,00 |
| DMX-bekabeling en {{X:ArtNet-node}} | 1 | 2.180,00 | 2.180,00 |
| installatie en programmering (uren) | 46 | 65,00 | 2.990,00 |
Subtotaal EUR 16.770,00  btw 21%% EUR 3.521,70  Totaal EUR 20.291,70
Akkoord voor betaling: [[P:GJ Oosterhuis]] [[C:g.j.o.]] 18-11-2024
""" % IB_LICHT, producer="Microsoft® Word 2016", creator="Microsoft® Word 2016", author="W. Smeenge")

doc("cc19_factuur_schoonmaak", "ttf", """
# Schoonmaakbedrijf Het Glimmertje
[[P:Dewi Wiersma-Pattinama]] | [[A:Kanaalstraat 71]] | [[A:9501 KD Stadskanaal]]
[[E:dewi@hetglimmertje.nl]] | [[T:0599 - 61 83 47]]
KvK [[N:80223190]] | IBAN [[I:%s]]
Factuur nr. {{Z:2025-0107}}   datum 31 mei 2025
Aan: {{O:Stichting Cultureel Centrum De Hoeksteen}}, t.a.v. de penningmeester
Schoonmaak {{Y:Harm Tiesingzaal}}, foyer en keuken, maart t/m mei 2025: 39 uur x EUR 31,50 = EUR 1.228,50
Extra: dieptereiniging na {{X:Dorpsfeest Gieterveen}} EUR 185,00
Totaal EUR 1.413,50 (geen btw: {{X:kleineondernemersregeling}})
Herinnering: de facturen {{Z:2025-0081}} en {{Z:2025-0094}} staan ook nog open.
Opmerking van [[P:Dewi]]: bij niet-betaling vóór 15 juni stop ik de werkzaamheden.
""" % IB_SCHOON, producer="PDFpen 13.0", creator="Pages")

doc("cc20_mail_curator_jurist", "rl", """
# Van: [[P:Molen, Jeroen van der]] <[[E:j.vandermolen@drenthe.nl]]>
Verzonden: vrijdag 29 augustus 2025 10:18
Aan: [[P:Feenstra, Lodewijk]] <[[E:feenstra@ploegkiers.nl]]>
CC: [[P:Wolters-Uçar, Selin]] <[[E:wolters@ploegkiers.nl]]>; [[P:Zwiers, Maaike]] <[[E:m.zwiers@drenthe.nl]]>
Onderwerp: RE: vordering Provincie Drenthe - faillissement De Hoeksteen ({{Z:C/19/25/112 F}})
Geachte heer [[P:Feenstra]], beste [[P:Lodewijk]],
Dank voor het rapport van feitelijke bevindingen. Onze vordering van EUR 118.800 handhaven wij als concurrente vordering.
Over de installatie: volgens ons is die met subsidie aangeschaft en niet nagetrokken door het pand. Wij verzoeken u bij
de verkoop rekening te houden met een doorstart door {{O:Dorpsbelangen Gieterveen}}; {{F:gedeputeerde Hofstra}} staat
daar positief tegenover. Kunt u ons ook informeren over de uitkomst van uw onderzoek naar de rol van de beheerder?
Met vriendelijke groet,
[[P:Jeroen van der Molen]]
jurist {{O:Team Juridische Zaken}} | {{O:Provincie Drenthe}}
[[T:0592 - 36 57 03]] | [[T:06 38 12 90 47]]

Van: [[P:Feenstra, Lodewijk]] <[[E:feenstra@ploegkiers.nl]]>
Verzonden: dinsdag 26 augustus 2025 16:40
Aan: [[P:Molen, Jeroen van der]] <[[E:j.vandermolen@drenthe.nl]]>
Onderwerp: vordering Provincie Drenthe - faillissement De Hoeksteen
Geachte heer [[P:Van der Molen]],
Bijgaand het rapport van {{O:Dijkstra Voermans Accountants}}. Ik merk op dat de beheerder, de heer [[P:Smeenge]], als zzp'er
ook facturen heeft gestuurd (Podiumlicht Noord). Ik onderzoek of hier sprake is van benadeling van de boedel.
Voorlopig schat ik de opbrengst van de installatie op EUR 18.000 tot EUR 24.000. Een uitkering aan concurrente
schuldeisers verwacht ik niet. De verhuurder ({{O:Woonservice Drenthe}}, contactpersoon [[P:mevrouw A. Boerema]]) claimt
de zonnepanelen als natrekking.
<<PAGE>>
Het eerste openbare faillissementsverslag verschijnt op 17 september 2025 in het {{O:Centraal Insolventieregister}}.
Voor telefonisch overleg ben ik bereikbaar op [[T:0592-398011]], of mobiel via mijn secretaresse [[P:Gonny]] ([[T:06 20 44 71 93]]).
Met vriendelijke groet,
[[P:Lodewijk Feenstra]]
advocaat en curator | {{O:Ploeg & Kiers Advocaten}}
""", producer="Microsoft Outlook for Microsoft 365", creator="Outlook")

doc("cc21_scan_presentielijst", "scan", """
# Presentielijst informatieavond vrijwilligers
# Dorpshuis Gieterveen - 10 juli 2025 - georganiseerd door Dorpsbelangen
naam                          handtekening
[[P:Roelof Dekker]]           ~ R. Dekker
[[P:Fenna de Vries]]          ~ Fenna
[[P:Mohammed El Amrani]]      ~ M. El Amrani
[[P:Geesje ter Horst]]        ~ G. ter Horst
[[P:Bert-Jan Kuiper]]         ~ BJ Kuiper
[[P:Jannie Brouwer-Tiesing]]  ~ J. Brouwer
[[P:Sietske Mulder-de Groot]] ~ S. Mulder
Aanwezig namens de provincie: [[P:Maaike Zwiers]]
Notities: [[P:Roelof]] vraagt naar zijn onkosten (EUR 212,50)
""", producer="RICOH MP C3004 PDF", creator="RICOH MP C3004", rot=-0.7)

doc("cc22_persbericht_concept", "rl", """
# CONCEPT persbericht - niet verspreiden
{{O:Provincie Drenthe}} vordert subsidie dorpshuis Gieterveen terug, maar zoekt met dorp naar doorstart
Assen, 1 juli 2025 - De {{O:Provincie Drenthe}} vordert EUR 118.800 terug van de failliete {{O:Stichting Cultureel Centrum De Hoeksteen}}
in {{L:Gieterveen}}. De stichting ontving in 2024 een voorschot uit de {{W:Subsidieregeling Dorpshuizen en Culturele Ontmoetingsplekken Drenthe 2023}}
voor de verduurzaming van de {{Y:Harm Tiesingzaal}}. Na het faillissement op 17 juni kan het project niet worden afgemaakt.
"Dit is een pijnlijke situatie voor een dorp waar vrijwilligers zich jarenlang hebben ingezet," zegt {{F:gedeputeerde Hofstra}}.
"Wij moeten het geld volgens de regels terugvragen, maar ik wil samen met {{O:gemeente Aa en Hunze}} en {{O:Dorpsbelangen Gieterveen}}
kijken hoe het dorpshuis weer open kan."
De vordering is ingediend bij de curator. Over de rol van individuele bestuurders doet de provincie geen uitspraken.
Noot voor de redactie: meer informatie via de woordvoerder van de provincie, {{G:(0592) 36 55 55}} of {{M:pers@drenthe.nl}}.
""", producer="Adobe PDF Library 17.11", creator="Acrobat PDFMaker 23 voor Word", author="Communicatie",
    notes=[(0, "Lisanne Hoogeveen", "Citaat nog laten checken bij Hofstra. Niet Gieterveen noemen als 'failliete dorp'."),
           (0, "Rutger Brands", "Eerst Statenleden informeren! Bel mij even: 06-12 77 40 31")],
    hidden=[("annotations", "PERSON", "Lisanne Hoogeveen"), ("annotations", "PERSON", "Rutger Brands"),
            ("annotations", "PHONE", "06-12 77 40 31")])

doc("cc23_persbericht_definitief", "docx", """
# Persbericht {{O:Provincie Drenthe}}
Provincie vordert subsidie dorpshuis Gieterveen terug en zoekt naar doorstart
Assen, 2 juli 2025
De {{O:Provincie Drenthe}} vordert EUR 118.800 terug van de failliete {{O:Stichting Cultureel Centrum De Hoeksteen}} in {{L:Gieterveen}}.
Het voorschot was bedoeld voor zonnepanelen en een nieuwe licht- en geluidsinstallatie in de {{Y:Harm Tiesingzaal}}.
"Dit is pijnlijk voor een dorp waar vrijwilligers zich jarenlang hebben ingezet," zegt {{F:gedeputeerde Hofstra}}.
"Wij moeten het geld volgens de regels terugvragen, maar ik ga met {{O:gemeente Aa en Hunze}} en {{O:Dorpsbelangen Gieterveen}}
in gesprek over een doorstart." {{F:Wethouder Brink}} van Aa en Hunze: "Het dorpshuis is het hart van {{L:Gieterveen}}."
De provincie vraagt de curator om bij de verkoop van de installatie rekening te houden met een doorstart.
In september 2025 volgt een evaluatie van de {{W:Subsidieregeling Dorpshuizen en Culturele Ontmoetingsplekken Drenthe 2023}}.
Noot voor de redactie (niet voor publicatie): {{J:woordvoerder}} provincie, {{G:(0592) 36 55 55}}, {{M:pers@drenthe.nl}}
""", producer="LibreOffice 7.6", creator="Writer", author="Lisanne Hoogeveen", xmp_creator="Lisanne Hoogeveen",
    hidden=[("metadata", "PERSON", "Lisanne Hoogeveen")])

doc("cc24_bezoekverslag", "ttf", """
# Verslag werkbezoek / locatie-inspectie
Locatie: {{Y:Cultureel Centrum De Hoeksteen}}, {{L:Hoofdstraat 12}}, {{L:Gieterveen}}    Datum: 8 juli 2025
Aanwezig: [[P:Maaike Zwiers]] (provincie), [[P:Henk-Jan Rozema]] ({{J:bouwkundig adviseur}}, provincie), curator [[P:mr. Feenstra]],
[[P:Alie Boerema]] ({{O:Woonservice Drenthe}}), beheerder [[P:W. Smeenge]] (op verzoek van de curator)
Bevindingen
1. Zonnepanelen: 84 panelen ({{X:JA Solar JAM54S31}}) op het dak van de {{Y:Harm Tiesingzaal}}, aangesloten, omvormer werkt.
2. Licht- en geluidsinstallatie: aanwezig, deels nog in verpakking (8 spots, mengtafel {{X:Allen & Heath SQ-5}}).
3. Het pand is afgesloten; de sleutels liggen bij de curator. Koelcel keuken staat nog aan (energieverbruik).
4. Vochtprobleem kelder (oud), geen verband met het project.
5. De heer [[P:Smeenge]] verklaart dat hij de spots in zijn eigen opslag heeft gehad tot maart 2025; hij overlegt pakbonnen.
Foto's: 23 stuks, opgeslagen in zaak {{Z:Z2025-08841}}.
Vervolg: taxatie door {{O:Troostwijk Veilingen}} in opdracht van de curator; [[P:Rozema]] stuurt bouwkundige notitie.
Opgesteld: [[P:M. Zwiers]], paraaf [[C:MZw]]    Gezien: [[P:H.J. Rozema]], paraaf [[C:HJR]]
""", producer="Microsoft® Word 2019", creator="Microsoft® Word 2019")

doc("cc25_gespreksverslag_gedeputeerde", "docx", """
# Gespreksverslag {{F:gedeputeerde Hofstra}} - {{O:Dorpsbelangen Gieterveen}} - vrijwilligers
Datum: 15 juli 2025, {{L:Gieterveen}}, kerkzaal {{Y:Johannes Postkerk}}
Aanwezig: {{F:gedeputeerde Hofstra}}, {{F:wethouder Brink}} ({{O:gemeente Aa en Hunze}}), [[P:Maaike Zwiers]] (verslag),
namens {{O:Dorpsbelangen Gieterveen}}: [[P:Egbert Nijboer]] (voorzitter) en [[P:Marthe Brink-Huizing]];
namens de vrijwilligers: [[P:Jannie Brouwer-Tiesing]], [[P:Truus Oldenhof]], [[P:Mohammed El Amrani]]
1. De gedeputeerde legt uit waarom de provincie moet terugvorderen. Mevrouw [[P:Oldenhof]] vertelt emotioneel over 31 jaar vrijwilligerswerk.
2. De heer [[P:Nijboer]] presenteert een plan voor een doorstart als coöperatie ({{X:Dorpscoöperatie Gieterveen U.A. i.o.}}), met
huur van de {{Y:Harm Tiesingzaal}} van {{O:Woonservice Drenthe}} en exploitatie door vrijwilligers.
3. {{F:Wethouder Brink}} zegt een startbijdrage van EUR 15.000 toe onder voorwaarden (raadsbesluit nodig).
4. {{F:Gedeputeerde Hofstra}} wil een nieuwe aanvraag voor de regeling welwillend bekijken, mits met een sluitende exploitatie
en ondersteuning van het {{O:Huis voor de Kunsten Drenthe}}.
5. De heer [[P:El Amrani]] vraagt of de onkostenvergoedingen van vrijwilligers (samen ca. EUR 660) nog worden betaald. Antwoord:
dat is aan de curator; de vrijwilligers kunnen hun vordering bij hem indienen.
Afspraken: [[P:Nijboer]] stuurt plan naar {{M:subsidies@drenthe.nl}}; provincie reageert binnen vier weken.
NB: mevrouw [[P:Brink-Huizing]] is niet verwant aan de wethouder.
""", producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365", author="Zwiers, Maaike",
    hidden=[("metadata", "PERSON", "Zwiers, Maaike")])

doc("cc26_juridisch_advies", "rl", """
# Memo juridisch advies
Aan: [[P:I. Sanders-Boelens]], teamleider {{O:Subsidies en Regelingen}}
Van: [[P:J. van der Molen]], {{O:Team Juridische Zaken}}
Datum: 12 juni 2025    Zaak: {{Z:Z2025-08841}}
Onderwerp: mogelijkheden terugvordering subsidie De Hoeksteen
1. Vaststelling en terugvordering
Omdat de activiteiten niet (geheel) zijn verricht, kan de subsidie lager worden vastgesteld (artikel 4:46 lid 2 {{W:Awb}}).
Het verschil met het voorschot is onverschuldigd betaald en kan worden teruggevorderd (artikel 4:57 {{W:Awb}}).
Gelet op het faillissement is een invorderingsbeschikking zinloos; de vordering moet ter verificatie worden ingediend
(artikel 110 {{W:Faillissementswet}}).
2. Gedeeltelijke vaststelling?
Voor de EUR 96.400 die aantoonbaar aan het project is besteed, kan worden overwogen de subsidie op dat deel vast te stellen.
Dat is alleen verdedigbaar als het resultaat (de installatie) voor het doel beschikbaar blijft. Dat is onzeker zolang de
curator de installatie kan verkopen. Advies: vaststellen op EUR 0 en in de verificatie ruimte laten voor een schikking.
3. Bestuurders
Een rechtstreekse vordering op bestuurders (artikel 2:9 {{W:BW}} of onrechtmatige daad) is alleen kansrijk bij een
persoonlijk ernstig verwijt. De mededeling van de voorzitter, de heer [[P:Oosterhuis]], dat hij de melding bewust heeft uitgesteld,
<<PAGE>>
is daarvoor onvoldoende, omdat de penningmeester ([[P:mevrouw Lamberts]]) in die periode ziek was en het bestuur wel binnen drie
weken heeft gemeld. Ik raad aan de uitkomst van het onderzoek van de curator af te wachten.
4. Rol beheerder
De dubbele rol van de heer [[P:Smeenge]] (beheerder in loondienst én leverancier als zzp'er) is een aandachtspunt voor de curator,
niet voor de provincie. Wel adviseer ik de regeling aan te vullen met een verplichting om belangenverstrengeling te melden.
[[C:JvdM]]
""", producer="Microsoft® Word 2016", creator="Microsoft® Word 2016", author="Nijenhuis, B.",
    hidden=[("metadata", "PERSON", "Nijenhuis, B.")])

doc("cc27_scan_memo_handnotitie", "scan", """
# Provincie Drenthe - interne memo
Aan: portefeuillehouder Cultuur
Van: [[P:Ruud Kamphuis]], controller
Datum: 18 juni 2025
Betreft: financiële gevolgen faillissement De Hoeksteen
Het voorschot van EUR 118.800 wordt naar verwachting
volledig afgeboekt. Dekking uit de reserve Regelingen Cultuur.
Vragen: [[T:0592 - 36 51 77]] of [[E:r.kamphuis@drenthe.nl]]
~ Akkoord, maar Ingrid moet PS tijdig infomeren!
~ - [[P:Esmée S.]] 19/6, bel [[P:Ingrid]] [[T:06 51 83 27 40]]
""", producer="KONICA MINOLTA bizhub C308", creator="bizhub C308", rot=1.1, serif=True)

doc("cc28_crediteurenlijst", "ttf", """
# Faillissementsverslag nr. 1 - bijlage 2: crediteurenlijst (uittreksel)
Faillissement: {{O:Stichting Cultureel Centrum De Hoeksteen}}   Nummer: {{Z:C/19/25/112 F}}   Curator: [[P:mr. L.H. Feenstra]]
Rechter-commissaris: aangewezen door de {{O:Rechtbank Noord-Nederland}}
| nr | crediteur | soort | bedrag |
| 1 | {{O:Belastingdienst}} (loonheffing 2025) | preferent | 6.412,00 |
| 2 | [[P:W.A. Smeenge]] (loon beheerder april-juni) | preferent | 9.870,33 |
| 3 | {{O:Woonservice Drenthe}} (huur) | concurrent | 14.930,00 |
| 4 | {{O:Provincie Drenthe}} (terugvordering subsidie) | concurrent | 118.800,00 |
| 5 | {{O:Podiumlicht Noord}} (eenmanszaak [[P:W. Smeenge]]) | concurrent | 3.210,50 |
| 6 | Schoonmaakbedrijf Het Glimmertje ([[P:D. Wiersma-Pattinama]]) | concurrent | 3.877,25 |
| 7 | {{O:Enexis}} / {{O:Vattenfall}} (energie) | concurrent | 2.904,18 |
| 8 | [[P:R. Dekker]] (onkosten vrijwilliger) | concurrent | 212,50 |
| 9 | [[P:M. El Amrani]] (onkosten vrijwilliger) | concurrent | 130,00 |
| 10 | overige vrijwilligers (8) | concurrent | 316,35 |
| 11 | {{O:Dijkstra Voermans Accountants}} | concurrent | 4.235,00 |
| 12 | {{O:Ploeg & Kiers Advocaten}} (advies vóór faillissement) | concurrent | 1.815,00 |
Totaal ingediend: EUR 166.713,11. Activa: installatie (taxatie {{O:Troostwijk Veilingen}} EUR 21.500), kas EUR 312,40.
Het volledige verslag is openbaar via het {{O:Centraal Insolventieregister}}.
""", producer="PDF-XChange Editor 9.5", creator="PDF-XChange Editor", size=9)

doc("cc29_mail_gemeente", "rl", """
# Van: [[P:Hilbrands, Jorien]] <[[E:jorien.hilbrands@aaenhunze.nl]]>
Verzonden: woensdag 23 juli 2025 11:05
Aan: [[P:Zwiers, Maaike]] <[[E:m.zwiers@drenthe.nl]]>
CC: [[P:Tammo de Haan]] <[[E:t.dehaan@aaenhunze.nl]]>; {{M:info@aaenhunze.nl}}
Onderwerp: doorstart dorpshuis Gieterveen - raadsvoorstel
Hallo [[P:Maaike]],
Zoals afgesproken bij het gesprek met {{F:gedeputeerde Hofstra}} en {{F:wethouder Brink}}: het college van {{O:gemeente Aa en Hunze}}
legt op 9 september een raadsvoorstel voor aan de raad voor een startbijdrage van EUR 15.000 aan de
{{X:Dorpscoöperatie Gieterveen U.A. i.o.}}. Voorwaarde is dat de provincie de nieuwe aanvraag in behandeling neemt.
De coöperatie heeft inmiddels 142 leden. [[P:Egbert Nijboer]] is kwartiermaker. Kun jij aangeven of de provincie
een deel van de teruggevorderde subsidie via een nieuwe aanvraag kan herinvesteren? Raadslid {{F:Pieters}} ({{O:Gemeentebelangen}}) heeft
daar al vragen over gesteld in de raad.
Groet,
[[P:Jorien Hilbrands]]
beleidsadviseur cultuur en leefbaarheid | {{O:gemeente Aa en Hunze}}
T {{G:14 0592}} (algemeen) | direct [[T:0592-26 73 14]]
{{L:Spoorlaan 6}}, {{L:9461 AV Gieten}}
""", producer="Microsoft Outlook for Microsoft 365", creator="Outlook")

doc("cc30_brief_oud_voorzitter", "docx", """
[[P:G.J. Oosterhuis]]
[[A:Annerweg 3]]
[[A:9511 PB Gieterveen]]
[[E:gj.oosterhuis@hotmail.com]] / [[T:06 - 41 27 83 90]]
Aan {{O:Gedeputeerde Staten}} van Drenthe
t.a.v. {{F:gedeputeerde Hofstra}}
Postbus 122, 9400 AC Assen
Gieterveen, 4 augustus 2025
Betreft: uw brief van 1 juli 2025, kenmerk {{Z:DR/2025/211907}}
Geachte mevrouw Hofstra,
In uw brief aan de curator schrijft u dat u zich het recht voorbehoudt de bestuurders aan te spreken. Ik wil daar
namens mijzelf op reageren. Het bestuur heeft altijd te goeder trouw gehandeld. Het voorschot is tijdelijk voor
salarissen gebruikt omdat de gemeentelijke bijdrage te laat werd uitbetaald; dat hebben wij binnen drie weken gemeld.
Ik heb het advies van onze advocaat opgevolgd. Ik ben zelf 64 jaar, onbezoldigd bestuurder geweest en heb sinds mijn
hartinfarct ([[H:maart 2023]]) al mijn energie in het dorpshuis gestoken. Een persoonlijke aansprakelijkstelling zou mij
financieel en gezondheidsmatig zwaar treffen.
Ik verzoek u vriendelijk mij te laten weten of u dit van plan bent, zodat ik rechtsbijstand ({{O:DAS}}, polis
[[N:RB-88213047]]) kan inschakelen.
Hoogachtend,
[[P:Geert-Jan Oosterhuis]]
oud-voorzitter {{O:Stichting Cultureel Centrum De Hoeksteen}} (in staat van faillissement)
BSN (voor uw administratie, op verzoek van de curator): [[B:204731562]]
""", producer="Microsoft® Word 2013", creator="Microsoft® Word 2013", author="GJ Oosterhuis")

doc("cc31_routeringsblad", "ttf", """
# Routeringsblad / paraafblad Woo-besluit {{Z:WOO-DR-2026-031}}
Zaak: {{Z:Z2026-01377}}   Onderwerp: Woo-besluit documenten subsidie {{O:Stichting Cultureel Centrum De Hoeksteen}}
| stap | naam | functie | paraaf | datum | opmerking |
| 1 | [[P:Tjitske Veenstra]] | {{J:Woo-coördinator}} | [[C:TVe]] | 20-03-2026 | concept besluit + inventaris |
| 2 | [[P:Jeroen van der Molen]] | {{J:jurist}} | [[C:JvdM]] | 23-03-2026 | zienswijzen verwerkt |
| 3 | [[P:Ingrid Sanders-Boelens]] | {{J:teamleider}} | [[C:ISB]] | 24-03-2026 | akkoord |
| 4 | [[P:drs. A.M. (Annelies) Post-van Dam]] | {{J:afdelingshoofd}} | [[C:APvD]] | 25-03-2026 | akkoord, namens GS |
| 5 | [[P:Rutger Brands]] | {{J:communicatieadviseur}} | [[C:RBr]] | 25-03-2026 | persvragen verwacht |
Zienswijzen: curator ([[P:mr. Feenstra]]) - geen bezwaar; accountant ([[P:Yıldız]]) - verzoek om naam en telefoonnummer te lakken;
oud-voorzitter ([[P:Oosterhuis]]) - bezwaar tegen openbaarmaking brief van 4 augustus 2025 (deels gehonoreerd).
Contact bij vragen: [[P:T. Veenstra]], [[T:0592 36 54 88]], [[E:t.veenstra@drenthe.nl]] of {{M:woo@drenthe.nl}}
""", producer="Microsoft® Excel® 2019", creator="Microsoft® Excel® 2019", size=9)

doc("cc32_woo_besluit", "rl", f"""
# {{O:Provincie Drenthe}}
Mevrouw [[P:W. Hamminga]]
[[A:Zuiderdiep 41]]
[[A:9511 PG Gieterveen]]
Assen, 27 maart 2026
Kenmerk: {{Z:WOO-DR-2026-031}} / {{Z:DR/2026/052231}}
Onderwerp: besluit op uw Woo-verzoek over de subsidie aan De Hoeksteen
Geachte mevrouw [[P:Hamminga]],
Op 2 maart 2026 heeft u een verzoek gedaan op grond van de {{W:Wet open overheid}}. Op 27 maart 2026 hebben wij
de termijn niet hoeven verlengen. In dit besluit leest u hoe wij hebben beslist.
1. Besluit
Wij maken de 33 documenten die op de inventarislijst staan deels openbaar. Documenten die al openbaar zijn (de
beantwoording van de schriftelijke vragen en het persbericht) staan op {{X:open.overheid.nl}}.
2. Uw verzoek
U vroeg om stukken over de aanvraag, de verlening, het faillissement en de terugvordering van de subsidie aan
{{O:Stichting Cultureel Centrum De Hoeksteen}}, en om de correspondentie met het bestuur en de accountant.
3. Zienswijzen
Wij hebben de curator, het accountantskantoor, de oud-voorzitter en de vrijwilligers die in de stukken voorkomen in
de gelegenheid gesteld hun zienswijze te geven. De oud-voorzitter heeft bezwaar gemaakt tegen openbaarmaking van zijn brief.
Wij maken deze brief deels openbaar: zijn naam, adres, contactgegevens, gezondheidsgegevens en BSN lakken wij.
<<PAGE>>
4. Weigeringsgronden
Persoonsgegevens (artikel 5.1, tweede lid, onder e, {{W:Wet open overheid}}; code 5.1.2e). Wij maken de namen en
contactgegevens van medewerkers van de provincie die niet in de openbaarheid treden niet openbaar, evenmin als
die van bestuurders, vrijwilligers, medewerkers van het accountantskantoor en het advocatenkantoor en van de curator.
Namen van {{F:gedeputeerde Hofstra}}, {{F:wethouder Brink}}, {{F:burgemeester Lanjouw}} en de Statenleden maken wij wel openbaar.
Bijzondere persoonsgegevens (gezondheid; artikel 5.1, eerste lid, onder d; code 5.1.1d) en het BSN (code 5.1.1e) lakken wij.
5. Plaatsing op internet
Dit besluit en de documenten plaatsen wij geanonimiseerd op {{X:open.overheid.nl}}.
Bezwaar: binnen zes weken bij {{O:Gedeputeerde Staten}} van Drenthe, Postbus 122, 9400 AC Assen.
Hoogachtend,
{{O:Gedeputeerde Staten}} van Drenthe,
namens dezen,
[[P:drs. A.M. Post-van Dam]]
{{J:afdelingshoofd Bestuurs- en Juridische Zaken}}
{FOOT}
""", producer="iText 7.2.5 (AGPL-version)", creator="Corsa Documentregistratie", author="Veenstra, T.",
    hidden=[("metadata", "PERSON", "Veenstra, T.")])

INV = [
    ("1", "Woo-verzoek", "02-03-2026", "deels openbaar", "5.1.2e"),
    ("2", "Ontvangstbevestiging", "04-03-2026", "deels openbaar", "5.1.2e"),
    ("3", "Aanvraagformulier subsidie", "11-01-2024", "deels openbaar", "5.1.2e"),
    ("4", "Verleningsbesluit", "14-03-2024", "deels openbaar", "5.1.2e"),
    ("5", "Mailwisseling accountant", "15-05-2025", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("6", "Notulen bestuur stichting", "26-05-2025", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("7", "Vrijwilligerslijst", "01-06-2025", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("8", "WhatsApp-chat bestuur", "02-06-2025", "deels openbaar", "5.1.2e"),
    ("9", "E-mail signaal intern", "03-06-2025", "deels openbaar", "5.1.2e"),
    ("10", "Teams-chat", "05-06-2025", "deels openbaar", "5.1.2e"),
    ("11", "Brief curator", "24-06-2025", "deels openbaar", "5.1.2e"),
    ("12", "Brief vrijwilliger aan gedeputeerde", "30-06-2025", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("13", "Beslisnota GS", "17-06-2025", "deels openbaar", "5.1.2e"),
    ("14", "Besluit terugvordering", "01-07-2025", "deels openbaar", "5.1.2e"),
    ("15", "Schriftelijke vragen PS", "03-07-2025", "openbaar", "-"),
    ("16", "Antwoord GS", "22-07-2025", "reeds openbaar", "-"),
    ("17", "Rapport feitelijke bevindingen", "19-08-2025", "deels openbaar", "5.1.2e"),
]
INV2 = [
    ("18", "Factuur lichttechnicus", "14-11-2024", "deels openbaar", "5.1.2e"),
    ("19", "Factuur schoonmaak", "31-05-2025", "deels openbaar", "5.1.2e"),
    ("20", "Mailwisseling curator", "29-08-2025", "deels openbaar", "5.1.2e"),
    ("21", "Presentielijst vrijwilligers", "10-07-2025", "deels openbaar", "5.1.2e"),
    ("22", "Concept persbericht", "01-07-2025", "deels openbaar", "5.1.2e"),
    ("23", "Persbericht", "02-07-2025", "reeds openbaar", "-"),
    ("24", "Verslag locatie-inspectie", "08-07-2025", "deels openbaar", "5.1.2e"),
    ("25", "Gespreksverslag gedeputeerde", "15-07-2025", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("26", "Memo juridisch advies", "12-06-2025", "deels openbaar", "5.1.2e, 5.2.1"),
    ("27", "Memo controller met notitie", "18-06-2025", "deels openbaar", "5.1.2e"),
    ("28", "Crediteurenlijst", "17-09-2025", "deels openbaar", "5.1.2e"),
    ("29", "E-mail gemeente", "23-07-2025", "deels openbaar", "5.1.2e"),
    ("30", "Brief oud-voorzitter", "04-08-2025", "deels openbaar", "5.1.2e, 5.1.1d, 5.1.1e"),
    ("31", "Routeringsblad", "25-03-2026", "deels openbaar", "5.1.2e"),
    ("32", "Woo-besluit", "27-03-2026", "deels openbaar", "5.1.2e"),
    ("33", "Inventarislijst", "27-03-2026", "openbaar", "-"),
]


def _rows(rows):
    return "\n".join(f"| {{{{Z:WOO-031-{int(n):03d}}}}} | {t} | {d} | {b} | {g} |" for n, t, d, b, g in rows)


doc("cc33_inventarislijst", "ttf", "# Inventarislijst Woo-besluit {{Z:WOO-DR-2026-031}} - documenten subsidie De Hoeksteen\n"
    "| nr | document | datum | beoordeling | grond |\n" + _rows(INV) + "\n<<PAGE>>\n" + _rows(INV2) + "\n"
    "Toelichting: namen van bestuurders, vrijwilligers en medewerkers zijn gelakt (5.1.2e); namen van {{F:gedeputeerde Hofstra}} en\n"
    "{{F:wethouder Brink}} zijn openbaar. Behandelaar: [[P:T. Veenstra]].\n", producer="Microsoft® Excel® 2019",
    creator="Microsoft® Excel® 2019", size=9)
