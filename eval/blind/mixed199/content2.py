"""Documents bv05-bv18 of set mixed199."""
from content import FOOT, LO, MOT, OL, W
from lib199 import Doc

DOCS = [
Doc("bv05_mailthread_sportteam", [
    ("pre", "Van: Wassink, Joost <[[j.wassink@brummen.nl]]>\nVerzonden: dinsdag 10 maart 2026 09:42\nAan: [[El Idrissi, Noor]] <[[n.elidrissi@brummen.nl]]>\nCC: [[Van Dalfsen, Thijs]] <[[t.vandalfsen@brummen.nl]]>; {{sport@brummen.nl}}\nOnderwerp: RE: aanvraag kunstgras {{VV Hoeve Vooruit}} - {{Z-2026-04417}}"),
    ("p", "Hoi [[Noor]],"),
    ("p", "De aanvraag van {{VV Hoeve Vooruit}} is compleet, op de dekkingsverklaring van de {{Stichting Waarborgfonds Sport}} na. Ik heb [[Henk ter Voort]] gebeld; hij stuurt die deze week. Wil jij de toets aan de {{Subsidieregeling Sportaccommodaties Brummen 2026}} doen? Let op: de regeling vereist een geldige {{VOG}} voor alle jeugdtrainers (artikel 7). Er speelt iets met een trainer van de {{JO13-1}}, zie mail van [[Marieke]] hieronder."),
    ("p", "Groet,\n[[Joost Wassink]]\nbeleidsmedewerker sport | {{team Sport en Bewegen}}\nT [[0575 568 233]] | M [[06-10 93 44 58]]"),
    ("pre", "Van: [[Marieke Oude Luttikhuis-Bakker]] <{{secretariaat@vvhoevevooruit.nl}}>\nVerzonden: vrijdag 6 maart 2026 22:07\nAan: Wassink, Joost <[[j.wassink@brummen.nl]]>\nOnderwerp: aanvraag kunstgras {{VV Hoeve Vooruit}}"),
    ("p", "Beste [[Joost]],"),
    ("p", "Hierbij de aanvraag en het formulier. Eerlijk is eerlijk: er loopt bij ons een klacht tegen een jeugdtrainer ([[Dennis Koopmans]]). Onze vertrouwenscontactpersoon [[Annelies de Wit-Hamzaoui]] heeft een rapport gemaakt en we hebben {{Centrum Veilige Sport Nederland}} ingeschakeld. [[Koopmans]] staat niet meer op het veld. Zijn {{VOG}} was overigens in orde. Kan dit gevolgen hebben voor de subsidie?"),
    ("p", "Groeten,\n[[Marieke]]\nsecretaris {{VV Hoeve Vooruit}}\n[[06-55 12 33 98]]"),
    ("pb",),
    ("pre", "Van: [[El Idrissi, Noor]] <[[n.elidrissi@brummen.nl]]>\nVerzonden: dinsdag 10 maart 2026 11:15\nAan: Wassink, Joost <[[j.wassink@brummen.nl]]>\nCC: {{juridischezaken@brummen.nl}}\nOnderwerp: RE: RE: aanvraag kunstgras"),
    ("p", "[[Joost]], ik neem hem op. Ik vraag [[Caroline]] van {{Juridische Zaken}} of artikel 7 ook ziet op een lopende klacht. Wethouder {{Van Ommeren}} wil voor 1 april een besluit, i.v.m. de {{BOSA}}-aanvraag. Ik bel [[ter Voort]] morgen op [[06-29 84 71 03]].\n\n[[Noor El Idrissi]]\nsubsidieadviseur\n[[+31 575 568 219]]"),
], producer=OL, creator=OL, author="Joost Wassink", xmp_creator="jwassink", hidden=[("metadata", "jwassink")], title="RE: aanvraag kunstgras"),

Doc("bv06_mail_offertes", [
    ("pre", "Van: [[Gerrit-Jan van 't Erve]] <[[gj.vanterve@hetnet.nl]]>\nVerzonden: donderdag 12 februari 2026 16:30\nAan: [[Rik Hulshof]] <[[info@grondwerkenhulshof.nl]]>; [[Wendy Jansen-Olthof]] <[[wendy@veldonderhoudjo.nl]]>\nCC: [[Hendrikus ter Voort]] <[[henk.tervoort@ziggo.nl]]>\nOnderwerp: offerte-aanvraag veld 2 {{Sportpark De Cortenoever}}"),
    ("p", "Beste [[Rik]] en [[Wendy]],"),
    ("p", "Zoals besproken vragen wij jullie een offerte voor het grondwerk (afgraven, drainage, lava-onderbaan) en het jaarlijks onderhoud van het nieuwe veld. De hoofdaannemer is {{Veldwerk Sportbouw B.V.}} uit {{Nijkerk}}; de toplaag is {{ProTurf XL 60}}. Offertes graag voor 1 maart, conform de eisen van de {{KNVB}} en de {{NOC*NSF}}-normen voor sportvloeren."),
    ("p", "Met groet,\n[[Gerrit-Jan]]\npenningmeester {{VV Hoeve Vooruit}}\n[[0575-55 61 23]]"),
    ("pre", "Van: [[Rik Hulshof]] <[[info@grondwerkenhulshof.nl]]>\nVerzonden: vrijdag 20 februari 2026 07:02\nAan: [[Gerrit-Jan van 't Erve]]\nOnderwerp: RE: offerte-aanvraag veld 2"),
    ("p", "Hoi [[G-J]], offerte in de bijlage: € 38.250 incl. btw. Ik kan in week 24 beginnen. Bel me gerust op [[06 - 38 47 22 10]]. Gr, [[Rik]] - Grondwerken [[R. Hulshof]], [[Lochemseweg 88]], [[7231 PH]] Warnsveld"),
], producer=OL, creator=OL, title="offerte-aanvraag veld 2"),

Doc("bv07_factuur_hulshof", [
    ("h", "FACTUUR 2026-031"),
    ("p", "Grondwerken [[R. Hulshof]] - eenmanszaak\n[[Lochemseweg 88]]\n[[7231 PH]] Warnsveld\nKvK [[71823455]] - btw [[NL002431876B58]]\nIBAN [[NL62 RABO 0312 4455 67]]\n[[info@grondwerkenhulshof.nl]] - [[06-38472210]]"),
    ("p", "Aan: {{VV Hoeve Vooruit}}, t.a.v. de penningmeester, {{Cortenoeverseweg}} 5, {{Brummen}}\nFactuurdatum: 30 juni 2026 - Project: kunstgrasveld 2, {{Sportpark De Cortenoever}} - Uw referentie: {{Z-2026-04417}}"),
    ("table", [["Omschrijving", "Aantal", "Bedrag"],
               ["Afgraven en afvoeren toplaag (grond naar {{Twence}})", "7.200 m2", "€ 14.400,00"],
               ["Drainage PVC 60 mm incl. sleuven", "1.150 m", "€ 9.775,00"],
               ["Lava-onderbaan 0/16, 8 cm", "7.200 m2", "€ 7.436,00"],
               ["Subtotaal", "", "€ 31.611,00"], ["Btw 21%", "", "€ 6.638,31"], ["Totaal", "", "€ 38.249,31"]]),
    ("p", "Betaling binnen 30 dagen op [[NL62 RABO 0312 4455 67]] t.n.v. [[R.J. Hulshof]]. Bij vragen: [[Rik Hulshof]]."),
], font="DejaVuSans", producer="Moneybird PDF (wkhtmltopdf 0.12.6)", creator="Moneybird", title="Factuur 2026-031"),

Doc("bv08_factuur_jansen_olthof", [
    ("h", "Veldonderhoud [[J.O.]] - Factuur"),
    ("p", "[[Wendy Jansen-Olthof]]\n[[Broekweg 3]], [[6975 AK]] Tonden\nTelefoon [[0575 - 46 12 90]] / [[06 2011 4478]]\n[[wendy@veldonderhoudjo.nl]]\nKvK-nummer [[82001457]]\nBankrekening [[NL91 INGB 0006 5571 20]]"),
    ("p", "Factuurnummer {{VJO-26-0112}} - datum 15 juli 2026\nDebiteur: {{VV Hoeve Vooruit}}, {{Sportpark De Cortenoever}}, {{Brummen}}"),
    ("table", [["Post", "Bedrag"], ["Borstelen en infill egaliseren kunstgras (12 beurten)", "€ 3.600,00"],
               ["Dieptereiniging met {{Sportsclean SC-400}}", "€ 1.250,00"], ["Btw 21%", "€ 1.018,50"], ["Totaal", "€ 5.868,50"]]),
    ("p", "Vrijgesteld van KOR: nee. Graag overmaken onder vermelding van factuurnummer. Met vriendelijke groet, [[Wendy]]"),
], font="Times-Roman", producer="PDFpen 13.1", creator="Pages", author="Wendy Jansen-Olthof", title="Factuur VJO-26-0112"),

Doc("bv09_factuur_dijkhuis", [
    ("h", "Hekwerk & Ballenvangers [[Dijkhuis]]"),
    ("p", "[[Bram Dijkhuis]] - [[Kerkstraat 17]] - [[7221 AM]] Steenderen - [[0031 6 48 27 19 55]] - [[bram@dijkhuis-hekwerk.nl]]\nKvK [[69912034]] - IBAN [[NL20 ABNA 0512 7734 90]]"),
    ("p", "Factuur {{HB-2026-077}}, datum 2 augustus 2026. Aan {{VV Hoeve Vooruit}}, {{Cortenoeverseweg}} 5, {{Brummen}}."),
    ("table", [["Omschrijving", "Bedrag"], ["Ballenvanger 6 m hoog, 2 x 60 m, {{Heras}} staalmat", "€ 16.800,00"],
               ["Toegangspoort dubbel 4 m", "€ 2.450,00"], ["Montage", "€ 3.808,00"], ["Btw 21%", "€ 4.842,18"], ["Totaal", "€ 27.900,18"]]),
    ("p", "Ik ga er van uit dat de gemeente via de subsidie betaalt. Vragen? Mail of bel [[Bram]]."),
], route="docx", producer="LibreOffice 7.6", creator="Writer", author=None, title="Factuur HB-2026-077"),

Doc("bv10_notulen_bestuur", [
    ("h", "Notulen bestuursvergadering {{VV Hoeve Vooruit}}"),
    ("p", "Datum: 16 maart 2026, 20.00 uur, kantine {{Sportpark De Cortenoever}}"),
    ("table", [["Naam", "Functie", "Aanwezig"],
               ["[[Hendrikus ter Voort]] ([[HtV]])", "voorzitter", "ja"],
               ["[[Marieke Oude Luttikhuis-Bakker]] ([[MOL]])", "secretaris", "ja"],
               ["[[Gerrit-Jan van 't Erve]] ([[GJE]])", "penningmeester", "ja"],
               ["[[Yasmina Bouzid]] ([[YB]])", "jeugdcoördinator", "ja"],
               ["[[Peter-Paul Schimmelpenninck]] ([[PPS]])", "technische zaken", "afwezig (afgemeld)"],
               ["[[Annelies de Wit-Hamzaoui]]", "vertrouwenscontactpersoon (agendapunt 4)", "ja"]]),
    ("h", "1. Opening en mededelingen"),
    ("p", "De voorzitter opent om 20.05 uur. De gemeente heeft de aanvraag ontvangen ({{Z-2026-04417}}). Wethouder {{Van Ommeren}} komt 11 april kijken."),
    ("h", "2. Kunstgrasveld"),
    ("p", "[[GJE]] licht de offertes toe. {{Veldwerk Sportbouw B.V.}} hoofdaannemer; grondwerk door [[Hulshof]], hekwerk [[Dijkhuis]]. [[Ter Voort]] merkt op dat [[Dijkhuis]] zijn zwager is; besloten dat [[Ter Voort]] zich onthoudt van stemming."),
    ("h", "3. Financiën"),
    ("p", "Clubactie 'Een meter gras' staat op € 41.300. {{Rabobank Clubsupport}} levert naar verwachting € 9.000 op."),
    ("pb",),
    ("h", "4. Vertrouwelijk: klacht jeugdtrainer"),
    ("p", "[[Annelies]] doet verslag (zie rapport). De ouder ([[mevrouw Yıldırım]]) heeft een klacht ingediend over het gedrag van trainer [[Dennis Koopmans]] van de {{JO13-1}}. Besloten: [[Koopmans]] blijft op non-actief tot het advies van {{Centrum Veilige Sport Nederland}}; melding bij het {{Tuchtrecht Seksuele Intimidatie}} van de {{KNVB}} wordt voorbereid; alle trainers leggen vóór 1 mei opnieuw een {{VOG}} over (aanvraag via {{Justis}})."),
    ("h", "Actielijst"),
    ("table", [["Nr", "Actie", "Wie", "Gereed"],
               ["26-07", "Dekkingsverklaring {{Stichting Waarborgfonds Sport}} naar gemeente", "[[GJE]]", "20-03"],
               ["26-08", "Brief aan trainer over non-actiefstelling", "[[HtV]]/[[MOL]]", "18-03"],
               ["26-09", "VOG-overzicht alle jeugdtrainers", "[[YB]]", "01-05"],
               ["26-10", "Contact {{Centrum Veilige Sport Nederland}}", "[[Annelies]]", "z.s.m."]]),
    ("p", "Sluiting 22.40 uur. Volgende vergadering 20 april 2026."),
], route="docx", producer="LibreOffice 7.6", creator="Writer", author=None, title="Notulen bestuur 16-03-2026"),

Doc("bv11_teamapp_chat", [
    ("h", "Chatexport TeamApp - JO13-1 ouders"),
    ("pre", "[02-02-2026 18:41] [[Dennis]] (trainer): Morgen training 18.30, wie kan rijden naar Eerbeek zaterdag?\n[02-02-2026 18:44] [[Sevgi]]: [[Emre]] is er niet, knie nog dik\n[02-02-2026 18:45] [[Dennis]] (trainer): dan moet hij maar niet zo janken, zeg maar tegen hem\n[02-02-2026 18:52] [[Mark Verhoef]]: ik rij zaterdag, 3 plekken\n[02-02-2026 19:03] [[Sevgi]]: [[Koopie]] dit kun je niet zeggen over een kind van 12\n[02-02-2026 19:10] [[Dennis]] (trainer): rustig maar, was een grapje\n[09-02-2026 21:15] [[Ilse]]: kunnen we het over de foto's in de kleedkamer hebben? Dat vind ik niet ok\n[09-02-2026 21:20] [[Dennis]] (trainer): die zijn voor de site, [[Henkie]] vond het goed\n[09-02-2026 21:31] [[Henk ter Voort]]: [[Dennis]], geen foto's in de kleedkamer. Graag even bellen [[06-29847103]]\n[10-02-2026 08:02] [[Sevgi]]: Ik heb contact opgenomen met de vertrouwenspersoon van de club\n[10-02-2026 08:15] [[Ilse]]: ik ook. Nummer staat op de site: [[06 41 90 22 37]]\n[10-02-2026 08:20] [[Mark Verhoef]]: zaterdag gaat gewoon door toch? Verzamelen 8.15 bij {{Sportpark De Cortenoever}}"),
    ("pre", "[12-02-2026 17:00] [[Yasmina]] (jeugdcoördinator): Beste ouders, de trainingen van de {{JO13-1}} worden tijdelijk overgenomen door [[Mo]] en [[Jelte]]. Vragen: {{jeugd@vvhoevevooruit.nl}}\n[12-02-2026 17:04] [[Sevgi]]: dank je [[Yasmina]]\n[12-02-2026 17:30] [[Jelte]]: [[Mo]] en ik zijn er dinsdag en donderdag. Wie heeft de ballentas nog?\n[12-02-2026 17:41] [[Mark Verhoef]]: ballentas ligt bij ons, [[Daan]] neemt hem mee"),
], font="DejaVuSansMono", producer="Skia/PDF m120", creator="TeamApp export", title="TeamApp JO13-1"),

Doc("bv12_rapport_vcp", [
    ("h", "Rapportage vertrouwenscontactpersoon - VERTROUWELIJK"),
    ("p", "Vereniging: {{VV Hoeve Vooruit}} - opgesteld door: [[A. de Wit-Hamzaoui]], vertrouwenscontactpersoon (VCP), opgeleid via {{NOC*NSF}} - datum: 3 maart 2026"),
    ("h", "1. Melding"),
    ("p", "Op 10 februari 2026 meldde [[Sevgi Yıldırım]] ([[Brinkweg 40]], [[6971 CR]] Brummen, [[06-18 22 04 69]]) zich namens haar zoon [[Emre Yıldırım]] (geboren [[14-03-2013]]), speler van de {{JO13-1}}. Op dezelfde dag meldde [[Ilse van Houwelingen]], moeder van [[Daan van Houwelingen]], zich over foto's die trainer [[Dennis Koopmans]] in de kleedkamer maakte."),
    ("h", "2. Gesprekken"),
    ("p", "Ik sprak met beide ouders, met [[Emre]] (in bijzijn van zijn moeder) en met [[Koopmans]]. [[Emre]] vertelt dat de trainer hem bij herhaling 'mietje' noemde en dat hij na een blessure (meniscus, behandeld door fysiotherapeut) toch moest meedoen. Hij heeft sinds januari last van buikpijn voor trainingen en is aangemeld bij de schoolmaatschappelijk werker. [[Dennis]] erkent de opmerkingen, ontkent kwade bedoelingen en zegt dat de foto's voor de website waren, met toestemming van [[Henk]]."),
    ("pb",),
    ("h", "3. Beoordeling en advies"),
    ("p", "De gedragingen vallen onder de {{Gedragsregels begeleiders}} van {{NOC*NSF}} (regel 2 en 6). Ik adviseer het bestuur: (a) de trainer op non-actief te stellen; (b) advies te vragen aan {{Centrum Veilige Sport Nederland}} (telefoon {{0900-2025590}}); (c) de foto's te laten verwijderen; (d) vóór 1 mei van alle begeleiders een nieuwe {{VOG}} te vragen. De {{VOG}} van [[Koopmans]] dateert van 2021 en bevat geen bijzonderheden; een {{VOG}} zegt niets over gedrag dat niet tot een veroordeling leidde."),
    ("p", "Bereikbaarheid VCP: [[06 41 90 22 37]] / [[vcp.annelies@gmail.com]]\n\n[[A. de Wit-Hamzaoui]]"),
], font="DejaVuSerif", producer="Nitro Pro 13.70.2.40", creator="Nitro Pro", author="Annelies de Wit", hidden=[("metadata", "Annelies de Wit")], title="Rapport VCP"),
]
