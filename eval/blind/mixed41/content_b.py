"""Documents ay11-ay20 (agriculture/nature, Groningen gas damage)."""
from framework import Doc, bsn, iban

DOCS = []


def add(*a, **k):
    DOCS.append(Doc(*a, **k))


# ---------------------------------------------------------------- ay11 forwarded mail NVWA farm inspection (html)
add("ay11_doorgestuurd_nvwa_inspectie", "html", [
    ("h1", "Doorgestuurd bericht - inspectie melkveebedrijf"),
    ("mono", "Van: {r:Daniela Ferreira Lima} <{r/EMAIL:d.ferreiralima@nvwa.nl}>\nVerzonden: donderdag 20 februari 2025 11:07\n"
             "Aan: {k/MAILBOX:woo-verzoeken@minlnv.nl}\nOnderwerp: FW: rapport inspectie dierenwelzijn {k/REF:NVWA-DW-2025-0192}"),
    ("p", "Ter info voor het {k/TERM:Woo}-verzoek. Graag persoonsgegevens van de veehouder en van de inspecteurs "
          "lakken voordat het naar de verzoeker gaat."),
    ("p", "---------- Forwarded message ----------"),
    ("mono", "From: {r:Hendrikus (Henk) Bijlsma} <{r/EMAIL:h.bijlsma@nvwa.nl}>\nSent: Wednesday, February 19, 2025 16:44\n"
             "To: {r:Daniela Ferreira Lima}\nCc: {r:Ciarán Walsh} <{r/EMAIL:c.walsh@nvwa.nl}>\nSubject: rapport inspectie dierenwelzijn"),
    ("p", "{r:Daniela}, hierbij de samenvatting. Op 12 februari hebben {r:Walsh} en ik het melkveebedrijf van "
          "{r/TRADE:Maatschap Jongsma-Elzinga} aan de {r/ADDRESS:Slachtedyk 9} te {n:Oosterend} bezocht "
          "(UBN {r/ID:2247183}, KvK {r/ID:01098765}). Aanwezig was de heer {r:Rienk Jongsma}; zijn vrouw "
          "{r:Baukje Jongsma-Elzinga} kwam later aansluiten."),
    ("p", "Bevindingen: twaalf kalveren stonden zonder droog ligbed, drie koeien met klauwproblemen zonder "
          "behandeling. Dit is een overtreding van het {k/LAW:Besluit houders van dieren}. Er is een "
          "{k/TERM:rapport van bevindingen} opgemaakt; de {k:NVWA} legt een last onder dwangsom op. De "
          "dierenarts van het bedrijf, {r:dr. Ingrid Wassenaar}, is gebeld op {r/PHONE:0517-39 12 80}."),
    ("p", "De {k:Rijksdienst voor Ondernemend Nederland} is op de hoogte gebracht vanwege de "
          "{k/TERM:GLB}-subsidie (conditionaliteit). Verder geen {k/TERM:follow-up} nodig vanuit de "
          "{k:Landelijke Inspectiedienst Dierenbescherming}."),
    ("lines", "Groet,\n{r:Henk}\n\n{r:H. Bijlsma}\ninspecteur dierenwelzijn, {k:Nederlandse Voedsel- en Warenautoriteit}\n"
              "Catharijnesingel 59, {k/PLACE:Utrecht} | {k/SWITCHBOARD:0900 0388} | M {r/PHONE:06-52 97 04 61}"),
], title="FW: rapport inspectie dierenwelzijn")

