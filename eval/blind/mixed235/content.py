"""The 33 documents of set DK (dike reinforcement Zaltbommel-Haaften, land acquisition). All persons invented."""
from lib import Doc

MOT = [("h", "Informatie die niet openbaar gemaakt kan worden"), ("h", "Motivering"),
       ("p", "In de openbaar gemaakte versie van dit document zijn de persoonsgegevens van medewerkers en van "
             "particuliere grondeigenaren weggelakt op grond van artikel 5.1, tweede lid, onder e, van de Wet open overheid (5.1.2e).")]
W, O, LO, OUT = "Microsoft® Word voor Microsoft 365", "Microsoft® Outlook voor Microsoft 365", "LibreOffice 7.6", "Microsoft Outlook 16.0"
SIG = ["p", ""]

D = []
def add(stem, blocks, **kw):
    D.append(Doc(stem, blocks, **kw))

add("dk01_woo_verzoek", [
 ("h", "Verzoek om informatie op grond van de Wet open overheid"),
 ("m", "Van: Annelies Roodbeen <annelies.roodbeen@gmail.example>"),
 ("m", "Verzonden: maandag 12 januari 2026 09:14"),
 ("m", "Aan: woo@wsrivierenland.example"),
 ("m", "Onderwerp: Woo-verzoek grondverwerving Dijkversterking Zaltbommel-Haaften"), ("m", ""),
 ("p", "Geacht bestuur van Waterschap Rivierenland,"),
 ("p", "Op grond van de Wet open overheid (Woo) verzoek ik u om openbaarmaking van alle documenten over de minnelijke verwerving "
       "van gronden en tuinstroken langs de Waaldijk tussen Zaltbommel en Haaften voor het project Dijkversterking Zaltbommel-Haaften (ZoHa), "
       "over de periode 1 januari 2025 tot en met 12 januari 2026. Het gaat mij in het bijzonder om de taxatierapporten, "
       "de verslagen van keukentafelgesprekken, de besluiten van het dagelijks bestuur over schadeloosstelling en de e-mails met de grondverwerver."),
 ("p", "Ik woon zelf aan de dijk en mijn buren hebben de indruk dat niet iedere eigenaar dezelfde vergoeding per vierkante meter krijgt."),
 ("p", "Met vriendelijke groet,"), ("p", "Annelies Roodbeen"), ("p", "Telefoon 06 2398 4471"),
], producer=OUT, creator=O, title="Woo-verzoek ZoHa")

add("dk02_ontvangstbevestiging", [
 ("p", "Waterschap Rivierenland | De Blomboogerd 1 | 4003 BX Tiel | Postbus 599, 4000 AN Tiel | 0344 64 90 90"),
 ("p", "Mevrouw A. Roodbeen"), ("p", "Waalbandijk 77"), ("p", "5311 BE Gameren"),
 ("p", "Datum: 3 februari 2026      Ons kenmerk: WOO-2026-0131      Behandeld door: Femke de Wit"),
 ("h", "Ontvangstbevestiging Woo-verzoek"),
 ("p", "Geachte mevrouw Roodbeen,"),
 ("p", "Wij hebben uw verzoek van 12 januari 2026 op grond van de Wet open overheid ontvangen en geregistreerd onder kenmerk WOO-2026-0131. "
       "Wij beslissen binnen vier weken; deze termijn kan met twee weken worden verdaagd. Omdat documenten ook andere eigenaren langs de Waaldijk "
       "betreffen, vragen wij hun zienswijze voordat wij besluiten."),
 ("p", "Heeft u vragen, neem dan contact op met de Woo-coördinator via woo@wsrivierenland.example of 0344 64 90 90."),
 ("p", "Hoogachtend,"), ("p", "het dagelijks bestuur van Waterschap Rivierenland, namens dezen,"),
 ("p", "Femke de Wit"), ("p", "Woo-coördinator"),
], engine="docx", producer=LO, creator="Writer", title="Ontvangstbevestiging WOO-2026-0131", author="Femke de Wit")

