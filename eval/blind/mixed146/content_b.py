from lib import Doc
DOCS = []
D = DOCS.append

D(Doc("az09_brief_burgemeester_bewoners", [
 "{{O:Gemeente Oosterwierum}} | {{L:Raadhuisplein 1}} | {{S:14 0596}} | {{L:www.oosterwierum.nl}}",
 "Aan de bewoners van de {{L:Zuiderhamweg}}, de {{L:Molenwijk}} en de {{L:Kerkstraat}}",
 "Datum: 9 oktober 2026 | Kenmerk: {{R:Z/26/041877}}",
 "Onderwerp: opvanglocatie Zuiderhamweg, vervolg na de informatieavond",
 "Beste bewoners,",
 "Op 1 oktober kwamen ruim 250 inwoners naar {{Z:Dorpshuis De Klinker}}. Ik dank u voor uw komst en voor de vragen, ook de kritische. Ik begrijp dat velen zich overvallen voelen. Dat neem ik mij aan.",
 "Wat gaan we doen? Het {{O:COA}} en de gemeente richten een klankbordgroep op. Er komt een verkeersonderzoek naar de {{L:Zuiderhamweg}} door {{O:Goudappel}}. De gemeenteraad bespreekt de locatie op 12 november 2026 in een openbare vergadering; u kunt inspreken bij de griffie via {{M:griffie@oosterwierum.nl}}.",
 "Heeft u vragen? Neem contact op met onze projectleider, de heer [[P:G. van 't Hof]], telefoon [[T:0596 63 12 77]], of mail naar {{M:azc@oosterwierum.nl}}.",
 "Met vriendelijke groet,",
 "{{N:R.F. Hofstee}}",
 "{{F:burgemeester van Oosterwierum}}",
], producer="Microsoft® Word 2019", creator="Microsoft® Word 2019", font="DejaVuSans"))

D(Doc("az10_raadsvragen", [
 "# Schriftelijke vragen ex artikel 41 Reglement van orde",
 "Datum: 6 oktober 2026 | Indieners: {{N:raadslid Wendy Smeenk}} ({{O:GroenLinks-PvdA}}) en {{N:raadslid Harm Bolhuis}} ({{O:Gemeentebelangen Oosterwierum}})",
 "Onderwerp: communicatie en veiligheid rond de opvanglocatie Zuiderhamweg",
 "Op de informatieavond van 1 oktober bleek dat omwonenden pas via de krant van de plannen hoorden. Een bewoner van de Zuiderhamweg, [[P:de heer Huizinga]], vertelde dat hij zich al maanden zorgen maakt over het verkeer. Ook in een buurtapp worden volgens ons zorgwekkende berichten gedeeld.",
 "1. Waarom zijn de omwonenden niet vóór de ondertekening van de bestuursovereenkomst op 22 september geïnformeerd?",
 "2. Klopt het dat het {{O:COA}} 40 plaatsen voor alleenstaande minderjarige vreemdelingen ({{F:amv}}) wil realiseren?",
 "3. Welke afspraken zijn er met {{O:politie Noord-Nederland}} gemaakt?",
 "4. Is het college bekend met berichten in een WhatsApp-groep van de Molenwijk waarin wordt opgeroepen tot acties op het terrein?",
 "5. Is het college bereid het verkeersonderzoek openbaar te maken?",
 "{{N:Wendy Smeenk}}, fractievoorzitter {{O:GroenLinks-PvdA}}",
 "{{N:Harm Bolhuis}}, raadslid {{O:Gemeentebelangen Oosterwierum}}",
], producer="Microsoft® Word for Microsoft 365", creator="iBabs Raadsinformatiesysteem"))

