from lib import Doc

DOCS = []

DOCS.append(Doc("es34_contactlijst_aanvragers", r"""
# Contactlijst aanvragers SES 2025 - regio Midden en Oost
{{RVO}}, team {{Subsidies Onderwijs}} - uitsluitend voor intern gebruik - peildatum 1 december 2025

|Dossier|Bevoegd gezag|Contactpersoon|E-mail|Telefoon|
|{{SES-2025-0142}}|{{SOOR}}|[[Gerrit-Jan Kuipers]]|[[gj.kuipers@soor.nl]]|[[0345-517 204]]|
|{{SES-2025-0158}}|{{Stichting Bommelerwaard Onderwijs}}|[[Ingrid Zomerdijk]]|[[i.zomerdijk@sbo-bw.nl]]|[[0418 67 30 12]]|
|{{SES-2025-0163}}|{{CLV Veenendaal}}|[[Pieter de Jong]]|[[p.dejong@clv.nl]]|[[0318-50 44 91]]|
|{{SES-2025-0190}}|{{Stichting Primair Nieuwegein}}|[[Noor Achterberg-Vos]]|[[n.achterberg@spnieuwegein.nl]]|[[030 600 18 74]]|
|{{SES-2025-0207}}|{{SKO Peelland}}|[[Mirjam Houtkamp-de Wilde]]|[[m.houtkamp@skopeelland.nl]]|[[0492 38 71 16]]|
|{{SES-2025-0215}}|{{Stichting Quadraam}}|[[Rik van Leeuwen]]|[[rik.vanleeuwen@quadraam.nl]]|[[026 - 321 90 45]]|
|{{SES-2025-0233}}|{{Onderwijsgroep Achterhoek}}|[[Françoise Lemaître]]|[[f.lemaitre@oga.nl]]|[[0544 39 12 06]]|
|{{SES-2025-0240}}|{{Stichting Lucas}}|[[Mehmet Öztürk]]|[[m.ozturk@lucas.nl]]|[[06 4219 7735]]|
|{{SES-2025-0311}}|{{CVO De Vallei}}|[[Tjeerd Hoekstra]]|[[t.hoekstra@cvo-devallei.nl]]|[[0318 64 29 51]]|
|{{SES-2025-0322}}|{{Stichting Het Rijnlands}}|[[Joke ter Beek]]|[[jöke.terbeek@rijnlands.nl]]|[[+31 (0)71 528 11 09]]|

Let op: bij {{SES-2025-0233}} is mevrouw [[Lemaître]] tot 1 februari met zwangerschapsverlof; vervanger is [[Bart Kollenveld]] ([[b.kollenveld@oga.nl]]).
Algemene vragen van aanvragers altijd via {{088 042 42 42}} of {{ses@rvo.nl}}.
""", producer="ttf", title="Contactlijst aanvragers SES", author="[[Anouk Verbeek]]", pdf_producer="Microsoft® Excel® voor Microsoft 365", pdf_creator="Microsoft® Excel® voor Microsoft 365"))

DOCS.append(Doc("es35_uitnodiging_vergadering", r"""
# Vergaderverzoek
Van: [[Dijk, Lotte van]] <[[lotte.vandijk@rvo.nl]]>
Verzonden: dinsdag 4 november 2025 14:26
Aan: [[Wolters, Henk]] <[[henk@woltersbouwadvies.nl]]>; [[Brinkman, Annemarie]] <[[annemarie@bouwfysica-brinkman.nl]]>; [[Bouzid, Youssef]] <[[y.bouzid82@gmail.com]]>; [[Nieuwenhuys-Bakx, Cor]] <[[cor.nieuwenhuys@xs4all.nl]]>
CC: [[Horst, Pieter-Jan ter]] <[[pj.terhorst@minocw.nl]]>; {{Secretariaat Subsidies Onderwijs}} <{{secretariaat.so@rvo.nl}}>
Onderwerp: Vergadering beoordelingscommissie SES - 20 november 2025
Wanneer: donderdag 20 november 2025 10:00-15:30 (UTC+01:00) Amsterdam, Berlijn
Locatie: {{RVO}} {{Den Haag}}, {{Prinses Beatrixlaan 2}}, zaal {{Zuiderzee}} / {{Microsoft Teams}}

Beste commissieleden,

Hierbij de uitnodiging voor de vierde vergadering. De stukken (64 aanvragen, scoreformulieren) staan vanaf 10 november in de beveiligde omgeving {{Zivver}}. [[Cor]], jij ontvangt de inlogcode per sms op [[06-5120 8843]].

Lunch wordt verzorgd. Parkeren kan in de garage {{Malietoren}}; meld je kenteken uiterlijk 18 november bij {{secretariaat.so@rvo.nl}}.

Deelnemen aan Microsoft Teams-vergadering
Vergadering-ID: {{382 114 906 51}} - Wachtwoordcode: {{Qp7sXa}}
Inbellen: {{+31 20 794 8855}},,{{74120399#}} Nederland, {{Amsterdam}}

Groet,
[[Lotte]]
""", producer="std", title="Vergaderverzoek BC SES", pdf_producer="Microsoft® Outlook® voor Microsoft 365", pdf_creator="Microsoft® Outlook® voor Microsoft 365"))

