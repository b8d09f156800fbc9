from people import *  # noqa
from docs_a import D, mail, MOTIV_EMPTY  # noqa

# ---------------------------------------------------------------- cw09 KvK uittreksel eenmanszaak
D("cw09", "Uittreksel Handelsregister Koolhoven Installatietechniek", "rl", [
    ("h", "Uittreksel {{Handelsregister}} {{Kamer van Koophandel}}"),
    ("sm", "{{KvK}}-nummer [[74011592]] | Pagina 1 (van 1) | Uittreksel vervaardigd op 18-04-2023 om 10.22 uur"),
    ("h2", "Onderneming"),
    ("kv", [("Handelsnaam", "[[Koolhoven]] Installatietechniek"), ("Handelsnamen", "[[R. Koolhoven]] Warmte &amp; Klimaat, [[RK]] Duurzaam"),
            ("Rechtsvorm", "Eenmanszaak"), ("Datum aanvang", "01-03-2019"), ("Activiteiten", "{{SBI-code}}: 43222 – Installatie van verwarmings- en luchtbehandelingsapparatuur"),
            ("Werkzame personen", "1"), ("Vestigingsnummer", "[[000043612208]]"),
            ("Bezoekadres", "[[Pastoor Ruwestraat 6]], [[7491 GB]] Delden"), ("Telefoonnummer", "[[06-24118760]]"),
            ("Internetadres", "www.[[koolhoven]]-installatie.nl"), ("E-mailadres", "[[ruud@koolhoven-installatie.nl]]")], 0.3),
    ("h2", "Eigenaar"),
    ("kv", [("Naam", "[[Koolhoven]], [[Ruud Hendrikus Johannes]]"), ("Geboortedatum", "[[23-08-1976]]"),
            ("Woonadres", "[[Pastoor Ruwestraat 6]], [[7491 GB]] Delden"), ("Datum in functie", "01-03-2019")], 0.3),
    ("h2", "Annotatie {{RVO}}"),
    ("p", "Woonadres eigenaar is gelijk aan bezoekadres van de onderneming. In {{ISDE}} zijn in 2023 41 aanvragen ingediend met deze installateur. De eigenaar is tevens [[bestuurder-penningmeester van de Stichting Moskee Al-Fath in Hengelo]] (bron: {{Handelsregister}}, {{KvK}} {{41032877}}). Voor het onderzoek niet van belang; niet opnemen in rapportage. [[WB]] 18/4"),
    ("sm", "Dit uittreksel is gewaarmerkt met een elektronische handtekening en is een officieel bewijs van inschrijving. {{Kamer van Koophandel}}, {{St.-Jacobsstraat 300}}, {{3511 BT Utrecht}}."),
], font="LiberationSans", size=9.5)