add("dk03_taxatierapport_vanwijngaarden", [
 ("h", "Taxatierapport schadeloosstelling - Dijkversterking Zaltbommel-Haaften"),
 ("p", "Taxatiebureau Waalzicht | G.J. Hoogendoorn RT | Molenstraat 7a, 4191 DM Geldermalsen | KvK 71234598 | info@taxatiewaalzicht.example"),
 ("t", [["Opdrachtgever", "Waterschap Rivierenland, projectteam ZoHa (zaak ZH-GV-2026-014)"],
        ["Eigenaren", "Cornelis van Wijngaarden en Hendrika van Wijngaarden-Bos"],
        ["Adres object", "Waaldijk 142, 5306 GK Brakel"],
        ["Kadastrale percelen", "Brakel K 1187 (gedeeltelijk, circa 1.240 m2)"],
        ["Peildatum", "17 maart 2026"],
        ["Taxateur", "Gerrit Jan Hoogendoorn, ingeschreven in het Nederlands Register Vastgoed Taxateurs (NRVT)"]]),
 ("h", "1. Opdracht en uitgangspunten"),
 ("p", "Het waterschap heeft voor de aanleg van een steunberm en een kwelscherm aan de binnenteen een strook grond en een deel van de tuin "
       "van de eigenaren nodig. De taxatie is opgesteld volgens de systematiek van de schadeloosstelling bij onteigening (Omgevingswet, "
       "afdeling 11.2), zodat de minnelijke verwerving aansluit bij wat bij onteigening zou worden toegekend."),
 ("p", "Tijdens de opname op 17 maart 2026 waren de heer Van Wijngaarden en zijn dochter aanwezig. Mevrouw Van Wijngaarden-Bos herstelt van een "
       "hartoperatie; de heer Van Wijngaarden gaf aan dat verhuizing daarom niet bespreekbaar is."),
 ("h", "2. Waardering"),
 ("t", [["Post", "Bedrag"], ["Waarde grond (1.240 m2 tuin en erf)", "€ 42.700"], ["Waardevermindering overblijvend", "€ 18.450"],
        ["Herinrichting tuin, erfafscheiding", "€ 6.300"], ["Kosten deskundige bijstand", "€ 2.975"], ["Totaal", "€ 70.425"]]),
 ("pb",),
 ("h", "3. Toelichting"),
 ("p", "De vergelijkingstransacties zijn ontleend aan het Kadaster. De tuin ligt binnen de beschermingszone van de waterkering volgens de legger; "
       "dat drukt de waarde. De inrichting van de tuin (leilinden, vijver) wordt vergoed op basis van vervangingswaarde."),
 ("p", "De eigenaren worden bijgestaan door mr. Sybren Dijkstra (agrarisch recht). Contact met de eigenaren verloopt via de grondverwerver, "
       "Joost van 't Hoff, 06-41 27 88 30."),
 ("p", "Aldus naar waarheid opgemaakt te Geldermalsen, 21 april 2026."),
 ("p", "w.g. G.J. Hoogendoorn"), ("p", "Register-taxateur, Taxatiebureau Waalzicht"),
], engine="rlttf", producer="iText® 7.2.5 ©2000-2023 Apryse Group NV", creator="TaxWeb Rapportage 4.1", title="Taxatierapport Brakel",
   author="G.J. Hoogendoorn")

add("dk04_taxatierapport_yildiz", [
 ("h", "Taxatierapport (verkort) - strook tuin Nederhemert"),
 ("p", "Taxatiebureau Waalzicht, Geldermalsen - dossier ZH-GV-2026-021"),
 ("t", [["Eigenaar", "Mehmet Yıldız"], ["Adres", "Dorpsstraat 31, 5317 JA Nederhemert"], ["Perceel", "Nederhemert B 642"],
        ["Benodigd", "circa 310 m2 achtertuin"], ["Geboortedatum eigenaar", "2 juli 1956"], ["Telefoon", "0418-672 914"]]),
 ("p", "De heer Yıldız heeft bezwaar tegen het rooien van de notenboom. Hij vraagt de vergoeding op zijn rekening NL29 INGB 0006 5432 10 te storten. "
       "Het BSN van de eigenaar (172839405) is door de grondverwerver opgevraagd voor de notariële akte; dat nummer hoort niet in dit rapport."),
 ("t", [["Post", "Bedrag"], ["Grond 310 m2", "€ 9.850"], ["Boom en beplanting", "€ 1.250"], ["Deskundigenkosten", "€ 2.975"]]),
 ("p", "Geldermalsen, 8 april 2026 - G.J. Hoogendoorn RT"),
], engine="rlttf", producer="iText® 7.2.5 ©2000-2023 Apryse Group NV", creator="TaxWeb Rapportage 4.1", title="Taxatie Nederhemert")

add("dk05_factuur_taxateur", [
 ("h", "FACTUUR 2026-0419"),
 ("p", "Taxatiebureau Waalzicht - eenmanszaak van G.J. Hoogendoorn RT - Molenstraat 7a, 4191 DM Geldermalsen"),
 ("p", "KvK 71234598 | btw NL001234567B89 | IBAN NL44 RABO 0312 7788 95 | info@taxatiewaalzicht.example | 0345 57 12 09"),
 ("p", "Aan: Waterschap Rivierenland, t.a.v. crediteurenadministratie, Postbus 599, 4000 AN Tiel. Uw referentie: ZH-GV-2026-014 / ZH-GV-2026-021"),
 ("t", [["Omschrijving", "Uren", "Bedrag"], ["Taxatie Waaldijk 142 Brakel (opname 17 maart 2026)", "14", "€ 1.750"],
        ["Taxatie Dorpsstraat 31 Nederhemert", "9", "€ 1.125"], ["Reiskosten", "", "€ 100"], ["Totaal excl. btw", "", "€ 2.975"]]),
 ("p", "Gelieve binnen 30 dagen te voldoen op NL44RABO0312778895 o.v.v. het factuurnummer. Vragen: gj.hoogendoorn@taxatiewaalzicht.example"),
], engine="rl", producer="Exact Online PDF Generator", creator="Exact Online", title="Factuur 2026-0419")

add("dk06_brief_eigenaar_schafer", [
 ("p", "Waterschap Rivierenland | De Blomboogerd 1 | 4003 BX Tiel"),
 ("p", "Herrn Jürgen Schäfer"), ("p", "Uiterwaardenweg 4"), ("p", "5308 JL Aalst"),
 ("p", "Datum: 12 mei 2026 | Kenmerk: ZH-GV-2026-033 | Contactpersoon: Joost van 't Hoff, +31 (0)6 1877 0245"),
 ("h", "Aanbod minnelijke verwerving perceel Aalst A 2210 (gedeeltelijk)"),
 ("p", "Geachte heer Schäfer,"),
 ("p", "Voor de Dijkversterking Zaltbommel-Haaften heeft het waterschap een strook van circa 860 m2 van uw perceel Aalst A 2210 nodig. "
       "Op basis van het taxatierapport van Taxatiebureau Waalzicht bieden wij u een schadeloosstelling aan van € 61.200, inclusief de kosten van deskundige bijstand. "
       "Omdat u in Duitsland woont, kunnen wij het gesprek ook in het Duits voeren; u bereikt mij ook via +49 2821 77 4310 (uw eigen nummer, zoals door u opgegeven) "
       "of per e-mail op juergen.schaefer@t-online.example."),
 ("p", "Wij verzoeken u uiterlijk 2 juni 2026 te laten weten of u het aanbod aanvaardt. Betaling kan op uw rekening DE89 3704 0044 0532 0130 00."),
 ("p", "Met vriendelijke groet,"), ("p", "namens het dagelijks bestuur van Waterschap Rivierenland,"),
 ("p", "Joost van 't Hoff"), ("p", "grondverwerver Dijkversterking Zaltbommel-Haaften"),
], engine="docx", producer=LO, creator="Writer", title="Aanbod Aalst A 2210", author="j.vanthoff")

