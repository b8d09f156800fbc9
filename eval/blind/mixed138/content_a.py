"""Set NB documents nb01-nb11: request, application, AERIUS, mails, chats, objections, hearing."""
from lib import Doc

MOT = [("h2", "Informatie die niet openbaar gemaakt kan worden"),
       ("p", "Motivering: in de openbaar gemaakte versie van dit document zijn alle persoonsgegevens van "
             "ambtenaren en derden geanonimiseerd op grond van artikel 5.1, tweede lid, onder e, van de [[Woo]].")]

DOCS = [
Doc("nb01", "Woo-verzoek stikstofvergunningen veehouderijen", [
    ("h1", "Verzoek op grond van de Wet open overheid"),
    ("mono", "Van: {Noor El Idrissi|P} <{noor.elidrissi@protonmail.com|E}>\nVerzonden: maandag 9 maart 2026 08:14\n"
             "Aan: [[woo@overijssel.nl|MAILBOX]]\nOnderwerp: Woo-verzoek Natura 2000-vergunningen en opkoopregeling"),
    ("p", "Geacht college van [[Gedeputeerde Staten|ORG]] van de [[Provincie Overijssel|ORG]],"),
    ("p", "Als freelance journalist verzoek ik u op grond van de [[Wet open overheid]] om openbaarmaking van alle "
          "documenten over de aanvragen voor een omgevingsvergunning voor een Natura 2000-activiteit van veehouderijen "
          "rond [[Holten|PLACE]] en [[Ommen|PLACE]] in de periode 1 januari 2025 tot en met 28 februari 2026, inclusief "
          "de [[AERIUS Calculator|PRODUCT]]-berekeningen, zienswijzen, bezwaarschriften, verslagen van controlebezoeken "
          "van de [[Omgevingsdienst IJsselland|ORG]] en de stukken over de [[Regeling Vrijwillige Opkoop Veehouderijen Overijssel|PROGRAMME]] "
          "([[RVOVO]])."),
    ("p", "Ik ben in het bijzonder geïnteresseerd in de communicatie met gedeputeerde [[Marieke ten Hove|OFFICIAL]] over de "
          "piekbelasters nabij de [[Sallandse Heuvelrug|PLACE]] en het [[Springendal|PLACE]], en in de toepassing van "
          "[[intern salderen|TERM]] na de uitspraak van de [[Raad van State|ORG]] van december 2024."),
    ("p", "U kunt mij bereiken op {06-19 44 72 05|T} of per e-mail. Mijn postadres is {Van Karnebeekstraat 31-II|A}, "
          "{7511 GV|A} [[Enschede|PLACE]]."),
    ("sig", "Met vriendelijke groet,\n{Noor El Idrissi|P}\nfreelance onderzoeksjournalist, lid van [[Stichting Onderzoeksjournalistiek Oost|ORG]]"),
], prod_str="Microsoft Outlook for Microsoft 365", creator="Microsoft Outlook"),

Doc("nb02", "Ontvangstbevestiging Woo-verzoek WOO-2026-0117", [
    ("p", "[[Provincie Overijssel|ORG]]\n[[Luttenbergstraat 2|ADDRESS_PUBLIC]]\n[[Postbus 10078|ADDRESS_PUBLIC]]\n8000 GB [[Zwolle|PLACE]]\nT [[038 499 88 99|PHONE_PUBLIC]]"),
    ("p", "{Mevrouw N. El Idrissi|P}\n{Van Karnebeekstraat 31-II|A}\n{7511 GV|A} Enschede"),
    ("p", "Datum: 12 maart 2026\nKenmerk: [[WOO-2026-0117|CASE]] / [[Z2026-004187|CASE]]\nBehandeld door: {Anouk Zwiers|P}\nTelefoon: {038 499 7064|T}\nE-mail: {a.zwiers@overijssel.nl|E}"),
    ("p", "Onderwerp: ontvangstbevestiging van uw verzoek om informatie"),
    ("p", "Geachte {mevrouw El Idrissi|P},"),
    ("p", "Op 9 maart 2026 hebben wij uw verzoek ontvangen om openbaarmaking van documenten over vergunningen voor "
          "Natura 2000-activiteiten van veehouderijen en de [[Regeling Vrijwillige Opkoop Veehouderijen Overijssel|PROGRAMME]]. "
          "Wij hebben uw verzoek geregistreerd onder kenmerk [[WOO-2026-0117|CASE]]."),
    ("p", "Op grond van artikel 4.4 van de [[Wet open overheid]] beslissen wij binnen vier weken na ontvangst. Omdat "
          "in de documenten ook gegevens van veehouders, adviseurs en omwonenden staan, zullen wij derden in de gelegenheid "
          "stellen een zienswijze te geven. Wij verdagen de beslistermijn daarom met twee weken."),
    ("p", "Heeft u vragen, dan kunt u contact opnemen met het team Informatieverzoeken via [[woo@overijssel.nl|MAILBOX]] "
          "of het algemene nummer [[038 499 88 99|PHONE_PUBLIC]]."),
    ("sig", "Met vriendelijke groet,\n[[Gedeputeerde Staten van Overijssel|ORG]],\nnamens dezen,\n\n{A. Zwiers|P}\nWoo-coördinator, [[eenheid Juridische Zaken|ORG]]"),
], producer="docx"),

Doc("nb03", "Aanvraag omgevingsvergunning Natura 2000-activiteit Mensink", [
    ("h1", "Aanvraag omgevingsvergunning voor een Natura 2000-activiteit"),
    ("p", "Aan: [[Gedeputeerde Staten van Overijssel|ORG]], ingediend via het [[Omgevingsloket|PRODUCT]] "
          "(verzoeknummer [[OLO-9184427|CASE]])\nDatum: 14 april 2025"),
    ("h2", "1. Gegevens aanvrager"),
    ("table", [["Veld", "Waarde"],
               ["Naam aanvrager", "{Hendrikus Johannes Mensink|P}"],
               ["Handelsnaam", "Melkveehouderij {Mensink|P} V.O.F."],
               ["Vestigingsadres", "{Hoge Esweg 14|A}, {7451 PM|A} Holten"],
               ["Geboortedatum", "{17-08-1971|D}"],
               ["BSN (alleen bij natuurlijk persoon)", "{183749265|B}"],
               ["Telefoon", "{0548-36 12 90|T} / {06 5377 1184|T}"],
               ["E-mail", "{henk.mensink@kpnmail.nl|E}"],
               ["Medeaanvrager (vennoot)", "{Gerda Mensink-Schuttenbeld|P}"]], [60, 106]),
    ("h2", "2. Gemachtigde"),
    ("p", "{Bram Hoekstra|P}, Agrarisch Adviesbureau {Hoekstra|P}, {Dorpsstraat 88a|A}, {7441 BJ|A} [[Nijverdal|PLACE]], "
          "telefoon {0548-61 03 27|T}, e-mail {b.hoekstra@agrohoekstra.nl|E}."),
    ("h2", "3. Omschrijving van de activiteit"),
    ("p", "De aanvrager wil de bestaande melkrundveehouderij uitbreiden van 140 naar 185 melkkoeien met bijbehorend jongvee "
          "en daarbij een emissiearm vloersysteem toepassen ([[Rav-code A 1.100.3|CODE]], vloer van het merk "
          "[[Lely Sphere|PRODUCT]]). De stikstofdepositie op de stikstofgevoelige habitats van het Natura 2000-gebied "
          "[[Sallandse Heuvelrug|PLACE]] is berekend met [[AERIUS Calculator|PRODUCT]] versie [[2024.1|VERSION]]; zie "
          "bijlage 2 (kenmerk [[RUqk7ZV2h3Zs|CASE]])."),
    ("p", "Er wordt geen gebruik gemaakt van [[extern salderen|TERM]]. Voor zover de depositie niet afneemt ten opzichte van de "
          "referentiesituatie, verzoekt aanvrager om een [[passende beoordeling|TERM]] op grond van artikel 16.53c van de "
          "[[Omgevingswet]]."),
    ("h2", "4. Bedrijfsplan en maatregelen"),
    ("p", "Het bedrijf wordt gerund door de aanvrager, zijn echtgenote en (in deeltijd) hun zoon {Dinand|P}, die de opleiding "
          "aan [[Aeres MBO Dronten|ORG]] volgt en het bedrijf op termijn wil overnemen. Voor de uitbreiding is een lening "
          "toegezegd door de [[Rabobank Salland|ORG]] onder voorbehoud van de vergunning."),
    ("p", "Om de depositie te beperken neemt de aanvrager de volgende maatregelen: (a) een emissiearme vloer in stal 2; "
          "(b) voerspoor met eiwitarm rantsoen volgens de [[KringloopWijzer|PRODUCT]]; (c) mestopslag afgedekt met een "
          "drijvend zeil; (d) beweiding van melkkoeien beperkt tot 720 uur per jaar; (e) geen beweiding van jongvee op "
          "percelen die dichter dan 1 km bij de [[Holterberg|PLACE]] liggen."),
    ("p", "De aanvrager verzoekt de provincie de aanvraag met voorrang te behandelen, omdat de bank een termijn tot "
          "1 november 2025 stelt. Voor vragen kan contact worden opgenomen met de gemachtigde."),
    ("h2", "5. Ondertekening"),
    ("p", "Aldus naar waarheid ingevuld te [[Holten|PLACE]] op 14 april 2025.\n\n{H.J. Mensink|P}                {G. Mensink-Schuttenbeld|P}"),
    ("small", "Bijlagen: 1. situatietekening; 2. AERIUS-rapport [[RUqk7ZV2h3Zs|CASE]]; 3. machtiging {Hoekstra|P}; 4. bedrijfsplan 2025-2030."),
], font="DejaVu", prod_str="Omgevingsloket PDF-generator 3.8 (iText 7.2.5)", creator="DSO-LV aanvraagmodule"),

Doc("nb04", "AERIUS-berekening samenvatting RUqk7ZV2h3Zs", [
    ("h1", "AERIUS Calculator - Samenvatting berekening"),
    ("table", [["Kenmerk", "[[RUqk7ZV2h3Zs|CASE]]"],
               ["Datum berekening", "11 april 2025, 16:42"],
               ["Versie", "[[AERIUS Calculator|PRODUCT]] [[2024.1|VERSION]]"],
               ["Rekenjaar", "2025"],
               ["Opgesteld door", "{B. Hoekstra|P} ({Agrarisch Adviesbureau Hoekstra|P})"],
               ["Contactpersoon", "{Bram Hoekstra|P}, {b.hoekstra@agrohoekstra.nl|E}"],
               ["Activiteit", "Melkveehouderij {Hoge Esweg 14|A}, Holten"],
               ["Situatie", "Beoogd - Referentie"]], [55, 111]),
    ("h2", "Resultaten (mol N/ha/j)"),
    ("table", [["Natura 2000-gebied", "Hoogste toename", "Hoogste totale depositie"],
               ["[[Sallandse Heuvelrug|PLACE]]", "0,04", "2.061,37"],
               ["[[Borkeld|PLACE]]", "0,02", "1.884,10"],
               ["[[Rijntakken|PLACE]]", "0,00", "1.412,56"],
               ["[[Vecht- en Beneden-Reggegebied|PLACE]]", "0,01", "1.598,22"]], [70, 45, 51]),
    ("p", "Emissies referentiesituatie: 1.932,6 kg NH3/j (vergunning d.d. 3 juni 2014, kenmerk [[2014-0038412|CASE]]). "
          "Emissies beoogde situatie: 1.941,1 kg NH3/j. Stalsysteem [[Rav-code A 1.100.3|CODE]]. De toename van 0,04 mol "
          "N/ha/j is het gevolg van het beweiden van jongvee op perceel [[HLT00-K-2281|CASE]]."),
    ("p", "Opmerking ecoloog provincie ({M. Yıldırım|P}, {myildirim|U}): de referentiesituatie moet worden "
          "getoetst aan de feitelijk gerealiseerde capaciteit (zie [[ECLI:NL:RVS:2024:4923|CASE]]); bij de gebruiksruimte "
          "van 2014 is de stal met 40 dierplaatsen niet gebouwd."),
    ("small", "Deze berekening is gemaakt met [[AERIUS|PRODUCT]], een product van het [[RIVM|ORG]] in opdracht van het "
              "[[ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur|ORG]]. Gebruiker: {bhoekstra_agro|U}."),
], font="DejaVu", prod_str="AERIUS PDF export (Apache FOP 2.9)", creator="AERIUS Calculator"),

Doc("nb05", "E-mailwisseling referentiesituatie Mensink", [
    ("mono", "Van: {Kloosterboer, Sanne|P} <{s.kloosterboer@overijssel.nl|E}>\nVerzonden: dinsdag 6 mei 2025 11:02\n"
             "Aan: {Yıldırım, Mehmet|P} <{m.yildirim@overijssel.nl|E}>; {'t Holt, Thijs van|P} <{t.vantholt@overijssel.nl|E}>\n"
             "CC: {Wit-Brouwer, Ilse de|P} <{i.dewit-brouwer@overijssel.nl|E}>; [[vergunningen.natuur@overijssel.nl|MAILBOX]]\n"
             "Onderwerp: RE: [[Z2025-011832|CASE]] {Mensink|P} - referentiesituatie 2014"),
    ("p", "Hoi {Mehmet|P}, {Thijs|P},"),
    ("p", "Dank voor jullie reacties. Ik stel voor dat we de aanvrager vragen om een nieuwe berekening waarbij de niet "
          "gerealiseerde stal uit de referentie wordt gehaald. {Thijs|P}, kun jij bevestigen dat de uitspraak van de "
          "[[Afdeling bestuursrechtspraak|ORG]] hier onverkort geldt? Dan stuur ik vrijdag een aanvullingsverzoek aan {Hoekstra|P}."),
    ("p", "Groet,\n{Sanne|P}\n\n{Sanne Kloosterboer|P} | vergunningverlener Natuur | [[eenheid Ruimte en Bereikbaarheid|ORG]]\n"
          "[[Provincie Overijssel|ORG]] | {06-41 27 83 90|T} | werkdagen ma-di-do"),
    ("mono", "Van: {'t Holt, Thijs van|P} <{t.vantholt@overijssel.nl|E}>\nVerzonden: dinsdag 6 mei 2025 09:47\n"
             "Aan: {Kloosterboer, Sanne|P} <{s.kloosterboer@overijssel.nl|E}>\nCC: {Yıldırım, Mehmet|P} <{m.yildirim@overijssel.nl|E}>\n"
             "Onderwerp: RE: [[Z2025-011832|CASE]] {Mensink|P} - referentiesituatie 2014"),
    ("p", "{Sanne|P}, ja. Sinds [[ECLI:NL:RVS:2024:4923|CASE]] mag een toestemming die niet volledig is benut niet als "
          "referentie dienen voor [[intern salderen|TERM]]. Dat de stal er nooit is gekomen is bij ons bekend uit het "
          "controlebezoek van {Joost ter Haar|P} in 2023. Ik zou de aanvrager wel even bellen voordat de brief gaat; "
          "{Hoekstra|P} is nogal fel (zie zijn mail van 2 mei aan gedeputeerde [[Ten Hove|OFFICIAL]])."),
    ("p", "Met vriendelijke groet,\n{Thijs van 't Holt|P}\nsenior juridisch adviseur\nT {038 499 7713|T}"),
    ("mono", "Van: {Yıldırım, Mehmet|P}\nVerzonden: maandag 5 mei 2025 17:20\nAan: {Kloosterboer, Sanne|P}\nOnderwerp: [[Z2025-011832|CASE]] {Mensink|P} - referentiesituatie 2014"),
    ("p", "Hoi {Sanne|P}, de AERIUS-berekening klopt technisch, maar de referentie bevat 40 dierplaatsen die nooit zijn gebouwd. "
          "Zonder die plaatsen is de toename op [[Sallandse Heuvelrug|PLACE]] ca. 0,6 mol. Dan is een passende beoordeling nodig "
          "en kom je uit bij de [[ADC-toets|TERM]]. Zie ook de [[Handreiking Natura 2000-activiteit|DOC]] van [[BIJ12|ORG]]."),
    ("p", "{Mehmet Yıldırım|P}\necoloog / AERIUS-specialist\n{+31 6 1288 4351|T}"),
], font="DejaVu", prod_str="Microsoft Outlook for Microsoft 365 (print to PDF)", creator="Microsoft Outlook"),

Doc("nb06", "Aanmeldformulier RVOVO Wolters", [
    ("h1", "Aanmeldformulier Regeling Vrijwillige Opkoop Veehouderijen Overijssel"),
    ("p", "Dossiernummer [[RVOVO-2025-0214|CASE]]. Dit formulier is elektronisch ingevuld. Na ontvangst neemt de "
          "[[Provincie Overijssel|ORG]] contact op voor een [[keukentafelgesprek|TERM]] met een gebiedsmakelaar. "
          "De regeling is een uitwerking van de [[Landelijke beëindigingsregeling veehouderijlocaties met piekbelasting|PROGRAMME]] "
          "([[Lbv-plus]]) en wordt uitgevoerd samen met de [[Rijksdienst voor Ondernemend Nederland|ORG]] ([[RVO|ORG]])."),
    ("p", "Vul de velden hieronder in. Velden met een * zijn verplicht."),
    ("space", "310"),
    ("small", "Bij het indienen gaat u akkoord met de verwerking van uw gegevens volgens de privacyverklaring van de "
              "provincie. Vragen? Mail [[opkoopregeling@overijssel.nl|MAILBOX]] of bel [[14 038|PHONE_PUBLIC]]."),
], fields=[("Naam aanvrager *", "naam", "{Albertus Gerrit Wolters|P}"),
           ("Geboortedatum *", "geb", "{02-11-1963|D}"),
           ("BSN *", "bsn", "{241837596|B}"),
           ("Locatieadres *", "adres", "{Veldkampsweg 3|A}, {7731 RG|A} Ommen"),
           ("Telefoon *", "tel", "{0529-45 81 36|T}"),
           ("E-mail *", "mail", "{ab.wolters@hetnet.nl|E}"),
           ("IBAN *", "iban", "{NL91 RABO 0315 2736 48|I}"),
           ("Naam partner / mede-eigenaar", "partner", "{Janna Wolters-Lubbers|P}"),
           ("Reden stoppen", "reden", "{rugklachten na hernia-operatie|H}, geen opvolger"),
           ("Ingevuld door", "door", "{J. Wolters-Lubbers|P}")],
   prod_str="iText® 5.5.13.3 ©2000-2022 iText Group NV", creator="Provincie Overijssel e-formulieren"),

Doc("nb07", "Teams-chat team Vergunningverlening Natuur", [
    ("h1", "Chatexport Microsoft Teams - kanaal 'VV Natuur - stikstof'"),
    ("small", "Geëxporteerd op 14-05-2025 door {i.dewit-brouwer|U} ten behoeve van [[WOO-2026-0117|CASE]]"),
    ("table", [["Tijd", "Naam", "Bericht"],
               ["13-05 08:31", "{Sanne Kloosterboer|P}", "Goedemorgen! Wie gaat er mee naar de hoorzitting {Bosch|P} op donderdag?"],
               ["13-05 08:33", "{Ilse de Wit-Brouwer|P}", "Ik niet, zit bij [[GS|ORG]] met [[Ten Hove|OFFICIAL]] over de piekbelasters. {Thijs|P}?"],
               ["13-05 08:40", "{Thijs van 't Holt|P}", "ja ik ga. {Kloos|P} rij jij?"],
               ["13-05 08:41", "{Sanne Kloosterboer|P}", "prima, ik rij. Vertrek 9.15 vanaf het [[Provinciehuis|BUILDING]]"],
               ["13-05 09:12", "{Mehmet Yıldırım|P}", "@{Sanne|P} nieuwe AERIUS van {Hoekstra|P} binnen, toename nu 0,58 mol op [[Sallandse Heuvelrug|PLACE]]. Zoals verwacht."],
               ["13-05 09:14", "{Ilse de Wit-Brouwer|P}", "Dan gaan we richting weigering of passende beoordeling. Graag memo voor de [[portefeuillehouder|ROLE]] voor vrijdag."],
               ["13-05 09:20", "{Ruud Oude Lansink|P}", "Ter info: [[ODIJ|ORG]] heeft bij {Mensink|P} ook 12 stuks jongvee te veel geteld. Handhavingsverzoek loopt."],
               ["13-05 09:22", "{Thijs van 't Holt|P}", "oei. {Ruud|P} kun je het rapport van {Joost|P} doorsturen?"],
               ["13-05 09:25", "{Ruud Oude Lansink|P}", "staat op de [[SharePoint|PRODUCT]] onder [[HH-2025-0412|CASE]]"],
               ["13-05 10:02", "{Sanne Kloosterboer|P}", "{Mees|P} (stagiair) schrijft het concept van de memo, ik check"]], [22, 38, 106]),
], font="DejaVu", prod_str="Microsoft: Print To PDF", creator="Microsoft Teams"),

Doc("nb08", "WhatsApp-export veehouder en adviseur", [
    ("h1", "WhatsApp-chat met {Bram Hoekstra|P} (bijlage bij zienswijze)"),
    ("mono", "[02-05-25 07:12] {Henk|P}: Bram, weer een brief van de provincie. Ze willen een nieuwe berekening\n"
             "[02-05-25 07:30] {Bram Hoekstra|P}: Ik heb het gezien. Ik mail vandaag nog gedeputeerde Ten Hove, dit slaat nergens op\n"
             "[02-05-25 07:31] {Henk|P}: {Gerda|P} slaapt er niet meer van. Ze is al 3 weken thuis van haar werk\n"
             "[02-05-25 07:45] {Bram Hoekstra|P}: Begrijpelijk. Bel je me vanavond? {06-28 51 90 63|T}\n"
             "[02-05-25 19:02] {Henk|P}: <Media weggelaten>\n"
             "[03-05-25 10:15] {Bram Hoekstra|P}: Heb {mr. Van der Veen|P} gesproken. Zij wil bezwaar maken als het een weigering wordt\n"
             "[03-05-25 10:16] {Henk|P}: Wat kost dat?\n"
             "[03-05-25 10:20] {Bram Hoekstra|P}: Via LTO-rechtshulp valt het mee. Ik stuur haar gegevens\n"
             "[03-05-25 10:21] {Bram Hoekstra|P}: {Carolien van der Veen-Hartog|P}, {c.vanderveen@veen-hartog.nl|E}\n"
             "[05-05-25 16:40] {Dinand|P}: Pa, ik kan donderdag de koeien niet doen, examen\n"
             "[05-05-25 16:41] {Henk|P}: Komt goed jong. Vraag {Ome Gert|P}"),
    ("p", "De chat is door de gemachtigde overgelegd als bijlage bij de zienswijze van 20 mei 2025. Begrippen in de chat: "
          "[[LTO Noord|ORG]], [[LTO-rechtshulp|ORG]], [[gedeputeerde Ten Hove|OFFICIAL]]."),
], font="DejaVu", prod_str="Skia/PDF m124", creator="Android WhatsApp export via Chrome"),

Doc("nb09", "Zienswijze omwonenden ontwerpbesluit Mensink", [
    ("p", "{Kees Bosch|P} en {Ayşe Kaya-Bosch|P}\n{Kerkweg 22|A}\n{7451 AE|A} Holten\n{kaya-bosch@ziggo.nl|E}"),
    ("p", "Aan [[Gedeputeerde Staten van Overijssel|ORG]]\nt.a.v. team Vergunningverlening Natuur\n[[Postbus 10078|ADDRESS_PUBLIC]]\n8000 GB Zwolle"),
    ("p", "Holten, 19 september 2025"),
    ("p", "Betreft: zienswijze ontwerpbesluit [[Z2025-011832|CASE]] (melkveehouderij [[Hoge Esweg|STREET]])"),
    ("p", "Geachte heer, mevrouw,"),
    ("p", "Wij wonen op ongeveer 350 meter van het bedrijf van de familie {Mensink|P}. Wij maken ons ernstig zorgen over de "
          "uitbreiding van het aantal koeien. Al jaren ervaren wij geurhinder en er rijden vanaf 5 uur 's ochtends tractoren "
          "en melkwagens langs ons huis over de [[Hoge Esweg|STREET]] en de [[Deventerweg|STREET]]."),
    ("p", "Ons zoontje {Emre|P} ({geboren 3 februari 2017|D}) heeft {astma|H} en de longarts van het [[Deventer Ziekenhuis|ORG]] "
          "heeft ons aangeraden ammoniak en fijnstof zoveel mogelijk te vermijden. Wij vragen u de gezondheid van omwonenden "
          "mee te wegen, ook al gaat de vergunning formeel over stikstof op de [[Sallandse Heuvelrug|PLACE]]."),
    ("p", "Verder merken wij op dat in de berekening van de heer {Hoekstra|P} een stal is meegenomen die er nooit heeft gestaan. "
          "Dat weet iedereen in de buurtschap [[Espelo|PLACE]]. Ook buurman {Gerrit-Jan Nijenhuis|P} ({Kerkweg 18|A}) kan dit bevestigen."),
    ("p", "Wij verzoeken u de vergunning te weigeren en ons te informeren over het vervolg. Wij willen graag gehoord "
          "worden. U kunt ons bellen op {0548 - 52 77 19|T}."),
    ("p", "Met vriendelijke groet,\n\n{K. Bosch|P}                 {A. Kaya-Bosch|P}"),
    ("p", "Kopie: [[Vereniging Dorpsbelang Holten|ORG]]; [[Stichting Natuurbehoud Salland|ORG]]"),
] + MOT[:0], producer="docx"),

Doc("nb10", "Bezwaarschrift Stichting Natuurbehoud Salland", [
    ("p", "{Dijkgraaf|P} Omgevingsrecht advocaten\n[[Burgwal 45|ADDRESS_PUBLIC]], 8011 AT [[Zwolle|PLACE]]\nT {038 - 203 44 60|T} (direct {038 - 203 44 67|T})"),
    ("p", "Aan het college van [[Gedeputeerde Staten van Overijssel|ORG]]\nper e-mail: [[bezwaarschriften@overijssel.nl|MAILBOX]]"),
    ("p", "Zwolle, 2 december 2025\nOns kenmerk: [[DO/2025/1187|CASE]]\nUw kenmerk: [[Z2025-011832|CASE]]"),
    ("h2", "Bezwaarschrift"),
    ("p", "Namens mijn cliënte, [[Stichting Natuurbehoud Salland|ORG]], gevestigd te [[Raalte|PLACE]], rechtsgeldig "
          "vertegenwoordigd door haar voorzitter {drs. Wilhelmina (Mien) Scholten-ten Dam|P}, maak ik bezwaar tegen het "
          "besluit van 23 oktober 2025 waarbij aan {H.J. Mensink|P} een omgevingsvergunning is verleend voor een "
          "Natura 2000-activiteit."),
    ("p", "Gronden: (1) het besluit gaat uit van een referentiesituatie die niet is gerealiseerd, in strijd met "
          "[[ECLI:NL:RVS:2024:4923|CASE]]; (2) de passende beoordeling sluit significante gevolgen voor habitattype "
          "[[H4030 Droge heiden|HABITAT]] niet uit; (3) de voorschriften over beweiding zijn niet handhaafbaar."),
    ("p", "Mijn cliënte verzoekt om te worden gehoord. De secretaris van de stichting, de heer {Lambertus Fokkens|P}, "
          "en haar ecoloog {ir. Joëlle Mertens|P} zullen de hoorzitting bijwonen."),
    ("sig", "Hoogachtend,\n\n{mr. P.J. Dijkgraaf|P}\nadvocaat\n{pj.dijkgraaf@dijkgraaf-omgevingsrecht.nl|E}"),
], font="Times", prod_str="Nitro Pro 13.70.2.40", creator="Nitro Pro"),

Doc("nb11", "Verslag hoorzitting bezwaarcommissie Z2025-011832", [
    ("h1", "Verslag hoorzitting Adviescommissie bezwaarschriften"),
    ("p", "Datum: 22 januari 2026, 14.00-15.40 uur, [[Statenzaal|BUILDING]], [[Provinciehuis|BUILDING]] Zwolle\n"
          "Zaak: [[BZ-2025-0288|CASE]], bezwaar [[Stichting Natuurbehoud Salland|ORG]] tegen vergunning [[Z2025-011832|CASE]]"),
    ("table", [["Aanwezig", "Rol", "Code"],
               ["{mr. E.H. Brouwer-Lamberts|P}", "voorzitter commissie (extern)", "{EHBL|C}"],
               ["{drs. K.M. Sieders|P}", "lid commissie (extern)", "{KMS|C}"],
               ["{Wietske Hulshof|P}", "secretaris", "{WHu|C}"],
               ["{mr. P.J. Dijkgraaf|P}", "gemachtigde bezwaarmaker", "-"],
               ["{Lambertus Fokkens|P}", "secretaris stichting", "-"],
               ["{Thijs van 't Holt|P}", "namens verweerder", "{TvtH|C}"],
               ["{Sanne Kloosterboer|P}", "namens verweerder", "{SKl|C}"],
               ["{H.J. Mensink|P}, {C.J. van der Veen-Hartog|P}", "vergunninghouder en advocaat", "-"]], [60, 70, 36]),
    ("h2", "1. Opening"),
    ("p", "De voorzitter opent de zitting en wijst erop dat het verslag openbaar kan worden op grond van de [[Wet open overheid]]."),
    ("h2", "2. Toelichting bezwaarmaker"),
    ("p", "{Mr. Dijkgraaf|P} licht de gronden toe. Volgens hem is de stal uit 2014 nooit gebouwd; dat blijkt uit luchtfoto's "
          "van [[PDOK|ORG]] en uit het controlerapport van de [[Omgevingsdienst IJsselland|ORG]]. De heer {Fokkens|P} vult aan dat "
          "de heide op de [[Holterberg|PLACE]] zichtbaar vergrast."),
    ("h2", "3. Reactie verweerder"),
    ("p", "{De heer Van 't Holt|P} erkent dat de referentie is gecorrigeerd in de tweede AERIUS-berekening en dat daarna een "
          "passende beoordeling is gemaakt. Mevrouw {Kloosterboer|P} licht de voorschriften over beweiding toe."),
    ("h2", "4. Vergunninghouder"),
    ("p", "{Mr. Van der Veen-Hartog|P} stelt dat haar cliënt te goeder trouw heeft gehandeld. De heer {Mensink|P} vertelt "
          "dat hij en zijn vrouw door de procedure onder grote druk staan."),
    ("h2", "Actiepunten"),
    ("table", [["Nr", "Actie", "Wie", "Wanneer"],
               ["1", "Luchtfoto's 2015-2024 aan dossier toevoegen", "{SKl|C}", "29-01"],
               ["2", "Reactie op nagekomen stuk [[LTO Noord|ORG]]", "{TvtH|C}", "05-02"],
               ["3", "Concept-advies aan commissie", "{WHu|C}", "19-02"]], [10, 96, 25, 35]),
], prod_str="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365"),
]

# letters and reports set in 11 pt (as most provincial templates are)
for _d in DOCS:
    if _d.stem in {"nb03", "nb05", "nb10", "nb12", "nb25", "nb26", "nb27", "nb28", "nb29", "nb32", "nb20"}:
        _d.fs = 11
