"""Document texts of set CP (mixed84). Markup: [[personal data|KIND]] and {{keep|KIND}} (see make_set.py).
All persons, numbers and addresses of persons are invented; see README.md."""
from make_set import Doc

GEM = "Gemeente Rotterdam"
FOOT_GEM = "Gemeente Rotterdam | Directie Veiligheid | Coolsingel 40, 3011 AD Rotterdam | 14 010 | rotterdam.nl"


def mail_hdr(lines):
    return "\n".join(lines)


def cp01():
    d = Doc("cp01", "Kennisgeving betoging 15 maart 2025", "rl", "Helvetica", 10,
            header="Gemeente Rotterdam", header2="Kennisgeving manifestatie (webformulier)", footer=FOOT_GEM)
    d.add("h", "Kennisgeving betoging of manifestatie")
    d.add("p", "Ingediend via {{rotterdam.nl}} op 24 februari 2025 om 21:14 uur. Zaaknummer {{Z-25-118734}}. "
               "Deze kennisgeving is gedaan op grond van artikel 4 van de {{Wet openbare manifestaties}} en "
               "artikel 2:3 van de {{Algemene plaatselijke verordening Rotterdam 2012}}.")
    d.add("h2", "Gegevens van de organisator")
    d.add("field", "Naam contactpersoon", "Noor van Lieshout", "naam",
          probes=[("PERSON", "Lieshout"), ("PERSON", "Noor")])
    d.add("field", "Geboortedatum", "11-08-1994", "geboortedatum", probes=[("DOB", "11-08-1994")])
    d.add("field", "Adres", "Zwaanshals 214B", "adres", probes=[("ADDRESS", "Zwaanshals 214B")])
    d.add("field", "Postcode en woonplaats", "3035 KS Rotterdam", "postcode", probes=[("ADDRESS", "3035 KS")])
    d.add("field", "Mobiel nummer", "06-19283746", "mobiel", probes=[("PHONE", "06-19283746")])
    d.add("field", "E-mailadres", "noor.vanlieshout@protonmail.com", "email",
          probes=[("EMAIL", "noor.vanlieshout@protonmail.com")])
    d.add("sp", 6)
    d.add("h2", "Gegevens van de manifestatie")
    d.add("t", [["Onderdeel", "Opgave"],
                ["Namens organisatie", "{{Huurders in Verzet}} (collectief), gesteund door de {{Woonbond}} en {{FNV Rotterdam}}"],
                ["Titel", "{{Mars voor Betaalbaar Wonen}}"],
                ["Datum en tijd", "zaterdag 15 maart 2025, 13:00 tot 16:30 uur"],
                ["Startlocatie", "{{Hofplein}} (zijde {{Schiekade}})"],
                ["Route", "{{Hofplein}} - {{Coolsingel}} - {{Stadhuisplein}} - {{Churchillplein}} - {{Schiedamse Vest}} - {{Witte de Withstraat}} - {{Museumpark}}"],
                ["Eindlocatie", "{{Museumpark}}, slotmanifestatie met podium"],
                ["Verwacht aantal", "2.500 tot 4.000 deelnemers"],
                ["Ordedienst", "40 vrijwilligers in gele hesjes, coördinator zie contactpersoon"],
                ["Hulpmiddelen", "geluidswagen, spandoeken, 2 bakfietsen met versterker"]],
      cw=[45, 125])
    d.add("p", "Behandelaar gemeente: [[Ruben Bakhuis-Osei]], adviseur {{Openbare Orde en Veiligheid}}, "
               "[[r.bakhuis-osei@rotterdam.nl]]. Vragen over de kennisgeving kunt u ook stellen via "
               "{{14 010}} of {{evenementen@rotterdam.nl|MAILBOX}}.")
    d.add("p", "Let op: de gemeente kan op grond van artikel 5 van de {{Wet openbare manifestaties}} voorschriften "
               "en beperkingen stellen of de betoging verbieden. U ontvangt binnen vijf werkdagen een "
               "ontvangstbevestiging.", style="small")
    return d


def cp02():
    d = Doc("cp02", "RE: Kennisgeving Mars voor Betaalbaar Wonen 15-3", "rl", "LibSans", 9.5)
    d.add("p", mail_hdr([
        "Van: [[Hanneke van der Sluis]] <[[hanneke.vandersluis@rotterdam.nl]]>",
        "Verzonden: dinsdag 4 maart 2025 16:12",
        "Aan: [[Nieuwenhuizen]], [[Frank]] <[[frank.nieuwenhuizen@politie.nl]]>",
        "CC: Team OOV piket <{{oov-piket@rotterdam.nl|MAILBOX}}>; [[Bakhuis-Osei]], [[Ruben]]",
        "Onderwerp: RE: Kennisgeving {{Mars voor Betaalbaar Wonen}} 15/3 - {{Z-25-118734}}"]))
    d.add("p", "Hoi [[Frank]],")
    d.add("p", "Dank voor je snelle reactie. Ik stel voor dat we de organisatie op maandag 10 maart om 10:00 uur "
               "uitnodigen in het {{Stadhuis}} voor een voorbereidend gesprek. Van onze kant schuiven [[Ruben]] en ik "
               "aan; fijn als [[Jeroen Kraaijeveld]] namens jullie als beoogd C-SGBO meekomt. De route via de "
               "{{Coolsingel}} en het {{Stadhuisplein}} lijkt ons haalbaar, maar de {{Erasmusbrug}} willen we niet "
               "in de route hebben vanwege de {{RET}}-tram en de afsluiting van de {{Willemsbrug}} voor werkzaamheden.")
    d.add("p", "Over de tegendemonstratie van {{Rotterdam Wil Wonen}} op het {{Churchillplein}} hebben we nog geen "
               "kennisgeving ontvangen, alleen de berichten op X. Kunnen jullie via de {{DRIO}} nagaan of daar "
               "meer over bekend is? De burgemeester wil in de driehoek van 11 maart een eerste beeld.")
    d.add("p", "Groet,\n[[Hanneke]]")
    d.add("p", "[[Hanneke van der Sluis]] | Senior adviseur Openbare Orde en Veiligheid\n"
               "{{Directie Veiligheid}} | {{Gemeente Rotterdam}}\n"
               "M [[06 41 87 35 20]] | T {{14 010}}\n"
               "{{Stadhuis}}, {{Coolsingel 40}}, 3011 AD Rotterdam", style="small")
    d.add("p", "----- Oorspronkelijk bericht -----")
    d.add("p", mail_hdr([
        "Van: [[Nieuwenhuizen]], F. ([[Frank]]) <[[frank.nieuwenhuizen@politie.nl]]>",
        "Verzonden: dinsdag 4 maart 2025 11:47",
        "Aan: [[Sluis]], [[Hanneke van der]] <[[hanneke.vandersluis@rotterdam.nl]]>",
        "Onderwerp: RE: Kennisgeving {{Mars voor Betaalbaar Wonen}} 15/3"]))
    d.add("p", "[[Hanneke]],")
    d.add("p", "Wij hebben de kennisgeving ook binnen. Ons eerste beeld: het merendeel van de deelnemers is "
               "vreedzaam, maar er is een kleine groep die eerder bij de woonprotesten in {{Amsterdam}} en "
               "{{Den Haag}} betrokken was bij ongeregeldheden. Ik laat de {{DRIO}} een weegdocument maken. "
               "Voor het overleg met de organisatie kan ik niet zelf; [[Jeroen]] komt wel.")
    d.add("p", "Mvg,\n[[F. Nieuwenhuizen]]\nDistrictchef {{Rotterdam-Stad}}\n{{Politie eenheid Rotterdam}}\n"
               "Mobiel [[06-52019384]] | algemeen {{0900-8844}}\n{{Doelwater 5}}, 3011 AH Rotterdam", style="small")
    d.add("p", "----- Oorspronkelijk bericht -----")
    d.add("p", mail_hdr([
        "Van: [[Bakhuis-Osei]], [[Ruben]] <[[r.bakhuis-osei@rotterdam.nl]]>",
        "Verzonden: maandag 3 maart 2025 09:05",
        "Aan: [[Nieuwenhuizen]], [[Frank]]; [[Sluis]], [[Hanneke van der]]",
        "Onderwerp: Kennisgeving {{Mars voor Betaalbaar Wonen}} 15/3"]))
    d.add("p", "Goedemorgen [[Frank]] en [[Hanneke]],")
    d.add("p", "Bijgaand de kennisgeving van {{Huurders in Verzet}} voor zaterdag 15 maart. Contactpersoon is "
               "mevrouw [[Van Lieshout]] ([[06-19283746]]); zij heeft ook een coördinator ordedienst opgegeven, "
               "de heer [[Sem Bouzaher]]. Zij verwachten 2.500 tot 4.000 deelnemers en starten op het "
               "{{Hofplein}}.")
    d.add("p", "Met vriendelijke groet,\n[[Ruben Bakhuis-Osei]]\nAdviseur OOV | {{Gemeente Rotterdam}}\n"
               "T [[010 498 27 63]] (direct)", style="small")
    return d


def cp03():
    d = Doc("cp03", "RE: weegdocument en ZSM-inzet 15 maart", "rl", "Carlito", 10.5, creator="Microsoft Outlook")
    d.add("p", mail_hdr([
        "From: [[El Idrissi]], [[Yasmina]] <[[y.elidrissi@om.nl]]>",
        "Sent: Thursday, March 6, 2025 9:47 AM",
        "To: [[Kraaijeveld]], J.W.M. <[[jeroen.kraaijeveld@politie.nl]]>",
        "Cc: [[Sluis, H. van der]] <[[hanneke.vandersluis@rotterdam.nl]]>; [[Zwetsloot]], [[Bart]] <[[b.zwetsloot@om.nl]]>",
        "Subject: RE: weegdocument en ZSM-inzet 15 maart"]))
    d.add("p", "Dag [[Jeroen]],")
    d.add("p", "Dank voor het weegdocument. Namens het {{Openbaar Ministerie}} ({{arrondissementsparket Rotterdam}}) "
               "ben ik op 15 maart piketofficier. Afspraken: bij openlijke geweldpleging ({{artikel 141 Sr}}) en "
               "geweld tegen hulpverleners houden we verdachten zo mogelijk vast voor {{snelrecht}}; bij het niet "
               "voldoen aan een bevel ({{artikel 184 Sr}}) of overtreding van een noodbevel ({{artikel 443 Sr}}) "
               "volgt in principe een strafbeschikking via {{ZSM}}. [[Bart]] regelt de zittingscapaciteit bij de "
               "politierechter op dinsdag 18 maart.")
    d.add("p", "De hoofdofficier wil vooraf een korte mondelinge update; die kan ik in de driehoek van 11 maart geven.")
    d.add("p", "Met vriendelijke groet,\nmr. [[Y. el Idrissi]]\nOfficier van justitie | {{Openbaar Ministerie}}\n"
               "{{Wilhelminaplein 1}}, 3072 DE Rotterdam\nM: [[06-27718450]] | T: {{088 699 1000}} (algemeen)",
          style="small")
    d.add("p", "________________________________")
    d.add("p", mail_hdr([
        "From: [[Kraaijeveld]], J.W.M. <[[jeroen.kraaijeveld@politie.nl]]>",
        "Sent: Wednesday, March 5, 2025 5:31 PM",
        "To: [[El Idrissi]], [[Yasmina]] <[[y.elidrissi@om.nl]]>",
        "Cc: [[hanneke.vandersluis@rotterdam.nl]]",
        "Subject: weegdocument en ZSM-inzet 15 maart",
        "Attachments: Weegdocument Mars 15-3 v0.3.pdf"]))
    d.add("p", "[[Yasmina]],")
    d.add("p", "In de bijlage het weegdocument van de {{DRIO}}. Samengevat verwachten wij een vreedzame hoofdstoet, "
               "maar een risico op confrontaties bij het {{Churchillplein}} waar {{Rotterdam Wil Wonen}} zich "
               "mogelijk verzamelt. Wij zetten twee pelotons {{ME}} in, plus een arrestatieteam in de reserve. "
               "Ik ben C-SGBO; mijn plaatsvervanger is [[Dennis Hofstede]].")
    d.add("p", "Kind regards / met vriendelijke groet,\n[[Jeroen Kraaijeveld]] (C-SGBO)\nPolitie | Eenheid Rotterdam | "
               "Staf Operaties\nDienstnummer [[884213|PERSONNEL]] | M [[06-30419857]]", style="small")
    d.add("p", "Dit bericht kan informatie bevatten die niet voor u is bestemd. Indien u niet de geadresseerde bent, "
               "wordt u verzocht dit aan de afzender te melden en het bericht te verwijderen.", style="small")
    return d