# ---------------------------------------------------------------- ay12 LNV beslisnota stikstof buy-out (docx, 2p, outline)
add("ay12_beslisnota_lbv_plus", "docx", [
    ("h1", "Beslisnota Landelijke beëindigingsregeling veehouderijlocaties met piekbelasting (Lbv-plus)"),
    ("table", [["Aan", "{k/PUBLIC:minister Wiersma}"],
               ["Van", "{r:drs. M. (Maarten) van Houten-Siersema}, directie Stikstof en Natuur"],
               ["Datum", "14 maart 2025"],
               ["Kenmerk", "{k/REF:DGSN / 90112873}"],
               ["Kopie aan", "{k/PUBLIC:staatssecretaris Rummenie}; {k/TERM:DG Stikstof}"],
               ["Contactpersoon", "{r:Lieke Anema}, {r/PHONE:06 - 115 402 38}, {r/EMAIL:l.anema@minlnv.nl}"]]),
    ("h2", "Aanleiding"),
    ("p", "De {k:Rijksdienst voor Ondernemend Nederland} heeft 612 aanvragen ontvangen in het kader van de "
          "{k:Lbv-plus}. Voor de piekbelasters rond {k/PLACE:Natura 2000}-gebieden op de Veluwe en in de "
          "{k/PLACE:Peel} moet een besluit worden genomen over verlenging van de openstellingstermijn."),
    ("h2", "Geadviseerd besluit"),
    ("p", "Aan de minister van {k:Landbouw, Visserij, Voedselzekerheid en Natuur} wordt gevraagd: in te stemmen "
          "met verlenging tot 1 oktober 2025 en de {k:Tweede Kamer} daarover per brief te informeren."),
    ("h2", "Kern"),
    ("p", "Het {k:Nationaal Programma Landelijk Gebied} is gestopt; de provincies vragen duidelijkheid. "
          "{k/PUBLIC:Gedeputeerde Van den Berg} ({k:Provincie Gelderland}) heeft in het {k:IPO} gevraagd om "
          "verlenging. Uit gesprekken met drie veehouders (onder wie de heer {r:G.W. Beumer} uit Barneveld en "
          "mevrouw {r:Hilde van 't Klooster-Ruiter}) blijkt dat de onzekerheid over de {k/LAW:Wet "
          "natuurbescherming} groot is."),
    ("pb",),
    ("h2", "Krachtenveld"),
    ("p", "{k:LTO Nederland} steunt verlenging. {k:Natuurmonumenten} en {k:Staatsbosbeheer} vragen om "
          "garanties dat de vrijkomende stikstofruimte naar natuurherstel gaat. Het lid {k/PUBLIC:Van der Plas} "
          "({k:BBB}) heeft een motie aangekondigd. Intern: {r:Anema} en {r:Oğuz Karaman} (financiën) zien een "
          "budgettair risico van € 40 miljoen."),
    ("h2", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "Motivering: n.v.t."),
    ("table", [["Naam", "Functie", "Paraaf"],
               ["{r:Lieke Anema}", "senior beleidsmedewerker", "{r/PARAPH:LA}"],
               ["{r:Oğuz Karaman}", "controller", "{r/PARAPH:OK/fez}"],
               ["{r:Maarten van Houten-Siersema}", "directeur Stikstof en Natuur", "{r/PARAPH:MvHS}"]]),
], title="Beslisnota Lbv-plus", author="{r:Lieke Anema}",
    outline=[("Beslisnota Lbv-plus - concept {r:L. Anema}", 0), ("Krachtenveld (input {r:Karaman})", 1)])