add("dk07_brief_eigenaar_verhoef", [
 ("p", "WATERSCHAP RIVIERENLAND - projectbureau ZoHa, Steenweg 2, Zaltbommel"),
 ("p", "Mevrouw W. Verhoef"), ("p", "Waalbandijk 77"), ("p", "5311 BE Gameren"),
 ("p", "Tiel, 8 april 2026 - kenmerk ZH-GV-2026-040"),
 ("p", "Geachte mevrouw Verhoef,"),
 ("p", "Graag bevestigen wij de afspraak voor een keukentafelgesprek op 21 april 2026 om 10.00 uur bij u thuis. Namens het waterschap komen "
       "de grondverwerver en de omgevingsmanager, de heer P.B. Wolters. Uw dochter heeft ons laten weten dat u bij het gesprek wordt ondersteund in verband met "
       "beginnende dementie; zij is uiteraard welkom."),
 ("p", "Het gaat om een strook van uw tuin aan de binnenzijde van de dijk, kadastraal bekend als Gameren C 918. Tijdens het gesprek lichten wij het projectplan toe."),
 ("p", "Hoogachtend,"), ("p", "Pieter-Bas Wolters, omgevingsmanager"), ("p", "pb.wolters@wsrivierenland.example | 0344 64 92 17"),
], engine="rl", producer="Microsoft® Word 2016", creator="Microsoft® Word 2016", title="Bevestiging keukentafelgesprek")

add("dk08_verslag_keukentafel_verhoef", [
 ("h", "Verslag keukentafelgesprek Waalbandijk 77, Gameren"),
 ("t", [["Datum", "21 april 2026"], ["Zaak", "ZH-GV-2026-040"], ["Aanwezig", "mevrouw Wilhelmina Verhoef (Mien), haar dochter Noor el Amrani, "
        "Joost van 't Hoff (grondverwerver), Pieter-Bas Wolters (omgevingsmanager)"], ["Verslag", "JvtH"]]),
 ("p", "Mien vertelt dat haar man de tuin in 1978 heeft aangelegd; de perenbomen aan de binnenteen zijn voor haar van grote emotionele waarde. "
       "Noor geeft aan dat haar moeder door de beginnende dementie snel vergeet wat is afgesproken en vraagt alle afspraken op papier en per mail "
       "(noor.elamrani@hotmail.example, 06-30219876) te bevestigen."),
 ("p", "Het waterschap licht toe dat de steunberm 6 meter de tuin in komt. Mevrouw Verhoef wil liever de hele strook verkopen dan een zakelijk recht vestigen. "
       "Joost zegt toe dat de taxateur langskomt en dat er een tegemoetkoming in de kosten van deskundige bijstand is (€ 2.975)."),
 ("h", "Afspraken"),
 ("t", [["Nr", "Actie", "Wie", "Wanneer"], ["1", "Taxatie inplannen", "JvtH", "12 mei 2026"], ["2", "Kopie legger sturen", "PBW", "2 juni 2026"],
        ["3", "Contact met dochter per mail", "JvtH", "doorlopend"]]),
] + MOT, engine="rl", producer="Microsoft® Word voor Microsoft 365", creator=W, title="Verslag keukentafelgesprek")

add("dk09_verslag_keukentafel_tjong", [
 ("h", "Gespreksverslag eigenaar Kerkwaard 9, Zaltbommel"),
 ("p", "Datum: 17 maart 2026. Aanwezig: Bartholomeus 't Jong (eigenaar), Sjoerd Anema (projectjurist), Joost van 't Hoff (grondverwerver). Zaak ZH-GV-2026-052."),
 ("p", "Bart 't Jong heeft een bedrijfswoning met boomgaard buitendijks. Voor de dijkversterking is perceel Zaltbommel G 3391 voor circa 2.100 m2 nodig. "
       "De heer 't Jong wil eerst weten of hij kan herinvesteren. Hij vraagt of het waterschap een vervangend perceel heeft van Staatsbosbeheer of uit de grondbank."),
 ("p", "Anema legt uit dat de minnelijke verwerving de eerste stap is en dat onteigening onder de Omgevingswet pas aan de orde is als partijen er niet uitkomen. "
       "De heer 't Jong zegt dat hij pas verder praat als zijn adviseur, mr. Sybren Dijkstra, aanschuift (s.dijkstra@dijkstra-agrarischrecht.example)."),
 ("p", "Vervolgafspraak: 30 juni 2026 op het projectbureau. Telefoon eigenaar: 0418 56 33 02."),
 ("p", "Verslag: S. Anema, gezien J. van 't Hoff"),
] + MOT, engine="docx", producer=LO, creator="Writer", title="Gespreksverslag Kerkwaard")