D(Doc("az11_antwoord_college", [
 "# Beantwoording schriftelijke vragen",
 "Vragen van {{N:raadslid Wendy Smeenk}} en {{N:raadslid Harm Bolhuis}} over de opvanglocatie Zuiderhamweg | Kenmerk {{R:Z/26/042301}} | 27 oktober 2026",
 "Antwoord 1: Het college heeft in augustus de dorpsraad vertrouwelijk geïnformeerd. Achteraf had het college omwonenden eerder moeten betrekken.",
 "Antwoord 2: Ja. Het COA heeft aangegeven dat de amv-groep kleinschalig wordt opgevangen in een aparte unit met 24-uursbegeleiding door {{O:Nidos}}.",
 "Antwoord 3: Er is een veiligheidsadvies opgesteld door {{O:politie Noord-Nederland}}, basisteam {{O:Oost-Groningen}}, en de {{O:Veiligheidsregio Groningen}}. Het advies gaat uit van een vaste wijkagent en een maandelijks overleg.",
 "Antwoord 4: Ja. Het college heeft hiervan melding gedaan bij de politie. Het college gaat niet in op individuele berichten of personen.",
 "Antwoord 5: Ja, het rapport van {{O:Goudappel}} wordt na afronding op {{L:www.oosterwierum.nl/azc}} gepubliceerd.",
 "Aanvullend: het college heeft op 20 oktober 2026 besloten een klankbordgroep in te stellen onder onafhankelijk voorzitterschap. De gemeenteraad ontvangt de verslagen. Daarnaast komt er een spreekuur in {{Z:Dorpshuis De Klinker}}, elke eerste dinsdag van de maand.",
 "Burgemeester en wethouders van Oosterwierum,",
 "de secretaris, {{N:mr. J.H. Kamminga}} | de burgemeester, {{N:R.F. Hofstee}}",
 "Ambtelijk voorbereid door: [[P:A. Wiersma]] / [[P:G. van 't Hof]]",
], size=14, producer="Microsoft® Word 2019", creator="Microsoft® Word 2019", font="Times-Roman"))

D(Doc("az12_veiligheidsadvies", [
 "# Veiligheidsadvies opvanglocatie Zuiderhamweg",
 "{{O:Politie Noord-Nederland}}, basisteam {{O:Oost-Groningen}} | in samenwerking met {{O:Veiligheidsregio Groningen}} | 14 oktober 2026 | {{R:PNN-OG/2026/0933}}",
 "# 1. Aanleiding",
 "Op verzoek van {{N:burgemeester Hofstee}} is beoordeeld welke maatregelen nodig zijn rond de opvanglocatie aan de {{L:Zuiderhamweg}}.",
 "# 2. Risicobeeld",
 "In de omgeving zijn geen bijzondere criminaliteitscijfers bekend. Wel is sprake van maatschappelijke onrust: in een buurtapp zijn berichten gedeeld met een oproep om 'het hek eruit te trekken'. Een van de beheerders van die groep, [[P:Dennis Wolters]] (geb. [[D:14-03-1988]]), is bij de politie bekend van een eerdere vernieling. Een stopgesprek is gevoerd op 12 oktober 2026.",
 "# 3. Advies",
 "- Vaste wijkagent: [[P:Marloes Bakker]], bereikbaar via [[T:06-52 34 90 11]] of [[E:marloes.bakker@politie.nl]]; algemeen nummer {{S:0900-8844}}.",
 "- Cameratoezicht bij de ingang; verlichting fietspad {{L:Zuiderhamweg}}.",
 "- Brandveiligheid: toets door {{O:Veiligheidsregio Groningen}} vóór ingebruikname (contact: [[P:ing. R.J. Haikens]], [[T:050 - 599 87 14]]).",
 "- Een omgevingsoverleg COA-politie-gemeente eens per maand in het eerste jaar.",
 "# 4. Maatregelen per fase",
 "| Fase | Maatregel | Verantwoordelijk |",
 "| Bouwfase | bouwhek, verlichting, mobiele beveiliging 's nachts | {{O:COA}} / {{O:Trigion}} |",
 "| Bouwfase | extra surveillance {{L:Molenwijk}} en {{L:Zuiderhamweg}} | {{O:politie Noord-Nederland}} |",
 "| Ingebruikname | kennismaking wijkagent met bewoners locatie | {{O:politie Noord-Nederland}} |",
 "| Ingebruikname | brandveiligheidsschouw | {{O:Veiligheidsregio Groningen}} |",
 "| Eerste jaar | maandelijks omgevingsoverleg | gemeente, COA, politie |",
 "| Eerste jaar | monitoring meldingen en incidenten | gemeente ({{F:afdeling Openbare Orde en Veiligheid}}) |",
 "# 5. Communicatie",
 "Bewoners kunnen overlast melden via {{S:0900-8844}} (politie, geen spoed), {{S:112}} (spoed) of de omgevingslijn van het COA {{S:088 - 715 80 00}}. De gemeente publiceert elk kwartaal een overzicht van meldingen op {{L:www.oosterwierum.nl/azc}}.",
 "# 6. Juridisch kader",
 "De burgemeester heeft bevoegdheden op grond van de {{W:Gemeentewet}} (artikelen 172, 174 en 175) en de {{W:Algemene plaatselijke verordening Oosterwierum}}. Cameratoezicht vereist een besluit op grond van {{W:artikel 151c Gemeentewet}}.",
 "Opgesteld door: [[P:inspecteur W. Geertsema]], teamchef a.i. | gezien: [[P:S.A. de Wit]] (districtsstaf)",
], size=12, producer="Nitro Pro 13.70.2.40", creator="Nitro Pro", font="Helvetica"))
