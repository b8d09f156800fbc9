from people import *  # noqa
from docs_a import D, mail  # noqa

# ---------------------------------------------------------------- cw33 inspectierapport (docx, 3 pages)
D("cw33", "Inspectierapport INSP-KGG 2023-0877-R", "docx", [
    ("lh", "Inspectie Klimaat en Groene Groei", ["{{Team Toezicht Subsidies}}", "{{Anna van Buerenplein 1}}, {{2595 DA Den Haag}}"]),
    ("h", "Rapport van bevindingen"),
    ("kv", [("Kenmerk", "{{INSP-KGG 2023/0877}}-R"), ("Datum", "29 juni 2023"), ("Status", "definitief"),
            ("Opstellers", "[[F.]] [[El Khatib]] en [[T.C.]] [[Mangroelal]], inspecteurs"), ("Opdrachtgever", "[[A.]] [[Ruijgrok]], teamleider"),
            ("Betrokkenen", "{{Twentse Groengas B.V.}} ({{KvK}} {{08213377}}); eenmanszaak [[Koolhoven]] Installatietechniek ({{KvK}} [[74011592]])")]),
    ("h2", "Samenvatting"),
    ("p", "De {{Inspectie KGG}} heeft onderzocht of {{Twentse Groengas B.V.}} zich heeft gehouden aan de verplichtingen uit de {{SDE++}}-beschikking {{SDE22-05184}} en of de {{ISDE}}-aanvragen met als installateur de eenmanszaak van de heer [[Koolhoven]] juist waren. De inspectie concludeert dat over november 2022 tot en met februari 2023 ten minste 11.480 MWh meer productie is gemeld dan is geproduceerd, en dat de datalogger op afstand is aangepast. Daarnaast zijn negen {{ISDE}}-uitbetalingen op een privérekening van de installateur terechtgekomen."),
    ("h2", "1. Onderzoeksaanpak"),
    ("p", "De inspectie heeft op 11 april 2023 een locatiebezoek afgelegd, gesprekken gevoerd met de directeur, de bedrijfsleider en de administratief medewerker, en documenten opgevraagd. Meetgegevens zijn opgevraagd bij {{Enexis Netbeheer}} en {{Vertogas}}. De logbestanden van de datalogger (merk {{Siemens}}, type {{SIMATIC RTU3030C}}) zijn forensisch veiliggesteld door [[ing. D.]] [[Brouwer-Oosting]] van het {{Digitaal Forensisch Team}} van de inspectie."),
    ("p", "Daarnaast zijn zes {{ISDE}}-aanvragers thuis bezocht: de heer [[Yıldırım]] (Hengelo), de heer [[Dijkhuis]] (Borne), mevrouw [[Nieuwenhuis-Oude Luttikhuis]] (Borne), de heer en mevrouw [[Mensink]] (Delden), de heer [[Ter Braak]] (Goor) en mevrouw [[Wessels-Brouwer]] (Zwolle)."),
    ("h2", "2. Bevindingen SDE++"),
    ("p", "2.1 De gemelde productie over de onderzochte periode bedraagt 15.940 MWh; de door {{Enexis}} gemeten invoeding 4.460 MWh. Het verschil van 11.480 MWh komt overeen met een subsidiebedrag van circa € 1,1 mln."),
    ("p", "2.2 Uit de logbestanden blijkt dat op 17 november 2022 om 23.12 uur is ingelogd op de datalogger met het account '[[rkoolhoven]]' vanaf een IP-adres dat hoort bij een internetaansluiting op het woonadres van de heer [[Koolhoven]]. Daarna is een vaste waarde ingesteld voor de productie."),
    ("p", "2.3 De bedrijfsleider, de heer [[Kuipers]], verklaarde dat hij de directie op 21 november 2022 heeft geïnformeerd over de storing. De directeur, de heer [[Lammerink]], verklaarde dat hij 'wegens ziekte' niet op de hoogte was. De inspectie kan dit niet verifiëren."),
    ("h2", "3. Bevindingen ISDE"),
    ("p", "3.1 Van de 41 aanvragen met deze installateur zijn er 38 ingediend met een machtiging in {{Mijn RVO}}. Bij negen aanvragen is het rekeningnummer van de installateur opgegeven. Bij drie aanvragen bestaat het installatieadres niet in de {{Basisregistratie Adressen en Gebouwen}} ({{BAG}})."),
    ("p", "3.2 Bij vier van de zes bezochte adressen is een ander toestel geïnstalleerd dan opgegeven. Mevrouw [[Wessels-Brouwer]] verklaarde dat zij 'een goedkope warmtepomp uit China' heeft gekregen en dat de installateur haar vertelde dat 'de subsidie vanzelf goed komt'. Zij maakte tijdens het gesprek gebruik van [[een zuurstofapparaat]]."),
    ("p", "3.3 De heer [[Yıldırım]] verklaarde het subsidiebedrag nooit te hebben ontvangen. Zijn dochter, mevrouw [[E.]] [[Yıldırım]], was bij het gesprek aanwezig als tolk."),
    ("h2", "4. Conclusies en aanbevelingen"),
    ("p", "a. Er zijn aanwijzingen voor valsheid in geschrift en subsidiefraude; de inspectie adviseert {{RVO}} aangifte te doen bij het {{Openbaar Ministerie}}.<br/>b. {{RVO}} wordt aanbevolen bij de {{ISDE}} een controle in te voeren op de tenaamstelling van het rekeningnummer.<br/>c. De {{Managementautoriteit OP Oost}} en {{SNN}} worden geïnformeerd vanwege de lopende {{EFRO}}- en {{JTF}}-subsidies."),
    ("p", "Voor vragen over dit rapport: {{inspectie-subsidies@minkgg.nl}} of het algemene nummer {{070 379 8000}}."),
    ("table", [["", "Naam", "Datum", "Paraaf"],
               ["Opgesteld", "[[F.]] [[El Khatib]]", "29-06-2023", "[[FEK]]"],
               ["Opgesteld", "[[T.C.]] [[Mangroelal]]", "29-06-2023", "[[TCM]]"],
               ["Vastgesteld", "[[A.]] [[Ruijgrok]]", "30-06-2023", "[[AR]]"]]),
], font="Liberation Sans", size=10.5, meta={"Author": "F. El Khatib"})