add("dk10_mailthread_grondverwerver", [
 ("m", "Van: Hoff, Joost van 't <j.vanthoff@wsrivierenland.example>"),
 ("m", "Verzonden: dinsdag 12 mei 2026 16:42"),
 ("m", "Aan: Ter Haar-Blom, Marloes <m.terhaarblom@wsrivierenland.example>"),
 ("m", "CC: Çelik, İnci <i.çelik@wsrivierenland.example>; Wolters, Pieter-Bas <pb.wolters@wsrivierenland.example>; zoha@wsrivierenland.example"),
 ("m", "Onderwerp: RE: Aanbod Schäfer en stand van zaken Van Wijngaarden"), ("m", ""),
 ("p", "Hoi Marloes,"),
 ("p", "Schäfer heeft telefonisch laten weten dat hij het aanbod van € 61.200 te laag vindt; hij wil de getaxeerde waarde van de jachtrechten erbij. "
       "Bij Van Wijngaarden ligt het gevoelig: mevrouw herstelt nog van haar hartoperatie en Kees wil niets tekenen voordat Dijkstra ernaar heeft gekeken. "
       "Ik stel voor het dagelijks bestuur te vragen het mandaat op te rekken tot € 127.500 voor beide dossiers samen."),
 ("p", "İnci, kun jij kijken of de jachtrechten juridisch meetellen in de schadeloosstelling?"),
 ("p", "Groet, Joost"), ("p", "Joost van 't Hoff | grondverwerver ZoHa (ingehuurd) | 06-41 27 88 30"), ("m", ""),
 ("m", "Van: Ter Haar-Blom, Marloes"), ("m", "Verzonden: dinsdag 12 mei 2026 11:05"), ("m", "Aan: Hoff, Joost van 't"),
 ("m", "Onderwerp: Aanbod Schäfer en stand van zaken Van Wijngaarden"), ("m", ""),
 ("p", "Joost, hoe staat het met Aalst A 2210 en Brakel K 1187? De dijkgraaf wil voor het overleg met gedeputeerde Maasdam weten hoeveel eigenaren nog niet hebben getekend. "
       "Bel me gerust op 0344 64 92 17 (toestel 2417)."),
 ("p", "Marloes ter Haar-Blom | projectmanager Dijkversterking Zaltbommel-Haaften | Waterschap Rivierenland"),
] + MOT, engine="rlttf", producer=OUT, creator=O, title="RE: Aanbod Schäfer")

add("dk11_mailthread_taxateur", [
 ("m", "Van: Gerrit Jan Hoogendoorn <gj.hoogendoorn@taxatiewaalzicht.example>"),
 ("m", "Verzonden: woensdag 8 april 2026 08:17"),
 ("m", "Aan: joost.vanthoff@grondzaken-hoff.example"),
 ("m", "Onderwerp: conceptrapporten Brakel en Nederhemert"), ("m", ""),
 ("p", "Beste Joost,"),
 ("p", "Hierbij de concepten voor Waaldijk 142 en Dorpsstraat 31. Yıldız belde me gisteren zelf op, hij had mijn nummer van de buren. "
       "Ik heb gezegd dat ik alleen via het waterschap communiceer. De notenboom heb ik conform vervangingswaarde meegenomen."),
 ("p", "Wil je de factuur naar de crediteurenadministratie doorzetten? Mijn KvK-nummer is 71234598."),
 ("p", "Met vriendelijke groet,"), ("p", "Gerrit Jan Hoogendoorn RT"), ("p", "Taxatiebureau Waalzicht | 0345 57 12 09 | 06 2398 4471"),
 ("m", ""), ("m", "-----Oorspronkelijk bericht-----"),
 ("m", "Van: joost.vanthoff@grondzaken-hoff.example"), ("m", "Verzonden: 3 februari 2026"), ("m", "Aan: gj.hoogendoorn@taxatiewaalzicht.example"),
 ("p", "Gerrit, kun je de opname bij Van Wijngaarden op 17 maart 2026 doen? Kees is telefonisch bereikbaar op 0031 6 5510 9083, e-mail kees.wijngaarden@ziggo.example."),
] + MOT, engine="rlttf", producer=OUT, creator=O, title="conceptrapporten")

add("dk12_besluit_db_mandaat", [
 ("h", "Besluit dagelijks bestuur Waterschap Rivierenland"),
 ("p", "Vergadering van 12 mei 2026 - Kenmerk DB-2026-0587 - Onderwerp: verruiming mandaat minnelijke verwerving Dijkversterking Zaltbommel-Haaften"),
 ("p", "Het dagelijks bestuur, bestaande uit dijkgraaf Van Oosterzee en de heemraden, gelet op de Waterwet en de Omgevingswet;"),
 ("p", "overwegende dat voor de realisatie van het projectplan kadastrale percelen van particuliere eigenaren nodig zijn en dat het Hoogwaterbeschermingsprogramma (HWBP) "
       "minnelijke verwerving voorschrijft voordat onteigening wordt voorbereid;"),
 ("h", "Besluit"),
 ("p", "1. Het mandaat van de projectmanager voor het doen van aanbiedingen wordt verruimd tot € 127.500 per dossier. "
       "2. Heemraad Tamminga is portefeuillehouder en informeert het algemeen bestuur. 3. Voor de dossiers Brakel K 1187 en Aalst A 2210 wordt een tweede taxatie gevraagd."),
 ("p", "Aldus besloten in de vergadering van 12 mei 2026."),
 ("p", "De dijkgraaf, Van Oosterzee            De secretaris-directeur, bij afwezigheid: Sjoerd Anema (plv.)"),
 ("p", "Paraaf voorbereiding: MtHB / IÇ"),
] + MOT, engine="rlttf", producer="Adobe PDF Library 23.1.175", creator="Corsa iBabs 5.8", title="Besluit DB mandaat")