DOCS.append(Doc("es36_opgave_honoraria", r"""
# Opgave honoraria externe leden beoordelingscommissie SES 2025
{{RVO}} - {{Financiële Administratie}} - t.b.v. de {{opgaaf uitbetaalde bedragen}} aan de {{Belastingdienst}}
Grondslag: {{Besluit vergoedingen adviescolleges en commissies}}, vergoeding per vergadering EUR 430

|Naam|Adres|Geb.datum|BSN|IBAN|Bedrag|
|[[Hendrikus Wolters]]|[[Bergweg 31]], [[3843 AL Harderwijk]]|[[03-09-1961]]|[[204817356]]|[[NL62 ABNA 0417 2290 13]]|2.150,00|
|[[Annemarie Brinkman]]|[[Zeeltstraat 9]], [[6717 GB Ede]]|[[21-06-1972]]|factuur|[[NL21 RABO 0312 8840 57]]|2.298,60|
|[[Youssef Bouzid]]|[[Prinsessegracht 8-III]], [[2514 AN]] Den Haag|[[14-11-1982]]|[[318299047]]|[[NL09 SNSB 0923 4411 78]]|1.720,00|
|[[Cornelia Nieuwenhuys-Bakx]]|[[Vondellaan 117]], [[3521 GH Utrecht]]|[[30-01-1958]]|[[155372618]]|[[NL74 TRIO 0338 5520 06]]|1.290,00|

Mevrouw [[Brinkman]] factureert via haar eenmanszaak; geen opgaaf nodig. De heer [[Bouzid]] heeft verzocht om uitbetaling in twee termijnen.
Gecontroleerd: [[K. Visschedijk]] ([[KV]]), {{Team Crediteuren}}, 12-12-2025. Vragen: {{finadmin@rvo.nl}}.
""", producer="std", title="Opgave honoraria BC SES", author="[[K. Visschedijk]]", pdf_producer="SAP NetWeaver 7.5 Adobe Document Services", pdf_creator="SAP"))

DOCS.append(Doc("es37_verslag_hoorzitting", r"""
# Verslag hoorzitting bezwaar
Zaaknummer: {{BZW-2026-0049}}
Datum: 24 maart 2026, 14.00 uur, via {{Microsoft Teams}}

## Aanwezig
Namens de {{Adviescommissie bezwaarschriften RVO}}: [[mr. R.T. Gerritsen]] (voorzitter), [[mr. Hanneke Bos-Olthof]] (lid)
Secretaris: [[mr. D.J. 't Lam]]
Bezwaarmaker: de heer [[W.A.M. Smits]], bijgestaan door [[mr. E. Demirci-Janssen]]
Namens {{RVO}}: de heer [[Oudejans]] (verweerder)

## Verloop
De voorzitter opent de zitting en legt uit dat de commissie een advies uitbrengt aan de minister. [[Mr. Demirci-Janssen]] licht het bezwaar toe: haar cliënt heeft het voorschot van EUR 169.920 doorbetaald aan {{Stichting Katholiek Onderwijs Peelland}} en ontving alleen zijn eigen factuur van EUR 14.300. Zij legt een bankafschrift over. De heer [[Smits]] verklaart dat hij niet wist dat het voorschot op zijn rekening zou komen; de machtiging in {{Mijn RVO}} was door mevrouw [[Houtkamp]] zo ingesteld.

De heer [[Oudejans]] erkent dat de terugvordering aan de verkeerde partij is gericht en dat {{RVO}} de beschikking zal herzien.

## Advies
De commissie adviseert het bezwaar gegrond te verklaren en de proceskosten te vergoeden (1 punt, EUR 907). Het advies wordt binnen vier weken toegezonden.

Vastgesteld: [[RTG]] / [[DJtL]], 26 maart 2026
""", producer="docx", title="Verslag hoorzitting BZW-2026-0049", author="[[Dirk-Jan 't Lam]]"))