# ---------------------------------------------------------------- cw10 overzicht bankrekeningen (table)
D("cw10", "Overzicht bankrekeningen en betalingen", "rl", [
    ("h", "Bijlage 3 Overzicht rekeningen en geldstromen dossier {{SDE22-05184}} / {{ISDE}}"),
    ("p", "Opgesteld door {{RVO}}, team {{TFM}}, op basis van gegevens van {{Twentse Groengas B.V.}}, {{De Nederlandsche Bank}}-registers en de betaaladministratie van {{RVO}}. Vertrouwelijk."),
    ("table", [["Rekening (IBAN)", "Tenaamstelling", "Soort", "Opmerking"],
               ["{{" + IBAN_TGG + "}}", "{{Twentse Groengas B.V.}}", "zakelijk", "ontvangt {{SDE++}}-voorschotten"],
               ["[[" + IBAN_LAMMERINK_PRIV + "]]", "[[G.J.]] [[Lammerink]]", "privé", "3 overboekingen jan-feb 2023"],
               ["[[" + IBAN_KOOLHOVEN_ZAAK + "]]", "[[R.H.J.]] [[Koolhoven]] h.o.d.n. [[Koolhoven]] Installatietechniek", "eenmanszaak", "onderhoudsfacturen, {{ISDE}}-facturen"],
               ["[[" + IBAN_KOOLHOVEN_PRIV + "]]", "[[R.H.J.]] [[Koolhoven]]", "privé", "ontvangt 9 {{ISDE}}-uitbetalingen (!)"],
               ["{{" + IBAN_RVO + "}}", "{{Rijksdienst voor Ondernemend Nederland}}", "overheid", "terugbetalingen"]], [0.27, 0.3, 0.13, 0.3]),
    ("h2", "Betalingen {{RVO}} aan of via de installateur"),
    ("table", [["Datum", "Dossier", "Aanvrager", "Bedrag", "Naar rekening"],
               ["14-02-2023", "{{ISDE-W-23-040912}}", "[[A.]] [[Yıldırım]]", "€ 2.950", "[[" + IBAN_KOOLHOVEN_PRIV + "]]"],
               ["02-03-2023", "{{ISDE-W-23-051177}}", "[[H.]] [[Dijkhuis]]", "€ 3.375", "[[" + IBAN_KOOLHOVEN_PRIV + "]]"],
               ["09-03-2023", "{{ISDE-W-23-055320}}", "[[M.]] [[Nieuwenhuis-Oude Luttikhuis]]", "€ 3.375", "[[" + IBAN_KOOLHOVEN_PRIV + "]]"],
               ["21-04-2024", "{{ISDE-W-24-281406}}", "[[J.M.]] [[Wessels-Brouwer]]", "€ 3.375", "[[" + IBAN_WESSELS + "]]"]], [0.13, 0.22, 0.27, 0.1, 0.28]),
    ("p", "Conclusie: {{ISDE}}-subsidie voor ten minste negen aanvragers is uitbetaald op een privérekening van de installateur in plaats van op de rekening van de aanvrager. De aanvragers hebben volgens de eerste gesprekken een machtiging getekend. Zie ook het gesprek met de heer [[Yıldırım]] ({{BSN}} [[" + BSN_YILDIRIM + "]]) op 28 april 2023."),
    ("sm", "Opsteller: [[W.]] [[Brinkhuis]] / review [[M.]] [[Tjon-A-Fong]] — 2 mei 2023"),
], font="DejaVuSans", size=9, land=True, hidden=[("info_author", "Brinkhuis, Wouter (RVO)", ["Wouter"])])

