from lib import Doc
DOCS = []
D = DOCS.append

D(Doc("az23_factuur_gespreksleider", [
 "# FACTUUR",
 "[[P:Femke Oudman]] | {{O:Oudman Procesbegeleiding}} | [[A:Pastorieweg 5]], [[A:9901 AB Appingedam]]",
 "KvK [[K:74820391]] | btw [[K:NL002384716B43]] | IBAN [[I:NL62 RABO 0318 4472 90]] | [[E:femke@oudmanproces.nl]] | [[T:06-11 20 48 63]]",
 "Aan: {{O:Gemeente Oosterwierum}}, crediteurenadministratie, {{L:Raadhuisplein 1}}, Oosterwierum | {{M:facturen@oosterwierum.nl}}",
 "Factuurnummer: {{R:OP-2026-041}} | Factuurdatum: 9 oktober 2026 | Uw referentie: {{R:INK-26-7713}}",
 "| Omschrijving | Uren | Tarief | Bedrag |",
 "| Voorbereiding informatieavond azc Zuiderhamweg (overleg met projectleider en COA) | 6 | € 95,00 | € 570,00 |",
 "| Gespreksleiding informatieavond 1 oktober 2026, {{Z:Dorpshuis De Klinker}} | 4 | € 95,00 | € 380,00 |",
 "| Verslaglegging en nagesprek | 3 | € 95,00 | € 285,00 |",
 "| Reiskosten 2 x 38 km à € 0,23 | | | € 17,48 |",
 "| Subtotaal | | | € 1.252,48 |",
 "| Btw 21% | | | € 263,02 |",
 "| Totaal | | | € 1.515,50 |",
 "Betaling binnen 30 dagen op rekening [[I:NL62 RABO 0318 4472 90]] t.n.v. [[P:F.M. Oudman]] onder vermelding van het factuurnummer.",
], producer="Moneybird PDF", creator="Moneybird", font="DejaVuSans", size=9.5))

D(Doc("az24_factuur_tolk", [
 "# Factuur tolk- en vertaaldiensten",
 "[[P:Yusuf Karataş]] - beëdigd tolk Turks/Arabisch (Wbtv-nr. [[R:203918]])",
 "[[A:Oude Boteringestraat 61-II]], [[A:9712 GE Groningen]] | [[T:050 - 318 22 09]] | [[E:yusuf@karatas-tolk.nl]]",
 "KvK [[K:68122470]] | IBAN [[I:NL08 INGB 0007 6630 18]]",
 "Aan: {{O:COA}} locatie Oosterwierum i.o., t.a.v. {{F:locatiemanager}}, per e-mail {{M:crediteuren@coa.nl}}",
 "Factuurnummer {{R:2026-118}} | datum 20 oktober 2026",
 "| Datum | Omschrijving | Bedrag |",
 "| 1-10-2026 | Tolken informatieavond (Arabisch) voor statushouders in het dorp | € 240,00 |",
 "| 8-10-2026 | Vertaling nieuwsbrief burgemeester in het Arabisch, Tigrinya (via onderaannemer [[P:Senait Gebremedhin]]) | € 410,00 |",
 "| | Totaal (vrijgesteld van btw, {{W:artikel 11 Wet OB}}) | € 650,00 |",
 "Met dank, [[P:Y. Karataş]]",
], producer="Microsoft® Excel® for Microsoft 365", creator="Microsoft® Excel® for Microsoft 365", font="DejaVuSans"))