def cp04():
    d = Doc("cp04", "Ontvangstbevestiging kennisgeving en voorschriften", "docx", size=10,
            header="Gemeente Rotterdam - Directie Veiligheid", footer=FOOT_GEM)
    d.add("p", "Aangetekend en per e-mail\nMevrouw N. [[van Lieshout]]\n[[Zwaanshals 214B|ADDRESS]]\n"
               "[[3035 KS|ADDRESS]]  ROTTERDAM")
    d.add("t", [["Datum", "7 maart 2025"],
                ["Ons kenmerk", "{{Z-25-118734}} / {{U-25-0412}}"],
                ["Behandeld door", "[[R. Bakhuis-Osei]]"],
                ["Telefoon", "[[010 498 27 63]]"],
                ["E-mail", "[[r.bakhuis-osei@rotterdam.nl]]"],
                ["Onderwerp", "Ontvangstbevestiging kennisgeving en voorschriften betoging 15 maart 2025"]],
      head=False, labels=True, cw=[40, 120])
    d.add("p", "Geachte mevrouw [[Van Lieshout]],")
    d.add("p", "Op 24 februari 2025 heeft u namens {{Huurders in Verzet}} kennis gegeven van een betoging op "
               "zaterdag 15 maart 2025 onder de naam {{Mars voor Betaalbaar Wonen}}. Hierbij bevestig ik de "
               "ontvangst. Op 10 maart 2025 hebben wij de betoging met u en de heer [[Bouzaher]] besproken.")
    d.add("p", "Op grond van artikel 5, eerste lid, van de {{Wet openbare manifestaties}} verbind ik de volgende "
               "voorschriften aan de betoging:")
    d.add("p", "1. De betoging start om 13:00 uur op het {{Hofplein}} en eindigt uiterlijk om 16:30 uur in het "
               "{{Museumpark}}.\n2. De route loopt over de {{Coolsingel}}, het {{Stadhuisplein}}, het "
               "{{Churchillplein}}, de {{Schiedamse Vest}} en de {{Witte de Withstraat}}. De {{Erasmusbrug}} en de "
               "{{Van Oldenbarneveltplaats}} maken geen deel uit van de route.\n3. De organisatie zet ten minste "
               "40 herkenbare ordedienstleden in.\n4. Aanwijzingen van de politie en de toezichthouders van "
               "{{Stadsbeheer}} worden direct opgevolgd.\n5. Geluidsversterking is toegestaan tot 90 dB(A) gemeten "
               "op 15 meter afstand.")
    d.add("p", "Tegen deze voorschriften kunt u binnen zes weken bezwaar maken bij de burgemeester. U kunt ook de "
               "voorzieningenrechter van de {{rechtbank Rotterdam}} om een voorlopige voorziening vragen.")
    d.add("p", "Met vriendelijke groet,\nde burgemeester van Rotterdam,\nnamens deze,")
    d.add("sig", "M. ter Horst")
    d.add("p", "[[M. ter Horst]]\nteamleider {{Openbare Orde en Veiligheid}}")
    d.add("p", "Afschrift: {{Politie eenheid Rotterdam}}, districtchef {{Rotterdam-Stad}}", style="small")
    return d


def cp05():
    d = Doc("cp05", "Weegdocument Mars voor Betaalbaar Wonen 15-3 v0.3", "rl", "DejaVu", 9,
            header="POLITIE - Eenheid Rotterdam", header2="Dienst Regionale Informatieorganisatie (DRIO)",
            hcolor="#15315b", footer="Politie vertrouwelijk - alleen voor de driehoek en de SGBO", author="Politie")
    d.add("h", "Weegdocument manifestatie 15 maart 2025")
    d.add("t", [["Kenmerk", "{{DRIO-RT-2025-0317}}"], ["Versie", "0.3 (5 maart 2025)"],
                ["Opgesteld door", "[[S. Pellikaan]], analist {{DRIO}}"],
                ["Geverifieerd", "[[T. Vrijhof]] (teamleider)"],
                ["Betrouwbaarheid", "B2 (doorgaans betrouwbare bron, waarschijnlijk juist)"]],
      head=False, labels=True, cw=[40, 130])
    d.add("h2", "1. Aanleiding")
    d.add("p", "{{Huurders in Verzet}} heeft een betoging aangemeld van {{Hofplein}} naar {{Museumpark}}. Op sociale "
               "media roept {{Rotterdam Wil Wonen}} op tot een 'tegengeluid' op het {{Churchillplein}}. In "
               "{{Amsterdam}} (januari 2025) en {{Utrecht}} (februari 2025) leidden vergelijkbare betogingen tot "
               "vernielingen aan makelaarskantoren.")
    d.add("h2", "2. Groepen en personen")
    d.add("t", [["Groep / persoon", "Verwachting", "Duiding"],
                ["{{Huurders in Verzet}}", "2.500-4.000", "vreedzaam; eigen ordedienst; goede contacten met de gemeente"],
                ["{{Rotterdam Wil Wonen}}", "50-150", "losse groep; eerder confrontaties gezocht in {{Den Haag}}"],
                ["Actiegroep '{{Kraken is Wonen}}'", "30-60", "kans op bezetting van een leegstaand pand aan de {{Karel Doormanstraat}}"],
                ["[[Kevin Stolwijk]] (geb. [[14-02-1998]])", "aanwezig", "[[in 2022 veroordeeld voor openlijke geweldpleging|CRIMINAL]]; "
                 "beheerder Telegramkanaal; woonachtig [[Bergselaan 77A|ADDRESS]]"],
                ["[[Rishi Mahabier]] (geb. [[22-11-1989]])", "mogelijk", "[[gebiedsverbod centrum tot 1 mei 2025|CRIMINAL]]"]],
      cw=[48, 25, 97])
    d.add("h2", "3. Scenario's")
    d.add("p", "A. Vreedzaam verloop (waarschijnlijk). B. Confrontatie bij het {{Churchillplein}} tussen beide groepen "
               "(reëel). C. Vernielingen in de {{Witte de Withstraat}} en de {{Lijnbaan}} na afloop (reëel). "
               "D. Bezetting van een pand (mogelijk).")
    d.add("h2", "4. Advies")
    d.add("p", "Inzet van twee pelotons {{ME}}, een arrestatieteam in reserve, camera-toezicht via de "
               "{{Mobiele Camera Unit}} en een geluidswagen. Overweeg een noodbevel op voorhand voor te bereiden "
               "voor het gebied {{Coolsingel}} - {{Schiedamse Vest}} - {{Churchillplein}}. Contact DRIO: "
               "{{drio.rotterdam@politie.nl|MAILBOX}}.")
    return d


def cp06():
    d = Doc("cp06", "Verslag voorbereidend overleg betoging 15 maart 2025", "docx", size=10,
            header="Gemeente Rotterdam", footer="Verslag - vastgesteld 12 maart 2025 - Z-25-118734",
            author="Gemeente Rotterdam",
            post={"info": {"/Author": "Esther Wolfswinkel"}})
    d.hidden("PERSON", "Esther Wolfswinkel (Info /Author)", "Wolfswinkel", "metadata")
    d.add("h", "Verslag voorbereidend overleg Mars voor Betaalbaar Wonen")
    d.add("p", "Datum: maandag 10 maart 2025, 10:00-11:30 uur\nLocatie: {{Stadhuis}}, zaal 1.40\n"
               "Zaaknummer: {{Z-25-118734}}")
    d.add("t", [["Aanwezig", "Namens", "Code"],
                ["[[Noor van Lieshout]]", "{{Huurders in Verzet}}, organisator", "[[NvL|PARAPH]]"],
                ["[[Sem Bouzaher]]", "{{Huurders in Verzet}}, coördinator ordedienst", "[[SB|PARAPH]]"],
                ["[[Hanneke van der Sluis]]", "gemeente, senior adviseur OOV (voorzitter)", "[[HvdS|PARAPH]]"],
                ["[[Ruben Bakhuis-Osei]]", "gemeente, adviseur OOV (verslag)", "[[RBO|PARAPH]]"],
                ["[[J.W.M. Kraaijeveld]]", "politie, C-SGBO", "[[JK|PARAPH]]"],
                ["[[Lars Gijsbers]]", "{{RET}}, verkeersleiding", "[[LG|PARAPH]]"],
                ["[[Fatima Ouali]]", "{{Stadsbeheer}}, toezicht en handhaving", "[[FO|PARAPH]]"]], cw=[50, 90, 20])
    d.add("p", "Afwezig met bericht: districtchef politie; {{GGD Rotterdam-Rijnmond}}.")
    d.add("h2", "1. Opening en doel")
    d.add("p", "[[HvdS|PARAPH]] opent en licht toe dat het overleg dient om de voorschriften op grond van de "
               "{{Wet openbare manifestaties}} af te stemmen. De gemeente faciliteert betogingen; beperkingen "
               "zijn alleen mogelijk ter bescherming van de gezondheid, het verkeer of ter voorkoming van wanordelijkheden.")
    d.add("h2", "2. Route en tijden")
    d.add("p", "[[NvL|PARAPH]] wil graag over de {{Erasmusbrug}} naar de {{Kop van Zuid}}. [[LG|PARAPH]] geeft aan dat dit niet "
               "kan: tramlijnen 20, 23 en 25 rijden over de brug en de {{Willemsbrug}} is dicht. Afgesproken "
               "wordt de route {{Hofplein}} - {{Coolsingel}} - {{Churchillplein}} - {{Witte de Withstraat}} - "
               "{{Museumpark}}. [[JK|PARAPH]] vraagt om een bufferzone bij het {{Churchillplein}} in verband met een mogelijke "
               "tegendemonstratie.")
    d.add("h2", "3. Ordedienst en communicatie")
    d.add("p", "[[SB|PARAPH]] zet 40 ordedienstleden in, herkenbaar aan gele hesjes. Hij is tijdens de betoging bereikbaar op "
               "[[06-33827461]]; [[NvL|PARAPH]] op haar eigen mobiele nummer. [[FO|PARAPH]] vraagt om het podium in het "
               "{{Museumpark}} vóór 12:00 uur op te bouwen. De politie communiceert via het {{Twitter/X}}-account "
               "{{@politie_rdam}}.")
    d.add("pb")
    d.add("h2", "4. Actielijst")
    d.add("t", [["Nr.", "Actie", "Wie", "Gereed"],
                ["1", "Ontvangstbevestiging met voorschriften versturen", "[[RBO|PARAPH]]", "7 maart (gedaan)"],
                ["2", "Bufferzone {{Churchillplein}} uitwerken met hekken", "[[JK|PARAPH]] / [[FO|PARAPH]]", "13 maart"],
                ["3", "Lijst ordedienstleden met telefoonnummers aan politie", "[[SB|PARAPH]]", "12 maart"],
                ["4", "Omleiding tramlijnen en communicatie reizigers", "[[LG|PARAPH]]", "13 maart"],
                ["5", "Driehoek informeren over uitkomst overleg", "[[HvdS|PARAPH]]", "11 maart"],
                ["6", "Scenario noodbevel juridisch voorbereiden", "[[HvdS|PARAPH]] met jurist", "14 maart"]],
      cw=[10, 90, 35, 30])
    d.add("p", "Volgende afstemming: vrijdag 14 maart 2025, 09:00 uur (Teams).")
    return d


def cp07():
    d = Doc("cp07", "Signal-export groep Mars 15/3 orga (bijlage 3 bij bezwaar)", "rl", "LibMono", 8.5,
            author="Maasstad Advocaten")
    d.add("p", "Bijlage 3 bij bezwaarschrift d.d. 21 maart 2025 - export van de Signal-groep 'Mars 15/3 orga', "
               "door cliënte verstrekt. Tijden in lokale tijd.", style="small")
    d.add("mono", "Leden:\n"
                  "  [[Noor]]     [[+31 6 19283746]]\n"
                  "  [[Sem]]      [[+31 6 33827461]]\n"
                  "  [[Jip]]      [[+31 6 41902275]]\n"
                  "  [[Fenna]]    [[+31 6 58210937]]\n"
                  "  [[Mo]]       [[+31 6 20447618]]\n"
                  "----------------------------------------------------------------------\n"
                  "[15-03-2025 08:55] [[Sem]]: goedemorgen allemaal, hesjes liggen bij mij thuis, ophalen vanaf 11u\n"
                  "[15-03-2025 09:02] [[Noor]]: top. Ik heb gisteren nog met [[Hanneke]] van de gemeente gebeld, route\n"
                  "                   blijft zoals afgesproken, geen {{Erasmusbrug}}\n"
                  "[15-03-2025 09:04] [[Jip]]: jammer maar oké. geluidswagen staat om 12u op {{Hofplein}}\n"
                  "[15-03-2025 11:48] [[Fenna]]: flyers zijn op, [[Mo]] brengt nieuwe uit de {{Pauluskerk}}\n"
                  "[15-03-2025 12:31] [[Mo]]: onderweg. btw er hangt een groepje van {{Rotterdam Wil Wonen}} bij {{Churchillplein}}\n"
                  "[15-03-2025 13:06] [[Noor]]: we lopen! ongeveer 3000 man schat ik\n"
                  "[15-03-2025 14:22] [[Sem]]: gedoe bij {{Churchillplein}}, ME staat ertussen. Ordedienst houdt de stoet\n"
                  "                   aan de kant van de {{Coolsingel}}\n"
                  "[15-03-2025 14:40] [[Fenna]]: ze hebben [[Kevin]] opgepakt geloof ik?? die hoort niet bij ons\n"
                  "[15-03-2025 14:41] [[Noor]]: klopt, niet bij ons. Niet op reageren in de groep aub\n"
                  "[15-03-2025 15:12] [[Jip]]: politie zegt dat de burgemeester een noodbevel overweegt\n"
                  "[15-03-2025 16:02] [[Mo]]: [[Fenna]] is gevallen bij de {{Schiedamse Vest}}, [[knie kapot, ze gaat naar de SEH|HEALTH]]\n"
                  "[15-03-2025 16:51] [[Noor]]: NOODBEVEL is er. We stoppen in het {{Museumpark}} met een korte\n"
                  "                   toespraak en dan naar huis. Iedereen veilig thuiskomen ❤\n"
                  "[15-03-2025 17:20] [[Sem]]: laatste ordedienstleden binnen. [[Mo]] en ik ruimen de hesjes op\n"
                  "[15-03-2025 21:03] [[Jip]]: {{Rijnmond}} en {{NRC}} willen morgen iemand spreken, [[Noor]]?\n"
                  "[15-03-2025 21:10] [[Noor]]: ik doe {{Rijnmond}}, verwijs {{NRC}} naar {{Woonbond}}\n")
    return d