# ---------------------------------------------------------------- ay13 Staatsbosbeheer volunteers minutes (reportlab)
add("ay13_verslag_staatsbosbeheer_vrijwilligers", "reportlab", [
    ("h1", "Verslag overleg vrijwilligers Drents-Friese Wold"),
    ("p", "{k:Staatsbosbeheer}, regio Noord - bezoekerscentrum Appelscha, 8 april 2025. Aanwezig: {r:Sytze "
          "Hiemstra} (boswachter, voorzitter), {r:Jannie Kuipers-Wolters}, {r:Tomasz Nowak}, {r:Chloé Marchand}, "
          "{r:Rudi Pieterse}, {r:Aafke de Jong-Hofstra} (verslag)."),
    ("h2", "1. Begrazing en heideherstel"),
    ("p", "{r:Sytze} licht het beheerplan toe. Door de stikstofdepositie vergrast de heide; de {k:Provincie "
          "Fryslân} financiert plaggen uit het {k:Programma Natuur}. {r:Nowak} vraagt of de schaapskudde van "
          "de herder uit {n:Elsloo} weer komt. De herder, {r:Geert Smit}, heeft toegezegd in juni te starten."),
    ("h2", "2. Wolf"),
    ("p", "Er zijn twee meldingen van wolvensporen bij het Aekingerzand. {r:Marchand} heeft foto's gestuurd "
          "naar {k/MAILBOX:wolf@bij12.nl}. {k:BIJ12} registreert de meldingen. Bezoekers met vragen verwijzen "
          "we naar het algemene nummer van {k:Staatsbosbeheer}: {k/SWITCHBOARD:030 692 61 11}."),
    ("h2", "3. Rondleidingen"),
    ("p", "{r:Kuipers-Wolters} stopt na twintig jaar met de vogelexcursies. {r:Rudi} neemt het over. Nieuwe "
          "vrijwilligers melden zich via {k/MAILBOX:vrijwilligers.noord@staatsbosbeheer.nl}; {r:Aafke} is "
          "bereikbaar op {r/PHONE:06 4412 0987} voor de roosters."),
    ("h2", "Actiepunten"),
    ("table", [["#", "Actie", "Wie"],
               ["1", "Kudde-afspraken vastleggen", "{r/PARAPH:SH}"],
               ["2", "Wolvensporen melden bij BIJ12", "{r/PARAPH:CM}"],
               ["3", "Afscheid {r:Jannie} organiseren", "{r/PARAPH:AdJH}"]]),
], title="Verslag vrijwilligers DFW", author="", annots=[(0, "{r:Aafke de Jong-Hofstra}", "Privénummer van {r:Jannie}: {r/PHONE:0516-51 38 02} (niet in verslag)")])

# ---------------------------------------------------------------- ay14 applicants spreadsheet (xlsx)
add("ay14_export_aanvragers_sanering_varkens", "xlsx", [
    ("h1", "Export aanvragen Subsidieregeling sanering varkenshouderijen - peildatum 30-06-2025 ({k:RVO})"),
    ("table", [["Aanvraagnr", "Aanvrager", "Geboortedatum", "BSN", "Vestigingsadres", "Plaats", "Provincie", "IBAN", "Status"],
               ["{k/REF:SRV-25-0411}", "{r:Gerardus (Gert) Hulshof}", "{r/DOB:03-11-1961}", "{r/BSN:" + bsn(1411) + "}", "{r/ADDRESS:Lage Veldweg 14}", "{n:Deurne}", "{k/PLACE:Noord-Brabant}", "{r/IBAN:" + iban(1411, "RABO") + "}", "toegekend"],
               ["{k/REF:SRV-25-0412}", "{r/TRADE:Mts. Verbeek-van Lieshout}", "-", "-", "{r/ADDRESS:Peelweg 7}", "{n:Venray}", "{k/PLACE:Limburg}", "{r/IBAN:" + iban(1412, "RABO") + "}", "in behandeling"],
               ["{k/REF:SRV-25-0413}", "{r:Anand Krishnamurthy}", "{r/DOB:22-07-1979}", "{r/BSN:" + bsn(1413) + "}", "{r/ADDRESS:Hazendijk 2a}", "{n:Barneveld}", "{k/PLACE:Gelderland}", "{r/IBAN:" + iban(1413, "ABNA") + "}", "afgewezen"],
               ["{k/REF:SRV-25-0414}", "{r:Wilhelmina (Mien) Koster-Brinkman}", "{r/DOB:17-01-1958}", "{r/BSN:" + bsn(1414) + "}", "{r/ADDRESS:Kerkeind 31}", "{n:Someren}", "{k/PLACE:Noord-Brabant}", "{r/IBAN:" + iban(1414, "INGB") + "}", "toegekend"],
               ["{k/REF:SRV-25-0415}", "{k:Coöperatie Varkenshouders Oost U.A.}", "-", "-", "Industrieweg 40", "{k/PLACE:Oldenzaal}", "{k/PLACE:Overijssel}", "{k/IBAN:" + iban(1415, "RABO") + "}", "in behandeling"],
               ["{k/REF:SRV-25-0416}", "{r:Ștefan Munteanu}", "{r/DOB:09-09-1984}", "{r/BSN:" + bsn(1416) + "}", "{r/ADDRESS:Schoolstraat 5}", "{n:Nederweert}", "{k/PLACE:Limburg}", "{r/IBAN:" + iban(1416, "TRIO") + "}", "in behandeling"]]),
    ("p", "Aantal aanvragen: 6. Vragen over deze export: {k/MAILBOX:regelingen@rvo.nl} of {k/SWITCHBOARD:088 042 42 42}."),
], title="Export aanvragers", author="{r:Bas Wennekes}")

