"""Set WD, documents wd01-wd11."""
from lib import Doc

WS = "<<Waterschap Lek en Linge>>"

DOCS = [
Doc("wd01_woo_verzoek", [
 ("h", "Woo-verzoek via webformulier"),
 ("mono", "Formulier:      Verzoek om informatie (Wet open overheid)\n"
          "Ontvangen:      12 januari 2026, 21:47\n"
          "Zaaknummer:     <<Z2026-03318|CASE>>\n"
          "Naam:           {{Hendrik-Jan van Ooijen}}\n"
          "Adres:          {{Achterweg 7|ADDRESS}}, 4125 RB Hei- en Boeicop\n"
          "E-mail:         {{hj.vanooijen@kpnmail.nl}}\n"
          "Telefoon:       {{06-41 82 73 19}}\n"
          "Namens:         <<Vereniging Dijkbewoners Lekzijde>>"),
 ("p", "Geacht bestuur van " + WS + ",\n\nOp grond van de <<Wet open overheid>> verzoek ik u om openbaarmaking van alle "
       "documenten over de grondverwerving voor het project <<Dijkversterking Lekdijk Oost|PROJECT>> tussen "
       "<<Schoonhoven|PLACE>> en <<Ameide|PLACE>>, over de periode 1 januari 2024 tot heden. Het gaat mij in het bijzonder om:"),
 ("p", "1. correspondentie met de eigenaren van percelen langs de dijk, waaronder de familie {{Brouwer}} en de heer {{Ter Horst}};\n"
       "2. verslagen van overleggen met de aannemerscombinatie <<LekSterk>>;\n"
       "3. de besluitvorming in het dagelijks bestuur over een mogelijke onteigening;\n"
       "4. de zienswijzen op het ontwerp-<<projectbesluit|TERM>> en de nota van antwoord;\n"
       "5. stukken over de bewonersavond van 4 november 2025 in dorpshuis <<De Lekhof|NOT_PERSON>>."),
 ("p", "Ik ontvang de stukken bij voorkeur digitaal. Met vriendelijke groet,\n{{H.J. van Ooijen}}"),
 ("p", "Dit formulier is automatisch doorgestuurd naar <<woo@lekenlinge.nl|MAILBOX>>. U ontvangt binnen twee werkdagen een ontvangstbevestiging."),
], producer="iText 7.2.5 (c) iText Group NV", creator="Formulierenserver LeL"),

Doc("wd02_ontvangstbevestiging", [
 ("p", WS + "\n<<Postbus 212|ADDRESS_PUBLIC>>\n4200 AE Gorinchem\n\nDe heer {{H.J. van Ooijen}}\n{{Achterweg 7|ADDRESS}}\n4125 RB Hei- en Boeicop"),
 ("p", "Datum: 14 januari 2026\nOns kenmerk: <<WOO-2026-0417|CASE>>\nBehandeld door: {{Fleur Akkermans}}\nTelefoon: {{0183 - 63 91 44}}\nOnderwerp: ontvangstbevestiging Woo-verzoek"),
 ("p", "Geachte heer {{Van Ooijen}},\n\nOp 12 januari 2026 hebben wij uw verzoek ontvangen om openbaarmaking van documenten over de "
       "grondverwerving voor de <<Dijkversterking Lekdijk Oost|PROJECT>>. Uw verzoek is geregistreerd onder nummer WOO-2026-0417. "
       "Op grond van artikel 4.4 van de <<Wet open overheid>> beslissen wij binnen vier weken na ontvangst. Wij kunnen deze "
       "termijn met twee weken verdagen. Omdat in de documenten gegevens van derden voorkomen, zoals eigenaren van percelen "
       "en medewerkers van de aannemer, kunnen wij deze derden om hun mening vragen (artikel 4.4 lid 4)."),
 ("p", "Heeft u vragen? Neem dan contact op met het team Juridische Zaken via <<woo@lekenlinge.nl|MAILBOX>> of het algemene "
       "nummer <<0183 63 90 00|PHONE_GENERAL>>. Vermeld daarbij altijd ons kenmerk."),
 ("p", "Met vriendelijke groet,\n\nnamens het dagelijks bestuur van " + WS + ",\n\n\n{{F.M. Akkermans}}\n<<juridisch adviseur|ROLE>> <<Woo|LAW>>"),
], mode="docx", producer="LibreOffice 7.6", creator="Writer"),

Doc("wd03_aankoopaanbod", [
 ("p", WS + "  |  <<Sector Projecten|ORG>>  |  <<Westhavendijk 3|ADDRESS_PUBLIC>>, <<Gorinchem|PLACE>>"),
 ("p", "Aangetekend\nFamilie {{Brouwer}}\nt.a.v. de heer {{G.A. Brouwer}} en mevrouw {{A. Brouwer-Verhoef}}\n{{Lekdijk-Oost 211|ADDRESS}}\n2865 XB Ammerstol"),
 ("p", "Gorinchem, 3 maart 2025\nKenmerk: <<LEL/GV/2025-0087|CASE>>\nOnderwerp: schriftelijk aanbod aankoop gronden kadastraal <<Ammerstol F 1432|CASE>>"),
 ("p", "Geachte heer en mevrouw {{Brouwer}},\n\nZoals besproken aan uw keukentafel op 11 februari 2025 doen wij u hierbij een schriftelijk aanbod "
       "voor de aankoop van circa 1,84 hectare grasland aan de binnenzijde van de dijk. Deze grond is nodig voor de verbreding van de "
       "steunberm in dijkvak <<LO-14|CASE>>. Het aanbod is gebaseerd op het taxatierapport van {{Taxatiebureau Wessels}} van 20 januari 2025."),
 ("table", [["Onderdeel", "Bedrag"], ["Waarde grond (1,84 ha a EUR 7,10/m2)", "EUR 130.640"],
            ["Waardevermindering overblijvend", "EUR 18.200"], ["Inkomensschade (<<Onteigeningswet|LAW>>-systematiek)", "EUR 41.300"],
            ["Kosten deskundige bijstand", "p.m."], ["Totaal", "EUR 190.140"]]),
 ("p", "Het aanbod is gedaan in het kader van de minnelijke verwerving, voorafgaand aan een eventuele procedure op grond van titel 11.2 van de "
       "<<Omgevingswet|LAW>> (onteigening). Wij houden het aanbod gestand tot 1 mei 2025. Uw adviseur, {{mr. L.A. Dekkers}}, ontvangt een afschrift."),
 ("p", "Voor vragen kunt u contact opnemen met onze grondverwerver, de heer {{M. de Wit}}, bereikbaar op {{06 2938 4471}} of via "
       "{{m.dewit@lekenlinge.nl}}. Algemene vragen over het project: <<dijkversterking@lekenlinge.nl|MAILBOX>>."),
 ("p", "Hoogachtend,\n\nnamens dezen,\n\n{{Marco de Wit}}\nSenior <<grondverwerver|ROLE>>\n\n{{S.J. Lodewijks}}\n<<projectmanager|ROLE>> Dijkversterking Lekdijk Oost"),
 ("p", "Afschrift: <<Dekkers Agrarisch Recht|ORG>>, <<Vianen|PLACE>>; dossier <<Kadaster|ORG>>-aanvraag <<KAD-24-77120|CASE>>."),
], font="Times", producer="Microsoft: Print To PDF", creator="Microsoft Word - aanbod Brouwer def.docx", fontsize=11),

Doc("wd04_zienswijze_ter_horst", [
 ("p", "{{Willem ter Horst}}\n{{Zouwendijk 42|ADDRESS}}\n2867 LB Lexmond\n{{0347 - 35 12 86}}\n\nAan het dagelijks bestuur van Waterschap Lek en Linge\nPostbus 212\n4200 AE Gorinchem"),
 ("p", "Lexmond, 28 oktober 2025\n\nBetreft: zienswijze ontwerp-projectbesluit Dijkversterking Lekdijk Oost"),
 ("p", "Geacht bestuur,\n\nHierbij dien ik mijn zienswijze in op het ontwerp-projectbesluit dat van 23 september tot en met 3 november 2025 "
       "ter inzage lag. Mijn bedrijf, melkveehouderij {{Ter Horst}} (zestig melkkoeien, sinds 1921 in de familie), verliest door de "
       "nieuwe steunberm ruim twee hectare huiskavel. Daardoor kan ik de koeien niet meer weiden en voldoe ik niet meer aan de "
       "eisen van <<Weidemelk|TERM>> van <<FrieslandCampina|ORG>>."),
 ("p", "Ik heb drie bezwaren:\n1. Er is onvoldoende onderzocht of een <<damwand|TERM>> in de kruin kan worden toegepast in plaats van een berm.\n"
       "2. De grondverwerver heeft mij onder druk gezet door in het gesprek van 2 oktober al over onteigening te beginnen.\n"
       "3. Het verkeer van de aannemer over de Zouwendijk maakt de weg onveilig voor mijn kleinkinderen die naar school fietsen."),
 ("p", "Mijn zoon {{Jeroen ter Horst}} en mijn schoondochter {{Esther ter Horst-Vink}} wonen op het erf en zijn het met deze zienswijze eens. "
       "Ik wil mijn zienswijze graag mondeling toelichten. U kunt mij bellen of mailen op {{wterhorst.lexmond@gmail.com}}."),
 ("p", "Met vriendelijke groet,\n\n{{W. ter Horst}}"),
], font="DejaVuSerif", producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365", fontsize=10.5),

Doc("wd05_zienswijze_advocaat", [
 ("p", "<<DEKKERS AGRARISCH RECHT|ORG>>\nadvocaten en agrarisch juristen\n{{mr. L.A. (Lotte) Dekkers}}\ndirect {{030 - 602 44 18}}  |  {{l.dekkers@dekkers-agrarischrecht.nl}}"),
 ("p", "Per e-mail en aangetekend\nAan: het dagelijks bestuur van Waterschap Lek en Linge\nDatum: 3 november 2025\nUw kenmerk: <<LEL/PB/2025-014|CASE>>\nOns kenmerk: <<DAR 25.0318|CASE>>\nBetreft: zienswijze namens mts. {{Brouwer}} en {{Kamphuis}} VOF"),
 ("p", "Geacht college van dijkgraaf en heemraden,\n\nNamens mijn cliënten, de maatschap {{G.A. en A. Brouwer-Verhoef}} te Ammerstol en "
       "{{Kamphuis}} VOF (vennoten {{Bart Kamphuis}} en {{Ingrid Kamphuis-Zwaan}}) te Lexmond, dien ik hierbij een zienswijze in op het "
       "ontwerp-projectbesluit Dijkversterking Lekdijk Oost (hierna: het ontwerp)."),
 ("h", "1. Noodzaak en evenredigheid"),
 ("p", "Het ontwerp onderbouwt niet waarom de binnenwaartse versterking in dijkvakken <<LO-13|CASE>> tot en met <<LO-15|CASE>> noodzakelijk is. "
       "In de <<Integrale Verkenning|PROJECT>> uit 2022 werd een buitenwaartse variant nog als kansrijk aangemerkt. De "
       "<<Commissie voor de m.e.r.|ORG>> heeft in haar advies van 6 juli 2025 (<<projectnummer 3611|CASE>>) gevraagd om een "
       "nadere onderbouwing van de keuze. Die ontbreekt. Artikel 5.46 van de <<Omgevingswet|LAW>> eist een zorgvuldige afweging."),
 ("h", "2. Gevolgen voor de bedrijven"),
 ("p", "Het bedrijf van de familie {{Brouwer}} verliest 1,84 hectare, dat van {{Kamphuis}} 2,31 hectare. Voor beide bedrijven gaat het om "
       "huiskavel. Bij {{Kamphuis}} VOF komt daarbij dat de heer {{Kamphuis}} sinds een hernia-operatie in 2024 beperkt belastbaar is "
       "({{hernia-operatie|HEALTH}}), zodat een verplaatsing van de melkstal niet zelf kan worden uitgevoerd. Een passend "
       "vervangend perceel is niet aangeboden. Wij verwijzen naar de uitspraak van de <<Afdeling bestuursrechtspraak|ORG>> van "
       "de Raad van State van 14 februari 2024 (<<ECLI:NL:RVS:2024:612|CASE>>)."),
 ("h", "3. Verzoek"),
 ("p", "Cliënten verzoeken u het ontwerp niet vast te stellen in de huidige vorm, in elk geval niet voordat een gesprek heeft "
       "plaatsgevonden met de dijkgraaf. Ik verzoek u correspondentie uitsluitend aan mijn kantoor te richten, "
       "ter attentie van mijn collega {{mr. drs. J.P. (Joost) Veenendaal}} of ondergetekende."),
 ("p", "Hoogachtend,\n\n{{L.A. Dekkers}}\nadvocaat"),
 ("p", "Dekkers Agrarisch Recht is ingeschreven bij de <<Kamer van Koophandel|ORG>> onder nummer <<71234560|CASE>>. Op onze dienstverlening zijn algemene voorwaarden van toepassing."),
], font="Times", producer="Nitro PDF Pro 13.70.2.40", creator="Nitro PDF Pro", fontsize=12.5),

Doc("wd06_mail_taxatie", [
 ("mono", "Van:        {{Wit, Marco de}} <{{m.dewit@lekenlinge.nl}}>\n"
          "Verzonden:  dinsdag 21 januari 2025 16:02\n"
          "Aan:        {{Lodewijks, Sanne}} <{{s.lodewijks@lekenlinge.nl}}>\n"
          "CC:         {{Velden-Boon, Lieke van der}} <{{l.vandervelden@lekenlinge.nl}}>;\n            Grondzaken <<<grondzaken@lekenlinge.nl|MAILBOX>>>\n"
          "Onderwerp:  RE: taxatie {{Brouwer}} en {{Kamphuis}}"),
 ("p", "Hoi {{Sanne}},\n\nDe taxatie van {{Kasper Wessels}} is binnen. Brouwer komt uit op ruim 190k inclusief inkomensschade. Voor "
       "Kamphuis is hij nog bezig, hij wil eerst de bedrijfsadministratie zien. Ik stel voor dat we Brouwer als eerste benaderen; "
       "{{Gerrit}} is volgens mij wel bereid als we iets doen aan de ontsluiting van zijn achterste perceel. {{Aaltje}} twijfelt meer."),
 ("p", "{{Lieke}}, kun jij navragen of de <<Omgevingsdienst Zuid-Holland Zuid|ORG>> al iets heeft gezegd over de <<NNN|TERM>>-strook bij het <<Zouweboezem|PLACE>>-gebied?"),
 ("p", "Groet,\n{{Marco}}\n\n{{Marco de Wit}} | Senior grondverwerver | Waterschap Lek en Linge\nT {{06 2938 4471}} | aanwezig ma, di, do"),
 ("mono", "-----Oorspronkelijk bericht-----\n"
          "Van: Lodewijks, Sanne <s.lodewijks@lekenlinge.nl>\n"
          "Verzonden: dinsdag 21 januari 2025 09:13\n"
          "Aan: Wit, Marco de <m.dewit@lekenlinge.nl>\n"
          "Onderwerp: taxatie Brouwer en Kamphuis"),
 ("p", "Marco,\n\nHeb je de taxaties al? De <<stuurgroep|ORG>> wil op 6 februari een stand van zaken en de dijkgraaf heeft expliciet "
       "gevraagd naar de planning van de minnelijke verwerving. <<HWBP|ORG>> (<<Hoogwaterbeschermingsprogramma|PROJECT>>) heeft als "
       "voorwaarde voor de subsidie dat de grond voor 2027 beschikbaar is.\n\nSanne\n\n{{Sanne Lodewijks}}\nProjectmanager\n{{+31 (0)6 1120 8834}}"),
], font="Helvetica", producer="Microsoft Outlook for Microsoft 365", creator="Microsoft Outlook"),

Doc("wd07_mail_aannemer_planning", [
 ("mono", "From:    Ruud Verschoor <r.verschoor@leksterk-combinatie.nl>\n"
          "Sent:    Friday, 7 November 2025 11:26\n"
          "To:      {{Lodewijks, Sanne}}; {{Doğan, Emre}}\n"
          "Cc:      t.bloemendaal@leksterk-combinatie.nl; planning@leksterk-combinatie.nl\n"
          "Subject: FW: uitloop grondverwerving vakken LO-13 t/m LO-15"),
 ("p", "{{Sanne}},\n\nZoals gisteren in de bouwvergadering besproken: als de percelen van {{Brouwer}} en {{Kamphuis}} niet per 1 maart 2026 "
       "beschikbaar zijn, schuift het grondwerk in <<LO-14|CASE>> door naar na het stormseizoen. Dat kost ons naar schatting "
       "EUR 420.000 aan stilstand en herinzet materieel. Wij maken daarvoor een voorbehoud onder de <<UAV-GC 2005|LAW>>, paragraaf 44."),
 ("p", "{{Emre}} heeft de <<Primavera|TERM>>-planning aangepast, zie bijlage. {{Thijs}} is vanaf volgende week de uitvoerder op de "
       "<<Lekdijk|PLACE>> in plaats van {{Harm Blokzijl}}, die naar het project <<Grebbedijk|PROJECT>> gaat."),
 ("p", "Met vriendelijke groet / Kind regards,\n\n{{Ruud Verschoor}}\nProjectdirecteur Combinatie <<LekSterk|ORG>> (<<Van Hattem & Blankevoort|ORG>> / <<Heijmans|ORG>>)\n"
       "M {{0031 6 4455 1290}}\nE {{r.verschoor@leksterk-combinatie.nl}}"),
 ("mono", "---------- Forwarded message ----------\nVan: {{Emre Doğan}} <{{e.dogan@leksterk-combinatie.nl}}>\nDatum: do 6 nov. 2025 17:48\n"
          "Aan: {{Thijs Bloemendaal}} <{{t.bloemendaal@leksterk-combinatie.nl}}>\nOnderwerp: uitloop grondverwerving"),
 ("p", "Thijs, de kritieke lijn loopt nu door de grondverwerving. Ik heb 14 weken float verwerkt. Bel me even op {{06-53 17 02 88}} als je terug bent van de <<Kinderdijk|PLACE>>-bespreking.\nEmre"),
], font="DejaVu", producer="Aspose.PDF for .NET 23.8", creator="Aspose.Email"),

Doc("wd08_teams_chat", [
 ("h", "Chatexport Microsoft Teams - kanaal 'Grondzaken LO-Oost'"),
 ("p", "Geëxporteerd op 20-01-2026 door Juridische Zaken ten behoeve van <<WOO-2026-0417|CASE>>"),
 ("mono", "[04-11-2025 08:12] Lieke van der Velden-Boon\n  morgen bewonersavond, wie doet de tafel grondzaken?\n"
          "[04-11-2025 08:15] Marco de Wit\n  ik. Als {{Willem}} komt wil ik niet alleen staan, vorige keer was hij behoorlijk boos\n"
          "[04-11-2025 08:16] Sanne Lodewijks\n  Ik schuif aan. {{Pieter-Bas}}, kun jij het juridische verhaal over onteigening kort houden?\n"
          "[04-11-2025 08:31] Pieter-Bas Roelofsen\n  Prima. Ik zeg alleen dat het DB nog niets heeft besloten en dat minnelijk voorop staat.\n"
          "[04-11-2025 08:33] Lieke van der Velden-Boon\n  Top. Dijkgraaf <<Hoogendoorn|PUBLIC_PERSON>> opent om 19.30, heemraad <<Van der Sluis|PUBLIC_PERSON>> doet de presentatie\n"
          "[04-11-2025 09:02] Marco de Wit\n  Trouwens: {{Aaltje}} belde net, {{Gerrit}} ligt in het ziekenhuis ({{hartklachten|HEALTH}}). Gesprek van vrijdag gaat niet door\n"
          "[04-11-2025 09:05] Sanne Lodewijks\n  Vervelend voor ze. Stuur je een kaartje namens het team? Adres staat in Djuma\n"
          "[04-11-2025 09:40] Pieter-Bas Roelofsen\n  @{{Marco}} bel me even op {{4417|PHONE}}, dan stemmen we de brief aan {{mr. Dekkers}} af\n"
          "[04-11-2025 10:02] Marco de Wit\n  👍"),
 ("p", "Deelnemers: {{Lieke van der Velden-Boon}}, {{Marco de Wit}}, {{Sanne Lodewijks}}, {{Pieter-Bas Roelofsen}} (alle Waterschap Lek en Linge)."),
 ("p", "Noot Juridische Zaken: de chat betreft het project <<Dijkversterking Lekdijk Oost|PROJECT>>; het zaaksysteem heet <<Djuma|TERM>>."),
], font="DejaVu", producer="Microsoft Teams Export Service", creator="Microsoft Purview eDiscovery",
   extra_red=[]),

Doc("wd09_whatsapp", [
 ("h", "WhatsApp-chat met Bart Kamphuis"),
 ("p", "Export van de zakelijke telefoon van de grondverwerver ({{06 2938 4471}}), aangeleverd voor Woo-verzoek <<WOO-2026-0417|CASE>>."),
 ("p", "12-09-2025 19:04 - Bart Kamphuis: Marco, kun je morgen toch om 8 uur? Dan zijn de koeien gemolken\n"
          "12-09-2025 19:10 - Marco LeL: Prima Bart, ik ben er om 8. Neem de kaart van de steunberm mee\n"
          "12-09-2025 19:11 - Bart Kamphuis: {{Ingrid}} wil er ook bij zijn. En onze adviseur misschien\n"
          "13-09-2025 09:52 - Marco LeL: Dank voor de koffie. Ik zet het aanbod op papier en stuur het naar jullie en naar {{mr. Dekkers}}\n"
          "02-10-2025 21:37 - Bart Kamphuis: Hoorde vandaag van {{Willem}} dat jullie over onteigening begonnen zijn. Klopt dat??\n"
          "02-10-2025 21:40 - Marco LeL: Nee Bart, er is niets besloten. Bel me morgen even, dan leg ik het uit\n"
          "02-10-2025 21:41 - Bart Kamphuis: <Media weggelaten>\n"
          "03-10-2025 07:58 - Bart Kamphuis: Bel maar op het vaste nummer {{0347-35 19 04}}, mobiel heb ik slecht bereik in de stal\n"
          "03-10-2025 08:30 - Marco LeL: 👍 gesproken. Groet aan Ingrid en Jesse"),
 ("p", "Deelnemers: {{Bart Kamphuis}} ({{+31 6 4182 9910}}) en {{Marco}} de Wit (Waterschap Lek en Linge). {{Jesse}} is de zoon van de familie."),
], font="DejaVu", producer="PDFpen 13.0.3", creator="PDFpen"),

Doc("wd10_bouwvergadering", [
 ("h", "Verslag bouwvergadering nr. 17 - Dijkversterking Lekdijk Oost"),
 ("p", "Datum: 6 november 2025, 09.30-12.00 uur\nLocatie: bouwkeet <<LekSterk|ORG>>, <<Lekdijk|PLACE>> km 12,4 (nabij gemaal <<Cornelis Kraijenhoff|NOT_PERSON>>)\nContract: <<LEL-DO-2023-001 (UAV-GC)|CASE>>"),
 ("table", [["Naam", "Organisatie", "Rol", "Code"],
            ["{{Sanne Lodewijks}}", "Waterschap Lek en Linge", "projectmanager (voorzitter)", "{{SLo|INITIALS}}"],
            ["{{Ineke Schaap}}", "Waterschap Lek en Linge", "contractmanager", "{{ISch|INITIALS}}"],
            ["{{Lieke van der Velden-Boon}}", "Waterschap Lek en Linge", "omgevingsmanager", "{{LVB|INITIALS}}"],
            ["{{Ruud Verschoor}}", "Combinatie LekSterk", "projectdirecteur", "{{RVe|INITIALS}}"],
            ["{{Thijs Bloemendaal}}", "Combinatie LekSterk", "uitvoerder", "{{TBl|INITIALS}}"],
            ["{{Emre Doğan}}", "Combinatie LekSterk", "planner", "{{EDo|INITIALS}}"],
            ["{{Kees 't Hooft}}", "<<Fugro|ORG>>", "geotechnisch adviseur", "{{KtH|INITIALS}}"]]),
 ("h", "1. Opening en vaststelling verslag nr. 16"),
 ("p", "SLo opent. Het verslag wordt vastgesteld met één wijziging: bij punt 4 moet 'zetting 12 cm' zijn 'zetting 21 cm' (opmerking KtH)."),
 ("h", "2. Voortgang uitvoering"),
 ("p", "TBl meldt dat de <<kwelschermen|TERM>> in vak <<LO-11|CASE>> zijn geplaatst. De monitoring met <<waterspanningsmeters|TERM>> laat geen "
       "afwijkingen zien. Het werkverkeer over de <<Zouwendijk|PLACE>> leidt tot klachten; een bewoner (mevrouw {{Yıldırım}}, nr. 38) "
       "heeft scheuren in haar gevel gemeld. LVB neemt contact op en laat een <<nulmeting|TERM>> vergelijken."),
 ("h", "3. Grondverwerving"),
 ("p", "SLo licht toe dat de minnelijke verwerving van de percelen {{Brouwer}} en {{Kamphuis}} vertraging oploopt. RVe kondigt een "
       "voorbehoud aan (zie mail van 7 november). ISch wijst erop dat een voorbehoud binnen acht werkdagen schriftelijk moet worden onderbouwd."),
 ("pagebreak", None),
 ("h", "4. Actielijst"),
 ("table", [["Nr.", "Actie", "Wie", "Gereed"],
            ["17.1", "Onderbouwing voorbehoud stilstand LO-14", "RVe", "14-11-2025"],
            ["17.2", "Contact bewoner Zouwendijk 38, nulmeting vergelijken", "LVB", "13-11-2025"],
            ["17.3", "Aangepaste planning Primavera rev. F", "EDo", "20-11-2025"],
            ["17.4", "Zettingsprognose herzien na sonderingen", "KtH", "27-11-2025"],
            ["17.5", "Stand grondverwerving naar stuurgroep", "SLo", "05-12-2025"]]),
 ("p", "Volgende vergadering: 4 december 2025. Verslag: {{I. Schaap}}, {{tel. 0183 63 92 07|PHONE}}."),
], font="DejaVu", producer="Microsoft® Word 2019", creator="Microsoft® Word 2019", fontsize=9.5),

Doc("wd11_verslag_db", [
 ("h", "Besluitenlijst vergadering dagelijks bestuur 18 november 2025"),
 ("p", "Aanwezig: <<dijkgraaf A.C. Hoogendoorn|PUBLIC_PERSON>> (voorzitter), <<heemraad Van der Sluis|PUBLIC_PERSON>>, "
       "<<heemraad Mertens-Oomen|PUBLIC_PERSON>>, <<heemraad El Idrissi|PUBLIC_PERSON>>, <<secretaris-directeur|ROLE>> <<ir. P. Lagendijk|PUBLIC_PERSON>>.\n"
       "Ambtelijk aanwezig bij punt 4: {{P.B. Roelofsen}} (jurist), {{S. Lodewijks}} (projectmanager).\nNotulist: {{Charlotte Hubregtse}}."),
 ("h", "Punt 4 - Dijkversterking Lekdijk Oost: voortgang grondverwerving"),
 ("p", "Het dagelijks bestuur neemt kennis van de stand van de minnelijke verwerving. Van de 23 benodigde percelen zijn er 19 verworven. "
       "Met twee eigenaren (percelen kadastraal Ammerstol F 1432 en Lexmond K 877) loopt het gesprek moeizaam."),
 ("p", "Heemraad Van der Sluis vraagt of een gesprek met de dijkgraaf kan helpen, zoals de advocaat van de eigenaren heeft verzocht. "
       "Dijkgraaf Hoogendoorn is daartoe bereid. De heer {{Roelofsen}} adviseert de voorbereiding van een onteigeningsbeschikking "
       "(titel 11.2 <<Omgevingswet|LAW>>) parallel te starten, zodat de <<HWBP|ORG>>-planning niet in gevaar komt."),
 ("p", "Besluit: het DB stemt in met parallelle voorbereiding; een besluit over het verzoek aan <<Gedeputeerde Staten van Zuid-Holland|ORG>> "
       "volgt niet eerder dan 1 maart 2026. Heemraad Mertens-Oomen informeert de commissie <<Waterveiligheid|ORG>> van het algemeen bestuur."),
 ("h", "Punt 5 - Bewonersavond 4 november 2025"),
 ("p", "De omgevingsmanager, mevrouw {{Van der Velden-Boon}}, doet verslag. Circa 140 bezoekers. Zorgen over verkeersveiligheid op de "
       "Zouwendijk en over schade aan woningen. Heemraad El Idrissi stelt voor een onafhankelijk <<schadeloket|TERM>> in te richten "
       "(zoals bij <<Gebiedsontwikkeling Kinderdijk|PROJECT>>). Het DB stemt in."),
 ("p", "Vastgesteld in de vergadering van 2 december 2025.\n\n<<De secretaris-directeur|ROLE>>,            <<De dijkgraaf|ROLE>>,"),
], mode="docx", producer="LibreOffice 7.6", creator="Writer", author="Dorien Vlasblom",
   extra_red=[("PERSON", "Dorien Vlasblom", "metadata")]),
]
