"""Set WS, documents ws01-ws11: Woo request, claims, loss adjuster, contractor mails, chats."""
from lib import Doc

WORD = "Microsoft® Word voor Microsoft 365"
OUTLOOK = "Microsoft Outlook 16.0"

DOCS = [
Doc("ws01_woo_verzoek_bewonersvereniging", kind="rl", title="Woo-verzoek wateroverlast De Parijsch",
    meta={"Author": "Wilma Brouwer-Lammers", "Creator": WORD, "Producer": "Microsoft® Word voor Microsoft 365"},
    hidden=[("metadata", "Wilma Brouwer-Lammers", ["Wilma Brouwer-Lammers"])],
    body="""
# Verzoek op grond van de Wet open overheid
((Bewonersvereniging De Parijsch))
p/a [[Kastanjelaan 31]], [[4102 KN]] ((Culemborg))
E-mail: bestuur@bvdeparijsch.nl

Aan: het ((dagelijks bestuur)) van ((Waterschap Lingestroom))
t.a.v. de Woo-coordinator, ((Postbus 1160)), ((4100 BD Culemborg))
Per e-mail: ((woo@lingestroom.nl))

((Culemborg)), ((2 september 2026))
Betreft: Woo-verzoek wateroverlast na de ((wolkbreuk)) van ((14 augustus)) 2026

Geacht bestuur,

Namens het bestuur van onze vereniging verzoek ik u op grond van de ((Wet open overheid)) om openbaarmaking
van alle documenten over de wateroverlast in de wijk ((De Parijsch)) na de ((wolkbreuk)) van ((14 augustus)) 2026.
In het bijzonder vragen wij om:
1. alle correspondentie met ((Pompentechniek Van Gelder B.V.)) over storingen aan ((gemaal De Hoge Boezem))
   en ((gemaal Cornelis Dekker)) sinds 1 januari 2025;
2. de rapporten van het ingeschakelde ((expertisebureau)) over de ingediende schadeclaims;
3. de besluiten en vergaderstukken van het ((dagelijks bestuur)) (de ((hoogheemraden))) over de claims;
4. de brieven van de ((dijkgraaf)) aan bewoners, de gemeente ((Culemborg)) en de ((provincie Gelderland)).

Wij vragen u persoonsgegevens van bewoners te anonimiseren, maar de technische gegevens over de
pompcapaciteit en het onderhoud volledig openbaar te maken.

Contactpersoon voor dit verzoek is onze secretaris, de heer [[J. Osinga]], bereikbaar op [[06-41 87 22 90]]
of [[jeroen.osinga@kpnmail.nl]].

<PB>
Wij ontvangen de documenten bij voorkeur digitaal. Voor de goede orde: dit verzoek is ook besproken met
((wethouder Schotanus)) tijdens de ((bewonersavond)) in ((De Fransche School)) op 28 augustus.

Met vriendelijke groet,
namens het bestuur van ((Bewonersvereniging De Parijsch))

[[W.M. Brouwer]]
voorzitter

[[Jeroen Osinga]]
secretaris

Bijlage: lijst met 37 getroffen adressen (niet voor publicatie bestemd)
"""),

Doc("ws02_ontvangstbevestiging_woo", kind="docx", title="Ontvangstbevestiging Woo-verzoek",
    meta={"Creator": "Writer", "Producer": "LibreOffice 7.4"},
    body="""
# Ontvangstbevestiging
((Waterschap Lingestroom))
Ons kenmerk: ((WOO-2026-031))
Datum: ((4 september 2026))
Behandeld door: [[mr. E. van Wijngaarden]]
Telefoon: [[0345 - 63 18 44]]
E-mail: [[e.vanwijngaarden@lingestroom.nl]]

Aan: ((Bewonersvereniging De Parijsch))
t.a.v. de heer [[J. Osinga]]
[[Kastanjelaan 31]]
[[4102 KN]] ((Culemborg))

Geachte heer [[Osinga]],

Op ((2 september 2026)) hebben wij uw verzoek op grond van de ((Wet open overheid)) ontvangen. Uw verzoek is
geregistreerd onder nummer ((WOO-2026-031)). Op grond van ((artikel 4.4)) van de Woo beslissen wij binnen
vier weken na ontvangst. Deze termijn kan met twee weken worden verlengd.

Omdat uw verzoek documenten betreft waarin ook andere bewoners en ((Pompentechniek Van Gelder B.V.))
worden genoemd, kunnen wij hen in de gelegenheid stellen hun zienswijze te geven (((artikel 4.4 lid 5))).

Heeft u vragen, neem dan contact op met mevrouw [[Van Wijngaarden]] via het algemene nummer
((088 420 3300)) of via ((woo@lingestroom.nl)).

Met vriendelijke groet,

namens het ((dagelijks bestuur)) van ((Waterschap Lingestroom)),

[[Esther van Wijngaarden]]
jurist informatiebeheer, afdeling ((Juridische Zaken))
"""),

Doc("ws03_schadeformulier_steeg", kind="rl", title="Schadeformulier wateroverlast",
    meta={"Creator": "Adobe Acrobat Pro 2024", "Producer": "Adobe Acrobat Pro 2024 (24.2.20)"},
    hidden=[("annotations", "Henk van der Steeg", ["Henk van der Steeg"]),
            ("annotations", "Zandstraat 14, 4101 AB Culemborg", ["Zandstraat 14"]),
            ("annotations", "06-29 44 71 08", ["06-29 44 71 08"]),
            ("annotations", "h.vandersteeg@ziggo.nl", ["h.vandersteeg@ziggo.nl"]),
            ("annotations", "NL29 RABO 0318 4420 17", ["NL29 RABO 0318 4420 17"]),
            ("annotations", "12-03-1958", ["12-03-1958"]),
            ("annotations", "Gerda van der Steeg-Mol", ["Gerda van der Steeg-Mol"])],
    form=[("Naam aanvrager", "naam", "Henk van der Steeg"),
          ("Adres", "adres", "Zandstraat 14, 4101 AB Culemborg"),
          ("Telefoon", "tel", "06-29 44 71 08"),
          ("E-mail", "email", "h.vandersteeg@ziggo.nl"),
          ("IBAN", "iban", "NL29 RABO 0318 4420 17"),
          ("Geboortedatum", "gebdat", "12-03-1958"),
          ("Mede-eigenaar", "mede", "Gerda van der Steeg-Mol")],
    body="""
# Schadeformulier wateroverlast ((14 augustus)) 2026
((Waterschap Lingestroom)) - ((team Schadeafhandeling))
Zaaknummer: ((WLS-SCH-2026-0412))

Vul dit formulier volledig in en stuur het met foto's naar ((schade@lingestroom.nl)).
Het waterschap beoordeelt uw claim op grond van de ((Verordening nadeelcompensatie Lingestroom 2023)).

Omschrijving van de schade (door aanvrager ingevuld op papier, overgenomen):
Souterrain ca. 40 cm water, cv-ketel en wasmachine defect, laminaat opgezwollen.
Foto 1: trapgat naar souterrain met waterlijn op de muur. Foto 2: cv-ketel met roestsporen.
Foto 3: straat voor de woning op ((14 augustus)) om 21.10 uur, putdeksel opgedrukt.

Gegevens aanvrager (invulvelden):
"""),

Doc("ws04_schadeclaim_elkhatib", kind="ttf", font="DejaVu", title="Schadeclaim",
    meta={"Creator": "Pages", "Producer": "macOS Versie 14.5 (Build 23F79) Quartz PDFContext", "Author": "Fatima"},
    hidden=[("metadata", "Fatima", ["Fatima"])],
    body="""
[[Yasmina El Khatib-Bouzid]]
[[Weidsteeg 7]]
[[4102 AE]] ((Culemborg))
[[06 18 33 90 27]]

Aan ((Waterschap Lingestroom)), ((team Schadeafhandeling))
((Culemborg)), ((19 augustus 2026))
Onderwerp: schadeclaim wateroverlast, uw zaaknummer ((WLS-SCH-2026-0437))

Geachte heer, mevrouw,

Op vrijdag ((14 augustus)) is door de ((wolkbreuk)) ons huis aan de [[Weidsteeg 7]] onder water gelopen. Het water
stond om 20.45 uur al tot aan de drempel. Volgens buren stond ((gemaal De Hoge Boezem)) stil; wij hoorden
de pomp in elk geval niet draaien.

Bij deze brief stuur ik zes foto's:
- foto 1: de woonkamer met ongeveer 15 centimeter water, de bank staat op stenen;
- foto 2: mijn zoon [[Adam]] (11 jaar) die met emmers water uit de gang schept;
- foto 3: de meterkast met de waterlijn, de aardlekschakelaar is afgeslagen;
- foto 4: de tuin met het overgelopen sloot en de afvalcontainer van de gemeente;
- foto 5: de rolstoel van mijn moeder, mevrouw [[Bouzid]], die niet meer werkt;
- foto 6: bonnetjes van de ((Gamma)) voor ontvochtigers.

Mijn moeder heeft COPD en moest door het vocht in huis twee nachten bij mijn zus in ((Tiel)) slapen.
Ik vraag vergoeding van in totaal ((EUR 6.840,00)). Uitbetaling graag op [[NL71 INGB 0007 3365 12]]
ten name van [[Y. El Khatib]].

Met vriendelijke groet,
[[Yasmina El Khatib]]
"""),

Doc("ws05_scan_brief_tHart", kind="scan", title="scan",
    meta={"Creator": "RICOH IM C3000", "Producer": "RICOH IM C3000 PDF"},
    body="""
# Aan het waterschap
((Culemborg)), 17-8-2026

Geachte mensen,

Mijn naam is [[Piet 't Hart]] en ik woon aan de [[Goilberdingerweg 62]].
Door de regen van vrijdag is onze kelder helemaal vol gelopen.
De vriezer, de verwarming en al onze fotoalbums zijn weg.
Mijn vrouw [[Trees 't Hart-Bosman]] is erg geschrokken.

U kunt mij bellen op [[0345-517209]], ik heb geen e-mail.
Mijn rekening is [[NL44 ABNA 0517 2209 88]].

Met vriendelijke groeten,
[[Piet 't Hart]]
"""),

Doc("ws06_expertiserapport_0412", kind="docx", title="Expertiserapport WLS-SCH-2026-0412",
    meta={"docx_author": "kvdros", "Author": "kvdros"},
    hidden=[("metadata", "kvdros", ["kvdros"])],
    body="""
# Expertiserapport
((Expertisebureau Lindeboom & Partners)) - schade-expertise water en bouw
Opdrachtgever: ((Waterschap Lingestroom))
Dossier: ((WLS-SCH-2026-0412)) / ons nummer ((LP-26-08813))
Expert: [[ing. K.J. Vermeulen]], registernummer [[NIVRE-5521]]
Datum opname: ((21 augustus 2026))

# 1. Gegevens benadeelde
Naam | [[H. van der Steeg]]
Adres | [[Zandstraat 14]], ((Culemborg))
Telefoon | [[06-29 44 71 08]]
Aanwezig bij opname | [[Henk van der Steeg]] en zijn dochter [[Marijke]]

# 2. Toedracht
Op ((14 augustus)) 2026 viel tussen 19.30 en 21.00 uur volgens het ((KNMI)) 94 mm neerslag in ((Culemborg)).
Het riool van de gemeente liep over en het water kon niet worden afgevoerd omdat ((gemaal De Hoge Boezem))
vanaf 19.52 uur in storing stond (zie storingsrapport van ((Pompentechniek Van Gelder B.V.))).

# 3. Opname en foto's
Foto 01-04: souterrain, waterlijn op 38 cm. Foto 05: cv-ketel ((Remeha Avanta)), bouwjaar 2015.
Foto 06: wasmachine ((Miele W1)). Foto 07: opgezwollen laminaat, circa 22 m2.
<PB>
# 4. Schadeberekening
Post | Nieuwwaarde | Dagwaarde
cv-ketel | 2.950,00 | 1.180,00
wasmachine | 899,00 | 450,00
laminaat incl. leggen | 1.870,00 | 1.310,00
drogen en reinigen | 640,00 | 640,00

# 5. Conclusie
De schade is naar mijn oordeel het gevolg van de wateroverlast. Of het waterschap ((aansprakelijk)) is, hangt af
van de vraag of de storing aan het gemaal verwijtbaar was; dat valt buiten deze opdracht.
Op verzoek van de heer [[Van der Steeg]] is de medische situatie van zijn echtgenote niet opgenomen.

Hoogachtend,
[[K.J. Vermeulen-Dros]]
register-expert, ((Expertisebureau Lindeboom & Partners))
Mobiel: [[+31 (0)6 5300 1827]]
"""),

Doc("ws07_expertiserapport_0437", kind="rl", font="Times-Roman", title="Expertiserapport WLS-SCH-2026-0437",
    meta={"Creator": "Aspose.Words for .NET 24.3", "Producer": "Aspose.PDF for .NET 24.3"},
    outline=[("Rapport Y. El Khatib-Bouzid", 0), ("Concept - review L. Dijkhuis", 0), ("Bijlage medische verklaring mw. Bouzid", 1)],
    hidden=[("outline", "L. Dijkhuis", ["Dijkhuis"])],
    body="""
# Expertiserapport dossier ((WLS-SCH-2026-0437))
((Expertisebureau Lindeboom & Partners)), ((Stationsweg 12)), ((Geldermalsen))
Opname: ((24 augustus 2026)) door [[Y. Steenbergen]] (assistent-expert)
Benadeelde: [[mevrouw Y. El Khatib-Bouzid]], [[Weidsteeg 7]], ((Culemborg))

# Bevindingen
Bij de opname waren aanwezig mevrouw [[El Khatib-Bouzid]] en haar broer [[Karim Bouzid]].
De woning is een tussenwoning uit 1978 met kruipruimte. Water is via de voordeur binnengekomen; de
waterlijn in de woonkamer ligt op 14 cm boven de vloer.

Fotoreeks:
- foto A1: woonkamer, bank op stenen geplaatst (door bewoner);
- foto A2: meterkast, aardlekschakelaar afgeslagen; installateur [[R. Pinas]] heeft deze hersteld;
- foto A3: elektrische rolstoel ((Invacare TDX SP2)), besturingskast nat geworden;
- foto A4: kruipruimte, 30 cm water, isolatie ((Tonzon)) losgeraakt.

Medische gegevens van de moeder van benadeelde zijn door ons niet beoordeeld (bijzondere persoonsgegevens);
de rolstoel is als zaakschade meegenomen.
<PB>
# Berekening
Inboedel (bank, vloerkleed, kast) | ((EUR 2.310,00))
Rolstoel besturingskast | ((EUR 1.465,00))
Drogen kruipruimte | ((EUR 980,00))
Ontvochtigers (bonnen ((Gamma))) | ((EUR 235,00))
Totaal | ((EUR 4.990,00))

Geclaimd was ((EUR 6.840,00)). Het verschil zit in de post vloerverwarming, waarvan niet is aangetoond dat
deze door het water is beschadigd.

[[Yara Steenbergen]], assistent-expert
gecontroleerd: [[KJV]] (paraaf)
"""),

Doc("ws08_mail_van_gelder_storing", kind="rl", title="RE: Storing gemaal De Hoge Boezem 14-08",
    meta={"Creator": OUTLOOK, "Producer": "Microsoft: Print To PDF", "Author": "RKLOOST"},
    hidden=[("metadata", "RKLOOST", ["RKLOOST"])],
    body="""
Van: [[Kramer, Thijs]] <[[t.kramer@vangelder-pompen.nl]]>
Verzonden: dinsdag ((18 augustus 2026)) 16:02
Aan: [[Kloosterboer, Ruud]] <[[r.kloosterboer@lingestroom.nl]]>
CC: [[Oosthoek, Raymond]] <[[r.oosthoek@vangelder-pompen.nl]]>; ((storingsdienst@lingestroom.nl))
Onderwerp: RE: Storing ((gemaal De Hoge Boezem)) 14-08

Hoi Ruud,

Onze servicemonteur [[Raymond]] heeft de ((frequentieregelaar)) van ((pomp 2)) uitgelezen. De regelaar
(((ABB ACS580))) is om 19:52 uur in fout gegaan op overtemperatuur. De ventilator van de schakelkast
bleek al sinds de onderhoudsbeurt van maart defect; dat is toen niet gemeld. Pomp 1 draaide wel, maar
alleen op 60 procent omdat de ((vlotterschakelaar)) niet schakelde.

Ik snap dat dit bij jullie gevoelig ligt. Voorstel: wij vervangen de ventilator en de vlotter kosteloos
onder het ((onderhoudscontract OC-2024-17)). Over aansprakelijkheid moet ik eerst met onze directeur
[[Gerard van Gelder]] en onze verzekeraar schakelen.

Groet,
[[Thijs Kramer]]
Projectleider service | ((Pompentechniek Van Gelder B.V.))
T [[+31 (0)418 - 66 20 14]] | M [[06-1299 4310]]

-----Oorspronkelijk bericht-----
Van: [[Kloosterboer, Ruud]] <[[r.kloosterboer@lingestroom.nl]]>
Verzonden: maandag ((17 augustus 2026)) 08:14
Aan: [[Kramer, Thijs]] <[[t.kramer@vangelder-pompen.nl]]>
Onderwerp: Storing ((gemaal De Hoge Boezem)) 14-08

Thijs,

Vrijdagavond stond De Hoge Boezem bijna een uur stil tijdens de ((wolkbreuk)). Het storingsbericht kwam
pas om 20:41 binnen bij onze piketdienst ([[Dirk-Jan]] had dienst). Dit is de derde storing dit jaar.
Ik wil vandaag nog weten wat er aan de hand was. De dijkgraaf wordt vanmiddag gebeld door de
burgemeester.

[[Ruud Kloosterboer]]
Teamleider gemalen en stuwen, ((Waterschap Lingestroom))
[[06 - 21 87 50 33]]
"""),

Doc("ws09_mail_intern_claims", kind="ttf", font="DejaVu", title="Claims De Parijsch - stand van zaken",
    meta={"Creator": OUTLOOK, "Producer": "iText® 5.5.13.3 ©2000-2022 iText Group NV"},
    body="""
Van: [[Tiemens, Marloes]]
Verzonden: woensdag ((26 augustus 2026)) 11:47
Aan: [[Hofstee, Bas]]; [[Van Wijngaarden, Esther]]
CC: [[Brinkman, Anouk]]
Onderwerp: Claims ((De Parijsch)) - stand van zaken

Hallo allemaal,

Stand per vandaag: 37 claims binnen via ((schade@lingestroom.nl)), waarvan 29 met foto's. Het
((expertisebureau)) (((Lindeboom & Partners))) heeft er 12 opgenomen. Twee aandachtspunten:

1. Mevrouw [[El Khatib]] belt dagelijks; haar moeder zit zonder werkende rolstoel. Kunnen we een
   voorschot geven? Bas, wil jij dat aan ((hoogheemraad Van Rijswijk)) voorleggen?
2. De heer [['t Hart]] heeft alleen een handgeschreven brief gestuurd, zonder e-mail. Ik bel hem morgen
   ([[0345-517209]]).

Esther: er komt een Woo-verzoek van de bewonersvereniging aan, [[Jeroen]] ([[Osinga]]) heeft dat
bij de ((bewonersavond)) al aangekondigd. Graag afstemmen met ((team Communicatie)).

Groet, [[Marloes]]

[[Marloes Tiemens]] | schadebehandelaar | ((Waterschap Lingestroom))
[[m.tiemens@lingestroom.nl]] | [[0345 63 17 90]] | werkdagen ma, di, do
"""),

Doc("ws10_storingsrapport_gemaal", kind="rl", title="Storingsrapport SR-2026-0814",
    meta={"Creator": "Pompentechniek Van Gelder - Servicemodule", "Producer": "iText 7.2.5 (AGPL-version)",
          "Author": "r.oosthoek"},
    hidden=[("metadata", "r.oosthoek", ["r.oosthoek"])],
    body="""
# Storingsrapport ((SR-2026-0814))
((Pompentechniek Van Gelder B.V.)) - ((Industrieweg 40)), ((Waardenburg)) - ((KvK 11034567))
Object: ((gemaal De Hoge Boezem)), ((Culemborg)) - installatienummer ((GHB-02))
Opdrachtgever: ((Waterschap Lingestroom)), contactpersoon [[R. Kloosterboer]]
Monteur: [[R. Oosthoek]] (personeelsnummer [[VG-0291]])

Melding | 14-08-2026 20:41 | via ((SCADA)) / piket WLS
Aankomst | 14-08-2026 21:35 |
Gereed | 15-08-2026 02:10 |

Bevindingen:
- ((frequentieregelaar)) ((pomp 2)) (((ABB ACS580-01))) in fout F0004 overtemperatuur;
- ((schakelkastventilator)) defect, lager vastgelopen (vermoedelijk sinds onderhoud 12-03-2026);
- vlotterschakelaar niveau hoog vervuild, schakelt niet; pomp 1 daardoor op ((noodregeling));
- ((SCADA))-alarm overtemperatuur stond op 'informatief' in plaats van 'urgent'.

Uitgevoerd: regelaar gereset, tijdelijke ventilator geplaatst, vlotter gereinigd. ((Pomp 2)) om 23:58 weer
in bedrijf. Advies: ventilator en vlotter vervangen, alarmprioriteit aanpassen in ((SCADA)).

Handtekening monteur: [[R. Oosthoek]]          Aftekening klant: [[D.J. Schimmel]] (piket WLS)
"""),

Doc("ws11_whatsapp_piketgroep", kind="ttf", font="DejaVu", title="WhatsApp-chat Piket gemalen",
    meta={"Creator": "WhatsApp export naar PDF", "Producer": "Skia/PDF m120"},
    body="""
# WhatsApp-chat met Piket gemalen WLS
14-08-2026 19:58 - [[Dirk-Jan]]: Jongens ik krijg niks binnen van De Hoge Boezem maar het plenst hier
14-08-2026 20:03 - [[Bas H]]: ((SCADA)) laat groen zien, raar
14-08-2026 20:37 - [[Mo]]: Ik sta bij de Weidsteeg, water tot de drempels. ((Pomp 2)) staat stil volgens mij
14-08-2026 20:41 - [[Dirk-Jan]]: Alarm binnen! Overtemp ((pomp 2)). Ik bel ((Van Gelder))
14-08-2026 20:44 - [[Dirk-Jan]]: Storingsnummer ((Van Gelder)) gaat naar voicemail. [[Raymond]] zijn 06 is [[06 4418 2203]]?
14-08-2026 20:46 - [[Bas H]]: Ja klopt, bel hem direct
14-08-2026 20:52 - [[Mo]]: Bewoner op nr 14 ([[meneer van der Steeg]]) staat te schelden, hij heeft een filmpje gemaakt
14-08-2026 21:10 - [[Ruud K]]: Ik heb de dijkgraaf gebeld. Niks naar de pers zeggen, verwijzen naar ((woordvoering)) ((088 420 3300))
14-08-2026 21:36 - [[Dirk-Jan]]: [[Raymond]] is er. Ventilator kast is kapot, dat zag ik in maart ook al
14-08-2026 21:37 - [[Ruud K]]: Dat laatste niet in de app zetten [[DJ]]
14-08-2026 23:59 - [[Dirk-Jan]]: ((Pomp 2)) draait weer. Ik ga naar huis, [[Mo]] neemt over
15-08-2026 07:12 - [[Mohamed Aydın]]: Peil ((Linge)) weer normaal, ((gemaal Cornelis Dekker)) draait op vol
"""),
]