# ---------------------------------------------------------------- ay15 scan NVWA boete (scan)
add("ay15_scan_nvwa_boetebeschikking", "scan", [
    ("lines", "Nederlandse Voedsel- en Warenautoriteit\nPostbus 43006, 3540 AA Utrecht"),
    ("sp",),
    ("lines", "Aan: de heer {r:W.A. Tuinstra}\n{r/ADDRESS:Harlingerweg 62}\n{r/ADDRESS:8801 PB} Franeker"),
    ("sp",),
    ("lines", "Datum: 4 juni 2025\nOnderwerp: boetebeschikking mestverantwoording"),
    ("p", "Geachte heer {r:Tuinstra},"),
    ("p", "Bij een controle op 14 april 2025 heeft inspecteur {r:Kees Vriesema} vastgesteld dat op uw bedrijf "
          "de mestboekhouding over 2024 niet sluitend was. Dit is in strijd met de Meststoffenwet. Wij leggen "
          "u een bestuurlijke boete op van 2.750 euro. Uw BSN is {r/BSN:" + bsn(1515) + "}."),
    ("p", "Het bedrag kunt u overmaken binnen zes weken. Bezwaar kunt u schriftelijk indienen. Voor vragen "
          "kunt u bellen met mevrouw {r:Esther Kalsbeek}, telefoon {r/PHONE:06 31 75 90 28}."),
    ("lines", "Hoogachtend,\nnamens de minister,\n\n{r:mr. J. Altena}\nteamleider Bestuurlijke Boete"),
], fontsize=12)

# ---------------------------------------------------------------- ay16 IMG damage claim form with form fields (reportlab)
add("ay16_schadeformulier_img", "reportlab", [
    ("h1", "Aanvraagformulier fysieke schade - Instituut Mijnbouwschade Groningen"),
    ("small", "Stuur dit formulier naar {k:Instituut Mijnbouwschade Groningen}, Postbus 6, 9700 AA {k/PLACE:Groningen}, "
              "of bel {k/SWITCHBOARD:088 - 040 20 10}. Algemeen e-mailadres: {k/MAILBOX:info@schadedoormijnbouw.nl}."),
    ("h2", "1. Gegevens aanvrager"),
    ("table", [["Veld", "Invulling"],
               ["Naam", "{r:Hiske Boersma-Wiegersma}"],
               ["Geboortedatum", "{r/DOB:2 mei 1967}"],
               ["BSN", "{r/BSN:" + bsn(1616) + "}"],
               ["Adres schadelocatie", "{r/ADDRESS:Hoofdstraat West 77}, {r/ADDRESS:9981 AE} {n:Uithuizen}"],
               ["Telefoon", "{r/PHONE:0595 43 21 76} / {r/PHONE:06 2087 3315}"],
               ["E-mail", "{r/EMAIL:hiske.boersma@hetnet.nl}"],
               ["IBAN voor uitbetaling", "{r/IBAN:" + iban(1616, "SNSB") + "}"],
               ["Mede-eigenaar", "{r:Jan Wiegersma}"]]),
    ("h2", "2. Schade"),
    ("p", "Omschrijving: scheuren in de binnenmuur van de woonkamer en de schoorsteen; de achterdeur klemt sinds "
          "de beving bij {k/PLACE:Zeerijp} van 2024. Eerdere schademelding: zaaknummer {k/REF:IMG-2023-118874}. "
          "Deskundige van eigen keuze: {r:ir. Marco de Rooij} ({k:Bouwkundig Bureau Noord B.V.})."),
    ("h2", "3. Machtiging"),
    ("p", "Ik machtig {r:Fenna Oldenburger} (dochter) om namens mij contact te hebben met het {k:IMG}. "
          "{k:Stichting Groninger Bodem Beweging} mag als steunpunt worden ingeschakeld."),
    ("lines", "Plaats en datum: {n:Uithuizen}, 14-03-2025\nHandtekening: (getekend) {r:H. Boersma-Wiegersma}"),
], title="Aanvraagformulier fysieke schade IMG", author="",
    fields=[("aanvrager_naam", "{r:Hiske Boersma-Wiegersma}"), ("telefoon_overdag", "{r/PHONE:06-1190 4458}"),
            ("opmerking", "Bel liever {r:Fenna} op {r/PHONE:06 5502 8813}")])