add("dk13_koopovereenkomst_scan", [
 ("h", "KOOPOVEREENKOMST ONROERENDE ZAAK (minnelijke verwerving)"),
 ("p", "De ondergetekenden: Cornelis van Wijngaarden, geboren 14-03-1949, en Hendrika van Wijngaarden-Bos, beiden wonende Waaldijk 142, 5306 GK Brakel, hierna: verkoper;"),
 ("p", "en Waterschap Rivierenland, te dezen vertegenwoordigd door Marloes ter Haar-Blom, hierna: koper;"),
 ("p", "verklaren dat verkoper verkoopt aan koper een strook grond van circa 1.240 m2, deel uitmakend van perceel Brakel K 1187, tegen een koopsom en schadeloosstelling van in totaal 70.425 euro."),
 ("p", "Betaling op rekening NL29 INGB 0006 5432 10. Levering bij notariële akte uiterlijk 15 september 2026."),
 ("p", "Aldus getekend te Brakel op 2 juni 2026."),
 ("hw", "C. van Wijngaarden"), ("hw", "H. van Wijngaarden-Bos"), ("hw", "M. ter Haar-Blom"),
], engine="scan", producer="Canon iR-ADV C5560 PDF", creator="Canon iR-ADV C5560", rot=0.6)

add("dk14_brief_eigenaar_handgeschreven_scan", [
 ("p", "Nederhemert, 2 juni 2026"),
 ("p", "Aan het waterschap, t.a.v. de heer Joost van 't Hoff"),
 ("p", "Geachte heer Van 't Hoff,"),
 ("p", "Ik ga niet akkoord met het bod voor mijn achtertuin. De notenboom heeft mijn vader geplant. Ik wil dat de taxateur Hoogendoorn opnieuw komt kijken."),
 ("p", "Mijn telefoon is 0418-672 914. Mijn adres is Dorpsstraat 31, 5317 JA Nederhemert."),
 ("hw", "Met groet, Mehmet Yildiz"),
], engine="scan", producer="HP Scan", creator="HP LaserJet MFP M428", rot=-0.8)

add("dk15_presentielijst_scan", [
 ("h", "Presentielijst informatieavond dijkversterking, Gameren, 17 maart 2026"),
 ("t", [["Naam", "Adres", "Handtekening"], ["Wilhelmina Verhoef", "Waalbandijk 77", "Verhoef"], ["Dirk-Jan Eijkelenboom", "Haaftense Uiterdijk 12", "DJE"],
        ["Annelies Roodbeen", "Waalbandijk 77", "A. Roodbeen"], ["Bartholomeus 't Jong", "Kerkwaard 9", "Bart"]]),
 ("hw", "Genoteerd door Pieter-Bas Wolters"),
], engine="scan", producer="Xerox WorkCentre 7855", creator="Xerox WorkCentre 7855", rot=0.9)

add("dk16_teams_chat", [
 ("h", "Teams-chat projectteam ZoHa - export 30 juni 2026"),
 ("m", "[12-05-2026 08:31] Marloes ter Haar-Blom: goedemorgen, wie gaat er vandaag naar Aalst?"),
 ("m", "[12-05-2026 08:33] Joost van 't Hoff: ik, samen met PB. Schäfer zit in Duitsland, we bellen hem via Teams"),
 ("m", "[12-05-2026 08:35] Pieter-Bas Wolters: klopt, ik neem de legger mee"),
 ("m", "[12-05-2026 08:40] İnci Çelik: jachtrechten tellen niet mee volgens BW, stuur ik vanmiddag"),
 ("m", "[12-05-2026 09:02] Marloes ter Haar-Blom: top İnci 👍 en Gijs, kun jij de kaarten van Gemaal De Blauwe Sluis bijwerken?"),
 ("m", "[12-05-2026 09:05] Gijsbert Rozendaal: doe ik, ook de ligging van de Prins Bernhardsluis"),
 ("m", "[12-05-2026 09:30] Joost van 't Hoff: btw Mien Verhoef belde gisteren weer, ze was de afspraak vergeten. Ik bel Noor wel"),
 ("m", "[12-05-2026 09:31] Marloes ter Haar-Blom: ok, voorzichtig daarmee"),
] + MOT, engine="rlttf", producer="Microsoft Teams export via Aspose.PDF for .NET 23.4", creator="Aspose.PDF", title="Teams-chat ZoHa")

add("dk17_whatsapp_eigenaren", [
 ("h", "WhatsApp-export 'Dijkbewoners Gameren' (aangeleverd door een eigenaar)"),
 ("m", "17-03-26 19:02 - Annelies: Wie gaat er vanavond naar de informatieavond?"),
 ("m", "17-03-26 19:04 - Riek: Kees en ik niet, ik mag nog niet rijden na de operatie"),
 ("m", "17-03-26 19:05 - Dirk-Jan: ik ga. Die Joost van het waterschap komt ook"),
 ("m", "17-03-26 19:11 - Annelies: Mien krijgt per m2 meer dan wij hoorde ik"),
 ("m", "17-03-26 19:12 - Noor: Dat klopt niet Annelies, mijn moeder heeft nog niks getekend"),
 ("m", "17-03-26 19:20 - Dirk-Jan: bel me maar 06-30219876 is van Noor toch? mijn nummer is 06 2398 4471"),
 ("m", "18-03-26 08:01 - Bart: vergadering LTO Noord over de dijk is verplaatst naar Slot Loevestein"),
] + MOT, engine="rlttf", producer="PDFpen 13.1", creator="PDFpen", title="WhatsApp-export")

