"""The 33 documents of set WF (provincial compensation for livestock killed by wolves). All persons invented."""
from lib import Doc

MOT = ["# Informatie die niet openbaar gemaakt kan worden",
       "# Motivering",
       "In de openbaar gemaakte versie zijn alle persoonsgegevens van ambtenaren en van particulieren "
       "geanonimiseerd op grond van artikel 5.1, tweede lid, aanhef en onder e, van de Wet open overheid (5.1.2e)."]
W = "Microsoft® Word voor Microsoft 365"
OL = "Microsoft Outlook 16.0"

DOCS = [
 Doc("wf01", ["# Woo-verzoek faunaschade wolf",
  "Van: Wouter Kleinjan-Boers <w.kleinjan@veluwsepost.nl>\nVerzonden: maandag 5 januari 2026 09:12\n"
  "Aan: woo@gelderland.nl\nOnderwerp: Woo-verzoek tegemoetkoming schade door wolf 2025",
  "Geachte heer, mevrouw,",
  "Op grond van de Wet open overheid verzoek ik de Provincie Gelderland om openbaarmaking van alle documenten over "
  "de tegemoetkoming in schade aan schapen en runderen door de wolf op de Noord-Veluwe in 2025, waaronder de "
  "taxatierapporten van BIJ12, de correspondentie met de externe wolvenconsultant, de antwoorden op de Statenvragen "
  "PS2025-318 van Statenlid Kloppenburg (BBB) en de facturen voor wolfwerende afrastering.",
  "In het bijzonder ben ik geïnteresseerd in de aanvragen uit Elspeet, Oldebroek en Ermelo, en in de rol van "
  "gedeputeerde Van Ommeren bij het verhogen van de sneuvelwaarde.",
  "Ik werk als freelance journalist. U kunt mij bereiken op 06-41 27 88 93. Mijn postadres is Dorpsstraat 41, "
  "8095 AB Wezep.",
  "Met vriendelijke groet,\nWouter Kleinjan-Boers"], producer=OL, creator=OL),

 Doc("wf02", ["Provincie Gelderland\nMarkt 11, Arnhem\nPostbus 9090, 6800 GX Arnhem\npost@gelderland.nl | 026 359 99 99",
  "Aan de heer W. Kleinjan-Boers\nDorpsstraat 41\n8095 AB Wezep",
  "Datum: 8 januari 2026\nOns kenmerk: WOO-2026-0087\nZaaknummer: Z2026-00412\nOnderwerp: ontvangstbevestiging Woo-verzoek",
  "Geachte heer Kleinjan-Boers,",
  "Op 5 januari 2026 hebben wij uw Woo-verzoek over de tegemoetkoming in faunaschade door de wolf ontvangen. "
  "Gedeputeerde Staten beslissen binnen vier weken; deze termijn kan met twee weken worden verlengd (artikel 4.4 "
  "Wet open overheid). Omdat in de documenten gegevens van schapenhouders en van BIJ12 voorkomen, zullen wij "
  "derden in de gelegenheid stellen hun zienswijze te geven.",
  "Heeft u vragen, neem dan contact op met de jurist Woo, mevrouw F.M. Achterberg, via woo@gelderland.nl of "
  "026 359 82 16. Vermeld altijd het kenmerk WOO-2026-0087.",
  "Met vriendelijke groet,\nnamens Gedeputeerde Staten van Gelderland,\n\n\nFleur Achterberg\njurist Woo"],
  maker="docx", producer="LibreOffice 7.6", creator="Writer"),

 Doc("wf03", ["# Aanvraag tegemoetkoming faunaschade (wolf)",
  "BIJ12 | Faunaschade | faunaschade@bij12.nl | 030 275 69 99",
  [["Veld", "Ingevuld"],
   ["Dossiernummer", "FS-2025-04417"],
   ["Naam aanvrager", "HENDRIKUS TER HAAR"],
   ["Roepnaam", "Henk"],
   ["Geboortedatum", "14-03-1961"],
   ["BSN", "193847267"],
   ["Adres", "Hessenweg 14, 8091 KT Wezep"],
   ["Telefoon", "06 5311 2290"],
   ["E-mail", "h.terhaar@kpnmail.nl"],
   ["IBAN", "NL97 RABO 0317 4402 18"],
   ["Diersoort", "schapen (Texelaar, 6 ooien en 2 lammeren)"],
   ["Datum schade", "17 augustus 2025"],
   ["Locatie", "weiland langs de Hessenweg, Oldebroek"],
   ["Preventiemiddelen", "stroomdraad 4 draden, 90 cm, schrikdraadapparaat 6 joule"]],
  "Toelichting aanvrager: 's Ochtends om half zeven vond ik zes dode ooien en twee gewonde lammeren. De wolf is "
  "onder de onderste draad door gegaan. Ik heb sinds vorig jaar hartklachten en kan de nachtelijke controles niet "
  "meer zelf doen.",
  "Ondertekening: H. ter Haar, Wezep, 17 augustus 2025"], font="sans", producer="iText 7.2.5 ©2000-2023 Apryse",
  creator="BIJ12 Faunaschadeportaal"),

 Doc("wf04", ["Horsterweg 9a\n3851 RD Ermelo\n+31 (0)6 2840 1175\nmariëlle.oosterveld@hotmail.com",
  "Provincie Gelderland\nt.a.v. team Natuur\nPostbus 9090\n6800 GX Arnhem",
  "Ermelo, 2 september 2025",
  "Betreft: schade door wolf aan mijn Ouessant-schapen, dossier FS-2025-04592",
  "Geachte heer, mevrouw,",
  "Ik ben hobbyhouder van vier Ouessant-schapen. In de nacht van 29 op 30 augustus 2025 zijn drie van mijn "
  "schapen gedood. Van BIJ12 hoorde ik dat hobbyhouders alleen een tegemoetkoming krijgen als zij een "
  "wolfwerende afrastering hebben. Dat vind ik onredelijk: ik ben sinds maart met een burn-out thuis en heb "
  "het geld en de kracht niet om een raster van 1,20 meter te plaatsen.",
  "Ik verzoek u de Beleidsregel tegemoetkoming faunaschade Gelderland 2024 voor hobbyhouders coulant toe te "
  "passen. Mijn rekeningnummer is NL93 INGB 0006 2388 41 ten name van M. Oosterveld-Dijkstra; mijn BSN is 245178302.",
  "Met vriendelijke groet,\n\nMariëlle Oosterveld-Dijkstra"], font="serif", producer="Microsoft: Print To PDF"),

 Doc("wf05", ["# Meldingsformulier schade door wolf - hobbyhouder",
  "Provincie Gelderland | Omgevingsverordening Gelderland | dossier FS-2025-04730",
  "Dit formulier is digitaal ingevuld door de melder. De ingevulde waarden staan in de formuliervelden.",
  "Bij het formulier hoort een foto van de gedode Drents heideschaap-ooien en de verklaring van de "
  "dierenarts. De provincie stuurt het formulier door aan BIJ12."],
  form=[("naam", "Naam melder", "Jürgen Schäfer"), ("adres", "Adres", "Kotmansweg 6, 7103 DK Winterswijk"),
        ("tel", "Telefoon", "0031 6 1977 4420"), ("mail", "E-mail", "j.schaefer@t-online.de"),
        ("dieren", "Dieren", "2 Drentse heideschapen gedood"), ("ondertekend", "Naam ondertekenaar", "J. Schäfer")],
  hidden=[("PERSON", "Jürgen Schäfer", "annotations"), ("ADDRESS", "Kotmansweg 6", "annotations"),
          ("PHONE", "0031 6 1977 4420", "annotations"), ("EMAIL", "j.schaefer@t-online.de", "annotations"),
          ("PERSON", "J. Schäfer", "annotations")],
  producer="Nitro Pro 13 (13.70.2.40)", creator="Nitro Pro 13"),

 Doc("wf06", ["# Taxatierapport faunaschade",
  "BIJ12, unit Faunazaken | Utrecht | www.bij12.nl",
  [["Dossier", "FS-2025-04417"], ["Aanvrager", "H. ter Haar, Hessenweg 14, 8091 KT Wezep"],
   ["Taxateur", "R.J. Verhoeff"], ["Datum bezoek", "18 augustus 2025, 10:30 uur"],
   ["Aanwezig", "Henk ter Haar, zijn buurman Gerrit-Jan van 't Klooster"]],
  "# 1. Bevindingen",
  "Op het perceel aan de Hessenweg te Oldebroek trof ik zes gedode Texelaar-ooien en twee gewonde lammeren aan. "
  "De bijtwonden in keel en nek en het patroon van vraat passen bij predatie door een wolf. Van vier kadavers "
  "zijn swabs genomen voor DNA-analyse door Wageningen Environmental Research (WENR).",
  "De afrastering bestond uit vier stroomdraden op 20, 40, 60 en 90 cm. Het schrikdraadapparaat gaf bij meting "
  "4.100 volt. Aan de zuidzijde hing de onderste draad door tot circa 28 cm; dit is een zwakke plek.",
  "# 2. Taxatie",
  [["Dier", "Aantal", "Marktwaarde", "Bedrag"], ["Texelaar ooi", "6", "€ 235", "€ 1.410"],
   ["Lam, behandelkosten dierenarts", "2", "€ 95", "€ 190"], ["Kadaverafvoer (Rendac)", "1", "€ 64", "€ 64"],
   ["Totaal", "", "", "€ 1.664"]],
  "# 3. Advies",
  "Ik adviseer een volledige tegemoetkoming van € 1.664. De preventiemiddelen voldoen aan de minimumeisen van "
  "de Beleidsregel tegemoetkoming faunaschade Gelderland 2024. De aanvrager gaf aan dat de controle 's nachts "
  "door zijn hartklachten lastig is; ik heb hem gewezen op de subsidie voor wolfwerende afrastering.",
  "Aanvullend: de buurman, de heer Van 't Klooster (tel. 0341-45 72 19), verklaarde op 16 augustus rond 23.00 uur "
  "een grote grijze hond-achtige langs de Elspeterweg te hebben gezien.",
  "# 4. Ondertekening",
  "Utrecht, 20 augustus 2025\n\nR.J. Verhoeff, taxateur BIJ12\nr.verhoeff@bij12.nl | 06 3318 5402\nParaaf: RJV"],
  font="cond", producer="Aspose.PDF for .NET 23.4", creator="BIJ12 Taxatiemodule"),

 Doc("wf07", ["# Taxatierapport faunaschade rundvee",
  "BIJ12 | dossier FS-2025-05011 | faunaschade@bij12.nl",
  "Aanvrager: Sjoerd de Wit, melkveehouder, Zwarteweg 77, 8096 RS Oldebroek, tel. 0525-68 14 02. BSN (uit "
  "aanvraag): 318620947.",
  "Taxateur: Daniëlle Ouwehand (d.ouwehand@bij12.nl, 030-2742 118).",
  "Op 3 oktober 2025 is een kalf van zes dagen oud dood aangetroffen in de kalverweide. De heer De Wit had de koe "
  "met kalf buiten de stal gelaten omdat de stal werd verbouwd. De verwondingen (achterhand, buik) passen bij "
  "predatie door een wolf; DNA-monsters zijn genomen.",
  [["Post", "Bedrag"], ["Kalf, stamboek, 6 dagen", "€ 310"], ["Dierenarts J. Lammers, euthanasie koe", "€ 145"],
   ["Verlies melkproductie (schatting)", "€ 220"], ["Totaal getaxeerd", "€ 675"]],
  "Rundvee valt in Gelderland niet onder de plicht tot wolfwerende afrastering. Advies: volledige "
  "tegemoetkoming.",
  "Utrecht, 6 oktober 2025\nD. Ouwehand, taxateur"], producer="Aspose.PDF for .NET 23.4",
  creator="BIJ12 Taxatiemodule", author="Daniëlle Ouwehand"),

 Doc("wf08", ["# Uitslag DNA-analyse wolvenmonsters Noord-Veluwe, augustus-oktober 2025",
  "Wageningen Environmental Research (WENR) | in opdracht van BIJ12 en Provincie Gelderland",
  [["Monster", "Dossier", "Plaats", "Resultaat", "Individu"],
   ["W25-1187", "FS-2025-04417", "Oldebroek", "wolf", "GW2471m"],
   ["W25-1190", "FS-2025-04417", "Oldebroek", "wolf", "GW2471m"],
   ["W25-1244", "FS-2025-04592", "Ermelo", "wolf", "GW3107f"],
   ["W25-1301", "FS-2025-04730", "Winterswijk", "hond", "-"],
   ["W25-1366", "FS-2025-05011", "Oldebroek", "wolf", "GW2471m"],
   ["W25-1402", "FS-2025-05126", "Elspeet", "geen DNA", "-"]],
  "GW2471m is een reu uit de Noord-Veluwe roedel en draagt sinds april 2025 een GPS-halsband. GW3107f is een "
  "jonge teef die vermoedelijk vanuit Nationaal Park De Hoge Veluwe zwerft.",
  "Monsters genomen door: R.J. Verhoeff (W25-1187, W25-1190), D. Ouwehand (W25-1366) en de wildbeheerder "
  "Klaas Roeterdink (W25-1402).",
  "Het Landelijk Kennisnetwerk Wolf ontvangt deze gegevens voor de landelijke monitoring."],
  producer="PDFpen 13.1", creator="Pages"),

 Doc("wf09", ["# Schriftelijke vragen ex artikel 44 Reglement van Orde",
  "Provinciale Staten van Gelderland | nummer PS2025-318 | ingekomen 9 september 2025",
  "Vragen van Statenlid Kloppenburg (BBB) aan Gedeputeerde Staten over de tegemoetkoming bij schade door de wolf.",
  "1. Klopt het dat een schapenhouder in Oldebroek in augustus 2025 acht dieren verloor en dat BIJ12 pas na "
  "twee dagen kwam taxeren?",
  "2. Hoeveel aanvragen om tegemoetkoming zijn in 2025 ingediend door hobbyhouders, en hoeveel daarvan zijn "
  "afgewezen omdat er geen wolfwerende afrastering was?",
  "3. Is gedeputeerde Van Ommeren bereid de sneuvelwaarde voor schapen te verhogen en de eis van een "
  "afrastering voor hobbyhouders te schrappen?",
  "4. Hoe verhoudt het beleid zich tot het Interprovinciaal Wolvenplan en de Omgevingswet?",
  "Mede namens Statenlid De Groot-Amin (PvdD), die vraag 4 steunt.",
  "Kloppenburg\nStatenlid BBB",
  "Behandeld door Statengriffie: Nadia El Khatib, statengriffie@gelderland.nl"], producer=W, creator=W),

 Doc("wf10", ["# Antwoord van Gedeputeerde Staten op vragen PS2025-318",
  "Datum: 30 september 2025 | Zaaknummer 2025-011873 | Portefeuillehouder: gedeputeerde Van Ommeren",
  "Vraag 1\nJa. De schapenhouder meldde de schade op zondag 17 augustus 2025; de taxateur van BIJ12 bezocht het "
  "bedrijf op maandag 18 augustus. BIJ12 streeft naar een bezoek binnen twee werkdagen. Wij noemen geen namen "
  "van aanvragers.",
  "Vraag 2\nIn 2025 zijn 41 aanvragen ingediend, waarvan 17 door hobbyhouders. Van die 17 zijn er 6 afgewezen "
  "omdat geen wolfwerende afrastering aanwezig was. In 3 gevallen wees DNA-analyse uit dat een hond de dader was.",
  "Vraag 3\nGedeputeerde Van Ommeren heeft de sneuvelwaarde per 1 januari 2026 verhoogd van € 180 naar € 235 "
  "per ooi. De eis van preventiemiddelen voor hobbyhouders blijft gelden, maar de provincie vergoedt 80% van "
  "de kosten van een wolfwerende afrastering via het Faunafonds-loket.",
  "Vraag 4\nHet beleid volgt het Interprovinciaal Wolvenplan. De Omgevingswet (artikel 15.53 Omgevingswet) "
  "verplicht de provincie tot een tegemoetkoming in schade door beschermde dieren.",
  "Gedeputeerde Staten van Gelderland,\n\ncommissaris van de Koning Van Heemstra, voorzitter\n"
  "secretaris",
  "Ambtelijk voorbereid door: Inge Mulder-van Rijn (IMR), beleidsmedewerker fauna; paraaf teamleider BHo."] + MOT,
  maker="docx", producer="LibreOffice 7.6", creator="Writer"),

 Doc("wf11", ["# RE: advies stroomdraad hobbyhouders",
  "Van: Slagboom, Maarten <maarten@slagboomwolfadvies.nl>\nVerzonden: donderdag 11 september 2025 16:44\n"
  "Aan: Mulder-van Rijn, Inge <inge.mulder-vanrijn@gelderland.nl>\nCC: Hoogendoorn, Bas <b.hoogendoorn@gelderland.nl>\n"
  "Onderwerp: RE: advies stroomdraad hobbyhouders",
  "Hoi Inge,",
  "Ik ben gisteren bij mevrouw Oosterveld in Ermelo geweest (Horsterweg). Vier draden op 1,05 m, apparaat van "
  "2 joule: te zwak voor GW3107f. Mijn advies is een noodraster van Wolf Fencing Team Nederland te lenen tot "
  "de subsidie rond is. Ze is er emotioneel erg slecht aan toe; ik zou de afwijzing persoonlijk toelichten.",
  "Voor de Statenvragen: de 80% vergoeding is in Drenthe en Overijssel ook gangbaar.",
  "Groet,\nMaarten\n06 1240 8836",
  "-----Oorspronkelijk bericht-----\nVan: Mulder-van Rijn, Inge\nVerzonden: woensdag 10 september 2025 08:15\n"
  "Aan: maarten@slagboomwolfadvies.nl\nOnderwerp: advies stroomdraad hobbyhouders",
  "Beste Maarten,",
  "Kun je vóór de beantwoording van PS2025-318 een korte notitie maken over wat een redelijke eis is voor "
  "hobbyhouders met minder dan tien schapen? Bas wil het donderdag met de gedeputeerde bespreken.",
  "Met vriendelijke groet,\nInge Mulder-van Rijn\nbeleidsmedewerker fauna | Provincie Gelderland\n"
  "T 026 359 87 41 | www.gelderland.nl"], producer=OL, creator=OL),

 Doc("wf12", ["Van: Maarten Slagboom <maarten@slagboomwolfadvies.nl>",
  "Verzonden: maandag 20 oktober 2025 07:58",
  "Aan: inge.mulder-vanrijn@gelderland.nl",
  "CC: r.verhoeff@bij12.nl; Achterberg, Fleur <f.achterberg@gelderland.nl>",
  "Onderwerp: kalf De Wit en DNA GW2471m",
  "Inge, Ruben,",
  "GW2471m is nu drie keer genoteerd bij bedrijven in Oldebroek (Ter Haar, De Wit). Dat is een patroon. Ik "
  "adviseer de provincie om de rundveehouders in de buurt van de Zwarteweg actief te benaderen over "
  "kalverweides dicht bij de stal. De dierenarts, Joost Lammers, heeft aangeboden een informatieavond te geven.",
  "Over de privacy: ik heb de adressen alleen in mijn eigen dossier. Fleur, wil je aangeven of ik mijn "
  "veldnotities moet aanleveren voor het Woo-verzoek?",
  "Hartelijke groet,\nM.H. Slagboom\nSlagboom Wolf & Vee Advies\n06 1240 8836",
  "---",
  "Van: Achterberg, Fleur\nVerzonden: maandag 20 oktober 2025 11:20\nAan: Slagboom, Maarten\n"
  "Onderwerp: RE: kalf De Wit en DNA GW2471m",
  "Dag Maarten, veldnotities die je in opdracht van de provincie maakt vallen onder het Woo-verzoek "
  "WOO-2026-0087 zodra dat binnen is. Stuur ze naar woo@gelderland.nl. Groet, Fleur"],
  maker="docx", producer="LibreOffice 7.6", creator="Writer", title="kalf De Wit"),

 Doc("wf13", ["# WhatsApp-chat met Schapen Noord-Veluwe 🐑",
  "[17-08-2025 06:48] Henk: Wolf geweest. 6 ooien dood. Ik ben er kapot van",
  "[17-08-2025 06:52] Gerrit-Jan: Verdorie Henk. Ik kom eraan. Bel BIJ12 niet vóór je foto's hebt",
  "[17-08-2025 06:55] Jopie: Sterkte jongens. Hier in Hulshorst ook sporen gezien vannacht",
  "[17-08-2025 07:10] Bertus Bok: Dat is die reu met die halsband. GW2471m. Staat op de site van de provincie",
  "[17-08-2025 07:12] Henk: Nummer van BIJ12 is 030 275 69 99 toch?",
  "[17-08-2025 07:13] Gerrit-Jan: Ja. Of mail faunaschade@bij12.nl",
  "[17-08-2025 07:40] Mariëlle: Wat verschrikkelijk Henk. Ik durf mijn Ouessants niet meer buiten te laten",
  "[17-08-2025 07:41] Gerdien: Mariëlle, je kunt een noodraster lenen bij Wolf Fencing Team Nederland",
  "[17-08-2025 08:03] Bertus Bok: Die taxateur heet Ruben, aardige vent, was vorig jaar bij mij",
  "[17-08-2025 08:05] Jopie: Teun Wiersma uit Nunspeet zet rasters, 06 4718 2209. Duur maar goed",
  "[17-08-2025 08:30] Henk: Dank allemaal. Ik laat het weten",
  "[30-08-2025 07:02] Mariëlle: Nu ook bij mij. 3 van de 4 dood 😢",
  "[30-08-2025 07:05] Gerdien: O nee. Bel je de provincie? 026 359 99 99",
  "[30-08-2025 07:20] GJ: Laat die wolvenconsultant komen, Slagboom, die helpt je met het formulier",
  "[30-08-2025 09:14] Bertus: Gedeputeerde Van Ommeren komt 12 sept naar Elspeet, zegt LTO Noord",
  "[30-08-2025 09:16] Jopie: Dan gaan we met z'n allen",
  "[03-10-2025 19:22] Sjoerd: Kalf van 6 dagen gepakt bij de Zwarteweg. Dierenarts Lammers is er",
  "[03-10-2025 19:30] Henk: Weer die GW2471m denk ik",
  "[03-10-2025 19:31] Gerrit-Jan: Sterkte Sjoerd"], font="sans", producer="Skia/PDF m118",
  creator="WhatsApp export (Android) via Chrome"),

 Doc("wf14", ["WIERSMA AFRASTERING & WOLFWERING\nTeun Wiersma\nBijsselseweg 22, 8071 SL Nunspeet\n"
  "06 4718 2209 | teun@wiersma-afrastering.nl\nKvK 81234567 | btw NL002187345B54",
  "# FACTUUR",
  [["Factuurnummer", "INV-2025-093"], ["Factuurdatum", "24 september 2025"],
   ["Klant", "Provincie Gelderland, team Natuur, Postbus 9090, 6800 GX Arnhem"],
   ["Uw referentie", "FS-2025-04592 / noodraster Ermelo"]],
  [["Omschrijving", "Aantal", "Prijs", "Totaal"],
   ["Wolfwerend raster 1,20 m, 5 stroomdraden (per m)", "180", "€ 9,40", "€ 1.692,00"],
   ["Schrikdraadapparaat 10 joule incl. aarding", "1", "€ 489,00", "€ 489,00"],
   ["Montage, 2 man, 7 uur", "14", "€ 52,50", "€ 735,00"],
   ["Voorrijkosten Nunspeet-Ermelo", "1", "€ 45,00", "€ 45,00"],
   ["Subtotaal", "", "", "€ 2.961,00"], ["Btw 21%", "", "", "€ 621,81"], ["Totaal", "", "", "€ 3.582,81"]],
  "Geplaatst bij mevrouw Oosterveld-Dijkstra, Horsterweg 9a te Ermelo, op 19 september 2025.",
  "Gelieve binnen 30 dagen over te maken op NL02 TRIO 0391 8452 76 t.n.v. T. Wiersma, onder vermelding van "
  "INV-2025-093."], font="sans", producer="Zoho Invoice PDF Engine", creator="Zoho Invoice"),

 Doc("wf15", ["Leuvenum, 14 oktober 2025",
  "Aan de provincie Gelderland, afdeling natuur",
  "Geachte mensen,",
  "Ik heb 5 schapen en 2 geiten achter mijn huis aan de",
  "Leuvenumseweg 5. Op 11 oktober lagen er 2 schapen dood.",
  "De man van BIJ12 zei dat ik geen vergoeding krijg omdat",
  "mijn hek niet hoog genoeg is. Ik ben 78 en kan dat niet.",
  "Kunt u mij helpen? Mijn telefoon is 0577-40 11 63.",
  "Met vriendelijke groet,"], maker="scan", scan_hand=["Annelies Brouwer", "A. Brouwer"],
  producer="Canon iR-ADV C5535 PDF", creator="Canon iR-ADV C5535"),

 Doc("wf16", ["# Melding faunaschade - telefonisch",
  "Dossier: FS-2025-05126",
  "Plaats: Elspeet",
  "Datum melding: 21 oktober 2025",
  "Melder: Klaas Roeterdink (wildbeheerder)",
  "Dieren: 1 Drents heideschaap, vermist",
  "Bijzonderheden: geen kadaver gevonden,",
  "alleen plukken wol langs het raster."], maker="scan",
  scan_hand=["Terugbellen: Gerrit-Jan van 't Klooster", "genoteerd door Inge", "DNA: geen, zie WENR"],
  producer="Canon iR-ADV C5535 PDF", creator="Canon iR-ADV C5535"),

 Doc("wf17", ["# Presentielijst keukentafelgesprek Elspeet",
  "12 september 2025, Dorpshuis Elspeet, met gedeputeerde Van Ommeren",
  [["Naam", "Organisatie", "Paraaf"],
   ["Wilma Nijkamp", "LTO Noord", "WN"],
   ["Henk ter Haar", "schapenhouder", "HtH"],
   ["Jopie Hazeleger", "hobbyhouder", "JH"],
   ["Albertus Veldhuizen", "schapenhouder", "AV"],
   ["Maarten Slagboom", "wolvenconsultant", "MS"],
   ["Bas Hoogendoorn", "Provincie Gelderland", "BH"]]], maker="scan",
  scan_hand=["Veldhuizen vraagt om terugbellen"],
  producer="Canon iR-ADV C5535 PDF", creator="Canon iR-ADV C5535"),

 Doc("wf18", ["# Verslag overleg faunaschade wolf",
  "Datum: 25 september 2025, Huis der Provincie, Arnhem, zaal Veluwe",
  [["Aanwezig", "Functie", "Code"],
   ["Bas Hoogendoorn (voorzitter)", "teamleider Natuur", "BHo"],
   ["Inge Mulder-van Rijn", "beleidsmedewerker fauna", "IMR"],
   ["Fleur Achterberg", "jurist Woo", "FA"],
   ["Ruben Verhoeff", "taxateur BIJ12", "RJV"],
   ["Wilma Nijkamp", "LTO Noord", "WN"],
   ["Maarten Slagboom", "wolvenconsultant (extern)", "MS"]],
  "Afwezig met bericht: Sanne Roelofs (communicatieadviseur).",
  "# 1. Stand van zaken",
  "Inge meldt dat tot nu toe 41 aanvragen binnen zijn. De doorlooptijd van BIJ12 is gemiddeld 1,8 werkdag. "
  "Ruben licht toe dat de taxateurs in de drukke weken ook in Overijssel werken.",
  "# 2. Hobbyhouders",
  "LTO Noord (Wilma) vraagt om coulance voor hobbyhouders. Maarten wijst erop dat de meeste schade bij "
  "hobbyhouders ontstaat door te lage rasters. Besloten: 80% vergoeding van preventiemiddelen via het "
  "Faunafonds-loket; de casus Ermelo krijgt een noodraster.",
  "# 3. Woo-verzoek",
  "Fleur waarschuwt dat veel correspondentie onder een verwacht Woo-verzoek valt. Namen van aanvragers worden "
  "niet openbaar gemaakt; gedeputeerde Van Ommeren staat met naam in de stukken.",
  "# Actielijst",
  [["Nr", "Actie", "Wie", "Wanneer"],
   ["1", "Concept-antwoorden PS2025-318", "IMR", "29-09"],
   ["2", "Noodraster Ermelo regelen", "BHo", "19-09"],
   ["3", "Informatieavond rundveehouders", "MS / WN", "november"],
   ["4", "Archiefcheck Woo", "FA", "doorlopend"]]],
  maker="docx", producer="LibreOffice 7.6", creator="Writer"),

 Doc("wf19", ["# Beslisnota Gedeputeerde Staten",
  [["Aan", "gedeputeerde Van Ommeren"], ["Van", "team Natuur, I. Mulder-van Rijn"],
   ["Datum", "14 januari 2026"], ["Kenmerk", "GS-2026-0114"],
   ["Contactpersoon", "Inge Mulder-van Rijn, 026 359 87 41"],
   ["Onderwerp", "verhoging sneuvelwaarde en subsidie wolfwerende afrastering"]],
  "# Aanleiding",
  "Naar aanleiding van de Statenvragen PS2025-318 en het keukentafelgesprek in Elspeet heeft de gedeputeerde "
  "toegezegd de tegemoetkoming voor schapenhouders te herzien.",
  "# Geadviseerd besluit",
  "Gedeputeerde Staten wordt gevraagd: 1. de Beleidsregel tegemoetkoming faunaschade Gelderland 2024 te wijzigen "
  "zodat de marktwaarde van een ooi € 235 bedraagt; 2. 80% van de kosten van wolfwerende afrastering voor "
  "hobbyhouders te vergoeden.",
  "# Kern",
  "In 2025 keerde de provincie € 58.400 uit aan tegemoetkoming. De wolvenconsultant adviseert een minimumhoogte "
  "van 1,05 m. BIJ12 voert de taxaties uit.",
  "# Paraaf",
  [["Naam", "Functie", "Paraaf", "Datum"], ["I. Mulder-van Rijn", "beleidsmedewerker fauna", "IMR", "14-01-2026"],
   ["B. Hoogendoorn", "teamleider Natuur", "BHo", "15-01-2026"], ["F.M. Achterberg", "jurist", "FA", "15-01-2026"]]]
  + MOT, producer=W, creator=W, author="Thijs van der Meulen",
  hidden=[("PERSON", "Thijs van der Meulen", "metadata")]),

 Doc("wf20", ["# Persbericht: Gelderland verhoogt vergoeding schade door wolf",
  "Arnhem, 22 januari 2026",
  "Provincie Gelderland verhoogt per 1 februari 2026 de tegemoetkoming voor schapen die door een wolf zijn "
  "gedood. Ook hobbyhouders kunnen voortaan 80% van de kosten van een wolfwerende afrastering vergoed krijgen.",
  "\"We zien hoeveel verdriet een aanval teweegbrengt\", zegt gedeputeerde Van Ommeren. \"Met dit pakket helpen "
  "we houders om hun dieren beter te beschermen.\"",
  "Schade melden kan bij BIJ12 via www.bij12.nl of 030 275 69 99. Voor vragen over de subsidie: "
  "post@gelderland.nl of 026 359 99 99.",
  "Noot voor de redactie: voor meer informatie kunt u contact opnemen met de persvoorlichter van de provincie, "
  "via 026 359 99 99."], font="sans", producer="Adobe PDF Library 23.1.175", creator="Adobe InDesign 19.0",
  xmp_creator="Sanne Roelofs", hidden=[("PERSON", "Sanne Roelofs", "metadata")]),

 Doc("wf21", ["# Piketrooster Wolvenmeldpunt Gelderland, oktober 2025",
  "Het piketrooster is intern. Het algemene nummer 0800-0225 schakelt door naar de dienstdoende medewerker.",
  [["Week", "Dienstdoende", "Pers.nr.", "Mobiel", "Reserve"],
   ["40", "Dirk-Jan Kuipers", "204711", "06 2077 3158", "Elif Yılmaz"],
   ["41", "Elif Yılmaz", "219034", "06 3901 6642", "Pieter Oudshoorn"],
   ["42", "Pieter Oudshoorn", "198823", "06-14 55 20 87", "Dirk-Jan Kuipers"],
   ["43", "Dirk-Jan Kuipers", "204711", "06 2077 3158", "Inge Mulder-van Rijn"],
   ["44", "Elif Yılmaz", "219034", "06 3901 6642", "Bas Hoogendoorn"]],
  "Escalatie: teamleider Natuur B. Hoogendoorn, 06-22 91 40 57. Politie Oost-Nederland bij een gewonde wolf.",
  "Opgesteld: DJK, 26 september 2025"], font="cond", producer="Microsoft® Excel® voor Microsoft 365",
  creator="Microsoft® Excel® voor Microsoft 365"),

 Doc("wf22", ["Provincie Gelderland\nPostbus 9090, 6800 GX Arnhem\nwww.gelderland.nl",
  "Aan de heer H. ter Haar\nHessenweg 14\n8091 KT Wezep",
  "Datum: 3 september 2025\nKenmerk: FS-2025-04417\nOnderwerp: besluit tegemoetkoming faunaschade",
  "Geachte heer Ter Haar,",
  "Op 17 augustus 2025 heeft u een aanvraag gedaan om tegemoetkoming in de schade aan uw schapen. Op basis van "
  "het taxatierapport van BIJ12 en de uitslag van de DNA-analyse (wolf, GW2471m) kennen wij u een "
  "tegemoetkoming toe van € 1.664. Dit bedrag wordt binnen zes weken overgemaakt op NL97 RABO 0317 4402 18.",
  "Bezwaar: binnen zes weken na de datum van deze brief kunt u bezwaar maken bij Gedeputeerde Staten "
  "(Algemene wet bestuursrecht, Awb).",
  "Hoogachtend,\nnamens Gedeputeerde Staten van Gelderland,\n\n\nB. Hoogendoorn\nteamleider Natuur",
  "Behandeld door: Inge Mulder-van Rijn, inge.mulder-vanrijn@gelderland.nl"],
  maker="docx", producer="LibreOffice 7.6", creator="Writer"),

 Doc("wf23", ["Provincie Gelderland | team Natuur",
  "Mevrouw M. Oosterveld-Dijkstra\nHorsterweg 9a\n3851 RD Ermelo",
  "Arnhem, 16 september 2025 | Kenmerk FS-2025-04592",
  "Betreft: besluit op uw aanvraag tegemoetkoming",
  "Geachte mevrouw Oosterveld-Dijkstra,",
  "Uit het taxatierapport en de DNA-analyse blijkt dat drie van uw Ouessant-schapen door een wolf (GW3107f) zijn "
  "gedood. Op grond van de Beleidsregel tegemoetkoming faunaschade Gelderland 2024 is voor hobbyhouders een "
  "wolfwerende afrastering een voorwaarde. Die was niet aanwezig. Wij wijzen de aanvraag daarom af.",
  "Wij begrijpen dat uw persoonlijke situatie zwaar is. Daarom heeft de provincie op haar kosten een noodraster "
  "laten plaatsen. U kunt bezwaar maken binnen zes weken.",
  "Hoogachtend,\nnamens Gedeputeerde Staten,\n\nBas Hoogendoorn\nteamleider Natuur"],
  font="serif", producer="Microsoft® Word 2019", creator="Microsoft® Word 2019"),

 Doc("wf24", ["# Overzicht aanvragen tegemoetkoming schade wolf 2025 (selectie)",
  "Bron: BIJ12 Faunaschadeportaal, export 5 januari 2026. Intern werkdocument team Natuur.",
  [["Dossier", "Aanvrager", "Plaats", "Dieren", "Besluit", "Bedrag"],
   ["FS-2025-04417", "H. ter Haar", "Oldebroek", "6 ooien, 2 lammeren", "toegekend", "€ 1.664"],
   ["FS-2025-04592", "M. Oosterveld-Dijkstra", "Ermelo", "3 Ouessant", "afgewezen", "€ 0"],
   ["FS-2025-04730", "J. Schäfer", "Winterswijk", "2 heideschapen", "afgewezen (hond)", "€ 0"],
   ["FS-2025-05011", "S. de Wit", "Oldebroek", "kalf", "toegekend", "€ 675"],
   ["FS-2025-05126", "K. Roeterdink", "Elspeet", "1 heideschaap", "buiten behandeling", "€ 0"],
   ["FS-2025-05140", "A. Brouwer", "Leuvenum", "2 schapen", "in behandeling", "-"],
   ["FS-2025-05203", "G.J. van 't Klooster", "Elspeet", "4 Texelaars", "toegekend", "€ 940"]],
  "Opmerking: de aanvragen van particulieren zijn persoonsgegevens; in de Statenbrief alleen geaggregeerde "
  "aantallen per gemeente (gemeente Ermelo 5, gemeente Nunspeet 7, Oldebroek 12, overig 17).",
  "# Toelichting per gemeente",
  "In Oldebroek concentreert de schade zich rond de Hessenweg en de Zwarteweg; het betreft vooral GW2471m. "
  "In Ermelo en Putten gaat het om kleine koppels bij woningen. In Epe en Hulshorst zijn geen aanvragen "
  "toegekend. Rundvee (kalf) blijft uitzondering."], font="cond",
  producer="Microsoft® Excel® voor Microsoft 365"),

 Doc("wf25", ["# Teams-chat team Natuur, 22 januari 2026",
  "Roelofs, Sanne 09:02\nPersbericht staat om 10:00 live. Bas, mag je quote van de gedeputeerde zo?",
  "Hoogendoorn, Bas 09:05\nJa, akkoord. Check nog even met Inge het bedrag van 235",
  "Mulder-van Rijn, Inge 09:07\n235 klopt, per ooi. Niet de 80% vergeten",
  "Roelofs, Sanne 09:10\nTop. Ik bel straks de Veluwse Post terug, die journalist had gisteren al vragen",
  "Hoogendoorn, Bas 09:12\nNoem geen namen van aanvragers. Kleinjan-Boers heeft ook een Woo-verzoek lopen",
  "Achterberg, Fleur 09:15\nKlopt, WOO-2026-0087. Besluit gaat volgende week de deur uit",
  "Mulder-van Rijn, Inge 09:16\n👍"], font="sans", producer="Microsoft: Print To PDF",
  creator="Microsoft Teams"),

 Doc("wf26", ["# Evaluatie wolfwerende rasters Noord-Veluwe 2025",
  "Rapport in opdracht van Provincie Gelderland, uitgevoerd door Slagboom Wolf & Vee Advies",
  "# 1. Inleiding",
  "In 2025 bezocht de wolvenconsultant 23 bedrijven en hobbyhouders in Oldebroek, Nunspeet, Ermelo en Elspeet. "
  "Doel was te bepalen welke rasters bestand zijn tegen de Noord-Veluwe roedel.",
  "# 2. Bevindingen",
  "Van de 23 rasters voldeden er 9 aan de norm van 1,05 m met vijf stroomdraden. Bij 11 rasters was de "
  "spanning onder 3.000 volt door begroeiing. Bij 3 rasters ontbrak aarding.",
  "# 3. Aanbevelingen",
  "1. Voorlichting via LTO Noord en Het Geldersch Landschap. 2. Een uitleenpool van noodrasters via Wolf "
  "Fencing Team Nederland. 3. Jaarlijkse meting van de spanning door BIJ12 tijdens taxaties.",
  "---", "Bijlage: lijst van bezochte locaties (niet opgenomen)."],
  font="serif", producer="Microsoft® Word voor Microsoft 365", creator=W,
  outline=["1. Inleiding", "2. Bevindingen (review Evelien Bosch)", "3. Aanbevelingen - akkoord Thijs van der Meulen"],
  hidden=[("PERSON", "Evelien Bosch", "outline"), ("PERSON", "Thijs van der Meulen", "outline")]),

 Doc("wf27", ["# Concept-antwoorden Statenvragen PS2025-318 (versie 2)",
  "Vraag 2: In 2025 zijn 41 aanvragen ingediend, waarvan 17 door hobbyhouders.",
  "Vraag 3: Gedeputeerde Van Ommeren is bereid de sneuvelwaarde te verhogen naar € 235 per ooi.",
  "Vraag 4: Het beleid volgt het Interprovinciaal Wolvenplan."],
  producer="Adobe Acrobat Pro (64-bit) 24.2.20320", creator=W,
  notes=[("Evelien Bosch", "Aantal 41 checken bij BIJ12"),
         ("Mulder-van Rijn, Inge", "Gecheckt met Ruben Verhoeff: 41 klopt, bel 06 3318 5402 bij vragen"),
         ("Hoogendoorn, Bas", "Akkoord, naar gedeputeerde")],
  hidden=[("PERSON", "Evelien Bosch", "annotations"), ("PERSON", "Mulder-van Rijn, Inge", "annotations"),
          ("PERSON", "Ruben Verhoeff", "annotations"), ("PHONE", "06 3318 5402", "annotations"),
          ("PERSON", "Hoogendoorn, Bas", "annotations")]),

 Doc("wf28", ["LTO Noord | Regio Gelderland\nwww.ltonoord.nl",
  "Aan Gedeputeerde Staten van Gelderland\nt.a.v. gedeputeerde Van Ommeren\nPostbus 9090\n6800 GX Arnhem",
  "Zwolle, 1 oktober 2025",
  "Onderwerp: zorgen veehouders over schade door de wolf",
  "Geachte heer Van Ommeren,",
  "Namens LTO Noord vragen wij uw aandacht voor de zorgen van schapen- en rundveehouders op de Noord-Veluwe. "
  "Leden melden dat de tegemoetkoming de werkelijke schade niet dekt: gevolgschade zoals verwerpen van lammeren "
  "en extra arbeid wordt niet vergoed. Wij vragen u ook de kosten van preventiemiddelen volledig te vergoeden.",
  "Graag gaan wij hierover met u in gesprek, bijvoorbeeld tijdens het keukentafelgesprek in Elspeet.",
  "Met vriendelijke groet,\n\nWilma Nijkamp\nbeleidsadviseur natuur, LTO Noord\n06-53 08 71 24 | "
  "w.nijkamp@ltonoord.nl"], font="sans", producer="Microsoft® Word 2016", creator="Microsoft® Word 2016"),

 Doc("wf29", ["Dierenartsenpraktijk De Veluwerand\nZuiderzeestraatweg, Oldebroek\n0578-61 33 09",
  "Verklaring dierenarts",
  "Ondergetekende, J. Lammers, dierenarts, verklaart dat hij op 3 oktober 2025 op het bedrijf van de heer "
  "S. de Wit te Oldebroek een kalf van zes dagen dood heeft aangetroffen met bijtwonden aan achterhand en buik. "
  "De moederkoe was ernstig verwond aan de uier en is op verzoek van de eigenaar geëuthanaseerd.",
  "Naar mijn oordeel zijn de verwondingen veroorzaakt door een wolf. Monsters zijn afgenomen door de taxateur "
  "van BIJ12.",
  "Oldebroek, 4 oktober 2025\n\nJoost Lammers"], producer="PDFpen 13.1", creator="PDFpen"),

 Doc("wf30", ["Agrarisch Recht Zwolle\nmr. R.A. Doornbos, advocaat\n038-421 77 50 | doornbos@agrarischrecht-zwolle.nl",
  "Aan Gedeputeerde Staten van Gelderland\nPostbus 9090\n6800 GX Arnhem",
  "Zwolle, 27 oktober 2025",
  "Betreft: bezwaar namens mevrouw M. Oosterveld-Dijkstra, kenmerk FS-2025-04592",
  "Edelachtbaar college,",
  "Namens mijn cliënte, mevrouw Oosterveld-Dijkstra, wonende te Ermelo, maak ik bezwaar tegen uw besluit van "
  "16 september 2025. De afwijzing is in strijd met het evenredigheidsbeginsel (artikel 3:4 Awb). Cliënte kon "
  "om gezondheidsredenen geen afrastering plaatsen; de provincie wist dit, zoals blijkt uit het noodraster dat "
  "zij liet plaatsen.",
  "Ik verzoek u het besluit te herroepen en alsnog een tegemoetkoming toe te kennen, en cliënte te horen.",
  "Hoogachtend,\n\nmr. R.A. Doornbos"], font="serif", producer="Microsoft® Word 2019", creator="Microsoft® Word 2019"),

 Doc("wf31", ["# Besluit op uw Woo-verzoek",
  "Provincie Gelderland | Markt 11, Arnhem | woo@gelderland.nl",
  "Aan de heer W. Kleinjan-Boers\nDorpsstraat 41\n8095 AB Wezep",
  "Datum: 2 februari 2026 | Kenmerk: WOO-2026-0087 | Zaaknummer: Z2026-00412",
  "Geachte heer Kleinjan-Boers,",
  "# 1. Uw verzoek",
  "Op 5 januari 2026 vroeg u om documenten over de tegemoetkoming in schade door de wolf op de Noord-Veluwe in "
  "2025. Wij hebben 33 documenten gevonden; zij staan op de inventarislijst.",
  "# 2. Zienswijzen",
  "BIJ12, LTO Noord en vier aanvragers hebben een zienswijze gegeven. Zij hebben geen bezwaar tegen "
  "openbaarmaking, mits hun persoonsgegevens niet openbaar worden.",
  "# 3. Besluit",
  "Wij maken 27 documenten deels openbaar en 6 documenten openbaar. Wij weigeren openbaarmaking van "
  "persoonsgegevens op grond van artikel 5.1, tweede lid, aanhef en onder e, van de Wet open overheid (5.1.2e). "
  "Gegevens over de gezondheid van aanvragers (5.1.1d) en burgerservicenummers (5.1.1e) worden niet openbaar "
  "gemaakt.",
  "# 4. Overwegingen",
  "Namen van gedeputeerde Van Ommeren, van commissaris van de Koning Van Heemstra en van de Statenleden "
  "Kloppenburg en De Groot-Amin maken wij openbaar, omdat zij in hun publieke rol optreden. Namen, adressen, "
  "telefoonnummers en rekeningnummers van schapenhouders, hobbyhouders, taxateurs van BIJ12, de externe "
  "wolvenconsultant, de rasterbouwer en ambtenaren maken wij niet openbaar. Dat geldt ook voor het KvK-nummer "
  "van een eenmanszaak, omdat dat direct naar een persoon leidt.",
  "Het wolvenindividu GW2471m en de dossiernummers zijn geen persoonsgegevens.",
  "# 5. Publicatie",
  "Dit besluit en de documenten worden gepubliceerd op www.gelderland.nl en op open.overheid.nl.",
  "Hoogachtend,\nGedeputeerde Staten van Gelderland,\nnamens dezen,\n\n\nF.M. Achterberg\njurist Woo",
  "Bezwaar: binnen zes weken bij Gedeputeerde Staten (Algemene wet bestuursrecht)."] + MOT,
  maker="docx", producer="LibreOffice 7.6", creator="Writer", author="Fleur Achterberg"),

 Doc("wf32", ["# Inventarislijst Woo-verzoek WOO-2026-0087",
  [["Nr", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"],
   ["1", "Woo-verzoek", "05-01-2026", "deels openbaar", "5.1.2e", ""],
   ["2", "Ontvangstbevestiging", "08-01-2026", "deels openbaar", "5.1.2e", ""],
   ["3", "Aanvraag FS-2025-04417", "17-08-2025", "deels openbaar", "5.1.2e, 5.1.1d, 5.1.1e", ""],
   ["4", "Brief hobbyhouder Ermelo", "02-09-2025", "deels openbaar", "5.1.2e, 5.1.1d, 5.1.1e", ""],
   ["5", "Meldingsformulier Winterswijk", "2025", "deels openbaar", "5.1.2e", "formuliervelden"],
   ["6", "Taxatierapport FS-2025-04417", "20-08-2025", "deels openbaar", "5.1.2e, 5.1.1d", ""],
   ["7", "Taxatierapport FS-2025-05011", "06-10-2025", "deels openbaar", "5.1.2e, 5.1.1e", ""],
   ["8", "Uitslag DNA-analyse WENR", "2025", "deels openbaar", "5.1.2e", ""],
   ["9", "Statenvragen PS2025-318", "09-09-2025", "deels openbaar", "5.1.2e", "al openbaar"],
   ["10", "Antwoorden PS2025-318", "30-09-2025", "deels openbaar", "5.1.2e", "al openbaar"],
   ["11-12", "E-mails wolvenconsultant", "09/10-2025", "deels openbaar", "5.1.2e", ""],
   ["13", "WhatsApp-groep houders", "2025", "deels openbaar", "5.1.2e", "aangeleverd door aanvrager"],
   ["14", "Factuur INV-2025-093", "24-09-2025", "deels openbaar", "5.1.2e", "eenmanszaak"],
   ["15-17", "Scans (brief, melding, presentielijst)", "2025", "deels openbaar", "5.1.2e", ""],
   ["18-19", "Verslag en beslisnota GS-2026-0114", "2025-2026", "deels openbaar", "5.1.2e", ""],
   ["20", "Persbericht", "22-01-2026", "openbaar", "", "al openbaar"],
   ["21", "Piketrooster Wolvenmeldpunt", "10-2025", "deels openbaar", "5.1.2e", ""],
   ["22-24", "Besluiten en overzicht aanvragen", "2025", "deels openbaar", "5.1.2e, 5.1.1e", ""],
   ["25-27", "Teams-chat, evaluatie, concept", "2025-2026", "deels openbaar", "5.1.2e", ""],
   ["28-30", "LTO Noord, dierenarts, bezwaar", "2025", "deels openbaar", "5.1.2e, 5.1.1d", ""],
   ["31-33", "Besluit, inventarislijst, zienswijze", "2026", "openbaar", "", ""]],
  "Contact: woo@gelderland.nl | opgesteld door FA, 2 februari 2026"],
  font="cond", producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365",
  xmp_creator="Nadia El Khatib", hidden=[("PERSON", "Nadia El Khatib", "metadata")]),

 Doc("wf33", ["Van: Nijkamp, Wilma <w.nijkamp@ltonoord.nl>\nVerzonden: vrijdag 23 januari 2026 14:31\n"
  "Aan: woo@gelderland.nl\nCC: Achterberg, Fleur <f.achterberg@gelderland.nl>\n"
  "Onderwerp: zienswijze LTO Noord Woo-verzoek WOO-2026-0087",
  "Geachte mevrouw Achterberg,",
  "LTO Noord heeft geen bezwaar tegen openbaarmaking van onze brief van 1 oktober 2025 en van het verslag van "
  "25 september 2025, mits de namen en telefoonnummers van onze medewerkers en leden worden weggelakt.",
  "Wij wijzen erop dat de WhatsApp-groep Schapen Noord-Veluwe een besloten groep is. Berichten van onze leden, "
  "zoals van de heer Ter Haar en de heer Van 't Klooster, bevatten gevoelige informatie over hun bedrijf.",
  "Met vriendelijke groet,\nWilma Nijkamp\nLTO Noord, regio Gelderland\n06-53 08 71 24"],
  producer=OL, creator=OL),
]

EXTRA = {
 "wf06": ["# 5. Foto's en meetgegevens",
  "Foto 1-6: kadavers op het perceel Hessenweg, genomen door R.J. Verhoeff om 10:42 uur. Foto 7: doorhangende "
  "onderste draad aan de zuidzijde, gemeten hoogte 28 cm. Foto 8: schrikdraadapparaat, type Corral 6 joule.",
  [["Meting", "Waarde", "Norm Beleidsregel"], ["Spanning noordzijde", "4.100 V", "minimaal 3.000 V"],
   ["Spanning zuidzijde", "2.700 V", "minimaal 3.000 V"], ["Hoogte onderste draad", "20-28 cm", "maximaal 20 cm"],
   ["Aarding", "3 pennen", "minimaal 3 pennen"]],
  "Contact met de aanvrager verliep via zijn dochter, Ria van Dalfsen-Koster (06 48 11 90 27), omdat de heer "
  "Ter Haar slecht hoort. Zij woont aan de Oude Zuiderzeeweg 31 in Oldebroek.",
  "Kwaliteitscontrole: Yvonne Smit-Ådahl (y.smit-adahl@bij12.nl), paraaf YSÅ, 21 augustus 2025.",
  "Verzending: faunaschade@bij12.nl aan de provincie Gelderland, team Natuur, t.a.v. Inge Mulder-van Rijn."] * 1,
 "wf13": ["===", "[12-09-2025 21:40] Bertus Bok: Goed gesprek vanavond met Van Ommeren. Die Slagboom wist er veel van",
  "[12-09-2025 21:44] Ria: Pa was er ook, hij was blij dat hij zijn verhaal kwijt kon",
  "[12-09-2025 21:47] Freek: Ik heb de gedeputeerde mijn nummer gegeven, +31 6 5522 0913, voor als ze een "
  "proefboerderij zoeken voor de rasters",
  "[12-09-2025 21:50] Jopie: Freek altijd met z'n proefboerderij 😂",
  "[13-09-2025 07:15] Mariëlle: Teun komt volgende week het noodraster zetten. Provincie betaalt",
  "[13-09-2025 07:18] Gerdien: Eindelijk goed nieuws",
  "[13-09-2025 07:30] GJ: Wie gaat er mee naar de Statenvergadering in Arnhem op de 24e?",
  "[13-09-2025 07:31] Henk: Ik niet, dokter zegt rustig aan met die hartklachten",
  "[13-09-2025 07:33] Gerrit-Jan: Dan ga ik met Bertus. Jopie rijdt",
  "[21-10-2025 18:02] Jopie: Klaas Roeterdink zegt dat er in Elspeet weer een heideschaap weg is",
  "[21-10-2025 18:10] Bertus Bok: Geen kadaver, dan krijg je niks van BIJ12",
  "[21-10-2025 18:12] Gerdien Pasman: Zo is het beleid. Staat in de Beleidsregel tegemoetkoming faunaschade "
  "Gelderland 2024",
  "[21-10-2025 18:20] Ria: Misschien moeten we met z'n allen een wolfwerende afrastering bestellen, krijg je "
  "korting bij Wiersma",
  "[21-10-2025 18:24] Freek Ossewaarde: Goed plan. Ik mail Teun wel, teun@wiersma-afrastering.nl",
  "[21-10-2025 18:30] Henk: Top, doe mij 200 meter"],
 "wf18": ["# 4. Communicatie en pers",
  "Sanne (afwezig) heeft per mail laten weten dat de Veluwse Post vragen stelt over de casus Oldebroek. "
  "Afgesproken: geen namen van aanvragers noemen; verwijzen naar BIJ12 en naar de antwoorden op PS2025-318.",
  "# 5. Rondvraag",
  "Wilma vraagt of LTO Noord de presentielijst van het keukentafelgesprek mag ontvangen. Fleur: alleen met "
  "toestemming van de deelnemers. Ruben meldt dat collega Daniëlle Ouwehand de rundveedossiers overneemt. "
  "Maarten is in november op vakantie; vervanging via Wolf Fencing Team Nederland.",
  "Het volgende overleg is op 30 oktober 2025 in het Huis der Provincie. Verslag: Inge Mulder-van Rijn "
  "(+31 26 359 8741). Vastgesteld door Bas Hoogendoorn op 2 oktober 2025.",
  [["Besluit", "Toelichting"], ["B1", "Noodraster Ermelo op kosten provincie"],
   ["B2", "80% vergoeding preventiemiddelen voor hobbyhouders voorleggen aan gedeputeerde"],
   ["B3", "Taxaties rundvee door D. Ouwehand"]]],
 "wf21": ["===", "# Bereikbaarheid november 2025",
  [["Week", "Dienstdoende", "Pers.nr.", "Mobiel", "Reserve"],
   ["45", "Pieter Oudshoorn", "198823", "06-14 55 20 87", "Elif Yılmaz"],
   ["46", "Dirk-Jan Kuipers", "204711", "06 2077 3158", "Pieter Oudshoorn"],
   ["47", "Elif Yılmaz", "219034", "06 3901 6642", "Dirk-Jan Kuipers"],
   ["48", "Pieter Oudshoorn", "198823", "06-14 55 20 87", "Bas Hoogendoorn"]],
  "Instructie: bij een melding van een aangereden of gewonde wolf altijd eerst de Politie Oost-Nederland en "
  "daarna de dienstdoende van het Wolvenmeldpunt bellen. Bij schade aan vee verwijzen naar BIJ12 "
  "(030 275 69 99). Het Wolvenmeldpunt geeft geen telefoonnummers van taxateurs door.",
  "Ruilen van diensten alleen na akkoord van de teamleider. Wijzigingen doorgeven aan L.P.M. Bakhuis, "
  "secretariaat team Natuur, 026 359 81 02 (toestel 8102).",
  "Verlof: E. Yılmaz 22-12 t/m 2-1; D.J. Kuipers 15-12 t/m 19-12. P. Oudshoorn is BHV'er op locatie Arnhem.",
  "Versiebeheer: v3, 2 november 2025, DJK."],
 "wf24": ["===", "# Bijlage: contactgegevens aanvragers (alleen intern)",
  [["Dossier", "Aanvrager", "Telefoon", "E-mail / adres"],
   ["FS-2025-04417", "Hendrikus ter Haar", "06 5311 2290", "h.terhaar@kpnmail.nl"],
   ["FS-2025-04592", "Mariëlle Oosterveld-Dijkstra", "+31 (0)6 2840 1175", "mariëlle.oosterveld@hotmail.com"],
   ["FS-2025-04730", "Jürgen Schäfer", "0031 6 1977 4420", "j.schaefer@t-online.de"],
   ["FS-2025-05011", "Sjoerd de Wit", "0525-68 14 02", "Zwarteweg 77, 8096 RS Oldebroek"],
   ["FS-2025-05140", "Annelies Brouwer", "0577-40 11 63", "Leuvenumseweg 5, Leuvenum"],
   ["FS-2025-05203", "Gerrit-Jan van 't Klooster", "0341-45 72 19", "gjklooster@ziggo.nl"]],
  "Deze bijlage is bedoeld voor het terugbellen van aanvragers door het Wolvenmeldpunt. Niet doorsturen aan "
  "Provinciale Staten of aan de pers."],
 "wf11": ["===", "---", "-----Oorspronkelijk bericht-----\nVan: Hoogendoorn, Bas\nVerzonden: dinsdag 9 september 2025 17:02\n"
  "Aan: Mulder-van Rijn, Inge\nOnderwerp: Statenvragen wolf",
  "Inge, de vragen van Kloppenburg zijn binnen (PS2025-318). Kun jij Maarten vragen om input over de hoogte van "
  "rasters? Hij heeft een raamovereenkomst tot eind 2025 (KvK 74552190, Slagboom Wolf & Vee Advies). "
  "Ik bel je morgen, ik ben op 06-22 91 40 57 bereikbaar.",
  "Groet, Bas",
  "---", "-----Oorspronkelijk bericht-----\nVan: Statengriffie <statengriffie@gelderland.nl>\n"
  "Verzonden: dinsdag 9 september 2025 14:11\nAan: Hoogendoorn, Bas <b.hoogendoorn@gelderland.nl>\n"
  "Onderwerp: schriftelijke vragen PS2025-318 (BBB) - wolf",
  "Geacht college, bijgaand de schriftelijke vragen van Statenlid Kloppenburg (BBB). De beantwoording wordt "
  "binnen drie weken verwacht. Met vriendelijke groet, Statengriffie Provinciale Staten Gelderland."],
 "wf19": ["===", "# Krachtenveld",
  "LTO Noord steunt de verhoging maar wil 100% vergoeding van preventiemiddelen. De PvdD-fractie (Statenlid "
  "De Groot-Amin) vraagt meer aandacht voor preventie. BIJ12 (contact: Ruben Verhoeff, r.verhoeff@bij12.nl) "
  "kan de wijziging per 1 februari 2026 in het Faunaschadeportaal verwerken.",
  "# Financiën",
  [["Post", "2025", "2026 (raming)"], ["Tegemoetkoming schade", "€ 58.400", "€ 71.000"],
   ["Subsidie preventiemiddelen", "€ 12.300", "€ 95.000"], ["Wolvenconsultant", "€ 18.750", "€ 20.000"]],
  "# Communicatie",
  "Persbericht op 22 januari 2026 (communicatieadviseur Sanne Roelofs). Statenbrief na besluit.",
  "# Bijlagen",
  "1. Antwoorden PS2025-318. 2. Evaluatie wolfwerende rasters Noord-Veluwe 2025. 3. Verslag overleg 25 "
  "september 2025."],
 "wf31": [],
}
EXTRA_AT = {"wf19": 6, "wf11": None}
for _d in DOCS:
    _x = EXTRA.get(_d.stem)
    if not _x:
        continue
    _at = EXTRA_AT.get(_d.stem)
    if _at is None and _d.stem in EXTRA_AT:
        _d.blocks = _d.blocks + _x
    elif _at is not None:
        _d.blocks = _d.blocks[:_at + 7] + _x + _d.blocks[_at + 7:]
    else:
        _d.blocks = _d.blocks + _x

_MORE = {
 "wf09": ["Ambtelijk contact voor de beantwoording: F.M. Achterberg (026 359 82 16) en Inge Mulder-van Rijn "
          "(inge.mulder-vanrijn@gelderland.nl)."],
 "wf26": ["Opgesteld door M.H. Slagboom, maarten@slagboomwolfadvies.nl, 06 1240 8836. Veldwerk met assistentie "
          "van Freek Ossewaarde."],
 "wf28": ["Kopie aan: Jopie Hazeleger en Albertus Veldhuizen (leden LTO Noord, deelnemers keukentafelgesprek)."],
 "wf29": ["Kopie: de heer Sjoerd de Wit, Zwarteweg 77, 8096 RS Oldebroek; BIJ12, dossier FS-2025-05011."],
}
for _d in DOCS:
    if _d.stem in _MORE:
        _d.blocks = _d.blocks + _MORE[_d.stem]