# ---------------------------------------------------------------- cw11 accountantsrapport (docx, 2 pages)
D("cw11", "Rapport van feitelijke bevindingen Twentse Groengas", "docx", [
    ("lh", "Flynth adviseurs en accountants", ["{{Bornsestraat 5}}", "{{7556 BA Hengelo}}", "T {{088 236 74 00}}"]),
    ("p", "Aan het bestuur van {{Twentse Groengas B.V.}}<br/>en aan de {{Rijksdienst voor Ondernemend Nederland}}"),
    ("p", "**Rapport van feitelijke bevindingen inzake de productieopgave {{SDE++}} 2022 en de besteding van voorschotten**"),
    ("p", "**Opdracht**"),
    ("p", "Wij hebben de werkzaamheden uitgevoerd die met u zijn overeengekomen en die hieronder zijn opgesomd, met betrekking tot de productieopgave over 2022 van de installatie met projectnummer {{SDE22-05184}}. De opdracht is uitgevoerd in overeenstemming met {{Standaard 4400N}} 'Opdrachten tot het verrichten van overeengekomen specifieke werkzaamheden'. Het {{Protocol productieopgave SDE++}} van {{RVO}} is gehanteerd."),
    ("p", "**Bevindingen**"),
    ("table", [["Nr", "Werkzaamheid", "Bevinding"],
               ["1", "Aansluiting gemelde productie op meetdata van de netbeheerder {{Enexis}}", "Verschil van 11.480 MWh (28%) over november–december 2022."],
               ["2", "Controle logboek en onderhoudsrapporten", "Logboek ontbreekt voor weken 47–52; onderhoudsrapporten van [[Koolhoven]] Installatietechniek zijn niet ondertekend."],
               ["3", "Aansluiting ontvangen voorschotten op bankafschriften", "Voorschotten ontvangen op {{" + IBAN_TGG + "}}, conform."],
               ["4", "Onttrekkingen rekening-courant directeur", "€ 186.400 aan de heer [[Lammerink]] zonder onderliggende leningsovereenkomst."],
               ["5", "Inkoop mest en co-producten", "Inkoopfacturen {{Boerderij De Haar}} en {{ForFarmers}} sluiten aan."]]),
    ("p", "Wij hebben geen controle of beoordeling uitgevoerd en geven daarom geen zekerheid. Dit rapport is uitsluitend bestemd voor het bestuur van {{Twentse Groengas B.V.}} en {{RVO}} ten behoeve van de vaststelling van de subsidie."),
    ("p", "**Overig**"),
    ("p", "In het kader van onze wettelijke meldplicht op grond van de {{Wwft}} hebben wij een melding van een ongebruikelijke transactie gedaan bij de {{FIU-Nederland}} (meldnummer [[FIU-23-4417201]]). Wij hebben dit met de heer [[Lammerink]] besproken. Hij liet weten dat hij 'het geld tijdelijk nodig had voor de verbouwing van zijn woning aan de [[Oldenzaalsestraat 211]]'."),
    ("p", "Hengelo, 30 juni 2023"),
    ("p", "{{Flynth adviseurs en accountants B.V.}}"),
    ("sig", "M Offerman"),
    ("p", "[[drs. M.A.]] [[Offerman]] RA<br/>Partner {{Audit}}<br/>[[m.offerman@flynth.nl]] | [[06-10558702]]"),
], font="Liberation Serif", size=10.5, hidden=[("xmp_creator", "Mirjam Bosgraaf (Flynth)", ["Bosgraaf"])])

# ---------------------------------------------------------------- cw12 DG REGIO e-mail thread (English)
D("cw12", "RE: Possible irregularity ERDF OP Oost - NL", "rl", [
    mail("[[WISNIEWSKA]] [[Katarzyna]] (REGIO) &lt;[[Katarzyna.WISNIEWSKA@ec.europa.eu]]&gt;", "Friday, 14 July 2023 10:17", "[[Stalpers, Koen]] &lt;[[koen.stalpers@oostnl.nl]]&gt;", "RE: Possible irregularity ERDF project {{OOST-2021-00418}}", cc="{{REGIO-E4-NETHERLANDS@ec.europa.eu}}; [[MOREL]] [[Jean-Baptiste]] (REGIO)", en=True),
    ("p", "Dear [[Koen]],"),
    ("p", "Thank you for the early warning. As discussed in our call, the {{Commission}} expects the {{Managing Authority}} to assess whether the expenditure declared for the biogas upgrading project of {{Twentse Groengas B.V.}} under {{Priority 2}} of the {{OP Oost 2021-2027}} programme is affected, and to report the case in {{IMS}} within the deadlines of {{Article 69(2) CPR}} and {{Annex XII}}. Please also inform the {{Audit Authority}} ({{Auditdienst Rijk}})."),
    ("p", "Given the parallel national subsidy ({{SDE++}}), please check double funding carefully. My colleague [[Jean-Baptiste]] will follow the {{JTF}} side, since the same group applied for a {{Just Transition Fund}} grant in Groningen-Emmen."),
    ("p", "The Executive Vice-President, {{Mr Fitto}}, will visit Groningen on 2 October; I do not expect this case to come up, but the cabinet may ask for a short line. Could you send one by 25 September?"),
    ("p", "Best regards,<br/>[[Kasia]]<br/><br/>[[Katarzyna Wiśniewska]]<br/>Desk officer for the Netherlands<br/>{{European Commission}} – {{DG Regional and Urban Policy}}, Unit {{E.4}}<br/>{{Avenue de Beaulieu 1}}, {{B-1160 Brussels}} | Tel. [[+32 2 29 84417]]"),
    ("hr",),
    mail("[[Stalpers, Koen]]", "Thursday, 13 July 2023 15:50", "[[WISNIEWSKA]] [[Katarzyna]] (REGIO)", "Possible irregularity ERDF project {{OOST-2021-00418}}", cc="[[Tjon-A-Fong, Marloes]]; {{eu-fondsen@oostnl.nl}}", en=True),
    ("p", "Dear [[Katarzyna]],"),
    ("p", "As a heads-up: the Dutch {{RVO}} and the inspectorate of the {{Ministry of Climate and Green Growth}} are investigating the beneficiary of {{ERDF}} project {{OOST-2021-00418}} for possible fraud with a national renewable-energy subsidy. No {{ERDF}} expenditure has been certified yet. We suspended payments on 10 July. I will keep you posted; my RVO contact is [[Marloes]] (in cc)."),
    ("p", "Kind regards,<br/>[[Koen Stalpers]]<br/>Programme manager {{EFRO}} | {{Oost NL}} / {{Managing Authority OP Oost}}<br/>M [[+31 6 5120 9964]]"),
], font="LiberationSans", size=9.5)