add("dk18_beslisnota_onteigening", [
 ("h", "Beslisnota dagelijks bestuur"),
 ("t", [["Aan", "dagelijks bestuur"], ["Van", "Marloes ter Haar-Blom, projectmanager"], ["Datum", "30 juni 2026"], ["Kenmerk", "VV-2026-119"],
        ["Contactpersoon", "Sjoerd Anema, 0344 64 92 17"], ["Portefeuillehouder", "heemraad Tamminga"]]),
 ("h", "Aanleiding"),
 ("p", "Met vier van de zes eigenaren is overeenstemming bereikt. Met de eigenaar van Zaltbommel G 3391 en van Haaften D 1504 niet. "
       "Voorgesteld wordt de onteigeningsprocedure onder de Omgevingswet voor te bereiden, parallel aan de minnelijke verwerving."),
 ("h", "Geadviseerd besluit"),
 ("p", "Het dagelijks bestuur wordt gevraagd in te stemmen met het voorbereiden van een onteigeningsbeschikking en heemraad Brouwer-Kip te machtigen voor het overleg met Provincie Gelderland."),
 ("h", "Krachtenveld"),
 ("p", "LTO Noord en Gemeente Zaltbommel steunen het project; burgemeester Kruijt heeft aangedrongen op zorgvuldigheid richting oudere bewoners. "
       "De eigenaar Eijkelenboom (Haaftense Uiterdijk 12) heeft via de pers laten weten naar de rechter te stappen."),
 ("p", "Paraaf: MtHB 30-06 | S. Anema 30-06 | FdW"),
] + MOT, engine="rl", producer="Microsoft® Word 2019", creator="Microsoft® Word 2019", title="Beslisnota onteigening", author="Marloes ter Haar-Blom",
   outline=["Beslisnota onteigening ZoHa", "Concept Gijsbert Rozendaal", "Review Lotte Vermeulen"],
   hidden=[("PERSON", "Gijsbert Rozendaal", ["Gijsbert Rozendaal"], "outline"), ("PERSON", "Lotte Vermeulen", ["Lotte Vermeulen"], "outline")])

add("dk19_persbericht", [
 ("h", "Persbericht: overeenstemming met meerderheid dijkbewoners Zaltbommel-Haaften"),
 ("p", "Tiel, 15 september 2026 - Waterschap Rivierenland heeft met vier van de zes particuliere eigenaren langs de Waaldijk overeenstemming bereikt over de verkoop van grond en tuinstroken. "
       "'We hebben aan veel keukentafels gezeten', zegt dijkgraaf Van Oosterzee. 'Elke eigenaar krijgt een volledige schadeloosstelling, getaxeerd door een onafhankelijke taxateur.'"),
 ("p", "De dijkversterking is onderdeel van het Hoogwaterbeschermingsprogramma. Gedeputeerde Maasdam van Provincie Gelderland: 'De Bommelerwaard moet droge voeten houden.' "
       "De werkzaamheden rond de Martinus Nijhoffbrug starten in 2027."),
 ("p", "Noot voor de redactie: meer informatie via de woordvoerder van het waterschap, 0344 64 90 90 of zoha@wsrivierenland.example."),
], engine="rl", producer="Microsoft® Word voor Microsoft 365", creator=W, title="Persbericht ZoHa", author="Lotte Vermeulen",
   xmp_creator="Lotte Vermeulen", hidden=[("PERSON", "Lotte Vermeulen", ["Lotte Vermeulen", "Vermeulen"], "metadata")])

add("dk20_zienswijze_formulier", [
 ("h", "Formulier zienswijze derde-belanghebbende (Woo-verzoek WOO-2026-0131)"),
 ("p", "Waterschap Rivierenland vraagt u als eigenaar of u bezwaar heeft tegen openbaarmaking van documenten waarin uw gegevens staan. Vult u de velden in en stuur het formulier terug naar woo@wsrivierenland.example."),
], engine="form", producer="Nitro Pro 13.70.2.40", creator="Nitro Pro", title="Zienswijzeformulier",
   fields=[("naam", "Naam", "Dirk-Jan Eijkelenboom"), ("adres", "Adres", "Haaftense Uiterdijk 12, 4175 LB Haaften"),
           ("tel", "Telefoon", "0031 6 5510 9083"), ("perceel", "Kadastraal perceel", "Haaften D 1504"),
           ("zienswijze", "Zienswijze", "Geen openbaarmaking van mijn naam en bedrag"), ("bsn", "BSN (optioneel)", "2348.71.906")],
   hidden=[("PERSON", "Dirk-Jan Eijkelenboom", ["Dirk-Jan Eijkelenboom", "Eijkelenboom"], "annotations"),
           ("ADDRESS", "Haaftense Uiterdijk 12", ["Haaftense Uiterdijk 12", "4175 LB"], "annotations"),
           ("PHONE", "0031 6 5510 9083", ["0031 6 5510 9083"], "annotations"), ("KADASTER", "Haaften D 1504", ["Haaften D 1504"], "annotations"),
           ("BSN", "2348.71.906", ["2348.71.906"], "annotations")])

