"""Set NB documents nb23-nb33: scans, enforcement, mails, legal memo, agreement, conversation, decision, inventory."""
from lib import Doc

MOT = [("h2", "Informatie die niet openbaar gemaakt kan worden"),
       ("p", "Motivering: in de openbaar gemaakte versie zijn alle persoonsgegevens van ambtenaren en derden "
             "weggelakt met vermelding van de weigeringsgrond (artikel 5.1, tweede lid, onder e, [[Woo]]).")]

DOCS = [
Doc("nb23", "Presentielijst informatieavond Espelo (scan)", [], producer="scan", scan_lines=[
    ("PRESENTIELIJST informatieavond opkoopregeling", "b"),
    ("Zaal De Kastanjeboom, Espelo - 24 juni 2025", "n"), ("gap", ""),
    ("Naam                         Bedrijf / adres             Paraaf", "s"),
    ("{Gerrit-Jan Nijenhuis|P}      {Kerkweg 18|A}              {GJN|C}", "s"),
    ("{Hanneke Stoevelaar|P}        melkvee, {Espelose Es 9|A}    {HS|C}", "s"),
    ("{Willem Hofman|P}             vleesvee, {Lageweg 3|A}       {WH|C}", "s"),
    ("{Berend Kamphuis|P}           {Schapendijk 11|A}            {BK|C}", "s"),
    ("{Ayşe Kaya-Bosch|P}           omwonende                    {AKB|C}", "s"),
    ("gap", ""),
    ("Namens provincie: {Daan Ekkelenkamp|P}, {Esmée Vrielink|P}", "s"),
    ("Terugbellen: {Willem Hofman|P} {06 1732 5544|T}", "h"),
    ("gap", ""),
    ("{H. Stoevelaar|P}", "h"),
], prod_str="KONICA MINOLTA bizhub C300i", creator="KONICA MINOLTA bizhub C300i"),

Doc("nb24", "Memo handhaving met aantekening (scan)", [], producer="scan", scan_lines=[
    ("MEMO - Handhaving stikstof", "b"),
    ("Aan: {Ruud Oude Lansink|P}", "n"), ("Van: {Joost ter Haar|P} (ODIJ)", "n"),
    ("Datum: 8 juli 2025   Zaak: HH-2025-0412", "n"), ("gap", ""),
    ("Hercontrole bij {Mensink|P} uitgevoerd op 7 juli.", "n"),
    ("Jongvee nu 97 stuks, mestzak afgedekt.", "n"),
    ("Geen verdere overtredingen geconstateerd.", "n"),
    ("Zoon {Dinand|P} was aanwezig; vader in ziekenhuis", "n"),
    ("({hartklachten|H}, opname Deventer).", "n"), ("gap", ""),
    ("Advies: zaak sluiten, geen dwangsom.", "n"), ("gap", ""),
    ("akkoord, sluiten - {Ruud|P} 9/7", "h"),
    ("bel {Sanne|P} even: {06-41 27 83 90|T}", "h"),
], prod_str="RICOH IM C3000 scan", creator="RICOH IM C3000"),

Doc("nb25", "Vooraankondiging last onder dwangsom Kamphuis", [
    ("p", "[[Gedeputeerde Staten van Overijssel|ORG]]\nAangetekend en per e-mail"),
    ("p", "{De heer B.J. Kamphuis|P}\n{Schapendijk 11|A}\n{7451 KT|A} Holten"),
    ("p", "Datum: 4 september 2025\nKenmerk: [[HH-2025-0588|CASE]]\nBehandeld door: {mr. R. Oude Lansink|P}, {038 499 7338|T}"),
    ("h2", "Voornemen tot het opleggen van een last onder dwangsom"),
    ("p", "Geachte heer {Kamphuis|P},"),
    ("p", "Op 12 augustus 2025 heeft toezichthouder {F. Bouzid|P} van de [[Omgevingsdienst IJsselland|ORG]] uw vleesveebedrijf "
          "bezocht. Daarbij is vastgesteld dat u 46 stuks vleesvee houdt, terwijl voor de locatie geen omgevingsvergunning voor "
          "een Natura 2000-activiteit is verleend en de [[PAS-melding|TERM]] uit 2017 ziet op 30 stuks. U handelt daarmee in "
          "strijd met artikel 5.1, eerste lid, onder e, van de [[Omgevingswet]]."),
    ("p", "Wij zijn voornemens u een last onder dwangsom op te leggen: binnen acht weken het aantal dieren terugbrengen tot 30, "
          "op straffe van een dwangsom van € 2.500 per dier per week, met een maximum van € 60.000."),
    ("p", "Wij wijzen u erop dat u als [[PAS-melder|TERM]] mogelijk in aanmerking komt voor het [[Programma Aanpak Meldingen|PROGRAMME]] "
          "en voor de [[Regeling Vrijwillige Opkoop Veehouderijen Overijssel|PROGRAMME]]. Uw zienswijze kunt u binnen twee weken "
          "geven, schriftelijk of mondeling. Uw dochter, mevrouw {Lisanne Kamphuis|P}, heeft telefonisch laten weten dat zij "
          "namens u contact opneemt ({lisanne.kamphuis@gmail.com|E})."),
    ("p", "Bij het bepalen van de hoogte van de dwangsom hebben wij rekening gehouden met het financiële voordeel dat u "
          "heeft bij het houden van meer dieren en met de ernst van de overtreding: de locatie ligt op 800 meter van het "
          "habitattype [[H4030 Droge heiden|HABITAT]] op de [[Holterberg|PLACE]], waar de kritische depositiewaarde ruim wordt "
          "overschreden. De [[Landelijke Handhavingsstrategie Omgevingsrecht|DOC]] ([[LHSO|DOC]]) schrijft bij een dergelijke "
          "overtreding categorie C2 voor."),
    ("p", "Bent u het niet eens met deze vooraankondiging, dan kunt u contact opnemen met de behandelend jurist. Voor vragen "
          "over de opkoopregeling kunt u terecht bij [[opkoopregeling@overijssel.nl|MAILBOX]] of bellen met [[14 038|PHONE_PUBLIC]]."),
    ("sig", "Hoogachtend,\n[[Gedeputeerde Staten van Overijssel|ORG]],\nnamens dezen,\n\n{drs. F.A. Grootenhuis|P}\neenheidsmanager"),
    ("h2", "Bijlage: overzicht bevindingen"),
    ("table", [["Datum", "Bevinding", "Toezichthouder"],
               ["14-03-2024", "38 stuks vleesvee, melding 30 stuks", "{K. de Lange|P}"],
               ["12-08-2025", "46 stuks vleesvee, 2 kalveren niet geregistreerd", "{F. Bouzid|P}"],
               ["12-08-2025", "Geen [[I&R-registratie|TERM]] van 2 kalveren bij [[RVO|ORG]]", "{F. Bouzid|P}"]], [26, 100, 40]),
    ("small", "Afschrift: [[Omgevingsdienst IJsselland|ORG]], t.a.v. {mevrouw F. Bouzid|P}; {mr. Hidde Schuurman|P}, advocaat van de heer {Kamphuis|P}."),
], prod_str="Microsoft® Word 2019", creator="Microsoft® Word 2019"),

Doc("nb26", "E-mailwisseling waterschap en gemeente gebiedsproces", [
    ("mono", "Van: {Ekkelenkamp, Daan|P} <{d.ekkelenkamp@overijssel.nl|E}>\nVerzonden: woensdag 9 juli 2025 15:48\n"
             "Aan: {Ruiter, Annemiek de|P} <{a.deruiter@wdodelta.nl|E}>; {Nijboer, G. (Gijs)|P} <{g.nijboer@rijssen-holten.nl|E}>\n"
             "CC: {Vrielink, Esmée|P} <{e.vrielink@overijssel.nl|E}>; [[gebiedsproces.salland@overijssel.nl|MAILBOX]]\n"
             "Onderwerp: RE: vervolg keukentafelgesprekken [[Espelo|PLACE]] / [[Holterberg|PLACE]]"),
    ("p", "Beste {Annemiek|P}, {Gijs|P},"),
    ("p", "Dank voor het overleg van gisteren in het gemeentehuis van [[Rijssen-Holten|ORG]] aan de [[Stationsstraat 17|ADDRESS_PUBLIC]]. "
          "Kort de afspraken: het waterschap [[Drents Overijsselse Delta|ORG]] ([[WDODelta|ORG]]) bekijkt of de percelen van de "
          "stoppende bedrijven kunnen worden ingezet voor vernatting van de [[Holtense Bleek|PLACE]]; de gemeente zorgt voor de "
          "planologische kant (omgevingsplan) en wethouder [[Harm-Jan Kamphuis|OFFICIAL]] neemt contact op met gedeputeerde "
          "[[Ten Hove|OFFICIAL]] over een gezamenlijke bewonersbrief."),
    ("p", "Let op: [[wethouder Kamphuis|OFFICIAL]] is geen familie van veehouder {B.J. Kamphuis|P} aan de {Schapendijk 11|A}; "
          "dat kwam gisteren even ter sprake. Die laatste zit in een handhavingstraject, dus graag niet noemen in de bewonersbrief."),
    ("p", "Groet,\n{Daan|P}\n\n{Daan Ekkelenkamp|P}\nprojectleider [[RVOVO]] | [[Provincie Overijssel|ORG]]\n{06 3147 0295|T}"),
    ("mono", "Van: {Ruiter, Annemiek de|P} <{a.deruiter@wdodelta.nl|E}>\nVerzonden: woensdag 9 juli 2025 10:05\n"
             "Aan: {Ekkelenkamp, Daan|P}\nOnderwerp: vervolg keukentafelgesprekken [[Espelo|PLACE]] / [[Holterberg|PLACE]]"),
    ("p", "Hoi {Daan|P}, zoals besproken: wij hebben interesse in de gronden van {Nijenhuis|P} en {Stoevelaar|P} (als die stoppen). "
          "Kun je nagaan of zij bezwaar hebben tegen een gesprek met onze rentmeester, {Frits van Dam|P}? Hij is bereikbaar op "
          "{038-455 62 81|T}. Algemene vragen kunnen ook naar [[info@wdodelta.nl|MAILBOX]]."),
    ("p", "Met vriendelijke groet,\n{Annemiek de Ruiter|P}\nadviseur grondzaken, [[Waterschap Drents Overijsselse Delta|ORG]]\n"
          "[[Dokter van Deenweg 186|ADDRESS_PUBLIC]], [[Zwolle|PLACE]]"),
    ("mono", "Van: {Nijboer, G. (Gijs)|P}\nVerzonden: dinsdag 8 juli 2025 17:31\nAan: {Ekkelenkamp, Daan|P}; {Ruiter, Annemiek de|P}\n"
             "Onderwerp: presentatie overleg"),
    ("p", "Bijgaand de presentatie. Dia 6 graag niet verder verspreiden: daar staan namen van veehouders op. {Gijs Nijboer|P}, "
          "beleidsadviseur landelijk gebied, gemeente [[Rijssen-Holten|ORG]], [[14 0548|PHONE_PUBLIC]]."),
    ("mono", "Van: {Vrielink, Esmée|P} <{e.vrielink@overijssel.nl|E}>\nVerzonden: maandag 7 juli 2025 09:12\n"
             "Aan: {Ekkelenkamp, Daan|P}; {Nijboer, G. (Gijs)|P}; {Ruiter, Annemiek de|P}\n"
             "CC: {Smit, Gerjan|P} <{gerjan.smit@gbvechtdal.nl|E}>\nOnderwerp: agenda overleg 8 juli"),
    ("p", "Goedemorgen allen, voor morgen stel ik de volgende agenda voor: 1. terugblik informatieavond [[Espelo|PLACE]] "
          "(24 juni, circa 60 bezoekers); 2. stand van zaken aanmeldingen [[RVOVO]] in het gebied [[Salland|PLACE]]-Holterberg "
          "(9 aanmeldingen, waarvan 4 piekbelasters); 3. vernatting [[Holtense Bleek|PLACE]] en de rol van [[WDODelta|ORG]]; "
          "4. communicatie: bewonersbrief en een artikel in [[Holtens Nieuwsblad|ORG]]; 5. rondvraag."),
    ("p", "Naar aanleiding van de avond: mevrouw {Kaya-Bosch|P} vroeg of de provincie ook iets doet aan de geurhinder. Ik heb "
          "gezegd dat de gemeente daarvoor het aanspreekpunt is. {Gijs|P}, wil jij haar terugbellen? Haar nummer staat op de "
          "presentielijst. Verder waren {Hanneke Stoevelaar|P} en {Willem Hofman|P} erg geïnteresseerd; {Gerjan|P} plant "
          "keukentafelgesprekken in."),
    ("p", "Groet, {Esmée|P}\n{Esmée Vrielink|P} | communicatieadviseur landelijk gebied | {038 499 7180|T}"),
], font="DejaVu", prod_str="Microsoft Outlook for Microsoft 365 (print to PDF)", creator="Microsoft Outlook"),

Doc("nb27", "Juridisch memo intern salderen en PAS-melders", [
    ("h1", "Memo"),
    ("p", "Aan: {Ilse de Wit-Brouwer|P}, {Ruud Oude Lansink|P}\nVan: {T. van 't Holt|P}\nDatum: 15 juli 2025\n"
          "Onderwerp: intern salderen, PAS-melders en handhaving"),
    ("h2", "Vraag"),
    ("p", "Mogen wij handhaven tegen [[PAS-melders|TERM]] die meer dieren houden dan gemeld, terwijl het Rijk via het "
          "[[Programma Aanpak Meldingen|PROGRAMME]] legalisatie heeft toegezegd?"),
    ("h2", "Analyse"),
    ("p", "De [[Raad van State|ORG]] heeft in de [[Rendac-uitspraak|CASE_NAME]] en in [[ECLI:NL:RVS:2024:4923|CASE]] bepaald "
          "dat intern salderen niet langer vergunningvrij is. Voor PAS-melders geldt een beginselplicht tot handhaving, "
          "tenzij concreet zicht op legalisatie bestaat. Het [[Interprovinciaal Overleg|ORG]] ([[IPO|ORG]]) adviseert "
          "terughoudendheid zolang de [[Stikstofbank|PROGRAMME]] onvoldoende ruimte biedt. In de zaak {Kamphuis|P} "
          "([[HH-2025-0588|CASE]]) ligt het aantal dieren 50 % boven de melding; dat is geen geringe overschrijding."),
    ("h2", "Advies"),
    ("p", "Handhaven met een ruime begunstigingstermijn en de veehouder wijzen op de opkoopregeling. Bespreken met "
          "gedeputeerde [[Marieke ten Hove|OFFICIAL]] voordat de last wordt opgelegd. Vergelijk ook de aanpak van de provincie "
          "[[Gelderland|PLACE]] (de [[Van der Valk-route|TERM]] is daar niet gevolgd)."),
    ("p", "{TvtH|C}"),
], font="Times", notes=[(0, "{Ilse de Wit-Brouwer|P}", "Eens. Wel eerst {Kamphuis|P} laten bellen door {Daan|P}."),
                         (0, "{mr. Hidde Schuurman|P}", "Let op termijn Awb; {Schuurman|P} (ext. advocaat) kan meelezen, {06-83 20 11 74|T}.")],
   meta={"Author": "{tvantholt|U}"}, prod_str="Adobe PDF Library 23.1.175", creator="Acrobat PDFMaker 23 voor Word"),

Doc("nb28", "Overeenkomst beëindiging veehouderijlocatie Wolters", [
    ("h1", "Vaststellingsovereenkomst beëindiging veehouderijlocatie"),
    ("p", "Dossier [[RVOVO-2025-0214|CASE]]"),
    ("h2", "Partijen"),
    ("p", "1. De [[Provincie Overijssel|ORG]], gevestigd te [[Zwolle|PLACE]], [[Luttenbergstraat 2|ADDRESS_PUBLIC]], te dezen "
          "vertegenwoordigd door gedeputeerde [[Marieke ten Hove|OFFICIAL]], handelend ter uitvoering van het besluit van "
          "[[Gedeputeerde Staten|ORG]] van 8 juli 2025, hierna: de provincie;"),
    ("p", "2. De heer {Albertus Gerrit Wolters|P}, geboren op {2 november 1963|D} te [[Hardenberg|PLACE]], wonende te {7731 RG|A} "
          "Ommen aan de {Veldkampsweg 3|A}, en zijn echtgenote mevrouw {Janna Wolters-Lubbers|P}, geboren op {14 mei 1966|D}, "
          "samen handelend onder de naam Varkenshouderij {Wolters|P}, hierna: de veehouder."),
    ("h2", "Overwegingen"),
    ("p", "a. De veehouder exploiteert een varkenshouderij op 1,9 km van het Natura 2000-gebied "
          "[[Vecht- en Beneden-Reggegebied|PLACE]]; b. de locatie is aangemerkt als piekbelaster in de zin van de [[Lbv-plus]]; "
          "c. de veehouder heeft zich vrijwillig aangemeld; d. de waarde is getaxeerd door een onafhankelijk register-taxateur."),
    ("h2", "Artikel 1 Beëindiging"),
    ("p", "De veehouder beëindigt uiterlijk op 1 januari 2026 de productie op de locatie, trekt de omgevingsvergunning in voor zover "
          "die betrekking heeft op het houden van dieren en laat de productierechten doorhalen bij [[RVO|ORG]]."),
    ("h2", "Artikel 2 Vergoeding"),
    ("p", "De provincie betaalt een vergoeding van € 3.420.000 in twee termijnen op rekening {NL91 RABO 0315 2736 48|I} ten name "
          "van {A.G. Wolters|P}: 50 % na ondertekening, 50 % na controle door de [[Omgevingsdienst IJsselland|ORG]] dat de stallen leeg zijn."),
    ("h2", "Artikel 3 Stikstofruimte"),
    ("p", "De vrijkomende stikstofdepositie wordt niet uitgegeven voor nieuwe economische activiteiten, maar ingezet voor "
          "natuurherstel en voor legalisatie van [[PAS-melders|TERM]] via de [[Stikstofbank|PROGRAMME]]. De veehouder maakt "
          "geen aanspraak op deze ruimte."),
    ("h2", "Artikel 4 Woning en geheimhouding"),
    ("p", "De bedrijfswoning blijft eigendom van de veehouder en mag als burgerwoning worden bewoond. Partijen maken de "
          "hoogte van de vergoeding niet openbaar, behoudens verplichtingen op grond van de [[Wet open overheid]]."),
    ("h2", "Artikel 5 Ontbindende voorwaarden"),
    ("p", "Deze overeenkomst wordt ontbonden indien de [[Europese Commissie|ORG]] de staatssteungoedkeuring voor de [[Lbv-plus]] "
          "intrekt, of indien de veehouder na 1 januari 2026 op de locatie of elders in Nederland opnieuw een veehouderij begint. "
          "In dat laatste geval betaalt de veehouder de vergoeding terug, vermeerderd met de wettelijke rente."),
    ("h2", "Artikel 6 Sloop en asbest"),
    ("p", "De stallen worden binnen twaalf maanden na beëindiging gesloopt of herbestemd voor een functie zonder dieren. De "
          "provincie vergoedt de sloopkosten tot € 45 per m2 conform de [[Sloopregeling landelijk gebied|PROGRAMME]]. Asbesthoudende "
          "daken worden gesaneerd door een gecertificeerd bedrijf; de offerte van [[Asbestsanering Twente B.V.|ORG]] is als "
          "bijlage 3 aan deze overeenkomst gehecht."),
    ("h2", "Artikel 7 Geschillen en slotbepalingen"),
    ("p", "Geschillen worden voorgelegd aan de bevoegde rechter van de [[Rechtbank Overijssel|ORG]], locatie [[Zwolle|PLACE]]. "
          "Op deze overeenkomst is Nederlands recht van toepassing. Wijzigingen zijn alleen geldig als zij schriftelijk zijn "
          "overeengekomen. Contactpersoon voor de uitvoering is projectleider {Daan Ekkelenkamp|P} ({d.ekkelenkamp@overijssel.nl|E}); "
          "voor de veehouder treedt op diens adviseur {Jos Hulsegge|P} van [[ABAB Accountants|ORG]]."),
    ("h2", "Ondertekening"),
    ("table", [["Voor de provincie", "De veehouder"],
               ["gedeputeerde [[Marieke ten Hove|OFFICIAL]]\nZwolle, 15 juli 2025", "{A.G. Wolters|P} en {J. Wolters-Lubbers|P}\nOmmen, 15 juli 2025"]], [83, 83]),
    ("small", "Opgesteld door {mr. Esther Vinkenborg|P}, jurist grondzaken ({e.vinkenborg@overijssel.nl|E}); gecontroleerd {DE|C}/{EV|C}."),
], font="DejaVuSerif", prod_str="Adobe PDF Library 17.11 / DocuSign", creator="DocuSign"),

Doc("nb29", "Gespreksverslag keukentafelgesprek Hofman", [
    ("h1", "Gespreksverslag keukentafelgesprek"),
    ("table", [["Datum", "2 augustus 2025"], ["Locatie", "bij veehouder thuis, {Lageweg 3|A}, Holten"],
               ["Aanwezig", "{Willem Hofman|P} en {Truus Hofman-Slagman|P} (veehouder en echtgenote); "
                            "{Daan Ekkelenkamp|P} (provincie); {Gerjan Smit|P} (gebiedsmakelaar [[Gebiedsbureau Vechtdal|ORG]])"],
               ["Dossier", "[[RVOVO-2025-0388|CASE]]"]], [30, 136]),
    ("h2", "1. Situatie van het bedrijf"),
    ("p", "De heer {Hofman|P} (62) houdt 85 stuks vleesvee op 1,2 km van de [[Sallandse Heuvelrug|PLACE]]. Hij heeft een "
          "[[PAS-melding|TERM]] uit 2016. Er is geen opvolger: de dochter woont in [[Utrecht|PLACE]] en de zoon werkt bij "
          "[[Vion|ORG]] in [[Apeldoorn|PLACE]]."),
    ("h2", "2. Persoonlijke omstandigheden"),
    ("p", "Mevrouw {Hofman-Slagman|P} vertelt dat haar man {sinds zijn hartinfarct in 2023 medicatie gebruikt|H} en het werk "
          "zwaar valt. Zij zijn bang dat zij het erf moeten verlaten. De gebiedsmakelaar legt uit dat de woning buiten de "
          "regeling kan blijven."),
    ("h2", "3. Mogelijkheden"),
    ("p", "Besproken zijn: (a) deelname aan de [[Regeling Vrijwillige Opkoop Veehouderijen Overijssel|PROGRAMME]]; (b) extensiveren "
          "met de [[Subsidieregeling extensivering veehouderij|PROGRAMME]]; (c) wachten op legalisatie via het "
          "[[Programma Aanpak Meldingen|PROGRAMME]]. De heer {Hofman|P} wil eerst overleggen met zijn accountant "
          "(mevrouw {Dorien Averink|P} van [[Flynth|ORG]])."),
    ("h2", "3a. Vragen van de veehouder"),
    ("p", "De heer {Hofman|P} vraagt of hij na beëindiging nog paarden of schapen mag houden voor de hobby. De gebiedsmakelaar "
          "antwoordt dat dit volgens de regeling tot een beperkt aantal dieren is toegestaan, mits er geen stikstofdepositie "
          "op de [[Sallandse Heuvelrug|PLACE]] ontstaat; dat wordt met een [[AERIUS Calculator|PRODUCT]]-berekening getoetst. "
          "Hij vraagt ook of de vergoeding belast is; verwezen wordt naar de [[Belastingdienst|ORG]] en de "
          "[[stakingsvrijstelling|TERM]]. Mevrouw {Hofman-Slagman|P} wil weten of de buren te horen krijgen dat zij meedoen. "
          "Toegezegd is dat de provincie geen namen van deelnemers bekendmaakt, maar dat een Woo-verzoek ertoe kan leiden dat "
          "documenten openbaar worden, waarbij persoonsgegevens worden weggelakt."),
    ("p", "De heer {Ekkelenkamp|P} legt uit dat de taxatie wordt uitgevoerd door een onafhankelijk register-taxateur en dat de "
          "veehouder zelf een contra-expert mag inschakelen; de kosten daarvan vergoedt de provincie tot € 2.500. Ook de "
          "kosten van juridisch advies door [[Stichting Boerenvertrouwen Oost|ORG]] worden vergoed."),
    ("h2", "4. Afspraken"),
    ("table", [["Nr", "Afspraak", "Wie", "Wanneer"],
               ["1", "Indicatieve berekening vergoeding", "{DE|C}", "16-08"],
               ["2", "Contact met accountant", "{W.H.|C}", "23-08"],
               ["3", "Tweede gesprek, met dochter {Ilona|P}", "{GS|C}", "september"]], [10, 90, 26, 40]),
    ("h2", "5. Vervolg"),
    ("p", "Na het tweede gesprek beslist de veehouder of hij zich definitief aanmeldt. De aanmeldtermijn van de tweede ronde "
          "sluit op 31 december 2025. Bij aanmelding volgt een taxatie, waarna de provincie binnen acht weken een aanbod doet. "
          "De gebiedsmakelaar wijst erop dat de veehouder ook na het aanbod nog kan afzien van deelname."),
    ("p", "Het verslag is opgesteld in het kader van het gebiedsproces [[Salland|PLACE]]-Holterberg en wordt niet gedeeld met "
          "andere deelnemers van het gebiedsproces, ook niet met het waterschap of de gemeente [[Rijssen-Holten|ORG]]."),
    ("small", "Verslag opgesteld door {D. Ekkelenkamp|P}; ter akkoord gestuurd naar {w.hofman@live.nl|E}. Telefoon veehouder {0548 36 44 18|T}."),
], prod_str="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365"),

Doc("nb30", "Contactlijst gebiedsproces Salland", [
    ("h1", "Contactlijst gebiedsproces Salland-Holterberg (intern)"),
    ("table", [["Organisatie", "Contactpersoon", "Telefoon", "E-mail"],
               ["[[Provincie Overijssel|ORG]]", "{Daan Ekkelenkamp|P}", "{06 3147 0295|T}", "{d.ekkelenkamp@overijssel.nl|E}"],
               ["[[Provincie Overijssel|ORG]]", "{Esmée Vrielink|P}", "{038 499 7180|T}", "{e.vrielink@overijssel.nl|E}"],
               ["[[Gebiedsbureau Vechtdal|ORG]]", "{Gerjan Smit|P}", "{06-2093 3718|T}", "{gerjan.smit@gebiedsbureauvechtdal.nl|E}"],
               ["[[WDODelta|ORG]]", "{Annemiek de Ruiter|P}", "{038-455 62 14|T}", "{a.deruiter@wdodelta.nl|E}"],
               ["gemeente [[Rijssen-Holten|ORG]]", "{Gijs Nijboer|P}", "{0548-85 46 21|T}", "{g.nijboer@rijssen-holten.nl|E}"],
               ["[[LTO Noord|ORG]] afdeling Salland", "{Herman Wolbers|P}", "{06 5202 8813|T}", "{h.wolbers@ltonoord.nl|E}"],
               ["[[Natuurmonumenten|ORG]]", "{Sjoukje Bergsma|P}", "{06-4021 7765|T}", "{s.bergsma@natuurmonumenten.nl|E}"],
               ["[[Staatsbosbeheer|ORG]] ([[Nationaal Park Sallandse Heuvelrug|PLACE]])", "{Tom Ruessink|P}", "{+31 (0)30 692 6111|T}", "{t.ruessink@staatsbosbeheer.nl|E}"],
               ["[[Stichting Boerenvertrouwen Oost|ORG]]", "{Riek Dannenberg|P}", "{0800 - 2262 00|T}", "{riek@boerenvertrouwenoost.nl|E}"]],
     [40, 28, 30, 68]),
    ("p", "Algemene nummers: provincie [[038 499 88 99|PHONE_PUBLIC]]; gemeente [[14 0548|PHONE_PUBLIC]]; [[Omgevingsdienst IJsselland|ORG]] "
          "[[088 - 233 30 00|PHONE_PUBLIC]]. Bezoekadres bijeenkomsten: [[Natuurcentrum Nijverdal|BUILDING]], [[Grotestraat 281|ADDRESS_PUBLIC]]."),
], font="DejaVu", prod_str="Microsoft® Excel® 2019", creator="Microsoft® Excel® 2019"),

Doc("nb31", "Handhavingsverzoek geurhinder", [
    ("p", "{mw. drs. Charlotte Meulenbelt-van Loon|P}\n{Espelosestraat 40|A}\n{7451 RR|A} Holten\n{charlotte.meulenbelt@xs4all.nl|E}"),
    ("p", "Aan Gedeputeerde Staten van Overijssel\nHolten, 3 maart 2025"),
    ("p", "Betreft: verzoek om handhaving veehouderij {Hoge Esweg 14|A}"),
    ("p", "Geacht college,"),
    ("p", "Namens mijzelf en mijn buren {K. Bosch|P} en {A. Kaya-Bosch|P} verzoek ik u handhavend op te treden tegen de "
          "veehouderij van de heer {Mensink|P}. Wij zien sinds de zomer van 2024 meer koeien in de wei dan vroeger en het "
          "aantal melkwagens is toegenomen. Ik vermoed dat er meer dieren worden gehouden dan vergund."),
    ("p", "Ik heb hierover contact gehad met de [[Omgevingsdienst IJsselland|ORG]] (meldingsnummer [[M-25-00871|CASE]]) en "
          "met het [[Meldpunt Milieuklachten|ORG]] van de provincie. Tot nu toe is er niets gebeurd."),
    ("p", "Ik verzoek u binnen de wettelijke termijn op dit verzoek te beslissen. Ik ben bereikbaar op {06 - 48 22 07 61|T} "
          "(na 18.00 uur)."),
    ("p", "Met vriendelijke groet,\n\n{C. Meulenbelt-van Loon|P}"),
], producer="docx"),

Doc("nb32", "Besluit op Woo-verzoek WOO-2026-0117", [
    ("p", "[[Gedeputeerde Staten van Overijssel|ORG]]\n[[Luttenbergstraat 2|ADDRESS_PUBLIC]], [[Zwolle|PLACE]]"),
    ("p", "{Mevrouw N. El Idrissi|P}\n{Van Karnebeekstraat 31-II|A}\n{7511 GV|A} Enschede"),
    ("p", "Datum: 21 april 2026\nKenmerk: [[WOO-2026-0117|CASE]]\nBehandeld door: {A. Zwiers|P}"),
    ("h1", "Besluit op uw verzoek op grond van de Wet open overheid"),
    ("p", "Geachte {mevrouw El Idrissi|P},"),
    ("h2", "1. Uw verzoek"),
    ("p", "Op 9 maart 2026 heeft u ons verzocht om openbaarmaking van documenten over vergunningen voor Natura 2000-activiteiten "
          "van veehouderijen rond Holten en Ommen, over handhaving en over de [[Regeling Vrijwillige Opkoop Veehouderijen Overijssel|PROGRAMME]]."),
    ("h2", "2. Zienswijzen"),
    ("p", "Wij hebben elf derden in de gelegenheid gesteld een zienswijze te geven. Twee veehouders en één adviesbureau hebben "
          "bezwaar gemaakt tegen openbaarmaking van hun namen en bedrijfsgegevens. Wij hebben daarmee rekening gehouden."),
    ("h2", "3. Besluit"),
    ("p", "Wij maken de documenten gedeeltelijk openbaar. In de inventarislijst staat per document welke informatie is "
          "weggelakt en op welke grond."),
    ("h2", "4. Overwegingen"),
    ("p", "Persoonsgegevens (artikel 5.1, tweede lid, onder e, Woo). Namen, contactgegevens, handtekeningen en paraafcodes van "
          "medewerkers die niet in de openbaarheid treden maken wij niet openbaar. Dat geldt ook voor namen, adressen en "
          "telefoonnummers van veehouders, omwonenden en adviseurs. De namen van gedeputeerde [[Marieke ten Hove|OFFICIAL]], "
          "de commissaris van de Koning en de Statenleden maken wij wel openbaar, omdat zij in hun publieke functie optreden. "
          "Ook de naam van woordvoerder [[Jeroen Pasman|SPOKESPERSON]] blijft zichtbaar."),
    ("p", "Bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, Woo). Gegevens over de gezondheid van veehouders en "
          "omwonenden zijn geweigerd."),
    ("p", "Identificatienummers (artikel 5.1, eerste lid, onder e, Woo). Burgerservicenummers zijn geweigerd."),
    ("p", "Bedrijfsgegevens (artikel 5.1, eerste lid, onder c, Woo). De taxatiewaarden per bedrijfsonderdeel zijn geweigerd; "
          "het totaalbedrag van de vergoeding is openbaar, omdat het om besteding van publiek geld gaat."),
    ("h2", "5. Wijze van openbaarmaking"),
    ("p", "De documenten worden gepubliceerd op [[open.overheid.nl|URL]]. Een bezwaarschrift kunt u binnen zes weken indienen "
          "bij [[Gedeputeerde Staten van Overijssel|ORG]]."),
    ("sig", "[[Gedeputeerde Staten van Overijssel|ORG]],\nnamens dezen,\n\n{mr. C.E. Hakvoort|P}\nmanager [[eenheid Juridische Zaken|ORG]]"),
] + MOT, prod_str="Corsa 8.2 / Adobe PDF Library 17.11", creator="Corsa document management"),

Doc("nb33", "Inventarislijst WOO-2026-0117", [
    ("h1", "Inventarislijst bij besluit WOO-2026-0117"),
    ("table", [["Nr", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"],
               ["1", "Aanvraag omgevingsvergunning Natura 2000-activiteit", "14-04-2025", "deels openbaar", "5.1.2e, 5.1.1e", "[[Z2025-011832|CASE]]"],
               ["2", "AERIUS-berekening [[RUqk7ZV2h3Zs|CASE]]", "11-04-2025", "deels openbaar", "5.1.2e", ""],
               ["3", "E-mailwisseling referentiesituatie", "06-05-2025", "deels openbaar", "5.1.2e", ""],
               ["4", "Aanmeldformulier [[RVOVO]]", "20-05-2025", "deels openbaar", "5.1.2e, 5.1.1d, 5.1.1e", "[[RVOVO-2025-0214|CASE]]"],
               ["5", "Chatexport Teams", "13-05-2025", "deels openbaar", "5.1.2e", ""],
               ["6", "WhatsApp-export (bijlage zienswijze)", "20-05-2025", "deels openbaar", "5.1.2e, 5.1.1d", ""],
               ["7", "Zienswijze omwonenden", "19-09-2025", "deels openbaar", "5.1.2e, 5.1.1d", ""],
               ["8", "Bezwaarschrift [[Stichting Natuurbehoud Salland|ORG]]", "02-12-2025", "deels openbaar", "5.1.2e", "[[BZ-2025-0288|CASE]]"],
               ["9", "Verslag hoorzitting", "22-01-2026", "deels openbaar", "5.1.2e", ""],
               ["10", "Rapport controlebezoek", "30-04-2025", "deels openbaar", "5.1.2e, 5.1.1d", "[[HH-2025-0412|CASE]]"],
               ["11", "Brief veehouder (scan)", "02-06-2025", "deels openbaar", "5.1.2e, 5.1.1d", ""],
               ["12", "Beslisnota GS", "03-06-2025", "deels openbaar", "5.1.2e", "[[2025/0193517|CASE]]"],
               ["13", "Persbericht (concept)", "10-06-2025", "deels openbaar", "5.1.2e", "zie nr. 14"],
               ["14", "Persbericht", "12-06-2025", "openbaar", "-", "reeds openbaar"],
               ["15", "Facturen ecoloog en taxateur", "diverse", "deels openbaar", "5.1.2e", ""],
               ["16", "Rooster toezichthouders", "01-07-2025", "deels openbaar", "5.1.2e", ""],
               ["17", "Taxatierapport", "18-06-2025", "deels openbaar", "5.1.2e, 5.1.1c, 5.1.1e", ""],
               ["18", "Besluit omgevingsvergunning", "23-10-2025", "deels openbaar", "5.1.2e", ""],
               ["19", "Statenvragen en antwoord", "26-06-2025", "openbaar", "-", "[[PS/2025/0417|CASE]]"],
               ["20", "Presentielijst informatieavond", "24-06-2025", "deels openbaar", "5.1.2e", ""],
               ["21", "Vooraankondiging last onder dwangsom", "04-09-2025", "deels openbaar", "5.1.2e", "[[HH-2025-0588|CASE]]"],
               ["22", "Overeenkomst beëindiging", "15-07-2025", "deels openbaar", "5.1.2e, 5.1.1c", ""],
               ["23", "Gespreksverslag keukentafelgesprek", "02-08-2025", "deels openbaar", "5.1.2e, 5.1.1d", "[[RVOVO-2025-0388|CASE]]"],
               ["24", "Interne notities gedeputeerde", "diverse", "niet openbaar", "5.2.1", "persoonlijke beleidsopvattingen"]],
     [8, 54, 20, 24, 28, 32]),
    ("small", "Gedeputeerde [[Marieke ten Hove|OFFICIAL]] en commissaris van de Koning [[Andries Kuipers|OFFICIAL]] worden "
              "in de documenten bij naam genoemd. Lijst opgesteld door {AZw|C}; controle {CEH|C}."),
], prod_str="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365"),
]

# letters and reports set in 11 pt (as most provincial templates are)
for _d in DOCS:
    if _d.stem in {"nb03", "nb05", "nb10", "nb12", "nb25", "nb26", "nb27", "nb28", "nb29", "nb32", "nb20"}:
        _d.fs = 11