D(Doc("az25_verslag_klankbordgroep", [
 "# Verslag eerste bijeenkomst klankbordgroep opvanglocatie Zuiderhamweg",
 "5 november 2026, {{Z:Dorpshuis De Klinker}} | voorzitter: [[P:Femke Oudman]] | verslag: [[P:Ilse Kruizinga]]",
 "| Naam | Namens | Aanwezig |",
 "| [[P:Jelle Huizinga]] | bewoners Zuiderhamweg | ja |",
 "| [[P:Hennie Schuiling]] | bewoners Molenwijk | ja |",
 "| [[P:Ruben ter Veen]] | {{Z:IJsclub Nooit Gedacht}} | ja |",
 "| [[P:Harm Jan Veldman]] | bewoners Kerkstraat | ja |",
 "| [[P:Nynke Stoffers]] | {{O:Dorpsbelangen Oosterwierum}} | ja |",
 "| [[P:Hüseyin Doğan]] | {{O:Stichting Vluchtelingenwerk Noord-Nederland}} | ja |",
 "| [[P:Annemarie van der Laan-Groen]] | directeur {{Z:cbs De Wegwijzer}} | afgemeld |",
 "| [[P:Okke Bosma]] | {{O:COA}} | ja |",
 "| [[P:Gerbrand van 't Hof]] | gemeente | ja |",
 "# Bespreking",
 "De heer [[P:Huizinga]] vraagt opnieuw naar een geluidsscherm; het COA onderzoekt een groene wal. Mevrouw [[P:Stoffers]] meldt dat {{O:Dorpsbelangen Oosterwierum}} een welkomstcomité wil opzetten. De heer [[P:Doğan]] biedt taalmaatjes aan. Over de verkeersveiligheid wacht de groep het rapport van {{O:Goudappel}} af.",
 "# Actielijst",
 "| Nr | Actie | Wie | Wanneer |",
 "| 1 | Schets groene wal langs perceelgrens | [[X:OB]] | 3 dec |",
 "| 2 | Rapport verkeersonderzoek delen | [[X:GvtH]] | na oplevering |",
 "| 3 | Voorstel welkomstcomité | [[X:N.S.]] | 3 dec |",
 "| 4 | Taalmaatjesproject toelichten | [[X:H.D.]] | 3 dec |",
 "| 5 | Verslag rondsturen | [[X:IK]] | 12 nov |",
 "Volgende bijeenkomst: 3 december 2026, 19.30 uur.",
], producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365", font="DejaVuSans", size=13.5))

D(Doc("az26_notitie_hoogeveen_scan", [
 "# Telefoonnotitie",
 "Datum: 6 oktober 2026   Aangenomen door: [[P:Ilse Kruizinga]]",
 "Beller: [[P:Kees Hoogeveen]], [[A:Kerkstraat 9]]",
 "Telefoon: [[T:0596-571 204]]",
 "Onderwerp: informatieavond azc",
 "",
 "Dhr. wil dat zijn opmerking over zijn hart in het verslag",
 "blijft staan. Hij is bang 's avonds alleen over straat.",
 "Verzoek: terugbellen door wethouder.",
 "",
 "~doorgezet naar secretariaat, [[P:Dineke]] 7/10",
 "~gebeld 8/10 - [[X:IK]]",
], ocr=True, producer="KONICA MINOLTA bizhub C300i", creator="KONICA MINOLTA bizhub C300i"))

D(Doc("az27_presentielijst_scan", [
 "# Presentielijst informatieavond azc 1-10-2026",
 "Naam                       Straat              Handtekening",
 "~[[P:Jelle Huizinga]]         ~[[A:Zuiderhamweg 31]]      ~J.H.",
 "~[[P:Gonda Meijering]]       ~[[A:Molenstraat 8a]]        ~G.M.",
 "~[[P:Ruben ter Veen]]         ~[[A:Dorpsstraat 70]]        ~R.t.V.",
 "~[[P:Trijntje Dijkstra]]      ~[[A:Molenwijk 22]]          ~T.D.",
 "~[[P:Kees Hoogeveen]]         ~[[A:Kerkstraat 9]]          ~K.H.",
 "~[[P:Egbert Nijhoff]]         ~[[A:Scheemderweg 98]]      ~E.N.",
 "~[[P:Aaltje Kuiper]]          ~[[A:Molenwijk 4]]           ~A.K.",
 "~[[P:Sietse Wijbenga]]        ~[[A:Molenstraat 3]]         ~S.W.",
 "~[[P:Yvonne Smid]]            ~[[A:Zuiderhamweg 12]]      ~Y.S.",
 "~[[P:Marten Luth]]            ~[[A:Hoofdweg 150]]          ~M.L.",
], ocr=True, producer="EPSON Scan", creator="EPSON DS-530"))