def cp08():
    d = Doc("cp08", "WhatsApp-export Team OOV piket 15 maart 2025", "rl", "DejaVu", 8.5)
    d.add("h", "Chatexport 'OOV piket weekend' (WhatsApp)")
    d.add("p", "Export gemaakt voor het Woo-verzoek {{Woo-2025-0871}}. Telefoonnummers van deelnemers zijn "
               "opgenomen zoals in de export.", style="small")
    d.add("t", [["Tijd", "Van", "Bericht"],
                ["15-03 12:02", "[[Marloes ter Horst]] ([[06-28457193]])", "Piket is rond: [[Hanneke]] in de SGBO, [[Ruben]] op het stadhuis, [[Joost]] stand-by voor juridische vragen."],
                ["15-03 13:10", "[[Ruben Bakhuis-Osei]] ([[06-11739264]])", "Stoet vertrokken vanaf {{Hofplein}}, politie schat 3.000."],
                ["15-03 14:25", "[[Hanneke van der Sluis]] ([[06 41 87 35 20]])", "Confrontatie {{Churchillplein}}, ME tussen de groepen. 2 aanhoudingen."],
                ["15-03 14:27", "[[Marloes]]", "Burg is geïnformeerd, ze komt naar het stadhuis."],
                ["15-03 14:58", "[[Hanneke]]", "Vernielingen {{Witte de Withstraat}} (ruiten van een makelaar). C-SGBO adviseert noodbevel."],
                ["15-03 15:02", "[[Joost Verbrugge]] ([[06-47720158]])", "Concept noodbevel staat klaar in de teamsite, gebied zoals besproken. Alleen tijd en grenzen checken."],
                ["15-03 15:31", "[[Marloes]]", "Extra driehoek nu op de kamer van de burg. [[Joost]] kom je?"],
                ["15-03 16:45", "[[Hanneke]]", "Noodbevel getekend 16:45. Geluidswagen politie gaat rijden, persbericht via {{persvoorlichting@rotterdam.nl|MAILBOX}}."],
                ["15-03 18:40", "[[Ruben]]", "Klachten van bewoners {{Witte de Withstraat}} over traangas/pepperspray komen binnen via {{14 010}}."],
                ["15-03 22:15", "[[Hanneke]]", "Noodbevel ingetrokken om 22:00. 23 aanhoudingen in totaal. Ik stop, morgen sitrap."]],
      cw=[22, 48, 100])
    return d


def cp09():
    d = Doc("cp09", "Verslag extra driehoeksoverleg 15 maart 2025", "rl", "LibSerif", 10.5,
            header="Driehoek Rotterdam", header2="Burgemeester - Openbaar Ministerie - Politie",
            hcolor="#222222", footer="Vertrouwelijk - verslag driehoek - {{Z-25-118734}}".replace("{{", "").replace("}}", ""))
    d.add("h", "Verslag extra driehoeksoverleg")
    d.add("p", "Datum: zaterdag 15 maart 2025, 15:35-16:20 uur\nPlaats: {{Stadhuis Rotterdam}}, werkkamer burgemeester")
    d.add("t", [["Aanwezig", "Functie"],
                ["{{burgemeester Schouten}}", "burgemeester van Rotterdam (voorzitter)"],
                ["mr. [[R.C. Oudshoorn]]", "hoofdofficier van justitie, {{arrondissementsparket Rotterdam}}"],
                ["mr. [[Y. el Idrissi]]", "officier van justitie (piket)"],
                ["[[A. Molendijk]]", "plv. politiechef {{eenheid Rotterdam}}"],
                ["[[F. Nieuwenhuizen]]", "districtchef {{Rotterdam-Stad}}"],
                ["[[K. Doorenbos]]", "directeur {{Veiligheid}}, gemeente Rotterdam"],
                ["[[J. Verbrugge]]", "jurist {{Openbare Orde en Veiligheid}}"],
                ["[[H. van der Sluis]]", "senior adviseur OOV (verslag)"]], cw=[55, 115])
    d.add("h2", "1. Beeld")
    d.add("p", "De districtchef schetst het beeld: de hoofdstoet van {{Huurders in Verzet}} (ca. 3.000 deelnemers) "
               "verloopt rustig, maar rond 14:20 uur kwam het bij het {{Churchillplein}} tot een confrontatie met "
               "ongeveer 80 personen van {{Rotterdam Wil Wonen}}. Er zijn ruiten vernield in de {{Witte de Withstraat}} "
               "en op de {{Schiedamse Vest}}. Er zijn tot nu toe 9 aanhoudingen verricht. De groep verplaatst zich "
               "richting {{Lijnbaan}} en {{Van Oldenbarneveltplaats}}.")
    d.add("p", "[[Oudshoorn]] meldt dat het {{Openbaar Ministerie}} inzet op {{snelrecht}} voor de verdachten van "
               "openlijke geweldpleging. [[Molendijk]] adviseert een noodbevel: zonder noodbevel kan de politie "
               "groepen niet preventief wegsturen en ontbreekt een grondslag voor fouilleren buiten het "
               "veiligheidsrisicogebied.")
    d.add("h2", "2. Afweging")
    d.add("p", "[[Verbrugge]] licht toe dat een noodbevel op grond van {{artikel 175 Gemeentewet}} mogelijk is bij "
               "ernstige wanordelijkheden of de ernstige vrees daarvoor. De betoging zelf valt onder de bescherming "
               "van {{artikel 9 Grondwet}} en {{artikel 11 EVRM}}; het noodbevel mag de betoging van {{Huurders in "
               "Verzet}} in het {{Museumpark}} niet onmogelijk maken. Geadviseerd wordt het gebied te beperken tot "
               "{{Coolsingel}} - {{Schiedamse Vest}} - {{Witte de Withstraat}} - {{Churchillplein}} en het noodbevel "
               "te richten tot eenieder die zich daar in groepsverband ophoudt, met uitzondering van deelnemers "
               "aan de aangemelde slotmanifestatie.")
    d.add("p", "{{burgemeester Schouten}} vraagt naar de proportionaliteit. [[Doorenbos]] wijst erop dat de "
               "koopzondag-achtige drukte in de {{Lijnbaan}} het risico vergroot. De burgemeester besluit het "
               "noodbevel te geven vanaf 16:45 uur tot uiterlijk 23:00 uur.")
    d.add("h2", "3. Besluiten")
    d.add("p", "1. Noodbevel ex {{artikel 175 Gemeentewet}} voor het gebied zoals op de kaart, 16:45-23:00 uur.\n"
               "2. Bekendmaking via geluidswagen, {{NL-Alert}} en {{rotterdam.nl}}.\n"
               "3. {{Openbaar Ministerie}} behandelt verdachten via {{snelrecht}} en {{ZSM}}.\n"
               "4. De burgemeester informeert de gemeenteraad maandag 17 maart per brief.\n"
               "5. Evaluatie binnen drie weken, trekker [[Van der Sluis]].")
    d.add("pb")
    d.add("h2", "4. Actiepunten")
    d.add("t", [["Actie", "Trekker", "Termijn"],
                ["Tekst noodbevel definitief maken en laten tekenen", "[[Verbrugge]]", "16:40 uur"],
                ["NL-Alert aanvragen via de meldkamer", "[[Nieuwenhuizen]]", "16:45 uur"],
                ["Persbericht en woordvoering", "Team Communicatie", "17:00 uur"],
                ["Raadsinformatiebrief", "[[Van der Sluis]] / [[Doorenbos]]", "17 maart"],
                ["Overzicht aanhoudingen en afdoening aan de driehoek", "[[El Idrissi]]", "17 maart"],
                ["Evaluatie incl. klachten bewoners", "[[Van der Sluis]]", "4 april"]], cw=[95, 45, 30])
    d.add("p", "Volgende reguliere driehoek: dinsdag 25 maart 2025.")
    d.add("p", "Verslag vastgesteld per e-mail op 18 maart 2025.", style="small")
    return d


def cp10():
    d = Doc("cp10", "Sitrap 2 SGBO Mars 15-3 (14:45)", "rl", "LibMono", 8.5, author="Politie eenheid Rotterdam",
            creator="BlueView",
            post={"xmp": {"dc:creator": ["Wendy Achterberg"]}})
    d.hidden("PERSON", "Wendy Achterberg (XMP dc:creator)", "Achterberg", "metadata")
    d.add("h", "SITRAP 2 - SGBO 'MARS 15-3'")
    d.add("mono", "Datum/tijd  : 15-03-2025 14:45\n"
                  "Opsteller   : IC-SGBO [[R. Sneijders]]\n"
                  "Verspreiding: driehoek, C-SGBO, AC's, gemeente OOV ({{oov-piket@rotterdam.nl|MAILBOX}})\n"
                  "Zaaknummer  : {{BVH 2025-0315-SGBO-11}}\n")
    d.add("h2", "1. Bezetting SGBO")
    d.add("t", [["Functie", "Naam", "Bereikbaar"],
                ["C-SGBO", "[[J.W.M. Kraaijeveld]] ([[884213|PERSONNEL]])", "[[06-30419857]]"],
                ["AC Handhaving", "[[D. Hofstede]] ([[902114|PERSONNEL]])", "[[06-13298476]]"],
                ["AC Opsporing", "[[M.A. Tjon-A-Joe]]", "via meldkamer"],
                ["AC Mobiliteit", "[[P. Verkerk]]", "via meldkamer"],
                ["OvD-P", "[[Sanne Rietbergen]]", "portofoon kanaal 4"],
                ["Liaison gemeente", "[[H. van der Sluis]]", "[[06 41 87 35 20]]"],
                ["Liaison OM", "mr. [[Y. el Idrissi]]", "via piket {{088 699 1000}}"]], cw=[38, 75, 55])
    d.add("h2", "2. Tijdlijn")
    d.add("mono", "13:02  Stoet vertrekt {{Hofplein}}, schatting 3.000 deelnemers.\n"
                  "13:40  Stoet passeert {{Stadhuisplein}}; rustig.\n"
                  "14:05  Ca. 80 personen {{Rotterdam Wil Wonen}} verzamelen {{Churchillplein}}.\n"
                  "14:18  Vuurwerk en flessen richting stoet; ME peloton 1 vormt linie.\n"
                  "14:24  Aanhouding 1 en 2 (art. 141 Sr), o.a. [[K. Stolwijk]], overgebracht naar {{Zuidplein}}.\n"
                  "14:37  Vernieling ruiten makelaarskantoor {{Witte de Withstraat}}.\n"
                  "14:42  AC Handhaving adviseert voorbereiden noodbevel; liaison gemeente geïnformeerd.\n")
    d.add("h2", "3. Gewonden")
    d.add("p", "Eén ME'er licht gewond (hand), één deelnemer door {{RAV Rotterdam-Rijnmond}} behandeld ter plaatse. "
               "Geen ziekenhuisopnames op dit moment.")
    d.add("h2", "4. Verwachting")
    d.add("p", "Groep {{Rotterdam Wil Wonen}} splitst op richting {{Lijnbaan}} en {{Van Oldenbarneveltplaats}}. Kans op "
               "verdere vernielingen reëel. Volgende sitrap 16:00 uur of eerder bij escalatie.")
    return d


def cp11():
    d = Doc("cp11", "Sitrap 4 SGBO - overzicht aanhoudingen 15-3 (22:30)", "rl", "Helvetica", 8.5,
            header="Politie Eenheid Rotterdam - SGBO MARS 15-3", hcolor="#15315b",
            footer="Politie vertrouwelijk - bevat strafvorderlijke gegevens", author="Politie eenheid Rotterdam")
    d.add("h", "Sitrap 4 (eindsitrap) - 15 maart 2025, 22:30 uur")
    d.add("p", "Opsteller: IC-SGBO [[R. Sneijders]]. Vastgesteld door C-SGBO [[Kraaijeveld]]. Het noodbevel ex "
               "{{artikel 175 Gemeentewet}} gold van 16:45 tot 22:00 uur en is door de burgemeester ingetrokken "
               "om 22:00 uur. Totaal 23 aanhoudingen, waarvan 14 voor overtreding van het noodbevel ({{artikel 443 Sr}}).")
    d.add("h2", "Overzicht aanhoudingen (selectie: in verzekering gesteld / voorgeleid)")
    d.add("t", [["Tijd", "Registratie", "Verdachte", "Geb.", "Feit", "Afdoening"],
                ["14:24", "[[PL1700-2025083214|CASE_PERSONAL]]", "[[Kevin Stolwijk]]", "[[14-02-1998]]", "art. 141 Sr", "snelrecht 18-03"],
                ["14:26", "[[PL1700-2025083229|CASE_PERSONAL]]", "[[Dylan Verhagen]]", "[[03-09-2003]]", "art. 184 Sr", "ZSM, strafbeschikking"],
                ["15:51", "[[PL1700-2025083302|CASE_PERSONAL]]", "[[Anouk Brandsma]]", "[[07-06-2001]]", "art. 300 Sr", "OM-zitting"],
                ["17:12", "[[PL1700-2025083377|CASE_PERSONAL]]", "[[R. Mahabier]]", "[[22-11-1989]]", "art. 443 Sr; schending gebiedsverbod", "voorgeleid RC"],
                ["17:40", "[[PL1700-2025083391|CASE_PERSONAL]]", "[[T.J. Koornstra]]", "[[30-12-2006]]", "art. 443 Sr", "HALT-verwijzing onderzocht"],
                ["19:05", "[[PL1700-2025083448|CASE_PERSONAL]]", "[[Sjoerd van Ommeren]]", "[[18-04-1992]]", "art. 350 Sr", "ZSM"]],
      cw=[12, 40, 32, 20, 38, 28])
    d.add("p", "Overige 17 aanhoudingen: art. 443 Sr (13x) en art. 184 Sr (4x); heenzending na "
               "identiteitsvaststelling en strafbeschikking via {{ZSM}}.")
    d.add("h2", "Bijzonderheden")
    d.add("p", "- Verdachte [[Verhagen]] gaf bij insluiting aan [[diabetes type 1 te hebben; arts GGD heeft insuline verstrekt|HEALTH]].\n"
               "- Verdachte [[Brandsma]] heeft een ME'er in de hand gebeten; de ME'er (dienstnummer [[915508|PERSONNEL]]) is behandeld.\n"
               "- Bij [[Stolwijk]] is een telefoon in beslag genomen (beheerder Telegramkanaal).\n"
               "- Minderjarige [[Koornstra]] is na verhoor overgedragen aan zijn moeder, mevrouw [[Koornstra-Dijkman]].")
    d.add("h2", "Inzet en schade")
    d.add("t", [["Onderdeel", "Aantal / stand"],
                ["Pelotons ME", "3 (een peloton bijgevraagd uit eenheid {{Den Haag}})"],
                ["Gewonde collega's", "4 (licht)"],
                ["Gewonde burgers", "6, waarvan 2 naar {{Erasmus MC}}"],
                ["Vernielingen", "11 ruiten, 2 bushokjes ({{RET}}), 1 politievoertuig"],
                ["NL-Alert", "verzonden 16:52 uur, gebied {{Rotterdam Centrum}}"]], cw=[50, 120])
    return d