# ---------------------------------------------------------------- ay17 IMG decision letter (docx)
add("ay17_besluit_img_schade", "docx", [
    ("lines", "{k:Instituut Mijnbouwschade Groningen}\nPostbus 6\n9700 AA {k/PLACE:Groningen}"),
    ("sp",),
    ("lines", "Mevrouw {r:E. Latupeirissa-Hehanussa}\n{r/ADDRESS:Oude Dijk 4}\n{r/ADDRESS:9919 TB} {n:Loppersum}"),
    ("sp",),
    ("lines", "Datum: 28 april 2025\nZaaknummer: {k/REF:IMG-2025-041877}\nOnderwerp: besluit op uw aanvraag schadevergoeding"),
    ("p", "Geachte mevrouw {r:Latupeirissa-Hehanussa},"),
    ("p", "U heeft op 12 januari 2025 schade gemeld aan uw woning. Op grond van de {k/LAW:Tijdelijke wet "
          "Groningen} en het wettelijk bewijsvermoeden kennen wij u een vergoeding toe van € 8.412,60 voor "
          "fysieke schade. De deskundige, {r:ing. Florin Dumitrescu}, heeft de schade op 3 maart 2025 opgenomen. "
          "Zijn adviesrapport is bijgevoegd."),
    ("p", "Daarnaast ontvangt u een vergoeding van € 1.500 voor immateriële schade. Wij maken het totaalbedrag "
          "over op {r/IBAN:" + iban(1717, "INGB") + "}. Het {k:IMG} heeft de {k:Mijnraad} niet om advies "
          "gevraagd, omdat de zaak geen complexe vraag bevatte. De {k:NAM} is als partij niet betrokken bij "
          "het besluit."),
    ("p", "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken. Hulp is gratis via "
          "{k:Stichting Groninger Bodem Beweging} of het {k:Juridisch Loket}. Uw casemanager is "
          "{r:Tjitske Zwiers}, bereikbaar op {r/PHONE:088 - 040 21 77} (direct) of "
          "{r/EMAIL:t.zwiers@schadedoormijnbouw.nl}."),
    ("p", "Met vriendelijke groet,"),
    ("lines", "{r:drs. R.A. Wubbolts}\nmanager Schadeafhandeling\n{k:Instituut Mijnbouwschade Groningen}"),
], title="Besluit schadevergoeding", author="{r:Tjitske Zwiers}")