add("dk21_concept_aanbod_met_notities", [
 ("h", "Concept aanbodbrief perceel Haaften D 1504"),
 ("p", "Geachte heer Eijkelenboom, voor de Dijkversterking Zaltbommel-Haaften heeft het waterschap een deel van uw perceel nodig. "
       "Wij bieden u een schadeloosstelling van € 18.450 aan, op basis van het taxatierapport."),
 ("p", "Contact: zoha@wsrivierenland.example of 0344 64 90 90."),
] + MOT, engine="rl", producer="Adobe Acrobat Pro (64-bit) 24.1.20643", creator="Acrobat PDFMaker 24 voor Word", title="Concept aanbod Haaften",
   notes=[("Rozendaal, Gijsbert", "Bedrag nog checken met taxateur"), ("Lotte Vermeulen", "Let op: eigenaar heeft pers benaderd, bel hem eerst op 06-41 27 88 30")],
   hidden=[("PERSON", "Gijsbert Rozendaal", ["Rozendaal", "Gijsbert"], "annotations"), ("PERSON", "Lotte Vermeulen", ["Lotte Vermeulen"], "annotations"),
           ("PHONE", "06-41 27 88 30", ["06-41 27 88 30"], "annotations")])

add("dk22_overzicht_percelen", [
 ("h", "Overzicht te verwerven percelen ZoHa - stand 15 september 2026"),
 ("t", [["Zaak", "Eigenaar", "Perceel", "m2", "Bedrag", "Status"],
        ["ZH-GV-2026-014", "C. van Wijngaarden / H. van Wijngaarden-Bos", "Brakel K 1187", "1.240", "€ 70.425", "getekend"],
        ["ZH-GV-2026-021", "M. Yıldız", "Nederhemert B 642", "310", "€ 14.075", "in onderhandeling"],
        ["ZH-GV-2026-033", "J. Schäfer", "Aalst A 2210", "860", "€ 61.200", "getekend"],
        ["ZH-GV-2026-040", "W. Verhoef", "Gameren C 918", "420", "€ 9.850", "getekend"],
        ["ZH-GV-2026-052", "B. 't Jong", "Zaltbommel G 3391", "2.100", "€ 127.500", "onteigening voorbereid"],
        ["ZH-GV-2026-067", "D.J. Eijkelenboom", "Haaften D 1504", "540", "€ 18.450", "onteigening voorbereid"],
        ["n.v.t.", "Staatsbosbeheer", "Gameren C 1002", "3.400", "€ 42.700", "getekend"]]),
 ("p", "Grondverwerver: JvtH. Projectjurist: S. Anema. Bron: Kadaster, legger Waterschap Rivierenland."),
] + MOT, engine="rlttf", producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365", title="Overzicht percelen")

add("dk23_notulen_ab", [
 ("h", "Verslag algemeen bestuur Waterschap Rivierenland, 15 september 2026 (uittreksel agendapunt 7)"),
 ("t", [["Aanwezig", "dijkgraaf Van Oosterzee (voorzitter), heemraad Brouwer-Kip, heemraad Tamminga, 24 leden algemeen bestuur"],
        ["Ambtelijk", "Marloes ter Haar-Blom (projectmanager), F. de Wit (notulist)"], ["Inspreker", "mevrouw A. Roodbeen, bewoner Waalbandijk"]]),
 ("p", "Mevrouw Roodbeen spreekt in over ongelijke vergoedingen. De voorzitter antwoordt dat iedere schadeloosstelling individueel wordt getaxeerd. "
       "Heemraad Brouwer-Kip zegt toe dat het algemeen bestuur een geanonimiseerd overzicht ontvangt."),
 ("h", "Actielijst"),
 ("t", [["Nr", "Actie", "Wie", "Datum"], ["7.1", "Geanonimiseerd overzicht vergoedingen", "MtHB", "27 oktober 2026"], ["7.2", "Antwoord inspreker", "FdW", "27 oktober 2026"]]),
] + MOT, engine="rl", producer="Corsa iBabs 5.8", creator="iBabs", title="Verslag AB")

add("dk24_woo_besluit", [
 ("p", "Waterschap Rivierenland | Postbus 599, 4000 AN Tiel | 0344 64 90 90 | woo@wsrivierenland.example"),
 ("p", "Mevrouw A. Roodbeen, Waalbandijk 77, 5311 BE Gameren"),
 ("p", "Datum: 27 oktober 2026 | Kenmerk: WOO-2026-0131 | Onderwerp: besluit op uw Woo-verzoek"),
 ("p", "Geachte mevrouw Roodbeen,"),
 ("p", "Op 12 januari 2026 heeft u verzocht om openbaarmaking van documenten over de grondverwerving voor de Dijkversterking Zaltbommel-Haaften. "
       "Wij hebben 24 documenten gevonden. Wij maken 3 documenten geheel openbaar, 20 deels openbaar en 1 document niet openbaar."),
 ("h", "Overwegingen"),
 ("p", "Namen, adressen, telefoonnummers, e-mailadressen, rekeningnummers en kadastrale aanduidingen van particuliere eigenaren maken wij niet openbaar (5.1.2e). "
       "Het BSN maken wij niet openbaar (5.1.1e). Gegevens over de gezondheid van eigenaren zijn bijzondere persoonsgegevens (5.1.1d). "
       "Namen van medewerkers en van de ingehuurde grondverwerver en de taxateur maken wij niet openbaar. De namen van de dijkgraaf en de heemraden blijven leesbaar."),
 ("p", "De individuele bedragen per eigenaar maken wij openbaar zonder naam en perceel; de onderhandelingspositie van het waterschap in lopende dossiers weegt niet zwaarder (5.1.2i niet toegepast)."),
 ("pb",),
 ("h", "Besluit"),
 ("p", "Wij maken de documenten openbaar zoals aangegeven in de inventarislijst. Tegen dit besluit kunt u binnen zes weken bezwaar maken bij het dagelijks bestuur."),
 ("p", "Hoogachtend,"), ("p", "het dagelijks bestuur van Waterschap Rivierenland,"), ("p", "namens dezen,"), ("p", "Femke de Wit, Woo-coördinator"),
] + MOT, engine="docx", producer=LO, creator="Writer", title="Besluit WOO-2026-0131", author="F. de Wit")

add("dk25_inventarislijst", [
 ("h", "Inventarislijst Woo-besluit WOO-2026-0131"),
 ("t", [["Nr", "Document", "Datum", "Beoordeling", "Grond", "Toelichting"],
        ["1", "Woo-verzoek", "12 januari 2026", "deels openbaar", "5.1.2e", ""],
        ["2", "Ontvangstbevestiging", "3 februari 2026", "deels openbaar", "5.1.2e", ""],
        ["3", "Taxatierapport Brakel", "21 april 2026", "deels openbaar", "5.1.2e, 5.1.1d", "gezondheid eigenaar"],
        ["4", "Taxatierapport Nederhemert", "8 april 2026", "deels openbaar", "5.1.2e, 5.1.1e", "BSN"],
        ["5", "Factuur taxateur", "8 april 2026", "deels openbaar", "5.1.2e", "eenmanszaak"],
        ["6", "Aanbod Aalst", "12 mei 2026", "deels openbaar", "5.1.2e", ""],
        ["8", "Verslag keukentafelgesprek", "21 april 2026", "deels openbaar", "5.1.2e, 5.1.1d", ""],
        ["12", "Besluit DB mandaat", "12 mei 2026", "openbaar", "", "DB-2026-0587"],
        ["13", "Koopovereenkomst", "2 juni 2026", "deels openbaar", "5.1.2e", "scan"],
        ["19", "Persbericht", "15 september 2026", "openbaar", "", "reeds openbaar"],
        ["22", "Overzicht percelen", "15 september 2026", "deels openbaar", "5.1.2e", ""],
        ["24", "Notitie onderhandelingsstrategie", "30 juni 2026", "niet openbaar", "5.2.1", "persoonlijke beleidsopvattingen"]]),
] + MOT, engine="rl", producer="Microsoft® Excel® 2019", creator="Microsoft® Excel® 2019", title="Inventarislijst WOO-2026-0131")

add("dk26_mail_advocaat", [
 ("m", "Van: mr. S.T. Dijkstra <s.dijkstra@dijkstra-agrarischrecht.example>"),
 ("m", "Verzonden: vrijdag 2 juni 2026 14:20"),
 ("m", "Aan: Çelik, İnci; Anema, Sjoerd"), ("m", "CC: kees.wijngaarden@ziggo.example"),
 ("m", "Onderwerp: cliënten Van Wijngaarden - koopovereenkomst Brakel K 1187"), ("m", ""),
 ("p", "Geachte mevrouw Çelik, geachte heer Anema,"),
 ("p", "Mijn cliënten, de heer en mevrouw Van Wijngaarden, zijn bereid de koopovereenkomst te tekenen, mits het waterschap de kosten van deskundige bijstand (€ 2.975) "
       "rechtstreeks voldoet en de herinrichting van de tuin vóór 15 september 2026 is afgerond. Gezien de gezondheid van mevrouw (hartoperatie) verzoek ik u het gesprek bij cliënten thuis te houden."),
 ("p", "Met vriendelijke groet, Sybren Dijkstra, advocaat agrarisch recht, 0345 57 12 09"),
] + MOT, engine="rlttf", producer=OUT, creator=O, title="cliënten Van Wijngaarden")

add("dk27_projectplan_uittreksel", [
 ("h", "Projectplan Waterwet Dijkversterking Zaltbommel-Haaften - uittreksel hoofdstuk 6 Grondverwerving"),
 ("p", "Het projectplan is vastgesteld door het algemeen bestuur en goedgekeurd door Provincie Gelderland. Voor de uitvoering zijn kadastrale percelen nodig van "
       "particulieren, Staatsbosbeheer, Rijkswaterstaat en de gemeente West Betuwe. Het waterschap streeft naar minnelijke verwerving; pas als dat niet lukt volgt onteigening op grond van de Omgevingswet."),
 ("p", "Rond de Martinus Nijhoffbrug, Gemaal De Blauwe Sluis en de Johanna Hoeve (rijksmonument, Stichting Van Heeckerenfonds) gelden aanvullende eisen. "
       "De Prins Bernhardsluis blijft in beheer bij Rijkswaterstaat."),
 ("pb",),
 ("h", "6.3 Werkwijze"),
 ("p", "Iedere eigenaar krijgt een keukentafelgesprek, een taxatierapport van een onafhankelijke register-taxateur (NRVT) en een schriftelijk aanbod. "
       "De kosten van deskundige bijstand worden vergoed. Vragen: zoha@wsrivierenland.example, 0344 64 90 90 of 14 0418 (gemeente Zaltbommel)."),
 ("p", "Tabel 6.1 geeft de benodigde oppervlakte per dijkvak: dijkvak 1 Zaltbommel 2.100 m2; dijkvak 2 Brakel 1.240 m2; dijkvak 3 Gameren 3.820 m2; dijkvak 4 Haaften 540 m2."),
], engine="rl", producer="Microsoft® Word 2016", creator="Microsoft® Word 2016", title="Projectplan H6", author="Gijsbert Rozendaal",
   hidden=[("PERSON", "Gijsbert Rozendaal", ["Gijsbert Rozendaal"], "metadata")])