def cp12():
    d = Doc("cp12", "Noodbevel burgemeester van Rotterdam 15 maart 2025", "rl", "LibSerif", 11,
            header="De burgemeester van Rotterdam", hcolor="#006a4e", creator="Microsoft Word",
            post={"outline": [("Noodbevel 15 maart 2025", 0), ("Concept J. Verbrugge v3 - na driehoek", 0),
                              ("Rechtsmiddelen", 1)]})
    d.hidden("PERSON", "J. Verbrugge (outline title)", "Verbrugge", "outline")
    d.add("h", "Noodbevel ex artikel 175 Gemeentewet")
    d.add("p", "Kenmerk: {{Z-25-118734}} / {{B-25-0088}}")
    d.add("p", "De burgemeester van Rotterdam,")
    d.add("p", "overwegende dat:\n"
               "- op zaterdag 15 maart 2025 in het centrum van Rotterdam de betoging {{Mars voor Betaalbaar Wonen}} "
               "plaatsvindt, waarvan door {{Huurders in Verzet}} kennis is gegeven op grond van de "
               "{{Wet openbare manifestaties}};\n"
               "- vanaf ongeveer 14:15 uur groepen personen, die niet aan de betoging deelnemen, zich in en rond het "
               "{{Churchillplein}}, de {{Schiedamse Vest}} en de {{Witte de Withstraat}} schuldig maken aan "
               "geweldpleging tegen personen en goederen, onder meer door het gooien van vuurwerk en flessen en het "
               "vernielen van ruiten;\n"
               "- de politie heeft gemeld dat deze groepen zich verplaatsen richting de {{Lijnbaan}} en de "
               "{{Van Oldenbarneveltplaats}}, waar op dit moment veel winkelend publiek aanwezig is;\n"
               "- er daardoor sprake is van ernstige vrees voor het ontstaan van verdere ernstige wanordelijkheden;\n"
               "- de reguliere bevoegdheden van de politie en de {{Algemene plaatselijke verordening Rotterdam 2012}} "
               "ontoereikend zijn om deze wanordelijkheden te beteugelen;\n"
               "- de driehoek (burgemeester, {{Openbaar Ministerie}} en politie) op 15 maart 2025 om 15:35 uur over "
               "de situatie heeft overlegd;")
    d.add("p", "gelet op {{artikel 175 Gemeentewet}};")
    d.add("h2", "BEVEELT:")
    d.add("p", "1. Het is eenieder verboden zich in het gebied, bedoeld in artikel 2, in groepsverband van meer dan "
               "vier personen op te houden op een wijze die naar het oordeel van de politie de openbare orde "
               "verstoort of kan verstoren.\n"
               "2. Het gebied wordt begrensd door: {{Weena}} - {{Hofplein}} - {{Coolsingel}} - {{Churchillplein}} - "
               "{{Schiedamse Vest}} - {{Eendrachtsweg}} - {{Westersingel}} - {{Kruiskade}} - {{Weena}}, de genoemde "
               "straten inbegrepen; de {{Witte de Withstraat}}, de {{Karel Doormanstraat}} en de "
               "{{Van Oldenbarneveltplaats}} vallen binnen het gebied.\n"
               "3. Eenieder dient de aanwijzingen van de politie onmiddellijk op te volgen en het gebied op eerste "
               "aanzegging te verlaten.\n"
               "4. Het verbod geldt niet voor deelnemers aan de aangemelde slotmanifestatie in het "
               "{{Museumpark}} tot 17:30 uur, voor bewoners op weg naar of van hun woning en voor hulpverleners.\n"
               "5. Dit noodbevel treedt in werking op 15 maart 2025 om 16:45 uur en vervalt op 15 maart 2025 om "
               "23:00 uur, of zoveel eerder als de burgemeester bepaalt.")
    d.add("p", "Overtreding van dit noodbevel is strafbaar gesteld in {{artikel 443 Sr}}.")
    d.add("p", "Rotterdam, 15 maart 2025, 16:45 uur\n\nDe burgemeester van Rotterdam,\n\n\n{{Carola Schouten}}")
    d.add("pb")
    d.add("h2", "Bekendmaking")
    d.add("p", "Dit noodbevel is bekendgemaakt door omroepen via de geluidswagen van de politie, een {{NL-Alert}} om "
               "16:52 uur en publicatie op {{rotterdam.nl}} en in het {{Gemeenteblad}}. De burgemeester doet van "
               "het noodbevel op grond van {{artikel 176a Gemeentewet}} zo spoedig mogelijk mededeling aan de "
               "gemeenteraad.")
    d.add("h2", "Rechtsmiddelen")
    d.add("p", "Tegen dit besluit kan binnen zes weken na de dag van bekendmaking bezwaar worden gemaakt bij de "
               "burgemeester van Rotterdam, {{Postbus 70012}}, 3000 KP Rotterdam, of digitaal via {{rotterdam.nl/bezwaar}}. "
               "Het bezwaarschrift moet zijn ondertekend en ten minste bevatten: naam en adres van de indiener, de "
               "dagtekening, een omschrijving van het besluit en de gronden van het bezwaar. Wie spoedeisend belang "
               "heeft, kan de voorzieningenrechter van de {{rechtbank Rotterdam}} verzoeken om een voorlopige "
               "voorziening (Postbus 50951, 3007 BM Rotterdam).")
    d.add("h2", "Bijlage: kaart en grenzen")
    d.add("t", [["Grens", "Van", "Tot"],
                ["Noord", "{{Weena}} / {{Hofplein}}", "{{Kruiskade}}"],
                ["Oost", "{{Coolsingel}}", "{{Churchillplein}}"],
                ["Zuid", "{{Schiedamse Vest}}", "{{Eendrachtsweg}}"],
                ["West", "{{Westersingel}}", "{{Kruiskade}}"]], cw=[30, 70, 70])
    d.add("p", "Ingetrokken bij besluit van de burgemeester van 15 maart 2025, 22:00 uur ({{B-25-0089}}).", style="small")
    return d


def cp13():
    d = Doc("cp13", "RE: tekst noodbevel - juridische check", "rl", "Helvetica", 9.5, creator="Microsoft Outlook")
    d.add("p", mail_hdr([
        "Van: [[Verbrugge, Joost]] <[[j.verbrugge@rotterdam.nl]]>",
        "Verzonden: zaterdag 15 maart 2025 16:31",
        "Aan: [[Horst, Marloes ter]] <[[m.terhorst@rotterdam.nl]]>; [[Sluis, Hanneke van der]]",
        "CC: {{juridischezaken@rotterdam.nl|MAILBOX}}",
        "Onderwerp: RE: tekst noodbevel - juridische check",
        "Bijlagen: Noodbevel 15-3 DEF.docx; kaart noodbevelgebied.pdf"]))
    d.add("p", "[[Marloes]],")
    d.add("p", "Definitieve tekst in de bijlage. Ik heb de uitzondering voor de slotmanifestatie in het "
               "{{Museumpark}} tot 17:30 uur opgenomen (punt 4), zodat we niet in strijd komen met de "
               "{{Wet openbare manifestaties}}. Verder: de grens loopt nu over de {{Eendrachtsweg}} in plaats van "
               "de {{Mauritsweg}}, zodat de {{Kunsthal}} buiten het gebied valt. De burgemeester tekent om 16:40 uur; "
               "ik loop zelf met de papieren versie naar haar kamer.")
    d.add("p", "Let op: bij intrekking moeten we een apart besluit nemen en dat ook bekendmaken. Ik heb "
               "een model klaargezet als {{B-25-0089}}.")
    d.add("p", "Gr. [[Joost]]\n\n[[Joost Verbrugge]] | jurist OOV | {{Gemeente Rotterdam}}\n"
               "[[010 498 31 05]] | [[06-47720158]]\nWerkdagen: ma, di, do, vr", style="small")
    d.add("p", "Van: [[Horst, Marloes ter]] <[[m.terhorst@rotterdam.nl]]>\n"
               "Verzonden: zaterdag 15 maart 2025 15:58\nAan: [[Verbrugge, Joost]]\n"
               "Onderwerp: tekst noodbevel - juridische check")
    d.add("p", "Hoi [[Joost]], kun je de tekst nog één keer nalopen op de grenzen? De politie wil de "
               "{{Karel Doormanstraat}} en de {{Van Oldenbarneveltplaats}} er zeker in hebben. [[Hanneke]] belt "
               "vanuit de SGBO met [[Kraaijeveld]] over de tijd. Dank! [[MtH|PARAPH]]")
    d.add("p", "[[Marloes ter Horst]] | teamleider Openbare Orde en Veiligheid | [[06-28457193]]\n"
               "Bereikbaar via het secretariaat: {{010 267 16 00}}", style="small")
    return d


def cp14():
    d = Doc("cp14", "Proces-verbaal van aanhouding PL1700-2025083214", "scan", "Helvetica", 10.5,
            header="POLITIE", header2="Eenheid Rotterdam - District Rotterdam-Stad - Basisteam Centrum",
            hcolor="#15315b", scan={"dpi": 200, "angle": 0.5, "quality": 60, "noise": 6})
    d.add("h", "PROCES-VERBAAL VAN AANHOUDING")
    d.add("p", "Proces-verbaalnummer: [[PL1700-2025083214|CASE_PERSONAL]]")
    d.add("p", "Wij, verbalisanten, [[Boumediene]], hoofdagent van politie, en [[Wijngaarden]], agent van "
               "politie, beiden werkzaam bij de politie eenheid Rotterdam, verklaren het volgende.")
    d.add("t", [["Gegevens verdachte", ""],
                ["Achternaam", "[[Stolwijk]]"],
                ["Voornamen", "[[Kevin]] [[Adrianus]]"],
                ["Geboren", "[[14-02-1998]] te [[Gouda|BIRTHPLACE]]"],
                ["Adres", "[[Bergselaan 77A|ADDRESS]], [[3037 BH|ADDRESS]] Rotterdam"],
                ["BSN", "[[182736404|BSN]]"]], head=False, labels=True, cw=[45, 110])
    d.add("p", "Op zaterdag 15 maart 2025 omstreeks 14:24 uur bevonden wij ons in uniform op het Churchillplein "
               "te Rotterdam in verband met een betoging. Wij zagen dat een man, naar later bleek de verdachte, een "
               "brandende vuurwerkbom gooide in de richting van de deelnemers aan de betoging. Wij hebben de "
               "verdachte op heterdaad aangehouden ter zake van openlijke geweldpleging (artikel 141 Wetboek van "
               "Strafrecht). De verdachte verzette zich niet.")
    d.add("p", "De verdachte is overgebracht naar het politiebureau Zuidplein en daar om 14:51 uur voorgeleid aan "
               "de hulpofficier van justitie, inspecteur [[Gerritsen]], die de ophouding voor onderzoek beval.")
    d.add("p", "Waarvan door ons is opgemaakt dit proces-verbaal, dat wij sloten en ondertekenden te Rotterdam "
               "op 15 maart 2025.")
    d.add("t", [["Verbalisant 1", "Verbalisant 2"],
                ["[[S.A. Boumediene]]\nDienstnummer [[907322|PERSONNEL]]", "[[L. van Wijngaarden]]\nDienstnummer [[915508|PERSONNEL]]"]],
      cw=[80, 80])
    d.add("pb")
    d.add("h", "PROCES-VERBAAL VAN VERHOOR VERDACHTE")
    d.add("p", "Proces-verbaalnummer: [[PL1700-2025083214|CASE_PERSONAL]]-2")
    d.add("p", "Op zaterdag 15 maart 2025 om 19:10 uur hoorde ik, [[Gerritsen]], inspecteur van politie, in het "
               "politiebureau Zuidplein de verdachte [[Stolwijk]]. De verdachte is gewezen op zijn recht om te zwijgen "
               "en zijn recht op consultatie van een advocaat. Hij heeft afgezien van consultatie.")
    d.add("p", "Vraag: Wat deed u op het Churchillplein?\nAntwoord: Ik was daar met vrienden. Ik heb niks gegooid.\n"
               "Vraag: Op camerabeelden ziet men u een vuurwerkbom gooien.\nAntwoord: Daar zeg ik niks over.\n"
               "Vraag: Gebruikt u medicijnen?\nAntwoord: [[Ja, ik gebruik methylfenidaat voor mijn ADHD|HEALTH]].")
    d.add("p", "De verdachte is na het verhoor in verzekering gesteld op bevel van de hulpofficier van justitie. "
               "De piketofficier, mr. [[El Idrissi]], is om 19:55 uur telefonisch ingelicht.")
    d.add("p", "Gesloten en ondertekend te Rotterdam op 15 maart 2025.\n[[G.H. Gerritsen]], inspecteur, dienstnummer [[881275|PERSONNEL]]")
    return d