# ---------------------------------------------------------------- cw34 English thread with OLAF and DG REGIO (2 pages)
D("cw34", "RE: OLAF OF/2023/1187 - request for information", "rl", [
    mail("[[ROSSI Giulia]] (OLAF) &lt;[[Giulia.ROSSI@ec.europa.eu]]&gt;", "Tuesday, 17 October 2023 14:26", "[[Tjon-A-Fong, Marloes]] &lt;[[marloes.tjonafong@rvo.nl]]&gt;", "RE: {{OF/2023/1187}} – request for information", cc="{{OLAF-FMB-B3@ec.europa.eu}}; [[Stalpers, Koen]]", en=True),
    ("p", "Dear Ms [[Tjon-A-Fong]],"),
    ("p", "Thank you for the documents received on 12 October. {{OLAF}} has decided to open an external investigation ({{OF/2023/1187}}) under {{Regulation (EU, Euratom) No 883/2013}}, limited to the {{ERDF}} and {{JTF}} operations. We will coordinate with the {{European Public Prosecutor's Office}} ({{EPPO}}) as required by {{Article 12c}} of that Regulation."),
    ("p", "Could you please provide (1) the bank statements of the company account {{" + IBAN_TGG + "}} for 2022-2023, (2) the {{Vertogas}} certificates, and (3) the names and contact details of the staff interviewed? Personal data will be processed in accordance with {{Regulation (EU) 2018/1725}}."),
    ("p", "Kind regards,<br/>[[Giulia Rossi]]<br/>Investigator, Unit {{B.3}} – Regional and urban policy funds<br/>{{European Anti-Fraud Office (OLAF)}}<br/>{{Rue Joseph II 30}}, {{1000 Brussels}} | [[+32 2 298 61 04]]"),
    ("hr",),
    mail("[[Tjon-A-Fong, Marloes]]", "Thursday, 12 October 2023 09:02", "[[ROSSI Giulia]] (OLAF)", "{{OF/2023/1187}} – documents", cc="[[Hek, Jeroen van 't]]; [[Stalpers, Koen]]", en=True),
    ("p", "Dear Ms [[Rossi]],"),
    ("p", "Please find attached the inspection report {{INSP-KGG 2023/0877}}-R (in Dutch, with an English summary), the accountant's report by {{Flynth}} and an overview of payments. Some documents contain personal data of private individuals, including health data of the managing director; we kindly ask you to treat them accordingly."),
    ("p", "For questions about the {{ISDE}} part please contact my colleague [[Wouter Brinkhuis]] ([[w.brinkhuis@rvo.nl]]). I am on leave from 20 October to 3 November ([[medical reasons]]); in that period [[Jeroen van 't Hek]] is your contact."),
    ("p", "Kind regards,<br/>[[Marloes]]"),
    ("hr",),
    mail("[[ROSSI Giulia]] (OLAF)", "Monday, 9 October 2023 17:40", "[[marloes.tjonafong@rvo.nl]]", "{{OF/2023/1187}} – request for information", cc="[[WISNIEWSKA Katarzyna]] (REGIO)", en=True),
    ("p", "Dear Ms [[Tjon-A-Fong]],"),
    ("p", "Following the information received from the {{Dutch AFCOS}} and from {{DG REGIO}} ([[Ms Wiśniewska]]), {{OLAF}} is assessing whether to open an investigation concerning {{Twentse Groengas B.V.}} and {{Groengas Drenthe B.V.}}. In this context we would appreciate receiving the national inspection report and any information on links between the beneficiary and the service provider owned by Mr [[Koolhoven]]."),
    ("p", "Please note that this message and any attachments are covered by the confidentiality requirements of {{Article 10 of Regulation 883/2013}}. Please reply to this e-mail and to the functional mailbox {{OLAF-FMB-B3@ec.europa.eu}}."),
    ("p", "Best regards,<br/>[[Giulia Rossi]]"),
    ("hr",),
    ("sm", "From: [[Stalpers, Koen]] | Sent: 9 October 2023 18:02 | To: [[Tjon-A-Fong, Marloes]] | Subject: FW: request OLAF<br/>[[Marloes]], fyi – OLAF comes to us directly. I told [[Giulia]] that RVO holds the original files. Gr. [[Koen]]"),
], font="LiberationSerif", size=10.5)