# ---------------------------------------------------------------- ay18 NCG mail thread (html, 2p)
add("ay18_mailwisseling_ncg_versterking", "html", [
    ("h1", "E-mailwisseling versterkingsadvies Appingedam - Woo-besluit bijlage 14"),
    ("mono", "From: {r:Gábor Kovács} <{r/EMAIL:g.kovacs@nationaalcoordinatorgroningen.nl}>\nSent: Thursday, May 15, 2025 10:21\n"
             "To: {r:Sjoukje Hoekzema-Bakker} <{r/EMAIL:s.hoekzema@minbzk.nl}>\n"
             "Cc: {r:Hemant Sharma} <{r/EMAIL:hemant.sharma@ncg.nl}>; {r:Jelmer Faber}\n"
             "Subject: RE: herbeoordeling blok Opwierde-Zuid"),
    ("p", "Hi {r:Sjoukje},"),
    ("p", "Het versterkingsadvies voor het blok in Opwierde-Zuid (37 woningen, eigenaar {k:Wierden en Borgen}) "
          "is klaar. De {k:Nationaal Coördinator Groningen} adviseert sloop-nieuwbouw voor 14 woningen. "
          "{k:Staatstoezicht op de Mijnen} heeft in maart bevestigd dat de seismische dreiging lager is, maar "
          "de {k/TERM:typologie-aanpak} blijft leidend."),
    ("p", "Bewoners hebben een petitie gestuurd; de woordvoerder van de bewonersgroep, {r:mevrouw Trijntje "
          "Kamminga}, wil de staatssecretaris spreken. {k/PUBLIC:Staatssecretaris Van Marum} heeft eerder "
          "gezegd dat hij 'alle dorpen' wil bezoeken. Ook {k/PUBLIC:burgemeester Beukema} van "
          "{k:Eemsdelta} heeft gebeld."),
    ("lines", "Groet,\n{r:Gábor}\n\n{r:G. Kovács MSc}\nprogrammamanager | {k:NCG}\nM {r/PHONE:+31 (0)6 2819 4470}"),
    ("mono", "Van: {r:Sjoukje Hoekzema-Bakker}\nVerzonden: woensdag 14 mei 2025 17:02\nAan: {r:Gábor Kovács}\n"
             "Onderwerp: herbeoordeling blok Opwierde-Zuid"),
    ("p", "Beste {r:Gábor},"),
    ("p", "Kun je voor het {k/TERM:bewindspersonenoverleg} van volgende week een korte update geven? De "
          "{k:Tweede Kamer} heeft gevraagd naar de stand van zaken in {k/PLACE:Appingedam}, en het lid "
          "{k/PUBLIC:Beckerman} ({k:SP}) heeft Kamervragen aangekondigd. Ik heb {r:Jelmer} gevraagd de cijfers "
          "van het {k/TERM:dashboard} te checken."),
    ("lines", "Met vriendelijke groet,\n\n{r:S. Hoekzema-Bakker}\nsenior beleidsadviseur Herstel Groningen\n"
              "{k:Ministerie van Binnenlandse Zaken en Koninkrijksrelaties}\nTurfmarkt 147 | {k/PLACE:Den Haag}\n"
              "T {r/PHONE:06-46 71 29 03}"),
    ("pb",),
    ("mono", "From: {r:Jelmer Faber} <{r/EMAIL:jelmer.faber@nationaalcoordinatorgroningen.nl}>\n"
             "Sent: Thursday, May 15, 2025 14:40\nTo: {r:Sjoukje Hoekzema-Bakker}; {r:Gábor Kovács}\n"
             "Subject: RE: RE: herbeoordeling blok Opwierde-Zuid"),
    ("p", "Cijfers gecheckt: 14 sloop-nieuwbouw, 19 versterken, 4 geen maatregel. Bewoner {r:Albertus "
          "Oosterhuis} ({r/ADDRESS:Opwierderweg 41}) heeft bezwaar gemaakt tegen de {k/TERM:opname}. Zijn "
          "advocaat, {r:mr. Yvonne Schepers}, vraagt om een gesprek met het {k:NCG}. Algemene vragen van "
          "bewoners kunnen naar {k/MAILBOX:info@nationaalcoordinatorgroningen.nl} of {k/SWITCHBOARD:0800 - 7111 600}."),
    ("p", "{r:Jelmer}"),
], title="Mailwisseling NCG")