def cp15():
    d = Doc("cp15", "Terugkoppeling afdoening aanhoudingen 15 maart", "rl", "Carlito", 10.5, creator="Microsoft Outlook")
    d.add("p", mail_hdr([
        "From: [[El Idrissi]], [[Yasmina]] <[[y.elidrissi@om.nl]]>",
        "Sent: Monday, March 17, 2025 4:05 PM",
        "To: [[Sluis, H. van der]] <[[hanneke.vandersluis@rotterdam.nl]]>; [[Doorenbos, K.]] <[[k.doorenbos@rotterdam.nl]]>",
        "Cc: [[Nieuwenhuizen, F.]]; {{driehoek.rotterdam@om.nl|MAILBOX}}",
        "Subject: Terugkoppeling afdoening aanhoudingen 15 maart (vertrouwelijk)"]))
    d.add("p", "Beste [[Hanneke]] en [[Karin]],")
    d.add("p", "Zoals afgesproken in de driehoek een overzicht van de afdoening. Ik vraag jullie dit niet verder te "
               "verspreiden dan voor de raadsinformatiebrief nodig is; daar kunnen alleen de aantallen in.")
    d.add("t", [["Verdachte", "Parketnummer", "Afdoening"],
                ["[[STOLWIJK, K.A.]]", "[[10/701834-25|CASE_PERSONAL]]", "snelrecht politierechter 18 maart; eis 4 maanden"],
                ["[[VERHAGEN, D.]]", "[[10/701851-25|CASE_PERSONAL]]", "strafbeschikking geldboete EUR 400"],
                ["[[BRANDSMA, A.]]", "[[10/701866-25|CASE_PERSONAL]]", "dagvaarding politierechter 29 april"],
                ["[[MAHABIER, R.]]", "[[10/701872-25|CASE_PERSONAL]]", "voorgeleid RC, bewaring 14 dagen"]], cw=[35, 40, 95])
    d.add("p", "Bij [[Verhagen]] speelt mee dat [[hij onder behandeling is bij Antes voor een psychotische stoornis|HEALTH]]; "
               "de reclassering ({{Reclassering Nederland}}) adviseert geen vrijheidsbenemende straf. Bij [[Mahabier]] "
               "gaat het om een [[schending van een gebiedsverbod dat hem in januari door de burgemeester was opgelegd|CRIMINAL]].")
    d.add("p", "In totaal zijn 23 verdachten aangehouden; 17 zijn via {{ZSM}} afgedaan. Het {{Openbaar Ministerie}} "
               "zal in het persbericht van dinsdag alleen aantallen noemen.")
    d.add("p", "Met vriendelijke groet,\n[[Yasmina el Idrissi]]\nOfficier van justitie\n"
               "{{Openbaar Ministerie}} | {{arrondissementsparket Rotterdam}}\nT [[088 699 4417]] (direct)", style="small")
    return d


def cp16():
    d = Doc("cp16", "Klacht optreden politie en traangas Witte de Withstraat", "rl", "Helvetica", 10)
    d.add("p", mail_hdr([
        "Van: [[G. Smulders]] <[[gerda.smulders61@ziggo.nl]]>",
        "Verzonden: zondag 16 maart 2025 10:14",
        "Aan: {{klachten@rotterdam.nl|MAILBOX}}",
        "CC: {{info@rotterdam.nl|MAILBOX}}",
        "Onderwerp: Klacht over gisteren, pepperspray in onze straat"]))
    d.add("p", "Geachte heer, mevrouw,")
    d.add("p", "Ik woon al 31 jaar op [[Witte de Withstraat 61A|ADDRESS]] ([[3012 BN|ADDRESS]]). Gisteren rond 15:00 uur "
               "werd er in onze straat door de {{ME}} pepperspray gebruikt tegen een groep jongeren. De wolk kwam via "
               "mijn open raam naar binnen. [[Ik heb ernstig astma en moest mijn noodinhalator gebruiken|HEALTH]]; "
               "[[mijn huisarts heeft vanochtend prednison voorgeschreven|HEALTH]].")
    d.add("p", "Daarnaast konden bewoners na 16:45 uur hun eigen straat niet meer in. Mijn buurman, de heer "
               "[[Pieter Langeveld]] (82), stond een uur bij de {{Karel Doormanstraat}} te wachten omdat een agent "
               "zei dat er een noodbevel was. Volgens mij gold dat noodbevel niet voor bewoners.")
    d.add("p", "Ik wil graag weten: 1) wie heeft besloten tot pepperspray in een woonstraat, 2) waarom bewoners "
               "niet werden doorgelaten en 3) wie mijn kosten vergoedt. Ik ben overdag bereikbaar op "
               "[[06-24681357]].")
    d.add("p", "Met vriendelijke groet,\n[[Gerda Smulders-van Aken]]")
    d.add("p", "-------------------------------------------------------------")
    d.add("p", mail_hdr([
        "Van: {{klachten@rotterdam.nl|MAILBOX}}",
        "Verzonden: maandag 17 maart 2025 08:32",
        "Aan: [[gerda.smulders61@ziggo.nl]]",
        "Onderwerp: Ontvangstbevestiging klacht {{KL-2025-04418}}"]))
    d.add("p", "Geachte mevrouw [[Smulders-van Aken]],")
    d.add("p", "Wij hebben uw klacht ontvangen onder nummer {{KL-2025-04418}}. Omdat uw klacht deels over het optreden "
               "van de politie gaat, sturen wij dat deel met uw toestemming door naar de {{Nationale Politie}} "
               "(klachtenbehandeling eenheid Rotterdam). Het deel over het noodbevel behandelen wij zelf. Uw "
               "klachtbehandelaar is [[Tom Hoogendoorn]], bereikbaar op [[010 498 44 92]].")
    d.add("p", "Met vriendelijke groet,\nKlachtenteam {{Gemeente Rotterdam}} | {{14 010}}", style="small")
    return d


def cp17():
    d = Doc("cp17", "Handgeschreven brief bewoner over noodbevel", "scan", "Femke", 17,
            scan={"dpi": 220, "angle": 0.6, "quality": 60, "noise": 6})
    d.add("p", "[[W.F. Oosterbaan]]\n[[Karel Doormanstraat 318|ADDRESS]]\n[[3012 GP|ADDRESS]] Rotterdam\n"
               "tel. [[010 4127785|PHONE]]")
    d.add("p", "Rotterdam, 17 maart 2025")
    d.add("p", "Aan de burgemeester van Rotterdam,")
    d.add("p", "Zaterdag werd ik om vijf uur door de politie van mijn eigen stoep gestuurd. Ik ben 79 jaar "
               "en [[loop met een rollator na mijn heupoperatie|HEALTH]]. Ik moest wachten bij het Museumpark "
               "tot half acht. Mijn dochter [[Ellen]] heeft mij toen opgehaald.")
    d.add("p", "Ik vind dat de gemeente bewoners beter moet informeren. Ik had geen bericht gekregen, "
               "ik heb geen mobiele telefoon.")
    d.add("p", "Hoogachtend,\n[[Wim Oosterbaan]]")
    return d


def cp18():
    d = Doc("cp18", "Klachtformulier KL-2025-04502", "rl", "DejaVu", 9.5,
            header="Gemeente Rotterdam - Klachtformulier (export)", footer="Export KCC - 18-03-2025 09:12")
    d.add("t", [["Veld", "Ingevuld"],
                ["Klachtnummer", "{{KL-2025-04502}}"],
                ["Klantnummer KCC", "[[K-4471982|CLIENT_NR]]"],
                ["Naam", "[[Yusuf Karaca]]"],
                ["Adres", "[[Mathenesserlaan 140C|ADDRESS]], [[3014 HE|ADDRESS]] Rotterdam"],
                ["Telefoon", "[[06-38457210]]"],
                ["E-mail", "[[y.karaca@outlook.com]]"],
                ["Onderwerp", "Noodbevel 15 maart / bejegening door handhavers"],
                ["Datum ontvangst", "16 maart 2025"]], cw=[40, 130])
    d.add("h2", "Omschrijving klacht (letterlijk overgenomen)")
    d.add("p", "Op zaterdag 15 maart liep ik rond 19:15 uur met mijn twee zoons over de {{Van Oldenbarneveltplaats}}. "
               "[[Wij kwamen van het iftar-diner in de Mevlana moskee|RELIGION]] en wilden naar huis. Twee "
               "handhavers van {{Stadsbeheer}} en een agent hielden ons staande en zeiden dat wij met drie personen "
               "een 'groep' vormden. Ik heb uitgelegd dat ik met mijn kinderen was. Eén handhaver (nummer "
               "[[BOA 2231|PERSONNEL]] op zijn uniform) zei: 'dat zegt iedereen'. Mijn zoon [[Emre]] van 12 was erg geschrokken.")
    d.add("p", "Ik vind dat het noodbevel veel te ruim is toegepast. Ik wil een excuus en uitleg waarom "
               "gezinnen werden weggestuurd.")
    d.add("h2", "Interne verwerking")
    d.add("t", [["Datum", "Actie", "Door"],
                ["17-03-2025", "Geregistreerd, doorgezet naar OOV en {{Stadsbeheer}}", "[[THo|PARAPH]]"],
                ["18-03-2025", "Telefonisch contact met klager, excuus aangeboden", "[[THo|PARAPH]]"],
                ["18-03-2025", "Navraag bij teamleider handhaving {{Centrum}}", "[[FO|PARAPH]]"]], cw=[25, 110, 35])
    d.add("p", "Codes: [[THo|PARAPH]] = [[Tom Hoogendoorn]] (klachtbehandelaar); [[FO|PARAPH]] = [[Fatima Ouali]] "
               "({{Stadsbeheer}}).", style="small")
    return d


def cp19():
    d = Doc("cp19", "Beantwoording klacht KL-2025-04418", "docx", size=10.5,
            header="Gemeente Rotterdam", footer=FOOT_GEM, docx_font="Carlito")
    d.add("p", "Mevrouw G. [[Smulders-van Aken]]\n[[Witte de Withstraat 61A|ADDRESS]]\n[[3012 BN|ADDRESS]]  ROTTERDAM")
    d.add("t", [["Datum", "2 april 2025"], ["Ons kenmerk", "{{KL-2025-04418}}"],
                ["Behandeld door", "[[T. Hoogendoorn]]"], ["Telefoon", "[[010 498 44 92]]"],
                ["Onderwerp", "Uw klacht over het noodbevel van 15 maart 2025"]], head=False, labels=True, cw=[40, 120])
    d.add("p", "Geachte mevrouw [[Smulders-van Aken]],")
    d.add("p", "Op 16 maart 2025 diende u een klacht in over de gevolgen van het noodbevel dat de burgemeester op "
               "15 maart 2025 heeft gegeven. Op 26 maart heb ik u daarover telefonisch gesproken. In deze brief "
               "leest u mijn oordeel.")
    d.add("p", "Het noodbevel gold niet voor bewoners op weg naar of van hun woning (punt 4 van het noodbevel). "
               "Uit navraag bij de politie blijkt dat deze uitzondering niet bij alle eenheden bekend was. Dat is "
               "niet goed gegaan; uw klacht is op dit punt gegrond. De burgemeester heeft in haar brief aan de "
               "gemeenteraad van 8 april 2025 aangegeven dat dit in de evaluatie wordt meegenomen.")
    d.add("p", "Over het gebruik van pepperspray kan de gemeente geen oordeel geven. Dat deel van uw klacht is "
               "doorgestuurd naar de {{Nationale Politie}}, die u daarover afzonderlijk bericht. Voor een "
               "vergoeding van kosten die verband houden met uw gezondheid kunt u een verzoek indienen bij de "
               "{{Commissie Schadevergoeding}} van de gemeente.")
    d.add("p", "Bent u het niet eens met mijn oordeel? Dan kunt u zich wenden tot de {{Gemeentelijke Ombudsman "
               "Rotterdam}} ({{ombudsman@rotterdam.nl|MAILBOX}}).")
    d.add("p", "Met vriendelijke groet,\nnamens de burgemeester van Rotterdam,")
    d.add("sig", "T. Hoogendoorn")
    d.add("p", "[[Tom Hoogendoorn]]\nklachtbehandelaar")
    return d


def cp20():
    d = Doc("cp20", "Schriftelijke vragen noodbevel 15 maart 2025", "rl", "LibSerif", 10.5,
            header="Gemeenteraad Rotterdam", header2="Schriftelijke vragen ex artikel 40 Reglement van orde",
            hcolor="#7a1f2b", footer="Griffie Rotterdam | griffie@rotterdam.nl | Coolsingel 40")
    d.add("h", "Schriftelijke vragen over het noodbevel van 15 maart 2025")
    d.add("p", "Vragensteller: {{raadslid Ilse Terpstra}} ({{GroenLinks-PvdA}}), mede namens {{raadslid Mark Haverkamp}} "
               "({{SP}})\nIngediend: 18 maart 2025\nNummer: {{25bb002714}}")
    d.add("p", "Op zaterdag 15 maart 2025 demonstreerden duizenden Rotterdammers tijdens de {{Mars voor Betaalbaar "
               "Wonen}} voor betaalbare huurwoningen. Na confrontaties bij het {{Churchillplein}} heeft de burgemeester "
               "om 16:45 uur een noodbevel gegeven voor een groot deel van het centrum. Uit berichten in {{Rijnmond}} "
               "en het {{AD}} blijkt dat ook bewoners en gezinnen met kinderen uit het gebied zijn gestuurd.")
    d.add("p", "1. Kan de burgemeester toelichten waarom zij een noodbevel ex {{artikel 175 Gemeentewet}} nodig vond "
               "en niet volstond met de bevoegdheden uit de {{Algemene plaatselijke verordening}}?\n"
               "2. Waarom omvatte het gebied ook de {{Karel Doormanstraat}} en de {{Van Oldenbarneveltplaats}}, waar "
               "geen ongeregeldheden waren gemeld?\n"
               "3. Hoeveel personen zijn aangehouden, en hoeveel daarvan uitsluitend voor overtreding van het "
               "noodbevel ({{artikel 443 Sr}})?\n"
               "4. Hoe is geborgd dat de vreedzame betoging van {{Huurders in Verzet}}, beschermd door "
               "{{artikel 9 Grondwet}}, doorgang kon vinden?\n"
               "5. Is de burgemeester bereid de evaluatie van de driehoek aan de raad te sturen, inclusief de "
               "klachten van bewoners?\n"
               "6. Hoe beoordeelt de burgemeester het gebruik van pepperspray in de {{Witte de Withstraat}}, een "
               "woonstraat?")
    d.add("p", "Toelichting: {{raadslid Terpstra}} was zelf als waarnemer aanwezig op het {{Stadhuisplein}}.")
    d.add("p", "Behandelend griffiemedewerker: [[Sven Lagerwey]], [[s.lagerwey@rotterdam.nl]], [[010 267 31 88]]. "
               "Algemeen: {{griffie@rotterdam.nl|MAILBOX}}.", style="small")
    return d