# ---------------------------------------------------------------- cw13 OLAF / IMS note (English memo)
D("cw13", "Note IMS irregularity report", "rl", [
    ("h", "NOTE FOR THE FILE"),
    ("kv", [("Subject", "{{IMS}} irregularity report {{NL/2023/014}} – {{ERDF}} {{OOST-2021-00418}}"), ("Date", "1 August 2023"),
            ("Author", "[[K.]] [[Stalpers]], {{Managing Authority OP Oost}}"), ("Copy", "{{Auditdienst Rijk}} (Audit Authority); {{AFCOS Nederland}}")], 0.18),
    ("p", "1. The irregularity was detected by the national paying agency {{RVO}} through a whistle-blower report of 3 March 2023 and confirmed by an on-site inspection on 11 April 2023 (inspectors [[F. El Khatib]] and [[T.C. Mangroelal]])."),
    ("p", "2. Type of irregularity: suspected false declaration of production data and diversion of public funds to private accounts of the managing director. Modus operandi: manipulation of the data logger by an external service provider (a sole proprietorship owned by Mr [[R.H.J. Koolhoven]], born [[23 August 1976]])."),
    ("p", "3. Financial impact on the {{ERDF}} operation: nil at this stage (no expenditure declared to the {{Commission}}). Potential impact: € 1,240,000 {{ERDF}} co-financing."),
    ("p", "4. Administrative and judicial follow-up: the case was reported to the {{Public Prosecution Service}} ({{Openbaar Ministerie}}, {{Functioneel Parket}}) on 24 July 2023. The managing director, Mr [[G.J. Lammerink]], [[has a previous conviction for forgery (2016, Court of Overijssel)]], according to the {{FIOD}}."),
    ("p", "5. {{OLAF}} has been informed through {{olaf-courrier@ec.europa.eu}}; {{OLAF}} has not yet decided whether to open an investigation. Contact at {{AFCOS}}: [[drs. L.]] [[Zwanikken]] ([[l.zwanikken@minfin.nl]])."),
    ("sm", "Drafted by [[KS]], checked by [[AVJ]]."),
], font="Courier", size=9.5, annots=[("Please remove point 4 second sentence before sending - Anouk", "Anouk Veldkamp-Jonkers", ["Anouk", "Veldkamp-Jonkers"])])