# ---------------------------------------------------------------- ay19 Mijnraad hearing notes (reportlab)
add("ay19_verslag_hoorzitting_mijnraad", "reportlab", [
    ("h1", "Verslag hoorzitting Mijnraad - complexe schadezaak"),
    ("lines", "Datum: 17 juni 2025\nZaak: {k/REF:MR-2025-017}\nLocatie: {k:Mijnraad}, Oude Boteringestraat 22, {k/PLACE:Groningen}"),
    ("table", [["Rol", "Naam"],
               ["Voorzitter (lid {k:Mijnraad})", "{r:prof. mr. dr. C.W. Hoitinga}"],
               ["Secretaris", "{r:Niamh Doyle}"],
               ["Aanvragers", "{r:Eelco Ubbens} en {r:Martina Ubbens-Rossi}"],
               ["Namens {k:IMG}", "{r:mr. Petra Kolk}"],
               ["Deskundige {k:TNO}", "{r:dr. Jasper Nieboer}"]]),
    ("h2", "Standpunten"),
    ("p", "De aanvragers wonen sinds 1998 in de boerderij aan de {r/ADDRESS:Wirdumerweg 10} in {n:Garrelsweer}. "
          "{r:Ubbens} stelt dat de scheuren in de schuur zijn ontstaan door de beving bij {k/PLACE:Huizinge} "
          "(2012). {r:Mevrouw Ubbens-Rossi} voegt toe dat de stress de gezondheid van het gezin heeft aangetast."),
    ("p", "{r:Kolk} stelt namens het {k:IMG} dat een deel van de schade door zetting komt. {r:Nieboer} "
          "licht het trillingsonderzoek toe; de {k/TERM:peak ground velocity} op de locatie was 14 mm/s."),
    ("h2", "Vervolg"),
    ("p", "De {k:Mijnraad} brengt binnen acht weken advies uit aan de {k/PUBLIC:minister van Klimaat en Groene "
          "Groei}. De secretaris, {r:Doyle}, stuurt het conceptverslag naar partijen via "
          "{r/EMAIL:n.doyle@mijnraad.nl}. Algemeen: {k/MAILBOX:secretariaat@mijnraad.nl}."),
], title="Verslag hoorzitting MR-2025-017", author="")

# ---------------------------------------------------------------- ay20 Teams chat IMG team (html)
add("ay20_teams_chat_img_team", "html", [
    ("h1", "Chat export - Teams-groep 'IMG Team Noord-Oost (casemanagers)'"),
    ("table", [["Datum/tijd", "Van", "Bericht"],
               ["12-05-2025 08:30", "{r:Marloes}", "Goedemorgen! Wie neemt de zaak van {r:mw. Siersema} over? Ik ben vanaf morgen met verlof."],
               ["12-05-2025 08:34", "{r:Kwame}", "Ik. Is dat die met de schoorsteen in {k/PLACE:Ten Boer}?"],
               ["12-05-2025 08:35", "{r:Marloes}", "Ja. Ze is 84, belt vaak. Nummer {r/PHONE:050 302 19 84}. Zoon {r:Pieter} regelt de papieren."],
               ["12-05-2025 08:41", "{r:Leontien Pool}", "Let op: haar BSN staat in het oude dossier ({r/BSN:" + bsn(2020) + "}), niet in de mail zetten aub"],
               ["12-05-2025 09:02", "{r:Kwame}", "Check. {r:Leontien}, moeten we de {k:Mijnraad} inschakelen?"],
               ["12-05-2025 09:05", "{r:Leontien Pool}", "Nee, valt onder de {k/TERM:vaste vergoeding}. Wel {k:Het Groninger Loket} informeren."],
               ["12-05-2025 09:30", "{r:Anna-Lena Hoffmann}", "FYI: {k/PUBLIC:Kamerlid Nijboer} heeft een vraag gesteld over oudere aanvragers. {k/TERM:Comms} maakt een Q&A."],
               ["12-05-2025 09:31", "{r:Marloes}", "Dank {r:Anna-Lena}! Hand-over staat in de map."],
               ["12-05-2025 11:15", "{r:Kwame Asante}", "Gebeld met {r:Pieter Siersema}, hij stuurt de foto's naar {k/MAILBOX:info@schadedoormijnbouw.nl}."]]),
    ("small", "Export aangemaakt door: {r:Marloes Tilma}"),
], title="Teams IMG Team Noord-Oost")