def cp21():
    d = Doc("cp21", "Beantwoording schriftelijke vragen noodbevel 15 maart 2025", "docx", size=10.5,
            header="De burgemeester van Rotterdam", footer="Beantwoording 25bb002714 - 8 april 2025",
            docx_font="Liberation Serif",
            post={"annots": [(0, [420, 700, 440, 720], "Priya Ramcharan",
                              "Joost: klopt het aantal van 23 aanhoudingen? Graag voor vrijdag akkoord. - P.R.")]})
    d.hidden("PERSON", "Priya Ramcharan (annotation author)", "Ramcharan", "annotations")
    d.hidden("PERSON", "Priya (annotation author)", "Priya", "annotations")
    d.hidden("PERSON", "Joost (annotation text)", "Joost", "annotations")
    d.add("t", [["Aan", "de gemeenteraad van Rotterdam"], ["Datum", "8 april 2025"],
                ["Onderwerp", "Beantwoording schriftelijke vragen van {{raadslid Terpstra}} over het noodbevel van 15 maart 2025"],
                ["Contactpersoon", "[[H. van der Sluis]]"], ["Telefoonnummer", "[[06 41 87 35 20]]"],
                ["E-mail", "[[hanneke.vandersluis@rotterdam.nl]]"]], head=False, labels=True, cw=[40, 120])
    d.add("p", "Geachte voorzitter,")
    d.add("p", "Op 18 maart 2025 stelden {{raadslid Ilse Terpstra}} ({{GroenLinks-PvdA}}) en {{raadslid Mark Haverkamp}} "
               "({{SP}}) vragen over het noodbevel dat ik op 15 maart 2025 heb gegeven. Hieronder beantwoord ik deze.")
    d.add("p", "Vraag 1. Om 14:20 uur kwam het bij het {{Churchillplein}} tot een confrontatie tussen een groep "
               "personen die niet tot de betoging behoorde en de deelnemers. De politie meldde dat deze groep zich "
               "richting de {{Lijnbaan}} verplaatste. In de driehoek met het {{Openbaar Ministerie}} en de politie heb "
               "ik geconcludeerd dat de bevoegdheden uit de {{Algemene plaatselijke verordening}} niet volstonden om "
               "groepen preventief weg te sturen. Een noodverordening ({{artikel 176 Gemeentewet}}) kostte te veel tijd.")
    d.add("p", "Vraag 2. De {{Karel Doormanstraat}} en de {{Van Oldenbarneveltplaats}} lagen op de looproute van de "
               "groep. Achteraf stel ik vast dat de gebiedsgrens ruim was; dit is een punt in de evaluatie.")
    d.add("p", "Vraag 3. Er zijn 23 personen aangehouden, van wie 14 uitsluitend voor overtreding van het noodbevel "
               "({{artikel 443 Sr}}). Over individuele verdachten doe ik geen mededelingen.")
    d.add("p", "Vraag 4. Het noodbevel bevatte een uitzondering voor de slotmanifestatie in het {{Museumpark}}. De "
               "betoging van {{Huurders in Verzet}} is afgerond zoals aangemeld.")
    d.add("p", "Vraag 5. Ja. De evaluatie wordt naar verwachting in mei 2025 aan de raad gezonden, met een "
               "geanonimiseerd overzicht van de klachten.")
    d.add("p", "Vraag 6. Het gebruik van geweldsmiddelen door de politie valt onder het gezag van het {{Openbaar "
               "Ministerie}} en de {{Ambtsinstructie}}. Klachten hierover worden behandeld door de {{Nationale Politie}}.")
    d.add("p", "De burgemeester van Rotterdam,\n\n{{Carola Schouten}}")
    d.add("pb")
    d.add("h2", "Bijlage: tijdlijn 15 maart 2025")
    d.add("t", [["Tijd", "Gebeurtenis"],
                ["13:02", "Start betoging {{Hofplein}}, circa 3.000 deelnemers"],
                ["14:18", "Confrontatie {{Churchillplein}}; vuurwerk en flessen"],
                ["14:37", "Vernielingen {{Witte de Withstraat}}"],
                ["15:35", "Extra driehoeksoverleg op het {{Stadhuis}}"],
                ["16:45", "Noodbevel in werking ({{B-25-0088}})"],
                ["16:52", "{{NL-Alert}} verzonden"],
                ["17:30", "Einde slotmanifestatie {{Museumpark}}"],
                ["22:00", "Noodbevel ingetrokken ({{B-25-0089}})"]], cw=[25, 140])
    d.add("p", "Bronnen: logboek SGBO, verslag driehoek, besluiten {{B-25-0088}} en {{B-25-0089}}.")
    return d


def cp22():
    d = Doc("cp22", "Advies aan de burgemeester: voorbereiding noodbevel 15 maart", "rl", "Helvetica", 9.5,
            header="Gemeente Rotterdam - Directie Veiligheid", header2="Adviesnota aan de burgemeester",
            footer=FOOT_GEM)
    d.add("t", [["Aan", "de burgemeester"], ["Van", "[[H. van der Sluis]], senior adviseur OOV"],
                ["Datum", "13 maart 2025"], ["Kenmerk", "{{Z-25-118734}} / {{N-25-0231}}"],
                ["Onderwerp", "Voorbereiding noodbevel betoging 15 maart 2025"],
                ["Contactpersoon", "[[Hanneke van der Sluis]], M [[06 41 87 35 20]]"]],
      head=False, labels=True, cw=[35, 135])
    d.add("h2", "Aanleiding")
    d.add("p", "Op 15 maart 2025 vindt de {{Mars voor Betaalbaar Wonen}} plaats. Het weegdocument van de politie "
               "({{DRIO-RT-2025-0317}}) noemt een reëel risico op confrontaties met {{Rotterdam Wil Wonen}}.")
    d.add("h2", "Geadviseerd besluit")
    d.add("p", "Aan de burgemeester wordt gevraagd in te stemmen met het voorbereiden van een noodbevel ex "
               "{{artikel 175 Gemeentewet}}, dat alleen bij escalatie en na overleg in de driehoek wordt gegeven.")
    d.add("h2", "Kern")
    d.add("p", "- Het recht op betoging ({{artikel 9 Grondwet}}) blijft leidend; het noodbevel moet de aangemelde "
               "betoging ontzien.\n- Het gebied wordt vooraf op kaart uitgewerkt door jurist OOV.\n- Communicatie "
               "via {{NL-Alert}}, geluidswagen en {{rotterdam.nl}}.")
    d.add("h2", "Krachtenveld")
    d.add("p", "{{Huurders in Verzet}} en de {{Woonbond}} zijn kritisch over preventieve maatregelen. De fracties van "
               "{{GroenLinks-PvdA}} en {{SP}} hebben eerder vragen gesteld over noodbevelen bij betogingen; "
               "{{Leefbaar Rotterdam}} vraagt juist om stevig optreden.")
    d.add("h2", "Paraaf")
    d.add("t", [["Naam", "Functie", "Paraaf", "Datum"],
                ["[[H. van der Sluis]]", "senior adviseur OOV", "[[HvdS|PARAPH]]", "13-03-2025"],
                ["[[J. Verbrugge]]", "jurist OOV", "[[JVe|PARAPH]]", "13-03-2025"],
                ["[[M. ter Horst]]", "teamleider OOV", "[[MtH|PARAPH]]", "13-03-2025"],
                ["[[K. Doorenbos]]", "directeur Veiligheid", "[[KD|PARAPH]]", "14-03-2025"]], cw=[45, 60, 30, 35])
    d.add("h2", "Informatie die niet openbaar gemaakt kan worden")
    d.add("p", "[nog invullen bij openbaarmaking]")
    return d


def cp23():
    d = Doc("cp23", "RE: evaluatie 15 maart - input politie", "rl", "LibSans", 9.5, creator="Microsoft Outlook")
    d.add("p", mail_hdr([
        "From: [[Frank Nieuwenhuizen]] <[[frank.nieuwenhuizen@politie.nl]]>",
        "Sent: Tuesday, March 25, 2025 7:52 PM",
        "To: [[Hanneke van der Sluis]] <[[hanneke.vandersluis@rotterdam.nl]]>",
        "Cc: [[Kraaijeveld, Jeroen]]; [[Ouali, Fatima]] <[[f.ouali@rotterdam.nl]]>; {{evaluatie.oov@rotterdam.nl|MAILBOX}}",
        "Subject: RE: evaluatie 15 maart - input politie"]))
    d.add("p", "Hoi [[Hanneke]],")
    d.add("p", "Hierbij onze input. Drie punten: (1) de uitzondering voor bewoners in het noodbevel was bij de "
               "bijgevraagde ME uit {{Den Haag}} niet bekend; (2) het {{NL-Alert}} ging pas om 16:52 uur uit, "
               "zeven minuten na inwerkingtreding; (3) de bufferzone bij het {{Churchillplein}} werkte goed. "
               "[[Jeroen]] stuurt de tijdlijn uit {{GMS}} na.")
    d.add("p", "Over de klacht van de bewoner met de rollator ([[Oosterbaan]]) hebben we contact gehad met de "
               "betrokken collega's; zij herkennen het. Ik bel hem zelf deze week.")
    d.add("p", "Groet,\n[[Frank]]\n\nSent from Outlook for iOS\n[[F. Nieuwenhuizen]] | districtchef | M [[06-52019384]] | "
               "algemeen {{0900-8844}}", style="small")
    d.add("p", "From: [[Hanneke van der Sluis]] <[[hanneke.vandersluis@rotterdam.nl]]>\n"
               "Sent: Friday, March 21, 2025 11:03 AM\n"
               "To: [[Frank Nieuwenhuizen]]; [[Lars Gijsbers]] <[[lars.gijsbers@ret.nl]]>; {{GGD Rotterdam-Rijnmond}} "
               "<{{crisisbeheersing@ggdrotterdamrijnmond.nl|MAILBOX}}>\n"
               "Subject: evaluatie 15 maart - input politie")
    d.add("p", "Beste allen,")
    d.add("p", "Voor de evaluatie die de burgemeester aan de raad heeft toegezegd, vraag ik per organisatie input "
               "op de vragen in de bijlage (uiterlijk 28 maart). [[Lars]], kun jij ook de schade aan de bushokjes "
               "van de {{RET}} meenemen? Kind regards, and have a nice weekend - [[Hanneke]]")
    d.add("p", "[[Hanneke van der Sluis]] | Senior adviseur OOV | {{Gemeente Rotterdam}} | M [[06 41 87 35 20]]",
          style="small")
    return d


def cp24():
    d = Doc("cp24", "Evaluatie noodbevel 15 maart 2025 (concept)", "docx", size=10,
            header="Evaluatie demonstratie en noodbevel 15 maart 2025 - CONCEPT 0.7",
            footer="Gemeente Rotterdam, Politie eenheid Rotterdam, Openbaar Ministerie - april 2025",
            docx_font="DejaVu Sans")
    d.add("h", "Evaluatie demonstratie en noodbevel 15 maart 2025")
    d.add("p", "Opdrachtgever: de driehoek Rotterdam. Projectleider: [[H. van der Sluis]] ([[HvdS|PARAPH]]), "
               "gemeente Rotterdam. Leden evaluatieteam: [[D. Hofstede]] ([[DH|PARAPH]]), politie; "
               "[[B. Zwetsloot]] ([[BZ|PARAPH]]), {{Openbaar Ministerie}}; [[F. Ouali]] ([[FO|PARAPH]]), {{Stadsbeheer}}. "
               "Extern meelezer: {{Politieacademie}}, lectoraat Openbare Orde.")
    d.add("h2", "1. Samenvatting")
    d.add("p", "De {{Mars voor Betaalbaar Wonen}} van {{Huurders in Verzet}} verliep grotendeels vreedzaam. Rond het "
               "{{Churchillplein}} ontstonden ongeregeldheden door een groep van circa 80 personen. De burgemeester "
               "gaf om 16:45 uur een noodbevel ({{artikel 175 Gemeentewet}}), dat om 22:00 uur is ingetrokken. Er "
               "zijn 23 aanhoudingen verricht. Er kwamen 31 klachten binnen, waarvan 19 van bewoners van de "
               "{{Witte de Withstraat}}, de {{Karel Doormanstraat}} en omgeving.")
    d.add("h2", "2. Bevindingen")
    d.add("p", "2.1 Voorbereiding. Het weegdocument van de {{DRIO}} en het voorbereidend overleg van 10 maart gaven "
               "een juist beeld. Het vooraf uitgewerkte noodbevel maakte snel handelen mogelijk.\n"
               "2.2 Besluitvorming. De driehoek kwam binnen 75 minuten na de eerste confrontatie bijeen. De "
               "afweging is vastgelegd in het verslag.\n"
               "2.3 Uitvoering. De uitzondering voor bewoners was niet bij alle eenheden bekend. Het {{NL-Alert}} "
               "ging zeven minuten na inwerkingtreding uit. Bewoners zonder mobiele telefoon zijn niet bereikt.\n"
               "2.4 Nazorg. Klachten zijn binnen de termijn van de {{Algemene wet bestuursrecht}} behandeld.")
    d.add("pb")
    d.add("h2", "3. Lessen en acties")
    d.add("t", [["Nr.", "Les / actie", "Actiehouder", "Gereed"],
                ["1", "Uitzonderingen in noodbevel opnemen in briefing ME, ook voor bijgevraagde eenheden", "[[DH|PARAPH]]", "juni 2025"],
                ["2", "NL-Alert voorbereiden vóór inwerkingtreding noodbevel", "[[DH|PARAPH]] / [[HvdS|PARAPH]]", "mei 2025"],
                ["3", "Gebiedsgrens noodbevel kleiner en beter motiveren", "[[HvdS|PARAPH]]", "mei 2025"],
                ["4", "Bewonersbrief binnen 24 uur, ook op papier", "[[FO|PARAPH]]", "mei 2025"],
                ["5", "Afspraken snelrecht en ZSM vastleggen in draaiboek", "[[BZ|PARAPH]]", "juni 2025"]],
      cw=[10, 95, 35, 25])
    d.add("h2", "4. Klachten (geanonimiseerd)")
    d.add("t", [["Categorie", "Aantal", "Voorbeeld"],
                ["Bewoners niet doorgelaten", "12", "oudere bewoner met rollator moest 2,5 uur wachten"],
                ["Pepperspray / traangas", "7", "bewoner met luchtwegklachten na pepperspray in woonstraat"],
                ["Bejegening handhavers", "5", "gezin op weg naar huis als 'groep' aangemerkt"],
                ["Overig", "7", "geluid geluidswagen, bereikbaarheid {{RET}}"]], cw=[50, 20, 95])
    d.add("p", "De klachten worden behandeld door het klachtenteam van de gemeente ({{klachten@rotterdam.nl|MAILBOX}}) "
               "en, voor zover zij de politie betreffen, door de {{Nationale Politie}}.")
    return d