# ---------------------------------------------------------------- cw14 EFRO beschikking (docx)
D("cw14", "Subsidiebeschikking EFRO OP Oost", "docx", [
    ("lh", "Oost NL", ["Managementautoriteit {{EFRO}} {{OP Oost}}", "{{Hengelosestraat 585}}", "{{7521 AG Enschede}}", "{{eu-fondsen@oostnl.nl}}"]),
    ("p", "{{Twentse Groengas B.V.}}<br/>t.a.v. de directie<br/>{{Industrieweg}} 41<br/>7482 KN Haaksbergen"),
    ("kv", [("Datum", "6 december 2022"), ("Projectnummer", "{{OOST-2021-00418}}"), ("Behandelaar", "[[K.]] [[Stalpers]]"),
            ("Doorkiesnummer", "[[026 384 22 71]]"), ("Onderwerp", "Verlening subsidie {{Operationeel Programma EFRO Oost-Nederland 2021-2027}}")]),
    ("p", "Geachte heer [[Lammerink]],"),
    ("p", "Namens {{Gedeputeerde Staten van Overijssel}} en {{Gelderland}} deel ik u mee dat aan uw project 'Opwaardering groengas Haaksbergen' een subsidie wordt verleend van ten hoogste € 1.240.000 uit het {{Europees Fonds voor Regionale Ontwikkeling}} ({{EFRO}}), op grond van de {{Subsidieregeling EFRO Oost-Nederland 2021-2027}} en {{Verordening (EU) 2021/1060}}."),
    ("p", "De subsidie is bestemd voor de investering in een opwerkingsinstallatie. Cumulatie met andere subsidies, waaronder de {{SDE++}}, moet u melden. Projectkosten die al met andere subsidies worden gefinancierd, zijn niet subsidiabel (verbod op dubbele financiering)."),
    ("p", "Het project start op 1 januari 2023 en eindigt uiterlijk 31 december 2025. U dient halfjaarlijks een voortgangsrapportage in via het {{EFRO}}-portaal. Uw contactpersoon is de heer [[Stalpers]]."),
    ("p", "Gedeputeerde {{Tijs de Bree}} heeft bij de opening van de tender op 12 mei 2022 aangegeven dat groengasprojecten in Twente prioriteit hebben."),
    ("p", "Met vriendelijke groet,<br/>namens de Managementautoriteit,"),
    ("sig", "A Veldkamp"),
    ("p", "[[A.]] [[Veldkamp-Jonkers]]<br/>hoofd Managementautoriteit"),
], font="Arial", size=10)

# ---------------------------------------------------------------- cw15 JTF voortgang tabel
D("cw15", "JTF Groningen-Emmen projectoverzicht", "rl", [
    ("h", "{{Just Transition Fund}} Nederland – regio {{Groningen-Emmen}}"),
    ("p", "Overzicht projecten met aandachtspunten handhaving, stand 1 september 2023. Bestemd voor het overleg met {{DG REGIO}} van 19 september 2023. Het programma valt onder de verantwoordelijkheid van minister {{Hermans}}; in de regio zijn gedeputeerde {{Susan Top}} (Groningen) en burgemeester {{Van Oosterhout}} (Emmen) bestuurlijk betrokken."),
    ("table", [["Project", "Begunstigde", "Projectleider", "Budget JTF", "Status"],
               ["{{JTF-GE-22-0107}} Waterstoffabriek Emmen", "{{HyEnergy Emmen B.V.}}", "[[Anke]] [[Boerhof]]", "€ 4,8 mln", "op schema"],
               ["{{JTF-GE-22-0113}} Groengashub Zuidoost-Drenthe", "{{Groengas Drenthe B.V.}} (groep {{Twentse Groengas}})", "[[G.J.]] [[Lammerink]]", "€ 2,1 mln", "betaling opgeschort"],
               ["{{JTF-GE-22-0131}} Omscholing procesoperators", "{{Drenthe College}}", "[[W.]] [[Kalsbeek]]", "€ 1,3 mln", "op schema"],
               ["{{JTF-GE-23-0009}} Warmtenet Delfzijl", "{{Groningen Seaports}}", "[[Reinier]] [[van der Steeg]]", "€ 6,0 mln", "vertraging vergunning"]], [0.3, 0.24, 0.18, 0.1, 0.18]),
    ("p", "Toelichting {{JTF-GE-22-0113}}: de begunstigde is een dochter van {{Twentse Groengas B.V.}}; directeur is eveneens de heer [[Lammerink]]. {{RVO}} heeft de betalingen opgeschort in afwachting van het onderzoek van de {{Inspectie KGG}}. Contactpersoon bij {{SNN}}: [[Edwin]] [[Hoekzema]], [[e.hoekzema@snn.nl]], [[050 522 4903]] (algemeen nummer {{SNN}}: {{050 522 4900}})."),
    ("sm", "Opgesteld: [[AB]] / [[EH]] – {{SNN}} – versie 1.2"),
], font="DejaVuSans", size=9, land=True)

