"""Set NB documents nb12-nb22: inspection, scan, beslisnota, press, invoices, roster, valuation, decision, council."""
from lib import Doc

MOT = [("h2", "Informatie die niet openbaar gemaakt kan worden"),
       ("p", "Motivering: in de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren "
             "geanonimiseerd (artikel 5.1, tweede lid, onder e, [[Woo]]).")]

DOCS = [
Doc("nb12", "Rapport controlebezoek HH-2025-0412", [
    ("h1", "Rapport van bevindingen - controlebezoek veehouderij"),
    ("p", "[[Omgevingsdienst IJsselland|ORG]] in opdracht van [[Gedeputeerde Staten van Overijssel|ORG]]\n"
          "Zaaknummer: [[HH-2025-0412|CASE]]   Activiteit: Natura 2000-activiteit en milieubelastende activiteit\n"
          "Inrichting: Melkveehouderij {Mensink|P} V.O.F., {Hoge Esweg 14|A}, Holten (kadastraal [[Holten K 2281|CASE]])"),
    ("table", [["Datum bezoek", "Toezichthouder(s)", "Aanwezig namens bedrijf"],
               ["28 april 2025, 09.10-11.45 uur", "{J.W. ter Haar|P} (BOA, {nr. 41187|N})\n{Ruud Oude Lansink|P} (provincie)",
                "{H.J. Mensink|P}; zoon {Dinand Mensink|P}"]], [50, 60, 56]),
    ("h2", "1. Aanleiding"),
    ("p", "Het bezoek vond onaangekondigd plaats naar aanleiding van het handhavingsverzoek van {K. Bosch|P} van 3 maart 2025 "
          "en in het kader van het [[Handhavingsprogramma Stikstof 2025|PROGRAMME]] van de provincie, dat gericht is op "
          "veehouderijen binnen 3 km van stikstofgevoelige natuur."),
    ("h2", "2. Bevindingen"),
    ("p", "Dieraantallen: geteld zijn 142 melkkoeien (vergund 140) en 110 stuks jongvee (vergund 98). De I&R-registratie "
          "bij [[RVO|ORG]] vermeldt op de dag van het bezoek 139 melkkoeien. Het overschot jongvee wordt volgens de heer "
          "{Mensink|P} veroorzaakt doordat de afvoer naar de opfokker in [[Wierden|PLACE]] was uitgesteld."),
    ("p", "Stalsysteem: in stal 2 ligt een [[Lely Sphere|PRODUCT]]-systeem; de luchtwassercomputer registreerde geen storingen. "
          "In stal 3 (nieuwbouw volgens vergunning 2014) is geen stal aanwezig; op de locatie staat een sleufsilo. "
          "Dit bevestigt de bevinding van het controlebezoek van 14 juni 2023 (toezichthouder {Joost ter Haar|P})."),
    ("p", "Mestopslag: de mestzak aan de noordzijde was niet afgedekt. De heer {Mensink|P} gaf aan dat het zeil door een storm "
          "was beschadigd en dat de leverancier [[Agrifirm|ORG]] een nieuw zeil heeft besteld."),
    ("p", "Bijzonderheden: de heer {Mensink|P} gaf aan dat zijn echtgenote {sinds maart overspannen thuis zit|H} en dat hij "
          "het werk grotendeels alleen doet. Dit is genoteerd op zijn verzoek."),
    ("h2", "3. Overtredingen en vervolg"),
    ("table", [["Nr", "Overtreding", "Voorschrift", "Vervolg"],
               ["1", "Meer jongvee dan vergund (12 stuks)", "[[art. 5.1 lid 2 Omgevingswet|LAW]]", "waarschuwing, hercontrole 8 weken"],
               ["2", "Mestzak niet afgedekt", "[[art. 4.822 Bal|LAW]]", "herstel binnen 2 weken"],
               ["3", "Referentie 2014 niet gerealiseerd", "-", "melding aan vergunningverlening ({S. Kloosterboer|P})"]], [10, 58, 46, 52]),
    ("h2", "4. Ondertekening"),
    ("p", "Aldus naar waarheid opgemaakt en ondertekend te [[Raalte|PLACE]] op 30 april 2025.\n\n"
          "{J.W. ter Haar|P}, toezichthouder/BOA, [[Omgevingsdienst IJsselland|ORG]], {+31 (0)6 2281 4407|T}, {jw.terhaar@odijsselland.nl|E}\n"
          "Gezien: {R. Oude Lansink|P}, handhavingsjurist provincie"),
    ("small", "Het rapport is toegezonden aan de vergunninghouder ({henk.mensink@kpnmail.nl|E}) en aan de gemachtigde. "
              "Algemene vragen: [[toezicht@odijsselland.nl|MAILBOX]], [[088 - 233 30 00|PHONE_PUBLIC]]."),
], font="DejaVu", prod_str="Aspose.Words for .NET 23.10.0", creator="Squit 20/20 rapportagemodule",
   notes=[(0, "{Ruud Oude Lansink|P}", "Check met {JWtH|C}: klopt aantal jongvee? Hij belde {06-10 93 27 48|T} (privé) terug."),
          (0, "{S. Kloosterboer|P}", "Overgenomen in aanvullingsverzoek, zie mail aan {Hoekstra|P} 9 mei.")]),

Doc("nb13", "Brief veehouder Wolters (scan)", [], producer="scan", scan_lines=[
    ("{A.G. Wolters|P}", "n"), ("{Veldkampsweg 3|A}", "n"), ("{7731 RG|A} Ommen", "n"), ("gap", ""),
    ("Aan de Provincie Overijssel, afdeling opkoop", "n"), ("Ommen, 2 juni 2025", "n"), ("gap", ""),
    ("Geachte heer {Ekkelenkamp|P},", "n"), ("gap", ""),
    ("Na ons gesprek aan de keukentafel heb ik met mijn vrouw", "n"),
    ("{Janna|P} besloten om mee te doen met de opkoopregeling.", "n"),
    ("Mijn rug laat het niet meer toe en onze zoon {Jelmer|P}", "n"),
    ("wil het bedrijf niet overnemen. Wel wil ik weten of de", "n"),
    ("taxatie van de heer {Hesselink|P} nog kan worden aangepast,", "n"),
    ("de nieuwe varkensstal is te laag gewaardeerd.", "n"), ("gap", ""),
    ("Mijn telefoon is {0529-45 81 36|T}.", "n"), ("gap", ""),
    ("Met vriendelijke groet,", "n"), ("gap", ""),
    ("{Bertus Wolters|P}", "h"), ("gap", ""),
    ("ontvangen 4/6 - {DE|C}", "h"),
], prod_str="Canon iR-ADV C5840 PDF", creator="Canon iR-ADV C5840"),

Doc("nb14", "Beslisnota GS aanpak piekbelasters", [
    ("h1", "Beslisnota Gedeputeerde Staten"),
    ("table", [["Aan", "[[Gedeputeerde Staten|ORG]], portefeuillehouder gedeputeerde [[Marieke ten Hove|OFFICIAL]]"],
               ["Van", "{Ilse de Wit-Brouwer|P}, teamleider Vergunningverlening Natuur"],
               ["Datum", "3 juni 2025"],
               ["Kenmerk", "[[2025/0193517|CASE]]"],
               ["Onderwerp", "Vergunningverlening en handhaving piekbelasters rond Natura 2000-gebieden"],
               ["Behandeld door", "{Sanne Kloosterboer|P}, {038 499 7521|T}, {s.kloosterboer@overijssel.nl|E}"],
               ["Kopie aan", "{Daan Ekkelenkamp|P} (projectleider [[RVOVO]]), {Ruud Oude Lansink|P} (handhaving)"]]),
    ("h2", "Aanleiding"),
    ("p", "Na de uitspraak van de Raad van State over intern salderen (ECLI:NL:RVS:2024:4923) kunnen veehouders een niet "
          "gerealiseerde vergunde capaciteit niet meer als referentie gebruiken. In Overijssel liggen 38 lopende aanvragen "
          "stil; 11 daarvan betreffen piekbelasters rond de Sallandse Heuvelrug, het Springendal en de Engbertsdijksvenen."),
    ("h2", "Geadviseerd besluit"),
    ("p", "Aan [[GS|ORG]] wordt gevraagd: 1. in te stemmen met de werkwijze om aanvragers eerst een gesprek over de "
          "opkoopregeling aan te bieden; 2. in te stemmen met een handhavingsprioriteit voor bedrijven met meer dieren dan "
          "vergund; 3. de [[Provinciale Staten|ORG]] te informeren met bijgevoegde Statenbrief."),
    ("h2", "Kern"),
    ("p", "De werkwijze is in het ambtelijk overleg met [[LTO Noord|ORG]], de [[Natuur en Milieufederatie Overijssel|ORG]] "
          "en de [[Omgevingsdienst IJsselland|ORG]] besproken. {Bram Hoekstra|P} (adviseur van meerdere aanvragers) heeft "
          "aangegeven dat veehouders de combinatie van handhaving en opkoop als dreiging ervaren. Het advies van de "
          "[[Commissie Remkes|ORG]] om in te zetten op vrijwilligheid blijft leidend."),
    ("h2", "Krachtenveld"),
    ("p", "Het [[ministerie van LVVN|ORG]] verwacht van provincies dat de middelen van het [[Transitiefonds landelijk gebied en natuur|PROGRAMME]] "
          "tijdig worden besteed. De fractie van [[BBB|ORG]] in de Staten heeft vragen gesteld (Statenlid "
          "[[Gerdien Blom-Oosterveld|OFFICIAL]]). De gemeente [[Rijssen-Holten|ORG]] vraagt om een zorgvuldig gebiedsproces; "
          "wethouder [[Harm-Jan Kamphuis|OFFICIAL]] heeft dit per brief bevestigd."),
    ("h2", "Paraaf"),
    ("table", [["Naam", "Functie", "Paraaf", "Datum"],
               ["{I. de Wit-Brouwer|P}", "teamleider", "{IdWB|C}", "03-06"],
               ["{T. van 't Holt|P}", "senior jurist", "{TvtH|C}", "03-06"],
               ["{drs. F.A. Grootenhuis|P}", "eenheidsmanager", "{FAG|C}", "04-06"]]),
] + MOT, producer="docx", prod_str="LibreOffice 7.6 (Writer) / Provincie Overijssel Corsa export"),

Doc("nb15", "Concept persbericht opkoopregeling", [
    ("h1", "CONCEPT - Persbericht"),
    ("p", "[[Zwolle|PLACE]], 10 juni 2025"),
    ("h2", "Provincie start tweede ronde opkoopregeling veehouderijen"),
    ("p", "De [[Provincie Overijssel|ORG]] opent op 1 juli een tweede ronde van de [[Regeling Vrijwillige Opkoop Veehouderijen Overijssel|PROGRAMME]]. "
          "Veehouders nabij kwetsbare natuur zoals de [[Engbertsdijksvenen|PLACE]] en het [[Springendal|PLACE]] kunnen zich "
          "aanmelden voor een vrijblijvend [[keukentafelgesprek|TERM]]."),
    ("p", "Gedeputeerde [[Marieke ten Hove|OFFICIAL]]: \"Iedere boer die stopt, doet dat met pijn in het hart. Wij willen dat "
          "zorgvuldig en met respect begeleiden. Tegelijk moet de natuur in Overijssel herstellen.\""),
    ("p", "In de eerste ronde meldden 64 veehouders zich aan; met 19 is een overeenkomst gesloten. Een van hen is een "
          "varkenshouder uit [[Ommen|PLACE]]. \"{Ik had het liever anders gezien, maar mijn rug en de onzekerheid|P}\" "
          .replace("{Ik had het liever anders gezien, maar mijn rug en de onzekerheid|P}", "Ik had het liever anders gezien")
          + "\", zegt hij."),
    ("h2", "Noot voor de redactie"),
    ("p", "Voor vragen: woordvoerder [[Jeroen Pasman|SPOKESPERSON]], via [[persvoorlichting@overijssel.nl|MAILBOX]] of [[038 499 77 77|PHONE_PUBLIC]]. "
          "Interviewverzoeken met de gedeputeerde via het secretariaat."),
    ("p", "Intern (niet publiceren): citaat boer afgestemd met {Bertus Wolters|P}, tel. {0529-45 81 36|T}; akkoord van "
          "projectleider {Daan Ekkelenkamp|P} ({06 3147 0295|T}) volgt."),
], meta={"Author": "{Esmée Vrielink|P}"}, prod_str="Microsoft® Word 2016", creator="Microsoft® Word 2016"),

Doc("nb16", "Persbericht opkoopregeling tweede ronde", [
    ("h1", "Provincie start tweede ronde opkoopregeling veehouderijen"),
    ("p", "Zwolle, 12 juni 2025 - De [[Provincie Overijssel|ORG]] opent op 1 juli een tweede ronde van de "
          "[[Regeling Vrijwillige Opkoop Veehouderijen Overijssel|PROGRAMME]]. Veehouders nabij kwetsbare natuur kunnen zich "
          "aanmelden voor een vrijblijvend gesprek met een gebiedsmakelaar van het [[Gebiedsbureau Vechtdal|ORG]]."),
    ("p", "Gedeputeerde [[Marieke ten Hove|OFFICIAL]]: \"Wij willen stoppen zorgvuldig begeleiden. Tegelijk moet de natuur herstellen.\" "
          "Commissaris van de Koning [[Andries Kuipers|OFFICIAL]] opende eerder dit jaar het informatiecentrum in het "
          "[[Huis Eerde|BUILDING]] bij Ommen."),
    ("p", "In de eerste ronde meldden 64 veehouders zich aan; met 19 is een overeenkomst gesloten. Het budget komt uit het "
          "[[Transitiefonds landelijk gebied en natuur|PROGRAMME]] en de [[Lbv-plus]]."),
    ("p", "Meer informatie: [[www.overijssel.nl/opkoop|URL]]. Pers: woordvoerder [[Jeroen Pasman|SPOKESPERSON]], [[038 499 77 77|PHONE_PUBLIC]]."),
], producer="docx", meta={"xmp_creator": "{Vrielink, Esmée|P}"}),

Doc("nb17", "Factuur ecologisch advies Veldhuis", [
    ("h1", "FACTUUR"),
    ("p", "{Ecologisch Adviesbureau Veldhuis|P}\n{Lieke Veldhuis-Ramdin|P}, ecoloog\n{Molenstraat 7|A}, {8101 GA|A} [[Raalte|PLACE]]\n"
          "{06 - 1455 8023|T} | {lieke@veldhuis-ecologie.nl|E}\nKvK {81234567|K} | btw-id {NL003541228B51|K}"),
    ("p", "Aan: [[Provincie Overijssel|ORG]], [[eenheid Ruimte en Bereikbaarheid|ORG]]\nt.a.v. {de heer M. Yıldırım|P}\n"
          "[[Postbus 10078|ADDRESS_PUBLIC]], 8000 GB Zwolle"),
    ("p", "Factuurnummer: [[2025-047|CASE]]   Datum: 31 juli 2025   Inkoopordernummer: [[4500218833|CASE]]"),
    ("table", [["Omschrijving", "Uren", "Tarief", "Bedrag"],
               ["Veldbezoek [[Holterberg|PLACE]], vegetatieopname [[H4030 Droge heiden|HABITAT]]", "12", "€ 95,00", "€ 1.140,00"],
               ["Second opinion passende beoordeling [[Z2025-011832|CASE]]", "9", "€ 95,00", "€ 855,00"],
               ["Overleg met {S. Kloosterboer|P} en {T. van 't Holt|P}", "2", "€ 95,00", "€ 190,00"],
               ["Reiskosten 84 km", "", "€ 0,23", "€ 19,32"],
               ["Subtotaal", "", "", "€ 2.204,32"], ["Btw 21%", "", "", "€ 462,91"], ["Totaal", "", "", "€ 2.667,23"]],
     [84, 16, 30, 36]),
    ("p", "Gaarne binnen 30 dagen overmaken op {NL20 INGB 0007 4513 62|I} t.n.v. {L. Veldhuis-Ramdin|P} o.v.v. factuurnummer."),
], font="DejaVuSerif", prod_str="Moneybird PDF (wkhtmltopdf 0.12.6)", creator="Moneybird"),

Doc("nb18", "Factuur taxatie Hesselink", [
    ("h1", "Taxatiebureau {Hesselink|P}"),
    ("p", "{ing. R.G.M. Hesselink|P} RT, register-taxateur [[NRVT|ORG]] {nr. RT-48217|N}\n{Het Hooge Holt 4|A}, {7721 BX|A} [[Dalfsen|PLACE]]\n"
          "telefoon {0529 - 43 59 10|T}, e-mail {rob@hesselinktaxaties.nl|E}\nKvK {08132297|K}, IBAN {NL44 ABNA 0411 9032 75|I}"),
    ("p", "[[Provincie Overijssel|ORG]]\nt.a.v. crediteurenadministratie\n[[facturen@overijssel.nl|MAILBOX]]"),
    ("p", "Factuur [[T-2025-0311|CASE]], 20 juni 2025, betreft taxatie in het kader van [[RVOVO-2025-0214|CASE]]"),
    ("table", [["Omschrijving", "Bedrag"],
               ["Taxatie agrarisch bedrijf {Veldkampsweg 3|A}, Ommen (varkenshouderij, 2.400 vleesvarkensplaatsen)", "€ 3.850,00"],
               ["Waardering productierechten en stalsystemen conform [[Lbv-plus]]-systematiek", "€ 650,00"],
               ["Btw 21%", "€ 945,00"], ["Totaal", "€ 5.445,00"]], [126, 40]),
    ("p", "Bij vragen over deze factuur: {Rob Hesselink|P}. Opdrachtgever provincie: {D. Ekkelenkamp|P}."),
], prod_str="Exact Online PDF", creator="Exact Online"),

Doc("nb19", "Rooster toezicht stikstof Q3 2025", [
    ("h1", "Rooster toezichthouders stikstof - derde kwartaal 2025"),
    ("p", "[[Omgevingsdienst IJsselland|ORG]] / [[Provincie Overijssel|ORG]] - [[Handhavingsprogramma Stikstof 2025|PROGRAMME]]. "
          "Piketnummer buiten kantoortijd: [[088 - 233 30 99|PHONE_PUBLIC]]."),
    ("table", [["Week", "Toezichthouder", "Pers.nr", "Mobiel", "Gebied"],
               ["27-28", "{J.W. ter Haar|P}", "{ODIJ-41187|N}", "{06-22814407|T}", "[[Salland|PLACE]]"],
               ["27-28", "{Fatima Bouzid|P}", "{ODIJ-42903|N}", "{06-51 93 02 16|T}", "[[Vechtdal|PLACE]]"],
               ["29-30", "{Koen de Lange|P}", "{ODIJ-40558|N}", "{06 4410 2287|T}", "[[Twente|PLACE]]"],
               ["29-30", "{Joost ter Haar|P}", "{ODIJ-41187b|N}", "idem", "[[Salland|PLACE]]"],
               ["31-32", "{Marloes van Dijk-Hofstede|P}", "{ODIJ-43711|N}", "{+31 6 3872 1190|T}", "[[Noordwest-Overijssel|PLACE]]"],
               ["33-34", "{Fatima Bouzid|P}", "{ODIJ-42903|N}", "{06-51 93 02 16|T}", "[[Vechtdal|PLACE]]"],
               ["35-36", "{Wessel Lubbers|P}", "{P-28817|N}", "{0031 6 4478 2201|T}", "[[Salland|PLACE]]"],
               ["37-39", "{Koen de Lange|P}", "{ODIJ-40558|N}", "{06 4410 2287|T}", "[[Twente|PLACE]]"]], [16, 46, 28, 38, 38]),
    ("p", "Coördinatie provincie: {Ruud Oude Lansink|P} ({038 499 7338|T}). Bij vakantie ruilen in overleg met {KdL|C} en {FB|C}."),
    ("small", "Voertuigen: dienstauto's [[VW ID.3|PRODUCT]], reserveren via [[wagenpark@odijsselland.nl|MAILBOX]]. Privé-auto {Wessel|P}: {ZK-718-P|L} (km-vergoeding)."),
], prod_str="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365"),

Doc("nb20", "Taxatierapport RVOVO-2025-0214", [
    ("h1", "Taxatierapport beëindiging veehouderijlocatie"),
    ("p", "Dossier [[RVOVO-2025-0214|CASE]] - opdrachtgever [[Provincie Overijssel|ORG]] - taxateur Taxatiebureau {Hesselink|P}"),
    ("table", [["Eigenaar", "{A.G. Wolters|P} en {J. Wolters-Lubbers|P}"],
               ["Adres", "{Veldkampsweg 3|A}, {7731 RG|A} Ommen"],
               ["BSN eigenaar", "{241837596|B}"],
               ["Kadastraal", "[[Ommen AB 1172|CASE]] en [[Ommen AB 1173|CASE]], 6.48.20 ha"],
               ["Bedrijfstype", "vleesvarkens, 2.400 dierplaatsen, [[Rav-code D 3.2.15.1|CODE]]"],
               ["Afstand Natura 2000", "1,9 km tot [[Vecht- en Beneden-Reggegebied|PLACE]]"]], [50, 116]),
    ("h2", "Waardering"),
    ("p", "Marktwaarde bedrijfsgebouwen: € 1.215.000. Waarde productierechten varkens: € 1.830.000. Vergoeding "
          "waardevermindering conform [[Lbv-plus]]: 100 %. Totaal geadviseerd: € 3.420.000 (exclusief woning)."),
    ("p", "De woning blijft in eigendom van de familie {Wolters|P}. De eigenaar gaf aan dat hij vanwege {chronische rugklachten|H} "
          "per 1 januari 2026 wil stoppen."),
    ("p", "Opgemaakt te Dalfsen, 18 juni 2025, {ing. R.G.M. Hesselink|P} RT"),
], notes=[(0, "{D. Ekkelenkamp|P}", "Woning waarde opvragen bij {Wolters|P}; {Janna|P} belt maandag."),
          (0, "{Esther Vinkenborg|P}", "Juridisch check door {Thijs|P}: vergoeding woning valt buiten regeling.")],
   prod_str="PDFpen 13.1", creator="Pages"),

Doc("nb21", "Besluit omgevingsvergunning Natura 2000-activiteit Z2025-011832", [
    ("p", "[[Gedeputeerde Staten van Overijssel|ORG]]\n[[Luttenbergstraat 2|ADDRESS_PUBLIC]], [[Zwolle|PLACE]]"),
    ("p", "{De heer H.J. Mensink|P}\nMelkveehouderij {Mensink|P} V.O.F.\n{Hoge Esweg 14|A}\n{7451 PM|A} Holten"),
    ("p", "Datum: 23 oktober 2025\nZaaknummer: [[Z2025-011832|CASE]]\nContactpersoon: {S. Kloosterboer|P}, telefoon {038 499 7521|T}"),
    ("h1", "Besluit omgevingsvergunning voor een Natura 2000-activiteit"),
    ("h2", "1. Besluit"),
    ("p", "[[Gedeputeerde Staten van Overijssel|ORG]] besluiten op grond van artikel 5.1, eerste lid, onder e, van de "
          "[[Omgevingswet]] de gevraagde omgevingsvergunning te verlenen voor het uitbreiden van de melkrundveehouderij op "
          "de locatie {Hoge Esweg 14|A} te [[Holten|PLACE]], onder de voorschriften in paragraaf 4."),
    ("h2", "2. Procedure"),
    ("p", "De aanvraag is ontvangen op 14 april 2025. Op 9 mei 2025 is de aanvrager verzocht om een aanvullende AERIUS-berekening "
          "zonder de niet gerealiseerde stal. Op 20 juni 2025 is berekening [[RUqk7ZV2h3Zs|CASE]] vervangen door "
          "[[S1xvQ8dLp2Tm|CASE]]. Het ontwerpbesluit heeft van 14 augustus tot en met 25 september 2025 ter inzage gelegen "
          "(uniforme openbare voorbereidingsprocedure, afdeling 3.4 [[Algemene wet bestuursrecht|LAW]]). Er zijn twee "
          "zienswijzen ingediend: door omwonenden en door [[Stichting Natuurbehoud Salland|ORG]]."),
    ("h2", "3. Overwegingen"),
    ("p", "Op basis van de passende beoordeling van {ir. Joëlle Mertens|P} (in opdracht van aanvrager) en de second opinion van "
          "{Ecologisch Adviesbureau Veldhuis|P} concluderen wij dat, met de voorwaarde dat 25 melkkoeien minder worden gehouden dan "
          "aangevraagd en het jongvee niet wordt beweid op percelen binnen 1 km van de [[Holterberg|PLACE]], significante "
          "gevolgen voor [[H4030 Droge heiden|HABITAT]] en [[H9190 Oude eikenbossen|HABITAT]] zijn uitgesloten."),
    ("p", "Ten aanzien van de zienswijze van de omwonenden merken wij op dat gezondheidseffecten van ammoniak en fijnstof niet "
          "worden beoordeeld bij een Natura 2000-activiteit; daarvoor is het college van burgemeester en wethouders van "
          "[[Rijssen-Holten|ORG]] bevoegd gezag voor de [[milieubelastende activiteit|TERM]]."),
    ("h2", "4. Voorschriften"),
    ("p", "4.1 Er worden ten hoogste 160 melkkoeien en 98 stuks jongvee gehouden. 4.2 Stal 2 is uitgevoerd volgens "
          "[[Rav-code A 1.100.3|CODE]]. 4.3 Jongvee wordt niet beweid op de percelen [[HLT00-K-2281|CASE]] en [[HLT00-K-2290|CASE]]. "
          "4.4 De vergunninghouder houdt een register bij van het aantal dieren en stelt dit op verzoek ter beschikking aan de "
          "toezichthouder van de [[Omgevingsdienst IJsselland|ORG]]."),
    ("h2", "5. Rechtsmiddelen"),
    ("p", "Tegen dit besluit kunnen belanghebbenden binnen zes weken bezwaar maken bij [[Gedeputeerde Staten van Overijssel|ORG]], "
          "via [[bezwaarschriften@overijssel.nl|MAILBOX]]."),
    ("sig", "[[Gedeputeerde Staten van Overijssel|ORG]],\nnamens dezen,\n\n{ing. F.A. Grootenhuis|P}\neenheidsmanager Ruimte en Bereikbaarheid"),
    ("small", "Afschrift: {Agrarisch Adviesbureau Hoekstra|P}, t.a.v. {de heer B. Hoekstra|P}; [[Omgevingsdienst IJsselland|ORG]]; gemeente [[Rijssen-Holten|ORG]]."),
], font="DejaVuSerif", outline=["Besluit {Mensink|P} - definitief", "Opmerkingen {Esther Vinkenborg|P}", "Versie {F. Grootenhuis|P} 22-10"],
   prod_str="Corsa 8.2 / Adobe PDF Library 17.11", creator="Corsa document management"),

Doc("nb22", "Statenvragen en antwoord GS intern salderen", [
    ("h1", "Schriftelijke vragen ex artikel 46 Reglement van Orde"),
    ("p", "Nummer: [[PS/2025/0417|CASE]]\nVragensteller: Statenlid [[Gerdien Blom-Oosterveld|OFFICIAL]] ([[BBB|ORG]]), mede namens "
          "Statenlid [[Yusuf Demirci|OFFICIAL]] ([[GroenLinks-PvdA|ORG]])\nDatum indiening: 26 juni 2025"),
    ("p", "Vraag 1. Hoeveel aanvragen voor een omgevingsvergunning voor een Natura 2000-activiteit liggen stil door de uitspraak "
          "over [[intern salderen|TERM]]?"),
    ("p", "Vraag 2. Klopt het dat de provincie veehouders die een vergunning aanvragen tegelijk wijst op de opkoopregeling? "
          "Zo ja, vindt het college dit een vorm van druk?"),
    ("p", "Vraag 3. Is het college bereid om de aanvragers te laten bijstaan door een onafhankelijke adviseur, zoals "
          "[[Stichting Boerenvertrouwen Oost|ORG]]?"),
    ("h1", "Antwoord van Gedeputeerde Staten"),
    ("p", "Antwoord 1. Per 1 juni 2025 liggen 38 aanvragen stil. Met alle aanvragers is contact opgenomen."),
    ("p", "Antwoord 2. Ja. In het gesprek wordt gewezen op alle mogelijkheden, waaronder de [[Regeling Vrijwillige Opkoop Veehouderijen Overijssel|PROGRAMME]], "
          "omschakeling naar extensieve landbouw en de [[Subsidieregeling sanering varkenshouderijen|PROGRAMME]]. Wij vinden dit "
          "geen druk; deelname is vrijwillig. Gedeputeerde [[Ten Hove|OFFICIAL]] heeft dit ook toegelicht in de "
          "[[Statencommissie Ruimte, Wonen en Landelijk Gebied|ORG]] van 18 juni 2025."),
    ("p", "Antwoord 3. Ja. De provincie vergoedt een gesprek met [[Stichting Boerenvertrouwen Oost|ORG]] of met een "
          "vertrouwenspersoon van [[ZLTO|ORG]] of [[LTO Noord|ORG]]. In één geval heeft een veehouder laten weten dat hij door "
          "de procedure gezondheidsklachten heeft; die persoon is doorverwezen."),
    ("p", "Gedeputeerde Staten van Overijssel,\n\n[[Andries Kuipers|OFFICIAL]], voorzitter\n[[mr. drs. H.W. Scheepstra|OFFICIAL]], secretaris"),
    ("small", "Ambtelijk voorbereid door {Sanne Kloosterboer|P} en {Daan Ekkelenkamp|P}; afgestemd met {Esmée Vrielink|P} (communicatie)."),
], producer="docx"),
]

# letters and reports set in 11 pt (as most provincial templates are)
for _d in DOCS:
    if _d.stem in {"nb03", "nb05", "nb10", "nb12", "nb25", "nb26", "nb27", "nb28", "nb29", "nb32", "nb20"}:
        _d.fs = 11