def cp25():
    d = Doc("cp25", "Handgeschreven aantekeningen driehoek 15-3", "scan", "Femke", 19,
            scan={"dpi": 220, "angle": 0.7, "quality": 55, "noise": 6})
    d.add("p", "Driehoek extra 15/3 - 15.35u")
    d.add("p", "aanw: burg, HOvJ [[Oudshoorn]], [[Molendijk]], [[Nieuwenhuizen]],\n"
               "[[Doorenbos]], [[Verbrugge]], ik")
    d.add("p", "- Churchillplein: ca 80 pers. RWW, 9 aanh.\n"
               "- o.a. [[Stolwijk]] (DRIO kent hem)\n"
               "- OvJ: snelrecht 141 Sr\n"
               "- [[Verbrugge]]: grens Eendrachtsweg, uitz. Museumpark\n"
               "- burg: besluit noodbevel 16.45 - 23.00\n"
               "- NL-Alert: [[Frank]] regelt\n"
               "- raad maandag per brief")
    d.add("p", "bellen [[Marloes]] [[06-28457193]]")
    return d


def cp26():
    d = Doc("cp26", "Uitnodiging: Extra driehoek demonstratie 15-3", "rl", "Carlito", 10.5, creator="Microsoft Outlook")
    d.add("h", "Extra driehoek demonstratie 15-3")
    d.add("t", [["Organizer", "[[Marloes ter Horst]] <[[m.terhorst@rotterdam.nl]]>"],
                ["When", "Saturday, March 15, 2025 3:30 PM-4:30 PM (UTC+01:00) Amsterdam, Berlin, Rome"],
                ["Where", "{{Stadhuis}}, werkkamer burgemeester (1.12); Microsoft Teams"],
                ["Required Attendees", "{{Secretariaat burgemeester}} <{{secretariaat.burgemeester@rotterdam.nl|MAILBOX}}>; "
                 "[[r.oudshoorn@om.nl]]; [[y.elidrissi@om.nl]]; [[arjen.molendijk@politie.nl]]; "
                 "[[frank.nieuwenhuizen@politie.nl]]; [[k.doorenbos@rotterdam.nl]]"],
                ["Optional Attendees", "[[j.verbrugge@rotterdam.nl]]; [[hanneke.vandersluis@rotterdam.nl]]; "
                 "{{persvoorlichting@rotterdam.nl|MAILBOX}}"]],
      head=False, labels=True, cw=[35, 135])
    d.add("p", "Agenda:\n1. Beeld politie (districtchef)\n2. Advies noodbevel ex {{artikel 175 Gemeentewet}}\n"
               "3. Strafrechtelijke aanpak ({{Openbaar Ministerie}})\n4. Communicatie en informeren gemeenteraad")
    d.add("p", "Inbellen voor wie niet op het {{Stadhuis}} is: {{Microsoft Teams}} - deelnemen via de link in deze "
               "uitnodiging. Meeting ID: 364 928 117 455, Passcode: Kx7bQ2.")
    d.add("p", "________________________________________________________________________________")
    d.add("p", "Need help? | Meeting options | Dial in by phone: +31 20 794 8456 (Netherlands, Amsterdam)", style="small")
    d.add("p", "Accepted: [[Oudshoorn, R.C.]] | Accepted: [[Molendijk, A.]] | Tentative: [[El Idrissi, Y.]] | "
               "Accepted: [[Doorenbos, K.]]", style="small")
    return d


def cp27():
    d = Doc("cp27", "Bezwaarschrift tegen noodbevel 15 maart 2025", "docx", size=10.5,
            header="MAASSTAD ADVOCATEN", docx_font="Liberation Serif",
            footer="Maasstad Advocaten B.V. | Westblaak 180, 3012 KN Rotterdam | 010 302 44 00 | KvK 87654321")
    d.add("p", "Aan de burgemeester van Rotterdam\n{{Postbus 70012}}\n3000 KP ROTTERDAM\n\nPer e-mail: "
               "{{bezwaarschriften@rotterdam.nl|MAILBOX}}")
    d.add("t", [["Datum", "21 maart 2025"], ["Ons kenmerk", "{{MA-2025-0193}}"],
                ["Behandeld door", "mr. [[T.J. Rozenboom-Akkerman]]"],
                ["Direct", "[[010 302 44 17]] | [[t.rozenboom@maasstadadvocaten.nl]]"],
                ["Betreft", "bezwaar tegen het noodbevel van 15 maart 2025 ({{B-25-0088}})"]], head=False, labels=True,
      cw=[40, 120])
    d.add("p", "Edelachtbare heer, mevrouw,")
    d.add("p", "Namens cliënten, de vereniging {{Huurders in Verzet}} en haar voorzitter, mevrouw [[N. van Lieshout]], "
               "wonende te Rotterdam, maak ik bezwaar tegen het noodbevel dat de burgemeester op 15 maart 2025 om "
               "16:45 uur heeft gegeven.")
    d.add("h2", "Gronden")
    d.add("p", "1. Het noodbevel trof in feite ook de vreedzame deelnemers aan de betoging. Deelnemers die na de "
               "slotmanifestatie in het {{Museumpark}} in kleine groepen naar huis liepen, werden weggestuurd of "
               "bekeurd. Dat is in strijd met {{artikel 9 Grondwet}} en {{artikel 11 EVRM}}.\n"
               "2. De ernstige wanordelijkheden waren beperkt tot het {{Churchillplein}} en waren om 16:45 uur "
               "grotendeels beëindigd; de noodzaak van een gebied tot aan de {{Kruiskade}} ontbreekt.\n"
               "3. De uitzondering in punt 4 was onvoldoende bekend gemaakt. Een ordedienstlid van cliënte, de heer "
               "[[Bouzaher]], is om 17:40 uur op de {{Westersingel}} staande gehouden terwijl hij hesjes terugbracht.\n"
               "4. Cliënte heeft belang bij een oordeel, nu {{Huurders in Verzet}} op 14 juni 2025 opnieuw een "
               "betoging wil houden.")
    d.add("p", "Als bijlagen voeg ik toe: (1) de kennisgeving, (2) de ontvangstbevestiging van 7 maart 2025, (3) een "
               "export van de Signal-groep van de organisatie en (4) een verklaring van de heer [[Sem Bouzaher]].")
    d.add("p", "Cliënten verzoeken te worden gehoord. Ik verzoek u bovendien de kosten van rechtsbijstand te "
               "vergoeden op grond van {{artikel 7:15 Awb}}.")
    d.add("pb")
    d.add("h2", "Verklaring van de heer [[Bouzaher]] (bijlage 4)")
    d.add("p", "Ondergetekende, [[Sem Bouzaher]], geboren [[2 oktober 1996|DOB]], wonende [[Vierambachtsstraat 42B|ADDRESS]], "
               "[[3022 AJ|ADDRESS]] Rotterdam, verklaart:")
    d.add("p", "Ik was op 15 maart 2025 coördinator van de ordedienst van {{Huurders in Verzet}}. Om ongeveer 17:40 uur liep "
               "ik met een tas met gele hesjes over de {{Westersingel}} richting de {{Nieuwe Binnenweg}}. Twee agenten "
               "hielden mij aan en zeiden dat ik het noodbevel overtrad. Ik heb uitgelegd dat ik ordedienst was en dat "
               "ik alleen liep. Na ongeveer tien minuten mocht ik doorlopen. Een van de agenten noemde mij 'een van die "
               "relschoppers'. [[Ik ben sindsdien onder behandeling van de huisarts voor slapeloosheid|HEALTH]].")
    d.add("p", "Ik ben bereikbaar op [[06-33827461]] en via [[sem.bouzaher@gmail.com]].")
    d.add("p", "Rotterdam, 20 maart 2025")
    d.add("sig", "Sem Bouzaher")
    d.add("p", "[[S. Bouzaher]]")
    d.add("sp", 10)
    d.add("p", "Hoogachtend,\n\nmr. [[Thijs Rozenboom-Akkerman]]\nadvocaat")
    return d


def cp28():
    d = Doc("cp28", "Persbericht: burgemeester geeft noodbevel voor deel centrum", "rl", "Helvetica", 10.5,
            header="Gemeente Rotterdam - Persbericht", footer="Persvoorlichting | persvoorlichting@rotterdam.nl | 010 267 12 12",
            post={"info": {"/Author": "Priya Ramcharan"},
                  "links": [(0, [242.5, 474.0, 365.5, 485.0], "mailto:p.ramcharan@rotterdam.nl")]})
    d.hidden("PERSON", "Priya Ramcharan (Info /Author)", "Ramcharan", "metadata")
    d.hidden("EMAIL", "p.ramcharan@rotterdam.nl (link annotation URI)", "p.ramcharan@rotterdam.nl", "annotations")
    d.add("h", "Burgemeester geeft noodbevel voor deel centrum")
    d.add("p", "Rotterdam, 15 maart 2025, 17:05 uur")
    d.add("p", "{{burgemeester Schouten}} heeft vanmiddag om 16:45 uur een noodbevel gegeven voor een deel van het "
               "centrum van Rotterdam. Aanleiding zijn ongeregeldheden rond het {{Churchillplein}} en in de "
               "{{Witte de Withstraat}}, waarbij vuurwerk en flessen werden gegooid en ruiten werden vernield. De "
               "ongeregeldheden werden veroorzaakt door een groep die niet deelnam aan de {{Mars voor Betaalbaar Wonen}}.")
    d.add("p", "\"Rotterdammers hebben het recht om te demonstreren, en dat recht blijft vandaag overeind\", aldus "
               "{{burgemeester Carola Schouten}}. \"Maar wie geweld gebruikt tegen demonstranten, agenten of "
               "winkeliers, wordt aangepakt.\"")
    d.add("p", "Het noodbevel geldt tot uiterlijk 23:00 uur in het gebied tussen {{Weena}}, {{Coolsingel}}, "
               "{{Schiedamse Vest}}, {{Eendrachtsweg}} en {{Westersingel}}. Groepen van meer dan vier personen "
               "moeten het gebied op aanwijzing van de politie verlaten. Bewoners kunnen naar hun woning. De "
               "slotmanifestatie in het {{Museumpark}} kan doorgaan tot 17:30 uur. Er is een {{NL-Alert}} verstuurd.")
    d.add("p", "De politie heeft tot nu toe negen personen aangehouden. Het {{Openbaar Ministerie}} streeft naar "
               "snelrecht. Meer informatie: {{rotterdam.nl/noodbevel}}.")
    d.add("p", "Noot voor de redactie: de burgemeester is vanavond om 19:00 uur beschikbaar voor een korte "
               "persconferentie in de {{Burgerzaal}} van het {{Stadhuis}}. Aanmelden via "
               "{{persvoorlichting@rotterdam.nl|MAILBOX}}.", style="small")
    return d


def cp29():
    d = Doc("cp29", "Logboek SGBO Mars 15-3 (uittreksel)", "rl", "LibMono", 8,
            header="LCMS / logboek SGBO MARS 15-3 - uittreksel", hcolor="#333333", author="LCMS export")
    d.add("p", "Uittreksel t.b.v. evaluatie. Functieafkortingen: C-SGBO = commandant, AC-HH = algemeen commandant "
               "handhaving, IC = informatiecoördinator, OvJ = officier van justitie, LNO-gem = liaison gemeente.",
          style="small")
    d.add("t", [["Tijd", "Van", "Aan", "Bericht"],
                ["13:58", "IC", "allen", "Groep RWW ({{Rotterdam Wil Wonen}}) ca. 60 pers. bij {{Churchillplein}}, camera 14."],
                ["14:18", "AC-HH [[Hofstede]]", "C-SGBO", "Vuurwerk richting stoet. Peloton 1 tussen groepen."],
                ["14:24", "OvD-P [[Rietbergen]]", "IC", "2x aanhouding 141 Sr, o.a. [[Stolwijk]] (bekend DRIO). Transport {{Zuidplein}}."],
                ["14:40", "LNO-gem [[Van der Sluis]]", "C-SGBO", "Burgemeester onderweg naar stadhuis. Concept noodbevel gereed bij jurist."],
                ["14:55", "C-SGBO [[Kraaijeveld]]", "driehoek", "Advies: noodbevel gebied {{Coolsingel}}-{{Schiedamse Vest}}-{{Westersingel}}."],
                ["15:12", "IC [[Sneijders]]", "allen", "Vernieling {{Lijnbaan}} (2 etalages). Eenheid {{Den Haag}} 1 peloton bijgevraagd."],
                ["16:47", "LNO-gem", "allen", "Noodbevel getekend 16:45 ({{B-25-0088}}). Uitzondering bewoners en {{Museumpark}} tot 17:30."],
                ["16:52", "meldkamer", "allen", "{{NL-Alert}} verzonden."],
                ["17:40", "OvD-P", "IC", "Ordedienst HiV ([[Bouzaher]]) aangesproken {{Westersingel}}, na uitleg doorgelaten."],
                ["19:20", "AC-HH", "C-SGBO", "Gezin bij {{Van Oldenbarneveltplaats}} weggestuurd; klacht verwacht. Briefing bijgesteld."],
                ["21:45", "OvJ [[El Idrissi]]", "C-SGBO", "Akkoord afdoening via {{ZSM}} voor 443 Sr-zaken."],
                ["22:00", "LNO-gem", "allen", "Noodbevel ingetrokken ({{B-25-0089}})."]],
      cw=[12, 38, 20, 100])
    return d