# ---------------------------------------------------------------- cw16 bezwaarschrift (letter from lawyer)
D("cw16", "Bezwaarschrift Twentse Groengas", "docx", [
    ("lh", "Hekkelman Advocaten N.V.", ["{{Oranjesingel 60}}", "{{6511 NZ Nijmegen}}", "T {{024 382 83 83}}"]),
    ("p", "Per aangetekende post en per e-mail"),
    ("p", "{{Rijksdienst voor Ondernemend Nederland}}<br/>t.a.v. {{Juridische Zaken}}, team Bezwaar en Beroep<br/>Postbus 40219<br/>8004 DE Zwolle"),
    ("kv", [("Datum", "9 oktober 2023"), ("Betreft", "Bezwaar tegen besluit van 31 augustus 2023, kenmerk {{SDE22-05184}}/{{INT-23-118}}"),
            ("Behandeld door", "[[mr. C.F.]] [[van Wijngaarden]]"), ("Direct", "[[024 382 83 47]]"), ("E-mail", "[[c.vanwijngaarden@hekkelman.nl]]"), ("Dossier", "{{23.0712}}")]),
    ("p", "Geachte heer, mevrouw,"),
    ("p", "Namens mijn cliënte, {{Twentse Groengas B.V.}}, gevestigd te Haaksbergen, maak ik bezwaar tegen uw besluit van 31 augustus 2023 waarbij de verlening van de {{SDE++}}-subsidie met terugwerkende kracht is ingetrokken en een bedrag van € 1.118.244 aan voorschotten wordt teruggevorderd."),
    ("p", "**Gronden**"),
    ("p", "1. Het besluit berust op een onzorgvuldig onderzoek (artikel 3:2 {{Awb}}). De inspecteurs hebben de verklaringen van de bedrijfsleider, de heer [[Kuipers]], onjuist weergegeven. Een ondertekende verklaring van de heer [[Kuipers]] is als productie 4 bijgevoegd."),
    ("p", "2. De productiedata zijn niet opzettelijk onjuist verstrekt. De datalogger werd beheerd door een externe partij. Cliënte wist niet van de afwijking. Haar directeur was in de relevante periode [[arbeidsongeschikt na een hartinfarct]] (productie 6, verklaring van de behandelend cardioloog [[dr. P.]] [[Wensink]])."),
    ("p", "3. De terugvordering is disproportioneel (artikel 3:4 {{Awb}}); u had kunnen volstaan met een lagere vaststelling over de maanden waarin minder is geproduceerd."),
    ("p", "Cliënte verzoekt te worden gehoord en verzoekt om vergoeding van de kosten van bezwaar (artikel 7:15 {{Awb}})."),
    ("p", "Hoogachtend,"),
    ("sig", "C vWijngaarden"),
    ("p", "[[mr. C.F.]] [[van Wijngaarden]]"),
], font="Times New Roman", size=11)