def cp30():
    d = Doc("cp30", "Screenshot Instagram-bericht organisator (bijlage klacht)", "scan", "DejaVu", 12,
            scan={"dpi": 170, "angle": 0.3, "quality": 60, "noise": 5})
    d.add("p", "Instagram", style="small")
    d.add("p", "[[noor.wooneerlijk|HANDLE]]  - 15 maart 2025")
    d.add("p", "Wat een dag. 3000 mensen voor betaalbaar wonen en dan een noodbevel omdat een groepje "
               "van Rotterdam Wil Wonen de boel sloopt. Ons ordedienstlid [[Sem]] werd gewoon staande "
               "gehouden op de Westersingel. Wij gaan in bezwaar! #huurdersinverzet #noodbevel #rotterdam")
    d.add("p", "1.284 vind-ik-leuks  -  212 reacties")
    d.add("p", "[[jipderuijter|HANDLE]]: trots op jullie, tot de volgende keer\n"
               "[[fenna.vos_|HANDLE]]: knie is gehecht, volgende keer loop ik weer mee\n"
               "[[m.aitlahcen|HANDLE]]: burgemeester moet zich schamen")
    d.add("p", "Doorgestuurd door [[Noor van Lieshout]] aan klachten@rotterdam.nl op 16-03-2025", style="small")
    return d


def cp31():
    d = Doc("cp31", "Overzicht letsel en hulpverlening 15 maart 2025", "rl", "DejaVu", 9,
            header="GGD Rotterdam-Rijnmond - Geneeskundige Hulpverlening (GHOR)", hcolor="#8a1538",
            footer="Medisch vertrouwelijk - uitsluitend voor de evaluatie van de driehoek", author="GHOR Rotterdam-Rijnmond")
    d.add("h", "Overzicht letsel en hulpverlening demonstratie 15 maart 2025")
    d.add("p", "Opgesteld door de {{GHOR}} op verzoek van de gemeente Rotterdam (evaluatie, {{Z-25-118734}}). Bronnen: "
               "ritformulieren {{RAV Rotterdam-Rijnmond}} en de {{EHBO}}-post van het {{Rode Kruis}}. "
               "Contactpersoon GHOR: [[Maaike Stoop]], [[m.stoop@ggdrotterdamrijnmond.nl]].")
    d.add("t", [["Tijd", "Patiënt", "Letsel / klacht", "Vervoer"],
                ["14:21", "[[Lotte Verschuur]] ([[24-05-1999]])", "[[hoofdwond door fles, gehecht|HEALTH]]", "{{Erasmus MC}}"],
                ["14:33", "ME'er, dienstnummer [[910447|PERSONNEL]]", "[[bijtwond rechterhand|HEALTH]]", "eigen vervoer"],
                ["15:02", "[[Hendrik Blaauw]] (54)", "[[pijn op de borst, bekend hartpatiënt|HEALTH]]", "{{Maasstad Ziekenhuis}}"],
                ["15:40", "[[Fenna Vos]]", "[[knieletsel na val|HEALTH]]", "{{Erasmus MC}}"],
                ["16:10", "[[mw. G. Smulders-van Aken]]", "[[benauwdheid na pepperspray, astma|HEALTH]]", "behandeld thuis"],
                ["18:25", "onbekende man (ca. 30)", "oogklachten na pepperspray", "ter plaatse gespoeld"]],
      cw=[12, 50, 70, 35])
    d.add("p", "Totaal 6 patiënten, van wie 3 vervoerd naar een ziekenhuis. Geen ernstig letsel van blijvende aard "
               "bekend. Informatie over behandelingen na overdracht aan het ziekenhuis is niet bij de {{GHOR}} "
               "beschikbaar en valt onder het medisch beroepsgeheim ({{WGBO}}).")
    d.add("p", "Algemene contactgegevens GHOR: {{ghor@ggdrotterdamrijnmond.nl|MAILBOX}}, {{010 433 99 33}}.", style="small")
    return d


def cp32():
    d = Doc("cp32", "Bewonersbrief noodbevel 15 maart 2025", "docx", size=10.5, docx_font="Carlito",
            header="Gemeente Rotterdam", footer="Gemeente Rotterdam | Stadhuis, Coolsingel 40 | 14 010 | rotterdam.nl")
    d.add("p", "Aan de bewoners en ondernemers van de {{Witte de Withstraat}}, {{Karel Doormanstraat}}, "
               "{{Van Oldenbarneveltplaats}} en omgeving")
    d.add("p", "Rotterdam, 17 maart 2025")
    d.add("p", "Onderwerp: noodbevel van zaterdag 15 maart 2025")
    d.add("p", "Beste bewoner, beste ondernemer,")
    d.add("p", "Op zaterdag 15 maart heeft de burgemeester van 16:45 tot 22:00 uur een noodbevel gegeven voor een deel "
               "van het centrum. Dat was nodig omdat een groep mensen, die niet bij de {{Mars voor Betaalbaar Wonen}} "
               "hoorde, vernielingen aanrichtte. Wij begrijpen dat dit voor u veel overlast gaf. Sommige bewoners "
               "konden hun straat niet in, terwijl het noodbevel niet voor bewoners gold. Dat had niet mogen gebeuren.")
    d.add("p", "Heeft u schade aan uw woning of bedrijfspand? Meld dit via {{rotterdam.nl/schade}} of bel {{14 010}}. "
               "Heeft u een klacht over het optreden van de politie? Dat kan via {{politie.nl/klacht}}.")
    d.add("p", "Op woensdag 26 maart 2025 om 19:30 uur organiseren wij een bewonersavond in {{Wijkcentrum Oude Westen}}, "
               "{{Gaffelstraat 1}}. {{burgemeester Schouten}} is daarbij aanwezig.")
    d.add("p", "Voor vragen kunt u terecht bij uw wijkmanager, [[Anton Schreuder]], [[06-15273849]] of "
               "[[a.schreuder@rotterdam.nl]], of bij het {{Wijkteam Centrum}} ({{wijkteam.centrum@rotterdam.nl|MAILBOX}}).")
    d.add("p", "Met vriendelijke groet,\n\n[[Anton Schreuder]]\nwijkmanager {{Centrum}}\nnamens de burgemeester van Rotterdam")
    return d


def cp33():
    d = Doc("cp33", "Raadsinformatiebrief noodbevel 15 maart 2025", "rl", "Carlito", 11,
            header="De burgemeester van Rotterdam", header2="Raadsinformatiebrief", hcolor="#006a4e",
            footer="Gemeente Rotterdam | Coolsingel 40 | Postbus 70012, 3000 KP Rotterdam | rotterdam.nl")
    d.add("t", [["Aan", "de gemeenteraad van Rotterdam"], ["Datum", "17 maart 2025"],
                ["Ons kenmerk", "{{Z-25-118734}} / {{RIB-25-041}}"],
                ["Onderwerp", "Mededeling noodbevel 15 maart 2025 ({{artikel 176a Gemeentewet}})"],
                ["Inlichtingen", "[[K. Doorenbos]], directeur Veiligheid, [[010 498 20 11]]"]],
      head=False, labels=True, cw=[35, 130])
    d.add("p", "Geachte leden van de raad,")
    d.add("p", "Met deze brief doe ik u, zoals {{artikel 176a Gemeentewet}} voorschrijft, mededeling van het noodbevel "
               "dat ik op zaterdag 15 maart 2025 om 16:45 uur heb gegeven voor een deel van het centrum van Rotterdam.")
    d.add("h2", "Aanleiding")
    d.add("p", "Op 15 maart vond de {{Mars voor Betaalbaar Wonen}} plaats, georganiseerd door {{Huurders in Verzet}} en "
               "gesteund door de {{Woonbond}}. Circa 3.000 Rotterdammers liepen mee van het {{Hofplein}} naar het "
               "{{Museumpark}}. Rond 14:15 uur zocht een groep van ongeveer 80 personen, die zich op sociale media "
               "{{Rotterdam Wil Wonen}} noemt, bij het {{Churchillplein}} de confrontatie met de deelnemers. Er werden "
               "vuurwerk en flessen gegooid en in de {{Witte de Withstraat}} en de {{Lijnbaan}} ruiten vernield.")
    d.add("h2", "Besluit")
    d.add("p", "Na overleg in de driehoek met de hoofdofficier van justitie en de politie heb ik een noodbevel gegeven "
               "op grond van {{artikel 175 Gemeentewet}}. Het noodbevel verbood het zich in groepen van meer dan vier "
               "personen op te houden in het gebied tussen {{Weena}}, {{Coolsingel}}, {{Schiedamse Vest}}, "
               "{{Eendrachtsweg}} en {{Westersingel}}. Bewoners, hulpverleners en de deelnemers aan de slotmanifestatie "
               "waren uitgezonderd. Om 22:00 uur heb ik het noodbevel ingetrokken.")
    d.add("pb")
    d.add("h2", "Resultaat")
    d.add("p", "De politie heeft 23 personen aangehouden, van wie 14 voor overtreding van het noodbevel "
               "({{artikel 443 Sr}}). Het {{Openbaar Ministerie}} heeft vier verdachten voor {{snelrecht}} of een "
               "zitting gedagvaard; de overige zaken zijn via {{ZSM}} afgedaan. Zes burgers en vier politiemensen "
               "raakten gewond, niemand ernstig. Ik heb begrip voor bewoners die hinder ondervonden, en ik betreur "
               "dat sommigen ten onrechte hun straat niet in konden.")
    d.add("h2", "Vervolg")
    d.add("p", "De driehoek evalueert de inzet. Ik stuur u de evaluatie, met de klachten van bewoners, naar "
               "verwachting in mei 2025. Op 26 maart ga ik in gesprek met bewoners in het {{Wijkcentrum Oude Westen}}.")
    d.add("p", "De burgemeester van Rotterdam,\n\n{{Carola Schouten}}")
    d.add("p", "Afschrift: {{minister Van Weel}} van Justitie en Veiligheid, ter kennisname; {{Regioburgemeester Rotterdam-Rijnmond}}.",
          style="small")
    return d


def cp34():
    d = Doc("cp34", "RE: Press enquiry emergency order Rotterdam", "rl", "LibSans", 9.5, creator="Microsoft Outlook")
    d.add("p", mail_hdr([
        "From: {{persvoorlichting@rotterdam.nl|MAILBOX}}",
        "Sent: Monday, March 17, 2025 11:26 AM",
        "To: [[Clara Whitfield]] <[[clara.whitfield@freelance-press.eu]]>",
        "Subject: RE: Press enquiry emergency order Rotterdam"]))
    d.add("p", "Dear Ms [[Whitfield]],")
    d.add("p", "Thank you for your questions. The mayor of Rotterdam, {{Carola Schouten}}, issued an emergency order "
               "(noodbevel) under {{article 175 of the Municipalities Act}} on Saturday 15 March 2025 at 16:45. It was "
               "withdrawn at 22:00. The police made 23 arrests. The demonstration itself, organised by {{Huurders in "
               "Verzet}}, was not banned. We cannot comment on individual suspects; please contact the {{Public "
               "Prosecution Service}} ({{Openbaar Ministerie}}) press office for questions about prosecution.")
    d.add("p", "The mayor's letter to the city council will be published on {{rotterdam.nl}} today.")
    d.add("p", "Kind regards,\nPress Office | {{City of Rotterdam}}\n{{010 267 12 12}}", style="small")
    d.add("p", "-----Original Message-----")
    d.add("p", mail_hdr([
        "From: [[Clara Whitfield]] <[[clara.whitfield@freelance-press.eu]]>",
        "Sent: Sunday, March 16, 2025 8:02 PM",
        "To: {{persvoorlichting@rotterdam.nl|MAILBOX}}",
        "Cc: [[jan-willem.oudejans@gmail.com]]",
        "Subject: Press enquiry emergency order Rotterdam"]))
    d.add("p", "Hello,")
    d.add("p", "I am a freelance correspondent writing for {{The Guardian}} and {{Deutsche Welle}} about housing "
               "protests in European cities. Could you tell me (1) the legal basis of yesterday's emergency order, "
               "(2) how many people were arrested and (3) whether the organisers had permission? My Dutch colleague "
               "[[Jan-Willem Oudejans]] is cc'd; he spoke with one of the organisers, [[Noor]], on Saturday.")
    d.add("p", "Best,\n[[Clara Whitfield]]\n+44 [[7700 918 342|PHONE]]\nSent from my iPhone", style="small")
    return d


def all_docs():
    return [cp01(), cp02(), cp03(), cp04(), cp05(), cp06(), cp07(), cp08(), cp09(), cp10(), cp11(), cp12(),
            cp13(), cp14(), cp15(), cp16(), cp17(), cp18(), cp19(), cp20(), cp21(), cp22(), cp23(), cp24(),
            cp25(), cp26(), cp27(), cp28(), cp29(), cp30(), cp31(), cp32(), cp33(), cp34()]
